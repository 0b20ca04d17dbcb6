"""Character tables behind the normalized view, in one place.

Each table says what a character means to a detector, not how it looks: a full-width ``０``
is a digit, a zero-width space is nothing, a Cyrillic ``о`` is the Latin ``o`` people meant.
"""
from __future__ import annotations

import re
import unicodedata

# Removed outright: invisible characters people slip between digits or letters to beat filters.
INVISIBLE = (
    "\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180b\u180c\u180d\u180e\u180f"
    "\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e"
    "\u2060\u2061\u2062\u2063\u2064\u2066\u2067\u2068\u2069\u206a\u206b\u206c\u206d\u206e\u206f"
    "\u3164\ufe00\ufe01\ufe02\ufe03\ufe04\ufe05\ufe06\ufe07\ufe08\ufe09\ufe0a\ufe0b\ufe0c\ufe0d"
    "\ufe0e\ufe0f\ufeff\uffa0\u20e3"  # U+20E3 turns 0 into the keycap 0️⃣: the digit stays
)
# Plane-14 tags and variation selectors supplement.
INVISIBLE_RANGES = ((0xE0000, 0xE007F), (0xE0100, 0xE01EF))

# Unconditional dashes. ー ～ ・ are words or punctuation in Japanese, so they become "-"
# only between digits (see normalize._digit_context_dashes).
DASHES = "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\u2043\ufe58\ufe63\uff0d\u2796\u23af"
CONTEXT_DASHES = "ー～〜・･"
# The dashes of a sentence (em and horizontal bar): set off by spaces they stay "—", no hyphen.
SENTENCE_DASHES = "\u2014\u2015"

# Katakana ァ…ヶ and their hiragana ぁ…ゖ, for str.translate (names listed in one script are read in
# both; cue words are matched on hiragana).
KATAKANA_TO_HIRAGANA = {k: k - 0x60 for k in range(0x30A1, 0x30F7)}
HIRAGANA_TO_KATAKANA = {k - 0x60: k for k in range(0x30A1, 0x30F7)}

SPACES = "\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000"

# Dingbat digits that NFKC leaves alone; parenthesized ⑴ would become "(1)" under NFKC.
DINGBAT_DIGITS = {
    **{chr(0x2776 + i): str((i + 1) % 10) for i in range(9)}, "\u277f": "10",  # ❶..❾ ❿
    **{chr(0x2780 + i): str((i + 1) % 10) for i in range(9)}, "\u2789": "10",  # ➀..➈ ➉
    **{chr(0x278A + i): str((i + 1) % 10) for i in range(9)}, "\u2793": "10",  # ➊..➒ ➓
    **{chr(0x2474 + i): str(i + 1) for i in range(20)},  # ⑴..⒇
    **{chr(0x2488 + i): str(i + 1) for i in range(20)},  # ⒈..⒛
    "\u24ea": "0", "\u24ff": "0", "\U0001f10b": "0", "\U0001f10c": "0",
    **{chr(0x24F5 + i): str(i + 1) for i in range(10)},  # ⓵..⓾
    **{chr(0x24EB + i): str(i + 11) for i in range(10)},  # ⓫..⓴
}

# Look-alikes from Cyrillic and Greek that stand for Latin letters in addresses and IDs.
CONFUSABLE_LETTERS = {
    "а": "a", "в": "b", "е": "e", "ё": "e", "к": "k", "м": "m", "н": "h", "о": "o", "р": "p",
    "с": "c", "т": "t", "у": "y", "х": "x", "і": "i", "ј": "j", "ѕ": "s", "ԁ": "d", "ԛ": "q",
    "ԝ": "w", "ӏ": "l", "һ": "h", "ց": "g", "ո": "n", "ս": "u",
    "α": "a", "β": "b", "ε": "e", "ι": "i", "κ": "k", "ν": "v", "ο": "o", "ρ": "p", "τ": "t",
    "υ": "u", "χ": "x", "γ": "y", "ϲ": "c", "ϳ": "j",
}

