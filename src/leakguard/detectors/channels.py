"""Outside contact channels: who is named, whether the sentence asks to move there, and handles.

Three steps, each paid for only when the one before found something:

1. an Aho–Corasick automaton over every channel spelling and link host (built once per
   lexicon) runs on the normalized text; a message with no hit ends here and never reaches
   Sudachi. Slang (ら, 線, L, X) is checked against the characters after it before it counts;
2. the hits are checked against Sudachi tokens: a katakana name must be a whole word
   (ライン, not ラインナップ / デッドライン), and a name next to a job-topic word is a topic, not
   a place to talk (「LINEスタンプ制作」「Discord botの開発」);
3. each sentence with a channel is read on normalized forms and parts of speech: a contact action
   (交換, 追加, 教える, 連絡 …) with a request, offer or invitation (下さる, 可能, volitional and
   imperative forms, 「〜ませんか」) is an invitation; a negation or a refusal word (遠慮, 禁止,
   規約 …) turns it into a refusal, reported with a score below ``Policy.min_score``.

The word lists are data (``lexicons/channel_*.txt``, ``contact_*.txt``, ``line_id_*.txt``); a
platform adds its own with :meth:`ContactLexicon.load` ``(extra=...)``.
"""
from __future__ import annotations

import bisect
import functools
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Iterator, Mapping, NamedTuple, Sequence

import regex

from ..lexicon import LexiconError, Row, load_table
from ..model import EXTERNAL, Finding
from ..normalize import NormalizedText

CHANNELS: tuple[str, ...] = (
    "line", "chatwork", "skype", "discord", "slack", "telegram", "whatsapp", "signal",
    "instagram", "x", "facebook", "zoom", "google_meet", "teams", "kakao", "wechat", "email", "phone",
)
UNNAMED = "-"  # 連絡先 / 外部ツール: an outside channel that is not named; the finding's value is None
ALIAS_KINDS = frozenset({"name", "slang", "verbal", "pointer", "direct", "number", "call", "qr"})
ACTION_KINDS = frozenset({"exchange", "talk", "talk_after", "use", "invite", "detail", "publish"})
MODALITY_KINDS = frozenset({"request", "offer", "question", "hedge", "past", "wish"})

CHANNEL_NAMES: Mapping[str, tuple[str, str]] = {
    "line": ("LINE", "LINE"), "chatwork": ("Chatwork", "Chatwork"), "skype": ("Skype", "Skype"),
    "discord": ("Discord", "Discord"), "slack": ("Slack", "Slack"), "telegram": ("Telegram", "Telegram"),
    "whatsapp": ("WhatsApp", "WhatsApp"), "signal": ("Signal", "Signal"),
    "instagram": ("Instagram", "Instagram"), "x": ("X（旧Twitter）", "X (Twitter)"),
    "facebook": ("Facebook", "Facebook"), "zoom": ("Zoom", "Zoom"), "google_meet": ("Google Meet", "Google Meet"),
    "teams": ("Teams", "Teams"), "kakao": ("KakaoTalk", "KakaoTalk"), "wechat": ("WeChat", "WeChat"),
    "email": ("直接のメール", "direct e-mail"), "phone": ("電話", "phone"),
    UNNAMED: ("外部の連絡手段", "an outside channel"),
}

# Files a platform may extend through ContactLexicon.load(extra={file name: [paths]}).
LEXICON_FILES: tuple[str, ...] = (
    "channel_aliases.txt", "channel_slang_cues.txt", "channel_topics.txt", "channel_urls.txt",
    "contact_actions.txt", "contact_modality.txt", "contact_refusals.txt",
    "line_id_cues.txt", "line_id_stopwords.txt",
)

# Scores. A refusal stays below Policy.min_score (0.5): visible to a caller who lowers it, never a warning.
SCORE_REFUSAL = 0.2
SCORE_INVITE = {"name": 0.8, "verbal": 0.8, "pointer": 0.8, "slang": 0.7, "direct": 0.75, "number": 0.75,
                "call": 0.75, "qr": 0.75, "value": 0.8}
SCORE_INVITE_UNNAMED = 0.65
SCORE_STATEMENT = 0.65  # 「LINEで送ります」: an announcement rather than a request
SCORE_HANDLE = 0.85
SCORE_LINK = 0.9
MAX_MENTIONS = 64  # per message; a chat message that names channels more often is spam either way

_ASCII_WORD = frozenset("abcdefghijklmnopqrstuvwxyz0123456789")
_SPACED_SEP = r"[ \-_.・*/,、]{1,2}+"
_SPACED_GATE_RE = regex.compile(rf"[a-z]{_SPACED_SEP}[a-z]{_SPACED_SEP}[a-z]")
_SPACED_KANA_GATE_RE = regex.compile(rf"[ぁ-んァ-ヶー]{_SPACED_SEP}[ぁ-んァ-ヶー]{_SPACED_SEP}[ぁ-んァ-ヶー]")
# What both gates need: a letter between two separators. It starts only at a separator, so on
# ordinary Japanese text it is ~5× cheaper than the kana gate, which starts at every kana.
_SPACED_PRE_RE = regex.compile(rf"{_SPACED_SEP}[a-zぁ-んァ-ヶー]{_SPACED_SEP}")
# An ASCII run that could be a handle: 2–32 of [a-z0-9._-], optionally after "@", not glued to
# another identifier character (so it is never the middle of an e-mail address or a URL).
HANDLE_RE = regex.compile(r"(?<![a-z0-9._\-@/~%#+])(@?+)([a-z0-9._\-]{2,32}+)(?![a-z0-9._\-@/]|:[a-z0-9])")
_SKYPE_LIVE_RE = regex.compile(r"(?<![a-z0-9])live:(?:\.cid\.)?[a-z0-9._\-]{2,64}+")
_DISCORD_TAG_RE = regex.compile(r"#[0-9]{4}(?![0-9])")
_SENTENCE_BREAK_RE = regex.compile(r"[。!?\n]|\.(?![a-z0-9])")
_HANDLE_SEP = r"(?:[\s:=→⇒>＞\-]|は|が|って|も|を|の|です)"
_KANA_WORD_RE = regex.compile(r"[ぁ-んァ-ヶー]+")
_ID_CHARS_RE = regex.compile(r"[a-z0-9._\-]+")
_DOMAIN_RE = regex.compile(r"\.(?:com|net|org|jp|co|io|me|ne|ac|go|info|biz|us|gg|ee)$")


class Mention(NamedTuple):
    start: int  # normalized offsets
    end: int
    channel: str
    kind: str


@dataclass(frozen=True, eq=False)
class ContactLexicon:
    """Every word list the channel detectors read, validated and normalized once."""

    aliases: Mapping[str, tuple[str, str]]  # normalized term -> (channel, kind)
    slang_cues: tuple[str, ...]
    topics: frozenset[str]
    urls: Mapping[str, str]  # host/path -> channel
    actions: Mapping[str, str]  # lemma -> kind
    follow_up_talk: frozenset[str]  # talk actions that carry over to the sentence before after an address or ID
    publish: frozenset[str]  # publishing on the channel (投稿, 宣伝 …): a job or advice, not a move there
    modality: Mapping[str, str]
    refusals: frozenset[str]
    id_cues: tuple[str, ...]
    id_stopwords: frozenset[str]

    @classmethod
    def load(cls, extra: Mapping[str, Iterable[str | Path]] | None = None) -> "ContactLexicon":
        """The packaged lists plus ``extra``: ``{"channel_aliases.txt": ["/etc/site/aliases.txt"]}``.

        Extra files use the packaged file's columns; a malformed row raises ``LexiconError``
        naming the file and line. Without ``extra`` the packaged lexicon is shared (cached).
        """
        if not extra:
            return default_lexicon()
        unknown = sorted(set(extra) - set(LEXICON_FILES))
        if unknown:
            raise LexiconError(f"no lexicon named {', '.join(unknown)}; extendable: {', '.join(LEXICON_FILES)}")
        return _build({name: tuple(Path(p) for p in paths) for name, paths in extra.items()})

    # -- derived matchers (built once per lexicon) ---------------------------------------------
    @functools.cached_property
    def automaton(self):
        """Aho–Corasick over every alias, link host and ``live:``; returns (kind, payload) ids."""
        import ahocorasick_rs

        patterns = list(self.aliases) + list(self.urls) + ["live:"]
        return ahocorasick_rs.AhoCorasick(patterns, matchkind=ahocorasick_rs.MatchKind.LeftmostLongest)

    @functools.cached_property
    def _patterns(self) -> tuple[str, ...]:
        return tuple(self.aliases) + tuple(self.urls) + ("live:",)

    @functools.cached_property
    def slang_cue_re(self):
        cues = "|".join(regex.escape(c) for c in sorted(self.slang_cues, key=len, reverse=True))
        # 「緑のほうで話そ」「線の方にID送る」: the slang word with の方 (“the … one”) before the cue
        return regex.compile(rf"(?:の(?:方|ほう))?(?:[のをでは、 ]|って)?(?:{cues})")

    @functools.cached_property
    def spaced_re(self):
        """「L I N E」「l-i-n-e」「ラ イ ン」: ASCII channel names of four letters or more and kana
        names of three or more, letter by letter."""
        names = sorted({t for t, (_c, k) in self.aliases.items() if k == "name" and t.isascii() and t.isalpha() and len(t) >= 4})
        alts = "|".join(_SPACED_SEP.join(regex.escape(ch) for ch in name) for name in names)
        kana = sorted({t for t, (_c, k) in self.aliases.items() if k == "name" and len(t) >= 3 and _KANA_WORD_RE.fullmatch(t)})

        def spelled(words):
            return "|".join(_SPACED_SEP.join(regex.escape(ch) for ch in w) for w in words) or "(?!)"
        katakana = [w for w in kana if _KATAKANA_RE.fullmatch(w)]
        hiragana = [w for w in kana if not _KATAKANA_RE.fullmatch(w)]
        # a katakana name must not run on into a longer word (ラ イ ン ナップ); hiragana ones are
        # followed by particles (ら・い・んのID)
        return regex.compile(rf"(?<![a-z])(?:{alts})(?![a-z])|(?<![ァ-ヶー])(?:{spelled(katakana)})(?![ァ-ヶー])"
                             rf"|(?<![ぁ-ん])(?:{spelled(hiragana)})")

    @functools.cached_property
    def id_cue_before_re(self):
        cues = "|".join(regex.escape(c) for c in sorted(self.id_cues, key=len, reverse=True))
        # 「IDは→」「IDおくっとくね、」, and a verb with kanji before an arrow or colon: 「ID置いておきますね→」
        # (not before a comma: 「ID管理表、…」 is a topic)
        return regex.compile(rf"(?:{cues})(?:{_HANDLE_SEP}{{0,4}}+|[ぁ-ん]{{1,8}}+[→⇒:、,]\s{{0,2}}+"
                             rf"|(?:を|は)?\p{{Han}}{{1,2}}[ぁ-ん]{{1,8}}+[→⇒:]\s{{0,2}}+)$")

    @functools.cached_property
    def _refusal_automaton(self):
        import ahocorasick_rs

        if not self.refusals or any("σ" in r or "ς" in r for r in self.refusals):
            return None  # str.lower() of Σ depends on its neighbours: no text-level gate
        return ahocorasick_rs.AhoCorasick(sorted(self.refusals))

    def refusal_in_text(self, text: str) -> bool:
        """Whether a refusal word may be a token's lowercased surface, or a phrase in the surfaces
        (False only when none occurs in the lowercased text; True when that cannot be told)."""
        automaton = self._refusal_automaton
        if automaton is None:
            return bool(self.refusals)
        try:
            return bool(automaton.find_matches_as_indexes(text.lower()))
        except UnicodeEncodeError:  # lone surrogates
            return True

    @functools.cached_property
    def url_re(self):
        hosts = "|".join(regex.escape(h) for h in sorted(self.urls, key=len, reverse=True))
        return regex.compile(rf"(?<![a-z0-9.\-])(?:https?://)?(?:www\.)?(?:{hosts})[!-~]{{1,300}}+")


