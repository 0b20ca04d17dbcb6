"""Linearity on hostile input: does doubling a crafted message no more than double the scan time?

Each case builds 100,000 and 200,000 characters of one kind of hostile text aimed at one code path
of ``leakguard.scan`` (a regex, a loop over matches or findings, a cap), times the scan (process
CPU time, best of 3) and prints µs per character at both sizes, the ratio 200k/100k (linear: ~2;
limit 2.2) and the ratio to ordinary chat of the same length (limit 30×). The ``path`` column names
what the case drives; every regex and per-match loop the scan runs has a case. Deterministic input
(fixed seeds); a case whose 100k scan takes longer than ``--give-up`` seconds is reported and not
doubled. ``--list`` prints the cases and their paths.

    python benchmarks/hostile.py [--only NAME] [--profile NAME] [--list] > benchmarks/results/hostile.md
"""
from __future__ import annotations

import argparse
import gc
import random
import signal
import sys
import time
from pathlib import Path
from typing import Callable

sys.path.insert(0, str(Path(__file__).resolve().parent))
import common  # noqa: E402

SIZES = (100_000, 200_000)
LINEAR_LIMIT = 2.2
CHAT_LIMIT = 30.0
ONE_RUN_ENOUGH = 1.0  # seconds: a scan this slow is timed once, not best of 3


