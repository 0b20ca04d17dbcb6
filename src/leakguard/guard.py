"""Guard: verdicts for a pre-send hook, with a short memory of each sender's recent messages.

A sender can split an identifier over several messages (「090」「1234」「5678」, 「taro.yamada」 then
「@gmail.com」) so that no single message holds it. With a ``conversation`` key that names one
room AND one sender, the guard keeps the tail of that sender's last few messages and also scans
them joined to the current message, with the normal pipeline. A finding that starts in an earlier
message and ends in the current one is reported on the current message, clipped to it.

What is kept: per conversation, at most ``max_messages`` tails of ``window_chars`` characters
with their time, dropped after ``max_age`` seconds; at most ``max_conversations`` conversations,
least recently used evicted first. Nothing else: no full history, no findings, no verdicts.
"""
from __future__ import annotations

import threading
import time
from collections import OrderedDict
from dataclasses import replace
from typing import Any, Callable, Hashable, Mapping

from .context import Context
from .model import CATEGORIES, EMAIL, LINE_ID, PHONE, Action, Finding, Report
from .policy import DEFAULT_POLICY, Policy
from .scanner import _check_text, find

_COMPLETES_JA = "（前のメッセージと続けて読むと一つになります）"
_COMPLETES_EN = " (completes what earlier messages began)"
_CUT_MARGIN = 16


