"""The command line's path for a text file too long to hold: scanned from disk in windows.

``corpus`` hands such a file over as a ``Message`` with a ``stream`` (a ``LongText``: path,
encoding, length, pragma lines; no text). It is read once, window by window
(``longtext.scan_windows``), and every step the whole-text path takes per finding is taken here
per window, as the windows pass: the ``leakguard: allow`` lines, ``--only``/``--skip``, the masked
copy, the baseline, line and column numbers, the HTML excerpts. What a report prints before its
findings (the verdict) is known only at the end, so the findings wait on disk, one pickled
record each, and are written out afterwards. Memory stays that of one window at any file size;
the outputs are those of the whole-text path (tests/test_cli_stream.py compares them).
"""
from __future__ import annotations

import bisect
import json
import pickle
import tempfile
from collections import Counter
from typing import IO, Any, Iterator

from .corpus import InputError, LongText, Message
from .longtext import Tail, Window, scan_windows, stream_windows
from .model import Action, Finding, Report

Position = tuple[int, int, int, int]  # start line, start column, end line, end column (1-based)


class _Lines:
    """Line and column of offsets, counted window by window: newlines before each core start."""

    def __init__(self) -> None:
        self.at = 0  # the current window's core start
        self.newlines = 0  # newlines before ``at``
        self.last = -1  # the last newline before ``at``

    def position(self, w: Window, offset: int) -> tuple[int, int]:
        base, rel = self.at - w.start, offset - w.start
        last = w.text.rfind("\n", base, rel)
        last = w.start + last if last >= 0 else self.last
        return self.newlines + w.text.count("\n", base, rel) + 1, offset - last

    def passed(self, w: Window) -> None:
        base, rel = self.at - w.start, w.own_end - w.start
        self.newlines += w.text.count("\n", base, rel)
        last = w.text.rfind("\n", base, rel)
        if last >= 0:
            self.last = w.start + last
        self.at = w.own_end


class _Allowed:
    """``leakguard: allow`` lines (sorted, disjoint): whether a finding overlaps one."""

    def __init__(self, ranges: tuple[tuple[int, int], ...]):
        self.starts = [a for a, _ in ranges]
        self.ends = [b for _, b in ranges]

    def covers(self, f: Finding) -> bool:
        i = bisect.bisect_left(self.starts, f.end)  # lines starting before the finding ends
        return i > 0 and self.ends[i - 1] > f.start  # line ends only grow: the last one decides


class _Spool:
    """Findings with their positions, on disk until the verdict is known."""

    def __init__(self) -> None:
        self.file: IO[bytes] = tempfile.TemporaryFile()
        self.count = 0

    def add(self, finding: Finding, position: Position) -> None:
        self.file.write(pickle.dumps((finding, position), protocol=pickle.HIGHEST_PROTOCOL))
        self.count += 1

    def __iter__(self) -> Iterator[tuple[Finding, Position]]:
        self.file.seek(0)
        for _ in range(self.count):
            yield pickle.load(self.file)

    def findings(self) -> Iterator[Finding]:
        return (f for f, _ in self)

    def close(self) -> None:
        self.file.close()


def scan_long(message: Message, run, *, policy, context, categories, pragma: bool, masker, matcher,
              writer, hide_values: bool, where: str) -> Action | None:
    """Scans ``message.stream`` as the CLI's loop scans a message and writes its report; counts
    go to ``run`` (cli._Run). The verdict, or None when the file could not be read to its end."""
    long_text: LongText = message.stream
    args = run.args
    spool = _Spool()
    excerpts = _Excerpts(long_text.length, hide_values) if args.format == "html" else None
    copy = masker.stream(message) if masker is not None else None
    allowed = _Allowed(long_text.allowed) if pragma and long_text.allowed else None
    counts: Counter[str] = Counter()
    tally = {"suppressed": 0, "known": 0}

    def kept() -> Iterator[Finding]:
        lines = _Lines()
        for w, owned in scan_windows(stream_windows(long_text.chunks()), policy):
            chosen = []
            for f in owned:
                if allowed is not None and allowed.covers(f):
                    tally["suppressed"] += 1
                elif categories is None or f.category in categories:
                    chosen.append(f)
            if copy is not None:  # a masked copy hides known findings too
                copy.window(w, chosen)
            if excerpts is not None:
                excerpts.window(w)
            for f in chosen:
                if matcher is not None and matcher.is_known(f, message.source) and args.baseline:
                    tally["known"] += 1
                    continue
                spool.add(f, (*lines.position(w, f.start), *lines.position(w, f.end)))
                counts[f.category] += 1
                if excerpts is not None:
                    excerpts.highlighter.add(f)
                yield f
            if excerpts is not None:
                excerpts.passed(w)
            lines.passed(w)

    try:
        try:
            found = kept()
            score, action = policy.decide(found, context)  # the same fold, in the same order
            for _ in found:  # (a decide() that stops early must not leave the copy or report short)
                pass
        except InputError as exc:  # the file changed or vanished since it was probed
            run.notice(str(exc), True)
            if copy is not None:
                copy.abandon("the file could not be read")
            return None
        if copy is not None:
            copy.finish()
        run.messages += 1
        run.actions[action.value] += 1
        run.categories.update(counts)
        run.suppressed += tally["suppressed"]
        run.known += tally["known"]
        if spool.count or args.all:
            _write(args.format, run.out, writer, where, Report((), score, action), spool, excerpts,
                   hide_values, message)
        return action
    finally:
        spool.close()
        if excerpts is not None:
            excerpts.close()


