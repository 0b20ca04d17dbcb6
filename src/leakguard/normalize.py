"""The normalized view: the text as detectors read it, with a map back to original offsets.

Folding happens in small passes (width, invisible characters, kanji and kana digits, look-alike
digits, dashes between digits, spelled-out ``@`` and ``.``). Each pass only runs when a cheap test
says it can change something, and every normalized character remembers the original span it came
from, so a finding always points at the characters the sender typed.
"""
from __future__ import annotations

import bisect
import re
import unicodedata
from typing import Iterable

import regex

from . import chartables as ct

_FOLD = ct.build_fold_table()
# Characters whose fold is not exactly one character: only they force per-character bookkeeping.
def _char_class(code_points: Iterable[int]) -> str:
    """A compact ``[a-z]``-style class: the stdlib engine scans ranges far faster than long lists."""
    ranges: list[list[int]] = []
    for cp in sorted(code_points):
        if ranges and ranges[-1][1] == cp - 1:
            ranges[-1][1] = cp
        else:
            ranges.append([cp, cp])
    return "[" + "".join(
        re.escape(chr(a)) if a == b else f"{re.escape(chr(a))}-{re.escape(chr(b))}" for a, b in ranges
    ) + "]"


# Trigger tests run on every message, so they use the stdlib engine: for plain classes and
# literal alternations it is 5-15x faster than `regex`, which the rewriting passes need.
_RESHAPING_RE = re.compile(_char_class(cp for cp, rep in _FOLD.items() if len(rep) != 1))
_VOICED_RE = regex.compile(r"[\u30a0-\u30ff][\u3099\u309a]")

_KANJI_CLASS = "".join(ct.KANJI_DIGITS)
_KANJI_RE = re.compile(f"[{_KANJI_CLASS}]")
_KANJI_RUN_RE = regex.compile(
    rf"[0-9{_KANJI_CLASS}](?:[ \-ー・の、]{{0,2}}+[0-9{_KANJI_CLASS}])++"
)

_KANA_ALT = ct.kana_alternation(ct.KANA_DIGITS)
# (with the radio's ひと and ふた, which only the phone reader reads: 「まるひとふたまる」 has no three
# readings of this pass's in a row, so its test counts them to tell the phone reader to look)
# (and the old count's いつ and ここ: 「まるよんいつ」)
_COUNT_ALT = "|".join(sorted(ct.COUNTING_CUES | {w for w in ct.COUNTING_KANA_DIGITS if len(w) > 1}))
_KANA_TRIGGER_RE = re.compile(
    rf"ぜろ|ゼロ|れい|レイ|まる|マル|いち|イチ|きゅ|キュ|はち|ハチ|なな|ナナ|ろく|ロク|よん|ヨン|さん|サン|{_COUNT_ALT}")
# Between readings: spacing and the marks people group digits with (「ぜろなな ぜろ / に ご」, 「の」
# set off by spaces), three characters at most.
_KANA_GAP = "[ 、,\\-ー・の/|…]{0,3}"
# Runs are read with the readings drawn out as well (「ぜーろ」「ろーく」「なな〜」「にぃ」): a run read only
# up to a drawn reading is cut in two, and its second half read wrong (「ロー|クニーサン」 -> ロー923).
_DRAWN_ALT = ct.drawn_kana_alternation(ct.KANA_DIGITS)
_KANA_RUN_RE = regex.compile(rf"(?:{_DRAWN_ALT})(?:{_KANA_GAP}+(?:{_DRAWN_ALT}))++")
# One-character readings that are also particles or prefixes (際に, 番号に, ください, ご連絡):
# at the edge of a run and glued to a word they belong to the word, not to the number.
_PARTICLE_READINGS = frozenset("にしくご")
# ... but the prefix ご is glued to a noun, never to a particle: 「ぜろよんごは112じゃなくて…」「…ごで、」
# end in the digit 5 (ごはん, ごもっとも, ご伝言 in kana stay words)
_FIVE_BEFORE_PARTICLE_RE = re.compile("ご(?:は(?!ん)|が|も(?!っ)|を|で(?:す|(?![ぁ-ゖ])))")
_KANA_ONE_RE = regex.compile(_DRAWN_ALT)
# Three readings in a row, with the stdlib engine: a necessary condition for any kana digit run,
# 5x cheaper than looking for the runs themselves ("さん" alone is in most messages).
_KANA_THREE_ALT = f"{_DRAWN_ALT}|{_COUNT_ALT}"
_DRAWN_MARK_RE = re.compile("[ー〜～ぁぃぅぇぉァィゥェォ]")
# (a one-kana word of the old count counts after a reading: 「まるむまる」「まるよいつ」「まるみ-み…」;
# one pattern that starts on a reading: a branch that starts on み or よ costs 10x on every message)
_OLD_ONE = "".join(w for w in ct.COUNTING_KANA_DIGITS if len(w) == 1)
_R, _O = f"(?:{_KANA_THREE_ALT})", f"(?:{_KANA_THREE_ALT}|[{_OLD_ONE}])"
_KANA_THREE_RE = re.compile(f"{_R}{_KANA_GAP}{_O}{_KANA_GAP}{_O}")
_KANA_MIN_RUN = 4  # three readings in a row are still ordinary words (しちごさん, いちにさん)
# ... but not these, with more readings right after: 「頭がゼロはちゼロで次がいちきゅう…」 is the start
# of a mobile number, in any script mix
_MOBILE_PREFIXES = frozenset(("090", "080", "070", "060", "050"))

