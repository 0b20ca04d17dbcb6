"""E-mail addresses: plain, disguised and implicit forms; things that only look like addresses."""
import pytest

from leakguard.scanner import find


def emails(text):
    return [f for f in find(text) if f.category == "email_address"]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("連絡はtaro.yamada@gmail.comまでお願いします", "taro.yamada@gmail.com"),
        ("taro.yamada@gmail.com", "taro.yamada@gmail.com"),
        ("メール: Hanako_Suzuki88@Yahoo.co.jp です", "hanako_suzuki88@yahoo.co.jp"),
        ("ｔａｒｏ＠ｇｍａｉｌ．ｃｏｍ", "taro@gmail.com"),
        ("taro＠gmail.com", "taro@gmail.com"),
        ("taro﹫gmail.com", "taro@gmail.com"),
        ("taro @ gmail.com", "taro@gmail.com"),
        ("taro@gmail . com", "taro@gmail.com"),
        ("taro アットマーク gmail.com", "taro@gmail.com"),
        ("taroアットマークgmail.com", "taro@gmail.com"),
        ("taro あっとまーく gmail どっと com", "taro@gmail.com"),
        ("taro あっと gmail ドット com", "taro@gmail.com"),
        ("taro(at)gmail.com", "taro@gmail.com"),
        ("info.studio（アットマーク）gmail.com", "info.studio@gmail.com"),
        ("taro【あっと】gmail【ドット】com", "taro@gmail.com"),
        ("taro[at]gmail[dot]com", "taro@gmail.com"),
        ("taro (at) gmail (dot) com", "taro@gmail.com"),
        ("taro{at}gmail{dot}co{dot}jp", "taro@gmail.co.jp"),
        ("taro at gmail dot com", "taro@gmail.com"),
        ("taro アット gmail ドット com", "taro@gmail.com"),
        ("taro.yamada★gmail.com（★を@に変えてください）", "taro.yamada@gmail.com"),
        ("taro＃mail.co.jp ※＃をアットマークに変えて送ってください", "taro@mail.co.jp"),
        ("t\u200ba\u200br\u200bo@gmail.com", "taro@gmail.com"),
        ("taro@gm\u200bail.com", "taro@gmail.com"),
        ("tаro@gmail.com", "taro@gmail.com"),  # Cyrillic а
        ("ｙａｍａｄａ．ｄｅｓｉｇｎ＠ｏｕｔｌｏｏｋ．ｊｐ", "yamada.design@outlook.jp"),
        ("info+work@my-studio.co.jp", "info+work@my-studio.co.jp"),
        ("09012345678@docomo.ne.jp", "09012345678@docomo.ne.jp"),
        ("連絡先→k.sato-1990@ezweb.ne.jp", "k.sato-1990@ezweb.ne.jp"),
        ("メアドはsuzuki_h@i.softbank.jpです！", "suzuki_h@i.softbank.jp"),
        ("アドレス：design.office@xn--eckwd4c7c.xn--zckzah", "design.office@xn--eckwd4c7c.xn--zckzah"),
        ("送り先 <a.b.c@sub.mail.example-corp.com>", "a.b.c@sub.mail.example-corp.com"),
        ("メールください taro1985@icloud.com よろしく", "taro1985@icloud.com"),
        ("Email: TARO@GMAIL.COM", "taro@gmail.com"),
        # Documentation domains are still addresses: people test with them, and T&S can allowlist.
        ("user@example.com", "user@example.com"),
        ("taro.yamada@example.co.jp", "taro.yamada@example.co.jp"),
        ("taro\n@gmail.com", "taro@gmail.com"),  # split over lines to slip past filters
        ("そのまま書くとはじかれるんで\nmaho9503\n@gmail.com\nここにメールください", "maho9503@gmail.com"),
        ("emi3250@\nmail.ne.jp", "emi3250@mail.ne.jp"),
        ("taro\n\n@gmail.com", None),  # a paragraph break is not
        ("office_takahashi at example.net よろしく", "office_takahashi@example.net"),
        ("yuna2440＠マークmail.example.com", "yuna2440@mail.example.com"),
        ("office.shun@exampleドットcoドットjp", "office.shun@example.co.jp"),
        ("asuka_15@example(dot)jp", "asuka_15@example.jp"),
    ],
)
def test_explicit_addresses(text, expected):
    found = emails(text)
    if expected is None:
        assert found == []
        return
    assert [f.value for f in found] == [expected]
    f = found[0]
    assert text[f.start:f.end] == f.text
    assert f.score >= 0.8


@pytest.mark.parametrize(
    "text, expected",
    [
        ("gmailのabc.def123です", "abc.def123@gmail.com"),
        ("Gmailはtaro.yamada1985です", "taro.yamada1985@gmail.com"),
        ("ジーメールのアドレスは hanako.k です", "hanako.k@gmail.com"),
        ("ヤフーメールはtaro_55です", "taro_55@yahoo.co.jp"),
        ("yahooのアドレス: suzuki.design", "suzuki.design@yahoo.co.jp"),
        ("ドコモのアドレスは k.sato-1990 です", "k.sato-1990@docomo.ne.jp"),
        ("docomo:yamada.t", "yamada.t@docomo.ne.jp"),
        ("ソフトバンクのメールは hanako88 です", "hanako88@softbank.ne.jp"),
        ("auのメアド→taro.k77", "taro.k77@au.com"),
        ("icloudはtaro.y.0401", "taro.y.0401@icloud.com"),
        ("abc.def123（gmail）に送ってください", "abc.def123@gmail.com"),
        ("taro_55 (ヤフー)", "taro_55@yahoo.co.jp"),
        ("gmailの「matsumoto.lab63」に送って", "matsumoto.lab63@gmail.com"),
        ("メールはYahoo!メールのアドレスでy.kimuraで作ってます", "y.kimura@yahoo.co.jp"),
    ],
)
def test_implicit_provider_addresses_score_lower(text, expected):
    found = emails(text)
    assert [f.value for f in found] == [expected]
    assert found[0].score < 0.8
    assert text[found[0].start:found[0].end] == found[0].text


@pytest.mark.parametrize(
    "text",
    [
        "@は半角で入力してください", "＠マークを含めてください", "メールアドレスの@以降を確認",
        "@tanaka さん、ありがとうございます", "@あずき ドライカレーですか！", "@", "@@@@", "a@b",
        "メールで連絡します", "gmailの方が便利ですよね", "gmailで送ります", "Gmailアカウントを作成する作業",
        "yahooで検索してください", "au PAYで支払いました", "auの店舗で機種変更", "docomoの回線が遅い",
        "ソフトバンクのショップ", "アウトルックの設定方法", "foo@test", "admin@localhost",
        "@example.com のアドレスは使えません", "taro.yamada@", "@gmail.com", "taro@gmail",
        "1,000円@3個", "価格@100円", "単価@¥1,500", "12:00@渋谷", "会議室@3F", "a..b@gmail.com",
        "ドットコムバブル", "アットホームな職場です", "at home", "look at this", "ドットの打ち方",
        "アットマークの使い方を教えるマニュアル作成", "taro at home dot", "meet at station.", "look at this.page", "メールアドレス形式 xxx@xxx.xx",
    ],
)
def test_not_an_address(text):
    assert emails(text) == []


def test_japanese_around_the_address_is_not_swallowed():
    text = "連絡はtaro.yamada@gmail.comまでお願いします"
    f = emails(text)[0]
    assert f.text == "taro.yamada@gmail.com"


def test_address_words_need_an_address_around_them():
    assert emails("アットマークはどこ？ドットも") == []
    assert emails("山田 あっと 驚く ドット 絵") == []
