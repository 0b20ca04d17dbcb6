"""Whole-file scanning: peak memory and time of ``python -m leakguard FILE`` on long text files.

    python benchmarks/bench_longfile.py                    # 20 MB single line, 4.5 MB multi-line
    python benchmarks/bench_longfile.py --sizes-mb 1,5     # single-line files of other sizes too
    python benchmarks/bench_longfile.py --src /tmp/old/src # the same files through another checkout
    python benchmarks/bench_longfile.py --formats sarif,html,mask   # other writers (mask: --mask FILE)

Generates into a temporary folder (1) a single line of realistic chat: real chat lines from
data/real joined by spaces, with about 3 % fictional messages holding phone numbers, e-mail
addresses, LINE IDs or payment requests (data/labelled), and (2) the same mix one message a line.
Each file is scanned as one message by ``python -m leakguard FILE`` (the text report, no ``--lines``;
``--formats`` adds JSONL, SARIF, HTML and a masked copy) in a subprocess, stdout to a file.
Peak RSS is measured two ways: the kernel's high-water mark of the CLI process and its waited-for
workers (``os.wait4`` rusage; the largest single process), and the sum over the process tree,
sampled from /proc every 50 ms. Writes the table to benchmarks/results/longfile.md as well.
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import random
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_cli_scale import _rss_kib  # noqa: E402
from common import REAL_CHAT_FILES, ROOT, load_labelled, load_real_texts  # noqa: E402

RESULTS = Path(__file__).resolve().parent / "results" / "longfile.md"
LEAK_SHARE = 0.03
_IDENTIFIER_CATEGORIES = {"phone_number", "email_address", "line_id", "off_platform_payment"}


def _messages(seed: int):
    """An endless, reproducible stream of chat messages, ~3 % holding an identifier or payment request."""
    chat = [t for path in REAL_CHAT_FILES for t in load_real_texts(path) if t.strip()]
    leaks = [row["text"] for row in load_labelled("all")
             if any(label["category"] in _IDENTIFIER_CATEGORIES for label in row.get("labels", []))]
    rng = random.Random(seed)
    while True:
        yield rng.choice(leaks if rng.random() < LEAK_SHARE else chat)


def generate(path: Path, megabytes: float, *, single_line: bool, seed: int = 12) -> int:
    target = int(megabytes * 1_000_000)
    written = 0
    with path.open("w", encoding="utf-8", newline="\n") as out:
        for text in _messages(seed):
            if single_line:
                text = " ".join(text.split())
            piece = text + (" " if single_line else "\n")
            out.write(piece)
            written += len(piece.encode("utf-8"))
            if written >= target:
                break
    return path.stat().st_size


def _descendants(pid: int) -> list[int]:
    found, todo = [], [pid]
    while todo:
        parent = todo.pop()
        try:
            for task in os.listdir(f"/proc/{parent}/task"):
                with open(f"/proc/{parent}/task/{task}/children") as handle:
                    kids = [int(c) for c in handle.read().split()]
                found.extend(kids)
                todo.extend(kids)
        except OSError:
            pass
    return found


def run(path: Path, out_path: Path, jobs: int | None, src: str | None, fmt: str = "text") -> dict:
    cmd = [sys.executable, "-m", "leakguard", "--fail-on", "never", "--quiet", str(path)]
    if jobs is not None:
        cmd[3:3] = ["--jobs", str(jobs)]
    if fmt == "mask":  # the text report, and a masked copy beside the report
        cmd[3:3] = ["--mask", str(out_path.with_suffix(".masked.txt"))]
    elif fmt != "text":
        cmd[3:3] = ["--format", fmt]
    env = dict(os.environ)
    env["PYTHONPATH"] = src or str(ROOT / "src")
    peak_tree = 0
    with open(out_path, "wb") as out, tempfile.TemporaryFile() as err:
        start = time.perf_counter()
        proc = subprocess.Popen(cmd, stdout=out, stderr=err, env=env)
        done = threading.Event()

        def sample():
            nonlocal peak_tree
            while not done.wait(0.05):
                total = sum(_rss_kib(p) for p in (proc.pid, *_descendants(proc.pid)))
                peak_tree = max(peak_tree, total)

        thread = threading.Thread(target=sample, daemon=True)
        thread.start()
        _, status, usage = os.wait4(proc.pid, 0)
        wall = time.perf_counter() - start
        proc.returncode = os.waitstatus_to_exitcode(status)
        done.set()
        thread.join()
        if proc.returncode != 0:
            err.seek(0)
            raise SystemExit(f"leakguard failed ({proc.returncode}): {err.read().decode(errors='replace')[-800:]}")
    findings = _count_findings(out_path, fmt)
    out_path.with_suffix(".masked.txt").unlink(missing_ok=True)
    return {"wall": wall, "peak_kernel": usage.ru_maxrss, "peak_tree": peak_tree, "findings": findings,
            "cpu": usage.ru_utime + usage.ru_stime}


def _count_findings(out_path: Path, fmt: str) -> int | None:
    with open(out_path, encoding="utf-8", errors="replace") as fh:
        if fmt in ("text", "mask"):
            return sum(line.startswith("  [") for line in fh)  # the text report: one line a finding
        if fmt == "jsonl":
            return sum(len(json.loads(line)["findings"]) for line in fh if line.strip())
        if fmt == "sarif":
            return sum(line.startswith('{"ruleId"') for line in fh)  # streamed: one result a line
    return None  # html shows at most 50 findings a message


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes-mb", default="20", help="single-line file sizes in MB (comma-separated)")
    parser.add_argument("--multiline-mb", type=float, default=4.5, help="the multi-line file's size (0: none)")
    parser.add_argument("--jobs", default="default", help="comma-separated --jobs values; default: the CLI's own")
    parser.add_argument("--formats", default="text",
                        help="comma-separated report formats: text, jsonl, sarif, html, mask (--mask FILE)")
    parser.add_argument("--src", default=None, help="run the CLI from this src folder (e.g. an older checkout)")
    parser.add_argument("--no-write", action="store_true", help=f"do not write {RESULTS.relative_to(ROOT)}")
    args = parser.parse_args()
    jobs_list = [None if j == "default" else int(j) for j in args.jobs.split(",")]
    files = [(float(s), True) for s in args.sizes_mb.split(",") if s]
    if args.multiline_mb:
        files.append((args.multiline_mb, False))

    head = (f"python {platform.python_version()}, {os.cpu_count()} cores, "
            f"leakguard from {args.src or 'src/'}, {time.strftime('%Y-%m-%d')}")
    formats = [f for f in args.formats.split(",") if f]
    rows = ["| file | MB | chars | jobs | output | seconds | MB/s | peak RSS, largest process (MiB) "
            "| peak RSS, all processes (MiB) | CPU s | findings |",
            "|---|---:|---:|---|---|---:|---:|---:|---:|---:|---:|"]
    print(head)
    print("\n".join(rows), flush=True)
    with tempfile.TemporaryDirectory() as tmp:
        for megabytes, single in files:
            path = Path(tmp) / f"{'line' if single else 'lines'}-{megabytes:g}MB.txt"
            size = generate(path, megabytes, single_line=single)
            with open(path, encoding="utf-8") as fh:
                chars = sum(len(block) for block in iter(lambda: fh.read(1 << 20), ""))
            kind = "single line" if single else "multi-line"
            for jobs in jobs_list:
                for fmt in formats:
                    r = run(path, Path(tmp) / "report.txt", jobs, args.src, fmt)
                    found = "–" if r["findings"] is None else f"{r['findings']:,}"
                    row = (f"| {kind} | {size / 1e6:.1f} | {chars:,} | {'default' if jobs is None else jobs} "
                           f"| {fmt} | {r['wall']:.1f} | {size / 1e6 / r['wall']:.2f} | {r['peak_kernel'] / 1024:.0f} "
                           f"| {r['peak_tree'] / 1024:.0f} | {r['cpu']:.1f} | {found} |")
                    rows.append(row)
                    print(row, flush=True)
            path.unlink()
    if not args.no_write:
        RESULTS.parent.mkdir(parents=True, exist_ok=True)
        command = "python benchmarks/bench_longfile.py " + " ".join(sys.argv[1:])
        RESULTS.write_text(f"# Whole-file scanning (bench_longfile.py)\n\n`{command.strip()}` — {head}\n\n"
                           + "\n".join(rows) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
