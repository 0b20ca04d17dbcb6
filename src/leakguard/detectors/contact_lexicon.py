"""The outside-channel word lists, validated and normalized once: channel names and spellings,
slang, job topics, link hosts, contact actions, modality, refusals, LINE ID cues (``lexicons/channel_*.txt``,
``contact_*.txt``, ``line_id_*.txt``), and the patterns built from them. Used by ``channels``."""
from __future__ import annotations

import functools
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Mapping, NamedTuple

import regex

from ..lexicon import LexiconError, Row, load_table
from ..model import CHANNELS
from ..normalize import NormalizedText

UNNAMED = "-"  # 連絡先 / 外部ツール: an outside channel that is not named; the finding's value is None
# Money in the sentence of an unnamed outside place (「報酬はサイト外で現金書留にて」「サイト外でご請求
# いただけますか」): the place is where the money goes, an off_platform_payment, not a contact channel.
MONEY_RE = regex.compile(r"報酬|支払|支払い|払い|払う|請求|振込|振り込|代金|現金|決済|送金|入金|料金|お金|invoice|payment")
ALIAS_KINDS = frozenset({"name", "slang", "verbal", "pointer", "direct", "number", "call", "qr"})
ACTION_KINDS = frozenset({"exchange", "talk", "talk_after", "use", "invite", "detail", "publish", "coordinate"})
MODALITY_KINDS = frozenset({"request", "offer", "question", "hedge", "past", "wish"})
ENDING_KINDS = frozenset({"te", "question"})
_LENGTHENING = str.maketrans("", "", "ー〜~～")  # 「ちょー」「や〜」 read as ちょ, や

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

# Finding.kind of an external_contact finding. A handle or a link to an account on a messaging app is a
# contact detail (the default policy blocks it, like a LINE ID); a meeting tool's link or ID is an
# invitation to a meeting (warned); asking for the other side's details is a request.
MEETING_CHANNELS = frozenset(("zoom", "google_meet", "teams"))
# asking for the other side's detail: 「番号を教えて」「連絡先いただけますか」「IDください」 "what's your Discord?"
_REQUEST_RE = regex.compile(
    r"(?:番号|アドレス|メアド|連絡先|id|アカウント|ユーザー?名)\s?(?:を|は|も|って)?\s?"
    r"(?:教え|おしえ|伺|うかが|聞|いただけ|頂け|もらえ|ください|下さい|ちょうだい|くれ|知りたい|交換)"
    r"|(?<![a-z])(?:tell me|send me|give me|what's your|what is your|share your|can i (?:get|have)|drop me your)(?![a-z])")


def contact_kind(channel: str | None, text: str, *, detail: bool = False) -> str:
    """``handle`` for an account (or a link to one) on a messaging app, ``request`` for asking for
    the other side's details, else ``invitation``. ``text``: the finding's normalized text."""
    if detail:
        return "invitation" if channel in MEETING_CHANNELS else "handle"
    if _REQUEST_RE.search(text) or (channel not in _NOT_ASKED_BY_NAME and _ASKED_BY_NAME_RE.match(text)):
        return "request"
    return "invitation"


# 「LINE教えて」「インスタ知りたい」「ライン聞いてもいい？」: an app's name asked for stands for its account;
# 「お電話ください」 asks for a call, not a number
_NOT_ASKED_BY_NAME = frozenset({"phone", "email", UNNAMED, None, *MEETING_CHANNELS})
_ASKED_BY_NAME_RE = regex.compile(r"[^\s、。,でにへと]{1,14}?(?:の|を|も|は)?\s?(?:教え|おしえ|知りたい|ちょうだい|聞いても|伺っても)")


# Files a platform may extend through ContactLexicon.load(extra={file name: [paths]}).
LEXICON_FILES: tuple[str, ...] = (
    "channel_aliases.txt", "channel_slang_cues.txt", "channel_topics.txt", "channel_urls.txt",
    "contact_actions.txt", "contact_modality.txt", "contact_refusals.txt",
    "line_id_cues.txt", "line_id_stopwords.txt", "contact_english.txt", "contact_public_lines.txt",
    "contact_request_endings.txt",
)

