"""What the command line reads: files, folders and chat-log exports, as a stream of messages.

A *source* is one input (a file or stdin). Its *kind* says how it splits into messages:
``text`` (the whole file, or one message per line with ``--lines``), ``jsonl`` (one JSON object
per line, the message in a named field) or ``csv`` (one row per message, the message in a named
column). JSONL and CSV are read record by record, so an export of any size costs flat memory,
and so is a text file read as one message: past ``STREAM_CHARS`` characters it is handed over as
a :class:`LongText` (no text held) that the scan reads from disk in windows (longfile.py).

A JSONL file none of whose records has the message field is an error naming the keys it has
(a wrong ``--jsonl-field`` must not pass as "0 messages, nothing found"), and so is a record that
is not JSON, has a key twice or holds a list or object where the text should be.

The reader yields events in input order: a :class:`Message` to scan, a :class:`Passthrough` (a
line that is not a message but belongs in a masked copy) and :class:`SourceEnd`. Problems never
stop the stream: they are reported through ``notice(text, is_error)`` and the next input is read.
"""
from __future__ import annotations

import codecs
import contextlib
import csv
import fnmatch
import io
import json
import os
import shutil
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO, Callable, Iterator, TextIO

import regex

ENCODINGS = ("utf-8", "cp932", "euc_jp")
KINDS = ("text", "jsonl", "csv")
_KIND_BY_SUFFIX = {".jsonl": "jsonl", ".ndjson": "jsonl", ".csv": "csv",
                   # pictures: their codes and text are read (images.py), one message per picture
                   ".png": "image", ".jpg": "image", ".jpeg": "image", ".webp": "image", ".gif": "image"}
SKIPPED_DIRS = frozenset({".git", ".hg", ".svn", "__pycache__", ".venv", "node_modules"})
_SNIFF_BYTES = 65536
_MAX_ERRORS_PER_SOURCE = 10
# A CSV with an unclosed quote would otherwise read the rest of the file into one field.
_CSV_FIELD_LIMIT = 16 * 1024 * 1024

# ``leakguard: allow`` on a line exempts that line's findings (file scanning only; see README).
ALLOW_PRAGMA = regex.compile(r"leakguard:[ \t]{0,4}allow(?![\w-])", regex.IGNORECASE)
_PRAGMA_WORD = regex.compile("leakguard", regex.IGNORECASE)


class InputError(Exception):
    """An input could not be read; the message names it and the reason."""


@dataclass(slots=True)
class Source:
    """One input. ``rel`` is its path inside the folder it was found in (for mirrored output)."""

    path: str
    display: str
    kind: str
    rel: Path | None = None
    encoding: str = "utf-8"
    newline: str = "\n"
    # Filled while reading, used by the mask writer.
    text: str | None = None
    errors: int = 0

    @property
    def is_stdin(self) -> bool:
        return self.path == "-"


@dataclass(slots=True)
class Message:
    source: str
    line: int | None
    text: str
    record: int | None = None
    id: str | None = None
    offset: int = 0  # where ``text`` starts in the source's text (text kind)
    origin: Source | None = field(default=None, repr=False)
    payload: Any = field(default=None, repr=False)  # parsed record or row, kept only for masking
    raw: str | None = field(default=None, repr=False)  # the record's line as read (JSONL)
    # A text file too long to hold (``text`` is then ""): read from disk in windows (LongText).
    stream: "LongText | None" = field(default=None, repr=False)


@dataclass(slots=True)
class Passthrough:
    """A line that is not a message. ``status`` says what a masked copy may do with it: ``blank``
    (an empty line or the CSV header: copy it), ``unscanned`` (a record without message text:
    ``payload`` is the parsed record or row, whose strings must be masked before it is copied)
    or ``error`` (not read at all: the copy must not be written)."""

    origin: Source
    raw: Any  # a JSONL line (str) or a CSV row (list) that is not a message
    status: str = "blank"
    payload: Any = None
    line: int | None = None


@dataclass(slots=True)
class SourceEnd:
    origin: Source
    ok: bool = True
    binary: bool = False  # skipped as binary: not an error, and no masked copy is expected


# -- decoding -------------------------------------------------------------------------------

