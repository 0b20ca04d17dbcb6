"""Train the intent scorer (src/leakguard/models/intent.json) and measure it against the rules.

    pip install -e .[train]
    python benchmarks/train_intent.py [--write] [--tune data/blind/round-1.jsonl] [--seed 14]

Training rows: every ``data/intent/*.jsonl`` (85 %, a split stratified by label signature with a
fixed seed; the other 15 % is the internal test split) plus ``data/labelled/dev.jsonl``. The features
are leakguard.intent's own candidates (the same code runs in the library), labelled from the rows:
a channel candidate is positive when the row has ``external_contact`` with that channel (the
unnamed one when the row has a channel no mention names), the payment candidate when the row has
``off_platform_payment``. One L2 logistic regression per category; weights below ``--prune`` are
dropped. The thresholds ``keep`` and ``add`` are chosen on the internal split and the tuning file
(``--tune``, a blind round that is already a dev set), and the table printed compares rules only
with rules + scorer on each split. ``--write`` writes the model file. Never pass a held-out file.

``--train-extra`` adds blind rounds (dev sets, up to ``LAST_DEV_ROUND``) to the training rows. A
file may not be both trained and tuned on: thresholds chosen on rows the model has seen are too
bold (rounds 1-7 with round-1 as the tuning file chose add 0.95 where rounds 2-7 chose 0.97), so
train on the others (each of rounds 2-8 with ``--train-extra``, and ``--tune data/blind/round-1.jsonl``).
Whether that helps on an unseen author is measured in docs/benchmarks.md ("learned scorer, trained
on others' text"): at 9ef00ad it did not, and the shipped model is still the one trained without
the blind rounds.
"""
from __future__ import annotations

import argparse
import collections
import itertools
import json
import random
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "benchmarks"))

from leakguard import intent  # noqa: E402
from leakguard.model import EXTERNAL, PAYMENT  # noqa: E402
from leakguard.normalize import NormalizedText  # noqa: E402
from leakguard.policy import Policy  # noqa: E402

INTENT_GLOB = "data/intent/*.jsonl"
# Blind rounds up to this one have been scored and are dev sets (data/blind/README.md); a later
# round, and the labelled test split, are held out.
LAST_DEV_ROUND = 8
DEV = ROOT / "data/labelled/dev.jsonl"
MODEL_PATH = ROOT / "src/leakguard/models" / intent.MODEL_FILE
RULES_ONLY = Policy(intent_model="off")


