"""Load test of the HTTP pre-send service: 50 concurrent clients on loopback, bounded in count and time.

    python benchmarks/bench_server.py [--clients 50] [--requests 4000] [--seconds 30] [--hostile]

Starts ``python -m leakguard serve`` on a free 127.0.0.1 port (127.0.0.1 only, by design), then
runs ``--clients`` asyncio clients (httpx, one keep-alive connection each) that send fictional
marketplace messages to POST /v1/check until ``--requests`` are done or ``--seconds`` have
passed, whichever comes first. Reports requests/second, p50/p99 latency and the error count
(any non-200 or transport error), then stops the server.

``--hostile`` runs the load twice: once alone, then with 1 MiB hostile messages (kana digit
words, every word a digit to the phone detector) checked one after another beside it, and with
``/healthz`` probed every 20 ms meanwhile. It prints both p99s and the /healthz latencies: the
issue (#12) saw /healthz unanswered for 14 s and a p99 of 3.5 s instead of 223 ms.
"""
from __future__ import annotations

import argparse
import asyncio
import os
import random
import socket
import statistics
import subprocess
import sys
import time

import httpx

MESSAGES = [
    "はじめまして、ご依頼内容を拝見しました。ロゴ制作ぜひお受けしたいです。",
    "納期は2週間ほどで、お見積りは30,000円（税込）になります。",
    "電話の方が早いので 090-1234-5678 までお願いします。",
    "メールでも大丈夫です：taro.yamada.design＠gmail．com",
    "LINEのIDはyamada_1234です、追加してください。",
    "手数料がもったいないので直接銀行振込でお願いできますか",
    "注文番号 0312345678 の件、確認いたしました。",
    "デザイン案は明日のお昼までにお送りします。",
]
HOST = "127.0.0.1"  # loopback only: never point this at another machine
KANA_DIGITS = ("ぜろ", "いち", "に", "さん", "よん", "ご", "ろく", "なな", "はち", "きゅう", "まる", "れい")


def hostile_mib(seed: int = 4) -> str:
    rng = random.Random(seed)
    words, size = [], 0
    while size < 1024 * 1024:
        word = rng.choice(KANA_DIGITS)
        words.append(word)
        size += len(word.encode("utf-8"))
    return "".join(words).encode("utf-8")[:1024 * 1024].decode("utf-8", "ignore")


def _cpu_s(pid: int) -> float:
    with open(f"/proc/{pid}/stat") as handle:
        fields = handle.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind((HOST, 0))
        return s.getsockname()[1]


async def _client(client: httpx.AsyncClient, url: str, budget: dict, deadline: float, latencies: list, errors: list,
                  seed: int) -> None:
    rng = random.Random(seed)
    while budget["left"] > 0 and time.monotonic() < deadline:
        budget["left"] -= 1
        body = {"text": rng.choice(MESSAGES)}
        if rng.random() < 0.3:
            body["context"] = {"stage": rng.choice(["before_contract", "contracted", "escrow_funded"])}
        start = time.perf_counter()
        try:
            r = await client.post(url, json=body)
            if r.status_code != 200 or "action" not in r.json():
                errors.append(r.status_code)
        except httpx.HTTPError as exc:
            errors.append(type(exc).__name__)
        latencies.append(time.perf_counter() - start)


async def _hostile(base: str, text: str | None, stop: asyncio.Event, report: dict) -> None:
    """Hostile messages one after another until ``stop``; /healthz probed every 20 ms meanwhile."""
    async with httpx.AsyncClient(base_url=base, timeout=120) as client:
        async def probe() -> None:
            while not stop.is_set():
                start = time.perf_counter()
                r = await client.get("/healthz")
                report["healthz"].append((time.perf_counter() - start, r.status_code))
                await asyncio.sleep(0.02)

        prober = asyncio.create_task(probe())
        while text is not None and not stop.is_set():
            start = time.perf_counter()
            r = await client.post("/v1/check", json={"text": text})
            report["hostile"].append((time.perf_counter() - start, r.status_code))
        await prober


