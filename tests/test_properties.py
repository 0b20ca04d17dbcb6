"""Invariants that hold for every input: no exceptions, exact spans, complete masking, determinism."""
import string

from hypothesis import given, settings
from hypothesis import strategies as st

import leakguard
from leakguard.model import PLACEHOLDERS

CONTACTISH = st.lists(
    st.sampled_from(
        list(string.digits + "-() @.+_" + "０９８７６５４３２１－＠．ー〇一二三四五六七八九")
        + ["ぜろ", "きゅう", "いち", "アットマーク", "ドット", "\u200b", "️⃣", "gmail", "com", "LINE", "ID", "\n"]
    ),
    max_size=40,
).map("".join)
ANY_TEXT = st.text(alphabet=st.characters(codec=None, blacklist_categories=()), max_size=200)
MESSAGES = st.one_of(ANY_TEXT, CONTACTISH, st.tuples(ANY_TEXT, CONTACTISH, ANY_TEXT).map("".join))


@settings(max_examples=400, deadline=None)
@given(MESSAGES)
def test_scan_never_raises_and_spans_match(text):
    report = leakguard.scan(text)
    assert report.action in ("allow", "warn", "block")
    assert 0.0 <= report.score <= 1.0
    previous = -1
    for f in report.findings:
        assert 0 <= f.start < f.end <= len(text)
        assert text[f.start:f.end] == f.text
        assert f.start >= previous
        previous = f.start
        assert 0.0 <= f.score <= 1.0


@settings(max_examples=300, deadline=None)
@given(MESSAGES)
def test_mask_removes_every_finding_and_keeps_the_rest(text):
    report = leakguard.scan(text)
    masked = leakguard.mask(text)
    assert masked == report.masked()
    if not report.findings:
        assert masked == text
        return
    # Everything before the first and after the last finding is untouched.
    first = min(f.start for f in report.findings)
    last = max(f.end for f in report.findings)
    assert masked.startswith(text[:first])
    assert masked.endswith(text[last:])
    rescanned = leakguard.scan(masked)
    placeholder_chars = set("".join(PLACEHOLDERS.values()))
    for f in rescanned.findings:
        assert not set(f.text) <= placeholder_chars


@settings(max_examples=200, deadline=None)
@given(MESSAGES)
def test_scan_is_deterministic(text):
    assert leakguard.scan(text).to_dict() == leakguard.scan(text).to_dict()


def test_lone_surrogates_and_controls():
    for text in ["\ud800", "090\udc00-1234-5678", "\x00\x01\x02", "\u202e090-1234-5678", "\ufffe" * 50]:
        leakguard.scan(text)
