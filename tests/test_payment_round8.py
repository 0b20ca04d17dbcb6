"""Round-8 payment classes (rural direct sales by post and on pickup; guides, translators and residents
from abroad): cash on delivery and postal transfers offered by the seller, cash at the handover, a
saving for the outside way, the rest of the price paid outside, a credit union or JA account written
out; English with tips, amounts and the platform's fee complained about; Chinese and Korean
proposals; and the quiet side of each (着払い, rescheduling 振替, the price already paid in the app,
refusals, scams asked about, translation work). All wording written for these tests."""
import pytest

import leakguard

PAYMENT = "off_platform_payment"


def _paid(text: str) -> bool:
    return any(f.category == PAYMENT for f in leakguard.find(text))


CASH_ON_DELIVERY_AND_POSTAL = [
    "代引きでお送りしましょうか？届いた時に払ってもらえれば",
    "代金引換にしてもらえれば明日には出せます",
    "ヤマトのコレクトで発送しますね、受け取りの時にドライバーさんに払ってください",
    "代引き対応もできますので言ってください",
    "郵便振替で払ってもらってもいいですよ、用紙を入れておきます",
    "払込取扱票を同封しますので、郵便局で払い込んでください",
    "代金は振替用紙でお願いします",
    "お支払いは郵便局の振替でもかまいません、払込用紙を同封しますので",
]

CASH_AT_HANDOVER = [
    "来られる日に現金持ってきてください",
    "受け取りに来た時にお金はその場で払ってくれればいいです",
    "お金は軽トラで届けた時に、その場でいただきます",
    "お代は取りに来た時でいいですよ、現金で",
    "手付はアプリで、残りは納車の時に現金でお願いします",
    "トラクター、引き取りの時に残金を現金で払ってもらう形でもいいですか？手付はアプリで",
]

SAVING_AND_REST = [
    "銀行振込なら500円引きにします、アプリの手数料がないので",
    "振込にしてくれたら千円まけますよ",
    "代引きなら送料サービスしますよ",
    "ゆうちょに振り込んでもらえたら送料サービスします",
    "残りは現金でもらえますか",
    "差額は銀行に振り込みますね",
    "半分はここで、残りは振込でもいいですか",
    "今回はアプリで買ってもらって、来月からの定期便はうちと直に契約しませんか。",
]

APP_LEFT_OUT = [
    "次のカメラは、アプリ使わないで買いたい",
    "サイト使わずに譲りますよ、そのほうが安いし",
    "アプリなしで売ってもらえませんか",
    "次からはアプリを使わないで直接注文してください",
    "ここ使わないで買えたら助かるんですが",
]

ACCOUNT_WRITTEN = [
    "振込先はさくら信用金庫 本店 普通 3391207 ヤマダ タロウです",
    "JAみどり 本所 普通 1234567 にお願いします",
    "農協の口座です 本店 普通 7654321",
]

ENGLISH = [
    "Platform fee too high. If you pay me direct with PayPal friends and family I give you 15% discount.",
    "I give you tip direct by Western Union after the trip, it's my family way to say thanks.",
    "Google Play gift card $50 ok? I don't have Japanese credit card so can't pay in app",
    "Pay cash when we meet, I'll bring change.",
    "Just bring cash on the day, ¥8000 is fine",
    "I can give you extra ¥5,000 if we skip the app booking and you just meet us at the hotel.",
    "Cancel the booking here and I pay you cash at the station, cheaper for both",
    "My cousin will pay you in Japan by hand, ¥30,000 cash.",
    "Alipay or WeChat Pay is ok for me, I send you the QR code",
    "I'll send USDT on TRC20, give me your wallet",
    "Deposit 30% by Wise, rest when we meet",
    "Just hand me the money when we meet at the station.",
    "Pay me the rest in person on the day, the app only takes the deposit.",
    "Send me the money via Zelle and I'll cancel the listing.",
    "Payment on arrival in yen is ok for us.",
    "We can settle in cash at the meeting point, no need to book through the app.",
    "Could we pay in cash directly to you? The booking fee is 15%.",
    # a negation word inside the way around the platform belongs to it
    "I'll tip you in cash after the tour, no need to add it in the app",
    "We pay by bank transfer instead of in-app payment, it's cheaper",
    "No need to book it on the site, just pay me cash at the gate",
]

HANDED_OR_PAID_IN = [
    "お代は次に会った時でいいですよ",
    "お代はお米と一緒に請求書を入れておくので、郵便局から振り込んでください",
    "野菜の代金は届いてから、ゆうちょに入れてもらえたら大丈夫です",
    "お金は後で封筒に入れて送ってくれたらいいから",
]

