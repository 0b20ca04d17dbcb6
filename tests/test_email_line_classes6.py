"""E-mail addresses and LINE IDs in the classes blind round 5 missed (issue #13), each with hard
negatives: handles after English words, letters read out with order words, parts listed and joined,
an ID read out and then typed, the LINE name by slang, colour or with a symbol between its kana."""
import pytest

from leakguard import scan
from leakguard.scanner import find


def emails(text):
    return {f.value for f in find(text, categories={"email_address"})}


def line_ids(text):
    return {f.value for f in find(text, categories={"line_id"})}


# -- a handle after an English word is no local part spaced off its @ ------------------------------
@pytest.mark.parametrize("text", [
    "hi sensei, my instagram is @ana.bela.jp , pls follow and DM me there",
    "follow me @kumi.design.jp on insta!",
    "insta is @hana.no.hi.jp, DM me",
    "my twitter handle @ken.works.io has the portfolio",
    "find me on IG @yoga.mika.jp",
])
def test_a_handle_after_an_english_word_is_no_address(text):
    assert emails(text) == set()


@pytest.mark.parametrize("text, handle", [
    ("hi sensei, my instagram is @ana.bela.jp , pls follow and DM me there", "@ana.bela.jp"),
    ("instagram: @kumi.design.jp", "@kumi.design.jp"),
])
def test_the_handle_is_still_read_as_the_instagram_account(text, handle):
    from leakguard.detectors.channels import analyze, default_lexicon, handles
    from leakguard.normalize import normalize

    a = analyze(normalize(text), default_lexicon())
    assert (handle, "instagram") in {(h.value, h.channel) for h in handles(a)}
    assert ("external_contact", "instagram") in {(f.category, f.value) for f in scan(text).findings}


@pytest.mark.parametrize("text, expected", [
    ("連絡は taro @gmail.com まで", "taro@gmail.com"),
    ("my mail: kenji @gmail.com", "kenji@gmail.com"),
    ("mail me at hana.k@yahoo.co.jp", "hana.k@yahoo.co.jp"),
    ("reach me: ken_01 @ outlook.com", "ken_01@outlook.com"),
])
def test_a_name_spaced_off_its_at_is_still_an_address(text, expected):
    assert expected in emails(text)


# -- letters read out by name, with the words that order them ----------------------------------
@pytest.mark.parametrize("text, expected", [
    ("弊所のメールアドレスは、小文字のエヌ、オー、ゼット、エー、ケー、アイ、その後ろにアンダーバー、数字の7、"
     "そしてアットマーク、ソフトバンクの携帯メールでございます。", "nozaki_7@softbank.ne.jp"),
    ("メアドはダブリュー、エー、ケー、エー、数字の3、アットマーク、ジーメール、ドット、コムです", "waka3@gmail.com"),
    ("アドレスは エム、アイ、ケー、その後ろにハイフン、数字の22、あっと、ジーメール、ドット、コム", "mik-22@gmail.com"),
    ("えす、えー、けー、あい、それから数字の8、あっと じーめーる どっと こむ です", "saki8@gmail.com"),
])
def test_letters_read_out_with_order_words(text, expected):
    assert expected in emails(text)


@pytest.mark.parametrize("text, expected", [
    ("ラインIDは エム、アイ、ケー、エー、その後ろにアンダーバー、数字の99", "mika_99"),
    ("LINEのIDね、ケー、エー、ゼット、ユー、次にハイフン、数字の5", "kazu-5"),
])
def test_a_line_id_read_out_with_order_words(text, expected):
    assert expected in line_ids(text)


@pytest.mark.parametrize("text", [
    "エー、ビー、シーの順に並べて、その後ろに数字の1をつけたラベルを貼ってください",
    "サイズはエム、エル、その後ろにエックスエルもあります",
    "ランクはエー、その次にビー、最後にシーです。アットマークのキーが壊れてて",
])
def test_letters_in_ordinary_talk_are_no_address(text):
    assert emails(text) == set()
    assert line_ids(text) == set()


