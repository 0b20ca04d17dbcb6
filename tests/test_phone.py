"""Phone numbers: disguises that must be found, numbers that must not be taken for phones."""
import pytest

import leakguard
from leakguard.scanner import find

MOBILE = "+819012345678"


def phones(text):
    return [f for f in find(text, categories=("phone_number",)) if f.category == "phone_number"]


def _spellings_of_mobile():
    plain = [
        "090-1234-5678", "09012345678", "090 1234 5678", "090.1234.5678", "090/1234/5678",
        "(090)1234-5678", "（090）1234-5678", "090-1234-5678", "090ｰ1234ｰ5678",
        "０９０－１２３４－５６７８", "０９０ー１２３４ー５６７８", "0９0-12３4-5678", "０９０１２３４５６７８",
        "090‐1234‐5678", "090−1234−5678", "090–1234–5678", "090—1234—5678", "090―1234―5678",
        "090～1234～5678", "090〜1234〜5678", "090・1234・5678", "090_1234_5678", "090*1234*5678",
        "090の1234の5678", "090、1234、5678", "090 - 1234 - 5678", "090　1234　5678",
        "0 9 0 1 2 3 4 5 6 7 8", "0 9 0 - 1 2 3 4 - 5 6 7 8", "090\n1234\n5678", "090\r\n1234\r\n5678",
        "090\u200b1234\u200b5678", "0\u200b9\u200b0\u200b1\u200b2\u200b3\u200b4\u200b5\u200b6\u200b7\u200b8",
        "090\u20601234\u20605678", "090\ufeff1234\ufeff5678", "0\u00ad9\u00ad01234\u00ad5678",
        "〇九〇ー一二三四ー五六七八", "〇九〇一二三四五六七八", "〇九〇-一二三四-五六七八", "零九零一二三四五六七八",
        "090-一二三四-五六七八", "ぜろきゅうぜろ いちにさんよん ごろくななはち",
        "ゼロキュウゼロ、イチニサンヨン、ゴロクナナハチ", "ぜろきゅーぜろ-いちにさんよん-ごろくななはち",
        "まるきゅうまる いちにさんよん ごろくななはち", "090 いちにさんよん ごろくななはち",
        "⓪⑨⓪-①②③④-⑤⑥⑦⑧", "⓪⑨⓪①②③④⑤⑥⑦⑧", "0️⃣9️⃣0️⃣1️⃣2️⃣3️⃣4️⃣5️⃣6️⃣7️⃣8️⃣",
        "O9O-l234-5678", "O90-1234-5678", "090-1234-567８", "09O-I234-5678", "090-|234-5678",
        "𝟎𝟗𝟎-𝟏𝟐𝟑𝟒-𝟓𝟔𝟕𝟖", "090📞1234📞5678", "090☆1234☆5678", "090♪1234♪5678",
        "+81 90-1234-5678", "+819012345678", "+81-90-1234-5678", "＋８１ ９０ １２３４ ５６７８",
        "+81 (0)90 1234 5678".replace("(0)", ""), "tel:09012345678", "TEL090-1234-5678",
        "Tel.090-1234-5678", "TEL：090-1234-5678", "電話090-1234-5678",
    ]
    return plain


@pytest.mark.parametrize("spelling", _spellings_of_mobile())
def test_mobile_number_in_every_disguise(spelling):
    text = f"急ぎの場合は{spelling}までご連絡ください"
    found = phones(text)
    assert [f.value for f in found] == [MOBILE], found
    f = found[0]
    assert text[f.start:f.end] == f.text
    assert f.text.strip() == f.text


