"""A long alternation asked branch by branch answers as the pattern whole does."""
import re

import pytest

from leakguard import fragments
from leakguard.alternation import branches, searcher, skipping
from leakguard.normalize import NormalizedText


@pytest.mark.parametrize("pattern, texts", [
    # branches opening with a class, a group, a lookbehind and a plain character, mixed
    (r"(?<![a-z])then(?![a-z])|[0-9] ?と[0-9]|最初|(?:ブロック|グループ) ?目|a?b",
     ["then", "athen", "thenx", "and then 5", "1と2", "1 と 2", "最初に", "グループ目", "ブロック 目", "b", "ab", "a", ""]),
    (r"ab|c\.d|[x|y]z|(?:e|f)g|h\|i|\(a\)", ["ab", "c.d", "cxd", "|z", "yz", "fg", "h|i", "(a)", "a", "ca.d", "zz"]),
    (r"[]|]q|w[^]]|\d{2}|\bat\b", ["]q", "|q", "wa", "w]", "12", "at", "cat", "1"]),
    (r"x|", ["", "y", "x"]),  # an empty branch matches everywhere
    # not split: flags, groups (a back-reference)
    (r"(?i)abc|d[0-9]", ["ABC", "abc", "D1", "d1", "x"]),
    (r"(a)b\1|c", ["aba", "ab", "c", "abb"]),
])
def test_searcher_answers_as_the_pattern(pattern, texts):
    compiled = re.compile(pattern)
    found = searcher(compiled)
    for text in texts:
        assert found(text) == (compiled.search(text) is not None), text


def test_branches_are_top_level():
    assert branches(r"a|(b|c)|[d|e]|f\|g") == ["a", "(b|c)", "[d|e]", r"f\|g"]


def test_the_searchers_answer_as_their_patterns_on_local_texts():
    from test_gate import local_texts

    from leakguard.detectors import email, line, phone, phone_words, spelled

    pairs = [(fragments._join_cue, fragments._JOIN_CUE_GATE_RE), (fragments._correction, fragments._CORRECTION_RE),
             (fragments._by_group, fragments._BY_GROUP_RE), (email._mail_word, email._MAIL_WORD_RE),
             (line._name_gate, line._NAME_GATE_RE), (line._id_gate, line._ID_GATE_RE),
             (spelled.letters_gate, spelled.LETTERS_GATE_RE), (phone._nanp_cue, phone._NANP_CUE_RE),
             (phone_words._latin_by_digit, phone_words._LATIN_BY_DIGIT_RE)]
    texts = local_texts()
    assert len(texts) > 50_000
    for text in texts[::3]:
        norm = NormalizedText.of(text).text
        for found, pattern in pairs:
            assert found(norm) == (pattern.search(norm) is not None), (pattern.pattern[:40], text)


def _matches(pattern, text):
    return [(m.span(), m.lastgroup, m.groups()) for m in pattern.finditer(text)]


@pytest.mark.parametrize("pattern, texts", [
    # a lookbehind first, a branch opening with one, named groups, a repeat that may be absent
    (r"(?<![a-z])id(?![a-z])", ["id", "my id", "kid", "idx", "ID", "i d", "「id」", ""]),
    (r"(?P<a>電話|(?<![a-z])tel(?![a-z]))|(?P<b>メール|(?<![a-z])mail)", ["電話かtelで", "hotel", "email mail", "メール"]),
    (r"(?:(?<![一-龯])|(?<=[をと]))(?:合わせ|あわせ)", ["問い合わせ", "をあわせ", "合わせて", "しあわせ"]),
    (r"x?[0-9]{2}|(?<=a)b+", ["x12", "12", "ab", "bb", "abb", "x1"]),
    (r"(?<![0-9])[0-9]{1,3}(?:,[0-9]{3})+(?![0-9])", ["1,000円", "12,345,678", "1234,567", "a1,00"]),
])
def test_skipping_finds_what_the_pattern_finds(pattern, texts):
    compiled = re.compile(pattern)
    led = skipping(compiled)
    assert led is not compiled and led.pattern.startswith("(?=[")
    for text in texts:
        assert _matches(led, text) == _matches(compiled, text), text
        assert [m.span() for m in led.finditer(text, 1, max(1, len(text) - 1))] == \
            [m.span() for m in compiled.finditer(text, 1, max(1, len(text) - 1))], text


@pytest.mark.parametrize("pattern", [
    r"\d+x",  # a category: any digit of any script
    r"[^a]b",  # a negated class
    r".b",
    r"a?",  # may match empty text
    r"(?i)line",  # the flag makes LINE match too
    r"(?i:line)|x",
    r"(?:a|\w)b",  # one branch opens with a category
])
def test_skipping_leaves_what_it_cannot_lead(pattern):
    compiled = re.compile(pattern)
    assert skipping(compiled) is compiled


def test_the_led_patterns_find_what_they_did_on_local_texts():
    from test_gate import local_texts

    from leakguard.detectors import line, phone_words

    led = [fragments._CUE_RE, fragments._AMOUNT_RE, fragments._DATE_TIME_RE, fragments._LETTER_BY_LETTER_RE,
           phone_words._KANA_THREE_RE, line._CUED_GATE_RE]
    pairs = []
    for pattern in led:
        assert pattern.pattern.startswith("(?=["), pattern.pattern[:40]
        pairs.append((re.compile(pattern.pattern[pattern.pattern.index("])(?:") + 5:-1]), pattern))
    texts = local_texts()
    for text in texts[::3]:
        norm = NormalizedText.of(text).text
        for plain, pattern in pairs:
            assert _matches(pattern, norm) == _matches(plain, norm), (plain.pattern[:40], text)
