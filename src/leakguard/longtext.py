"""Long texts in overlapping windows: memory bounded by the window, time linear in the text.

A whole file scanned as one message would build a normalized view (with a per-character offset
map) and Sudachi tokens for all of it at once. Instead the text is cut into *cores* that tile it,
each read inside a window that adds ``margin`` characters of context on both sides:

    |<- margin ->|<-------------- core -------------->|<- margin ->|
                 ^ owns findings that start here ...   ^ ... up to here

A window's findings are kept only when they start inside its core, so a finding in an overlap is
reported once, by the window that sees it with full context on both sides. The margin is larger
than the longest identifier and the context detectors read around one (see ``MARGIN``), so
identifiers are what a whole-text scan finds. Readings a detector makes over a whole *message*
reach only ±margin here: a number 4,000 characters earlier no longer makes 「サイト外でお願い」 an
invitation, and the per-message caps (64 channel mentions) apply per window, not once for a file.
Cuts fall after a line break where one is near, else after a sentence end, else after whitespace,
and never inside a surrogate pair or a grapheme cluster.

The same windows are read from a ``str`` (slices, no copy of the whole) or from a stream of
chunks (``find_stream``), which keeps only about one window of text in memory. ``scan_windows``
hands each window over with its findings, for readers that follow the text as it passes (the
command line's writers for a long file, longfile.py).
"""
from __future__ import annotations

import ctypes
import dataclasses
import functools
import sys
import unicodedata
from dataclasses import dataclass
from typing import Collection, Iterable, Iterator

from .model import Finding

# Characters of context each side of a core. The longest spans detectors report are an e-mail
# address (64 + 6 x 64 + 24 ≈ 480) and a link (host + 300); the context they read is ±40 Sudachi
# tokens around a channel word, 20 characters before a number, a clause. All local texts give the
# same findings as a whole-text scan with this margin (tests/test_longtext.py).
MARGIN = 512
# Sudachi keeps buffers sized by the longest text it has read (~2 MB a thousand characters) and
# a dense window must stay under the detectors' per-message caps (64 channel mentions): small
# cores keep a 20 MB file under 200 MB RSS; the overlap then costs ~20 % more CPU than 8k cores.
CORE = 2048
_SLACK_SHARE = 4  # a core shrinks by at most a quarter of itself to end at a line break
_SENTENCE_ENDS = "。．！？!?"
_SPACES = " \t\u3000"
_MAX_GRAPHEME_STEPS = 32  # a cluster longer than this is cut anyway (hostile input)


@dataclass(frozen=True, slots=True)
class Window:
    """``text`` is the original ``[start, start + len(text))``; it owns findings that start in
    ``[own_start, own_end)`` (absolute offsets)."""

    start: int
    text: str
    own_start: int
    own_end: int


def _continues(text: str, pos: int) -> bool:
    """Whether cutting at ``pos`` (between ``text[pos - 1]`` and ``text[pos]``) would split a
    surrogate pair, a CRLF or a grapheme cluster (combining marks, ZWJ sequences, variation
    selectors, skin tones, tag sequences, flag pairs, half-width voicing marks)."""
    if pos <= 0 or pos >= len(text):
        return False
    before, after = text[pos - 1], text[pos]
    a = ord(after)
    if 0xDC00 <= a <= 0xDFFF and 0xD800 <= ord(before) <= 0xDBFF:
        return True
    if before == "\r" and after == "\n":
        return True
    if before == "\u200d" or after == "\u200d":
        return True
    if (0xFE00 <= a <= 0xFE0F or 0xE0000 <= a <= 0xE01EF or 0x1F3FB <= a <= 0x1F3FF
            or a in (0xFF9E, 0xFF9F) or unicodedata.category(after) in ("Mn", "Me", "Mc")):
        return True
    return 0x1F1E6 <= a <= 0x1F1FF and 0x1F1E6 <= ord(before) <= 0x1F1FF


def _grapheme_safe(text: str, pos: int, lo: int) -> int:
    """The nearest place to ``pos`` that splits no cluster: back (not below ``lo``), else forward."""
    back = pos
    for _ in range(_MAX_GRAPHEME_STEPS):
        if not _continues(text, back):
            return back
        if back <= lo:
            break
        back -= 1
    ahead = pos
    for _ in range(_MAX_GRAPHEME_STEPS):
        if not _continues(text, ahead):
            return ahead
        ahead += 1
    return pos


