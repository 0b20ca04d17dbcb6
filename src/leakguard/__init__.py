"""leakguard: screen Japanese marketplace messages for contact leaks and off-platform payment.

    >>> import leakguard
    >>> report = leakguard.scan("090-1234-5678までお電話ください")
    >>> report.action, report.findings[0].value
    (<Action.BLOCK: 'block'>, '+819012345678')
"""
from .model import CATEGORIES, Action, Finding, Report
from .policy import DEFAULT_POLICY, Policy
from .scanner import find, mask, scan

__all__ = ["scan", "mask", "find", "Report", "Finding", "Action", "Policy", "DEFAULT_POLICY", "CATEGORIES"]
__version__ = "0.1.0"
