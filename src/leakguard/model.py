"""Result types: what a scan returns. Frozen, picklable, JSON-ready through ``to_dict()``."""
from __future__ import annotations

from dataclasses import dataclass, field, replace
from enum import Enum
from typing import TYPE_CHECKING, Any, Collection, Mapping

if TYPE_CHECKING:
    from .masking import Pseudonymizer

PHONE = "phone_number"
EMAIL = "email_address"
LINE_ID = "line_id"
EXTERNAL = "external_contact"
PAYMENT = "off_platform_payment"
CATEGORIES: tuple[str, ...] = (PHONE, EMAIL, LINE_ID, EXTERNAL, PAYMENT)
# The ``value`` strings of external_contact findings: one per outside channel (policies name them).
CHANNELS: tuple[str, ...] = (
    "line", "chatwork", "skype", "discord", "slack", "telegram", "whatsapp", "signal",
    "instagram", "x", "facebook", "zoom", "google_meet", "teams", "kakao", "wechat", "email", "phone",
)

PLACEHOLDERS: Mapping[str, str] = {
    PHONE: "［電話番号］",
    EMAIL: "［メールアドレス］",
    LINE_ID: "［LINE ID］",
    EXTERNAL: "［外部連絡先］",
    PAYMENT: "［外部決済］",
}


class Action(str, Enum):
    """What a pre-send hook should do with the message. Compares equal to its string value."""

    ALLOW = "allow"
    WARN = "warn"
    BLOCK = "block"

    def __str__(self) -> str:
        return self.value

    @property
    def severity(self) -> int:
        return _SEVERITY[self]

    @classmethod
    def parse(cls, value: "str | Action") -> "Action":
        try:
            return cls(value)
        except ValueError:
            raise ValueError(f"unknown action {value!r}: expected one of allow, warn, block") from None


_SEVERITY = {Action.ALLOW: 0, Action.WARN: 1, Action.BLOCK: 2}


# What an external_contact finding is (Finding.kind; the policy's [kinds] table acts on it).
KINDS = ("handle", "invitation", "request")
# The score of an intent reading that may warn but not block on its own (a request wrapped whole in
# a quotation, a payment the learned scorer reads in a sentence that only tells): between the
# default policy's warn_at (0.5) and block_at (0.6).
WARN_ONLY_SCORE = 0.55


@dataclass(frozen=True, slots=True)
class Finding:
    """One leak found in a message.

    ``start``/``end`` index the ORIGINAL string, so ``text[start:end] == finding.text``.
    A finding in a picture (:func:`leakguard.scan_image`) also says where it was read: ``source``
    ``qr``, ``barcode`` or ``ocr``, and ``box`` ``(x, y, w, h)`` in the picture's pixels; its
    ``start``/``end`` index the text read from the picture (``Report.text``). Text findings keep
    both ``None``.

    An ``external_contact`` finding says what it is in ``kind`` (the policy's ``[kinds]`` table acts
    on it): ``handle`` (an account on a messaging app, or a link to one: a contact detail like a
    LINE ID), ``invitation`` (an invitation or offer to continue elsewhere, a meeting link) or
    ``request`` (asking for the other side's contact). Other categories keep ``None``.

    ``warn_only`` marks an intent reading that may warn but not block on its own (a request wrapped
    whole in a quotation, a payment told of and not asked): its score is capped at
    ``WARN_ONLY_SCORE``, and the policy counts all such readings of a message as one term.
    """

    category: str
    start: int
    end: int
    text: str
    value: str | None
    score: float
    reason: str
    reason_en: str = ""
    source: str | None = None
    box: tuple[int, int, int, int] | None = None
    kind: str | None = None
    warn_only: bool = False

    @classmethod
    def at(cls, view, category: str, start: int, end: int, value: str | None, score: float, reason: str,
           reason_en: str, kind: str | None = None) -> "Finding":
        """The finding for the normalized range ``[start, end)`` of ``view`` (a NormalizedText): its
        span and text are the original message's."""
        o_start, o_end = view.span(start, end)
        return cls(category, o_start, o_end, view.original[o_start:o_end], value, score, reason, reason_en,
                   kind=kind)

    def capped_to_warn(self, reason: str, reason_en: str) -> "Finding":
        """This reading marked warn-only (see the class docstring), ``reason``/``reason_en`` appended
        to say why."""
        return replace(self, score=min(self.score, WARN_ONLY_SCORE), warn_only=True,
                       reason=self.reason + reason, reason_en=self.reason_en + reason_en)

    def without_text(self) -> "Finding":
        """This finding with ``text`` emptied and ``value`` ``None``: what was found and where,
        not what it said."""
        return replace(self, text="", value=None)

    def to_dict(self, *, hide_values: bool = False) -> dict[str, Any]:
        out = {
            "category": self.category,
            "start": self.start,
            "end": self.end,
            "text": None if hide_values else self.text,
            "value": None if hide_values else self.value,
            "score": self.score,  # exact: from_dict() must give back an equal object
            "reason": self.reason,
            "reason_en": self.reason_en,
        }
        if self.kind is not None:  # external_contact: handle, invitation or request
            out["kind"] = self.kind
        if self.warn_only:  # present only when true: other findings' dicts stay as they were
            out["warn_only"] = True
        if self.source is not None:  # image findings only: a text finding's dict stays as it was
            out["source"] = self.source
            out["box"] = None if self.box is None else list(self.box)
        return out

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> "Finding":
        return cls(
            category=data["category"],
            start=int(data["start"]),
            end=int(data["end"]),
            text=data["text"] or "",  # None when written with hide_values=True
            value=data["value"],
            score=float(data["score"]),
            reason=data["reason"],
            reason_en=data.get("reason_en", ""),
            source=data.get("source"),
            box=None if data.get("box") is None else tuple(int(v) for v in data["box"]),
            kind=data.get("kind"),
            warn_only=bool(data.get("warn_only", False)),
        )


