"""line_id: LINE IDs and add-friend links, across spellings; hard negatives that must stay quiet."""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import leakguard
from leakguard.detectors.line import detect_line_ids, is_line_id
from leakguard.normalize import NormalizedText


def line_ids(text: str) -> list[str]:
    return [f.value for f in detect_line_ids(NormalizedText.of(text))]


# -- IDs with a cue, across the spellings of LINE -------------------------------------------------
LINE_SPELLINGS = ["LINE", "line", "Line", "ＬＩＮＥ", "ライン", "らいん", "ﾗｲﾝ", "L I N E", "Ｌ　Ｉ　Ｎ　Ｅ", "緑のアプリ", "例のアプリ"]
ID_FORMS = [
    ("{L} ID: taro_1234", "taro_1234"),
    ("{L}のIDはtaro.1234です", "taro.1234"),
    ("{L}→hanako-55", "hanako-55"),
    ("{L}のIDは「sato_ken」です、追加してね", "sato_ken"),
]


@pytest.mark.parametrize("spelling", LINE_SPELLINGS)
@pytest.mark.parametrize("form,value", ID_FORMS)
def test_line_id_with_cue(spelling, form, value):
    assert value in line_ids(form.format(L=spelling))


@pytest.mark.parametrize("text,value", [
    ("ＬＩＮＥ→ＴＡＲＯ＿１２３４", "taro_1234"),  # full-width ID, value lowercase
    ("LINE ID：Hiro_Sato8", "hiro_sato8"),
    ("LINEID:taro_1234", "taro_1234"),
    ("ラインのＩＤ　ｈｉｒｏ．ｓａｔｏ", "hiro.sato"),
    ("LINE追加してください、IDはtaro_1234", "taro_1234"),
    ("taro_1234でID検索で出ます", "taro_1234"),
    ("ID検索でren2692って入れたら出てきます！ラインで連絡ください", "ren2692"),
    ("taro.nakamura ←LINEのIDです。登録お願いします", "taro.nakamura"),
    ("IDはrina.moriです（LINE）", "rina.mori"),
    ("LINE\nID\nshun.shimizu\nです。追加お願いします", "shun.shimizu"),
    ("うちのライン、mei_kimura87ね", "mei_kimura87"),
    ("らのIDはtakahashit_60です", "takahashit_60"),
    ("線のIDはkei_2261", "kei_2261"),
    ("続きはLで。「yui.yamamoto」ね", "yui.yamamoto"),
    ("ここだと話しにくいんで、例のアプリで話しましょ。daiki4426", "daiki4426"),
    ("LINEしてる？k a i t o . n o t eで検索して", "kaito.note"),
    ("m\u200baho_3\u200b208 ←LINEのIDです", "maho_3208"),
    ("LINE ID: 12345678", "12345678"),  # all digits, but the cue says ID
    # the name as people disguise it: Cyrillic И, 「りーね」 (romaji read back), slang and colour
    # right before the ID, the green square
    ("LIИE でつながろ、IDは haru_0612", "haru_0612"),
    ("りーねやってる？ID→ mio.pastel3", "mio.pastel3"),
    ("緑で続き話そ、ID：kouki_77", "kouki_77"),
    ("🟩 ⇒ sae_art09 追加してね", "sae_art09"),
    # 「…しません？」 asks; it is no refusal
    ("ライン交換しません？ID: rui.kanata8", "rui.kanata8"),
    # QR named on the way to the ID, and the ID in spaced brackets
    ("LINEのQRは貼れないのでIDで、[ chika_n22 ]", "chika_n22"),
    # parts with the words that join them
    ("ラインIDは前半が yuna、後半が 1129 で、間にドットを入れてね", "yuna.1129"),
    ("LINE→ kei.hoshi と 2020 の間にハイフンね", "kei.hoshi-2020"),
    # the ID alone at the end, pointed at after a request to add it
    ("続きは個別で！追加してね⇩\nnoa.k_0512", "noa.k_0512"),
    ("友だち追加はこちら→ mugi_tea88", "mugi_tea88"),
    # an ID that starts within reach of the name is read to its end
    ("L I N E の方が写真を送りやすいので追加してもらえますか ID は m i n a 0 3 1 5 です", "mina0315"),
])
def test_line_id_variants(text, value):
    assert value in line_ids(text)


