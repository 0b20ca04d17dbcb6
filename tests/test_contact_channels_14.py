"""Issue #14: outside channels without a disclosed identifier — handles, invitations, and the
quiet cases (job topics, quoted content, policy refusals, past events, English nouns). Each class
has positives and hard negatives: the next blind round is written by someone else."""
from __future__ import annotations

import pytest

from leakguard import scan


def _channels(text: str) -> dict[str | None, set[str | None]]:
    """value -> kinds of the external_contact findings a default scan reports (score >= min_score)."""
    out: dict[str | None, set[str | None]] = {}
    for f in scan(text).findings:
        if f.category == "external_contact":
            out.setdefault(f.value, set()).add(f.kind)
    return out


# -- handles: an account on a messaging app is a contact detail (kind handle, blocked) -----------
@pytest.mark.parametrize("text, channel", [
    ("Discordはこちらです → yamato#4471", "discord"),
    ("インスタはこちら: rin.kitchen", "instagram"),
    ("テレグラムはこれです→ kuma_trade", "telegram"),
    ("スカイプ名は takashi.ozawa.pm です。通話はいつでも大丈夫です", "skype"),
    ("Skype名：sato.design です", "skype"),
])
def test_a_handle_after_a_pointer_or_a_name_label_is_a_handle(text, channel):
    found = _channels(text)
    assert "handle" in found.get(channel, set()), found
    assert scan(text).action == "block"


@pytest.mark.parametrize("text", [
    "スカイプ名の由来を調べています",
    "Discordはこちらで作ったサーバーの話です",
    "Slackの通知はこちらで設定しました",
])
def test_a_pointer_or_a_name_label_without_an_identifier_is_no_handle(text):
    assert not any("handle" in kinds for kinds in _channels(text).values())


# -- an app registered under a phone number: the number next to it is its account ---------------
@pytest.mark.parametrize("text, channel", [
    ("海外在住の方はこちらへ:+81 80 6614 2273(WhatsApp可)", "whatsapp"),
    ("If the line is busy try my US cell +1 646 528 3914 (WhatsApp too)", "whatsapp"),
    ("Ich bin Lukas — my handy: +49 1512 3487612, WhatsApp ok", "whatsapp"),
    ("+44 20 7946 0321 Signalでも届きます", "signal"),
    ("+81(0)70-2238-5516 LINEにも同じ番号で登録してあるので検索してください", "line"),
])
def test_a_phone_number_next_to_a_number_app_is_that_apps_account(text, channel):
    assert "handle" in _channels(text).get(channel, set())


@pytest.mark.parametrize("text, channel", [
    ("WhatsApp不可です。090-1234-5678 までお電話ください", "whatsapp"),
    ("090-1234-5678 までお電話ください。WhatsAppはやっていません", "whatsapp"),
    ("no WhatsApp, please call +1 646 528 3914", "whatsapp"),
    ("090-1234-5678 までお電話ください。LINEは使っていません", "line"),
    ("LINEの使い方の講座です。お問い合わせは 03-1234-5678 まで", "line"),
])
def test_a_declined_app_or_a_line_not_keyed_to_the_number_is_no_account(text, channel):
    assert "handle" not in _channels(text).get(channel, set())


# -- quiet: a channel as the subject of the work --------------------------------------------------
@pytest.mark.parametrize("text", [
    "祖母にLINEのビデオ通話のやり方を教えてあげてほしいんです。家事代行のついでにお願いできますか？",
    "息子の英語の宿題で、電話番号の読み方を練習させたいです。実在しない番号でお願いします",
    "問い合わせフォームから送信されたメールがGmailで迷惑メールに入ってしまう件、SPF/DKIM/DMARCの設定を見ていただけますか。",
    "Microsoft Teamsアプリのヘルプページ（約40ページ）の日英翻訳を承ります。用語集があればご共有ください。",
    "言語はTypeScript（discord.js v14）でお願いします。",
    "海外のお客様にはUSDTでのお支払いも受け付けています。ご希望でしたらウォレットアドレスをお送りします。",
    "ダミーの電話番号ほしいんですけど、090-XXXX-XXXXみたいに書けばいいですか？",
    "LINEのQRコードを名刺に載せるデザインをお願いします",
    "Instagramの投稿文の翻訳をお願いできますか",
])
def test_a_channel_as_the_work_is_quiet(text):
    assert not _channels(text)


