"""Phone numbers: candidate digit runs on the normalized view, validated with ``phonenumbers``.

A run is digits joined by short separators (spaces, dashes, dots, brackets, の, emoji, line
breaks). Its digit groups are recombined left to right into numbers of a plausible length; each
combination passes a cheap shape check before ``phonenumbers`` validates it, so hostile input
(100 k digits and dashes) costs a bounded amount per group.
"""
from __future__ import annotations

import functools
import re
from typing import Iterator

import regex

from ..alternation import searcher
from ..lexicon import load_table
from ..model import PHONE, Finding
from ..normalize import NormalizedText
from ..spans import Spans  # by bisection: thousands of matches cost as little per match as five
from .phone_foreign import country_code_named, named_regions
from .phone_goro import goro_view
from .phone_words import nothing_to_read, spelled_view

DEFAULT_REGION = "JP"

# Separators people put between groups: punctuation and symbols (「080 -ー- 5141」「090 (の) 3344」);
# words that say "dash" or "space" (「090ハイフン3321」) the spelled view turns into spaces.
# The particle の also in katakana and romaji, as learners and casual writers type it
# (「090 ノ 1482 ノ 7736」「070 no 4815 no 9026」); the romaji one only set off by spaces.
_SEP = r"[\s\-—./()\[\]~_*#=,、・ー〜～のノ\p{So}\p{Sk}「」【】…‥|→⇒]"
_SEP_OR_NO = rf"(?:{_SEP}|(?<=\s)no(?=\s))"
# Lookbehind: a letter or digit glued to the front makes it an ID, a code or part of a word.
_RUN_RE = regex.compile(
    rf"(?:(?<=tel|fax|phone|mobile|no)|(?<![0-9a-z_@%$¥￥€£]))(?:\+ ?)?[0-9](?:{_SEP_OR_NO}{{0,5}}+[0-9])++"
)
# Links that open a chat or a call hold the number in international form without "+".
_INTERNATIONAL_LINK_RE = regex.compile(
    r"(?:wa\.me/|whatsapp\.com/send/?\?phone=|whatsapp://send\?phone=|viber://chat\?number=|t\.me/\+|"
    r"(?:tel|sms|callto):\+?)$"
)
# 「頭に0つけて 80-5529-1147」: the trunk 0 left off on purpose, the reader told to add it.
# Said after the number too (「九二の七一五の四四八〇。頭の〇は付けてね」「…（0を頭に付けて）」).
_ZERO_WORD = "(?:0|〇|ゼロ|ぜろ|まる|マル|れい)"
_ZERO_VERB = "(?:つけ|付け|足し|たし|追加|入れ|いれ)"
_ADD_ZERO_RE = regex.compile(
    rf"(?:頭|あたま|先頭|最初|前)(?:に|へ|の)?{_ZERO_WORD}(?:を|は|も)?{_ZERO_VERB}"
    rf"|{_ZERO_WORD}(?:を|は)?(?:頭|あたま|先頭|最初|前)(?:に|へ){_ZERO_VERB}"
)
_ADD_ZERO_AFTER = 30  # characters after the number: the rest of its sentence and the next
_GROUP_RE = regex.compile(r"[0-9]+")
# 「0044 20 7946 0018」 as dialled: digits, spaces, dashes, dots and brackets only, not the 「00」 of
# a time (「19:00、4/1～4/30」)
_DIALLED_RE = regex.compile(r"[0-9 \-.()]++")
_TIME_BEFORE_RE = regex.compile(r"[0-9][:：.]$")
_ASCII_DIGIT_RE = re.compile("[0-9]")
_PLAIN_NUMBER_RE = regex.compile(r"[0-9０-９+＋()（）\- ー－‐−—―]+")  # as typed on a keyboard: not disguised
_UNIT_AFTER_RE = regex.compile(r"\s?(?:円|万|億|千|件|人|名|個|回|年|月|日|時|分|秒|歳|%|点|枚|本|台|株|倍|位|号|丁目|番地|km|kg|cm|mm|g\b|m\b|ml)")
_MAX_GROUPS_PER_NUMBER = 12  # "0 9 0 1 2 3 4 5 6 7 8" is eleven groups
# a number dialled at home abroad: 9 digits (0917 123 456 is short) to 13 (a country code and Brazil's 11)
_FOREIGN_MIN_DIGITS, _FOREIGN_MAX_DIGITS = 9, 13
# 「契約期間は 2025/04/01〜2025/09/30」: a date written year, month, day with one separator; a range of
# two reads as a run of digit groups whose 「01」「2025」「09」「30」 make 0120-250-930. A number
# never starts inside a date (the phone after it still does: 「2025/04/01 090-…」).
_DATE_GATE_RE = re.compile(r"(?:19|20)[0-9]{2}[/.\-]")
_DATE_RE = regex.compile(r"(?<![0-9])(?:19|20)[0-9]{2}(?P<sep>[/.\-])(?:0?[1-9]|1[0-2])(?P=sep)(?:0?[1-9]|[12][0-9]|3[01])(?![0-9])")
# Between a label and its number: 「管理番号は0701…」「品番→090…」「型番「090…」」
_LABEL_GAP = " :：#.\t=＝はがもを→「『(（【"
# A number given as an example, a dummy or a format, not as anybody's: the words around it say so.
_EXAMPLE_BEFORE_RE = regex.compile(
    r"(?:例|サンプル|さんぷる|ダミー|だみー|テスト用|テストデータ|架空|見本|フォーマット|形式|e\.g\.|"
    r"(?<![a-z])(?:example|sample|dummy|placeholder|format)(?![a-z.@]))"
    r"(?:として|とかの?|用の?|の|は|に|で|を|なら|番号|電話番号|みたいな|:|：|\s|「|『|\(|（|\)|）|e\.g\.)*$"
)
_EXAMPLE_AFTER_RE = regex.compile(
    r"[」』)）\]】\s]*(?:(?:の|という|って|みたいな|のような|ような|などの)?(?:ダミー|サンプル|形式|フォーマット|書式)"
    r"|(?:の|という|などの|は|が|も)例(?!の件)|(?:は|が|も)(?:ダミー|サンプル|架空|見本)|(?:のように|みたいに)(?:入力|記入|書い))"
)
# Code and patterns: inside backticks, a quoted literal assigned in code, a line holding a regex.
_CODE_LINE_RE = regex.compile(r"\\d|\[0-9\]|\{\d(?:,\d)?\}|re\.compile|正規表現|regex|assert |==|\bdef |\bconst |\bvar |\blet ")
_CODE_QUOTE_RE = regex.compile(r"[=(:,\[]\s*[\"']$")
_CODE_WINDOW = 200
# 「CONTACT_TEL = "080-…"  # 自分の携帯です」: a comment on the line says the number is the writer's
# own (a dummy, a sample or a test number in code stays one)
_OWN_COMMENT_RE = regex.compile(
    r"(?:#|//|/\*|<!--|--)[^\n]{0,40}?(?:(?:自分|私|わたし|僕|ぼく|俺|おれ|うち|弊社|当社|担当者?)の?\s?"
    r"(?:携帯|ケータイ|スマホ|電話|番号|連絡先)|(?<![a-z])(?:my|our)\s(?:own\s)?(?:cell|phone|mobile|number)"
    r"|(?:ここ|こちら|この番号)(?:に|へ|まで)\s?(?:電話|連絡|かけ|ください|お願い))")
