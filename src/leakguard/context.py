"""Deal stage: where the two people are in their deal, which decides what a policy allows.

Marketplaces tie contact rules to the deal's progress (contract, escrow funded — 仮払い — and
completion), so a verdict needs the stage. ``Context`` carries it; ``None`` means "unknown".
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Mapping

BEFORE_CONTRACT = "before_contract"
CONTRACTED = "contracted"
ESCROW_FUNDED = "escrow_funded"
COMPLETED = "completed"
STAGES: tuple[str, ...] = (BEFORE_CONTRACT, CONTRACTED, ESCROW_FUNDED, COMPLETED)
"""In deal order: a later stage is never stricter in the shipped presets."""


@dataclass(frozen=True, slots=True)
class Context:
    """The deal stage between sender and recipient, and how many deals they completed before.

    ``completed_deals`` counts earlier deals between the same two people that finished on the
    platform: a repeat client has a track record even while a new deal is ``before_contract``.
    """

    stage: str = BEFORE_CONTRACT
    completed_deals: int = 0

    def __post_init__(self) -> None:
        if self.stage not in STAGES:
            raise ValueError(f"unknown stage {self.stage!r}: expected one of {', '.join(STAGES)}")
        if isinstance(self.completed_deals, bool) or not isinstance(self.completed_deals, int):
            raise TypeError(f"completed_deals must be an int, got {type(self.completed_deals).__name__}")
        if self.completed_deals < 0:
            raise ValueError(f"completed_deals must be >= 0, got {self.completed_deals}")

    @property
    def has_completed_deal(self) -> bool:
        """True once a deal between these two people finished: this one, or an earlier one."""
        return self.stage == COMPLETED or self.completed_deals > 0

    def reached(self, stage: str) -> bool:
        """True when this deal is at ``stage`` or later."""
        return STAGES.index(self.stage) >= STAGES.index(stage)

    def to_dict(self) -> dict[str, Any]:
        return {"stage": self.stage, "completed_deals": self.completed_deals}

    @classmethod
    def coerce(cls, value: "Context | str | Mapping[str, Any] | None") -> "Context | None":
        """A ``Context`` from what callers have at hand: a Context, a stage name, a JSON object."""
        if value is None or isinstance(value, Context):
            return value
        if isinstance(value, str):
            return cls(stage=value)
        if isinstance(value, Mapping):
            unknown = set(value) - {"stage", "completed_deals"}
            if unknown:
                raise ValueError(f"unknown context field(s): {', '.join(sorted(map(str, unknown)))}")
            return cls(stage=value.get("stage", BEFORE_CONTRACT), completed_deals=value.get("completed_deals", 0))
        raise TypeError(f"context must be a leakguard.Context, a stage name or a mapping, got {type(value).__name__}")
