"""Hypothesis strategies that disguise e-mail addresses and LINE IDs, in the shape of
:mod:`disguises` (a :class:`~disguises.Target`, ``Spelling -> Spelling`` disguises, :func:`~disguises.compose`).

An e-mail address is spelled as groups of characters: the dot-separated parts of the local part,
then the domain's labels, with ``between`` holding the separators ("." and one "@"). A disguise
rewrites the separators (spelled, enclosed, declared symbols), the characters (full width) or the
space inside and between groups (spaced letters, one piece a line). A LINE ID is one group; its
disguises are zero-width characters and full width, and the carrier names the app however a
sender writes it, with an arrow, a bracket or a cue before the ID.
"""
from __future__ import annotations

from dataclasses import replace

from hypothesis import strategies as st

from disguises import Disguise, Spelling, Target

# -- e-mail addresses ----------------------------------------------------------------------------

_DOMAINS = ("gmail.com", "yahoo.co.jp", "docomo.ne.jp", "ezweb.ne.jp", "au.com", "softbank.ne.jp",
            "i.softbank.jp", "icloud.com", "outlook.jp", "hotmail.co.jp", "example-studio.jp", "mail.net")
_SEGMENT = st.from_regex(r"[a-z][a-z0-9]{2,7}(?:[_\-][a-z0-9]{1,4})?", fullmatch=True)


@st.composite
def emails(draw) -> Target:
    """A random valid address: one to three local segments joined by dots, a real-looking domain."""
    segments = draw(st.lists(_SEGMENT, min_size=1, max_size=3))
    domain = draw(st.sampled_from(_DOMAINS))
    labels = domain.split(".")
    groups = tuple(tuple(s) for s in segments) + tuple(tuple(label) for label in labels)
    between = ("." ,) * (len(segments) - 1) + ("@",) + (".",) * (len(labels) - 1)
    return Target(Spelling(groups, "", between), f"{'.'.join(segments)}@{domain}")


_AT_FORMS = ("@", "＠", " @ ", " アットマーク ", "アットマーク", " あっと ", "(at)", "[at]", "（a）", "(a)", "ⓐ",
             "＠マーク", "【アット】", " at ")
_DOT_FORMS = (".", "．", " ドット ", "ドット", "どっと", "点", " てん ", "(.)", "[.]", "・", "(dot)", "【ドット】")
# (symbol, how the message declares it): 「♪→アットマークで読んで」「＊は＠です」「★→@」
_AT_DECLARATIONS = (("★", "（★→@）"), ("♪", "\n♪→アットマークで読んでください"), ("＊", "\n＊は＠です"),
                    ("■", "（■を@に変えて）"), ("♡", " ※♡=@"))
_DOT_DECLARATIONS = (("・", "（・はドット）"), ("ど", "\nドットが打てないので「ど」で書きます"),
                     ("てん", "\nドットは「てん」と読んでね"), ("☆", "（☆→ドット）"))


def _replace_between(spelling: Spelling, old: str, new: str) -> Spelling:
    return replace(spelling, between=tuple(new if b == old else b for b in spelling.between))


def _append(spelling: Spelling, suffix: str) -> Spelling:
    """``suffix`` after the last character: a declaration that belongs to the message."""
    groups = list(spelling.groups)
    groups[-1] = groups[-1][:-1] + (groups[-1][-1] + suffix,)
    return replace(spelling, groups=tuple(groups))


@st.composite
def at_forms(draw) -> Disguise:
    """@ written another way: full width, spaced, spelled, enclosed (（a）ⓐ[at]), ＠マーク."""
    form = draw(st.sampled_from(_AT_FORMS))
    return lambda s: _replace_between(s, "@", form)


@st.composite
def dot_forms(draw) -> Disguise:
    """Every dot written one way: ドット, 点, てん, ・, (.), [.], full width…"""
    form = draw(st.sampled_from(_DOT_FORMS))
    return lambda s: _replace_between(s, ".", form)


