"""Guard, issue #13: split classes round-10's conversations missed, each with hard negatives. Every
conversation is written for these tests (fictional), in other settings and wordings than the dev rows."""
import pytest

from split_conversations import completed, completed_in

PHONE, EMAIL, LINE = "phone_number", "email_address", "line_id"

# -- pieces decorated with emoji or symbols of mood --------------------------------------------
DECORATED = [
    (["電話ください☎️", "080☎️", "5521☎️", "3307☎️"], (PHONE, "+818055213307")),
    (["番号です", "070💕", "4418💕", "2290💕"], (PHONE, "+817044182290")),
    (["かけてね", "090♪", "6632♪", "1185♪"], (PHONE, "+819066321185")),
    (["TEL", "080 🌸", "7741 🌸", "0093 🌸"], (PHONE, "+818077410093")),
    (["電話番号", "090✌️", "3381👍", "5542🙏"], (PHONE, "+819033815542")),
    (["電話してね", "ぜろはちぜろ🎶", "ななよんいちいち🎶", "さんさんにーいち🎶"], (PHONE, "+818074113321")),
    (["call me", "090 😊", "2214 😊", "8876 😊"], (PHONE, "+819022148876")),
    (["メールで送って", "sora.k🌈", "@gmail.com🌈"], (EMAIL, "sora.k@gmail.com")),
    (["携帯です❤️", "080❤️", "6173❤️", "4402❤️"], (PHONE, "+818061734402")),
]


@pytest.mark.parametrize("messages, value", DECORATED)
def test_pieces_with_emoji_after_them_join(messages, value):
    assert value in completed(messages)


@pytest.mark.parametrize("messages", [
    ["部屋は203号室です🏠", "駐車場は15番🚗", "よろしく🙏"],            # a room and a parking space
    ["体重は4200g🐶", "誕生日は0512🎂", "元気です✨"],                 # a dog's weight and birthday
    ["品川 300 🚙", "さ 12-34 🚙"],                                   # a licence plate
    ["090🐾", "ところで明日の天気どうかな🌞", "お散歩行けるといいね🐾"],  # talk after the first group
    ["お会計3980円です💰", "ポイント1200🎁", "またね👋"],
])
def test_decorated_numbers_of_other_kinds_join_nothing(messages):
    assert not completed(messages)


def test_decorated_pieces_from_two_senders_join_nothing():
    turns = [("B", 0, "090🐾"), ("A", 1, "8330🐾"), ("A", 1, "6671🐾")]
    assert not completed_in(turns)


def test_decorated_pieces_after_a_long_pause_join_nothing():
    turns = [("A", 0, "電話してね"), ("A", 0, "090🐾"), ("A", 45, "8330🐾"), ("A", 46, "6671🐾")]
    assert (PHONE, "+819083306671") not in completed_in(turns)
