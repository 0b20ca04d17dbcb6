"""Guard, issue #13: split classes round-11's conversations missed, each with hard negatives. Every
conversation is written for these tests (fictional), in other settings and wordings than the dev rows:
the other sender's questions between the pieces, quoted back in a reply; a piece followed by a check
(「いい？」) or an end mark (「以上です」); readings in half-width kana; talk about letter case."""
import pytest

from split_conversations import completed, completed_in

PHONE, EMAIL, LINE = "phone_number", "email_address", "line_id"


# -- a reply that quotes the other sender's question above its piece ------------------------------
# (chat apps quote the message replied to on lines of its own, 「> …」; those lines are the other
# sender's words, never a part of this one's value)
QUOTED = [
    [("A", 0, "連絡先の電話、080から言いますね"), ("B", 1, "はい、続きは？"), ("A", 1, "> はい、続きは？\n4471"),
     ("B", 2, "最後は？"), ("A", 2, "> 最後は？\n2093です")],
    [("A", 0, "携帯は090-3318"), ("B", 1, "後ろ4つは？"), ("A", 1, "＞後ろ4つは？\n6027")],
    [("A", 0, "電話番号の頭は070"), ("B", 1, "次お願いします"), ("A", 1, ">次お願いします\n>\n5512"),
     ("B", 1, "ラストは"), ("A", 2, ">ラストは\n8840 だよ")],
    [("A", 0, "call me, it starts 080"), ("B", 1, "and then?"), ("A", 1, "> and then?\n6612"),
     ("B", 1, "last four?"), ("A", 2, "> last four?\n0937")],
    [("A", 0, "メールはこちら nao.tsuji"), ("B", 1, "@の後は？"), ("A", 1, "> @の後は？\n@gmail.com")],
    [("A", 0, "ラインID送ります momo_"), ("B", 1, "続きは？"), ("A", 1, "> 続きは？\nbakery22")],
]
QUOTED_VALUES = [(PHONE, "+818044712093"), (PHONE, "+819033186027"), (PHONE, "+817055128840"),
                 (PHONE, "+818066120937"), (EMAIL, "nao.tsuji@gmail.com"), (LINE, "momo_bakery22")]


@pytest.mark.parametrize("turns, value", list(zip(QUOTED, QUOTED_VALUES)))
def test_a_piece_under_a_quoted_question_joins(turns, value):
    assert value in completed_in(turns)


@pytest.mark.parametrize("turns", [
    # the quote holds the other sender's digits: they are no part of this sender's number
    [("B", 0, "090-1234の方ですか？"), ("A", 1, "> 090-1234の方ですか？\nいいえ違います"), ("A", 2, "5678")],
    [("A", 0, "注文番号は090"), ("B", 1, "> 注文番号は090\n5521ですか？"), ("A", 1, "> 5521ですか？\nいえ、3300です")],
    # a quote, then talk: nothing to join
    [("A", 0, "080"), ("B", 1, "何時に来ますか"), ("A", 1, "> 何時に来ますか\n14時30分ごろです")],
    [("A", 0, "部屋は203"), ("B", 1, "駐車場は？"), ("A", 1, "> 駐車場は？\n15番です")],
])
def test_quoted_lines_join_nothing_of_their_own(turns):
    assert not {v for v in completed_in(turns) if v[0] == PHONE}


# -- a piece followed by a check or an end mark ----------------------------------------------------
CHECKED = [
    ["電話番号、口で言うね", "ゼロハチゼロ、いい？", "ニーサンヨンゴ", "ロクナナハチキュウ"],
    ["番号いいますね", "090、大丈夫ですか？", "1134", "5529です。以上です"],
    ["携帯を読み上げます", "ゼロナナゼロ、メモできました？", "イチイチニーニー、ここまでOK？", "サンサンヨンヨン。以上！"],
    ["電話番号", "080 ok?", "4412 ok?", "9003"],
    ["今から番号言うので控えてください", "〇九〇、よろしいですか", "五五一二", "八八四〇、以上になります"],
    ["電話の番号送ります", "070です。大丈夫？", "3321です。ついてきてる？", "0098です。これで全部です"],
    ["携帯番号です", "ぜろきゅうぜろ、書けた？", "よんよんさんさん", "にーにーいちいち、おしまい"],
]
CHECKED_VALUES = [(PHONE, "+818023456789"), (PHONE, "+819011345529"), (PHONE, "+817011223344"),
                  (PHONE, "+818044129003"), (PHONE, "+819055128840"), (PHONE, "+817033210098"),
                  (PHONE, "+819044332211")]


