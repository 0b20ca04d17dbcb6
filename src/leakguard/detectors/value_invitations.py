"""The invitation beside a disclosed identifier: 「090-… までご連絡ください」 gives a phone number AND
invites the reader to call it, so besides ``phone_number`` it is ``external_contact:phone`` (kind
``invitation``); 「TEL 090-…」 in a signature or 「メアドは…です」 only states the value.

This is a pipeline step, not a detector: it reads the phone, e-mail and LINE ID findings the
detectors made (``scanner.find_ungated`` calls it only when there is one) and the words around each
value — its sentence and the sentences on either side — for the cues of
``lexicons/value_invitation_cues.txt``: a standalone cue (「夜なら出られます」「こっちのほうが返信早い」),
a pointer at the value (「こちらに送ってください」), a particle right after it (「090-… まで」) or a
verb of contacting with an ask after it (「ご連絡ください」「追加よろ」). A block cue in the value's
sentence (a refusal, a warning, a form sample, quoted source text) or in the cue's own sentence
stops it. The cues are plain words matched on folded text (full-width to ASCII, lower case,
katakana to hiragana) with one Aho–Corasick pass per window: no pattern, linear in the window.
"""
from __future__ import annotations

import functools
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Iterator, Mapping

from ..chartables import KATAKANA_TO_HIRAGANA
from ..lexicon import LexiconError, load_table
from ..model import EMAIL, EXTERNAL, LINE_ID, PHONE, Finding

CUES_FILE = "value_invitation_cues.txt"
CUE_KINDS = frozenset({"standalone", "pointer", "after", "action", "ask", "tail", "closing", "word", "block",
                       "not_block"})
CHANNEL_OF: Mapping[str, str] = {PHONE: "phone", EMAIL: "email", LINE_ID: "line"}
SCORE = 0.8  # as an invitation the channel detector reads beside a value (contact_lexicon SCORE_INVITE)

_REACH = 48  # characters each way that a sentence is read: a cue further off is about something else
_NEAR = 3 * _REACH  # an external_contact finding this close to a value already says what it invites
_ABOVE_LINES = 6  # lines up that a pointer below (「下記までご連絡ください」) is looked for
_BELOW = ("下記", "以下", "署名", "下の連絡先", "下の番号", "下のアドレス")
_ASK_REACH = 12  # folded characters from a verb of contacting to its ask (「ご連絡いただけますと」)
_ENDS = frozenset("。！？!?\n")  # sentence ends ('.' and '．' stand inside addresses and numbers)
_LEADING = frozenset(" \u3000\t)]）」』】>〉≫")  # what may stand between a value and its particle
_NOTE_OPENERS = frozenset("(※*")  # folded: （ is (, ＊ is *
_NOTE_REACH = 24  # characters of a note: 「★はハイフン」「担当：森」, not a clause
# Apps registered under a phone number: 「WhatsApp: +81 80 …」 invites to that app (its own label),
# not to a phone call.
_NUMBER_APPS = frozenset({"whatsapp", "telegram", "signal", "kakao", "wechat"})
# …unless the sentence offers a plain call besides (「WhatsApp or a regular call, whichever you prefer」)
_CALL_TOO = ("regular call", "normal call", "phone call", "or call", "or a call", "普通の電話", "通常の電話",
             "普通に電話", "電話でも")

_NAMES = {"phone": ("電話番号", "phone number"), "email": ("メールアドレス", "e-mail address"),
          "line": ("LINE ID", "LINE ID")}


@dataclass(frozen=True, slots=True)
class Cue:
    term: str  # as written in the lexicon (the reason quotes it)
    kind: str
    channels: frozenset[str]
    folded: str  # as matched


@dataclass(frozen=True, slots=True)
class CueTable:
    """The folded lexicon and its automata (LeftmostLongest: a closing or a word hides the cue
    inside it). Three groups are searched apart, so that no match of one hides one of another:
    ``cues`` (standalone, pointer, action, ask, tail, closing, word), ``blocks`` (block, not_block:
    「ご遠慮なく」 is no refusal; 「送ってもらった」 must show 「てもらった」 although 「送って」 is an action)
    and ``after`` (the particles right after a value: 「に送ってください」 there must not hide the
    「送って…ください」 of a sentence before it)."""

    groups: Mapping[str, tuple[tuple[Cue, ...], object]]

    def matches(self, folded: str, channel: str, group: str = "cues") -> list[tuple[Cue, int, int]]:
        cues, automaton = self.groups[group]
        found = []
        for index, start, end in automaton.find_matches_as_indexes(folded):
            cue = cues[index]
            if channel not in cue.channels:
                continue
            if _letter(cue.folded[0]) and start and _letter(folded[start - 1]):
                continue  # 「evenings」 holds no 「ng」
            if _letter(cue.folded[-1]) and end < len(folded) and _letter(folded[end]):
                continue
            found.append((cue, start, end))
        return found


