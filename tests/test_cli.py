"""The command line: formats, exit codes, encodings and errors that name the file."""
import argparse
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from leakguard.cli import main

EXAMPLE = Path(__file__).resolve().parents[1] / "examples" / "chat_export.txt"


def run(argv, stdin_bytes=None):
    out, err = io.StringIO(), io.StringIO()
    stdin = None
    if stdin_bytes is not None:
        stdin = io.TextIOWrapper(io.BytesIO(stdin_bytes), encoding="utf-8")
    status = main(argv, stdout=out, stderr=err, stdin=stdin)
    return status, out.getvalue(), err.getvalue()


def test_example_lines_jsonl():
    status, out, _ = run(["--lines", "--format", "jsonl", str(EXAMPLE)])
    assert status == 1
    records = [json.loads(line) for line in out.splitlines()]
    assert {r["line"] for r in records} >= {3, 4, 5}
    first = records[0]
    assert set(first) == {"source", "line", "score", "action", "findings"}
    phones = [f for f in first["findings"] if f["category"] == "phone_number"]
    assert [f["value"] for f in phones] == ["+819012345678"]
    # The order number (line 7) and the postal code (line 6) are not reported.
    assert 7 not in {r["line"] for r in records if any(f["category"] == "phone_number" for f in r["findings"])}


def test_json_format_is_one_array(tmp_path):
    path = tmp_path / "m.txt"
    path.write_text("090-1234-5678\nこんにちは\n", encoding="utf-8")
    status, out, _ = run(["--lines", "--format", "json", "--all", str(path)])
    data = json.loads(out)
    assert [r["action"] for r in data] == ["block", "allow"]
    assert status == 1


def test_fail_on_levels(tmp_path):
    path = tmp_path / "m.txt"
    path.write_text("090-1234-5678", encoding="utf-8")
    assert run([str(path)])[0] == 1
    assert run(["--fail-on", "never", str(path)])[0] == 0
    clean = tmp_path / "c.txt"
    clean.write_text("よろしくお願いします。納期は12/31です。", encoding="utf-8")
    assert run([str(clean)])[0] == 0
    assert run(["--fail-on", "warn", str(clean)])[0] == 0


def test_hide_values(tmp_path):
    path = tmp_path / "m.txt"
    path.write_text("taro@gmail.com", encoding="utf-8")
    _, out, _ = run(["--format", "jsonl", "--hide-values", str(path)])
    assert "taro" not in out
    assert json.loads(out)["findings"][0]["category"] == "email_address"


@pytest.mark.parametrize("encoding", ["utf-8-sig", "cp932", "euc_jp"])
def test_japanese_encodings(tmp_path, encoding):
    path = tmp_path / f"m-{encoding}.txt"
    path.write_bytes("お電話は０９０ー１２３４ー５６７８までお願いします。".encode(encoding))
    status, out, err = run(["--format", "jsonl", str(path)])
    assert status == 1
    findings = json.loads(out)["findings"]
    assert [f["value"] for f in findings if f["category"] == "phone_number"] == ["+819012345678"]
    if encoding != "utf-8-sig":
        assert f"read as {encoding}" in err


