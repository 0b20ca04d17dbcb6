"""Real, published Japanese text (data/real, with licence notes): every listed phone number is
found with the right value, and ordinary conversation is not flagged."""
import json
from pathlib import Path

import pytest

from leakguard.scanner import find

DATA = Path(__file__).resolve().parents[1] / "data" / "real"
_MANIFEST = json.loads((DATA / "manifest.json").read_text(encoding="utf-8"))
LISTINGS = [(f["path"], tuple(f["phone_keys"])) for f in _MANIFEST["listings"]]
CONVERSATION = [f["path"] for f in _MANIFEST["clean"]]


def _rows(relative):
    with open(DATA / relative, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


@pytest.mark.parametrize("relative, keys", LISTINGS)
def test_every_published_phone_is_found_and_nothing_else(relative, keys):
    wrong = []
    for row in _rows(relative):
        expected = {p for key in keys for p in row.get(key, [])}
        findings = find(row["text"])
        phones = {f.value for f in findings if f.category == "phone_number"}
        emails = {f.value for f in findings if f.category == "email_address"}
        # An invitation (「是非お電話下さい」, a shop's Instagram link) is a finding of its own;
        # nothing else — postal codes, addresses, hours — may be reported on these rows.
        others = [f.category for f in findings
                  if f.category not in ("phone_number", "email_address", "external_contact")]
        if phones != expected or emails != set(row.get("emails", [])) or others:
            wrong.append((row.get("id"), sorted(expected), sorted(phones), others))
    assert wrong == []


@pytest.mark.parametrize("relative", CONVERSATION)
def test_real_conversation_is_not_flagged(relative):
    rows = _rows(relative)
    flagged = [row for row in rows if find(row["text"])]
    identifiers = [row for row in flagged
                   if any(f.category in ("phone_number", "email_address", "line_id") for f in find(row["text"]))]
    assert identifiers == []
    # Invitations and payment talk are judged on wording; allow at most 0.2 % of messages.
    assert len(flagged) <= 0.002 * len(rows), [r["text"][:60] for r in flagged[:10]]