# A maximal run of digits and look-alikes; whether a letter touches it is decided per run
# (_homoglyph_runs), never per start position: a lookaround here made every start of a long run
# that ends in a letter rescan the run to its end (quadratic).
_HOMOGLYPH_RUN_RE = regex.compile(r"[0-9oil|〇○◯](?:[ \-]{0,2}+[0-9oil|〇○◯])++")
_LATIN_RE = re.compile("[a-z]")
_HOMOGLYPH_MIN_DIGITS = 6
# ー after an o-row hiragana (not ご: 「ごー」 is also a digit reading), alone, is the vowel う.
_LONG_O_RE = re.compile("(?<=[おこそぞとどのほぼぽもよょろ])(?<!ぜろ)ー(?!ー)")  # 「ぜろー1234」: a dash
_CONTEXT_DASH_CHAR_RE = re.compile(f"[{re.escape(ct.CONTEXT_DASHES)}]")
_CONTEXT_DASH_RE = regex.compile(r"(?<=[0-9] ?)[ー～〜・･](?= ?[0-9])")
_SENTENCE_DASH_CHAR_RE = re.compile(f"[{ct.SENTENCE_DASHES}]")
_SPACED_DASH_RE = re.compile("(?<= )-(?= )")

# Spelled-out "@" and "." with or without brackets around them: (アットマーク), [at], 【ドット】.
# (quotes too: 「rafa "arroba" hotmail "ponto" com」)
_OPEN, _CLOSE = r"[(\[{<【《〔\"「『]", r"[)\]}>】》〕\"」』]"
# the @ spelled out (detectors/email.py reads it too), in Japanese English too (「taro atmark gmail.com」),
# and in the languages of learners who write in romaji: Portuguese and Spanish arroba, Vietnamese a còng
AT_WORD = (r"アットマーク|あっとまーく|アット|あっと|艾特|(?<![a-z])at ?mark(?![a-z])"
           r"|(?<![a-z])atto(?: ?maaku)?(?![a-z])"  # (romaji: 「yuki atto gmail dotto com」)
           r"|(?<![a-z])arroba(?![a-z])|(?<![a-z])a còng(?![a-z])")
