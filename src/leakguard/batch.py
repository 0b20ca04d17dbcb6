"""Many messages at once: ``scan_many`` streams reports in input order, optionally over processes.

The pipeline is GIL-bound pure Python and regex, so parallelism means processes. Each worker
builds its state (compiled patterns, lexicons, the Sudachi dictionary) once, in its initializer;
messages travel in chunks, and at most a few chunks per worker are in flight, so memory stays
flat however long the input is.
"""
from __future__ import annotations

import itertools
import os
from collections import deque
from typing import Iterable, Iterator

from .model import Report
from .policy import Policy
from .scanner import scan

_worker_policy: Policy | None = None
_worker_context = None


def _init_worker(policy: Policy | None, context) -> None:
    global _worker_policy, _worker_context
    _worker_policy, _worker_context = policy, context
    scan("初期化 090-1234-5678 LINE 直接取引", policy=policy, context=context)  # warm every detector


def _scan_chunk(texts: list[str]) -> list[Report]:
    return [scan(t, policy=_worker_policy, context=_worker_context) for t in texts]


def _chunks(texts: Iterable[str], size: int) -> Iterator[list[str]]:
    it = iter(texts)
    while True:
        chunk = list(itertools.islice(it, size))
        if not chunk:
            return
        yield chunk


def scan_many(texts: Iterable[str], *, policy: Policy | None = None, context=None, jobs: int | None = 1,
              chunksize: int = 256) -> Iterator[Report]:
    """Reports for ``texts`` in input order. ``jobs``: worker processes (``None`` or 0: one per core).

    With ``jobs=1`` everything runs in this process. Input is consumed lazily in both cases.
    """
    if jobs is None or jobs <= 0:
        jobs = os.cpu_count() or 1
    if jobs == 1:
        for text in texts:
            yield scan(text, policy=policy, context=context)
        return
    from concurrent.futures import ProcessPoolExecutor

    in_flight_limit = jobs * 4
    with ProcessPoolExecutor(jobs, initializer=_init_worker, initargs=(policy, context)) as pool:
        pending: deque = deque()
        for chunk in _chunks(texts, chunksize):
            for text in chunk:
                if not isinstance(text, str):
                    scan(text)  # raises the same TypeError as a single scan, before any work is lost
            pending.append(pool.submit(_scan_chunk, chunk))
            if len(pending) >= in_flight_limit:
                yield from pending.popleft().result()
        while pending:
            yield from pending.popleft().result()
