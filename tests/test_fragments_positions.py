"""Issue #13: phone groups named by their position in any wording of the ordinal class (最初/一つ目/
頭/上/前半, 二つ目/真ん中/間/その間/次, 三つ目/最後/ラスト/下/末尾/しっぽ/お尻; with 桁/まとまり/
ブロック; first/second/third), handed over by は/が/＝/：/→, groups in number words, and the joins
that made false LINE IDs (a join word in a compound, a piece sentences away, a list's bullet, product
words, a size). Wording written for these tests; every class has hard negatives."""
import pytest

import leakguard

_SPLIT = "given in parts"


def _joined(text, category):
    return [f.value for f in leakguard.scan(text).findings if f.category == category and _SPLIT in f.reason_en]


POSITIONS = [
    # 「その間」「あいだ」: the group between the two named ones
    ("上3桁は080、下4桁は4417、その間が2290です", "+818022904417"),
    ("下4桁が7318で、上は090、そのあいだは6624になります", "+819066247318"),
    ("頭は070、お尻が1186、あいだは5403です", "+817054031186"),
    # ordinals with a counter and a group noun
    ("一つ目のまとまりは080、二つ目が7711、三つ目が2045", "+818077112045"),
    ("1個目は090、2個目は3381、3個目は6620です", "+819033816620"),
    ("末尾の4桁が5190、先頭は080、2つ目のブロックが6632", "+818066325190"),
    ("最初のグループが070、真ん中のグループが2214、最後のグループが8830", "+817022148830"),
    # tail words: しっぽ, ラスト, ケツ, おしり, 最終
    ("しっぽは4471、頭は090、真ん中が6612", "+819066124471"),
    ("アタマ080、まんなか5521、ラスト9903", "+818055219903"),
    ("最初が090、次が2718、ケツが3346", "+819027183346"),
    ("冒頭は080、中央が6247、最終が1130です", "+818062471130"),
    # handed over by ＝ ： → or a comma
    ("真ん中＝7045、頭＝080、しっぽ＝2216", "+818070452216"),
    ("頭：090 / 真ん中：4410 / おしり：8862", "+819044108862"),
    ("最初→070、真ん中→3318、最後→2254", "+817033182254"),
    # an epithet of the group between the role and it
    ("真ん中が6601、最後が2290、最初はいつもの080です", "+818066012290"),
    # the group in number words: kanji, kana
    ("最初は〇八〇、真ん中が5126、最後が3390", "+818051263390"),
    ("頭はれいきゅうれい、真ん中が7713、最後が2008です", "+819077132008"),
    # English ordinals
    ("1st part 080, 2nd part 4419, 3rd part 2271", "+818044192271"),
    ("prefix is 090, the centre is 3356, final four are 7720", "+819033567720"),
    # a side with a count of digits (前3桁, 後4桁), a group that follows (続く), the ends (おしまい, 左端/右端)
    ("前3桁は080、後ろ4桁は2245、真ん中は6619", "+818066192245"),
    ("前の3桁が070、続く4桁が5582、後4桁が1137", "+817055821137"),
    ("はじめの3つは090、次の4つは7760、おしまいの4つは3318", "+819077603318"),
    ("左端080、真ん中4471、右端6602", "+818044716602"),
    ("一番最初が070、二番目が8841、三番目が2207", "+817088412207"),
    ("starts with 080, followed by 6674, ends in 1190", "+818066741190"),
    # a group corrected in its own clause replaces the one before it
    ("最初は080、次が2291、最後に6640ではなく6614です", "+818022916614"),
    ("頭は070、真ん中は3318じゃなくて3381、最後が5520", "+817033815520"),
    ("下4けたが7702で、頭は090、まんなか2名前の…じゃなくて2456ね", "+819024567702"),
]


@pytest.mark.parametrize("text, value", POSITIONS)
def test_groups_named_by_their_position(text, value):
    report = leakguard.scan(text)
    assert value in [f.value for f in report.findings if f.category == "phone_number"], report.findings
    assert report.action == "block"