@st.composite
def declared_symbols(draw) -> Disguise:
    """A symbol the message declares to stand for @ or for the dot, the declaration after the address."""
    symbol, declaration = draw(st.sampled_from(_AT_DECLARATIONS + _DOT_DECLARATIONS))
    old = "@" if (symbol, declaration) in _AT_DECLARATIONS else "."
    spaced = draw(st.booleans())
    form = f" {symbol} " if spaced or symbol in ("ど", "てん") else symbol
    return lambda s: _append(_replace_between(s, old, form), declaration)


def spaced_letters() -> st.SearchStrategy[Disguise]:
    """「s h i o r i 2 2 @ g m a i l . c o m」: a space between every character."""
    def spaced(s: Spelling) -> Spelling:
        return replace(s, inner=" ", between=tuple(f" {b.strip() or b} " for b in s.between))
    return st.just(spaced)


def one_piece_a_line() -> st.SearchStrategy[Disguise]:
    """「kumiko⏎.⏎suzuki⏎@⏎icloud⏎.⏎com」"""
    def lines(s: Spelling) -> Spelling:
        return replace(s, between=tuple(f"\n{b.strip() or b}\n" for b in s.between))
    return st.just(lines)


def domain_full_stops() -> st.SearchStrategy[Disguise]:
    """「keiri@hayashi-koumuten。co。jp」: the ideographic full stop for the domain's dots."""
    def stops(s: Spelling) -> Spelling:
        at = s.between.index("@")
        return replace(s, between=s.between[:at + 1] + tuple("。" if b == "." else b for b in s.between[at + 1:]))
    return st.just(stops)


def broken_at_separator() -> st.SearchStrategy[Disguise]:
    """「kaji.daikou.⏎sato@yahoo.co.jp」: the local part broken over a line after its second dot
    (the phone's line wrap). (After a first dot the line reads like a sentence: 「Thanks.⏎taro@…」
    is a full stop, and the detector keeps it out.)"""
    def broken(s: Spelling) -> Spelling:
        at = s.between.index("@")
        if at < 2:
            return s
        return replace(s, between=tuple(".\n" if i == 1 else b for i, b in enumerate(s.between)))
    return st.just(broken)


_INTERLEAVE_SYMBOLS = ("🌸", "🐸", "★", "♪", "✿", "🔥", "♡")


def interleaved_symbol() -> st.SearchStrategy[Disguise]:
    """「c🌸o🌸c🌸o🌸a_77」: one symbol between every two characters of each group, for the reader
    to take out."""
    @st.composite
    def build(draw) -> Disguise:
        symbol = draw(st.sampled_from(_INTERLEAVE_SYMBOLS))
        return lambda s: replace(s, inner=symbol)
    return build()


# the @ and the dot in the languages of learners who write in romaji (Portuguese, Spanish, Vietnamese)
_FOREIGN_AT_FORMS = (" arroba ", ' "arroba" ', "(arroba)", " (a còng) ", " a còng ")
_FOREIGN_DOT_FORMS = (" ponto ", ' "ponto" ', " punto ", " chấm ", "(ponto)")


@st.composite
def foreign_symbol_words(draw) -> Disguise:
    """The @ (and maybe every dot) said in Portuguese, Spanish or Vietnamese."""
    at = draw(st.sampled_from(_FOREIGN_AT_FORMS))
    dot = draw(st.sampled_from(_FOREIGN_DOT_FORMS + (".",)))
    return lambda s: _replace_between(_replace_between(s, "@", at), ".", dot)


def _full_width(s: Spelling) -> Spelling:
    to_full = {c: chr(ord(c) + 0xFEE0) for c in "abcdefghijklmnopqrstuvwxyz0123456789_-"}
    return replace(s, groups=tuple(tuple("".join(to_full.get(c, c) for c in t) for t in g) for g in s.groups))


def full_width() -> st.SearchStrategy[Disguise]:
    return st.just(_full_width)


_EMAIL_CARRIERS = (
    "{}", "メールはこちら→ {}", "詳細はメールで！ {}", "{}\nここに連絡ください", "アドレス：{}\nよろしくです",
    "メール送ってね {} 待ってます", "連絡先は {} です", "このアドレスにお願いします\n{}",
)


