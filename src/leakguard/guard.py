"""Guard: verdicts for a pre-send hook, with a short memory of each sender's identifier parts.

A sender can split an identifier over several messages (「090」「1234」「5678」, 「taro.yamada」 then
「@gmail.com」) so that no single message holds it. With a ``conversation`` key that names one
room AND one sender, the guard remembers what :mod:`.fragments` reads at the end of that sender's
recent messages — identifier parts and cue flags, never the message text — and lets the fragment
assembler join them with the parts that open the current message. A value completed that way is
reported on the current message, on the parts it holds.

What is kept: per conversation, at most ``max_messages`` :class:`~leakguard.fragments.Trace`
records (a time, cue flags such as ``"phone"``/``"line"``, up to four parts of at most
``window_chars`` characters, the identifier-shaped run that closes the message, and its closing
digits in any script read to ASCII — 「ぜろきゅーぜろ」 is kept as ``"090"``), dropped after
``max_age`` seconds. A word of letters only is kept only after an identifier cue or as the
continuation of an identifier-shaped run, so talk in English or kana leaves nothing; a message
with no part and no cue (plain talk) or about a password ends the chain and leaves nothing, and
one of spacing alone leaves the chain as it was. At most
``max_conversations`` conversations and about ``max_bytes`` bytes, least recently used evicted
first. No text, no findings, no verdicts.
"""
from __future__ import annotations

import threading
import time
from collections import OrderedDict
from dataclasses import replace
from typing import Any, Callable, Hashable, Mapping

import regex

from . import fragments, turns
from .context import Context
from .fragments import Trace
from .normalize import NormalizedText
from .model import CATEGORIES, EMAIL, EXTERNAL, LINE_ID, PHONE, Action, Finding, Report
from .policy import DEFAULT_POLICY, Policy
from .scanner import _check_text, find

_COMPLETES_JA = "（前のメッセージと続けて読むと一つになります）"
_COMPLETES_EN = " (completes what earlier messages began)"
# (「@」「_」 alone are parts: 「liam.w」「@」「icloud.com」, 「riku」「_」「0505」; a dash alone, 「ー」 too, is not)
_SAYS_SOMETHING_RE = regex.compile(r"[\p{L}\p{N}\p{So}@＠_＿]")
# 「yahoo」「の」「kana-m7」, 「06」「6543」「の」「2109」: a particle alone joins the parts around it
_PARTICLE_ALONE_RE = regex.compile(r"\s*(?:の|と|で|に|は)\s*")
_KEY_COST = 500  # bytes a conversation costs besides its traces: the key, its dict slots, the entry