def _cut_back(text: str, pos: int, lo: int) -> int:
    """A cut near ``pos``, not after it where one can be had: after the last line break in
    ``text[lo:pos]``, else the last sentence end, else the last space; else ``pos`` moved off any
    cluster it would split."""
    if pos >= len(text):
        return len(text)
    if pos <= 0:
        return 0
    lo = max(lo, 0)
    for chars in ("\n", _SENTENCE_ENDS, _SPACES):
        at = max(text.rfind(ch, lo, pos) for ch in chars)
        if at >= lo and not _continues(text, at + 1):
            return at + 1
    return _grapheme_safe(text, pos, lo)


def _cut_forward(text: str, pos: int, hi: int) -> int:
    """A cut at or after ``pos``: after the first line break in ``text[pos:hi]``, else the first
    sentence end, else the first space; else ``pos`` moved off any cluster it would split."""
    if pos >= len(text):
        return len(text)
    hi = min(hi, len(text))
    for chars in ("\n", _SENTENCE_ENDS, _SPACES):
        found = [i for i in (text.find(ch, pos, hi) for ch in chars) if i >= 0]
        if found:
            cut = min(found) + 1
            while cut < hi and _continues(text, cut):
                cut += 1
            if not _continues(text, cut):
                return cut
    return _grapheme_safe(text, pos, pos - _MAX_GRAPHEME_STEPS)


class _Buffer:
    """The part of the text still needed, at absolute offset ``offset``; fed from ``chunks``
    (a stream) or holding a whole ``str`` (nothing to read, nothing dropped)."""

    __slots__ = ("text", "offset", "_chunks", "eof")

    def __init__(self, text: str = "", chunks: Iterator[str] | None = None):
        self.text = text
        self.offset = 0
        self._chunks = chunks
        self.eof = chunks is None

    @property
    def end(self) -> int:
        return self.offset + len(self.text)

    def fill(self, upto: int) -> None:
        if self.eof or self.end >= upto:
            return
        parts = [self.text]
        have = self.end
        for chunk in self._chunks:
            if not isinstance(chunk, str):
                raise TypeError(f"chunks must be str, got {type(chunk).__name__}: decode the stream first, "
                                "e.g. io.TextIOWrapper(binary_file, encoding='utf-8')")
            parts.append(chunk)
            have += len(chunk)
            if have >= upto:
                break
        else:
            self.eof = True
        self.text = "".join(parts)

    def drop(self, before: int) -> None:
        if self._chunks is not None and before > self.offset:
            self.text = self.text[before - self.offset:]
            self.offset = before

    def cut_back(self, pos: int, lo: int) -> int:
        return self.offset + _cut_back(self.text, pos - self.offset, max(lo, self.offset) - self.offset)

    def cut_forward(self, pos: int, hi: int) -> int:
        return self.offset + _cut_forward(self.text, pos - self.offset, hi - self.offset)

    def slice(self, start: int, end: int) -> str:
        return self.text[start - self.offset:end - self.offset]


