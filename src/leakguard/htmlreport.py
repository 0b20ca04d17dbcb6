"""``--format html``: one self-contained page for an analyst.

Counts per action and category at the top, then every reported message with its findings
highlighted in place and the reason on hover. No scripts and no external assets; a
Content-Security-Policy forbids loading anything, so even a mistake in escaping could not make
the page fetch or run something. The input is hostile: every string goes through
``html.escape``, and invisible characters (zero-width, bidi overrides, controls, lone
surrogates) are shown as visible ``U+XXXX`` tags instead of being allowed to reorder or hide text.

Messages are written to a temporary file as they come and the page is assembled at the end,
because the counts that head it are known only then; memory stays flat.
"""
from __future__ import annotations

import html
import shutil
import tempfile
from typing import Any, TextIO

import regex

from .model import CATEGORIES, PLACEHOLDERS, Action, Finding, Report

_INVISIBLE = regex.compile(r"[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Zl}\p{Zp}\p{Cn}]", regex.V1)
_KEEP = {"\n", "\t"}
_LONG = 2000  # longer messages (whole files) are shown as excerpts around their findings
_CONTEXT = 160

_CATEGORY_LABELS = {
    "phone_number": "電話番号 phone number",
    "email_address": "メールアドレス e-mail address",
    "line_id": "LINE ID",
    "external_contact": "外部連絡先 outside channel",
    "off_platform_payment": "外部決済 off-platform payment",
}

_STYLE = """
:root{--block:#b3261e;--warn:#8a5a00;--allow:#1e6b34;--ink:#1d1d1f;--muted:#5f6368;--line:#dadce0}
*{box-sizing:border-box}
body{margin:0;font:15px/1.6 system-ui,"Hiragino Sans","Noto Sans CJK JP","Yu Gothic",sans-serif;color:var(--ink);background:#f6f7f9}
header{background:#fff;border-bottom:1px solid var(--line);padding:16px 24px}
h1{font-size:20px;margin:0 0 4px}
.meta{color:var(--muted);margin:0 0 12px;font-size:13px}
.summary{display:flex;flex-wrap:wrap;gap:24px}
.summary table{border-collapse:collapse;font-size:14px}
.summary caption{text-align:left;font-weight:600;padding-bottom:4px}
.summary td,.summary th{padding:2px 12px 2px 0;text-align:left;font-weight:normal}
.summary td.n{text-align:right;font-variant-numeric:tabular-nums;font-weight:600}
main{padding:16px 24px;max-width:1100px}
article{background:#fff;border:1px solid var(--line);border-left:5px solid var(--line);border-radius:6px;margin:0 0 12px;padding:10px 14px}
article.block{border-left-color:var(--block)}
article.warn{border-left-color:var(--warn)}
article.allow{border-left-color:var(--allow)}
article h2{font-size:14px;font-weight:600;margin:0 0 6px;display:flex;gap:10px;align-items:baseline;flex-wrap:wrap}
.where{font-family:ui-monospace,Menlo,Consolas,monospace;color:var(--muted);word-break:break-all}
.badge{font-size:12px;color:#fff;border-radius:10px;padding:0 8px;text-transform:uppercase;letter-spacing:.04em}
.badge.block{background:var(--block)}.badge.warn{background:var(--warn)}.badge.allow{background:var(--allow)}
.score{color:var(--muted);font-size:12px}
.text{white-space:pre-wrap;word-break:break-word;margin:0 0 6px;padding:8px 10px;background:#fafafa;border-radius:4px}
mark{border-radius:3px;padding:0 2px;cursor:help;border-bottom:2px solid}
mark.phone_number{background:#fde2e1;border-color:#d93025}
mark.email_address{background:#fce8d4;border-color:#e8710a}
mark.line_id{background:#dff5e3;border-color:#188038}
mark.external_contact{background:#e3ecfd;border-color:#1a73e8}
mark.off_platform_payment{background:#f1e3fd;border-color:#9334e6}
.ctl{font:11px ui-monospace,monospace;background:#333;color:#fff;border-radius:2px;padding:0 2px;margin:0 1px}
.gap{color:var(--muted)}
ul.findings{margin:0;padding-left:18px;font-size:13px;color:#333}
ul.findings code{font-family:ui-monospace,Menlo,Consolas,monospace}
.cat{font-weight:600}
.empty{color:var(--muted)}
"""


def clean(text: str) -> str:
    """Escaped for HTML, with invisible characters as visible tags."""
    return _INVISIBLE.sub(_tag, html.escape(text, quote=True))


def _tag(match: regex.Match) -> str:
    ch = match.group()
    if ch in _KEEP:
        return ch
    if ch == "\r":
        return ""
    return f'<span class="ctl">U+{ord(ch):04X}</span>'


def _attr(text: str) -> str:
    """Escaped for an attribute value; invisible characters spelled out."""
    return html.escape(_INVISIBLE.sub(lambda m: m.group() if m.group() in _KEEP else f"U+{ord(m.group()):04X}", text),
                       quote=True)


def _clusters(findings: tuple[Finding, ...]) -> list[tuple[int, int, list[Finding]]]:
    out: list[tuple[int, int, list[Finding]]] = []
    for f in sorted(findings, key=lambda f: (f.start, f.end)):
        if out and f.start < out[-1][1]:
            start, end, members = out[-1]
            out[-1] = (start, max(end, f.end), members + [f])
        else:
            out.append((f.start, f.end, [f]))
    return out


