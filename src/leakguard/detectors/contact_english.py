"""English invitations to an outside channel (「Can we continue on WhatsApp?」「Send me your email」).

The Japanese reading (``contact_reading``) works on Sudachi's parts of speech, which English words do
not have: Sudachi reads them as loanword nouns. This reader works on whole words of the
normalized (lower-cased) text, sentence by sentence: a channel named in English, a cue that
asks, offers or proposes, and no refusal, rule or talk about the words as work (a translation,
a button label, a quoted slogan) in the sentence.
"""
from __future__ import annotations

import functools
from typing import Iterator

import re

import regex

from ..normalize import NormalizedText
from .contact_lexicon import _ENGLISH_NOUN_BEFORE_RE, ENGLISH_NOUN_NAMES, SCORE_INVITE, UNNAMED, ContactLexicon

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
            r"call me", r"text me", r"give me a call", r"number to call", r"your (?:phone |cell |mobile )?number(?! of)",
            r"denwa(?: ?bang[oō]u?)?", r"keitai(?: ?bang[oō]u?)?"), "phone"),
    (_words(r"e-?mail(?: address)?", r"mail address", r"m[eē]ru ?ado(?:resu)?", r"meado"), "email"),
)
_INVITE = _words(
    r"let'?s", r"let us", r"can we", r"could we", r"shall we", r"should we", r"why don'?t we", r"how about",
    r"would you (?:mind|like|be)", r"could you", r"can you", r"will you", r"please", r"pls", r"feel free",
    r"(?:add|message|text|ping|dm|call|email|mail|reach|contact|find|follow|hit|catch) (?:me|us)",
    r"join (?:me|us|our)", r"i'?ll (?:send|invite|add|call|text|email|share|message|set up)",
    r"(?:send|give|share|drop) (?:me|us) (?:your|an?|the)", r"(?:share|send) your", r"what'?s your",
    r"do you (?:have|use)", r"are you on", r"(?:move|take) (?:this|the|our|it)", r"continue (?:on|via|over|in|by)",
    r"switch (?:to|over)", r"(?:talk|chat|meet|speak|coordinate|communicate) (?:on|via|over|through|by)",
    r"hop (?:on|in)", r"jump (?:on|in)", r"mind if we", r"i can (?:send|share|add|invite|call|set up|text)", r"set up an? (?:call|meeting)", r"i'?ve (?:created|added|set up|sent)",
    r"my (?:number|email|handle|id|account|address|username|whatsapp|line)", r"you can reach",
    r"(?:i'?m|i am) (?:also |much |much more |more |usually )*(?:reachable|responsive|available|active|online)",
    r"be reached", r"will (?:contact|reach|message|call|text|ping) you", r"(?:send|sent) (?:you|u) (?:a|an|the|my)",
    r"(?:join|add) (?:my|our|u)", r"can u", r"(?:u|you) wanna", r"want me to", r"your pick", r"into my dms?",
    r"(?:easier|faster|quicker|better) (?:in|on|via|over|to|if|there)", r"move to", r"(?:talk|chat|meet) there",
    r"communicat\w* (?:on|via|over|through)", r"(?:whatsapp|skype|telegram|dm|message|text) (?:me|you|us)",
    # romaji Japanese: 「discord de renraku kudasai」「zoom de 10 pun dake hanaseru?」
    r"(?:de|ni|no|e) (?:renraku|hanas|okur|okut|yari|shoutai|mendan|uchiawase|tsuzuke|torihiki|irai|chokusetsu"
    r"|sanka|hait|dm|bangou|id|user|rinku|guruupu|saabaa|teirei|shinkou|ressun|kyouyuu)\w*",
    r"kudasai", r"onegai", r"shiy[oō]u?", r"shimash[oō]u?", r"itadake\w*", r"moraemasu", r"ii desu ka", r"oshiete",
    r"dekimasu ka", r"aru\?", r"mitai nara", r"attara", r"dattara", r"yaritai", r"shitai",
    r"get in touch", r"i (?:prefer|would prefer)", r"i'?d (?:prefer|rather|like)", r"(?:easier|faster|quicker) (?:on|via|over|to)",
    r"reply (?:here )?with", r"if you (?:have|use|prefer)", r"message (?:me|us) there", r"instead of (?:this|the)",
    r"rather than (?:this|the|here)", r"outside (?:this|the) (?:site|platform|app|chat)",
)
_NEGATION = _words(
    r"won'?t", r"will not", r"can'?t", r"cannot", r"can not", r"don'?t", r"do not", r"doesn'?t", r"never",
    r"not allowed", r"isn'?t allowed", r"not permitted", r"prohibit\w*", r"forbid\w*", r"against",
    r"(?:platform|site|marketplace) (?:policy|rules)", r"decline\w*", r"rather not", r"shouldn'?t", r"should not",
    r"must not", r"not going to", r"no longer", r"shut down", r"discontinued", r"used to", r"stay(?:ing)? here",
    r"keep (?:talking|chatting|it|everything|things)(?: \w+)? here", r"(?:talk|chat)(?:ing)? here", r"scam\w*", r"phishing", r"beware", r"be careful", r"report",
    r"message box", r"(?:this|the) (?:chat|thread|inbox|order page) here", r"here in (?:the|this) chat", r"red flag",
    r"not (?:going to )?(?:send|giv|shar|pay|tak|accept|mov|us|add)\w*", r"no [a-z]+ (?:and|or) no",
    r"ban(?:ned|s)?", r"(?:someone|somebody|a buyer|a seller|a client|they|he|she) (?:asked|told|wanted|messaged) (?:me|us)",
    r"(?:someone|somebody|a buyer|a seller|a client) (?:wants|keeps asking|is asking|said)",
    r"is (?:this|that|it) (?:a )?(?:scam|legit)", r"is (?:this|that) (?:safe|allowed)", r"(?:do|keep) (?:everything|it all) here",
    r"[a-z]+ nai(?: desu)?", r"dekimasen", r"shimasen", r"dame", r"muri", r"(?:kono|koko no) (?:chat|saito|apuri) de",
)
_TOPIC = _words(
    r"translat\w*", r"locali[sz]\w*", r"the copy", r"copy for", r"slogan", r"button", r"label", r"banner",
    r"source text", r"string", r"(?:the|japanese|english) ui", r"ui (?:text|copy|strings?)", r"original", r"article", r"blog", r"integrat\w*", r"api", r"bot",
    r"webhook", r"plugin", r"sdk", r"documentation", r"tutorial", r"template", r"placeholder", r"example",
    r"the line reads", r"one line reads", r"reads:", r"(?:virtual )?background", r"stickers?", r"emojis?",
    r"icons?", r"logo", r"theme", r"overlay", r"thumbnail", r"(?:make|design|build|create|develop|code) (?:a|an|the|my|our)",
    r"recordings", r"practi[cs]e", r"lessons? (?:on|about)", r"teach", r"how to", r"course",
)
# 「WeChat Pay」「LINE Pay」: the app's payment service, the payment detector's business
_PAYMENT_AFTER_RE = regex.compile(r"\s?pay(?![a-z])")
# 「zoom at 8?」「skype call later?」: a short question about a channel proposes it
_SHORT_QUESTION_RE = regex.compile(r"\s*+(?:[a-z0-9']++[ ,]*+){1,6}\?\s*+")
_QUOTE_RE = regex.compile(r"\"[^\"\n]{1,300}\"|“[^”\n]{1,300}”|「[^」\n]{1,300}」")


