"""The pipeline: text -> normalized view -> detectors -> findings -> score and verdict."""
from __future__ import annotations

import dataclasses
import functools
from typing import Collection, Mapping

from typing import TYPE_CHECKING

from .gate import gate_for
from .model import EMAIL, EXTERNAL, LINE_ID, PAYMENT, PHONE, Action, Finding, Report
from .policy import DEFAULT_POLICY, Policy

if TYPE_CHECKING:
    from .masking import Pseudonymizer

# The normalizer, the detectors and the masking operators are imported on first use: a message the
# gate clears needs none of them, and the CLI's cold start on such a file counts every import.


# Longer texts are read in overlapping windows (longtext.py): a whole-text view of a 20 MB file
# costs gigabytes in per-character offsets and tokens; a window's findings are the same.
LONG_TEXT_CHARS = 65_536
INTENT_CATEGORIES = frozenset({EXTERNAL, PAYMENT})


def _check_text(text: object) -> str:
    if isinstance(text, str):
        return text
    if isinstance(text, (bytes, bytearray, memoryview)):
        raise TypeError(
            f"leakguard scans str, got {type(text).__name__}: decode it first, "
            "e.g. data.decode('utf-8') (or 'cp932' for Shift_JIS files)"
        )
    raise TypeError(f"leakguard scans str, got {type(text).__name__}: pass the message text as a str")


def find(text: str, policy: Policy | str | None = DEFAULT_POLICY, *,
         categories: Collection[str] | None = None) -> tuple[Finding, ...]:
    """Findings only, ordered by position, without a verdict; ``categories`` limits the detectors run.
    ``policy``: a :class:`Policy`, a preset name (``"strict"``) or ``None`` for the default."""
    text = _check_text(text)
    if not isinstance(policy, Policy):  # the common case skips a call: this runs per message
        policy = Policy.coerce(policy)
    if len(text) > LONG_TEXT_CHARS:
        from .longtext import find_long

        return find_long(text, policy, categories=categories)
    return find_whole(text, policy, categories=categories)


@functools.lru_cache(maxsize=1)
def _intent_scorer():
    from .intent import scored_findings  # imported on the first scan, not with the package

    return scored_findings


def find_whole(text: str, policy: Policy = DEFAULT_POLICY, *,
               categories: Collection[str] | None = None) -> tuple[Finding, ...]:
    """``find`` on the whole text at once: one normalized view (and offset map) for all of it."""
    if not text:
        return ()
    gate = gate_for(policy)  # most messages stop here: no view, no detector (gate.py)
    if gate is None:
        return find_ungated(text, policy, categories=categories)
    if not gate.passes(text):
        return ()
    return find_passed(text, policy, categories=categories)


def find_passed(text: str, policy: Policy = DEFAULT_POLICY, *,
                categories: Collection[str] | None = None) -> tuple[Finding, ...]:
    """The pipeline for a message the gate passed: only the detectors whose own first test holds
    on the view are called (precheck.py); the others would yield nothing."""
    if not text:
        return ()
    from .normalize import NormalizedText
    from .precheck import checks_of

    detectors, checks = checks_of(policy)
    return _run(NormalizedText.of(text), policy, detectors, checks, categories)


def find_ungated(text: str, policy: Policy = DEFAULT_POLICY, *,
                 categories: Collection[str] | None = None) -> tuple[Finding, ...]:
    """``find_whole`` without the gate: every detector reads the view (tests/test_gate.py compares)."""
    if not text:
        return ()
    from .normalize import NormalizedText  # after the first call, a lookup in sys.modules

    detectors = policy.detectors()
    return _run(NormalizedText.of(text), policy, detectors, (None,) * len(detectors), categories)


def _run(view, policy: Policy, detectors: tuple, checks: tuple,
         categories: Collection[str] | None) -> tuple[Finding, ...]:
    found: dict[tuple[str, int, int], Finding] = {}
    intent = policy.intent_model == "on"
    masks = not _MASK_CHARS.isdisjoint(view.original)
    for detector, check in zip(detectors, checks):
        if categories is not None and detector.category not in categories:
            continue
        if check is not None and not check(view, found.values()):
            continue
        if intent and detector.category in INTENT_CATEGORIES:
            # the learned scorer reads after the rules (docs/intent.md)
            results = _intent_scorer()(detector, view, found.values())
        else:
            results = detector(view)
        for finding in results:
            if not policy.admits(finding):  # below min_score, or the platform's own contact
                continue
            if masks and finding.category in _VALUE_CATEGORIES and _masked(view.original, finding.start, finding.end, finding.category):
                continue
            key = (finding.category, finding.start, finding.end)
            if key not in found or found[key].score < finding.score:
                found[key] = finding
    if not found:
        return ()
    if _reports_external(detectors, categories) and not _VALUE_CATEGORIES.isdisjoint(k[0] for k in found):
        # 「090-… までご連絡ください」: the value is disclosed AND its use invited (value_invitations.py)
        from .detectors.value_invitations import invitations

        for finding in invitations(view.original, list(found.values())):
            if policy.admits(finding):
                found.setdefault((finding.category, finding.start, finding.end), finding)
    ordered = _without_partial_readings(sorted(found.values(), key=lambda f: (f.start, f.end, f.category)))
    if sum(f.category in _CORRECTABLE for f in ordered) >= 2:
        # 「080-…じゃなくて080-…でした」: the value corrected in the same message says so (corrections.py)
        from .corrections import mark_retracted

        ordered = mark_retracted(view.original, ordered)
    return tuple(ordered)