@pytest.mark.parametrize("messages, value", list(zip(CHECKED, CHECKED_VALUES)))
def test_a_piece_followed_by_a_check_joins(messages, value):
    assert value in completed(messages)


@pytest.mark.parametrize("messages", [
    ["090、いい？", "明日は10時に集合ね", "持ち物は3つ"],                      # talk after the check
    ["5000円でいいですか？", "送料は800、大丈夫？", "合計5800です。以上です"],  # prices
    ["部屋は203、いい？", "駐車場は15番", "以上です"],                          # a room and a space
    ["集合は9時、大丈夫？", "解散は17時30分", "以上！"],                        # times
    ["サイズは27、OK?", "色は3番", "数量1で以上です"],                          # an order
])
def test_checked_numbers_of_other_kinds_join_nothing(messages):
    assert not {v for v in completed(messages) if v[0] == PHONE}


# -- readings in half-width kana -------------------------------------------------------------------
HALFWIDTH = [
    (["お電話番号です。ｾﾞﾛｷｭｳｾﾞﾛ", "ﾆｰｻﾝﾖﾝｺﾞ", "ﾛｸﾅﾅﾊﾁｷｭｳ"], (PHONE, "+819023456789")),
    (["携帯", "ｾﾞﾛﾅﾅｾﾞﾛ", "ｲﾁｲﾁﾆｰﾆｰ", "ｻﾝｻﾝﾖﾝﾖﾝ"], (PHONE, "+817011223344")),
    (["TELです", "ｾﾞﾛﾊﾁｾﾞﾛ-ｺﾞｺﾞｲﾁﾆｰ", "ﾊﾁﾊﾁﾖﾝｾﾞﾛです"], (PHONE, "+818055128840")),
    (["電話して", "ﾏﾙｷｭｰﾏﾙ", "ﾖﾝﾖﾝｻﾝｻﾝ", "ﾆｰﾆｰｲﾁｲﾁ"], (PHONE, "+819044332211")),
    (["番号は", "ｾﾞﾛ ﾊﾁ ｾﾞﾛ", "ｲﾁ ﾆｰ ｻﾝ ﾖﾝ", "ｺﾞｰ ﾛｸ ﾅﾅ ﾊﾁ"], (PHONE, "+818012345678")),
    # no cue word the chain could open on: the reading itself opens it
    (["承知しました。こちらです。ｾﾞﾛｷｭｳｾﾞﾛ", "ﾆｰｻﾝﾖﾝｺﾞ", "ﾛｸﾅﾅﾊﾁｷｭｳ"], (PHONE, "+819023456789")),
    (["控えてください ｾﾞﾛﾊﾁｾﾞﾛ", "ｲﾁｲﾁﾆｰﾆｰ", "ｻﾝｻﾝﾖﾝﾖﾝ"], (PHONE, "+818011223344")),
    (["ｾﾞﾛﾅﾅｾﾞﾛ", "ｺﾞｰｺﾞｰｲﾁﾆｰ", "ﾊﾁﾊﾁﾖﾝｾﾞﾛ"], (PHONE, "+817055128840")),
    (["番号をお伝えします。ｾﾞﾛｷｭｰｾﾞﾛ", "ﾖﾝﾖﾝｻﾝｻﾝ", "ﾆｰﾆｰｲﾁｲﾁです"], (PHONE, "+819044332211")),
]


@pytest.mark.parametrize("messages, value", HALFWIDTH)
def test_half_width_kana_readings_join(messages, value):
    assert value in completed(messages)


@pytest.mark.parametrize("messages", [
    ["ｺﾝﾆﾁﾊ", "ｱﾘｶﾞﾄｳｺﾞｻﾞｲﾏｽ", "ﾖﾛｼｸｵﾈｶﾞｲｼﾏｽ"],                   # greetings
    ["ｻﾝｷｭｰ", "ﾊﾁﾐﾂﾚﾓﾝ", "ｺﾞﾏﾄﾞﾚｯｼﾝｸﾞ"],                        # words that begin with digit readings
    ["ｾﾞﾛｶﾛﾘｰ", "ﾆｰﾄ", "ｲﾁｺﾞ"],
])
def test_half_width_kana_talk_joins_nothing(messages):
    assert not completed(messages)


