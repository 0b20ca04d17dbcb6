"""The learned intent scorer: the shipped model, its decisions next to the rules, its reasons,
and the model file's validation (docs/intent.md). Messages are fictional."""
from __future__ import annotations

import copy
import json
import pickle
import sys
from pathlib import Path

import pytest

import leakguard
from leakguard import intent
from leakguard.model import EXTERNAL, PAYMENT
from leakguard.normalize import NormalizedText
from leakguard.policy import Policy, PolicyError

ROOT = Path(__file__).resolve().parents[1]
RULES_ONLY = Policy(intent_model="off")


def intent_findings(text: str, policy: Policy | None = None) -> list[tuple[str, str | None]]:
    return [(f.category, f.value) for f in leakguard.find(text, policy) if f.category in (EXTERNAL, PAYMENT)]


@pytest.fixture(scope="module")
def shipped() -> dict:
    return json.loads((ROOT / "src/leakguard/models/intent.json").read_text("utf-8"))


def test_shipped_model_loads_and_is_small(shipped):
    model = intent.shipped_model()
    assert set(model.categories) == {EXTERNAL, PAYMENT}
    for category in model.categories.values():
        assert len(category.keep_head.weights) > 100 and len(category.add_head.weights) > 100
        assert 0.0 <= category.keep <= 1.0 and 0.0 <= category.add <= 1.0
        assert category.override_refusal is False  # a rule's refusal stays an exclusion
    assert "train_intent.py" in model.meta["trainer"]
    assert (ROOT / "src/leakguard/models/intent.json").stat().st_size < 400_000
    assert intent.IntentModel.from_dict(shipped).categories[PAYMENT].add_head == model.categories[PAYMENT].add_head


@pytest.mark.parametrize("invite, near_miss", [
    ("LINE交換しませんか？そのほうが早いので", "LINE交換はできません、ここでお願いします"),
    ("LINEのほうが連絡つきやすいので、そっちでお願いできますか", "LINEスタンプのイラスト制作をお願いしたいです"),
    ("Discordで通話しながら作業内容を詰めませんか", "Discord botの開発案件です"),
])
def test_contact_near_miss_pairs(invite, near_miss):
    assert (EXTERNAL in {c for c, _v in intent_findings(invite)}), invite
    assert intent_findings(near_miss) == [], near_miss


@pytest.mark.parametrize("offer, near_miss", [
    ("手数料もったいないので直接振り込みでどうですか", "直接の振り込みは規約違反なのでできません"),
    ("アプリを通さずに買えるなら1,500円でいいですよ", "お支払いはアプリの仮払いでお願いします"),
    ("今後はサイトを通さずにお願いしたいと考えております。", "お支払いはサイトの仮払いでお願いします"),
])
def test_payment_near_miss_pairs(offer, near_miss):
    assert intent_findings(offer) == [(PAYMENT, None)], offer
    assert intent_findings(near_miss) == [], near_miss


def test_the_scorer_adds_what_the_rules_miss_and_names_its_cues():
    # (「…でいいですよ」 became a rule's offer; 「…にしますよ」 is still the model's alone)
    text = "アプリを通さずにいけるなら1,500円にしますよ"
    assert intent_findings(text, RULES_ONLY) == []
    (finding,) = [f for f in leakguard.find(text) if f.category == PAYMENT]
    assert finding.value is None and finding.score >= 0.6  # blocks, as a rule's payment finding does
    assert finding.text in text and finding.start <= text.index("通さ") < finding.end
    cues = [w.split("『")[1] for w in finding.reason.split("』") if "『" in w]
    assert len(cues) == 3 and all(w in text for w in cues)  # the sender's own words
    assert "通さ" in cues
    assert finding.reason.endswith("プラットフォーム外での支払い・取引の提案と判断しました。")
    assert "“通さ”" in finding.reason_en
    assert leakguard.scan(text).action == "block"
    assert leakguard.scan(text, policy=RULES_ONLY).action == "allow"


