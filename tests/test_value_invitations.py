"""The invitation beside a disclosed value (detectors/value_invitations.py): a phone number, e-mail
address or LINE ID that the message invites the reader to use also gets external_contact:<channel>,
kind invitation; one that is only stated does not. All numbers, addresses and IDs are fictional."""
import pytest

import leakguard
from leakguard import Policy
from leakguard.detectors import value_invitations as vi
from leakguard.lexicon import LexiconError
from leakguard.model import EMAIL, EXTERNAL, LINE_ID, PHONE, Finding
from leakguard.scanner import find

INVITED = [
    # a verb of contacting with an ask
    ("急ぎの用件は 090-3318-7742 までご連絡ください", "090-3318-7742", "phone"),
    ("ご用の際は 080-2241-9067 にお電話ください", "080-2241-9067", "phone"),
    ("この番号 070-5512-8830 にショートメール送って！", "070-5512-8830", "phone"),
    ("0 9 0 2 4 6 1 3 3 8 7、夜ならかけてもらってOKです", "0 9 0 2 4 6 1 3 3 8 7", "phone"),
    ("電話かLINEで！ 080-6613-2290", "080-6613-2290", "phone"),
    # availability, callback, a time to call
    ("店の番号は 06-6612-4408 です。平日の昼なら誰か出ます", "06-6612-4408", "phone"),
    ("携帯 080-7731-2264、夕方以降なら出られます", "080-7731-2264", "phone"),
    ("番号：090-1187-5523\n折り返し待ってます", "090-1187-5523", "phone"),
    ("050-3871-2209、IP電話ですがふつうにかかります", "050-3871-2209", "phone"),
    ("事務所は 03-5561-2284 です。17時以降にお願いします", "03-5561-2284", "phone"),
    # a pointer at the value, a particle right after it
    ("見積もりの件はこちらに送っていただけますか。\nmiki.haruno22@gmail.com", "miki.haruno22@gmail.com", "email"),
    ("資料はそっちに送ってください。アドレスは sora.kaede88@yahoo.co.jp です", "sora.kaede88@yahoo.co.jp", "email"),
    ("何かあれば ０８０・４４１２・７７３０ まで！", "０８０・４４１２・７７３０", "phone"),
    ("データは kei.tsubaki41@outlook.jp 宛にお願いします", "kei.tsubaki41@outlook.jp", "email"),
    ("写真は\nyuna.photo33@icloud.com\nにお願いします", "yuna.photo33@icloud.com", "email"),
    ("返信はこっちのほうが早いです → hina.kobo55@gmail.com", "hina.kobo55@gmail.com", "email"),
    ("送り先は riku．mori７７＠gmail．com です", "riku．mori７７＠gmail．com", "email"),
    # adding, exchanging, a question about using it
    ("ラインのIDは mochi_kuma77 です、追加よろしく〜", "mochi_kuma77", "line"),
    ("らいん交換しよ！ id: kaze.tori09", "kaze.tori09", "line"),
    ("LINE→ sakura.pan_21\n写真はこっちで送れます", "sakura.pan_21", "line"),
    ("ラインやってますか？ID→ umi_sora_03", "umi_sora_03", "line"),
    ("メールは mika.piano22@yahoo.co.jp です。日程はそちらで決めましょう", "mika.piano22@yahoo.co.jp", "email"),
    # English
    ("Feel free to call me: 090-6624-1138", "090-6624-1138", "phone"),
    ("My number is 080-2215-6671, text me anytime", "080-2215-6671", "phone"),
    ("Please add our account @kt7rmn2b on LINE", "@kt7rmn2b", "line"),
    # a refusal word that is no refusal, a negative question that asks
    ("ご遠慮なく 080-4412-7730 までどうぞ", "080-4412-7730", "phone"),
    ("アドレスは haru.nomi4@icloud.com です。こちらに見積書を送っていただけませんか", "haru.nomi4@icloud.com", "email"),
    # an advertiser's お気軽に, a reason to skip the site (cheaper, quicker), romaji and English time frames
    ("教室の受付は 0120-336-218 です。お気軽にどうぞ", "0120-336-218", "phone"),
    ("見積もりは kanade.works5@gmail.com へお気軽に", "kanade.works5@gmail.com", "email"),
    ("予約は 050-6621-4471 で。アプリを通すより早く取れます", "050-6621-4471", "phone"),
    ("直通 03-5517-2294 ならサイト経由より安く、1件300円お得です", "03-5517-2294", "phone"),
    ("jimusho no denwa 06-6612-7790. koko ni kakete kudasai", "06-6612-7790", "phone"),
    ("cell 080-2266-1471, call after 8pm", "080-2266-1471", "phone"),
    # a particle and a desk pointing at the value, learners' kana, Chinese
    ("お問い合わせは 070-2281-6634 へどうぞ", "070-2281-6634", "phone"),
    ("休日の受付はこちら→03-5528-1176", "03-5528-1176", "phone"),
    ("めーるは ling.hua7@example.cn です。しゃしん おくって ください", "ling.hua7@example.cn", "email"),
    ("我的邮箱 chen.yu88@example.cn，用邮箱联系吧", "chen.yu88@example.cn", "email"),
    # round-5 classes (#14): the topic sent or shared there, the phone of a relative, the channel as
    # the place, a move or a formal にて after the value, slang and permission asks, LINE's friend
    # add, an offer of what the channel carries
    ("LINE：mika_zakka12　交換の詳細はこちらで", "mika_zakka12", "line"),
    ("ＧＭＡＩＬ：ｔｏｍｏ．ｆｌｏｗｅｒ８　当日の写真はこちらで共有します", "ｔｏｍｏ．ｆｌｏｗｅｒ８", "email"),
    ("緑のアプリのIDは hana_bouquet8 です。ご注文はそちらから", "hana_bouquet8", "line"),
    ("続きの相談は妻の携帯にお願いできますか。080-4471-2209 です", "080-4471-2209", "phone"),
    ("gmailの方にお願いします。アドレスは rei.tanabe.fp@gmail.com ですね", "rei.tanabe.fp@gmail.com", "email"),
    ("今後のやりとりは弊社の公式LINE（@518kqzmw）へ移行いただけますと幸いです", "@518kqzmw", "line"),
    ("今後のご連絡はLINE（ID：【mika.order3】）にていただけますと幸いです。", "mika.order3", "line"),
    ("連絡は nao_hobby0312@gmail.com でおねしゃす", "nao_hobby0312@gmail.com", "email"),
    ("メールで長めの相談を送ってもいいですか？ アドレスは sora.yoru0512@gmail.com です", "sora.yoru0512@gmail.com", "email"),
    ("友だち追加はQRじゃなくてIDで→ hoshi_kakera7", "hoshi_kakera7", "line"),
    ("LINE→ riku_bike22　現車の動画送れます", "riku_bike22", "line"),
    ("mail: mei.craft5@gmail.com 海外発送もメールで相談のります", "mei.craft5@gmail.com", "email"),
    ("ﾗｲﾝ ﾃﾞ ﾊﾅｼﾏｼｮ! ID:nanami.kaiwa3", "nanami.kaiwa3", "line"),
]

