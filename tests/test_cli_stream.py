"""A text file too long to hold is streamed from disk (corpus.LongText, longfile.py): every
writer's output, count and exit status is the whole-text path's on a file of many windows."""
import functools
import io
import json
import os
import random
from pathlib import Path

import pytest

from leakguard import corpus, longtext, scanner
from leakguard.cli import main
from leakguard.corpus import STREAM_CHARS, InputError, allowed_ranges, probe_long_text, read_source

DATA = Path(__file__).resolve().parents[1] / "data"
_MANIFEST = json.loads((DATA / "real" / "manifest.json").read_text(encoding="utf-8"))


def _jsonl_texts(path):
    with open(path, encoding="utf-8") as fh:
        return [t for t in (json.loads(line).get("text") for line in fh if line.strip()) if isinstance(t, str)]


def _chat_file(chars: int, seed: int = 7, sep: str = "\n") -> str:
    """Real chat lines (data/real) with about 8 % fictional leaks (data/labelled) and a few
    ``leakguard: allow`` lines, to about ``chars`` characters."""
    leaks = _jsonl_texts(DATA / "labelled" / "dev.jsonl")
    chat = [t for rel in _MANIFEST["chat"] for t in _jsonl_texts(DATA / "real" / rel)]
    rng = random.Random(seed)
    parts, size = [], 0
    while size < chars:
        text = rng.choice(leaks) if rng.random() < 0.08 else rng.choice(chat)
        if rng.random() < 0.01:
            text += " leakguard: allow"
        parts.append(text)
        size += len(text) + len(sep)
    return sep.join(parts)


@pytest.fixture(scope="module")
def big(tmp_path_factory):
    path = tmp_path_factory.mktemp("long") / "chat.txt"
    path.write_text(_chat_file(300_000), encoding="utf-8", newline="")
    return path


@pytest.fixture(autouse=True, scope="module")
def _same_windows_once():
    # Both paths read the same windows (that is the point); each window is scanned once, not
    # once per path and format, to keep this module fast.
    original = scanner.find_whole
    scanner.find_whole = functools.lru_cache(maxsize=None)(original)
    yield
    scanner.find_whole = original


def _run(argv):
    out, err = io.StringIO(), io.StringIO()
    status = main(argv, stdout=out, stderr=err)
    return status, out.getvalue(), err.getvalue()


def _both(monkeypatch, argv):
    streamed = _run(argv)
    with monkeypatch.context() as m:
        m.setattr(corpus, "probe_long_text", lambda path, display: None)  # read whole, as before
        whole = _run(argv)
    return streamed, whole


def test_the_file_is_streamed(big):
    assert len(read_source(str(big))[0]) > 4 * longtext.CORE * 30
    long_text = probe_long_text(str(big), str(big))
    assert long_text is not None and long_text.length > STREAM_CHARS
    text = big.read_text(encoding="utf-8")
    assert list(long_text.allowed) == allowed_ranges(text) != []
    # the same findings as scan() on the whole text: category, span, value
    from leakguard.longfile import _Lines  # noqa: F401  (the streamed path's own module loads)

    found = [(f.category, f.start, f.end, f.value) for _, owned in
             longtext.scan_windows(longtext.stream_windows(long_text.chunks())) for f in owned]
    assert found == [(f.category, f.start, f.end, f.value) for f in scanner.scan(text).findings]
    assert len(found) > 500


@pytest.mark.parametrize("options", [
    ["--format", "text"],
    ["--format", "text", "--hide-values", "--all"],
    ["--format", "jsonl"],
    ["--format", "json"],
    ["--format", "sarif"],
    ["--format", "html"],
    ["--format", "jsonl", "--only", "phone_number,line_id", "--no-allow-pragma"],
    ["--format", "text", "--skip", "external_contact", "--fail-on", "warn"],
])
def test_every_writer_writes_what_the_whole_text_path_writes(big, monkeypatch, options):
    streamed, whole = _both(monkeypatch, [*options, str(big)])
    assert streamed == whole
    status, out, err = streamed
    assert status == 1 and "findings:" in err and out


def test_masked_copies_are_the_whole_text_paths(big, tmp_path, monkeypatch):
    for operator in ("replace", "partial", "pseudonym"):
        for spans in ("all", "identifiers"):
            a, b = tmp_path / f"s-{operator}-{spans}.txt", tmp_path / f"w-{operator}-{spans}.txt"
            argv = ["--quiet", "--mask-operator", operator, "--mask-spans", spans, str(big)]
            streamed = _run([*argv, "--mask", str(a)])
            with monkeypatch.context() as m:
                m.setattr(corpus, "probe_long_text", lambda path, display: None)
                whole = _run([*argv, "--mask", str(b)])
            assert streamed[0] == whole[0] == 1 and streamed[1] == whole[1]
            assert a.read_bytes() == b.read_bytes() != big.read_bytes()
    assert "［電話番号］" in (tmp_path / "s-replace-identifiers.txt").read_text(encoding="utf-8")
    assert not [p for p in os.listdir(tmp_path) if p.startswith(".leakguard-")]  # no temporary file left


def test_baseline_written_and_read_alike(big, tmp_path, monkeypatch):
    for name, patch in (("s", False), ("w", True)):
        with monkeypatch.context() as m:
            if patch:
                m.setattr(corpus, "probe_long_text", lambda path, display: None)
            status, _, err = _run(["--write-baseline", str(tmp_path / f"{name}.json"), str(big)])
            assert status == 0, err
    streamed_entries = json.loads((tmp_path / "s.json").read_text())["findings"]
    assert streamed_entries and {e["hash"] for e in streamed_entries} != set()
    streamed, whole = _both(monkeypatch, ["--baseline", str(tmp_path / "s.json"), str(big)])
    assert streamed == whole
    assert streamed[0] == 0 and "known from the baseline" in streamed[2]


