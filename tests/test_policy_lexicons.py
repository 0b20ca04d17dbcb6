"""A platform's own words through the policy: ``Policy(lexicons=...)`` / a policy file's
``[lexicons]`` table reach scan(), find(), mask(), scan_many() and the command line."""
from __future__ import annotations

import io
import json
import pickle

import pytest

import leakguard
from leakguard import Action, Policy
from leakguard.cli import main
from leakguard.policy import PolicyError

# A fictional in-house messenger name and a platform's own slang for a side deal.
ALIASES = "# our site's names for outside apps\nモモトーク\tline\tname\nぴよチャット\tline\tname\n"
SIGNALS = "# our site's slang\ndirect_deal\t裏取引\n"


@pytest.fixture
def site(tmp_path):
    (tmp_path / "aliases.txt").write_text(ALIASES, encoding="utf-8")
    (tmp_path / "signals.txt").write_text(SIGNALS, encoding="utf-8")
    policy_file = tmp_path / "site.toml"
    policy_file.write_text(
        'name = "oursite"\nextends = "strict"\n\n[lexicons]\n'
        'channel_aliases = ["aliases.txt"]\npayment_signals = ["signals.txt"]\n', encoding="utf-8")
    return tmp_path


@pytest.mark.parametrize("text,category", [
    ("続きはモモトークで話しませんか？", "external_contact"),
    ("ぴよチャット交換しましょう", "external_contact"),
    ("来月からは裏取引でどうですか", "off_platform_payment"),
])
def test_policy_file_adds_the_sites_words(site, text, category):
    policy = Policy.from_toml(site / "site.toml")
    report = leakguard.scan(text, policy=policy)
    assert category in {f.category for f in report.findings}
    assert report.action is Action.BLOCK  # extends = "strict"
    assert leakguard.scan(text).findings == ()  # the packaged lists alone know none of these words
    assert leakguard.mask(text, policy=policy, spans="all") != text  # phrases: masked on request


def test_relative_paths_are_read_from_the_policy_files_folder(site, monkeypatch, tmp_path_factory):
    monkeypatch.chdir(tmp_path_factory.mktemp("elsewhere"))
    policy = Policy.from_toml(site / "site.toml")
    assert policy.lexicons["channel_aliases.txt"] == (str(site / "aliases.txt"),)


def test_packaged_words_still_count_and_names_take_either_spelling(site):
    policy = Policy(lexicons={"channel_aliases.txt": [str(site / "aliases.txt")]})
    assert policy == Policy(lexicons={"channel_aliases": [str(site / "aliases.txt")]})
    assert {f.value for f in leakguard.find("ライン交換しませんか", policy)} == {"line"}
    assert leakguard.find("LINEスタンプのイラスト制作をお願いしたいです", policy) == ()


def test_several_files_for_one_lexicon_all_count(site):
    more = site / "more.txt"
    more.write_text("くまメッセ\tline\tname\n", encoding="utf-8")
    policy = Policy.from_dict({"lexicons": {"channel_aliases": ["aliases.txt"], "channel_aliases.txt": ["more.txt"]}},
                              base_dir=site)
    assert policy.lexicons["channel_aliases.txt"] == (str(site / "aliases.txt"), str(more))
    assert leakguard.find("くまメッセで話しませんか", policy) and leakguard.find("モモトークで話しませんか", policy)


def test_policy_travels_to_worker_processes(site):
    policy = Policy.from_toml(site / "site.toml")
    clone = pickle.loads(pickle.dumps(policy))
    assert clone == policy and hash(clone) == hash(policy)
    texts = ["こんにちは", "モモトークで話しませんか？", "裏取引しませんか"] * 4
    reports = list(leakguard.scan_many(texts, policy=policy, jobs=2, chunksize=2))
    assert [r.action for r in reports] == [leakguard.scan(t, policy=policy).action for t in texts]
    assert reports[1].findings and reports[2].findings


def test_command_line_reads_the_sites_words(site):
    message = site / "chat.txt"
    message.write_text("続きはモモトークで話しませんか？\n", encoding="utf-8")
    out, err = io.StringIO(), io.StringIO()
    status = main(["--lines", "--format", "jsonl", "--policy", str(site / "site.toml"), str(message)],
                  stdout=out, stderr=err)
    assert status == 1, err.getvalue()
    assert json.loads(out.getvalue().splitlines()[0])["findings"][0]["category"] == "external_contact"


@pytest.mark.parametrize("lexicons,message", [
    ({"channel_aliases": ["BAD"]}, "bad.txt:2: unknown channel 'nowhere'"),
    ({"channel_aliases": ["MISSING"]}, "missing.txt: cannot read lexicon"),
    ({"phone_context": ["BAD"]}, "lexicons.phone_context: no such extendable lexicon"),
    ({"channel_aliases": "BAD"}, "lexicons.channel_aliases: expected a list of strings"),
    ({"channel_aliases": [3]}, "lexicons.channel_aliases[0]: expected a file path"),
])
def test_bad_lexicons_fail_when_the_policy_is_built(tmp_path, lexicons, message):
    bad = tmp_path / "bad.txt"
    bad.write_text("# comment\nモモトーク\tnowhere\tname\n", encoding="utf-8")
    swap = {"BAD": str(bad), "MISSING": str(tmp_path / "missing.txt")}

    def resolve(value):
        if isinstance(value, list):
            return [swap.get(v, v) for v in value]
        return swap.get(value, value)

    with pytest.raises(PolicyError, match=message.replace("[", r"\[").replace("]", r"\]")):
        Policy(lexicons={name: resolve(paths) for name, paths in lexicons.items()})


def test_bad_row_in_a_policy_file_names_the_policy_and_the_row(tmp_path):
    (tmp_path / "aliases.txt").write_text("モモトーク\tline\n", encoding="utf-8")
    policy_file = tmp_path / "site.toml"
    policy_file.write_text('[lexicons]\nchannel_aliases = ["aliases.txt"]\n', encoding="utf-8")
    with pytest.raises(PolicyError) as caught:
        Policy.from_toml(policy_file)
    assert str(policy_file) in str(caught.value) and "aliases.txt:1" in str(caught.value)


def test_default_policy_builds_no_extra_detectors():
    assert Policy().lexicons == {}
    assert Policy().detectors() == leakguard.DEFAULT_POLICY.detectors()


def test_a_platforms_id_stop_words_are_never_line_ids(tmp_path):
    text = "LINE@shopname で検索してください"
    assert [f.value for f in leakguard.find(text) if f.category == "line_id"] == ["@shopname"]
    stop = tmp_path / "stop.txt"
    stop.write_text("shopname\n", encoding="utf-8")
    policy = Policy(lexicons={"line_id_stopwords": [str(stop)]})
    assert [f for f in leakguard.find(text, policy) if f.category == "line_id"] == []
