"""Handles on a channel: ASCII identifiers given with a cue (``ID:``, ``@``, a channel word right
before, 「…で検索」 after), each assigned to the nearest channel mentioned. Computed once per analysis;
the line_id and external_contact detectors both read them."""
from __future__ import annotations

import bisect
from typing import Iterator, NamedTuple

import regex

from .contact_analysis import Analysis
from .contact_lexicon import (
    _DISCORD_TAG_RE,
    _DOMAIN_RE,
    _SENTENCE_BREAK_RE,
    _SKYPE_LIVE_RE,
    _SPACED_GATE_RE,
    _SPACED_PRE_RE,
    HANDLE_RE,
    UNNAMED,
)

# 「instagram is @ana.bela.jp」「insta: @kumi.jp」: an @ right after a word or a colon and a space
_HANDLE_AFTER_WORD_RE = regex.compile(r"(?:(?<![a-z0-9._\-])(?:is|at|on|me|ig|insta|instagram|twitter|x|tiktok|threads)|[:：])[ \t]{1,2}@\Z")

# 「SkypeのIDは tanaka.trans.jp です」「私のユーザー名は kodomo.co」: an ID named at once before a run that
# ends like a domain is the ID all the same, when an app (not mail or a site) is named shortly before
_ID_IS_RE = regex.compile(r"(?<![a-z一-龯ァ-ヺ])(?:id|ユーザー名|ユーザーネーム|アカウント名)\s?(?:は|:|=|→)\s{0,2}+\Z")
_ID_IS_REACH = 12
_ID_APP_REACH = 120
# 「インスタ→ @mori.no.pan.jp」「X > @yuzu.tcg.jp」「Threads👉 @aoi.films」: a pointer straight after an
# app's name hands over its handle, dots and all; an address's domain is never pointed at from an app
_POINTER_AT_RE = regex.compile(r"[ \t]{0,2}+[→⇒>＞👉][ \t]{0,2}+@\Z")
_POINTER_REACH = 8


def _pointed_from_app(a: Analysis, start: int) -> bool:
    pm = _POINTER_AT_RE.search(a.view.text, max(0, start - _POINTER_REACH), start + 1)
    if pm is None:
        return False
    return any(m.end == pm.start() and _app(a, m)
               for m in a.nearby(a.mentions, pm.start() - _ID_APP_REACH, pm.start()))


def _id_named_right_before(a: Analysis, start: int) -> bool:
    if _ID_IS_RE.search(a.view.text, max(0, start - _ID_IS_REACH), start) is None:
        return False
    return any(_app(a, m) and m.end <= start
               for m in a.nearby(a.mentions, start - _ID_APP_REACH, start))


def _app(a: Analysis, m) -> bool:
    """The mention names an app an account can be on: a channel, or an app of no channel of its own
    named by its brand (「Viberやってます。ID: tran.minh_22」「Zalo」), not 連絡先 or 外部ツール."""
    if m.channel in ("email", "phone"):
        return False
    if m.channel != UNNAMED:
        return True
    term = a.view.text[m.start:m.end]
    return m.kind == "name" and (term.isascii() and term.replace(" ", "").isalpha()
                                 or all("ァ" <= c <= "ヺ" or c == "ー" for c in term) and not term.endswith("アプリ"))


# -- handles on a channel ------------------------------------------------------------------------
class Handle(NamedTuple):
    start: int
    end: int
    value: str  # lowercase, "@" kept
    channel: str
    cue: str  # "id", "alias", "at", "after"


# 「taroで検索」「taroって検索してみて」「taroとID検索」
_AFTER_SEARCH_RE = regex.compile(r"\s*+(?:で|を|と|って)?\s*+(?:id)?\s*+(?:検索|けんさく|で検索|出てきます|出てくる|出ます)")
_AFTER_IS_ID_RE = regex.compile(r"[\s←<＜」\"]*+(?:が|は|って)?[\s←<＜]*+(?:[^\s。!?\n]{1,8}?の)?\s*+id(?:です|だ|になります|だよ|ね|!|\s|$)")
# (「yuto_dev99 で追加できます」「kana_7 でフォローして」: the run the reader adds by)
_AFTER_ACTION_RE = regex.compile(
    r"[\s」\"』]*+(?:を|に|まで|へ|で)\s*+(?:友だち|友達|ともだち|フレンド|フレ)?\s*+(?:追加|登録|申請|一言|フォロー)")
