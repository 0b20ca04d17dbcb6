"""Round-6 false alarms by class (issues #13, #14): code the message quotes, addresses at domains
reserved for examples, date ranges read as phone numbers. Each class has hard negatives that must
stay quiet and positives that share its shape and must still be found."""
import pytest

import leakguard
from leakguard.detectors import code_context
from leakguard.lexicon import load_table


def _values(text: str, category: str) -> list:
    return [f.value for f in leakguard.scan(text).findings if f.category == category]


# -- code spans, fenced blocks and JSON values: the code's or the test data's ------------------------
CODE_NEGATIVES = [
    # backtick spans in a review of a validation rule
    ("email_address", "テストケースは `foo@example.com`、`foo+bar@example.co.jp` の2つを追加済みです。"),
    ("email_address", "正規表現は `local@domain.tld` の形だけチェックする方針でいいですか？"),
    ("email_address", "`admin@shop-sample.com` だとドメイン部分にハイフンが入るケースも通るか確認お願いします。"),
    ("email_address", "The validator rejects `john.doe@mail.co.uk` when the TLD has two parts, can you check?"),
    # fenced blocks and JSON test data
    ("email_address", "テスト用のダミーデータはこの形式で作ってください。\n\n```json\n"
                      '{"name": "山田 太郎", "email": "taro@example.com"}\n```\n実在しそうな値は使わないようお願いします。'),
    ("email_address", "seedはこれで入れました。\n```\nUser.create(email: 'kenta.dev@gmail.com', role: 'admin')\n```"),
    ("email_address", 'レスポンスは {"id": 12, "mail": "hana.k@yahoo.co.jp"} の形で返ってきます。'),
    ("line_id", "LINE IDの入力欄のバリデーションはこれでどうでしょう。\n\n```js\nconst LINE_ID = /^[a-z0-9._-]{4,20}$/;\n```\n"
                "大文字は入力時に小文字へ変換します。"),
    ("line_id", "LINE IDのカラムは `line_user_01` みたいなテスト値で埋めておきました。"),
    ("phone_number", "電話番号のテストは `090-1234-5678` と `03-1234-5678` の両方で通りました。"),
]


@pytest.mark.parametrize("category,text", CODE_NEGATIVES)
def test_values_in_quoted_code_are_not_given(category, text):
    assert _values(text, category) == []


CODE_POSITIVES = [
    # the prose of the sentence gives the value as the writer's own or asks that it be used
    ("email_address", "私のアドレス `taro.k@gmail.com` に送ってください。", "taro.k@gmail.com"),
    ("email_address", "資料はこちらに送ってください → `mika.design@outlook.jp`", "mika.design@outlook.jp"),
    ("email_address", "my email is `ken.smith88@gmail.com`, contact me there", "ken.smith88@gmail.com"),
    ("email_address", "私の連絡先です。\n```\nsato.rin22@icloud.com\n```", "sato.rin22@icloud.com"),
    # the same addresses with no code around them
    ("email_address", "テストが終わったら taro.k@gmail.com に結果をください", "taro.k@gmail.com"),
    ("line_id", "LINE IDは `kuma_2525` です、追加してください", "kuma_2525"),
    # an unpaired backtick quotes nothing
    ("email_address", "`の記号は無視してください。連絡は hiro.t77@gmail.com までお願いします", "hiro.t77@gmail.com"),
]


@pytest.mark.parametrize("category,text,value", CODE_POSITIVES)
def test_values_given_around_code_stay_found(category, text, value):
    assert value in _values(text, category)


# -- domains reserved for examples (RFC 2606/6761) in templates and test data --------------------
RESERVED_NEGATIVES = [
    "予約確認メールのテンプレートです。\n件名：【ご予約確認】{{shop_name}}\n差出人：noreply@example.com\n本文：{{name}}様",
    "自動返信の雛形を作りました。From: support@example.co.jp で送信されます。",
    "バリデーションの確認用に user1@mail.example.jp を使いました。",
    "ダミーの顧客として hanako@example.net を10件登録しています",
    "fixtures: the test case logs in as qa.bot@example.org before each run",
]


@pytest.mark.parametrize("text", RESERVED_NEGATIVES)
def test_reserved_example_domains_in_templates_and_test_data_are_data(text):
    assert _values(text, "email_address") == []


