"""LINE IDs and handles on other apps in the shapes blind round 11 missed (issues #13, #14 §1), each
class written out in other wordings than the dev rows before the rules were made:

- an @handle in the sentence after a clipped or slang app name (「Xに…まとめてます。@gaiko_8 で検索」);
- a handle the reader is told to add, follow or search on the one app the message names, with no
  ID word before it (「ディスコ、kurage.aqua で追加してね」);
- an ID on its own line or in brackets below 「下記のID」「こちらのID」 when the message is about adding a
  friend (LINE's word), LINE itself unnamed;
- an official account's basic ID called 公式 (「公式アカウント @529ymbqe」);
- the app left as 「Lの方で」「線の方で」 and its ID in the next sentence;
- hard negatives: broadcast mentions (@channel, @everyone), sizes, file names, thing IDs, login IDs,
  and hyphenated English words after LINE (Wi-Fi, add-on).
"""
import pytest

from leakguard import scan


def found(text):
    return {(f.category, f.value) for f in scan(text).findings}


def handle_channels(text):
    return {f.value for f in scan(text).findings if f.category == "external_contact" and f.kind == "handle"}


def line_ids(text):
    return {f.value for f in scan(text).findings if f.category == "line_id"}


# -- an @handle in the sentence after a slang app name ---------------------------------------------
@pytest.mark.parametrize("text, channel", [
    ("Xでも発信してます。@tsubasa_woodwork をフォローしてみてください", "x"),
    ("最近はXで作品まとめとるよ。@sato_daiku88 で出てくる", "x"),
    ("My X is @rio_lens_jp, DM me there", "x"),
    ("Threadsに毎日投稿してます！ @kana.bakes_7", "instagram"),
    ("Threadsでレシピ流してます。@mori_gohan_3 見てね", "instagram"),
    ("Xで告知してるけん。@hakata_kagu_ya", "x"),
])
def test_an_at_handle_after_a_slang_app_is_that_apps(text, channel):
    assert channel in handle_channels(text)
    assert scan(text).action == "block"


@pytest.mark.parametrize("text", [
    "Xに告知を出しました。@channel 見ておいてください",
    "Xの投稿を確認しました。@everyone 明日までに返信お願いします",
    "サイズはXLで。@here 在庫確認お願いします",
    "X軸とY軸の値を入れ替えてください。@all 修正版は明日です",
    "Xのロゴ差し替え案です。ファイル名は logo_x_v2.png です",
    "Threadsの投稿文を10本作ってほしいです。ハッシュタグは #spring_sale_24 で",
])
def test_no_handle_from_a_broadcast_mention_or_a_file(text):
    assert handle_channels(text) == set()
    assert not line_ids(text)


# -- a handle told to be added, followed or searched on the one app named ---------------------------
@pytest.mark.parametrize("text, channel", [
    ("テレグラムなら yuto_dev99 で追加できます", "telegram"),
    ("インスタ、hana.flower_22 でフォローしてね", "instagram"),
    ("カカオは jiwoo_k7 で申請してください", "kakao"),
    ("ディスコ鯖あるよ！フレ申請して〜 → mochi.mochi_24", "discord"),
    ("Skypeなら takeshi.trans_3 で検索して", "skype"),
    ("ディスコ、kurage.aqua で追加してね", "discord"),
    ("先生、WeChat あります？ 私のは wxid_chenlan88 です。", "wechat"),
    ("Discordサーバーを作りました。招待は購入者の方にだけお送りします。私のユーザー名は kodomo.code.sensei です。", "discord"),
])
def test_a_handle_told_to_be_added_on_the_one_app_named(text, channel):
    assert channel in handle_channels(text)


@pytest.mark.parametrize("text", [
    "Discordのbotは discord_bot_v2 で動かしてます",
    "インスタ用の画像は insta_banner_01.png で保存してください",
    "テレグラムの件は ver_2 で対応しました",
    "Skypeの代わりに Teams を使ってください",
    "Zoomの件、私のは ver_5.2 です",
    "Discordの件でご相談です。ご予算の件はまた改めてご連絡します。注文IDは ord_2231 です",
    "Zoomで打ち合わせしましょう。前回の議事録は共有済みです。会員IDは mem_2231 です",
])
def test_no_handle_from_a_thing_named_near_an_app(text):
    assert handle_channels(text) == set()


