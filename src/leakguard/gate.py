"""One gate before the pipeline: can any detector of a policy report anything in this raw text?

Most chat messages are plain Japanese: kana, kanji, a few marks, spaces, 「！？」 and ``@``. On a
text made only of plain characters (no digit in any script, no Latin letter, no character the
normalizer rewrites except 「！？＠」 and wide spaces, folded here the same way) the normalized view
*is* the text, so a detector's own test can be asked on the raw text. One Aho–Corasick pass finds
the words that can lead to a finding there; each list is read, when the gate is built, from the
code or lexicon that reads it, so it follows their changes:

- hard words pass at once: the contact lexicon's terms and link hosts, the payment gate keys;
- soft words pass only if the reader's own test says so: kana number words (the normalizer's
  three-in-a-row test), kanji digits (its run test), LINE slang such as 「ら」 (the contact
  reader's stand-alone test at each hit), spacing (its spaced-kana test), Korean readings in
  katakana (the phone reader's own test), 「こー」 (read again as 「こう」, as the normalizer does).

Every other detector needs an ASCII letter or digit in the view to report anything; the view only
holds one when the raw text holds a non-plain character or number words, which pass. A detector
the gate does not know (a platform's own) turns it off. tests/test_gate.py checks on every local
text that no message with a finding is cleared.

Building the word list means building every detector (a tenth of a second of imports and
compiles). For the built-in detectors the gate's tables (words, plain class, the soft tests'
patterns) are kept in a small JSON file next to the package's bytecode (``__pycache__``), stamped
with the size and modification time of every source and lexicon file they are read from, like a
``.pyc``: a one-line file that nothing passes then needs none of the detector modules. Where the
package is read-only the gate is built in each process; ``LEAKGUARD_CACHE_DIR`` puts the file in
another folder, and set to an empty string it turns the cache off.

A message the gate passes meets a second stage (precheck.py): each detector's own first test on
the normalized view, so that only the detectors that can fire are called.
"""
from __future__ import annotations

import functools
import json
import os
import re
import zlib
from pathlib import Path
from typing import Callable, Iterable

# Blocks of ordinary Japanese text; a character of them is plain if the normalizer keeps it as is.
_CANDIDATE_RANGES = ((0x3041, 0x3096), (0x309D, 0x309F), (0x30A1, 0x30FA), (0x30FC, 0x30FF),
                     (0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0x3001, 0x3002), (0x3005, 0x3007),
                     (0x300C, 0x300F), (0x3010, 0x3011))
# ASCII that is plain too: marks no identifier reader counts without an ASCII letter or digit next
# to them. Spacing can separate spelled-out words, so a text with any runs the spaced-word test.
_PLAIN_ASCII = " !?@"
_SPACING = " 、・"
# Marks that become "-" between digits (normalize._CONTEXT_DASH_RE; plain text holds no digits),
# ellipses and line breaks: the normalizer keeps them, and only readers of digits, ASCII or the
# words above look at them.
_EXTRA_PLAIN = "・〜～…‥\n"


def _plain_fold() -> dict[int, str]:
    """Plain characters the normalizer changes, and what into (「！」 -> "!", U+3000 -> " ")."""
    from . import normalize

    return {cp: rep for cp, rep in normalize._FOLD.items() if len(rep) == 1 and rep in _PLAIN_ASCII}


def _plain_class() -> str:
    from . import normalize

    fold = normalize._FOLD
    plain = [ord(c) for c in _PLAIN_ASCII + _EXTRA_PLAIN if fold.get(ord(c), c) == c] + list(_plain_fold())
    for lo, hi in _CANDIDATE_RANGES:  # every code point of these blocks is assigned
        plain.extend(cp for cp in range(lo, hi + 1) if cp not in fold)
    return "[^" + normalize._char_class(plain)[1:]


def _long_o_before() -> str:
    """The kana normalize._LONG_O_RE looks behind for, read from the pattern itself."""
    from . import normalize

    return re.match(r"\(\?<=\[([^\]]+)\]\)", normalize._LONG_O_RE.pattern).group(1)


# What a soft keyword asks for before the text passes: it is a necessary sign of something only a
# closer test can tell (「さん」 is in most messages, three number words in a row in few; 「ら」 is
# LINE slang only before a contact cue). Each test is the reading code's own.
_HARD, _KANA, _KANJI, _SLANG, _LONG_O, _PHONE_SPELLED, _SPACED, _LETTERS = range(8)


