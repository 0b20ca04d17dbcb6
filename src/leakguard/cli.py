"""``python -m leakguard``: scan files, folders, chat-log exports (or stdin) and report findings.

``python -m leakguard serve ...`` starts the HTTP pre-send service instead (see server.py).

Exit status: 0 when nothing reaches ``--fail-on`` (default ``block``), 1 when something does,
2 for usage or I/O errors (every readable input is still scanned; errors name the input).
Reports go to stdout in input order; notices, the progress bar and the summary go to stderr.
"""
from __future__ import annotations

import argparse
import json
import os
import sys
from collections import Counter, deque
from typing import Any, Iterator, Sequence, TextIO

from .corpus import (
    KINDS,
    Message,
    Passthrough,
    ReadOptions,
    ReadStats,
    SourceEnd,
    allowed_ranges,
    discover,
    read_events,
)
from .model import Action, Report

# Below this much input a process pool costs more than it saves (each worker loads the
# dictionaries, ~0.3 s): the default --jobs then scans in this process.
_PARALLEL_MIN_BYTES = 256 * 1024


def build_parser() -> argparse.ArgumentParser:
    from .context import STAGES

    parser = argparse.ArgumentParser(
        prog="leakguard",
        description="Find phone numbers, e-mail addresses, LINE IDs, outside-contact invitations and "
        "off-platform payment requests in Japanese messages. `leakguard serve --help` for the HTTP service.",
    )
    from . import __version__

    parser.add_argument("--version", action="version", version=f"leakguard {__version__}")
    parser.add_argument("paths", nargs="+", metavar="PATH",
                        help="files or folders (recursive) to scan; - reads stdin")
    parser.add_argument("--lines", action="store_true", help="every line of a text file is one message")
    parser.add_argument("--format", choices=("text", "json", "jsonl", "html", "sarif"), default="text")
    parser.add_argument("--fail-on", choices=("block", "warn", "never"), default="block",
                        help="exit 1 when a message reaches this action (default: block)")
    parser.add_argument("--hide-values", action="store_true",
                        help="report categories and positions, not the personal data itself")
    parser.add_argument("--all", action="store_true", help="also list messages with no findings")
    inputs = parser.add_argument_group("inputs")
    inputs.add_argument("--include", action="append", default=[], metavar="GLOB",
                        help="in folders, only files whose name or relative path matches (repeatable)")
    inputs.add_argument("--exclude", action="append", default=[], metavar="GLOB",
                        help="in folders, skip files whose name or relative path matches (repeatable)")
    inputs.add_argument("--input-format", choices=KINDS, default=None,
                        help="how to read every input (default: by suffix: .jsonl/.ndjson, .csv, else text)")
    inputs.add_argument("--jsonl-field", default="text", metavar="KEY",
                        help="JSONL: the field holding the message; dots reach nested keys (message.body)")
    inputs.add_argument("--csv-column", default="text", metavar="NAME", help="CSV: the column holding the message")
    inputs.add_argument("--id-field", default=None, metavar="KEY",
                        help="JSONL/CSV: a field or column to report with each record (e.g. message_id)")
    inputs.add_argument("--no-allow-pragma", action="store_true",
                        help="ignore `leakguard: allow` comments in text files (for untrusted text)")
    verdict = parser.add_argument_group("verdicts")
    verdict.add_argument("--policy", default=None, metavar="FILE",
                         help="a policy TOML file, or a preset name (escrow_gated, strict)")
    verdict.add_argument("--stage", choices=STAGES, default=None, help="the deal stage the messages were sent at")
    output = parser.add_argument_group("masking and running")
    masking = output.add_mutually_exclusive_group()
    masking.add_argument("--mask", default=None, metavar="OUTPUT",
                         help="write masked copies: to a file (one input) or a folder mirroring the inputs")
    masking.add_argument("--in-place", action="store_true",
                         help="mask the input files themselves (atomically, keeping their encoding)")
    output.add_argument("--jobs", "-j", type=int, default=None, metavar="N",
                        help="worker processes (default: one per core; small inputs run in-process)")
    output.add_argument("--quiet", "-q", action="store_true", help="no progress bar, notices or summary")
    return parser


# -- report writers ---------------------------------------------------------------------------

def _where(message: Message) -> str:
    where = message.source if message.line is None else f"{message.source}:{message.line}"
    if message.record is not None:
        extra = f"record {message.record}"
        if message.id is not None:
            extra += f", id {message.id}"
        where += f" ({extra})"
    return where


def _record(message: Message, report: Report, hide_values: bool, with_id: bool) -> dict:
    record: dict[str, Any] = {"source": message.source, "line": message.line}
    if message.record is not None:
        record["record"] = message.record
        if with_id:
            record["id"] = message.id
    record.update(report.to_dict(hide_values=hide_values))
    return record


