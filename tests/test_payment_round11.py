"""Round-11 payment classes (issue #14 §2), written as classes and not as the dev rows: the formal
means ending にて, bills and cheques (手形, 小切手, でんさい) as the way to pay, the platform kept
for only a part of the price (「サイトの決済は本体だけ」「交通費はアプリに載せず」) while the rest goes
another way, and a casual plain-form offer to move money (払うわ, 振り込むけん, 渡すね). The quiet
side: handprints (手形アート), articles about bills, the platform alone chosen (「サイトの決済だけで」),
refusals told in dialect (断っとる, 断りよる), a payout by transfer. All wording written for these
tests; no row of data/blind is copied here."""
import pytest

import leakguard

PAYMENT = "off_platform_payment"


def _paid(text: str) -> bool:
    return any(f.category == PAYMENT for f in leakguard.find(text))


# -- 1. the formal means ending にて (「銀行振込にてお願いいたします」) --------------------------
NITE = [
    "ご依頼料は作業完了後、PayPayにてお支払いください。",
    "受講料は初回レッスンの際に現金にてお支払いをお願いします",
    "代金はゆうちょへのお振込にてお願い致します",
    "Amazonギフト券にてご精算いただけますと幸いです",
    "送料込みで、お支払いは銀行振込にてよろしくお願いします",
    "鑑定料はメルペイにて先にお送りください",
]
NITE_QUIET = [
    "お支払いは当サイトの決済システムにてお願いいたします",
    "銀行振込にてのお支払いは受け付けておりません。アプリ内決済をご利用ください",
    "詳細はメッセージにてお知らせします",
    "売上金は登録口座へのお振込にて出金されます",
]

# -- 2. bills and cheques as the way to pay -------------------------------------------------------
BILLS = [
    "今回の代金、小切手で払わせてもらってもいいですか",
    "約束手形での支払いになりますが、よろしいでしょうか",
    "うちは毎回手形払いやけど、それで構わん？",
    "小切手を郵送しますので、届いたら発送してください",
    "先日付の小切手でよければすぐ送れます",
    "支払いはでんさいで120日後になりますがよろしいですか",
    "外注さんへの支払いは全部手形で回しとるけん、それでお願いしたい",
]
BILLS_QUIET = [
    "赤ちゃんの手形アートを作りたいのでデザインをお願いします",
    "横綱の手形色紙を出品しています",
    "手形と足形のスタンプ、どっちがいいですか",
    "手形の割引について解説する記事を書いてください",
    "小切手の書き方を説明する記事をお願いします",
    "手形で払うとか言ってくる業者は全部断っています",
]

# -- 3. the platform kept for a part of the price, the rest another way ---------------------------
PLATFORM_PART = [
    "アプリでは本体価格だけ決済して、送料は受け取りの時に現金でください",
    "サイトの仮払いは基本料金だけにして、オプション分はPayPayで送ってもらえますか",
    "延長料金はアプリに入れないで、当日その場で払ってくださいね",
    "交通費はサイトに載せず、現地で精算させてください",
    "基本料金のみアプリ決済で、指名料は店頭で現金払いでお願いします",
    "サイトの決済は材料費だけで、手間賃は手渡しでもらえると助かります",
]
PLATFORM_PART_QUIET = [
    "送料もアプリの決済に含めていただけますか",
    "今回はサイトの決済だけでお願いします",
    "アプリの支払いは1回だけで大丈夫です",
    "サイトには個人情報を載せないでください",
    "オプション料金もサイトの仮払いに含めてください、現金は受け取れません",
    "サイトでだけ取引しています、現金はお受けできません",
]

# -- 4. a casual plain-form offer to move money --------------------------------------------------
PLAIN_OFFER = [
    "ほな、代金は現金で払うわ",
    "残りは来週、口座に振り込むけん",
    "集金の時に現金で渡すね",
    "お礼は手渡しで払うばい",
    "サイト通さんと、直で振り込むで",
    "手数料もったいないし、PayPayで送るよ",
]
PLAIN_OFFER_QUIET = [
    "現金で払う人もいるらしい",
    "アプリで払うよ、仮払いしとくね",
    "PayPayで払うと安くなるって聞いた",
    "いつも現金で払う店です",
    "振込で払うのは禁止されてるよ",
]

