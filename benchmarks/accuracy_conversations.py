"""Split identifiers in conversations: does Guard join what one sender gives over several messages?

    python benchmarks/accuracy_conversations.py [FILE.jsonl ...] [--markdown] [--misses] [--combines]

Reads JSONL conversations (default: data/blind/*-conversations.jsonl), one object per line:
``{"id", "messages": [{"sender", "minutes", "text"}, ...], "labels": [{"category", "value"}], "tags"}``.
``labels`` are identifiers that no single message holds whole but one sender's messages together do
(empty for a negative conversation). Every conversation goes through its own Guard, message by
message, keyed by (conversation id, sender), with the clock at ``minutes``. Prints:

- split recall: labels found with the right value on some message of one sender;
- false combines: findings completed across messages (reason "completes what earlier messages
  began") in negative conversations, and how many negative conversations have one;
- wrong combines: such findings in positive conversations whose value is no label;
- recall per tag;
- with ``--misses``: each conversation with a missed label, message by message (sender, minutes,
  text, what Guard found on it); with ``--combines``: the same for every conversation with a
  false or wrong combine. The texts are the data set's own (fictional) messages.
"""
from __future__ import annotations

import argparse
import collections
import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import common  # noqa: E402
from common import fmt, markdown_table, ratio  # noqa: E402

DEFAULT_GLOB = "*-conversations.jsonl"
_ACROSS_MARK = "earlier messages"  # Guard's reason_en for a value completed across messages


class Clock:
    """Guard's clock, set from each message's ``minutes``."""

    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def load(paths: list[Path]) -> list[dict]:
    conversations = []
    for path in paths:
        for n, row in enumerate(common.read_jsonl(path), 1):
            if not isinstance(row.get("messages"), list) or not isinstance(row.get("labels", []), list):
                raise SystemExit(f"{path}:{n}: expected 'messages' and 'labels' lists")
            conversations.append(row)
    return conversations


def run(conversation: dict) -> list[tuple[str, object]]:
    """(sender, finding) for every finding on every message, in order."""
    from leakguard import Guard

    clock = Clock()
    guard = Guard(clock=clock)
    out = []
    for message in conversation["messages"]:
        clock.now = float(message.get("minutes", 0)) * 60.0
        sender = message["sender"]
        report = guard.check(message["text"], conversation=(conversation["id"], sender))
        out.extend((sender, f) for f in report.findings)
    return out


def _key(category: str, value: str | None) -> tuple[str, str]:
    value = value or ""
    return category, value if category == common.PHONE else value.lower()


def evaluate(conversations: list[dict]) -> dict:
    labels = found = found_across = 0
    negatives = negative_hit = false_combines = wrong_combines = 0
    tags: dict[str, list[int]] = collections.defaultdict(lambda: [0, 0, 0])  # conversations, labels, found
    by_category: dict[str, list[int]] = collections.defaultdict(lambda: [0, 0])
    misses: list[str] = []
    combines: list[str] = []
    details: dict[str, list[tuple[str, object]]] = {}
    started = time.perf_counter()
    for conv in conversations:
        findings = run(conv)
        details[conv["id"]] = findings
        across = [(s, f) for s, f in findings if _ACROSS_MARK in f.reason_en]
        got = {_key(f.category, f.value) for _, f in findings}
        got_across = {_key(f.category, f.value) for _, f in across}
        wanted = {_key(lab["category"], lab["value"]) for lab in conv.get("labels", [])}
        if not wanted:
            negatives += 1
            false_combines += len(across)
            negative_hit += bool(across)
            if across:
                combines.append(conv["id"])
        else:
            wrong_combines += len(got_across - wanted)
            if got_across - wanted:
                combines.append(conv["id"])
        n_found = len(wanted & got)
        labels += len(wanted)
        found += n_found
        found_across += len(wanted & got_across)
        for category, _ in wanted:
            by_category[category][0] += 1
        for category, _ in wanted & got:
            by_category[category][1] += 1
        if wanted - got:
            misses.append(conv["id"])
        for tag in conv.get("tags", []) or ["(none)"]:
            t = tags[tag]
            t[0] += 1
            t[1] += len(wanted)
            t[2] += n_found
    return {"conversations": len(conversations), "labels": labels, "found": found, "found_across": found_across,
            "negatives": negatives, "negative_hit": negative_hit, "false_combines": false_combines,
            "wrong_combines": wrong_combines, "tags": tags, "by_category": by_category, "misses": misses,
            "combines": combines, "details": details, "by_id": {c["id"]: c for c in conversations},
            "seconds": time.perf_counter() - started}


