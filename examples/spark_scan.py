"""Scan a chat archive on Spark with ``mapInPandas``: one output row per finding.

    pip install pyspark            # plus a Java 17+ runtime; leakguard on every executor
    spark-submit examples/spark_scan.py ARCHIVE.jsonl OUT_DIR [--keep message_id sender_id] [--policy FILE]
    python examples/spark_scan.py ARCHIVE.jsonl OUT_DIR --master 'local[2]'

ARCHIVE is JSON Lines (a file, a directory or a glob) with the message text in ``--text-column``
(default ``text``); OUT_DIR receives Parquet with the ``--keep`` columns and
``category, value, start, end, score, action`` (``action``: the verdict on the whole message).

Each Arrow batch of a partition goes through ``leakguard.integrations.frames.findings_frame``, the
same pandas code the Dask adapter runs, in the executor's Python worker. That worker builds the
scanner on its first batch and keeps it for the next ones (Spark reuses Python workers by default,
``spark.python.worker.reuse``). The policy is read on the driver and reaches the executors pickled
inside the function; the lexicons ship inside the leakguard package installed on each executor.
"""
from __future__ import annotations

import argparse
from typing import Any, Iterator, Sequence

from leakguard import Policy
from leakguard.integrations.frames import FINDING_COLUMNS, findings_frame


def findings_schema(messages, keep: Sequence[str]):
    """The output schema: the ``keep`` fields as they are in ``messages``, then the findings."""
    from pyspark.sql.types import DoubleType, LongType, StringType, StructField, StructType

    kinds = {"category": StringType(), "value": StringType(), "start": LongType(), "end": LongType(),
             "score": DoubleType(), "action": StringType()}
    kept = [messages.schema[name] for name in keep]
    return StructType(kept + [StructField(name, kinds[name], nullable=(name == "value")) for name in FINDING_COLUMNS])


def scan_messages(messages, text_column: str = "text", *, keep: Sequence[str] = (), policy: Policy | None = None,
                  context: Any = None):
    """A Spark DataFrame with one row per finding in ``messages[text_column]``."""
    keep = tuple(keep)
    columns = list(dict.fromkeys([*keep, text_column]))

    def scan_batches(batches: Iterator) -> Iterator:
        for batch in batches:
            found = findings_frame(batch, text_column, keep=keep, policy=policy, context=context)
            # Arrow gets plain numpy columns: pandas' nullable strings become objects with None.
            yield found.astype({name: object for name in ("category", "value", "action")}).reset_index(drop=True)

    return messages.select(*columns).mapInPandas(scan_batches, findings_schema(messages, keep))


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(description="Scan a JSONL chat archive with leakguard on Spark.")
    parser.add_argument("archive", help="JSON Lines file, directory or glob")
    parser.add_argument("out", help="output directory (Parquet)")
    parser.add_argument("--text-column", default="text")
    parser.add_argument("--keep", nargs="*", default=["message_id"], help="input columns copied to each finding")
    parser.add_argument("--policy", help="a policy TOML file (default: the escrow_gated preset)")
    parser.add_argument("--context", help="deal stage for every message, e.g. before_contract")
    parser.add_argument("--master", help="Spark master when not run through spark-submit, e.g. local[2]")
    return parser


def run(spark, argv: list[str] | None = None) -> dict[str, int]:
    """The command on an existing session: writes the Parquet, returns findings per category."""
    args = _parser().parse_args(argv)
    policy = Policy.from_toml(args.policy) if args.policy else None
    messages = spark.read.json(args.archive)
    findings = scan_messages(messages, args.text_column, keep=args.keep, policy=policy, context=args.context)
    findings.write.mode("overwrite").parquet(args.out)
    # Count from what was written: counting `findings` itself would scan the archive again.
    counts = spark.read.parquet(args.out).groupBy("category").count().collect()
    return {row["category"]: row["count"] for row in counts}


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    from pyspark.sql import SparkSession

    builder = SparkSession.builder.appName("leakguard-archive-scan")
    if args.master:
        builder = builder.master(args.master)
    spark = builder.getOrCreate()
    try:
        for category, count in sorted(run(spark, argv).items()):
            print(f"{category}\t{count}")
    finally:
        spark.stop()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