_NOT_REAL_COMMENT_RE = regex.compile(r"ダミー|だみー|サンプル|テスト|例|架空|見本|仮の|形式|書式|フォーマット|正規表現|"
                                     r"(?<![a-z])(?:dummy|sample|example|fake|test|assert|format|pattern|regex)")
# 「photo_09012345678@2x.png」: an image file name with a scale suffix, or any file name.
# North American numbers written the way they are at home, no +1: 「(415) 728-3391」「416.902.6638」
_NANP_GATE_RE = re.compile(r"\([2-9][0-9]{2}\)|[2-9][0-9]{2}[.\- ][2-9][0-9]{2}[.\- ][0-9]{4}")
_NANP_RE = regex.compile(
    r"(?<![0-9+\-./])(?:\((?P<area1>[2-9][0-9]{2})\)\s?|(?P<area2>[2-9][0-9]{2})(?P<sep>[.\- ]))"
    r"(?P<exchange>[2-9][0-9]{2})(?(sep)(?P=sep)|[\-. ])(?P<line>[0-9]{4})(?![0-9]|[\-./][0-9])")
# besides the phone context words (phone_context.txt): the English a North American gives its number with
_NANP_CUE_RE = re.compile(r"(?<![a-z])(?:cell|mobile|number|reach|text me|desk|office|direct|line)(?![a-z])|アメリカ|カナダ")
_nanp_cue = searcher(_NANP_CUE_RE)  # (branch by branch, each skipping ahead: alternation.py)
_FILE_AFTER_RE = regex.compile(r"(?:@[1-4]x)?\.(?:png|jpe?g|gif|webp|svg|heic|pdf|mp4|mov|zip|csv|txt)\b|@[1-4]x\b")


