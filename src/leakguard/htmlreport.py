"""``--format html``: one self-contained page for an analyst.

Counts per action and category at the top, then every reported message with its findings
highlighted in place and the reason on hover. No scripts and no external assets; a
Content-Security-Policy forbids loading anything, so even a mistake in escaping could not make
the page fetch or run something. The input is hostile: every string goes through
``html.escape``, and invisible characters (zero-width, bidi overrides, controls, lone
surrogates) are shown as visible ``U+XXXX`` tags instead of being allowed to reorder or hide text.

Messages are written to a temporary file as they come and the page is assembled at the end,
because the counts that head it are known only then; memory stays flat. A text file too long to
hold gets its excerpts written by a :class:`Highlighter` as its windows pass (longfile.py).

The page stays a few MB at any size: each action shows its first ``limit`` messages (1,000 by
default) and the header says how many there were; a card lists at most ``_MAX_ITEMS`` findings.
Filters by action and by category are radio buttons and CSS sibling rules, so they work under
the CSP that forbids scripts: ``#fa-block:checked ~ main article:not(.block)`` is hidden.
"""
from __future__ import annotations

import html
import shutil
import tempfile
from typing import Any, TextIO

import regex

from .model import CATEGORIES, PLACEHOLDERS, Action, Finding, Report
from .progress import counted

