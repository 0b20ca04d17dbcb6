"""Accuracy of leakguard and two kinds of baseline on the labelled corpus and on real text.

    python benchmarks/accuracy.py [--split test|dev|all | --file PATH] [--markdown] [--show-fp N] [--no-real] [--intent on|off]

``--file`` scores any JSONL file in the labelled corpus's schema, e.g. a blind round
(``data/blind/round-1.jsonl``), instead of a split of data/labelled.

Prints Markdown tables:
- per category precision, recall, F1 and value accuracy on data/labelled/<split>.jsonl (a predicted
  finding matches a label on category; value accuracy = share of the matched ones whose value is
  equal too; off_platform_payment is matched on presence, its labels carry no value);
- action accuracy with a confusion matrix (expected vs predicted allow/warn/block) and the share of
  negatives that would be blocked;
- recall per difficulty tag;
- the false-positive rate on real conversational text in data/real (messages with any finding),
  per file and overall, with a few masked samples (``--show-fp``);
- recall on real phone listings (every expected number found with the right value, nothing else).

The same rows go through every system in the same run: leakguard, phonenumbers.PhoneNumberMatcher
+ a plain e-mail regex, and the Japanese PII packages of the ``bench`` extra (privacy-masker,
kakushi) when they are installed. Baselines only look for phones and e-mails: other categories
show "n/a", and a baseline's action is ``block`` when it finds anything.
"""
from __future__ import annotations

import argparse
import collections
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import common  # noqa: E402
from common import CATEGORIES, Hit, System, fmt, markdown_table, ratio  # noqa: E402

PRESENCE_ONLY = frozenset({"off_platform_payment"})  # labels carry value null: matched on presence


class Counts:
    __slots__ = ("tp", "fp", "fn", "value_ok", "value_checked")

    def __init__(self) -> None:
        self.tp = self.fp = self.fn = self.value_ok = self.value_checked = 0

    def precision(self):
        return ratio(self.tp, self.tp + self.fp)

    def recall(self):
        return ratio(self.tp, self.tp + self.fn)

    def f1(self):
        p, r = self.precision(), self.recall()
        if p is None or r is None or p + r == 0:
            return None
        return 2 * p * r / (p + r)

    def value_accuracy(self):
        return ratio(self.value_ok, self.value_checked)


def compare(labels: list[dict], hits: list[Hit], category: str, counts: Counts) -> tuple[int, int]:
    """Add one message's matches for ``category`` to ``counts``; return (labels, matched)."""
    expected = [lab["value"] for lab in labels if lab["category"] == category]
    predicted = {h.value for h in hits if h.category == category}
    if category in PRESENCE_ONLY:
        n_exp, n_pred = min(1, len(expected)), min(1, len(predicted))
        tp = min(n_exp, n_pred)
    else:
        wanted = set(expected)
        n_exp, n_pred = len(wanted), len(predicted)
        tp = min(n_exp, n_pred)
        counts.value_ok += min(tp, len(wanted & predicted))
        counts.value_checked += tp
    counts.tp += tp
    counts.fp += n_pred - tp
    counts.fn += n_exp - tp
    return n_exp, tp


def evaluate_labelled(rows: list[dict], systems: list[System]) -> dict:
    out = {}
    for system in systems:
        per_cat = {c: Counts() for c in system.categories}
        confusion = collections.Counter()
        tags: dict[str, list[int]] = collections.defaultdict(lambda: [0, 0, 0, 0, 0, 0])
        # per tag: messages, labels, matched, action correct, phone+email labels, phone+email matched
        t0 = time.perf_counter()
        for row in rows:
            hits = system.find(row["text"])
            action = system.action(row["text"], hits)
            confusion[(row["action"], action)] += 1
            n_labels = n_matched = pe_labels = pe_matched = 0
            for category in system.categories:
                n, tp = compare(row["labels"], hits, category, per_cat[category])
                n_labels += n
                n_matched += tp
                if category in (common.PHONE, common.EMAIL):
                    pe_labels += n
                    pe_matched += tp
            if system.name != "leakguard":
                # labels of categories a baseline does not look for still count as missed
                n_labels += sum(1 for lab in row["labels"] if lab["category"] not in system.categories)
            for tag in row.get("tags", []):
                t = tags[tag]
                t[0] += 1
                t[1] += n_labels
                t[2] += n_matched
                t[3] += action == row["action"]
                t[4] += pe_labels
                t[5] += pe_matched
        out[system.name] = {"cats": per_cat, "confusion": confusion, "tags": tags,
                            "seconds": time.perf_counter() - t0}
    return out


