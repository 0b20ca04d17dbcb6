"""Identifier fragments and the one assembler that joins them, within a message and across messages.

A detector reads an identifier written in one piece. A sender can also give it in parts: in
clauses named by position (「最初は090、最後が5678、真ん中1234」), joined by words
(「090と1234と5678」), spelled piece by piece (「taro、ドット、yamada、アットマーク、gmail、ドット、com」),
or over several messages (「090」「1234」「5678」). :func:`read` turns a message into
:class:`Fragment` values (digit groups, local parts, domains, provider names, ID-like tokens,
spelled separators) and cue flags; :func:`assemble` joins the fragments the text says belong
together and validates every joined value with the detectors' own checks (``phonenumbers``,
address syntax, LINE ID syntax). A joined value scores below one written whole.

``Guard`` keeps, per sender, only the :class:`Trace` of each message — the fragments at its end
(identifier-shaped only, digit groups as ASCII numerals) and its cue flags — so that no plain
text of a message is remembered.
"""
from __future__ import annotations

import bisect
import functools
import re
import unicodedata
from dataclasses import dataclass, replace
from typing import Iterator, Sequence

import regex

from . import chartables as ct
from .alternation import searcher, skipping
from .lexicon import load_table
from .model import EMAIL, LINE_ID, PHONE, Finding
from .normalize import NormalizedText
from .spans import Spans
from .topics import topic_re

# Fragment kinds.
DIGITS, WORD, DOMAIN, AT_DOMAIN, LOCAL_AT, ADDRESS, SEP, RAW = (
    "digits", "word", "domain", "at_domain", "local_at", "address", "sep", "raw")
# The digits that close a message in any script, read to ASCII: 「〇九〇」「ぜろなな」「0️⃣4️⃣」「zero eight」
# are kept as "090", "07", "04", "08" (groups separated by one space, a leading "+" kept): a
# value, never the text it was written in.
NUMERAL = "numeral"
WHOLE = "whole"  # role of a RAW run that is all its message holds
# Roles a clause gives its fragment.
FIRST, MIDDLE, LAST, LOCAL, HOST = "first", "middle", "last", "local", "host"
# a user name or domain the message gives as a site's, a login's or another app's (「WordPressの
# ユーザー名」「サイトのドメイン」): it names a part, but of no address
ELSEWHERE = "elsewhere"
SPELLED = "spelled"  # role of a run memory built from messages of one character each
# Cue flags.
CUE_PHONE, CUE_EMAIL, CUE_LINE, CUE_ID, CUE_JOIN, CUE_SECRET = "phone", "email", "line", "id", "join", "secret"
CUE_EXAMPLE = "example"  # the message asks for example or dummy data (「ダミーを入れて」「例として」)
# Marks a trace keeps for the messages after it: its opening group takes back the sender's last one
# (「5521の」「あ、ちがう5512」); the sender said the parts to come are written in reverse (「全部逆から書きます」).
CUE_FIX, CUE_REVERSE = "fix", "reverse"
CUE_SORRY = "sorry"  # an apology before the first group: it takes back the last one only if it nearly repeats it
# talk, then the words that say the part goes on from the last one (「てか今日寒すぎない？ さっきの続き 5523」):
# the part links to the parts before it as if the message held nothing else
CUE_RESUMED = "resumed"
CUE_LANDLINE = "landline"  # the sender said the number is a landline: a city alone next gives its code
# after a host alone (「gmail.com」), the sender said the @ goes before it (「の前に@で」): the next part is the local part
CUE_BEFORE_AT = "before_at"
# the sender gave the rule of the value before its pieces (「苗字のローマ字に誕生日4桁です」): a name and a number follow
CUE_RULE = "rule"

_KEPT_CUES = frozenset((CUE_PHONE, CUE_EMAIL, CUE_LINE, CUE_ID))  # what a later message may need
SCORES = {PHONE: 0.8, EMAIL: 0.75, LINE_ID: 0.8}  # whole: phone 0.9+, e-mail 0.85+, LINE ID 0.9+
MAX_TAIL = 4          # fragments a message leaves in memory: an identifier has at most 3-4 parts
MAX_FRAGMENT = 64     # longer ASCII runs are whole identifiers or noise, never a part
_MAX_FRAGMENTS = 24   # parts joins are tried over at once (a window of them, on long messages)
_CUE_SPAN = 200       # a long message is searched for cues at its ends and around its parts

# -- lexical patterns (normalized text: half-width, lowercase) -------------------------------
_RUN_RE = re.compile(r"[a-z0-9@._%+\-]{1,80}")
_DIGIT_RUN_RE = regex.compile(r"[0-9.\-]+")
_GROUP_RE = regex.compile(r"[0-9]+")
_AMOUNT_RE = skipping(re.compile(r"(?<![0-9])[0-9]{1,3}(?:,[0-9]{3})+(?![0-9])"))
_DATE_TIME_RE = skipping(re.compile(
    r"(?<![0-9])(?:(?:[0-9]{4}/)?[01]?[0-9]/[0-3]?[0-9]|[0-2]?[0-9]:[0-5][0-9])(?![0-9/])"))
_KANJI_ONLY_RE = regex.compile(r"\s*([〇零一二三四五六七八九]{2,15})\s*")
_KANJI = str.maketrans("〇零一二三四五六七八九", "00123456789")
_UNIT_RE = regex.compile(
    r"\s?(?:円|万|億|千|件|人|名|個|回|年|月|日|時|分|秒|歳|%|％|点|枚|本|台|株|倍|位|号|丁目|番|便|階|週|桁|けた|ケタ|つ(?![けなづ])|"
    r"km|kg|cm|mm|ml|yen|digits|numbers|g(?![a-z])|m(?![a-z]))")
_CURRENCY_BEFORE_RE = regex.compile(r"(?:[¥￥$€£]|約|第|計|税込|税抜) ?$")
_QUANTITY_LABELS = ("数量", "個数", "金額", "価格", "合計", "送料", "値段", "定価", "サイズ", "重さ", "身長",
                    "体重", "年齢", "残高", "ポイント", "在庫")
_TLDS = frozenset("com net org info biz jp co ne or ac go io me us uk cn kr tw de fr app dev xyz tokyo "
                  "ed gr lg ad ai cc tv".split())
_SPELLED = (("アット・マーク", "@"), ("アット マーク", "@"), ("あっと・まーく", "@"),
            ("アットマーク", "@"), ("あっとまーく", "@"), ("アット", "@"), ("あっと", "@"),
            ("ドット", "."), ("どっと", "."), ("ピリオド", "."), ("アンダーバー", "_"), ("アンダースコア", "_"),
            ("アンスコ", "_"), ("ハイフン", "-"), ("ハイホン", "-"))
_SPELLED_RE = re.compile("|".join(w for w, _ in _SPELLED))
_SPELLED_VALUE = dict(_SPELLED)
# 「@の前は」「アットマークの後ろが」: the symbol names a side of the address, it is no part of it.
_NAMES_A_SIDE_RE = re.compile(r"\s?(?:の|より)?(?:前|まえ|後|あと|うしろ|以降|以下|次)")  # (「@より後ろは」)

# the sender points to where something is to be sent: what it gives next is the address
_SEND_HERE = (r"(?:こっち|ここ|こちら|以下|下記)(?:に|へ|まで)\s?"
              r"(?:送|おく|お送|お願い|おねがい|どうぞ|くださ|下さ|頂け|いただけ|ちょうだい)")
_CUE_RE = skipping(re.compile(
    r"(?P<phone>電話|でんわ|デンワ|(?<![a-z])(?:tel|phone|call|cell|mobile|text me)(?![a-z])|番号|携帯|ケータイ|けいたい|連絡先)"
    r"|(?P<email>メール|めーる|メアド|アドレス|ドメイン|(?<![a-z])(?:e-?mail|mail|domain)(?![a-z])"
    # (「送り先はこちら」「ここに送ってね」「こちらまでお願いします」「以下にお送りください」: where to send a
    # file, spelled next, is an address)
    r"|送り先|送付先|送信先|宛先|あて先|あてさき|" + _SEND_HERE + ")"
    r"|(?P<line>(?<![a-z])(?<!\ba\s)(?<!\bthe\s)(?<!\bthis\s)(?<!\bthat\s)line(?![a-z])|(?<![ァ-ヺー])ライン(?![ァ-ヺ工川際引])|らいん"  # not オンライン, ラインナップ, ライン工
    r"|(?:緑|みどり|ミドリ|グリーン)色?の(?:アイコン|アプリ|やつ|吹き出し))"  # 「細かいことは緑のアプリで」
    r"|(?P<id>(?<![a-z])id(?![a-z])|アイディー|ユーザー?名|ゆーざー?めい|アカウント名)"
    r"|(?P<join>つなげ|つない|つなぐ|繋げ|繋い|繋ぐ|くっつけ|続けて|つづけて|連結|並べ"
    # (合わせ closing a compound is no join: 問い合わせ, 打ち合わせ, 待ち合わせ, 詰め合わせ, しあわせ)
    r"|(?:(?<![一-龯ぁ-ゖ])|(?<=[をとにで]))(?:合わせ|あわせ))"
    r"|(?P<secret>パスワード|ぱすわーど|暗証|(?<![a-z])(?:password|passwd|pass|pw)(?![a-z])|パス(?!タ|ポ))"
))
# A clause that names its fragment: 「最初は」「真ん中が」「下4桁:」「@の前は」「ドメインは」.
# English words that name a part or hold a clause together (「user name: …」「the middle is …」): no part
_CLAUSE_WORDS = frozenset("user name username domain first last middle part is are the my then and next four three "
                          "digits rest remainder remaining um uh finally followed by after that local account".split())
# A role names a group by its place, then says what the group is and hands it over:
# 「二つ目のまとまりが」「下4桁は」「頭3桁：」「しっぽ＝」「最初は普通の」 (an epithet of the group may
# stand between: 「最初は普通の070」).
_GROUP_NOUN = r"(?:部分|ところ|方|ほう|桁|けた|ケタ|まとまり|かたまり|塊|ブロック|グループ|区切り|くぎり|パート|数字)"
# 「下4桁言いますね、3391」: a counted group may be announced before it is handed over
_ANNOUNCES = (r"(?:(?<=桁|けた|ケタ)\s?(?:を|から)?\s?(?:(?:言い|いい|伝え|書き|送り|教え)ます(?:ね|よ)?"
              r"|(?:言う|いう|伝える|書く|送る|教える)(?:ね|よ|わ)?))?")
_ROLE_HANDS_OVER = (rf"(?:\s?の?\s?(?:[0-9一二三四]\s?(?:桁|けた|ケタ|つ|個)|{_GROUP_NOUN})){{0,2}}{_ANNOUNCES}"
                    # (no に after は/が/も, no は after は: 「真ん中はにぜろぜろ」「真ん中ははちぜろ」 read 2 and 8 there)
                    r"(?:\s?(?:(?<![はがも]\s?)は|が|も|(?<![はがも]\s?)に|:|=|→|⇒|って|、|,)){0,2}(?:\s?(?:普通|ふつう|いつも|おなじみ|お馴染み)の)?")
# What the group is may be told between 「は」 and the group (「次の4つは私の誕生日で1219」), and
# the group may be framed with emoji (「頭は🍓080🍓」).
_ROLE_TAIL = (_ROLE_HANDS_OVER + r"(?:(?<=は|が)\s?[^\s0-9、。,.!！?？]{1,10}?(?:で|の)(?<!ので))?"
              r"[\p{So}\p{Sk}\ufe0f]{0,3}\s?$")
# in English: 「first part 090」「the middle is 5567」「last four is 2231」
_EN_ROLE_TAIL = r"(?:\s(?:part|three|four|3|4|digits|numbers|group|block|bit)){0,2}(?:\s(?:is|are|was))?\s?(?:[:=]|は|が|って)?\s?$"
# An ordinal with a counter: 「一つ目」「2個目」「ふたつめ」「3番目」「三ブロック目」.
_COUNTER = r"(?:つ|個|こ|番|ブロック|グループ|まとまり|区切り)\s?(?:目|め)"
# 「前3桁」「後ろの4桁」: a side with a count of digits is a group of a number, not of an address
_COUNTED = r"(?=の?\s?[0-9一二三四]\s?(?:桁|けた|ケタ|つ|個))"
_FIRST_WORDS = (r"最初|さいしょ|はじめ|初め|始め|頭|あたま|アタマ|先頭|冒頭|前半|左端|(?:[1一]|ひと)" + _COUNTER
                + rf"|(?<!以)上|市外局番|(?:いちばん|一番)(?:前|まえ)|(?<![一-龯ァ-ヺ])(?:前|まえ){_COUNTED}")
# 「中」「間」 alone only after no word they end (途中, 期間): 「その間が」「9021の間は」 name the group between
_MIDDLE_WORDS = (r"真ん中|まんなか|真中|中間|中央|(?:(?<![ぁ-ゖァ-ヺ一-龯])|(?<=なら|は))(?:中|なか(?!な)|あいだ|間)|その(?:間|あいだ)|(?:^|(?<=[0-9]))の(?:間|あいだ)"
                 r"|(?:[2二]|ふた)" + _COUNTER + r"|次|つぎ|市内局番|(?<!市外)局番|続いて|つづいて|続く|つづく|その(?:後ろ|うしろ|後|あと|次|前|まえ)"
                 r"|(?<![ぁ-ゖ])あと")
_LAST_WORDS = (r"最後|さいご|最終|後ろ|うしろ|末尾|後半|残り|のこり|(?:[3三]|みっ)" + _COUNTER
               + r"|(?<![以地])下|終わり|おわり|おしまい|右端|加入者番号|ラスト|らすと|しっぽ|シッポ|尻尾|お尻|おしり|(?<![ァ-ヺ])ケツ"
               + rf"|(?<![一-龯ァ-ヺ])後{_COUNTED}")
_ROLES = (
    # (「@の後ろは hotmail.co.jp、前は shinji.k」: after the @ is named, 「前」 alone is the local part)
    (LOCAL, regex.compile(rf"(?:(?:@|アット[・ ]?マーク|アット|あっと)(?:の|より)?(?:前|まえ)|ユーザー?名|ゆーざー?めい|アカウント名?|名前の部分|ローカルパート"
                          rf"|(?:^|(?<=[、。,\s]))(?:前|まえ)(?!の?\s?[0-9一二三四]\s?(?:桁|けた|ケタ|つ|個))){_ROLE_TAIL}"
                          rf"|(?<![a-z])(?:user ?name|local part|account name|before the @){_EN_ROLE_TAIL}")),
    (HOST, regex.compile(rf"(?:(?:@|アット[・ ]?マーク|アット|あっと)(?:の|より)?(?:後ろ|うしろ|後|あと|以降|次)|ドメイン){_ROLE_TAIL}"
                         rf"|(?<![a-z])(?:domain|after the @){_EN_ROLE_TAIL}")),
    (FIRST, regex.compile(rf"(?:{_FIRST_WORDS}){_ROLE_TAIL}"
                          rf"|(?<![a-z])(?:first|1st|area code|prefix|starts? with|begins? with){_EN_ROLE_TAIL}")),
    # 「その後」「あと」「続いて」 continue the sequence and 「その前」 names the group before the last:
    # every such group goes between the first and the last, in the order the message gives them.
    (MIDDLE, regex.compile(rf"(?:{_MIDDLE_WORDS}){_ROLE_TAIL}"
                           rf"|(?<![a-z])(?:the middle|middle|cent(?:er|re)|second|2nd|then|next|followed by){_EN_ROLE_TAIL}")),
    (LAST, regex.compile(rf"(?:{_LAST_WORDS}){_ROLE_TAIL}"
                         rf"|(?<![a-z])(?:last|final|third|3rd|ends? (?:with|in)|(?:the )?(?:rest|remainder)|remaining){_EN_ROLE_TAIL}")),
)
# Between two parts: nothing but spacing and list punctuation (「taro、ドット、yamada」).
_TIGHT_GAP_RE = regex.compile(r"[\s、,・]*")
# Between digit groups: a word or punctuation that lists them (「090と1234と5678」「090／1234」).
_JOINER_GAP_RE = regex.compile(  # also between quoted groups: 「06」と「4400」
    r"[」』\"]?\s?(?:と|や|、|,|/|\||\+|・|それから|その(?:次|あと|後)(?:は|が|に)?|の(?:次|あと|後)(?:は|が|に)?|次(?:は|が))\s?[「『\"]?")
# What may stand around the parts of a message that is nothing else: 「1234-」「電話は090-」「5678です」.
# (possessive: the two runs share 。.!！ and spacing, and a gap may be the rest of a long message)
# (dialects end a sentence on a part too: Kyushu 「3465たい」「8802ばい」, Chugoku じゃ, Tohoku だべ, casual っす)
_CLEAN_RE = regex.compile(r"[\s\-/|,、。.・:：=→!！?？「」『』()（）\[\]［］【】]*+(?:です|だよ|で|ね|よ|と|や|です。|。|でした|だった|やった|たい|ばい|じゃ|っす|だべ|だっちゃ)?[\s。.!！\U0001F000-\U0001FAFF\ufe0f]*+")
_GATE_RE = re.compile(  # a raw message that can hold no fragment and no cue is not read at all
    "[0-9a-zA-Z@０-９ａ-ｚＡ-Ｚ＠]|[〇零一二三四五六七八九]{2}|ライン|らいん|電話|でんわ|メール|メアド|アドレス|"
    "ドメイン|アット|あっと|ドット|どっと|アンダー|ハイフン|パスワード|暗証|携帯|ケータイ|ユーザ|アカウント名|"
    "(?:緑|みどり|ミドリ|グリーン)色?の|^\\s*[_＿]\\s*$|送り先|送付先|送信先|宛先|あて先|あてさき|" + _SEND_HERE)
# Only a message that names a channel or ends in a part can begin a chain of parts.
def _any_width(word: str) -> str:
    return "".join(f"[{c}{c.upper()}{chr(ord(c) + 0xFEE0)}{chr(ord(c.upper()) + 0xFEE0)}]" for c in word)


_RAW_CUE_RE = re.compile(
    "電話|でんわ|デンワ|番号|携帯|ケータイ|けいたい|連絡先|メール|めーる|メアド|アドレス|ドメイン|ライン|らいん|ﾗｲﾝ|"
    "送り先|送付先|送信先|宛先|あて先|あてさき|" + _SEND_HERE + "|"
    "アイディー|ユーザ|アカウント名|(?:緑|みどり|ミドリ|グリーン)色?の(?:アイコン|アプリ|やつ|吹き出し)|" + "|".join(_any_width(w) for w in ("tel", "phone", "mail", "domain", "line", "id")))
# Read from the end (REVERSE): searched forward, every "." or "-" of a long run of them began a
# match that failed at the end, cubic in the run. A particle ends in kana, so the marks after it
# are all the marks there are (possessive); without one, the closing marks are separators.
_RAW_TAIL_RE = regex.compile(
    r"(?:[0-9a-zA-Z@_.\-０-９ａ-ｚＡ-Ｚ＠＿〇零一二三四五六七八九]|アットマーク|あっとまーく|アット|あっと|ドット|どっと|"
    "ピリオド|アンダーバー|アンダースコア|アンスコ|ハイフン|ハイホン)"
    r"[\s\-/|,、。.・:：=→!！?？「」『』()（）]*(?:(?:です|だよ|で|ね|よ|と|や|の|たい|ばい|じゃ|っす|だべ|だっちゃ)[\s。.!！]*+)?$",
    regex.REVERSE)
# The identifier-shaped run that closes a message as typed (「…番号は〇」「k.hashimoto★exa」): cut
# anywhere, a split identifier is read again by the detectors themselves, joined to the next message.
_RAW_CHARS = (r"[0-9A-Za-z０-９Ａ-Ｚａ-ｚ@＠._\-－‐+＋()（）\[\]［］〇一二三四五六七八九零★☆*#~〜＿:：/／|｜ー➖"
              "\u2460-\u24ff\u2776-\u2793\u20e3\ufe0f\u200b-\u200d\u2060\ufeff]")
# An address may be spaced around its symbols (「office_takahashi at 」「art5 ＠ iclou」): spacing is
# kept only there, never between two words of talk.
_RAW_SPACED = (r"\s*(?:[@＠]|(?<![A-Za-z])(?:at|dot|AT|DOT)(?![A-Za-z])|[(（](?:at|dot|あっと|アット|ドット)[)）]"
               r"|アットマーク|あっとまーく|アット|あっと|ドット|どっと)\s*")
_RAW_CLOSING_RE = re.compile(rf"(?:{_RAW_CHARS}|{_RAW_SPACED})+(?=\s*$)")
_RAW_OPENING_RE = re.compile(rf"\s*(?:{_RAW_CHARS}|アットマーク|あっとまーく|アット|あっと|ドット|どっと)")
_CLOSING_DIGITS_RE = re.compile(r"[0-9０-９][^0-9０-９A-Za-zＡ-Ｚａ-ｚ]*$")
_RAW_DIGIT_RE = re.compile("[0-9０-９〇一二三四五六七八九零a-zA-Zａ-ｚＡ-Ｚ\u2460-\u24ff\u2776-\u2793]")
# In a detector (one message): parts only join where a cue says so.
_JOIN_CUE_GATE_RE = re.compile(
    "[0-9] ?(?:と|や|\\||\\+|それから|その|の次|の後|のあと|次)[ 、,]?[0-9]|[0-9] ?の ?(?:後ろ|うしろ|後|あと)に|最初|さいしょ|はじめ|初め|始め|頭|先頭|前半|"
    "1つ目|一つ目|1番目|真ん中|まんなか|中間|次|最後|さいご|後ろ|うしろ|末尾|後半|残り|下|つな|繋|くっつけ|続けて|"
    "局番|続いて|つづいて|その(?:後|あと|前|まえ)|あと|いちばん前|一番前|ラスト|first|middle|last|user ?name|domain|"
    # (a named last group or a counted ordinal: a number by position needs one of them or a first)
    "あたま|アタマ|冒頭|中央|最終|終わり|おわり|おしまい|右端|左端|らすと|ends in|桁|けた|ケタ|続く|つづく|しっぽ|シッポ|尻尾|お尻|おしり|ケツ|つ ?目|個 ?目|番目|つめ|"
    "(?:ブロック|グループ|まとまり|区切り) ?目|1st|2nd|3rd|third|final|prefix|"
    "合わせ|あわせ|連結|並べ|アット|あっと|ドット|どっと|ピリオド|アンダー|アンスコ|ハイフン|ドメイン|ユーザ|アカウント名|"
    "名前の部分|[a-z0-9] [.@_] ?[a-z0-9]|[a-z0-9][.@_] [a-z0-9]|"
    # (groups given in clauses: a sequence word, a start, a correction, a reversal; phone_clause_words.txt)
    "つぎ|それから|それがら|そして|そっから|えっと|えーと|ええと|んーと|[0-9] ?(?:(?:で|の|は)(?:さ|ね)?|さ)[、,]|"
    "(?<![a-z])(?:then|followed by|after that)(?![a-z])|始ま|はじま|じゃなく|ではなく|でなく|いや|訂正|間違|まちが|逆|反対から|さかさ|右から|revers|backward"
    # (「090です。4882。6130。」「090です。4471です。2290です」: groups each a sentence of its own)
    "|[0-9](?:です|だよ|ね)?[。!！]\\s?[0-9]{2,4}(?:です|だよ|ね)?[。!！]|[0-9](?:です|だよ)[、,]\\s?[0-9]{2,4}(?:です|だよ)"
    "|続き|つづき"
    # (a number typed without its trunk 0: 「頭の0は付けて」「0抜きで」「add a 0 at the front」)
    "|(?:0|〇|ゼロ|ぜろ) ?(?:抜き|ぬき|省略)|(?<![a-z])(?:add (?:a |the )?(?:0|zero)|without the|(?:leading|first) (?:0|zero))(?![a-z])")
_join_cue = searcher(_JOIN_CUE_GATE_RE)  # (branch by branch: the pattern whole tries every branch everywhere)


@dataclass(frozen=True, slots=True)
class Fragment:
    """One part of a possible identifier: ``value`` is ASCII (``"090"``, ``"taro.yamada"``,
    ``"@gmail.com"``, ``"."``). ``start``/``end`` index the normalized text of its message."""

    kind: str
    value: str
    start: int
    end: int
    role: str | None = None


@dataclass(frozen=True, slots=True)
class Reading:
    """What one message offers: its fragments in order and its cue flags. ``head``/``tail``: how
    many fragments open/close the message with nothing but spacing around them (only those join
    across messages); ``whole``: the message is nothing but fragments."""

    view: NormalizedText | None
    fragments: tuple[Fragment, ...]
    cues: frozenset[str]
    head: int
    tail: int
    whole: bool

    @property
    def empty(self) -> bool:
        return not self.fragments and not self.cues


@dataclass(frozen=True, slots=True)
class Trace:
    """All a message leaves in memory: when, its cue flags, the fragments at its end. No text.
    ``completed``: (category, value) of what the message completed with earlier parts, so that a
    correction (「1948じゃなくて1949です」) can name a part of it."""

    time: float
    cues: frozenset[str]
    tail: tuple[Fragment, ...]
    whole: bool
    completed: tuple[tuple[str, str], ...] = ()

    def cost(self) -> int:
        """Bytes this trace holds, rounded up (what ``Guard(max_bytes=...)`` counts)."""
        return 500 + sum(200 + 2 * len(f.value) for f in self.tail) + sum(200 + 2 * len(v) for _, v in self.completed)


@dataclass(frozen=True, slots=True)
class Joined:
    """A value the fragments make together. ``start``/``end``: the normalized range of the parts
    in the current message; ``parts``: how many fragments; ``across``: some came from memory."""

    category: str
    value: str
    start: int
    end: int
    parts: int
    across: bool


EMPTY = Reading(None, (), frozenset(), 0, 0, False)


# -- reading a message ---------------------------------------------------------------------

