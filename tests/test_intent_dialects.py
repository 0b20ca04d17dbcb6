"""Invitations to an outside channel and off-platform payment proposals in dialect (#14): local
classifieds are written in Kansai, Hakata, Tohoku and Hiroshima forms, which the standard grammar
misreads (「電話してや」 ends on a particle, 「くれんね」 negates, 「すっぺ」 is no volitional to
Sudachi, 「あかん」 is no refusal word), and older writers use ad shorthand (「LINE交換可」). Each
positive has a refusal, a story or a question about the rules beside it that must stay quiet. All
texts are fictional."""
import pytest

import leakguard
from leakguard.model import EXTERNAL, PAYMENT


def _channels(text: str) -> set:
    return {f.value for f in leakguard.scan(text).findings if f.category == EXTERNAL}


def _pays(text: str) -> bool:
    return any(f.category == PAYMENT for f in leakguard.scan(text).findings)


INVITATIONS = [
    # Kansai: 〜てや, 〜へん？, 〜しよや
    ("電話してや", "phone"),
    ("番号教えてや。夜かけるわ", "phone"),
    ("メアド教えてや", "email"),
    ("電話かけてきてや", "phone"),
    ("電話してくれへん？", "phone"),
    ("LINEで話さへん？", "line"),
    ("ライン交換しよや", "line"),
    ("LINE交換してくれへん？", "line"),
    # Hakata and Kyushu: 〜てくれん？, 〜くれんね, 〜せんね？
    ("電話してくれん？", "phone"),
    ("LINEしてくれんね", "line"),
    ("ライン教えてくれんね", "line"),
    ("メアド教えてもらえんね？", "email"),
    ("ラインでやりとりせんね？", "line"),
    # Tohoku and Kanto: 〜すっぺ, 〜すんべ, 〜けろ
    ("LINEでやりとりすっぺ", "line"),
    ("電話すんべ", "phone"),
    ("電話で話すべ", "phone"),
    ("電話してけろ", "phone"),
    # Nagoya and western forms of 〜しておいて
    ("電話しとって", "phone"),
    ("電話しておいて", "phone"),
    ("LINE送っといて", "line"),
]

QUIET = [
    # dialect refusals and negations
    ("LINE交換はでけへん", "line"),
    ("LINEでけへん？", "line"),
    ("LINE交換はあかんで", "line"),
    ("電話はいかんよ", "phone"),
    ("ライン交換はしとらんけん", "line"),
    # a call that came, a story, a complaint told, a thought
    ("電話来てや", "phone"),
    ("電話来とって出られんかった", "phone"),
    ("全然電話してくれんねって言われた", "phone"),
    ("電話してくれんね、あの人", "phone"),
    ("電話すっぺと思ったけどやめた", "phone"),
    ("LINEのほうが早いべ", "line"),
]


@pytest.mark.parametrize("text,channel", INVITATIONS)
def test_a_dialect_invitation_names_its_channel(text, channel):
    assert channel in _channels(text), leakguard.scan(text).findings


@pytest.mark.parametrize("text,channel", QUIET)
def test_a_dialect_refusal_or_story_invites_nothing(text, channel):
    assert channel not in _channels(text), leakguard.scan(text).findings


PAYMENTS = [
    # Kansai: 〜でええで, 〜ええやん, 〜といて, 〜てや
    "直でええよ",
    "直でええやん",
    "銀行振込でええで",
    "現金払いでええで",
    "口座に振り込んどいて",
    "先に振り込んどいて",
    "口座に振り込んでや",
    "直接やりとりできへん？",
    # Hakata and Kyushu: 〜でよか, 〜くれん？, 〜できんと？
    "直でよかよ",
    "手渡しでよか？",
    "現金でよかね？",
    "PayPayでよかよ",
    "代金は口座に振り込んでくれん？",
    "手数料もったいないけん直でよか？",
    "直接取引できんと？",
    "直接やりとりできんですか？",
    # Tohoku: 〜でいいべ, 〜けろ, 〜いいっちゃ; Hiroshima: 〜つかあさい
    "現金でいいべ",
    "口座に振り込んでけろ",
    "手渡しで現金でいいっちゃ",
    "PayPayで払うてつかあさい",
]

NOT_PAYMENTS = [
    # dialect refusals of the same proposals
    "直接取引はあかんで",
    "直接取引はあかんよ",
    "現金はあかんで、アプリで払ってや",
    "手渡しはできんです",
    "直接取引はできへんよ",
    "現金払いはいかんけん、アプリでお願いします",
    "直接のやりとりはやっとらんです",
    # stories and reported questions: the way was fine, someone asked
    "現金でよかったです",
    "手渡しでよかった",
    "PayPayでええか聞いたら断られました",
]


@pytest.mark.parametrize("text", PAYMENTS)
def test_a_dialect_payment_proposal_is_found(text):
    assert _pays(text), leakguard.scan(text).findings


@pytest.mark.parametrize("text", NOT_PAYMENTS)
def test_a_dialect_refusal_or_story_is_no_payment_proposal(text):
    assert not _pays(text), leakguard.scan(text).findings


# -- older, curt writers and classified-ad shorthand: 「LINE交換可」「夜なら電話可」 ------------------------
@pytest.mark.parametrize("text,channel", [
    ("電話可", "phone"),
    ("LINE交換可", "line"),
    ("夜なら電話可", "phone"),
    ("LINEでの連絡可", "line"),
    ("電話くれ。", "phone"),
    ("連絡は電話で頼む", "phone"),
])
def test_curt_shorthand_offers(text, channel):
    assert channel in _channels(text), leakguard.scan(text).findings


@pytest.mark.parametrize("text", [
    "LINE交換不可",
    "電話不可",
    "LINE交換は不可です",
    "このアプリの通話機能で通話可",  # the platform's own call
    "電話番号の入力は任意（空欄可）",  # a form
    "LINE交換可否について教えてください",  # a question about the rule
    "メール便可",  # a shipping method
])
def test_curt_shorthand_look_alikes(text):
    assert not _channels(text), leakguard.scan(text).findings
