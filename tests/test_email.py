"""E-mail addresses: plain, disguised and implicit forms; things that only look like addresses."""
import pytest

from leakguard.scanner import find


def emails(text):
    return list(find(text, categories={"email_address"}))


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
        # a full stop and the next sentence after a spelled dot are no part of the domain
        ("Reach me at mika.holm(at)fjord-studio(dot)no. Cheers!", "mika.holm@fjord-studio.no"),
        ("It's jan.novak at kava-design dot cz. Files over 20MB bounce.", "jan.novak@kava-design.cz"),
        ("mail: ken(at)mail(dot)com. See you", "ken@mail.com"),
        # a symbol the message declares in English, and any country's domain after it
        ("my address with a twist: replace ~ with @ → pia.lund~nordlys.dk", "pia.lund@nordlys.dk"),
        ("Email: lee.min#hanmail.net (# means @)", "lee.min@hanmail.net"),
        ("use @ instead of * please: anna.k*gmail.com", "anna.k@gmail.com"),
        # a declared symbol that could sit in a local part, a quoted declared dot, plus signs listing
        # the pieces, the @ in Chinese
        ("アドレス：mina_k%outlook.jp（%のところは@で）", "mina_k@outlook.jp"),
        ("mail: rin。sato ＠ yahoo。co。jp（「。」は「.」にしてね）", "rin.sato@yahoo.co.jp"),
        ("送り先 → kaito.w ＋ ＠ ＋ gmail.com", "kaito.w@gmail.com"),
        ("邮箱是 liwei88 艾特 qq 点 com", "liwei88@qq.com"),
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
        # documentation domains used as test data or form hints, said so right there
        "テスト送信用のダミーは demo01@example.com から demo09@example.com までです",
        "ダミーデータ「佐藤花子／hanako@example.com」を20件入れました",
        'The form shows "name@example.com" as a hint in the e-mail field.',
        'This is the example from the manual: "user@example.com". What does it mean?',
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


# -- issue #13: addresses however they are written --------------------------------------------------
@pytest.mark.parametrize(
    "text, expected",
    [
        # spacing and line breaks anywhere inside
        ("詳細はメールで！ s h i o r i 2 2 @ g m a i l . c o m", "shiori22@gmail.com"),
        ("t a r o . y a m a d a ＠ y a h o o . c o . j p に送って", "taro.yamada@yahoo.co.jp"),
        ("メールの方が慣れてるので\nkumiko\n.\nsuzuki\n@\nicloud\n.\ncom", "kumiko.suzuki@icloud.com"),
        ("ここに\nhana_01\n@\ndocomo.ne.jp\nお願いします", "hana_01@docomo.ne.jp"),
        # every written form of the dot
        ("runa0101ⓐgmail点com", "runa0101@gmail.com"),
        ("メールください→ sora_kichi アット yahoo 点 co 点 jp", "sora_kichi@yahoo.co.jp"),
        ("tomo・happy・days＠gmail・com", "tomo.happy.days@gmail.com"),
        ("aya.sewing(.)lab@gmail(.)com まで作品のご相談どうぞ", "aya.sewing.lab@gmail.com"),
        ("ken.k[.]01@outlook[.]jp", "ken.k.01@outlook.jp"),
        ("mio てん b あっと icloud てん com", "mio.b@icloud.com"),
        ("yui．s＠ezweb．ne．jp", "yui.s@ezweb.ne.jp"),
        ("ドットは「てん」と読んでね→ yuto てん run あっと gmail てん com", "yuto.run@gmail.com"),
        ("ドットが打てないので「ど」で書きます\nmiyu ど k ＠ gmail ど com", "miyu.k@gmail.com"),
        ("Gmail じゃないです ai ・ haruno ・ 33 ＠ au ・ com (・はドット)", "ai.haruno.33@au.com"),
        # symbols the message declares for @, enclosed and decorated @
        ("♪→アットマークで読んでください\nkotaro.88♪icloud.com\nこちらに画像送っていただけますか", "kotaro.88@icloud.com"),
        ("メールでやりとりしたいです！moca.cafe_latte ＊ yahoo.co.jp\n＊は＠です", "moca.cafe_latte@yahoo.co.jp"),
        ("sena.mi★gmail.com（★→@）", "sena.mi@gmail.com"),
        ("rei_22♡softbank.ne.jp ※♡=@", "rei_22@softbank.ne.jp"),
        ("mai_tan0730（a）docomo.ne.jp に写真送って〜", "mai_tan0730@docomo.ne.jp"),
        ("mai_tan0730(a)docomo.ne.jp", "mai_tan0730@docomo.ne.jp"),
        ("kaz.0303[at]i.softbank.jp", "kaz.0303@i.softbank.jp"),
        ("kaz.0303＠マークi.softbank.jp", "kaz.0303@i.softbank.jp"),
        ("nori アンダーバー 55 アット gmail ドット com にメールください", "nori_55@gmail.com"),
        ("sato ハイフン ken アット au ドット com", "sato-ken@au.com"),
        ("逆から読んでね笑 moc.liamg@4321umuy", "yumu1234@gmail.com"),
        ("メアドは taro / アットマーク / gmail / ドット / com です", "taro@gmail.com"),
        ("taro、ドット、yamada、アットマーク、gmail、ドット、com", "taro.yamada@gmail.com"),
        ("haruto2011 あっと gmail ドット コム", "haruto2011@gmail.com"),
        ("r\ny\no\n@\ng\nm\na\ni\nl\n.\nc\no\nm", "ryo@gmail.com"),
        ("sakura.k▲au.com（▲は@）", "sakura.k@au.com"),
        ("ｎａｎａ７７ⓐｉｃｌｏｕｄ．ｃｏｍ", "nana77@icloud.com"),
        ("yuka_mama（アットマーク）ezweb（ドット）ne（ドット）jp", "yuka_mama@ezweb.ne.jp"),
        # the two halves and the words that join them with an @
        ("gmail. com の前に shun.camp. 21 ←スペース抜いて@つけてね", "shun.camp.21@gmail.com"),
        ("kei_0303 と yahoo.co.jp を@でつないでください", "kei_0303@yahoo.co.jp"),
    ],
)
def test_disguised_addresses(text, expected):
    found = emails(text)
    assert expected in [f.value for f in found]
    f = next(f for f in found if f.value == expected)
    assert text[f.start:f.end] == f.text


