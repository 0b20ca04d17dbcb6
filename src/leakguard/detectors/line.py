"""LINE IDs and LINE add-friend links disclosed in a message.

A link (``line.me/ti/p/~taro``, ``line.me/R/ti/p/%40abc``, ``lin.ee/AbCd123``) is found by one
regex, gated on the substrings ``line.me`` / ``lin.ee``. An ID is an ASCII run that the shared
channel analysis (:mod:`.channels`) ties to LINE with a cue: 「LINE ID: taro_1234」「ラインは→taro」
「@123abcde（LINE公式）」「taro_1234でID検索」. A bare handle without a cue is never an ID.

LINE ID rules (domain notes §4): 4–20 characters of lowercase letters, digits and ``. - _``;
official accounts are ``@`` + the same characters. The value is the ID in lowercase (official
accounts keep ``@``) or, for a link, the canonical https URL in lowercase.
"""
from __future__ import annotations

import bisect
import itertools
from typing import Iterator

import regex

from ..model import LINE_ID, Finding
from ..normalize import NormalizedText
from .channels import ContactLexicon, analyze, default_lexicon, handles

_ID_RE = regex.compile(r"[a-z0-9._\-]{4,20}")
# 「LINE@nlj2850e」: LINE@ is the old name of official accounts, so the @ is no e-mail's.
_LINE_AT_RE = regex.compile(r"(?<![a-z0-9._\-])line ?@ ?(?P<id>[a-z0-9._\-]{4,20}+)(?![a-z0-9._\-@]|\.[a-z])")
# 「@123abcdeで検索すると弊社のアカウントが出てきます」: an official account's basic ID (8 letters and
# digits, both present) to be searched for, with no other channel named, is LINE's.
_OFFICIAL_SEARCH_RE = regex.compile(
    r"(?<![a-z0-9._\-@])@(?=[a-z0-9]{0,7}[0-9])(?=[a-z0-9]{0,7}[a-z])[a-z0-9]{8}(?![a-z0-9._\-@])"
    r"(?=\s{0,2}+(?:で|を)?\s{0,2}+(?:id)?\s{0,2}+(?:検索|けんさく))")
_ALL_DIGITS_OR_SEPARATORS_RE = regex.compile(r"[0-9._\-]+")
# Every form that adds a friend or opens an official account: line.me/ti/p/…, the deprecated line://
# scheme, lin.ee short links, an official account's page (page.line.me/<basic ID>), its QR image
# (qr-official.line.me/…/<id>.png) and its message link (line.me/R/oaMessage/@…).
_LINK_RE = regex.compile(
    r"(?<![a-z0-9.\-])"
    r"(?:(?:line://|(?:https?://)?(?:www\.)?line\.me/(?:r/)?)ti/(?P<kind>p|g2|g)/"
    r"(?P<prefix>[~～〜]@|[~～〜]%40|[~～〜]|@|%40)?(?P<id>[a-z0-9._\-]{1,64}+)"
    r"|(?:https?://)?(?:www\.)?(?:"
    r"line\.me/r/oamessage/(?:@|%40)(?P<oa>[a-z0-9._\-]{3,32}+)"
    r"|page\.line\.me/(?P<page>[a-z0-9._\-]{3,32}+)"
    r"|qr-official\.line\.me/[a-z]{1,8}+/[a-z]{1,4}+/(?P<qr>[a-z0-9._\-]{3,64}+)"
    r"|lin\.ee/(?P<short>[a-z0-9_\-]{3,32}+)))"
)


def is_line_id(value: str, *, numeric_ok: bool = False, stopwords: frozenset[str] | None = None) -> bool:
    """Whether ``value`` (lowercase) can be a LINE ID: ``taro_1234`` or ``@123abcde``.

    All-digit IDs exist but are rare and look like phone numbers, order numbers or years, so they
    only count when ``numeric_ok`` (an explicit 「LINE ID」 cue); phone-shaped runs are left to the
    phone detector either way. ``stopwords``: words that are never IDs (default: the packaged
    ``line_id_stopwords.txt``; a detector passes its own lexicon's, which a platform may extend).
    """
    body = value[1:] if value.startswith("@") else value
    if not _ID_RE.fullmatch(body):
        return False
    if not any(ch.isalnum() for ch in body) or body.strip("._-") != body and len(body.strip("._-")) < 4:
        return False
    if _ALL_DIGITS_OR_SEPARATORS_RE.fullmatch(body):
        digits = sum(ch.isdigit() for ch in body)
        if not numeric_ok or digits != len(body) or digits >= 10:
            return False
    return body not in (default_lexicon().id_stopwords if stopwords is None else stopwords)


