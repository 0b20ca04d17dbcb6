"""Issue #14, long texts about the rules in genres the advice set has few of: each must be allowed
whole and line by line (as a chat back end that splits posts reads it), and texts of the same shape
that do leak must stay blocked. Every text is written for these tests; names, numbers, IDs and
accounts are fictional."""
import pytest

import leakguard
from leakguard.detectors.mentions import mentioned_spans

GENRES = {
    "news report with quoted police statements": """\
フリマアプリ詐欺で男を逮捕　「サイト外で払えば安くする」と持ちかけ
県警は12日、フリマアプリで知り合った女性から代金をだまし取ったとして、無職の男（34）を詐欺の疑いで逮捕した。
調べによると、男は「アプリを通さずに銀行振込してくれたら3千円引きます」とメッセージを送り、現金約4万円を振り込ませた疑いがある。
男は「LINEで連絡を取ったほうが早いと思った」と容疑を一部否認している。
県警は「アプリの外での支払いや連絡先の交換を求められたら、応じずに運営へ通報してほしい」と呼びかけている。""",
    "a platform's rule-change announcement": """\
【重要】利用規約改定のお知らせ（2027年4月1日施行）
いつも当サービスをご利用いただきありがとうございます。
このたび、第12条（禁止事項）を次のとおり改定します。
改定前：他の会員に対し、本サービス外での取引を勧誘すること
改定後：他の会員に対し、本サービス外での取引または連絡（電話、メール、SNS等）を勧誘すること
改定後は、取引メッセージで「直接振り込みます」「LINEで話しましょう」と書くことも禁止事項にあたります。
ご不明な点はヘルプセンターからお問い合わせください。""",
    "a compliance-training handout": """\
新任バイヤー研修　資料3　取引先とのやりとり
■ この章のねらい
・購買担当者が、仕入先と私的な連絡先を交換しない理由を理解する
■ ケーススタディ
仕入先の営業担当から「見積もりは個人の携帯に送ってもいいですか」と聞かれた。
→ 会社のアドレスと発注システムだけを使うよう伝える。
■ 確認テスト
問1　仕入先から「値引きするので代金は個人口座に振り込んでほしい」と言われたらどうしますか？""",
    "a consumer-centre warning with case studies": """\
消費生活センターからのお知らせ　個人間取引のトラブルが増えています
【事例1】
ネットオークションで中古カメラを落札した60代男性。出品者から「手数料がかかるので、落札後は直接振り込んでください」と連絡があり、指定の口座に5万円を振り込んだが、商品は届かなかった。
【事例2】
20代女性が、SNSで知り合った相手から「LINEの方が連絡しやすい」と言われてIDを教えたところ、高額な副業の勧誘が続いた。
【アドバイス】
・取引サイトの外での支払いには応じないようにしましょう。
・困ったときは、局番なしの188（消費者ホットライン）に電話して相談してください。""",
    "a YouTube script in spoken style": """\
はいどうもー、今日はフリマの詐欺の話をしていきます！
いやー、コメント欄でも多いんですよ、「直接取引しませんかって言われたんだけどどうしたらいい？」っていう質問。
結論から言うと、絶対やめてください。
だってね、相手が「PayPayで送ってくれたら安くするよ」とか言ってきても、お金払ったあと逃げられたら終わりなんですよ。
アプリの中でやりとりしてれば、運営がちゃんと間に入ってくれるんで。
じゃあ今日はこのへんで、チャンネル登録よろしくお願いしまーす！""",
    "a fee-comparison review": """\
フリマアプリ3社の手数料を比べてみた
販売手数料はA社が10%、B社が6.6%、C社が5%でした。
振込申請の手数料は、A社が200円、B社は無料、C社は1,000円以上の申請なら無料です。
銀行振込の手数料って地味に高いよね、と感じている人にはB社がおすすめです。
手数料が安いからといって、アプリの外で直接取引するのはやめましょう。補償がなくなります。""",
    "a payment service's fraud FAQ": """\
よくあるご質問：送金アプリの詐欺について
Q. 知らない人から「PayPayで先に送金してください」と言われました。送っても大丈夫ですか？
A. 面識のない相手への先払いはおやめください。送金後の取り消しはできません。
Q. フリマの相手に送金用のIDを教えてもいいですか？
A. フリマアプリでのお支払いは、各アプリの決済機能をご利用ください。
Q. 「返金するので口座番号を教えて」と連絡が来ました。
A. 当社が口座番号をお尋ねすることはありません。""",
    "a chat tool's manual on adding friends by ID": """\
友だちをID検索で追加する方法
1. ホーム画面の「友だち追加」をタップします。
2. 「検索」を選び、「ID」にチェックを入れます。
3. 相手のIDを入力して検索します（例：@xxxxxxx）。
4. 表示されたアカウントを確認して「追加」をタップします。
※ 年齢確認が済んでいない場合、ID検索は利用できません。
※ 知らない人にIDを教えるのは控えましょう。""",
    "a lawyer's column on 違約金": """\
弁護士コラム：直接取引の違約金は払わなければならないか
クラウドソーシングの規約には、サイト外で直接契約した場合に違約金を定めるものが多くあります。
相談者は、クライアントから「次回からは直接契約でお願いしたい」と持ちかけられ、応じたところ、運営から手数料の10倍の違約金を請求されました。
規約に同意して登録している以上、違約金の条項は原則として有効と考えられます。
ただし、金額が著しく高額な場合は、消費者契約法により一部が無効となる可能性もあります。""",
    "a forum thread with replies": """\
【相談】取引相手にLINE交換を求められた
1 名無しさん
購入者から「LINEでやり取りしたいです」って来たんだけど、これって断っていいの？
12 名無しさん
普通に断っていいよ。規約違反だし
13 名無しさん
>>12
だよね。「アプリ内でお願いします」って返しとけばOK
14 名無しさん
>>1
直接払いたいとか言い出したら100%詐欺だから気をつけて""",
    "a transcript in a how-to-refuse post": """\
断り方の実例（実際のやりとり）
購入者：手数料分を引いてもらえませんか？現金で払います。
私：申し訳ありませんが、アプリ内でのお取引のみとなります。
【悪い例】直接振り込んでいただければ割引します
【良い例】アプリ内でのお支払いをお願いいたします""",
    "a seller's diary of refusing a buyer": """\
出品日記　11月8日
今日はちょっと困った購入希望者がいた。
「手数料分を引いてくれたら、現金書留で送ります」と言われたので、丁寧にお断りした。
向こうはしばらく食い下がってきて、最後は「じゃあ電話番号だけでも」と。
もちろん教えなかった。アプリの外に出たら何かあっても誰も守ってくれない。
結局、その人は取引をキャンセルした。これでよかったと思う。""",
}