def decode_bytes(data: bytes, source: str) -> tuple[str, str]:
    """(text, encoding). UTF-8 (BOM or not) first, then CP932 or EUC-JP, whichever reads as Japanese.

    A UTF-8 BOM reads as encoding ``utf-8-sig`` and a UTF-16 BOM as ``utf-16``, so that a file
    written back in the same encoding keeps its BOM.
    """
    if data.startswith(codecs.BOM_UTF8):
        try:
            return data[3:].decode("utf-8"), "utf-8-sig"
        except UnicodeDecodeError as exc:
            raise InputError(f"{source}: starts with a UTF-8 BOM but is not UTF-8 "
                             f"(first bad byte at offset {exc.start + 3})") from None
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16"), "utf-16"
        except UnicodeDecodeError as exc:
            raise InputError(f"{source}: starts with a UTF-16 BOM but is not UTF-16 "
                             f"(bad bytes at offset {exc.start})") from None
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as exc:
        utf8_error = exc
    readings = []
    for encoding in ENCODINGS[1:]:
        try:
            readings.append((data.decode(encoding), encoding))
        except UnicodeDecodeError:
            continue
    if not readings:
        raise InputError(
            f"{source}: not UTF-8, CP932 (Shift_JIS) or EUC-JP text "
            f"(first bad byte at offset {utf8_error.start})"
        )
    # EUC-JP bytes often also decode as CP932, but as half-width katakana noise: prefer the
    # reading with more hiragana and kanji, which ordinary Japanese is full of.
    return max(readings, key=lambda r: _japanese_weight(r[0]))


def _japanese_weight(text: str) -> int:
    return sum(1 for ch in text if "\u3040" <= ch <= "\u309f" or "\u4e00" <= ch <= "\u9fff")


def looks_binary(head: bytes) -> bool:
    """A NUL byte in the first block (UTF-16 with a BOM excepted): what git and grep call binary."""
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return False
    return b"\0" in head[:8192]


def _sniff_encoding(head: bytes, source: str) -> str:
    """The encoding of a streamed file from its first block, cut back to a whole line."""
    if head.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    # The block may end inside a multi-byte character: judge whole lines only.
    if b"\n" in head:
        head = head[:head.rindex(b"\n") + 1]
    try:
        return decode_bytes(head, source)[1]
    except InputError:
        return decode_bytes(head[:-3], source)[1]  # one long first line cut mid-character


def read_source(path: str, stdin: TextIO | None = None) -> tuple[str, str]:
    """(text, encoding) of a whole file, or of stdin for ``-``."""
    if path == "-":
        stream = stdin if stdin is not None else sys.stdin
        buffer = getattr(stream, "buffer", None)
        if buffer is not None:
            return decode_bytes(buffer.read(), "<stdin>")
        return stream.read(), "utf-8"
    data = _read_bytes(path)
    if looks_binary(data):
        raise BinaryFile(path)
    return decode_bytes(data, path)


class BinaryFile(InputError):
    """A binary file: skipped with a notice, not an error."""

    def __init__(self, path: str):
        super().__init__(f"{path}: binary file, skipped")


def unreadable_error(path: str, exc: OSError) -> InputError:
    """The error for a file that cannot be opened, naming it and the reason."""
    if isinstance(exc, IsADirectoryError):
        return InputError(f"{path}: is a directory")
    if isinstance(exc, FileNotFoundError):
        return InputError(f"{path}: no such file")
    if isinstance(exc, PermissionError):
        return InputError(f"{path}: permission denied")
    return InputError(f"{path}: cannot read: {exc.strerror or exc}")


def _read_bytes(path: str) -> bytes:
    try:
        return Path(path).read_bytes()
    except OSError as exc:
        raise unreadable_error(path, exc) from None


# -- long text files -------------------------------------------------------------------------

# A text file of more characters than this is not read whole but streamed from disk in windows
# (scanner.LONG_TEXT_CHARS: where scan() itself switches to windows, so findings are the same).
STREAM_CHARS = 65_536
_BLOCK = 65_536  # bytes decoded at a time: a chunk of text is at most this many characters
_JAPANESE = regex.compile(r"[\u3040-\u309f\u4e00-\u9fff]")


