"""external_contact: invitations, requests and offers to continue outside, handles and links;
refusals, rules and job topics that must not warn."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import leakguard
from leakguard.detectors.channels import (
    CHANNELS,
    SCORE_REFUSAL,
    ContactLexicon,
    ExternalContactDetector,
    detect_external_contact,
)
from leakguard.lexicon import LexiconError
from leakguard.normalize import NormalizedText


def channels(text: str, min_score: float = 0.5) -> set[str | None]:
    return {f.value for f in detect_external_contact(NormalizedText.of(text)) if f.score >= min_score}


# -- invitations, requests, offers: conjugations and spellings ---------------------------------------
INVITE_FORMS = ["{C}交換しませんか", "{C}交換しよう", "{C}交換してください", "{C}交換しましょう！",
                "{C}交換できますか？", "{C}交換しない？", "{C}交換お願いします", "{C}交換してほしいです"]
LINE_NAMES = ["LINE", "ライン", "らいん", "ﾗｲﾝ", "ＬＩＮＥ", "L I N E"]


@pytest.mark.parametrize("name", LINE_NAMES)
@pytest.mark.parametrize("form", INVITE_FORMS)
def test_line_exchange_invitation(name, form):
    assert "line" in channels(form.format(C=name))


@pytest.mark.parametrize("text,channel", [
    ("ラインやってる？", "line"),
    ("LINE追加してください、IDはtaro_1234", "line"),
    ("ラインください", "line"),
    ("LINEのID教えて", "line"),
    ("続きは緑のアプリで！", "line"),
    ("ら交換しよ", "line"),
    ("線のID教えて", "line"),
    ("友だち追加してね", "line"),
    ("ID検索で出ます", "line"),
    ("QRコード送りますので読み取ってください", "line"),
    ("ＬＩＮＥでお待ちしております。", "line"),
    ("電話は苦手なので、LINEでお願いできますか？", "line"),
    ("Chatworkで連絡しましょう", "chatwork"),
    ("チャットワークのIDを教えてください", "chatwork"),
    ("Chatworkで連絡しましょう。IDはabc_def", "chatwork"),
    ("スカイプ live:taro.yamada_1", "skype"),
    ("Skypeで打ち合わせできますか", "skype"),
    ("Discordやってますか？", "discord"),
    ("ディスコードのサーバーに入ってください", "discord"),
    ("https://discord.gg/AbCd123 に参加して", "discord"),
    ("Slackに招待しますね、メールアドレスを教えてください", "slack"),
    ("Telegramで連絡ください", "telegram"),
    ("https://t.me/taro_works", "telegram"),
    ("WhatsAppで連絡して", "whatsapp"),
    ("セキュリティ的にSignalでやり取りしたいです", "signal"),
    ("インスタのDMください", "instagram"),
    ("インスタ @taro_88 フォローしてね", "instagram"),
    ("https://www.instagram.com/taro_88/", "instagram"),
    ("ツイッターのDMで連絡ください", "x"),
    ("XのDMで連絡ください", "x"),
    ("Facebookのメッセンジャーで連絡ください", "facebook"),
    ("Zoomで打ち合わせ可能です", "zoom"),
    ("zoom.us/j/1234567890", "zoom"),
    ("https://us05web.zoom.us/j/87966276718?pwd=abc", "zoom"),
    ("Google Meetで話しましょう", "google_meet"),
    ("https://meet.google.com/abc-defg-hij", "google_meet"),
    ("Teamsでミーティングしませんか", "teams"),
    ("カカオトークで連絡ください", "kakao"),
    ("WeChatで連絡してもいいですか", "wechat"),
    ("直接メールでやり取りしませんか", "email"),
    ("メアド教えて", "email"),
    ("メールアドレスを教えてください", "email"),
    ("taro@example.comまでご連絡ください", "email"),
    ("お電話ください 090-1234-5678", "phone"),
    ("番号教えてください", "phone"),
    ("電話番号を教えてもらえますか", "phone"),
    ("お電話でご相談ください", "phone"),
    ("ワン切りしてください", "phone"),
    ("ショートメールでもOKです→070-8736-8097", "phone"),
])
def test_invitation_channel(text, channel):
    assert channel in channels(text)


@pytest.mark.parametrize("text", [
    "連絡先を交換しませんか",
    "外部ツールでやり取りしませんか",
])
def test_unnamed_channel_has_no_value(text):
    findings = [f for f in detect_external_contact(NormalizedText.of(text)) if f.score >= 0.5]
    assert findings and all(f.value is None for f in findings)


def test_disclosure_and_invitation_are_separate_findings():
    report = leakguard.scan("LINE追加してください、IDはtaro_1234")
    assert {(f.category, f.value) for f in report.findings} == {("external_contact", "line"), ("line_id", "taro_1234")}
    report = leakguard.scan("お電話ください 090-1234-5678")
    assert {f.category for f in report.findings} == {"external_contact", "phone_number"}


@pytest.mark.parametrize("text,channel", [
    ("微信（WeChat）でご連絡いただけますか。", "wechat"),
    ("Facebook Messengerの方が連絡がつきやすいので、そちらでお願いできますか。", "facebook"),
    ("Zoom（zoom）で打ち合わせしませんか", "zoom"),
])
def test_channel_named_twice_is_one_invitation_not_a_handle(text, channel):
    findings = [f for f in detect_external_contact(NormalizedText.of(text)) if f.score >= 0.5]
    assert [f.value for f in findings] == [channel]
    assert "handle" not in findings[0].reason_en


@pytest.mark.parametrize("text,channel", [
    ("ChatworkのIDを教えてもらえますか。", "chatwork"),
    ("スカイプのIDを伺ってもよろしいでしょうか", "skype"),
    ("カカオID教えてほしいです", "kakao"),
])
def test_the_word_id_is_a_cue_not_a_handle(text, channel):
    findings = detect_external_contact(NormalizedText.of(text))
    assert {f.value for f in findings if f.score >= 0.5} == {channel}
    assert not [f for f in findings if "handle" in f.reason_en]


@pytest.mark.parametrize("text,channel", [
    ("らいんこーかんしよ", "line"),
    ("続きはLINEで話そー", "line"),
    ("インスタ交換しましょー", "instagram"),
    ("ディスコードでそーだんしませんか", "discord"),
])
def test_casual_long_vowels_do_not_hide_an_invitation(text, channel):
    assert channels(text) == {channel}


@pytest.mark.parametrize("text", [
    "インスタで商品を紹介する投稿をしてほしいです",  # SNS marketing jobs: content to publish there
    "Instagramで新商品を宣伝してほしいです",
    "インスタに写真を載せてください",
    "Xで毎日ポストしてください",
    "インスタでどんどん発信してほしい",
    "TikTokで動画を配信してほしいです",
])
def test_publishing_on_a_channel_is_a_job_not_an_invitation(text):
    assert channels(text) == set()


@pytest.mark.parametrize("text,channel", [
    ("インスタに投稿したらDMで連絡ください", "instagram"),  # a contact action after the publishing verb
    ("インスタでDMください", "instagram"),
    ("LINEで写真送ってください", "line"),
])
def test_a_contact_action_still_invites_next_to_publishing(text, channel):
    assert channels(text) == {channel}


def test_signature_phone_is_only_a_phone_number():
    report = leakguard.scan("TEL 090-1234-5678")
    assert {f.category for f in report.findings} == {"phone_number"}


def test_invitation_alone_warns():
    report = leakguard.scan("ライン交換しませんか")
    assert report.action == leakguard.Action.WARN
    assert report.findings[0].text == "ライン交換しませんか"


def test_span_maps_to_original_text():
    text = "よろしくお願いします！ＬＩＮＥ交換しませんか？"
    for f in detect_external_contact(NormalizedText.of(text)):
        assert text[f.start:f.end] == f.text
        assert f.text.startswith("ＬＩＮＥ")


# -- hard negatives ---------------------------------------------------------------------------------
HARD_NEGATIVES = [
    "ラインナップが豊富です",
    "デッドラインは明日です",
    "オンラインで打ち合わせしましょう",
    "アウトラインを作りましょう",
    "ライン作業の経験があります",
    "生産ラインの管理をお願いします",
    "ガイドラインを確認してください",
    "インスタントコーヒーを飲みましょう",
    "LINEスタンプのイラスト制作",
    "LINEスタンプのイラスト制作をお願いできますか",
    "LINE公式アカウントの運用代行",
    "LINE公式アカウントの運用代行をお願いしたいです",
    "Chatworkの操作マニュアル作成",
    "Chatworkの操作マニュアル作成をお願いします",
    "Discord botの開発",
    "Discord botの開発をお願いしたいです",
    "Zoomの録画の文字起こし",
    "Zoomの録画の文字起こしをお願いできますか",
    "Skype英会話教室のサイトリニューアルについて、過去の制作物をお送りします。",
    "WeChatミニプログラムの画面翻訳、20画面で12万円です",
    "ラインマーカーで示した箇所をご確認ください。",
    "問い合わせフォームに「電話番号」「メールアドレス」「住所」の3項目を追加してください。",
    "電話応対マニュアルの作成の実績がございますので、ぜひお任せください。",
    "電話したらキャンセル料はかかりませんでした",
    "電話しようかな",
    "電話で話すのが苦手です",
    "テレビ電話できちゃう",
    "注文番号を教えてください",
    "TEL 090-1234-5678",
    "こんにちは！よろしくお願いします。",
    "これらの交換はできません",
    "彼らとはLINEで話しました",
    "インスタで良く見ます。",
    "昨日インスタでかわいい服を見つけました",
    "カナダの首相もインスタで呼びかけてきてもらったみたいです",
    "義理の両親が毎年、電話してくれます。",
    "そうなんですね、電話ですか？",
    "連絡先の交換が必要になった場合は、運営の申請手続きを経てからにしましょう。",
    "ご連絡はこのチャットでお願いします",
]


@pytest.mark.parametrize("text", HARD_NEGATIVES)
def test_hard_negative(text):
    assert channels(text) == set()
    assert leakguard.scan(text).action != leakguard.Action.WARN or "TEL" in text


REFUSALS = [
    "LINEの交換はご遠慮しております",
    "外部ツールでのやり取りは規約で禁止されています",
    "個人の連絡先はお伝えできません",
    "ラインはやってないです",
    "LINEは交換しない主義なんです",
    "LINEは使っていないので、このままここでやり取りさせてください",
    "Zoomは使えないので、サイトのメッセージで進めさせてください",
    "サイト外でのやり取りはできないので、ここでお願いします！",
    "電話番号は書けないので、このチャットで大丈夫です",
    "電話とかはなしで、全部チャットでいいですよ",
    "規約違反になるのでLINE交換はできません",
    "ココナラ外での連絡先交換は禁止です",
]


@pytest.mark.parametrize("text", REFUSALS)
def test_refusal_never_warns(text):
    findings = list(detect_external_contact(NormalizedText.of(text)))
    assert all(f.score < 0.5 for f in findings)
    assert leakguard.scan(text).action == leakguard.Action.ALLOW


@pytest.mark.parametrize("text", REFUSALS[:3])
def test_refusal_keeps_a_low_score(text):
    scores = [f.score for f in detect_external_contact(NormalizedText.of(text))]
    assert scores == [SCORE_REFUSAL]


# -- real chat: people talk about LINE, インスタ and 電話 ---------------------------------------------
REAL = Path(__file__).resolve().parents[1] / "data" / "real"


@pytest.mark.parametrize("name", json.loads((REAL / "manifest.json").read_text(encoding="utf-8"))["chat"])
def test_real_chat_false_positive_rate(name):
    path = REAL / name
    texts = [json.loads(line)["text"] for line in path.open(encoding="utf-8")]
    flagged = sum(1 for t in texts if channels(t))
    assert flagged / len(texts) <= 0.002, flagged


# -- lexicon extension --------------------------------------------------------------------------------
def test_platform_adds_its_own_alias(tmp_path):
    extra = tmp_path / "aliases.txt"
    extra.write_text("# our own app\nモモトーク | line | name\n", encoding="utf-8")
    detector = ExternalContactDetector(ContactLexicon.load(extra={"channel_aliases.txt": [extra]}))
    assert "line" in {f.value for f in detector(NormalizedText.of("モモトーク交換しませんか"))}
    assert channels("モモトーク交換しませんか") == set()  # the default lexicon is untouched


@pytest.mark.parametrize("row,message", [
    ("モモトーク | momo | name", "unknown channel"),
    ("モモトーク | line | strong", "unknown kind"),
    ("モモトーク", "missing field"),
])
def test_bad_extra_rows_name_file_and_line(tmp_path, row, message):
    extra = tmp_path / "bad.txt"
    extra.write_text("# header\n" + row + "\n", encoding="utf-8")
    with pytest.raises(LexiconError, match=message) as err:
        ContactLexicon.load(extra={"channel_aliases.txt": [extra]})
    assert f"{extra}:2" in str(err.value)


def test_unknown_lexicon_name_is_an_error():
    with pytest.raises(LexiconError, match="no lexicon named"):
        ContactLexicon.load(extra={"nope.txt": []})


def test_channel_values_are_the_documented_set():
    assert set(CHANNELS) == {"line", "chatwork", "skype", "discord", "slack", "telegram", "whatsapp", "signal",
                             "instagram", "x", "facebook", "zoom", "google_meet", "teams", "kakao", "wechat",
                             "email", "phone"}


# -- the prefilter keeps Sudachi away from plain messages ----------------------------------------------
@pytest.mark.parametrize("text", ["こんにちは！", "よろしくお願いします。", "納期は6/1でお願いします", "これらの資料です"])
def test_plain_message_never_tokenizes(text, monkeypatch):
    import leakguard.tokens as tokens

    def boom(_text):
        raise AssertionError("Sudachi was called")

    monkeypatch.setattr(tokens, "tokenize", boom)
    assert list(detect_external_contact(NormalizedText.of(text))) == []


# -- invariants ---------------------------------------------------------------------------------------
_ZERO_WIDTH = ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff"]
_POSITIVES = [("LINE交換しませんか", "line"), ("Chatworkで連絡しましょう", "chatwork"),
              ("Zoomで打ち合わせ可能です", "zoom"), ("インスタのDMください", "instagram")]


@settings(max_examples=150, deadline=None)
@given(
    case=st.sampled_from(_POSITIVES),
    inserts=st.lists(st.tuples(st.integers(min_value=0, max_value=30), st.sampled_from(_ZERO_WIDTH)), max_size=5),
    widen=st.lists(st.integers(min_value=0, max_value=30), max_size=10),
)
def test_zero_width_and_full_width_do_not_hide_an_invitation(case, inserts, widen):
    text, channel = case
    chars = [chr(ord(ch) + 0xFEE0) if i in widen and "!" <= ch <= "~" else ch for i, ch in enumerate(text)]
    for i, zw in sorted(inserts, reverse=True):
        chars.insert(min(i, len(chars)), zw)
    disguised = "".join(chars)
    assert channel in channels(disguised)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=200))
def test_never_crashes(text):
    for f in detect_external_contact(NormalizedText.of(text)):
        assert text[f.start:f.end] == f.text


def test_hostile_input_does_not_crash():
    for text in ["ライン" * 40_000, "\ud800LINE交換\udfff", "LINE\x00交換\x07しませんか", "@" * 100_000, "l i n e " * 20_000]:
        list(detect_external_contact(NormalizedText.of(text)))


# -- requests, offers and invitations read across phrasings (own wording, not corpus rows) -----------
MORE_INVITATIONS = [
    # ちょうだい (頂戴) as the request
    ("この番号に電話ちょうだい 080-2468-1357", "phone"),
    ("あとでラインちょうだいね", "line"),
    ("ここにメールちょうだい sample.taro@example.com", "email"),
    # a plain 「メール」 next to an address of its own
    ("こちらにメールを送ってください\nkenji.demo@example.org", "email"),
    ("hiro_demo\n@example.jp\nにメールお願いします", "email"),
    ("メールもらえると嬉しいです kumi-demo@example.net", "email"),
    # 「〜てもらえれば」「〜いただければ」: a polite, conditional request
    ("お急ぎの場合は電話してもらえれば出ます 070-1357-2468", "phone"),
    ("夕方以降にお電話いただければ対応いたします", "phone"),
    ("お電話いただけますと助かります", "phone"),
    # 「でもいい」「でも構いません」: fine by the sender
    ("やり取りはSkypeでもいいですよ", "skype"),
    ("打ち合わせはZoomでも構いません", "zoom"),
    ("急ぎならSMSでもかまわないよ", "phone"),
    # an invitation spread over two sentences or clauses
    ("事務所のLINEは@246demoxです。友だち追加してね", "line"),
    ("Telegramは入れてますか？そっちでやり取りしましょう", "telegram"),
    ("Zoomの方が画面共有しやすいので、そちらでお願いできますか", "zoom"),
    ("社内ではDiscordを使っています。サーバーに入ってください", "discord"),
    ("Skypeのアカウントをお持ちなら、そっちで話しましょう", "skype"),
    ("緊急時は080の1122の3344にお電話ください", "phone"),
    ("サポート窓口は 03-1111-2468 です。お気軽にご連絡ください", "phone"),
    ("留守の場合は050-1234-8765へ折り返しをお願いします", "phone"),
    ("返信はminato.demo@example.orgにお願いします", "email"),
    ("ラインの方が見やすいので、sora-demoまで一言ください", "line"),
]


@pytest.mark.parametrize("text,channel", MORE_INVITATIONS)
def test_more_invitations(text, channel):
    assert channel in channels(text)


MORE_HARD_NEGATIVES = [
    "お土産ちょうだいしました、ありがとうございます",
    "電話帳アプリのUI改善をお願いします",
    "インスタでも何でもいいので宣伝してほしい",
    "インスタでステッカーが貰えたら嬉しい",
    "メールマガジンの原稿を書いてください",
    "Zoomでは構いませんが録画はしないでください",
    "昨日お電話いただけたので助かりました",
    # a channel sentence, then an unrelated request
    "インスタで最近ネイルばかり見てます。またお話ししましょう！",
    "LINEの通知音が好きなので、ぜひ検索してみてください",
    "先週Zoomで打ち合わせしました。資料を送ってください",
    "LINEは使っていません。ご連絡はこちらでお願いします",
    "ご連絡先は 03-1111-2468 でお願いします",
    "配達員に伝える番号は080-1111-2222でお願いします",
    "yamada.demo@example.com お願いします",
]


@pytest.mark.parametrize("text", MORE_HARD_NEGATIVES)
def test_more_hard_negatives(text):
    assert channels(text) == set()


@pytest.mark.parametrize("text,channel", [
    ("ここで話しづらいので、いつものアプリで話しましょう", "line"),
    ("@246demoxで検索すると当店のアカウントが出ます。インスタで質問してください", "instagram"),
])
def test_euphemisms_and_named_channels(text, channel):
    assert channel in channels(text)


# -- generalised readings (own wording; not rows of the fresh set or the corpus) ----------------------
GENERALISED_INVITATIONS = [
    # switching to the channel: 「〜にしない？」「〜にしましょう」
    ("もうインスタにしない？", "instagram"),
    ("連絡はスカイプにしましょう", "skype"),
    # the channel closing the sentence: an elliptical request
    ("メールは苦手なので、電話で！", "phone"),
    ("ここだと遅いし、ラインで。", "line"),
    # a condition that sets up the channel, the request after it
    ("チャットワーク使ってたら、IDを教えてください", "chatwork"),
    ("Telegramなら、そっちの方が既読わかります", "telegram"),
    ("ラインだと既読がつくので安心です。ID→kumo_demo7", "line"),
    # a condition with a wish: 「〜できたら助かります」「〜できればと存じます」「〜した方が早い」
    ("Zoomで打ち合わせできたら助かります", "zoom"),
    ("以降のご連絡はメッセンジャーで行えればと存じます", "facebook"),
    ("スカイプで話した方が早いです", "skype"),
    ("お電話いただくのがスムーズです 090-2468-1122", "phone"),
    # the casual volitional 「しよ」, よろしく right after the action, 〜といて
    ("ディスコードでフレンド申請しよ！", "discord"),
    ("インスタのフォローよろしくです", "instagram"),
    ("ラインID送るから追加しといて", "line"),
    # katakana slang after a particle
    ("友達とはカカオで話してるので、そちらに入ってください", "kakao"),
    # a LINE add-friend link is an invitation like any other channel's link
    ("こちらからどうぞ lin.ee/Demo123", "line"),
    # lines with no predicate of their own, then the request
    ("ライン\nID\nnagi_demo\n追加お願いします", "line"),
    # 控える with a number as its object means "write down"
    ("念のため携帯番号を控えておいてください 080-1357-9999", "phone"),
    ("番号は前に伝えた通りです。かけてくれれば出ます", "phone"),
    # an announced call next to the number
    ("明日こちらからお電話いたします。番号は090-1212-3434です", "phone"),
    ("Teamsでの面談にも対応しております", "teams"),
    # rule talk in a clause of its own, the leak and the request after it
    ("ルール的に書けないんですけど、ラインのIDはhana_demoです。よかったら連絡ください", "line"),
    ("電話かLINEで！ID: demo_kei5", "line"),
    # kanji slang after a particle (not glued to a kanji word)
    ("ここ通知来ないんで線にしません？", "line"),
]


@pytest.mark.parametrize("text,channel", GENERALISED_INVITATIONS)
def test_generalised_invitations(text, channel):
    assert channel in channels(text)


GENERALISED_HARD_NEGATIVES = [
    "一回の電話で。",  # a noun phrase, not an ellipsis
    "Gmailに少しずつ移行した方がいいですよ",  # advice about a mailbox, not a wish to talk there
    "電話がかかってきたから、電話にでて",
    "不便続きで旅行が嫌になりますね",
    "インスタで服を見つけられたら嬉しいです",
    "区切りはラインにします",  # a choice of shape
    "LINEで届いたスクショを貼っていただけますか",  # the channel qualifies a thing that came through it
    "ライン交換しようって言ってくる人がいたら、運営に通報してください",  # reported speech
    "LINE教えてくださいって言われたら断ってください",
    "連絡先の交換は控えてください",  # 控える with an action: refrain
    "LINE IDの入力欄を会員登録フォームに追加してください",  # a form field
    "グループLINEのアイコンを作ってください",
    "カカオ70%のチョコを使ったレシピです",
    "規約で禁止されているので、LINEのIDは書けません",
    "帰りは新幹線にしない？",  # 線 inside a kanji word
    "黄緑にしましょう",
]


@pytest.mark.parametrize("text", GENERALISED_HARD_NEGATIVES)
def test_generalised_hard_negatives(text):
    assert channels(text) == set()


def test_refrain_stays_a_refusal():
    found = [f for f in detect_external_contact(NormalizedText.of("LINEの交換はお控えください"))]
    assert found and all(f.score == SCORE_REFUSAL for f in found)


# -- long messages: only the lines around a channel word are read -----------------------------------
_FILLER = ["お世話になっております。", "資料を拝見しました。", "納期は来週金曜を予定しています。",
           "修正は2回まで対応いたします。", "サンプルを添付しました。", "よろしくお願いいたします。"]


@given(st.lists(st.sampled_from(_FILLER), min_size=8, max_size=30), st.lists(st.sampled_from(_FILLER), min_size=8, max_size=30),
       st.sampled_from(["LINE交換しませんか？", "ChatworkのIDはsato_works01です、追加お願いします", "LINE ID: taro_1234 です。追加してね",
                        "インスタのDMでも相談を受け付けております、@sato_design まで。", "番号教えてください、夜なら電話に出られます。",
                        "LINEの交換はご遠慮しております", "https://lin.ee/abcd123 から追加できます", "電話ください\n090-1234-5678"]))
@settings(max_examples=60, deadline=None)
def test_a_long_message_reads_the_same_through_its_window(before, after, leak):
    text = "\n".join(before + [leak] + after)
    windowed = leakguard.find(text)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr("leakguard.normalize._WINDOW_MIN_CHARS", 10 ** 9)  # read every message whole
        whole = leakguard.find(text)
    assert windowed == whole
    assert all(text[f.start:f.end] == f.text for f in windowed)


def test_a_long_message_tokenizes_only_the_lines_around_the_channel(monkeypatch):
    from leakguard import tokens

    seen = []
    real = tokens.tokenize
    monkeypatch.setattr(tokens, "tokenize", lambda text: seen.append(len(text)) or real(text))
    text = "\n".join(["お世話になっております。資料を拝見しました。"] * 20 + ["LINE交換しませんか？"] + ["よろしくお願いいたします。"] * 20)
    assert [f.value for f in leakguard.find(text)] == ["line"]
    assert seen and max(seen) < len(text) / 4


@pytest.mark.parametrize("text", [
    "The WeChat mini-program mockups are attached.",
    "I want a Discord Nitro-style animated banner for my profile",
    "Telegramも USDT もNG です、サイト内でお願いします",
])
def test_words_after_a_channel_name_are_no_handles(text):
    # a handle blocks by default (Finding.kind): a word of the sentence must not read as one
    assert not [f for f in leakguard.scan(text).findings if f.kind == "handle"]