@pytest.mark.parametrize(
    "text, expected",
    [
        ("代表番号は03-1234-5678です", "+81312345678"),
        ("03(1234)5678までお電話を", "+81312345678"),
        ("０３（１２３４）５６７８", "+81312345678"),
        ("大阪の事務所 06-6123-4567", "+81661234567"),
        ("011-382-4141（札幌）", "+81113824141"),
        ("0123-33-3131へどうぞ", "+81123333131"),
        ("01267-2-3182", "+81126723182"),
        ("フリーダイヤル0120-123-456", "+81120123456"),
        ("0120-983-893 まで", "+81120983893"),
        ("0800-123-4567に電話", "+818001234567"),
        ("ナビダイヤル 0570-012-345", "+81570012345"),
        ("IP電話 050-1234-5678", "+815012345678"),
        ("新しい番号 060-1234-5678 です", "+816012345678"),
        ("070-1234-5678", "+817012345678"),
        ("080-9876-5432", "+818098765432"),
        ("携帯 080 9876 5432", "+818098765432"),
        ("0776-41-2330", "+81776412330"),
        ("0776 -78-4126", "+81776784126"),
        ("+1 415-555-2671 (US office)", "+14155552671"),
        ("+44 20 7946 0018", "+442079460018"),
        ("+82 10-1234-5678", "+821012345678"),
        ("電話番号は〇三の一二三四の五六七八", "+81312345678"),
        ("ぜろさん いちにさんよん ごろくななはち に電話", "+81312345678"),
        ("tel:+81-3-1234-5678", "+81312345678"),
        ("080-1234-5678", "+818012345678"),
        ("是非お電話下さい080-1234-5678", "+818012345678"),
        # North American numbers as written at home, without +1, where the message talks of a phone
        ("Call my cell anytime: (503) 842-7716", "+15038427716"),
        ("my office number is 604.731.2298 (Vancouver)", "+16047312298"),
        ("アメリカの携帯です 917-482-6630", "+19174826630"),
    ],
)
def test_number_types_and_regions(text, expected):
    assert [f.value for f in phones(text)] == [expected]


def test_two_numbers_side_by_side_are_two_findings():
    text = "TEL 011-511-0447 FAX 011-533-6104"
    assert [f.value for f in phones(text)] == ["+81115110447", "+81115336104"]
    text = "03-1234-5678 / 090-1234-5678"
    assert [f.value for f in phones(text)] == ["+81312345678", MOBILE]


@pytest.mark.parametrize(
    "text",
    [
        "お見積りは30,000円です", "¥120,000でお願いします", "報酬は1,234,567円", "￥0901234567",
        "予算は5万円〜10万円", "合計 12345678901円", "0120000000円", "単価1200円×300件",
        "2024/12/31までに納品", "2024-12-31 10:00に打ち合わせ", "2024年12月31日", "12/31 18:00",
        "9:00～17:00(入館は16:30まで)", "令和6年12月31日", "20231231", "2023-06-13T09:00:00",
        "〒150-0001 東京都渋谷区", "郵便番号150-0001", "〒910-2153", "〒０６０－０００１",
        "注文番号 0312345678", "注文番号: 09012345678", "受付番号0312345678", "予約番号 0612345678",
        "伝票番号 0120-123-456", "追跡番号 0901-2345-6789", "お問い合わせ番号 0312345678",
        "請求書番号 0312345678", "インボイス登録番号 T1234567890123", "登録番号 T1234567890123",
        "ISBN 978-4-06-512345-6", "ISBN4-06-512345-9", "JAN 4901234567894", "JANコード 0490123456789",
        "会員番号 0312345678 の方", "管理番号 0312345678", "品番 0312345678", "型番 0312-345-678",
        "order #0312345678", "Invoice 0312345678", "ご注文No.0312345678", "注文番号：03-1234-5678", "version 0.1.2345678", "v1.2.3", "ver.03.1234.5678",
        "090-0000-0000", "090-XXXX-XXXX", "090-xxxx-xxxx", "03-0000-0000", "0120-000-000",
        "000-0000-0000", "00-1234-5678", "https://example.jp/item/09012345678", "www.example.jp/0312345678",
        "https://x.com/status/0312345678901", "座標 136.293101, 36.0612", "0.1234567891", "3.14159265358",
        "年収400万〜600万", "2016-2018", "（2016-2018）", "1234567890", "12345678901",
        "口座番号 0312345", "残り09012345678件", "090123456", "0901234567",  # 10-digit 090 is not valid
        "abc09012345678", "ID:taro09012345678abc", "taro09012345678@example.jp",
        "第1四半期 売上高 1,234百万円（前年同期比 5.6%増）", "2,345,678千円", "3日 9時〜18時",
        "営業時間 10:00-19:00 定休日 水曜", "連絡は20時以降で", "11:30～14:00／17:00～21:00",
        "5個で1,500円、10個で2,800円", "ポイント0.5倍", "サイズ 120×60×45cm", "重さ 1.2kg",
        # North American shapes with no phone in the message, or as other numbers
        "Order 503-842-7716 has shipped", "serial (503) 842-7716 on the box", "call me: 503-842-77160",
        "tracking number 503-842-7716-22",
    ],
)
def test_not_a_phone_number(text):
    assert phones(text) == []


