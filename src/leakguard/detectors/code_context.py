"""Code a message quotes, as a reading context: an address or ID inside a backtick span (`…`), a
fenced block (```…```) or a JSON string value is the code's or the test data's — a validation
pattern (``/^[a-z0-9._-]{4,20}$/``), a test case (`foo@example.com`), a dummy record — not one
the writer gives, unless the prose of its sentence says it is the writer's own or asks that it be
used (「私のアドレス `taro.k@gmail.com` に送って」). The cue words are data:
``lexicons/quoted_code_cues.txt``.

Addresses at the domains reserved for examples (RFC 2606, RFC 6761: example.com/.net/.org and the
Japanese registries' example.jp, example.co.jp, example.ne.jp) are data outside code too when the
message says it is about a template, test data or validation (「差出人：noreply@example.com」 in
a mail template); the fictional addresses of a chat (「これ私のアドレスです t.yamada@example.com」)
stay addresses. A placeholder domain (「local@domain.tld」, ``placeholder`` rows) is a format anywhere.

Two more reading contexts of the same kind: a channel's name inside a markup tag's attributes
(「<meta name="twitter:card" …>」) is the markup's, and in a message about translating, an address
inside a quoted sentence is the source text's (「原文に "Contact us … support@…" という一文が」).

Every pattern is bounded and the fences are paired by ``str.find``: linear in the message.
"""
from __future__ import annotations

import bisect
import functools

import regex

from ..lexicon import load_table
from ..normalize import NormalizedText
from ..spans import Spans

CUES_FILE = "quoted_code_cues.txt"
_KINDS = ("own", "invite", "frame", "placeholder")
_PLACEHOLDER_TLD = "tld"  # 「local@domain.tld」: the name of the part, never a delegated top-level domain
_FENCE = "```"
# an inline span stays on one line (an unpaired backtick must not quote the rest of the message)
_INLINE_RE = regex.compile(r"`[^`\n]{1,300}+`")
# 「{"email": "taro@example.com"}」: a JSON string value after its key
_JSON_VALUE_RE = regex.compile(r"\"[a-z0-9_\-]{1,40}+\"[ \t]{0,2}+:[ \t]{0,2}+\"(?P<v>[^\"\n]{1,200}+)\"")
# 「<meta name="twitter:card" content="summary">」: a markup tag with attributes (「<LINE: taro_88>」 has none)
_TAG_RE = regex.compile(r"<[a-z][a-z0-9]{0,15}+(?:\s{1,3}+[a-z][a-z0-9:_\-]{0,30}+=(?:\"[^\"\n<>]{0,200}+\"|'[^'\n<>]{0,200}+'))++\s{0,3}+/?>")
# a domain reserved for examples, or one of its subdomains (「mail.example.com」)
_RESERVED_DOMAIN_RE = regex.compile(r"(?:[a-z0-9\-]{1,63}\.){0,4}example\.(?:com|net|org|jp|co\.jp|ne\.jp|or\.jp)")
_SENTENCE_ENDS = "。\n!?！？"
_REACH = 80
_FRAME_REACH = 400  # (under longtext.MARGIN, so that windows and the whole text agree)


@functools.lru_cache(maxsize=1)
def _cues() -> dict[str, "regex.Pattern[str]"]:
    words: dict[str, list[str]] = {kind: [] for kind in _KINDS}
    for row in load_table(CUES_FILE, columns=("term", "kind")):
        if row[1] not in words:
            raise row.error(f"kind {row[1]!r} is not one of {', '.join(_KINDS)}")
        words[row[1]].append(row[0])
    out = {}
    for kind, terms in words.items():
        if kind == "placeholder":
            continue  # (domains, compared whole: placeholder_domains)
        # (an ASCII word stands alone: 「my」 is no cue inside 「mystery」)
        alts = [rf"(?<![a-z]){regex.escape(t)}(?![a-z])" if t.isascii() and t[-1:].isalpha() else regex.escape(t)
                for t in sorted(terms, key=len, reverse=True)]
        out[kind] = regex.compile("|".join(alts) or "(?!)")
    return out


@functools.lru_cache(maxsize=1)
def placeholder_domains() -> frozenset[str]:
    """Domains written as placeholders in specifications and code (the ``placeholder`` rows)."""
    _cues()  # (validates every row's kind first)
    return frozenset(row[0].lower() for row in load_table(CUES_FILE, columns=("term", "kind")) if row[1] == "placeholder")


def _spans(text: str) -> Spans | None:
    if "`" not in text and "\":" not in text and "\" :" not in text:
        return None
    spans: list[tuple[int, int]] = []
    fenced: list[tuple[int, int]] = []
    pos = text.find(_FENCE)
    while pos >= 0:
        close = text.find(_FENCE, pos + len(_FENCE))
        end = len(text) if close < 0 else close + len(_FENCE)  # (an unclosed fence runs to the end)
        fenced.append((pos, end))
        pos = text.find(_FENCE, end) if close >= 0 else -1
    spans.extend(fenced)
    inside = Spans(fenced) if fenced else None
    for m in _INLINE_RE.finditer(text):
        if "``" not in m.group() and (inside is None or not inside.overlaps(*m.span())):
            spans.append(m.span())
    # (the spans stay apart: a value's holder is found in a step or two, however many there are)
    inside = Spans(spans) if spans else None
    for m in _JSON_VALUE_RE.finditer(text):
        if inside is None or not inside.overlaps(*m.span("v")):
            spans.append(m.span("v"))
    return Spans(spans) if spans else None


def code_spans(view: NormalizedText) -> Spans | None:
    """The quoted code of ``view`` (None: none), computed once per view."""
    return view.memo("code_context.spans", lambda: _spans(view.text))


