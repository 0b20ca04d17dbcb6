"""Identifier classes of round 10 (issue #13): young writers drawing out the kana of a number read
out (「ゼーロ」「にぃ」「きゅぅ」), adults reading it in romaji with 「no」 between the groups.
Variants written before the rules, in other wordings than the dev rows, with the ordinary text that
holds the same shapes.

Counted in the report: the variants (not the dev rows) that passed before the rules and after.
"""
import pytest

from leakguard import find


def values(text, category):
    return sorted({f.value for f in find(text, categories=(category,))})


# -- a number read out in kana with drawn-out vowels and small kana -------------------------------
@pytest.mark.parametrize("text, value", [
    ("ゼーロ キュー ゼーロ、ナーナ イーチ ハーチ ヨーン、ゴー ゴー サーン ニー！ でんわしてぇ〜", "+819071845532"),  # round-10a-0290
    ("ぜろはちぜろ〜の、ななよんいちきゅぅ〜の、にぃさんはちごぉ！ 覚えたら消しますね", "+818074192385"),  # round-10a-0019
    ("ばんごう→ ぜーろ はーち ぜーろ、いーち にー さーん よーん、ろーく なーな はーち きゅー", "+818012346789"),
    ("でんわばんごーだよ ゼロぉ、キュゥ、ゼロぉ、ロク、ロク、ニィ、イチ、サン、サン、ヨン、ナナ♡", "+819066213347"),
    ("わたしのけーたい、ぜろぉななぜろぉ、さんさんいちにぃ、はちはちごぉろく 夜ならでれるよ", "+817033128856"),
    ("ケータイ：ゼ〜ロ ハ〜チ ゼ〜ロ／ニ〜 ニ〜 ナ〜ナ サ〜ン／ヨ〜ン ロ〜ク イ〜チ ゴ〜", "+818022734615"),
    ("ぜろ、きゅー、ぜろ！いちぃ、にぃ、さーん、よーん！ごぉ、ろーく、なーな、はーち！電話まってる", "+819012345678"),
    ("連絡先 ぜろぉはちぜろぉ の ななななにぃにぃ の さーんさーんよーんよーん", "+818077223344"),
])
def test_number_read_with_drawn_vowels(text, value):
    assert values(text, "phone_number") == [value]


# -- romaji read-outs with 「no」 between the groups ---------------------------------------------
@pytest.mark.parametrize("text, value", [
    ("denwa bangou: zero kyuu zero no ni roku hachi ichi no san san go nana. denwa shite mo ii desu ka?", "+819026813357"),  # round-10b-0063
    ("keitai wa zero hachi zero no ichi ni san yon no go roku nana hachi desu", "+818012345678"),
    ("Watashi no bangou: zero nana zero no kyuu kyuu ichi ichi no ni ni san san. Yoroshiku", "+817099112233"),
    ("renraku saki - rei kyuu rei no yon yon roku roku no hachi hachi nana nana", "+819044668877"),
    ("TEL zero-san no roku roku nana nana no hachi hachi kyuu kyuu onegai shimasu", "+81366778899"),
    ("bangou wa zero hachi zero, no, go go roku roku, no, ichi ni ni san dayo", "+818055661223"),
])
def test_romaji_read_out_with_no(text, value):
    assert values(text, "phone_number") == [value]


@pytest.mark.parametrize("text", [
    "ゼーロ から はじめる なーなーな日記、にぃにぃ と いーちごの話",  # drawn words, no number
    "いちごぉ〜！ にぃにぃと さーんぽ 行ってきた♡ ごぉごぉ 楽しかった",
    "セール🎉 2️⃣0️⃣％オフ 3,980円→ 3,184円 12/24まで",  # prices and dates decorated
    "マイクロチップ番号 392 141 000 123 456、血統書番号 JKC-12345/21",
    "kyou wa ni kai me no shiai desu. san nin de ikimasu, roku ji ni aimashou",  # romaji, no number
    "zero kara hajimeru nihongo no benkyou, ichi nichi san juppun",
    "ぜーんぜん大丈夫！ よーんで みて、なーんでも聞いてね〜",
])
def test_drawn_words_and_decorated_numbers_are_no_phone(text):
    assert values(text, "phone_number") == []