def _channel_action_after(a: Analysis, end: int) -> bool:
    """「yui.office、Lineで追加お願いします」: a comma, then a channel word, then an add-friend action."""
    text = a.view.text
    if end < len(text) and text[end] in "」』\"":
        end += 1
    if end >= len(text) or text[end] not in "、,":
        return False
    i = bisect.bisect_left(a.mentions, (end,))
    return i < len(a.mentions) and a.mentions[i].start - end <= 3 and _CHANNEL_ACTION_AFTER_RE.match(
        text, a.mentions[i].end) is not None


def _after_is_id(text: str, end: int) -> bool:
    """「taro ←LINEのIDです」. The window is bounded: regex looks for the literal 「id」 ahead before
    matching, and an unbounded call would scan the rest of a long message once per handle."""
    stop = min(len(text), end + _AFTER_IS_ID_REACH)
    m = _AFTER_IS_ID_RE.match(text, end, stop)
    # at a cut window 「$」 matches the cut, not the end of the message
    return m is not None and (stop == len(text) or not m.group().endswith("id"))


_AFTER_IS_ID_REACH = 48
# 「kei_0612 ←LINEです」「kei_0612⏎↑ラインのIDね」: an arrow from a channel word back at the run
_POINTER_BACK_RE = regex.compile(r"[ \t]*+\n?[ \t]*+[←↑⇐⇑<＜][ \t]*+(?:これ|コレ|こちら)?(?:が|は)?")
_ARROW_RE = regex.compile(r"[←↑⇐⇑<＜]")
_POINTED_TAIL_RE = regex.compile(r"(?:の)?(?:id|アカウント|アカ)?(?:です|だよ|だ|ね|よ|!|\s|$)")


def _pointed_at_by_channel(a: Analysis, end: int) -> bool:
    arrow = _POINTER_BACK_RE.match(a.view.text, end)
    if arrow is None or not _ARROW_RE.search(arrow.group()):
        return False
    i = bisect.bisect_left(a.mentions, (arrow.end(),))
    if i >= len(a.mentions) or a.mentions[i].start != arrow.end():
        return False
    m = a.mentions[i]
    return _app(a, m) and _POINTED_TAIL_RE.match(a.view.text, m.end) is not None
_QUOTED_RE = regex.compile(r"[「\"『]")
# (a character, then space and character: a run followed by 「 で」 is read to its last character)
_SPACED_HANDLE_RE = regex.compile(r"(?<![a-z0-9._\-])[a-z0-9._\-](?: [a-z0-9._\-]){3,19}+(?![a-z0-9._\-])")


def handles(a: Analysis) -> list[Handle]:
    """ASCII identifiers given with a cue (ID:, @, a channel word right before, 「で検索」 after),
    each assigned to the nearest channel mentioned in the same or the previous sentence.
    Computed once per analysis (both detectors read it)."""
    if a.handle_cache is None:
        a.handle_cache = list(_handles(a))
    return a.handle_cache


