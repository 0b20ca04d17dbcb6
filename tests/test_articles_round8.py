"""Issue #14, long texts in round-8's genres (Q&A answers, seminar talk, support replies, memos,
stories): the way around the platform named as a condition weighed (「直接取引だと、誰も間に入って
くれません」), what someone does or does not do stated (くれません, くれます), a rule that does not
allow it (認めません), the message quoted in 《》 by a support reply, and what kept coming told before
the words (「…届くようになりました。「…」「…」」). Read whole and line by line; the same words in a
proposal stay blocked. Every text is written for these tests; names and amounts are fictional."""
import pytest

import leakguard

QUIET = {
    "a column: a condition and its risk": "直接取引にしてしまうと、トラブルのときに運営は何もできません。",
    "a newsletter: the work a direct contract adds": "直接契約になると、源泉徴収や請求書の発行もすべて自分で行うことになります。",
    "a Q&A answer: in that case": "直接お支払いの場合、返金の手続きはご自身で金融機関と進めていただく必要があります。",
    "a seminar: spoken, the protection lost": "えー、直接振込にしたら、もう誰も守ってくれないんですよ。ここ大事です。",
    "a thread: Kansai": "直接取引やと、なんかあっても誰も助けてくれへん。やめとき。",
    "a story: what would have happened": "あのとき直接振込にしていたら、お金は戻ってこなかったと思う。",
    "a memo: doing it, then what follows": "取引先と直接契約をすると、過去の評価はこのアカウントに残りません。",
    "a column: 'impossible' is no gain": "直接振込だと、未払いの回収はほとんど不可能です。",
    "the platform stated as acting": "アプリを通していれば、商品が届かないときに運営が対応してくれます。",
    "a rule that does not allow it": "当社は口座への直接振込を認めておりません。必ずサイトの決済をご利用ください。",
    "terms of use: not allowed": "第8条　利用者がサイト外で代金を支払うことは認めません。",
    "a support reply quoting in 《》": (
        "お問い合わせの件、相手の方から届いたメッセージは次のとおりですね。\n"
        "《手数料がもったいないので、サイトを通さずに直接お振込みいただけませんか》\n"
        "このようなご提案には応じず、通報ボタンからご報告ください。"),
    "a story quoting in ≪≫": "その人からはこう来ました。\n≪直接PayPayで払うので、発送を先にお願いします≫\nもちろん断りました。",
    "what kept coming, then the words": (
        "それからしばらくして、知らないアドレスからメールが来るようになった。「直接売ってもらえませんか」「銀行振込でどうですか」。"
        "怖くなって、すぐに運営に相談した。"),
}


def _blocked(text: str) -> list[str]:
    out = [("(whole)", leakguard.scan(text).action.value)]
    out += [(line, leakguard.scan(line).action.value) for line in text.splitlines() if line.strip()]
    return [where for where, action in out if action == "block"]


@pytest.mark.parametrize("text", QUIET.values(), ids=QUIET.keys())
def test_round8_genres_are_not_blocked_whole_or_line_by_line(text):
    assert _blocked(text) == []


LEAKS = {
    "a condition with a discount": "直接取引だと千円安くできますよ。",
    "a condition asked about": "直接振込にしたらどうですか？",
    "a condition, then a proposal": "直接契約にすると手数料がかからないので、そうしませんか。",
    "in that case, the account": "直接お支払いの場合は下記の口座にお願いします。",
    "a condition with a gift": "直接取引では送料無料にします。",
    "a condition said to be faster": "直接振込になると入金が早いので、そっちでお願いします。",
    "a condition with a discount, Kansai": "直接取引やと五百円引いとくで、どない？",
    "asked to do it, くれませんか": "手数料かかるので直接振り込んでくれませんか。",
    "asked to do it, くれない？": "PayPayで直接払ってくれない？",
    "asked to allow it": "今回だけ直接振込を認めてもらえませんか？",
    "a 《》 line with more after it": "《お知らせ》手数料節約のため、今後は直接振込でお願いします。",
    "what kept coming, then the own offer": "注文が来るようになりました。直接振込でお願いします、そのほうが安くできます。",
}


@pytest.mark.parametrize("text", LEAKS.values(), ids=LEAKS.keys())
def test_the_same_words_in_a_proposal_stay_blocked(text):
    assert leakguard.scan(text).action.value == "block"


def test_a_quotation_in_double_angle_brackets_alone_is_warned_not_blocked():
    # one line of a support reply read alone, or a request wrapped to slip past: warned either way
    text = "《手数料がもったいないので、サイトを通さず直接お振込みいただけませんか》"
    assert leakguard.scan(text).action.value == "warn"
