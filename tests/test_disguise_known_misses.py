"""Readings the disguise suites drew under hypothesis 6.170.29 (pyproject pins the version the suites were
run with) that the phone reader still misses. Strict xfails: when a reader learns one, the test says so."""
import pytest

from leakguard import find


def phone_values(text):
    return sorted({f.value for f in find(text, categories=("phone_number",))})


@pytest.mark.xfail(strict=True, reason="the casual zero おー inside a clause-split kana reading is not read")
def test_casual_zero_in_a_clause_split_reading():
    assert phone_values("ぜろいちにおーはぜろぜろぜろで、その後ぜろぜろいち") == ["+81120000001"]


@pytest.mark.xfail(strict=True, reason="a group opening on シックス after groups in katakana English is not read")
def test_a_group_opening_on_katakana_six():
    assert phone_values("ゼロセブンセブンシックス-\nゼロゼロ-シックスゼロゼロシックス") == ["+81776006006"]


def test_the_same_groups_in_other_words_are_read():
    # the misses above are the readings, not the numbers: in kana digits the same groups are found
    assert phone_values("ゼロセブンセブンロク-\nゼロゼロ-ロクゼロゼロロク") == ["+81776006006"]