@pytest.mark.parametrize("text, channel", [
    ("LINEのやり方がわからないので電話で教えてもらえますか？", "phone"),
    ("Gmailのアドレスを教えてもらえますか？直接やり取りしたいです", "email"),
    ("Teamsで打ち合わせしませんか？", "teams"),
    ("discordで話しませんか", "discord"),
    ("LINEで進捗の写真を送ってください", "line"),
    ("LINE交換をお願いします", "line"),
])
def test_the_same_channels_asked_for_still_count(text, channel):
    assert channel in _channels(text)


# -- quiet: quoted words that are content (a script, a sentence to translate) --------------------
@pytest.mark.parametrize("text", [
    "コールセンター向けの電話応対マニュアルを作成しています。「お電話ありがとうございます、〇〇でございます」から始まるトークスクリプトを10パターンほどお願いします。",
    "英訳をお願いしたい一文です：「ご不明な点がございましたら、お気軽にお電話またはメールにてお問い合わせください」",
    "「LINEで友だち追加してね」という文言をバナーに入れたいです",
    "チラシの「お電話でのご予約はこちら」の部分のフォントを変えてください",
])
def test_quoted_content_is_quiet(text):
    assert not _channels(text)


@pytest.mark.parametrize("text", [
    "「LINE交換しませんか？」",
    "件名は「見積もりの翻訳」です。続きはLINEで送ってもらえますか",
])
def test_quotes_said_to_the_reader_still_count(text):
    assert "line" in _channels(text)


# -- quiet: a policy refusal, staying here, a thing that came through a channel -------------------
@pytest.mark.parametrize("text", [
    "Chatworkへのご招待の件ですが、弊社の方針でサイト外のツールは使わないことにしております。お手数ですが引き続きこちらでお願いいたします。",
    "お客様がLINEで送ってくれた写真をそのまま施工事例に使っても大丈夫でしょうか？",
    "インスタで教えてもらったお店に行ってきました",
    "WhatsApp is banned on this site I think, so let's do everything here 👍",
    "Someone asked me to pay by WeChat Pay outside the app. Is that a scam?",
])
def test_refusals_policies_and_past_events_are_quiet(text):
    assert not any(f.category == "external_contact" for f in scan(text).findings)


@pytest.mark.parametrize("text, channel", [
    ("Chatworkへご招待しますので、以降はそちらでお願いいたします。", "chatwork"),
    ("LINEで送ってくれたら返します", "line"),
    ("LINEで送った方が早いので、LINEで送ってもいいですか", "line"),
    ("Can we continue on WhatsApp?", "whatsapp"),
])
def test_invitations_next_to_those_words_still_count(text, channel):
    assert channel in _channels(text)


# -- English nouns that spell an app's name ----------------------------------------------------
@pytest.mark.parametrize("text", [
    "If you ever need to reach me outside this site: (212) 555-0143 is my assistant, my own line is (646) 388-2719.",
    "Feel free to drop me a line whenever the draft is ready.",
    "The signal is weak in the workshop, so messages may be late.",
])
def test_english_nouns_are_not_apps(text):
    found = _channels(text)
    assert "line" not in found and "signal" not in found


@pytest.mark.parametrize("text, channel", [
    ("Let's jump on a Zoom call tomorrow morning to go through the draft.", "zoom"),
    ("Can you add me on LINE? my id is kevin_77", "line"),
    ("For security, could you message me on Signal instead?", "signal"),
])
def test_english_invitations_with_an_article_nearby_still_count(text, channel):
    assert channel in _channels(text) or any(f.category == "line_id" for f in scan(text).findings)


