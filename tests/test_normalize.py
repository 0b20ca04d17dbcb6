"""The normalized view: what it folds, what it leaves alone, and the map back to the original."""
import pytest

from leakguard.normalize import normalize


@pytest.mark.parametrize(
    "original, expected",
    [
        ("ＬＩＮＥ", "line"),
        ("０９０－１２３４", "090-1234"),
        ("taro＠gmail．com", "taro@gmail.com"),
        ("090\u200b1234", "0901234"),
        ("0️⃣9️⃣", "09"),
        ("①②③", "123"),
        ("⑴⑵⑶", "123"),
        ("❶❷❸", "123"),
        ("𝟎𝟗𝟎", "090"),
        ("ﾗｲﾝ", "ライン"),
        ("ｶﾞｷﾞ", "ガギ"),
        ("〇九〇一二三四", "0901234"),
        ("壱弐参四", "1234"),
        ("ぜろきゅうぜろ", "ぜろきゅうぜろ"),  # three readings alone stay words
        ("ぜろきゅうぜろいちにさん", "090123"),
        ("O9O-l234-5678", "090-1234-5678"),
        ("090ー1234ー5678", "090-1234-5678"),
        ("090・1234", "090-1234"),
        ("tаrо", "taro"),  # Cyrillic а and о
        ("taro アットマーク gmail.com", "taro @ gmail.com"),
        ("taro(at)gmail(dot)com", "taro@gmail.com"),
        ("こーかんしよ", "こうかんしよ"),  # a casual long vowel after an o-row hiragana is う
        ("しましょー", "しましょう"),
        ("ごーごー", "ごーごー"),  # 「ごー」 is also a digit reading: left alone
        ("ねー、すごーい", "ねー、すごーい"),  # other rows, and katakana words (コーヒー), keep ー
        ("コーヒー", "コーヒー"),
        ("もーーー", "もーーー"),  # a stretched cry, not a vowel
    ],
)
def test_folds(original, expected):
    assert normalize(original).text == expected


@pytest.mark.parametrize(
    "text",
    [
        "ご確認ください", "メールアドレス", "データー", "ラインナップ", "ご飯に行こう", "いちごを買いに",
        "しちごさん", "一つ二つ", "三人で行きます", "第一に", "hello world", "oil and soil",
        "アットホーム", "ドットコム", "ニコニコ", "いちにさん", "9時～17時",
    ],
)
def test_leaves_ordinary_words_alone(text):
    view = normalize(text)
    assert view.text == text.lower()


@pytest.mark.parametrize(
    "text",
    ["０９０－１２３４－５６７８です", "ぜろきゅうぜろ いちにさんよん ごろくななはち", "a\u200bb\u200bc",
     "ｶﾞｷﾞｸﾞ ﾗｲﾝ", "⑩⑪⑫", "taro アットマーク gmail ドット com", "0️⃣9️⃣0️⃣"],
)
def test_every_normalized_char_maps_into_the_original(text):
    view = normalize(text)
    for i in range(len(view.text)):
        start, end = view.span(i, i + 1)
        assert 0 <= start < end <= len(text)
    assert view.span(0, len(view.text)) == (0, len(text)) or text[-1] in "\u200b"


# -- windows: only the lines around a position ------------------------------------------------------
from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

LETTER = "\n、。あいうLINEｌｉｎｅ０９0-@ \u200b①"


def test_window_keeps_the_lines_around_a_hit_and_maps_to_the_original():
    text = "山田様\nお世話になっております。\n" + "資料を拝見しました。\n" * 12 + "ＬＩＮＥ交換しませんか？\nID: taro_1234\n" + "よろしくお願いします。\n" * 8
    view = normalize(text)
    window = view.around([view.text.index("line")])
    assert window.text == "資料を拝見しました。\nline交換しませんか?\nid: taro_1234\nよろしくお願いします。\nよろしくお願いします。\n"
    at = window.text.index("line")
    start, end = window.span(at, at + 4)
    assert text[start:end] == "ＬＩＮＥ"
    assert window.original is text


