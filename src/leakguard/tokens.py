"""Morphological analysis with SudachiPy, paid for only when a detector asks for it.

One ``Dictionary`` per process (memory-mapped, loaded on first use), one ``Tokenizer`` per thread
(a shared tokenizer raises ``SudachiError`` under concurrency). Morphemes are copied into plain
``Token`` tuples at once so that no ``MorphemeList`` outlives the call.
"""
from __future__ import annotations

import re
import threading
import unicodedata
from typing import NamedTuple

_SURROGATE_RE = re.compile("[\ud800-\udfff]")

# small and core tokenize at the same speed; small needs half the memory (README: "Dictionary").
DICTIONARY = "small"
# Sudachi refuses a string over 49,149 UTF-8 bytes, and one whose own input normalization (lower
# case, NFKC) comes to over 65,535 bytes: 「\ufdfa」 is 3 bytes and becomes 33, ㍍ 3 and 12. Chunks
# are cut by characters first (cheap), then held to both budgets with a margin below each limit.
_MAX_CHUNK_CHARS = 12_000
_RAW_BUDGET = 45_000  # UTF-8 bytes of the chunk passed
_NORMALIZED_BUDGET = 56_000  # UTF-8 bytes of NFKC(chunk.lower()), what Sudachi measures second
_MAX_EXPANSION = 33  # bytes one character can become (U+FDFA); a chunk this short always fits
_ALWAYS_FITS_CHARS = _NORMALIZED_BUDGET // _MAX_EXPANSION
_MIN_PIECE_CHARS = 64  # a piece the analyser still refuses becomes one opaque token
# Part of speech of an opaque token: a symbol, which every reader steps over.
_OPAQUE_POS = ("補助記号", "一般", "*", "*", "*", "*")


class Token(NamedTuple):
    surface: str
    normalized: str  # Sudachi normalized_form: 取引 -> 取り引き, ＬＩＮＥ -> line, ください -> 下さる
    dictionary: str
    pos: tuple[str, ...]
    start: int  # offsets in the text that was tokenized
    end: int
    lemma: str  # normalized.lower(), computed once per dictionary word: the form detectors compare


_dictionary = None
_dictionary_lock = threading.Lock()
_local = threading.local()
_pos_cache: dict[int, tuple[str, ...]] = {}  # part-of-speech id -> tuple; ids are per dictionary
# Dictionary word id -> (normalized_form, dictionary_form, part of speech, lemma): the same few thousand
# words recur in every message, and three accessor calls become one dict lookup. Out-of-vocabulary
# morphemes (ids from 0xF0000000, one per POS) take their forms from the text, so they are not cached.
_word_cache: dict[int, tuple[str, str, tuple[str, ...], str]] = {}
_WORD_CACHE_MAX = 100_000
_OOV_WORD_ID = 0xF000_0000


def _get_dictionary():
    global _dictionary
    if _dictionary is None:
        with _dictionary_lock:
            if _dictionary is None:
                import sudachipy

                _dictionary = sudachipy.Dictionary(dict=DICTIONARY)
    return _dictionary


def _get_tokenizer():
    tokenizer = getattr(_local, "tokenizer", None)
    if tokenizer is None:
        import sudachipy

        tokenizer = _get_dictionary().tokenizer(mode=sudachipy.SplitMode.C)
        _local.tokenizer = tokenizer
    return tokenizer


