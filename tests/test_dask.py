"""leakguard.integrations.dask on a real 2-process LocalCluster, against the single-process result."""
import importlib.util
import json
from pathlib import Path

import pytest

pytest.importorskip("dask.dataframe", reason="dask[dataframe] is not installed (pip install -e '.[dask]')")
pytest.importorskip("distributed", reason="dask.distributed is not installed (pip install -e '.[dask]')")

import dask
import dask.bag as db
import dask.dataframe as dd
import pandas as pd
from distributed import Client, LocalCluster

import leakguard
from leakguard import Policy
from leakguard.integrations.dask import FINDING_COLUMNS, scan_bag, scan_dataframe, scanner_builds, warm_workers
from leakguard.integrations.frames import findings_frame

ARCHIVE_MESSAGES = 2_000


def _load_bench():
    path = Path(__file__).resolve().parent.parent / "benchmarks" / "bench_distributed.py"
    spec = importlib.util.spec_from_file_location("bench_distributed", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def archive(tmp_path_factory) -> list[Path]:
    return _load_bench().write_archive(tmp_path_factory.mktemp("archive"), ARCHIVE_MESSAGES, files=4)


@pytest.fixture(scope="module")
def records(archive) -> list[dict]:
    return [json.loads(line) for path in archive for line in path.read_text(encoding="utf-8").splitlines()]


# The single-process answer, shared with the Spark/Dask twin test and the benchmark.
_reference_rows = _load_bench().reference_rows


def _rows(frame: pd.DataFrame) -> list[tuple]:
    frame = frame.astype(object).where(frame.notna(), None)
    rows = [tuple(r) for r in frame[["message_id", *FINDING_COLUMNS]].itertuples(index=False)]
    return sorted(rows, key=lambda r: (r[0], r[3], r[4], r[1]))


@pytest.fixture(scope="module")
def client():
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster, \
            Client(cluster) as client:
        yield client


def _blocksize(archive, partitions: int) -> int:
    """A byte block size that cuts the archive into at least ``partitions`` partitions."""
    per_file = -(-partitions // len(archive))
    return min(p.stat().st_size for p in archive) // per_file


def test_archive_has_leaks_and_negatives(records):
    reference = _reference_rows(records)
    flagged = {r[0] for r in reference}
    assert len(records) == ARCHIVE_MESSAGES
    assert 0.1 < len(flagged) / len(records) < 0.4
    assert {r[1] for r in reference} >= {"phone_number", "email_address", "off_platform_payment"}


def test_dataframe_on_two_workers_equals_single_process_row_for_row(client, archive, records):
    messages = dd.read_json([str(p) for p in archive], lines=True, blocksize=_blocksize(archive, 8))
    assert messages.npartitions >= 8
    findings = scan_dataframe(messages, "text", keep=["message_id"]).compute()
    assert list(findings.columns) == ["message_id", *FINDING_COLUMNS]
    assert _rows(findings) == _reference_rows(records)
    assert len(client.scheduler_info()["workers"]) == 2


def test_index_labels_join_back_to_the_messages(client, records):
    frame = pd.DataFrame(records).set_index("message_id")
    findings = scan_dataframe(dd.from_pandas(frame, npartitions=6), "text").compute()
    joined = findings.join(frame[["sender_id", "text"]])
    assert len(joined) == len(findings) > 0
    for row in joined.head(200).itertuples():
        assert row.text[row.start:row.end]  # the span lies inside the message it names
        assert leakguard.scan(row.text).action.value == row.action


def test_custom_policy_and_context_reach_the_workers(client, archive, records):
    policy = Policy(allow_domains=["gmail.com"], name="gmail-allowed")
    messages = dd.read_json([str(p) for p in archive], lines=True, blocksize=_blocksize(archive, 4))
    findings = scan_dataframe(messages, "text", keep=["message_id"], policy=policy, context="contracted").compute()
    expected = _reference_rows(records, policy, "contracted")
    assert _rows(findings) == expected
    assert not any(r[1] == "email_address" and r[2].endswith("@gmail.com") for r in expected)


def test_bag_of_records_and_bag_of_strings(client, archive, records):
    bag = db.read_text([str(p) for p in archive], blocksize=_blocksize(archive, 6)).map(json.loads)
    found = scan_bag(bag, text_key="text", keep=["message_id"]).compute()
    assert _rows(pd.DataFrame(found)) == _reference_rows(records)
    texts = db.from_sequence([r["text"] for r in records], npartitions=5)
    plain = scan_bag(texts).compute()
    assert sorted((d["category"], d["value"], d["start"]) for d in plain) == sorted(
        (r[1], r[2], r[3]) for r in _reference_rows(records))


def test_scanner_is_built_once_per_worker_not_per_partition(client, archive):
    policy = Policy(min_score=0.55, name="counted")
    before = client.run(scanner_builds)
    warm_workers(client, policy=policy)  # the worker plugin builds it on each worker now
    warmed = client.run(scanner_builds)
    assert {w: warmed[w] - before[w] for w in before} == {w: 1 for w in before}

    # 12 partitions, each task carrying its own unpickled (equal) copy of the policy: no rebuild.
    messages = dd.read_json([str(p) for p in archive], lines=True, blocksize=_blocksize(archive, 12))
    assert messages.npartitions >= 12
    scan_dataframe(messages, "text", policy=Policy(min_score=0.55, name="counted")).compute()
    assert client.run(scanner_builds) == warmed

    # Without the plugin the first partition on a worker builds it lazily; later ones reuse it.
    lazy = Policy(min_score=0.6, name="lazy")
    scan_dataframe(messages, "text", policy=lazy).compute()
    after = client.run(scanner_builds)
    grown = {w: after[w] - warmed[w] for w in warmed}
    assert set(grown.values()) <= {0, 1} and sum(grown.values()) >= 1

    # The library's own per-process state: one detector table per region in each worker.
    def detector_builds():
        from leakguard.detectors import build_detectors
        return build_detectors.cache_info().misses

    assert set(client.run(detector_builds).values()) == {1}


def test_local_scheduler_gives_the_same_rows(records):
    frame = dd.from_pandas(pd.DataFrame(records), npartitions=3)
    with dask.config.set(scheduler="sync"):
        findings = scan_dataframe(frame, "text", keep=["message_id"]).compute()
    assert _rows(findings) == _reference_rows(records)


# -- the pandas core, directly ------------------------------------------------------------------

def test_frame_core_skips_nulls_and_keeps_dtypes():
    frame = pd.DataFrame({"id": [1, 2, 3, 4], "text": ["090-1234-5678です", None, float("nan"), "こんにちは"]})
    out = findings_frame(frame, keep=["id"])
    assert out["id"].tolist() == [1] and out.index.tolist() == [0]
    assert out.iloc[0]["category"] == "phone_number" and out.iloc[0]["action"] == "block"
    assert str(out["start"].dtype) == "int64" and str(out["score"].dtype) == "float64"
    empty = findings_frame(frame.iloc[:0], keep=["id"])
    assert list(empty.columns) == list(out.columns) and list(empty.dtypes) == list(out.dtypes)


def test_frame_core_refuses_bad_input():
    frame = pd.DataFrame({"id": [1], "text": [b"090-1234-5678"]})
    with pytest.raises(TypeError, match="decode it first"):
        findings_frame(frame)
    with pytest.raises(KeyError, match="no text column 'body'"):
        findings_frame(frame, "body")
    with pytest.raises(ValueError, match="clash"):
        findings_frame(frame.assign(text="x"), keep=["score"])
    with pytest.raises(KeyError, match="keep"):
        findings_frame(frame.assign(text="x"), keep=["nope"])


def test_records_core_needs_text_key_for_keep():
    from leakguard.integrations.frames import findings_records

    with pytest.raises(ValueError, match="text_key"):
        findings_records(["090-1234-5678"], keep=["id"])
    with pytest.raises(ValueError, match="clash"):
        findings_records([{"text": "x", "start": 1}], text_key="text", keep=["start"])
    rows = findings_records([{"id": 7, "text": "090-1234-5678です"}, {"id": 8, "text": None}], text_key="text", keep=["id"])
    assert [(r["id"], r["category"], r["action"]) for r in rows] == [(7, "phone_number", "block")]
