#!/usr/bin/env python3
"""Build the hand-written, fictional labelled corpus for leakguard.

Deterministic: `python data/labelled/build_corpus.py` always writes the same
dev.jsonl / test.jsonl (seeded random.Random, no wall-clock input).

Every message is produced from a hand-written template (see templates.py next
to this file) whose slots are filled with invented values (names, phone
numbers, e-mail addresses, LINE IDs, prices, dates ...).  Labels for values
(phone_number / email_address / line_id) are computed from the slot value
(E.164 via `phonenumbers`); labels for intent (external_contact /
off_platform_payment) are declared on the template by hand.

The script validates every row and exits with an error if anything is off.
Run with --stats to print the count tables that are pasted into README.md.
"""
from __future__ import annotations

import collections
import json
import os
import random
import re
import sys
import unicodedata

import phonenumbers

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import templates as T  # noqa: E402

SEED = 20241231
HERE = os.path.dirname(os.path.abspath(__file__))

CATEGORIES = ["phone_number", "email_address", "line_id", "external_contact", "off_platform_payment"]
BLOCKING = {"phone_number", "email_address", "line_id", "off_platform_payment"}
CHANNELS = {"line", "chatwork", "skype", "discord", "slack", "telegram", "whatsapp", "signal", "instagram",
            "x", "facebook", "zoom", "google_meet", "teams", "kakao", "wechat", "email", "phone"}
TAGS = {
    # difficulty / disguise
    "fullwidth", "kanji_digits", "kana_reading", "spaced", "split_lines", "homoglyph", "zero_width",
    "circled_digits", "keycap", "at_mark_word", "dot_word", "implicit_provider", "euphemism", "slang", "url",
    "official_account", "negation", "refusal", "hard_negative", "job_topic", "price", "date", "postal_code",
    "order_number", "long",
    # extra format tags (documented in README)
    "intl_format", "paren_format", "odd_separator", "uppercase", "multi_leak", "indirect",
    # voice / register
    "formal", "casual", "client", "worker",
} | set(CATEGORIES)

rng = random.Random(SEED)

# ---------------------------------------------------------------------------
# helpers
# ---------------------------------------------------------------------------

def e164(digits: str) -> str:
    n = phonenumbers.parse(digits, "JP")
    if not phonenumbers.is_valid_number(n):
        raise ValueError(f"invalid phone number {digits}")
    return phonenumbers.format_number(n, phonenumbers.PhoneNumberFormat.E164)


def valid_phone(digits: str) -> bool:
    try:
        return phonenumbers.is_valid_number(phonenumbers.parse(digits, "JP"))
    except phonenumbers.NumberParseException:
        return False


def rdigits(k: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(k))


def phone_like_in(text: str) -> list[str]:
    """E.164 of every VALID number libphonenumber finds in NFKC(text)."""
    t = ZW_RE.sub("", unicodedata.normalize("NFKC", text))
    return [phonenumbers.format_number(m.number, phonenumbers.PhoneNumberFormat.E164)
            for m in phonenumbers.PhoneNumberMatcher(t, "JP")]


ZW_RE = re.compile("[\u200b\u200c\u200d\u2060\ufeff]")
EMAIL_RE = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")


def emails_in(text: str) -> list[str]:
    t = ZW_RE.sub("", unicodedata.normalize("NFKC", text))
    return [m.group(0).lower() for m in EMAIL_RE.finditer(t)]


def safe_digits(k: int, first="123456789") -> str:
    """Random digit string that libphonenumber does not read as a valid JP number."""
    while True:
        d = rng.choice(first) + rdigits(k - 1)
        if not phone_like_in(f"番号 {d} です") and not valid_phone(d):
            return d


# ---------------------------------------------------------------------------
# phone numbers
# ---------------------------------------------------------------------------

def gen_phone(kind: str) -> str:
    for _ in range(1000):
        if kind == "mobile":
            d = rng.choice(["090", "090", "080", "080", "070"]) + rng.choice("123456789") + rdigits(7)
        elif kind == "060":
            d = "060" + rng.choice("123456789") + rdigits(7)
        elif kind == "ip":
            d = "050" + rng.choice("123456789") + rdigits(7)
        elif kind == "fixed":
            d = rng.choice([
                lambda: "03" + rng.choice("3456") + rdigits(7),
                lambda: "06" + rng.choice("467") + rdigits(7),
                lambda: "011" + rng.choice("2378") + rdigits(6),
                lambda: "045" + rng.choice("2349") + rdigits(6),
                lambda: "052" + rng.choice("2379") + rdigits(6),
                lambda: "092" + rng.choice("4567") + rdigits(6),
                lambda: "0776" + rng.choice("2345") + rdigits(5),
            ])()
        elif kind == "tollfree":
            d = rng.choice([lambda: "0120" + rng.choice("1234569") + rdigits(5),
                            lambda: "0800" + rng.choice("1235678") + rdigits(6)])()
        else:
            raise ValueError(kind)
        if valid_phone(d):
            return d
    raise RuntimeError("could not generate phone")


def groups(d: str) -> list[str]:
    if d.startswith("0120") or d.startswith("0570"):
        sizes = [4, 3, 3]
    elif d.startswith("0800"):
        sizes = [4, 3, 4]
    elif d[:3] in ("050", "060", "070", "080", "090"):
        sizes = [3, 4, 4]
    elif d[:2] in ("03", "06"):
        sizes = [2, 4, 4]
    elif d.startswith("0776"):
        sizes = [4, 2, 4]
    else:
        sizes = [3, 3, 4]
    out, i = [], 0
    for s in sizes:
        out.append(d[i:i + s])
        i += s
    assert "".join(out) == d
    return out