# -- a DM on an app the message names -------------------------------------------------------------
@pytest.mark.parametrize("text, channel", [
    ("Xのほうにも同じの出してるので、DMで相談してもらえたら対応します", "x"),
    ("TikTokと同じ名前でXもやってます〜そっちにDMください", "x"),
    ("Xで「星詠みのルナ」って検索したら出てくるので、フォローしてDMください", "x"),
    ("インスタのDM開けてます。アカウントはここのユーザー名と同じです", "instagram"),
    ("Discordのサーバーにいるので、DMください", "discord"),
])
def test_a_dm_asked_for_next_to_a_named_app_is_that_app(text, channel):
    assert channel in _channels(text)


@pytest.mark.parametrize("text", [
    "DMでご相談ください。",  # the platform's own DM
    "ご質問はDMでどうぞ！",
    "インスタのDMは禁止されているので、ここでお願いします",
    "Xの投稿を見ました。詳しくはこのサイトのDMで",
    "サイズXのDMケーブルを探しています",
    "インスタで作品を拝見しました。このサイトのDMで依頼させてください",
    "Instagramの運用代行をお願いしたいです。詳細はDMで送ります",
])
def test_a_dm_without_a_named_app_or_refused_is_quiet(text):
    assert not {"x", "instagram"} & set(_channels(text))


# -- working things out on the channel, channels named together, a channel preferred -------------
@pytest.mark.parametrize("text, channels", [
    ("ルームシェアの内見の日程、LINEで決めませんか？", {"line"}),
    ("LINEで日程を決めてもいいですか", {"line"}),
    ("ZOOMかGoogle Meetのどちらかでお願いできますか?", {"zoom", "google_meet"}),
    ("電話で話して、その時に決めましょう！", {"phone"}),
    ("LINEの方が通知に気づきやすいので、もしよければ…", {"line"}),
    ("LINEの方が連絡取りやすいです", {"line"}),
    ("では細かい点はチャワで詰めましょう。招待送ります。", {"chatwork"}),
    ("弊社のSlackワークスペースにご招待しますので、今後の日程はそちらで調整させてください。", {"slack"}),
    ("本件、急ぎのため電話でご説明させてください。", {"phone"}),
    ("今後の細かい連絡は電話かメールでお願いしたいです。", {"phone", "email"}),
    ("連絡先交換できますか？LINEでもインスタでも", {"line", "instagram"}),
    ("電話のほうが早いので、かけてもらってもいいですか?", {"phone"}),
    ("WhatsAppはお持ちですか？海外のクライアントとはいつもそちらで話しています。", {"whatsapp"}),
])
def test_coordination_instruments_and_preferences_count(text, channels):
    assert channels <= set(_channels(text))


@pytest.mark.parametrize("text", [
    "インスタで探してみない？",
    "Zoomの設定を決めてください",
    "LINEで予約が入りました",
    "やなせは立地と値段が良心的ですね！人気の場所なんですが、LINEで予約ができて。",
    "しかもラインで予約ができるとは！",
    "会員登録フォームは、080・090・070から始まる携帯番号と固定電話のどちらも入力できるようにしてください。",
    "LINEで話した時に決めましょう",
    "LINEの通知が来ません",
    "Slackの通知をオンにしてください",
    "LINEの方が使いやすいです",
    "電話の方が聞き取りやすかったです",
    "問い合わせページに会社の電話番号を表示してください",
    "LINEとDiscordの違いを教えてください",
    "Slackワークスペースの構築をお願いします",
    "ZoomとTeamsの使い方を教えるレッスンをお願いしたいです。73歳の父が孫とビデオ通話できるようになるのが目標です。",
    "電話とメールは禁止です。ここでお願いします",
    "電話のほうが早かったです",
    "携帯はお持ちですか？",
    "Chatworkでのやり取りをご希望とのことですが、仮払いがまだですので、それまではこちらでお願いできますでしょうか。",
])
def test_hard_negatives_of_those_readings_are_quiet(text):
    assert not _channels(text)


