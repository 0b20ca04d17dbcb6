"""A learned scorer for the two intent categories, next to the rules (issue #14, docs/intent.md).

The rule detectors for ``external_contact`` and ``off_platform_payment`` keep their gates, spans,
values and hard cases (links, handles, refusals, job topics). Where they have already tokenized a
message, this module reads the same tokens once more as *features* (Sudachi lemmas around the
channel or payment word, bigrams, sentence endings, conjugation forms, and the rule's own verdict)
and a linear model shipped as ``models/intent.json`` gives a probability:

- a rule finding the model scores below ``keep`` is dropped (the rule misread a wording);
- a candidate the rules passed over that the model scores at ``add`` or above becomes a finding
  over its sentence, whose reason names the cue words that weighed most.

``candidates_*`` are the one feature extractor: ``benchmarks/train_intent.py`` trains on exactly
what runs here. Pure Python: a dict lookup per feature, no new dependency.
"""
from __future__ import annotations

import bisect
import functools
import json
import math
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Callable, Iterable, Mapping

from .detectors.contact_lexicon import (
    CHANNEL_NAMES,
    contact_kind,
    MONEY_RE,
    SCORE_HANDLE,
    SCORE_LINK,
    SCORE_REFUSAL,
    SCORE_STATEMENT,
    UNNAMED,  # 連絡先 / 外部ツール, no channel named
)
from .model import EXTERNAL, PAYMENT, Finding
from .normalize import NormalizedText

FORMAT = "leakguard-intent"
FORMAT_VERSION = 1
MODEL_FILE = "intent.json"

_SKIP_POS = frozenset({"補助記号", "空白"})
_UNSHOWN_POS = frozenset({"助詞", "補助記号", "空白"})
_BREAK_CHARS = frozenset("。!?\n")
_AFTER, _BEFORE, _ENDING, _NEXT = 4, 3, 3, 8  # tokens read after / before a mention, at the end, of the next sentence
# Places read per channel: each reads its whole sentence, so a message of thousands of mentions in
# one endless sentence would be quadratic (benchmarks/hostile.py). No message of the training
# corpus names one channel this often.
_MAX_READS = 8
_LONG_SENTENCE = 256  # tokens: a longer sentence is read only this far around the channel word
_CUE_PREFIXES = ("c:", "w:", "b:", "a:", "p:", "e:", "n:")  # features that are words a reader can see
_CUES_SHOWN = 3


class IntentModelError(ValueError):
    """The model file is missing, malformed or of another format version."""


@dataclass(frozen=True, slots=True)
class Candidate:
    """One decision the scorer makes: a channel in a message (external_contact) or a message's
    payment words (off_platform_payment). ``rule`` is what the rules said: ``hard`` (link,
    handle), ``invite``, ``statement``, ``weak`` (a payment rule below the policy, unrefused),
    ``refusal`` or ``none``."""

    category: str
    value: str | None
    features: tuple[str, ...]
    shown: Mapping[str, str]  # feature -> the words as the sender typed them
    span: tuple[int, int]  # normalized range of ``view``
    view: NormalizedText
    rule: str
    named: bool = True  # False: only a value (phone, address, LINE ID) stands for the channel


@dataclass(frozen=True, slots=True)
class Verdict:
    probability: float
    cues: tuple[str, ...]  # the typed words of the features that pushed the score up most


# -- features ------------------------------------------------------------------------------------
def _sentences(tokens) -> list[tuple[int, int]]:
    """(first, end) token ranges; a token holding 。 ! ? or a line break ends a sentence."""
    out, first = [], 0
    for i, t in enumerate(tokens):
        s = t.surface
        if s[-1:] in _BREAK_CHARS and s or (s == "." and (i + 1 == len(tokens) or not tokens[i + 1].surface[:1].isalnum())):
            out.append((first, i + 1))
            first = i + 1
    if first < len(tokens):
        out.append((first, len(tokens)))
    return out


def _view_sentences(view: NormalizedText) -> list[tuple[int, int]]:
    """``_sentences`` of ``view``'s tokens, once per view: the channel and payment readers and the
    proposal-form test read the same window. Shared: never changed by a reader."""
    return view.memo(("intent.sentences",), lambda: _sentences(view.tokens))


def _sentence_index(sentences: list[tuple[int, int]], i: int) -> int:
    """The sentence holding token ``i``: the last one starting at or before it (sentences tile the tokens)."""
    return max(0, bisect.bisect_right(sentences, (i, math.inf)) - 1)


