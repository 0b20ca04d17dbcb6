"""The country a message names for a number written the way it is dialled at home.

「010-4823-7715 です（韓国の番号）」「my Philippine number 0917 123 4567」: no "+" and no country code,
so the number is no Japanese one and the plain reading drops it. The countries named
(phone_country_cues.txt), in the order they are named, are the regions the phone detector then
tries the run in. A message written in hangul names Korea without saying so (「공일공 구팔칠육
오사삼이」, 「전화 주세요」).
"""
from __future__ import annotations

import functools
import re

import regex

from ..lexicon import load_table

_HANGUL_RE = re.compile("[가-힣]")
# 「中国地方」「中国電力」: the region of western Honshu and its companies, no country
_NOT_THE_COUNTRY_RE = regex.compile(r"地方|地区|地域|山地|自動車道|道|電力|新聞|銀行|放送|運輸|労働")


@functools.lru_cache(maxsize=1)
def _cues() -> tuple[regex.Pattern, dict[str, str]]:
    rows = load_table("phone_country_cues.txt", columns=("name", "region"), required=2)
    regions = {row[0].lower(): row[1].upper() for row in rows}
    names = sorted(regions, key=len, reverse=True)
    # an ASCII name starts a word (「peru」 is no part of 「superuser」); a kana or kanji one is its own word
    alt = "|".join((r"(?<![a-z])" if n[0].isascii() else "") + regex.escape(n) for n in names)
    return regex.compile(alt), regions


def named_regions(text: str) -> tuple[str, ...]:
    """Regions the text names (「韓国」「Philippine」), in order, each once; hangul counts as Korea."""
    pattern, regions = _cues()
    out: list[str] = []
    for m in pattern.finditer(text):
        if _NOT_THE_COUNTRY_RE.match(text, m.end()):
            continue
        region = regions[m.group()]
        if region not in out:
            out.append(region)
    if "KR" not in out and _HANGUL_RE.search(text):
        out.append("KR")
    return tuple(out)


# 「WhatsApp number: 81 80 9023 7756 (Japan)」: the country code written without "+", where the
# message says it is one (an app that only takes international numbers, the country, the code)
_INTERNATIONAL_CUE_RE = regex.compile(
    r"(?<![a-z])(?:whatsapp|viber|telegram|signal|japan|japanese|country code|intl|international)(?![a-z])"
    r"|日本の(?:番号|携帯|電話)|国番号|国際電話|국가번호|国际|区号")


def country_code_named(text: str) -> bool:
    """Whether the text says a number is given with its country code (「81 80 …」 is +81 80 …)."""
    return _INTERNATIONAL_CUE_RE.search(text) is not None
