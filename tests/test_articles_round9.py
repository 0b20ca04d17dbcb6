"""Issue #14, long texts about the rules in genres round 9 did not have (a consumer-centre advisory,
a police leaflet, a job posting, contract clauses, a seller newsletter, a lawyer's column, a help-desk
chatbot script, a rental platform's bilingual house rules): sentences that are mentioned, not used —
several quotations listed on one line, a quotation named as a proposal (「…」の提案, 「…」などの誘い),
a checklist's line asking whether something was done to the reader (□ …と言われていないか), the items
under a heading of examples or detection patterns, a ranked list of phrases with their counts, an
English example line in double quotes, a masked value (○○○, ＊＊＊, XXXX), a volitional verb named as
a case (使おうとする場合). Texts of the same genres that do leak (the writer's own number, an
invitation at the end, an account to pay into) stay blocked. Every text is written for these tests;
names, numbers, IDs and accounts are fictional."""
import pytest

import leakguard

QUIET = {
    "a consumer-centre advisory": """\
くらしの安全ニュース　第48号（市消費生活センター）
◇ 相談事例：個人間売買アプリでの「アプリ外決済」
70代女性がアプリで着物を出品したところ、購入希望者から「アプリの手数料分を上乗せするので、代金は現金書留で送ります」とのメッセージが届いた。
さらに「発送先は後で電話で伝えます。番号は０８０－＊＊＊＊－＊＊＊＊です」と書かれていた。
女性が応じたところ、届いた書留は空で、品物だけが送られてしまった。
◇ こんな言い回しに注意
「アプリを通すと高くなる」「現金書留で送ります」「ゆうちょに振り込みます」
「電話で話したほうが早い」「ショートメールで連絡します」
◇ センターからのアドバイス
・代金のやり取りは必ずアプリの決済機能で行いましょう。
・相手の連絡先を聞かれても、教える必要はありません。
・困ったときは消費者ホットライン「１８８」へ。""",
    "a police leaflet": """\
防犯だより　○○警察署生活安全課
ネット取引の「持ちかけ詐欺」にご用心！
犯人の決まり文句
①「先に振り込んでくれれば、すぐ発送します」
②「サイトの決済が使えないので、こちらの口座へ」
③「カカオトークかテレグラムで話しましょう」
④「手数料を浮かせたいので直接取引にしませんか」
上のような言葉で、サイトの外へ連れ出そうとするのが手口です。
口座の名義は「カ）＊＊＊＊」のような会社名を装うこともあります。
被害に遭ったら、すぐに最寄りの警察署か＃９１１０へ相談してください。""",
    "a job posting that pays through the platform": """\
【募集】飲食店メニューの英訳（約3,000字）
■ 業務内容
メニュー表と店内掲示の英訳をお願いします。
■ 報酬・お支払い
報酬は税込24,000円です。お支払いはすべて当サイトの仮払い機能を通じて行います。
直接のお振込みや、電子マネーでのお支払いには対応しておりません。
■ ご連絡について
やり取りはこのサイトのメッセージのみで行います。
応募時に「LINEで詳しく話しませんか」「メールアドレスを教えてください」といったご提案をいただいても、お受けできません。
■ 応募方法
本ページの「応募する」ボタンから、実績を添えてご応募ください。""",
    "contract clauses forbidding direct deals": """\
業務委託基本契約書（抜粋）
第9条（直接取引の禁止）
1. 乙は、本サービスを通じて知り合った甲との間で、本サービスを介さずに業務委託契約を締結してはならない。
2. 乙は、報酬を本サービスの決済機能以外の方法（銀行振込、電子マネー、現金その他）で受領してはならない。
第10条（連絡先の交換の禁止）
甲及び乙は、電話番号、メールアドレス、SNSのアカウントその他の連絡先を、本サービスの承認なく交換してはならない。
第11条（違反時の措置）
前二条に違反したときは、運営者は当該会員のアカウントを停止することができる。""",
    "a seller newsletter with NG examples and a checklist": """\
出品者通信 vol.23　今月の特集「メッセージのNG例」
今月、運営が削除したメッセージから、よくある例を紹介します（文面は一部変えています）。
NG例：
・「インスタのDMのほうが返信早いです」
・「次回からは直接注文してもらえれば送料サービスします」
・「お急ぎなら携帯にショートメールください」
送信前チェック
☐ 外部アプリの名前を出して、移動を誘っていないか
☐ 「直接」「個別に」など、サイトを通さない取引をほのめかしていないか
☐ 購入者から外部連絡を求められたとき、断りの定型文を使ったか
それでは今月も、安全な取引をよろしくお願いします。""",
    "a lawyer's column": """\
弁護士コラム　ネット取引とお金のトラブル　第7回「手数料を惜しんだ代償」
相談者のCさんは、ハンドメイド作品の販売サイトで注文を受けたとき、相手から「手数料がもったいないから、銀行振込で直接払いますね」と持ちかけられました。
Cさんは承諾し、作品を先に送りましたが、代金は振り込まれませんでした。
Cさんは、相手に直接請求しようとしましたが、相手の住所も本名も分かりませんでした。
サイトの決済を使っていれば、運営が代金を預かる仕組みがあったはずです。
法律上、代金の請求権はありますが、相手を特定できなければ訴えることも難しいのが現実です。
結論として、「直接のほうが得」という誘いは、リスクを全部自分が負うという意味です。""",
    "a help-desk chatbot script": """\
チャットボット応答シナリオ（ヘルプデスク）v2
インテント：外部連絡の可否
発話例：「LINEで連絡してもいいですか」「相手に電話番号を教えていい？」「メールでやり取りしたい」
応答：取引が完了するまでは、サイト内のメッセージでのやり取りをお願いしています。
インテント：直接支払いの可否
発話例：「直接振り込んでもいい？」「PayPayで払えますか」「現金手渡しでもいいですか」
応答：お支払いはサイトの決済のみとなります。サイト外でのお支払いは補償の対象外です。
インテント：通報
発話例：「変なメッセージが来た」「外部に誘導された」
応答：メッセージ右上のメニューから「通報」を選んでください。""",
    "a rental platform's bilingual house rules": """\
Host guidelines / ホストの皆さまへ
Do not ask guests to pay outside the platform.
ゲストにプラットフォーム外での支払いを求めないでください。
Messages like these are removed / 次のようなメッセージは削除されます：
"You can pay the cleaning fee in cash when you arrive."
"Send me the deposit by PayPal and I will confirm the booking."
「清掃料は現地で現金でお支払いください」
Contact details such as +81-90-XXXX-XXXX or xxxx@example.com must not be shared before the booking is confirmed.
予約確定前に電話番号やメールアドレスを共有しないでください。""",
}