def test_the_scorer_overrules_a_rule_that_misread_a_job_topic():
    # (「Zoom会議の議事録作成をお願いしたいです」 was the example until the rules read it as the job
    # themselves, issue #14: a meeting is the channel's feature, 議事録 the work)
    text = "zoom no rokuga no mojiokoshi onegai dekimasu ka"
    assert intent_findings(text, RULES_ONLY) == [(EXTERNAL, "zoom")]
    assert intent_findings(text) == []
    assert intent_findings("Zoom会議の議事録作成をお願いしたいです、録画データはトークルームで送ります", RULES_ONLY) == []


def test_hard_findings_stay_whatever_the_model_says(shipped):
    # a link is a rule decision: a model that doubts every finding still keeps it
    text = "詳細はこちら https://zoom.us/j/83412957720 から"
    doubting = copy.deepcopy(shipped)
    doubting["categories"][EXTERNAL]["keep"] = 1.0
    model = intent.IntentModel.from_dict(doubting)
    from leakguard.detectors.channels import detect_external_contact

    kept = intent.scored_findings(detect_external_contact, NormalizedText.of(text), (), model)
    assert [(f.category, f.value) for f in kept] == [(EXTERNAL, "zoom")]


def test_training_features_are_the_runtime_features():
    sys.path.insert(0, str(ROOT / "benchmarks"))
    try:
        import train_intent
    finally:
        sys.path.remove(str(ROOT / "benchmarks"))
    from leakguard.detectors.channels import detect_external_contact
    from leakguard.detectors.payment import default_payment_detector

    detectors = {EXTERNAL: detect_external_contact, PAYMENT: default_payment_detector()}
    model = intent.shipped_model()
    for text in ["このあとのやり取りはLINEのほうが楽かもです", "手数料もったいないので直接振り込みでどうですか",
                 "こちらの080-2345-6789にかけてください", "TEL 03-1234-5678 担当 佐藤", "よろしくお願いします"]:
        row = train_intent.Row({"id": "t", "text": text, "labels": [], "action": "allow"}, detectors)
        trained = (intent.decide([c for c in row.cands if c.category == EXTERNAL], row.ext, model)
                   + intent.decide([c for c in row.cands if c.category == PAYMENT], row.pay, model))
        at_runtime = [f for f in leakguard.find(text) if f.category in (EXTERNAL, PAYMENT)]
        assert sorted((f.category, f.start, f.end, f.value) for f in trained if f.score >= 0.5) == \
            sorted((f.category, f.start, f.end, f.value) for f in at_runtime), text


@pytest.mark.parametrize("argv, complaint", [
    (["--train-extra", "data/blind/round-9.jsonl"], "held out"),
    (["--tune", "data/labelled/test.jsonl"], "held out"),
    (["--train-extra", "data/blind/round-1.jsonl"], "both trained and tuned"),  # round-1 tunes by default
    (["--train-extra", "data/blind/round-3.jsonl", "--tune", "data/blind/round-3.jsonl"], "both trained and tuned"),
])
def test_trainer_refuses_held_out_and_self_tuning(argv, complaint, monkeypatch, capsys):
    # the trainer stops before it reads a row: a held-out round is never trained or tuned on, and
    # a threshold is never chosen on rows the model was fitted to
    sys.path.insert(0, str(ROOT / "benchmarks"))
    try:
        import train_intent
    finally:
        sys.path.remove(str(ROOT / "benchmarks"))
    monkeypatch.chdir(ROOT)
    monkeypatch.setattr(sys, "argv", ["train_intent.py", *argv])
    with pytest.raises(SystemExit):
        train_intent.main()
    assert complaint in capsys.readouterr().err


