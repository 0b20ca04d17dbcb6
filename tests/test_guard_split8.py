"""Guard, issue #13: split classes round-7's conversations missed, each with hard negatives.
Wording written for these tests (round-7 is a dev set; the next blind round is not)."""
import pytest

from leakguard import Guard

from split_conversations import _ACROSS, completed as _completed


POSITIVES = [
    # a phone or mail emoji alone between the groups decorates them, it does not end them
    (["080", "☎️", "5512", "☎️", "9034"], "phone_number", "+818055129034"),
    (["番号送ります 070-6621", "📱", "4408"], "phone_number", "+817066214408"),
    # the place and the size of the group announced before it: in its own message, or before its reading
    (["携帯は080-3317の", "残りはいつもの4桁です", "2290"], "phone_number", "+818033172290"),
    (["070-5512の", "あとはうちのいつもの4桁です笑", "八八〇一"], "phone_number", "+817055128801"),
    (["新しい番号は090-6634の", "あとはいつもの4桁です。いち・ご・ご・なな"], "phone_number", "+819066341557"),
    (["090-6634の", "下は普段の4桁だよ 3321"], "phone_number", "+819066343321"),
    # a LINE ID spelled a character a message, longer than memory holds messages
    (["ラインのID、一文字ずつ送るね", "n", "o", "z", "a", "5", "5"], "line_id", "noza55"),
    (["LINE IDは", "m", "i", "o", "_", "3", "1"], "line_id", "mio_31"),
]


@pytest.mark.parametrize("messages, category, value", POSITIVES)
def test_round7_split_classes_are_joined(messages, category, value):
    assert (category, value) in _completed(messages)


NEGATIVES = [
    # the other things an emoji alone may sit between: a labelled number, then an amount
    ["注文番号は 090-2217", "📞", "5521円です"],
    ["部屋は805です", "☎️", "暗証番号は1234"],
    # a count of digits announced for something that is no number: a label's digits, a quantity
    ["車台番号は 090-2217", "あとはいつもの4桁です", "7418"],
    ["車台番号の下4桁は5521", "あとは4桁で", "走行は0703km"],
    # letters after a completed ID, but an hour later: no continuation
    ["LINE IDは", "k", "e", "n", "3"],
]


@pytest.mark.parametrize("messages", NEGATIVES)
def test_round7_negatives_stay_apart(messages):
    found = _completed(messages)
    if messages[0] == "LINE IDは":
        assert found == {("line_id", "ken3")}
    else:
        assert not found


def test_a_letter_an_hour_after_a_spelled_id_does_not_go_on():
    clock = [0.0]
    guard = Guard(clock=lambda: clock[0])
    for text in ["LINE IDは", "y", "u", "k", "i", "7"]:
        guard.check(text, conversation=("room", "A"))
    clock[0] += 3600
    report = guard.check("7", conversation=("room", "A"))
    assert not any(_ACROSS in f.reason_en for f in report.findings)


def test_the_app_name_spelled_a_letter_a_message_is_the_cue_not_a_part():
    found = _completed(["ID送るね", "L", "I", "N", "E", "hana", "_0707"])
    assert ("line_id", "hana_0707") in found
    assert not any("line" in value for _, value in found)


@pytest.mark.parametrize("messages", [
    ["0", "9", "0"],                      # digits a message at a time stay groups, never one run
    ["w", "w", "w"],                      # laughter typed a letter a message completes nothing
    ["え", "ま", "じ", "で"],               # kana a message at a time holds no part
])
def test_characters_a_message_without_a_cue_complete_nothing(messages):
    assert not _completed(messages)


@pytest.mark.parametrize("messages, value", [
    # a landline's area code given as its city's name, the rest in the next messages
    (["家の電話は大阪の", "6543-2109です"], "+81665432109"),
    (["自宅の固定は札幌の", "612-3456"], "+81116123456"),
    (["固定は名古屋で", "876", "5432"], "+81528765432"),
    (["お店の電話番号は福岡です", "712-3344"], "+81927123344"),
])
def test_a_landline_named_by_its_city_opens_the_number(messages, value):
    assert ("phone_number", value) in _completed(messages)


@pytest.mark.parametrize("messages", [
    ["固定費は東京の", "5678-1234"],                 # no landline: a fixed cost
    ["電話は東京の", "5678-1234"],                   # 電話 alone names no landline to complete
    ["固定電話は東京です", "注文番号は5678-1234"],     # a labelled number after it
    ["お店の電話は大阪です", "営業は10:00-18:00です"],  # opening hours
    ["家の電話は大阪の", "6543-2109です", ],          # (checked below: an hour later)
])
def test_a_city_and_digits_that_make_no_landline(messages):
    if messages[1] == "6543-2109です":
        clock = [0.0]
        guard = Guard(clock=lambda: clock[0])
        guard.check(messages[0], conversation=("room", "A"))
        clock[0] += 3600
        report = guard.check(messages[1], conversation=("room", "A"))
        assert not any(_ACROSS in f.reason_en for f in report.findings)
    else:
        assert not _completed(messages)