def _words(tokens, first: int, end: int, masked: range | None = None) -> list[tuple[str, int]]:
    """(lemma, token index) of the tokens that are words; tokens in ``masked`` read ``<CH>``."""
    out = []
    for i in range(first, end):
        t = tokens[i]
        if masked is not None and i in masked:
            if not out or out[-1][0] != "<CH>":
                out.append(("<CH>", i))
            continue
        if t.pos[0] in _SKIP_POS or not t.surface.strip():
            continue
        out.append((t.lemma, i))
    return out


def _view_words(view: NormalizedText, first: int, end: int) -> list[tuple[str, int]]:
    """``_words`` of ``view``'s tokens[first:end], unmasked, once per range: the sentence after a
    channel read for two channels, or a payment sentence and its neighbour, are the same words.
    Shared: readers slice or read the list, never change it."""
    held = view.memo(("intent.words",), dict)
    words = held.get((first, end))
    if words is None:
        words = held[(first, end)] = _words(view.tokens, first, end)
    return words


class _Shown(Mapping):
    """feature -> the words as the sender typed them, sliced from the message only when a reason
    is written (most candidates are scored and never explained)."""

    __slots__ = ("view", "tokens", "where")

    def __init__(self, view: NormalizedText, tokens, where: dict[str, tuple[int, int]]):
        self.view, self.tokens, self.where = view, tokens, where

    def __getitem__(self, name: str) -> str:
        first, last = self.where[name]
        return self.view.original_slice(self.tokens[first].start, self.tokens[last].end).strip()

    def __contains__(self, name: object) -> bool:
        return name in self.where

    def __iter__(self):
        return iter(self.where)

    def __len__(self) -> int:
        return len(self.where)


class _Features:
    __slots__ = ("names", "where", "tokens", "view")

    def __init__(self, view: NormalizedText, tokens):
        self.names: dict[str, None] = {}
        self.where: dict[str, tuple[int, int]] = {}
        self.tokens = tokens
        self.view = view

    @property
    def shown(self) -> _Shown:
        return _Shown(self.view, self.tokens, self.where)

    def add(self, name: str, first: int | None = None, last: int | None = None) -> None:
        if name not in self.names:
            self.names[name] = None
            if first is not None:
                self.where[name] = (first, first if last is None else last)

    def word(self, name: str, i: int) -> None:
        """A feature on token ``i``, shown in reasons unless it is a particle (『は』 explains nothing)
        or the masked channel name (shown through its ``c:`` feature)."""
        surface = self.tokens[i].surface
        if self.tokens[i].pos[0] in _UNSHOWN_POS or name.endswith(":<CH>") or (
                len(surface) == 1 and "\u3041" <= surface <= "\u309f"):  # 『し』『ず』 say nothing either
            self.add(name)
        else:
            self.add(name, i)

    def sentence(self, words: list[tuple[str, int]], prefix: str = "") -> None:
        # word() and add() written out: three calls per word of every sentence read add up to a
        # tenth of a payment message's scan. The features and their order are the same.
        tokens, names, where = self.tokens, self.names, self.where
        last = len(words) - 1
        for k, (lemma, i) in enumerate(words):
            token = tokens[i]
            pos = token.pos
            name = f"{prefix}w:{lemma}"
            if name not in names:
                names[name] = None
                surface = token.surface
                if not (pos[0] in _UNSHOWN_POS or name.endswith(":<CH>") or (
                        len(surface) == 1 and "\u3041" <= surface <= "\u309f")):
                    where[name] = (i, i)
            if k < last:
                following, j = words[k + 1]
                name = f"{prefix}b:{lemma}|{following}"
                if name not in names:
                    names[name] = None
                    if not (lemma == "<CH>" or following == "<CH>" or pos[0] in _UNSHOWN_POS
                            or tokens[j].pos[0] in _UNSHOWN_POS):
                        where[name] = (i, j)
            if pos[5] != "*" and pos[0] in ("動詞", "助動詞", "形容詞"):
                name = f"{prefix}f:{pos[0]}:{pos[5].split('-')[0]}"
                if name not in names:
                    names[name] = None
        if not prefix:
            for lemma, i in words[-_ENDING:]:
                self.word(f"e:{lemma}", i)


_VALUE_CHANNELS = {"phone_number": "phone", "email_address": "email", "line_id": "line"}


