"""Whether a long alternation matches, asked so that the stdlib engine can skip ahead.

``re`` scans for a pattern's first character only when every top-level branch opens with a plain
character; one branch opening with a class, a group or a lookbehind (``[0-9] ?…``,
``(?<![a-z])then``) makes it try every branch at every position: the split-cue test of
fragments.py cost ~15 µs a dense message that way. A match of the alternation somewhere is a
match of one of its branches somewhere, so the branches that open with a plain character are asked
as one pattern and each other branch on its own, each with its own skip-ahead.
"""
from __future__ import annotations

import re
from typing import Callable

_META = frozenset(".^$*+?{}[]()|\\")
_QUANTIFIERS = frozenset("*+?{")


def branches(pattern: str) -> list[str]:
    """The top-level alternatives of a pattern (``|`` outside groups and classes)."""
    out: list[str] = []
    start, depth, in_class, i = 0, 0, False, 0
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            i += 2
            continue
        if in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
            if pattern.startswith("]", i + 1) or pattern.startswith("^]", i + 1):
                i += 1 + (pattern[i + 1] == "^")  # a leading ] is a member
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "|" and depth == 0:
            out.append(pattern[start:i])
            start = i + 1
        i += 1
    out.append(pattern[start:])
    return out


def _opens_plain(branch: str) -> bool:
    return bool(branch) and branch[0] not in _META and branch[1:2] not in _QUANTIFIERS


def searcher(pattern: re.Pattern | str) -> Callable[[str], bool]:
    """``lambda text: pattern.search(text) is not None``, asked branch by branch (a pattern with
    flags or groups, whose branches may not stand alone — a back-reference — is asked whole)."""
    compiled = re.compile(pattern)
    parts = branches(compiled.pattern)
    if compiled.flags & ~re.UNICODE or compiled.groups or len(parts) < 2:
        search = compiled.search
        return lambda text: search(text) is not None
    return branch_searcher(parts)


def branch_searcher(parts: list[str]) -> Callable[[str], bool]:
    """Whether one of the branches ``parts`` (standing alone, no flags) matches in a text."""
    plain = [b for b in parts if _opens_plain(b)]
    others = [b for b in parts if not _opens_plain(b)]
    searches = tuple(re.compile(p).search for p in (["|".join(plain)] if plain else []) + others)

    def found(text: str) -> bool:
        for search in searches:
            if search(text) is not None:
                return True
        return False

    return found