def _letter(ch: str) -> bool:
    return "a" <= ch <= "z"


# katakana to hiragana; zero-width characters dropped (「ここ\u200cに電話」 is 「ここに電話」)
_FOLD = KATAKANA_TO_HIRAGANA | {c: None for c in (0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF)}


def fold(text: str) -> str:
    """Full-width to ASCII, half-width kana to full, lower case, katakana to hiragana."""
    return unicodedata.normalize("NFKC", text).lower().translate(_FOLD)


def load_cues(extra: Iterable[str | Path] = ()) -> CueTable:
    """The packaged cue lexicon plus a platform's files; a malformed row raises ``LexiconError``
    naming the file and line."""
    if isinstance(extra, (str, Path)):
        raise TypeError(f"extra must be a list of paths, got one {type(extra).__name__}: [{str(extra)!r}]")
    extra = tuple(extra)
    return _default_cues() if not extra else _build(extra)


@functools.lru_cache(maxsize=1)
def _default_cues() -> CueTable:
    return _build(())


def _build(extra: tuple) -> CueTable:
    import ahocorasick_rs

    cues: list[Cue] = []
    seen: dict[tuple[str, str], str] = {}
    for row in load_table(CUES_FILE, columns=("cue", "kind", "channels"), extra=extra):
        term, kind = row[0], row[1]
        if kind not in CUE_KINDS:
            raise row.error(f"unknown kind {kind!r}: expected one of {', '.join(sorted(CUE_KINDS))}")
        named = frozenset(_NAMES) if row[2] == "all" else frozenset(row[2].split())
        unknown = named - set(_NAMES)
        if unknown:
            raise row.error(f"unknown channel {', '.join(sorted(unknown))}: expected phone, email, line or all")
        # (a term may stand once in each group: 「で!」 ends a sentence and follows a value)
        folded = fold(term)
        key = (folded, "after" if kind == "after" else "blocks" if kind in ("block", "not_block") else "cues")
        if not folded.strip():
            raise row.error("empty cue")
        if key in seen:
            raise row.error(f"{term!r} is already listed at {seen[key]}")
        seen[key] = f"{row.source}:{row.line} (as {kind})"
        cues.append(Cue(term, kind, named, folded))
    if not cues:
        raise LexiconError(f"leakguard/lexicons/{CUES_FILE}: no cue")

    def automaton(chosen: list[Cue]):
        return ahocorasick_rs.AhoCorasick([c.folded for c in chosen] or ["\x00"],
                                          matchkind=ahocorasick_rs.MatchKind.LeftmostLongest)

    groups = {"cues": [c for c in cues if c.kind not in ("after", "block", "not_block")],
              "blocks": [c for c in cues if c.kind in ("block", "not_block")],
              "after": [c for c in cues if c.kind == "after"]}
    return CueTable({name: (tuple(chosen), automaton(chosen)) for name, chosen in groups.items()})


