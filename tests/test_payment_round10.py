"""Round-10 payment classes (issue #14 §2), written as classes and not as the dev rows: handmade
orders, pet rehoming, rentals, carpools and event services. The loud side: slang for the direct
deal spelled in kana or half-width (ちょくとり, ﾁｮｸﾄﾘ), money handed over at the pickup, the key
handover, the end of a ride or on site; the item relisted on another marketplace to be bought
there; an outside way asked for with the platform's route given as the reason against it. The
quiet side: the platform's own checkout and its listed ways (コンビニ払い, the PayPay offered on the
payment screen), an outside way refused in favour of the app's, other people's schemes told as a
warning, the seller shipping once the platform reports the payment. All wording written for these
tests; no row of data/blind is copied here."""
import pytest

import leakguard

PAYMENT = "off_platform_payment"


def _paid(text: str) -> bool:
    return any(f.category == PAYMENT for f in leakguard.find(text))


# -- 1. slang for the direct deal, spelled in kana or half-width ----------------------------------
SLANG_DIRECT = [
    "ちょくとりにしてくれたら2000円引くよ",
    "チョクトリできる方いませんか？送料こっち持ちます",
    "ﾁｮｸﾄﾘならもう少し値下げできます!",
    "直とりOKなら即決で買います",
    "直取りでお願いできませんか、手数料分おまけします",
    "ちょくとり希望の方はDMください〜",
    "次からはチョクトリでいこ！そのほうがお互い楽だし",
]
SLANG_QUIET = [
    "ちょくとりのお誘いはお断りしてます、ごめんなさい🙏",
    "チョクトリは規約違反なのでできません",
    "直取りしようって言われたら通報してくださいね",
]

# -- 2. money handed over at the pickup, the key handover, the end of a ride, on site -------------
AT_HANDOVER = [
    "お迎えの時に現金でお支払いしますね",
    "ワンちゃんのお迎えの際に、お迎え費用は現金でお渡しします",
    "鍵の受け渡しの時に敷金を現金でお願いします",
    "ガソリン代は降りるときに現金でもらえますか？",
    "残りの2時間分は現地で払ってもらえれば大丈夫です",
    "延長分は現地で現金払いでお願いします",
    "引き渡しの時に代金を手渡しでいただけますか",
    "会場で当日現金でお支払いいただければ結構です",
]
AT_HANDOVER_QUIET = [
    "お迎えの時間は何時ごろがいいですか？",
    "鍵の受け渡しの時間を決めましょう、お支払いはアプリでお願いします",
    "現地で払うのは禁止されているので、サイトで決済してください",
    "お迎えのときにケージもお渡ししますね",
]

# -- 3. the platform's own checkout and ways, an outside way refused, others' schemes told --------
QUIET_ON_PLATFORM = [
    "ぺいぺいはやってないので、アプリのお支払いでお願いします",
    "PayPayは使ってないから、サイトのお支払いで大丈夫です",
    "コンビニ払いでも大丈夫ですよ！入金確認できたら発送します",
    "入金確認でき次第、すぐに発送させていただきます",
    "お支払い方法の選択画面にPayPayって出てくるんですが、それで払っても大丈夫ですか？",
    "サイトのお支払い方法はPayPayかクレジットカードから選べます",
    "アプリのお支払い方法でメルペイかコンビニ払いが選べますよ",
    "予約金を先に振り込ませる人がいるって聞きました、気をつけて",
    "手渡しで払ってって言ってくる人がいるけど、あれ規約違反だよね？",
]


@pytest.mark.parametrize("text", SLANG_DIRECT + AT_HANDOVER)
def test_proposal_is_found(text):
    assert _paid(text)


@pytest.mark.parametrize("text", SLANG_QUIET + AT_HANDOVER_QUIET + QUIET_ON_PLATFORM)
def test_quiet_side_stays_quiet(text):
    assert not _paid(text)