# Characters read as a digit when they sit inside a run of real digits (O9O-l234-5678).
DIGIT_HOMOGLYPHS = {"o": "0", "l": "1", "i": "1", "|": "1", "〇": "0", "○": "0", "◯": "0"}

KANJI_DIGITS = {
    "〇": "0", "零": "0", "一": "1", "二": "2", "三": "3", "四": "4", "五": "5",
    "六": "6", "七": "7", "八": "8", "九": "9", "壱": "1", "弐": "2", "参": "3",
    "壹": "1", "貳": "2", "參": "3",
    # the rest of the 大字 (formal numerals) that 壱弐参 belong to
    "肆": "4", "伍": "5", "陸": "6", "漆": "7", "捌": "8", "玖": "9",
    # the same formal numerals as simplified Chinese writes them (贰 叁 陆, and 柒 for 漆)
    "贰": "2", "叁": "3", "陆": "6", "柒": "7",
}

# Kana readings of single digits. Longest spellings first so that きゅう wins over く.
KANA_DIGITS = {
    "ぜろ": "0", "ゼロ": "0", "れい": "0", "レイ": "0", "まる": "0", "マル": "0",
    "いち": "1", "イチ": "1", "わん": "1", "ワン": "1",
    "にー": "2", "ニー": "2", "に": "2", "ニ": "2", "つー": "2", "ツー": "2",
    "さん": "3", "サン": "3", "すりー": "3", "スリー": "3",
    "よん": "4", "ヨン": "4", "し": "4", "シ": "4", "ふぉー": "4", "フォー": "4",
    "ごー": "5", "ゴー": "5", "ご": "5", "ゴ": "5",
    "ろく": "6", "ロク": "6",
    "なな": "7", "ナナ": "7", "しち": "7", "シチ": "7",
    "はち": "8", "ハチ": "8",
    "きゅう": "9", "キュウ": "9", "きゅー": "9", "キュー": "9", "く": "9", "ク": "9",
    # casual long vowels written out: にい, ごう, ごお (「にいにいはちはち」「いちろくごうぜろ」「ごおろく」)
    "にい": "2", "ニイ": "2", "ごう": "5", "ゴウ": "5", "ごお": "5", "ゴオ": "5",
}
# Readings that are not one when the next character starts another: 「にいち」 is に + いち.
KANA_NOT_BEFORE = {"にい": "ち", "ニイ": "チ"}


# A one-character reading is no digit before a small kana: シ in ショート, ニ in ニュース, and the シ
# of シックス (six) or the ニ of ニッポン before a small tsu.
SMALL_KANA = "ゃゅょぁぃぅぇぉャュョァィゥェォっッ"


def kana_alternation(words) -> str:
    """A regex alternation of kana readings, longest first, with the lookaheads above."""
    return "|".join(
        w + (f"(?!{KANA_NOT_BEFORE[w]})" if w in KANA_NOT_BEFORE else "")
        + (f"(?![{SMALL_KANA}])" if len(w) == 1 else "")
        for w in sorted(words, key=len, reverse=True)
    )

# A reading drawn out the way young writers type it (「ゼーロ」「な〜な」「にぃ」「きゅぅ」「ぜろぉ」):
# a long mark between its kana, a full vowel written small, a small vowel after it. Only the phone
# reader reads these (inside a run long enough for a number); drawn_key() takes one back to its word.
_LONG_MARKS = "ー〜～"
_SMALL_VOWELS = str.maketrans("ぁぃぅぇぉァィゥェォ", "あいうえおアイウエオ")
_FULL_VOWELS = {full: small for small, full in zip("ぁぃぅぇぉァィゥェォ", "あいうえおアイウエオ")}


def _vowel(kana: str) -> str:
    """The vowel a kana ends in ("A" … "O"), "" for ン and marks."""
    name = unicodedata.name(kana, "")
    if not name.startswith(("HIRAGANA LETTER", "KATAKANA LETTER")) or name.endswith(" N"):
        return ""
    return name[-1] if name[-1] in "AIUEO" else ""


