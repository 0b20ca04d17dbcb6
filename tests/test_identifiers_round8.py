"""Round-8 classes of phone, e-mail and LINE ID values: numbers dialled at home abroad with the
country named, a country code written without "+", English number words and masks read as LINE
IDs, and example addresses on a form. Positives in other wordings than the dev rows, with hard
negatives for each rule."""
import pytest
from hypothesis import HealthCheck, given, settings

from disguises import foreign_numbers_named
from leakguard.scanner import find


def values(text, category):
    return sorted({f.value for f in find(text, categories=(category,))})


@settings(derandomize=True, max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(foreign_numbers_named())
def test_a_foreign_number_with_its_country_named_gives_its_e164(case):
    text, value = case
    assert values(text, "phone_number") == [value], text


@pytest.mark.parametrize("text, value", [
    ("안녕하세요, 카톡 말고 전화 주세요 010-3391-2745", "+821033912745"),  # hangul: Korea unnamed
    ("韓国にいる間は 010 7712 3345 にかけてね", "+821077123345"),
    ("我的中国手机号：139 1234 5678，加我微信也行", "+8613912345678"),
    ("My Philippine number is 0917 555 2368, text me anytime", "+639175552368"),
    ("Meu número no Brasil: (11) 98765-4321", "+5511987654321"),
    ("ネパールの番号 984-1234567 です", "+9779841234567"),
    ("Số Việt Nam: 091.234.5678 nhé (Vietnam)", "+84912345678"),
    ("WhatsApp number: 81 80 9023 7756 (Japan)", "+818090237756"),
    ("国番号つきで 81 90 3321 5567 です", "+819033215567"),
    ("Viber: 63 917 555 2368", "+639175552368"),
])
def test_numbers_dialled_abroad_or_with_a_bare_country_code(text, value):
    assert values(text, "phone_number") == [value]


@pytest.mark.parametrize("text", [
    "中国から発送しました。追跡番号 1234 5678 9012 で追えます",  # a tracking number
    "韓国旅行の予約番号 1023 4567 89 です",  # a booking reference
    "韓国製のタイヤ 155/65R14、2021年式 走行距離 45000km 車台番号 DA63T-123456",
    "price in China: 1280 yuan, JAN 4901234567894",
    "Japan trip, flight NH 0211, booking ref 8190 3321 5567",
    "中国地方の営業所、郵便番号 730-0011",
    "韓国の番号の例: 010-XXXX-XXXX",
    "Korea 2024/05/01〜2024/05/09 の旅程です",
])
def test_no_foreign_number_in_codes_dates_and_placeholders(text):
    assert values(text, "phone_number") == []


def test_chugoku_region_is_no_country():
    # 中国地方: the Japanese number is read as Japanese, nothing as Chinese
    assert values("中国地方の実家は 0824-52-1234 です", "phone_number") == ["+81824521234"]


@pytest.mark.parametrize("text", [
    "I no have LINE yet, sorry. Phone please. zero eight zero - four four one two - six six zero three",
    "No LINE, just call: nine-zero, five-one-seven-seven",
    "LINEはやってないので電話で。seven-seven-two-one",
    "LINE: one-two-three-four please call",
    "LINE ID → xxxxx_xxxx (記入例)",
    "LINEのIDは taro_xxx みたいに書いてね",
    "LINE ID: L-I-N-E",
    "ラインのIDを入れる欄に your_name と入れてください",
])
def test_number_words_masks_and_spelled_names_are_no_line_id(text):
    assert values(text, "line_id") == []


@pytest.mark.parametrize("text, value", [
    ("LINE ID: one_piece88", "one_piece88"),
    ("LINE ID: seven7_taro", "seven7_taro"),
    ("ラインのIDは liu-yi です", "liu-yi"),
    ("LINE ID: nana_0707", "nana_0707"),
    ("My LINE id = a l e x _ k y o t o. Search that ok", "alex_kyoto"),
    ("LINE ID は m i k a _ 0 3.", "mika_03"),
])
def test_ids_with_number_words_in_them_and_spaced_ids_before_a_full_stop(text, value):
    assert values(text, "line_id") == [value]


@pytest.mark.parametrize("text", [
    "Sample format only: Email → yourname@example.com. Please don't write real ones in the form.",
    "書式: name@example.com のように入力",
    "Template: contact@example.com",
])
def test_example_addresses_on_a_form_are_no_address(text):
    assert values(text, "email_address") == []


@pytest.mark.parametrize("text", [
    "フォーマットは user@example.co.jp みたいな感じで",
    "見本の欄には sample@example.org と書いてあります",
])
def test_a_form_word_in_the_address_sentence_makes_it_an_example(text):
    assert values(text, "email_address") == []


@pytest.mark.parametrize("text, value", [
    ("連絡は taro.k@example.com まで", "taro.k@example.com"),
    # a form word in the sentence before is another topic: the address is given
    ("見本は明日お見せします！連絡先は ken.s@example.jp です", "ken.s@example.jp"),
    ("The template is attached. My email is mei.l@example.com, write anytime", "mei.l@example.com"),
    ("書式の件は了解です。\nアドレスは sato.y@example.net です", "sato.y@example.net"),
])
def test_an_example_domain_given_as_ones_own_is_still_an_address(text, value):
    assert values(text, "email_address") == [value]


@pytest.mark.parametrize("text", [
    "LINE ID: hana_xxxx",  # four x's or more mask wherever they stand
    "LINE ID: xxxx_shop",
    "ID は yuki-xxx の形で書きます",  # three x's closing the ID: the tail a form hides
    "LINE ID: xxx",
])
def test_x_masks_are_no_line_id(text):
    assert values(text, "line_id") == []


@pytest.mark.parametrize("text, value", [
    # three x's opening an ID before a word are a name (「xxx_shop」), not a mask
    ("LINE ID: xxx_shop です、追加してね", "xxx_shop"),
    ("LINE ID: xxx.hana です", "xxx.hana"),
    ("ラインID xxx_kitchen で検索してください", "xxx_kitchen"),
    ("LINE: xxx-mika 追加よろしく", "xxx-mika"),
])
def test_three_xs_opening_a_name_are_an_id(text, value):
    assert values(text, "line_id") == [value]


@pytest.mark.parametrize("text, value", [
    ("谷歌邮箱 liuyang.tokyo2026 ，发我一下行程表吧", "liuyang.tokyo2026@gmail.com"),
    ("我的qq邮箱是 zhang_wei88，发给我", "zhang_wei88@qq.com"),
    ("지메일 아이디는 minsu.kim88 입니다", "minsu.kim88@gmail.com"),
    ("メールはニフティです、アカウントは yama.taro55", "yama.taro55@nifty.com"),
    ("ビッグローブのメアド hanako_k7 です", "hanako_k7@biglobe.ne.jp"),
    ("ぷららのメール sato-farm2 に送ってください", "sato-farm2@plala.or.jp"),
    ("ocnのメールアドレスは kome.nouka3 です", "kome.nouka3@ocn.ne.jp"),
    ("Send to my hotmail please, it is ana_pereira_77", "ana_pereira_77@hotmail.com"),
    ("my gmail — the part before @ is 'joao.silva_br'", "joao.silva_br@gmail.com"),
    ("outlook, the name before the @ sign: \"kim-minji21\"", "kim-minji21@outlook.com"),
    ("my yahoo mail: maria_santos22, send the photos", "maria_santos22@yahoo.co.jp"),
    ("My email is at gmail, the name is mina dot lee dot 92", "mina.lee.92@gmail.com"),
])
def test_providers_named_in_other_languages_and_local_isps(text, value):
    assert values(text, "email_address") == [value]


@pytest.mark.parametrize("text", [
    "ニフティの会員です、料金は 1980 円",
    "ビッグローブ光の工事は3月です",
    "OCNの回線 v6_plus にしました",
    "I use gmail for work, my order number is ab-1234",
    "gmail storage is full, v2_backup failed",
    "outlook calendar invite for team_sync01",
    "gmailで送りました。np. Send the file when ready",
])
def test_provider_topics_are_no_address(text):
    assert values(text, "email_address") == []


@pytest.mark.parametrize("text, value", [
    ("my phone 080 plus 7719 plus 0342, call me ok?", "+818077190342"),
    ("call me: zero nine zero then four four one two then six six zero three", "+819044126603"),
    ("090 dot 3321 dot 5567 is my cell", "+819033215567"),
    ("携帯は 070 plus 2231 plus 8890 です", "+817022318890"),
])
def test_english_words_that_join_the_groups(text, value):
    assert values(text, "phone_number") == [value]


@pytest.mark.parametrize("text", [
    "total 3000 plus 5000 plus 2000 yen",
    "the price is 1200 plus 800 shipping, then 300 tax",
    "version 1 dot 2 dot 3 then 4",
    "order 0120 plus 1234 plus 5678 shipped",
    "tyre 155/65R14 then 165/55R15 plus JAN 4901234567894",
])
def test_sums_versions_and_codes_joined_by_those_words_are_no_number(text):
    assert values(text, "phone_number") == []


@pytest.mark.parametrize("text, value", [
    ("L I N E　やってます　i d は s a k u r a e b i 7 7", "sakuraebi77"),
    ("Pls add me on LINE: k.a.t.e.s.m.i.t.h.8.8", "katesmith88"),
    ("ラインの i.d は t-a-k-e-s-h-i-_-r-y-o-m-a", "takeshi_ryoma"),
    ("LINE id → m-i-n-h-a-n-g-u-y-e-n-9-5 で検索して", "minhanguyen95"),
    ("LINE ID: m.a.i.k.o.0.7.2.5", "m.a.i.k.o.0.7.2.5"),  # (short enough to be an ID with its dots)
])
def test_an_id_typed_a_character_at_a_time_and_the_word_id_typed_apart(text, value):
    assert values(text, "line_id") == [value]


@pytest.mark.parametrize("text", [
    "LINE: v.1.2.3.4.5.6.7.8.9.0.1 is the app version",
    "LINE: 0.1.2.3.4.5.6.7.8.9.1",
    "LINEの i d 変更はできません",
])
def test_codes_spelled_a_character_at_a_time_are_no_id(text):
    assert values(text, "line_id") == []


@pytest.mark.parametrize("text, value", [
    ("LINE: ＠ｊｐ－ｇｕｉｄｅ－ｍｉｋｉ ←これで検索して友だち追加してください", "jp-guide-miki"),
    ("my LINE is @hana_travel88, add me", "hana_travel88"),
    ("ラインのIDは @kenji.farm です", "kenji.farm"),
    # an official account keeps its @: its basic ID's shape, or the account called official or a shop's
    ("LINE公式「ゆらり」→ @ｙｕｒａｒｉ ※@も入れて検索してください", "@yurari"),
    ("LINE ID @881kqty で検索", "@881kqty"),
    ("うちの店のLINEは @hanaya_midori です", "@hanaya_midori"),
])
def test_an_at_before_a_persons_id_is_habit_not_an_official_account(text, value):
    assert values(text, "line_id") == [value]
