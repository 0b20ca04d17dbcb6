"""Digits in every script (issue #13 §2): a random valid number written in another script's digits,
enclosed digits, the count and the radio's readings (まる ひと ふた), romaji, drawn-out kana, or a
mix of scripts per digit or per group, with any separator, in a carrier sentence. Fixed seed,
bounded examples; failures shrink. The parametrized cases are variants of each class in other
wordings than the dev rows, with the hard negatives beside them.
"""
import pytest
from hypothesis import HealthCheck, given, settings

from disguises import fixed_constant_pool  # noqa: F401 (autouse: draws independent of the tests run before)
from disguises import (compose, counting_words, drawn_words, every_script, group_separators, maybe, mixed_scripts,
                       phone_numbers, romaji_words, script_digits)
from leakguard import scan
from leakguard.scanner import find

SETTINGS = settings(derandomize=True, max_examples=120, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much])


def phone_values(text):
    return sorted({f.value for f in find(text, categories=("phone_number",))})


@SETTINGS
@given(compose(phone_numbers(), script_digits(), maybe(group_separators())))
def test_digits_of_other_scripts_and_enclosed_digits(case):
    text, value = case
    assert phone_values(text) == [value], text


@SETTINGS
@given(compose(phone_numbers(), counting_words(), maybe(group_separators())))
def test_the_count_and_the_radio_readings(case):
    text, value = case
    assert phone_values(text) == [value], text


@SETTINGS
@given(compose(phone_numbers(), romaji_words()))
def test_japanese_readings_in_romaji(case):
    text, value = case
    assert phone_values(text) == [value], text


@SETTINGS
@given(compose(phone_numbers(), drawn_words(), maybe(group_separators())))
def test_drawn_out_readings(case):
    text, value = case
    assert phone_values(text) == [value], text


@SETTINGS
@given(compose(phone_numbers(), mixed_scripts()))
def test_scripts_mixed_per_digit_or_per_group(case):
    text, value = case
    assert phone_values(text) == [value], text


@settings(derandomize=True, max_examples=60, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much])
@given(compose(phone_numbers(), every_script(), group_separators()))
def test_any_script_with_any_separator(case):
    text, value = case
    assert phone_values(text) == [value], text


@pytest.mark.parametrize("text, value", [
    # other scripts' decimal digits: Arabic-Indic, Persian, Devanagari, Bengali, Thai, Myanmar, Khmer
    ("اتصل بي ٠٩٠-٤٤٢١-٧٨٣٥ من فضلك", "+819044217835"),
    ("شماره من ۰۸۰-۳۳۱۷-۶۲۹۴ است", "+818033176294"),
    ("मेरा नंबर ०७०-५५८१-२२४३ है", "+817055812243"),
    ("ফোন ০৯০ ৬৬১২ ৩০৪৮ এ কল করুন", "+819066123048"),
    ("โทรมาที่ ๐๘๐-๗๑๒๓-๔๔๖๐ ได้เลยค่ะ", "+818071234460"),
    ("ဖုန်း ၀၉၀-၂၈၈၁-၅၀၃၆", "+819028815036"),
    ("លេខ ០៣-៥៤៤២-៨៨១០ ចូរហៅ", "+81354428810"),
    # enclosed: circled, negative circled, keycap, double circled, with a full stop
    ("電話は⓪⑧⓪ ③⑤②① ⑦⑦⓪④まで", "+818035217704"),
    ("❿じゃなくて ⓿❾⓿-❹❹❷❶-❼❽❸❺ にどうぞ", "+819044217835"),
    ("0️⃣7️⃣0️⃣ 5️⃣5️⃣8️⃣1️⃣ 2️⃣2️⃣4️⃣3️⃣ ☎️", "+817055812243"),
    ("⓪⓽⓪-⓷⓵⓸⓵-⓹⓽⓶⓺ にかけて", "+819031415926"),
    # the count and the radio: まる ひと ふた, and the old count み よ いつ む や ここ
    ("現場の番号、まるはちまる ひとふたさんよん ごろくななはち ね", "+818012345678"),
    ("マルキュウマル、ヒトヒトフタサン、ヨンゴロクナナ", "+819011234567"),
    ("まるひとふたまる の さんよんご の ろくななはち", "+81120345678"),
    ("まるさん ふたふたひとひと よんよんまるまる に折り返して", "+81322114400"),
    ("携帯 まるなな まる みよいつ む ななや ここまる です", "+817034567890"),
    ("090 ひとふたみよ いつむなな や へ", "+819012345678"),
    ("マルハチマル　ヒトフタ　ミヨ　イツム　ナナヤ", "+818012345678"),
    # romaji
    ("denwa: maru kyuu maru, ni san yon go, roku nana hachi ichi", "+819023456781"),
    ("bangou wa rei hachi rei no yon yon ni ichi no nana hachi san go desu", "+818044217835"),
    # drawn out and cut short
    ("ぜーろきゅーぜーろ いーちにーさーんよーん ごおろーくなーなはーち", "+819012345678"),
    ("まるきゅうまるのいちにいさんよんのごおろくななはち", "+819012345678"),
    ("ゼロォハチゼロォ ゴオゴオイチニ サンヨンゴオロク", "+818055123456"),
    # scripts mixed per digit or per group
    ("〇9まる ひとふた参4 ごーロク七はち", "+819012345678"),
    ("零八〇・壱2さん四・⑤6ななハチ", "+818012345678"),
    ("๐๙๐ ४४२१ ٧٨٣٥ に電話", "+819044217835"),
    ("まる8〇 三3二1 七七〇四 です", "+818033217704"),
    # Chinese formal numerals (simplified 贰 叁 陆 柒 beside the 大字)
    ("电话 零玖零 贰叁陆柒 壹贰叁肆", "+819023671234"),
])
def test_new_variants_of_each_script_class(text, value):
    assert value in phone_values(text), text


