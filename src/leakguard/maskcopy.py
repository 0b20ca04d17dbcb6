"""Masked copies for ``--mask OUTPUT`` and ``--in-place``: every finding replaced by its placeholder.

Every file is written to a temporary file beside its destination and moved into place with
``os.replace``, so a reader never sees half a file and an interrupted run leaves the old one.
A copy keeps the input's encoding (BOM included) and line endings. An input is never written
to unless ``--in-place`` was asked for, and then only when something was masked.

A copy never holds a record as it was unless its message was scanned: a record without message
text has each of its strings and numbers masked by the detectors, and a file with a record that
could not be read (not JSON, a key given twice, a list where the text should be) gets no copy
at all. ``--in-place`` rewrites the file a symbolic link points to, and refuses a file with
more than one hard link, whose other names would keep the unmasked text.
"""
from __future__ import annotations

import csv
import io
import json
import os
import stat
import tempfile
from dataclasses import replace
from typing import Any, Callable

from .corpus import Message, Passthrough, Source, SourceEnd, assign
from .longtext import Tail, Window
from .masking import Pseudonymizer, _groups, check_options, mask_findings, select
from .model import Finding, Report
from .policy import DEFAULT_POLICY
from .scanner import find


class MaskPlanError(Exception):
    """The masked copies cannot be written where asked (e.g. they would overwrite an input)."""


class _Inputs:
    """The input files by path and by (device, inode): an output is looked up once, not compared
    with every input (a folder of 10,000 files would otherwise cost 10⁸ stat pairs)."""

    def __init__(self, sources: list[Source]):
        self.by_path: dict[str, str] = {}
        self.by_inode: dict[tuple[int, int], str] = {}
        for source in sources:
            if source.is_stdin:
                continue
            self.by_path.setdefault(os.path.abspath(source.path), source.display)
            try:
                st = os.stat(source.path)
            except OSError:
                continue
            self.by_inode.setdefault((st.st_dev, st.st_ino), source.display)

    def find(self, path: str) -> str | None:
        """The input ``path`` is (the same path, or a link to the same file), or None."""
        hit = self.by_path.get(os.path.abspath(path))
        if hit is not None:
            return hit
        try:
            st = os.stat(path)
        except OSError:
            return None
        return self.by_inode.get((st.st_dev, st.st_ino))


def plan_outputs(sources: list[Source], paths: list[str], target: str | None, in_place: bool,
                 notice: Callable[[str, bool], None] = lambda text, is_error: None) -> dict[int, str]:
    """Destination per source (by ``id``). Raises :class:`MaskPlanError` for an impossible plan;
    a single input that cannot be rewritten in place is left out with a ``notice``."""
    outputs: dict[int, str] = {}
    if in_place:
        planned: dict[str, str] = {}
        for source in sources:
            if source.is_stdin:
                raise MaskPlanError("--in-place cannot rewrite stdin; use --mask OUTPUT")
            # os.replace on a link would put a plain file where the link was and leave the
            # file it points to as it was: the file itself is rewritten.
            real = os.path.realpath(source.path)
            try:
                links = os.stat(real).st_nlink
            except OSError:
                links = 1  # the reader names the problem
            if links > 1:
                notice(f"{source.display}: not rewritten in place: it has {links} hard links, and the "
                       f"others would keep the unmasked text; use --mask OUTPUT", True)
                continue
            if real in planned:
                notice(f"{source.display}: the same file as {planned[real]}, rewritten once", False)
                continue
            planned[real] = source.display
            outputs[id(source)] = real
        return outputs
    assert target is not None
    mirror = os.path.isdir(target) or len(paths) > 1 or any(p != "-" and os.path.isdir(p) for p in paths)
    seen: dict[str, str] = {}
    inputs = _Inputs(sources)
    for source in sources:
        if mirror:
            if source.is_stdin:
                raise MaskPlanError("stdin can only be masked into a file: give one input and --mask FILE")
            out = os.path.join(target, source.rel if source.rel is not None else os.path.basename(source.path))
        else:
            out = target
        overwritten = inputs.find(out)
        if overwritten is not None:
            raise MaskPlanError(f"--mask would overwrite the input {overwritten}; "
                                f"choose another OUTPUT (or --in-place to rewrite inputs)")
        key = os.path.abspath(out)
        if key in seen:
            raise MaskPlanError(f"--mask: {seen[key]} and {source.display} would both be written to {out}")
        seen[key] = source.display
        outputs[id(source)] = out
    return outputs