# -- things that look like a channel's value ----------------------------------------------------
@pytest.mark.parametrize("text", [
    "画像は photo_0901@2x.png で送ってもらえれば大丈夫です",
    "ロゴ画像は logo@2x.png と logo@3x.png の2種類をご用意ください。",
    "USDTで払えるならかなり値引きしますよ。ウォレットのアドレス送りましょうか？",
    "Appleのギフトカードでもいいですよ。番号を写真で送ってくれたらすぐ発送します",
    "ゆうちょの記号と番号教えてくれたら送金します！",
])
def test_file_names_wallets_and_card_numbers_are_no_channel(text):
    assert not _channels(text)


@pytest.mark.parametrize("text, channel", [
    ("taro.design@example.jp までメールください", "email"),
    ("番号教えてもらえますか？電話で話したいです", "phone"),
    ("メールアドレスを教えてください。直接やり取りしたいです", "email"),
])
def test_real_addresses_and_numbers_asked_for_still_count(text, channel):
    assert channel in _channels(text)


# -- spellings: masked letters, katakana letters, Korean, Chinese, romaji, X fandom words ---------
@pytest.mark.parametrize("text, channel", [
    ("L●NEでつながりましょ✨", "line"),
    ("L!NEで送るね〜 IDおしえて", "line"),
    ("エルアイエヌイー、やってたら教えてください", "line"),
    ("카톡 아이디 minji0505 예요. 거기서 얘기해요!", "kakao"),
    ("我的微信号是 xiaomei_0816，加我吧", "wechat"),
    ("鍵垢なのでフォロリクしてくれたら承認します！", "x"),
    ("垢名 @sena__trade 💌 DMください", "x"),
    ("固ツイに求出まとめてるので見てリプください〜", "x"),
    ("denwa bangou oshiete kudasai. nihongo sukoshi dekimasu", "phone"),
    ("Send me your number and I'll call you tonight", "phone"),
    ("Let's take this offline — I'll send you a calendar invite for a Teams call tomorrow.", "teams"),
    ("詳しくは弊社HPのお問い合わせフォームからご連絡いただけますでしょうか。", "email"),
    ("中国本社とのやり取りにはWeChatを使っております。お手数ですがID検索で追加をお願いいたします。", "wechat"),
])
def test_spellings_and_languages_name_the_channel(text, channel):
    assert channel in _channels(text)


@pytest.mark.parametrize("text", [
    "What is your number of items?",
    "お問い合わせフォームからご連絡ください",  # the platform's own form
    "このサイトのお問い合わせフォームの項目を増やしたいです",
    "鍵垢の作り方を教えてください",
    "リプありがとうございます！こちらで続けましょう",
    "友だち追加お願いします。Zoomの件は別途",  # ID search / friend add stays LINE's beside a meeting tool
])
def test_hard_negatives_of_those_spellings(text):
    found = _channels(text)
    assert "phone" not in found and "email" not in found and "x" not in found and "zoom" not in found


# -- the platform's own call, a form's example value, Apple's calls ------------------------------
@pytest.mark.parametrize("text", [
    "こちらのビデオ通話でお話ししましょう",
    "アプリ内の通話で話せますか",
    "このサイトのビデオ通話で打ち合わせしませんか",
    "メールアドレス欄のプレースホルダーは「例）taro@example.jp」でいいですか",
    "入力例に 090-1234-5678 と書いておいてください",
])
def test_own_calls_and_example_values_are_quiet(text):
    assert not _channels(text)


@pytest.mark.parametrize("text, channel", [
    ("FaceTimeで話せますか？", "phone"),
    ("ビデオ通話で話しませんか", "phone"),
    ("アプリ内でLINE交換しませんか", "line"),
    ("アプリのビデオ通話じゃなくてLINE通話にしませんか", "line"),
])
def test_outside_calls_next_to_those_words_still_count(text, channel):
    assert channel in _channels(text)


