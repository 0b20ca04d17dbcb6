"""Issue #14, off-platform payment by class of wording (rounds 1-4 read as classes, not sentences):
for every class a rule reads, positives in several registers and the hard negatives that share its
words. All wording written for these tests; names, numbers and accounts are fictional."""
import pytest

import leakguard
from leakguard.detectors.payment import PaymentDetector, default_payment_detector
from leakguard.lexicon import LexiconError
from leakguard.normalize import NormalizedText

PAYMENT = "off_platform_payment"


def _paid(text: str) -> bool:
    return any(f.category == PAYMENT for f in leakguard.find(text))


def _rule_scores(text: str) -> list[float]:
    return [f.score for f in default_payment_detector()(NormalizedText.of(text))]


# -- what is proposed ----------------------------------------------------------------------------
PROPOSALS = {
    "details given": [
        "ゆうちょの 〇一八店 普通 7654321 です",
        "楽天銀行 第一営業支店 普通 7012345 に入れてもらえれば発送します",
        "PayPayのIDは taro_0815 なのでそこに送金してね",
        "kyash.me/sato123 に送ってもらえますか",
        "口座：普通 7654321 タナカイチロウ（楽天銀行 ロック支店）",
        "振込先：さくら銀行 本店営業部 普通預金 1234567 ナカムラ",
        "ゆうちょの振替口座 00120-3-123456 に払い込んでください",
        "SOLで送ってください：7EcDhSYGxXyscszYEp35KHN8vvw3svAuLKTzXwCFLtV",
        "XRPアドレス rEb8TK3gBgk5auZkwc6sHnwrGVJH8DuaLh タグ 12345",
        "Binance Pay ID: 123456789 に送ってください",
        "LINE Pay: @kumo_pay で送金してね",
        "Revolut @kumodesign で受け取れます",
    ],
    "slang for dealing directly": [
        "チョク取引いけます？",
        "ちょくで取引しよ、手数料もったいないし",
        "現ナマで払うんで安くしてくれません？",
        "現金払いでいいなら送料はいいです",
        "メルカリ通さずに売ってくれたら嬉しいです",
        "とっぱらいでいいなら3000円で譲ります",
        "直接payしてもいい？fee高いし",
    ],
    "payment apps and vouchers": [
        "ファミペイの送金でちょうだい！",
        "楽天キャッシュで送ってもらうことってできます？",
        "Amazonギフトカード1万円分で交換しませんか",
        "クオカードで代金払えます？",
        "ビットコインでも受け取れます。値引きもしますよ",
        "Appleのギフトカードでもいいですよ。番号を写真で送ってくれたらすぐ発送します",
    ],
    "cash by mail": [
        "封筒にお金入れて送りますね",
        "お金は普通郵便で送っても平気ですか",
        "現金書留で送りますので、発送お願いします",
    ],
    "anaphora: the way named before": [
        "iTunesカードならあるんですけど、それで買えます？",
        "直接だと評価はつかないけど、その方がお互い安いっすよね",
    ],
    "English and mixed": [
        "let's just do it directly, I'll send cash app",
        "Venmo me and I'll ship it tomorrow",
        "zelle works for me, no need to go through the site",
        "Send the money to my Revolut and I'll mark it as sold",
        "pls pay with PayPal friends & family, not the site",
        "btw I accept crypto too if that's easier for you",
        "支払いはPayPal friends and familyでお願い、feeかからないから",
        "Pay half now via Wise, half on delivery. Skip the escrow, it's slow.",
        "Can I pay the remaining balance directly to your bank instead of a new milestone?",
        "Next time just hire me directly, no need to go through Upwork.",
        "The fee on the platform is 20%, so let's go direct and I'll invoice you.",
        "lmk if you wanna do cash on pickup instead, no fees",
        "手数料高いんでoutside the appでどう？",
    ],
    "fee compared, then a way out": [
        "手数料が差し引かれない形でお支払いしたいのですが、何か良い方法はございますか。",
        "代金は当日現金でいただきます、ジモティーの決済は手数料かかるので",
        "今後のお取引は別の形でもご相談できればと考えております。手数料の関係もございますので。",
        "ヤフオクにも出品してるので、そっちで落としてくれたら手数料分安くします",
    ],
    "instead of the site's payment": [
        "取引画面での支払いはやめて、銀行振込でお願いします",
        "購入は取り消してもらって、ゆうちょに振り込んでもらえたら",
        "一旦取引キャンセルして、手渡しにしましょう",
    ],
    "a menu of outside ways": [
        "PayPalかWise、どっちがいい？",
        "Zelle, Venmo, or CashApp — whatever works for you",
        "振込、PayPay、手渡し、どれがいいですか？",
    ],
    "the seller's own site or another marketplace": [
        "私のホームページから申し込んでもらえれば、ここより2割安くなります",
        "同じ商品をBASEでも売っているので、そちらから買っていただくと送料無料です",
        "ネットショップの方で購入していただけますか？",
        "うちの店に直接来てくれたら、サイトより安く売りますよ",
        "次のご予約は私のホームページから直接承ります",
    ],
    "the order cancelled for the company's own contract": [
        "この取引は一度キャンセルしていただいて、弊社の業務委託契約書で締結し直す形にできませんでしょうか。",
        "請求書はこちらに直接お送りください。",
    ],
    "innuendo": [
        "手元9,000円で売りたいです、意味わかりますよね？",
    ],
    "negation with scope: one way refused, another offered": [
        "銀行振込はできませんが、PayPayなら送れます",
        "サイト外での支払いはNGですが、手渡しならOKです",
        "カードは使えないので、現金か振込でお願いします",
        "規約違反なのはわかってますけど、直接のほうがお互い楽じゃないですか",
        "サイトだと手数料が高いので、別のやり方ないですかね",
        "直接取引はしない主義なのですが、PayPayで先にいただけるなら特別に対応します。",
    ],
    "details and ways in other words": [
        "ここ抜きで取引したほうが安くつくと思うんですが、どうですか",
        "You can also just send it to my PayPal, faster that way.",
        "I'd rather take cash when we meet, skip the app checkout.",
        "PayPayで先払いしてくれたら今日やるよ",
        "振込しかないと思うので、振込でお願いします",
        "支払いはサイトでなく振込でお願いします",
        "LINE Payは終わったので、PayPayで送ってもらえますか",
        "直接依頼という形で、サイトを通さずにお願いしたいです",
        "このサイト手数料エグいから、直でやろ",
    ],
    "lessons, rent and repairs": [
        "レッスン代は次回から月謝袋で直接お持ちください",
        "修理代は作業後に直接振り込んでください、サイトの決済は不要です",
        "お支払いは代引きでも大丈夫ですか？アプリの外で発送するので",
        "3万円の案件ですが、手数料引かれると2.4万になるので、直接なら2.7万でいかがでしょう",
    ],
    "kana spellings and dialect": [
        "ちょくで払うわ、そっちのほうが安いやろ",
        "ぺいぺいで送っといて〜",
        "げんきんでてわたしでもいいですか",
        "アプリ通さんと直接やったほうがええんちゃう？",
        "購入ボタン押さんといて、振込にするから",
        "まけるから直で買ってくれへん？",
    ],
    "a proposal inside a long business message": [
        "株式会社みどり企画の佐藤です。\n先日は納品ありがとうございました。\n\n次回以降のご依頼について一点ご相談がございます。\n"
        "弊社の経理規定上、プラットフォーム経由の支払いは毎回稟議が必要となり、手続きが煩雑になっております。\n"
        "つきましては、次回からは弊社と直接業務委託契約を締結し、請求書払いとさせていただけないでしょうか。\n"
        "━━━━━━━━\n株式会社みどり企画　佐藤",
        "振込先はプロフに書いてあるので、そちらにお願いします",
        "手数料分は後でPayPayで返しますね",
    ],
    "a held payout claimed elsewhere": [
        "あなたの報酬 52,300円 が保留中です。受け取りには下記のLINE公式アカウントを追加してください @pay-desk-jp",
    ],
}