def test_off_switch_and_policy_file(tmp_path):
    with pytest.raises(PolicyError, match="intent_model"):
        Policy(intent_model="maybe")
    path = tmp_path / "p.toml"
    path.write_text('intent_model = "off"\n', encoding="utf-8")
    policy = Policy.from_toml(path)
    assert policy.intent_model == "off" and policy != Policy()
    assert pickle.loads(pickle.dumps(policy)).intent_model == "off"
    assert Policy().intent_model == "on"


def test_plain_messages_never_reach_the_model(monkeypatch):
    calls = []
    monkeypatch.setattr(intent, "decide", lambda *a: calls.append(a) or [])
    leakguard.find("お世話になっております。納品物を確認しました。")
    assert calls == []


# -- the model file ----------------------------------------------------------------------------------
def _broken(shipped: dict, change) -> dict:
    data = copy.deepcopy(shipped)
    change(data)
    return data


@pytest.mark.parametrize("change, message", [
    (lambda d: d.update(format="other"), "format"),
    (lambda d: d.update(version=99), "version"),
    (lambda d: d["categories"].pop(PAYMENT), "categories"),
    (lambda d: d["categories"][EXTERNAL].pop("keep"), "missing keep"),
    (lambda d: d["categories"][EXTERNAL].update(add=1.5), r"categories\.external_contact\.add"),
    (lambda d: d["categories"][PAYMENT]["heads"]["add"]["weights"].update({"w:直接": float("nan")}),
     r"categories\.off_platform_payment\.heads\.add\.weights\['w:直接'\]"),
    (lambda d: d["categories"][PAYMENT]["heads"]["keep"].update(weights={}), r"heads\.keep\.weights"),
    (lambda d: d["categories"][PAYMENT]["heads"].pop("keep"), "expected exactly 'keep' and 'add'"),
    (lambda d: d["categories"][EXTERNAL]["heads"]["add"].update(bias="high"), r"heads\.add\.bias"),
    (lambda d: d["categories"][PAYMENT].update(override_refusal="yes"), "override_refusal"),
    (lambda d: d["categories"][EXTERNAL].update(add_rare=2), r"categories\.external_contact\.add_rare"),
])
def test_a_malformed_model_names_what_is_wrong(shipped, change, message):
    with pytest.raises(intent.IntentModelError, match=message):
        intent.IntentModel.from_dict(_broken(shipped, change), "my.json")


def test_model_file_errors_name_the_file(tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text("{not json", encoding="utf-8")
    with pytest.raises(intent.IntentModelError, match="bad.json: not valid JSON"):
        intent.IntentModel.load(bad)
    with pytest.raises(intent.IntentModelError, match="cannot read"):
        intent.IntentModel.load(tmp_path / "missing.json")
    with pytest.raises(TypeError, match="str or pathlib.Path"):
        intent.IntentModel.load(42)
    with pytest.raises(intent.IntentModelError, match="expected a JSON object"):
        intent.IntentModel.from_dict([1, 2])


def test_rare_channels_have_their_own_add_threshold_and_older_files_still_load(shipped):
    model = intent.IntentModel.from_dict(shipped)
    ext = model.categories[EXTERNAL]
    assert ext.add_rare is not None and ext.add_rare <= ext.add
    older = copy.deepcopy(shipped)
    for table in older["categories"].values():
        table.pop("add_rare", None)
    old_ext = intent.IntentModel.from_dict(older).categories[EXTERNAL]
    assert old_ext.add_rare is None
    view = NormalizedText.of("x")
    rare = intent.Candidate(EXTERNAL, "zoom", (), {}, (0, 1), view, "none")
    everyday = intent.Candidate(EXTERNAL, "line", (), {}, (0, 1), view, "none")
    given = intent.Candidate(EXTERNAL, "phone", (), {}, (0, 1), view, "none", named=False)
    assert ext.add_for(rare) == ext.add_rare
    assert ext.add_for(everyday) == ext.add
    assert ext.add_for(given) == ext.add_value
    assert old_ext.add_for(rare) == old_ext.add