@pytest.mark.parametrize("text, channel", [
    ("外部のチャットツールでやりとりできますか", None),
    ("Is it ok to continue on Discord?", "discord"),
])
def test_outside_tools_and_permission_questions_count(text, channel):
    assert channel in _channels(text)


@pytest.mark.parametrize("text", [
    "外部チャットツールの導入支援をお願いします",
    "Is that allowed? Someone wants to continue on LINE",
    "A buyer said we should talk on WhatsApp. Is this a scam?",
])
def test_tool_work_and_reported_english_proposals_are_quiet(text):
    assert not _channels(text)


# -- the English cue words are a lexicon (lexicons/contact_english.txt) ---------------------------
def _english_channels(text: str, lexicon) -> set:
    from leakguard.detectors.channels import ExternalContactDetector
    from leakguard.normalize import NormalizedText

    return {f.value for f in ExternalContactDetector(lexicon)(NormalizedText.of(text))}


def test_a_platform_extends_the_english_cues(tmp_path):
    from leakguard.detectors.contact_lexicon import ContactLexicon

    text = "Shoot me a note on WhatsApp whenever."
    assert "whatsapp" not in _english_channels(text, ContactLexicon.load())
    extra = tmp_path / "english.txt"
    extra.write_text("#: columns = pattern, kind\nshoot me a (?:note|message) | invite\n", encoding="utf-8")
    assert "whatsapp" in _english_channels(text, ContactLexicon.load({"contact_english.txt": [extra]}))


@pytest.mark.parametrize("row, message", [
    ("(?:a+)+ | invite", "backtrack"),
    ("(\\w+ )* | negation", "backtrack"),
    ("let's go | maybe", "unknown kind"),
    ("Call Me | invite", "lower case"),
    ("(?:unclosed | topic", "not a regular expression"),
])
def test_a_bad_english_cue_names_its_file_and_line(tmp_path, row, message):
    from leakguard.detectors.contact_lexicon import ContactLexicon
    from leakguard.lexicon import LexiconError

    extra = tmp_path / "english.txt"
    extra.write_text(f"#: columns = pattern, kind\n{row}\n", encoding="utf-8")
    with pytest.raises(LexiconError, match=message) as info:
        ContactLexicon.load({"contact_english.txt": [extra]})
    assert f"{extra}:2" in str(info.value)


# -- English: the next sentence asks about the channel named just before -------------------------
@pytest.mark.parametrize("text, channel", [
    ("Our agency works with freelancers via Signal for security reasons. Could you install it and let me know?", "signal"),
    ("We use Telegram for everything. Can you join?", "telegram"),
    ("I'm on Discord most evenings. Add me if you like.", "discord"),
])
def test_an_english_request_pointing_back_at_a_channel_counts(text, channel):
    from leakguard import Policy

    assert channel in {f.value for f in scan(text, policy=Policy(intent_model="off")).findings
                       if f.category == "external_contact"}


@pytest.mark.parametrize("text", [
    "We used Slack at my old job. Can you send the file here?",
    "Our team uses Slack. Could you send the invoice through the platform?",
    "I love Instagram. Can you make it look like a reel?",
    "We don't use Zoom. Can you do it here?",
    "WhatsApp is banned here. Please keep it on this site.",
])
def test_english_sentences_after_a_channel_that_stay_or_tell_a_story_are_quiet(text):
    from leakguard import Policy

    assert not [f for f in scan(text, policy=Policy(intent_model="off")).findings if f.category == "external_contact"]


