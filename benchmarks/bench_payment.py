"""Off-platform payment detector: false-positive rate on real chat and cost per message.

    python benchmarks/bench_payment.py [--corpora DIR] [--limit N] [--show N]

DIR holds the corpora laid out as shared/corpora (default: the repo's data/real). Every line of
these files is real text that proposes no off-platform payment, so every message the detector
flags (score >= the default policy's min_score) is a false positive. Timing is per message, one
core: "gated" is the whole detector on a fresh view (most messages stop at the Aho-Corasick
gate); "tokenized" is the messages that pass the gate, Sudachi included.
"""
from __future__ import annotations

import argparse
import json
import statistics
import time
from pathlib import Path

from common import REAL_CLEAN_FILES
from leakguard import DEFAULT_POLICY
from leakguard.detectors.payment import default_payment_detector
from leakguard.normalize import NormalizedText

CORPORA = tuple(path for _name, path in REAL_CLEAN_FILES)


def _texts(path: Path, limit: int | None) -> list[str]:
    out = []
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                out.append(json.loads(line)["text"])
            if limit and len(out) >= limit:
                break
    return out


def _pct(values: list[float], q: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, int(q * len(values)))]


def main(argv: list[str] | None = None) -> int:
    root = Path(__file__).resolve().parent.parent / "data" / "real"
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpora", type=Path, default=root)
    parser.add_argument("--limit", type=int, default=None, help="messages per file")
    parser.add_argument("--show", type=int, default=0, help="print up to N flagged messages per file")
    args = parser.parse_args(argv)

    detector = default_payment_detector()
    detector(NormalizedText.of("直接取引しませんか"))  # warm up: dictionary, automata, lexicon
    total = flagged_total = gated_total = 0
    all_times: list[float] = []
    token_times: list[float] = []
    print(f"{'corpus':48} {'messages':>8} {'gate hits':>9} {'flagged':>7} {'FP rate':>8}")
    for name in CORPORA:
        path = args.corpora / name
        if not path.exists():
            print(f"{name:48} missing")
            continue
        texts = _texts(path, args.limit)
        flagged = gated = 0
        shown = 0
        for text in texts:
            t0 = time.perf_counter()
            view = NormalizedText.of(text)
            hit = detector.passes_gate(view)
            findings = [f for f in detector(view) if f.score >= DEFAULT_POLICY.min_score]
            elapsed = time.perf_counter() - t0
            all_times.append(elapsed)
            if hit:
                gated += 1
                token_times.append(elapsed)
            if findings:
                flagged += 1
                if shown < args.show:
                    shown += 1
                    print(f"    FP {findings[0].score:.2f} {text[:120]!r}")
        total += len(texts)
        flagged_total += flagged
        gated_total += gated
        print(f"{name:48} {len(texts):8d} {gated:9d} {flagged:7d} {flagged / max(1, len(texts)):8.3%}")
    print(f"{'all':48} {total:8d} {gated_total:9d} {flagged_total:7d} {flagged_total / max(1, total):8.3%}")
    us = [t * 1e6 for t in all_times]
    print(f"\nper message, normalize + detector (µs): median {statistics.median(us):.1f}  "
          f"mean {statistics.fmean(us):.1f}  p99 {_pct(us, 0.99):.1f}  (n={len(us)})")
    if token_times:
        tus = [t * 1e6 for t in token_times]
        print(f"gate passed, through Sudachi (µs):      median {statistics.median(tus):.1f}  "
              f"mean {statistics.fmean(tus):.1f}  p99 {_pct(tus, 0.99):.1f}  (n={len(tus)}, "
              f"{len(tus) / max(1, len(us)):.1%} of messages)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
