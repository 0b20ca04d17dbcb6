"""examples/presend_hook.py against the real service (``leakguard serve``'s app on a loopback port)."""
import importlib.util
import json
import socket
import sys
import threading
import time
from pathlib import Path

import pytest

uvicorn = pytest.importorskip("uvicorn", reason="the hook talks to the service (pip install 'leakguard-ja[server]')")
pytest.importorskip("starlette", reason="the hook talks to the service (pip install 'leakguard-ja[server]')")

from leakguard.server import create_app, server_config  # noqa: E402

_PATH = Path(__file__).resolve().parents[1] / "examples" / "presend_hook.py"
_spec = importlib.util.spec_from_file_location("presend_hook", _PATH)
hook = importlib.util.module_from_spec(_spec)
sys.modules["presend_hook"] = hook
_spec.loader.exec_module(hook)

TOKEN = "hook-test-token"


class _Service:
    """The service's app under uvicorn in a thread, on a free 127.0.0.1 port."""

    def __init__(self, app):
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.server = uvicorn.Server(server_config(app))
        self.thread = threading.Thread(target=self.server.run, kwargs={"sockets": [self.sock]}, daemon=True)

    def __enter__(self) -> str:
        self.thread.start()
        deadline = time.monotonic() + 10
        while not self.server.started:
            assert time.monotonic() < deadline, "the service did not start"
            time.sleep(0.01)
        return f"http://127.0.0.1:{self.sock.getsockname()[1]}"

    def __exit__(self, *exc):
        self.server.should_exit = True
        self.thread.join(10)
        self.sock.close()


@pytest.fixture(scope="module")
def service():
    with _Service(create_app()) as url:
        yield hook.Service(url)


def test_passes_warns_and_blocks(service):
    ok = hook.pre_send(service, "納期は来週金曜でお願いします", room="r1", sender="u1")
    assert (ok.deliver, ok.action, ok.notice, ok.checked) == (True, "allow", None, True)

    blocked = hook.pre_send(service, "090-1234-5678に電話ください", room="r1", sender="u1", stage="contracted")
    assert (blocked.deliver, blocked.action) == (False, "block")
    assert "電話番号" in blocked.notice and "090-1234-5678" not in blocked.notice
    assert blocked.report["findings"][0]["text"] is None    # no personal data in the decision
    assert "090-1234-5678" not in json.dumps(blocked.to_dict(), ensure_ascii=False)

    invitation = "Chatworkに移りませんか？"
    warned = hook.pre_send(service, invitation, room="r2", sender="u1", stage="escrow_funded", lang="en")
    assert [f["category"] for f in warned.report["findings"]] == ["external_contact"]
    assert (warned.deliver, warned.action) == (True, "warn")
    assert "Please check" in warned.notice and "Chatwork" in warned.notice
    # The same invitation before escrow is funded is blocked; after a completed deal it passes.
    early = hook.pre_send(service, invitation, room="r3", sender="u1", stage="before_contract")
    assert (early.deliver, early.action) == (False, "block")
    later = hook.pre_send(service, invitation, room="r4", sender="u1", stage="completed")
    assert (later.deliver, later.action, later.notice) == (True, "allow", None)
    repeat = hook.pre_send(service, invitation, room="r5", sender="u1", stage="before_contract", completed_deals=1)
    assert repeat.action == "allow"


def test_a_number_sent_in_parts_is_caught_per_room_and_sender(service):
    decisions = [hook.pre_send(service, part, room="r9", sender="seller") for part in ("090", "1234", "5678")]
    assert [d.action for d in decisions] == ["allow", "allow", "block"]
    assert "前のメッセージ" in decisions[-1].report["findings"][0]["reason"]
    # Another sender in the same room, or the same sender in another room, completes nothing.
    hook.pre_send(service, "090", room="r10", sender="a")
    hook.pre_send(service, "1234", room="r10", sender="a")
    assert hook.pre_send(service, "5678", room="r10", sender="b").action == "allow"
    assert hook.pre_send(service, "5678", room="r11", sender="a").action == "allow"


def test_rejected_requests_raise_the_service_error(service):
    with pytest.raises(hook.ServiceError) as err:
        hook.pre_send(service, "hi", room="r", sender="s", stage="paid")
    assert err.value.status == 400 and err.value.code == "malformed" and "stage" in err.value.message
    with pytest.raises(ValueError, match="language"):
        hook.pre_send(service, "hi", room="r", sender="s", lang="fr")


def test_token_and_unreachable_service():
    with _Service(create_app(token=TOKEN)) as url:
        with pytest.raises(hook.ServiceError) as err:
            hook.pre_send(hook.Service(url), "hi", room="r", sender="s")
        assert err.value.status == 401 and err.value.code == "unauthorized"
        assert hook.pre_send(hook.Service(url, TOKEN), "090-1234-5678", room="r", sender="s").action == "block"
    with socket.socket() as s:  # a port nobody listens on
        s.bind(("127.0.0.1", 0))
        down = hook.Service(f"http://127.0.0.1:{s.getsockname()[1]}", timeout=2)
    decision = hook.pre_send(down, "090-1234-5678", room="r", sender="s")
    assert (decision.deliver, decision.action, decision.checked) == (True, "warn", False) and decision.notice
    assert hook.pre_send(down, "x", room="r", sender="s", on_error="block").deliver is False


def test_a_check_over_the_time_budget_applies_on_error():
    slow_text = "ぜろいちにさんよんごろくなな" * 3000
    with _Service(create_app(scan_timeout=0.01)) as url:
        decision = hook.pre_send(hook.Service(url), slow_text, room="r", sender="s", on_error="block", lang="en")
    assert (decision.deliver, decision.action, decision.checked) == (False, "block", False)
    assert "could not be checked" in decision.notice


def test_command_line(service, capsys):
    assert hook.main(["090-1234-5678までお願いします", "--room", "r20", "--sender", "u", "--url", service.url]) == 2
    out = json.loads(capsys.readouterr().out)
    assert out["action"] == "block" and out["deliver"] is False and out["report"]["findings"][0]["value"] is None
    assert hook.main(["よろしくお願いします", "--room", "r20", "--sender", "u", "--url", service.url]) == 0
    assert hook.main(["x", "--room", "r", "--sender", "u", "--stage", "paid", "--url", service.url]) == 3
    assert "HTTP 400 malformed" in capsys.readouterr().err