@dataclass(frozen=True, slots=True)
class Report:
    """The verdict on one message: findings ordered by ``start``, a 0..1 ``score`` and an ``action``.

    A Report holds the message: ``text`` (kept for :meth:`masked`, out of ``repr`` and ``==``) and
    each finding's ``text`` (the characters found) and ``value`` (the number, address or ID). A
    pickled Report carries all of them. To store a verdict without the message, keep
    :meth:`without_text` (pickles without any of it) or ``to_dict(hide_values=True)``, which
    :meth:`from_dict` reads back as an equal ``without_text()`` report.
    """

    findings: tuple[Finding, ...]
    score: float
    action: Action
    text: str = field(default="", repr=False, compare=False)
    # scan_image() keeps the decoded picture (a PIL image) for masked_image(), like text for masked()
    image: Any = field(default=None, repr=False, compare=False)

    def masked(self, placeholder: "str | Mapping[str, str] | None" = None, *, operator: str = "replace",
               spans: str | None = None, categories: "Collection[str] | None" = None,
               salt: "str | bytes | None" = None, pseudonyms: "Pseudonymizer | None" = None) -> str:
        """The original text with its identifiers masked (``［電話番号］`` etc.); the words around
        them stay. The options are those of :func:`leakguard.mask` (``masking.py``): ``operator``
        ``replace | redact | partial | hash | pseudonym``, ``spans="all"`` or ``categories`` for
        whole phrases, ``salt`` for hashes, ``pseudonyms`` for numbering kept across messages."""
        if self.findings and not self.text:
            raise ValueError("this report holds no message text (without_text() or from_dict() without "
                             "text=...): mask the message with leakguard.mask(text) instead")
        from .masking import mask_findings

        return mask_findings(self.text, self.findings, placeholder, operator=operator, spans=spans,
                             categories=categories, salt=salt, pseudonyms=pseudonyms)

    def masked_image(self, fill: "str | tuple[int, int, int]" = "black") -> Any:
        """A copy of the scanned picture (a PIL image) with the box of every finding filled with
        ``fill``; reports of :func:`leakguard.scan_image` only."""
        if self.image is None:
            raise ValueError("this report holds no picture: masked_image() needs a report of "
                             "leakguard.scan_image(); for text use masked()")
        from .images import fill_boxes

        return fill_boxes(self.image, [f.box for f in self.findings if f.box is not None], fill)

    def capped_to_warn(self, reason: str, reason_en: str) -> "Finding":
        """This reading marked warn-only (see the class docstring), ``reason``/``reason_en`` appended
        to say why."""
        return replace(self, score=min(self.score, WARN_ONLY_SCORE), warn_only=True,
                       reason=self.reason + reason, reason_en=self.reason_en + reason_en)

    def without_text(self) -> "Report":
        """This verdict without the message: no ``text``, and findings without text or value
        (categories, spans, scores and reasons stay). For storage and logs."""
        return Report(tuple(f.without_text() for f in self.findings), self.score, self.action)

    def to_dict(self, *, hide_values: bool = False) -> dict[str, Any]:
        return {
            "score": self.score,  # exact: from_dict() must give back an equal object
            "action": self.action.value,
            "findings": [f.to_dict(hide_values=hide_values) for f in self.findings],
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any], text: str = "") -> "Report":
        return cls(
            findings=tuple(Finding.from_dict(f) for f in data["findings"]),
            score=float(data["score"]),
            action=Action.parse(data["action"]),
            text=text,
        )

    @property
    def categories(self) -> frozenset[str]:
        return frozenset(f.category for f in self.findings)

    def explain(self, lang: str = "ja", *, hide_values: bool = False) -> str:
        """One short paragraph for the sender (``lang``: ``ja`` or ``en``): what was found, with
        the values masked, why it is risky and what to do instead. ``hide_values`` names no value
        at all, not even a masked 090******78: channel names are all it may name."""
        from .explain import explain

        report = self
        if hide_values:
            report = replace(self, findings=tuple(
                f if f.category == EXTERNAL else replace(f, text="", value=None) for f in self.findings))
        return explain(report, lang)


def mask_spans(text: str, findings: tuple[Finding, ...] | list[Finding], placeholder: str | None = None) -> str:
    """Replace each of these findings' whole span, phrases included; overlapping spans merge and
    take the first finding's placeholder. ``Report.masked()`` chooses what to mask and how."""
    from .masking import mask_findings

    return mask_findings(text, findings, placeholder, spans="all")