def candidates_external(view: NormalizedText, analysis, rule_findings: Iterable[Finding],
                        values: Iterable[Finding] = ()) -> list[Candidate]:
    """One candidate per channel the message names (``analysis``: the rules'
    ``contact_analysis.Analysis``, or None when their gate found nothing) or gives a value of
    (``values``: the phone, e-mail and LINE ID findings made before: 「ここにかけて 090-…」 asks to
    call, a signature 「TEL 090-…」 does not)."""
    rules: dict[str | None, str] = {}
    for f in rule_findings:
        rules[f.value] = max(rules.get(f.value, "none"), _rule_kind(f), key=_RULE_RANK.__getitem__)
    by_channel: dict[str, _Reading] = {}
    if analysis is not None and analysis.mentions and analysis.tokens:
        a = analysis
        sentences = _view_sentences(a.view)  # once for every channel's reading (a.tokens are its view's)
        for m in a.mentions:
            if m.channel == UNNAMED and MONEY_RE.search(a.view.text, *a.sentence_range(m.start)):
                continue  # where the money goes: off_platform_payment's (as in the rules)
            if _rules()[0].quoted_example(a.view.text, m.start):
                continue  # an advice article's example with a placeholder (as in the rules)
            reading = by_channel.get(m.channel)
            if reading is None:
                reading = by_channel[m.channel] = _Reading(a.view, a.tokens, a.starts, sentences)
            reading.read(a.token_at(m.start), a.token_at(max(m.start, m.end - 1)), f"k:{m.kind}", f"c:{m.channel}")
    values = [f for f in values if f.category in _VALUE_CHANNELS]
    if values:
        found = [(_normalized_at(view, f.start), _normalized_at(view, f.end), _VALUE_CHANNELS[f.category]) for f in values]
        bounds = view.line_window([p for s, e, _c in found for p in (s, max(s, e - 1))])
        vview, cut = (view, 0) if bounds is None else (view.window(*bounds), bounds[0])
        tokens = vview.tokens
        if tokens:
            starts = [t.start for t in tokens]
            sentences = None  # computed for the first value reading of this window, shared after
            for start, end, channel in found:
                if not 0 <= start - cut < len(vview.text):
                    continue
                reading = by_channel.get(channel)
                if reading is None:
                    sentences = sentences or _view_sentences(vview)
                    reading = by_channel[channel] = _Reading(vview, tokens, starts, sentences)
                if reading.view is vview:
                    reading.read(_token_at(starts, start - cut), _token_at(starts, max(start, end - 1) - cut),
                                 "k:value", None)
                else:
                    reading.feats.add("k:value")
    out = []
    for channel, reading in by_channel.items():
        value = None if channel == UNNAMED else channel
        rule = rules.get(value, "none")
        reading.feats.add(f"r:{rule}")
        out.append(Candidate(EXTERNAL, value, tuple(reading.feats.names), reading.feats.shown, reading.span,
                             reading.view, rule, reading.named))
    return out


