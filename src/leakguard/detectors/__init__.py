"""Detectors: callables ``detector(view: NormalizedText) -> Iterable[Finding]``.

Each has a ``category`` attribute naming what it reports. A detector gates its own work (no
digit, no ``@``, no keyword: return at once) so that a plain greeting costs next to nothing.
"""
from __future__ import annotations

import functools
from typing import Iterable, Protocol

from ..model import Finding
from ..normalize import NormalizedText


class Detector(Protocol):
    """Reads a message's normalized view and yields findings of ``category`` (docs/detectors.md).

    ``view.text`` is the folded text (full-width to ASCII, lowercase, digits written in kanji or
    kana as ASCII digits, spelled-out ``@`` and ``.`` as symbols); a range ``[start, end)`` of it
    becomes a finding with :meth:`Finding.at`, which maps it back to the characters the sender
    typed. A platform's detector joins through ``Policy(detectors=(*Policy().detectors(), mine))``
    or, installed as a package, the ``leakguard.detectors`` entry point group.
    """

    category: str

    def __call__(self, view: NormalizedText) -> Iterable[Finding]: ...


ENTRY_POINT_GROUP = "leakguard.detectors"


def default_detectors() -> tuple[Detector, ...]:
    """The built-in detectors, in the order they run."""
    from .channels import detect_external_contact
    from .email import detect_email_addresses
    from .line import detect_line_ids
    from .payment import detect_off_platform_payment
    from .phone import detect_phone_numbers
    from ..fragments import detect_split_email, detect_split_line_id, detect_split_phone

    return (detect_phone_numbers, detect_email_addresses, detect_off_platform_payment,
            detect_line_ids, detect_external_contact,
            detect_split_phone, detect_split_email, detect_split_line_id)


def extendable_lexicons() -> tuple[str, ...]:
    """Lexicon files a platform may add its own rows to (``Policy(lexicons=...)``)."""
    from .channels import LEXICON_FILES
    from .payment import MODALITY_FILE, NEGATION_FILE, RULES_FILE, SIGNALS_FILE

    return tuple(sorted(LEXICON_FILES + (SIGNALS_FILE, RULES_FILE, MODALITY_FILE, NEGATION_FILE)))


@functools.lru_cache(maxsize=32)
def build_detectors(region: str = "JP", lexicons: tuple[tuple[str, tuple[str, ...]], ...] = ()) -> tuple[Detector, ...]:
    """The built-in detectors for a phone ``region``, with a platform's extra lexicon files
    (``((file name, (path, ...)), ...)``). Built once per distinct argument; a malformed row raises
    ``LexiconError`` naming the file and line."""
    from . import channels, line, payment, phone

    detectors = list(default_detectors())

    def swap(old, new) -> None:
        detectors[detectors.index(old)] = new

    if region != "JP":
        swap(phone.detect_phone_numbers, phone.PhoneDetector(region))
    extra = dict(lexicons)
    contact_extra = {name: paths for name, paths in extra.items() if name in channels.LEXICON_FILES}
    if contact_extra:
        lexicon = channels.ContactLexicon.load(extra=contact_extra)
        swap(line.detect_line_ids, line.LineIdDetector(lexicon))
        swap(channels.detect_external_contact, channels.ExternalContactDetector(lexicon))
    payment_files = {payment.SIGNALS_FILE: "extra_signals", payment.RULES_FILE: "extra_rules",
                     payment.MODALITY_FILE: "extra_modality", payment.NEGATION_FILE: "extra_negation"}
    payment_extra = {payment_files[name]: paths for name, paths in extra.items() if name in payment_files}
    if payment_extra:
        swap(payment.detect_off_platform_payment, payment.PaymentDetector(**payment_extra))
    return tuple(detectors)


def installed_detectors(names: Iterable[str] | None = None) -> tuple[Detector, ...]:
    """Detectors that installed packages declare in the ``leakguard.detectors`` entry point group,
    by entry point name (``None``: all of them, by name). Nothing joins a policy by being
    installed: the policy names it (``detectors = ["name"]`` in a policy file, or
    ``Policy(detectors=(*Policy().detectors(), *installed_detectors(["name"])))``)."""
    from importlib.metadata import entry_points

    found = {ep.name: ep for ep in entry_points(group=ENTRY_POINT_GROUP)}
    if isinstance(names, str):
        raise TypeError(f"names must be a list of entry point names, got one str: [{names!r}]")
    wanted = sorted(found) if names is None else list(names)
    missing = [name for name in wanted if name not in found]
    if missing:
        raise ValueError(f"no detector named {', '.join(map(repr, missing))} in the {ENTRY_POINT_GROUP!r} entry "
                         f"point group; installed: {', '.join(sorted(found)) or 'none'}")
    return tuple(found[name].load() for name in wanted)
