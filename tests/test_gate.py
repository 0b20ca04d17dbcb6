"""The one gate (gate.py): a message it clears is one no detector reports anything in.

Checked on every local text (data/labelled, data/real, data/blind, data/intent, tests/data): each
message the gate clears gets no finding from any detector (at any score) nor from the ungated
pipeline, so gated and ungated findings are the same on all of them.
"""
import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import leakguard
import leakguard.gate as gate_module
from leakguard.gate import build_gate, gate_for
from leakguard.normalize import NormalizedText
from leakguard.policy import DEFAULT_POLICY, Policy
from leakguard.scanner import find_ungated, find_whole

ROOT = Path(__file__).resolve().parent.parent
TEXT_DIRS = ("data/labelled", "data/real", "data/blind", "data/intent", "tests/data")


def local_texts() -> list[str]:
    texts = []
    for folder in TEXT_DIRS:
        for path in sorted((ROOT / folder).rglob("*.jsonl")):
            with path.open(encoding="utf-8") as fh:
                for line in fh:
                    if not line.strip():
                        continue
                    row = json.loads(line)
                    if "text" in row:
                        texts.append(row["text"])
                    texts.extend(m["text"] for m in row.get("messages", ()))
    return list(dict.fromkeys(texts))


@pytest.fixture(scope="module")
def texts():
    found = local_texts()
    assert len(found) > 50_000  # the corpora are there: an empty list would prove nothing
    return found


def reports_nothing(policy: Policy, text: str) -> bool:
    view = NormalizedText.of(text)
    return not any(True for detector in policy.detectors() for _ in detector(view)) and not find_ungated(text, policy)


def test_cleared_local_texts_have_no_finding(texts):
    gate = gate_for(DEFAULT_POLICY)
    cleared = [t for t in texts if not gate.passes(t)]
    assert len(cleared) > len(texts) // 3  # the gate clears the plain chat lines, or it saves nothing
    missed = [t for t in cleared if not reports_nothing(DEFAULT_POLICY, t)]
    assert missed == []


def test_gated_findings_equal_ungated_on_labelled_texts(texts):
    rows = [json.loads(line) for name in ("dev", "test")
            for line in (ROOT / "data/labelled" / f"{name}.jsonl").read_text(encoding="utf-8").splitlines() if line]
    for row in rows[::3]:
        assert find_whole(row["text"], DEFAULT_POLICY) == find_ungated(row["text"], DEFAULT_POLICY)


@pytest.mark.parametrize("text", [
    "ぜろきゅうぜろ いちにさんよん ごろくななはち",  # number words
    "〇九〇一二三四五六七八",  # kanji digits
    "ラインで話しましょう",  # a channel word
    "ら、い、んで連絡ください",  # spaced out
    "銀行振込でお願いします",  # a payment word
    "コン イル コン イル イ サム サ オ ユク チル パル",  # Korean readings in katakana
    "090-1234-5678", "taro@example.com", "ｔａｒｏ＠ｅｘａｍｐｌｅ．ｃｏｍ",
])
def test_identifier_signs_pass(text):
    assert gate_for(DEFAULT_POLICY).passes(text)


def test_long_vowel_read_as_the_normalizer_reads_it():
    # 「こーかん」 is 「こうかん」 to the detectors: a cue word written with う passes either way
    words = {"こうかん": gate_module._HARD, **{o + "ー": gate_module._LONG_O for o in gate_module._LONG_O_BEFORE}}
    gate = gate_module.Gate(words)
    assert gate.passes("こーかんしましょ") and gate.passes("こうかんしましょ")
    assert not gate.passes("そーですね")


@pytest.mark.parametrize("text", ["こんにちは！", "一緒に行きましょう？", "ありがとうございます、よろしくお願いします。"])
def test_plain_chat_is_cleared(text):
    assert not gate_for(DEFAULT_POLICY).passes(text)


def test_unknown_detector_turns_the_gate_off():
    def mine(view):
        return ()

    mine.category = "phone_number"
    assert build_gate((*DEFAULT_POLICY.detectors(), mine)) is None
    policy = Policy(detectors=(*DEFAULT_POLICY.detectors(), mine))
    assert gate_for(policy) is None
    assert leakguard.find("こんにちは", policy) == ()


PLAIN = st.text(alphabet=st.sampled_from(list("あいうえおかきくけこさしすせそたちつてとなにぬねのはまやらわをんー、。！？ 今日明日")),
                max_size=12)
IDENTIFIERS = st.sampled_from([
    "090-1234-5678", "０９０ー１２３４ー５６７８", "ぜろきゅうぜろ いちにさんよん ごろくななはち", "〇九〇 一二三四 五六七八",
    "taro.s@example.jp", "taro アットマーク gmail ドット com", "ID:miyu_0915", "ライン", "LINE", "インスタ",
    "銀行振込", "PayPay", "直接取引", "コン イル コン イル サム", "ら、い、ん", "@hanako_22",
])


@settings(max_examples=60, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.one_of(PLAIN, IDENTIFIERS), min_size=1, max_size=4).map("".join))
def test_gate_never_hides_a_finding(text):
    ungated = find_ungated(text, DEFAULT_POLICY)
    if ungated:
        assert gate_for(DEFAULT_POLICY).passes(text)
    assert find_whole(text, DEFAULT_POLICY) == ungated
