"""E-mail addresses on the normalized view: plain, full-width, spelled-out (アットマーク, ドット —
folded by the normalizer), with stray spaces, and implicit ones (「gmailのabc.def123です」).

ASCII character classes and explicit boundaries keep the Japanese around an address out of it
(a ``\\w`` pattern would swallow 「連絡はtaro@example.comまで」 whole). Every repetition is bounded,
so a scan is linear in the input whatever it holds.
"""
from __future__ import annotations

import bisect
import functools
import re
from typing import Iterator

import regex

from .. import chartables as ct
from ..topics import topic_words
from ..alternation import searcher
from ..fragments import TLD_APART_RE
from ..lexicon import load_table
from ..model import EMAIL, Finding
from ..normalize import AT_WORD, NormalizedText
from ..spans import Spans  # by bisection: thousands of matches cost as little per match as five
from . import code_context, spelled

_LOCAL = r"[a-z0-9](?:[a-z0-9._%+\-]{0,63}+)"
_LABEL = r"[a-z0-9](?:[a-z0-9\-]{0,62}+)"
_EMAIL_RE = regex.compile(
    # Spaces or one line break around "@" are a known way past filters ("taro\n@gmail.com").
    rf"(?<![a-z0-9._%+\-])(?P<local>{_LOCAL})[ \t]{{0,2}}+(?:\r?\n)?+[ \t]{{0,2}}+@[ \t]{{0,2}}+(?:\r?\n)?+[ \t]{{0,2}}+"
    rf"(?P<domain>(?:{_LABEL} ?\. ?){{1,6}}(?:xn--[a-z0-9\-]{{2,59}}+|[a-z]{{2,24}}+))(?![a-z0-9\-])"
)


@functools.lru_cache(maxsize=1)
def _providers() -> tuple[dict[str, str], "re.Pattern[str]", "regex.Pattern[str]", "regex.Pattern[str]",
                          "regex.Pattern[str]", "regex.Pattern[str]", "regex.Pattern[str]", "regex.Pattern[str]"]:
    """Provider names -> domains, a gate (any name at all; the stdlib engine scans a literal
    alternation fast), the forward and backward patterns, a provider named anywhere, one that
    something is sent to, the English order (the account on the provider), and the name put after
    an @ for the domain."""
    rows = load_table("email_providers.txt", columns=("name", "domain"))
    names = {row[0].lower(): row[1].lower() for row in rows}
    # a kana name in the other kana too (「あいくらうど」), unless that is a word (どこも: read only
    # before an account name, _CARRIER_WORD_RE)
    for name, domain in list(names.items()):
        if not name.isascii():
            for variant in (name.translate(ct.KATAKANA_TO_HIRAGANA), name.translate(ct.HIRAGANA_TO_KATAKANA)):
                if variant not in _CARRIER_WORDS:
                    names.setdefault(variant, domain)
    alternation = "|".join(regex.escape(n) for n in sorted(names, key=len, reverse=True))
    # (and the carriers' names that are words too, read only before an account name: 「どこもの」)
    gate = re.compile("|".join(re.escape(n) for n in sorted([*names, *(w + "の" for w in _CARRIER_WORDS)],
                                                             key=len, reverse=True)))
    # 「gmailのabc.def123です」「ヤフーメールは taro_55」「docomoアドレス: hanako.k」
    forward = regex.compile(
        rf"(?<![a-z0-9])(?P<provider>{alternation})(?![a-z0-9.])[!！]?"
        r"(?:の?(?:メールアドレス|メアド|メール|アドレス|アカウント|アカ)){0,2} {0,2}"
        # (Chinese and Korean: 「163邮箱是 li88」「네이버는 kim88」, or the mailbox word alone before it)
        r"(?:の|は|で|が|:|：|→|=|って|も|(?<= )is|是|는|은|(?<=邮箱|信箱)) {0,2}[「『\"(（]?"
        r"(?P<local>[a-z][a-z0-9._\-]{2,63}+)(?![a-z0-9._\-]| {0,2}@)"
    )
    # 「abc.def123（gmail）」「taro_55 (ヤフー)」
    backward = regex.compile(
        rf"(?<![a-z0-9._\-@])(?P<local>[a-z][a-z0-9._\-]{{2,63}}+) {{0,2}}[(（] {{0,2}}(?P<provider>{alternation}) {{0,2}}[)）]"
    )
    # (「gmail.comの方です」: a provider named by its domain is named too)
    # 「taro.yamada88 on gmail」「ken_77 at yahoo」: in English the provider comes after
    english = regex.compile(
        rf"(?<![a-z0-9._\-@])(?P<local>[a-z][a-z0-9._\-]{{2,63}}+) {{1,2}}(?:on|at|via|with) {{1,2}}(?P<provider>{alternation})"
        # (the provider ends the phrase: 「… at yahoo news」「on docomo store」 name something else)
        r"(?![a-z0-9.])(?=\s*$|[.,!?。、)）」\n]|\s?[ぁ-ゖ]| (?:mail|e-?mail|account)(?![a-z]))")
    mention = regex.compile(rf"(?<![a-z0-9@.])(?P<provider>{alternation})(?:\.(?:com|ne\.jp|co\.jp|jp))?(?![a-z0-9.])")
    # 「アイクラウドの方に送ってください」: something sent to a provider is sent by mail
    sent_to = regex.compile(rf"(?<![a-z0-9@.])(?:{alternation})(?:\.(?:com|ne\.jp|co\.jp|jp))?(?![a-z0-9.])"
                            r"\s{0,2}(?:の(?:方|ほう))?\s{0,2}(?:に|へ|まで)\s{0,2}(?:送|おく|ご?連絡|れんらく|返信|くださ)")
    # 「taro.k55@gmail」「hiro_88＠ドコモ」「yui アットマーク ヤフーメール」: the provider's name put where
    # the domain goes (a domain written on after it is read whole by the plain pattern)
    at_name = regex.compile(
        rf"(?<![a-z0-9._%+\-])(?P<local>[a-z0-9][a-z0-9._%+\-]{{0,63}}+) {{0,2}}(?:{_AT_PIECE}) {{0,2}}"
        # (a word going on names something else: 「shop@ヤフーショッピング」「kuma_q@ヤフー知恵袋」「集合は
        # shibuya_3@ドコモショップ前」; 「…＠ドコモ宛に」 is the address)
        rf"(?P<provider>{alternation})(?:の?(?:メール|めーる|アドレス|メアド))?"
        rf"(?![a-z0-9\-ァ-ヺー]|(?![宛迄])[一-龯])")
    return names, gate, forward, backward, mention, sent_to, english, at_name


_SPACE_RE = regex.compile(r"\s")
_WORD_AFTER_RE = regex.compile(r"[ァ-ヺー一-鿿]")
# 「ドコモのiPhone12です」: a carrier's phone, not its mail
_DEVICE_RE = regex.compile(
    r"(?:iphone|ipad|ipod|galaxy|pixel|xperia|aquos|arrows|android|e?sim|wi-?fi|[345]g|v(?:er)?\.?[0-9])[a-z0-9._\-]*"
    r"|[0-9]+(?:gb|tb|mb)")
# 「型番はSO-51Aです」「注文番号は AB-1234」: a run labelled as a thing is no account name
_THING_BEFORE_RE = regex.compile(
    r"(?:型番|番号|品番|サイズ|容量|伝票|注文|コード|シリアル|モデル|在庫|商品|写真|画像|ファイル|品名|色|カラー|パスワード|ver)"
    r"\s{0,2}(?:は|が|も|:|：|=|、|,)?\s{0,2}$")
# 「資料は ver_2 を作成中です」: a thing being made or kept, not an account
_THING_AFTER_RE = regex.compile(r"\s?(?:を|で)\s?(?:作成|作っ|作り|作る|保存|管理|制作|開発|納品|印刷)")
_PLACEHOLDER_RE = regex.compile(r"x+|(?:x+\.)+x+")
# 「shota.2027 というフォルダ」「ラベル「shukatsu.2027」」「フィルタ名は baito.hikaku」: a folder, label or
# file made at a provider is named, not an account (kinds "thing" in lexicons/account_topics.txt)
_NAMED_THING_AFTER_RE = regex.compile(
    rf"[」』\"')）]?\s{{0,2}}(?:という|っていう|と言う|って|の名前の|名の|と名付けた|(?:と|に)いう名前の)?\s{{0,2}}(?:{topic_words('thing')})")
_NAMED_THING_BEFORE_RE = regex.compile(
    rf"(?:{topic_words('thing')})\s{{0,2}}名?\s{{0,2}}(?:は|が|:|=|を)?\s{{0,2}}[「『\"(（]?\s{{0,2}}$")


def _named_thing(text: str, start: int, end: int) -> bool:
    return bool(_NAMED_THING_AFTER_RE.match(text, end, end + 16) or _NAMED_THING_BEFORE_RE.search(text, max(0, start - 16), start))
# 「ファイル名は「img」と「_」と「01」をつなげて」「…をつけたファイル名で保存」: parts that make a thing's
# name, not an account's
_THING_NAMED_AFTER_RE = regex.compile(r"[^。\n]{0,12}?(?:ファイル|フォルダ|型番|品番|パスワード|タイトル|商品名)")
_THING_NAMED_RE = regex.compile(
    r"(?:型番|番号|品番|コード|シリアル|ファイル|写真|画像|パスワード|フォルダ|タイトル|商品)名?\s{0,2}(?:は|が|:|=)?\s{0,2}[「『\"(（]?\s{0,2}$")


