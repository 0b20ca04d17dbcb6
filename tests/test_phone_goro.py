"""Issue #13, a mobile number told in goro (語呂合わせ: 「ヨロシク」 4649, 「ミナミナ」 3737), as blind
round 7 wrote four of its misses. Wording written for these tests. A group is read in goro only
after a mobile trunk, as exactly eight digits ending the run, in a message about a phone or goro;
the hard negatives are kana words after a trunk that do not make such a number, labelled
numbers, and groups that read two ways.
"""
import pytest

import leakguard
from leakguard.detectors import phone_goro
from leakguard.lexicon import LexiconError, parse_table
from leakguard.normalize import normalize


def phones(text):
    return [f.value for f in leakguard.scan(text).findings if f.category == "phone_number"]


GORO = [
    ("電話番号ね、ゼロハチゼロ、ヨロシク、ミナミナ！覚えやすいっしょ", "+818046493737"),
    ("番号はね、ゼロナナゼロ、サンキューハイ、ヨロシク！ かけてね〜", "+817039814649"),
    ("番号ゴロで覚えてね〜 オーキューオー、ヨイクニ、ミナミナ☎️ 夜ならつながります", "+819041923737"),
    ("080の、ハチハチ、ゴーイチ、の、イチニッサンキュー！語呂で覚えて 電話はこっちで", "+818088511239"),
    ("でんわは ぜろはちぜろ・よろしく・いいふろ だよ", "+818046491126"),  # all in hiragana
    ("携帯 090 / イチヤミロ / ナナミナ（語呂合わせ）", "+819018367737"),
]


@pytest.mark.parametrize("text,value", GORO)
def test_a_mobile_number_told_in_goro_is_read(text, value):
    assert phones(text) == [value], text


NOT_GORO = [
    "ゼロハチゼロ、よろしくね！またね、電話します",       # a trunk and a word: no eight digits
    "電話番号は090、ヨロシク、おねがいします",             # a word that reads no digits ends the run
    "番号: 090 ヨロシク ミナミナ ヤバイ",                 # the run goes on past eight digits
    "電話は080から始まる番号です、よろしく、みなさん",
    "品番 090、イイクニ、ミナミナ の在庫を電話で確認",     # a labelled product number
    "ヨロシク、ミナミナ、電話番号はまた送ります",         # no trunk
    "090、ヨロシク、ミナミナ",                             # no word about a phone or goro
]


@pytest.mark.parametrize("text", NOT_GORO)
def test_kana_after_a_trunk_that_is_no_goro_number(text):
    assert phones(text) == [], text


def test_a_group_that_reads_two_ways_is_not_read():
    # ロクナナナナ is 6777 or 6977 (ロ, ク) with as few goro kana: no reading is chosen
    view = normalize("電話番号は ゼロハチゼロ、ロクナナナナ、イチゴーゴーハチ")
    assert phone_goro.goro_view(view) is view
    assert phone_goro._read_group("ナナ") == {1: (0, "7"), 2: (2, "77")}  # the usual reading first


def test_goro_lexicon_is_validated():
    rows = parse_table(["#: columns = reading, digit", "ヨ\t4"], "phone_goro_readings.txt")
    assert phone_goro.goro_rows(rows) == [("ヨ", "4")]
    for bad in ("よ\t4", "ヨ\t42", "ヨ\tx"):
        with pytest.raises(LexiconError):
            phone_goro.goro_rows(parse_table(["#: columns = reading, digit", bad], "phone_goro_readings.txt"))
