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
from dataclasses import dataclass

import regex

from .. import chartables as ct
from ..alternation import searcher, skipping
from ..normalize import KANA_READINGS, NormalizedText

_MIN_DIGITS = 9  # a run read out holds a whole number: 9 digits and up ("+1" and a lost 0 too)

_JA_WORDS = {**ct.KANA_DIGITS, **ct.PHONE_KANA_DIGITS}
_KOREAN_WORDS = {**ct.KOREAN_KATAKANA_DIGITS, **ct.KOREAN_AMBIGUOUS_KATAKANA, "ク": "9"}  # 구 reads as Japanese 九
_LATIN = ct.PHONE_LATIN_DIGITS
_REPEATS = ct.PHONE_LATIN_REPEATS
# One-character readings that are also particles or prefixes (番号に, ご連絡): at the edge of a
# run and glued to the word they belong to, they stay words unless the run is read out anyway.
_GLUE_EDGE = frozenset("にしくごニシクゴイサオみよむやミヨムヤ")


def _alt(words) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


_KANJI_CLASS = "".join(ct.KANJI_DIGITS)
_HANGUL_CLASS = "".join(ct.HANGUL_DIGITS)
_LATIN_ALT = _alt(list(_LATIN) + list(_REPEATS))
_SEP_WORDS = ("と", "ハイフン", "はいふん", "ハイフォン", "すぺーす", "スペース", "dash", "hyphen", "space",
              "plus", "then", "dot")  # (「080 plus 7719 plus 0342」: English that joins the groups read out)
# romaji 「の」 between the groups (「zero kyuu zero no ni roku …」), a word of its own
_SEP_ROMAJI = "(?<![a-z])no(?![a-z])"
_SEP_CHARS = r"\s\-—./()\[\]{}~_*#=,、。・ー〜～の「」【】/|…‥→←⇒>!"  # no ":": times

_SEP = rf"(?:[{_SEP_CHARS}\p{{So}}\p{{Sk}}]|{_alt(_SEP_WORDS)}|{_SEP_ROMAJI})"


@dataclass(frozen=True)
class _Reader:
    """Number words of one language family, read into digits run by run."""

    words: dict[str, str]  # kana word -> digit
    run: regex.Pattern  # a run of units and separators
    token: regex.Pattern  # one unit or separator: a unit's letters inside a separator word (the
    # イ in ハイフン) are no unit

    @classmethod
    def of(cls, words: dict[str, str], chars: str, latin: bool, drawn: bool = False) -> "_Reader":
        kana = (ct.drawn_kana_alternation if drawn else ct.kana_alternation)(words)
        # A unit is a digit, a number word, or a whole Latin word made of number words ("lingjiuling").
        unit = (rf"(?P<latin>(?<![a-z])(?:{_LATIN_ALT}){{1,12}}(?![a-z]))|" if latin else "") + (
            rf"(?P<word>{kana})|(?P<char>[{chars}])")
        return cls(words, regex.compile(rf"(?:{unit})(?:{_SEP}{{0,6}}+(?:{unit}))++"),
                   regex.compile(rf"{unit}|(?P<sep>{_SEP})"))

    @classmethod
    def of_words(cls, words: dict[str, str]) -> "_Reader":
        """Whole words of a language written in Latin letters (any case: the normalizer lowercases
        only ASCII), with ASCII digits between them."""
        alternation = _alt(words)
        unit = rf"(?P<word>(?<!\p{{Latin}})(?:{alternation})(?!\p{{Latin}}))|(?P<char>[0-9])"
        return cls({**words, **{w.upper(): d for w, d in words.items()}},
                   regex.compile(rf"(?:{unit})(?:{_SEP}{{0,6}}+(?:{unit}))++", regex.I),
                   regex.compile(rf"{unit}|(?P<sep>{_SEP})", regex.I))