_CORRECTABLE = frozenset({PHONE, EMAIL})


_VALUE_CATEGORIES = frozenset({PHONE, EMAIL, LINE_ID})
# Characters a guide or a report writes over the part of a value it hides (「○○○あっとexample.com」
# 「＊＊＊＊@gmail.com」「090-××××-1234」); not 〇, the kanji zero of 〇九〇, nor what also decorates a
# line (●●, ■■, markdown's **bold**)
_MASK_CHARS = frozenset("○◯×✕✖＊")
_SEPARATORS = "-‐－ー_＿.．@＠ \u3000"


def _masked(text: str, start: int, end: int, category: str) -> bool:
    """A value that a run of two or more mask characters hides part of, right before it (past
    separators) or, for an address or an ID, inside it: an example, not anyone's contact. The
    readers join what is left (「○○○あっとexample.com」 read as @example.com; 「「L」…＊＊＊あっとmail.com」
    as l@mail.com). A phone number read across its masked group is one whose group is given later
    (「090-＊＊＊＊-0000って伏せたけど、真ん中は1001」): kept."""
    before = text[max(0, start - 8):start].rstrip(_SEPARATORS)
    if len(before) >= 2 and before[-1] in _MASK_CHARS and before[-2] in _MASK_CHARS:
        return True
    if category == PHONE:
        return False
    run = 0
    for ch in text[start:end]:
        run = run + 1 if ch in _MASK_CHARS else 0
        if run >= 2:
            return True
    return False


def _reports_external(detectors: tuple, categories: Collection[str] | None) -> bool:
    """Whether this scan reports external_contact: asked for, and read by one of the policy's
    detectors (a policy without the channel detector reports no invitation beside a value)."""
    if categories is not None and EXTERNAL not in categories:
        return False
    return any(detector.category == EXTERNAL for detector in detectors)


_ONE_STRETCH = 64


def _without_partial_readings(findings: list[Finding]) -> list[Finding]:
    """An address or a LINE ID read two ways over one stretch (「sakura と 1108 をくっつけた」 gives
    sakura and sakura1108; 「前半がsaki、後半が_editor77」 gives saki and saki_editor77): the
    longer reading holds the shorter, which is dropped. Sorted by start, so only overlapping
    neighbours are compared."""
    ids = [f for f in findings if f.category in (EMAIL, LINE_ID)]
    if len(ids) < 2:
        return findings
    dropped = set()
    for i, a in enumerate(ids):
        for k in range(i + 1, len(ids)):
            b = ids[k]
            if b.start >= a.end:
                break
            if a.category != b.category or a.value == b.value:
                continue
            la, lb = a.value.split("@")[0].lstrip("@"), b.value.split("@")[0].lstrip("@")
            # (only a reading that stays in one stretch of text holds another: a join across a
            # whole paragraph is no better reading of the ID inside it)
            if len(la) < len(lb) and la in lb and b.end - b.start <= _ONE_STRETCH:
                dropped.add(id(a))
            elif len(lb) < len(la) and lb in la and a.end - a.start <= _ONE_STRETCH:
                dropped.add(id(b))
    return [f for f in findings if id(f) not in dropped] if dropped else findings


# One message per path a first scan can take: the gate, the normalizer's passes, every detector,
# phonenumbers' JP metadata, Sudachi (dictionary and this thread's tokenizer) and the intent model.
_WARM_UP_TEXTS = (
    "よろしくお願いします",
    "急ぎの場合は090-1234-5678までお電話ください。ぜろきゅうぜろ いちにさんよん ごろくななはち",
    "資料は hanako.suzuki@yahoo.co.jp までお送りください（taro アットマーク gmail ドット com）",
    "よかったらLINEで直接やり取りしませんか？ IDはmiyu_0915です",
    "手数料がかかるので銀行振込で直接お支払いいただけますか",
    "最初は080、真ん中は5512、最後が9034です",
)