def evaluate_clean(systems: list[System], show: int) -> dict:
    """Messages with any finding, per real clean file and system; a few samples of each."""
    out = {}
    for label, relpath in common.REAL_CLEAN_FILES:
        texts = common.load_real_texts(relpath)
        per_system = {}
        for system in systems:
            flagged, by_category, samples = 0, collections.Counter(), []
            for text in texts:
                hits = system.find(text)
                if hits:
                    flagged += 1
                    by_category.update({h.category for h in hits})
                    if len(samples) < show:
                        samples.append((text, hits))
            per_system[system.name] = (flagged, by_category, samples)
        out[label] = (len(texts), per_system)
    return out


def evaluate_listings(systems: list[System]) -> dict:
    out = {}
    for label, relpath in common.REAL_PHONE_FILES:
        rows = common.read_jsonl(common.REAL / relpath)
        per_system = {}
        for system in systems:
            expected_n = found = exact = extra_rows = 0
            extra_cats = collections.Counter()
            for row in rows:
                expected = common.expected_contacts(row)
                got = {(h.category, h.value) for h in system.find(row["text"])}
                expected_n += len(expected)
                found += len(expected & got)
                extras = got - expected
                exact += not extras and expected <= got
                extra_rows += bool(extras)
                extra_cats.update(c for c, _ in extras)
            per_system[system.name] = (expected_n, found, exact, extra_rows, extra_cats)
        out[label] = (len(rows), per_system)
    return out


# -- report --------------------------------------------------------------------------------------
def section(title: str, markdown: bool) -> str:
    return f"\n### {title}\n" if markdown else f"\n== {title} ==\n"


def report_categories(result: dict, systems: list[System], split: str, n_rows: int, markdown: bool) -> str:
    header = ["category", "labels"]
    for s in systems:
        header += [f"{s.name} P", "R", "F1", "value acc"]
    rows = []
    lg = result["leakguard"]["cats"]
    for category in CATEGORIES:
        c = lg[category]
        row = [category, c.tp + c.fn]
        for s in systems:
            if category not in s.categories:
                row += ["n/a", "n/a", "n/a", "n/a"]
                continue
            k = result[s.name]["cats"][category]
            row += [fmt(k.precision()), fmt(k.recall()), fmt(k.f1()),
                    "—" if category in PRESENCE_ONLY else fmt(k.value_accuracy())]
        rows.append(row)
    title = f"Per category on the labelled corpus, split `{split}` ({n_rows} messages)"
    return section(title, markdown) + markdown_table(header, rows)