class Guard:
    """Checks messages before they are sent. One Guard serves many threads and conversations.

    ``policy``: a :class:`Policy`, a preset name (``"strict"``) or ``None`` for the default.
    ``max_messages`` / ``max_age``: how many of a sender's recent messages, and how old (seconds),
    may combine with the current one. ``max_pause``: after a longer pause (seconds) since the
    sender's last message, the earlier parts combine only with a message that refers back to them
    (「続き→」「さっきの」「最後は…」, a correction): two numbers an hour apart are two numbers.
    ``window_chars``: the longest part remembered (a longer
    run is a whole identifier or noise, never a part). ``max_conversations`` / ``max_bytes``: the
    LRU bounds, by count and by the bytes the traces hold. ``completes``: the categories memory
    may complete — identifiers, whose parts mean nothing alone; phrases (invitations, payment
    requests) are judged per message. ``clock``: seconds, monotonic (injectable for tests).
    """

    def __init__(self, policy: Policy | str | None = None, *, max_messages: int = 5, max_age: float = 7200.0,
                 max_pause: float = 900.0,
                 window_chars: int = 64, max_conversations: int = 10_000, max_bytes: int = 32 * 1024 * 1024,
                 completes: tuple[str, ...] = (PHONE, EMAIL, LINE_ID),
                 clock: Callable[[], float] = time.monotonic):
        if isinstance(policy, str):
            policy = Policy.preset(policy)
        self.policy: Policy = DEFAULT_POLICY if policy is None else policy
        if not isinstance(self.policy, Policy):
            raise TypeError(f"policy must be a leakguard.Policy or a preset name, got {type(policy).__name__}")
        for name, value in (("max_messages", max_messages), ("window_chars", window_chars),
                            ("max_conversations", max_conversations), ("max_bytes", max_bytes)):
            if isinstance(value, bool) or not isinstance(value, int) or value < 1:
                raise ValueError(f"{name} must be a positive int, got {value!r}")
        if not max_age > 0:
            raise ValueError(f"max_age must be > 0 seconds, got {max_age!r}")
        if not max_pause > 0:
            raise ValueError(f"max_pause must be > 0 seconds, got {max_pause!r}")
        self.max_pause = float(max_pause)
        unknown = [c for c in completes if c not in CATEGORIES]
        if unknown or isinstance(completes, str):
            raise ValueError(f"completes: unknown categories {unknown or completes!r}; expected some of {', '.join(CATEGORIES)}")
        self.completes = frozenset(completes)
        self.max_messages = max_messages
        self.max_age = float(max_age)
        self.window_chars = window_chars
        self.max_conversations = max_conversations
        self.max_bytes = max_bytes
        self._clock = clock
        self._lock = threading.Lock()
        # conversation key -> (bytes, traces oldest first). Tuples are replaced, never mutated, so
        # a snapshot taken under the lock stays valid outside it.
        self._memory: OrderedDict[Hashable, tuple[int, tuple[Trace, ...]]] = OrderedDict()
        self._bytes = 0

    def __len__(self) -> int:
        """Conversations currently remembered (never more than ``max_conversations``)."""
        return len(self._memory)

    @property
    def memory_bytes(self) -> int:
        """Bytes the remembered traces hold, as counted against ``max_bytes``."""
        return self._bytes

    def forget(self, conversation: Hashable) -> None:
        """Drop what is remembered for one conversation (e.g. when the room closes)."""
        with self._lock:
            self._drop(conversation)

    def check(self, text: str, *, context: Context | str | Mapping[str, Any] | None = None,
              conversation: Hashable | None = None) -> Report:
        """The verdict on ``text``; with ``conversation``, also on what it completes.

        ``conversation`` must identify one room and one sender, e.g. ``(room_id, sender_id)``:
        parts are never combined across keys. A message blocked for an identifier written whole
        is not remembered: it never reached the other side, so it cannot be completed later. One
        blocked as a part (a completion, or an ID that visibly goes on: 「IDは haru_」) is, since
        the sender goes on giving the rest.
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
            chain = self._recent(conversation, now)
            if chain and now - chain[-1].time > self.max_pause and not fragments.refers_back(text):
                chain = ()  # (a pause, and nothing says this message goes on from the last parts)
                self.forget(conversation)
            # 「090🐾」「サンハチ✨」: the mood a sender types after each piece is no part of it (a suffix
            # is cut, so every offset into the piece is one into the message)
            piece = fragments.undecorated(text)
            # 「> 次は？」 over the piece, 「090、いい？」「…。以上です」 after it, 「全部小文字で、」 before it:
            # talk of the turn around the piece, not a part (turns.py)
            offset, piece = turns.piece_of(piece, _last_parts(chain))
            # Most chat can neither begin nor continue a chain of parts: it is not read twice.
            reading = fragments.read(piece) if chain or fragments.may_begin_chain(piece) else fragments.EMPTY
            if reading.view is None and chain:  # (「チ」 completes a reading the last message began)
                reading = fragments.read(NormalizedText.of(piece))
            if chain:
                completions = self._completions(reading, piece, chain, findings)
                if offset:  # (offsets into the piece, which starts further into the message)
                    completions = [replace(f, start=f.start + offset, end=f.end + offset) for f in completions]
                findings = _merge(findings, completions)
        findings.sort(key=lambda f: (f.start, f.end, f.category))
        score, action = policy.decide(findings, context)
        report = Report(tuple(findings), score, action, text)
        if conversation is not None and (action != Action.BLOCK or _goes_on(findings, text, self.completes)) \
                and (_SAYS_SOMETHING_RE.search(text.replace("ー", "")) or fragments.dot_between(chain, piece)) and not (chain and fragments.says_it_continues(piece)) \
                and not (chain and _PARTICLE_ALONE_RE.fullmatch(piece)):
            # (a message of spacing or dashes alone, 「－」「  」, neither adds to nor ends a chain)
            completed = tuple((f.category, f.value) for f in findings if _COMPLETES_EN in f.reason_en)
            if LINE_ID in self.completes and fragments.CUE_LINE not in reading.cues \
                    and any(f.category == EXTERNAL and f.value == "line" for f in findings):
                # 「細かいことは線で」「緑でつながろ」: the channel rules read LINE in slang that the
                # fragment cues do not; the ID the sender gives next is a LINE ID all the same
                if reading.view is None:
                    reading = fragments.read(NormalizedText.of(piece))
                reading = replace(reading, cues=reading.cues | {fragments.CUE_LINE})
            self._remember(conversation, now, fragments.trace(reading, now, self.window_chars, chain, completed))
        return report

    # -- memory -----------------------------------------------------------------------------

    def _recent(self, conversation: Hashable, now: float) -> tuple[Trace, ...]:
        oldest = now - self.max_age
        with self._lock:
            entry = self._memory.get(conversation)
            if entry is None:
                return ()
            traces = entry[1]
            fresh = tuple(t for t in traces if t.time >= oldest)
            if len(fresh) != len(traces):
                self._drop(conversation)
                if fresh:
                    self._store(conversation, fresh)
        return fresh

    def _remember(self, conversation: Hashable, now: float, trace: Trace | None) -> None:
        with self._lock:
            entry = self._drop(conversation)
            if trace is None:  # plain talk or a password: the chain of parts ends here
                return
            oldest = now - self.max_age
            kept = tuple(t for t in entry[1] if t.time >= oldest)[-(self.max_messages - 1):] \
                if entry and self.max_messages > 1 else ()
            if kept and (spelled := fragments.spelled_on(kept[-1], trace)) is not None:
                kept, trace = kept[:-1], spelled  # (「m」「i」「o」: one run, typed a character a message)
            self._store(conversation, kept + (trace,))
            while self._memory and (len(self._memory) > self.max_conversations or self._bytes > self.max_bytes):
                _, (cost, _) = self._memory.popitem(last=False)
                self._bytes -= cost

    def _store(self, conversation: Hashable, traces: tuple[Trace, ...]) -> None:
        cost = _KEY_COST + sum(t.cost() for t in traces)
        self._memory[conversation] = (cost, traces)
        self._bytes += cost

    def _drop(self, conversation: Hashable) -> tuple[int, tuple[Trace, ...]] | None:
        entry = self._memory.pop(conversation, None)
        if entry is not None:
            self._bytes -= entry[0]
        return entry

    # -- completion -------------------------------------------------------------------------

    def _completions(self, reading: fragments.Reading, text: str, chain: tuple[Trace, ...],
                     own: list[Finding]) -> list[Finding]:
        """Values the parts of this message make with those of the sender's earlier messages
        (「090」「1234」「5678」), or that only an earlier cue makes (「LINEの」 then 「IDはtaro_1234」)."""
        if reading.view is not None and fragments.not_real(reading.view.text) or fragments.in_example(chain) \
                or fragments.dot_between(chain, text) or fragments.words_around_dot(chain, reading):
            # (「yuki」「.」: the dot alone completes nothing yet; 「ok」「.」「thanks」: talk)
            return []  # 「「1234-5678」みたいなダミーを」「例として」「user_01」…: example data completes no identifier
        shown = {(f.category, f.value) for f in own}  # what the current message shows on its own
        out: list[Finding] = []
        for joined in fragments.assemble(reading, chain, categories=self.completes):
            finding = fragments.finding(reading.view, joined)
            if not self.policy.admits(finding):
                continue  # the platform's own number, or scored too low for this policy
            if (finding.category, finding.value) in shown:
                continue
            out.append(_completing(finding))
        rejoined = []
        for start, end, finding in fragments.rejoin(
                chain, text, lambda joined: find(joined, self.policy, categories=self.completes), self.window_chars):
            if (finding.category, finding.value) not in shown:
                score = min(finding.score, fragments.SCORES.get(finding.category, finding.score))
                rejoined.append(_completing(replace(finding, start=start, end=end, text=text[start:end], score=score)))
        if out:
            # a value the detectors read whole from the joined runs wins over a part of it
            # (「line.me/ti/p/~」「aoi_green7」: the URL, not the bare ID)
            longer = [r for r in rejoined if any(
                r.category == a.category and a.value in r.value and a.value != r.value for a in out)]
            return [a for a in out if not any(r.category == a.category and a.value in r.value for r in longer)] + longer
        out = rejoined
        if out or PHONE not in self.completes:
            return out
        joined = fragments.join_numerals(chain, reading.view)  # (with a chain, check() always gives a view)
        if joined is not None:
            finding = fragments.finding(reading.view, joined)
            if self.policy.admits(finding) and (PHONE, finding.value) not in shown:
                out.append(_completing(finding))
        return out


def _goes_on(findings: list[Finding], text: str, completes: frozenset[str]) -> bool:
    """A blocked message is remembered only while the sender is visibly still giving an identifier
    in parts: its identifiers are all completions of earlier parts (「IDは ricchan」 after 「ラインで」,
    then 「アンダーバー 1215」), end in a symbol that the next part continues (「IDは haru_」), or
    are a LINE ID that ends the message (「ラインは kenji」「.photo」: a whole ID and its first part
    look alike). A message blocked for a phone number or an address written whole never reached
    the other side: not remembered."""
    ids = [f for f in findings if f.category in completes]
    return bool(ids) and all(_COMPLETES_EN in f.reason_en or f.value.endswith(_GOES_ON)
                             or f.category == LINE_ID and not _SAYS_SOMETHING_RE.search(text, f.end) for f in ids)


_GOES_ON = (".", "_", "-", "~")


def _last_parts(chain: tuple[Trace, ...]) -> tuple[str, ...]:
    """The part values the sender's last message left (a case answer may give them again)."""
    if not chain:
        return ()
    return tuple(f.value for f in chain[-1].tail if f.kind not in (fragments.RAW, fragments.NUMERAL))


def _completing(finding: Finding) -> Finding:
    return replace(finding, reason=finding.reason.rstrip("。") + _COMPLETES_JA + "。",
                   reason_en=finding.reason_en.rstrip(".") + _COMPLETES_EN + ".")


def _merge(own: list[Finding], completions: list[Finding]) -> list[Finding]:
    """Own findings plus completions; a completion replaces an own finding of the same category
    that it covers (「taro.」 then 「yamada@gmail.com」: the whole address, not its tail)."""
    if not completions:
        return own
    kept = [f for f in own if not any(
        c.category == f.category and c.start <= f.start and f.end <= c.end for c in completions)]
    return kept + completions
