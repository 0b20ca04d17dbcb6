"""Detectors: callables ``detector(view: NormalizedText) -> Iterable[Finding]``.

Each has a ``category`` attribute naming what it reports. A detector gates its own work (no
digit, no ``@``, no keyword: return at once) so that a plain greeting costs next to nothing.
"""
from __future__ import annotations

from typing import Iterable, Protocol

from ..model import Finding
from ..normalize import NormalizedText


class Detector(Protocol):
    category: str

    def __call__(self, view: NormalizedText) -> Iterable[Finding]: ...


def default_detectors() -> tuple[Detector, ...]:
    """The built-in detectors, in the order they run."""
    from .channels import detect_external_contact
    from .email import detect_email_addresses
    from .line import detect_line_ids
    from .payment import detect_off_platform_payment
    from .phone import detect_phone_numbers

    return (detect_phone_numbers, detect_email_addresses, detect_off_platform_payment,
            detect_line_ids, detect_external_contact)