STATED = [
    # signatures and contact blocks
    ("株式会社サンプル企画　山田\nTEL：03-5512-7740　FAX：03-5512-7741", "03-5512-7740", "phone"),
    ("――――\n山本デザイン 山本 花子\nMail: hanako.y@yamamoto-design.jp\n――――", "hanako.y@yamamoto-design.jp", "email"),
    ("ご確認よろしくお願いいたします。\n\n田中\n携帯 080-2219-5530", "080-2219-5530", "phone"),
    # only stated
    ("メアドは riko.sato21@gmail.com です", "riko.sato21@gmail.com", "email"),
    ("LINEのIDは kota_0412 です", "kota_0412", "line"),
    ("LINEのIDは kota_0412 です！", "kota_0412", "line"),
    ("電話番号は 090-4471-2286 です。よろしくお願いします。", "090-4471-2286", "phone"),
    ("申込書の電話番号欄には 070-3318-2264 と記入しております。", "070-3318-2264", "phone"),
    ("配送業者に伝える電話番号は 080-6621-3359 でお願いします。", "080-6621-3359", "phone"),
    ("番号 090-3318-2264 です。当日はこちらから連絡します", "090-3318-2264", "phone"),
    ("IDは前半が hana、後半が 0412 で、間にアンダーバーを入れてつなげて", "0412", "line"),
    # refusals and warnings
    ("この番号には電話しないでください：090-7741-2286", "090-7741-2286", "phone"),
    ("090-5523-1187 から何度も電話が来ています。出ないように注意してください", "090-5523-1187", "phone"),
    ("LINE（haru_kaze11）での連絡はご遠慮ください", "haru_kaze11", "line"),
    ("詐欺の番号なので 050-3318-2207 には絶対にかけないでください", "050-3318-2207", "phone"),
    ("Please don't call 090-3318-2207, it is my old number", "090-3318-2207", "phone"),
    # the talk stays here, no need, a past event, the sender's side
    ("メアドは saki.ito55@gmail.com ですが、連絡はこのチャットでお願いします", "saki.ito55@gmail.com", "email"),
    ("番号は 080-4412-5590 です。ご連絡いただかなくて大丈夫です", "080-4412-5590", "phone"),
    ("先週 riko.mori8@gmail.com に送ってもらったのですが、まだ届いていません", "riko.mori8@gmail.com", "email"),
    ("アドレスは aoi.kumo3@outlook.jp です。写真はこっちで用意しておきます", "aoi.kumo3@outlook.jp", "email"),
    ("代表番号は 03-5512-7740 ですが、私宛の電話は取り次いでもらえないことが多いです", "03-5512-7740", "phone"),
    # reported words, the value as the content of a job
    ("「こちらにご連絡ください 090-3318-2207」というメッセージが届きました。詐欺でしょうか", "090-3318-2207", "phone"),
    ("LINE公式アカウント @kt7rmn2b の友だち追加ボタンを作ってほしいです", "@kt7rmn2b", "line"),
    ("チラシに載せる番号は 0120-558-731 でお願いします", "0120-558-731", "phone"),
    # form placeholders, dummy data, format examples, quoted source text
    ("入力欄の例）080-5531-2207 のままで大丈夫です", "080-5531-2207", "phone"),
    ("080-5531-2207 はダミーなので、ここに連絡しても誰も出ません", "080-5531-2207", "phone"),
    ("ボタンの番号は tel:06-6612-3344 みたいに書けばいいんですよね？", "06-6612-3344", "phone"),
    ('原文に "Call us at 03-5577-1122" とありますが、そのまま訳してよろしいでしょうか', "03-5577-1122", "phone"),
    # お気軽に and より that point back to this chat or away from the value
    ("旧番号 090-4417-2286 は解約しました。お気軽にこのチャットでご相談ください", "090-4417-2286", "phone"),
    ("090-3361-7724 への電話はご遠慮ください。お気軽にここでどうぞ", "090-3361-7724", "phone"),
    ("請求書の番号 0120-551-228 が正しいか確認したいです", "0120-551-228", "phone"),
    ("ログイン用のアドレスは rin.k@example.com です。ご不明な点はお気軽にお尋ねください", "rin.k@example.com", "email"),
    ("受付は終了しました。旧番号 06-6631-2287 はもう使えません", "06-6631-2287", "phone"),
    ("この 090-6612-3384 には なにも おくらないで ください", "090-6612-3384", "phone"),
    # near misses of the round-5 cues: the sender's side (a bare こちらで), a person (担当の方), a move
    # or a registration stated, a refusal of the friend add, what cannot be sent
    ("メアドは aoi.kumo3@outlook.jp です。発送はこちらで手配します", "aoi.kumo3@outlook.jp", "email"),
    ("番号は 090-4471-3382 です。詳細は担当の方にお願いします", "090-4471-3382", "phone"),
    ("アカウントのメールを rin.kato8@example.com に移行しました", "rin.kato8@example.com", "email"),
    ("ログインは rin.kato8@example.com にて登録済みです", "rin.kato8@example.com", "email"),
    ("LINE ID kota_0412 ですが、友だち追加はしないでください", "kota_0412", "line"),
    ("メールは mei.craft5@gmail.com ですが、写真はここでは送れません", "mei.craft5@gmail.com", "email"),
    ("番号 090-3318-2264 は家族の携帯に登録してあります", "090-3318-2264", "phone"),
]

