"""``python -m leakguard``: scan files, folders, chat-log exports (or stdin) and report findings.

``python -m leakguard serve ...`` starts the HTTP pre-send service instead (see server.py).

Exit status: 0 when nothing reaches ``--fail-on`` (default ``block``), 1 when something does,
2 for usage or I/O errors (every readable input is still scanned; errors name the input).
With ``--baseline FILE`` only findings the baseline does not hold count (baseline.py);
``--write-baseline FILE`` accepts every finding and exits 0 unless an input could not be read.
Reports go to stdout in input order; notices, the progress bar and the summary go to stderr.
"""
from __future__ import annotations

import argparse
import json
import os
import sys
from collections import Counter
from typing import Any, Sequence, TextIO

from .corpus import (
    KINDS,
    Message,
    Passthrough,
    ReadOptions,
    ReadStats,
    SourceEnd,
    allowed_ranges,
    discover,
)
from .model import Action, Report
from .progress import counted as _count

# Below this much input a process pool costs more than it saves (each worker loads the
# dictionaries, ~0.3 s): the default --jobs then scans in this process.
_PARALLEL_MIN_BYTES = 256 * 1024


# The hash operator's key comes from the environment, not the command line (process lists, history).
_SALT_VARIABLE = "LEAKGUARD_MASK_SALT"

_USAGE = ("%(prog)s [options] PATH [PATH ...]\n"
          "       %(prog)s serve [--host HOST] [--port PORT] [...]   (the HTTP pre-send service)")


def _categories(value: str) -> list[str]:
    from .model import CATEGORIES

    names = [v.strip() for v in value.split(",") if v.strip()]
    unknown = [n for n in names if n not in CATEGORIES]
    if unknown or not names:
        raise argparse.ArgumentTypeError(f"unknown category {', '.join(unknown) or repr(value)}: "
                                         f"choose from {', '.join(CATEGORIES)}")
    return names


