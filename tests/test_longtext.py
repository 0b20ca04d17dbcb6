"""Long texts read in overlapping windows (longtext.py) find what a whole-text scan finds."""
import json
import tracemalloc
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import leakguard
from leakguard import longtext
from leakguard.policy import DEFAULT_POLICY, Policy
from leakguard.scanner import LONG_TEXT_CHARS, find, find_whole

DATA = Path(__file__).resolve().parents[1] / "data"
_MANIFEST = json.loads((DATA / "real" / "manifest.json").read_text(encoding="utf-8"))
LOCAL_FILES = sorted((DATA / "labelled").glob("*.jsonl")) + [
    DATA / "real" / f["path"] for group in ("clean", "listings") for f in _MANIFEST[group]]

# Self-contained fictional messages: each one's findings do not depend on its neighbours.
PIECES = [
    "お急ぎの場合は090-1234-5678までお電話ください。",
    "メールはtaro.yamada@example.comでも大丈夫です。",
    "LINEのIDはhanako_2024です、追加してください。",
    "手数料がもったいないので直接銀行振込でお願いできますか？",
    "チャットワークで続きをやりとりしましょう！",
    "連絡先：０８０－２２３３－４４５５（携帯）",
    "納期は10日ほどで、お見積りは30,000円になります。",
    "ありがとうございます、確認しました！",
    "注文番号 4820193746 の件、承知いたしました。",
    "詳しくはline.me/ti/p/~kenta_77 から追加してね",
    "番号はぜろきゅうぜろ いちにさんよん ごろくななはち です、お電話ください",
    "よろしくお願いいたします。",
]


def _texts(path):
    with open(path, encoding="utf-8") as fh:
        return [row["text"] for row in map(json.loads, filter(str.strip, fh))
                if isinstance(row.get("text"), str)]


def _groups(texts, chars):
    """The texts joined by line breaks into strings of about ``chars`` characters."""
    group, size = [], 0
    for text in texts:
        group.append(text)
        size += len(text) + 1
        if size >= chars:
            yield "\n".join(group)
            group, size = [], 0
    if group:
        yield "\n".join(group)


# The split-identifier assembler (fragments.py) joins parts from anywhere in a message by design,
# up to a per-message cap, so on a long text its joins depend on where the text is cut: the
# comparisons with the whole-text path use the detectors that read one place of the text.
LOCAL_READING = Policy(detectors=tuple(d for d in DEFAULT_POLICY.detectors()
                                       if d.__module__ != "leakguard.fragments"))


IDENTIFIERS = ("phone_number", "email_address", "line_id")


def _key(findings):
    return [(f.category, f.start, f.end, f.text, f.value, f.score, f.reason) for f in findings]


@pytest.mark.parametrize("path", LOCAL_FILES, ids=lambda p: p.parent.name + "/" + p.name)
def test_windows_find_the_identifiers_the_whole_text_finds_on_every_local_text(path):
    # Strings small enough that no per-message cap of a detector bites on the whole text, read in
    # windows smaller than the real ones so that every string is cut several times. Invitations
    # and payment requests are read per message: on unrelated messages run together, the whole
    # text joins readings across them (a number 4,000 characters earlier makes 「サイト外でお願い」
    # an invitation; a "clause" of 40 lines), which no window of ±MARGIN can reproduce.
    differ = []
    for text in _groups(_texts(path), 6000):
        whole = [k for k in _key(find_whole(text, LOCAL_READING)) if k[0] in IDENTIFIERS]
        windowed = longtext.find_long(text, LOCAL_READING, core=1500, margin=longtext.MARGIN)
        if [k for k in _key(windowed) if k[0] in IDENTIFIERS] != whole:
            differ.append(text[:80])
    assert differ == []