def test_order_number_label_only_blocks_its_own_number():
    text = "注文番号 0312345678 の件、折り返しは090-1234-5678へ"
    assert [f.value for f in phones(text)] == [MOBILE]


def test_default_action_is_block_for_phone():
    report = leakguard.scan("090-1234-5678")
    assert report.action == "block"
    assert report.findings[0].reason


def test_context_word_raises_the_score():
    bare = phones("090-1234-5678")[0].score
    labelled = phones("携帯：090-1234-5678")[0].score
    assert labelled > bare


def test_disguise_is_explained():
    f = phones("〇九〇ー一二三四ー五六七八")[0]
    assert "崩して" in f.reason and "disguised" in f.reason_en


def test_region_is_configurable():
    policy = leakguard.Policy(region="US")
    found = [f for f in leakguard.scan("call 415-555-2671 today", policy=policy).findings
             if f.category == "phone_number"]
    assert [f.value for f in found] == ["+14155552671"]


# -- issue #13: numbers however they are written --------------------------------------------------

def _values(text):
    return [f.value for f in phones(text)]


@pytest.mark.parametrize("text", [
    "090と1234と5678", "090 と 1234 と 5678", "090ハイフン1234ハイフン5678", "090はいふん1234はいふん5678",
    "090 (の) 1234 (の) 5678", "090（の）1234（の）5678", "090(スペース)1234(スペース)5678",
    "09０(スペース)12３4(スペース)５６７８", "090 -ー- 1234 -ー- 5678", "090…1234…5678", "090の…1234の…5678",
    "090→1234→5678", "090 / 1234 / 5678", "090、 1234、 5678", "090 の 1234 の 5678",
])
def test_groups_joined_by_words_or_odd_punctuation(text):
    assert _values(f"電話は{text}です") == [MOBILE]


@pytest.mark.parametrize("text", [
    "まるきゅーまる の いちにーさんよん の ごーろくななはち", "れいきゅうれい　いちにいさんよん　ごろくななはち",
    "ｾﾞﾛｷｭｳｾﾞﾛ ｲﾁﾆｲｻﾝﾖﾝ ｺﾞｰﾛｸﾅﾅﾊﾁ", "ゼロキューゼロ、イチニーサンヨン、ゴーロクナナハチ",
    "おーきゅーおー 1234 5678", "まる9まる いち2さん4 の ご6なな8", "ぜろきゅうぜろ 1 2 さん 4 の 5 ろく 7 8",
    "〇九〇 − 一二三四 − 五六七八", "零玖零-壱弐参肆-伍陸漆捌", "零九零 壱弐参四 五六七八",
    "ぜろきゅうぜろ / いち に さん よん / ご ろく なな はち", "0きゅー0-12さん4-5ろく78",
    "ぜろきゅうぜろ\nいちにさんよん\nごろくななはち", "ゼロキューゼロ ‐ 1 2 3 4 ‐ ゴーロクナナハチ",
])
def test_kana_kanji_and_mixed_readings(text):
    assert _values(f"番号→{text} ここにかけて") == [MOBILE]


@pytest.mark.parametrize("text", [
    "zero nine zero, one two three four, five six seven eight", "oh nine oh one two three four five six seven eight",
    "o nine o - one two three four - five six seven eight", "oh-nine-oh, one-two-three-four, five-six-seven-eight",
    "ling jiu ling, yi er san si, wu liu qi ba", "ling jiu ling, yao er san si, wu liu qi ba",
    "lingjiuling yiersansi wuliuqiba", "zero kyu zero ichi ni san yon go roku nana hachi",
    "공구공 일이삼사 오육칠팔", "공구공-일이삼사-오육칠팔", "コン ク コン イル イ サム サ オ ユク チル パル",
    "コン、ク、コン、イル、イ、サム、サ、オー、ユク、チル、パル", "コンクコン イルイサムサ オユクチルパル",
])
def test_number_words_of_other_languages(text):
    assert _values(f"my number: {text} 電話して") == [MOBILE]