def email_carriers() -> st.SearchStrategy[str]:
    return st.sampled_from(_EMAIL_CARRIERS)


# -- implicit addresses: a provider named, the account name elsewhere -------------------------------

_PROVIDERS = (
    ("gmail", "gmail.com"), ("Gmail", "gmail.com"), ("ジーメール", "gmail.com"), ("じーめーる", "gmail.com"),
    ("ぐーぐるのメール", "gmail.com"), ("ヤフー", "yahoo.co.jp"), ("やふー", "yahoo.co.jp"),
    ("Yahoo", "yahoo.co.jp"), ("ドコモ", "docomo.ne.jp"), ("docomo", "docomo.ne.jp"),
    ("キャリアメール(ドコモ)", "docomo.ne.jp"), ("au", "au.com"), ("ソフトバンク", "softbank.ne.jp"),
    ("アイクラウド", "icloud.com"), ("icloud", "icloud.com"), ("iCloud", "icloud.com"),
)
_LOCAL = st.from_regex(r"[a-z]{2,8}(?:[._\-][a-z0-9]{1,6}|[0-9]{1,4}){1,2}", fullmatch=True)
_IMPLICIT_TEMPLATES = (
    "{p}です！アカウント名は{l}", "{p}のメアドでごめんね、{l} だよ", "{p}のメールで、{l} です",
    "{p}のキャリアメールなんですが、{l} でメールいただけますか", "{p}のほうで {l} ってやつです📩",
    "{p}のメールのほうに送って！アドレスは {l}", "{l} ←{p}のメアドです", "{p}のメアドあります！ {l} です",
    "メールは{p}で、{l}にお願いします", "{p}のアドレスは{l}",
    # sent to a provider, the account name in the next sentence; 「@より前」 as the only mail word;
    # the provider a paragraph away from the only account name
    "見積書は{p}の方に送ってください。名前は {l} です。", "{p}です。@より前は {l} ね",
    "私のメールは{p}のほうで、昔から同じものを使っています。\n添削していただいたファイルを印刷したいので、"
    "できればメールに添付していただけると助かります。\n写真の差し替えもお願いしたいので、そちらも追ってお送りします。\n"
    "あ、アドレスを書き忘れていました。{l} です。",
)


@st.composite
def implicit_addresses(draw) -> tuple[str, str]:
    """``(text, value)``: a provider named in any script, the account name before or after it."""
    name, domain = draw(st.sampled_from(_PROVIDERS))
    local = draw(_LOCAL)
    return draw(st.sampled_from(_IMPLICIT_TEMPLATES)).format(p=name, l=local), f"{local}@{domain}"


# A provider in the other kana, in Korean or Chinese, or with its other domain said apart from its
# name or written out beside it (round 7: 「アウトルックの .jp のやつ」「（hotmail.co.jp の方）」).
_OTHER_PROVIDERS = (
    ("あいくらうど", "icloud.com"), ("あうとるっく", "outlook.com"), ("ほっとめーる", "hotmail.com"),
    ("ぷろとんめーる", "protonmail.com"), ("naver", "naver.com"), ("ネイバー", "naver.com"), ("네이버", "naver.com"),
    ("アウトルックの .jp のやつ", "outlook.jp"), ("ホットメール（hotmail.co.jp の方）", "hotmail.co.jp"),
    ("outlook の .jp", "outlook.jp"), ("ホットメールの .co.jp", "hotmail.co.jp"),
)
_OTHER_TEMPLATES = (
    "{p}です！アカウント名は{l}", "{p}のメールで、{l} です", "{l} ←{p}のメアドです", "メールは{p}で、{l}にお願いします",
    "{p}のほうで {l} ってやつです📩",
)
_CHINESE = (("163邮箱", "163.com"), ("126邮箱", "126.com"), ("网易邮箱", "163.com"))
_CHINESE_TEMPLATES = ("我的{p}是 {l}，发给我吧", "{p} {l} 发给我", "{p}：{l}")


