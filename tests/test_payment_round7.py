"""Round-7 payment classes (creators' commission marketplaces and home services booked through an
app): a direct order or booking sold with a saving (直依頼, 当店直予約で20%オフ, 直接お受けし直す…。
料金も1割引き), a pass sold directly (回数券を私から直接販売), a creator's own support or shop page
taking the commission (FANBOXの有料プラン, BOOTHで依頼枠), said to be cheaper than the app; and the
quiet side of each. All wording written for these tests."""
import pytest

import leakguard

PAYMENT = "off_platform_payment"


def _paid(text: str) -> bool:
    return any(f.category == PAYMENT for f in leakguard.find(text))


DIRECT_WITH_SAVING = [
    "次回からは当店直予約なら15%オフでご案内しています。",
    "今度から直依頼でいいですよ！手数料のぶん、1割引きにしときます",
    "アプリの予約はキャンセルしてもらって、こちらで直接お受けします。料金も2割オフになります。",
    "次回から直接予約でいただければ、割引いたします",
]

CREATOR_PAGE = [
    "Ko-fiで依頼してもらえたら、こっちより安くできますよ",
    "FANBOXのプランに入ってもらえたら、そっちでリクエスト受けるのでここより安いです",
    "Ko-fiのコミッション枠から頼んでもらえたら、こっちより安くなりますよ",
    "BOOTHで同じ内容の有償リクエストを出してもらえたら、そちらで受けます！",
    "BOOTHで依頼枠を買ってもらえたら描きます！",
]

PASS_SOLD_DIRECTLY = [
    "5回券を私から直接販売しています。アプリ経由より1回500円お得です。",
    "回数券は当店から直接販売もしていて、アプリを通すより安くなります",
]


BOOKING_CANCELLED = [
    "アプリの予約はキャンセルしてもらって、お代は玄関でいただく形でどうですか",
    "アプリの予約を取り消してもらえれば、当日現金でお支払いいただく形でも大丈夫です",
    "アプリでは「急用のためキャンセル」で処理して、お代は玄関でいただきます",
]


@pytest.mark.parametrize("text", DIRECT_WITH_SAVING + CREATOR_PAGE + PASS_SOLD_DIRECTLY + BOOKING_CANCELLED)
def test_round7_off_platform_offers_found(text):
    assert _paid(text)


QUIET = [
    # the creator's shop or support page as a topic of the work
    "BOOTHで頒布するグッズのデザインです。販売は自分でやるので、デザインだけお願いします",
    "FANBOXの支援者向けに描いたイラストの続きをお願いしたいです",
    "Ko-fiのボタン画像を作ってほしいです",
    "BOOTHで売っている本の表紙をお願いしたいです",
    "BOOTHで買った素材を使ってもいいですか",
    "BOOTHの商品ページに載せる依頼枠の説明文を書いてほしいです",
    "BOOTHで安く売られている素材を使っても大丈夫ですか",
    "FANBOXの支援で描いた絵をまとめてほしいです",
    # another marketplace said to be cheaper is a search, not a way around this one
    "ココナラより安いサイトを知りませんか",
    "Skebより安く描いてくれる人を探しています",
    "BOOTHの商品ページ用のサムネイルをお願いします。",
    # goods received directly, the saving the app's own
    "直接お受け取りいただけます。料金はアプリで割引になります。",
    # refusals and the app's own coupons
    "直予約はお受けしておりません。アプリからご予約いただくと割引があります。",
    "予約はアプリからお願いします。アプリ経由より安くなることはありません。",
    "アプリのクーポンで20%オフになりました、ありがとうございます",
    "次回もアプリから予約しますね。割引クーポンありがとうございました。",
    "こっちよりあっちの色の方が安っぽく見えませんか？",
    # a cancelled booking and its refund, or a door where someone waits
    "予約をキャンセルしたら、現金で返金してもらえますか",
    "予約をキャンセルしたいです。代金は返金されますか",
    "予約をキャンセルしました。玄関でお待ちしていましたが",
    "予約を取り消しました。お代は玄関でお支払いしました、ありがとうございました",
]


