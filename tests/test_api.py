"""The public API: names, types, errors, JSON and pickling."""
import json
import pickle

import pytest

import leakguard
from leakguard import Action, Finding, Report


def test_report_shape_and_json():
    report = leakguard.scan("連絡は090-1234-5678かtaro@gmail.comまで")
    assert isinstance(report, Report)
    # 「…taro@gmail.comまで」 also invites contact on the address: external_contact:email beside it
    assert [f.category for f in report.findings] == ["phone_number", "email_address", "external_contact"]
    assert report.action == Action.BLOCK == "block"
    data = json.loads(json.dumps(report.to_dict(), ensure_ascii=False))
    assert set(data) == {"score", "action", "findings"}
    assert set(data["findings"][0]) >= {"category", "start", "end", "text", "value", "score", "reason"}
    assert Report.from_dict(data, text=report.text) == report


def test_findings_are_frozen_and_pickle():
    report = leakguard.scan("090-1234-5678")
    with pytest.raises(AttributeError):
        report.findings[0].start = 3  # type: ignore[misc]
    again = pickle.loads(pickle.dumps(report))
    assert again == report and again.masked() == report.masked()


def test_mask_default_and_custom_placeholder():
    text = "連絡は090-1234-5678かtaro@gmail.comまで"
    assert leakguard.mask(text) == "連絡は［電話番号］か［メールアドレス］まで"
    assert leakguard.scan(text).masked("***") == "連絡は***か***まで"


def test_empty_and_clean_messages_allow():
    for text in ["", "よろしくお願いします！", "納期は2024/12/31、報酬は30,000円です"]:
        report = leakguard.scan(text)
        assert report.action == "allow" and report.findings == () and report.score == 0.0


@pytest.mark.parametrize("bad", [b"090-1234-5678", bytearray(b"x"), None, 123, ["text"]])
def test_non_str_raises_type_error_with_hint(bad):
    with pytest.raises(TypeError) as exc:
        leakguard.scan(bad)
    if isinstance(bad, (bytes, bytearray)):
        assert "decode" in str(exc.value)
    else:
        assert "str" in str(exc.value)


def test_finding_from_dict_roundtrip():
    f = Finding("phone_number", 0, 3, "090", "+81", 0.9, "理由", "reason")
    assert Finding.from_dict(f.to_dict()) == f


def test_hide_values_in_dict():
    data = leakguard.scan("taro@gmail.com").to_dict(hide_values=True)
    assert data["findings"][0]["text"] is None and data["findings"][0]["value"] is None


# -- preset names everywhere (issue #12 item 8) ----------------------------------------------------

INVITATION = "Chatworkでやり取りしましょう"  # warned by the default policy, blocked by strict


def test_preset_names_are_accepted_wherever_a_policy_is():
    strict = leakguard.Policy.preset("strict")
    assert leakguard.scan(INVITATION, policy="strict") == leakguard.scan(INVITATION, policy=strict)
    assert leakguard.scan(INVITATION, policy="strict").action == Action.BLOCK
    assert leakguard.scan(INVITATION, policy="escrow_gated").action == Action.WARN
    assert leakguard.find(INVITATION, "strict") == leakguard.find(INVITATION, strict)
    assert leakguard.mask(INVITATION, policy="strict", spans="all") == "［外部連絡先］"
    assert [r.action for r in leakguard.scan_many([INVITATION], policy="strict")] == [Action.BLOCK]
    assert leakguard.Guard("strict").check(INVITATION).action == Action.BLOCK


@pytest.mark.parametrize("call", [
    lambda: leakguard.scan("x", policy="lenient"),
    lambda: leakguard.find("x", "lenient"),
    lambda: leakguard.mask("x", policy="lenient"),
    lambda: leakguard.scan_many(["x"], policy="lenient"),
])
def test_unknown_preset_name_lists_the_presets(call):
    with pytest.raises(ValueError) as exc:
        call()
    assert "escrow_gated" in str(exc.value) and "strict" in str(exc.value)


def test_a_policy_of_the_wrong_type_raises_type_error():
    with pytest.raises(TypeError) as exc:
        leakguard.scan("x", policy={"name": "strict"})
    assert "preset name" in str(exc.value)


# -- what a stored report holds (issue #12, pickle) ------------------------------------------------

SECRET = "連絡は090-1234-5678かtaro@gmail.comまで"


def test_a_pickled_report_carries_the_message():
    stored = pickle.dumps(leakguard.scan(SECRET))
    assert "090-1234-5678".encode() in stored and b"taro@gmail.com" in stored
    assert pickle.loads(stored).text == SECRET


def test_without_text_stores_the_verdict_not_the_message():
    report = leakguard.scan(SECRET)
    bare = report.without_text()
    assert bare.action == report.action and bare.score == report.score
    assert [(f.category, f.start, f.end, f.reason) for f in bare.findings] == \
        [(f.category, f.start, f.end, f.reason) for f in report.findings]
    stored = pickle.dumps(bare)
    for secret in ("090", "1234", "5678", "taro", "gmail", "+8190"):
        assert secret.encode() not in stored
    assert pickle.loads(stored) == bare
    # The JSON form without values reads back as the same bare report.
    data = json.loads(json.dumps(report.to_dict(hide_values=True)))
    assert Report.from_dict(data) == bare
    assert "1234" not in json.dumps(data) and "taro" not in json.dumps(data)
    with pytest.raises(ValueError):
        bare.masked()  # nothing left to mask: the caller masks the message it still has


def test_explain_with_hidden_values_names_no_value_not_even_masked():
    report = leakguard.scan("お電話は090-1234-5678まで、メールはtaro.yamada@gmail.comへ")
    shown = report.explain("ja")
    hidden = report.explain("ja", hide_values=True)
    assert "78" in shown  # the default names the value, masked (090******78)
    for part in ("090", "78", "taro", "gmail"):
        assert part not in hidden
    assert hidden  # still a paragraph for the sender