_AT_WORDS = rf"{_OPEN}(?:{AT_WORD}|at){_CLOSE}|@マーク|{AT_WORD}"
_COMMON_TLDS = r"(?:com|net|org|info|biz|jp|co|ne|or|ac|io|me|us|uk|cn|kr|tw|de|fr|app|dev|xyz|tokyo)"
# (ponto, punto, chấm: the dot in Portuguese, Spanish, Vietnamese, read only near an "@")
# (romaji 「dotto」 too, unless a letter read out by name follows: 「yahuu dotto shii oo dotto jee pii」
# is spelled, and detectors/spelled.py reads it whole)
_LETTER_NAME_NEXT = "|".join(sorted({n for names in ct.ROMAJI_LETTER_NAMES.values() for n in names}, key=len, reverse=True))
_DOTTO = rf"dotto(?! {{0,2}}(?:{_LETTER_NAME_NEXT})(?![a-z]))"
_DOT_WORDS = rf"{_OPEN}(?:ドット|どっと|dot|{_DOTTO}|ponto|punto|chấm){_CLOSE}|ドット|どっと|\b(?:dot|{_DOTTO}|ponto|punto|chấm)\b"
_AT_TRIGGER_RE = re.compile(r"アット|あっと|at|arroba|còng")
# "@" is only spelled out in an address: something like a local part before, a domain after.
_AT_WORD_RE = regex.compile(
    rf"(?<=[a-z0-9_.+\-] {{0,2}})"
    rf"(?:(?:{_AT_WORDS})(?= {{0,2}}[a-z0-9\-]{{1,63}} {{0,2}}(?:\.|{_DOT_WORDS}))"
    # a bare English "at" needs a domain that reads as one: "taro at gmail dot com",
    # "taro at example.net" (a common top-level domain), never "look at this"
    rf"|\bat\b(?= {{1,2}}[a-z0-9\-]{{1,63}}(?: {{0,2}}(?:{_DOT_WORDS})|(?:\.[a-z0-9\-]{{1,63}}){{0,3}}\.{_COMMON_TLDS}(?![a-z0-9]))))"
)
_DOT_WORD_RE = regex.compile(rf"(?<=[a-z0-9] {{0,2}})(?:{_DOT_WORDS})(?= {{0,2}}[a-z0-9])")
# 「taro★example.com（★を@に変えてください）」: a stand-in symbol for "@".
# (「弾かれるので★を@に変えて」: a word may come right before the symbol; an address may not)
_STANDIN_RE = regex.compile(r"(?<![a-z0-9_.\-])([^\w\s@])\s*を\s*(?:@|アットマーク|あっとまーく)\s*に")

Edit = tuple[int, int, str]
KANA_READINGS = "normalize.kana_readings"  # memo key: the text has three kana digit readings in a row

_LINE_BREAK_RE = re.compile("\n")
# one symbol (an emoji with its variation selector) between two ASCII letters or digits; see
# _interleaved_edits
_INTERLEAVED_RE = regex.compile(r"(?<=[a-z0-9_.\-])(\p{So})\ufe0f?(?=[a-z0-9_.\-])")
_INTERLEAVE_GAP_RE = regex.compile(r"[a-z0-9_.\-]{1,6}")
_DROP_VERB_RE = re.compile("抜いて|ぬいて|消して|けして|取って|とって|除いて|のぞいて|無視して")
_DECLARED_FILLER_RE = regex.compile(
    r"(?<![ぁ-ゖァ-ヺー])([ぁ-ゖァ-ヺー]{1,3})(?:は|を)(?:全部|ぜんぶ|すべて)?(?:抜いて|ぬいて|消して|けして|取って|とって|除いて|のぞいて|無視して)")
# after a symbol: the message says which symbol of an address it stands for (「♪をドットに」「★→@」「＊は＠」)
# (the symbol itself only after a connector: 「a🌸.🌸b」 is filler around a dot)
_STANDS_FOR_RE = regex.compile(r"\ufe0f?\s?(?:(?:を|は|が|=|→|⇒|:)\s?(?:@|\.)"
                               r"|(?:を|は|が|=|→|⇒|:)?\s?(?:アット|あっと|ドット|どっと|点|てん|ピリオド|dot\b))")
_WINDOW_MIN_CHARS = 150  # shorter messages are read whole: windowing them saves little
_WINDOW_MAX_SHARE = 0.8  # a window this large is not worth a second offset map