def _blocked(text: str) -> list[str]:
    out = [("(whole)", leakguard.scan(text).action.value)]
    out += [(line, leakguard.scan(line).action.value) for line in text.splitlines() if line.strip()]
    return [where for where, action in out if action == "block"]


@pytest.mark.parametrize("text", QUIET.values(), ids=QUIET.keys())
def test_texts_that_mention_the_words_are_not_blocked_whole_or_line_by_line(text):
    assert _blocked(text) == []


LEAKS = {
    "an advisory-shaped notice with the writer's own number": """\
くらしの安全ニュース（町内会版）
こんな言い回しに注意：「アプリを通すと高くなる」「現金書留で送ります」
なお、不用品の引き取りは私が個人で受け付けています。お電話は 090-4817-2236（田中）までどうぞ。""",
    "a leaflet-shaped post that ends with an invitation": """\
犯人の決まり文句
①「先に振り込んでくれれば、すぐ発送します」
②「カカオトークで話しましょう」
こういうのには気をつけてくださいね。ちなみに私とはカカオトークで直接やり取りしましょう、そのほうが早いので。""",
    "a job posting that asks for applications by LINE": """\
【募集】飲食店メニューの英訳
報酬は税込24,000円です。
応募は私のLINE（ID: menu_trans_88）に直接ください。サイトのメッセージは見ていません。""",
    "contract clauses that name an account to pay into": """\
業務委託契約書（抜粋）
第4条（報酬の支払い）
甲は、本サービスの決済を介さず、報酬を次の口座に振り込むものとする。
振込先：みなと銀行 三宮支店 普通 4728163 ヤマモト ケンジ""",
    "a newsletter that asks readers to e-mail the writer": """\
出品者通信 vol.23
NG例：
・「インスタのDMのほうが返信早いです」
今月のおまけ資料がほしい方は、私個人のアドレス hinata.crafts2027@gmail.com まで直接メールください。""",
    "a column whose writer offers a direct deal": """\
弁護士コラム　第7回
「直接のほうが得」という誘いには注意が必要です。
とはいえ、私の事務所へのご依頼は、サイトを通さず直接お振込みいただければ着手金を1割お引きします。""",
    "a chatbot-script-shaped message with the writer's own handle": """\
発話例：「LINEで連絡してもいいですか」
応答：はい、こちらのLINEに追加してください。ID: helpdesk_kou27 です。""",
    "bilingual rules followed by the host's own request": """\
Do not ask guests to pay outside the platform.
Anyway, please send me the deposit by PayPal to keep your booking, it's cheaper for both of us.""",
}


