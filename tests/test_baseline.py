"""--baseline / --write-baseline / --update-baseline: accept known findings, fail only on new ones."""
import io
import json

import pytest

from leakguard.baseline import KEY_VARIABLE, Baseline, BaselineError, file_key
from leakguard.cli import main
from leakguard.model import Finding

PHONE = "090-1234-5678"
OTHER = "080-9876-5432"


def run(argv):
    out, err = io.StringIO(), io.StringIO()
    status = main(argv, stdout=out, stderr=err)
    return status, out.getvalue(), err.getvalue()


@pytest.fixture
def repo(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv(KEY_VARIABLE, raising=False)
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "contact.md").write_text(f"# 連絡先\n担当: {PHONE}\n", encoding="utf-8")
    (tmp_path / "docs" / "clean.md").write_text("よろしくお願いします。\n", encoding="utf-8")
    return tmp_path


def test_write_then_compare_fails_only_on_new_findings(repo):
    status, _, err = run(["--write-baseline", ".leakguard-baseline", "docs"])
    assert status == 0 and "baseline written with 1 entry" in err
    data = json.loads((repo / ".leakguard-baseline").read_text(encoding="utf-8"))
    assert data["leakguard_baseline"] == 1 and data["hash"] == "hmac-sha256"
    assert [(e["category"], e["file"], e["count"]) for e in data["findings"]] == [("phone_number", "docs/contact.md", 1)]
    stored = (repo / ".leakguard-baseline").read_text(encoding="utf-8")
    assert PHONE not in stored and "9012345678" not in stored  # never the plain value

    status, out, err = run(["--baseline", ".leakguard-baseline", "docs"])
    assert status == 0 and out == "" and "1 finding known from the baseline" in err
    # Lines added above the finding: still known (identity has no line number).
    (repo / "docs" / "contact.md").write_text(f"# 連絡先\n\n前置き\n担当: {PHONE}\n", encoding="utf-8")
    assert run(["--baseline", ".leakguard-baseline", "docs"])[0] == 0
    # A new number fails and is the only one reported.
    (repo / "docs" / "contact.md").write_text(f"担当: {PHONE}\n代表: {OTHER}\n", encoding="utf-8")
    status, out, _ = run(["--format", "jsonl", "--baseline", ".leakguard-baseline", "docs"])
    assert status == 1
    assert [f["text"] for f in json.loads(out)["findings"]] == [OTHER]
    # The same number a second time in the file is new too; in another file it is new as well.
    (repo / "docs" / "contact.md").write_text(f"担当: {PHONE}\n再掲: {PHONE}\n", encoding="utf-8")
    assert run(["--baseline", ".leakguard-baseline", "docs"])[0] == 1
    (repo / "docs" / "contact.md").write_text(f"担当: {PHONE}\n", encoding="utf-8")
    (repo / "docs" / "clean.md").write_text(f"担当: {PHONE}\n", encoding="utf-8")
    assert run(["--baseline", ".leakguard-baseline", "docs"])[0] == 1


def test_identity_is_the_normalized_value(repo):
    run(["--write-baseline", "b.json", "docs"])
    (repo / "docs" / "contact.md").write_text("担当: ０９０ー１２３４ー５６７８\n", encoding="utf-8")  # full width
    assert run(["--baseline", "b.json", "docs"])[0] == 0