def _small_vowel(kana: str) -> str:
    """The small vowels that draw ``kana`` out, in both scripts (「ゼロぉ」 is typed too)."""
    vowel = _vowel(kana)
    return "ぁぃぅぇぉ"["AIUEO".index(vowel)] + "ァィゥェォ"["AIUEO".index(vowel)] if vowel else ""


def drawn_kana_alternation(words) -> str:
    """kana_alternation() whose readings may be drawn out (see _LONG_MARKS above)."""
    def drawn(word: str) -> str:
        parts = []
        for i, ch in enumerate(word):
            if ch == "ー":
                parts.append(f"[{_LONG_MARKS}]")
                continue
            if i and ch not in SMALL_KANA and ch not in _FULL_VOWELS and word[i - 1] != "ー":
                # (ゼーロ, not キュ-ー, nor れ-い: 「れーいち」 is れー + いち; the normalizer writes an o
                # drawn out as う: よーん -> ようん)
                parts.append(f"[{_LONG_MARKS}{'うウ' if _vowel(word[i - 1]) == 'O' else ''}]?")
            parts.append(f"[{ch}{_FULL_VOWELS[ch]}]" if i and ch in _FULL_VOWELS else re.escape(ch))
        tail = _small_vowel(word[-1])
        return "".join(parts) + (f"[{tail}]?" if tail else "")
    return "|".join(
        # (「にいーち」 is に + いーち as 「にいち」 is に + いち)
        drawn(w) + (f"(?![{_LONG_MARKS}]?{KANA_NOT_BEFORE[w]})" if w in KANA_NOT_BEFORE else "")
        + (f"(?![{SMALL_KANA}])" if len(w) == 1 else "")
        # (of two words as long, the one without a long mark first: ニ〜イ is ニイ, not ニー + イ)
        for w in sorted(words, key=lambda w: (len(w), "ー" not in w), reverse=True)
    )


def drawn_key(found: str, words) -> str | None:
    """The word of ``words`` a drawn-out reading stands for (「ゼーロ」 -> 「ゼロ」), None if none."""
    key = found.translate(_SMALL_VOWELS).replace("〜", "ー").replace("～", "ー")
    bare = key.replace("ー", "")
    # (a drawn-out vowel is one more kana somewhere in the word: ようん, ぜろお)
    for candidate in (key, bare, *(bare[:i] + bare[i + 1:] for i in range(len(bare) - 1, 0, -1))):
        if candidate in words:
            return candidate
    return None


