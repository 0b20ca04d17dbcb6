"""Innocent messages round 10 blocked or flagged (issues #13, #14 §3), each class written in other
wordings, apps, banks and registers than the round-10 dev rows, with positives of the same shape
that must stay found: the platform's own checkout naming a wallet or a convenience store among its
ways to pay; a scam told about (someone who makes buyers pay first, a profile quoted with とか);
a phone or camera word that is an object (a phone-shaped charm, a zoomed photo)."""
from __future__ import annotations

import pytest

from leakguard import scan
from leakguard.policy import Policy

_MIN = Policy().min_score
# Cases still read wrong, kept on record as strict xfails
_OPEN = pytest.mark.xfail(strict=True, reason="open: not read yet (issue #14 §3)")


def _blocked(text: str) -> bool:
    return scan(text).action == "block"


def _flags(text: str) -> set[tuple[str, str | None]]:
    return {(f.category, f.value) for f in scan(text).findings if f.score >= _MIN}


# -- 1. the platform's own checkout lists a wallet, a card or a convenience store ------------------
ON_PLATFORM_CHECKOUT = [
    "購入画面の支払い方法にd払いが出てきたんですけど、それを選んでも大丈夫ですか？",
    "アプリの決済画面でPayPayを選べるみたいなので、それで払いますね",
    "お支払い方法の一覧にメルペイと楽天ペイがあったので、楽天ペイで決済しました",
    "このサイトのお支払い方法はクレジットカードかコンビニ払いから選べます",
    "au PAYは使えなくなったので、アプリのお支払いでお願いします",
    "支払い方法の選択肢にauPAYって表示されてるんですが、これで決済して問題ないですか",
    pytest.param("checkout screen shows PayPay as an option, is it ok to pick that?", marks=_OPEN),
]
OFF_PLATFORM_WALLET = [
    "PayPayで直接払ってもらえませんか？そのほうが手数料かからないので",
    "支払いは楽天ペイに送金でお願いします、アプリは通さないで",
    "d払いで私に直接送ってくれたら少し安くしますよ",
    "手数料がもったいないので、銀行振込で直接お願いします",
]


@pytest.mark.parametrize("text", ON_PLATFORM_CHECKOUT)
def test_platform_checkout_not_blocked(text):
    assert not _blocked(text)


@pytest.mark.parametrize("text", OFF_PLATFORM_WALLET)
def test_wallet_outside_still_blocked(text):
    assert _blocked(text)


# -- 2. a scam told about: others who make buyers pay first, a profile line quoted ----------------
SCAM_TOLD = [
    "気をつけてね、手付金を先に振り込ませる業者がいるらしいよ",
    "保証金を前払いで振り込ませる手口が増えてるって運営のお知らせに書いてありました",
    "予約金だけ先に払わせて連絡がつかなくなる人もいるそうなので注意してます",
    "「銀行振込でも対応します」とかプロフィールに書いてる出品者、規約違反じゃないの？",
    "直接取引OKです、みたいなこと書いてる人たまにいるけどあれ通報したほうがいいのかな",
    "前金を振り込ませてそのまま消える詐欺、ニュースで見ました😨",
    "手付金を先に振り込ませる業者がいるって友達が言ってた",
    "保証金を先に払わせる出品者がいるって聞きました",
    "初期費用を前もって払わせるような相手には気をつけたほうがいいよ",
    "現金手渡しでも大丈夫です、って書いてる出品者いるけどいいの？",
    "楽天ペイでの支払いもOKです、とか書いてる人がいた",
    "直接やり取りしましょう、なんてDMしてくる相手は無視でいいよね",
]
UPFRONT_PROPOSED = [
    "予約金を先に振り込んでもらえれば、子猫を取り置きしておきますね",
    "手付金として5000円を先に口座に振り込んでください",
    "保証金を前払いでお願いします、確認でき次第お渡しします",
    "予約金を先に振り込ませていただきます",
    "手数料を払わせるのは悪いので、直接振り込ませてください",
    "直接取引OKってプロフに書いてあるので、PayPayで払いますね",
]


@pytest.mark.parametrize("text", SCAM_TOLD)
def test_scam_told_not_blocked(text):
    assert not _blocked(text)


@pytest.mark.parametrize("text", UPFRONT_PROPOSED)
def test_upfront_payment_still_blocked(text):
    assert _blocked(text)


# -- 3. a phone or a camera word that is an object, not a channel ---------------------------------
OBJECT_WORDS = [
    "電話のモチーフのキーホルダーって作れますか？",
    "受話器のマークの刺繍を入れてほしいです📞",
    "電話の形のピアスが欲しくて、色はゴールドでお願いします",
    "電話のマーク入れられますか？",
    "ワンポイントで電話のマークも刺繍できますか？",
    "電話モチーフのチャームに変更できますか📞",
    "電話の絵文字みたいなデザインもできますか☎️",
    "スマホケースに黒電話のイラストを入れてもらえますか",
    pytest.param("ズームで撮った写真も追加しました、縫い目が見やすいと思います", marks=_OPEN),
    "傷の部分をズームアップした画像も載せておきますね",
    "カメラでズームした写真を送ります、刻印がわかるように",
]
CHANNEL_INVITES = [
    ("電話で話したほうが早いので、お電話いただけますか", ("external_contact", "phone")),
    ("Zoomで打ち合わせしませんか？URL送ります", ("external_contact", "zoom")),
    ("ズームでお顔合わせできたらうれしいです", ("external_contact", "zoom")),
    ("電話マークを押して電話ください", ("external_contact", "phone")),
    ("LINEマークから友だち追加してね", ("external_contact", "line")),
]


@pytest.mark.parametrize("text", OBJECT_WORDS)
def test_object_words_quiet(text):
    assert not {c for c in _flags(text) if c[0] == "external_contact"}


@pytest.mark.parametrize("text,flag", CHANNEL_INVITES)
def test_channel_invites_still_flagged(text, flag):
    assert flag in _flags(text)


# -- 4. the payment confirmed before the goods go out: the order of any sale -----------------------
PAID_FIRST = [
    "ローソン払いでも大丈夫です！入金確認できたら即日発送します",
    "カード払いでもOKですよ、入金が確認できたらすぐお送りしますね",
    "後払いも選べます〜 支払いが確認できたら発送の連絡をしますね",
    "d払いでも問題ないです、決済確認できたら梱包に入ります📦",
    "購入手続きありがとうございます！入金を確認できたら本日中に発送します",
    "ATM払いでも大丈夫です。入金確認できたら追跡番号をお知らせします",
]
PAID_AFTER_DELIVERY = [
    "納品後に直接振り込んでもらえますか",
    "作業が終わったら、私の口座に直接入金してください",
    "PayPayで送金してください。入金確認できたらすぐ発送します",
    "完成したら手渡しでお支払いいただければ大丈夫です",
]


@pytest.mark.parametrize("text", PAID_FIRST)
def test_paid_first_not_blocked(text):
    assert not _blocked(text)


@pytest.mark.parametrize("text", PAID_AFTER_DELIVERY)
def test_paid_after_delivery_still_blocked(text):
    assert _blocked(text)