RESERVED_POSITIVES = [
    # fictional chat addresses at example domains, with no template or test data talked about
    ("池田さん、こんにちは。t.yamada@example.com これ私のアドレスです", "t.yamada@example.com"),
    ("詳しい資料をお送りしますので、dev_kobayashi@mail.example.comまでご連絡ください。", "dev_kobayashi@mail.example.com"),
    # a template talked about, but the writer's own address asked to be used
    ("テンプレートは後で送ります。私のアドレス rina_68@example.co.jp に返信ください", "rina_68@example.co.jp"),
    # a domain that only starts like a reserved one is somebody's
    ("テンプレートの件、連絡は taro@example-hotel.co.jp の担当までお願いします", "taro@example-hotel.co.jp"),
]


@pytest.mark.parametrize("text,value", RESERVED_POSITIVES)
def test_addresses_at_reserved_domains_given_in_chat_stay_found(text, value):
    assert value in _values(text, "email_address")


# -- date ranges: a month and a day are no trunk prefix ------------------------------------------
DATE_NEGATIVES = [
    "契約期間は 2025/04/01〜2025/09/30 の6か月でお願いします。",
    "募集期間：2019/03/10〜2019/12/31",
    "掲載は2025.04.01-2025.09.30です",
    "対象期間 2024-01-05〜2024-03-31 の売上を集計してください",
    "2023/01/20から2023/02/28まで休業します",
]


@pytest.mark.parametrize("text", DATE_NEGATIVES)
def test_date_ranges_are_not_phone_numbers(text):
    assert _values(text, "phone_number") == []


DATE_POSITIVES = [
    ("2025/04/01 090-1234-5678に電話ください", "+819012345678"),
    ("2025/04/01〜090-3471-8256", "+819034718256"),
    ("締切は2025/04/01、連絡は03-5678-1234まで", "+81356781234"),
    ("2024/01/20 0120-444-444", "+81120444444"),
    ("受付 2025/04/01-2025/09/30 TEL 0120-250-930", "+81120250930"),
]


@pytest.mark.parametrize("text,value", DATE_POSITIVES)
def test_a_phone_number_after_a_date_stays_found(text, value):
    assert value in _values(text, "phone_number")


def test_quoted_code_cues_are_a_valid_lexicon():
    rows = load_table(code_context.CUES_FILE, columns=("term", "kind"))
    assert {row[1] for row in rows} == {"own", "invite", "frame", "placeholder"}
    assert "domain.com" in code_context.placeholder_domains()
    assert code_context._cues()["frame"].search("テンプレート")


FENCED_OWN = [
    # the line before the block points at it, a comment in it, or the line after it claims it
    ("package.jsonにも入れてありますが、急ぎの件はこちらに直接どうぞ。\n\n```json\n\"author\": {\n"
     "  \"email\": \"ren.okabe.works@outlook.jp\"\n}\n```", "ren.okabe.works@outlook.jp"),
    ("監視設定を追加しました。\n\n```yaml\nalert:\n  to: hs.naka.dev@gmail.com  # 私の個人アドレスです\n```",
     "hs.naka.dev@gmail.com"),
    ("```\nkana.works@icloud.com\n```\nこれが私の連絡先です", "kana.works@icloud.com"),
]


@pytest.mark.parametrize("text,value", FENCED_OWN)
def test_an_address_in_a_block_the_writer_claims_stays_found(text, value):
    assert value in _values(text, "email_address")