@functools.lru_cache(maxsize=1)
def default_lexicon() -> ContactLexicon:
    return _build({})


def _norm(term: str) -> str:
    return NormalizedText.of(term).text.strip()


_COLUMNS = {"channel_aliases.txt": 3, "channel_urls.txt": 2, "contact_actions.txt": 2, "contact_modality.txt": 2}
_COLUMNS = {name: _COLUMNS.get(name, 1) for name in LEXICON_FILES}


def _build(extra: Mapping[str, tuple[Path, ...]]) -> ContactLexicon:
    def rows(name: str) -> list[Row]:
        out = load_table(name, extra=extra.get(name, ()))
        need = _COLUMNS[name]
        for row in out:
            if len(row.fields) < need:
                raise row.error(f"missing field(s): {name} rows have {need} columns")
        return out

    aliases: dict[str, tuple[str, str]] = {}
    for row in rows("channel_aliases.txt"):
        term, channel, kind = _norm(row[0]), row[1].lower(), row[2].lower()
        if channel not in CHANNELS and channel != UNNAMED:
            raise row.error(f"unknown channel {channel!r}; expected one of {', '.join(CHANNELS)} or -")
        if kind not in ALIAS_KINDS:
            raise row.error(f"unknown kind {kind!r}; expected one of {', '.join(sorted(ALIAS_KINDS))}")
        if not term:
            raise row.error("empty term after normalization")
        aliases[term] = (channel, kind)
    urls: dict[str, str] = {}
    for row in rows("channel_urls.txt"):
        host, channel = row[0].lower(), row[1].lower()
        if channel not in CHANNELS:
            raise row.error(f"unknown channel {channel!r}")
        if not regex.fullmatch(r"[a-z0-9.\-]+\.[a-z]{2,}(?:/[a-z0-9._\-/]*)?", host):
            raise row.error(f"{host!r} is not a host/path such as zoom.us/")
        urls[host.rstrip("/")] = channel

    def kinds(name: str, allowed: frozenset[str]) -> dict[str, str]:
        out: dict[str, str] = {}
        for row in rows(name):
            if row[1].lower() not in allowed:
                raise row.error(f"unknown kind {row[1]!r}; expected one of {', '.join(sorted(allowed))}")
            out[row[0].lower()] = row[1].lower()
        return out

    def words(name: str) -> list[str]:
        return [_norm(row[0]) for row in rows(name) if _norm(row[0])]

    stopwords = []
    for row in rows("line_id_stopwords.txt"):
        if not _ID_CHARS_RE.fullmatch(row[0].lower()):
            raise row.error(f"{row[0]!r} is not an ASCII identifier word")
        stopwords.append(row[0].lower())
    actions = kinds("contact_actions.txt", ACTION_KINDS)
    return ContactLexicon(
        aliases=aliases,
        slang_cues=tuple(words("channel_slang_cues.txt")),
        topics=frozenset(w.lower() for w in words("channel_topics.txt")),
        urls=urls,
        actions={lem: "talk" if kind == "talk_after" else kind for lem, kind in actions.items() if kind != "publish"},
        follow_up_talk=frozenset(lem for lem, kind in actions.items() if kind == "talk_after"),
        publish=frozenset(lem for lem, kind in actions.items() if kind == "publish"),
        modality=kinds("contact_modality.txt", MODALITY_KINDS),
        refusals=frozenset(w.lower() for w in words("contact_refusals.txt")),
        id_cues=tuple(words("line_id_cues.txt")),
        id_stopwords=frozenset(stopwords),
    )


# -- step 1: cheap hits, no Sudachi -------------------------------------------------------------
class Hits(NamedTuple):
    mentions: list[Mention]  # alias hits that passed the character checks (not yet the token checks)
    links: list[tuple[int, int, str]]  # (start, end, channel) for outside links other than LINE
    skype_live: bool


def cheap_hits(view: NormalizedText, lex: ContactLexicon) -> Hits | None:
    """Alias and link hits on the normalized text, or None when nothing can be a finding."""
    text = view.text  # never holds lone surrogates: the normalizer folds them to U+FFFD
    matches = lex.automaton.find_matches_as_indexes(text)
    spaced = lex.spaced_re.finditer(text) if _SPACED_PRE_RE.search(text) and (
        _SPACED_GATE_RE.search(text) or _SPACED_KANA_GATE_RE.search(text)) else ()
    if not matches and not spaced:
        values = _value_mentions(text)  # 「03-…です。お気軽にご連絡ください」: an address or number asked to be used
        return Hits(values, [], False) if values else None
    patterns = lex._patterns
    n_alias = len(lex.aliases)
    mentions: list[Mention] = []
    links: list[tuple[int, int, str]] = []
    skype_live = False
    for index, start, end in matches:
        if index >= n_alias:
            term = patterns[index]
            if term == "live:":
                skype_live = True
            continue
        term = patterns[index]
        channel, kind = lex.aliases[term]
        if term.isascii():
            if start and text[start - 1] in _ASCII_WORD:
                continue
            if end < len(text) and text[end] in _ASCII_WORD and not text.startswith("id", end):
                continue
        if kind == "slang" and not _slang_counts(text, start, end, lex):
            continue
        mentions.append(Mention(start, end, channel, kind))
        if len(mentions) >= MAX_MENTIONS:
            break
    for m in spaced:
        if len(mentions) >= MAX_MENTIONS:
            break
        if not any(s <= m.start() < e for s, e, *_ in mentions):
            squeezed = "".join(ch for ch in m.group() if ch.isalpha())
            channel, _kind = lex.aliases[squeezed]
            mentions.append(Mention(m.start(), m.end(), channel, "spelled"))
    if len(matches) > len(mentions) and any(i >= n_alias for i, _s, _e in matches):
        for m in lex.url_re.finditer(text):
            host = regex.sub(r"^(?:https?://)?(?:www\.)?", "", m.group())
            channel = next((c for h, c in lex.urls.items() if host.startswith(h)), None)
            if channel and len(host) > len(next(h for h in lex.urls if host.startswith(h))) + 1:
                links.append((m.start(), m.end(), channel))
    mentions.extend(_value_mentions(text))
    if not mentions and not links:
        return None
    mentions.sort()
    del mentions[MAX_MENTIONS:]  # hostile input (「ライン」× 40 000): the first ones decide
    return Hits(mentions, links, skype_live)


# A disclosed address or number is itself a channel: 「taro@example.comまでご連絡ください」
# (email_address + external_contact), 「お電話ください 090-…」. The detectors of those categories
# validate the value; here a rough shape is enough, since only an invitation next to it counts.
_EMAIL_SHAPE_RE = regex.compile(r"[a-z0-9._%+\-]{1,64}+[ \n]{0,2}+@[ \n]{0,2}+[a-z0-9\-]{1,63}+(?:\.[a-z0-9\-]{1,63}+)++")
_PHONE_SHAPE_RE = regex.compile(r"(?<![0-9a-z])(?:\+ ?[1-9]|\(?0)(?:(?:[\s\-()・、.]|の){0,3}+[0-9]){8,13}+(?![0-9])")
_TEN_DIGITS_RE = regex.compile(r"(?:[^0-9]*+[0-9]){10}")  # anchored: one linear pass
_REQUEST_HINT_RE = regex.compile(r"ください|下さい|お願い|いただ|頂|ちょうだい|連絡|送|折り返|かけ|電話|メール|で[!！。]?$")


def _value_mentions(text: str) -> list[Mention]:
    out: list[Mention] = []
    if "@" in text:
        out.extend(Mention(m.start(), m.end(), "email", "value") for m in _EMAIL_SHAPE_RE.finditer(text))
    if _TEN_DIGITS_RE.match(text):
        for m in _PHONE_SHAPE_RE.finditer(text):
            digits = [ch for ch in m.group() if ch.isdigit()]
            if len(set(digits[-8:])) > 1:  # not a dummy such as 090-0000-0000
                out.append(Mention(m.start(), m.end(), "phone", "value"))
    if out and not _REQUEST_HINT_RE.search(text):
        return []  # no request anywhere: the value alone is the other detectors' business
    return out


def _slang_counts(text: str, start: int, end: int, lex: ContactLexicon) -> bool:
    """A slang word counts when it stands alone and a contact cue follows at once."""
    prev = text[start - 1] if start else " "
    term = text[start:end]
    if term.isascii():
        glued = prev in _ASCII_WORD or prev == "_"
    elif _KATAKANA_RE.fullmatch(term):
        glued = _KATAKANA_RE.fullmatch(prev) is not None or prev in _ASCII_WORD  # ネットカカオ, not とはカカオ
    elif _KANJI_RE.fullmatch(term):
        glued = _KANJI_RE.fullmatch(prev) is not None or prev.isascii() and prev.isalnum()  # 路線, not 来ないんで線に
    else:
        glued = prev.isalnum() or prev == "_"
    if glued:
        # これら, 彼ら, xl, 3l: part of a word; but 「続きはらで。」: a topic particle, then the slang
        # word closing the sentence with で
        return prev in "はも" and start > 1 and _SENTENCE_END_DE_RE.match(text, end) is not None
    if text[start:end].isascii() and end < len(text) and text[end] in _ASCII_WORD:
        return False
    if text[start:end].isascii() and end < len(text) and text[end] in _ASCII_WORD:
        return False
    if lex.slang_cue_re.match(text, end) is not None:
        return True
    return _SLANG_TAIL_RE.match(text, end) is not None


_SENTENCE_END_DE_RE = regex.compile(r"で[。!\n]")
_KATAKANA_RE = regex.compile(r"[ァ-ヶー]+")
_KANJI_RE = regex.compile(r"\p{Han}+")
# 「続きはLで。」「らはkei2261」: the slang word ends the sentence after で, or an ID follows it.
_SLANG_TAIL_RE = regex.compile(r"で(?:[。!?\n、]|$)|(?:は|:|→|=)\s{0,2}+[「\"]?[a-z0-9@]")


# -- step 2 and 3: tokens ------------------------------------------------------------------------
@dataclass
class Analysis:
    view: NormalizedText
    lex: ContactLexicon
    tokens: tuple
    starts: list[int]
    mentions: list[Mention]  # checked against tokens, topics removed
    topic_mentions: list[Mention]  # 「LINE公式アカウント」: a topic, but an ID right after it is still one
    links: list[tuple[int, int, str]]
    skype_live: bool
    sentence_of: list[int]  # token index -> sentence number
    sentences: list[tuple[int, int]]  # (first token, end token) per sentence
    handle_cache: list | None = None
    # Per-token arrays, computed once per analysis instead of once per mention and look:
    lemmas: list[str] = field(default_factory=list)  # tokens[i].lemma
    stops: frozenset[int] = frozenset()  # indices i with _is_clause_stop(tokens, i)
    refusal_marks: tuple[list[int], list[tuple[int, int]]] | None = None  # lazily: _refusal_marks

    def token_at(self, pos: int) -> int:
        return max(0, bisect.bisect_right(self.starts, pos) - 1)

    def sentence_range(self, pos: int) -> tuple[int, int]:
        """Normalized character range of the sentence around ``pos``."""
        if not self.tokens:
            return 0, len(self.view.text)
        first, end = self.sentences[self.sentence_of[self.token_at(pos)]]
        return self.tokens[first].start, self.tokens[end - 1].end


def analyze(view: NormalizedText, lex: ContactLexicon | None = None) -> Analysis | None:
    """Everything both channel detectors need, or None (cheaply) when nothing can be found.

    Memoized on the view: the line_id and external_contact detectors share one analysis per
    message, and it goes away with the view when the scan ends.
    """
    lex = lex or default_lexicon()
    return view.memo(("contact_analysis", id(lex)), lambda: _analyze(view, lex))