@dataclass(frozen=True, slots=True)
class LongText:
    """A text file read twice from disk, never whole: once by :func:`probe_long_text` (encoding,
    length, pragma lines) and once by :meth:`chunks` for the scan. Holds no text."""

    path: str | BinaryIO  # a file, or stdin's copy in an unnamed temporary file
    display: str
    encoding: str
    length: int  # characters
    allowed: tuple[tuple[int, int], ...]  # allowed_ranges() of the whole text

    def chunks(self) -> Iterator[str]:
        """The decoded text in chunks of at most ``_BLOCK`` characters. Raises InputError when the
        file changed since it was probed and no longer decodes."""
        for chunk, _ in _decoded(self.path, self.display, self.encoding):
            yield chunk


def _decoded(path: str | BinaryIO, display: str, encoding: str) -> Iterator[tuple[str, int]]:
    """(chunk, byte offset after it) of the file decoded incrementally; InputError on bad bytes,
    worded as decode_bytes words it."""
    decoder = codecs.getincrementaldecoder(encoding)()
    done = 0
    try:
        handle = open(path, "rb") if isinstance(path, str) else contextlib.nullcontext(path)
        if not isinstance(path, str):
            path.seek(0)
    except OSError as exc:
        raise unreadable_error(display, exc) from None
    with handle as handle:
        while True:
            try:
                block = handle.read(_BLOCK)
            except OSError as exc:
                raise unreadable_error(display, exc) from None
            held = len(decoder.getstate()[0])
            try:
                chunk = decoder.decode(block, final=not block)
            except UnicodeDecodeError as exc:
                raise _decode_error(display, encoding, done - held + exc.start) from None
            done += len(block)
            if chunk:
                yield chunk, done
            if not block:
                return


def _decode_error(display: str, encoding: str, offset: int) -> InputError:
    if encoding == "utf-8-sig":
        return InputError(f"{display}: starts with a UTF-8 BOM but is not UTF-8 (first bad byte at offset {offset})")
    if encoding == "utf-16":
        return InputError(f"{display}: starts with a UTF-16 BOM but is not UTF-16 (bad bytes at offset {offset})")
    return InputError(f"{display}: not {encoding} text (first bad byte at offset {offset})")


def probe_long_text(path: str | BinaryIO, display: str) -> LongText | None:
    """A :class:`LongText` for a text file longer than ``STREAM_CHARS`` characters, else None (read
    it whole). The encoding is the one :func:`decode_bytes` would choose for the whole file, found
    by decoding it block by block: UTF-8 first, else whichever of CP932 and EUC-JP decodes it
    with more hiragana and kanji. Raises BinaryFile and InputError as :func:`read_source` does."""
    try:
        if isinstance(path, str):
            if os.path.getsize(path) <= STREAM_CHARS:  # a character is at least one byte
                return None
            with open(path, "rb") as handle:
                head = handle.read(8192 + 3)
            if looks_binary(head):  # (stdin is never skipped as binary: read_source does not)
                raise BinaryFile(display)
        else:
            path.seek(0)
            head = path.read(8192 + 3)
    except OSError as exc:
        raise unreadable_error(display, exc) from None
    if head.startswith(codecs.BOM_UTF8):
        candidates: tuple[str, ...] = ("utf-8-sig",)
    elif head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        candidates = ("utf-16",)
    else:
        candidates = ENCODINGS
    readings: list[tuple[int, str, _AllowLines]] = []
    first_error: InputError | None = None
    for encoding in candidates:
        lines = _AllowLines()
        weight = 0
        try:
            for chunk, _ in _decoded(path, display, encoding):
                lines.feed(chunk)
                if encoding in ENCODINGS[1:]:
                    weight += len(_JAPANESE.findall(chunk))
        except InputError as exc:
            if len(candidates) == 1:  # a BOM names the encoding
                raise
            first_error = first_error or exc
            continue
        readings.append((weight, encoding, lines))
        if encoding == "utf-8":
            break
    if not readings:
        assert first_error is not None
        raise InputError(str(first_error).replace("not utf-8 text", "not UTF-8, CP932 (Shift_JIS) or EUC-JP text"))
    # max() keeps the first of equal weights, as decode_bytes does (CP932 before EUC-JP).
    _, encoding, lines = max(readings, key=lambda r: r[0])
    if lines.length <= STREAM_CHARS:
        return None
    return LongText(path, display, encoding, lines.length, lines.close())