@pytest.mark.parametrize("text,value", [
    ("LINE公式は@123abcdeです", "@123abcde"),
    ("店のlineは@wy0rq3xbだよ。追加しといて", "@wy0rq3xb"),
    ("LINE公式アカウント @169snqvb を友だち追加", "@169snqvb"),
    ("教室の公式らいんが@6jbvx8q1なので、そこからメッセージください", "@6jbvx8q1"),
    ("ＬＩＮＥ＠ＮＬＪ２８５０Ｅ", "@nlj2850e"),
])
def test_official_account_keeps_at(text, value):
    assert value in line_ids(text)


# -- links ----------------------------------------------------------------------------------------
@pytest.mark.parametrize("text,value", [
    ("https://line.me/ti/p/~taro_1234", "https://line.me/ti/p/~taro_1234"),
    ("line.me/ti/p/~Taro_1234 から追加して", "https://line.me/ti/p/~taro_1234"),
    ("http://line.me/ti/p/~hanako", "https://line.me/ti/p/~hanako"),
    ("https://line.me/R/ti/p/%40123abcde", "https://line.me/ti/p/@123abcde"),
    ("https://line.me/R/ti/p/@123abcde", "https://line.me/ti/p/@123abcde"),
    ("http://line.me/ti/p/%40nlj2850e", "https://line.me/ti/p/@nlj2850e"),
    ("https://line.me/ti/p/~@123abcde", "https://line.me/ti/p/@123abcde"),
    ("https://lin.ee/AbCd123", "https://lin.ee/abcd123"),
    ("lin.ee/xYz9876 です", "https://lin.ee/xyz9876"),
    ("ｈｔｔｐｓ：／／ｌｉｎｅ．ｍｅ／ｔｉ／ｐ／～ｔａｒｏ", "https://line.me/ti/p/~taro"),
    ("https://line.me/ti/p/AbCdEfGh12 ←QR", "https://line.me/ti/p/abcdefgh12"),
    ("https://line.me/ti/g2/AbCdEfGhIjKl", "https://line.me/ti/g2/abcdefghijkl"),
])
def test_links_are_canonical(text, value):
    assert value in line_ids(text)


def test_link_is_one_finding_with_original_span():
    text = "追加はこちら→https://line.me/R/ti/p/%40123abcde よろしく"
    findings = list(detect_line_ids(NormalizedText.of(text)))
    assert len(findings) == 1
    f = findings[0]
    assert text[f.start:f.end] == f.text == "https://line.me/R/ti/p/%40123abcde"


def test_span_points_at_original_full_width_text():
    text = "ＬＩＮＥ→ＴＡＲＯ＿１２３４"
    (f,) = detect_line_ids(NormalizedText.of(text))
    assert text[f.start:f.end] == f.text == "ＴＡＲＯ＿１２３４"
    assert f.value == "taro_1234" and f.score >= 0.9


# -- hard negatives ---------------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "ID: taro_1234",  # an ID without any LINE cue: the platform's own user ID, maybe
    "@taro_1234 さん、ありがとうございます",
    "taro_1234さんの作品を見ました",
    "LINE",
    "ラインナップが豊富です taro_1234",
    "デッドラインは6/1です。",
    "オンラインで打ち合わせしましょう",
    "アウトラインを作成しました",
    "ライン作業の経験があります",
    "生産ラインの管理をしています",
    "LINEスタンプのID: 12345678",  # a stamp number, not a LINE ID
    "LINEスタンプのイラスト制作をお願いします",
    "LINE公式アカウントの運用代行",
    "LINE ID: ab",  # too short
    "LINE ID: abcdefghijklmnopqrstuvwxyz",  # too long
    "LINE ID: 090-1234-5678",  # a phone number: the phone detector's job
    "LINE ID: 2024-12-31",
    "LINEのIDはhttpで始まりません",
    "メールはtaro_1234@example.comです",
    "https://example.com/line/taro_1234",
    "LINEのID教えてください",  # asks for it: an external_contact, no ID disclosed
    "ラインマーカーで示した箇所をご確認ください。",
    "緑で塗った部分は版数ver_2の修正です",
    "線の太さはline_w2で指定しています",
    "LINE交換はしません。取引番号 tr_2291 で確認してください",
    "カートに追加してください→ item_0123",
    "オプションを追加してください→ opt_22",
    "追加料金の詳細→ plan_b2",
    "ディスコ追加して！ID: haru_gamer07",  # another app's handle
])
def test_no_line_id(text):
    assert line_ids(text) == []