def _prose(text: str, start: int, end: int, spans: Spans) -> str:
    """The words of the value's sentence (and of the line that opens a block it is in) that are not
    code themselves."""
    lo = max(0, start - _REACH)
    lo = max([lo] + [text.rfind(ch, lo, start) + 1 for ch in _SENTENCE_ENDS])
    hi = min(len(text), end + _REACH)
    hi = min([hi] + [p for p in (text.find(ch, end, hi) for ch in _SENTENCE_ENDS) if p >= 0])
    # a block's value reads the last line before its fence (「急ぎの件はこちらにどうぞ。⏎⏎```json⏎…」)
    # and a comment after it on its own line (「to: …@gmail.com  # 私の個人アドレスです」)
    # and the first line after the block (「```⏎これが私の連絡先です」)
    held = _holder(spans, start)
    if held is not None and text.startswith(_FENCE, held[0]):
        above = text[max(0, held[0] - _REACH):held[0]].rstrip()
        below = text[held[1]:held[1] + _REACH].lstrip()
        # (and the block's own first line, which often says what it holds: 「BEGIN:VCARD」「# 私の連絡先」)
        first = text[held[0]:min(held[1], held[0] + _REACH)].split("\n", 2)
        return "\n".join((above[above.rfind("\n") + 1:], first[1] if len(first) > 1 else "", text[end:hi],
                          below.partition("\n")[0]))
    out = []
    pos = lo
    while pos < hi:
        if spans.contains(pos, pos + 1):
            pos += 1
            continue
        out.append(text[pos])
        pos += 1
    return "".join(out)


def _holder(spans: Spans, pos: int) -> tuple[int, int] | None:
    """The quoted code holding ``pos``, if one does."""
    i = bisect.bisect_right(spans.starts, pos) - 1
    while i >= 0:
        if spans.ends[i] > pos:
            return spans.starts[i], spans.ends[i]
        if spans.reach[i] <= pos:
            return None
        i -= 1
    return None


def in_markup(view: NormalizedText, start: int, end: int) -> bool:
    """Normalized ``[start, end)`` lies in a markup tag with attributes: a channel's name there is
    the markup's (「<meta name="twitter:card" …>」), whatever the tag's values may be."""
    if "<" not in view.text or "=" not in view.text:
        return False
    tags = view.memo("code_context.tags", lambda: Spans([m.span() for m in _TAG_RE.finditer(view.text)]))
    return tags.contains(start, end)


def quoted_data(view: NormalizedText, start: int, end: int) -> bool:
    """Normalized ``[start, end)`` lies in quoted code and its sentence neither gives it as the
    writer's own nor asks that it be used."""
    spans = code_spans(view)
    if spans is None or not spans.contains(start, end):
        return False
    prose = _prose(view.text, start, end, spans)
    cues = _cues()
    return cues["own"].search(prose) is None and cues["invite"].search(prose) is None


# 「翻訳対象の原文に "Contact us … email support@…" という一文が」: in a message about translating, a
# quote is the source text, and an address in it is the text's (a hotel's, a shop's), not the writer's
_SOURCE_FRAME_RE = regex.compile(r"原文|訳文|翻訳|英訳|和訳|(?<![a-z])translat")
_SOURCE_WORDS = 4  # characters of the quoted sentence besides the value
_QUOTE_RE = regex.compile(r"\"[^\"\n]{1,400}+\"|「[^「」\n]{1,400}+」|“[^”\n]{1,400}+”")


def quoted_source(view: NormalizedText, start: int, end: int) -> bool:
    """Normalized ``[start, end)`` lies in a quote of a message about translating, and the words
    outside the quote neither give it as the writer's own nor ask that it be used."""
    text = view.text
    if _SOURCE_FRAME_RE.search(text) is None:
        return False
    quotes = view.memo("code_context.quotes", lambda: Spans([m.span() for m in _QUOTE_RE.finditer(text)]))
    held = _holder(quotes, start) if quotes.contains(start, end) else None
    if held is None or len(text[held[0] + 1:start].strip()) + len(text[end:held[1] - 1].strip()) < _SOURCE_WORDS:
        return False  # (「メアドは「taro.k@gmail.com」です」: a value set off alone is given, not quoted text)
    prose = _prose(text, start, end, quotes)
    cues = _cues()
    return cues["own"].search(prose) is None and cues["invite"].search(prose) is None


def example_data(view: NormalizedText, start: int, end: int, domain: str) -> bool:
    """An address at a placeholder domain (「local@domain.tld」「hoge@hoge.com」), or at a domain reserved
    for examples in a message about a template, test data or validation, neither given as the
    writer's own nor asked to be used in its sentence."""
    placeholder = domain in placeholder_domains() or domain.rpartition(".")[2] == _PLACEHOLDER_TLD
    if not placeholder and _RESERVED_DOMAIN_RE.fullmatch(domain) is None:
        return False
    cues = _cues()
    text = view.text
    # the frame is the address's own part of the text: in a long text (a chat log read whole) a
    # 「テストデータ」 pages away says nothing about it, and a window of longtext reads the same
    if not placeholder and cues["frame"].search(text, max(0, start - _FRAME_REACH), end + _FRAME_REACH) is None:
        return False
    lo = max(0, start - _REACH)
    lo = max([lo] + [text.rfind(ch, lo, start) + 1 for ch in _SENTENCE_ENDS])
    hi = min(len(text), end + _REACH)
    hi = min([hi] + [p for p in (text.find(ch, end, hi) for ch in _SENTENCE_ENDS) if p >= 0])
    return cues["own"].search(text, lo, hi) is None and cues["invite"].search(text, lo, hi) is None

