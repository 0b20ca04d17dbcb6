"""Masked copies for ``--mask OUTPUT`` and ``--in-place``: every finding replaced by its placeholder.

Every file is written to a temporary file beside its destination and moved into place with
``os.replace``, so a reader never sees half a file and an interrupted run leaves the old one.
A copy keeps the input's encoding (BOM included) and line endings. An input is never written
to unless ``--in-place`` was asked for, and then only when something was masked.
"""
from __future__ import annotations

import csv
import io
import json
import os
import stat
import tempfile
from dataclasses import replace
from typing import Callable

from .corpus import Message, Passthrough, Source, SourceEnd, assign
from .model import Finding, Report, mask_spans


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


def plan_outputs(sources: list[Source], paths: list[str], target: str | None, in_place: bool) -> dict[int, str]:
    """Destination per source (by ``id``). Raises :class:`MaskPlanError` for an impossible plan."""
    outputs: dict[int, str] = {}
    if in_place:
        for source in sources:
            if source.is_stdin:
                raise MaskPlanError("--in-place cannot rewrite stdin; use --mask OUTPUT")
            outputs[id(source)] = source.path
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
                 notice: Callable[[str, bool], None]):
        self.outputs = outputs
        self.in_place = in_place
        self.jsonl_field = jsonl_field
        self.notice = notice
        self.files_written = 0
        self._open: dict[int, _Pending] = {}
        self._text_findings: dict[int, list[Finding]] = {}

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
            if source.kind == "jsonl":
                if not report.findings:
                    pending.text.write(message.raw)
                    return
                assign(message.payload, self.jsonl_field, mask_spans(message.text, report.findings))
                ending = message.raw[len(message.raw.rstrip("\r\n")):]
                try:
                    line = json.dumps(message.payload, ensure_ascii=False)
                    line.encode(source.encoding)
                except UnicodeEncodeError:  # lone surrogates or characters the encoding lacks
                    line = json.dumps(message.payload, ensure_ascii=True)
                pending.text.write(line + ending)
            else:
                row, column = message.payload
                if report.findings:
                    row = list(row)
                    row[column] = mask_spans(message.text, report.findings)
                pending.csv.writerow(row)
            pending.changed = pending.changed or bool(report.findings)
        except (OSError, UnicodeError) as exc:
            self._fail(source, exc)

    def passthrough(self, item: Passthrough) -> None:
        source = item.origin
        if id(source) not in self.outputs:
            return
        try:
            pending = self._pending(source)
            if source.kind == "csv":
                pending.csv.writerow(item.raw)
            else:
                pending.text.write(item.raw)
        except (OSError, UnicodeError) as exc:
            self._fail(source, exc)

    def end(self, item: SourceEnd) -> None:
        source = item.origin
        key = id(source)
        findings = self._text_findings.pop(key, [])
        pending = self._open.pop(key, None)
        if key not in self.outputs or not item.ok:
            if pending is not None:
                pending.discard()
            return
        try:
            if source.kind == "text":
                if source.text is None or (self.in_place and not findings):
                    return
                pending = _Pending(self.outputs[key], source)
                pending.text.write(mask_spans(source.text, findings))
                pending.changed = bool(findings)
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
            self.notice(f"{source.display}: masked copy not written: {_why(exc)}", True)

    def _fail(self, source: Source, exc: Exception) -> None:
        pending = self._open.pop(id(source), None)
        if pending is not None:
            pending.discard()
        self.outputs.pop(id(source), None)
        self.notice(f"{source.display}: masked copy not written: {_why(exc)}", True)

    def close(self) -> None:
        for pending in self._open.values():
            pending.discard()
        self._open.clear()


def _why(exc: Exception) -> str:
    if isinstance(exc, UnicodeEncodeError):
        return f"a character cannot be written in {exc.encoding}"
    if isinstance(exc, OSError):
        return exc.strerror or str(exc)
    return str(exc)
