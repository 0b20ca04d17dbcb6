"""English invitations to an outside channel (「Can we continue on WhatsApp?」「Send me your email」).

The Japanese reading (``contact_reading``) works on Sudachi's parts of speech, which English words do
not have: Sudachi reads them as loanword nouns. This reader works on whole words of the
normalized (lower-cased) text, sentence by sentence: a channel named in English, a cue that
asks, offers or proposes, and no refusal, rule or talk about the words as work (a translation,
a button label, a quoted slogan) in the sentence. The cue words are data
(``lexicons/contact_english.txt``, extendable like the other contact lexicons).
"""
from __future__ import annotations

import functools
from typing import Iterator, NamedTuple

import re

import regex

from ..normalize import NormalizedText
from .contact_lexicon import _ENGLISH_NOUN_AFTER_RE, _ENGLISH_NOUN_BEFORE_RE, ENGLISH_NOUN_NAMES, SCORE_INVITE, UNNAMED, ContactLexicon

_SENTENCE_RE = regex.compile(r"[^.!?。\n]*+(?:[.!?](?=\S)[^.!?。\n]*+)*+(?:[.!?。]++|\n|$)")
# Tried from the start of a word only, words read whole: tried at every letter, a long run of
# letters with no space ("zeronineone…" × 4,000) was rescanned from each one, quadratic.
# (\G: where the search begins counts as a start, as before)
_LATIN_WORDS_RE = regex.compile(r"(?:\G|(?<![a-z]))[a-z]{2,}+(?:[ ,']++[a-z]{2,}+){2}")  # three English words in a row
_LATIN_PAIR_RE = regex.compile(r"(?:\G|(?<![a-z0-9]))[a-z0-9]{2,}+[ ,']++[a-z0-9]")  # a sentence of its own: two words


def _words(*alternatives: str) -> regex.Pattern:
    return regex.compile(r"(?<![a-z0-9])(?:" + "|".join(alternatives) + r")(?![a-z0-9])")


# English words for the phone and e-mail (the lexicon's aliases name the apps)
_PLAIN_CHANNELS = (
    (_words(r"phone(?: number)?", r"cell(?: number)?", r"mobile(?: number)?", r"(?:phone|direct) line",
            r"call me", r"text me", r"give me a call", r"number to call", r"your (?:phone |cell |mobile |contact )?number(?! of)",
            r"(?:denwa|keitai) ?bang[oō]u?", r"denwa (?:de|shite|kudasai|shimash[oō]u?|shimasen|dekimasu)"), "phone"),
    (_words(r"e-?mail(?: address)?", r"mail address", r"m[eē]ru ?ado(?:resu)?", r"meado"), "email"),
)
# 「WeChat Pay」「LINE Pay」: the app's payment service, the payment detector's business
_PAYMENT_AFTER_RE = regex.compile(r"\s?pay(?![a-z])")
_NUMBER_APPS = frozenset({"whatsapp", "signal", "telegram"})
# A sentence that asks about the channel named just before: it, there, the app, joining, adding
_POINTS_BACK_RE = regex.compile(
    r"(?<![a-z])(?:(?:talk|chat|meet|message me|text me|see you|find me|reach me) there|on it|that app|join|install"
    r"|add me|added you|invite)(?![a-z])")
# 「…through the platform」「…here」: the next sentence keeps the talk on the platform
_STAYS_HERE_RE = regex.compile(r"(?<![a-z])(?:here|this (?:site|app|platform|chat)|the (?:site|platform))(?![a-z])")
_PAST_RE = regex.compile(r"(?<![a-z])(?:used|was|were|had|did|went|tried)(?![a-z])")
# 「zoom at 8?」「skype call later?」: a short question about a channel proposes it
_SHORT_QUESTION_RE = regex.compile(r"\s*+(?:[a-z0-9']++[ ,]*+){1,6}\?\s*+")
_QUOTE_RE = regex.compile(r"\"[^\"\n]{1,300}\"|“[^”\n]{1,300}”|「[^」\n]{1,300}」"
                          # 'send your LINE ID for faster reply': single quotes around three words or more,
                          # opened and closed off a word, so that I'll … don't holds none
                          r"|(?<![a-z0-9])'[a-z@](?:[^'\s\n]|(?<=[a-z])'(?=[a-z]))*+(?:[ ]++(?:[^'\s\n]|(?<=[a-z])'(?=[a-z]))++){2,60}+'(?![a-z0-9])")


class _Cues(NamedTuple):
    invite: regex.Pattern
    negation: regex.Pattern
    topic: regex.Pattern


