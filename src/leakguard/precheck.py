"""The gate's second stage: which detectors can report anything in a message the gate passed.

The gate (gate.py) clears plain Japanese; a message with a digit, a Latin letter or a channel or
payment word passes it, and most of those are small talk (「長男は18です」「YouTube」「電話しました」).
Here each built-in detector is asked its own first test on the normalized view, the one its
``__call__`` returns on: a detector whose test fails yields nothing, so it is not called, and a
message no detector can report in ends after the view. The tests are the detectors' own patterns
and lexicons (imported from their modules, not copied), so they follow their changes:

- phone numbers: a validated number holds ``PHONE_MIN_DIGITS`` ASCII digits or more in one run,
  so the view holds that many; else only a number read out in words (``spelled_view``) or told
  in goro (``goro_view``);
- e-mail addresses: an @ in some form with ASCII, an enclosed ⓐ, or a provider's name;
- off-platform payment (and the intent scorer after it): an anchor word of the rules (the scorer
  reads only around those), or what the details and English readers cannot match without;
- LINE IDs: an @, a LINE link, a LINE name with an ID-shaped run or join words, an "add" word,
  or a hit of the contact lexicon (the shared analysis);
- outside contact (and the scorer): a hit of the contact lexicon, English words with a channel's
  name, or a phone number, address or LINE ID found before it (the scorer reads those as channels);
- identifiers in parts: an ASCII letter or digit and a join cue.

A detector not known here (a platform's own) is always called. tests/test_gate.py checks on every
local text that a detector whose test fails reports nothing there.
"""
from __future__ import annotations

import re
from typing import Callable, Iterable

from .alternation import branch_searcher, searcher
from .alternation import branches as _branches
from .gate import per_policy
from .model import EMAIL, LINE_ID, PHONE, Finding
from .normalize import NormalizedText

# The shortest number phone._validate accepts in any region (7 to 15 digits; a Japanese one has 10
# or 11, an international one 8 and up). tests/test_gate.py checks it against the detector.
PHONE_MIN_DIGITS = 7

Check = Callable[[NormalizedText, Iterable[Finding]], bool]
_VALUES = frozenset({PHONE, EMAIL, LINE_ID})  # what the contact scorer reads as a channel given
_META = frozenset(".^$*+?{}[]()|\\")


def _literal(branch: str) -> str | None:
    """The text a branch matches when it is a plain string (escapes allowed), else None."""
    out: list[str] = []
    escaped = False
    for ch in branch:
        if escaped:
            if ch.isalnum():
                return None  # \d, \b, \s …
            out.append(ch)
            escaped = False
        elif ch == "\\":
            escaped = True
        elif ch in _META:
            return None
        else:
            out.append(ch)
    return "".join(out) if out and not escaped else None


