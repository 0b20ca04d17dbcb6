"""The command line on real corpora: folders, chat exports, masked copies, parallel runs, SARIF."""
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from leakguard.cli import main
from leakguard.corpus import allowed_ranges, lookup

PHONE = "090-1234-5678"


def run(argv, stdin_bytes=None):
    out, err = io.StringIO(), io.StringIO()
    stdin = io.TextIOWrapper(io.BytesIO(stdin_bytes), encoding="utf-8") if stdin_bytes is not None else None
    status = main(argv, stdout=out, stderr=err, stdin=stdin)
    return status, out.getvalue(), err.getvalue()


def jsonl(out):
    return [json.loads(line) for line in out.splitlines()]


@pytest.fixture
def tree(tmp_path):
    root = tmp_path / "corpus"
    (root / "docs" / "deep").mkdir(parents=True)
    (root / ".git").mkdir()
    (root / "docs" / "a.txt").write_text(f"はじめまして\n電話は{PHONE}です\n", encoding="utf-8")
    (root / "docs" / "deep" / "b.md").write_text("連絡はtaro.yamada@gmail.comまで\n", encoding="utf-8")
    (root / "docs" / "clean.txt").write_text("よろしくお願いします。\n", encoding="utf-8")
    (root / "notes.log").write_text(f"{PHONE}\n", encoding="utf-8")
    (root / "logo.png").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    (root / ".git" / "config").write_text(f"{PHONE}\n", encoding="utf-8")
    return root


def test_folder_is_walked_recursively_in_order_and_binaries_skipped(tree):
    status, out, err = run(["--format", "jsonl", str(tree)])
    assert status == 1
    sources = [Path(r["source"]).relative_to(tree).as_posix() for r in jsonl(out)]
    assert sources == ["docs/a.txt", "docs/deep/b.md", "notes.log"]  # sorted; .git and clean files absent
    assert "logo.png: binary file, skipped" in err
    assert "1 binary file skipped" in err
    assert "4 messages in 5 inputs" in err  # the summary counts what was scanned


@pytest.mark.parametrize("flags, expected", [
    (["--include", "*.md"], ["docs/deep/b.md"]),
    (["--include", "docs/*"], ["docs/a.txt", "docs/deep/b.md"]),
    (["--exclude", "*.log"], ["docs/a.txt", "docs/deep/b.md"]),
    (["--exclude", "deep/*", "--exclude", "docs/deep/*"], ["docs/a.txt", "notes.log"]),
    (["--include", "*.txt", "--exclude", "a.txt"], []),
])
def test_include_exclude_globs(tree, flags, expected):
    _, out, _ = run(["--format", "jsonl", *flags, str(tree)])
    assert [Path(r["source"]).relative_to(tree).as_posix() for r in jsonl(out)] == expected


def test_whole_file_text_output_names_the_line(tree):
    _, out, _ = run([str(tree / "docs" / "a.txt")])
    assert "(line 2)" in out


def test_jsonl_export_with_nested_field_and_id(tmp_path):
    export = tmp_path / "chat.jsonl"
    lines = [
        {"id": "m-1", "message": {"body": "はじめまして"}},
        {"id": "m-2", "message": {"body": f"電話は{PHONE}です"}},
        {"id": "m-3", "message": {"body": None}},
        {"id": "m-4", "message": {"body": 9012345678}},
        {"id": "m-5", "message": {"body": "LINEのIDはtaro_1234です"}},
    ]
    text = "\n".join(json.dumps(x, ensure_ascii=False) for x in lines[:2]) + "\n\n" + \
        "\n".join(json.dumps(x, ensure_ascii=False) for x in lines[2:]) + "\nnot json at all\n"
    export.write_text(text, encoding="utf-8")
    status, out, err = run(["--format", "jsonl", "--jsonl-field", "message.body", "--id-field", "id", str(export)])
    records = jsonl(out)
    assert [(r["line"], r["record"], r["id"]) for r in records] == [(2, 2, "m-2"), (6, 5, "m-5")]
    assert set(records[0]) == {"source", "line", "record", "id", "score", "action", "findings"}
    assert "chat.jsonl:7: record 6 is not JSON" in err
    assert "1 record without message text" in err
    assert status == 2  # the malformed line is an input error; the rest was still scanned


