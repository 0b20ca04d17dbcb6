"""The HTTP pre-send service over a real loopback socket: verdicts, errors, token, the CLI, Node."""
import json
import os
import shutil
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

httpx = pytest.importorskip("httpx", reason="the server tests need httpx (pip install -e '.[test]')")
uvicorn = pytest.importorskip("uvicorn", reason="the server needs uvicorn (pip install 'leakguard[server]')")
pytest.importorskip("starlette", reason="the server needs Starlette (pip install 'leakguard[server]')")

from leakguard.server import create_app, server_config  # noqa: E402
from leakguard.server_http import ConnectionLimits  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
TOKEN = "s3cret-token-for-tests"


class _Server:
    """uvicorn in a thread, on a socket bound to a free loopback port."""

    def __init__(self, app, limits=None):
        self.sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self.sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.sock.bind(("127.0.0.1", 0))
        self.port = self.sock.getsockname()[1]
        self.server = uvicorn.Server(server_config(app, limits=limits))
        self.thread = threading.Thread(target=self.server.run, kwargs={"sockets": [self.sock]}, daemon=True)

    def __enter__(self):
        self.thread.start()
        deadline = time.monotonic() + 10
        while not self.server.started:
            if time.monotonic() > deadline:
                raise RuntimeError("server did not start")
            time.sleep(0.01)
        return f"http://127.0.0.1:{self.port}"

    def __exit__(self, *exc):
        self.server.should_exit = True
        self.thread.join(10)
        self.sock.close()


@pytest.fixture(scope="module")
def base():
    with _Server(create_app(max_body_bytes=64 * 1024, max_batch=20)) as url:
        yield url


@pytest.fixture(scope="module")
def client(base):
    with httpx.Client(base_url=base, timeout=10) as c:
        yield c


def test_healthz(client):
    r = client.get("/healthz")
    assert r.status_code == 200
    assert r.json()["status"] == "ok"


@pytest.mark.parametrize("text, action, category", [
    ("090-1234-5678までお電話ください", "block", "phone_number"),
    ("連絡はtaro.yamada＠gmail．comまで", "block", "email_address"),
    ("よろしくお願いします。納期は12/31です。", "allow", None),
    ("お見積りは30,000円になります", "allow", None),
])
def test_check_returns_the_report(client, text, action, category):
    r = client.post("/v1/check", json={"text": text})
    assert r.status_code == 200
    assert r.headers["content-type"].startswith("application/json")
    data = r.json()
    assert set(data) == {"score", "action", "findings"}
    assert data["action"] == action
    if category:
        assert category in {f["category"] for f in data["findings"]}
        f = next(f for f in data["findings"] if f["category"] == category)
        assert text[f["start"]:f["end"]] == f["text"]
    else:
        assert data["findings"] == []


def test_context_changes_the_verdict(client):
    text = "チャットワークで続きをやりとりしましょう"
    early = client.post("/v1/check", json={"text": text, "context": {"stage": "before_contract"}}).json()
    late = client.post("/v1/check", json={"text": text, "context": {"stage": "completed"}}).json()
    assert early["findings"], "the outside-channel invitation is found"
    assert Action_severity(early["action"]) > Action_severity(late["action"])


def Action_severity(action):
    return {"allow": 0, "warn": 1, "block": 2}[action]


def test_conversation_joins_split_identifier(client):
    conv = f"room-{time.monotonic_ns()}:user-1"
    first = client.post("/v1/check", json={"text": "番号は090", "conversation": conv}).json()
    second = client.post("/v1/check", json={"text": "1234", "conversation": conv}).json()
    third = client.post("/v1/check", json={"text": "5678です", "conversation": conv}).json()
    assert first["action"] == "allow" and second["action"] == "allow"
    assert third["action"] == "block"
    assert third["findings"][0]["category"] == "phone_number"
    # Another conversation never completes it.
    other = client.post("/v1/check", json={"text": "5678です", "conversation": conv + "-other"}).json()
    assert other["action"] == "allow"


