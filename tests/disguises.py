"""Hypothesis strategies that disguise identifiers the way senders do, composed at random.

An identifier is drawn first (:func:`phone_numbers`), then disguises rewrite its
:class:`Spelling`, one strategy per disguise class (:func:`digit_words`, :func:`group_separators`,
:func:`line_breaks` …); :func:`compose` applies any number of them in order and sets the result in
a carrier sentence (:func:`carriers`). A test asserts that the detector returns the identifier's
value exactly; hypothesis shrinks a failure to the fewest, simplest disguises.

Phone numbers only for now; e-mail and LINE strategies are meant to follow the same shape: a
strategy of :class:`Target` values and strategies of ``Spelling -> Spelling`` functions.
"""
from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Callable

import phonenumbers
import pytest
from hypothesis import strategies as st
from hypothesis.internal.conjecture import providers


@pytest.fixture(scope="module", autouse=True)
def fixed_constant_pool():
    """Hypothesis now and then draws a constant found in the local modules loaded so far, so which
    examples a derandomized test draws depends on the tests that ran before it in the process (and
    on the files collected). Imported into a disguise suite, this keeps the pool empty while the
    suite runs: each test draws the same examples alone, after any other, or in the whole suite."""
    pinned = providers.Constants()
    original = providers._get_local_constants
    providers._get_local_constants = lambda: pinned
    providers.CONSTANTS_CACHE.cache.clear()
    try:
        yield
    finally:
        providers._get_local_constants = original
        providers.CONSTANTS_CACHE.cache.clear()


@dataclass(frozen=True)
class Spelling:
    """How an identifier is written: groups of tokens (a token is one digit, or a word for one),
    the text between tokens of a group and the text between groups."""

    groups: tuple[tuple[str, ...], ...]
    inner: str = ""
    between: tuple[str, ...] = ()  # one per gap between groups; "-" when missing
    prefix: str = ""  # written before the first group: "+81 ", "wa.me/", 「頭に0つけて 」

    def render(self) -> str:
        out = [self.prefix]
        for i, group in enumerate(self.groups):
            if i:
                out.append(self.between[i - 1] if i - 1 < len(self.between) else "-")
            out.append(self.inner.join(group))
        return "".join(out)


@dataclass(frozen=True)
class Target:
    """An identifier to disguise: its plain spelling and the value a detector must return."""

    spelling: Spelling
    value: str


Disguise = Callable[[Spelling], Spelling]

# -- phone numbers ------------------------------------------------------------------------------

# (prefix, group lengths after the prefix): mobile, IP, toll-free, and fixed lines of several
# area-code lengths.
_PHONE_SHAPES = (
    ("090", (4, 4)), ("080", (4, 4)), ("070", (4, 4)), ("050", (4, 4)), ("0120", (3, 3)),
    ("03", (4, 4)), ("06", (4, 4)), ("011", (3, 4)), ("045", (3, 4)), ("0776", (2, 4)),
)


def _valid_jp(digits: str) -> str | None:
    if len(set(digits[-8:])) == 1 or digits.endswith("000000"):
        return None  # placeholders (090-0000-0000) are nobody's number
    number = phonenumbers.parse(digits, "JP")
    if not phonenumbers.is_valid_number(number):
        return None
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


@st.composite
def phone_numbers(draw) -> Target:
    """A random valid Japanese number (mobile, fixed, 050, 0120), validated with phonenumbers."""
    prefix, lengths = draw(st.sampled_from(_PHONE_SHAPES))
    groups = [prefix] + [draw(st.text("0123456789", min_size=n, max_size=n)) for n in lengths]
    value = _valid_jp("".join(groups))
    if value is None:
        return draw(phone_numbers())  # rare: a block no carrier has assigned
    return Target(Spelling(tuple(tuple(g) for g in groups)), value)


# -- digit words -------------------------------------------------------------------------------

# Each script is a family of spellings per digit; a number is written in one family, digit by
# digit, so families whose words are ambiguous together (Korean イ / Japanese) never mix.
_HIRAGANA = {
    "0": ("ぜろ", "まる", "れい", "おー"), "1": ("いち",), "2": ("に", "にー", "にい"),
    "3": ("さん",), "4": ("よん",), "5": ("ご", "ごー", "ごう"), "6": ("ろく",),
    "7": ("なな",), "8": ("はち",), "9": ("きゅう", "きゅー"),
}
def _katakana(word: str) -> str:
    return "".join(chr(ord(c) + 0x60) if "ぁ" <= c <= "ゖ" else c for c in word)


_KATAKANA = {d: tuple(_katakana(w) for w in ws) for d, ws in _HIRAGANA.items()}
_HALF_WIDTH = {
    "ゼ": "ｾﾞ", "ロ": "ﾛ", "マ": "ﾏ", "ル": "ﾙ", "レ": "ﾚ", "イ": "ｲ", "オ": "ｵ", "ー": "ｰ", "チ": "ﾁ",
    "ニ": "ﾆ", "サ": "ｻ", "ン": "ﾝ", "ヨ": "ﾖ", "ゴ": "ｺﾞ", "ウ": "ｳ", "ク": "ｸ", "ナ": "ﾅ", "ハ": "ﾊ",
    "キ": "ｷ", "ュ": "ｭ",
}
_KANJI = {"0": ("〇", "零"), "1": ("一",), "2": ("二",), "3": ("三",), "4": ("四",), "5": ("五",),
          "6": ("六",), "7": ("七",), "8": ("八",), "9": ("九",)}
