"""Drive examples/presend_hook.py: the plain function, the stdlib web handler, the optional ASGI app."""
import asyncio
import importlib.util
import json
import sys
import threading
import urllib.error
import urllib.request
from http.server import ThreadingHTTPServer
from pathlib import Path

import pytest

from leakguard import Guard

_PATH = Path(__file__).resolve().parents[1] / "examples" / "presend_hook.py"
_spec = importlib.util.spec_from_file_location("presend_hook", _PATH)
hook = importlib.util.module_from_spec(_spec)
sys.modules["presend_hook"] = hook
_spec.loader.exec_module(hook)


def test_plain_function_passes_warns_and_blocks():
    guard = Guard()
    ok = hook.pre_send("納期は来週金曜でお願いします", room="r1", sender="u1", guard=guard)
    assert (ok.deliver, ok.action, ok.notice) == (True, "allow", None)

    blocked = hook.pre_send("090-1234-5678に電話ください", room="r1", sender="u1", guard=guard, stage="contracted")
    assert (blocked.deliver, blocked.action) == (False, "block")
    assert "電話番号" in blocked.notice and "090-1234-5678" not in blocked.notice
    assert blocked.report["findings"][0]["text"] is None    # no personal data in the payload

    invitation = "Chatworkに移りませんか？"
    warned = hook.pre_send(invitation, room="r2", sender="u1", guard=guard, stage="escrow_funded", lang="en")
    assert [f["category"] for f in warned.report["findings"]] == ["external_contact"]
    assert (warned.deliver, warned.action) == (True, "warn")
    assert "Please check" in warned.notice and "Chatwork" in warned.notice
    # The same invitation before escrow is funded is blocked; after a completed deal it passes.
    early = hook.pre_send(invitation, room="r3", sender="u1", guard=guard, stage="before_contract")
    assert (early.deliver, early.action) == (False, "block")
    later = hook.pre_send(invitation, room="r4", sender="u1", guard=guard, stage="completed")
    assert (later.deliver, later.action, later.notice) == (True, "allow", None)
    repeat = hook.pre_send(invitation, room="r5", sender="u1", guard=guard, stage="before_contract", completed_deals=1)
    assert repeat.action == "allow"


def test_plain_function_catches_a_number_sent_in_parts():
    guard = Guard()
    decisions = [hook.pre_send(part, room="r9", sender="seller", guard=guard) for part in ("090", "1234", "5678")]
    assert [d.action for d in decisions] == ["allow", "allow", "block"]
    assert "前のメッセージ" in decisions[-1].report["findings"][0]["reason"]


@pytest.fixture()
def server():
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), hook.make_handler(Guard()))
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}"
    finally:
        httpd.shutdown()
        httpd.server_close()
        thread.join(5)


def _post(url, body, content_type="application/json"):
    data = body if isinstance(body, bytes) else json.dumps(body).encode("utf-8")
    request = urllib.request.Request(url, data=data, method="POST", headers={"Content-Type": content_type})
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.status, json.loads(response.read())
    except urllib.error.HTTPError as err:
        return err.code, json.loads(err.read())


def test_web_handler_decisions(server):
    status, body = _post(server + "/presend", {"room": "r1", "sender": "u1", "text": "よろしくお願いします"})
    assert status == 200 and body["deliver"] is True and body["action"] == "allow" and body["notice"] is None
    status, body = _post(server + "/presend", {"room": "r1", "sender": "u1", "text": "taro.yamada@gmail.comまで",
                                               "stage": "escrow_funded", "lang": "en"})
    assert status == 200 and body["deliver"] is False and body["action"] == "block"
    assert "e-mail address" in body["notice"] and "taro.yamada" not in json.dumps(body)
    for part, action in (("090", "allow"), ("1234", "allow"), ("5678", "block")):
        status, body = _post(server + "/presend", {"room": "r2", "sender": "u2", "text": part})
        assert (status, body["action"]) == (200, action)


@pytest.mark.parametrize("body, content_type, status", [
    (b"{not json", "application/json", 400),
    (b"[1, 2]", "application/json", 400),
    (json.dumps({"room": "r", "sender": "s"}).encode(), "application/json", 400),
    (json.dumps({"room": "r", "sender": "s", "text": "hi", "stage": "paid"}).encode(), "application/json", 400),
    (json.dumps({"room": "r", "sender": "s", "text": "hi", "lang": "fr"}).encode(), "application/json", 400),
    (json.dumps({"room": "r", "sender": "s", "text": "hi"}).encode(), "text/plain", 415),
    (json.dumps({"room": "r", "sender": "s", "text": "x" * 70_000}).encode(), "application/json", 413),
])
def test_web_handler_rejects_bad_requests(server, body, content_type, status):
    got, payload = _post(server + "/presend", body, content_type)
    assert got == status and "error" in payload


def test_web_handler_unknown_path(server):
    got, payload = _post(server + "/other", {"room": "r", "sender": "s", "text": "hi"})
    assert got == 404


def _asgi_post(app, path, body, content_type="application/json"):
    messages = []

    async def receive():
        return {"type": "http.request", "body": body, "more_body": False}

    async def send(message):
        messages.append(message)

    scope = {"type": "http", "asgi": {"version": "3.0"}, "http_version": "1.1", "method": "POST",
             "scheme": "http", "path": path, "raw_path": path.encode(), "query_string": b"",
             "root_path": "", "headers": [(b"content-type", content_type.encode())],
             "client": ("127.0.0.1", 1), "server": ("127.0.0.1", 80)}
    asyncio.run(app(scope, receive, send))
    start = next(m for m in messages if m["type"] == "http.response.start")
    body = b"".join(m.get("body", b"") for m in messages if m["type"] == "http.response.body")
    return start["status"], json.loads(body)


def test_starlette_app_when_installed():
    pytest.importorskip("starlette", reason="starlette is an optional extra")
    app = hook.starlette_app(Guard())
    status, body = _asgi_post(app, "/presend", json.dumps({"room": "r", "sender": "s", "text": "090-1234-5678"}).encode())
    assert status == 200 and body["action"] == "block" and body["notice"]
    status, body = _asgi_post(app, "/presend", b"{", "application/json")
    assert status == 400
