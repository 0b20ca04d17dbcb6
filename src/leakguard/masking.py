"""Masking: a message with its findings replaced, for logs, exports and anonymised copies.

What is replaced (``spans``):

- ``"identifiers"`` (the default): phone numbers, e-mail addresses, LINE IDs, and any other
  finding whose span is the identifier itself — a handle or a link on an outside channel, an
  account or member number a platform's detector reports (:func:`is_identifier`). The words
  around them stay: 「資料は hanako.suzuki@yahoo.co.jp までお送りください」 →
  「資料は ［メールアドレス］ までお送りください」.
- ``"all"``: every finding, phrases included (an invitation 「LINE交換しませんか」, a payment
  request 「PayPayで送金してください」); overlapping spans merge into one.
- ``categories=(...)`` keeps only findings of those categories; without ``spans`` it masks their
  whole spans, so ``categories=("off_platform_payment",)`` hides payment requests.

How (``operator``, the names of Presidio's anonymizer where they exist):

- ``"replace"``: a placeholder per category (``［電話番号］``, see ``model.PLACEHOLDERS``), or the
  caller's (``placeholder="***"`` or a category -> placeholder mapping).
- ``"redact"``: the span is removed.
- ``"partial"``: every letter and digit but the last two becomes ``*``, separators stay
  (``090-1234-5678`` → ``***-****-**78``).
- ``"hash"``: the placeholder with a keyed hash of the finding's value (``［電話番号:3f0c…］``);
  ``salt`` is the key. Equal values give equal hashes under one salt, so masked exports can still
  be joined. A phone number has about 10⁸ possible values, so anyone who knows the salt can hash
  them all: keep it secret.
- ``"pseudonym"``: ``［電話番号1］``, ``［電話番号2］`` … numbered per category; the same value gets
  the same number for as long as the caller keeps the :class:`Pseudonymizer` (one per conversation).
"""
from __future__ import annotations

import hashlib
import hmac
import os
import re
import threading
import unicodedata
from typing import Collection, Mapping, Sequence

from .model import EMAIL, LINE_ID, PHONE, PLACEHOLDERS, Finding

OPERATORS: tuple[str, ...] = ("replace", "redact", "partial", "hash", "pseudonym")
SPANS: tuple[str, ...] = ("identifiers", "all")
IDENTIFIER_CATEGORIES = frozenset({PHONE, EMAIL, LINE_ID})
FALLBACK_PLACEHOLDER = "［削除］"  # a category with no placeholder of its own (a platform's detector)
PARTIAL_KEEP = 2
_HASH_CHARS = 12

# After NFKC and without invisible characters: one run of printable ASCII. Every built-in handle
# and link finding has this shape, and no invitation does (all 907 external_contact findings on
# the local texts agree with the detector's own reason); a phrase always holds a word or a space.
_ONE_WORD_RE = re.compile(r"[!-~]+")
_INVISIBLE_RE = re.compile(r"[\u00ad\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufe00-\ufe0f\ufeff]")


def is_identifier(finding: Finding) -> bool:
    """Whether the finding's span is an identifier rather than a phrase: a phone number, e-mail
    address or LINE ID, or any finding with a value whose text is one word of Latin letters,
    digits and symbols (a handle, a link, an account or member number)."""
    if finding.category in IDENTIFIER_CATEGORIES:
        return True
    if finding.value is None or not finding.text:
        return False
    folded = unicodedata.normalize("NFKC", _INVISIBLE_RE.sub("", finding.text))
    return _ONE_WORD_RE.fullmatch(folded) is not None


class Pseudonymizer:
    """Numbers the values masked with ``operator="pseudonym"``: the first phone number is
    ``［電話番号1］``, the next different one ``［電話番号2］``, and the first again ``［電話番号1］``.

    Keep one per conversation (or per export) and pass it to every ``mask()`` call of it. It
    remembers keyed digests, not the values themselves, so keeping or pickling it stores no
    phone number or address. Thread-safe.
    """

    def __init__(self) -> None:
        self._key = os.urandom(16)
        self._numbers: dict[tuple[str, bytes], int] = {}
        self._counts: dict[str, int] = {}
        self._lock = threading.Lock()

    def number(self, finding: Finding) -> int:
        """The finding's number within its category (1, 2, …), the same for the same value."""
        digest = hashlib.blake2b(_identity(finding).encode("utf-8"), key=self._key, digest_size=16).digest()
        slot = (finding.category, digest)
        with self._lock:
            number = self._numbers.get(slot)
            if number is None:
                number = self._counts.get(finding.category, 0) + 1
                self._counts[finding.category] = number
                self._numbers[slot] = number
        return number

    def __len__(self) -> int:
        """How many distinct values have a number."""
        return len(self._numbers)

    def __getstate__(self) -> dict:
        with self._lock:
            return {"key": self._key, "numbers": dict(self._numbers), "counts": dict(self._counts)}

    def __setstate__(self, state: dict) -> None:
        self._key, self._numbers, self._counts = state["key"], state["numbers"], state["counts"]
        self._lock = threading.Lock()


def _identity(finding: Finding) -> str:
    """What makes two findings the same value: the detector's normalized value (one phone number
    written two ways is one number), else the text as the reader sees it."""
    if finding.value is not None:
        return finding.value
    return unicodedata.normalize("NFKC", finding.text).casefold()