# -- parts listed and joined, the provider named elsewhere ----------------------------------------
@pytest.mark.parametrize("text, expected", [
    ("メアドは『ren』と『_』と『boost』と『99』をくっつけたやつ、後ろはいつものGメール", "ren_boost99@gmail.com"),
    ("メールは「saki」と「0505」をくっつけて、ドメインはヤフーです", "saki0505@yahoo.co.jp"),
    ("アドレスは「mori」と「.」と「kei」と「12」をつなげて、アイクラウドのほうです", "mori.kei12@icloud.com"),
    ("メールアドレス、「aya」と「-」と「tennis」をくっつけて。ドコモのメールです", "aya-tennis@docomo.ne.jp"),
])
def test_listed_parts_joined_with_a_provider_elsewhere(text, expected):
    assert expected in emails(text)


@pytest.mark.parametrize("text", [
    "ファイル名は「img」と「_」と「01」をつなげて。gmailで送ります",
    "型番は「ab」と「-」と「12」をくっつけたものです。メールで注文番号も送ります",
    "「りんご」と「みかん」と「ぶどう」をくっつけて詰め合わせにします。gmailで連絡します",
    "パスワードは「x」と「_」と「9」をつなげたものではありません、メールで再発行してください",
])
def test_listed_parts_of_a_thing_are_no_address(text):
    assert emails(text) == set()


@pytest.mark.parametrize("text, expected", [
    ("らーでいい？IDは『mame』と『shiba』をアンダーバーでつないで最後に『23』", "mame_shiba23"),
    ("LINEのIDは「to」と「_」と「mo」と「22」をくっつけたやつ", "to_mo22"),
])
def test_line_id_from_listed_parts(text, expected):
    assert expected in line_ids(text)


# -- parts said in order: 最初が … 次に … 最後が -------------------------------------------------------
@pytest.mark.parametrize("text, expected", [
    ("ラインのID、最初の部分が hikari で、次にドット、最後が coach って続けて入れてください。", "hikari.coach"),
    ("LINEのIDは最初が mika、次にハイフン、最後が 0707 です", "mika-0707"),
    ("緑のほうのIDは、前半が neko、後半が tama99、間にドットね", "neko.tama99"),
    ("ラインIDは前半が hana、後半が 0412 で、間にアンダーバーね", "hana_0412"),
])
def test_line_id_in_ordered_parts(text, expected):
    assert line_ids(text) == {expected}


@pytest.mark.parametrize("text", [
    "最初に ver 2、次に ver 3 を出します。LINEで連絡します",
    "緑の方が在庫あります。前半が s、後半が m です",
    "次に gm を選んで、最後が ok ボタンです。ラインスタンプの話です",
])
def test_ordered_words_that_make_no_id(text):
    assert line_ids(text) == set()


# -- an ID read out, then typed ------------------------------------------------------------------
@pytest.mark.parametrize("text, expected", [
    ("緑のやつのIDね、かず、アンダーバー、ぎたー、数字の5、で kazu_guitar5 だよ", "kazu_guitar5"),
    ("LINEのIDは、たろう、ドット、数字の12、で taro.12 です", "taro.12"),
    ("ラインのID、みく、ハイフン、数字の39 → miku-39", "miku-39"),
])
def test_an_id_read_out_and_then_typed(text, expected):
    assert expected in line_ids(text)


@pytest.mark.parametrize("text", [
    "LINEは 5 個まで、アンダーバー付きの ab_12",
    "ラインのスタンプ 3 個、ドット柄の dot_01 デザイン",
])
def test_other_digits_before_a_run_still_stop_the_reading(text):
    assert line_ids(text) == set()


# -- the app by slang, colour, or with a symbol between its kana ----------------------------------
@pytest.mark.parametrize("text, expected", [
    ("ら🐸い🐸ん ke🐸ro🐸pi_55（カエルは抜いて読んでね）", "keropi_55"),
    ("ラ★イ★ン→ yuu_88", "yuu_88"),
    ("ら🌸い🌸ん: sakura.m01", "sakura.m01"),
    ("線 ＝ hibiki_g4　代行の進捗はこっちで報告する", "hibiki_g4"),
    ("緑 → momo_1203 で待ってます", "momo_1203"),
    ("線：taichi.88", "taichi.88"),
    ("らーでいい？ID→ aki_0909", "aki_0909"),
])
def test_line_named_by_slang_or_decorated(text, expected):
    assert expected in line_ids(text)


