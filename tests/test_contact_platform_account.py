"""Issue #14 §3: talk about the platform's own account, its forms and settings, a manual's generic
voice, the platform's own call feature and "let's keep it here" invites to no outside channel.
Each class has hard negatives in several wordings (casual and formal) and requests with the same
words that must stay flagged: the next blind round is written by someone else."""
from __future__ import annotations

import pytest

from leakguard import scan

from channel_cases import channels as _channels, open_case as _open  # noqa: F401



# -- the site's own account data: 登録 / 登録済みの / アカウントの / ログイン用 + the detail ---------
@pytest.mark.parametrize("text", [
    "登録メールアドレスの変更方法をお知らせください",
    "ご登録のメールアドレス宛に確認メールが届いていません",
    "登録済みの電話番号を変えたいんですが、どこから変更できますか？",
    "アカウントのメールアドレスってどこで変えられますか",
    "ログイン用のメールアドレスを忘れてしまいました。どうすればいいですか",
    "登録してある電話番号、機種変で使えなくなったんだけどどうしよう",
    "登録した電話番号宛にSMSが来ないのですが、ご確認いただけますか",
    "認証コードが届かないのですが、もう一度送ってもらえますか",
    "SMS認証のコードが届きません",
    "パスワード再設定のメールが来ないんだけど、どうしたらいい？",
])
def test_the_sites_own_account_data_is_no_outside_channel(text):
    assert _channels(text) == set(), scan(text).findings


# -- a field or a setting of a form asked about -------------------------------------------------
@pytest.mark.parametrize("text", [
    "メールアドレスの入力方法を教えてください",
    "電話番号の入力欄にハイフンは必要ですか？",
    "メールアドレスの欄って空けたままでも大丈夫？",
    "電話番号の変更方法がわからないので教えてください",
    "メールアドレスの設定方法を知りたいです",
    "メアドの変え方教えてー",
    "お手数ですが、電話番号の変更手順をご教示いただけますでしょうか",
])
def test_how_to_questions_about_a_form_field_are_no_request_for_it(text):
    assert _channels(text) == set(), scan(text).findings


# -- a manual in the third person or generic voice ----------------------------------------------
@pytest.mark.parametrize("text", [
    "相手のChatwork IDまたはメールアドレスで検索します",
    "友だちのLINE IDか電話番号で検索すると、追加できます",
    "ユーザーは相手のメールアドレスを入力して招待を送ります",
    "メンバーのメールアドレスを入力すると、ワークスペースに招待できます",
    "メールアドレスで検索すると、友だちを追加できます",
    "電話番号から検索する場合は、設定で許可が必要です",
])
def test_a_manuals_third_person_detail_is_no_invitation(text):
    assert _channels(text) == set(), scan(text).findings


# -- the exchange refused, with the platform's own feature as the alternative -------------------
@pytest.mark.parametrize("text", [
    "電話番号を交換せずに、アプリ内の音声通話で話せます",
    "番号交換はしないで、サイトの通話機能で話しましょう",
    "LINEは交換せず、このアプリのビデオ通話で打ち合わせしませんか",
    "連絡先の交換はせずに、こちらのメッセージ機能でやり取りさせてください",
])
def test_an_exchange_refused_for_the_platforms_feature_is_quiet(text):
    assert _channels(text) == set(), scan(text).findings


# -- "here" kept --------------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "LINEもやってるけど、このままここでやり取りしましょう",
    "インスタもあるけど、サイト内でお話ししましょう",
    "LINEは持ってますが、このままこちらのメッセージでお願いします",
    "インスタのDMもあるけど、このままこのサイトで進めましょう",
    "ラインもありますが、ここでお話しできればと思います",
])
def test_the_talk_kept_here_invites_to_no_channel_named(text):
    assert _channels(text) == set(), scan(text).findings


@pytest.mark.parametrize("text", [
    "LINE ID: taro_0921 ですが、ここで話しましょう",
    "LINE ID は hana_0417 ですけど、サイト内でやり取りしましょう",
])
def test_a_stated_id_still_blocks_while_the_talk_stays_here(text):
    result = scan(text)
    assert result.action == "block"
    assert any(f.category == "line_id" for f in result.findings)
    assert _channels(text) == set(), result.findings


# -- the same words in requests stay flagged ----------------------------------------------------
@pytest.mark.parametrize("text, channel", [
    ("メールアドレスを教えてください", "email"),
    ("登録とは別の、個人のメールアドレス教えて", "email"),
    ("登録したのとは別のメアド教えてくれない？", "email"),
    ("SMSで送るから電話番号教えて", "phone"),
    ("Chatwork IDで検索して追加してください", "chatwork"),
    ("LINE IDで検索して追加してね", "line"),
    ("お客様のメールアドレスを教えてください", "email"),
    ("相手のLINE聞いといて", "line"),
    ("電話番号を教えてもらえますか", "phone"),
    ("LINEでこのまま話しましょう", "line"),
    ("ここで話すのもなんなので、LINEで話しましょう", "line"),
    ("LINE交換して、このまま続きはそっちで話そう", "line"),
    # the registered detail itself asked for, or another service's account
    ("Slack招待をお送りしたいので、ご登録のメールアドレスを教えていただけますか。", "email"),
    ("登録済みのメールアドレスを教えてください", "email"),
    ("ご登録の電話番号にご連絡してもいいですか", "phone"),
    ("Googleアカウントのメールアドレスを教えてください", "email"),
    ("個人アカウントのメールアドレス教えて", "email"),
    ("会員登録のメールアドレスとは別に、連絡用のアドレスを教えてください", "email"),
    ("相手の電話番号を聞いておいてください", "phone"),
    ("ユーザーのメールアドレスを教えて", "email"),
    ("先方のメールアドレスに直接送ってもらえますか", "email"),
    # the generic voice ends where the sender's own ID or a request begins
    ("私のLINE IDで検索すると出てきます", "line"),
    ("LINE IDで検索すると出てくるので、追加してください", "line"),
])
def test_requests_with_the_same_words_stay_flagged(text, channel):
    assert channel in _channels(text), scan(text).findings