_INVISIBLE = regex.compile(r"[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Zl}\p{Zp}\p{Cn}]", regex.V1)
_KEEP = {"\n", "\t"}
_LONG = 2000  # longer messages (whole files) are shown as excerpts around their findings
_CONTEXT = 160
LIMIT = 1000  # messages shown per action: 60,000 reported messages made a 36 MB page
_MAX_ITEMS = 50  # findings listed per message (a whole file may have thousands)
_ACTIONS = (Action.BLOCK, Action.WARN, Action.ALLOW)

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
.capped{color:var(--muted);font-size:13px;margin:8px 0 0}
input.f{position:absolute;opacity:0;pointer-events:none}
nav.filters{padding:8px 24px 0;display:flex;flex-wrap:wrap;gap:6px 16px;font-size:13px;align-items:center}
nav.filters span{display:flex;flex-wrap:wrap;gap:4px;align-items:center}
nav.filters label{border:1px solid var(--line);border-radius:12px;padding:1px 10px;cursor:pointer;background:#fff}
input.f:focus-visible+*{outline:2px solid #1a73e8}
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


class Highlighter:
    """``highlight`` for findings that come in order of position (by start, then end) and text
    that comes window by window (``tail``, a ``longtext.Tail``): each excerpt is written as soon
    as its text has passed, so a whole file never has to be held. ``write`` receives the HTML."""

    def __init__(self, length: int, write, tail, *, hide_values: bool = False):
        self.length = length
        self.write = write
        self.tail = tail
        self.hide_values = hide_values
        self.cluster: tuple[int, int, list[Finding]] | None = None  # open: a later finding may join
        self.pos: int | None = None  # written up to here in the open excerpt
        self.excerpt_end = 0
        self.any = False

    def add(self, finding: Finding) -> None:
        if self.cluster is not None and finding.start < self.cluster[1]:
            start, end, members = self.cluster
            self.cluster = (start, max(end, finding.end), members + [finding])
            return
        self._close_cluster()
        self.cluster = (finding.start, finding.end, [finding])

    def keep_from(self, upto: int) -> int:
        """The first offset of the text still needed once every finding starting before ``upto``
        has been added."""
        if self.length <= _LONG:
            return 0
        if self.pos is not None:
            return self.pos
        return (self.cluster[0] if self.cluster else upto) - _CONTEXT

    def _close_cluster(self) -> None:
        if self.cluster is None:
            return
        start, end, members = self.cluster
        self.cluster = None
        self.any = True
        if self.length <= _LONG:
            a, b = 0, self.length
        else:
            a, b = max(0, start - _CONTEXT), min(self.length, end + _CONTEXT)
        if self.pos is None or a > self.excerpt_end:
            self._close_excerpt()
            if a > 0:
                self.write(f'<span class="gap">… [{a:,}] </span>')
            self.pos = a
        self.write(clean(self.tail.get(self.pos, start)))
        first = members[0]
        title = "\n".join(f"{f.reason} {f.reason_en} ({f.category}, {f.score:.2f})" for f in members)
        shown = PLACEHOLDERS.get(first.category, "［削除］") if self.hide_values else self.tail.get(start, end)
        self.write(f'<mark class="{first.category}" data-category="{first.category}" '
                   f'title="{_attr(title)}">{clean(shown)}</mark>')
        self.pos = end
        self.excerpt_end = max(self.excerpt_end, b)

    def _close_excerpt(self) -> None:
        if self.pos is None:
            return
        self.write(clean(self.tail.get(self.pos, self.excerpt_end)))
        if self.excerpt_end < self.length:
            self.write(f'<span class="gap"> … [{self.excerpt_end:,}/{self.length:,}]</span>')
        self.pos = None

    def close(self, head: str) -> None:
        """Ends the last excerpt. ``head``: the text's first ``_LONG`` characters, shown when
        nothing was found."""
        self._close_cluster()
        if not self.any:
            self.pos, self.excerpt_end = 0, min(self.length, _LONG)
            self.tail = _Whole(head)
        self._close_excerpt()


class _Whole:
    """A whole text as a Highlighter reads it."""

    def __init__(self, text: str):
        self.text = text
        self.end = len(text)

    def get(self, start: int, end: int) -> str:
        return self.text[start:end]


def highlight(text: str, findings: tuple[Finding, ...], *, hide_values: bool = False) -> str:
    """The message as HTML with each finding (or cluster of overlapping ones) in a ``<mark>``;
    a long message as excerpts around its findings."""
    parts: list[str] = []
    lighter = Highlighter(len(text), parts.append, _Whole(text), hide_values=hide_values)
    for f in sorted(findings, key=lambda f: (f.start, f.end)):
        lighter.add(f)
    lighter.close(text[:_LONG])
    return "".join(parts)


def _filter_css() -> str:
    rules = [f"#fa-{a.value}:checked~main article:not(.{a.value})" for a in _ACTIONS]
    rules += [f"#fc-{c}:checked~main article:not(.c-{c})" for c in CATEGORIES]
    chosen = [f"#f{k}-{v}:checked~nav label[for=f{k}-{v}]"
              for k, values in (("a", ["all", *(a.value for a in _ACTIONS)]), ("c", ["all", *CATEGORIES]))
              for v in values]
    return ",".join(rules) + "{display:none}" + ",".join(chosen) + "{background:#1d1d1f;color:#fff}"


class HtmlWriter:
    """Collects reported messages into a temporary file; ``close(summary)`` writes the page.
    ``limit``: messages shown per action (the rest are counted)."""

    def __init__(self, out: TextIO, *, hide_values: bool, title: str = "leakguard report", limit: int = LIMIT):
        if isinstance(limit, bool) or not isinstance(limit, int):
            raise TypeError(f"limit must be an int, got {type(limit).__name__}")
        self.out = out
        self.hide_values = hide_values
        self.title = title
        self.limit = limit
        self.body = tempfile.TemporaryFile("w+", encoding="utf-8", errors="surrogatepass")
        self.count = 0  # shown
        self.reported: dict[str, int] = {a.value: 0 for a in _ACTIONS}
        self.shown: dict[str, int] = {a.value: 0 for a in _ACTIONS}
        self.shown_categories: dict[str, int] = {}

    def write(self, where: str, report: Report, text: str) -> None:
        self.write_card(where, report, report.findings, len(report.findings),
                        lambda: highlight(text, report.findings, hide_values=self.hide_values))

    def write_card(self, where: str, report: Report, findings, count: int, text_html) -> None:
        """One message's card: ``report`` gives the verdict, ``findings`` (iterable, in order)
        the list under it, ``count`` how many there are and ``text_html()`` the highlighted text
        (a str, or a file to copy: a long file's excerpts, written while it was read)."""
        action = report.action.value
        self.reported[action] = self.reported.get(action, 0) + 1
        if self.shown.get(action, 0) >= self.limit:
            return
        self.shown[action] = self.shown.get(action, 0) + 1
        self.count += 1
        items = []
        categories: set[str] = set()
        for i, f in enumerate(findings):
            categories.add(f.category)
            if i >= _MAX_ITEMS:
                continue
            value = ""
            if not self.hide_values:
                value = f" <code>{clean(f.text)}</code>"
                if f.value is not None and f.value != f.text:
                    value += f" → <code>{clean(f.value)}</code>"
            items.append(f'<li><span class="cat">{clean(f.category)}</span> [{f.start}:{f.end}]{value} '
                         f'({f.score:.2f}) {clean(f.reason)} <span class="score">{clean(f.reason_en)}</span></li>')
        if count > _MAX_ITEMS:
            items.append(f'<li class="score">… {count - _MAX_ITEMS:,} more findings '
                         f'(--format jsonl lists them all)</li>')
        for category in categories:
            self.shown_categories[category] = self.shown_categories.get(category, 0) + 1
        classes = " ".join([action, *(f"c-{_attr(c)}" for c in sorted(categories))])
        self.body.write(
            f'<article class="{classes}" id="m{self.count}" data-action="{action}">'
            f'<h2><span class="where">{clean(where)}</span><span class="badge {action}">{action}</span>'
            f'<span class="score">score {report.score:.2f}</span></h2><p class="text">')
        text = text_html()
        if isinstance(text, str):
            self.body.write(text)
        else:
            shutil.copyfileobj(text, self.body)
        self.body.write(f'</p><ul class="findings">{"".join(items)}</ul></article>\n')

    def close(self, summary: dict[str, Any]) -> None:
        out = self.out
        actions = summary["actions"]
        categories = summary["categories"]
        out.write('<!DOCTYPE html>\n<html lang="ja"><head><meta charset="utf-8">'
                  '<meta http-equiv="Content-Security-Policy" content="default-src \'none\'; style-src \'unsafe-inline\'">'
                  '<meta name="viewport" content="width=device-width, initial-scale=1">'
                  '<meta name="referrer" content="no-referrer">'
                  f"<title>{clean(self.title)}</title><style>{_STYLE}{_filter_css()}</style></head><body>\n")
        out.write(f"<header><h1>{clean(self.title)}</h1>"
                  f'<p class="meta">{counted(summary["messages"], "message")} in {counted(summary["sources"], "input")} · '
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
        out.write("</table></section>")
        capped = [f"{self.shown[a]:,} of {self.reported[a]:,} {a} messages" for a in self.shown
                  if self.reported[a] > self.shown[a]]
        if capped:
            out.write(f'<p class="capped" id="capped">Showing the first {"; ".join(capped)} '
                      f'(at most {self.limit:,} per action); the full list is in --format jsonl or sarif.</p>')
        out.write("</header>\n")
        self._filters(out)
        out.write("<main>\n")
        self.body.seek(0)
        if self.count:
            shutil.copyfileobj(self.body, out)
        else:
            out.write('<p class="empty">No message reached the report.</p>\n')
        self.body.close()
        out.write("</main></body></html>\n")

    def _filters(self, out: TextIO) -> None:
        """Radio buttons (siblings of <main>, which the CSS rules need) and their labels."""
        groups = [("a", "action", [("all", "all")] + [(a.value, f"{a.value} ({self.shown[a.value]:,})")
                                                      for a in _ACTIONS if self.shown[a.value]]),
                  ("c", "category", [("all", "all")] + [(c, f"{c} ({self.shown_categories[c]:,})")
                                                        for c in CATEGORIES if self.shown_categories.get(c)])]
        for key, _, options in groups:
            for value, _ in options:
                checked = " checked" if value == "all" else ""
                out.write(f'<input class="f" type="radio" name="f{key}" id="f{key}-{value}"{checked}>')
        out.write('\n<nav class="filters" aria-label="filters">')
        for key, title, options in groups:
            labels = "".join(f'<label for="f{key}-{value}">{clean(text)}</label>' for value, text in options)
            out.write(f"<span>{title}: {labels}</span>")
        out.write("</nav>\n")
