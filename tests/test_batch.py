"""scan_many: order, equality with scan(), laziness, errors; pickling and dict round trips."""
import itertools
import json
import pickle

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import leakguard
from leakguard import Action, Finding, Policy, Report
from leakguard.context import Context

MESSAGES = [
    "はじめまして。ロゴデザインのご依頼ありがとうございます。",
    "急ぎの場合は090-1234-5678までお電話ください。",
    "資料は taro.yamada@gmail.com に送ってください",
    "ご注文番号 12345678 の件、検収をお願いします。",
    "電話番号は０８０－９８７６－５４３２です。メールは hanako@yahoo.co.jp",
    "",
    "お見積りは50,000円です。納期は2026年12月10日です。",
    "手数料がもったいないので、次回から直接お振込みでどうでしょう。",
    "LINEで直接やり取りしませんか？",
    "control \x00 chars \u200b 070-1111-2222",
]


def _numbered(count: int) -> list[str]:
    # distinct texts, so that a reordering cannot go unnoticed
    return [f"{i}: " + MESSAGES[i % len(MESSAGES)] for i in range(count)]


@pytest.mark.parametrize("jobs", [1, 2])
def test_equals_sequential_scan_in_input_order(jobs):
    texts = _numbered(700)
    reports = list(leakguard.scan_many(texts, jobs=jobs, chunksize=16))
    assert [r.text for r in reports] == texts
    assert reports == [leakguard.scan(t) for t in texts]
    assert {r.action for r in reports} == {Action.ALLOW, Action.BLOCK}


@pytest.mark.parametrize("jobs", [1, 2])
def test_policy_and_context_reach_the_workers(jobs):
    policy = Policy(allow_phones=["090-1234-5678"])
    texts = _numbered(60)
    got = list(leakguard.scan_many(texts, policy=policy, context="escrow_funded", jobs=jobs, chunksize=7))
    assert got == [leakguard.scan(t, policy=policy, context="escrow_funded") for t in texts]
    allowlisted = [r for r in got if "090-1234-5678" in r.text]
    assert allowlisted and all("phone_number" not in r.categories for r in allowlisted)
    assert all("phone_number" in leakguard.scan(r.text).categories for r in allowlisted)


@pytest.mark.parametrize("jobs", [1, 2])
def test_endless_input_is_consumed_lazily(jobs):
    pulled = itertools.count()

    def endless():
        for i in itertools.count():
            next(pulled)
            yield f"{i} 連絡先 090-{1000 + i % 9000}-5678"

    head = list(itertools.islice(leakguard.scan_many(endless(), jobs=jobs, chunksize=8), 50))
    assert [r.text.split()[0] for r in head] == [str(i) for i in range(50)]
    assert all(r.action == Action.BLOCK for r in head)
    read = next(pulled)
    assert read <= 50 + 4 * jobs * 8 + 8  # at most the in-flight window beyond what was asked for


def test_nothing_is_read_before_the_first_report_is_asked_for():
    pulled = []
    reports = leakguard.scan_many((pulled.append(t) or t for t in MESSAGES), jobs=2)
    assert pulled == []
    assert next(reports).text == MESSAGES[0]
    reports.close()


@pytest.mark.parametrize("jobs", [1, 2])
@pytest.mark.parametrize("bad", [b"090-1234-5678", None, 42])
def test_non_str_item_raises_type_error_after_the_reports_before_it(jobs, bad):
    texts = _numbered(30)
    texts.insert(21, bad)
    reports = leakguard.scan_many(texts, jobs=jobs, chunksize=8)
    got = []
    with pytest.raises(TypeError, match="leakguard scans str"):
        for report in reports:
            got.append(report)
    assert got == [leakguard.scan(t) for t in texts[:21]]


@pytest.mark.parametrize("kwargs", [{"jobs": -1}, {"chunksize": 0}, {"chunksize": 2.5}])
def test_bad_arguments_raise_at_the_call(kwargs):
    with pytest.raises(ValueError):
        leakguard.scan_many(MESSAGES, **kwargs)