def _stdin_text(stdin: TextIO | None) -> tuple[LongText | None, tuple[str, str] | None]:
    """(a LongText, None) for a long stdin, copied block by block to an unnamed temporary file
    (stdin cannot be read twice); (None, (text, encoding)) for a short one; (None, None) for a
    stream without bytes (read_source reads it)."""
    stream = stdin if stdin is not None else sys.stdin
    buffer = getattr(stream, "buffer", None)
    if buffer is None:
        return None, None
    head = buffer.read(STREAM_CHARS + 1)
    if len(head) <= STREAM_CHARS:
        return None, decode_bytes(head, "<stdin>")
    copy = tempfile.TemporaryFile()
    copy.write(head)
    shutil.copyfileobj(buffer, copy, _BLOCK)
    long_text = probe_long_text(copy, "<stdin>")
    if long_text is not None:
        return long_text, None
    copy.seek(0)
    with copy:
        return None, decode_bytes(copy.read(), "<stdin>")


class _AllowLines:
    """``allowed_ranges`` of a text fed in chunks, and its length; keeps a few characters."""

    _KEEP = 32  # longer than a pragma with the character its look-ahead reads

    def __init__(self) -> None:
        self.length = 0
        self.ranges: list[tuple[int, int]] = []
        self._open: list[int] = []  # ranges whose line end is not read yet
        self._tail = ""  # the text from absolute offset _tail_at to self.length
        self._tail_at = 0
        self._searched = 0  # pragmas starting before this offset are taken
        self._break_before = -1  # the last line break before _tail_at

    def feed(self, chunk: str, final: bool = False) -> None:
        buf = self._tail + chunk
        at = self._tail_at
        self.length += len(chunk)
        if self._open:
            end = _first_break(buf, 0)
            if end >= 0 or final:
                for i in self._open:
                    self.ranges[i] = (self.ranges[i][0], at + end if end >= 0 else self.length)
                self._open.clear()
        limit = len(buf) if final else len(buf) - self._KEEP
        if _PRAGMA_WORD.search(buf, max(self._searched - at, 0)):
            for match in ALLOW_PRAGMA.finditer(buf, max(self._searched - at, 0)):
                if match.start() >= limit:
                    break
                before = max(buf.rfind("\n", 0, match.start()), buf.rfind("\r", 0, match.start()))
                start = at + before + 1 if before >= 0 else self._break_before + 1
                end = _first_break(buf, match.end())
                self.ranges.append((start, at + end if end >= 0 else self.length))
                if end < 0 and not final:
                    self._open.append(len(self.ranges) - 1)
                self._searched = at + match.end()
        cut = max(limit, 0)
        last = max(buf.rfind("\n", 0, cut), buf.rfind("\r", 0, cut))
        if last >= 0:
            self._break_before = at + last
        self._searched = max(self._searched, at + cut)
        self._tail, self._tail_at = buf[cut:], at + cut

    def close(self) -> tuple[tuple[int, int], ...]:
        self.feed("", final=True)
        return tuple(self.ranges)


def _first_break(text: str, pos: int) -> int:
    ends = [i for i in (text.find("\n", pos), text.find("\r", pos)) if i >= 0]
    return min(ends) if ends else -1


# -- discovery ------------------------------------------------------------------------------

def kind_of(path: str, forced: str | None) -> str:
    if forced:
        return forced
    return _KIND_BY_SUFFIX.get(os.path.splitext(path)[1].lower(), "text")


def _glob_hit(rel: str, globs: list[str]) -> bool:
    name = rel.rsplit("/", 1)[-1]
    return any(fnmatch.fnmatchcase(rel, g) or fnmatch.fnmatchcase(name, g) for g in globs)


