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
    "a story: a chain of events closing in the past": "リピーターさんとの直接取引がばれて、三年分の評価もショップも全部消えた。",
    "a story: agreed, then lost, polite": "友人は直接振込に応じて、結局お金を失いました。",
    "a list item: what another wants": "・仮払いを後回しにしたがる相手には要注意",
    "a column: what buyers want": "PayPayで払いたがる購入者もいますが、アプリの決済をご利用ください。",
    "a seminar: the question it is often asked": "ここでよく出る質問。「仮払いの前に作業を始めてもいいですか」。えー、おすすめしません。",
    "a story: the next message, then the words": "すると次のメッセージで、「資料が多いので、Slackで共有させてください。招待リンクを送ります」。まだ購入前です。",
    "a story: the reply held the words": "その返信には、「PayPayで先に払うので、住所を教えてください」。もちろん断りました。",
    "a FAQ: the question it is often sent": "よくいただくご相談です：「直接振込でお支払いしてもいいですか」",
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
    "a chain of events, then a request": "直接振込にして、送ってください。",
    "a chain of events, then a proposal": "直接取引に切り替えて、手数料を浮かせませんか",
    "the writer's own wish": "仮払いは後回しにしたいです",
    "a past offer regretted, still an offer": "直接取引にしてくれたら安くしたのに",
    "the next message, then the writer's own words": "次のメッセージで、振込先をお送りしますので直接お振込みください。",
    "a question introduced as the writer's own": "質問です。「直接振込でもいいですか？」",
    "a FAQ heading, then the writer's own question": "よくある質問。直接振込でもいいですか？",
}


@pytest.mark.parametrize("text", LEAKS.values(), ids=LEAKS.keys())
def test_the_same_words_in_a_proposal_stay_blocked(text):
    assert leakguard.scan(text).action.value == "block"


def test_a_quotation_in_double_angle_brackets_alone_is_warned_not_blocked():
    # one line of a support reply read alone, or a request wrapped to slip past: warned either way
    text = "《手数料がもったいないので、サイトを通さず直接お振込みいただけませんか》"
    assert leakguard.scan(text).action.value == "warn"


ENGLISH_REPORTED = {
    "a message told of, single quotes": "I got a message 'send your LINE ID for faster reply' from another user, is that okay? I didn't answer.",
    "what he wrote, single quotes": "He wrote me: 'Contact me on Telegram @xxxx, I pay double'. Is this allowed here?",
    "apostrophes inside the quote": "She said 'let's move to WhatsApp, it's easier' and I said no.",
}


@pytest.mark.parametrize("text", ENGLISH_REPORTED.values(), ids=ENGLISH_REPORTED.keys())
def test_english_words_reported_in_single_quotes_invite_nothing(text):
    assert leakguard.scan(text).action.value == "allow"


@pytest.mark.parametrize("text", [
    "Let's move to 'WhatsApp' ok?",  # one quoted word is a name, not words reported
    "Message me on Telegram 'asap' please",
    "Can we talk on LINE? It's faster, I'll send my ID.",  # apostrophes open no quotation
])
def test_english_invitations_with_apostrophes_or_a_quoted_word_are_still_read(text):
    assert leakguard.scan(text).action.value != "allow"


@pytest.mark.parametrize("text", [
    "受け取りは手渡しでも大丈夫です、お支払いはもうアプリで済んでいるので当日は品物を渡すだけです",
    "商品の受け渡しは手渡しでお願いします、代金は取引画面で",
    "引き取りは手渡しになります。",
])
def test_the_goods_handed_over_as_the_topic_is_no_way_of_paying(text):
    assert leakguard.scan(text).action.value == "allow"


@pytest.mark.parametrize("text", ["受け取りは手渡しで、お代は現金でお願いします", "手渡しで現金払いでお願いします"])
def test_cash_by_hand_is_still_a_way_of_paying(text):
    assert leakguard.scan(text).action.value == "block"


@pytest.mark.parametrize("text", [
    "振込先の銀行に連絡して、組戻しを依頼してください。",
    "被害の回復につきましては、お振込先の金融機関へのご連絡をおすすめいたします。",
    "すぐに振込先の銀行へ連絡し、警察にも相談してください。",
    "被害に気づいたら、振込先の口座について警察署や消費生活センターに相談を。",
])
def test_a_victim_sent_to_the_bank_or_the_police_is_told_to_report_not_asked_for_an_account(text):
    assert leakguard.scan(text).action.value == "allow"


@pytest.mark.parametrize("text", [
    "振込先を連絡してください",
    "振込先の銀行名と口座番号をご連絡ください",
    "振込先は後で連絡します、銀行に連絡しておきます",  # the writer's own bank errand is no report
])
def test_payment_details_asked_for_or_promised_stay_blocked(text):
    assert leakguard.scan(text).action.value == "block"


@pytest.mark.parametrize("text", [
    "Sorry, I only check my email at night, so reply here may be slow — but I'll answer in this chat, not by email.",
    "I don't use WhatsApp much, so I will reply through the app when I can.",
    "My LINE is noisy these days; I'm answering on this thread instead.",
])
def test_english_the_writer_answering_in_the_platforms_chat_invites_nothing(text):
    assert leakguard.scan(text).action.value == "allow"


@pytest.mark.parametrize("text", [
    "Add me on WhatsApp, we can talk there.",
    "Please reply on WhatsApp, it's faster.",
    "Let's chat in the WhatsApp group instead.",
])
def test_english_answering_on_an_outside_app_is_still_read(text):
    assert leakguard.scan(text).action.value != "allow"
