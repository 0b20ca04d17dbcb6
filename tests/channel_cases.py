"""Shared by the contact test files: the channels a message is read to name, and the mark for a case
the readers do not reach yet (a strict xfail, so that fixing it is noticed)."""
from __future__ import annotations

import pytest

from leakguard import scan
from leakguard.policy import Policy

_MIN = Policy().min_score
OPEN = pytest.mark.xfail(strict=True, reason="open: not read yet (issue #14 §1)")


def channels(text: str) -> set[str | None]:
    """The channels of the external_contact findings a default scan reports (score >= min_score)."""
    return {f.value for f in scan(text).findings if f.category == "external_contact" and f.score >= _MIN}


def open_case(*values):
    return pytest.param(*values, marks=OPEN)
