"""LINE IDs with the words around them doing the work (issue #13, blind round 7): the app said in a
descriptor after the ID (「（緑のほう）」「← 緑のアプリ」), the ID given to be added by with only an
「ID」 cue, the ID written backwards with the words that say so, the dots to be dropped said after
the app, and an official ID with its @ told apart. Each with hard negatives."""
import pytest

from leakguard import scan
from leakguard.scanner import find


def line_ids(text):
    return {f.value for f in find(text, categories={"line_id"})}


def contacts(text):
    return {f.value for f in scan(text).findings if f.category == "external_contact"}


@pytest.mark.parametrize("text, value", [
    ("ID→ tsukasa.piano\n（緑のほう）", "tsukasa.piano"),
    ("ID: taro_88 ← 緑のアプリ", "taro_88"),
    ("IDは mika_0312 です（みどりのやつ）", "mika_0312"),
])
def test_the_app_said_after_its_id(text, value):
    assert line_ids(text) == {value}


@pytest.mark.parametrize("text, value", [
    ("ID：kyoko_yoga21\n上のIDで追加してもらえればレッスン動画送ります", "kyoko_yoga21"),
    ("IDは mika_0312 です。友だち追加お願いします", "mika_0312"),
    ("id: hana.mm22 ← このIDで検索してね", "hana.mm22"),
])
def test_an_id_given_to_be_added_by(text, value):
    assert line_ids(text) == {value}
    assert "line" in contacts(text)


@pytest.mark.parametrize("text, value", [
    ("ライン、逆さまに書いとくね 20_onot.ak ← 逆から読んで追加して", "ka.tono_02"),
    ("らいん 77_akim 後ろから読んでください", "mika_77"),
    ("ラインID→ 88_orat（逆から読んでね）", "taro_88"),
])
def test_an_id_written_backwards_with_words_that_say_so(text, value):
    assert line_ids(text) == {value}


def test_the_dots_dropped_on_words_after_the_app():
    assert line_ids("m.a.i.k.o.0.7.2.5 これがらいんのIDです、点は抜いてください") == {"maiko0725"}


def test_an_official_id_with_its_at_told_apart():
    text = "予約は公式アカウントの方が確実です。「@」のあとに 903ugnsd で検索してください。"
    assert line_ids(text) == {"@903ugnsd"}


@pytest.mark.parametrize("text", [
    "サイズM（緑のほう）でお願いします。ID: ord_2231 の商品です",  # an item's colour
    "注文ID: ab_1234 を追加してください",  # a thing's number
    "ID: player_77 です。友達申請お願いします（ゲーム内の）",  # a game's friend request
    "ゲームのIDは abc_123 です、フレンド申請しといて",
    "ログインID: user_01 で検索できません",
    "ラインID: taro_88 です。逆に、そちらのIDも教えて",  # 「逆に」 reverses nothing: stays taro_88
    "「@」のあとに 903ugnsd です",  # no search: a fragment
    "ラーメンからいんです、量は2.5倍で",  # 辛いん, not the app
])
def test_no_new_id_without_the_words(text):
    got = line_ids(text)
    assert got <= {"taro_88"}
    if "taro_88" in text:
        assert got == {"taro_88"}


@pytest.mark.parametrize("text, value", [
    ("続きはこっちでね♡ → mocha.uranai", "mocha.uranai"),
    ("話はこっちで👉 yuki_0303", "yuki_0303"),
    ("追加してね👉 hana.mm22", "hana.mm22"),
])
def test_an_id_pointed_at_after_moving_the_talk(text, value):
    assert line_ids(text) == {value}


@pytest.mark.parametrize("text", [
    "続きはこちらでお願いします → tanaka-shop.jp",  # a site
    "続きはこっちでね → sample_01.png",  # a file
    "お支払いはこちらで → step_2",
])
def test_no_id_pointed_at_without_moving_the_talk(text):
    assert line_ids(text) == set()
