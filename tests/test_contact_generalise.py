"""Readings added to generalise line_id and external_contact beyond the dev templates, one block
per rule: the phrasings each rule is for, and the look-alikes it must leave alone."""
from __future__ import annotations

import pytest

from leakguard.detectors.channels import SCORE_REFUSAL, detect_external_contact
from leakguard.detectors.line import detect_line_ids
from leakguard.normalize import NormalizedText


def channels(text: str, min_score: float = 0.5) -> set[str | None]:
    return {f.value for f in detect_external_contact(NormalizedText.of(text)) if f.score >= min_score}


def line_ids(text: str) -> set[str | None]:
    return {f.value for f in detect_line_ids(NormalizedText.of(text)) if f.score >= 0.5}


# -- a contact detail asked for: 「ください」「頂戴」「知りたい」 with the detail as object -------------------
@pytest.mark.parametrize("text,channel", [
    ("LINEのIDください", "line"),
    ("ラインのID知りたいです", "line"),
    ("スカイプのアカウントを頂戴できますか", "skype"),
    ("インスタのユーザー名知りたいな", "instagram"),
    ("連絡先を知りたいです", None),
    ("メアド知りたい！", "email"),
    ("ディスコのIDほしいです", "discord"),
])
def test_detail_asked_for(text, channel):
    assert channel in channels(text)


@pytest.mark.parametrize("text", [
    "LINEの使い方を知りたいです",
    "Zoomの録画方法を知りたいです",
    "LINEの仕様について知りたいな",
    "メールの書き方を知りたいです",
    "連絡先は知りたくないです",
    "LINEのスタンプください",
])
def test_knowing_about_a_channel_is_not_asking_for_a_detail(text):
    assert not channels(text)


# -- お + 話 split by Sudachi, the name used as a verb, こと before 可能 -----------------------------------
@pytest.mark.parametrize("text,channel", [
    ("Skypeで少しお話できませんか", "skype"),
    ("Teamsで一度お話しさせてください", "teams"),
    ("LINEしよーよ", "line"),
    ("あとでラインしてね", "line"),
    ("スカイプしませんか", "skype"),
    ("連絡先を教えていただくことは可能ですか", None),
    ("LINE交換することはできますか", "line"),
])
def test_generalised_invitation_forms(text, channel):
    assert channel in channels(text)


@pytest.mark.parametrize("text", [
    "LINEのお話をしましょうか、スタンプの企画について",
    "LINEの話をしましょう",
    "画像をズームしてください",
    "LINEしてた頃が懐かしい",
    "ライン作業を担当するよ",
])
def test_generalised_forms_leave_look_alikes(text):
    assert not channels(text)


# -- negation read from the adjective ない after a predicate ------------------------------------------
@pytest.mark.parametrize("text", ["LINE交換したくないです", "ラインは教えたくないな", "電話はしたくないです"])
def test_not_wanting_to_is_not_an_invitation(text):
    assert not channels(text)


def test_not_wanting_to_in_a_question_still_invites():
    assert "line" in channels("LINE交換したくない？")


# -- plain-form announcements and a channel preferred for contact ---------------------------------------
@pytest.mark.parametrize("text,channel", [
    ("ライン送るね", "line"),
    ("あとでチャットワーク招待するよ", "chatwork"),
    ("LINEのほうが返信早いです", "line"),
    ("電話の方が連絡つきやすくて確実です", "phone"),
])
def test_announcement_or_preference(text, channel):
    assert channel in channels(text)


@pytest.mark.parametrize("text", [
    "LINEのほうが画質がいいです",
    "LINEの方が楽だよね",
    "昔はLINEのほうが返信早かった",
    "電話の方が苦手です",
    "インスタの投稿を送るね",
])
def test_preference_without_contact_is_quiet(text):
    assert not channels(text)


