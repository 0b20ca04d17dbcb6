"""The distribution as a user installs it: its own name, one version, a licence, a wheel that works."""
from __future__ import annotations

import importlib.metadata
import os
import re
import subprocess
import sys
import venv
from pathlib import Path

import pytest

import leakguard

try:
    import tomllib
except ModuleNotFoundError:  # Python 3.10
    import tomli as tomllib

ROOT = Path(__file__).resolve().parent.parent
DIST_NAME = "leakguard-ja"  # `leakguard` on the package index is an unrelated secret scanner


def _pyproject() -> dict:
    with open(ROOT / "pyproject.toml", "rb") as fh:
        return tomllib.load(fh)


def test_distribution_has_its_own_name_and_one_version():
    project = _pyproject()["project"]
    assert project["name"] == DIST_NAME
    assert "version" in project["dynamic"] and "version" not in project
    assert importlib.metadata.version(DIST_NAME) == leakguard.__version__


def test_version_flag_prints_the_package_version():
    done = subprocess.run([sys.executable, "-m", "leakguard", "--version"], capture_output=True, text=True,
                          timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == f"leakguard {leakguard.__version__}"


def test_licence_file_matches_pyproject():
    project = _pyproject()["project"]
    assert project["license"] == "MIT"
    assert (ROOT / "LICENSE").read_text(encoding="utf-8").startswith("MIT License")


_INSTALL_HINT = re.compile(r"pip install[^\n`]*?['\"]?(leakguard(?:-ja)?)\[")


@pytest.mark.parametrize("folder", ["src", "examples", "docs", "benchmarks", "README.md"])
def test_install_hints_name_the_distribution(folder):
    where = ROOT / folder
    files = [where] if where.is_file() else [p for p in where.rglob("*") if p.suffix in {".py", ".md", ".mjs"}]
    wrong = []
    for path in files:
        for match in _INSTALL_HINT.finditer(path.read_text(encoding="utf-8", errors="replace")):
            if match.group(1) != DIST_NAME:
                wrong.append(f"{path.relative_to(ROOT)}: {match.group(0)}")
    assert not wrong, "install hints that would fetch the unrelated `leakguard` package:\n" + "\n".join(wrong)


@pytest.fixture(scope="module")
def dist(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("dist")
    done = subprocess.run([sys.executable, "-m", "build", "--outdir", str(out), str(ROOT)],
                          capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-2000:]
    return out


def test_wheel_and_sdist_pass_twine_check(dist):
    files = sorted(str(p) for p in dist.iterdir())
    assert any(f.endswith(".whl") for f in files) and any(f.endswith(".tar.gz") for f in files)
    done = subprocess.run([sys.executable, "-m", "twine", "check", "--strict", *files],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stdout + done.stderr


def test_wheel_installs_in_a_fresh_venv_and_scans(dist, tmp_path):
    wheel = next(dist.glob("*.whl"))
    clean = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PYTHONHOME")}
    env_dir = tmp_path / "venv"
    venv.EnvBuilder(with_pip=True).create(env_dir)
    bindir = env_dir / ("Scripts" if os.name == "nt" else "bin")
    python = bindir / "python"
    done = subprocess.run([str(python), "-m", "pip", "install", "-q", str(wheel)],
                          capture_output=True, text=True, timeout=600, env=clean)
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-2000:]
    # Run from tmp_path so the checkout's src/ cannot be imported instead of the installed wheel.
    code = ("import leakguard, pathlib; r = leakguard.scan('お電話は090-1234-5678まで');"
            "print(r.action.value, r.findings[0].value, pathlib.Path(leakguard.__file__).parent.parent.name)")
    done = subprocess.run([str(python), "-c", code], capture_output=True, text=True, timeout=120, cwd=tmp_path, env=clean)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["block", "+819012345678", "site-packages"]
    done = subprocess.run([str(bindir / "leakguard"), "--version"], capture_output=True, text=True, timeout=60,
                          cwd=tmp_path, env=clean)
    assert done.stdout.strip() == f"leakguard {leakguard.__version__}"
    # The lexicons and policies ship inside the wheel: a preset loads from site-packages.
    done = subprocess.run([str(python), "-c", "import leakguard; print(leakguard.Guard('strict').check('こんにちは').action.value)"],
                          capture_output=True, text=True, timeout=120, cwd=tmp_path, env=clean)
    assert done.stdout.strip() == "allow", done.stderr
