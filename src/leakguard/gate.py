"""One gate before the pipeline: can any detector of a policy report anything in this raw text?

Most chat messages are plain Japanese: kana, kanji, a few marks, spaces, 「！？」 and ``@``. On a
text made only of plain characters (no digit in any script, no Latin letter, no character the
normalizer rewrites except 「！？＠」 and wide spaces, folded here the same way) the normalized view
*is* the text, so a detector's own test can be asked on the raw text. One Aho–Corasick pass finds
the words that can lead to a finding there; each list is read, when the gate is built, from the
code or lexicon that reads it, so it follows their changes:

- hard words pass at once: the contact lexicon's terms and link hosts, the payment gate keys;
- soft words pass only if the reader's own test says so: kana number words (the normalizer's
  three-in-a-row test), kanji digits (its run test), LINE slang such as 「ら」 (the contact
  reader's stand-alone test at each hit), spacing (its spaced-kana test), Korean readings in
  katakana (the phone reader's own test), 「こー」 (read again as 「こう」, as the normalizer does).

Every other detector needs an ASCII letter or digit in the view to report anything; the view only
holds one when the raw text holds a non-plain character or number words, which pass. A detector
the gate does not know (a platform's own) turns it off. tests/test_gate.py checks on every local
text that no message with a finding is cleared.
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
_SPACING = " 、・"
# Marks that become "-" between digits (normalize._CONTEXT_DASH_RE; plain text holds no digits),
# ellipses and line breaks: the normalizer keeps them, and only readers of digits, ASCII or the
# words above look at them.
_EXTRA_PLAIN = "・〜～…‥\n"


def _plain_fold() -> dict[int, str]:
    """Plain characters the normalizer changes, and what into (「！」 -> "!", U+3000 -> " ")."""
    fold = normalize._FOLD
    return {cp: rep for cp, rep in fold.items() if len(rep) == 1 and rep in _PLAIN_ASCII}


def _plain_class() -> str:
    fold = normalize._FOLD
    plain = [ord(c) for c in _PLAIN_ASCII + _EXTRA_PLAIN if fold.get(ord(c), c) == c] + list(_plain_fold())
    for lo, hi in _CANDIDATE_RANGES:  # every code point of these blocks is assigned
        plain.extend(cp for cp in range(lo, hi + 1) if cp not in fold)
    return "[^" + normalize._char_class(plain)[1:]


@functools.lru_cache(maxsize=1)
def _plain_tables() -> tuple["re.Pattern[str]", dict[int, str], "re.Pattern[str]"]:
    """Built with the first gate, not on import (a few ms: the CLI's cold start counts them)."""
    plain_fold = _plain_fold()
    return re.compile(_plain_class()), plain_fold, re.compile(normalize._char_class(plain_fold))

# The kana normalize._LONG_O_RE looks behind for, read from the pattern itself.
_LONG_O_BEFORE = re.match(r"\(\?<=\[([^\]]+)\]\)", normalize._LONG_O_RE.pattern).group(1)


# What a soft keyword asks for before the text passes: it is a necessary sign of something only a
# closer test can tell (「さん」 is in most messages, three number words in a row in few; 「ら」 is
# LINE slang only before a contact cue). Each test is the reading code's own.
_HARD, _KANA, _KANJI, _SLANG, _LONG_O, _KOREAN, _SPACED = range(7)


def _identity_view(text: str) -> normalize.NormalizedText:
    return normalize.NormalizedText(text, text, None, None)  # plain text is its own normalized view


def _kana_digits(gate: "Gate", text: str, spans: list) -> bool:
    return normalize._KANA_THREE_RE.search(text) is not None  # the normalizer's own test


def _kanji_digits(gate: "Gate", text: str, spans: list) -> bool:
    return normalize._KANJI_RUN_RE.search(text) is not None  # a lone 一 (一緒) stays a word


def _contact(gate: "Gate", text: str, spans: list) -> bool:
    cheap_hits = gate._cheap_hits
    view = _identity_view(text)
    return any(cheap_hits(view, lexicon) is not None for lexicon in gate._lexicons)


def _slang(gate: "Gate", text: str, spans: list) -> bool:
    # 「ら」 (LINE) is in one message in seven, mostly inside words (これら, 彼ら): the contact
    # reader's own test, at each hit, says whether it stands alone before a cue.
    counts = gate._slang_counts
    return any(counts(text, start, end, lexicon) for start, end in spans for lexicon in gate._lexicons)


def _spaced(gate: "Gate", text: str, spans: list) -> bool:
    # contact_lexicon's spaced-kana gate, matched only where it can start: on the kana right before
    # a separator the automaton found (searching from every kana costs 10x more).
    spaced = gate._spaced_kana
    return any(start and spaced.match(text, start - 1) is not None for start, _end in spans) \
        and _contact(gate, text, spans)


def _long_o(gate: "Gate", text: str, spans: list) -> bool:
    rewritten = normalize._LONG_O_RE.sub("う", text)  # 「こーかん」 is read as 「こうかん」
    return rewritten != text and gate.passes(rewritten)


def _korean(gate: "Gate", text: str, spans: list) -> bool:
    view = _identity_view(text)
    return gate._spelled_view(view, False) is not view


_TESTS = {_KANA: _kana_digits, _KANJI: _kanji_digits, _SLANG: _slang, _LONG_O: _long_o, _KOREAN: _korean,
          _SPACED: _spaced}


class Gate:
    """``passes(text)``: False only when no detector it was built for can report anything."""

    __slots__ = ("_automaton", "_kinds", "_lexicons", "_not_plain", "_fold", "_folding", "_slang_counts", "_spaced_kana",
                 "_cheap_hits", "_spelled_view")

    def __init__(self, words: dict[str, int], lexicons: tuple = ()):
        import ahocorasick_rs

        self._kinds = tuple(words.values())
        # Overlapping matches: a soft word must not hide a hard one that starts inside it.
        self._automaton = ahocorasick_rs.AhoCorasick(list(words))
        self._lexicons = lexicons
        self._not_plain, self._fold, self._folding = _plain_tables()
        # the readers' own tests, looked up once here rather than imported per message
        from .detectors.contact_analysis import _slang_counts, cheap_hits
        from .detectors.contact_lexicon import _SPACED_KANA_GATE_RE
        from .detectors.phone_words import spelled_view

        self._slang_counts, self._spaced_kana = _slang_counts, _SPACED_KANA_GATE_RE
        self._cheap_hits, self._spelled_view = cheap_hits, spelled_view

    def passes(self, text: str) -> bool:
        if self._not_plain.search(text) is not None:
            return True
        if self._folding.search(text) is not None:
            text = text.translate(self._fold)  # what the detectors would read
        hits = self._automaton.find_matches_as_indexes(text, overlapping=True)
        if not hits:
            return False
        kinds = self._kinds
        asked: dict[int, list] = {}
        for index, start, end in hits:
            kind = kinds[index]
            if kind == _HARD:
                return True
            asked.setdefault(kind, []).append((start, end))
        return any(_TESTS[kind](self, text, spans) for kind, spans in asked.items())


def build_gate(detectors: tuple) -> Gate | None:
    """The gate for ``detectors`` (a policy's tuple), or None when one of them is not known here."""
    from .detectors.channels import ExternalContactDetector
    from .detectors.email import EmailDetector
    from .detectors.line import LineIdDetector
    from .detectors.payment import PaymentDetector, default_payment_detector, detect_off_platform_payment
    from .detectors.phone import PhoneDetector
    from .fragments import SplitIdentifierDetector

    words: dict[str, int] = {}

    def add(new: Iterable[str], kind: int) -> None:
        for word in new:  # hard for one reader, or soft for two: hard
            if word:
                words[word] = kind if words.get(word, kind) == kind else _HARD

    # Every view: number words become digits, 「こー」 becomes 「こう」.
    add(normalize._KANA_TRIGGER_RE.pattern.split("|"), _KANA)
    add(ct.KANJI_DIGITS, _KANJI)
    add((o + "ー" for o in _LONG_O_BEFORE), _LONG_O)
    lexicons = []
    for detector in detectors:
        if isinstance(detector, PhoneDetector):
            # Without digits, the phone reader reads Korean readings in katakana on its own (and
            # Hangul, which is not plain); each run holds a word only Korean has.
            add(ct.KOREAN_KATAKANA_DIGITS, _KOREAN)
        elif isinstance(detector, ExternalContactDetector):
            lex = detector.lexicon
            lexicons.append(lex)
            slang = {term for term, (_channel, kind) in lex.aliases.items() if kind == "slang"}
            add(slang, _SLANG)  # only where it stands alone before a cue
            add((p for p in lex._patterns if p not in slang), _HARD)  # what its automaton matches
            add(_SPACING, _SPACED)  # its spaced-out words (「ら、い、ん」)
        elif detector is detect_off_platform_payment or isinstance(detector, PaymentDetector):
            payment = default_payment_detector() if detector is detect_off_platform_payment else detector
            add(payment._gate_keys, _HARD)
        elif isinstance(detector, (EmailDetector, LineIdDetector, SplitIdentifierDetector)):
            continue  # an address, an ID or a part: ASCII in the view, so not plain text
        else:
            return None
    return Gate(words, tuple(dict.fromkeys(lexicons)))


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