# -- euphemisms by colour and logo -------------------------------------------------------------------
@pytest.mark.parametrize("text,channel", [
    ("緑のメッセージアプリで繋がりませんか", "line"),
    ("緑のSNSのID教えて", "line"),
    ("黄色いアプリで連絡ください", "kakao"),
    ("青い鳥のDMで話しましょう", "x"),
])
def test_colour_euphemisms(text, channel):
    assert channel in channels(text)


@pytest.mark.parametrize("text", [
    "黄色いアプリアイコンが目立ちますね",
    "青い鳥のイラストを描いてください",
    "緑の背景に白い文字でお願いします",
])
def test_colour_words_in_their_ordinary_sense(text):
    assert not channels(text)


# -- compounds of channel + action noun + noun --------------------------------------------------------
@pytest.mark.parametrize("text", [
    "電話対応マニュアルの校正をお願いします",
    "電話相談窓口のページを作ってください",
    "LINE登録ボタンのデザインをお願いします",
    "LINE追加用バナーを作成してください",
])
def test_action_compound_is_a_topic(text):
    assert not channels(text)


@pytest.mark.parametrize("text,channel", [
    ("LINE交換お願いします", "line"),
    ("LINE追加お願いできますか", "line"),
    ("電話連絡でもいいですか", "phone"),
])
def test_action_noun_then_request_is_not_a_compound(text, channel):
    assert channel in channels(text)


# -- ID cues: a kanji verb before the arrow, a demonstrative after the ID --------------------------------
@pytest.mark.parametrize("text,value", [
    ("LINE使ってます。ID置いておきますね→ kouta_r5", "kouta_r5"),
    ("ラインのID貼っときます: mei.s_02", "mei.s_02"),
    ("riko_0707 ←これラインのIDです", "riko_0707"),
    ("sora.k22 これがLINEのIDだよ", "sora.k22"),
])
def test_id_cues(text, value):
    assert value in line_ids(text)


@pytest.mark.parametrize("text", [
    "LINE公式のID管理表、作っておきますね→ 明日送ります",
    "tanaka これが担当者名です。LINEの件は後ほど",
])
def test_id_cue_look_alikes(text):
    assert not line_ids(text)


def test_refusal_still_refuses_with_new_readings():
    findings = list(detect_external_contact(NormalizedText.of("LINEのIDは規約上お伝えできません")))
    assert all(f.score == SCORE_REFUSAL for f in findings)


# -- slang with の方, verbs of switching, the preparatory 〜ておく, an elliptical offer after an ID ------------
@pytest.mark.parametrize("text,channel", [
    ("ここ見落としやすいから線のほうで話そ", "line"),
    ("今後はLINEに切り替えたいです", "line"),
    ("Chatworkに乗り換えましょう", "chatwork"),
    ("ラインIDのせておきますね", "line"),
    ("LINEのIDはharu_k3です。お気軽に！", "line"),
    ("ラインのIDはmio.t8です。よかったら", "line"),
])
def test_more_generalised_forms(text, channel):
    assert channel in channels(text)


@pytest.mark.parametrize("text", [
    "LINEは使っていません。よかったら",
    "新しいLINEスタンプが出ました。よかったら",
    "緑の方が背景に合うと思います",
    "線の方を太くしてください",
    "生産ラインを切り替えました",
])
def test_more_look_alikes(text):
    assert not channels(text)


# -- IDs split over two lines at a separator, pointed at from after, searched with って, アカ --------------
@pytest.mark.parametrize("text,value", [
    ("LINEのIDはkei_\n0612です", "kei_0612"),
    ("ラインID: yuna.\nhoshi", "yuna.hoshi"),
    ("kei_0612\n↑LINEです", "kei_0612"),
    ("mako.t3 ←ラインのIDね", "mako.t3"),
    ("LINEでkei_0612って検索してみて", "kei_0612"),
    ("ラインのアカはkei_0612", "kei_0612"),
])
def test_more_id_cues(text, value):
    assert value in line_ids(text)


@pytest.mark.parametrize("text", [
    "ファイル名はdraft_\nv2です。LINEスタンプ用です",
    "draft_v2 ←LINEスタンプの最新版です",
    "report.pdf ↑LINE広告の資料です",
    "ラインのアカペラ動画を編集してください",
])
def test_more_id_cue_look_alikes(text):
    assert not line_ids(text)
    assert not channels(text)


