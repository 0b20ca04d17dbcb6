"""``--format sarif``: SARIF 2.1.0 for code-scanning tools (GitHub code scanning, IDE viewers).

One rule per category, one result per finding. A finding in a whole text file gets its line and
column; one in a ``--lines`` message gets its line and column on that line; one in a JSONL or
CSV record gets the record's line (columns inside a JSON string would not match the file).
Columns count Unicode code points (``columnKind``), as Python offsets do. Results are streamed.
"""
from __future__ import annotations

import bisect
import json
import os
from pathlib import Path
from typing import Any, TextIO
from urllib.parse import quote

from .model import CATEGORIES, Action, Finding, Report

SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"

_RULES = {
    "phone_number": ("PhoneNumber", "A phone number in a message or file.", "電話番号が含まれています。"),
    "email_address": ("EmailAddress", "An e-mail address in a message or file.", "メールアドレスが含まれています。"),
    "line_id": ("LineId", "A LINE ID or LINE invitation.", "LINE IDが含まれています。"),
    "external_contact": ("ExternalContact", "An invitation to talk on an outside channel.", "外部の連絡手段への誘導です。"),
    "off_platform_payment": ("OffPlatformPayment", "A proposal to pay or contract outside the platform.", "プラットフォーム外での支払い・契約の提案です。"),
}
_LEVELS = {Action.BLOCK: "error", Action.WARN: "warning", Action.ALLOW: "note"}


def _rules(default_levels: dict[str, str]) -> list[dict[str, Any]]:
    rules = []
    for category in CATEGORIES:
        name, short, ja = _RULES[category]
        rules.append({
            "id": category,
            "name": name,
            "shortDescription": {"text": short},
            "fullDescription": {"text": f"{short} {ja}"},
            "defaultConfiguration": {"level": default_levels.get(category, "warning")},
            "help": {"text": f"{short} Remove it, or mark an intended example with `leakguard: allow` on its line."},
        })
    return rules


def artifact_uri(path: str) -> str:
    if path in ("-", "<stdin>"):
        return "stdin"
    if os.path.isabs(path):
        return Path(path).as_uri()
    return quote(Path(path).as_posix())


class _LineIndex:
    def __init__(self, text: str):
        self.starts = [0]
        find = text.find
        pos = find("\n")
        while pos >= 0:
            self.starts.append(pos + 1)
            pos = find("\n", pos + 1)

    def position(self, offset: int) -> tuple[int, int]:
        """1-based (line, column) of an offset."""
        line = bisect.bisect_right(self.starts, offset) - 1
        return line + 1, offset - self.starts[line] + 1


class SarifWriter:
    def __init__(self, out: TextIO, *, hide_values: bool, version: str, default_levels: dict[str, str]):
        self.out = out
        self.hide_values = hide_values
        self.first = True
        index = {c: i for i, c in enumerate(CATEGORIES)}
        self.rule_index = index
        tool = {"driver": {"name": "leakguard", "version": version, "semanticVersion": version,
                           "rules": _rules(default_levels)}}
        # Streamed: the results array is written as findings come, the invocation at the end.
        self.out.write(f'{{"$schema": "{SCHEMA}", "version": "2.1.0", "runs": [{{"tool": '
                       f'{json.dumps(tool, ensure_ascii=False)}, "columnKind": "unicodeCodePoints", "results": [')

    def write(self, source: str, line: int | None, whole_file: bool, record: int | None, ident: str | None,
              report: Report, text: str) -> None:
        index = _LineIndex(text) if whole_file and report.findings else None
        for f in report.findings:
            self._result(source, line, index, record, ident, report, f)

    def write_located(self, source: str, report: Report, located) -> None:
        """Results of a whole file read in windows: ``located`` gives (finding, (start line, start
        column, end line, end column)) in order, positions counted as :class:`_LineIndex` counts."""
        for f, (start_line, start_col, end_line, end_col) in located:
            region = {"startLine": start_line, "startColumn": start_col, "endLine": end_line, "endColumn": end_col}
            self._emit(source, None, None, report, f, region)

    def _result(self, source, line, index, record, ident, report: Report, f: Finding) -> None:
        region: dict[str, Any]
        if index is not None:
            start_line, start_col = index.position(f.start)
            end_line, end_col = index.position(f.end)
            region = {"startLine": start_line, "startColumn": start_col, "endLine": end_line, "endColumn": end_col}
        elif line is not None and record is None:
            region = {"startLine": line, "startColumn": f.start + 1, "endLine": line, "endColumn": f.end + 1}
        else:
            region = {"startLine": line or 1}
        self._emit(source, record, ident, report, f, region)

    def _emit(self, source, record, ident, report: Report, f: Finding, region: dict[str, Any]) -> None:
        message = f"{f.reason_en} {f.reason}".strip()
        if not self.hide_values:
            message += f" ({f.text!r} → {f.value})"
        result: dict[str, Any] = {
            "ruleId": f.category,
            "ruleIndex": self.rule_index.get(f.category, 0),
            "level": _LEVELS[report.action],
            "message": {"text": message},
            "locations": [{"physicalLocation": {"artifactLocation": {"uri": artifact_uri(source)}, "region": region}}],
            "properties": {"score": round(f.score, 4), "action": report.action.value,
                           "messageScore": round(report.score, 4)},
        }
        if record is not None:
            result["properties"]["record"] = record
        if ident is not None:
            result["properties"]["id"] = ident
        self.out.write(("\n" if self.first else ",\n") + json.dumps(result, ensure_ascii=True))
        self.first = False

    def close(self, summary: dict[str, Any]) -> None:
        invocation = {"executionSuccessful": not summary.get("errors"),
                      "properties": {"messages": summary["messages"], "actions": summary["actions"],
                                     "categories": summary["categories"]}}
        self.out.write(("" if self.first else "\n") + f'], "invocations": [{json.dumps(invocation)}]}}]}}\n')