@pytest.mark.parametrize("text", [
    "線 = 0.5mm のペンで描いてください",
    "緑: 2点、赤: 1点の在庫です",
    "色は 緑 → 在庫切れ、品番 ab-120 は赤のみ",
    "ら🐸い🐸ん ってスタンプかわいい",
    "@tanaka さんの投稿見ました？ 線 = 直線のことです",
    "icon@2x.png と 緑のほうの画像 photo_01.png を差し替えます",
    "placeholder は「〇〇@gmail」のままでお願いします",
    "v1.2.3 と v2.0.1 の差分、緑のほうが新しい",
])
def test_colour_slang_and_symbols_in_ordinary_talk(text):
    assert line_ids(text) == set()
    assert emails(text) == set()


# -- the dot and the @ in rarer scripts -----------------------------------------------------------
@pytest.mark.parametrize("dot", ["·", "•", "∙", "⋅", "‧", "․", "۔", "◦", "ꓸ", "᛫", "⸱", "．", "｡", "﹒"])
def test_the_dot_in_rarer_scripts(dot):
    assert emails(f"連絡先 taro{dot}k55@gmail{dot}com まで") == {"taro.k55@gmail.com"}


@pytest.mark.parametrize("at", ["🄰", "🅰", "ⓐ", "Ⓐ", "﹫", "＠"])
def test_the_at_in_rarer_scripts(at):
    assert emails(f"連絡先 hana_01{at}yahoo.co.jp です") == {"hana_01@yahoo.co.jp"}


@pytest.mark.parametrize("text", [
    "Lily·Rose のドレス、@2x 画像も添付",
    "価格·送料込み、@tanaka さんの投稿を見てください",
    "ver·1.2 @home.page の表示が崩れます",
    "v1.2.3@example-cdn.net の差分を確認",
    "release 2.0.1 @team.dev チームに共有",
    "icon@2x.png と banner@3x.jpg を差し替えます",
])
def test_middle_dots_versions_and_scale_suffixes_are_no_address(text):
    assert emails(text) == set()


# -- local part and domain each named by its side of the @ ---------------------------------------
@pytest.mark.parametrize("text, expected", [
    ("いつもお世話になっております。アドレスの@より前はeigyo2です。ドメインは弊社HP（kumo-lab.jp）と同じでございます。",
     "eigyo2@kumo-lab.jp"),
    ("@の後ろは kumo.co.jp、前は sato.k です", "sato.k@kumo.co.jp"),
    ("アットマークより前は hana_88、後ろは hanaya-shop.com です", "hana_88@hanaya-shop.com"),
    ("ドメインは office-mori.jp で、@の前は info です", "info@office-mori.jp"),
])
def test_local_part_and_domain_in_separate_clauses(text, expected):
    assert emails(text) == {expected}


@pytest.mark.parametrize("text", [
    "前回の件、後ろは kumo.co.jp のサイトを見てください。アットマークより前は不要です",
    "画面の前は sato_1 さん、後ろは store.jp の看板",
    "メールの@の前は名前、後ろは会社のドメインです",
    "@より前の部分はお名前にしてください。ドメインは弊社の shop.co.jp です",
])
def test_sides_without_both_values_are_no_address(text):
    assert emails(text) == set()


# -- kana quoted, then to be typed in romaji (a riddle) -------------------------------------------
@pytest.mark.parametrize("text, expected", [
    ("メアドは「きのこ」をローマ字にして後ろに2024、Gmailです。分かるよね？", "kinoko2024@gmail.com"),
    ("メールは「さくら」をローマ字にして、その後ろに数字の88、ヤフーのアドレスです", "sakura88@yahoo.co.jp"),
])
def test_quoted_kana_typed_in_romaji(text, expected):
    assert emails(text) == {expected}


@pytest.mark.parametrize("text", [
    "「ねこ」をローマ字にして後ろに2024をつけたファイル名で保存、gmailで送るね",
    "「ありがとう」をローマ字にして書いてください。メールで送ります",
    "ver2 の後ろに ver3 を置きます。メールで送ります",
    "棚の後ろに a4 の紙があります。gmailで連絡ください",
])
def test_romaji_and_order_words_in_ordinary_talk(text):
    assert emails(text) == set()