# -- intent: refusals that quote the proposal, the platform's procedure, job topics -----------------
QUIET_INTENT = [
    # a proposal thanked for and declined after a cushion clause, or in the next sentence
    "直接契約のご提案ありがとうございます。大変ありがたいのですが、本サイト経由でのみお受けしておりますので、お断りさせてください。",
    "直接取引のお話ありがとうございます。せっかくですが、規約で禁止されているのでお受けできません。",
    "Zoomでのお打ち合わせのご提案ありがとうございます。恐れ入りますが、本サイトのビデオ通話機能でお願いできますでしょうか。",
    "LINE交換のお誘いありがとう！ごめんね、規約で禁止されてるからここで話そう",
    "LINE交換のお話ありがとうございます。申し訳ありませんが、規約で禁止されておりますのでこちらでお願いします。",
    # outside tools only once the platform has approved them
    "運営への外部連絡ツール利用申請が承認され次第、Slackのゲスト招待をお送りします。それまではこちらのメッセージ機能でお願いします。",
    "契約後はChatworkを使う予定ですが、IDは外部連絡申請が承認されてからシステム経由で共有させてください。",
    # a refusal of the channel as its topic, in dialect
    "電話は勘弁してけろ。耳が遠いもんで、ここさ書いてもらえば読むはんで",
    "LINEだけは勘弁してください、ここでお願いします",
    # contact kinds as columns, headers and data to process
    "顧客データ（電話番号・メールアドレス列を含む）はSHA-256でハッシュ化してから共有いただけますか。",
    "電話番号・メールアドレス列を削除したCSVをください",
    "インポート用CSVのヘッダーは「氏名,メールアドレス,電話番号,LINE ID,登録日」の順で作成してください。",
    # the channel tells a kind of shop apart; the thing asked for is the item
    "電話で注文するタイプの通販のカタログ、まとめて譲っていただけませんか？",
    "LINEで予約する形式のお店なので、予約はご自身でお願いします",
    # the marketplace's own deferred payment; payment services as the material of bookkeeping
    "メルペイのあと払いで購入しても大丈夫ですか？",
    "メルペイスマート払いで買ってもいいですか",
    "PayPalとStripeの入金明細を会計ソフトに取り込む作業です。決済手数料は支払手数料で計上してください。",
    "PayPayの取引明細をCSVで出して、会計ソフトに入れてください",
    # a code span names a tag, not a channel
    "X（旧Twitter）でOGP画像が表示されない件、`twitter:card` を `summary_large_image` にしたら直りました。",
]


@pytest.mark.parametrize("text", QUIET_INTENT)
def test_round6_innocent_messages_stay_quiet(text):
    assert leakguard.scan(text).findings == ()


STILL_FLAGGED = [
    # the same shapes proposing the move
    ("直接契約のご提案ありがとうございます。大変ありがたいのですが、直接振込でお願いできますか？", "off_platform_payment"),
    ("直接契約のご提案ありがとうございます。嬉しいのですが、手数料もかかるので直接やりましょう！", "off_platform_payment"),
    ("ご提案ありがとうございます。大変ありがたいのですが、次回から直接お振込みいただけますか？", "off_platform_payment"),
    ("Zoomでのお打ち合わせのご提案ありがとうございます。ぜひZoomでお願いします。", "external_contact"),
    ("Zoomのご提案ありがとうございます。恐れ入りますが、Google Meetでもよろしいでしょうか。", "external_contact"),
    ("勘弁してよ〜、電話してくれればすぐ出るのに", "external_contact"),
    ("電話・メールアドレスどちらでも連絡ください", "external_contact"),
    ("電話番号とメールアドレスを教えてください", "external_contact"),
    ("電話で話す時間をください", "external_contact"),
    ("電話で注文してください", "external_contact"),
    ("メルペイで直接送金してもらえますか？", "off_platform_payment"),
    ("手数料がもったいないので、PayPalで直接お支払いいただけますか？入金明細はこちらで会計ソフトに入れます", "off_platform_payment"),
    ("PayPalで払ってもらえれば、会計ソフトに取り込むのも楽です", "off_platform_payment"),
    ("Xは @taro_dev です、DMください", "external_contact"),
    ("`LINE` で連絡してください", "external_contact"),
]


@pytest.mark.parametrize("text,category", STILL_FLAGGED)
def test_round6_proposals_in_the_same_shapes_stay_flagged(text, category):
    assert category in {f.category for f in leakguard.scan(text).findings}


@pytest.mark.parametrize("text", ["Xは @taro_dev です", "Xは `@taro_dev` です"])
def test_a_handle_given_next_to_code_stays_a_handle(text):
    assert [(f.value, f.kind) for f in leakguard.scan(text).findings if f.category == "external_contact"] == [("x", "handle")]