@pytest.mark.parametrize("text, expected", [
    ("oh nine oh, double-two three one, four double-six eight", "+819022314668"),
    ("zero eight zero triple-five one two three four five", "+818055512345"),
])
def test_english_double_and_triple(text, expected):
    assert _values(text) == [expected]


@pytest.mark.parametrize("text, expected", [
    ("ワッツアップ wa.me/819071124638", "+819071124638"), ("https://wa.me/819071124638", "+819071124638"),
    ("wa.me/33687214503 （フランス）", "+33687214503"), ("https://api.whatsapp.com/send?phone=819012345678", MOBILE),
    ("tel:+819012345678", MOBILE), ("sms:+819012345678", MOBILE), ("sms:09012345678", MOBILE),
    ("call +1 (415) 555-2671", "+14155552671"), ("+1-212-555-0147まで", "+12125550147"),
    ("+44 20 7946 0018", "+442079460018"), ("+33 6 87 21 45 03", "+33687214503"),
    ("+49 30 12345678", "+493012345678"), ("+82 10-1234-5678", "+821012345678"),
    ("頭に0つけてね 90-1234-5678", MOBILE), ("先頭に0を付けて 9012345678 です", MOBILE),
])
def test_foreign_formats_and_links(text, expected):
    assert _values(text) == [expected]


@pytest.mark.parametrize("text", [
    # examples, dummies and formats asked for as test data
    "テスト用のダミー番号 090-1234-5678 でお願いします", "例: 090-1234-5678 の形式で入力してください",
    "サンプルとして 03-1234-5678 を使ってください", "入力例「090-1234-5678」", "090-1234-5678 みたいなダミーでいいですか",
    "e.g. 090-1234-5678", "placeholder: 080-1234-5678", "090-1234-5678 の形式で書いてください",
    # code and patterns
    "正規表現 ^0\\d{1,4}-\\d{1,4}-\\d{4}$ で 090-1234-5678 にマッチ", "`tel = \"09012345678\"` が動きません",
    "コードは `09012345678` を定数にしてます", "assert normalize(\"090-1234-5678\") == \"09012345678\"",
    # labelled numbers that start like a mobile number
    "品番 090-1234-5678 の在庫ありますか", "管理番号は07012345678です", "契約番号: 080-1234-5678",
    "商品コード 09012345678", "注文番号「080-1234-5678」", "お客様番号 09012345678", "製品番号→090-1234-5678",
    # file names, placeholders, prices, dates, postal codes, quantities
    "09012345678@2x.png を送ります", "photo_0901@2x.png", "scan_08012345678.jpg", "090-xxxx-xxxx", "090-****-****",
    "〇〇〇-〇〇〇〇-〇〇〇〇", "9,800円", "2024/12/25", "〒060-0001", "3個で1,500円",
    # number words that are ordinary words
    "いちにさんしごーろくななはちきゅう、数え歌だよ", "ゼロから始めるにいさんの話", "one two three four five six",
    "パルコのコンサート", "にいさん、ごうけいで三千円です", "おーい、きゅうに雨がふってきた",
    "2024-02-18 14:00に一次納品いたします。",
])
def test_not_an_identifier(text):
    assert phones(text) == []


@pytest.mark.parametrize("text", [
    "まるはちまる いちごーごーよん さんななななにです", "ぜろきゅうぜろ いちにさんよん ごろくななはち に電話",
    "090-1234-5678に電話して", "ぜろきゅうぜろ-いちにさんよん-ごろくななはちにかけて",
])
def test_particle_after_a_number(text):
    found = _values(text)
    assert len(found) == 1 and found[0].startswith("+81")


@pytest.mark.parametrize("text", [
    "090-1234-5678 例の件で電話ください", "例えば夜なら090-1234-5678にかけて", "電話は「090-1234-5678」です",
    "x" * 250 + "`\n電話 090-1234-5678",
])
def test_example_and_code_rules_keep_real_numbers(text):
    assert _values(text) == [MOBILE]


def test_spelled_number_maps_back_to_what_was_typed():
    text = "連絡は zero nine zero, one two three four, five six seven eight まで"
    f = phones(text)[0]
    assert f.value == MOBILE and f.text == "zero nine zero, one two three four, five six seven eight"
    assert "崩して" in f.reason