# Scores. A refusal stays below Policy.min_score (0.5): visible to a caller who lowers it, never a warning.
SCORE_REFUSAL = 0.2
SCORE_INVITE = {"name": 0.8, "verbal": 0.8, "pointer": 0.8, "slang": 0.7, "direct": 0.75, "number": 0.75,
                "call": 0.75, "qr": 0.75, "value": 0.8}
SCORE_INVITE_UNNAMED = 0.65
SCORE_STATEMENT = 0.65  # 「LINEで送ります」: an announcement rather than a request
SCORE_HANDLE = 0.85
SCORE_LINK = 0.9

_ASCII_WORD = frozenset("abcdefghijklmnopqrstuvwxyz0123456789")
# 「drop me a line」「my own line is」「the signal is weak」: an English name after an article or a
# determiner is the English noun, not the app. Searched in the 12 characters before a name.
# The platform's own place right before a feature word (通話, ビデオ通話, DM): 「こちらのビデオ通話」
# 「アプリ内の通話」「このサイトのDM」. Searched in the 10 characters before the word.
OWN_PLACE_BEFORE_RE = regex.compile(r"(?:こちら|ここ|こっち|アプリ内|アプリ|サイト内|サイト|当サイト|本サービス|この(?:アプリ|サイト|サービス))の?(?:中の)?$")
ENGLISH_NOUN_NAMES = frozenset({"line", "signal", "meet"})  # names that are English nouns too
_ENGLISH_NOUN_BEFORE_RE = regex.compile(
    r"(?<![a-z])(?:a|the|my own|own|this|that|phone|direct|land|hot|fixed|product|bottom|fine|dotted|finish|punch|waiting"
    r"|no|weak|poor|cell|wifi|traffic)\s$")
# …and after it: the phone line or the radio signal that fails (「my line was busy」「signal is weak here」),
# a line of products or of text (「line of work」「line break」): the noun, whatever its case
_ENGLISH_NOUN_AFTER_RE = regex.compile(
    r"(?:\s(?:is|was|went|got|gets|keeps|kept|seems|sounds|has been|had been|is still|was still|cut|dropped)){0,2}+"
    r"\s(?:busy|dead|down|engaged|cut|dropped|breaking|noisy|weak|poor|bad|lost|crackling)(?![a-z])"
    r"|\s(?:of (?:work|products?|business|code|text|sight|duty|thought|credit)|up|items?|breaks?|manager|cook|spacing"
    r"|height|chart|graph|art|strength)(?![a-z])")
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
_HANDLE_SEP = r"(?:[\s:=→⇒>＞\-]|は|が|って|も|を|の|です|는|은)"  # (는/은: Korean 「ID 는 …」)
# 「add me on Discord, my name is kuma_88」: English that hands over a name (a channel must be near)
_ENGLISH_ID_CUES = r"(?<![a-z])(?:my (?:user ?name|name|handle|id|tag)(?: there| on it)? is|(?:find|add) me as)[\s:]{1,3}$"
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
    # English cue fragments by kind (invite, negation, topic): whole words, read by contact_english
    english: Mapping[str, tuple[str, ...]]
    public_lines: tuple[str, ...] = ()  # 110, 188, 消費者ホットライン: a call there is no outside channel
    # what closes a request after a te-form (「てちょ」「てや」) or a question after a negation (「しねが」), by kind
    endings: Mapping[str, frozenset[str]] = field(default_factory=dict)

    def closes(self, kind: str, words: str) -> bool:
        """``words`` (what follows the te-form or the negation, joined as written, punctuation left
        out) is nothing or an ending of ``kind``: 「ちょー」 and 「ちょ」 alike."""
        words = words.translate(_LENGTHENING)
        return not words or words in self.endings.get(kind, ())

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
                             rf"|(?:を|は)?\p{{Han}}{{1,2}}[ぁ-ん]{{1,8}}+[→⇒:]\s{{0,2}}+)$|{_ENGLISH_ID_CUES}")

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
    def public_line_before_re(self):
        """A public number or service right before a call word: 「188に」「警察（110）へ」「#9110まで」."""
        terms = "|".join(regex.escape(t) for t in sorted(self.public_lines, key=len, reverse=True)) or "(?!)"
        return regex.compile(rf"(?<![0-9a-z#])(?:#\s?)?(?:{terms})(?![0-9])\s?番?\s?[)）]?\s?(?:に|へ|まで|で|から)?\s?(?:お|ご)?$")

    @functools.cached_property
    def url_re(self):
        hosts = "|".join(regex.escape(h) for h in sorted(self.urls, key=len, reverse=True))
        return regex.compile(rf"(?<![a-z0-9.\-])(?:https?://)?(?:www\.)?(?:{hosts})[!-~]{{1,300}}+")


