"""Phone numbers read out in words: a second view of the message for the phone detector alone.

The normalized view reads long runs of kana or kanji digits. Senders also read a number out in
English ("oh nine oh"), pinyin ("ling jiu ling"), Korean (공일이, コン イル イ), romaji, kana with
long vowels and digits mixed in (「まる9まる ろく3ご2」), or join its groups with words
(「090と2276と4815」「(スペース)」). Most of those words are ordinary words on their own ("one",
"san", 「に」, 「オー」), so they become digits only here, inside a run of number words and
separators that holds enough digits for a phone number, and only the phone detector reads the
result: every number it finds here is still validated by ``phonenumbers``.

Each script has a cheap stdlib gate; a message that passes none costs a few searches.
"""
from __future__ import annotations

import re

import regex

from .. import chartables as ct
from ..normalize import NormalizedText

_MIN_DIGITS = 9  # a run read out holds a whole number: 9 digits and up ("+1" and a lost 0 too)
_MAX_UNITS = 64  # a run longer than any number written out: read no further (hostile input)

_JA_WORDS = {**ct.KANA_DIGITS, **ct.PHONE_KANA_DIGITS}
_KOREAN_ONLY = {**ct.KOREAN_KATAKANA_DIGITS, **ct.HANGUL_DIGITS}
_LATIN = ct.PHONE_LATIN_DIGITS
_REPEATS = ct.PHONE_LATIN_REPEATS
# One-character readings that are also particles or prefixes (番号に, ご連絡): at the edge of a
# run and glued to the word they belong to, they stay words unless the run is read out anyway.
_GLUE_EDGE = frozenset("にしくごニシクゴ")


def _alt(words) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


_KANJI_CLASS = "".join(ct.KANJI_DIGITS)
_HANGUL_CLASS = "".join(ct.HANGUL_DIGITS)
_LATIN_ALT = _alt(list(_LATIN) + list(_REPEATS))
_KANA_WORDS = set(_JA_WORDS) | set(ct.KOREAN_KATAKANA_DIGITS) | set(ct.KOREAN_AMBIGUOUS_KATAKANA)
_SEP_WORDS = ("と", "ハイフン", "はいふん", "ハイフォン", "すぺーす", "スペース", "dash", "hyphen", "space")
_SEP_CHARS = r"\s\-./()\[\]{}~_*#=,、。・ー〜～の「」【】/|…‥→←⇒>"  # no ":": times

# A unit is a digit, a number word, or a whole Latin word made of number words ("lingjiuling").
_UNIT = (
    rf"(?P<latin>(?<![a-z])(?:{_LATIN_ALT}){{1,12}}(?![a-z]))"
    rf"|(?P<word>{ct.kana_alternation(_KANA_WORDS)})"
    rf"|(?P<char>[0-9{_KANJI_CLASS}{_HANGUL_CLASS}])"
)
_SEP = rf"(?:[{_SEP_CHARS}\p{{So}}\p{{Sk}}]|{_alt(_SEP_WORDS)})"
_RUN_RE = regex.compile(rf"(?:{_UNIT})(?:{_SEP}{{0,6}}+(?:{_UNIT}))++")
_UNIT_RE = regex.compile(_UNIT)
_LATIN_WORD_RE = regex.compile(_LATIN_ALT)
_SEP_WORD_RE = regex.compile(_alt(_SEP_WORDS))

# Gates, one stdlib search each (separate: an alternation of them loses the engine's
# first-character scan and costs 10x): does the message hold something only this view reads?
_HANGUL_RE = re.compile(f"[{_HANGUL_CLASS}]")
_KOREAN_TWO_RE = re.compile(rf"(?:{_alt(ct.KOREAN_KATAKANA_DIGITS)})[ 、,・]?(?:{_alt(ct.KOREAN_KATAKANA_DIGITS)}|[イサオク])")
_LATIN_THREE_RE = re.compile(rf"(?:{_LATIN_ALT})[ ,\-]{{1,3}}(?:{_LATIN_ALT})[ ,\-]{{1,3}}(?:{_LATIN_ALT})\b")
_KANA_SEP = r"(?:[ 、,\-ー・の/|…]|\(の\)| の ){0,3}"
_JA_WORD = rf"(?:{ct.kana_alternation(_JA_WORDS)}|[{_KANJI_CLASS}])"
_WORD_OR_DIGIT = rf"(?:{ct.kana_alternation(_JA_WORDS)}|[0-9{_KANJI_CLASS}])"
# Three readings or digits in a row, the first or the last a reading: the normalizer converted
# what it could; what is left is a run it does not read (wide separators, digits mixed in).
_KANA_THREE_RE = re.compile(
    rf"{_JA_WORD}{_KANA_SEP}{_WORD_OR_DIGIT}{_KANA_SEP}{_WORD_OR_DIGIT}"
    rf"|{_WORD_OR_DIGIT}{_KANA_SEP}{_WORD_OR_DIGIT}{_KANA_SEP}{_JA_WORD}"
)
_KANA_ONLY_RE = re.compile(_alt(_JA_WORDS) + f"|[{_KANJI_CLASS}]")
_SEP_WORD_GATE_RE = re.compile(rf"[0-9] ?[(\[（]?(?:{_alt(_SEP_WORDS)})")


