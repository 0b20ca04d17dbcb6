"""The fragment assembler (issue #13 part 1): identifiers given in parts within one message and
across one sender's messages, validated, scored below whole ones; the hard negatives stay out."""
import json
from pathlib import Path

import pytest

import leakguard
from leakguard import fragments
from leakguard.detectors import default_detectors
from leakguard.fragments import (DIGITS, DOMAIN, FIRST, LAST, MIDDLE, SEP, WORD, Reading, SplitIdentifierDetector,
                                 assemble, read, trace)

IDENTIFIERS = {"phone_number", "email_address", "line_id"}


def _values(text, category):
    return [f.value for f in leakguard.scan(text).findings if f.category == category]


# -- reading a message --------------------------------------------------------------------

def test_read_collects_parts_roles_and_cues():
    r = read("最初は090、最後が5678、真ん中1234")
    assert [(f.kind, f.value, f.role) for f in r.fragments] == [
        (DIGITS, "090", FIRST), (DIGITS, "5678", LAST), (DIGITS, "1234", MIDDLE)]
    r = read("taro、ドット、yamada、アットマーク、gmail、ドット、com")
    assert [(f.kind, f.value) for f in r.fragments] == [
        (WORD, "taro"), (SEP, "."), (WORD, "yamada"), (SEP, "@"), (WORD, "gmail"), (SEP, "."), (WORD, "com")]
    r = read("ドメインはgmail.comで、アットマークの前はtaro.yamada")   # 「アットマークの前」 names a side
    assert [(f.kind, f.value, f.role) for f in r.fragments] == [(DOMAIN, "gmail.com", "host"), (WORD, "taro.yamada", "local")]
    assert read("LINEのIDはtaroと1234をアンダーバーでつないで").cues == {"line", "id", "join"}
    assert [f.value for f in read("〇九〇").fragments] == ["090"]          # kanji digits, any length
    assert [f.value for f in read("０３").fragments] == ["03"]             # full-width


@pytest.mark.parametrize("text", [
    "お見積りは15,000円です", "¥5,000", "納期は12/25です", "10:30に伺います", "注文番号 0312345", "678個",
    "数量：78", "予約番号 09012", "合計 08,000円", "1月23日まで",
])
def test_amounts_dates_quantities_and_labelled_numbers_are_not_parts(text):
    assert not [f for f in read(text).fragments if f.kind == DIGITS]


def test_plain_talk_is_not_even_normalized_and_leaves_no_trace():
    reading = read("こんにちは、今日は暑いですね")
    assert reading.view is None and reading.empty
    assert trace(reading, 0.0) is None
    assert trace(read("了解です、よろしくお願いします"), 0.0) is None
    assert trace(read("パスワードはkiwi7749です"), 0.0) is None      # never kept, even its parts
    assert trace(read("pw: kiwi7749"), 0.0) is None


def test_a_trace_keeps_the_closing_parts_and_cue_flags_only():
    t = trace(read("住所は港区芝公園、電話は 090-"), 5.0)
    assert t.time == 5.0 and t.cues == {"phone"}
    # the part, the closing run as typed (for the detectors to read again joined to what follows)
    # and its digits read to ASCII (for groups given in any script)
    assert [(f.kind, f.value, f.start, f.end) for f in t.tail] == [
        (DIGITS, "090", 0, 0), ("raw", "090-", 0, 0), ("numeral", "090", 0, 0)]
    assert not t.whole
    assert trace(read("1234-"), 6.0).whole
    # A part in the middle of talk is no part of a split: nothing to keep but the cue.
    assert trace(read("IDはtaro_77 かな"), 0.0).tail == ()


def test_read_refuses_other_types():
    with pytest.raises(TypeError, match="str"):
        read(b"090")


# -- within one message (the registered detector) --------------------------------------------

