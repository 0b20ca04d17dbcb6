"""Invitations to an outside channel written by round 11's authors (#14), as classes, each with new
wordings that no dev row holds: dialect request and volitional endings (Nagoya 〜てちょ, Tohoku
〜けろ / 〜ねが？, Kansai 〜しよか / 〜へんか, Hakata 〜せんね？), a channel hedged with とか (「インスタ
とかで」), a channel named as a side (「LINEの方で」), the polite 承る of a shop, a request that the other
side leave their number or address here, and the comparative proposal 「〜した方が伝わりやすい」.
Each class has refusals, stories and job talk beside it that must stay quiet. All texts are fictional."""
import pytest

import leakguard
from leakguard.model import EXTERNAL


def _channels(text: str) -> set:
    return {f.value for f in leakguard.scan(text).findings if f.category == EXTERNAL and f.score >= 0.5}


INVITATIONS = [
    # dialect requests after the te-form
    ("電話してちょ", "phone"),
    ("急ぎのときは携帯に電話してちょうよ", "phone"),
    ("メアド教えてけろ", "email"),
    ("写真はLINEで送ってけれ", "line"),
    ("番号教えてくれへんか", "phone"),
    ("スカイプでかけてくれんかね", "skype"),
    ("図面はメールで送ってくんない？", "email"),
    ("インスタのDMで送ってや〜", "instagram"),
    # dialect questions on a negated form
    ("LINE交換しねが？", "line"),
    ("電話で話さんね？", "phone"),
    ("ズームで打ち合わせせんか？", "zoom"),
    ("電話で相談さしてもらえねべか？", "phone"),
    # volitional forms, stretched or with a particle
    ("電話で話そ〜", "phone"),
    ("LINEしよっ！", "line"),
    ("ほな電話で話そか", "phone"),
    ("インスタで繋がろ〜！", "instagram"),
    ("今夜ディスコードで通話しよっか", "discord"),
    # a channel hedged with とか
    ("LINEとかやってる？", "line"),
    ("Discordとか使ってます？", "discord"),
    ("スカイプとかで話せませんか", "skype"),
    ("カカオトークとかで連絡取れない？", "kakao"),
    # a channel named as a side: の方で / のほうに
    ("Lの方で送って", "line"),
    ("細かい話はラインの方にちょうだい", "line"),
    ("インスタのほうで連絡ください", "instagram"),
    ("続きはスカイプの方でお願いできますか", "skype"),
    # the shop's polite 承る
    ("ご相談はお電話でも承ります", "phone"),
    ("LINEでもご予約承ります", "line"),
    ("メールでのご注文も承っております", "email"),
    # asking for the other side's address or number
    ("メールアドレスお持ちですか？資料をお送りしたいので", "email"),
    ("Gmailとか持ってる？データ送りたいんやけど", "email"),
    ("携帯番号ここに書いておいてください", "phone"),
    ("連絡用のメアド、ここに貼っといて", "email"),
    # a thing to send through the channel: 「<channel>で 写真 ください」
    ("図面はメールでPDFください", "email"),
    ("LINEで現場の写真もらえますか？", "line"),
    ("細かい寸法はチャットワークで資料いただけますか", "chatwork"),
    # a request closed by a comma, something else after it; a volitional closed by ！
    ("電話してや、夜なら出れるけん", "phone"),
    ("メアド教えてちょ、見積り送るで", "email"),
    ("電話しよ〜！そのほうが早いし", "phone"),
    # the comparative proposal
    ("Zoomで顔を見て話した方が分かりやすいかと思います", "zoom"),
    ("一度お電話でご説明した方がスムーズかと存じます", "phone"),
    ("LINEでやり取りしたほうが伝わりやすいと思うんです", "line"),
]

QUIET = [
    # refusals, rules and negations in the same shapes
    "LINEとかで連絡先を交換するのは禁止です",
    "電話でのご予約は承っておりません",
    "LINE交換はせんよ",
    "電話はしねえよ",
    "電話番号はここに書かないでください",
    # job topics, publishing, the platform's own features
    "インスタとかに作品の写真を載せてもいいですか",
    "LINEとかFacebookとか、SNSの運用代行をお願いしたいです",
    "LINE公式アカウントの運用代行も承ります",
    "ご注文を承りました。発送まで少々お待ちください",
    "こちらのビデオ通話の方でお話ししましょう",
    "LINEで届いた写真ください、って言われても困ります",
    "インスタで見たデザインの画像ください",
    "電話して、それから決めました",
    "LINEで送ってね、って言われたけど断った",
    "昨日電話しよ〜と思ったけど寝てた",
    "LINEで友達からスタンプもらいました",
    # stories, devices, opinions
    "スマホはお持ちですか？アプリの動作確認をお願いしたいので",
    "Gmailアドレスは持ってますか？",
    "Twitterとかはやってますか？",
    "電話とかではよく話されますか？",
    "インスタでステッカーが貰えたら嬉しいな",
    "事前に電話とかでも連絡してもらえたら他にも行けたのに",
    "電話で話した方が緊張するタイプです",
    "昔はLINEとかやってたけど今はやめました",
    "電話で話した方がいいと言われたことがあります",
    "ラインの方が便利って言う人もいますが、ここでお願いします",
]