class NormalizedText:
    """``text`` is what detectors search; ``span()`` maps a normalized range to the original."""

    __slots__ = ("original", "text", "_starts", "_ends", "_tokens", "_urls", "_url_starts", "_memo")

    def __init__(self, original: str, text: str, starts: list[int] | None, ends: list[int] | None):
        self.original = original
        self.text = text
        self._starts = starts  # None: the identity map (same length, same positions)
        self._ends = ends
        self._tokens = None
        self._urls = None
        self._url_starts: list[int] | None = None
        self._memo: dict | None = None

    @classmethod
    def of(cls, original: str) -> "NormalizedText":
        view = _fold(original)
        norm = view.text
        if "\u3099" in norm or "\u309a" in norm:
            view = view._rewrite(
                (m.start(), m.end(), unicodedata.normalize("NFC", m.group()))
                for m in _VOICED_RE.finditer(norm)
            )
        if "\U0001f170" in norm or "\U0001f150" in norm:
            view = view._rewrite(_emoji_a_edits(original, view))
        if _KANJI_RE.search(view.text):
            view = view._rewrite(_kanji_digit_edits(view.text))
        kana = ((_KANA_TRIGGER_RE.search(view.text) is not None or _DRAWN_MARK_RE.search(view.text) is not None)
                and _KANA_THREE_RE.search(view.text) is not None)
        if kana:
            view = view._rewrite(_kana_digit_edits(view.text))
        norm = view.text
        if _has_digit_homoglyph_context(norm):
            view = view._rewrite(_homoglyph_edits(norm))
        if "ー" in norm:
            # Casual long vowels in hiragana (こーかん, 話そー, しましょー) are う to the analyser:
            # Sudachi splits 「こーかん」 into こー + かんしよ, but reads 「こうかん」 as 交換.
            view = view._rewrite((m.start(), m.end(), "う") for m in _LONG_O_RE.finditer(norm))
            norm = view.text
        if _CONTEXT_DASH_CHAR_RE.search(norm):
            view = view._rewrite((m.start(), m.end(), "-") for m in _CONTEXT_DASH_RE.finditer(view.text))
        if " - " in view.text and _SENTENCE_DASH_CHAR_RE.search(original):
            # 「no apostrophe — kevin.ohara@…」: a dash set off by spaces is the sentence's, not a hyphen
            view = view._rewrite((m.start(), m.end(), "—") for m in _SPACED_DASH_RE.finditer(view.text)
                                 if view.original_slice(m.start(), m.end()) in ct.SENTENCE_DASHES)
        if not view.text.isascii():
            view = view._rewrite(_interleaved_edits(view.text))
        if "@" in view.text or _AT_TRIGGER_RE.search(view.text):  # (「★を@に」 holds one of them too)
            view = view._address_words()
        if kana:  # the phone detector reads more number words than this pass: it asks, not re-tests
            view.memo(KANA_READINGS, lambda: True)
        return view

    # -- offsets ---------------------------------------------------------------------------
    def span(self, start: int, end: int) -> tuple[int, int]:
        """Original ``(start, end)`` of the normalized range ``[start, end)``."""
        if self._starts is None:
            return start, end
        if end <= start:
            if start < len(self._starts):
                pos = self._starts[start]
            else:  # the end of the text (of a window: where its last character ends)
                pos = self._ends[-1] if self._ends else len(self.original)
            return pos, pos
        return self._starts[start], self._ends[end - 1]

    def around(self, positions: Iterable[int], **window_options) -> "NormalizedText":
        """A view of only the lines around ``positions`` (see :meth:`line_window`), or ``self``."""
        bounds = self.line_window(positions, **window_options)
        return self if bounds is None else self.window(*bounds)

    def line_window(self, positions: Iterable[int], *, lines_before: int = 1, lines_after: int = 3,
                    min_chars: int | None = None) -> tuple[int, int] | None:
        """Normalized ``(start, end)`` of the lines around ``positions``: from ``lines_before`` lines
        before the first to ``lines_after`` lines after the last. Analyses whose cost grows with the
        text (Sudachi: ~1 µs a character) then read a long message's greeting and sign-off no more.
        None when the text is short, has no line breaks, or the lines would cover most of it."""
        text = self.text
        positions = sorted(positions)
        if len(text) < (_WINDOW_MIN_CHARS if min_chars is None else min_chars) or not positions or "\n" not in text:
            return None
        breaks = [m.start() for m in _LINE_BREAK_RE.finditer(text)]  # line k ends at breaks[k]
        first = max(0, bisect.bisect_left(breaks, positions[0]) - lines_before)
        last = bisect.bisect_left(breaks, positions[-1]) + lines_after
        start = breaks[first - 1] + 1 if first > 0 else 0
        end = breaks[last] + 1 if last < len(breaks) else len(text)
        if (end - start) > _WINDOW_MAX_SHARE * len(text):
            return None
        return start, end

    def window(self, start: int, end: int) -> "NormalizedText":
        """The view of normalized ``[start, end)``: its own offsets start at 0, its ``span()`` still
        maps to the original message. Built once per range, so detectors that read the same lines
        share its tokens."""
        return self.memo(("window", start, end), lambda: self._slice(start, end))

    def _slice(self, start: int, end: int) -> "NormalizedText":
        starts = self._starts[start:end] if self._starts is not None else list(range(start, end))
        ends = self._ends[start:end] if self._ends is not None else list(range(start + 1, end + 1))
        return NormalizedText(self.original, self.text[start:end], starts, ends)

    def original_slice(self, start: int, end: int) -> str:
        s, e = self.span(start, end)
        return self.original[s:e]

    # -- lazily computed helpers shared by detectors ----------------------------------------
    @property
    def tokens(self):
        """Sudachi tokens of the normalized text (offsets are normalized offsets)."""
        if self._tokens is None:
            from .tokens import tokenize

            self._tokens = tokenize(self.text)
        return self._tokens

    def noted(self, key) -> bool:
        """``key`` is in the memo (without computing it)."""
        return self._memo is not None and key in self._memo

    def memo(self, key, compute):
        """Per-message cache shared by detectors: work two detectors need is done once."""
        if self._memo is None:
            self._memo = {}
        if key not in self._memo:
            self._memo[key] = compute()
        return self._memo[key]

    @property
    def url_spans(self) -> tuple[tuple[int, int], ...]:
        if self._urls is None:
            if "http" in self.text or "www." in self.text or "://" in self.text:
                self._urls = tuple(m.span() for m in _URL_RE.finditer(self.text))
            else:
                self._urls = ()
        return self._urls

    def in_url(self, start: int, end: int) -> bool:
        """``[start, end)`` lies inside one URL. A bisection, not a walk over every URL: it is asked
        once per phone or handle candidate, and a shop listing has one URL a line."""
        spans = self.url_spans
        if not spans:
            return False
        if self._url_starts is None:
            self._url_starts = [s for s, _e in spans]  # finditer spans: sorted, non-overlapping
        i = bisect.bisect_right(self._url_starts, start) - 1
        return i >= 0 and end <= spans[i][1]

    # -- rewriting ----------------------------------------------------------------------------
    def _rewrite(self, edits: Iterable[Edit]) -> "NormalizedText":
        """Apply non-overlapping, ordered edits to the normalized text, keeping the offset map."""
        edits = list(edits)
        if not edits:
            return self
        text = self.text
        if self._starts is None and all(e - s == len(rep) == 1 for s, e, rep in edits):
            chars = list(text)
            for s, _e, rep in edits:
                chars[s] = rep
            return NormalizedText(self.original, "".join(chars), None, None)
        starts = self._starts if self._starts is not None else list(range(len(text)))
        ends = self._ends if self._ends is not None else list(range(1, len(text) + 1))
        out: list[str] = []
        new_starts: list[int] = []
        new_ends: list[int] = []
        pos = 0
        for s, e, rep in edits:
            out.append(text[pos:s])
            new_starts.extend(starts[pos:s])
            new_ends.extend(ends[pos:s])
            o_start = starts[s] if s < len(starts) else len(self.original)
            o_end = ends[e - 1] if e > s else o_start
            out.append(rep)
            new_starts.extend([o_start] * len(rep))
            new_ends.extend([o_end] * len(rep))
            pos = e
        out.append(text[pos:])
        new_starts.extend(starts[pos:])
        new_ends.extend(ends[pos:])
        return NormalizedText(self.original, "".join(out), new_starts, new_ends)

    def _address_words(self) -> "NormalizedText":
        view = self._rewrite((m.start(), m.end(), "@") for m in _AT_WORD_RE.finditer(self.text))
        standin = _STANDIN_RE.search(view.text)
        if standin:
            symbol = standin.group(1)
            pattern = regex.compile(rf"(?<=[a-z0-9_.\-] ?){regex.escape(symbol)}(?= ?[a-z0-9])")
            view = view._rewrite((m.start(), m.end(), "@") for m in pattern.finditer(view.text))
        if "@" in view.text:
            text = view.text
            view = view._rewrite(
                (m.start(), m.end(), ".")
                for m in _DOT_WORD_RE.finditer(text)
                if "@" in text[max(0, m.start() - 80): m.end() + 80]
            )
        return view