def read(text: str | NormalizedText) -> Reading:
    """The fragments and cues of one message (a str or its normalized view)."""
    if isinstance(text, str):
        if not _GATE_RE.search(text) and not _closing_run(text, MAX_FRAGMENT) and not _kana_numeral_end(text) \
                and not _providers()[1].search(text) \
                and not ((spaced := _letter_spaced(text)) and _GATE_RE.search(spaced)) \
                and not _NOT_REAL_RE.search(text.lower()) \
                and not _REVERSE_ANNOUNCED_RE.search(text) \
                and _named_area_code(text) is None:  # (「ドコモのやつで」「ら い ん は」「フォームの例として」「逆から書きます」「固定は大阪で」)
            return EMPTY
        view = NormalizedText.of(text)
    elif isinstance(text, NormalizedText):
        view = text
    else:
        raise TypeError(f"read() takes a str or a NormalizedText, got {type(text).__name__}")
    norm = view.text
    fragments = tuple(_fragments(norm))
    cues = frozenset(m.lastgroup for start, end in _cue_windows(norm, fragments)
                     for m in _CUE_RE.finditer(norm, start, end))
    spaced = _letter_spaced(norm)
    if spaced is not None:
        cues |= {m.lastgroup for m in _CUE_RE.finditer(spaced)}
    if not fragments:
        return Reading(view, (), cues, 0, 0, False)
    fragments = tuple(_with_role(norm, fragments))
    head = tail = 0
    pos = 0
    for i, f in enumerate(fragments):
        if not _clean(norm[pos:f.start]) and not (pos == 0 and head == 0 and _role_only(norm[:f.start])) \
                and not (i and _read_out_no(fragments[i - 1], f, norm)):
            break
        head += 1
        pos = f.end
    pos = len(norm)
    for i in range(len(fragments) - 1, -1, -1):
        f = fragments[i]
        if not _clean(norm[f.end:pos]) and not (pos == len(norm) and (_STARTS_FROM_RE.fullmatch(norm, f.end)
                                                                      or _CLOSES_A_GROUP_RE.fullmatch(norm, f.end)
                                                                      or f.kind in (DOMAIN, AT_DOMAIN)
                                                                      and _BEFORE_HOST_RE.fullmatch(norm, f.end))) \
                and not (pos < len(norm) and _read_out_no(f, fragments[i + 1], norm)):
            break
        tail += 1
        pos = f.start
    opening = norm[:fragments[0].start]
    whole = tail == len(fragments) and (_clean(opening) or _role_only(opening))
    return Reading(view, fragments, cues, head, min(tail, MAX_TAIL), whole)


# 「番号はね、090から」「頭は080で始まって」: the group the number starts from closes the message
_STARTS_FROM_RE = re.compile(r"\s?(?:から|で始まって|で始まります|で始まる|から始まって|から始まります|から始まる)"
                             r"(?:です|だよ|ね|よ|な)?[\s。、,!！…]*")


# 「080-6621までが頭です」「090-4417までです」: the number so far, up to here; 「090の部分は一緒で」
# 「080のところは同じです」: a group the same as ever, the rest to come
_CLOSES_A_GROUP_RE = re.compile(
    r"\s?(?:まで(?:が|は)?\s?(?:頭|あたま|最初|さいしょ|前半|前|はじめ|初め|上)?"
    r"|(?:の\s?(?:部分|ところ|とこ|所|方|ほう))?(?:は|も)?\s?(?:一緒|いっしょ|同じ|おなじ|共通|いつも通り|いつもどおり))"
    r"(?:です|だよ|で|ね|な|よ){0,2}[\s。、,!！…]*")


# 「@icloud.com の前に」「ドメインは@docomo.ne.jp、その前が」: the host, and the part before it still to come
_BEFORE_HOST_RE = regex.compile(r"[\s、,]*(?:その|の)?\s?(?:前|まえ)(?:に(?:入る|はいる|つく|付く|来る|くる)(?:の|もの)(?:が|は)|の部分(?:が|は)|に|は|が)?"
                                r"[\s:：、,。]*(?:です|だよ|ね|よ)?[\s。!！]*")


_STAND_IN_SYMBOLS = frozenset("★☆")  # (symbols that stand in for @ or . inside an address: never mood)


def _decoration(ch: str) -> bool:
    return unicodedata.category(ch) in ("So", "Sk") and ch not in _STAND_IN_SYMBOLS


def undecorated(text: str) -> str:
    """``text`` without the emoji and symbols of mood that close it (「8330🐾」「ハチニー✨」「090 ♪」),
    or ``text`` itself if nothing closes it but them. A loop, not a pattern: it reads each closing
    character once."""
    end = len(text)
    cut = False
    while end:
        ch = text[end - 1]
        if _decoration(ch) or ch in "\ufe0f\u200d" and end >= 2 and _decoration(text[end - 2]):
            cut = True
        elif not ch.isspace():
            break
        end -= 1
    return text[:end] if cut and end else text


def may_begin_chain(text: str) -> bool:
    """Cheap test on the raw message: whether it can leave a trace at all (a cue, or a part at its
    end). Guard reads a message only if this holds or the sender's chain is open."""
    return (_RAW_TAIL_RE.search(text) is not None or _RAW_CUE_RE.search(text) is not None
            or _closing_run(text, MAX_FRAGMENT) is not None or _kana_numeral_end(text)
            or (spaced := _letter_spaced(text)) is not None and _RAW_CUE_RE.search(spaced) is not None
            or _NOT_REAL_RE.search(text.lower()) is not None  # (so that the chain knows it is example data)
            or _REVERSE_ANNOUNCED_RE.search(text) is not None  # (「全部逆から書きます」: so that it knows the order)
            or _names_provider_raw(text)  # (「icloud.com のほうです」: the host of what follows)
            or _named_area_code(text) is not None  # (「家電は名古屋です」: the code of what follows)
            or _RAW_CLOSES_A_GROUP_RE.search(text) is not None)  # (「080-6621までが頭です」「090の部分は一緒で」)


_RAW_CLOSES_A_GROUP_RE = re.compile(r"[0-9０-９]\s?(?:まで|の\s?(?:部分|ところ|とこ|所|方|ほう)|[はも]\s?(?:一緒|いっしょ|同じ|おなじ))")


def _names_provider_raw(text: str) -> bool:
    """A mail provider's name in any script (「icloud」「ジーメール」), on the raw message: the kana
    names first (one literal alternation), the ASCII ones only where the message has a letter."""
    return _providers()[1].search(text) is not None or _ASCII_LETTER_RE.search(text) is not None \
        and _provider_hint_re().search(text) is not None


_ASCII_LETTER_RE = re.compile("[A-Za-z]")


@functools.lru_cache(maxsize=1)
def _provider_hint_re() -> "re.Pattern[str]":
    names = sorted(_ascii_providers(), key=len, reverse=True)
    return re.compile(r"(?<![a-z])(?:" + "|".join(re.escape(n) for n in names) + r")(?![a-z])", re.IGNORECASE)


def _letter_spaced(text: str) -> str | None:
    """A short message typed a character at a time (「ら い ん は」「k a e d e」), without its spacing."""
    if len(text) > 40 or not _LETTER_SPACED_RE.fullmatch(text):
        return None
    return "".join(text.split())


_LETTER_SPACED_RE = re.compile(r"\s*\S(?:[ \u3000]\S){2,}(?:\s?[ぁ-ゖ]{1,3})?[!！。?？]*\s*")  # (「L I N E で！」)


def trace(reading: Reading, time: float, max_chars: int = MAX_FRAGMENT, chain: Sequence[Trace] = (),
          completed: tuple[tuple[str, str], ...] = ()) -> Trace | None:
    """What memory keeps of a message; ``None`` when it breaks a sender's chain of parts (plain
    talk with no part and no cue, or a message about a password: never kept). ``chain``: the
    sender's earlier traces. A word of letters only is kept only where it may be part of an
    identifier: a cue names one (メール, LINE, ID) here or in the chain, or the last message
    ended in an identifier-shaped run that it may continue (「k.hashimoto★exa」「m」). ``completed``:
    what the message completed with the chain (kept for corrections)."""
    completed = tuple((c, v) for c, v in completed if c in (EMAIL, LINE_ID, PHONE) and len(v) <= 2 * max_chars)
    if reading.view is not None and not_real(reading.view.text):
        # 「練習用に、電話番号の列には「03-」」: the next few messages complete no one's identifier
        return Trace(time, frozenset((CUE_EXAMPLE,)), (), False)
    if reading.view is not None and not_real(reading.view.text, labelled=True):
        return None  # 「伝票番号は070」: a labelled number, which the next messages do not complete
    cues = reading.cues & _KEPT_CUES
    area = _named_area_code(reading.view.text) if reading.view is not None and not reading.tail else None
    if area is None and reading.view is not None and not reading.fragments:
        area = _city_alone(reading.view.text, chain)
    if area is not None:
        cues |= {CUE_PHONE}  # (「固定は大阪で」: a landline, its code named by the city)
    elif reading.view is not None and not reading.tail and _LANDLINE_RE.search(reading.view.text):
        cues |= {CUE_PHONE, CUE_LANDLINE}
    if any(c == LINE_ID for c, _ in completed):
        cues |= {CUE_LINE}  # (a LINE ID completed here: the letters that follow go on with it after its cue is forgotten)
    if chain and reading.view is not None and _BEFORE_AT_RE.search(reading.view.text) \
            and any(_host_of(t) for t in chain[-2:]):
        cues |= {CUE_BEFORE_AT}  # (「gmail.com」「の前に@が入って」: the local part comes next)
    if reading.tail and reading.fragments[-1].kind in (DOMAIN, AT_DOMAIN) \
            and _BEFORE_HOST_RE.fullmatch(reading.view.text, reading.fragments[-1].end) \
            and not _clean(reading.view.text[reading.fragments[-1].end:]):
        cues |= {CUE_BEFORE_AT}  # (「@icloud.com の前に」: the local part comes next)
    if reading.view is not None and _RULE_RE.search(reading.view.text):
        cues |= {CUE_RULE}  # (「名前のローマ字＋誕生日」: the pieces the next messages give make one value)
    if CUE_LINE in cues and _LINE_REFUSED_RE.search(reading.view.text):
        cues -= {CUE_LINE}  # 「ラインは使ってません」: the next ID is no LINE ID
    last_raw = next((f for f in chain[-1].tail if f.kind == RAW), None) if chain else None
    providers = _ascii_providers()
    named_parts = [f for f in reading.fragments if reading.view is None
                   or not _NEGATED_RE.match(reading.view.text, f.end)]  # (「me.comじゃなくて icloud.com」)
    hosts = {f.value for f in named_parts if f.kind == DOMAIN} | {
        providers[f.value] for f in named_parts if f.kind == WORD and f.value in providers}
    suffixes = {h for h in hosts if all(label in _TLDS for label in h.split("."))}
    if len(suffixes) == 1 and len(hosts) == 2:
        # 「yahooのほうです（.co.jpの）」: the suffix says which of the provider's domains it is
        word = next((f.value for f in named_parts if f.kind == WORD and f.value in providers), None)
        if word is not None:
            hosts = {f"{word}.{next(iter(suffixes))}"}
    named = len(hosts) == 1 and next(iter(hosts)) in _provider_names()  # 「Gmailのko」: mail, by name
    if named and next(iter(hosts)) not in _CARRIERS and reading.fragments and _names_provider(
            reading.fragments[-1]) and _INTRODUCES_RE.fullmatch(reading.view.text, reading.fragments[-1].end):
        cues |= {CUE_EMAIL}  # 「my gmail is」「Gmail:」「ジーメールの」: the provider introduces the next part
    cued = named or bool(cues - {CUE_PHONE}) or any(t.cues - {CUE_PHONE} for t in chain) \
        or any(f.kind == DOMAIN and f.role == HOST for t in chain[-2:] for f in t.tail) or (
        last_raw is not None and not _ordinary_word(last_raw.value, True))
    raw = _closing_run(reading.view.original, max_chars) if reading.view is not None else None
    if raw is not None and not reading.tail and _CLOSING_DIGITS_RE.search(raw.value) \
            and not (raw.value[-1] in _STAND_INS and CUE_EMAIL in reading.cues):  # (「アドレスは sasa_nao.88★」)
        raw = None  # its closing digits are no part: an amount, a date, a labelled number (予約番号 09012)
    if raw is not None and (not cued and _ordinary_word(raw.value, raw.role == WHOLE)
                            or _CUE_RE.fullmatch(raw.value.lower())
                            or raw.value.lower().strip(" :：") in _CLAUSE_WORDS  # 「my LINE ID is」
                            or raw.value.lower().strip(" :：") in providers):  # 「gmail」: the host, named
        raw = None  # a word of talk, or the cue itself (「ライソ ID」): no part
    numeral = closing_numeral(reading.view, pending_reading(chain)) if reading.view is not None else None
    if CUE_SECRET not in reading.cues and not reading.fragments and reading.view is not None \
            and _REVERSE_ANNOUNCED_RE.search(reading.view.text):
        return Trace(time, cues | {CUE_REVERSE}, (), False)  # 「全部逆から書きます」: the order of what follows
    if CUE_SECRET in reading.cues or not reading.tail and not cues and raw is None and numeral is None and not named \
            and not completed:
        return None  # (「ドコモのやつで」 names the host of what follows)
    tail = reading.fragments[len(reading.fragments) - reading.tail:] if reading.tail else ()
    if closing := _answered_group(reading, chain):
        tail = reading.fragments[-closing:]  # (「yes texts are fine. 5521」: the talk's words are no part)
    # Offsets mean nothing outside their message: kept as 0 so that memory holds values only.
    kept = tuple(Fragment(f.kind, f.value, 0, 0, f.role) for f in tail if len(f.value) <= max_chars
                 and (cued or f.kind != WORD or not _ordinary_word(f.value, reading.whole)))
    whole = reading.whole and len(kept) == len(reading.fragments)
    if area is not None:  # 「市外局番は大阪と同じです」: the code, named by its city, opens the number
        kept += (Fragment(DIGITS, area, 0, 0, FIRST),)
    if len(hosts) == 1 and (named or CUE_EMAIL in reading.cues) and not any(f.kind == DOMAIN for f in kept):
        # 「ヤフーのメールです」「Gmailのko」: the one provider a message names is the host of what follows
        kept = (Fragment(DOMAIN, next(iter(hosts)), 0, 0, HOST),) + kept
    if CUE_RULE in cues:  # (「my first name plus my birth year」: the rule's words are no part)
        kept, raw = tuple(f for f in kept if f.kind != WORD), None
    tail = kept + ((raw,) if raw else ()) + ((numeral,) if numeral else ())
    if not tail and not cues and not completed:
        return None  # only words of talk: the chain of parts ends here
    return Trace(time, cues | _marks(reading, chain), tail, whole, completed)


def dot_between(chain: Sequence[Trace], text: str) -> bool:
    """「yuki」「.」「kaisou_77」: a full stop sent alone right after a message of one part is the dot
    of the ID that part begins (after talk, 「see you」「.」, it is punctuation)."""
    if not chain or text.strip() not in (".", "．"):
        return False
    parts = [f for f in chain[-1].tail if f.kind not in (RAW, NUMERAL)]
    return chain[-1].whole and len(parts) == 1 and parts[0].kind == WORD


def words_around_dot(chain: Sequence[Trace], reading: Reading) -> bool:
    """「ok」「.」「thanks」: a lone dot between two words of letters only joins no ID (one side
    of an ID given around its dot has a digit or a symbol: 「yuki」「.」「kaisou_77」)."""
    if len(chain) < 2 or not reading.fragments or [(f.kind, f.value, f.role) for f in chain[-1].tail] != [(SEP, ".", SPELLED)]:
        return False
    before = [f for f in chain[-2].tail if f.kind not in (RAW, NUMERAL)]
    return len(before) == 1 and _ordinary_word(before[0].value, True) \
        and _ordinary_word(reading.fragments[0].value, True)


def spelled_on(last: Trace, new: Trace) -> Trace | None:
    """One trace for a run typed a character a message (「m」「i」「o」「_」「3」「1」): the new
    character goes on the run the last trace holds, so that an ID longer than the messages memory
    keeps is still one part, and the cue before it is not pushed out. ``None`` unless both are
    messages of one part alone, the new one a single character, the last one a single character
    or such a run, and the run holds a letter (digits a message at a time are groups of a number)."""
    def part(t: Trace) -> Fragment | None:
        parts = [f for f in t.tail if f.kind not in (RAW, NUMERAL)]
        return parts[0] if t.whole and len(parts) == 1 and parts[0].kind in (WORD, DIGITS, SEP) else None
    a, b = part(last), part(new)
    if a is None or b is None or len(b.value) != 1 or not (len(a.value) == 1 or a.role == SPELLED):
        return None
    run = a.value + b.value
    if not any(c.isalpha() for c in run) or len(run) > MAX_FRAGMENT:
        return None
    if (cue := _CUE_RE.fullmatch(run.lower())) is not None and cue.lastgroup in _KEPT_CUES:
        # 「L」「I」「N」「E」「sou」「ta_0606」: the app's name spelled out is the cue, no part
        return Trace(new.time, last.cues | new.cues | {cue.lastgroup}, (), False, new.completed)
    return Trace(new.time, last.cues | new.cues, (Fragment(WORD, run, 0, 0, SPELLED), Fragment(RAW, run, 0, 0, WHOLE)),
                 True, new.completed)


def _named_area_code(norm: str) -> str | None:
    """The area code a message gives by naming its city (city_area_codes.txt): 「市外局番は大阪と同じ」
    「局番は東京のと一緒です」."""
    if "局番" not in norm and "電話" not in norm and "固定" not in norm and "家電" not in norm and "市外" not in norm:
        return None
    m = _area_code_re().search(norm)
    return _area_codes()[m.group("city") or m.group("before") or m.group("town")] if m else None


def _city_alone(norm: str, chain: Sequence[Trace]) -> str | None:
    """The area code of a city a message holds alone (「沼津の」「浜松です」) right after the sender
    said the number is a landline (「固定電話しかないので」「会社の固定は」)."""
    if not chain or CUE_LANDLINE not in chain[-1].cues:
        return None
    m = _city_alone_re().fullmatch(norm)
    return _area_codes()[m.group("city")] if m else None


@functools.lru_cache(maxsize=1)
def _city_alone_re() -> "re.Pattern[str]":
    cities = "|".join(map(re.escape, sorted(_area_codes(), key=len, reverse=True)))
    return re.compile(rf"\s*(?:市外(?:局番)?(?:は|が)?\s?)?(?P<city>{cities})(?:市)?(?:の|で|です|なので|のほう)?[\s。.!！、,]*")


# 「固定電話しかないので」「家の電話は」「会社の方の固定は」: the number to come is a landline
_LANDLINE_RE = re.compile(r"固定|家電|いえでん|イエデン|自宅の?電話|家の電話|店の電話|事務所の電話|会社の電話|landline")


@functools.lru_cache(maxsize=1)
def _area_codes() -> dict[str, str]:
    codes = {}
    for row in load_table("city_area_codes.txt", columns=("city", "code")):
        if not (row[1].isdigit() and row[1].startswith("0") and 2 <= len(row[1]) <= 5):
            raise row.error(f"area code {row[1]!r} is not 0 and 1-4 digits")
        codes[row[0]] = row[1]
    return codes


@functools.lru_cache(maxsize=1)
def _area_code_re() -> "re.Pattern[str]":
    cities = "|".join(map(re.escape, sorted(_area_codes(), key=len, reverse=True)))
    # (or a landline named, the city closing the message: 「家の電話は大阪の」「6543-2109です」)
    landline = (r"(?:(?:家|いえ|うち|自宅|実家|店|お店|事務所|会社)の(?:固定電話|固定|電話)|固定電話|固定|家電|自宅電話)"
                r"(?:の?番号)?(?:は|が|も|なら|、|,)?")
    # (「市外は横浜の」: 市外 alone is the code too; 「佐久の局番で」: the city before the word)
    return re.compile(rf"(?:市外局番|市外|局番)(?:は|が|も)?\s?(?P<city>{cities})(?:市)?(?:の(?:もの|やつ)?)?\s?"
                      r"(?:と(?:同じ|おなじ|一緒|いっしょ)|です|で|(?=[\s。.!！、,]*$))"
                      rf"|(?P<before>{cities})(?:市)?の\s?(?:市外局番|市外|局番)(?:です|で|だよ|ね)?(?=[\s。.!！、,]*$)"
                      rf"|{landline}\s?(?P<town>{cities})(?:市)?(?:の|で)?(?:です|だよ|ね)?[\s。.!！、,]*$")


def _marks(reading: Reading, chain: Sequence[Trace] = ()) -> frozenset[str]:
    """CUE_FIX when a correction word stands before the message's first group (「あ、ちがう5512」
    「すんません、じゃなか 3465」) or the message opens with a group it takes back (「5521じゃなくて5512」);
    CUE_SORRY when an apology does (「ごめん 7721 やった」); CUE_REVERSE where the reversal is announced.
    ``chain``: the sender's earlier traces (a group taken back must be the last one they gave)."""
    if reading.view is None:
        return frozenset()
    norm = reading.view.text
    marks = {CUE_REVERSE} if _REVERSE_ANNOUNCED_RE.search(norm) else set()
    if reading.fragments and not reading.whole and 0 < reading.fragments[0].start <= 48 \
            and len(reading.fragments) == reading.tail and _CONTINUE_MARK_RE.search(norm, 0, reading.fragments[0].start):
        marks.add(CUE_RESUMED)
    elif _answered_group(reading, chain):
        marks.add(CUE_RESUMED)
    digits = [f for f in reading.fragments if f.kind == DIGITS]
    if len(digits) >= 2 and _taken_back(norm[:digits[1].start]):
        last = next((f.value.split(" ")[-1] for f in reversed(chain[-1].tail) if f.kind in (DIGITS, NUMERAL)),
                    None) if chain else None
        if last == digits[0].value:  # 「5521の」「5521じゃなくて5512」: the last group, taken back
            marks.add(CUE_FIX)
    elif digits:
        marks |= _opening_marks(norm, digits[0].start)
    return frozenset(marks)


# 「いえ、私のです。4518」「はい、朝6時から出られます。5220」: the answer ends its clause, the group follows
# (「部屋は、4398」「在庫は 2214」: a topic the group is the value of, no answer)
_ANSWER_ENDS_RE = re.compile(r"(?<![はがも])(?<!って)(?<!とか)[、。,.!！?？…]\s*$")
_OPENING_GROUP_RE = re.compile(r"0[0-9]{1,3}")


def _answered_group(reading: Reading, chain: Sequence[Trace]) -> int:
    """How many digit groups close a message of talk that answers the other side (「ご主人の？」
    「いえ私のです、8123」) and go on with the number the sender's last message opened (「090」):
    the groups stand alone after the talk's sentence, unlabelled, and the last message closed on
    a number's opening group (or on a group that went on from one the same way). 0 if none."""
    if not chain or reading.view is None or reading.whole or not reading.tail:
        return 0
    closing = 0
    for f in reversed(reading.fragments[len(reading.fragments) - reading.tail:]):
        if f.kind != DIGITS:
            break
        closing += 1
    if not 1 <= closing <= 2 or any(not 3 <= len(f.value) <= 4 for f in reading.fragments[-closing:]):
        return 0
    start = reading.fragments[-closing].start
    norm = reading.view.text
    if not 0 < start <= 40 or not _ANSWER_ENDS_RE.search(norm, 0, start) or _labelled_groups(norm, start):
        return 0
    last = chain[-1]
    group = next((f.value for f in reversed(last.tail) if f.kind == DIGITS), None)
    opened = group is not None and (_OPENING_GROUP_RE.fullmatch(group) is not None or CUE_RESUMED in last.cues)
    return closing if opened else 0


def _opening_marks(norm: str, start: int) -> frozenset[str]:
    """CUE_FIX or CUE_SORRY for the words before a message's first group at ``start``."""
    if start > 24 or _CONTINUES_RE.search(norm, 0, start):
        return frozenset()  # (「失礼しました、続き 0986」: the group goes on from the last one)
    fix = _fix_re().search(norm, 0, start)
    if fix and not _SORRY_RE.fullmatch(fix.group()):  # (失礼 is an apology first)
        return frozenset((CUE_FIX,))
    return frozenset((CUE_SORRY,)) if _SORRY_RE.search(norm, 0, start) else frozenset()


_SORRY_RE = re.compile(r"ごめん|すみません|すいません|すまん|失礼|(?<![a-z])(?:sorry|oops)(?![a-z])")


def _replaces_last(marks: frozenset[str], old: Fragment, new: Fragment) -> bool:
    """Whether a message with ``marks`` whose first group is ``new`` takes back the group ``old``
    before it: after a correction word, a group of about its length; after an apology, only a
    group that nearly repeats it (「7712」「ごめん 7721 やった」)."""
    if old.kind != DIGITS or new.kind != DIGITS or old.value == new.value:
        return False
    if CUE_FIX in marks:
        return abs(len(old.value) - len(new.value)) <= 1
    return CUE_SORRY in marks and _one_digit_off(old.value, new.value)


@functools.lru_cache(maxsize=1)
def _fix_re() -> "re.Pattern[str]":
    return re.compile("|".join(map(re.escape, _clause_words()["correction"])))


# 「全部逆から書きます」「逆順で送るね」「後ろから読んでね」: the sender says the parts to come are in the
# other order. A reversal word alone is no announcement (「後ろから失礼します」, 「逆からの道」).
_REVERSE_ANNOUNCED_RE = re.compile(
    r"(?:逆から|逆順|逆さ(?:ま)?|さかさ(?:ま)?|反対から|後ろから|うしろから|右から)\s?(?:に|で)?\s?"
    r"(?:書|かき|かく|かい|送|おく|読|よん|よむ|よみ|打|うち|うつ|うっ|並べ|ならべ|並ん|言|いい|いう|伝え|入力)"
    r"|(?<![a-z])(?:in reverse|backwards?|reversed)(?![a-z])")


_LINE_REFUSED_RE = re.compile(
    r"(?:(?<![a-z])line(?![a-z])|(?<![ァ-ヺー])ライン|らいん)(?:は|も|を)?\s?(?:(?:やって|使って|入れて|登録して|して)い?(?:ない|ません)"
    r"|(?:禁止|ng|ダメ|だめ|無理|できません|できない|お断り))"
    # "I can't share LINE", "we're not allowed to exchange LINE or phone": English puts the refusal first
    r"|(?<![a-z])(?:can't|can’t|cannot|can not|won't|won’t|don't|don’t|do not|not allowed to|unable to)\s"
    r"(?:(?:really|give out|hand out|share|give|use|exchange|swap|add|send)\s?){1,2}(?:my\s|our\s|your\s)?line(?![a-z])")


