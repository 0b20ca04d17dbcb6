"""The CLI on a big JSONL chat export: wall time, CPU time and peak memory for --jobs 1 and --jobs 2.

    python benchmarks/bench_cli_scale.py                      # 20,000 and 200,000 messages
    python benchmarks/bench_cli_scale.py --sizes 1000000 --out benchmarks/results/cli_scale.md
                                                              # issue #15's 1M run (~4-8 min on free cores)
    python benchmarks/bench_cli_scale.py --sizes 0 --html 60000   # size of the --format html page

Generates fictional short marketplace messages (~12 % with a contact detail or payment request)
into a temporary folder, runs ``python -m leakguard --format jsonl --quiet --jobs N`` on it with
stdout to a file (its SHA-256 must be the same for every --jobs), and samples the RSS and CPU time
of the CLI process and of its workers from /proc every 50 ms, and the 1-minute load average.
Flat memory means the peak does not grow with the number of messages.
"CPU-bound" is the speed-up the CPU seconds allow on free cores (max of the busiest process and
all CPU seconds over the cores): on a shared machine the wall-time speed-up shows the load instead.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

PLAIN = [
    "はじめまして、ご依頼内容を拝見しました。", "納期は{d}日ほどで、お見積りは{p}円になります。",
    "修正は{n}回まで無料で対応いたします。", "本日中にラフ案をお送りします。", "ありがとうございます、確認しました！",
    "仕様書の{n}ページ目について質問があります。", "注文番号 {o} の件、承知いたしました。",
    "〒150-0001 の住所あてに郵送も可能です。", "よろしくお願いいたします。", "明日の{h}時ごろにご連絡します。",
]
LEAKY = [
    "お急ぎの場合は090-{a}-{b}までお電話ください。", "メールはtaro{n}@gmail.comでも大丈夫です。",
    "LINEのIDはyamada_{n}です、追加してください。", "手数料がもったいないので直接銀行振込でお願いできますか",
    "ぜろきゅうぜろ いちにさんよん {a} までどうぞ", "チャットワークで続きをやりとりしましょう",
]


def generate(path: Path, n: int, seed: int = 7) -> int:
    rng = random.Random(seed)
    with path.open("w", encoding="utf-8") as out:
        for i in range(n):
            pool = LEAKY if rng.random() < 0.12 else PLAIN
            text = rng.choice(pool).format(d=rng.randint(2, 30), p=f"{rng.randint(1, 300) * 1000:,}",
                                           n=rng.randint(1, 999), o=rng.randint(10**9, 10**10 - 1),
                                           h=rng.randint(9, 20), a=f"{rng.randint(1000, 9999)}",
                                           b=f"{rng.randint(1000, 9999)}")
            out.write(json.dumps({"id": f"m{i}", "room": f"r{i % 5000}", "text": text}, ensure_ascii=False) + "\n")
    return path.stat().st_size


def _rss_kib(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/status") as handle:
            for line in handle:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


_TICK = os.sysconf("SC_CLK_TCK")


def _cpu_s(pid: int) -> float | None:
    try:
        with open(f"/proc/{pid}/stat") as handle:
            fields = handle.read().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / _TICK  # utime + stime
    except (OSError, IndexError, ValueError):
        return None


def _waited_s(pid: int) -> float | None:
    """Seconds the process was runnable but waited for a core (/proc/PID/schedstat): the load's toll."""
    try:
        with open(f"/proc/{pid}/schedstat") as handle:
            return int(handle.read().split()[1]) / 1e9
    except (OSError, IndexError, ValueError):
        return None


def _children(pid: int) -> list[int]:
    found = []
    try:
        for task in os.listdir(f"/proc/{pid}/task"):
            with open(f"/proc/{pid}/task/{task}/children") as handle:
                found.extend(int(c) for c in handle.read().split())
    except OSError:
        pass
    return found