_CATEGORY = {"phone": PHONE, "email": EMAIL, "line": LINE_ID}


def _step(text: str, value: str, channel: str):
    """The step alone on the value at ``text.index(value)``: what it adds, whatever the detectors
    say about the same text."""
    start = text.index(value)
    finding = Finding(_CATEGORY[channel], start, start + len(value), value, value, 0.9, "", "")
    return vi.invitation_for(text, finding, channel)


def _invited(text: str) -> set[str]:
    return {f.value for f in leakguard.scan(text).findings if f.category == EXTERNAL and f.kind == "invitation"}


@pytest.mark.parametrize("text,value,channel", INVITED)
def test_the_step_reads_an_invitation(text, value, channel):
    found = _step(text, value, channel)
    assert found is not None
    assert (found.category, found.value, found.kind) == (EXTERNAL, channel, "invitation")
    assert text[found.start:found.end] == found.text and value in found.text
    assert found.reason.count("「") == 1 and "cue:" in found.reason_en


@pytest.mark.parametrize("text,value,channel", INVITED)
def test_a_scan_reports_the_invitation(text, value, channel):
    assert channel in _invited(text), leakguard.scan(text).findings


@pytest.mark.parametrize("text,value,channel", STATED)
def test_the_step_leaves_a_stated_value(text, value, channel):
    assert _step(text, value, channel) is None


