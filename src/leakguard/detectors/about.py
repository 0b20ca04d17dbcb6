"""What in a text says it is about messages rather than one (issue #14 §3), read from how the text is
built, never from the name of its genre. Shown, not said (mentions.py reads these as mentions):

- the lines of a script, a transcript or a set of labelled rows: labels (a speaker, 原文, Q) that come
  back on several lines before sentences (「司会（森）：…」「吹き出し（相手）：…」「B：…」「訳案：…」).
  The lines of a label that is the writer's own voice (an answer, a comment, 私) stay read;
- the words of a subtitle file's cues (a time code line, then what is said);
- the term of a glossary's row, a term and then its gloss in Latin letters or in quotation marks
  (「・直接取引 ― off-platform transaction」「- 銀行振込で直接 / direct bank transfer」);
- every quotation of a document about messages: several lines, two or more parts of them showing
  messages (quotations, the lines above), and three words that name messages or their handling
  (lexicons/about_messages.txt). A shop's notice quotes its own terms at most once or twice and
  seldom names three such things; its own requests, outside quotation marks, are read anyway.
"""
from __future__ import annotations

import collections
import functools

import regex

from ..lexicon import load_table

LEXICON = "about_messages.txt"
_KINDS = ("meta", "writer")
_MIN_LINES = 4
_MIN_META = 3
_MIN_SHOWING = 2
_MANY_META = 6  # (so many that the text is about messages whatever it shows: a moderation team's post)
_FEW_META, _MANY_SHOWING = 2, 4  # (or two, in a text that shows four messages or more)

# A label before a line's words: a short name, an annotation in brackets, a colon
# (「司会（森）：」「吹き出し（相手）：」「B：」「原文：」「購入希望者（声・早口）：」)
_LABEL_RE = regex.compile(
    # (after a recording's time stamp: 「[00:12:03] ホスト：…」)
    r"(?m)^[ \t\u3000]{0,6}+(?:[\[(（]?[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?[\])）]?[ \t\u3000]{1,3}+)?(?P<label>(?P<name>[\p{Han}\p{Katakana}\p{Hiragana}ーA-Za-zＡ-Ｚａ-ｚ0-9０-９・]{1,10}+)"
    r"(?:[ \u3000]?[（(][^（）()\n]{1,20}+[)）])?)[ \t\u3000]{0,2}+[：:](?P<body>[^\n]{1,400}+)$")
# …not one that names the writer's own way of being reached or paid, a price, a link (「支払い方法：」
# 「連絡先：」「https:」): a profile's line, read as it is
_WAY_LABEL_RE = regex.compile(r"方法|先|手段|希望|支払|払い|連絡|振込|決済|口座|ID|ＩＤ|アカウント|LINE|ライン|メール|電話"
                              r"|住所|TEL|Tel|tel|料金|価格|値段|送料|http|www", regex.IGNORECASE)
_SENTENCE_RE = regex.compile(r"\p{Hiragana}{2}|[A-Za-z']{1,20}+ [A-Za-z']{1,20}+ [A-Za-z]")  # (words, not a value)
_DIGITS_RE = regex.compile(r"[0-9０-９]++")
_NOTE_RE = regex.compile(r"[ \u3000]?[（(][^（）()\n]{1,20}+[)）]$")
_QUESTION_LABELS = frozenset({"Q", "Ｑ", "問", "質問", "問い", "設問"})
_ANSWER_LABELS = frozenset({"A", "Ａ"})  # (the writer's answer after a Q; else a speaker called A)
# A subtitle cue's time code (SRT, WebVTT): the lines after it, to a blank line, are said in a recording
_CUE_RE = regex.compile(r"(?m)^[ \t]{0,3}+(?:[0-9]{1,2}:)?[0-9]{1,2}:[0-9]{2}[,.][0-9]{1,3}[ \t]{0,3}+-->[ \t]{0,3}+"
                        r"(?:[0-9]{1,2}:)?[0-9]{1,2}:[0-9]{2}[,.][0-9]{1,3}[^\n]{0,60}+$")