@functools.lru_cache(maxsize=1)
def _labels() -> tuple[tuple[str, ...], tuple[str, ...]]:
    negative = tuple(row[0].lower() for row in load_table("phone_negative_labels.txt"))
    context = tuple(row[0].lower() for row in load_table("phone_context.txt"))
    return negative, context


def _plausible_jp(digits: str) -> bool:
    """Shape of a Japanese domestic number: 0 + 9 or 10 digits, no carrier prefix, no dummy."""
    n = len(digits)
    if digits[0] != "0" or digits[1] == "0":
        return False
    if n == 11:
        if not (digits[2] == "0" and digits[1] in "256789"):
            return False
    elif n != 10:
        return False
    # Placeholders (090-0000-0000, 0120-000-000) are not anybody's number.
    return len(set(digits[-8:])) > 1 and not digits.endswith("000000")


@functools.lru_cache(maxsize=8192)
def _validate(digits: str, international: bool, region: str) -> str | None:
    """E.164 for a valid number, else None. Cached: chats repeat numbers."""
    import phonenumbers

    if not international and region == "JP":
        if not _plausible_jp(digits):
            return None
        number = phonenumbers.PhoneNumber(country_code=81, national_number=int(digits[1:]))
    else:
        if international and not 8 <= len(digits) <= 15:
            return None
        if not international and not 7 <= len(digits) <= 15:
            return None
        try:
            number = phonenumbers.parse(("+" if international else "") + digits, region)
        except phonenumbers.NumberParseException:
            return None
    if not phonenumbers.is_valid_number(number):
        return None
    e164 = f"+{number.country_code}{number.national_number}"
    if number.italian_leading_zero:
        e164 = f"+{number.country_code}{'0' * (number.number_of_leading_zeros or 1)}{number.national_number}"
    national = e164[1 + len(str(number.country_code)):]
    if len(national) >= 8 and len(set(national[-8:])) == 1:
        return None  # placeholders such as +81-90-0000-0000
    return e164


def _kind(e164: str) -> tuple[str, str]:
    if not e164.startswith("+81"):
        return "海外の電話番号", "an international phone number"
    national = e164[3:]
    if national[:2] in ("70", "80", "90", "60") and len(national) == 10:
        return "携帯電話番号", "a mobile phone number"
    if national.startswith("50"):
        return "IP電話番号", "an IP phone number"
    if national.startswith(("120", "800")):
        return "フリーダイヤル番号", "a toll-free number"
    if national.startswith("570"):
        return "ナビダイヤル番号", "a shared-cost number"
    return "電話番号", "a phone number"