# Number words only the phone detector reads (detectors/phone_words.py), inside a run of them:
# alone, most are ordinary words ("one", "san", 「おー」).
PHONE_KANA_DIGITS = {
    "おー": "0", "オー": "0", "れー": "0", "レー": "0",
    "おう": "0", "オウ": "0",  # 「おー」 as the normalizer leaves it (a casual long vowel is う)
    # the radio's and the building site's 1 and 2 (「まるはちまる ひとふたさんよん」): said so that
    # いち and しち, に and し are not misheard
    "ひと": "1", "ヒト": "1", "ふた": "2", "フタ": "2",
}
# The old count (ひ ふ み よ いつ む なな や ここ), read by the phone reader only in a run that also
# holds ひと or ふた, or two of them: alone each is a particle or a word (よ, や, み, いつ, ここ).
COUNTING_KANA_DIGITS = {
    "み": "3", "ミ": "3", "よ": "4", "ヨ": "4", "いつ": "5", "イツ": "5", "む": "6", "ム": "6",
    "や": "8", "ヤ": "8", "ここ": "9", "ココ": "9",
}
COUNTING_CUES = frozenset(("ひと", "ヒト", "ふた", "フタ"))
# English read out in katakana (「オーナインオー、フォーフォーセブンワン」): the digits KANA_DIGITS does
# not have (ワン, ツー, スリー, フォー). The gate lets a message with one of them through to the phone
# reader (a number read out in them may hold no other number word).
PHONE_KATAKANA_ENGLISH = {"ナイン": "9", "セブン": "7", "ファイブ": "5", "シックス": "6", "エイト": "8"}
PHONE_KANA_DIGITS.update(PHONE_KATAKANA_ENGLISH)
PHONE_LATIN_DIGITS = {
    # English, with the casual "oh" / "o" for zero
    "zero": "0", "oh": "0", "o": "0", "one": "1", "two": "2", "three": "3", "four": "4",
    "five": "5", "six": "6", "seven": "7", "eight": "8", "nine": "9",
    # Chinese pinyin (yao: the "one" read out in phone numbers)
    "ling": "0", "yi": "1", "yao": "1", "er": "2", "san": "3", "si": "4", "wu": "5", "liu": "6",
    "qi": "7", "ba": "8", "jiu": "9",
    # Japanese in romaji
    "rei": "0", "maru": "0", "ichi": "1", "ni": "2", "yon": "4", "shi": "4", "go": "5",
    "roku": "6", "nana": "7", "shichi": "7", "hachi": "8", "kyu": "9", "kyuu": "9",
}
PHONE_LATIN_REPEATS = {"double": 2, "triple": 3}
# Vietnamese, with and without its diacritics (typed on a keyboard without them: 「khong chin khong」).
# Several are words of other languages (ba, hai, nam, sau, bay, tam), so they are read the
# Vietnamese way only in a run that holds a word only Vietnamese has: one with its diacritics or
# khong (the zero every Japanese number starts with), or two of mot, bon, chin.
VIETNAMESE_DIGITS = {
    "không": "0", "khong": "0", "một": "1", "mot": "1", "hai": "2", "ba": "3", "bốn": "4", "bon": "4",
    "năm": "5", "nam": "5", "sáu": "6", "sau": "6", "bảy": "7", "bẩy": "7", "bay": "7", "tám": "8",
    "tam": "8", "chín": "9", "chin": "9",
}
VIETNAMESE_ONLY = frozenset(("không", "khong", "một", "bốn", "năm", "sáu", "bảy", "bẩy", "tám", "chín"))
VIETNAMESE_UNMARKED = frozenset(("mot", "bon", "chin"))
# Korean: Sino-Korean digits in hangul and in katakana. イ / サ / オ / オー also mean something
# else in Japanese, so they are read the Korean way only in a run that holds a word only Korean
# has (コン, イル, サム, ユク, チル, パル).
HANGUL_DIGITS = {
    "공": "0", "영": "0", "일": "1", "이": "2", "삼": "3", "사": "4", "오": "5", "육": "6",
    "륙": "6", "칠": "7", "팔": "8", "구": "9",
}
KOREAN_KATAKANA_DIGITS = {"コン": "0", "イル": "1", "サム": "3", "ユク": "6", "チル": "7", "パル": "8"}
KOREAN_AMBIGUOUS_KATAKANA = {"イ": "2", "サ": "4", "オ": "5", "オー": "5"}


# The zero of each script's decimal digits (Unicode category Nd) that NFKC leaves as they are; its
# nine digits follow it. A listed tuple, not a scan of every code point at import (30 ms);
# tests/test_normalize.py checks it against that scan.
DECIMAL_ZEROS = (
    0x660, 0x6F0, 0x7C0, 0x966, 0x9E6, 0xA66, 0xAE6, 0xB66, 0xBE6, 0xC66, 0xCE6, 0xD66, 0xDE6, 0xE50,
    0xED0, 0xF20, 0x1040, 0x1090, 0x17E0, 0x1810, 0x1946, 0x19D0, 0x1A80, 0x1A90, 0x1B50, 0x1BB0,
    0x1C40, 0x1C50, 0xA620, 0xA8D0, 0xA900, 0xA9D0, 0xA9F0, 0xAA50, 0xABF0, 0x104A0, 0x10D30,
    0x11066, 0x110F0, 0x11136, 0x111D0, 0x112F0, 0x11450, 0x114D0, 0x11650, 0x116C0, 0x11730,
    0x118E0, 0x11950, 0x11C50, 0x11D50, 0x11DA0, 0x16A60, 0x16AC0, 0x16B50, 0x1E140, 0x1E2F0, 0x1E950,
)


