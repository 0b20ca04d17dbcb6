"""Advice articles about marketplace rules: quiet whole and line by line; article-shaped leaks caught.

    python benchmarks/accuracy_articles.py [FILE.jsonl ...] [--markdown] [--show]

Issue #14 asks that advice articles (why escrow matters, why a phone number should never be given
out, how to use an outside chat tool safely, scam messages quoted as warnings) are not blocked,
"line by line or whole". Rows follow data/labelled's schema; an ``allow`` row is an article, a row
with labels is an article-shaped text that does leak (a profile that ends with a LINE ID, a shop
notice asking for a bank transfer). For each article the whole text is scanned once and then every
non-empty line on its own, as a chat back end that splits posts would. Prints:

- articles: how many are blocked / flagged (warn or block) whole, and how many have at least one
  line blocked / flagged when read line by line (and how many lines that is);
- leaks: the whole text's action against the row's action (block rows blocked, warn rows flagged);
- with ``--show``: the id, the line and what was found, for every flagged article (the data set's
  own fictional texts).
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import fmt, markdown_table, ratio, read_jsonl  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_FILES = sorted((ROOT / "data" / "blind").glob("*advice*.jsonl"))


def _actions(scan, text: str):
    report = scan(text)
    return report.action.value, report


def evaluate(rows: list[dict], show: bool) -> dict:
    import leakguard

    scan = leakguard.scan
    out = {"articles": 0, "whole_blocked": 0, "whole_flagged": 0, "lines": 0, "lines_blocked": 0,
           "lines_flagged": 0, "articles_line_blocked": 0, "articles_line_flagged": 0,
           "block_rows": 0, "block_hit": 0, "warn_rows": 0, "warn_hit": 0, "shown": []}
    for row in rows:
        action, report = _actions(scan, row["text"])
        if row["action"] == "block":
            out["block_rows"] += 1
            out["block_hit"] += action == "block"
            continue
        if row["action"] == "warn":
            out["warn_rows"] += 1
            out["warn_hit"] += action != "allow"
            continue
        out["articles"] += 1
        out["whole_blocked"] += action == "block"
        out["whole_flagged"] += action != "allow"
        if show and action != "allow":
            out["shown"].append((row["id"], "(whole)", [(f.category, f.value) for f in report.findings]))
        any_block = any_flag = False
        for line in row["text"].splitlines():
            if not line.strip():
                continue
            out["lines"] += 1
            line_action, line_report = _actions(scan, line)
            if line_action != "allow":
                out["lines_flagged"] += 1
                any_flag = True
                if show:
                    out["shown"].append((row["id"], line, [(f.category, f.value) for f in line_report.findings]))
            if line_action == "block":
                out["lines_blocked"] += 1
                any_block = True
        out["articles_line_blocked"] += any_block
        out["articles_line_flagged"] += any_flag
    return out


def report(name: str, r: dict, markdown: bool) -> str:
    n = r["articles"]
    rows = [
        ["articles blocked whole", f"{r['whole_blocked']}/{n}", fmt(ratio(r["whole_blocked"], n))],
        ["articles flagged whole", f"{r['whole_flagged']}/{n}", fmt(ratio(r["whole_flagged"], n))],
        ["articles with a line blocked", f"{r['articles_line_blocked']}/{n}", fmt(ratio(r["articles_line_blocked"], n))],
        ["articles with a line flagged", f"{r['articles_line_flagged']}/{n}", fmt(ratio(r["articles_line_flagged"], n))],
        ["lines blocked / flagged", f"{r['lines_blocked']} / {r['lines_flagged']} of {r['lines']}",
         fmt(ratio(r["lines_flagged"], r["lines"]))],
        ["leaking texts blocked", f"{r['block_hit']}/{r['block_rows']}", fmt(ratio(r["block_hit"], r["block_rows"]))],
        ["inviting texts flagged", f"{r['warn_hit']}/{r['warn_rows']}", fmt(ratio(r["warn_hit"], r["warn_rows"]))],
    ]
    head = f"## {name}" if markdown else f"== {name} =="
    return head + "\n" + markdown_table(["", "count", "rate"], rows)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="*", type=Path)
    parser.add_argument("--markdown", action="store_true")
    parser.add_argument("--show", action="store_true", help="print each flagged article line and its findings")
    args = parser.parse_args(argv)
    files = args.files or DEFAULT_FILES
    if not files:
        print("no article files given and none in data/blind/*advice*.jsonl", file=sys.stderr)
        return 2
    started = time.perf_counter()
    for path in files:
        result = evaluate(read_jsonl(path), args.show)
        print(report(str(path.relative_to(ROOT) if path.is_absolute() and ROOT in path.parents else path),
                     result, args.markdown))
        for ident, line, found in result["shown"]:
            print(f"  {ident}: {line[:120]!s} -> {found}")
    print(f"\n({time.perf_counter() - started:.0f} s)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