@st.composite
def other_provider_addresses(draw) -> tuple[str, str]:
    """``(text, value)``: an account name with a provider named in another script or language, or
    with the provider's other domain given apart."""
    local = draw(_LOCAL)
    if draw(st.booleans()):
        name, domain = draw(st.sampled_from(_CHINESE))
        template = draw(st.sampled_from(_CHINESE_TEMPLATES))
    else:
        name, domain = draw(st.sampled_from(_OTHER_PROVIDERS))
        template = draw(st.sampled_from(_OTHER_TEMPLATES))
    return template.format(p=name, l=local), f"{local}@{domain}"


# -- LINE IDs --------------------------------------------------------------------------------------

_LINE_ID = st.from_regex(r"[a-z][a-z0-9]{2,8}[._\-][a-z0-9]{1,6}|[a-z]{3,8}[0-9]{2,5}", fullmatch=True)


@st.composite
def line_ids(draw) -> Target:
    value = draw(_LINE_ID)
    return Target(Spelling((tuple(value),)), value)


def zero_width() -> st.SearchStrategy[Disguise]:
    """A zero-width space or joiner between two characters of the ID."""
    @st.composite
    def build(draw) -> Disguise:
        mark = draw(st.sampled_from(("\u200b", "\u200c", "\u200d", "\u2060")))
        where = draw(st.integers(1, 3))
        def insert(s: Spelling) -> Spelling:
            chars = list(s.groups[0])
            chars[where] = mark + chars[where]
            return replace(s, groups=(tuple(chars),))
        return insert
    return build()


_LINE_NAMES = ("LINE", "ライン", "らいん", "ﾗｲﾝ", "ＬＩＮＥ", "L I N E", "L.I.N.E", "L…I…N…E", "L1NE", "L●NE",
               "LIEN", "ライソ", "ラインン", "ラ｛イ｝ン", "エル・アイ・エヌ・イー", "緑のアプリ", "みどりのアイコンのやつ")
_POINTERS = ("→", "⇒", "☞", "👉", "：", ": ", " → ", "のIDは", "のID→", " ID:", "やってます！ID ", "交換しませんか？ ")
_LINE_TEMPLATES = (
    "{n}{a}{{}}", "{n}{a}{{}} です", "{n}{a}{{}}\nよろしく！", "{n}{a}【{{}}】", "{n}のID【{{}}】です",
    "{n}のIDは「{{}}」です", "{n}でお願いします（{{}}）", "{n}交換しよ〜 {{}}",
    # the ID first, the name after it
    "ID教えるね！{{}}（{n}）", "{{}} ←{n}のIDです",
)


@st.composite
def line_carriers(draw) -> str:
    """A sentence naming LINE however it is written, with one ``{}`` where the ID goes."""
    return draw(st.sampled_from(_LINE_TEMPLATES)).format(n=draw(st.sampled_from(_LINE_NAMES)),
                                                         a=draw(st.sampled_from(_POINTERS)))


# -- parts in the order they go, with the words that join them (detectors/spelled.py) -------------

_SEP_WORDS = {".": ("ドット", "点", "ピリオド"), "_": ("アンダーバー", "アンダースコア"), "-": ("ハイフン",)}
_ORDER_WORDS = ("のあとに", "の後ろに", "、そのあと", "、それから", "、その後ろに", "、次に")
_THEN_WORDS = ("、そのあと", "、それから", "、最後に", "、さらに", "、次に")
_SPELLED_PART = st.from_regex(r"[a-z]{3,7}|[a-z]{2,5}[0-9]{2,4}|[0-9]{2,4}", fullmatch=True)


@st.composite
def _parts(draw) -> tuple[list[str], list[str]]:
    """Two or three parts (the first starts with a letter) and the separator before each later one,
    20 characters at most in all (a LINE ID's length)."""
    parts = [draw(st.from_regex(r"[a-z]{3,7}", fullmatch=True))]
    parts += draw(st.lists(_SPELLED_PART, min_size=1, max_size=2).filter(
        lambda rest: len(parts[0]) + sum(len(p) + 1 for p in rest) <= 20))
    seps = [draw(st.sampled_from(sorted(_SEP_WORDS))) for _ in parts[1:]]
    return parts, seps


