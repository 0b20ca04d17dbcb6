"""Result types: what a scan returns. Frozen, picklable, JSON-ready through ``to_dict()``."""
from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum
from typing import Any, Mapping

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


@dataclass(frozen=True, slots=True)
class Finding:
    """One leak found in a message.

    ``start``/``end`` index the ORIGINAL string, so ``text[start:end] == finding.text``.
    """

    category: str
    start: int
    end: int
    text: str
    value: str | None
    score: float
    reason: str
    reason_en: str = ""

    @classmethod
    def at(cls, view, category: str, start: int, end: int, value: str | None, score: float, reason: str,
           reason_en: str) -> "Finding":
        """The finding for the normalized range ``[start, end)`` of ``view`` (a NormalizedText): its
        span and text are the original message's."""
        o_start, o_end = view.span(start, end)
        return cls(category, o_start, o_end, view.original[o_start:o_end], value, score, reason, reason_en)

    def to_dict(self, *, hide_values: bool = False) -> dict[str, Any]:
        return {
            "category": self.category,
            "start": self.start,
            "end": self.end,
            "text": None if hide_values else self.text,
            "value": None if hide_values else self.value,
            "score": self.score,  # exact: from_dict() must give back an equal object
            "reason": self.reason,
            "reason_en": self.reason_en,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> "Finding":
        return cls(
            category=data["category"],
            start=int(data["start"]),
            end=int(data["end"]),
            text=data["text"],
            value=data["value"],
            score=float(data["score"]),
            reason=data["reason"],
            reason_en=data.get("reason_en", ""),
        )


@dataclass(frozen=True, slots=True)
class Report:
    """The verdict on one message: findings ordered by ``start``, a 0..1 ``score`` and an ``action``."""

    findings: tuple[Finding, ...]
    score: float
    action: Action
    text: str = field(default="", repr=False, compare=False)

    def masked(self, placeholder: str | None = None) -> str:
        """The original text with every finding replaced by a placeholder (``［電話番号］`` etc.)."""
        return mask_spans(self.text, self.findings, placeholder)

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

    def explain(self, lang: str = "ja") -> str:
        """One short paragraph for the sender (``lang``: ``ja`` or ``en``): what was found, with
        the values masked, why it is risky and what to do instead."""
        from .explain import explain

        return explain(self, lang)


def mask_spans(text: str, findings: tuple[Finding, ...] | list[Finding], placeholder: str | None = None) -> str:
    """Replace each finding's span; overlapping spans merge and take the first finding's placeholder."""
    if not findings:
        return text
    spans = sorted((f.start, f.end, f.category) for f in findings)
    out: list[str] = []
    pos = 0
    cur_start, cur_end, cur_cat = spans[0]
    for start, end, category in spans[1:]:
        if start < cur_end:
            cur_end = max(cur_end, end)
            continue
        out.append(text[pos:cur_start])
        out.append(placeholder if placeholder is not None else PLACEHOLDERS.get(cur_cat, "［削除］"))
        pos = cur_end
        cur_start, cur_end, cur_cat = start, end, category
    out.append(text[pos:cur_start])
    out.append(placeholder if placeholder is not None else PLACEHOLDERS.get(cur_cat, "［削除］"))
    out.append(text[cur_end:])
    return "".join(out)