@pytest.mark.parametrize("text,value,channel", STATED)
def test_a_scan_of_a_stated_value_invites_nothing(text, value, channel):
    assert not _invited(text), leakguard.scan(text).findings


ONLY_THE_STEP = "携帯 080-7731-2264、夕方以降なら出られます"  # the channel detector reads no invitation here


def test_the_reason_names_the_cue():
    text = ONLY_THE_STEP
    finding = next(f for f in leakguard.scan(text).findings if f.category == EXTERNAL)
    assert finding.kind == "invitation" and finding.value == "phone"
    assert "「" in finding.reason and "cue:" in finding.reason_en
    assert "「出られます」" in finding.reason
    assert "080" not in finding.reason and "080" not in finding.reason_en  # no message text beyond the cue


def test_one_invitation_per_channel_and_none_beside_the_channel_detector():
    text = "LINE追加してください、IDは taro_1234 です"  # the channel detector already reads this one
    lines = [f for f in leakguard.scan(text).findings if f.category == EXTERNAL and f.value == "line"]
    assert len(lines) == 1


def test_an_app_on_the_number_is_not_a_phone_call():
    text = "WhatsApp: +81 80 5527 1946 — message me there"
    assert "phone" not in _invited(text)


def test_the_policy_acts_on_it():
    text = ONLY_THE_STEP
    finding = next(f for f in leakguard.scan(text).findings if f.category == EXTERNAL)
    assert Policy().action_for(finding) == "warn"
    assert Policy(kinds={"invitation": "block"}).action_for(finding) == "block"
    assert Policy(actions={**Policy().actions, EXTERNAL: "allow"}, kinds={}).action_for(finding) == "allow"
    # an allowlisted number is no finding, so nothing is invited either
    assert _invited_with(text, Policy()) == {"phone"}
    assert not _invited_with(text, Policy(allow_phones=frozenset({"+818077312264"})))
    # a scan for some categories only, and a policy without the channel detector, report none
    assert {f.category for f in find(text, categories={PHONE})} == {PHONE}
    phone_only = Policy(detectors=tuple(d for d in Policy().detectors() if d.category == PHONE))
    assert {f.category for f in find(text, phone_only)} == {PHONE}


def _invited_with(text: str, policy: Policy) -> set[str]:
    return {f.value for f in find(text, policy) if f.category == EXTERNAL}


def test_no_identifier_no_work(monkeypatch):
    calls = []
    monkeypatch.setattr(vi, "invitations", lambda *a, **k: calls.append(a) or iter(()))
    leakguard.scan("こちらにご連絡ください、よろしくお願いします")
    leakguard.scan("LINEで話しませんか")
    assert calls == []
    leakguard.scan(ONLY_THE_STEP)
    assert len(calls) == 1


def test_the_lexicon_is_checked_on_load(tmp_path):
    assert all(cues for cues, _automaton in vi.load_cues().groups.values())  # the packaged file loads
    cases = {
        "かけて | shout | phone\n": "unknown kind 'shout'",
        "かけて | action | fax\n": "unknown channel fax",
        "かけて | action\n": "missing field",
        "\n# comment\nまでにね | after | all\nまでにね | after | phone\n": "already listed",
    }
    for body, message in cases.items():
        path = tmp_path / "mine.txt"
        path.write_text(body, encoding="utf-8")
        with pytest.raises(LexiconError, match=message) as info:
            vi.load_cues(extra=[path])
        assert str(path) in str(info.value) and ":" in str(info.value).replace(str(path), "", 1)
    with pytest.raises(TypeError, match="list of paths"):
        vi.load_cues(extra=str(tmp_path / "mine.txt"))


