"""Guard, issue #13: split classes round-9's conversations missed — groups named by their place and
given out of order, a group sent after talk that answers the other side, a typo taken back by naming
the wrong piece in a longer sentence — each with hard negatives. Every conversation is
written for these tests (fictional), in other settings and wordings than the dev rows."""
import pytest

from split_conversations import completed, completed_in

PHONE = "phone_number"

# -- groups named by their place, the later places first -----------------------------------------
PLACED_OUT_OF_ORDER = [
    (["折り返しはこちらに。末尾が6621です", "最初が090、真ん中は3318です"], "+819033186621"),
    (["真ん中の4桁は7702", "頭が080で、下4桁は1945"], "+818077021945"),
    (["お尻の4つは3390ね", "あたま070、中が5128"], "+817051283390"),
    (["ラストは0427", "先頭は090、二つ目が6613"], "+819066130427"),
    (["the last four are 8830", "first 090, middle 2716"], "+819027168830"),
    (["後半は9921です", "前半が080-4410"], "+818044109921"),
    (["真ん中が5820", "最後が1174", "頭は070です"], "+817058201174"),
    # the spoken 「まえ」「なか」「うしろ」
    (["なかは7731", "まえは090、うしろ1186"], "+819077311186"),
    # a landline: the exchange (市内局番) and the area code (市外局番) named
    (["店の番号です、市内局番は231", "市外局番が045で、下は8864"], "+81452318864"),
    (["下4桁は5071です", "市外局番06、その次が6231"], "+81662315071"),
]


@pytest.mark.parametrize("messages, value", PLACED_OUT_OF_ORDER)
def test_groups_named_by_place_join_in_the_order_they_name(messages, value):
    assert (PHONE, value) in completed(messages)


def test_groups_named_by_place_with_the_other_side_between():
    turns = [("A", 0, "うしろの4桁は2275"), ("B", 1, "はい"), ("A", 1, "頭は080、真ん中4906")]
    assert (PHONE, "+818049062275") in completed_in(turns)


@pytest.mark.parametrize("messages", [
    ["部屋番号の下4桁は1203", "頭は090、真ん中は4411"],        # a labelled number's groups
    ["会員番号の真ん中は4432", "頭は080、最後は1190"],
    ["最後は1500円です", "最初が090で真ん中が2211"],            # an amount
    ["真ん中の席は12番", "頭は090、最後は5519"],                # a seat: first and last make no number
    ["郵便番号の下4桁は0031", "頭は080、真ん中は6612"],          # a postcode
    ["最後は18時に出ます", "最初は090、真ん中が3318"],           # a time
    ["なかなか3000は厳しいです", "まえは090、うしろ1186"],        # 「なかなか」 names no place
    ["車のナンバー、下4桁は8812", "頭は080、真ん中は4337"],        # a licence plate
    ["暗証番号の最後は2275", "頭は080、真ん中4906"],              # a PIN
    ["最後の4桁は2275", "ところで明日は10時に伺います", "頭は080、真ん中4906"],  # talk between ends the chain
])
def test_places_of_other_numbers_join_nothing(messages):
    assert not any(c == PHONE for c, _ in completed(messages))


def test_places_from_two_senders_join_nothing():
    turns = [("B", 0, "下4桁は6621です"), ("A", 1, "最初が090、真ん中は3318です")]
    assert not completed_in(turns)


# -- a group sent after talk that answers the other side ----------------------------------------
ANSWERED_BETWEEN = [
    [("A", 0, "念のため私の携帯、070"), ("B", 1, "奥さまの番号ですか？"), ("A", 1, "いえ、私のです。4518"), ("A", 2, "2093")],
    [("A", 0, "配達の人に伝えてほしい番号です 090"), ("B", 1, "日中もつながりますか"),
     ("A", 2, "はい、平日もつながります、6637"), ("A", 2, "1120です")],
    [("A", 0, "080"), ("B", 0, "どなたの？"), ("A", 1, "現場の担当者の、3315"), ("A", 1, "7702")],
    [("A", 0, "my cell is 090"), ("B", 1, "for texts too?"), ("A", 1, "yes texts are fine. 5521"), ("A", 2, "8834")],
    [("A", 0, "連絡先 080"), ("B", 1, "何時まで大丈夫ですか"), ("A", 2, "21時までは出られます。4410"), ("A", 2, "6627です")],
    [("A", 0, "緊急時はこっちに、070"), ("B", 1, "了解、続けてどうぞ"), ("A", 1, "うん、2281"), ("A", 2, "0364")],
]
ANSWERED_VALUES = ["+817045182093", "+819066371120", "+818033157702", "+819055218834", "+818044106627",
                   "+817022810364"]


