"""Issue #14 on the round-6 long texts: texts about the rules are allowed whole and line by line (as
a chat back end that splits posts reads them), by class of wording — rule text and FAQ headings,
narration and reported speech, generic and hypothetical subjects, forum threads, tables — while
texts of the same shape that do leak stay blocked. Every text is written for these tests; names,
numbers, IDs and accounts are fictional."""
import pytest

import leakguard

# Each class: a short text in the genre, quiet whole and on every line.
QUIET = {
    # rule text, legal columns and FAQs name the act in a measure, a prohibition or a heading
    "faq heading about a payment feature": "「個人間送金」に関するよくあるご質問\nQ．どんなときに使えますか？\nA．ご家族やご友人への送金を想定したものです。",
    "a measure in rule text": "第5条　直接取引に関する措置\n当サービスを介さない契約が確認された場合、アカウントを停止することがあります。",
    "a prohibition in legal style": "【改定前】会員は、本サービスを介さずに取引を行ってはならない。",
    "an offence named in a noun": "禁止される行為の例\n・会員どうしの直接取引の打診\n・サービス外での支払いの持ちかけ",
    "a definition": "解説：これはいわゆる直接取引です。違約金の対象になります。",
    "a meaning explained": "利用者がサイトで出会ったあとに外で取引することは、運営にとって手数料を失うことを意味します。",
    # news, hearsay and a platform's own route
    "news hearsay": "運営会社は、所定の手数料を払えば直接契約に切り替えられる制度の導入を検討しているという。",
    "the platform's route described": "一定の取引実績があれば、正式な手続きで直接契約に移行できる制度もあるらしい。",
    # generic and hypothetical subjects
    "a regretted payment as a case": "もしギフト券で支払ってしまった場合は、発行元にすぐ連絡して相談してください。",
    "a demand received as a case": "手数料分の値引きと引き換えにPayPayでの支払いを求められた場合は、運営に通報しましょう。",
    "a generic case": "直接取引の打診はメッセージの履歴から発覚するケースが多いことも覚えておいてください。",
    "a rhetorical denial in a thread": ">>45 報酬を暗号資産で払う会社なんてあるわけないでしょw",
    # a video script's closing line and a story's telling
    "a script's wrap-up": "ということで、今回は直接取引の話でした。チャンネル登録よろしくお願いしまーす！",
    "a quote introduced by the telling": "3回目の依頼のとき、相手からこう言われた。「次からは直接契約にしませんか？単価も上げますよ」\n私は丁寧に断った。",
    "a quote ending in みたいに": "チャットで話してるうちに「じゃあ残りは別で振り込むね」みたいになるのが一番危ないんです。",
    # a table of fees and a forum thread's next post
    "a fee table": "＜受注者様＞\n・仮払い時の決済手数料：変更なし（契約金額の5％）\n・振込申請手数料：無料",
    "a forum post after a blank line": "サービス内で面談して、仮払いしてから招待してる\n\n12 名無しさん\n>>11 こういう人ばかりならいいのに",
    # the platform's way and nothing besides it
    "a shop that takes the platform's way only": "Q．支払い方法は？\nA．お支払いはアプリの決済のほかは受け付けておりません。",
    "nothing but the platform's payment": "アプリの決済以外には対応しておりません。ご了承ください。",
    # the platform's own trade messages
    "the platform's trade messages": "住所などの表示は専用の欄に入力し、その情報は取引メッセージとは別に管理されます。",
    # a Q&A site's question: may the request just reported be granted?
    "a reported request asked about": ("依頼者から「やり取りが多くなりそうなのでChatworkのIDを教えてください」と言われました。"
                                       "Chatworkくらいなら教えても大丈夫でしょうか？"),
    # contact readings: a hotline is no LINE; the platform's call feature; advice and concessions
    "a consumer hotline": "困ったときは、ひとりで悩まずに消費者ホットライン188に相談してください。",
    "a feature that keeps the number back": "■ 主な特長\n・電話番号を相手に知らせることなく、アプリ内で音声通話ができます。",
    "a how-to on the other person's device": ("2．QRコードで追加する\n「友だち追加」から「QRコード」を選ぶと、カメラが起動します。"
                                              "相手のスマートフォンに表示されたQRコードを読み取ってください。"),
    "a call feature without the exchange": "メッセージ画面の通話機能をご利用ください。電話番号を交換せずに音声通話ができます。",
    "a reply that leaves the contact alone": "Q．相手が先に連絡先を書いてきたら？\nA．返信では連絡先に触れず、運営に報告したうえで上長に共有してください。",
    "a concession in a diary": "電話で話したほうが早いこともあるけれど、写真と文章で伝えられることは意外と多い。",
    "a concession in a thread": "発注側だけど、正直Slackのほうが楽なのは分かる。でも契約前にID交換はしないようにしてる。",
    "a thread's title asking everyone": "【雑談】契約後のChatwork移行、みんなどのタイミングでやってる？",
    "a case a notice plans for": "・通話の中でサービス外での連絡を持ちかけられた場合は、通話のあとに「通報」からお知らせください。",
    # reported speech: the quote after its telling, its sender named before it, a list of lures
    "a question told before its quote": "夜遅くに、いいねをくれた人から質問が届いた。「LINEの方がやりとりしやすいのでIDを教えてもらえませんか？」",
    "a sender named before the quote": "購入希望者から「PayPayで直接送るので、手数料分引いてもらえませんか？」ってきた。断ったけどしつこい",
    "lures ticked under a warning": "こんな言葉が出てきたら危険信号！\n✔「詳しくはLINEで説明します」\n✔「サイト上だと話せないので、電話番号を教えてください」",
    # a comic's or a script's lines said by roles; the act advised against after it is named
    "a comic's dialogue": ("【漫画で解説】こんなメッセージに注意！\n購入者A「アプリの調子が悪いので、LINEで続きを話せませんか？」\n"
                           "出品者B「え、でも規約で…」\n解説：外部に誘導するための典型的な口実です。"),
    "a role-play script": ("ロールプレイ台本（研修用）\n発注者役：「実は、手数料がもったいないので、次回からは直接お願いしたいんです。」\n"
                           "受注者役：「申し訳ありません。規約で禁止されておりますので、サービス上でお願いいたします。」"),
    "advice against giving the number back": "回答：返信で番号に触れる必要はありません。相手に番号を伝え返すのは絶対にやめましょう。",
    # a bracketed term as the topic of a title or a glossary
    "a bracketed term in a title": "ニュース解説：なぜ「直接取引」はなくならないのか\n専門家は、手数料を段階的に下げる仕組みに効果があると指摘する。",
    "a bracketed term explained": "「直接契約」について解説します。",
    # words told of inside analysis: the scorer reads the rules' signals as the rules do
    "quoted words in an analysis": "継続的な取引では、手数料が20％近いサービスもあり、双方に「外でやれば安くなる」という誘因が生まれる。",
    "a quoted mindset in a column's title": "【解説】「手数料を払いたくない」心理と直接取引\nサービス外で払うと、未払いのときに補償はありません。",
    # an FAQ's numbered answers are no handles of the tool the question named
    # examples numbered with a bracket, an FAQ's bracketed labels, a consequence in rule text
    "examples numbered with a bracket": ("※メッセージ例はすべて架空のものです。\n例1）「取引終わったら、インスタのDMで連絡してもいいですか？」\n"
                                         "例2）「支払いはアマギフでもいいですか？」"),
    "bracketed FAQ labels": "[Q] 出品者です。購入者から電話番号を聞かれたら教えてもいい？\n[A] 教える必要はありません。",
    "a consequence in rule text": "→ 正解：サービス上で契約を結び直す。請求書を直接送ると、サービス外での取引とみなされます。",
    # English advice after a quoted "LINE"; a how-to's bracketed title; the platform's own form
    "English advice after a quoted LINE": 'If a buyer says "text me on LINE", decline politely.',
    "a how-to's bracketed title": "【Slackの始め方】\nワークスペースに参加したら、表示名を本名と担当がわかる形にしましょう。",
    "the platform's own form": "※上記は記入例です。実際のアドレスは登録画面の入力欄にご記入ください。",
    # a kind of person described; a quote named right after as a kind of words
    "a kind of person who proposes": "今日の学び\n・直接振込を提案してくる人は、だいたい値切ってくる",
    "a quote named right after": "「LINEを教えてくれたら、もっと安くしますよ」。こんな一言から始まるトラブルが後を絶ちません。",
    # others described by a habit, a scam's pattern told
    "others' habit": "仮払い前に作業を始めてしまう人も少なくありません。",
    "a scam's pattern": "よくあるのが、メールアドレスを聞き出して外部でやり取りしようとするパターンです。",
    "a help page's never": ("Q5．報酬を銀行振込で受け取ることはできますか？\nA5．報酬は、売上金として本サービスに反映されたあと、"
                           "ご登録の銀行口座への振込申請が可能です。発注者から直接振り込まれることはありません。"),
    # the act said as not done, plainly
    "a plain refusal in a column": "正直、毎回1割持っていかれるのはキツい。でも、それでも直接取引はしない。前にやった人が音信不通になったから。",
    # a manual's masked example handle is nobody's account (the invitation itself still warns)
    "a masked handle in a manual": "例）ID：＊＊＊＊＊＊\n相手のDiscordのユーザー名（xxxx_xxxx）を入力して検索します。",
    "FAQ answer labels": "Q2．仮払い後なら、ChatworkやSlackを使ってもいいですか？\nA2．はい。申請して相手が承認すれば使えます。",
}


