"""An identifier given in parts with the words that say how to join them, read in order.

「IDは「taka」のあとにハイフン、そのあと「1988」です」「yamada のあとに点、それから web」
「「misaki」と「trans」をピリオドでつないで、さらにピリオドを打って最後に「jp」」
「「maru」と「kaji」の間にハイフン、その後ろに「33」、アットマークのあとは icloud.com」
「最初に aoi、次にアンダーバー、そのあと sky と 2021 をつなげて、最後にアットマーク icloud.com」

The grammar: parts (ASCII runs, quoted or not) and the names of separators (ハイフン, 点, アット
マーク …) in the order they go, with the words that order them (のあとに, その後ろに, それから,
最後に) between them; two parts set side by side (「A と B」「A に B」) are joined by what the words
after them say (「を_でつないで」「の間に_」「をつけて」), and only then. A part may be announced by a
short noun (「数字の」「誕生日の」「ローマ字で」). The reader returns strings; the caller validates
them as a LINE ID or an address.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

import regex

from .. import chartables as ct
from ..alternation import searcher

_SEP_NAMES = {"ハイフン": "-", "はいふん": "-", "ハイフォン": "-", "アンダーバー": "_", "アンダースコア": "_",
              "あんだーばー": "_", "アンスコ": "_", "ドット": ".", "どっと": ".", "点": ".", "てん": ".",
              "ピリオド": "."}
# (点 and てん begin words too: 点検, 点数, てんき)
_SEP_ALT = "|".join(w + ("(?![一-龯ぁ-ゖ])" if w in ("点", "てん") else "") for w in sorted(_SEP_NAMES, key=len, reverse=True))
# A gate: a separator's name or a word that joins, next to the order words (one stdlib search).
GATE_RE = re.compile(r"のあと|の後|のうしろ|その(?:あと|後|うしろ|次)|それから|最後に|さいごに|さらに|つない|つなげ|繋|"
                     r"くっつけ|(?:間|あいだ)に|をつけ|を付け|から後ろ|から先|次に|つぎに|最後が|最後は|後ろに|うしろに"
                     r"|つなぎ|区切り|くぎり")

# (digits typed one by one, 「数字の 7 7」, are one part)
_PART_RE = regex.compile(
    r"[「『\"(（]?\s{0,2}(?P<part>[0-9](?: [0-9]){1,9}+(?![a-z0-9._\-@])|[a-z0-9](?:[a-z0-9._\-]{0,40}+(?<=[a-z0-9]))?"
    # a separator quoted as a part of its own: 「『ren』と『_』と『boost』」
    # (or a part that starts with one: 「後半は「_mori」」)
    r"|(?<=[「『\"]\s{0,2})[._\-](?:[a-z0-9](?:[a-z0-9._\-]{0,40}+(?<=[a-z0-9]))?)?(?=\s{0,2}[」』\"]))"
    r"\s{0,2}[」』\")）]?(?![a-z0-9._\-@]|メール|めーる)")  # (「Gメール」 names a provider)
_SEP_RE = regex.compile(rf"[「『\"]?(?P<sep>{_SEP_ALT})[」』\"]?")
_AT_RE = regex.compile(r"(?:@|アットマーク|あっとまーく|アット|あっと)(?:\s{0,2}(?:から(?:後ろ|うしろ|先|後)|の(?:あと|後ろ|うしろ|後|次)|以降)"
                       r"\s{0,2}(?:は|が|に)?)?(?:で|、|,)?")
# Between the parts: the words that order them, spacing and list punctuation.
_FILLER_RE = regex.compile(
    r"(?:の?(?:あと|後ろ|うしろ|後|次)に|その(?:あと|後ろ|うしろ|後|次)(?:に|は|が)?|それから|次に|つぎに|続けて|つづけて|"
    r"最後に|さいごに|最後は|最後が|末尾に|さらに|最初に|最初は|はじめに|まず|前半(?:は|が)|後半(?:は|が)|"
    r"を?\s?(?:打って|うって|入れて|いれて|挟んで|はさんで|つけて|付けて|足して)|で|、|,|が|は|\s"
    r"|[」』\"]?\s?を?(?:ローマ字|ろーまじ)(?:に|で)(?:して|した|直して|なおして)?)+")
# 「数字の」「誕生日の」「ローマ字で」「ねこの」: a short word that announces the next part
# (or a noun right before a bracketed part: 「今年の西暦（2026）」)
_ANNOUNCE_RE = regex.compile(r"[一-龯ぁ-ゖァ-ヺー]{1,6}(?:の|で)(?=\s{0,2}[「『\"(（]?\s{0,2}[a-z0-9])"
                             r"|[一-龯ぁ-ゖァ-ヺー]{1,10}(?=[「『\"(（]\s{0,2}[a-z0-9])")
# 「(sakurai)に、アンダーバーと(2026)をつなげた」: a separator and the next part attached to a part
_ATTACH_RE = regex.compile(rf"\s{{0,2}}(?:に|へ)[、,]?\s{{0,2}}[「『\"]?(?P<sep>{_SEP_ALT})[」』\"]?\s{{0,2}}(?:と|を)[、,]?\s{{0,2}}")
# Two parts side by side: 「A と B」「A に B」, joined by what follows them.
_LISTED_RE = regex.compile(r"\s{0,2}(?:と|、|,)\s{0,2}(?=[「『\"(（]?\s{0,2}[a-z0-9._\-])")
_MAX_LISTED = 8
_BESIDE_RE = regex.compile(r"\s{0,2}(?:と|に)\s{0,2}(?=[a-z0-9]|[「『\"(（]\s{0,2}[a-z0-9._\-])")
_JOIN_WITH_RE = regex.compile(
    rf"\s{{0,2}}(?:を\s{{0,2}}[「『\"]?(?P<sep>{_SEP_ALT})[」』\"]?\s{{0,2}}で\s{{0,2}}"
    r"(?:つな|繋|結|くっつ|合わせ|あわせ)[ぁ-ゖ]{0,4}"
    rf"|の?\s{{0,2}}(?:間|あいだ)に\s{{0,2}}[「『\"]?(?P<sep2>{_SEP_ALT})[」』\"]?\s{{0,2}}(?:を?\s{{0,2}}(?:入れ|いれ|挟|はさ)[ぁ-ゖ]{{0,4}})?"
    r"|を?\s{0,2}(?:つな|繋|くっつ|合わせ|あわせ|つけ|付け|足し|たし)[ぁ-ゖ]{0,4})")
# what puts a part after the one before it, with no separator between them
_ORDER_RE = regex.compile(r"あと|後|うしろ|次|つぎ|それから|続けて|つづけて|最後|さいご|末尾|さらに|後半")
_APPEND_RE = regex.compile(r"(?:後ろ|うしろ|末尾)に")
_SYMBOLS = frozenset("-_.@")
_CUE_WORDS = frozenset(("id", "line", "mail", "email", "e-mail", "my", "is"))  # 「IDは、ローマ字で mama…」
_MAX_STEPS = 24


@dataclass(frozen=True)
class Spelled:
    start: int  # normalized offsets of the first part and the end of the last
    end: int
    value: str
    parts: int
    read_to: int = -1  # where the words that joined the parts end (「…をつなげた」 after the last part)


# 「お米の「kome」に、名字の「tanabe」、あとは数字の55で、つなぎは全部ピリオドです」: the parts listed
# first, the one separator between all of them declared after them
_DECLARED_SEP_RE = regex.compile(
    rf"(?:つなぎ|繋ぎ|つなぎ目|区切り|くぎり|(?<![一-龯])間|あいだ)(?:の記号)?\s{{0,2}}(?:は|が)\s{{0,2}}"
    rf"(?:全部|ぜんぶ|すべて|全て|どれも|みんな)?\s{{0,2}}[「『\"]?(?P<sep>{_SEP_ALT})[」』\"]?")
_LIST_GAP_RE = regex.compile(
    r"[」』\")）]?\s{0,2}(?:に|と|で)?\s{0,2}[、,]?\s{0,2}(?:あとは|あと|それから|次に|つぎに|最後に|さいごに|さらに|そして)?"
    r"\s{0,2}[、,]?\s{0,2}(?:[一-龯ぁ-ゖァ-ヺー]{1,6}(?:の|で))?\s{0,2}[「『\"(（]?\s{0,2}")
_LIST_TAIL_RE = regex.compile(r"[」』\")）]?\s{0,2}(?:で|です)?\s{0,2}[、,。]?\s{0,2}")
_DECLARED_REACH = 120
_MAX_DECLARED_PARTS = 6


def _declared(text: str, lo: int, hi: int) -> list[Spelled]:
    out = []
    for d in _DECLARED_SEP_RE.finditer(text, lo, hi):
        window = max(lo, d.start() - _DECLARED_REACH)
        parts = [m for m in _PART_RE.finditer(text, window, d.start())
                 if not (m.start("part") > 0 and text[m.start("part") - 1].isascii() and text[m.start("part") - 1].isalnum())]
        if not parts or not _LIST_TAIL_RE.fullmatch(text, parts[-1].end("part"), d.start()):
            continue
        run = [parts[-1]]
        for m in reversed(parts[:-1]):
            if len(run) == _MAX_DECLARED_PARTS or not _LIST_GAP_RE.fullmatch(text, m.end("part"), run[0].start("part")):
                break
            run.insert(0, m)
        pieces = [m.group("part").replace(" ", "") for m in run]
        # (「サイズは「S」と「M」、区切りはハイフン」: letters listed, no name)
        if len(run) >= 2 and not any(p in _SYMBOLS for p in pieces) and sum(map(len, pieces)) >= 5 \
                and max(map(len, pieces)) >= 3:
            out.append(Spelled(run[0].start("part"), run[-1].end("part"), _SEP_NAMES[d.group("sep")].join(pieces),
                               len(run), d.end()))
    return out


def read_all(text: str, lo: int = 0, hi: int | None = None) -> list[Spelled]:
    """Every identifier spelled in parts in ``text[lo:hi]`` (normalized text)."""
    hi = len(text) if hi is None else hi
    out: list[Spelled] = _declared(text, lo, hi) if _DECLARED_SEP_RE.search(text, lo, hi) else []
    pos = lo
    while True:
        m = _PART_RE.search(text, pos, hi)
        if m is None:
            return out
        if m.start("part") > 0 and (text[m.start("part") - 1].isascii() and text[m.start("part") - 1].isalnum()) \
                or m.group("part") in _CUE_WORDS:
            pos = m.end()
            continue
        found = _read(text, m, hi)
        # (a word that joins inside the reading itself: what is read never depends on text around it)
        if found is not None and GATE_RE.search(text, found.start, max(found.end, found.read_to)):
            out.append(found)
            pos = found.end
        else:
            pos = m.end()


def _read(text: str, first: regex.Match, hi: int) -> Spelled | None:
    pieces: list[str] = [first.group("part").replace(" ", "")]
    parts, joins = 1, 0
    end = first.end("part")
    pos = first.end()
    for _ in range(_MAX_STEPS):
        attach = _ATTACH_RE.match(text, pos, hi) if pieces[-1] not in _SYMBOLS else None
        if attach is not None:
            step = attach.end()
            announce = _ANNOUNCE_RE.match(text, step, hi)
            part = _PART_RE.match(text, announce.end() if announce else step, hi)
            after = _JOIN_WITH_RE.match(text, part.end(), hi) if part is not None else None
            if after is not None:
                pieces += [_SEP_NAMES[attach.group("sep")], part.group("part").replace(" ", "")]
                parts, joins = parts + 1, joins + 1
                end, pos = part.end("part"), after.end()
                continue
        beside = _BESIDE_RE.match(text, pos, hi) if pieces[-1] not in _SYMBOLS else None
        if beside is not None:
            part = _PART_RE.match(text, beside.end(), hi)
            if part is None:
                break
            after = _JOIN_WITH_RE.match(text, part.end(), hi)
            listed = [part]
            while after is None and len(listed) < _MAX_LISTED:
                # 「『ren』と『_』と『boost』と『99』をくっつけた」: more parts listed, joined at the end
                more = _LISTED_RE.match(text, listed[-1].end(), hi)
                nxt = _PART_RE.match(text, more.end(), hi) if more is not None else None
                if nxt is None:
                    break
                listed.append(nxt)
                after = _JOIN_WITH_RE.match(text, nxt.end(), hi)
            if after is None:
                break  # 「taro と 1234」 and nothing that joins them: two things, not one
            sep = after.group("sep") or after.group("sep2")
            for part in listed:
                pieces.append(_SEP_NAMES[sep] if sep else "")
                pieces.append(part.group("part").replace(" ", ""))
            parts += len(listed)
            joins += 1
            end = part.end("part")
            pos = after.end()
            continue
        filler = _FILLER_RE.match(text, pos, hi)
        step = filler.end() if filler else pos
        # (a separator or the @ said first: 「アットマークで gmail.com」 announces nothing)
        announce = None if _SEP_RE.match(text, step, hi) or _AT_RE.match(text, step, hi) else \
            _ANNOUNCE_RE.match(text, step, hi)
        if announce is not None:
            step = announce.end()
        sep = _SEP_RE.match(text, step, hi)
        if sep is not None:
            pieces.append(_SEP_NAMES[sep.group("sep")])
            joins += 1
            pos = sep.end()
            continue
        at = _AT_RE.match(text, step, hi)
        if at is not None and at.end() > step and "@" not in "".join(pieces):
            pieces.append("@")
            joins += 1
            pos = at.end()
            continue
        part = _PART_RE.match(text, step, hi)
        if part is None or pieces[-1] not in _SYMBOLS and announce is None \
                and not (filler and _ORDER_RE.search(filler.group())):
            break  # (two runs with no word that orders them are two words: 「hiro gardening」)
        pieces.append(part.group("part").replace(" ", ""))
        parts += 1
        if filler and _APPEND_RE.search(filler.group()):
            joins += 1  # 「kinoko の後ろに 2024」: put behind it, one string (「のあとに」 may be a second thing)
        end = part.end("part")
        pos = part.end()
    # (a part that starts with a separator joins on: 「前半は「kana」、後半は「_mori」」)
    joins += sum(1 for piece in pieces[1:] if len(piece) > 1 and piece[0] in "._-")
    if parts < 2 or not joins or pieces[-1] in _SYMBOLS:
        return None
    return Spelled(first.start("part"), end, "".join(pieces), parts, pos)


# -- an address or an ID read out letter by letter ------------------------------------------------
# 「えむ・あい・える・けー・あんだーばー・ぜろ・なな、あっと、じーめーる、どっと、こむ」
# 「yuki.chan89 atto maaku yahuu dotto shii oo dotto jee pii」: letters by their names (kana or
# romaji), digits, the symbols and the top-level domain said as words, a provider by its name, and
# ASCII runs as typed, one after another with spacing or list marks between them.
LETTERS_GATE_RE = re.compile(r"あっと|アット|atto|えむ|エム|えす|エス|じー|ジー|えぬ|エヌ|える|エル|けー|ケー|ぴー|ピー|てぃー|ティー"
                             r"|(?<![a-z])(?:emu|esu|eru|enu|kee|pii|jii|tii|shii)(?![a-z])")
letters_gate = searcher(LETTERS_GATE_RE)  # (branch by branch, each skipping ahead: alternation.py)
# (and the words that order the letters or announce the next: 「エヌ、オー、…アイ、その後ろにアンダーバー、
# 数字の7、そしてアットマーク、ソフトバンクの…」)
_LETTER_SEP_RE = regex.compile(
    r"(?:[\s・、,･]{1,4}+|その(?:後ろ|うしろ|あと|後|次)に|の?(?:後ろ|うしろ|あと)に|次に|つぎに|そして|それから|続けて"
    r"|最後に|数字の|小文字の|大文字の|小文字で|大文字で){0,6}+")
_MIN_LETTER_NAMES = 2
_LISTED_DIGITS_RE = regex.compile(r"[0-9](?:-[0-9])++")


def spoken_at_words() -> tuple[str, ...]:
    """The @ said in kana (the gate opens on them for :func:`read_letters`)."""
    return tuple(w for w in ct.SPOKEN_SYMBOLS["@"] if not w.isascii())


def _letter_table() -> dict[str, tuple[str, str]]:
    """word -> (kind, value)."""
    from ..lexicon import load_table

    table: dict[str, tuple[str, str]] = {}
    for letter, names in ct.KANA_LETTER_NAMES.items():
        table.update({n: ("letter", letter) for n in names})
    for letter, names in ct.ROMAJI_LETTER_NAMES.items():
        table.update({n: ("letter", letter) for n in names})
    for digit, names in ct.SPOKEN_DIGITS.items():
        table.update({n: ("digit", digit) for n in names})
    for symbol, names in ct.SPOKEN_SYMBOLS.items():
        table.update({n: ("symbol", symbol) for n in names})
    for tld, names in ct.SPOKEN_TLDS.items():
        table.update({n: ("tld", tld) for n in names})
    for row in load_table("email_providers.txt", columns=("name", "domain")):
        name = row[0].lower()
        if not name.isascii() or "." not in name:  # (a provider typed in ASCII is an ASCII run)
            table.setdefault(name, ("provider", row[1].lower()))
            if not name.isascii():  # (in the other kana too: 「あいくらうど」「ドコモ」 read out in hiragana)
                for variant in (name.translate(ct.KATAKANA_TO_HIRAGANA), name.translate(ct.HIRAGANA_TO_KATAKANA)):
                    table.setdefault(variant, ("provider", row[1].lower()))
    return table


_TABLE: dict[str, tuple[str, str]] | None = None
_WORD_RE: regex.Pattern | None = None


def _word_re() -> tuple[dict[str, tuple[str, str]], regex.Pattern]:
    global _TABLE, _WORD_RE
    if _WORD_RE is None:
        table = _letter_table()
        words = "|".join(regex.escape(w) for w in sorted(table, key=len, reverse=True))
        # a romaji name is a whole word (「ai.chan89」 is typed, not read out)
        _WORD_RE = regex.compile(rf"(?P<word>(?<![a-z0-9])(?:{words})(?![a-z0-9._\-])|(?:{words})(?![a-z0-9]))"
                                 r"|(?P<ascii>[a-z0-9](?:[a-z0-9._\-]{0,63}+(?<=[a-z0-9]))?)")
        _TABLE = table
    return _TABLE, _WORD_RE


def read_letters(text: str) -> list[Spelled]:
    """Every run that reads out two letters or more by name, as the string it spells (an address
    when it says @ once; otherwise an ID-shaped string the caller validates)."""
    if not letters_gate(text):
        return []
    table, word_re = _word_re()
    out: list[Spelled] = []
    pos = 0
    while pos < len(text):
        m = word_re.search(text, pos)
        if m is None:
            break
        tokens = []
        end = m.start()
        cur = m
        while cur is not None and cur.start() == end and len(tokens) < 96:
            tokens.append(cur)
            end = _LETTER_SEP_RE.match(text, cur.end()).end()
            nxt = word_re.match(text, end)
            cur = nxt
        run_end = tokens[-1].end()
        spelled = _spell(tokens, table)
        if spelled is not None:
            value, first, last = spelled
            start, end = tokens[first].start(), tokens[last].end()
            if LETTERS_GATE_RE.search(text, start, end):  # (read the same in any window around it)
                out.append(Spelled(start, end, value, last - first + 1))
        pos = max(run_end, m.end())
    return out


def _spell(tokens, table) -> tuple[str, int, int] | None:
    """The string the run spells and the first and last token it takes: around a said @, the parts
    that belong to the address (an ASCII run joins only next to a said symbol: 「meeru adoresu wa
    yuki.chan89 atto maaku …」 is ``yuki.chan89@…``); without one, the longest stretch of names."""
    # (「ぜろ・なな・はち」 the normalizer read as 「0-7-8」: digits listed, no hyphen)
    items = [("ascii", t.group("ascii").replace("-", "") if _LISTED_DIGITS_RE.fullmatch(t.group("ascii"))
              else t.group("ascii")) if t.group("ascii") else table[t.group("word")] for t in tokens]
    if sum(kind == "letter" for kind, _v in items) < _MIN_LETTER_NAMES:
        return None
    ats = [i for i, (kind, value) in enumerate(items) if kind == "symbol" and value == "@"]
    if len(ats) != 1:
        best, start = (0, 0), None
        for i, (kind, value) in enumerate(items + [("ascii", "")]):
            if kind in ("letter", "digit") or kind == "symbol" and value != "@" \
                    or kind == "ascii" and (value.isdigit() or len(value) == 1):
                start = i if start is None else start
                continue
            if start is not None and i - start > best[1] - best[0]:
                best = (start, i)
            start = None
        value = "".join(v for _k, v in items[best[0]:best[1]]).strip("._-")
        return (value, best[0], best[1] - 1) if value else None
    at = ats[0]
    n_local = _take(items[at - 1::-1] if at else [])
    n_domain = _take(items[at + 1:])
    if not n_local or not n_domain:
        return None
    local, domain = items[at - n_local:at], items[at + 1:at + 1 + n_domain]
    provider = next((v for k, v in domain if k == "provider"), "")
    host = "".join(v.split(".", 1)[0] if k == "provider" else v for k, v in domain).strip("._-")
    if "." not in host and provider:
        host = provider  # 「あっと、じーめーる」: the provider's name is its domain
    return "".join(v for _k, v in local).strip("._-") + "@" + host, at - n_local, at + n_domain


def _take(items) -> int:
    """How many items from the @ outwards belong to the address: names, symbols, a provider, and
    an ASCII run first, next to a symbol, or one character or digits long (「えむ・あい・0・7」, which
    the normalizer read as digits)."""
    taken = 0
    for kind, value in items:
        if kind == "symbol" and value == "@" or kind == "ascii" and taken and items[taken - 1][0] != "symbol" \
                and len(value) > 1 and not value.isdigit():
            break
        taken += 1
    return taken


# -- kana to be typed in romaji: 「ローマ字で た か は し」 ----------------------------------------------
ROMAJI_CUE_RE = re.compile(r"ローマ字|ろーまじ|ローマじ")
_KANA_ROWS = ("あいうえお a i u e o|かきくけこ ka ki ku ke ko|さしすせそ sa shi su se so|たちつてと ta chi tsu te to|"
              "なにぬねの na ni nu ne no|はひふへほ ha hi fu he ho|まみむめも ma mi mu me mo|やゆよ ya yu yo|"
              "らりるれろ ra ri ru re ro|わをん wa wo n|がぎぐげご ga gi gu ge go|ざじずぜぞ za ji zu ze zo|"
              "だぢづでど da ji zu de do|ばびぶべぼ ba bi bu be bo|ぱぴぷぺぽ pa pi pu pe po")
_YOON = {"ゃ": "ya", "ゅ": "yu", "ょ": "yo"}
_HEPBURN: dict[str, str] = {}
for _row in _KANA_ROWS.split("|"):
    _kana, *_romaji = _row.split(" ")
    _HEPBURN.update(zip(_kana, _romaji))
# (after the cue: a word of hiragana or katakana, or its syllables spaced one by one)
_KANA_WORD_RE = regex.compile(
    r"(?:[ぁ-ゖァ-ヺ][ゃゅょャュョ]?(?![ぁ-ゖァ-ヺー])[\s・]){1,15}[ぁ-ゖァ-ヺ][ゃゅょャュョ]?(?![ぁ-ゖァ-ヺー])"
    r"|[ぁ-ゖァ-ヺ][ぁ-ゖァ-ヺー]{1,15}+")
_ROMAJI_REACH = 8


def _hepburn(kana: str) -> str | None:
    """「たかはし」 -> "takahashi", 「しょう」 -> "shou", 「はっと」 -> "hatto"; None for a character
    it cannot read."""
    hira = "".join(c for c in kana if not c.isspace() and c not in "・、").translate(ct.KATAKANA_TO_HIRAGANA)
    out: list[str] = []
    double = False
    for c in hira:
        if c == "っ":
            double = True
            continue
        if c in _YOON and out and out[-1].endswith("i"):
            stem = out.pop()[:-1]  # しょ: sh + o, きょ: k + yo
            syllable = stem + _YOON[c][1:] if stem in ("sh", "ch", "j") else stem + _YOON[c]
        elif c == "ー":
            if not out:
                return None
            syllable = out[-1][-1]
        elif c in _HEPBURN:
            syllable = _HEPBURN[c]
        else:
            return None
        if double:
            syllable = syllable[0] + syllable
            double = False
        out.append(syllable)
    return "".join(out) or None


# 「「きのこ」をローマ字にして後ろに2024」: a quoted kana word the cue comes after
_QUOTED_KANA_BEFORE_CUE_RE = regex.compile(
    r"[「『\"(（](?P<kana>[ぁ-ゖァ-ヺー]{1,15}+)[」』\")）]\s{0,2}(?:を|は)?\s{0,2}(?=ローマ字|ろーまじ|ローマじ)")


# 「なかむら点てつおアットマークどこも点ね点じぇいぴーです（ローマ字で）」: an address in hiragana with the
# symbols said between its words; each word is typed in romaji, a provider or a top-level domain by its
# own spelling (「どこも」 docomo, 「じぇいぴー」 jp)
_KANA_ADDRESS_RUN_RE = regex.compile(
    r"[ぁ-ゖー]{1,20}+(?:\s{0,2}+(?:点|ドット|アットマーク|アット|アンダーバー|ハイフン)\s{0,2}+[ぁ-ゖー]{1,20}+){2,12}+")
_KANA_ADDRESS_SEP_RE = regex.compile(r"\s{0,2}+(?:点|ドット|アットマーク|アット|アンダーバー|ハイフン)\s{0,2}+")
_LEADING_PARTICLE_RE = regex.compile(r"(?:は|が|を|も)(?=[ぁ-ゖー]{2})")
_TRAILING_WORDS_RE = regex.compile(r"(?:です|でした|だよ|だ|で|まで|に|ね|よ)$")
_KANA_DOMAIN_WORDS = {"どこも": "docomo", "じぇいぴー": "jp", "じぇーぴー": "jp", "じぇいぺー": "jp", "こむ": "com",
                      "ねっと": "net", "おーじー": "org", "えーゆー": "au", "そふとばんく": "softbank", "やふー": "yahoo",
                      "じーめーる": "gmail", "あいくらうど": "icloud", "こ": "co", "しーおー": "co", "えぬいー": "ne"}


def _kana_address_edits(text: str) -> list[tuple[int, int, str]]:
    edits = []
    for run in _KANA_ADDRESS_RUN_RE.finditer(text):
        if "アット" not in run.group():
            continue  # (an address says its @)
        words, pos = [], run.start()
        for sep in _KANA_ADDRESS_SEP_RE.finditer(text, run.start(), run.end()):
            words.append((pos, sep.start()))
            pos = sep.end()
        words.append((pos, run.end()))
        first_start, first_end = words[0]
        lead = _LEADING_PARTICLE_RE.match(text, first_start, first_end)
        if lead and first_start > 0 and not ("ぁ" <= text[first_start - 1] <= "ゖ"):
            words[0] = (lead.end(), first_end)
        last_start, last_end = words[-1]
        trail = _TRAILING_WORDS_RE.search(text, last_start, last_end)
        if trail and trail.start() > last_start and text[last_start:trail.start()] in _KANA_DOMAIN_WORDS:
            words[-1] = (last_start, trail.start())
        out = []
        for start, end in words:
            word = text[start:end]
            romaji = _KANA_DOMAIN_WORDS.get(word) or _hepburn(word)
            if not romaji:
                break
            out.append((start, end, romaji))
        else:
            edits.extend(out)
    return edits


def said_in_kana(text: str) -> bool:
    """An address with no ASCII that the e-mail reader still reads (the gate and the second stage ask
    it): letters read out by name around a said @, or hiragana words between said symbols to be typed
    in romaji."""
    if any("@" in found.value for found in read_letters(text)):
        return True
    return "アット" in text and ROMAJI_CUE_RE.search(text) is not None and bool(_kana_address_edits(text))


_CUE_AS_VERB_RE = regex.compile(r"に(?:して|した|直して|なおして|変えて|かえて)")


def romaji_view(view):
    """``view`` with the kana after 「ローマ字で」 (or quoted right before 「をローマ字にして」) written in
    romaji (a rewritten view: offsets still map to the original); ``view`` itself when there is none."""
    edits = _kana_address_edits(view.text) if "アット" in view.text else []
    for m in _QUOTED_KANA_BEFORE_CUE_RE.finditer(view.text):
        romaji = _hepburn(m.group("kana"))
        if romaji:
            edits.append((m.start("kana"), m.end("kana"), romaji))
    for cue in ROMAJI_CUE_RE.finditer(view.text):
        if _CUE_AS_VERB_RE.match(view.text, cue.end()):
            continue  # 「…をローマ字にして」: what it turns into romaji came before it
        start = cue.end()
        while start < len(view.text) and view.text[start] in "でのはが、 ":
            start += 1
        m = _KANA_WORD_RE.match(view.text, start, start + _ROMAJI_REACH + 32) if start - cue.end() <= _ROMAJI_REACH else None
        if m is not None:
            word = regex.sub(r"(?:の|で)?(?:あと|後|うしろ|次)に?$", "", m.group())  # 「た か は し のあとに」
            word = word.rstrip(" ・、")
            romaji = _hepburn(word)
            if romaji:
                edits.append((m.start(), m.start() + len(word), romaji))
    if not edits:
        return view
    edits.sort()
    # (two readings of one stretch: the first wins)
    kept = [e for i, e in enumerate(edits) if i == 0 or e[0] >= edits[i - 1][1]]
    return view._rewrite(kept)