# 「L-U-C-A-S dot O-L-I-V-E-I-R-A at icloud dot com」: a name spelled a letter at a time, a hyphen
# between letters (no account name is every letter apart); dots between letters only when the
# message says to take them out (「t.a.k.e.r.u.0.3.1.8 ってドット全部抜いて」)
_HYPHEN_SPELLED_RE = regex.compile(r"[a-z0-9](?:-[a-z0-9]){3,}+")
_HYPHEN_LETTERS_RE = regex.compile(r"[a-z0-9](?:-[a-z0-9])++")  # (「T-A-K-U underscore 9-9」: the digits too)
_DOT_SPELLED_RE = regex.compile(r"[a-z0-9](?:\.[a-z0-9]){3,}+")
_DROP_DOTS_RE = regex.compile(r"(?:ドット|どっと|点|\.)(?:は|を)?(?:全部|ぜんぶ|すべて|全て)?\s?(?:抜いて|ぬいて|取って|とって|消して|けして|なしで|無しで|外して|はずして)")


def _closed_up(address: str, text: str) -> str:
    """``address`` with the letters of a name spelled apart closed up again (see above)."""
    local, _, domain = address.rpartition("@")
    parts = regex.split(r"([._])", local)
    if any(_HYPHEN_SPELLED_RE.fullmatch(p) for p in parts):
        local = "".join(p.replace("-", "") if _HYPHEN_LETTERS_RE.fullmatch(p) else p for p in parts)
    elif _DOT_SPELLED_RE.fullmatch(local) and _DROP_DOTS_RE.search(text):
        local = local.replace(".", "")
    return f"{local}@{domain}"


closed_up = _closed_up  # (the fragment assembler's joins are closed up the same way)


# 「v1.2 @home.page」「2.0.1@2x」: a version number, not an account name
# (「1985.07@…」 may be someone's: a version has three parts, a v, or two short ones)
_VERSION_RE = regex.compile(r"v?[0-9]{1,4}+(?:\.[0-9]{1,4}+){2,3}+|v[0-9]{1,4}+\.[0-9]{1,4}+|[0-9]{1,2}+\.[0-9]{1,2}+")


def _plausible_local(local: str) -> bool:
    return not (local.startswith(".") or local.endswith(".") or ".." in local or _PLACEHOLDER_RE.fullmatch(local)
                or _VERSION_RE.fullmatch(local))


# -- addresses written in pieces -------------------------------------------------------------------
# 「s h i o r i 2 2 @ g m a i l . c o m」「kumiko⏎.⏎suzuki⏎@⏎icloud⏎.⏎com」「runa0101ⓐgmail点com」
# 「sena.mi★gmail.com（★→@）」「miyu ど k ＠ gmail ど com」 after 「ドットが打てないので「ど」で書きます」.
# The text is cut into pieces (ASCII runs and the words and symbols that stand for @ . _ -); pieces
# with only a little white space between them are read as one address when the joined string is one.
_OPEN_B, _CLOSE_B = r"[(\[{<【《〔「]", r"[)\]}>】》〕」]"
_AT_PIECE = rf"{_OPEN_B} ?(?:@|a|at|{AT_WORD}) ?{_CLOSE_B}|@ ?マーク|{AT_WORD}|@"
# (the dot drawn in other scripts' points: 「taro·k55@gmail‧com」「ꓸ」 Lisu, 「۔」 Urdu, 「⸱」「᛫」)
_DOT_PIECE = (rf"{_OPEN_B} ?(?:\.|dot|ドット|どっと|点|てん|・) ?{_CLOSE_B}|ドット|どっと|ピリオド|点|てん|[・･·•∙⋅‧․⸱ꓸ᛫∘◦۔]"
              r"|(?<![a-z0-9])period(?![a-z0-9])")
_UNDER_PIECE = r"アンダーバー|アンダースコア|アンダーライン|あんだーばー|(?<![a-z0-9])under ?(?:score|bar)(?![a-z0-9])"
_HYPHEN_PIECE = r"ハイフン|はいふん|ハイフォン|マイナス|(?<![a-z0-9])(?:hyphen|dash)(?![a-z0-9])"
# top-level domains read out in katakana: 「gmail ドット コム」
_TLD_WORDS = {"コム": "com", "こむ": "com", "ジェーピー": "jp", "じぇーぴー": "jp", "ネット": "net", "ねっと": "net"}
_PIECE_VALUE = {"at": "@", "dot": ".", "under": "_", "hyphen": "-"}
# literals only: the stdlib engine scans a literal alternation fast, and this runs on every message
_PIECE_GATE_RE = re.compile(r"@|アット|あっと|艾特|at|\(a\)|\[a\]|【a】|<a>|\{a\}|「a」|\( a \)|ローカル\s?(?:部分|パート)")
# A symbol the message says stands for @ or for the dot: 「♪→アットマークで読んで」「＊は＠です」
# 「（★→@）」「（・はドット）」「ドットは「てん」と読んでね」
_SYMBOL = r"[^\w\s@.,、。!?！？「」『』()（）\[\]【】<>＜＞→⇒=＝:：~～〜ー\-_'\"]"
_AT_NAME = rf"(?:@|{AT_WORD})"
_DOT_NAME = r"(?:ドット|どっと|ピリオド|(?<![a-z0-9])\.(?![a-z0-9]))"
_DECL_BEFORE = r"(?:^|(?<=[\s(（「『※、。,:：!！]))"
_AT_DECL_GATE_RE = re.compile(r"(?:→|⇒|=|＝|は|が|を|:)\s{0,2}(?:@|アット|あっと)|(?:@|アット)(?:マーク)?\s{0,2}(?:は|が|を|→|=)"
                              r"|(?:with|means|for|is) @|@ (?:instead|for)")
# in English the declaration says which symbol it is, so any symbol may stand (「replace ~ with @」)
_EN_SYMBOL = r"[^\w\s@.,!?()\[\]<>'\"]"
_AT_DECL_RE = regex.compile(
    rf"{_DECL_BEFORE}(?P<sym>{_SYMBOL})(?:の(?:とこ|ところ|部分))?\s{{0,2}}(?:→|⇒|=|は|が|を|:)\s{{0,2}}{_AT_NAME}"
    rf"|{_AT_NAME}\s{{0,2}}(?:は|が|を|→|=)\s{{0,2}}[「『\"]?(?P<sym2>{_SYMBOL})[」』\"]?"
    rf"|(?:replace|swap|change)\s[\"']?(?P<sym3>{_EN_SYMBOL})[\"']?\s(?:with|for|to|by)\s@"
    rf"|[\"']?(?P<sym4>{_EN_SYMBOL})[\"']?\s(?:means|stands for|is)\s@"
    rf"|use\s@\s(?:instead of|for)\s[\"']?(?P<sym5>{_EN_SYMBOL})[\"']?", regex.M)
_DOT_DECL_RE = regex.compile(
    rf"{_DECL_BEFORE}(?:[「『\"](?P<q1>[^\s」』\"a-z0-9]{{1,3}})[」』\"]|(?P<s1>{_SYMBOL}))"
    rf"\s{{0,2}}(?:→|⇒|=|は|が|を|:)\s{{0,2}}[「『\"]?{_DOT_NAME}"
    rf"|{_DOT_NAME}\s{{0,2}}(?:は|が|を)[^\n「」]{{0,16}}?[「『\"](?P<q2>[^\s」』\"a-z0-9]{{1,3}})[」』\"]"
    r"\s{0,2}(?:と|で|に)", regex.M)
_ENCLOSED_AT = "ⓐⒶ🄰🅐🅰"  # (the normalizer folds the first three to 「a」 and keeps the others)
# An address is read from the pieces around an @ that has an ASCII character shortly before it
# (「@tanaka さん」 has none), so a long chat with @mentions is not cut into pieces whole.
_LOCAL_END_RE = re.compile(r"[a-z0-9]")
_LOCAL_END_REACH = 8
_ANY_ASCII_RE = re.compile("[a-z0-9]")
_WINDOW = 120
_TLDS = frozenset(
    "com net org info biz jp co ne or ac go ed lg io me us uk cn kr tw de fr app dev xyz tokyo cc tv ai".split())
# 「photo_0901@2x.png」「banner@3x.jpg」: a file name with a scale suffix, not an address
_FILE_TLDS = frozenset("png jpg jpeg gif webp svg bmp heic tif tiff pdf psd mp4 mov".split())
# top-level domains reserved for examples and tests (RFC 2606, 6761): 「help@lumina-app.example」
_RESERVED_TLDS = frozenset(("example", "test", "invalid", "localhost"))
_EXAMPLE_DOMAIN_RE = regex.compile(r"example\.(?:com|net|org|jp|co\.jp|ne\.jp)")
# 「入力欄にabc@example.comって例が書いてある」: a form's example, asked about, not an address given
# (also test data: 「ダミーのuser01@example.com」「shows "you@example.com" as hints」)
_FORM_EXAMPLE_RE = regex.compile(r"例|入力欄|形式|プレースホルダ|placeholder|たとえば|e\.g\.|ダミー|dummy|テスト用|テスト送信|"
                                 r"サンプルデータ|sample data|hints?(?![a-z])|ヒント|(?<![@.a-z])example(?![.a-z@\-])")
_FORM_EXAMPLE_REACH = 40
# 「Sample format only: Email → yourname@example.com」: a domain reserved for examples needs less to be
# one, a form word in its own sentence; a sentence before is another topic (「テンプレートは後で送ります。
# 私のアドレス rina_68@example.co.jp に返信ください」 gives an address)
_FORM_WORD_RE = regex.compile(r"(?<![@.a-z_\-])(?:sample|format|template)(?![a-z_\-@.])|見本|書式|フォーマット|テンプレ"
                              r"|(?<![a-z])(?:in|on|the) form(?![a-z])")
