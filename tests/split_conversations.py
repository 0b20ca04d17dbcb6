"""What Guard completes across one sender's messages: the shared reader of the split-class tests."""
from leakguard import Guard

_ACROSS = "earlier messages"


def completed(messages, key=("room", "sender")):
    """(category, value) of every finding Guard completes from earlier messages, each span checked."""
    guard = Guard()
    out = set()
    for text in messages:
        report = guard.check(text, conversation=key)
        for f in report.findings:
            assert 0 <= f.start < f.end <= len(text) and text[f.start:f.end] == f.text
        out |= {(f.category, f.value) for f in report.findings if _ACROSS in f.reason_en}
    return out
