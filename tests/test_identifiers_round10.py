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
    ("ケータイ：ゼ〜ロ ハ〜チ ゼ〜ロ／ニ〜イ ニ〜イ ナ〜ナ サ〜ン／ヨ〜ン ロ〜ク イ〜チ ゴ〜", "+818022734615"),
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