KANJI = "〇一二三四五六七八九"
KANA_H = ["ぜろ", "いち", "に", "さん", "よん", "ご", "ろく", "なな", "はち", "きゅう"]
KANA_K = ["ゼロ", "イチ", "ニ", "サン", "ヨン", "ゴ", "ロク", "ナナ", "ハチ", "キュウ"]
CIRCLED = "⓪①②③④⑤⑥⑦⑧⑨"
ZW = ["\u200b", "\u200c", "\u2060"]


def fw(s: str) -> str:
    out = []
    for ch in s:
        if "!" <= ch <= "~":
            out.append(chr(ord(ch) + 0xFEE0))
        else:
            out.append(ch)
    return "".join(out)


def insert_zw(s: str, k: int | None = None, lo: int = 1) -> str:
    chars = list(s)
    k = k or rng.randint(2, 4)
    pos = sorted(rng.sample(range(lo, len(chars)), min(k, len(chars) - lo)), reverse=True)
    for p in pos:
        chars.insert(p, rng.choice(ZW))
    return "".join(chars)


PLAIN_PHONE_STYLES = {"hyphen", "nohyphen", "paren", "plus81"}


def render_phone(d: str, style: str) -> tuple[str, list[str]]:
    g = groups(d)
    if style == "hyphen":
        return "-".join(g), []
    if style == "nohyphen":
        return d, []
    if style == "paren":
        if d[:2] in ("03", "06") or d.startswith("0776") or d[:3] in ("011", "045", "052", "092"):
            return rng.choice([f"{g[0]}({g[1]}){g[2]}", f"（{g[0]}）{g[1]}-{g[2]}"]), ["paren_format"]
        return f"({g[0]}){g[1]}-{g[2]}", ["paren_format"]
    if style == "plus81":
        g0 = g[0][1:]
        return rng.choice([f"+81-{g0}-{g[1]}-{g[2]}", f"+81 {g0} {g[1]} {g[2]}", "+81" + d[1:],
                           f"+81({g0}){g[1]}-{g[2]}"]), ["intl_format"]
    if style == "fullwidth":
        sep = rng.choice(["－", "ー", "‐", "－"])
        if rng.random() < 0.25:  # mixed width
            s = "".join(fw(c) if rng.random() < 0.5 else c for c in "-".join(g))
            return s, ["fullwidth"]
        return sep.join(fw(x) for x in g), ["fullwidth"]
    if style == "kanji":
        sep = rng.choice(["", "ー", "の", "-", "　", "、"])
        conv = lambda x: "".join(KANJI[int(c)] for c in x)  # noqa: E731
        return sep.join(conv(x) for x in g), ["kanji_digits"]
    if style == "kana":
        table = KANA_H if rng.random() < 0.6 else KANA_K
        sep = rng.choice(["、", " ", "の", "ー", "　"])
        return sep.join("".join(table[int(c)] for c in x) for x in g), ["kana_reading"]
    if style == "spaced":
        if rng.random() < 0.5:
            return " ".join(d), ["spaced"]
        return "  ".join(" ".join(x) for x in g), ["spaced"]
    if style == "homoglyph":
        s = "-".join(g) if rng.random() < 0.7 else d
        repl = {"0": ["O", "o", "О"], "1": ["l", "I", "|"]}
        chars = list(s)
        idx = [i for i, c in enumerate(chars) if c in repl]
        pick = rng.sample(idx, max(1, len(idx) * 2 // 3))
        for i in pick:
            chars[i] = rng.choice(repl[chars[i]])
        return "".join(chars), ["homoglyph"]
    if style == "zero_width":
        s = "-".join(g) if rng.random() < 0.5 else d
        return insert_zw(s), ["zero_width"]
    if style == "circled":
        sep = rng.choice(["-", "", "ー", " "])
        return sep.join("".join(CIRCLED[int(c)] for c in x) for x in g), ["circled_digits"]
    if style == "keycap":
        sep = rng.choice(["", " ", "➖"])
        return sep.join("".join(c + "\ufe0f\u20e3" for c in x) for x in g), ["keycap"]
    if style == "odd":
        sep = rng.choice(["の", "_", "*", "/", ".", "・", "〜"])
        return sep.join(g), ["odd_separator"]
    if style == "split":
        if rng.random() < 0.5:
            return "\n".join(g), ["split_lines"]
        return f"{g[0]}-{g[1]}\n{g[2]}", ["split_lines"]
    raise ValueError(style)


PHONE_STYLE_WEIGHTS = [("hyphen", 12), ("nohyphen", 5), ("fullwidth", 10), ("kanji", 10), ("kana", 10),
                       ("spaced", 8), ("homoglyph", 8), ("zero_width", 8), ("circled", 7), ("keycap", 6),
                       ("odd", 6), ("plus81", 6), ("paren", 4)]
HEAVY_STYLES = [("fullwidth", 10), ("kanji", 10), ("kana", 9), ("spaced", 8), ("homoglyph", 8),
                ("zero_width", 8), ("circled", 7), ("keycap", 5), ("odd", 6)]
PHONE_KIND_WEIGHTS = [("mobile", 62), ("ip", 8), ("060", 6), ("fixed", 16), ("tollfree", 8)]


def wchoice(pairs):
    tot = sum(w for _, w in pairs)
    r = rng.uniform(0, tot)
    for v, w in pairs:
        r -= w
        if r <= 0:
            return v
    return pairs[-1][0]


def deck(pairs):
    """Draw from a shuffled deck holding each value `weight` times, so style proportions stay close to the weights."""
    cards: list = []

    def draw():
        if not cards:
            cards.extend(v for v, w in pairs for _ in range(w))
            rng.shuffle(cards)
        return cards.pop()
    return draw


def slot_phone(kind=None, styles=None, style=None):
    style_deck = deck(styles or PHONE_STYLE_WEIGHTS)
    kind_deck = deck(PHONE_KIND_WEIGHTS)

    def f():
        k = kind or kind_deck()
        d = gen_phone(k)
        s = style or style_deck()
        surface, tags = render_phone(d, s)
        tags = list(tags)
        return surface, [("phone_number", e164(d))], tags, {"plain_phone": e164(d)} if s in PLAIN_PHONE_STYLES else {}
    return f


# ---------------------------------------------------------------------------
# e-mail
# ---------------------------------------------------------------------------
FIRST = ["taro", "hanako", "yuki", "kenta", "mika", "sho", "aoi", "riku", "nana", "daiki", "haruka", "sora",
         "ren", "mei", "kaito", "yui", "takumi", "saki", "ryo", "emi", "shun", "asuka", "kei", "rina", "tomo",
         "natsu", "hiro", "yuna", "koji", "maho"]
LAST = ["sato", "suzuki", "takahashi", "tanaka", "ito", "watanabe", "yamamoto", "nakamura", "kobayashi", "kato",
        "yoshida", "yamada", "sasaki", "matsumoto", "inoue", "kimura", "shimizu", "mori", "ikeda", "hashimoto"]
WORDS = ["design", "works", "office", "studio", "illust", "writer", "dev", "photo", "movie", "lab", "craft",
         "note", "edit", "web", "art"]
EX_DOMAINS = ["example.com", "example.jp", "example.co.jp", "example.net", "example.org", "example.ne.jp",
              "mail.example.com", "example-studio.jp", "sample.example.jp"]
PROV_DOMAINS = ["gmail.com", "yahoo.co.jp", "icloud.com", "outlook.jp"]
PROVIDERS = [("gmail", "gmail.com"), ("Gmail", "gmail.com"), ("ジーメール", "gmail.com"), ("ヤフー", "yahoo.co.jp"),
             ("ヤフーメール", "yahoo.co.jp"), ("Yahoo!メール", "yahoo.co.jp"), ("docomo", "docomo.ne.jp"),
             ("ドコモ", "docomo.ne.jp"), ("au", "au.com"), ("ソフトバンク", "softbank.ne.jp"),
             ("icloud", "icloud.com"), ("iCloud", "icloud.com")]


def gen_local() -> str:
    f, l, w = rng.choice(FIRST), rng.choice(LAST), rng.choice(WORDS)
    n2, n3, n4 = rng.randint(10, 99), rng.randint(100, 999), rng.randint(1000, 9999)
    return rng.choice([f"{f}.{l}{n2}", f"{f}_{n2}", f"{l}{f[0]}{n3}", f"{w}.{f}", f"{f}{n4}", f"{f}-{w}",
                       f"{l}.{w}{n2}", f"{f[0]}.{l}", f"{f}{l[:3]}{n2}", f"{w}_{l}"])


def gen_email() -> tuple[str, str]:
    loc = gen_local()
    dom = rng.choice(EX_DOMAINS) if rng.random() < 0.7 else rng.choice(PROV_DOMAINS)
    return loc, dom


AT_WORDS = ["アットマーク", "あっと", "(at)", "[at]", " at ", "＠マーク", "（あっと）", "アット"]
DOT_WORDS = ["ドット", "(dot)", "[dot]", " dot ", "どっと", "（ドット）"]


def render_email(loc: str, dom: str, style: str) -> tuple[str, list[str]]:
    if style == "plain":
        return f"{loc}@{dom}", []
    if style == "upper":
        return f"{loc.capitalize()}@{dom.upper() if rng.random() < 0.3 else dom.capitalize()}", ["uppercase"]
    if style == "fw_at":
        return f"{loc}＠{dom}", ["fullwidth"]
    if style == "fw_all":
        return fw(f"{loc}@{dom}"), ["fullwidth"]
    if style == "at_word":
        return f"{loc}{rng.choice(AT_WORDS)}{dom}", ["at_mark_word"]
    if style == "dot_word":
        dw = rng.choice(DOT_WORDS)
        d2 = dom.replace(".", dw)
        if dw == "．":
            return f"{loc}@{d2}", ["fullwidth"]
        if rng.random() < 0.5:
            return f"{loc}{rng.choice(AT_WORDS)}{d2}", ["at_mark_word", "dot_word"]
        return f"{loc}@{d2}", ["dot_word"]
    if style == "spaced":
        return rng.choice([f"{loc} @ {dom}", f"{loc} @{dom}", f"{loc}@ {dom}", f"{loc}　＠　{dom}"]), ["spaced"]
    if style == "zero_width":
        s = f"{loc}@{dom}"
        return insert_zw(s, rng.randint(2, 3)), ["zero_width"]
    if style == "split":
        return rng.choice([f"{loc}\n@{dom}", f"{loc}@\n{dom}"]), ["split_lines"]
    if style == "star":
        return f"{loc}★{dom}", ["at_mark_word"]
    raise ValueError(style)


EMAIL_STYLE_WEIGHTS = [("plain", 22), ("upper", 5), ("fw_at", 10), ("fw_all", 6), ("at_word", 16), ("dot_word", 12),
                       ("spaced", 8), ("zero_width", 8)]


def slot_email(style=None):
    style_deck = deck(EMAIL_STYLE_WEIGHTS)

    def f():
        loc, dom = gen_email()
        s = style or style_deck()
        surface, tags = render_email(loc, dom, s)
        return surface, [("email_address", f"{loc}@{dom}".lower())], tags, {}
    return f


def slot_email_implicit():
    loc = gen_local()
    prov, dom = rng.choice(PROVIDERS)
    surface = rng.choice([f"{prov}の{loc}", f"{prov}で{loc}", f"{prov}の「{loc}」", f"{loc}（{prov}）",
                          f"{prov}のアドレスで{loc}"])
    return surface, [("email_address", f"{loc}@{dom}".lower())], ["implicit_provider"], {}


# ---------------------------------------------------------------------------
# LINE and other handles
# ---------------------------------------------------------------------------
LINE_ID_RE = re.compile(r"^[a-z0-9._-]{4,20}$")


def gen_line_id() -> str:
    while True:
        f, l, w = rng.choice(FIRST), rng.choice(LAST), rng.choice(WORDS)
        n = rng.randint(1, 9999)
        s = rng.choice([f"{f}_{n}", f"{f}.{l}", f"{f}{n}", f"{l}-{f}", f"{f}_{l}{n % 100}", f"{w}{n}",
                        f"{f}.{w}", f"{l}{f[0]}_{n % 1000}", f"{f}-{n:04d}", f"{w}_{f}", f"{f}{l[:2]}.{n % 100}"])
        if LINE_ID_RE.match(s):
            return s


def gen_oa() -> str:
    return "@" + rdigits(3) + "".join(rng.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(5)) \
        if rng.random() < 0.5 else "@" + "".join(rng.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(8))


LINE_ID_DECK = deck([("plain", 55), ("upper", 10), ("fullwidth", 10), ("zero_width", 10), ("spaced", 8), ("quoted", 7)])


def slot_line_id():
    lid = gen_line_id()
    s = LINE_ID_DECK()
    if s == "plain":
        return lid, [("line_id", lid)], [], {}
    if s == "upper":
        return (lid.upper() if rng.random() < 0.4 else lid.capitalize()), [("line_id", lid)], ["uppercase"], {}
    if s == "fullwidth":
        return fw(lid), [("line_id", lid)], ["fullwidth"], {}
    if s == "zero_width":
        return insert_zw(lid, 2), [("line_id", lid)], ["zero_width"], {}
    if s == "spaced":
        return " ".join(lid), [("line_id", lid)], ["spaced"], {}
    return f"「{lid}」", [("line_id", lid)], [], {}


LINE_WORDS = [("LINE", 30, []), ("ライン", 20, []), ("らいん", 8, ["slang"]), ("ﾗｲﾝ", 5, ["slang"]),
              ("ＬＩＮＥ", 10, ["fullwidth"]), ("L I N E", 7, ["spaced"]), ("Line", 6, []), ("line", 5, []),
              ("LІNE", 4, ["homoglyph"]), ("L.I.N.E", 4, ["spaced"]), ("Ｌｉｎｅ", 3, ["fullwidth"])]
LINE_EUPH = [("緑のアプリ", 30), ("緑のやつ", 10), ("例のアプリ", 15), ("ら", 12), ("線", 12), ("緑", 8), ("L", 8),
             ("らー", 5), ("いつものアプリ", 5)]


def slot_line_word():
    w = wchoice([((a, t), wt) for a, wt, t in LINE_WORDS])
    return w[0], [], list(w[1]), {}


def slot_line_euph():
    w = wchoice(LINE_EUPH)
    return w, [], ["euphemism"] + (["slang"] if w in ("ら", "線", "L", "らー") else []), {}


def slot_line_url():
    s = wchoice([("ti", 40), ("ti_noscheme", 15), ("R40", 20), ("linee", 20), ("ti40", 5)])
    if s in ("ti", "ti_noscheme"):
        lid = gen_line_id()
        path = f"line.me/ti/p/~{lid}"
        return ("https://" + path if s == "ti" else path), [("line_id", "https://" + path)], ["url"], {}
    if s in ("R40", "ti40"):
        oa = gen_oa()[1:]
        path = f"line.me/R/ti/p/%40{oa}" if s == "R40" else f"line.me/ti/p/%40{oa}"
        # issue 8: the value is the canonical link, /R/ dropped and %40 folded to @
        return "https://" + path, [("line_id", "https://line.me/ti/p/@" + oa.lower())], ["url", "official_account"], {}
    tok = "".join(rng.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(7))
    path = f"lin.ee/{tok}"
    return rng.choice(["https://" + path, path]), [("line_id", "https://" + path)], ["url", "official_account"], {}


def slot_line_oa():
    oa = gen_oa()
    surface = oa if rng.random() < 0.8 else "＠" + oa[1:]
    return surface, [("line_id", oa)], ["official_account"] + (["fullwidth"] if surface[0] == "＠" else []), {}


def _handle(base_fn):
    def f():
        return base_fn(), [], [], {}
    return f


def h_chatwork():
    f, l, w = rng.choice(FIRST), rng.choice(LAST), rng.choice(WORDS)
    return rng.choice([f"{l}_{w}", f"{f[0]}-{l}{rng.randint(1, 99)}", f"{w}_{f}{rng.randint(10, 99)}", f"{l}{f}"])


def h_skype():
    f, l = rng.choice(FIRST), rng.choice(LAST)
    return rng.choice([f"live:.cid.{''.join(rng.choice('0123456789abcdef') for _ in range(16))}",
                       f"live:{f}.{l}_{rng.randint(1, 99)}", f"{f}.{l}.works", f"live:{l}{f[0]}"])


def h_discord():
    f, w = rng.choice(FIRST), rng.choice(WORDS)
    return rng.choice([f"{f}.{w}", f"{f}_{rng.randint(100, 9999)}", f"{w}{f}", f"{f}.{w}.jp"])


def h_at():
    f, l, w = rng.choice(FIRST), rng.choice(LAST), rng.choice(WORDS)
    return "@" + rng.choice([f"{f}_{w}", f"{f}.{w}", f"{w}_{l}", f"{f}{l[:3]}_", f"{l}.{f}.{w}", f"{f}_{rng.randint(1, 99)}"])


def h_zoom():
    mid = safe_digits(11, "89")
    pwd = "".join(rng.choice("abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(24))
    return rng.choice([f"https://us05web.zoom.us/j/{mid}?pwd={pwd}", f"https://zoom.us/j/{mid}",
                       f"https://us02web.zoom.us/j/{mid}?pwd={pwd}"])


def h_meet():
    a = lambda k: "".join(rng.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(k))  # noqa: E731
    return f"https://meet.google.com/{a(3)}-{a(4)}-{a(3)}"


def h_kakao():
    return rng.choice([f"{rng.choice(FIRST)}_{rng.randint(10, 999)}", f"{rng.choice(['minji', 'jisoo', 'hyun', 'sooah'])}{rng.randint(100, 999)}"])


def h_wechat():
    return rng.choice([f"wxid_{''.join(rng.choice('abcdefghijklmnopqrstuvwxyz0123456789') for _ in range(10))}",
                       f"{rng.choice(['li_wei', 'zhang.min', 'chen_yu', 'wang.lei'])}{rng.randint(10, 99)}"])


def h_slack():
    ws = rng.choice(["sample-team", "design-hub", "proj-x", "dev-circle", "kikaku-room"])
    return f"https://join.slack.com/t/{ws}/shared_invite/zt-{''.join(rng.choice('abcdefghijk0123456789') for _ in range(12))}"


# ---------------------------------------------------------------------------
# neutral slots (never labelled)
# ---------------------------------------------------------------------------
SURNAMES = ["佐藤", "鈴木", "高橋", "田中", "伊藤", "渡辺", "山本", "中村", "小林", "加藤", "吉田", "山田", "佐々木",
            "山口", "松本", "井上", "木村", "林", "清水", "森", "池田", "橋本", "石川", "前田", "藤田", "岡田", "後藤",
            "長谷川", "村上", "近藤", "坂本", "遠藤", "青木", "西村", "福田", "太田", "三浦", "藤原", "岡本", "松田"]


def s_price():
    v = rng.choice([3000, 5000, 8000, 10000, 12000, 15000, 20000, 25000, 30000, 45000, 50000, 80000, 100000,
                    120000, 150000, 200000, 350000, 500000, 1200000])
    return rng.choice([f"{v:,}円", f"¥{v:,}", f"{v:,}円（税込）", f"{v:,}円(税別)", f"￥{v:,}",
                       (f"{v // 10000}万円" if v % 10000 == 0 else f"{v:,}円"), f"{v}円"]), ["price"]


def s_date():
    y, m, d = rng.choice([2024, 2025, 2026]), rng.randint(1, 12), rng.randint(1, 28)
    return rng.choice([f"{y}/{m:02d}/{d:02d}", f"{y}-{m:02d}-{d:02d}", f"{m}月{d}日", f"{y}年{m}月{d}日",
                       f"{m}/{d}", f"{y}/{m}/{d}"]), ["date"]


def s_datetime():
    y, m, d = rng.choice([2024, 2025, 2026]), rng.randint(1, 12), rng.randint(1, 28)
    h, mi = rng.randint(9, 21), rng.choice([0, 0, 15, 30, 45])
    return rng.choice([f"{y}-{m:02d}-{d:02d} {h:02d}:{mi:02d}", f"{y}/{m:02d}/{d:02d} {h}:{mi:02d}",
                       f"{m}月{d}日 {h}:{mi:02d}", f"{m}/{d}（{rng.choice('月火水木金土日')}）{h}時"]), ["date"]


def s_time():
    h = rng.randint(9, 22)
    return rng.choice([f"{h}:00", f"{h}時", f"{h}:30", f"{h}時半"]), []


def s_order():
    return safe_digits(rng.choice([10, 10, 11, 12])), ["order_number"]


def s_invoice():
    return rng.choice([f"INV-{rng.choice([2024, 2025])}-{rng.randint(1, 9999):05d}", f"No.{safe_digits(8)}",
                       f"{rng.choice([2024, 2025])}{rng.randint(1, 12):02d}-{rng.randint(1, 999):03d}"]), ["order_number"]


def s_tnum():
    return "T" + safe_digits(13), ["order_number"]


def s_zip():
    return f"〒{rng.randint(100, 999)}-{rng.randint(0, 9999):04d}", ["postal_code"]


def s_ver():
    return rng.choice([f"v{rng.randint(1, 5)}.{rng.randint(0, 20)}.{rng.randint(0, 9)}",
                       f"ver.{rng.randint(1, 12)}.{rng.randint(0, 9)}", f"{rng.randint(1, 3)}.{rng.randint(0, 12)}.{rng.randint(0, 30)}"]), []


def s_acct():
    return safe_digits(7, "123456789"), []


SLOTS = {
    # leaks
    "P": slot_phone(),
    "P2": slot_phone(),
    "PP": slot_phone(styles=[("hyphen", 6), ("nohyphen", 2), ("paren", 1), ("plus81", 1)]),
    "PM": slot_phone(kind="mobile"),
    "PX": slot_phone(styles=HEAVY_STYLES),
    "PS": slot_phone(style="split"),
    "PF": slot_phone(kind="fixed", styles=[("hyphen", 6), ("paren", 3), ("fullwidth", 1)]),
    "PF2": slot_phone(kind="fixed", styles=[("hyphen", 1)]),
    "PT": slot_phone(kind="tollfree", styles=[("hyphen", 6), ("fullwidth", 2), ("nohyphen", 1)]),
    "PI": slot_phone(kind="ip"),
    "P81": slot_phone(kind="mobile", style="plus81"),
    "E": slot_email(),
    "E2": slot_email(),
    "EP": slot_email(style="plain"),
    "ES": slot_email(style="split"),
    "EST": slot_email(style="star"),
    "EI": slot_email_implicit,
    "L": slot_line_id,
    "LW": slot_line_word,
    "LE": slot_line_euph,
    "LU": slot_line_url,
    "LO": slot_line_oa,
    "CW": _handle(h_chatwork),
    "SK": _handle(h_skype),
    "DC": _handle(h_discord),
    "IG": _handle(h_at),
    "XH": _handle(h_at),
    "TG": _handle(h_at),
    "ZM": lambda: (h_zoom(), [], ["url"], {}),
    "GM": lambda: (h_meet(), [], ["url"], {}),
    "SLK": lambda: (h_slack(), [], ["url"], {}),
    "KK": _handle(h_kakao),
    "WC": _handle(h_wechat),
    # neutral
    "name": lambda: (rng.choice(SURNAMES), [], [], {}),
    "name2": lambda: (rng.choice(SURNAMES), [], [], {}),
}


def _wrap(fn):
    v, tags = fn()
    return v, [], tags, {}


SLOTS.update({
    "price": lambda: _wrap(s_price), "price2": lambda: _wrap(s_price), "date": lambda: _wrap(s_date),
    "date2": lambda: _wrap(s_date), "datetime": lambda: _wrap(s_datetime), "time": lambda: _wrap(s_time),
    "order": lambda: _wrap(s_order), "invoice": lambda: _wrap(s_invoice), "tnum": lambda: _wrap(s_tnum),
    "zip": lambda: _wrap(s_zip), "ver": lambda: _wrap(s_ver), "acct": lambda: _wrap(s_acct),
    "n": lambda: (str(rng.choice([2, 3, 4, 5, 8, 10, 12, 16, 20, 24, 30, 40])), [], [], {}),
    "days": lambda: (str(rng.choice([3, 5, 7, 10, 14, 20, 30])), [], [], {}),
    "pct": lambda: (str(rng.choice([5, 10, 15, 20, 22, 30])), [], [], {}),
    "fprice": lambda: _wrap(s_price), "fdate": lambda: _wrap(s_date), "fdate2": lambda: _wrap(s_date),
    "topic": lambda: (rng.choice(T.TOPICS), [], [], {}),
    "chtopic": lambda: (rng.choice(T.CHANNEL_TOPICS), [], ["job_topic"], {}),
})

SLOT_RE = re.compile(r"\{([A-Za-z0-9_]+)\}")

# ---------------------------------------------------------------------------
# template expansion
# ---------------------------------------------------------------------------
VOICE = {"c": "client", "w": "worker"}
REG = {"f": "formal", "k": "casual"}


def parse_template(line: str):
    meta, labels, text = line.split("|", 2)
    parts = meta.split("+")
    vr = parts[0]
    assert len(vr) == 2 and vr[0] in VOICE and vr[1] in REG, line
    extra = [p for p in parts[1:] if p]
    lab = []
    for x in [y.strip() for y in labels.split(",") if y.strip()]:
        if x == "pay":
            lab.append(("off_platform_payment", None))
        elif x.startswith("ext:"):
            ch = x[4:]
            assert ch in CHANNELS, (ch, line)
            lab.append(("external_contact", ch))
        else:
            raise ValueError(f"bad label {x!r} in {line}")
    return VOICE[vr[0]], REG[vr[1]], extra, lab, text.replace("↵", "\n")


def fill(text: str, cache: dict):
    labels, tags, checks = [], [], []

    def rep(m):
        k = m.group(1)
        if k not in SLOTS:
            raise KeyError(f"unknown slot {k} in {text!r}")
        if k not in cache:
            cache[k] = SLOTS[k]()
            surface, lab, tg, chk = cache[k]
            labels.extend(lab)
            tags.extend(tg)
            if chk:
                checks.append(chk)
        return cache[k][0]

    out = SLOT_RE.sub(rep, text)
    return out, labels, tags, checks


def wrap(core: str, voice: str, reg: str, cache: dict, long_mode: bool):
    """Optionally add greeting / closing and (long_mode) neutral filler sentences around the core."""
    labels, tags = [], []
    g = T.GREET[(voice, reg)]
    c = T.CLOSE[reg]
    fillers = T.FILLERS[reg]
    pieces = []
    if long_mode:
        pool = list(fillers)
        rng.shuffle(pool)
        pre = [pool.pop() for _ in range(rng.randint(2, 3))]
        post = [pool.pop() for _ in range(rng.randint(1, 2))]
        while pool and sum(map(len, pre + post)) + len(core) < 330:
            (pre if rng.random() < 0.5 else post).append(pool.pop())
        pieces = [rng.choice(g)] + pre + [core] + post + [rng.choice(c)]
    else:
        r = rng.random()
        if r < 0.25:
            pieces = [rng.choice(g), core]
        elif r < 0.40:
            pieces = [core, rng.choice(c)]
        elif r < 0.55:
            pieces = [rng.choice(g), core, rng.choice(c)]
        else:
            pieces = [core]
    pieces = [p.replace("↵", "\n") for p in pieces]
    if len(pieces) == 1:
        return pieces[0]
    joiner = "\n" if (reg == "formal" and rng.random() < 0.6) or rng.random() < 0.25 else ""
    text = pieces[0]
    for p in pieces[1:]:
        # never glue a piece that does not end in punctuation (e.g. ends in an ID or URL) to the next one
        j = joiner if text[-1] in "。！!？?〜）)」』" else rng.choice(["\n", " ", "。"] if reg == "casual" else ["\n", "。"])
        if j == "。" and text[-1] in "}0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ_.-/":
            j = "\n"
        text += j + p
    return text


def make_row(tpl_line: str, group: str, force_long=False):
    voice, reg, extra, tlabels, text = parse_template(tpl_line)
    cache: dict = {}
    long_mode = force_long or ("long" in extra)
    core = text
    if not ("nowrap" in extra):
        core = wrap(text, voice, reg, cache, long_mode or (rng.random() < 0.08))
    out, slabels, stags, checks = fill(core, cache)
    labels = tlabels + slabels
    extra_tags = [e for e in extra if e not in ("long", "nowrap", "easy")]
    tags = [voice, reg] + extra_tags + stags
    return {"text": out, "labels": labels, "tags": tags, "group": group, "checks": checks,
            "easy": "easy" in extra}


# ---------------------------------------------------------------------------
# auto tags / labels / validation
# ---------------------------------------------------------------------------
PRICE_RE = re.compile(r"[0-9０-９][0-9０-９,，.]*\s*(円|万円|千円)|[¥￥]\s*[0-9]")
DATE_RE = re.compile(r"\d{4}[/\-年]\d{1,2}[/\-月]\d{1,2}|\d{1,2}月\d{1,2}日|\b\d{1,2}:\d{2}\b|\d{1,2}/\d{1,2}")
ORDER_RE = re.compile(r"注文番号|請求書番号|インボイス|登録番号|取引ID|案件ID|契約ID|伝票番号|受付番号|問い合わせ番号|お問合せ番号|管理番号|注文ID|発注番号|追跡番号")


def finalize(row):
    text = row["text"]
    labs = []
    seen = set()
    for cat, val in row["labels"]:
        if (cat, val) not in seen:
            seen.add((cat, val))
            labs.append({"category": cat, "value": val})
    labs.sort(key=lambda x: (CATEGORIES.index(x["category"]), str(x["value"])))
    cats = {x["category"] for x in labs}
    if cats & BLOCKING:
        action = "block"
    elif cats:
        action = "warn"
    else:
        action = "allow"
    tags = list(row["tags"])
    tags += sorted(cats)
    if PRICE_RE.search(text):
        tags.append("price")
    if DATE_RE.search(text):
        tags.append("date")
    if "〒" in text:
        tags.append("postal_code")
    if ORDER_RE.search(text):
        tags.append("order_number")
    if re.search(r"https?://|line\.me/|lin\.ee/", text):
        tags.append("url")
    if len(text) >= 300:
        tags.append("long")
    if sum(1 for x in labs if x["category"] != "external_contact") >= 2 or len(cats - {"external_contact"}) >= 2:
        tags.append("multi_leak")
    if action == "allow" and not row.get("easy"):
        tags.append("hard_negative")
    # dedupe, keep order
    out_tags = []
    for t in tags:
        if t not in out_tags:
            out_tags.append(t)
    return {"text": text, "labels": labs, "action": action, "tags": out_tags}


class ValidationError(Exception):
    pass


def validate(row, checks=()):
    def fail(msg):
        raise ValidationError(f"{row.get('id')}: {msg}\n  text={row.get('text')!r}\n  labels={row.get('labels')}")

    if set(row) != {"id", "text", "labels", "action", "tags"}:
        fail(f"bad keys {sorted(row)}")
    if not re.fullmatch(r"m\d{4}", row["id"]):
        fail("bad id")
    if not isinstance(row["text"], str) or not row["text"].strip():
        fail("empty text")
    if "{" in row["text"] and SLOT_RE.search(row["text"]):
        fail("unfilled slot")
    cats = set()
    for lab in row["labels"]:
        if set(lab) != {"category", "value"}:
            fail("bad label keys")
        c, v = lab["category"], lab["value"]
        if c not in CATEGORIES:
            fail(f"bad category {c}")
        cats.add(c)
        if c == "phone_number":
            if not (isinstance(v, str) and v.startswith("+81")):
                fail(f"bad phone value {v}")
            n = phonenumbers.parse(v, None)
            if not phonenumbers.is_valid_number(n) or phonenumbers.format_number(n, phonenumbers.PhoneNumberFormat.E164) != v:
                fail(f"phone not valid E.164 {v}")
        elif c == "email_address":
            if not (isinstance(v, str) and v == v.lower() and EMAIL_RE.fullmatch(v)):
                fail(f"bad email value {v}")
        elif c == "line_id":
            ok = isinstance(v, str) and v == v.lower() and (
                LINE_ID_RE.match(v) or re.fullmatch(r"@[a-z0-9._-]{4,20}", v)
                or re.fullmatch(r"https://(line\.me/ti/p/(~[a-z0-9._-]{4,20}|@[a-z0-9._-]{4,20})|lin\.ee/[a-z0-9]+)", v))
            if not ok:
                fail(f"bad line_id value {v}")
        elif c == "external_contact":
            if v not in CHANNELS:
                fail(f"bad channel {v}")
        elif c == "off_platform_payment":
            if v is not None:
                fail("payment value must be null")
    expect = "block" if cats & BLOCKING else ("warn" if cats else "allow")
    if row["action"] != expect:
        fail(f"action {row['action']} != {expect}")
    bad = [t for t in row["tags"] if t not in TAGS]
    if bad:
        fail(f"unknown tags {bad}")
    if sum(t in ("client", "worker") for t in row["tags"]) != 1:
        fail("needs exactly one voice tag")
    if sum(t in ("formal", "casual") for t in row["tags"]) != 1:
        fail("needs exactly one register tag")
    for c in cats:
        if c not in row["tags"]:
            fail(f"missing category tag {c}")
    if "long" in row["tags"] and len(row["text"]) < 300:
        fail("long tag on short text")
    if "zero_width" in row["tags"] and not re.search("[\u200b\u200c\u2060]", row["text"]):
        fail("zero_width tag but no zero-width char")
    # consistency with libphonenumber / an e-mail regex: nothing unlabelled may be detectable
    phones = {l["value"] for l in row["labels"] if l["category"] == "phone_number"}
    for p in phone_like_in(row["text"]):
        if p not in phones:
            fail(f"unlabelled phone-like number {p}")
    mails = {l["value"] for l in row["labels"] if l["category"] == "email_address"}
    for m in emails_in(row["text"]):
        if m not in mails:
            fail(f"unlabelled e-mail {m}")
    for chk in checks:
        if "plain_phone" in chk and chk["plain_phone"] not in phone_like_in(row["text"]):
            fail(f"plain phone {chk['plain_phone']} not found by PhoneNumberMatcher")


# ---------------------------------------------------------------------------
# main
# ---------------------------------------------------------------------------

def build():
    rows = []
    seen_text = set()
    for gname, (tpls, target) in T.GROUPS.items():
        if not tpls:
            continue
        produced = 0
        i = 0
        attempts = 0
        used = collections.Counter()
        while produced < target:
            attempts += 1
            if attempts > target * 50:
                raise RuntimeError(f"group {gname}: cannot reach {target} unique rows")
            ti = i % len(tpls)
            i += 1
            tpl = tpls[ti]
            # a template without any slot only varies by its greeting/closing: use it at most twice
            if not SLOT_RE.search(tpl.split("|", 2)[2]) and used[ti] >= 2:
                continue
            r = make_row(tpl, f"{gname}:{ti}")
            if r["text"] in seen_text:
                continue
            seen_text.add(r["text"])
            used[ti] += 1
            rows.append(r)
            produced += 1
    return rows


STRATUM_TAGS = ("split_lines", "intl_format", "implicit_provider", "url", "official_account", "euphemism", "refusal", "job_topic", "indirect",
                "negation", "postal_code", "order_number")


def split(rows):
    """Template-aware, stratified ~70/30 split.

    All rows generated from one template go to the same side, so test.jsonl holds wordings that dev.jsonl never
    shows.  Templates are grouped into strata by (action, label signature, template-level special tags) and each
    stratum contributes ~30% of its templates to test (systematic allocation with a running remainder, so small
    strata alternate between the two sides).
    """
    groups = collections.defaultdict(list)
    for r in rows:
        groups[r["group"]].append(r)
    strata = collections.defaultdict(list)
    for g, rs in groups.items():
        sig = set()
        for r in rs:
            for l in r["labels"]:
                sig.add(l["category"] if l["category"] != "external_contact" else "ext:" + l["value"])
        tags = set.intersection(*[set(r["tags"]) for r in rs]) & set(STRATUM_TAGS)
        key = (rs[0]["action"], tuple(sorted(sig)), tuple(sorted(tags)))
        strata[key].append(g)
    srng = random.Random(SEED + 1)
    dev, test = [], []
    acc = 0.0
    assigned = 0
    for key in sorted(strata):
        gs = sorted(strata[key])
        srng.shuffle(gs)
        acc += 0.30 * len(gs)
        n = max(0, int(acc + 0.5) - assigned)
        n = min(n, len(gs))
        assigned += n
        for i, g in enumerate(gs):
            (test if i < n else dev).extend(groups[g])
    return dev, test


def main():
    raw = build()
    final = []
    for r in raw:
        f = finalize(r)
        f["group"] = r["group"]
        f["checks"] = r["checks"]
        final.append(f)
    # group action consistency: a template must always give the same action
    ga = collections.defaultdict(set)
    for f in final:
        ga[f["group"]].add(f["action"])
    mixed = {g: a for g, a in ga.items() if len(a) > 1}
    if mixed:
        raise ValidationError(f"templates with mixed actions: {mixed}")
    # deterministic shuffle, then ids
    random.Random(SEED + 2).shuffle(final)
    for i, f in enumerate(final, 1):
        f["id"] = f"m{i:04d}"
    ids = set()
    for f in final:
        row = {k: f[k] for k in ("id", "text", "labels", "action", "tags")}
        validate(row, f["checks"])
        if row["id"] in ids:
            raise ValidationError(f"duplicate id {row['id']}")
        ids.add(row["id"])
    texts = [f["text"] for f in final]
    if len(set(texts)) != len(texts):
        raise ValidationError("duplicate texts")
    dev, test = split(final)
    assert len(dev) + len(test) == len(final)
    for name, part in (("dev", dev), ("test", test)):
        part.sort(key=lambda x: x["id"])
        with open(os.path.join(HERE, f"{name}.jsonl"), "w", encoding="utf-8") as fh:
            for f in part:
                row = {k: f[k] for k in ("id", "text", "labels", "action", "tags")}
                fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    # checks on the written files
    allrows = []
    for name in ("dev", "test"):
        with open(os.path.join(HERE, f"{name}.jsonl"), encoding="utf-8") as fh:
            for line in fh:
                allrows.append(json.loads(line))
    assert len(allrows) == len(final) and len({r["id"] for r in allrows}) == len(allrows)
    n_allow = sum(r["action"] == "allow" for r in allrows)
    if n_allow / len(allrows) < 0.40:
        raise ValidationError(f"negatives only {n_allow / len(allrows):.1%}")
    if len(allrows) < 1500:
        raise ValidationError("fewer than 1500 rows")
    print(f"OK: {len(allrows)} rows  dev={len(dev)} test={len(test)}", file=sys.stderr)
    if "--stats" in sys.argv:
        print_stats(dev, test)


def print_stats(dev, test):
    def table(title, key_fn, parts):
        counts = [collections.Counter() for _ in parts]
        for c, part in zip(counts, parts):
            for r in part:
                for k in key_fn(r):
                    c[k] += 1
        keys = sorted(set().union(*counts), key=lambda k: (-sum(c[k] for c in counts), k))
        print(f"\n**{title}**\n")
        print("| | dev | test | total |\n|---|---:|---:|---:|")
        for k in keys:
            print(f"| {k} | {counts[0][k]} | {counts[1][k]} | {counts[0][k] + counts[1][k]} |")

    parts = [dev, test]
    print(f"Total rows: {len(dev) + len(test)} (dev {len(dev)}, test {len(test)})")
    table("Rows per action", lambda r: [r["action"]], parts)
    table("Rows per label category (rows containing at least one label of the category)",
          lambda r: sorted({l["category"] for l in r["labels"]}), parts)
    table("Label instances per category", lambda r: [l["category"] for l in r["labels"]], parts)
    table("external_contact channels (label instances)",
          lambda r: [l["value"] for l in r["labels"] if l["category"] == "external_contact"], parts)
    table("Rows per tag", lambda r: r["tags"], parts)


if __name__ == "__main__":
    try:
        main()
    except ValidationError as e:
        print(f"VALIDATION FAILED: {e}", file=sys.stderr)
        sys.exit(1)
