"""Policy: what a platform decides to do with findings. An explicit object, never global state."""
from __future__ import annotations

from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Iterable, Mapping

from .model import CATEGORIES, EMAIL, EXTERNAL, LINE_ID, PAYMENT, PHONE, Action, Finding

_DEFAULT_ACTIONS = MappingProxyType({
    PHONE: Action.BLOCK,
    EMAIL: Action.BLOCK,
    LINE_ID: Action.BLOCK,
    PAYMENT: Action.BLOCK,
    EXTERNAL: Action.WARN,
})


@dataclass(frozen=True)
class Policy:
    """Per-category actions and the score a finding needs to be reported.

    ``min_score``: findings scoring below it are dropped (a refusal that mentions LINE keeps a
    low score and never reaches a verdict). ``region``: default region for phone numbers.
    """

    actions: Mapping[str, Action] = field(default_factory=lambda: _DEFAULT_ACTIONS)
    min_score: float = 0.5
    region: str = "JP"

    def __post_init__(self) -> None:
        for category, action in self.actions.items():
            if category not in CATEGORIES:
                raise ValueError(f"unknown category {category!r} in policy actions; expected one of {', '.join(CATEGORIES)}")
            Action.parse(action)
        if not 0.0 <= self.min_score <= 1.0:
            raise ValueError(f"min_score must be within 0..1, got {self.min_score}")

    def __hash__(self) -> int:
        return hash((tuple(sorted((k, str(v)) for k, v in self.actions.items())), self.min_score, self.region))

    def action_for(self, finding: Finding, context=None) -> Action:
        return Action.parse(self.actions.get(finding.category, Action.ALLOW))

    def decide(self, findings: Iterable[Finding], context=None) -> tuple[float, Action]:
        """Message score (noisy-OR of finding scores: adding a finding never lowers it) and action."""
        remaining = 1.0
        action = Action.ALLOW
        for finding in findings:
            remaining *= 1.0 - finding.score
            candidate = self.action_for(finding, context)
            if candidate.severity > action.severity:
                action = candidate
        return 1.0 - remaining, action


DEFAULT_POLICY = Policy()