# -- regressions found comparing the rules before and after on every local labelled text ---------
@pytest.mark.parametrize("text, channel", [
    ("ガンプラの塗装依頼、細かい相談したいのでディスコードでボイス通話できませんか？", "discord"),
    ("zoomで見せてもらってから決めたいです", "zoom"),
    ("インスタDMで画像を送っていただいた方が早いかと思います。", "instagram"),
    ("ライン電話できますか？声で説明したくて", "line"),
    ("ラインのQRコード画像を送りますね、読み取って追加してください📷", "line"),
    ("Send me your number and I'll call you tonight", "phone"),
])
def test_rules_keep_these_invitations(text, channel):
    from leakguard import Policy

    assert channel in {f.value for f in scan(text, policy=Policy(intent_model="off")).findings
                       if f.category == "external_contact"}


@pytest.mark.parametrize("text", [
    "すみません　電話の方が早いと思ったのですが、こちらのサイトでは番号を書いてはいけないと娘に言われました",
    "nihongo no ressun, denwa no renshuu mo dekimasu ka?",
    "Slackに通知を飛ばすGASのスクリプトを作っていただけますか",
    "電話予約をLINE予約に切り替えたいので、その告知チラシを作っていただけますか。",
    "電話の方が話しやすいから、電話相談のボタンから買うね〜",
])
def test_rules_stay_quiet_on_these(text):
    from leakguard import Policy

    assert not [f for f in scan(text, policy=Policy(intent_model="off")).findings
                if f.category == "external_contact" and f.score >= 0.5]


def test_a_number_asked_for_beside_a_number_app_is_that_apps():
    from leakguard import Policy

    text = "For overseas clients, I'm also available on WhatsApp. Please let me know your number."
    found = {f.value for f in scan(text, policy=Policy(intent_model="off")).findings if f.category == "external_contact"}
    assert found == {"whatsapp"}


# -- kinds: an app's name asked for is a request for its account ----------------------------------
@pytest.mark.parametrize("text, channel, kind", [
    ("ライン教えて〜", "line", "request"),
    ("インスタのアカウント教えてもらえますか", "instagram", "request"),
    ("よかったらLINE交換しませんか", "line", "invitation"),
    ("LINEで送ってください", "line", "invitation"),
    ("お電話ください", "phone", "invitation"),
    ("Discordで教えてもらえますか", "discord", "invitation"),
])
def test_the_kind_of_a_channel_finding(text, channel, kind):
    assert kind in _channels(text).get(channel, set())


# -- a bot named in a job is the work, not somebody's account --------------------------------------
@pytest.mark.parametrize("text", [
    "your Telegram sticker pack is uploaded as PNG 512px, ready for @Stickers bot import",
    "Telegramの@Stickersボットでスタンプを登録する作業をお願いします",
    "@BotFather でbotを作成してください。Telegram bot開発の案件です",
])
def test_a_bot_in_a_job_is_no_handle(text):
    assert not any("handle" in kinds for kinds in _channels(text).values())
    assert scan(text).action != "block"


@pytest.mark.parametrize("text, channel", [
    ("テレグラム @kuma_bot です", "telegram"),
    ("Telegram: @kuma_trade", "telegram"),
    ("スタンプ制作の件、連絡はテレグラム @kuma_trade へ", "telegram"),
])
def test_an_account_stays_a_handle(text, channel):
    assert "handle" in _channels(text).get(channel, set())


# -- more quiet classes: ここ is the platform, translations, buttons, payment addresses, reported ---
@pytest.mark.parametrize("text", [
    "インスタは鍵垢で友達用なので、ここでお願いします〜",
    "作品見たい人は、ここのポートフォリオに全部あるよ！インスタやXで依頼を受けることはないので、ここからお願いします",
    "WhatsAppの自動応答メッセージの英訳をお願いします。",
    "英文メールの翻訳をお願いします。原文：「Thank you for your order. Please contact us on WhatsApp if you have any questions.」",
    "先方からの英文メールの訳をお願いします。「Please call me.」の部分は、「お早めにお電話ください」で良いでしょうか。",
    "「LINEで相談」ボタンのクリック数を計測する設定をお願いできますか。",
    "PayPalで送金しますので、アドレスだけ教えていただけますか。",
    "paypalで送るね、アドレスちょうだい",
    "途中で「LINEの方がやりとり楽かな？」って私から聞いちゃったんだけど、断られました",
    "最近「LINEで続きを」「直接振り込むので安くして」と持ちかけられるケースが増えています。",
    "Zoomはちょっと…ここの通話でいい？",
    "文章だとうまく伝えられないので、電話相談のサービスで改めてお話しさせていただくことは可能でしょうか。",
    "ラインの太さ、こうかんしませんか？？？（細いのと太いの）",
    "Teamsの会議を録画したものを、議事録にまとめていただくことは可能でしょうか。",
])
def test_more_quiet_classes(text):
    from leakguard import Policy

    assert not [f for f in scan(text, policy=Policy(intent_model="off")).findings
                if f.category == "external_contact" and f.score >= 0.5]


