"""How one chat turn is built around the piece it gives: what Guard leaves out before it reads a
message for the parts of an identifier split over several messages (issue #13).

Between the pieces the other side asks and the sender answers (「最初は？」「090」「次は？」): the
answer may quote the question on lines of its own (「> 次は？」, a chat app's reply), close on a
check said to the listener (「090、いい？」「4412 ok?」) or an end mark (「…。以上です」), or open on
talk about letter case (「全部小文字で、ra_1120」「小文字のm、それにogawa」) or on a confirmation of what
the other side repeated back (「合ってます。ゴーロクナナハチ」). None of that is a part of
the value, and each of them kept the piece from standing at the end or the opening of its message,
where pieces join. :func:`piece_of` gives what is left to read and where it starts in the message:
quoted lines blanked with spaces, the closing check cut, the opening quote or case talk passed over.
The words are in lexicons/split_turn_words.txt.
"""
from __future__ import annotations

import functools
import re
from typing import Sequence

from .lexicon import load_table

_KINDS = ("check", "end", "said", "confirm", "case")
# a line that quotes the message replied to: 「> 次は？」「＞最後は？」
_QUOTED_LINE_RE = re.compile(r"^[ \t\u3000]*[>＞].*$", re.MULTILINE)
_HAS_QUOTE_RE = re.compile(r"(?:^|\n)[ \t\u3000]*[>＞]")
_FULL_WIDTH_ASCII = str.maketrans({chr(c): chr(c - 0xFEE0) for c in range(0xFF01, 0xFF5F)})
# a piece ends in a digit, a letter, a number word read aloud or an ID's symbol
_PIECE_END = r"[0-9A-Za-z_.\-@\u3041-\u3096\u30a1-\u30fa\u30fc\uff66-\uff9f〇一二三四五六七八九零]"
_SEP = r"[\s、,。.!！…]"
# before a piece: never the dot that opens it (「うん、.photo」), only a full stop with spacing after it
_SEP_BEFORE = r"(?:[\s、,。!！…]|\.(?=\s))"
# after a check: its question endings (「いいですか？」「大丈夫かな」「ok??」)
_CHECK_CLOSE = r"(?:ですか|ですね|でしょうか|かな|か|ね|よ|な|です|[\s?？!！。.…〜~ー])*"
# between the case talk and the piece: 「で」「です」「で大丈夫です」「でもいけます」「の」
_CASE_REST = r"[^\sA-Za-z0-9@_.\-、,。!！?？]{0,10}"
_ANSWER = r"(?:はい|いえ|いいえ|うん|ううん|そう|そうです|そうそう|yes|yeah|yep|no|nope)"
_GOES_ON = (r"(?:続けて|つづけて|続きは|つづきは|続き|それに|それから|そのあとに|その後に|そのあと|その後|あとに|後に|"
            r"あとは|後ろは|うしろは|(?:and then|then|and)(?![a-z]))")
_BEFORE_PIECE = r"[\s、,:：]*"  # (not 「.」: 「続きは.kitchen」 gives the dot as a part)


@functools.lru_cache(maxsize=1)
def _words() -> dict[str, tuple[str, ...]]:
    words: dict[str, list[str]] = {kind: [] for kind in _KINDS}
    for row in load_table("split_turn_words.txt", columns=("word", "kind")):
        if row[1] not in words:
            raise row.error(f"unknown kind {row[1]!r}, expected one of {', '.join(_KINDS)}")
        words[row[1]].append(row[0].lower().translate(_FULL_WIDTH_ASCII))
    return {kind: tuple(sorted(ws, key=len, reverse=True)) for kind, ws in words.items()}


def _alternation(words: Sequence[str]) -> str:
    # (a word that ends in a letter ends there: 「ok」 is not the start of 「okinawa」)
    return "|".join(re.escape(w) + ("(?![a-z])" if w[-1:].isascii() and w[-1:].isalpha() else "") for w in words)