# Example or dummy data asked for as such (「ダミーを入れて」「テスト用メールは」「e.g.」): its parts are no one's.
_NOT_REAL_RE = re.compile(
    r"ダミー|だみー|練習用|サンプル(?:の|用|データ|として)|架空の|入力例|記入例|例として|(?:例えば|たとえば)[\s、,:：]*(?:[0-9a-z「『\"]|[?？。…]*\s*$)|テスト用|テストアカウント|"
    # 「（例：taro）」「例に『090』」「見本は「080」」: a form's or a guide's example, quoted or labelled
    r"(?:^|[(（\[［【\s、。,])例\s?[:：)）\]］】]|(?<![事実用文条])例(?:に|は|だと)\s?[「『\"]|見本(?:に|は|だと|では|として|[:：])|"
    r"(?:みたいな|のような|という)(?:形式|書式|フォーマット)|"
    r"適当な(?:番号|アドレス)|(?<![a-z])(?:dummy|for example|for instance|placeholder|e\.g\.|(?:fake|sample|example) (?:data|number|address|email|id))(?![a-z])"
    r"|(?<![a-z])(?:e\.g|eg|ex)[.:]\s")


def in_example(chain: Sequence[Trace]) -> bool:
    """One of the sender's last three messages asked for example or dummy data."""
    return any(CUE_EXAMPLE in t.cues for t in chain[-3:])


def not_real(norm: str, labelled: bool = False) -> bool:
    """Whether the parts of a message (normalized text) are example or dummy data; with
    ``labelled``, also a number a label names at its end (「伝票番号をお伝えします。070」「契約番号はCW-03」)
    with no phone cue after the label."""
    if _NOT_REAL_RE.search(norm):
        return True
    if not labelled or not (_CLOSING_DIGITS_RE.search(norm) or _CLOSING_KANJI_RE.search(norm)):
        return False
    end = norm[-40:]
    label = None
    for label in _label_re().finditer(end):
        pass
    for named in _NAMED_NUMBER_RE.finditer(end):  # (「座席番号」「出品ID」「lot」: a label the lexicon lacks)
        if not (named.group("prefix") or "").endswith(_CONTACT_OWNERS) and (label is None or named.end() > label.end()):
            label = named
    return label is not None and not _CUE_RE.search(end, label.end()) and _LABELLED_GROUP_RE.search(end, label.end()) is not None


# 「注文番号は 〇九〇 のですね」: a labelled number in kanji digits is a labelled number too
_CLOSING_KANJI_RE = re.compile(r"[〇零一二三四五六七八九]{2}[^0-9〇零一二三四五六七八九]{0,8}$")
_LABELLED_GROUP_RE = re.compile(r"[0-9]+|[〇零一二三四五六七八九]{2,}")


# A noun compounded with 番号/ID/コード names a number of its own kind (座席番号, 出品ID, 商品コード),
# unless the noun says whose contact it is (電話番号, 携帯番号, ユーザーID; 自宅の番号 is no compound).
_NAMED_NUMBER_RE = regex.compile(
    r"(?P<prefix>[\p{Han}\p{Katakana}ー]{1,6})(?:番号|ナンバー|id|コード|no\.?)(?![a-z])|番号札"
    r"|(?<![a-z])(?:lot|room|seat|batch|chapter|page|item|table|gate|flight|serial|ticket|booking|case|locker)"
    r"(?:\s?(?:no\.?|number|#))?(?![a-z])|(?<![a-z])(?:no|p|pp|vol|ch|ver)\.|#")  # (「No.090」「p.070」)
_CONTACT_OWNERS = ("電話", "でんわ", "デンワ", "携帯", "ケータイ", "連絡先", "連絡", "連絡用", "自宅", "固定", "会社", "事務所",
                   "店", "代表", "直通", "緊急", "私", "自分", "家", "実家", "個人", "仕事", "スマホ", "ショートメール",
                   "ライン", "ユーザー", "ユーザ", "アカウント", "カカオ", "スカイプ", "テレグラム", "インスタ", "ディスコード")


@functools.lru_cache(maxsize=1)
def _label_re() -> "re.Pattern[str]":
    words = sorted(_labels()[0], key=len, reverse=True)
    return re.compile("|".join(rf"(?<![a-z]){re.escape(w)}(?![a-z])" if w.isascii() else re.escape(w) for w in words))


# 「me.comじゃなくて」: the part before it is named only to be ruled out
_NEGATED_RE = re.compile(r"\s?(?:じゃなくて|じゃなく|ではなくて|ではなく|でなく|ではありません|じゃない)")
_LETTERS_ONLY_RE = re.compile(r"[A-Za-zＡ-Ｚａ-ｚ\s]*")
_INTRODUCES_RE = re.compile(r"\s*(?:(?:の|は|が|で|なら|だと|is|address is|account is|id is)\s*)?(?:[:：→\-]\s*)?")


def _ordinary_word(value: str, alone: bool) -> bool:
    """Letters only, as in talk ("station", "home."): no identifier part unless a cue says so. A
    part has a digit or a separator (「taro.」「_1234」); a full stop counts only in a message of
    its own."""
    return _LETTERS_ONLY_RE.fullmatch(value if alone else value.rstrip(".!?！？")) is not None


def _closing_run(original: str, max_chars: int) -> Fragment | None:
    m = _RAW_CLOSING_RE.search(original, max(0, len(original) - max_chars - 8))
    if m is None or not _RAW_DIGIT_RE.search(m.group()):
        return None
    value = m.group()[-max_chars:]
    # (「→ chi」「→ hiro」: an arrow or a colon before the run is spacing, not talk)
    return Fragment(RAW, value, 0, 0, WHOLE if _clean(original[:m.start()]) else None)


# -- numerals: digit groups in any script, joined across messages ---------------------------

_KANJI_DIGITS = "".join(ct.KANJI_DIGITS)  # with the 大字 (「零玖零」「参壱漆捌」): a group read out in formal numerals
MAX_NUMERAL = 16  # digits a numeral keeps: a phone number with its country code, no more
_NUMERAL_SEP = r"[ \t\u3000\-ー〜~/|.・、,()（）の]{0,4}"
_NUMERAL_TAIL = r"[\s\-ー〜~/|,、。.・:：=→!！?？」』)）]*(?:です|だよ|で|ね|よ|と|や|の)?[\s。.!！]*"
# After a numeral the sender's message may still end in a dialect's or a longer sentence end
# (「〇七〇 のですね」「三四六五たい」); only a message already read is searched with it, never the
# cheap test on every message (「いきたい」「暑いですね」 must not open a chain).
_WRITTEN_NUMERAL_TAIL = (r"[\s\-ー〜~/|,、。.・:：=→!！?？」』)）]*(?:のです|です|でした|だった|やった|だよ|で|ね|よ|と|や|の|たい|ばい|じゃ|っす|だべ|だっちゃ)?"
                         r"(?:ね|よ)?[\s。.!！]*")


@functools.lru_cache(maxsize=1)
def _numeral_res() -> tuple["regex.Pattern[str]", "regex.Pattern[str]"]:
    # Number words are read with the phone-word reader's own lexicon ("zero", "ling", 「ぜろ」「キュウ」).
    from .detectors.phone_words import _JA_WORDS, _LATIN_ALT

    kana = ct.kana_alternation(_JA_WORDS)
    # a reading is a word of its own: 「よろしく」 ends in no 「し」「く」
    unit = (rf"(?:[0-9]|(?<![^\P{{Han}}{_KANJI_DIGITS}])[{_KANJI_DIGITS}](?![^\P{{Han}}{_KANJI_DIGITS}])"
            rf"|(?<![a-z])(?:{_LATIN_ALT}){{1,12}}(?![a-z])"
            rf"|(?<![\p{{L}}ー0-9])(?:{kana}){{1,16}}|(?<=[はがもをで])(?:{kana}){{2,16}}|(?<=[はがもをで])(?:[ニゴクシ](?=[0-9])|[にごくし](?=[0-9]{{2}})))")
    # (a one-kana reading in katakana is no particle: 「後はニ403」「59ニ2」「ゴ739」; in hiragana, after a
    # topic and before digits, neither: 「残りはに374」, the normalizer's particle guess at 「残りはにさんななよん」)
    # (a kana glued to a digit is a particle: 「9049にお電話」; a word of two kana or more is a reading
    # still: 「752きゅう」「0きゅう0」)
    longer = ct.kana_alternation([w for w in _JA_WORDS if len(w) > 1])
    # (two words or more glued to a digit are a reading too, up to a sentence end: 「26ごろく。」「1にーぜろです」)
    glued = (rf"(?<=[0-9])(?:(?:{longer})(?:{kana}){{0,15}}|(?:{kana}){{2,16}}|[ニゴクシ](?![ァ-ヺー]))"
             rf"(?:(?![ぁ-ゖァ-ヺ])|(?=です|で(?![ぁ-ゖ])|から|まで|は(?![ぁ-ゖ])))")
    run = rf"\+?{unit}(?:{_NUMERAL_SEP}(?:{unit}|(?<![0-9])(?:{kana}){{1,16}}|{glued})){{0,{MAX_NUMERAL - 1}}}"
    # a number word cut by the end of the message (「ゼロナナゼロ イ」「チ」): its first kana wait
    prefixes = sorted({w[:k] for w in _JA_WORDS for k in range(1, len(w))} - set(_JA_WORDS), key=len, reverse=True)
    pending = rf"(?P<pending>{'|'.join(prefixes)})"
    return (regex.compile(rf"(?<![0-9a-z+])(?:(?P<run>{run})(?:{_NUMERAL_SEP}{pending})?"
                          rf"|(?<![ぁ-ゖァ-ヺー]){pending})(?={_WRITTEN_NUMERAL_TAIL}$)"),
            regex.compile(rf"[\s「『(（:：の、,\-ー]*({run})(?![0-9a-z])"))


def _numeral_value(run: str) -> str:
    """"+81 80-12" -> "+81 80 12"; "zero eight zero" -> "0 8 0"; 「ぜろきゅーぜろ」 -> "090"."""
    from .detectors.phone_words import _JAPANESE, _digits

    groups: list[str] = [""]
    for m in _JAPANESE.token.finditer(run):
        kind = m.lastgroup
        if kind == "latin":  # a word is a group of its own: "zero eight" -> "0 8"
            groups += [_digits(_JAPANESE, kind, m.group()), ""]
        elif kind == "sep":
            groups.append("")
        else:
            groups[-1] += _digits(_JAPANESE, kind, m.group())
    value = " ".join(g for g in groups if g)
    return ("+" + value) if run.startswith("+") and value else value


def closing_numeral(view: NormalizedText, pending: str = "") -> Fragment | None:
    """The digit groups that close a message, read to ASCII, and the first kana of a number word
    cut by its end (``"070 ~イ"``); ``None`` when there are none or when they are an amount, a
    date, a quantity or a labelled number (注文番号 12345). ``pending``: what the sender's last
    message left cut (「ぜ」 then 「ろろく…」)."""
    norm = pending + view.text
    lo = max(0, len(norm) - 4 * MAX_NUMERAL - 24)
    m = _numeral_res()[0].search(norm, lo)
    if m is None:
        return None
    for g in _GROUP_RE.finditer(norm, m.start(), m.end()):
        if _not_a_part(norm, g.start(), g.end()) or _in_amount_or_date(norm, g.start(), g.end()):
            return None
    value = _numeral_value(m.group("run")) if m.group("run") else ""
    if len(value.replace(" ", "")) > MAX_NUMERAL:
        return None
    if m.group("pending"):
        value = f"{value} ~{m.group('pending')}".lstrip()
    alone = _clean(norm[:m.start()]) or _role_only(norm[:m.start()]) or _taken_back(norm[:m.start()])
    role = _position(norm, m.start())  # a clause naming the position links the numeral by itself
    return Fragment(NUMERAL, value, 0, 0, role or (WHOLE if alone else None)) if value else None


def _taken_back(gap: str) -> bool:
    """「三四五六…じゃなか、」 before the numeral: a group the message takes back, so the numeral is alone."""
    group = _TAKEN_BACK_GROUP_RE.match(gap)
    return group is not None and _clause_res()[1].fullmatch(gap, group.end()) is not None


_TAKEN_BACK_GROUP_RE = re.compile(r"\s*(?:[0-9]{2,5}|[〇零一二三四五六七八九]{2,5})")


def _position(norm: str, start: int) -> str | None:
    """The position a clause gives the numeral after it (「はじめ3けた」「つぎ」「さいご」)."""
    gap = norm[max(0, start - 24):start]
    return next((role for role, pattern in _ROLES if role in (FIRST, MIDDLE, LAST) and pattern.search(gap)), None)


def pending_reading(chain: Sequence[Trace]) -> str:
    """The first kana of a number word the sender's last message ended in, if any."""
    numeral = next((f for f in chain[-1].tail if f.kind == NUMERAL), None) if chain else None
    return numeral.value.rpartition("~")[2] if numeral is not None and "~" in numeral.value else ""


def _kana_numeral_end(text: str) -> bool:
    """Cheap test on the raw message: it ends in number words read aloud (「…ぜろきゅーぜろ」, in
    half-width kana too: 「ｾﾞﾛﾊﾁｾﾞﾛ」, which the reader folds like every other width)."""
    hint, full = _kana_end_re()
    if _HALF_KANA_RE.search(text, max(0, len(text) - 32)):
        text = unicodedata.normalize("NFKC", text[-64:])  # (a yes/no answer: only the end is read)
    return hint.search(text, max(0, len(text) - 16)) is not None and full.search(text, max(0, len(text) - 48)) is not None


_HALF_KANA_RE = re.compile("[\uff66-\uff9f]")


@functools.lru_cache(maxsize=1)
def _kana_end_re() -> tuple["re.Pattern[str]", "regex.Pattern[str]"]:
    from .detectors.phone_words import _JA_WORDS

    word = ct.kana_alternation(_JA_WORDS)
    prefix = "|".join(sorted({w[:k] for w in _JA_WORDS for k in range(1, len(w))}, key=len, reverse=True))
    sep = r"[\s、ー・\-]?"
    # (the kana number words are made of: most messages end in none of them, and are not searched)
    chars = "".join(sorted(set("".join(_JA_WORDS))))
    hint = re.compile(rf"(?:[{chars}]{{2}}|(?<![ぁ-ゖァ-ヺー])[{chars}]){_NUMERAL_TAIL}$")
    return hint, regex.compile(rf"(?:(?:{word})(?:{sep}(?:{word}))+(?:{sep}(?:{prefix}))?"
                               rf"|(?<![ぁ-ゖァ-ヺー])(?:{word})?{sep}(?:{prefix})){_NUMERAL_TAIL}$", regex.REVERSE)


def join_numerals(chain: Sequence[Trace], view: NormalizedText) -> Joined | None:
    """A phone number that the closing numerals of the sender's last messages make with the
    numeral opening this message (「0 8 0  3 5 2 5」「7 5 0 3」, 「ぜろななぜろ」「ごよんいち…」).
    Each side gives whole groups; the joined digits are validated by the phone detector."""
    earlier: list[str] = []
    positions: list[tuple[str, str]] = []  # (role, digits) of numerals a clause names by position
    fixed = None  # (marks, group) of a later message that may take back this one's last group
    for t in reversed(chain[-4:]):
        numeral = next((f for f in t.tail if f.kind == NUMERAL), None)
        if numeral is None:
            break
        # (a reading cut at its end was completed by the message after it)
        groups = [g for g in numeral.value.split(" ") if not g.startswith("~")]
        if fixed is not None and groups and _replaces_last(fixed[0], Fragment(DIGITS, groups[-1], 0, 0), fixed[1]):
            groups.pop()  # 「5521の」「あ、ちがう5512」: the group taken back is no part
        fixed = (t.cues, Fragment(DIGITS, groups[0], 0, 0)) if t.cues & {CUE_FIX, CUE_SORRY} and len(groups) == 1 else None
        earlier[:0] = groups
        if numeral.role in (FIRST, MIDDLE, LAST):
            positions.insert(0, (numeral.role, "".join(groups)))
        elif numeral.role != WHOLE:
            break
    pending = pending_reading(chain)
    if not earlier and not pending:
        return None
    norm = pending + view.text
    m = _numeral_res()[1].match(norm)
    if m is None:
        m = _numeral_res()[1].match(norm, _role_prefix(norm))
    if m is None or any(_not_a_part(norm, g.start(), g.end()) or _in_amount_or_date(norm, g.start(), g.end())
                        for g in _GROUP_RE.finditer(norm, m.start(1), m.end(1))):
        return None  # 「5678個」「0315納品」: a quantity or a date, no part
    opening = _numeral_value(m.group(1)).split(" ")
    back = _clause_res()[1].match(norm, m.end(1))
    if back and earlier and opening == earlier[-1:] and (after := _numeral_res()[1].match(norm, back.end())):
        earlier.pop()  # 「5521の」「5521じゃなくて5512」: the group taken back, and the one it repeats
        m, opening = after, _numeral_value(after.group(1)).split(" ")
    if earlier and _replaces_last(_opening_marks(norm, m.start(1)), Fragment(DIGITS, earlier[-1], 0, 0),
                                  Fragment(DIGITS, opening[0], 0, 0)):
        earlier.pop()  # 「5521の」「あ、ちがう5512」: it takes back the group before it
    role = _position(norm, m.start(1))
    if positions and role:  # 「さいご ごーきゅーはちなな」 after 「はじめ…」「つぎ…」: in the order named
        named = positions + [(role, "".join(opening))]
        order = {FIRST: 0, MIDDLE: 1, LAST: 2}
        value = _phone_of("".join(d for _, d in sorted(named, key=lambda p: order[p[0]])))
        if value:
            start, end = max(0, m.start(1) - len(pending)), m.end(1) - len(pending)
            return Joined(PHONE, value, start, max(end, start + 1), len(named), True)
    while len("".join(earlier)) > MAX_NUMERAL:  # no number is longer: the oldest groups are no part
        earlier.pop(0)
    for i in range(len(earlier) or 1):  # the longest join first: more of memory, then more of this message
        for k in range(len(opening), 0, -1):
            value = _phone_of("".join(earlier[i:]) + "".join(opening[:k]))
            if value:  # (reported on the whole opening run: its groups need not be words' ends)
                start, end = max(0, m.start(1) - len(pending)), m.end(1) - len(pending)
                return Joined(PHONE, value, start, max(end, start + 1), len(earlier) - i + k, True)
    return None


_ROLE_BREAK_RE = regex.compile(r"\s+|(?<=[はがも:：→。、])|(?<=[^\s0-9])(?=[0-9])")  # (「最後0376」: a clause typed onto its digits)


def _role_prefix(norm: str, clause_words: bool = True) -> int:
    """Where a numeral begins after a clause that names its position (「さいご 」), says it continues
    the last one (「続き→」) or answers the other side with a cue (「はい携帯です。」), else 0. With
    ``clause_words``, also after words that only hand the next group over (「ほんで」「あ、ちがう」)."""
    announced = _REST_ANNOUNCED_RE.match(norm)  # 「あとはいつもの4桁です。7418」: the place, and the group's size
    if announced and _numeral_res()[1].match(norm, announced.end()):
        return announced.end()
    for m in _ROLE_BREAK_RE.finditer(norm[:24]):
        prefix = norm[:m.end()]
        if _role_only(prefix) and (_position(norm, m.end()) or _CONTINUES_RE.search(prefix)
                                   or _APOLOGY_RE.match(prefix).end() and _CUE_RE.search(prefix)
                                   or clause_words and _clause_res()[0].fullmatch(prefix)
                                   and _numeral_res()[1].match(norm, m.end())):
            # (「ほんで 3318」「あ、ちがう5512」: clause words only, right before the numeral)
            return m.end()
    return 0


def _phone_of(digits: str) -> str | None:
    if digits.startswith("+"):
        return _intl_value(digits) if digits.count("+") == 1 else None
    return _phone_value(digits) if "+" not in digits else None


@functools.lru_cache(maxsize=4096)
def _intl_value(number: str) -> str | None:
    return _whole_phone(number) if 9 <= len(number) <= MAX_NUMERAL else None


_LINE_CUE_TEXT = "LINE ID: "
_PHONE_CUE_TEXT = "TEL: "
_ARROW_RE = re.compile(r"[\s→⇒➡>:：]*")
# Read on a cue we gave, an ID must look like one: letters and a digit or a separator, not a
# word in progress (「mi」「zu」: "mizu" would block the message that is still to be completed).
_LINE_SHAPE_RE = re.compile("(?=.*[a-z])[a-z0-9]*[0-9._-]")


# 「priya.n.jp」「at gmail」, 「sam.lee」「it's a gmail」: a word that opens the message is no
# letter of the part before it
_LABEL_OPENING_RE = re.compile(r"\s*[A-Za-zＡ-Ｚａ-ｚ]{2,10}\s?[:：](?=\s|[^\x00-\x7f])")
# "…the rule here." then "Let's meet at Gate 3": a word and its full stop, then a capitalised word
# of talk, are two sentences (LINE IDs have no capitals; an address part rarely opens with one)
_WORD_STOP_RE = re.compile(r"(?<![A-Za-z0-9._\-])[A-Za-z][a-z]+[.!?]$")
_SENTENCE_OPENING_RE = re.compile(r"[A-Z][a-z]+(?:['’][a-z]{1,2})?(?=[\s,!?]|$)")
def _new_sentence(last: Trace, text: str) -> bool:
    """Whether ``text`` opens a new English sentence after the word and full stop the last message
    closed with: no letters of one ID or address."""
    raw = next((f for f in last.tail if f.kind == RAW), None)
    return raw is not None and _WORD_STOP_RE.search(raw.value) is not None \
        and _SENTENCE_OPENING_RE.match(text.lstrip()) is not None


_WORD_SYMBOL_RE = re.compile(r"(?i:at|dot|it|it's|its|is|my|the|and|i|you|ok|so|but|that|this|a)(?=[\s(’'])")


def rejoin(chain: Sequence[Trace], text: str, find, window: int) -> list[tuple[int, int, object]]:
    """Findings of the closing runs of the last messages joined to the opening of ``text``, read
    by the detectors themselves (``find(joined) -> findings``): an identifier cut anywhere
    (「…に k.hashimoto★exa」「mple.jp（★を@に変えて）」). Returns ``(start, end, finding)`` with the
    span clipped to ``text``, for findings that begin in memory and end in ``text``."""
    runs: list[str] = []
    for t in reversed(chain):
        raw = next((f for f in t.tail if f.kind == RAW), None)
        if raw is None:
            break
        runs.append(raw.value)
        if raw.role != WHOLE:
            break
    lead = _ARROW_RE.match(text).end()  # 「→ .99」: the arrow only points at the part
    lead = lead if text[:lead].strip() else 0  # (plain spacing may be the address's own: 「 at」)
    if not runs or not _RAW_OPENING_RE.match(text, lead) or _LABEL_OPENING_RE.match(text, lead) \
            or _SORRY_RE.match(text.lower(), lead) \
            or _WORD_STOP_RE.search(runs[0]) and _SENTENCE_OPENING_RE.match(text, lead):
        # (「FYI: ピリオド2つあります」: a label opens a note, it goes on no part; "…here." "Let's": a new
        # sentence; "sorry, typo: …": an apology opens one)
        return []
    # A LINE or ID cue earlier in the chain (「ID→ natsu」「mikan08」) is what lets the LINE ID
    # detector read the joined run: it is given the cue, not the message that held it.
    cue = _LINE_CUE_TEXT if any(t.cues & {CUE_LINE, CUE_ID} for t in chain) else ""
    if not cue and any(CUE_PHONE in t.cues for t in chain[-2:]):
        cue = _PHONE_CUE_TEXT  # 「call me at (646)」「318-7752」: a number the detector reads only after a cue
    host = next((f.value for t in reversed(chain) for f in t.tail if f.kind == DOMAIN and f.role == HOST), None)
    if not cue and host in _provider_names():  # 「Gmailのko」「ji_」「99が…」: the provider, as named
        cue = _provider_names()[host] + "の"
    earlier = cue + "".join(reversed(runs))
    if _WORD_SYMBOL_RE.match(text, lead) and earlier[-1:].isalnum():
        earlier += " "  # 「priya.n.jp」「at gmail」: the word "at" opens the message, it is no letter of the part
    boundary = len(earlier)
    head = text[lead:lead + 2 * window]
    # Cut mid-message, the head loses what follows it (「…5678個」: a unit that rules a number out).
    limit = len(head) if lead + len(head) == len(text) else len(head) - 16
    out = []
    for f in find(earlier + head):
        if len(cue) <= f.start < boundary < f.end <= boundary + limit and (
                f.category != LINE_ID or _LINE_SHAPE_RE.search(f.value)) and not (
                f.category == EMAIL and (f.value.partition("@")[0].endswith((".", "_", "-"))  # 「koji_」: goes on
                                         or _email_value(f.value) is None)) and not (
                f.category == LINE_ID and text[lead:lead + f.end - boundary].isdigit()
                and _UNIT_RE.match(text, lead + f.end - boundary)) \
                and not _NEGATED_RE.match(text, lead + f.end - boundary):
            # (「hiro_bike5」「5時じゃなくて8時で」: a time; 「mika_photo22」「photoじゃなくてvideoを」: a word ruled out)
            out.append((lead, lead + f.end - boundary, f))
    return out


def _cue_windows(norm: str, fragments: Sequence[Fragment]) -> list[tuple[int, int]]:
    """Where cues are looked for: all of a short message; in a long one its two ends (what joins
    across messages) and the clauses around each part, so the cost stays linear and small."""
    if len(norm) <= 2 * _CUE_SPAN:
        return [(0, len(norm))]
    spans = sorted([(0, _CUE_SPAN), (len(norm) - _CUE_SPAN, len(norm))]
                   + [(max(0, f.start - 48), min(len(norm), f.end + 48)) for f in fragments])
    merged = [spans[0]]
    for start, end in spans[1:]:
        if start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


def _read_out_no(left: Fragment, right: Fragment, norm: str) -> bool:
    """「62の4418」「531の2276」: a number read out as Japanese does, its groups joined by の."""
    return left.kind == DIGITS and right.kind == DIGITS and 2 <= len(left.value) <= 4 \
        and len(right.value) == 4 and _NO_GAP_RE.fullmatch(norm, left.end, right.start) is not None


