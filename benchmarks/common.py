"""Shared helpers for the benchmarks: loading data/ and running leakguard and the baselines alike.

Every system is wrapped as a :class:`System` whose ``find(text)`` returns ``Hit`` tuples
(category, start, end, value) and whose ``action(hits)`` says allow/warn/block, so the accuracy and
speed scripts treat leakguard and the baselines the same way. The benchmarks read ``data/`` only.
"""
from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterator, NamedTuple, Sequence

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "data"
LABELLED = DATA / "labelled"
REAL = DATA / "real"

PHONE = "phone_number"
EMAIL = "email_address"
CATEGORIES = ("phone_number", "email_address", "line_id", "external_contact", "off_platform_payment")
ACTIONS = ("allow", "warn", "block")

# What each real file is for: data/real/manifest.json (the tests read the same list).
_MANIFEST = json.loads((REAL / "manifest.json").read_text(encoding="utf-8"))
# Real text that holds no contact details: every finding on it is a false positive.
REAL_CLEAN_FILES: tuple[tuple[str, str], ...] = tuple((f["name"], f["path"]) for f in _MANIFEST["clean"])
# Real rows with known phone numbers (and e-mails): every one must be found, nothing else.
REAL_PHONE_FILES: tuple[tuple[str, str], ...] = tuple((f["name"], f["path"]) for f in _MANIFEST["listings"])
# Real chat lines for the speed benchmark.
REAL_CHAT_FILES: tuple[str, ...] = tuple(_MANIFEST["chat"])