def tokenize(text: str) -> tuple[Token, ...]:
    """Tokens of ``text`` with offsets into ``text``; long text is cut into chunks at line ends."""
    if not text:
        return ()
    # Lone surrogates cannot be encoded for the analyser; they are nothing a detector reads.
    safe = _SURROGATE_RE.sub("\ufffd", text) if _has_surrogate(text) else text
    tokenizer = _get_tokenizer()
    words = _word_cache
    if len(words) > _WORD_CACHE_MAX:
        words.clear()  # bounded: a long-running process that meets the whole dictionary stays flat
    make = tuple.__new__  # skips NamedTuple's Python-level __new__: ~60 tokens a message add up
    out: list[Token] = []
    append = out.append
    pending = list(_chunks(safe))
    pending.reverse()
    while pending:
        offset, chunk = pending.pop()
        try:
            morphemes = tokenizer.tokenize(chunk)
        except Exception:  # noqa: BLE001 - no analyser error may escape scan(): see _refused_piece
            tokenizer = _fresh_tokenizer()
            pending.extend(reversed(_refused_piece(offset, chunk, out)))
            continue
        # Morphemes tile the chunk, so each one begins where the one before ended: one accessor
        # call (end) instead of two. Each accessor is a call into Rust (~0.5 µs).
        begin = 0
        for m in morphemes:
            end = m.end()
            word_id = m.word_id()
            info = words.get(word_id)
            if info is None:
                info = _word_info(m)
                if word_id < _OOV_WORD_ID:  # a dictionary word: its forms and POS follow from the id
                    words[word_id] = info
            append(make(Token, (chunk[begin:end], info[0], info[1], info[2], offset + begin, offset + end, info[3])))
            begin = end
    return tuple(out)


def _word_info(m) -> tuple[str, str, tuple[str, ...], str]:
    pos_id = m.part_of_speech_id()
    pos = _pos_cache.get(pos_id)
    if pos is None:
        pos = _pos_cache[pos_id] = m.part_of_speech()
    normalized = m.normalized_form()
    return normalized, m.dictionary_form(), pos, normalized.lower()


def _has_surrogate(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


def _fresh_tokenizer():
    """A new tokenizer for this thread: after an error the old one's state is not trusted."""
    _local.tokenizer = None
    return _get_tokenizer()


def _refused_piece(offset: int, chunk: str, out: list) -> list[tuple[int, str]]:
    """The analyser raised on ``chunk`` although it fits both budgets. Its halves are tried
    again; a short piece it still refuses becomes one opaque symbol token, so tokens keep tiling
    the text and the readers step over that piece while the character-level checks (numbers,
    addresses, IDs, channel words) still see it."""
    if len(chunk) > _MIN_PIECE_CHARS:
        cut = _cut(chunk, 0, len(chunk) // 2)
        return [(offset, chunk[:cut]), (offset + cut, chunk[cut:])]
    out.append(tuple.__new__(Token, (chunk, chunk, chunk, _OPAQUE_POS, offset, offset + len(chunk), chunk.lower())))
    return []


def _chunks(text: str):
    """(offset, chunk) pieces of ``text`` that Sudachi accepts, cut at line or sentence ends."""
    if len(text) <= _ALWAYS_FITS_CHARS:
        yield 0, text
        return
    pos = 0
    while pos < len(text):
        end = min(len(text), pos + _MAX_CHUNK_CHARS)
        if end < len(text):
            cut = max(text.rfind("\n", pos, end), text.rfind("。", pos, end))
            if cut > pos:
                end = cut + 1
        yield from _within_budget(text, pos, end)
        pos = end


def _within_budget(text: str, start: int, end: int):
    chunk = text[start:end]
    if end - start <= _ALWAYS_FITS_CHARS or _fits(chunk):
        yield start, chunk
        return
    cut = start + _cut(chunk, (end - start) // 4, (end - start) // 2)
    yield from _within_budget(text, start, cut)
    yield from _within_budget(text, cut, end)


def _fits(chunk: str) -> bool:
    raw = len(chunk.encode("utf-8"))
    if raw > _RAW_BUDGET:
        return False
    if chunk.isascii() or (raw * 3 // 2 <= _NORMALIZED_BUDGET and unicodedata.is_normalized("NFKC", chunk)):
        return True  # lower case makes no character longer than 1.5 times its bytes
    return len(unicodedata.normalize("NFKC", chunk.lower()).encode("utf-8")) <= _NORMALIZED_BUDGET


def _cut(chunk: str, lo: int, hi: int) -> int:
    """A cut in ``chunk`` at or before ``hi``: after the last line end, 。 or space from ``lo``,
    else at ``hi`` itself."""
    best = max(chunk.rfind("\n", lo, hi), chunk.rfind("。", lo, hi), chunk.rfind(" ", lo, hi))
    return best + 1 if best >= lo else max(hi, 1)