@pytest.mark.parametrize(
    "text, expected, span",
    [
        ("gmailです！アカウント名はhinata.shop77", "hinata.shop77@gmail.com", "hinata.shop77"),
        ("auのメアドでごめんね、ryo.0815.ryo だよ", "ryo.0815.ryo@au.com", "ryo.0815.ryo"),
        ("auのアドレスでh.ito", "h.ito@au.com", "h.ito"),
        ("ドコモのメール、kei-baseball.7 です\nパソコンの画像見れないんでそっちに", "kei-baseball.7@docomo.ne.jp", "kei-baseball.7"),
        ("ソフトバンクのキャリアメールなんですが、chihiro-k3 でメールいただけますか", "chihiro-k3@softbank.ne.jp", "chihiro-k3"),
        ("キャリアメール(ドコモ)です→ aoi.sweets01", "aoi.sweets01@docomo.ne.jp", "aoi.sweets01"),
        ("icloudのほうで nana_7hs ってやつです📩", "nana_7hs@icloud.com", "nana_7hs"),
        ("やふーのメールで、yoshiko.t58 です", "yoshiko.t58@yahoo.co.jp", "yoshiko.t58"),
        ("ドコモメールのほうに送って！アドレスは chiyo.hana-22", "chiyo.hana-22@docomo.ne.jp", "chiyo.hana-22"),
        ("ぐーぐるのメールで、アカウントは yamabiko.22 です", "yamabiko.22@gmail.com", "yamabiko.22"),
        ("アイクラウドのメアドなんですけど、fuwa.fuwa.0202 ってやつです", "fuwa.fuwa.0202@icloud.com", "fuwa.fuwa.0202"),
        ("どこものメールでいい？ mama-no-mise", "mama-no-mise@docomo.ne.jp", "mama-no-mise"),
        ("ジーメールのアカウント名は hanabi です", "hanabi@gmail.com", "hanabi"),
        ("pochi.mama2015で、@の後ろはgmail", "pochi.mama2015@gmail.com", "pochi.mama2015"),
        ("じーめーる で、なまえは sakura と 1108 をくっつけたやつ！", "sakura1108@gmail.com", "sakura と 1108"),
        ("ローマ字でtaro、そのうしろに生まれ年の1994つなげて、あとはgmail\nでメール届きます", "taro1994@gmail.com",
         "taro、そのうしろに生まれ年の1994"),
        ("Gmailあります！ ai ・ haruno ・ 33 (・はドット) です", "ai.haruno.33@gmail.com", "ai ・ haruno ・ 33"),
        ("アウトルックのほうで yoko.h88 にお願い", "yoko.h88@outlook.com", "yoko.h88"),
        ("kazu-0101 これがauのメアドです", "kazu-0101@au.com", "kazu-0101"),
        ("i.softbankのアドレス：kana.s77", "kana.s77@i.softbank.jp", "kana.s77"),
        ("ヤフメなら毎日見てるよ〜 mochi_kuma22 です", "mochi_kuma22@yahoo.co.jp", "mochi_kuma22"),
        ("my gmail is tran.minh.88, send the file there", "tran.minh.88@gmail.com", "tran.minh.88"),
        # typed one character at a time, or with its dot spelled
        ("auのアドレスは m i k a . 0 9 です", "mika.09@au.com", "m i k a . 0 9"),
        ("Gmailです。名前の部分は sho ピリオド nishi22 です", "sho.nishi22@gmail.com", "sho ピリオド nishi22"),
        ("gmailでお願いします、アカウントは「kana」「_」「m」「27」です", "kana_m27@gmail.com", "「kana」「_」「m」「27」"),
    ],
)
def test_implicit_provider_anywhere_in_the_message(text, expected, span):
    found = emails(text)
    assert expected in [f.value for f in found]
    f = next(f for f in found if f.value == expected)
    assert f.text == span  # the account name: not the words between it and the provider
    assert f.score < 0.8


