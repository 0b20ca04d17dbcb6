"""Round-6 classes of issue #14 (data/blind/round-6.jsonl, scored held out and now a dev set):
regional and curt asks beside a value, a shop's channel offered as a service, and the hard negatives
of each (refusals in dialect, values only stated, rules talk). Every number, address and ID is fictional."""
import pytest

import leakguard


def _channels(text):
    return {(f.value, f.kind) for f in leakguard.scan(text).findings if f.category == "external_contact"}


# -- a value and a regional or curt ask to use it ---------------------------------------------------
VALUE_INVITED = [
    # 名古屋: してちょー / してちょうだゃあ
    ("ほんなら携帯に電話してちょー。090-4417-2286だで", "phone"),
    ("店は 052-771-3390。昼ならおるで、電話してちょうだゃあ", "phone"),
    # 東北: 送ってけろ, かけてけ, こっちさ
    ("メアドは kome.tanbo88@gmail.com だ。注文はそっちさ送ってけろ", "email"),
    ("家の電話は0172-38-4410だ。夕方だばいるはんで、かけてけ", "phone"),
    ("0178-52-7731。こっちさかけでもらえれば持ってぐがら", "phone"),
    # 関西: でもかまへん; a plain permission: 構いません, ていいよ, てええよ
    ("080-6623-1195 や、電話でもかまへんで", "phone"),
    ("090-3381-2267 です。急ぎでしたらお電話いただいて構いません", "phone"),
    ("090-5512-7784 公衆電話からでもかけてきていいよ", "phone"),
    ("070-2241-8835、夜でもかけてええよ", "phone"),
    # curt: 追加しといて, 連絡まってます
    ("らいんのQR送れないから、ID打つね　ｙｕｚｕ－ｐｏｎ７　追加しといて", "line"),
    ("☆を@に変えてね aki_turbo7☆yahoo.co.jp 連絡まってます", "email"),
    # a shop's channel as a service taken
    ("自宅は0238-22-6613です。野菜のご注文はお電話でも承ります。", "phone"),
    ("ライン公式 @381kqpwd で予約受付してます", "line"),
    ("ご相談は弊社LINE公式（@552mtrwe）でも受け付けております。", "line"),
]


@pytest.mark.parametrize("text,channel", VALUE_INVITED)
def test_a_regional_ask_beside_a_value_invites_to_it(text, channel):
    assert (channel, "invitation") in _channels(text)


VALUE_ONLY = [
    # refusals in dialect: the same verbs, told not to
    "090-4417-2286 やけど、電話はせんといてちょー",
    "080-6623-1195 は店のやで、電話はかけんでかまへん",
    "090-3381-2267 です。お電話いただかなくても構いません",
    "メアドは kome.tanbo88@gmail.com だけど、そっちさは送らねでけろ、見ねがら",
    # stated, a receptionist, a callback promised (rounds 2-5 label these as stated)
    "名古屋支社の代表番号は052(684)3391です。不在時は受付の者が承ります。",
    "番号は 090-2876-1145 です。出られなかったら折り返します",
    # ちょー as 超, け in other words
    "番号は 090-7712-4458。ちょー古い携帯やけどね",
    "ライン公式 @381kqpwd は先月で受付終了しました",
]


@pytest.mark.parametrize("text", VALUE_ONLY)
def test_a_value_only_stated_or_refused_in_dialect_invites_nothing(text):
    assert not {v for v, kind in _channels(text) if kind == "invitation"}


# -- off-platform payment: round-6 classes -----------------------------------------------------------
def _pays(text):
    return any(f.category == "off_platform_payment" for f in leakguard.scan(text).findings)