def _verdicts(text: str) -> list[tuple[str, str]]:
    out = [("(whole)", leakguard.scan(text).action.value)]
    out += [(line, leakguard.scan(line).action.value) for line in text.splitlines() if line.strip()]
    return [(where, action) for where, action in out if action != "allow"]


@pytest.mark.parametrize("text", QUIET.values(), ids=QUIET.keys())
def test_texts_about_the_rules_are_allowed_whole_and_line_by_line(text):
    assert _verdicts(text) == []


# Texts of the same shapes that do propose a way around the platform or give a detail to use.
LEAKS = {
    "a rules quote, then 「でも直接で」": "「サービス外での取引は禁止」って書いてあるけど、でも直接でいいよね？手数料なしで振り込みます。",
    "an announcement with an outside bank account": (
        "【お知らせ】当店では今月から銀行振込も受け付けます。\n振込先：みずほ銀行 渋谷支店 普通 1234567 ヤマダタロウ\n"
        "ご注文はメッセージでどうぞ。"),
    "a manual ending with the seller's own LINE ID": (
        "LINEの使い方ガイド\n1．アプリを開いて「友だち追加」を選びます。\n2．ID検索を選びます。\n"
        "ご質問は私のLINE（ID: hanako_shop22）までどうぞ。"),
    "a told quote, then the writer's own proposal": (
        "前の取引相手にはこう言われました。「直接のほうが安い」\nなので今回も直接振り込みでお願いできますか？"),
    "escrow skipped": "仮払いはなしで、直接振り込みますね。",
    "escrow skipped after a short tail": "仮払いなしでいいですか\nどう？",
    "a proposal that uses みたいに": "次からは直接振り込むみたいにしてもらえませんか？",
    "a bracketed term with its verb": "「直接取引」しませんか？",
    "the same words unquoted, then a direct deal asked": "手数料が20％近いので、外でやれば安くなりますよ。直接どうですか？",
    "a quote, then the writer's own transfer": "「外でやれば安くなる」し、手数料もったいないから直接振り込むね",
    "a fee problem as the reason": "手数料問題があるので、直接振り込みでお願いします",
    "a consequence conceded, then a transfer": "サービス外での取引とみなされますが、直接振り込みでお願いします",
    "a bracketed answer that gives an ID": "[Q] LINEやってる？\n[A] やってるよ、ID: hana_22 追加してね",
    "others described, then the writer's own offer": "直接振込を提案してくる人もいますが、私は直接振込でも大丈夫ですよ",
    "an English ID given": "My LINE ID is hana_22, reply there",
    "others described, then the ask": "仮払いなしで作業してもらえる人も少なくありません、どうですか",
    "a never asked as a question": "直接振り込まれることはありませんか？",
    "one way never, another offered": "PayPayで直接送れることはありませんが、銀行なら直接振り込めます",
    "a plain no asked as a question": "手数料もったいないし、直接取引はしない？",
    "a refusal, then the writer's own way": "直接取引はしないでおこう、でもPayPayで払うね",
    "a shop notice, not a column": "【お知らせ】当店では銀行振込も受け付けます。直接振り込んでください。",
    "a bracketed way with its particle": "「銀行振込」で払いますね",
    "a case that still proposes": "銀行振込にした場合は手数料がかからないので、直接振り込みでお願いします。",
    "a shop FAQ that adds an outside way besides the platform's": (
        "Q．支払い方法は何が使えますか？\nA．アプリの決済のほか、当店ではPayPayでの直接のお支払いにも対応しております。"),
    "the platform's payment, and a transfer on top": "サイトの決済に加えて、銀行振込での直接のお支払いも承ります。",
}