_NO_GAP_RE = re.compile(r"\s?の\s?")


def _clean(gap: str) -> bool:
    return _CLEAN_RE.fullmatch(gap) is not None


# What may open a message before its part besides a cue and a role: an apology (「すみません、最後は
# 5678です」), a yes to the other side's question (「携帯ですか？」「はい携帯です。6604-2219」), or
# words that say the part continues the last one (「続き→784」「さらに続き→2061」).
_APOLOGY_RE = re.compile(r"^\s*(?:(?:すみません|すいません|ごめんなさい|ごめん|失礼しました|失礼|えっと|えーと|"
                         r"はい|ええ|うん|そうです|sorry|oops|yes|yeah|yep|(?:それ|そん)?で(?=[、,])|そして)[、,。.!！\s]*)?"
                         r"(?:(?:さらに|で、?)?(?:さっきの|先ほどの|前の|その)?(?:(?:id|番号|電話|アドレス|メアド)の)?"
                         r"[(（【\[]?(?:続き|つづき)[)）】\]]?(?:は|が|です)?\s?[→:：]?\s*)?")


# 「いつもの4桁」「うちの4桁」: the group the other side knows, named as such before it is read out
_USUAL = r"(?:(?:うち|いつも|例|普段|ふだん)の\s?)"
_USUAL_RE = re.compile(rf"(?<=[はの]){_USUAL}+(?=[0-9一二三四]\s?(?:桁|けた|ケタ))")


def _role_only(gap: str) -> bool:
    """A message that opens with a cue and a role only (「電話は」「最後は」「IDは」) still opens with its part."""
    if len(gap) > 24:
        return False
    gap = _USUAL_RE.sub("", gap)  # (「あとはいつもの4桁です。なな・よん…」: the usual group, read out)
    if _clause_res()[0].fullmatch(gap):
        return True  # 「ほんで3318」「で、最後0376」「あ、ちがう5512」「and 1175」: clause words, particles, positions
    rest = _APOLOGY_RE.sub("", gap, count=1)  # (「すみません、最後は5678です」)
    for _, pattern in _ROLES:  # (a role before the cues: 「domain is」 names the part, 「domain」 alone is a cue)
        rest = pattern.sub("", rest)
    rest = _CUE_RE.sub("", rest)
    for _, pattern in _ROLES:
        rest = pattern.sub("", rest)
    return len(rest) <= 3 and _CLEAN_RE.fullmatch(
        rest.replace("の", "").replace("は", "").replace("が", "").replace("に", "")) is not None


def _fragments(norm: str) -> list[Fragment]:
    kanji = _KANJI_ONLY_RE.fullmatch(norm)
    if kanji:  # 「〇九〇」: too short for the normalizer to read as digits, but alone it is one
        return [Fragment(DIGITS, kanji.group(1).translate(_KANJI), kanji.start(1), kanji.end(1))]
    if norm.strip() == "_":  # 「riku」「_」「0505」: the symbol in a message of its own
        return [Fragment(SEP, "_", norm.index("_"), norm.index("_") + 1)]
    if norm.strip() == ".":  # 「yuki」「.」「kaisou_77」 (marked: a typed dot, not the word ドット)
        return [Fragment(SEP, ".", norm.index("."), norm.index(".") + 1, SPELLED)]
    spaced = _letter_spaced(norm)
    if spaced is not None and _SPACED_PART_RE.fullmatch(spaced):
        # 「k a e d e」「_ 2 2」: one part typed a character at a time (digits alone are numerals)
        start, end = len(norm) - len(norm.lstrip()), len(norm.rstrip())
        return [Fragment(f.kind, f.value, start, end, SPELLED) for f in _classify(spaced, spaced, 0)][:1]
    found: list[Fragment] = []
    for m in _SPELLED_RE.finditer(norm):
        if not _NAMES_A_SIDE_RE.match(norm, m.end()):
            found.append(Fragment(SEP, _SPELLED_VALUE[m.group()], m.start(), m.end()))
    providers = _providers()
    if providers[1].search(norm):
        for m in providers[1].finditer(norm):
            domain, end = providers[0][m.group()], m.end()
            apart = TLD_APART_RE.match(norm, end)
            if apart is not None:  # 「アウトルックの .jp」: its other domain
                domain, end = f"{domain.split('.')[0]}.{apart.group('tld')}", apart.end()
            found.append(Fragment(DOMAIN, domain, m.start(), end))
    for m in _RUN_RE.finditer(norm):  # (every run: a long listing costs linear time, and hides nothing)
        if m.group()[0].isdigit() and _in_amount_or_date(norm, m.start(), m.end()):
            continue
        found.extend(_classify(norm, m.group(), m.start()))
    readings = _named_readings(norm, found)
    if readings:  # (「次がsix six one two」「ななごー29」: the words and digits are the group, not parts of their own)
        found = [f for f in found if f.kind not in (WORD, DIGITS) or not any(r.start < f.end and f.start < r.end for r in readings)]
        found += readings
    found.sort(key=lambda f: f.start)
    return _letter_by_letter(norm, _digit_by_digit(norm, found))


# 「アウトルックの .jp のやつ」: a provider's other top-level domain, said apart from its name
TLD_APART_RE = regex.compile(r"\s?(?:の|は|で|、|,)?\s?\.(?P<tld>co\.jp|ne\.jp|jp|com|net)(?![a-z0-9.\-])")


# 「つぎ は 3 7 6 1」「2・8・1・5」: a group typed a digit at a time, one spacing mark between digits
_ONE_MARK = frozenset(" -・")  # (not "."; 「v0.9.0」 is a version)


def _digit_by_digit(norm: str, found: list[Fragment]) -> list[Fragment]:
    out: list[Fragment] = []
    i = 0
    while i < len(found):
        j = i
        while j + 1 < len(found) and found[j].kind == DIGITS and found[j + 1].kind == DIGITS \
                and len(found[j].value) == 1 and len(found[j + 1].value) == 1 \
                and found[j + 1].start - found[j].end == 1 and norm[found[j].end] in _ONE_MARK:
            j += 1
        if j - i >= 2 or j - i == 1 and found[i].value == "0":  # (two are a score, unless a trunk 0: 「0 6」)
            out.append(Fragment(DIGITS, "".join(f.value for f in found[i:j + 1]), found[i].start, found[j].end))
        else:
            out.extend(found[i:j + 1])
        i = j + 1
    return out


# 「t、a、k、u」「b・i・k・e」「y・a・_・t・o」「IDが K O U」: an ID spelled a character at a time with
# commas, middle dots or spaces between (three characters at least, a letter among them)
# (the normalizer writes 「７・７」 as "7-7": a dash between two digits there is the dot it was)
_LETTER_BY_LETTER_RE = skipping(re.compile(r"(?<![a-z0-9_.\-])[a-z0-9_.\-](?:(?:\s?[、,・]\s?|[ \u3000]|(?<=[0-9])-(?=[0-9]))[a-z0-9_.\-]){2,}"
                                  r"(?![a-z0-9_.\-])"))
_ONE_CHAR_GAP_RE = re.compile(r"[\s、,・]+|(?<=[0-9])-(?=[0-9])")


def _letter_by_letter(norm: str, found: list[Fragment]) -> list[Fragment]:
    """The parts of ``found`` with each run spelled a character at a time made one part
    (「A、Bのどちらか」: two are a choice; 「1 2 3」: digits alone are a number's, read elsewhere)."""
    if "、" not in norm and "・" not in norm and "," not in norm and " " not in norm and "\u3000" not in norm:
        return found
    spans: list[tuple[int, int]] = []
    parts: list[Fragment] = []
    for m in _LETTER_BY_LETTER_RE.finditer(norm):
        run = _ONE_CHAR_GAP_RE.sub("", m.group())
        if any(c.isalpha() for c in run):
            spans.append((m.start(), m.end()))
            parts += [Fragment(f.kind, f.value, m.start(), m.end(), SPELLED) for f in _classify(run, run, 0)][:1]
    if not spans:
        return found
    kept, k = [], 0  # (one pass: both lists are in order of position)
    for f in found:
        while k < len(spans) and spans[k][1] <= f.start:
            k += 1
        if k == len(spans) or f.end <= spans[k][0]:
            kept.append(f)
    return sorted(kept + parts, key=lambda f: f.start)


# A group a clause names by its place, written in number words (「最初は〇九〇」「真ん中がいちにさんよん」
# 「頭はれいきゅうれい」): read as its digits. Only there: a reading elsewhere is talk more often than not.
_ROLE_HEAD_RE = regex.compile(rf"(?:{_FIRST_WORDS}|{_MIDDLE_WORDS}|{_LAST_WORDS}){_ROLE_HANDS_OVER}")
_READING_GATE_RE = re.compile(f"[{''.join(ct.KANJI_DIGITS)}ぁ-ゖァ-ヺ]")
# a reading ends where a word does: 「ななはちです」, not 「さんにんで」 (「さんに」 and a kana after it)
# (「〇六は四五四〇で」「零壱壱から始まって」: the first group read out, named as the topic or the start)
_READING_END_RE = regex.compile(r"(?![ぁ-ゖァ-ヺー])|(?:です|でした|だよ|で|と|ね|よ|は|から|まで)")


def _named_readings(norm: str, found: Sequence[Fragment]) -> list[Fragment]:
    if not _READING_GATE_RE.search(norm):
        return []
    taken = [(f.start, f.end) for f in found if f.kind == DIGITS]
    typed = set(taken)  # (a reading may take in the digits typed among its words: 「ななごー29」)
    out: list[Fragment] = []
    # after a position word; or anywhere, a reading that opens with a word for zero and holds the
    # three digits or more of a number's first group (「ゼロ・ハチ・ゼロ」「ぜろきゅうぜろ＋…」)
    # and after a group and the words that hand the next one over (「070で、えっと、ななごー29で、それから…」
    # 「一二と三四」): each group read opens the search for the one after it
    heads = sorted([(m.end(), 2) for m in _ROLE_HEAD_RE.finditer(norm)] + [(m.start(), 3) for m in _ZERO_WORD_RE.finditer(norm)]
                   + [(at, 2) for _start, end in taken if (at := _handed_over(norm, end))], reverse=True)
    while heads:
        at, least = heads.pop()
        # (a zero word was found as a word of its own: read from it as if it opened the text, so
        # that 「携帯はゼロ・ハチ・ゼロ」 is read after its particle)
        # (and after a position word glued to a zero word: 「その後ゼロ」)
        # (a position word's group read from its first word as if it opened the text, when that word
        # is a zero word or one of two kana or more: 「その後ゼロ」「中はきゅう1はちよん」「先頭はまる6」)
        # (or a kanji digit, or a one-kana katakana reading, after the words that hand it over:
        # 「その後七18」「その後壱97」「それからゴ739」)
        shift = at if least != 2 or _LONE_ZERO_RE.match(norm, at) or _longer_word_re().match(norm, at) \
            or norm[at:at + 1] and norm[at] in _KANJI_DIGITS + "ニゴクシ" else 0
        text, pos = (norm[at:at + 64], 0) if shift else (norm, at)
        run = _numeral_res()[1].match(text, pos)
        said = run.group(1) if run is not None else ""
        if len(said) > 2 and said[-1] in "にしくご" and said[-2] in " 、" and norm[run.end(1) + shift:][:1].isalpha():
            # 「三四三五 に電話してね」: a one-kana word set off from the group and glued to the next word is its particle
            run = _numeral_res()[1].match(text, pos, run.start(1) + len(said) - 2)
        if run is not None and not _READING_END_RE.match(norm, run.end(1) + shift):
            # 「中は8いち66、3つ目は…」: the run went on into the next clause; it ends at its last comma
            cut = max(run.group(1).rfind(c) for c in "、, /|")
            run = _numeral_res()[1].match(text, pos, run.start(1) + cut) if cut > 0 else None
        if run is None or not _READING_END_RE.match(norm, run.end(1) + shift) \
                or run.group(1).isascii() and not _ASCII_LETTER_RE.search(run.group(1)):
            continue  # (digits typed as such are parts already; "six six one two" is not)
        value = _numeral_value(run.group(1)).replace(" ", "")
        start, end = run.start(1) + shift, run.end(1) + shift
        glued = _SPACED_DIGIT_RE.search(run.group(1)) is None
        if (least <= len(value) or least == 2 and _LONE_ZERO_RE.fullmatch(run.group(1))
                or least == 3 and len(value) == 2 and value[1] != "0" and _handed_over(norm, end)) and len(value) <= 8 \
                and value.isdigit() and (least == 2 or value[0] == "0") \
                and not any(s < end and start < e and not ((s, e) in typed and (start < s or glued) and e <= end)
                            for s, e in taken):  # (typed digits taken in after words, or with words glued
            # to them: 「ななごー29」「12さんよん」, not 「001 に電話」)
            out.append(Fragment(DIGITS, value, start, end))
            taken.append((start, end))
            link = _handed_over(norm, end)
            if link:
                heads.append((link, 2))  # (pushed last: the next one read)
    return out + _prepended(norm, out)


def _prepended(norm: str, readings: Sequence[Fragment]) -> list[Fragment]:
    """「九〇の前にゼロ」「90の頭に0」: a zero said to go before a group; the group is read with it."""
    # (the pattern's fixed words, tested first: its group alternation is tried at every place)
    if not any(w in norm for w in ("の前に", "のまえに", "の頭に", "のあたまに", "の先頭に")):
        return []
    out = []
    for m in _prepended_re().finditer(norm):
        group = m.group("group")
        value = "0" + (group if group.isdigit() and group.isascii() else _numeral_value(group).replace(" ", ""))
        start, end = m.start("group"), m.end()
        if 2 <= len(value) <= 5 and value.isdigit() and not any(r.start < end and start < r.end for r in readings):
            out.append(Fragment(DIGITS, value, start, end))
    return out


@functools.lru_cache(maxsize=1)
def _prepended_re() -> "regex.Pattern[str]":
    from .detectors.phone_words import _JA_WORDS

    kana = ct.kana_alternation(_JA_WORDS)
    return regex.compile(rf"(?<![0-9a-z])(?P<group>[0-9]{{1,4}}|[{_KANJI_DIGITS}]{{1,4}}|(?:{kana}){{1,4}})"
                         r"の(?:前|まえ|頭|あたま|先頭)に(?:ゼロ|ぜろ|0|まる|マル|れい|レイ|〇|零)"
                         r"(?:を?(?:つけ|付け|足し|たし|入れ|いれ)(?:て|る)?)?")


_SPACED_DIGIT_RE = re.compile(r"[0-9][\s、,・\-/|.]")
# 「その後ゼロ」: a group of one digit named by its place is a zero word (a typed one is a part anyway);
# another word alone there is talk (「最後にご連絡」「最初はに」)
_LONE_ZERO_RE = re.compile("ゼロ|ぜろ|れい|レイ|〇|零")


@functools.lru_cache(maxsize=1)
def _longer_word_re() -> "re.Pattern[str]":
    from .detectors.phone_words import _JA_WORDS

    return re.compile(ct.kana_alternation([w for w in _JA_WORDS if len(w) > 1]))


def _handed_over(norm: str, end: int) -> int:
    """Where the next group may begin after a group that ends at ``end``: past the words of a clause
    gap (no particle that is also a reading: に, な, よ, や), if there are any; else 0."""
    m = _clause_res()[4].match(norm, end)
    return m.end() if m and not m.group().isspace() and m.end() < len(norm) else 0


_ZERO_WORD_RE = regex.compile(r"(?:(?<![ぁ-ゖァ-ヺー\p{Han}])|(?<=[はがもをでに]|なら))(?:ゼロ|ぜろ|まる|マル|れい|レイ|おー|オー|おう|オウ|れー|レー|〇|零)"
                               # (the trunk 0 typed, the rest read out: 「0肆伍で、…」「0きゅう0の…」)
                               rf"|(?<![0-9a-z.,:+\-])0(?=[0-9]{{0,3}}(?:[{_KANJI_DIGITS}ァ-ヺ]|(?!で|です|から)[ぁ-ゖ][ぁ-ゖー]))"
                               r"|(?<![a-z'])(?:zero|oh|o)(?= ?(?:zero|oh|o|one|two|three|four|five|six|seven|eight|nine)(?![a-z]))")
# (おー, れー as the trunk 0: the normalizer writes 「おー」 as 「おう」)


_LINE_CONTINUED_RE = re.compile(r"\.[0-9]{2,}")
_BROKEN_AFTER_PART_RE = re.compile(r"[a-z0-9][ \t]*\n\s*$")
_SPACED_PART_RE = re.compile(r"(?=.*[a-z_.\-@])[a-z0-9_.\-@]{3,40}")


def _in_amount_or_date(norm: str, start: int, end: int) -> bool:
    lo, hi = max(0, start - 12), min(len(norm), end + 12)
    return any(s < end and start < e for pattern in (_AMOUNT_RE, _DATE_TIME_RE)
               for s, e in (m.span() for m in pattern.finditer(norm, lo, hi)))


_PLUS_JOINS_RE = regex.compile(r"[)）」』\]\p{Han}\p{Hiragana}\p{Katakana}ー]")
_QUOTES_OPEN, _QUOTES_CLOSE = ("「", "『", '"'), ("」", "』", '"')


def _classify(norm: str, run: str, offset: int) -> Iterator[Fragment]:
    if run in (".", "_", "-"):
        # 「taro . yamada」, not the full stop of a Japanese sentence; quoted on its own, a part named
        # among the others (「「sora」と「_」と「1122」」)
        if _ASCII_GATE_RE.fullmatch(norm[:offset].rstrip()[-1:] or "。") or \
                _ASCII_GATE_RE.fullmatch(norm[offset + 1:].lstrip()[:1] or "。") or \
                norm[offset - 1:offset] in _QUOTES_OPEN and norm[offset + 1:offset + 2] in _QUOTES_CLOSE:
            yield Fragment(SEP, run, offset, offset + 1)
        return
    if run[0] == "+" and run[1:].isdigit() and _PLUS_JOINS_RE.match(norm[offset - 1:offset]):
        # 「(1107)+5529」「いつもの+3141」: a plus after a bracket or a word adds a group, it is no
        # country code (that one opens the number: 「+81 …」「TEL:+81…」)
        run, offset = run[1:], offset + 1
    if _DIGIT_RUN_RE.fullmatch(run):
        if _LINE_CONTINUED_RE.fullmatch(run) and _BROKEN_AFTER_PART_RE.search(norm, max(0, offset - 8), offset):
            # 「hina.pon」 then 「.0505」 on the next line: the dot goes on from the part above
            yield Fragment(WORD, run, offset, offset + len(run))
            return
        for g in _GROUP_RE.finditer(run):
            start, end = offset + g.start(), offset + g.end()
            if not _not_a_part(norm, start, end):
                yield Fragment(DIGITS, g.group(), start, end)
        return
    body = run.strip(".-") if "@" not in run else run.rstrip(".-")
    if run[0] in ".-" and run[1:2].isalnum() and "@" not in run and (
            not norm[:offset].strip() or norm[offset - 1].isspace() and _CUE_RE.fullmatch(norm[:offset].strip())
            or offset <= 24 and _APOLOGY_RE.match(norm, 0, offset).end() == offset):
        # 「続けて .fisher」「.photo」: a message that opens with the symbol goes on from the last part;
        # so does one that only answers the other side first (「ハイフン？」「うん、-gear」)
        body = run[0] + body
    if not body or _CUE_RE.fullmatch(body) or body in _CLAUSE_WORDS:  # 「line」「id」「tel」 are cues, not parts
        return
    start = offset + run.index(body)
    end = start + len(body)
    # A local part keeps its trailing dot or underscore: 「taro.」 then 「yamada@gmail.com」.
    if run.endswith(".") and "@" not in run and not _is_domain(body):
        body, end = body + ".", end + 1
    if len(body) > MAX_FRAGMENT:
        return
    if body in ("at", "dot") and not norm[:start].strip() and (norm[end:end + 1] == " " or not norm[end:].strip()):
        # 「priya.n.jp」「at gmail」: a message that opens with the word is the symbol between parts
        yield Fragment(SEP, "@" if body == "at" else ".", start, end)
    elif body == "@":
        if norm.startswith("マーク", end):  # 「@マーク」: the symbol's name
            end += 3
        if not _NAMES_A_SIDE_RE.match(norm, end):
            yield Fragment(SEP, "@", start, end)
    elif body.startswith("@"):
        if _is_domain(body[1:]):
            yield Fragment(AT_DOMAIN, body, start, end)
        elif _OFFICIAL_RE.fullmatch(body):  # 「@572」「kxqtb で検索」: a LINE official account's ID, begun
            yield Fragment(WORD, body, start, end)
    elif body.endswith("@"):
        yield Fragment(LOCAL_AT, body[:-1], start, end)
    elif "@" in body:
        yield Fragment(ADDRESS, body, start, end)
    elif _is_domain(body):
        yield Fragment(DOMAIN, body, start, end)
    elif any(ch.isalnum() for ch in body):
        yield Fragment(WORD, body, start, end)


def _is_domain(value: str) -> bool:
    labels = value.split(".")
    return len(labels) >= 2 and labels[-1] in _TLDS and all(labels) and not value[0].isdigit()


def _not_a_part(norm: str, start: int, end: int) -> bool:
    """A digit group that is an amount, a quantity, a date or a labelled number (注文番号, 数量)."""
    if _UNIT_RE.match(norm, end) or _CURRENCY_BEFORE_RE.search(norm[max(0, start - 4):start]):
        return True
    before = norm[max(0, start - 16):start].rstrip(" :：#.\tはがをの")  # (「送料の500」)
    negative, = _labels()
    return before.endswith(negative)  # (one call over the tuple: this runs for every digit group)


def _with_role(norm: str, fragments: tuple[Fragment, ...]) -> Iterator[Fragment]:
    pos = 0
    digits_pos = 0  # a digit group's clause may hold words (「last four is 2231」)
    elsewhere = None  # (read only once a word or a domain needs it)
    for f in fragments:
        if f.kind == SEP:  # 「@の前は」: the clause reads past a spelled symbol
            yield f
            continue
        # a clause names the part just before it
        gap = norm[max(digits_pos if f.kind == DIGITS else pos, f.start - 24):f.start]
        pos = f.end
        if f.kind == DIGITS:
            digits_pos = f.end
        after = _ROLE_AFTER_RE.match(norm, f.end, f.end + 12) if f.kind == DIGITS else None
        if after is not None:  # (before the clause before it: 「…2290が最後、090が最初」)
            yield Fragment(f.kind, f.value, f.start, f.end, after.lastgroup)
            continue
        for role, pattern in _ROLES:
            if pattern.search(gap):
                if role in (LOCAL, HOST) and elsewhere is None:
                    elsewhere = _about_a_site(norm, fragments)
                if role in (LOCAL, HOST) and elsewhere and not _AT_SIDE_RE.search(gap):
                    role = ELSEWHERE
                yield Fragment(f.kind, f.value, f.start, f.end, role)
                break
        else:
            fix = (_SELF_FIX_RE.search(gap) or _clause_res()[3].search(gap)) if f.kind == DIGITS else None
            if fix is None and f.kind in (WORD, DOMAIN):
                if elsewhere is None:
                    elsewhere = _about_a_site(norm, fragments)
                if elsewhere:  # 「ムームードメインで tanaka-seitai.com を取って、管理者名は tanaka_admin」
                    yield Fragment(f.kind, f.value, f.start, f.end, ELSEWHERE)
                    continue
            yield Fragment(f.kind, f.value, f.start, f.end, fix.lastgroup) if fix else f


def _about_a_site(norm: str, fragments: Sequence[Fragment]) -> bool:
    """The message sets up a site, a login or another app (「ユーザー名: admin、ドメイン: mysite.jp で
    WordPressを設定」) and says nothing of mail: no mail word, no provider's domain among its parts
    (「@の前は miyazaki、ドメインは会社のHPと同じ」 names the address and stays one)."""
    if not topic_re("site").search(norm) or _MAILBOX_WORD_RE.search(norm):
        return False
    return not any(f.value.lstrip("@") in _provider_names() for f in fragments)


# (a domain 「サイトと同じ」 is compared with the site's: it is the mailbox's own)
_MAILBOX_WORD_RE = regex.compile(r"メール|めーる|メアド|めあど|アドレス|あどれす|(?<![a-z])e?-?mail|@|アット|あっと|ローカル"
                                 r"|(?:と|に)\s?(?:同じ|おなじ|一緒|いっしょ|共通)|(?<![a-z])same as")
# 「@の前は」「アットマークの後ろ」: the clause names a side of an address, whatever else the message sets up
_AT_SIDE_RE = regex.compile(r"(?:@|アット[・ ]?マーク|アット|あっと)(?:の|より)?\s?(?:前|まえ|後ろ|うしろ|後|あと|以降|次)|(?<![a-z])(?:before|after) the @")


# A group named after it, by が/は/って, in brackets or by an arrow: 「2290が最後で、090が最初」「2290（下）090（上）」;
# the word ends there (「090は最初の3桁」「2290が上手」 name no group this way).
_ROLE_AFTER_FIRST = r"最初|さいしょ|はじめ|初め|頭|あたま|先頭|上"
_ROLE_AFTER_MIDDLE = r"真ん中|まんなか|中間|中|間|次|つぎ|2番目|二番目"
_ROLE_AFTER_LAST = r"最後|さいご|末尾|下|ラスト|お尻|おしり|しっぽ|後ろ|うしろ"
_ROLE_AFTER_RE = regex.compile(
    rf"\s?(?:(?:が|は|って)\s?(?:(?P<first>{_ROLE_AFTER_FIRST})|(?P<middle>{_ROLE_AFTER_MIDDLE})|(?P<last>{_ROLE_AFTER_LAST}))"
    r"(?!の|は|が|を|も|[一-龯々ァ-ヺ])"
    rf"|[(（]\s?(?:(?P<first>{_ROLE_AFTER_FIRST})|(?P<middle>{_ROLE_AFTER_MIDDLE})|(?P<last>{_ROLE_AFTER_LAST}))\s?[)）]"
    # (an arrow back at the group: 「090 ← 最初⏎3381 ← 真ん中⏎6620 ← 最後」)
    rf"|\s?(?:←|⇐|⬅|<-|<=)\s?(?:(?P<first>{_ROLE_AFTER_FIRST})|(?P<middle>{_ROLE_AFTER_MIDDLE})|(?P<last>{_ROLE_AFTER_LAST}))"
    r"(?![一-龯々ァ-ヺ]))")