@functools.lru_cache(maxsize=1)
def _module_tables() -> dict:
    """What a gate reads besides its words, as plain data (the cache file holds the same): the
    plain class and fold, and the soft tests' patterns, each taken from the module that reads it."""
    from . import normalize
    from .detectors.contact_lexicon import _SPACED_KANA_GATE_RE

    plain_fold = _plain_fold()
    patterns = {"kana_three": normalize._KANA_THREE_RE, "kanji_run": normalize._KANJI_RUN_RE,
                "long_o": normalize._LONG_O_RE, "spaced_kana": _SPACED_KANA_GATE_RE}
    return {"plain": _plain_class(), "fold": {str(cp): rep for cp, rep in plain_fold.items()},
            "folding": normalize._char_class(plain_fold),
            "patterns": {name: _engine_of(name, p) for name, p in patterns.items()}}


# The soft tests that run on most messages (a 「、」 in one in four) read these readers' patterns
# with the stdlib engine: they are character classes and possessive quantifiers, which `re` reads
# the same way (Python 3.11+) at a third of `regex`'s cost per call. tests/test_gate.py checks
# that both engines agree on every local text.
_STDLIB_READS = frozenset({"spaced_kana", "kanji_run"})


def _engine_of(name: str, pattern) -> list:
    """[stdlib?, pattern, flags] for the cache file."""
    if type(pattern).__module__ == "re":
        return [True, pattern.pattern, pattern.flags]
    if name in _STDLIB_READS:
        try:
            re.compile(pattern.pattern)
            return [True, pattern.pattern, 0]
        except re.error:  # Python 3.10: no possessive quantifiers in `re`
            pass
    return [False, pattern.pattern, pattern.flags]


@functools.lru_cache(maxsize=16)
def _compiled(stdlib: bool, pattern: str, flags: int):
    if stdlib:
        return re.compile(pattern, flags)
    import regex

    return regex.compile(pattern, flags)


@functools.lru_cache(maxsize=1)
def _readers() -> tuple:
    """The readers' own tests, imported with the first soft hit that asks one (they load the
    detector modules), then looked up here rather than imported per message."""
    from .detectors.contact_analysis import _slang_counts, cheap_hits
    from .detectors.phone_words import spelled_view
    from .normalize import NormalizedText

    return _slang_counts, cheap_hits, spelled_view, NormalizedText


def _kana_digits(gate: "Gate", text: str, spans: list) -> bool:
    return gate._pattern("kana_three").search(text) is not None  # the normalizer's own test


def _kanji_digits(gate: "Gate", text: str, spans: list) -> bool:
    if gate._pattern("kanji_run").search(text) is not None:  # a lone 一 (一緒) stays a word
        return True
    # a number read down the first kanji of lines (「〇時に…⏎九つの…⏎〇から…」): the fragment reader's own test
    if len(spans) < 10 or text.count("\n") < 9:
        return False
    from .fragments import _read_down

    return bool(_read_down(text))


def _contact(gate: "Gate", text: str, spans: list) -> bool:
    _counts, cheap_hits, _spelled, view_of = _readers()
    view = view_of(text, text, None, None)  # plain text is its own normalized view
    return any(cheap_hits(view, lexicon) is not None for lexicon in gate._contact_lexicons())


def _slang(gate: "Gate", text: str, spans: list) -> bool:
    # 「ら」 (LINE) is in one message in seven, mostly inside words (これら, 彼ら): the contact
    # reader's own test, at each hit, says whether it stands alone before a cue.
    counts = _readers()[0]
    for lexicon in gate._contact_lexicons():
        for start, end in spans:
            if counts(text, start, end, lexicon):
                return True
    return False


def _spaced(gate: "Gate", text: str, spans: list) -> bool:
    # contact_lexicon's spaced-kana gate, matched only where it can start: on the kana right before
    # a separator the automaton found (searching from every kana costs 10x more).
    match = gate._pattern("spaced_kana").match
    for start, _end in spans:
        if start and match(text, start - 1) is not None:
            return _contact(gate, text, spans)
    return False


def _long_o(gate: "Gate", text: str, spans: list) -> bool:
    rewritten = gate._pattern("long_o").sub("う", text)  # 「こーかん」 is read as 「こうかん」
    return rewritten != text and gate.passes(rewritten)


def _phone_spelled(gate: "Gate", text: str, spans: list) -> bool:
    # Korean readings in katakana and drawn-out readings: the phone reader's own test, on the whole text
    _counts, _hits, spelled_view, view_of = _readers()
    view = view_of(text, text, None, None)
    return spelled_view(view, False) is not view


def _letters(gate: "Gate", text: str, spans: list) -> bool:
    # an address read out letter by letter in kana (「えむ・あい…、あっと、じーめーる」) or in hiragana words
    # to be typed in romaji (「なかむら点てつおアットマーク…（ローマ字で）」): the e-mail reader's own test
    from .detectors.spelled import said_in_kana

    return said_in_kana(text)


