"""Invitations and requests to move to an outside channel with no value given (issue #14, rounds 3–7
misses): how often said before the call word, the favour nominalised before its question, an activity
asked for on the channel, and the channel said to be fine. Each class has hard negatives."""
from __future__ import annotations

import pytest

from leakguard import scan

from channel_cases import channels as _channels, open_case as _open  # noqa: F401



# -- 「一度」「一回」 before the call word count how often, they are no device (テレビ電話, 黒電話) --
@pytest.mark.parametrize("text", [
    "直接お話ししたほうが早いと思うんで、一度電話できませんか？",
    "細かいニュアンス伝えたいんで一回電話で話せませんか？",
    "2回目の打ち合わせは一度お電話でさせてもらえますか？",
])
def test_a_counted_call_is_a_call(text):
    assert "phone" in _channels(text)


# (merged from test_call_counted.py, the same class written by a second helper: exact channel sets)
@pytest.mark.parametrize("text", [
    "MIXの件、細かいニュアンス伝えたいんで一回電話で話せませんか？",
    "直接お話ししたほうが早いと思うんで、一度電話できませんか？",
    "急ぎなので1回電話で確認させてもらえますか？",
])
def test_a_call_asked_for_once_is_only_a_call(text):
    assert _channels(text) == {"phone"}


@pytest.mark.parametrize("text", [
    "2回電話したけど出なかったので、こちらでメッセージします",
    "3台電話を買いました",
    "黒電話のイラストをアイコンに入れてほしいです",
])
def test_past_calls_and_devices_stay_quiet(text):
    assert _channels(text) == set()


@pytest.mark.parametrize("text", [
    "昨日一回電話したけど出なかった",
    "一度電話が壊れて修理に出しました",
    "電話は一度もできませんでした",
    "黒電話のイラストをアイコンに入れてほしいです",
])
def test_a_counted_call_that_is_no_invitation_stays_quiet(text):
    assert "phone" not in _channels(text)


# -- 「〜いただくことはできますか」: こと makes the favour the subject of the question ------------------
@pytest.mark.parametrize("text, channel", [
    ("夜に一度お電話で確認していただくことはできますか？", "phone"),
    ("Zoomで子猫の様子を見せていただくことはできますか？", "zoom"),
    ("LINEで写真を送ってもらうことは可能でしょうか", "line"),
])
def test_a_nominalised_favour_asked_is_a_request(text, channel):
    assert channel in _channels(text)


@pytest.mark.parametrize("text", [
    "お電話で確認していただくことはできません",
    "電話番号を入力していただくことはできますか？",
    "アプリのビデオ通話で見せていただくことはできますか？",
])
def test_a_nominalised_favour_refused_or_on_the_platform_stays_quiet(text):
    assert not _channels(text) - {None}


# -- 「<channel>で<activity>できますか」: asking to do something there --------------------------
@pytest.mark.parametrize("text, channel", [
    ("声の演技指導したいので、スカイプかズームで一回リハできますか？", "zoom"),
    ("Zoomでレッスンできませんか？", "zoom"),
    ("ズームで打ち合わせ可能ですか？", "zoom"),
])
def test_an_activity_asked_for_on_a_channel_is_an_invitation(text, channel):
    assert channel in _channels(text)


@pytest.mark.parametrize("text", [
    "LINEで送金できますか？",  # the payment detector's
    "Zoomで背景を変えることはできますか？",  # how the app works
    "Zoomでリハできました？",  # the past
    "Zoomでリハはできません",
    "インスタで宣伝できますか？",  # publishing: a job
    "こちらのビデオ通話でリハできますか？",  # the platform's own call
])
def test_an_activity_question_that_moves_nothing_stays_quiet(text):
    assert not _channels(text) - {None}


# -- 「ラインでいいよ」「ラインでええけぇ」: the channel fine by the sender, closing the sentence ------
@pytest.mark.parametrize("text, channel", [
    ("写真だけじゃわからんけぇ、ビデオ通話で見せてもらえん？ラインでええけぇ", "line"),
    ("ラインでいいよ", "line"),
    ("LINEでいいです！", "line"),
])
def test_a_channel_said_to_be_fine_is_an_offer(text, channel):
    assert channel in _channels(text)


