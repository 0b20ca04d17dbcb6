"""Archive throughput: Dask with 1 and 2 workers, and ``scan_many`` with jobs=1 and jobs=2.

    pip install -e '.[dask]'
    python benchmarks/bench_distributed.py [--messages 200000] [--partitions 16] [--repeat 1]

Writes a generated archive (fictional marketplace messages as JSONL: about one in five carries a
phone number, an e-mail address, a LINE invitation or a direct-payment request, the rest are
ordinary messages and hard negatives such as order numbers, prices and dates) to a temporary
directory, then times each configuration end to end on it: reading the JSONL, scanning, and
collecting the findings in the driver. Cluster start-up and the one-time scanner build per
worker (``warm_workers``) are reported apart from throughput. ``write_archive`` is also what the
tests use to make their archive.
"""
from __future__ import annotations

import argparse
import json
import os
import random
import sys
import tempfile
import time
from pathlib import Path
from typing import Iterator

_NAMES = ("佐藤", "鈴木", "高橋", "田中", "伊藤", "渡辺", "山本", "中村", "小林", "加藤")
_LOCALS = ("taro", "hanako.y", "k-suzuki", "design_works", "m.tanaka88", "info.studio")
_DOMAINS = ("gmail.com", "yahoo.co.jp", "example.jp", "example.com", "icloud.com", "outlook.jp")
_WORK = ("ロゴデザイン", "LP制作", "記事執筆", "翻訳", "動画編集", "データ入力", "イラスト", "WordPress修正")

_ORDINARY = (
    "{name}様、はじめまして。{work}のご依頼ありがとうございます。詳細を確認して本日中にお返事します。",
    "納品物をアップロードしました。修正点があればこのメッセージでお知らせください。",
    "お見積りは{price}円（税込）です。納期は{days}日程度を想定しています。",
    "ご注文番号 {order} の件、検収をお願いいたします。",
    "{date}の打ち合わせ、よろしくお願いします。資料は前日までに共有します。",
    "ラフ案を3点作成しました。{work}の方向性についてご意見をいただけますか。",
    "承知しました。{days}営業日以内に初稿をお送りします。",
    "評価ありがとうございました！またの機会がありましたらよろしくお願いします。",
    "請求書番号 INV-{order} を発行しました。プラットフォーム上でお支払いください。",
    "LINEスタンプの制作依頼ですね。サンプルを添付しますのでご確認ください。",
)
_LEAKS = (
    "{name}です。急ぎの場合は{phone}までお電話ください。",
    "詳しい資料は {email} に送っていただけますか？",
    "今後のやり取りはこちらへ：{email}（{name}）",
    "携帯 {phone} です。夜でも大丈夫です。",
    "手数料がもったいないので、次回から直接お振込みでどうでしょう。口座を教えます。",
    "LINEで直接やり取りしませんか？ID教えます。",
    "電話番号は{phone_wide}です。",
    "{name}のメール：{local}（アットマーク）{domain}",
)


def _fill(template: str, rng: random.Random) -> str:
    local, domain = rng.choice(_LOCALS), rng.choice(_DOMAINS)
    phone = f"0{rng.choice('789')}0-{rng.randrange(1000, 9999)}-{rng.randrange(1000, 9999)}"
    return template.format(
        name=rng.choice(_NAMES), work=rng.choice(_WORK), price=f"{rng.randrange(5, 300) * 1000:,}",
        days=rng.randrange(2, 30), order=rng.randrange(10_000_000, 99_999_999),
        date=f"{rng.randrange(1, 13)}月{rng.randrange(1, 29)}日", phone=phone,
        phone_wide=phone.translate(str.maketrans("0123456789-", "０１２３４５６７８９－")),
        email=f"{local}@{domain}", local=local, domain=domain,
    )


def generate_messages(count: int, seed: int = 6) -> Iterator[dict]:
    """``count`` records ``{"message_id", "sender_id", "text"}``; about 20 % carry a leak."""
    rng = random.Random(seed)
    for i in range(count):
        templates = _LEAKS if rng.random() < 0.2 else _ORDINARY
        text = _fill(rng.choice(templates), rng)
        if rng.random() < 0.3:  # longer messages: two sentences
            text += _fill(rng.choice(_ORDINARY), rng)
        yield {"message_id": i, "sender_id": f"u{rng.randrange(5000):04d}", "text": text}