def listing(result: dict, ids: list[str]) -> str:
    """Each conversation message by message, with the labels wanted and the findings Guard gave."""
    out = []
    for cid in ids:
        conv = result["by_id"][cid]
        labels = ", ".join(f"{lab['category']}={lab['value']}" for lab in conv.get("labels", [])) or "(negative)"
        out.append(f"\n-- {cid}  [{' '.join(conv.get('tags', []))}]\n   want: {labels}")
        by_message = iter(_findings_per_message(conv, result["details"][cid]))
        for message, found in zip(conv["messages"], by_message):
            got = "; ".join(f"{f.category}={f.value}{' (across)' if _ACROSS_MARK in f.reason_en else ''}"
                            for f in found)
            out.append(f"   {message['sender']} {message.get('minutes', 0):>4} | {message['text']}"
                       + (f"\n{'':>10}=> {got}" if got else ""))
    return "\n".join(out)


def _findings_per_message(conv: dict, findings: list[tuple[str, object]]) -> list[list[object]]:
    """The flat findings of :func:`run`, given back per message (each finding's text is in its message)."""
    out: list[list[object]] = []
    rest = list(findings)
    for message in conv["messages"]:
        mine = []
        while rest and rest[0][0] == message["sender"] and rest[0][1].text in message["text"] \
                and rest[0][1].end <= len(message["text"]) and message["text"][rest[0][1].start:rest[0][1].end] == rest[0][1].text:
            mine.append(rest.pop(0)[1])
        out.append(mine)
    return out


def report(result: dict, paths: list[Path], markdown: bool) -> str:
    def section(title: str) -> str:
        return f"\n### {title}\n" if markdown else f"\n== {title} ==\n"

    r = result
    out = []
    if markdown:
        out.append("Command: `python benchmarks/accuracy_conversations.py --markdown`  \n"
                   f"Machine: {common.machine_line()}  ")
    out.append("Files: " + ", ".join(str(p.relative_to(common.ROOT)) if p.is_relative_to(common.ROOT) else str(p)
                                      for p in paths))
    out.append(section("Split identifiers across one sender's messages"))
    rows = [
        ["conversations", r["conversations"]],
        ["labels", r["labels"]],
        ["split recall (right value, some message)", f"{r['found']} ({fmt(ratio(r['found'], r['labels']))})"],
        ["  of which completed across messages", r["found_across"]],
        ["negative conversations", r["negatives"]],
        ["false combines in negatives (findings)", r["false_combines"]],
        ["negative conversations with a false combine",
         f"{r['negative_hit']} ({fmt(ratio(r['negative_hit'], r['negatives']))})"],
        ["wrong combines in positives (value is no label)", r["wrong_combines"]],
    ]
    out.append(markdown_table(["measure", "value"], rows))
    cats = [[c, n, f, fmt(ratio(f, n))] for c, (n, f) in sorted(r["by_category"].items())]
    if cats:
        out.append(section("Recall per category"))
        out.append(markdown_table(["category", "labels", "found", "recall"], cats))
    tags = [[tag, c, n, f, fmt(ratio(f, n))] for tag, (c, n, f) in
            sorted(r["tags"].items(), key=lambda kv: (-kv[1][0], kv[0]))]
    if tags:
        out.append(section("Recall per tag"))
        out.append(markdown_table(["tag", "conversations", "labels", "found", "recall"], tags))
    if r["misses"]:
        out.append(f"\nConversations with a missed label ({len(r['misses'])}): " + ", ".join(r["misses"][:30])
                   + (" …" if len(r["misses"]) > 30 else ""))
    out.append(f"\n({r['seconds']:.1f} s)")
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("files", nargs="*", type=Path, help=f"JSONL files (default: data/blind/{DEFAULT_GLOB})")
    ap.add_argument("--markdown", action="store_true", help="Markdown headings, ready for the README")
    ap.add_argument("--misses", action="store_true", help="list each conversation with a missed label")
    ap.add_argument("--combines", action="store_true", help="list each conversation with a false or wrong combine")
    args = ap.parse_args(argv)
    paths = args.files or sorted((common.DATA / "blind").glob(DEFAULT_GLOB))
    if not paths:
        print(f"(no conversation files: data/blind/{DEFAULT_GLOB} does not exist yet; pass files to read)")
        return 0
    missing = [p for p in paths if not p.exists()]
    if missing:
        print("missing: " + ", ".join(map(str, missing)), file=sys.stderr)
        return 2
    result = evaluate(load(paths))
    print(report(result, paths, args.markdown))
    if args.misses:
        print(listing(result, result["misses"]))
    if args.combines:
        print(listing(result, result["combines"]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