@pytest.mark.parametrize("value,ok", [
    ("taro_1234", True), ("taro.1234", True), ("hanako-55", True), ("@123abcde", True), ("abcd", True),
    ("abc", False), ("a" * 21, False), ("taro 1234", False), ("太郎1234", False), ("line", False),
    ("id", False), ("----", False), ("09012345678", False), ("1234", False),
])
def test_is_line_id(value, ok):
    assert is_line_id(value) is ok


def test_numeric_id_only_with_explicit_cue():
    assert is_line_id("12345678", numeric_ok=True)
    assert not is_line_id("12345678")


def test_scan_blocks_line_id():
    report = leakguard.scan("LINE ID: taro_1234")
    assert report.action == leakguard.Action.BLOCK
    assert report.masked() == "LINE ID: ［LINE ID］"


# -- invariants -------------------------------------------------------------------------------------
_ZERO_WIDTH = ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff"]
_POSITIVES = [
    ("LINE ID: taro_1234", "taro_1234"),
    ("ラインのIDはhanako.55です", "hanako.55"),
    ("https://line.me/ti/p/~sato_ken", "https://line.me/ti/p/~sato_ken"),
]


def _full_width(ch: str) -> str:
    return chr(ord(ch) + 0xFEE0) if "!" <= ch <= "~" else ch


@settings(max_examples=150, deadline=None)
@given(
    case=st.sampled_from(_POSITIVES),
    inserts=st.lists(st.tuples(st.integers(min_value=0, max_value=60), st.sampled_from(_ZERO_WIDTH)), max_size=6),
    widen=st.lists(st.integers(min_value=0, max_value=60), max_size=12),
)
def test_zero_width_and_full_width_do_not_hide_an_id(case, inserts, widen):
    text, value = case
    chars = list(text)
    for i in widen:
        if i < len(chars):
            chars[i] = _full_width(chars[i])
    for i, zw in sorted(inserts, reverse=True):
        chars.insert(min(i, len(chars)), zw)
    disguised = "".join(chars)
    findings = list(detect_line_ids(NormalizedText.of(disguised)))
    assert value in [f.value for f in findings]
    for f in findings:
        assert disguised[f.start:f.end] == f.text


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=200))
def test_never_crashes(text):
    for f in detect_line_ids(NormalizedText.of(text)):
        assert text[f.start:f.end] == f.text


# -- an ID given as the object of an add-friend or a message request (own phrasings) ------------------
@pytest.mark.parametrize("text,value", [
    ("連絡はLINEでお願いします。hiro-demoを友だち追加してください", "hiro-demo"),
    ("ラインの方が早いので、mika_demo7まで一言ください", "mika_demo7"),
    ("LINEグループを作るので、sato.demoを追加しますね", "sato.demo"),
])
def test_id_as_object_of_contact_action(text, value):
    assert value in line_ids(text)


@pytest.mark.parametrize("text", [
    "LINE公式アカウントの運用で、reportsを追加してください",
    "Excelのシートにdataを追加してください",
    "ラインナップにmodel-xを追加しました",
])
def test_object_without_line_is_no_id(text):
    assert line_ids(text) == []


@pytest.mark.parametrize("text,value", [
    # a cue phrase, an arrow, the ID
    ("ラインの方が早いのでID検索してね→haru.demo", "haru.demo"),
    # the ID, a comma, then LINE with an add-friend action
    ("新しいIDはkoji_demo2、LINEで追加してください", "koji_demo2"),
    ("変更後は「nana.demo」、ラインで検索お願いします", "nana.demo"),
    # 「IDは…」 with LINE named a sentence later
    ("IDはmoto-demo5です。見つからなければLINEで連絡ください", "moto-demo5"),
    # in brackets right after the channel word
    ("LINE（riku_demo3）でご連絡ください", "riku_demo3"),
    # an official account's basic ID to be searched for, no channel named
    ("@246demoxで検索すると当店のアカウントが出ます", "@246demox"),
    ("＠demo1357をID検索してください", "@demo1357"),
    # 「続きはらで。」: the slang word after a topic particle, closing the sentence
    ("続きはらで。mizu.demoね", "mizu.demo"),
    ("話の続きはいつものアプリで。「sumi_demo」ね", "sumi_demo"),
])
def test_more_id_cues(text, value):
    assert value in line_ids(text)


@pytest.mark.parametrize("text", [
    "@246demoxで検索するとインスタのアカウントが出ます",  # another channel named
    "@taro_demoで検索してください",  # not an official account's basic ID
    "@12345678で検索",  # digits only
    "IDはmoto-demo5です。ラインナップは来週決めます",
    "これはらで。",
    "すべては緑で。",
])
def test_more_id_hard_negatives(text):
    assert line_ids(text) == []


