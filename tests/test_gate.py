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
    words = {"こうかん": gate_module._HARD, **{o + "ー": gate_module._LONG_O for o in gate_module._long_o_before()}}
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


def test_cached_tables_are_the_ones_the_detectors_give(tmp_path, monkeypatch):
    # Written by one process, read by the next: the same words and tables as building every detector.
    monkeypatch.setenv("LEAKGUARD_CACHE_DIR", str(tmp_path))
    built_words, _lexicons = gate_module.gate_words(DEFAULT_POLICY.detectors())
    for _ in range(2):
        gate_module.built_in_tables.cache_clear()
        tables = gate_module.built_in_tables()
        assert list(tmp_path.glob("gate-*.json"))
        assert tables["words"] == built_words
        assert {k: tables[k] for k in ("plain", "fold", "folding", "patterns")} == gate_module._module_tables()
    gate_module.built_in_tables.cache_clear()


def test_a_stale_cache_file_is_rebuilt(tmp_path, monkeypatch):
    monkeypatch.setenv("LEAKGUARD_CACHE_DIR", str(tmp_path))
    gate_module.built_in_tables.cache_clear()
    gate_module.built_in_tables()
    path = next(tmp_path.glob("gate-*.json"))
    data = json.loads(path.read_text(encoding="utf-8"))
    data["stamp"][1][1] += 1  # one source file changed size since the file was written
    data["words"] = {"こんにちは": gate_module._HARD}
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    gate_module.built_in_tables.cache_clear()
    assert "こんにちは" not in gate_module.built_in_tables()["words"]
    gate_module.built_in_tables.cache_clear()


def test_no_cache_dir_builds_in_process(monkeypatch):
    monkeypatch.setenv("LEAKGUARD_CACHE_DIR", "")
    gate_module.built_in_tables.cache_clear()
    assert gate_module.built_in_tables()["words"] == gate_module.gate_words(DEFAULT_POLICY.detectors())[0]
    gate_module.built_in_tables.cache_clear()


def test_a_cleared_message_loads_no_detector(tmp_path):
    # The CLI's cold start: a plain one-line file needs the gate only, not the detectors, the
    # normalizer, phonenumbers or Sudachi (the cache file is written by the first process).
    import subprocess
    import sys

    child = ("import sys, leakguard; r = leakguard.scan('了解です、明日の午前中に納品しますね。'); assert not r.findings; "
             "print(sorted(m for m in sys.modules if m.startswith(('leakguard.detectors', 'leakguard.normalize', "
             "'leakguard.fragments', 'phonenumbers', 'sudachipy'))))")
    env = {**__import__("os").environ, "LEAKGUARD_CACHE_DIR": str(tmp_path)}
    runs = [subprocess.run([sys.executable, "-c", child], capture_output=True, text=True, env=env, timeout=120)
            for _ in range(2)]
    assert all(run.returncode == 0 for run in runs), runs[-1].stderr
    assert runs[1].stdout.strip() == "[]"
    texts = ("090-1234-5678", "ラインで話しましょう")  # a hit loads what reads it
    run = subprocess.run([sys.executable, "-c", "import leakguard; print([leakguard.scan(t).action.value for t in "
                          f"{texts!r}])"], capture_output=True, text=True, env=env, timeout=120)
    assert run.stdout.strip() == "['block', 'warn']", run.stderr


def test_soft_tests_read_by_the_stdlib_engine_agree_with_the_readers(texts):
    # The gate reads a few of the readers' `regex` patterns with `re` (cheaper per call): on every
    # local text both engines find the same spans, at every position the gate asks.
    import regex

    tables = gate_module._module_tables()
    for name in gate_module._STDLIB_READS:
        stdlib, pattern, flags = tables["patterns"][name]
        if not stdlib:
            continue  # this Python's `re` cannot read it: the gate uses the reader's engine
        theirs, ours = regex.compile(pattern), gate_module._compiled(True, pattern, flags)
        for text in texts:
            assert [m.span() for m in ours.finditer(text)] == [m.span() for m in theirs.finditer(text)], text
            for i in range(len(text)):
                if text[i] in " 、・":
                    a, b = ours.match(text, max(i - 1, 0)), theirs.match(text, max(i - 1, 0))
                    assert (a and a.span()) == (b and b.span()), text


def test_a_cleared_scan_gives_the_same_report_as_the_pipeline():
    # scan() ends a cleared message itself (no find(), no decide(), a Report set slot by slot)
    from leakguard.model import Action, Report
    from leakguard.scanner import _allowed

    for text in ("こんにちは！", "", "一緒に行きましょう？"):
        report = leakguard.scan(text)
        assert report == Report((), 0.0, Action.ALLOW, text) == _allowed(text)
        assert (report.text, report.image, report.score, report.findings) == (text, None, 0.0, ())
        assert leakguard.scan(text, context={"stage": "completed"}).action is Action.ALLOW


# -- the second stage (precheck.py): a detector whose own first test fails is not called ----------
def stage_two_misses(policy: Policy, text: str) -> list[str]:
    """The detectors the second stage skips on ``text`` that report something there when called
    (with the intent scorer, as the pipeline calls them, after every detector before them)."""
    from leakguard.precheck import checks_of
    from leakguard.scanner import INTENT_CATEGORIES, _intent_scorer

    view = NormalizedText.of(text)
    detectors, checks = checks_of(policy)
    found: dict = {}
    missed = []
    for detector, check in zip(detectors, checks):
        skipped = check is not None and not check(view, found.values())
        if policy.intent_model == "on" and detector.category in INTENT_CATEGORIES:
            results = list(_intent_scorer()(detector, view, found.values()))
        else:
            results = list(detector(view))
        if skipped and results:
            missed.append(repr(detector))
        for f in results:
            if policy.admits(f):
                key = (f.category, f.start, f.end)
                if key not in found or found[key].score < f.score:
                    found[key] = f
    return missed


