"""leakguard: screen Japanese marketplace messages for contact leaks and off-platform payment.

    >>> import leakguard
    >>> report = leakguard.scan("090-1234-5678までお電話ください")
    >>> report.action, report.findings[0].value
    (<Action.BLOCK: 'block'>, '+819012345678')
"""
from .context import STAGES, Context
from .guard import Guard
from .model import CATEGORIES, Action, Finding, Report
from .policy import DEFAULT_POLICY, PRESETS, Policy, PolicyError
from .scanner import find, mask, scan, warm_up
from .batch import scan_many
from .masking import Pseudonymizer

__all__ = ["scan", "mask", "find", "scan_many", "Report", "Finding", "Action", "Policy", "DEFAULT_POLICY", "CATEGORIES",
           "Context", "STAGES", "Guard", "PolicyError", "PRESETS", "Pseudonymizer", "scan_image",
           "warm_up"]
__version__ = "0.1.0"


def __getattr__(name: str):
    # Pictures are an optional extra: leakguard.scan_image resolves on first use, and even then
    # Pillow, zxing-cpp and the OCR engine load only when a picture is scanned.
    if name == "scan_image":
        from .images import scan_image

        return scan_image
    raise AttributeError(f"module 'leakguard' has no attribute {name!r}")
