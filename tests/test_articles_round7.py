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
    "a FAQ whose questions end on a polite wish": """\
【よくある質問】出張清掃サービス
Q3. 次回から、スタッフと直接やりとりして予約したいのですが。
A3. 申し訳ありませんが、ご予約とお支払いはすべてサイトからお願いしています。
Q4. 打ち合わせは電話かZoomでしたいです。
A4. サービス内のビデオ通話機能をご利用ください。""",
    "a profile's list of refusals": """\
■得意な分野
・決済まわりの実装（Stripe、PayPayの組み込み）
■お断りしていること
・サイト外での直接契約
・報酬の一部を別の方法でお支払いいただくこと
・契約前の個人の連絡先の交換""",
    "a guide's list of what must not be written": """\
■書いてはいけないもの
・LINEのIDやQRコード、友だち追加のURL
・銀行口座、PayPayのID、そのほかサイト外での支払い方法
■違反するとどうなるか
悪質な場合は、売上金の支払いが保留されることもあります。""",
    "what is lost off the platform, told": """\
アプリの外で取引しちゃうと、商品が届かなかったときに、事務局が間に入ってくれなくなっちゃうんですよね。
サイトを通さない授業は、サイトの保証や振替の対象外になってしまいます。""",
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
    # the answer is the writer's own words, whatever the question was
    "a FAQ answer that invites a transfer": "Q. お支払い方法は？\nA. 手数料がかかるので、PayPayで直接お支払いください。",
    "a FAQ answer that invites, the question a wish": "Q2. 早めに支払いたいのですが。\nA2. では下記の口座に直接振り込んでください。",
    # bullets under a heading that is no refusal, or under one that offers after refusing
    "a shop's ways of paying listed": "■お支払い方法\n・サイト外での直接振込（手数料分お安くします）\n・PayPayで直接お支払い",
    "refused, then offered in a list": "直接取引は禁止ですが、次の方法ならできます：\n・PayPayで直接お支払いください",
    "a refusal list, then the offer on its own line": "■お断りしていること\n・値引き交渉\n手数料がもったいないので、直接振り込みでお願いします。",
    # one list item alone that offers, or with a predicate
    "a listing's item that offers": "・サイト外での直接取引歓迎",
    "a listing's item that asks": "・直接振込でお願いします",
    "a listing's item with a reason to leave": "・手数料節約のため直接振込",
    # what the platform stops doing, given as the reason to leave it
    "protection lost, given as a reason": "サイトだと補償してくれなくなるから、直接振込でお願いします。",
    "excluded, then the offer in the next sentence": "サイトを通さない授業は保証の対象外になってしまいますが、その分安くします。直接振込でどうですか。",
}


@pytest.mark.parametrize("text", LEAKS.values(), ids=LEAKS.keys())
def test_leaks_of_the_same_shapes_stay_blocked(text):
    assert leakguard.scan(text).action.value == "block"
