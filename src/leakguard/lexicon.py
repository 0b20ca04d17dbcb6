"""Word lists that trust & safety staff extend, read from plain text files.

Format, one entry per line::

    # a comment; blank lines are ignored
    term<TAB>field<TAB>field ...

Columns are separated by a TAB or by `` | ``. Each file names its columns in a header comment,
``#: columns = term, channel, score``; :func:`load_table` checks every row against it and raises
:class:`LexiconError` naming the file and line when a row is malformed.
"""
from __future__ import annotations

import functools
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Iterable, Sequence


class LexiconError(ValueError):
    """A lexicon file is malformed; the message names the file and the line."""


@dataclass(frozen=True, slots=True)
class Row:
    fields: tuple[str, ...]
    source: str
    line: int

    def __getitem__(self, i: int) -> str:
        return self.fields[i]

    def error(self, message: str) -> LexiconError:
        return LexiconError(f"{self.source}:{self.line}: {message}")


def _split(line: str) -> list[str]:
    if "\t" in line:
        parts = line.split("\t")
    else:
        parts = line.split(" | ")
    return [p.strip() for p in parts]


def parse_table(lines: Iterable[str], source: str, columns: Sequence[str] | None = None,
                required: int | None = None) -> list[Row]:
    """Rows of a lexicon. ``columns`` (from the ``#: columns =`` header if not given) bounds the
    number of fields; the first ``required`` of them must be present (default: all)."""
    rows: list[Row] = []
    declared: list[str] | None = list(columns) if columns else None
    for number, raw in enumerate(lines, start=1):
        line = raw.rstrip("\n").rstrip("\r")
        stripped = line.strip()
        if stripped.startswith("#:") and "columns" in stripped and declared is None:
            _, _, spec = stripped.partition("=")
            declared = [c.strip() for c in spec.split(",") if c.strip()]
            continue
        if not stripped or stripped.startswith("#"):
            continue
        fields = _split(stripped)
        if declared is not None:
            need = len(declared) if required is None else required
            if len(fields) > len(declared):
                raise LexiconError(
                    f"{source}:{number}: {len(fields)} fields, expected at most {len(declared)} "
                    f"({', '.join(declared)})"
                )
            if len(fields) < need or any(not f for f in fields[:need]):
                raise LexiconError(
                    f"{source}:{number}: missing field(s): expected {', '.join(declared[:need])}"
                )
        elif not fields[0]:
            raise LexiconError(f"{source}:{number}: empty entry")
        rows.append(Row(tuple(fields), source, number))
    return rows


def load_table(name: str, *, columns: Sequence[str] | None = None, required: int | None = None,
               extra: Iterable[str | Path] = ()) -> list[Row]:
    """The packaged lexicon ``lexicons/<name>`` followed by any extra files a platform adds."""
    rows = list(_packaged(name, tuple(columns) if columns else None, required))
    for path in extra:
        path = Path(path)
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise LexiconError(f"{path}: cannot read lexicon: {exc}") from exc
        rows.extend(parse_table(text.splitlines(), str(path), columns, required))
    return rows


@functools.lru_cache(maxsize=None)
def _packaged(name: str, columns: tuple[str, ...] | None, required: int | None) -> tuple[Row, ...]:
    ref = resources.files("leakguard") / "lexicons" / name
    text = ref.read_text(encoding="utf-8")
    return tuple(parse_table(text.splitlines(), f"leakguard/lexicons/{name}", columns, required))


def parse_score(row: Row, index: int, default: float) -> float:
    """A score column: a float in [0, 1]; empty means ``default``."""
    if len(row.fields) <= index or not row.fields[index]:
        return default
    try:
        value = float(row.fields[index])
    except ValueError:
        raise row.error(f"score {row.fields[index]!r} is not a number") from None
    if not 0.0 <= value <= 1.0:
        raise row.error(f"score {value} is outside 0..1")
    return value