class _Reading:
    """The features of one channel's candidate, gathered over each place it is named or given."""

    __slots__ = ("view", "tokens", "starts", "sentences", "feats", "span", "named", "reads")

    def __init__(self, view: NormalizedText, tokens, starts: list[int], sentences: list[tuple[int, int]]):
        self.view, self.tokens, self.starts, self.sentences = view, tokens, starts, sentences
        self.feats = _Features(view, tokens)
        self.span: tuple[int, int] | None = None
        self.named = False
        self.reads = 0

    def read(self, i0: int, i1: int, kind: str, name: str | None) -> None:
        if self.reads == _MAX_READS:
            return
        self.reads += 1
        tokens, sentences, feats = self.tokens, self.sentences, self.feats
        feats.add(kind)
        if name is not None:
            feats.add(name, i0, i1)
            self.named = True
        s = _sentence_index(sentences, i0)
        first, end = sentences[s]
        if end - first > _LONG_SENTENCE:  # (never in the corpus: its longest sentence read has 59 words)
            first, end = max(first, i0 - _LONG_SENTENCE // 2), min(end, i1 + 1 + _LONG_SENTENCE // 2)
        words = _words(tokens, first, end, range(i0, i1 + 1))
        feats.sentence(words)
        at = next((k for k, (_lemma, i) in enumerate(words) if i >= i0), len(words))
        for lemma, i in words[at + 1:at + 1 + _AFTER]:
            feats.word(f"a:{lemma}", i)
        for lemma, i in words[max(0, at - _BEFORE):at]:
            feats.word(f"p:{lemma}", i)
        if s + 1 < len(sentences):
            for lemma, i in _view_words(self.view, *sentences[s + 1])[:_NEXT]:
                feats.word(f"n:{lemma}", i)
        lo, hi = tokens[first].start, tokens[end - 1].end
        self.span = (lo, hi) if self.span is None else (min(self.span[0], lo), max(self.span[1], hi))


def _normalized_at(view: NormalizedText, pos: int) -> int:
    """The normalized offset of an original offset (findings carry original ones)."""
    starts = view._starts
    return pos if starts is None else bisect.bisect_left(starts, pos)


# Payment lexicon kinds (payment_negation.txt) that make a clause the rules' exclusion: refused,
# quoted as a rule, warned about, kept on the platform (「サイト経由で…」), a job topic or a shop.
_PAYMENT_EXCLUSIONS = frozenset({"refusal", "rule", "warning", "on_platform", "job_topic", "merchant", "example"})


def candidates_payment(view: NormalizedText, anchors: list[int], rule_findings: Iterable[Finding],
                       terms: Callable[[NormalizedText], Iterable[tuple[str, int, int]]] | None = None,
                       ) -> list[Candidate]:
    """One candidate for the message's payment words (``anchors``: normalized positions of the
    rules' gate words in ``view``; the window around them is the one the rules tokenized).
    ``terms``: window -> (lexicon kind, start, end) of the payment lexicon's terms in it; each
    kind in the candidate's sentences is a feature (``s:transfer``, ``s:on_platform`` …), and an
    exclusion kind makes a candidate the rules passed over a rule exclusion."""
    if not anchors:
        return []
    bounds = view.line_window(anchors)  # the window the payment detector read: its tokens are reused
    window, cut = (view, 0) if bounds is None else (view.window(*bounds), bounds[0])
    tokens = window.tokens
    if not tokens:
        return []
    starts = [t.start for t in tokens]
    sentences = _view_sentences(window)
    feats = _Features(window, tokens)
    chosen: dict[int, None] = {}
    for pos in anchors:
        pos -= cut
        if not 0 <= pos < len(window.text):
            continue
        i = _token_at(starts, pos)
        chosen.setdefault(_sentence_index(sentences, i))
    span = None
    for s in chosen:
        first, end = sentences[s]
        words = _view_words(window, first, end)
        feats.sentence(words)
        if s + 1 < len(sentences) and s + 1 not in chosen:
            for lemma, i in _view_words(window, *sentences[s + 1])[:_NEXT]:
                feats.word(f"n:{lemma}", i)
        lo, hi = tokens[first].start, tokens[end - 1].end
        span = (lo, hi) if span is None else (min(span[0], lo), max(span[1], hi))
    if span is None:
        return []
    excluded = False
    if terms is not None:
        ranges = sorted((tokens[sentences[k][0]].start, tokens[sentences[k][1] - 1].end) for k in chosen)
        range_starts = [lo for lo, _hi in ranges]
        for kind, start, _end in terms(window):
            k = bisect.bisect_right(range_starts, start) - 1
            if k >= 0 and start < ranges[k][1]:
                feats.add(f"s:{kind}")
                excluded = excluded or kind in _PAYMENT_EXCLUSIONS
    best = max((f.score for f in rule_findings), default=0.0)
    # a weak rule (a channel named, no request: 「LINE Payで送るのはダメですか」) is no refusal; a
    # suppressed one keeps at most _WEAK of its score
    rule = "invite" if best >= 0.5 else ("weak" if best >= _WEAK and not excluded else (
        "refusal" if best > 0 or excluded else "none"))
    feats.add(f"r:{rule}")
    return [Candidate(PAYMENT, None, tuple(feats.names), feats.shown, span, window, rule)]


_WEAK = 0.3  # payment rule scores from here to 0.5: a rule that fired unrefused, without a request


def _token_at(starts: list[int], pos: int) -> int:
    return max(0, bisect.bisect_right(starts, pos) - 1)


_RULE_RANK = {"none": 0, "refusal": 1, "weak": 1, "statement": 2, "invite": 3, "hard": 4}


def _rule_kind(f: Finding) -> str:
    if f.score in (SCORE_LINK, SCORE_HANDLE):
        return "hard"
    if f.score <= SCORE_REFUSAL:
        return "refusal"
    if f.score <= SCORE_STATEMENT:
        return "statement"
    return "invite"


# -- the model -----------------------------------------------------------------------------------
@dataclass(frozen=True)
class Head:
    """A logistic regression over candidate features: bias + the weights of the features present."""

    bias: float
    weights: Mapping[str, float]

    def probability(self, features: Iterable[str]) -> float:
        get = self.weights.get
        z = self.bias
        for name in features:
            w = get(name)
            if w is not None:
                z += w
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))

    def verdict(self, features: Iterable[str], shown: Mapping[str, str]) -> Verdict:
        """The probability and the cue words: the typed words of the features that weighed most."""
        features = tuple(features)
        weights = self.weights
        contributions = [(weights[name], shown[name]) for name in features
                         if weights.get(name, 0.0) > 0 and name in shown and name.startswith(_CUE_PREFIXES)]
        cues: list[str] = []
        for _w, word in sorted(contributions, key=lambda c: -c[0]):
            if word and not any(word in c or c in word for c in cues):
                cues.append(word)
                if len(cues) == _CUES_SHOWN:
                    break
        return Verdict(self.probability(features), tuple(cues))


