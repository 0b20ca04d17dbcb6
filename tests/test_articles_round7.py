"""Issue #14, long texts posted on the platform itself (round-7's shapes): job postings, seller
profiles, listing FAQs and shop policies that state the seller's own rules (「サイト外での直接契約は
行いません」「振込先をお伝えすることはありません」), warn what is lost off the platform, or report a
request they receive (「…というご相談をいただきますが」). Each is read whole and line by line, as a chat
back end that splits posts does; leaks of the same shapes must stay blocked. Every text is written for
these tests; names, amounts and accounts are fictional."""
import pytest

import leakguard

QUIET = {
    "a job posting's payment terms": """\
【案件概要】飲食店サイトのバナー制作
■報酬の支払い
納品と検収のあと、サイト経由でお支払いします。
サイト外での直接契約や直接のお支払いは行いません。
■連絡手段
契約まではサイトのメッセージのみでやりとりします。""",
    "a seller profile's refusals": """\
翻訳者・佐々木のプロフィール
英日翻訳を8年続けています。
お支払いはサイトの決済のみでお受けしています。
個人の口座番号や振込先をお伝えすることはありません。
ご不明な点はメッセージでお気軽にどうぞ。""",
    "a shop policy on addresses": """\
■発送について
発送はサイトの匿名配送を使います。
お互いの住所を直接お伝えする必要はありません。""",
    "a listing FAQ on escrow": """\
Q. 直接振り込んだほうが早くないですか？
A. サイトの決済では、代金はいったん運営が預かり、検収のあとで私に支払われます。
直接振込ではこの保護がなくなってしまいます。
一部だけでもサイトの外でお支払いいただくと、返金の仕組みが働かなくなってしまいます。""",
    "a tutor's note on requests received": """\
生徒さんへのお願い
「追加の授業分は直接お支払いしてもいいですか」というご相談をいただくことがあります。
追加の授業も、サイトから予約とお支払いをお願いします。
「請求書で直接振り込みたい」とのご要望には、サイトの請求書払いでお応えしています。""",
    "a review reply's advice": """\
ご購入ありがとうございました。
自分の身を守るためにも、連絡先の交換やサイト外でのお支払いは避けましょう。
振込先を個人に直接教える形のお取引はお避けください。""",
}


def _verdicts(text: str) -> list[tuple[str, str]]:
    out = [("(whole)", leakguard.scan(text).action.value)]
    out += [(line, leakguard.scan(line).action.value) for line in text.splitlines() if line.strip()]
    return [(where, action) for where, action in out if action == "block"]


@pytest.mark.parametrize("text", QUIET.values(), ids=QUIET.keys())
def test_a_sellers_own_rules_are_not_blocked_whole_or_line_by_line(text):
    assert _verdicts(text) == []


# The same words in a proposal: a question, a promise to send the account, a discount for leaving.
LEAKS = {
    "asked, not refused": "サイト外で直接契約を行いませんか？",
    "asked, not refused, plain": "手数料がもったいないので、直接契約を行いませんか。",
    "the account promised": "口座番号は直接お伝えしますので、そちらに振り込んでください。",
    "no need of escrow, offered": "手数料かからないので、直接払ってもらえれば仮払いの必要はありません。",
    "no need of the site, offered": "PayPayで払ってくれたら、サイトを通す必要はありません。",
    "protection lost but a discount": "直接振込なら保護がなくなるけど、そのぶん安くします。",
    "protection lost but a discount, polite": "直接振込だと保護がなくなってしまいますが、5%引きにします。",
    "a posting's rule, then the offer": "報酬はサイト経由でお支払いします。ただ、急ぎなら直接振り込みでお願いします。",
    "avoid the fee, then the offer": "サイトの手数料は避けましょう、直接振り込みで。",
    "avoid the fee, please, then the offer": "サイトの手数料を避けてください、直接振り込みでいいので。",
    "avoided, then asked in the next sentence": "手数料は避けましょう。PayPayで直接払ってください。",
    "a quoted request, then agreed": "「直接払ってもいい？」というご相談ですが、大丈夫です。PayPayで送ってください。",
}


@pytest.mark.parametrize("text", LEAKS.values(), ids=LEAKS.keys())
def test_leaks_of_the_same_shapes_stay_blocked(text):
    assert leakguard.scan(text).action.value == "block"