def warm_up(policy: Policy | str | None = None) -> None:
    """Load everything a first scan needs (lexicons, automata, the gate, phone metadata, Sudachi's
    dictionary, the intent model), so that the first message a server or worker sees is not the
    slow one. Call it once at start, in each process (and thread: Sudachi's tokenizer is per thread)."""
    policy = Policy.coerce(policy)
    gate = gate_for(policy)
    if gate is not None:
        gate.warm()
    for text in _WARM_UP_TEXTS:
        find_ungated(text, policy)
        if gate is not None:
            find_passed(text, policy)  # the second stage's checks and their word automaton
    from .tokens import tokenize

    tokenize(_WARM_UP_TEXTS[0])


# The policy of the last scan and its gate: a server or a loop scans with one policy, and
# gate_for's lookup is a third of a cleared message's cost.
_last_gate: tuple = (None, None)


def scan(text: str, *, policy: Policy | str | None = None, context=None) -> Report:
    """Scan one message before it is sent. Thread-safe; never keeps the text beyond the Report.
    ``policy``: a :class:`Policy`, a preset name (``"strict"``) or ``None`` for the default."""
    global _last_gate
    if policy is None:
        policy = DEFAULT_POLICY
    elif not isinstance(policy, Policy):
        policy = Policy.coerce(policy)
    if type(text) is str and len(text) <= LONG_TEXT_CHARS:  # find()'s checks, once
        last = _last_gate  # one tuple, read and replaced whole: safe across threads
        if last[0] is policy:
            gate = last[1]
        else:
            gate = gate_for(policy)
            _last_gate = (policy, gate)
        if gate is None:
            findings = find_ungated(text, policy)
        elif gate.passes(text):
            findings = find_passed(text, policy)
        elif context is None and type(policy) is Policy:
            return _allowed(text)  # the gate cleared it: most messages end here
        else:
            findings = ()
    else:
        findings = find(text, policy)
    if not findings and context is None and type(policy) is Policy:
        return _allowed(text)
    score, action = policy.decide(findings, context)
    return Report(findings, score, action, text)


# What decide() says of no finding, without its calls, and the Report built without the frozen
# dataclass's __init__ (five object.__setattr__ calls: a third of a cleared message's cost) by
# setting its slots. Checked once here: if Report changes shape, its own constructor is used.
_REPORT_FIELDS = ("findings", "score", "action", "text", "image")
if (tuple(f.name for f in dataclasses.fields(Report)) == _REPORT_FIELDS
        and "__slots__" in Report.__dict__ and not hasattr(Report, "__post_init__")):
    def _allowed(text: str, new=object.__new__, report_type=Report, allow=Action.ALLOW,
                 setters=tuple(getattr(Report, name).__set__ for name in _REPORT_FIELDS)) -> Report:
        report = new(report_type)
        set_findings, set_score, set_action, set_text, set_image = setters
        set_findings(report, ())
        set_score(report, 0.0)
        set_action(report, allow)
        set_text(report, text)
        set_image(report, None)
        return report
else:  # pragma: no cover
    def _allowed(text: str) -> Report:
        return Report((), 0.0, Action.ALLOW, text)


def mask(text: str, placeholder: str | Mapping[str, str] | None = None, *, policy: Policy | str | None = None,
         operator: str = "replace", spans: str | None = None, categories: Collection[str] | None = None,
         salt: str | bytes | None = None, pseudonyms: "Pseudonymizer | None" = None) -> str:
    """``text`` with its identifiers masked; the words around them stay.

    >>> mask("資料は hanako.suzuki@yahoo.co.jp までお送りください")
    '資料は ［メールアドレス］ までお送りください'

    ``spans``: ``"identifiers"`` (default: phone numbers, e-mail addresses, LINE IDs, handles,
    links and other one-word values) or ``"all"`` (phrases too: invitations, payment requests).
    ``categories``: only these categories (their whole spans unless ``spans`` says otherwise).
    ``operator``: ``"replace"`` (``［電話番号］``; ``placeholder`` is a str or a category -> str
    mapping), ``"redact"`` (removed), ``"partial"`` (``***-****-**78``), ``"hash"`` (``［電話番号:3f0c…］``,
    keyed by the secret ``salt``) or ``"pseudonym"`` (``［電話番号1］``; pass one
    :class:`Pseudonymizer` per conversation as ``pseudonyms`` to keep numbers across messages).
    ``policy`` decides what is found (allowlisted contacts stay), as for :func:`scan`.
    """
    from .masking import check_options, mask_findings

    check_options(operator, placeholder, salt, pseudonyms, categories)  # before the scan, not after
    findings = find(text, policy, categories=categories)
    return mask_findings(text, findings, placeholder, operator=operator, spans=spans, categories=categories,
                         salt=salt, pseudonyms=pseudonyms)