def _analyze(view: NormalizedText, lex: ContactLexicon) -> Analysis | None:
    hits = cheap_hits(view, lex)
    if hits is None:
        return None
    bounds = None if hits.skype_live else view.line_window(  # (live: IDs are looked for anywhere)
        [p for m in hits.mentions for p in (m.start, m.end - 1)] + [p for s, e, _c in hits.links for p in (s, e - 1)])
    if bounds is not None:
        # A long message is read only around its channel words: its greeting and sign-off are
        # not tokenized. The analysis works in the window's offsets; what the hits knew of the
        # whole text (a request anywhere makes a number a channel) is kept.
        cut = bounds[0]
        view = view.window(*bounds)
        hits = Hits([m._replace(start=m.start - cut, end=m.end - cut) for m in hits.mentions],
                    [(start - cut, end - cut, channel) for start, end, channel in hits.links], False)
    tokens = view.tokens
    starts = [t.start for t in tokens]
    sentence_of, sentences = _sentences(tokens, starts, view.text)
    analysis = Analysis(view, lex, tokens, starts, [], [], hits.links, hits.skype_live, sentence_of, sentences)
    analysis.lemmas = lemmas = [t.lemma for t in tokens]
    # Sudachi splits 「お話」 into the prefix 御 and the noun 話 (「Skypeで一度お話できませんか」); with
    # the prefix it is the verbal noun お話 (talking), while a bare 話 stays a topic (「LINEの話」).
    if "話" in lemmas:  # (a C-level scan: most messages have no 話 at all)
        for i in range(1, len(tokens)):
            if lemmas[i] == "話" and lemmas[i - 1] == "御" and tokens[i - 1].pos[0] == "接頭辞" and (
                    i < 2 or tokens[i - 2].surface != "の"):  # 「LINEのお話」 is a story about LINE
                lemmas[i] = "お話"
    stop_surfaces = _STOP_SURFACES
    analysis.stops = frozenset([j for j, t in enumerate(tokens) if t.surface in stop_surfaces and _is_clause_stop(tokens, j)])
    for m in hits.mentions:
        term = view.text[m.start:m.end]
        if m.kind == "value" and view.in_url(m.start, m.end):
            continue
        if not term.isascii() and m.kind not in ("slang", "spelled", "value"):
            if not (_token_boundary(starts, tokens, m.start) and _token_boundary(starts, tokens, m.end)):
                continue  # ラインナップ, デッドライン, オンライン, インスタント
        if m.kind == "number" and not _standalone_number(analysis, m):
            continue
        (analysis.topic_mentions if _is_topic(analysis, m) else analysis.mentions).append(m)
    return analysis


def _sentences(tokens, starts: list[int], text: str) -> tuple[list[int], list[tuple[int, int]]]:
    """Sentence number of each token, and (first, end) token ranges.

    A token ends a sentence when it holds a newline, or is a 句点 whose surface starts with
    。 ! ? or a "." not followed by a letter or digit. Such tokens are looked up from the characters
    of the text (tokens tile it) rather than by reading every token."""
    n = len(tokens)
    sentence_of: list[int] = []
    sentences: list[tuple[int, int]] = []
    first = 0
    previous = -1
    for c in _BREAK_CHAR_RE.finditer(text):
        pos = c.start()
        i = bisect.bisect_right(starts, pos) - 1
        if i == previous or i < 0 or (starts[i] != pos and c.group() != "\n"):
            continue
        previous = i
        t = tokens[i]
        surface = t.surface
        if "\n" in surface or (t.pos[1] == "句点" and _breaks(surface, tokens[i + 1].surface if i + 1 < n else "")):
            sentence_of.extend([len(sentences)] * (i + 1 - first))
            sentences.append((first, i + 1))
            first = i + 1
    if first < n:
        sentence_of.extend([len(sentences)] * (n - first))
        sentences.append((first, n))
    return sentence_of, sentences


_BREAK_CHAR_RE = re.compile(r"[。!?.\n]")  # the stdlib engine: a plain class, found faster


def _breaks(surface: str, following: str) -> bool:
    """``_SENTENCE_BREAK_RE.match(surface + following[:1])`` without building the string."""
    first = surface[:1]
    if first and first in "。!?\n":
        return True
    if first != ".":
        return False
    nxt = surface[1:2] or following[:1]
    return not nxt or nxt not in _ASCII_WORD


def _token_boundary(starts: list[int], tokens, pos: int) -> bool:
    """A token starts or ends at ``pos`` (tokens tile the text: each ends where the next starts)."""
    i = bisect.bisect_left(starts, pos)
    return (i < len(starts) and starts[i] == pos) or (bool(tokens) and tokens[-1].end == pos)


def _next_char(tokens, i: int) -> str:
    return tokens[i + 1].surface[:1] if i + 1 < len(tokens) else ""


_SKIP_FOR_TOPIC = frozenset({"の", "で", "を", " ", "・", "、", "用", "向け"})


_COMPOUND_OK = frozenset({"url", "リンク", "垢", "アカ", "アカウント", "アプリ", "サーバー", "鯖", "id", "ユーザー名",
                          "グループ", "友達", "友だち", "ともだち", "で", "交換", "追加", "登録", "通話", "電話", "ビデオ",
                          "dm", "メッセージ", "チャット", "番号", "上", "経由", "とか", "など", "等"})


def _is_topic(a: Analysis, m: Mention) -> bool:
    """The channel word is part of a job topic or a noun compound: 「LINEスタンプ」「生産ライン」,
    「Skype英会話教室」「電話番号欄」, or a quoted label such as 「電話番号」「メールアドレス」の項目."""
    topics = a.lex.topics
    tokens = a.tokens
    text = a.view.text
    first = a.token_at(m.start)
    last = a.token_at(max(m.start, m.end - 1))
    if m.start and m.end < len(text) and text[m.start - 1] in "「『\"" and text[m.end] in "」』\"":
        return True
    if m.kind == "value":
        return False
    if m.kind not in ("slang", "spelled") and last + 1 < len(tokens):
        nxt = tokens[last + 1]
        if (nxt.pos[0] in ("名詞", "接尾辞") and nxt.start == m.end and nxt.pos[1] != "数詞"
                and nxt.lemma not in a.lex.actions and nxt.surface not in _COMPOUND_OK
                and nxt.lemma not in _COMPOUND_OK and nxt.surface not in a.lex.aliases
                and nxt.surface not in a.lex.id_cues):
            return True  # a noun glued to the channel word makes a compound: ラインマーカー, 電話応対
        if (nxt.start == m.end and nxt.pos[0] == "名詞" and nxt.lemma in a.lex.actions and last + 2 < len(tokens)
                and _plain_noun_glued(a, tokens[last + 2], nxt.end)):
            return True  # channel + action noun + noun is a compound too: 電話対応マニュアル, LINE登録ボタン
    j, seen, id_skipped = last + 1, 0, False
    while j < len(tokens) and seen < 3:
        t = tokens[j]
        if t.surface in _SKIP_FOR_TOPIC or t.pos[0] == "空白":
            j += 1
            seen += 1
            continue
        if j == last + 1 + seen and t.surface in a.lex.id_cues and not id_skipped:
            j += 1  # 「LINE IDの入力欄」: the topic is the ID's
            id_skipped = True
            continue
        if t.lemma in topics or t.surface.lower() in topics:
            return True
        # a two-token topic such as 公式 + アカウント, 文字 + 起こし
        if j + 1 < len(tokens) and (t.surface + tokens[j + 1].surface).lower() in topics:
            return True
        break
    if first > 0:
        t = tokens[first - 1]
        if t.pos[0] == "名詞" and (t.lemma in topics or t.surface.lower() in topics):
            return True
        if (m.kind in ("verbal", "call") and t.pos[0] == "名詞" and t.end == m.start
                and t.surface not in _PERSONAL_PREFIX and t.lemma not in a.lex.actions):
            return True  # テレビ電話, 黒電話, 携帯電話の時代: the device, not a call
    return False


def _plain_noun_glued(a: Analysis, t, at: int) -> bool:
    """t starts at ``at`` and is a noun that neither acts, asks nor names a channel or a detail."""
    if t.start == at and t.surface in ("用", "向け"):
        return True  # 「LINE追加用バナー」: what a thing is for
    return (t.start == at and t.pos[0] == "名詞" and t.pos[1] != "数詞" and t.lemma not in a.lex.actions
            and t.lemma not in a.lex.modality and t.surface not in _COMPOUND_OK and t.lemma not in _COMPOUND_OK
            and t.surface not in a.lex.aliases and t.surface not in a.lex.id_cues)


_PERSONAL_PREFIX = frozenset({"個人", "私", "僕", "俺", "自分", "プライベート", "直接", "私用", "仕事", "会社"})


def _standalone_number(a: Analysis, m: Mention) -> bool:
    """「番号教えて」 counts; 「注文番号」「口座番号」「部屋番号」 do not."""
    i = a.token_at(m.start)
    if i == 0:
        return True
    prev = a.tokens[i - 1]
    return prev.pos[0] not in ("名詞", "接頭辞", "接尾辞") or prev.surface in ("、",)


# -- reading a sentence --------------------------------------------------------------------------
_NEGATIONS = frozenset({"ず", "ない", "ぬ", "ん"})
_QUESTION = frozenset({"か", "?"})
_CLAUSE_STOP = frozenset({"けど", "けれど", "けれども", "が", "のに", "し", "ので", "んで"})
_STOP_SURFACES = _CLAUSE_STOP | {"で", "ため", "為"}  # every token _is_clause_stop can accept has one of these
_WINDOW = 40  # tokens each side of a mention that its sentence reading looks at
_CONDITION = frozenset({"場合", "際", "なら", "ば", "時", "とき"})  # 「交換が必要になった場合は…」
_TE_TAIL = frozenset({"ね", "よ", "な", "ー", "~", "!", "?", "ねー", "よー", "ませ", "ほしい"})


class Intent(NamedTuple):
    verdict: str  # "invite", "statement" or "refusal"
    start: int  # normalized range covering mention, action and predicate
    end: int


def refusal_in(tokens: Sequence, first: int, end: int, refusals: frozenset[str] | None = None) -> bool:
    """True when tokens[first:end] hold a refusal or rule word (遠慮, 禁止, 規約, サイト内 …).

    Shared helper: other detectors (e.g. off-platform payment) may import it to lower the score of
    「直接のお支払いはご遠慮ください」-style sentences.
    """
    refusals = default_lexicon().refusals if refusals is None else refusals
    lemmas = [t.lemma for t in tokens[max(0, first - 2):end]]
    offset = max(0, first - 2)
    if any((lemmas[i - offset] in refusals or tokens[i].surface.lower() in refusals)
           and not _notes_down(lemmas, i - offset) for i in range(first, end)):
        return True
    phrases = _phrases(refusals)
    if not phrases:
        return False
    joined = "".join(t.surface for t in tokens[first:end])
    return any(r in joined for r in phrases)  # multi-token entries: サイト内, このチャット


def _refused(a: Analysis, first: int, end: int) -> bool:
    """``refusal_in(a.tokens, first, end, a.lex.refusals)`` by bisection in where refusal words are,
    found once per analysis (most messages have none, and a set test says so)."""
    tokens = a.tokens
    first, end = min(first, len(tokens)), min(end, len(tokens))
    if first >= end:
        return False
    marks = a.refusal_marks
    if marks is None:
        marks = a.refusal_marks = _refusal_marks(a)
    words, phrases = marks
    if words:
        i = bisect.bisect_left(words, first)
        if i < len(words) and words[i] < end:
            return True
    if phrases:
        lo, hi = tokens[first].start, tokens[end - 1].end
        return any(lo <= p_start and p_end <= hi for p_start, p_end in phrases)
    return False


