"""Issue #14, payment coverage: details given (not only asked for), English and mixed-language
proposals, indirect and fee-driven proposals, and the quiet side of each (refusals, warnings,
placeholders, the platform's own features). All wording written for these tests; values fictional."""
import pytest

import leakguard
from leakguard.detectors.payment import detect_off_platform_payment
from leakguard.detectors.payment_details import SCORE_GIVEN, find_details
from leakguard.normalize import NormalizedText

PAYMENT = "off_platform_payment"


def _paid(text: str) -> bool:
    return any(f.category == PAYMENT for f in leakguard.find(text))


DETAILS_GIVEN = [
    "入金はこちらへ。\nテスト信用金庫 みなと支店\n普通 3308127\nヤマモト ケンタ",
    "振込先：架空銀行 本町支店（店番号 205） 当座 0042918 でお願いします",
    "ゆうちょなら 記号 16820 番号 40417731 です",
    "お代は ETH でも大丈夫です 0x3f5ce5fbfe3e9af3971dd833d26ba9b5c936f0be",
    "USDT(TRC20)のアドレス: T9yD14Nj9j7xAB4dbGeiX9h8unkKHxuWwb",
    "Remaining balance here please: paypal.me/kumo-illust/45",
    "PayPay ID → hana_pay77 に送ってください",
]


@pytest.mark.parametrize("text", DETAILS_GIVEN)
def test_payment_details_written_out_block(text):
    assert _paid(text)
    assert leakguard.scan(text).action.value == "block"


PLACEHOLDERS = [
    "請求書の見本には「○○銀行 ○○支店 普通 1234567」と入れておきました",
    "入力フォームの例: ダミー銀行 ダミー支店 普通 7654321 のまま表示されます",
    "Please validate the IBAN field so it rejects 0x3f5ce5fbfe3e9af3971dd833d26ba9b5c936f0be style input",
]


@pytest.mark.parametrize("text", PLACEHOLDERS)
def test_placeholder_or_format_as_work_is_not_a_payment(text):
    assert not _paid(text)


def test_given_details_survive_the_scorer():
    text = "こちらの口座にお願いします 架空銀行 駅前支店 普通 5520193"
    view = NormalizedText.of(text)
    assert [f.score for f in find_details(view)] == [SCORE_GIVEN]
    assert _paid(text)


ENGLISH_PROPOSALS = [
    "To skip the marketplace fee, could you send the rest by wire transfer?",
    "From next month let's sign a direct contract and I'll invoice you monthly.",
    "Please pay the deposit to my PayPal instead of the escrow.",
    "I can take Wise or Payoneer if you'd like to pay outside the platform.",
    "Could you buy two Amazon gift cards for the balance?",
    "報酬はPayPalでdirectly送ってもらえると助かります, please pay me directly",
]


@pytest.mark.parametrize("text", ENGLISH_PROPOSALS)
def test_english_and_mixed_proposals_are_found(text):
    assert _paid(text)


ENGLISH_QUIET = [
    "I won't accept PayPal or bank transfer outside the platform, sorry.",
    "Please don't send money outside the site even if someone asks you to.",
    "Anyone asking you to pay by wire outside the platform is a red flag.",
    "I only accept payments through the platform's milestone system.",
    "Can you build a checkout page that takes PayPal for my shop?",
    "Please use this instead of the platform inbox: the contact form on our page.",
]


@pytest.mark.parametrize("text", ENGLISH_QUIET)
def test_english_refusals_warnings_and_work_stay_quiet(text):
    assert not _paid(text)


INDIRECT = [
    "手数料の関係もありますので、次回からは別の方法でもご相談に乗れます。ご検討ください。",
    "次のご依頼は私のショップの決済ページからご購入いただけますか。",
    "今後は請求書払いでお願いできますでしょうか。",
    "クオカードでもいいですか？",
    "ペイペイで送るのはダメですか？",
    "切手で代金を送ってもいいですか",
    "直接のお取引でも大丈夫でしたら、契約書はこちらで用意いたします。",
]


@pytest.mark.parametrize("text", INDIRECT)
def test_indirect_and_permission_proposals_are_found(text):
    assert _paid(text)


ON_PLATFORM = [
    "ココナラの法人向けサービスなら請求書払いができるそうです",
    "サイトの決済方法には銀行振込もありますので、そちらをご利用ください。",
]


@pytest.mark.parametrize("text", ON_PLATFORM)
def test_platform_own_invoice_and_transfer_options_do_not_block(text):
    assert leakguard.scan(text).action.value != "block"


def test_detector_yields_english_findings_without_a_japanese_anchor():
    view = NormalizedText.of("Happy to continue, but let's bypass the platform fee and pay directly.")
    found = list(detect_off_platform_payment(view))
    assert found and all(f.category == PAYMENT for f in found)
    assert max(f.score for f in found) >= 0.6


MENUS = [
    "お支払いは ①PayPay ②LINE Pay ③Amazonギフト券 のどれになさいますか？",
    "支払い方法\n・PayPal\n・Wise\n・USDT\nお好きなものをお選びください",
    "Which works for you: PayPal, Wise or USDT?",
]


@pytest.mark.parametrize("text", MENUS)
def test_a_menu_of_outside_methods_blocks(text):
    assert _paid(text)
    assert leakguard.scan(text).action.value == "block"


NOT_MENUS = [
    "お支払い方法はクレジットカード、コンビニ払い、銀行振込からお選びいただけます",
    "PayPayとLINE Payはこのアプリでは使えませんのでご注意ください",
    "決済アプリの比較記事を書きます。PayPay、楽天ペイ、LINE Payのどれが便利かまとめます（記事の仕様は別紙）",
]


@pytest.mark.parametrize("text", NOT_MENUS)
def test_platform_checkout_menus_refusals_and_articles_are_no_menu(text):
    assert leakguard.scan(text).action.value != "block"


def test_an_unnamed_place_for_the_money_is_payment_not_contact():
    text = "今回の報酬は、サイト外で現金書留にてお送りしてもよろしいですか。"
    found = {f.category for f in leakguard.find(text)}
    assert PAYMENT in found and "external_contact" not in found


@pytest.mark.parametrize("text", [
    "直接Discordでやり取りしましょう",
    "サイト外のメールでやりとりしませんか",
])
def test_messages_exchanged_on_a_channel_are_no_deal(text):
    assert not _paid(text)
    assert any(f.category == "external_contact" for f in leakguard.find(text))


@pytest.mark.parametrize("text", [
    "銀行振込ではなく、サイトの仮払いでお願いします",
    "PayPalじゃなくて、ちゃんとアプリ内の決済で払いますね",
    "Not PayPal, please just pay through the platform.",
])
def test_an_outside_way_set_aside_for_the_platform_is_quiet(text):
    assert not _paid(text)


@pytest.mark.parametrize("text", [
    "サイトの決済じゃなくてPayPayで払ってもらえますか",
    "Not through the platform, please pay me on PayPal.",
])
def test_the_platform_set_aside_for_an_outside_way_is_found(text):
    assert _paid(text)