def canonical_link(match: regex.Match) -> str:
    """``https://line.me/ti/p/~taro``; ``/R/`` dropped and ``%40`` / ``~@`` folded to ``@``."""
    if match.group("short"):
        return f"https://lin.ee/{match.group('short')}"
    if match.group("oa"):
        return f"https://line.me/ti/p/@{match.group('oa')}"  # the account the message link opens
    if match.group("page"):
        return f"https://page.line.me/{match.group('page').rstrip('.')}"
    if match.group("qr"):
        return match.group().lower() if match.group().startswith("http") else f"https://{match.group()}"
    kind, prefix, ident = match.group("kind"), match.group("prefix") or "", match.group("id")
    if kind != "p":
        return f"https://line.me/ti/{kind}/{ident}"
    if "@" in prefix or "%40" in prefix:
        return f"https://line.me/ti/p/@{ident}"
    return f"https://line.me/ti/p/{'~' if prefix else ''}{ident}"


class LineIdDetector:
    category = LINE_ID

    def __init__(self, lexicon: ContactLexicon | None = None):
        self._lexicon = lexicon

    def __call__(self, view: NormalizedText) -> Iterator[Finding]:
        text = view.text
        lex = self._lexicon or default_lexicon()
        links: list[tuple[int, int]] = []
        if "line.me" in text or "lin.ee" in text or "line://" in text:
            for m in _LINK_RE.finditer(text):
                links.append(m.span())
                yield self._finding(view, m.start(), m.end(), canonical_link(m), 0.95,
                                    "LINEの友だち追加リンクが含まれています。", "Contains a LINE add-friend link.")
        if "@" in text:
            for m in _LINE_AT_RE.finditer(text):
                value = "@" + m.group("id")
                if is_line_id(value, stopwords=lex.id_stopwords):
                    links.append(m.span())
                    yield self._finding(view, m.start("id") - 1 if text[m.start("id") - 1] == "@" else m.start("id"),
                                        m.end(), value, 0.9, "LINE公式アカウントのIDが含まれています。",
                                        "Contains a LINE official account ID.")
        a = analyze(view, lex)
        if "@" in text and (a is None or not any(m.channel not in ("line", "email", "phone", "-") for m in a.mentions)):
            # (the IDs found here never start inside one another: only the links before count)
            found = _Covered(links) if links else None
            for m in _OFFICIAL_SEARCH_RE.finditer(text):
                if found is None or not found.covers(m.start()):
                    links.append(m.span())
                    yield self._finding(view, m.start(), m.end(), m.group(), 0.9,
                                        "LINE公式アカウントのIDが含まれています。", "Contains a LINE official account ID.")
        if a is None:
            return
        # The analysis may read only a window of a long message (its own offsets): compare in
        # original offsets.
        reported = _Covered([view.span(s, e) for s, e in links]) if links else None
        for h in handles(a):
            if h.channel != "line" or reported is not None and reported.covers(a.view.span(h.start, h.end)[0]):
                continue
            if not is_line_id(h.value, numeric_ok=h.cue in ("id", "after"), stopwords=lex.id_stopwords):
                continue
            official = h.value.startswith("@")
            ja = "LINE公式アカウントのIDが含まれています。" if official else "LINE IDが含まれています。"
            en = "Contains a LINE official account ID." if official else "Contains a LINE ID."
            score = 0.92 if h.cue in ("id", "after") else 0.9
            yield self._finding(a.view, h.start, h.end, h.value, score, ja, en)

    @staticmethod
    def _finding(view: NormalizedText, start: int, end: int, value: str, score: float, ja: str, en: str) -> Finding:
        return Finding.at(view, LINE_ID, start, end, value, score, ja, en)


class _Covered:
    """Spans reported already; ``covers(pos)`` by bisection, so a file of thousands of links and
    IDs is not checked link by link for every ID."""

    __slots__ = ("starts", "reach")

    def __init__(self, spans: list[tuple[int, int]]):
        spans = sorted(spans)
        self.starts = [s for s, _e in spans]
        self.reach = list(itertools.accumulate((e for _s, e in spans), max))

    def covers(self, pos: int) -> bool:
        i = bisect.bisect_right(self.starts, pos) - 1
        return i >= 0 and self.reach[i] > pos


detect_line_ids = LineIdDetector()