# -- talk about letter case between the pieces -------------------------------------------------------
CASED = [
    [("A", 0, "LINE交換しよ。IDはSAKU"), ("B", 1, "大文字？"), ("A", 1, "全部小文字で、ra_1120")],
    [("A", 0, "ラインのIDの最初はKOU"), ("B", 1, "大文字ですか？"), ("A", 1, "いえ小文字です、続けてtaro77")],
    [("A", 0, "メールは Mika.Ono"), ("B", 1, "Is it capitalised?"), ("A", 1, "all lowercase, then @outlook.jp")],
    [("A", 0, "LINE ID: HANA."), ("B", 1, "大文字？小文字？"), ("A", 1, "小文字のhana.、それにmidori")],
    [("A", 0, "ラインで送って。IDはREN"), ("B", 1, "ren?"), ("A", 1, "そう、全部小文字。あとに_0909")],
    [("A", 0, "LINEならIDはYUZU-"), ("B", 1, "大文字？"), ("A", 1, "ちっちゃい字で大丈夫です、cafe3")],
    [("A", 0, "ラインID教えます。NAO"), ("B", 1, "?"), ("A", 1, "大文字でも小文字でもいけます、続きは.kitchen")],
]
CASED_VALUES = [(LINE, "sakura_1120"), (LINE, "koutaro77"), (EMAIL, "mika.ono@outlook.jp"),
                (LINE, "hana.midori"), (LINE, "ren_0909"), (LINE, "yuzu-cafe3"), (LINE, "nao.kitchen")]


@pytest.mark.parametrize("turns, value", list(zip(CASED, CASED_VALUES)))
def test_a_piece_after_talk_about_letter_case_joins(turns, value):
    found = {(c, v.lower()) for c, v in completed_in(turns)}
    assert value in found


@pytest.mark.parametrize("turns", [
    # case talk about a word, not an ID; then a number
    [("A", 0, "タイトルはHELLO"), ("B", 1, "大文字？"), ("A", 1, "全部小文字で、3回目の投稿です")],
    [("A", 0, "ブランドはABC"), ("B", 1, "大文字？"), ("A", 1, "小文字です、サイズは27")],
    [("A", 0, "パスワードはAbc"), ("B", 1, "大文字？"), ("A", 1, "小文字で、123です")],
])
def test_talk_about_letter_case_joins_nothing_else(turns):
    assert not completed_in(turns)



# -- the host first, then the part that goes before it ---------------------------------------------
HOST_FIRST = [
    (["@icloud.com の前に", "pianist.rei をつけて送ってね"], (EMAIL, "pianist.rei@icloud.com")),
    (["@gmail.comの前に", "taro.k88 を付けてください"], (EMAIL, "taro.k88@gmail.com")),
    (["ドメインは@docomo.ne.jp、その前が", "mika_0808 です"], (EMAIL, "mika_0808@docomo.ne.jp")),
    (["@outlook.jp の前は", "kenta-run"], (EMAIL, "kenta-run@outlook.jp")),
    (["アドレスの後ろ半分は @yahoo.co.jp", "前は hiro55 です"], (EMAIL, "hiro55@yahoo.co.jp")),
    (["@ezweb.ne.jpの前に入るのが", "sakura.n7"], (EMAIL, "sakura.n7@ezweb.ne.jp")),
]


@pytest.mark.parametrize("messages, value", HOST_FIRST)
def test_the_part_before_a_host_given_first_joins(messages, value):
    assert value in completed(messages)


@pytest.mark.parametrize("messages", [
    ["@gmail.comの前に", "一度お電話ください"],                   # talk, not a part
    ["@icloud.com の前に", "ご相談ですが", "明日は空いてますか"],
    ["@yahoo.co.jpのアドレスは使ってません", "hello"],             # a refusal, a greeting
])
def test_talk_after_a_host_joins_nothing(messages):
    assert not completed(messages)