@pytest.mark.parametrize("text", [t for texts in PROPOSALS.values() for t in texts])
def test_proposal_classes_are_found(text):
    assert _paid(text)


# -- what is only talked about ---------------------------------------------------------------------
QUIET = {
    "refused, politely or later": [
        "せっかくですが、サイト外での決済は控えさせていただきます",
        "現金手渡しは遠慮しておきます、アプリ決済でお願いします",
        "直接契約のご提案、ありがとうございます。あいにく規約で禁止されているため、引き続きこちらでお願いします",
        "直接契約のお話、ありがとうございます。ただ規約上お受けできないので、次回もこちらのサイト経由でお願いします。",
        "No direct payments please, escrow only.",
        "手数料高いけど、補償あるからアプリで買う派",
    ],
    "reported, warned about or advised": [
        "手数料がもったいないって言う人もいるけど、サイト経由の方が安心だと思ってます",
        "現金での支払いを求められたことがあります。",
        "Someone asked me to pay by Venmo outside the app. Is that a scam?",
        "振込先の変更を求めるメッセージが届いた場合は、運営にご報告ください。",
        "直接って言われたけど、怖いから断ったよ",
        'Some buyers will message you: "Let\'s skip the fees, just pay me on PayPal and I\'ll ship today."',
        'If a seller says "Venmo me and I\'ll send the tracking number", that is a scam.',
        "「手数料がもったいないので直接振り込みでどうですか」「PayPayで先に送ってもらえれば安くします」といったメッセージが届くことがあります。",
    ],
    "a refusal that covers every way named": [
        "PayPayでも銀行振込でも、サイト外の支払いはお受けできません",
        "直接取引はしない主義です、すみません",
        "直接払ったほうが安いのは事実ですが、私はやりません",
        "振込先を間違えたので運営に連絡しました",
    ],
    "fees priced in, on the platform": [
        "この案件の報酬、手数料引かれると少なくなりますね。でも仕方ないです",
        "サイトの手数料を考えて、少し高めの価格設定にしています",
        "月謝はサイトの決済で毎月自動で引き落とされます",
        "家賃は毎月27日に口座から引き落としです",
        "直接お会いして打ち合わせしたいです（支払いはサイトで）",
        "ここの手数料って高いですよね〜",
        "手数料を節約するコツってありますか？まとめ売りとか",
    ],
    "the fee accepted": [
        "手数料高いなぁ、まあしゃあないか",
        "振込はアプリでやってな、直接はあかんで",
        "ほな、アプリで購入しといてな",
    ],
    "money between friends": [
        "友達がPayPayで払ってくれた、ランチ代",
        "PayPayで割り勘しよう、ランチ代ね",
        "現金書留の送り方を調べています（祖母に送るため）",
        "郵送だとお金かかりますか？",
    ],
    "the site's own checkout": [
        "メルペイ残高で支払いますね。あと5分くらいで購入します！",
        "サイトの決済でPayPayが選べるので、それで支払いますね",
        "ファミペイでコンビニ払いすれば、サイトの支払いもできますよ",
    ],
    "the platform's own direct-request and tipping features": [
        "ランサーズの直接依頼機能でご依頼いただければ対応できます",
        "プロフィールから直接依頼できますので、そちらからお願いします",
        "見積もり機能から直接発注していただけますか",
        "サイトの「直接契約」機能を使ってご依頼ください",
        "おひねり機能で直接お支払いいただくこともできます（サイト内の機能です）",
    ],
    "a way of paying as the work": [
        "PayPay決済の説明資料を作ってほしいです!字は大きめでお願いします",
        "中学生向けに「PayPay決済の仕組み」を説明する資料づくりを手伝ってもらえますか？",
        "PayPay決済をECサイトに導入する作業をお願いしたいです",
        "振込先口座の入力フォームのバリデーションを実装してください",
        "手渡しでの集金業務の代行をお願いしたいです",
        "請求書の振込先欄のレイアウトを整えてください",
        "振込先口座を登録する画面のUIデザインをお願いします",
        "【仕様書】決済機能の追加について\n・対応決済：クレジットカード、PayPay、銀行振込\n"
        "・銀行振込の場合は振込先口座を注文完了メールに記載\n・PayPayはQRコード決済（加盟店ID取得済み）\n"
        "上記で見積もりをお願いします。",
    ],
    "quoted to be translated": [
        "「PayPayで払ってください」を英訳するとどうなりますか",
        "翻訳お願いします：「銀行振込でお支払いいただけますか」",
        "「直接取引しましょう」の中国語訳を教えてください",
        "次のセリフを英語にしてください：「銀行振込でお願いします」",
        "英会話レッスンで「Can I pay by PayPal?」の言い方を練習したいです",
        'Please proofread: "We accept PayPal and bank transfer."',
    ],
    "discontinued services": [
        "LINE Payは2025年4月で終わったので、もう使えませんよ",
        "楽天ペイの個人送金、廃止になったらしいです",
    ],
    "shops and outings": [
        "私はメルペイが使えるスーパーで使ってます　手数料かかってもいいなら銀行に振込もできます",
        "支払いは現金とペイペイのみと言われました",
        "全部現金に変えます笑",
        "QRコード支払い出来るのに説明がなかった。現金で支払うしかないと思った。",
        "以前買ったことのある梅干しを買いに来たのですが、それとは別に好きな物もたくさん売っていた",
    ],
    "test values and formats": [
        "テスト用の口座番号 1234567 で動作確認してください",
        "口座番号は7桁の数字です（入力フォームの説明文）",
        "ビットコインアドレスの形式チェック（bc1〜）を実装してください",
        "振込先は取引画面に表示されている運営の口座です",
    ],
    "near misses of the new rules": [
        "メルカリより少し安くしています、よろしくお願いします",
        "PayPayは持ってないです。それでもいいですか？",
        "この請求書は直接印刷して使えますか",
        "弊社の契約書の雛形をレビューしてほしいです",
        "一度キャンセルして、再出品しますね",
        "意味わかりますよね？この値段は最終価格です",
        "報酬が保留になってて困ってます。LINEで運営に聞けるんですかね？",
        "ヤフオクで買ったものを出品しています",
        "私のホームページを作ってください、予算は5万円です",
        "アマギフ5000円分をプレゼントするキャンペーンのバナーを作ってください",
        "I'll send the files via WeTransfer, is that ok?",
        "直接見に来て、気に入ったら買ってください",
        "直接会って、その場で買ってもらえますか",
        "鍵の受け渡しもありますし、アプリを通さずにLINEでやりとりしませんか？",
        "Email: vendor [at] example [dot] com — please send the tax form there, not via the platform.",
        "I paid with PayPay in the app, order is confirmed.",
        "Can I pay the remaining balance through the platform as a new milestone?",
        "Payment has been released from escrow, thanks for the great work!",
        "Can you send the files directly to my email?",
        "You can hire me directly on Upwork through my profile.",
        "Please create a new direct contract here on Upwork for the next phase.",
        "Let's go direct to the next step of the project",
        "決済方法の比較表（PayPay、LINE Pay、楽天ペイ）を作ってください",
        "PayPayと楽天ペイ、どっちがお得なキャンペーンやってるか知ってます？",
        "Which do you prefer for your shop checkout: PayPal or Stripe? I can integrate either.",
        "Fees are high on this app but I'd rather stay safe.",
        "We need a PayPal button on the checkout page, can you add it?",
    ],
}


