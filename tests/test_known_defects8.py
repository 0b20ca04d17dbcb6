"""Known open defects of the channel and payment readers (issues #13/#14), by class: channels named
as alternatives, a value corrected in the same message, English negation and the English noun
"line", Korean and Chinese invitations with no value, and quoted scam lines inside an innocent
question. Each class has new wordings (other verbs, apps, registers, languages than the rows that
showed the defect) and hard negatives; the next blind round is written by someone else."""
from __future__ import annotations

import pytest

import leakguard
from leakguard import scan

EXT, PHONE, EMAIL, LINE_ID, PAY = "external_contact", "phone_number", "email_address", "line_id", "off_platform_payment"


def _channels(text: str) -> list:
    return [f for f in scan(text).findings if f.category == EXT]


def _values(text: str, category: str) -> set:
    return {f.value for f in scan(text).findings if f.category == category}


# -- 1. channels named as alternatives: one finding per channel, each over its own name ----------
@pytest.mark.parametrize("text, names", [
    ("スカイプかズームでお話しできますか", {"skype": "スカイプ", "zoom": "ズーム"}),
    ("打ち合わせはTeamsかZoomのどちらかでお願いできますか", {"teams": "Teams", "zoom": "Zoom"}),
    ("連絡はメールか電話でお願いします", {"email": "メール", "phone": "電話"}),
    ("電話でもメールでも構いませんので直接ご連絡ください", {"phone": "電話", "email": "メール"}),
    ("TelegramでもWhatsAppでも大丈夫なので、そちらで話しませんか", {"telegram": "Telegram", "whatsapp": "WhatsApp"}),
    ("Can we move this to Signal or WhatsApp?", {"signal": "Signal", "whatsapp": "WhatsApp"}),
    ("DiscordとSlack、どっちでやり取りしますか？", {"discord": "Discord", "slack": "Slack"}),
    ("スカイプ、もしくはグーグルミートでの面談は可能でしょうか", {"skype": "スカイプ", "google_meet": "グーグルミート"}),
    ("Feel free to reach me by email or phone", {"email": "email", "phone": "phone"}),
    ("カカオトークかLINEで連絡ちょうだい", {"kakao": "カカオトーク", "line": "LINE"}),
    ("チャットワークかメールでご連絡いただけますか", {"chatwork": "チャットワーク", "email": "メール"}),
])
def test_each_channel_named_as_an_alternative_is_its_own_finding(text, names):
    found = {f.value: f for f in _channels(text)}
    assert set(found) == set(names), found
    for channel, name in names.items():
        f = found[channel]
        assert name in f.text, (channel, f.text)
        others = [n for c, n in names.items() if c != channel]
        assert not any(n in f.text for n in others), (channel, f.text)  # (its own span, not the pair's)


@pytest.mark.parametrize("text", [
    "LINEかインスタの運用代行をお願いしたいです",
    "ZoomかTeamsの使い方を教えてください",
    "電話でもメールでもなく、このサイトのメッセージでやり取りしましょう",
    "LINEやインスタでの連絡はお断りしています",
    "We need a Discord or Telegram bot for our community",
    "スカイプかズームの録画データを文字起こししてほしいです",
])
def test_alternatives_as_a_topic_or_a_refusal_stay_quiet(text):
    assert _channels(text) == []