async def load(base: str, clients: int, requests: int, seconds: float,
               hostile: str | None = None) -> tuple[float, list, list, dict]:
    latencies: list[float] = []
    errors: list = []
    budget = {"left": requests}
    report: dict = {"healthz": [], "hostile": []}
    limits = httpx.Limits(max_connections=clients, max_keepalive_connections=clients)
    async with httpx.AsyncClient(base_url=base, timeout=30, limits=limits) as client:
        await client.post("/v1/check", json={"text": "warm-up 090-1234-5678"})
        stop = asyncio.Event()
        side = asyncio.create_task(_hostile(base, hostile, stop, report))
        if hostile:
            await asyncio.sleep(0.5)  # the first hostile body is in and being checked
        deadline = time.monotonic() + seconds
        start = time.perf_counter()
        await asyncio.gather(*(_client(client, "/v1/check", budget, deadline, latencies, errors, i)
                               for i in range(clients)))
        elapsed = time.perf_counter() - start
        stop.set()
        await side
    return elapsed, latencies, errors, report


def _p(values: list[float], q: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, int(len(values) * q))] * 1000


def _print_healthz(label: str, latencies: list[float]) -> None:
    if latencies:
        print(f"{label}: {len(latencies)} probes, p50 {_p(latencies, 0.5):.1f} ms, p90 {_p(latencies, 0.9):.1f} ms, "
              f"max {max(latencies) * 1000:.1f} ms")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--requests", type=int, default=4000, help="total requests (upper bound)")
    parser.add_argument("--seconds", type=float, default=30.0, help="time limit for the load phase")
    parser.add_argument("--hostile", action="store_true", help="also load beside 1 MiB hostile messages")
    args = parser.parse_args()
    port = _free_port()
    extra = ["--max-text-chars", "2000000", "--max-body-bytes", str(2 * 1024 * 1024), "--scan-timeout", "60"]
    server = subprocess.Popen([sys.executable, "-m", "leakguard", "serve", "--host", HOST, "--port", str(port),
                               *(extra if args.hostile else [])],
                              stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    base = f"http://{HOST}:{port}"
    try:
        deadline = time.monotonic() + 30
        while True:
            if server.poll() is not None:
                raise SystemExit(f"server exited: {server.stderr.read().decode(errors='replace')}")
            try:
                if httpx.get(base + "/healthz", timeout=1).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            if time.monotonic() > deadline:
                raise SystemExit("server did not start")
            time.sleep(0.1)
        cpu_before = _cpu_s(server.pid)
        elapsed, latencies, errors, alone = asyncio.run(load(base, args.clients, args.requests, args.seconds))
        server_cpu = _cpu_s(server.pid) - cpu_before
        if args.hostile:
            text = hostile_mib()
            h_elapsed, h_latencies, h_errors, side = asyncio.run(
                load(base, args.clients, args.requests, args.seconds, hostile=text))
    finally:
        server.terminate()
        server.wait(10)
    latencies.sort()
    p50 = statistics.median(latencies) * 1000
    p99 = latencies[min(len(latencies) - 1, int(len(latencies) * 0.99))] * 1000
    print(f"python {sys.version.split()[0]}, {os.cpu_count()} cores, one server process, {args.clients} clients on {HOST}")
    print(f"requests {len(latencies):,} in {elapsed:.1f} s: {len(latencies) / elapsed:,.0f} req/s, "
          f"p50 {p50:.1f} ms, p99 {p99:.1f} ms, errors {len(errors)}")
    # The clients share the machine with the server: CPU per request says what one core can serve.
    per_request = server_cpu / max(1, len(latencies)) * 1000
    print(f"server CPU {server_cpu:.1f} s = {per_request:.2f} ms per request "
          f"(~{1000 / per_request if per_request else 0:,.0f} req/s per core)")
    _print_healthz("/healthz meanwhile", [t for t, _ in alone["healthz"]])
    if args.hostile:
        healthz = [t for t, _ in side["healthz"]]
        print(f"beside 1 MiB hostile messages ({len(text):,} characters, {len(side['hostile'])} checked, "
              f"{statistics.median([t for t, _ in side['hostile']]):.2f} s each, statuses "
              f"{sorted({s for _, s in side['hostile']})}):")
        print(f"  other requests {len(h_latencies):,} in {h_elapsed:.1f} s: p50 {_p(h_latencies, 0.5):.1f} ms, "
              f"p99 {_p(h_latencies, 0.99):.1f} ms (alone: p99 {_p(latencies, 0.99):.1f} ms), errors {len(h_errors)}")
        _print_healthz("  /healthz meanwhile", healthz)
        print(f"  non-200 /healthz answers: {sum(s != 200 for _, s in side['healthz'])}")
        errors = errors + h_errors
    if errors:
        print("error kinds:", sorted({str(e) for e in errors}))
        sys.exit(1)


if __name__ == "__main__":
    main()