# A group corrected in its own clause: 「最後に5678ではなく5679」「まんなか3…じゃなくて3917」. The group
# after the correction takes the place the clause names, and replaces the one before it.
_CORRECTS = r"(?:じゃなくて|じゃなく|ではなくて|ではなく|でなく|じゃないや|じゃなかった)[、,\s…]*"
_SELF_FIX_RE = regex.compile(rf"(?:(?P<first>{_FIRST_WORDS})|(?P<middle>{_MIDDLE_WORDS})|(?P<last>{_LAST_WORDS}))"
                             rf"[^、。,\n]{{0,12}}?{_CORRECTS}$")
_CORRECTS_RE = regex.compile(rf"\s?{_CORRECTS}")


@functools.lru_cache(maxsize=1)
def _labels() -> tuple[tuple[str, ...]]:
    labels = tuple(row[0].lower() for row in load_table("phone_negative_labels.txt"))
    return (labels + _QUANTITY_LABELS,)


@functools.lru_cache(maxsize=1)
def _providers() -> tuple[dict[str, str], "re.Pattern[str]"]:
    """Provider names written in kana or kanji (ジーメール, ヤフー): a domain. ASCII names are words.
    A name listed in katakana is also read in hiragana and the other way round (「あいくらうど」)."""
    rows = load_table("email_providers.txt", columns=("name", "domain"))
    names = {row[0].lower(): row[1].lower() for row in rows if not row[0].isascii()}
    for name, domain in list(names.items()):
        for variant in (name.translate(ct.KATAKANA_TO_HIRAGANA), name.translate(ct.HIRAGANA_TO_KATAKANA)):
            names.setdefault(variant, domain)
    pattern = re.compile("|".join(re.escape(n) for n in sorted(names, key=len, reverse=True)))
    return names, pattern


@functools.lru_cache(maxsize=1)
def _provider_names() -> dict[str, str]:
    """Domain -> the ASCII name the e-mail detector reads as that provider (gmail.com -> gmail)."""
    names: dict[str, str] = {}
    for name, domain in _ascii_providers().items():
        names.setdefault(domain, name)
    return names


@functools.lru_cache(maxsize=1)
def _ascii_providers() -> dict[str, str]:
    rows = load_table("email_providers.txt", columns=("name", "domain"))
    return {row[0].lower(): row[1].lower() for row in rows if row[0].isascii()}


# -- joining -----------------------------------------------------------------------------

def assemble(reading: Reading, chain: Sequence[Trace] = (), categories=(PHONE, EMAIL, LINE_ID)) -> list[Joined]:
    """Values the fragments make. Without ``chain``: the parts of one message that its words join
    (what :class:`SplitIdentifierDetector` reports). With ``chain`` (the traces of the sender's
    earlier messages, oldest first): only values that need those messages. Every value is
    validated with the detectors' own checks."""
    if chain and not reading.fragments and LINE_ID in categories and CUE_LINE in reading.cues \
            and _POINTS_BACK_RE.match(reading.view.text):
        return _pointed(reading, chain)
    if chain and EMAIL in categories and reading.view is not None and "に" in reading.view.text \
            and (declared := _declared_at(reading, chain)):
        return declared
    if chain and not reading.fragments and PHONE in categories and reading.view is not None \
            and _PLACED_RE.search(reading.view.text):
        return _placed_after(reading.view.text, chain)
    if not reading.fragments:
        return []
    if not chain:
        return _within(reading, categories) if len(reading.fragments) >= 2 else []
    if reading.view is not None and _new_sentence(chain[-1], reading.view.original):
        categories = tuple(c for c in categories if c == PHONE)  # ("…at the station." "See you at 9"): talk
    if reading.view is not None and (inserted := _inserted(reading.view.text, chain, categories)):
        return inserted
    first = reading.fragments[0]
    if first.start <= 24 and (_CONTINUES_RE.search(reading.view.text, 0, first.start)
                              or _APPENDED_RE.match(reading.view.text, first.end)
                              or reading.whole and _OPENS_ON_NEW_LINE_RE.fullmatch(reading.view.text, 0, first.start)):
        found = _continued(first, chain, categories, _OPENS_CONTINUING_RE.match(reading.view.text) is not None)
        if found:
            return found
    linked = _linked(chain)
    earlier = _earlier_parts(linked)
    cues = reading.cues.union(*(t.cues for t in chain))
    if earlier and reading.view is not None:
        reading, earlier = _resumed(reading, earlier)
    if reading.view is not None and (_correction(reading.view.text)
                                     or _AFTERTHOUGHT_RE.match(reading.view.text)):
        fixed = _corrected(reading, chain, cues, categories)
        if fixed:
            return fixed
    if reading.view is not None and any(CUE_RULE in t.cues for t in chain[-4:]) \
            and (composed := _composed(reading, chain, cues, categories)):
        return [composed]
    if earlier and PHONE in categories and (resent := _resent(earlier, reading)):
        return [resent]
    out: list[Joined] = []
    if earlier and PHONE in categories and (closing := _answered_group(reading, chain)):
        # (talk, then the group that goes on from the sender's last one)
        groups = reading.fragments[-closing:]
        out += _across(earlier, replace(reading, fragments=groups, head=closing, tail=closing), cues, (PHONE,))
    if earlier and reading.head and not out:
        out += _across(earlier, reading, cues, categories)
    elif earlier and LINE_ID in categories and CUE_JOIN in reading.cues and CUE_LINE in cues:
        out += _joined_as_told(earlier, reading)
    if earlier and EMAIL in categories and not out and len(reading.view.text) <= 16:
        # 「で、ヤフーのほうです」「it's a gmail」: a short message that names a provider
        named = [f for f in reading.fragments if _names_provider(f)]
        if len(named) == 1:
            seq = earlier[-8:] + named
            found = _email_by_role(seq, cues, len(seq) - 1, True)
            out += [found] if found else []
    if not out and LINE_ID in categories and CUE_LINE in cues and CUE_LINE not in reading.cues:
        out += _line_cue_completion(reading, chain)
    if not out and PHONE in categories and earlier and reading.head and any(CUE_REVERSE in t.cues for t in chain):
        found = _reversed_across(earlier, reading)
        out += [found] if found else []
    if PHONE in categories and reading.view is not None:
        found = _placed_across(reading, chain)
        if found:  # (the places named win over the order sent: 「070です」「最後が1188」「真ん中は6203」)
            out = [j for j in out if j.category != PHONE] + [found]
    if EMAIL in categories and reading.view is not None and not any(j.category == EMAIL for j in out):
        found = _before_the_host(reading, chain)
        out += [found] if found else []
    return out


# 「苗字のローマ字に誕生日4桁」「名前＋数字3桁」「first name plus my birth year」: a name and a number, joined
_RULE_RE = regex.compile(
    r"(?:名前|なまえ|苗字|名字|みょうじ|(?<![a-z])(?:first name|last name|surname|name))\s?(?:の\s?)?(?:ローマ字|ろーまじ|romaji)?\s?"
    r"(?:[+＋&]|に|と|の(?:後|あと|後ろ|うしろ)に|(?<![a-z])(?:plus|and|followed by)(?![a-z]))\s?(?:my\s|the\s)?"
    r"(?:誕生日|生年月日|生まれ年|生まれた年|誕生年|(?:電話|携帯)(?:番号)?の下|数字|[0-9一二三四]\s?桁"
    r"|(?<![a-z])(?:birth ?year|birthday|year of birth|(?:[2-4] )?digits)(?![a-z]))")  # (「名前と番号を」: a request)
_NAME_PIECE_RE = regex.compile(r"[a-z]{2,24}")


def _composed(reading: Reading, chain: Sequence[Trace], cues, categories) -> Joined | None:
    """「苗字のローマ字に誕生日4桁です」「そうです、hoshino」「で、0412」「gmailです」: after a rule that
    joins a name and a number, the one name and the one group the messages since give, with the
    host the rule or a later message names (else a LINE ID, under a LINE cue). This message gives
    one of the three; a labelled number or a word of the rule itself is no piece."""
    recent = list(chain[-4:])
    k = max(i for i, t in enumerate(recent) if CUE_RULE in t.cues)
    norm = reading.view.text
    # a piece opens its message or follows a short answer (「そうです、hoshino」「で、0412」), not a topic
    # it is the value of (「そういえば部屋は1203」)
    own = [f for f in reading.fragments if f.kind in (WORD, DIGITS, DOMAIN)
           and (f.start <= 6 or _ANSWER_ENDS_RE.search(norm, 0, f.start))
           and not (f.kind == DIGITS and _labelled_groups(norm, f.start))]
    providers = _ascii_providers()
    hosts, names, groups = set(), [], []
    for n, t in enumerate(recent[k:]):
        for f in t.tail:
            if f.kind == DOMAIN:
                hosts.add(f.value)
            elif f.kind == WORD and f.value in providers:
                hosts.add(providers[f.value])
            elif n and f.kind == WORD and _NAME_PIECE_RE.fullmatch(f.value):
                names.append(f)  # (the rule's own words, 「my first name plus」, are no name)
            elif n and f.kind == DIGITS:
                groups.append(f)
    mine = []
    for f in own:
        if f.kind == DOMAIN or f.kind == WORD and f.value in providers:
            hosts.add(f.value if f.kind == DOMAIN else providers[f.value])
        elif f.kind == WORD and _NAME_PIECE_RE.fullmatch(f.value):
            names.append(f)
        elif f.kind == DIGITS:
            groups.append(f)
        else:
            continue
        mine.append(f)
    if not mine or len(names) != 1 or len(groups) != 1 or len(hosts) > 1 or not 2 <= len(groups[0].value) <= 8:
        return None
    local = names[0].value + groups[0].value
    if hosts and EMAIL in categories:
        category, value = EMAIL, _email_value(f"{local}@{next(iter(hosts))}")
    elif not hosts and LINE_ID in categories and CUE_LINE in cues:
        category, value = LINE_ID, _line_value(local)
    else:
        return None
    return Joined(category, value, mine[0].start, mine[-1].end, 3, True) if value else None


# 「gmail.com」「の前に@で」, 「アットの前は」「@の前が」「before the @ is」「その前は」: what goes before the @
_BEFORE_AT_RE = regex.compile(r"(?:^|[\s、,])の?(?:前|まえ)に\s?(?:@|アット\s?マーク|アット|あっと)"
                              r"|(?:@|アット\s?マーク|アット|あっと)\s?の\s?(?:前|まえ)")
_BEFORE_THE_PART_RE = regex.compile(r"(?:(?:@|アット\s?マーク|アット|あっと)\s?の\s?|その)(?:前|まえ)(?:は|が|に)?[\s:：]*$"
                                    r"|(?<![a-z])before the @(?:\s(?:is|are))?[\s:]*$")
_LOCAL_SHAPE_RE = regex.compile(r"(?=[a-z0-9._\-]*[a-z])[a-z0-9][a-z0-9._\-]{1,63}")


_ATTACHED_RE = regex.compile(r"\s?(?:を|が)?\s?(?:つけ|付け|足し|たし|入れ|いれ|くっつけ|足せ|つなげ|繋げ)")  # (「pianist.rei をつけて」)


def _host_of(t: Trace) -> str | None:
    """The host a message named alone, with or without its @ (「@yahoo.co.jp」「hotmail.com です」)."""
    hosts = [f.value.lstrip("@") for f in t.tail if f.kind in (DOMAIN, AT_DOMAIN)]
    return hosts[-1] if len(hosts) == 1 and "." in hosts[0] else None


def _before_the_host(reading: Reading, chain: Sequence[Trace]) -> Joined | None:
    """「@yahoo.co.jp」「その前は mami_77」, 「docomo.ne.jp」「の前に@が入って」「aki-2525 です」: the host
    given first, then the part said to go before its @ — in this message (「アットの前は」) or in
    the one between (「の前に@で」). The part is the one word of the message and ends its clause."""
    host, declared = None, False
    for t in reversed(chain[-3:]):
        host = _host_of(t)
        if host is not None:
            declared = declared or CUE_BEFORE_AT in t.cues
            break
        if CUE_BEFORE_AT not in t.cues:
            return None
        declared = True
    if host is None or "example" in host.split(".") or len(reading.fragments) > 3:
        return None  # (「example.com」: a domain reserved for examples)
    norm = reading.view.text
    words = [f for f in reading.fragments if f.kind == WORD and _LOCAL_SHAPE_RE.fullmatch(f.value)]
    if not declared:  # (「before the @ is dan.lee7」: the English words around it are parts too)
        words = [f for f in words if f.role == LOCAL or _BEFORE_THE_PART_RE.search(norm, max(0, f.start - 16), f.start)]
    if len(words) != 1 or not (_PIECE_ENDS_RE.match(norm, words[0].end) or declared and _ATTACHED_RE.match(norm, words[0].end)) \
            or words[0].value in _ascii_providers():
        return None  # (「gmail.com です」「その前はyahooでした」: the provider used before, no part)
    local = words[0]
    value = _email_value(f"{local.value}@{host}")
    return Joined(EMAIL, value, local.start, local.end, 2, True) if value else None


_PLACES = (FIRST, MIDDLE, LAST)


def _placed_across(reading: Reading, chain: Sequence[Trace]) -> Joined | None:
    """「真ん中が4287です」「頭は070、最後は5519」, 「下4桁が8812」「上が080、真ん中4337」: groups each
    named by its place, given over the sender's last messages in any order, joined in the order
    the names give. Each place is named once (a place named twice is a correction or another
    number), every earlier message in between names one, and the current message names one too."""
    norm = reading.view.text
    roles = _roles_in(reading.fragments, norm)
    # (「まえ070、なか8813」: 「まえ」 alone names an address's local part, but a group of a number's opening)
    roles = [FIRST if r == LOCAL and f.value.startswith("0") else r for f, r in zip(reading.fragments, roles)]
    own = [(i, r) for i, r in enumerate(roles) if reading.fragments[i].kind == DIGITS and r in _PLACES]
    if not own or _labelled_groups(norm, reading.fragments[own[0][0]].start):
        return None
    earlier: list[Fragment] = []
    recent = list(chain[-4:])
    while recent:
        named = [f for f in recent[-1].tail if f.kind == DIGITS and f.role in _PLACES]
        if not named:
            break
        earlier = named + earlier
        recent.pop()
    if not earlier:
        return None
    seq = earlier + [replace(reading.fragments[i], role=r) for i, r in own]
    if all(f.role != FIRST for f in seq):
        # 「070です」「最後が1188」「真ん中は6203」: the opening group sent before the places were named
        # (past one group a named place takes back: 「080」「5521」「あ、真ん中は5512でした」)
        unnamed = [[f for f in t.tail if f.kind == DIGITS] for t in recent[-2:]]
        if len(unnamed) == 2 and len(unnamed[1]) == 1 and any(
                len(f.value) == len(unnamed[1][0].value) for f in seq if f.role == MIDDLE):
            unnamed = unnamed[:1]
        opening = unnamed[-1] if unnamed and unnamed[-1] else []
        if len(opening) != 1 or not _OPENING_GROUP_RE.fullmatch(opening[0].value):
            return None
        seq = [replace(opening[0], role=FIRST)] + seq
        earlier = [seq[0]] + earlier
    placed = {r: [k for k, f in enumerate(seq) if f.role == r] for r in _PLACES}
    if any(len(placed[r]) != 1 for r in _PLACES):
        return None
    idx = [placed[r][0] for r in _PLACES]
    value = _phone_value("".join(seq[k].value for k in idx))
    return _joined(PHONE, value, seq, idx, len(earlier)) if value and any(k >= len(earlier) for k in idx) else None


# 「6618のあとは4027です」: the part re-sent with the one it goes on from; 「続き0986です」: a part said to continue
_RESENT_GAP_RE = regex.compile(r"\s?(?:の|に|から)?\s?(?:あと|後|後ろ|うしろ|次|つぎ|続き|つづき|続けて|つづけて|先)(?:は|が|に|、|,)?\s*[:：→]?\s*"
                               r"|[\s\-ー−‐・、,]*")
_CONTINUE_MARK_RE = regex.compile(r"(?:続き|つづき)(?:は|が)?\s*[:：→]?\s*$")


def _resumed(reading: Reading, earlier: list[Fragment]) -> tuple[Reading, list[Fragment]]:
    """The reading of a message that resumes the sender's parts: a group re-sent before the next
    one (the other side said the rest did not arrive) is dropped, as it already closes the earlier
    parts; a part right after 「続き」 opens the message even after an apology or an explanation
    (「すみません途中で送信しちゃいました。続き0986です」)."""
    frags, norm = reading.fragments, reading.view.text
    if len(frags) >= 2 and frags[0].kind == frags[1].kind == DIGITS and earlier[-1].kind == DIGITS \
            and frags[0].value == earlier[-1].value and reading.head >= 1:
        if _RESENT_GAP_RE.fullmatch(norm, frags[0].end, frags[1].start):
            return replace(reading, fragments=frags[1:], head=max(1, reading.head - 1)), earlier
        if _taken_back(norm[:frags[1].start]):  # 「5521の」「5521じゃなくて5512」: both sides take it back
            return replace(reading, fragments=frags[1:], head=1), earlier[:-1]
    if reading.head and _replaces_last(_marks(reading), earlier[-1], frags[0]):
        return reading, earlier[:-1]  # 「5521の」「ちゃう、5512や」「ごめん 5512 やった」
    if not reading.head and frags[0].start <= 48 and (
            _CONTINUE_MARK_RE.search(norm, 0, frags[0].start)
            or frags[0].kind == WORD and any(f.kind == DOMAIN and f.role == HOST for f in earlier[-2:])
            and _NAMED_LOCAL_RE.search(norm, 0, frags[0].start)):
        # (「ドメインは minamo-office.jp です」「担当の私のアドレスは ishiguro で、…」: the local part, named)
        return replace(reading, head=1), earlier
    return reading, earlier


_NAMED_LOCAL_RE = regex.compile(r"(?:アドレス|メアド|メールアドレス|ユーザー?名|アカウント名?)(?:は|が|[:：])\s*$")


# 「4490」「080」「2217」「↑2番目が頭、1番目が最後、3番目が真ん中ね」: the groups sent, then their places
_PLACED_RE = regex.compile(rf"(?P<n>[1-4]|[一二三四]|ひと|ふた|みっ|よっ)\s?(?:番目|つ目|つめ|個目|こめ)(?:の(?:やつ|数字))?\s?(?:が|は|を)\s?"
                           rf"(?:(?P<first>{_FIRST_WORDS})|(?P<middle>{_MIDDLE_WORDS})|(?P<last>{_LAST_WORDS}))")
_ORDINALS = {"1": 1, "一": 1, "ひと": 1, "2": 2, "二": 2, "ふた": 2, "3": 3, "三": 3, "みっ": 3, "4": 4, "四": 4, "よっ": 4}


def _placed_after(norm: str, chain: Sequence[Trace]) -> list[Joined]:
    """The groups of the sender's last messages of nothing but digits, put in the places a message
    after them gives each by its order of sending; the one group left unnamed takes the place
    left. Only three groups (a first, a middle, a last) or two (a first and a last) are placed."""
    groups = [f.value for f in _earlier_parts(_linked(chain))]
    if not 2 <= len(groups) <= 3 or not all(g.isdigit() for g in groups):
        return []
    places: dict[str, int] = {}
    for m in _PLACED_RE.finditer(norm):
        n = _ORDINALS[m.group("n")]
        if n > len(groups) or m.lastgroup in places or n in places.values():
            return []  # (a place named twice, or a group that was not sent: no reading)
        places[m.lastgroup] = n
    wanted = ("first", "middle", "last") if len(groups) == 3 else ("first", "last")
    if any(p not in wanted for p in places) or len(places) < len(wanted) - 1:
        return []
    left = [n for n in range(1, len(groups) + 1) if n not in places.values()]
    order = [places.get(p) or left.pop() for p in wanted]
    value = _phone_value("".join(groups[n - 1] for n in order))
    return [Joined(PHONE, value, 0, max(1, len(norm)), len(groups), True)] if value else []


# 「アドレスは sasa_nao.88★」「★をアットにして、後ろは au.com」: the next message says what the symbol stands for
_STAND_INS = frozenset("★☆*#")  # (the symbols a closing run of a message holds: _RAW_CHARS)
_DECLARED_AT_RE = regex.compile(r"(?P<sym>[★☆*#])\s?(?:を|は|の(?:ところ|とこ)を?)\s?"
                                r"(?:@|＠|アットマーク|アット|あっとまーく|あっと)\s?(?:に|へ)")


def _declared_at(reading: Reading, chain: Sequence[Trace]) -> list[Joined]:
    """The run the sender's last message ended in, its closing symbol declared by this message to be
    the @, and the domain this message gives: one address, validated."""
    m = _DECLARED_AT_RE.search(reading.view.text)
    raw = next((f for f in chain[-1].tail if f.kind == RAW), None) if m else None
    domains = [f for f in reading.fragments if f.kind == DOMAIN and f.start > m.end()] if raw else []
    if not domains or raw.value[-1] not in _STAND_INS or raw.value[-1] != m.group("sym"):
        return []
    local = NormalizedText.of(raw.value[:-1]).text.strip()
    value = _email_value(f"{local}@{domains[0].value}")
    return [Joined(EMAIL, value, domains[0].start, domains[0].end, 2, True)] if value else []


def _reversed_across(earlier: Sequence[Fragment], reading: Reading) -> Joined | None:
    """「全部逆から書きます」「6733」「2911」「080」: after the sender announced the other order, the
    groups given since, read backwards (all the digits, else the groups), when forwards they make
    no number."""
    run: list[Fragment] = []
    for f in reversed(earlier[-4:]):
        if f.kind != DIGITS:
            break
        run.insert(0, f)
    current = []
    for f in reading.fragments[:reading.head]:
        if f.kind != DIGITS:
            break
        current.append(f)
    values = [f.value for f in run + current]
    forward = "".join(values)
    if not run or not current or not 10 <= len(forward) <= 11 or _phone_value(forward) is not None:
        return None
    for digits in (forward[::-1], "".join(reversed(values))):
        value = _phone_value(digits)
        if value:
            return Joined(PHONE, value, current[0].start, current[-1].end, len(values), True)
    return None


# 「sakiko-0830」「↑これラインです」: a message that points back at the part the sender just gave
_POINTS_BACK_RE = re.compile(r"\s*(?:↑|⬆|☝|上の?|これ|それ|今の|いまの|さっきの)")
# 「hoshi」「yomi.」「さっきのIDの続き→rin7」: the part goes on from the ones before it
_CONTINUES_RE = re.compile(r"続き|つづき|に続けて|の後ろに|のあとに|(?<![a-z])(?:continued|cont\.?)(?![a-z])")
# 「のあとに数字で0318です」「に続けて 0505」: a message whose first words attach its part to the last message's
_OPENS_CONTINUING_RE = re.compile(r"\s*(?:に続けて|につづけて|の後ろに|のうしろに|のあとに|の後に)")


# 「ID: mo」「mo_live」「\n2023」: a message of parts alone that opens on a new line goes on from the last
_OPENS_ON_NEW_LINE_RE = re.compile(r"[ \t\u3000]*\n\s*")
# 「数字の0715がうしろにつきます」: the part is appended to the ones before it
_APPENDED_RE = re.compile(r"\s?(?:が|を)?\s?(?:後ろ|うしろ|あと|後|最後|末尾)に(?:つき|付き|つく|付く|つけ|付け|続|来)")
_CONTINUES_ALONE_RE = re.compile(
    r"(?:です|でした|だよ|で)?[。、,!！\s]*[(（「\[]?\s*(?:続き|つづき|続く|つづく|続きます|つづきます|続けます|まだ続きます|"
    r"(?i:cont\.?|continued|to be continued))(?:は|が|です|ます)?\s*[)）」\]…。.!！:：→]*\s*")


_REFERS_BACK_RE = re.compile(r"さっき|先ほど|さきほど|前回|(?<![a-z])(?:earlier|before|previous)(?![a-z])")


def refers_back(text: str) -> bool:
    """After a pause, whether a message says it goes on from the sender's last parts: 「続き→784」
    「さっきの番号」「最後は5678」「1948じゃなくて1949」「↑これ」 (a role named near its start)."""
    norm = NormalizedText.of(text).text
    # (「ほんで1234」「あ、1234」 an hour later go on from nothing: a word that hands a group over, an
    # interjection, are no reference)
    return bool(_CONTINUES_RE.search(norm) or _correction(norm) or _REFERS_BACK_RE.search(norm)
                or _POINTS_BACK_RE.match(norm) or _role_prefix(norm, clause_words=False))


def says_it_continues(text: str) -> bool:
    """「（続きます）」「cont.」, a filler while typing (「えっと」「ちょっと待って」「はい」) or the name of
    the part to come (「名前が」, then 「ayaka.t」), a reaction (「笑」「🙏」): a message
    that only says the sender's parts go on; it neither adds to nor ends the chain of parts."""
    return len(text) <= 24 and (_CONTINUES_ALONE_RE.fullmatch(text) is not None
                                or _FILLER_ALONE_RE.fullmatch(text) is not None
                                or _REACTION_ALONE_RE.fullmatch(text) is not None)


# 「090」「笑」「3741」, 「saki」「🙏」「ko_0419」, 「090」「📞」「6617」: laughter, an emoji or a sticker sent
# between two parts is a reaction to one's own typing or a decoration, not talk; it holds no part and
# no cue (a phone or mail emoji alone names nothing the parts around it do not)
_REACTION_ALONE_RE = regex.compile(
    r"\s*(?:[(（]?(?:笑|爆笑|草)[)）]?|[wｗ]{2,8}|ｗ|(?:\[|［|【)(?:スタンプ|sticker|Sticker|絵文字)(?:\]|］|】)|"
    r"\p{Extended_Pictographic}\ufe0f?){1,4}[!！?？…。\s]*")