def run(path: Path, jobs: int) -> dict:
    cmd = [sys.executable, "-m", "leakguard", "--format", "jsonl", "--fail-on", "never", "--quiet",
           "--id-field", "id", "--jobs", str(jobs), str(path)]
    peak_main = peak_total = 0
    samples = []
    loads = []
    cpu: dict[int, float] = {}  # last CPU seconds seen per process
    waited: dict[int, float] = {}  # last run-queue wait seen per process
    output = path.with_suffix(f".out{jobs}")
    start = time.perf_counter()
    with output.open("wb") as out:
        proc = subprocess.Popen(cmd, stdout=out, stderr=subprocess.PIPE)
    done = threading.Event()

    def sample():
        nonlocal peak_main, peak_total
        while not done.wait(0.05):
            if len(samples) % 20 == 0:
                loads.append(os.getloadavg()[0])
            main = _rss_kib(proc.pid)
            children = _children(proc.pid)
            total = main + sum(_rss_kib(c) for c in children)
            for pid in (proc.pid, *children):
                used = _cpu_s(pid)
                if used is not None:
                    cpu[pid] = used
                wait = _waited_s(pid)
                if wait is not None:
                    waited[pid] = wait
            peak_main, peak_total = max(peak_main, main), max(peak_total, total)
            samples.append(main)

    thread = threading.Thread(target=sample, daemon=True)
    thread.start()
    _, err = proc.communicate()
    wall = time.perf_counter() - start
    done.set()
    thread.join()
    if proc.returncode != 0:
        raise SystemExit(f"leakguard failed ({proc.returncode}): {err.decode(errors='replace')[-500:]}")
    # Memory growth: the CLI process's RSS in the last tenth of the run vs. at 20 % of it.
    early = samples[len(samples) // 5] if samples else 0
    late = max(samples[-max(1, len(samples) // 10):]) if samples else 0
    main_cpu = cpu.pop(proc.pid, 0.0)
    workers = sorted(cpu.values(), reverse=True)
    waits = [waited.pop(proc.pid, 0.0), *sorted(waited.values(), reverse=True)]
    with output.open("rb") as handle:
        digest = hashlib.file_digest(handle, "sha256").hexdigest()[:12]
    output.unlink()
    return {"wall": wall, "peak_main": peak_main, "peak_total": peak_total, "early": early, "late": late,
            "cpu_main": main_cpu, "cpu_workers": workers, "sha256": digest, "waits": waits,
            "load": sum(loads) / len(loads) if loads else os.getloadavg()[0]}


def html_page(path: Path, n: int, all_messages: bool) -> None:
    """``--format html`` on the export: page size and cards shown (issue #16: 36 MB at 60,000 before the cap)."""
    cmd = [sys.executable, "-m", "leakguard", "--format", "html", "--fail-on", "never", "--quiet", "--jobs", "2",
           *(["--all"] if all_messages else []), str(path)]
    start = time.perf_counter()
    proc = subprocess.run(cmd, capture_output=True)
    wall = time.perf_counter() - start
    if proc.returncode != 0:
        raise SystemExit(f"leakguard failed ({proc.returncode}): {proc.stderr.decode(errors='replace')[-500:]}")
    page = proc.stdout
    cards = page.count(b"<article ")
    print(f"html {n:>10,} messages{' (--all)' if all_messages else '':<8} {len(page) / 1e6:>6.2f} MB page, "
          f"{cards:,} cards, {wall:.1f} s", flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="20000,200000", help="comma-separated message counts")
    parser.add_argument("--jobs", default="1,2", help="comma-separated --jobs values")
    parser.add_argument("--html", default="", help="comma-separated message counts to render with --format html")
    parser.add_argument("--out", default=None, help="also write the table as Markdown to this file")
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",") if int(s)]
    jobs_list = [int(j) for j in args.jobs.split(",")]
    began = time.perf_counter()
    head = f"python {sys.version.split()[0]}, {os.cpu_count()} cores, load average {os.getloadavg()[0]:.1f} at start"
    print(head)
    rows = []
    if sizes:
        print(f"{'messages':>10} {'MB':>6} {'jobs':>4} {'wall s':>7} {'msg/s':>8} {'speed-up':>8} {'CPU-bound':>9} "
              f"{'load':>5} {'CLI peak MiB':>12} {'CLI 20%->end MiB':>16} {'all procs MiB':>13} {'output':>12}"
              f"  CPU s: CLI / workers")
    with tempfile.TemporaryDirectory() as tmp:
        for n in sizes:
            path = Path(tmp) / f"chat-{n}.jsonl"
            size = generate(path, n)
            base = base_cpu = None
            for jobs in jobs_list:
                r = run(path, jobs)
                base = base or r["wall"]
                # On a shared machine wall time shows the load; the CPU seconds each process used
                # give the speed-up the same run would have on free cores: the wall time can be no
                # shorter than the busiest process, nor than all CPU seconds spread over the cores.
                cpus = [r["cpu_main"], *r["cpu_workers"]]
                bound = max(max(cpus), sum(cpus) / (os.cpu_count() or 1))
                base_cpu = base_cpu or bound
                cpu_text = f"{r['cpu_main']:.1f} / {' + '.join(f'{c:.1f}' for c in r['cpu_workers']) or '-'}"
                wait_text = f"{r['waits'][0]:.1f} / {' + '.join(f'{w:.1f}' for w in r['waits'][1:]) or '-'}"
                print(f"{n:>10,} {size / 1e6:>6.1f} {jobs:>4} {r['wall']:>7.1f} {n / r['wall']:>8,.0f} "
                      f"{base / r['wall']:>7.2f}x {base_cpu / bound:>8.2f}x {r['load']:>5.1f} "
                      f"{r['peak_main'] / 1024:>12.0f} {r['early'] / 1024:>7.0f} -> {r['late'] / 1024:<6.0f} "
                      f"{r['peak_total'] / 1024:>13.0f} {r['sha256']:>12}  {cpu_text}  (waited for a core: "
                      f"{wait_text})", flush=True)
                rows.append(f"| {n:,} | {size / 1e6:.0f} | {jobs} | {r['wall']:.1f} | {base / r['wall']:.2f}x | "
                            f"{cpu_text} | {wait_text} | {bound:.1f} | {base_cpu / bound:.2f}x | {r['load']:.1f} | "
                            f"{r['peak_main'] / 1024:.0f} / {r['peak_total'] / 1024:.0f} | {r['sha256']} |")
            path.unlink()
        for n in (int(s) for s in args.html.split(",") if s):
            path = Path(tmp) / f"chat-{n}.jsonl"
            generate(path, n)
            html_page(path, n, all_messages=False)
            html_page(path, n, all_messages=True)
            path.unlink()
    if args.out and rows:
        command = "python benchmarks/bench_cli_scale.py " + " ".join(sys.argv[1:])
        Path(args.out).write_text(
            f"Command: `{command}`  \n{head}; {time.perf_counter() - began:.0f} s in all.\n\n"
            "| messages | MB | --jobs | wall s | wall speed-up | CPU s: CLI / workers | s runnable but waiting "
            "for a core: CLI / workers | wall s the CPU seconds allow on free cores | CPU-bound speed-up | "
            "load average (mean, 1 min) | peak MiB: CLI / all processes | output SHA-256 |\n"
            "|---|---|---|---|---|---|---|---|---|---|---|---|\n" + "\n".join(rows) + "\n",
            encoding="utf-8")


if __name__ == "__main__":
    main()