def _refusal_marks(a: Analysis) -> tuple[list[int], list[tuple[int, int]]]:
    """Token indices holding a refusal word, and (start, end) of every multi-token refusal phrase
    in the joined surfaces (token offsets index them: morphemes tile the text)."""
    tokens, refusals, lemmas = a.tokens, a.lex.refusals, a.lemmas
    if refusals.isdisjoint(lemmas) and not a.lex.refusal_in_text(a.view.text):
        return [], []  # no lemma is a refusal word and no surface or phrase can be one
    words = [i for i, t in enumerate(tokens)
             if (lemmas[i] in refusals or t.surface.lower() in refusals) and not _notes_down(lemmas, i)]
    spots: list[tuple[int, int]] = []
    phrases = _phrases(refusals)
    if phrases and tokens:
        surfaces = "".join(t.surface for t in tokens)
        for r in phrases:
            at = surfaces.find(r)
            while at >= 0:
                spots.append((at, at + len(r)))
                at = surfaces.find(r, at + 1)
    return words, spots


_NOTED_DETAILS = frozenset({"番号", "電話番号", "携帯番号", "id", "アドレス", "メールアドレス", "メアド", "連絡先", "url"})


def _notes_down(lemmas: Sequence[str], i: int) -> bool:
    """「番号を控えておいて」: 控える with a contact detail as its object means "write down", while
    「交換を控えて」「LINEは控えて」 refrain."""
    return lemmas[i] == "控える" and i >= 2 and lemmas[i - 1] == "を" and lemmas[i - 2] in _NOTED_DETAILS


@functools.lru_cache(maxsize=8)
def _phrases(refusals: frozenset[str]) -> tuple[str, ...]:
    return tuple(r for r in refusals if len(r) > 2 and not r.isascii())


def _clause(tokens, first: int, end: int, i: int, stops: frozenset[int]) -> tuple[int, int]:
    """The clause of the sentence [first, end) around token i: cut at が / けど / ので.

    Bounded to ±_WINDOW tokens, so a 100 k-character "sentence" costs the same per mention."""
    first, end = max(first, i - _WINDOW), min(end, i + _WINDOW)
    for j in range(i - 1, first - 1, -1):
        if j in stops:
            first = j + 1
            break
    return first, end


def read_intent(a: Analysis, m: Mention) -> Intent | None:
    """Does the sentence around ``m`` ask, offer or invite to use the channel, or refuse it?"""
    tokens, lex = a.tokens, a.lex
    mi = a.token_at(m.start)
    mlast = a.token_at(max(m.start, m.end - 1))
    first, end = _clause(tokens, *a.sentences[a.sentence_of[mi]], mi, a.stops)
    refused = _refused(a, first, end)
    stops = a.stops
    for j in range(mlast + 1, end):
        if j in stops and _has_predicate(tokens, mlast + 1, j, lex):
            end = j  # 「LINEの着信音もすごいので、ぜひ検索してみて」: the request is another clause's
            break
    verbal = m.kind in ("verbal", "pointer", "call", "value")
    after = "".join(t.surface for t in tokens[mlast + 1:min(end, mlast + 3)])
    if after.startswith(("だと", "なら", "だったら", "とか")) and m.kind not in ("pointer",):
        return None  # 「ラインだといつでも話せるし」: a comparison, not a proposal
    instrument = False
    if not verbal and mlast + 1 < end and tokens[mlast + 1].surface in ("で", "でも") and tokens[mlast + 1].pos[0] == "助詞":
        verbal = instrument = True  # 「LINEでお願いできますか」「Zoomでも大丈夫です」: the channel is the instrument
    action_i, action_kind = None, None
    lemmas, actions = a.lemmas, lex.actions
    switch = mlast + 2 < end and tokens[mlast + 1].surface == "に" and lemmas[mlast + 2] == "為る"
    if switch:
        action_i, action_kind = mlast + 2, "talk"  # 「ラインにしない？」「線にしません？」: move there
    elif (m.channel in _VERB_CHANNELS and m.kind in ("name", "slang") and mlast + 1 < end
          and lemmas[mlast + 1] == "為る" and tokens[mlast + 1].pos[0] == "動詞"):
        switch = True  # the flags below must still ask: 「LINEしよーよ」, not 「LINEしてた」
        action_i, action_kind = mlast + 1, "talk"  # 「LINEしよ」「スカイプしてね」: the name used as a verb
    published = None  # the first verb of publishing after the channel (「インスタで宣伝してほしい」)
    for j in range(first if not switch else end, end):
        if mi <= j <= mlast:
            continue
        lem = lemmas[j]
        kind = actions.get(lem)
        if j > mlast and published is None and (lem in lex.publish or _puts_up(tokens[j])):
            published = j
            kind = None
        if kind == "invite" and j < mi and lem != "続き":
            continue  # 「まつ田」「お待ちの方」: 待つ before the channel invites nobody
        if kind == "use" and lem == "持つ":
            kind = None
        if kind == "detail":
            kind = "exchange" if _asks_for_detail(a, m, mlast, j) else None
        if lem in _GIVE_ME and not (mlast < j <= mlast + 2 or _asks_for_detail(a, m, mlast, j)) or (
                m.kind == "value" and lem in ("願う", "願い")):
            kind = None  # 「番号、090…ね お願いしまーす」: handing over the number, not asking for a call  # only 「ラインください」「LINEほしい」「メールもらえると」 make these the action itself
        if kind and (action_i is None or (action_i < mi and j > mlast)):
            action_i, action_kind = j, kind
            if j > mlast:
                break
    if published is not None and (action_i is None or action_i < mi):
        return None  # 「インスタで新商品を宣伝してほしい」「インスタに写真を載せて」: content to publish, a job
    if (action_i is None or action_i > mlast) and any(
            tokens[k].pos[0] == "動詞" and lemmas[k] not in actions and lemmas[k + 1] == "た"
            and tokens[k + 2].pos[0] in ("名詞", "接頭辞")
            for k in range(mlast + 1, (end if action_i is None else action_i) - 2)):
        return None  # 「LINEで届いたスクショを貼ってください」: the channel qualifies a thing that came through it
    if not refused and (action_i is None or action_i > mlast):
        preferred = _preferred_for_contact(a, mlast, end)
        if preferred is not None:
            return Intent("statement", m.start, tokens[preferred].end)  # 「LINEのほうが返信早いです」
    if action_i is None and not verbal:
        return Intent("refusal", m.start, m.end) if refused and m.kind != "slang" else None
    if (action_i is None or action_i < mi) and not refused and _ends_on_de(tokens, mi, mlast, first, end):
        return Intent("invite", m.start, tokens[mlast + 1].end)  # 「電話で！」「連絡はLINEで。」: a request left unsaid
    if m.kind == "direct" and not _has_direct_cue(tokens, first, end) and not _value_near(a, m) \
            and not _detail_after(a, mlast, end):
        return None  # (「SNSのアカウント教えて」「携帯の番号は？」: a detail of it names the channel too)
    anchor = max(mlast, action_i if action_i is not None else mlast)
    flags = _predicate_flags(a, anchor if action_i is None or action_i <= mlast else action_i, end)
    span_start = min(m.start, tokens[action_i].start if action_i is not None else m.start)
    if mi > 0 and tokens[mi - 1].pos[0] == "接頭辞" and tokens[mi - 1].end == m.start:
        span_start = min(span_start, tokens[mi - 1].start)  # 「お電話ください」
    span_end = tokens[flags.last].end if flags.last is not None else max(m.end, tokens[anchor].end)
    if refused or flags.negated:
        return Intent("refusal", span_start, span_end)
    if action_i is None or action_i < mi:
        given = mlast if m.kind == "value" else _value_after(a, m)
        if given is not None and _only_please(tokens, given + 1, flags.last):
            return None  # 「taro@example.com お願いしまーす」「電話番号は090…でお願いします」: handing it over
    if flags.past and not flags.request:
        return None
    if switch and not (flags.request or flags.invite or flags.question):
        return None  # 「区切りはラインにします」: a choice of shape, not of channel
    if m.kind == "pointer" and not action_kind:
        if flags.request or flags.invite or flags.offer or flags.question or flags.statement:
            return Intent("invite", span_start, span_end)
        return Intent("statement", span_start, span_end)
    if action_kind == "invite":
        return Intent("invite", span_start, span_end)  # 「続きはLINEで」「LINEで待ってます」
    if action_kind == "use":
        explanatory = any(t.surface in ("の", "ん") and t.pos[0] == "助詞" for t in tokens[action_i:end])
        if explanatory:
            return None  # 「インスタやってるんですか？」: asks about a fact, offers nothing
        return Intent("invite", span_start, span_end) if flags.question or flags.invite else None
    if instrument and action_i is None and not (flags.request or flags.offer):
        return None  # 「インスタでかわいい服を見つけて、買おうか」: a volitional of some other verb
    if flags.request or flags.invite or flags.offer:
        return Intent("invite", span_start, span_end)
    explanatory = action_i is not None and any(
        t.surface in ("の", "ん") and t.pos[0] == "助詞" and t.pos[1] != "格助詞" for t in tokens[action_i:end])
    if flags.question and action_i is not None and action_i > mlast and not explanatory:
        return Intent("invite", span_start, span_end)  # 「LINE交換できる？」, not 「電話ですか？」
    if flags.statement and action_kind in ("exchange", "talk") and action_i is not None and mlast < action_i <= mlast + 3:
        return Intent("statement", span_start, span_end)
    if flags.statement and m.kind == "verbal" and (action_i is None or action_i < mi) and _value_near(a, m):
        return Intent("statement", span_start, span_end)  # 「こちらからお電話いたします」
    return None


def _puts_up(token) -> bool:
    """載せる (post on a page): Sudachi folds it into 乗せる, which 「IDのせておきますね」 needs as handing
    over, so the kanji tells them apart."""
    return token.lemma == "乗せる" and token.surface.startswith("載")


_DEICTIC_THERE = frozenset({"其方", "そこ", "其処"})  # そちら / そっち / そこ: the channel just named
_DEICTIC_HERE = frozenset({"此方", "此処"})  # こちら / こっち / ここ: often the sender's side
_DEICTIC_PARTICLES = frozenset({"で", "に", "から", "まで", "へ"})
_NO_FOLLOW_UP_KINDS = frozenset({"direct", "call"})
_SAME_SENTENCE_ONLY = frozenset({"qr"})