@functools.lru_cache(maxsize=1)
def default_lexicon() -> ContactLexicon:
    return _build({})


def _norm(term: str) -> str:
    return NormalizedText.of(term).text.strip()


_COLUMNS = {"channel_aliases.txt": 3, "channel_urls.txt": 2, "contact_actions.txt": 2, "contact_modality.txt": 2,
            "contact_request_endings.txt": 2}
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
    english: dict[str, list[str]] = {kind: [] for kind in ENGLISH_KINDS}
    for row in rows("contact_english.txt"):
        kind = row[1].lower()
        if kind not in ENGLISH_KINDS:
            raise row.error(f"unknown kind {row[1]!r}; expected one of {', '.join(sorted(ENGLISH_KINDS))}")
        english[kind].append(_english_fragment(row))
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
        english={kind: tuple(fragments) for kind, fragments in english.items()},
        public_lines=tuple(words("contact_public_lines.txt")),
        endings=_endings(rows("contact_request_endings.txt")),
    )


def _endings(rows: list[Row]) -> dict[str, frozenset[str]]:
    out: dict[str, set[str]] = {kind: set() for kind in ENDING_KINDS}
    for row in rows:
        kind, ending = row[1].lower(), _norm(row[0]).translate(_LENGTHENING)
        if kind not in ENDING_KINDS:
            raise row.error(f"unknown kind {row[1]!r}; expected one of {', '.join(sorted(ENDING_KINDS))}")
        if not ending or not regex.fullmatch(r"[ぁ-ゖ]+", ending):
            raise row.error(f"{row[0]!r} is not an ending in hiragana")
        out[kind].add(ending)
    return {kind: frozenset(words) for kind, words in out.items()}


ENGLISH_KINDS = frozenset({"invite", "negation", "topic"})


def _repeated_quantified_group(fragment: str) -> bool:
    """A group holding a quantifier is itself repeated (「(?:a+)+」「(\\w+ )*」): it can backtrack
    without bound. One pass over the characters, escapes skipped."""
    quantified = [False]  # per open group: holds a quantifier
    i = 0
    while i < len(fragment):
        ch = fragment[i]
        if ch == "\\":
            i += 2
            continue
        if ch == "(":
            quantified.append(False)
        elif ch == ")" and len(quantified) > 1:
            inner = quantified.pop()
            if inner and fragment[i + 1:i + 2] in ("+", "*", "{"):
                return True
            quantified[-1] = quantified[-1] or inner
        elif ch in "+*{":
            quantified[-1] = True
        i += 1
    return False


def _english_fragment(row: Row) -> str:
    """A lower-case regular expression fragment that compiles and cannot backtrack without bound."""
    fragment = row[0]
    if fragment != fragment.lower():
        raise row.error(f"{fragment!r}: English cues match the lower-cased text; write them in lower case")
    if _repeated_quantified_group(fragment):
        raise row.error(f"{fragment!r}: a repeated group holding a quantifier can backtrack; flatten it")
    try:
        regex.compile(fragment)
    except regex.error as exc:
        raise row.error(f"{fragment!r} is not a regular expression: {exc}") from None
    return fragment


_KATAKANA_RE = regex.compile(r"[ァ-ヶー]+")


_KANJI_RE = regex.compile(r"\p{Han}+")