_DAIJI = {"0": ("零",), "1": ("壱",), "2": ("弐",), "3": ("参",), "4": ("肆",), "5": ("伍",),
          "6": ("陸",), "7": ("漆",), "8": ("捌",), "9": ("玖",)}
_FULL_WIDTH = {d: (chr(ord("０") + int(d)),) for d in "0123456789"}
_ENGLISH = {"0": ("zero", "oh", "o"), "1": ("one",), "2": ("two",), "3": ("three",), "4": ("four",),
            "5": ("five",), "6": ("six",), "7": ("seven",), "8": ("eight",), "9": ("nine",)}
_PINYIN = {"0": ("ling",), "1": ("yi", "yao"), "2": ("er",), "3": ("san",), "4": ("si",), "5": ("wu",),
           "6": ("liu",), "7": ("qi",), "8": ("ba",), "9": ("jiu",)}
# Vietnamese, with and without diacritics (「không chín không」「khong chin khong」)
_VIETNAMESE = {"0": ("không", "khong", "KHÔNG"), "1": ("một", "mot"), "2": ("hai",), "3": ("ba",), "4": ("bốn", "bon"),
               "5": ("năm", "nam"), "6": ("sáu", "sau"), "7": ("bảy", "bay"), "8": ("tám", "tam"),
               "9": ("chín", "chin")}
_HANGUL = {"0": ("공", "영"), "1": ("일",), "2": ("이",), "3": ("삼",), "4": ("사",), "5": ("오",),
           "6": ("육",), "7": ("칠",), "8": ("팔",), "9": ("구",)}
_KOREAN_KATAKANA = {"0": ("コン",), "1": ("イル",), "2": ("イ",), "3": ("サム",), "4": ("サ",),
                    "5": ("オ", "オー"), "6": ("ユク",), "7": ("チル",), "8": ("パル",), "9": ("ク",)}

# Families whose words may be mixed with plain digits and with each other in one number
# (「まる9まる ろく3ご2」), and families written alone with spaces between words.
# English read out in katakana (「オーナインオー、フォーフォーセブンワン」)
_KATAKANA_ENGLISH = {"0": ("ゼロ", "オー"), "1": ("ワン",), "2": ("ツー",), "3": ("スリー",), "4": ("フォー",),
                     "5": ("ファイブ",), "6": ("シックス",), "7": ("セブン",), "8": ("エイト",), "9": ("ナイン",)}
_JAPANESE_FAMILIES = {"hiragana": _HIRAGANA, "katakana": _KATAKANA, "kanji": _KANJI, "daiji": _DAIJI,
                      "full_width": _FULL_WIDTH, "katakana_english": _KATAKANA_ENGLISH}
_SPACED_FAMILIES = {"english": _ENGLISH, "pinyin": _PINYIN, "vietnamese": _VIETNAMESE}
_GLUED_FAMILIES = {"hangul": _HANGUL, "korean_katakana": _KOREAN_KATAKANA}


def _half_width(word: str) -> str:
    return "".join(_HALF_WIDTH.get(c, c) for c in word)


def _tokens(spelling: Spelling) -> list[str]:
    return [t for g in spelling.groups for t in g]


def _regroup(spelling: Spelling, tokens: list[str], **changes) -> Spelling:
    groups, k = [], 0
    for g in spelling.groups:
        groups.append(tuple(tokens[k:k + len(g)]))
        k += len(g)
    return replace(spelling, groups=tuple(groups), **changes)


@st.composite
def _japanese_words(draw) -> Disguise:
    """Kana, kanji or 大字 readings, for every digit or mixed with digits; half-width katakana."""
    family = draw(st.sampled_from(sorted(_JAPANESE_FAMILIES)))
    table = _JAPANESE_FAMILIES[family]
    mixed = draw(st.booleans())
    half = family == "katakana" and draw(st.booleans())
    seed = draw(st.randoms(use_true_random=False))

    def disguise(spelling: Spelling) -> Spelling:
        tokens = []
        for d in _tokens(spelling):
            if not d.isdigit() or (mixed and seed.random() < 0.4):
                tokens.append(d)
                continue
            word = seed.choice(table[d])
            tokens.append(_half_width(word) if half else word)
        return _regroup(spelling, tokens)

    return disguise


@st.composite
def _spaced_words(draw) -> Disguise:
    """English (zero/oh/o, "double-two"), pinyin or Vietnamese, a word per digit, spaced or hyphenated."""
    family = draw(st.sampled_from(sorted(_SPACED_FAMILIES)))
    table = _SPACED_FAMILIES[family]
    inner = draw(st.sampled_from([" ", "-", " "]))
    doubles = family == "english" and draw(st.booleans())
    seed = draw(st.randoms(use_true_random=False))

    def disguise(spelling: Spelling) -> Spelling:
        groups = []
        for g in spelling.groups:
            words, i = [], 0
            while i < len(g):
                if doubles and i + 1 < len(g) and g[i] == g[i + 1]:
                    words.append(f"double{seed.choice(['-', ' '])}{seed.choice(table[g[i]])}")
                    i += 2
                    continue
                words.append(seed.choice(table[g[i]]))
                i += 1
            groups.append(tuple(words))
        between = tuple(seed.choice([", ", " ", " - ", "、"]) for _ in spelling.groups[1:])
        return replace(spelling, groups=tuple(groups), inner=inner, between=between)

    return disguise