# Near misses of the contact classes above: the writer still asks to move, or gives the detail.
FLAGGED = {
    "a channel after the detail kept back": "電話番号を教えることなくLINEで話せますよ、追加してね",
    "an understanding asked back, then an exchange": "LINEのほうが楽なのは分かるよね？ID交換しよ",
    "a possibility as the reason to ask": "電話のほうが早いこともあるので、番号教えてもらえますか？",
    "a question to the other party, then an offer": "みんなどのアプリ使ってる？LINEなら交換できるよ",
    "one's own code to scan": "私のQRコードを読み取ってください、LINE追加しよう",
    "a call without the exchange, then LINE": "番号交換せずに通話できるのでLINE追加してね",
    "the permission asked of the other party": "Chatworkくらいなら教えても大丈夫でしょうか？",
    "a reported request of another tool, then LINE offered": "「Zoomで話しましょう」と言われました。LINEなら教えてもいいですか？",
    "a hot topic, then LINE": "ホットな情報はLINEで送るので追加してね",
    "a quote, then how it sounds asked": "「LINEで話そう」こんな感じでどう？",
    "a how-to title, then an invitation": "【LINE交換の方法】ID送るので追加してね",
    "the tool's how-to asked, then an invitation": "Slackの始め方わかる？招待するから参加してね",
    "advice against one channel, then another asked for": "メールで送るのはやめましょう、LINEで送ってください",
    "one channel dropped for another": "電話はやめてLINEで話しましょう",
}
BLOCKED = {
    "a handle alone after the tool's question": "Slackは？\nkaito_dev",
    "a told quote, then the writer's own ID": "こう言われた。「LINEで」\nなので私のLINEはhana_22です、追加してください",
    "a handle with a few x in it": "インスタ（@xx_ken）をフォローしてDMください",
    "a reported request, then the writer's own": "「LINEで話そう」って言われたけど、LINEで話しましょう。IDはhana_22です",
    "a case, then the writer's own ID": "LINE交換を求められた場合は、こちらのIDを追加してください：hana_22",
}


@pytest.mark.parametrize("text", FLAGGED.values(), ids=FLAGGED.keys())
def test_contact_near_misses_are_still_flagged(text):
    assert leakguard.scan(text).action.value != "allow"


def test_a_masked_handle_gives_no_handle_but_the_request_still_warns():
    found = leakguard.scan("インスタ（@xxxx_xxxx）をフォローしてDMください")
    assert found.action.value == "warn"
    assert all(f.kind != "handle" for f in found.findings)


@pytest.mark.parametrize("text", BLOCKED.values(), ids=BLOCKED.keys())
def test_contact_details_in_article_shapes_stay_blocked(text):
    assert leakguard.scan(text).action.value == "block"


@pytest.mark.parametrize("text", LEAKS.values(), ids=LEAKS.keys())
def test_article_shaped_leaks_stay_blocked(text):
    assert leakguard.scan(text).action.value == "block"
