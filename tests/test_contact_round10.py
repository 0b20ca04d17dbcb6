"""External contact on round-10 wording (issue #14 §1), written in other wordings, apps and registers
than the round-10 dev rows, each class with hard negatives: apps by a nickname or another script
(カトク, てれぐらむ, Threads); a handle with dots handed over after a pointer (「インスタ→ @mori.no.pan.jp」),
which an e-mail domain never is; casual invitations to write on 「〜のほう」 of an app; video calls on a
named app. Negatives: the platform's own call and message features, work about an app, refusals."""
from __future__ import annotations

import pytest

from leakguard import scan

from channel_cases import channels as _channels, open_case as _open  # noqa: F401

# Still missed, kept as strict xfails: a plain offer 「見せます」 is no invitation yet, X and Threads in
# Latin letters are slang that needs a cue at once (「Threadsでメッセージ」「X > @…」 are not read as one),
# 「メールで」 alone may be the platform's own messages, and テレビ電話 is no alias: like ビデオ通話 alone it
# would be read as the phone, and everyday chat says it of family calls (「時々テレビ電話で話しています」)




# -- 1. apps by a nickname or another script -------------------------------------------------------
APPS = [
    ("カトクで連絡ください、韓国の友達とはいつもそれなので", "kakao"),
    ("カトクのID送るね → jiwoo.mom", "kakao"),
    ("てれぐらむで写真送るね", "telegram"),
    ("てれぐらむのIDおしえて〜", "telegram"),
    _open("Threadsでメッセージください、通知すぐ気づくので", "instagram"),
    ("threadsのDMに送ってもらえますか", "instagram"),
    ("Threadsやってたらフォローしてね、そっちで連絡できるし", "instagram"),
]


@pytest.mark.parametrize("text,channel", APPS)
def test_app_by_nickname_is_invited(text, channel):
    assert channel in _channels(text)


APPS_QUIET = [
    "カトクは使ってないので、ここでお願いします",
    "Threadsの投稿用の画像を10枚作ってください",
    "てれぐらむの使い方を解説する記事を書いてください",
    "The threads on the sleeve are loose, so I'll send a close-up photo here.",
    "刺しゅう糸のthreadsが絡まないように梱包します",
]


@pytest.mark.parametrize("text", APPS_QUIET)
def test_app_nickname_as_topic_or_refusal_stays_quiet(text):
    assert not _channels(text)


# -- 2. a handle with dots after a pointer (an address has no space before its @) ------------------
HANDLES = [
    ("インスタ→ @mori.no.pan.jp DMください", "instagram"),
    ("インスタは @kiki.handmade.jp です、フォローしてね", "instagram"),
    ("Threads ⇒ @sora.camera.co メッセージ待ってます", "instagram"),
    _open("X > @yuzu.tcg.jp DM開けてます", "x"),
    ("インスタ👉 @nagi.pottery.jp", "instagram"),
    ("ツイッター→ @ren.figure.com リプでもDMでも", "x"),
]


@pytest.mark.parametrize("text,channel", HANDLES)
def test_dotted_handle_after_pointer_is_a_handle(text, channel):
    assert channel in _channels(text)


HANDLES_QUIET = [
    "ドコモのメールなので → @docomo.ne.jp からの受信を許可してください",
    "インスタの認証メールが届かないなら、迷惑メール設定で @mail.instagram.com を許可してね",
    "ショップのインスタ用の画像をお願いします。ロゴには → @shop.co.jp のドメインを入れてください",
]


@pytest.mark.parametrize("text", HANDLES_QUIET)
def test_domain_after_pointer_is_no_handle(text):
    assert not any(f.category == "external_contact" and f.kind == "handle" for f in scan(text).findings)