@pytest.mark.parametrize("text", [t for texts in QUIET.values() for t in texts])
def test_talk_about_payment_is_not_a_proposal(text):
    assert not _paid(text)


# -- the mechanisms, one at a time -------------------------------------------------------------------
def test_a_bank_fee_is_not_the_platform_fee():
    assert not _rule_scores("銀行振込の手数料って地味に高いよね")
    assert max(_rule_scores("サイトの手数料って地味に高いよね、直接どうですか")) >= 0.5


def test_an_answer_counts_only_when_it_proposes_nothing_itself():
    # the next clause refuses: the proposal referred to is answered
    assert max(_rule_scores("直接契約のお話ですが、規約上お受けできません"), default=0) < 0.3
    # the next clause is a proposal of its own: both stand
    assert max(_rule_scores("直接契約のお話ですが、PayPayで払ってもらえますか")) >= 0.5


def test_the_platform_set_aside_before_its_fee_does_not_silence():
    assert max(_rule_scores("サイトの決済は手数料が高いので、振込でお願いします")) >= 0.5


def test_a_channel_as_the_means_is_no_work_topic():
    assert _paid("PayPayで払ってくれたら記事を書きます、お願いします")
    assert not _paid("PayPayの使い方マニュアルを作成してほしいです")


def test_job_phrase_is_a_job_topic_that_reaches_over_its_phrase():
    detector = default_payment_detector()
    phrase = [t for t in detector.terms if t.label == "マニュアル"]
    assert phrase and all(t.kind == "job_topic" and t.phrase for t in phrase)
    near = [t for t in detector.terms if t.label == "対応" and t.kind == "job_topic"]
    assert near and not any(t.phrase for t in near)  # 「LINE Payでの送金にも対応しております」 offers


