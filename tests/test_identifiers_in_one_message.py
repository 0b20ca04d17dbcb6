"""Identifiers written whole in one message by learners and disguisers: the particle の between
phone groups in katakana or romaji, the @ and the dot said in Portuguese, Spanish or Vietnamese,
and one symbol repeated between the characters of an address or an ID. Each class with the
ordinary text it must leave alone."""
from __future__ import annotations

import pytest

from leakguard.normalize import normalize
from leakguard.scanner import find


def values(text: str, category: str) -> set[str]:
    return {f.value for f in find(text, categories={category})}


# -- phone: の as ノ or romaji "no" between the groups ---------------------------------------------

@pytest.mark.parametrize("text, value", [
    ("watashi no denwa bangou wa 080 no 3316 no 2047 desu", "+818033162047"),
    ("keitai: 090 no 7741 no 5208, yoru nara ok", "+819077415208"),
    ("でんわは 070 ノ 2289 ノ 6613 だよ", "+817022896613"),
    ("番号→080ノ5512ノ9034", "+818055129034"),
])
def test_phone_groups_joined_by_no(text, value):
    assert values(text, "phone_number") == {value}


@pytest.mark.parametrize("text", [
    "heya wa 3 no 12 desu, 5 no 8 mo aite imasu",       # room numbers said with romaji の
    "chapter 12 no 3 no 45 wo yonde kudasai",           # a reference, too short to dial
    "ノート090ノ12",                                      # katakana の with too few digits
    "nano 0901 nosuke 2345",                            # "no" inside words is no particle
])
def test_no_between_short_numbers_is_no_phone(text):
    assert values(text, "phone_number") == set()


# -- e-mail: @ and dot said in other languages ----------------------------------------------------

@pytest.mark.parametrize("text, value", [
    ('meu email: bia.souza "arroba" gmail "ponto" com', "bia.souza@gmail.com"),
    ("mi correo es lucia_22 arroba outlook punto jp", "lucia_22@outlook.jp"),
    ("Mail: thu.trang98 (a còng) yahoo.co.jp nhé", "thu.trang98@yahoo.co.jp"),
    ("email em: nam.nguyen a còng gmail chấm com", "nam.nguyen@gmail.com"),
])
def test_at_and_dot_said_in_another_language(text, value):
    assert values(text, "email_address") == {value}


@pytest.mark.parametrize("text", [
    "uma arroba de café são 15 kg, muito pesado",       # arroba: an old unit of weight
    "o ponto de encontro é a estação de Shibuya",       # ponto: a meeting point
    "ký hiệu a còng dùng trong email",                  # talks about the @ sign, no address
    "el punto final del viaje es Osaka",
])
def test_foreign_words_for_at_and_dot_alone_are_no_address(text):
    assert values(text, "email_address") == set()


# -- one symbol repeated between the characters of an identifier ----------------------------------

@pytest.mark.parametrize("text, category, value", [
    ("メアドは s🍓a🍓k🍓i_03@gmail.com です（🍓はとってね）", "email_address", "saki_03@gmail.com"),
    ("y★u★m★a.k@icloud.com", "email_address", "yuma.k@icloud.com"),
    ("LINEのIDは ha🌙ru🌙ka_12 だよ", "line_id", "haruka_12"),
])
def test_symbol_between_the_characters_is_taken_out(text, category, value):
    assert value in values(text, category)


@pytest.mark.parametrize("text, kept", [
    ("ランクはa★bです", "ランクはa★bです"),                       # once: a separator, not filler
    ("good🌸morning🌸everyone", "good🌸morning🌸everyone"),  # words, not characters, between them
    ("09🌸0🌸12🌸34", "09🌸0🌸12🌸34"),                      # digits alone: the phone detector's spacing
    ("iPhone15🎉15周年🎉", "iphone15🎉15周年🎉"),
])
def test_symbol_that_is_no_filler_is_kept(text, kept):
    assert normalize(text).text == kept


@pytest.mark.parametrize("text, value", [
    ("♪をドットに読んでね。mika_shop@docomo♪ne♪jp", "mika_shop@docomo.ne.jp"),
    ("ri☆na☆88@gmail.com（☆→ドット）", "ri.na.88@gmail.com"),
    ("※は＠です。k※yoshi♪yoshi♪net（♪=.）", "k@yoshi.yoshi.net"),
])
def test_symbol_the_message_declares_is_a_stand_in_not_filler(text, value):
    assert values(text, "email_address") == {value}


def test_filler_removal_keeps_the_offsets():
    text = "連絡は k🐸e🐸r🐸o_5@gmail.com まで"
    (finding,) = [f for f in find(text, categories={"email_address"})]
    assert finding.value == "kero_5@gmail.com"
    assert finding.text.startswith("k🐸e") and finding.text.endswith("gmail.com")


# -- LINE: the ID after romaji particles or Tagalog "ko" ------------------------------------------

@pytest.mark.parametrize("text, value", [
    ("Line ID ko: joy.reyes92 po, add me", "joy.reyes92"),
    ("LINE no ID wa tuan_hcm88 desu. yoroshiku", "tuan_hcm88"),
    ("LINE mo ID wa ana-lima7 desu", "ana-lima7"),
    ("LINE ID wa k e i 0 5 desu", "kei05"),
])
def test_line_id_after_romaji_particles(text, value):
    assert values(text, "line_id") == {value}


