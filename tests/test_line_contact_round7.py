"""LINE IDs in the classes blind round 7 missed (issue #13): the app's name or the ID drawn in
emoji letters (negative squared or circled, regional indicators spaced apart) and the name masked
with a 〇 (「ら〇ん」「ラ〇ン」); each with hard negatives (flags, a 〇 in other words)."""
import pytest

from leakguard import scan
from leakguard.normalize import normalize
from leakguard.scanner import find


def line_ids(text):
    return {f.value for f in find(text, categories={"line_id"})}


def contacts(text):
    return {f.value for f in scan(text).findings if f.category == "external_contact"}


# -- letters drawn as emoji are letters ------------------------------------------------------------
@pytest.mark.parametrize("drawn, plain", [
    ("🅻🅸🅽🅴", "line"),
    ("🅛🅘🅝🅔", "line"),
    ("🇰 🇺 🇲 🇦", "k u m a"),
    ("🆉🅾", "zo"),
])
def test_emoji_letters_fold_to_latin(drawn, plain):
    assert normalize(drawn).text == plain


@pytest.mark.parametrize("text, value", [
    ("🅻🅸🅽🅴 → 🅼🅴🅻🅾🅽_🅳🅾🅶 で追加してね", "melon_dog"),
    ("🅛🅘🅝🅔 ▶ hana_99 で追加どうぞ", "hana_99"),
    ("らいんID 👉 🇰 🇺 🇲 🇦 _ 🇳 🇪 🇳 🇪 （国旗になっちゃうからスペース入れてる）追加よろ", "kuma_nene"),
    ("ラインのIDは→ 🅼🅾🅼🅾_🆃🅾🆈 です、追加してね", "momo_toy"),
])
def test_an_id_in_emoji_letters_is_read(text, value):
    assert line_ids(text) == {value}
    assert "line" in contacts(text)


@pytest.mark.parametrize("text, value", [
    ("🅻🅸🅽🅴 → 🅼🅴🅻🅾🅽_🅿🅰🅽 で追加してね", "melon_pan"),
    ("ラインのIDは→ 🅼🅾🅼🅾_🅲🅰🆃 です、追加してね", "momo_cat"),
    ("らいん 🅐🅛🅘🅒🅔_22 追加して", "alice_22"),
    ("LINE ID: 🅰🆈🅰.🅺🅾_7 で検索してね", "aya.ko_7"),
])
def test_an_emoji_a_among_emoji_letters_is_the_letter(text, value):
    # (🅐 🅰 are an enclosed @ between plain characters; among letters of their own style they are A)
    assert line_ids(text) == {value}
    assert "line" in contacts(text)


@pytest.mark.parametrize("text, address", [
    ("連絡先 hana_01🅰yahoo.co.jp です", "hana_01@yahoo.co.jp"),
    ("メールは mika.s🅐gmail.com へ", "mika.s@gmail.com"),
])
def test_an_emoji_a_between_plain_characters_stays_an_at(text, address):
    assert {f.value for f in find(text, categories={"email_address"})} == {address}
    assert line_ids(text) == set()


def test_a_declared_emoji_at_still_makes_an_address():
    text = "返信はここへ soyo_kaze🅰️yahoo⚫️co⚫️jp（🅰️→@、⚫️→.）"
    assert {f.value for f in find(text, categories={"email_address"})} == {"soyo_kaze@yahoo.co.jp"}


@pytest.mark.parametrize("text", [
    "🇯🇵🇺🇸 どちらにも発送できます",
    "日本代表🇯🇵を応援してます！試合は20時から",
    "🅽🅴🆆 新作入荷しました！サイズはMです",
    "🆗 了解です、明日発送します",
    "🅿 駐車場あります、ラインは引いてあります",
])
def test_flags_and_emoji_words_are_no_id(text):
    assert line_ids(text) == set()


