"""A long alternation asked branch by branch answers as the pattern whole does."""
import re

import pytest

from leakguard import fragments
from leakguard.alternation import branches, searcher
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