_JAPANESE = _Reader.of(_JA_WORDS, f"0-9{_KANJI_CLASS}", latin=True, drawn=True)  # and English, pinyin, romaji
# Korean first where it is written: its katakana overlaps Japanese readings (イチル is イ + チル).
_KOREAN = _Reader.of(_KOREAN_WORDS, f"0-9{_HANGUL_CLASS}", latin=False)
_KOREAN_ONLY = frozenset(ct.KOREAN_KATAKANA_DIGITS) | frozenset(ct.HANGUL_DIGITS)
# The old count among the other readings (「まるなな まる みよいつ む ななや ここまる」): its words are
# particles and words alone, so a run is read this way only when it holds the radio's ひと or ふた,
# or three words of the old count.
_COUNTING = _Reader.of({**_JA_WORDS, **ct.COUNTING_KANA_DIGITS}, f"0-9{_KANJI_CLASS}", latin=False, drawn=True)
_COUNTING_MIN_WORDS = 3
_COUNTING_GATE_RE = re.compile(_alt(ct.COUNTING_CUES | set(ct.COUNTING_KANA_DIGITS)))
_VIETNAMESE = _Reader.of_words(ct.VIETNAMESE_DIGITS)
# (the regex engine: the stdlib one tries every branch at every position of a case-blind search and
# took 18 µs on a 79-character message, this one 1.3 µs)
_VIETNAMESE_RE = regex.compile(
    rf"(?<![a-z])(?:{'|'.join(sorted(ct.VIETNAMESE_ONLY | ct.VIETNAMESE_UNMARKED, key=len, reverse=True))})(?![a-z])",
    regex.I)
_LATIN_WORD_RE = regex.compile(_LATIN_ALT)
_SEP_WORD_RE = regex.compile(_alt(_SEP_WORDS))

# Gates, one stdlib search each (separate: an alternation of them loses the engine's
# first-character scan and costs 10x): does the message hold something only this view reads?
_HANGUL_RE = re.compile(f"[{_HANGUL_CLASS}]")
_KOREAN_ONLY_ALT = _alt(ct.KOREAN_KATAKANA_DIGITS)
_K, _A, _S = f"(?:{_KOREAN_ONLY_ALT})", f"(?:{_KOREAN_ONLY_ALT}|[イサオク])", "[\\s、,・\\-ー/.~→…|]{0,5}"
_KOREAN_ONLY_RE = re.compile(_K)
_KOREAN_THREE_RE = re.compile(  # three Korean digits in a row, one of them a word only Korean has
    rf"{_K}{_S}{_A}{_S}{_A}|[イサオク]{_S}{_K}{_S}{_A}|[イサオク]{_S}[イサオク]{_S}{_K}"
)


def _korean(text: str) -> bool:
    """Korean katakana digits: the words only Korean has are found first (one cheap search), the
    run is checked around them."""
    for n, m in enumerate(_KOREAN_ONLY_RE.finditer(text)):
        if n == _MAX_DIGIT_RUNS:  # (「コンサート」「パルコ」 … by the hundred): one search of the rest instead
            return _KOREAN_THREE_RE.search(text, max(0, m.start() - 12)) is not None
        if _KOREAN_THREE_RE.search(text, max(0, m.start() - 12), m.end() + 16):
            return True
    return False
_LATIN_THREE_RE = re.compile(rf"(?:{_LATIN_ALT})[ ,\-]{{0,3}}(?:{_LATIN_ALT})[ ,\-]{{0,3}}(?:{_LATIN_ALT})(?![a-z])")
# An English number word next to a digit (「0 eight 0 / 7 seven 3 2」): typed half in digits, half
# in words. English only: the pinyin and romaji words are too short to mean a digit by a digit.
_EN_NUMBER = "zero|one|two|three|four|five|six|seven|eight|nine"
_LATIN_BY_DIGIT_RE = re.compile(
    rf"[0-9][ ,\-/]{{0,3}}(?:{_EN_NUMBER})(?![a-z])|(?<![a-z])(?:{_EN_NUMBER})[ ,\-/]{{0,3}}[0-9]")