@functools.lru_cache(maxsize=1)
def _closing_re() -> "re.Pattern[str]":
    words = _words()
    said = _alternation(words["check"] + words["end"])
    # (a separator before the word: 「かわいい？」 ends in no check; searched only over the last 40
    # characters, so the lazy gap is bounded)
    saying = _alternation(words["said"])
    return re.compile(rf"(?<={_PIECE_END})(?:(?:です|だよ|ね|よ)?{_SEP}+(?:ここまで\s?)?(?:{said})"
                      rf"|\s?(?:から|まで)(?:は|を)?\s?(?:{saying})){_CHECK_CLOSE}$", re.IGNORECASE)


@functools.lru_cache(maxsize=1)
def _case_re() -> "re.Pattern[str]":
    case = _alternation(_words()["case"])
    return re.compile(rf"\s*(?:{_ANSWER}{_SEP}*)?(?:{case}){_CASE_REST}{_SEP_BEFORE}*(?:{_GOES_ON}{_BEFORE_PIECE})?",
                      re.IGNORECASE)


@functools.lru_cache(maxsize=1)
def _confirm_re() -> "re.Pattern[str]":
    said = _alternation(_words()["confirm"])
    # (「うん、で3321」: the で that goes on, before a piece)
    return re.compile(rf"\s*(?:{said})(?:です|だよ|ね|よ)?{_SEP_BEFORE}+(?:(?:で|{_GOES_ON}){_BEFORE_PIECE})?", re.IGNORECASE)


def piece_of(text: str, last_parts: Sequence[str] = ()) -> tuple[int, str]:
    """``(offset, piece)``: the part of ``text`` Guard reads for pieces, ``text[offset:]`` with the
    other sender's quoted lines blanked with spaces and a closing check or end mark cut off. The
    offset passes over quoted lines and an opening clause about letter case or a confirmation (and the spacing after
    them) that open the message: a piece right after them opens what is read, as it opens the turn.
    ``last_parts``: the values the sender's last message left as parts; an answer about case that
    gives the last part again in the right case (「M.」, then 「小文字のm、それにogawa」) gives no new
    part: it is passed over too. Text of no such turn is ``(0, text)``."""
    offset = 0
    if _HAS_QUOTE_RE.search(text):
        unquoted = _QUOTED_LINE_RE.sub(lambda m: " " * len(m.group()), text)
        if unquoted.strip():  # (a message all quote is read as typed)
            text = unquoted
            offset = len(text) - len(text.lstrip())
    folded = text.translate(_FULL_WIDTH_ASCII)
    lo = max(offset, len(folded) - 40)
    closing = _closing_re().search(folded, lo)
    if closing is not None and folded[offset:closing.start()].strip():
        text, folded = text[:closing.start()], folded[:closing.start()]
    case = _case_re().match(folded, offset)
    if case is not None and case.end() < len(folded):
        offset = _restated(folded, case.end(), last_parts) or case.end()
    elif (confirmed := _confirm_re().match(folded, offset)) is not None and confirmed.end() < len(folded):
        offset = confirmed.end()  # (「合ってます。ゴーロクナナハチ」: the repeat confirmed, then the next piece)
    return offset, text[offset:]


_RUN_RE = re.compile(r"[A-Za-z0-9_.\-@]+")
_AFTER_RESTATED_RE = re.compile(rf"[、,\s]*(?:{_GOES_ON}{_BEFORE_PIECE})?", re.IGNORECASE)


def _restated(folded: str, start: int, last_parts: Sequence[str]) -> int | None:
    """The end of the last part given again after case talk, and of the joining word after it."""
    run = _RUN_RE.match(folded, start)
    if run is None or not last_parts:
        return None
    again = run.group().lower()
    if not any(again.strip("._-") == p.lower().strip("._-") and again.strip("._-") for p in last_parts[-1:]):
        return None
    return _AFTER_RESTATED_RE.match(folded, run.end()).end()