def select(findings: Sequence[Finding], spans: str | None = None,
           categories: Collection[str] | None = None) -> list[Finding]:
    """The findings a mask with these ``spans`` and ``categories`` replaces."""
    if categories is not None:
        _check_categories(categories)
        findings = [f for f in findings if f.category in categories]
    if spans is None:
        spans = "identifiers" if categories is None else "all"
    if spans not in SPANS:
        raise ValueError(f"unknown spans {spans!r}: expected 'identifiers' or 'all'")
    if spans == "identifiers":
        return [f for f in findings if is_identifier(f)]
    return list(findings)


def mask_findings(text: str, findings: Sequence[Finding], placeholder: str | Mapping[str, str] | None = None, *,
                  operator: str = "replace", spans: str | None = None, categories: Collection[str] | None = None,
                  salt: str | bytes | None = None, pseudonyms: Pseudonymizer | None = None) -> str:
    """``text`` with the selected ``findings`` masked (see the module docstring for the options).

    ``placeholder`` names what replaces a span (``replace``) and labels hashes and pseudonyms: a
    str for every category, or a mapping category -> str laid over the defaults.
    """
    check_options(operator, placeholder, salt, pseudonyms)
    chosen = select(findings, spans, categories)
    if not chosen:
        return text
    if operator == "pseudonym" and pseudonyms is None:
        pseudonyms = Pseudonymizer()  # consistent within this one message
    key = salt.encode("utf-8") if isinstance(salt, str) else salt
    out: list[str] = []
    pos = 0
    for start, end, first in _groups(chosen):
        out.append(text[pos:start])
        out.append(_replacement(text[start:end], first, operator, placeholder, key, pseudonyms))
        pos = end
    out.append(text[pos:])
    return "".join(out)


def _check_categories(categories) -> None:
    if isinstance(categories, str) or not isinstance(categories, Collection):
        raise TypeError(f"categories must be a collection of category names, got {type(categories).__name__}: "
                        "e.g. categories=('phone_number', 'email_address')")


def check_options(operator: str, placeholder=None, salt=None, pseudonyms=None, categories=None) -> None:
    """Raise for options ``mask`` cannot use together (TypeError for a wrong type, else ValueError)."""
    if categories is not None:
        _check_categories(categories)
    if operator not in OPERATORS:
        raise ValueError(f"unknown operator {operator!r}: expected one of {', '.join(OPERATORS)}")
    if placeholder is not None and not isinstance(placeholder, (str, Mapping)):
        raise TypeError(f"placeholder must be a str or a mapping category -> str, got {type(placeholder).__name__}")
    if placeholder is not None and operator in ("redact", "partial"):
        raise ValueError(f"operator {operator!r} writes no placeholder; drop placeholder= or use 'replace'")
    if operator == "hash":
        if not isinstance(salt, (str, bytes)) or not salt:
            raise ValueError("operator 'hash' needs salt= (a secret str or bytes): unsalted, a phone "
                             "number's hash is undone by hashing every number")
    elif salt is not None:
        raise ValueError(f"salt= is for operator 'hash', not {operator!r}")
    if pseudonyms is not None:
        if operator != "pseudonym":
            raise ValueError(f"pseudonyms= is for operator 'pseudonym', not {operator!r}")
        if not isinstance(pseudonyms, Pseudonymizer):
            raise TypeError(f"pseudonyms must be a leakguard.Pseudonymizer, got {type(pseudonyms).__name__}")


def _groups(findings: list[Finding]):
    """(start, end, first finding) per run of overlapping spans, in order. The first finding by
    (start, end, category) names the run, as it always has for ``mask_spans``."""
    ordered = sorted(findings, key=lambda f: (f.start, f.end, f.category))
    first = ordered[0]
    start, end = first.start, first.end
    for f in ordered[1:]:
        if f.start < end:
            end = max(end, f.end)
            continue
        yield start, end, first
        first, start, end = f, f.start, f.end
    yield start, end, first


def _label(finding: Finding, placeholder: str | Mapping[str, str] | None) -> str:
    if isinstance(placeholder, str):
        return placeholder
    if placeholder is not None and finding.category in placeholder:
        return placeholder[finding.category]
    return PLACEHOLDERS.get(finding.category, FALLBACK_PLACEHOLDER)


def _inside(label: str, extra: str) -> str:
    """``［電話番号］`` + ``1`` → ``［電話番号1］``; a label without a closing bracket gets it appended."""
    if label[-1:] in ("］", "]", ">", "）", ")", "】"):
        return label[:-1] + extra + label[-1]
    return label + extra


def _replacement(span: str, finding: Finding, operator: str, placeholder, key: bytes | None,
                 pseudonyms: Pseudonymizer | None) -> str:
    if operator == "replace":
        return _label(finding, placeholder)
    if operator == "redact":
        return ""
    if operator == "partial":
        return _partial(span)
    if operator == "hash":
        digest = hmac.new(key, f"{finding.category}\0{_identity(finding)}".encode("utf-8"), hashlib.sha256)
        return _inside(_label(finding, placeholder), ":" + digest.hexdigest()[:_HASH_CHARS])
    return _inside(_label(finding, placeholder), str(pseudonyms.number(finding)))


def _partial(span: str) -> str:
    kept = 0
    chars = list(span)
    for i in range(len(chars) - 1, -1, -1):
        if chars[i].isalnum():
            if kept < PARTIAL_KEEP:
                kept += 1
            else:
                chars[i] = "*"
    return "".join(chars)