class _Excerpts:
    """The HTML report's excerpts of a long file, written to a temporary file as it is read."""

    def __init__(self, length: int, hide_values: bool):
        from .htmlreport import Highlighter

        self.file = tempfile.TemporaryFile("w+", encoding="utf-8", errors="surrogatepass")
        self.tail = Tail()
        self.head = ""
        self.highlighter = Highlighter(length, self.file.write, self.tail, hide_values=hide_values)

    def window(self, w: Window) -> None:
        """Before the window's findings: their text and what follows them."""
        from .htmlreport import _LONG

        if w.start == 0:
            self.head = w.text[:_LONG]
        self.tail.add(w)

    def passed(self, w: Window) -> None:
        self.tail.drop(self.highlighter.keep_from(w.own_end))

    def finish(self) -> IO[str]:
        self.highlighter.close(self.head)
        self.file.seek(0)
        return self.file

    def close(self) -> None:
        self.file.close()


def _write(fmt: str, out, writer, where: str, report: Report, spool: _Spool, excerpts, hide_values: bool,
           message: Message) -> None:
    if fmt == "text":
        from .cli import _finding_text

        out.write(f"{where}: {report.action.value} (score {report.score:.2f})\n")
        for f, (line, *_) in spool:
            out.write(_finding_text(f, hide_values, f" (line {line})") + "\n")
    elif fmt in ("json", "jsonl"):
        record = {"source": message.source, "line": None, **report.to_dict(hide_values=hide_values)}
        findings = (f.to_dict(hide_values=hide_values) for f in spool.findings())
        if fmt == "jsonl":
            _json_record(out.write, record, findings, None)
            out.write("\n")
        else:  # one item of cli._JsonArray, written as it writes one
            out.write("[\n  " if writer.count == 0 else ",\n  ")
            _json_record(out.write, record, findings, 2, lambda s: s.replace("\n", "\n  "))
            writer.count += 1
    elif fmt == "html":
        writer.write_card(where, report, spool.findings(), spool.count, excerpts.finish)
    else:
        writer.write_located(message.source, report, spool)


_MARK = "\0leakguard findings\0"


def _json_record(write, record: dict[str, Any], findings: Iterator[dict], indent: int | None,
                 shift=lambda s: s) -> None:
    """``json.dumps(record)`` with ``record["findings"]`` the list of ``findings``, written piece
    by piece: the list is never built. ``shift`` re-indents as the caller's array does."""
    text = json.dumps({**record, "findings": [_MARK]}, ensure_ascii=False, indent=indent)
    head, tail = text.split(json.dumps(_MARK))
    if indent is None:
        sep, item_indent = ", ", ""
    else:  # "[\n" + the item's indentation, as json.dumps writes a list's items
        item_indent = head[head.rindex("\n") + 1:]
        sep = ",\n" + item_indent
    first = next(findings, None)
    if first is None:  # an empty list is "[]" on one line
        write(shift(head[:len(head) - len(item_indent)].rstrip("\n") + "]" + tail[tail.index("]") + 1:]))
        return
    write(shift(head))
    item = json.dumps(first, ensure_ascii=False, indent=indent)
    write(shift(item.replace("\n", "\n" + item_indent) if indent is not None else item))
    for found in findings:
        item = json.dumps(found, ensure_ascii=False, indent=indent)
        write(shift(sep + (item.replace("\n", "\n" + item_indent) if indent is not None else item)))
    write(shift(tail))
