"""Handles on other apps given for contact (issue #14 §1, blind round 7): a clipped app name with its
handle right after (「ディスコ bikeboy.hiro で検索して」「ディスコの名前 …」), an arrow after the X slang, and
an ID named right before a run that ends like a domain (「SkypeのIDは tanaka.trans.jp」). Each is a
handle (kind ``handle``, blocks). Hard negatives: the same words as a dance hall, a version, a site."""
import pytest

from leakguard import scan


def handles(text):
    return {(f.value, f.kind) for f in scan(text).findings if f.category == "external_contact" and f.kind == "handle"}


@pytest.mark.parametrize("text, channel", [
    ("ディスコ bikeboy.hiro で検索して", "discord"),
    ("ディスコの名前 kurage_bunny.art なんでフレ申請してもらえれば", "discord"),
    ("カカオ kuma_22 だよ、追加して", "kakao"),
    ("ぼくのX 👉 @sakana_kun_0 フォロバよろです！", "x"),
    ("SkypeのIDは tanaka.trans.jp です。", "skype"),
    ("Discordのユーザー名は kodomo.co です", "discord"),
    ("Xは あっと yorunokuma_z でやってます、依頼の相談はそっちのDMで", "x"),
])
def test_a_handle_on_another_app_blocks(text, channel):
    assert handles(text) == {(channel, "handle")}
    assert scan(text).action == "block"


@pytest.mark.parametrize("text", [
    "昨日ディスコ 2.5時間踊った",
    "ディスコ ver2.0 の曲が好きです",
    "サイズはL → 2.5cm です",
    "X → y の順で並べてください",
    "サイトのIDは example.com です",
    "メールで送ります。ログインIDは tanaka.co.jp です",
    "Zoomはアットホームな雰囲気で進めます",
    "Xは at home で見てます",
])
def test_no_handle_without_an_app_and_its_id(text):
    assert handles(text) == set()


def contacts(text):
    return {f.value for f in scan(text).findings if f.category == "external_contact"}


@pytest.mark.parametrize("text, channel", [
    ("らいんやってます→ mamasan0708", "line"),
    ("LINEやってます！ID：guitar.kou_1 です", "line"),
    ("インスタやってます→ @mika.cos", "instagram"),
])
def test_an_app_said_in_use_with_its_id_is_offered(text, channel):
    assert channel in contacts(text)


@pytest.mark.parametrize("text", [
    "ラインやってます",  # a fact about the sender, no ID offered
    "仕事でLINE使ってます→ 管理画面",
])
def test_an_app_in_use_without_its_id_is_no_offer(text):
    assert contacts(text) == set()


@pytest.mark.parametrize("text, value", [
    ("いんすたの @ m i r a i . c o s で、撮影の日程決めよっ", "@mirai.cos"),
    ("インスタは m i r a i . c o s で検索して", "mirai.cos"),
])
def test_a_handle_typed_apart_is_read_to_its_last_character(text, value):
    found = [f for f in scan(text).findings if f.kind == "handle"]
    assert [f.value for f in found] == ["instagram"]
    assert text[found[0].start:found[0].end].replace(" ", "").endswith(value.lstrip("@"))


def test_letters_typed_apart_as_a_list_are_no_handle():
    assert handles("インスタで見た s m l の3サイズで作ります") == set()


@pytest.mark.parametrize("text", [
    'Scammers write "DM me on Instagram", "Pay me by bank transfer" and so on.',
    '詐欺の例：「Telegram」「Send the deposit first」',
    'Discord: join our server for updates',
    'Instagram: follow us for new items',
])
def test_a_quoted_request_after_an_app_name_is_not_its_handle(text):
    assert handles(text) == set()


@pytest.mark.parametrize("text, channel", [
    ("Instagram: payo_shop", "instagram"),
    ("Discord→ sendai_kuma#0420", "discord"),
])
def test_a_handle_that_begins_like_a_verb_is_still_a_handle(text, channel):
    assert handles(text) == {(channel, "handle")}