@pytest.mark.parametrize("text, channel", [
    ("LINE→kenta5047 ここに連絡ちょうだい", "line"),
    ("らいん⇒ naomi.k1220 こっちでサクッと相談しましょ", "line"),
    ("Teamsの会議URLをお送りしますので、こちらからご参加ください", "teams"),
    ("直接お振込みいただく場合は、請求書をこちらのアドレスにお送りください：billing.tanimura@gmail.com", "email"),
    ("鍵垢なのでフォロリクしてくれたら承認します！", "x"),
    ("LINEのスクショで送ってもいい？IDも一緒に", "line"),
])
def test_their_near_misses_still_count(text, channel):
    assert channel in _channels(text)


@pytest.mark.parametrize("text, expected", [
    ("LINEで連絡してくださっていて助かりました", set()),
    ("Zoomで丁寧に説明してくださっています", set()),
    ("LINEで連絡してください", {"line"}),
    ("Zoomで説明してくださいね", {"zoom"}),
])
def test_a_kindness_told_is_no_request(text, expected):
    from leakguard import Policy

    assert {f.value for f in scan(text, policy=Policy(intent_model="off")).findings
            if f.category == "external_contact" and f.score >= 0.5} == expected


# -- round-5 classes: Gen-Z / masked app names, romaji offers, quoted examples in advice articles ----
@pytest.mark.parametrize("text, channel", [
    ("スレッズもやってるので、そっちでDMくださいね", "instagram"),
    ("写真のアプリのほうでフォローしてもらえますか", "instagram"),
    ("ぃωすたのDMに送っといてー", "instagram"),
    ("インスタやってる？相互しよー", "instagram"),
    ("鍵垢のほうでつながりませんか", "x"),
    ("続きはL◯NEで話しましょう", "line"),
])
def test_slang_and_masked_app_names_invite(text, channel):
    assert channel in _channels(text), _channels(text)


@pytest.mark.parametrize("text", [
    "スレッズの使い方がまだよくわかりません",
    "写真のアプリで加工したら色味が変わってしまいました",
    "鍵垢にしている理由は特にありません",
    "この写真のアプリでの編集はお任せします",
    "相互に確認しながら進めましょう",
])
def test_those_names_as_things_talked_about_stay_quiet(text):
    assert _channels(text) == {}, _channels(text)


@pytest.mark.parametrize("text, channel", [
    ("bangou wa ato de okurimasu. WhatsApp mo daijoubu desu", "whatsapp"),
    ("skype de ii desu ka?", "skype"),
])
def test_a_romaji_offer_of_a_channel_invites(text, channel):
    assert channel in _channels(text), _channels(text)


@pytest.mark.parametrize("text", [
    "zoom no tsukaikata mo daijoubu desu, arigatou",
    "LINE no settei de ii desu ka",
])
def test_romaji_talk_about_how_an_app_works_is_no_offer(text):
    assert _channels(text) == {}, _channels(text)