@pytest.mark.parametrize("text", [
    "LINE ID wa wakaranai desu",          # a romaji word of letters alone, not an ID
    "LINE no ID wa mada nai, gomen",
    "LINE wa tsukatte imasen",
    "Line ko ay sira po",                 # Tagalog: my LINE is broken
    "denwa demo ii desu. LINE mo daijoubu.",  # a full stop after a romaji word
    "LINE wa ok desu yo-",
])
def test_romaji_sentence_after_line_is_no_id(text):
    assert values(text, "line_id") == set()


# -- a separator quoted on its own among the parts to join ----------------------------------------

@pytest.mark.parametrize("text, value", [
    ("ラインのIDは「yuki」と「_」と「0707」をくっつけたやつです", "yuki_0707"),
    ("LINEのIDは『taku』と『.』と『88』をつなげてね", "taku.88"),
    ("ラインID: \"rin\" と \"-\" と \"2525\" をつなげたもの", "rin-2525"),
])
def test_quoted_separator_among_the_parts(text, value):
    assert values(text, "line_id") == {value}


@pytest.mark.parametrize("text", [
    "ファイル名に「_」や「.」は使えません",                    # symbols quoted, no parts to join
    "「_」と「-」の違いを教えてください。LINEの設定の話です",
])
def test_quoted_separator_alone_is_no_id(text):
    assert values(text, "line_id") == set()


# -- the ideographic full stop for every dot, the local part's too ---------------------------------

@pytest.mark.parametrize("text, value", [
    ("mai。kobayashi＠icloud。com に送ってね", "mai.kobayashi@icloud.com"),
    ("連絡先 ryo。t。88@yahoo。co。jp", "ryo.t.88@yahoo.co.jp"),
])
def test_full_stops_for_every_dot(text, value):
    assert values(text, "email_address") == {value}


@pytest.mark.parametrize("text, value", [
    ("了解です。OK。taro@gmail.com へどうぞ", "taro@gmail.com"),   # the domain typed with dots: a sentence's 。
    ("ありがとう。yui@hayashi。co。jp", "yui@hayashi.co.jp"),       # no ASCII before the 。
])
def test_full_stop_before_the_local_part_stays_a_sentence_end(text, value):
    assert values(text, "email_address") == {value}


# -- phone: English number words mixed with digits ------------------------------------------------

@pytest.mark.parametrize("text, value", [
    ("my number: 0 nine 0 / 3 three 1 8 / 6 6 two 4", "+819033186624"),
    ("keitai wa 080-five 5 1 2-4 seven 7 0 desu", "+818055124770"),
])
def test_english_number_words_mixed_with_digits(text, value):
    assert values(text, "phone_number") == {value}


@pytest.mark.parametrize("text", [
    "I have 2 one-year-old cats and 3 two-seat sofas",
    "we won 3 to one, then 2 nine-hour shifts for 5 people",
    "step 1 one cup, step 2 two cups, step 3 three cups",
])
def test_english_number_words_by_digits_in_prose_are_no_phone(text):
    assert values(text, "phone_number") == set()


# -- e-mail: a name spelled a letter at a time -----------------------------------------------------

@pytest.mark.parametrize("text, value", [
    ("Email: M-A-R-I-A dot S-O-U-Z-A at gmail dot com", "maria.souza@gmail.com"),
    ("mail wa k-e-n-j-i.88@icloud.com desu", "kenji.88@icloud.com"),
    ("メアド r.i.n.a.0.5@yahoo.co.jp（ドットは全部抜いてね）", "rina05@yahoo.co.jp"),
])
def test_letters_spelled_apart_are_closed_up(text, value):
    assert values(text, "email_address") == {value}


@pytest.mark.parametrize("text, value", [
    ("contact: x-ray-lab@kyoto-u.ac.jp", "x-ray-lab@kyoto-u.ac.jp"),   # hyphenated words, not letters
    ("mail: a.b.c.d@example.com", "a.b.c.d@example.com"),             # dots kept: nobody said to drop them
    ("sato-k-2@docomo.ne.jp", "sato-k-2@docomo.ne.jp"),
])
def test_hyphens_and_dots_of_real_addresses_are_kept(text, value):
    assert values(text, "email_address") == {value}


# -- kana the message says to take out --------------------------------------------------------------

@pytest.mark.parametrize("text, category, value", [
    ("miにゃkaにゃ.shop@gmail.com（にゃは消してね）", "email_address", "mika.shop@gmail.com"),
    ("LINE: soぴょraぴょ_08（ぴょは抜いて読んでね）", "line_id", "sora_08"),
    ("ワンは無視して。koワンtaワンro@icloud.com", "email_address", "kotaro@icloud.com"),
])
def test_kana_filler_the_message_names_is_taken_out(text, category, value):
    assert value in values(text, category)


@pytest.mark.parametrize("text, kept", [
    ("メモは消して。taroのidはtaro_01", "メモは消して。taroのidはtaro_01"),   # the named word is nowhere in an ID
    ("aにゃb@gmail.com にゃー", "aにゃb@gmail.com にゃー"),                    # nobody said to take it out
])
def test_kana_not_named_as_filler_is_kept(text, kept):
    assert normalize(text).text == kept


# -- LINE stretched in hiragana ----------------------------------------------------------------------

@pytest.mark.parametrize("text, value", [
    ("らいーん のIDは mochi_77 です", "mochi_77"),
    ("ら〜いんのID→ taiga.0303", "taiga.0303"),
])
def test_line_stretched_in_hiragana(text, value):
    assert values(text, "line_id") == {value}


@pytest.mark.parametrize("text", [
    "せんせいらいーんって何ですか、v2.0 の話です",   # the stretched name inside a word
    "きらいーんだよね、ver_2 のこと",
])
def test_stretched_kana_inside_words_is_no_line(text):
    assert values(text, "line_id") == set()
