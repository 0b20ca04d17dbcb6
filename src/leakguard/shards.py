"""The command line's scan of its inputs in input order, and of a big file in shards.

Through ``batch.scan_many`` one process reads and parses every record, ships the texts to the
workers and rebuilds their reports: that serial part held ``--jobs 2`` near 1.5× on two cores. A
JSONL file (or a UTF-8 text file read with ``--lines``) bigger than a shard is instead cut into
byte ranges at line ends; each worker opens the file, reads, parses and scans its range itself and
sends back only what the output needs: the messages with findings (every message with ``--all``),
how many clean ones lie between them, and the bad records. This process numbers lines, records and
characters across shards as it stitches them in input order, and writes the reports as for any
message, so outputs, errors and counts are those of the one-process reader
(tests/test_cli_shards.py). Small files, stdin, masked copies, UTF-16 and CSV take ``scan_many``.
"""
from __future__ import annotations

import codecs
import os
from collections import deque
from dataclasses import dataclass
from typing import Any, Iterator, TextIO

from .corpus import (
    BinaryFile,
    InputError,
    JsonlTally,
    Message,
    ReadOptions,
    ReadStats,
    Source,
    SourceEnd,
    UndecodableLine,
    jsonl_error_text,
    jsonl_events,
    line_messages,
    looks_binary,
    open_binary,
    prepare_stream,
    read_events,
    report_error,
    undecodable_text,
    unreadable_error,
)
from .model import Action, Report

# A shard is this many bytes (or a quarter of a worker's share of a smaller file), cut forward to
# the next line end: big enough that a worker's result is small next to its work, small enough
# that the last shard does not leave the other worker idle for long.
_SHARD_BYTES = 4 * 1024 * 1024
_MIN_SHARD_BYTES = 256 * 1024
# Tests force small shards; not an option people should need.
_SHARD_VARIABLE = "LEAKGUARD_SHARD_BYTES"

_CLEAN, _FOUND, _ERROR = 0, 1, 2


@dataclass(frozen=True, slots=True)
class Clean:
    """``count`` messages in a row with no finding (action allow, score 0), not sent back one by one."""

    count: int


@dataclass(frozen=True, slots=True)
class _Shard:
    tally: JsonlTally  # line and record numbers in ``items`` count from the shard's start
    items: list[tuple]
    undecodable: int | None  # the line where decoding failed: the rest of the file is skipped


def scan_sources(sources: list[Source], options: ReadOptions, stats: ReadStats, notice, stdin: TextIO | None,
                 *, policy, context, jobs: int, keep_clean: bool = False) -> Iterator[Any]:
    """``(Message, Report)`` pairs, :class:`Clean` runs (sharded files only, unless ``keep_clean``)
    and the reader's other events (Passthrough, SourceEnd), in input order."""
    pool = None
    waiting: list[Source] = []
    try:
        for source in sources:
            size = _shard_size(source, options, jobs)
            if size is None:
                waiting.append(source)
                continue
            if waiting:
                yield from _in_order(waiting, options, stats, notice, stdin, policy, context, jobs)
                waiting = []
            if pool is None:
                from concurrent.futures import ProcessPoolExecutor

                from .batch import _init_worker

                pool = ProcessPoolExecutor(jobs, initializer=_init_worker, initargs=(policy, context))
            yield from _sharded(source, size, options, stats, notice, pool, jobs, keep_clean)
        if waiting:
            yield from _in_order(waiting, options, stats, notice, stdin, policy, context, jobs)
    finally:
        if pool is not None:
            pool.shutdown(wait=True, cancel_futures=True)


def _in_order(sources, options, stats, notice, stdin, policy, context, jobs) -> Iterator[Any]:
    from .batch import scan_many

    # The reader runs ahead of the scanner by the in-flight window of scan_many; events that are
    # not messages wait in this queue so that everything comes out in input order.
    queue: deque = deque()

    def texts() -> Iterator[str]:
        for event in read_events(sources, options, stats, notice, stdin):
            queue.append(event)
            if isinstance(event, Message):
                yield event.text

    for report in scan_many(texts(), policy=policy, context=context, jobs=jobs):
        event = queue.popleft()
        while not isinstance(event, Message):
            yield event
            event = queue.popleft()
        yield event, report
    while queue:
        yield queue.popleft()