@functools.lru_cache(maxsize=4)
def _cues(lex: ContactLexicon) -> _Cues:
    """The lexicon's English cue fragments (``lexicons/contact_english.txt``), one whole-word
    pattern per kind; a kind with no fragment matches nothing."""
    return _Cues(*(_words(*(lex.english.get(kind) or (r"(?!)",)))  # (?!) : nothing
                   for kind in ("invite", "negation", "topic")))


@functools.lru_cache(maxsize=4)
def _channel_re(lex: ContactLexicon) -> tuple[re.Pattern | None, dict[str, str]]:
    """The lexicon's English aliases (ASCII names of the apps) as one whole-word pattern."""
    names = {term: channel for term, (channel, kind) in lex.aliases.items()
             if term.isascii() and len(term) >= 3 and kind in ("name", "direct", "verbal")
             and (channel != UNNAMED or kind == "name")}  # an app of no channel of its own: Viber, Webex
    if not names:
        return None, names
    alts = "|".join(regex.escape(t) for t in sorted(names, key=len, reverse=True))
    return re.compile(rf"(?<![a-z0-9@._/-])(?:{alts})(?![a-z0-9])"), names  # stdlib: literal alternation


def invitations(view: NormalizedText, lex: ContactLexicon, taken: set[str | None]) -> Iterator[tuple[int, int, str, float]]:
    """(start, end, channel, score) of each English invitation in ``view``, one per channel;
    ``taken``: channels the other readers already reported."""
    text = view.text
    if not _LATIN_WORDS_RE.search(text):
        return
    pattern, names = _channel_re(lex)
    if not (pattern is not None and pattern.search(text)) and not any(p.search(text) for p, _c in _PLAIN_CHANNELS):
        return  # one pass over the text: most messages with English in them name no channel
    seen = set(taken)
    cues = _cues(lex)
    quotes = [q.span() for q in _QUOTE_RE.finditer(text)]
    # 「I'm on WhatsApp. Please let me know your number.」: the number is the app's account, asked for there
    number_app = pattern is not None and any(names[m.group()] in _NUMBER_APPS for m in pattern.finditer(text))
    pending: list[tuple[int, int, str]] = []  # channels named, with no cue, in the sentence before
    for sm in _SENTENCE_RE.finditer(text):
        start, end = sm.span()
        before, pending = pending, []
        if end - start < 8 or not _LATIN_PAIR_RE.search(text, start, end):
            continue
        found = []
        if pattern is not None:
            found += [(m.start(), m.end(), names[m.group()]) for m in pattern.finditer(text, start, end)]
        for plain, channel in _PLAIN_CHANNELS:
            found += [(m.start(), m.end(), channel) for m in plain.finditer(text, start, end)
                      if not (number_app and m.group().startswith("your"))]
        if not found:
            # 「We use Telegram for everything. Can you join?」「I'm on Discord most evenings. Add me if you
            # like.」: the next sentence asks, pointing back at the channel (it, there, join, add me)
            if before and _POINTS_BACK_RE.search(text, start, end) and not (
                    _STAYS_HERE_RE.search(text, start, end)
                    or cues.negation.search(text, start, end) or cues.topic.search(text, start, end)):
                cue = cues.invite.search(text, start, end)
                if cue is not None:
                    for f_start, _f_end, channel in before:
                        if channel not in seen:
                            seen.add(channel)
                            yield f_start, cue.end(), channel, SCORE_INVITE["name"]
            continue
        quoted = quotes  # (a quote may hold several sentences: 「原文：「Thank you. Please contact us on WhatsApp.」」)
        found = [f for f in found if f[2] not in seen and not any(a <= f[0] < b for a, b in quoted)
                 and not (text[f[0]:f[1]] in ENGLISH_NOUN_NAMES and (_ENGLISH_NOUN_BEFORE_RE.search(text, max(start, f[0] - 12), f[0])
                                                                     or _ENGLISH_NOUN_AFTER_RE.match(text, f[1])))
                 and not _PAYMENT_AFTER_RE.match(text, f[1])]
        if not found or cues.negation.search(text, start, end) or cues.topic.search(text, start, end):
            continue
        cue = cues.invite.search(text, start, end) or _SHORT_QUESTION_RE.fullmatch(text, start, end)
        if cue is None:
            if not _PAST_RE.search(text, start, end):
                pending = found  # (「We used Slack at my old job.」 is a story)
            continue
        for f_start, f_end, channel in found:
            if channel in seen:
                continue
            seen.add(channel)
            lo, hi = min(f_start, cue.start()), max(f_end, cue.end())
            # "Signal or WhatsApp": each channel's span keeps off the other's name
            if any(lo <= o_start and o_end <= f_start for o_start, o_end, other in found if other != channel):
                lo = f_start
            if any(f_end <= o_start and o_end <= hi for o_start, o_end, other in found if other != channel):
                hi = f_end
            yield lo, hi, channel, SCORE_INVITE["name"]
