"""Mobile numbers told as goro (語呂合わせ): 「ゼロハチゼロ、ヨロシク、イイクニ」 is 080-4649-1129.

Goro reads a kana as the digit whose reading starts with it (ヨ 4, ロ 6, シ 4, ク 9, イ 1, ニ 2).
Almost any kana word reads as digits that way, so a group is read only inside the shape of a whole
mobile number: a trunk 0X0 (digits or read out), then groups of kana and digits, set apart by
punctuation or spaces, that read as exactly eight digits and end there; and only in a message
with a word about a phone or about goro. Each group takes the reading with the fewest goro kana
(ordinary readings first: 「ナナ」 is 7, not 77); a group with two such readings is not read.
The phone detector validates the result like any other number.
"""
from __future__ import annotations

import functools
import re

import regex

from .. import chartables as ct
from ..lexicon import load_table
from ..normalize import NormalizedText

_TRUNKS = ("050", "070", "080", "090")
_REST = 8  # digits after a mobile trunk
_MAX_GROUP = 12  # characters: a longer kana run is a word, not a group
_MAX_GROUPS = 6
# A group: digits and kana (hiragana and katakana, long vowel); between groups: punctuation,
# spacing, symbols and emoji. The particle の set off as a group of its own is a separator too.
_GROUP_RE = regex.compile(r"[0-9ァ-ヺぁ-ゖー]++")
_GAP_RE = regex.compile(r"[\s、,・\-/…‥!！?？。~〜～\p{So}\p{Sk}\ufe0f]{1,4}+")
_NO = frozenset(("の", "ノ"))
_TRUNK_END_RE = regex.compile(r"(?<![0-9])0[5789]0$")
_CUE_RE = re.compile(r"語呂|ゴロ|ごろ合わせ|ごろあわせ|覚えやす|おぼえやす|かけて|電話|でんわ|番号|携帯|ケータイ|tel(?![a-z])")
_ELONGATION = frozenset("ーッ")


@functools.lru_cache(maxsize=1)
def _readings() -> dict[str, tuple[str, int]]:
    """Reading -> (digit, cost): ordinary readings cost 0, goro ones 1."""
    table = {w: (d, 0) for w, d in {**ct.KANA_DIGITS, **ct.PHONE_KANA_DIGITS}.items()
             if w == w.translate(ct.HIRAGANA_TO_KATAKANA)}
    for reading, digit in goro_rows(load_table("phone_goro_readings.txt", columns=("reading", "digit"))):
        table.setdefault(reading, (digit, 1))
    return table


def goro_rows(rows) -> list[tuple[str, str]]:
    """(reading, digit) of the lexicon's rows; a row that is no katakana reading of one digit is
    an error that names its line."""
    out = []
    for row in rows:
        reading, digit = row[0], row[1]
        if not (len(digit) == 1 and "0" <= digit <= "9" and all("ァ" <= c <= "ヺ" for c in reading)):
            raise row.error("a goro reading is katakana and stands for one digit")
        out.append((reading, digit))
    return out


@functools.lru_cache(maxsize=4096)  # a chain's groups are read once per trunk before them
def _read_group(group: str) -> dict[int, tuple[int, str | None]]:
    """Digit count -> (goro kana, digits) of the group's cheapest reading of that many digits
    (digits None: two readings tie)."""
    group = group.translate(ct.HIRAGANA_TO_KATAKANA)
    readings = _readings()
    longest = max(map(len, readings))
    # best[pos][count] = (cost, digits or None)
    best: list[dict[int, tuple[int, str | None]]] = [{} for _ in range(len(group) + 1)]
    best[0][0] = (0, "")
    for pos in range(len(group)):
        for count, (cost, digits) in list(best[pos].items()):
            steps = []
            ch = group[pos]
            if ch.isdigit():
                steps.append((pos + 1, ch, 0))
            elif ch in _ELONGATION and pos > 0:
                steps.append((pos + 1, "", 0))
            else:
                for size in range(1, min(longest, len(group) - pos) + 1):
                    hit = readings.get(group[pos:pos + size])
                    if hit:
                        steps.append((pos + size, hit[0], hit[1]))
            for end, digit, step_cost in steps:
                new_count = count + len(digit)
                if new_count > _REST:
                    continue
                new = (cost + step_cost, None if digits is None else digits + digit)
                old = best[end].get(new_count)
                if old is None or new[0] < old[0]:
                    best[end][new_count] = new
                elif new[0] == old[0] and old[1] != new[1]:
                    best[end][new_count] = (old[0], None)
    return {count: found for count, found in best[len(group)].items() if count}