def build_parser(*, include_serve: bool = True) -> argparse.ArgumentParser:
    """The whole command line: the scan options and (``include_serve``) the ``serve`` command, for
    help and generated docs. ``main`` parses scans without the ``serve`` command, because argparse
    would read a second PATH as a command name."""
    from . import __version__
    from .context import STAGES
    from .model import CATEGORIES

    parser = argparse.ArgumentParser(
        prog="leakguard", usage=_USAGE,
        description="Find phone numbers, e-mail addresses, LINE IDs, outside-contact invitations and "
        "off-platform payment requests in Japanese messages. `leakguard serve --help` for the HTTP service.",
        epilog="Exit status: 0 nothing reached --fail-on, 1 something did, 2 usage or input errors "
        "(every readable input is still scanned).",
    )
    parser.add_argument("--version", action="version", version=f"leakguard {__version__}",
                        help="print the version and exit")
    parser.add_argument("paths", nargs="+", metavar="PATH",
                        help="files or folders (recursive) to scan; - reads stdin")
    parser.add_argument("--lines", action="store_true",
                        help="every line of a text file is one message (default: a text file is one message)")
    parser.add_argument("--format", choices=("text", "json", "jsonl", "html", "sarif"), default="text",
                        help="report format on stdout (default: %(default)s)")
    parser.add_argument("--fail-on", choices=("block", "warn", "never"), default="block",
                        help="exit 1 when a message reaches this action (default: %(default)s)")
    shown = parser.add_mutually_exclusive_group()
    shown.add_argument("--hide-values", action="store_true",
                       help="report categories and positions, not the personal data itself, in reports "
                            "and error messages (default: values shown, except in SARIF)")
    shown.add_argument("--show-values", action="store_true",
                       help="SARIF: include the values found (default: hidden, as SARIF is uploaded to "
                            "code-scanning services)")
    parser.add_argument("--all", action="store_true",
                        help="also list messages with no findings (default: only messages with findings)")
    inputs = parser.add_argument_group("inputs")
    inputs.add_argument("--include", action="append", default=[], metavar="GLOB",
                        help="in folders, only files whose name or relative path matches (repeatable; "
                             "default: every file)")
    inputs.add_argument("--exclude", action="append", default=[], metavar="GLOB",
                        help="in folders, skip files whose name or relative path matches (repeatable; "
                             "default: none; .git, .venv, node_modules and the like are always skipped)")
    inputs.add_argument("--input-format", choices=KINDS, default=None,
                        help="how to read every input (default: by suffix: .jsonl/.ndjson, .csv, else text)")
    inputs.add_argument("--jsonl-field", default="text", metavar="KEY",
                        help="JSONL: the field holding the message; dots reach nested keys, e.g. message.body "
                             "(default: %(default)s)")
    inputs.add_argument("--csv-column", default="text", metavar="NAME",
                        help="CSV: the column holding the message (default: %(default)s)")
    inputs.add_argument("--id-field", default=None, metavar="KEY",
                        help="JSONL/CSV: a field or column to report with each record, e.g. message_id "
                             "(default: none)")
    inputs.add_argument("--no-allow-pragma", action="store_true",
                        help="ignore `leakguard: allow` comments in text files, for untrusted text "
                             "(default: honoured)")
    verdict = parser.add_argument_group("verdicts")
    verdict.add_argument("--policy", default=None, metavar="FILE",
                         help="a policy TOML file, or a preset name: escrow_gated, strict "
                              "(default: escrow_gated)")
    verdict.add_argument("--stage", choices=STAGES, default=None,
                         help="the deal stage the messages were sent at (default: unknown)")
    verdict.add_argument("--only", type=_categories, action="append", default=None, metavar="CATEGORY",
                         help=f"report only these categories, comma-separated or repeated; one of "
                              f"{', '.join(CATEGORIES)} (default: all)")
    verdict.add_argument("--skip", type=_categories, action="append", default=None, metavar="CATEGORY",
                         help="leave out these categories, comma-separated or repeated (default: none)")
    known = parser.add_argument_group("baseline (accept known findings, fail on new ones)")
    known.add_argument("--baseline", default=None, metavar="FILE",
                       help="report and fail only on findings this baseline file does not hold (default: none)")
    writing = known.add_mutually_exclusive_group()
    writing.add_argument("--update-baseline", action="store_true",
                         help="with --baseline: rewrite it with this run's findings; the exit status "
                              "still reports the new ones (default: the file is only read)")
    writing.add_argument("--write-baseline", default=None, metavar="FILE",
                         help="write every finding of this run to a new baseline FILE and exit 0 "
                              "unless an input could not be read (default: none)")
    output = parser.add_argument_group("masking and running")
    masking = output.add_mutually_exclusive_group()
    masking.add_argument("--mask", default=None, metavar="OUTPUT",
                         help="write masked copies: to a file (one input) or a folder mirroring the inputs "
                              "(default: none)")
    masking.add_argument("--in-place", action="store_true",
                         help="mask the input files themselves, atomically, keeping their encoding; "
                              "a symbolic link's target is rewritten, a hard-linked file refused (default: off)")
    output.add_argument("--mask-operator", choices=("replace", "redact", "partial", "hash", "pseudonym"),
                        default="replace",
                        help="--mask/--in-place: replace (［電話番号］), redact (remove), partial (***-****-**78), "
                             f"hash (［電話番号:3f0c…］, keyed by ${_SALT_VARIABLE}) or pseudonym (［電話番号1］, "
                             "numbered per file), as leakguard.mask() (default: %(default)s)")
    output.add_argument("--mask-spans", choices=("all", "identifiers"), default="all",
                        help="--mask/--in-place: all findings, phrases included, or identifiers only (phone "
                             "numbers, addresses, IDs, handles) (default: %(default)s)")
    output.add_argument("--html-limit", type=int, default=1000, metavar="N",
                        help="--format html: show at most N messages per action, counting the rest, so the "
                             "page stays a few MB (default: %(default)s)")
    output.add_argument("--jobs", "-j", type=int, default=None, metavar="N",
                        help="worker processes (default: one per core; inputs under 256 KiB run in-process)")
    output.add_argument("--quiet", "-q", action="store_true",
                        help="no progress bar, notices or summary; errors are still printed (default: off)")
    if include_serve:
        from .server import build_parser as build_serve_parser

        serve = build_serve_parser()
        commands = parser.add_subparsers(title="commands", dest="command", metavar="COMMAND")
        commands.add_parser("serve", parents=[serve], add_help=False, prog=serve.prog, description=serve.description,
                            help="`leakguard serve [options]`: the HTTP pre-send service")
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
        at = ""
        if message.line is None:  # a whole file: say on which line
            line += message.text.count("\n", counted, f.start)
            counted = max(counted, f.start)
            at = f" (line {line})"
        parts.append(_finding_text(f, hide_values, at))
    return "\n".join(parts)


def _finding_text(f, hide_values: bool, at: str) -> str:
    """One finding's line of the text report (also written by longfile.py)."""
    shown = "" if hide_values else f" {f.text!r} -> {f.value}"
    return f"  [{f.start}:{f.end}] {f.category}{shown} ({f.score:.2f}) {f.reason}{at}"


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
        self.known = 0  # findings the --baseline accepts

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
            "suppressed": self.suppressed, "known": self.known, "errors": self.io_error, "masked_files": masked,
            "masked_not_written": len(not_written),
            "policy": self.args.policy, "stage": self.args.stage,
        }