@pytest.mark.parametrize("text,value", [
    # spelled-out kana
    ("ラ イ ン → kaze_demo", "kaze_demo"),
    ("ら・い・んのIDはyoru.demo", "yoru.demo"),
    # an ID cue, a few kana and an arrow or comma
    ("LINEのIDおしえとくね→ mori_demo8", "mori_demo8"),
    ("らのIDね、tsuki.demo", "tsuki.demo"),
    # the ID after a clause that hands it over
    ("ラインのID送りますね、hoshi_demo4", "hoshi_demo4"),
    # an add-friend pointer, a request, then the ID
    ("友だち追加お願いします→ umi_demo3", "umi_demo3"),
    # 「…で出てきます」 after the ID, euphemisms
    ("緑の吹き出しならsora_demo5で出てきます", "sora_demo5"),
    ("グリーンのアプリのIDはkawa_demoです", "kawa_demo"),
    ("通知来ないんで線にしません？ID demo-2048", "demo-2048"),
])
def test_generalised_id_cues(text, value):
    assert value in line_ids(text)


@pytest.mark.parametrize("text", [
    "ラ イ ン ナップは kaze_demo で管理",  # the spelled word continues: ラインナップ
    "IDおしえとくね→ mori_demo8",  # no channel named
    "グリーンのアプリアイコンをdemo_iconで保存しました",
])
def test_generalised_id_hard_negatives(text):
    assert line_ids(text) == []


# -- issue #13: the app's name disguised, arrows and brackets, IDs in parts -----------------------
DISGUISED_NAMES = ["L I N E", "L.I.N.E", "L…I…N…E", "L・I・N・E", "ＬＩＮＥ", "L1NE", "L!NE", "L●NE", "L*NE", "LIEN",
                   "ﾗｲﾝ", "ライソ", "ラインン", "ラ｛イ｝ン", "ラ(イ)ン", "ラ●ン", "らいん", "エル・アイ・エヌ・イー",
                   "緑のアプリ", "みどりのアイコンのやつ", "緑のやつ"]
POINTED_FORMS = [
    ("{L}のIDはhappy-toy22だよ〜", "happy-toy22"),
    ("{L}教えます：ayumu2001x", "ayumu2001x"),
    ("{L}なら即レスできます　ID:toki-neko7", "toki-neko7"),
    ("{L}やってますか？ID→ chaco_1010", "chaco_1010"),
    ("{L}👉 akane\u200b_mt09", "akane_mt09"),
    ("{L}追加してください☞ ｍｉｎａｍｉ＿ｒｉｒｉ", "minami_riri"),
    ("{L}⇒ sora.55", "sora.55"),
    ("{L}のID【chika-bag55】です", "chika-bag55"),
    ("{L}のIDは「mika_0707」です", "mika_0707"),
    ("{L}交換しませんか？ nkym_camp", "nkym_camp"),
    ("{L}のほうでやりとりできますか？ こちらは mizu_sabi33 です", "mizu_sabi33"),
    ("{L}のID変えたんで → rinrin.0707 に", "rinrin.0707"),
]


@pytest.mark.parametrize("name", DISGUISED_NAMES)
@pytest.mark.parametrize("form,value", POINTED_FORMS)
def test_disguised_name_then_the_id(name, form, value):
    assert value in line_ids(form.format(L=name))


@pytest.mark.parametrize("text,value", [
    ("みどりのアイコンのやつで話そ〜\nID：ponta.8", "ponta.8"),
    ("L…I…N…E。ID、ｓｈｏｕ＿ｇａｍｅ．ｓ", "shou_game.s"),
    ("ラ｛イ｝ン　@mocomoco_88 ←アットはいらないです", "mocomoco_88"),
    ("ラインンのIDはsugar.pine8だよ（打ち間違えた笑）", "sugar.pine8"),
    ("ら で。 k.o.u.z.y.1", "k.o.u.z.y.1"),
    ("ライン ID は yu ri ka _ 0 3 (スペース無しで) 追加して！", "yurika_03"),
    # an ID in parts, with the words that join it
    ("IDは「sato」と「hikaru」の間にアンダーバー入れて、最後に3です！らいんね", "sato_hikaru3"),
    ("IDは kuma と 2525、間にハイフン入れてね。緑のやつ", "kuma-2525"),
    ("LINEのID、前半がmomo、後半が.bear21 でつなげて", "momo.bear21"),
    ("ラインのIDは yuki と 0303 の間にドット入れたやつ", "yuki.0303"),
    ("ラインのIDは「mei」と「55」の間にアンダーバーです", "mei_55"),
    ("LINEのIDは s-h-o-u-1-2 です（ハイフンは抜いて）", "shou12"),
    # the ID first, the name after it in brackets or pointed at
    ("ren_tarou9（ライン）", "ren_tarou9"),
    ("ID教えるね！kana.lab（L I N E）お願いしまーす。", "kana.lab"),
    ("mika_22 ←らいんです", "mika_22"),
    # English around the name
    ("LINE ID is jack_88", "jack_88"),
    ("Add me on LINE: jenny.w22", "jenny.w22"),
    ("えるあいえぬいー→ tama_go5", "tama_go5"),
])
def test_issue_13_line_forms(text, value):
    assert value in line_ids(text)