# Texts of the same shapes that do leak, and the action each must get whole.
LEAKS = {
    "a manual that ends with the seller's own LINE ID": ("""\
友だちをID検索で追加する方法
1. ホーム画面の「友だち追加」をタップします。
2. 「検索」を選び、「ID」にチェックを入れます。
3. IDを入力して検索します。
ご質問は私のLINEへどうぞ！ID：mika_shop77""", "block"),
    "a shop notice with an outside bank account": ("""\
【ショップからのお知らせ】
いつもご覧いただきありがとうございます。
アプリの手数料が上がったため、今後のご注文は下記口座へ直接お振込みください。
みずほ銀行 渋谷支店 普通 1234567 ヤマダハナコ
お振込み確認後に発送いたします。""", "block"),
    "a rules quote followed by 「でも直接で」": ("""\
規約には「サービス外での取引を勧誘しないこと」とありますね。
でも直接でお願いできませんか？手数料がもったいないので""", "block"),
    "an FAQ heading followed by the seller's own offer": ("""\
Q. 支払い方法は？
A. PayPayで直接送ってもらえれば1割引きにします！""", "block"),
    "a transcript whose own side gives the ID": ("""\
購入者：LINEで連絡してもいいですか？
私：はい、IDはhana_0412です""", "block"),
    "a notice addressed to 購入者様： asking to pay outside": ("購入者様：PayPayで直接お支払いください", "block"),
    "a shop notice titled 【お知らせ】 asking to pay outside": (
        "【お知らせ】手数料が上がったので、今後はPayPayで直接お支払いください。", "block"),
    "a news-style quote followed by the writer's own invitation": ("""\
ニュースで「LINEで連絡を取ったほうが早い」と言った人が捕まってたけど、
うちは大丈夫なのでLINEで連絡ください。ID：sora_k2025""", "block"),
}


def _action(text: str) -> str:
    return leakguard.scan(text).action.value


@pytest.mark.parametrize("genre", sorted(GENRES))
def test_article_is_allowed_whole(genre):
    report = leakguard.scan(GENRES[genre])
    assert report.action.value == "allow", [(f.category, f.text) for f in report.findings]


@pytest.mark.parametrize("genre", sorted(GENRES))
def test_article_is_allowed_line_by_line(genre):
    flagged = [line for line in GENRES[genre].splitlines() if line.strip() and _action(line) != "allow"]
    assert not flagged


@pytest.mark.parametrize("name", sorted(LEAKS))
def test_article_shaped_leak_keeps_its_action(name):
    text, action = LEAKS[name]
    assert _action(text) == action


