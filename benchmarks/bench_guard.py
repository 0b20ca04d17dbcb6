"""Guard: what conversation memory costs, and whether it invents findings on real chat.

    python benchmarks/bench_guard.py [--limit N]

1. Real multi-party and persona chats (data/real, ~39k utterances, no contact details): every
   utterance goes through ``Guard.check`` keyed by (dialogue, speaker), in order. Counts the
   findings that memory adds (each one is a false positive: the corpora hold no identifiers), the
   verdicts it changes, and what memory holds at the end (traces, parts, bytes).
2. Latency per message on the same chat: ``scan()``, ``Guard.check`` without a conversation, and
   with one (tails filled) — median and p99 in µs.
3. Split identifiers from the labelled corpus: each labelled phone/e-mail message is cut into 2-3
   parts at random points inside the identifier and sent in order; counts how many are caught.
"""
from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

import leakguard  # noqa: E402
from common import REAL_CHAT_FILES as CHATS  # noqa: E402
from leakguard import Action, Guard  # noqa: E402


def _rows(name: str) -> list[dict]:
    path = ROOT / "data" / "real" / name
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def _percentile(values: list[float], q: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, int(q * len(values)))]


def real_chat(limit: int | None) -> None:
    rows = [(name, r) for name in CHATS for r in _rows(name)][:limit]
    guard = Guard()
    added = changed = 0
    samples = []
    for name, row in rows:
        key = (name, row["dialogue_id"], row["speaker"])
        alone = leakguard.scan(row["text"])
        report = guard.check(row["text"], conversation=key)
        extra = [f for f in report.findings if "前のメッセージ" in f.reason]
        added += len(extra)
        changed += report.action != alone.action
        if extra and len(samples) < 5:
            samples.append((row["text"][:40], [(f.category, f.text) for f in extra]))
    traces = [t for _, traces in guard._memory.values() for t in traces]
    print(f"real chat: {len(rows)} utterances, {len(guard)} (dialogue, speaker) conversations remembered, "
          f"{len(traces)} message traces, {sum(len(t.tail) for t in traces)} parts, "
          f"{guard.memory_bytes:,} bytes counted (no message text is kept)")
    print(f"  findings added by memory: {added}; verdicts changed by memory: {changed}")
    for sample in samples:
        print("  e.g.", sample)


def latency(limit: int | None) -> None:
    texts = [r["text"] for name in CHATS for r in _rows(name)][:limit or 5000]
    texts = texts[:5000]
    for t in texts:  # warm caches and lazy imports
        leakguard.scan(t)
    guard = Guard()
    variants = {
        "scan()": lambda i, t: leakguard.scan(t),
        "Guard.check (no conversation)": lambda i, t: guard.check(t),
        "Guard.check (conversation, 5-message tails)": lambda i, t: guard.check(t, conversation=i % 50),
    }
    runs: dict[str, list[float]] = {label: [] for label in variants}
    for i, t in enumerate(texts):  # interleaved, so machine noise hits every variant alike
        for label, fn in variants.items():
            start = time.perf_counter()
            fn(i, t)
            runs[label].append((time.perf_counter() - start) * 1e6)
    for label, values in runs.items():
        print(f"  {label:45s} median {statistics.median(values):7.1f} µs   p99 {_percentile(values, 0.99):8.1f} µs")


def split_identifiers(seed: int = 1) -> None:
    rng = random.Random(seed)
    rows = []
    for split in ("dev", "test"):
        path = ROOT / "data" / "labelled" / f"{split}.jsonl"
        if path.exists():
            with path.open(encoding="utf-8") as fh:
                rows += [json.loads(line) for line in fh if line.strip()]
    caught = total = 0
    for row in rows:
        cats = {label["category"] for label in row.get("labels", [])}
        if not cats & {"phone_number", "email_address"} or row.get("action") != "block":
            continue
        whole = leakguard.scan(row["text"])
        targets = [f for f in whole.findings if f.category in ("phone_number", "email_address") and f.end - f.start >= 6]
        if not targets:
            continue
        f = targets[0]
        cuts = sorted(rng.sample(range(f.start + 1, f.end), k=min(2, f.end - f.start - 1)))
        parts = [row["text"][a:b] for a, b in zip([0, *cuts], [*cuts, len(row["text"])])]
        guard = Guard()
        reports = [guard.check(p, conversation="k") for p in parts]
        total += 1
        caught += any(r.action == Action.BLOCK for r in reports)
    print(f"split identifiers (labelled phone/e-mail messages cut inside the identifier into 3 parts): "
          f"{caught}/{total} blocked on some part")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--limit", type=int, default=None)
    args = parser.parse_args(argv)
    real_chat(args.limit)
    print("latency on real chat utterances (5,000, warm):")
    latency(args.limit)
    split_identifiers()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