_SENTENCE_END_RE = regex.compile(r"[。\n!?！？]|\.(?=\s)")
_EXAMPLE_DOMAIN_REACH = 64
_PLACEHOLDER_CONTEXT_RE = regex.compile(r"placeholder|プレースホルダ|入力例|記入例|テストデータ|(?<![a-z])test data(?![a-z])")
_REVERSED_CUE_RE = re.compile(r"逆から|逆さ|反対から|後ろから読|うしろから読|逆に読")
_LOCAL_FULL_RE = regex.compile(_LOCAL)
_DOMAIN_FULL_RE = regex.compile(rf"(?:{_LABEL}\.){{1,6}}[a-z]{{2,24}}")


@functools.lru_cache(maxsize=64)
def _piece_re(at_words: tuple[str, ...], dot_words: tuple[str, ...]) -> "re.Pattern[str]":
    # (the stdlib engine: several times faster than ``regex`` on this alternation, which a message
    # full of @ runs over every character)
    declared_at = "|".join(re.escape(w) for w in at_words) or "(?!)"
    declared_dot = "|".join(re.escape(w) for w in dot_words) or "(?!)"
    return re.compile(
        rf"(?P<at>{_AT_PIECE}|{declared_at})|(?P<dot>{_DOT_PIECE}|{declared_dot})|(?P<under>{_UNDER_PIECE})"
        rf"|(?P<hyphen>{_HYPHEN_PIECE})|(?P<tld>{'|'.join(_TLD_WORDS)})|(?P<ascii>[a-z0-9._%+\-]{{1,64}}+)")


def _declared_at(text: str) -> tuple[str, ...]:
    """The symbols the message itself declares to stand for @."""
    if _AT_DECL_GATE_RE.search(text) is None:
        return ()
    return tuple(sorted({next(filter(None, m.group("sym", "sym2", "sym3", "sym4", "sym5")))
                         for m in _AT_DECL_RE.finditer(text)}, key=len, reverse=True))


def _declared_dot(text: str, at_words: tuple[str, ...]) -> tuple[str, ...]:
    """The symbols the message itself declares to stand for the dot."""
    if "ドット" not in text and "どっと" not in text and "ピリオド" not in text and "." not in text:
        return ()
    words = {m.group("q1") or m.group("s1") or m.group("q2") for m in _DOT_DECL_RE.finditer(text)}
    return tuple(sorted(words - set(at_words), key=len, reverse=True))


_LIST_MARKS = frozenset("/、,，|+")  # (「yuzu.m ＋ ＠ ＋ icloud.com」)
_MAX_PIECES = 40  # each side of an @: a local part has at most 64 characters, spaced out 32 pieces


def _joins(prev: tuple[str, str, int, int], cur: tuple[str, str, int, int], gap: str, text: str = "") -> bool:
    """Whether two pieces with ``gap`` between them belong to one address (``text``: the text the
    pieces' offsets point into)."""
    if not gap:
        return True
    symbol = prev[0] != "ascii" or cur[0] != "ascii"
    if symbol and gap.strip() in _LIST_MARKS and len(gap) <= 4:
        return True  # 「taro / アットマーク / gmail / ドット / com」
    if len(gap) > 4 or not gap.isspace() or gap.count("\n") > 1:
        return False
    if symbol:
        return True  # a symbol joins what is around it: 「kumiko⏎.⏎suzuki」「nori アンダーバー 55」
    if "\n" in gap:  # (an address then 「--」: a signature)
        # a line broken at a separator (「ts-fujii⏎-office@…」「kaji.daikou.⏎sato@⏎…」), or a word
        # broken over lines of its own that the next line goes on from (「fuku⏎rou.⏎books@…」)
        if prev[1][-1] == "." and len(prev[1]) > 1:  # (「Thanks.⏎taro@…」: a full stop, not the address's dot)
            # (「nozomi.⏎works55⏎@icloud.com」: each piece on a line of its own, the @ on the next)
            return _broken_word(text, prev) or _whole_line(text, prev) and _whole_line(text, cur) \
                and _AT_OPENS_NEXT_LINE_RE.match(text, cur[3]) is not None
        return prev[1][-1] in "._-" or cur[1][0] in "._-" or len(prev[1]) <= 2 and len(cur[1]) <= 2 \
            or cur[1][-1] in "._-" and _whole_line(text, prev) and _whole_line(text, cur)
    if prev[1][-1] in "._-" or cur[1][0] in "._-":
        return True  # 「shun.camp. 21」
    # letters spaced out one or two at a time (「n a o_1 2」: a separator may ride along)
    return min(len(prev[1]), len(cur[1])) <= 2 and max(len(prev[1]), len(cur[1])) <= 3


def _whole_line(text: str, piece: tuple[str, str, int, int]) -> bool:
    """The piece is all its line holds (spacing aside)."""
    start, end = piece[2], piece[3]
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    return not text[line_start:start].strip() and not text[end:len(text) if line_end < 0 else line_end].strip()


_LINE_PIECE_RE = re.compile(r"[ \t]*[a-z0-9._\-]{1,30}[ \t]*")
_AT_OPENS_NEXT_LINE_RE = re.compile(r"[ \t]*\n[ \t]*@")


def _broken_word(text: str, piece: tuple[str, str, int, int]) -> bool:
    """A piece ending in a dot at a line break goes on on the next line when it is already an
    address's part (a digit or separator inside, 「kaji.daikou.」「→ a00.」), or when it is all its
    line holds and the line before it is one too (「fuku⏎rou.」)."""
    if any(ch.isdigit() or ch in "._-" for ch in piece[1][:-1]):
        return True
    if not _whole_line(text, piece):
        return False
    line_start = text.rfind("\n", 0, piece[2])
    before = text.rfind("\n", 0, line_start) + 1 if line_start > 0 else -1
    return before >= 0 and _LINE_PIECE_RE.fullmatch(text, before, line_start) is not None


# (as one character each, so offsets stay those of the view)
_IN_LOCAL_SYMBOL_RE = {sym: re.compile(rf"(?<=[a-z0-9]){re.escape(sym)}(?=[a-z0-9])") for sym in "%+"}


def _chains(view: NormalizedText, enclosed: bool) -> Iterator[list[tuple[str, str, int, int]]]:
    text = view.text
    work = text
    if enclosed:
        # ⓐ folds to 「a」 like every circled letter; here it is the @ the sender drew
        chars = list(text)
        for i, ch in enumerate(text):
            if ch in _ENCLOSED_AT or ch == "a" and view.original_slice(i, i + 1) in _ENCLOSED_AT:
                chars[i] = "@"
        work = "".join(chars)
    if _ANY_ASCII_RE.search(work) is None:
        return  # 「@あずき ドライカレーですか」: no local part anywhere
    at_words = _declared_at(work)
    for sym in at_words:
        if sym in _IN_LOCAL_SYMBOL_RE:  # a declared symbol that may stand in a local part: 「yui_nail%gmail.com（%のとこは@）」
            work = _IN_LOCAL_SYMBOL_RE[sym].sub("@", work)
    windows: list[list[int]] = []
    for m in _at_re(at_words).finditer(work):
        if _LOCAL_END_RE.search(work, max(0, m.start() - _LOCAL_END_REACH), m.start()) is None:
            continue
        lo, hi = max(0, m.start() - _WINDOW), m.end() + _WINDOW
        if windows and lo <= windows[-1][1]:
            windows[-1][1] = hi
        else:
            windows.append([lo, hi])
    if not windows:
        return
    pieces = _piece_re(at_words, _declared_dot(work, at_words))
    for lo, hi in windows:
        yield from _chains_in(work, pieces, lo, hi)


@functools.lru_cache(maxsize=64)
def _at_re(at_words: tuple[str, ...]) -> "re.Pattern[str]":
    # (the stdlib engine: this scans every message with an @, and it is several times faster here)
    declared = "|".join(re.escape(w) for w in at_words) or "(?!)"
    return re.compile(rf"{_AT_PIECE}|{declared}|(?<![a-z0-9._%+\-])at(?![a-z0-9._%+\-])")


def _chains_in(work: str, pieces: "re.Pattern[str]", lo: int, hi: int) -> Iterator[list[tuple[str, str, int, int]]]:
    chain: list[tuple[str, str, int, int]] = []
    for m in pieces.finditer(work, lo, hi):
        kind = m.lastgroup
        value = m.group()
        if kind == "ascii" and value in ("at", "dot"):
            kind = "at" if value == "at" else "dot"
        elif kind == "tld":
            kind, value = "ascii", _TLD_WORDS[value]
        if kind == "ascii" and value == "+":
            continue  # 「yuzu.m ＋ ＠ ＋ icloud.com」: a plus between pieces lists them
        piece = (kind, _PIECE_VALUE.get(kind, value), m.start(), m.end())
        if chain and not _joins(chain[-1], piece, work[chain[-1][3]:m.start()], work):
            yield chain
            chain = []
        chain.append(piece)
    if chain:
        yield chain


