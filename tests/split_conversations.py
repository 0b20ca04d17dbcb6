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


def completed_in(turns, room="room"):
    """Like :func:`completed`, for turns ``(sender, minutes, text)``: each sender keyed apart, the
    clock at ``minutes``. Only the values completed on ``"A"``'s messages are returned."""
    clock = [0.0]
    guard = Guard(clock=lambda: clock[0])
    out = set()
    for sender, minutes, text in turns:
        clock[0] = 60.0 * minutes
        report = guard.check(text, conversation=(room, sender))
        for f in report.findings:
            assert 0 <= f.start < f.end <= len(text) and text[f.start:f.end] == f.text
        if sender == "A":
            out |= {(f.category, f.value) for f in report.findings if _ACROSS in f.reason_en}
    return out
