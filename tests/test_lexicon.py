"""Lexicon files: comments, columns, and errors that name the file and the line."""
import pytest

from leakguard.lexicon import LexiconError, load_table, parse_score, parse_table


def test_comments_blank_lines_and_both_separators():
    rows = parse_table(
        ["# comment", "#: columns = term, channel", "", "ライン\tline", "ちゃっとわーく | chatwork", "  "],
        "words.txt",
    )
    assert [r.fields for r in rows] == [("ライン", "line"), ("ちゃっとわーく", "chatwork")]
    assert rows[1].line == 5


def test_too_many_fields_names_file_and_line():
    with pytest.raises(LexiconError, match=r"words\.txt:3: 3 fields"):
        parse_table(["#: columns = term, channel", "a\tb", "a\tb\tc"], "words.txt")


def test_missing_field_names_file_and_line():
    with pytest.raises(LexiconError, match=r"words\.txt:2: missing field"):
        parse_table(["#: columns = term, channel", "ライン"], "words.txt")


def test_bad_score():
    row = parse_table(["#: columns = term, score", "x\tlots"], "s.txt")[0]
    with pytest.raises(LexiconError, match=r"s\.txt:2: score 'lots' is not a number"):
        parse_score(row, 1, 0.5)
    row = parse_table(["#: columns = term, score", "x\t1.5"], "s.txt")[0]
    with pytest.raises(LexiconError, match="outside 0..1"):
        parse_score(row, 1, 0.5)


def test_extra_files_extend_packaged_lists(tmp_path):
    extra = tmp_path / "my_labels.txt"
    extra.write_text("# our own order numbers\n社内伝票番号\n", encoding="utf-8")
    rows = load_table("phone_negative_labels.txt", extra=[extra])
    assert rows[-1][0] == "社内伝票番号" and rows[-1].source == str(extra)


def test_unreadable_extra_file_is_named(tmp_path):
    with pytest.raises(LexiconError, match="nope.txt"):
        load_table("phone_negative_labels.txt", extra=[tmp_path / "nope.txt"])


def test_every_packaged_lexicon_loads():
    from importlib import resources

    for ref in (resources.files("leakguard") / "lexicons").iterdir():
        if ref.name.endswith(".txt"):
            assert load_table(ref.name) is not None
