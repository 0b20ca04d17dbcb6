"""A fresh, hand-written evaluation set for line_id and external_contact
(tests/data/contact_fresh.jsonl).

Written before the detectors were generalised, in voices and phrasings the lexicon had not seen:
invitations spread over two sentences, add-friend links with no channel word, IDs split over lines,
euphemisms (グリーンのアプリ, 例のやつ, 緑の吹き出し, あのアプリ), rule talk wrapped around a leak,
every channel from LINE to WeChat; and about 45 % hard negatives (job topics, refusals, rules, help
text, ordinary chat about apps, ライン作業 / オンライン, slang words in their ordinary meaning).
Every message is fictional. Phone and e-mail labels are there for completeness; these tests ignore
them.

A message counts as flagged for a category when the detector reports a finding of that category
with score >= Policy.min_score (0.5); precision and recall are per message.

Measured before the change: line_id precision 1.000, recall 0.647 (34 positives);
external_contact precision 0.926, recall 0.733 (86 positives); 181 messages, 81 without labels.
After: line_id precision 1.000, recall 0.971; external_contact precision 0.988, recall 0.965.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from leakguard.detectors.channels import detect_external_contact
from leakguard.detectors.line import detect_line_ids
from leakguard.model import EXTERNAL, LINE_ID
from leakguard.normalize import NormalizedText

FRESH = Path(__file__).resolve().parent / "data" / "contact_fresh.jsonl"
ROWS = [json.loads(line) for line in FRESH.read_text(encoding="utf-8").splitlines() if line.strip()]
DETECTORS = {LINE_ID: detect_line_ids, EXTERNAL: detect_external_contact}
MIN_SCORE = 0.5

# Floors reached at the end of the change (see the module docstring for the numbers before).
FLOORS = {LINE_ID: (0.97, 0.97), EXTERNAL: (0.97, 0.95)}

# Still missed, and why (kept visible rather than tuned away): (category, text)
KNOWN_MISSES: set[tuple[str, str]] = {
    # 例のやつ (“that thing”) is too ordinary a phrase to be a LINE alias
    (LINE_ID, "例のやつのIDね、aoi.s_77"),
    # 「おくっとくね」: an announcement in plain form, no ます / request / volitional to read
    (EXTERNAL, "線のIDおくっとくね→ ryo.t_99"),
    # a sentence that ends on the action noun (「…を検索」): an instruction the grammar rules do not read
    (EXTERNAL, "みどりのアプリで「daichi_rk」を検索"),
    # 「よろ」: slang for よろしく that Sudachi does not fold
    (EXTERNAL, "ＬＩＮＥ\nrin_0630\n追加よろ"),
}


def _flagged(category: str, text: str) -> bool:
    return any(f.score >= MIN_SCORE for f in DETECTORS[category](NormalizedText.of(text)))


def _gold(row: dict, category: str) -> bool:
    return any(lab["category"] == category for lab in row["labels"])


def precision_recall(category: str) -> tuple[float, float]:
    tp = fp = fn = 0
    for row in ROWS:
        gold, predicted = _gold(row, category), _flagged(category, row["text"])
        tp += gold and predicted
        fp += predicted and not gold
        fn += gold and not predicted
    return tp / max(1, tp + fp), tp / max(1, tp + fn)


def test_set_is_varied_and_large_enough():
    assert len(ROWS) >= 150
    assert len({r["text"] for r in ROWS}) == len(ROWS)
    negatives = sum(not r["labels"] for r in ROWS)
    assert 0.4 <= negatives / len(ROWS) <= 0.5
    channels = {lab["value"] for r in ROWS for lab in r["labels"] if lab["category"] == EXTERNAL}
    assert len(channels) >= 15


@pytest.mark.parametrize("text", [r["text"] for r in ROWS if not r["labels"]])
def test_fresh_hard_negative_is_not_flagged(text):
    assert not _flagged(LINE_ID, text)
    assert not _flagged(EXTERNAL, text)


def _positive_params(category: str):
    for r in ROWS:
        if _gold(r, category):
            marks = [pytest.mark.xfail(strict=True, reason="known miss")] if (category, r["text"]) in KNOWN_MISSES else []
            yield pytest.param(r["text"], marks=marks, id=r["id"])


@pytest.mark.parametrize("text", list(_positive_params(LINE_ID)))
def test_fresh_line_id_is_found(text):
    assert _flagged(LINE_ID, text)


@pytest.mark.parametrize("text", list(_positive_params(EXTERNAL)))
def test_fresh_external_contact_is_found(text):
    assert _flagged(EXTERNAL, text)


@pytest.mark.parametrize("category", [LINE_ID, EXTERNAL])
def test_precision_and_recall_on_fresh_set(category):
    precision, recall = precision_recall(category)
    min_precision, min_recall = FLOORS[category]
    assert precision >= min_precision
    assert recall >= min_recall


if __name__ == "__main__":  # python tests/test_contact_fresh.py: print the numbers and the misses
    for category in DETECTORS:
        p, r = precision_recall(category)
        print(f"{category}: precision {p:.3f} recall {r:.3f}")
        for row in ROWS:
            gold, predicted = _gold(row, category), _flagged(category, row["text"])
            if gold != predicted:
                print("  ", "FN" if gold else "FP", row["id"], row["text"].replace("\n", "⏎"))