def _windows(length: int, clusters) -> list[tuple[int, int]]:
    if length <= _LONG:
        return [(0, length)]
    windows: list[tuple[int, int]] = []
    for start, end, _ in clusters:
        a, b = max(0, start - _CONTEXT), min(length, end + _CONTEXT)
        if windows and a <= windows[-1][1]:
            windows[-1] = (windows[-1][0], max(windows[-1][1], b))
        else:
            windows.append((a, b))
    return windows or [(0, min(length, _LONG))]


def highlight(text: str, findings: tuple[Finding, ...], *, hide_values: bool = False) -> str:
    """The message as HTML with each finding (or cluster of overlapping ones) in a ``<mark>``."""
    clusters = _clusters(findings)
    parts: list[str] = []
    windows = _windows(len(text), clusters)
    for w_start, w_end in windows:
        if w_start > 0:
            parts.append(f'<span class="gap">… [{w_start:,}] </span>')
        pos = w_start
        for start, end, members in clusters:
            if end <= w_start or start >= w_end:
                continue
            parts.append(clean(text[pos:start]))
            first = members[0]
            title = "\n".join(f"{f.reason} {f.reason_en} ({f.category}, {f.score:.2f})" for f in members)
            shown = PLACEHOLDERS.get(first.category, "［削除］") if hide_values else text[start:end]
            parts.append(f'<mark class="{first.category}" data-category="{first.category}" '
                         f'title="{_attr(title)}">{clean(shown)}</mark>')
            pos = end
        parts.append(clean(text[pos:w_end]))
        if w_end < len(text):
            parts.append(f'<span class="gap"> … [{w_end:,}/{len(text):,}]</span>')
    return "".join(parts)


class HtmlWriter:
    """Collects reported messages into a temporary file; ``close(summary)`` writes the page."""

    def __init__(self, out: TextIO, *, hide_values: bool, title: str = "leakguard report"):
        self.out = out
        self.hide_values = hide_values
        self.title = title
        self.body = tempfile.TemporaryFile("w+", encoding="utf-8", errors="surrogatepass")
        self.count = 0

    def write(self, where: str, report: Report, text: str) -> None:
        self.count += 1
        action = report.action.value
        items = []
        for f in report.findings:
            value = ""
            if not self.hide_values:
                value = f" <code>{clean(f.text)}</code>"
                if f.value is not None and f.value != f.text:
                    value += f" → <code>{clean(f.value)}</code>"
            items.append(f'<li><span class="cat">{clean(f.category)}</span> [{f.start}:{f.end}]{value} '
                         f'({f.score:.2f}) {clean(f.reason)} <span class="score">{clean(f.reason_en)}</span></li>')
        self.body.write(
            f'<article class="{action}" id="m{self.count}" data-action="{action}">'
            f'<h2><span class="where">{clean(where)}</span><span class="badge {action}">{action}</span>'
            f'<span class="score">score {report.score:.2f}</span></h2>'
            f'<p class="text">{highlight(text, report.findings, hide_values=self.hide_values)}</p>'
            f'<ul class="findings">{"".join(items)}</ul></article>\n'
        )

    def close(self, summary: dict[str, Any]) -> None:
        out = self.out
        actions = summary["actions"]
        categories = summary["categories"]
        out.write('<!DOCTYPE html>\n<html lang="ja"><head><meta charset="utf-8">'
                  '<meta http-equiv="Content-Security-Policy" content="default-src \'none\'; style-src \'unsafe-inline\'">'
                  '<meta name="viewport" content="width=device-width, initial-scale=1">'
                  '<meta name="referrer" content="no-referrer">'
                  f"<title>{clean(self.title)}</title><style>{_STYLE}</style></head><body>\n")
        out.write(f"<header><h1>{clean(self.title)}</h1>"
                  f'<p class="meta">{summary["messages"]:,} messages in {summary["sources"]:,} inputs · '
                  f'{self.count:,} shown · policy {clean(summary.get("policy") or "default")}'
                  f'{" · stage " + clean(summary["stage"]) if summary.get("stage") else ""}'
                  f'{" · values hidden" if self.hide_values else ""}</p><section class="summary">')
        out.write('<table id="actions"><caption>Messages by action</caption>')
        for action in (Action.BLOCK, Action.WARN, Action.ALLOW):
            out.write(f'<tr data-action="{action.value}"><th><span class="badge {action.value}">{action.value}</span></th>'
                      f'<td class="n">{actions.get(action.value, 0):,}</td></tr>')
        out.write('</table><table id="categories"><caption>Findings by category</caption>')
        for category in CATEGORIES:
            out.write(f'<tr data-category="{category}"><th><mark class="{category}">{clean(_CATEGORY_LABELS[category])}</mark></th>'
                      f'<td class="n">{categories.get(category, 0):,}</td></tr>')
        out.write("</table></section></header>\n<main>\n")
        self.body.seek(0)
        if self.count:
            shutil.copyfileobj(self.body, out)
        else:
            out.write('<p class="empty">No message reached the report.</p>\n')
        self.body.close()
        out.write("</main></body></html>\n")
