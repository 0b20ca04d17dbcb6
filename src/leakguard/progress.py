"""A one-line progress display on stderr, for terminals only.

Our own 40 lines rather than tqdm or rich: the CLI needs one counter, a rate and a byte
percentage, redrawn at most ten times a second; a dependency would add install weight and
start-up time to every ``leakguard`` run (pre-commit runs it per commit) for no visible gain.
"""
from __future__ import annotations

import time
from typing import TextIO


def counted(n: int, singular: str, plural: str | None = None) -> str:
    """``1 message``, ``2 messages`` (also for the CLI summary and the HTML report)."""
    return f"{n:,} {singular if n == 1 else (plural or singular + 's')}"


def _size(n: float) -> str:
    for unit in ("B", "KB", "MB"):
        if n < 1000:
            return f"{n:.0f} {unit}" if unit == "B" else f"{n:.1f} {unit}"
        n /= 1000
    return f"{n:.1f} GB"


class Progress:
    """``update(messages, bytes_done)`` often; it redraws only every ``interval`` seconds."""

    def __init__(self, stream: TextIO, total_bytes: int | None, interval: float = 0.1,
                 clock=time.monotonic):
        self.stream = stream
        self.total = total_bytes or None
        self.interval = interval
        self.clock = clock
        self.started = clock()
        self._next = self.started
        self._width = 0

    def update(self, messages: int, bytes_done: int, *, force: bool = False) -> None:
        now = self.clock()
        if not force and now < self._next:
            return
        self._next = now + self.interval
        elapsed = max(now - self.started, 1e-9)
        line = f"{counted(messages, 'message')}, {messages / elapsed:,.0f}/s"
        if self.total:
            fraction = min(bytes_done / self.total, 1.0)
            filled = int(fraction * 20)
            line = f"[{'#' * filled}{'.' * (20 - filled)}] {fraction:4.0%} {_size(bytes_done)}/{_size(self.total)}  " + line
        self._width = max(self._width, len(line))
        self.stream.write("\r" + line.ljust(self._width))
        self.stream.flush()

    def close(self) -> None:
        if self._width:
            self.stream.write("\r" + " " * self._width + "\r")
            self.stream.flush()