def test_a_part_of_a_joined_id_is_not_an_id_of_its_own():
    assert line_ids("IDは kuma と 2525、間にハイフン入れてね。緑のやつ") == ["kuma-2525"]


@pytest.mark.parametrize("text", [
    "LINEスタンプ制作のご依頼ありがとうございます。納品は stamp_01.png から順に",
    "LINEスタンプ stamp_set2 を作りたいです",
    "ラインナップは kaze_demo2 で管理",
    "オンライン会議は zoom_0412 のルームで",
    "デッドラインは 12/25、担当 sato_k3",
    "LINEは交換できません。取引はここでお願いします",
    "LINEは使っていないので、daiki_90 @ example.jpにメールをいただけますか",
    "LINE友だち追加用リンク line.me/ti/p/~note_sora",
    "緑のアイコンをicon_green2で保存しました",
    "L I N E の使い方マニュアル ver_2 を作成中",
    "LINEのIDは教えられません、ごめんね ok_1",
    "ライン工で働いてます。シフト a-12",
    "LINEのQRコード、qr_code01.png で送ります",
    "LINEで送った写真 photo_01 見ましたか？",
    "ガイドラインに沿って ver_1.2 を作成",
    "LINEで友達に聞いたら、サイズは m-size がいいって",
    "ラインの写真、item_01 と item_02 です",
    "緑のやつください、サイズ L-22",
    "緑のアプリ？よくわからないけど、item-22 は在庫ありです",
    "ラインストーン付きのケース、型番 RS-200",
    "LINEギフトで送るね、コード gift-2211",
    "L サイズの在庫あります。品番 ls-2201",
])
def test_issue_13_line_hard_negatives(text):
    assert all(not v.startswith("note_sora") for v in line_ids(text))
    assert [v for v in line_ids(text) if not v.startswith("https://")] == []


# -- an ID given in parts with the words that order and join them (detectors/spelled.py) -----------
@pytest.mark.parametrize(
    "text, expected",
    [
        ("IDは「taka」のあとにハイフン、そのあと「1988」です。ラインのね", "taka-1988"),
        ("ラインのIDは yamada のあとに点、それから web です。見つからなかったら言ってください", "yamada.web"),
        ("ラインでも連絡を取れるようにしておきたいです。IDは「misaki」と「trans」をピリオドでつないで、"
         "さらにピリオドを打って最後に「jp」です（全部小文字です）。", "misaki.trans.jp"),
        ("ライン検索用：「sakana」と「tsuri」をアンダーバーでつないで、最後に2019", "sakana_tsuri2019"),
        ("IDは、ローマ字で mama、その後ろにドット、最後に sitter2020 です。らいんで検索してね", "mama.sitter2020"),
        ("IDはsoraのあとにドット、最後に誕生日の0317です。LINEで待ってますね", "sora.0317"),
        ("LINEのIDは「kuma」と「2525」の間にハイフンを入れてください", "kuma-2525"),
        ("LINE ID: nana のうしろにアンダーバー、続けて 0707", "nana_0707"),
        ("LINE IDは、私の苗字のローマ字（sakurai）に、アンダーバーと今年の西暦（2026）をつなげたものです。", "sakurai_2026"),
        ("ラインのIDは taro にハイフンと 88 をつけてください", "taro-88"),
    ],
)
def test_id_spelled_in_parts_in_order(text, expected):
    assert expected in line_ids(text)
    # the first part alone is no ID of its own
    assert all(v == expected or not expected.startswith(v) for v in line_ids(text))