def _text_line(message: Message, report: Report, hide_values: bool) -> str:
    parts = [f"{_where(message)}: {report.action.value} (score {report.score:.2f})"]
    line, counted = 1, 0  # findings come ordered by start: count each newline once
    for f in report.findings:
        shown = "" if hide_values else f" {f.text!r} -> {f.value}"
        at = ""
        if message.line is None:  # a whole file: say on which line
            line += message.text.count("\n", counted, f.start)
            counted = max(counted, f.start)
            at = f" (line {line})"
        parts.append(f"  [{f.start}:{f.end}] {f.category}{shown} ({f.score:.2f}) {f.reason}{at}")
    return "\n".join(parts)


class _JsonArray:
    """Streams exactly what ``json.dump(list, indent=2)`` would write, one item at a time."""

    def __init__(self, out: TextIO):
        self.out = out
        self.count = 0

    def write(self, item: dict) -> None:
        body = json.dumps(item, ensure_ascii=False, indent=2).replace("\n", "\n  ")
        self.out.write(("[\n  " if self.count == 0 else ",\n  ") + body)
        self.count += 1

    def close(self, summary: dict | None = None) -> None:
        self.out.write("[]\n" if self.count == 0 else "\n]\n")


# -- the run ------------------------------------------------------------------------------

class _Run:
    def __init__(self, args: argparse.Namespace, out: TextIO, err: TextIO):
        self.args = args
        self.out = out
        self.err = err
        self.io_error = False
        self.actions: Counter[str] = Counter()
        self.categories: Counter[str] = Counter()
        self.messages = 0
        self.suppressed = 0

    def notice(self, text: str, is_error: bool) -> None:
        if is_error:
            self.io_error = True
        if is_error or not self.args.quiet:
            self.err.write(f"leakguard: {text}\n")

    def summary(self, sources: int, read_stats: ReadStats, masked: int | None,
                not_written: list[str]) -> dict[str, Any]:
        return {
            "messages": self.messages, "sources": sources,
            "actions": {a.value: self.actions.get(a.value, 0) for a in (Action.BLOCK, Action.WARN, Action.ALLOW)},
            "categories": dict(self.categories),
            "binary_skipped": read_stats.binary_skipped, "without_text": read_stats.without_text,
            "suppressed": self.suppressed, "errors": self.io_error, "masked_files": masked,
            "masked_not_written": len(not_written),
            "policy": self.args.policy, "stage": self.args.stage,
        }


def _count(n: int, singular: str, plural: str | None = None) -> str:
    """``1 message``, ``2 messages``."""
    return f"{n:,} {singular if n == 1 else (plural or singular + 's')}"


def _summary_line(summary: dict[str, Any]) -> str:
    actions = summary["actions"]
    text = (f"{_count(summary['messages'], 'message')} in {_count(summary['sources'], 'input')}: "
            f"{actions['block']:,} block, {actions['warn']:,} warn, {actions['allow']:,} allow")
    if summary["categories"]:
        text += "; findings: " + ", ".join(f"{c} {n:,}" for c, n in sorted(summary["categories"].items()))
    extras = []
    if summary["suppressed"]:
        extras.append(f"{_count(summary['suppressed'], 'finding')} allowed by `leakguard: allow`")
    if summary["binary_skipped"]:
        extras.append(f"{_count(summary['binary_skipped'], 'binary file')} skipped")
    if summary["without_text"]:
        extras.append(f"{_count(summary['without_text'], 'record')} without message text")
    if summary["masked_files"] is not None:
        extras.append(f"{_count(summary['masked_files'], 'masked file')} written")
        if summary["masked_not_written"]:
            extras.append(f"{_count(summary['masked_not_written'], 'masked copy', 'masked copies')} "
                          f"not written (named above)")
    return text + ("; " + "; ".join(extras) if extras else "")


def _load_policy(spec: str | None):
    from .policy import PRESETS, Policy

    if spec is None:
        return None
    if not os.path.exists(spec) and spec in PRESETS:
        return Policy.preset(spec)
    return Policy.from_toml(spec)


def _total_bytes(sources) -> int | None:
    total = 0
    for source in sources:
        if source.is_stdin:
            return None
        try:
            total += os.path.getsize(source.path)
        except OSError:
            pass
    return total