# Channels named in everyday Japanese text: of 954 channel candidates on the clean real files
# (data/real), 948 were one of these (instagram 273, line 266, phone 260, email 76, unnamed 46,
# x 21, facebook 6), and 6 were Zoom, Slack or WeChat.
EVERYDAY_CHANNELS = frozenset({"line", "instagram", "phone", "email", "x", "facebook", None})


@dataclass(frozen=True)
class CategoryModel:
    """Two heads, each trained on the candidates it judges: ``keep`` on those the rules found
    (was the rule right?), ``add`` on those they passed over (did they miss one?). Trained on
    all candidates at once, one model learned the corpus's base rate of a channel word being an
    invitation (two in three) and fired on everyday 「インスタにもあるかな」."""

    keep_head: Head
    add_head: Head
    keep: float  # a rule finding stays when the keep head's probability is at least this
    add: float  # a candidate the rules passed over becomes a finding from this probability on
    override_refusal: bool  # whether ``add`` may overrule a rule's refusal
    # ``add`` for a channel given only by its value (「ここにかけて 090-…」): everyday text names LINE
    # or 電話 in passing all the time, and writes a phone number next to 「かけて」 hardly ever
    add_value: float = 1.0
    # ``add`` for a named channel that everyday text hardly names (Zoom, Slack, WhatsApp …, see
    # EVERYDAY_CHANNELS): the real-text bound that holds ``add`` high comes from LINE and インスタ
    add_rare: float | None = None

    def add_for(self, c: "Candidate") -> float:
        if not c.named:
            return self.add_value
        if self.add_rare is not None and c.value not in EVERYDAY_CHANNELS:
            return self.add_rare
        return self.add

    def head(self, c: "Candidate") -> Head:
        return self.keep_head if c.rule in ("invite", "statement") else self.add_head

    def verdict(self, c: "Candidate") -> Verdict:
        return self.head(c).verdict(c.features, c.shown)


@dataclass(frozen=True)
class IntentModel:
    categories: Mapping[str, CategoryModel]
    meta: Mapping[str, object]

    @classmethod
    def from_dict(cls, data: object, source: str = "intent model") -> "IntentModel":
        def fail(what: str) -> IntentModelError:
            return IntentModelError(f"{source}: {what}")

        if not isinstance(data, Mapping):
            raise fail(f"expected a JSON object, got {type(data).__name__}")
        if data.get("format") != FORMAT:
            raise fail(f"format: expected {FORMAT!r}, got {data.get('format')!r}")
        if data.get("version") != FORMAT_VERSION:
            raise fail(f"version: this leakguard reads version {FORMAT_VERSION}, got {data.get('version')!r}")
        cats = data.get("categories")
        if not isinstance(cats, Mapping) or set(cats) != {EXTERNAL, PAYMENT}:
            raise fail(f"categories: expected exactly {EXTERNAL!r} and {PAYMENT!r}")
        out = {}
        for name, table in cats.items():
            where = f"categories.{name}"
            if not isinstance(table, Mapping):
                raise fail(f"{where}: expected an object")
            missing = {"keep", "add", "add_value", "override_refusal", "heads"} - set(table)
            if missing:
                raise fail(f"{where}: missing {', '.join(sorted(missing))}")
            for key in ("keep", "add", "add_value", "add_rare"):
                if key == "add_rare" and table.get(key) is None:
                    continue  # optional: files written before it use ``add`` for every channel
                if not _finite(table[key]) or not 0.0 <= table[key] <= 1.0:
                    raise fail(f"{where}.{key}: expected a probability in [0, 1], got {table[key]!r}")
            if not isinstance(table["override_refusal"], bool):
                raise fail(f"{where}.override_refusal: expected true or false")
            heads = table["heads"]
            if not isinstance(heads, Mapping) or set(heads) != {"keep", "add"}:
                raise fail(f"{where}.heads: expected exactly 'keep' and 'add'")
            out[name] = CategoryModel(_head(heads["keep"], f"{where}.heads.keep", fail),
                                      _head(heads["add"], f"{where}.heads.add", fail),
                                      float(table["keep"]), float(table["add"]), table["override_refusal"],
                                      float(table["add_value"]),
                                      None if table.get("add_rare") is None else float(table["add_rare"]))
        return cls(out, dict(data.get("meta") or {}))

    @classmethod
    def load(cls, path: str | Path | None = None) -> "IntentModel":
        """The shipped model, or the model file at ``path``; raises IntentModelError naming the
        file and the key that is wrong."""
        if path is None:
            source = f"leakguard/models/{MODEL_FILE}"
            try:
                raw = resources.files("leakguard").joinpath("models", MODEL_FILE).read_text("utf-8")
            except FileNotFoundError:
                raise IntentModelError(f"{source}: not installed; train it with benchmarks/train_intent.py") from None
        else:
            if not isinstance(path, (str, Path)):
                raise TypeError(f"path must be a str or pathlib.Path, got {type(path).__name__}")
            source = str(path)
            try:
                raw = Path(path).read_text("utf-8")
            except OSError as exc:
                raise IntentModelError(f"{source}: cannot read: {exc.strerror or exc}") from None
        try:
            data = json.loads(raw)
        except json.JSONDecodeError as exc:
            raise IntentModelError(f"{source}: not valid JSON: {exc}") from None
        return cls.from_dict(data, source)