def _pieced(view: NormalizedText, enclosed: bool) -> Iterator[tuple[int, int, str]]:
    """(start, end, address) of each address written in pieces; normalized offsets."""
    text = view.text
    for chain in _chains(view, enclosed):
        ats = [i for i, p in enumerate(chain) if p[0] == "at"]
        # each @ with the pieces up to the @ before it and after it (「x ＊ y.jp⏎＊は＠です」 joins on)
        for n, k in enumerate(ats):
            lo = max(ats[n - 1] + 1 if n else 0, k - _MAX_PIECES)
            hi = min(ats[n + 1] if n + 1 < len(ats) else len(chain), k + 1 + _MAX_PIECES)
            if lo < k < hi - 1:
                yield from _read_pieces(text, chain[lo:hi], k - lo)


def _read_pieces(text: str, chain: list[tuple[str, str, int, int]], k: int) -> Iterator[tuple[int, int, str]]:
    plain = all(p[0] == "ascii" or p[1] == "@" and text[p[2]:p[3]] == "@" for p in chain) and all(
        a[3] == b[2] for a, b in zip(chain, chain[1:]))
    if plain:
        return  # written whole: _explicit reads it
    local = "".join(p[1] for p in chain[:k])
    first = 0
    while first < k and not (_LOCAL_FULL_RE.fullmatch(local) and _plausible_local(local)):
        first += 1  # a word joined in front of the address: drop it
        local = "".join(p[1] for p in chain[first:k])
    if first == k:
        return
    # any country's domain (「nils.ek~tundra-design.se」) after an @ drawn as a symbol; after the word
    # 「at」 only the common ones (「meet at the.de」 is English, not an address)
    spelled_at = text[chain[k][2]:chain[k][3]] == "at"

    def tld_ok(tld: str) -> bool:
        return tld in _TLDS or (not spelled_at and len(tld) == 2 and tld.isalpha())

    for last in range(len(chain), k + 1, -1):
        # a domain ends on a top-level domain (「c o m」 is six pieces at most): the joins that cannot
        # end one are not built
        tail = "".join(p[1] for p in chain[max(k + 1, last - 6):last]).rstrip(".-_")
        if chain[last - 1][0] != "ascii" or "." not in tail or not tld_ok(tail.rsplit(".", 1)[1]):
            continue
        raw = "".join(p[1] for p in chain[k + 1:last])
        domain = raw.rstrip(".-_")  # a full stop after the address
        cut = len(raw) - len(domain)
        if cut and (chain[last - 1][0] != "ascii" or cut >= len(chain[last - 1][1])):
            continue
        if _DOMAIN_FULL_RE.fullmatch(domain) and ".." not in domain and tld_ok(domain.rsplit(".", 1)[1]):
            yield chain[first][2], chain[last - 1][3] - cut, f"{local}@{domain}"
            return


def _reversed(view: NormalizedText) -> Iterator[tuple[int, int, str]]:
    """「逆から読んでね moc.liamg@4321umuy」"""
    for m in _EMAIL_RE.finditer(view.text[::-1]):
        local, domain = m.group("local"), _SPACE_RE.sub("", m.group("domain"))
        # (spacing around the @ only: 「moc.liamg ＠ ustak.ukim」; not inside either side)
        if _plausible_local(local) and domain.rsplit(".", 1)[1] in _TLDS and " " not in m.group("domain"):
            n = len(view.text)
            yield n - m.end(), n - m.start(), f"{local}@{domain}"


# 「gmail. com の前に shun.camp. 21 ←スペース抜いて@つけてね」: the two halves, and words that say
# to join them with an @
_JOIN_AT_RE = re.compile(r"@\s?を?\s?(?:つけ|付け|入れ|いれ|はさ|挟|で(?:つな|繋)|を間に|をあいだに)")
_SPACED_DOMAIN_RE = regex.compile(
    rf"(?<![a-z0-9._\-@])(?P<d>[a-z0-9][a-z0-9\-]{{0,62}}+(?: ?\. ?[a-z0-9][a-z0-9\-]{{0,62}}+){{0,4}}? ?\. ?"
    rf"(?:{'|'.join(sorted(_TLDS, key=len, reverse=True))}))(?![a-z0-9._\-])")
_SPACED_LOCAL_RE = regex.compile(
    r"(?<![a-z0-9._\-@])[a-z0-9][a-z0-9._\-]{0,63}+(?:(?<=[._\-]) [a-z0-9][a-z0-9._\-]{0,30}+| [._\-][a-z0-9._\-]{0,30}+){0,4}+"
    r"(?![a-z0-9._\-@])")
_JOIN_REACH = 40


def _halves(view: NormalizedText) -> Iterator[tuple[int, int, str]]:
    """(start, end, address) from a domain and a local part the message says to join with @."""
    text = view.text
    for d in _SPACED_DOMAIN_RE.finditer(text):
        domain = d.group("d").replace(" ", "")
        best = None
        for m in _SPACED_LOCAL_RE.finditer(text, max(0, d.start() - _JOIN_REACH), d.end() + _JOIN_REACH):
            local = m.group().replace(" ", "")
            if d.start() <= m.start() < d.end() or m.start() <= d.start() < m.end():
                continue
            if local in _NOT_ACCOUNTS or not any(ch.isalpha() for ch in local) or not _LOCAL_FULL_RE.fullmatch(local) \
                    or not _plausible_local(local):
                continue
            dist = abs(m.start() - d.start())
            if best is None or dist < best[0]:
                best = (dist, min(m.start(), d.start()), max(m.end(), d.end()), f"{local}@{domain}")
        if best is not None:
            yield best[1:]


# 「ローカル部は sho.k1、うしろは uqmobile.jp」「ユーザー名が sho_1122 でドメインが docomo.ne.jp」「domain is
# yahoo.co.jp, before that goes akane_m」「ドメインはグーグルのやつ」: each side named by what it is (or the
# second by where it goes from the first), in separate clauses, either order; the domain typed, or
# a provider (or the company whose mail it is) named in its place
_AT_NAMED = r"(?:@|アットマーク|あっとまーく|アット|あっと)\s?(?:マーク)?\s?(?:より|の|から)?\s?"
_LOCAL_NAMED = (
    r"(?:ローカル\s?(?:部分|部|パート)|(?<![a-z])local[\s\-]?part|ユーザー?\s?(?:名|ネーム)|(?<![a-z])user\s?name"
    r"|アカウント名?|(?<![a-z])id\s?の?部分|名前の?(?:部分|ところ)|頭の部分|前半"
    rf"|{_AT_NAMED}(?:前|まえ|左側?|手前)|(?<![a-z])(?:the\s)?(?:part|name)\s(?:before|in front of)\s(?:the\s)?@)"
    r"(?:\s?の?部分)?")
_DOMAIN_NAMED = (
    r"(?:ドメイン(?:名|部分|の部分)?|(?<![a-z])domain(?:\s(?:part|name))?(?![a-z])|後半"
    rf"|{_AT_NAMED}(?:後ろ|うしろ|後|あと|先|以降|以下|右側?)|(?<![a-z])(?:the\s)?part\safter\s(?:the\s)?@)")
_LOCAL_AFTER = r"(?:前|まえ|左側?|(?<![a-z])before\s(?:it|that|this))"
_DOMAIN_AFTER = r"(?:後ろ|うしろ|あと|先|右側?|(?<![a-z])after\s(?:it|that|this))"
_NAMED_SAYS = r"\s?(?:は|が|:|：|=|＝|→|\s(?:is|goes|comes)(?![a-z])|(?<=[a-z])\s)\s?"
_NAMED_LOCAL_RE = regex.compile(
    rf"(?P<label>{_LOCAL_NAMED}|(?P<rel>{_LOCAL_AFTER})){_NAMED_SAYS}[「『\"'(（]?\s?"
    r"(?P<local>[a-z0-9][a-z0-9._%+\-]{0,63}+)(?![a-z0-9._%+\-@])")
# (one side at least is named by what it is, or by the @ it goes before or after)
NAMED_GATE_RE = re.compile(r"ローカル|local|ユーザ|user|アカウント|部分|前半|後半|ドメイン|domain|@|アット|あっと")
# (generic names — ユーザー名, アカウント, ドメイン — also name a login or a site: with talk of an address only)
_ADDRESS_TALK_RE = regex.compile(r"アドレス|あどれす|メアド|めあど|メール|めーる|mail|@|アット|あっと|宛|あて")
_SPECIFIC_LABEL_RE = regex.compile(r"ローカル|local|@|アット|あっと")


@functools.lru_cache(maxsize=1)
def _domain_owners() -> tuple[dict[str, str], "regex.Pattern[str]"]:
    """Provider names and the companies whose mail they are (email_domain_owners.txt) -> domain,
    and the pattern of a domain side: the domain typed or one of those names in its place."""
    names = dict(_providers()[0])
    for row in load_table("email_domain_owners.txt", columns=("name", "domain")):
        name = row[0].lower()
        for variant in {name, name.translate(ct.KATAKANA_TO_HIRAGANA), name.translate(ct.HIRAGANA_TO_KATAKANA)}:
            names.setdefault(variant, row[1].lower())
    alternation = "|".join(regex.escape(n) for n in sorted(names, key=len, reverse=True))
    pattern = regex.compile(
        rf"(?P<label>{_DOMAIN_NAMED}|(?P<rel>{_DOMAIN_AFTER})){_NAMED_SAYS}[^。\n@]{{0,24}}?"
        r"(?:(?<![a-z0-9._\-@])(?P<domain>[a-z0-9][a-z0-9\-]{0,62}+(?:\.[a-z0-9][a-z0-9\-]{0,62}+){1,4}+)(?![a-z0-9\-@]|\.[a-z0-9])"
        rf"|(?<![a-z0-9])(?P<named>{alternation})(?![a-z0-9.]))")
    return names, pattern


