"""Speed of leakguard next to phonenumbers.PhoneNumberMatcher and the baselines, on the same messages.

    python benchmarks/speed.py [--markdown] [--passes 3] [--chat-every 4] [--no-cold] [--no-memory]

- Warm, in-process latency per message (each message timed once per pass, the best of the passes
  kept), median and p99 per length bucket, and MB/s (UTF-8) over each corpus, on
  (i) real chat lines (data/real realpersonachat + multiparty messages, every Nth line),
  (ii) contact-dense marketplace messages (the labelled corpus rows that carry a label),
  (iii) the messages among those and the real hard negatives that leakguard sends through Sudachi;
- cold start of ``python -m leakguard`` on a one-line file (median of --cold-runs subprocesses) next
  to ``python -c pass``, ``python -c "import regex"`` and a PhoneNumberMatcher one-liner;
- peak RSS of a fresh process that scanned all of those messages, per system.
Targets (issue 2): on real chat at least as fast as PhoneNumberMatcher alone; on contact-dense
messages ≥3× faster than it; p99 < 1 ms; cold start within 6× the bare interpreter.
"""
from __future__ import annotations

import argparse
import functools
import gc
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Callable

sys.path.insert(0, str(Path(__file__).resolve().parent))
import common  # noqa: E402

BUCKETS = ((0, 50, "<50"), (50, 150, "50–150"), (150, 400, "150–400"), (400, 10**9, ">400"))
SUDACHI_LIMIT = 3000


# -- corpora ---------------------------------------------------------------------------------------
def real_chat(every: int) -> list[str]:
    texts: list[str] = []
    for relpath in common.REAL_CHAT_FILES:
        texts.extend(common.load_real_texts(relpath)[::every])
    return texts


def contact_dense() -> list[str]:
    return [row["text"] for row in common.load_labelled("all") if row["labels"]]


def through_sudachi(candidates: list[str]) -> list[str]:
    """The candidates for which leakguard asks Sudachi for tokens (counted by wrapping tokenize)."""
    import leakguard
    import leakguard.tokens as tokens

    real_tokenize = tokens.tokenize
    calls = 0

    def counting(text):
        nonlocal calls
        calls += 1
        return real_tokenize(text)

    tokens.tokenize = counting
    picked = []
    try:
        for text in candidates:
            before = calls
            leakguard.scan(text)
            if calls > before:
                picked.append(text)
                if len(picked) >= SUDACHI_LIMIT:
                    break
    finally:
        tokens.tokenize = real_tokenize
    return picked


def corpora(every: int) -> dict[str, list[str]]:
    chat = real_chat(every)
    dense = contact_dense()
    negatives = []
    for relpath in ("realpersonachat_ja/hard_negatives.jsonl", "multiparty_chat_ja/hard_negatives.jsonl"):
        negatives.extend(common.load_real_texts(relpath))
    return {
        "real chat": chat,
        "contact-dense": dense,
        "through Sudachi": through_sudachi(dense + negatives + chat),
    }


# -- systems ---------------------------------------------------------------------------------------
def speed_systems() -> tuple[dict[str, Callable[[str], object]], list[str]]:
    import leakguard

    systems: dict[str, Callable[[str], object]] = {
        "leakguard": leakguard.scan,
        # the same scan without the learned intent scorer (docs/intent.md): what it costs
        "leakguard rules only": functools.partial(leakguard.scan, policy=leakguard.Policy(intent_model="off")),
        "PhoneNumberMatcher": common.phone_matcher_only,
    }
    baselines, missing = common.all_systems()
    for system in baselines[1:]:
        systems[system.name] = system.find
    return systems, missing


