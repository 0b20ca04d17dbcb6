"""The command line: formats, exit codes, encodings and errors that name the file."""
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