# A glossary's row: an optional mark, a term in Japanese, a dash or a slash, and a gloss in Latin letters
# or quoted. (「My LINE ID is jtaylor_jp — it's easier…」 is an English sentence with a dash in it.)
_GLOSS_RE = regex.compile(
    r"(?m)^[ \t\u3000]{0,3}+(?:[・•●○\-*]|[0-9０-９]{1,2}[.)）．])?[ \t\u3000]{0,2}+"
    r"(?P<term>[^\n―—─–/／「」『』“”\"：:。！？!?（）()A-Za-zＡ-Ｚａ-ｚ@＠]{1,30}+)(?P<sep>[―—─–]{1,2}|[/／](?=[ \u3000]))"
    r"[ \t\u3000]{0,2}+(?=[A-Za-z\"“「『])[^\n]{0,400}+$")
# A line of data shown: a JSON key, a table's row (an API's payload, a table of example messages);
# counted as showing, never a mention by itself
_DATA_LINE_RE = regex.compile(r"(?m)^[ \t]{0,12}+(?:\"[A-Za-z_][A-Za-z0-9_.\-]{0,40}+\"[ \t]{0,2}+:|\|(?:[^\n|]{0,200}+\|){2,40}+[ \t]*$)")
# A Markdown table's row (「| LINEで話しましょう | warn | 外部ツールへの誘い |」): its cells are data; in
# a document about messages they show messages
_TABLE_ROW_RE = regex.compile(r"(?m)^[ \t]{0,3}+\|(?:[^\n|]{0,200}+\|){2,40}+[ \t]*$")
# A heading that names what follows as examples (「【SMSの例】」「■ 実際の文面」「## 手口の例」): its lines, to a
# blank line or the next heading, are shown in a text that names messages twice
_EXAMPLE_BLOCK_HEAD_RE = regex.compile(
    r"(?m)^[ \t\u3000]{0,3}+(?:【[^【】\n]{0,20}?(?:例|サンプル|文面|実例|手口)[^【】\n]{0,6}】|(?:[■□◆◇▼●]|#{1,4}+ )[^\n]{0,20}?"
    r"(?:の例|文例|例文|実例|サンプル|文面|手口)[^\n]{0,6}?)[ \t\u3000]*$")
_HEADING_MARKS = ("【", "#", "■", "□", "◆", "◇", "▼", "●")  # (what _EXAMPLE_BLOCK_HEAD_RE's headings open on)
_HEADING_START_RE = regex.compile(r"[ \t\u3000]{0,3}+(?:【|[■□◆◇▼●]|#{1,4}+ )")
# Any quotation holding kana or English words (a message's; 「1,500円」 or 「LINE」 quote a thing)
_QUOTE_RE = regex.compile(r"「[^「」\n]{1,300}+」|『[^『』\n]{1,300}+』|“[^“”\n]{1,300}+”|《[^《》\n]{1,300}+》"
                          r"|≪[^≪≫\n]{1,300}+≫|〈[^〈〉\n]{1,300}+〉|\"[^\"\n]{1,300}+\"")
# A story: paragraphs indented by a full-width space, and lines of dialogue that open on a quotation.
# Its quoted sentences are its characters' (「「…LINEだけ教えてくれれば、振込も全部こっちでやるから」」);
# a quoted noun phrase (「お支払いは「PayPayで直接」」) is not a sentence and stays read.
_INDENTED_RE = regex.compile(r"(?m)^\u3000(?![\u3000 ・\-])")
_DIALOGUE_LINE_RE = regex.compile(r"(?m)^[「『〈《]")
_QUOTED_SENTENCE_RE = regex.compile(r"(?:\p{Hiragana}{2}|[。！？!?…])[。．.！!？?…〜ー～]{0,3}+[」』〉》]$")
_MIN_PARAGRAPHS = 3
_KANA_RE = regex.compile(r"[\p{Hiragana}\p{Katakana}]|\p{Latin}[ \u3000]+\p{Latin}")
# A test's question (「記号で答えなさい」「一つ選びなさい」) heads the lettered choices under it (「ア　…」
# 「(b) …」). Not a seller's 「お支払い方法を選んでください」 over ①PayPay ②銀行振込: those are offers.
_CHOICE_HEAD_RE = regex.compile(r"記号で|選びなさい|答えなさい|選べ(?:。|$|[ 、])|[Cc]hoose the|[Ss]elect the")
_CHOICE_RE = regex.compile(r"[ \t\u3000]{0,3}+(?:[アイウエオカ][ \u3000．.)）:：]|[(（][アイウエオカa-eA-E][)）]"
                           r"|[a-eA-E][.)）．][ \u3000])")