_TESTS = {_KANA: _kana_digits, _KANJI: _kanji_digits, _SLANG: _slang, _LONG_O: _long_o, _PHONE_SPELLED: _phone_spelled,
          _SPACED: _spaced, _LETTERS: _letters}


class Gate:
    """``passes(text)``: False only when no detector it was built for can report anything.

    ``lexicons``: the contact lexicons the soft tests read, or a function returning them, called on
    the first soft hit that needs them (loading them means building the detectors)."""

    __slots__ = ("words", "_automaton", "_kinds", "_lexicons", "_not_plain", "_fold", "_folding", "_patterns",
                 "_compiled")

    def __init__(self, words: dict[str, int], lexicons: "tuple | Callable[[], tuple]" = (),
                 tables: dict | None = None):
        import ahocorasick_rs

        tables = _module_tables() if tables is None else tables
        self.words = words
        self._kinds = tuple(words.values())
        # Overlapping matches: a soft word must not hide a hard one that starts inside it.
        self._automaton = ahocorasick_rs.AhoCorasick(list(words))
        self._lexicons = lexicons
        self._not_plain = _compiled(True, tables["plain"], 0)
        self._fold = {chr(int(cp)): rep for cp, rep in tables["fold"].items()}
        self._folding = _compiled(True, tables["folding"], 0)
        self._patterns = tables["patterns"]
        self._compiled: dict = {}

    def _pattern(self, name: str):
        pattern = self._compiled.get(name)
        if pattern is None:
            pattern = self._compiled[name] = _compiled(*self._patterns[name])
        return pattern

    def _contact_lexicons(self) -> tuple:
        if callable(self._lexicons):
            self._lexicons = self._lexicons()
        return self._lexicons

    def warm(self) -> None:
        """Load what the soft tests read (patterns, lexicons, readers) now rather than on a first hit."""
        for name in self._patterns:
            self._pattern(name)
        self._contact_lexicons()
        _readers()

    def passes(self, text: str) -> bool:
        if self._not_plain.search(text) is not None:
            return True
        # what the detectors would read (「！」 -> "!"): a few replaces cost less than str.translate
        for char in self._folding.findall(text):
            text = text.replace(char, self._fold[char])
        hits = self._automaton.find_matches_as_indexes(text, overlapping=True)
        if not hits:
            return False
        kinds = self._kinds
        asked: dict[int, list] = {}
        for index, start, end in hits:
            kind = kinds[index]
            if kind == _HARD:
                return True
            spans = asked.get(kind)
            if spans is None:
                asked[kind] = [(start, end)]
            else:
                spans.append((start, end))
        for kind, spans in asked.items():
            if _TESTS[kind](self, text, spans):
                return True
        return False


def gate_words(detectors: tuple) -> tuple[dict[str, int], tuple] | None:
    """The gate's words for ``detectors`` and the contact lexicons its soft tests read, or None
    when one of the detectors is not known here."""
    from . import chartables as ct
    from . import normalize
    from .detectors.channels import ExternalContactDetector
    from .detectors.email import EmailDetector
    from .detectors.line import LineIdDetector
    from .detectors.payment import PaymentDetector, default_payment_detector, detect_off_platform_payment
    from .detectors.phone import PhoneDetector
    from .fragments import SplitIdentifierDetector

    words: dict[str, int] = {}

    def add(new: Iterable[str], kind: int) -> None:
        for word in new:  # hard for one reader, or soft for two: hard
            if word:
                words[word] = kind if words.get(word, kind) == kind else _HARD

    # Every view: number words become digits, 「こー」 becomes 「こう」.
    add(normalize._KANA_TRIGGER_RE.pattern.split("|"), _KANA)
    add(ct.KANJI_DIGITS, _KANJI)
    add((o + "ー" for o in _long_o_before()), _LONG_O)
    lexicons = []
    for detector in detectors:
        if isinstance(detector, PhoneDetector):
            # Without digits, the phone reader reads Korean readings in katakana on its own (and
            # Hangul, which is not plain); each run holds a word only Korean has.
            add(ct.KOREAN_KATAKANA_DIGITS, _PHONE_SPELLED)
            # ... and readings drawn out (「ぜーろ きゅー ぜーろ」), which the normalizer's test misses
            from .detectors.phone_words import drawn_gate_words

            add(drawn_gate_words(), _PHONE_SPELLED)
            add(ct.PHONE_KATAKANA_ENGLISH, _HARD)  # (「オーナインオー …」: no other word passes)
        elif isinstance(detector, ExternalContactDetector):
            lex = detector.lexicon
            lexicons.append(lex)
            slang = {term for term, (_channel, kind) in lex.aliases.items() if kind == "slang"}
            add(slang, _SLANG)  # only where it stands alone before a cue
            add((p for p in lex._patterns if p not in slang), _HARD)  # what its automaton matches
            add(_SPACING, _SPACED)  # its spaced-out words (「ら、い、ん」)
            from .detectors.contact_foreign import gate_words as foreign_channels

            add(foreign_channels(), _HARD)  # (Chinese invitations are plain text here: 加我微信)
        elif detector is detect_off_platform_payment or isinstance(detector, PaymentDetector):
            payment = default_payment_detector() if detector is detect_off_platform_payment else detector
            add(payment._gate_keys, _HARD)
            from .detectors.payment_foreign import gate_words as foreign_words

            add(foreign_words(), _HARD)  # (Chinese proposals are plain text here)
        elif isinstance(detector, EmailDetector):
            # an address needs ASCII in the view, or an @ said in kana among letters read out by name
            from .detectors.spelled import spoken_at_words

            add(spoken_at_words(), _LETTERS)
        elif isinstance(detector, (LineIdDetector, SplitIdentifierDetector)):
            continue  # an ID or a part: ASCII in the view, so not plain text
        else:
            return None
    return words, tuple(dict.fromkeys(lexicons))


