"""A fresh, hand-written evaluation set for off_platform_payment (tests/data/payment_fresh.jsonl).

Written before the detector was generalised, in voices and phrasings the lexicon had not seen
(差額は別で, 手渡しで, 銀行に直接, 個別に契約, ギフト券で, 先払い, 源泉なしで …), with about half
hard negatives (platform-internal payment talk, refusals, help text, job topics, tourists paying
with PayPay, quotes, the platform's own payout). Every message is fictional.

Measured before the change: precision 0.909, recall 0.541 (74 positives, 68 negatives).
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from leakguard.detectors.payment import default_payment_detector
from leakguard.normalize import NormalizedText

FRESH = Path(__file__).resolve().parent / "data" / "payment_fresh.jsonl"
ROWS = [json.loads(line) for line in FRESH.read_text(encoding="utf-8").splitlines() if line.strip()]

# Still missed, and why (kept visible rather than tuned away):
KNOWN_MISSES = {
    # an offer worded only as 「上乗せしますよ」: no payment verb, no request cue the rules read
    "手数料が浮く分、報酬を上乗せしますよ",
}


def _flagged(text: str) -> bool:
    return any(f.score >= 0.5 for f in default_payment_detector()(NormalizedText.of(text)))


def test_set_is_balanced_and_large_enough():
    positives = sum(r["label"] == "positive" for r in ROWS)
    negatives = sum(r["label"] == "negative" for r in ROWS)
    assert positives + negatives == len(ROWS) >= 120
    assert 0.4 <= negatives / len(ROWS) <= 0.6
    assert len({r["text"] for r in ROWS}) == len(ROWS)


@pytest.mark.parametrize("text", [r["text"] for r in ROWS if r["label"] == "negative"])
def test_fresh_hard_negative_is_not_flagged(text):
    assert not _flagged(text)


@pytest.mark.parametrize("text", [
    pytest.param(r["text"], marks=pytest.mark.xfail(strict=True, reason="known miss"))
    if r["text"] in KNOWN_MISSES else r["text"]
    for r in ROWS if r["label"] == "positive"
])
def test_fresh_positive_is_flagged(text):
    assert _flagged(text)


def test_precision_and_recall_on_fresh_set():
    tp = fp = fn = 0
    for row in ROWS:
        gold, predicted = row["label"] == "positive", _flagged(row["text"])
        tp += gold and predicted
        fp += predicted and not gold
        fn += gold and not predicted
    assert tp / (tp + fp) >= 0.97
    assert tp / (tp + fn) >= 0.90
