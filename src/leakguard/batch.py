"""Many messages at once: ``scan_many`` streams reports in input order, optionally over processes.

The pipeline is GIL-bound pure Python and regex, so parallelism means processes. Each worker
builds its state (compiled patterns, lexicons, the Sudachi dictionary) once, in its initializer;
messages travel in chunks, and at most a few chunks per worker are in flight, so memory stays
flat however long the input is. Workers send back findings only: the parent already holds each
text and puts it back into the ``Report``, which halves what crosses the process boundary.
"""
from __future__ import annotations

import functools
import itertools
import os
import threading
from collections import deque
from typing import Any, Callable, Iterable, Iterator

from .context import Context
from .model import Action, Finding, Report
from .policy import DEFAULT_POLICY, Policy
from .scanner import _allowed, _check_text, scan

# Exercises every detector once, so that lazy state (Sudachi dictionary, detector tables) is built
# before the first real chunk arrives rather than inside it.
_WARM_UP_TEXT = "初期化 090-1234-5678 taro@example.com LINE 直接取引"

_lock = threading.Lock()
_scanners: dict[tuple[Policy, Context | None], Callable[[str], Report]] = {}
_builds = 0


def worker_scanner(policy: Policy | str | None = None, context: Any = None) -> Callable[[str], Report]:
    """This process's ``text -> Report`` for ``policy`` and ``context``, built (and warmed) once on
    first use: pool workers and dataframe partitions (``integrations``) share it."""
    global _builds
    key = (Policy.coerce(policy), Context.coerce(context))
    scanner = _scanners.get(key)
    if scanner is None:
        with _lock:  # threaded workers: build once, not once per thread
            scanner = _scanners.get(key)
            if scanner is None:
                scanner = functools.partial(scan, policy=key[0], context=key[1])
                scanner(_WARM_UP_TEXT)
                _scanners[key] = scanner
                _builds += 1
    return scanner


def scanner_builds() -> int:
    """How many scanners this process has built (one per distinct policy and context)."""
    return _builds


_worker_scan: Callable[[str], Report] | None = None


def _init_worker(policy: Policy | None, context) -> None:
    global _worker_scan
    _worker_scan = worker_scanner(policy, context)


def _scan_chunk(texts: list[str]) -> list[tuple[tuple[Finding, ...], float, Any] | None]:
    # None for a clean message (no finding, score 0, allow): most of a chunk, and the parent then
    # unpickles and rebuilds nothing but the empty Report (it runs on one core for all workers).
    out = []
    allow = Action.ALLOW
    for text in texts:
        report = _worker_scan(text)
        findings = report.findings
        if not findings and report.action is allow and report.score == 0.0:
            out.append(None)
        else:
            out.append((findings, report.score, report.action))
    return out


def _chunks(texts: Iterable[str], size: int) -> Iterator[list[str]]:
    it = iter(texts)
    while True:
        chunk = list(itertools.islice(it, size))
        if not chunk:
            return
        yield chunk


def scan_many(texts: Iterable[str], *, policy: Policy | str | None = None, context=None, jobs: int | None = 1,
              chunksize: int = 256) -> Iterator[Report]:
    """Reports for ``texts`` in input order. ``jobs``: worker processes (``None`` or 0: one per core).
    ``policy``: a :class:`Policy`, a preset name (``"strict"``) or ``None``, as for ``scan``.

    ``texts`` is an iterable of messages; one ``str`` (or ``bytes``) is not, and raises
    ``TypeError`` at the call rather than scanning it character by character.
    Input is consumed lazily, a few chunks ahead of the consumer, so an endless generator works.
    An item that is not a ``str`` raises ``TypeError`` when its turn comes, after the reports of
    every item before it, exactly as a loop over ``scan`` would.
    """
    if isinstance(texts, (str, bytes, bytearray, memoryview)):
        raise TypeError(f"scan_many takes an iterable of messages, got one {type(texts).__name__}: "
                        "use scan(text) for one message, or scan_many([text])")
    if not isinstance(texts, Iterable):
        raise TypeError(f"scan_many takes an iterable of str messages, got {type(texts).__name__}")
    policy = Policy.coerce(policy)  # an unknown preset name fails here, not in a worker
    if isinstance(jobs, bool) or not (jobs is None or isinstance(jobs, int)):
        raise TypeError(f"jobs must be an int or None, got {type(jobs).__name__}")
    if jobs is not None and jobs < 0:
        raise ValueError(f"jobs must be >= 0 (0 or None: one per core), got {jobs}")
    if isinstance(chunksize, bool) or not isinstance(chunksize, int) or chunksize < 1:
        raise ValueError(f"chunksize must be a positive int, got {chunksize!r}")
    jobs = jobs or os.cpu_count() or 1
    if jobs == 1:
        return (scan(text, policy=policy, context=context) for text in texts)
    return _scan_in_pool(texts, policy, context, jobs, chunksize)


def _scan_in_pool(texts: Iterable[str], policy: Policy | None, context, jobs: int, chunksize: int) -> Iterator[Report]:
    from concurrent.futures import ProcessPoolExecutor

    in_flight_limit = jobs * 4
    pending: deque = deque()  # (future, chunk) in input order
    pool = ProcessPoolExecutor(jobs, initializer=_init_worker, initargs=(policy, context))
    try:
        for chunk in _chunks(texts, chunksize):
            bad = next((i for i, text in enumerate(chunk) if not isinstance(text, str)), None)
            if bad is not None:
                if bad:
                    pending.append((pool.submit(_scan_chunk, chunk[:bad]), chunk[:bad]))
                while pending:
                    yield from _reports(*pending.popleft())
                _check_text(chunk[bad])  # raises the TypeError a single scan() would
            pending.append((pool.submit(_scan_chunk, chunk), chunk))
            # Hand over finished head chunks at once; block only when too much is in flight.
            while pending and (len(pending) >= in_flight_limit or pending[0][0].done()):
                yield from _reports(*pending.popleft())
        while pending:
            yield from _reports(*pending.popleft())
    finally:
        # Also reached when the consumer stops early (generator closed): drop queued chunks.
        pool.shutdown(wait=True, cancel_futures=True)


def _reports(future, chunk: list[str]) -> Iterator[Report]:
    for text, result in zip(chunk, future.result()):
        yield _allowed(text) if result is None else Report(*result, text)