def _named_domain(m) -> str | None:
    if m.group("domain"):
        domain = m.group("domain")
        return domain if domain.rsplit(".", 1)[1] in _TLDS and ".." not in domain else None
    return _domain_owners()[0].get(m.group("named"))


def _named_sides(view: NormalizedText) -> Iterator[tuple[int, int, str]]:
    """(start, end, address) from the local part and the domain each named by what it is."""
    text = view.text
    if NAMED_GATE_RE.search(text) is None:
        return
    locals_ = [m for m in _NAMED_LOCAL_RE.finditer(text)
               if _plausible_local(m.group("local")) and any(ch.isalpha() for ch in m.group("local"))]
    if not locals_:
        return
    domains = [m for m in _domain_owners()[1].finditer(text) if _named_domain(m)]
    starts = [dom.start() for dom in domains]
    pairs = []
    for loc in locals_:
        # (only the domains within reach: every pair of a long text would be quadratic)
        for dom in domains[bisect.bisect_left(starts, loc.start() - _SIDES_REACH):
                           bisect.bisect_right(starts, loc.end() + _SIDES_REACH)]:
            # (「前」 goes on from the domain named before it, 「後ろ」 from the local part)
            if loc.group("rel") and (dom.group("rel") or dom.end() > loc.start()) \
                    or dom.group("rel") and loc.end() > dom.start():
                continue
            lo, hi = min(loc.start(), dom.start()), max(loc.end(), dom.end())
            if hi - lo > _SIDES_REACH or loc.start() < dom.end() and dom.start() < loc.end():
                continue
            if not any(m.group("rel") or _SPECIFIC_LABEL_RE.search(m.group("label")) for m in (loc, dom)) \
                    and not _ADDRESS_TALK_RE.search(text, max(0, lo - _SIDES_REACH), hi + _SIDES_REACH):
                continue  # 「ユーザー名: admin、ドメイン: mysite.jp でWordPressを設定」: a login
            pairs.append((lo, hi, loc, dom))
            if len(pairs) > 1:
                return  # (two readings: which local part goes with which domain is not said)
    if len(pairs) != 1:
        return
    lo, hi, loc, dom = pairs[0]
    end = dom.end("domain") if dom.group("domain") else dom.end("named")
    yield min(loc.start("local"), dom.start()), max(loc.end("local"), end), f"{loc.group('local')}@{_named_domain(dom)}"


# 「my instagram is @ana.bela.jp」「follow me @kumi.design.jp」: an English word, a space, then an @ glued
# to a handle is a mention of an account on a social network, not a local part spaced off its @
# (「taro @gmail.com」 keeps its own name before the space)
_HANDLE_AFTER_WORD_RE = regex.compile(r"(?<![a-z])(?P<word>[a-z]{1,9}+)[ \t]{1,2}+@(?=[a-z0-9])")
_SCP_PATH_RE = regex.compile(r":~?/|:[a-z0-9._\-]{1,64}+/")  # (a path has a slash: 「taro@gmail.com:10時」 is a time)
_WORDS_BEFORE_HANDLE = frozenset(
    "is am are was be at on in to me my our its via by follow dm add find handle account username name id ig insta "
    "instagram twitter x tiktok threads here it".split())


# 「アドレスの@より前はeigyo2です。ドメインは弊社HP（kumo-lab.jp）と同じ」「@の後ろは kumo.co.jp、前は sato.k」:
# the local part and the domain each named by its side of the @, in separate clauses, in either order
_AT_SIDE = r"(?:@|アットマーク|あっとまーく|アット|あっと)\s?(?:より|の|から)?\s?"
_SIDE_SAYS = r"(?:の部分|のところ)?\s?(?:は|が|:|=)\s?"
# the local part by its own name (「ローカル部分は ta-ka-mi.record で、後ろは docomo.ne.jp」)
_LOCAL_WORD = r"(?:ローカル\s?(?:部分|パート)|(?<![a-z])local[\s\-]?part(?![a-z]))"
_LOCAL_SIDE_RE = regex.compile(
    rf"(?:{_AT_SIDE}(?:前|まえ|左側?)|{_LOCAL_WORD}"
    rf"|(?<=(?:後ろ|うしろ|後|あと|先|ドメイン|右側?)[^。\n]{{1,40}}?[、,。]\s?)(?:前|まえ|左側?))"
    rf"{_SIDE_SAYS}"
    r"[「『\"(（]?\s?(?P<local>[a-z0-9][a-z0-9._%+\-]{0,63}+)(?![a-z0-9._%+\-@])")
_DOMAIN_SIDE_RE = regex.compile(
    rf"(?:ドメイン|(?<![a-z])domain(?![a-z])|{_AT_SIDE}(?:後ろ|うしろ|後|あと|先|以降|右側?)"
    rf"|(?<=(?:前|まえ|左側?|{_LOCAL_WORD})[^。\n]{{1,40}}?[、,。/]\s?)(?:後ろ|うしろ|あと|先|右側?))"
    rf"{_SIDE_SAYS}[^。\n@]{{0,24}}?"
    r"(?<![a-z0-9._\-@])(?P<domain>[a-z0-9][a-z0-9\-]{0,62}+(?:\.[a-z0-9][a-z0-9\-]{0,62}+){1,4}+)(?![a-z0-9\-@]|\.[a-z0-9])")
_SIDES_GATE_RE = re.compile(r"前|まえ|左|ローカル|local")
_SIDES_REACH = 160


def _sides(view: NormalizedText) -> list[tuple[int, int, str]]:
    """(start, end, address) from a local part and a domain each named by its side of the @, or by
    what it is (:func:`_named_sides`)."""
    return list(_at_sides(view)) or list(_named_sides(view))


def _at_sides(view: NormalizedText) -> Iterator[tuple[int, int, str]]:
    text = view.text
    if _SIDES_GATE_RE.search(text) is None:
        return
    locals_ = [m for m in _LOCAL_SIDE_RE.finditer(text) if _plausible_local(m.group("local"))
               and any(ch.isalpha() for ch in m.group("local"))]
    if len(locals_) != 1:
        return
    loc = locals_[0]
    domains = [m for m in _DOMAIN_SIDE_RE.finditer(text, max(0, loc.start() - _SIDES_REACH), loc.end() + _SIDES_REACH)
               if m.group("domain").rsplit(".", 1)[1] in _TLDS and ".." not in m.group("domain")]
    if len(domains) != 1:
        return
    dom = domains[0]
    yield min(loc.start("local"), dom.start("domain")), max(loc.end("local"), dom.end("domain")), \
        f"{loc.group('local')}@{dom.group('domain')}"


# 「弊社HP（sample-haken.jp）と同じドメインで、担当 miyazaki@ のあとに…」「事務所のHPは mori-tax.jp です。メールは
# 同じドメインで mori@」: the local part typed with its @ and nothing after, the domain the site's
_DANGLING_AT_RE = regex.compile(r"(?<![a-z0-9._%+\-])(?P<local>[a-z][a-z0-9._\-]{1,63}+)\s?@(?![a-z0-9._\-]|\s?[a-z0-9])")
_SITE_DOMAIN_RE = regex.compile(
    r"(?<![a-z0-9._\-@/])(?:https?://)?(?:www\.)?(?P<domain>[a-z0-9][a-z0-9\-]{0,62}+(?:\.[a-z0-9][a-z0-9\-]{0,62}+){1,4}+)"
    r"(?![a-z0-9\-@]|\.[a-z0-9])")
_SITE_REACH = 120


def _site_domain(view: NormalizedText) -> Iterator[tuple[int, int, str]]:
    """(start, end, address) from one dangling local part and the one domain of the message, which
    the message says the address shares (ドメイン)."""
    text = view.text
    if "ドメイン" not in text:
        return
    locals_ = [m for m in _DANGLING_AT_RE.finditer(text) if _plausible_local(m.group("local"))]
    if len(locals_) != 1:
        return
    loc = locals_[0]
    domains = {m.group("domain"): m for m in _SITE_DOMAIN_RE.finditer(
        text, max(0, loc.start() - _SITE_REACH), loc.end() + _SITE_REACH)
        if m.group("domain").rsplit(".", 1)[1] in _TLDS and not loc.start() <= m.start() < loc.end()}
    if len(domains) != 1:
        return
    (domain, dom), = domains.items()
    yield min(loc.start("local"), dom.start("domain")), max(loc.end(), dom.end("domain")), f"{loc.group('local')}@{domain}"