PAYMENTS = [
    # cash on hand-over chosen in place of the app's payment (its 現金払い is the way, not a shop's)
    "近所なので、手渡しで現金払いにしませんか？アプリ通すと送料もかかるし",
    "受け取りのときに現金払いにしましょう、そのほうが早いし",
    # the goods handed over and the money another way in the same sentence
    "手渡しでの受け取りでお願いします、代金は現金でお願いします",
    "手渡しでの受け渡しで、お支払いはPayPayでお願いできますか",
    # the platform pays half, the rest goes another way
    "半分はアプリでお支払いして、残りの半分は受け取りのときに現金でお渡しする形でもいいですか？",
    "手付けはサイトで払って、残額は振込で送る形でも大丈夫ですか？",
    # the softened question whether an outside way works
    "ビットコインで払えたりします？",
    "PayPayで払えますか？",
    # an agency hiring the freelancer away, the platform's dealings ended with it
    "弊社の正社員としてご参画いただけませんか。\n本サイトでのお取引は今回で最後にしていただく前提でのご提案です。",
    "弊社の契約社員として雇用する形に切り替えていただければ、案件はそのまま継続できます。\nその場合、このサイトでのお取引は終了という形になります。",
    # the payer announces the outside way
    "ギャラは経費精算の都合で、PayPalのビジネスアカウントから送金になります。",
]


@pytest.mark.parametrize("text", PAYMENTS)
def test_a_round6_payment_proposal_is_found(text):
    assert _pays(text)


NOT_PAYMENTS = [
    # the app's own hand-over and anonymous shipping, on-platform 取引 and 受取評価
    "手渡しでの受け取りも、アプリの匿名配送でも大丈夫です。お支払いはアプリでお願いします",
    "受取評価をいただいた時点で、このサイトでのお取引は終了となります。ありがとうございました",
    "お支払いはすべてアプリでお願いします、残りのやり取りもここでしましょう",
    # refusals and rules talk, in dialect too
    "現金払いにしませんかって言われたけど、規約違反やけん断ったばい",
    "ビットコインで払えたりします？と聞かれましたが、サイト外での支払いは禁止なのでお断りしました",
    # job topics: hiring, the platform's payouts, a shop's accepted ways
    "弊社の正社員募集の求人原稿を作成してください。福利厚生と年収を目立たせたいです",
    "売上金は運営から登録口座へ送金になります。",
    "当店は現金払いにも対応している小さなカフェです",
]


@pytest.mark.parametrize("text", NOT_PAYMENTS)
def test_a_round6_lookalike_is_no_payment_proposal(text):
    assert not _pays(text)


# -- a channel without a value: the talk switched to e-mail, a call permitted --------------------------
CHANNEL_INVITED = [
    ("今後は書類のやり取りも増えますので、メールでの連絡に切り替えさせていただけませんでしょうか。", "email"),
    ("メールに切り替えませんか。", "email"),
    ("急ぎの場合は私の携帯に直接お電話いただいて構いません。", "phone"),
    ("お電話いただいても構いません", "phone"),
    ("電話してもらって構わないです", "phone"),
    ("LINEでご連絡いただいても結構です", "line"),
]


@pytest.mark.parametrize("text,channel", CHANNEL_INVITED)
def test_a_switch_or_a_permitted_call_invites(text, channel):
    assert channel in {v for v, _kind in _channels(text)}


CHANNEL_QUIET = [
    # a setting switched, not the talk
    "通知をメールに切り替えてください",
    "受信設定をメールに切り替えてもらえますか",
    # refusals, rules and a story
    "メールに切り替えるのは規約違反なのでできません",
    "メールに切り替えるのはやめましょう。",
    "ご連絡はメールに切り替えずに、このままここでお願いします",
    "メールでの連絡に切り替えたら返信が遅くなった",
    # the favour declined
    "お電話いただかなくても構いません",
    "お電話はいただかなくて結構です",
]


@pytest.mark.parametrize("text", CHANNEL_QUIET)
def test_a_setting_a_refusal_or_a_story_invites_nothing(text):
    assert not {v for v, kind in _channels(text) if kind in ("invitation", "request")}


# -- a number on an app registered under it, and a plain call offered besides -------------------------
@pytest.mark.parametrize("text,call", [
    ("You can reach me on +81-80-9921-3370 — WhatsApp or a regular call, whichever you prefer.", True),
    ("WhatsAppは +81 80 4412 7730 です。普通の電話でも大丈夫です", True),
    ("WhatsApp: +81 80 4412 7730, message me there", False),
    ("WhatsApp: +81 80 4412 7730 (no regular calls please)", False),
])
def test_a_call_offered_besides_the_app_invites_to_the_phone(text, call):
    channels = {v for v, _kind in _channels(text)}
    assert "whatsapp" in channels
    assert ("phone" in channels) is call
