"""Issue #14 §2-§3, English and mixed-language text: the rules, warnings and their consequences stay
quiet, proposals to pay or talk outside are still caught. The variants were written before the
rules, in several registers (terse chat, formal notices, non-native English); all wording fictional."""
import pytest

import leakguard

PAYMENT = "off_platform_payment"
EXTERNAL = "external_contact"


def _categories(text: str) -> set:
    return {f.category for f in leakguard.find(text)}


# Statements of the rules and their consequences, questions answered no, refusals.
RULES_TALK = [
    "Payments made outside the platform are not protected.",
    "Transactions completed off-platform are not covered by buyer protection.",
    "If you pay outside the app, you do so at your own risk.",
    "Paying sellers directly via PayPal is prohibited and may lead to account suspension.",
    "Accounts that request bank transfers outside the site will be suspended.",
    "Any account caught taking payment outside the platform may be banned.",
    "Deals arranged off the app are at the buyer's own risk.",
    "Sending money by bank transfer outside the app voids your buyer protection.",
    "We will never ask you to pay by bank transfer or gift cards.",
    "Scammers will ask you to send money via Wise or crypto.",
    "If someone asks you to pay outside the platform, please report them.",
    "Pay by direct bank transfer is not safe, platform cannot help you.",
    "Direct payment to sellers is not eligible for refunds under our policy.",
    "Is paying via PayPal allowed on this site?",
    "I'd rather keep it on the platform, thanks.",
    "No thanks, I prefer to keep the payment on the site so we are both covered.",
    "Paying outside the platform? Not recommended, no refund if something goes wrong.",
    "Send money by bank transfer outside the app? Never, it's the classic trick.",
    "Pay by cash outside the app to save fees? You'll lose your buyer protection.",
    "Seller wants PayPal friends & family? Nope, that's a scam.",
    "Q: Can I pay the seller directly with PayPal? A: No. Payments outside the platform are not covered.",
    "Question: can I send the money by Wise to save the fee? Answer: no, you would lose buyer protection.",
    "Thanks for the offer but I'll pay here, not via Wise.",
    "アプリ外での payment は protection の対象外です。",
    "PayPalで直接払うのは規約違反なので NG です",
    "FYI: paying by bank transfer outside the site is against the terms, so let's keep it here.",
    "Per our policy, off-platform payments are not permitted and will result in account suspension.",
    "Sorry, direct PayPal is not possible for me, I only pay through checkout.",
    "Be aware: sellers asking for cash on delivery outside the app are often fraudsters.",
]


@pytest.mark.parametrize("text", RULES_TALK)
def test_rules_warnings_and_refusals_in_english_stay_quiet(text):
    assert PAYMENT not in _categories(text)
    assert leakguard.scan(text).action.value != "block"


PROPOSALS = [
    "Let's skip the fees and settle via Wise",
    "I can give you a discount if you pay me directly",
    "Send it to my PayPal (friends & family)",
    "PayPayで直接 pay してくれたら discount するよ",
    "Wiseで直接送金してくれたらfee節約できるよ",
    "We would be pleased to arrange payment by direct bank wire, thereby avoiding the platform commission.",
    "To avoid the commission, kindly remit the amount to our bank account directly.",
    "u can just revolut me the money, no fee for both",
    "Kindly transfer the balance to my Payoneer account, it is more cheap for both of us.",
    "Pay me in cash when we meet and I knock 10% off.",
    "If you Zelle me today I'll ship it tomorrow.",
    "No risk for you, pay me directly and I ship first.",
    "Payment outside the platform is fine with me, I'll send you my bank details.",
    "My PayPal got suspended so could you pay via Wise instead?",
    # translation as the paid work, not as a text to translate
    "Let's sign a contract directly with my agency, outside the platform, for a year of translation work.",
    # a question answered yes, or asked by the one proposing
    "Pay via PayPal? No fee for you then!",
    "PayPal outside the app? No problem for me, send me the money.",
    "Can we settle via Wise to skip the fee? Don't worry, I've done it many times.",
    "Pay me directly? dont want the app to take 20%",
    "手数料もったいないので、PayPal で direct に払いますね",
    "Could you pay me via Wise instead? The platform takes 20%.",
    "Pls send 5000 yen by PayPay directly, then I ship today",
    "Dear client, for future orders we propose invoicing you directly via bank transfer to reduce costs.",
    "If you don't mind, pay by Venmo and I'll cancel the order here.",
    "Not through the app pls, just paypal me",
    "Pay me, not via the platform: Wise is cheaper for both of us.",
    "just cash on pickup, no app fee lol",
]


