"""A value corrected in the same message (issue #13): 「080-1234-5678じゃなくて080-1234-5687でした」,
「訂正：…ではなく…です」, "Sorry, not 090-…, it's 090-…". The earlier value is retracted: it stays a
finding, because it is still in the text and a digit away from the real one (a masked copy must hide
it too), but its reason says that the next value corrects it. A correction fixes a slip, so the two values differ by a character or
two (edit distance ≤ 2; numbers of one length) and a correction word stands between them (or "not" just before the first);
two real numbers listed side by side (店 and 携帯, 平日 and 土日) differ more and stay both.
"""
from __future__ import annotations

import regex

from dataclasses import replace

from .model import EMAIL, PHONE, Finding

_CORRECTED = (PHONE, EMAIL)
_GAP_MAX = 48  # characters between the two values: one clause or the next short sentence
_SLIP_MAX = 2  # edits between the retracted value and its correction
# Between the values: the first was wrong (not the concessive 「じゃなくても」 "it need not be")
_CORRECTION_RE = regex.compile(
    r"じゃなく(?!て?も)|ではなく(?!て?も)|でなく(?!て?も)|間違|まちが|誤り|誤記|訂正|違う|違った|違いました|ちがう|ちがった|正しく|正しい"
    r"|(?<![a-z])(?:typo|wrong|correction|i meant|should be|sorry,? not|actually)(?![a-z])", regex.IGNORECASE)
# Before the first: "not 090-…, it's 090-…"
_NOT_BEFORE_RE = regex.compile(r"(?<![a-z])not[ ,:]{1,3}+$", regex.IGNORECASE)


def mark_retracted(text: str, findings: list[Finding]) -> list[Finding]:
    """``findings``, the values a later one in ``text`` corrects with a reason that says so."""
    retracted = set()
    for category in _CORRECTED:
        values = [f for f in findings if f.category == category and f.value]
        for a, b in zip(values, values[1:]):
            if a.value == b.value or b.start < a.end or b.start - a.end > _GAP_MAX:
                continue
            if not _slip(a.value, b.value) or (category == PHONE and len(a.value) != len(b.value)):
                continue
            gap = text[a.end:b.start]
            if _CORRECTION_RE.search(gap) or _NOT_BEFORE_RE.search(text, max(0, a.start - 6), a.start):
                retracted.add(id(a))
    if not retracted:
        return findings
    return [replace(f, reason=f"{f.reason}（直後に訂正された値です）",
                    reason_en=f"{f.reason_en} (corrected right after in the message)") if id(f) in retracted else f
            for f in findings]


def _slip(a: str, b: str) -> bool:
    """Whether ``a`` and ``b`` are within ``_SLIP_MAX`` edits (a mistyped digit, two swapped)."""
    if abs(len(a) - len(b)) > _SLIP_MAX:
        return False
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i]
        for j, cb in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb)))
        if min(current) > _SLIP_MAX:
            return False
        previous = current
    return previous[-1] <= _SLIP_MAX