@pytest.mark.parametrize("text", LEAKS.values(), ids=LEAKS.keys())
def test_texts_of_the_same_genres_that_leak_stay_blocked(text):
    assert leakguard.scan(text).action.value == "block"


# -- each class of mention, in wordings of its own, with the proposals it must leave alone ----------
# (a heading line first, so that the line is read as a text's line, not as a message on its own)

MENTIONED = {
    "quotations listed after a label": "迷惑メッセージの例：「カカオで話そう」「WeChat教えて」「ディスコード入って」",
    "quotations listed after a label, payment": "要注意ワード：「先払いなら値引き」「ゆうちょに直接」「アマギフで払います」",
    "quotations listed, named as requests": "・「Zoomで顔合わせしましょう」「Teamsのリンク送ります」などの依頼",
    "quotations listed with a slash": "典型的な返信：「了解です、LINE追加しますね」／「じゃあ口座教えてください」",
    "English quotations listed": '例文："Pay me via Venmo instead", "DM me on Instagram"',
    "a ranked phrase with its count": "3位「インスタのDMで話しましょう」（88件）",
    "a quotation named as an invitation": "「外で直接やり取りしましょう」の誘いには乗らないでください。",
    "a quotation proposed, told of": "「アプリ外で払って」を持ちかけられた場合は通報してください。",
    "a quotation that arrived": "「個別にPayPayで送金して」が届いたら、すぐに運営へ。",
    "a checklist line, another box": "☐ 取引相手からZoomやSkypeに誘われていないか",
    "a checklist line in brackets": "[ ] 代金の振込先として個人口座を指定されていないか",
    "a checklist line, the reader's own act": "✅ 直接の受け渡しや現金払いを提案していないか",
    "a check in a sentence": "相手から銀行振込を持ちかけられていないか、いま一度確認してください。",
    "a check asked politely": "カカオトークへの移動を求められていませんか？",
    "an attempt told": "相手は私にSkypeで連絡させようとしましたが、断りました。",
    "an attempt named as an act": "サイトを通さずに代金を受け取ろうとする行為は禁止です。",
    "an attempt stopped": "PayPayで直接払おうとしたところ、出品者に止められました。",
    "a kind of message by what it asks": "ゆうちょ口座への入金を要求する詐欺に注意してください。",
    "a kind of message by where it leads": "外部のチャットへ誘導するDMが届いたら通報を。",
}


@pytest.mark.parametrize("line", MENTIONED.values(), ids=MENTIONED.keys())
def test_a_mentioned_line_in_a_text_is_not_read_as_said(line):
    text = "■ 取引の安全ガイド\n" + line + "\n困ったときはヘルプセンターへ。"
    assert leakguard.scan(text).action.value == "allow"


@pytest.mark.parametrize("text", [
    "「LINE交換しませんか」「IDはあとで送ります」",  # a message of quotations only: warned, not passed
    "☐ 直接振込でお願いできませんか",
])
def test_a_list_of_quotations_or_a_checklist_line_sent_alone_is_warned(text):
    assert leakguard.scan(text).action.value == "warn"


PROPOSALS = {
    "a label naming the writer's ways": "連絡方法：「LINEでお願いします」「電話でも可」",
    "a label naming the writer's ways to pay": "お支払い方法：「銀行振込で」「PayPayで」",
    "terms quoted, then offered": "お支払いは「銀行振込」「PayPay」どちらでもOKです",
    "a term quoted in a request": "「直接振込」でお願いします",
    "asked to do it, くれないか": "手数料がかかるので直接振り込んでくれないか",
    "asked whether it can be done": "直接取引できないか相談したいです。",
    "does the other have LINE": "LINEやってないか？",
    "the writer's own plan": "直接振り込もうと思うので口座を教えてください",
    "a proposal with a volitional": "じゃあ直接取引しようよ",
    "people who would do it, sought": "PayPayで直接払ってくれる人を探しています",
    "an attempt, then the writer's request": "直接振り込もうとしたらエラーが出たので、口座番号を教えてください",
}


@pytest.mark.parametrize("text", PROPOSALS.values(), ids=PROPOSALS.keys())
def test_proposals_beside_these_forms_are_still_read(text):
    assert leakguard.scan(text).action.value != "allow"


# -- a value whose part is masked is an example: the readers must not join what is left ---------