# Issue #12, item 3: the bounds of the number-word reader never hide a number behind padding.
@pytest.mark.parametrize("padding, number", [
    # 200+ words only Korean has, inside ordinary katakana words (the Korean check's bound)
    ("コンサート、" * 201, "コン ク コン イル イ サム サ オ ユク チル パル"),
    # 200+ plain digit runs before a number read out with digits mixed in (the digit-run bound)
    ("1個、" * 201, "まる9まる 1234 5678"),
    # a run of 90 number words before the number, in the same run
    ("いちにさん " * 30, "ぜろきゅうぜろ いちにさんよん ごろくななはち"),
])
def test_padding_before_a_number_read_out_keeps_it(padding, number):
    assert _values(f"{padding}番号→{number} ここにかけて")[-1:] == [MOBILE]


# -- round-4 classes ---------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text, expected",
    [
        # Vietnamese number words, with and without diacritics, in any case
        ("Số của em: không chín không, bốn hai sáu một, tám ba không năm. Gọi em nhé", "+819042618305"),
        ("so cua em: khong tam khong, nam nam hai mot, chin bay bon sau", "+818055219746"),
        ("KHÔNG CHÍN KHÔNG bốn hai sáu một tám ba không năm", "+819042618305"),
        ("không bảy không - 3 3 1 2 - năm năm sáu bảy", "+817033125567"),
        # groups joined by a word set off by list punctuation
        ("090、と、6115、と、7732 ← 番号です。SMSください", "+819061157732"),
        ("080 と、4471 と、2309 です", "+818044712309"),
        # a one-kana reading before kanji digits, after plain digits
        ("緊急時はこちらに電話ください:080 4471 ニ三〇九", "+818044712309"),
        ("携帯 090 3312 ゴ五六七", "+819033125567"),
        # in code, a comment that says the number is the writer's own
        ('```\nCONTACT_TEL = "080-6627-1193"  # 自分の携帯です、障害時はここに\n```', "+818066271193"),
        ('```\nconst ONCALL = "090-3312-5567"; // my own cell, call if down\n```', "+819033125567"),
        ('```\nTEL = "070-2201-4478"  # 障害時はここに電話ください\n```', "+817022014478"),
    ],
)
def test_round4_phone_classes(text, expected):
    assert expected in [f.value for f in phones(text)]


@pytest.mark.parametrize(
    "text",
    [
        # Vietnamese words with no zero to start a number, or too few
        "Tôi không biết, ba mươi hai năm", "khong co gi, hai ba nam sau tam chin",
        "Nam and Tam met at the bay, hai!",
        # と between counts and amounts
        "2人と、3000円と、5000円です", "090、と、言いかけてやめました",
        # code: test data and dummies stay test data even with a comment
        '```\nTEST_TEL = "080-6627-1193"  # ダミー、自分の携帯ではない\n```',
        '```\nTEL = "080-6627-1193"  # テスト用\n```', '```\nassert parse("090-3312-5567")  # my phone format\n```',
        "PATTERN = r'0[789]0-\\d{4}-\\d{4}'  # 自分の携帯の形式",
        # an example given after 例)
        "入力フォームのプレースホルダーは「例）03-1234-5678」のままで問題ございません", "例) 090-3312-5567 の形式で",
        # labelled product numbers and file names that start like a mobile number
        "品番: 090-3312-5567", "注文番号 08044712309 です", "photo_09033125567@2x.png", "090-3312-5567.png を添付",
    ],
)
def test_round4_phone_hard_negatives(text):
    assert phones(text) == []


@pytest.mark.parametrize("text, expected", [
    ("0044 20 7946 0018", "+442079460018"), ("00 44 20 7946 0018", "+442079460018"),
    ("Tel. 0049 30 1234 5678", "+493012345678"),
])
def test_the_international_access_code_00_for_plus(text, expected):
    assert [f.value for f in phones(text)] == [expected]


@pytest.mark.parametrize("text", ["注文番号 0012 3456 7890", "0090-1234-5678", "在庫は00 12個", "コード 00-1234",
                                  "営業時間 7:00～19:00、4/1～4/30・10/1～3/31 8:00～18:00"])
def test_zeros_that_are_no_access_code(text):
    assert phones(text) == []
