"""Linearity on hostile input: does doubling a crafted message no more than double the scan time?

Each case builds 100,000 and 200,000 characters of one kind of hostile text (digits and
separators, ``@``, letters and dots, kana digit words, digits between zero-width spaces, ...),
times ``leakguard.scan`` on it (process CPU time, best of 3) and prints the ratio 200k/100k (linear: ~2; limit ~2.2)
and the ratio to ordinary chat text of the same length (limit ~30×). Deterministic input (fixed
seeds); a case whose 100k scan takes longer than ``--give-up`` seconds is reported and not doubled.

    python benchmarks/hostile.py [--markdown] [--only NAME] [--profile NAME]
"""
from __future__ import annotations

import argparse
import gc
import random
import signal
import sys
import time
from pathlib import Path
from typing import Callable

sys.path.insert(0, str(Path(__file__).resolve().parent))
import common  # noqa: E402

SIZES = (100_000, 200_000)
LINEAR_LIMIT = 2.2
CHAT_LIMIT = 30.0
ONE_RUN_ENOUGH = 1.0  # seconds: a scan this slow is timed once, not best of 3


def _cycle(unit: str) -> Callable[[int], str]:
    return lambda n: (unit * (n // len(unit) + 1))[:n]


def _random(alphabet: str, seed: int) -> Callable[[int], str]:
    def make(n: int) -> str:
        rng = random.Random(seed)
        return "".join(rng.choice(alphabet) for _ in range(n))

    return make


def _random_words(words: tuple[str, ...], seed: int, sep: str = "") -> Callable[[int], str]:
    def make(n: int) -> str:
        rng = random.Random(seed)
        out, size = [], 0
        while size < n:
            w = rng.choice(words) + sep
            out.append(w)
            size += len(w)
        return "".join(out)[:n]

    return make


KANA_DIGITS = ("ぜろ", "いち", "に", "さん", "よん", "ご", "ろく", "なな", "はち", "きゅう", "まる", "れい")
PAYMENT_WORDS = ("直接取引", "銀行振込", "PayPay", "手数料なし", "口座", "振り込み", "現金手渡し", "サイト外で", "仮払いなしで")

# name -> builder(n) -> text of n characters
CASES: dict[str, Callable[[int], str]] = {
    "digits and separators": _random("0123456789-- .()ー", 1),
    "digits only": _random("0123456789", 2),
    "phone-shaped groups": _cycle("090-1234-5678 "),
    "@ only": _cycle("@"),
    "letters and dots, no spaces": _random("abcdefghijklmnopqrstuvwxyz.", 3),
    "a@a.a.a.a…": lambda n: ("a@" + "a." * n)[:n],
    "@a@a@a…": _cycle("@a"),
    "local part then @ repeated": _cycle("taro.yamada_77@"),
    "spelled at/dot words": _cycle("taro アットマーク gmail ドット "),
    "kana digit words": _random_words(KANA_DIGITS, 4),
    "kana digit words, spaced": _random_words(KANA_DIGITS, 5, " "),
    "kanji digits": _random("〇一二三四五六七八九ー", 6),
    "digits between zero-width spaces": _random_words(tuple("0123456789"), 7, "\u200b"),
    "digits between emoji": _random_words(tuple("0123456789"), 8, "📞"),
    "digits and の": _random_words(tuple("0123456789"), 9, "の"),
    "look-alike digits O, l, I, pipe": _random("0123456789Ol|I -", 10),
    "circled digits": _random("⓪①②③④⑤⑥⑦⑧⑨ー", 11),
    "full-width digits and ＠．": _random("０１２３４５６７８９＠．ａｂｃ－", 12),
    "ｌｉｎｅ repeated": _cycle("ｌｉｎｅ"),
    "LINE ID: repeated": _cycle("LINE ID:"),
    "payment keywords repeated": _random_words(PAYMENT_WORDS, 13),
    "gmailの repeated": _cycle("gmailのabc"),
    "+81 repeated": _cycle("+81 90 "),
    "tel: repeated": _cycle("tel:0"),
    "one long URL": lambda n: ("https://example.jp/" + "a1/" * n)[:n],
    "line breaks between digits": _random_words(tuple("0123456789"), 14, "\n"),
    "★を@に repeated": _cycle("a★bを@に"),
}


def chat_text(n: int) -> str:
    """Ordinary chat of n characters: real chat lines, one after another, as one long message."""
    lines = common.load_real_texts(common.REAL_CHAT_FILES[0])
    out, size = [], 0
    for line in lines:
        out.append(line)
        size += len(line) + 1
        if size >= n:
            break
    return "\n".join(out)[:n]


class GaveUp(Exception):
    pass


def _alarm(signum, frame):
    raise GaveUp


def best_of(text: str, repeats: int, give_up: float) -> float:
    """Best wall time of ``repeats`` scans; a scan still running after ``give_up`` s is interrupted
    (SIGALRM) and reported as ``inf``, so one quadratic detector cannot hold the run for an hour."""
    import leakguard

    best = float("inf")
    old = signal.signal(signal.SIGALRM, _alarm)
    try:
        for _ in range(repeats):
            gc.collect()
            t0 = time.process_time()  # CPU time: other processes on a shared machine do not count
            signal.setitimer(signal.ITIMER_REAL, give_up)
            try:
                leakguard.scan(text)
            except GaveUp:
                return float("inf")
            finally:
                signal.setitimer(signal.ITIMER_REAL, 0)
            elapsed = time.process_time() - t0
            best = min(best, elapsed)
            if elapsed > ONE_RUN_ENOUGH:
                break  # slow enough that noise does not matter; keeps the whole run within minutes
    finally:
        signal.signal(signal.SIGALRM, old)
    return best


def run(cases: dict[str, Callable[[int], str]], repeats: int, give_up: float) -> list[dict]:
    import leakguard

    leakguard.scan("ウォームアップ 090-1234-5678 taro@gmail.com ラインで")  # imports, dictionaries
    chat = {n: best_of(chat_text(n), repeats, give_up) for n in SIZES}
    results = [{"name": "ordinary chat (reference)", "t": chat, "ratio": chat[SIZES[1]] / chat[SIZES[0]],
                "vs_chat": 1.0, "note": ""}]
    for name, make in cases.items():
        times: dict[int, float] = {}
        note = ""
        for n in SIZES:
            text = make(n)
            assert len(text) == n, (name, len(text))
            times[n] = best_of(text, repeats, give_up)
            if times[n] == float("inf"):
                del times[n]
                note = f"gave up: still running after {give_up:.0f} s on {n:,} chars"
                break
        print(f"  {name}: " + (", ".join(f"{n:,} chars {t:.2f} s" for n, t in times.items()) or note),
              file=sys.stderr)
        doubled = times.get(SIZES[1])
        results.append({
            "name": name,
            "t": times,
            "ratio": None if doubled is None else doubled / times[SIZES[0]],
            "vs_chat": max((times[n] / chat[n] for n in times), default=float("inf")),
            "note": note,
        })
    return results


def verdict(r: dict) -> str:
    if r["note"]:
        return "TOO SLOW"
    ok_linear = r["ratio"] is not None and r["ratio"] <= LINEAR_LIMIT
    ok_chat = r["vs_chat"] <= CHAT_LIMIT
    return "ok" if ok_linear and ok_chat else ("SUPER-LINEAR" if not ok_linear else "SLOW")


def report(results: list[dict]) -> str:
    rows = []
    for r in results:
        t100 = r["t"].get(SIZES[0])
        t200 = r["t"].get(SIZES[1])
        rows.append([
            r["name"],
            f"{t100 * 1000:.1f}" if t100 is not None else "—",
            f"{t200 * 1000:.1f}" if t200 is not None else "—",
            common.fmt(r["ratio"], 2),
            f"{r['vs_chat']:.2f}×",
            verdict(r) if r["name"] != "ordinary chat (reference)" else "",
        ])
    header = ["input", "100k chars (ms)", "200k chars (ms)", "200k/100k", "vs chat", "verdict"]
    text = common.markdown_table(header, rows)
    notes = [f"- {r['name']}: {r['note']}" for r in results if r["note"]]
    limits = (f"\nLimits: 200k/100k ≤ {LINEAR_LIMIT}, vs chat ≤ {CHAT_LIMIT:.0f}× "
              f"(time of the slower size over ordinary chat of the same length). CPU time, best of 3; "
              f"{common.machine_line()}.")
    return text + ("\n" + "\n".join(notes) if notes else "") + limits


def profile(name: str, size: int) -> None:
    import cProfile
    import pstats

    import leakguard

    text = CASES[name](size)
    leakguard.scan("warm 090-1234-5678")
    prof = cProfile.Profile()
    prof.enable()
    leakguard.scan(text)
    prof.disable()
    pstats.Stats(prof).sort_stats("cumulative").print_stats(25)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--only", action="append", help="run only this case (repeatable)")
    ap.add_argument("--repeats", type=int, default=3)
    ap.add_argument("--give-up", type=float, default=10.0,
                    help="seconds; a scan still running then is interrupted and the case reported TOO SLOW")
    ap.add_argument("--profile", metavar="NAME", help="cProfile one case at 100k and exit")
    ap.add_argument("--markdown", action="store_true", help="(output is always a Markdown table)")
    args = ap.parse_args(argv)
    if args.profile:
        profile(args.profile, SIZES[0])
        return 0
    cases = CASES if not args.only else {k: CASES[k] for k in args.only}
    results = run(cases, args.repeats, args.give_up)
    print(report(results))
    bad = [r for r in results[1:] if verdict(r) != "ok"]
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