# -- 3. casual invitations: 「〜のほうで連絡くれたら」 ---------------------------------------------------
CASUAL = [
    ("インスタのほうにDMくれたらすぐ返すね✨", "instagram"),
    ("ツイッターのほうでDMくれたら対応します🙏", "x"),
    ("LINEのほうで連絡くれたら嬉しいです😊", "line"),
    ("フェイスブックのほうにメッセージくれたら見ます", "facebook"),
    _open("Xのほうで声かけてくれたらすぐ気づくよ", "x"),
]


@pytest.mark.parametrize("text,channel", CASUAL)
def test_casual_invitation_on_an_app(text, channel):
    assert channel in _channels(text)


CASUAL_QUIET = [
    "Xのほうで告知を出してくれたら助かります",
    "LINEのほうは使ってないので、ここでお願いします🙏",
    "インスタのほうにDMくれても返せないので、ここのメッセージでお願いします",
]


@pytest.mark.parametrize("text", CASUAL_QUIET)
def test_casual_app_talk_stays_quiet(text):
    assert not _channels(text)


# -- 4. video calls on a named app -----------------------------------------------------------------
VIDEO = [
    _open("インスタのビデオ通話でワンちゃん見せますね🐶", "instagram"),
    _open("ラインのテレビ電話で子猫見せます", "line"),
    ("WhatsAppのビデオで見せてもらえますか", "whatsapp"),
    _open("お部屋はLINEのビデオでご案内できますよ", "line"),
]


@pytest.mark.parametrize("text,channel", VIDEO)
def test_video_call_on_a_named_app(text, channel):
    assert channel in _channels(text)


VIDEO_QUIET = [
    "アプリ内のビデオ通話で見せますね",
    "ここのビデオ通話機能で内見できます",
    "LINEのビデオ通話のやり方を教える動画を作ってください",
    "インスタのビデオ編集をお願いできますか",
    "テレビ電話の修理をお願いします",
    "昔のテレビ電話みたいなレトロなデザインでお願いします",
    "そうなんです、時々家族とテレビ電話で話しています",
]


@pytest.mark.parametrize("text", VIDEO_QUIET)
def test_platform_video_or_video_work_stays_quiet(text):
    assert not _channels(text)


# -- 5. an invitation whose reason after it is negated, and 〜しとく (〜しておく) contracted ------------
# The negation in 「ここだと通知に気づかない」 is about here, not the proposal before it; the とき of
# 「交換しときませんか」 is 〜しておき, no 「when」.
CLAUSES = [
    ("続きはインスタで話そ！ここ見落としがちだから", "instagram"),
    ("ディスコでやりとりしよう、こっちは通知こないし", "discord"),
    ("ラインで話そ😊ここあんまり開かないから", "line"),
    _open("メールで送りあおう。このアプリだと画像が重くて開けないので", "email"),
    ("カカオで連絡取り合おう〜 ここは既読わからんし", "kakao"),
    ("ライン交換しときましょうか", "line"),
    ("インスタ相互フォローしときません？", "instagram"),
    ("電話番号交換しときませんか、当日迷子にならないように", "phone"),
]


@pytest.mark.parametrize("text,channel", CLAUSES)
def test_invitation_before_a_negated_reason_or_contracted(text, channel):
    assert channel in _channels(text)


CLAUSES_QUIET = [
    "LINE交換しよう、と言われたけど断りました",
    "LINE交換しよう、って言われても困ります",
    "LINEで話そう、とは言えません。規約で禁止されているので",
    "交換しときたいけど規約で禁止なのでできません",
    "メッセージはここで送っときますね",
    "LINEで話すのはやめとこう、ここで十分だし",
]


@pytest.mark.parametrize("text", CLAUSES_QUIET)
def test_reported_or_refused_proposal_stays_quiet(text):
    assert not _channels(text)


# 「〜しときます」 is the sender's note of what they leave here: a number after it is only stated
# (labelling rule: a value only stated gets only the value label)
def test_number_left_with_shitokimasu_is_only_the_value():
    findings = scan("引き取りの件、念のため番号を送っときます。担当 山川 080-5512-7730").findings
    assert {f.category for f in findings} == {"phone_number"}