# In a document about messages, a line that says examples follow (「代表例を(1)から(3)に示す」「次のような
# メッセージ」「例を挙げる」) heads the numbered sentences under it
_EXAMPLES_HEAD_RE = regex.compile(
    r"例(?:を|は|として|に|が)|(?:以下|次|下記)(?:の|に)(?:ような|よう?な)?(?:例|表現|メッセージ|文|発話|言い回し)"
    r"|[Ee]xamples?(?![a-z])|(?:示す|挙げる|示した|挙げた)[。．.:：]?[ \u3000]*$")
_EXAMPLE_ITEM_RE = regex.compile(r"[ \t\u3000]{0,3}+(?:[(（][0-9０-９]{1,2}[)）]|[0-9０-９]{1,2}[.)）．]|[・•\-*]|例[0-9０-９]{1,2})")


@functools.lru_cache(maxsize=1)
def _words() -> tuple["regex.Pattern[str]", frozenset[str]]:
    meta: list[str] = []
    writer: set[str] = set()
    for row in load_table(LEXICON, columns=("term", "kind")):
        if row[1] not in _KINDS:
            raise row.error(f"kind {row[1]!r} is not one of {', '.join(_KINDS)}")
        (meta.append(row[0]) if row[1] == "meta" else writer.add(row[0]))
    alts = [rf"(?<![A-Za-z]){regex.escape(t)}(?![A-Za-z])" if t.isascii() else regex.escape(t)
            for t in sorted(meta, key=len, reverse=True)]
    return regex.compile("|".join(alts), regex.IGNORECASE), frozenset(writer)


def _labelled_lines(text: str) -> list[tuple[int, int]]:
    """The words of the labelled lines of a script or a set of rows (see the module docstring)."""
    rows = []
    for m in _LABEL_RE.finditer(text):
        name = m.group("name")
        if _WAY_LABEL_RE.search(name) or m.group("body").startswith("//"):
            continue
        # (「吹き出し（相手）」 and 「吹き出し（主人公）」 are two speakers; 「A3」 is 「A」)
        label = _DIGITS_RE.sub("", m.group("label")) or m.group("label")
        rows.append((label, m.span("body"), _SENTENCE_RE.search(m.group("body")) is not None))
    if len(rows) < 3:
        return []
    counts = collections.Counter(key for key, _span, _said in rows)
    if len(counts) < 2 or max(counts.values()) < 2 or 3 * sum(said for *_r, said in rows) < 2 * len(rows):
        return []
    writer = _words()[1]
    counts = collections.Counter(_NOTE_RE.sub("", key) for key in counts)  # (「A（補足）」 answers too)
    asked = not _QUESTION_LABELS.isdisjoint(counts)
    return [span for key, span, _said in rows
            if (name := _NOTE_RE.sub("", key)) not in writer or (name in _ANSWER_LABELS and not asked)]


def _cues(text: str) -> list[tuple[int, int]]:
    """The words of a subtitle file's cues, from each time code to the next blank line."""
    codes = list(_CUE_RE.finditer(text))
    if len(codes) < 2:
        return []
    spans = []
    for m in codes:
        start = m.end() + 1
        blank = text.find("\n\n", start)
        end = len(text) if blank < 0 else blank
        if start < end:
            spans.append((start, end))
    return spans