# -- quoted source text in a message about translating ---------------------------------------------
SOURCE_NEGATIVES = [
    '翻訳対象の原文に "Contact us on WhatsApp or email support@example-hotel.com" という一文がありますが、'
    'アドレスはそのまま残してよろしいでしょうか。',
    "原文：「お問い合わせは info@sakura-ryokan.jp まで」→ 訳文：「Please contact info@sakura-ryokan.jp」でよいですか",
    'Please translate this: "For bookings email hello@kyoto-stay.jp"',
]


@pytest.mark.parametrize("text", SOURCE_NEGATIVES)
def test_an_address_in_the_text_to_translate_is_the_texts(text):
    assert _values(text, "email_address") == []


SOURCE_POSITIVES = [
    # a value set off alone in brackets, asked to be used, or outside the quote
    ("翻訳は終わりました。メアドは「taro.k@gmail.com」です", "taro.k@gmail.com"),
    ("翻訳は終わりました。質問があれば「taro.k@gmail.com」までご連絡ください", "taro.k@gmail.com"),
    ("英訳の件、私のアドレス「hana.k88@gmail.com」に送ってください", "hana.k88@gmail.com"),
    ("翻訳します。連絡先は taro.k@gmail.com です", "taro.k@gmail.com"),
]


@pytest.mark.parametrize("text,value", SOURCE_POSITIVES)
def test_an_address_given_around_a_translation_stays_found(text, value):
    assert value in _values(text, "email_address")


# -- placeholder domains: a format, not anybody's address ------------------------------------------
PLACEHOLDER_NEGATIVES = [
    "メールアドレスの正規表現は local@domain.tld の形だけチェックする方針でいいですか？",
    "バリデーションは name@yourdomain.com で通ることを確認しました",
    "hoge@hoge.com で登録テストしました",
    "The form accepts user@company.tld but rejects user@localhost",
]


@pytest.mark.parametrize("text", PLACEHOLDER_NEGATIVES)
def test_addresses_at_placeholder_domains_are_formats(text):
    assert _values(text, "email_address") == []


PLACEHOLDER_POSITIVES = [
    ("私のアドレスは taro@mydomain.com です、こちらに送ってください", "taro@mydomain.com"),
    ("連絡は taro@domain-works.com までお願いします", "taro@domain-works.com"),
    ("hoge.fan88@gmail.com に送ってください", "hoge.fan88@gmail.com"),
]


@pytest.mark.parametrize("text,value", PLACEHOLDER_POSITIVES)
def test_addresses_that_only_look_like_placeholders_stay_found(text, value):
    assert value in _values(text, "email_address")


# -- markup: a channel's name in a tag's attributes is the markup's --------------------------------
@pytest.mark.parametrize("text", [
    '<meta name="twitter:card" content="summary_large_image"> を追加しました',
    "X（旧Twitter）でOGP画像が表示されない件、<meta name='twitter:image' content='/ogp.png'> を直しました",
])
def test_channel_names_in_markup_attributes_are_markup(text):
    assert [f for f in leakguard.scan(text).findings if f.category == "external_contact"] == []


@pytest.mark.parametrize("text,category", [
    ("<LINE: taro_88> で追加して", "line_id"),  # brackets without attributes are no tag
    ('私のXです <a href="https://x.com/taro_dev">@taro_dev</a> フォローしてDMください', "external_contact"),
    ('<a href="mailto:info@shop-sample.jp">お問い合わせ</a> のタグをフッターに入れました', "email_address"),
])
def test_values_around_markup_stay_found(text, category):
    assert category in {f.category for f in leakguard.scan(text).findings}


def test_an_address_in_a_contact_card_in_a_block_stays_found():
    text = ("vCardを貼っておきます、連絡先アプリに取り込んでください。\n```\nBEGIN:VCARD\nFN:Haruto Ishikawa\n"
            "EMAIL:haruto.ishi@gmail.com\nEND:VCARD\n```")
    assert "haruto.ishi@gmail.com" in _values(text, "email_address")


def test_a_contact_card_block_is_a_card_even_without_words_around_it():
    text = "```\nBEGIN:VCARD\nFN:Haruto Ishikawa\nEMAIL:haruto.ishi@gmail.com\nEND:VCARD\n```"
    assert "haruto.ishi@gmail.com" in _values(text, "email_address")