def _say(draw, parts: list[str], seps: list[str]) -> str:
    """「taka」のあとにハイフン、そのあと「1988」…: each part, its separator named, the next part."""
    quote = draw(st.sampled_from(("{}", "「{}」", " {} ")))
    out = quote.format(parts[0])
    for part, sep in zip(parts[1:], seps):
        out += draw(st.sampled_from(_ORDER_WORDS)) + draw(st.sampled_from(_SEP_WORDS[sep]))
        out += draw(st.sampled_from(_THEN_WORDS)) + " " + quote.format(part)
    return out


_SPELLED_LINE_TEMPLATES = ("IDは{}です。ラインのね", "ラインのIDは {} です。見つからなかったら言ってください",
                           "LINE ID: {}", "らいんで検索してね。IDは、{} です")


@st.composite
def spelled_line_ids(draw) -> tuple[str, str]:
    """``(text, value)``: a LINE ID said part by part in a message that names the app."""
    parts, seps = draw(_parts())
    value = parts[0] + "".join(sep + part for sep, part in zip(seps, parts[1:]))
    return draw(st.sampled_from(_SPELLED_LINE_TEMPLATES)).format(_say(draw, parts, seps)), value


_AT_SAID = ("、それからアットマーク、", "、最後にアットマーク ", "、@から後ろは ", "、アットマークのあとは ")


@st.composite
def spelled_emails(draw) -> tuple[str, str]:
    """``(text, value)``: a local part said part by part, then the @ said and the domain."""
    parts, seps = draw(_parts())
    domain = draw(st.sampled_from(_DOMAINS))
    local = parts[0] + "".join(sep + part for sep, part in zip(seps, parts[1:]))
    said = _say(draw, parts, seps) + draw(st.sampled_from(_AT_SAID)) + domain
    return draw(st.sampled_from(("メアドは、{} です", "アドレスは{}です", "{}\nここに送ってください"))).format(said), \
        f"{local}@{domain}"


_BRACKETED_TEMPLATES = ("Line: {} lol sorry the app hides it", "ラインID→ {}", "LINEのIDは {} です", "らいん→{}")


def bracketed_line_carriers() -> st.SearchStrategy[str]:
    """The app named before the ID (an ID of bracketed characters before the name is not read)."""
    return st.sampled_from(_BRACKETED_TEMPLATES)


def bracketed_letters() -> st.SearchStrategy[Disguise]:
    """「(t)(o)(m)(_)(k)(o)(b)(e)(9)(2)」: a character to a bracket."""
    @st.composite
    def build(draw) -> Disguise:
        opening, closing = draw(st.sampled_from((("(", ")"), ("[", "]"), ("（", "）"))))
        return lambda s: replace(s, groups=(tuple(f"{opening}{c}{closing}" for c in s.groups[0]),))
    return build()


# -- read out letter by letter: 「えむ・あい・える・けー、あっと、じーめーる」 -----------------------------

_LETTER_NAMES = {
    "a": ("えー", "エー"), "b": ("びー", "ビー"), "c": ("しー", "シー"), "d": ("でぃー", "ディー"), "e": ("いー", "イー"),
    "f": ("えふ", "エフ"), "g": ("じー", "ジー"), "h": ("えいち", "エッチ"), "i": ("あい", "アイ"), "j": ("じぇー", "ジェイ"),
    "k": ("けー", "ケー"), "l": ("える", "エル"), "m": ("えむ", "エム"), "n": ("えぬ", "エヌ"), "o": ("おー", "オー"),
    "p": ("ぴー", "ピー"), "r": ("あーる", "アール"), "s": ("えす", "エス"), "t": ("てぃー", "ティー"), "u": ("ゆー", "ユー"),
    "v": ("ぶい", "ブイ"), "w": ("だぶりゅー", "ダブリュー"), "x": ("えっくす", "エックス"), "y": ("わい", "ワイ"),
    "z": ("ぜっと", "ゼット"),
}
_DIGIT_NAMES = {"0": ("ぜろ", "ゼロ"), "1": ("いち", "イチ"), "2": ("にー", "ニー"), "3": ("さん", "サン"), "4": ("よん", "ヨン"),
                "5": ("ごー", "ゴー"), "6": ("ろく", "ロク"), "7": ("なな", "ナナ"), "8": ("はち", "ハチ"), "9": ("きゅう", "キュウ")}