def test_an_unknown_negation_kind_names_job_phrase(tmp_path):
    negation = tmp_path / "neg.txt"
    negation.write_text("#: columns = term, kind, match\n図解\tjob_far\tsurface\n", encoding="utf-8")
    with pytest.raises(LexiconError, match=r"neg.txt:2: kind 'job_far' is not one of .*job_phrase"):
        PaymentDetector(extra_negation=[negation])


def test_a_platform_phrase_topic_extends_the_packaged_list(tmp_path):
    text = "PayPay決済のことを図解でまとめてほしいです"
    negation = tmp_path / "neg.txt"
    negation.write_text("#: columns = term, kind, match\n図解\tjob_phrase\tsurface\n", encoding="utf-8")
    extended = PaymentDetector(extra_negation=[negation])
    assert max(f.score for f in extended(NormalizedText.of("PayPayで払うので図解は不要です、お願いします"))) >= 0.5
    assert all(f.score < 0.5 for f in extended(NormalizedText.of(text)))


ADVICE_ARTICLE = """フリマアプリで安全に取引するための5つのポイント
1. 支払いは必ずアプリの決済で
「手数料がもったいないので直接振り込みでどうですか」「PayPayで先に送ってもらえれば安くします」といったメッセージが届くことがあります。
こうした直接取引の誘いに応じると、商品が届かなくても補償を受けられません。
銀行振込や現金書留、ギフト券での支払いを求められたら、運営に通報しましょう。
2. エスクロー（仮払い）の仕組みを理解する
仮払いでは、購入者が支払ったお金を運営が一時的に預かり、受け取り評価の後に出品者へ支払われます。
だからこそ、仮払いなしで作業を始めてほしいという依頼には注意が必要です。
3. 手数料について
サイトの手数料は安全のためのコストです。手数料を節約するために外で取引するのはおすすめしません。
Why you should never pay outside the platform
Some buyers will message you: "Let's skip the fees, just pay me on PayPal and I'll ship today."
If someone asks you to pay by Zelle or Venmo, report them.
まとめ：支払いはアプリ内で完結させ、直接取引の提案はきっぱり断りましょう。"""