_latin_by_digit = searcher(_LATIN_BY_DIGIT_RE)  # (each branch skips ahead on its own: alternation.py)
# A digit or the first letter of the tests above, in one class: most messages stop here. With the
# katakana English the normalizer does not read (「ゼロセブンセブンシックス」 may hold no reading it reads).
_FIRST_LETTERS = f"{_HANGUL_CLASS}コイサユチパa-z" + "".join(sorted({w[0] for w in ct.PHONE_KATAKANA_ENGLISH}))
FIRST_CHAR_RE = re.compile(f"[0-9{_FIRST_LETTERS}]")
_FIRST_LETTER_RE = re.compile(f"[{_FIRST_LETTERS}]")
_KANA_SEP = rf"(?:[{_SEP_CHARS}]|{_alt(_SEP_WORDS)}){{0,6}}"
_JA_ALT = ct.kana_alternation(_JA_WORDS)
_JA_WORD = rf"(?:{_JA_ALT}|[{_KANJI_CLASS}])"
_WORD_OR_DIGIT = rf"(?:{_JA_ALT}|[0-9{_KANJI_CLASS}])"
# Three readings or digits in a row, the first or the last a reading: the normalizer converted
# what it could; what is left is a run it does not read (wide separators, digits mixed in).
_KANA_THREE_RE = skipping(re.compile(
    rf"{_JA_WORD}{_KANA_SEP}{_WORD_OR_DIGIT}{_KANA_SEP}{_WORD_OR_DIGIT}"
    rf"|{_WORD_OR_DIGIT}{_KANA_SEP}{_WORD_OR_DIGIT}{_KANA_SEP}{_JA_WORD}"
))
# A long mark or small vowel: a reading may be drawn out (a gate of the phone detector's too).
DRAWN_MARK_RE = re.compile("[ー〜～ぁぃぅぇぉァィゥェォ]")


def nothing_to_read(view: NormalizedText) -> bool:
    """Most messages, in one search each: no digit, none of the letters a number read out in words
    starts with, no kana readings the normalizer noted, no drawn-out mark (the phone detector and its
    precheck ask the same)."""
    return (FIRST_CHAR_RE.search(view.text) is None and not view.noted(KANA_READINGS)
            and DRAWN_MARK_RE.search(view.text) is None)


def drawn_gate_words() -> set[str]:
    """A reading cut where it may be drawn out, with the mark that draws it (「ぜー」「ぜろぉ」「なな〜」):
    the gate's words for a number read out only in drawn readings, which the normalizer's kana test
    does not see. The gate then asks spelled_view() itself."""
    words = set()
    for word in _JA_WORDS:
        for i in range(1, len(word) + 1):
            head = word[:i]
            if head[-1] in "ー" or head[-1] in ct.SMALL_KANA:
                continue
            for mark in "ー〜～" + ct._small_vowel(head[-1]):
                words.add(head + mark)
    return words


_DRAWN_WORD = f"(?:{ct.drawn_kana_alternation(_JA_WORDS)})"
_DRAWN_OR_DIGIT = f"(?:{_DRAWN_WORD}|[0-9{_KANJI_CLASS}])"  # (「ぜーろろーく 0000 0001」)
_DRAWN_THREE_RE = skipping(re.compile(rf"{_DRAWN_WORD}{_KANA_SEP}{_DRAWN_OR_DIGIT}{_KANA_SEP}{_DRAWN_OR_DIGIT}"
                                      rf"|{_DRAWN_OR_DIGIT}{_KANA_SEP}{_DRAWN_OR_DIGIT}{_KANA_SEP}{_DRAWN_WORD}"))
_DIGIT_RUN_RE = re.compile("[0-9]+")
_MAX_DIGIT_RUNS = 200  # a listing of numbers: its digits are plain, not mixed with words
# (「090、と、6115、と、7732」: list punctuation around the word too)
_SEP_WORD_GATE_RE = re.compile(
    rf"[0-9{_KANJI_CLASS}][\s、,・]{{0,2}}[(\[（]?(?:{_alt(_SEP_WORDS)})[)\]）]?[\s、,・]{{0,2}}[0-9{_KANJI_CLASS}]")