def other_decimal_digits() -> dict[int, str]:
    """Code point -> ASCII digit for the scripts of DECIMAL_ZEROS (as far as this Python's Unicode
    knows them)."""
    return {zero + i: str(i) for zero in DECIMAL_ZEROS for i in range(10)
            if unicodedata.decimal(chr(zero + i), None) == i}


def _nfkc_ranges() -> list[tuple[int, int]]:
    return [
        (0xFF01, 0xFF5E),  # full-width ASCII
        (0x2460, 0x24FF),  # circled and parenthesized alphanumerics
        (0x2070, 0x209F),  # superscripts and subscripts
        (0x00B2, 0x00B3), (0x00B9, 0x00B9),
        (0x2100, 0x214F),  # letterlike symbols (ℓ, ℡ …)
        (0x3251, 0x325F), (0x32B1, 0x32BF),  # circled numbers 21..50
        (0xFE50, 0xFE6B),  # small form variants (﹫)
        (0x1D400, 0x1D7FF),  # mathematical alphanumerics
        (0x1F100, 0x1F1FF),  # enclosed alphanumeric supplement
        (0xFF61, 0xFF9F),  # half-width katakana (voicing marks are composed afterwards)
    ]


def build_fold_table() -> dict[int, str]:
    """Map code point -> replacement ('' deletes). Letters are lowercased."""
    table: dict[int, str] = {}
    for lo, hi in _nfkc_ranges():
        for cp in range(lo, hi + 1):
            ch = chr(cp)
            folded = unicodedata.normalize("NFKC", ch)
            if folded != ch:
                table[cp] = folded.lower()
    for cp in range(ord("A"), ord("Z") + 1):
        table[cp] = chr(cp).lower()
    for ch in INVISIBLE:
        table[ord(ch)] = ""
    for lo, hi in INVISIBLE_RANGES:
        for cp in range(lo, hi + 1):
            table[cp] = ""
    for ch in DASHES:
        table[ord(ch)] = "-"
    for ch in SPACES:
        table[ord(ch)] = " "
    for ch, digit in DINGBAT_DIGITS.items():
        table[ord(ch)] = digit
    # The decimal digits of every other script (Arabic-Indic ٠٩٠, Persian ۰۸۰, Devanagari ०७०, Thai ๐๙๐,
    # Myanmar, Khmer …): NFKC keeps them, and a number typed in them is still the number.
    table.update(other_decimal_digits())
    # Letters drawn as emoji have no NFKC form: negative circled and squared (🅻🅸🅽🅴) and the
    # regional indicators people space apart to spell with (「🇰 🇺 🇲 🇦」). Their A (🅐 🅰) stays: it is
    # an enclosed @ the e-mail detector and a message's own 「🅰️→@」 read.
    for first in (0x1F150, 0x1F170, 0x1F1E6):
        for i in range(0 if first == 0x1F1E6 else 1, 26):
            table[first + i] = chr(ord("a") + i)
    for ch, latin in CONFUSABLE_LETTERS.items():
        table[ord(ch)] = latin
        table[ord(ch.upper())] = latin
    # Lone surrogates (possible in a Python str, never in valid text) cannot be encoded for the
    # keyword automata or Sudachi; one stand-in character each keeps every offset.
    for cp in range(0xD800, 0xE000):
        table[cp] = "\ufffd"
    table[ord("\uff5e")] = "～"  # keep the wave: it is a range mark between times, not "~"
    table[ord("＠")] = "@"
    table[ord("．")] = "."
    return table