# -- 4. the app's checkout said to be unneeded once paid another way ------------------------------
CHECKOUT_UNNEEDED = [
    "受け取りの時に現金で払うので、アプリの決済いらないですよね？",
    "手渡しで払うから、サイトの決済もいらないよね",
    "振込にしますので取引画面の決済は不要ですよね",
    "PayPayで送るから、アプリのお支払い要らないでしょ？",
    "現金で渡すし、購入手続きいらなくない？",
]
CHECKOUT_NEEDED_QUIET = [
    "アプリの決済がいらないって言う人には気をつけてください",
    "アプリの決済は必ず通してくださいね、現金はお受けできません",
]

# -- 5. the same item put on another marketplace, to be bought there ------------------------------
OTHER_MARKET = [
    "ここ手数料高いから、ラクマに同じの出すね。そっちで買ってくれたら嬉しい",
    "ヤフオクに出し直すので、そちらで落札してもらえますか",
    "PayPayフリマに同じ商品出品したので、そっちから購入お願いします",
    "ヤフオクに同じの出しとくから落としてね",
]
OTHER_MARKET_QUIET = [
    "ヤフオクに出してたけど売れなかったので、こちらに出品しました",
    "ラクマに同じ商品を出すのは規約違反になるのでしません",
    "前にヤフオクで落札したものです。",
]

# -- 6. a menu of the platform's own ways -------------------------------------------------------
PLATFORM_MENU_QUIET = [
    "LINE Payは終了したので、サイトのお支払い方法はPayPayかクレジットカードから選べます。",
    "アプリのお支払い方法はPayPay、楽天ペイ、コンビニ払いからお選びいただけます",
    "購入画面でPayPayか楽天ペイか選べますよ",
]
OUTSIDE_MENU = [
    "PayPayかLINE Payか現金手渡し、どれでもお選びください",
    "お支払いはPayPayか楽天ペイ、お好きな方で直接どうぞ",
]


@pytest.mark.parametrize("text", CHECKOUT_UNNEEDED + OTHER_MARKET + OUTSIDE_MENU)
def test_proposal_is_found_2(text):
    assert _paid(text)


@pytest.mark.parametrize("text", CHECKOUT_NEEDED_QUIET + OTHER_MARKET_QUIET + PLATFORM_MENU_QUIET)
def test_quiet_side_stays_quiet_2(text):
    assert not _paid(text)


# -- 7. others' schemes told as a warning: someone made to pay (振り込ませる人), not asked to ----------
SCHEMES_TOLD = [
    "先に手付金を振り込ませる業者がいるから注意してね",
    "直接取引に誘ってくる人がいるって聞いた、怖いね",
    "PayPayで先払いさせようとする人がいたら通報してください",
    "現金書留で送らせる詐欺が流行ってるらしい",
    "保証金を払わせる手口があるって保護団体さんが言ってた",
    "予約金だけ振り込ませて連絡が取れなくなる人もいるみたい",
    "お迎え費用を先に振り込ませる人がいるので気をつけてください",
    "里親募集で、先に予約金を振り込ませる人がいるって聞きました",
]
DEPOSIT_ASKED = [
    "予約金を先に振り込んでもらえますか",
    "手付金はPayPayで先に送ってください",
    "お迎え費用は先に口座に振り込んでおいてね",
]


@pytest.mark.parametrize("text", DEPOSIT_ASKED)
def test_deposit_asked_is_found(text):
    assert _paid(text)


@pytest.mark.parametrize("text", SCHEMES_TOLD)
def test_scheme_told_stays_quiet(text):
    assert not _paid(text)


# -- 8. a rented place's price sent by app: the place is what the money is for, not a shop --------
RENT_BY_APP = [
    "駐車場代、PayPayで送ってもらえますか？",
    "今月の駐車場代は楽天ペイで払ってください",
    "駐車場の料金はメルペイで直接送ってね",
]
SHOP_TALK_QUIET = [
    "駐車場でPayPayが使えるか教えてください",
    "PayPayが使える駐車場を探しています",
    "あの施設はPayPay使えますか？",
]


@pytest.mark.parametrize("text", RENT_BY_APP)
def test_rent_by_app_is_found(text):
    assert _paid(text)


@pytest.mark.parametrize("text", SHOP_TALK_QUIET)
def test_shop_talk_stays_quiet(text):
    assert not _paid(text)