def main(argv: Sequence[str] | None = None, *, stdout: TextIO | None = None,
         stderr: TextIO | None = None, stdin: TextIO | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    out = stdout or sys.stdout
    err = stderr or sys.stderr
    if argv[:1] == ["serve"]:
        from .server import serve_main

        return serve_main(argv[1:], stderr=err)
    args = build_parser().parse_args(argv)
    if out is sys.stdout and hasattr(out, "reconfigure"):
        # JSON records may carry lone surrogates (from \ud800 escapes): never crash on output.
        out.reconfigure(errors="backslashreplace")
    return _scan_command(args, out, err, stdin)


def _scan_command(args: argparse.Namespace, out: TextIO, err: TextIO, stdin: TextIO | None) -> int:
    from . import __version__
    from .batch import scan_many
    from .context import Context
    from .policy import DEFAULT_POLICY, PolicyError

    run = _Run(args, out, err)
    try:
        policy = _load_policy(args.policy)
    except PolicyError as exc:
        print(f"leakguard: {exc}", file=err)
        return 2
    context = Context(stage=args.stage) if args.stage else None
    effective_policy = policy or DEFAULT_POLICY

    mask_target = os.path.abspath(args.mask) if args.mask else None
    sources = discover(args.paths, include=args.include, exclude=args.exclude, forced_kind=args.input_format,
                       skip=(lambda p: os.path.abspath(p) == mask_target) if mask_target else (lambda p: False),
                       notice=run.notice)
    masker = None
    if args.mask or args.in_place:
        from .maskcopy import MaskPlanError, MaskWriter, plan_outputs

        try:
            outputs = plan_outputs(sources, args.paths, args.mask, args.in_place, notice=run.notice)
        except MaskPlanError as exc:
            print(f"leakguard: {exc}", file=err)
            return 2
        masker = MaskWriter(outputs, in_place=args.in_place, jsonl_field=args.jsonl_field, notice=run.notice,
                            policy=policy)

    options = ReadOptions(by_line=args.lines, jsonl_field=args.jsonl_field, csv_column=args.csv_column,
                          id_field=args.id_field, keep_payload=masker is not None, hide_values=args.hide_values)
    read_stats = ReadStats()
    total = _total_bytes(sources)
    jobs = args.jobs
    if jobs is None:
        jobs = 1 if total is not None and total < _PARALLEL_MIN_BYTES else (os.cpu_count() or 1)
    if jobs < 1:
        print("leakguard: --jobs must be at least 1", file=err)
        return 2

    progress = None
    if not args.quiet and hasattr(err, "isatty") and err.isatty():
        from .progress import Progress

        progress = Progress(err, total)

    fail_level = None if args.fail_on == "never" else Action(args.fail_on).severity
    status = 0
    writer: Any = None
    if args.format == "json":
        writer = _JsonArray(out)
    elif args.format == "html":
        from .htmlreport import HtmlWriter

        writer = HtmlWriter(out, hide_values=args.hide_values)
    elif args.format == "sarif":
        from .sarif import _LEVELS, SarifWriter

        table = effective_policy.actions_for(context)
        writer = SarifWriter(out, hide_values=args.hide_values, version=__version__,
                             default_levels={c: _LEVELS[Action.parse(a)] for c, a in table.items()})

    # The reader runs ahead of the scanner by the in-flight window of scan_many; events that
    # are not messages wait in this queue so that everything is handled in input order.
    queue: deque = deque()

    def texts() -> Iterator[str]:
        for event in read_events(sources, options, read_stats, run.notice, stdin):
            queue.append(event)
            if isinstance(event, Message):
                yield event.text

    def drain_until_message() -> Message:
        while True:
            event = queue.popleft()
            if isinstance(event, Message):
                return event
            _handle_other(event)

    def _handle_other(event) -> None:
        if masker is None:
            return
        if isinstance(event, Passthrough):
            masker.passthrough(event)
        elif isinstance(event, SourceEnd):
            masker.end(event)

    pragma = not args.no_allow_pragma
    try:
        for report in scan_many(texts(), policy=policy, context=context, jobs=jobs):
            message = drain_until_message()
            if pragma and message.origin is not None and message.origin.kind == "text":
                report = _apply_pragma(message.text, report, effective_policy, context, run)
            run.messages += 1
            run.actions[report.action.value] += 1
            for f in report.findings:
                run.categories[f.category] += 1
            if masker is not None:
                masker.message(message, report)
            if fail_level is not None and report.action.severity >= fail_level:
                status = 1
            if progress is not None:
                progress.update(run.messages, read_stats.bytes_read)
            if not report.findings and not args.all:
                continue
            if args.format == "text":
                out.write(_text_line(message, report, args.hide_values) + "\n")
            elif args.format == "jsonl":
                out.write(json.dumps(_record(message, report, args.hide_values, args.id_field is not None),
                                     ensure_ascii=False) + "\n")
            elif args.format == "json":
                writer.write(_record(message, report, args.hide_values, args.id_field is not None))
            elif args.format == "html":
                writer.write(_where(message), report, message.text)
            else:
                writer.write(message.source, message.line, message.line is None, message.record, message.id,
                             report, message.text)
        while queue:
            _handle_other(queue.popleft())
    finally:
        if progress is not None:
            progress.close()
        if masker is not None:
            masker.close()
    summary = run.summary(len(sources), read_stats, masker.files_written if masker else None,
                          masker.not_written if masker else [])
    if writer is not None:
        writer.close(summary)
    out.flush()
    if not args.quiet:
        err.write(f"leakguard: {_summary_line(summary)}\n")
    return 2 if run.io_error else status


def _apply_pragma(text: str, report: Report, policy, context, run: _Run) -> Report:
    """Drop findings on lines marked ``leakguard: allow`` and decide again on the rest."""
    if not report.findings:
        return report
    ranges = allowed_ranges(text)
    if not ranges:
        return report
    kept = tuple(f for f in report.findings if not any(f.start < b and f.end > a for a, b in ranges))
    if len(kept) == len(report.findings):
        return report
    run.suppressed += len(report.findings) - len(kept)
    score, action = policy.decide(kept, context)
    return Report(kept, score, action, report.text)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
