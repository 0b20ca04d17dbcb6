"""``python -m leakguard``: scan files (or stdin) and report findings.

Exit status: 0 when nothing reaches ``--fail-on`` (default ``block``), 1 when something does,
2 for usage or I/O errors (every readable file is still scanned; errors name the file).
"""
from __future__ import annotations

import argparse
import json
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator, Sequence, TextIO

from .model import Action, Report

ENCODINGS = ("utf-8", "cp932", "euc_jp")


class InputError(Exception):
    """An input could not be read; the message names it and the reason."""


@dataclass(frozen=True, slots=True)
class Message:
    source: str
    line: int | None
    text: str


def decode_bytes(data: bytes, source: str) -> tuple[str, str]:
    """(text, encoding). UTF-8 (BOM or not) first, then CP932 or EUC-JP, whichever reads as Japanese."""
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as exc:
        utf8_error = exc
    readings = []
    for encoding in ENCODINGS[1:]:
        try:
            readings.append((data.decode(encoding), encoding))
        except UnicodeDecodeError:
            continue
    if not readings:
        raise InputError(
            f"{source}: not UTF-8, CP932 (Shift_JIS) or EUC-JP text "
            f"(first bad byte at offset {utf8_error.start})"
        )
    # EUC-JP bytes often also decode as CP932, but as half-width katakana noise: prefer the
    # reading with more hiragana and kanji, which ordinary Japanese is full of.
    return max(readings, key=lambda r: _japanese_weight(r[0]))


def _japanese_weight(text: str) -> int:
    return sum(1 for ch in text if "\u3040" <= ch <= "\u309f" or "\u4e00" <= ch <= "\u9fff")


def read_source(path: str, stdin: TextIO | None = None) -> tuple[str, str]:
    if path == "-":
        stream = stdin if stdin is not None else sys.stdin
        buffer = getattr(stream, "buffer", None)
        if buffer is not None:
            return decode_bytes(buffer.read(), "<stdin>")
        return stream.read(), "utf-8"
    try:
        data = Path(path).read_bytes()
    except IsADirectoryError:
        raise InputError(f"{path}: is a directory") from None
    except FileNotFoundError:
        raise InputError(f"{path}: no such file") from None
    except PermissionError:
        raise InputError(f"{path}: permission denied") from None
    except OSError as exc:
        raise InputError(f"{path}: cannot read: {exc.strerror or exc}") from None
    return decode_bytes(data, path)


def iter_messages(source: str, text: str, by_line: bool) -> Iterator[Message]:
    if not by_line:
        yield Message(source, None, text)
        return
    for number, line in enumerate(text.splitlines(), start=1):
        yield Message(source, number, line)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="leakguard",
        description="Find phone numbers, e-mail addresses, LINE IDs, outside-contact invitations and "
        "off-platform payment requests in Japanese messages.",
    )
    parser.add_argument("paths", nargs="+", metavar="PATH", help="files to scan; - reads stdin")
    parser.add_argument("--lines", action="store_true", help="every line is one message")
    parser.add_argument("--format", choices=("text", "json", "jsonl"), default="text")
    parser.add_argument("--fail-on", choices=("block", "warn", "never"), default="block",
                        help="exit 1 when a message reaches this action (default: block)")
    parser.add_argument("--hide-values", action="store_true",
                        help="report categories and positions, not the personal data itself")
    parser.add_argument("--all", action="store_true", help="also list messages with no findings")
    return parser


def _record(message: Message, report: Report, hide_values: bool) -> dict:
    record = {"source": message.source, "line": message.line}
    record.update(report.to_dict(hide_values=hide_values))
    return record


def _text_line(message: Message, report: Report, hide_values: bool) -> str:
    where = message.source if message.line is None else f"{message.source}:{message.line}"
    parts = [f"{where}: {report.action.value} (score {report.score:.2f})"]
    for f in report.findings:
        shown = "" if hide_values else f" {f.text!r} -> {f.value}"
        parts.append(f"  [{f.start}:{f.end}] {f.category}{shown} ({f.score:.2f}) {f.reason}")
    return "\n".join(parts)


def main(argv: Sequence[str] | None = None, *, stdout: TextIO | None = None,
         stderr: TextIO | None = None, stdin: TextIO | None = None) -> int:
    from .scanner import scan

    out = stdout or sys.stdout
    err = stderr or sys.stderr
    args = build_parser().parse_args(argv)
    fail_level = None if args.fail_on == "never" else Action(args.fail_on).severity
    status = 0
    io_error = False
    collected: list[dict] = []
    for path in args.paths:
        try:
            text, encoding = read_source(path, stdin)
        except InputError as exc:
            print(f"leakguard: {exc}", file=err)
            io_error = True
            continue
        source = "<stdin>" if path == "-" else path
        if encoding != "utf-8":
            print(f"leakguard: {source}: read as {encoding}", file=err)
        for message in iter_messages(source, text, args.lines):
            report = scan(message.text)
            if fail_level is not None and report.action.severity >= fail_level:
                status = 1
            if not report.findings and not args.all:
                continue
            if args.format == "text":
                print(_text_line(message, report, args.hide_values), file=out)
            elif args.format == "jsonl":
                print(json.dumps(_record(message, report, args.hide_values), ensure_ascii=False), file=out)
            else:
                collected.append(_record(message, report, args.hide_values))
    if args.format == "json":
        json.dump(collected, out, ensure_ascii=False, indent=2)
        out.write("\n")
    return 2 if io_error else status


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