@pytest.mark.parametrize("text", QUIET)
def test_round7_quiet_side_stays_quiet(text):
    assert not _paid(text)


# issue #14 §2, round-7 classes read as classes: the next booking moved to the shop's own line,
# phone, card or web form; a creator's support plan taken as the payment; the outside way offered as
# what the writer accepts, after a reason that holds a negative. Wordings not in the round.
BOOKING_MOVED = [
    "次回からはLINE予約でお願いします、そのほうが枠も取りやすいので",
    "ショップカードの番号に次回から直接予約いただければ、すぐお取りします",
    "次回のご予約はお店の電話でも承っております",
    "今後のご依頼はホームページのお問い合わせフォームからいただけると助かります",
    "公式LINEからご予約いただくとポイント2倍になります！",
    "お店のHPから予約してもらえれば出張費無料にしますよ",
    "名刺に書いてある番号に、次からは直接お電話で予約してください",
    "アプリを通さずに日程調整していただければ、料金もお安くできます",
    "2回目以降はお店のLINEで予約を受け付けてますので、そちらからどうぞ",
    "初回はアプリから、次回からは直接予約で1割引きにしています",
    "2回目からはLINE公式アカウントでのご予約をお願いしております",
    "今後のご注文は弊社サイトのフォームから承ります",
    "お見積もりはこちらのフォームから直接お申し込みいただくと10%オフです",
    "ホームページの申込フォームから直接申し込んでもらえれば安くなりますよ",
    "次回はXのDMから依頼してもらえれば、優先して受けます",
    "次回からはインスタのDMで予約できます、そのほうが早いです",
    "2回目以降は、アプリ外の予約でも大丈夫です",
    # a full stop inside an address does not end the sentence
    "当店HP（https://salon.example.jp/yoyaku）からご予約いただくと出張料無料です",
]

SUPPORT_PLAN = [
    "Fantiaの有料プランに入ってもらえれば、そっちでリクエスト受けます",
    "Patreonのメンバーシップに加入してもらって、支払いはそれで済ませてもらえませんか",
    "FANBOXの支援で払ってもらえたら手数料かからないんで助かります",
    "Ko-fiの支援で受けてもらう形でもいいですか？",
    "Fantiaで支援してもらえたら、そこでリクエストお受けします",
    "次のご依頼はSkebじゃなくて、私のBOOTHから依頼枠を買ってもらえると嬉しいです",
]

ACCEPTED_WAY = [
    "ここだと3000円以下は出品できないので、直接PayPayで受けますよ",
    "iTunesカードでのお支払いもお受けしています",
    "送料分だけ直接いただければ大丈夫です",
    "お礼は楽天ポイントで送ってもらえればOKです",
    "PayPayでのお支払いも受け付けてます",
    "ウチは手渡しでも全然いいですよ",
    "BASEのショップで同じ商品を安く出してるので、そっちで買ってもらっても大丈夫です",
    "お支払いも毎回玄関でお渡しする形にしていただければありがたいです",
    "次回からは玄関で現金払いにしてもらえませんか",
    "Stripeの請求書をメールでお送りしますので、そちらのリンクからカード決済をお願いいたします",
]


# the rule or the platform's hindrance given as the reason for the outside way (…ので、…直接)
REASON_THEN_WAY = [
    "規約上ここでは詳しく言えないので、直接お支払いいただけませんか",
    "アプリだと5000円以下は受けられないので、PayPayで直接払ってもらえますか",
    "ココナラだと決済できない金額なんで、直接振り込んでもらえたら助かります",
]


@pytest.mark.parametrize("text", BOOKING_MOVED + SUPPORT_PLAN + ACCEPTED_WAY + REASON_THEN_WAY)
def test_round7_classes_found(text):
    assert _paid(text)


