"""Identifier classes of round 9 (issue #13 §3), each with variants written before the rules and in
other wordings than the dev rows, and the ordinary text that holds the same shapes.

Counted in the report: the variants (not the dev rows) that passed before the rules and after.
"""
import pytest

from leakguard import find


def values(text, category):
    return sorted({f.value for f in find(text, categories=(category,))})


# -- a LINE ID one piece per line, cut at its separators ------------------------------------------
@pytest.mark.parametrize("text, value", [
    ("ラインID：\nfigma\n_shop\n_24\n（改行してます）", "figma_shop_24"),  # round-9a-0199
    ("LINEのIDです\nharu\n.kaze\n.0412", "haru.kaze.0412"),
    ("らいん追加してね\nmoco_\nchan_\n77", "moco_chan_77"),
    ("ID↓\nsato-\nken-\n2001\nラインで検索して", "sato-ken-2001"),  # the app named after the pieces
    ("LINE交換しよ！\nyuu\n_nagi\n_88\n\nよろしく", "yuu_nagi_88"),
    ("ラインやってます。IDは\nk.tanaka\n_1985", "k.tanaka_1985"),
    ("add me on LINE:\nmika\n_travel\n_09", "mika_travel_09"),
])
def test_line_id_one_piece_per_line(text, value):
    assert values(text, "line_id") == [value]


@pytest.mark.parametrize("text", [
    "ラインで話した候補\nsakura\nmomiji\nkaede",  # words a line each, no separator at the breaks
    "LINEのグループで決めた持ち物\ntent\nchair\nlamp_2",
])
def test_words_a_line_each_are_no_line_id(text):
    assert values(text, "line_id") == []


# -- an address broken over lines after a dot, the @ opening the last line -------------------------
@pytest.mark.parametrize("text, value", [
    ("在宅データ入力の件、作業ファイルは\nnozomi.\nworks55\n@icloud.com\nまで送ってもらえると助かります",
     "nozomi.works55@icloud.com"),  # round-9b-0028
    ("連絡はこちら\ntaro.\nyamada\n@gmail.com", "taro.yamada@gmail.com"),
    ("送り先：\nk.\nsuzuki\n@outlook.jp", "k.suzuki@outlook.jp"),
    ("mail:\nmiki.\nworks\n@docomo.ne.jp", "miki.works@docomo.ne.jp"),
    ("メールは\nhana_\nsato.88\n@yahoo.co.jp まで", "hana_sato.88@yahoo.co.jp"),
])
def test_address_broken_over_lines_after_a_dot(text, value):
    assert values(text, "email_address") == [value]


@pytest.mark.parametrize("text, value", [
    ("確認済みです。\nworks55@icloud.com に送ります", "works55@icloud.com"),
    ("お世話になっております。\nsato@gmail.com", "sato@gmail.com"),
    ("ありがとう\nThanks.\ntaro@gmail.com", "taro@gmail.com"),  # a full stop, the address on its line
])
def test_a_sentence_before_an_address_is_no_part_of_it(text, value):
    assert values(text, "email_address") == [value]


# -- the provider named for the domain, typed apart or after the @ --------------------------------
@pytest.mark.parametrize("text, value", [
    ("履歴書の送り先、g-mailの shota.baito.2027 です！写真も貼ったやつ送ります", "shota.baito.2027@gmail.com"),
    ("G mailで yumi.k.0505 に送ってください", "yumi.k.0505@gmail.com"),
    ("ジーメイルの takeshi_run88 宛てにお願いします", "takeshi_run88@gmail.com"),
    ("i-cloudの sakura.photo.11 に送ってください", "sakura.photo.11@icloud.com"),
    ("Gメイルは ken.music.07 です", "ken.music.07@gmail.com"),
    ("hot mailの nao_travel09 までメールください", "nao_travel09@hotmail.com"),
    # the @ typed, the provider after it in kana, its domain glossed or not
    ("保証書のスキャンはこちらのアドレスから送ります → kiyomi.bag1980＠ヤフーメール（yahoo.co.jp）",
     "kiyomi.bag1980@yahoo.co.jp"),  # round-9a-0192
    ("連絡先は taro.k55＠ジーメール（gmail.com）です", "taro.k55@gmail.com"),
    ("nana_0707@アイクラウド(icloud.com)まで", "nana_0707@icloud.com"),
    ("sato.ken@ドコモ（docomo.ne.jp）に送ってください", "sato.ken@docomo.ne.jp"),
    ("メアドは yu.kari99＠ジーメールです", "yu.kari99@gmail.com"),
    ("hiro-design@ヤフー です、写真はそちらへ", "hiro-design@yahoo.co.jp"),
    ("kaito.run@アウトルック（outlook.jp）まで", "kaito.run@outlook.jp"),
])
def test_provider_named_for_the_domain(text, value):
    assert values(text, "email_address") == [value]


