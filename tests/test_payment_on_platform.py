"""Issue #14 §3, quiet where it must be: money talk that stays on the platform (payouts, escrow,
the site's own checkout), remarks and titles with no proposal form, hearsay and generic statements,
and a payment service's own campaigns; and the learned scorer may not lift a rule reading with no
request, offer or volitional into a block. Next to each class, proposals of the same words that
must stay blocked. All wording written for these tests; names and amounts are fictional."""
import pytest

import leakguard
from leakguard.detectors import payment
from leakguard.model import WARN_ONLY_SCORE
from leakguard.normalize import NormalizedText

PAYMENT = "off_platform_payment"


def _payment(text: str) -> list:
    return [f for f in leakguard.scan(text).findings if f.category == PAYMENT]


QUIET = {
    # the platform pays the seller's sales out to the seller's own bank: 振込申請, 出金, 払い出し
    "payout of sales": [
        "銀行口座に振り込むと手数料がかかるので、まとめて申請しましょう",
        "売上金は月末にまとめて振込申請すると手数料が一回で済みますよ",
        "報酬の受け取りは、出金申請から登録口座に振り込まれます",
        "売上金の振込申請、手数料200円かかるんやね。まとめて出金した方がええで",
        "売上金を銀行口座に出金するには振込申請が必要です",
        "振込申請は毎週水曜締めやから、それまでに申請しといてな",
        "売上金が貯まったら銀行口座に振り込んでもらえるので、まとめて申請してます",
        "売上金は振込申請せなあかんのやけど、手数料かかるさかいまとめて申請しとるわ",
        "出金申請は月末締めなので、口座への振込は翌月になります",
        "払い出しの手数料って200円だっけ？",
    ],
    # escrow: 仮払い, 検収, the site paying out after approval
    "escrow and approval": [
        "仮払いが済んだら作業に入りますね、検収後に報酬が口座に振り込まれます",
        "検収をお願いします。承認いただくと仮払いからお支払いされます",
        "仮払いいただいた代金は、検収後にサイトから私の口座に振り込まれる仕組みです",
        "検収が完了すると、報酬が登録口座に振り込まれますのでご安心ください",
        "報酬の受け取り口座を登録しておくと、振込がスムーズですよ",
    ],
    # the site's checkout offering a way among its own (決済方法の選択), or its points
    "the site's own checkout": [
        "お支払い方法はサイトの購入画面でクレジットカードかコンビニ払いを選んでください",
        "決済方法の選択でPayPayを選ぶと、アプリ内で支払いが完了します",
        "決済方法の選択画面でPayPayかカードを選んでいただければ大丈夫です",
        "お支払い方法の選択で銀行振込を選ぶと、サイトの指定口座に振り込む形になります",
        "ポイントで払うと手数料かからないから便利だよね",
    ],
    # a judgement of the fee, as a remark or a title: no request, offer or volitional
    "remarks and titles on the fee": [
        "手数料10％って高くない？",
        "手数料10%って高くない",
        "販売手数料10%って高くないですか？",
        "手数料10%とか高すぎん？",
        "【雑談】手数料高くない？",
        "【悲報】販売手数料、10%に値上げ",
        "振込手数料ってなんでこんなに高いんだろ",
        "サイトの手数料、正直ちょっと高いですよね",
        "手数料ってやっぱ高いよなぁ",
    ],
    # what others do or are said to do: told of, not proposed
    "hearsay and what others do": [
        "現金で払う人もいるみたいですね",
        "昔は直接振り込む人も多かったらしいよ",
        "PayPayで払う人が多いみたいやね",
        "銀行振込で払うって人もおるらしいけど",
        "現金払いの人もいるそうです",
        "直接振り込んでって言う人もおるらしいで",
        "昔は手渡しで現金払いする人が多かったそうです",
    ],
    # a payment service's own promotion, and what follows whenever one pays so (払うと)
    "campaigns of the payment service": [
        "PayPayで払うと安くなります",
        "今ならPayPayで払うと20%戻ってきますよ",
        "d払いで払うとポイントが倍になるキャンペーン中らしい",
        "楽天ペイで払うとポイント還元があるんですよね",
        "メルペイで払うとクーポン使えて安くなるで",
        "PayPayで払うと今ならポイント還元で安くなりますよ",
        "d払いで払うとキャッシュバックがあるらしいです",
        "楽天ペイで払うとクーポンが使えてお得です",
    ],
}

# The same words in a proposal: a request, an offer or a volitional, or the platform's way given
# as the reason for another.
BLOCKED = {
    "payout words as the reason": [
        "売上金の申請は手数料かかるから、直接振り込んでもらえる？",
        "売上金の申請めんどいから、直接振り込んでくれん？",
        "振込申請だと手数料取られるので、PayPayで送ってもらえますか",
        "出金申請すると手数料取られるんで、現金でもらえますか",
        "報酬の受け取りは直接口座に振り込んでいただけますか",
    ],
    "escrow skipped": [
        "検収とか面倒なんで、仮払いなしで直接振り込んでください",
    ],
    "the fee remark, then a proposal": [
        "手数料10％って高くない？直接やりとりしませんか",
        "手数料高いし、直接の方が安くない？",
    ],
    "campaign words in an offer": [
        "PayPayで払ってくれたら安くします",
        "PayPayで払ってもらえたら千円引きにしますよ",
        "現金で払ってもらえると助かります",
        "現金手渡しでお願いできますか",
    ],
}


@pytest.mark.parametrize("text", [t for texts in QUIET.values() for t in texts])
def test_on_platform_money_talk_is_quiet(text):
    assert _payment(text) == [], text
    assert leakguard.scan(text).action == "allow"


@pytest.mark.parametrize("text", [t for texts in BLOCKED.values() for t in texts])
def test_the_same_words_proposed_are_blocked(text):
    assert _payment(text), text
    assert leakguard.scan(text).action == "block"


# -- the grammar behind the classes --------------------------------------------------------------
def _tokens(text: str):
    return NormalizedText.of(text).tokens


@pytest.mark.parametrize("text, expected", [
    ("現金で払う人もいるみたいですね", True),
    ("直接振り込む人も多かったらしいよ", True),
    ("PayPayで払うそうです", True),
    ("手数料引かれるのアホらしいんで当日現金で", False),  # らしい of a word, not the predicate
    ("PayPayで払いそうです", False),  # そう after the stem guesses, it reports nothing
    ("現金で払ってください", False),
])
def test_hearsay_is_read_at_the_predicate(text, expected):
    assert payment.hearsay(_tokens(text), 0) is expected


def test_the_scorer_alone_does_not_block_a_reading_with_no_request():
    # the rule reads a way (銀振で) and no request; the scorer finds it, but 「送金できるよ」 tells
    # and asks nothing, so it may warn and not block
    found = _payment("銀振でも送金できるよ")
    assert found and max(f.score for f in found) < leakguard.Policy().block_at
    assert leakguard.scan("銀振でも送金できるよ").action == "warn"


def test_the_scorer_still_blocks_what_asks_in_the_next_sentence():
    # a weak rule reading lifted by the scorer with a request after it (言うてや) keeps its block
    assert leakguard.scan("次からは掲示板通さんと直で売るわ。また欲しいもんあったら言うてや").action == "block"


def test_warn_only_sits_between_the_default_thresholds():
    policy = leakguard.Policy()
    assert policy.warn_at <= WARN_ONLY_SCORE < policy.block_at
