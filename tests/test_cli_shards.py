"""A big JSONL file is scanned in byte-range shards (shards.py): with small shards forced, every
output format, error, count and exit status of ``--jobs 2`` is byte for byte that of ``--jobs 1``."""
import io
import json
import random

import pytest

from leakguard import shards
from leakguard.cli import main

TEXTS = [
    "はじめまして、ご依頼内容を拝見しました。", "急ぎの場合は090-1234-5678までお電話ください。",
    "資料は taro.yamada@example.com に送ってください", "手数料がもったいないので直接銀行振込でお願いできますか",
    "LINEのIDはyamada_77です、追加してください。", "よろしくお願いいたします。", "納期は5日ほどです。",
]
SHARD = 700  # bytes: the files below make 10-40 shards


def _lines(count: int, seed: int = 5) -> list[str]:
    """Records with ids in order, a few bad ones (not JSON, a key twice, a list, no text) and blank lines."""
    rng = random.Random(seed)
    lines = []
    for i in range(count):
        roll = rng.random()
        if roll < 0.04:
            lines.append('{"id": "m%d", "text": ' % i)
        elif roll < 0.06:
            lines.append('{"id": "m%d", "text": "a", "text": "b"}' % i)
        elif roll < 0.07:
            lines.append(json.dumps({"id": f"m{i}", "text": ["090-1234-5678"]}))
        elif roll < 0.09:
            lines.append(json.dumps({"id": f"m{i}", "body": "x"}))
        elif roll < 0.11:
            lines.append("  ")
        else:
            lines.append(json.dumps({"id": f"m{i}", "text": f"{i}: {rng.choice(TEXTS)}"}, ensure_ascii=False))
    return lines


def _run(argv):
    out, err = io.StringIO(), io.StringIO()
    status = main(argv, stdout=out, stderr=err)
    return status, out.getvalue(), err.getvalue()


@pytest.fixture()
def counted(monkeypatch):
    """Small shards, and how many each run cut (zero: the file was not sharded)."""
    monkeypatch.setenv(shards._SHARD_VARIABLE, str(SHARD))
    cuts = []
    original = shards._ranges

    def ranges(path, step):
        for r in original(path, step):
            cuts.append(r)
            yield r

    monkeypatch.setattr(shards, "_ranges", ranges)
    return cuts


def _same(path, counted, *options):
    one = _run([*options, "--jobs", "1", str(path)])
    assert not counted
    two = _run([*options, "--jobs", "2", str(path)])
    assert len(counted) > 3, "the file was not cut into shards"
    counted.clear()
    assert two == one
    return one


@pytest.fixture(scope="module")
def chat(tmp_path_factory):
    path = tmp_path_factory.mktemp("shards") / "chat.jsonl"
    path.write_text("\n".join(_lines(400)) + "\n", encoding="utf-8")
    return path


@pytest.mark.parametrize("fmt", ["text", "jsonl", "json", "html", "sarif"])
def test_every_format_is_the_one_process_output(chat, counted, fmt):
    status, out, err = _same(chat, counted, "--format", fmt, "--id-field", "id")
    assert status == 2  # the bad records
    assert out.count("090-1234-5678") > 3 or fmt == "sarif"
    assert "is not JSON" in err and "more errors; only the first 10 are shown" in err


def test_all_messages_come_in_input_order(chat, counted):
    _, out, _ = _same(chat, counted, "--format", "jsonl", "--all", "--id-field", "id", "--hide-values")
    records = [json.loads(line) for line in out.splitlines()]
    expected = [i for i, line in enumerate(_lines(400)) if line.strip() and line.endswith('"}')
                and '"text": "' in line and line.count('"text"') == 1]
    assert [r["id"] for r in records] == [f"m{i}" for i in expected]
    assert [r["line"] for r in records] == [i + 1 for i in expected]
    assert [r["record"] for r in records] == sorted({r["record"] for r in records})


def test_only_and_the_baseline_as_in_one_process(chat, counted, tmp_path):
    _same(chat, counted, "--format", "jsonl", "--only", "phone_number", "--fail-on", "warn")
    one, two = tmp_path / "one.json", tmp_path / "two.json"
    _run(["--write-baseline", str(one), "--jobs", "1", str(chat)])
    _run(["--write-baseline", str(two), "--jobs", "2", str(chat)])
    assert counted
    counted.clear()
    # (a baseline's hashes are salted afresh for each file: the files differ, what they hold does not)
    assert _run(["--baseline", str(two), "--jobs", "1", str(chat)])[1] == ""
    status, out, err = _same(chat, counted, "--baseline", str(one), "--format", "json")
    assert json.loads(out) == [] and "known from the baseline" in err


def test_an_error_in_a_later_shard_names_the_file_and_line(tmp_path, counted):
    lines = [json.dumps({"text": f"{i}: 納期は5日ほどです。"}, ensure_ascii=False) for i in range(300)]
    lines[250] = '{"text": "090-1234-5678"'
    path = tmp_path / "late.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    status, _, err = _same(path, counted)
    assert status == 2
    assert f"{path}:251: record 251 is not JSON" in err


