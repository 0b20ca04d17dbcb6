"""The pipeline: text -> normalized view -> detectors -> findings -> score and verdict."""
from __future__ import annotations

from typing import Collection

from .model import Finding, Report, mask_spans
from .normalize import NormalizedText
from .policy import DEFAULT_POLICY, Policy


def _check_text(text: object) -> str:
    if isinstance(text, str):
        return text
    if isinstance(text, (bytes, bytearray, memoryview)):
        raise TypeError(
            f"leakguard scans str, got {type(text).__name__}: decode it first, "
            "e.g. data.decode('utf-8') (or 'cp932' for Shift_JIS files)"
        )
    raise TypeError(f"leakguard scans str, got {type(text).__name__}: pass the message text as a str")


def find(text: str, policy: Policy = DEFAULT_POLICY, *,
         categories: Collection[str] | None = None) -> tuple[Finding, ...]:
    """Findings only, ordered by position, without a verdict; ``categories`` limits the detectors run."""
    text = _check_text(text)
    if not text:
        return ()
    view = NormalizedText.of(text)
    found: dict[tuple[str, int, int], Finding] = {}
    for detector in policy.detectors():
        if categories is not None and detector.category not in categories:
            continue
        for finding in detector(view):
            if not policy.admits(finding):  # below min_score, or the platform's own contact
                continue
            key = (finding.category, finding.start, finding.end)
            if key not in found or found[key].score < finding.score:
                found[key] = finding
    return tuple(sorted(found.values(), key=lambda f: (f.start, f.end, f.category)))


def scan(text: str, *, policy: Policy | None = None, context=None) -> Report:
    """Scan one message before it is sent. Thread-safe; never keeps the text beyond the Report."""
    policy = DEFAULT_POLICY if policy is None else policy
    findings = find(text, policy)
    score, action = policy.decide(findings, context)
    return Report(findings, score, action, text)


def mask(text: str, placeholder: str | None = None, *, policy: Policy | None = None) -> str:
    """``text`` with every finding replaced by a placeholder such as ［電話番号］."""
    findings = find(text, DEFAULT_POLICY if policy is None else policy)
    return mask_spans(text, findings, placeholder)