def test_missing_and_binary_files_are_named_and_others_still_scanned(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text("090-1234-5678", encoding="utf-8")
    binary = tmp_path / "blob.bin"
    binary.write_bytes(bytes(range(256)) * 4)
    status, out, err = run(["--format", "jsonl", str(tmp_path / "nope.txt"), str(binary), str(good)])
    assert status == 2
    assert "nope.txt: no such file" in err
    assert "blob.bin" in err
    assert json.loads(out)["source"] == str(good)


def test_stdin():
    status, out, _ = run(["--format", "jsonl", "-"], stdin_bytes="taro@gmail.com\n".encode())
    assert status == 1
    assert json.loads(out)["source"] == "<stdin>"


def test_usage_error_exits_2():
    with pytest.raises(SystemExit) as exc:
        run(["--format", "xml", "x"])
    assert exc.value.code == 2


def test_python_dash_m_runs():
    proc = subprocess.run([sys.executable, "-m", "leakguard", "--lines", str(EXAMPLE)],
                          capture_output=True, text=True, timeout=60)
    assert proc.returncode == 1
    assert "phone_number" in proc.stdout


# -- the command line as detect-secrets users expect (issue #16, part 4) --------------------------

def test_only_and_skip_categories(tmp_path):
    path = tmp_path / "m.txt"
    path.write_text("電話は090-1234-5678、メールはtaro.yamada@gmail.comまで", encoding="utf-8")
    def categories(*flags):
        status, out, _ = run(["--format", "jsonl", "--all", *flags, str(path)])
        return status, sorted({f["category"] for f in json.loads(out)["findings"]})
    # 「…gmail.comまで」 invites contact on the address: external_contact:email beside it
    assert categories() == (1, ["email_address", "external_contact", "phone_number"])
    assert categories("--only", "email_address") == (1, ["email_address"])
    # (the invitation is a category of its own: skipping the identifiers leaves it, a warning: exit 0)
    assert categories("--skip", "phone_number,email_address") == (0, ["external_contact"])
    assert categories("--only", "phone_number", "--only", "email_address", "--skip", "email_address") == (1, ["phone_number"])
    with pytest.raises(SystemExit) as exc:
        run(["--only", "phone", str(path)])
    assert exc.value.code == 2


def test_every_option_has_help_with_its_default():
    from leakguard.cli import build_parser

    parser = build_parser()
    for action in parser._actions:
        if not action.option_strings or action.dest in ("help", "version"):
            continue
        assert action.help, action.dest
        assert "default" in action.help, f"{action.option_strings[0]} says no default"
    jsonl_field = next(a for a in parser._actions if "--jsonl-field" in a.option_strings)
    assert "(default: text)" in jsonl_field.help % {"default": jsonl_field.default}
    text = parser.format_help()
    assert "leakguard serve" in parser.format_usage() and "serve" in text
    # The serve command is the server's own parser, so the docs render every option of both.
    serve = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction)).choices["serve"]
    assert serve.prog == "leakguard serve" and "--port" in serve.format_help()


def test_usage_line_names_serve():
    with pytest.raises(SystemExit):
        main(["--help"], stdout=io.StringIO(), stderr=io.StringIO())
    proc = subprocess.run([sys.executable, "-m", "leakguard"], capture_output=True, text=True, timeout=60)
    assert proc.returncode == 2 and "leakguard serve" in proc.stderr


def test_summary_counts_singular_and_plural(tmp_path):
    path = tmp_path / "m.txt"
    path.write_text("090-1234-5678", encoding="utf-8")
    _, _, err = run([str(path)])
    assert "1 message in 1 input: 1 block" in err and "messages" not in err
    _, _, err = run(["--lines", str(path), str(path)])
    assert "2 messages in 2 inputs" in err


def test_sarif_hides_values_unless_asked(tmp_path):
    path = tmp_path / "m.txt"
    path.write_text("連絡は090-1234-5678かtaro.yamada@gmail.comへ", encoding="utf-8")
    hidden = run(["--format", "sarif", str(path)])[1]
    assert "090-1234-5678" not in hidden and "taro.yamada" not in hidden and "819012345678" not in hidden
    assert json.loads(hidden)["runs"][0]["results"]
    shown = run(["--format", "sarif", "--show-values", str(path)])[1]
    assert "090-1234-5678" in shown
    with pytest.raises(SystemExit):
        run(["--show-values", "--hide-values", str(path)])


def test_progress_line_counts_singular_and_plural():
    from leakguard.progress import Progress

    out = io.StringIO()
    ticks = iter([0.0, 1.0, 2.0])
    bar = Progress(out, None, clock=lambda: next(ticks))
    bar.update(1, 0)
    bar.update(2, 0)
    assert "1 message, 1/s" in out.getvalue() and "2 messages, 1/s" in out.getvalue()