def test_an_advice_article_is_not_blocked_whole_or_line_by_line():
    assert leakguard.scan(ADVICE_ARTICLE).action.value != "block"
    for line in ADVICE_ARTICLE.splitlines():
        assert leakguard.scan(line).action.value != "block", line


QA_ARTICLE = """Q. 手数料を払いたくないので直接取引したいと言われたら？
A. 直接取引はトラブルの元です。お断りして、サイトの決済を使ってもらいましょう。
よくある誘い文句の例
・手数料がもったいないので直接どうですか
・PayPayで送ってもらえればすぐ発送します
・Amazonギフト券で払ってもらえますか
これらのメッセージを受け取ったら、運営に通報してください。
エスクローでは、代金は取引完了まで運営が預かります。"""


def test_examples_listed_under_a_heading_are_mentions():
    assert not _paid(QA_ARTICLE)
    # the same bullets under a heading that does not call them examples are proposals
    assert _paid(QA_ARTICLE.replace("よくある誘い文句の例", "ご相談です"))


@pytest.mark.parametrize("text", [
    "Zelle, Venmo, or CashApp — whatever works for you",  # a menu: no anchor word, no English rule
    "アマギフ5000円分でどうでしょう",  # a voucher
    "あなたの報酬が保留中です。受け取りはLINE公式アカウントで @pay-desk-jp",  # a held payout
])
def test_the_gate_passes_what_the_details_reader_finds(text):
    from leakguard.detectors.payment_details import may_find

    view = NormalizedText.of(text)
    assert may_find(view.text)
    assert leakguard.find(text) == leakguard.scanner.find_ungated(text)


# -- round-5 classes (#14): a work topic set off before the proposal; an amount alone after an
# English proposal ------------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "確定申告のご相談につきましては、今後は弊所と直接顧問契約を締結いただく形に切り替えさせていただければと存じます。",
    "確定申告の件ですが、次回からは直接お振込みいただけますか",
    "ok with Amazon gift code? 2000 yen",
    "lesson after, I want give you tip. ok with Amazon gift code? 2000 yen",
    "Can I pay by PayPal? pls",
])
def test_round5_proposal_classes(text):
    assert _paid(text)