def build_gate(detectors: tuple) -> Gate | None:
    """The gate for ``detectors`` (a policy's tuple), or None when one of them is not known here."""
    built = gate_words(detectors)
    return None if built is None else Gate(*built)


# -- the built-in detectors' tables, cached between processes ------------------------------------
_CACHE_FORMAT = 2
_PACKAGE = Path(__file__).resolve().parent


def _cache_file() -> Path | None:
    folder = os.environ.get("LEAKGUARD_CACHE_DIR")
    if folder is None:
        # Next to the package's own bytecode: whoever can write there can already change the code,
        # so the file adds no way to blind the gate (a user cache directory would).
        return _PACKAGE / "__pycache__" / "gate-tables.json"
    if not folder:
        return None
    # one file per installed copy: two checkouts or venvs never overwrite each other's
    return Path(folder) / f"gate-{zlib.crc32(str(_PACKAGE).encode()):08x}.json"


def _source_stamp() -> list:
    """Size and modification time of every file the tables are read from (a ``.pyc``-style check)."""
    stamp = [_CACHE_FORMAT]
    for folder in (_PACKAGE, _PACKAGE / "detectors", _PACKAGE / "lexicons"):
        for entry in sorted(os.scandir(folder), key=lambda e: e.name):
            if entry.is_file() and not entry.name.endswith((".pyc", ".tmp")):
                st = entry.stat()
                stamp.append([f"{folder.name}/{entry.name}", st.st_size, st.st_mtime_ns])
    return stamp


def _read_cache(path: Path, stamp: list) -> dict | None:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) and data.get("stamp") == stamp else None


def _write_cache(path: Path, data: dict) -> None:
    tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
        os.replace(tmp, path)  # atomic: a reader sees the old file or the new one
    except OSError:  # a read-only home or cache: the gate is built in each process instead
        try:
            tmp.unlink()
        except OSError:
            pass


@functools.lru_cache(maxsize=1)
def built_in_tables() -> dict:
    """The built-in detectors' gate words and tables: from the cache file when its stamp matches
    the sources, else built from the detectors (and written back)."""
    path = _cache_file()
    stamp = _source_stamp() if path is not None else None
    data = _read_cache(path, stamp) if path is not None else None
    if data is None:
        from .detectors import build_detectors

        words, _lexicons = gate_words(build_detectors("JP", ()))
        data = {"stamp": stamp, "words": words, **_module_tables()}
        if path is not None:
            _write_cache(path, data)
    return data


def _contact_lexicons_of(policy) -> Callable[[], tuple]:
    return lambda: gate_words(policy.detectors())[1]


def _build_for(policy) -> Gate | None:
    detectors = policy.detectors
    if getattr(detectors, "custom", False) is None and not policy.lexicons:
        # The built-in detectors (any region: every phone reader reads the same words) with the
        # packaged lexicons: the cached tables, and the detectors only when a soft test asks.
        tables = built_in_tables()
        return Gate(tables["words"], _contact_lexicons_of(policy), tables)
    return build_gate(detectors())


def per_policy(cache: dict, policy, build: Callable):
    """``build(policy)``, kept in ``cache`` for the policy object (held alive with it, so its id is
    not reused); at most 64 policies, then the cache starts again."""
    entry = cache.get(id(policy))
    if entry is not None and entry[0] is policy:
        return entry[1]
    built = build(policy)
    if len(cache) > 64:
        cache.clear()
    cache[id(policy)] = (policy, built)
    return built


_GATES: dict[int, tuple[object, Gate | None]] = {}


def gate_for(policy) -> Gate | None:
    """The gate of a policy's detectors, built once per policy object (kept alive with it)."""
    return per_policy(_GATES, policy, _build_for)