def discover(paths: list[str], *, include: list[str], exclude: list[str], forced_kind: str | None,
             skip: Callable[[str], bool] = lambda p: False,
             notice: Callable[[str, bool], None]) -> list[Source]:
    """The inputs in order: named files as given, folders walked recursively in sorted order.

    ``--include`` / ``--exclude`` globs apply to files found in folders (a named file is always
    read) and match the file name or its path relative to the folder given. ``skip(path)``
    leaves out e.g. the folder masked copies are written to.
    """
    sources: list[Source] = []
    for path in paths:
        if path != "-" and os.path.isdir(path):
            root = Path(path)
            found: list[Source] = []
            for dirpath, dirnames, filenames in os.walk(root, onerror=lambda e: notice(
                    f"{e.filename}: cannot list: {e.strerror}", True)):
                dirnames[:] = sorted(d for d in dirnames if d not in SKIPPED_DIRS
                                     and not skip(os.path.join(dirpath, d)))
                for name in sorted(filenames):
                    full = os.path.join(dirpath, name)
                    rel = Path(full).relative_to(root)
                    rel_posix = rel.as_posix()
                    if include and not _glob_hit(rel_posix, include):
                        continue
                    if exclude and _glob_hit(rel_posix, exclude):
                        continue
                    if skip(full) or not os.path.isfile(full):
                        continue
                    found.append(Source(full, full, kind_of(full, forced_kind), rel))
            found.sort(key=lambda s: s.rel.parts)  # a/b/c before a/d: the order people read trees in
            sources.extend(found)
        else:
            display = "<stdin>" if path == "-" else path
            sources.append(Source(path, display, kind_of(path, forced_kind)))
    return sources


# -- reading --------------------------------------------------------------------------------

@dataclass
class ReadOptions:
    by_line: bool = False
    jsonl_field: str = "text"
    csv_column: str = "text"
    id_field: str | None = None
    keep_payload: bool = False  # keep parsed records and file text for masked copies
    hide_values: bool = False  # error messages name no field or column (a header may be data)


@dataclass
class ReadStats:
    bytes_read: int = 0  # for the progress bar: bytes of the inputs read so far (approximate)
    base: int = 0
    binary_skipped: int = 0
    without_text: int = 0


def read_events(sources: list[Source], options: ReadOptions, stats: ReadStats,
                notice: Callable[[str, bool], None], stdin: TextIO | None = None) -> Iterator[Any]:
    """Messages, passthroughs and source ends, in input order (see the module docstring)."""
    for source in sources:
        reader = {"text": _read_text, "jsonl": _read_jsonl, "csv": _read_csv, "image": _read_image}[source.kind]
        ok = True
        binary = False
        stats.base = stats.bytes_read
        try:
            yield from reader(source, options, stats, notice, stdin)
        except BinaryFile as exc:
            stats.binary_skipped += 1
            notice(str(exc), False)
            ok = False
            binary = True
        except InputError as exc:
            notice(str(exc), True)
            ok = False
        if not source.is_stdin:
            try:
                stats.bytes_read = stats.base + os.path.getsize(source.path)
            except OSError:
                pass
        yield SourceEnd(source, ok, binary)


def report_error(source: Source, text: str, notice: Callable[[str, bool], None]) -> None:
    source.errors += 1
    if source.errors <= _MAX_ERRORS_PER_SOURCE:
        notice(text, True)
    elif source.errors == _MAX_ERRORS_PER_SOURCE + 1:
        notice(f"{source.display}: more errors; only the first {_MAX_ERRORS_PER_SOURCE} are shown", True)


def _read_text(source, options, stats, notice, stdin) -> Iterator[Message]:
    read: tuple[str, str] | None = None
    if not options.by_line:
        if source.is_stdin:
            long_text, read = _stdin_text(stdin)
        else:
            long_text = probe_long_text(source.path, source.display)
        if long_text is not None:
            source.encoding = long_text.encoding
            if long_text.encoding not in ("utf-8", "utf-8-sig"):
                notice(f"{source.display}: read as {long_text.encoding}", False)
            yield Message(source.display, None, "", origin=source, stream=long_text)
            return
    text, encoding = read or read_source(source.path, stdin)
    source.encoding = encoding
    if encoding not in ("utf-8", "utf-8-sig"):
        notice(f"{source.display}: read as {encoding}", False)
    if options.keep_payload:
        source.text = text
    if not options.by_line:
        yield Message(source.display, None, text, origin=source)
        return
    yield from line_messages(source, text)


def line_messages(source: Source, text: str) -> Iterator[Message]:
    """``--lines``: each line of ``text`` one message, numbered from 1 (a shard of a file counts from
    its own start: shards.py adds the lines and characters before it)."""
    offset = 0
    for number, line in enumerate(text.splitlines(keepends=True), start=1):
        body = line.rstrip("\r\n\v\f\x1c\x1d\x1e\x85\u2028\u2029")
        yield Message(source.display, number, body, offset=offset, origin=source)
        offset += len(line)