# -- 2. a value corrected in the same message: the retracted one says so, and is still masked -----
@pytest.mark.parametrize("text, category, value", [
    ("080-1234-5678じゃなくて080-1234-5687でした", PHONE, "+818012345687"),
    ("090-1111-2222じゃなくて090-1111-2223です、失礼しました", PHONE, "+819011112223"),
    ("080-3333-4445と書きましたが間違いで、正しくは080-3333-4444です", PHONE, "+818033334444"),
    ("訂正：070-5555-6666ではなく070-5555-6667です", PHONE, "+817055556667"),
    ("さっきの090-6666-7777は打ち間違いです。090-6666-7778が正しいです", PHONE, "+819066667778"),
    ("090-8888-9999、あ、違う、090-8888-9990です", PHONE, "+819088889990"),
    ("Sorry, not 090-4444-5555 — it's 090-4444-5556", PHONE, "+819044445556"),
    ("taro.k@exmaple.comじゃなくてtaro.k@example.comでした", EMAIL, "taro.k@example.com"),
    ("先ほどの hana_22@gmial.com は誤りです。正しくは hana_22@gmail.com です", EMAIL, "hana_22@gmail.com"),
])
def test_a_corrected_value_is_reported_and_the_retracted_one_says_so(text, category, value):
    found = [f for f in scan(text).findings if f.category == category]
    assert value in {f.value for f in found}
    retracted = [f for f in found if f.value != value]
    assert len(retracted) == 1 and "訂正" in retracted[0].reason and "corrected" in retracted[0].reason_en
    assert "訂正" not in next(f for f in found if f.value == value).reason
    assert scan(text).action == "block"
    # a digit away from the real value: a masked copy hides the retracted one as well
    masked = leakguard.mask(text)
    assert not any(f.text in masked for f in found)


@pytest.mark.parametrize("text, category, values", [
    ("店は03-1234-5678、携帯は090-1234-5678です", PHONE, {"+81312345678", "+819012345678"}),
    ("自宅 06-1111-2222 / 携帯 080-2222-3333", PHONE, {"+81611112222", "+818022223333"}),
    ("090-1234-5678か080-8765-4321のどちらかにお電話ください", PHONE, {"+819012345678", "+818087654321"}),
    ("平日は03-5555-6666、土日は090-7777-8888にお願いします", PHONE, {"+81355556666", "+819077778888"}),
    ("090-1111-2222じゃなくても、080-3333-4444でも大丈夫です", PHONE, {"+819011112222", "+818033334444"}),
    ("間違い電話が多いので、090-1234-5678と03-1234-5678の両方を書いておきます", PHONE, {"+819012345678", "+81312345678"}),
    ("仕事用はwork.taro@example.comで、私用はtaro.home@example.jpです", EMAIL, {"work.taro@example.com", "taro.home@example.jp"}),
])
def test_two_real_values_in_a_list_are_both_reported(text, category, values):
    assert _values(text, category) == values
    assert not any("訂正" in f.reason for f in scan(text).findings)


# -- 3. English: negation over the whole sentence, and "line" the English noun ------------------
@pytest.mark.parametrize("text", [
    "I can't give you my LINE",
    "I can't give you my LINE ID because it's against the rules",
    "Sorry, I won't be sharing my WhatsApp number here",
    "We don't accept PayPal or Venmo outside the platform",
    "Please never pay anyone by bank transfer outside the app",
    "my line was busy all morning, sorry",
    "my line went dead during the call, I'll reply here instead",
    "That's the bottom line for me: 8,000 yen",
    "There's a fine line between a discount and a bribe",
    "He's still on the line with the courier",
    "Our new product line ships next week",
    "my signal is weak here, I'll reply later",
])
def test_english_refusals_and_english_nouns_stay_quiet(text):
    report = scan(text)
    assert report.findings == (), report.findings


@pytest.mark.parametrize("text, category", [
    ("Add me on LINE: taro_1234", LINE_ID),
    ("Can we talk on LINE instead?", EXT),
    ("My LINE ID is hana_0303", LINE_ID),
    ("I'll pay you directly by bank transfer to skip the fee", PAY),
    ("Don't worry about the fee, just message me on WhatsApp", EXT),
    ("Don't hesitate to contact me on WhatsApp", EXT),
    ("Never mind, Skype is fine, let's talk there", EXT),
    ("Can't wait to chat on Zoom tomorrow!", EXT),
    pytest.param("line me at taro_1234 if that's easier", LINE_ID, marks=pytest.mark.xfail(
        strict=True, reason="open: lowercase 'line me' as a verb is no LINE ID cue yet")),
])
def test_english_asks_still_fire(text, category):
    assert category in {f.category for f in scan(text).findings}