def test_jsonl_numbers_in_text_fields_are_scanned(tmp_path):
    export = tmp_path / "n.jsonl"
    export.write_text('{"text": 819012345678}\n{"text": "+81 90-1234-5678"}\n', encoding="utf-8")
    _, out, _ = run(["--format", "jsonl", "--all", str(export)])
    assert [r["record"] for r in jsonl(out)] == [1, 2]


def test_jsonl_from_stdin_with_input_format():
    data = "\n".join(json.dumps({"text": t}) for t in ["こんにちは", PHONE]).encode()
    status, out, _ = run(["--input-format", "jsonl", "--format", "jsonl", "-"], stdin_bytes=data)
    assert status == 1
    assert [(r["source"], r["record"]) for r in jsonl(out)] == [("<stdin>", 2)]


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "cp932"])
def test_csv_export(tmp_path, encoding):
    export = tmp_path / "chat.csv"
    rows = ["msg_id,sender,body", "1,client,はじめまして", f'2,worker,"電話は\n{PHONE}です"', "3,client,よろしく",
            "4,worker,メールはtaro.yamada@gmail.comへ"]
    export.write_bytes(("\r\n".join(rows) + "\r\n").encode(encoding))
    status, out, err = run(["--format", "jsonl", "--csv-column", "body", "--id-field", "msg_id", str(export)])
    assert status == 1
    records = jsonl(out)
    assert [(r["record"], r["id"], r["line"]) for r in records] == [(2, "2", 3), (4, "4", 6)]
    assert records[0]["findings"][0]["value"] == "+819012345678"


def test_csv_missing_column_is_an_error_naming_the_columns(tmp_path):
    export = tmp_path / "chat.csv"
    export.write_text("id,message\n1,hello\n", encoding="utf-8")
    status, _, err = run([str(export)])
    assert status == 2
    assert "no column 'text'" in err and "id, message" in err


def test_lookup_nested_and_literal_keys():
    record = {"message.body": "literal", "message": {"body": "nested"}, "items": [{"t": "first"}]}
    assert lookup(record, "message.body") == (True, "literal")
    assert lookup({"message": {"body": "nested"}}, "message.body") == (True, "nested")
    assert lookup(record, "items.0.t") == (True, "first")
    assert lookup(record, "items.5.t") == (False, None)
    assert lookup("not a dict", "text") == (False, None)


# -- masked copies --------------------------------------------------------------------------

def test_mask_single_file_keeps_encoding_and_newlines(tmp_path):
    src = tmp_path / "m.txt"
    original = f"お世話になります。\r\n電話は{PHONE}です。\r\nメールはtaro.yamada@gmail.comまで\r\n".encode("cp932")
    src.write_bytes(original)
    dest = tmp_path / "masked.txt"
    status, _, _ = run(["--lines", "--mask", str(dest), str(src)])
    assert status == 1
    assert src.read_bytes() == original  # the input is untouched
    masked = dest.read_bytes().decode("cp932")
    # (「…gmail.comまで」 invites contact on the address: --mask-spans all masks that phrase too)
    assert masked == "お世話になります。\r\n電話は［電話番号］です。\r\nメールは［メールアドレス］\r\n"


def test_mask_folder_mirrors_and_never_writes_inside_inputs(tree, tmp_path):
    dest = tmp_path / "masked"
    status, _, err = run(["--mask", str(dest), "--quiet", str(tree)])
    assert status == 1
    written = sorted(p.relative_to(dest).as_posix() for p in dest.rglob("*") if p.is_file())
    assert written == ["docs/a.txt", "docs/clean.txt", "docs/deep/b.md", "notes.log"]
    assert (dest / "docs" / "a.txt").read_text(encoding="utf-8") == "はじめまして\n電話は［電話番号］です\n"
    assert PHONE in (tree / "docs" / "a.txt").read_text(encoding="utf-8")
    assert not list(dest.rglob(".leakguard-*"))  # no temporary files left behind


