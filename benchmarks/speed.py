"""Speed of leakguard side by side with the phone/PII packages it is compared with (issue #15).

    python benchmarks/speed.py [--rounds 2] [--passes 3] [--chat-every 8] [--instructions]
                               [--no-cold] [--cli-messages 100000] [--out benchmarks/results/speed.md]

Every system runs in a worker subprocess of its own interpreter (peers that conflict with the
project's venv live in their own venvs: --peer-venv NAME=PYTHON), reads the same messages from a
file, scans them once untimed, then times each message ``--passes`` times and keeps its best. The
systems take turns, ``--rounds`` times, and each message keeps its best over the rounds: on a
shared machine that is the least disturbed figure. ``--instructions`` also counts the
instructions a system executes per message (valgrind, one pass over a sample, minus a run that
loads everything and scans nothing), which drift neither with load nor with clock speed.

Corpora: (i) real chat: every Nth line of the data/real chat files; (ii) dense marketplace
text: every data/labelled message. Sudachi alone (tokenizing each whole message, the small
dictionary leakguard uses) runs on the dense set. Cold start: ``python -m leakguard`` on a one-line
file next to ``python -c "import regex"``. CLI: ``--jobs 1`` and ``--jobs 2`` on generated JSONL
(bench_cli_scale.py), with the speed-up the CPU seconds allow next to the wall one.
"""
from __future__ import annotations

import argparse
import gc
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
PROJECT_PY = str(ROOT / ".venv" / "bin" / "python") if (ROOT / ".venv").exists() else sys.executable

# system -> (python, how it is set up in the worker); the worker code is below (make_system)
PEER_VENVS = {"fuseji": "/tmp/peer-fuseji/bin/python", "presidio": "/tmp/peer-presidio/bin/python"}
SYSTEMS = ("leakguard", "leakguard (first stage only)", "leakguard without the gate", "PhoneNumberMatcher", "kakushi", "privacy-masker", "fuseji", "presidio")
JAPANESE_PII = ("kakushi", "privacy-masker", "fuseji", "presidio")


# -- worker (runs in the system's own interpreter; stdlib only at import) --------------------------
def make_system(name: str):
    """The per-message call of ``name``, as its README shows it, all categories it has that apply."""
    if name == "leakguard":
        import leakguard

        leakguard.warm_up()
        return leakguard.scan
    if name == "leakguard without the gate":  # the same scan with every message through the pipeline
        import leakguard
        from leakguard.model import Report
        from leakguard.policy import DEFAULT_POLICY
        from leakguard.scanner import find_ungated

        leakguard.warm_up()

        def ungated(text):
            findings = find_ungated(text, DEFAULT_POLICY)
            return Report(findings, *DEFAULT_POLICY.decide(findings), text)

        return ungated
    if name == "leakguard (first stage only)":  # the gate, then every detector on what it passes (precheck.py off)
        import leakguard
        from leakguard.gate import gate_for
        from leakguard.model import Report
        from leakguard.policy import DEFAULT_POLICY
        from leakguard.scanner import find_ungated

        leakguard.warm_up()
        gate = gate_for(DEFAULT_POLICY)

        def first_stage(text):
            if not gate.passes(text):
                return leakguard.scan(text)  # cleared: the same path as leakguard
            findings = find_ungated(text, DEFAULT_POLICY)
            return Report(findings, *DEFAULT_POLICY.decide(findings), text)

        return first_stage
    if name == "PhoneNumberMatcher":
        import phonenumbers

        return lambda text: list(phonenumbers.PhoneNumberMatcher(text, "JP"))
    if name == "kakushi":
        import kakushi

        return lambda text: kakushi.find_all(text, use_ner=False)
    if name == "privacy-masker":
        from privacy_masker import PrivacyEngine
        from privacy_masker.detectors.normalizing import NormalizingDetector
        from privacy_masker.detectors.regex import RegexDetector

        engine = PrivacyEngine([NormalizingDetector(RegexDetector.default_ja())])
        return engine.detect
    if name == "fuseji":
        from fuseji import Masker

        return Masker().detect  # its default recognizers (regex + checksums), no NER
    if name == "presidio":
        # pattern recognizers only (no spaCy model): e-mail and phone numbers for JP
        from presidio_analyzer.predefined_recognizers import EmailRecognizer, PhoneRecognizer

        recognizers = [EmailRecognizer(supported_language="ja"),
                       PhoneRecognizer(supported_language="ja", supported_regions=("JP",))]
        return lambda text: [r.analyze(text, r.supported_entities, None) for r in recognizers]
    if name == "Sudachi":
        import sudachipy

        tokenizer = sudachipy.Dictionary(dict="small").tokenizer(mode=sudachipy.SplitMode.C)  # as leakguard.tokens
        return lambda text: len(tokenizer.tokenize(text))
    raise ValueError(f"unknown system {name!r}")