def _cycle(unit: str) -> Callable[[int], str]:
    return lambda n: (unit * (n // len(unit) + 1))[:n]


def _random(alphabet: str, seed: int) -> Callable[[int], str]:
    def make(n: int) -> str:
        rng = random.Random(seed)
        return "".join(rng.choice(alphabet) for _ in range(n))

    return make


def _random_words(words: tuple[str, ...], seed: int, sep: str = "") -> Callable[[int], str]:
    def make(n: int) -> str:
        rng = random.Random(seed)
        out, size = [], 0
        while size < n:
            w = rng.choice(words) + sep
            out.append(w)
            size += len(w)
        return "".join(out)[:n]

    return make


def _padded(unit: str, tail: str) -> Callable[[int], str]:
    """Harmless ``unit`` repeated, then the leak ``tail``: a cap that the padding fills hides it."""
    return lambda n: _cycle(unit)(n - len(tail)) + tail


def _lines(make_line: Callable[[int], str]) -> Callable[[int], str]:
    """One numbered line after another (a listing, a chat log scanned whole)."""
    def make(n: int) -> str:
        out, size, i = [], 0, 0
        while size < n:
            line = make_line(i) + "\n"
            out.append(line)
            size += len(line)
            i += 1
        return "".join(out)[:n]

    return make


KANA_DIGITS = ("ぜろ", "いち", "に", "さん", "よん", "ご", "ろく", "なな", "はち", "きゅう", "まる", "れい")
PAYMENT_WORDS = ("直接取引", "銀行振込", "PayPay", "手数料なし", "口座", "振り込み", "現金手渡し", "サイト外で", "仮払いなしで")

# name -> (code path it drives, builder(n) -> text of n characters)
_CASES: dict[str, tuple[str, Callable[[int], str]]] = {
    # -- normalize.py: the folding passes
    "digits and separators": ("phone _RUN_RE, _GROUP_RE, number loop", _random("0123456789-- .()ー", 1)),
    "digits only": ("phone _RUN_RE; normalize _ENOUGH_DIGITS_RE", _random("0123456789", 2)),
    "phone-shaped groups": ("phone validation per candidate; _excluded", _cycle("090-1234-5678 ")),
    "@ only": ("email _EMAIL_RE", _cycle("@")),
    "letters and dots, no spaces": ("email _EMAIL_RE local part", _random("abcdefghijklmnopqrstuvwxyz.", 3)),
    "a@a.a.a.a…": ("email _EMAIL_RE domain", lambda n: ("a@" + "a." * n)[:n]),
    "@a@a@a…": ("email _EMAIL_RE; contact _EMAIL_SHAPE_RE", _cycle("@a")),
    "local part then @ repeated": ("email _EMAIL_RE, _PLACEHOLDER_RE", _cycle("taro.yamada_77@")),
    "spelled at/dot words": ("normalize _AT_WORD_RE, _DOT_WORD_RE", _cycle("taro アットマーク gmail ドット ")),
    "kana digit words": ("normalize _KANA_RUN_RE, _KANA_ONE_RE", _random_words(KANA_DIGITS, 4)),
    "kana digit words, spaced": ("normalize _KANA_THREE_RE, _KANA_RUN_RE", _random_words(KANA_DIGITS, 5, " ")),
    "kanji digits": ("normalize _KANJI_RUN_RE", _random("〇一二三四五六七八九ー", 6)),
    "digits between zero-width spaces": ("normalize _fold offset map", _random_words(tuple("0123456789"), 7, "\u200b")),
    "digits between emoji": ("normalize _fold; phone _RUN_RE", _random_words(tuple("0123456789"), 8, "📞")),
    "digits and の": ("phone _RUN_RE; contact _PHONE_SHAPE_RE", _random_words(tuple("0123456789"), 9, "の")),
    "look-alike digits O, l, I, pipe": ("normalize _HOMOGLYPH_RUN_RE, _GLYPH_STRETCH_RE", _random("0123456789Ol|I -", 10)),
    "look-alike run ending in a letter": ("normalize _homoglyph_runs (was quadratic)", lambda n: "o" + "1" * (n - 2) + "x"),
    "spaced look-alike run ending in a letter": ("normalize _homoglyph_runs, separators",
                                                 lambda n: ("o " + "1 " * n)[:n - 1] + "x"),
    "circled digits": ("normalize _fold (NFKC table)", _random("⓪①②③④⑤⑥⑦⑧⑨ー", 11)),
    "full-width digits and ＠．": ("normalize _fold; email _EMAIL_RE", _random("０１２３４５６７８９＠．ａｂｃ－", 12)),
    "combining voiced marks": ("normalize _VOICED_RE", _cycle("カ\u3099ハ\u309a")),
    "long vowels after o-row kana": ("normalize _LONG_O_RE", _cycle("こーかんしよー")),
    "digits and context dashes": ("normalize _CONTEXT_DASH_RE", _random("0123456789ー～・ ", 15)),
    "★を@に repeated": ("normalize _STANDIN_RE, stand-in pattern", _cycle("a★bを@に")),
    "one long URL": ("normalize _URL_RE; policy _URL_HOST_RE", lambda n: ("https://example.jp/" + "a1/" * n)[:n]),
    "URL and number per line (shop listing)": ("normalize in_url per phone finding (was quadratic)",
                                               _lines(lambda i: f"https://shop.example.jp/item/{i} お問い合わせ 03-1234-{i % 10000:04d}")),
    # -- tokens.py: what Sudachi is given
    "NFKC expanders after a channel word": ("tokens _chunks, _fits (U+FDFA raised SudachiError)",
                                            lambda n: ("LINE交換しよう" + "\ufdfa" * n)[:n]),
    "㍍ after a payment word": ("tokens _fits (NFKC ×4); payment clause", lambda n: ("直接取引しませんか" + "㍍" * n)[:n]),
    "kana without any sentence end": ("tokens _chunks cut with no line or sentence end", _cycle("らいんでこうかんしませんか")),
    "lone surrogates between channel words": ("tokens _SURROGATE_RE; normalize _fold", _cycle("LINE\ud800交換")),
    # -- the channel detectors: cheap hits, analysis, reading, handles
    "ｌｉｎｅ repeated": ("contact automaton hits, ASCII word check", _cycle("ｌｉｎｅ")),
    "LINE ID: repeated": ("contact id_cue_before_re, HANDLE_RE", _cycle("LINE ID:")),
    "channel word repeated (ライン、)": ("contact reading per mention: read_intent, follow_up", _cycle("ライン、")),
    "non-words then an invitation (オンライン。)": ("contact mentions cap (was 64, hid the leak)",
                                                _padded("オンライン。", "LINE交換しませんか？IDはtaro_1234です")),
    "LINE ID per line (chat log)": ("contact handles: _nearest_channel, _mention_right_before",
                                    _lines(lambda i: f"ラインのIDはuser_{i:05d}です、追加してね")),
    "handle then で検索": ("contact _AFTER_SEARCH_RE, _cue", _lines(lambda i: f"LINEやってます。taro_{i:05d}で検索")),
    "handle then ←LINEのIDです": ("contact _AFTER_IS_ID_RE, _POINTER_BACK_RE, _POINTED_TAIL_RE",
                                 _lines(lambda i: f"kei_{i:05d} ←LINEのIDです")),
    "ID split over two lines": ("contact _SPLIT_REST_RE", _lines(lambda i: f"LINE ID: kei_\n{i:05d}")),
    "handle then 友だち追加": ("contact _AFTER_ACTION_RE, _CHANNEL_ACTION_AFTER_RE",
                            _lines(lambda i: f"yui.o{i:05d}、Lineで追加お願いします")),
    "ID after a given verb": ("contact _GIVEN_BEFORE_RE, _TAIL_RE", _lines(lambda i: f"ライン教えますね、saki{i:05d} です")),
    "pointer then handle": ("contact _POINTER_PLEASE_RE, pointer で", _lines(lambda i: f"友だち追加お願いします：haru.t{i:05d}")),
    "pointer, white space, で, handle": ("contact _mention_right_before, _skip_space_back",
                                        _cycle("友だち追加    で ren2692って入れたら ")),
    "spaced letters (l i n e)": ("contact spaced_re, _SPACED_GATE_RE, _SPACED_HANDLE_RE", _cycle("l i n e ")),
    "spaced kana (ら い ん)": ("contact _SPACED_KANA_GATE_RE, _SPACED_PRE_RE", _cycle("ら い ん ")),
    "slang words (線で。)": ("contact _slang_counts, _SLANG_TAIL_RE, _SENTENCE_END_DE_RE", _cycle("続きは線で。ら:")),
    "channel links": ("contact url_re, _URL_PREFIX_RE, links", _cycle("https://instagram.com/taro_1234 ")),
    "skype live: IDs": ("contact _SKYPE_LIVE_RE", _cycle("live:taro_1234 ")),
    "discord tags": ("contact _DISCORD_TAG_RE", _cycle("Discord: taro#1234 ")),
    "addresses with a request": ("contact _EMAIL_SHAPE_RE, _REQUEST_HINT_RE, _value_after, _value_near",
                                 _cycle("taro@example.com までご連絡ください ")),
    "numbers with a request": ("contact _PHONE_SHAPE_RE, _TEN_DIGITS_RE, value mentions", _cycle("お電話ください 090-1234-5678 ")),
    "refusals and channel words": ("contact _refusal_marks, _refused phrases (was a walk per clause)",
                                   _cycle("規約違反になるのでLINEは交換できません、お断りします。")),
    "two channels, one follow-up": ("contact _read_follow_up other channel (was capped at 64)",
                                    _cycle("LINEとSkypeとLINEとDiscord持ってます。そっちで話そう")),
    "quoted speech after a request": ("contact _QUOTED_SPEECH_RE, _predicate_flags", _cycle("LINE教えてくださいって言われた。")),
    # -- line.py
    "LINE links and official IDs": ("line _LINK_RE, _OFFICIAL_SEARCH_RE, reported spans (were walked per ID)",
                                    _lines(lambda i: f"line.me/ti/p/~user{i:05d} @ab{i:05d}cdで検索")),
    "LINE@ IDs": ("line _LINE_AT_RE, is_line_id", _cycle("line@abcd1234 ")),
    # -- email.py
    "gmailの repeated": ("email provider gate, forward", _cycle("gmailのabc")),
    "local part (provider) repeated": ("email provider backward", _cycle("taro_55 (gmail) ")),
    # -- phone.py
    "+81 repeated": ("phone international run", _cycle("+81 90 ")),
    "tel: repeated": ("phone tel: prefix, in_url", _cycle("tel:0")),
    "numbers with units and labels": ("phone _UNIT_AFTER_RE, negative labels", _cycle("注文番号: 09012345678 090-1234-5678円 ")),
    "line breaks between digits": ("phone _RUN_RE across lines; line_window", _random_words(tuple("0123456789"), 14, "\n")),
    # -- payment.py
    "payment keywords repeated": ("payment matches, _judge, _fires", _random_words(PAYMENT_WORDS, 13)),
    "fee words then a request (手数料)": ("payment matches per clause (was capped at 48, hid the leak)",
                                     _padded("手数料", "。直接取引しませんか")),
    "payment words in quotes": ("payment _MENTION_RE, quoted spans", _cycle("「直接取引」「銀行振込」といった")),
    "unclosed quotes": ("payment _clauses quote stack", _cycle("「直接取引で")),
    "money verbs and mood cues": ("payment _mood_cues, _offer_end, _ends_phrase", _cycle("振り込みます、送ってね、払おう、")),
    "concessive clauses": ("payment _answer, _clauses adversative cuts", _cycle("手数料がかかりますが、規約違反なのでお受けできません。")),
    "platform contrast and passives": ("payment _suppresses, _PLATFORM_DENIED_RE, _PASSIVE_RE",
                                       _cycle("サイト経由だと手数料が高いので振り込まれます、")),
    "job topics next to payment names": ("payment _drop_channels_talked_about", _cycle("PayPay導入の手数料を直接")),
}
CASES: dict[str, Callable[[int], str]] = {name: make for name, (_path, make) in _CASES.items()}
PATHS: dict[str, str] = {name: path for name, (path, _make) in _CASES.items()}


def chat_text(n: int) -> str:
    """Ordinary chat of n characters: real chat lines, one after another, as one long message."""
    lines = common.load_real_texts(common.REAL_CHAT_FILES[0])
    out, size = [], 0
    for line in lines:
        out.append(line)
        size += len(line) + 1
        if size >= n:
            break
    return "\n".join(out)[:n]


class GaveUp(Exception):
    pass


def _alarm(signum, frame):
    raise GaveUp


def best_of(text: str, repeats: int, give_up: float) -> float:
    """Best wall time of ``repeats`` scans; a scan still running after ``give_up`` s is interrupted
    (SIGALRM) and reported as ``inf``, so one quadratic detector cannot hold the run for an hour."""
    import leakguard

    best = float("inf")
    old = signal.signal(signal.SIGALRM, _alarm)
    try:
        for _ in range(repeats):
            gc.collect()
            t0 = time.process_time()  # CPU time: other processes on a shared machine do not count
            signal.setitimer(signal.ITIMER_REAL, give_up)
            try:
                leakguard.scan(text)
            except GaveUp:
                return float("inf")
            finally:
                signal.setitimer(signal.ITIMER_REAL, 0)
            elapsed = time.process_time() - t0
            best = min(best, elapsed)
            if elapsed > ONE_RUN_ENOUGH:
                break  # slow enough that noise does not matter; keeps the whole run within minutes
    finally:
        signal.signal(signal.SIGALRM, old)
    return best


def run(cases: dict[str, Callable[[int], str]], repeats: int, give_up: float) -> list[dict]:
    import leakguard

    leakguard.scan("ウォームアップ 090-1234-5678 taro@gmail.com ラインで")  # imports, dictionaries
    chat = {n: best_of(chat_text(n), repeats, give_up) for n in SIZES}
    results = [{"name": "ordinary chat (reference)", "t": chat, "ratio": chat[SIZES[1]] / chat[SIZES[0]],
                "vs_chat": 1.0, "note": ""}]
    for name, make in cases.items():
        times: dict[int, float] = {}
        note = ""
        for n in SIZES:
            text = make(n)
            assert len(text) == n, (name, len(text))
            times[n] = best_of(text, repeats, give_up)
            if times[n] == float("inf"):
                del times[n]
                note = f"gave up: still running after {give_up:.0f} s on {n:,} chars"
                break
        print(f"  {name}: " + (", ".join(f"{n:,} chars {t:.2f} s" for n, t in times.items()) or note),
              file=sys.stderr)
        doubled = times.get(SIZES[1])
        results.append({
            "name": name,
            "t": times,
            "ratio": None if doubled is None else doubled / times[SIZES[0]],
            "vs_chat": max((times[n] / chat[n] for n in times), default=float("inf")),
            "note": note,
        })
    return results


def verdict(r: dict) -> str:
    if r["note"]:
        return "TOO SLOW"
    ok_linear = r["ratio"] is not None and r["ratio"] <= LINEAR_LIMIT
    ok_chat = r["vs_chat"] <= CHAT_LIMIT
    return "ok" if ok_linear and ok_chat else ("SUPER-LINEAR" if not ok_linear else "SLOW")


def _per_char(t: float | None, n: int) -> str:
    return "—" if t is None else f"{t * 1e6 / n:.2f}"


def report(results: list[dict]) -> str:
    rows = []
    for r in results:
        rows.append([
            r["name"],
            PATHS.get(r["name"], "normalize, every detector, policy"),
            _per_char(r["t"].get(SIZES[0]), SIZES[0]),
            _per_char(r["t"].get(SIZES[1]), SIZES[1]),
            common.fmt(r["ratio"], 2),
            f"{r['vs_chat']:.2f}×",
            verdict(r) if r["name"] != "ordinary chat (reference)" else "",
        ])
    header = ["case", "path", "µs/char at 100k", "µs/char at 200k", "200k/100k", "vs chat", "verdict"]
    text = common.markdown_table(header, rows)
    notes = [f"- {r['name']}: {r['note']}" for r in results if r["note"]]
    limits = (f"\nLimits: 200k/100k ≤ {LINEAR_LIMIT}, vs chat ≤ {CHAT_LIMIT:.0f}× "
              f"(time of the slower size over ordinary chat of the same length). CPU time, best of 3; "
              f"{common.machine_line()}.")
    return text + ("\n" + "\n".join(notes) if notes else "") + limits


def profile(name: str, size: int) -> None:
    import cProfile
    import pstats

    import leakguard

    text = CASES[name](size)
    leakguard.scan("warm 090-1234-5678")
    prof = cProfile.Profile()
    prof.enable()
    leakguard.scan(text)
    prof.disable()
    pstats.Stats(prof).sort_stats("cumulative").print_stats(25)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--only", action="append", help="run only this case (repeatable)")
    ap.add_argument("--repeats", type=int, default=3)
    ap.add_argument("--give-up", type=float, default=10.0,
                    help="seconds; a scan still running then is interrupted and the case reported TOO SLOW")
    ap.add_argument("--profile", metavar="NAME", help="cProfile one case at 100k and exit")
    ap.add_argument("--markdown", action="store_true", help="(output is always a Markdown table)")
    ap.add_argument("--list", action="store_true", help="print the cases and the code path each drives, and exit")
    args = ap.parse_args(argv)
    if args.list:
        for name, path in PATHS.items():
            print(f"{name}\t{path}")
        return 0
    if args.profile:
        profile(args.profile, SIZES[0])
        return 0
    cases = CASES if not args.only else {k: CASES[k] for k in args.only}
    results = run(cases, args.repeats, args.give_up)
    print(report(results))
    bad = [r for r in results[1:] if verdict(r) != "ok"]
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