_URL_RE = regex.compile(r"(?:https?://|www\.|[a-z]{2,10}://)[!-~]+")


def _fold(original: str) -> NormalizedText:
    folded = original.translate(_FOLD)
    if len(folded) == len(original) and not _RESHAPING_RE.search(original):
        return NormalizedText(original, folded, None, None)
    out: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    fold = _FOLD
    for i, ch in enumerate(original):
        rep = fold.get(ord(ch), ch)
        if rep:
            out.append(rep)
            starts.extend([i] * len(rep))
            ends.extend([i + 1] * len(rep))
        elif ends:
            # A removed character (keycap mark, variation selector) belongs to the one before it,
            # so a finding ending there covers it and masking leaves nothing dangling.
            ends[-1] = i + 1
    return NormalizedText(original, "".join(out), starts, ends)


def _kanji_digit_edits(text: str) -> Iterable[Edit]:
    for run in _KANJI_RUN_RE.finditer(text):
        chunk = run.group()
        digits = sum(1 for ch in chunk if ch.isdigit() or ch in ct.KANJI_DIGITS)
        if digits < 4:
            continue
        base = run.start()
        for i, ch in enumerate(chunk):
            digit = ct.KANJI_DIGITS.get(ch)
            if digit:
                yield base + i, base + i + 1, digit


