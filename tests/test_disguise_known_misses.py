"""Readings the disguise suites once drew that the phone reader missed (issue #13 §1), with the
classes they stand for and the ordinary words that hold the same readings.

- English read out in katakana with none of the readings the normalizer reads and none of the
  letters the cheap gate looked for (セブン, シックス, ゼロ, オー alone): the message never reached the
  phone reader.
- A casual zero (おー, おう, れー) in kana groups handed over by clauses, each group too short for the
  normalizer to read: the message held no digit, so the split-identifier detector never looked.
"""
import pytest

from leakguard import find


def phone_values(text):
    return sorted({f.value for f in find(text, categories=("phone_number",))})


@pytest.mark.parametrize("text, value", [
    # the two the suites drew
    ("ゼロセブンセブンシックス-\nゼロゼロ-シックスゼロゼロシックス", "+81776006006"),
    ("ばんごう→オーセブンセブンシックス、\nゼロゼロ、 セブンシックススリーワン", "+81776007631"),
    # other digits, separators and line breaks, mixed with other zero words
    ("オーセブンオー、シックスシックスセブンセブン、オーシックスオーセブン", "+817066770607"),
    ("ゼロシックス・セブンセブンシックスシックス・ゼロゼロセブンセブン", "+81677660077"),
    ("レーセブンレー\u3000シックスセブンシックスセブン\u3000セブンセブンゼロゼロ", "+817067677700"),
    ("オーセブンオー\nシックスセブンゼロゼロ\nセブンシックスシックスゼロ", "+817067007660"),
    ("電話はゼロセブンゼロ、セブンゼロシックスシックス、シックスゼロセブンゼロまで", "+817070666070"),
    ("ばんごうは オーセブンオー / シックスゼロゼロセブン / セブンセブンシックスオー です", "+817060077760"),
    # (these always passed: ナイン, ファイブ and エイト hold a letter the gate looked for)
    ("オーエイトオー・ナインナインスリーワン・シックスファイブエイトエイト", "+818099316588"),
    ("ぜろはちぜろ、シックスセブンエイトナイン、ファイブファイブファイブセブン", "+818067895557"),
])
def test_katakana_english_without_a_reading_the_normalizer_reads(text, value):
    assert phone_values(text) == [value]


@pytest.mark.parametrize("text, value", [
    ("ぜろいちにおーはぜろぜろぜろで、その後ぜろぜろいち", "+81120000001"),  # the one the suites drew
    ("おーいちにおーは、さんさんさんで、その後よんよんよん", "+81120333444"),
    ("おういちにぜろ、の次がはちはちはちで、最後はきゅうきゅうきゅう", "+81120888999"),
    ("れーいちにれーは、さんよんごーで、それからろくななはち", "+81120345678"),
    ("おーごーななおーは、ぜろぜろいちで、その後にーさんよん", "+81570001234"),
    ("オウハチオウはサンサンヨンヨンで、それからイチニイチニ", "+818033441212"),
    ("フリーダイヤルは ぜろいちにおー、ろくろくろく、ごーごーごー", "+81120666555"),
])
def test_casual_zero_in_groups_handed_over_by_clauses(text, value):
    assert phone_values(text) == [value]


@pytest.mark.parametrize("text", [
    "セブンイレブンで待ち合わせ、シックスパックを目指してジム通い中です",
    "オーケー、セブンイレブンの前で。ナインティナインのラジオ聴いてた",
    "ファイブガイズのバーガー食べて、シックスセンス観ました。エイトフォーも買った",
    "セブンイレブンとシックスパック、オーケーです",
    "ゼロからセブンまで数えて、シックスセンスを観た。オーセブンの店舗で",
    "セブンセブンの新曲、シックスシックスってタイトルらしい",
    "おーいお茶、いちにさんで乾杯しよう",
    "会おうね、さんさんごーごー集まって",
    "におうね、ごーごーごー！その後よんよん",
])
def test_the_same_readings_in_ordinary_words_are_no_number(text):
    assert phone_values(text) == []


def test_the_same_groups_in_other_words_are_read():
    assert phone_values("ゼロセブンセブンロク-\nゼロゼロ-ロクゼロゼロロク") == ["+81776006006"]