def test_mask_inside_the_scanned_folder_is_not_rescanned(tree):
    dest = tree / "masked"
    status, out, _ = run(["--format", "jsonl", "--mask", str(dest), str(tree)])
    assert status == 1
    assert not any("masked" in r["source"] for r in jsonl(out))
    status, out, _ = run(["--format", "jsonl", "--exclude", "masked/*", str(tree)])
    assert len(jsonl(out)) == 3


@pytest.mark.parametrize("how", ["same", "dotdot", "mirror"])
def test_mask_refuses_to_overwrite_an_input(tmp_path, how):
    src = tmp_path / "a.txt"
    src.write_text(PHONE, encoding="utf-8")
    if how == "same":
        argv = ["--mask", str(src), str(src)]
    elif how == "dotdot":
        argv = ["--mask", str(tmp_path / "x" / ".." / "a.txt"), str(src)]
    else:
        argv = ["--mask", str(tmp_path), str(src)]
    status, _, err = run(argv)
    assert status == 2 and "overwrite the input" in err
    assert src.read_text(encoding="utf-8") == PHONE


def test_mask_and_in_place_are_exclusive(tmp_path):
    with pytest.raises(SystemExit) as exc:
        run(["--mask", str(tmp_path / "o"), "--in-place", str(tmp_path)])
    assert exc.value.code == 2


def test_in_place_rewrites_only_files_with_findings(tree):
    clean = tree / "docs" / "clean.txt"
    before = clean.stat().st_mtime_ns
    os.chmod(tree / "docs" / "a.txt", 0o640)
    status, _, err = run(["--in-place", str(tree)])
    assert status == 1
    assert (tree / "docs" / "a.txt").read_text(encoding="utf-8") == "はじめまして\n電話は［電話番号］です\n"
    assert oct((tree / "docs" / "a.txt").stat().st_mode & 0o777) == "0o640"
    assert clean.stat().st_mtime_ns == before
    assert "masked files written" in err
    # Run again: nothing left to find.
    assert run(["--in-place", str(tree / "docs")])[0] == 0


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "euc_jp", "utf-16"])
def test_in_place_keeps_encoding(tmp_path, encoding):
    src = tmp_path / "m.txt"
    # A number only stated: with the default --mask-spans all, an invitation (「…へ。」) would be
    # masked with its particle, and this test is about the bytes around the value.
    src.write_bytes(f"電話は{PHONE}です。\n".encode(encoding))
    assert run(["--in-place", str(src)])[0] == 1
    assert src.read_bytes() == "電話は［電話番号］です。\n".encode(encoding)


def test_in_place_refuses_stdin():
    status, _, err = run(["--in-place", "-"], stdin_bytes=PHONE.encode())
    assert status == 2 and "stdin" in err


def test_mask_jsonl_rewrites_only_flagged_records(tmp_path):
    export = tmp_path / "chat.jsonl"
    first = '{"id": 1,   "message": {"body": "こんにちは"}}'  # odd spacing survives
    export.write_text(first + "\n\n" + json.dumps({"id": 2, "message": {"body": f"{PHONE}まで"}}) + "\n",
                      encoding="utf-8")
    dest = tmp_path / "masked.jsonl"
    run(["--jsonl-field", "message.body", "--mask", str(dest), str(export)])
    lines = dest.read_text(encoding="utf-8").split("\n")
    assert lines[0] == first and lines[1] == "" and lines[3] == ""
    # (「090-…まで」 invites a call: --mask-spans all masks the phrase, 「まで」 with it)
    assert json.loads(lines[2]) == {"id": 2, "message": {"body": "［電話番号］"}}


def test_mask_csv(tmp_path):
    export = tmp_path / "chat.csv"
    export.write_text(f'id,text\n1,"電話は{PHONE}, よろしく"\n2,こんにちは\n', encoding="utf-8")
    dest = tmp_path / "masked.csv"
    run(["--mask", str(dest), str(export)])
    assert dest.read_text(encoding="utf-8") == 'id,text\n1,"電話は［電話番号］, よろしく"\n2,こんにちは\n'


# -- pragma -----------------------------------------------------------------------------------