# -- 4. Korean and Chinese invitations with no value --------------------------------------------
@pytest.mark.parametrize("text, channel", [
    ("카톡으로 연락주세요", "kakao"),
    ("카카오톡 아이디 알려주세요", "kakao"),
    ("加我微信", "wechat"),
    ("微信联系", "wechat"),
    ("请加我的LINE", "line"),
    ("라인으로 대화해요", "line"),
    ("텔레그램으로 이야기할까요?", "telegram"),
    ("카톡 있으세요?", "kakao"),
    ("我们用WhatsApp聊吧", "whatsapp"),
    ("方便的话加个微信吧", "wechat"),
    ("可以加你的LINE吗？", "line"),
    ("请用邮件联系我", "email"),
    ("전화번호 알려주세요", "phone"),
])
def test_korean_and_chinese_invitations_warn(text, channel):
    found = {f.value for f in _channels(text)}
    assert channel in found, found
    assert scan(text).action == "warn"


@pytest.mark.parametrize("text", [
    "카톡은 사용하지 않아요",
    "외부 메신저로 연락하는 것은 금지되어 있습니다",
    "카카오톡 이모티콘 디자인을 의뢰하고 싶습니다",
    "我不加微信，请在平台上沟通",
    "微信小程序开发的报价是多少？",
    "不要加陌生人的微信",
    "라인 스티커 제작 가능하신가요?",
    # (added after measuring round 8: not had, not needed, not convenient, asked and refused)
    "카톡 없으시면 괜찮아요",
    "전화는 필요 없어요, 여기서 얘기해요",
    "微信不方便加，我们在这里聊吧",
    "라인 아이디 물어보셨는데, 규칙상 못 알려드려요",
    "微信支付可以吧？",
])
def test_korean_and_chinese_refusals_and_topics_stay_quiet(text):
    assert _channels(text) == []


# -- 5. quoted scam lines in an innocent question: mentioned, never added up to block ------------
@pytest.mark.parametrize("text", [
    '"LINEで直接やり取りしましょう"というメッセージが来ました。通報すべきですか？',
    "こういうのは詐欺ですか→『振込先はこちら』",
    '相手から "PayPayで直接払います" と来ました。どうしたらいいですか',
    "これ詐欺？→「手数料がかからないので直接取引しましょう」「LINE IDはこちら」",
    'Someone messaged me: "Pay me by bank transfer and I\'ll give you a discount." Is that allowed?',
    '取引相手に"サイトを通さずに直接振り込んでくれたら安くする"って言われたけど、これ通報案件？',
    "質問です。『口座に直接振り込んでください』『LINEで連絡ください』と書かれたメッセージは規約違反になりますか？",
    "先ほど届いたメッセージ：「手数料なしで直接取引しませんか？」 怪しいので取引をキャンセルしました",
    "『現金書留で送ってください』『Amazonギフト券でもOK』というのは詐欺の手口ですか",
])
def test_quoted_scam_lines_in_a_question_do_not_block(text):
    assert scan(text).action == "allow", scan(text).findings


@pytest.mark.parametrize("text", [
    "「LINEで直接やり取りしましょう。手数料がもったいないので銀行振込でお願いします」",
    "『直接取引しませんか？PayPayで払います。LINEで連絡ください』",
])
def test_a_message_that_is_one_quotation_warns_however_many_readings_it_holds(text):
    assert scan(text).action == "warn", scan(text).findings


@pytest.mark.parametrize("text", [
    "手数料がもったいないので直接振り込んでください。LINEで連絡ください",
    "LINEで直接やり取りしましょう。手数料がもったいないので銀行振込でお願いします。",
    "「直接取引」でお願いします！手数料がかからないので",
    "詐欺じゃないですよ、安心してください。直接振り込んでもらえれば手数料分安くします",
    "Pay me by bank transfer and I'll give you a discount",
    "こういうの面倒なので、サイトを通さずに直接振り込んでください",
])
def test_the_same_words_said_by_the_writer_still_block(text):
    assert scan(text).action == "block", scan(text).findings