@pytest.mark.parametrize("text,channel", INVITATIONS)
def test_round11_invitation_classes(text, channel):
    assert channel in _channels(text)


@pytest.mark.parametrize("text", QUIET)
def test_round11_quiet(text):
    assert not _channels(text)


def test_request_endings_lexicon_is_validated_and_extendable(tmp_path):
    from leakguard.detectors.channels import ContactLexicon
    from leakguard.lexicon import LexiconError

    bad = tmp_path / "bad.txt"
    bad.write_text("#: columns = ending, kind\nちょ | later\n", encoding="utf-8")
    with pytest.raises(LexiconError, match="unknown kind"):
        ContactLexicon.load(extra={"contact_request_endings.txt": [bad]})
    bad.write_text("#: columns = ending, kind\nplease | te\n", encoding="utf-8")
    with pytest.raises(LexiconError, match="hiragana"):
        ContactLexicon.load(extra={"contact_request_endings.txt": [bad]})
    extra = tmp_path / "endings.txt"
    extra.write_text("#: columns = ending, kind\nたもれ | te\n", encoding="utf-8")
    lex = ContactLexicon.load(extra={"contact_request_endings.txt": [extra]})
    assert lex.closes("te", "たもれ〜") and lex.closes("te", "ちょ") and not lex.closes("te", "から")
    assert not ContactLexicon.load().closes("te", "たもれ")


# A number under an app registered by phone number, or labelled as a fax line, is no invitation to call
NUMBER_NOT_A_CALL = [
    ("海外にいるのでTelegramが便利です。+81 80 2231 4476 です、メッセージください", "telegram"),
    ("Signalで +81 90 5512 0098 に連絡ください", "signal"),
    ("注文書はFAXで 052 871 4410 まで送ってください", None),
    ("ファックス番号は 03-5512-7781 までお願いします", None),
]
NUMBER_STILL_A_CALL = [
    "Telegramやってます。+81 80 1234 5678 です、普通の電話でもいいですよ",
    "FAXは使ってないので 06 6754 3319 までお電話ください",
    "TEL/FAX 06-6754-3319 までご連絡ください",
    "LINEやってないので 090-2214-7789 に電話ください",
    "FAX兼用の 0263-55-1180 までご連絡ください",
    "FAX 0952-27-1100 に注文書を送ってください。電話も同じ番号です",
]


@pytest.mark.parametrize("text,app", NUMBER_NOT_A_CALL)
def test_app_or_fax_number_is_not_a_call(text, app):
    found = _channels(text)
    assert "phone" not in found
    assert app is None or app in found


@pytest.mark.parametrize("text", NUMBER_STILL_A_CALL)
def test_number_with_a_call_stays_a_call(text):
    assert "phone" in _channels(text)


def test_pointer_naming_mail_is_not_a_call():
    text = ("詳しい資料は、お手数ですが下記までメールにてご依頼ください。\n\n株式会社サンプル　田中\n"
            "TEL：03-5512-7780／FAX：03-5512-7781\nMail：tanaka@sample.example.jp")
    assert _channels(text) == {"email"}
    text = "ご不明点は下記までお電話ください。\n\n株式会社サンプル　田中\nTEL：03-5512-7780"
    assert _channels(text) == {"phone"}


# A channel that only qualifies a thing seen or received there, through 「という」「っていう」「みたいな」
SEEN_THERE = [
    "お客様がインスタで見たというデザインの画像をこちらに添付してください",
    "LINEで見たっていう写真、ここに貼ってもらえますか",
    "インスタで見つけたみたいなネイルにしたいです",
    "Xで話題になったという商品の紹介文をお願いします",
]


@pytest.mark.parametrize("text", SEEN_THERE)
def test_thing_seen_on_a_channel_is_no_invitation(text):
    assert not _channels(text)


def test_wish_to_talk_there_still_invites():
    assert "instagram" in _channels("インスタで話したいという方はDMください")
    assert "line" in _channels("LINEで相談したいって方は追加してね")