def read_jsonl(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def split(rows: list[dict], share: float, seed: int) -> tuple[list[dict], list[dict]]:
    """(train, test), stratified by which intent categories a row has and by its action."""
    strata = collections.defaultdict(list)
    for row in rows:
        cats = sorted({lab["category"] for lab in row["labels"] if lab["category"] in (EXTERNAL, PAYMENT)})
        strata[(row["action"], tuple(cats))].append(row)
    rng = random.Random(seed)
    train, test = [], []
    for key in sorted(strata):
        group = sorted(strata[key], key=lambda r: r["id"])
        rng.shuffle(group)
        n = round(len(group) * share)
        test += group[:n]
        train += group[n:]
    return train, test


class Row:
    """A labelled message read once: the rules' raw findings, the candidates, the other findings."""

    __slots__ = ("data", "channels", "payment", "ext", "pay", "cands", "other")

    def __init__(self, data: dict, detectors: dict):
        self.data = data
        self.channels = {lab["value"] for lab in data["labels"] if lab["category"] == EXTERNAL}
        self.payment = any(lab["category"] == PAYMENT for lab in data["labels"])
        text = data["text"]
        from leakguard import find

        self.other = [f for f in find(text, RULES_ONLY) if f.category not in (EXTERNAL, PAYMENT)]
        view = NormalizedText.of(text)
        # what the scanner has found when external_contact runs: the detectors before it, admitted
        before = []
        for detector in RULES_ONLY.detectors():
            if detector.category == EXTERNAL:
                break
            if detector.category != PAYMENT:
                before += [f for f in detector(view) if RULES_ONLY.admits(f)]
        self.ext = list(detectors[EXTERNAL](view))
        self.pay = list(detectors[PAYMENT](view))
        self.cands = (intent.candidates(detectors[EXTERNAL], view, self.ext, before)
                      + intent.candidates(detectors[PAYMENT], view, self.pay))

    def target(self, c: intent.Candidate) -> int:
        if c.category == PAYMENT:
            return int(self.payment)
        if c.value is None:
            named = {x.value for x in self.cands if x.category == EXTERNAL and x.value is not None}
            return int(bool(self.channels - named))
        return int(c.value in self.channels)


def _gated(text: str, detectors) -> bool:
    """Cheap: can this line reach a candidate (a channel word, a payment word or a value)?"""
    from leakguard.detectors.contact_analysis import cheap_hits

    view = NormalizedText.of(text)
    return bool(cheap_hits(view, detectors[EXTERNAL].lexicon)) or detectors[PAYMENT].passes_gate(view) or any(
        ch.isdigit() or ch == "@" for ch in view.text)


def load(paths_or_rows, detectors) -> list[Row]:
    return [Row(r, detectors) for r in paths_or_rows]


HEAD_RULES = {"keep": ("invite", "statement"), "add": ("none", "refusal", "weak")}


def fit(rows: list[Row], category: str, head: str, c_value: float, prune: float,
        drop: tuple[str, ...] = ()) -> tuple[float, dict[str, float]]:
    """One head: a logistic regression on the candidates of ``category`` it will judge."""
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    X, y = [], []
    for row in rows:
        for c in row.cands:
            if c.category == category and c.rule in HEAD_RULES[head]:
                X.append(dict.fromkeys((f for f in c.features if not f.startswith(drop)), 1))
                y.append(row.target(c))
    vec = DictVectorizer()
    matrix = vec.fit_transform(X)
    clf = LogisticRegression(C=c_value, max_iter=2000, class_weight="balanced")
    clf.fit(matrix, y)
    weights = {name: round(float(w), 4) for name, w in zip(vec.feature_names_, clf.coef_[0]) if abs(w) >= prune}
    print(f"  {category} {head} head: {len(y)} candidates ({sum(y)} positive), {len(weights)} of {len(vec.feature_names_)} "
          f"features kept", file=sys.stderr)
    return round(float(clf.intercept_[0]), 4), weights


# -- measuring ---------------------------------------------------------------------------------------
class Tally:
    def __init__(self):
        self.c = collections.Counter()

    def add(self, row: Row, findings: list) -> None:
        admitted = [f for f in findings if f.score >= RULES_ONLY.min_score]
        got = {f.value for f in admitted if f.category == EXTERNAL}
        n_exp, n_pred = len(row.channels), len(got)
        tp = min(n_exp, n_pred)
        self.c["ext_tp"] += tp
        self.c["ext_fp"] += n_pred - tp
        self.c["ext_fn"] += n_exp - tp
        paid = any(f.category == PAYMENT for f in admitted)
        self.c["pay_tp"] += paid and row.payment
        self.c["pay_fp"] += paid and not row.payment
        self.c["pay_fn"] += row.payment and not paid
        _score, action = RULES_ONLY.decide(row.other + admitted)
        action = str(action)
        if row.data["action"] == "allow":
            self.c["allow"] += 1
            self.c["allow_blocked"] += action == "block"
            self.c["allow_flagged"] += action != "allow"
        self.c["rows"] += 1
        self.c["action_ok"] += action == row.data["action"]

    def numbers(self) -> dict[str, float]:
        c = self.c

        def r(a, b):
            return a / b if b else float("nan")

        return {"ext P": r(c["ext_tp"], c["ext_tp"] + c["ext_fp"]), "ext R": r(c["ext_tp"], c["ext_tp"] + c["ext_fn"]),
                "pay P": r(c["pay_tp"], c["pay_tp"] + c["pay_fp"]), "pay R": r(c["pay_tp"], c["pay_tp"] + c["pay_fn"]),
                "allow blocked": r(c["allow_blocked"], c["allow"]), "allow flagged": r(c["allow_flagged"], c["allow"]),
                "action acc": r(c["action_ok"], c["rows"])}


def measure(rows: list[Row], model: intent.IntentModel | None) -> dict[str, float]:
    tally = Tally()
    for row in rows:
        findings = row.ext + row.pay
        if model is not None:
            ext = [c for c in row.cands if c.category == EXTERNAL]
            pay = [c for c in row.cands if c.category == PAYMENT]
            findings = (intent.decide(ext, row.ext, model) if ext else row.ext) + (
                intent.decide(pay, row.pay, model) if pay else row.pay)
        tally.add(row, findings)
    return tally.numbers()


def build(bias_weights: dict, thresholds: dict, meta: dict) -> dict:
    cats = {}
    for category, heads in bias_weights.items():
        keep, add, over, add_value, add_rare = thresholds[category]
        cats[category] = {"keep": keep, "add": add, "add_value": add_value, "add_rare": add_rare, "override_refusal": over,
                          "heads": {head: {"bias": bias, "weights": dict(sorted(weights.items()))}
                                    for head, (bias, weights) in heads.items()}}
    return {"format": intent.FORMAT, "version": intent.FORMAT_VERSION, "meta": meta, "categories": cats}


def objective(nums: dict[str, float], category: str) -> float:
    key = "ext" if category == EXTERNAL else "pay"
    p, r = nums[f"{key} P"], nums[f"{key} R"]
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    # precision below the goal (0.92 / 0.95) and innocent messages flagged cost more than recall
    goal = 0.92 if category == EXTERNAL else 0.95
    return f1 - 2 * max(0.0, goal - p) - 2 * max(0.0, nums["allow flagged"] - 0.03)


def real_flags(rows_by_file: dict[str, tuple[int, list[Row]]], model) -> dict[str, int]:
    """Lines of each real clean file with an intent finding (``rows``: its lines that reach a candidate)."""
    out = {}
    for name, (_n, rows) in rows_by_file.items():
        flagged = 0
        for row in rows:
            ext = [c for c in row.cands if c.category == EXTERNAL]
            pay = [c for c in row.cands if c.category == PAYMENT]
            found = (intent.decide(ext, row.ext, model) if ext and model else row.ext) + (
                intent.decide(pay, row.pay, model) if pay and model else row.pay)
            flagged += any(f.score >= RULES_ONLY.min_score for f in found)
        out[name] = flagged
    return out


# tests/test_real_corpora.py allows 0.2 % of a real file's lines flagged of any kind; the issue
# asks for warns on at most 0.3 % and hard findings on at most 0.05 % of all lines (the report of
# train_intent.py prints the lines flagged per file: check it against both).
REAL_SHARE = 0.002


def within_real_bound(flags: dict[str, int], rules: dict[str, int], rows_by_file) -> bool:
    # the scorer may not take a file past REAL_SHARE, nor add more than the rules flag where they
    # are past it already
    return all(flags[name] <= max(rules[name], int(REAL_SHARE * n)) for name, (n, _rows) in rows_by_file.items())


def tune(bias_weights: dict, tune_sets: list[list[Row]], meta: dict, real: dict | None = None) -> dict:
    thresholds = {EXTERNAL: (0.1, 0.95, False, 1.0, None), PAYMENT: (0.1, 0.95, False, 1.0, None)}
    # The grids are bounded on purpose. Dropping a rule finding needs a confident model (keep
    # <= 0.2), and so does adding one (add >= 0.85): everyday text that names LINE or 電話
    # (「電話しようかな」) is rare in the corpus and common in real chat, where the model is least
    # sure. A rule's refusal stays an exclusion (the issue: rules keep their hard exclusions).
    grid_keep = [0.0, 0.05, 0.1, 0.15, 0.2]
    grid_add = [0.8, 0.85, 0.9, 0.93, 0.95, 0.97, 0.98, 0.99, 0.995, 1.0]
    # A channel given only by its value (no channel word) is rare in everyday text, but a stated
    # contact (「お問い合わせは 0120-… へ」, a signature) is no invitation either and scores up to
    # 0.8 (tests/test_policy.py): the value-only threshold stays above that.
    grid_add_value = [0.85, 0.9, 0.95, 1.0]
    # Channels everyday text hardly names (intent.EVERYDAY_CHANNELS) get their own add threshold,
    # tuned after the others (real text hardly holds them, so the corpus and the dev rounds decide).
    grid_add_rare = [0.6, 0.7, 0.75, 0.8, 0.85, 0.9, 0.93, 0.95, 0.97, 0.98, 0.99, 1.0]
    real_rules = real_flags(real, None) if real else {}

    def search(category: str, trials) -> tuple | None:
        best = None
        for trial_values in trials:
            trial = dict(thresholds)
            trial[category] = trial_values
            model = intent.IntentModel.from_dict(build(bias_weights, trial, meta))
            if real and not within_real_bound(real_flags(real, model), real_rules, real):
                continue
            score = sum(objective(measure(rows, model), category) for rows in tune_sets)
            if best is None or score > best[0] + 1e-9:
                best = (score, trial_values)
        return best[1] if best else None

    for category in (EXTERNAL, PAYMENT):
        found = search(category, [(keep, add, False, add_value, None) for keep, add, add_value in itertools.product(
            grid_keep, grid_add, grid_add_value if category == EXTERNAL else (1.0,))])
        thresholds[category] = found or (0.0, 1.0, False, 1.0, None)
        if category == EXTERNAL and found:
            keep, add, over, add_value, _none = found
            # ties keep the highest threshold: the grid runs from the top
            rare = search(category, [(keep, add, over, add_value, r) for r in sorted(grid_add_rare, reverse=True)
                                     if r <= add])
            thresholds[category] = rare or found
        keep, add, over, add_value, add_rare = thresholds[category]
        print(f"  {category}: keep {keep}, add {add} (value only {add_value}, rare channels {add_rare}), "
              f"override refusal {over}", file=sys.stderr)
    return thresholds


def table(results: dict[str, tuple[dict, dict]]) -> str:
    keys = ["ext P", "ext R", "pay P", "pay R", "allow blocked", "allow flagged", "action acc"]
    lines = ["| split | system | " + " | ".join(keys) + " |", "|---|---|" + "---|" * len(keys)]
    for name, (rules, scored) in results.items():
        for system, nums in (("rules", rules), ("rules+scorer", scored)):
            lines.append(f"| {name} | {system} | " + " | ".join(f"{nums[k]:.3f}" for k in keys) + " |")
    return "\n".join(lines)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--seed", type=int, default=14)
    ap.add_argument("--test-share", type=float, default=0.15)
    ap.add_argument("--C", type=float, default=0.5, help="inverse L2 strength of the logistic regressions")
    ap.add_argument("--prune", type=float, default=0.02, help="drop weights smaller than this")
    ap.add_argument("--tune", type=Path, action="append", default=None,
                    help="extra tuning file(s) (default: data/blind/round-1.jsonl)")
    ap.add_argument("--no-dev", action="store_true", help="train on data/intent only")
    ap.add_argument("--train-extra", type=Path, action="append", default=[],
                    help="more training rows (a blind round that is already a dev set), all of them")
    ap.add_argument("--drop", default="c:,n:,b:", help="comma-separated feature prefixes left out of the model "
                    "(default: c: the channel's name, which says little about intent, n: the next sentence and "
                    "b: bigrams, which fit the corpus's wordings more than real chat's)")
    ap.add_argument("--no-real-bound", action="store_true",
                    help="do not hold thresholds to the real-text bound of tests/test_real_corpora.py")
    ap.add_argument("--write", action="store_true", help=f"write {MODEL_PATH.relative_to(ROOT)}")
    args = ap.parse_args()
    for path in [*(args.tune or ()), *args.train_extra]:
        round_number = path.name.removeprefix("round-").split("-")[0].split(".")[0]
        if path.name == "test.jsonl" or (round_number.isdigit() and int(round_number) > LAST_DEV_ROUND) \
                or "blind5" in path.parts or any(p.startswith("blind") and p[5:].isdigit() for p in path.parts):
            ap.error(f"{path} is held out: it is scored once with benchmarks/accuracy.py, never tuned on")
    tune_files = args.tune or [ROOT / "data/blind/round-1.jsonl"]
    trained = {path.resolve() for path in args.train_extra}
    for path in tune_files:
        if path.resolve() in trained:
            ap.error(f"{path} is both trained and tuned on: pass another --tune file")

    from leakguard.detectors.channels import detect_external_contact
    from leakguard.detectors.payment import default_payment_detector

    detectors = {EXTERNAL: detect_external_contact, PAYMENT: default_payment_detector()}
    t0 = time.perf_counter()
    files = sorted(ROOT.glob(INTENT_GLOB))
    corpus = [row for path in files for row in read_jsonl(path)]
    train_rows, test_rows = split(corpus, args.test_share, args.seed)
    if not args.no_dev:
        train_rows += read_jsonl(DEV)
    for path in args.train_extra:
        train_rows += read_jsonl(path)
    train = load(train_rows, detectors)
    internal = load(test_rows, detectors)
    tunes = {path.name: load(read_jsonl(path), detectors) for path in tune_files}
    print(f"read {len(corpus)} intent rows from {', '.join(p.name for p in files)}; train {len(train)}, "
          f"internal test {len(internal)}; {time.perf_counter() - t0:.1f} s", file=sys.stderr)

    drop = tuple(p for p in args.drop.split(",") if p)
    bias_weights = {category: {head: fit(train, category, head, args.C, args.prune, drop) for head in HEAD_RULES}
                    for category in (EXTERNAL, PAYMENT)}
    real = None
    if not args.no_real_bound:
        import common

        real = {}
        for name, relpath in common.REAL_CLEAN_FILES:
            texts = common.load_real_texts(relpath)
            rows = [Row({"id": "", "text": t, "labels": [], "action": "allow"}, detectors) for t in texts
                    if _gated(t, detectors)]
            real[name] = (len(texts), [r for r in rows if r.cands])
    meta = {"trained_on": [p.name for p in files] + ([] if args.no_dev else [DEV.name])
            + [p.name for p in args.train_extra],
            "rows": len(train), "seed": args.seed, "C": args.C, "prune": args.prune,
            "tuned_on": ["internal split"] + [p.name for p in tune_files],
            "trainer": "benchmarks/train_intent.py"}
    meta["drop"] = list(drop)
    meta["real_bound"] = real is not None
    thresholds = tune(bias_weights, [internal, *tunes.values()], meta, real)
    data = build(bias_weights, thresholds, meta)
    model = intent.IntentModel.from_dict(data)
    results = {"internal 15 %": (measure(internal, None), measure(internal, model)),
               **{name: (measure(rows, None), measure(rows, model)) for name, rows in tunes.items()},
               "train": (measure(train, None), measure(train, model))}
    print(table(results))
    if real:
        rules, scored = real_flags(real, None), real_flags(real, model)
        print("\n| real clean file | lines | rules flag (intent categories) | rules+scorer |\n|---|---|---|---|")
        for name, (n, _rows) in real.items():
            print(f"| {name} | {n} | {rules[name]} | {scored[name]} |")
    if args.write:
        MODEL_PATH.parent.mkdir(exist_ok=True)
        MODEL_PATH.write_text(json.dumps(data, ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8")
        print(f"wrote {MODEL_PATH.relative_to(ROOT)} ({MODEL_PATH.stat().st_size // 1024} KB)", file=sys.stderr)


if __name__ == "__main__":
    main()