def _kana_digit_edits(text: str) -> Iterable[Edit]:
    for run in _KANA_RUN_RE.finditer(text):
        readings = list(_KANA_ONE_RE.finditer(text, run.start(), run.end()))
        near_digit = _digit_near(text, run.start(), run.end())
        if len(readings) < _KANA_MIN_RUN and not (near_digit and len(readings) >= 3) and not (
                len(readings) == 3 and "".join(_kana_digit(m.group()) for m in readings) in _MOBILE_PREFIXES
                and _KANA_THREE_RE.search(text, run.end(), run.end() + 16) is not None):
            continue
        if _glued_particle(text, readings[0], before=True):
            readings = readings[1:]
        if readings and _glued_particle(text, readings[-1], before=False):
            readings = readings[:-1]
        for m in readings:
            yield m.start(), m.end(), _kana_digit(m.group())


def _kana_digit(reading: str) -> str:
    digit = ct.KANA_DIGITS.get(reading)
    return digit if digit is not None else ct.KANA_DIGITS[ct.drawn_key(reading, ct.KANA_DIGITS)]


def _emoji_a_edits(original: str, view: "NormalizedText") -> Iterable[Edit]:
    """The emoji A (🅰 🅐) is kept as an enclosed @ (「soyo_kaze🅰️yahoo」), except inside a word drawn in
    emoji letters of its own style (「🅼🅴🅻🅾🅽_🅿🅰🅽」「🅰🅻🅸🅲🅴」): there it is the letter, or the ID breaks
    at it. An @ stands between plain characters; a neighbour in plain ASCII keeps it one."""
    text = view.text
    for i, ch in enumerate(text):
        if ch != "\U0001f170" and ch != "\U0001f150":
            continue
        start, end = view.span(i, i + 1)
        left = _emoji_neighbour(original, start - 1, -1)
        right = _emoji_neighbour(original, end, 1)
        style = ord(ch)
        sides = (left, right)
        if any(c is not None and c.isascii() and c.isalnum() for c in sides):
            continue
        if any(c is not None and style < ord(c) < style + 26 for c in sides):
            yield i, i + 1, "a"


def _emoji_neighbour(original: str, pos: int, step: int) -> str | None:
    """The character next to an emoji A, past variation selectors and an ID's own separators."""
    while 0 <= pos < len(original) and original[pos] in "\ufe0f_.-":
        pos += step
    return original[pos] if 0 <= pos < len(original) else None