def _read_image(source, options, stats, notice, stdin) -> Iterator[Message]:
    """A picture's QR codes, barcodes and text (images.picture_text) as one message. A picture
    that is not read is skipped as a binary file was before, with a notice that says why."""
    from .images import INSTALL_HINT, ImageError, picture_text

    if options.keep_payload:  # a text copy must not stand in for a picture
        why = "--mask and --in-place write text; mask a picture with leakguard.scan_image(path).masked_image()"
    else:
        try:
            text = picture_text(source.path)
        except ImportError:
            why = f"reading pictures needs {INSTALL_HINT}"
        except ImageError as exc:
            why = str(exc)
        except OSError as exc:
            raise unreadable_error(source.display, exc) from None
        else:
            yield Message(source.display, None, text, origin=source)
            return
    notice(f"{source.display}: picture not read: {why}", False)
    raise BinaryFile(source.display)


def lookup(record: Any, dotted: str) -> tuple[bool, Any]:
    """(found, value) for ``message.body`` in nested objects; ``items.0.text`` indexes lists.

    A key that itself contains the dots (``{"message.body": ...}``) wins over nesting.
    """
    if isinstance(record, dict) and dotted in record:
        return True, record[dotted]
    value = record
    for part in dotted.split("."):
        if isinstance(value, dict) and part in value:
            value = value[part]
        elif isinstance(value, list) and part.isdigit() and int(part) < len(value):
            value = value[int(part)]
        else:
            return False, None
    return True, value


def assign(record: Any, dotted: str, new: Any) -> None:
    """Set the value ``lookup(record, dotted)`` found (used to write masked copies)."""
    if isinstance(record, dict) and dotted in record:
        record[dotted] = new
        return
    *parents, last = dotted.split(".")
    target = record
    for part in parents:
        target = target[int(part)] if isinstance(target, list) else target[part]
    if isinstance(target, list):
        target[int(last)] = new
    else:
        target[last] = new


def _message_text(value: Any) -> str | None:
    if isinstance(value, str):
        return value
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return str(value)  # a number in a text field is still a phone number
    return None


_KEYS_SHOWN = 20


class _DuplicateKey(ValueError):
    def __init__(self, key: str):
        super().__init__(key)
        self.key = key


def _unique_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    # json.loads keeps the last of two equal keys, so a copy written back could keep a value
    # nobody scanned: such a record is refused instead.
    record = dict(pairs)
    if len(record) != len(pairs):
        seen: set[str] = set()
        for key, _ in pairs:
            if key in seen:
                raise _DuplicateKey(key)
            seen.add(key)
    return record


_DECODER = json.JSONDecoder(object_pairs_hook=_unique_keys)


def _names(what: str, names: list[str], options: ReadOptions) -> str:
    """Keys or columns for an error message; with --hide-values they are counted, not named
    (a CSV whose first row is data has phone numbers for column names)."""
    if options.hide_values:
        return f"{len(names)} {what if len(names) != 1 else what[:-1]}; names not shown with --hide-values"
    if not names:
        return f"no {what}: the records are not JSON objects" if what == "keys" else f"no {what}"
    shown = ", ".join(names[:_KEYS_SHOWN])
    return f"{what}: {shown}" + (", …" if len(names) > _KEYS_SHOWN else "")


def _id_text(value: Any) -> str:
    if isinstance(value, str):
        return value
    return json.dumps(value, ensure_ascii=False)


def open_binary(source: Source, stdin: TextIO | None):
    if source.is_stdin:
        stream = stdin if stdin is not None else sys.stdin
        buffer = getattr(stream, "buffer", None)
        if buffer is None:  # an in-memory text stream (tests)
            return io.BytesIO(stream.read().encode("utf-8"))
        return buffer
    try:
        return open(source.path, "rb", buffering=_SNIFF_BYTES)
    except OSError as exc:
        raise unreadable_error(source.path, exc) from None


def prepare_stream(source: Source, handle, notice) -> io.BufferedReader:
    reader = handle if isinstance(handle, io.BufferedReader) else io.BufferedReader(handle)
    head = reader.peek(_SNIFF_BYTES)[:_SNIFF_BYTES]
    if looks_binary(head):
        raise BinaryFile(source.display)
    source.encoding = _sniff_encoding(head, source.display)
    if source.encoding not in ("utf-8", "utf-8-sig"):
        notice(f"{source.display}: read as {source.encoding}", False)
    if b"\r\n" in head:
        source.newline = "\r\n"
    return reader


