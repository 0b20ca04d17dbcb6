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