def test_crlf_cp932_and_no_final_newline(tmp_path, counted):
    text = "\r\n".join(_lines(300, seed=9))
    for name, encoding in (("crlf.jsonl", "utf-8"), ("sjis.jsonl", "cp932"), ("bom.jsonl", "utf-8-sig")):
        path = tmp_path / name
        path.write_bytes(text.replace('"text": "', '"text": "お電話は').encode(encoding) if encoding == "cp932"
                         else text.encode(encoding))
        for fmt in ("jsonl", "text"):
            _, out, err = _same(path, counted, "--format", fmt, "--all")
            assert out.count("\n") > 200
        assert ("read as cp932" in err) == (encoding == "cp932")


def test_a_line_longer_than_a_shard(tmp_path, counted):
    lines = _lines(200, seed=11)
    lines[120] = json.dumps({"id": "long", "text": "納期の相談です。" * 300 + "090-1234-5678"}, ensure_ascii=False)
    path = tmp_path / "long.jsonl"
    path.write_text("\n".join(lines), encoding="utf-8")
    _, out, _ = _same(path, counted, "--format", "jsonl", "--id-field", "id")
    assert '"id": "long"' in out
    assert any(end - start > 3 * SHARD for start, end in shards._ranges(str(path), SHARD))


def test_no_record_with_the_field_across_shards(tmp_path, counted):
    path = tmp_path / "nofield.jsonl"
    path.write_text("\n".join(json.dumps({"id": i, f"k{i % 30}": "x"}) for i in range(300)), encoding="utf-8")
    status, _, err = _same(path, counted)
    assert status == 2 and "no record has the field 'text' (keys: id, k0, k1," in err and "k18);" in err


def test_undecodable_bytes_in_a_later_shard_skip_the_rest(tmp_path, counted, monkeypatch):
    # past the first 64 KiB, from which the encoding is judged
    lines = [json.dumps({"text": f"{i}: 090-1234-5678"}).encode() for i in range(3000)]
    lines[2500] = b'{"text": "\xff\xfe"}'
    path = tmp_path / "bad.jsonl"
    path.write_bytes(b"\n".join(lines) + b"\n")
    monkeypatch.setenv(shards._SHARD_VARIABLE, "8000")
    status, out, err = _run(["--format", "jsonl", "--jobs", "2", str(path)])
    assert len(counted) > 3
    assert status == 2
    assert f"{path}:2501: not utf-8 text; the rest of the file is skipped" in err
    assert [json.loads(line)["line"] for line in out.splitlines()] == list(range(1, 2501))


def test_ranges_cover_the_file_at_line_ends(tmp_path):
    for data in (b"", b"x", b"a\nb", b"\n" * 50, b"ab\r\ncd\r\n" * 40, b"y" * 5000 + b"\nz\n"):
        path = tmp_path / "r.jsonl"
        path.write_bytes(data)
        for step in (1, 3, 64, 4096):
            ranges = list(shards._ranges(str(path), step))
            assert [a for a, _ in ranges] == ([0] if data else []) + [b for _, b in ranges[:-1]]
            assert (ranges[-1][1] if ranges else 0) == len(data)
            assert all(data[b - 1:b] == b"\n" for _, b in ranges[:-1])


def test_small_files_empty_files_and_stdin_are_not_sharded(tmp_path, monkeypatch):
    called = []
    monkeypatch.setattr(shards, "_ranges", lambda *a: called.append(a) or iter(()))
    empty = tmp_path / "empty.jsonl"
    empty.write_bytes(b"")
    small = tmp_path / "small.jsonl"
    small.write_text('{"text": "090-1234-5678"}\n', encoding="utf-8")
    assert _run(["--jobs", "2", str(empty)])[0] == 0
    assert _run(["--jobs", "2", str(small)])[0] == 1
    monkeypatch.setenv(shards._SHARD_VARIABLE, "4")
    assert _run(["--jobs", "2", str(empty)]) == _run(["--jobs", "1", str(empty)])
    assert _run(["--jobs", "1", str(small)])[0] == 1
    assert not called


def test_text_lines_in_shards(tmp_path, counted):
    rng = random.Random(13)
    seps = ["\n", "\r\n", "\r", "\u2028", "\x85", "\x0c"]
    parts = []
    for i in range(400):
        text = f"{i}: {rng.choice(TEXTS)}"
        if i % 37 == 0:
            text += "  # leakguard: allow"
        parts.append(text + rng.choice(seps) + ("\n" if i % 50 == 0 else ""))
    body = "".join(parts)
    for name, data in (("chat.txt", body.encode()), ("bom.txt", b"\xef\xbb\xbf" + body.encode()),
                       ("open.txt", body.rstrip().encode() + "\ufeff090-1234-5678".encode())):
        path = tmp_path / name
        path.write_bytes(data)
        for fmt in ("text", "sarif") if name == "chat.txt" else ():
            status, out, err = _same(path, counted, "--lines", "--format", fmt)
            assert status == 1 and "allowed by `leakguard: allow`" in err
        _, out, _ = _same(path, counted, "--lines", "--all", "--format", "jsonl")
        numbers = [json.loads(line)["line"] for line in out.split("\n") if line]
        assert numbers == list(range(1, len(data.decode("utf-8-sig").splitlines()) + 1))


def test_a_text_file_not_all_utf8_is_read_by_one_process(tmp_path, counted):
    path = tmp_path / "sjis.txt"
    path.write_bytes(("\n".join(f"{i}: {TEXTS[i % len(TEXTS)]}" for i in range(300))).encode("cp932"))
    one = _run(["--lines", "--jobs", "1", str(path)])
    assert _run(["--lines", "--jobs", "2", str(path)]) == one
    assert not counted and "read as cp932" in one[2]