@pytest.mark.parametrize(
    "text",
    [
        "画像は photo_0901@2x.png で送ってもらえれば大丈夫です", "添付のファイル名 item_0412@3x.jpg が正しい方です",
        "画像 banner_0801@2x.png と banner_0801@3x.png の2種類納品です", "icon@1.5x.webp を使ってください",
        "メールアドレス入力欄にabc@example.comって例が書いてあるんだけど、そこに自分のを入れればいいの？",
        "入力例: user@example.co.jp の形式で", "メアド欄のプレースホルダーは sample@xxxx.xx みたいにしときます",
        "ソフトバンクのSIMロック解除済みです📱", "ドコモのiPhone12です、SIMフリー", "auのメールが届かないことがあります",
        "gmailのほうが迷惑メールに入りにくいですよ", "ヤフーメールはもう使ってないです", "@tanaka さん、メールありがとう",
        "点数は10点です。メールで送ります", "ドットの打ち方がわからない", "ソフトバンクのメールで送る、型番はiphone 12です",
        # a provider and a mail word, and a run that is labelled as something else
        "ドコモのスマホ、型番はSO-51Aです。詳細はメールで送ります", "auのiPhone、容量は128GB、メールで写真送れます",
        "Gmailで届いた注文確認メール、注文番号は AB-1234-5678 です", "ドコモメールが届かないので、サイズ S-12 で大丈夫です",
        "au PAYで払いたいです。メールでレシート送ります。伝票番号 xy-9921",
        "ヤフーメールの迷惑メールフォルダに入ってました、ver.2.1 の件",
        "iCloudのストレージが一杯で、写真はIMG_2034.HEICで保存されてます、メールします",
        "メールアドレスは@の後ろにgmail.comをつけてください", "@を入れてね",
    ],
)
def test_not_an_address_issue_13(text):
    assert emails(text) == []