@pytest.mark.parametrize("messages, category, value", [
    # the next message opens with the words that put its part after the name the last one closed on
    (["ラインでも大丈夫です、名前はmikanで", "に続けて 0707 です"], "line_id", "mikan0707"),
    (["LINEなら名前はsoraで", "のあとに数字で2525です"], "line_id", "sora2525"),
])
def test_a_part_said_to_follow_the_name_just_given(messages, category, value):
    assert (category, value) in _completed(messages)


@pytest.mark.parametrize("messages", [
    ["ライン交換しましょう、明日は神戸で", "のあとに数字で0318です"],  # a kanji place name is no part
    ["ラインは見てないです、明日はkobeで", "のあとに大阪に行きます"],   # no part after it
    ["ラインで送ります。資料はver2で", "のあとに3の方も送ります"],     # a version, then a count
])
def test_words_of_order_after_talk_join_nothing(messages):
    assert not _completed(messages)


@pytest.mark.parametrize("messages, category, value", [
    # a piece left out of a value already completed, put back after or before the piece named
    (["mika.hoshi", "@gmail.com です", "すみません、hoshi のあとに 3 が入ります"], "email_address", "mika.hoshi3@gmail.com"),
    (["ラインIDは kenji_", "guitar", "ごめん、guitar の前に e が抜けてた"], "line_id", "kenji_eguitar"),
])
def test_a_left_out_piece_put_back(messages, category, value):
    assert (category, value) in _completed(messages)


def test_words_of_insertion_in_a_schedule_put_nothing_back():
    found = _completed(["メールは yuki.m", "@ezweb.ne.jp", "明日は 10時 のあとに 2件 入ります"])
    assert found == {("email_address", "yuki.m@ezweb.ne.jp")}


@pytest.mark.parametrize("messages, value", [
    # the group a number starts from closes the message (「…090から」「080で始まって」)
    (["電話番号は080で始まって", "4471", "2093です"], "+818044712093"),
    # talk, then 「さっきの続き」 and a group: it links to the groups before it
    (["番号はね、070から", "それにしても雨やばいね さっきの続き 3319", "で最後が4820笑"], "+817033194820"),
])
def test_a_start_group_and_a_resumed_group_link(messages, value):
    assert ("phone_number", value) in _completed(messages)


@pytest.mark.parametrize("messages", [
    ["受付は10時から", "4471", "2093です"],                         # a time, no start group
    ["セールは3月1日から", "在庫は4471", "2093です"],                 # a date, then a labelled quantity
    ["番号はね、090から", "漫画の続き 12巻まで読んだ", "で最後が4820笑"],  # a volume count after 続き
])
def test_starts_and_continuations_that_are_no_groups(messages):
    assert not any(c == "phone_number" for c, _ in _completed(messages))


@pytest.mark.parametrize("messages, value", [
    # an official account's @ said to open the ID, the rest named as what comes after it
    (["公式LINEでも予約できます。検索は @ で始まって", "その後ろが 305hqnrt です"], "@305hqnrt"),
    (["公式ラインのIDは @ から始まります", "そのうしろが 771kdpwe"], "@771kdpwe"),
])
def test_an_official_id_opened_by_its_at_sign(messages, value):
    assert ("line_id", value) in _completed(messages)


@pytest.mark.parametrize("messages", [
    ["LINEの件はまた今度で", "その後ろの席が 12番です"],          # a seat, no ID
    ["公式LINEもあります", "その後ろが 2024年の分です"],          # a year
])
def test_what_comes_after_that_is_no_id(messages):
    assert not any(c == "line_id" for c, _ in _completed(messages))


@pytest.mark.parametrize("messages, value", [
    # a correction that gives the last digit (or two), not the last group
    (["090-4471-", "2093", "さっきの違った、最後は7"], "+819044712097"),
    (["080-3321", "9054", "ごめん、最後の数字は8でした"], "+818033219058"),
    (["070-1188", "4402", "すみません、最後の2桁は17です"], "+817011884417"),
])
def test_a_corrected_last_digit(messages, value):
    assert ("phone_number", value) in _completed(messages)


@pytest.mark.parametrize("messages", [
    ["090-4471-", "2093", "ごめん、最後は7時に着きます"],      # a time
    ["090-4471-", "2093", "すみません、最後は3個ください"],     # a quantity
    ["090-4471-", "2093", "最後は7"],                          # no correction said
])
def test_a_last_digit_that_corrects_nothing(messages):
    numbers = {v for c, v in _completed(messages) if c == "phone_number"}
    assert numbers <= {"+819044712093"}