@pytest.mark.parametrize("line, allowed", [
    (f"電話: {PHONE}  <!-- leakguard: allow -->", True),
    (f"{PHONE} # LeakGuard:allow", True),
    (f"{PHONE} // leakguard:  allow", True),
    (f"{PHONE} # leakguard: allowed", False),
    (f"{PHONE} # leakguard: allow-list", False),
    (f"{PHONE} # leakguard allow", False),
])
def test_allow_pragma(tmp_path, line, allowed):
    doc = tmp_path / "doc.md"
    doc.write_text(f"# 連絡先の書き方\n{line}\n", encoding="utf-8")
    status, out, err = run(["--format", "jsonl", str(doc)])
    assert status == (0 if allowed else 1)
    assert ("allowed by `leakguard: allow`" in err) == allowed


def test_pragma_covers_only_its_own_line(tmp_path):
    doc = tmp_path / "doc.md"
    doc.write_text(f"例: 03-1234-5678 # leakguard: allow\n本物: {PHONE}\n", encoding="utf-8")
    status, out, _ = run(["--format", "jsonl", str(doc)])
    assert status == 1
    assert [f["text"] for f in jsonl(out)[0]["findings"] if f["category"] == "phone_number"] == [PHONE]
    assert run(["--format", "jsonl", "--no-allow-pragma", str(tmp_path / "doc.md")])[0] == 1


def test_pragma_is_not_honoured_inside_chat_records(tmp_path):
    export = tmp_path / "chat.jsonl"
    export.write_text(json.dumps({"text": f"{PHONE} leakguard: allow"}) + "\n", encoding="utf-8")
    assert run([str(export)])[0] == 1


def test_allowed_ranges_line_bounds():
    text = "a\r\nb leakguard: allow\nc"
    assert [text[a:b] for a, b in allowed_ranges(text)] == ["b leakguard: allow"]


# -- policy, stage, jobs, formats ----------------------------------------------------------------

def test_stage_and_policy_flags(tmp_path):
    msg = tmp_path / "m.txt"
    msg.write_text("チャットワークで続きをやりとりしましょう", encoding="utf-8")
    early = jsonl(run(["--format", "jsonl", "--fail-on", "never", "--stage", "before_contract", str(msg)])[1])[0]
    late = jsonl(run(["--format", "jsonl", "--fail-on", "never", "--stage", "completed", "--all", str(msg)])[1])[0]
    assert early["action"] == "block" and late["action"] in ("allow", "warn")
    policy = tmp_path / "p.toml"
    policy.write_text('extends = "strict"\n[actions]\nexternal_contact = "allow"\n', encoding="utf-8")
    relaxed = run(["--format", "jsonl", "--all", "--policy", str(policy), str(msg)])
    assert jsonl(relaxed[1])[0]["action"] == "allow" and relaxed[0] == 0
    assert run(["--policy", "strict", str(msg)])[0] in (0, 1)


def test_bad_policy_file_is_a_usage_error(tmp_path):
    bad = tmp_path / "bad.toml"
    bad.write_text("[actions]\nphone_number = 'explode'\n", encoding="utf-8")
    status, _, err = run(["--policy", str(bad), str(bad)])
    assert status == 2 and "bad.toml" in err and "phone_number" in err


def test_jobs_give_the_same_output_in_input_order(tmp_path):
    export = tmp_path / "many.jsonl"
    texts = [f"メッセージ{i}です" if i % 7 else f"{i:04d}番: 電話は090-{1000 + i % 9000:04d}-{i % 10000:04d}" for i in range(3000)]
    export.write_text("\n".join(json.dumps({"text": t, "n": i}, ensure_ascii=False) for i, t in enumerate(texts)) + "\n",
                      encoding="utf-8")
    serial = run(["--format", "jsonl", "--id-field", "n", "--jobs", "1", str(export)])
    parallel = run(["--format", "jsonl", "--id-field", "n", "--jobs", "2", str(export)])
    assert serial[1] == parallel[1] and serial[0] == parallel[0] == 1
    ids = [int(r["id"]) for r in jsonl(serial[1])]
    assert ids == sorted(ids) and len(ids) >= 400


def test_json_format_streams_the_same_document_as_json_dump(tree):
    _, out, _ = run(["--format", "json", "--all", str(tree)])
    data = json.loads(out)
    assert out == json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    assert run(["--format", "json", str(tree / "docs" / "clean.txt")])[1] == "[]\n"


