"""Issue #13: a phone number told group by group, with talk between the groups. The structure, not
the wording: a first group (a trunk prefix), then each later group handed over by a word of sequence
(あと, 次, その後, 続いて, 最後, 下4桁, then, after that) with the sender's description of the group
between (「私の誕生日の」「覚えやすい」「方な。」); a number shown up to a trailing dash and its rest
named after (「06-6543- までは同じで、最後の4桁が…」); a group to append (「…の後に87を足して」).
Wording written for these tests (not the blind rounds'); every class has hard negatives."""
import pytest

import leakguard


def _phones(text):
    return [f.value for f in leakguard.scan(text).findings if f.category == "phone_number"]


TOLD = [
    # groups in separate clauses, each described before it is given
    ("携帯は080から始まるやつです。そのあとは 3316、で最後に 7720 ね", "+818033167720"),
    ("番号言いますね。まず090、それから娘の誕生日と同じ 1204、最後に 6658 です", "+819012046658"),
    ("ケータイな、090や。ほんでその次が 5521 で、最後が 4408", "+819055214408"),
    ("my cell starts with 080, then comes 4471, and it ends with 2290", "+818044712290"),
    ("連絡先：090 のあとに、ポストの鍵と同じ 7713、そのあとに 2046 です", "+819077132046"),
    ("お店の番号は 06 で始まって、次は覚えやすい 6543、最後は 2100 です", "+81665432100"),
    ("携帯番号ですが、最初は 070 です。次の4桁は少し変わっていて 8830、最後が 1192 になります", "+817088301192"),
    ("電話番号は 090 です。それと 4471 です。あとは 2290 です。", "+819044712290"),
    # each group named after it by an arrow back at it
    ("090 ← 最初\n3381 ← 真ん中\n6620 ← 最後", "+819033816620"),
    ("電話: 6620 <- 下 / 080 <- 頭 / 3381 <- 次", "+818033816620"),
    # a number shown up to a trailing dash, its rest named after
    ("事務所の番号、06-6543- までは前と一緒で、最後の4桁が 7721 に変わりました。", "+81665437721"),
    ("携帯の番号 080-3312- のあとは 9054 です", "+818033129054"),
    ("店の電話は 045-210- までは同じで、下四桁だけ 8836 になってます", "+81452108836"),
    ("代表番号 092-481- ここまでは本社と同じで、末尾は 5530 です", "+81924815530"),
    # a group to append
    ("080-4412-90 の後に 87 を足してください", "+818044129087"),
    ("番号は 090-33-12 で、その後ろに 5567 をつけてね", "+819033125567"),
]


@pytest.mark.parametrize("text, value", TOLD)
def test_number_told_in_clauses(text, value):
    report = leakguard.scan(text)
    assert value in [f.value for f in report.findings if f.category == "phone_number"], report.findings


NOT_PHONES = [
    # the same structure for a labelled number
    "注文番号は 090 のあとに 1124、そのあとに 3857 です",
    "会員番号の頭は 080、次は 1124、最後は 3857 です",
    "型番 KX-0901 の次は 1124、最後は 3857 のモデルです",
    "受付番号 06-6543- までは同じで、最後の4桁が 7721 に変わりました",
    "品番の 090 ← 最初\n3381 ← 真ん中\n6620 ← 最後",
    "3000円 ← 最初の見積もり\n5000円 ← 次\n8000円 ← 最後",
    # amounts, counts, dates, times between sequence words
    "080から始まる番号からの着信は出ません。先月は 4420 円の請求、その後 1187 円でした",
    "電話の件、在庫は 090 系が 1124 個、そのあと 3857 個入荷します",
    "電話で話した通り、09/12 のあとに 11/24、最後に 3/8 に伺います",
    "電話予約は 09:30 から、次の枠は 11:24、最後は 18:57 です",
    # identifiers of other kinds
    "請求書の登録番号は T4010001234567 です。電話番号ではありません",
    "法人番号 4010001234567 の次に、JAN 4901234567894 を入れてください",
    "郵便番号は 150-0041 のあとに、番地の 3-12 を書いてください",
    # a first group, then a group sentences later about something else
    "電話は 090 の方にください。先日の見積もりの件ですが、そのあとの打ち合わせで 1124 件、最後に 3857 件と決まりました",
]


@pytest.mark.parametrize("text", NOT_PHONES)
def test_no_number_from_groups_of_other_things(text):
    assert not _phones(text), leakguard.scan(text).findings


