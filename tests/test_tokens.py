"""tokens.py: one Dictionary per process, one Tokenizer per thread, chunking, offsets."""
from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor

import pytest

from leakguard import tokens
from leakguard.normalize import NormalizedText

SENTENCES = [
    "LINE交換しませんか？IDはtaro_1234です。",
    "お電話ください、090-1234-5678まで。",
    "Zoomで打ち合わせ可能です。よろしくお願いします。",
    "ラインナップが豊富で、デッドラインも守ります。",
]


def test_offsets_slice_the_text():
    text = "ＬＩＮＥ交換しよう！" + SENTENCES[0]
    for tok in tokens.tokenize(text):
        assert text[tok.start:tok.end] == tok.surface


@pytest.mark.parametrize("text,lemma", [
    ("交換しませんか", "為る"), ("交換しよう", "為る"), ("交換してください", "下さる"),
    ("らいん", "ライン"), ("やりとり", "遣り取り"),
])
def test_normalized_form_folds_conjugations_and_variants(text, lemma):
    assert lemma in [t.normalized for t in tokens.tokenize(text)]


def test_volitional_and_imperative_are_in_the_part_of_speech():
    pos = {t.surface: t.pos for t in tokens.tokenize("交換しよう")}
    assert pos["しよう"][5].startswith("意志推量形")
    pos = {t.surface: t.pos for t in tokens.tokenize("ください")}
    assert pos["ください"][5].startswith("命令形")


def test_one_dictionary_per_process():
    tokens.tokenize("こんにちは")
    first = tokens._get_dictionary()
    seen = []
    threads = [threading.Thread(target=lambda: seen.append(tokens._get_dictionary())) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert all(d is first for d in seen)


def test_each_thread_gets_its_own_tokenizer():
    ids = []

    def grab():
        ids.append(id(tokens._get_tokenizer()))
        barrier.wait()  # keep every thread (and its tokenizer) alive until all have one

    barrier = threading.Barrier(6)
    threads = [threading.Thread(target=grab) for _ in range(6)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(set(ids)) == 6


def test_many_threads_tokenize_concurrently_with_identical_results():
    """Sudachi releases the GIL inside tokenize(); a shared Tokenizer would raise SudachiError here."""
    expected = {s: tokens.tokenize(s) for s in SENTENCES}
    work = [SENTENCES[i % len(SENTENCES)] * (1 + i % 5) for i in range(800)]

    def run(text):
        return text, tokens.tokenize(text)

    with ThreadPoolExecutor(max_workers=16) as pool:
        results = list(pool.map(run, work))
    for text, toks in results:
        assert "".join(t.surface for t in toks) == text
        for s, exp in expected.items():
            if text == s:
                assert toks == exp


def test_views_in_threads_share_nothing():
    def run(i):
        view = NormalizedText.of(f"{i}番目：LINE交換しませんか")
        return [t.surface for t in view.tokens]

    with ThreadPoolExecutor(max_workers=8) as pool:
        results = list(pool.map(run, range(200)))
    assert all(r[-6:] == ["line", "交換", "し", "ませ", "ん", "か"] for r in results)


def test_long_text_is_chunked_under_the_byte_limit():
    text = ("ライン交換しませんか。" * 3000) + "\n" + ("電話ください" * 3000)  # ≈ 150 k UTF-8 bytes
    assert len(text.encode("utf-8")) > 49_149
    toks = tokens.tokenize(text)
    assert "".join(t.surface for t in toks) == text
    assert all(text[t.start:t.end] == t.surface for t in toks[::97])


def test_long_text_without_breaks_is_still_chunked():
    text = "あ" * 40_000
    toks = tokens.tokenize(text)
    assert "".join(t.surface for t in toks) == text


def test_lone_surrogates_and_control_characters_do_not_crash():
    text = "LINE\ud800交換\x00しませんか\udfff"
    toks = tokens.tokenize(text)
    assert len("".join(t.surface for t in toks)) == len(text)


def test_empty():
    assert tokens.tokenize("") == ()