def _shard_size(source: Source, options: ReadOptions, jobs: int) -> int | None:
    """The shard size for ``source``, or None when it is read by one process."""
    lines = source.kind == "text" and options.by_line
    if jobs < 2 or not (source.kind == "jsonl" or lines) or source.is_stdin or options.keep_payload:
        return None
    try:
        size = os.path.getsize(source.path)
        with open(source.path, "rb") as handle:
            head = handle.read(8192)
    except OSError:
        return None  # the reader names the error
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return None  # a line end is not the byte "\n"
    forced = os.environ.get(_SHARD_VARIABLE)
    step = int(forced) if forced else max(_MIN_SHARD_BYTES, min(_SHARD_BYTES, size // (jobs * 4)))
    if size <= step:
        return None
    if lines:
        # The reader decodes a text file whole, as UTF-8 only if all of it is: a shard cannot tell.
        if looks_binary(head) or not _all_utf8(source.path):
            return None
        source.encoding = "utf-8-sig" if head.startswith(codecs.BOM_UTF8) else "utf-8"
    return step


def _all_utf8(path: str) -> bool:
    decoder = codecs.getincrementaldecoder("utf-8")()
    try:
        with open(path, "rb") as handle:
            while block := handle.read(1 << 20):
                decoder.decode(block)
        decoder.decode(b"", final=True)
    except (OSError, UnicodeDecodeError):
        return False
    return True


def _ranges(path: str, step: int) -> Iterator[tuple[int, int]]:
    """Byte ranges of about ``step`` bytes, each ending after a "\\n" (or at the end of the file):
    never inside a line, a "\\r\\n" or a character of UTF-8, CP932 or EUC-JP."""
    with open(path, "rb") as handle:
        size = os.fstat(handle.fileno()).st_size
        start = 0
        while start < size:
            end = start + step
            handle.seek(end)
            while end < size:  # a line longer than a shard goes whole into this one
                block = handle.read(65536)
                if not block:
                    end = size
                    break
                found = block.find(b"\n")
                if found >= 0:
                    end += found + 1
                    break
                end += len(block)
            end = min(end, size)
            yield start, end
            start = end


def _sharded(source: Source, step: int, options: ReadOptions, stats: ReadStats, notice, pool,
             jobs: int, keep_clean: bool) -> Iterator[Any]:
    stats.base = stats.bytes_read
    ok = binary = False
    tally = JsonlTally()
    pending: deque = deque()
    try:
        try:
            if source.kind == "jsonl":
                with open_binary(source, None) as handle:
                    prepare_stream(source, handle, notice)  # encoding and notices as the reader's
            for start, end in _ranges(source.path, step):
                pending.append((pool.submit(_scan_shard, source.path, source.display, source.kind, source.encoding,
                                            start, end, options, keep_clean), end))
                while len(pending) >= jobs * 3 or (pending and pending[0][0].done()):
                    yield from _stitch(source, *pending.popleft(), tally, stats, notice)
            while pending:
                yield from _stitch(source, *pending.popleft(), tally, stats, notice)
            tally.check(source, options)
            ok = True
        except OSError as exc:  # (the file vanished or became unreadable after it was found)
            raise unreadable_error(source.display, exc) from None
    except BinaryFile as exc:
        stats.binary_skipped += 1
        notice(str(exc), False)
        binary = True
    except InputError as exc:
        notice(str(exc), True)
    finally:
        for future, _ in pending:
            future.cancel()
        stats.without_text += tally.without_text
    try:
        stats.bytes_read = stats.base + os.path.getsize(source.path)
    except OSError:
        pass
    yield SourceEnd(source, ok, binary)


def _stitch(source: Source, future, end: int, tally: JsonlTally, stats: ReadStats, notice) -> Iterator[Any]:
    shard: _Shard = future.result()
    lines, records, chars = tally.lines, tally.records, tally.chars
    display = source.display
    for item in shard.items:
        if item[0] == _CLEAN:
            yield Clean(item[1])
        elif item[0] == _FOUND:
            _, line, record, ident, offset, text, findings, score, action = item
            if record is not None:
                record += records
            yield (Message(display, lines + line, text, record=record, id=ident, offset=chars + offset,
                           origin=source), Report(findings, score, action, text))
        else:
            report_error(source, jsonl_error_text(display, lines + item[1], records + item[2], item[3]), notice)
    tally.add(shard.tally)
    stats.bytes_read = stats.base + end
    if shard.undecodable is not None:
        raise InputError(undecodable_text(source, lines + shard.undecodable))


def _scan_shard(path: str, display: str, kind: str, encoding: str, start: int, end: int, options: ReadOptions,
                keep_clean: bool) -> _Shard:
    """In a worker: the records (or lines) of bytes ``start:end`` of ``path``, scanned."""
    from . import batch

    scan = batch._worker_scan
    allow = Action.ALLOW
    with open(path, "rb") as handle:
        handle.seek(start)
        data = handle.read(end - start)
    if encoding == "utf-8-sig":  # the BOM is at the start of the file only (later, U+FEFF is text)
        data = data[3:] if start == 0 and data.startswith(codecs.BOM_UTF8) else data
        encoding = "utf-8"
    source = Source(path, display, kind, encoding=encoding)
    # Line by line, not through a TextIOWrapper, so that bytes that do not decode are blamed on
    # their own line rather than on the first line of the block they were read with. bytes
    # split at "\r", "\n" and "\r\n" as the reader's universal newlines do.
    lines = iter(data.splitlines(keepends=True))

    def readline() -> str:
        return next(lines, b"").decode(encoding)

    tally = JsonlTally()
    items: list[tuple] = []
    clean = 0

    def error(line: int, record: int, rest: str) -> None:
        nonlocal clean
        if clean:
            items.append((_CLEAN, clean))
            clean = 0
        items.append((_ERROR, line, record, rest))

    undecodable = None
    messages = 0
    if kind == "text":  # (a whole-file check found it UTF-8)
        text = data.decode(encoding)
        tally.chars = len(text)
        events = line_messages(source, text)
    else:
        events = jsonl_events(source, readline, options, tally, error)
    try:
        for event in events:
            if not isinstance(event, Message):
                continue  # a blank or unscanned line: only a masked copy needs it
            messages += 1
            report = scan(event.text)
            if not keep_clean and not report.findings and report.action is allow and report.score == 0.0:
                clean += 1
                continue
            if clean:
                items.append((_CLEAN, clean))
                clean = 0
            items.append((_FOUND, event.line, event.record, event.id, event.offset, event.text, report.findings,
                          report.score, report.action))
    except UndecodableLine as exc:
        undecodable = exc.line
    if clean:
        items.append((_CLEAN, clean))
    if kind == "text":
        tally.lines = messages
    return _Shard(tally, items, undecodable)