def _segment(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence holding ``text[start:end]``, at most ``_REACH`` characters each way (its end
    character excluded)."""
    lo = start
    while lo > 0 and start - lo < _REACH and text[lo - 1] not in _ENDS:
        lo -= 1
    hi = end
    while hi < len(text) and hi - end < _REACH and text[hi] not in _ENDS:
        hi += 1
    return lo, hi


def _closed(text: str, hi: int) -> bool:
    """Whether a sentence cut at ``hi`` ends there (not cut by ``_REACH``)."""
    return hi >= len(text) or text[hi] in _ENDS


def _before(text: str, lo: int) -> tuple[int, int] | None:
    """The sentence ending where the one starting at ``lo`` begins (after its ends and spaces)."""
    i = lo
    while i > 0 and (text[i - 1] in _ENDS or text[i - 1].isspace()):
        i -= 1
    if i == lo and lo > 0 or i == 0:
        return None  # cut by _REACH, or nothing before
    return _segment(text, i - 1, i)


def _after(text: str, hi: int) -> tuple[int, int] | None:
    i = hi
    while i < len(text) and (text[i] in _ENDS or text[i].isspace()):
        i += 1
    if i == hi and hi < len(text) or i >= len(text):
        return None
    return _segment(text, i, i + 1)


class _Window:
    """``text[lo:hi]`` folded, and where each folded character stands in ``text``. With ``closed``,
    the sentence's end follows as 「。」「!」「?」, so that 「送って!」「かけてね。」 ask while a 「送って」
    inside a sentence may not."""

    __slots__ = ("folded", "origin")

    def __init__(self, text: str, lo: int, hi: int, *, closed: bool = False):
        folded = fold(text[lo:hi])
        if len(folded) == hi - lo:  # one folded character per character: the usual case
            origin = list(range(lo, hi))
        else:
            folded, origin = self._by_character(text, lo, hi)
        if closed and folded:
            folded += "。" if hi >= len(text) or text[hi] == "\n" else fold(text[hi])[:1]
            origin.append(hi - 1)
        self.folded, self.origin = folded, origin

    @staticmethod
    def _by_character(text: str, lo: int, hi: int) -> tuple[str, list[int]]:
        chars: list[str] = []
        origin: list[int] = []
        for i in range(lo, hi):
            piece = fold(text[i])
            if piece in ("\u3099", "\u309a") and chars:  # half-width ﾞ ﾟ: onto the kana before
                chars[-1] = unicodedata.normalize("NFC", chars[-1] + piece).translate(_FOLD)
                continue
            chars.extend(piece)
            origin.extend([i] * len(piece))
        return "".join(chars), origin

    def span(self, start: int, end: int) -> tuple[int, int]:
        return self.origin[start], self.origin[end - 1] + 1


def _read(table: CueTable, window: _Window, channel: str, *, after_value: bool) -> tuple | str | None:
    """(label, start, end in ``text``) of the first cue in the window that invites (「まで」,
    「ご連絡…ください」), ``"block"`` when a block cue is there, else ``None``."""
    folded = window.folded
    if not folded:
        return None
    if any(cue.kind == "block" for cue, _s, _e in table.matches(folded, channel, "blocks")):
        return "block"
    if after_value:
        lead = _past_note(folded, _skip_leading(folded, 0))
        for cue, start, _end in table.matches(folded, channel, "after"):
            if start == lead:
                return (f"「{cue.term}」", *window.span(start, _end))
            break
    actions: list[tuple[Cue, int, int]] = []
    for cue, start, end in table.matches(folded, channel):
        if cue.kind in ("standalone", "pointer"):
            return (f"「{cue.term}」", *window.span(start, end))
        if cue.kind == "action":
            actions.append((cue, start, end))
        elif cue.kind == "ask" or cue.kind == "tail" and actions and actions[-1][0].term.endswith("て"):
            reach = _ASK_REACH if cue.kind == "ask" else 0
            for verb, v_start, v_end in actions:
                if 0 <= start - v_end <= reach:
                    return (f"「{verb.term}…{cue.term}」", *window.span(v_start, end))
    return None


def _skip_leading(folded: str, i: int) -> int:
    while i < len(folded) and folded[i] in _LEADING:
        i += 1
    return i


def _past_note(folded: str, i: int) -> int:
    """Past a short note between a value and its particle (「…7765（＊はハイフンです）へ」「…（担当：森）まで」
    「メール（rika_n★sample-mail.jp ※★は@）まで」): the particle after the note still follows the value."""
    if i >= len(folded) or folded[i] not in _NOTE_OPENERS:
        return i
    close = folded.find(")", i + 1, i + 2 + _NOTE_REACH)
    if close < 0 or any(c in _ENDS or c == "(" for c in folded[i + 1:close]):
        return i
    return _skip_leading(folded, close + 1)


# The means a pointing line names (「メールにてご依頼ください」「お電話にてお問い合わせください」), folded
_MEANS = {"phone": ("でんわ", "tel", "けいたい"), "email": ("めーる", "mail", "あどれす")}


def _means_other(line: str, channel: str) -> bool:
    """The line names the other of phone and e-mail as the way to reach, and not this one."""
    if channel not in _MEANS:
        return False
    folded = fold(line)
    other = "email" if channel == "phone" else "phone"
    return any(w in folded for w in _MEANS[other]) and not any(w in folded for w in _MEANS[channel])


# 「FAXは 06 …まで」「FAX：03-…」: a number labelled as a fax line takes documents, not calls
_FAX_LABELS = ("fax", "ふぁっくす", "ふぁくす")
_LABEL_REACH = 12  # folded characters before the number


def fax_number(text: str, start: int) -> bool:
    """The number at ``start`` is labelled as a fax line just before it (「FAXは」「ファックス：」)."""
    before = fold(text[max(0, start - _LABEL_REACH):start])
    label = before[max(before.rfind(c) for c in "0123456789\n。") + 1:]  # back to the previous number or line
    # (「FAX兼用」「電話は同じ番号です」: the line takes calls too)
    return any(w in label for w in _FAX_LABELS) and not any(w in label for w in ("tel", "でんわ", "けいたい", "電話", "兼用")) \
        and "同じ番号" not in text


def _pointed_from_above(table: CueTable, text: str, lo: int, channel: str) -> tuple | None:
    """「詳細は下記までご連絡ください。⏎――⏎山田⏎TEL：090-…」: a line a few lines up that points below
    (下記, 以下, 署名) and asks, for a value in the block under it. Only the lines above the value's,
    at most ``_ABOVE_LINES`` of them within ``_NEAR`` characters, are read."""
    line_start = text.rfind("\n", 0, lo) + 1
    for _ in range(_ABOVE_LINES):
        if line_start <= 0 or lo - line_start > _NEAR:
            return None
        prev_start = text.rfind("\n", 0, line_start - 1) + 1
        line = text[prev_start:line_start - 1]
        if any(word in line for word in _BELOW):
            if _means_other(line, channel):
                return None  # 「下記までメールにてご依頼ください」 over 「TEL：…／FAX：…／Mail：…」: the address only
            r = _read(table, _Window(text, prev_start, line_start - 1, closed=True), channel, after_value=False)
            return None if r == "block" else r
        line_start = prev_start
    return None


def invitation_for(text: str, value: Finding, channel: str, table: CueTable | None = None) -> Finding | None:
    """The ``external_contact`` finding for ``value`` (a phone, e-mail or LINE ID finding of ``text``)
    when the words around it invite the reader to use it, else ``None``. Its span runs from the
    value to the cue (like the channel detector's invitations: a phrase, not an identifier, for
    masking), its reason names the cue."""
    if not isinstance(text, str):
        raise TypeError(f"text must be the str the findings were made on, got {type(text).__name__}")
    if channel not in _NAMES:
        raise ValueError(f"unknown channel {channel!r}: expected phone, email or line")
    table = table or _default_cues()
    start, end = value.start, value.end
    lo, hi = _segment(text, start, end)
    readings = [_read(table, _Window(text, lo, start), channel, after_value=False),
                _read(table, _Window(text, end, hi, closed=_closed(text, hi)), channel, after_value=True)]
    if "block" in readings:
        return None
    reading = next((r for r in readings if r is not None), None)
    if reading is None:
        following = _after(text, hi)
        # a particle on the line after a value that ends its line: 「sora.mirai@icloud.com⏎にお願いします」
        at_value = following is not None and hi == end and not text[hi:following[0]].strip()
        arounds = [(following, at_value), (_before(text, lo), False)]
        if channel == "email" and following is not None and not any(c in text[start:end] for c in "@＠"):
            # the local part given here and the domain told in the next sentence (「ユーザー名は koto_sora7。
            # あとはソフトバンクのキャリアメール。こっちに送ってくれたら見ます」): the one after that reads too
            arounds.append((_after(text, following[1]), False))
        for around, close in arounds:
            if around is not None:
                r = _read(table, _Window(text, *around, closed=_closed(text, around[1])), channel, after_value=close)
                if r is not None and r != "block":
                    reading = r
                    break
    if reading is None:
        reading = _pointed_from_above(table, text, lo, channel)
    if reading is None:
        return None
    label, c_start, c_end = reading
    start, end = min(start, c_start), max(end, c_end)
    name_ja, name_en = _NAMES[channel]
    return Finding(EXTERNAL, start, end, text[start:end], channel, SCORE,
                   f"書かれた{name_ja}への連絡を促しています（{label}）。",
                   f"Invites the reader to use the {name_en} given (cue: {label}).", kind="invitation")


def _call_too(text: str, value: Finding) -> bool:
    lo, hi = _segment(text, value.start, value.end)
    return any(word in fold(text[lo:hi]) for word in _CALL_TOO)


def invitations(text: str, findings: Iterable[Finding], table: CueTable | None = None) -> Iterator[Finding]:
    """An ``external_contact`` invitation for each phone number, e-mail address and LINE ID in
    ``findings`` whose use the message invites. A value with an ``external_contact`` finding of its
    channel nearby (the channel detector read it: 「お電話ください 090-…」), or of an app registered
    under a number (「WhatsApp: +81 80 …」 is that app's, not a call), is left as it is. Each value
    is decided on its own surroundings, so long-text windows decide it as the whole text does."""
    findings = list(findings)
    read = [(f.start, f.end, f.value) for f in findings if f.category == EXTERNAL]
    for f in findings:
        channel = CHANNEL_OF.get(f.category)
        if channel is None:
            continue
        near = (f.start - _NEAR, f.end + _NEAR)
        if any(s < near[1] and e > near[0] and (v == channel or channel == "phone" and v in _NUMBER_APPS
                                                 and not _call_too(text, f))
               for s, e, v in read):
            continue
        if channel == "phone" and fax_number(text, f.start):
            continue
        found = invitation_for(text, f, channel, table)
        if found is not None:
            yield found