def test_a_long_chat_file_finds_every_identifier_once_with_exact_spans():
    # Over LONG_TEXT_CHARS, find() reads windows of the real size (with the detectors that read
    # one place of the text, see LOCAL_READING). Real chat with a fictional
    # identifier every 300 lines: each identifier a line alone gives is found, at its place, once.
    chat = _texts(DATA / "real" / _MANIFEST["chat"][0])
    lines = []
    for i, text in enumerate(chat):
        lines.append(" ".join(text.split()))
        if i % 300 == 0:
            lines.append(PIECES[(i // 300) % len(PIECES)])
        if sum(map(len, lines)) > 3 * LONG_TEXT_CHARS:
            break
    text = "\n".join(lines)
    routed = find(text, LOCAL_READING)
    assert _key(routed) == _key(longtext.find_long(text, LOCAL_READING))
    assert all(text[f.start:f.end] == f.text for f in routed)
    expected, offset = [], 0
    for line in lines:
        expected += [(k[0], k[1] + offset, k[2] + offset, k[3], k[4]) for k in _key(find_whole(line, LOCAL_READING))
                     if k[0] in IDENTIFIERS]
        offset += len(line) + 1
    assert [k[:5] for k in _key(routed) if k[0] in IDENTIFIERS] == expected
    assert {k[0] for k in expected} == set(IDENTIFIERS)


# Detectors read a little context around a hit (「お電話ください」 just before a number raises its
# score): pieces are kept apart by neutral sentences longer than that reach.
SEPARATORS = ["\n今日は朝から雨が降っていて、少し肌寒い一日になりました。\n",
              "\r\n昨日の夕方に近所の公園を散歩して、桜の写真を撮りました。\r\n",
              " 週末は家族で買い物に出かけて、新しい本を三冊買いました。 "]


def _pieces_findings(pieces, sep):
    out, offset = [], 0
    for piece in pieces:
        for f in find_whole(piece):
            out.append((f.category, f.start + offset, f.end + offset, f.text, f.value, f.score, f.reason))
        offset += len(piece) + len(sep)
    return out


@settings(max_examples=40, deadline=None, derandomize=True)
@given(pieces=st.lists(st.sampled_from(PIECES), min_size=1, max_size=30),
       sep=st.sampled_from(SEPARATORS),
       core=st.integers(20, 600), margin=st.integers(200, 400))
def test_windows_of_a_concatenation_find_each_piece_exactly(pieces, sep, core, margin):
    text = sep.join(pieces)
    found = longtext.find_long(text, core=core, margin=margin)
    for f in found:
        assert text[f.start:f.end] == f.text
    assert _key(found) == _key(find_whole(text))
    # Identifiers are each piece's own; invitations and payment requests may read the whole
    # message (a number anywhere makes 「お電話ください」 an invitation), as a whole-text scan does.
    identifiers = [k[:5] for k in _key(found) if k[0] in IDENTIFIERS]
    assert identifiers == [k[:5] for k in _pieces_findings(pieces, sep) if k[0] in IDENTIFIERS]


@pytest.mark.parametrize("identifier, category", [
    ("090-1234-5678", "phone_number"),
    ("taro.yamada@example.com", "email_address"),
    ("line.me/ti/p/~kenta_77", "line_id"),
])
def test_an_identifier_across_a_window_boundary_is_found_once(identifier, category):
    filler = "あいうえおかきくけこさしすせそ" * 20  # one line, no sentence end, no space: hard cuts only
    text = filler + "連絡先は" + identifier + "です" + filler
    start = text.index(identifier)
    core = start + len(identifier) // 2  # the first core ends inside the identifier
    cuts = [w.own_end for w in longtext.windows(text, core=core, margin=256)]
    assert any(start < cut < start + len(identifier) for cut in cuts)
    found = [f for f in longtext.find_long(text, core=core, margin=256) if f.category == category]
    assert [(f.start, f.text) for f in found] == [(start, identifier)]
    assert _key(longtext.find_long(text, core=core, margin=256)) == _key(find_whole(text))


def test_a_stream_in_chunks_of_any_size_finds_what_the_string_finds():
    text = "\n".join(PIECES * 6)
    expected = _key(longtext.find_long(text, core=300, margin=256))
    for size in (1, 7, 64, 5000):
        chunks = (text[i:i + size] for i in range(0, len(text), size))
        assert _key(longtext.find_stream(chunks, core=300, margin=256)) == expected


def test_scan_windows_gives_every_window_once_with_the_findings_it_owns():
    text = "\n".join(PIECES * 6)
    pairs = list(longtext.scan_windows(longtext.stream_windows(iter(text), core=300, margin=256)))
    assert [w.own_start for w, _ in pairs] == [0] + [w.own_end for w, _ in pairs[:-1]]
    assert pairs[-1][0].own_end == len(text)
    assert all(w.own_start <= f.start <= w.own_end for w, owned in pairs for f in owned)
    assert _key(f for _, owned in pairs for f in owned) == _key(longtext.find_long(text, core=300, margin=256))
    # A Tail that follows the windows holds the text from where it was last dropped.
    tail = longtext.Tail()
    for w, _ in pairs:
        tail.add(w)
        assert tail.get(w.own_start, w.own_end) == text[w.own_start:w.own_end]
        tail.drop(w.own_end - 10)
        assert tail.start == w.own_end - 10 and len(tail.text) < 2 * (300 + 2 * 256)


def test_cuts_prefer_line_breaks_and_never_split_a_cluster():
    assert longtext._cut_back("ab\ncd。ef gh", 10, 0) == 3
    assert longtext._cut_back("abcd。ef gh", 9, 0) == 5
    assert longtext._cut_back("abcdef gh", 8, 0) == 7
    assert longtext._cut_forward("ab gh。ij\nkl", 1, 12) == 9
    # family emoji (ZWJ sequence), flags, a surrogate pair as two code points, combining marks
    clusters = ["👨\u200d👩\u200d👧", "🇯🇵", "\ud83d\ude00", "か\u3099", "e\u0301", "ｶﾞ", "1\ufe0f\u20e3", "\r\n"]
    text = "".join(clusters * 40)
    bounds = {0, len(text)}
    pos = 0
    for cluster in clusters * 40:
        pos += len(cluster)
        bounds.add(pos)
    for core in (1, 2, 3, 5, 8):
        for w in longtext.windows(text, core=core, margin=4):
            assert {w.start, w.start + len(w.text), w.own_start, w.own_end} <= bounds


def test_windows_tile_the_text():
    text = "".join(f"{i}番目のメッセージです。\n" if i % 3 else f"{i} 行目 " for i in range(2000))
    spans = [(w.own_start, w.own_end) for w in longtext.windows(text, core=500, margin=300)]
    assert spans[0][0] == 0 and spans[-1][1] == len(text)
    assert all(a[1] == b[0] and a[0] < a[1] for a, b in zip(spans, spans[1:]))
    for w in longtext.windows(text, core=500, margin=300):
        assert text[w.start:w.start + len(w.text)] == w.text
        assert w.start <= w.own_start and w.own_end <= w.start + len(w.text)


def test_memory_stays_per_window():
    # Full-width characters give every character an offset-map entry (two list slots and two int
    # objects): read whole, 160 k of them cost ~13 MB of Python objects; in windows, one window's.
    text = "ＡＢＣ１２３のご依頼、承知しました。\n" * 8_000
    find(text[:1000])  # lazy tables built before measuring
    tracemalloc.start()
    try:
        found = longtext.find_long(text)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert found == ()
    assert peak < 4 * 2**20, f"{peak / 2**20:.1f} MiB"


def test_wrong_types_say_what_to_pass():
    with pytest.raises(TypeError, match="decode"):
        list(longtext.find_stream([b"090-1234-5678"]))
    with pytest.raises(TypeError, match="core"):
        longtext.windows("text", core=1.5)
    with pytest.raises(ValueError, match="margin"):
        longtext.windows("text", margin=0)