def read_jsonl(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def load_labelled(split: str) -> list[dict]:
    """Rows of data/labelled/{dev,test}.jsonl; ``all`` is both. Missing files give no rows."""
    names = ("dev", "test") if split == "all" else (split,)
    rows: list[dict] = []
    for name in names:
        path = LABELLED / f"{name}.jsonl"
        if path.exists():
            rows.extend(read_jsonl(path))
    return rows


def load_real_texts(relpath: str) -> list[str]:
    return [row["text"] for row in read_jsonl(REAL / relpath)]


def expected_contacts(row: dict) -> set[tuple[str, str]]:
    """(category, value) pairs a real phone-listing row holds: TEL and FAX alike, and e-mails."""
    found = {(PHONE, v) for v in row.get("phones", [])}
    found |= {(PHONE, v) for v in row.get("fax_phones", [])}
    found |= {(EMAIL, v.lower()) for v in row.get("emails", [])}
    return found


class Hit(NamedTuple):
    category: str
    start: int
    end: int
    value: str | None


@dataclass
class System:
    """One detector under test: leakguard or a baseline."""

    name: str
    find: Callable[[str], list[Hit]]
    categories: tuple[str, ...]
    note: str = ""
    decide: Callable[[str], str] | None = None  # text -> action, when the system has its own policy

    def action(self, text: str, hits: Sequence[Hit]) -> str:
        if self.decide is not None:
            return self.decide(text)
        # A phone/e-mail detector without a policy: anything found is a leak to block.
        return "block" if hits else "allow"


# -- leakguard -------------------------------------------------------------------------------------
def leakguard_system(policy=None) -> System:
    """leakguard with ``policy`` (None: the default), e.g. ``Policy(intent_model="off")``."""
    import leakguard

    def find(text: str) -> list[Hit]:
        return [Hit(f.category, f.start, f.end, f.value) for f in leakguard.find(text, policy)]

    def decide(text: str) -> str:
        return str(leakguard.scan(text, policy=policy).action)

    note = f"leakguard {leakguard.__version__}" + ("" if policy is None else f" (intent_model={policy.intent_model})")
    return System("leakguard", find, CATEGORIES, note, decide)


def leakguard_scan(text: str):
    import leakguard

    return leakguard.scan(text)


# -- baseline (a): phonenumbers.PhoneNumberMatcher + a plain e-mail regex ----------------------------
PLAIN_EMAIL_RE = re.compile(r"[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)+")


def phone_value(raw: str) -> str:
    """E.164 of a phone-like span as a baseline reported it (NFKC, region JP); else its digits."""
    import phonenumbers

    text = unicodedata.normalize("NFKC", raw)
    try:
        number = phonenumbers.parse(text, "JP")
        return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
    except phonenumbers.NumberParseException:
        return "".join(ch for ch in text if ch.isdigit())


def email_value(raw: str) -> str:
    return unicodedata.normalize("NFKC", raw).lower()


def phonenumbers_system() -> System:
    import phonenumbers

    def find(text: str) -> list[Hit]:
        hits = [
            Hit(PHONE, m.start, m.end,
                phonenumbers.format_number(m.number, phonenumbers.PhoneNumberFormat.E164))
            for m in phonenumbers.PhoneNumberMatcher(text, "JP")
        ]
        hits += [Hit(EMAIL, m.start(), m.end(), m.group().lower()) for m in PLAIN_EMAIL_RE.finditer(text)]
        return hits

    return System("phonenumbers+regex", find, (PHONE, EMAIL),
                  f"phonenumbers {phonenumbers.__version__} PhoneNumberMatcher(text, 'JP') + plain e-mail regex")


def phone_matcher_only(text: str) -> int:
    """PhoneNumberMatcher alone, for the speed comparison the issue asks for."""
    import phonenumbers

    return sum(1 for _ in phonenumbers.PhoneNumberMatcher(text, "JP"))


# -- baseline (b): Japanese PII packages from PyPI (the `bench` extra) -------------------------------
def privacy_masker_system() -> System | None:
    """privacy-masker's Japanese regex detector behind its letter-spacing normalizer, no NER model."""
    try:
        from importlib.metadata import version

        from privacy_masker import PrivacyEngine
        from privacy_masker.detectors.normalizing import NormalizingDetector
        from privacy_masker.detectors.regex import RegexDetector
    except ImportError:
        return None
    engine = PrivacyEngine([NormalizingDetector(RegexDetector.default_ja())])
    kinds = {"PHONE_NUMBER": PHONE, "EMAIL": EMAIL}

    def find(text: str) -> list[Hit]:
        out = []
        for e in engine.detect(text, entities=("PHONE_NUMBER", "EMAIL")):
            category = kinds.get(e.entity_type)
            if category is None:
                continue
            raw = text[e.start:e.end]
            out.append(Hit(category, e.start, e.end, phone_value(raw) if category == PHONE else email_value(raw)))
        return out

    return System("privacy-masker", find, (PHONE, EMAIL),
                  f"privacy-masker {version('privacy-masker')}: PrivacyEngine([NormalizingDetector(RegexDetector.default_ja())])")


def kakushi_system() -> System | None:
    """kakushi's regex layer (NFKC + Japanese phone/e-mail patterns); its GiNZA NER layer is off."""
    try:
        from importlib.metadata import version

        import kakushi
    except ImportError:
        return None
    kinds = {"PHONE": PHONE, "EMAIL": EMAIL}

    def find(text: str) -> list[Hit]:
        out = []
        # Spans index kakushi's NFKC text; values are all we compare, so that is enough.
        for m in kakushi.find_all(text, use_ner=False):
            category = kinds.get(m.entity_type.value)
            if category is None:
                continue
            out.append(Hit(category, m.start, m.end, phone_value(m.text) if category == PHONE else email_value(m.text)))
        return out

    return System("kakushi", find, (PHONE, EMAIL), f"kakushi {version('kakushi')}: find_all(text, use_ner=False)")


def all_systems() -> tuple[list[System], list[str]]:
    """leakguard and every baseline that imports here; and a note for each one that does not."""
    systems = [leakguard_system(), phonenumbers_system()]
    missing = []
    for make, package in ((privacy_masker_system, "privacy-masker"), (kakushi_system, "kakushi")):
        system = make()
        if system is None:
            missing.append(f"{package} is not installed (pip install -e '.[bench]')")
        else:
            systems.append(system)
    return systems, missing


# -- output ----------------------------------------------------------------------------------------
def markdown_table(header: Sequence[str], rows: Sequence[Sequence[object]]) -> str:
    lines = ["| " + " | ".join(header) + " |", "|" + "|".join("---" for _ in header) + "|"]
    for row in rows:
        lines.append("| " + " | ".join(str(c) for c in row) + " |")
    return "\n".join(lines)


def fmt(x: float | None, digits: int = 3) -> str:
    return "—" if x is None else f"{x:.{digits}f}"


def ratio(num: int, den: int) -> float | None:
    return None if den == 0 else num / den


def mask_hits(text: str, hits: Sequence[Hit]) -> str:
    """``text`` with every hit replaced by ［category］, for printing samples without their data."""
    out, pos = [], 0
    for hit in sorted(hits, key=lambda h: h.start):
        if hit.start < pos:
            continue
        out.append(text[pos:hit.start])
        out.append(f"［{hit.category}］")
        pos = hit.end
    out.append(text[pos:])
    return "".join(out)


def machine_line() -> str:
    import os
    import platform

    cpu = "unknown CPU"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return f"{os.cpu_count()} CPUs ({cpu}), Python {platform.python_version()}"


def iter_chunks(seq: Sequence, size: int) -> Iterator[Sequence]:
    for i in range(0, len(seq), size):
        yield seq[i:i + size]