WITHIN = [
    # positional clauses, any order
    ("最初は090、最後が5678、真ん中1234", "phone_number", "+819012345678"),
    ("最初は090、真ん中は1234、最後は5678です", "phone_number", "+819012345678"),
    ("下4桁は5678、頭は090、真ん中が1234", "phone_number", "+819012345678"),
    # groups joined by words or by punctuation that is not a dash
    ("090と1234と5678に電話ください", "phone_number", "+819012345678"),
    ("番号は03と1234と5678です", "phone_number", "+81312345678"),
    ("090／1234／5678", "phone_number", "+819012345678"),
    ("090 | 1234 | 5678", "phone_number", "+819012345678"),
    # e-mail: local part and domain in separate clauses, either order
    ("ユーザー名はtaro.yamada、ドメインはgmail.com", "email_address", "taro.yamada@gmail.com"),
    ("ドメインはgmail.comで、アットマークの前はtaro.yamada", "email_address", "taro.yamada@gmail.com"),
    ("@の前はhanako_k、@の後ろはyahoo.co.jpです", "email_address", "hanako_k@yahoo.co.jp"),
    # e-mail spelled out piece by piece
    ("taro、ドット、yamada、アットマーク、gmail、ドット、com", "email_address", "taro.yamada@gmail.com"),
    ("taro ドット yamada アット gmail ドット com", "email_address", "taro.yamada@gmail.com"),
    # LINE ID in parts, with words that say how to join them
    ("LINEのIDはtaroと1234をアンダーバーでつないだものです", "line_id", "taro_1234"),
    ("LINE IDは前半がtaro、後半が_1234", "line_id", "taro_1234"),
    ("ラインはhanako、ハイフン、55", "line_id", "hanako-55"),
    # positions named the way area codes and sequences are told: 市外局番/局番, 続いて, その前, あと
    ("事務所の市外局番は045、局番が712、その後が3390になります", "phone_number", "+81457123390"),
    ("店の番号、市外局番が06で局番6633、あと1208です", "phone_number", "+81666331208"),
    ("頭が080です。続いて3317、最後に2046です", "phone_number", "+818033172046"),
    ("末尾は2046で、その前は3317、いちばん前が080", "phone_number", "+818033172046"),
    ("はじめの3けたは070、次の4つは5521、そのあと4つ9083", "phone_number", "+817055219083"),
    # a named part with the groups that belong to it (「の」 or a dash), and an unnamed leading 0-run
    ("前半は070の55、後半は21の9083になります", "phone_number", "+817055219083"),
    ("080-3317までは名刺と同じで、残りが2046です", "phone_number", "+818033172046"),
    # quoted groups listed with 「と」
    ("代表は「03」と「5402」と「7718」をつないだ番号です", "phone_number", "+81354027718"),
    ("携帯は最後の四桁が4471、その前が2093、頭が090です", "phone_number", "+819020934471"),
    # a mobile prefix read out in a mix of scripts, then the other groups read out
    ("番号は頭がゼロきゅうゼロで次がにーさんよんろく最後がななはちきゅういちです", "phone_number", "+819023467891"),
    # in English, with words inside the clause
    ("my cell: first part is 080, the middle is 6120, last four are 3357", "phone_number", "+818061203357"),
    ("last 4 digits 3357, starts with 080, then 6120", "phone_number", "+818061203357"),
    ("user name: park.jiwoo / domain: daum.net, thanks", "email_address", "park.jiwoo@daum.net"),
    ("username is sara.lind and the domain is telia.se", "email_address", "sara.lind@telia.se"),
    ("@の後ろは outlook.jp、前は kenji.m_72 です", "email_address", "kenji.m_72@outlook.jp"),
]


@pytest.mark.parametrize("text, category, value", WITHIN)
def test_parts_joined_within_one_message(text, category, value):
    report = leakguard.scan(text)
    found = [f for f in report.findings if f.category == category and f.value == value]
    assert len(found) == 1, report.findings
    assert report.action == "block"
    f = found[0]
    assert text[f.start:f.end] == f.text