def _head(table: object, where: str, fail) -> Head:
    if not isinstance(table, Mapping) or {"bias", "weights"} - set(table):
        raise fail(f"{where}: expected an object with bias and weights")
    if not _finite(table["bias"]):
        raise fail(f"{where}.bias: expected a finite number, got {table['bias']!r}")
    weights = table["weights"]
    if not isinstance(weights, Mapping) or not weights:
        raise fail(f"{where}.weights: expected a non-empty object of feature -> number")
    bad = next((k for k, v in weights.items() if not _finite(v)), None)
    if bad is not None:
        raise fail(f"{where}.weights[{bad!r}]: expected a finite number, got {weights[bad]!r}")
    return Head(float(table["bias"]), dict(weights))


def _finite(value: object) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value)


@functools.lru_cache(maxsize=1)
def shipped_model() -> IntentModel:
    return IntentModel.load()


# -- deciding ------------------------------------------------------------------------------------
def _reason(c: Candidate, verdict: Verdict) -> tuple[str, str]:
    channel = c.shown.get(f"c:{c.value or UNNAMED}")
    cues = verdict.cues
    if channel and not any(channel in w for w in cues):
        cues = (*cues[:_CUES_SHOWN - 1], channel)  # the channel is part of what decided
    verdict = Verdict(verdict.probability, cues)
    cues_ja = "".join(f"『{w}』" for w in verdict.cues)
    if c.category == PAYMENT:
        return (f"{cues_ja}から、プラットフォーム外での支払い・取引の提案と判断しました。",
                f"Read as a proposal to pay or deal outside the platform from {_quoted_en(verdict.cues)}.")
    name_ja, name_en = CHANNEL_NAMES.get(c.value, ("外部の連絡先", "an outside channel")) if c.value else (
        "外部の連絡先", "an outside channel")
    return (f"{cues_ja}から、{name_ja}での外部への連絡の誘いと判断しました。",
            f"Read as an invitation to continue on {name_en} from {_quoted_en(verdict.cues)}.")


def _quoted_en(cues: tuple[str, ...]) -> str:
    return ", ".join(f"“{w}”" for w in cues) or "the wording"


def _added_score(category: str, p: float, add: float) -> float:
    # external_contact warns from 0.5; off_platform_payment needs 0.6 to reach block_at
    lo = 0.65 if category == EXTERNAL else 0.6
    share = (p - add) / (1.0 - add) if add < 1.0 else 1.0
    return round(min(0.95, lo + (0.95 - lo) * max(0.0, share)), 3)