@pytest.mark.parametrize("text", [
    # ordinary words with kanji digits, counters, prices, dates, addresses, set phrases
    "一人で来ました。二人分の予約を三日にお願いします。四月の五分前に",
    "三千円と四千五百円です。令和六年十二月三日",
    "住所は一丁目二番三号です",
    "一期一会、三々五々、七転八起、四苦八苦、九死に一生",
    "一二三四五六七八九十",
    # 〇〇 as a placeholder, まる as a word
    "〇〇様 〇〇円 〇〇駅で待ち合わせ",
    "まるで夢みたい、丸い形のまるいお皿",
    "まるまるさんに渡してください、まるまる一日かかります",
    # the count as words
    "ひとつふたつみっつよっつ、いつつむっつななつやっつここのつとお",
    "ひとふたでお願いします。ふたりでいきます",
    "ひふみよいつむななやここのたり",
    "ひとりふたりみんなで、よろしく",
    "ひとみさんとふたばちゃん、やよいさん。ここはいつもの店、むかしからやっています",
    "まるひとつ、ふたつめのまるは、いつもここにあります",
    "ひとふたまるまるに集合、ふたさんまるまる撤収",  # times in the radio's reading: 1200, 2300
    # romaji and other scripts' digits in ordinary sentences
    "ichi ni san shi go de hajimemashou",
    "٣ أيام في طوكيو، ٢٠٢٤",
    "ราคา ๑๒๐ บาท",
    "①受付 ②検温 ③着席の順です",
    "いちにのさんで、よーいどん",
])
def test_hard_negatives_stay_quiet(text):
    assert phone_values(text) == [], text
    assert scan(text).action == "allow", text


@pytest.mark.parametrize("text, value", [
    # the trunk 0 left off, the reader told after the number to add it
    ("80-5529-1147 ※頭に0を付けてかけてください", "+818055291147"),
    ("番号は 90 3321 7788、最初のゼロは足してね", "+819033217788"),
    ("45-312-8876（0を頭に付けてください）", "+81453128876"),
    ("三 五五二一 〇〇九八、頭にまるつけて", "+81355210098"),
    ("6-6543-2109です。先頭の0は付けてかけてね", "+81665432109"),
])
def test_a_trunk_zero_added_where_a_later_word_says_so(text, value):
    assert phone_values(text) == [value], text


@pytest.mark.parametrize("text", [
    "受付番号 5529-1147、頭に0を付けないでください",
    "価格は1500円です。頭の0は不要です",
    "12時に集合、最初に0から説明します",
])
def test_a_trunk_zero_not_added_without_a_number(text):
    assert phone_values(text) == [], text


@pytest.mark.parametrize("text, values", [
    # the old count's one-kana words are particles next to a typed number: the number stays as typed
    ("090-1234-5678や080-2345-6789にかけて", ["+818023456789", "+819012345678"]),
    ("ここの番号は090-4421-7835よ", ["+819044217835"]),
    ("ここ→03-5442-8810、みんなで使ってね", ["+81354428810"]),
    ("まるで090-7713-5802みたい、ひとまず", ["+819077135802"]),
])
def test_old_count_particles_beside_a_typed_number(text, values):
    assert phone_values(text) == values, text