class PhoneDetector:
    category = PHONE

    def __init__(self, region: str = DEFAULT_REGION):
        self.region = region.upper()

    def __call__(self, view: NormalizedText) -> Iterator[Finding]:
        # One search answers "nothing to read" for most messages: no digit, and none of the
        # letters a number read out in words starts with.
        if nothing_to_read(view):
            goro = goro_view(view)  # (all in hiragana: 「ぜろはちぜろ、よろしく、みなみな」)
            if goro is not view:
                yield from self._numbers(goro)
            return
        has_digit = _ASCII_DIGIT_RE.search(view.text) is not None
        found = list(self._numbers(view)) if has_digit else []
        regions = named_regions(view.text) if self.region == "JP" else ()
        if self.region == "JP" and country_code_named(view.text):
            regions = ("+",) + regions  # (「81 80 9023 7756」 tried as +81 80 … first)
        if has_digit and regions:
            found += self._foreign(view, found, regions)
        # (after the countries named: 「ネパールの携帯 984-200-1234」 is no North American number)
        if has_digit and self.region == "JP" and _NANP_GATE_RE.search(view.text):
            found += self._north_american(view, found)
        yield from found
        spelled = spelled_view(view, has_digit)
        if spelled is not view:
            # Numbers read out in words: only where the plain reading found nothing.
            # (by bisection, and the spelled ones come in order: a listing of numbers is not compared
            # pair by pair)
            plain = Spans([(f.start, f.end) for f in found])
            reach = -1  # the furthest end of a spelled number yielded so far
            for f in self._numbers(spelled):
                if f.start >= reach and not plain.overlaps(f.start, f.end):
                    reach = max(reach, f.end)
                    found.append(f)
                    yield f
            if regions:
                for f in self._foreign(spelled, found, regions):
                    found.append(f)
                    yield f
        if not found and self.region == "JP":
            # a number told in goro: the last reading, in a message where no other number is
            goro = goro_view(spelled)
            if goro is not spelled:
                yield from self._numbers(goro)

    def _numbers(self, view: NormalizedText) -> Iterator[Finding]:
        text = view.text
        if _ASCII_DIGIT_RE.search(text) is None:  # every run _RUN_RE can find holds one
            return
        negative_labels, context_words = _labels()
        for run in _RUN_RE.finditer(text):
            yield from self._numbers_in_run(view, run, negative_labels, context_words)

    def _numbers_in_run(self, view, run, negative_labels, context_words) -> Iterator[Finding]:
        text = view.text
        link = _INTERNATIONAL_LINK_RE.search(text, max(0, run.start() - 40), run.start()) is not None
        international = run.group().startswith("+") or (link and run.group()[0] != "0")
        groups = [(m.start() + run.start(), m.end() + run.start(), m.group())
                  for m in _GROUP_RE.finditer(run.group())]
        if not international and groups[0][2].startswith("00") and (len(groups[0][2]) > 2 and groups[0][2][2] != "0"
                                                                      or len(groups[0][2]) == 2 and len(groups) > 1) \
                and _DIALLED_RE.fullmatch(run.group()) and not _TIME_BEFORE_RE.search(text, max(0, run.start() - 3), run.start()):
            # 「0044 20 7946 0018」: the international access code of most of the world for "+"
            international = True
            first = groups[0]
            groups = [(first[0] + 2, first[1], first[2][2:])] + groups[1:] if len(first[2]) > 2 else groups[1:]
        domestic_jp = self.region == "JP" and not international
        add_zero = domestic_jp and groups[0][2][0] != "0" and (
            _ADD_ZERO_RE.search(text, max(0, run.start() - 16), run.start()) is not None
            # (from the run's last character: 「8876（0を頭に」 ends the run on that 0)
            or _ADD_ZERO_RE.search(text, run.end() - 1, run.end() + _ADD_ZERO_AFTER) is not None)
        dates = Spans([m.span() for m in _DATE_RE.finditer(run.group())]) \
            if _DATE_GATE_RE.search(run.group()) else None
        i = 0
        while i < len(groups):
            if domestic_jp and groups[i][2][0] != "0" and not (add_zero and i == 0):
                i += 1  # every Japanese number starts with the trunk prefix 0
                continue
            if dates is not None and dates.contains(groups[i][0] - run.start(), groups[i][1] - run.start()):
                i += 1  # a month or a day
                continue
            found = None
            digits = "0" if add_zero and i == 0 else ""
            candidates = []
            for j in range(i, min(len(groups), i + _MAX_GROUPS_PER_NUMBER)):
                digits += groups[j][2]
                if len(digits) > 15:
                    break
                candidates.append((j, digits))
            leading_plus = international and i == 0
            for j, digits in reversed(candidates):  # longest first: 11 digits before 10
                e164 = self._validate(digits, leading_plus)
                if e164:
                    found = (j, e164)
                    break
            if found is None:
                i += 1
                continue
            j, e164 = found
            start = run.start() if leading_plus else groups[i][0]
            end = groups[j][1]
            if link or text.startswith("tel:", max(0, start - 4)) or not view.in_url(start, end):
                if not self._excluded(text, start, end, groups[i][2], negative_labels):
                    yield self._finding(view, start, end, e164, context_words)
            i = j + 1

    def _north_american(self, view: NormalizedText, found: list[Finding]) -> list[Finding]:
        """「(415) 728-3391」「416.902.6638」 with a word for a phone in the message: a Japanese
        number starts with 0, a North American area code never does."""
        text = view.text
        negative_labels, context_words = _labels()
        if not _nanp_cue(text) and not any(word in text for word in context_words):
            return []
        taken = Spans([(f.start, f.end) for f in found])  # original offsets, as findings carry them
        out = []
        for m in _NANP_RE.finditer(text):
            start, end = m.span()
            digits = "".join(g for g in m.group("area1", "area2", "exchange", "line") if g)
            e164 = _validate(digits, False, "US")
            if e164 and not view.in_url(start, end) and not self._excluded(text, start, end, digits[:3], negative_labels):
                finding = self._finding(view, start, end, e164, context_words)
                if not taken.overlaps(finding.start, finding.end):
                    out.append(finding)
        return out

    def _foreign(self, view: NormalizedText, found: list[Finding], regions: tuple[str, ...]) -> list[Finding]:
        """A whole run that is no Japanese number read as one of the countries the message names
        (「010-4823-7715（韓国の番号）」). The run is one number or none: its digits are not
        recombined, so a tracking or order number is not cut into a foreign phone number."""
        text = view.text
        negative_labels, context_words = _labels()
        taken = Spans([(f.start, f.end) for f in found])
        out = []
        for run in _RUN_RE.finditer(text):
            if run.group().startswith("+"):
                continue
            groups = _GROUP_RE.findall(run.group())
            digits = "".join(groups)
            if not _FOREIGN_MIN_DIGITS <= len(digits) <= _FOREIGN_MAX_DIGITS:
                continue
            for region in regions:
                # (a country code without "+" only where the message says one is written)
                e164 = _validate(digits, True, "JP") if region == "+" else _validate(digits, False, region)
                if region == "+" and e164:
                    break
                if e164 and not e164.startswith("+81"):
                    break
            else:
                continue
            start, end = run.span()
            if view.in_url(start, end) or self._excluded(text, start, end, groups[0], negative_labels):
                continue
            finding = self._finding(view, start, end, e164, context_words)
            if not taken.overlaps(finding.start, finding.end):
                out.append(finding)
        return out

    def _validate(self, digits: str, international: bool) -> str | None:
        if len(digits) < 7:
            return None
        if international and digits.startswith("0"):
            return None
        if not international and digits.startswith("81") and len(digits) in (11, 12):
            return None  # "81 90 1234 5678" without "+" is too ambiguous to guess
        return _validate(digits, international, self.region)

    def _excluded(self, text: str, start: int, end: int, first_group: str, negative_labels) -> bool:
        if _UNIT_AFTER_RE.match(text, end) or _FILE_AFTER_RE.match(text, end):
            return True
        before = text[max(0, start - 16):start].rstrip(_LABEL_GAP).lower()
        if before.endswith(negative_labels):
            return True
        if first_group == "0" and text.startswith(".", start + 1):
            return True  # a decimal such as 0.123456789
        return _example(text, start, end) or _in_code(text, start, end)

    def _finding(self, view: NormalizedText, start: int, end: int, e164: str, context_words) -> Finding:
        o_start, o_end = view.span(start, end)
        window = view.text[max(0, start - 20):start].lower()
        has_context = any(word in window for word in context_words)
        kind_ja, kind_en = _kind(e164)
        original = view.original[o_start:o_end]
        disguised = _PLAIN_NUMBER_RE.fullmatch(original) is None
        score = 0.97 if has_context else 0.9
        ja = f"{kind_ja}が含まれています"
        en = f"Contains {kind_en}"
        if disguised:
            ja += "（数字が崩して書かれています）"
            en += " (written in a disguised form)"
        return Finding(PHONE, o_start, o_end, original, e164, score, ja + "。", en + ".")


def _example(text: str, start: int, end: int) -> bool:
    return (_EXAMPLE_BEFORE_RE.search(text, max(0, start - 24), start) is not None
            or _EXAMPLE_AFTER_RE.match(text, end, end + 16) is not None)


def _in_code(text: str, start: int, end: int) -> bool:
    # the line around the number, at most _CODE_WINDOW characters each side (a 1 MB line with a
    # number every few characters must not be read once per number)
    line_start = text.rfind("\n", max(0, start - _CODE_WINDOW), start) + 1 or max(0, start - _CODE_WINDOW)
    line_end = text.find("\n", end, end + _CODE_WINDOW)
    line_end = min(len(text), end + _CODE_WINDOW) if line_end < 0 else line_end
    if _OWN_COMMENT_RE.search(text, end, line_end) and not _NOT_REAL_COMMENT_RE.search(text, line_start, line_end):
        return False
    if text.count("`", line_start, start) % 2 == 1:
        return True
    if _CODE_QUOTE_RE.search(text, max(line_start, start - 8), start) and text[end:end + 1] in ("\"", "'"):
        return True
    return _CODE_LINE_RE.search(text, line_start, line_end) is not None


detect_phone_numbers = PhoneDetector()
