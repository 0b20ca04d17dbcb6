"""A platform's own detectors: a rival marketplace's profile links and the platform's member numbers.

``python examples/custom_detector.py`` scans a few messages with a policy that adds both to the
built-in detectors. The protocol they follow is in docs/detectors.md:

* a detector is a callable ``view -> Iterable[Finding]`` with a ``category`` attribute;
* it searches ``view.text`` (full-width folded to ASCII and lowercased, so ＨＴＴＰＳ：／／ and
  Ｍ－１２３４５６７８ read as https:// and m-12345678) and reports a range of it with
  ``Finding.at(view, ...)``, which maps it back to what the sender typed;
* it returns at once when a cheap test fails, because it runs on every message.

``detect_rival_profiles`` reports a built-in category (``external_contact``: the policy already has
an action for it, and masking treats the link as an identifier). ``detect_member_numbers`` reports a
category of its own, ``member_number``, so the policy must say what to do with it. Both are
module-level functions, so the policy pickles and ``scan_many(..., jobs=4)`` can send it to workers.
"""
from __future__ import annotations

import dataclasses
import re
from typing import Iterator

import leakguard
from leakguard import Finding, Policy
from leakguard.model import EXTERNAL

MEMBER_NUMBER = "member_number"

# The rival's hosts (fictional). The name after /u/ or /users/ identifies a person there.
_RIVAL_HOSTS = ("rival-market.example", "rvl.example")
_RIVAL_RE = re.compile(
    r"(?:https?://)?(?:www\.)?(rival-market\.example|rvl\.example)/(?:u|users)/([a-z0-9_\-]{2,32})(?![a-z0-9_\-])"
)
# This platform's member numbers: M, eight digits, an optional dash (M-12345678). Not inside a
# longer word or number, so an order code such as XM123456789 is left alone.
_MEMBER_RE = re.compile(r"(?<![a-z0-9])m-?([0-9]{8})(?![0-9])")


def detect_rival_profiles(view) -> Iterator[Finding]:
    """Links to a person's profile on the rival marketplace."""
    if not any(host in view.text for host in _RIVAL_HOSTS):
        return
    for m in _RIVAL_RE.finditer(view.text):
        value = f"https://{m.group(1)}/u/{m.group(2)}"
        yield Finding.at(view, EXTERNAL, m.start(), m.end(), value, 0.9,
                         "他のマーケットプレイスのプロフィールへのリンクが含まれています。",
                         "Contains a link to a profile on another marketplace.")


detect_rival_profiles.category = EXTERNAL


def detect_member_numbers(view) -> Iterator[Finding]:
    """Member numbers, which let someone look the member up outside the chat."""
    if "m" not in view.text:
        return
    for m in _MEMBER_RE.finditer(view.text):
        # A member number after a word that says so is certain; alone it is still likely.
        cued = any(word in view.text[max(0, m.start() - 8):m.start()] for word in ("会員", "member", "id"))
        yield Finding.at(view, MEMBER_NUMBER, m.start(), m.end(), f"M{m.group(1)}", 0.9 if cued else 0.7,
                         "会員番号が含まれています。", "Contains a member number.")


detect_member_numbers.category = MEMBER_NUMBER


def platform_policy(base: Policy | None = None) -> Policy:
    """``base`` (the default policy if None) with both detectors and an action for member numbers."""
    base = Policy() if base is None else base
    return dataclasses.replace(
        base,
        name=f"{base.name}+own",
        actions={**base.actions, MEMBER_NUMBER: "block"},
        detectors=(*base.detectors(), detect_rival_profiles, detect_member_numbers),
    )


def main() -> None:
    policy = platform_policy()
    messages = [
        "プロフィールはこちら https://rival-market.example/u/hanako_88 です",
        "私の会員番号はＭ－１２３４５６７８です",
        "注文番号 XM123456789 の件です",
        "よろしくお願いします",
    ]
    for report in leakguard.scan_many(messages, policy=policy):
        found = ", ".join(f.category for f in report.findings) or "-"
        # The masked text is printed on purpose: these messages are fictional.
        print(f"{report.action.value:5}  {found:30}  {report.masked(placeholder={MEMBER_NUMBER: '［会員番号］'})}")


if __name__ == "__main__":
    main()