def follow_up(a: Analysis, m: Mention) -> Intent | None:
    """「店のLINEは@xxxだよ。追加しといて」「WhatsAppある？そっちで話そう」「Teamsの会議URLをお送り
    しますので、そちらからご参加ください」: the mention's own clause asks nothing, and the next clause
    of its sentence or the next sentence asks or offers, naming no other channel.

    Each region read is bounded to _WINDOW tokens, so a mention costs the same on any input."""
    if m.kind in _NO_FOLLOW_UP_KINDS:
        return None
    tokens, lex = a.tokens, a.lex
    mi = a.token_at(m.start)
    mlast = a.token_at(max(m.start, m.end - 1))
    if _modifies_other_noun(a, mlast):
        return None  # 「LINEの着信音もすごいので、ぜひ検索してみて」: the sentence is about the ringtone
    sentence = a.sentence_of[mi]
    first, end = a.sentences[sentence]
    own_end = min(end, mlast + _WINDOW)
    clause_first = _clause(tokens, first, end, mi, a.stops)[0]
    if _refused(a, clause_first, own_end):
        return None  # (「規約上ここでは書きにくいのですが、LINEのIDは…」: the rule talk is another clause's)
    own = _predicate_flags(a, mlast, own_end)
    cond = None if own.negated else _condition_end(a, mlast, own_end)
    stop = next((j for j in range(mlast + 1, own_end) if j in a.stops), None)
    if own.past and cond is None and not own.negated and stop is not None and m.kind not in ("number", "value"):
        # 「チャットワークでグループ作ったので参加してもらえますか」「招待送ったので入ってください」: what was
        # done there is the reason for a request to join it, in the same sentence; only a joining action
        # carries (「Zoomで録画したので共有してください」 shares a thing)
        return _read_follow_up(a, m, stop + 1, own_end, _JOIN_AFTER_PAST)
    if own.negated or own.past and cond is None and m.kind not in ("number", "value"):
        return None  # 「LINEは使っていません。」「昨日Zoomで話しました。」 (「番号は前に送ったやつです」 still carries)
    regions = []
    if cond is not None:
        regions.append((cond, own_end))  # 「ディスコードやってたら、ユーザー名教えて」
    if stop is not None:
        regions.append((stop + 1, own_end))
    following = 2 if m.kind == "value" else 0 if m.kind in _SAME_SENTENCE_ONLY else 1
    nxt, fragments, reach = sentence + 1, 0, own_end
    while following and nxt < len(a.sentences):
        nxt_first, nxt_end = a.sentences[nxt]
        nxt += 1
        reach = min(nxt_end, nxt_first + _WINDOW)
        if fragments < _MAX_FRAGMENTS and nxt_end - nxt_first <= _FRAGMENT_TOKENS and not _has_predicate(
                tokens, nxt_first, nxt_end, lex) and not _elliptical_offer(a, nxt_first, nxt_end):
            fragments += 1  # 「LINE⏎ID⏎taro⏎です。追加お願いします」: lines with no predicate of their own
            continue
        regions.append((nxt_first, min(nxt_end, nxt_first + _WINDOW)))
        following -= 1
    if cond is not None and _handle_between(a, m.channel, m.end, tokens[reach - 1].end):
        return Intent("invite", m.start, tokens[cond - 1].end)  # 「LINEだと通話もできて便利ですよ。ID→taro」
    for r_first, r_end in regions:
        if _elliptical_offer(a, r_first, r_end) and _handle_between(a, m.channel, a.sentence_range(m.start)[0], tokens[r_end - 1].end):
            return Intent("invite", tokens[r_first].start, tokens[r_end - 1].end)  # 「IDは…です。よかったら」
        # after a condition on the channel an announcement is an offer: 「Discordやってたら申請するよ」
        # (only a condition on having it: 「インスタで見つけたら、共有するよ」 shares a find)
        offer_if_stated = cond is not None and r_first == cond and (cond <= mlast + 3 or any(
            lex.actions.get(a.lemmas[k]) == "use" for k in range(mlast + 1, cond)))
        intent = _read_follow_up(a, m, r_first, r_end, offer_if_stated=offer_if_stated)
        if intent is not None:
            return intent
    return None


# A sentence that is only 「よかったら」「お気軽に」 after an ID is an invitation with the verb left out.
_ELLIPTICAL_OFFERS = frozenset({"よかったら", "良かったら", "よければ", "良ければ", "よろしければ", "宜しければ",
                                "気軽に", "お気軽に", "ぜひ", "是非", "よかったらぜひ", "よかったらどうぞ"})


def _elliptical_offer(a: Analysis, first: int, end: int) -> bool:
    if end - first > 8:
        return False
    words = "".join(t.surface for t in a.tokens[first:end] if t.pos[0] not in ("補助記号", "空白"))
    return words in _ELLIPTICAL_OFFERS


def _ends_on_de(tokens, mi: int, mlast: int, first: int, end: int) -> bool:
    """The clause is only the channel and で, then the sentence ends: 「電話で！」「電話かLINEで！」,
    not 「一回の電話で。」 (the channel word closes a noun phrase)."""
    if mlast + 2 >= end or tokens[mlast + 1].surface not in ("で", "でも") or tokens[mlast + 1].pos[0] != "助詞":
        return False
    if not (mi == first or tokens[mi - 1].surface in _ELLIPSIS_BEFORE or tokens[mi - 1].pos[0] in ("接頭辞", "補助記号", "空白")):
        return False
    return tokens[mlast + 2].pos[1] == "句点" and all(t.pos[0] in ("補助記号", "空白") for t in tokens[mlast + 2:end])


_MAX_FRAGMENTS = 4
_FRAGMENT_TOKENS = 12  # a line of its own (「ID」「taro_1234」「です。」) is short
_ELLIPSIS_BEFORE = frozenset({"は", "も", "か", "、"})  # 「電話かLINEで！」, not 「一回の電話で。」


def _condition_end(a: Analysis, mlast: int, end: int) -> int | None:
    """The token after the condition that closes the mention's clause (〜たら, 〜なら, 〜だと, 〜ば),
    or None when a plain past or a clause stop comes first (「昨日LINEで話した」)."""
    tokens, lemmas = a.tokens, a.lemmas
    for j in range(mlast + 1, min(end, mlast + _WINDOW)):
        t = tokens[j]
        if j in a.stops:
            return None
        if lemmas[j] == "た" and t.pos[0] == "助動詞":
            return j + 1 if t.pos[5].startswith("仮定形") else None
        if lemmas[j] in _CONDITION or t.surface in _CONDITION or (
                t.surface == "と" and (t.pos[1] == "接続助詞" or lemmas[j - 1] == "だ")):
            return j + 1
    return None


def _object_elsewhere(a: Analysis, j: int, first: int) -> bool:
    """The action at j has an object of its own (Xを) that is neither a contact detail, a channel,
    a friend request nor a deictic: the follow-up acts on another thing."""
    if j - 2 < first or a.tokens[j - 1].surface != "を":
        return False
    t = a.tokens[j - 2]
    word = t.surface.lower()
    return t.pos[0] == "名詞" and not (
        t.lemma in _DETAIL_NOUNS or word in _DETAIL_NOUNS or word in _COMPOUND_OK or t.lemma in _COMPOUND_OK
        or word in a.lex.aliases or word in a.lex.id_cues or t.lemma in a.lex.actions)


_JOIN_AFTER_PAST = frozenset({"入る", "参加", "追加", "登録", "読み取る", "読み込む", "申請", "フォロー", "承認"})


def _read_follow_up(a: Analysis, m: Mention, first: int, end: int,
                    anchors: frozenset[str] | None = None, offer_if_stated: bool = False) -> Intent | None:
    tokens, lex = a.tokens, a.lex
    if first >= end:
        return None
    r_start, r_end = tokens[first].start, tokens[end - 1].end
    lo = bisect.bisect_left(a.mentions, (r_start,))
    for other in a.mentions[lo:lo + MAX_MENTIONS]:
        if other.start >= r_end:
            break
        if other.channel != m.channel and other.kind not in ("call", "qr"):
            return None  # the region names a channel of its own: its own reading decides
    anchor, there = None, False
    lemmas = a.lemmas
    for j in range(first, end - 2):
        if tokens[j].pos[0] == "代名詞" and lemmas[j] in _DEICTIC_THERE and tokens[j + 1].surface == "の" \
                and lemmas[j + 2] in ("方", "ほう") and not _refused(a, first, end):
            return Intent("statement", tokens[j].start, tokens[j + 2].end)  # 「そっちの方が返信早いです」
    for j in range(first, end):
        lem = lemmas[j]
        if tokens[j].pos[0] == "代名詞" and (lem in _DEICTIC_THERE or lem in _DEICTIC_HERE) and (
                j + 1 < end and tokens[j + 1].surface in _DEICTIC_PARTICLES):
            anchor, there = j, lem in _DEICTIC_THERE
            break
        kind = lex.actions.get(lem)
        if m.kind == "number" and lem not in ("掛ける", "かける", "電話"):
            continue  # 「番号は前に送ったやつです。かけてもらえたら出ます」: only a call carries over
        if kind in ("exchange", "invite") and lem not in _GIVE_ME or lem in _FOLLOW_UP_JOIN or kind == "talk" and lem in lex.follow_up_talk and (
                m.kind in ("value", "handle", "number") or _handle_between(a, m.channel, a.sentence_range(m.start)[0], r_end)):
            if _object_elsewhere(a, j, first):
                continue  # 「…知りたいので、フォームに項目を追加してください」: it adds something else
            anchor = j  # 「追加しといて」「登録お願いします」; 「ご連絡ください」 only after an address or ID
            break
    if anchor is None or _refused(a, first, end) or anchors is not None and lemmas[anchor] not in anchors:
        return None
    flags = _predicate_flags(a, anchor, end)
    if flags.negated or (flags.past and not flags.request):
        return None
    span_end = tokens[flags.last].end if flags.last is not None else tokens[anchor].end
    if lex.actions.get(lemmas[anchor]) == "invite" and lemmas[anchor] != "続き":
        return Intent("invite", tokens[anchor].start, span_end)  # 「ID→taro 気軽にどうぞ」
    if flags.request or flags.invite or flags.offer:
        return Intent("invite", tokens[anchor].start, span_end)
    if offer_if_stated and flags.statement:
        return Intent("statement", tokens[anchor].start, span_end)
    if there and (flags.statement or flags.question):
        return Intent("statement", tokens[anchor].start, span_end)  # 「そちらで詳細をお送りします」
    return None


_FOLLOW_UP_JOIN = frozenset({"入る", "参加"})  # 「Discordのサーバー招待送るんで入ってください」


def _modifies_other_noun(a: Analysis, mlast: int) -> bool:
    """「LINEの着信音」「インスタの写真」: the channel only qualifies another noun; 「LINEのID」
    「インスタのDM」「Slackのワークスペース」「LINEの方が」 keep it the subject."""
    tokens = a.tokens
    if mlast + 2 >= len(tokens) or tokens[mlast + 1].surface != "の":
        return False
    t = tokens[mlast + 2]
    word = t.surface.lower()
    return t.pos[0] == "名詞" and not (
        word in _COMPOUND_OK or t.lemma in _COMPOUND_OK or t.lemma in a.lex.actions or word in a.lex.id_cues
        or word in a.lex.aliases or word in _OWN_SIDE_NOUNS)


_OWN_SIDE_NOUNS = frozenset({"方", "ほう", "ワークスペース", "招待", "会議", "ユーザー", "ユーザー名", "名前", "プロフィール"})


def _handle_between(a: Analysis, channel: str, start: int, end: int) -> bool:
    starts = a.view.memo(("contact_handle_starts", id(a.lex), channel),
                         lambda: sorted(h.start for h in handles(a) if h.channel == channel))
    i = bisect.bisect_left(starts, start)
    return i < len(starts) and starts[i] < end


class _Flags(NamedTuple):
    request: bool
    invite: bool
    offer: bool
    question: bool
    statement: bool
    negated: bool
    past: bool
    last: int | None