def worker(name: str, corpus: str, passes: int, count_only: bool) -> None:
    texts = json.loads(Path(corpus).read_text(encoding="utf-8"))
    fn = make_system(name)
    for text in texts:  # untimed: imports, caches, first-use work
        fn(text)
    if count_only:  # under valgrind: one more pass, counted from outside
        # A collection landing in one run and not the other would swing the difference by far more
        # than a change being measured: both runs start from an empty young generation, then none.
        gc.collect()
        gc.disable()
        if passes:
            for text in texts:
                fn(text)
        print(json.dumps({"ok": True}))
        return
    clock = time.perf_counter_ns
    best = [1 << 62] * len(texts)
    for _ in range(passes):
        for i, text in enumerate(texts):
            t0 = clock()
            fn(text)
            dt = clock() - t0
            if dt < best[i]:
                best[i] = dt
    print(json.dumps(best))


# -- parent ----------------------------------------------------------------------------------------
def corpora(every: int) -> dict[str, list[str]]:
    sys.path.insert(0, str(HERE))
    import common

    chat: list[str] = []
    for relpath in common.REAL_CHAT_FILES:
        chat.extend(common.load_real_texts(relpath)[::every])
    dense = [row["text"] for row in common.load_labelled("all")]
    return {"real chat": chat, "dense marketplace": dense}


def python_of(name: str, peers: dict[str, str]) -> str | None:
    python = peers.get(name, PROJECT_PY)
    if not Path(python).exists():
        return None
    probe = {"presidio": "presidio_analyzer", "privacy-masker": "privacy_masker", "PhoneNumberMatcher": "phonenumbers",
             "Sudachi": "sudachipy", "leakguard without the gate": "leakguard",
             "leakguard (first stage only)": "leakguard"}.get(name, name)
    ok = subprocess.run([python, "-c", f"import {probe}"], capture_output=True).returncode == 0
    return python if ok else None


def run_worker(python: str, name: str, path: str, passes: int) -> list[int]:
    out = subprocess.run([python, __file__, "--worker", name, "--corpus", path, "--passes", str(passes)],
                         capture_output=True, text=True, check=False)
    if out.returncode != 0:
        raise RuntimeError(f"{name}: {out.stderr.strip().splitlines()[-1] if out.stderr.strip() else out.returncode}")
    return json.loads(out.stdout.strip().splitlines()[-1])


def instructions(python: str, name: str, path: str) -> float:
    """Instructions per message: valgrind over a run with one counted pass, minus one without."""
    # Both runs alike: no gate cache file (rebuilt in one run only when a source file changed in
    # between, which would count as the other run's messages), one hash seed.
    env = {**os.environ, "LEAKGUARD_CACHE_DIR": "", "PYTHONHASHSEED": "0"}
    counts = []
    for passes in (0, 1):
        with tempfile.NamedTemporaryFile(suffix=".out") as log:
            subprocess.run(["valgrind", "--tool=cachegrind", "--cache-sim=no", f"--cachegrind-out-file={log.name}",
                            python, __file__, "--worker", name, "--corpus", path, "--passes", str(passes), "--count-only"],
                           capture_output=True, text=True, check=True, env=env)
            summary = [line for line in Path(log.name).read_text().splitlines() if line.startswith("summary:")]
            counts.append(int(summary[-1].split()[1]))
    n = len(json.loads(Path(path).read_text(encoding="utf-8")))
    return (counts[1] - counts[0]) / n


