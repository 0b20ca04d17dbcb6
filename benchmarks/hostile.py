"""Linearity on hostile input: does doubling a crafted input no more than double the time?

Each case builds 100,000 and 200,000 characters of one kind of hostile text aimed at one code path
(a regex, a loop over matches or findings, a cap), times what reads it — ``leakguard.scan`` unless
the case names another call: ``mask``, ``Guard.check`` over a chain of messages (one per line) or
over one long message, or the function of the CLI or service that runs the pattern — (process CPU
time, best of 3) and prints µs per character at both sizes, the ratio 200k/100k (linear: ~2;
limit 2.2) and the ratio to ordinary chat scanned with ``scan`` (limit 30×). The ``path`` column
names the module and the patterns or loop the case drives; tests/test_hostile.py checks that every
module-level compiled pattern of ``src/leakguard`` is named in some path. Deterministic input
(fixed seeds); a case whose 100k run takes longer than ``--give-up`` seconds is reported and not
doubled. ``--list`` prints the cases and their paths; ``--small`` runs 10k/20k (a quick probe).

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
FAST = 0.002  # seconds: a case faster than this at 100k is reported without a ratio
SHORT_RUN = 0.05  # seconds: calls shorter than this are timed in batches
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

def _scan(text: str) -> None:
    import leakguard

    leakguard.scan(text)


def _mask(text: str) -> None:
    import leakguard

    leakguard.mask(text)


def _guard_chain(text: str) -> None:
    """Each line a message of one sender to one Guard: the chain of parts it keeps and joins."""
    import leakguard

    guard = leakguard.Guard()
    for line in text.split("\n"):
        if line:
            guard.check(line, conversation=("room", "sender"))


def _guard_one(text: str) -> None:
    import leakguard

    leakguard.Guard().check(text, conversation=("room", "sender"))


def _pragmas(text: str) -> None:
    from leakguard import corpus

    corpus.allowed_ranges(text)


def _decode(text: str) -> None:
    from leakguard import corpus

    corpus.decode_bytes(text.encode("euc_jp"), "chat.txt")  # not UTF-8: both Japanese readings weighed
    corpus._JAPANESE.findall(text)


def _html(text: str) -> None:
    from leakguard import htmlreport

    htmlreport.clean(text)


def _ocr(text: str) -> None:
    from leakguard import images_ocr

    for k in range(0, len(text), 40):  # the lines the engine recognised: which to read again
        images_ocr._CANDIDATE.search(text, k, k + 40)
    images_ocr._tidy(text, None)


def _qr(text: str) -> None:
    from types import SimpleNamespace

    from leakguard import images

    images.messaging_qr(SimpleNamespace(original=text))


def _policy_domain(text: str) -> None:
    from leakguard import policy

    try:
        policy._domain(text, "allow_domains")
    except policy.PolicyError:
        pass


def _mask_values(text: str) -> None:
    """A JSONL record whose values are not the message field: --mask reads every one of them."""
    import json

    from leakguard.maskcopy import MaskWriter

    values = []
    for piece in text.split(", "):
        try:
            values.append(json.loads(piece))
        except ValueError:
            values.append(piece)
    MaskWriter({}, in_place=False, jsonl_field="text", notice=lambda *_: None)._mask_values(None, values)


def _baseline(text: str) -> None:
    import leakguard
    from leakguard.baseline import Baseline

    matcher = Baseline.create().matcher()
    for finding in leakguard.scan(text).findings:
        matcher.is_known(finding, "chat.txt")



# name -> (code path it drives, builder(n) -> text of n characters[, what is timed: text -> None]).
# The path names the module and the compiled patterns (or the loop) the case aims at;
# tests/test_hostile.py checks that every module-level pattern of src/leakguard is named here.
_CASES: dict[str, tuple] = {
    # -- normalize.py: the folding passes
    "digits and separators": ("phone _RUN_RE, _GROUP_RE, _PLAIN_NUMBER_RE, number loop", _random("0123456789-- .()ー", 1)),
    "digits only": ("phone _RUN_RE, _ASCII_DIGIT_RE, FIRST_CHAR_RE; normalize _ENOUGH_DIGITS_RE", _random("0123456789", 2)),
    "phone-shaped groups": ("phone validation per candidate; _excluded", _cycle("090-1234-5678 ")),
    "@ only": ("email _EMAIL_RE", _cycle("@")),
    "letters and dots, no spaces": ("email _EMAIL_RE local part; normalize _LATIN_RE", _random("abcdefghijklmnopqrstuvwxyz.", 3)),
    "a@a.a.a.a…": ("email _EMAIL_RE domain", lambda n: ("a@" + "a." * n)[:n]),
    "@a@a@a…": ("email _EMAIL_RE; contact_analysis _EMAIL_SHAPE_RE", _cycle("@a")),
    "local part then @ repeated": ("email _EMAIL_RE, _PLACEHOLDER_RE", _cycle("taro.yamada_77@")),
    "spelled at/dot words": ("normalize _AT_TRIGGER_RE, _AT_WORD_RE, _DOT_WORD_RE", _cycle("taro アットマーク gmail ドット ")),
    "kana digit words": ("normalize _KANA_TRIGGER_RE, _KANA_RUN_RE, _KANA_ONE_RE", _random_words(KANA_DIGITS, 4)),
    "five before particles": ("normalize _FIVE_BEFORE_PARTICLE_RE", _cycle("ごはごでごもっごはんごです1ご ")),
    "kana digit words, spaced": ("normalize _KANA_THREE_RE, _KANA_RUN_RE", _random_words(KANA_DIGITS, 5, " ")),
    "kanji digits": ("normalize _KANJI_RE, _KANJI_RUN_RE", _random("〇一二三四五六七八九ー", 6)),
    "digits between zero-width spaces": ("normalize _fold offset map", _random_words(tuple("0123456789"), 7, "\u200b")),
    "digits between emoji": ("normalize _fold; phone _RUN_RE", _random_words(tuple("0123456789"), 8, "📞")),
    "digits and の": ("phone _RUN_RE; contact_analysis _PHONE_SHAPE_RE", _random_words(tuple("0123456789"), 9, "の")),
    "digits and English number words": ("phone_words _LATIN_BY_DIGIT_RE",
                                        _random_words(tuple("0123456789") + ("one", "eight", "zero"), 12, " ")),
    "digits and romaji no": ("phone _RUN_RE (the spaced romaji の)", _random_words(tuple("0123456789"), 9, " no ")),
    "letters between one emoji": ("normalize _INTERLEAVED_RE, _INTERLEAVE_GAP_RE, _STANDS_FOR_RE",
                                  _random_words(tuple("abc12_.") + ("🌸をドット", "🌸→@"), 11, "🌸")),
    "kana filler said to be taken out": ("normalize _DROP_VERB_RE, _DECLARED_FILLER_RE",
                                         _random_words(("a", "b1", "にゃ", "にゃは消して", "ー", "を抜いて"), 13, "")),
    "foreign at/dot words": ("normalize _AT_WORD_RE, _DOT_WORD_RE (arroba, ponto, a còng)",
                             _cycle('rafa "arroba" hotmail "ponto" com a còng chấm ')),
    "look-alike digits O, l, I, pipe": ("normalize _HOMOGLYPH_RUN_RE, _GLYPH_RE, _GLYPH_STRETCH_RE", _random("0123456789Ol|I -", 10)),
    "look-alike run ending in a letter": ("normalize _homoglyph_runs (was quadratic)", lambda n: "o" + "1" * (n - 2) + "x"),
    "spaced look-alike run ending in a letter": ("normalize _homoglyph_runs, separators",
                                                 lambda n: ("o " + "1 " * n)[:n - 1] + "x"),
    "circled digits": ("normalize _fold (NFKC table), _RESHAPING_RE", _random("⓪①②③④⑤⑥⑦⑧⑨ー", 11)),
    "full-width digits and ＠．": ("normalize _fold; email _EMAIL_RE", _random("０１２３４５６７８９＠．ａｂｃ－", 12)),
    "combining voiced marks": ("normalize _VOICED_RE", _cycle("カ\u3099ハ\u309a")),
    "long vowels after o-row kana": ("normalize _LONG_O_RE", _cycle("こーかんしよー")),
    "digits and context dashes": ("normalize _CONTEXT_DASH_CHAR_RE, _CONTEXT_DASH_RE", _random("0123456789ー～・ ", 15)),
    "★を@に repeated": ("normalize _STANDIN_RE, stand-in pattern", _cycle("a★bを@に")),
    "one long URL": ("normalize _URL_RE; policy _URL_HOST_RE", lambda n: ("https://example.jp/" + "a1/" * n)[:n]),
    "URL and number per line (shop listing)": ("normalize in_url per phone finding (was quadratic), _LINE_BREAK_RE",
                                               _lines(lambda i: f"https://shop.example.jp/item/{i} お問い合わせ 03-1234-{i % 10000:04d}")),
    # -- tokens.py: what Sudachi is given
    "NFKC expanders after a channel word": ("tokens _chunks, _fits (U+FDFA raised SudachiError)",
                                            lambda n: ("LINE交換しよう" + "\ufdfa" * n)[:n]),
    "㍍ after a payment word": ("tokens _fits (NFKC ×4); payment clause", lambda n: ("直接取引しませんか" + "㍍" * n)[:n]),
    "kana without any sentence end": ("tokens _chunks cut with no line or sentence end", _cycle("らいんでこうかんしませんか")),
    "lone surrogates between channel words": ("tokens _SURROGATE_RE; normalize _fold", _cycle("LINE\ud800交換")),
    # -- the channel detectors: cheap hits, analysis, reading, handles
    "ｌｉｎｅ repeated": ("contact_lexicon automaton hits, ASCII word check", _cycle("ｌｉｎｅ")),
    "LINE ID: repeated": ("contact_lexicon HANDLE_RE, _ID_CHARS_RE; contact_handles id cue", _cycle("LINE ID:")),
    "channel word repeated (ライン、)": ("contact_reading per mention: read_intent, follow_up; intent _Reading.read",
                                     _cycle("ライン、")),
    "non-words then an invitation (オンライン。)": ("contact_lexicon _KATAKANA_RE mentions (cap of 64 hid the leak)",
                                                _padded("オンライン。", "LINE交換しませんか？IDはtaro_1234です")),
    "LINE ID per line (chat log)": ("contact_handles _nearest_channel, _mention_right_before, _RIGHT_BEFORE_RE",
                                    _lines(lambda i: f"ラインのIDはuser_{i:05d}です、追加してね")),
    "channel names before words and listings": (
        "contact_handles _WORD_AFTER_NAME_RE, _LISTED_AFTER_RE, _ENGLISH_NEXT_RE (alias cue); "
        "contact_lexicon _REQUEST_RE, contact_kind",
        _cycle("Discord mini-program style Telegramも USDT もNG Skype番号教えて WeChat nitro-style banner ")),
    "handle then で検索": ("contact_handles _AFTER_SEARCH_RE, _AFTER_HANDLE_RE, _cue", _lines(lambda i: f"LINEやってます。taro_{i:05d}で検索")),
    "handle then ←LINEのIDです": ("contact_handles _AFTER_IS_ID_RE, _POINTER_BACK_RE, _ARROW_RE, _POINTED_TAIL_RE",
                                 _lines(lambda i: f"kei_{i:05d} ←LINEのIDです")),
    "ID split over two lines": ("contact_handles _SPLIT_REST_RE", _lines(lambda i: f"LINE ID: kei_\n{i:05d}")),
    "handle then 友だち追加": ("contact_handles _AFTER_ACTION_RE, _CHANNEL_ACTION_AFTER_RE",
                            _lines(lambda i: f"yui.o{i:05d}、Lineで追加お願いします")),
    "ID after a given verb": ("contact_handles _GIVEN_BEFORE_RE, _TAIL_RE", _lines(lambda i: f"ライン教えますね、saki{i:05d} です")),
    "pointer then handle": ("contact_handles _POINTER_PLEASE_RE, pointer で", _lines(lambda i: f"友だち追加お願いします：haru.t{i:05d}")),
    "pointer, white space, で, handle": ("contact_handles _mention_right_before, _skip_space_back",
                                        _cycle("友だち追加    で ren2692って入れたら ")),
    "spaced letters (l i n e)": ("contact_lexicon spaced_re, _SPACED_GATE_RE; contact_handles _SPACED_HANDLE_RE",
                                 _cycle("l i n e ")),
    "spaced kana (ら い ん)": ("contact_lexicon _SPACED_KANA_GATE_RE, _SPACED_PRE_RE, _KANA_WORD_RE", _cycle("ら い ん ")),
    "slang words (線で。)": ("contact_analysis _slang_counts, _SLANG_TAIL_RE, _SENTENCE_END_DE_RE, _BREAK_CHAR_RE",
                           _cycle("続きは線で。ら:")),
    "channel links": ("contact_lexicon url_re, _DOMAIN_RE; contact_analysis _URL_PREFIX_RE, links",
                      _cycle("https://instagram.com/taro_1234 ")),
    "skype live: IDs": ("contact_lexicon _SKYPE_LIVE_RE", _cycle("live:taro_1234 ")),
    "discord tags": ("contact_lexicon _DISCORD_TAG_RE", _cycle("Discord: taro#1234 ")),
    "addresses with a request": ("contact_analysis _EMAIL_SHAPE_RE, _REQUEST_HINT_RE, _value_after, _value_near",
                                 _cycle("taro@example.com までご連絡ください ")),
    "numbers with a request": ("contact_analysis _PHONE_SHAPE_RE, _TEN_DIGITS_RE, value mentions; intent values",
                               _cycle("お電話ください 090-1234-5678 ")),
    "refusals and channel words": ("contact_reading _refusal_marks, _refused phrases (was a walk per clause)",
                                   _cycle("規約違反になるのでLINEは交換できません、お断りします。")),
    "two channels, one follow-up": ("contact_reading _read_follow_up other channel (was capped at 64)",
                                    _cycle("LINEとSkypeとLINEとDiscord持ってます。そっちで話そう")),
    "quoted speech after a request": ("contact_reading _QUOTED_SPEECH_RE, _REPORTED_AFTER_RE, _predicate_flags",
                                      _cycle("LINE教えてくださいって言われた。")),
    "handles after a name, counters after digits": ("contact_handles _NAME_IS_RE, _HANDING_SEP_RE, _COUNTER_AFTER_RE",
                                                    _cycle("LINE ID: my name is taro インスタは rin 3年 Discord→1234人 ")),
    "English invitations and quotes": ("contact_english _SENTENCE_RE, _LATIN_WORDS_RE, _QUOTE_RE, channel and cue words",
                                       _cycle("Can we continue on WhatsApp? Send me your email. \"Add me on LINE\" it says ")),
    "English words without a sentence end": ("contact_english _SENTENCE_RE, _LATIN_WORDS_RE (one endless sentence)",
                                             _cycle("whatsapp telegram please add me and ")),
    "short English questions": ("contact_english _SHORT_QUESTION_RE, _LATIN_PAIR_RE", _cycle("Whatsapp? ok sure? line id? ")),
    "quoted handles and kanji names": ("contact_handles _QUOTED_RE, _OFFICIAL_ID_RE; contact_lexicon _KANJI_RE, "
                                       "_SENTENCE_BREAK_RE", _cycle("「@ab12cd34」連絡網。LINE「taro_1」")),
    "quoted content, English nouns, number accounts": (
        "contact_reading _CONTENT_AFTER_RE, _CONTENT_BEFORE_RE; contact_lexicon _ENGLISH_NOUN_BEFORE_RE, _ENGLISH_NOUN_AFTER_RE; "
        "contact_analysis _LIBRARY_AFTER_RE; contact_english _PAYMENT_AFTER_RE, _POINTS_BACK_RE, _STAYS_HERE_RE, _PAST_RE; "
        "contact_handles _HERE_IS_RE, _APP_DECLINED_RE, _SAME_NUMBER_RE, _BOT_AFTER_RE; contact_analysis _FILE_NAME_TAIL_RE, "
        "_THING_NUMBERED_RE, _SLANG_ACCOUNT_AFTER_RE; contact_reading _DM_OPEN_RE, _TRANSLATION_RE; "
        "channels _NAMES_ONLY_RE, _PAY_TO_ADDRESS_RE, _REJECTED_AFTER_RE; "
        "contact_lexicon OWN_PLACE_BEFORE_RE, _ASKED_BY_NAME_RE",
        _cycle("英訳の一文：「お電話ください」という文言 drop me a line discord.js WeChat Pay "
               "Discordはこちらです → yamato#4471 +44 20 7946 0321 (WhatsApp可) LINEにも同じ番号で "
               "logo@2x.png カードの番号 Xも DM開けてます LINEでもインスタでも。アプリ内の通話 "
               "We use Telegram for it. Can you join there? ライン教えて Telegram @stickers bot 開発 "
               "英訳：「LINEで」 PayPalで送金、アドレス教えて my line is still cut busy signal was weak line of work 電話でもメールでもなく LINE　は　なく ")),
    "quoted examples with placeholders": ("channels quoted_example, _PLACEHOLDER_RE (bounded by _QUOTE_REACH)",
                                          _cycle("「LINEで話そう ○x xx LINE 「インスタ」 ")),
    "account, form and manual words around channels": (
        "channels _ACCOUNT_BEFORE_RE, _GIVEN_AFTER_RE, _FORM_AFTER_RE, _THIRD_PERSON_BEFORE_RE, _GENERIC_SEARCH_AFTER_RE, _FIRST_PERSON_RE, _ASKED_RE (bounded by _OWN_REACH); "
        "contact_reading _HERE_KEPT_RE",
        _cycle("登録済みのメールアドレスの入力方法 相手の友だちのメール ここでLINEここで 私のメールで検索すると ")),
    # -- line.py
    "LINE links and official IDs": ("line _LINK_RE, _OFFICIAL_SEARCH_RE, reported spans (were walked per ID)",
                                    _lines(lambda i: f"line.me/ti/p/~user{i:05d} @ab{i:05d}cdで検索")),
    "LINE@ IDs": ("line _LINE_AT_RE, _ID_RE, _ALL_DIGITS_OR_SEPARATORS_RE, is_line_id", _cycle("line@abcd1234 ")),
    "official words before @ IDs, the @ told to be typed": (
        "line _OFFICIAL_NAMED_RE (公式アカウント @…, @も含めて), official IDs seen once",
        _cycle("公式アカウント @529ymbqe（@も含めて検索） 公式アカは@ 公式ライン→ @12 「@」を入れ ")),
    "the app as Lの方で, then an ID": ("line _LINE_NAME_RE (l/線/緑の方で。ID)",
                                      _cycle("重いけん、Lの方で。ID：ab_1 写真は線の方で。id 緑の方で、 ")),
    "IDs with a bare add request after them": ("line _ADD_ASKED_AFTER_RE, _BARE_ID_BEFORE_RE, _CUED_ID_RE (IDで検索して!)",
                                               _cycle("IDは ab_1 です、追加 IDで検索してね! c_2 ID: d.e_3 カートに追加して ユーザーIDは ")),
    "ID pieces over lines told to be joined": ("line _JOIN_TOLD_RE, _STACKED_RE, _STACK_CUE_RE (stacked pieces)",
                                               _cycle("らいん\nab\nc_d\ne1\n↑つなげてね\n続けて つなげて一枚 ")),
    "IDs on the line below an ID word": ("line _CUED_ID_RE (id…⏎【…】), _BEFRIEND_RE",
                                        _lines(lambda i: f"友だち追加はこちらのIDから\n【ab_{i:05d}】")),
    # -- email.py
    "gmailの repeated": ("email provider gate, forward", _cycle("gmailのabc")),
    "local part (provider) repeated": ("email provider backward", _cycle("taro_55 (gmail) ")),
    # -- phone.py
    "+81 repeated": ("phone international run", _cycle("+81 90 ")),
    "tel: repeated": ("phone tel: prefix, in_url", _cycle("tel:0")),
    "numbers with units and labels": ("phone _UNIT_AFTER_RE, negative labels", _cycle("注文番号: 09012345678 090-1234-5678円 ")),
    "countries named between numbers": ("phone_foreign _HANGUL_RE, _NOT_THE_COUNTRY_RE, _INTERNATIONAL_CUE_RE, "
                                        "named_regions; phone _foreign",
                                        _cycle("韓国 010-1234-5678 中国地方 whatsapp 81 80 한국 ")),
    "number words and masks as IDs": ("line _ID_PIECE_RE, is_line_id, _SPACED_ID_WORD_RE, _ID_TOKEN_RE dotted",
                                      _cycle("line i d: zero-one-xxx_two k.a.t.e.s.m.i.t.h ")),
    "@ before IDs, official or not": ("line _BASIC_ID_RE, _OFFICIAL_WORD_RE, _finding", _cycle("line: @abc_12 @512tkqra 公式 ")),
    "providers and English filler": ("email _ASCII_WORD_RE, _only_english_filler, _DOTTED_ACCOUNT_RE dot",
                                     _cycle("my hotmail please it is the name ab dot cd ")),
    "line breaks between digits": ("phone _RUN_RE across lines; line_window", _random_words(tuple("0123456789"), 14, "\n")),
    # -- payment.py
    "payment keywords repeated": ("payment matches, _judge, _fires", _random_words(PAYMENT_WORDS, 13)),
    "fee words then a request (手数料)": ("payment matches per clause (was capped at 48, hid the leak)",
                                     _padded("手数料", "。直接取引しませんか")),
    "payment words in quotes": ("payment _MENTION_RE, quoted spans", _cycle("「直接取引」「銀行振込」といった")),
    "unclosed quotes": ("payment _clauses quote stack", _cycle("「直接取引で")),
    "money verbs and mood cues": ("payment _mood_cues, _offer_end, _ends_phrase", _cycle("振り込みます、送ってね、払おう、")),
    "concessive clauses": ("payment _answer, _clauses adversative cuts", _cycle("手数料がかかりますが、規約違反なのでお受けできません。")),
    "platform contrast and passives": ("payment _suppresses, _PLATFORM_DENIED_RE, _PASSIVE_RE, _CAUSED_BY_OTHERS_RE, _TOLD_LINE_RE",
                                       _cycle("サイト経由だと手数料が高いので振り込まれます、先に振り込ませるような業者、とかあああ言って書いてる")),
    "job topics next to payment names": ("payment _drop_channels_talked_about", _cycle("PayPay導入の手数料を直接")),
    "entry fees, wages, cancel links, perks on a condition": (
        "payment _VERB_END_RE, _conditional_between, entry-fee and cancel clause links",
        _cycle("登録料を先にお振込みいただいた方から。口座に振り込まれた給料は封筒で。アプリの方はキャンセル扱いにしといて。"
               "ビットコイン払いなら即日発送します、")),
    "the platform's half, then the rest": ("payment _REST_LATER_RE",
                                           _cycle("半分はアプリでお支払いして" + "あ" * 13 + "、残りは現金で、")),
    "a payout cue, a reason, then a way": ("payment _REASON_RE, _AGAINST_RE, hearsay, _generic_condition",
                                           _cycle("出金申請" + "あ" * 41 + "んで、PayPayで払うと安くなります、現金で払う人もいるみたい、手数料高くない?")),
    "ways said to be unneeded, after conditions": ("payment _Unneeded, _CONDITION_BETWEEN_RE",
                                                   _cycle("直接振込なら" + "あ" * 9 + "払う必要はないので、現金で払わなくて大丈夫、")),
    # -- mentions.py: an article's quoted examples and headings, read after findings
    "article lines of every mention kind": (
        "mentions unmentioned: _STANDING_QUOTE_RE, _REPORTED_QUOTE_RE, _VERDICT_LINE_RE, _HEADING_RE, "
        "_SIGNS_HEAD_RE, _BULLET_RE, _SETTING_RE, _KANA_RE, _UNBRACKETED_RE",
        _cycle("・「直接取引しませんか」\n× PayPayで払う\n■ LINEで話したい？\n共通点は\n・Slackで「追加お願い」と言われた\n"
               "Zoomで話しましょう、という依頼\n")),
    "noun sentences pointed back at": ("mentions _POINTED_BACK_RE, _POINTER_GATE_RE",
                                       _cycle("銀行振込、PayPay、ギフト券。この3つは要注意。そんなPayPay直接")),
    "requests quoted without brackets, no sentence end": ("mentions _UNBRACKETED_RE (lazy clause, no end)",
                                                          _cycle("LINEで話しましょうという直接取引しませんかみたいな")),
    "a heading mark and quotes on one endless line": ("mentions _HEADING_RE, _REPORTED_QUOTE_RE, _SETTING_RE (no line end)",
                                                      _cycle("■ Q. 「LINEで直接取引」「PayPayで")),
    "FAQ questions and refusal lists": (
        "mentions _FAQ_QUESTION_RE, _FAQ_ASKING_RE, _FAQ_ANSWER_RE, _REFUSALS_HEAD_RE, _REFUSAL_ITEM_RE, _REFUSALS_GATE_RE",
        _cycle("Q. 直接やりとりしたいのですが\nA. できません\n■お断りしていること\n・サイト外での直接契約\n■禁止")),
    "reply-quoted lines": ("mentions _REPLY_QUOTED_RE (every line one, the message alone)",
                           _cycle("＞LINEで話しましょう、こちらのLINEに登録\n>")),
    "quotations listed, checklists, attempts": (
        "mentions _LISTED_QUOTES_RE, _QUOTE, _ONE_QUOTE_RE, _EXAMPLE_LABEL_RE, _OWN_WAY_LABEL_RE, _SAID, _CHECK_LINE_RE, "
        "_CHECK_QUESTION_RE, _KIND_CLAUSE_RE, _ATTEMPT_RE",
        _cycle("P2 依頼表現：「LINE交換しませんか」「直接で」などの提案（12件）\n☐ PayPayで払うと言われていないか\n"
               "連絡方法：「電話」「LINEでお願いします\"」直接払おうとする誘導する手口、られていませんか" + "あ" * 40)),
    "an article quoting payment messages, then its own lines": (
        "mentions _writes_about_messages, _OPENING_QUOTES, _OWN_WAY_RE, _SENTENCE_RE (one long sentence per finding)",
        _cycle("・「直接振り込みます」\n「PayPayで払います」と言われた\n考察：直接取引に応じる層" + "あ" * 30 + "直接振込、")),
    "one list item, no line end": ("mentions _ITEM_ALONE_RE, _ITEM_OFFERS_RE (one endless line)",
                                   _cycle("・サイト外での直接契約、PayPayの支払い")),
    "a script, subtitles, a glossary, a test and data about messages": (
        "about _LABEL_RE, _WAY_LABEL_RE, _SENTENCE_RE, _DIGITS_RE, _NOTE_RE, _CUE_RE, _GLOSS_RE, _DATA_LINE_RE, "
        "_QUOTE_RE, _KANA_RE, _CHOICE_HEAD_RE, _CHOICE_RE, _EXAMPLES_HEAD_RE, _EXAMPLE_ITEM_RE (every line a kind)",
        _lines(lambda i: f"司会（森{i}）：LINEで話しましょうって誘導の手口\n川口：「PayPayで直接払います」は違反\n"
                         f"00:00:{i % 60:02d},000 --> 00:00:02,000\nLINEで話そう\n・直接取引 ― off-platform deal\n"
                         f"問{i} 次から選び\nア　LINEで話そう\n代表例を示す。\n({i % 9}) PayPayで直接\n\"key{i}\": 1\n| 例 | 判定 |")),
    "quotations shown by what stands around them": (
        "mentions _SHOWN_QUOTE_RE, _PAIR_RE, _TOPIC_QUOTE_RE, _SENTENCE_END_RE (one endless line)",
        _cycle("例：「LINEで話しましょう」（「PayPayで直接」「銀行振込で」）「直接払います」― \"I pay\" 「LINEで話そうよ」は、")),
    "a story's dialogue, asked situations, prohibition lists": (
        "about _INDENTED_RE, _DIALOGUE_LINE_RE, _QUOTED_SENTENCE_RE; mentions _ASKED_RE, _PROHIBITED_LIST_HEAD_RE "
        "(every line a kind)",
        _lines(lambda i: f"\u3000男は言った。「LINEだけ教えてくれたら{i}割引くから」\n「PayPayで払うよ」\n"
                         f"LINEのIDを聞かれても{i}回は断る\n次の行為をしてはならない。\n（{i % 9 + 1}）サイト外の支払い")),
    "tables, example blocks, time-stamped speakers": (
        "about _TABLE_ROW_RE, _EXAMPLE_BLOCK_HEAD_RE, _HEADING_START_RE, _LABEL_RE (time stamps), _example_blocks",
        _lines(lambda i: f"| LINEで話しましょう | warn | 誘い{i} |\n|" + "|" * (i % 50) + f"\n【SMSの例】\nLINEで追加して{i}\n"
                         f"[00:{i % 60:02d}:03] ホスト：「直接払います」は詐欺のメッセージ\n")),
    "described acts, before-clauses, request words": (
        "mentions _DESCRIBED_ACT_RE, _BEFORE_RE, _REQUEST_WORDS_RE, _discussed_ways, _request_shown",
        _cycle("サイト外での支払いを求めている。直接取引の提案：振込先を教えてもらう前に" + "あ" * 40 + "PayPayで払ってください。")),
    # -- line.py: the disguise readers (a LINE name however written, arrows, parts)
    "disguised LINE names then IDs": ("line _disguised: _NAME_GATE_RE, _ID_GATE_RE, _LINE_NAME_RE, _TOPIC_AFTER_RE, "
                                      "_ID_TOKEN_RE, _FILLER_ASCII_RE, _BREAK_RE, _POINTER_RE, _INVITE_RE",
                                      _lines(lambda i: f"ラ●ンは→ yu_{i:05d} l-i-n-e: k.{i:04d} らいそやってる")),
    "LINE names with refusals and things": ("line _REFUSED_RE, _THING_AFTER_RE, _THING_BEFORE_RE, _FILE_EXT_RE",
                                            _lines(lambda i: f"ライン無理です photo_{i:05d}.png を保存、lineで送った写真 ver_{i}")),
    "IDs pointed at a LINE name": ("line _BEFORE_NAME_RE, _NO_AT_RE, _DROP_RE",
                                   _lines(lambda i: f"@ren_{i:05d}（ライン）@はいらない s-h-o-u-{i % 10}（ハイフンは抜いて）")),
    "LINE IDs half given, stacked, in English idioms": (
        "line _REST_RE, _WRITTEN_RE, _STACKED_RE, _STACK_CUE_RE, _ENGLISH_LINE_RE, _CHAR_RANGE_RE",
        _cycle("らいんのID kuma_ まで書いたから、あとは 77 ね\n a\n _\n 1\n drop me a line @ taro a-z0-9 例のアプリのID l のほうで連絡 ")),
    "LINE as a product, refused, a size; one-word lists; public lines": (
        "line _is_name, _LETTER_L_RE, _PRODUCT_AFTER_RE, _MADE_UP_NEXT_RE, _not_the_app, _APP_REFUSED_RE, _CONDITION_RE, "
        "_NEW_ACCOUNT_RE, _word_list, _ONE_WORD_LINE_RE; contact_analysis SIZE_BEFORE_RE; "
        "contact_lexicon public_line_before_re",
        _cycle("LINEのスタンプを買いました。id: st_01。ダミーです。LINEは使っていないので、ID: sh_1 S/M/Lのうち、Lで話そ "
               "サイズLで連絡 188に電話して\nLINEで送るね\nmilk\negg\nab_1\n")),
    "a kana carrier that is a word too": ("email _CARRIER_WORD_RE, _MAIL_TALK_RE, _IDEOGRAPHIC_DOT_LOCAL_RE",
                                          _cycle("どこもの ab_12 どこもの店 まで送 x。y。zアット")),
    "masked groups and area codes": ("fragments _fill_mask_and_rest: _MASKED_GAP_RE, _AREA_CODE_BEFORE_RE, _REST_NAMED_GAP_RE",
                                     _cycle("080-****-1578 真ん中は9326 市外局番は0942で、番号は33の1875。090です。4882。")),
    "masked IDs": ("line _MASKED_ID_RE, _placeholder_near", _cycle("LINE ID：@xxxxxxxxxxxx ○○○○○ 追加して ")),
    "parts listed, the separator declared after": ("spelled _declared: _DECLARED_SEP_RE, _LIST_GAP_RE, _LIST_TAIL_RE; email _GLOSS_RE",
                                                   _cycle("米の「kome」に、名字の「ta」、あとは数字の55で、つなぎは全部ピリオド アウトルック（outlook.jp） ")),
    "the rest after 続きは": ("fragments _clause_gap _CONTINUED_GAP_RE", _cycle("080の人です笑 続きは6819、0527。続き")),
    "add-friend pointers": ("line _ADD_GATE_RE, _ADD_POINTER_RE, _SITE_END_RE",
                            _cycle("友だち追加お願いします👇 taro_12 追加して→ 続きはこっちで→ a.jp ")),
    "ID parts to join (間に)": ("line _JOIN_GATE_RE, _JOIN_RE",
                              _cycle("「sato」と「hikaru」の間にアンダーバー入れて、最後に3 ライン ")),
    "parts almost joined, no 間に": ("line _JOIN_RE (no join word: every part fails late)",
                                   _cycle("ラインはsato1と hikaru2、 ")),
    # -- email.py: the newer readers
    "declared @ symbols": ("email _AT_DECL_GATE_RE, _AT_DECL_RE, _DOT_DECL_RE, pieces",
                           _cycle("★は@です。・はドット。taro★gmail・com ")),
    "declarations without an address": ("email _AT_DECL_RE, _DOT_DECL_RE (many symbols, nothing to read)",
                                        _cycle("♪→アットマーク ＊はドット 「てん」は. ")),
    "address pieces in brackets": ("email _PIECE_GATE_RE, pieces (at, (a), 【a】), _LOCAL_FULL_RE, _DOMAIN_FULL_RE",
                                   _cycle("taro(a)gmail【a】com at yahoo [a] ")),
    "local part split by spaces": ("email _LOCAL_END_RE, _ANY_ASCII_RE, _SPACE_RE, _WORD_AFTER_RE",
                                   _cycle("ta ro ya ma da @ gm ai l. co m の ")),
    "implicit provider accounts": ("email _MAIL_WORD_RE, _ACCOUNT_RE, _ACCOUNT_CUE_RE, _THING_BEFORE_RE, _DEVICE_RE, "
                                   "_OTHER_ASCII_RE", _cycle("メールアカウント名はtaro.yamada55 iphone12 型番abc123 ")),
    "accounts to concatenate": ("email _CONCAT_RE", _cycle("taroと55をくっつけて、")),
    "dotted accounts with spaces": ("email _DOTTED_ACCOUNT_RE, _DOTTED_SEP_RE", _cycle("taro ・ yamada ドット k1 ")),
    "spaced domains and locals": ("email _SPACED_DOMAIN_RE, _SPACED_LOCAL_RE, _JOIN_AT_RE",
                                  _cycle("taro. yamada gmail . com @をつけて ")),
    "handles after English words (is @)": ("email _HANDLE_AFTER_WORD_RE, _not_an_address; contact_handles "
                                           "_HANDLE_AFTER_WORD_RE", _cycle("my instagram is @ana.bela.jp is @ ")),
    "volitionals closed before a reason": ("contact_reading _CLOSED_AFTER_RE",
                                           _cycle("LINEで話そう、、 💬💬 〜〜と ")),
    "handles pointed at from an app (→ @)": ("contact_handles _POINTER_AT_RE, _pointed_from_app",
                                             _cycle("インスタ → @ana.bela.jp ⇒ 👉 @ > ")),
    "listed quoted parts to join": ("spelled _LISTED_RE, _PART_RE, _BESIDE_RE; email _THING_NAMED_RE, _accounts_near",
                                    _cycle("メアドは『ren』と『_』と『boost』と ファイル名は「a」と gメール ")),
    "user names and names told as a site's, a folder's, a shown name": (
        "fragments _MAILBOX_WORD_RE, _AT_SIDE_RE, _about_a_site; email _NAMED_THING_AFTER_RE, "
        "_NAMED_THING_BEFORE_RE, _named_thing; line _SHOWN_NAME_BEFORE_RE, _SEARCHED_RE, _AT_WORD_BEFORE_RE, _shown_name",
        _cycle("ユーザー名はadmin ドメインはmy.jp サイト gmailで a.b1 というフォルダ ラベル「c.2」 lineの表示名は d.e3 "
               "○○あっとex.com at  ")),
    "letters read out with order words": ("spelled _LETTER_SEP_RE, read_letters",
                                          _cycle("エヌ、その後ろにオー、数字の7、そして ")),
    "LINE ID read out, then typed": ("line _SAID_SEP_RE, _WITHOUT_RE, _MEASURE_RE, _LINE_NAME_RE (ら🐸い🐸ん, 線 =, 緑のほう)",
                                     _cycle("ら🐸い🐸ん 線 = 0.5mm 緑のほうのidね、かず、アンダーバー、5、で ab_5 ")),
    "LINE slang compared, emoji letters": ("line _LINE_NAME_RE (線のほうが楽…id, lのほうが早い→, ら〇ん), _EMOJI_AS; "
                                           "chartables emoji letters",
                                           _cycle("線のほうが楽やけん、そっちで lのほうが早いかも ら〇ん 🅻🅸🅽🅴 🅿🅰🅽_1 🇰 🇺 ")),
    "address sides in clauses, versions": ("email _SIDES_GATE_RE, _LOCAL_SIDE_RE, _DOMAIN_SIDE_RE, _sides, _VERSION_RE, "
                                           "_THING_NAMED_AFTER_RE, _SCP_PATH_RE",
                                           _cycle("@より前は eigyo2、後ろは kumo.jp、前は v1.2.3 @home.page ドメインは git@a.jp:b/ ")),
    "local parts left at their @, site domains": ("email _DANGLING_AT_RE, _SITE_DOMAIN_RE, _site_domain, fragments _INTERLEAVED_GATE_RE, _INTERLEAVED_RE, _CALL_CUE_RE, "
                                                  "_AT_OPENS_NEXT_LINE_RE; fragments _kana_zero_re; line _CASE_TOLD_RE, _BEFORE_NAME_RE",
                                                  _cycle("ドメインは www.a-b.jp と同じ、担当 sato@ の taro.k55＠ジーメール nozomi.\nworks\n@ いちにおーは 090 箱有 2231 電話 「ab」の部分は大文字 「a_1」ってIDで ")),
    "providers after an @, letters spelled with hyphens": (
        "email _providers at_name, _at_name, _LIKE_RE, _DOT_AFTER_RE, _HYPHEN_LETTERS_RE, _closed_up",
        _cycle("t-a-k-u underscore 9-9 at outlook period com 「taro@gmail」のような a_1＠ドコモ.com b@ ")),
    "address sides named by what they are": (
        "email NAMED_GATE_RE, _NAMED_LOCAL_RE, _ADDRESS_TALK_RE, _SPECIFIC_LABEL_RE, _domain_owners, _named_sides",
        _cycle("ローカル部は a.b1、うしろは uq.jp ユーザー名が c_2 でドメインがグーグルの domain is x.jp, before that goes d ")),
    "kana quoted before a romaji cue": ("spelled _QUOTED_KANA_BEFORE_CUE_RE, _CUE_AS_VERB_RE, _APPEND_RE, romaji_view",
                                       _cycle("「きのこ」をローマ字にして後ろに2024、")),
    "LINE IDs cued far from the name": ("line _CUED_GATE_RE, _CUED_ID_RE, _cued, _THING_ID_BEFORE_RE, _other_app_between",
                                        _cycle("LINEで。下記IDの検索を。【ab_1】 注文IDは ab-1 id: x_12 ディスコードのidは ")),
    "handles after a slang app, thing IDs, versions, one app far back": (
        "contact_analysis _SLANG_ACCOUNT_AFTER_RE (@ opening the next sentence, is @); contact_handles THING_ID_BEFORE_RE, "
        "_VERSION_RE, _BROADCAST_MENTIONS, _GIVEN_BEFORE_RE (私のは, 申請して→), _AFTER_ACTION_RE (で追加), _ONE_APP_REACH",
        _cycle("Xに上げてます。@ab_1 my X is @c_2 注文IDは d_3 Zoomの件、私のは ver_5 フレ申請して〜 → e.f_4 で追加 @channel ")),
    "LINE WORKS IDs": ("contact_handles works_ids, _WORKS_ID_RE, _WORKS_NAME_RE, _WORKS_REACH",
                       _cycle("LINE WORKSのIDは a.b@c-d ラインワークス x@y@z a_1@b-2.c ")),
    "clipped app names with a handle, IDs that end like a domain": (
        "contact_analysis _SLANG_HANDLE_NEXT_RE; contact_handles _ID_IS_RE, _id_named_right_before; channels _ON_IT_THEN_ID_RE",
        _cycle("ディスコ kuma_1.a で ディスコの名前 a.b1 SkypeのIDは a.co.jp ユーザー名は ab.co LINEやってます→ ")),
    "LINE IDs described after, added by, reversed": (
        "line _DESCRIBED_AFTER_RE, _BEFRIEND_RE, _REVERSED_RE, _AT_THEN_ID_RE",
        _cycle("id: ab_1（緑のほう ← 緑のアプリ idで追加 id検索 友だち追加 逆から読んで 「@」のあとに ab12cd34 で")),
    "hiragana address to type in romaji": ("spelled _KANA_ADDRESS_RUN_RE, _KANA_ADDRESS_SEP_RE, _LEADING_PARTICLE_RE, "
                                           "_TRAILING_WORDS_RE, said_in_kana; gate _letters; precheck _email",
                                           _cycle("ローマ字で はなかむら点てつおアットマークどこも点ね点じぇいぴーです ")),
    "spelled dots before a sentence": ("email _SENTENCE_DOT_RE", _cycle("taro(at)gmail(dot)se. Thanks a lot. ")),
    "quoted address pieces": ("email _QUOTED_PIECES_RE", _cycle("「taro」「gmail」「com」「x」")),
    "own numbers in code comments": ("phone _OWN_COMMENT_RE, _NOT_REAL_COMMENT_RE",
                                     _cycle('TEL = "090-3312-5567"  # 自分の携帯 my cell ここに電話 ')),
    "access codes and times": ("phone _DIALLED_RE, _TIME_BEFORE_RE", _cycle("0044 20 7946 0018 19:00、4/1 00 44 ")),
    "date ranges run together": ("phone _DATE_GATE_RE, _DATE_RE per run",
                                 _cycle("2025/04/01〜2025/09/30 2019.03.10-2019.12.31 2020-1-2-2021-13-40 ")),
    "code spans, fences and JSON values": (
        "code_context _INLINE_RE, _JSON_VALUE_RE, _RESERVED_DOMAIN_RE, _SOURCE_FRAME_RE, _QUOTE_RE, _TAG_RE, _spans, "
        "_prose",
        _cycle('`foo@example.com` ```js\n/^[a-z0-9._-]{4,20}$/ LINE ID {"email": "a@mail.example.co.jp"} `` ` 私の '
               '原文 "email a@b.jp" 「連絡は c@d.jp まで」 " <meta name="twitter:card" content="x"> <a b="c" d=\'')),
    "Vietnamese number words": ("phone_words _VIETNAMESE_RE, _VIETNAMESE", _cycle("không chín ba hai không năm, ")),
    "parts spelled in order": ("spelled GATE_RE, _PART_RE, _SEP_RE, _AT_RE, _FILLER_RE, _ANNOUNCE_RE, _BESIDE_RE, "
                               "_JOIN_WITH_RE, _ORDER_RE, _ATTACH_RE; line _SPELLED_CUE_RE",
                               _cycle("IDは「taka」のあとにハイフン、そのあと数字の「19」と「88」をつなげて、最後にアットマーク (ab)に、ドットと西暦(1)を ")),
    "letters read out by name": ("spelled LETTERS_GATE_RE, _LETTER_SEP_RE, _LISTED_DIGITS_RE, read_letters",
                                 _cycle("えむ・あい・える・けー・0-7-8、あっと、じーめーる、どっと、こむ emu ai atto ")),
    "letter names, no @": ("spelled read_letters (names and ASCII runs, nothing to join)",
                           _cycle("エムエス アイ ワイ ai ii oo wa ")),
    "kana to type in romaji": ("spelled ROMAJI_CUE_RE, _KANA_WORD_RE, romaji_view",
                               _cycle("ローマ字で た か は し のあとに数字の 7 7 それからアットマークで gmail.com ")),
    "order words, no parts": ("spelled _FILLER_RE, _ORDER_RE (filler only)", _cycle("、そのあとに、それから最後に ")),
    "LINE IDs bracketed, closed up, added": ("line _PAREN_LETTER_RE, _NO_SPACE_RE, _OFFICIAL_ADD_RE, _UNIT_AFTER_RE, "
                                             "_PLACEHOLDER_WORD_RE, _APOSTROPHE_AFTER_RE",
                                             _cycle("LINE (t)(o)(m)(9) hiro garden 22 です 間は何もなし add us at @a1b2c3d4 pe0.8号 placeholder ")),
    "sentence dashes": ("normalize _SENTENCE_DASH_CHAR_RE, _SPACED_DASH_RE", _cycle("curious — in ― 090 — ")),
    "ideographic dots in domains": ("email _IDEOGRAPHIC_DOT_DOMAIN_RE", _cycle("ab@cd。co。ef。jp。gh ")),
    "letters spelled apart in local parts": ("email _HYPHEN_SPELLED_RE, _DOT_SPELLED_RE, _DROP_DOTS_RE",
                                             _cycle("a-b-c-d-e-f.g.h.i.j.k@mail.com ドットは全部抜いて ")),
    "ideographic dots in local parts": ("email _IDEOGRAPHIC_DOT_LOCAL_RE", _cycle("a。b。c。d。e。f。g。h。i。j。k@c。jp ")),
    "placeholders before addresses": ("email _PLACEHOLDER_CONTEXT_RE", _cycle('placeholder="you@x.jp" テストデータ a@b.jp ')),
    "address pieces a line each": ("email _LINE_PIECE_RE, _THING_AFTER_RE (lines of one piece, things made)",
                                   _cycle("fuku\nrou.\nbooks@gmail.com\nver_2 を作成 ")),
    "spaced accounts": ("email _SPACED_ACCOUNT_RE", _cycle("メールは t a r o . y a m a d a 1 ")),
    "reversed addresses": ("email _REVERSED_CUE_RE", _cycle("moc.liamg@orat 逆から読んで ")),
    "form example addresses": ("email _EXAMPLE_DOMAIN_RE, _FORM_EXAMPLE_RE", _cycle("入力欄の例abc@example.com ")),
    "form words around example addresses": ("email _FORM_WORD_RE, _SENTENCE_END_RE",
                                            _cycle("template. sample format テンプレ。a@example.com in the form ")),
    # -- phone.py: the rest
    "links and add-a-zero requests": ("phone _INTERNATIONAL_LINK_RE, _ADD_ZERO_RE",
                                      _cycle("wa.me/819012345678 頭に0をつけて 9012345678 ")),
    "North American numbers": ("phone _NANP_GATE_RE, _NANP_RE, _NANP_CUE_RE", _cycle("call (212) 555-1234 or 415.555.2671 ")),
    "example numbers and code": ("phone _EXAMPLE_BEFORE_RE, _EXAMPLE_AFTER_RE, _CODE_LINE_RE, _CODE_QUOTE_RE, _FILE_AFTER_RE",
                                 _cycle("例 090-1234-5678 のような形式 x = \"09012345678\" \\d{3} photo_09012345678@2x.png ")),
    # -- payment.py: the rest
    "quoted messages listed": ("payment _LISTED_QUOTE_RE",
                               _cycle("1.「直接振込で」\n（エ）「「「\n① 「PayPayで」→ ・「" + "あ" * 40 + "\n")),
    "rules quoted on their own lines": ("payment _LINE_QUOTE_RE, _RULE_DENIED_RE",
                                        _cycle("「直接取引は禁止です」\n規約ではなら直接取引じゃ\n")),
    "permission asked after a reported request": ("contact_reading _PERMISSION_ASKED_RE, _consults_on_reported",
                                                  _cycle("「LINEで」と言われました。LINEなら教えても大丈夫ですか？ても？")),
    "ways named as conditions": ("payment _CONDITION_AFTER_RE, _CONDITION_GAIN_RE, _weighed_condition, _STATED_AFTER_KURE_RE",
                                 _cycle("直接取引の約束にしていたら" + "あ" * 90 + "直接振込だと守ってくれません、くれないんで"
                                        "直接取引がばれて" + "、あ" * 30 + "消えた。したがる")),
    "English single quotes": ("contact_english _QUOTE_RE (single quotes, apostrophes inside)",
                              _cycle("'send your line id it's 'a b' don't ' x ")),
    "quotes in double angle brackets": ("mentions _STANDING_QUOTE_RE (《》 ≪≫), INTRODUCED_QUOTE_RE (a run of quotes)",
                                        _cycle("《直接振込で》\n≪《来るようになった。「直接で」「「」よく出る質問。「" + "あ" * 20)),
    "the platform's part of the price": ("payment _PLATFORM_PART_RE, _COUNT_RE, _PLATFORM_NAME_HINT, _platform_parts",
                                         _cycle("アプリの決済は" + "あ" * 11 + "サイトの1回だけサイトに載せなかった品物代だけサイトで、")),
    "a message written all in kana": ("payment _HAN_RE, _KANA_RE, _NOT_PLAIN_RE, kana_written, kana_restored",
                                      _cycle("ﾁｮｸｾﾂ ﾄﾘﾋｷ ｼﾏｾﾝｶ ｹﾞﾝｷﾝ ﾃﾞ ")),
    "terms in brackets": ("payment _TERM_QUOTE_RE", _cycle("「直接取引」『個人間送金』「直接取引で「" + "漢" * 12 + "」")),
    "quotes after the telling": ("mentions INTRODUCED_QUOTE_RE, _SETTING_RE (speaker before a quote); payment _quoted_spans",
                                 _cycle("こう言われた。「直接で」届いた：「「って来ました。" + "あ" * 30)),
    "bank details and wallets": ("payment_details _CHAIN_RE, _TOPIC_RE, find_details",
                                 _cycle("振込先は○○銀行 普通 1234567、BTCアドレス bc1qxy2kgdygjrsqtzq2n0yrf2493p83kkf ")),
    "bank details that never complete": ("payment_details _PATTERNS near misses (bank, yucho, account, crypto, link, app_id)",
                                         _cycle("みずほ銀行 渋谷支店 普通 口座番号は 記号10000 番号 1234 0xab paypay id: paypal.me/ ")),
    "payment menus": ("payment_details _WRITTEN_RE, _OUTSIDE_WAY_RE, _CHOICE_RE, _MENU_NEGATION_RE",
                      _cycle("お支払いはどれか選んで：PayPay、PayPal、銀行振込 0.5% ギフト券は使えません ")),
    "money words next to channels": ("contact_lexicon MONEY_RE; payment _SET_ASIDE_RE, _CONTACT_WORD_RE",
                                     _cycle("報酬はLINEではなく振込で、メールでなく電話で支払い ")),
    "English deal words": ("payment_english _DEAL_WORD_RE", _cycle("pay the fee outside the contract, cheap price deal ")),
    "gift vouchers offered": ("payment_details _VOUCHER_RE", _cycle("アマギフ 5,000円分でどうですか ギフト券1000円分で ")),
    "English payment talk": ("payment_english _SENTENCE_RE, _LATIN_RE, _NEGATED_PLATFORM_RE, find_english",
                             _cycle("Let's not use the platform. Pay me via PayPal directly! no escrow ")),
    "translated quotes, far job topics, anaphora": ("payment _TRANSLATED_RE, _TOPIC_GAP_RE, _LIST_GAP_RE, _MEANS_AFTER_RE, "
                                                    "_topic_of_work, _anaphora, _answer",
                                                    _cycle("「PayPayで払って」を英訳、翻訳：「直接取引」PayPay決済をECサイトに導入"
                                                           "手渡しでの集金業務。iTunesカードならあるけど、それで買えます？"
                                                           "直接だとあれだけど、その方が安いし。直接契約のお話、"
                                                           "比較表（PayPay、LINE Pay、楽天ペイ）")),
    "example lists under a heading": ("payment _EXAMPLE_HEAD_RE, _BULLET_RE, _example_lists, _quoted_spans",
                                      _cycle("よくある誘い文句の例\n・直接取引しませんか\n・PayPayで送って\n1) 手数料なしで\n")),
    "Chinese and Korean payment talk": ("payment_foreign _SCRIPT_RE, _KANA_RE, _HANGUL_RE, _SENTENCE_RE, lexicon patterns, find_foreign",
                                        _cycle("支付宝转账给你吧不走平台收款码발我 토스로 보내 드릴게요 여기 말고 계좌 번호 ")),
    "English questions answered no": ("payment_english _ANSWERED_NO_RE, _FAQ_QUESTION_RE, _PLATFORM_WORD_RE, _WARNING_HEAD_RE, find_english",
                                      _cycle("Q: Pay outside the app? A: - — no no, nope you lose not protected.\nscam red flags examples: :\n- pay me\n")),
    "English quotes told about": ("payment_english _REPORTED_QUOTE_RE, _judge told spans",
                                  _cycle('they say "pay me on PayPal" and message you: "venmo me" said " says \'i\'ll pay\' ‘x’ \'')),
    "held payouts told as what may happen": ("payment_details _HELD_MAY_RE, _HELD_RE (every match tried)",
                                             _cycle("報酬が保留されることもあり、売上金凍結の")),
    "held payouts claimed elsewhere": ("payment_details _HELD_RE, _ROUTE_RE, _HELD_NEGATION_RE",
                                       _cycle("報酬 48,600円 が保留中です 受け取りには下記のLINE公式アカウント @cw-pay "
                                              "090-1234-5678 pay@example.com 保留 失効 ")),
    # -- phone_words.py: number words read out
    "kana readings with separator words": ("phone_words _JAPANESE run, _units, _segment_edits, _SEP_WORD_RE",
                                           _random_words(("ぜろ", "きゅう", "いち", "さん", "ハイフン", "スペース", "と",
                                                          "まる", "はち"), 21, " ")),
    "English and pinyin number words": ("phone_words _LATIN_THREE_RE, _LATIN_WORD_RE, _latin_digits, FIRST_CHAR_RE, "
                                        "_FIRST_LETTER_RE",
                                        _random_words(("oh", "nine", "zero", "one", "double", "ling", "jiu", "yao",
                                                       "san", "two", "dash"), 22, " ")),
    "number words glued without spaces": ("phone_words latin unit {1,12}; contact_english gates (was quadratic)",
                                          _cycle("zeroninezeroonetwothreefour")),
    "Korean readings (hangul, katakana)": ("phone_words _HANGUL_RE, _KOREAN_ONLY_RE, _KOREAN_THREE_RE, _korean",
                                           _cycle("공일공 일이삼사 コン イル イ サム サ オ ")),
    "digits next to readings": ("phone_words _DIGIT_THEN_READING_RE, _DIGIT_THEN_READING_REVERSED_RE, _DIGIT_RUN_RE, "
                                "_KANA_THREE_RE, _READING_RE, _between_digits",
                                _cycle("0まる9まる 3ご2 21くらい ")),
    "zero words before readings": ("phone_words _ZERO_WORD_RE", _cycle("おーきゅーぜろ、れーいち ")),
    "readings drawn out": ("phone_words DRAWN_MARK_RE, _DRAWN_THREE_RE, drawn_kana_alternation, drawn_key",
                           _random_words(("ゼーロ", "にぃ", "きゅぅ", "ごぉ", "ようん", "な〜な", "ー", "〜", "no",
                                          "zero", "ぜろぉ", "ばんごう"), 23, "")),
    "the count and the radio's readings": ("phone_words _COUNTING_GATE_RE, _COUNTING run, _counting_units; "
                                            "normalize _KANA_THREE_RE (old count), _DRAWN_MARK_RE",
                                            _random_words(("まる", "ひと", "ふた", "み", "よ", "いつ", "む", "や", "ここ",
                                                           "ー", "の", "090"), 24, " ")),
    "English read out in katakana": ("phone_words _KATAKANA_ENGLISH_RE", _cycle("セブンイレブン ゼロシックス ナインティナイン、 ")),
    "provider domains said apart": ("fragments TLD_APART_RE; email _domain_variants, _named_with_domain",
                                    _cycle("アウトルックの .jp ホットメールの .co.jp (hotmail.co.jp の方) あいくらうどの aki_77 ")),
    "groups named after them": ("fragments _ROLE_AFTER_RE, _with_role",
                                _cycle("2290が最後で、090が最初、4471（中）1200が上手 0930は下の ")),
    "goro groups after a trunk": ("phone_goro _CUE_RE, _GROUP_RE, _GAP_RE, _TRUNK_END_RE, _read_group, _read_rest",
                                  _random_words(("090", "ゼロハチゼロ", "ヨロシク", "ミナミナ", "の", "、", "☎", "電話",
                                                 "イイクニ", "ナナナナ"), 23, "、")),
    "digits joined by words": ("phone_words _SEP_WORD_GATE_RE, _trim_edges, _glued_particle",
                               _cycle("090と2276と4815に電話 番号にご連絡 ")),
    # -- fragments.py: parts of one message joined (the split-identifier detector)
    "digit groups joined by words": ("fragments _JOIN_CUE_GATE_RE, _RUN_RE, _DIGIT_RUN_RE, _GROUP_RE, _JOINER_GAP_RE, "
                                     "_SAME_GROUP_GAP_RE, _UNREAD_SEP_RE, _within, _phone",
                                     _cycle("090と1234と5678をつなげて ")),
    "spelled address in pieces": ("fragments _SPELLED_RE, _NAMES_A_SIDE_RE, _TIGHT_GAP_RE, _spelled, _email_by_role",
                                  _cycle("taro、ドット、yamada、アットマーク、gmail、ドット、com 続けて ")),
    "parts named by position": ("fragments role patterns, _ROLE_BREAK_RE, _phone_by_role, _CUE_RE",
                                _cycle("最初は090、最後が5678、真ん中1234 ")),
    "amounts and dates among parts": ("fragments _AMOUNT_RE, _DATE_TIME_RE, _UNIT_RE, _CURRENCY_BEFORE_RE, _in_amount_or_date",
                                      _cycle("1,000円 12/31 10:30 ¥500 と 090 つなげて ")),
    "dummy numbers and spelled symbols": ("fragments _NOT_REAL_RE, _WORD_SYMBOL_RE",
                                          _cycle("ダミーの番号 090と1234と5678 taro at gmail dot com つなげて ")),
    "English sentences after a full stop": ("fragments _WORD_STOP_RE, _SENTENCE_OPENING_RE, _new_sentence",
                                            _cycle("Can't share LINE here. Let's meet at the station. See'll Aa. ")),
    "towns for area codes, groups read with の": ("fragments _city_alone_re, _city_alone, _LANDLINE_RE, _NO_GAP_RE, "
                                                 "_read_out_no, _area_code_re",
                                                 _cycle("固定電話は 市外は横浜の 佐久の局番で 沼津の 62の4418の の の ")),
    "words that close a group, fillers": ("fragments _CLOSES_A_GROUP_RE, _RAW_CLOSES_A_GROUP_RE, _FILLER_ALONE_RE",
                                          _cycle("0までが頭 1の部分は一緒 2も同じ の、えーと あのー ")),
    "IDs spelled a character at a time": ("fragments _LETTER_BY_LETTER_RE, _ONE_CHAR_GAP_RE, _letter_by_letter",
                                          _cycle("t、a、k、u b・i・k・e K O U 7-7・a a a a ,")),
    "kanji numerals alone": ("fragments _KANJI_ONLY_RE (a message of kanji digits)", _cycle("〇九〇一二三")),
    "ordinals and readings named by position": ("fragments _ROLE_HEAD_RE, _READING_GATE_RE, _READING_END_RE, "
                                                "_named_readings, _labelled_groups, _phone_by_role, _SELF_FIX_RE, _CORRECTS_RE",
                                                _cycle("二つ目のまとまりが〇八〇、しっぽ＝ななはち、その間が 注文番号の最初は 真ん中2…じゃなくて3 ")),
    "groups given in clauses": ("fragments _phone_in_clauses, _clause_res, _clause_gap, _DESCRIBED_RE, _PHONE_SEP_RE, "
                                "_BY_GROUP_RE, _reversed, _ZERO_WORD_RE, _handed_over, _PLUS_JOINS_RE, _digit_by_digit, _prepended, "
                                "_SPACED_DIGIT_RE (readings glued to digits), _LONE_ZERO_RE",
                                _cycle("080は9361で、その後3374 ぜろきゅうぜろ＋推しの4桁(1024)+7777 2…いや、2・8・1・5と "
                                       "一二と三四 逆から 区切りごと つなげて 電話 九〇の前にゼロ、えっと、ななごー29で 次が12さんよん 0きゅう0 その後ゼロ ")),
    "readings in clause-split groups": ("fragments _ZERO_WORD_RE (a typed 0, English zeros), _numeral_res (大字, one-kana "
                                        "katakana, readings glued to digits), _READING_END_RE, _named_readings (particle trim)",
                                        _cycle("零壱壱から始まって、次が伍伍弐 マルサンは4435で 0肆伍で、えっと oh six です。つぎ は five "
                                               "それからゴ739 59ニ2 三四三五 に電話 26ごろく。 急ぎならオーハチレイ その後七18 ")),
    "groups told with talk between": ("fragments _told_gap, _SEQUENCE_RE, _GAP_COUNT_RE, _TOLD_BREAK_RE (a described group "
                                      "in a message about a phone)",
                                      _cycle("電話は090のあとに私の誕生日の 1124、そのあとに下4桁だけ変わって。 then comes 44 ")),
    "a number without its trunk 0": ("fragments _TRUNK_ZERO_RE, _trunk_zero_left_off (groups that take a 0 back)",
                                     _cycle("電話 90-4471 頭の0は 頭に〇を付け ゼロ抜き 0省略 add a zero at the 9 ")),
    "lines that open with digits": ("fragments _LINE_INITIAL_RE, _read_down, _number_down (a number read down the "
                                    "lines; gate _kanji_digits)",
                                    _cycle("0時\n5つ\n〇から\n0月\n七色\n")),
    "corrections and fillers between groups": ("fragments _clause_res (gap, correction), _takes_back, _POSITION_WORD_RE, "
                                               "_roles_in",
                                               _cycle("090じゃなくてではなくいやえっとで、その後4桁ずつ1 2 3 ")),
    "join words far from pieces": ("fragments _SENTENCE_END_RE, _MEASURE_RE, _near_join_word, _line_by_join",
                                   _cycle("LINE ID taro と 630px 2gb をつないで。問い合わせ\n- a ")),
    # -- gate.py: plain Japanese with soft gate words
    "soft gate words in plain text": ("gate _kana_digits, kanji, slang, long-o, Korean and spacing tests per hit",
                                      _cycle("ごはんにさんぽ、ら、こーひー一つ、イルカ・サム ")),
    # -- masking.py and spans.py: a finding everywhere
    "mask a finding everywhere": ("masking mask_findings, _groups, is_identifier, _ONE_WORD_RE, _INVISIBLE_RE; spans Spans",
                                  _cycle("090-1234-5678 taro@gmail.com LINE ID: kei_1234\n"), _mask),
    # -- Guard (guard.py, fragments.py across messages): one message per line, one sender
    "Guard: a chain of digit groups": ("guard check per message, _SAYS_SOMETHING_RE; fragments read, trace, assemble, "
                                       "join_numerals, _GATE_RE, _RAW_CUE_RE, _RAW_TAIL_RE, _RAW_DIGIT_RE",
                                       _lines(lambda i: ("090", "1234", "5678です", "電話番号は")[i % 4]), _guard_chain),
    "Guard: an address in parts": ("guard; fragments rejoin, _RAW_CLOSING_RE, _RAW_OPENING_RE, _ARROW_RE, _LINE_SHAPE_RE, "
                                   "_CLOSING_DIGITS_RE, _LETTERS_ONLY_RE, _ASCII_GATE_RE",
                                   _lines(lambda i: ("メールは k.hashi", "moto★exa", "→ mple.jp", "station")[i % 4]),
                                   _guard_chain),
    "Guard: numerals read aloud": ("guard; fragments closing_numeral, _numeral_res, _kana_numeral_end, _kana_end_re",
                                   _lines(lambda i: ("ぜろきゅーぜろ", "いちにさんよん", "ゼロナナゼロ イ", "チ")[i % 4]),
                                   _guard_chain),
    "Guard: corrections and continuations": ("guard; fragments _POINTS_BACK_RE, _CONTINUES_RE, _CORRECTION_RE, _OFFICIAL_RE",
                                             _lines(lambda i: ("IDは hoshi", "さっきのIDの続き→rin7", "↑これ @572",
                                                               "違った、090-1234-5679じゃなくて")[i % 4]), _guard_chain),
    "Guard: letters one at a time, providers, files": ("guard; fragments _LETTER_SPACED_RE, _SPACED_PART_RE, "
                                                       "_CONTINUES_ALONE_RE, _INTRODUCES_RE, _FILE_NAME_RE, _POINTS_AT_RE, _APOLOGY_RE",
                                                       _lines(lambda i: ("ら い ん は", "k a e d e", "（続きます）",
                                                                         "my gmail is", "photo_1.jpg", "iCloudです",
                                                                         "LINEの", "これ→ momo_22", "090-1234-",
                                                                         "すみません、5678です")[i % 10]),
                                                       _guard_chain),
    "Guard: apologies before the parts": ("guard; fragments _APOLOGY_RE",
                                          _lines(lambda i: ("すみません、090", "ごめん 1234", "失礼しました。5678です", "えっと")[i % 4]),
                                          _guard_chain),
    "Guard: an order announced, a group taken back": (
        "guard; fragments _REVERSE_ANNOUNCED_RE, _marks, _fix_re, _reversed_across, _role_prefix, _ROLE_BREAK_RE, "
        "_RESENT_GAP_RE, _CONTINUE_MARK_RE, _resumed, _mistyped_group, _NAMED_LOCAL_RE, _PLACED_RE, _placed_after, "
        "_TAKEN_BACK_GROUP_RE, _taken_back, _CLOSING_KANJI_RE, _LABELLED_GROUP_RE, _NUMERAL_TAIL, _LABEL_OPENING_RE, "
        "_COUNTED_AFTER_RE, _corrected_value, _area_code_re, _DECLARED_AT_RE, _declared_at, "
        "_AFTERTHOUGHT_RE, refers_back, _SORRY_RE, _opening_marks, _replaces_last",
        _lines(lambda i: ("全部逆から書きます", "6733", "ほんで2911", "あ、ちがう2919", "後ろから失礼します",
                          "ケツが080や", "2911のあとは - 4027", "すみません。続き → 0986", "29111",
                          "すみません 2911 です", "ドメインは ex-am.jp", "担当のアドレスは ab で、", "yahoo（.co.jpの）",
                          "2番目が頭、1番目が最後、3番目が3番目が", "三四五六…じゃなか、三四六五たい",
                          "注文番号は 〇九〇 のですね", "090っす", "IDは ka_7", "あ、77 です、7 ふたつ",
                          "FYI: note", "市外局番は大阪と同じです", "局番は局番は局番は", "アドレスは ab.1★",
                          "★を★を★をアットに ab.jp", "ごめん 2912 やった", "2912じゃなくて2921")[i % 26]),
        _guard_chain),
    "Guard: reactions between the parts, parts on a new line": (
        "guard; fragments _REACTION_ALONE_RE, _OPENS_ON_NEW_LINE_RE, _APOLOGY_RE, _continued, _PIECE_ENDS_RE, "
        "_NAME_DOT_NAME_RE",
        _lines(lambda i: ("連番の件、らいんでまとめて話そう！IDは mo", "笑", "mo_live", "🙏🙏", "\n2023",
                          "税務調査の件は事務所の代表番号までご連絡ください。代表：06-6318", "（続き）-7724",
                          "ｗｗｗ [スタンプ]", "あ、最後 08 でした！ 07は妹のだ", "PDFいただけますか aoi.hoshi.1987",
                          "ドコモのやつです")[i % 11]),
        _guard_chain),
    "Guard: the rest announced by its size, an ID a character a message, a landline's city": (
        "guard; fragments _REST_ANNOUNCED_RE, _USUAL_RE, _role_prefix, spelled_on, _area_code_re (a landline), _INSERTED_RE, _OPENS_CONTINUING_RE, _STARTS_FROM_RE, _marks (resumed)",
        _lines(lambda i: ("携帯は080-3317の", "あとはうちのいつもの4桁です笑", "📞", "下はいつもの4桁です。いち・に",
                          "L", "i", "n", "e", "m", "_", "あとはいつものいつものうちのふだんの4桁",
                          "自宅の固定は札幌の", "固定固定固定電話は大阪大阪の", "612-3456",
                          "sora のあとに 7 が入ります", "a.a.a.a.a.a のあとに のあとに b が", "名前はkoharuで",
                          "のあとにのあとにに続けて 0318", "番号はね、090から から から", "寒いね さっきの続き 5523")[i % 20]),
        _guard_chain),
    "Guard: providers ruled out, cut words, searches, corrections": (
        "guard; fragments _NEGATED_RE, _SEARCH_FOR_RE, _TOKEN_RE, _corrected_value, _earlier_parts, _glued, "
        "_provider_hint_re, _names_provider_raw, _ASCII_LETTER_RE, _LINE_REFUSED_RE, _REFERS_BACK_RE, refers_back, "
        "_joined_as_told, _APPENDED_RE, _FILLER_ALONE_RE, _NAMED_NUMBER_RE, not_real; guard _PARTICLE_ALONE_RE",
        _lines(lambda i: ("me.comじゃなくて icloud.com のほうです", "ゆーざーめいは naoko.s.1960", "ラインで",
                          "sakura_mama22 で検索して", "メアドは ryo", "ta.8821", "auのやつ",
                          "まちがえました 1948じゃなくて1949です", "の", "この2つをアンダーバーでつないでね",
                          "座席番号は090")[i % 11]),
        _guard_chain),
    "Guard: groups named by place out of order, a group after an answer, a typo named": (
        "guard; fragments _placed_across, _roles_in, _ANSWER_ENDS_RE, _OPENING_GROUP_RE, _answered_group, _marks, "
        "_TYPO_GAP_RE, _NOT_BUT_RE, _PLACE_BEFORE_RE, _typo_named, rejoin, _BEFORE_AT_RE, _BEFORE_THE_PART_RE, "
        "_LOCAL_SHAPE_RE, _before_the_host, _host_of, _RULE_RE, _NAME_PIECE_RE, _composed, _retyped",
        _lines(lambda i: ("下4桁が8812", "上が080、真ん中4337", "090", "いえ、私のです。4518", "まえ070、なか8813",
                          "yes texts are fine. 5521", "。。。、、、 1234", "市内局番は231", "なかなか 2093",
                          "IDは rin_snaek92", "ごめん、snaekじゃなくてsneakです。a a a a", "not a but b not a but b",
                          "最後最後5じゃなくてじゃなくて8です", "a → b → c → d", "5時じゃなくて8時で",
                          "gmail.com", "の前に@での前に@での前に@で", "アットの前はアットの前は a.b.c.d.e",
                          "before the @ is before the @ is x", "苗字のローマ字に誕生日4桁 名前＋名前＋名前と",
                          "name plus name plus my birth year", "そうです、hoshino", "で、0412", "gmailです")[i % 24]),
        _guard_chain),
    "Guard: the turn around a piece: checks, end marks, case talk, half-width readings": (
        "guard; turns _closing_re, _case_re, _confirm_re, _RUN_RE, _AFTER_RESTATED_RE, _restated, piece_of; fragments _HALF_KANA_RE, "
        "_kana_numeral_end, _BEFORE_HOST_RE, _ATTACHED_RE, _before_the_host (a host, then the part before it)",
        _lines(lambda i: ("090、いい？", "ｾﾞﾛﾊﾁｾﾞﾛ、ok?", "全部小文字で、ra_1120", "小文字のm、それにogawa",
                          "いい？いい？いい？ いい？", "080から言いますね", "以上です。以上です", "そう、小文字小文字小文字",
                          "ﾛｸﾆｰﾖﾝｲﾁ", "all lowercase, then then then", "@icloud.com の前に、、、 その前が",
                          "pianist.rei をつけてをつけて", "@a.jpの前に入るのが", "@より後ろは@より後ろは a.jp",
                          "で、で、ドメインは a.jp", "こちらまでお願いします。こちらまで ab", "合ってます。はい、はい、 5521",
                          "ok ok ok ok, then 0937")[i % 18]),
        _guard_chain),
    "Guard: a reply quoting many lines": ("guard; turns _QUOTED_LINE_RE, _HAS_QUOTE_RE, piece_of (one message)",
                                          _cycle("> 最後は？\n＞ \u3000ok\n  >\n"), _guard_one),
    "Guard: a part broken over lines": ("guard; fragments _LINE_CONTINUED_RE, _BROKEN_AFTER_PART_RE, _classify "
                                        "(one message)", _cycle("hina.pon\n.0505 \n"), _guard_one),
    "Guard: a provider, then spacing": ("guard; fragments _INTRODUCES_RE (one message)",
                                        lambda n: ("gmail" + " " * n)[:n - 1] + "x", _guard_one),
    "Guard: one long message ending in a part": ("guard; fragments read, _clean, _CLEAN_RE, trace (one message)",
                                                 lambda n: ("a1 " + "。" * n)[:n - 4] + "x090", _guard_one),
    "Guard: one long message of dots": ("guard; fragments may_begin_chain, _RAW_TAIL_RE (one message)",
                                       lambda n: "." * (n - 1) + "x", _guard_one),
    "Korean and Chinese channel words without a sentence end": (
        "contact_foreign _SENTENCE_RE, _KANA_RE, _HANGUL_RE, _PAY_AFTER_RE, channel and cue words (one endless sentence)",
        _cycle("카톡 라인으로 연락 微信 加我 온라인 wechat pay 카카오페이 a.b ")),
    "values corrected one after another": ("corrections _CORRECTION_RE, _NOT_BEFORE_RE, _slip (neighbouring pairs only)",
                                           _cycle("090-1234-5678じゃなくて090-1234-5679 not a@b.jp間違いa@c.jp ")),
    # -- CLI and service
    "allow pragmas on one line (CLI)": ("corpus allowed_ranges: ALLOW_PRAGMA, _PRAGMA_WORD, line bounds per pragma "
                                        "(was quadratic)", _cycle("leakguard leakguard: allow "), _pragmas),
    "a file in EUC-JP (CLI)": ("corpus decode_bytes, _japanese_weight; _JAPANESE per streamed chunk",
                               _cycle("こんにちは、発送は明日です。ﾃｽﾄ\n"), _decode),
    "HTML report of invisible characters": ("htmlreport clean: _INVISIBLE", _cycle("a\u200b\u202e\x00\n"), _html),
    "OCR text with spaced addresses": ("images_ocr _tidy: _ADDRESS_GAP, _ID_GAP; _CANDIDATE per line",
                                       _cycle("ID: ab. cd- examp le. com @ ta ro. "), _ocr),
    "one long messaging link (QR)": ("images messaging_qr: _LINK", lambda n: ("https://line.me/ti/p/" + "a" * n)[:n], _qr),
    "policy domains": ("policy _DOMAIN_RE (a long domain in a policy file)", lambda n: ("a-" * n)[:n - 1] + ".", _policy_domain),
    "masked copy of a record of many values (CLI --mask)": ("maskcopy _mask_values per value",
                                                            _cycle('"090-1234-5678", 9012345678, "taro@gmail.com", '),
                                                            _mask_values),
    "baseline of many findings (CLI --baseline)": ("baseline Matcher.is_known per finding",
                                                   _cycle("090-1234-5678 "), _baseline),
}
CASES: dict[str, Callable[[int], str]] = {name: case[1] for name, case in _CASES.items()}
PATHS: dict[str, str] = {name: case[0] for name, case in _CASES.items()}
RUNS: dict[str, Callable[[str], None]] = {name: case[2] if len(case) > 2 else _scan for name, case in _CASES.items()}


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


def best_of(text: str, repeats: int, give_up: float, timed: Callable[[str], None] = _scan) -> float:
    """Best CPU time of ``repeats`` calls of ``timed``; a call that has used ``give_up`` s of CPU is
    interrupted (SIGPROF) and reported as ``inf``, so one quadratic path cannot hold the run for an
    hour. CPU, not wall time: on a shared machine a linear case may wait longer than it runs."""
    best = float("inf")
    old = signal.signal(signal.SIGPROF, _alarm)
    try:
        for _ in range(repeats):
            gc.collect()
            t0 = time.process_time()  # CPU time: other processes on a shared machine do not count
            signal.setitimer(signal.ITIMER_PROF, give_up)
            try:
                timed(text)
            except GaveUp:
                return float("inf")
            finally:
                signal.setitimer(signal.ITIMER_PROF, 0)
            elapsed = time.process_time() - t0
            if elapsed < SHORT_RUN:
                # a call of a few ms is below what one CPU-time reading resolves: time a batch of
                # calls and take the mean (as timeit's autorange does)
                calls = int(SHORT_RUN / max(elapsed, 1e-4)) + 1
                t0 = time.process_time()
                for _ in range(calls):
                    timed(text)
                elapsed = (time.process_time() - t0) / calls
            best = min(best, elapsed)
            if elapsed > ONE_RUN_ENOUGH:
                break  # slow enough that noise does not matter; keeps the whole run within minutes
    finally:
        signal.signal(signal.SIGPROF, old)
    return best


def run(cases: dict[str, Callable[[int], str]], repeats: int, give_up: float) -> list[dict]:
    import leakguard

    for name in cases:  # imports and tables of what the cases time (corpus, htmlreport, Guard …)
        RUNS[name]("x")
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
            try:
                times[n] = best_of(text, repeats, give_up, RUNS[name])
            except Exception as exc:  # reported in the table: one broken path must not end the run
                note = f"raised {type(exc).__name__} on {n:,} chars"
                break
            if times[n] == float("inf"):
                del times[n]
                note = f"gave up: still running after {give_up:.0f} s of CPU on {n:,} chars"
                break
        print(f"  {name}: " + (", ".join(f"{n:,} chars {t:.2f} s" for n, t in times.items()) or note),
              file=sys.stderr)
        doubled, base = times.get(SIZES[1]), times.get(SIZES[0])
        results.append({
            "name": name,
            "t": times,
            # (a case done in under 2 ms has no ratio worth printing: timer resolution, not growth)
            "ratio": None if doubled is None or base is None or base < FAST else doubled / base,
            "fast": base is not None and base < FAST,
            "vs_chat": max((times[n] / chat[n] for n in times), default=float("inf")),
            "note": note,
        })
    return results


def verdict(r: dict) -> str:
    if r["note"]:
        return "RAISED" if r["note"].startswith("raised") else "TOO SLOW"
    if r.get("fast") and r["vs_chat"] <= CHAT_LIMIT:
        return "ok (under 2 ms)"
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
    RUNS[name]("x")
    prof = cProfile.Profile()
    prof.enable()
    RUNS[name](text)
    prof.disable()
    pstats.Stats(prof).sort_stats("cumulative").print_stats(25)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--only", action="append", help="run only this case (repeatable)")
    ap.add_argument("--repeats", type=int, default=3)
    ap.add_argument("--give-up", type=float, default=10.0,
                    help="CPU seconds; a call still running then is interrupted and the case reported TOO SLOW")
    ap.add_argument("--profile", metavar="NAME", help="cProfile one case at 100k and exit")
    ap.add_argument("--markdown", action="store_true", help="(output is always a Markdown table)")
    ap.add_argument("--list", action="store_true", help="print the cases and the code path each drives, and exit")
    ap.add_argument("--small", action="store_true", help="10k and 20k characters instead of 100k and 200k (a probe)")
    args = ap.parse_args(argv)
    if args.small:
        global SIZES
        SIZES = (10_000, 20_000)
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