# -- warm latency ----------------------------------------------------------------------------------
def time_all(systems: dict[str, Callable], texts: list[str], passes: int) -> dict[str, list[int]]:
    """Per system, per message: the best of ``passes`` timings in ns. Systems interleave per pass."""
    best = {name: [1 << 62] * len(texts) for name in systems}
    for fn in systems.values():  # warm-up: imports, caches, dictionaries
        for text in texts[:50]:
            fn(text)
    clock = time.perf_counter_ns
    for _ in range(passes):
        for name, fn in systems.items():
            gc.collect()
            row = best[name]
            for i, text in enumerate(texts):
                t0 = clock()
                fn(text)
                dt = clock() - t0
                if dt < row[i]:
                    row[i] = dt
    return best


def p99(values: list[int]) -> float:
    if len(values) < 2:
        return float(values[0]) if values else float("nan")
    return statistics.quantiles(values, n=100, method="inclusive")[98]


def us(ns: float) -> str:
    return f"{ns / 1000:.1f}"


def latency_table(name: str, texts: list[str], times: dict[str, list[int]], markdown: bool) -> str:
    systems = list(times)
    header = ["length (chars)", "messages"] + [f"{s} median / p99 (µs)" for s in systems]
    rows = []
    for lo, hi, label in BUCKETS:
        idx = [i for i, t in enumerate(texts) if lo <= len(t) < hi]
        if not idx:
            continue
        row = [label, len(idx)]
        for s in systems:
            vals = [times[s][i] for i in idx]
            row.append(f"{us(statistics.median(vals))} / {us(p99(vals))}")
        rows.append(row)
    nbytes = sum(len(t.encode("utf-8")) for t in texts)
    all_row = ["**all**" if markdown else "all", len(texts)]
    tput = ["MB/s, messages/s", ""]
    for s in systems:
        vals = times[s]
        total = sum(vals)
        all_row.append(f"{us(statistics.median(vals))} / {us(p99(vals))}")
        tput.append(f"{nbytes / total * 1e3:.2f} MB/s, {len(vals) / total * 1e9:,.0f}/s")
    rows += [all_row, tput]
    mean_len = sum(map(len, texts)) / len(texts)
    title = f"{name}: {len(texts)} messages, mean {mean_len:.0f} chars, {nbytes / 1e6:.2f} MB"
    head = f"\n### {title}\n" if markdown else f"\n== {title} ==\n"
    return head + common.markdown_table(header, rows)


# -- where leakguard's time goes --------------------------------------------------------------------
def stage_times(texts: list[str]) -> dict[str, int]:
    """ns per stage of leakguard's pipeline over ``texts``: normalize, Sudachi, each detector, policy.

    Mirrors ``scanner.find``; Sudachi time is measured by wrapping ``leakguard.tokens.tokenize`` and
    taken out of the detector that asked for the tokens.
    """
    import leakguard.tokens as tokens
    from leakguard.detectors import default_detectors
    from leakguard.normalize import NormalizedText
    from leakguard.policy import DEFAULT_POLICY

    clock = time.perf_counter_ns
    totals: dict[str, int] = {"normalize": 0, "Sudachi": 0}
    real_tokenize = tokens.tokenize

    def timed_tokenize(text):
        t0 = clock()
        try:
            return real_tokenize(text)
        finally:
            totals["Sudachi"] += clock() - t0

    detectors = default_detectors()
    names = [getattr(d, "__name__", type(d).__name__) for d in detectors]
    for name in names:
        totals[name] = 0
    totals["policy"] = 0
    tokens.tokenize = timed_tokenize
    try:
        for text in texts:
            t0 = clock()
            view = NormalizedText.of(text)
            totals["normalize"] += clock() - t0
            findings = []
            for name, detector in zip(names, detectors):
                sudachi_before = totals["Sudachi"]
                t0 = clock()
                findings.extend(f for f in detector(view) if f.score >= DEFAULT_POLICY.min_score)
                totals[name] += clock() - t0 - (totals["Sudachi"] - sudachi_before)
            t0 = clock()
            DEFAULT_POLICY.decide(tuple(findings), None)
            totals["policy"] += clock() - t0
    finally:
        tokens.tokenize = real_tokenize
    return totals