# -- rule talk in a reason clause (〜ため、), unnamed outside apps, meeting cues for slang names ----------
@pytest.mark.parametrize("text,channel", [
    ("規約上こちらでは詳細を書けないため、LINEのほうでご説明させていただけますか", "line"),
    ("アプリの外で連絡取れませんか", None),
    ("別のツールでやり取りしましょう", None),
    ("Meetで打ち合わせしましょう", "google_meet"),
    ("緑のアイコンのアプリでやりとりしましょう", "line"),
])
def test_rule_talk_and_unnamed_outside(text, channel):
    assert channel in channels(text)


@pytest.mark.parametrize("text", [
    "LINEでの連絡は規約違反のため、ご遠慮ください",
    "規約のため、LINE交換はできません",
    "アプリの外で撮影した写真を使います",
    "別のツールで作った画像を送ります",
    "別のツールの使い方を教えてください",
    "meetで打ち合わせた内容をまとめます",
])
def test_rule_talk_and_unnamed_look_alikes(text):
    assert not channels(text)


# -- messaging apps named by kind, SNS only with a personal cue or a detail of it ------------------------
@pytest.mark.parametrize("text", [
    "チャットアプリのID教えてください",
    "メッセージアプリで直接話しませんか",
    "個人のSNS教えて",
    "SNSのアカウントを教えていただければフォローします",
])
def test_unnamed_messaging_apps(text):
    assert None in channels(text)


@pytest.mark.parametrize("text,channel", [
    ("メールのアドレス教えてもらえますか", "email"),
    ("携帯の番号聞いてもいい？", "phone"),
])
def test_detail_of_a_direct_channel(text, channel):
    assert channel in channels(text)


@pytest.mark.parametrize("text", [
    "制作物をSNSに載せてもいいですか",
    "SNSに投稿しても大丈夫ですか",
    "SNSで紹介させてください",
    "SNS運用代行をお願いします",
    "チャットアプリの開発経験はありますか",
    "メッセージアプリのUIを改善してください",
    "個人のSNSでは紹介しません",
    "メールのアドレス変更方法を教えてください",
    "SNSのアカウント名を考えてください",
])
def test_portfolio_and_topic_talk_about_apps(text):
    assert not channels(text)


# -- done there, so join: a past clause with ので, then a request to join in the same sentence -------------
@pytest.mark.parametrize("text,channel", [
    ("チャットワークでグループ作ったので参加してもらえますか", "chatwork"),
    ("Discordでサーバー立てたので入ってください", "discord"),
])
def test_join_after_a_past_reason(text, channel):
    assert channel in channels(text)


@pytest.mark.parametrize("text", [
    "Zoomで録画したので共有してください",
    "昨日LINEで話したので、今日は大丈夫です",
    "LINEで届いたので、確認してください",
    "LINEスタンプを作ったので登録してください",
])
def test_past_reason_without_joining(text):
    assert not channels(text)


# -- someone else's detail, and a follow-up that acts on another thing -----------------------------------
@pytest.mark.parametrize("text", [
    "お客様のメールアドレスを知りたいので、フォームに項目を追加してください",
    "会員の電話番号を知りたいので、一覧を共有してください",
])
def test_details_of_third_parties_for_the_job(text):
    assert not channels(text)


@pytest.mark.parametrize("text", ["そちらの連絡先を知りたいです", "個人の連絡先知りたいです"])
def test_the_other_sides_own_detail(text):
    assert None in channels(text)


# -- LINE links beyond line.me/ti and lin.ee: the line:// scheme, official account page, QR, message ----
@pytest.mark.parametrize("text,value", [
    ("タップで友だち追加 → line://ti/p/@abc1234x", "https://line.me/ti/p/@abc1234x"),
    ("ここ押して！ https://page.line.me/abc1234x", "https://page.line.me/abc1234x"),
    ("QRはこちら https://qr-official.line.me/sid/L/abc1234x.png", "https://qr-official.line.me/sid/l/abc1234x.png"),
    ("追加はこちらから https://line.me/R/oaMessage/@abc1234x", "https://line.me/ti/p/@abc1234x"),
])
def test_more_line_link_forms(text, value):
    assert value in line_ids(text)
    assert "line" in channels(text)