def _handles(a: Analysis) -> Iterator[Handle]:
    text = a.view.text
    lex = a.lex
    if a.skype_live:
        skype_named = any(m.channel == "skype" for m in a.mentions)
        for m in _SKYPE_LIVE_RE.finditer(text):
            if skype_named or lex.id_cue_before_re.search(text, max(0, m.start() - 20), m.start()):
                yield Handle(m.start(), m.end(), m.group(), "skype", "id")
    if not any(_app(a, m) for m in a.mentions + a.topic_mentions):
        return
    named = {(m.start, m.end) for m in a.mentions} | {(m.start, m.end) for m in a.topic_mentions}
    joined_until = -1
    for hm in HANDLE_RE.finditer(text):
        start, end = hm.span()
        if start < joined_until:
            continue  # the second half of an ID split over two lines, read with the first
        if (start, end) in named:
            continue  # the channel's own name (「line」「zoom」), read as a mention
        at, body = hm.group(1), hm.group(2)
        split = _SPLIT_REST_RE.match(text, end) if end < len(text) and text[end] == "\n" else None
        if split and (body[-1] in "._-" or split.group(1)[0] in "._-"):
            # 「IDはkei_⏎0612です」: a separator at the cut shows one ID broken over two lines
            joined_until = end = split.end()
            body = body + split.group(1)
        body_strip = body.rstrip(".-")
        end -= len(body) - len(body_strip)
        body = body_strip
        if len(body) < 2 or not any(ch.isalnum() for ch in body) or (not at and body in lex.id_stopwords):
            continue  # (「スカイプIDを教えて」: 「id」 is the cue, never the handle)
        if a.view.in_url(start, end) or _DOMAIN_RE.search(body) and not (at and _HANDLE_AFTER_WORD_RE.search(
                text, max(0, start - 12), start + 1)) and not _id_named_right_before(a, start) \
                and not (at and _pointed_from_app(a, start)) \
                or text.endswith("live:", 0, start):
            continue  # a URL, a bare domain (example.com) or a Skype live: ID (read above); 「my instagram
            # is @ana.bela.jp」 is a handle with dots (an address has no space before its @)
        if not at and body in _ENGLISH_WORDS or at and body in _BROADCAST_MENTIONS:
            continue  # 「Telegram: my username is …」: the sentence, not the handle; 「@channel 見ておいて」: everyone
        cue = _cue(a, start, end, at)
        if cue == "alias" and (_WORD_AFTER_NAME_RE.fullmatch(body) and _ENGLISH_NEXT_RE.match(text, end)
                               or body.isalpha() and _LISTED_AFTER_RE.match(text, end)):
            continue  # 「WeChat mini-program」「Discord Nitro-style」「Telegramも USDT もNG」: words of the sentence
        if cue == "id" and THING_ID_BEFORE_RE.search(text, max(0, start - 16), start):
            continue  # 「Discordの件です。注文IDは ord_2231 です」: an order's number, no account
        if cue == "given" and _VERSION_RE.match(body):
            continue  # 「Zoomの件、私のは ver_5.2 です」: the app's version, no account
        if _masked(body):
            continue  # 「インスタ（@xxxx_xxxx）をフォロー」: a manual's or a warning's stand-in, nobody's account
        if cue == "tail" and _faq_label(body, text, end):
            continue  # 「Slackを使ってもいいですか？⏎A2．はい。」: an FAQ's answer label, not the ID alone
        if cue is None or (cue == "alias" and _sentence_goes_on(a, start, end, body)) or (
                cue == "id" and body.isalpha() and _NAME_IS_RE.search(text, max(0, start - 16), start)):
            continue  # 「Hi, my name is Kevin」 is a person's name; 「my name is kuma_88」 a handle
        channel = _nearest_channel(a, start, end, cue)
        if channel is None:
            continue
        if (body.endswith("bot") or _BOT_AFTER_RE.match(text, end)) and _job_sentence(a, start, end):
            continue  # 「ready for @Stickers bot import」「@BotFatherでbotを作成」: a bot as the work, nobody's account
        tag = _DISCORD_TAG_RE.match(text, end) if channel == "discord" else None
        if tag:
            end = tag.end()
        yield Handle(start, end, text[start:end].replace("\n", ""), channel, cue)
    if _SPACED_PRE_RE.search(text) and _SPACED_GATE_RE.search(text):
        for sm in _SPACED_HANDLE_RE.finditer(text):  # 「k a i t o . n o t eで検索して」
            # 「いんすたの @ m i r a i . c o s」: the @ set apart as well
            at = "@" if text.endswith("@", 0, sm.start()) or text.endswith("@ ", 0, sm.start()) else ""
            cue = _cue(a, sm.start(), sm.end(), at)
            channel = _nearest_channel(a, sm.start(), sm.end(), cue) if cue else None
            if channel:
                yield Handle(sm.start(), sm.end(), at + sm.group().replace(" ", ""), channel, cue)


# A LINE WORKS ID is an account name and its company's group, joined by an @ with no dot after it
# (「LINE WORKSのIDは tsuchiya@kensetsu-sample」): no address, and no LINE ID either, the app's handle
_WORKS_ID_RE = regex.compile(
    r"(?<![a-z0-9._\-@])[a-z0-9][a-z0-9._\-]{0,63}+@[a-z0-9][a-z0-9\-]{1,62}+(?![a-z0-9\-@]|\.[a-z0-9])")
_WORKS_NAME_RE = regex.compile(r"(?<![a-z])line\s?works(?![a-z])|ラインワークス|lineワークス|ライン\s?works(?![a-z])")
_WORKS_REACH = 80