def test_update_baseline_accepts_new_findings_but_reports_them_once(repo):
    run(["--write-baseline", "b.json", "docs"])
    salt = json.loads((repo / "b.json").read_text(encoding="utf-8"))["salt"]
    (repo / "docs" / "clean.md").write_text(f"{OTHER}\n", encoding="utf-8")
    (repo / "other.txt").write_text(f"{OTHER}\n", encoding="utf-8")
    run(["--write-baseline", "b.json", "docs", "other.txt"])  # other.txt's entry, then dropped below
    status, _, err = run(["--baseline", "b.json", "--update-baseline", "docs"])
    assert status == 0
    (repo / "docs" / "contact.md").write_text("なし\n", encoding="utf-8")
    (repo / "docs" / "clean.md").write_text(f"{OTHER}\n{PHONE}\n", encoding="utf-8")
    status, _, err = run(["--baseline", "b.json", "--update-baseline", "docs"])
    assert status == 1 and "baseline written with 3 entries" in err  # new finding reported once
    assert run(["--baseline", "b.json", "docs"])[0] == 0  # then accepted
    data = json.loads((repo / "b.json").read_text(encoding="utf-8"))
    assert data["salt"] == salt  # kept: a review diff shows only what changed
    # Entries of files this run did not scan (other.txt) are kept; contact.md's are gone.
    assert sorted((e["file"], e["count"]) for e in data["findings"]) == [
        ("docs/clean.md", 1), ("docs/clean.md", 1), ("other.txt", 1)]


def test_keyed_baseline_needs_the_key(repo, monkeypatch):
    monkeypatch.setenv(KEY_VARIABLE, "s3cret")
    run(["--write-baseline", "b.json", "docs"])
    assert json.loads((repo / "b.json").read_text(encoding="utf-8"))["keyed"] is True
    assert run(["--baseline", "b.json", "docs"])[0] == 0
    monkeypatch.setenv(KEY_VARIABLE, "wrong")
    status, _, err = run(["--baseline", "b.json", "docs"])
    assert status == 2 and "the key does not match" in err
    monkeypatch.delenv(KEY_VARIABLE)
    status, _, err = run(["--baseline", "b.json", "docs"])
    assert status == 2 and f"set {KEY_VARIABLE}" in err


@pytest.mark.parametrize("content, message", [
    (None, "no such baseline; write one with --write-baseline"),
    ("not json", "not JSON"),
    ('{"findings": []}', "not a leakguard baseline"),
    ('{"leakguard_baseline": 1, "salt": "zz", "findings": []}', "malformed baseline"),
])
def test_bad_baseline_files_are_usage_errors(repo, content, message):
    if content is not None:
        (repo / "b.json").write_text(content, encoding="utf-8")
    status, out, err = run(["--baseline", "b.json", "docs"])
    assert status == 2 and out == "" and "b.json" in err and message in err


def test_update_needs_a_baseline(repo):
    status, _, err = run(["--update-baseline", "docs"])
    assert status == 2 and "--baseline FILE" in err


def test_identity_ignores_position_and_the_salt_separates_baselines():
    a, b = Baseline.create(), Baseline.create()
    f1 = Finding("phone_number", 3, 16, PHONE, "+819012345678", 0.9, "r")
    f2 = Finding("phone_number", 40, 53, "090 1234 5678", "+819012345678", 0.9, "r")
    assert a.identity(f1, "x.md") == a.identity(f2, "x.md") != a.identity(f1, "y.md")
    assert a.identity(f1, "x.md") != b.identity(f1, "x.md")


def test_file_key_is_relative_and_posix(repo):
    assert file_key(str(repo / "docs" / "a.md")) == "docs/a.md"
    assert file_key("./docs/../docs/a.md") == "docs/a.md"
    assert file_key("-") == "<stdin>"


def test_load_rejects_wrong_types(tmp_path):
    path = tmp_path / "b.json"
    path.write_text('{"leakguard_baseline": 1, "salt": "00", "findings": 3}', encoding="utf-8")
    with pytest.raises(BaselineError, match="malformed"):
        Baseline.load(str(path))


def test_the_baseline_is_never_an_input(repo):
    assert run(["--write-baseline", "docs/b.json", "docs"])[0] == 0
    status, out, _ = run(["--format", "jsonl", "--all", "--baseline", "docs/b.json", "docs"])
    assert status == 0 and "b.json" not in out  # skipped in the folder, like a --mask folder
    before = (repo / "docs" / "contact.md").read_bytes()
    status, _, err = run(["--write-baseline", "docs/contact.md", "docs/contact.md"])
    assert status == 2 and "would overwrite it" in err
    assert (repo / "docs" / "contact.md").read_bytes() == before
