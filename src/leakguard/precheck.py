"""The gate's second stage: which detectors can report anything in a message the gate passed.

The gate (gate.py) clears plain Japanese; a message with a digit, a Latin letter or a channel or
payment word passes it, and most of those are small talk (「長男は18です」「YouTube」「電話しました」).
Here each built-in detector is asked its own first test on the normalized view, the one its
``__call__`` returns on: a detector whose test fails yields nothing, so it is not called, and a
message no detector can report in ends after the view. The tests are the detectors' own patterns
and lexicons (imported from their modules, not copied), so they follow their changes:

- phone numbers: a validated number holds ``PHONE_MIN_DIGITS`` ASCII digits or more in one run,
  so the view holds that many; else only a number read out in words (``spelled_view``);
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

from .model import EMAIL, LINE_ID, PHONE, Finding
from .normalize import NormalizedText

# The shortest number phone._validate accepts in any region (7 to 15 digits; a Japanese one has 10
# or 11, an international one 8 and up). tests/test_gate.py checks it against the detector.
PHONE_MIN_DIGITS = 7

Check = Callable[[NormalizedText, Iterable[Finding]], bool]
_VALUES = frozenset({PHONE, EMAIL, LINE_ID})  # what the contact scorer reads as a channel given


def _phone() -> Check:
    from .detectors.phone_words import FIRST_CHAR_RE, spelled_view
    from .normalize import KANA_READINGS

    enough = re.compile(r"(?:[^0-9]*+[0-9]){%d}" % PHONE_MIN_DIGITS)  # anchored, possessive: linear
    digit = re.compile("[0-9]")

    def check(view: NormalizedText, found: Iterable[Finding]) -> bool:
        text = view.text
        if FIRST_CHAR_RE.search(text) is None and not view.noted(KANA_READINGS):
            return False
        has_digit = digit.search(text) is not None
        if has_digit and enough.match(text) is not None:
            return True
        return spelled_view(view, has_digit) is not view  # memoized: the detector reuses it

    return check


def _email() -> Check:
    from .detectors.email import _ANY_ASCII_RE, _PIECE_GATE_RE, _ideographic_dots, _providers

    providers = _providers()[1]

    def check(view: NormalizedText, found: Iterable[Finding]) -> bool:
        view = _ideographic_dots(view)  # what the detector reads (「gmail。com」)
        original, text = view.original, view.text
        if "ⓐ" in original or "Ⓐ" in original:
            return True
        if _PIECE_GATE_RE.search(text) is not None and _ANY_ASCII_RE.search(text) is not None:
            return True
        return providers.search(text) is not None  # the only reader without an @

    return check


def _payment(detector) -> Check:
    from .detectors import payment_details as details
    from .detectors import payment_english as english

    anchors = detector._gate_automaton()
    # an English finding needs every group of one of its rules somewhere in the text
    rules = tuple(dict.fromkeys(tuple(english._GROUPS[g] for g in groups) for groups, *_rest in english._RULES))

    def check(view: NormalizedText, found: Iterable[Finding]) -> bool:
        text = view.text
        if anchors.find_matches_as_indexes(text):
            return True
        if details.may_find(text):  # written details, menus, vouchers, held payouts
            return True
        return english._LATIN_RE.search(text) is not None and any(
            all(group.search(text) for group in groups) for groups in rules)

    return check


def _hits(view: NormalizedText, lex) -> bool:
    """The contact analysis' first step (None: the analysis is None), once per view for both readers."""
    from .detectors.contact_analysis import cheap_hits

    return view.memo(("precheck.hits", id(lex)), lambda: cheap_hits(view, lex) is not None)


def _line(detector) -> Check:
    from .detectors import line
    from .detectors.contact_lexicon import default_lexicon

    lex = detector._lexicon or default_lexicon()

    def check(view: NormalizedText, found: Iterable[Finding]) -> bool:
        text = view.text
        if "@" in text or "line.me" in text or "lin.ee" in text or "line://" in text:
            return True
        if line._NAME_GATE_RE.search(text) is not None and (
                line._ID_GATE_RE.search(text) is not None or line._JOIN_GATE_RE.search(text) is not None
                or line.spelled.GATE_RE.search(text) is not None):
            return True  # _disguised
        if line._ADD_GATE_RE.search(text) is not None:
            return True  # _added
        return _hits(view, lex)  # handles read by the analysis

    return check


def _contact(detector) -> Check:
    from .detectors import contact_english as english

    lex = detector.lexicon

    def check(view: NormalizedText, found: Iterable[Finding]) -> bool:
        if _hits(view, lex):
            return True
        text = view.text
        if english._LATIN_WORDS_RE.search(text) is not None:
            names = english._channel_re(lex)[0]
            if (names is not None and names.search(text)) or any(p.search(text) for p, _c in english._PLAIN_CHANNELS):
                return True
        return any(f.category in _VALUES for f in found)

    return check


def _split() -> Check:
    from . import fragments

    def joinable(text: str) -> bool:
        return fragments._ASCII_GATE_RE.search(text) is not None and fragments._JOIN_CUE_GATE_RE.search(text) is not None

    def check(view: NormalizedText, found: Iterable[Finding]) -> bool:
        return view.memo("precheck.split", lambda: joinable(view.text))  # one test for the three categories

    return check


def checks_for(detectors: tuple) -> tuple[Check | None, ...]:
    """One check per detector (None: always call it)."""
    from .detectors.channels import ExternalContactDetector
    from .detectors.email import EmailDetector
    from .detectors.line import LineIdDetector
    from .detectors.payment import PaymentDetector, default_payment_detector, detect_off_platform_payment
    from .detectors.phone import PhoneDetector
    from .fragments import SplitIdentifierDetector

    out: list[Check | None] = []
    for detector in detectors:
        if isinstance(detector, PhoneDetector):
            out.append(_phone())
        elif isinstance(detector, EmailDetector):
            out.append(_email())
        elif detector is detect_off_platform_payment:
            out.append(_payment(default_payment_detector()))
        elif isinstance(detector, PaymentDetector):
            out.append(_payment(detector))
        elif isinstance(detector, LineIdDetector):
            out.append(_line(detector))
        elif isinstance(detector, ExternalContactDetector):
            out.append(_contact(detector))
        elif isinstance(detector, SplitIdentifierDetector):
            out.append(_split())
        else:
            out.append(None)
    return tuple(out)


_CHECKS: dict[int, tuple[object, tuple]] = {}


def checks_of(policy) -> tuple[tuple, tuple[Check | None, ...]]:
    """(detectors, checks) of a policy, built once per policy object (kept alive with it)."""
    entry = _CHECKS.get(id(policy))
    if entry is not None and entry[0] is policy:
        return entry[1]
    detectors = policy.detectors()
    built = (detectors, checks_for(detectors))
    if len(_CHECKS) > 64:
        _CHECKS.clear()
    _CHECKS[id(policy)] = (policy, built)
    return built
