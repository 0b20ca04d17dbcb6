"""One gate before the pipeline: can any detector of a policy report anything in this raw text?

Most chat messages are plain Japanese: kana, kanji and a few marks. For a text made only of
characters the normalizer leaves as they are (``_PLAIN``: no digit in any script, no Latin letter,
no ``@``-like or spacing character, no kanji digit), the normalized view *is* the text, so what a
detector's own gate would see can be tested on the raw text. On such text only a few things can
lead to a finding, and each is taken from the code or lexicon that reads it, when the gate is
built, so that it follows their changes:

- number words: the normalizer's kana-digit trigger and the phone reader's own test for words it
  reads without digits (Korean readings in katakana);
- channel words and link hosts: the contact lexicon's terms, as its automaton matches them,
  and its spaced-kana test (「ら、い、ん」);
- payment words: the payment detector's own gate keys;
- 「こー」 → 「こう」: the normalizer rewrites a long vowel after an o-row kana, so such a pair passes.

Every other detector needs an ASCII letter or digit in the view to report an identifier; the
view only holds one when the raw text holds a non-plain character or number words, which pass.
A detector the gate does not know (a platform's own) makes it pass every text.
tests/test_gate.py checks on every local text that no message with a finding is cleared.
"""
from __future__ import annotations

import functools
import re
from typing import Iterable

from . import chartables as ct
from . import normalize

# Blocks of ordinary Japanese text; a character of them is plain if the normalizer keeps it as is.
_CANDIDATE_RANGES = ((0x3041, 0x3096), (0x309D, 0x309F), (0x30A1, 0x30FA), (0x30FC, 0x30FF),
                     (0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0x3001, 0x3002), (0x3005, 0x3007),
                     (0x300C, 0x300F), (0x3010, 0x3011))
# ASCII that is plain too: marks no identifier reader counts without an ASCII letter or digit next
# to them. Spacing can separate spelled-out words, so a text with any runs the spaced-word test.
_PLAIN_ASCII = " !?@"
_SPACING = " 、"
_CONTEXT_MARKS = frozenset(ct.CONTEXT_DASHES) - {"ー"}  # between digits they become "-"


def _plain_fold() -> dict[int, str]:
    """Plain characters the normalizer changes, and what into (「！」 -> "!", U+3000 -> " ")."""
    fold = normalize._FOLD
    return {cp: rep for cp, rep in fold.items() if len(rep) == 1 and rep in _PLAIN_ASCII}


def _plain_class() -> str:
    fold = normalize._FOLD
    marks = {ord(c) for c in _CONTEXT_MARKS}
    plain = [ord(c) for c in _PLAIN_ASCII] + list(_plain_fold())
    for lo, hi in _CANDIDATE_RANGES:  # every code point of these blocks is assigned
        plain.extend(cp for cp in range(lo, hi + 1) if cp not in fold and cp not in marks)
    return "[^" + normalize._char_class(plain)[1:]


@functools.lru_cache(maxsize=1)
def _plain_tables() -> tuple["re.Pattern[str]", dict[int, str], "re.Pattern[str]"]:
    """Built with the first gate, not on import (a few ms: the CLI's cold start counts them)."""
    plain_fold = _plain_fold()
    return re.compile(_plain_class()), plain_fold, re.compile(normalize._char_class(plain_fold))

# The kana normalize._LONG_O_RE looks behind for, read from the pattern itself.
_LONG_O_BEFORE = re.match(r"\(\?<=\[([^\]]+)\]\)", normalize._LONG_O_RE.pattern).group(1)


# What a soft keyword asks for before the text passes: it is a necessary sign of something only a
# closer test can tell (「さん」 is in most messages, three number words in a row in few).
_KANA, _KANJI, _SPACED = 1, 2, 3


def _kana_digits(text: str) -> bool:
    return normalize._KANA_THREE_RE.search(text) is not None  # the normalizer's own test


def _kanji_digits(text: str) -> bool:
    return normalize._KANJI_RUN_RE.search(text) is not None  # a lone 一 (一緒) stays a word