def decide(candidates: list[Candidate], findings: list[Finding], model: IntentModel) -> list[Finding]:
    """The rule findings the model confirms (and every hard one), plus the candidates it adds."""
    out = list(findings)
    for c in candidates:
        m = model.categories[c.category]
        p = m.head(c).probability(c.features)
        mine = [f for f in out if c.category == PAYMENT or f.value == c.value]
        if c.rule in ("invite", "statement"):
            if p < m.keep:
                out = [f for f in out if f not in mine or f.score < 0.5 or (
                    _rule_kind(f) == "hard" if c.category == EXTERNAL else f.score == _given_score())]
        elif c.rule in ("none", "weak") or (c.rule == "refusal" and m.override_refusal):
            add = m.add_for(c)
            form = _proposal_form(c) if c.category == PAYMENT else _ASKS
            if p >= add and not (c.category == PAYMENT and (_remark(c) or form is None)):
                ja, en = _reason(c, m.verdict(c))
                score = _added_score(c.category, p, add)
                found = Finding.at(c.view, c.category, c.span[0], c.span[1], c.value, score, ja, en,
                                   kind=contact_kind(c.value, c.view.text[c.span[0]:c.span[1]])
                                   if c.category == EXTERNAL else None)
                # a payment the sentence tells of without asking may warn, not block
                out.append(found if form is _ASKS else found.capped_to_warn("", ""))
    return out


_SENTENCE_END_POS = frozenset({"補助記号", "空白"})
_COMPARING = frozenset({"方", "ほう", "より", "なら", "だけ"})


_NEGATIVES = frozenset({"無い", "ない", "ず", "ぬ"})


def _remark(c: Candidate) -> bool:
    """A payment candidate that is a remark on a way of paying, with no proposal for the model alone
    to find: its predicate is an adjective of judgement (「銀行振込の手数料って地味に高いよね」), no way
    is named as the means (no で: 「PayPayでいいよね？」 offers) and none is set above another
    (「直接の方が安いよね」 hints)."""
    lo, hi = c.span
    toks = [t for t in c.view.tokens if lo <= t.start and t.end <= hi]
    content = [t for t in toks if t.pos[0] not in _SENTENCE_END_POS and not (t.pos[0] == "助詞" and t.pos[1] == "終助詞")]
    # 高くない？ 高すぎん？ 高くないですか？: the adjective (too much so), negated to ask the reader to agree
    while content and content[-1].pos[0] == "助動詞" and content[-1].normalized in ("です", "ます"):
        content = content[:-1]
    if len(content) >= 2 and content[-1].normalized in _NEGATIVES and content[-2].pos[0] in ("形容詞", "動詞"):
        content = content[:-1]
    if len(content) >= 2 and content[-1].normalized == "過ぎる" and content[-2].pos[0] == "形容詞":
        content = content[:-1]
    if not content or content[-1].pos[:2] != ("形容詞", "一般"):
        return False
    return not any((t.surface == "で" and t.pos[0] == "助詞") or t.surface in _COMPARING for t in toks)


# What the scorer alone may make of payment words the rules read as no proposal (issue #14 §3):
# a block needs a proposal form in the words themselves; without one it warns at most, and a
# hearsay or generic statement (「現金で払う人もいるみたいですね」) is left to the rules.
_ASKS, _TELLS = "asks", "tells"
# request, offer or volitional: conjugation forms (しよう, 払え, 払えば / くれたら) and the verbs
# and auxiliaries of asking and wanting (ください, くれる, もらう, いただく, ほしい, お願い, たい)
_PROPOSING_FORMS = ("意志推量形", "命令形", "仮定形")
_ASKING_LEMMAS = frozenset({"下さる", "呉れる", "貰う", "頂く", "戴く", "欲しい", "願う", "頼む", "たい"})
# a sentence said to the reader: an ending of telling or asking (送金できるよ, 直で売るわ, 現金でいい？)
_TELLING_ENDS = frozenset({"よ", "わ", "ぜ", "ぞ", "や", "か", "かな", "?"})
# predicates of a state, not of an act the writer or reader does (安くなります, いる, ある)
_STATE_VERBS = frozenset({"成る", "居る", "有る", "在る"})
_GUESS = "意志推量形"  # of だ / です: だろう, でしょう guess (振込なら…でいいよ: なら still offers)
_COPULA = frozenset({"だ", "です"})