@pytest.mark.parametrize("text", [
    "LINEでいい感じの写真撮れた",
    "電話でいいって言われた",
    "LINEで良かった",
    "ここのメッセージでいいよ",
])
def test_fine_said_of_something_else_stays_quiet(text):
    assert not _channels(text) - {None}


# -- 「<channel>から」 with a booking, inquiry or message: the channel is where to do it ------------
@pytest.mark.parametrize("text, channel", [
    ("次回のご予約はお店のLINEからでも受け付けてます。", "line"),
    ("LINEからご予約ください", "line"),
    ("LINEからメッセージください", "line"),
])
def test_a_booking_or_message_through_a_channel_is_an_invitation(text, channel):
    assert channel in _channels(text)


@pytest.mark.parametrize("text", [
    "LINEからログインしてください",  # the app's own use
    "LINEから連絡が来ました",  # the past
    "昨日LINEから予約しました",
    "LINEからの予約は受け付けていません",
    "LINEから予約できるシステムを作ってください",  # a job
    "LINEから申し込むフォームの実装",
    "アプリから予約してください",
])
def test_from_a_channel_without_a_booking_asked_stays_quiet(text):
    assert not _channels(text) - {None}


# -- a shop's Facebook page is its account there, its making is a job ----------------------------
def test_a_message_to_a_shops_page_is_an_invitation():
    assert "facebook" in _channels("お店のFacebookページにメッセージいただければ、空き状況すぐお返事できます")


@pytest.mark.parametrize("text", [
    "Facebookページの作成をお願いします",
    "Facebookページの運用代行をお願いできますか",
    "Facebookページに写真を載せてください",
])
def test_a_page_as_the_work_stays_quiet(text):
    assert "facebook" not in _channels(text)


# -- a channel said to be not needed or closed is declined -----------------------------------------
@pytest.mark.parametrize("text", [
    "DiscordのID連携とかは不要です！Skebのリクエスト文に参考画像のURL貼ってもらえれば大丈夫です",
    "ちなみに私のXは作品投稿専用で、DMは閉じてます🙏 ご依頼はすべてココナラでお願いします",
    "LINE交換は不要です",
])
def test_a_channel_not_needed_or_closed_is_no_invitation(text):
    assert not _channels(text) - {None}


@pytest.mark.parametrize("text, channel", [
    ("Zoomは登録不要で参加できますので、URLからどうぞ", "zoom"),
    ("アプリは閉じて、LINEで話しましょう", "line"),
])
def test_no_sign_up_needed_or_an_app_closed_still_invites(text, channel):
    assert channel in _channels(text)


# -- English: a lesson moved to a channel "instead" is no lesson about the app --------------------
@pytest.mark.parametrize("text, channel", [
    ("Can we do lesson on Zoom instead? I don't like this app video, very slow.", "zoom"),
    ("Could we have the lessons on Skype instead?", "skype"),
])
def test_a_lesson_moved_to_a_channel_is_an_invitation(text, channel):
    assert channel in _channels(text)


@pytest.mark.parametrize("text", [
    "Can you give me a lesson on Zoom basics?",
    "Can you teach a lesson on Zoom instead of Teams?",
])
def test_a_lesson_about_an_app_stays_quiet(text):
    assert not _channels(text) - {None}


# -- 「電話すればいいですか」: asking whether to do it there proposes it ------------------------------
@pytest.mark.parametrize("text, channel", [
    ("電話すればいいですか？", "phone"),
    ("名刺の番号に電話すればいいですか？", "phone"),
    ("LINEで送ればよろしいでしょうか", "line"),
])
def test_should_i_contact_there_is_an_invitation(text, channel):
    assert channel in _channels(text)


@pytest.mark.parametrize("text", [
    "電話すればよかった",  # a regret
    "電話すればいいのに",
    "電話すればいいって言われた",  # reported
    "どう断ればいいですか？電話で話したいと言われました",  # asking how
    "電話番号の欄は「090-0000-0000」のような形で入力すれば良いのでしょうか？",  # a form
    "サイトのメッセージで送ればいいですか？",
])
def test_should_i_that_proposes_no_channel_stays_quiet(text):
    assert not _channels(text) - {None}