class _Literals:
    """The checks' word patterns read in one pass: their plain-string alternatives go into one
    automaton run once per view, the other alternatives stay a pattern of their own, asked only
    when no word was found. ``search(view, key)`` answers as ``pattern.search(view.text)`` would."""

    def __init__(self) -> None:
        self._words: dict[str, list[int]] = {}
        self._rest: list = []
        self.patterns: list = []  # key -> what was added (tests/test_gate.py compares)
        self._automaton = None

    def add(self, pattern) -> int:
        """A key for ``pattern`` (a compiled stdlib pattern, or a list of plain words)."""
        key = len(self._rest)
        if isinstance(pattern, (list, tuple)):
            words, rest = list(pattern), None
        elif pattern.flags & ~re.UNICODE or pattern.pattern.startswith("(?"):
            words, rest = [], searcher(pattern)  # global flags: read whole
        else:
            words, others = [], []
            for branch in _branches(pattern.pattern):
                word = _literal(branch)
                (words.append(word) if word else others.append(branch))
            if not others:
                rest = None
            elif pattern.groups:  # a back-reference needs its group: the rest read as one pattern
                rest = searcher("|".join(others))
            else:
                rest = branch_searcher(others)
        for word in words:
            self._words.setdefault(word, []).append(key)
        self._rest.append(rest)
        self.patterns.append(pattern)
        return key

    def _found(self, text: str) -> frozenset[int]:
        if self._automaton is None:
            import ahocorasick_rs

            self._automaton = (ahocorasick_rs.AhoCorasick(list(self._words)), tuple(self._words.values()))
        automaton, owners = self._automaton
        hits = automaton.find_matches_as_indexes(text, overlapping=True)
        return frozenset(k for i, _s, _e in hits for k in owners[i]) if hits else frozenset()

    def found(self, view: NormalizedText) -> frozenset[int]:
        """The keys whose words are in the view (one automaton pass per view, shared by the checks)."""
        return view.memo(("precheck.words", id(self)), lambda: self._found(view.text))

    def search(self, view: NormalizedText, key: int, found: frozenset[int]) -> bool:
        """``pattern.search(view.text)`` of ``key``, given ``found(view)``."""
        if key in found:
            return True
        rest = self._rest[key]
        return rest is not None and rest(view.text)

    def search_any(self, view: NormalizedText, keys: frozenset[int], found: frozenset[int]) -> bool:
        """Whether one of the patterns of ``keys`` is in the view."""
        return not found.isdisjoint(keys) or any(self.search(view, key, found) for key in keys
                                                 if self._rest[key] is not None)


def _phone() -> Check:
    from .detectors.phone_goro import goro_view
    from .detectors.phone_words import nothing_to_read, spelled_view

    enough = re.compile(r"(?:[^0-9]*+[0-9]){%d}" % PHONE_MIN_DIGITS)  # anchored, possessive: linear
    digit = re.compile("[0-9]")

    def check(view: NormalizedText, found: Iterable[Finding]) -> bool:
        text = view.text
        if nothing_to_read(view):
            return goro_view(view) is not view
        has_digit = digit.search(text) is not None
        if has_digit and enough.match(text) is not None:
            return True
        spelled = spelled_view(view, has_digit)  # memoized: the detector reuses it
        return spelled is not view or goro_view(spelled) is not spelled

    return check


def _email(words: _Literals) -> Check:
    from .detectors.email import NAMED_GATE_RE, _ANY_ASCII_RE, _ENCLOSED_AT, _PIECE_GATE_RE, _ideographic_dots, _providers
    from .detectors.spelled import said_in_kana

    piece, providers = words.add(_PIECE_GATE_RE), words.add(_providers()[1])
    named = words.add(NAMED_GATE_RE)  # (「ローカル部分は …、ドメインはグーグルの」: the sides named)
    enclosed = re.compile(f"[{re.escape(_ENCLOSED_AT)}]")  # (one C-level pass, not one per character)

    def check(view: NormalizedText, found: Iterable[Finding]) -> bool:
        view = _ideographic_dots(view)  # what the detector reads (「gmail。com」)
        original = view.original
        if enclosed.search(original) is not None:
            return True
        found = words.found(view)
        if words.search(view, piece, found) and (_ANY_ASCII_RE.search(view.text) is not None
                                                 or said_in_kana(view.text)):  # (an address with no ASCII)
            return True
        return words.search(view, providers, found) or words.search(view, named, found) \
            and _ANY_ASCII_RE.search(view.text) is not None  # (the readers without an @)

    return check


def _payment(detector, words: _Literals) -> Check:
    from .detectors import payment_details as details
    from .detectors import payment_english as english
    from .detectors import payment_foreign as foreign
    from .detectors.payment import kana_written

    anchors = words.add(list(detector._gate_keys))  # the words of the detector's own gate automaton

    def check(view: NormalizedText, found: Iterable[Finding]) -> bool:
        words_found = words.found(view)
        if anchors in words_found:  # (words only)
            return True
        text = view.text
        if details.may_find(text):  # written details, menus, vouchers, held payouts
            return True
        if kana_written(view):  # read again with its kanji restored (payment.kana_restored)
            return True
        return english.may_find(text) or foreign.may_find(text)  # every group of one English rule; Chinese, Korean

    return check


