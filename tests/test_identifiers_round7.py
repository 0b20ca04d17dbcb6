"""Issue #13, phone and e-mail classes blind round 7 missed, in wording written for these tests:
groups named by position and framed with emoji or told what they are (「次の4つは私の誕生日で1219」),
a provider named in hiragana (「あいくらうどの」), a provider's other domain written out or its
top-level domain said apart (「アウトルックの .jp のやつ」), an address written backwards with spaces
around its @. Each class has hard negatives.
"""
import pytest

import leakguard


def values(text, category):
    return sorted(f.value for f in leakguard.scan(text).findings if f.category == category)


BY_POSITION = [
    ("最初の3つは080。次の4つは私の誕生日で1219。最後は…7254ね", "+818012197254"),
    ("頭は🍓090🍓、お尻は🍓2231🍓、真ん中は🍓6470🍓ね！", "+819064702231"),
    ("最初は⭐️070⭐️、次は⭐️3318⭐️、最後は⭐️7742⭐️ 電話してね", "+817033187742"),
    ("最初は080、次は妹の誕生日の0412、最後は5531だよ", "+818004125531"),
]


@pytest.mark.parametrize("text,value", BY_POSITION)
def test_groups_by_position_framed_or_told_what_they_are(text, value):
    assert values(text, "phone_number") == [value], text


NOT_BY_POSITION = [
    "最初は3人で、次は2人で、最後は1人で参加します",
    "最初は090円で、次は1200円、最後は3400円でした",
    "最初の便は羽田発で0211、次は1130、最後は1845です",
    "頭は🍓2024🍓、お尻は🍓12🍓、真ん中は🍓05🍓の日付です",
    "最初はサイズの155/65R14で、次は年式の2019、最後は走行距離の5400",
]


@pytest.mark.parametrize("text", NOT_BY_POSITION)
def test_numbers_by_position_that_are_no_phone_number(text):
    assert values(text, "phone_number") == [], text


EMAILS = [
    ("あいくらうどの sango_reef です！参考画像まとめて送りたいから、そっちに一言ちょうだい", "sango_reef@icloud.com"),
    ("じーめーるの taro_55 に送ってください", "taro_55@gmail.com"),
    ("ユーザー名は aoi_tsukimi_art で、後ろはアウトルックの .jp のやつです ラフそっちに送るね", "aoi_tsukimi_art@outlook.jp"),
    ("ホットメールの aki_garden77 です（hotmail.co.jp の方）。見積もりはここに送って", "aki_garden77@hotmail.co.jp"),
    ("ユーザー名は ken.s で、ドメインはホットメールの .co.jp です", "ken.s@hotmail.co.jp"),
    ("メアド逆から読んでね moc.liamg ＠ ustak.ukim 完成データはそこにちょうだい", "miku.katsu@gmail.com"),
]


@pytest.mark.parametrize("text,value", EMAILS)
def test_provider_in_any_kana_its_other_domain_and_a_backwards_address(text, value):
    assert values(text, "email_address") == [value], text


NOT_EMAILS = [
    "あいくらうどの容量がいっぱいで写真が送れません",
    "やふーで検索したら出てきました",
    "じーめーるのアプリが重いです",
]


@pytest.mark.parametrize("text", NOT_EMAILS)
def test_a_provider_in_hiragana_without_an_account_is_no_address(text):
    assert values(text, "email_address") == [], text


def test_the_usual_domain_stays_without_another_one_named():
    assert values("ホットメールの aki_garden77 です。見積もりはここに送って", "email_address") == ["aki_garden77@hotmail.com"]
    # two other domains named: neither is chosen
    text = "outlookの ken_88 です。.jp じゃなくて .com のほう"
    assert values(text, "email_address") == ["ken_88@outlook.com"]


def test_a_reversal_word_elsewhere_leaves_a_forward_address():
    assert values("逆から読むと面白いよ。連絡は taro@gmail.com まで", "email_address") == ["taro@gmail.com"]


FOREIGN_PROVIDERS = [
    ("naverの hana_kim88 です、メールください", "hana_kim88@naver.com"),
    ("네이버는 kim_ji88 이에요, 메일 주세요", "kim_ji88@naver.com"),
    ("163邮箱 li_wei88 发给我", "li_wei88@163.com"),
    ("我的163邮箱是 li_wei88，发给我吧", "li_wei88@163.com"),
    ("アウトルックの .jp のやつです！アカウント名はtaro_88", "taro_88@outlook.jp"),
]


@pytest.mark.parametrize("text,value", FOREIGN_PROVIDERS)
def test_korean_and_chinese_providers_and_a_domain_said_apart(text, value):
    assert values(text, "email_address") == [value], text


@pytest.mark.parametrize("text", ["身長163 です", "naverで検索してください", "163邮箱很好用", "126邮箱 登录不了"])
def test_a_provider_named_without_an_account(text):
    assert values(text, "email_address") == [], text


@pytest.mark.parametrize("text,value", [
    ("090です。4471です。2290です。電話ください", "+819044712290"),
    ("番号は090です、4471です、2290です", "+819044712290"),
    ("090だよ。4471だよ。2290だよ！", "+819044712290"),
])
def test_each_group_a_sentence_that_ends_the_same_way(text, value):
    assert values(text, "phone_number") == [value], text


@pytest.mark.parametrize("text", [
    "2024です。1200です。3400です。", "サイズは155です、65です、14です", "価格は1200円です。送料は700です。",
    "受付は09です。12です。30です。",
])
def test_numbers_each_a_sentence_that_are_no_phone_number(text):
    assert values(text, "phone_number") == [], text


@pytest.mark.parametrize("text,value", [
    ("2290が最後で、090が最初、4471が真ん中", "+819044712290"),
    ("2290（下）090（上）4471（中）", "+819044712290"),
    ("2290が最後、090が最初、4471が真ん中です。電話して", "+819044712290"),
    ("090は上、4471は中、2290は下", "+819044712290"),
])
def test_groups_named_by_position_after_them(text, value):
    assert values(text, "phone_number") == [value], text


@pytest.mark.parametrize("text", [
    "1200円が最初で、3400円が最後", "0930が最初で、1130が次、1530が最後", "090が上手、4471が下手、2290が中心",
    "2024が最初で、0412が次、1130が最後", "12が最初で、34が次、56が最後",
])
def test_numbers_named_after_them_that_are_no_phone_number(text):
    assert values(text, "phone_number") == [], text


@pytest.mark.parametrize("text,value", [
    ("オーナインオー フォーフォーセブンワン ツーツーナインオー", "+819044712290"),
    ("電話は ゼロナインゼロ、ワンツースリーフォー、ファイブシックスセブンエイト です", "+819012345678"),
    # シックス after ゼロ: its シ (4) is glued to a small tsu, a word and no reading
    ("ゼロワンツーゼロ-\nゼロゼロゼロ-ゼロゼロシックス", "+81120000006"),
    ("番号 ゼロハチゼロ ゼロシックスゼロゼロ ナインナインシックスゼロ", "+818006009960"),
])
def test_english_read_out_in_katakana(text, value):
    assert values(text, "phone_number") == [value], text


@pytest.mark.parametrize("text", [
    "セブンイレブンで待ち合わせ、ナインティナインのライブ", "ファイブガイズのバーガー、セブンスターを2箱",
    "エイトフォーのスプレー、シックスパック目指してます",
])
def test_katakana_english_words_that_are_no_number(text):
    assert values(text, "phone_number") == [], text
