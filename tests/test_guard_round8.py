"""Guard, issue #13: split classes round-8's conversations missed or joined wrongly, each with hard
negatives. Wording written for these tests in other settings (round-8 is a dev set; the next blind
round is not)."""
import pytest

from leakguard import Guard

_ACROSS = "earlier messages"


def _completed(messages, key=("room-r8", "sender")):
    guard = Guard()
    out = set()
    for text in messages:
        report = guard.check(text, conversation=key)
        for f in report.findings:
            assert 0 <= f.start < f.end <= len(text) and text[f.start:f.end] == f.text
        out |= {(f.category, f.value) for f in report.findings if _ACROSS in f.reason_en}
    return out


# An example a form, a guide or the asker shows ("例：", "例に", "見本は", "例えば" closing the
# message, "e.g.", "placeholder"): its pieces are no one's identifier.
EXAMPLES = [
    ["予約フォームの電話欄、例に「080」", "「1111-2222」って入ってるんですが消していいですか"],
    ["登録画面の見本は『090』", "『0000-1234』なんですけど"],
    ["メール欄が（例：hanako）", "「@example.ne.jp」になってて分かりにくいです"],
    ["IDってどういう形ですか？たとえば", "「tanaka」", "「_farm」みたいな？"],
    ["入力欄の下に 例) 070", "2345-6789 とありますが任意ですか"],
    ["The form says e.g. 090", "1234-5678, do I have to fill it?"],
    ["There's a placeholder like sato", "@mail.example.com in the box"],
    ["申込書の記入見本に「taro」", "「@sample.jp」ってありました"],
]


@pytest.mark.parametrize("messages", EXAMPLES)
def test_example_data_is_not_combined(messages):
    assert _completed(messages) == set()


# The same pieces with no example word still join; 「例の件」「事例」 name no example of a format.
STILL_JOINED = [
    (["例の件、電話で話しましょう。090-4417の", "2286です"], "phone_number", "+819044172286"),
    (["事例の写真送ります。番号は080-6621", "3318"], "phone_number", "+818066213318"),
    (["例によって携帯で。070-3911", "5520です"], "phone_number", "+817039115520"),
    (["メールは hanako.kiyo", "@example.ne.jp です"], "email_address", "hanako.kiyo@example.ne.jp"),
]


@pytest.mark.parametrize("messages, category, value", STILL_JOINED)
def test_no_example_word_still_joins(messages, category, value):
    assert (category, value) in _completed(messages)


# English: a refusal of LINE, or a word and its full stop before a new capitalised sentence, is talk.
ENGLISH_NEGATIVES = [
    ["Sorry, I can't share LINE or my number here. It's the rule.", "Let's meet at Gate 3, 10:40"],
    ["We don't use LINE for bookings, only this chat.", "Thanks for understanding"],
    ["Please add me on LINE later, I will be at the station.", "See you at 9 then"],
    ["My LINE is broken today.", "Tomorrow works better"],
    ["I'm not allowed to exchange LINE with guests.", "Hope that's ok"],
]


@pytest.mark.parametrize("messages", ENGLISH_NEGATIVES)
def test_english_sentences_are_not_joined(messages):
    assert not any(c == "line_id" for c, _ in _completed(messages))


ENGLISH_POSITIVES = [
    (["my LINE ID is", "kyoto_walk22"], "line_id", "kyoto_walk22"),
    (["LINE:", "sakura.guide"], "line_id", "sakura.guide"),
]


@pytest.mark.parametrize("messages, category, value", ENGLISH_POSITIVES)
def test_english_line_ids_still_join(messages, category, value):
    assert (category, value) in _completed(messages)