@pytest.mark.parametrize("text", [
    "ＬＩＮＥ交換しませんか？" * 30,  # long, but one line: nothing to cut
    "短い\nLINE交換しませんか？",  # short
    "あ\n" * 20 + "LINE交換しませんか？\n" + "い\n" * 2,  # the lines would be most of it
])
def test_window_is_the_whole_view_when_cutting_saves_nothing(text):
    view = normalize(text)
    assert view.around([view.text.index("line")]) is view


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=LETTER, min_size=0, max_size=600), st.data())
def test_every_window_char_maps_where_the_whole_view_maps_it(text, data):
    view = normalize(text)
    if not view.text:
        return
    positions = data.draw(st.lists(st.integers(0, len(view.text) - 1), min_size=1, max_size=3))
    window = view.around(positions, min_chars=0, lines_before=data.draw(st.integers(0, 2)),
                         lines_after=data.draw(st.integers(0, 3)))
    offset = view.text.find(window.text) if window is not view else 0
    while window is not view and [view.span(offset + i, offset + i + 1) for i in range(len(window.text))] != [
            window.span(i, i + 1) for i in range(len(window.text))]:
        offset = view.text.find(window.text, offset + 1)  # the same lines may occur twice
        assert offset >= 0
    assert window.span(len(window.text), len(window.text))[0] <= len(text)


@pytest.mark.parametrize(
    "original, expected",
    [
        ("零捌零伍伍陸壱", "0805561"),  # the rest of the 大字
        ("肆伍陸漆捌玖", "456789"),
        ("ぜろなな ぜろ / に ご ご はち", "07 0 / 2 5 5 8"),  # wider gaps between readings
        ("まるきゅーまる の いちにーはちよん", "090 の 1284"),
        ("れいきゅうれい　にいにいはちはち", "090 2288"),  # にい, a long vowel written out
        ("よんさんにいち", "4321"),  # に + いち, not にい + ち
        ("いちろくごうぜろ", "1650"),
        ("ぜろー1234", "ぜろー1234"),  # ぜろ's dash is no long vowel
        ("はちはちはちはちショート", "8888ショート"),  # シ before ョ is no reading
        ("陸上で一二三", "陸上で一二三"),  # 大字 in words stay words
    ],
)
def test_folds_number_readings(original, expected):
    assert normalize(original).text == expected


def test_kana_readings_are_noted_for_the_phone_detector():
    from leakguard.normalize import KANA_READINGS

    assert normalize("ぜろきゅうぜろ いち").noted(KANA_READINGS)
    assert not normalize("こんにちは").noted(KANA_READINGS)


def test_a_dash_set_off_by_spaces_is_the_sentences():
    from leakguard.normalize import NormalizedText

    # an em dash or horizontal bar between spaces stays a dash of the sentence (no hyphen joins the
    # words around it); glued to digits or set between them it is still a separator
    assert NormalizedText.of("no apostrophe — kevin").text == "no apostrophe — kevin"
    assert NormalizedText.of("curious ― in").text == "curious — in"  # (one dash for both)
    assert NormalizedText.of("090—1234—5678").text == "090-1234-5678"
    assert NormalizedText.of("taro - yamada").text == "taro - yamada"  # typed as a hyphen: left alone
    from leakguard.scanner import find

    assert [f.value for f in find("090 — 1234 — 5678", categories={"phone_number"})] == ["+819012345678"]
    assert [f.value for f in find("no apostrophe — kevin.ohara.dev@protonmail.com", categories={"email_address"})] \
        == ["kevin.ohara.dev@protonmail.com"]


def test_every_scripts_decimal_digits_fold_to_ascii():
    # the listed zeros are every Nd block NFKC leaves alone: a new Unicode version's script shows up here
    import unicodedata

    from leakguard import chartables as ct

    scanned = {cp for cp in range(0x80, 0x20000)
               if unicodedata.category(chr(cp)) == "Nd" and unicodedata.normalize("NFKC", chr(cp)) == chr(cp)}
    assert scanned == set(ct.other_decimal_digits())
    assert normalize("٠٩٠-۴۴۲۱ ०७० ๐๙๐ ၀၉၀ ០៣").text == "090-4421 070 090 090 03"