def _not_an_address(view: NormalizedText, start: int, end: int, domain: str) -> bool:
    """A file name with a scale suffix, a placeholder, a form's example asked about right there, or
    a handle mentioned after an English word (normalized ``[start, end)`` is the address)."""
    labels = domain.split(".")
    if labels[-1] in _FILE_TLDS or labels[-1] in _RESERVED_TLDS or any(_PLACEHOLDER_RE.fullmatch(label) for label in labels):
        return True
    if _SCP_PATH_RE.match(view.text, end):
        return True  # 「git clone git@github.com:foo/bar.git」: a remote's login and path, not a mailbox
    handle = _HANDLE_AFTER_WORD_RE.search(view.text, start, end)  # (「find me on ig @…」: the word right before)
    if handle is not None and handle.group("word") in _WORDS_BEFORE_HANDLE:
        return True
    before = view.text[max(0, start - _FORM_EXAMPLE_REACH):start]
    clause = max(before.rfind(ch) for ch in "。\n!?！？") + 1  # (「テストデータは送りました。連絡は…」: another clause)
    if _PLACEHOLDER_CONTEXT_RE.search(before, clause):
        return True  # 「placeholder="you@domain.com"」「テストデータ: test.user@…」: a form's text or test data
    if code_context.quoted_data(view, start, end) or code_context.example_data(view, start, end, domain) \
            or code_context.quoted_source(view, start, end):
        return True  # 「テストケースは `foo@example.com`」, a mail template's 「差出人：noreply@example.com」, a text to translate
    if _EXAMPLE_DOMAIN_RE.fullmatch(domain) is None:
        return False
    if _FORM_EXAMPLE_RE.search(view.text, max(0, start - _EXAMPLE_DOMAIN_REACH), end + _EXAMPLE_DOMAIN_REACH):
        return True
    text = view.text
    left = max(0, start - _EXAMPLE_DOMAIN_REACH)
    left = max([m.end() for m in _SENTENCE_END_RE.finditer(text, left, start)], default=left)
    stop = _SENTENCE_END_RE.search(text, end, end + _EXAMPLE_DOMAIN_REACH)
    return _FORM_WORD_RE.search(text, left, stop.start() if stop else min(len(text), end + _EXAMPLE_DOMAIN_REACH)) is not None


# -- implicit addresses: a provider named anywhere, the account name elsewhere -------------------
# 「gmailです！アカウント名はhinata.shop77」「auのメアドでごめんね、ryo.0815.ryo だよ」
# 「キャリアメール(ドコモ)です→ aoi.sweets01」. A mail word must be in the message (「ソフトバンクの
# SIMロック解除」 names a provider and an ASCII word, and is no address), and the account name needs
# a digit or a separator, or a word before it that says it is one.
_MAIL_WORD_RE = re.compile(
    r"メール|めーる|メアド|めあど|ヤフメ|やふめ|名前の部分|アドレス|あどれす|mail|アカウント|アカ名|ドメイン|[📩📧📨✉]|outlook|アウトルック|hotmail"
    r"|ezweb"  # (a name that is only ever mail)
    r"|邮箱|郵箱|邮件|电邮|메일|이메일|プロバイダ|ぷろばいだ"
    r"|@\s?(?:より|の)?\s?(?:前|まえ)")  # 「ドコモです。@より前は hanako.kaji-77」
_mail_word = searcher(_MAIL_WORD_RE)  # (branch by branch, each skipping ahead: alternation.py)
_ACCOUNT_RE = regex.compile(
    r"(?<![a-z0-9._%+\-@/#:~])(?P<local>[a-z0-9][a-z0-9._\-]{2,63}+)(?![a-z0-9._%+\-@/:]| {0,2}@)")
_ACCOUNT_CUE_RE = regex.compile(
    r"(?:アカウント名?|アカ名|ユーザー?名|ユーザーネーム|なまえ|名前|アドレス|メアド|id)\s{0,2}(?:は|が|:|→|=|って)?\s{0,2}"
    r"[「『\"(（]?\s{0,2}$")
# 「sakura と 1108 をくっつけた」「taro、そのうしろに生まれ年の1994つなげて」
_CONCAT_RE = regex.compile(
    r"(?<![a-z0-9._\-])(?P<a>[a-z][a-z0-9._\-]{1,30}+)\s{0,2}(?:と|、|,)[^a-z0-9\n]{0,14}?(?<![a-z0-9._\-])"
    r"(?P<b>[a-z0-9._\-]{1,30}+)\s{0,2}(?:を|と)?\s{0,2}(?:くっつけ|つなげ|繋げ|つなぎ|繋ぎ|合わせ|あわせ|足し|たし|続け|つづけ)")
# 「ai ・ haruno ・ 33 (・はドット)」「priyanka dot shrestha」: an account name with its dots spelled or spaced
# (a full stop and a space after a word end a sentence: 「… np. Send me」)
_DOTTED_ACCOUNT_RE = regex.compile(
    r"(?<![a-z0-9._\-])[a-z0-9][a-z0-9_\-]{0,30}+(?:(?:\s{0,2}+(?:・|ドット|どっと|ピリオド)\s{0,2}+|\s{1,2}+\.\s{0,2}+|\.|\s{1,2}+dot\s{1,2}+)[a-z0-9][a-z0-9_\-]{0,30}+){1,4}+"
    r"(?![a-z0-9_\-@]|\.[a-z0-9_\-@])")
_DOTTED_SEP_RE = regex.compile(r"\s*+(?:・|ドット|どっと|ピリオド|\.|(?<=\s)dot(?=\s))\s*+")
# 「アカウントは「akari」「.」「lovesyou」「99」」: quoted pieces in a row make one string
# 「"haru" + "_" + "2020"」: quoted pieces with a plus between them, two or more
_QUOTED_PIECES_RE = regex.compile(
    r"(?:[「『](?P<piece>[a-z0-9._\-]{1,30}+)[」』]){3,10}+"
    r"|[「『\"](?P<piece>[a-z0-9._\-]{1,30}+)[」』\"](?:\s{0,2}[+＋]\s{0,2}[「『\"](?P<piece>[a-z0-9._\-]{1,30}+)[」』\"]){1,9}+")
# 「ドコモのアドレス t o s h i . 1 2 2 4」: typed one character at a time
_SPACED_ACCOUNT_RE = regex.compile(r"(?<![a-z0-9._\-] ?)(?:[a-z0-9._\-] ){3,63}[a-z0-9._\-](?![a-z0-9._\-@]| [a-z0-9._\-](?![a-z0-9]))")
_ACCOUNT_REACH = 80
_FAR_REACH = 400
_ALONE_MARGIN = 100
_OTHER_ASCII_RE = regex.compile(r"(?<![a-z0-9])(?!id(?![a-z0-9]))[a-z0-9]{2}")
# 「my hotmail please — the part before @ is 'ana_p77'」「at gmail, the name before it is …」: the English
# that hands an account name over, between the provider and the name (any other word is a topic)
_ENGLISH_FILLER = frozenset("please pls plz it is it's its the my name part before after sign account address user "
                            "username handle local first is here this that send to me at mail email e-mail".split())
_ASCII_WORD_RE = regex.compile(r"[a-z0-9][a-z0-9'\-]*+")


def _only_english_filler(between: str) -> bool:
    return all(w in _ENGLISH_FILLER for w in _ASCII_WORD_RE.findall(between))


_NOT_ACCOUNTS = frozenset("com net jp co ne mail email gmail yahoo icloud docomo ezweb softbank outlook hotmail "
                          "sim pay id line app web http https www pdf png jpg".split())


def _account_ok(text: str, start: int, local: str) -> bool:
    if local in _NOT_ACCOUNTS or not _plausible_local(local) or not any(ch.isalpha() for ch in local) \
            or _DEVICE_RE.fullmatch(local):
        return False
    labels = local.split(".")
    if len(labels) > 1 and (labels[-1] in _TLDS or labels[-1] in _FILE_TLDS):
        return False  # a domain or a file name
    if _THING_BEFORE_RE.search(text, max(0, start - 12), start) or _THING_AFTER_RE.match(text, start + len(local)) \
            or _named_thing(text, start, start + len(local)):
        return False
    if any(ch.isdigit() or ch in "._-" for ch in local):
        return True
    return _ACCOUNT_CUE_RE.search(text, max(0, start - 16), start) is not None


def _alone(cand_starts: list[int], mentions: list[tuple[int, int, str]], starts: list[int], lo: int, hi: int,
           provider: str) -> bool:
    """One account name and one provider in ``[lo, hi)`` and a little around it."""
    lo, hi = lo - _ALONE_MARGIN, hi + _ALONE_MARGIN
    others = bisect.bisect_right(cand_starts, hi) - bisect.bisect_left(cand_starts, lo)
    named = {p for _s, _e, p in mentions[bisect.bisect_left(starts, lo):bisect.bisect_right(starts, hi)]}
    return others == 1 and named == {provider}