def test_single_line_and_crlf_files(tmp_path, monkeypatch):
    one_line = tmp_path / "line.txt"
    one_line.write_text(_chat_file(90_000, seed=3, sep=" "), encoding="utf-8")
    crlf = tmp_path / "crlf.txt"
    crlf.write_bytes(_chat_file(90_000, seed=4, sep="\r\n").encode("cp932", errors="replace"))
    for path in (one_line, crlf):
        assert probe_long_text(str(path), str(path)) is not None
        for fmt in ("text", "sarif"):
            streamed, whole = _both(monkeypatch, ["--format", fmt, str(path)])
            assert streamed == whole


def test_a_file_of_few_characters_is_read_whole(tmp_path):
    short = tmp_path / "short.txt"
    short.write_text("あ" * STREAM_CHARS, encoding="utf-8")  # 3 bytes a character, but not more characters
    assert probe_long_text(str(short), str(short)) is None


def test_a_file_that_stops_decoding_is_an_error_before_any_finding(tmp_path):
    path = tmp_path / "bad.txt"
    path.write_bytes(("090-1234-5678 です。" * 8000).encode("utf-8") + b"\xff\xfe\xfa" + b"abc")
    status, out, err = _run(["--format", "jsonl", str(path)])
    whole = read_source  # the whole-file reader words it the same way
    with pytest.raises(InputError) as exc:
        whole(str(path))
    assert status == 2 and out == "" and str(exc.value) in err


def test_stdin_is_streamed_too(big, monkeypatch):
    data = big.read_bytes()
    out, err = io.StringIO(), io.StringIO()
    seen = []
    real_probe = corpus.probe_long_text
    monkeypatch.setattr(corpus, "probe_long_text", lambda path, display: seen.append(display) or real_probe(path, display))
    status = main(["--format", "jsonl", "-"], stdout=out, stderr=err,
                  stdin=io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))
    assert seen == ["<stdin>"]
    monkeypatch.undo()
    _, from_file, _ = _run(["--format", "jsonl", str(big)])
    assert status == 1 and out.getvalue() == from_file.replace(json.dumps(str(big)), '"<stdin>"')


def test_in_place_rewrites_a_long_file_as_the_whole_text_path(big, tmp_path, monkeypatch):
    streamed, whole = tmp_path / "s.txt", tmp_path / "w.txt"
    for path in (streamed, whole):
        path.write_bytes(big.read_bytes())
    assert _run(["--quiet", "--in-place", str(streamed)])[0] == 1
    with monkeypatch.context() as m:
        m.setattr(corpus, "probe_long_text", lambda path, display: None)
        assert _run(["--quiet", "--in-place", str(whole)])[0] == 1
    assert streamed.read_bytes() == whole.read_bytes() != big.read_bytes()


def test_allow_lines_of_a_text_fed_in_any_chunks():
    rng = random.Random(11)
    pieces = ["abc", "leakguard: allow", "LeakGuard:\tallow-x", "leakguard:allow_", "\n", "\r\n", "\r",
              "電話090-1234-5678", "x" * 40, "leakguard:     allow"]
    for _ in range(300):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 120)))
        lines = corpus._AllowLines()
        at = 0
        while at < len(text):
            step = rng.randint(1, 50)
            lines.feed(text[at:at + step])
            at += step
        assert list(lines.close()) == allowed_ranges(text) and lines.length == len(text)


@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-16", "cp932", "euc_jp"])
def test_encodings_are_chosen_as_for_a_whole_file(tmp_path, encoding):
    text = "こんにちは、電話は090-1234-5678です。leakguard: allow\n" * 2500
    path = tmp_path / "e.txt"
    path.write_bytes(text.encode(encoding))
    long_text = probe_long_text(str(path), str(path))
    assert (long_text.encoding, "".join(long_text.chunks())) == (read_source(str(path))[1], text)


@pytest.mark.parametrize("count", [0, 1, 3])
def test_json_records_are_written_as_json_dumps_writes_them(count):
    from leakguard.longfile import _json_record

    findings = [{"category": "line_id", "start": i, "text": "ID\nは\"x\"", "nested": {"a": [1, {}]}}
                for i in range(count)]
    record = {"source": "a\u3000b.txt", "line": None, "score": 0.5, "action": "warn"}
    for indent in (None, 2):
        parts: list[str] = []
        _json_record(parts.append, record, iter(findings), indent)
        assert "".join(parts) == json.dumps({**record, "findings": findings}, ensure_ascii=False, indent=indent)


def test_a_file_that_changes_under_the_scan_is_an_error_and_gets_no_masked_copy(big, tmp_path, monkeypatch):
    real_chunks = corpus.LongText.chunks

    def truncated(self):
        for i, chunk in enumerate(real_chunks(self)):
            if i == 3:
                raise InputError(f"{self.display}: not utf-8 text (first bad byte at offset 123)")
            yield chunk

    monkeypatch.setattr(corpus.LongText, "chunks", truncated)
    out = tmp_path / "masked.txt"
    status, report, err = _run(["--mask", str(out), str(big)])
    assert status == 2 and report == ""
    assert "first bad byte at offset 123" in err and "masked copy not written" in err
    assert not out.exists() and os.listdir(tmp_path) == []