def works_ids(a: Analysis) -> Iterator[tuple[int, int]]:
    """(start, end) of LINE WORKS IDs given after the app's name (within ``_WORKS_REACH`` characters)."""
    text = a.view.text
    if "@" not in text:
        return
    ends = [m.end() for m in _WORKS_NAME_RE.finditer(text)]
    if not ends:
        return
    for m in _WORKS_ID_RE.finditer(text):
        i = bisect.bisect_right(ends, m.start()) - 1
        if i >= 0 and m.start() - ends[i] <= _WORKS_REACH and not a.view.in_url(m.start(), m.end()) \
                and m.group().split("@")[1] not in _BROADCAST_MENTIONS:
            yield m.start(), m.end()


# Apps whose account is the phone number itself: a number next to the name is the account.
_NUMBER_APPS = frozenset({"whatsapp", "signal", "telegram", "line", "kakao"})
_NUMBER_REACH = 40  # characters between the number and the app's name
# 「WhatsApp不可」「Signalはやってません」「no WhatsApp」: the app is declined, not offered
_APP_DECLINED_RE = regex.compile(r"不可|ng|無理|ダメ|だめ|ない|ません|(?<![a-z])(?:no|not|don'?t|doesn'?t|never)(?![a-z])")
# LINE needs the number named as its key (「LINEにも同じ番号で登録」「この番号でLINE検索」): a LINE next to a
# number is otherwise the line_id detector's or a second channel
_SAME_NUMBER_RE = regex.compile(r"同じ番号|この番号|番号で(?:登録|検索)|電話番号で(?:登録|検索)|番号検索")


def number_accounts(a: Analysis, numbers: list[tuple[int, int]]) -> Iterator[Handle]:
    """「+44 20 7946 0321 (WhatsApp可)」「my cell +1 646 … (WhatsApp too)」「LINEにも同じ番号で登録して
    あるので」: a phone number given next to an app registered under it is that app's account.
    ``numbers``: (start, end) of phone numbers in the analysis's text. One per app."""
    text = a.view.text
    seen: set[str] = set()
    starts = [ns for ns, _ne in numbers]  # (finditer order: sorted)
    longest = max((ne - ns for ns, ne in numbers), default=0)
    for m in a.mentions:
        if m.channel not in _NUMBER_APPS or m.channel in seen or m.kind not in ("name", "slang"):
            continue
        s_start, s_end = a.sentence_range(m.start)
        # only numbers starting within reach are looked at: a bisection, whatever the message holds
        window = numbers[bisect.bisect_left(starts, m.start - _NUMBER_REACH - longest):
                         bisect.bisect_right(starts, m.end + _NUMBER_REACH)]
        near = [(ns, ne) for ns, ne in window
                if (0 <= m.start - ne <= _NUMBER_REACH or 0 <= ns - m.end <= _NUMBER_REACH)]
        if not near:
            continue
        if m.channel == "line" and not _SAME_NUMBER_RE.search(text, s_start, s_end):
            continue
        if _APP_DECLINED_RE.search(text, m.end, min(s_end, m.end + 12)) or _APP_DECLINED_RE.search(
                text, max(s_start, m.start - 6), m.start):
            continue
        ns, ne = min(near, key=lambda n: abs(n[0] - m.start))
        seen.add(m.channel)
        lo, hi = min(ns, m.start), max(ne, m.end)
        yield Handle(lo, hi, text[ns:ne], m.channel, "number")


_BOT_AFTER_RE = regex.compile(r"\s?(?:bot|ボット)(?![a-z])")


def _job_sentence(a: Analysis, start: int, end: int) -> bool:
    """The sentence around the handle at [start, end) names its channel as a job topic or holds a
    job-topic word outside the handle."""
    s_start, s_end = a.sentence_range(start)
    if any(s_start <= m.start < s_end for m in a.nearby(a.topic_mentions, s_start, s_end)):
        return True
    first, last = a.sentences[a.sentence_of[a.token_at(start)]]
    topics, tokens = a.lex.topics, a.tokens
    return any((a.lemmas[i] in topics or tokens[i].surface.lower() in topics) and not start <= tokens[i].start < end
               for i in range(first, min(last, first + 200)))


def _masked(body: str) -> bool:
    """A handle written as a stand-in: x (or X, lowercased) in every letter place (xxxx_xxxx, xxx.xx)."""
    letters = body.replace("_", "").replace(".", "").replace("-", "")
    return len(letters) >= 3 and letters.count("x") == len(letters)


