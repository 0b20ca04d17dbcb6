"""Invitations to an outside channel written in Chinese or Korean, with no value (issue #14):
「카톡으로 연락주세요」「카카오톡 아이디 알려주세요」「加我微信」「请加我的LINE」.

Sudachi reads neither language, so this reader works like the Chinese and Korean payment reader
(payment_foreign.py): the words of lexicons/contact_foreign.txt and contact_foreign_channels.txt as substrings, sentence by
sentence; a channel named with a contact action or a request is an invitation, unless the sentence
refuses, forbids or warns (「카톡은 사용하지 않아요」「不要加陌生人的微信」) or makes the app the work
(「라인 스티커 제작」「微信小程序开发」). A Japanese sentence (kana and no Hangul) is left to the
Japanese reader.
"""
from __future__ import annotations

import functools
from typing import Iterator, NamedTuple

import regex

from ..lexicon import load_table
from ..model import CHANNELS
from ..normalize import NormalizedText
from .contact_lexicon import SCORE_INVITE, SCORE_INVITE_UNNAMED, UNNAMED

LEXICON_FILE = "contact_foreign.txt"
CHANNELS_FILE = "contact_foreign_channels.txt"
_GROUPS = ("channel", "action", "request", "negation", "topic")
_KANA_RE = regex.compile(r"[\p{Hiragana}\p{Katakana}]")
_HANGUL_RE = regex.compile(r"\p{Hangul}")
# (a comma does not end it: 「카톡 아이디 물어보셨는데, 여기 규칙 때문에 못 드려요」 refuses what the first clause names)
_SENTENCE_RE = regex.compile(r"(?:[^。！？!?.\n]|\.(?!\s))*+(?:[。！？!?]++|\.(?=\s)|\n|$)")
# 「WeChat Pay」「微信支付」「카카오페이」: the app's payment service, the payment reader's business
_PAY_AFTER_RE = regex.compile(r"\s?(?:pay(?![a-z])|支付|페이|转账|红包)")


class _Lexicon(NamedTuple):
    channels: dict[str, str]  # term -> channel
    patterns: dict[str, regex.Pattern]  # group -> alternation, longest first


@functools.lru_cache(maxsize=1)
def _lexicon() -> _Lexicon:
    terms: dict[str, list[str]] = {g: [] for g in _GROUPS}
    channels: dict[str, str] = {}
    for row in load_table(CHANNELS_FILE, columns=("term", "channel")):
        if row[1] != UNNAMED and row[1] not in CHANNELS:
            raise row.error(f"unknown channel {row[1]!r}; expected one of {', '.join(CHANNELS)} or {UNNAMED}")
        channels[row[0].lower()] = row[1]
        terms["channel"].append(row[0].lower())
    for row in load_table(LEXICON_FILE, columns=("group", "term")):
        if row[0] not in terms or row[0] == "channel":
            raise row.error(f"unknown group {row[0]!r} (expected one of {', '.join(_GROUPS[1:])})")
        terms[row[0]].append(row[1].lower())
    return _Lexicon(channels, {g: regex.compile("|".join(regex.escape(t) for t in sorted(ts, key=len, reverse=True)))
                               for g, ts in terms.items() if ts})


def gate_words() -> tuple[str, ...]:
    """The channel terms: Chinese is plain text to the gate (gate.py), so a message passes it only on
    one of these (Hangul is not plain and always passes)."""
    return tuple(_lexicon().channels)


def may_find(text: str) -> bool:
    """Whether ``text`` holds a channel term outside a Japanese sentence's kana (cheap, first test)."""
    lex = _lexicon()
    return "channel" in lex.patterns and lex.patterns["channel"].search(text) is not None and (
        _HANGUL_RE.search(text) is not None or _KANA_RE.search(text) is None)


def invitations(view: NormalizedText, taken: set[str | None]) -> Iterator[tuple[int, int, str | None, float]]:
    """(start, end, channel, score) of each Chinese or Korean invitation in ``view``, one per channel;
    ``taken``: channels the other readers already reported."""
    text = view.text
    if not may_find(text):
        return
    lex = _lexicon()
    seen = set(taken)
    for sm in _SENTENCE_RE.finditer(text):
        start, end = sm.span()
        if start == end:
            continue
        if _KANA_RE.search(text, start, end) is not None and _HANGUL_RE.search(text, start, end) is None:
            continue  # a Japanese sentence: the Japanese reader's
        # a Korean name starts its word (「온라인」 online, 「가이드라인」 are no LINE)
        names = [m for m in lex.patterns["channel"].finditer(text, start, end)
                 if not (m.start() and _HANGUL_RE.match(text, m.start() - 1) and _HANGUL_RE.match(text, m.start()))
                 and not _PAY_AFTER_RE.match(text, m.end())]
        if not names:
            continue
        if any(p in lex.patterns and lex.patterns[p].search(text, start, end) for p in ("negation", "topic")):
            continue
        cues = [m for g in ("action", "request") if g in lex.patterns for m in lex.patterns[g].finditer(text, start, end)]
        if not cues:
            continue
        lo_cue, hi_cue = min(m.start() for m in cues), max(m.end() for m in cues)
        for name in names:
            channel = lex.channels[name.group()]
            value = None if channel == UNNAMED else channel
            if value in seen:
                continue
            seen.add(value)
            others = [n for n in names if n is not name]
            lo, hi = min(name.start(), lo_cue), max(name.end(), hi_cue)
            # 「카톡이나 라인으로」: each channel's span keeps off the other's name
            if any(lo <= n.start() and n.end() <= name.start() for n in others):
                lo = name.start()
            if any(name.end() <= n.start() and n.end() <= hi for n in others):
                hi = name.end()
            yield lo, hi, value, SCORE_INVITE_UNNAMED if value is None else SCORE_INVITE["name"]
