"""Issue #14, advice articles: the wording that makes an article's sentence about a rule read like
a proposal, by class, with the proposals that share its words. Every sentence is written for these
tests; names and amounts are fictional."""
import pytest

import leakguard
from leakguard.detectors.payment import default_payment_detector
from leakguard.normalize import NormalizedText

PAYMENT = "off_platform_payment"


def _paid(text: str) -> bool:
    return any(f.category == PAYMENT for f in leakguard.find(text))


# Each class: sentences an article says (quiet) and messages that propose with the same words.
ARTICLE_LINES = {
    "rule text names the act as an offence": [
        "・サイトの外での代金の受け渡し、直接取引の勧誘",
        "（2）当サービスを通さずに会員同士で直接契約を結ぶよう勧誘すること",
        "・振込やギフト券による、サービス外での支払いの要求",
        "第5条 利用者同士が直接取引を行う行為",
    ],
    "passive of 提案 in headings and hypotheticals": [
        "■ 直接契約を提案されたときの断り方",
        "取引相手から直接振込を提案されたら、まず運営に相談しましょう",
        "直接取引を勧められた経験がある人へ",
    ],
    "stories and their titles": [
        "【体験談】「直接取引しませんか」に乗って報酬をもらえなかった話",
        "実録：直接契約を選んだフリーランスのその後",
        "『サイト外で安く売ります』に乗った友人の失敗",
    ],
    "consequences spelled out": [
        "直接振込で代金が届かなくても、泣き寝入りするしかありません",
        "直接取引でトラブルになっても誰も助けてくれません",
        "手数料を浮かせても、直接契約は割に合わないと思います",
    ],
    "the rule of escrow as a negative habit or a prohibitive": [
        "仮払いの前には作業しない、これが鉄則です",
        "仮払い前に着手しない。それだけで多くのトラブルは防げます",
        "昔から言われる「仮払い前に作業するな」",
        "③ 自分の口座番号はメッセージに書かない",
    ],
    "the platform's own route to a direct contract": [
        "運営が用意する直接契約への移行制度を使う方法もあります",
        "所定の移行料を払えば、正式に直接契約に切り替えられます",
    ],
    "a way set aside (ではなく)": [
        "費用を抑えたいなら、直接取引ではなく単価の相談をしてみましょう",
        "直接契約ではなく、サイト上の継続契約を提案してみてください",
    ],
    "a heading that names its topic with a compound particle": [
        "■ 直接振込への切り替えに関して",
        "直接取引について",
    ],
    "past events told": [
        "以前、直接取引に移った知人が代金を受け取れなかった",
        "直接契約に切り替えたデザイナーの話を聞いたことがあります",
        "直接振込で揉めた人を何人も見てきた",
    ],
}

PROPOSALS = {
    "rule text names the act as an offence": [
        "直接取引にしませんか？手数料がもったいないので",
        "サイト外でのお支払いでお願いできますか",
    ],
    "passive of 提案 in headings and hypotheticals": [
        "直接契約をご提案します。手数料分お安くできます",
        "直接振込を提案させてください",
    ],
    "stories and their titles": [
        "前回と同じく直接取引でお願いします",
    ],
    "consequences spelled out": [
        "直接振込なら手数料がかからないのでお得ですよ",
    ],
    "the rule of escrow as a negative habit or a prohibitive": [
        "仮払い前に作業を始めてください",
        "仮払いなしで先に着手してもらえますか",
        "口座番号を書いておくのでそこに振り込んでください",
    ],
    "the platform's own route to a direct contract": [
        "次回からは直接契約に切り替えましょう",
    ],
    "a way set aside (ではなく)": [
        "サイト経由ではなく直接取引でお願いします",
        "PayPayではなく銀行振込で直接お支払いします",
    ],
    "a heading that names its topic with a compound particle": [
        "直接取引について、ご検討いただけますか",
    ],
    "past events told": [
        "直接取引なら安くします",
        "納品後に直接振込でOKです",
        "PayPayで払ってくれたら1割引きます",
        "次回からは直接請求しますので、ご連絡ください",
    ],
}


@pytest.mark.parametrize("text", [t for lines in ARTICLE_LINES.values() for t in lines])
def test_article_line_is_not_a_proposal(text):
    assert not _paid(text)


@pytest.mark.parametrize("text", [t for lines in PROPOSALS.values() for t in lines])
def test_proposal_with_the_same_words_is_found(text):
    assert _paid(text)


def test_classes_pair_up():
    assert set(ARTICLE_LINES) == set(PROPOSALS)


def test_told_event_gives_way_to_a_request():
    # the past tense tells; a request in the same clause still asks
    assert not _paid("直接取引に切り替えた人もいます")
    assert _paid("前回は直接取引にしたので、今回も直接振込でお願いします")