def _faq_label(body: str, text: str, end: int) -> bool:
    """「Q1．」「A2.」「a3)」: a question or an answer numbered at the head of its line."""
    return (len(body) <= 3 and body[0] in "qa" and body[1:].isdigit() and text[end:end + 1] in ".:)"
            and text[end + 1:end + 2] not in ("", "\n"))


# 「LINEで連絡ください。注文IDは ab-1234 です」「会員ID: mem-2231」: a thing's number, not an account
THING_ID_BEFORE_RE = regex.compile(
    r"(?:注文|商品|会員|取引|予約|案件|問い?合わせ|管理|社員|購入|伝票|チケット|申込|申し込み|受付|顧客|製品|出品|配送|追跡|請求|契約)"
    r"\s?(?:id|番号)\s{0,2}(?:は|:|=|→)?\s{0,2}[【「『(\[]?\s{0,2}$")
_VERSION_RE = regex.compile(r"v(?:er)?[._\-]?[0-9]")
# Chat apps' words for notifying a whole room (Slack, Discord, Teams, Chatwork): nobody's account
_BROADCAST_MENTIONS = frozenset({"channel", "everyone", "here", "all", "room", "team", "toall"})


# After a channel's name with no ID cue: an English compound of letters and hyphens is a word
# (mini-program, Nitro-style), and so are letters followed by a listing particle (「USDT もNG」).
_WORD_AFTER_NAME_RE = regex.compile(r"[a-z]+(?:-[a-z]+)+")
_LISTED_AFTER_RE = regex.compile(r"\s?(?:も|と|や|が|を)")
_ENGLISH_NEXT_RE = regex.compile(r"\s[a-z]")
_SPLIT_REST_RE = regex.compile(r"\n([a-z0-9._\-]{1,20}+)(?![a-z0-9._\-@/])")


def _cue(a: Analysis, start: int, end: int, at: str) -> str | None:
    """Why the run at [start, end) is an identifier: "at", "id", "alias", "after", "quote", "tail"."""
    text, lex = a.view.text, a.lex
    sent_start, _sent_end = a.sentence_range(start)
    look_from = max(0, start - 24)
    cue = None
    if at:
        cue = "at"
    elif lex.id_cue_before_re.search(text, look_from, start):
        cue = "id"
    elif _mention_right_before(a, start):
        cue = "alias"
    elif _GIVEN_BEFORE_RE.search(text, max(sent_start, start - 16), start):
        cue = "given"
    elif _AFTER_SEARCH_RE.match(text, end) or _after_is_id(text, end) or _pointed_at_by_channel(a, end):
        cue = "after"
    elif _AFTER_ACTION_RE.match(text, end) or _channel_action_after(a, end):
        cue = "object"  # 「watanabe-shoを友だち追加して」「ito-harukaまで一言ください」「yui.office、LINEで追加」
    elif start and _QUOTED_RE.match(text, start - 1) and text[end:end + 1] in ("」", "\"", "』"):
        cue = "quote"  # 「yui.yamamoto」ね
    elif start == sent_start and _TAIL_RE.fullmatch(text, end, _sent_end):
        cue = "tail"  # 「…例のアプリで話しましょ。daiki4426」: the ID is the whole sentence
    return cue


_TAIL_RE = regex.compile(r"\s*+(?:です|だよ|ね|よ|です!|!|\.)?[\s!。]*+")


# (名, ネーム: 「スカイプ名は」; 아이디: Korean "ID"; 是: Chinese "is", 「微信号是 …」, 号 「WeChat号：…」;
# English "is" 「my wechat is Chen_Hao_Osaka」 (a state said so, "is down", is an English word, no handle);
# the @ said as a word: 「Xは あっと yorunokuma_z」)
_RIGHT_BEFORE_RE = regex.compile(r"(?:名|ネーム|の\s?(?:名前|なまえ)|\s?아이디|是|号|\s(?:id\s)?is(?=\s))?+(?:[\s:=→⇒>＞\-、,「\"(（\[【]|は|って|も|アットマーク|アット|あっとまーく|あっと){0,4}+")
# 「Discordはこちらです → yamato#4471」「インスタはこれ: rin.k」「インスタこれです💌 sakura.cos」: the name, a pointer
# word, an arrow, a colon or an emoji
_HERE_IS_RE = regex.compile(
    r"(?:の(?:id|アカウント|ユーザー名))?+\s*+(?:は|も)?+\s*+(?:こちら|こっち|これ|コチラ|ここ)(?:です|になります|だよ|よ)?+\s*+(?:[:=→⇒>＞]|\p{So}{1,2}+)\s*+")


