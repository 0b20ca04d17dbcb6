"""Baselines: accept the findings a repository or an archive already has, and fail only on new ones.

Like detect-secrets' ``.secrets.baseline``. ``--write-baseline FILE`` records every finding of a
run; ``--baseline FILE`` then reports (and fails on) only the findings the file does not hold;
``--baseline FILE --update-baseline`` also rewrites the file with the findings of this run.

The file is JSON in UTF-8, sorted, so that a review diff shows what was accepted::

    {
      "leakguard_baseline": 1,
      "hash": "hmac-sha256",
      "salt": "5f0c…",                  (32 hex digits, random per baseline, kept on update)
      "keyed": false,                    (true: LEAKGUARD_BASELINE_KEY was part of the key)
      "check": "9a1e…",                  (HMAC of a fixed text: tells a wrong key from new findings)
      "findings": [
        {"category": "phone_number", "count": 1, "file": "docs/contact.md", "hash": "3b7d…"}
      ]
    }

A finding's identity is ``HMAC-SHA256(key, category NUL value NUL file)`` where ``value`` is the
finding's normalized value (``+819012345678`` for a phone number, the channel for an outside-contact
invitation; its text when it has none) in NFKC, case-folded, ``file`` is the input's path relative
to the current folder with ``/`` separators, and ``key`` is the salt, followed by the bytes of the
environment variable ``LEAKGUARD_BASELINE_KEY`` when it is set. No line, column or record number is
part of it, so editing a file above a finding does not make it new. The plain value is never
stored; a salt alone stops one table of hashes from serving every baseline, but a phone number has
few enough digits to be guessed from its hash, so a baseline that leaves the team should be keyed.

``count`` is how many findings of that identity the file had: a second invitation to LINE in a
file whose first one was accepted is new. Entries of files a run did not scan are kept on update.
"""
from __future__ import annotations

import hashlib
import hmac
import json
import os
import secrets
import tempfile
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .model import Finding

FORMAT = 1
KEY_VARIABLE = "LEAKGUARD_BASELINE_KEY"
_CHECK_TEXT = b"leakguard baseline key check"


class BaselineError(Exception):
    """A baseline file cannot be read or used; the message names the file and the reason."""


def file_key(source: str) -> str:
    """How a baseline names an input: relative to the current folder, ``/`` separators."""
    if source in ("-", "<stdin>"):
        return "<stdin>"
    path = os.path.abspath(source)
    try:
        relative = os.path.relpath(path)
    except ValueError:  # another drive (Windows)
        relative = path
    if relative.startswith(".."):
        relative = path
    return Path(relative).as_posix()


def _normalized(finding: Finding) -> str:
    value = finding.value if finding.value is not None else finding.text
    return unicodedata.normalize("NFKC", value).casefold().strip()


@dataclass(frozen=True, slots=True)
class Entry:
    category: str
    file: str
    hash: str
    count: int


