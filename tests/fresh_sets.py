"""What the fresh hand-written contact sets (tests/data/contact_fresh*.jsonl) share: loading,
the per-message flag, precision / recall, and the numbers printed when a set's test file is run
as a script. A message counts as flagged for a category when the detector reports a finding of
that category with score >= Policy.min_score (0.5); precision and recall are per message."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from leakguard.detectors.channels import detect_external_contact
from leakguard.detectors.line import detect_line_ids
from leakguard.model import EXTERNAL, LINE_ID
from leakguard.normalize import NormalizedText

DATA = Path(__file__).resolve().parent / "data"
DETECTORS = {LINE_ID: detect_line_ids, EXTERNAL: detect_external_contact}
MIN_SCORE = 0.5


def load(name: str) -> list[dict]:
    return [json.loads(line) for line in (DATA / name).read_text(encoding="utf-8").splitlines() if line.strip()]


def flagged(category: str, text: str) -> bool:
    return any(f.score >= MIN_SCORE for f in DETECTORS[category](NormalizedText.of(text)))


def gold(row: dict, category: str) -> bool:
    return any(lab["category"] == category for lab in row["labels"])


def precision_recall(rows: list[dict], category: str) -> tuple[float, float]:
    tp = fp = fn = 0
    for row in rows:
        expected, predicted = gold(row, category), flagged(category, row["text"])
        tp += expected and predicted
        fp += predicted and not expected
        fn += expected and not predicted
    return tp / max(1, tp + fp), tp / max(1, tp + fn)


def positives(rows: list[dict], category: str, known_misses: set[tuple[str, str]]):
    """pytest params of the rows labelled with ``category``; known misses are strict xfails."""
    for row in rows:
        if gold(row, category):
            marks = [pytest.mark.xfail(strict=True, reason="known miss")] if (category, row["text"]) in known_misses else []
            yield pytest.param(row["text"], marks=marks, id=row["id"])


def negatives(rows: list[dict], known_false_alarms: set[str] = frozenset()):
    """pytest params of the rows with no label; known false alarms are strict xfails."""
    for row in rows:
        if not row["labels"]:
            marks = [pytest.mark.xfail(strict=True, reason="known false alarm")] if row["text"] in known_false_alarms else []
            yield pytest.param(row["text"], marks=marks, id=row["id"])


def print_numbers(rows: list[dict]) -> None:
    """Precision, recall and every miss and false alarm, per category."""
    for category in DETECTORS:
        p, r = precision_recall(rows, category)
        n = sum(gold(row, category) for row in rows)
        print(f"{category}: precision {p:.3f} recall {r:.3f} ({n} positives)")
        for row in rows:
            expected, predicted = gold(row, category), flagged(category, row["text"])
            if expected != predicted:
                print("  ", "FN" if expected else "FP", row["id"], row["text"].replace("\n", "⏎"))