def write_archive(directory: Path, count: int, *, files: int = 4, seed: int = 6) -> list[Path]:
    """The generated archive as ``files`` JSONL files in ``directory``; returns their paths."""
    directory.mkdir(parents=True, exist_ok=True)
    paths = [directory / f"messages-{i:03d}.jsonl" for i in range(files)]
    handles = [p.open("w", encoding="utf-8") for p in paths]
    try:
        per_file = -(-count // files)
        for record in generate_messages(count, seed):
            handles[record["message_id"] // per_file].write(json.dumps(record, ensure_ascii=False) + "\n")
    finally:
        for h in handles:
            h.close()
    return paths


def reference_rows(records, policy=None, context=None) -> list[tuple]:
    """What a plain loop over leakguard.scan finds in archive records, as sorted
    (message_id, category, value, start, end, score, action) rows: the single-process answer the
    Dask and Spark runs must reproduce row for row (tests/test_dask.py, tests/test_spark.py)."""
    import leakguard

    rows = []
    for record in records:
        report = leakguard.scan(record["text"], policy=policy, context=context)
        for f in report.findings:
            rows.append((record["message_id"], f.category, f.value, f.start, f.end, f.score, report.action.value))
    return sorted(rows, key=lambda r: (r[0], r[3], r[4], r[1]))


def _read_texts(paths: list[Path]) -> list[str]:
    texts = []
    for path in paths:
        with path.open(encoding="utf-8") as fh:
            texts.extend(json.loads(line)["text"] for line in fh)
    return texts


def _bench_scan_many(paths: list[Path], jobs: int) -> tuple[float, int]:
    import leakguard

    started = time.perf_counter()
    found = sum(len(r.findings) for r in leakguard.scan_many(_read_texts(paths), jobs=jobs, chunksize=512))
    return time.perf_counter() - started, found


def _bench_dask(paths: list[Path], workers: int, partitions: int) -> tuple[float, float, int]:
    import dask.dataframe as dd
    from distributed import Client, LocalCluster

    from leakguard.integrations.dask import scan_dataframe, warm_workers

    started = time.perf_counter()
    with LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None) as cluster, \
            Client(cluster) as client:
        warm_workers(client)
        setup = time.perf_counter() - started
        started = time.perf_counter()
        size = sum(p.stat().st_size for p in paths)
        messages = dd.read_json([str(p) for p in paths], lines=True, blocksize=max(1, size // partitions))
        findings = scan_dataframe(messages, "text", keep=["message_id"]).compute()
        return setup, time.perf_counter() - started, len(findings)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--messages", type=int, default=200_000)
    parser.add_argument("--partitions", type=int, default=16, help="Dask partitions (by bytes)")
    parser.add_argument("--repeat", type=int, default=1, help="runs per configuration; the best is shown")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        paths = write_archive(Path(tmp), args.messages)
        megabytes = sum(len(t.encode("utf-8")) for t in _read_texts(paths)) / 1e6
        print(f"archive: {args.messages:,} messages, {megabytes:.1f} MB of message text (UTF-8), "
              f"{len(paths)} JSONL files; machine: {os.cpu_count()} cores, Python {sys.version.split()[0]}")
        rows = []
        for jobs in (1, 2):
            best = min(_bench_scan_many(paths, jobs) for _ in range(args.repeat))
            rows.append((f"scan_many jobs={jobs}", None, *best))
        for workers in (1, 2):
            runs = [_bench_dask(paths, workers, args.partitions) for _ in range(args.repeat)]
            setup, seconds, found = min(runs, key=lambda r: r[1])
            rows.append((f"dask LocalCluster {workers} worker{'s' if workers > 1 else ''}", setup, seconds, found))
        print("\n| configuration | start-up s | scan s | messages/s | MB/s | findings |")
        print("|---|---:|---:|---:|---:|---:|")
        for name, setup, seconds, found in rows:
            setup_text = "–" if setup is None else f"{setup:.1f}"
            print(f"| {name} | {setup_text} | {seconds:.1f} | {args.messages / seconds:,.0f} | "
                  f"{megabytes / seconds:.2f} | {found:,} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