@pytest.mark.parametrize("turns, value", list(zip(ANSWERED_BETWEEN, ANSWERED_VALUES)))
def test_a_group_after_an_answer_goes_on_with_the_number(turns, value):
    assert (PHONE, value) in completed_in(turns)


@pytest.mark.parametrize("turns", [
    # an hour between the opening group and the talk: two things
    [("A", 0, "番号 090"), ("B", 1, "はい"), ("A", 45, "いえ、明日の件です。4518"), ("A", 45, "2093")],
    # the group after the answer is labelled: an order number, a stock count, a room
    [("A", 0, "080"), ("B", 1, "どれですか？"), ("A", 1, "はい、注文番号は2214"), ("A", 2, "3301")],
    [("A", 0, "070"), ("B", 1, "何個ありますか？"), ("A", 1, "在庫は、2214"), ("A", 2, "3301")],
    [("A", 0, "090"), ("B", 1, "どこ？"), ("A", 1, "部屋は、1203"), ("A", 2, "号室です")],
    # an amount, a year
    [("A", 0, "080"), ("B", 1, "いくら？"), ("A", 1, "えっと、4500円"), ("A", 2, "2200")],
    [("A", 0, "090"), ("B", 1, "いつの？"), ("A", 1, "たしか、2019年の"), ("A", 2, "5521")],
    # the other sender's digits never go on with A's
    [("A", 0, "090"), ("B", 1, "いえ私のです、8123"), ("B", 1, "5547")],
])
def test_talk_and_groups_that_make_no_number(turns):
    assert not any(c == PHONE for c, _ in completed_in(turns))


@pytest.mark.parametrize("turns", [
    # the group is the value of a topic the talk names, with or without a comma
    [("A", 0, "市外局番は大阪と同じです"), ("A", 1, "部屋は 4398"), ("A", 1, "1276")],
    [("A", 0, "090"), ("B", 1, "どこ？"), ("A", 1, "ロッカーは、4518"), ("A", 2, "2093")],
    [("A", 0, "070"), ("B", 1, "パスは？"), ("A", 1, "暗証番号も、4518"), ("A", 2, "2093")],
])
def test_a_group_that_a_topic_names_goes_on_with_nothing(turns):
    assert not any(c == PHONE for c, _ in completed_in(turns))
# -- a typo taken back by naming the wrong piece, in a longer sentence ----------------------------
TYPO_TAKEN_BACK = [
    (["LINEで送ります", "IDはkoji_mornig7", "すみません、mornigじゃなくてmorningです。朝のmorning"], "line_id", "koji_morning7"),
    (["ラインのID送るね", "yuu_gardn", "gardnじゃなくてgarden、打ち間違い"], "line_id", "yuu_garden"),
    (["LINE id is", "mika_phto22", "oops not phto but photo, sorry"], "line_id", "mika_photo22"),
    (["LINE IDは", "ren.fihser", "fihserではなくfisherでした、すみません。釣りのfisher"], "line_id", "ren.fisher"),
    (["ＬＩＮＥのＩＤは", "ｍａｋｉ＿ｃａｔ３", "ごめん、ｃａｔじゃなくてｃａｔｓです。猫たちのｃａｔｓ"], "line_id", "maki_cats3"),
    (["メールは taka.hasi", "@gmail.com", "ごめん、hasiじゃなくてhashiです、橋のhashi"], "email_address", "taka.hashi@gmail.com"),
    (["LINEは", "hiro_bike5", "あ、最後5じゃなくて8です。8"], "line_id", "hiro_bike8"),
]


