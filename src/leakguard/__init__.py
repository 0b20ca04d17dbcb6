"""leakguard: screen Japanese marketplace messages for contact leaks and off-platform payment.

    >>> import leakguard
    >>> report = leakguard.scan("090-1234-5678までお電話ください")
    >>> report.action, report.findings[0].value
    (<Action.BLOCK: 'block'>, '+819012345678')
"""
from __future__ import annotations

import importlib

__all__ = ["scan", "mask", "find", "scan_many", "Report", "Finding", "Action", "Policy", "DEFAULT_POLICY", "CATEGORIES",
           "Context", "STAGES", "Guard", "PolicyError", "PRESETS", "Pseudonymizer", "scan_image",
           "warm_up"]
__version__ = "0.1.0"

# Each public name resolves on first use (module __getattr__), so that ``python -m leakguard`` and
# ``import leakguard`` load only what they run: the conversation guard, the masking operators and
# the detector modules cost a tenth of a second of imports and compiles a plain message never needs.
# Pictures are an optional extra: even scan_image loads Pillow, zxing-cpp and the OCR engine only
# when a picture is scanned.
_HOMES = {
    "STAGES": "context", "Context": "context", "Guard": "guard",
    "CATEGORIES": "model", "Action": "model", "Finding": "model", "Report": "model",
    "DEFAULT_POLICY": "policy", "PRESETS": "policy", "Policy": "policy", "PolicyError": "policy",
    "find": "scanner", "mask": "scanner", "scan": "scanner", "warm_up": "scanner",
    "scan_many": "batch", "Pseudonymizer": "masking", "scan_image": "images",
}


def __getattr__(name: str):
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module 'leakguard' has no attribute {name!r}")
    value = getattr(importlib.import_module(f".{home}", __name__), name)
    globals()[name] = value  # the next lookup is an ordinary attribute read
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