@pytest.mark.parametrize("text", [
    "G mailの容量がいっぱいで困ってます",
    "i-cloudのバックアップ v2.1 が終わらない",
    "@ジーメールのアカウントは持ってません",
    "コメントは @ヤフー知恵袋 に書きました",
    "集合は shibuya_3@ドコモショップ前で",
    "質問は kuma_q@ヤフー知恵袋 に書いた",
])
def test_provider_named_without_an_account(text):
    assert values(text, "email_address") == []


# -- the local part named by its own name, the domain by its side ---------------------------------
@pytest.mark.parametrize("text, value", [
    ("ローカル部分は ta-ka-mi.record で、後ろは docomo.ne.jp です。レコードの盤質写真そちらで送ります",
     "ta-ka-mi.record@docomo.ne.jp"),  # round-9a-0028
    ("ローカル部分は to-mo.run で、あとは icloud.com", "to-mo.run@icloud.com"),
    ("ローカルパートは yuna.s88 で、後ろは icloud.com です", "yuna.s88@icloud.com"),
    ("メアドのローカル部分は ken-ji.h、うしろは au.com ね", "ken-ji.h@au.com"),
    ("ローカル部分は kazu_photo.7 で、右側は outlook.jp です", "kazu_photo.7@outlook.jp"),
])
def test_local_part_and_domain_named_apart(text, value):
    assert values(text, "email_address") == [value]


@pytest.mark.parametrize("text", [
    "ローカル部分の設定は変更なし、後ろは example.com のまま",
    "ローカルパートの長さ制限は64文字、ドメインは255文字まで",
])
def test_talk_about_local_parts_is_no_address(text):
    assert values(text, "email_address") == []


# -- the local part left at its @, the domain the site's -------------------------------------------
@pytest.mark.parametrize("text, value", [
    ("弊社HP（sample-haken.jp）と同じドメインで、担当 miyazaki@ のあとにドメインを付けて送ってください",
     "miyazaki@sample-haken.jp"),  # round-9b-0197
    ("ホームページ www.kobe-design.jp のドメインに、yamamoto@ をつけたアドレスが私のです", "yamamoto@kobe-design.jp"),
    ("うちのサイト（tanaka-kogyo.co.jp）と同じドメインで、名前は sato です。sato@ で届きます", "sato@tanaka-kogyo.co.jp"),
    ("会社のURL https://www.abc-trading.co.jp/ と同じドメインで、suzuki@ です", "suzuki@abc-trading.co.jp"),
    ("ドメインは当店サイトの hana-flower.jp と一緒です。アドレスは order@ で", "order@hana-flower.jp"),
    ("事務所のHPは mori-tax.jp です。メールは同じドメインで mori@ にお願いします", "mori@mori-tax.jp"),
])
def test_local_part_with_the_sites_domain(text, value):
    assert values(text, "email_address") == [value]


@pytest.mark.parametrize("text", [
    "弊社HP（sample-haken.jp）をご覧ください。求人情報も載っています",
    "サイト kobe-design.jp は改装中、問い合わせはアプリのメッセージで",
    "ドメインの更新は abc-shop.jp で済ませました。@の使い方は後で",
])
def test_a_site_named_without_a_local_part(text):
    assert values(text, "email_address") == []


# -- a mobile number's groups with a listing's words between them, a call asked for -----------------
@pytest.mark.parametrize("text, value", [
    ("デイトナの件、090 ギャラ有 2231 箱有 7784 ←電話ください、ここ見ないので", "+819022317784"),  # round-9a-0181
    ("連絡は080 付属品完備 5512 保証書あり 9930 までお電話ください", "+818055129930"),
    ("070 美品 4418 送料込 2267 に電話して", "+817044182267"),
    ("番号 090（本体のみ）3321（箱なし）8876 です、電話で", "+819033218876"),
    ("電話：080 ★新品★ 7741 ★未開封★ 3390", "+818077413390"),
    ("ケータイ 090 サイズM 2255 色黒 6637 に連絡を", "+819022556637"),
])
def test_groups_with_words_between_them(text, value):
    assert values(text, "phone_number") == [value]