# -- 5. refusals and others' offers told in dialect -----------------------------------------------
DIALECT_REFUSED = [
    "直接払いたいって言うてくる客もおるけど、うちは断っとるよ",
    "現金でええって言う人もおるけど、全部お断りしちょります",
    "外で払いたいって人には、ちゃんと断っとります",
    "直接取引しようって持ちかけてくる奴、最近は無視しとる",
]


@pytest.mark.parametrize("text", NITE + BILLS + PLATFORM_PART + PLAIN_OFFER)
def test_way_outside_is_found(text):
    assert _paid(text)


@pytest.mark.parametrize("text", NITE_QUIET + BILLS_QUIET + PLATFORM_PART_QUIET + PLAIN_OFFER_QUIET + DIALECT_REFUSED)
def test_quiet_side_stays_quiet(text):
    assert not _paid(text)


# -- 6. the invoice paid outside (a company's accounts), the platform said unable --------
INVOICE_OUTSIDE = [
    "請求書を発行しますので、お振込みをお願いします",
    "請求書は弊社宛てに郵送でお願いします、月末締め翌月末払いです",
    "アプリの決済やと経費で落とせんけん、請求書の分は振り込みでもらえんですか",
    "うちの会社はサイトの決済では処理できないので、現金書留で送ります",
    "請求書の原本を会社に送ってもらえたら、翌月に振り込みます",
]
INVOICE_QUIET = [
    # an invoice only sent, on paper or to an address, moves no money (data/labelled/README.md)
    "ご請求は経理宛てに書面でお願いできますか",
    "請求書の原本を郵送でお送りしたいので、住所を教えてください",
    "請求書はサイトからダウンロードできます",
    "振込先が書かれた請求書が届いたら運営に通報してください",
    "サイトで請求書を発行してもらえますか",
    "請求書の作成ツールを開発してください",
    "月末締め翌月15日払いで報酬が振り込まれます",
    "現金だと処理できないので、サイトの決済でお願いします",
]

# -- 7. dealing between ourselves said to be better, the platform's cut left out ------------------
BETWEEN_US = [
    "手数料えぐいし、うちら同士でやった方が得やない？",
    "当人同士でやれば、サイトにマージン取られんで済むよ",
    "僕ら同士でやった方がお互いいいと思うんですよね",
    "次の案件からは直で回すわ、サイトの取り分なしで",
    "今度から直接声かけてくれたら、同じ値段でやるで",
]
BETWEEN_US_QUIET = [
    "友達同士で使えるアプリを作ってください",
    "出品者同士で情報交換できる掲示板があるといいですね",
    "サイトの手数料なしで出品できるキャンペーン中です",
    "洗濯機で回すと縮むので手洗いしてください",
]

# -- 8. money against the goods, the platform kept for a step that is not the money ---------------
EXCHANGE_AND_STAGES = [
    "代金は現金引き換えでお願いします",
    "品物と現金の引き換えでええかな",
    "お見積もりはアプリで出しますが、お支払いは現地で現金にてお願いします",
    "相談はココナラでして、支払いは直接振込でいいですよ",
    "見積もりはアプリで出すので、お代は当日現金でお願いします",
    "ご相談はサイトで受けて、料金は振込にてお願いしております",
]
EXCHANGE_AND_STAGES_QUIET = [
    "お見積もりはアプリで出しますので、仮払いをお願いします",
    "見積もりはサイトで出して、お支払いもサイトでお願いします",
    "見積もりはアプリで出しますので、現金ではなくアプリの決済でお願いします",
    "引き換え券をお持ちの方は受付へ",
]


@pytest.mark.parametrize("text", INVOICE_OUTSIDE + BETWEEN_US + EXCHANGE_AND_STAGES)
def test_way_outside_is_found_2(text):
    assert _paid(text)


@pytest.mark.parametrize("text", INVOICE_QUIET + BETWEEN_US_QUIET + EXCHANGE_AND_STAGES_QUIET)
def test_quiet_side_stays_quiet_2(text):
    assert not _paid(text)