# -- an ID below 「下記のID」「こちらのID」 when adding a friend is the subject --------------------------
@pytest.mark.parametrize("text, value", [
    ("友だち追加はこちらのIDからお願いいたします🌙\n【lumina_tarot】\n追加後にお名前を一言お送りください", "lumina_tarot"),
    ("友だち追加は下記IDで検索してください。\nsakura_nail22", "sakura_nail22"),
    ("お友達追加はこちらのIDからどうぞ\n『mori_kitchen7』", "mori_kitchen7"),
    ("友達追加用のIDです👇\n「 yoga_mina3 」", "yoga_mina3"),
])
def test_an_id_below_a_befriend_cue(text, value):
    assert value in line_ids(text)


@pytest.mark.parametrize("text", [
    "注文IDは下記です。\n【ord_2024_118】",
    "下記IDでログインしてください\n【guest_01】",
    "会員IDはこちらです\nmem-2231",
    "友だち追加ボタンの実装をお願いします。テスト用のIDは下記です\n【test_user01】",
])
def test_no_id_below_a_cue_for_a_thing(text):
    assert not line_ids(text)


# -- an official account's basic ID called official -------------------------------------------------
@pytest.mark.parametrize("text, value", [
    ("公式アカウント @529ymbqe（@も含めて検索してくださいね）を追加していただくと、次回のご予約がスムーズです", "@529ymbqe"),
    ("お店の公式アカは @318hnqwe です", "@318hnqwe"),
    ("公式ライン→ @402trmkz", "@402trmkz"),
    ("サロンの公式アカウント：@771pqrst からご予約ください", "@771pqrst"),
])
def test_an_official_account_called_official(text, value):
    assert value in line_ids(text)


@pytest.mark.parametrize("text", [
    "公式アカウントの運用代行の件、@ 5,000円でいかがでしょう",
    "公式サイトのお問い合わせは info@529ymbqe.jp まで",
    "公式アカウントのリッチメニュー画像を@2x.pngで書き出してください",
])
def test_no_official_account_from_a_price_an_address_or_a_file(text):
    assert not line_ids(text)


# -- 「Lの方で」「線の方で」, then the ID ---------------------------------------------------------------
@pytest.mark.parametrize("text, value", [
    ("現場写真はここじゃ重いけん、Ｌの方で。ID：ｋｕｒｏｄａ７７", "kuroda77"),
    ("続きはLの方で！ID→ kenji_0512", "kenji_0512"),
    ("写真は線の方で。IDは taku-08", "taku-08"),
])
def test_the_app_as_l_or_its_slang_then_its_id(text, value):
    assert value in line_ids(text)


@pytest.mark.parametrize("text", [
    "サイズはLの方で。ID：order_5521",
    "MよりLの方で。品番 ab-1234 です",
    "線の方で切ってください。型番は cut_02 です",
])
def test_no_id_after_a_size_or_a_cut(text):
    assert not line_ids(text)


# -- hyphenated English words after LINE --------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "LINE対応のインターホン（スマホ転送）に交換したいです。Wi-Fiは2.4GHzあります",
    "LINE連携のプラグインです。add-onで対応できます",
    "LINEのトーク履歴を移したい。wi-fiとe-mailの設定は済んでます",
])
def test_no_line_id_from_an_english_compound(text):
    assert not line_ids(text)


# -- LINE WORKS IDs (an account and its company's group, joined by @) -------------------------------
@pytest.mark.parametrize("text", [
    "LINE WORKSのIDは tsuchiya@kensetsu-sample で登録してます。現場の日報はそっちで上げてください",
    "LINE WORKS ID：yamada@sample-koumuten",
    "ラインワークスのIDは suzuki@kogyo-demo です。招待してください",
    "LINE WORKSで連絡します。私のIDは k.tanaka@tanaka-denki です",
])
def test_a_line_works_id_is_a_line_handle(text):
    assert "line" in handle_channels(text)
    assert scan(text).action == "block"


@pytest.mark.parametrize("text", [
    "LINE WORKSの導入支援をお願いしたいです。管理者は admin@example.co.jp です",
    "LINE WORKSの設定で @mention の通知を切ってください",
    "LINE WORKSの料金は一人あたり@450円です",
    "LINEで連絡します。社内の共有フォルダは share@nas-01 です",
])
def test_no_line_works_id_from_an_address_a_mention_or_without_the_app(text):
    assert "line" not in handle_channels(text)