MASKED = {
    "an at sign spelled after circles": "・LINEを言い換える：「緑のアプリ」「L」「線」\n・アットマークを言葉にする：「○○○あっとexample.com」",
    "an at sign spelled after crosses": "LINEの変形例\n記入例：××××アットマークgmail.com",
    "after full-width asterisks, beside a quoted letter": "・「L」「線」\n・「＊＊＊あっとmail.com」",
    "the middle of a number crossed out": "電話番号の書き方の例：090-××××-5678",
    "an ID's head hidden": "LINE ID：○○○○_88（マスク済み）",
    "a number hidden whole, then a request": "050-＊＊＊＊-＊＊＊＊ までお電話を、と書かれていました",
}


@pytest.mark.parametrize("text", MASKED.values(), ids=MASKED.keys())
def test_a_masked_value_is_no_value(text):
    found = [f.category for f in leakguard.scan(text).findings]
    assert not {"phone_number", "email_address", "line_id"} & set(found)


@pytest.mark.parametrize("text, category", [
    ("**090-1234-5678** までお電話ください", "phone_number"),  # markdown's bold is no mask
    ("●●090-1234-5678●●", "phone_number"),  # nor a decoration
    ("電話は〇九〇 一二三四 五六七八です", "phone_number"),  # 〇 is a kanji zero
    ("・「L」「線」\nメールはtaro_88あっとexample.comです", "email_address"),
    ("★★ LINE ID: hana_0722 ★★", "line_id"),
])
def test_values_beside_decorations_or_kanji_zeros_stay_found(text, category):
    assert category in {f.category for f in leakguard.scan(text).findings}


# -- a text that quotes messages about paying names the ways in its own sentences too -----------

DISCUSSES = {
    "a research note": (
        "調査メモ：個人間決済の誘い\n回答者の声（原文）：\n「出品者から『口座に直接入れてくれたら早く送る』と言われた」\n"
        "「ゆうちょに振り込んでほしいと何度も頼まれた」\n考察：直接振込に慣れている層ほど、被害に気づくのが遅れる。"),
    "a training quiz": (
        "研修クイズ　第3問\n次のメッセージが届きました。\n「PayPayで直接払ってもらえれば千円引きます」\n"
        "さて、直接払った後に商品が届かなかったら、どうなるでしょう？\n答え：サイトは取引を把握できず、返金もできません。"),
    "an explainer in English": (
        "Why we hold your money\nSome sellers write: \"Pay me on PayPal and skip the fee.\"\nOthers say \"I'll send my bank details.\"\n"
        "Payments made outside the app are not protected by our guarantee.\nUse the in-app checkout every time."),
}


@pytest.mark.parametrize("text", DISCUSSES.values(), ids=DISCUSSES.keys())
def test_a_way_named_without_a_request_in_a_text_quoting_such_messages_is_not_blocked(text):
    assert leakguard.scan(text).action.value != "block"


_NEWSLETTER = ("出品者通信 vol.31\n今月も運営に通報されたメッセージを紹介します。\nNG例：\n・「手数料がもったいないので直接振り込みます」\n"
               "・「PayPayで先に払いますね」\nこうした誘いには応じないでください。\n")


@pytest.mark.parametrize("own", [
    "ちなみに当店では常連さんとは直接取引にしています。",  # the writer's own arrangement
    "リピーターの方とは直接取引にしています。",
    "お代はPayPayで直接受け付けています。",
    "サイト外での決済も可能です。",
    "発送後の代金は現金書留で。",  # a request cut short
    "常連さんとは直接取引で。",
    "今後は直接振込でお願いします。",
    "次回からは直接取引。手数料分安くなります。",
])
def test_the_writers_own_way_after_such_quotes_stays_blocked(own):
    assert leakguard.scan(_NEWSLETTER + own).action.value == "block"


def test_quoted_reviews_make_no_text_about_payment_messages():
    text = ("■ショップ紹介\nハンドメイドのアクセサリーを作っています。\nお客様の声：「丁寧な梱包でした」\n"
            "「また買いたいです」と言っていただけて嬉しいです。\n常連さんとは直接取引にしています")
    assert leakguard.scan(text).action.value == "block"


@pytest.mark.parametrize("text", [
    "■ よくある質問\n・Q「LINEで連絡してもいい？」→ A「取引完了まではサイト内でお願いします」\n以上です。",
    "■ 勉強会メモ\nQ『PayPayで直接払ってもいいですか』→ A『規約違反です』\n以上です。",
])
def test_a_question_quoted_after_q_and_answered_is_a_mention(text):
    assert leakguard.scan(text).action.value == "allow"


def test_a_question_quoted_after_q_sent_alone_is_warned():
    assert leakguard.scan("Q「直接振込でいい？」").action.value == "warn"