@pytest.mark.parametrize("messages, category, value", TYPO_TAKEN_BACK)
def test_a_typo_named_and_taken_back(messages, category, value):
    assert (category, value) in completed(messages)


@pytest.mark.parametrize("messages, kept", [
    (["LINE IDは", "yuu_gardn", "庭じゃなくてベランダです"], "yuu_gardn"),
    (["LINE IDは", "mika_photo22", "photoじゃなくてvideoを送ってほしいです"], "mika_photo22"),
    (["LINE IDは", "hiro_bike5", "5時じゃなくて8時でお願いします"], "hiro_bike5"),
    (["LINE IDは", "sora_blue3", "blueじゃなくてredのほうが好きかな、色は"], "sora_blue3"),
    (["LINE IDは", "ken_55", "5じゃなくて6個ほしいです"], "ken_55"),             # a quantity
    (["ラインIDは", "yuu_gardn", "gardenじゃなくてgardnで合ってます"], "yuu_gardn"),  # the right piece is not in it
])
def test_words_that_correct_something_else(messages, kept):
    assert {v for _, v in completed(messages)} == {kept}


def test_a_typo_named_by_the_other_sender_changes_nothing():
    turns = [("A", 0, "LINEのIDは"), ("A", 0, "rui_snaek4"), ("B", 1, "snaekじゃなくてsneakですよね？")]
    assert completed_in(turns) == {("line_id", "rui_snaek4")}


# -- the host first, the local part named by its side of the @ after it ---------------------------
HOST_FIRST = [
    (["@yahoo.co.jp", "その前は mami_77"], "mami_77@yahoo.co.jp"),
    (["hotmail.com です", "アットの前は sato.h2"], "sato.h2@hotmail.com"),
    (["my address ends in @gmail.com", "before the @ is dan.lee7"], "dan.lee7@gmail.com"),
    (["ドメインから言うね、icloud.com", "で、@の前が nana.t21"], "nana.t21@icloud.com"),
    (["outlook.jp", "の前にアットマーク", "その前に kei_wood3"], "kei_wood3@outlook.jp"),
    (["docomo.ne.jp", "の前に@が入って", "aki-2525 です"], "aki-2525@docomo.ne.jp"),
    (["ezweb.ne.jp", "の前にアットで、その前が", "ryo.t_77"], "ryo.t_77@ezweb.ne.jp"),
]


@pytest.mark.parametrize("messages, value", HOST_FIRST)
def test_the_host_first_then_what_goes_before_the_at(messages, value):
    assert ("email_address", value) in completed(messages)


@pytest.mark.parametrize("turns", [
    [("A", 0, "yahoo.co.jp"), ("A", 1, "その前は 12時に着きます")],                   # a time
    [("B", 0, "hotmail.com です"), ("A", 1, "アットの前は sato.h2")],                 # two senders
    [("A", 0, "example.com"), ("A", 1, "アットの前は test.user")],                   # example data
    [("A", 0, "gmail.com"), ("A", 1, "の前にラインで話しましょう")],                   # no local part
    [("A", 0, "hotmail.com です"), ("A", 50, "その前は ren.k3 を使ってました")],        # an hour later
    [("A", 0, "gmail.com です"), ("A", 1, "その前はyahooでした")],                     # the provider used before
    [("A", 0, "icloud.com"), ("A", 1, "その前は 2019年ごろまで使ってました")],          # a year
])
def test_a_host_and_words_that_make_no_address(turns):
    assert not any(c == "email_address" for c, _ in completed_in(turns))


# -- a rule for the value first (「苗字のローマ字に誕生日4桁」), then its pieces ---------------------------
RULE_THEN_PIECES = [
    (["メールはGmailで、名前のローマ字と生まれた年です", "ueda", "1988"], "email_address", "ueda1988@gmail.com"),
    (["yahooのアドレスで、苗字のローマ字＋電話の下4桁です", "そうです、kimura", "で、5521"], "email_address",
     "kimura5521@yahoo.co.jp"),
    (["my gmail is my first name plus my birth year", "liam", "1992"], "email_address", "liam1992@gmail.com"),
    (["アドレスは名字のローマ字に誕生日4桁、ドコモです", "tanaka", "0315"], "email_address", "tanaka0315@docomo.ne.jp"),
    (["メアドは苗字のローマ字に誕生日の4桁です", "saito", "1120", "gmailね"], "email_address", "saito1120@gmail.com"),
    (["LINEのIDは下の名前のローマ字＋数字3桁です", "はい、kenta", "707"], "line_id", "kenta707"),
]