# 「あとはうちのいつもの4桁です笑」「残りは4桁」: the place and the size of the group the next message gives
_REST_ANNOUNCED = (r"(?:あと|後|残り|のこり|最後|さいご|後ろ|うしろ|下|しも|末尾)(?:の|は)?\s?" + _USUAL + r"{0,2}"
                   r"(?:[0-9０-９一二三四]|よん|さん)\s?(?:桁|けた|ケタ)(?:は|が|です|だよ|ね|よ|な){0,2}")
_REST_ANNOUNCED_RE = re.compile(rf"\s*{_REST_ANNOUNCED}[。、,!！\s]*")
_FILLER_ALONE_RE = re.compile(  # (「の、えーと」: the particle of the group before, then the filler)
    r"\s*(?:(?:の|で|と)[、,\s]*)?(?:(?:(?:お?名前|なまえ)(?:の(?:部分|ところ))?(?:は|が)|"
    r"えっと|えーと|えーっと|ええと|えと|あのー?|うーん|んーと?|んと|なんだっけ|なんやったっけ|たしか|確か|ちょい待ち|あっ?|あれ|ちょっと待って|ちょっとまって|待って|まって|少々お待ちください|"
    r"お待ちください|はい|うん|(?:その|の)?(?:後ろ|うしろ|あと)に(?:続けて|つづけて|つけて)?|に?続けて|"
    r"その(?:後ろ|うしろ|あと|次|つぎ)(?:が|は)|" + _REST_ANNOUNCED +
    r"|(?i:ok|okay|wait|hold on|one sec|sec|um+|uh+|is|it's|its|it is))[、,。.!！?？…ー〜~:：\s]*){1,3}(?:笑|[wｗ]{1,8})?\s*")


def _pointed(reading: Reading, chain: Sequence[Trace]) -> list[Joined]:
    """The one ID-shaped word the last message held, named a LINE ID by the message after it."""
    last = chain[-1]
    words = [f for f in last.tail if f.kind == WORD]
    if not last.whole or len(words) != 1 or not _LINE_SHAPE_RE.search(words[0].value):
        return []
    value = _line_value(words[0].value)
    return [Joined(LINE_ID, value, 0, max(1, len(reading.view.text)), 1, True)] if value else []


def _continued(first: Fragment, chain: Sequence[Trace], categories, told: bool = False) -> list[Joined]:
    """The parts the sender gave in messages of nothing but parts (and the parts that closed the
    message before them: 「IDをお伝えしますね。pochi.walk_」), then the one this message says
    continues them, read as one string (an address when it holds one @, else a LINE ID after a
    LINE or ID cue). ``told``: the message opens with the words that put its part after the last
    one (「のあとに数字で0318です」 after 「名前はkoharuで」), so the part closing a cued message goes on."""
    pieces: list[Fragment] = []
    cued = False
    for t in reversed(chain[-5:]):
        parts = [f for f in t.tail if f.kind not in (RAW, NUMERAL)]
        if not t.whole or not parts or any(f.kind not in (WORD, DIGITS, SEP, LOCAL_AT) for f in parts):
            cued = bool(t.cues & {CUE_LINE, CUE_ID, CUE_EMAIL})
            if cued and parts and all(f.kind in (WORD, DIGITS, SEP, LOCAL_AT) for f in parts) \
                    and (told or parts[-1].value.endswith((".", "_", "-")) or first.value.startswith((".", "_", "-", "@"))
                         or pieces and _cut_word(t, parts[-1], pieces[0])):
                pieces[:0] = parts[-1:]  # (a part that visibly goes on: the cue's own message ended in it)
            break
        pieces[:0] = parts
    if not pieces or not cued and not any(t.cues & {CUE_LINE, CUE_ID, CUE_EMAIL} for t in chain):
        return []
    text = "".join(f.value + ("@" if f.kind == LOCAL_AT else "") for f in pieces) + first.value
    if text.count("@") == 1 and EMAIL in categories:
        value, category = _email_value(text), EMAIL
    elif "@" not in text and LINE_ID in categories and any(
            CUE_LINE in t.cues or any(c == LINE_ID and text.startswith(v) for c, v in t.completed) for t in chain):
        # (「ID載せるわ ryo.」「gamer」「さっきのIDの続き→_93」: it goes on from a LINE ID already completed)
        value, category = _line_value(text), LINE_ID
    elif "@" not in text and EMAIL in categories and (host := next((
            f.value for t in reversed(chain) for f in t.tail if f.kind == DOMAIN and f.role == HOST), None)):
        value, category = _email_value(f"{text}@{host}"), EMAIL  # (「ジーメールなんですけど」 named the host)
    else:
        return []
    return [Joined(category, value, first.start, first.end, len(pieces) + 1, True)] if value else []


# 「sora のあとに 7 が入ります」「kenの前に a が抜けてました」: a character or more left out of a value
# already completed, put back after (or before) the piece the message names
_INSERTED_RE = regex.compile(
    r"(?<![a-z0-9._-])(?P<anchor>[a-z0-9._-]{2,40})\s?の\s?(?:(?P<after>あと|後ろ|うしろ|後)|(?P<before>前|まえ))に\s?"
    r"(?P<part>[a-z0-9._-]{1,20})\s?(?:が|を|も)?\s?(?:入り|入る|入れ|はいり|はいる|いれ|つき|付き|つく|付く|抜け|ぬけ|足り|たり)")


def _inserted(norm: str, chain: Sequence[Trace], categories) -> list[Joined]:
    """The value a message puts a left-out piece back into: the sender's last completed e-mail or
    LINE ID holds the named piece once, and the piece goes after or before it. Validated again."""
    m = _INSERTED_RE.search(norm)
    if m is None:
        return []
    done = next(((c, v) for t in reversed(chain) for c, v in reversed(t.completed)
                 if c in categories and c != PHONE), None)
    if done is None or done[1].count(m.group("anchor")) != 1:
        return []
    category, value = done
    at = value.index(m.group("anchor")) + (len(m.group("anchor")) if m.group("after") else 0)
    value = value[:at] + m.group("part") + value[at:]
    value = _email_value(value) if category == EMAIL else _line_value(value)
    return [Joined(category, value, m.start("part"), m.end("part"), 2, True)] if value else []


# 「さっきの違った、最後は7753です」「真ん中は5521じゃなくて5512」「nが一個多かった。minato.k が正しい」
_CORRECTION_RE = re.compile(
    r"違った|違いました|違ってました|ちがった|ちがいました|間違|まちが|じゃなくて|じゃなく|ではなく|正しく|正しい|"
    r"訂正|修正|失礼|すみません|すいません|ごめん|でした|ミスった|ミスりました|ミスってた|ミスってました|誤字|誤り|"
    r"(?<![a-z])(?:typo|correction|i meant|i mean|should be|wrong|sorry|oops|my bad|actually)(?![a-z])")
_correction = searcher(_CORRECTION_RE)  # (branch by branch, each skipping ahead: alternation.py)
_POSITION = {FIRST: 0, MIDDLE: 1, LAST: -1}
# 「7」「あ、77 です」: an interjection opens a correction of the part just sent (never a reference back after a pause)
_AFTERTHOUGHT_RE = re.compile(r"\s*あっ?[、,!！]")


def _parts_or_groups(t: Trace) -> list[Fragment]:
    """The parts a trace keeps; where it kept its groups only as one numeral (「090-2231の」), the
    groups of that numeral, so that a correction can replace one of them."""
    parts = [f for f in t.tail if f.kind not in (RAW, NUMERAL)]
    if parts:
        return parts
    numeral = next((f for f in t.tail if f.kind == NUMERAL), None)
    if numeral is None or not all(g.isdigit() for g in numeral.value.split(" ")):
        return []
    return [Fragment(DIGITS, g, 0, 0) for g in numeral.value.split(" ")]


def _corrected(reading: Reading, chain: Sequence[Trace], cues, categories) -> list[Joined]:
    """A value the sender gave in earlier messages with one part replaced by a part of this
    message that says it corrects it. The replaced part is named by its old value (「5521じゃなくて
    5512」), by its position (「最後は7753」), or is the earlier part the new one nearly spells
    (「minnato.k」 → 「minato.k」). The corrected value is validated like any joined one."""
    if EMAIL in categories or LINE_ID in categories:
        named = _typo_named(reading, chain, categories)
        if named:
            return named
    earlier = [f for t in chain[-4:] for f in _parts_or_groups(t)][-8:]
    frags = reading.fragments
    out: list[Joined] = []
    groups = [i for i, f in enumerate(earlier) if f.kind == DIGITS]
    digits = [f for f in frags if f.kind == DIGITS]
    if PHONE in categories and digits and len(groups) >= 2:
        number = next((g for g in (groups[-3:], groups[-2:]) if len(g) > 1
                       and _phone_value("".join(earlier[i].value for i in g))), None)
        if number is not None:
            values = [earlier[i].value for i in number]
            new, old = None, None
            if len(digits) >= 2 and digits[0].value in values and len(digits[1].value) == len(digits[0].value):
                old, new = values.index(digits[0].value), digits[1]
            else:
                for f in digits:
                    if f.role in _POSITION and not (f.role == MIDDLE and len(values) < 3):
                        old, new = _POSITION[f.role] % len(values), f
                        break
                else:  # 「oops, it's 4465 at the end」: the one group it nearly repeats
                    near = [(k, f) for f in digits for k, v in enumerate(values) if len(v) == len(f.value)
                            and 0 < sum(a != b for a, b in zip(v, f.value)) <= 2]
                    if len(near) == 1:
                        old, new = near[0]
            if new is not None and new.role == LAST and old == len(values) - 1 \
                    and len(new.value) <= 2 < len(values[old]) and not values[old].endswith(new.value):
                # 「さっきの違った、最後は7」: the last digit (or two) of the last group, not the group
                new = Fragment(DIGITS, values[old][:-len(new.value)] + new.value, new.start, new.end, LAST)
            if new is not None and len(values[old]) == len(new.value) and values[old] != new.value:
                values[old] = new.value
                value = _phone_value("".join(values))
                if value:
                    out.append(Joined(PHONE, value, new.start, new.end, len(values), True))
        elif len(digits) == 1:
            out += _mistyped_group(earlier, groups, digits[0])
    if (EMAIL in categories or LINE_ID in categories) and not out:
        for f in frags:
            if f.kind not in (WORD, DOMAIN, LOCAL_AT, AT_DOMAIN) or len(f.value) < 3:
                continue
            near = [i for i, e in enumerate(earlier) if e.kind in (WORD, DOMAIN, LOCAL_AT, AT_DOMAIN)
                    and e.value != f.value and _nearly(e.value, f.value)]
            if len(near) != 1:
                continue
            k = near[0]
            seq = list(earlier)
            # (「@gmial.com」 corrected by 「gmail.comでした」: the symbol the old part held stays)
            fixed = seq[k].value[0] + f.value if seq[k].value[0] in "@." and f.value[0] != seq[k].value[0] else f.value
            seq[k] = Fragment(seq[k].kind, fixed, 0, 0, seq[k].role)
            found = _spelled(seq, 0, [True] * len(seq), cues) + [
                j for j in (_email_by_role(seq, cues),) if j is not None]
            out += [Joined(j.category, j.value, f.start, f.end, j.parts, True) for j in found
                    if j.category in categories and f.value.strip("@.") in j.value]
            if out:
                break
    if not out:
        out = _corrected_value(reading, chain, categories)
    if not out and EMAIL in categories:
        out = _retyped(reading, chain)
    return out[:1]


_FILE_EXTENSIONS = frozenset("jpg jpeg png gif pdf heic mp4 mov zip txt doc docx xls xlsx csv".split())
_SYMBOLS = str.maketrans("", "", "._-")


def _retyped(reading: Reading, chain: Sequence[Trace]) -> list[Joined]:
    """「yahooです」「ta」「kahshi.m」「ごめん打ち間違えた、takahashi.m が正しいです」: after a correction
    word, the local part typed again whole, nearly what the parts since the named host spelled."""
    hosts, parts = set(), []
    providers = _ascii_providers()
    for t in chain[-4:]:
        for f in t.tail:
            if f.kind == DOMAIN:
                hosts.add(f.value)
                parts = []  # (the parts after the host are the ones typed wrong)
            elif f.kind == WORD and f.value in providers:
                hosts.add(providers[f.value])
                parts = []
            elif f.kind in (WORD, DIGITS):
                parts.append(f.value)
    words = [f for f in reading.fragments if f.kind == WORD and _LOCAL_SHAPE_RE.fullmatch(f.value)
             and any(c in f.value for c in "._-0123456789") and f.value.rsplit(".", 1)[-1] not in _FILE_EXTENSIONS]
    if len(hosts) != 1 or not parts or len(words) != 1:
        return []
    new = words[0]
    bare = new.value.translate(_SYMBOLS)
    if not any(_nearly(p.translate(_SYMBOLS), bare) for p in ("".join(parts), parts[-1])) \
            or new.value in ("".join(parts), parts[-1]) and not _PIECE_ENDS_RE.match(reading.view.text, new.end):
        return []
    value = _email_value(f"{new.value}@{next(iter(hosts))}")
    return [Joined(EMAIL, value, new.start, new.end, 2, True)] if value else []


# 「snaekじゃなくてsneakです」「fihserではなくfisherでした」「phto -> photo」「not phto but photo」: the
# piece typed wrong, then the right one, which ends its clause (「photoじゃなくてvideoを送って」: a request)
_TYPO_GAP_RE = regex.compile(r"\s?(?:じゃなくて|じゃなく|ではなくて|ではなく|でなくて|でなく|やなくて|じゃのうて|"
                             r"(?:は|が)(?:打ち|うち)?(?:間違い|まちがい|誤字|typo)(?:で|です)?|→|⇒|->|=>)[、,。\s]*+"
                             r"(?:正しくは|ただしくは)?\s?|\s(?:should be|is actually)\s")
_NOT_BUT_RE = regex.compile(r"(?<![a-z])not\s$")
_PLACE_BEFORE_RE = regex.compile(rf"(?:(?P<first>{_FIRST_WORDS})|(?P<last>{_LAST_WORDS}))(?:の|は|が)?\s?$")


def _typo_named(reading: Reading, chain: Sequence[Trace], categories) -> list[Joined]:
    """An address or ID the sender completed in a recent message, with the piece this message
    names as typed wrong replaced by the one it gives instead: 「IDはrin_snaek92」「ごめんなさい、
    snaekじゃなくてsneakです。スニーカーのsneak」. The wrong piece occurs once in the value (or its
    place is named: 「最後5じゃなくて8です」), and the right one ends its clause."""
    norm = reading.view.text
    frags = [f for f in reading.fragments if f.kind in (WORD, DIGITS)]
    pairs = []
    for i, a in enumerate(frags):
        for b in frags[i + 1:i + 4]:  # (English words of the gap are parts too: 「not phto but photo」)
            gap = norm[a.end:b.start]
            if (_TYPO_GAP_RE.fullmatch(gap) or gap == " but " and _NOT_BUT_RE.search(norm, 0, a.start)) \
                    and a.value != b.value and _PIECE_ENDS_RE.match(norm, b.end):
                pairs.append((a, b))
    if len(pairs) != 1:
        return []
    old, new = pairs[0]
    place = _PLACE_BEFORE_RE.search(norm, max(0, old.start - 8), old.start)
    for t in reversed(chain[-3:]):
        for category, value in t.completed:
            if category not in categories or category == PHONE:
                continue
            at = [m.start() for m in re.finditer(re.escape(old.value), value)]
            if len(at) > 1 and place is not None:
                at = at[-1:] if place.lastgroup == "last" else at[:1]
            if len(at) != 1:
                continue
            fixed = value[:at[0]] + new.value + value[at[0] + len(old.value):]
            checked = _email_value(fixed) if category == EMAIL else _line_value(fixed)
            if checked and checked != value:
                return [Joined(category, checked, new.start, new.end, 2, True)]
    return []


def _mistyped_group(earlier: Sequence[Fragment], groups: Sequence[int], new: Fragment) -> list[Joined]:
    """「080-2267-」「51098」「すみません 5109 です」: the earlier groups make no number because one has a
    digit too many or too few; the one group the correction nearly repeats is replaced by it."""
    for window in (groups[-3:], groups[-2:]):
        values = [earlier[i].value for i in window]
        near = [k for k, v in enumerate(values) if _one_digit_off(v, new.value)]
        if len(window) < 2 or len(near) != 1 or _phone_value("".join(values)):
            continue
        values[near[0]] = new.value
        value = _phone_value("".join(values))
        if value:
            return [Joined(PHONE, value, new.start, new.end, len(values), True)]
    return []


def _one_digit_off(old: str, new: str) -> bool:
    """A digit added or dropped (「51098」 for 5109), or one or two of the same length changed."""
    if len(old) == len(new):
        return 0 < sum(a != b for a, b in zip(old, new)) <= 2
    if abs(len(old) - len(new)) != 1 or min(len(old), len(new)) < 3:
        return False
    long, short = (old, new) if len(old) > len(new) else (new, old)
    return any(long[:i] + long[i + 1:] == short for i in range(len(long)))


_TOKEN_RE = re.compile(r"[a-z]+|[0-9]+")
_COUNTED_AFTER_RE = re.compile(r"\s?(?:が|を)?\s?(?:ふたつ|みっつ|二つ|三つ|2つ|3つ|2個|3個|二個|三個|連続|並び)")
_PIECE_ENDS_RE = re.compile(r"\s*(?:です|でした|だった|だよ|で|[!！。、,.…?？]|$)")


def _corrected_value(reading: Reading, chain: Sequence[Trace], categories) -> list[Joined]:
    """An address or ID the sender completed in a recent message, with the piece this message
    corrects: named by its old value (「1948じゃなくて1949です」) or nearly repeated (「0823」 ->
    「ごめん0832だった」: the one piece of its length that differs in a character or two)."""
    parts = [f for f in reading.fragments if f.kind in (WORD, DIGITS)
             and not _COUNTED_AFTER_RE.match(reading.view.text, f.end)]  # (「77 です、7 ふたつ」: a count)
    if PHONE in categories and (fixed_phone := _corrected_phone(reading, chain)):
        return fixed_phone
    if not parts or len(parts) > 2:
        return []
    text = reading.view.text
    for t in reversed(chain[-3:]):
        for category, value in t.completed:
            if category not in categories or category == PHONE:
                continue
            fixed, new = None, parts[-1]
            named = [f for f in parts if f.role in (FIRST, LAST)]
            tokens = list(_TOKEN_RE.finditer(value.split("@")[0]))
            if len(named) == 1 and len(tokens) >= 2:
                # 「最後 08 でした！ 07は妹のだ」: the piece named by its place, in a value of several pieces,
                # replaced by one of its length and kind (the old one may follow it, or not be said)
                new = named[0]
                old = tokens[-1] if new.role == LAST else tokens[0]
                core = _after_symbol(value, old, new.value)  # (「後ろは_OTA」 for 「_ODA」: the symbol said again)
                if core is not None and len(old.group()) == len(core) and old.group() != core \
                        and old.group().isdigit() == core.isdigit() \
                        and _PIECE_ENDS_RE.match(reading.view.text, new.end):  # (「最後は 12列でした」: a seat)
                    fixed = value[:old.start()] + core + value[old.end():]
            elif len(parts) == 2 and len(parts[0].value) >= 2 and value.count(parts[0].value) == 1 \
                    and _PIECE_ENDS_RE.match(reading.view.text, parts[1].end):  # (「blueじゃなくてredのほうが好き」)
                fixed = value.replace(parts[0].value, parts[1].value)
            elif len(parts) == 1:
                # (「.23」 -> 「.22だった」「_12」 -> 「_21です」: a short piece is known by the symbol it
                # follows, said again)
                core = new.value.lstrip("._-")
                mark = new.value[:len(new.value) - len(core)][-1:] or (
                    text[new.start - 1] if new.start and text[new.start - 1] in "._-" else "")
                near = [m for m in _TOKEN_RE.finditer(value) if len(m.group()) == len(core)
                        and (len(core) >= 3 or mark and m.start() and value[m.start() - 1] == mark
                             and _PIECE_ENDS_RE.match(text, new.end))
                        and 0 < sum(a != b for a, b in zip(m.group(), core)) <= 2]
                if len(near) == 1:
                    fixed = value[:near[0].start()] + core + value[near[0].end():]
                elif tokens and tokens[-1].end() == len(value.split("@")[0]) and new.value.isdigit() \
                        and tokens[-1].group().isdigit() and len(new.value) == len(tokens[-1].group()) + 1 \
                        and new.value.startswith(tokens[-1].group()):
                    # 「sora」「_blue」「7」「あ、77 です」: the closing digits lacked one
                    fixed = value[:tokens[-1].start()] + new.value + value[tokens[-1].end():]
            checked = fixed and (_email_value(fixed) if category == EMAIL else _line_value(fixed))
            if checked:
                return [Joined(category, checked, new.start, new.end, 2, True)]
    return []


def _after_symbol(value: str, old: "re.Match[str]", new: str) -> str | None:
    """``new`` without the symbol it opens with, if the piece it replaces follows that symbol in
    ``value``; ``new`` itself if it opens with none; else None."""
    core = new.lstrip("._-")
    mark = new[:len(new) - len(core)]
    return core if not mark or value[max(0, old.start() - len(mark)):old.start()] == mark else None


def _corrected_phone(reading: Reading, chain: Sequence[Trace]) -> list[Joined]:
    """A number the sender completed in a recent message, typed in pieces of any size (「090」「16」
    「62」「77」「45」), with the digits a correction names: by their place (「ごめん間違えた最後54」:
    the last or first digits, or the middle group of a mobile number) or by their old value
    (「最後89じゃなくて98」). What follows the new digits must end the piece (「最後は18時」: a time)."""
    text = reading.view.text
    digits = [f for f in reading.fragments if f.kind == DIGITS]
    for t in reversed(chain[-3:]):
        for category, value in t.completed:
            if category != PHONE or not value.startswith("+81"):
                continue
            national = "0" + value[3:]
            if len(digits) == 2 and len(digits[0].value) == len(digits[1].value) >= 2 \
                    and digits[0].value != digits[1].value and national.count(digits[0].value) == 1:
                new, start, end = digits[1], national.index(digits[0].value), None
                end = start + len(new.value)
            elif len(digits) == 1 and len(digits[0].value) <= 4:
                new, n = digits[0], len(digits[0].value)
                if new.role == LAST:
                    start, end = len(national) - n, len(national)
                elif new.role == FIRST and n >= 3:
                    start, end = 0, n
                elif new.role == MIDDLE and len(national) == 11 and n == 4:
                    start, end = 3, 7
                else:
                    continue
            else:
                continue
            if national[start:end] == new.value or not _PIECE_ENDS_RE.match(text, new.end):
                continue
            fixed = _phone_value(national[:start] + new.value + national[end:])
            if fixed:
                return [Joined(PHONE, fixed, new.start, new.end, 2, True)]
    return []


def _nearly(a: str, b: str) -> bool:
    """One part that differs from another by a letter or two: a typo it corrects."""
    import difflib

    return abs(len(a) - len(b)) <= 2 and difflib.SequenceMatcher(None, a, b).ratio() >= 0.8


def _resent(earlier: Sequence[Fragment], reading: Reading) -> Joined | None:
    """「070」「4193」「88」, asked 「最後のとこもう一回」, then 「8825」: the last group sent again in
    full after the sender cut it short. The message is that group alone, it opens with the short
    one, and the groups make a number only with it in the short one's place (added after, never)."""
    if not reading.whole or len(reading.fragments) != 1 or reading.fragments[0].kind != DIGITS:
        return None
    new = reading.fragments[0]
    groups: list[str] = []
    for f in reversed(earlier):
        if f.kind != DIGITS:
            break
        groups.insert(0, f.value)
    if len(groups) < 2 or not 3 <= len(new.value) <= 4 \
            or not (len(groups[-1]) < len(new.value) and new.value.startswith(groups[-1])):
        return None
    if any(_phone_value("".join(groups[k:]) + new.value) for k in range(len(groups))):
        return None  # (the groups go on with it as they are)
    value = next((v for k in range(len(groups) - 1) if (v := _phone_value("".join(groups[k:-1]) + new.value))), None)
    return Joined(PHONE, value, new.start, new.end, len(groups), True) if value else None


def _earlier_parts(linked: Sequence[Trace]) -> list[Fragment]:
    """The parts of the linked messages in order. A word cut by the end of a message that names an
    identifier (「メアドは ryo」) and the part that opens the next (「ta.8821」) are one part: the
    message ended inside the word, with nothing after it."""
    out: list[Fragment] = []
    prev: Trace | None = None
    for t in linked:
        parts = [f for f in t.tail if f.kind not in (RAW, NUMERAL)]
        spelled = "".join(f.value for f in parts)
        done = next((v for c, v in t.completed if c == LINE_ID and t.whole and len(spelled) == 1
                     and v.endswith(spelled)), None)
        if done is not None:  # 「t」「a」「r」「o」「9」「9」: an ID spelled out over more messages than memory holds
            out, prev = [Fragment(WORD, done, 0, 0)], t  # goes on from what the parts so far completed
            continue
        if out and parts and _replaces_last(t.cues, out[-1], parts[0]):
            out.pop()  # 「5521」「あ、ちがう5512」: the group it takes back
        if prev is not None and out and parts and t.whole and _cut_word(prev, out[-1], parts[0]):
            out[-1] = Fragment(WORD, out[-1].value + parts[0].value, 0, 0, out[-1].role)
            parts = parts[1:]
        out += parts
        prev = t
    return out


def _cut_word(before: Trace, a: Fragment, b: Fragment) -> bool:
    raw = next((f.value for f in before.tail if f.kind == RAW), None)
    return a.kind == WORD and b.kind == WORD and raw == a.value and bool(before.cues & {CUE_EMAIL, CUE_LINE, CUE_ID}) \
        and _LETTERS_ONLY_RE.fullmatch(a.value) is not None and b.value[:1].isalpha() \
        and _LETTERS_ONLY_RE.fullmatch(b.value) is None


def _linked(chain: Sequence[Trace]) -> list[Trace]:
    """The latest messages whose parts may run into the current one: the last message's tail,
    and before it only messages that are nothing but parts (「090」「1234」…)."""
    linked: list[Trace] = []
    for n, t in enumerate(reversed(chain)):
        if not any(f.kind not in (RAW, NUMERAL) for f in t.tail):
            if n == 0 and (t.cues or t.tail and all(f.kind == NUMERAL and f.value.startswith("~") for f in t.tail)):
                continue  # 「ヤフーです」「ユーザー名は」「hiro_0909」, 「…ドコモのやつ」「前は」: a clause naming the next part
            break
        linked.append(t)
        if not t.whole and CUE_RESUMED not in t.cues:
            break
    linked.reverse()
    return linked