def test_second_stage_skips_no_detector_with_a_finding(texts):
    # Every local text the gate passes: each detector the second stage skips reports nothing at
    # any score, so gated findings are the ungated ones detector by detector.
    gate = gate_for(DEFAULT_POLICY)
    passed = [t for t in texts if gate.passes(t)]
    missed = {t: m for t in passed if (m := stage_two_misses(DEFAULT_POLICY, t))}
    assert missed == {}


def test_phone_numbers_shorter_than_the_second_stage_count_are_not_found():
    # precheck.PHONE_MIN_DIGITS: no region's reader reports a number of fewer digits. Valid numbers
    # that short exist (Andorra, the Faroes, Niue …): each region's detector still reports none
    # of them, national or international; a lower bound in phone._validate would fail here.
    import phonenumbers
    from phonenumbers import PhoneNumberType

    from leakguard.detectors.phone import PhoneDetector
    from leakguard.precheck import PHONE_MIN_DIGITS

    short = []
    for region in sorted(phonenumbers.SUPPORTED_REGIONS):
        for kind in (PhoneNumberType.FIXED_LINE, PhoneNumberType.MOBILE):
            number = phonenumbers.example_number_for_type(region, kind)
            if number is not None and len(phonenumbers.national_significant_number(number)) < PHONE_MIN_DIGITS:
                short.append((region, number))
    assert len(short) > 10
    for region, number in short:
        national = phonenumbers.national_significant_number(number)
        assert phonenumbers.is_valid_number(number)
        assert list(PhoneDetector(region)(NormalizedText.of(f"電話は {national} です"))) == [], region
        # with its country code a number is read whole: the digits the stage counts include it
        text = f"tel: +{number.country_code} {national}"
        if list(PhoneDetector(region)(NormalizedText.of(text))):
            assert sum(ch.isdigit() for ch in text) >= PHONE_MIN_DIGITS


SMALL_TALK = st.sampled_from([
    "長男は18です", "1メートルくらい", "３日以上", "YouTube", "QOL爆上がり", "Switch版", "iPhone15", "SNS", "インスタ",
    "電話", "ライン", "自分で", "私の", "他の", "外で", "2024年", "10時", "300円", "ID", "gmail", "at", "dot", "と",
    "最後", "次", "追加", "@", ".", "-", "0", "090", "1234", "5678", "abc", "taro", "_", "連絡", "ください", "しませんか",
    "PayPay", "振込", "直接", "let's", "call me", "LINE",
])


@settings(max_examples=120, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.one_of(PLAIN, SMALL_TALK), min_size=1, max_size=6).map("".join))
def test_second_stage_loses_nothing_on_mixed_small_talk(text):
    # digits, letters and channel and payment words mixed with plain chat: a message no check
    # passes has no finding ungated, and the stage's findings are the ungated ones
    from leakguard.precheck import checks_of
    from leakguard.scanner import find_passed

    ungated = find_ungated(text, DEFAULT_POLICY)
    assert find_passed(text, DEFAULT_POLICY) == ungated
    _detectors, checks = checks_of(DEFAULT_POLICY)
    view = NormalizedText.of(text)
    if not any(check(view, ()) for check in checks):
        assert ungated == ()
    assert stage_two_misses(DEFAULT_POLICY, text) == []


def _word_tests():
    from leakguard.precheck import _Literals, checks_of

    for check in checks_of(DEFAULT_POLICY)[1]:
        for cell in (check.__closure__ or ()) if check else ():
            if isinstance(cell.cell_contents, _Literals):
                return cell.cell_contents
    raise AssertionError("no check reads words")


def _pattern_search(pattern, text: str) -> bool:
    if isinstance(pattern, (list, tuple)):
        return any(word in text for word in pattern)
    return pattern.search(text) is not None


def test_word_tests_read_in_one_pass_answer_as_their_patterns(texts):
    # The checks' patterns, split into plain words (one automaton) and the rest: on local texts
    # every key answers as its pattern does.
    words = _word_tests()
    assert len(words.patterns) > 5
    for text in texts[::4]:
        view = NormalizedText.of(text)
        found = words.found(view)
        for key, pattern in enumerate(words.patterns):
            assert words.search(view, key, found) == _pattern_search(pattern, view.text), (pattern, text)


@pytest.mark.parametrize("pattern, texts", [
    (r"ab|c\.d|[x|y]z|(?:e|f)g|h\|i|\(a\)", ["ab", "c.d", "cxd", "|z", "yz", "fg", "h|i", "(a)", "a", "ca.d", "zz"]),
    (r"[]|]q|w[^]]|\d{2}|\bat\b", ["]q", "|q", "wa", "w]", "12", "at", "cat", "1"]),
    (r"最初|その(?:後|あと)|user ?name|[a-z0-9] [.@_] ?[a-z0-9]", ["最初に", "その後", "username", "a . b", "user  name"]),
])
def test_patterns_split_into_words_and_the_rest(pattern, texts):
    import re

    from leakguard.precheck import _Literals

    words = _Literals()
    compiled = re.compile(pattern)
    key = words.add(compiled)
    for text in texts:
        view = NormalizedText.of(text)
        assert words.search(view, key, words.found(view)) == (compiled.search(view.text) is not None), text
