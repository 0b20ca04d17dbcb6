"""Talk about accounts, sites and folders that is not an identifier (issue #13 "Not identifiers",
#14 §3 job topics), written fresh before the detector was changed: a login's user name and a
site's domain are not a mailbox, a user name named as another app's is not a local part, a display
name is not an ID, and a folder, label or project made at a provider is not an account. Each class
keeps the forms that must stay found next to it."""
import pytest

from leakguard.scanner import find


def ids(text):
    return {f.value for f in find(text, categories={"email_address", "line_id"})}


# -- a login's user name and a site's domain: settings, not a mailbox ---------------------------
SITE_SETTINGS = [
    "ユーザー名: admin、ドメイン: mysite.jp でWordPressを設定",
    "管理画面のログインIDは staff01、ドメインは example-cafe.jp です",
    "FTPのユーザー名は upload_user、サーバーは ftp.tanaka-kobo.jp に設定してください",
    "Shopifyのストア名は mochi-ya、独自ドメインは mochi-ya.shop を使います",
    "サーバーのアカウント名 webmaster、ドメインは green-farm.net で契約済みです",
    "WordPress login: editor2 / site domain: blue-hotel.com",
    "ログインユーザーは kanri、ホスト名は sv123.xserver.jp です",
    "サイトのドメインは hana-shop.jp、Instagram のユーザー名は hana.shop",
    "HPのドメインは koubou-ito.jp で、Xのアカウント名は koubou_ito です",
    "ホームページのURLは yamada-seikotsu.com、TikTokのユーザー名は yamada.seikotsu",
    # (a second batch, written after the first landing and before the code that followed it)
    "レンタルサーバーのユーザーIDは user8821、初期ドメインは abc-kobo.xsrv.jp でした",
    "BASEのショップ名は nagomi.base、独自ドメインは nagomi-zakka.com に変更予定",
    "ムームードメインで tanaka-seitai.com を取って、管理者名は tanaka_admin にしてます",
    "githubのユーザー名は k-sato-dev、ポートフォリオのドメインは ksato.dev です",
    "ConoHaのサーバー、rootユーザーは使わず deploy1 で、ドメインは app.hinata.jp",
    "インスタのアカウント名は cafe.mori_tokyo、サイトのドメインは cafe-mori.tokyo です",
    "the admin username is siteops and the site domain is nijiiro-design.com",
]


@pytest.mark.parametrize("text", SITE_SETTINGS)
def test_site_settings_are_not_a_mailbox(text):
    assert not {v for v in ids(text) if "@" in v}


# -- a display name, nickname or name on an app is not an ID ------------------------------------
DISPLAY_NAMES = [
    "LINEの名前は「Sakura」で、大文字で始まります",
    "LINEの表示名は Kenta にしてあります",
    "ラインのニックネームは「Momo」です、アイコンは猫",
    "LINEでは名前を Yuuki に変えました",
    "LINE上の表示名が Hana.M になってるのが私です",
    "my LINE display name is Riku",
    "LINEのニックネームを「Mi-chan」に変えたよ",
    "ライン上の名前は Taku.S のままです",
    "LINEでの表示名、Aoi にしてるから見つけやすいと思う",
]


@pytest.mark.parametrize("text", DISPLAY_NAMES)
def test_display_names_are_not_ids(text):
    assert not ids(text)


# -- a folder, label, filter or project made at a provider is not an account ----------------------
NAMED_THINGS = [
    "Gmailで shota.baito.2027 というフォルダを作りました",
    "Gmailに job.oubo2026 というラベルを付けて整理しています",
    "Outlookで kyujin.mail というフォルダに振り分けています",
    "Yahooメールのフィルタ名は baito.hikaku にしました",
    "Googleドライブに resume.v3 というファイルを置きました",
    "Gmailのラベル「shukatsu.2027」に入れておきます",
    "icloudで photo.2026 というアルバムを作った",
    "Gmailで kyujin.2026 ってラベル作って振り分けた",
    "Outlookに baito_oubo というフォルダーを作成しました",
    "iCloud Driveに cv.final というファイルがあります",
    "Yahooメールで mercari.tsuuchi というフィルターを設定",
    "Gmailのフィルタ名: jobs.notify",
]


@pytest.mark.parametrize("text", NAMED_THINGS)
def test_named_things_at_a_provider_are_not_accounts(text):
    assert not ids(text)


# -- the forms that must stay found ---------------------------------------------------------------
@pytest.mark.parametrize("text, expected", [
    ("メールのユーザー名は taro、ドメインは gmail.com", "taro@gmail.com"),
    ("ローカル部分は kenji77、後ろは docomo.ne.jp", "kenji77@docomo.ne.jp"),
    ("@の前は miyazaki、ドメインは会社のHPと同じ sample-haken.jp", "miyazaki@sample-haken.jp"),
    ("メアドのユーザー名部分は yui.k、ドメインは outlook.jp です", "yui.k@outlook.jp"),
    ("アドレスの@より前は ren_22、後ろは icloud.com", "ren_22@icloud.com"),
    ("LINEのIDは Sakura_88 です（大文字）", "sakura_88"),
    ("LINE ID: Momo.Chan7 で検索してね", "momo.chan7"),
    ("ドメインはうちのホームページと同じ（kobo-ito.jp）で、ユーザー名は s.ito です", "s.ito@kobo-ito.jp"),
    ("サイトと一緒のドメイン green-farm.net、アカウント名は info_k", "info_k@green-farm.net"),
    ("ラインのIDは名前の kenta に誕生日の0312をつなげたやつです", "kenta0312"),
    ("メアドのユーザー名は taro.k、ドメインは gmail.com です", "taro.k@gmail.com"),
    ("会社のサイトと同じドメイン（nijiiro-design.com）で、@の前は sato です", "sato@nijiiro-design.com"),
    ("アドレスはユーザー名 hikari_77 で、ドメインは yahoo.co.jp", "hikari_77@yahoo.co.jp"),
    ("LINE ID は taku.s88、表示名は Taku です", "taku.s88"),
    # (a site named beside an ID joined from parts leaves the join alone)
    ("LINEのIDは taro と 1234 をアンダーバーでつないだもの、インスタも見てね", "taro_1234"),
    ("ID前半 hana、後半 _0808 でLINE検索して。ホームページもあるよ", "hana_0808"),
    ("LINEの名前は Kenta.Hikkoshi です、それで検索してください", "kenta.hikkoshi"),
    ("Gmailのアカウントは shota.baito.2027 です", "shota.baito.2027@gmail.com"),
])
def test_mailboxes_and_ids_stay_found(text, expected):
    assert expected in ids(text)