def test_whole_article_is_quiet_and_a_quoted_offer_in_a_message_is_not():
    article = (
        "【体験談】直接取引を持ちかけられたときの話\n"
        "■ 直接契約を提案されたとき\n"
        "相手は「手数料がもったいない」と言っていました。\n"
        "直接振込で揉めた人を何人も見てきた。泣き寝入りするしかありません。\n"
        "費用を抑えたいなら、直接取引ではなく単価の相談をしてみましょう。\n"
    )
    assert leakguard.scan(article).action.value == "allow"
    assert _paid("直接取引ではなく、と言われましたが、やっぱり直接振込でお願いできますか")


# -- round-5 payment misses, by class ------------------------------------------------------------
MISSED_CLASSES = {
    "the platform's way named as the one replaced (の代わりに)": (
        ["アプリの決済の代わりに、PayPayで払ってもらえますか", "投げ銭機能の代わりに楽天ペイで直接送ってもらえると嬉しいです"],
        ["サイトの決済の代わりに使える方法はありますか", "おひねりの代わりにスタンプを送りました"],
    ),
    "the platform kept to this time only": (
        ["今回だけ購入画面で買ってもらって、次からは振込で直接どうでしょう", "初回だけサイト経由で、2回目からは直接取引にしましょう"],
        ["今回だけ購入画面でお願いします。次回もサイトで", "今回だけ取引画面で買ってもらって、次回もサイトで買ってください"],
    ),
    "an everyday payment app named": (
        ["楽天Edyとかで先に払っちゃっていいですか？"],
        ["楽天Edyが使えるお店を探しています"],
    ),
    "formal permission (差し支えございません)": (
        ["弊社口座への直接のお振込みでも差し支えございません",
         "本サイトの決済手数料をご負担いただくのも心苦しく、直接のお振込みでも差し支えありません"],
        ["サイト経由でのお支払いでも差し支えございません",
         "直接お振込みでも差し支えないとのことでしたが、規約違反なのでお断りします"],
    ),
    "English: a lesson as a time, an amount, ok?": (
        ["After this lesson I send money bank furikomi directly ok?", "PayPal 3000 yen ok?", "Are you ok with Venmo for 40 dollars?"],
        ["Make me a lesson plan about paying directly with PayPal", "Is the next lesson ok?", "I will not pay directly, ok?",
         "I paid 2000 yen with an Amazon gift card on the site"],
    ),
}


@pytest.mark.parametrize("text", [t for pos, _neg in MISSED_CLASSES.values() for t in pos])
def test_missed_class_is_found(text):
    assert _paid(text)


@pytest.mark.parametrize("text", [t for _pos, neg in MISSED_CLASSES.values() for t in neg])
def test_missed_class_hard_negative_stays_quiet(text):
    assert not _paid(text)


LISTED_QUOTES = [
    "3.「サイトの手数料が高いので、PayPayで先に送ります」",
    "（ウ）「手数料分をお値引きするので、直接お振込みください」",
    "② 「直接契約のほうがお得ですよ」→ 結局、報酬は払われなかった",
]
UNQUOTED_LIST_ITEMS = [
    "1.直接振込でお願いします",
    "・PayPayで先に払いますね",
    "「手数料がもったいないので」直接お願いできませんか？",  # the sender's own request after a quotation
]


@pytest.mark.parametrize("text", LISTED_QUOTES)
def test_quoted_message_listed_is_an_example(text):
    # the rule reader's part; the intent model (intent.py) reads such a line on its own terms
    assert not list(default_payment_detector()(NormalizedText.of(text)))


@pytest.mark.parametrize("text", UNQUOTED_LIST_ITEMS)
def test_list_item_said_outright_is_still_a_proposal(text):
    assert _paid(text)


@pytest.mark.parametrize("text", [
    "「手数料がもったいないので直接お願いできませんか？」",
    "　「アプリを通さないでお振込みいただければ、お安くします」",
])
def test_quotation_standing_alone_is_warned_not_blocked(text):
    # an article's example line read on its own (a back end that splits posts), or a sender who
    # wraps the request in 「」 to slip past: the reading stays, at warn strength (mentions.py)
    report = leakguard.scan(text)
    assert _paid(text) and report.action.value == "warn"
    assert "quotation" in next(f.reason_en for f in report.findings if f.category == PAYMENT)


@pytest.mark.parametrize("text,paid", [
    # the words a story tells of: a quotation that is the object of 強調 / 繰り返す / 乗る
    ("・「サイトは手数料が高い」を何度も強調していた", False),
    ("「今だけ直接なら安い」を繰り返すクライアントだった", False),
    ("「サイトは手数料が高い」を理由に挙げて、直接取引しませんか", True),
    # escrow already done keeps the platform's way
    ("仮払いが済んだ後で、必要なら運営に申請してから通話しましょう", False),
    ("仮払い完了後に着手します", False),
    ("仮払いが済む前に作業を始めますね", True),
    ("仮払いは後で済ませますので、先に始めてください", True),
])
def test_quotation_told_of_and_escrow_done(text, paid):
    assert _paid(text) is paid