class _Pending:
    """An open temporary file that becomes ``destination`` on commit."""

    def __init__(self, destination: str, source: Source):
        self.destination = destination
        parent = os.path.dirname(os.path.abspath(destination))
        os.makedirs(parent, exist_ok=True)
        fd, self.temp = tempfile.mkstemp(prefix=".leakguard-", suffix=".tmp", dir=parent)
        self.binary = os.fdopen(fd, "wb")
        self.text = io.TextIOWrapper(self.binary, encoding=source.encoding, newline="")
        self.csv = csv.writer(self.text, lineterminator=source.newline) if source.kind == "csv" else None
        self.changed = False

    def commit(self, keep_mode_of: str | None) -> None:
        self.text.close()
        if keep_mode_of is not None:
            try:
                os.chmod(self.temp, stat.S_IMODE(os.stat(keep_mode_of).st_mode))
            except OSError:
                pass
        os.replace(self.temp, self.destination)

    def discard(self) -> None:
        try:
            self.text.close()
        except (OSError, ValueError, UnicodeError):
            pass
        try:
            os.unlink(self.temp)
        except OSError:
            pass


class MaskWriter:
    """Receives the reader's events with their reports and writes the masked copies."""

    def __init__(self, outputs: dict[int, str], *, in_place: bool, jsonl_field: str,
                 notice: Callable[[str, bool], None], policy=None, operator: str = "replace",
                 spans: str = "all", salt: str | None = None):
        # Checked before any file is opened: a bad choice must not leave half the copies written.
        check_options(operator, salt=salt)
        self.operator = operator
        self.spans = spans
        self.salt = salt
        self._pseudonyms: dict[int, Any] = {}  # one numbering per input file (a conversation)
        self.outputs = outputs
        self.in_place = in_place
        self.jsonl_field = jsonl_field
        self.notice = notice
        self.policy = policy or DEFAULT_POLICY  # scans records without message text
        self.files_written = 0
        self.not_written: list[str] = []
        self._open: dict[int, _Pending] = {}
        self._text_findings: dict[int, list[Finding]] = {}

    def _mask(self, source: Source, text: str, findings) -> str:
        pseudonyms = None
        if self.operator == "pseudonym":
            pseudonyms = self._pseudonyms.setdefault(id(source), Pseudonymizer())
        return mask_findings(text, findings, operator=self.operator, spans=self.spans, salt=self.salt,
                             pseudonyms=pseudonyms)

    def _pending(self, source: Source) -> _Pending:
        pending = self._open.get(id(source))
        if pending is None:
            pending = self._open[id(source)] = _Pending(self.outputs[id(source)], source)
        return pending

    def message(self, message: Message, report: Report) -> None:
        source = message.origin
        if source.kind == "text":
            if report.findings:
                shifted = self._text_findings.setdefault(id(source), [])
                shifted.extend(replace(f, start=f.start + message.offset, end=f.end + message.offset)
                               for f in report.findings)
            return
        if id(source) not in self.outputs:
            return
        try:
            pending = self._pending(source)
            masked = self._mask(source, message.text, report.findings) if report.findings else message.text
            changed = masked != message.text
            if source.kind == "jsonl":
                if not changed:
                    pending.text.write(message.raw)
                    return
                assign(message.payload, self.jsonl_field, masked)
                ending = message.raw[len(message.raw.rstrip("\r\n")):]
                pending.text.write(_dumps(message.payload, source.encoding) + ending)
            else:
                row, column = message.payload
                if changed:
                    row = list(row)
                    row[column] = masked
                pending.csv.writerow(row)
            pending.changed = pending.changed or changed
        except (OSError, UnicodeError) as exc:
            self._fail(source, exc)

    def stream(self, message: Message) -> "_StreamedCopy | None":
        """The masked copy of a text file too long to hold (``message.stream``), written window by
        window as the scan reads it and committed at the file's end like any other copy; None
        when the file gets no copy."""
        source = message.origin
        if id(source) not in self.outputs:
            return None
        try:
            pending = self._open[id(source)] = _Pending(self.outputs[id(source)], source)
        except OSError as exc:
            self._fail(source, exc)
            return None
        return _StreamedCopy(self, source, pending)

    def passthrough(self, item: Passthrough) -> None:
        source = item.origin
        if id(source) not in self.outputs:
            return
        if item.status == "error":
            self._refuse(source, f"line {item.line} could not be read, so it could not be masked")
            return
        try:
            pending = self._pending(source)
            raw = item.raw
            if item.status == "unscanned":
                masked, changed = self._mask_values(source, item.payload)
                if changed and source.kind == "csv":
                    raw = masked
                elif changed:
                    ending = raw[len(raw.rstrip("\r\n")):]
                    raw = _dumps(masked, source.encoding) + ending
                pending.changed = pending.changed or changed
            if source.kind == "csv":
                pending.csv.writerow(raw)
            else:
                pending.text.write(raw)
        except (OSError, UnicodeError) as exc:
            self._fail(source, exc)

    def _mask_values(self, source: Source, value: Any) -> tuple[Any, bool]:
        """``value`` with every string (and number) masked by the detectors, and whether any was."""
        policy = self.policy
        if isinstance(value, str):
            masked = self._mask(source, value, find(value, policy))
            return masked, masked != value
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            # A phone number stored as a JSON number has lost its leading 0 (9012345678).
            for text in (str(value), f"0{value}"):
                masked = self._mask(source, text, find(text, policy))
                if masked != text:
                    return masked, True
            return value, False
        if isinstance(value, list):
            items = [self._mask_values(source, v) for v in value]
            return [v for v, _ in items], any(c for _, c in items)
        if isinstance(value, dict):
            # Keys are masked too: an export keyed by sender may have a phone number for a key.
            items = {self._mask_values(source, k)[0]: self._mask_values(source, v) for k, v in value.items()}
            changed = any(c for _, c in items.values()) or list(items) != list(value)
            return {k: v for k, (v, _) in items.items()}, changed
        return value, False

    def _refuse(self, source: Source, why: str) -> None:
        pending = self._open.pop(id(source), None)
        if pending is not None:
            pending.discard()
        self.outputs.pop(id(source), None)
        self.not_written.append(source.display)
        self.notice(f"{source.display}: masked copy not written: {why}", True)

    def end(self, item: SourceEnd) -> None:
        try:
            self._end(item)
        finally:
            self._pseudonyms.pop(id(item.origin), None)

    def _end(self, item: SourceEnd) -> None:
        source = item.origin
        key = id(source)
        findings = self._text_findings.pop(key, [])
        pending = self._open.pop(key, None)
        if key not in self.outputs or not item.ok:
            if pending is not None:
                pending.discard()
            if key in self.outputs and not item.binary:  # the reader said why
                self.outputs.pop(key)
                self.not_written.append(source.display)
                self.notice(f"{source.display}: masked copy not written: the file could not be read", False)
            return
        try:
            if source.kind == "text" and pending is None:
                if source.text is None or (self.in_place and not findings):
                    return
                masked = self._mask(source, source.text, findings) if findings else source.text
                if self.in_place and masked == source.text:
                    return
                pending = _Pending(self.outputs[key], source)
                pending.text.write(masked)
                pending.changed = masked != source.text
                source.text = None
            elif pending is None:  # an empty export: still mirrored
                pending = _Pending(self.outputs[key], source)
            if self.in_place and not pending.changed:
                pending.discard()
                return
            pending.commit(keep_mode_of=None if source.is_stdin else source.path)
            self.files_written += 1
        except (OSError, UnicodeError) as exc:
            if pending is not None:
                pending.discard()
            self.not_written.append(source.display)
            self.notice(f"{source.display}: masked copy not written: {_why(exc)}", True)

    def _fail(self, source: Source, exc: Exception) -> None:
        self._refuse(source, _why(exc))

    def close(self) -> None:
        for pending in self._open.values():
            pending.discard()
        self._open.clear()


