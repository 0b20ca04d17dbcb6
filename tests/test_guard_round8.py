"""Guard, issue #13: split classes round-8's conversations missed or joined wrongly, each with hard
negatives. Wording written for these tests in other settings (round-8 is a dev set; the next blind
round is not)."""
import pytest

from leakguard import Guard

from split_conversations import completed as _completed


# An example a form, a guide or the asker shows ("例：", "例に", "見本は", "例えば" closing the
# message, "e.g.", "placeholder"): its pieces are no one's identifier.
EXAMPLES = [
    ["予約フォームの電話欄、例に「080」", "「1111-2222」って入ってるんですが消していいですか"],
    ["登録画面の見本は『090』", "『0000-1234』なんですけど"],
    ["メール欄が（例：hanako）", "「@example.ne.jp」になってて分かりにくいです"],
    ["IDってどういう形ですか？たとえば", "「tanaka」", "「_farm」みたいな？"],
    ["入力欄の下に 例) 070", "2345-6789 とありますが任意ですか"],
    ["The form says e.g. 090", "1234-5678, do I have to fill it?"],
    ["There's a placeholder like sato", "@mail.example.com in the box"],
    ["申込書の記入見本に「taro」", "「@sample.jp」ってありました"],
]


@pytest.mark.parametrize("messages", EXAMPLES)
def test_example_data_is_not_combined(messages):
    assert _completed(messages) == set()


# The same pieces with no example word still join; 「例の件」「事例」 name no example of a format.
STILL_JOINED = [
    (["例の件、電話で話しましょう。090-4417の", "2286です"], "phone_number", "+819044172286"),
    (["事例の写真送ります。番号は080-6621", "3318"], "phone_number", "+818066213318"),
    (["例によって携帯で。070-3911", "5520です"], "phone_number", "+817039115520"),
    (["メールは hanako.kiyo", "@example.ne.jp です"], "email_address", "hanako.kiyo@example.ne.jp"),
]


@pytest.mark.parametrize("messages, category, value", STILL_JOINED)
def test_no_example_word_still_joins(messages, category, value):
    assert (category, value) in _completed(messages)


# English: a refusal of LINE, or a word and its full stop before a new capitalised sentence, is talk.
ENGLISH_NEGATIVES = [
    ["Sorry, I can't share LINE or my number here. It's the rule.", "Let's meet at Gate 3, 10:40"],
    ["We don't use LINE for bookings, only this chat.", "Thanks for understanding"],
    ["Please add me on LINE later, I will be at the station.", "See you at 9 then"],
    ["My LINE is broken today.", "Tomorrow works better"],
    ["I'm not allowed to exchange LINE with guests.", "Hope that's ok"],
]


@pytest.mark.parametrize("messages", ENGLISH_NEGATIVES)
def test_english_sentences_are_not_joined(messages):
    assert not any(c == "line_id" for c, _ in _completed(messages))


ENGLISH_POSITIVES = [
    (["my LINE ID is", "kyoto_walk22"], "line_id", "kyoto_walk22"),
    (["LINE:", "sakura.guide"], "line_id", "sakura.guide"),
]


@pytest.mark.parametrize("messages, category, value", ENGLISH_POSITIVES)
def test_english_line_ids_still_join(messages, category, value):
    assert (category, value) in _completed(messages)


# A landline's area code given by its town: the town before or after 局番/市外, or alone right after
# the sender said the number is a landline; the groups read out with の.
TOWNS = [
    (["りんごの件は家の電話が確実です", "佐久の局番で", "62の4418です"], "+81267624418"),
    (["会社の方の固定電話は", "市外は横浜の", "その後が 531-2276 です"], "+81455312276"),
    (["工房は固定電話だけなんです", "浜松です", "453-2211 にお願いします"], "+81534532211"),
    (["うちの店の電話は", "金沢の局番です", "231-4455"], "+81762314455"),
    (["家電でよければ", "市外局番は仙台のやつで", "264-7788"], "+81222647788"),
    (["固定は松本の", "32-1188 です"], "+81263321188"),
    (["事務所の電話、市外は静岡", "254の3311です"], "+81542543311"),
]


@pytest.mark.parametrize("messages, value", TOWNS)
def test_town_names_give_the_area_code(messages, value):
    assert ("phone_number", value) in _completed(messages)


TOWN_NEGATIVES = [
    ["電話で話しましょう", "大阪の梅田で待ち合わせ", "12時です"],
    ["固定電話しかないので", "松山の道後温泉の近くです", "3の1200円のコースで"],
    ["家の電話は解約しました", "金沢の", "21日に伺います"],
    ["局番は知らないです", "静岡のお茶を", "2の3000円で"],
]


@pytest.mark.parametrize("messages", TOWN_NEGATIVES)
def test_towns_in_talk_give_no_number(messages):
    assert not any(c == "phone_number" for c, _ in _completed(messages))


def test_a_mobile_after_a_town_stays_the_mobile():
    got = _completed(["固定電話しかないので", "山口の", "090-1234-5678です"])
    assert not any(c == "phone_number" and v.startswith("+8183") for c, v in got)