def _glossed_terms(text: str) -> list[tuple[int, int]]:
    """The rows of a glossary (a term, then its gloss in Latin letters or quoted): defined, not said."""
    spans = []
    for m in _GLOSS_RE.finditer(text):
        term = m.group("term")
        if m.group("sep") in "/／" and not term.endswith((" ", "\u3000")):  # (「a/b」 is a pair, 「a / b」 a gloss)
            continue
        if term.strip(" \t\u3000"):
            spans.append(m.span())
    return spans


def _structure(text: str) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """The parts that show messages by how their lines are built, and the numbered sentences under a
    line saying examples follow (shown only in a document about messages)."""
    from .mentions import bullets_under

    spans = _glossed_terms(text)
    if "\n" not in text:
        return spans, []
    spans += _labelled_lines(text) + _cues(text)
    if _CHOICE_HEAD_RE.search(text) is not None:
        spans += bullets_under(text, _CHOICE_HEAD_RE, _CHOICE_RE)
    examples = bullets_under(text, _EXAMPLES_HEAD_RE, _EXAMPLE_ITEM_RE) if _EXAMPLES_HEAD_RE.search(text) else []
    return spans, examples + _example_blocks(text)


def shown_spans(text: str, found: int = 0) -> list[tuple[int, int]]:
    """The parts of ``text`` that show messages (see the module docstring), in original offsets;
    ``found``: how many mentions other readers found in it (they count as showing too)."""
    spans, examples = _structure(text)
    if about_messages(text, found + len(spans) + len(examples)):
        spans += examples + [m.span() for m in _QUOTE_RE.finditer(text) if _KANA_RE.search(m.group())]
        if "|" in text:
            spans += [m.span() for m in _TABLE_ROW_RE.finditer(text)]
    elif _named(text) >= _FEW_META:
        spans += _example_blocks(text)
    elif _story(text):
        spans += [m.span() for m in _QUOTE_RE.finditer(text) if _QUOTED_SENTENCE_RE.search(m.group())]
    return spans


def _example_blocks(text: str) -> list[tuple[int, int]]:
    """The lines under a heading naming them examples, to a blank line or the next heading."""
    if not any(mark in text for mark in _HEADING_MARKS):  # (most texts: no heading to search for)
        return []
    spans = []
    for m in _EXAMPLE_BLOCK_HEAD_RE.finditer(text):
        at = m.end() + 1
        while at < len(text):
            end = text.find("\n", at)
            end = len(text) if end < 0 else end
            line = text[at:end]
            if not line.strip(" \t\u3000") or _HEADING_START_RE.match(line):
                break
            spans.append((at, end))
            at = end + 1
    return spans


def _named(text: str) -> int:
    """How many distinct words naming messages or their handling ``text`` uses."""
    return len({w.lower() for w in _words()[0].findall(text)})


def _story(text: str) -> bool:
    if "\u3000" not in text or _DIALOGUE_LINE_RE.search(text) is None:
        return False
    return sum(1 for _m in _INDENTED_RE.finditer(text)) >= _MIN_PARAGRAPHS


def about_messages(text: str, shown: int | None = None) -> bool:
    """Whether ``text`` is a document about messages: several lines, two or more parts that show
    messages (``shown`` of them counted already; data lines; quotations) and three words naming
    messages or their handling, or four parts and two words, or six words whatever it shows."""
    if "\n" not in text or sum(1 for line in text.split("\n") if line.strip()) < _MIN_LINES:
        return False
    named = _named(text)
    if named < _FEW_META:
        return False
    if named >= _MANY_META:
        return True
    if shown is None:
        spans, examples = _structure(text)
        shown = len(spans) + len(examples)
    need = _MIN_SHOWING if named >= _MIN_META else _MANY_SHOWING
    if shown >= need:
        return True
    for _m in _DATA_LINE_RE.finditer(text):
        shown += 1
        if shown >= need:
            return True
    for m in _QUOTE_RE.finditer(text):
        shown += _KANA_RE.search(m.group()) is not None
        if shown >= need:
            return True
    return False