CHINESE_KOREAN = [
    "定金我用支付宝付给你吧，不走平台了，你把收款码发我。",
    "微信支付可以吗？转账给你，这样平台不扣手续费，我们都划算。",
    "保证金我直接转你银行卡，平台这单你取消就行，省得扣20%。",
    "尾款我用微信转给你，不用平台付了",
    "보증금은 여기 말고 토스로 보내 드릴게요. 계좌 번호 알려 주세요",
    "번역료 는 페이팔 로 직접 보내 드릴 께요. 플랫폼 수수료 너무 비싸요",
    "카카오페이로 송금해도 될까요? 앱 수수료가 비싸서요",
    "见面的时候给你现金吧，平台就不用了",
    "我们私下交易吧，我用支付宝付款",
    "可以用微信付吗？不想付平台手续费",
    "尾款见面付现金可以吗？",
    "만나서 현금으로 드릴게요, 앱 수수료 아까워서요",
    "잔금은 만나서 현금으로 드릴게요",
    "계좌 번호 알려 주시면 바로 입금할게요",
    # the same services named in Japanese by a visitor
    "アリペイで払ってもいいですか",
    "アプリの手数料たかいから、ウィーチャットペイで払うはどう？",
    "PayPalでお金送るOK?",
]

QUIET = [
    # the carrier collects the shipping fee, not the price
    "送料は着払いでお願いします",
    "着払いで発送しますね、120サイズです",
    "ごめんなさい、代引きはやってないです。アプリの決済だけでお願いします",
    "代引き手数料の計算ツールを作ってほしいです、見積もりお願いします",
    # 振替 that moves no money to the seller
    "口座振替依頼書のデザインを8,000円でお願いします",
    "レッスンの振替は来週でお願いします",
    "振替休日なので発送は火曜になります",
    # the price already paid in the app
    "受け取りは手渡しでも大丈夫です、お支払いはもうアプリで済んでいるので当日は品物を渡すだけです",
    "当日は品物だけ受け取りに来てください、支払いはアプリで済んでます",
    "現金は持ってこなくて大丈夫です、アプリで払ってありますから",
    "お金はその場でいただくことはできません、アプリで決済してください",
    "当日その場で商品を確認してから、アプリで受取評価してください",
    "残りはアプリの取引画面から払ってください",
    "残りは明日発送します",
    "売上金の振込申請をしたので、明日口座に入ります",
    "定期便はアプリの定期購入から申し込めます",
    "PayPayで払うと安くなるキャンペーン中らしいです",
    # the app left out, refused or as work
    "アプリを使わないで買う方法はありません、必ずアプリから購入してください",
    "アプリ使わないで買うのは規約違反なのでやめてください",
    "アプリなしでも見れるページを作ってほしいです",
    # a placeholder account, a head office that is a building
    "〇〇銀行 〇〇支店 普通 1234567 のように入力欄に表示してください",
    "本店は普通の建物です、駐車場は3台分",
    # English: on the platform, prices, scams asked about, work, advice
    "Please pay through the app, I can't accept cash.",
    "The tour price is ¥8000 per person, paid in the app.",
    "I need a translation of my bank's FAQ about Wise transfers, 2000 words.",
    "Someone asked me to pay by Western Union, is this a scam?",
    "I was told to bring cash for the temple entrance fee, about ¥500.",
    "Tip is not necessary in Japan.",
    "Thanks for the tip about direct contracts, but I'll stick with the platform.",
    "App payments only, please. I can't take cash.",
    "Cancel the listing if it's sold, thanks.",
    "Payment on arrival is not possible, please pay in the app.",
    "I'll hand you the keys when we meet.",
    "Please add the tip in the app, no cash please.",
    "I paid in the app, no need to pay cash at the gate.",
    "You must book it on the site, we don't take cash.",
    "Payment is handled by the platform, so please book through the app.",
    "Cash is fine for the entrance fees at the temples, bring small coins.",
    "Do not send money by Western Union to anyone, it's a common scam.",
    "お代はアプリで先に払ってもらってます、次に会った時に品物を渡しますね",
    "銀行から振り込まれた売上金を確認しました",
    "振込用紙のデザインをお願いしたいです",
    # Chinese and Korean: on the platform, refusals, translation work
    "请通过平台付款，我不接受私下转账。",
    "앱으로 결제해 주세요. 직접 송금은 안 돼요.",
    "支付宝的帮助页面需要翻译成日语",
    "这个平台的手续费是多少？",
    "我已经在平台上付款了，谢谢。",
    "현금은 필요 없어요. 앱에서 결제 완료했어요.",
    "수수료가 얼마예요?",
    "アリペイの使い方を教える記事を書いてほしいです",
    "支付宝で払えるお店を探しています",
    "微信のグループで旅行の写真を共有しました，谢谢",
    "台湾の友達がLINEで「不走平台吧」と言ってきたので、お断りしました",
]


@pytest.mark.parametrize("text", CASH_ON_DELIVERY_AND_POSTAL + CASH_AT_HANDOVER + SAVING_AND_REST + APP_LEFT_OUT
                         + ACCOUNT_WRITTEN + HANDED_OR_PAID_IN)
def test_rural_direct_sales_ways_are_found(text):
    assert _paid(text)


@pytest.mark.parametrize("text", ENGLISH + CHINESE_KOREAN)
def test_visitors_proposals_are_found(text):
    assert _paid(text)


@pytest.mark.parametrize("text", QUIET)
def test_quiet_side_stays_quiet(text):
    assert not _paid(text)


def test_a_japanese_message_is_not_read_as_chinese():
    from leakguard.detectors.payment_foreign import may_find

    assert not may_find("現金で払うので、手数料のかからない方法で送金します")
    assert may_find("尾款我用微信转给你")