# The words after a group that say where the number stands (「までが頭です」「までです」), that a group
# is the usual one (「090の部分は一緒で」「080のところは同じです」), and a filler alone between
# groups (「の、えーと」「あのー」「うーん」): the chain goes on.
GOES_ON = [
    (["080-6621までが頭です", "3318"], "+818066213318"),
    (["070-3912までです", "5520"], "+817039125520"),
    (["頭から言うと 090-4417までが前半", "2286"], "+819044172286"),
    (["090の部分は一緒で", "3327", "8190 です"], "+819033278190"),
    (["080のところは同じです", "5512-9034"], "+818055129034"),
    (["はい、080", "の、えーと", "9153 2640 です"], "+818091532640"),
    (["070-2231", "あのー", "5508"], "+817022315508"),
    (["090-6634", "うーん、なんだっけ", "3321"], "+819066343321"),
]


@pytest.mark.parametrize("messages, value", GOES_ON)
def test_group_closing_words_and_fillers_keep_the_chain(messages, value):
    assert ("phone_number", value) in _completed(messages)


GOES_ON_NEGATIVES = [
    ["10日までが受付です", "3318個あります"],
    ["5月20日までです", "1200円で"],
    ["サイズは23の部分は一緒で", "色違いが2つ"],
    ["12時まで", "えーと", "3人で伺います"],
    ["価格は同じで", "4400円です"],
]


@pytest.mark.parametrize("messages", GOES_ON_NEGATIVES)
def test_dates_amounts_and_sizes_are_not_joined(messages):
    assert not any(c == "phone_number" for c, _ in _completed(messages))


# An ID spelled a character at a time, with commas, middle dots or spaces, over several messages:
# the spelled runs are one ID.
SPELLED_RUNS = [
    (["LINEのIDです", "b・i・k・e", "y・a・_・t・o・m・o"], "bikeya_tomo"),
    (["ラインIDいいますね", "n、o、k、a", "_、f、a、r、m"], "noka_farm"),
    (["LINE ID教えます", "s a k u", "r a _ 0 8"], "sakura_08"),
    (["my LINE ID:", "k, e, n, t", "_, g, u, i, d, e"], "kent_guide"),
    (["ライン交換いいですか", "IDが K O U", "J I _ M A", "E D A です"], "kouji_maeda"),
    (["らいんのIDは", "ｍ・ｉ・ｋ・ａ", "ｎ・＿・７・７"], "mikan_77"),
]


@pytest.mark.parametrize("messages, value", SPELLED_RUNS)
def test_ids_spelled_a_character_at_a_time_are_joined(messages, value):
    assert ("line_id", value) in _completed(messages)


SPELLED_NEGATIVES = [
    ["LINEで送ります", "サイズはS、M、Lです"],
    ["LINEの交換は無理です", "A、B、Cのどれにしますか"],
    ["LINEで写真送りました", "a・b・c の3枚です"],
    ["ラインのスタンプかわいい", "w w w"],
    ["LINE IDは", "教えられません", "A、B、Cプランから選んでください"],
]


@pytest.mark.parametrize("messages", SPELLED_NEGATIVES)
def test_letters_in_talk_are_no_line_id(messages):
    assert not any(c == "line_id" for c, _ in _completed(messages))


# A full stop sent alone between the two sides of an ID is its dot.
DOT_ALONE = [
    (["らいんのID、あいだに点がはいります", "yuki", ".", "kaisou_77"], "line_id", "yuki.kaisou_77"),
    (["LINE IDは", "hana", "．", "farm_22"], "line_id", "hana.farm_22"),
    (["my LINE id", "kenji", ".", "guide88"], "line_id", "kenji.guide88"),
    (["メールは taro", ".", "yamada@example.com"], "email_address", "taro.yamada@example.com"),
]


@pytest.mark.parametrize("messages, category, value", DOT_ALONE)
def test_a_dot_alone_joins_the_sides_of_an_id(messages, category, value):
    assert (category, value) in _completed(messages)


DOT_NEGATIVES = [
    ["LINEで連絡します", "see you", ".", "tomorrow"],
    ["LINEやってます", "はい", ".", "了解"],
    ["LINE IDは", "ok", ".", "thanks"],
    ["ラインで話そう", "sure", "．", "later"],
]


@pytest.mark.parametrize("messages", DOT_NEGATIVES)
def test_a_dot_between_words_of_talk_joins_nothing(messages):
    assert not any(c == "line_id" for c, _ in _completed(messages))


def test_the_dot_alone_blocks_nothing_yet():
    guard = Guard()
    for text in ("LINE IDは", "yuki"):
        guard.check(text, conversation=("r", "s"))
    assert not guard.check(".", conversation=("r", "s")).findings


# A correction of a number whose first groups were kept as one reading (「090-2231の」 then 「5507」).
CORRECTED = [
    (["090-2231の", "5507", "さっきの違った、最後は8です。5508"], "+819022315508"),
    (["080-6634の", "1190", "すみません違いました、1199です"], "+818066341199"),
    (["電話は090-4417の", "2286", "あ、間違えた。最後は2268"], "+819044172268"),
    (["090-3327の", "8190", "sorry, typo: 8191"], "+819033278191"),
]


@pytest.mark.parametrize("messages, value", CORRECTED)
def test_a_correction_replaces_a_group_of_a_reading(messages, value):
    assert ("phone_number", value) in _completed(messages)


CORRECTED_NEGATIVES = [
    ["090-2231の", "5507", "すみません、明日は3時で"],
    ["090-2231の", "5507", "さっきの違った、5個ください"],
]


@pytest.mark.parametrize("messages", CORRECTED_NEGATIVES)
def test_talk_after_a_number_corrects_nothing(messages):
    values = {v for c, v in _completed(messages) if c == "phone_number"}
    assert values <= {"+819022315507"}