def test_batch_in_order(client):
    messages = [{"text": "090-1234-5678"}, {"text": "こんにちは"}, {"text": "taro@gmail.com", "context": "contracted"}]
    r = client.post("/v1/check-batch", json={"messages": messages})
    assert r.status_code == 200
    assert [x["action"] for x in r.json()["results"]] == ["block", "allow", "block"]
    assert client.post("/v1/check-batch", json={"messages": []}).json() == {"results": []}


@pytest.mark.parametrize("path, kwargs, status, code", [
    ("/v1/check", {"content": b"{not json", "headers": {"content-type": "application/json"}}, 400, "malformed"),
    ("/v1/check", {"content": b"\xff\xfe\x00", "headers": {"content-type": "application/json"}}, 400, "malformed"),
    ("/v1/check", {"content": b"[" * 100000 + b"]" * 100000, "headers": {"content-type": "application/json"}}, 413, "too_large"),
    ("/v1/check", {"content": b"[" * 30000 + b"]" * 30000, "headers": {"content-type": "application/json"}}, 400, "malformed"),
    ("/v1/check", {"json": {"txt": "typo"}}, 400, "malformed"),
    ("/v1/check", {"json": {"text": 12345}}, 400, "malformed"),
    ("/v1/check", {"json": ["090-1234-5678"]}, 400, "malformed"),
    ("/v1/check", {"json": {"text": "x", "context": {"stage": "someday"}}}, 400, "malformed"),
    ("/v1/check", {"json": {"text": "x", "context": 5}}, 400, "malformed"),
    ("/v1/check", {"json": {"text": "x", "conversation": ["a"]}}, 400, "malformed"),
    ("/v1/check", {"content": b'{"text": "x"}', "headers": {"content-type": "text/plain"}}, 415, "unsupported_media_type"),
    ("/v1/check", {"content": b'{"text": "x"}'}, 415, "unsupported_media_type"),
    ("/v1/check", {"json": {"text": "あ" * 40000}}, 413, "too_large"),
    ("/v1/check-batch", {"json": {"messages": [{"text": "x"}] * 21}}, 413, "too_large"),
    ("/v1/check-batch", {"json": {"messages": [{"text": "x"}, {"text": None}]}}, 400, "malformed"),
    ("/v1/check-batch", {"json": [{"text": "x"}]}, 400, "malformed"),
    ("/v1/nothing", {"json": {"text": "x"}}, 404, "not_found"),
])
def test_bad_input_gets_a_json_error(client, path, kwargs, status, code):
    r = client.post(path, **kwargs)
    assert r.status_code == status
    assert r.json()["error"]["code"] == code
    assert client.get("/healthz").status_code == 200  # and the server is still up


def test_wrong_method_and_chunked_oversize(client):
    r = client.get("/v1/check")
    assert r.status_code == 405 and r.json()["error"]["code"] == "method_not_allowed"

    def chunks():  # no Content-Length: the limit is enforced while reading
        for _ in range(100):
            yield b" " * 1024

    r = client.post("/v1/check", content=chunks(), headers={"content-type": "application/json"})
    assert r.status_code == 413


def test_error_bodies_never_echo_the_text(client):
    secret = "taro.yamada@gmail.com"
    r = client.post("/v1/check", json={"text": secret, "extra": 1})
    assert r.status_code == 400 and secret not in r.text


