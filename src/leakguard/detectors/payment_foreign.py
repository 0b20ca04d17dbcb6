"""Off-platform payment proposals in Chinese and Korean (issue #14, round 8).

Guests and residents from abroad propose paying outside in their own language (「定金我用支付宝付给你吧，
不走平台了」「보증금은 여기 말고 토스로 보내 드릴게요」). Sudachi reads neither language, so this reader
works like the English one: the words of lexicons/payment_foreign.txt as substrings, sentence by
sentence, groups that must meet in a sentence, a request cue that raises the score, a refusal or
warning that cuts it, a work topic that sets the sentence aside.
"""
from __future__ import annotations

import functools

import regex

from ..lexicon import load_table
from ..model import PAYMENT, Finding
from ..normalize import NormalizedText
from .payment_english import rules_met

LEXICON_FILE = "payment_foreign.txt"
_GROUPS = ("channel", "pay", "around", "details", "request", "negation", "topic")
# Han outside Japanese kana text is not enough (every Japanese sentence has kanji): the reader runs
# on Hangul, or on the simplified forms and function words Japanese never writes.
_SCRIPT_RE = regex.compile(r"[\p{Hangul}]|[们这么吗吧给转账钱说没款见现]")
_KANA_RE = regex.compile(r"[\p{Hiragana}\p{Katakana}]")
_HANGUL_RE = regex.compile(r"\p{Hangul}")
_SENTENCE_RE = regex.compile(r"[^。！？!?\n]*+(?:[。！？!?]++|\n|$)")
_SHORT_TAIL = 6  # characters: a sentence this short (「可以吗？」) belongs to the one before

# (groups, weight, label_ja, label_en): the rules, strongest first
_RULES = (
    (("details",), 0.7, "送金先・支払い情報のやり取り", "payment details asked for or given"),
    (("around", "channel"), 0.65, "プラットフォーム外の決済手段", "an outside payment method instead of the platform"),
    (("around", "pay"), 0.6, "プラットフォームを通さない支払い", "paying around the platform"),
    (("channel", "pay"), 0.45, "外部決済手段での支払い", "payment through an outside method"),
)
_REQUEST_WEIGHT = 0.5
_SUPPRESSED_SHARE = 0.15
_MAX_SCORE = 0.95


@functools.lru_cache(maxsize=1)
def _lexicon() -> dict[str, regex.Pattern]:
    terms: dict[str, list[str]] = {g: [] for g in _GROUPS}
    for row in load_table(LEXICON_FILE, columns=("group", "term")):
        if row[0] not in terms:
            raise row.error(f"unknown group {row[0]!r} (expected one of {', '.join(_GROUPS)})")
        terms[row[0]].append(row[1].lower())
    # longest first, so 微信支付 is read before 微信 (one hit per place)
    return {g: regex.compile("|".join(regex.escape(t) for t in sorted(ts, key=len, reverse=True)))
            for g, ts in terms.items() if ts}


def gate_words() -> tuple[str, ...]:
    """The terms of every rule's first group: Chinese is plain text to the gate (gate.py), so a
    message passes it only on one of these (Hangul is not plain and always passes)."""
    anchors = {groups[0] for groups, *_rest in _RULES}
    return tuple(row[1].lower() for row in load_table(LEXICON_FILE, columns=("group", "term")) if row[0] in anchors)


def may_find(text: str) -> bool:
    """Whether ``text`` is in Chinese or Korean and one rule's first group is in it."""
    if _SCRIPT_RE.search(text) is None:
        return False
    lex = _lexicon()
    return any(lex[groups[0]].search(text) for groups, *_rest in _RULES)


def find_foreign(view: NormalizedText) -> list[Finding]:
    """The Chinese and Korean payment proposals of ``view``: at most one finding per sentence."""
    text = view.text
    if not may_find(text):
        return []
    sentences: list[tuple[int, int]] = []
    for m in _SENTENCE_RE.finditer(text):
        start, end = m.span()
        if start == end:
            continue
        if sentences and len(text[start:end].strip()) <= _SHORT_TAIL and sentences[-1][1] == start:
            sentences[-1] = (sentences[-1][0], end)
        else:
            sentences.append((start, end))
    out = []
    for start, end in sentences:
        # in a message with Chinese or Korean, a sentence with kana and no Hangul is Japanese (the
        # Japanese reader's); one without kana is read here (「不想付平台手续费」 has no simplified mark)
        if _KANA_RE.search(text, start, end) is not None and _HANGUL_RE.search(text, start, end) is None:
            continue
        finding = _judge(view, start, end)
        if finding is not None:
            out.append(finding)
    return out


def _judge(view: NormalizedText, start: int, end: int) -> Finding | None:
    text, lex = view.text, _lexicon()
    hits = {g: [m.span() for m in p.finditer(text, start, end)] for g, p in lex.items()}
    # one word read twice (直接转 is around and pay) is not two signals: rules_met asks two places
    score, labels_ja, labels_en, spans = rules_met(_RULES, hits)
    if not spans or hits.get("topic"):
        return None
    if hits.get("request"):
        score += (1 - score) * _REQUEST_WEIGHT
    refused = hits.get("negation")
    if refused:
        score *= _SUPPRESSED_SHARE
    score = round(min(score, _MAX_SCORE), 4)
    lo, hi = min(s for s, _e in spans), max(e for _s, e in spans)
    reason = "外部での支払いの誘い（中国語・韓国語）: " + "、".join(labels_ja)
    reason_en = "Off-platform payment proposal (Chinese or Korean): " + "; ".join(labels_en)
    if refused:
        cut = view.original_slice(*refused[0])
        reason += f"、ただし否定・注意喚起の文脈（{cut}）"
        reason_en += f"; but refused, forbidden or warned about ({cut})"
    return Finding.at(view, PAYMENT, lo, hi, None, score, reason + "。", reason_en + ".")