@st.composite
def _korean_words(draw) -> Disguise:
    """Sino-Korean digits in hangul or in their katakana readings."""
    family = draw(st.sampled_from(sorted(_GLUED_FAMILIES)))
    table = _GLUED_FAMILIES[family]
    seed = draw(st.randoms(use_true_random=False))
    inner = "、" if family == "korean_katakana" and draw(st.booleans()) else ""

    def disguise(spelling: Spelling) -> Spelling:
        digits = _tokens(spelling)
        # イ サ オ ク alone read as Japanese: katakana needs a word only Korean has (コン, イル …)
        use = table if any(d in "013678" for d in digits) else _HANGUL
        tokens = [seed.choice(use[d]) for d in digits]
        return _regroup(spelling, tokens, inner=inner)

    return disguise


@st.composite
def english_mixed_words(draw) -> Disguise:
    """「0 eight 0 / 7 seven 3 2」: English words for some digits, the others typed as digits, spaced."""
    seed = draw(st.randoms(use_true_random=False))

    def disguise(spelling: Spelling) -> Spelling:
        groups = []
        for g in spelling.groups:
            words = [seed.choice(_ENGLISH[d][:1] if d == "0" else _ENGLISH[d]) if seed.random() < 0.5 else d for d in g]
            if all(w.isdigit() for w in words):  # a word in every group
                i = seed.randrange(len(words))
                words[i] = _ENGLISH[g[i]][0]
            groups.append(tuple(words))
        between = tuple(seed.choice([" / ", ", ", " - ", " "]) for _ in spelling.groups[1:])
        return replace(spelling, groups=tuple(groups), inner=" ", between=between)

    return disguise


# -- digits in every script (issue #13 §2) ------------------------------------------------------
# Readings of the radio (「まる ひと ふた さん」 on sites, in the forces and on air) and of the old count
# (「ひと ふた み よ いつ む なな や ここ」): a number is read one way or the other.
_RADIO = {"0": ("まる",), "1": ("ひと",), "2": ("ふた",), "3": ("さん",), "4": ("よん",), "5": ("ご",),
          "6": ("ろく",), "7": ("なな",), "8": ("はち",), "9": ("きゅう",)}
_OLD_COUNT = {**_RADIO, "3": ("み",), "4": ("よ",), "5": ("いつ",), "6": ("む",), "8": ("や",), "9": ("ここ",)}
# Readings drawn out or cut short the way they are typed (「ゼーロ」「ごお」「にぃ」「きゅぅ」「なな〜」).
_DRAWN = {"0": ("ぜーろ", "ぜろぉ", "まーる"), "1": ("いーち", "いちぃ"), "2": ("にー", "にぃ", "にい"),
          "3": ("さーん",), "4": ("よーん",), "5": ("ごー", "ごお", "ごぉ"), "6": ("ろーく",),
          "7": ("なーな", "なな〜"), "8": ("はーち",), "9": ("きゅー", "きゅぅ")}
_ROMAJI = {"0": ("zero", "rei", "maru"), "1": ("ichi",), "2": ("ni",), "3": ("san",), "4": ("yon", "shi"),
           "5": ("go",), "6": ("roku",), "7": ("nana", "shichi"), "8": ("hachi",), "9": ("kyuu", "kyu")}
# Decimal digits of other scripts (Unicode Nd) and drawn ones (mathematical, superscript, full width).
_SCRIPT_ZEROS = {"arabic_indic": 0x660, "persian": 0x6F0, "devanagari": 0x966, "bengali": 0x9E6,
                 "thai": 0xE50, "lao": 0xED0, "myanmar": 0x1040, "khmer": 0x17E0, "tamil": 0xBE6,
                 "math_bold": 0x1D7CE, "double_struck": 0x1D7D8, "monospace": 0x1D7F6, "full_width": 0xFF10}
_SUPERSCRIPT = "⁰¹²³⁴⁵⁶⁷⁸⁹"
# Enclosed digits: circled, negative circled, dingbat, double circled, keycap, with a full stop.
_ENCLOSED = {"0": ("⓪", "⓿", "0️⃣", "🄀"), "1": ("①", "❶", "➀", "➊", "⓵", "1️⃣", "⒈"),
             **{str(d): (chr(0x2460 + d - 1), chr(0x2776 + d - 1), chr(0x2780 + d - 1), chr(0x278A + d - 1),
                         chr(0x24F5 + d - 1), f"{d}\ufe0f\u20e3", chr(0x2488 + d - 1)) for d in range(2, 10)}}
_MIXABLE = {"hiragana": _HIRAGANA, "katakana": _KATAKANA, "kanji": _KANJI, "daiji": _DAIJI,
            "radio": _RADIO, "drawn": _DRAWN, "enclosed": _ENCLOSED,
            "digits": {d: (d,) for d in "0123456789"}}


def _script_digit(zero: int, d: str) -> str:
    return chr(zero + int(d))