def goro_view(view: NormalizedText) -> NormalizedText:
    """``view`` with a mobile number told in goro written as digits; ``view`` itself if none.
    Memoized: the precheck asks it before the phone detector does."""
    if _CUE_RE.search(view.text) is None:
        return view
    return view.memo("phone_goro.view", lambda: _rewritten(view))


def _rewritten(view: NormalizedText) -> NormalizedText:
    text = view.text
    groups = []  # chains of (start, end, text): groups one gap apart
    chain: list[tuple[int, int, str]] = []
    for m in _GROUP_RE.finditer(text):
        start, end, word = m.start(), m.end(), m.group()
        if word[-1] in _NO and len(word) > 1:  # 「080の、」
            end, word = end - 1, word[:-1]
        if chain and not (_GAP_RE.fullmatch(text, chain[-1][1], start) or _no_gap(text, chain[-1][1], start)):
            groups.append(chain)
            chain = []
        if word in _NO:
            continue
        chain.append((start, end, word))
    groups.append(chain)
    edits = []
    for chain in groups:
        edits.extend(_chain_edits(chain))
    return view._rewrite(edits) if edits else view


def _no_gap(text: str, start: int, end: int) -> bool:
    """A gap that is の (and punctuation) between two groups: 「、の、」."""
    inner = text[start:end]
    return 0 < len(inner) <= 6 and all(c in _NO or _GAP_RE.fullmatch(c) for c in inner)


def _chain_edits(chain):
    for i, (start, end, word) in enumerate(chain):
        trunk = _TRUNK_END_RE.search(word)  # 「は080」: a particle glued before the digits
        if trunk is not None:
            start += trunk.start()
        elif len(word) > _MAX_GROUP or (_read_group(word).get(3) or (0, None))[1] not in _TRUNKS:
            continue
        rest = chain[i + 1:i + 1 + _MAX_GROUPS]
        reading = _read_rest(rest)
        if reading is None:
            continue
        # one edit from the trunk to the last group: the gaps (「！」「☎」) may be no phone separator
        trunk_digits = trunk.group() if trunk is not None else _read_group(word)[3][1]
        yield start, rest[len(reading) - 1][1], " ".join([trunk_digits] + reading)
        return


def _read_rest(rest) -> list[str] | None:
    """Each group's digits when the groups after a trunk read as exactly eight digits and the run
    of readable groups ends with them (the cheapest reading; None when two tie, or otherwise)."""
    totals: dict[int, tuple[int, list[str] | None]] = {0: (0, [])}
    groups = 0
    for _s, _e, word in rest:
        options = _read_group(word) if len(word) <= _MAX_GROUP else {}
        if not options:
            break
        groups += 1
        new: dict[int, tuple[int, list[str] | None]] = {}
        for total, (cost, parts) in totals.items():
            for count, (group_cost, digits) in options.items():
                key = total + count
                if key > _REST:
                    continue
                found = (cost + group_cost, None if parts is None or digits is None else parts + [digits])
                old = new.get(key)
                if old is None or found[0] < old[0]:
                    new[key] = found
                elif found[0] == old[0] and found[1] != old[1]:
                    new[key] = (old[0], None)
        totals = new
        if not totals:
            return None
    else:
        if len(rest) == _MAX_GROUPS:
            return None  # the run goes on: not a number's end
    if groups < 2 or _REST not in totals:
        return None
    return totals[_REST][1]