# -- a handle after an ID word in Korean, or an app's 「これです」 and an emoji -------------------------
@pytest.mark.parametrize("text, channel", [
    ("카카오톡 ID 는 hyunwoo88 입니다", "kakao"),
    ("카톡 아이디는 jisoo_77 이에요", "kakao"),
    ("インスタこれです💌 sakura.cos_ria フォローしてDMくれたら返します！", "instagram"),
    ("Discordはこれ👉 kuma.bear_09", "discord"),
])
def test_a_handle_after_a_korean_id_word_or_an_emoji_pointer(text, channel):
    assert channel in handle_channels(text)


@pytest.mark.parametrize("text", [
    "インスタこれです♪ 可愛いでしょ",
    "インスタこれです💌 見てね",
    "카톡 아이디는 나중에 알려줄게요",
])
def test_no_handle_without_a_run_after_the_pointer(text):
    assert handle_channels(text) == set()


# -- a handle on an app of no channel of its own (Viber, Zalo): an outside channel, value None ---------
def unnamed_handles(text):
    return [f for f in scan(text).findings if f.category == "external_contact" and f.kind == "handle" and f.value is None]


@pytest.mark.parametrize("text", [
    "Zaloで連絡ください。IDは nguyen_van88 です",
    "Viberやってます。ID: tran.minh_22",
    "ベトナムの家族とはZaloで話してます。私のは hoa.le_1990 です",
])
def test_a_handle_on_an_app_without_a_channel_blocks(text):
    assert unnamed_handles(text)
    assert scan(text).action == "block"


@pytest.mark.parametrize("text", [
    "連絡先のIDは tanaka_01 です",
    "Viberの通知音を変えたいです。バージョンは ver_21.3 です",
    "Zaloの公式アカウントの運用代行を探しています",
])
def test_no_unnamed_handle_from_a_generic_word_or_a_version(text):
    assert not unnamed_handles(text)


# -- an ID given with a bare request to add it or search for it, the app unnamed ------------------------
@pytest.mark.parametrize("text, value", [
    ("IDで検索してね！ kuma_bear88", "kuma_bear88"),
    ("ID検索してください。 yoshi_k21", "yoshi_k21"),
    ("シフト用のグループのIDはshift_nakano22です。追加しといてください", "shift_nakano22"),
    ("ID: noriko.k_55 追加してね", "noriko.k_55"),
    ("IDは mocha_0812 です、追加よろしく！", "mocha_0812"),
    ("ID→ ryo.fishing7 追加お願いします", "ryo.fishing7"),
])
def test_an_id_with_a_bare_add_or_search_request(text, value):
    assert value in line_ids(text)


@pytest.mark.parametrize("text", [
    "商品IDは ab_12 です。カートに追加してください",
    "GitHubのIDは taro_dev です。リポジトリに追加してください",
    "IDは guest_01 です。ログインしてください",
    "プロジェクトIDは proj_22 です。メンバーに追加してください",
    "IDで検索してね！ 見つからなかったら言って",
    "Slackのメンバーに追加して。IDは ken_22",
    "IDは order_5521 です。追加料金はかかりません",
    "追加してほしい機能があります。IDは feat_22 で管理しています",
    "ユーザーIDは user_0021 です。追加しておいてください",
    "社員IDは emp_221 です。名簿に追加しといて",
    "IDは abc_123 で登録済みです。あとで追加しますね",
])
def test_no_line_id_from_an_id_added_somewhere_else(text):
    assert not line_ids(text)


# -- an ID broken over lines, told to be joined right after --------------------------------------------
@pytest.mark.parametrize("text, value", [
    ("らいん\nsaku\nra_k\nnit\n↑つなげてね", "sakura_knit"),
    ("LINEのIDこれ\nmo\nmo\nka22\nくっつけて読んでね", "momoka22"),
    ("ラインID↓\nyama\nda\n_taro\n続けて入力してください", "yamada_taro"),
    ("らいん\nhana\nbi\n88\n↑つなげて検索してね", "hanabi88"),
])
def test_an_id_over_lines_told_to_be_joined(text, value):
    assert value in line_ids(text)


@pytest.mark.parametrize("text", [
    "ラインの色見本です\nred\nblue\ngreen2\nつなげて一枚の画像にしてください",
    "LINEで送る写真の番号\np1\np2\np3\nつなげてね",
    "LINEで買い物リスト送るね👇\nmilk\negg\nbread2",
])
def test_no_id_from_lines_of_things(text):
    assert not line_ids(text)