class Guard:
    """Checks messages before they are sent. One Guard serves many threads and conversations.

    ``policy``: a :class:`Policy`, a preset name (``"strict"``) or ``None`` for the default.
    ``max_messages`` / ``max_age``: how many of a sender's recent messages, and how old (seconds),
    may combine with the current one. ``window_chars``: how much of each message is kept (its end)
    and how much of the current message (its start) the joined scan reads: an identifier split
    across messages is short, so the ends that meet are all that matter. ``max_conversations``:
    the LRU bound. ``completes``: the categories that memory may complete — identifiers, whose
    parts mean nothing alone; phrases (invitations, payment requests) are judged per message, since
    joining two people's chat lines into one phrase mostly invents sentences nobody wrote.
    ``clock``: seconds, monotonic (injectable for tests).
    """

    def __init__(self, policy: Policy | str | None = None, *, max_messages: int = 5, max_age: float = 7200.0,
                 window_chars: int = 64, max_conversations: int = 10_000,
                 completes: tuple[str, ...] = (PHONE, EMAIL, LINE_ID),
                 clock: Callable[[], float] = time.monotonic):
        if isinstance(policy, str):
            policy = Policy.preset(policy)
        self.policy: Policy = DEFAULT_POLICY if policy is None else policy
        if not isinstance(self.policy, Policy):
            raise TypeError(f"policy must be a leakguard.Policy or a preset name, got {type(policy).__name__}")
        for name, value in (("max_messages", max_messages), ("window_chars", window_chars),
                            ("max_conversations", max_conversations)):
            if isinstance(value, bool) or not isinstance(value, int) or value < 1:
                raise ValueError(f"{name} must be a positive int, got {value!r}")
        if not max_age > 0:
            raise ValueError(f"max_age must be > 0 seconds, got {max_age!r}")
        unknown = [c for c in completes if c not in CATEGORIES]
        if unknown or isinstance(completes, str):
            raise ValueError(f"completes: unknown categories {unknown or completes!r}; expected some of {', '.join(CATEGORIES)}")
        self.completes = frozenset(completes)
        self.max_messages = max_messages
        self.max_age = float(max_age)
        self.window_chars = window_chars
        self.max_conversations = max_conversations
        self._clock = clock
        self._lock = threading.Lock()
        # conversation key -> tuple of (time, tail text), oldest first. Tuples are replaced, never
        # mutated, so a snapshot taken under the lock stays valid outside it.
        self._tails: OrderedDict[Hashable, tuple[tuple[float, str], ...]] = OrderedDict()

    def __len__(self) -> int:
        """Conversations currently remembered (never more than ``max_conversations``)."""
        return len(self._tails)

    def forget(self, conversation: Hashable) -> None:
        """Drop what is remembered for one conversation (e.g. when the room closes)."""
        with self._lock:
            self._tails.pop(conversation, None)

    def check(self, text: str, *, context: Context | str | Mapping[str, Any] | None = None,
              conversation: Hashable | None = None) -> Report:
        """The verdict on ``text``; with ``conversation``, also on what it completes.

        ``conversation`` must identify one room and one sender, e.g. ``(room_id, sender_id)``:
        parts are never combined across keys. A blocked message is not remembered: it never
        reached the other side, so it cannot be completed later.
        """
        text = _check_text(text)
        context = Context.coerce(context)
        policy = self.policy
        findings = list(find(text, policy))
        if conversation is not None:
            try:
                hash(conversation)
            except TypeError:
                raise TypeError(f"conversation must be hashable, e.g. a (room, sender) tuple, "
                                f"got {type(conversation).__name__}") from None
            now = self._clock()
            tail = self._recent(conversation, now)
            if tail and text:
                findings = _merge(findings, self._completions(tail, text, findings))
        findings.sort(key=lambda f: (f.start, f.end, f.category))
        score, action = policy.decide(findings, context)
        report = Report(tuple(findings), score, action, text)
        if conversation is not None and action != Action.BLOCK and text:
            self._remember(conversation, now, text[-self.window_chars:])
        return report

    # -- memory -----------------------------------------------------------------------------

    def _recent(self, conversation: Hashable, now: float) -> tuple[str, ...]:
        oldest = now - self.max_age
        with self._lock:
            entries = self._tails.get(conversation)
            if entries is None:
                return ()
            fresh = tuple(e for e in entries if e[0] >= oldest)
            if not fresh:
                del self._tails[conversation]
                return ()
            if len(fresh) != len(entries):
                self._tails[conversation] = fresh
        return tuple(t for _, t in fresh)

    def _remember(self, conversation: Hashable, now: float, tail: str) -> None:
        oldest = now - self.max_age
        with self._lock:
            entries = self._tails.pop(conversation, ())
            kept = tuple(e for e in entries if e[0] >= oldest)[-(self.max_messages - 1):] if self.max_messages > 1 else ()
            self._tails[conversation] = kept + ((now, tail),)
            while len(self._tails) > self.max_conversations:
                self._tails.popitem(last=False)

    # -- joined scan ------------------------------------------------------------------------

    def _completions(self, tail: tuple[str, ...], text: str, own: list[Finding]) -> list[Finding]:
        """Findings of the joined text that end in this message and need the earlier ones: the
        span starts in an earlier message (「090」「1234」「5678」), or only the earlier text makes
        it a finding (「LINEの」 then 「IDはtaro_1234」)."""
        earlier = "".join(tail)  # no separator: the reader sees the parts as one string
        boundary = len(earlier)
        head = text[:2 * self.window_chars]
        # Cut mid-message, the head loses what follows it (「…5678個」: a unit that rules a number
        # out), so a finding that ends near the cut is not trusted.
        limit = len(head) if len(head) == len(text) else len(head) - _CUT_MARGIN
        out: list[Finding] = []
        for finding in find(earlier + head, self.policy, categories=self.completes):
            if not (boundary < finding.end <= boundary + limit):
                continue
            start, end = max(0, finding.start - boundary), finding.end - boundary
            if finding.start >= boundary and any(
                    f.category == finding.category and f.start < end and start < f.end for f in own):
                continue  # the current message shows it on its own
            out.append(replace(
                finding, start=start, end=end, text=text[start:end],
                reason=finding.reason.rstrip("。") + _COMPLETES_JA + "。",
                reason_en=finding.reason_en.rstrip(".") + _COMPLETES_EN + ".",
            ))
        return out


def _merge(own: list[Finding], completions: list[Finding]) -> list[Finding]:
    """Own findings plus completions; a completion replaces an own finding of the same category
    that it covers (「taro.」 then 「yamada@gmail.com」: the whole address, not its tail)."""
    if not completions:
        return own
    kept = [f for f in own if not any(
        c.category == f.category and c.start <= f.start and f.end <= c.end for c in completions)]
    return kept + completions