# Letters read out by name, for an address or an ID spelled letter by letter (「えむ・あい・える・けー」
# 「エスユーゼットユー」「shii oo」). Only detectors/spelled.py reads them, inside a run that holds an @
# said as a word or follows an ID cue: alone, most are words (アイ, ワイ, ii, ai).
KANA_LETTER_NAMES = {
    "a": ("えー", "えい", "エー", "エイ"), "b": ("びー", "ビー"), "c": ("しー", "シー"),
    "d": ("でぃー", "ディー", "でー", "デー"), "e": ("いー", "イー"), "f": ("えふ", "エフ"), "g": ("じー", "ジー"),
    "h": ("えいち", "えっち", "エイチ", "エッチ"), "i": ("あい", "アイ"), "j": ("じぇー", "じぇい", "ジェー", "ジェイ"),
    "k": ("けー", "けい", "ケー", "ケイ"), "l": ("える", "エル"), "m": ("えむ", "エム"), "n": ("えぬ", "エヌ"),
    "o": ("おー", "オー", "おう", "オウ"), "p": ("ぴー", "ピー"),  # (おー as the normalizer leaves it: おう)
    "q": ("きゅー", "キュー"), "r": ("あーる", "アール"),
    "s": ("えす", "エス"), "t": ("てぃー", "ティー"), "u": ("ゆー", "ユー"), "v": ("ぶい", "ブイ", "ヴィー"),
    "w": ("だぶりゅー", "ダブリュー"), "x": ("えっくす", "エックス"), "y": ("わい", "ワイ"),
    "z": ("ぜっと", "ゼット", "ぜっど", "ゼッド"),
}
ROMAJI_LETTER_NAMES = {
    "a": ("ee", "ei"), "b": ("bii",), "c": ("shii",), "d": ("dii", "dee"), "e": ("ii",), "f": ("efu",),
    "g": ("jii",), "h": ("eichi", "etchi"), "i": ("ai",), "j": ("jee", "jei"), "k": ("kee", "kei"),
    "l": ("eru",), "m": ("emu",), "n": ("enu",), "o": ("oo",), "p": ("pii",), "q": ("kyuu",), "r": ("aaru",),
    "s": ("esu",), "t": ("tii",), "u": ("yuu",), "v": ("bui",), "w": ("daburyuu",), "x": ("ekkusu",),
    "y": ("wai",), "z": ("zetto",),
}
# the symbols of an address said as words, in kana and in romaji
SPOKEN_SYMBOLS = {
    "@": ("アットマーク", "あっとまーく", "アット", "あっと", "atto maaku", "attomaaku", "atto"),
    ".": ("ドット", "どっと", "dotto", "ピリオド"), "_": ("アンダーバー", "あんだーばー", "アンダースコア", "andaabaa"),
    "-": ("ハイフン", "はいふん", "haifun"),
}
SPOKEN_TLDS = {"com": ("こむ", "コム", "komu"), "jp": ("じぇーぴー", "ジェーピー", "じぇいぴー", "ジェイピー", "jeepii"),
               "net": ("ねっと", "ネット", "netto"), "co": ("しーおー", "シーオー"), "ne": ("えぬいー", "エヌイー")}
SPOKEN_DIGITS = {"0": ("ぜろ", "ゼロ"), "1": ("いち", "イチ"), "2": ("にー", "ニー"), "3": ("さん", "サン"),
                 "4": ("よん", "ヨン"), "5": ("ごー", "ゴー"), "6": ("ろく", "ロク"), "7": ("なな", "ナナ"),
                 "8": ("はち", "ハチ"), "9": ("きゅう", "キュウ")}
# the digits read in English the way letters are (「エス・エー・ワン・ナナ」「ケー・ツー・エイト」)
for _digit, _names in {"1": ("ワン", "わん"), "2": ("ツー", "つー"), "3": ("スリー", "すりー"), "4": ("フォー", "ふぉー"),
                       "5": ("ファイブ", "ふぁいぶ", "ファイヴ"), "6": ("シックス", "しっくす"), "7": ("セブン", "せぶん", "ナナ", "なな"),
                       "8": ("エイト", "えいと"), "9": ("ナイン", "ないん")}.items():
    SPOKEN_DIGITS[_digit] += _names