_READING_RE = re.compile(rf"{_JA_ALT}|[{_KANJI_CLASS}]")
_STRONG = ct.kana_alternation([w for w in _JA_WORDS if len(w) > 1]) + f"|[{_KANJI_CLASS}]|[にしくごニシクゴ]{{2}}"
# A reading of two characters or more (or a kanji digit) next to a digit.
_DIGIT_THEN_READING_RE = re.compile(  # (a one-kana reading between two digits counts: 「0ご0」)
    rf"[0-9][{_SEP_CHARS}]{{0,6}}(?:{_STRONG}|[にしくごニシクゴ](?=[{_SEP_CHARS}]{{0,2}}[0-9{_KANJI_CLASS}]))")
# The zero words the normalizer does not read (おー, れー), leading a run of readings: a number
# read out in kana starts with its trunk 0.
_ZERO_WORD_RE = re.compile(rf"(?:おう|オー|オウ|れー|レー)[{_SEP_CHARS}]{{0,3}}(?:{_STRONG})")
_KATAKANA_ENGLISH_RE = re.compile(_alt(ct.PHONE_KATAKANA_ENGLISH))
_DIGIT_THEN_READING_REVERSED_RE = re.compile(
    rf"[0-9][{_SEP_CHARS}]{{0,6}}(?:{ct.kana_alternation([w[::-1] for w in _JA_WORDS if len(w) > 1])}"
    rf"|[{_KANJI_CLASS}]|[にしくごニシクゴ]{{2}})"
)


def _worth_reading(view: NormalizedText, has_digit: bool) -> bool:
    text = view.text
    if view.noted(KANA_READINGS):  # the normalizer saw kana readings: it may have left some
        return True
    if _HANGUL_RE.search(text) or _korean(text) or _LATIN_THREE_RE.search(text) or _VIETNAMESE_RE.search(text):
        return True
    if _ZERO_WORD_RE.search(text):
        return True
    if DRAWN_MARK_RE.search(text) and _DRAWN_THREE_RE.search(text):
        return True  # (「ゼーロ キュー ゼーロ」「にぃさんはちごぉ」: readings the normalizer does not read)
    if _KATAKANA_ENGLISH_RE.search(text) and _KANA_THREE_RE.search(text):
        return True  # (「ゼロシックス、ゼロゼロファイブ…」: words the normalizer does not read)
    return has_digit and (_SEP_WORD_GATE_RE.search(text) is not None or _latin_by_digit(text)
                          or _words_by_digits(text))


def _words_by_digits(text: str) -> bool:
    """Readings mixed with digits (「まる9まる」): looked for only around the digit runs, where
    the costly test reads a few characters. A lone one-kana reading next to digits is a particle
    (「21くらい」「書いとく。080」), not enough."""
    # A reading right before or after a digit, both looked for from the digit's side (the text
    # reversed for "before"): a search that starts on a digit is 5x cheaper than one that starts
    # on kana. The common case — dates, prices among ordinary words — stops here.
    if _DIGIT_THEN_READING_RE.search(text) is None and _DIGIT_THEN_READING_REVERSED_RE.search(text[::-1]) is None:
        return False
    for n, m in enumerate(_DIGIT_RUN_RE.finditer(text)):
        if n == _MAX_DIGIT_RUNS:
            # a listing of numbers: the rest is read in one pass instead of around each run, so a
            # number read out after 200 plain ones is still seen
            return any(_mixed_reading(text, three) for three in _KANA_THREE_RE.finditer(text, max(0, m.start() - 12)))
        start, end = max(0, m.start() - 12), m.end() + 12
        if any(_mixed_reading(text, three) for three in _KANA_THREE_RE.finditer(text, start, end)):
            return True
    return False


def _mixed_reading(text: str, three) -> bool:
    found = three.group()
    readings = _READING_RE.findall(found)
    if len(readings) > 1 or (readings and (len(readings[0]) > 1 or readings[0] in ct.KANJI_DIGITS)):
        return True
    return bool(readings) and _between_digits(text, three.start() + found.index(readings[0]))  # 「2に3」


def _between_digits(text: str, pos: int) -> bool:
    """A one-kana reading after a digit and before a digit or the end of a word (「418ゴ」)."""
    if not (0 < pos and text[pos - 1].isdigit()):
        return False
    return pos == len(text) - 1 or text[pos + 1].isdigit() or not text[pos + 1].isalpha()