@pytest.mark.parametrize("messages, category, value", RULE_THEN_PIECES)
def test_a_rule_then_the_pieces_it_names(messages, category, value):
    assert (category, value) in completed(messages)


@pytest.mark.parametrize("messages", [
    ["Gmailで、名前のローマ字と生まれた年です", "ueda", "明日は1988円で出品します"],    # an amount, no piece
    ["苗字のローマ字に誕生日4桁で予約してます", "tanaka", "0315"],                  # a booking name, no mail or ID
    ["Gmailは名前のローマ字と誕生日です", "ueda", "ところで明日は雨ですね", "1988"],    # talk ends the chain
    ["名前のローマ字＋誕生日で登録してね、gmailで", "ueda", "そういえば部屋は1203"],    # a topic's number
    ["gmailで、お名前と番号を書いてください", "ueda", "1988"],                      # a request, no rule
])
def test_a_rule_and_words_that_are_no_pieces(messages):
    assert not any(v.startswith("ueda1") or v.startswith("tanaka0") for _, v in completed(messages))


# -- the local part typed again whole after a typo, the host named before ------------------------
RESENT_WHOLE = [
    (["yahooです", "ta", "kahshi.m", "ごめん打ち間違えた、takahashi.m が正しいです"], "takahashi.m@yahoo.co.jp"),
    (["メールはicloudで", "sa.kur", "すみません、sakura.k でした"], "sakura.k@icloud.com"),
    (["gmail.com のアドレスで", "yama_da", "訂正です、yamada_k2 です"], "yamada_k2@gmail.com"),
    (["hotmailです", "jon.smth", "sorry, typo: jon.smith is right"], "jon.smith@hotmail.com"),
]


@pytest.mark.parametrize("messages, value", RESENT_WHOLE)
def test_the_local_part_typed_again_after_a_typo(messages, value):
    assert ("email_address", value) in completed(messages)


@pytest.mark.parametrize("messages", [
    ["gmailです", "taro.k", "すみません、明日は無理です"],
    ["gmailです", "taro.k", "すみません、photo.jpg が正しいファイルです"],      # a file name
    ["gmailです", "taro.k", "すみません、hanako.s でした、妹のほうです"],       # nothing like the part before
])
def test_words_after_an_apology_that_retype_no_part(messages):
    assert {v for _, v in completed(messages)} <= {"taro.k@gmail.com"}


# -- the opening group sent plain, the later places named out of order ----------------------------
OPENING_THEN_PLACES = [
    (["070です", "最後が1188", "真ん中は6203"], "+817062031188"),
    (["携帯は090", "下4桁は7745", "間が3382です"], "+819033827745"),
    (["my number starts 080", "last four 6610", "middle 2290"], "+818022906610"),
    (["080です", "末尾は4471", "すみません、その前が2093です"], "+818020934471"),
    (["番号 080", "5521", "あ、真ん中は5512でした", "最後は0937"], "+818055120937"),
]


@pytest.mark.parametrize("messages, value", OPENING_THEN_PLACES)
def test_an_opening_group_then_places_named_out_of_order(messages, value):
    assert (PHONE, value) in completed(messages)


@pytest.mark.parametrize("messages", [
    ["070です", "最後が1188", "注文番号の真ん中は6203"],          # a labelled number's group
    ["部屋番号は080", "最後が1188", "真ん中は6203"],              # a labelled opening
    ["080です", "ところで明日は晴れですね", "最後が1188", "真ん中は6203"],  # talk between
    ["1500円です", "最後が1188", "真ん中は6203"],                # no opening group
])
def test_places_without_an_opening_group_make_no_number(messages):
    assert not any(v.endswith(("62031188", "11886203")) for _, v in completed(messages))
