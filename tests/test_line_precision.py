"""LINE IDs and LINE / phone channels that are not there (issues #13/#14, precision), by class:

- the app named as a shop or a product, then a thing's id (「LINEのスタンプを買いました。id: stamp_01」);
- the app refused, then an ID that is this platform's (「LINEは使っていないので、ID: shop_123 の出品者です」);
- an ID said to be made up in the next sentence (「…。ダミーなので実在しません」);
- the size L, and the English noun "line" after an article;
- a list of words one to a line after 「LINEで…送るね」;
- a public number or service to call (110, 119, 188, #9110, 消費者ホットライン).

Each class has positives of the same shape that stay found. All names and IDs are fictional.
"""
from __future__ import annotations

import pytest

import leakguard


def line_ids(text: str) -> list[str]:
    return [f.value for f in leakguard.scan(text).findings if f.category == "line_id"]


def channels(text: str) -> list[str | None]:
    return [f.value for f in leakguard.scan(text).findings if f.category == "external_contact" and f.score >= 0.5]


# -- the app as a shop or a product ---------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "LINEのスタンプを買いました。id: stamp_01",
    "ラインのスタンプを購入したよ。ID: neko_st2",
    "LINEのポイントを貯めてます。id: pt_2024",
    "LINEの着せかえを買ったの。id: kisekae_7",
    "LINEの絵文字を作ってみた。ID: emoji_88",
    "LINEで着せかえ買った！id: kisekae_9",
])
def test_a_product_of_the_app_is_no_place_to_talk(text):
    assert line_ids(text) == []


@pytest.mark.parametrize("text, value", [
    ("LINEのIDは stamp_01 です", "stamp_01"),
    ("LINEのスタンプ送るね。IDは neko_st2 だよ", "neko_st2"),
    ("LINEスタンプを作ってます。LINEのIDは emoji_88 です", "emoji_88"),
    ("ラインのポイントを貯めてます。ラインID: pt_2024", "pt_2024"),
    ("LINEでスタンプ送ってね！id: kisekae_9", "kisekae_9"),
])
def test_the_app_named_as_a_place_still_hands_over_its_id(text, value):
    assert value in line_ids(text)


# -- the app refused ------------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "LINEは使っていないので、ID: shop_123 の出品者です",
    "ラインはやってないので、ID: kagu_77 で出品している者です",
    "LINEは使ってません。ID: mika_02 の出品者としてこちらでやり取りさせてください",
    "LINEはNGなので、ID: shop_555 の出品ページから購入してください",
])
def test_an_id_after_the_app_is_refused_is_not_a_line_id(text):
    assert line_ids(text) == []


@pytest.mark.parametrize("text, value", [
    ("LINE交換できますか？無理なら大丈夫です。ID: taro_12", "taro_12"),
    ("前のLINEは使ってないので、新しいIDは sora_2025 です", "sora_2025"),
    ("LINEでもかまいません。IDは yuki_08 です", "yuki_08"),
    ("LINEはやってないと申し上げましたが、仕事用のアカウントを作りました。ID：office_kirin", "office_kirin"),
])
def test_a_condition_or_a_new_account_is_no_refusal(text, value):
    assert value in line_ids(text)


# -- made up --------------------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "ID: taro_99 です。ダミーなので実在しません",
    "LINE ID: taro_99 です。ダミーなので実在しません",
    "LINEのIDは hana_01 です。架空のIDです",
    "ラインID: test_user1。これはテスト用のデータです",
    "LINE: kumo_123 です。実在しないアカウントです",
])
def test_an_id_said_to_be_made_up_is_none(text):
    assert line_ids(text) == []


@pytest.mark.parametrize("text, value", [
    ("LINE ID: taro_88 です。ダミーの画像は別で送ります", "taro_88"),
    ("LINEのIDは hana_01 です。サンプルの写真も送りますね", "hana_01"),
])
def test_a_dummy_thing_in_the_next_sentence_leaves_the_id(text, value):
    assert value in line_ids(text)


# -- the size L -----------------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "サイズLで話がまとまりました。ID は ab_123",
    "サイズ Lで連絡しますね。出品ID は ab_123",
    "MかLで話し合って決めました。ID は shirt_04",
    "S/M/Lのうち、Lで話がつきました。ID は kt_22",
])
def test_the_size_l_is_no_app(text):
    assert line_ids(text) == []


@pytest.mark.parametrize("text, value", [
    ("サイズLです。LINEは ab_123", "ab_123"),
    ("Lで話そ！IDは kei_0612", "kei_0612"),
    ("サイズはMです。続きはLで。IDは mari_77", "mari_77"),
])
def test_the_app_named_by_l_or_in_full_after_a_size(text, value):
    assert value in line_ids(text)


# -- the English noun -----------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Drop us a line @ kenji_88",
    "Just drop me a line at kenji_88 anytime",
    "Feel free to drop us a line: support_24",
    "Shoot me a line @ mika_7 if anything comes up",
])
def test_the_english_idiom_is_no_app(text):
    assert line_ids(text) == []


@pytest.mark.parametrize("text, value", [
    ("drop me a LINE: kenji_88", "kenji_88"),
    ("Add me on LINE: mika_77", "mika_77"),
    ("My LINE ID is jack_88", "jack_88"),
])
def test_the_app_in_english_stays(text, value):
    assert value in line_ids(text)


# -- a list of words one to a line ----------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "LINEで買い物リスト送るね👇\nmilk\negg\nbread2",
    "LINEで持ち物送るね👇\ntowel\nsoap\ncup2",
    "ラインで送るね、材料はこれ👇\nflour\nbutter\nsugar",
])
def test_a_list_of_words_is_no_id(text):
    assert line_ids(text) == []


@pytest.mark.parametrize("text, values", [
    ("LINEで送るね👇\ntaro_0921", ["taro_0921"]),
    ("LINEで送るね👇\ntaro_0921\nkenji_88", ["taro_0921", "kenji_88"]),
])
def test_an_id_alone_or_a_list_of_ids_stays(text, values):
    assert set(values) <= set(line_ids(text))


# -- public numbers -------------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "消費者ホットライン188に電話してください",
    "188に電話して相談してください",
    "トラブルのときは警察（110）に電話してください",
    "急な体調不良なら#7119に電話して相談を",
    "困ったら消費生活センターに電話してみてください",
    "火事なら119番に電話して！",
    "身の危険を感じたら110番に電話してください",
    "消費者ホットラインに電話して相談しましょう",
    "#9110に電話してください",
    "子どもの急病なら＃8000に電話してね",
])
def test_a_public_line_is_no_outside_channel(text):
    assert "phone" not in channels(text)


@pytest.mark.parametrize("text", [
    "090-1234-5678に電話してください",
    "こちらの番号に電話してください",
    "お急ぎでしたら直接お電話ください",
    "警察に言う前に、まず私に電話してください",
    "17119に電話してください",
])
def test_a_call_to_the_sender_stays_an_invitation(text):
    assert "phone" in channels(text)