@pytest.mark.parametrize("text, expected", [
    ("ラインのIDは「もも」をローマ字にして、後ろにアンダーバーと1203", set()),  # (a part alone is no ID)
    ("LINEのIDはアンダーバーなしで taro12 です", {"taro12"}),
])
def test_a_part_after_a_said_separator_is_not_the_whole_id(text, expected):
    assert line_ids(text) == expected


# -- quoted pieces with a plus between them --------------------------------------------------------
@pytest.mark.parametrize("text, expected", [
    ('メールは "haru" + "_" + "2020"、ヤフーです', "haru_2020@yahoo.co.jp"),
    ("メアドは「mei」＋「.」＋「k」＋「88」でGmailです", "mei.k88@gmail.com"),
])
def test_quoted_pieces_joined_by_plus(text, expected):
    assert emails(text) == {expected}


def test_quoted_words_joined_by_plus_with_no_digit_or_separator_are_no_account():
    assert emails('検索ワードは "apple" + "pie" で、gmailで送ってね') == set()


# -- an ID its own cue hands over, after a long invitation ----------------------------------------
@pytest.mark.parametrize("text, expected", [
    ("もしよろしければ、この後の細かいやり取りはLINEでさせていただけないでしょうか。お手数ですが下記IDの検索を"
     "お願いいたします。【tanaka_office】", "tanaka_office"),
    ("LINEで連絡ください。IDはメッセージの最後に書いておきます。よろしくお願いします！ id: rin.k8", "rin.k8"),
    ("緑のアプリで話そう！あとで詳しく説明するね。IDは kumo_22 です", "kumo_22"),
])
def test_an_id_handed_over_after_a_long_invitation(text, expected):
    assert line_ids(text) == {expected}


@pytest.mark.parametrize("text", [
    "LINEで連絡ください。注文IDは ab-1234 です",
    "ラインで！ 会員ID: mem-2231 を添えてください",
    "ラインで話しましょう。ディスコードのIDは neko_77 です",
    "LINEで共有しました。以下のIDで管理画面に入ってください。【admin_01.png】",
])
def test_a_thing_id_or_another_apps_id_is_no_line_id(text):
    assert line_ids(text) == set()


# -- letters with dots the message says to take out, joined with a domain given after ---------------
@pytest.mark.parametrize("text, expected", [
    ("メールならOK。t.a.k.e.r.u.0.3.1.8 ってドット全部抜いて、最後に@yahoo.co.jpつけて", "takeru0318@yahoo.co.jp"),
    ("メールは s.a.k.i.9.9 のドットを取って、@gmail.com をつけてね", "saki99@gmail.com"),
])
def test_dots_taken_out_as_the_message_says(text, expected):
    assert emails(text) == {expected}


def test_dotted_letters_stay_when_nothing_says_to_take_the_dots_out():
    assert emails("メールは a.b.c.d@gmail.com です") == {"a.b.c.d@gmail.com"}


# -- an address in hiragana words between said symbols, to be typed in romaji ---------------------
@pytest.mark.parametrize("text, expected", [
    ("メールアドレスはなかむら点てつおアットマークどこも点ね点じぇいぴーですローマ字でお願いします",
     "nakamura.tetsuo@docomo.ne.jp"),
    ("ローマ字で、さとう点ゆきアットマークやふー点こ点じぇいぴー", "satou.yuki@yahoo.co.jp"),
    ("ローマ字でお願いします。たなかアットマークじーめーる点こむ", "tanaka@gmail.com"),
])
def test_an_address_in_hiragana_to_type_in_romaji(text, expected):
    assert emails(text) == {expected}


@pytest.mark.parametrize("text", [
    "ひらがなで書くと、あっとほーむ点こむアットマークは記号です。ローマ字の勉強中",
    "なかむら点てつおアットマークどこも点ね点じぇいぴー",  # (nothing says to type it in romaji)
    "ローマ字の表記で、さとう点ゆき点たなかの順に並べます",  # (no @ said)
])
def test_hiragana_with_symbols_that_is_no_address(text):
    assert emails(text) == set()


