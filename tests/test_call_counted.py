"""A count of times before 「電話」 (「一回電話で」「一度電話」) says how often, not which device (「黒電話」
「テレビ電話」): the call is still asked for (blind round 7). Hard negatives: past calls, devices."""
import pytest

from leakguard import scan


def contacts(text):
    return {f.value for f in scan(text).findings if f.category == "external_contact"}


@pytest.mark.parametrize("text", [
    "MIXの件、細かいニュアンス伝えたいんで一回電話で話せませんか？",
    "直接お話ししたほうが早いと思うんで、一度電話できませんか？",
    "急ぎなので1回電話で確認させてもらえますか？",
])
def test_a_call_asked_for_once_is_an_invitation(text):
    assert contacts(text) == {"phone"}


@pytest.mark.parametrize("text", [
    "2回電話したけど出なかったので、こちらでメッセージします",
    "3台電話を買いました",
    "黒電話のイラストをアイコンに入れてほしいです",
])
def test_past_calls_and_devices_stay_quiet(text):
    assert contacts(text) == set()