@st.composite
def script_digits(draw) -> Disguise:
    """Decimal digits of another script, superscripts or enclosed digits: one script for the number,
    or one drawn per group."""
    names = sorted(_SCRIPT_ZEROS) + ["superscript", "enclosed"]
    per_group = draw(st.booleans())
    seed = draw(st.randoms(use_true_random=False))
    first = draw(st.sampled_from(names))

    def write(name: str, d: str) -> str:
        if name == "superscript":
            return _SUPERSCRIPT[int(d)]
        if name == "enclosed":
            return seed.choice(_ENCLOSED[d])
        return _script_digit(_SCRIPT_ZEROS[name], d)

    def disguise(spelling: Spelling) -> Spelling:
        groups = []
        for g in spelling.groups:
            name = seed.choice(names) if per_group else first
            groups.append(tuple(write(name, d) if d.isdigit() and d.isascii() else d for d in g))
        return replace(spelling, groups=tuple(groups))

    return disguise


@st.composite
def mixed_scripts(draw) -> Disguise:
    """Japanese readings of several scripts in one number (「まる9〇 ひとふた参4 ごーロク七はち」): a
    script drawn per digit or per group, among kana, kanji, 大字, the count, drawn-out kana,
    enclosed digits and typed digits; groups set apart by a space."""
    per_digit = draw(st.booleans())
    seed = draw(st.randoms(use_true_random=False))
    names = sorted(_MIXABLE)

    def disguise(spelling: Spelling) -> Spelling:
        groups = []
        for g in spelling.groups:
            name = seed.choice(names)
            tokens = []
            for d in g:
                table = _MIXABLE[seed.choice(names) if per_digit else name]
                tokens.append(seed.choice(table[d]))
            groups.append(tuple(tokens))
        return replace(spelling, groups=tuple(groups), between=tuple(" " for _ in spelling.groups[1:]))

    return disguise


@st.composite
def counting_words(draw) -> Disguise:
    """The count and the radio (「まるはちまる ひとふたさんよん …」), in hiragana or katakana."""
    katakana = draw(st.booleans())
    table = draw(st.sampled_from([_RADIO, _OLD_COUNT]))
    seed = draw(st.randoms(use_true_random=False))

    def disguise(spelling: Spelling) -> Spelling:
        tokens = []
        for d in _tokens(spelling):
            word = seed.choice(table[d])
            tokens.append(_katakana(word) if katakana else word)
        return _regroup(spelling, tokens)

    return disguise


@st.composite
def romaji_words(draw) -> Disguise:
    """Japanese readings in romaji, a word per digit (「zero kyuu zero no ichi ni …」)."""
    seed = draw(st.randoms(use_true_random=False))
    between = draw(st.sampled_from([" ", ", ", " no ", " - "]))

    def disguise(spelling: Spelling) -> Spelling:
        groups = tuple(tuple(seed.choice(_ROMAJI[d]) for d in g) for g in spelling.groups)
        return replace(spelling, groups=groups, inner=" ", between=tuple(between for _ in groups[1:]))

    return disguise


@st.composite
def drawn_words(draw) -> Disguise:
    """Kana readings drawn out (「ぜーろ きゅー ぜーろ」「ごお」「にぃ」), hiragana or katakana."""
    katakana = draw(st.booleans())
    seed = draw(st.randoms(use_true_random=False))

    def disguise(spelling: Spelling) -> Spelling:
        tokens = []
        for d in _tokens(spelling):
            word = seed.choice(_DRAWN[d] + _HIRAGANA[d][:1])
            tokens.append(_katakana(word) if katakana else word)
        return _regroup(spelling, tokens)

    return disguise


def every_script() -> st.SearchStrategy[Disguise]:
    """Any one of the script disguises above."""
    return st.one_of(script_digits(), mixed_scripts(), counting_words(), romaji_words(), drawn_words())


def digit_words() -> st.SearchStrategy[Disguise]:
    """Digits as words: Japanese scripts (mixed with digits or not), English, pinyin, Korean."""
    return st.one_of(_japanese_words(), _spaced_words(), _korean_words())


# -- separators and layout ---------------------------------------------------------------------

_GROUP_SEPARATORS = (
    "-", " ", "　", "と", "ハイフン", " (の) ", "(スペース)", "の", "、", " -ー- ", "…", "／", "/", ".",
    "・", " の ", "ー", "~", " / ", "、 ", "→",
    "、と、", " と、", " — ",  # a joining word set off by list punctuation; a dash set off by spaces
)


@st.composite
def group_separators(draw) -> Disguise:
    """Punctuation that is not a dash, or words, between the groups (「090と2276と4815」)."""
    sep = draw(st.sampled_from(_GROUP_SEPARATORS))

    def disguise(spelling: Spelling) -> Spelling:
        return replace(spelling, between=tuple(sep for _ in spelling.groups[1:]))

    return disguise


@st.composite
def line_breaks(draw) -> Disguise:
    """A line break after one of the groups (kept with whatever separator was there)."""
    gap = draw(st.integers(0, 1))

    def disguise(spelling: Spelling) -> Spelling:
        if len(spelling.groups) < 3:
            return spelling  # a link: one group
        between = list(spelling.between) or ["-"] * (len(spelling.groups) - 1)
        between[gap] = between[gap].rstrip() + "\n"
        return replace(spelling, between=tuple(between))

    return disguise


@st.composite
def digit_spacing(draw) -> Disguise:
    """A space between the digits of every group (「0 9 0」), where the words have none."""
    inner = draw(st.sampled_from([" ", ""]))

    def disguise(spelling: Spelling) -> Spelling:
        return spelling if spelling.inner else replace(spelling, inner=inner)

    return disguise


