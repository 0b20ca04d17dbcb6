"""Innocent messages round 11 blocked or flagged (issue #14 §3), each class written in other
wordings, trades, apps and registers than the round-11 dev rows, with positives of the same shape
that must stay found: paying outside said to be unneeded or refused (in dialect too); a channel
inside a clause that qualifies a noun (a design seen on Instagram, a shop that gives a discount for
a LINE friend); a channel's own machinery as the work (a mail server moved, a template translated);
words of a device's specification read as an ID."""
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


# -- 1. paying or dealing outside said to be unneeded, or refused in the writer's own dialect -------
NOT_NEEDED_OR_REFUSED = [
    "現金で払う必要はありませんよ、決済はすべてアプリで完了します",
    "銀行振込にする必要はないです。カード払いもサイトで選べます",
    "手渡しで払わなくて大丈夫です。アプリで決済済みなので",
    "口座に振り込む必要はないっすよ、全部システムで引き落としなんで",
    "直接やり取りしようって言うてくる客は、うちは全部断っとります",
    "外で払ってって言われても、わしは絶対乗らんけぇ安心しんさい",
    # スルー also skips the platform (「アプリはスルーして」): only 「誘いはスルー」 reads as a refusal yet
    pytest.param("直接取引の誘いはいつもスルーしてます。規約は守りたいので", marks=_OPEN),
    "PayPayで直接送金なんてしませんよ、ちゃんとサイトを通します",
    "振込先を教えてって何度か言われたけど、全部お断りしとるけん",
    "現金払いは受け付けとらんです。アプリの決済だけでお願いしとります",
    "振込で払うてくれって言うてくる客は断っとるよ",
    "外で払う必要はないけん、安心してね",
    "直接取引の話はいつも断っとるんで安心してな",
    "直接取引もちかけてくる客もおるけど、全部断っとるけぇ",
]
STILL_OFFERED = [
    "アプリ通す必要ないから、直接PayPayで送ってください",
    "手数料払う必要ないですよ、直接振込にしませんか",
    "直接取引はお断りしてるんですが、今回だけ銀行振込でお願いできますか",
    "サイトの決済は断っとるんよ、現金で払ってくれる？",
    "直接振込なら手数料払う必要ないですよ",
    "アプリ通さなくていいですよ、PayPayで送ってください",
    "仮払いの必要はないので、直接振り込んでください",
    "現金で払う必要はないけど、PayPayで直接送ってくれたら助かります",
    "アプリの決済はいらないので、現金で払ってもらえますか",
    "外で払えば手数料かからないよ、振込にしない？",
]


@pytest.mark.parametrize("text", NOT_NEEDED_OR_REFUSED)
def test_refused_or_unneeded_not_flagged(text):
    assert not _flags(text)


@pytest.mark.parametrize("text", STILL_OFFERED)
def test_offer_beside_a_refusal_still_blocked(text):
    assert _blocked(text)


# -- 2. a channel inside a clause that qualifies a noun: where a thing was seen, a kind of offer ---
QUALIFYING_CLAUSE = [
    "TikTokで見つけたっていう髪型にしてほしいです。写真はここに貼りますね",
    "インスタで話題になってるというケーキと同じものを作っていただけますか",
    "LINEで友達になったら割引、みたいな店は怪しいから気をつけてね",
    "Xでバズってたみたいな構図で撮ってほしいです",
    "メールで届いたという請求書の画像をこちらに添付してください",
    "電話一本で駆けつけます、みたいな業者は避けたほうがええで",
    "Facebookで見かけたような広告バナーを作っていただけますか",
    "YouTubeで紹介されてたというストレッチを教えてもらえますか",
    "インスタでフォローしたら500円引き、っていう案件には応募しないほうがいいです",
    "LINEで見守りできるカメラに取り替えてほしい",
    "LINEで送られてきた図面を印刷してもらえますか",
    "LINEと連携できるスマートロックに交換したいです",
    "電話くれたら即日対応します、みたいな業者には頼まないほうがいい",
    "Discordに招待しますっていう依頼者はブロックしてます",
    "LINE追加で初回半額、みたいな求人はやめといたほうがいいよ",
]
CLAUSE_INVITES = [
    "インスタで見たデザインの写真、インスタのDMで送ってください",
    "LINEで友達追加してくれたら割引しますよ",
    "詳しいことはLINEでお話ししませんか",
    "TikTokで見つけた髪型の写真、LINEで送ってもいいですか？",
    "電話一本で駆けつけますので、こちらにお電話ください",
    "LINE登録で割引、みたいなキャンペーンやってますので、ぜひ登録してください",
    "電話で相談したいという方はお気軽にどうぞ",
    "LINEで話したい方はID送ってください",
]


@pytest.mark.parametrize("text", QUALIFYING_CLAUSE)
def test_qualifying_clause_not_flagged(text):
    assert not _flags(text)


@pytest.mark.parametrize("text", CLAUSE_INVITES)
def test_invitation_beside_a_qualifying_clause_still_found(text):
    assert ("external_contact" in {c for c, _v in _flags(text)})


# -- 3. a channel's own machinery as the work ------------------------------------------------------
MACHINERY_AS_WORK = [
    "社内のメールサーバーをクラウドに移したいので、お見積りください",
    "メールサーバーの設定変更をお願いできますか",
    "WhatsApp Businessの自動返信文を英語に訳してほしいです",
    "LINEのリッチメニューの文言を考えてもらえませんか",
    "Slackのワークフローの設計をお願いしたいです",
    "電話交換機の入れ替え工事をお願いしたいです",
    "メルマガの配信システムを乗り換えたいので相談させてください",
    "Discordのサーバーのロール設計を手伝ってもらえますか",
    "電話の受話器を交換してもらえますか",
    "電話のコードを長いのに交換できますか",
    "メールサーバーのお引越しをお願いします",
    "スマホの電話アプリのアイコンを差し替えてほしいです",
]
MACHINERY_INVITES = [
    "詳しくはメールで送ってもらえますか",
    "WhatsAppで連絡ください",
    "Discordのサーバーに招待するので入ってください",
    "メールで見積もり送ってもらえますか",
    "電話番号を交換しませんか",
    "LINEのIDを交換しましょう",
    "インスタのアカウントを教えてもらえますか",
    "LINEのQRコードを送ってください",
]


@pytest.mark.parametrize("text", MACHINERY_AS_WORK)
def test_machinery_as_work_not_flagged(text):
    assert not _flags(text)


@pytest.mark.parametrize("text", MACHINERY_INVITES)
def test_machinery_invites_still_found(text):
    assert ("external_contact" in {c for c, _v in _flags(text)})


# -- 4. a device's specification after a channel is no ID ------------------------------------------
SPEC_WORDS = [
    "LINE対応のインターホンに交換したいです。Wi-Fiは2.4GHzあります",
    "LINE通知が来るカメラに交換希望です。Bluetoothは使いません",
    "LINE連携のスマートロックを追加したいです。wifiはあります",
    "LINEで通知が来る見守りセンサーを追加したいです。USB給電できます",
    "LINE対応のドアホンに交換したい。HDMIは不要です",
]
SPEC_BESIDE_ID = [
    "LINE交換しましょう。IDはwifi_taro88です",
    "ライン追加してね、usb_kenji です",
]


@pytest.mark.parametrize("text", SPEC_WORDS)
def test_spec_word_not_an_id(text):
    assert not _blocked(text)


@pytest.mark.parametrize("text", SPEC_BESIDE_ID)
def test_id_beside_spec_word_still_blocked(text):
    assert _blocked(text)
