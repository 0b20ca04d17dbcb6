"""The public API: names, types, errors, JSON and pickling."""
import json
import pickle

import pytest

import leakguard
from leakguard import Action, Finding, Report


def test_report_shape_and_json():
    report = leakguard.scan("連絡は090-1234-5678かtaro@gmail.comまで")
    assert isinstance(report, Report)
    assert [f.category for f in report.findings] == ["phone_number", "email_address"]
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