def _read_jsonl(source, options, stats, notice, stdin) -> Iterator[Any]:
    handle = open_binary(source, stdin)
    try:
        reader = prepare_stream(source, handle, notice)
        text_stream = io.TextIOWrapper(reader, encoding=source.encoding, newline="")
        tally = JsonlTally()

        def error(number: int, record: int, rest: str) -> None:
            report_error(source, jsonl_error_text(source.display, number, record, rest), notice)

        def progress(number: int) -> None:
            if not number & 255 and not source.is_stdin:
                stats.bytes_read = stats.base + reader.tell()

        try:
            yield from jsonl_events(source, text_stream.readline, options, tally, error, progress)
        except UndecodableLine as exc:
            raise InputError(undecodable_text(source, exc.line)) from None
        finally:
            stats.without_text += tally.without_text
        tally.check(source, options)
    finally:
        if not source.is_stdin:
            handle.close()


@dataclass(slots=True)
class JsonlTally:
    """What a JSONL file's records tell about it as a whole; a shard of it (shards.py) keeps its
    own, added up in input order."""

    lines: int = 0
    records: int = 0
    parsed: int = 0
    has_field: bool = False  # some record has the field: else the whole file is an error
    keys_seen: dict[str, None] = field(default_factory=dict)
    without_text: int = 0
    chars: int = 0  # a text file read in shards with --lines: its characters so far (Message.offset)

    def add(self, other: "JsonlTally") -> None:
        self.lines += other.lines
        self.records += other.records
        self.parsed += other.parsed
        if not self.has_field:  # keys are only listed while no record had the field
            for key in other.keys_seen:
                if len(self.keys_seen) >= _KEYS_SHOWN:
                    break
                self.keys_seen[key] = None
        self.has_field = self.has_field or other.has_field
        self.without_text += other.without_text
        self.chars += other.chars

    def check(self, source: Source, options: ReadOptions) -> None:
        if self.parsed and not self.has_field:
            raise InputError(f"{source.display}: no record has the field {options.jsonl_field!r} "
                             f"({_names('keys', list(self.keys_seen), options)}); choose one with --jsonl-field")


class UndecodableLine(Exception):
    def __init__(self, line: int):
        super().__init__(line)
        self.line = line


def undecodable_text(source: Source, line: int) -> str:
    return f"{source.display}:{line}: not {source.encoding} text; the rest of the file is skipped"


def jsonl_error_text(display: str, number: int, record: int, rest: str) -> str:
    return f"{display}:{number}: record {record}{rest}"


def jsonl_events(source: Source, readline: Callable[[], str], options: ReadOptions, tally: JsonlTally,
                 error: Callable[[int, int, str], None], progress: Callable[[int], None] = lambda n: None,
                 ) -> Iterator[Any]:
    """Messages and passthroughs of JSONL lines; line and record numbers count from ``tally``'s.
    ``error(line, record, rest)`` reports a bad record; a line that does not decode raises
    UndecodableLine."""
    number, record = tally.lines, tally.records
    keys_seen = tally.keys_seen
    try:
        while True:
            try:
                line = readline()
            except UnicodeDecodeError:
                raise UndecodableLine(number + 1) from None
            if not line:
                break
            number += 1
            progress(number)
            body = line.rstrip("\r\n")
            if not body.strip():
                yield Passthrough(source, line)
                continue
            record += 1
            try:
                obj = _DECODER.decode(body)
            except _DuplicateKey as exc:
                key = "a key" if options.hide_values else f"the key {exc.key!r}"
                error(number, record, f" has {key} twice; which one counts is ambiguous, so it is not scanned")
                yield Passthrough(source, line, "error", line=number)
                continue
            except (ValueError, RecursionError) as exc:
                error(number, record, f" is not JSON ({type(exc).__name__}: {str(exc).split(':')[0]})")
                yield Passthrough(source, line, "error", line=number)
                continue
            tally.parsed += 1
            found, value = lookup(obj, options.jsonl_field)
            tally.has_field = tally.has_field or found
            if not tally.has_field and isinstance(obj, dict) and len(keys_seen) < _KEYS_SHOWN:
                # (only for the error in check(): not listed once a record has the field)
                for key in obj:  # the first keys not yet seen: the first few may repeat
                    if len(keys_seen) >= _KEYS_SHOWN:
                        break
                    keys_seen[key] = None
            if found and isinstance(value, (list, dict)):
                error(number, record, f": field {options.jsonl_field!r} holds a "
                                      f"{'list' if isinstance(value, list) else 'JSON object'}, not text; not scanned")
                yield Passthrough(source, line, "error", line=number)
                continue
            text = _message_text(value) if found else None
            if text is None:
                tally.without_text += 1
                yield Passthrough(source, line, "unscanned", obj if options.keep_payload else None, number)
                continue
            ident = None
            if options.id_field:
                has_id, id_value = lookup(obj, options.id_field)
                ident = _id_text(id_value) if has_id else None
            yield Message(source.display, number, text, record=record, id=ident, origin=source,
                          payload=obj if options.keep_payload else None,
                          raw=line if options.keep_payload else None)
    finally:
        tally.lines, tally.records = number, record