def _mention_right_before(a: Analysis, start: int) -> bool:
    """「LINE: taro」「ライン→taro」「L I N E taro」: a channel word, then only separators."""
    text = a.view.text
    for m in a.nearby(a.mentions, start - 16, start):
        if m.end <= start and start - m.end <= 6 and _RIGHT_BEFORE_RE.fullmatch(text, m.end, start):
            return True
        if m.end <= start and start - m.end <= 16 and _HERE_IS_RE.fullmatch(text, m.end, start):
            return True
        if m.kind == "pointer" and m.end <= start and start - m.end <= 16 and _POINTER_PLEASE_RE.fullmatch(
                text, m.end, start):
            return True  # 「友だち追加お願いします：haru.tanaka3」
    # 「ID検索でren2692って入れたら」: a pointer, で, and only white space around it, however much
    de = _skip_space_back(text, start)
    if de and text[de - 1] == "で":
        space = _skip_space_back(text, de - 1)
        return any(m.kind == "pointer" and space <= m.end < de for m in a.nearby(a.mentions, space, de - 1))
    return False


# English function words after a channel's name or an ID cue are the sentence going on.
_ENGLISH_WORDS = frozenset(
    "a an and are as at be but by can for from have here i i'm if in is it me my no not of on or our please "
    "so sorry thanks that the there this to too us via we with you your also only just account name username "
    "user handle id app group channel server community chat call calls link page profile yes yeah ok okay "
    "whatever works work working all any anyone everyone some more most other others then than when what "
    "which who why how will would could should may might must do does did done has had was were been being "
    "am get got go going come let lets let's see thanks thank hi hello hey dear regards best great good fine "
    "sure maybe now today tomorrow tonight later soon again still even ever never always usually already "
    "before after during about above below into onto over under between through across against without "
    "within instead both either neither each every many much few little very really quite rather those these "
    "word words name names hash number token field value login integration data message messages text group "
    "review reviews trigger support team office business work job project update updates "
    # imperatives that open a quoted request (「"DM me on Instagram", "Pay me by bank transfer"」)
    "pay send transfer wire contact reach add follow dm email mail write tap click visit join meet talk "
    "use check find search keep move switch deal buy sell order book".split())
_NAME_IS_RE = regex.compile(r"my name is\s*+$")
# A separator that hands something over (「LINE: taro」「Discord→kuma」「インスタは rin」); a space or a
# comma alone does not.
_HANDING_SEP_RE = regex.compile(r"[:=→⇒>＞\-「\"(（\[【]|は|って|も")
_COUNTER_AFTER_RE = regex.compile(r"[年月日時分秒歳円%個件回人]|ヶ月|か月")


def _sentence_goes_on(a: Analysis, start: int, end: int, body: str) -> bool:
    """「Skype for business」「WhatsApp or phone」「Discord community」「add me on Discord, my name…」:
    an English word after a channel's name with only a space or a comma between is the sentence
    going on, not a handle; 「Skypeは2025年に終了」 is a date."""
    text = a.view.text
    if body.isdigit() and _COUNTER_AFTER_RE.match(text, end):
        return True
    before = [m.end for m in a.nearby(a.mentions, start - 16, start) if m.end <= start]
    if not before or _HANDING_SEP_RE.search(text, max(before), start):
        return False
    return body.isascii() and body.isalpha()


def _skip_space_back(text: str, pos: int) -> int:
    """The start of the white space that ends at ``pos`` (``pos`` itself when there is none)."""
    while pos and text[pos - 1].isspace():
        pos -= 1
    return pos