def test_jobs_must_be_an_int():
    with pytest.raises(TypeError):
        leakguard.scan_many(MESSAGES, jobs="2")


def test_jobs_zero_means_one_per_core():
    assert list(leakguard.scan_many(MESSAGES[:3], jobs=0)) == [leakguard.scan(t) for t in MESSAGES[:3]]


# -- pickling and dict round trips ------------------------------------------------------------

@pytest.mark.parametrize("text", MESSAGES + ["携帯 090-1234-5678 か 03-1234-5678、taro@gmail.com か taro at gmail dot com"])
def test_report_pickles_and_round_trips_through_json(text):
    report = leakguard.scan(text)
    assert pickle.loads(pickle.dumps(report)) == report
    data = json.loads(json.dumps(report.to_dict(), ensure_ascii=False))
    again = Report.from_dict(data, text=report.text)
    assert again == report and again.masked() == report.masked()
    for finding in report.findings:
        assert pickle.loads(pickle.dumps(finding)) == finding
        assert Finding.from_dict(json.loads(json.dumps(finding.to_dict()))) == finding


def test_round_trip_keeps_scores_exact():
    report = leakguard.scan("携帯 090-1234-5678 か 03-1234-5678、taro@gmail.com")
    assert len(report.findings) >= 3
    assert Report.from_dict(report.to_dict()).score == report.score


@settings(max_examples=50, deadline=None)
@given(
    st.lists(st.tuples(st.sampled_from(leakguard.CATEGORIES), st.integers(0, 10_000), st.integers(0, 50),
                       st.text(max_size=20), st.one_of(st.none(), st.text(max_size=20)),
                       st.floats(0, 1, allow_nan=False)), max_size=5),
    st.floats(0, 1, allow_nan=False), st.sampled_from(list(Action)),
)
def test_any_report_round_trips(rows, score, action):
    findings = tuple(Finding(c, s, s + n, t, v, sc, "理由", "reason") for c, s, n, t, v, sc in rows)
    report = Report(findings, score, action, "text")
    assert Report.from_dict(json.loads(json.dumps(report.to_dict())), text="text") == report
    assert pickle.loads(pickle.dumps(report)) == report


@pytest.mark.parametrize("policy", [
    Policy(),
    Policy.preset("strict"),
    Policy(allow_phones=["03-1234-5678"], allow_domains=["example.co.jp"], weights={"external_contact": 0.5},
           min_score=0.6, name="custom"),
], ids=["default", "strict", "custom"])
def test_policies_and_contexts_pickle(policy):
    again = pickle.loads(pickle.dumps(policy))
    assert again == policy and hash(again) == hash(policy)
    text = "03-1234-5678 か 090-1234-5678、LINEで連絡ください"
    assert leakguard.scan(text, policy=again) == leakguard.scan(text, policy=policy)
    context = Context("escrow_funded", completed_deals=2)
    assert pickle.loads(pickle.dumps(context)) == context


@pytest.mark.parametrize("one", ["090-1234-5678", b"090-1234-5678", ""])
def test_one_str_is_not_a_list_of_messages(one):
    with pytest.raises(TypeError) as exc:
        leakguard.scan_many(one)
    assert "scan(text)" in str(exc.value)


def test_preset_name_reaches_the_workers():
    reports = list(leakguard.scan_many(["Chatworkでやり取りしましょう"] * 3, policy="strict", jobs=2, chunksize=1))
    assert [r.action for r in reports] == [Action.BLOCK] * 3


def test_dask_worker_plugin_takes_a_preset_name():
    pytest.importorskip("distributed")
    from leakguard.integrations.dask import ScannerPlugin

    assert ScannerPlugin("strict").policy == Policy.preset("strict")
    with pytest.raises(ValueError):
        ScannerPlugin("lenient")