def _windows(buffer: _Buffer, core: int, margin: int) -> Iterator[Window]:
    edge_slack = max(1, margin // 2)
    own = 0
    while True:
        buffer.fill(own + core + margin + edge_slack + 1)
        end = buffer.end
        if own >= end:
            return
        if buffer.eof and end - own <= core + margin:  # the rest fits: one last window
            own_end = end
        else:
            own_end = buffer.cut_back(own + core, own + core - core // _SLACK_SHARE)
        start = 0 if own == 0 else min(own, buffer.cut_back(own - margin, own - margin - edge_slack))
        stop = end if own_end == end else buffer.cut_forward(own_end + margin, own_end + margin + edge_slack)
        yield Window(start, buffer.slice(start, stop), own, own_end)
        # The next window starts no earlier than margin + slack before its core.
        buffer.drop(max(buffer.offset, own_end - margin - edge_slack))
        own = own_end


def windows(text: str, *, core: int = CORE, margin: int = MARGIN) -> Iterator[Window]:
    """The windows ``text`` is read in (see the module docstring)."""
    _check_sizes(core, margin)
    return _windows(_Buffer(text), core, margin)


def stream_windows(chunks: Iterable[str], *, core: int = CORE, margin: int = MARGIN) -> Iterator[Window]:
    """The same windows for text arriving in chunks of any size; keeps about one window."""
    _check_sizes(core, margin)
    return _windows(_Buffer(chunks=iter(chunks)), core, margin)


class Tail:
    """The text from offset ``start`` to the end of the last window added: what a writer that
    follows the windows (a masked copy, report excerpts) still needs, dropped as it is written."""

    __slots__ = ("start", "text")

    def __init__(self, text: str = "", start: int = 0):
        self.start = start
        self.text = text

    @property
    def end(self) -> int:
        return self.start + len(self.text)

    def add(self, window: Window) -> None:
        # Windows overlap or touch (each starts at or before its core, the last one's end).
        stop = window.start + len(window.text)
        if stop > self.end:
            self.text += window.text[self.end - window.start:]

    def get(self, start: int, end: int) -> str:
        return self.text[start - self.start:end - self.start]

    def drop(self, before: int) -> None:
        if before > self.start:
            self.text = self.text[before - self.start:]
            self.start = before


def _check_sizes(core: int, margin: int) -> None:
    for name, value in (("core", core), ("margin", margin)):
        if isinstance(value, bool) or not isinstance(value, int):
            raise TypeError(f"{name} must be an int (characters), got {type(value).__name__}")
        if value < 1:
            raise ValueError(f"{name} must be at least 1 character, got {value}")


def scan_windows(windows_: Iterable[Window], policy=None, *,
                 categories: Collection[str] | None = None) -> Iterator[tuple[Window, tuple[Finding, ...]]]:
    """Each window with the findings it owns, in original offsets, ordered by position; windows
    without findings too, so that a reader of the stream (the CLI's writers: line numbers, masked
    copies, excerpts) can read each window's text once, as it passes."""
    from .policy import Policy
    from .scanner import find_whole

    policy = Policy.coerce(policy)  # None, a preset's name; once per file, not per message
    trim = _malloc_trim()
    for w in windows_:
        shift = w.start
        found = find_whole(w.text, policy, categories=categories)
        if trim is not None:
            trim(0)
        last = w.own_end == shift + len(w.text)  # the text's last window owns a finding at its very end
        owned = []
        for f in found:
            start = f.start + shift
            if w.own_start <= start < w.own_end or (last and start == w.own_end):
                owned.append(dataclasses.replace(f, start=start, end=f.end + shift) if shift else f)
        yield w, tuple(owned)


def find_in_windows(windows_: Iterable[Window], policy=None, *,
                    categories: Collection[str] | None = None) -> Iterator[Finding]:
    """Findings of every window, in original offsets, each once, ordered by position."""
    for _, owned in scan_windows(windows_, policy, categories=categories):
        yield from owned


@functools.lru_cache(maxsize=1)
def _malloc_trim():
    """glibc's ``malloc_trim``, or None elsewhere. A window's offset maps, tokens and Sudachi
    buffers are freed after it, but glibc keeps the pages in its heap, scattered between objects
    that live on (findings, caches): RSS then drifts ~30 MB above one window's needs. Handing them
    back after each window costs ~0.6 ms."""
    if not sys.platform.startswith("linux"):
        return None
    try:
        return ctypes.CDLL("libc.so.6").malloc_trim
    except (OSError, AttributeError):  # musl and other C libraries
        return None


def find_long(text: str, policy=None, *, categories: Collection[str] | None = None,
              core: int = CORE, margin: int = MARGIN) -> tuple[Finding, ...]:
    """``scanner.find`` for a long ``str``, window by window."""
    from .scanner import _check_text

    text = _check_text(text)
    return tuple(find_in_windows(windows(text, core=core, margin=margin), policy, categories=categories))


def find_stream(chunks: Iterable[str], policy=None, *, categories: Collection[str] | None = None,
                core: int = CORE, margin: int = MARGIN) -> Iterator[Finding]:
    """Findings of text read in chunks (e.g. ``iter(lambda: f.read(65536), "")``), as they are found."""
    return find_in_windows(stream_windows(chunks, core=core, margin=margin), policy, categories=categories)