def test_the_gate_passes_an_address_with_no_ascii():
    from leakguard.gate import build_gate
    from leakguard.policy import Policy

    gate = build_gate(Policy.coerce(None).detectors())
    assert gate is None or gate.passes("メールアドレスはなかむら点てつおアットマークどこも点ね点じぇいぴーですローマ字でお願いします")


# -- parts by their half, quoted in 『』, a remote's login ------------------------------------------
@pytest.mark.parametrize("text, expected", [
    ("アドレスの前半は「kana」、後半は「_mori」で、最後に「03」。キャリアはドコモです", "kana_mori03@docomo.ne.jp"),
    ("メールは『nao』『.』『fuji』って並べたやつ。ちなみに、いつもお世話になってるヤフーのやつね", "nao.fuji@yahoo.co.jp"),
    ("メール taro@gmail.com:10時以降に見ます", "taro@gmail.com"),
])
def test_halves_quoted_pieces_and_a_time_after_a_colon(text, expected):
    assert emails(text) == {expected}


@pytest.mark.parametrize("text", [
    "git clone git@github.com:foo/bar.git でお願いします",
    "ssh deploy@example-host.jp:~/app を見てメールください",
    "前半は「ab」、後半は「cd」の試合でした。gmailで結果を送ります",
    "資料の前半は『intro』『body』『end』の三部構成、メールで送ります",
])
def test_remote_logins_and_ordinary_halves_are_no_address(text):
    assert emails(text) == set()


@pytest.mark.parametrize("text", ["線は 2.5mm で引いてください", "ラインは 0.8mm の極細で", "線: 12cm の長さ"])
def test_a_measure_after_the_slang_is_no_id(text):
    assert line_ids(text) == set()


# -- LINE in romaji, the ID handed over by 「ID wa」 ---------------------------------------------------
@pytest.mark.parametrize("text, expected", [
    ("rain de hanashi shimasho. ID wa bishnu.np desu. raiN tomodachi tsuika shite kudasai", "bishnu.np"),
    ("rain no ID wa maya_22 desu", "maya_22"),
    ("rain de renraku shite ne, id: koji.77", "koji.77"),
])
def test_line_in_romaji(text, expected):
    assert line_ids(text) == {expected}


@pytest.mark.parametrize("text", [
    "rain delayed the game, my id is user_12 on the site",
    "heavy rain no longer a problem. ID wa order_123",
    "rain de shiai chuushi. ID wa nai desu",
])
def test_rain_in_english_or_without_an_id_is_no_line(text):
    assert line_ids(text) == set()


@pytest.mark.parametrize("text, expected", [
    ("アドレスの@の左側は akane.n、右側は kumo.ne.jp", "akane.n@kumo.ne.jp"),
    ("@の右側は shop-ito.jp、左側は order です", "order@shop-ito.jp"),
])
def test_the_sides_of_the_at_by_left_and_right(text, expected):
    assert emails(text) == {expected}


def test_a_domain_named_alone_is_no_address():
    assert emails("ドメインは soramame.jp で取得済みです。左側の表は後で送ります") == set()


@pytest.mark.parametrize("text, expected", [
    ("ラインIDは、前が yuki で後ろが 0222、間にハイフンです", {"yuki-0222"}),
    ("前が 2 で後ろが 3 の組み合わせ、ラインの太さ", set()),
])
def test_line_id_by_front_and_back(text, expected):
    assert line_ids(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("🟢で話そ！ID→ mako_77", "mako_77"),
    ("💚のアプリで！ id: yume.33", "yume.33"),
    ("みどりで交換しよ。ID: nana.k8", "nana.k8"),
])
def test_the_colour_in_other_words_or_drawn(text, expected):
    assert line_ids(text) == {expected}


@pytest.mark.parametrize("text", [
    "グリーンで塗って ab_12 にしてください",
    "💚でも ver_2 も見ました",
    "💚ありがとう！ ver_2 も見ました",
    "🟢 在庫あり → sku_1234",
])
def test_the_colour_in_ordinary_talk(text):
    assert line_ids(text) == set()
