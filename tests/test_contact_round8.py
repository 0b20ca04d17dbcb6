"""Invitations to outside channels on round-8 wording (issue #14): older writers' e-mail asked for
by the bare word 「メール」, with hard negatives (compounds, the post, past events, refusals, job
topics, quoted words). Variants are written in other wordings than the dev rows."""
from __future__ import annotations

import pytest

from leakguard import scan

from channel_cases import channels as _channels, open_case as _open  # noqa: F401



# -- 「メール」 itself as the means or the thing asked for -------------------------------------------
@pytest.mark.parametrize("text", [
    "あとでメールください",
    "メールちょうだい！",
    "メールくれたら返すね",
    "見積もりはメールでお願いできますか",
    "メールでやりとりしてもいいですか？",
    "メールで写真送って",
    "メールでも大丈夫ですよ、そのほうが添付しやすいので",
    "メールいただければ資料送ります",
    "Eメールで連絡ください",
    "メールでのやり取りに切り替えませんか",
])
def test_mail_itself_asked_for_is_an_email_invitation(text):
    assert "email" in _channels(text)


@pytest.mark.parametrize("text", [
    "メールで届いた予約確認書に番号が書いてあります",
    "ゆうメールで送ると180円です",
    "メール便で送ってください",
    "確認メールを送ってください",
    "自動返信メールを送る機能を実装してください",
    "メールの設定を教えてください",
    "メールが届かないので確認してもらえますか",
    "メールで送ってもらった写真、きれいでした",
    "メールでのご連絡はいたしかねます",
    "メールで送っていただく必要はありません",
    "メールではなくこちらで見てくださいね",
    "メールマガジンに登録してください",
    "会話の中で「メールで送ってください」と書いたのは、このサイトのメッセージ添付のことです。",
])
def test_mail_as_a_compound_a_past_event_or_refused_stays_quiet(text):
    assert "email" not in _channels(text)


# -- a value with the words that invite to use it (lexicons/value_invitation_cues.txt, round-8) ------
import leakguard.detectors.value_invitations as vi  # noqa: E402
from leakguard.model import EMAIL, LINE_ID, PHONE, Finding  # noqa: E402

_CATEGORY = {"phone": PHONE, "email": EMAIL, "line": LINE_ID}


def _step(text: str, value: str, channel: str):
    start = text.index(value)
    finding = Finding(_CATEGORY[channel], start, start + len(value), value, value, 0.9, "", "")
    return vi.invitation_for(text, finding, channel)


@pytest.mark.parametrize("text,value,channel", [
    # when and where they can be reached, the channel they prefer, the desk after a bracket
    ("携帯 080-3312-5568、昼は畑なので夕方ならおります", "080-3312-5568", "phone"),
    ("店の電話 0287-55-3190 です。朝7時からおります", "0287-55-3190", "phone"),
    ("自宅 0465-22-8813、母が出ると思います", "0465-22-8813", "phone"),
    ("090-6621-4470 です。LINEより電話が早いです", "090-6621-4470", "phone"),
    ("番号 070-2281-5593、字を打つのが苦手なので電話で", "070-2281-5593", "phone"),
    ("0259-33-1187（事務所）までお電話ください", "0259-33-1187", "phone"),
    ("0942-77-1205（担当：中村）までご連絡を", "0942-77-1205", "phone"),
    ("連絡は事務所の方へ 03-5521-8870", "03-5521-8870", "phone"),
    # an address read daily, one that takes mail, a reply awaited there
    ("ドコモのメール tama.nouen@docomo.ne.jp です、毎日見てますので", "tama.nouen@docomo.ne.jp", "email"),
    ("アドレス yoshi.kome55@yahoo.co.jp です、夜寝る前の時に見ます", "yoshi.kome55@yahoo.co.jp", "email"),
    ("sato.mikan@au.com に写真お願いします、お返事お待ちしてます", "sato.mikan@au.com", "email"),
    # English and the languages of guests and residents
    ("Text or call anytime after 5: 080-4471-2290", "080-4471-2290", "phone"),
    ("Ring me when you arrive, 090-5521-7783", "090-5521-7783", "phone"),
    ("Please send me the invoice at leo.m@outlook.com", "leo.m@outlook.com", "email"),
    ("Backup email if the app fails: nina.tr@gmail.com", "nina.tr@gmail.com", "email"),
    ("请发给我，邮箱 li.na88@163.com", "li.na88@163.com", "email"),
    ("到了车站给我打电话：080-6612-3390", "080-6612-3390", "phone"),
    ("전화 주세요 010-2231-5567", "010-2231-5567", "phone"),
    ("Số của tôi 080-7731-2204, gọi cho tôi khi đến nơi", "080-7731-2204", "phone"),
    ("Me liga: 080-5512-3307", "080-5512-3307", "phone"),
    ("Llámame al 090-2218-6643 por favor", "090-2218-6643", "phone"),
])
def test_a_value_with_availability_or_a_foreign_ask_is_invited(text, value, channel):
    assert _step(text, value, channel) is not None