def _summary_line(summary: dict[str, Any]) -> str:
    actions = summary["actions"]
    text = (f"{_count(summary['messages'], 'message')} in {_count(summary['sources'], 'input')}: "
            f"{actions['block']:,} block, {actions['warn']:,} warn, {actions['allow']:,} allow")
    if summary["categories"]:
        text += "; findings: " + ", ".join(f"{c} {n:,}" for c, n in sorted(summary["categories"].items()))
    extras = []
    if summary["suppressed"]:
        extras.append(f"{_count(summary['suppressed'], 'finding')} allowed by `leakguard: allow`")
    if summary["known"]:
        extras.append(f"{_count(summary['known'], 'finding')} known from the baseline")
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
    args = build_parser(include_serve=False).parse_args(argv)
    if out is sys.stdout and hasattr(out, "reconfigure"):
        # JSON records may carry lone surrogates (from \ud800 escapes): never crash on output.
        out.reconfigure(errors="backslashreplace")
    return _scan_command(args, out, err, stdin)


def _scan_command(args: argparse.Namespace, out: TextIO, err: TextIO, stdin: TextIO | None) -> int:
    from . import __version__
    from .context import Context
    from .policy import DEFAULT_POLICY, PolicyError
    from .shards import Clean, scan_sources

    run = _Run(args, out, err)
    try:
        policy = _load_policy(args.policy)
    except PolicyError as exc:
        print(f"leakguard: {exc}", file=err)
        return 2
    context = Context(stage=args.stage) if args.stage else None
    effective_policy = policy or DEFAULT_POLICY
    if args.update_baseline and not args.baseline:
        print("leakguard: --update-baseline rewrites the file given with --baseline FILE", file=err)
        return 2
    matcher = None
    if args.baseline or args.write_baseline:
        from .baseline import Baseline, BaselineError, open_for_writing

        try:
            known = Baseline.load(args.baseline) if args.baseline else open_for_writing(args.write_baseline)
        except BaselineError as exc:
            print(f"leakguard: {exc}", file=err)
            return 2
        matcher = known.matcher()
    categories = _chosen_categories(args.only, args.skip)
    hide_values = args.hide_values or (args.format == "sarif" and not args.show_values)

    # Our own outputs are not inputs when a folder that holds them is scanned.
    ours = {os.path.abspath(p) for p in (args.mask, args.baseline, args.write_baseline) if p}
    sources = discover(args.paths, include=args.include, exclude=args.exclude, forced_kind=args.input_format,
                       skip=(lambda p: os.path.abspath(p) in ours) if ours else (lambda p: False), notice=run.notice)
    written = args.write_baseline or (args.baseline if args.update_baseline else None)
    if written and _is_input(written, sources):
        print(f"leakguard: the baseline {written} is also an input, and writing it would overwrite it", file=err)
        return 2
    masker = None
    if args.mask or args.in_place:
        from .maskcopy import MaskPlanError, MaskWriter, plan_outputs

        try:
            outputs = plan_outputs(sources, args.paths, args.mask, args.in_place, notice=run.notice)
        except MaskPlanError as exc:
            print(f"leakguard: {exc}", file=err)
            return 2
        salt = os.environ.get(_SALT_VARIABLE) if args.mask_operator == "hash" else None
        try:
            masker = MaskWriter(outputs, in_place=args.in_place, jsonl_field=args.jsonl_field, notice=run.notice,
                                policy=policy, operator=args.mask_operator, spans=args.mask_spans, salt=salt)
        except ValueError as exc:
            hint = f" (set {_SALT_VARIABLE})" if args.mask_operator == "hash" else ""
            print(f"leakguard: --mask-operator {args.mask_operator}: {exc}{hint}", file=err)
            return 2

    options = ReadOptions(by_line=args.lines, jsonl_field=args.jsonl_field, csv_column=args.csv_column,
                          id_field=args.id_field, keep_payload=masker is not None, hide_values=hide_values)
    read_stats = ReadStats()
    total = _total_bytes(sources)
    jobs = args.jobs
    if jobs is None:
        # One text file read whole is one message: a pool cannot share it out, only copy it to a worker.
        one_message = len(sources) == 1 and sources[0].kind == "text" and not args.lines
        small = total is not None and total < _PARALLEL_MIN_BYTES
        jobs = 1 if one_message or small else (os.cpu_count() or 1)
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

        if args.html_limit < 1:
            print("leakguard: --html-limit must be at least 1", file=err)
            return 2
        writer = HtmlWriter(out, hide_values=hide_values, limit=args.html_limit)
    elif args.format == "sarif":
        from .sarif import _LEVELS, SarifWriter

        table = effective_policy.actions_for(context)
        writer = SarifWriter(out, hide_values=hide_values, version=__version__,
                             default_levels={c: _LEVELS[Action.parse(a)] for c, a in table.items()})

    def _handle_other(event) -> None:
        if isinstance(event, Clean):  # messages a shard's worker found nothing in (shards.py)
            run.messages += event.count
            run.actions[Action.ALLOW.value] += event.count
            if progress is not None:
                progress.update(run.messages, read_stats.bytes_read)
            return
        if matcher is not None and isinstance(event, SourceEnd) and event.ok:
            matcher.source(event.origin.display)
        if masker is None:
            return
        if isinstance(event, Passthrough):
            masker.passthrough(event)
        elif isinstance(event, SourceEnd):
            masker.end(event)

    pragma = not args.no_allow_pragma
    try:
        for item in scan_sources(sources, options, read_stats, run.notice, stdin, policy=policy, context=context,
                                 jobs=jobs, keep_clean=args.all):
            if not isinstance(item, tuple):
                _handle_other(item)
                continue
            message, report = item
            if message.stream is not None:  # a text file too long to hold: read from disk (longfile.py)
                from .longfile import scan_long

                action = scan_long(message, run, policy=effective_policy, context=context, categories=categories,
                                   pragma=pragma, masker=masker, matcher=matcher, writer=writer,
                                   hide_values=hide_values, where=_where(message))
                if fail_level is not None and action is not None and action.severity >= fail_level:
                    status = 1
                if progress is not None:
                    progress.update(run.messages, read_stats.bytes_read)
                continue
            if pragma and message.origin is not None and message.origin.kind == "text":
                report = _apply_pragma(message.text, report, effective_policy, context, run)
            if categories is not None and report.findings:
                report = _decide_again(report, tuple(f for f in report.findings if f.category in categories),
                                       effective_policy, context)
            if masker is not None:  # a masked copy hides known findings too
                masker.message(message, report)
            if matcher is not None and report.findings:
                new = tuple(f for f in report.findings if not matcher.is_known(f, message.source))
                if args.baseline and len(new) < len(report.findings):
                    run.known += len(report.findings) - len(new)
                    report = _decide_again(report, new, effective_policy, context)
            run.messages += 1
            run.actions[report.action.value] += 1
            for f in report.findings:
                run.categories[f.category] += 1
            if fail_level is not None and report.action.severity >= fail_level:
                status = 1
            if progress is not None:
                progress.update(run.messages, read_stats.bytes_read)
            if not report.findings and not args.all:
                continue
            if args.format == "text":
                out.write(_text_line(message, report, hide_values) + "\n")
            elif args.format == "jsonl":
                out.write(json.dumps(_record(message, report, hide_values, args.id_field is not None),
                                     ensure_ascii=False) + "\n")
            elif args.format == "json":
                writer.write(_record(message, report, hide_values, args.id_field is not None))
            elif args.format == "html":
                writer.write(_where(message), report, message.text)
            else:
                writer.write(message.source, message.line, message.line is None, message.record, message.id,
                             report, message.text)
    finally:
        if progress is not None:
            progress.close()
        if masker is not None:
            masker.close()
    summary = run.summary(len(sources), read_stats, masker.files_written if masker else None,
                          masker.not_written if masker else [])
    if matcher is not None and (args.write_baseline or args.update_baseline):
        from .baseline import BaselineError

        path = args.write_baseline or args.baseline
        try:
            summary["baseline_written"] = matcher.write(path, keep_unscanned=bool(args.update_baseline))
        except BaselineError as exc:
            run.notice(str(exc), True)
        else:
            run.notice(f"{path}: baseline written with {_count(summary['baseline_written'], 'entry', 'entries')}",
                       False)
        if args.write_baseline:
            status = 0  # writing a baseline accepts what it holds
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
    return _decide_again(report, kept, policy, context)


def _is_input(path: str, sources) -> bool:
    for source in sources:
        try:
            if not source.is_stdin and os.path.samefile(path, source.path):
                return True
        except OSError:
            continue
    return False


def _decide_again(report: Report, kept: tuple, policy, context) -> Report:
    """The report with only ``kept`` findings, its verdict decided on them alone."""
    if len(kept) == len(report.findings):
        return report
    score, action = policy.decide(kept, context)
    return Report(kept, score, action, report.text)


class _Chosen:
    """The categories --only / --skip leave: ``category in chosen``. Without --only, a category of
    a policy's own detectors stays in."""

    def __init__(self, only: list[list[str]] | None, skip: list[list[str]] | None):
        self.only = frozenset(c for group in only for c in group) if only else None
        self.skip = frozenset(c for group in skip or () for c in group)

    def __contains__(self, category: str) -> bool:
        return (self.only is None or category in self.only) and category not in self.skip


def _chosen_categories(only: list[list[str]] | None, skip: list[list[str]] | None) -> _Chosen | None:
    return _Chosen(only, skip) if only or skip else None


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