# -- the sender points to where to send, then gives the address in parts --------------------------
# (「こちらにお願いします」 answers 「図面を送りたい」: what follows is where to send it)
POINTED = [
    (["ファイルはこちらまでお願いします。aki", ".design", "@", "yahoo.co.jp"], (EMAIL, "aki.design@yahoo.co.jp")),
    (["では以下にお送りください。kenta", "_works", "@", "outlook.com"], (EMAIL, "kenta_works@outlook.com")),
    (["データはこちらへどうぞ hiro", ".photo", "@icloud.com"], (EMAIL, "hiro.photo@icloud.com")),
    (["ここにお願いします→ saki", ".m", "@", "gmail.com"], (EMAIL, "saki.m@gmail.com")),
    (["見積もりはこちらに頂ければ。mori", "-office", "@", "nifty.com"], (EMAIL, "mori-office@nifty.com")),
    (["写真は下記までお願いいたします。chiba", ".koumuten", "@", "docomo.ne.jp"], (EMAIL, "chiba.koumuten@docomo.ne.jp")),
]


@pytest.mark.parametrize("messages, value", POINTED)
def test_an_address_given_in_parts_after_where_to_send_joins(messages, value):
    assert value in completed(messages)


@pytest.mark.parametrize("messages", [
    ["こちらにお願いします。ok", "thanks", "bye"],                              # talk in English
    ["レビューはこちらにお願いします。star", "5", "よろしく"],                  # a rating
    ["お支払いはこちらまでお願いします。paypay", "で", "お願いします"],          # a payment means, no address
    ["ここにお願いします。hello", ".", "see you"],
])
def test_talk_after_where_to_send_joins_nothing(messages):
    assert not {v for v in completed(messages) if v[0] == EMAIL}


# -- a local part given in several pieces, then its host named -------------------------------------
# (every piece before the host is the local part's: taking the first alone is a wrong address)
LOCAL_IN_PIECES = [
    (["メアド教えるね", "ユーザー名は taro", "続けて 1985", "ドメインは gmail.com"], (EMAIL, "taro1985@gmail.com")),
    (["メールで送ります", "前半は kana", "次が 0312", "@の後ろは icloud.com"], (EMAIL, "kana0312@icloud.com")),
    (["アドレスです", "yuki", "88", "@より後ろは yahoo.co.jp"], (EMAIL, "yuki88@yahoo.co.jp")),
    (["メールアドレス言います", "最初 s・o・r・a", "次 2・0・0・1", "で、ドメインは outlook.jp"], (EMAIL, "sora2001@outlook.jp")),
    (["my email, ok?", "first part is mika", "then _art", "domain is gmail.com"], (EMAIL, "mika_art@gmail.com")),
    (["メアドね", "アカウント名 ken", "ドット", "sato", "ドメインは docomo.ne.jp"], (EMAIL, "ken.sato@docomo.ne.jp")),
]


@pytest.mark.parametrize("messages, value", LOCAL_IN_PIECES)
def test_a_local_part_in_pieces_joins_whole_with_its_host(messages, value):
    assert value in completed(messages)


@pytest.mark.parametrize("messages, wrong", [
    (["メアド教えるね", "ユーザー名は taro", "ちなみに年齢は 1985 年生まれ", "ドメインは gmail.com"], "taro1985@gmail.com"),
    (["メールで", "前半は kana", "明日 10時に", "@の後ろは icloud.com"], "kana10@icloud.com"),
    (["メールで", "前半は kana", "明日 10時に", "@の後ろは icloud.com"], "kana@icloud.com"),
])
def test_talk_between_the_pieces_is_no_part_of_the_local_part(messages, wrong):
    assert (EMAIL, wrong) not in completed(messages)


def test_a_piece_from_the_other_sender_is_no_part_of_the_local_part():
    turns = [("A", 0, "メアド教えるね"), ("A", 0, "ユーザー名は taro"), ("B", 1, "1985"), ("A", 1, "ドメインは gmail.com")]
    assert (EMAIL, "taro1985@gmail.com") not in completed_in(turns)