# -- groups given in clauses (issue #13) -------------------------------------------------------
# Applied to the plain groups first (their digits kept as digits: a clause holds a group of its
# own, read out or not by the disguises after it). Each class is wording people use, several ways.

_FIRST_NAMES = ("最初は", "頭は", "はじめが", "一つ目は", "先頭は", "上は", "前半は")
_MIDDLE_NAMES = ("真ん中は", "まんなかが", "2つ目が", "中は", "その間が")
_LAST_NAMES = ("最後は", "残りは", "ラストは", "おしりが", "末尾が", "3つ目は", "後半は")


@st.composite
def clauses_by_position(draw) -> Disguise:
    """Each group in a clause that names its position, the clauses in any order
    (「最後は5678、最初は090、真ん中が1234」)."""
    names = (draw(st.sampled_from(_FIRST_NAMES)), draw(st.sampled_from(_MIDDLE_NAMES)),
             draw(st.sampled_from(_LAST_NAMES)))
    order = draw(st.permutations([0, 1, 2]))
    comma = draw(st.sampled_from(["、", "。", " / ", "、\n"]))

    def disguise(spelling: Spelling) -> Spelling:
        if len(spelling.groups) != 3:
            return spelling
        groups = tuple(spelling.groups[i] for i in order)
        between = tuple(comma + names[i] for i in order[1:])
        return replace(spelling, groups=groups, between=between, prefix=spelling.prefix + names[order[0]])

    return disguise


_FRAMES = ("🍓", "⭐️", "✨", "📞")
_TOLD_WHAT = ("私の誕生日で", "部屋番号と同じで", "ゴロ合わせの", "いつもの")


@st.composite
def framed_clauses_by_position(draw) -> Disguise:
    """Clauses by position (any order) whose groups are framed with an emoji (「頭は🍓080🍓」) or
    told what they are between the name and the group (「次の4つは私の誕生日で1219」)."""
    by_position = draw(clauses_by_position())
    frame = draw(st.sampled_from(_FRAMES))
    told = draw(st.lists(st.one_of(st.none(), st.sampled_from(_TOLD_WHAT)), min_size=3, max_size=3))
    framed = draw(st.booleans())

    def disguise(spelling: Spelling) -> Spelling:
        if len(spelling.groups) != 3:
            return spelling
        spelling = by_position(spelling)
        if framed:
            between = tuple(f"{frame}{b}{frame}" for b in spelling.between)
            return replace(spelling, between=between, prefix=spelling.prefix + frame)
        between = tuple(b + (t or "") for b, t in zip(spelling.between, told[1:]))
        return replace(spelling, between=between, prefix=spelling.prefix + (told[0] or ""))

    return disguise


_NAMED_AFTER = (("が最初", "が真ん中", "が最後"), ("は頭", "は中", "はお尻"), ("（上）", "（中）", "（下）"),
                ("って最初", "って次", "ってラスト"))
_NAMED_AFTER_ENDS = ("、", "で、", "。", " ")


@st.composite
def clauses_named_after(draw) -> Disguise:
    """Each group named by its position after it, the groups in any order (「2290が最後で、090が最初、
    4471が真ん中」「2290（下）090（上）4471（中）」)."""
    names = draw(st.sampled_from(_NAMED_AFTER))
    order = draw(st.permutations([0, 1, 2]))
    end = draw(st.sampled_from(_NAMED_AFTER_ENDS))

    def disguise(spelling: Spelling) -> Spelling:
        if len(spelling.groups) != 3:
            return spelling
        groups = tuple(spelling.groups[i] for i in order)
        between = tuple(names[i] + ("" if names[i].endswith("）") else end) for i in order[:2])
        last = names[order[2]]
        return replace(spelling, groups=groups[:2] + (groups[2] + tuple(last),), between=between)

    return disguise


# Joiners for the two gaps: particles and sequence words, no position word needed.
_SEQUENCES = (
    ("は", "で、その後"), ("、それから", "、それから"), ("で始まって、あとは4桁ずつ ", " と "), ("、次に", "、最後に"),
    ("で、えっと、", "で、それから"), ("と、", "と、"), ("、その後", "、続いて"), ("から始まって、次が", "、残り"),
    ("です。つぎ は ", "。さいご は "),
)


@st.composite
def _between_groups(draw, table) -> Disguise:
    """A three-group number with one (after the first, after the second) pair of words from
    ``table`` between its groups; other numbers are left as they are."""
    first, second = draw(st.sampled_from(table))

    def disguise(spelling: Spelling) -> Spelling:
        if len(spelling.groups) != 3:
            return spelling
        return replace(spelling, between=(first, second))

    return disguise


def clause_joiners() -> st.SearchStrategy[Disguise]:
    """The groups in order, handed over by particles, sequence words and fillers
    (「080は9361で、その後3374」「090で始まって、あとは4桁ずつ 5521 と 3087」)."""
    return _between_groups(_SEQUENCES)


_CORRECTIONS = ("じゃなくて", "…いや、", "ではなく", " 間違えた、", "、いや ")