# -- round-4 classes: the ideographic full stop as the dot, line breaks inside, a provider far away
@pytest.mark.parametrize(
    "text, expected",
    [
        # 。 typed for the dot of a domain (a phone keyboard's full stop)
        ("請求書はこちらに→ keiri.hayashi@hayashi-koumuten。co。jp", "keiri.hayashi@hayashi-koumuten.co.jp"),
        ("メールは kyoko.piano＠yahoo。co。jp です", "kyoko.piano@yahoo.co.jp"),
        ("ｓａｋｕｒａ２２７（at）docomo。ne。jp までご連絡を", "sakura227@docomo.ne.jp"),
        ("minato_k@gmail。com に送って", "minato_k@gmail.com"),
        ("連絡先 office (アット) kobe-shoten。jp", "office@kobe-shoten.jp"),
        # a line break inside the local part, at a separator or in a word that goes on on the next line
        ("アドレス:ts-fujii\n-office@yahoo.co.jp\n改行されてたらすみません", "ts-fujii-office@yahoo.co.jp"),
        ("メールアドレスです\nkaji.daikou.\nsato@\nyahoo.co.jp", "kaji.daikou.sato@yahoo.co.jp"),
        ("メール↓\nfuku\nrou.\nbooks@gmail.com\nこっちのほうが早いです", "fukurou.books@gmail.com"),
        ("アドレス\nnori_\nshop22@icloud.com", "nori_shop22@icloud.com"),
        # the stand-in symbol declared right after a word (no space before it)
        ("サイトに弾かれるので★を@に変えてください → tanaka.koumuten★yahoo.co.jp", "tanaka.koumuten@yahoo.co.jp"),
        ("消されるので＃をアットマークに変えてね。miho.k＃gmail.com", "miho.k@gmail.com"),
    ],
)
def test_dots_and_breaks_typed_otherwise(text, expected):
    assert expected in [f.value for f in emails(text)]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("見積書はアイクラウドの方に送ってください。名前は ken.photo_works です。", "ken.photo_works@icloud.com"),
        ("gmail.comの方です。名前の部分は lens.hunter.k です。", "lens.hunter.k@gmail.com"),
        ("ドコモです。@より前は hanako.kaji-77 ね", "hanako.kaji-77@docomo.ne.jp"),
        ("ヤフーに送ってもらえますか、tomo_1985 です", "tomo_1985@yahoo.co.jp"),
        ("私のメールはヤフーのほうで、昔から同じものを使っています。\n添削していただいたファイルを印刷したいので、"
         "できればメールに添付していただけると助かります。\n写真の差し替えもお願いしたいので、そちらも追ってお送りします。\n"
         "あ、アドレスを書き忘れていました。ichiro_f.1961 です。", "ichiro_f.1961@yahoo.co.jp"),
    ],
)
def test_provider_named_apart_from_the_account(text, expected):
    assert expected in [f.value for f in emails(text)]


@pytest.mark.parametrize(
    "text",
    [
        # 。 after an ASCII word that is no domain, or a sentence's full stop
        "ありがとう。jpの件は了解です", "gmail。comの人", "了解です。ok。またね", "version 1。co。jp",
        # a provider that something is sent to, with no account name, or a thing named instead
        "アイクラウドに写真をバックアップしました。ファイル名はimg_2033です", "ドコモのiPhone12です。@の前の部分は後で送ります",
        "gmail.comで登録してください。パスワードはabc123です", "ヤフーに送る予定の資料は ver_2 を作成中です",
        # a declared stand-in with nothing to stand in for
        "★を@に変えてと言われましたが、どこの話ですか",
    ],
)
def test_round4_hard_negatives(text):
    assert emails(text) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        ("送り先はtaro@gmail.comです。co。jpではありません", "taro@gmail.com"),
        ("Thanks.\ntaro@gmail.com", "taro@gmail.com"), ("Please email me.\nken@gmail.com", "ken@gmail.com"),
        ("Hi Ken,\nThanks.\nken@gmail.com", "ken@gmail.com"), ("よろしく\nhello\ntaro@gmail.com", "taro@gmail.com"),
    ],
)
def test_a_sentence_before_an_address_stays_out_of_it(text, expected):
    assert [f.value for f in emails(text)] == [expected]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("メアドは、ねこのneko、アンダーバー、lover、数字の5、それからアットマーク、gmail.com です", "neko_lover5@gmail.com"),
        ("アドレスは、最初に aoi、次にアンダーバー、そのあと sky と 2021 をつなげて、最後にアットマーク icloud.com です",
         "aoi_sky2021@icloud.com"),
        ("分けて書きますね。「taku」に「mi」をつけて、そのあとに数字の「33」、@から後ろは gmail.com です。", "takumi33@gmail.com"),
        ("アドレスは「maru」と「kaji」の間にハイフン、その後ろに「33」、アットマークのあとは icloud.com です",
         "maru-kaji33@icloud.com"),
        ("メールは ken のあとにドット、それから sato、最後にアットマーク yahoo.co.jp", "ken.sato@yahoo.co.jp"),
    ],
)
def test_address_spelled_in_parts_in_order(text, expected):
    values = [f.value for f in emails(text)]
    assert values == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "資料は v2 のあとにドット、それから v3 を作成、アットマークの付け方は後で説明します",
        "フォームの例: user のあとにアットマーク、最後に example.com のように入力",
        "ファイルは img のあとにアンダーバー、それから 01 のあとに @2x.png をつけて保存",
    ],
)
def test_parts_in_order_that_are_no_address(text):
    assert emails(text) == []