def p99(values: list[int]) -> float:
    return statistics.quantiles(values, n=100, method="inclusive")[98] if len(values) > 1 else float(values[0])


def cold_start(runs: int) -> dict[str, float]:
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}  # installed packages have .pyc
    with tempfile.TemporaryDirectory() as tmp:
        line = Path(tmp) / "one.txt"
        line.write_text("了解です、明日の午前中に納品しますね。\n", encoding="utf-8")
        commands = {
            "python -c pass": [PROJECT_PY, "-c", "pass"],
            'python -c "import regex"': [PROJECT_PY, "-c", "import regex"],
            "python -m leakguard one-line.txt": [PROJECT_PY, "-m", "leakguard", "--fail-on", "never", str(line)],
        }
        times: dict[str, list[float]] = {k: [] for k in commands}
        for label, cmd in commands.items():  # untimed: file cache, bytecode
            subprocess.run(cmd, capture_output=True, env=env, check=False)
        for _ in range(runs):  # interleaved, so that load changes hit all three alike
            for label, cmd in commands.items():
                t0 = time.perf_counter()
                subprocess.run(cmd, capture_output=True, env=env, check=False)
                times[label].append(time.perf_counter() - t0)
    return {label: statistics.median(ts) for label, ts in times.items()}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rounds", type=int, default=2, help="turns of all systems; each message keeps its best")
    ap.add_argument("--passes", type=int, default=3, help="timed passes per worker run")
    ap.add_argument("--chat-every", type=int, default=8, help="take every Nth real chat line")
    ap.add_argument("--instructions", action="store_true", help="also count instructions (valgrind)")
    ap.add_argument("--instruction-sample", type=int, default=300, help="messages per corpus under valgrind")
    ap.add_argument("--instruction-systems",
                    default="leakguard,leakguard (first stage only),leakguard without the gate,PhoneNumberMatcher,Sudachi",
                    help="systems counted under valgrind (each run loads the system under it: slow)")
    ap.add_argument("--cold-runs", type=int, default=9)
    ap.add_argument("--no-cold", action="store_true")
    ap.add_argument("--cli-messages", type=int, default=100_000,
                    help="also time the CLI with --jobs 1 and 2 on this many JSONL messages (0: skip)")
    ap.add_argument("--peer-venv", action="append", default=[], metavar="NAME=PYTHON",
                    help="interpreter of a peer's own venv (defaults: " + ", ".join(f"{k}={v}" for k, v in PEER_VENVS.items()) + ")")
    ap.add_argument("--out", help="also write the report (Markdown) here")
    ap.add_argument("--worker", help=argparse.SUPPRESS)
    ap.add_argument("--corpus", help=argparse.SUPPRESS)
    ap.add_argument("--count-only", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.worker:
        worker(args.worker, args.corpus, args.passes, args.count_only)
        return 0

    started = time.perf_counter()
    peers = dict(PEER_VENVS, **dict(item.split("=", 1) for item in args.peer_venv))
    texts = corpora(args.chat_every)
    from common import markdown_table as table  # (importable once corpora() has put HERE on sys.path)

    lines = [f"Command: `python benchmarks/speed.py {' '.join(argv if argv is not None else sys.argv[1:])}`".rstrip() + "  ",
             f"Machine: {os.cpu_count()} cores, Python {sys.version.split()[0]}, load average "
             f"{os.getloadavg()[0]:.1f} at start (shared: wall times are inflated alike for all systems; "
             f"best of {args.passes} passes × {args.rounds} rounds per message).", ""]
    available: dict[str, str] = {}
    for name in (*SYSTEMS, "Sudachi"):
        python = python_of(name, peers)
        if python is None:
            lines.append(f"- {name}: not measured (not installed{' in ' + peers[name] if name in peers else ''})")
        else:
            available[name] = python
    results: dict[str, dict[str, list[int]]] = {}
    counted: dict[str, dict[str, float]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        for corpus, msgs in texts.items():
            path = str(Path(tmp) / f"{len(results)}.json")
            Path(path).write_text(json.dumps(msgs, ensure_ascii=False), encoding="utf-8")
            names = [n for n in available if n != "Sudachi" or corpus == "dense marketplace"]
            best: dict[str, list[int]] = {}
            for _ in range(args.rounds):
                for name in names:
                    try:
                        times = run_worker(available[name], name, path, args.passes)
                    except RuntimeError as exc:
                        lines.append(f"- {name} failed on {corpus}: {exc}")
                        continue
                    best[name] = times if name not in best else [min(a, b) for a, b in zip(best[name], times)]
            results[corpus] = best
            if args.instructions:
                sample = str(Path(tmp) / f"{len(results)}-sample.json")
                step = max(1, len(msgs) // args.instruction_sample)
                Path(sample).write_text(json.dumps(msgs[::step], ensure_ascii=False), encoding="utf-8")
                counted[corpus] = {name: instructions(available[name], name, sample) for name in best
                                   if name in args.instruction_systems.split(",")}
    for corpus, best in results.items():
        msgs = texts[corpus]
        pn = best.get("PhoneNumberMatcher")
        nbytes = sum(len(t.encode("utf-8")) for t in msgs)
        lines.append(f"\n### {corpus}: {len(msgs)} messages, mean {sum(map(len, msgs)) / len(msgs):.0f} chars")
        header = ["system", "mean µs/msg", "median µs", "p99 µs", "MB/s", "× PhoneNumberMatcher"]
        if corpus in counted:
            header.append(f"instructions/msg (k, sample of {len(msgs[::max(1, len(msgs) // args.instruction_sample)])})")
        rows = []
        for name, times in sorted(best.items(), key=lambda kv: sum(kv[1])):
            mean = sum(times) / len(times)
            row = [name, f"{mean / 1000:.1f}", f"{statistics.median(times) / 1000:.1f}", f"{p99(times) / 1000:.0f}",
                   f"{nbytes / sum(times) * 1e3:.2f}", f"{sum(times) / sum(pn):.2f}" if pn else "—"]
            if corpus in counted:
                row.append(f"{counted[corpus][name] / 1000:.0f}" if name in counted[corpus] else "—")
            rows.append(row)
        lines.append(table(header, rows))
    cold = None if args.no_cold else cold_start(args.cold_runs)
    if cold:
        lines.append(f"\n### Cold start (median of {args.cold_runs} interleaved runs)")
        base = cold['python -c "import regex"']
        lines.append(table(["command", "ms", '× python -c "import regex"'],
                           [[k, f"{v * 1000:.0f}", f"{v / base:.1f}"] for k, v in cold.items()]))
    scale = None
    if args.cli_messages:
        scale_load = os.getloadavg()[0]
        scale = (args.cli_messages, cli_scale(args.cli_messages))
        lines.append(f"\n### CLI on {args.cli_messages:,} generated JSONL messages (benchmarks/bench_cli_scale.py; "
                     f"load average {scale_load:.1f})")
        lines.append(table(["--jobs", "wall s", "CPU s: CLI / workers", "wall s the CPU seconds allow on free cores"],
                           [[str(j), f"{r['wall']:.1f}",
                             f"{r['cpu_main']:.1f} / {' + '.join(f'{c:.1f}' for c in r['cpu_workers']) or '-'}",
                             f"{cpu_bound(r):.1f}"] for j, r in scale[1].items()]))
    lines.append("\n### Targets (issue #15)")
    lines.extend(targets(results, counted, cold, scale, scale_load if scale else 0.0))
    lines.append(f"\n({time.perf_counter() - started:.0f} s)")
    report = "\n".join(lines)
    print(report)
    if args.out:
        Path(args.out).write_text(report + "\n", encoding="utf-8")
    return 0


def targets(results, counted, cold, scale=None, scale_load=0.0) -> list[str]:
    out = []
    chat = results.get("real chat", {})
    for corpus, best in results.items():
        if "leakguard" in best and "leakguard without the gate" in best:
            gain = sum(best["leakguard without the gate"]) / sum(best["leakguard"])
            out.append(f"- {corpus}: the gate makes leakguard {gain:.2f}× as fast (same run, same findings)")
        if "leakguard" in best and "leakguard (first stage only)" in best:
            gain = sum(best["leakguard (first stage only)"]) / sum(best["leakguard"])
            out.append(f"- {corpus}: its second stage (precheck.py) makes leakguard {gain:.2f}× as fast as the "
                       "first stage alone (same run, same findings)")
    if "leakguard" in chat and "PhoneNumberMatcher" in chat:
        lg = sum(chat["leakguard"])
        ratio = lg / sum(chat["PhoneNumberMatcher"])
        out.append(f"- real chat, leakguard / PhoneNumberMatcher time = {ratio:.2f} (target ≤ 1.0): "
                   f"{'met' if ratio <= 1.0 else 'NOT met'}")
        if "real chat" in counted:
            c = counted["real chat"]
            out.append(f"  - by instructions: {c['leakguard'] / c['PhoneNumberMatcher']:.2f}")
        slower = [n for n in JAPANESE_PII if n in chat and sum(chat[n]) <= lg]
        measured = [n for n in JAPANESE_PII if n in chat]
        out.append(f"- real chat, faster than every Japanese PII package measured ({', '.join(measured)}): "
                   f"{'met' if not slower else 'NOT met (slower than ' + ', '.join(slower) + ')'}")
    dense = results.get("dense marketplace", {})
    if "leakguard" in dense and "Sudachi" in dense:
        ratio = sum(dense["leakguard"]) / sum(dense["Sudachi"])
        out.append(f"- dense text, leakguard / Sudachi tokenizing the whole messages = {ratio:.2f} (target ≤ 1.5): "
                   f"{'met' if ratio <= 1.5 else 'NOT met'}")
        if "dense marketplace" in counted:
            c = counted["dense marketplace"]
            out.append(f"  - by instructions: {c['leakguard'] / c['Sudachi']:.2f}")
    if "leakguard" in dense:
        value = p99(dense["leakguard"]) / 1000
        out.append(f"- dense text p99 = {value:.0f} µs (target ≤ 1000): {'met' if value <= 1000 else 'NOT met'}")
    if cold:
        ratio = cold["python -m leakguard one-line.txt"] / cold['python -c "import regex"']
        out.append(f"- cold start, python -m leakguard / python -c \"import regex\" = {ratio:.1f} (target ≤ 4): "
                   f"{'met' if ratio <= 4 else 'NOT met'}")
    if scale:
        n, runs = scale
        wall = runs[1]["wall"] / runs[2]["wall"]
        cpu = cpu_bound(runs[1]) / cpu_bound(runs[2])
        out.append(f"- CLI --jobs 2 vs --jobs 1 on {n:,} JSONL messages (target ≥ 1.9 on 1,000,000): {wall:.2f}× by wall "
                   f"time ({'met' if wall >= 1.9 else 'NOT met'}, load average {scale_load:.1f}); the CPU seconds of "
                   f"the same runs allow {cpu:.2f}× on 2 free cores ({runs[1]['cpu_main']:.1f} s in one process; "
                   f"{runs[2]['cpu_main']:.1f} s in the reading process + "
                   f"{' + '.join(f'{c:.1f}' for c in runs[2]['cpu_workers'])} s in the workers)")
    else:
        out.append("- CLI --jobs 2 vs --jobs 1: not run here (--cli-messages N, or benchmarks/bench_cli_scale.py --sizes 1000000)")
    return out


def cpu_bound(run: dict) -> float:
    """The shortest wall time a CLI run's CPU seconds allow on free cores (bench_cli_scale.py)."""
    cpus = [run["cpu_main"], *run["cpu_workers"]]
    return max(max(cpus), sum(cpus) / (os.cpu_count() or 1))


def cli_scale(n: int) -> dict[int, dict]:
    """``python -m leakguard --jobs 1`` and ``--jobs 2`` on ``n`` generated JSONL messages."""
    sys.path.insert(0, str(HERE))
    import bench_cli_scale

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "chat.jsonl"
        bench_cli_scale.generate(path, n)
        return {jobs: bench_cli_scale.run(path, jobs) for jobs in (1, 2)}


if __name__ == "__main__":
    sys.exit(main())