def spelled_view(view: NormalizedText, has_digit: bool) -> NormalizedText:
    """``view`` with number words in phone-length runs read as digits; ``view`` itself when the
    message holds none. ``has_digit``: the view holds an ASCII digit (the caller knows)."""
    if (not has_digit and _FIRST_LETTER_RE.search(view.text) is None and not view.noted(KANA_READINGS)
            and DRAWN_MARK_RE.search(view.text) is None):
        return view  # most messages: one search
    if not _worth_reading(view, has_digit):
        return view
    return view.memo("phone_words.view", lambda: view._rewrite(_edits(view)))


def _edits(view: NormalizedText) -> list:
    text = view.text
    edits: list = []
    korean_runs: list[tuple[int, int]] = []
    if _HANGUL_RE.search(text) or _korean(text):
        for run in _KOREAN.run.finditer(text):
            units = _units(_KOREAN, text, run.start(), run.end())
            if any(value in _KOREAN_ONLY for _s, _e, _k, value in units):
                edits.extend(_segment_edits(view, _KOREAN, units))
                korean_runs.append(run.span())
    if _VIETNAMESE_RE.search(text):  # (「không chín không, bốn hai sáu một …」)
        for run in _VIETNAMESE.run.finditer(text):
            units = _units(_VIETNAMESE, text, run.start(), run.end())
            words = [value.lower() for _s, _e, kind, value in units if kind == "word"]
            if any(w in ct.VIETNAMESE_ONLY for w in words) or len([w for w in words if w in ct.VIETNAMESE_UNMARKED]) >= 2:
                edits.extend(_segment_edits(view, _VIETNAMESE, units))
                korean_runs.append(run.span())  # (read here: the Japanese reader leaves it)
    if _COUNTING_GATE_RE.search(text):
        for run in _COUNTING.run.finditer(text):
            if any(run.start() < e and s < run.end() for s, e in korean_runs):
                continue
            units = _counting_units(_units(_COUNTING, text, run.start(), run.end()))
            read = list(_segment_edits(view, _COUNTING, units))
            if read:  # (a run too short for a number stays the Japanese reader's: 「…zero 1\nここにかけて」)
                edits.extend(read)
                korean_runs.append(run.span())
    for run in _JAPANESE.run.finditer(text):
        if any(run.start() < e and s < run.end() for s, e in korean_runs):
            continue
        edits.extend(_segment_edits(view, _JAPANESE, _units(_JAPANESE, text, run.start(), run.end())))
    edits.sort()
    return edits


def _counting_units(units):
    """The units of a run read with the old count, or [] when the run is not one: it holds the
    radio's ひと or ふた, three words of the old count, or one inside the run (「まるむ まるまる…」)
    rather than at its edge, where よ, や, ここ are the sentence's (「…5678よ」「ここ090…」)."""
    def old(unit) -> bool:
        return unit[2] == "word" and unit[3] in ct.COUNTING_KANA_DIGITS
    words = [u[3] for u in units if u[2] == "word"]
    count = sum(1 for u in units if old(u))
    if not count:
        return []
    if any(w in ct.COUNTING_CUES for w in words) or count >= _COUNTING_MIN_WORDS:
        return units
    while units and old(units[0]):
        units = units[1:]
    while units and old(units[-1]):
        units = units[:-1]
    return units if any(old(u) for u in units) else []


def _units(reader: _Reader, text: str, start: int, end: int) -> list[tuple[int, int, str, str]]:
    units = []
    # (every unit of a run is read: a run padded with number words still holds the number at its
    # end, and each unit costs the same, so a long run costs linear time)
    for m in reader.token.finditer(text, start, end):
        kind = m.lastgroup
        if kind == "sep":
            continue
        if kind == "latin" and m.group() in _REPEATS:
            kind = "repeat"  # "double-two": the digit after it, twice
        units.append((m.start(), m.end(), kind, m.group()))
    return units