@pytest.mark.parametrize("text, shown", [
    ("・「在庫があるので、詳しくはインスタのDMで」", "「在庫があるので、詳しくはインスタのDMで」"),
    ("（エ）「手数料分を上乗せするので、直接振り込ませてください」 → 違反", "「手数料分を上乗せするので、直接振り込ませてください」"),
    ("相手から「PayPayで払って」と言われた", "「PayPayで払って」"),
    ("× サイト外の支払いに応じる", "× サイト外の支払いに応じる"),
    ("■ 取引相手と電話で話したい", "■ 取引相手と電話で話したい"),
    ("Q. 契約後ならZoomで打ち合わせしてもいいですか？", "Q. 契約後ならZoomで打ち合わせしてもいいですか？"),
    ("【悪い例】直接振り込んでいただければ割引します", "【悪い例】直接振り込んでいただければ割引します"),
    ("購入者：手数料分を引いてもらえませんか？現金で払います。", "購入者：手数料分を引いてもらえませんか？現金で払います。"),
    (">>12 それ詐欺だよ。「LINEで話そう」は全部無視でいい", "「LINEで話そう」"),
    ("Zoomで面談しましょう、という依頼は契約後ならOKです。", "Zoomで面談しましょう"),
    ("こんな誘いには乗らないで！\n→ 手数料分を値引きするので銀行振込で", "→ 手数料分を値引きするので銀行振込で"),
    ("銀行振込、PayPay、ギフト券。この3つを指定してきたら要注意です。", "銀行振込、PayPay、ギフト券。"),
    ("今日も「直接なら安くします」の人が来た。スルー。", "「直接なら安くします」"),
    ("いやー、直接取引しませんか、みたいなメッセージ来るじゃないですか。", "いやー、直接取引しませんか"),
    ("Q3. 次回から直接やりとりして予約したいのですが。", "Q3. 次回から直接やりとりして予約したいのですが。"),
    ("Q. 資料を送りたいです。\nA. サイトのメッセージに添付してください。", "Q. 資料を送りたいです。"),
    ("■お断りしていること\n・サイト外での直接契約", "・サイト外での直接契約"),
    ("【禁止事項】\n\n・PayPayなど外部での支払い", "・PayPayなど外部での支払い"),
    ("LINEで連絡しようか？って言われたけど、ここでお願いしたい", "LINEで連絡しようか？"),
    ("次のメッセージが届きました。\n＞こちらのLINEに登録してください", "＞こちらのLINEに登録してください"),
    ("『もしもし？電話出てくれてありがと』から始まる台本で", "『もしもし？電話出てくれてありがと』"),
])
def test_mentions(text, shown):
    assert [text[a:b] for a, b in mentioned_spans(text)] == [shown]


@pytest.mark.parametrize("text", [
    "LINEで連絡ください",
    "「LINE」で検索して追加してください",  # a quoted word to type, too short to be a message
    "【急募】LINEで連絡できる方いませんか？",  # 【】 titles a chat post as often as an article
    "■注意点\n・お支払いはPayPayでお願いします",  # a shop's own terms under its own heading
    "NGワードはありません。PayPayで払ってください",
    "LINEで連絡しましょう、というのが私の提案です",  # the writer's own proposal, named by の
    "お支払いはPayPay。この点だけ注意してください",  # no warning about danger points back
    "PayPayで払います。そんなのは詐欺じゃないです",  # a sentence with its own predicate
    "Q. 支払い方法は？\nA. PayPayで払ってください",  # the answer is the writer's own
    "Q. PayPayで払って、LINEで連絡して\nQ. 次",  # a Q line that neither asks nor wishes, no answer line
    "■お支払い方法\n・PayPayでお願いします",  # a heading that names no refusal
    "直接取引は禁止ですが、次の方法なら：\n・PayPayで払ってください",  # a sentence, not a heading
    "■お断りしていること\n・値引き交渉\n■お支払い\n・PayPayで払います",  # the next heading ends the list
    "■できない方へ\n・PayPayでお支払いください",  # a heading for those who cannot, no list of refusals
    ">>12 PayPayで払ってください",  # a reply anchor, then the writer's own words
    "＞＜ LINEで連絡してね",  # a face
])
def test_not_mentions(text):
    assert all("PayPay" not in text[a:b] and "LINEで連絡" not in text[a:b] for a, b in mentioned_spans(text))


@pytest.mark.parametrize("text", [
    "■注意点\n・お支払いはPayPayでお願いします",
    "LINEで連絡ください。検索は「LINE」のIDで",
    "「直接取引はだめ」と言われてますが、直接でお願いできませんか",
    "Slackで連絡しましょう。「追加でこれもお願い」と言われたら対応します",
    "＞LINE教えてもらえますか\nいいですよ、LINEで話しましょう！",  # the reply under the quoted line
    "＞こちらのLINEに登録してください",  # a quoted line alone is warned, never allowed
])
def test_proposals_beside_mentions_stay_flagged(text):
    assert _action(text) != "allow"


def test_mentioned_spans_rejects_bytes():
    with pytest.raises(TypeError):
        mentioned_spans(b"abc")


@pytest.mark.parametrize("text, action", [
    ("「詳細は公式LINE（@xxxxxxx）を追加して確認してください」", "allow"),  # masked whole: no ID
    ("LINE ID: ○○○○ を検索して追加", "allow"),
    ("LINE ID: xxx_shop です、追加してね", "block"),  # an ID with a masked-looking part is still an ID
    ("ラインは @maxxxxx です", "block"),
])
def test_an_id_masked_whole_is_no_id(text, action):
    assert _action(text) == action