# -- what turns.piece_of gives Guard -----------------------------------------------------------------
@pytest.mark.parametrize("text, piece", [
    ("> 最後は？\n2093です", "2093です"),                 # the quote passed over
    ("090、いい？", "090"),                               # the check cut
    ("5529です。以上です", "5529"),
    ("全部小文字で、ra_1120", "ra_1120"),                  # the case talk passed over
    ("かわいい？", "かわいい？"),                          # no separator before いい: no check
    ("5000円でいいですか？", "5000円でいいですか？"),
    ("> 引用だけ", "> 引用だけ"),                          # a message all quote is read as typed
    ("明日から言います", "明日から言います"),              # から after no piece
])
def test_piece_of_cuts_only_the_turn_around_a_piece(text, piece):
    from leakguard.turns import piece_of

    offset, got = piece_of(text)
    assert got == piece and text[offset:offset + len(got)] == got


def test_a_completion_under_a_quote_is_reported_on_its_own_span():
    from leakguard import Guard

    guard = Guard()
    guard.check("電話は 080-4471", conversation="k")
    text = "> 続きは？\n2093です"
    report = guard.check(text, conversation="k")
    phone = [f for f in report.findings if f.category == PHONE]
    assert phone and all(text[f.start:f.end] == f.text and f.start >= text.index("2093") for f in phone)


# -- the other side repeats a piece back, the sender confirms it and goes on ------------------------
# (the repeat is the other sender's and joins nothing; the sender's 「はい」「合ってます」 opens the next piece)
CONFIRMED = [
    [("A", 0, "電話、ゼロハチゼロ"), ("B", 1, "ゼロハチゼロ"), ("A", 1, "はい。イチニーサンヨン"), ("B", 2, "イチニーサンヨン"),
     ("A", 2, "合ってます。ゴーロクナナハチ")],
    [("A", 0, "携帯は080"), ("B", 1, "080-"), ("A", 1, "うん、で3321"), ("B", 1, "3321"), ("A", 2, "OK、ラスト0098")],
    [("A", 0, "番号を読みます、〇九〇"), ("B", 1, "〇九〇ですね"), ("A", 1, "その通りです、四四七一"), ("B", 2, "四四七一"),
     ("A", 2, "正解、二〇九三")],
    [("A", 0, "my number starts 080"), ("B", 1, "080"), ("A", 1, "correct. 6612"), ("B", 1, "6612?"), ("A", 2, "yes! 0937")],
    [("A", 0, "LINEのIDは yuzu"), ("B", 1, "yuzu ですね"), ("A", 1, "ばっちりです、_cafe3")],
    [("A", 0, "電話番号は090です"), ("B", 1, "090、はい"), ("A", 1, "あってる！ 5521"), ("B", 2, "5521"), ("A", 2, "おけ、3087")],
]
CONFIRMED_VALUES = [(PHONE, "+818012345678"), (PHONE, "+818033210098"), (PHONE, "+819044712093"),
                    (PHONE, "+818066120937"), (LINE, "yuzu_cafe3"), (PHONE, "+819055213087")]


@pytest.mark.parametrize("turns, value", list(zip(CONFIRMED, CONFIRMED_VALUES)))
def test_a_piece_after_confirming_a_repeat_joins(turns, value):
    assert value in completed_in(turns)


@pytest.mark.parametrize("turns", [
    # a confirmation, then talk with a number: a time, a price, a room
    [("A", 0, "携帯は080"), ("B", 1, "080ですね"), ("A", 1, "はい、明日は10時30分に伺います")],
    [("A", 0, "電話は090"), ("B", 1, "090"), ("A", 1, "合ってます。料金は5500円です")],
    [("A", 0, "部屋は203"), ("B", 1, "203ですね"), ("A", 1, "そうです、駐車場は15番")],
    # the other sender's repeat of a number alone completes nothing for the sender
    [("B", 0, "090"), ("B", 0, "4471"), ("A", 1, "はい、2093")],
])
def test_a_confirmation_then_talk_joins_nothing(turns):
    assert not {v for v in completed_in(turns) if v[0] == PHONE}


@pytest.mark.parametrize("text, piece", [
    ("うん、.photo", ".photo"),            # the dot opens the piece: not passed over with the answer
    ("全部小文字で、.nagi", ".nagi"),
    ("correct. 6612", "6612"),
])
def test_an_opening_answer_leaves_the_dot_of_the_piece(text, piece):
    from leakguard.turns import piece_of

    assert piece_of(text)[1] == piece