@st.composite
def self_correction(draw) -> Disguise:
    """A wrong group said and taken back before the right one (「5678ではなく5679」「2…いや、2815」);
    apply after the joiners, before words (the wrong group stays in digits)."""
    marker = draw(st.sampled_from(_CORRECTIONS))
    which = draw(st.integers(1, 2))
    shift = draw(st.integers(1, 9))

    def disguise(spelling: Spelling) -> Spelling:
        if len(spelling.groups) != 3 or not all(t.isdigit() for t in spelling.groups[which]):
            return spelling
        wrong = "".join(str((int(d) + shift) % 10) for d in spelling.groups[which])
        between = list(spelling.between) or ["-", "-"]
        between[which - 1] = between[which - 1] + wrong + marker
        return replace(spelling, between=tuple(between))

    return disguise


_REVERSAL_CUES = (
    ("区切りごとに後ろから並べてね: ", "groups"), ("ブロックごとに逆順です→ ", "groups"),
    ("逆から読んでね ", "digits"), ("さかさまに書いとく: ", "digits"),
)


@st.composite
def reversed_with_cue(draw) -> Disguise:
    """The groups, or all the digits, in the other order, with words that say so; digits as typed,
    so apply it alone or before separators."""
    cue, how = draw(st.sampled_from(_REVERSAL_CUES))

    def disguise(spelling: Spelling) -> Spelling:
        if how == "groups":
            reordered = replace(spelling, groups=tuple(reversed(spelling.groups)), prefix=cue)
        else:
            reordered = Spelling((tuple(reversed(_tokens(spelling))),), prefix=cue)
        # (read forward, a reversal that opens with 0 may be another valid number: no test of a reading)
        return spelling if _tokens(reordered)[0] == "0" else reordered

    return disguise


# -- international form, links, a dropped trunk 0 --------------------------------------------------

def _drop_trunk_zero(spelling: Spelling) -> Spelling:
    first = spelling.groups[0]
    return replace(spelling, groups=(first[1:],) + spelling.groups[1:])


@st.composite
def international_form(draw) -> Disguise:
    """「+81 90-1234-5678」「(+81) 90 …」: the country code instead of the trunk 0."""
    prefix = draw(st.sampled_from(["+81 ", "+81-", "+81", "(+81) ", "＋８１ "]))

    def disguise(spelling: Spelling) -> Spelling:
        return replace(_drop_trunk_zero(spelling), prefix=prefix)

    return disguise


@st.composite
def links(draw) -> Disguise:
    """A link that opens a chat, a call or a text: wa.me/8190…, tel:+81…, sms:090…; digits as
    typed (a link holds no words), so apply it before other disguises or alone."""
    form = draw(st.sampled_from(["wa.me/81", "https://wa.me/81", "tel:+81", "sms:+81", "tel:0", "sms:0",
                                 "https://api.whatsapp.com/send?phone=81"]))

    def disguise(spelling: Spelling) -> Spelling:
        digits = "".join(_tokens(spelling))[1:]  # without the trunk 0
        return Spelling((tuple(digits),), prefix=form)

    return disguise


@st.composite
def dropped_zero(draw) -> Disguise:
    """「頭に0つけて 80-5529-1147」: the trunk 0 left off, the reader told to add it."""
    prefix = draw(st.sampled_from(["頭に0つけて ", "先頭に0を付けてね→", "最初に0つけてください: ", "頭にゼロ足して "]))

    def disguise(spelling: Spelling) -> Spelling:
        return replace(_drop_trunk_zero(spelling), prefix=prefix)

    return disguise


def number_forms() -> st.SearchStrategy[Disguise]:
    """How the number as a whole is given, words allowed after: international form, a dropped 0."""
    return st.one_of(international_form(), dropped_zero())


# -- carriers ----------------------------------------------------------------------------------

_CARRIERS = (
    "{}", "電話番号は{}です", "急ぎなら{}まで電話ください", "{}\nここにかけて〜", "ばんごう→{}",
    "連絡先: {}\nよろしくです", "念のため {} に電話してね", "携帯 {} ショートメールでもOK",
    "my number is {} call me", "夜なら出れます。{}", "でんわ {} です！", "{} ←番号です",
)


# In code, where a comment says the number is the writer's own (a literal in code is otherwise
# test data): 「CONTACT_TEL = "080-…"  # 自分の携帯です」
_CODE_CARRIERS = (
    '```\nCONTACT_TEL = "{}"  # 自分の携帯です、障害時はここに\n```',
    'const ONCALL = "{}"; // my own cell, call if the deploy breaks',
    '定数です\n```\nTEL = "{}"  # 担当の携帯番号\n```',
)


def code_carriers() -> st.SearchStrategy[str]:
    return st.sampled_from(_CODE_CARRIERS)


def carriers() -> st.SearchStrategy[str]:
    """A sentence with one ``{}`` where the identifier goes."""
    return st.sampled_from(_CARRIERS)


def compose(target: st.SearchStrategy[Target], *disguises: st.SearchStrategy[Disguise],
            carrier: st.SearchStrategy[str] | None = None) -> st.SearchStrategy[tuple[str, str]]:
    """``(text, value)``: a drawn identifier, each disguise class drawn and applied in order (a
    class may be drawn as "not applied" by passing ``st.none()`` in a ``one_of``), set in a
    carrier sentence."""
    carrier = carriers() if carrier is None else carrier

    @st.composite
    def build(draw):
        t = draw(target)
        spelling = t.spelling
        for strategy in disguises:
            disguise = draw(strategy)
            if disguise is not None:
                spelling = disguise(spelling)
        return draw(carrier).format(spelling.render()), t.value

    return build()