# -- letters spelled in kana with the digits read in English katakana (ワン, ツー, セブン …) ---------
@pytest.mark.parametrize("text, category, value", [
    ("メールアドレスをお伝えいたします。エス・エー・ティー・オー・ケー・ワン・ナナ アットマーク ヤフー ドット シーオー ドット ジェイピー でございます。",
     "email_address", "satok17@yahoo.co.jp"),  # round-10b-0008
    ("ラインIDは ケー・エム・ティー・ワン・ワン・ゼロ・エイト です。", "line_id", "kmt1108"),  # round-10b-0041
    ("アドレスはエム・アイ・ケー・エー・スリー・ツー アットマーク ジーメール ドット コムです", "email_address", "mika32@gmail.com"),
    ("メールは えぬ・えー・おー・ふぁいぶ あっとまーく じーめーる どっと こむ でお願いします", "email_address", "nao5@gmail.com"),
    ("LINEのIDはジェイ・ユー・エヌ・セブン・セブン です、追加お願いします", "line_id", "jun77"),
    ("IDはティー・エー・ケー・エー・ナイン・ワン です ラインで検索してください", "line_id", "taka91"),
    ("連絡用のアドレス、アール・アイ・エヌ・フォー・シックス アットマーク アイクラウド ドット コム です",
     "email_address", "rin46@icloud.com"),
    ("らいんID：エイチ・エー・エル・ユー・エイト・ツー・ファイブ", "line_id", "halu825"),
])
def test_letters_spelled_with_english_digit_names(text, category, value):
    assert values(text, category) == [value]


# -- an address said in romaji: 「atto」「atto maaku」「dotto」 -------------------------------------
@pytest.mark.parametrize("text, value", [
    ("meeru adoresu wa yuki dot tanaka21 atto gmail dot com desu. shashin wa soko ni okutte kudasai",
     "yuki.tanaka21@gmail.com"),  # round-10b-0040
    ("mail: ken.sato atto maaku yahoo dotto co dotto jp made onegai shimasu", "ken.sato@yahoo.co.jp"),
    ("adoresu: hana_88 attomaaku outlook dotto jp", "hana_88@outlook.jp"),
    ("renrakusaki wa mori-taro atto icloud dot com de onegai", "mori-taro@icloud.com"),
    ("Meeru: aki.n77 atto docomo dotto ne dotto jp", "aki.n77@docomo.ne.jp"),
])
def test_address_said_in_romaji(text, value):
    assert values(text, "email_address") == [value]


@pytest.mark.parametrize("text", [
    "ワン・ツー・スリーで飛んでね！ エス・エム・エル のサイズ展開です",  # letters and counts, no @
    "セブンイレブンで受け取り、ファミマはエヌ・ジーです",
    "kyou wa atto iu ma ni owatta, dotto tsukareta",  # romaji words, no address
    "ニャー(=^・ω・^=) ケー・オー です〜",  # kaomoji with letters
])
def test_spelled_words_without_an_identifier(text):
    assert values(text, "email_address") == [] and values(text, "line_id") == []


# -- the ID named in romaji (「aidii」) after the app named in romaji --------------------------------
@pytest.mark.parametrize("text, value", [
    ("rain no aidii wa sakura_0402 desu. tomodachi tsuika shite kudasai!", "sakura_0402"),  # round-10b-0082
    ("LINE no aidii wa momo_77 desu, tsuika onegai shimasu", "momo_77"),
    ("watashi no rain no aidi wa yui.chan22 desu", "yui.chan22"),
    ("rain de hanashimashou. aidii: kenta_1990", "kenta_1990"),
    ("LINE aidee wa taku-0808 dayo, tsuika shite ne", "taku-0808"),
])
def test_line_id_named_in_romaji(text, value):
    assert values(text, "line_id") == [value]


@pytest.mark.parametrize("text", [
    "rain no aidii wa mada nai desu, sumimasen",  # no ID given
    "ashita wa rain desu ka? aidii wa kaigi de kimemasu",
    "aidii wa sakki okutta shouhin bangou to onaji desu",
])
def test_romaji_id_word_without_an_id(text):
    assert values(text, "line_id") == []