@pytest.mark.parametrize("text", [
    "例：「続きはLINEでやりとりしましょう。IDは○○○○です」",
    "・「番号を教えてもらえますか？（私のは080-XXXX-XXXXです）」という連絡は要注意",
    "よくある誘い文句「詳しくはインスタのDMで！ @＊＊＊＊ まで」",
    "「メールで資料を送りますね。アドレスは xxxx@example.com です」",
])
def test_a_quoted_example_with_a_placeholder_is_no_invitation(text):
    assert _channels(text) == {}, _channels(text)


@pytest.mark.parametrize("text, channel", [
    ("「続きはLINEでやりとりしましょう」IDはhiro_88です", "line"),
    ("続きはLINEでやりとりしましょう。IDは○○○○で検索してね", "line"),
    ("「LINEで話そう」って送ったけど、返事まだ？ LINEで話そうよ ○○○", "line"),
])
def test_an_unquoted_or_placeholder_free_invitation_still_counts(text, channel):
    assert channel in _channels(text), _channels(text)


@pytest.mark.parametrize("text", [
    "面談の前に「Zoomは使えますか？」と聞くのはマナー違反？",
    "「インスタで繋がろう」と尋ねられたらどう返すべきか",
    "よく話題になる「ライン交換しよ」問題をまとめました",
    "「電話で話せませんか」トラブルの防ぎ方",
])
def test_a_quote_an_article_asks_about_or_names_as_a_topic_is_no_invitation(text):
    assert _channels(text) == {}, _channels(text)


@pytest.mark.parametrize("text, channel", [
    ("Zoomは使えますか？ 聞くだけ聞いてみます", "zoom"),
    ("インスタで繋がろう！問題なければIDを送ります", "instagram"),
    ("「ライン交換しよ」って言ったの私だよ、交換しよ", "line"),
])
def test_the_same_words_unquoted_or_said_again_still_invite(text, channel):
    assert channel in _channels(text), _channels(text)


@pytest.mark.parametrize("text, channel", [
    ("よければ携帯教えてもらえませんか", "phone"),
    ("講師の方のメールを教えていただけますか", "email"),
])
def test_asking_to_be_told_the_mail_or_the_mobile_asks_for_its_address(text, channel):
    assert channel in _channels(text), _channels(text)


@pytest.mark.parametrize("text", [
    "ビジネスメールの書き方を教えてください",
    "携帯で教えてもらった手順をもう一度確認したいです",
    "メールで教えてもらった内容はこちらに貼りますね",
    "子どもに携帯教えるのは何歳からがいいでしょう",
])
def test_telling_something_about_mail_or_by_mail_is_no_ask_for_it(text):
    assert _channels(text) == {}, _channels(text)


@pytest.mark.parametrize("text, channels", [
    ("書類の件、Skypeまたはメールでご連絡いただけますか", {"skype", "email"}),
    ("ご都合のよい方法（Zoomもしくは電話）でお話しできませんか", {"zoom", "phone"}),
])
def test_written_joiners_share_the_invitation(text, channels):
    assert channels <= set(_channels(text)), _channels(text)


@pytest.mark.parametrize("text", [
    "Skypeまたはメールでのご連絡は規約で禁止されています",
    "Zoomもしくは電話の使い方について記事を書いてほしいです",
])
def test_written_joiners_in_a_refusal_or_a_job_stay_quiet(text):
    assert not any("invitation" in kinds for kinds in _channels(text).values()), _channels(text)


@pytest.mark.parametrize("text", [
    "自己紹介欄に「Instagramでも作品を載せています、検索してください」と書くのは規約違反ですか",
    "「LINEで話しましょう」と書いたら警告が出ました",
])
def test_a_quote_one_writes_somewhere_is_content(text):
    assert _channels(text) == {}, _channels(text)


@pytest.mark.parametrize("text, channel", [
    ("書いた通り、Instagramで作品を見てください。検索してね", "instagram"),
    ("LINEで話しましょう、書くのは面倒なので", "line"),
])
def test_writing_outside_a_quote_leaves_the_invitation(text, channel):
    assert channel in _channels(text), _channels(text)