_SAID_DOMAINS = (("じーめーる", "gmail.com"), ("ジーメール", "gmail.com"), ("やふー", "yahoo.co.jp"),
                 ("アイクラウド", "icloud.com"), ("gmail どっと こむ", "gmail.com"), ("ジーメール、ドット、コム", "gmail.com"))


@st.composite
def letters_read_out(draw) -> tuple[str, str]:
    """``(text, value)``: an address whose local part is read out letter by letter in kana (digits
    by their names), the @ said, the domain by its provider's name or said with its dots."""
    letters = draw(st.from_regex(r"[a-pr-z]{3,6}", fullmatch=True))
    digits = draw(st.from_regex(r"[0-9]{0,2}", fullmatch=True))
    sep = draw(st.sampled_from(("・", "", " ", "、")))
    names = [draw(st.sampled_from(_LETTER_NAMES[c])) for c in letters] + [draw(st.sampled_from(_DIGIT_NAMES[d])) for d in digits]
    said, domain = draw(st.sampled_from(_SAID_DOMAINS))
    at = draw(st.sampled_from(("、あっと、", " アットマーク ", "・あっと・")))
    text = draw(st.sampled_from(("めあどは、{} です", "アドレス: {}", "{}\nにメールください"))).format(sep.join(names) + at + said)
    return text, f"{letters}{digits}@{domain}"


# -- LINE IDs as blind round 6 wrote them: the app unnamed, one piece a line, half then the rest ----
# (「例のアプリのIDは…」「Lのほうで連絡ください〜 ID は …」「ら、やってる？ → …」)
_UNNAMED_APP_TEMPLATES = ("例のアプリのIDは {} です", "いつものアプリのIDを書いておきますね。 {}", "あのアプリのID→ {}",
                          "Lのほうで連絡ください〜 ID は {} です", "Lの方で話しましょ、IDは {}", "ら、やってる？ → {}")


def unnamed_app_carriers() -> st.SearchStrategy[str]:
    """A sentence that leaves LINE unnamed right before its ID, with one ``{}`` where the ID goes."""
    return st.sampled_from(_UNNAMED_APP_TEMPLATES)


_STACKED_TEMPLATES = ("らいん登録してね〜👇\n{}", "LINEのID👇\n{}\nよろしく！", "ラインID：\n{}", "ライン追加して→\n{}\nまってます")


@st.composite
def stacked_line_ids(draw) -> tuple[str, str]:
    """``(text, value)``: an ID one piece a line (「hina⏎_⏎kobe⏎33」): a separator on its own line,
    or one or two characters a line, each line maybe indented."""
    value = draw(_LINE_ID)
    sep = next((c for c in value if c in "._-"), None)
    if sep is not None:
        head, tail = value.split(sep, 1)
        pieces = [head, sep] + [tail[i:i + 4] for i in range(0, len(tail), 4)]
    else:
        width = draw(st.sampled_from((1, 2)))
        pieces = [value[i:i + width] for i in range(0, len(value), width)]
    indent = draw(st.sampled_from(("", " ", "   ", "\u3000")))
    return draw(st.sampled_from(_STACKED_TEMPLATES)).format("\n".join(indent + p for p in pieces)), value


_HALF_TEMPLATES = ("らいんのID、半分だけ書くね。{a} まで書いたから、あとは {b} ね", "LINEのIDね、{a} まで打ったから、残りは {b}",
                   "ラインID、{a} までは送ったよね、続きは {b}")


@st.composite
def half_then_rest_line_ids(draw) -> tuple[str, str]:
    """``(text, value)``: the first half of an ID written out, the rest given after it."""
    value = draw(_LINE_ID)
    cut = draw(st.integers(2, len(value) - 2))
    return draw(st.sampled_from(_HALF_TEMPLATES)).format(a=value[:cut], b=value[cut:]), value