def test_a_joined_value_scores_below_the_same_value_written_whole():
    whole = {f.category: f.score for text in ("090-1234-5678", "taro.yamada@gmail.com", "LINE ID: taro_1234")
             for f in leakguard.scan(text).findings}
    for text, category, value in WITHIN:
        for f in leakguard.scan(text).findings:
            if f.value == value and "分けて" in f.reason:
                assert f.score < whole[category], (text, f.score, whole[category])


def test_a_number_the_phone_detector_reads_whole_is_reported_once():
    assert _values("090／1234／5678", "phone_number") == ["+819012345678"]
    assert _values("電話は090-1234-5678です", "phone_number") == ["+819012345678"]


WITHIN_NEGATIVES = [
    "3000と5000と8000円のプランがあります",
    "12月25日と1月3日と1月4日は休みです",
    "最初は3000円、最後は5000円でした",
    "注文番号 0312と3456と78",
    "最初は090の人、最後は5678の人",                       # two groups do not make a number
    "090と1234",
    "taro、yamada、gmail",                                 # no symbol joins them
    "ユーザー名はtaro_55です",                              # a local part without a domain
    "ドメインはexample.comで取りました",
    "最初は1番、真ん中は2番、最後は3番",
    "価格は03と12と34と5678",                              # not a number: 12 digits
    "LINEの調子が悪くて、前半がtaro、後半がhanakoの担当",   # names, not ID parts (no ID shape joined)
    "最初は3個、次に2個、あと5個追加でお願いします",          # counts in sequence
    "市外局番は03です。局番はわかりません",                   # one group is not a number
    "はじめ30分、次の20分、その後40分で休憩します",          # durations
    "090-1234までは同じで、残りは在庫が5678個です",          # the last group is a quantity
    "first 3 items cost 1200, next 2 cost 3400, last one 5678 yen",
    "The first meeting is at 10, the last one at 1530",
]


@pytest.mark.parametrize("text", WITHIN_NEGATIVES)
def test_ordinary_lists_are_not_joined(text):
    joined = [f for f in leakguard.scan(text).findings if "分けて" in f.reason]
    assert not joined, joined


def test_the_split_detectors_are_registered_one_per_category():
    split = [d for d in default_detectors() if isinstance(d, SplitIdentifierDetector)]
    assert sorted(d.category for d in split) == sorted(IDENTIFIERS)
    assert [f.value for f in leakguard.find("090と1234と5678", categories=("phone_number",))] == ["+819012345678"]


def test_the_assembler_does_not_run_on_ordinary_chat(monkeypatch):
    calls = []
    real_read = fragments.read
    monkeypatch.setattr(fragments, "read", lambda text: calls.append(1) or real_read(text))
    root = Path(__file__).resolve().parent.parent / "data" / "real"
    manifest = json.loads((root / "manifest.json").read_text(encoding="utf-8"))
    texts = []
    for name in manifest["chat"]:
        with (root / name).open(encoding="utf-8") as fh:
            texts += [json.loads(line)["text"] for line, _ in zip(fh, range(1500))]
    for text in texts:
        assert not [f for f in leakguard.scan(text).findings if "分けて" in f.reason], text
    assert len(calls) <= len(texts) // 100, len(calls)   # only messages with parts and a cue


# -- across messages (what Guard calls) ----------------------------------------------------

def _chain(*texts, start=0.0):
    """Traces as Guard keeps them: a message that leaves none ends the chain."""
    chain = ()
    for n, text in enumerate(texts):
        t = trace(read(text), start + n)
        chain = () if t is None else chain + (t,)
    return chain