def _predicate_flags(a: Analysis, anchor: int, end: int) -> _Flags:
    """What the predicate after the action says: request, invitation, offer, negation, past."""
    tokens, lex, lemmas, stops = a.tokens, a.lex, a.lemmas, a.stops
    request = invite = offer = question = statement = negated = past = False
    noun_gap = hedge = False  # a noun between the action and a question/offer word: 「電話をかける方のバイトですか」
    last = None
    j = anchor
    while j < end:
        t = tokens[j]
        lem, pos0, conj = lemmas[j], t.pos[0], t.pos[5]
        kind = lex.modality.get(lem)
        if j > anchor and pos0 in ("名詞", "代名詞") and kind is None and lem not in lex.actions and lem not in _NOMINALISERS:
            noun_gap = True  # (an action noun is no gap: 「DMでもご相談を受け付けております」)
        if j > anchor and j in stops:
            offer = question = statement = False  # 「通話も出来るので…」: a reason, not an offer
            break
        if j > anchor and (lem in _CONDITION or t.surface in _CONDITION or (t.surface == "と" and t.pos[1] == "接続助詞")):
            past = True
            if _wish_after(a, j, end) and (_conditioned_on_action(a, j, anchor) or _proposal_after(a, j, end)):
                request = True  # 「お話しできればと思います」「電話で話せると助かります」
                last = j
            break
        if kind is None and conj == "*" and pos0 not in _PREDICATE_POS and lem not in _FLAG_LEMMAS:
            j += 1  # a noun, particle or symbol that no branch below reads: most tokens of a clause
            continue
        if pos0 == "助動詞" and lem in _NEGATIONS and _fine_by_me(tokens, j, anchor):
            offer = True  # 「SMSでも構いません」: fine by me, an offer
            last = j
        elif pos0 == "助動詞" and lem in _NEGATIONS or (pos0 == "形容詞" and lem in ("ない", "無い") and j > anchor
                                                          and tokens[j - 1].pos[0] in _PREDICATE_POS):
            # Sudachi reads the ない of 「交換したくない」「教えたくないな」 as the adjective 無い; after a
            # predicate it negates it, after a noun it does not (「LINEでも問題ないです」 is an offer)
            tail = [x.lemma for x in tokens[j + 1:min(end, j + 4)] if x.pos[0] != "助動詞" or x.lemma in ("です", "だ")]
            if any(x in _QUESTION for x in tail):
                invite = True
            else:
                negated = True
            last = j
        elif conj.startswith("命令形"):
            if _QUOTED_SPEECH_RE.match("".join(x.surface for x in tokens[j + 1:min(end, j + 4)])):
                break  # 「LINE教えてくださいって言われた」: a request someone else made
            request = True
            last = j
        elif conj.startswith("意志推量形"):
            tail = "".join(x.surface for x in tokens[j + 1:min(end, j + 4)])
            last = j
            if tail.startswith(("かな", "かも", "とおも", "と思", "と考")) or _QUOTED_SPEECH_RE.match(tail):
                break  # 「電話しようかな」: a thought, not an invitation; 「交換しようって言ってくる人」: reported
            invite = True
        elif kind == "past" and pos0 == "助動詞" and j + 3 < end and lemmas[j + 1] in ("方", "ほう") \
                and tokens[j + 2].surface == "が" and lex.modality.get(lemmas[j + 3]) == "wish":
            request = True  # 「LINEで話した方が早い」「電話したほうが確実」: a suggestion (not 「〜した方がいい」: advice)
            last = j + 3
            break
        elif kind == "past" and pos0 == "助動詞":
            past = True
            last = j
            if not conj.startswith("仮定形"):
                request = invite = offer = False  # 「教えてくださった」: it already happened
            if conj.startswith("仮定形"):
                if _wish_after(a, j, end) and _conditioned_on_action(a, j, anchor):
                    request = True  # 「連絡取り合えたら助かります」「電話で話せたら早いんですけど」
                break  # 「電話したら…」: a condition; what follows is about something else
        elif lem == "宜しく" and j == anchor + 1:
            request = True  # 「登録よろしくです」「追加よろしくお願いします」
            last = j
        elif kind == "request" and _closing_formula(tokens, j) and not (j == anchor + 2 and lemmas[j - 1] == "宜しく"):
            pass  # 「よろしくお願いします」「ご確認のほどよろしく」: a sign-off, not a request
        elif lem == "欲しい" and j > anchor + 1 and tokens[j - 1].surface != "て":
            last = j  # 「見てるとほしくなります」: wanting a thing, not asking
        elif kind == "request" and lem in _BENEFACTIVE and not _attached(tokens, j, anchor):
            last = j  # 「インスタでステッカーが貰えたら」: receiving a thing, not a favour asked
        elif kind == "request" and lem in _BENEFACTIVE and not _asks(tokens, j, end):
            last = j  # 「電話してくれます」「お電話いただいてしまう」: a fact, not a request
            if (j <= anchor + 1 or tokens[j - 1].surface in ("て", "で")) and (conj.startswith("仮定形") or (
                    j + 1 < end and tokens[j + 1].surface == "と" and tokens[j + 1].pos[1] == "接続助詞") or (
                    j + 1 < end and lemmas[j + 1] == "た" and tokens[j + 1].pos[5].startswith("仮定形"))):
                request = True  # 「かけてもらえれば出ます」「メールもらえると助かります」「メールくれたら返す」
            elif j + 3 < end and tokens[j + 1].surface == "の" and tokens[j + 2].surface in ("が", "は") \
                    and lex.modality.get(lemmas[j + 3]) == "wish":
                request = True  # 「お電話いただくのが確実です」
        elif kind == "request" and j > anchor or (kind == "request" and lem in _GIVE_ME):
            request = True
            last = j
        elif kind == "offer" and lem in ("良い", "宜しい", "構う") and not _asks(tokens, j, end):
            last = j  # 「インスタで良く見ます」; 「LINEでもいいですか」 asks
            if _de_mo_before(tokens, j, anchor) and not conj.startswith("連用形"):
                offer = True  # 「LINEでもいいよ」: the channel is fine by the sender
        elif kind == "offer" and (pos0 != "助動詞" or lem == "たい"):
            offer = offer or not noun_gap
            last = j
        elif kind == "hedge" and t.pos[1] == "終助詞":
            hedge = True  # 「…あったりするのかな？」: wondering, not asking
            last = j
        elif kind == "question" and (t.pos[1] == "終助詞" or pos0 == "補助記号"):
            question = question or not noun_gap
            last = j
        elif lem == "為る" and conj.startswith("連用形") and j + 1 < end and tokens[j + 1].surface in ("よ", "よー") \
                and tokens[j + 1].pos[1] == "終助詞" and all(x.pos[0] in ("補助記号", "空白") for x in tokens[j + 2:end]):
            invite = True  # 「交換しよ！」「電話しよ？」: the casual volitional of する
            last = j + 1
        elif lem == "て" and pos0 == "助詞" and j > anchor and (_te_verb_is_action(tokens[j - 1], lex) or (
                j > anchor + 1 and lemmas[j - 1] in ("とく", "おく", "置く") and _te_verb_is_action(tokens[j - 2], lex))) and not (
            j > 1 and tokens[j - 2].lemma == "たり") and all(
            x.pos[0] in ("補助記号", "空白") or x.surface in _TE_TAIL or x.pos[1] == "数詞" or x.surface.isascii()
            for x in tokens[j + 1:end]
        ):
            request = True  # 「教えて」「追加してね」: a sentence that ends on て asks
            last = j
        elif (pos0 == "動詞" and conj.startswith("終止形") and not past and j + 1 < end
              and tokens[j + 1].surface in _PLAIN_STATEMENT_ENDS and tokens[j + 1].pos[1] == "終助詞"
              and (lem in lex.actions or lem == "為る") and _right_after_action(tokens, anchor, j)):
            statement = True  # 「ライン送るね」「申請するよ」: the plain form of 「送りますね」, an announcement
            last = j + 1
        elif lem == "ます" and conj.startswith(("終止形", "連体形")) and not past and (
                _right_after_action(tokens, anchor, j) or _right_after_action(tokens, _last_action(a, anchor, j), j)):
            statement = True  # 「LINEで送ります」, not 「〜募集してたりします」
            last = j
        elif pos0 in ("動詞", "助動詞", "形容詞", "形状詞") and last is None:
            last = j
        j += 1
    if hedge:
        question = False
    if request or invite:
        past = False  # 「送っていただけたら助かります」 is still a request
    return _Flags(request, invite, offer, question, statement, negated, past, last)


_PREDICATE_POS = frozenset({"動詞", "助動詞", "形容詞", "形状詞"})
_PLAIN_STATEMENT_ENDS = frozenset({"よ", "ね", "よー", "ねー", "ね〜", "わ"})
# 「教えていただくことは可能ですか」「交換することはできますか」: こと turns the action itself into the
# subject of 可能 / できる, so it is no noun between the action and the offer or question
_NOMINALISERS = frozenset({"こと", "事"})
_FLAG_LEMMAS = frozenset({"宜しく", "欲しい", "為る", "て", "ます"})  # the lemmas _predicate_flags tests by name


def _proposal_after(a: Analysis, j: int, end: int) -> bool:
    """「〜ればと思います / と存じます」 after the condition at j."""
    k = j + 1 if j + 1 < end and a.lemmas[j + 1] == "ば" else j
    return k + 2 < end and a.tokens[k + 1].surface == "と" and a.lemmas[k + 2] in ("思う", "存じる", "考える")


def _conditioned_on_action(a: Analysis, j: int, anchor: int) -> bool:
    """The condition at j is on the contact action itself (「電話で話せたら」「ご連絡いただけたら」),
    not on something else done there (「インスタでステッカーが貰えたら」「インスタで服を見つけたら」)."""
    tokens, lemmas, actions = a.tokens, a.lemmas, a.lex.actions
    k = j - 1
    while k > anchor and tokens[k].pos[0] == "助動詞":
        k -= 1
    if k <= anchor:
        return True
    if lemmas[k] in _BENEFACTIVE:
        if not _attached(tokens, k, anchor):
            return False
        k -= 2 if tokens[k - 1].surface in ("て", "で") else 1
    while k > anchor and lemmas[k] in ("為る", "出来る", "御"):
        k -= 1
    return k <= anchor or lemmas[k] in actions


_QUOTED_SPEECH_RE = regex.compile(r"(?:って|と|とか|などと)(?:言|い|云|聞|き|誘|頼|書)")


def _wish_after(a: Analysis, j: int, end: int) -> bool:
    """A condition at j followed by a wish (助かる, 嬉しい, 早い …) or 「と思います / と存じます」
    is a polite request: 「〜していただけたら助かります」「〜できればと思います」; not in the past."""
    lemmas, tokens = a.lemmas, a.tokens
    k = j + 1
    if k < end and lemmas[k] == "ば":
        k += 1
    if k + 1 < end and tokens[k].surface == "と" and lemmas[k + 1] in ("思う", "存じる", "考える"):
        return True  # a proposal: 「〜で行えればと存じます」
    for i in range(k, min(end, k + 2)):
        if a.lex.modality.get(lemmas[i]) == "wish":
            return not any(lemmas[x] == "た" for x in range(i + 1, min(end, i + 3)))
    return False


def _value_after(a: Analysis, m: Mention) -> int | None:
    """Last token of an address or number of m's channel given right after it: 「電話番号は090…」."""
    for v in a.mentions:
        if v.kind == "value" and v.channel == m.channel and 0 <= v.start - m.end <= 4:
            return a.token_at(max(v.start, v.end - 1))
    return None


def _only_please(tokens, first: int, last: int | None) -> bool:
    """The predicate after a bare address or number is only お願い(します)."""
    if last is None or first < len(tokens) and tokens[first].surface in ("に", "へ", "まで"):
        return False  # 「taro@…にお願いします」: the address is where to write
    lemmas = {t.lemma for t in tokens[first:last + 1]}
    return bool(lemmas & {"願う", "願い"}) and not lemmas & (_GIVE_ME - {"願う", "願い"})


def _fine_by_me(tokens, j: int, anchor: int) -> bool:
    """The negation at j closes 「でも構わない」「でもかまいません」."""
    k = j - 1 if j > anchor and tokens[j - 1].lemma == "ます" else j
    return k - 1 > anchor and tokens[k - 1].lemma == "構う" and _de_mo_before(tokens, k - 1, anchor)


def _de_mo_before(tokens, j: int, anchor: int) -> bool:
    """「LINEでもいい / 構わない」: the channel (anchor), で, も, then token j; not 「インスタでも何でもいい」."""
    return j == anchor + 3 and tokens[j - 1].surface == "も" and tokens[j - 2].surface == "で"


_BENEFACTIVE = frozenset({"頂く", "戴く", "呉れる", "貰う"})
_GIVE_ME = frozenset({"下さる", "欲しい", "頂戴", "願う", "願い"}) | _BENEFACTIVE


def _attached(tokens, j: int, anchor: int) -> bool:
    """The benefactive at j is a favour asked for the action: 「連絡していただける」「お電話もらえる」
    「連絡をいただける」, not 「ステッカーが貰える」."""
    prev = tokens[j - 1].surface if j else ""
    return j <= anchor + 1 or prev in ("て", "で") or (j == anchor + 2 and prev in ("を", "が", "は", "も"))