def test_hide_values_everywhere(tree):
    for fmt in ("text", "jsonl", "json", "sarif", "html"):
        _, out, _ = run(["--format", fmt, "--hide-values", str(tree)])
        assert PHONE not in out and "taro.yamada" not in out, fmt


def test_sarif(tree):
    status, out, _ = run(["--format", "sarif", str(tree)])
    assert status == 1
    log = json.loads(out)
    assert log["version"] == "2.1.0" and log["$schema"].endswith("sarif-2.1.0.json")
    run_ = log["runs"][0]
    rules = [r["id"] for r in run_["tool"]["driver"]["rules"]]
    assert rules == ["phone_number", "email_address", "line_id", "external_contact", "off_platform_payment"]
    results = run_["results"]
    by_file = {Path(r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]).name: r for r in results
               if r["ruleId"] == "phone_number"}
    region = by_file["a.txt"]["locations"][0]["physicalLocation"]["region"]
    assert region == {"startLine": 2, "startColumn": 4, "endLine": 2, "endColumn": 17}
    assert by_file["a.txt"]["level"] == "error"
    assert all(rules[r["ruleIndex"]] == r["ruleId"] for r in results)
    assert run_["invocations"][0]["executionSuccessful"] is True


def test_sarif_empty_and_records(tmp_path):
    clean = tmp_path / "c.txt"
    clean.write_text("よろしく", encoding="utf-8")
    assert json.loads(run(["--format", "sarif", str(clean)])[1])["runs"][0]["results"] == []
    export = tmp_path / "e.jsonl"
    export.write_text('{"text": "hi"}\n{"text": "090-1234-5678", "id": "x"}\n', encoding="utf-8")
    result = json.loads(run(["--format", "sarif", "--id-field", "id", str(export)])[1])["runs"][0]["results"][0]
    assert result["locations"][0]["physicalLocation"]["region"] == {"startLine": 2}
    assert result["properties"]["record"] == 2 and result["properties"]["id"] == "x"


def test_quiet_and_summary(tree):
    _, _, err = run(["--quiet", str(tree)])
    assert err == ""
    _, _, err = run([str(tree)])
    # (「連絡はtaro.yamada@gmail.comまで」 also invites contact on the address)
    assert "findings: email_address 1, external_contact 1, phone_number 2" in err.splitlines()[-1]


def test_progress_bar_only_on_a_terminal(tmp_path):
    """Under a pseudo-terminal the bar is drawn on stderr; piped, it is not."""
    import pty

    export = tmp_path / "p.jsonl"
    export.write_text("\n".join(json.dumps({"text": f"メッセージ{i}"}, ensure_ascii=False) for i in range(30000)),
                      encoding="utf-8")
    piped = subprocess.run([sys.executable, "-m", "leakguard", "--jobs", "1", str(export)],
                           capture_output=True, text=True, timeout=120)
    assert "messages," not in piped.stderr and piped.returncode == 0
    leader, follower = pty.openpty()
    proc = subprocess.Popen([sys.executable, "-m", "leakguard", "--jobs", "1", str(export)],
                            stdout=subprocess.DEVNULL, stderr=follower)
    os.close(follower)
    seen = b""
    while True:
        try:
            chunk = os.read(leader, 4096)
        except OSError:
            break
        if not chunk:
            break
        seen += chunk
    proc.wait(120)
    os.close(leader)
    assert b"\r" in seen and b"messages," in seen and b"30,000 messages in 1 input" in seen


# -- gates that must not pass without scanning (issue #12, item 5) ------------------------------

def test_jsonl_without_the_field_is_an_error_naming_the_field_and_keys(tmp_path):
    export = tmp_path / "chat.jsonl"
    export.write_text('{"id": 1, "body": "090-1234-5678"}\n{"id": 2, "body": "hi"}\n', encoding="utf-8")
    status, out, err = run(["--format", "jsonl", str(export)])
    assert status == 2 and out == ""
    assert "chat.jsonl: no record has the field 'text' (keys: id, body); choose one with --jsonl-field" in err
    assert run(["--jsonl-field", "body", str(export)])[0] == 1
    # A file where some records have the field is read as before: the others are counted.
    export.write_text('{"id": 1, "text": "こんにちは"}\n{"id": 2, "event": "join"}\n', encoding="utf-8")
    status, _, err = run([str(export)])
    assert status == 0 and "1 record without message text" in err