def test_bearer_token():
    with _Server(create_app(token=TOKEN)) as url, httpx.Client(base_url=url, timeout=10) as c:
        assert c.get("/healthz").status_code == 200
        r = c.post("/v1/check", json={"text": "x"})
        assert r.status_code == 401 and r.headers["www-authenticate"].startswith("Bearer")
        assert c.post("/v1/check", json={"text": "x"}, headers={"Authorization": "Bearer nope"}).status_code == 401
        assert c.post("/v1/check", json={"text": "x"}, headers={"Authorization": "Bearer ｔｏｋｅｎ".encode("utf-8")}).status_code == 401
        ok = c.post("/v1/check", json={"text": "090-1234-5678"}, headers={"Authorization": f"Bearer {TOKEN}"})
        assert ok.status_code == 200 and ok.json()["action"] == "block"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def served(tmp_path_factory):
    """``python -m leakguard serve`` as a subprocess, with a token file."""
    token_file = tmp_path_factory.mktemp("srv") / "token"
    token_file.write_text(TOKEN + "\n", encoding="utf-8")
    port = _free_port()
    proc = subprocess.Popen([sys.executable, "-m", "leakguard", "serve", "--port", str(port),
                             "--token-file", str(token_file)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 30
        while True:
            if proc.poll() is not None:
                raise RuntimeError(f"serve exited: {proc.stderr.read()}")
            try:
                if httpx.get(url + "/healthz", timeout=1).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            if time.monotonic() > deadline:
                raise RuntimeError("serve did not come up")
            time.sleep(0.1)
        yield url
    finally:
        proc.terminate()
        proc.wait(10)


def test_serve_subcommand(served):
    r = httpx.post(served + "/v1/check", json={"text": "LINE IDはtaro_1234です"},
                   headers={"Authorization": f"Bearer {TOKEN}"}, timeout=10)
    assert r.status_code == 200 and r.json()["action"] == "block"
    assert httpx.post(served + "/v1/check", json={"text": "x"}, timeout=10).status_code == 401


def test_serve_refuses_bad_token_file(tmp_path):
    empty = tmp_path / "empty"
    empty.write_text("\n", encoding="utf-8")
    proc = subprocess.run([sys.executable, "-m", "leakguard", "serve", "--token-file", str(empty)],
                          capture_output=True, text=True, timeout=60)
    assert proc.returncode == 2 and "token" in proc.stderr


@pytest.mark.skipif(shutil.which("node") is None, reason="node is not installed: the Node.js client is not exercised")
def test_node_client(served):
    env = {**os.environ, "LEAKGUARD_URL": served, "LEAKGUARD_TOKEN": TOKEN}
    script = str(ROOT / "examples" / "node_client.mjs")
    blocked = subprocess.run(["node", script, "090-1234-5678までお願いします"], env=env,
                             capture_output=True, text=True, timeout=60)
    assert blocked.returncode == 2, blocked.stderr
    assert json.loads(blocked.stdout)["findings"][0]["category"] == "phone_number"
    assert json.loads(blocked.stdout)["findings"][0]["value"] is None  # the client asks for hide_values
    explained = subprocess.run(["node", script, "090-1234-5678までお願いします"], env={**env, "LEAKGUARD_EXPLAIN": "en"},
                               capture_output=True, text=True, timeout=60)
    assert explained.returncode == 2 and "phone number" in json.loads(explained.stdout)["explain"]
    allowed = subprocess.run(["node", script, "よろしくお願いします"], env=env, capture_output=True, text=True, timeout=60)
    assert allowed.returncode == 0 and json.loads(allowed.stdout)["action"] == "allow"
    no_token = subprocess.run(["node", script, "x"], env={**env, "LEAKGUARD_TOKEN": ""},
                              capture_output=True, text=True, timeout=60)
    assert no_token.returncode == 3 and "401" in no_token.stderr


# -- hostile input (issue #12, the service) ------------------------------------------------------

def _hostile_mib() -> str:
    """1 MiB (UTF-8) of kana digit words: every word is a digit to the phone detector (the same
    text as benchmarks/bench_server.py --hostile)."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("bench_server", ROOT / "benchmarks" / "bench_server.py")
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)
    return bench.hostile_mib()


def _start(args, *, stderr=subprocess.PIPE):
    """``python -m leakguard serve`` on a free loopback port; returns (process, base url)."""
    port = _free_port()
    proc = subprocess.Popen([sys.executable, "-m", "leakguard", "serve", "--host", "127.0.0.1", "--port", str(port),
                             *args], stdout=subprocess.DEVNULL, stderr=stderr, text=True)
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 30
    while True:
        if proc.poll() is not None:
            raise RuntimeError(f"serve exited: {proc.stderr.read() if proc.stderr else proc.returncode}")
        try:
            if httpx.get(url + "/healthz", timeout=1).status_code == 200:
                return proc, url
        except httpx.TransportError:
            pass
        if time.monotonic() > deadline:
            proc.kill()
            raise RuntimeError("serve did not come up")
        time.sleep(0.05)


def _stop(proc) -> str:
    proc.terminate()
    try:
        _, err = proc.communicate(timeout=10)
    except subprocess.TimeoutExpired:
        proc.kill()
        _, err = proc.communicate()
    return err or ""


def test_healthz_answers_while_a_hostile_mib_is_checked():
    text = _hostile_mib()
    proc, url = _start(["--max-text-chars", "2000000", "--max-body-bytes", str(2 * 1024 * 1024),
                        "--scan-timeout", "60"])
    try:
        with httpx.Client(base_url=url, timeout=60) as slow, httpx.Client(base_url=url, timeout=5) as probe:
            probe.get("/healthz")
            latencies, answers = [], []

            def send():  # one after another until enough probes ran beside them (a fast machine checks fast)
                for _ in range(5):
                    answers.append(slow.post("/v1/check", json={"text": text}))
                    if len(latencies) >= 30:
                        break

            sender = threading.Thread(target=send)
            sender.start()
            time.sleep(0.1)  # the body is in and the check has begun
            while sender.is_alive() and len(latencies) < 300:
                start = time.perf_counter()
                assert probe.get("/healthz").status_code == 200
                latencies.append(time.perf_counter() - start)
                time.sleep(0.02)
            sender.join(120)
        assert answers and all(r.status_code == 200 and r.json()["action"] in ("allow", "warn", "block")
                               for r in answers)
    finally:
        _stop(proc)
    latencies.sort()
    assert len(latencies) >= 20, "the checks ended before /healthz could be probed beside them"
    median, p90 = latencies[len(latencies) // 2], latencies[int(len(latencies) * 0.9)]
    # Before: /healthz unanswered for 14 s. The slowest probe may meet the OS scheduler of a shared
    # machine; the bulk must be well inside 100 ms.
    assert median < 0.1 and p90 < 0.1, (median, p90, latencies[-1])
    assert latencies[-1] < 1.0, latencies[-1]


def _raw(port):
    s = socket.create_connection(("127.0.0.1", port), timeout=10)
    return s


def _closed_within(sock, seconds) -> tuple[bytes, float]:
    """Read until the server closes the socket; returns (what it sent, seconds it took)."""
    start = time.monotonic()
    sock.settimeout(seconds)
    data = b""
    try:
        while True:
            chunk = sock.recv(4096)
            if not chunk:
                break
            data += chunk
    except (socket.timeout, ConnectionResetError):
        pytest.fail(f"the server kept the connection open for {seconds} s; got {data[:80]!r}")
    finally:
        sock.close()
    return data, time.monotonic() - start


def test_slow_clients_are_closed_by_the_timeouts_without_tracebacks():
    proc, url = _start(["--header-timeout", "0.5", "--body-timeout", "0.5", "--max-connections", "20",
                        "--log-level", "info"])
    port = int(url.rsplit(":", 1)[1])
    head = (b"POST /v1/check HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
            b"Content-Length: 100\r\n\r\n")
    try:
        idle = _raw(port)                                       # says nothing at all
        half_headers = _raw(port)
        half_headers.sendall(head[:30])                         # a request line and half a header
        half_body = _raw(port)
        half_body.sendall(head + b'{"text": "')                 # 10 of 100 body bytes
        unread = _raw(port)
        unread.sendall(head.replace(b"/v1/check", b"/nowhere") + b'{"te')  # a body nobody reads
        gone = _raw(port)
        gone.sendall(head + b'{"text": ')                       # and then hangs up mid-body
        time.sleep(0.1)
        gone.close()
        # The timeouts are 0.5 s; the protocol's backstop for unread bodies adds 2 s.
        for sock, limit in ((idle, 3), (half_headers, 3), (half_body, 3), (unread, 5)):
            data, took = _closed_within(sock, limit)
            assert took < limit
        data_half_body = data  # noqa: F841 (kept for a readable failure)
        assert httpx.get(url + "/healthz", timeout=5).status_code == 200
    finally:
        log = _stop(proc)
    assert "Traceback" not in log, log[-2000:]
    assert log.count("closed the connection before its body arrived") == 1, log[-2000:]
    assert "did not arrive in time" in log


def test_a_half_sent_body_gets_408():
    proc, url = _start(["--header-timeout", "5", "--body-timeout", "0.5"])
    port = int(url.rsplit(":", 1)[1])
    try:
        sock = _raw(port)
        sock.sendall(b"POST /v1/check HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                     b"Content-Length: 100\r\n\r\n{\"text\": ")
        data, took = _closed_within(sock, 4)
    finally:
        log = _stop(proc)
    assert data.startswith(b"HTTP/1.1 408") and b'"timeout"' in data, data[:200]
    assert "Traceback" not in log


def test_connections_over_the_bound_get_503_and_are_closed():
    with _Server(create_app(), ConnectionLimits(max_connections=3)) as url:
        port = int(url.rsplit(":", 1)[1])
        held = [_raw(port) for _ in range(3)]
        time.sleep(0.2)
        extra = _raw(port)
        data, took = _closed_within(extra, 3)
        assert data.startswith(b"HTTP/1.1 503") and b'"busy"' in data
        for s in held:
            s.close()
        time.sleep(0.2)
        assert httpx.get(url + "/healthz", timeout=5).status_code == 200


def test_long_text_and_time_budget():
    with _Server(create_app(max_text_chars=1000, max_body_bytes=4 * 1024 * 1024)) as url:
        r = httpx.post(url + "/v1/check", json={"text": "あ" * 1001}, timeout=10)
        assert r.status_code == 413 and "1001 characters; at most 1000" in r.json()["error"]["message"]
    text = _hostile_mib()[:200_000]
    with _Server(create_app(scan_timeout=0.05, max_text_chars=300_000, max_body_bytes=4 * 1024 * 1024)) as url:
        r = httpx.post(url + "/v1/check", json={"text": text}, timeout=30)
        assert r.status_code == 503 and r.json()["error"]["code"] == "timeout"
        assert "0.05 s" in r.json()["error"]["message"]
        assert httpx.get(url + "/healthz", timeout=5).status_code == 200


def test_errors_echo_at_most_a_short_prefix(client):
    huge = "x" * 40_000
    for body in ({"text": "hi", "context": {"stage": huge}}, {"text": "hi", huge: 1},
                 {"text": "hi", "context": {huge: 1}}):
        r = client.post("/v1/check", json=body)
        assert r.status_code == 400
        assert len(r.content) < 600 and "x" * 100 not in r.text, r.text[:300]


def test_unknown_field_names_what_is_expected(client):
    r = client.post("/v1/check", json={"message": "こんにちは"})
    message = r.json()["error"]["message"]
    assert r.status_code == 400 and "`text` is required" in message and "'message'" in message
    assert "text, context, conversation, explain, hide_values" in message
    r = client.post("/v1/check-batch", json={"messages": [{"text": "a"}, {"txt": "b"}]})
    assert r.status_code == 400 and r.json()["error"]["message"].startswith("messages[1]: `text` is required")


def test_bearer_scheme_is_case_insensitive():
    with _Server(create_app(token=TOKEN)) as url, httpx.Client(base_url=url, timeout=10) as c:
        for scheme in ("Bearer", "bearer", "BEARER", "bEaReR"):
            r = c.post("/v1/check", json={"text": "x"}, headers={"Authorization": f"{scheme} {TOKEN}"})
            assert r.status_code == 200, scheme
        for header in (f"Basic {TOKEN}", TOKEN, f"Bearer{TOKEN}", f"Bearer {TOKEN}x", "bearer"):
            assert c.post("/v1/check", json={"text": "x"}, headers={"Authorization": header}).status_code == 401


def test_port_in_use_is_one_clear_line():
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen(1)
        port = busy.getsockname()[1]
        proc = subprocess.run([sys.executable, "-m", "leakguard", "serve", "--port", str(port)],
                              capture_output=True, text=True, timeout=60)
    assert proc.returncode == 2
    assert proc.stderr.strip().splitlines() == [f"leakguard: cannot listen on 127.0.0.1:{port}: the port is in use "
                                                f"(is another server running there?)"]


# -- one HTTP contract (issue #16 part 5) ----------------------------------------------------------

def test_explain_and_hide_values(client):
    text = "090-1234-5678までお電話ください"
    r = client.post("/v1/check", json={"text": text, "explain": "ja"}).json()
    assert r["action"] == "block" and "電話番号" in r["explain"] and "090-1234-5678" not in r["explain"]
    assert r["findings"][0]["text"] == "090-1234-5678"
    en = client.post("/v1/check", json={"text": text, "explain": "en", "hide_values": True}).json()
    assert "phone number" in en["explain"] and "090" not in en["explain"] and "78" not in en["explain"]
    mail = client.post("/v1/check", json={"text": "taro.yamada@gmail.comまで", "explain": "ja", "hide_values": True})
    assert "メールアドレス" in mail.json()["explain"] and "gmail" not in mail.text and "taro" not in mail.text
    channel = client.post("/v1/check", json={"text": "Chatworkに移りませんか？", "explain": "en", "hide_values": True})
    assert "Chatwork" in channel.json()["explain"]  # a service's name is not personal data
    assert en["findings"][0]["text"] is None and en["findings"][0]["value"] is None
    assert text[en["findings"][0]["start"]:en["findings"][0]["end"]] == "090-1234-5678"  # spans stay
    assert "explain" not in client.post("/v1/check", json={"text": "こんにちは"}).json()
    batch = client.post("/v1/check-batch", json={"messages": [{"text": text, "hide_values": True, "explain": "en"},
                                                              {"text": "こんにちは", "explain": "ja"}]}).json()
    assert batch["results"][0]["findings"][0]["value"] is None and batch["results"][1]["explain"]
    for bad in ({"text": "x", "explain": "fr"}, {"text": "x", "hide_values": "yes"}):
        assert client.post("/v1/check", json=bad).status_code == 400


def test_server_wide_hide_values():
    with _Server(create_app(hide_values=True)) as url:
        r = httpx.post(url + "/v1/check", json={"text": "taro.yamada@gmail.comまで", "hide_values": False}, timeout=10)
        assert r.json()["action"] == "block" and "taro" not in r.text


def _validator(doc, name):
    jsonschema = pytest.importorskip("jsonschema", reason="the contract test needs jsonschema (pip install -e '.[test]')")
    from referencing import Registry, Resource

    uri = "urn:leakguard:openapi"
    registry = Registry().with_resource(uri, Resource.from_contents(doc, default_specification=__import__(
        "referencing.jsonschema", fromlist=["DRAFT202012"]).DRAFT202012))
    return jsonschema.Draft202012Validator({"$ref": f"{uri}#/components/schemas/{name}"}, registry=registry)


def test_real_responses_match_the_openapi_document(client):
    doc = client.get("/openapi.json").json()
    assert doc["openapi"].startswith("3.1") and set(doc["paths"]) == {
        "/v1/check", "/v1/check-batch", "/v1/check-image", "/healthz", "/metrics", "/openapi.json"}
    report, batch, error, health = (_validator(doc, n) for n in ("Report", "BatchResponse", "Error", "Health"))
    request = _validator(doc, "CheckRequest")
    bodies = [{"text": "090-1234-5678までお電話ください", "explain": "en"},
              {"text": "LINE IDはtaro_1234です", "hide_values": True, "context": "contracted"},
              {"text": "手数料がもったいないので直接銀行振込でお願いできますか", "context": {"stage": "before_contract"}},
              {"text": "よろしくお願いします", "conversation": "room-1:user-1", "explain": None}]
    for body in bodies:
        request.validate(body)
        r = client.post("/v1/check", json=body)
        assert r.status_code == 200 and "200" in doc["paths"]["/v1/check"]["post"]["responses"]
        report.validate(r.json())
    batch.validate(client.post("/v1/check-batch", json={"messages": bodies}).json())
    health.validate(client.get("/healthz").json())
    assert not request.is_valid({"message": "x"}) and not request.is_valid({"text": "x", "explain": "fr"})
    for path, body, status in (("/v1/check", {"message": "x"}, 400), ("/v1/check", {"text": "あ" * 40000}, 413),
                               ("/v1/check-batch", {"messages": [{"text": "x"}] * 21}, 413)):
        r = client.post(path, json=body)
        assert r.status_code == status and str(status) in doc["paths"][path]["post"]["responses"]
        error.validate(r.json())
    r = client.post("/v1/check", content=b"x", headers={"content-type": "text/plain"})
    assert r.status_code == 415 and "415" in doc["paths"]["/v1/check"]["post"]["responses"]
    error.validate(r.json())


def test_metrics_count_actions_and_latency_never_text():
    pytest.importorskip("prometheus_client", reason="metrics need prometheus_client (pip install 'leakguard-ja[server]')")
    with _Server(create_app(token=TOKEN)) as url, httpx.Client(base_url=url, timeout=10) as c:
        auth = {"Authorization": f"Bearer {TOKEN}"}
        assert c.get("/metrics").status_code == 401
        secret = "taro.yamada@gmail.com"
        c.post("/v1/check", json={"text": secret}, headers=auth)
        c.post("/v1/check", json={"text": "こんにちは"}, headers=auth)
        c.post("/v1/check-batch", json={"messages": [{"text": "090-1234-5678"}, {"text": "はい"}]}, headers=auth)
        c.post("/v1/check", json={"text": secret, "oops": 1}, headers=auth)
        c.get("/nowhere/" + secret)
        r = c.get("/metrics", headers=auth)
        assert r.status_code == 200 and r.headers["content-type"].startswith("text/plain")
        text = r.text
    assert secret not in text and "taro" not in text and "nowhere" not in text
    assert 'leakguard_checks_total{action="block"} 2.0' in text
    assert 'leakguard_checks_total{action="allow"} 2.0' in text
    assert 'leakguard_checks_total{action="warn"} 0.0' in text
    assert 'leakguard_http_requests_total{endpoint="/v1/check",status="200"} 2.0' in text
    assert 'leakguard_http_requests_total{endpoint="/v1/check",status="400"} 1.0' in text
    assert 'leakguard_http_requests_total{endpoint="other",status="404"} 1.0' in text
    assert 'leakguard_http_request_duration_seconds_count{endpoint="/v1/check-batch"} 1.0' in text


def test_wrong_settings_raise_with_a_hint():
    with pytest.raises(TypeError, match="max_text_chars must be an int, got str"):
        create_app(max_text_chars="100")
    with pytest.raises(ValueError, match="scan_timeout must be > 0"):
        create_app(scan_timeout=0)
    with pytest.raises(TypeError, match="header_timeout must be a number of seconds"):
        ConnectionLimits(header_timeout="5")
    with pytest.raises(ValueError, match="max_connections must be >= 1"):
        ConnectionLimits(max_connections=0)
