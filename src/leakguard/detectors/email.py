"""E-mail addresses on the normalized view: plain, full-width, spelled-out (アットマーク, ドット —
folded by the normalizer), with stray spaces, and implicit ones (「gmailのabc.def123です」).

ASCII character classes and explicit boundaries keep the Japanese around an address out of it
(a ``\\w`` pattern would swallow 「連絡はtaro@example.comまで」 whole). Every repetition is bounded,
so a scan is linear in the input whatever it holds.
"""
from __future__ import annotations

import functools
import re
from typing import Iterator

import regex

from ..lexicon import load_table
from ..model import EMAIL, Finding
from ..normalize import NormalizedText

_LOCAL = r"[a-z0-9](?:[a-z0-9._%+\-]{0,63}+)"
_LABEL = r"[a-z0-9](?:[a-z0-9\-]{0,62}+)"
_EMAIL_RE = regex.compile(
    # Spaces or one line break around "@" are a known way past filters ("taro\n@gmail.com").
    rf"(?<![a-z0-9._%+\-])(?P<local>{_LOCAL})[ \t]{{0,2}}+(?:\r?\n)?+[ \t]{{0,2}}+@[ \t]{{0,2}}+(?:\r?\n)?+[ \t]{{0,2}}+"
    rf"(?P<domain>(?:{_LABEL} ?\. ?){{1,6}}(?:xn--[a-z0-9\-]{{2,59}}+|[a-z]{{2,24}}+))(?![a-z0-9\-])"
)


@functools.lru_cache(maxsize=1)
def _providers() -> tuple[dict[str, str], "re.Pattern[str]", "regex.Pattern[str]", "regex.Pattern[str]"]:
    """Provider names -> domains, a gate (any name at all; the stdlib engine scans a literal
    alternation fast), and the forward and backward patterns."""
    rows = load_table("email_providers.txt", columns=("name", "domain"))
    names = {row[0].lower(): row[1].lower() for row in rows}
    alternation = "|".join(regex.escape(n) for n in sorted(names, key=len, reverse=True))
    gate = re.compile("|".join(re.escape(n) for n in sorted(names, key=len, reverse=True)))
    # 「gmailのabc.def123です」「ヤフーメールは taro_55」「docomoアドレス: hanako.k」
    forward = regex.compile(
        rf"(?<![a-z0-9])(?P<provider>{alternation})(?![a-z0-9.])[!！]?"
        r"(?:の?(?:メールアドレス|メアド|メール|アドレス|アカウント|アカ)){0,2} {0,2}"
        r"(?:の|は|で|が|:|：|→|=|って|も) {0,2}[「『\"(（]?"
        r"(?P<local>[a-z][a-z0-9._\-]{2,63}+)(?![a-z0-9._\-]| {0,2}@)"
    )
    # 「abc.def123（gmail）」「taro_55 (ヤフー)」
    backward = regex.compile(
        rf"(?<![a-z0-9._\-@])(?P<local>[a-z][a-z0-9._\-]{{2,63}}+) {{0,2}}[(（] {{0,2}}(?P<provider>{alternation}) {{0,2}}[)）]"
    )
    return names, gate, forward, backward


_SPACE_RE = regex.compile(r"\s")
_PLACEHOLDER_RE = regex.compile(r"x+|(?:x+\.)+x+")


def _plausible_local(local: str) -> bool:
    return not (local.startswith(".") or local.endswith(".") or ".." in local or _PLACEHOLDER_RE.fullmatch(local))


class EmailDetector:
    category = EMAIL

    def __call__(self, view: NormalizedText) -> Iterator[Finding]:
        text = view.text
        if "@" in text:
            yield from self._explicit(view)
        yield from self._implicit(view)

    def _explicit(self, view: NormalizedText) -> Iterator[Finding]:
        for m in _EMAIL_RE.finditer(view.text):
            local = m.group("local")
            domain = _SPACE_RE.sub("", m.group("domain"))
            if not _plausible_local(local) or ".." in domain:
                continue
            start, end = view.span(*m.span())
            original = view.original[start:end]
            spelled = "@" not in original and "＠" not in original and "﹫" not in original
            spaced = " " in m.group()
            score = 0.85 if spelled else (0.9 if spaced else 0.95)
            ja, en = "メールアドレスが含まれています", "Contains an e-mail address"
            if spelled or spaced:
                ja += "（記号を言い換える・空白を挟むなど崩して書かれています）"
                en += " (written in a disguised form)"
            yield Finding(EMAIL, start, end, original, f"{local}@{domain}", score, ja + "。", en + ".")

    def _implicit(self, view: NormalizedText) -> Iterator[Finding]:
        text = view.text
        names, gate, forward, backward = _providers()
        if gate.search(text) is None:
            return
        seen: set[tuple[int, int]] = set()
        for pattern in (forward, backward):
            for m in pattern.finditer(text):
                local = m.group("local")
                if not _plausible_local(local) or not any(ch.isalpha() for ch in local):
                    continue
                domain = names[m.group("provider")]
                start, end = view.span(*m.span())
                if (start, end) in seen:
                    continue
                seen.add((start, end))
                yield Finding(
                    EMAIL, start, end, view.original[start:end], f"{local}@{domain}", 0.7,
                    f"メールのサービス名とアカウント名から、メールアドレス（{domain}）が読み取れます。",
                    f"A mail provider and an account name together give away an e-mail address ({domain}).",
                )


detect_email_addresses = EmailDetector()
