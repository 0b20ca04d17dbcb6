"""The pre-commit hook for real: ``pre-commit try-repo`` and a git commit refused, then one that passes.

pre-commit installs the hook repository into a virtualenv of its own with pip. To stay offline
(and fast), the test lets pip see the dependencies already installed for this interpreter: a
``sitecustomize`` on PYTHONPATH *appends* this interpreter's site-packages to ``sys.path`` (so the
hook venv's own pip still comes first), ``PIP_NO_INDEX`` forbids downloads and
``PIP_NO_BUILD_ISOLATION=0`` builds leakguard with the setuptools at hand. A real user's
pre-commit downloads the same packages from PyPI instead.
"""
import os
import shutil
import subprocess
import sys
import sysconfig
from pathlib import Path

import pytest

pytest.importorskip("pre_commit", reason="pre-commit is not installed (pip install -e '.[test]')")
if shutil.which("git") is None:  # pragma: no cover
    pytest.skip("git is not installed", allow_module_level=True)

ROOT = Path(__file__).resolve().parents[1]
PHONE = "090-1234-5678"


def _git(cwd, *args, env=None, check=True):
    return subprocess.run(["git", *args], cwd=cwd, env=env, capture_output=True, text=True, timeout=120, check=check)


@pytest.fixture(scope="module")
def env(tmp_path_factory):
    base = tmp_path_factory.mktemp("precommit")
    shim = base / "shim"
    shim.mkdir()
    paths = sorted({sysconfig.get_paths()["purelib"], sysconfig.get_paths()["platlib"]})
    (shim / "sitecustomize.py").write_text(
        "import sys\n" + "".join(f"sys.path.append({p!r})\n" for p in paths), encoding="utf-8")
    environ = {k: v for k, v in os.environ.items() if not k.startswith(("PIP_", "PRE_COMMIT", "GIT_", "VIRTUAL_ENV"))}
    environ.update({
        "PRE_COMMIT_HOME": str(base / "cache"),
        "PYTHONPATH": str(shim),
        "PIP_NO_INDEX": "1",
        "PIP_NO_BUILD_ISOLATION": "0",
        "PIP_DISABLE_PIP_VERSION_CHECK": "1",
        "GIT_AUTHOR_NAME": "Test", "GIT_AUTHOR_EMAIL": "test@example.invalid",
        "GIT_COMMITTER_NAME": "Test", "GIT_COMMITTER_EMAIL": "test@example.invalid",
        "GIT_CONFIG_NOSYSTEM": "1", "HOME": str(base),
    })
    return base, environ


@pytest.fixture(scope="module")
def hook_repo(env):
    """This project's tree (what a clone has) as a committed git repository."""
    base, environ = env
    repo = base / "leakguard-hook"
    repo.mkdir()
    for name in ("pyproject.toml", "README.md", ".pre-commit-hooks.yaml"):
        shutil.copy2(ROOT / name, repo / name)
    shutil.copytree(ROOT / "src", repo / "src", ignore=shutil.ignore_patterns("*.egg-info", "__pycache__"))
    _git(repo, "init", "-q", env=environ)
    _git(repo, "add", ".", env=environ)
    _git(repo, "commit", "-q", "-m", "hook", env=environ)
    return repo


def _project(base: Path, name: str, environ) -> Path:
    project = base / name
    project.mkdir()
    _git(project, "init", "-q", env=environ)
    return project


def test_try_repo_refuses_a_leak_and_honours_the_pragma(env, hook_repo):
    base, environ = env
    project = _project(base, "try", environ)
    (project / "contact.md").write_text(f"# 連絡先\n担当: {PHONE}\n", encoding="utf-8")
    (project / "example.md").write_text(f"代表: {PHONE} <!-- leakguard: allow -->\n", encoding="utf-8")
    (project / "clean.txt").write_text("納期は12/31、お見積りは30,000円です。\n", encoding="utf-8")
    _git(project, "add", ".", env=environ)
    cmd = [sys.executable, "-m", "pre_commit", "try-repo", str(hook_repo), "leakguard", "--files"]
    refused = subprocess.run(cmd + ["contact.md", "example.md", "clean.txt"], cwd=project, env=environ,
                             capture_output=True, text=True, timeout=300)
    output = refused.stdout + refused.stderr
    if "No matching distribution" in output or "Could not find a version" in output:
        pytest.skip("pre-commit could not install the hook offline: " + output[-300:])
    assert refused.returncode == 1, output
    assert "contact.md: block" in output and "phone_number" in output and "(line 2)" in output
    assert "example.md" not in output.split("leakguard:")[0]  # the pragma'd example is not reported
    assert "allowed by `leakguard: allow`" in output


def test_commit_refused_then_accepted(env, hook_repo):
    base, environ = env
    project = _project(base, "commit", environ)
    rev = _git(hook_repo, "rev-parse", "HEAD", env=environ).stdout.strip()
    (project / ".pre-commit-config.yaml").write_text(
        f"repos:\n-   repo: {hook_repo}\n    rev: {rev}\n    hooks:\n    -   id: leakguard\n", encoding="utf-8")
    install = subprocess.run([sys.executable, "-m", "pre_commit", "install"], cwd=project, env=environ,
                             capture_output=True, text=True, timeout=120)
    assert install.returncode == 0, install.stderr
    seed = project / "seed.csv"
    seed.write_text(f"id,text\n1,はじめまして\n2,連絡は{PHONE}まで\n", encoding="utf-8")
    _git(project, "add", ".", env=environ)
    refused = _git(project, "commit", "-m", "seed data", env=environ, check=False)
    assert refused.returncode != 0, refused.stdout + refused.stderr
    assert "seed.csv:3 (record 2): block" in refused.stdout + refused.stderr
    assert _git(project, "rev-parse", "--verify", "-q", "HEAD", env=environ, check=False).returncode != 0

    seed.write_text("id,text\n1,はじめまして\n2,連絡はこのメッセージ機能でお願いします\n", encoding="utf-8")
    _git(project, "add", ".", env=environ)
    accepted = _git(project, "commit", "-m", "seed data", env=environ, check=False)
    assert accepted.returncode == 0, accepted.stdout + accepted.stderr
    assert _git(project, "log", "--oneline", env=environ).stdout.count("\n") == 1