_POINTER_PLEASE_RE = regex.compile(r"\s*+(?:して|お|ご)?(?:お願いします|お願い|おねがいします|ください|下さい|してね|よろしく)?\s*+[:→⇒=]\s*+")
# 「ライン教えますね、saki0808 です」: the ID right after a sentence part that hands it over
# 「フレ申請して〜 → mochi_24」: an add-friend request pointing at it; 「WeChat あります？ 私のは wxid_88 です」:
# the writer's own (account) on the app just asked about
_GIVEN_BEFORE_RE = regex.compile(
    r"(?:(?:教え|おしえ|送り|送る|送っ|おく)[ぁ-ん]{0,5}+|(?:追加|申請|フォロー)[ぁ-ん]{0,5}+[〜~ー!\s]{0,3}+)[、,→⇒:]\s{0,2}+$"
    r"|(?:私|わたし|僕|ぼく|俺|おれ|自分)の(?:は|も)\s{0,2}+$")
# 「kazuya_0909 ←これラインのIDだから」: a demonstrative pointing back at the ID may stand in between
_AFTER_HANDLE_RE = regex.compile(r"[\s(（\[【:」←↑⇐⇑<＜]*+(?:が|は|で|って|です)?[\s(（\[【←↑⇐⇑<＜]*+(?:これ|こちら|コレ)?(?:が|は)?")
_CHANNEL_ACTION_AFTER_RE = regex.compile(r"\s*+(?:で|に|の)?\s*+(?:友だち|友達|ともだち)?(?:追加|登録|検索|申請|フォロー)")
# LINE official account basic IDs: @ + 8 letters and digits, both present (@123abcde, @abc1234d)
OFFICIAL_ID = r"@(?=[a-z0-9]{0,7}[0-9])(?=[a-z0-9]{0,7}[a-z])[a-z0-9]{8}"
_OFFICIAL_ID_RE = regex.compile(OFFICIAL_ID)


_ONE_APP_REACH = 200


def _nearest_channel(a: Analysis, start: int, end: int, cue: str) -> str | None:
    text = a.view.text
    best, best_dist = None, None
    numeric = text[start:end].lstrip("@").isdigit()
    # Only mentions within 60 characters can be chosen: the slices keep the list order, so ties go
    # to the same mention as a walk over every mention would.
    candidates = a.nearby(a.mentions, start - 60, end + 60)
    if not (numeric or cue not in ("at", "id")):
        candidates += a.nearby(a.topic_mentions, start - 60, end + 60)
    for m in candidates:
        if not _app(a, m) or m.kind == "number":
            continue
        if m.end <= start:
            dist = start - m.end
            if dist > 60:
                continue
            between = text[m.end:start]
            if _SENTENCE_BREAK_RE.search(between) and dist > 40:
                continue
        elif m.start >= end:
            dist = m.start - end
            # after the handle only in a bracket or as 「…で検索」/「…がLINEのIDです」
            if cue == "object" and dist <= 3 and _CHANNEL_ACTION_AFTER_RE.match(text, m.end):
                pass  # 「新しいのはyui.office、Lineで追加お願いします」
            elif cue == "id" and dist <= 60 and len(_SENTENCE_BREAK_RE.findall(text, end, m.start)) <= 1:
                pass  # 「IDはren9681ですが、検索で出てこなければQRを送ります。LINEでお待ちしております」
            elif dist > 12 or not _AFTER_HANDLE_RE.fullmatch(text, end, m.start):
                continue
        else:
            continue
        if best_dist is None or dist < best_dist:
            best, best_dist = m.channel, dist
    if best is None and cue == "id" and _ID_IS_RE.search(text, max(0, start - _ID_IS_REACH), start):
        # 「Discordサーバーを作りました。招待は…お送りします。私のユーザー名は kodomo.sensei です」: an ID cue a
        # few sentences after the one app the message names is that app's (「注文IDは」 names a thing's)
        apps = {m.channel for m in a.nearby(a.mentions, start - _ONE_APP_REACH, start)
                if m.end <= start and _app(a, m) and m.kind != "number"}
        if len(apps) == 1 and not any(_app(a, m) for m in a.nearby(a.mentions, end, end + 60)):
            return apps.pop()
    if best is None and cue == "at" and _OFFICIAL_ID_RE.fullmatch(text, start, end) and _AFTER_SEARCH_RE.match(text, end) \
            and not any(m.channel not in ("email", "phone", UNNAMED) for m in a.mentions):
        return "line"  # 「@123abcdeで検索すると弊社のアカウントが出てきます」: a LINE official account ID
    if best is None and cue == "after" and _AFTER_SEARCH_RE.match(text, end):
        # 「taro_1234でID検索」: ID search is a LINE feature
        if "id" in text[end:end + 8]:
            return "line"
    return best