@dataclass
class Baseline:
    """A baseline's key and its accepted findings by identity."""

    salt: bytes
    keyed: bool
    entries: dict[str, Entry] = field(default_factory=dict)

    @classmethod
    def create(cls, salt: bytes | None = None) -> "Baseline":
        return cls(salt or secrets.token_bytes(16), bool(os.environ.get(KEY_VARIABLE)))

    @property
    def _key(self) -> bytes:
        secret = os.environ.get(KEY_VARIABLE, "") if self.keyed else ""
        return self.salt + secret.encode("utf-8")

    def _check(self) -> str:
        return hmac.new(self._key, _CHECK_TEXT, hashlib.sha256).hexdigest()

    def identity(self, finding: Finding, file: str) -> str:
        data = "\0".join((finding.category, _normalized(finding), file)).encode("utf-8", "surrogatepass")
        return hmac.new(self._key, data, hashlib.sha256).hexdigest()

    @classmethod
    def load(cls, path: str) -> "Baseline":
        try:
            data = json.loads(Path(path).read_text(encoding="utf-8"))
        except FileNotFoundError:
            raise BaselineError(f"{path}: no such baseline; write one with --write-baseline {path}") from None
        except OSError as exc:
            raise BaselineError(f"{path}: cannot read the baseline: {exc.strerror or exc}") from None
        except (ValueError, UnicodeDecodeError) as exc:
            raise BaselineError(f"{path}: not a leakguard baseline (not JSON: {exc})") from None
        if not isinstance(data, dict) or data.get("leakguard_baseline") != FORMAT:
            raise BaselineError(f"{path}: not a leakguard baseline (format {FORMAT} expected)")
        try:
            baseline = cls(bytes.fromhex(data["salt"]), bool(data.get("keyed", False)))
            entries = [Entry(str(e["category"]), str(e["file"]), str(e["hash"]), int(e["count"]))
                       for e in data["findings"]]
        except (KeyError, TypeError, ValueError) as exc:
            raise BaselineError(f"{path}: a malformed baseline ({type(exc).__name__}: {exc})") from None
        if baseline.keyed and not os.environ.get(KEY_VARIABLE):
            raise BaselineError(f"{path}: made with a key: set {KEY_VARIABLE} to the same value")
        if data.get("check") != baseline._check():
            raise BaselineError(f"{path}: the key does not match the one the baseline was made with "
                                f"({KEY_VARIABLE} {'differs' if baseline.keyed else 'must not be set'})")
        baseline.entries = {e.hash: e for e in entries}
        return baseline

    def matcher(self) -> "Matcher":
        return Matcher(self)

    def to_json(self, entries: list[Entry]) -> str:
        data: dict[str, Any] = {
            "leakguard_baseline": FORMAT, "hash": "hmac-sha256", "salt": self.salt.hex(), "keyed": self.keyed,
            "check": self._check(),
            "findings": [{"category": e.category, "count": e.count, "file": e.file, "hash": e.hash}
                         for e in sorted(entries, key=lambda e: (e.file, e.category, e.hash))],
        }
        return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


class Matcher:
    """Tells known findings from new ones during a run, and records the run's findings."""

    def __init__(self, baseline: Baseline):
        self.baseline = baseline
        self._left = Counter({h: e.count for h, e in baseline.entries.items()})
        self.seen: Counter[str] = Counter()
        self._meta: dict[str, tuple[str, str]] = {}
        self.files: set[str] = set()
        self._file_keys: dict[str, str] = {}  # file_key per input name (not a path lookup per finding)

    def _file(self, source: str) -> str:
        file = self._file_keys.get(source)
        if file is None:
            file = self._file_keys[source] = file_key(source)
        return file

    def source(self, source: str) -> None:
        """Marks an input as scanned (its old entries are replaced on update, even by none)."""
        self.files.add(self._file(source))

    def is_known(self, finding: Finding, source: str) -> bool:
        """Records the finding; True while the baseline still accepts one more of its identity."""
        file = self._file(source)
        identity = self.baseline.identity(finding, file)
        self.seen[identity] += 1
        self._meta[identity] = (finding.category, file)
        if self._left[identity] > 0:
            self._left[identity] -= 1
            return True
        return False

    def entries(self, keep_unscanned: bool) -> list[Entry]:
        """This run's findings, plus (``keep_unscanned``) the old entries of files it did not scan."""
        out = [Entry(category, file, h, self.seen[h]) for h, (category, file) in self._meta.items()]
        if keep_unscanned:
            out += [e for e in self.baseline.entries.values() if e.file not in self.files]
        return out

    def write(self, path: str, keep_unscanned: bool) -> int:
        """Writes the baseline atomically; the number of entries written."""
        entries = self.entries(keep_unscanned)
        text = self.baseline.to_json(entries)
        parent = os.path.dirname(os.path.abspath(path))
        try:
            fd, temp = tempfile.mkstemp(prefix=".leakguard-", suffix=".tmp", dir=parent)
            try:
                with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
                    handle.write(text)
                os.replace(temp, path)
            except BaseException:
                os.unlink(temp)
                raise
        except OSError as exc:
            raise BaselineError(f"{path}: baseline not written: {exc.strerror or exc}") from None
        return len(entries)


def open_for_writing(path: str) -> Baseline:
    """A new baseline for ``path``, keeping the salt of the one already there (smaller diffs)."""
    try:
        old = Baseline.load(path)
    except BaselineError:
        return Baseline.create()
    return Baseline.create(old.salt)