NOT_PHONES = [
    "上の写真は2枚目、下の段は3段目です",
    "上の段に090、下の段に1234と書いてあります",                  # two groups: no number
    "最初のプランは3,000円、真ん中が5,000円、最後が8,000円です",
    "一つ目は12/25、二つ目は1/5、三つ目は2/14に発送します",
    "頭金は50000、残りは12回払い、最後の支払いが4500です",
    "1個目は300g、2個目は450g、3個目は1200gでした",
    "上は170cm、真ん中が165cm、下が158cmの三人です",
    "最初は10:30、その間に12:00の休憩、最後は17:45です",
    "注文番号の最初は0312、真ん中が3456、最後が78です",
    "しっぽの長さは12cm、頭から8cm、その間が20cm",
    "上の階は0302号室、その間が1204号室、下は2205号室",
    "first item 3000 yen, second item 4500 yen, last item 7800 yen",
    "ラストの3曲は090、1234、5678という曲名です" ,             # no role on the groups themselves
    "最初はさんにんで来て、真ん中1234、最後5678",                # 「さんにん」 is no reading of digits
    "期間中は0120、以下5678で受付",
    "最初は3000円じゃなくて3500円、次が1200円、最後は4400円",     # amounts corrected
    "最初は2個じゃなくて3個、真ん中が1234、最後は4個",
    "3番出口の前で、1番目は090円、2番目は1234円、3番目は5678円",
    "前3桁と後ろ4桁が同じ部品です。在庫は090個、1234個、5678個",
    "続く3日間は090便、次が1234便、最後が5678便です",
]


@pytest.mark.parametrize("text", NOT_PHONES)
def test_position_words_with_numbers_that_are_no_phone_groups(text):
    assert not _joined(text, "phone_number")


FALSE_LINE_IDS = [
    # a join word inside a compound (問い合わせ, 打ち合わせ, 待ち合わせ): no join
    "line.me/R/ti/p/%40417xyzab から追加どうぞ。在庫の問い合わせはそちらが早いです",
    "先日はお打ち合わせありがとうございました。下層3ページの件、ラインで。ID：mei.nakamura\n画像は1200×630pxでお願いします",
    "待ち合わせは駅の2番出口で。ラインで連絡します、IDはこの前の taro_88 です",
    # pieces sentences away from the join word; a size; a number and a word
    "納期2週間で承ります。\nラインでも連絡できます。IDは「sora」と「trans」をピリオドでつないだものです",
    # a list's bullets, a full stop before a word
    "■ 決済\n- Stripe Checkout\n- PayPay は今回スコープ外\nLINE連携はなし",
    'One line reads: "Add us on LINE: @shopname". Should I keep it?',
    # product words put together, nothing named to join them
    "usb-c lightning ケーブル、usb hdmi 変換を合わせて送ります。ラインで連絡します",
]


@pytest.mark.parametrize("text", FALSE_LINE_IDS)
def test_no_line_id_joined_from_words_that_are_not_its_parts(text):
    bad = {"rtip", "3mei.nakamura630px", "2soratrans", "-paypay", "-stripe", ".should", "usbhdmi",
           "usb-clightning", "usb-clightningusb"}
    values = [f.value for f in leakguard.scan(text).findings if f.category == "line_id"]
    assert not bad & set(values) and not [v for v in _joined(text, "line_id") if v not in ("sora.trans",)], values


LINE_JOINS = [
    ("LINEのIDは taro と 1234 です。アンダーバーでつないでね", "taro_1234"),
    ("line ID は kumo と 88 を繋げたもの", "kumo88"),
    ("ラインIDは「hana」と「0714」をハイフンで合わせたものです", "hana-0714"),
    ("IDは「sora」と「trans」をピリオドでつないだものです。ラインで", "sora.trans"),
]


@pytest.mark.parametrize("text, value", LINE_JOINS)
def test_line_id_pieces_joined_as_the_sentence_says(text, value):
    assert value in [f.value for f in leakguard.scan(text).findings if f.category == "line_id"]