def _hits(view: NormalizedText, lex) -> bool:
    """Whether the contact analysis has anything to read: None after its first step (cheap hits, no
    Sudachi) when not; memoized on the view, so the detectors that read it next reuse it."""
    from .detectors.contact_analysis import analyze

    return analyze(view, lex) is not None


def _line(detector, words: _Literals) -> Check:
    from .detectors import line
    from .detectors.contact_lexicon import default_lexicon

    lex = detector._lexicon or default_lexicon()
    read = words.add(["@", "line.me", "lin.ee", "line://"])  # what _read looks for before the analysis
    name, joins, spelled, added = (words.add(p) for p in (line._NAME_GATE_RE, line._JOIN_GATE_RE,
                                                         line.spelled.GATE_RE, line._ADD_GATE_RE))

    def check(view: NormalizedText, found: Iterable[Finding]) -> bool:
        words_found = words.found(view)
        if read in words_found or words.search(view, added, words_found):  # (and _added)
            return True
        if words.search(view, name, words_found) and (
                line._id_gate(view.text) or words.search(view, joins, words_found)
                or words.search(view, spelled, words_found)):
            return True  # _disguised
        return _hits(view, lex)  # handles read by the analysis

    return check


def _contact(detector) -> Check:
    from .detectors import contact_english as english
    from .detectors import contact_foreign as foreign

    lex = detector.lexicon

    def check(view: NormalizedText, found: Iterable[Finding]) -> bool:
        if _hits(view, lex):
            return True
        text = view.text
        if english._LATIN_WORDS_RE.search(text) is not None:
            names = english._channel_re(lex)[0]
            if (names is not None and names.search(text)) or any(p.search(text) for p, _c in english._PLAIN_CHANNELS):
                return True
        if foreign.may_find(text):  # Chinese and Korean invitations (no Sudachi reading)
            return True
        return any(f.category in _VALUES for f in found)

    return check


def _split(words: _Literals) -> Check:
    from . import fragments

    cue = words.add(fragments._JOIN_CUE_GATE_RE)

    def check(view: NormalizedText, found: Iterable[Finding]) -> bool:
        return fragments.may_hold_parts(view.text) and (words.search(view, cue, words.found(view))
                                                        or fragments.may_interleave(view.text)
                                                        or fragments.may_read_down(view.text))

    return check


def checks_for(detectors: tuple) -> tuple[Check | None, ...]:
    """One check per detector (None: always call it)."""
    from .detectors.channels import ExternalContactDetector
    from .detectors.email import EmailDetector
    from .detectors.line import LineIdDetector
    from .detectors.payment import PaymentDetector, default_payment_detector, detect_off_platform_payment
    from .detectors.phone import PhoneDetector
    from .fragments import SplitIdentifierDetector

    words = _Literals()  # one automaton for the word tests of all the checks
    split = None
    out: list[Check | None] = []
    for detector in detectors:
        if isinstance(detector, PhoneDetector):
            out.append(_phone())
        elif isinstance(detector, EmailDetector):
            out.append(_email(words))
        elif detector is detect_off_platform_payment:
            out.append(_payment(default_payment_detector(), words))
        elif isinstance(detector, PaymentDetector):
            out.append(_payment(detector, words))
        elif isinstance(detector, LineIdDetector):
            out.append(_line(detector, words))
        elif isinstance(detector, ExternalContactDetector):
            out.append(_contact(detector))
        elif isinstance(detector, SplitIdentifierDetector):
            split = split or _split(words)  # one test for the three categories
            out.append(split)
        else:
            out.append(None)
    return tuple(out)


_CHECKS: dict[int, tuple[object, tuple]] = {}


def checks_of(policy) -> tuple[tuple, tuple[Check | None, ...]]:
    """(detectors, checks) of a policy, built once per policy object (kept alive with it)."""
    return per_policy(_CHECKS, policy, _build_checks)


def _build_checks(policy) -> tuple[tuple, tuple[Check | None, ...]]:
    detectors = policy.detectors()
    return detectors, checks_for(detectors)