# A number typed without its trunk 0, with the instruction to add it (「頭に0をつけて」「0抜きで」):
# the groups with a 0 before them are the number.
TRUNK_ZERO_LEFT_OFF = [
    ("電話は 90-4471-2290 です。頭に0をつけてください", "+819044712290"),
    ("携帯 80 3312 9054（最初の0は省略してます）", "+818033129054"),
    ("番号: 80-1234-5678 ※頭のゼロ抜きで書いてます", "+818012345678"),
    ("ケータイ 90-5521-0983、頭にゼロ足してかけてな", "+819055210983"),
    ("市外局番の0を取って書くと 3-6712-0098 です。お電話ください", "+81367120098"),
    ("call me on 90 4471 2290 (add a 0 at the front)", "+819044712290"),
    ("電話 七〇の一二三四の五六七八 です。先頭の〇を付けてください", "+817012345678"),
]


@pytest.mark.parametrize("text, value", TRUNK_ZERO_LEFT_OFF)
def test_number_without_its_trunk_zero(text, value):
    assert value in _phones(text), leakguard.scan(text).findings


NOT_TRUNK_ZERO = [
    "品番 90-4471-2290 は頭に0をつけて検索してください",
    "電話で言った部品、サイズは 90 mm、頭に0をつけて 090 と書くと型番になります",
    "電話で聞いた受付番号 80-1234-5678 は、頭に0をつけて入力してください",
    "電話の件：金額は 1,234 円です。頭に0をつけないで入力してください",
    "電話で言われた通り、日付は 8/12 で頭に0をつけて 08/12 にしました",
]


@pytest.mark.parametrize("text", NOT_TRUNK_ZERO)
def test_a_zero_added_to_what_is_no_number(text):
    assert not _phones(text), leakguard.scan(text).findings


# A number read down the first character of consecutive lines (an acrostic): each line opens with
# one digit in any script, the run validates as a number.
ACROSTICS = [
    ("今日の練習メモ\n0時まで起きてた\n9回素振りした\n0点からのスタート\n4本ダッシュ\n4周走った\n1人で帰った\n"
     "8時に寝る\n2日休み\n3日後に試合\n7番を背負う\n5分で準備", "+819044182375"),
    ("ご来店の皆さまへ\n０から始めた小さな店も\n７年目になりました\n０時まで灯りをともし\n１人ひとりのお客さまと\n"
     "２人三脚で歩んできました\n３月には新作も\n５つ並べます\n６時からの朝営業も\n８名さままで\n９月まで続けます\n４季を通じてよろしく",
     "+817012356894"),
    ("縦読みしてね\n〇時に起きて\n八時間働いて\n〇になるまで頑張って\n五月の風が好き\n二人で笑った\n"
     "六本木で会おう\n七回目の春\n三日坊主でも\n一人じゃない\n九州に帰りたい\n四季はめぐる", "+818052673194"),
    ("  0時の空を見上げて\n  3つの願いを書いた\n  5月の雨の中で\n  8年前の約束\n  2人で見た海\n"
     "  1つだけ叶うなら\n  4月に会いたい\n  7色の虹を\n  6月に待つ\n  9時に電話して", "+81358214769"),
]


@pytest.mark.parametrize("text, value", ACROSTICS)
def test_number_read_down_the_lines(text, value):
    assert value in _phones(text), leakguard.scan(text).findings


NOT_ACROSTICS = [
    # a numbered list, a timetable, a count per day: digits that open lines and count something
    "手順です\n0. 電源を切る\n1. カバーを外す\n2. ネジを外す\n3. 基板を抜く\n4. 清掃する\n5. 基板を戻す\n"
    "6. ネジを締める\n7. カバーを付ける\n8. 電源を入れる\n9. 動作確認",
    "当日の流れ\n09:00 集合\n09:30 受付\n10:00 開会\n11:00 講演\n12:00 昼食\n13:00 分科会\n14:00 休憩\n"
    "15:00 発表\n16:00 閉会\n17:00 撤収",
    "0時 消灯\n1時 見回り\n2時 見回り\n3時 見回り\n4時 見回り\n5時 起床準備\n6時 起床\n7時 朝食\n8時 出発\n9時 到着",
    # too few lines for a number
    "0時に寝て\n8時に起きて\n0分で支度して\n9時に出社",
]


@pytest.mark.parametrize("text", NOT_ACROSTICS)
def test_lines_that_open_with_digits_are_no_number(text):
    assert not _phones(text), leakguard.scan(text).findings
