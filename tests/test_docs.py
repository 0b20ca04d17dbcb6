"""The documentation site builds with --strict, and its CLI reference is the parser's own."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
pytest.importorskip("mkdocs", reason="mkdocs is not installed (pip install -e '.[docs]')")
pytest.importorskip("material", reason="mkdocs-material is not installed (pip install -e '.[docs]')")


@pytest.fixture(scope="module")
def site(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("site")
    done = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(out)],
                          cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    return out


def test_every_page_in_the_nav_is_built(site):
    for page in ("index.html", "cli/index.html", "policy/index.html", "how-it-works/index.html",
                 "benchmarks/index.html", "changelog/index.html"):
        assert (site / page).is_file(), page


def test_cli_reference_lists_every_option_of_both_parsers(site):
    from leakguard.cli import build_parser
    from leakguard.server import build_parser as build_serve_parser

    html = (site / "cli" / "index.html").read_text(encoding="utf-8")
    assert "<!-- cli-reference -->" not in html and "&lt;!-- cli-reference" not in html  # the marker was replaced
    for parser in (build_parser(), build_serve_parser()):
        for action in parser._actions:
            for option in action.option_strings:
                assert option in html, f"{parser.prog} {option} is missing from the CLI reference"