@pytest.mark.parametrize("text", PROPOSALS)
def test_english_and_mixed_payment_proposals_are_caught(text):
    assert PAYMENT in _categories(text)


CONTACT_PROPOSALS = [
    "can we move this to WhatsApp?",
    "Let's take this to Telegram, easier to talk.",
    "Shall we continue on Signal?",
]


@pytest.mark.parametrize("text", CONTACT_PROPOSALS)
def test_english_moves_to_another_app_are_caught(text):
    assert EXTERNAL in _categories(text)


# Translating is the job, the payment words are its text.
TRANSLATION_JOBS = [
    "Please translate the button label 'Pay with PayPal' into Japanese.",
    "I need a translation of my bank's FAQ about Wise transfers, 2000 words.",
    "Translating our checkout page: 'pay directly by bank transfer to save fees'.",
]


@pytest.mark.parametrize("text", TRANSLATION_JOBS)
def test_translating_payment_wording_stays_quiet(text):
    assert PAYMENT not in _categories(text)


# A list of what scammers write, under a heading that says so: quoted, not said.
WARNING_LISTS = [
    "Common scam messages:\n- Pay me via PayPal friends & family to avoid fees\n- Let's skip the platform, I'll give you a discount",
    "Red flags to watch for:\n1. Send the deposit to my Wise account\n2. Pay outside the app and get 10% off",
    "Phrases that should make you stop:\n• let's deal directly, no fees\n• venmo me the deposit",
    "Examples of messages we remove:\n- pay me by bank transfer, cheaper\n- can you send it to my paypal",
    "Watch out for lines like these:\n* I can give you a discount if you pay me directly\n* Cash app me and I ship today",
]


@pytest.mark.parametrize("text", WARNING_LISTS)
def test_scam_lines_listed_under_a_warning_heading_stay_quiet(text):
    assert PAYMENT not in _categories(text)


# The writer's own lists: the heading warns of nothing.
OWN_LISTS = [
    "My terms:\n- pay me via PayPal directly\n- no refunds after shipping",
    "Options for you:\n1. Pay me by Wise directly, 5% off\n2. Pay on the app, full price",
    "Next steps:\n- send the deposit to my PayPal\n- I start work tomorrow",
    "To stop paying fees, here's the plan:\n- pay me via Wise directly\n- I mark the order as cancelled",
]


@pytest.mark.parametrize("text", OWN_LISTS)
def test_the_writers_own_lists_are_still_read(text):
    assert PAYMENT in _categories(text)


# Single quotes report a line as well as double ones; an apostrophe in a word does not close them.
SINGLE_QUOTED_REPORTS = [
    "Warning signs: a buyer who says 'I'll pay you directly by bank transfer, cancel the order'.",
    "My friend got a message like 'pay me on PayPal F&F, it's cheaper' and lost 20,000 yen.",
    "The buyer told me 'let's deal directly, I'll send cash' and I ignored it.",
    "Someone wrote ‘venmo me the deposit’ under my listing, weird.",
]


@pytest.mark.parametrize("text", SINGLE_QUOTED_REPORTS)
def test_lines_reported_in_single_quotes_stay_quiet(text):
    assert PAYMENT not in _categories(text)


SAID_AROUND_A_QUOTED_WORD = [
    "Just write 'sent' when you've paid me via PayPal directly.",
    "I'll say it plainly: pay me via PayPal, it's cheaper.",
    "Let's say 'gift' in PayPal so no fee, pay me directly there.",
]


@pytest.mark.parametrize("text", SAID_AROUND_A_QUOTED_WORD)
def test_a_quoted_word_leaves_the_proposal_around_it(text):
    assert PAYMENT in _categories(text)