def stage_table(corpora_: dict[str, list[str]], markdown: bool) -> str:
    per = {name: stage_times(texts) for name, texts in corpora_.items() if texts}
    stages = list(next(iter(per.values())))
    header = ["stage"] + [f"{name} µs/msg (share)" for name in per]
    rows = []
    for stage in stages:
        row = [stage]
        for name, totals in per.items():
            total = sum(totals.values())
            row.append(f"{totals[stage] / len(corpora_[name]) / 1000:.1f} ({100 * totals[stage] / total:.0f}%)")
        rows.append(row)
    title = "Where leakguard's time goes (mean per message, one pass)"
    head = f"\n### {title}\n" if markdown else f"\n== {title} ==\n"
    return head + common.markdown_table(header, rows)


# -- cold start ------------------------------------------------------------------------------------
COLD_LINES = {
    "plain line": "了解です、明日の午前中に納品しますね。",
    "line with a phone number": "急ぎの場合は090-1234-5678までお電話ください。",
    "line that needs Sudachi": "よかったらLINEで直接やり取りしませんか？",
}


# An installed package has its bytecode caches; a shell with PYTHONDONTWRITEBYTECODE=1 (as on this
# project's machine) would make every run compile leakguard's sources again (~40 ms).
_COLD_ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}


def run_median(cmd: list[str], runs: int) -> float:
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False, env=_COLD_ENV)
        times.append(time.perf_counter() - t0)
    return statistics.median(times)


def cold_start(runs: int, markdown: bool) -> tuple[str, dict[str, float]]:
    py = sys.executable
    results: dict[str, float] = {}
    commands: list[tuple[str, list[str]]] = [
        ("python -c pass", [py, "-c", "pass"]),
        ('python -c "import regex"', [py, "-c", "import regex"]),
        ("PhoneNumberMatcher one-liner", [py, "-c", "import phonenumbers; "
                                          "list(phonenumbers.PhoneNumberMatcher('090-1234-5678', 'JP'))"]),
    ]
    with tempfile.TemporaryDirectory() as tmp:
        for label, line in COLD_LINES.items():
            path = Path(tmp) / f"{len(commands)}.txt"
            path.write_text(line + "\n", encoding="utf-8")
            commands.append((f"python -m leakguard ({label})",
                             [py, "-m", "leakguard", "--lines", "--fail-on", "never", str(path)]))
        for label, cmd in commands:  # one untimed run each: file cache, .pyc files
            subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False, env=_COLD_ENV)
        for label, cmd in commands:
            results[label] = run_median(cmd, runs)
    bare = results["python -c pass"]
    rows = [[label, f"{t * 1000:.0f}", f"{t / bare:.1f}×"] for label, t in results.items()]
    title = f"Cold start (median of {runs} subprocess runs, wall clock)"
    head = f"\n### {title}\n" if markdown else f"\n== {title} ==\n"
    return head + common.markdown_table(["command", "ms", "vs python -c pass"], rows), results


# -- peak memory -----------------------------------------------------------------------------------
def memory_child(system: str, every: int) -> None:
    """Run in a fresh process: scan the corpora with one system, print the peak RSS in KiB."""
    texts = [t for ts in corpora_for_memory(every) for t in ts]
    if system != "none":
        systems, _ = speed_systems()
        fn = systems[system]
        for text in texts:
            fn(text)
    print(peak_rss_kib())