def maybe(strategy: st.SearchStrategy[Disguise]) -> st.SearchStrategy[Disguise | None]:
    """A disguise class that may or may not be applied."""
    return st.one_of(st.none(), strategy)


# -- phone numbers as blind round 6 wrote them ---------------------------------------------------
_SENTENCE_ENDS = (("です。", "。"), ("です！", "！"), ("。", "。"), ("だよ。", "。"), ("です。", "です。"), ("です、", "です、"),
                  ("だよ。", "だよ。"))


def groups_as_sentences() -> st.SearchStrategy[Disguise]:
    """Each group a sentence of its own (「090です。4882。6130。」)."""
    return _between_groups(_SENTENCE_ENDS)


_MASKS = ("****", "＊＊＊＊", "●●●●", "××××")  # (「090-xxxx-…」 is a placeholder's shape)
_MASK_THEN = ("って伏せたけど、真ん中は", "で載せてたけど、真ん中は", "（伏せ字）…まんなかは")


@st.composite
def masked_then_named(draw) -> Disguise:
    """The middle group masked, then given by its position (「080-****-1578って伏せたけど、真ん中は9326ね」)."""
    mask, then = draw(st.sampled_from(_MASKS)), draw(st.sampled_from(_MASK_THEN))

    def disguise(spelling: Spelling) -> Spelling:
        if len(spelling.groups) != 3 or len(spelling.groups[1]) not in (3, 4):
            return spelling
        g0, g1, g2 = spelling.groups
        return replace(spelling, groups=(g0, g2, g1), between=("-" + mask[:len(g1)] + "-", then))

    return disguise


_AREA_CODE_SAID = (("市外局番は", "で、番号は", "の"), ("市外局番が", "、番号は", "-"), ("市外局番は", "です。番号は", "の"))


@st.composite
def area_code_apart(draw) -> Disguise:
    """A fixed line's area code named, then 「番号は」 for the rest (「市外局番は0942で、番号は33の1875」);
    mobile numbers have no area code and are left as they are."""
    before, then, between = draw(st.sampled_from(_AREA_CODE_SAID))

    def disguise(spelling: Spelling) -> Spelling:
        if len(spelling.groups) != 3 or "".join(spelling.groups[0]) in ("090", "080", "070", "050", "0120"):
            return spelling
        return replace(spelling, between=(then, between), prefix=spelling.prefix + before)

    return disguise


_CONTINUED = (("の人です笑 続きは", "、"), ("です。続きは", " "), ("から始まるよ、つづきは", "の"), ("ね！続きが", "、"))


def continued_after_talk() -> st.SearchStrategy[Disguise]:
    """The first group, short talk, then 「続きは」 and the rest (「080の人です笑 続きは6819、0527」)."""
    return _between_groups(_CONTINUED)


# -- number readings inside clause-split groups (issue #13 §2, composed) -------------------------
# The readings rewrite the groups' digits only and keep the clause words between them: a word
# disguise that also reset ``between`` (as :func:`_spaced_words` does) would erase the clauses.

@st.composite
def readings_in_clauses(draw) -> Disguise:
    """The digits of clause-split groups read out: kana in any script with long vowels and casual
    zeros, kanji or 大字, full width (each alone or mixed with digits), or English words; the clause
    words (「最初は」「、次に」「じゃなくて」) stay where they are."""
    family = draw(st.sampled_from(sorted(_JAPANESE_FAMILIES) + ["english"]))
    seed = draw(st.randoms(use_true_random=False))
    if family == "english":
        def disguise(spelling: Spelling) -> Spelling:
            groups = tuple(tuple(seed.choice(_ENGLISH[d]) if d.isdigit() else d for d in g) for g in spelling.groups)
            between = tuple(f" {b.strip()} " for b in spelling.between)
            prefix = spelling.prefix + " " if spelling.prefix else ""
            return replace(spelling, groups=groups, inner=" ", between=between, prefix=prefix)

        return disguise
    return _reading(family, draw, seed)


# One-kana hiragana readings between typed digits read as particles to anyone (「9に97」「3ご5」):
# mixed with digits, 2 and 5 are written with their long vowel (「9にい97」), as people do to be read.
_PARTICLE_LIKE = frozenset("にごしく")


def _reading(family: str, draw, seed) -> Disguise:
    table = _JAPANESE_FAMILIES[family]
    mixed = draw(st.booleans())
    half = family == "katakana" and draw(st.booleans())

    def disguise(spelling: Spelling) -> Spelling:
        # a group handed over by a word that ends glued to it (「その後」「、次に」): its first digit read
        # as one particle-like kana is that word's particle to anyone (「その後にぜろぜろ」 is 「00」,
        # not 「200」), so people write it long there too (「その後にいぜろぜろ」)
        glued, k = set(), 0
        for i, g in enumerate(spelling.groups):
            if i and i - 1 < len(spelling.between) and spelling.between[i - 1][-1:].isalpha():
                glued.add(k)
            k += len(g)
        tokens = []
        for k, d in enumerate(_tokens(spelling)):
            if not d.isdigit() or (mixed and seed.random() < 0.4):
                tokens.append(d)
                continue
            words = [w for w in table[d] if not (mixed or k in glued) or w not in _PARTICLE_LIKE] or list(table[d])
            word = seed.choice(words)
            tokens.append(_half_width(word) if half else word)
        return _regroup(spelling, tokens)

    return disguise


