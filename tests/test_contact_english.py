"""Issue #14, channels in English and romaji: invitations, handles that are words of the sentence,
and the quiet side (refusals, quoted and translated text, a discontinued service, work about a
tool). All wording written for these tests; handles fictional."""
import pytest

import leakguard

EXTERNAL = "external_contact"


def _channels(text: str) -> set:
    return {f.value for f in leakguard.find(text) if f.category == EXTERNAL}


INVITATIONS = [
    ("Could we carry on over Telegram? The chat here keeps logging me out.", "telegram"),
    ("Let's jump on a Zoom call tomorrow morning to go through the draft.", "zoom"),
    ("Would you mind sharing your email address so I can send the contract?", "email"),
    ("Before we start, can you send me your phone number for a quick chat?", "phone"),
    ("I'm much more responsive on Signal, feel free to message me there.", "signal"),
    ("slack ni shoutai shimasu ne, ashita kara soko de onegai shimasu", "slack"),
    ("discord de hanashimashou ka? gamen kyouyuu dekiru node", "discord"),
]


@pytest.mark.parametrize("text,channel", INVITATIONS)
def test_english_and_romaji_invitations_are_found(text, channel):
    assert channel in _channels(text)
    assert leakguard.scan(text).action.value != "allow"


WORDS_NOT_HANDLES = [
    "We used Skype for years but it was shut down, so that's gone.",
    "I can't move to WhatsApp, sorry, it's against the rules here.",
    "Discord community events are fun, but let's keep talking here.",
    "Skypeは2025年に終了したサービスなので、今は使っていません。",
    "Thanks! Telegram or WhatsApp are both blocked at my office anyway, so this chat is best.",
]


@pytest.mark.parametrize("text", WORDS_NOT_HANDLES)
def test_words_after_a_channel_name_are_not_handles(text):
    assert not any(f.category == EXTERNAL and f.score >= 0.5 for f in leakguard.find(text))


HANDLES = [
    ("add me on Discord, my name is mori_kuma42", "discord", "mori_kuma42"),
    ("Telegram: my username is sora_trade7", "telegram", "sora_trade7"),
    ("Discord: hoshizora", "discord", "hoshizora"),
]


@pytest.mark.parametrize("text,channel,handle", HANDLES)
def test_handles_after_an_english_cue_are_found(text, channel, handle):
    found = [f for f in leakguard.find(text) if f.category == EXTERNAL and f.value == channel]
    assert found and any(handle in f.text.lower() for f in found)


def test_a_persons_name_is_no_line_id():
    assert not leakguard.find("Hi, my name is Daniel. Do you use LINE at work?") or all(
        f.category != "line_id" for f in leakguard.find("Hi, my name is Daniel. Do you use LINE at work?"))


QUIET = [
    'Please translate the button "Chat with us on WhatsApp" into Japanese.',
    'The original reads "Join our Discord for updates" - should I keep the brand name?',
    "I won't ask for your Telegram, I know the platform policy forbids it.",
    "Can you design a Zoom virtual background with our logo?",
    "Please upload the Zoom recordings to the order page when you can.",
    "LINE wa oshiete nai desu, kono chat de daijoubu desu",
    "Teams is no longer used in our company, so everything stays in this thread.",
]


@pytest.mark.parametrize("text", QUIET)
def test_refusals_quotes_and_work_about_a_tool_stay_quiet(text):
    assert leakguard.scan(text).action.value == "allow"


@pytest.mark.parametrize("text,channel", [
    ("サイト外のメールでやり取りしませんか", "email"),
    ("アプリの外の電話でお話しできますか", "phone"),
])
def test_a_channel_named_outside_the_platform_is_that_channel(text, channel):
    assert channel in _channels(text)
    assert None not in _channels(text)


def test_a_channel_set_aside_for_the_platform_is_quiet_and_the_reverse_is_not():
    assert "line" not in _channels("LINEじゃなくて、このメッセージ機能でお願いします")
    assert "line" in _channels("ここのメッセージじゃなくてLINEでお願いします")


# romaji 「…no hou ga benri」 prefers the channel (#14, round-5); a past, a refusal, the platform
# preferred and rules talk stay quiet
@pytest.mark.parametrize("text,channel", [
    ("WhatsApp no hou ga benri. Nihon no bangou desu", "whatsapp"),
    ("LINE no hou ga hayai desu", "line"),
])
def test_romaji_preference(text, channel):
    assert channel in {f.value for f in leakguard.scan(text).findings if f.category == "external_contact"}


@pytest.mark.parametrize("text", [
    "WhatsApp no hou ga benri datta kedo, ima wa tsukatte nai",
    "WhatsApp wa dame desu, koko no hou ga ii",
    "Zoom no hou ga benri to iu hito mo imasu ga, kiyaku de dame desu",
])
def test_romaji_preference_look_alikes(text):
    assert not [f for f in leakguard.scan(text).findings if f.category == "external_contact"]
