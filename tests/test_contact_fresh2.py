"""A second fresh, hand-written evaluation set for line_id and external_contact
(tests/data/contact_fresh2.jsonl).

Written before the second generalisation pass, in wordings that are neither dev templates nor rows
of contact_fresh.jsonl: 89 positives in many voices (client and worker, formal and casual, long
messages with greetings around the leak), with the kinds of misses the held-out split shows —
invitations over two sentences, add-friend links with only 「タップしたら追加できるよ」-style words,
euphemisms (緑のアプリ, いつものアプリ, 例のアプリ, 緑のほう), rule talk wrapped around an ID, IDs
split over lines, unusual verbs of asking (伺う, 頂戴, 聞いてもいい？, 知りたい); and 59 hard
negatives (job topics naming a channel, refusals, platform rules, ordinary talk about apps,
ライン作業 / オンライン / デッドライン, requests to keep to the platform's own chat). Every message
and identifier is fictional.

A message counts as flagged for a category when the detector reports a finding of that category
with score >= Policy.min_score (0.5); precision and recall are per message.

Measured before the change (commit f8de0a1): line_id precision 1.000, recall 0.933 (30 positives);
external_contact precision 0.984, recall 0.785 (79 positives); 148 messages, 59 without labels.
After: line_id precision 1.000, recall 1.000; external_contact precision 1.000, recall 0.962 (the one
false alarm, 「電話対応マニュアルの校正をお願いします」, is gone: channel + action noun + noun is a topic).
Then 0.975, when the normalizer folded casual long vowels (「らいんこーかんしよ」).
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from fresh_sets import flagged, load, negatives, positives, precision_recall, print_numbers
from leakguard.model import EXTERNAL, LINE_ID

ROWS = load("contact_fresh2.jsonl")

# Floors reached at the end of the change (see the module docstring for the numbers before).
FLOORS = {LINE_ID: (0.97, 0.97), EXTERNAL: (0.97, 0.95)}

# Still missed, and why (kept visible rather than tuned away): (category, text)
KNOWN_MISSES: set[tuple[str, str]] = {
    # 「…の方が確実に見られます」 prefers LINE with no contact action (見る), and 「置いておきます」 is no
    # action either; the ID itself is found (line_id)
    (EXTERNAL, "こちらのチャットだと通知が遅いので…。ラインの方が確実に見られます。ID置いておきますね→ haruki0808"),
    # 「LINEの件」 only qualifies 件, and the channel's own sentence is in the past (考えてくれました)
    (EXTERNAL, "LINEの件、考えてくれました？交換できたら嬉しいです"),
}
# Hard negatives still flagged, and why: texts
KNOWN_FALSE_ALARMS: set[str] = set()


def test_set_is_varied_and_new():
    assert len(ROWS) >= 120
    assert len({r["text"] for r in ROWS}) == len(ROWS)
    unlabelled = sum(not r["labels"] for r in ROWS)
    assert 0.35 <= unlabelled / len(ROWS) <= 0.5
    channels = {lab["value"] for r in ROWS for lab in r["labels"] if lab["category"] == EXTERNAL}
    assert len(channels) >= 15
    first_set = Path(__file__).resolve().parent / "data" / "contact_fresh.jsonl"
    earlier = {json.loads(line)["text"] for line in first_set.read_text(encoding="utf-8").splitlines() if line.strip()}
    assert not earlier & {r["text"] for r in ROWS}


@pytest.mark.parametrize("text", list(negatives(ROWS, KNOWN_FALSE_ALARMS)))
def test_fresh2_hard_negative_is_notflagged(text):
    assert not flagged(LINE_ID, text)
    assert not flagged(EXTERNAL, text)


@pytest.mark.parametrize("text", list(positives(ROWS, LINE_ID, KNOWN_MISSES)))
def test_fresh2_line_id_is_found(text):
    assert flagged(LINE_ID, text)


@pytest.mark.parametrize("text", list(positives(ROWS, EXTERNAL, KNOWN_MISSES)))
def test_fresh2_external_contact_is_found(text):
    assert flagged(EXTERNAL, text)


@pytest.mark.parametrize("category", [LINE_ID, EXTERNAL])
def test_precision_and_recall_on_fresh2_set(category):
    precision, recall = precision_recall(ROWS, category)
    min_precision, min_recall = FLOORS[category]
    assert precision >= min_precision
    assert recall >= min_recall


if __name__ == "__main__":  # python tests/test_contact_fresh2.py: print the numbers, the misses and the false alarms
    print_numbers(ROWS)