def _spaced_re() -> "re.Pattern[str]":
    # contact_lexicon's spaced-kana gate, started at its separators (the stdlib engine is fast from
    # a rare first character; from every kana it costs 15x more). Same matches, as a yes/no.
    from .detectors.contact_lexicon import _SPACED_KANA_GATE_RE, _SPACED_SEP

    letter = _SPACED_KANA_GATE_RE.pattern.split(_SPACED_SEP)[0]
    return re.compile(f"(?<={letter}){_SPACED_SEP}{letter}{_SPACED_SEP}(?={letter})")


_TESTS = {_KANA: _kana_digits, _KANJI: _kanji_digits}


class Gate:
    """``passes(text)``: False only when no detector it was built for can report anything."""

    __slots__ = ("_automaton", "_kinds", "_spaced", "_not_plain", "_fold", "_folding")

    def __init__(self, hard: Iterable[str], soft: dict[str, int]):
        import ahocorasick_rs

        words = sorted({w for w in hard if w})
        soft = {w: kind for w, kind in soft.items() if w not in hard}
        self._kinds = (0,) * len(words) + tuple(soft.values())
        # Overlapping matches: a soft word must not hide a hard one that starts inside it.
        self._automaton = ahocorasick_rs.AhoCorasick(words + list(soft))
        self._spaced = _spaced_re() if _SPACED in self._kinds else None
        self._not_plain, self._fold, self._folding = _plain_tables()

    def passes(self, text: str) -> bool:
        if self._not_plain.search(text) is not None:
            return True
        if self._folding.search(text) is not None:
            text = text.translate(self._fold)  # what the detectors would read
        hits = self._automaton.find_matches_as_indexes(text, overlapping=True)
        if not hits:
            return False
        kinds = self._kinds
        asked = set()
        for index, _start, _end in hits:
            kind = kinds[index]
            if kind == 0:
                return True
            asked.add(kind)
        for kind in asked:
            if kind == _SPACED:
                if self._spaced.search(text) is not None:
                    return True
            elif _TESTS[kind](text):
                return True
        return False


def build_gate(detectors: tuple) -> Gate | None:
    """The gate for ``detectors`` (a policy's tuple), or None when one of them is not known here."""
    from .detectors.channels import ExternalContactDetector
    from .detectors.email import EmailDetector
    from .detectors.line import LineIdDetector
    from .detectors.payment import PaymentDetector, default_payment_detector, detect_off_platform_payment
    from .detectors.phone import PhoneDetector
    from .fragments import SplitIdentifierDetector

    # Every view: number words become digits, 「こー」 becomes 「こう」.
    hard: set[str] = {o + "ー" for o in _LONG_O_BEFORE}
    soft: dict[str, int] = {w: _KANA for w in normalize._KANA_TRIGGER_RE.pattern.split("|")}
    soft.update((d, _KANJI) for d in ct.KANJI_DIGITS)
    for detector in detectors:
        if isinstance(detector, PhoneDetector):
            # Without digits, the phone reader reads Korean readings in katakana on its own (and
            # Hangul, which is not plain); each run holds a word only Korean has.
            hard.update(ct.KOREAN_KATAKANA_DIGITS)
        elif isinstance(detector, ExternalContactDetector):
            hard.update(detector.lexicon._patterns)  # what its automaton matches
            soft.update((c, _SPACED) for c in _SPACING)
        elif detector is detect_off_platform_payment or isinstance(detector, PaymentDetector):
            payment = default_payment_detector() if detector is detect_off_platform_payment else detector
            hard.update(payment._gate_keys)
        elif isinstance(detector, (EmailDetector, LineIdDetector, SplitIdentifierDetector)):
            continue  # an address, an ID or a part: ASCII in the view, so not plain text
        else:
            return None
    return Gate(hard, soft)


_GATES: dict[int, tuple[object, Gate | None]] = {}


def gate_for(policy) -> Gate | None:
    """The gate of a policy's detectors, built once per policy object (kept alive with it)."""
    entry = _GATES.get(id(policy))
    if entry is not None and entry[0] is policy:
        return entry[1]
    gate = build_gate(policy.detectors())
    if len(_GATES) > 64:
        _GATES.clear()
    _GATES[id(policy)] = (policy, gate)
    return gate
