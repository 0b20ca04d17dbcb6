"""Words that say an account-like value belongs to a site, a folder or a shown name rather than to a
mailbox or a LINE ID (lexicons/account_topics.txt)."""
from __future__ import annotations

import functools

import regex

from .lexicon import load_table

KINDS = ("site", "thing", "display")


@functools.lru_cache(maxsize=None)
def topic_words(kind: str) -> str:
    """An alternation of the ``kind`` words (ASCII ones as whole words), longest first."""
    if kind not in KINDS:
        raise ValueError(f"unknown account topic kind: {kind}")
    words = []
    for row in load_table("account_topics.txt", columns=("word", "kind")):
        if row[1] not in KINDS:
            raise row.error(f"kind must be one of {', '.join(KINDS)}, not {row[1]!r}")
        if row[1] == kind:
            word = row[0].lower()
            words.append(rf"(?<![a-z0-9]){regex.escape(word)}(?![a-z0-9])" if word.isascii() else regex.escape(word))
    return "|".join(sorted(words, key=len, reverse=True))


@functools.lru_cache(maxsize=None)
def topic_re(kind: str) -> "regex.Pattern[str]":
    return regex.compile(topic_words(kind))