# -- 9. the whole message written in kana (half-width katakana from old phones and forms, voice
# input, a filter dodged): read again with the kanji of its words restored. Plain full-width kana
# with nothing else is cleared by the gate before any detector (gate.py), so the cases that reach
# the reader are half-width or carry a digit or a Latin letter.
KANA_WRITTEN = [
    "ﾁｮｸｾﾂ ﾄﾘﾋｷ ｼﾏｾﾝｶ ﾃｽｳﾘｮｳ ﾅｼﾃﾞ",
    "げんきんでちょくせつはらいたいです",
    "ｷﾞﾝｺｳﾌﾘｺﾐ ﾃﾞ ｵﾈｶﾞｲｼﾏｽ",
    "ちょくせつとりひきしませんか？てすうりょう10ぱーせんとかからないし",
    "ｹﾞﾝｷﾝ ﾃﾞ ﾁｮｸｾﾂ ﾊﾗｲﾏｽ ﾖﾛｼｸ",
    "しはらいはげんきんてわたしでおねがい",
]
KANA_WRITTEN_QUIET = [
    "ｱﾘｶﾞﾄｳｺﾞｻﾞｲﾏｽ ﾏﾀ ﾖﾛｼｸ ｵﾈｶﾞｲｼﾏｽ",
    "ｼﾞｶﾝ ﾊ 10ｼﾞ ﾃﾞ ｵﾈｶﾞｲｼﾏｽ",
    "ﾁｮｸｾﾂ ﾄﾘﾋｷ ﾊ ｷﾝｼ ｻﾚﾃｲﾏｽ",
    "ｹﾞﾝｷﾝ ﾃﾞﾉ ｼﾊﾗｲ ﾊ ｵｺﾄﾜﾘ ｼﾃｲﾏｽ",
    "しはらいはあぷりのなかで10にちまでにおねがいします",
    "ｼﾊﾗｲ ﾊ ｱﾌﾟﾘ ﾉ ｹｯｻｲ ﾃﾞ ｵﾈｶﾞｲｼﾏｽ",
]


@pytest.mark.parametrize("text", KANA_WRITTEN)
def test_kana_written_way_is_found(text):
    assert _paid(text)


@pytest.mark.parametrize("text", KANA_WRITTEN_QUIET)
def test_kana_written_quiet(text):
    assert not _paid(text)


# -- 10. a subscription sold outside, a booking on the shop's own site, a way only hinted at ------
OUTSIDE_PLANS_AND_HINTS = [
    "続きはnoteの有料マガジンで読めるので、そちらで購読してください",
    "限定の鑑定はYouTubeのメンバーシップでやってます、そっちで入ってね",
    "毎月の個別レッスンはオンラインサロンに入会してもらえれば受け放題です",
    "当店公式サイトからのご予約でポイント2倍になります",
    "次からは自社サイトで予約してくれたら出張費無料にするよ",
    "いつものルートでお支払いいただければ",
    "お代は例の方法でお願いできますか、前回と同じやり方で",
    "前回と同じやり方で精算しましょう",
]
OUTSIDE_PLANS_AND_HINTS_QUIET = [
    "noteで記事を書くお仕事です、文字単価は1円です",
    "FANBOXの支援者向けのバナーを作ってください",
    "例の方法で梱包してもらえますか、割れ物なので",
    "いつものルートで配送しますね、お支払いはアプリでお願いします",
    "公式サイトの予約フォームを作る案件です",
    "サブスクの解約方法を教えてください",
    "当店の公式サイトのリニューアルをお願いしたいです",
]


@pytest.mark.parametrize("text", OUTSIDE_PLANS_AND_HINTS)
def test_plans_and_hints_are_found(text):
    assert _paid(text)


@pytest.mark.parametrize("text", OUTSIDE_PLANS_AND_HINTS_QUIET)
def test_plans_and_hints_quiet(text):
    assert not _paid(text)


# -- 11. the platform named for one part of the price, the other part asked for another way --------
PRICE_PART_ON_PLATFORM = [
    "送料だけ現金でもらえますか、本体はアプリで払ってもらえれば",
    "工賃はサイトで、材料費は現地で現金精算でお願いします",
    "本体価格はアプリで決済して、オプションはPayPayで送ってください",
    "交通費はPayPayでお願いします、出張費はサイトの方で払ってもらえれば",
]
PRICE_PART_ON_PLATFORM_QUIET = [
    "送料はアプリで払ってください",
    "本体はアプリで払ってもらって、送料は私が負担します",
    "基本料金はサイトで、オプション料金もサイトで追加決済してください",
    "工賃はサイトでお願いします、現金は受け取れません",
]


@pytest.mark.parametrize("text", PRICE_PART_ON_PLATFORM)
def test_part_on_platform_rest_outside_is_found(text):
    assert _paid(text)


@pytest.mark.parametrize("text", PRICE_PART_ON_PLATFORM_QUIET)
def test_part_on_platform_quiet(text):
    assert not _paid(text)