@pytest.mark.parametrize("text", [
    "iPhone 15 ギャラ有 128GB 箱有 2023年購入です",
    "サイズ 090 ギャラ有 2231 箱有 7784 番の型番です",
    "090 ギャラ有 2231 箱有 7784 で出品中です",  # no call asked for
    "電話で確認した在庫：070 美品 4418 送料込 2267円",  # an amount
])
def test_numbers_among_listing_words_are_no_phone(text):
    assert values(text, "phone_number") == []


# -- a part of a LINE ID told how to type, the ID after it ------------------------------------------
@pytest.mark.parametrize("text, value", [
    ("鑑定済みのシャネル、ほかに8点あります。ラインで画像送るので、IDの「chanel」の部分は大文字で打ってください → CHANEL_mana22",
     "chanel_mana22"),  # round-9a-0261
    ("LINEのIDは「gucci」だけ大文字で → GUCCI_rina07", "gucci_rina07"),
    ("ラインIDは、「mika」の部分だけ大文字にしてね、MIKA.nail03", "mika.nail03"),
    ("ラインID：KOBE_taro88（KOBEは大文字です）", "kobe_taro88"),
    ("ライン交換しましょう。IDは SHIBUYA.ken2 です、頭は大文字で", "shibuya.ken2"),
])
def test_line_id_with_a_part_told_in_capitals(text, value):
    assert values(text, "line_id") == [value]


# -- an ID quoted, then named as the one used on LINE ----------------------------------------------
@pytest.mark.parametrize("text, value", [
    ("「ｍｓ．ｓｎｅａｋｅｒ」ってIDでLINEやってます、同じ名前で検索すれば出てきます", "ms.sneaker"),  # round-9a-0266
    ("「hana_bi88」ってIDでラインやってます", "hana_bi88"),
    ("『kuro.neko3』というIDでLINEしてます、検索してください", "kuro.neko3"),
    ("「yoshi-camp」って名前でLINEやってるので探してみて", "yoshi-camp"),
    ('"taku_0909" ってIDでLINE使ってます', "taku_0909"),
    # LINE's open chats are LINE
    ("オープンチャットのIDは oc_yoga77 です。入ってください", "oc_yoga77"),
    ("オプチャのIDは yoga_kobe7 です、参加してね", "yoga_kobe7"),
])
def test_line_id_quoted_before_the_app(text, value):
    assert values(text, "line_id") == [value]


@pytest.mark.parametrize("text", [
    "「LINE」ってアプリでやり取りしてます",
    "「test_user」ってIDはLINEの例で使われてます",
    "グループのIDは後で管理者から連絡します",
    "オープンチャットの作り方を教えてください。ver2.0 になってから分からない",
])
def test_no_line_id_in_talk_about_ids(text):
    assert values(text, "line_id") == []


# -- a group taken back with a few words before the one that replaces it ----------------------------
@pytest.mark.parametrize("text, value", [
    ("電話番号は080から始まって、次は1234…じゃなくて、えーと、正しくは5521です。最後は0987です", "+818055210987"),
    ("携帯090の、2番目は4455、いや間違えた、本当は4456です。最後が8812", "+819044568812"),
    ("080で、次が7788ではなくて、正しくは7789。最後は3344", "+818077893344"),
    ("090、真ん中6655…ちがう、えっと、正しい方は6656で、最後1020", "+819066561020"),
])
def test_group_corrected_after_a_few_words(text, value):
    assert values(text, "phone_number") == [value]


# -- the app left unnamed, the ID to be searched for there ------------------------------------------
@pytest.mark.parametrize("text, value", [
    ("いつものアプリで探してね、Kenta.Hikkoshi って名前", "kenta.hikkoshi"),  # round-9b-0101
    ("例のアプリで探してみて、hana.design7 で出ます", "hana.design7"),
    ("いつものアプリで検索→ saki.n07", "saki.n07"),
    ("例のアプリでさがしてね、ren_photo3", "ren_photo3"),
])
def test_line_id_searched_for_in_the_usual_app(text, value):
    assert values(text, "line_id") == [value]


@pytest.mark.parametrize("text", [
    "いつものアプリで探したけど、型番 ab-1234 の在庫はなかった",
    "例のアプリで検索したら v2.3.1 が最新でした",
])
def test_things_searched_for_in_an_app_are_no_line_id(text):
    assert values(text, "line_id") == []