def _asks(tokens, j: int, end: int) -> bool:
    """「いただけますか」「くれる？」「もらえませんか」「いただきたい」: the form after j asks."""
    t = tokens[j]
    if t.pos[5].startswith(("命令形", "意志推量形")):
        return True
    tail = [x.lemma for x in tokens[j + 1:min(end, j + 5)]]
    return any(x in ("か", "?", "たい") for x in tail) or t.surface.startswith(("いただけ", "頂け", "もらえ", "貰え"))


def _closing_formula(tokens, j: int) -> bool:
    return any(t.lemma in ("宜しく", "よろしく") for t in tokens[max(0, j - 2):j + 1])


def _is_clause_stop(tokens, j: int) -> bool:
    """が / けど / ので, and the copula form of ので: の + で (だ), ん + で."""
    t = tokens[j]
    if t.pos[1] == "接続助詞" and t.surface in _CLAUSE_STOP:
        return True
    if t.surface in ("ため", "為") and t.pos[0] == "名詞" and j + 1 < len(tokens) and tokens[j + 1].surface in ("、", ","):
        return True  # 「規約上こちらでは書けないため、LINEのほうで…」: a reason clause, as with ので
    return t.surface == "で" and t.lemma == "だ" and j > 0 and tokens[j - 1].surface in ("の", "ん")


def _has_predicate(tokens, first: int, end: int, lex: ContactLexicon) -> bool:
    """Whether tokens[first:end] hold a verb, adjective or contact action: a clause of its own."""
    return any(t.pos[0] in ("動詞", "形容詞") or t.lemma in lex.actions for t in tokens[first:end])


def _te_verb_is_action(verb, lex: ContactLexicon) -> bool:
    """「教えて」「追加して」「読み取って」: the て-form belongs to a contact action (or する)."""
    return verb.pos[0] == "動詞" and (verb.lemma in lex.actions or verb.lemma in ("為る", "下さる", "貰う", "呉れる"))


# する / できる / いたす, the progressive 〜ております: 「Skypeでの打ち合わせにも対応しております」, and the
# preparatory 〜ておく: 「ラインIDのせておきますね」 announces the action all the same
_SUPPORT_VERBS = frozenset({"為る", "出来る", "御", "致す", "て", "おる", "居る", "れる", "られる", "おく", "置く", "とく"})


def _last_action(a: Analysis, anchor: int, j: int) -> int:
    """The last contact action between anchor and j (anchor when there is none)."""
    return next((k for k in range(j - 1, anchor, -1) if a.lemmas[k] in a.lex.actions), anchor)


def _right_after_action(tokens, anchor: int, j: int) -> bool:
    """Only the action's own verb (and する / できる) stands between the action and token j."""
    return all(t.lemma in _SUPPORT_VERBS or i == anchor or t.pos[0] == "動詞" and i == anchor + 1
               for i, t in zip(range(anchor + 1, j), tokens[anchor + 1:j]))


def _value_near(a: Analysis, m: Mention) -> bool:
    """「ここにメールください taro@…」: an address or number of the same channel close by makes
    a plain 「メール」「携帯」 the outside channel."""
    return any(v.kind == "value" and v.channel == m.channel and -_VALUE_REACH <= v.start - m.start <= _VALUE_REACH
               for v in a.mentions)


_VALUE_REACH = 80  # characters


def _preferred_for_contact(a: Analysis, mlast: int, end: int) -> int | None:
    """「LINEのほうが返信早いです」「電話の方が連絡つきやすくて確実です」: the channel is preferred
    (の方が) for a contact action (返信, 連絡, 話す …) with a wish word (早い, 確実, 楽 …): a suggestion
    to move there. Needs the action, so 「LINEの方が楽」「LINEのほうが画質がいい」 stay quiet; a wish in
    the past (「…早かった」) is a story. Returns the wish token."""
    tokens, lemmas, lex = a.tokens, a.lemmas, a.lex
    if not (mlast + 3 < end and tokens[mlast + 1].surface == "の" and lemmas[mlast + 2] in ("方", "ほう")
            and tokens[mlast + 3].surface == "が"):
        return None
    acted = False
    for j in range(mlast + 4, min(end, mlast + 12)):
        if j in a.stops:
            return None
        kind = lex.actions.get(lemmas[j])
        if kind in ("talk", "exchange"):
            acted = True
        elif acted and lex.modality.get(lemmas[j]) == "wish":
            return None if any(lemmas[x] == "た" for x in range(j + 1, min(end, j + 3))) else j
    return None


# 「LINEする」「スカイプしよう」: names that are used as verbs for talking there (「ズームして」 zooms)
_VERB_CHANNELS = frozenset({"line", "skype"})
# Nouns that name a contact detail: asked for, they make 「ください」「知りたい」 the contact action
_DETAIL_NOUNS = frozenset({"id", "アイディー", "アイディ", "ユーザー", "ユーザー名", "ユーザーネーム", "アカウント", "アカ", "垢",
                           "アカウント名", "番号", "電話番号", "携帯番号", "アドレス", "メールアドレス", "メアド",
                           "連絡先", "url", "リンク", "qr", "qrコード"})
_DETAIL_PARTICLES = frozenset({"を", "は", "が", "も", "って", "だけ", "とか"})


def _detail_after(a: Analysis, mlast: int, end: int) -> bool:
    """「SNSのアカウント」「携帯の番号」「メールのアドレス」: a contact detail of the channel follows it."""
    tokens, lemmas = a.tokens, a.lemmas
    k = mlast + 2 if mlast + 1 < end and tokens[mlast + 1].surface == "の" else mlast + 1
    if not (k < end and (lemmas[k] in _DETAIL_NOUNS or tokens[k].surface.lower() in _DETAIL_NOUNS)):
        return False
    # not the head of a longer noun: 「メールのアドレス変更方法」 is about a procedure
    return k + 1 >= end or tokens[k + 1].pos[0] not in ("名詞", "接尾辞") or tokens[k + 1].surface in ("名", "ネーム")


def _asks_for_detail(a: Analysis, m: Mention, mlast: int, j: int) -> bool:
    """Token j (下さい, 頂戴, 知りたい …) has a contact detail of the channel as its object:
    「LINEのIDください」「ラインのID知りたい」「連絡先を知りたい」, not 「LINEの使い方を知りたい」."""
    tokens, lemmas = a.tokens, a.lemmas
    k = mlast + 1
    if m.channel in (UNNAMED, "email", "phone") and m.kind == "name":
        mi = a.token_at(m.start)
        if mi >= 2 and tokens[mi - 1].surface == "の" and tokens[mi - 2].pos[0] in ("名詞", "接尾辞") \
                and tokens[mi - 2].surface not in _PERSONAL_PREFIX and lemmas[mi - 2] not in _DEICTIC_THERE:
            return False  # 「お客様のメールアドレスを知りたい」: someone else's, for the job
        # 連絡先 / メアド / 電話番号 name the detail themselves
    else:
        if k < j and tokens[k].surface == "の":
            k += 1
        if not (k < j and (lemmas[k] in _DETAIL_NOUNS or tokens[k].surface.lower() in _DETAIL_NOUNS)):
            return False
        k += 1
        if k < j and tokens[k].surface in ("名", "ネーム") and tokens[k].start == tokens[k - 1].end:
            k += 1  # 「ユーザー名」「アカウント名」: Sudachi splits off 名
    while k < j and (tokens[k].surface in _DETAIL_PARTICLES or tokens[k].pos[0] == "空白"):
        k += 1
    if k < j and tokens[k].pos[0] == "接頭辞":
        k += 1  # 「IDをお聞きしても」
    return k == j


def _has_direct_cue(tokens, first: int, end: int) -> bool:
    text = "".join(t.surface for t in tokens[first:end])
    return any(cue in text for cue in ("直接", "個人", "プライベート", "私用", "私の", "僕の", "俺の", "外部"))


# -- handles on a channel ------------------------------------------------------------------------
class Handle(NamedTuple):
    start: int
    end: int
    value: str  # lowercase, "@" kept
    channel: str
    cue: str  # "id", "alias", "at", "after"


# 「taroで検索」「taroって検索してみて」「taroとID検索」
_AFTER_SEARCH_RE = regex.compile(r"\s*+(?:で|を|と|って)?\s*+(?:id)?\s*+(?:検索|けんさく|で検索|出てきます|出てくる|出ます)")
_AFTER_IS_ID_RE = regex.compile(r"[\s←<＜」\"]*+(?:が|は|って)?[\s←<＜]*+(?:[^\s。!?\n]{1,8}?の)?\s*+id(?:です|だ|になります|だよ|ね|!|\s|$)")
_AFTER_ACTION_RE = regex.compile(
    r"[\s」\"』]*+(?:を|に|まで|へ)\s*+(?:友だち|友達|ともだち|フレンド)?\s*+(?:追加|登録|申請|一言|フォロー)")
def _channel_action_after(a: Analysis, end: int) -> bool:
    """「yui.office、Lineで追加お願いします」: a comma, then a channel word, then an add-friend action."""
    text = a.view.text
    if end < len(text) and text[end] in "」』\"":
        end += 1
    if end >= len(text) or text[end] not in "、,":
        return False
    i = bisect.bisect_left(a.mentions, (end,))
    return i < len(a.mentions) and a.mentions[i].start - end <= 3 and _CHANNEL_ACTION_AFTER_RE.match(
        text, a.mentions[i].end) is not None


def _after_is_id(text: str, end: int) -> bool:
    """「taro ←LINEのIDです」. The window is bounded: regex looks for the literal 「id」 ahead before
    matching, and an unbounded call would scan the rest of a long message once per handle."""
    stop = min(len(text), end + _AFTER_IS_ID_REACH)
    m = _AFTER_IS_ID_RE.match(text, end, stop)
    # at a cut window 「$」 matches the cut, not the end of the message
    return m is not None and (stop == len(text) or not m.group().endswith("id"))


_AFTER_IS_ID_REACH = 48
# 「kei_0612 ←LINEです」「kei_0612⏎↑ラインのIDね」: an arrow from a channel word back at the run
_POINTER_BACK_RE = regex.compile(r"[ \t]*+\n?[ \t]*+[←↑⇐⇑<＜][ \t]*+(?:これ|コレ|こちら)?(?:が|は)?")
_POINTED_TAIL_RE = regex.compile(r"(?:の)?(?:id|アカウント|アカ)?(?:です|だよ|だ|ね|よ|!|\s|$)")


def _pointed_at_by_channel(a: Analysis, end: int) -> bool:
    arrow = _POINTER_BACK_RE.match(a.view.text, end)
    if arrow is None or not regex.search(r"[←↑⇐⇑<＜]", arrow.group()):
        return False
    i = bisect.bisect_left(a.mentions, (arrow.end(),))
    if i >= len(a.mentions) or a.mentions[i].start != arrow.end():
        return False
    m = a.mentions[i]
    return m.channel not in ("email", "phone", UNNAMED) and _POINTED_TAIL_RE.match(a.view.text, m.end) is not None
_QUOTED_RE = regex.compile(r"[「\"『]")
_SPACED_HANDLE_RE = regex.compile(r"(?<![a-z0-9._\-])(?:[a-z0-9._\-] ){3,19}+[a-z0-9._\-](?![a-z0-9._\-])")


def handles(a: Analysis) -> list[Handle]:
    """ASCII identifiers given with a cue (ID:, @, a channel word right before, 「で検索」 after),
    each assigned to the nearest channel mentioned in the same or the previous sentence.
    Computed once per analysis (both detectors read it)."""
    if a.handle_cache is None:
        a.handle_cache = list(_handles(a))
    return a.handle_cache


