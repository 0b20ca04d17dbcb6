"""Invitations to outside channels on round-8 wording (issue #14): older writers' e-mail asked for
by the bare word 「メール」, with hard negatives (compounds, the post, past events, refusals, job
topics, quoted words). Variants are written in other wordings than the dev rows."""
from __future__ import annotations

import pytest

from leakguard import scan


def _channels(text: str) -> set[str | None]:
    return {f.value for f in scan(text).findings if f.category == "external_contact"}


# -- 「メール」 itself as the means or the thing asked for -------------------------------------------
@pytest.mark.parametrize("text", [
    "あとでメールください",
    "メールちょうだい！",
    "メールくれたら返すね",
    "見積もりはメールでお願いできますか",
    "メールでやりとりしてもいいですか？",
    "メールで写真送って",
    "メールでも大丈夫ですよ、そのほうが添付しやすいので",
    "メールいただければ資料送ります",
    "Eメールで連絡ください",
    "メールでのやり取りに切り替えませんか",
])
def test_mail_itself_asked_for_is_an_email_invitation(text):
    assert "email" in _channels(text)


@pytest.mark.parametrize("text", [
    "メールで届いた予約確認書に番号が書いてあります",
    "ゆうメールで送ると180円です",
    "メール便で送ってください",
    "確認メールを送ってください",
    "自動返信メールを送る機能を実装してください",
    "メールの設定を教えてください",
    "メールが届かないので確認してもらえますか",
    "メールで送ってもらった写真、きれいでした",
    "メールでのご連絡はいたしかねます",
    "メールで送っていただく必要はありません",
    "メールではなくこちらで見てくださいね",
    "メールマガジンに登録してください",
    "会話の中で「メールで送ってください」と書いたのは、このサイトのメッセージ添付のことです。",
])
def test_mail_as_a_compound_a_past_event_or_refused_stays_quiet(text):
    assert "email" not in _channels(text)