def _accounts_near(view: NormalizedText, mentions: list[tuple[int, int, str]]) -> Iterator[tuple[int, int, str, str]]:
    """(start, end, local, provider) of the account name nearest to a provider named in the message."""
    text = view.text
    joined = [(m.start("a"), m.end("b"), m.group("a") + m.group("b")) for m in _CONCAT_RE.finditer(text)]
    if spelled.GATE_RE.search(text):
        # 「『ren』と『_』と『boost』と『99』をくっつけた…後ろはいつものGメール」: the parts in order, whole
        joined += [(sp.start, sp.end, sp.value) for sp in spelled.read_all(text)
                   if "@" not in sp.value and _LOCAL_FULL_RE.fullmatch(sp.value) and not sp.value.isdigit()
                   and not _THING_NAMED_RE.search(text, max(0, sp.start - 16), sp.start)
                   and not _THING_NAMED_AFTER_RE.match(text, max(sp.end, sp.read_to))]
    dotted = [(m.start(), m.end(), _DOTTED_SEP_RE.sub(".", m.group())) for m in _DOTTED_ACCOUNT_RE.finditer(text)
              if _SPACE_RE.search(m.group()) or not m.group().isascii()]  # (plain ones: _ACCOUNT_RE)
    spaced = [(m.start(), m.end(), m.group().replace(" ", "")) for m in _SPACED_ACCOUNT_RE.finditer(text)]
    # (pieces in quotes joined: an account name has a digit or a separator, or is called one)
    spaced += [(m.start(), m.end(), v) for m in _QUOTED_PIECES_RE.finditer(text) if (v := "".join(m.captures("piece")))
               and (any(ch.isdigit() or ch in "._-" for ch in v) or _ACCOUNT_CUE_RE.search(text, max(0, m.start() - 16), m.start()))]
    spaced = [c for c in spaced if any(ch.isalpha() for ch in c[2]) and _plausible_local(c[2])
              and not _THING_BEFORE_RE.search(text, max(0, c[0] - 12), c[0])]
    candidates = joined or spaced or [c for c in dotted if _account_ok(text, c[0], c[2])] or [
        (m.start(), m.end(), m.group("local")) for m in _ACCOUNT_RE.finditer(text)
        if _account_ok(text, m.start(), m.group("local"))]
    best = None
    # Only the mentions within reach of a candidate are weighed (``mentions`` come in order, from one
    # finditer): every mention for every candidate was quadratic on 「taro」「gmail」… repeated.
    starts = [p_start for p_start, _p_end, _provider in mentions]
    cand_starts = sorted(c[0] for c in candidates)
    longest = max((p_end - p_start for p_start, p_end, _provider in mentions), default=0)
    for start, end, local in candidates:
        if view.in_url(start, end) or not _plausible_local(local):
            continue
        near = mentions[bisect.bisect_left(starts, start - _FAR_REACH - longest):
                        bisect.bisect_right(starts, end + _FAR_REACH)]
        for p_start, p_end, provider in near:
            if p_start < end and start < p_end:
                continue
            between = text[p_end:start] if start >= p_end else text[end:p_start]
            if _OTHER_ASCII_RE.search(between) and not _only_english_filler(between):
                continue  # 「auのiPhone、容量は128GB」: another word stands between them
            dist = len(between)
            # 「私のメールはヤフーのほうで … (a paragraph) … アドレスを書き忘れていました。ichiro_f.1961
            # です」: far apart, they belong together when nothing else around them could (read
            # around the pair only, so a long text cut into windows reads the same)
            if dist > _ACCOUNT_REACH and not (dist <= _FAR_REACH and _alone(
                    cand_starts, mentions, starts, min(start, p_start), max(end, p_end), provider)):
                continue
            if best is None or dist < best[0]:
                best = (dist, start, end, local, provider)
    if best is not None:
        yield best[1:]


# 「hayashi-koumuten。co。jp」: a phone's keyboard typed the ideographic full stop for the dot of a
# domain; a run of ASCII labels joined by it that ends on a top-level domain is one.
_IDEOGRAPHIC_DOT_DOMAIN_RE = regex.compile(
    r"(?<![a-z0-9\-])[a-z0-9][a-z0-9\-]{0,62}+(?:[.。,][a-z0-9][a-z0-9\-]{0,62}+){1,5}+(?![a-z0-9\-])")


# the local part right before the @ of such a domain, its parts joined by the same full stop
# (the @ said as a word too: 「hatake。ojisan。77アットgmail。com」)
_IDEOGRAPHIC_DOT_LOCAL_RE = regex.compile(
    rf"(?<![a-z0-9_+\-])[a-z0-9_+\-]{{1,32}}+(?:。[a-z0-9_+\-]{{1,32}}+){{1,4}}+ ?(?:@|{AT_WORD}) ?\Z")


def _ideographic_dots(view: NormalizedText) -> NormalizedText:
    """``view`` with the 。 inside a domain read as dots, and the comma right after an @
    (「taro@gmail,com」); one character each: offsets unchanged."""
    text = view.text
    if "。" not in text and "@" not in text:
        return view
    # (the second gate stage reads it before the detector does: computed once per message)
    return view.memo("email.ideographic_dots", lambda: _with_ideographic_dots(view))


def _with_ideographic_dots(view: NormalizedText) -> NormalizedText:
    text = view.text
    edits = []
    for m in _IDEOGRAPHIC_DOT_DOMAIN_RE.finditer(text):
        run = m.group()
        marks = "。," if text[max(0, m.start() - 2):m.start()].strip().endswith("@") else "。"
        if any(c in run for c in marks) and regex.split("[.。,]", run)[-1] in _TLDS:
            edits.extend((m.start() + i, m.start() + i + 1, ".") for i, ch in enumerate(run) if ch in marks)
            if "。" in run:
                # every dot typed so (「natsu。fes88＠icloud。com」): the local part before the @ too
                local = _IDEOGRAPHIC_DOT_LOCAL_RE.search(text, max(0, m.start() - 66), m.start())
                if local:
                    edits.extend((local.start() + i, local.start() + i + 1, ".")
                                 for i, ch in enumerate(local.group()) if ch == "。")
    edits.sort()
    return view._rewrite(edits) if edits else view