def _across(earlier: list[Fragment], reading: Reading, cues, categories) -> list[Joined]:
    current = reading.fragments[:min(reading.head, _MAX_FRAGMENTS)]  # (earlier parts join its opening)
    seq = earlier[-8:] + list(current)
    boundary = len(seq) - len(current)
    out: list[Joined] = []
    if PHONE in categories:
        # (「０９０」「ハイフン」「三七一二」「ハイフン ５５０８」: a dash said in words stands between groups)
        dashes = [i for i, f in enumerate(seq) if f.kind == SEP and f.value == "-"
                  and 0 < i < len(seq) - 1 and seq[i - 1].kind == DIGITS]
        groups = [f for i, f in enumerate(seq) if i not in dashes]
        found = _phone(groups, boundary - sum(1 for i in dashes if i < boundary), [True] * len(groups))
        if found:
            out.append(found)
    if EMAIL in categories or LINE_ID in categories:
        out += [j for j in _spelled(seq, boundary, [True] * len(seq), cues) if j.category in categories]
    if EMAIL in categories and not any(j.category == EMAIL for j in out):
        found = _email_by_role(seq, cues, boundary, reading.whole or len(reading.view.text) <= 16)  # (「Gmailのほうです」)
        if found:
            out.append(found)
    if LINE_ID in categories and CUE_LINE in cues and not out:
        found = _line_by_position(seq, boundary)
        if found is None and CUE_JOIN in reading.cues:  # 「IDは taro と」「1234 をアンダーバーでつないだもの」
            seps = [f for f in reading.fragments[reading.head:] if f.kind == SEP]
            found = _line_by_join(seq[-_MAX_FRAGMENTS:] + seps, cues)
            found = found if found is not None and found.value != "".join(
                f.value for f in seq[boundary:] if f.kind != SEP) else None
        if found:
            out.append(found)
    return out


def _joined_as_told(earlier: Sequence[Fragment], reading: Reading) -> list[Joined]:
    """「taro」「1234」「この2つをアンダーバーでつないでね」: the parts the sender just gave, joined
    with the one symbol this message names (「写真をつなげて送ります」 names none: no join)."""
    pieces = [f for f in earlier if f.kind in (WORD, DIGITS)][-3:]
    seps = {f.value for f in reading.fragments if f.kind == SEP}
    if len(pieces) < 2 or len(seps) != 1 or any(f.kind == WORD for f in reading.fragments):
        return []
    value = _line_value(next(iter(seps)).join(f.value for f in pieces))
    if not value:
        return []
    at = next((f for f in reading.fragments if f.kind == SEP), reading.fragments[0])
    return [Joined(LINE_ID, value, at.start, at.end, len(pieces), True)]


def _line_by_position(seq: Sequence[Fragment], boundary: int) -> Joined | None:
    """「らいんID、最初が kei」「続けて .fisher」「最後 99」: the parts from the one named first to the
    one this message names last, in the order given."""
    firsts = [i for i, f in enumerate(seq[:boundary]) if f.role == FIRST and f.kind in (WORD, DIGITS)]
    lasts = [i for i in range(boundary, len(seq)) if seq[i].role == LAST and seq[i].kind in (WORD, DIGITS)]
    if not firsts or not lasts:
        return None
    idx = list(range(firsts[-1], lasts[0] + 1))
    if any(seq[i].kind not in (WORD, DIGITS, SEP) or seq[i].role in (LOCAL, HOST) for i in idx):
        return None
    value = _line_value("".join(seq[i].value for i in idx))
    return _joined(LINE_ID, value, seq, idx, boundary) if value else None


def _within(reading: Reading, categories) -> list[Joined]:
    norm = reading.view.text
    if not _join_cue(norm):
        return []
    frags = list(reading.fragments)
    if len(frags) <= _MAX_FRAGMENTS:
        return _within_parts(norm, frags, reading.cues, categories)
    # Many parts (a listing, or padding before a leak): joins are tried in overlapping windows of
    # parts, so the work stays linear and no part is left unread.
    out: list[Joined] = []
    seen: set[tuple[str, str, int, int]] = set()
    step = _MAX_FRAGMENTS // 2
    for i in range(0, len(frags) - step, step):
        for j in _within_parts(norm, frags[i:i + _MAX_FRAGMENTS], reading.cues, categories):
            if (j.category, j.value, j.start, j.end) not in seen:
                seen.add((j.category, j.value, j.start, j.end))
                out.append(j)
    return out


def _within_parts(norm: str, frags: list[Fragment], cues, categories) -> list[Joined]:
    gaps = [norm[a.end:b.start] for a, b in zip(frags, frags[1:])]
    out: list[Joined] = []
    if PHONE in categories:
        found = _phone_by_role(frags, 0, norm)
        if found is None:
            joinable = [False] + [_JOINER_GAP_RE.fullmatch(g) is not None for g in gaps]
            found = _phone(frags, 0, joinable, need_word=gaps)
        if found is None:
            found = _phone_in_clauses(norm, frags, gaps, cues)
        if found is None and CUE_PHONE in cues:
            found = _trunk_zero_left_off(norm, frags)
        if found:
            out.append(found)
    tight = [False] + [_TIGHT_GAP_RE.fullmatch(g) is not None for g in gaps]
    spelled = _spelled(frags, 0, tight, cues, require_spelling=True)
    out += [j for j in spelled if j.category in categories]
    if EMAIL in categories and not any(j.category == EMAIL for j in out):
        found = _email_by_role(frags, cues, tight=tight)
        if found:
            out.append(found)
    if LINE_ID in categories and CUE_LINE in cues and not any(j.category == LINE_ID for j in out):
        found = _line_by_join(frags, cues, norm)
        if found:
            out.append(found)
    return out


# -- one number given in clauses: 「080は9361で、その後3374」「前半は070と6613、後半は0582」 -----------
# Between the groups stand only particles, position words, digit counts (4桁ずつ), punctuation and
# the words of phone_clause_words.txt: joiners (で始まって, それから), fillers (えっと), corrections that
# take back the group before them (「5678ではなく5679」「2…いや、2815」). A reversal word (逆から,
# 後ろから並べて) says the groups or digits come in the other order.
_CLAUSE_KINDS = ("joiner", "filler", "correction", "reverse")
_MAX_CLAUSE_GAP = 40  # characters between two groups of one number; further apart is other talk
_GAP_PUNCT = r"[\s、,・/|+。.…‥\-ー~〜()（）「」『』:：→⇒=!！?？]"
_GAP_COUNT = rf"[0-9一二三四]\s?(?:桁|けた|ケタ|つ|個)|{_GROUP_NOUN}"
_GAP_PARTICLE = "[はがでとのもにをねよなや]"
# 「区切りごとに後ろから」: the groups are reversed, each group's digits stay as they are
_BY_GROUP_RE = re.compile("区切り|くぎり|ブロック|まとまり|かたまり|塊|グループ|ごと|ずつ|(?<![a-z])(?:groups?|blocks?)(?![a-z])")
_by_group = searcher(_BY_GROUP_RE)  # (branch by branch, each skipping ahead: alternation.py)
# 「＋推しの誕生日の4桁(1024)＋…。つなげて」: with a join word, a group handed over by + or と may be
# described before it is given
_DESCRIBED_RE = regex.compile(r"[)）」』]?\s?[+＋と]\s?(?:[^0-9。!！?？\n]|[0-9](?=\s?(?:桁|けた|ケタ))){0,30}")


@functools.lru_cache(maxsize=1)
def _clause_words() -> dict[str, tuple[str, ...]]:
    rows = load_table("phone_clause_words.txt", columns=("word", "kind"))
    words: dict[str, list[str]] = {kind: [] for kind in _CLAUSE_KINDS}
    for row in rows:
        if row[1] not in words:
            raise row.error(f"unknown kind {row[1]!r}, expected one of {', '.join(_CLAUSE_KINDS)}")
        words[row[1]].append(row[0].lower())
    return {kind: tuple(sorted(ws, key=len, reverse=True)) for kind, ws in words.items()}


@functools.lru_cache(maxsize=1)
def _clause_res() -> tuple["regex.Pattern[str]", "regex.Pattern[str]", "re.Pattern[str]", "regex.Pattern[str]",
                            "regex.Pattern[str]"]:
    words = _clause_words()
    said = "|".join(re.escape(w) for w in sorted(words["joiner"] + words["filler"] + words["correction"],
                                                   key=len, reverse=True))
    # (possessive, longest words first: a gap is read one way only, in time linear in its length)
    gap = regex.compile(rf"(?:{said}|{_FIRST_WORDS}|{_MIDDLE_WORDS}|{_LAST_WORDS}|{_GAP_COUNT}|{_GAP_PARTICLE}|{_GAP_PUNCT})++")
    # (「…いや、」「、あ、間違えた、」「、えーっと、違う違う、」: short talk around the word, no digit, no sentence end)
    correction = regex.compile(rf"[^0-9。\n]{{0,16}}?(?P<word>{'|'.join(map(re.escape, words['correction']))})[^0-9。\n]{{0,12}}")
    reverse = re.compile("|".join(map(re.escape, words["reverse"])))
    # 「まんなか3ケタ…じゃなくて4ケタで1972」: a position word opens the clause, the rest of it is
    # such words (no other position, no sentence end) up to the group
    role = regex.compile(rf"(?:(?P<first>{_FIRST_WORDS})|(?P<middle>{_MIDDLE_WORDS})|(?P<last>{_LAST_WORDS}))"
                         rf"(?:{said}|{_GAP_COUNT}|{_GAP_PARTICLE}|[\s、,・…‥\-ー~〜:：→=])*+$")
    # a gap before a group read out: without the particles that are readings too (に, な, よ, や)
    # (and a count: 「で始まって、あとは4桁ずつ イチナナ と …」)
    head = regex.compile(rf"(?:{said}|{_FIRST_WORDS}|{_MIDDLE_WORDS}|{_LAST_WORDS}|{_GAP_COUNT}|[がでとのもをね]|は(?!ち)|{_GAP_PUNCT})++")
    return gap, correction, reverse, role, head


def _takes_back(gap: str) -> bool:
    """The words after a group take it back (「5678ではなく」「、あ、間違えた、」); a position word before
    the correction says it is about another group (「、まんなか3ケタ…じゃなくて」)."""
    m = _clause_res()[1].fullmatch(gap)
    return m is not None and _POSITION_WORD_RE.search(gap, 0, m.start("word")) is None


_POSITION_WORD_RE = regex.compile(f"{_FIRST_WORDS}|{_MIDDLE_WORDS}|{_LAST_WORDS}")


def _clause_gap(gap: str, described: bool, told: bool = False) -> bool:
    if len(gap) > _MAX_CLAUSE_GAP:
        return False
    return (_JOINER_GAP_RE.fullmatch(gap) is not None or _clause_res()[0].fullmatch(gap) is not None
            or described and _DESCRIBED_RE.fullmatch(gap) is not None or _CONTINUED_GAP_RE.fullmatch(gap) is not None
            or told and _told_gap(gap))


# 「090のあとに私の誕生日の 1124」「から始まる方な。そのあと4420」「です。次の4桁は少し変わっていて 8830」:
# in a message about a phone, the clause before a group may describe it, if a word of sequence in
# it hands the group over after the sentence before has ended
_SEQUENCE_RE = regex.compile(
    rf"{_MIDDLE_WORDS}|{_LAST_WORDS}|の\s?(?:あと|後|次|つぎ)|それから|それと|それに|そして|さらに|続けて|つづけて|続き|つづき|そっから|そこから"
    r"|(?<![a-z])(?:then|next|followed by|after that|ends? (?:with|in)|last|final(?:ly)?)(?![a-z])")
_GAP_COUNT_RE = regex.compile(r"[0-9一二三四]\s?(?:桁|けた|ケタ|つ|個)")
_TOLD_BREAK_RE = re.compile(r"[。!！?？]")


def _told_gap(gap: str) -> bool:
    """Talk between two groups of one number told in clauses: no other number in it (an amount, a
    date and a label name other things), no line break, at most one sentence ending, and a word of
    sequence after that ending."""
    if "\n" in gap or _GROUP_RE.search(_GAP_COUNT_RE.sub("", gap)) or _label_re().search(gap):
        return False
    breaks = [m.end() for m in _TOLD_BREAK_RE.finditer(gap)]
    if len(breaks) > 1:
        return False
    return _SEQUENCE_RE.search(gap, breaks[-1] if breaks else 0) is not None


# 「ゼロハチゼロの人です笑 続きはロクハチイチキュウ、ゼロゴーニーナナ」: 「続きは」 says the groups after it
# go on the number before it, whatever short talk stands between (no digit, one sentence break)
_CONTINUED_GAP_RE = regex.compile(
    r"(?:[^0-9\n。!！?？]{0,16}[。!！?？])?[^0-9\n。!！?？]{0,16}?(?:続き|つづき)(?:は|が|を)[\s:：、,]{0,2}")


def _phone_in_clauses(norm: str, frags: Sequence[Fragment], gaps: Sequence[str], cues) -> Joined | None:
    """One number whose groups the message gives in clauses (see above), validated like any join;
    the groups of a labelled number (注文番号の…) are not one."""
    described = CUE_JOIN in cues
    told = CUE_PHONE in cues
    if told and any(f.kind == WORD and _LETTERS_ONLY_RE.fullmatch(f.value) for f in frags):
        # (「starts with 080, then comes 4471」: words of talk are part of the clause, not parts)
        frags = [f for f in frags if f.kind != WORD or not _LETTERS_ONLY_RE.fullmatch(f.value)]
        gaps = [norm[a.end:b.start] for a, b in zip(frags, frags[1:])]
    seq: list[Fragment] = []
    joinable: list[bool] = []
    carry = None  # the gap before a group taken back: the group after the correction takes its place
    for i, f in enumerate(frags):
        gap_before = gaps[i - 1] if i else ""
        joins = carry if carry is not None else bool(i) and _clause_gap(gap_before, described, told)
        carry = None
        if f.kind == DIGITS and i + 1 < len(frags) and frags[i + 1].kind == DIGITS \
                and _takes_back(gaps[i]):
            carry = joins
            continue
        seq.append(f)
        joinable.append(len(seq) > 1 and joins)
    found = _phone(seq, 0, joinable)
    if found is not None:
        # (a join every gap of which the phone detector reads itself is its finding, not this one's)
        parts = [f for f in seq if found.start <= f.start and f.end <= found.end]
        if all(_PHONE_SEP_RE.fullmatch(norm[a.end:b.start]) for a, b in zip(parts, parts[1:])):
            found = None
    if found is None:
        found = _reversed(norm, seq, joinable)
    if found is None or _labelled_groups(norm, found.start):
        return None
    return found


_PHONE_SEP_RE = regex.compile(r"[\s\-—./()\[\]~_*#=,、・ー〜～のノ\p{So}\p{Sk}「」【】…‥|→⇒]*")


# 「電話 九二の七一五の四四八〇。頭の〇は付けてね」「携帯 80 3312 9054（最初の0は省略）」「add a 0 at the front」:
# a number typed without its trunk 0, and the message says to put it back (not 「つけないで」)
_TRUNK_ZERO_RE = regex.compile(
    r"(?:(?:頭|あたま|最初|さいしょ|先頭|冒頭|市外局番|局番)\s?(?:の|に)\s?(?:0|〇|零|ゼロ|ぜろ|れい|レイ)\s?(?:は|を|が)?\s?"
    r"(?:付け|つけ|足し|足す|たし|たす|加え|くわえ|入れ|いれ|省略|省い|はぶい|抜い|ぬい|抜き|ぬき|取っ|とっ|取り|とり|略)"
    r"|(?:0|〇|ゼロ|ぜろ)\s?(?:抜き|ぬき|省略))(?!\s?(?:ない|なく|ず|しない|せず))"
    r"|(?<![a-z])(?:add (?:a |the )?(?:0|zero) (?:at the (?:front|start|beginning)|in front|before it)"
    r"|without the (?:leading |first )?(?:0|zero)|(?:leading|first) (?:0|zero) (?:dropped|left off|omitted|removed))")


def _trunk_zero_left_off(norm: str, frags: Sequence[Fragment]) -> Joined | None:
    """The digit groups written as one number (phone separators between them) that make a valid
    number once the 0 the message says was left off is put back before them."""
    # (around the parts only: a long message is read in windows of parts)
    told = _TRUNK_ZERO_RE.search(norm, max(0, frags[0].start - _MAX_CLAUSE_GAP), frags[-1].end + _MAX_CLAUSE_GAP)
    if told is None:
        return None
    runs: list[list[int]] = []
    for i, f in enumerate(frags):
        if f.kind != DIGITS or told.start() <= f.start < told.end():
            continue
        if runs and _PHONE_SEP_RE.fullmatch(norm, frags[runs[-1][-1]].end, f.start):
            runs[-1].append(i)
        else:
            runs.append([i])
    for run in runs:
        digits = "".join(frags[i].value for i in run)
        value = _phone_value("0" + digits) if digits[0] != "0" else None
        if value and not _labelled_groups(norm, frags[run[0]].start):
            return _joined(PHONE, value, frags, run, 0)
    return None


def _reversed(norm: str, seq: Sequence[Fragment], joinable: Sequence[bool]) -> Joined | None:
    """「8765-2234-090 ←区切りごとに後ろから並べて」「逆から読んで: 87654321090」: a run of groups
    read in the other order, only where a word says so."""
    if _clause_res()[2].search(norm) is None:
        return None
    by_group = _by_group(norm)
    i = 0
    while i < len(seq):
        j = i
        while j + 1 < len(seq) and seq[j + 1].kind == DIGITS and joinable[j + 1]:
            j += 1
        if seq[i].kind == DIGITS:
            values = [f.value for f in seq[i:j + 1]]
            forward = "".join(values)
            if 10 <= len(forward) <= 11 and _phone_value(forward) is None:
                tries = ["".join(reversed(values)), forward[::-1]]
                for digits in (tries if by_group else tries[::-1]):
                    value = _phone_value(digits)
                    if value:
                        return _joined(PHONE, value, seq, list(range(i, j + 1)), 0)
        i = j + 1
    return None


_OFFICIAL_RE = re.compile(r"@[a-z0-9][a-z0-9._-]{1,19}")
_SAME_GROUP_GAP_RE = regex.compile(r"[\s\-ー]?(?:の)?[\s\-ー]?")


def _roles_in(frags: Sequence[Fragment], norm: str | None) -> list[str | None]:
    """Each part's position. Within one message a part joined to a named one by 「の」 or a dash
    belongs to it (「前半が090の28」), and a leading ``0…`` run before a named last part is the
    first (「090-2236までは前回の通り、残りは7781」)."""
    roles = [f.role if f.kind == DIGITS else None for f in frags]
    if norm is None:
        return roles
    for i in range(1, len(frags)):
        a, b = frags[i - 1], frags[i]
        if b.kind == DIGITS and a.kind == DIGITS and roles[i - 1] in (FIRST, MIDDLE, LAST) \
                and roles[i] in (None, roles[i - 1]) and len(a.value) == len(b.value) \
                and (_CORRECTS_RE.fullmatch(norm[a.end:b.start]) or _takes_back(norm[a.end:b.start])):
            roles[i - 1], roles[i] = None, roles[i - 1]  # 「5678ではなく5679」: the first is taken back
        elif roles[i] is None and b.kind == DIGITS and roles[i - 1] in (FIRST, MIDDLE, LAST) \
                and _SAME_GROUP_GAP_RE.fullmatch(norm[a.end:b.start]):
            roles[i] = roles[i - 1]
    if MIDDLE in roles or FIRST in roles:
        _fill_mask_and_rest(frags, norm, roles)
    if FIRST not in roles and LAST in roles:
        head = []
        for i, f in enumerate(frags):
            if f.kind != DIGITS or roles[i] is not None:
                break
            if head and not _SAME_GROUP_GAP_RE.fullmatch(norm[frags[head[-1]].end:f.start]):
                head = []
            head.append(i)
        if head and frags[head[0]].value.startswith("0"):
            for i in head:
                roles[i] = FIRST
    return roles


# 「080-****-1578って伏せたけど、真ん中は9326ね」: a group masked, the one named later fills it
_MASKED_GAP_RE = regex.compile(r"[\s\-ー]?[*＊●○◯×xX?？■□#＃]{3,4}+[\s\-ー]?")
# 「市外局番は0942で、番号は33の1875」: after the area code, the number itself named as 「番号」
_AREA_CODE_BEFORE_RE = regex.compile(r"局番|(?<![a-z])area code")
_REST_NAMED_GAP_RE = regex.compile(r"[\s、,。]*+(?:で|です|だよ|ね)?[\s、,。]*+(?:電話番号|番号|あとの番号|その後の番号)\s?(?:は|が|:|：|=)\s?")


def _fill_mask_and_rest(frags: Sequence[Fragment], norm: str, roles: list[str | None]) -> None:
    """Roles the message gives by showing a number with a group masked and naming that group later,
    or by naming the area code and then 「番号」 for the rest (``roles`` updated in place)."""
    digits = [i for i, f in enumerate(frags) if f.kind == DIGITS]
    for a, b in zip(digits, digits[1:]):
        if roles[a] is not None or roles[b] is not None or b != a + 1:
            continue
        gap = norm[frags[a].end:frags[b].start]
        if _MASKED_GAP_RE.fullmatch(gap) and frags[a].value.startswith("0") and MIDDLE in roles[b + 1:]:
            roles[a], roles[b] = FIRST, LAST  # (the masked group is the middle one named after)
            return
    if FIRST in roles and MIDDLE not in roles and LAST not in roles:
        i = roles.index(FIRST)
        if frags[i].kind != DIGITS or not _AREA_CODE_BEFORE_RE.search(norm, max(0, frags[i].start - 12), frags[i].start):
            return
        rest = []
        for j in range(i + 1, len(frags)):
            gap = norm[frags[j - 1].end:frags[j].start]
            if frags[j].kind != DIGITS or roles[j] is not None \
                    or not (_REST_NAMED_GAP_RE.fullmatch(gap) if j == i + 1 else _SAME_GROUP_GAP_RE.fullmatch(gap)):
                break
            rest.append(j)
        for j in rest:
            roles[j] = LAST


def _phone_by_role(frags: Sequence[Fragment], boundary: int, norm: str | None = None) -> Joined | None:
    roles = _roles_in(frags, norm)
    by_role = {r: [i for i, f in enumerate(frags) if f.kind == DIGITS and roles[i] == r] for r in (FIRST, MIDDLE, LAST)}
    if not by_role[FIRST] or not (by_role[LAST] or len(by_role[MIDDLE]) >= 2):
        return None
    # the named groups: a first (with the parts that belong to it), the middles in the order the
    # message gives them, the last with its own parts
    first = by_role[FIRST][:3] if norm is not None else by_role[FIRST][:1]
    last = [i for i in by_role[LAST] if i >= by_role[LAST][0]][-3:] if norm is not None else by_role[LAST][-1:]
    order = first + by_role[MIDDLE][:2] + last
    if boundary and not (min(order) < boundary <= max(order)):
        return None
    if norm is not None and _labelled_groups(norm, frags[min(order)].start):
        return None  # 「注文番号の最初は0312、真ん中が3456…」: the groups of a labelled number
    value = _phone_value("".join(frags[i].value for i in order))
    if value is None:
        return None
    return _joined(PHONE, value, frags, order, boundary)


def _labelled_groups(norm: str, start: int) -> bool:
    """A label (注文番号, 品番) names what the groups from ``start`` on are, with no phone cue after it."""
    before = norm[max(0, start - 24):start]
    label = None
    for label in _label_re().finditer(before):
        pass
    return label is not None and not _CUE_RE.search(before, label.end())


def _phone(seq: Sequence[Fragment], boundary: int, joinable: Sequence[bool], need_word=None) -> Joined | None:
    """The longest run of consecutive digit groups that makes a valid number, ending as late as
    possible; across messages it must take a group from each side of ``boundary``."""
    if boundary:
        found = _phone_by_role(seq, boundary)
        if found is not None:
            return found
    best = None
    for end in range(len(seq) - 1, max(boundary, 0) - 1, -1):
        if seq[end].kind != DIGITS:
            continue
        digits = ""
        for start in range(end, -1, -1):
            if seq[start].kind != DIGITS or (start < end and not joinable[start + 1]):
                break
            digits = seq[start].value + digits
            if len(digits) > 11:
                break
            if start == end or (boundary and start >= boundary) or len(digits) < 10:
                continue
            if need_word is not None and not any(
                    _phone_sep_unread(need_word[k]) for k in range(start, end)):
                continue  # separators the phone detector reads itself: it reports the number
            value = _phone_value(digits)
            if value:
                best = _joined(PHONE, value, seq, list(range(start, end + 1)), boundary)
        if best:
            return best
    return None


_UNREAD_SEP_RE = regex.compile(r"と|や|\||\+|それから|その|次|後|あと")


def _phone_sep_unread(gap: str) -> bool:
    return _UNREAD_SEP_RE.search(gap) is not None


def _spelled(seq: Sequence[Fragment], boundary: int, tight: Sequence[bool], cues,
             require_spelling: bool = False) -> list[Joined]:
    """Runs of parts with nothing between them but spacing, read as one string: an e-mail
    address when it holds one ``@``, else a LINE ID when a LINE cue is present."""
    out: list[Joined] = []
    i = 0
    while i < len(seq):
        j = i
        while j + 1 < len(seq) and tight[j + 1] and _glue(seq[j], seq[j + 1]):
            j += 1
        if j > i:
            out += _read_run(seq, i, j, boundary, cues, require_spelling)
        i = j + 1
    return out