QUIET_CLASSES = [
    # the shop's line or form as the work
    "LINE予約システムの導入をお願いしたいです。次回の打ち合わせで仕様を詰めましょう",
    "お店のLINE予約ボタンのデザインをお願いします",
    "ホームページの予約フォームの制作をお願いできますか",
    # bookings only through the app, and the app's own features
    "ご予約はアプリからのみ承っております。お電話でのご予約は受け付けておりません",
    "次回のご予約もアプリからお願いします",
    "次回以降のご予約も、お電話ではなくアプリからお願いいたします",
    "直接取引はできません。次回もアプリからご予約ください",
    "次回の予約はアプリでしておきました！よろしくお願いします",
    "次回の予約について、アプリのメッセージで相談させてください",
    "次からはアプリの通話機能でご連絡しますね",
    "今後のご注文は、引き続きこちらのアプリからお願いいたします",
    "ご注文はこちらのフォームからではなく、アプリの購入ボタンからお願いします",
    "次回の予約の際は、お店の電話ではなくアプリのチャットでご連絡ください",
    "当店の公式LINEは現在休止しております。ご予約はアプリからどうぞ",
    "お電話でのご予約は承っておりません、次回もアプリからお願いします",
    "BOOTHから依頼枠を買うのは規約違反なので、こちらでお願いします",
    "今後はサイトのメッセージでやり取りさせてください、予約もアプリからお願いします",
    # a quoted proposal being reported
    "「次回からはLINE予約で」と言われたので通報しました",
    # support pages as the subject of the work
    "FANBOXのプラン紹介ページのバナーを作ってほしいです",
    "Patreonの有料プランに入ってる人向けの記事を翻訳してください",
    "FANBOXで支援してくれたファンの方へのお礼イラストをお願いします",
    "公式アカウントのアイコンを作ってください",
    "弊社サイトのお問い合わせフォームの改修をお願いします",
    "dポイントのキャンペーンバナーの制作依頼です",
    "楽天ポイントで払えるって聞いたんですけど、アプリでは使えないんですね",
    # on-platform payment operations and job topics
    "ココナラの仮払いが確認できたら作業を始めます",
    "PayPay導入のLP制作をお願いします",
    "PayPay銀行の口座しかないけど、ココナラの売上金の振込先に登録できますかね？",
    "PayPayのロゴは権利的に描けないので、架空の決済アプリ風でもいいですか？",
    # a wish reported, not made; a reason with no proposal after it; mail sent directly
    "現金で払いたいと言ってくださったのですが、お気持ちだけ頂戴します。アプリからお願いします。",
    "ここだと出品できないものなので、今回は見送ります",
    # the rule as the reason for refusing, before or after the way
    "規約違反になるので、直接のお支払いはお受けできません",
    "規約上、直接振込はできないので、アプリからお支払いください",
    "規約上できないので、直接のお支払いはご遠慮ください",
    "規約上ここでは言えないので、直接取引の話はやめましょう",
    "規約上話しづらいので、直接のやり取りはお控えください",
    "規約で決まっていて無理なので、直接払いはお断りしています",
    "規約が厳しいので、直接取引は絶対にしないでください",
    "直接いただいたご質問への回答です",
    "商品は玄関でお渡ししますね",
    "当店ではPayPayでのお支払いにも対応しています（店頭のみ）",
    "コンビニ払いにも対応してるので便利ですね",
    "このお店は現金払いのみです",
    "鍵は玄関でお渡しします。お支払いはアプリからお願いします",
    "玄関でお支払いいただく形は規約上できません、アプリからお願いします",
    "Stripe導入のサポートをお願いしたいです",
    "Stripeの決済画面のデザインをお願いします",
    "ご予約確認のメールを当店から直接お送りしたいので、アプリのメッセージでお知らせします",
]


@pytest.mark.parametrize("text", QUIET_CLASSES)
def test_round7_classes_quiet(text):
    assert not _paid(text)