def report_actions(result: dict, systems: list[System], rows_: list[dict], markdown: bool) -> str:
    parts = [section("Actions (expected → predicted)", markdown)]
    negatives = sum(1 for r in rows_ if not r["labels"])
    summary = []
    for s in systems:
        conf = result[s.name]["confusion"]
        total = sum(conf.values())
        correct = sum(v for (e, p), v in conf.items() if e == p)
        false_block = sum(v for (e, p), v in conf.items() if p == "block" and e == "allow")
        allow_rows = sum(v for (e, _p), v in conf.items() if e == "allow")
        flagged = sum(v for (e, p), v in conf.items() if p != "allow" and e == "allow")
        block_rows = sum(v for (e, _p), v in conf.items() if e == "block")
        blocked = conf[("block", "block")]
        summary.append([s.name, fmt(ratio(correct, total)), f"{blocked}/{block_rows}", fmt(ratio(blocked, block_rows)),
                        f"{false_block}/{allow_rows}", fmt(ratio(false_block, allow_rows)),
                        fmt(ratio(flagged, allow_rows)), f"{result[s.name]['seconds']:.2f}"])
    parts.append(markdown_table(["system", "action accuracy", "block rows blocked", "block recall",
                                 "false block on allow rows", "rate", "allow rows flagged", "seconds"], summary))
    parts.append(f"\n({negatives} of {len(rows_)} messages have no label; "
                 "a baseline blocks whenever it finds a phone or e-mail.)\n")
    for s in systems:
        conf = result[s.name]["confusion"]
        matrix = [[f"**{e}**" if markdown else e] + [conf[(e, p)] for p in common.ACTIONS] for e in common.ACTIONS]
        parts.append(f"\n{s.name}:\n\n" + markdown_table(["expected \\ predicted", *common.ACTIONS], matrix))
    return "\n".join(parts)


def report_tags(result: dict, systems: list[System], markdown: bool) -> str:
    lg_tags = result["leakguard"]["tags"]
    header = ["tag", "messages", "labels", "leakguard recall", "leakguard action acc", "phone+email labels"]
    header += [f"{s.name} phone+email recall" for s in systems]
    rows = []
    for tag in sorted(lg_tags, key=lambda t: (-lg_tags[t][0], t)):
        m, labels, matched, act_ok, pe_labels, _ = lg_tags[tag]
        row = [tag, m, labels, fmt(ratio(matched, labels)), fmt(ratio(act_ok, m)), pe_labels]
        for s in systems:
            t = result[s.name]["tags"][tag]
            row.append(fmt(ratio(t[5], t[4])))
        rows.append(row)
    return section("Recall per tag", markdown) + markdown_table(header, rows)


def report_clean(clean: dict, systems: list[System], markdown: bool, unmasked: bool) -> str:
    header = ["file", "messages"] + [f"{s.name} flagged" for s in systems]
    rows, totals, total_n = [], collections.Counter(), 0
    for label, (n, per_system) in clean.items():
        total_n += n
        row = [label, n]
        for s in systems:
            flagged = per_system[s.name][0]
            totals[s.name] += flagged
            row.append(f"{flagged} ({100 * flagged / n:.2f}%)" if n else "—")
        rows.append(row)
    rows.append(["**all**" if markdown else "all", total_n]
                + [f"{totals[s.name]} ({100 * totals[s.name] / total_n:.3f}%)" for s in systems])
    parts = [section("False positives on real text without contact details (messages with any finding)", markdown),
             markdown_table(header, rows)]
    by_cat = collections.Counter()
    for _label, (_n, per_system) in clean.items():
        by_cat.update(per_system["leakguard"][1])
    if by_cat:
        parts.append("\nleakguard flagged messages by category: "
                     + ", ".join(f"{c} {v}" for c, v in by_cat.most_common()))
    samples = [(label, s.name, text, hits) for label, (_n, per_system) in clean.items()
               for s in systems for text, hits in per_system[s.name][2]]
    if samples:
        parts.append("\nSample false positives" + (" (unmasked)" if unmasked else " (masked)") + ":\n")
        for label, name, text, hits in samples:
            shown = text if unmasked else _masked(name, text, hits)
            cats = ",".join(sorted({h.category for h in hits}))
            parts.append(f"- [{name} / {label} / {cats}] {shown[:200]!r}")
    return "\n".join(parts)


def _masked(system: str, text: str, hits: list[Hit]) -> str:
    if system == "leakguard":
        return common.leakguard_scan(text).masked()
    if system == "kakushi":
        import kakushi  # its spans index its own NFKC text

        return common.mask_hits(kakushi.normalize(text), hits)
    return common.mask_hits(text, hits)