def test_hide_values_hides_names_in_error_messages(tmp_path):
    export = tmp_path / "chat.csv"
    export.write_text(f"{PHONE},taro.yamada@gmail.com\n03-1111-2222,hanako@example.jp\n", encoding="utf-8")
    status, _, err = run(["--hide-values", str(export)])
    assert status == 2 and "no column 'text' (2 columns; names not shown with --hide-values)" in err
    assert PHONE not in err and "taro" not in err
    assert PHONE in run([str(export)])[2]  # without the flag the columns are named, as they help
    records = tmp_path / "chat.jsonl"
    records.write_text(json.dumps({PHONE: "x", "text": "a", "taro@gmail.com": 1}) + "\n"
                       + '{"text": "b", "090-9999-8888": 1, "090-9999-8888": 2}\n', encoding="utf-8")
    records2 = tmp_path / "other.jsonl"
    records2.write_text(json.dumps({PHONE: "x"}) + "\n", encoding="utf-8")
    status, _, err = run(["--hide-values", str(records), str(records2)])
    assert status == 2 and "has a key twice" in err and "1 key; names not shown" in err
    assert "090" not in err and "taro" not in err


def _no_number_anywhere(folder: Path) -> None:
    for path in folder.rglob("*"):
        if path.is_file():
            text = path.read_text(encoding="utf-8")
            assert PHONE not in text and "9012345678" not in text and "1234-5678" not in text, path


@pytest.mark.parametrize("bad_line", [
    '{"text": "電話は090-1234-5678',  # truncated
    '{"text": ["090-1234-5678"]}',  # a list where the text should be
    '{"text": "090-1234-5678", "text": "こんにちは"}',  # the scanned value is the last one
    '{"text": "hi", "meta": {"n": 9012345678, "n": 1}}',  # a key twice anywhere
])
def test_mask_never_copies_an_unread_record(tmp_path, bad_line):
    export = tmp_path / "in" / "chat.jsonl"
    export.parent.mkdir()
    export.write_text('{"text": "こんにちは"}\n' + bad_line + "\n", encoding="utf-8")
    dest = tmp_path / "masked"
    status, _, err = run(["--mask", str(dest), str(export.parent)])
    assert status == 2
    assert f"{export}: masked copy not written: line 2 could not be read" in err
    assert "0 masked files written; 1 masked copy not written" in err
    assert not list(dest.rglob("*.jsonl"))
    _no_number_anywhere(dest) if dest.exists() else None


def test_mask_masks_records_without_message_text(tmp_path):
    export = tmp_path / "chat.jsonl"
    export.write_text('{"text": "こんにちは"}\n{"event": "profile", "phone": 9012345678, "note": "携帯 090-1234-5678"}\n'
                      '{"text": null, "from": "taro.yamada@gmail.com"}\n', encoding="utf-8")
    dest = tmp_path / "out" / "masked.jsonl"
    status, _, err = run(["--mask", str(dest), str(export)])
    assert status == 0, err
    lines = dest.read_text(encoding="utf-8").splitlines()
    assert lines[0] == '{"text": "こんにちは"}'
    assert json.loads(lines[1])["note"] == "携帯 ［電話番号］" and "9012345678" not in lines[1]
    assert "taro" not in lines[2] and json.loads(lines[2])["text"] is None
    _no_number_anywhere(dest.parent)
    export.write_text(f"id,text\n1,こんにちは\n2\n{PHONE}\n", encoding="utf-8")  # short rows: no text column
    csv_out = tmp_path / "masked.csv"
    run(["--input-format", "csv", "--mask", str(csv_out), str(export)])
    assert csv_out.read_text(encoding="utf-8") == "id,text\n1,こんにちは\n2\n［電話番号］\n"