def _glue(a: Fragment, b: Fragment) -> bool:
    """Two parts may be read as one string only where a symbol meets: 「taro.」「yamada@…」, not
    「taro」「yamada」 (two words)."""
    if a.kind == ADDRESS or b.kind == ADDRESS and not (a.value.endswith((".", "_", "-")) or b.value[0] in "._-"):
        return False
    return a.kind == SEP or b.kind in (SEP, AT_DOMAIN) or a.kind == LOCAL_AT or a.value[-1] in "._-" or b.value[0] in "._-" \
        or a.role == SPELLED and b.role == SPELLED \
        or a.kind == WORD and a.value[0] == "@"  # 「@572」「kxqtb」


def _read_run(seq, i: int, j: int, boundary: int, cues, require_spelling: bool) -> list[Joined]:
    if boundary and not (i < boundary <= j):
        return []
    if not boundary:
        # a dash or dot that opens the run has nothing before it to join: a list's bullet
        # (「- Stripe」), a sentence's full stop (「"@shop". Should」)
        while i < j and seq[i].kind == SEP and seq[i].value in ".-":
            i += 1
        if i == j:
            return []
    parts = seq[i:j + 1]
    if require_spelling and not any(f.kind == SEP for f in parts):
        return []
    text = "".join(f.value if f.kind != LOCAL_AT else f.value + "@" for f in parts)
    idx = list(range(i, j + 1))
    if text.count("@") == 1 and text[0] != "@":
        local, _, host = text.partition("@")
        value = _email_value(f"{local}@{_ascii_providers().get(host, host)}")  # (「… at gmail」)
        return [_joined(EMAIL, value, seq, idx, boundary)] if value else []
    if ("@" not in text or text[0] == "@" and text.count("@") == 1) and CUE_LINE in cues:
        value = _line_value(text)
        return [_joined(LINE_ID, value, seq, idx, boundary)] if value else []
    return []


_FILE_NAME_RE = re.compile(r"\.(?:jpe?g|png|gif|heic|webp|bmp|svg|pdf|mp[34]|mov|zip|docx?|xlsx?|pptx?|csv|txt)$")


def _part_shaped(frags: Sequence[Fragment], idx: list[int]) -> list[int]:
    """Of several candidate parts, the last when it has a digit or a symbol and the others are
    words of talk (「you can email me: mark.t」: not "me"); a word in progress (「…at」「examp」)
    leaves them all, and no join."""
    if len(idx) < 2 or _LETTERS_ONLY_RE.fullmatch(frags[idx[-1]].value) \
            or not all(_LETTERS_ONLY_RE.fullmatch(frags[i].value) for i in idx[:-1]):
        return idx
    return idx[-1:]


# A carrier's name is as often the phone's as the mail's (「機種は iphone15」「ドコモです」): it names
# the host of a part only where the conversation speaks of mail.
_CARRIERS = frozenset(("docomo.ne.jp", "au.com", "ezweb.ne.jp", "softbank.ne.jp", "i.softbank.jp"))


def _provider_domain(f: Fragment) -> str:
    return _ascii_providers().get(f.value, f.value)


def _names_provider(f: Fragment) -> bool:
    """「gmail」「ジーメール」「docomo.ne.jp」: the part names a mail provider."""
    return f.kind == WORD and f.value in _ascii_providers() or f.kind == DOMAIN and f.value in _provider_names()


def _glued(frags: Sequence[Fragment], boundary: int, tight: Sequence[bool] | None) -> tuple[list[Fragment], int]:
    """The parts with each run that a symbol holds together read as one part (「mari ドット k ドット
    0707」 -> ``mari.k.0707``, 「hina.pon」「.0505」 -> ``hina.pon.0505``): a local part spelled in
    pieces is one part beside its host. A run never crosses ``boundary`` (the messages' seam) nor
    an ``@``; ``tight[i]``: nothing but spacing stands before part ``i`` (``None``: all do)."""
    out: list[Fragment] = []
    new_boundary = 0
    i = 0
    while i < len(frags):
        if i == boundary:
            new_boundary = len(out)
        j = i
        while j + 1 < len(frags) and j + 1 != boundary and (tight is None or tight[j + 1]) \
                and all(f.kind in (WORD, DIGITS, SEP) and f.value != "@" for f in frags[j:j + 2]) \
                and _glue(frags[j], frags[j + 1]):
            j += 1
        run = frags[i:j + 1]
        if j > i and run[0].kind != SEP and run[-1].kind != SEP and any(f.kind == WORD for f in run):
            value = "".join(f.value for f in run)
            role = next((f.role for f in run if f.role), None)
            out.append(Fragment(DOMAIN if _is_domain(value) else WORD, value, run[0].start, run[-1].end, role))
        else:
            out.extend(run)
        i = j + 1
    return out, (new_boundary if boundary else 0)


# 「aoi.hoshi.1987」「ドコモのやつです」: names joined by a dot with a number after them are a person's
# address, not a phone's model (「sh-52c」) or a file (「photo.edit」): a carrier named beside them is the host
_NAME_DOT_NAME_RE = re.compile(r"(?<![a-z])[a-z]{2,}\.[a-z]{2,}[._\-]?[0-9]{2,4}(?![0-9a-z])")


def _email_by_role(frags: Sequence[Fragment], cues, boundary: int = 0, whole: bool = False,
                   tight: Sequence[bool] | None = None) -> Joined | None:
    """A local part and a domain in separate clauses, either order: 「ユーザー名はtaro、ドメインは
    gmail.com」; without roles, one local-looking word and one domain with a mail cue."""
    frags, boundary = _glued(frags, boundary, tight)
    # (a local part may look like a domain: 「user name: lee.minho.jp」)
    locals_ = [i for i, f in enumerate(frags)
               if f.kind in (WORD, LOCAL_AT) and f.role in (LOCAL, FIRST) or f.kind == DOMAIN and f.role == LOCAL]
    hosts = [i for i, f in enumerate(frags) if f.kind in (DOMAIN, AT_DOMAIN, WORD) and f.role in (HOST, LAST)]
    if not (locals_ and hosts) and CUE_EMAIL in cues:
        # 「gmailです」 after a local part sent alone: a provider's name is its domain (within one
        # message, 「gmailで登録…Eメールで」 is talk about mail)
        providers = _ascii_providers() if boundary else {}
        domains = [i for i, f in enumerate(frags) if f.kind in (DOMAIN, AT_DOMAIN) or f.value in providers]
        if len({_provider_domain(frags[i]).lstrip("@") for i in domains}) == 1:
            domains = domains[-1:]  # (「Gmail:」: the name and the host memory gave it are one)
        words = _part_shaped(frags, [i for i, f in enumerate(frags) if f.kind in (WORD, LOCAL_AT) and i not in domains])
        between = range(min(words + domains, default=0) + 1, max(words + domains, default=0))
        if len(words) == 1 and len(domains) == 1 and (not any(frags[k].kind in (WORD, DIGITS) for k in between)
                                                       or words[0] < domains[0] == boundary):
            # (「neko_lover、数字の5、それから@」: a part between them is the address's too, and a join
            # that drops it would be a wrong value; between messages sent one piece each, 「yuki」「88」
            # 「@より後ろは yahoo.co.jp」, it is joined to the local part below)
            locals_, hosts = words, domains
    if not (locals_ and hosts) and boundary and (CUE_EMAIL in cues or whole):
        # 「kobayashi.design22 です」「gmailです」, 「hayato.ito.biz です」「ジーメールです」: a provider
        # named where the sender gives nothing else is the host of the one part beside it, even of
        # a part that looks like a domain; the name says mail, a part of letters only does not
        named = [i for i, f in enumerate(frags) if _names_provider(f)]
        rest = _part_shaped(frags, [i for i, f in enumerate(frags) if f.kind in (WORD, LOCAL_AT, DOMAIN) and i not in named
                                    and len(named) == 1 and (i < boundary) != (named[0] < boundary)])
        # (「gmailです、アカウント名言いますね」 then the part: an account at a provider is an address;
        # a carrier's name after a model number is the phone's)
        if len(named) == 1 and len(rest) == 1 and (CUE_EMAIL in cues or (named[0] >= boundary or CUE_ID in cues)
                                                   and not _LETTERS_ONLY_RE.fullmatch(frags[rest[0]].value)
                                                   and (_provider_domain(frags[named[0]]) not in _CARRIERS
                                                        or _NAME_DOT_NAME_RE.search(frags[rest[0]].value))):
            locals_, hosts = rest, named
    if not (locals_ and hosts):
        return None
    li, hi = locals_[0], hosts[0]
    if li + 1 < hi == boundary and hi - li <= 4 and all(
            f.kind in (WORD, DIGITS, SEP) and f.value != "@" and f.role in (None, MIDDLE, SPELLED) for f in frags[li + 1:hi]):
        # 「ユーザー名は taro」「続けて 1985」「ドメインは gmail.com」: every piece the sender gave between the
        # local part's start and its host is the local part's (the first alone is a wrong address)
        local = Fragment(WORD, "".join(f.value for f in frags[li:hi]), frags[li].start, frags[hi - 1].end, frags[li].role)
        frags = list(frags[:li]) + [local] + list(frags[hi:])
        boundary -= hi - 1 - li
        hi = li + 1
    if frags[li].value.endswith((".", "_", "-")):
        return None  # 「ryo_」: the local part goes on in what follows
    if ELSEWHERE in (frags[li].role, frags[hi].role):
        return None  # 「Instagram のユーザー名は hana.shop」: a login's name, no local part
    if boundary and not (min(li, hi) < boundary <= max(li, hi)):
        return None
    host = frags[hi].value.lstrip("@")
    if frags[hi].kind == WORD:
        host = _ascii_providers().get(host, host)
    k = hi
    while k + 2 < len(frags) and frags[k + 1].kind == SEP and frags[k + 1].value == "." \
            and frags[k + 2].kind in (WORD, DOMAIN) and not _is_domain(host):
        host, k = f"{host}.{frags[k + 2].value}", k + 2  # 「後半は morikawa-sekkei ドット jp」
    if _FILE_NAME_RE.search(frags[li].value):
        return None  # 「写真は photo_2023.jpg」「iCloudです」: a file, not a local part
    value = _email_value(f"{frags[li].value}@{host}")
    return _joined(EMAIL, value, frags, sorted((li, hi)), boundary) if value else None


def _line_by_join(frags: Sequence[Fragment], cues, norm: str | None = None) -> Joined | None:
    """「LINEのIDはtaroと1234をアンダーバーでつないだもの」「前半がtaro、後半が_1234」. Within one
    message (``norm``) the pieces a join word joins are those of its own sentence: a digit of
    「2週間」 or a size 「630px」 three sentences away is no part of the ID."""
    pieces = [i for i, f in enumerate(frags) if f.kind in (WORD, DIGITS)]
    if len(pieces) < 2:
        return None
    roles = {f.role for f in frags}
    if FIRST in roles and LAST in roles and CUE_ID in cues:  # 「LINEの前半が…」 alone may be any topic
        order = ([i for i in pieces if frags[i].role == FIRST][:1] + [i for i in pieces if frags[i].role == MIDDLE]
                 + [i for i in pieces if frags[i].role == LAST][-1:])
        sep = ""
    elif CUE_JOIN in cues:
        if norm is not None:
            frags = _near_join_word(norm, frags)
            pieces = [i for i, f in enumerate(frags) if f.kind in (WORD, DIGITS)]
            if len(pieces) < 2:
                return None
        pieces = [i for i in pieces if not _MEASURE_RE.fullmatch(frags[i].value)]  # (「630px」「2gb」)
        order = pieces[:3]
        seps = [f.value for f in frags if f.kind == SEP]
        sep = seps[0] if len(seps) == 1 else ""
        if len(order) < 2 or not sep and not any(ch.isdigit() for i in order for ch in frags[i].value):
            return None  # words of talk joined by nothing named (「usb と hdmi を合わせて」): products, not an ID
    else:
        return None
    value = _line_value(sep.join(frags[i].value for i in order))
    return _joined(LINE_ID, value, frags, sorted(order), 0) if value else None


_SENTENCE_END_RE = re.compile(r"[。!?！？\n]+")
# a size or a measure written as one word: no piece of an ID
_MEASURE_RE = re.compile(r"[0-9]+(?:\.[0-9]+)?(?:px|pt|em|rem|vh|vw|dpi|ppi|gb|mb|kb|tb|mah|hz|khz|mhz|ghz|mm|cm|km|kg|mg|ml|"
                         r"inch|in|k|p|fps|w|v|x)")


def _near_join_word(norm: str, frags: Sequence[Fragment]) -> list[Fragment]:
    """The parts of a join word's sentence and of the sentence before it (「IDは taro と 1234 です。
    アンダーバーでつないでね」); parts further away stay out."""
    ends = [0] + [m.end() for m in _SENTENCE_END_RE.finditer(norm)] + [len(norm) + 1]
    spans = []
    for m in _CUE_RE.finditer(norm):
        if m.lastgroup == CUE_JOIN:
            k = bisect.bisect_right(ends, m.start()) - 1  # the sentence [ends[k], ends[k + 1])
            spans.append((ends[max(0, k - 1)], ends[k + 1]))
    return [f for f in frags if any(s <= f.start and f.end <= e for s, e in spans)]


# After an ID that opens a message: look it up, or add it, in the app the last message named.
_SEARCH_FOR_RE = re.compile(r"\s?(?:で|を|って)?\s?(?:検索|けんさく|友だち追加|友達追加|ともだち追加|追加して|ついかして|出ます|出てき|"
                            r"出てくる|見つか|ヒット|"
                            r"(?:search|add)(?![a-z]))")
_POINTS_AT_RE = re.compile(r"\s*(?:これ|こちら|こっち|↓|⬇|👇)\s*(?:です|が|は)?\s*[→⇒➡:：]?\s*")


def _line_cue_completion(reading: Reading, chain: Sequence[Trace]) -> list[Joined]:
    """「LINEの」 then 「IDはtaro_1234」: an earlier message names LINE, this one gives the ID. The
    cue may sit a message or two back behind messages of cues alone (「ライン」「ID」「kumo_99」)."""
    for last in reversed(chain[-3:]):
        if CUE_LINE in last.cues or last.tail or not last.cues:
            break
    if CUE_LINE not in last.cues:
        return []
    words = [i for i, f in enumerate(reading.fragments) if f.kind == WORD]
    pointed = len(reading.fragments) == 1 and reading.tail == 1 and _POINTS_AT_RE.fullmatch(
        reading.view.text, 0, reading.fragments[0].start) is not None  # 「これ→ momo_22」
    searched = words == [0] and reading.head >= 1 and _SEARCH_FOR_RE.match(
        reading.view.text, reading.fragments[0].end) is not None  # 「sakura_mama22 で検索してみてください」
    if len(words) != 1 or not (CUE_ID in reading.cues or reading.whole and len(reading.fragments) == 1
                               or pointed or searched):
        return []
    if not _LINE_SHAPE_RE.search(reading.fragments[words[0]].value):
        return []  # letters only: a word in progress (「ID→ natsu」「mikan08」, 「hoshi」「yomi.」「…続き→rin7」)
    piece = reading.fragments[words[0]].value
    if piece.endswith((".", "_", "-")):
        return []  # 「taro_」: the rest is still to come, and memory will join it
    value = _line_value(piece)
    return [_joined(LINE_ID, value, reading.fragments, words, 0, across=True)] if value else []


def _joined(category: str, value: str, seq: Sequence[Fragment], idx: list[int], boundary: int,
            across: bool = False) -> Joined:
    own = [seq[i] for i in idx if i >= boundary]  # parts in the current message (roles reorder them)
    return Joined(category, value, min(f.start for f in own), max(f.end for f in own), len(idx),
                  across or boundary > 0)


# -- validation: the detectors' own checks ---------------------------------------------------

@functools.lru_cache(maxsize=4096)
def _phone_value(digits: str) -> str | None:
    return _whole_phone(digits) if 10 <= len(digits) <= 11 and digits[0] == "0" else None


def _whole_phone(number: str) -> str | None:
    """The phone detector's value when it reads ``number`` as one number, end to end."""
    from .detectors.phone import detect_phone_numbers

    found = list(detect_phone_numbers(NormalizedText.of(number)))
    return found[0].value if len(found) == 1 and found[0].end - found[0].start == len(number) else None


@functools.lru_cache(maxsize=4096)
def _email_value(address: str) -> str | None:
    from .detectors.email import detect_email_addresses

    local, _, domain = address.partition("@")
    if not local or not domain or len(address) > 254 or local in _ascii_providers():
        return None  # (「メールはgmail、ユーザー名は m a r c o . r o s s i . j p」: the provider names the host)
    if domain.startswith("www.") and domain.count(".") >= 2:
        # (「ホームページ www.kobe-design.jp のドメインに、yamamoto@」: the site's host, not the mailbox's domain)
        domain = domain[4:]
        address = f"{local}@{domain}"
    tld = domain.rsplit(".", 1)[-1]
    if len(tld) != 2 and tld not in _TLDS:  # 「…dot fr. Attachments」: the next sentence is no label
        return None
    found = [f for f in detect_email_addresses(NormalizedText.of(address)) if f.end - f.start == len(address)]
    return found[0].value if found else None


@functools.lru_cache(maxsize=4096)
def _line_value(value: str) -> str | None:
    from .detectors.line import is_line_id

    value = value.lower()
    if _phone_value(value) or not is_line_id(value):
        return None
    return value


# -- the detector: parts joined within one message --------------------------------------------

_REASONS = {
    PHONE: ("電話番号が分けて書かれています（つなげると一つの番号になります）。",
            "Contains a phone number given in parts (joined, they make one number)."),
    EMAIL: ("メールアドレスが分けて書かれています（つなげると一つのアドレスになります）。",
            "Contains an e-mail address given in parts (joined, they make one address)."),
    LINE_ID: ("LINE IDが分けて書かれています（つなげると一つのIDになります）。",
              "Contains a LINE ID given in parts (joined, they make one ID)."),
}
_ASCII_GATE_RE = re.compile("[0-9a-z]")


def finding(view: NormalizedText, joined: Joined) -> Finding:
    """The finding for a joined value, on the message ``view`` holds."""
    ja, en = _REASONS[joined.category]
    value = joined.value
    if joined.category == EMAIL:
        from .detectors.email import closed_up

        value = closed_up(value, view.text)  # 「t.a.k.e.r.u.0.3.1.8 ってドット全部抜いて」: as the message says
    return Finding.at(view, joined.category, joined.start, joined.end, value, SCORES[joined.category], ja, en)


def _joined_in(view: NormalizedText) -> tuple[Joined, ...]:
    joined: list[Joined] = []
    if _join_cue(view.text):  # parts only join where a cue says so
        reading = read(view)
        # (one part joins with nothing, unless a word says to read it backwards)
        if len(reading.fragments) >= 2 or reading.fragments and _clause_res()[2].search(view.text):
            joined = list(_within(reading, (PHONE, EMAIL, LINE_ID)))
    if may_interleave(view.text):
        taken = Spans([(j.start, j.end) for j in joined])
        joined += [j for j in _between_words(view.text) if not taken.overlaps(j.start, j.end)]
    if may_read_down(view.text):
        taken = Spans([(j.start, j.end) for j in joined])
        joined += [j for j in _read_down(view.text) if not taken.overlaps(j.start, j.end)]
    if not joined:
        return ()
    whole = _whole_values(view, {j.category for j in joined})
    return tuple(j for j in joined if (j.category, j.value) not in whole)


# 「090 ギャラ有 2231 箱有 7784 ←電話ください」「080 ★新品★ 7741 ★未開封★ 3390」: a mobile number's groups with a
# listing's words typed between them, a call asked for right around them (a word between groups is
# otherwise talk: 「090 ギャラ有 2231 箱有 7784 で出品中」 is three numbers)
_INTERLEAVED_GATE_RE = re.compile(r"(?<![0-9])0[5789]0(?![0-9])")
_INTERLEAVED_RE = regex.compile(
    r"(?<![0-9])(?P<a>0[5789]0)[^0-9\n。!！?？]{1,12}?(?<![0-9])(?P<b>[0-9]{4})[^0-9\n。!！?？]{1,12}?(?<![0-9])(?P<c>[0-9]{4})(?![0-9])")
_CALL_CUE_RE = regex.compile(r"電話|でんわ|デンワ|(?<![a-z])(?:tel|call|sms)(?![a-z])|携帯|ケータイ|けーたい|番号|ショートメール|ショートメッセージ")
_CALL_REACH = 24


def _listing_words(gap: str) -> bool:
    """A gap of words that name no place, take nothing back and mask nothing (those gaps are the
    clause reader's: 「…で、次が6631、いや6613」「-****-」), and more than a phone's separators."""
    return _PHONE_SEP_RE.fullmatch(gap) is None and "`" not in gap and not _clause_gap(gap, False) \
        and _POSITION_WORD_RE.search(gap) is None and _clause_res()[1].search(gap) is None \
        and _MASKED_GAP_RE.search(gap) is None


def may_interleave(text: str) -> bool:
    """A mobile prefix and a call asked for: groups with words between them may be one number."""
    return _INTERLEAVED_GATE_RE.search(text) is not None and _CALL_CUE_RE.search(text) is not None


def _between_words(norm: str) -> list[Joined]:
    out = []
    for m in _INTERLEAVED_RE.finditer(norm):
        groups = [(m.start(g), m.end(g)) for g in "abc"]
        if not all(_listing_words(norm[a[1]:b[0]]) for a, b in zip(groups, groups[1:])):
            continue
        if any(_not_a_part(norm, s, e) or _in_amount_or_date(norm, s, e) for s, e in groups):
            continue
        if _CALL_CUE_RE.search(norm, max(0, m.start() - _CALL_REACH), m.end() + _CALL_REACH) is None:
            continue
        value = _phone_value(m.group("a") + m.group("b") + m.group("c"))
        if value:
            out.append(Joined(PHONE, value, m.start(), m.end(), 3, False))
    return out


# 「0時を過ぎても…⏎8年付き合った…⏎0からやり直せる…」「〇時に目が覚めました⏎九つの星が…」: a number read down
# the first character of consecutive lines (an acrostic), each line opening with one digit in any
# script. A list's marks (「1.」「2)」), times (「09:00」) and a count (0時, 1時, 2時 …) give no number.
_LINE_INITIAL_RE = regex.compile(r"[ \t\u3000]*([0-9〇零一二三四五六七八九])(?![0-9〇零一二三四五六七八九.)\]:、,])")
_READ_DOWN_LINES = 10  # the shortest number, one digit a line


def may_read_down(text: str) -> bool:
    """Lines enough for a number read down their first characters."""
    return text.count("\n") >= _READ_DOWN_LINES - 1


def _read_down(norm: str) -> list[Joined]:
    out: list[Joined] = []
    run: list[tuple[str, int]] = []  # (digit, where it stands) of each line of the run
    pos = 0
    for line in norm.split("\n") + [""]:
        m = _LINE_INITIAL_RE.match(line)
        if m is not None:
            run.append((m.group(1).translate(_KANJI), pos + m.start(1)))
        else:
            if len(run) >= _READ_DOWN_LINES:
                found = _number_down(run)
                if found is not None:
                    out.append(found)
            run = []
        pos += len(line) + 1
    return out


def _number_down(run: Sequence[tuple[str, int]]) -> Joined | None:
    for start in range(len(run) - _READ_DOWN_LINES + 1):
        if run[start][0] != "0":
            continue
        for size in (11, 10):
            window = run[start:start + size]
            digits = "".join(d for d, _ in window)
            steps = {int(b) - int(a) for a, b in zip(digits, digits[1:])}
            if len(window) < size or steps <= {0, 1}:
                continue
            value = _phone_value(digits)
            if value:
                return Joined(PHONE, value, window[0][1], window[-1][1] + 1, size, False)
    return None


def _whole_values(view: NormalizedText, categories: set[str]) -> set[tuple[str, str]]:
    """What the one-piece detectors read in the message: a join that only repeats it is dropped."""
    from .detectors.email import detect_email_addresses
    from .detectors.line import detect_line_ids
    from .detectors.phone import detect_phone_numbers

    detectors = {PHONE: detect_phone_numbers, EMAIL: detect_email_addresses, LINE_ID: detect_line_ids}
    return {(c, f.value) for c in categories for f in detectors[c](view)}


def may_hold_parts(text: str) -> bool:
    """Every part holds an ASCII letter or digit, or is English read out in katakana, which the
    normalizer leaves as words with the zero オー (「ゼロナインゼロはワンゼロゼロオーで、その後ゼロゼロゼロファイブ」
    「ゼロワンツーオーは…」), or is kana with a casual zero the normalizer does not read, which cuts its
    run short of digits (「ぜろいちにおーは…」 is left in words)."""
    return _ASCII_GATE_RE.search(text) is not None or "オー" in text or may_read_down(text) \
        or any(w in text for w in ct.PHONE_KATAKANA_ENGLISH) \
        or (any(w in text for w in _CASUAL_ZEROS) and _kana_zero_re().search(text) is not None)


_CASUAL_ZEROS = ("おう", "おー", "オウ", "れー", "レー")


@functools.lru_cache(maxsize=1)
def _kana_zero_re() -> "re.Pattern[str]":
    """A casual zero next to a reading of two kana or more (「いちにおー」「おうはち」), a particle-like
    one-kana reading in between allowed (「ぜろいちにおう」); 「会おう」「におう」 alone are words."""
    from .detectors.phone_words import _JA_WORDS

    strong = ct.kana_alternation([w for w in _JA_WORDS if len(w) > 1 and w not in _CASUAL_ZEROS])
    zero = "|".join(_CASUAL_ZEROS)
    return re.compile(rf"(?:{strong})[\s、・\-]?(?:[にしくごニシクゴ][\s、・\-]?)?(?:{zero})"
                      rf"|(?:{zero})[\s、・\-]?(?:{strong})")


class SplitIdentifierDetector:
    """Identifiers given in parts inside one message; one instance per category, sharing the work
    through the view's memo."""

    def __init__(self, category: str):
        self.category = category

    def __call__(self, view: NormalizedText) -> tuple[Finding, ...]:
        if not may_hold_parts(view.text):
            return ()
        joined = view.memo("fragments.joined", lambda: _joined_in(view))
        return tuple(finding(view, j) for j in joined if j.category == self.category) if joined else ()

    def __repr__(self) -> str:
        return f"SplitIdentifierDetector({self.category!r})"


detect_split_phone = SplitIdentifierDetector(PHONE)
detect_split_email = SplitIdentifierDetector(EMAIL)
detect_split_line_id = SplitIdentifierDetector(LINE_ID)