def _proposal_form(c: Candidate) -> str | None:
    """``_ASKS`` when the candidate's sentences (and the one after them) hold a request, offer or
    volitional form; ``_TELLS`` when only a sentence addressed to the reader or an act as its
    predicate (直接振り込みます); None for a remark, hearsay or a generic statement."""
    lo, hi = c.span
    tokens = c.view.tokens
    sentences = _view_sentences(c.view)
    first = next((k for k, (a, b) in enumerate(sentences) if tokens[b - 1].end > lo), len(sentences))
    last = next((k for k, (a, b) in enumerate(sentences) if tokens[b - 1].end >= hi), len(sentences) - 1)
    told = hearsay = False
    for k in range(first, min(last + 2, len(sentences))):  # the next sentence may ask (「…言うてや」)
        a, b = sentences[k]
        toks = tokens[a:b]
        hearsay = hearsay or (k <= last and _rules()[2].hearsay(tokens, toks[0].start))
        for t in toks:
            form = t.pos[5] if len(t.pos) > 5 else ""
            if (form.startswith(_PROPOSING_FORMS) and not (form.startswith(_GUESS) and t.normalized in _COPULA)
                    or t.normalized in _ASKING_LEMMAS):
                return _ASKS
            if t.pos[0] == "助詞" and t.pos[1] == "終助詞" and t.surface in _TELLING_ENDS:
                told = True  # also before a comma (「送金できるよ、ゼロナナゼロ…」)
        for t in reversed(toks):  # the predicate: the last word before the marks and endings
            if t.pos[0] in _SENTENCE_END_POS or (t.pos[0] == "助詞" and t.pos[1] == "終助詞"):
                told = told or t.surface in _TELLING_ENDS
            elif not (t.pos[0] == "助動詞" and t.normalized in ("ます", "です")):
                told = told or (t.pos[0] == "動詞" and t.normalized not in _STATE_VERBS)
                break
    if hearsay:
        return None
    return _TELLS if told else None


@functools.lru_cache(maxsize=1)
def _given_score() -> float:
    """The score of payment details written out (a bank account, a wallet address): a fact of the
    message, like a link, that no reading of its wording overrules."""
    from .detectors.payment_details import SCORE_GIVEN

    return SCORE_GIVEN


@functools.lru_cache(maxsize=1)
def _rules():
    """The rule modules, imported once: an import statement per message costs a few µs, as much
    as the whole scorer on a message that never reaches it."""
    from .detectors import channels, contact_analysis, payment

    return channels, contact_analysis, payment


def is_scored(detector) -> bool:
    """True for the built-in rule detectors the model reads after (a platform's own detector of
    the same category is left as it is: the model knows nothing of its findings)."""
    channels, _analysis, payment = _rules()
    return (isinstance(detector, (channels.ExternalContactDetector, payment.PaymentDetector))
            or detector is payment.detect_off_platform_payment)


def candidates(detector, view: NormalizedText, findings: list[Finding],
               values: Iterable[Finding] = ()) -> list[Candidate]:
    """The candidates of a built-in intent ``detector`` (see :func:`is_scored`) on ``view``,
    given the findings it made there and those the value detectors made before it."""
    _channels, contact_analysis, payment = _rules()
    if detector.category == EXTERNAL:
        analysis = contact_analysis.analyze(view, detector.lexicon)  # the detector's own, memoized
        if analysis is None and not values:
            return []
        return candidates_external(view, analysis, findings, values)
    rules = detector if isinstance(detector, payment.PaymentDetector) else payment.default_payment_detector()
    # The gate automaton and the term matcher are the payment detector's own first two steps: no
    # second word list to drift from the rules'.
    anchors = rules.anchors(view) if view.text else []
    if not anchors:
        return []

    def terms(window: NormalizedText) -> list[tuple[str, int, int]]:
        found = payment.view_matches(rules._compile(), window)
        # the rules' signals as the rules read them: a way or a request inside words told of
        # (「「外でやれば安くなる」という誘因」) is none of this message's; refusals and rules count anyway
        quoted = payment.view_quoted_spans(window, found)
        return [(m.term.kind, m.start, m.end) for m in found
                if m.term.kind in payment.NEGATION_KINDS or not quoted.contains(m.start, m.end)]

    return candidates_payment(view, [start for _i, start, _end in anchors], findings, terms)


def scored_findings(detector, view: NormalizedText, values: Iterable[Finding] = (),
                    model: IntentModel | None = None) -> list[Finding]:
    """``detector(view)``, confirmed or overruled and completed by the model (the shipped one by
    default) when ``detector`` is a built-in intent detector; as it is otherwise. ``values``: the
    findings of the detectors that ran before it (phone numbers, addresses, LINE IDs)."""
    findings = list(detector(view))
    if not is_scored(detector):
        return findings
    found = candidates(detector, view, findings, values)
    if found:
        findings = decide(found, findings, model or shipped_model())
    # an article's quoted examples and FAQ headings are shown, not said (detectors/mentions.py)
    return _mentions().unmentioned(detector, view, findings, _hard)


def _hard(f: Finding) -> bool:
    return _rule_kind(f) == "hard" if f.category == EXTERNAL else f.score == _given_score()


@functools.lru_cache(maxsize=1)
def _mentions():
    from .detectors import mentions

    return mentions