@pytest.mark.parametrize("text,paid", [
    # the writer's own web page as the way in, with the fee taken off the price
    ("弊社のホームページからご依頼いただければ、サイト手数料分を差し引いた金額でお受けします", True),
    ("私のホームページからお申し込みいただけますか", True),
    ("事務所のホームページをリニューアルしていただけますか", False),
    ("英会話教室のサイトリニューアルについて、制作物をお送りします", False),
    ("サイト手数料が差し引かれた金額が振り込まれます", False),
    # the payment details promised by another way
    ("振込先はお電話でお伝えしますね", True),
    ("振込先は取引画面でお伝えします", False),
    # the way offered as good enough
    ("代金はその場で現金でいいです", True),
    ("サイトの仮払いでいいです", False),
])
def test_own_page_details_promised_and_good_enough(text, paid):
    assert _paid(text) is paid


@pytest.mark.parametrize("text,paid", [
    # bookkeeping on the money a way brought in is the work, not the way to pay
    ("PayPay決済の明細の整理をお願いできますか", False),
    ("楽天ペイ決済の仕訳を手伝っていただけますか", False),
    ("PayPayで決済してもらえますか、明細の整理が楽なので", True),
    ("帳簿はつけてますので、PayPayで払ってもらえますか", True),
])
def test_bookkeeping_on_a_payment_way(text, paid):
    assert _paid(text) is paid


@pytest.mark.parametrize("text,paid", [
    # a heading on a general conditional that leaves the consequence to the text below
    ("## 直接契約に切り替えると…", False),
    ("直接振込に変えると", False),
    ("直接振込にすると？", True),
    ("直接契約に切り替えると、手数料分お安くできますよ", True),
    # the act said as not done, as the reason for something else
    ("・運営が間に入り、会員同士は直接やりとりしないため、口座番号を教える必要はありません", False),
    ("直接取引しないと損ですよ", True),
    ("PayPayで直接やりとりしない？", True),
])
def test_conditional_heading_and_act_not_done(text, paid):
    assert _paid(text) is paid


# Round-5 advice classes (#14): genre wording that made an article's sentence read as a proposal,
# each with proposals that share its words.
GENRE_WORDING = {
    "the counterparty as a kind of person": (
        ["銀行振込だと、本名と口座番号を相手に教えることになります",
         "・SNSで知り合った相手とは、直接契約してよい",
         "取引相手に直接振り込むと、補償の対象になりません"],
        ["お相手の方にもPayPayで送ってもらえますか", "相手にPayPayで送ってもらえますか"]),
    "an inclination described": (
        ["手元に8万円しか残らないなら、直接取引したくなる気持ちもわかります"],
        ["直接取引したいです。手数料がもったいないので"]),
    "what was never done, told after": (
        ["・仮払いの話を一度もしなかった"],
        ["一度も仮払いしたことないので、直接振込でいいですか"]),
    "the prescribed way named": (
        ["アプリの決済を通さない手渡しは、所定の方法ではありません"],
        ["所定の決済じゃなくて、PayPayで払いますね"]),
    "an act advised against after it is named": (
        ["手数料が安くても、アプリの外で直接取引するのはやめましょう"],
        ["サイトを通すのはやめましょう、直接振込でお願いします"]),
    "a news report of a crime": (
        ["男は「直接振り込んで」と持ちかけ、現金4万円を振り込ませた疑いがある",
         "調べによると、男は直接取引を持ちかけていた"],
        ["疑いがあるなら、直接会って現金で払いますよ"]),
    "a request told in the third person": (
        ["出品者Aは、購入者Bに対し、直接代金を振り込むよう求めた。", "今日のテーマは「直接取引の誘い、どう断る？」です。"],
        ["直接振り込むよう求めます", "直接取引でどう？断られても大丈夫です"]),
    "a request quoted in a report, not made": (
        ["出品者から「落札後は直接振り込んでください」と連絡があり、口座に5万円を振り込んだが、商品は届かなかった"],
        ["落札後は直接振り込んでください。口座はあとで送ります"]),
}


@pytest.mark.parametrize("text", [t for quiet, _said in GENRE_WORDING.values() for t in quiet])
def test_genre_wording_is_quiet(text):
    assert not _paid(text)


@pytest.mark.parametrize("text", [t for _quiet, said in GENRE_WORDING.values() for t in said])
def test_proposal_sharing_genre_words_is_flagged(text):
    assert _paid(text)