@pytest.mark.parametrize("text", [
    "ti/p/abcdef の形式です",
    "https://example.com/ti/p/abc",
    "saline.me/ti/p/abc",
    "https://www.example.jp/page.line.me.html",
])
def test_line_link_look_alikes(text):
    assert not line_ids(text)


# -- after a condition on having the channel, an announcement is an offer --------------------------------
@pytest.mark.parametrize("text,channel", [
    ("Discordやってたらフレンド申請するよ", "discord"),
    ("LINEやってるなら追加しますね", "line"),
])
def test_conditional_offer(text, channel):
    assert channel in channels(text)


@pytest.mark.parametrize("text", [
    "Zoomが使えたら、会議の録画を送ります",
    "LINEスタンプが完成したら、登録しますね",
    "インスタで見つけたら、共有するよ",
])
def test_condition_on_something_else(text):
    assert not channels(text)


# -- the reply offered quick there (#14, round-5): 「XのDMならすぐ返せます」「LINEだと返信早いです」 -------
@pytest.mark.parametrize("text,channel", [
    ("XのDMならすぐ返せます！ ここは通知が来ないので。", "x"),
    ("インスタのDMならすぐ返せます", "instagram"),
    ("LINEならすぐ返信できます", "line"),
    ("LINEなら返信早いです", "line"),
    ("LINEだとすぐ返せます", "line"),
    ("電話ならすぐ出られます", "phone"),
    ("LINEのほうがすぐ返せます", "line"),
])
def test_quick_reply_offered_on_a_channel(text, channel):
    assert channel in channels(text)


@pytest.mark.parametrize("text", [
    "LINEなら前はすぐ返せたけど",  # a past
    "LINEならすぐ返せないです",  # a negation
    "LINEだと既読つけてすぐ見ちゃう",  # a habit
    "LINEなら返信早いって言われました",  # someone else's words
    "LINEならすぐ返せますが、規約で禁止されているのでここでお願いします",  # the rule refuses it
    "LINEだといつでも話せるし",  # a comparison
    "LINEなら確実です",  # no contact action
    "LINEだと返信遅いです",  # slow there
])
def test_quick_reply_look_alikes(text):
    assert not channels(text)


# -- the formal 「ご教示」 of business letters asks for the detail like 教えて ---------------------------
@pytest.mark.parametrize("text,channel", [
    ("ご担当者様のメールアドレスをご教示いただけますでしょうか。", "email"),
    ("恐れ入りますが、携帯番号をご教示願えますか", "phone"),
    ("LINEのIDをご教示ください", "line"),
])
def test_formal_request_for_a_detail(text, channel):
    assert channel in channels(text)


@pytest.mark.parametrize("text", [
    "メールアドレスのご教示ありがとうございました",  # thanks for a detail given
    "LINEの使い方をご教示ください",  # how to use it
    "電話番号の書き方をご教示いただけますか",  # how to write one
    "フォームのメールアドレス欄の仕様をご教示いただけますか",  # a form field, the work
])
def test_formal_request_look_alikes(text):
    assert not channels(text)


# -- joining the channel just named, the particle dropped (「…グループあるので、そっち来れますか？」);
# LINE's open chat is LINE; ここで after a value keeps the talk here, ここに points at the value ------
@pytest.mark.parametrize("text,channel", [
    ("LINEのオープンチャットに交換会のグループあるので、そっち来れますか？", "line"),
    ("LINEのオープンチャットで交換会しませんか", "line"),
    ("インスタのアカウントあるので、そっち来てくれたら嬉しい", "instagram"),
    ("LINE→kenta5047 ここに連絡ちょうだい", "line"),
])
def test_joining_the_channel_named(text, channel):
    assert channel in channels(text)


