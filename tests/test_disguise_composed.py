"""Number readings inside clause-split groups (issue #13 §2): the two disguise families composed.

A drawn number is split into groups handed over by clauses (named by position in any order, or
by particles and sequence words, with or without a self-correction), then its digits are read
out: kana in every script with long vowels and casual zeros, kanji or 大字, full width, mixed with
typed digits, or English words. Fixed seed, bounded examples, failures shrink. The parametrized
cases below pin each reading class the composed strategy found, with hard negatives beside them.
"""
import pytest
from hypothesis import HealthCheck, given, settings

from disguises import fixed_constant_pool  # noqa: F401 (autouse: draws independent of the tests run before)
from disguises import clause_splits, compose, maybe, phone_numbers, readings_in_clauses, self_correction
from leakguard.scanner import find

SETTINGS = settings(derandomize=True, max_examples=150, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much])


def phone_values(text):
    return sorted({f.value for f in find(text, categories=("phone_number",))})


@SETTINGS
@given(compose(phone_numbers(), clause_splits(), readings_in_clauses()))
def test_clause_split_groups_read_out_give_the_exact_number(case):
    text, value = case
    assert phone_values(text) == [value], text


@SETTINGS
@given(compose(phone_numbers(), clause_splits(), self_correction(), maybe(readings_in_clauses())))
def test_a_corrected_group_read_out_still_gives_the_number(case):
    text, value = case
    assert value in phone_values(text), text  # (the taken-back group may make a candidate too, as in test_disguise_phone)


@pytest.mark.parametrize("text, value", [
    # 大字 digits in groups too short for the normalizer (「零玖零」), after a kanji position word
    ("最初は零玖零、真ん中は参壱漆捌、最後は零壱零弐", "+819031780102"),
    ("零壱壱から始まって、次が伍伍弐、残り玖壱零陸", "+81115529106"),
    ("〇1二0は六五2で、その後七18", "+81120652718"),
    ("零1弐零、その後壱97、続いて740ではなく0漆参", "+81120197073"),
    # a two-digit area code read out, handed over to the next group
    ("マルサンは4435で、その後3703", "+81344353703"),
    ("ゼロロクは4435で、その後3703", "+81644353703"),
    ("〇六は四五四〇で、その後五四六九", "+81645405469"),
    ("ぜろ3です。つぎ は 8865。さいご は 2656", "+81388652656"),
    ("oh six です。つぎ は five eight three four 。さいご は one one five two", "+81658341152"),
    # runs of one repeated reading (ナナナナ is 77), a count among the words that hand a group over
    ("ゼロナナナナロクで始まって、あとは4桁ずつ イチナナ と オーサンサンハチ", "+81776170338"),
    ("最初はゼロナナナナロク、真ん中はイチナナ、最後はナナナナナナナナ", "+81776177777"),
    # a group of zeros read out
    ("090で、その後3178、最後にまるまるまるまる", "+819031780000"),
    ("最初はぜろろく、真ん中はぜろぜろぜろぜろ、残りはにさんななよん", "+81600002374"),
    # the trunk 0 typed, the rest read; English first groups; a one-kana katakana reading
    ("0肆伍で、えっと、伍82で、それから1陸7壱", "+81455821671"),
    ("077ロクは13で、その後ゴウ407", "+81776135407"),
    ("0なな0はいち4はち7で、その後はち982", "+817014878982"),
    ("01にーれいで、えっと、ななごーろくで、それから7ごー6", "+81120756756"),
    ("04ごーです。つぎ は 8さんろく。さいご は きゅうはちきゅうにい", "+81458369892"),
    ("zero seven o 、それから one seven nine seven 、それから five five seven two", "+817017975572"),
    ("オー6、それからゴ739、それからイチ973です", "+81657391973"),
    ("頭は0ﾊﾁ0 / 後半は5922 / 2つ目が59ﾆ2", "+818059225922"),
    # the carrier around the last group: its particle, まで, a conditional glued before the first
    ("一つ目は 〇七〇、真ん中は 三九五八、3つ目は 三四三五 に電話してね", "+817039583435"),
    ("先頭は〇八〇、中は七一五二、末尾が九四四一まで電話ください", "+818071529441"),
    ("急ぎならオーハチレイです。つぎ は 6906。さいご は 5855", "+818069065855"),
    ("急ぎなら中はさんななろくに / ラストはさんはちさんさん / 一つ目はぜろななおーまで電話ください", "+817037623833"),
    # a one-kana reading right after the topic's は is the group's first digit (no particle after は)
    ("真ん中はにぜろぜろ、最初は1231じゃなくてぜろいちにぜろ、最後はぜろぜろぜろ", "+81120200000"),
    ("真ん中ははちぜろおーいち、最初はぜろきゅうぜろ、最後はぜろぜろぜろぜろ", "+819080010000"),
    # ご before a particle is 5, not the prefix of ご連絡
    ("ぜろよんごは112じゃなくてぜろぜろいちで、その後さんよんごろく", "+81450013456"),
    ("ぜろろくごで、次にさんさんよん、最後にいちにさんよん", "+81653341234"),
    # English read out in katakana with the zero オー, no digit typed anywhere
    ("ゼロナインゼロはワンゼロゼロオーで、その後ゼロゼロゼロファイブ", "+819010000005"),
    ("ゼロワンツーオーはゼロゼロゼロで、その後ゼロゼロワン", "+81120000001"),
])
def test_reading_classes_in_clause_split_groups(text, value):
    assert phone_values(text) == [value]


def test_a_group_corrected_into_a_mixed_reading_replaces_the_wrong_one():
    assert phone_values("ぜろ3です。つぎ は 3767、いや 26ごろく。さいご は 2656") == ["+81326562656"]


@pytest.mark.parametrize("text", [
    "ナナナナ笑 それは草",
    "ナナナナさんは元気？",
    "ナナナナで、それから1234円",
    "壱万円でお願いします",
    "〇〇さんは壱万円、それから参千円",
    "〇〇さんによろしく",
    "まるまる一日かかりました",
    "まるまるさん、それから12時に",
    "参加費は伍千円、陸上部です",
    "零時から始まって、次が参加者1234名、最後に5678円",
    "価格はいちまんにせんさんびゃく円",
    "価格は0円から始まって、次が980円、最後に1200円",
    "日付はにせんにじゅうろく年さんがつ",
    "日付は〇六年の三月、その後四月一五日",
    "その後七時に、次が十八日",
    "マルサンは東京のことです",
    "マルサンで、それからイチニで",
    "ゼロロクは大阪、それから京都",
    "ゼロロクは大阪、それから4435、それから3703円",
    "〇六は大阪の市外局番で、その後の番号は秘密",
    "ゼロロクは大阪やで、それから2時に行く",
    "それなら中は3個、次は5個で",
    "真ん中はにぎやかで、最初は静か",
    "ごはんは8時で、その後おふろ",
    "オーケー、それから1234円です",
    "3にしてください、それから5ごと",
    "ごご3時、それから4時半",
    "それは0です、それから1234と5678",
    "それからシ2個",
    "zero to one, then 2345 users",
    "oh six o clock, then one two three four",
])
def test_readings_that_are_no_number(text):
    assert phone_values(text) == []