def peak_rss_kib() -> int:
    """This process's peak RSS. VmHWM starts afresh at exec; ru_maxrss would keep the parent's peak."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def corpora_for_memory(every: int) -> list[list[str]]:
    return [real_chat(every), contact_dense()]


def peak_memory(names: list[str], every: int, markdown: bool) -> str:
    rows = []
    for name in ["none", *names]:
        out = subprocess.run([sys.executable, __file__, "--memory-child", name, "--chat-every", str(every)],
                             capture_output=True, text=True, check=False)
        try:
            kib = int(out.stdout.strip().splitlines()[-1])
            rows.append([name if name != "none" else "(data loaded, nothing scanned)", f"{kib / 1024:.0f}"])
        except (ValueError, IndexError):
            rows.append([name, "failed: " + out.stderr.strip().splitlines()[-1] if out.stderr.strip() else "failed"])
    title = "Peak memory of a fresh process that scanned the real chat and contact-dense messages"
    head = f"\n### {title}\n" if markdown else f"\n== {title} ==\n"
    return head + common.markdown_table(["system", "peak RSS (MiB)"], rows)


# -- targets ---------------------------------------------------------------------------------------
def targets(results: dict[str, dict[str, list[int]]], cold: dict[str, float] | None) -> str:
    lines = ["\nTargets (issue 2):"]
    chat = results.get("real chat")
    if chat:
        lg, pn = sum(chat["leakguard"]), sum(chat["PhoneNumberMatcher"])
        lines.append(f"- real chat, total time leakguard / PhoneNumberMatcher = {lg / pn:.2f} "
                     f"(target ≤ 1): {'met' if lg <= pn else 'NOT met'}")
    dense = results.get("contact-dense")
    if dense:
        lg, pn = sum(dense["leakguard"]), sum(dense["PhoneNumberMatcher"])
        lines.append(f"- contact-dense, PhoneNumberMatcher / leakguard = {pn / lg:.2f}× "
                     f"(target ≥ 3×): {'met' if pn >= 3 * lg else 'NOT met'}")
    for name in ("real chat", "contact-dense", "through Sudachi"):
        if results.get(name):
            value = p99(results[name]["leakguard"]) / 1000
            lines.append(f"- p99 on {name}: {value:.0f} µs (target < 1000 µs): {'met' if value < 1000 else 'NOT met'}")
    if cold:
        bare = cold["python -c pass"]
        worst = max(v for k, v in cold.items() if k.startswith("python -m leakguard"))
        lines.append(f"- cold start, slowest `python -m leakguard` run / `python -c pass` = {worst / bare:.1f}× "
                     f"(target ≤ 6×): {'met' if worst <= 6 * bare else 'NOT met'}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--markdown", action="store_true", help="Markdown headings, ready for the README")
    ap.add_argument("--passes", type=int, default=3, help="timed passes; each message keeps its best")
    ap.add_argument("--chat-every", type=int, default=4, help="take every Nth real chat line")
    ap.add_argument("--cold-runs", type=int, default=7)
    ap.add_argument("--no-cold", action="store_true")
    ap.add_argument("--no-memory", action="store_true")
    ap.add_argument("--memory-child", help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.memory_child:
        memory_child(args.memory_child, args.chat_every)
        return 0

    started = time.perf_counter()
    systems, missing = speed_systems()
    out = []
    if args.markdown:
        out.append(f"Command: `python benchmarks/speed.py --markdown`  \nMachine: {common.machine_line()}  ")
    out.append("Systems: leakguard.scan (everything, with its policy); PhoneNumberMatcher(text, 'JP') alone; "
               + ", ".join(n for n in systems if n not in ("leakguard", "PhoneNumberMatcher", "leakguard rules only"))
               + f". Best of {args.passes} passes per message, one core, in process.")
    out.extend(f"(baseline skipped: {note})" for note in missing)
    results: dict[str, dict[str, list[int]]] = {}
    texts_by_corpus = corpora(args.chat_every)
    for name, texts in texts_by_corpus.items():
        if not texts:
            out.append(f"\n({name}: no messages)")
            continue
        results[name] = time_all(systems, texts, args.passes)
        out.append(latency_table(name, texts, results[name], args.markdown))
    out.append(stage_table(texts_by_corpus, args.markdown))
    cold = None
    if not args.no_cold:
        table, cold = cold_start(args.cold_runs, args.markdown)
        out.append(table)
    if not args.no_memory:
        out.append(peak_memory(list(systems), args.chat_every, args.markdown))
    out.append(targets(results, cold))
    out.append(f"\n({time.perf_counter() - started:.0f} s)")
    print("\n".join(out))
    return 0


if __name__ == "__main__":
    sys.exit(main())