@pytest.mark.parametrize("text", [
    "LINEのグループは解散したので、そっち来なくていいです",
    "LINEのグループあるけど、そっち来れないよね",
    "LINEで店に連絡したので、そっち行きます",  # a place, not the channel
    "LINEは使ってないので、そっち来ても返事できません",
    "LINEのオープンチャットは見てません",
    "LINEのオープンチャットの運営をお願いしたいです",  # the work
    "LINEのIDは kota_0412 です。このままここでお願いします",  # the talk stays here
])
def test_joining_look_alikes(text):
    assert not channels(text)


# -- business letters: 幸甚 and 望ましい as the wish after a condition ---------------------------------
@pytest.mark.parametrize("text,channel", [
    ("ご多忙のところ恐縮ですが、お電話にて一度お話しできれば幸甚です。", "phone"),
    ("Zoomで打ち合わせできれば望ましいです", "zoom"),
])
def test_business_wish(text, channel):
    assert channel in channels(text)


@pytest.mark.parametrize("text", [
    "電話でのやり取りは望ましくありません",
    "電話での連絡は控えていただければ幸甚です",
    "LINEで連絡が来たら幸甚です、と書いてありました",
])
def test_business_wish_look_alikes(text):
    assert not channels(text)


# -- being let into the channel's group (「…と聞いたのですが、サーバーに入れてもらえますか？」) --------------
@pytest.mark.parametrize("text,channel", [
    ("Discordでみんなと質問しあえると聞いたのですが、サーバーに入れてもらえますか？", "discord"),
    ("Discordのサーバーあるなら、グループに入れてください", "discord"),
])
def test_let_into_the_group(text, channel):
    assert channel in channels(text)


@pytest.mark.parametrize("text", [
    "Discordのボットを作ってほしいのですが、機能を入れてもらえますか",  # a thing put in
    "Discordで質問できると聞いたのですが、機能を入れてもらえますか",
    "Discordのサーバーには入れてもらえませんでした",
    "Discordのサーバーを作ったので、画像を入れてください",
    "Slackの件ですが、チャンネルに入れておきました",  # done, not asked
])
def test_let_into_the_group_look_alikes(text):
    assert not channels(text)


# -- two details joined with the owner of the second between them (「電話番号か、お母様のメールアドレス」) ---
@pytest.mark.parametrize("text,expected", [
    ("ご家庭の電話番号か、お母様のメールアドレスをいただけますでしょうか。", {"phone", "email"}),
    ("会社の電話番号と、ご自宅のメールアドレスを教えてください", {"phone", "email"}),
])
def test_details_joined_with_an_owner(text, expected):
    assert expected <= channels(text)


def test_an_owner_after_a_sentence_is_no_join():
    # a sentence end between them: the refused phone stays refused
    assert channels("電話番号は不要です。お母様のメールアドレスを教えてください") == {"email"}


# -- the app's own DM as the whole request, and a particle drawn out (「インスタのDMで！」「LINEで〜！」) -----
@pytest.mark.parametrize("text,channel", [
    ("インスタのDMで！", "instagram"),
    ("LINEで〜！", "line"),
])
def test_dm_and_drawn_out_particle(text, channel):
    assert channel in channels(text)


@pytest.mark.parametrize("text", [
    "一回の電話で。",
    "インスタのDMでトラブルになりました。",
    "このアプリのDMで！",  # the platform's own
    "インスタのDMでは対応していません！",
])
def test_dm_and_drawn_out_particle_look_alikes(text):
    assert not channels(text)


# -- a plain メール made outside by this place set against it (「…できる方のみ（ここは見落としが多いので）」) ---
def test_mail_set_against_here():
    assert "email" in channels("メールでやり取りできる方のみ譲ります（ここは見落としが多いので）")
    assert not channels("メールでやり取りできる方のみ譲ります")  # the platform's message, maybe
    assert not channels("ここは通知が来ないので、メールは使いません")
