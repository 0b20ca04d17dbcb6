"""A platform's own detectors (issue #16 part 6): in the policy, from an entry point, across processes.

The detectors are the worked example's (examples/custom_detector.py): module-level functions, so a
policy holding them pickles by reference.
"""
import dataclasses
import pickle
import sys
import textwrap
from pathlib import Path

import pytest

import leakguard
from leakguard import Action, Finding, Policy, PolicyError
from leakguard.detectors import installed_detectors
from leakguard.model import EXTERNAL, PHONE

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
sys.path.insert(0, str(EXAMPLES))  # worker processes inherit it, so they import the example too
import custom_detector as example  # noqa: E402

MEMBER = example.MEMBER_NUMBER
POLICY = example.platform_policy()


def test_the_example_runs_and_blocks_a_member_number(capsys):
    example.main()
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].split()[:2] == ["warn", "external_contact"] and "hanako_88" not in lines[0]
    assert lines[1].split()[:2] == ["block", "member_number"] and lines[1].endswith("私の会員番号は［会員番号］です")
    assert lines[2].split()[0] == "allow" and lines[3].split()[0] == "allow"


def test_a_platform_detector_reads_the_folded_view_and_reports_the_typed_span():
    text = "私の会員番号はＭ－１２３４５６７８です。090-1234-5678 にも"
    report = leakguard.scan(text, policy=POLICY)
    member = next(f for f in report.findings if f.category == MEMBER)
    assert member.text == "Ｍ－１２３４５６７８" == text[member.start:member.end]
    assert member.value == "M12345678" and member.score == 0.9
    assert {f.category for f in report.findings} == {MEMBER, PHONE}  # the built-ins still run
    assert report.action == Action.BLOCK
    assert leakguard.scan(text).categories == {PHONE}  # the default policy knows no member numbers


def test_a_platform_link_is_an_identifier_when_masking():
    text = "プロフィールはこちら ｈｔｔｐｓ：／／ｒｉｖａｌ－ｍａｒｋｅｔ．ｅｘａｍｐｌｅ／ｕ／ｈａｎａｋｏ です"
    assert leakguard.mask(text, policy=POLICY) == "プロフィールはこちら ［外部連絡先］ です"
    [finding] = leakguard.find(text, POLICY)
    assert finding.value == "https://rival-market.example/u/hanako"


def test_own_category_needs_an_action():
    with pytest.raises(PolicyError) as exc:
        Policy(detectors=(*Policy().detectors(), example.detect_member_numbers))
    assert "member_number" in str(exc.value) and "actions=" in str(exc.value)
    # With an action, the category may also have a weight and stage entries.
    policy = Policy(actions={**Policy().actions, MEMBER: "warn"}, weights={MEMBER: 0.6},
                    stages={"contracted": {MEMBER: "block"}},
                    detectors=(*Policy().detectors(), example.detect_member_numbers))
    # 0.6 weight × 0.9 = 0.54 is under block_at: the ceiling caps the stage's block at warn.
    assert policy.decide([Finding(MEMBER, 0, 9, "M12345678", "M12345678", 0.9, "")], "contracted")[1] == Action.WARN
    assert policy.action_for(Finding(MEMBER, 0, 9, "M12345678", "M12345678", 0.9, ""), "contracted") == Action.BLOCK
    # A category no detector reports is still a typo.
    with pytest.raises(PolicyError) as exc:
        Policy(actions={**Policy().actions, "membr_number": "block"},
               detectors=(*Policy().detectors(), example.detect_member_numbers))
    assert "membr_number" in str(exc.value)


@pytest.mark.parametrize("bad", [
    (lambda view: ()),                     # no category
    ("not callable",),
    "detect_phone_numbers",                # a str, not a tuple of detectors
])
def test_what_is_not_a_detector_raises_type_error(bad):
    value = bad if isinstance(bad, (str, tuple)) else (bad,)
    with pytest.raises(TypeError) as exc:
        Policy(detectors=value)
    assert "detector" in str(exc.value)


def test_detectors_replace_the_list_and_survive_replace():
    only_phones = Policy(detectors=(Policy().detectors()[0],))
    assert leakguard.scan("090-1234-5678 taro@example.com", policy=only_phones).categories == {PHONE}
    moved = dataclasses.replace(POLICY, min_score=0.8)
    assert moved.detectors() == POLICY.detectors() and moved.min_score == 0.8
    assert Policy().detectors == leakguard.DEFAULT_POLICY.detectors and POLICY != Policy()


def test_a_custom_policy_pickles_and_reaches_worker_processes():
    again = pickle.loads(pickle.dumps(POLICY))
    assert again == POLICY and hash(again) == hash(POLICY)
    assert again.detectors()[-1] is example.detect_member_numbers
    # The built-in detectors travel as their place in the list, not as copies.
    assert again.detectors()[:-2] == Policy().detectors()
    texts = ["会員番号 M-12345678 です", "よろしくお願いします", "rvl.example/users/taro_k まで"] * 4
    sequential = [r.to_dict() for r in leakguard.scan_many(texts, policy=POLICY)]
    parallel = [r.to_dict() for r in leakguard.scan_many(texts, policy=POLICY, jobs=2, chunksize=2)]
    assert parallel == sequential
    assert [f["category"] for f in sequential[0]["findings"]] == [MEMBER]
    assert [f["category"] for f in sequential[2]["findings"]] == [EXTERNAL]


@pytest.fixture
def installed(tmp_path, monkeypatch):
    """A package that declares the example's detectors in the entry point group."""
    dist = tmp_path / "lgtest_platform-0.1.dist-info"
    dist.mkdir()
    (dist / "METADATA").write_text("Metadata-Version: 2.1\nName: lgtest-platform\nVersion: 0.1\n", encoding="utf-8")
    (dist / "entry_points.txt").write_text(textwrap.dedent("""\
        [leakguard.detectors]
        member_numbers = custom_detector:detect_member_numbers
        rival_profiles = custom_detector:detect_rival_profiles
        """), encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    return tmp_path


def test_entry_point_detectors_join_only_when_named(installed):
    assert installed_detectors(["rival_profiles"]) == (example.detect_rival_profiles,)
    names = [d.__name__ for d in installed_detectors()]
    assert names == ["detect_member_numbers", "detect_rival_profiles"]
    assert Policy().detectors() == leakguard.DEFAULT_POLICY.detectors()  # installing adds nothing by itself
    with pytest.raises(ValueError) as exc:
        installed_detectors(["nope"])
    assert "member_numbers" in str(exc.value)


def test_a_policy_file_names_installed_detectors(installed):
    path = installed / "ours.toml"
    path.write_text(textwrap.dedent("""\
        name = "ours"
        extends = "strict"
        detectors = ["member_numbers"]

        [actions]
        member_number = "block"
        """), encoding="utf-8")
    policy = Policy.from_toml(path)
    assert policy.detectors()[-1] is example.detect_member_numbers
    assert leakguard.scan("会員番号 M-12345678", policy=policy).action == Action.BLOCK
    path.write_text('detectors = ["nope"]\n', encoding="utf-8")
    with pytest.raises(PolicyError) as exc:
        Policy.from_toml(path)
    assert "ours.toml" in str(exc.value) and "nope" in str(exc.value)