def report_listings(listings: dict, systems: list[System], markdown: bool) -> str:
    header = ["file", "rows", "expected values"]
    for s in systems:
        header += [f"{s.name} found", "rows exact", "rows with extras"]
    rows = []
    totals = collections.defaultdict(lambda: [0, 0, 0, 0])
    total_rows = total_expected = 0
    extra_cats = collections.Counter()
    for label, (n, per_system) in listings.items():
        expected_n = per_system["leakguard"][0]
        total_rows += n
        total_expected += expected_n
        row = [label, n, expected_n]
        for s in systems:
            exp, found, exact, extra_rows, cats = per_system[s.name]
            row += [f"{found} ({fmt(ratio(found, exp))})", exact, extra_rows]
            t = totals[s.name]
            t[0] += found
            t[1] += exact
            t[2] += extra_rows
            if s.name == "leakguard":
                extra_cats.update(cats)
        rows.append(row)
    all_row = ["**all**" if markdown else "all", total_rows, total_expected]
    for s in systems:
        t = totals[s.name]
        all_row += [f"{t[0]} ({fmt(ratio(t[0], total_expected))})", t[1], t[2]]
    rows.append(all_row)
    text = section("Real phone listings: every expected number found with its value, nothing else", markdown)
    text += markdown_table(header, rows)
    if extra_cats:
        text += "\n\nleakguard extra findings by category: " + ", ".join(f"{c} {v}" for c, v in extra_cats.most_common())
    return text


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--split", choices=("test", "dev", "all"), default="test")
    ap.add_argument("--file", type=Path, default=None, metavar="PATH",
                    help="score this JSONL file (labelled schema, e.g. data/blind/round-1.jsonl) instead of a split")
    ap.add_argument("--markdown", action="store_true", help="Markdown headings, ready for the README")
    ap.add_argument("--show-fp", type=int, default=0, metavar="N",
                    help="show N sample false positives per real file and system (masked)")
    ap.add_argument("--unmasked", action="store_true", help="show the samples unmasked")
    ap.add_argument("--no-real", action="store_true", help="skip the real-text sections")
    ap.add_argument("--no-baselines", action="store_true", help="leakguard only")
    ap.add_argument("--intent", choices=("on", "off"), default="on",
                    help="the learned intent scorer after the rules (docs/intent.md), or the rules alone")
    args = ap.parse_args(argv)

    systems, missing = common.all_systems()
    if args.intent == "off":
        from leakguard import Policy

        systems[0] = common.leakguard_system(Policy(intent_model="off"))
    if args.no_baselines:
        systems = systems[:1]
    rows = common.read_jsonl(args.file) if args.file else common.load_labelled(args.split)
    split = str(args.file) if args.file else args.split
    started = time.perf_counter()
    out = []
    if args.markdown:
        which = f"--file {args.file}" if args.file else f"--split {args.split}"
        out.append(f"Command: `python benchmarks/accuracy.py {which} --markdown`  \n"
                   f"Machine: {common.machine_line()}  ")
    out.append("Systems: " + "; ".join(s.note for s in systems))
    for note in missing:
        out.append(f"(baseline skipped: {note})")
    if rows:
        result = evaluate_labelled(rows, systems)
        out.append(report_categories(result, systems, split, len(rows), args.markdown))
        out.append(report_actions(result, systems, rows, args.markdown))
        out.append(report_tags(result, systems, args.markdown))
    else:
        out.append(f"\n(no labelled corpus at {common.LABELLED}/{args.split}.jsonl yet: skipped)")
    if not args.no_real:
        out.append(report_clean(evaluate_clean(systems, args.show_fp), systems, args.markdown, args.unmasked))
        out.append(report_listings(evaluate_listings(systems), systems, args.markdown))
    out.append(f"\n({time.perf_counter() - started:.0f} s)")
    print("\n".join(out))
    return 0


if __name__ == "__main__":
    sys.exit(main())