@pytest.mark.parametrize("text", [
    "暗号資産の取引の確定申告をお願いします",  # the way of paying is the subject of the work
    "確定申告については、PayPayの売上も含めて計算してください",
    "PayPay決済の確定申告につきましては、直接お振込みいただいた分も記帳します",
    "I paid with a gift card last time. 2000 yen",  # a story, with its amount
    "PayPal is not allowed here. 500 yen",  # the rule, with an amount after it
    "Do not use PayPal. Thanks!",
])
def test_round5_look_alikes(text):
    assert not _paid(text)


# -- part paid outside, the rest after the platform's share (「半分はアプリで、残りは現金で」); slang
# for cash on the spot and bank transfer (取っ払い, 銀振), the casual 「…でよろしく」 ------------------
@pytest.mark.parametrize("text", [
    "半分はアプリで、残りは現金でお願いできますか",
    "半分はアプリで、残りは手渡しでお願いできますか",
    "代金はアプリで、差額は現金でいただけますか",
    "取っ払いでお願いします",
    "銀振でお願いします",
    "銀振でよろしく",
    "手渡しでよろしく〜",
])
def test_part_outside_and_slang(text):
    assert _paid(text)


@pytest.mark.parametrize("text", [
    "支払いはアプリで、残りの質問はまたメッセージします",  # the rest is not money
    "代金はアプリで、あとは発送を待つだけです",
    "代金はアプリで、残りの送料もアプリで追加します",
    "支払いは全部アプリでお願いします",
    "取っ払いって何ですか？",  # the word asked about
    "取っ払いでの支払いはお断りしています",  # refused
    "銀振はできません、アプリ決済でお願いします",
    "銀振で払った人いますか？",  # a question about others
    "アプリ決済でよろしく",  # the platform's way
    "以上でよろしくお願いします",
])
def test_part_outside_and_slang_look_alikes(text):
    assert not _paid(text)


# -- the platform's price beaten, said as a plain offer (「本サイト経由より1万円お安くご案内可能です」):
# the platform named before より is what the other way beats, not the way to pay ------------------
@pytest.mark.parametrize("text", [
    "月額顧問料は本サイト経由より1万円お安くご案内可能です。",
    "次回からは弊社と直接ご契約いただければ、サイト経由より安くなります",
    "サイトより1分あたり50円お得です",
    "サイトを通すより安くできます",
])
def test_platform_price_beaten(text):
    assert _paid(text)


@pytest.mark.parametrize("text", [
    "銀行振込の入金消込作業、月30件まで対応可能です。",  # the work
    "こちらの商品はセット購入でお得です",
    "まとめ買いなら安くなります",
    "アプリのクーポンを使うと安くなります",
    "サイト経由よりも安全なので、アプリで払ってください",  # the platform preferred
    "サイト経由より直接の方が安いと言われましたが、お断りしました",
    "このサイトより安いところはありますか？",
    "メルカリより安くしています",  # the seller's own listing elsewhere
])
def test_platform_price_beaten_look_alikes(text):
    assert not _paid(text)


# -- the way said last with the request left unsaid (「取り置きしておくので当日現金で」「あとは直接で🙏」) ---
@pytest.mark.parametrize("text", [
    "一回出品消しますね、あとは直接で",
    "取り置きしておくので当日現金で",
    "あとは直接で🙏",
])
def test_way_said_last(text):
    assert _paid(text)


@pytest.mark.parametrize("text", [
    "受け取りは手渡しで",  # the goods handed over
    "支払いはアプリで",  # the platform's way
    "前回は現金で払いました",  # told
    "送料は着払いで",
    "現金で払うと言われましたが、アプリでお願いしました",
])
def test_way_said_last_look_alikes(text):
    assert not _paid(text)


def test_mitai_is_no_wish():
    # 「みたいです」 (it seems) holds no 「たいです」 (want): the rules read no request in it
    assert all(s < 0.5 for s in _rule_scores("現金で払う人もいるみたいですね"))
    assert max(_rule_scores("現金で払いたいです")) >= 0.5
