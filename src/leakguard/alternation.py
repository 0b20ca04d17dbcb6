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

try:  # the stdlib's own parser: the characters read here are the ones the engine reads
    from re import _parser as _sre_parse
except ImportError:  # Python 3.10
    import sre_parse as _sre_parse  # type: ignore[no-redef]

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


_ZERO_WIDTH = frozenset({"ASSERT", "ASSERT_NOT", "AT"})
_REPEATS = frozenset({"MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"})
_MAX_FIRST_CHARS = 256


def skipping(pattern: re.Pattern) -> re.Pattern:
    """``pattern`` led by a lookahead of the characters a match of it can begin with.

    ``re`` skips ahead to a match's possible first character only when the pattern itself opens
    with one; a pattern opening with a lookbehind (``(?<![a-z])id``) or a branch that does
    (``_CUE_RE``) is tried at every position instead: fragments._CUE_RE cost ~340 k instructions
    a dense message that way, ~57 k led by the class. The lookahead is a condition every match
    meets already, so the matches, their groups and names are the pattern's own. A pattern with
    flags, one that can match empty text, or one whose first characters are not a small plain set
    (``\\d``, ``.``, a negated class) is returned as it is.
    """
    if pattern.flags & ~re.UNICODE:
        return pattern
    try:
        chars, nullable = _first_chars(_sre_parse.parse(pattern.pattern))
    except (re.error, TypeError, ValueError):
        return pattern
    if chars is None or nullable or not chars or len(chars) > _MAX_FIRST_CHARS:
        return pattern
    members = "".join(re.escape(c) for c in sorted(chars))
    return re.compile(f"(?=[{members}])(?:{pattern.pattern})")


def _first_chars(items) -> tuple[set[str] | None, bool]:
    """(the characters a match of the parsed ``items`` can begin with, whether it can be empty);
    None when any character could begin one."""
    out: set[str] = set()
    for op, av in items:
        name = str(op)
        if name in _ZERO_WIDTH:
            continue
        if name == "LITERAL":
            out.add(chr(av))
            return out, False
        if name == "SUBPATTERN":
            if av[1] or av[2]:  # (?i:…) and the like: the characters read are not the ones written
                return None, False
            chars, nullable = _first_chars(av[-1])
        elif name == "BRANCH":
            chars, nullable = set(), False
            for alternative in av[1]:
                more, empty = _first_chars(alternative)
                if more is None:
                    return None, False
                chars |= more
                nullable = nullable or empty
        elif name == "IN":
            chars, nullable = _class_chars(av), False
        elif name in _REPEATS:
            chars, nullable = _first_chars(av[2])
            nullable = nullable or av[0] == 0
        else:  # ANY, NOT_LITERAL, a back-reference, a conditional …: anything may begin it
            return None, False
        if chars is None:
            return None, False
        out |= chars
        if not nullable:
            return out, False
    return out, True


def _class_chars(members) -> set[str] | None:
    chars: set[str] = set()
    for op, av in members:
        name = str(op)
        if name == "LITERAL":
            chars.add(chr(av))
        elif name == "RANGE" and av[1] - av[0] < _MAX_FIRST_CHARS:
            chars.update(chr(c) for c in range(av[0], av[1] + 1))
        else:  # NEGATE, CATEGORY (\d, \s), a wide range
            return None
    return chars
