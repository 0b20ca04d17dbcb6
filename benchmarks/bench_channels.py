"""line_id + external_contact: cost of messages that go through Sudachi, dictionary load, memory.

    python benchmarks/bench_channels.py [--messages N] [--corpora DIR]

1. dictionary load time and RSS for sudachidict small and core (each in a fresh subprocess);
2. ~100-character fictional messages that name a channel, so each one passes the Aho–Corasick gate
   and is tokenized: median / p90 / p99 µs per message (fresh NormalizedText each time, both
   detectors, Sudachi included), MB/s, and Sudachi's own share;
3. plain messages (real chat from shared/corpora when present): the gated path;
4. RSS sampled every 10 % over N messages (default 120 000): it must stay flat.

One core, steady state (a warm-up pass first). The machine is shared: expect ±15 % run to run.
"""
from __future__ import annotations

import argparse
import json
import random
import statistics
import subprocess
import sys
import time
from pathlib import Path

from leakguard import tokens
from leakguard.detectors.channels import detect_external_contact
from leakguard.detectors.line import detect_line_ids
from leakguard.normalize import NormalizedText

_OPENINGS = ["お世話になっております。", "はじめまして、佐藤です。", "了解です〜", "ご連絡ありがとうございます。", "どうもです！"]
_CORES = [
    "今後の細かい確認はLINEで行えればと思いますので、ライン交換しませんか？",
    "急ぎの場合はChatworkで連絡しましょう。IDはsato_works01です。",
    "打ち合わせはZoomで可能です。URLは後ほどお送りしますね。",
    "インスタのDMでも相談を受け付けております、@sato_design まで。",
    "LINE ID: taro_1234 です。追加していただけると助かります。",
    "番号教えてください、夜なら電話に出られます。",
    "LINEの交換はご遠慮しておりますので、このチャットでお願いします。",
    "LINEスタンプのイラスト制作の件、参考資料を拝見しました。",
]
_FILLERS = ["納期は来週金曜を予定しています。", "修正は2回まで対応いたします。", "よろしくお願いいたします。",
            "資料ありがとうございました。", "サンプルを添付しました。"]


def channel_messages(n: int, seed: int = 7) -> list[str]:
    """Fictional messages of about 100 characters, each naming a channel."""
    rng = random.Random(seed)
    out = []
    while len(out) < n:
        parts = [rng.choice(_OPENINGS), rng.choice(_CORES)]
        while sum(map(len, parts)) < 95:
            parts.append(rng.choice(_FILLERS))
        out.append("".join(parts)[:110])
    return out


def _pct(values: list[float], q: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, int(q * len(values)))]


def _rss_mib() -> float:
    with open("/proc/self/status", encoding="ascii") as fh:
        for line in fh:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return float("nan")


_LOAD_SNIPPET = """
import time, sys
def rss():
    for line in open('/proc/self/status'):
        if line.startswith('VmRSS:'):
            return int(line.split()[1]) / 1024
import sudachipy
before = rss()
t = time.perf_counter()
d = sudachipy.Dictionary(dict=sys.argv[1])
tok = d.tokenizer(mode=sudachipy.SplitMode.C)
load = time.perf_counter() - t
tok.tokenize('LINE交換しませんか')
print(f"{load * 1000:.1f} {rss() - before:.1f} {rss():.1f}")
"""


def dictionary_load(name: str) -> str:
    try:
        out = subprocess.run([sys.executable, "-c", _LOAD_SNIPPET, name], capture_output=True, text=True,
                             check=True, timeout=120).stdout.split()
    except (subprocess.CalledProcessError, subprocess.TimeoutExpired) as exc:
        return f"{name}: not measured ({type(exc).__name__})"
    return f"{name}: load {out[0]} ms, +{out[1]} MiB RSS (process {out[2]} MiB)"


def _detect(text: str) -> int:
    view = NormalizedText.of(text)
    return len(list(detect_line_ids(view))) + len(list(detect_external_contact(view)))


def time_messages(texts: list[str]) -> tuple[list[float], int]:
    times: list[float] = []
    found = 0
    clock = time.perf_counter
    for text in texts:
        t = clock()
        found += _detect(text)
        times.append(clock() - t)
    return times, found


def report(label: str, texts: list[str], times: list[float]) -> None:
    mb = sum(len(t.encode("utf-8")) for t in texts) / 1e6
    print(f"{label}: {len(texts)} msgs, mean {statistics.fmean(times) * 1e6:.0f} µs, median "
          f"{statistics.median(times) * 1e6:.0f} µs, p90 {_pct(times, 0.9) * 1e6:.0f} µs, p99 "
          f"{_pct(times, 0.99) * 1e6:.0f} µs, {mb / sum(times):.2f} MB/s")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--messages", type=int, default=120_000, help="messages for the memory run")
    parser.add_argument("--corpora", type=Path,
                        default=Path(__file__).resolve().parents[2] / "shared" / "corpora")
    args = parser.parse_args(argv)

    print("== dictionary (fresh process each)")
    for name in ("small", "core"):
        print("  " + dictionary_load(name))
    print(f"  leakguard uses: {tokens.DICTIONARY}")

    texts = channel_messages(5000)
    time_messages(texts[:500])  # warm-up: dictionary, automata, lexicons, caches
    print("== messages that need Sudachi (~100 chars, each names a channel)")
    print(f"  mean length {statistics.fmean(map(len, texts)):.0f} chars")
    times, found = time_messages(texts)
    report("  both detectors", texts, times)
    clock = time.perf_counter
    sudachi = []
    for text in texts:
        view = NormalizedText.of(text)
        t = clock()
        tokens.tokenize(view.text)
        sudachi.append(clock() - t)
    report("  Sudachi alone ", texts, sudachi)
    print(f"  findings: {found}")

    chat = []
    for name in ("realpersonachat_ja/messages.jsonl", "multiparty_chat_ja/messages.jsonl"):
        path = args.corpora / name
        if path.exists():
            chat.extend(json.loads(line)["text"] for line in path.open(encoding="utf-8") if line.strip())
    if chat:
        print("== real chat (gated path; most messages never reach Sudachi)")
        times, found = time_messages(chat)
        report("  both detectors", chat, times)

    print(f"== memory over {args.messages} messages (RSS, MiB)")
    pool = channel_messages(2000, seed=11) + (chat[:8000] if chat else [])
    step = max(1, args.messages // 10)
    samples = []
    for i in range(args.messages):
        _detect(pool[i % len(pool)] + str(i))  # a distinct string each time: no cache can help
        if i % step == 0:
            samples.append(_rss_mib())
    samples.append(_rss_mib())
    print("  " + " ".join(f"{s:.0f}" for s in samples))
    print(f"  growth after the first 10 %: {samples[-1] - samples[1]:+.1f} MiB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