def test_assemble_across_joins_closing_and_opening_parts():
    [joined] = assemble(read("5678です"), _chain("電話は090-", "1234-"))
    assert (joined.category, joined.value, joined.across, joined.parts) == ("phone_number", "+819012345678", True, 3)
    assert (joined.start, joined.end) == (0, 4)
    [joined] = assemble(read("真ん中1234"), _chain("最初は090", "最後が5678"))
    assert joined.value == "+819012345678"
    [joined] = assemble(read("@gmail.com"), _chain("taro.yamada"))
    assert joined.value == "taro.yamada@gmail.com"
    [joined] = assemble(read("ドメインはgmail.com"), _chain("ユーザー名はtaro.yamada"))
    assert joined.value == "taro.yamada@gmail.com"
    [joined] = assemble(read("IDはtaro_1234"), _chain("LINEの"))
    assert (joined.category, joined.value) == ("line_id", "taro_1234")
    [joined] = assemble(read("1234"), _chain("LINEのIDは", "taro_"))
    assert joined.value == "taro_1234"


@pytest.mark.parametrize("earlier, current", [
    (["090", "ちょっと待ってね"], "12345678"),           # an unrelated message sits between
    (["注文番号 0312345"], "678個"),                    # a label's number, then a quantity
    (["注文番号：0312-3456"], "数量：78"),
    (["在庫は090個"], "12345678"),
    (["3000"], "0825"),
    (["お見積りは15,000円です"], "0315"),
    (["090-1234の件ですが"], "5678"),                   # the part is inside talk, not at its end
    (["taro.yamada", "よろしくです"], "@gmail.com"),
    (["taro"], "yamada@gmail.com"),                     # two words: nothing says they join
    (["パスワードは090"], "12345678"),                  # never remembered
])
def test_assemble_across_keeps_unrelated_parts_apart(earlier, current):
    assert assemble(read(current), _chain(*earlier)) == []


def test_reading_is_frozen_and_compact():
    r = read("090")
    assert isinstance(r, Reading)
    with pytest.raises(AttributeError):
        r.cues = frozenset()
    assert not hasattr(r, "__dict__") and not hasattr(r.fragments[0], "__dict__")


# -- the conversation accuracy script ---------------------------------------------------------

def test_accuracy_conversations_script_on_the_fixture(capsys):
    import importlib.util
    import sys

    root = Path(__file__).resolve().parent.parent
    sys.path.insert(0, str(root / "benchmarks"))
    try:
        spec = importlib.util.spec_from_file_location("accuracy_conversations", root / "benchmarks" / "accuracy_conversations.py")
        script = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(script)
        assert script.main([str(root / "tests" / "data" / "conversations_fixture.jsonl"), "--markdown"]) == 0
    finally:
        sys.path.remove(str(root / "benchmarks"))
    out = capsys.readouterr().out
    assert "| split recall (right value, some message) | 7 (1.000) |" in out
    assert "| negative conversations | 5 |" in out
    assert "| false combines in negatives (findings) | 0 |" in out
    assert "| two_senders | 1 | 0 | 0 | — |" in out and "### Recall per tag" in out


@pytest.mark.parametrize("text, category, value", [
    ("ジーメールで、名前は mika と 0707 をくっつけたやつです", "email_address", "mika0707@gmail.com"),
    ("ラインIDは前半がnao、後半が_craft21です。つなげて検索してね", "line_id", "nao_craft21"),
    ("ライン ID は mi ho _ 2 2 (スペース無しで) 追加して", "line_id", "miho_22"),
])
def test_one_stretch_read_two_ways_reports_the_longer_reading_only(text, category, value):
    found = [f.value for f in leakguard.scan(text).findings if f.category == category]
    assert found == [value]


@pytest.mark.parametrize("padding", ["a1、", "x9 ", "ID: k2 ", "090 "])
def test_parts_after_many_other_parts_are_still_joined(padding):
    # Issue #12 item 3: joins are tried over windows of parts, never over the first ones only.
    text = padding * 200 + "ユーザー名はtaro.yamada、ドメインはgmail.com。最初は090、真ん中1234、最後が5678"
    values = {f.value for f in leakguard.scan(text).findings}
    assert {"taro.yamada@gmail.com", "+819012345678"} <= values