def _handles(a: Analysis) -> Iterator[Handle]:
    text = a.view.text
    lex = a.lex
    if a.skype_live:
        skype_named = any(m.channel == "skype" for m in a.mentions)
        for m in _SKYPE_LIVE_RE.finditer(text):
            if skype_named or lex.id_cue_before_re.search(text, max(0, m.start() - 20), m.start()):
                yield Handle(m.start(), m.end(), m.group(), "skype", "id")
    if not any(m.channel not in ("email", "phone", UNNAMED) for m in a.mentions + a.topic_mentions):
        return
    named = {(m.start, m.end) for m in a.mentions} | {(m.start, m.end) for m in a.topic_mentions}
    joined_until = -1
    for hm in HANDLE_RE.finditer(text):
        start, end = hm.span()
        if start < joined_until:
            continue  # the second half of an ID split over two lines, read with the first
        if (start, end) in named:
            continue  # the channel's own name (「line」「zoom」), read as a mention
        at, body = hm.group(1), hm.group(2)
        split = _SPLIT_REST_RE.match(text, end) if end < len(text) and text[end] == "\n" else None
        if split and (body[-1] in "._-" or split.group(1)[0] in "._-"):
            # 「IDはkei_⏎0612です」: a separator at the cut shows one ID broken over two lines
            joined_until = end = split.end()
            body = body + split.group(1)
        body_strip = body.rstrip(".-")
        end -= len(body) - len(body_strip)
        body = body_strip
        if len(body) < 2 or not any(ch.isalnum() for ch in body) or (not at and body in lex.id_stopwords):
            continue  # (「スカイプIDを教えて」: 「id」 is the cue, never the handle)
        if a.view.in_url(start, end) or _DOMAIN_RE.search(body) or text.endswith("live:", 0, start):
            continue  # a URL, a bare domain (example.com) or a Skype live: ID (read above)
        cue = _cue(a, start, end, at)
        if cue is None:
            continue
        channel = _nearest_channel(a, start, end, cue)
        if channel is None:
            continue
        tag = _DISCORD_TAG_RE.match(text, end) if channel == "discord" else None
        if tag:
            end = tag.end()
        yield Handle(start, end, text[start:end].replace("\n", ""), channel, cue)
    if _SPACED_PRE_RE.search(text) and _SPACED_GATE_RE.search(text):
        for sm in _SPACED_HANDLE_RE.finditer(text):  # 「k a i t o . n o t eで検索して」
            cue = _cue(a, sm.start(), sm.end(), "")
            channel = _nearest_channel(a, sm.start(), sm.end(), cue) if cue else None
            if channel:
                yield Handle(sm.start(), sm.end(), sm.group().replace(" ", ""), channel, cue)


_SPLIT_REST_RE = regex.compile(r"\n([a-z0-9._\-]{1,20}+)(?![a-z0-9._\-@/])")


def _cue(a: Analysis, start: int, end: int, at: str) -> str | None:
    """Why the run at [start, end) is an identifier: "at", "id", "alias", "after", "quote", "tail"."""
    text, lex = a.view.text, a.lex
    sent_start, _sent_end = a.sentence_range(start)
    look_from = max(0, start - 24)
    cue = None
    if at:
        cue = "at"
    elif lex.id_cue_before_re.search(text, look_from, start):
        cue = "id"
    elif _mention_right_before(a, start):
        cue = "alias"
    elif _GIVEN_BEFORE_RE.search(text, max(sent_start, start - 16), start):
        cue = "given"
    elif _AFTER_SEARCH_RE.match(text, end) or _after_is_id(text, end) or _pointed_at_by_channel(a, end):
        cue = "after"
    elif _AFTER_ACTION_RE.match(text, end) or _channel_action_after(a, end):
        cue = "object"  # 「watanabe-shoを友だち追加して」「ito-harukaまで一言ください」「yui.office、LINEで追加」
    elif start and _QUOTED_RE.match(text, start - 1) and text[end:end + 1] in ("」", "\"", "』"):
        cue = "quote"  # 「yui.yamamoto」ね
    elif start == sent_start and _TAIL_RE.fullmatch(text, end, _sent_end):
        cue = "tail"  # 「…例のアプリで話しましょ。daiki4426」: the ID is the whole sentence
    return cue


_TAIL_RE = regex.compile(r"\s*+(?:です|だよ|ね|よ|です!|!|\.)?[\s!。]*+")


_RIGHT_BEFORE_RE = regex.compile(r"(?:[\s:=→⇒>＞\-、,「\"(（\[【]|は|って|も){0,4}+")


def _mention_right_before(a: Analysis, start: int) -> bool:
    """「LINE: taro」「ライン→taro」「L I N E taro」: a channel word, then only separators."""
    for m in a.mentions:
        if m.end <= start and start - m.end <= 6 and _RIGHT_BEFORE_RE.fullmatch(a.view.text, m.end, start):
            return True
        if m.kind == "pointer" and m.end <= start and a.view.text[m.end:start].strip() == "で":
            return True  # 「ID検索でren2692って入れたら」
        if m.kind == "pointer" and m.end <= start and start - m.end <= 16 and _POINTER_PLEASE_RE.fullmatch(
                a.view.text, m.end, start):
            return True  # 「友だち追加お願いします：haru.tanaka3」
    return False


_POINTER_PLEASE_RE = regex.compile(r"\s*+(?:して|お|ご)?(?:お願いします|お願い|おねがいします|ください|下さい|してね|よろしく)?\s*+[:→⇒=]\s*+")
# 「ライン教えますね、saki0808 です」: the ID right after a sentence part that hands it over
_GIVEN_BEFORE_RE = regex.compile(r"(?:教え|おしえ|送り|送る|送っ|おく)[ぁ-ん]{0,5}+[、,→⇒:]\s{0,2}+$")
# 「kazuya_0909 ←これラインのIDだから」: a demonstrative pointing back at the ID may stand in between
_AFTER_HANDLE_RE = regex.compile(r"[\s(（\[【:」←↑⇐⇑<＜]*+(?:が|は|で|って|です)?[\s(（\[【←↑⇐⇑<＜]*+(?:これ|こちら|コレ)?(?:が|は)?")
_CHANNEL_ACTION_AFTER_RE = regex.compile(r"\s*+(?:で|に|の)?\s*+(?:友だち|友達|ともだち)?(?:追加|登録|検索|申請|フォロー)")
# LINE official account basic IDs: @ + 8 letters and digits, both present (@123abcde, @abc1234d)
_OFFICIAL_ID_RE = regex.compile(r"@(?=[a-z0-9]{0,7}[0-9])(?=[a-z0-9]{0,7}[a-z])[a-z0-9]{8}")


def _nearest_channel(a: Analysis, start: int, end: int, cue: str) -> str | None:
    text = a.view.text
    best, best_dist = None, None
    numeric = text[start:end].lstrip("@").isdigit()
    candidates = a.mentions if numeric or cue not in ("at", "id") else a.mentions + a.topic_mentions
    for m in candidates:
        if m.channel in ("email", "phone", UNNAMED) or m.kind == "number":
            continue
        if m.end <= start:
            dist = start - m.end
            if dist > 60:
                continue
            between = text[m.end:start]
            if _SENTENCE_BREAK_RE.search(between) and dist > 40:
                continue
        elif m.start >= end:
            dist = m.start - end
            # after the handle only in a bracket or as 「…で検索」/「…がLINEのIDです」
            if cue == "object" and dist <= 3 and _CHANNEL_ACTION_AFTER_RE.match(text, m.end):
                pass  # 「新しいのはyui.office、Lineで追加お願いします」
            elif cue == "id" and dist <= 60 and len(_SENTENCE_BREAK_RE.findall(text, end, m.start)) <= 1:
                pass  # 「IDはren9681ですが、検索で出てこなければQRを送ります。LINEでお待ちしております」
            elif dist > 12 or not _AFTER_HANDLE_RE.fullmatch(text, end, m.start):
                continue
        else:
            continue
        if best_dist is None or dist < best_dist:
            best, best_dist = m.channel, dist
    if best is None and cue == "at" and _OFFICIAL_ID_RE.fullmatch(text, start, end) and _AFTER_SEARCH_RE.match(text, end) \
            and not any(m.channel not in ("email", "phone", UNNAMED) for m in a.mentions):
        return "line"  # 「@123abcdeで検索すると弊社のアカウントが出てきます」: a LINE official account ID
    if best is None and cue == "after" and _AFTER_SEARCH_RE.match(text, end):
        # 「taro_1234でID検索」: ID search is a LINE feature
        if "id" in text[end:end + 8]:
            return "line"
    return best


# -- the external_contact detector ---------------------------------------------------------------
def _finding(view: NormalizedText, start: int, end: int, value: str | None, score: float, ja: str, en: str) -> Finding:
    o_start, o_end = view.span(start, end)
    return Finding(EXTERNAL, o_start, o_end, view.original[o_start:o_end], value, score, ja, en)


class ExternalContactDetector:
    """Invitations, requests and offers to continue on an outside channel, handles and links."""

    category = EXTERNAL

    def __init__(self, lexicon: ContactLexicon | None = None):
        self._lexicon = lexicon

    @property
    def lexicon(self) -> ContactLexicon:
        return self._lexicon or default_lexicon()

    def __call__(self, view: NormalizedText) -> Iterator[Finding]:
        a = analyze(view, self.lexicon)
        if a is None:
            return
        for start, end, channel in a.links:
            name_ja, name_en = CHANNEL_NAMES[channel]
            yield _finding(a.view, start, end, channel, SCORE_LINK,
                           f"{name_ja}へのリンクが含まれています。", f"Contains a link to {name_en}.")
        for h in handles(a):
            if h.channel == "line":
                continue  # the line_id detector reports it
            name_ja, name_en = CHANNEL_NAMES[h.channel]
            yield _finding(a.view, h.start, h.end, h.channel, SCORE_HANDLE,
                           f"{name_ja}のアカウント名が含まれています。", f"Contains a {name_en} handle.")
        yield from self._invitations(a)

    def _invitations(self, a: Analysis) -> Iterator[Finding]:
        best: dict[tuple[int, str], tuple[float, Intent, Mention]] = {}
        by_sentence: dict[int, set[str]] = {}
        for m in a.mentions:
            by_sentence.setdefault(a.sentence_of[a.token_at(m.start)], set()).add(m.channel)
        for m in a.mentions:
            others = by_sentence[a.sentence_of[a.token_at(m.start)]] - {m.channel, UNNAMED, "email"}
            if m.kind in ("call", "qr") and others:
                continue  # 「Skypeで通話」「WeChatのQR」: the named channel says where
            intent = read_intent(a, m) or follow_up(a, m)
            if intent is None:
                continue
            if intent.verdict == "refusal":
                score = SCORE_REFUSAL
            elif m.channel == UNNAMED:
                score = SCORE_INVITE_UNNAMED
            elif intent.verdict == "statement":
                score = SCORE_STATEMENT
            else:
                score = SCORE_INVITE.get(m.kind, 0.8)
            key = (a.sentence_of[a.token_at(m.start)], m.channel)
            if key not in best or best[key][0] < score:
                best[key] = (score, intent, m)
        named = {sentence for (sentence, channel) in best if channel != UNNAMED}
        for (sentence, channel), (score, intent, m) in sorted(best.items(), key=lambda kv: kv[1][1].start):
            if channel == UNNAMED and sentence in named:
                continue  # 「直接LINEで」: the named channel says it
            name_ja, name_en = CHANNEL_NAMES[channel]
            if intent.verdict == "refusal":
                ja, en = f"{name_ja}に触れていますが、断り・規約の文脈です。", f"Mentions {name_en} while refusing or quoting a rule."
            else:
                ja, en = f"{name_ja}でのやり取りへの誘導が含まれています。", f"Invites the other side to continue on {name_en}."
            yield _finding(a.view, intent.start, intent.end, None if channel == UNNAMED else channel, score, ja, en)


detect_external_contact = ExternalContactDetector()