def _interleaved_edits(text: str) -> list[Edit]:
    """The symbol repeated between the characters of an identifier, to be taken out by the reader
    (「c🌸o🌸c🌸o🌸a_77」「ke🐸ro🐸pi_55」): twice at least, each time between two characters of an identifier
    and at most a few identifier characters from the next. A symbol once is a separator
    (「taro★example.com」 is the stand-in pass's), and digits alone between symbols are a phone
    number's spacing, read by the phone detector as it is. Once a chain shows the symbol is filler,
    it is taken out wherever it stands between two such characters (「c🌸o ドット j🌸p」) — unless the
    message says it stands for a symbol (「♪をドットに読み替えて」「☆→ドット」): then it is a stand-in."""
    matches = list(_INTERLEAVED_RE.finditer(text))
    filler: set[str] = set()
    for prev, m in zip(matches, matches[1:]):
        if (prev.group(1) == m.group(1) and m.group(1) not in filler
                and _INTERLEAVE_GAP_RE.fullmatch(text, prev.end(), m.start()) is not None
                and _LATIN_RE.search(text, prev.start() - 1, m.end() + 1) is not None
                and not _declared_standin(text, m.group(1))):
            filler.add(m.group(1))
    edits = [(m.start(), m.end(), "") for m in matches if m.group(1) in filler]
    if _DROP_VERB_RE.search(text):
        # kana the message says to take out (「maにゃruにゃko.shop…（にゃは消して読んで）」): a word is
        # filler only on the reader's word, wherever it stands between two identifier characters
        for said in {m.group(1) for m in _DECLARED_FILLER_RE.finditer(text)}:
            pattern = regex.compile(rf"(?<=[a-z0-9_.\-]){regex.escape(said)}(?=[a-z0-9_.\-])")
            edits.extend((m.start(), m.end(), "") for m in pattern.finditer(text))
        edits = sorted(set(edits))
    return edits


def _declared_standin(text: str, symbol: str) -> bool:
    pos = text.find(symbol)
    while pos != -1:
        if _STANDS_FOR_RE.match(text, pos + len(symbol)) is not None:
            return True
        pos = text.find(symbol, pos + 1)
    return False


def _glued_particle(text: str, reading, *, before: bool) -> bool:
    if reading.group() not in _PARTICLE_READINGS:
        return False
    if not before and _FIVE_BEFORE_PARTICLE_RE.match(text, reading.start()):
        return False
    pos = reading.start() - 1 if before else reading.end()
    if not 0 <= pos < len(text):
        return False
    neighbour = text[pos]
    return neighbour.isalpha() and not neighbour.isascii()


def _digit_near(text: str, start: int, end: int) -> bool:
    before = text[max(0, start - 3):start]
    after = text[end:end + 3]
    return any(ch.isdigit() for ch in before + after)


# Six digits, anchored and possessive: one linear pass that stops at the sixth.
_ENOUGH_DIGITS_RE = regex.compile(r"(?:[^0-9]*+[0-9]){%d}" % _HOMOGLYPH_MIN_DIGITS)
_GLYPH_RE = re.compile("[oil|〇○◯]")


def _has_digit_homoglyph_context(norm: str) -> bool:
    return _ENOUGH_DIGITS_RE.match(norm) is not None and _GLYPH_RE.search(norm) is not None


_GLYPH_STRETCH_RE = regex.compile(r"[oil|〇○◯]++")


def _homoglyph_runs(text: str) -> Iterable[tuple[int, str]]:
    """(start, chunk) of each run not followed by a Latin letter, from its first character not
    preceded by one: what ``(?<![a-z])run(?![a-z])`` matched, in one pass over the text."""
    for run in _HOMOGLYPH_RUN_RE.finditer(text):
        start, end = run.span()
        if end < len(text) and _LATIN_RE.match(text, end):
            continue  # every later start of the run reaches the same end
        while start < end and start and _LATIN_RE.match(text, start - 1):
            start += 1  # after o/i/l, or from 「x0…」: the run starts at the next character
            while start < end and text[start] in " -":
                start += 1  # a match starts on a digit or look-alike, never on a separator
        if end - start >= 2:  # two or more digits or look-alikes (the run ends on one)
            yield start, text[start:end]


def _homoglyph_edits(text: str) -> Iterable[Edit]:
    for base, chunk in _homoglyph_runs(text):
        if sum(ch.isdigit() for ch in chunk) < _HOMOGLYPH_MIN_DIGITS:
            continue
        # Three look-alikes in a row are a word ("lol", "oil"); one or two count as digits when
        # they touch a real digit (080O-238-68ll).
        for stretch in _GLYPH_STRETCH_RE.finditer(chunk):
            a, b = stretch.span()
            touches = (a > 0 and chunk[a - 1].isdigit()) or (b < len(chunk) and chunk[b].isdigit())
            if b - a > 2 or not touches:
                continue
            for i in range(a, b):
                yield base + i, base + i + 1, ct.DIGIT_HOMOGLYPHS[chunk[i]]


def normalize(text: str) -> NormalizedText:
    """Public helper: the normalized view of ``text`` (see :class:`NormalizedText`)."""
    return NormalizedText.of(text)