def test_a_platform_cue_joins(tmp_path):
    text = "番号 090-3318-7742、ぴぽぱで"
    assert vi.invitation_for(text, _phone(text), "phone") is None
    path = tmp_path / "cues.txt"
    path.write_text("# our users' slang for calling\nぴぽぱ | standalone | phone\n", encoding="utf-8")
    found = vi.invitation_for(text, _phone(text), "phone", vi.load_cues(extra=[path]))
    assert found is not None and "ぴぽぱ" in found.reason


def _phone(text):
    return next(f for f in find(text) if f.category == PHONE)


def test_folding():
    assert vi.fold("ＣＡＬＬ　ｍｅ") == "call me"
    assert vi.fold("コッチ") == "こっち"
    assert vi.fold("ﾃﾞﾝﾜ") == "でんわ"
    assert vi.fold("ここ\u200cに") == "ここに"


def test_long_text_costs_a_window_per_value():
    # a sentence with no end does not make each value read the whole text
    text = "あ" * 50_000 + " 090-3318-7742 までご連絡ください " + "い" * 50_000
    assert "phone" in {f.value for f in find(text) if f.category == EXTERNAL}


def test_wrong_arguments_say_what_is_expected():
    text = "番号 090-3318-7742 までどうぞ"
    with pytest.raises(TypeError, match="str"):
        vi.invitation_for(text.encode("utf-8"), _phone(text), "phone")
    with pytest.raises(ValueError, match="phone, email or line"):
        vi.invitation_for(text, _phone(text), "fax")


def test_the_talk_kept_here_blocks_a_volitional_cue():
    # 「話しましょ」 invites beside a value, but not with ここで before it
    assert _step("ﾗｲﾝ ﾃﾞ ﾊﾅｼﾏｼｮ! ID:nanami.kaiwa3", "nanami.kaiwa3", "line") is not None
    assert _step("ID:nanami.kaiwa3 ですが、ここで話しましょう", "nanami.kaiwa3", "line") is None
    assert _step("メールは mei.craft5@gmail.com ですが、このままここでお願いします", "mei.craft5@gmail.com", "email") is None


def test_a_local_part_reads_past_the_sentence_that_gives_its_domain():
    invited = "ユーザー名は koto_sora7。あとはソフトバンクのキャリアメール。こっちに送ってくれたら見ます"
    assert _step(invited, "koto_sora7", "email") is not None
    refused = "ユーザー名は koto_sora7。あとはソフトバンクのキャリアメール。でも今は使っていないので、ここに送らないでください"
    assert _step(refused, "koto_sora7", "email") is None
    # a whole address is read in its own sentence and the ones next to it only
    assert _step("メールは koto.sora7@softbank.ne.jp です。今日は晴れです。明日もよろしくね。こっちに送ってね",
                 "koto.sora7@softbank.ne.jp", "email") is None


POINTED_FROM_ABOVE = [
    ("お世話になっております。詳細は下記までご連絡ください。\n――――――\n株式会社サンプル 山田太郎\nTEL：090-3318-7742",
     "090-3318-7742", "phone"),
    ("今後のご連絡は以下にお願いいたします。\n\n山田太郎\nMail：yamada.t@sample-corp.jp", "yamada.t@sample-corp.jp", "email"),
]
NOT_POINTED = [
    ("下記の内容で発送いたします。\n\n山田太郎\nTEL：090-3318-7742", "090-3318-7742", "phone"),  # no ask
    ("以下の点にご注意ください。\n\n山田太郎\n携帯：080-2241-9067", "080-2241-9067", "phone"),  # a warning
    ("以下、ご確認ください。\n--\n田中 一郎\n090-5512-8830", "090-5512-8830", "phone"),  # a closing
    ("下記の番号には連絡しないでください。\n090-5512-8830", "090-5512-8830", "phone"),  # a refusal
    ("以下の件、よろしくお願いいたします。\n\n田中 一郎\nmail: tanaka.i@example.co.jp", "tanaka.i@example.co.jp", "email"),
    ("詳細は下記までご連絡ください。\n1\n2\n3\n4\n5\n6\n7\nTEL：090-3318-7742", "090-3318-7742", "phone"),  # too far up
]


@pytest.mark.parametrize("text,value,channel", POINTED_FROM_ABOVE)
def test_a_line_above_pointing_below_invites_the_signature(text, value, channel):
    assert _step(text, value, channel) is not None


@pytest.mark.parametrize("text,value,channel", NOT_POINTED)
def test_a_line_above_that_does_not_ask_leaves_the_signature(text, value, channel):
    assert _step(text, value, channel) is None