@pytest.mark.parametrize(
    "text",
    [
        # the order words with things that are not an ID, or no ID asked for
        "ラインのスタンプは sale のあとにハイフン、そのあと 2024 のファイル名で保存",
        "手順: step1 のあとにドット、それから step2 を実行。LINEで報告",
        "iphone のあとに点検、それから ipad をラインで", "v2 のあとに v3 をリリース、LINEで連絡します",
        "LINEで送った写真は photo のあとにアンダーバー、最後に 01.jpg です",
        "ラインで、資料はv2にハイフンと3をつけて保存",
        "IDは「taka」のあとにハイフン、そのあと「1988」です",  # no app named: the ID of what?
        "ラインのグループ名は team のあとにハイフン、そのあと 2024 です",  # a group's name, no ID asked for
    ],
)
def test_parts_that_are_not_one_id(text):
    assert line_ids(text) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Line: (t)(o)(m)(_)(k)(o)(b)(e)(9)(2) lol sorry the app hides it", "tom_kobe92"),
        ("ラインID→ [s][a][k][i][_][0][3]", "saki_03"),
        ("ラインのアイディーは ひらがなじゃなくて英語で hiro gardening です 間は何もなしです", "hirogardening"),
        ("LINEは momo chan 22 です、スペースは詰めてね", "momochan22"),
        ("Our team uses LINE for day-to-day coordination. Please add our account @903rmnbc so the PM can brief you.",
         "@903rmnbc"),
        ("We talk on LINE here. Add us at @a1b2c3d4 anytime", "@a1b2c3d4"),
    ],
)
def test_brackets_gaps_and_english_invitations(text, expected):
    assert expected in line_ids(text)


@pytest.mark.parametrize(
    "text",
    [
        # a measure after the word ライン (a fishing line), a placeholder, an idiom
        "ラインはPE0.8号を150m巻いてあります。リーダーはフロロ3号を結んだままです", "ラインは pe1.5号 です",
        'I\'m translating your FAQ. One line reads: "Add us on LINE: @shopname". Should I keep the placeholder "@shopname"?',
        "Add us on LINE: @shop1234 (placeholder)", "LINEのID欄は入力例: taro_123 のままでOKです",
        # brackets and gaps that are no ID
        "LINEで (a)(b)(c) の順に選んでください", "ライン工場の hiro gardening 部門、間は何もなしです",
        "Add @abc12345 on Twitter please",  # no LINE in the message
    ],
)
def test_round4_line_hard_negatives(text):
    assert line_ids(text) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        ("ラインIDは えむ・あい・える・けー・ぜろ・なな です", "milk07"),
        ("LINEのIDはエスユーゼットユー、アンダーバー、ゼロナナです", "suzu_07"),
        ("LINE ID: emu ai eru kee 07", "milk07"),
    ],
)
def test_id_read_out_letter_by_letter(text, expected):
    assert expected in line_ids(text)


@pytest.mark.parametrize("text", [
    "アイ ラブ ユー、ラインで話そう", "ラインのIDは えー・びー です", "LINEのスタンプ、エムサイズとエルサイズ",
    "ラインでエス・エム・エスの件を話しました",
])
def test_letter_names_that_are_no_id(text):
    assert line_ids(text) == []


@pytest.mark.parametrize("text", ["1ine: kenta_0808", "ラ〜イ〜ン のIDは kenta_0808", "ラーイン: kenta_0808",
                                  "ライ ン ID→kenta_0808", "lin3 ID kenta_0808"])
def test_the_name_with_a_digit_stretched_or_split(text):
    assert "kenta_0808" in line_ids(text)


@pytest.mark.parametrize("text", ["1ine up the boxes, item_0808", "フライ ンチ kenta_0808", "ラーメン屋 kenta_0808 の件"])
def test_words_that_only_look_like_the_name(text):
    assert line_ids(text) == []


def test_a_name_with_an_apostrophe_is_no_id():
    assert line_ids("Feel free to drop me a line: Kevin.O'Hara? no apostrophe — kevin.ohara.dev@protonmail.com") == []
    assert line_ids("LINE: mary.o’brien") == []


def test_a_placeholder_word_in_another_sentence_leaves_the_id():
    assert line_ids("LINE ID: taro_88 です。ダミーの画像は後で送ります") == ["taro_88"]


def test_text_already_on_a_form_is_no_id():
    assert line_ids("ラインのIDを入れる欄に sample_id と書いてあります") == []
    assert line_ids("LINE IDは taro_12 です。検索すると出てきます") == ["taro_12"]