# -- the name masked with a 〇 ------------------------------------------------------------------------
@pytest.mark.parametrize("text, value", [
    ("ら〇んの方が早く返せるので〜👉 mochiko_illust22 追加してね", "mochiko_illust22"),
    ("ラ〇ンやってる？IDは→ yuzu_cat88", "yuzu_cat88"),
    ("ら〇ん交換しよ！ riku.0312 です", "riku.0312"),
])
def test_the_name_masked_with_a_circle_is_the_app(text, value):
    assert line_ids(text) == {value}


@pytest.mark.parametrize("text", [
    "サイズは〇んで書いてあります: size_m02",
    "さ〇んさんに渡した box_01 は届きました",
    "〇〇ランドで買った item_2024 です",
    "〇ンラインで注文した item_2024 が届きました",
    "ラ〇ンの件は取引後にお願いします、今は教えられません",
])
def test_a_circle_in_other_words_or_a_refusal_is_no_id(text):
    assert line_ids(text) == set()


# -- the app by slang, compared as the quicker place to talk ----------------------------------------
@pytest.mark.parametrize("text, value", [
    ("Lやってる？ Lのほうが早い→ kiwi.kiwi_3", "kiwi.kiwi_3"),
    ("Lの方が返信早いです👉 nana_0913", "nana_0913"),
    ("線のほうが楽やけん、そっちで。IDは hakata_kaji8 たい", "hakata_kaji8"),
    ("線の方が便利なので、そっちで話そ。IDは→ shiori.77 です", "shiori.77"),
])
def test_slang_compared_as_the_quicker_place_is_the_app(text, value):
    assert line_ids(text) == {value}
    assert "line" in contacts(text)


@pytest.mark.parametrize("text", [
    "Lのほうが楽に着られます。品番 ab_1234",
    "Lのほうが楽です。サイズ表→ size_chart2 参照",
    "lのほうが早いかも、size_2 で",
    "Mよりlのほうが早く売れます。在庫 sku_332",
    "線のほうが楽に描けます→ brush_02 を使ってます",
    "線のほうが便利かも、ver_2 で試して",
    "緑のほうが便利かも、ver_2 で試して",
    "色は2種類あります: item_a2（緑のほう）と item_b3（赤のほう）",
])
def test_a_size_a_stroke_or_a_colour_compared_is_no_app(text):
    assert line_ids(text) == set()


# -- invitations beside a LINE ID: LINE named as the means, the need pointed at, connecting there ----
@pytest.mark.parametrize("text", [
    "線のID置いとく→ tsumugi.0w0 急ぎはこっちで🙏",
    "LINE ID: mika_0707 です、急ぎはこちらへどうぞ",
    "今後のやり取りは公式LINEにて承っております。ID：＠ｍｏｃｈｉ３１５ｋ",
    "ご予約はラインにて承ります→ @salon77k",
    "L で繋がりましょ！ID  pet_sitter.mika",
    "ラインで繋がりましょう！ID→ hina_0401",
])
def test_a_line_id_with_these_invitations_invites(text):
    assert line_ids(text)
    assert "line" in contacts(text)


@pytest.mark.parametrize("text", [
    "LINE ID: kaho_22 です。急ぎはしませんので、ゆっくりで大丈夫です",
    "ご注文はココナラにて承ります。LINE: taro_1234 は個人用です",
    "LINEスタンプ制作承っております。サンプルは stamp_01 をご覧ください",
])
def test_a_stated_line_id_or_another_place_named_is_no_line_invitation(text):
    assert "line" not in contacts(text)


@pytest.mark.parametrize("text", [
    "お問い合わせはアプリ内メッセージにて承っております。店舗 03-5555-1234（受付10時〜）",
    "このアプリで繋がりましょう。電話 090-1234-5678 は緊急時のみ店舗が使います",
])
def test_these_cues_invite_to_no_phone(text):
    assert "phone" not in contacts(text)