def _read_csv(source, options, stats, notice, stdin) -> Iterator[Any]:
    handle = open_binary(source, stdin)
    csv.field_size_limit(_CSV_FIELD_LIMIT)
    try:
        reader = prepare_stream(source, handle, notice)
        text_stream = io.TextIOWrapper(reader, encoding=source.encoding, newline="")
        rows = csv.reader(text_stream)
        try:
            header = next(rows, None)
        except (csv.Error, UnicodeDecodeError) as exc:
            raise InputError(f"{source.display}: cannot read the CSV header: {exc}") from None
        if header is None:
            return
        if options.csv_column not in header:
            raise InputError(f"{source.display}: no column {options.csv_column!r} "
                             f"({_names('columns', header, options)}); choose one with --csv-column")
        column = header.index(options.csv_column)
        id_column = None
        if options.id_field:
            if options.id_field not in header:
                raise InputError(f"{source.display}: no id column {options.id_field!r} "
                                 f"({_names('columns', header, options)})")
            id_column = header.index(options.id_field)
        yield Passthrough(source, header)
        record = 0
        while True:
            line = rows.line_num + 1
            try:
                row = next(rows)
            except StopIteration:
                break
            except UnicodeDecodeError:
                raise InputError(f"{source.display}:{line}: not {source.encoding} text; "
                                 f"the rest of the file is skipped") from None
            except csv.Error as exc:
                raise InputError(f"{source.display}:{line}: malformed CSV ({exc}); "
                                 f"the rest of the file is skipped") from None
            record += 1
            if not record & 255 and not source.is_stdin:
                stats.bytes_read = stats.base + reader.tell()
            if column >= len(row):
                stats.without_text += 1
                yield Passthrough(source, row, "unscanned", row, line)
                continue
            ident = row[id_column] if id_column is not None and id_column < len(row) else None
            yield Message(source.display, line, row[column], record=record, id=ident, origin=source,
                          payload=(row, column) if options.keep_payload else None)
    finally:
        if not source.is_stdin:
            handle.close()


def allowed_ranges(text: str) -> list[tuple[int, int]]:
    """The lines of ``text`` that carry the ``leakguard: allow`` pragma, as (start, end) offsets."""
    if not _PRAGMA_WORD.search(text):  # (no lowered copy: a whole file can be 20 MB)
        return []
    ranges = []
    # Each search covers text no other one does (since the last pragma, up to the next break): a
    # search from the text's ends per pragma was quadratic in a file with no "\r" (or no "\n").
    start = last = 0
    next_lf = next_cr = 0
    for match in ALLOW_PRAGMA.finditer(text):
        found = max(text.rfind("\n", last, match.start()), text.rfind("\r", last, match.start()))
        if found >= 0:
            start = found + 1  # (else the line of the last pragma, or the first line)
        last = match.start()
        if 0 <= next_lf < match.end():
            next_lf = text.find("\n", match.end())
        if 0 <= next_cr < match.end():
            next_cr = text.find("\r", match.end())
        ends = [i for i in (next_lf, next_cr) if i >= 0]
        ranges.append((start, min(ends) if ends else len(text)))
    return ranges