def test_in_place_on_a_symlink_masks_the_file_it_points_to(tmp_path):
    real = tmp_path / "real.txt"
    real.write_text(f"電話は{PHONE}です\n", encoding="utf-8")
    link = tmp_path / "link.txt"
    link.symlink_to(real)
    status, _, err = run(["--in-place", str(link)])
    assert status == 1, err
    assert link.is_symlink() and os.readlink(link) == str(real)
    assert real.read_text(encoding="utf-8") == "電話は［電話番号］です\n"
    # The link and its target in one folder: rewritten once, no error.
    real.write_text(f"電話は{PHONE}です\n", encoding="utf-8")
    status, _, err = run(["--in-place", str(tmp_path)])
    assert status == 1 and "rewritten once" in err and "1 masked file written" in err
    assert real.read_text(encoding="utf-8") == "電話は［電話番号］です\n" and link.is_symlink()


def test_in_place_refuses_a_file_with_hard_links(tmp_path):
    first = tmp_path / "a.txt"
    first.write_text(f"電話は{PHONE}です\n", encoding="utf-8")
    second = tmp_path / "b.txt"
    os.link(first, second)
    status, _, err = run(["--in-place", str(first)])
    assert status == 2 and "a.txt: not rewritten in place: it has 2 hard links" in err
    assert "0 masked files written" in err
    assert first.read_text(encoding="utf-8") == second.read_text(encoding="utf-8") == f"電話は{PHONE}です\n"
    assert os.stat(first).st_ino == os.stat(second).st_ino


def test_unreadable_input_names_the_file_and_the_reason(tmp_path):
    dangling = tmp_path / "gone.txt"
    dangling.symlink_to(tmp_path / "missing.txt")
    status, _, err = run(["--in-place", str(dangling)])
    assert status == 2 and f"{dangling}: no such file" in err


# -- the masking choices of leakguard.mask() on the command line (issue #16.3) -----------------

def test_mask_operators_and_spans(tmp_path, monkeypatch):
    src = tmp_path / "chat.jsonl"
    src.write_text("\n".join(json.dumps({"text": t}, ensure_ascii=False) for t in [
        f"電話は{PHONE}です", "LINEで話しませんか", f"もう一度 {PHONE} と 080-9876-5432"]) + "\n", encoding="utf-8")

    def masked(*flags):
        dest = tmp_path / "out.jsonl"
        status, _, err = run(["--fail-on", "never", "--mask", str(dest), *flags, str(src)])
        assert status == 0, err
        return [json.loads(line)["text"] for line in dest.read_text(encoding="utf-8").splitlines()]

    assert masked()[0] == "電話は［電話番号］です"
    assert masked("--mask-operator", "partial")[0] == "電話は***-****-**78です"
    assert masked("--mask-operator", "redact")[0] == "電話はです"
    first, _, third = masked("--mask-operator", "pseudonym")
    assert first == "電話は［電話番号1］です" and third == "もう一度 ［電話番号1］ と ［電話番号2］"  # numbered per file
    assert masked("--mask-spans", "identifiers")[1] == "LINEで話しませんか"  # the invitation stays
    assert masked("--mask-spans", "all")[1] != "LINEで話しませんか"
    monkeypatch.delenv("LEAKGUARD_MASK_SALT", raising=False)
    status, _, err = run(["--mask", str(tmp_path / "h.jsonl"), "--mask-operator", "hash", str(src)])
    assert status == 2 and "LEAKGUARD_MASK_SALT" in err and not (tmp_path / "h.jsonl").exists()
    monkeypatch.setenv("LEAKGUARD_MASK_SALT", "team secret")
    hashed = masked("--mask-operator", "hash")
    assert hashed[0].startswith("電話は［電話番号:") and PHONE not in "".join(hashed)
    assert hashed[0][3:-2] == hashed[2].split(" ")[1]  # equal values, equal hashes


def test_in_place_with_an_operator(tmp_path):
    src = tmp_path / "m.txt"
    src.write_text(f"ご連絡は{PHONE}へ。\nLINEで話しませんか\n", encoding="utf-8")
    assert run(["--in-place", "--mask-operator", "partial", "--mask-spans", "identifiers", str(src)])[0] == 1
    assert src.read_text(encoding="utf-8") == "ご連絡は***-****-**78へ。\nLINEで話しませんか\n"
    before = src.stat().st_mtime_ns
    run(["--in-place", "--mask-spans", "identifiers", str(src)])  # nothing left to mask: not rewritten
    assert src.stat().st_mtime_ns == before
