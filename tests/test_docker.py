"""The Dockerfile: read always; built, run and probed on loopback where a docker engine answers."""
import json
import re
import shutil
import socket
import subprocess
import time
import urllib.request
import uuid
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
DOCKERFILE = (ROOT / "Dockerfile").read_text(encoding="utf-8")


def test_dockerfile_is_slim_and_not_root():
    bases = re.findall(r"^FROM\s+(\S+)", DOCKERFILE, re.M)
    assert bases and all(re.fullmatch(r"python:3\.\d+-slim", b) for b in bases), bases
    users = re.findall(r"^USER\s+(\S+)", DOCKERFILE, re.M)
    assert users and users[-1].split(":")[0] not in ("root", "0"), users
    last_stage = DOCKERFILE.rsplit("\nFROM ", 1)[1]
    assert last_stage.index("USER ") < last_stage.index("ENTRYPOINT")
    assert "'.[server]'" in DOCKERFILE and "HEALTHCHECK" in DOCKERFILE
    lines = (ROOT / ".dockerignore").read_text(encoding="utf-8").splitlines()
    patterns = [line.strip() for line in lines if line.strip() and not line.startswith("#")]
    assert patterns[0] == "*"  # an allow-list: the venv, corpora, tests and .git never reach the build
    assert not set(patterns) & {"!.venv", "!.git", "!data", "!tests"}


def _engine() -> str | None:
    """Why the docker tests cannot run, or None when they can."""
    if shutil.which("docker") is None:
        return "docker is not installed"
    try:
        info = subprocess.run(["docker", "info", "--format", "{{.ServerVersion}}"], capture_output=True,
                              text=True, timeout=20)
    except subprocess.TimeoutExpired:
        return "the docker engine did not answer within 20 s"
    if info.returncode != 0:
        return "the docker engine is not available: " + (info.stderr.strip().splitlines() or ["?"])[-1][:200]
    return None


@pytest.fixture(scope="module")
def image():
    reason = _engine()
    if reason:
        pytest.skip(reason)
    tag = f"leakguard-test:{uuid.uuid4().hex[:12]}"
    build = subprocess.run(["docker", "build", "-q", "-t", tag, str(ROOT)], capture_output=True, text=True,
                           timeout=1200)
    assert build.returncode == 0, build.stderr[-3000:]
    try:
        yield tag
    finally:
        subprocess.run(["docker", "rmi", "-f", tag], capture_output=True, timeout=120)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_image_runs_as_non_root(image):
    uid = subprocess.run(["docker", "run", "--rm", "--entrypoint", "id", image, "-u"], capture_output=True,
                         text=True, timeout=120)
    assert uid.returncode == 0 and uid.stdout.strip() != "0"


def test_image_serves_on_loopback(image):
    port = _free_port()
    name = f"leakguard-test-{uuid.uuid4().hex[:12]}"
    run = subprocess.run(["docker", "run", "-d", "--rm", "--name", name, "-p", f"127.0.0.1:{port}:8787", image],
                         capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stderr
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                with urllib.request.urlopen(base + "/healthz", timeout=2) as r:
                    assert json.loads(r.read())["status"] == "ok"
                    break
            except OSError:
                assert time.monotonic() < deadline, "the container did not answer /healthz within 60 s"
                time.sleep(0.5)
        request = urllib.request.Request(base + "/v1/check", method="POST",
                                         data=json.dumps({"text": "090-1234-5678まで", "explain": "en"}).encode(),
                                         headers={"Content-Type": "application/json"})
        with urllib.request.urlopen(request, timeout=10) as r:
            report = json.loads(r.read())
        assert report["action"] == "block" and "phone number" in report["explain"]
    finally:
        logs = subprocess.run(["docker", "logs", name], capture_output=True, text=True, timeout=60)
        subprocess.run(["docker", "rm", "-f", name], capture_output=True, timeout=60)
    assert "Traceback" not in logs.stdout + logs.stderr