def clause_splits() -> st.SearchStrategy[Disguise]:
    """Groups named by position in any order, or handed over by particles and sequence words."""
    return st.one_of(clauses_by_position(), clause_joiners())


# -- a mobile number told in goro (語呂合わせ) -------------------------------------------------------
# A kana per digit, the one its reading starts with (ヨロシク 4649), or a usual reading now and
# then (サンキュー); the trunk in digits or read out; the groups set apart by punctuation.
_GORO = {"0": ("オ", "レ", "ゼロ", "マル"), "1": ("イ", "ヒ", "イチ"), "2": ("ニ", "フ"), "3": ("ミ", "サ", "サン"),
         "4": ("ヨ", "シ"), "5": ("ゴ", "コ"), "6": ("ロ", "ム"), "7": ("ナ",), "8": ("ハ", "ヤ", "パ"),
         "9": ("ク", "キュー")}
_GORO_TRUNKS = {"0": ("ゼロ", "オー", "レー", "マル"), "5": ("ゴー",), "7": ("ナナ",), "8": ("ハチ",), "9": ("キュー", "キュウ")}
_GORO_GAPS = ("、", " ", "・", "、の、", " / ", "☎", "！")
_GORO_CARRIERS = ("電話番号は語呂で覚えてね、{}", "{}、覚えやすいっしょ？電話待ってます", "番号はね、{}！ かけてね〜",
                  "ゴロで覚えて→ {} 夜ならつながります", "携帯 {}（語呂合わせ）")


def mobile_numbers() -> st.SearchStrategy[Target]:
    return phone_numbers().filter(lambda t: "".join(t.spelling.groups[0]) in ("050", "070", "080", "090"))


def goro_carriers() -> st.SearchStrategy[str]:
    return st.sampled_from(_GORO_CARRIERS)


@st.composite
def goro_groups(draw) -> Disguise:
    """The groups after the trunk in goro kana, katakana or hiragana; the trunk typed or read out."""
    seed = draw(st.randoms(use_true_random=False))
    hiragana = draw(st.booleans())
    trunk_read = draw(st.booleans())
    gaps = draw(st.lists(st.sampled_from(_GORO_GAPS), min_size=2, max_size=2))

    def kana(word: str) -> str:
        return "".join(chr(ord(c) - 0x60) if "ァ" <= c <= "ヶ" else c for c in word) if hiragana else word

    def disguise(spelling: Spelling) -> Spelling:
        trunk, *rest = spelling.groups
        if trunk_read:
            trunk = tuple(kana(seed.choice(_GORO_TRUNKS[d])) for d in trunk)
        groups = (trunk,) + tuple(tuple(kana(seed.choice(_GORO[d])) for d in g) for g in rest)
        return replace(spelling, groups=groups, inner="", between=tuple(gaps))

    return disguise


# -- numbers dialled at home abroad, the country named -------------------------------------------
# (region, national mobile prefix, digits after it, names of the country in several languages)
_FOREIGN_MOBILES = (
    ("KR", "010", 8, ("韓国", "한국", "Korea", "かんこく")),
    ("CN", "139", 8, ("中国", "China", "中國")),
    ("TW", "0912", 6, ("台湾", "Taiwan", "台灣")),
    ("VN", "091", 7, ("ベトナム", "Vietnam", "Việt Nam")),
    ("PH", "0917", 7, ("フィリピン", "Philippine", "Pilipinas")),
    ("BR", "11 9", 8, ("ブラジル", "Brasil", "Brazil")),
    ("NP", "984", 7, ("ネパール", "Nepal")),
    ("ID", "0812", 8, ("インドネシア", "Indonesia")),
)


@st.composite
def foreign_mobile_numbers(draw) -> tuple[Target, str]:
    """A valid mobile number of another country in its national form (no "+", no country code),
    validated with phonenumbers, and a name of that country."""
    region, prefix, n, names = draw(st.sampled_from(_FOREIGN_MOBILES))
    rest = draw(st.text("0123456789", min_size=n, max_size=n))
    digits = prefix.replace(" ", "") + rest
    number = phonenumbers.parse(digits, region)
    if not phonenumbers.is_valid_number(number) or len(set(rest)) == 1:
        return draw(foreign_mobile_numbers())
    value = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
    cut = len(prefix.replace(" ", ""))
    groups = (tuple(digits[:cut]), tuple(rest[: n // 2]), tuple(rest[n // 2:]))
    return Target(Spelling(groups), value), draw(st.sampled_from(names))


_COUNTRY_CARRIERS = (
    "{country}の携帯です、{number} に電話ください", "{number}（{country}の番号）です", "My {country} number: {number}, call me",
    "{country} SIM なので {number} です。SMSでも", "連絡は {number} まで。{country}にいます", "{number} ← this is my {country} phone",
)


@st.composite
def foreign_numbers_named(draw) -> tuple[str, str]:
    """``(text, value)``: a foreign mobile number, its groups joined as typed, its country named."""
    target, country = draw(foreign_mobile_numbers())
    sep = draw(st.sampled_from(["-", " ", ".", "・", "", " - "]))
    spelling = replace(target.spelling, between=(sep, sep))
    return draw(st.sampled_from(_COUNTRY_CARRIERS)).format(country=country, number=spelling.render()), target.value
