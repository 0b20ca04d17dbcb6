"""Scan a chat archive on Dask: a bag of messages or a DataFrame text column -> findings.

    pip install 'leakguard-ja[dask]'

    import dask.dataframe as dd
    from leakguard.integrations.dask import scan_dataframe, warm_workers

    messages = dd.read_json("archive/*.jsonl", lines=True, blocksize="64MB")
    warm_workers(client, policy=policy)          # optional: build the scanner as workers start
    findings = scan_dataframe(messages, "text", keep=["message_id", "sender_id"], policy=policy)
    findings[findings.action == "block"].to_parquet("findings/")

Every partition runs ``leakguard.integrations.frames`` in whatever process holds it. The scanner
(detector tables, Sudachi dictionary) is module-level state of that worker process, built the
first time a partition needs it and reused by every later partition. The policy travels pickled
inside the tasks (a few KB); workers need the same leakguard version installed, because the
lexicons ship inside the package.
"""
from __future__ import annotations

from typing import Any, Sequence

from distributed.diagnostics.plugin import WorkerPlugin

from ..batch import scanner_builds, worker_scanner
from ..policy import Policy
from .frames import FINDING_COLUMNS, findings_frame, findings_records

__all__ = ["scan_dataframe", "scan_bag", "warm_workers", "ScannerPlugin", "FINDING_COLUMNS", "scanner_builds"]


def scan_dataframe(frame, column: str = "text", *, keep: Sequence[str] = (), policy: Policy | None = None,
                   context: Any = None):
    """A Dask DataFrame with one row per finding in ``frame[column]`` (see ``frames.findings_frame``).

    Index labels are kept, so the result joins back to ``frame``; ``keep`` copies id columns.
    """
    keep = tuple(keep)
    meta = findings_frame(frame._meta, column, keep=keep)  # empty: validates names, scans nothing
    return frame.map_partitions(findings_frame, column, keep=keep, policy=policy, context=context, meta=meta)


def scan_bag(bag, *, text_key: str | None = None, keep: Sequence[str] = (), policy: Policy | None = None,
             context: Any = None):
    """A Dask bag of finding dicts: ``bag`` holds str messages, or records with the text under
    ``text_key`` whose ``keep`` fields are copied into each finding."""
    return bag.map_partitions(findings_records, text_key=text_key, keep=tuple(keep), policy=policy, context=context)


class ScannerPlugin(WorkerPlugin):
    """Builds the scanner on each worker when it starts (and on workers that join later)."""

    def __init__(self, policy: Policy | None = None, context: Any = None):
        self.policy = Policy.coerce(policy)  # a preset name too, as everywhere
        self.context = context
        self.name = f"leakguard-scanner-{self.policy.name}-{abs(hash((self.policy, repr(context)))):x}"

    def setup(self, worker) -> None:
        worker_scanner(self.policy, self.context)


def warm_workers(client, *, policy: Policy | None = None, context: Any = None) -> None:
    """Build the scanner on every worker of ``client`` now, so no task pays for it."""
    client.register_plugin(ScannerPlugin(policy, context))