@functools.lru_cache(maxsize=4)
def _channel_re(lex: ContactLexicon) -> tuple[re.Pattern | None, dict[str, str]]:
    """The lexicon's English aliases (ASCII names of the apps) as one whole-word pattern."""
    names = {term: channel for term, (channel, kind) in lex.aliases.items()
             if term.isascii() and len(term) >= 3 and kind in ("name", "direct", "verbal") and channel != UNNAMED}
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
    for sm in _SENTENCE_RE.finditer(text):
        start, end = sm.span()
        if end - start < 8 or not _LATIN_PAIR_RE.search(text, start, end):
            continue
        found = []
        if pattern is not None:
            found += [(m.start(), m.end(), names[m.group()]) for m in pattern.finditer(text, start, end)]
        for plain, channel in _PLAIN_CHANNELS:
            found += [(m.start(), m.end(), channel) for m in plain.finditer(text, start, end)]
        if not found:
            continue
        quoted = [q.span() for q in _QUOTE_RE.finditer(text, start, end)]
        found = [f for f in found if f[2] not in seen and not any(a <= f[0] < b for a, b in quoted)
                 and not (text[f[0]:f[1]] in ENGLISH_NOUN_NAMES and _ENGLISH_NOUN_BEFORE_RE.search(text, max(start, f[0] - 12), f[0]))
                 and not _PAYMENT_AFTER_RE.match(text, f[1])]
        if not found or _NEGATION.search(text, start, end) or _TOPIC.search(text, start, end):
            continue
        cue = _INVITE.search(text, start, end) or _SHORT_QUESTION_RE.fullmatch(text, start, end)
        if cue is None:
            continue
        for f_start, f_end, channel in found:
            if channel in seen:
                continue
            seen.add(channel)
            lo, hi = min(f_start, cue.start()), max(f_end, cue.end())
            yield lo, hi, channel, SCORE_INVITE["name"]
