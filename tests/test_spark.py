"""examples/spark_scan.py on a local Spark, against the single-process result (needs pyspark + Java)."""
import importlib.util
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

pytest.importorskip("pyspark", reason="pyspark is not installed (pip install pyspark; it is not in the test extra)")


def _java_works() -> bool:
    java = shutil.which("java")
    if java is None:
        return False
    try:
        return subprocess.run([java, "-version"], capture_output=True, timeout=30).returncode == 0
    except (OSError, subprocess.SubprocessError):
        return False


if not _java_works():
    pytest.skip("no working Java runtime (`java -version` failed); Spark needs Java 17+", allow_module_level=True)

pd = pytest.importorskip("pandas", reason="pandas is not installed (pip install -e '.[dask]')")
pytest.importorskip("pyarrow", reason="pyarrow is not installed (Spark's mapInPandas needs it)")

from leakguard import Policy

ROOT = Path(__file__).resolve().parent.parent
ARCHIVE_MESSAGES = 1_500
COLUMNS = ["message_id", "category", "value", "start", "end", "score", "action"]


def _load(path: Path, name: str):
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


spark_scan = _load(ROOT / "examples" / "spark_scan.py", "spark_scan")


@pytest.fixture(scope="module")
def archive(tmp_path_factory) -> Path:
    directory = tmp_path_factory.mktemp("archive")
    _load(ROOT / "benchmarks" / "bench_distributed.py", "bench_distributed").write_archive(
        directory, ARCHIVE_MESSAGES, files=3)
    return directory


@pytest.fixture(scope="module")
def records(archive) -> list[dict]:
    return [json.loads(line) for path in sorted(archive.glob("*.jsonl")) for line in path.read_text("utf-8").splitlines()]


# The single-process answer, shared with the Spark/Dask twin test and the benchmark.
_reference_rows = _load(ROOT / "benchmarks" / "bench_distributed.py", "bench_distributed").reference_rows


def _sorted(rows) -> list[tuple]:
    return sorted((tuple(r) for r in rows), key=lambda r: (r[0], r[3], r[4], r[1]))


@pytest.fixture(scope="module")
def spark():
    from pyspark.sql import SparkSession

    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    session = (SparkSession.builder.master("local[2]").appName("leakguard-test")
               .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "2").getOrCreate())
    session.sparkContext.setLogLevel("ERROR")
    yield session
    session.stop()


def test_map_in_pandas_equals_single_process_row_for_row(spark, archive, records):
    messages = spark.read.json(str(archive)).repartition(4)
    findings = spark_scan.scan_messages(messages, "text", keep=["message_id"])
    assert findings.columns == COLUMNS
    rows = [tuple(r) for r in findings.collect()]
    assert _sorted(rows) == _reference_rows(records)


def test_policy_and_context_reach_the_executors(spark, archive, records):
    policy = Policy(allow_domains=["gmail.com"], name="gmail-allowed")
    messages = spark.read.json(str(archive))
    findings = spark_scan.scan_messages(messages, keep=["message_id"], policy=policy, context="escrow_funded")
    expected = _reference_rows(records, policy, "escrow_funded")
    assert _sorted(tuple(r) for r in findings.collect()) == expected
    assert expected != _reference_rows(records)


def test_command_writes_parquet_and_counts(spark, archive, records, tmp_path):
    # run() is main() without building and stopping a session: a second JVM would double the
    # test's time. The command itself is `python examples/spark_scan.py ARCHIVE OUT --master local[2]`.
    out = tmp_path / "findings"
    counts = spark_scan.run(spark, [str(archive), str(out), "--keep", "message_id", "sender_id"])
    written = pd.read_parquet(out)
    assert list(written.columns) == ["message_id", "sender_id", *COLUMNS[1:]]
    kept = written.drop(columns="sender_id")
    rows = kept.astype(object).where(kept.notna(), None).itertuples(index=False)
    reference = _reference_rows(records)
    assert _sorted(rows) == reference
    assert counts == {c: sum(1 for r in reference if r[1] == c) for c in {r[1] for r in reference}}