@pytest.mark.parametrize("text,value,channel", [
    ("090-6621-4470 から電話が早い時間にかかってきて困っています", "090-6621-4470", "phone"),
    ("この番号 080-3312-5568 は詐欺です、夕方ならおりますと言っていました", "080-3312-5568", "phone"),
    ("0259-33-1187 までお電話しないでください", "0259-33-1187", "phone"),
    ("tama.nouen@docomo.ne.jp に送りましたが届いていないようです", "tama.nouen@docomo.ne.jp", "email"),
    ("Please don't call or text 080-4471-2290, it is not mine anymore", "080-4471-2290", "phone"),
    ("The scam message said call or text 090-5521-7783", "090-5521-7783", "phone"),
    ("入力欄の例）080-5531-2207 のままで、返事待ってます", "080-5531-2207", "phone"),
    ("090-3318-2207 は駅の方へ歩いたところの店の番号で、もう閉店しました", "090-3318-2207", "phone"),
    ("電話番号は 090-4471-2286 です。よろしくお願いします。", "090-4471-2286", "phone"),
    ("MAIL: hatake.jiro@ocn.ne.jp（大文字でも届きます）", "hatake.jiro@ocn.ne.jp", "email"),
])
def test_a_value_refused_reported_sampled_or_only_stated_is_not_invited(text, value, channel):
    assert _step(text, value, channel) is None


# -- English and other languages of guests: indirect asks to move (lexicons/contact_english.txt) ----
@pytest.mark.parametrize("text,channel", [
    ("Is it possible to talk with you on WhatsApp before I confirm?", "whatsapp"),
    ("Is it ok to add you on WeChat after the tour?", "wechat"),
    ("Would it be alright to continue on Telegram?", "telegram"),
    ("Any chance I could message you on Instagram instead?", "instagram"),
    ("Can I chat with you on Messenger tomorrow?", "facebook"),
    ("¿Tienes WhatsApp? Hablamos por ahí", "whatsapp"),
    ("Bạn có dùng Messenger không? Nói chuyện trên đó tiện hơn.", "facebook"),
])
def test_an_indirect_or_foreign_ask_to_move_is_an_invitation(text, channel):
    assert channel in _channels(text)


@pytest.mark.parametrize("text", [
    "Is it possible to pay on delivery instead of using WhatsApp?",
    "Is it possible that WhatsApp is blocked in Japan?",
    "Would it be ok to translate the WhatsApp onboarding screens?",
    "I don't think it is possible to talk with you on WhatsApp, the rules forbid it.",
    "Tienes que usar el chat de la app, no WhatsApp.",
])
def test_an_indirect_question_about_the_app_itself_stays_quiet(text):
    assert not _channels(text) - {None}


# -- a handle handed over with "is" or the Chinese 号 (contact_handles._RIGHT_BEFORE_RE) ----------
@pytest.mark.parametrize("text,channel", [
    ("my wechat is Chen_Hao_Osaka, add me and say you are the guide", "wechat"),
    ("My telegram is kenta_tokyo88", "telegram"),
    ("My Instagram is hana.snap.tokyo – follow me", "instagram"),
    ("微信号 lin_wei_1988，加的时候备注一下", "wechat"),
])
def test_a_handle_given_with_is_or_hao_blocks(text, channel):
    found = {(f.value, f.kind) for f in scan(text).findings if f.category == "external_contact"}
    assert (channel, "handle") in found


