"""Findings as table rows: the pandas core that every distributed engine maps over its partitions.

A partition of messages becomes one row per finding, with the columns ``FINDING_COLUMNS``:
``category``, ``value``, ``start``, ``end`` and ``score`` describe the finding; ``action`` is the
verdict on the whole message it was found in (what ``leakguard.scan`` answered), so filtering on
``action == "block"`` keeps every finding of every blocked message. Messages without findings
produce no rows: an archive is mostly clean, and the result stays small.

The scanner is per process state: ``batch.worker_scanner`` builds it (imports, detector tables,
the Sudachi dictionary, warmed on one message) the first time a partition needs it in that
process, and every later partition reuses it. ``batch.scanner_builds()`` counts those builds.
"""
from __future__ import annotations

import math
from typing import Any, Iterable, Mapping, Sequence

from ..batch import worker_scanner
from ..policy import Policy

FINDING_COLUMNS: tuple[str, ...] = ("category", "value", "start", "end", "score", "action")
# "string" (pandas' nullable StringDtype) on every pandas version; value is <NA> for findings
# without a canonical value.
FINDING_DTYPES: Mapping[str, str] = {
    "category": "string", "value": "string", "start": "int64", "end": "int64", "score": "float64", "action": "string",
}


def _is_missing(value: Any) -> bool:
    # A null cell is no message; anything else that is not a str still goes to scan(), which
    # raises a TypeError naming the type rather than skipping data silently.
    return value is None or (isinstance(value, float) and math.isnan(value)) or type(value).__name__ == "NAType"


def _check_keep(keep: Sequence[str], available: Iterable[str] | None = None) -> tuple[str, ...]:
    """``keep`` as a tuple; names must not clash with a findings column and, when ``available``
    is given, must be among its names."""
    keep = tuple(keep)
    clash = set(keep) & set(FINDING_COLUMNS)
    if clash:
        raise ValueError(f"keep: {', '.join(sorted(clash))} would clash with a findings column")
    if available is None:
        return keep
    missing = [k for k in keep if k not in set(available)]
    if missing:
        raise KeyError(f"keep: no column {', '.join(map(repr, missing))} in the input")
    return keep


def findings_frame(frame, column: str = "text", *, keep: Sequence[str] = (), policy: Policy | None = None,
                   context: Any = None):
    """One row per finding in ``frame[column]``: the ``keep`` columns, then ``FINDING_COLUMNS``.

    The index labels of the message rows are kept (repeated when a message has several findings),
    so the result joins back to ``frame``. Null cells are skipped.
    """
    import pandas as pd

    if column not in frame.columns:
        raise KeyError(f"no text column {column!r} in the input (columns: {', '.join(map(str, frame.columns))})")
    keep = _check_keep(keep, frame.columns)
    positions: list[int] = []
    cells: dict[str, list] = {name: [] for name in FINDING_COLUMNS}
    if len(frame):
        scanner = worker_scanner(policy, context)
        for position, text in enumerate(frame[column].tolist()):
            if _is_missing(text):
                continue
            report = scanner(text)
            for finding in report.findings:
                positions.append(position)
                cells["category"].append(finding.category)
                cells["value"].append(finding.value)
                cells["start"].append(finding.start)
                cells["end"].append(finding.end)
                cells["score"].append(finding.score)
                cells["action"].append(report.action.value)
    out = frame.iloc[positions][list(keep)].copy()
    for name in FINDING_COLUMNS:
        out[name] = pd.array(cells[name], dtype=FINDING_DTYPES[name])
    return out


def findings_records(items: Iterable[Any], *, text_key: str | None = None, keep: Sequence[str] = (),
                     policy: Policy | None = None, context: Any = None) -> list[dict[str, Any]]:
    """One dict per finding in ``items``: str messages (``text_key=None``) or mappings holding the
    text under ``text_key``, whose ``keep`` fields are copied into each of their findings."""
    keep = _check_keep(keep)
    if keep and text_key is None:
        raise ValueError("keep needs records: pass text_key (the field that holds the message text)")
    scanner = None
    out: list[dict[str, Any]] = []
    for item in items:
        text = item if text_key is None else item[text_key]
        if _is_missing(text):
            continue
        scanner = scanner or worker_scanner(policy, context)
        report = scanner(text)
        for finding in report.findings:
            record = {k: item[k] for k in keep}
            record.update(category=finding.category, value=finding.value, start=finding.start, end=finding.end,
                          score=finding.score, action=report.action.value)
            out.append(record)
    return out
