"""Morphological analysis with SudachiPy, paid for only when a detector asks for it.

One ``Dictionary`` per process (memory-mapped, loaded on first use), one ``Tokenizer`` per thread
(a shared tokenizer raises ``SudachiError`` under concurrency). Morphemes are copied into plain
``Token`` tuples at once so that no ``MorphemeList`` outlives the call.
"""
from __future__ import annotations

import re
import threading
from typing import NamedTuple

_SURROGATE_RE = re.compile("[\ud800-\udfff]")

# small and core tokenize at the same speed; small needs half the memory (README: "Dictionary").
DICTIONARY = "small"
# Sudachi rejects input over 49,149 UTF-8 bytes; Japanese is 3 bytes a character.
_MAX_CHUNK_CHARS = 12_000


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
    for offset, chunk in _chunks(safe):
        # Morphemes tile the chunk, so each one begins where the one before ended: one accessor
        # call (end) instead of two. Each accessor is a call into Rust (~0.5 µs).
        begin = 0
        for m in tokenizer.tokenize(chunk):
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


def _chunks(text: str):
    if len(text) <= _MAX_CHUNK_CHARS:
        yield 0, text
        return
    pos = 0
    while pos < len(text):
        end = min(len(text), pos + _MAX_CHUNK_CHARS)
        if end < len(text):
            cut = max(text.rfind("\n", pos, end), text.rfind("。", pos, end))
            if cut > pos:
                end = cut + 1
        yield pos, text[pos:end]
        pos = end