@pytest.mark.parametrize("text", [
    "My Signal is down, sorry",
    "my instagram is private now",
    "my discord is acting up again today",
])
def test_a_state_of_the_app_said_with_is_is_no_handle(text):
    assert not any(f.kind == "handle" for f in scan(text).findings if f.category == "external_contact")


# -- a message reported in single quotes is someone else's words (contact_english._QUOTE_RE) -------
@pytest.mark.parametrize("text", [
    "I got a message 'send your LINE ID for faster reply' from another user, is that okay? I didn't answer.",
    "A buyer wrote 'can we talk on WhatsApp instead?' and I said no.",
    "The seller keeps saying 'add me on WeChat, it's easier' — should I report?",
])
def test_a_message_quoted_in_single_quotes_invites_nobody(text):
    assert not _channels(text) - {None}


@pytest.mark.parametrize("text,channel", [
    ("Let's talk on 'WhatsApp' tonight", "whatsapp"),
    ("I'm on WhatsApp, let's chat there, it's easier", "whatsapp"),
    ("Can we talk on WhatsApp? It's easier for me", "whatsapp"),
])
def test_an_apostrophe_or_a_name_set_off_is_no_quote(text, channel):
    assert channel in _channels(text)


# -- the provider's mail and the reader's contact number ---------------------------------------------
@pytest.mark.parametrize("text,channel", [
    ("ドコモメールでやりとりできますか", "email"),
    ("Kindly share your contact number so our driver can coordinate the pickup.", "phone"),
    ("Could you send me your contact number?", "phone"),
])
def test_provider_mail_and_your_contact_number_are_asked_for(text, channel):
    assert channel in _channels(text)


@pytest.mark.parametrize("text", [
    "Our contact number is listed on the booking page, please use the app chat.",
    "The contact number field should accept 11 digits.",
])
def test_a_contact_number_that_is_no_ask_stays_quiet(text):
    assert "phone" not in _channels(text)


# -- 「メール」 as the target of a setting, or in a condition on who may buy: the bare-word rule defers --
@pytest.mark.parametrize("text", [
    "通知をメールに切り替えてください",
    "お知らせの受け取り方法をメールに変更してください",
    "発送通知はメールに設定してもらえますか",
    "配信方法をメールに変えてほしいです",
    "アプリの通知設定をメールにしておいてください",
    "メールでやり取りできる方のみ譲ります",
    "メールで連絡が取れる方限定です",
    "メールで返信できる人だけお願いします",
    "メールでやり取り可能な方優先で",
])
def test_mail_as_a_setting_or_a_buyer_condition_invites_nothing(text):
    assert "email" not in _channels(text)


@pytest.mark.parametrize("text", [
    "メールに切り替えませんか。",
    "連絡をメールに切り替えてもらえますか",
    "連絡はメールにしてください",
    "写真はメールに送ってください",
    "メールでやり取りできる方のみ譲ります（ここは見落としが多いので）",
    "メールでやり取りできますか？",
    "メールで写真送ってくれる方いますか？",
])
def test_the_talk_moved_to_mail_or_mail_asked_for_still_invites(text):
    assert "email" in _channels(text)


# -- the talk changed to a channel by a plain change verb (変える/変更), not only 切り替える ---------------
@pytest.mark.parametrize("text,channel", [
    ("やり取りはメールに変えませんか", "email"),
    ("今後の連絡手段をメールに変更させてください", "email"),
    ("連絡先はメールに変えてもらえると助かります", "email"),
])
def test_the_talk_changed_to_a_channel_invites(text, channel):
    assert channel in _channels(text)


@pytest.mark.parametrize("text", [
    "通知をメールに変更してください",
    "連絡先をメールに変更しました",
    "メールに変更するのは規約違反なので無理です",
    "連絡はこのままここで、メールに変えなくて大丈夫です",
    "チャットからメールに変更はできません、ここでお願いします",
    "登録メールアドレスを変更したいです",
    "メールの設定を変えてください",
])
def test_a_setting_changed_a_story_or_a_refusal_invites_nothing(text):
    assert "email" not in _channels(text)