class _StreamedCopy:
    """A long text file masked as its windows pass: a run of overlapping findings is replaced
    once all of it is known (later windows' findings start at or after this window's core end),
    so the copy is what ``mask_findings`` writes for the whole text."""

    def __init__(self, writer: MaskWriter, source: Source, pending: _Pending):
        self.writer = writer
        self.source = source
        self.pending = pending
        self.tail = Tail()
        self.waiting: list[Finding] = []  # selected findings not yet written
        self.failed = False

    def window(self, window: Window, findings) -> None:
        """``findings``: the window's own findings, as the reports count them (before a baseline)."""
        if self.failed:
            return
        self.tail.add(window)
        self.waiting.extend(select(findings, self.writer.spans))
        cut = window.own_end
        for start, end, _ in (_groups(self.waiting) if self.waiting else ()):
            if end > window.own_end:  # a later finding may still join this run
                cut = min(cut, start)
                break
        self._write(cut)

    def finish(self) -> None:
        if not self.failed:
            self._write(self.tail.end)

    def abandon(self, why: str) -> None:
        """No copy: the file could not be read to its end."""
        if not self.failed:
            self.failed = True
            self.writer._refuse(self.source, why)

    def _write(self, cut: int) -> None:
        pos = self.tail.start
        if cut <= pos:
            return
        done = [f for f in self.waiting if f.start < cut]
        self.waiting = self.waiting[len(done):]
        piece = self.tail.get(pos, cut)
        try:
            if done:
                shifted = [replace(f, start=f.start - pos, end=f.end - pos) for f in done]
                masked = self.writer._mask(self.source, piece, shifted)
                self.pending.changed = self.pending.changed or masked != piece
                piece = masked
            self.pending.text.write(piece)
        except (OSError, UnicodeError) as exc:
            self.failed = True
            self.writer._fail(self.source, exc)
            return
        self.tail.drop(cut)


def _dumps(record: Any, encoding: str) -> str:
    line = json.dumps(record, ensure_ascii=False)
    try:
        line.encode(encoding)
    except UnicodeEncodeError:  # lone surrogates or characters the encoding lacks
        line = json.dumps(record, ensure_ascii=True)
    return line


def _why(exc: Exception) -> str:
    if isinstance(exc, UnicodeEncodeError):
        return f"a character cannot be written in {exc.encoding}"
    if isinstance(exc, OSError):
        return exc.strerror or str(exc)
    return str(exc)