@pytest.mark.parametrize("text", [
    'The source text contains: "For support, email help@lumina-app.example or call us."',
    "テスト用に user01@shop.test を使います", "noreply@mail.invalid", "admin@localhost のままで",
])
def test_reserved_top_level_domains_are_no_address(text):
    assert emails(text) == []


def test_a_provider_named_by_its_domain_gives_that_domain():
    assert [f.value for f in emails("@の後ろは hotmail.co.jp、前は shinji.k_1958。ご連絡はそちらへ")] == \
        ["shinji.k_1958@hotmail.co.jp"]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("めあどは、えむ・あい・える・けー・あんだーばー・ぜろ・なな、あっと、じーめーる、どっと、こむ です", "milk_07@gmail.com"),
        ("meeru adoresu wa yuki.chan89 atto maaku yahuu dotto shii oo dotto jee pii desu", "yuki.chan89@yahoo.co.jp"),
        ("メアドは、じぇい・おー・えいち・えぬ・ぜろ・ぜろ、あっと、やふー です", "john00@yahoo.co.jp"),
        ("メアドは、えむ・あい・ぜろ・なな・はち・ご、あっと、じーめーる", "mi0785@gmail.com"),
        ("アドレスは エス・エー・ケー・アイ アットマーク アイクラウド ドット コム", "saki@icloud.com"),
    ],
)
def test_address_read_out_letter_by_letter(text, expected):
    assert [f.value for f in emails(text)] == [expected]


@pytest.mark.parametrize("text", [
    "アットホームな職場です。エスエムエス認証あり", "あっと驚くエルエル教室", "アイ ラブ ユー、あっという間",
    "エムエスの件、あっとで話そう", "ティーシャツのエルサイズ、アットマークの付け方はあとで",
])
def test_letter_names_that_spell_no_address(text):
    assert emails(text) == []


def test_carrier_brands_as_providers():
    assert [f.value for f in emails("ワイモバイルのメールで、taro_88 です")] == ["taro_88@ymobile.ne.jp"]


@pytest.mark.parametrize("text, expected", [
    ("メールアドレスはですね ローマ字で た か は し のあとに数字の 7 7 それからアットマークで gmail.com です",
     "takahashi77@gmail.com"),
    ("アドレスはローマ字で しょうた、そのあとにドット、最後に 88、アットマーク icloud.com", "shouta.88@icloud.com"),
])
def test_kana_to_be_typed_in_romaji(text, expected):
    assert [f.value for f in emails(text)] == [expected]


@pytest.mark.parametrize("text", [
    "ローマ字で たかはし と書いてください", "ローマ字で名前を書く欄があります。アットマークの付け方は後で",
])
def test_romaji_without_an_address(text):
    assert emails(text) == []


@pytest.mark.parametrize("text, expected", [
    ("taro.yamada atmark gmail.com", "taro.yamada@gmail.com"), ("taro.yamada(atmark)gmail.com", "taro.yamada@gmail.com"),
    ("taro_yamada@gmail,com", "taro_yamada@gmail.com"), ("連絡先 hana_k@yahoo,co,jp", "hana_k@yahoo.co.jp"),
    ("taro.yamada88 on gmail", "taro.yamada88@gmail.com"), ("reach me: ken_77 at yahoo mail.", "ken_77@yahoo.co.jp"),
])
def test_english_and_typed_forms_of_the_symbols(text, expected):
    assert expected in [f.value for f in emails(text)]


@pytest.mark.parametrize("text", [
    "a,b,com", "値段は1,000,com", "I will meet you at gmail office", "tokyo_2024 at yahoo news",
    "item_01 on docomo store", "the atmarket is open", "meet me at gmail", "シリアルは ab_12,cd,jp です",
])
def test_commas_and_english_that_are_no_address(text):
    assert emails(text) == []


@pytest.mark.parametrize("text", [
    '<input placeholder="example@mail.com">', 'input type=email placeholder="you@domain.com"',
    "テストデータ: test.user@shop-demo.jp", "プレースホルダーは hanako@sample-mail.jp にしておきます",
])
def test_placeholders_and_test_data_are_no_address(text):
    assert emails(text) == []


def test_a_form_word_after_a_real_address_leaves_it():
    assert [f.value for f in emails("メールは taro@gmail.com です。入力例は気にしないで")] == ["taro@gmail.com"]
    assert [f.value for f in emails("テストデータは送りました。連絡は taro@gmail.com へ")] == ["taro@gmail.com"]