class EmailDetector:
    category = EMAIL

    def __call__(self, view: NormalizedText) -> Iterator[Finding]:
        view = _ideographic_dots(view)
        if "アット" in view.text and spelled.ROMAJI_CUE_RE.search(view.text):
            # 「なかむら点てつおアットマークどこも点ね点じぇいぴー（ローマ字で）」: read as it is to be typed
            view = spelled.romaji_view(view)
        text = view.text
        original = view.original
        enclosed = any(ch in original for ch in _ENCLOSED_AT)
        # 「えむ・あい・える・けー・あんだーばー・ぜろ・なな、あっと、じーめーる、どっと、こむ」: read out
        # letter by letter, with no ASCII at all
        letters = list(self._spelled(view, spelled.read_letters(text))) if spelled.letters_gate(text) else []
        if not enclosed and (_PIECE_GATE_RE.search(text) is None or _ANY_ASCII_RE.search(text) is None):
            # most messages: no @ in any form, or no ASCII for an address (「@あずき さん」)
            yield from letters
            implicit = list(self._implicit(view, anywhere=not letters))
            yield from implicit
            if not letters and not implicit:
                # (「ローカル部は sho.k1、うしろは uqmobile.jp」 has no @ in any form to open the pieces)
                yield from self._named_sides(view)
            return
        found = list(self._pieced(view, enclosed))
        if letters or spelled.GATE_RE.search(text):
            # 「「taku」に「mi」をつけて、そのあとに数字の「33」、@から後ろは gmail.com」: the parts in order,
            # whole, over what the pieces read of them
            whole = letters
            if spelled.GATE_RE.search(text):
                # (「ローマ字で た か は し のあとに…」: the kana typed in romaji first)
                read = spelled.romaji_view(view) if spelled.ROMAJI_CUE_RE.search(text) else view
                whole = whole + list(self._spelled(read, spelled.read_all(read.text)))
            if whole:
                taken = Spans([(f.start, f.end) for f in whole])
                found = whole + [f for f in found if not taken.overlaps(f.start, f.end)]
        if "@" in text:
            # an address read from its pieces covers what the plain pattern reads of it (「nori
            # アンダーバー 55 アット gmail」: 「55@gmail.com」)
            taken = Spans([(f.start, f.end) for f in found])
            found.extend(f for f in self._explicit(view) if not taken.overlaps(f.start, f.end))
        taken = Spans([(f.start, f.end) for f in found])
        found.extend(f for f in self._at_name(view) if not taken.overlaps(f.start, f.end))
        yield from found
        yield from self._implicit(view, anywhere=not found)

    def _pieced(self, view: NormalizedText, enclosed: bool) -> Iterator[Finding]:
        spans = list(_pieced(view, enclosed))
        if "@" in view.text and _REVERSED_CUE_RE.search(view.text):
            spans.extend(_reversed(view))
        if not spans and "@" in view.text and _JOIN_AT_RE.search(view.text):
            spans.extend(_halves(view))
        if not spans:
            spans.extend(_sides(view))
        if not spans and "@" in view.text:
            spans.extend(_site_domain(view))
        seen: set[tuple[int, int]] = set()
        for start, end, address in spans:
            if (start, end) in seen or _not_an_address(view, start, end, address.split("@")[1]):
                continue
            seen.add((start, end))
            start, end = view.span(start, end)
            yield Finding(EMAIL, start, end, view.original[start:end], _closed_up(address, view.text), 0.85,
                          "メールアドレスが含まれています（記号を言い換える・空白を挟むなど崩して書かれています）。",
                          "Contains an e-mail address (written in a disguised form).")

    def _named_sides(self, view: NormalizedText) -> Iterator[Finding]:
        for start, end, address in _named_sides(view):
            if _not_an_address(view, start, end, address.split("@")[1]):
                continue
            start, end = view.span(start, end)
            yield Finding(EMAIL, start, end, view.original[start:end], _closed_up(address, view.text), 0.8,
                          "メールアドレスが分けて書かれています（@の前と後ろが別々に書かれています）。",
                          "Contains an e-mail address given in parts (the two sides of the @ apart).")

    def _spelled(self, view: NormalizedText, runs: list) -> Iterator[Finding]:
        for sp in runs:
            if sp.value.count("@") != 1:
                continue
            local, domain = sp.value.split("@")
            if not (_LOCAL_FULL_RE.fullmatch(local) and _plausible_local(local) and _DOMAIN_FULL_RE.fullmatch(domain)
                    and domain.rsplit(".", 1)[1] in _TLDS) or _not_an_address(view, sp.start, sp.end, domain):
                continue
            start, end = view.span(sp.start, sp.end)
            yield Finding(EMAIL, start, end, view.original[start:end], sp.value, 0.75,
                          "メールアドレスが分けて書かれています（つなげると一つのアドレスになります）。",
                          "Contains an e-mail address given in parts (joined, they make one address).")

    def _at_name(self, view: NormalizedText) -> Iterator[Finding]:
        """「taro.k55@gmail」「hiro_88＠ドコモ」: a provider's name where the domain goes."""
        names, gate, _forward, _backward, mention, *_rest, at_name = _providers()
        text = view.text
        if gate.search(text) is None:
            return
        variants = None
        for m in at_name.finditer(text):
            local, domain = m.group("local"), names[m.group("provider")]
            if m.group("provider").isascii() and _DOT_AFTER_RE.match(text, m.end()):
                continue
            if variants is None:  # (「kaito.run@アウトルック（outlook.jp）」: the domain the message glosses it with)
                variants = _domain_variants(text, names, mention)
            domain = variants.get(_brand(domain), domain)
            if not _plausible_local(local) or not any(ch.isalpha() for ch in local) \
                    or _not_an_address(view, m.start(), m.end(), domain):
                continue
            if _LIKE_RE.match(text, m.end()):
                continue  # 「taro@gmail のような短いアドレス」: an example of a kind of address
            if not any(ch.isdigit() or ch in "._-" for ch in local):
                # 「taro@gmail」 alone may be a half-typed address; with talk of mail around it, one given
                rest = text[:m.start()] + " " + text[m.end():]
                if not (_mail_word(rest) or _MAIL_TALK_RE.search(rest)):
                    continue
            start, end = view.span(m.start(), m.end())
            yield Finding(EMAIL, start, end, view.original[start:end], _closed_up(f"{local}@{domain}", text), 0.8,
                          f"メールアドレスが含まれています（ドメインの代わりにサービス名（{domain}）が書かれています）。",
                          f"Contains an e-mail address (the provider named in place of its domain, {domain}).")

    def _explicit(self, view: NormalizedText) -> Iterator[Finding]:
        names = _providers()[0]
        for m in _EMAIL_RE.finditer(view.text):
            local = m.group("local")
            raw_end = _sentence_end(m.group("domain"))
            domain = _SPACE_RE.sub("", m.group("domain")[:raw_end])
            # 「nana@i.softbank」: a provider's name with a dot in it, its top-level domain left off
            domain = names.get(domain, domain) if domain.rsplit(".", 1)[1] not in _TLDS else domain
            if not _plausible_local(local) or ".." in domain or _not_an_address(view, m.start(), m.start("domain") + raw_end, domain):
                continue
            start, end = view.span(m.start(), m.start("domain") + raw_end)
            original = view.original[start:end]
            spelled = "@" not in original and "＠" not in original and "﹫" not in original
            spaced = " " in m.group()
            score = 0.85 if spelled else (0.9 if spaced else 0.95)
            ja, en = "メールアドレスが含まれています", "Contains an e-mail address"
            if spelled or spaced:
                ja += "（記号を言い換える・空白を挟むなど崩して書かれています）"
                en += " (written in a disguised form)"
            yield Finding(EMAIL, start, end, original, _closed_up(f"{local}@{domain}", view.text), score, ja + "。", en + ".")


    def _implicit(self, view: NormalizedText, *, anywhere: bool) -> Iterator[Finding]:
        text = view.text
        names, gate, forward, backward, mention, sent_to, english, _at_name = _providers()
        if gate.search(text) is None:
            return
        if spelled.ROMAJI_CUE_RE.search(text) and spelled.GATE_RE.search(text):
            # 「「きのこ」をローマ字にして後ろに2024、Gmailです」: the kana typed in romaji, then read in parts
            view = spelled.romaji_view(view)
            text = view.text
        seen: set[tuple[int, int]] = set()
        found: list[tuple[int, int, str, str]] = []
        domains = set(names.values())
        for pattern in (forward, backward, english, _CARRIER_WORD_RE):
            for m in pattern.finditer(text) if pattern is not _CARRIER_WORD_RE or "どこもの" in text else ():
                local = m.group("local")
                if pattern in (english, _CARRIER_WORD_RE) and not any(ch.isdigit() or ch in "._-" for ch in local):
                    continue  # 「meet me at gmail」: an account name has a digit or a separator
                if pattern is _CARRIER_WORD_RE and not _MAIL_TALK_RE.search(
                        text, max(0, m.start() - _MAIL_TALK_REACH), m.end() + _MAIL_TALK_REACH):
                    continue
                if not _plausible_local(local) or not any(ch.isalpha() for ch in local) or _DEVICE_RE.fullmatch(local):
                    continue
                if local in domains:
                    continue  # 「ソフトバンクの i.softbank.jp」: the provider's own domain is no account name
                if _named_thing(text, m.start("local"), m.end("local")):
                    continue  # 「Gmailで shota.2027 というフォルダを作った」: a folder's name, no account's
                if _WORD_AFTER_RE.match(text, m.end("local")) and not any(ch.isdigit() or ch in "._-" for ch in local):
                    continue  # 「ソフトバンクのSIMロック解除」: an ASCII word inside a Japanese one
                found.append((m.start("local"), m.end("local"), local,
                              _CARRIER_WORDS.get(m.group("provider"), m.group("provider"))))
        if not found and anywhere and (_mail_word(text) or sent_to.search(text)):
            # (a provider named by its domain gives that domain: 「hotmail.co.jp」)
            named = [_named_with_domain(m, text, names) for m in mention.finditer(text)]
            # 「アウトルック（outlook.jp）」: the name glossed in brackets by the domain itself; the domain says which
            named = [n for i, n in enumerate(named)
                     if not (i + 1 < len(named) and _GLOSS_RE.fullmatch(text, n[1], named[i + 1][0]))]
            found.extend(_accounts_near(view, named))
        variants = _domain_variants(text, names, mention) if found else {}
        for start, end, local, provider in found:
            domain = names.get(provider, provider)
            domain = variants.get(_brand(domain), domain)
            # the account name alone: the words between it and the provider are no part of it
            start, end = view.span(start, end)
            if (start, end) in seen:
                continue
            seen.add((start, end))
            yield Finding(
                EMAIL, start, end, view.original[start:end], f"{local}@{domain}", 0.7,
                f"メールのサービス名とアカウント名から、メールアドレス（{domain}）が読み取れます。",
                f"A mail provider and an account name together give away an e-mail address ({domain}).",
            )


_GLOSS_RE = regex.compile(r"\s?[(（]\s?")
_LIKE_RE = regex.compile(r"[」』\"')）]?\s{0,2}(?:のよう|みたい|みたく|など|なんか|とか|(?:is )?like |such as )")
# 「riku.t99@gmail.com」 after an ASCII name is the plain pattern's to read; after a kana one
# (「riku.t99＠ジーメール.com」) the top-level domain only repeats the provider's
_DOT_AFTER_RE = regex.compile(r" {0,2}(?:\.|ドット|どっと|点|dot(?![a-z]))\s{0,2}[a-z]")


def _named_with_domain(m, text: str, names: dict[str, str]) -> tuple[int, int, str]:
    """(start, end, provider or domain) of a provider mention, with its domain written on
    (「hotmail.co.jp」) or its top-level domain said apart (「アウトルックの .jp」)."""
    if m.end() > m.end("provider"):
        return m.start(), m.end(), m.group()
    apart = TLD_APART_RE.match(text, m.end())
    if apart is None:
        return m.start(), m.end(), m.group("provider")
    base = names.get(m.group("provider"), m.group("provider")).split(".")[0]
    return m.start(), apart.end(), f"{base}.{apart.group('tld')}"


def _brand(domain: str) -> str:
    """The label that names a provider's domains together: gmail (gmail.com, gmail.co.jp),
    softbank (softbank.ne.jp, i.softbank.jp)."""
    return max(domain.split("."), key=len)


def _domain_variants(text: str, names: dict[str, str], mention) -> dict[str, str]:
    """Provider (「hotmail」) -> the domain the message names for it when that is not the usual one:
    written out (「（hotmail.co.jp の方）」) or its top-level domain said apart (「アウトルックの .jp」).
    A provider named with two domains keeps its usual one."""
    said: dict[str, set[str]] = {}
    for m in mention.finditer(text):
        _s, _e, domain = _named_with_domain(m, text, names)
        if domain != m.group("provider"):
            said.setdefault(_brand(names.get(m.group("provider"), m.group("provider"))), set()).add(domain)
    return {base: next(iter(domains)) for base, domains in said.items() if len(domains) == 1}
# 「ご連絡はどこもの hato-benri.kk までお願いします」: a carrier named in kana that is also a word (どこも,
# "everywhere"), so not in email_providers.txt alone: only right before an account name with a digit
# or a separator, in talk of sending or mail
_CARRIER_WORDS = {"どこも": "docomo.ne.jp"}
_CARRIER_WORD_RE = regex.compile(
    r"(?P<provider>どこも)の\s{0,2}[「『\"(（]?\s{0,2}(?P<local>[a-z][a-z0-9._\-]{2,63}+)(?![a-z0-9._\-]|\s{0,2}@)")
_MAIL_TALK_RE = regex.compile(r"まで|宛|あて|送|おく|連絡|れんらく|メール|めーる|アドレス|メアド|返信")
_MAIL_TALK_REACH = 16
# 「…(dot)se. Thanks!」: a full stop and a space, then a word that is no top-level domain, end the
# sentence, not the address
_SENTENCE_DOT_RE = regex.compile(r" ?\. (?P<word>[a-z0-9\-]+)$")


def _sentence_end(domain: str) -> int:
    """How much of a matched domain belongs to the address."""
    m = _SENTENCE_DOT_RE.search(domain)
    if m is None or "." not in domain[:m.start()]:
        return len(domain)
    word = m.group("word")
    return len(domain) if len(word) == 2 or word in _TLDS or word.startswith("xn--") else m.start()


detect_email_addresses = EmailDetector()
