"""Steps 1 and 2 of the channel detectors (see ``channels``): cheap hits on the normalized text,
then, only for a message with a hit, one shared analysis on Sudachi tokens: sentences, clause stops,
lemmas, and the mentions that survive the token checks (whole words, not job topics)."""
from __future__ import annotations

import bisect
import itertools
import re
from dataclasses import dataclass, field
from typing import NamedTuple

import regex

from ..normalize import NormalizedText
from . import code_context
from .contact_lexicon import (
    _ASCII_WORD,
    _ENGLISH_NOUN_AFTER_RE,
    _ENGLISH_NOUN_BEFORE_RE,
    _KANJI_RE,
    _KATAKANA_RE,
    _SPACED_GATE_RE,
    _SPACED_KANA_GATE_RE,
    _SPACED_PRE_RE,
    ENGLISH_NOUN_NAMES,
    ContactLexicon,
    Mention,
    default_lexicon,
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
            if term in ENGLISH_NOUN_NAMES and ((start and text[start - 1] == " " and _ENGLISH_NOUN_BEFORE_RE.search(text, max(0, start - 12), start))
                                               or _ENGLISH_NOUN_AFTER_RE.match(text, end)):
                continue  # 「drop me a line」「my line was busy」: the English noun
            if _LIBRARY_AFTER_RE.match(text, end):
                continue  # 「discord.js」「discord.py」: a library named after the app, a job topic
        if kind == "slang" and not _slang_counts(text, start, end, lex):
            continue
        mentions.append(Mention(start, end, channel, kind))
    # No cap here: hits are only counted after the token checks drop the non-words (「オンライン」
    # × 64 once hid the 「LINE交換」 after them), and every later step is bounded per mention.
    if spaced:
        starts = [m.start for m in mentions]  # automaton hits come in order
        reach = list(itertools.accumulate((m.end for m in mentions), max, initial=0))
    for m in spaced:
        i = bisect.bisect_right(starts, m.start())
        if reach[i] <= m.start():  # no alias hit covers it
            squeezed = "".join(ch for ch in m.group() if ch.isalpha())
            channel, _kind = lex.aliases[squeezed]
            mentions.append(Mention(m.start(), m.end(), channel, "spelled"))
    if len(matches) > len(mentions) and any(i >= n_alias for i, _s, _e in matches):
        for m in lex.url_re.finditer(text):
            host = _URL_PREFIX_RE.sub("", m.group())
            known = next((h for h in lex.urls if host.startswith(h)), None)
            if known is not None and len(host) > len(known) + 1:  # a path after the host: a real link
                links.append((m.start(), m.end(), lex.urls[known]))
    mentions.extend(_value_mentions(text))
    if not mentions and not links:
        return None
    mentions.sort()
    return Hits(mentions, links, skype_live)


_URL_PREFIX_RE = regex.compile(r"^(?:https?://)?(?:www\.)?")
_LIBRARY_AFTER_RE = regex.compile(r"\.(?:js|py|rb|go|net)(?![a-z0-9])")


# A disclosed address or number is itself a channel: 「taro@example.comまでご連絡ください」
# (email_address + external_contact), 「お電話ください 090-…」. The detectors of those categories
# validate the value; here a rough shape is enough, since only an invitation next to it counts.
_EMAIL_SHAPE_RE = regex.compile(r"[a-z0-9._%+\-]{1,64}+[ \n]{0,2}+@[ \n]{0,2}+[a-z0-9\-]{1,63}+(?:\.[a-z0-9\-]{1,63}+)++")
_PHONE_SHAPE_RE = regex.compile(r"(?<![0-9a-z])(?:\+ ?[1-9]|\(?0)(?:(?:[\s\-()・、.]|の){0,3}+[0-9]){8,13}+(?![0-9])")
# 「logo@2x.png」「photo_0901@3x.jpg」: a file name (a Retina scale, an image or document extension), no address
_FILE_NAME_TAIL_RE = regex.compile(r"@[0-9](?:\.[0-9])?x\.|\.(?:png|jpe?g|gif|webp|svg|pdf|psd|mp4|mov|zip|csv|xlsx?|docx?|pptx?|heic)$")
_TEN_DIGITS_RE = regex.compile(r"(?:[^0-9]*+[0-9]){10}")  # anchored: one linear pass
_REQUEST_HINT_RE = regex.compile(r"ください|下さい|お願い|いただ|頂|ちょうだい|連絡|送|折り返|かけ|電話|メール|で[!！。]?$")


def _value_mentions(text: str) -> list[Mention]:
    out: list[Mention] = []
    if "@" in text:
        out.extend(Mention(m.start(), m.end(), "email", "value") for m in _EMAIL_SHAPE_RE.finditer(text)
                   if not _FILE_NAME_TAIL_RE.search(m.group()))
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
    if term.isascii() and end < len(text) and text[end] in _ASCII_WORD:
        return False
    if term == "l" and SIZE_BEFORE_RE.search(text, max(0, start - 12), start):
        return False  # 「サイズLで話がまとまりました」「MかLで」: a size, not the app
    if lex.slang_cue_re.match(text, end) is not None:
        return True
    if len(term) >= 3 and not term.isascii() and _SLANG_HANDLE_NEXT_RE.match(text, end) is not None:
        return True  # 「ディスコ bikeboy.hiro で検索して」: a clipped app name, then its handle
    at = end + (text[end:end + 1] in "はも")
    if len(term) >= 3 and _KATAKANA_RE.fullmatch(term) and (
            text.startswith(_INSTALLED, at) or lex.aliases.get(term, ("", ""))[0] in _SERVER_APPS and text.startswith(_JOINED, at)):
        # 「ディスコ入ってる？」「テレグラ入れてますか」: asking whether a clipped app name is installed or joined (not
        # 「ディスコに入ってる曲」; the short ones stay out: 「L入ってますか」 is a size in stock, 「線入ってる？」 a crease)
        return True
    return _SLANG_TAIL_RE.match(text, end) is not None or _SLANG_ACCOUNT_AFTER_RE.match(text, end) is not None


_ASKED = ("?", "？", "か", "の?", "の？")  # asked, not told: 「ディスコ入って踊った」
_INSTALLED = tuple(f"{verb}{end}" for verb in ("入れてる", "入れてます", "入れてん") for end in _ASKED)
# being in it is asked only of an app of servers and workspaces (「カカオ入ってますか？」 asks about chocolate)
_JOINED = tuple(f"{verb}{end}" for verb in ("入ってる", "入ってます", "入ってん") for end in _ASKED)
_SERVER_APPS = frozenset({"discord", "slack", "chatwork", "telegram"})


# 「Xで「星詠みのルナ」って検索」「Xもやってます〜そっちにDMください」「Xで @kuruma_k ってアカウント」: a
# particle after the slang word, then within its sentence an account, a handle, a DM or a search
# (or an @handle opening the next sentence: 「Xに施工例まとめてます。@gaiko_8 で検索」「Threadsに上げとる。@sakan_ya」;
# 「my X is @rio_jp」)
_SLANG_ACCOUNT_AFTER_RE = regex.compile(
    r"(?:で|の|も|は|に|って)[^。!?\n]{0,30}?(?:dm|ダイレクトメッセージ|@[a-z0-9_]|アカウント|垢|検索|フォロー"
    r"|[。!?\n][^\S\n]{0,2}+@(?=[a-z0-9_]{3}))|\sis\s@[a-z0-9_]")


# Before the letter L, a size: 「サイズL」「size: L」, one of a list of sizes 「M/L」「MかL」「S・M・L」, or
# a list of sizes just before in the clause (「S/M/Lのうち、Lで」)
SIZE_BEFORE_RE = regex.compile(r"(?:サイズ|size|寸法|号)\s?[:：は(（]?\s?$|(?<![a-z0-9])(?:xs|s|m|ll|xl|[0-9]l)\s?(?:[/・、,]|か|と|や|or)\s?$"
                                r"|(?<![a-z0-9])(?:xs|s|m|xl|ll)\s?[/・]\s?l(?![a-z])[^。!?\n]{0,8}+$")
_SENTENCE_END_DE_RE = regex.compile(r"で[。!\n]")
# 「続きはLで。」「らはkei2261」「ら、は matsu_driver」: the slang word ends the sentence after で, or an ID follows it.
_SLANG_TAIL_RE = regex.compile(r"で(?:[。!?\n、]|$)|\s?(?:は|、\s?は|:|→|⇒|👉|▶|=|の\s?(?:名前|なまえ)\s?(?:は|:|→|=)?)\s{0,2}+(?:アットマーク|アット|あっとまーく|あっと)?\s?[「\"]?[a-z0-9@]")
# an ID-like run (letters with a digit or a separator) right after the word: 「ディスコ bikeboy.hiro で検索」
# 「ディスコ、kurage.aqua で追加してね」
_SLANG_HANDLE_NEXT_RE = regex.compile(
    r"(?:\s|、\s?){1,2}+@?(?=[a-z0-9._\-]{0,29}[._\-0-9])(?=[a-z0-9._\-]{0,29}[a-z])(?!ver|v[0-9])[a-z0-9][a-z0-9._\-]{3,29}+(?![a-z0-9._\-@])"
    # and handed over by what follows (「ディスコ ver2.0 の曲」 is a song)
    r"(?=\s?(?:で|を|って|です|だよ|ね|よ|に|[、。!?\n]|$))")


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
    refusal_marks: tuple | None = None  # lazily: contact_reading._refusal_marks
    longest: int = -1  # characters of the longest mention or topic mention (lazily): bounds nearby()
    other_channel: tuple | None = None  # lazily: contact_reading._other_channel_index

    def token_at(self, pos: int) -> int:
        return max(0, bisect.bisect_right(self.starts, pos) - 1)

    def nearby(self, mentions: list[Mention], lo: int, hi: int) -> list[Mention]:
        """The mentions of ``mentions`` (this analysis's, sorted) that start in [lo - longest, hi]:
        every one that can end at or after ``lo`` and start by ``hi``, in list order. Readers that
        look a few characters around a handle or a mention take this slice, not the whole list,
        so a message with thousands of mentions costs the same per mention."""
        if self.longest < 0:
            self.longest = max((m.end - m.start for m in self.mentions + self.topic_mentions), default=0)
        return mentions[bisect.bisect_left(mentions, (lo - self.longest,)):bisect.bisect_left(mentions, (hi + 1,))]

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
        # 「`twitter:card` を `summary_large_image` に」「<meta name="twitter:card" …>」: a name inside
        # quoted code or a markup tag is the code's
        quoted = code_context.quoted_data(view, m.start, m.end) or code_context.in_markup(view, m.start, m.end)
        (analysis.topic_mentions if quoted or _is_topic(analysis, m) else analysis.mentions).append(m)
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


_LIST_MARKS = frozenset({"・", "、", ",", "/", "と", "や"})
_SKIP_FOR_TOPIC = frozenset({"の", "で", "を", " ", "・", "、", "用", "向け"})


_COMPOUND_OK = frozenset({"url", "リンク", "垢", "アカ", "アカウント", "アプリ", "サーバー", "鯖", "id", "ユーザー名",
                          "グループ", "友達", "友だち", "ともだち", "で", "交換", "追加", "登録", "通話", "電話", "ビデオ",
                          "dm", "メッセージ", "チャット", "番号", "上", "経由", "とか", "など", "等",
                          "名", "ネーム", "コネクト", "ワークスペース", "ワークス", "可", "ok", "可能", "是",
                          "会議", "ミーティング", "ページ"})
# (スカイプ名, Slackコネクト, 「WhatsApp可」, 「微信号是」 (Chinese "is"); Sudachi reads ワークスペース as ワークス + ペース;
# 「お店のFacebookページにメッセージを」: a shop's page is its account there)


_SERVERS = frozenset({"サーバー", "サーバ", "鯖", "server"})
_NO_SERVER_CHANNELS = frozenset({"email", "phone"})


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
        if nxt.start == m.end and m.channel in _NO_SERVER_CHANNELS and nxt.surface in _SERVERS:
            return True  # 「メールサーバーの移行」: the mail system as the work (a Discord server is a place to talk)
        if (nxt.pos[0] in ("名詞", "接尾辞") and nxt.start == m.end and nxt.pos[1] != "数詞"
                and nxt.lemma not in a.lex.actions and nxt.surface not in _COMPOUND_OK
                and nxt.lemma not in _COMPOUND_OK and nxt.surface not in a.lex.aliases
                and nxt.surface not in a.lex.id_cues):
            return True  # a noun glued to the channel word makes a compound: ラインマーカー, 電話応対
        if (nxt.start == m.end and nxt.pos[0] == "名詞" and nxt.lemma in a.lex.actions and last + 2 < len(tokens)
                and _plain_noun_glued(a, tokens[last + 2], nxt.end)):
            return True  # channel + action noun + noun is a compound too: 電話対応マニュアル, LINE登録ボタン
    j, seen, id_skipped, feature = last + 1, 0, False, -1
    while j < len(tokens) and seen < 5:
        t = tokens[j]
        if seen and tokens[j - 1].surface in _LIST_MARKS and j + 1 < len(tokens) \
                and (t.surface + tokens[j + 1].surface).lower() in a.lex.aliases:
            j += 2  # 「電話番号・メールアドレス列」: the next channel of the list in two tokens
            seen += 1
            continue
        if feature >= 0 and (t.surface in ("で", "に", "から") or (
                feature == j - 1 and t.pos[0] == "名詞" and t.surface not in _COMPOUND_OK
                and t.lemma not in _COMPOUND_OK and t.surface.lower() not in a.lex.aliases)):
            # 「インスタDMで画像を送って」: the feature is the instrument; 「LINEのQRコード画像」: a noun glued
            # to the feature is its own (the topic needs の: 「ビデオ通話のやり方」)
            break
        if (t.surface in _COMPOUND_OK or t.lemma in _COMPOUND_OK) and t.surface != "で" or (
                t.surface.lower() in a.lex.aliases and seen):
            feature = j
        if t.surface in _SKIP_FOR_TOPIC or t.pos[0] == "空白" or (
                (t.surface in _COMPOUND_OK or t.lemma in _COMPOUND_OK) and t.surface != "で") or (
                t.surface in ("と", "や", "か") and j + 1 < len(tokens) and tokens[j + 1].surface.lower() in a.lex.aliases) or (
                t.surface.lower() in a.lex.aliases and seen):
            j += 1  # 「LINEのビデオ通話のやり方」「Teamsアプリのヘルプ」「LINEとDiscordの違い」: the topic is
            # the channel's feature's, or several channels' together
            seen += 1
            continue
        if j == last + 1 + seen and t.surface in a.lex.id_cues and not id_skipped:
            j += 1  # 「LINE IDの入力欄」: the topic is the ID's
            id_skipped = True
            continue
        if t.lemma in topics or t.surface.lower() in topics:
            if tokens[last + 1].surface == "で" and _sent_there(a, j + 1):
                break  # 「LINEで画像送りますね」「インスタで動画送るので」: the channel carries the thing
            return True
        # a two-token topic such as 公式 + アカウント, 文字 + 起こし
        if j + 1 < len(tokens) and (t.surface + tokens[j + 1].surface).lower() in topics:
            return True
        break
    if first > 0:
        t = tokens[first - 1]
        if t.pos[0] == "名詞" and (t.lemma in topics or t.surface.lower() in topics):
            return True
        if (m.channel == "email" and text[m.start:m.end] == "アドレス" and first > 1 and t.surface == "の"
                and tokens[first - 2].pos[0] == "名詞" and tokens[first - 2].lemma in topics):
            return True  # 「ウォレットのアドレス」: the address of the thing before, not an e-mail
        if (m.kind in ("verbal", "call") and t.pos[0] == "名詞" and t.end == m.start and t.pos[2] != "副詞可能"
                and t.surface not in _PERSONAL_PREFIX and t.lemma not in a.lex.actions
                and not _counted_times(tokens, first - 1)):
            return True  # テレビ電話, 黒電話, 携帯電話の時代: the device, not a call (「急ぎのため電話で」 is one)
    return False


def _sent_there(a: Analysis, j: int) -> bool:
    """After 「LINEで画像」, a verb of sending or sharing that ends the clause (「送りますね」「共有しますね」
    「送るので見てください」), not one that makes a noun phrase (「送る方法」「送信する機能」「送るのは禁止」)."""
    tokens, lemmas = a.tokens, a.lemmas
    while j < len(tokens) and tokens[j].surface in _THING_PARTICLES:
        j += 1
    if j >= len(tokens) or a.lex.actions.get(lemmas[j]) != "exchange" or tokens[j].pos[0] not in ("動詞", "名詞"):
        return False
    if tokens[j].pos[0] == "名詞" and not (j + 1 < len(tokens) and lemmas[j + 1] == "為る"):
        return False
    for t in tokens[j + 1:j + 8]:
        if t.pos[0] in ("名詞", "代名詞", "形状詞") or t.surface in ("の", "ん"):
            return False  # 「送る方法」「送るのは」
        if t.pos[0] == "補助記号" or t.surface in ("ので", "から", "て", "けど"):
            return True
    return True


_THING_PARTICLES = frozenset({"を", "も", "は", "とか"})


def _counted_times(tokens, i: int) -> bool:
    """tokens[i] is the counter of 「一度」「一回」「2回目」: how often, not a device (「一度電話できませんか」)."""
    return tokens[i].pos[2] == "助数詞可能" and i > 0 and tokens[i - 1].pos[1] == "数詞"


def _plain_noun_glued(a: Analysis, t, at: int) -> bool:
    """t starts at ``at`` and is a noun that neither acts, asks nor names a channel or a detail."""
    if t.start == at and t.surface in ("用", "向け"):
        return True  # 「LINE追加用バナー」: what a thing is for
    return (t.start == at and t.pos[0] == "名詞" and t.pos[1] != "数詞" and t.lemma not in a.lex.actions
            and t.lemma not in a.lex.modality and t.surface not in _COMPOUND_OK and t.lemma not in _COMPOUND_OK
            and t.surface not in a.lex.aliases and t.surface not in a.lex.id_cues)


_PERSONAL_PREFIX = frozenset({"個人", "私", "僕", "俺", "自分", "プライベート", "直接", "私用", "仕事", "会社"})


# A payment card, an account or a code just before 「番号」 is what it numbers
_THING_NUMBERED_RE = regex.compile(r"(?:ギフトカード|ギフト券|プリペイド|カード|口座|記号と|記号・|ゆうちょ|銀行|コード|券|チケット|伝票|追跡|問い合わせ番号)")
_THING_REACH = 24  # characters before 「番号」


def _standalone_number(a: Analysis, m: Mention) -> bool:
    """「番号教えて」 counts; 「注文番号」「口座番号」「部屋番号」 do not."""
    i = a.token_at(m.start)
    if _THING_NUMBERED_RE.search(a.view.text, max(0, m.start - _THING_REACH), m.start):
        return False  # 「ゆうちょの記号と番号」「ギフトカードでもいいですよ。番号を写真で」: the card's or account's
    if i == 0:
        return True
    prev = a.tokens[i - 1]
    return prev.pos[0] not in ("名詞", "接頭辞", "接尾辞") or prev.surface in ("、",)


_CLAUSE_STOP = frozenset({"けど", "けれど", "けれども", "が", "のに", "し", "ので", "んで"})
_STOP_SURFACES = _CLAUSE_STOP | {"で", "ため", "為"}  # every token _is_clause_stop can accept has one of these


def _is_clause_stop(tokens, j: int) -> bool:
    """が / けど / ので, and the copula form of ので: の + で (だ), ん + で."""
    t = tokens[j]
    if t.pos[1] == "接続助詞" and t.surface in _CLAUSE_STOP:
        # 「LINE交換しねが？」: the Tohoku question particle after a negation closes the sentence, no clause follows
        return not (t.surface == "が" and j > 0 and tokens[j - 1].lemma in ("ない", "ぬ", "ん") and (
            j + 1 == len(tokens) or tokens[j + 1].surface == "?"))
    if t.surface in ("ため", "為") and t.pos[0] == "名詞" and j + 1 < len(tokens) and tokens[j + 1].surface in ("、", ","):
        return True  # 「規約上こちらでは書けないため、LINEのほうで…」: a reason clause, as with ので
    return t.surface == "で" and t.lemma == "だ" and j > 0 and tokens[j - 1].surface in ("の", "ん")