def _digits(reader: _Reader, kind: str, value: str) -> str:
    """The digits a unit stands for ("" for "double")."""
    if kind == "char":
        if value.isdigit() and value.isascii():
            return value
        return ct.KANJI_DIGITS.get(value) or ct.HANGUL_DIGITS[value]
    if kind == "repeat":
        return ""
    if kind == "latin":
        return _latin_digits(value)
    digit = reader.words.get(value) or reader.words.get(value.lower())
    return digit if digit is not None else reader.words[ct.drawn_key(value, reader.words)]


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


def _segment_edits(view: NormalizedText, reader: _Reader, units):
    """Edits for one run of units: each word becomes its digits, each gap a single space;
    nothing when the run is too short to hold a number or has no word."""
    if len(units) < 2:
        return
    text = view.text
    segment = [(s, e, kind, _digits(reader, kind, value)) for s, e, kind, value in units]
    # (a digit the normalizer already read from a word counts as read out)
    words = sum(1 for s, e, _k, _d in segment if not view.original_slice(s, e).isdigit())
    segment, words = _trim_edges(view, segment, words)
    if len(segment) < 2:
        return
    total = sum(len(d) or _REPEATS.get(text[s:e], 1) - 1 for s, e, _k, d in segment)
    if total < _MIN_DIGITS or not (words or _SEP_WORD_RE.search(text, segment[0][1], segment[-1][0])):
        return  # nothing read out: digits and punctuation the phone detector reads itself
    repeat = 1
    prev_end = None
    last = len(segment) - 1
    for i, (s, e, kind, digits) in enumerate(segment):
        if prev_end is not None and prev_end < s and text[prev_end:s] != " ":
            yield prev_end, s, " "  # (e.g. 「と」「(スペース)」「…」): the phone detector's separator
        if (i == 0 or i == last) and _glued_particle(text, s, e, kind, before=i == 0):
            # 「…121にです」 or 「…5678に電話」: a group of its own, so the phone detector tries
            # the number with it and without it
            digits = digits + " " if i == 0 else " " + digits
        if kind == "repeat":
            repeat = _REPEATS[text[s:e]]
        elif digits:
            digits = digits[0] * (repeat - 1) + digits
            repeat = 1
        if digits != text[s:e]:
            yield s, e, digits
        prev_end = e


def _trim_edges(view: NormalizedText, segment, words: int):
    """A kanji digit glued to a kanji at an edge is part of a word (一次, 三人, 二回); so is a
    particle glued to its word (番号に, ご連絡), unless the run is read out anyway."""
    text = view.text
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
            # a reading glued to the word before it and not the trunk 0 a number starts with, before
            # one (「ばんごう、ぜろはち…」: the ごう of 番号)
            kanji_word = kanji_word or (edge == 0 and kind == "word" and len(segment) > 1 and _d != "0"
                                        and segment[1][3].startswith("0") and neighbour.isalpha()
                                        and not neighbour.isascii())
            particle = (words <= 1 or _set_off(segment, edge)) and _glued_particle(text, s, e, kind, before=edge == 0)
            if kanji_word or particle:
                segment = segment[1:] if edge == 0 else segment[:-1]
                words -= 1
                changed = True
        if not changed:
            break
    return segment, words


def _set_off(segment, edge: int) -> bool:
    """The edge unit stands apart from a run whose units touch (「…0987 に電話」), or follows a
    Latin word (「…seven に電話」): a particle of the sentence, not a digit of the number."""
    if len(segment) < 2:
        return False
    run = segment if edge == 0 else [(-e, -s, k, d) for s, e, k, d in reversed(segment)]
    if run[1][2] == "latin":
        return True
    return len(run) > 2 and run[0][1] < run[1][0] and run[1][1] == run[2][0]


def _glued_particle(text: str, start: int, end: int, kind: str, *, before: bool) -> bool:
    pos = start - 1 if before else end
    neighbour = text[pos] if 0 <= pos < len(text) else ""
    return kind == "word" and text[start:end] in _GLUE_EDGE and neighbour.isalpha() and not neighbour.isascii()


def _is_kanji(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff" or "\u3400" <= ch <= "\u4dbf"