def _worth_reading(text: str, has_digit: bool) -> bool:
    if _HANGUL_RE.search(text) or _KOREAN_TWO_RE.search(text) or _LATIN_THREE_RE.search(text):
        return True
    # Kana and kanji alone the normalizer reads; here they matter mixed with digits.
    return has_digit and (_SEP_WORD_GATE_RE.search(text) is not None or (
        _KANA_ONLY_RE.search(text) is not None and _KANA_THREE_RE.search(text) is not None))


def spelled_view(view: NormalizedText, has_digit: bool) -> NormalizedText:
    """``view`` with number words in phone-length runs read as digits; ``view`` itself when the
    message holds none. ``has_digit``: the view holds an ASCII digit (the caller knows)."""
    if not _worth_reading(view.text, has_digit):
        return view
    return view.memo("phone_words.view", lambda: view._rewrite(_edits(view)))


def _edits(view: NormalizedText):
    text = view.text
    for run in _RUN_RE.finditer(text):
        units = _units(text, run.start(), run.end())
        korean = any(kind == "word" and value in _KOREAN_ONLY or kind == "char" and value in ct.HANGUL_DIGITS
                     for _s, _e, kind, value in units)
        segment: list[tuple[int, int, str, str | None]] = []
        for start, end, kind, value in units:
            digits = _digits(kind, value, korean)
            if digits is None:
                yield from _segment_edits(view, segment)
                segment = []
            else:
                segment.append((start, end, kind, digits))
        yield from _segment_edits(view, segment)


def _units(text: str, start: int, end: int) -> list[tuple[int, int, str, str]]:
    units = []
    for m in _UNIT_RE.finditer(text, start, end):
        if len(units) >= _MAX_UNITS:
            break
        kind = m.lastgroup
        if kind == "latin" and m.group() in _REPEATS:
            kind = "repeat"  # "double-two": the digit after it, twice
        units.append((m.start(), m.end(), kind, m.group()))
    return units


def _digits(kind: str, value: str, korean: bool) -> str | None:
    """The digits a unit stands for ("" for "double"), None when it is no digit in this run."""
    if kind == "char":
        if value.isdigit() and value.isascii():
            return value
        return ct.KANJI_DIGITS.get(value) or ct.HANGUL_DIGITS.get(value)
    if kind == "repeat":
        return ""
    if kind == "latin":
        return _latin_digits(value)
    if korean and value in ct.KOREAN_AMBIGUOUS_KATAKANA:
        return ct.KOREAN_AMBIGUOUS_KATAKANA[value]
    if value in ct.KOREAN_KATAKANA_DIGITS:
        return ct.KOREAN_KATAKANA_DIGITS[value] if korean else None
    return _JA_WORDS.get(value)


def _latin_digits(word: str) -> str:
    """"lingjiuling" -> "090", "doubletwo" -> "22"."""
    out = []
    repeat = 1
    for m in _LATIN_WORD_RE.finditer(word):
        part = m.group()
        if part in _REPEATS:
            repeat = _REPEATS[part]
            continue
        out.append(_LATIN[part] * repeat)
        repeat = 1
    return "".join(out)


def _segment_edits(view: NormalizedText, segment):
    """Edits for one run of units that all read as digits: each word becomes its digits, each
    gap a single space; nothing when the run is too short to hold a number or has no word."""
    if len(segment) < 2:
        return
    text = view.text
    # (a digit the normalizer already read from a word counts as read out)
    words = sum(1 for s, e, _k, _d in segment if not view.original_slice(s, e).isdigit())
    segment, words = _trim_edges(text, segment, words)
    if len(segment) < 2:
        return
    total = sum(len(d) for _s, _e, _k, d in segment)
    if words == 0 or total < _MIN_DIGITS:
        return
    repeat = 1
    prev_end = None
    for s, e, kind, digits in segment:
        if prev_end is not None and text[prev_end:s] != " ":
            yield prev_end, s, " "  # (e.g. 「と」「(スペース)」「…」): the phone detector's separator
        if kind == "repeat":
            repeat = _REPEATS[text[s:e]]
        elif digits:
            digits = digits[0] * (repeat - 1) + digits
            repeat = 1
        if digits != text[s:e]:
            yield s, e, digits
        prev_end = e


def _trim_edges(text: str, segment, words: int):
    """A kanji digit glued to a kanji at an edge is part of a word (一次, 三人, 二回); so is a
    particle glued to its word (番号に, ご連絡), unless the run is read out anyway."""
    while segment:
        changed = False
        for edge in (0, -1):
            if not segment:
                break
            s, e, kind, _d = segment[edge]
            pos = s - 1 if edge == 0 else e
            neighbour = text[pos] if 0 <= pos < len(text) else ""
            unit = text[s:e]
            kanji_word = kind == "char" and unit in ct.KANJI_DIGITS and _is_kanji(neighbour)
            particle = (kind == "word" and unit in _GLUE_EDGE and neighbour.isalpha()
                        and not neighbour.isascii() and words <= 1)
            if kanji_word or particle:
                segment = segment[1:] if edge == 0 else segment[:-1]
                words -= 1
                changed = True
        if not changed:
            break
    return segment, words


def _is_kanji(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff" or "\u3400" <= ch <= "\u4dbf"
