"""LINE IDs and LINE add-friend links disclosed in a message.

A link (``line.me/ti/p/~taro``, ``line.me/R/ti/p/%40abc``, ``lin.ee/AbCd123``) is found by one
regex, gated on the substrings ``line.me`` / ``lin.ee``. An ID is an ASCII run that the shared
channel analysis (:mod:`.channels`) ties to LINE with a cue: 「LINE ID: taro_1234」「ラインは→taro」
「@123abcde（LINE公式）」「taro_1234でID検索」. A bare handle without a cue is never an ID.

LINE ID rules (domain notes §4): 4–20 characters of lowercase letters, digits and ``. - _``;
official accounts are ``@`` + the same characters. The value is the ID in lowercase (official
accounts keep ``@``) or, for a link, the canonical https URL in lowercase.
"""
from __future__ import annotations

import bisect
import re
from typing import Iterator

import regex

from .. import chartables as ct
from ..model import LINE_ID, Finding
from ..normalize import AT_WORD, NormalizedText
from ..alternation import searcher, skipping
from . import code_context, spelled
from .channels import ContactLexicon, analyze, default_lexicon, handles
from .contact_analysis import SIZE_BEFORE_RE
from .contact_handles import OFFICIAL_ID, THING_ID_BEFORE_RE as _THING_ID_BEFORE_RE
from ..topics import topic_words
from ..spans import Spans  # by bisection: thousands of matches cost as little per match as five

_ID_RE = regex.compile(r"[a-z0-9._\-]{4,20}")
# 「LINE@nlj2850e」: LINE@ is the old name of official accounts, so the @ is no e-mail's.
_LINE_AT_RE = regex.compile(r"(?<![a-z0-9._\-])line ?@ ?(?P<id>[a-z0-9._\-]{4,20}+)(?![a-z0-9._\-@]|\.[a-z])")
# 「@123abcdeで検索すると弊社のアカウントが出てきます」: an official account's basic ID (8 letters and
# digits, both present) to be searched for, with no other channel named, is LINE's.
_OFFICIAL_SEARCH_RE = regex.compile(
    rf"(?<![a-z0-9._\-@]){OFFICIAL_ID}(?![a-z0-9._\-@])"
    r"(?=\s{0,2}+(?:で|を)?\s{0,2}+(?:id)?\s{0,2}+(?:検索|けんさく))")
# 「公式アカウント @529ymbqe を追加」「お店の公式アカは @318hnqwe」: a basic ID right after the words that call the
# account official; 「@529ymbqe（@も含めて検索してね）」: the @ told to be typed too, which only an official
# account's ID has
_OFFICIAL_NAMED_RE = regex.compile(
    rf"(?<=(?:公式\s?(?:アカウント|アカ|ライン|line)|(?<![a-z])official\s(?:line\s)?account)\s?(?:は|:|→|⇒|=|[(（【「])?\s{{0,2}}+)"
    rf"{OFFICIAL_ID}(?![a-z0-9._\-@])"
    rf"|(?<![a-z0-9._\-@]){OFFICIAL_ID}(?=\s?[(（「]?\s?[「『]?@[」』]?\s?(?:も|を|まで)\s?(?:含め|ふくめ|入れ|いれ|つけ|付け))")
# 「「@」のあとに 903ugnsd で検索してください」: the @ told apart from the rest of the basic ID
_AT_THEN_ID_RE = regex.compile(
    r"[「『\"']\s?@\s?[」』\"']\s?の?\s?(?:あと|後|うしろ|後ろ|次)に?\s{0,2}+[「『\"']?"
    r"(?P<id>(?=[a-z0-9]{0,7}[0-9])(?=[a-z0-9]{0,7}[a-z])[a-z0-9]{8})(?![a-z0-9._\-@])"
    r"(?=[」』\"']?\s{0,2}+(?:と|を)?\s{0,2}+(?:入れ|いれ|入力|打)?[^\n。]{0,6}?(?:検索|けんさく))")
_OFFICIAL_ADD_RE = regex.compile(
    r"(?<=(?<![a-z])(?:add|friend)\s(?:us\s|me\s|(?:our|the|my)\s(?:official\s|line\s){0,2}(?:account|page|id)\s)?"
    r"(?:on\sline\s)?(?:at\s|:\s?|as\s)?)"
    rf"{OFFICIAL_ID}(?![a-z0-9._\-@])")
_ALL_DIGITS_OR_SEPARATORS_RE = regex.compile(r"[0-9._\-]+")
# 「/^[a-z0-9._-]{4,20}$/」: a pattern's character ranges, in code about the ID field
_CHAR_RANGE_RE = regex.compile(r"(?<![a-z0-9])(?:a-z|0-9)")
# Every form that adds a friend or opens an official account: line.me/ti/p/…, the deprecated line://
# scheme, lin.ee short links, an official account's page (page.line.me/<basic ID>), its QR image
# (qr-official.line.me/…/<id>.png) and its message link (line.me/R/oaMessage/@…).
_LINK_RE = regex.compile(
    r"(?<![a-z0-9.\-])"
    r"(?:(?:line://|(?:https?://)?(?:www\.)?line\.me/(?:r/)?)ti/(?P<kind>p|g2|g)/"
    r"(?P<prefix>[~～〜]@|[~～〜]%40|[~～〜]|@|%40)?(?P<id>[a-z0-9._\-]{1,64}+)"
    r"|(?:https?://)?(?:www\.)?(?:"
    r"line\.me/r/oamessage/(?:@|%40)(?P<oa>[a-z0-9._\-]{3,32}+)"
    r"|page\.line\.me/(?P<page>[a-z0-9._\-]{3,32}+)"
    r"|qr-official\.line\.me/[a-z]{1,8}+/[a-z]{1,4}+/(?P<qr>[a-z0-9._\-]{3,64}+)"
    r"|lin\.ee/(?P<short>[a-z0-9_\-]{3,32}+)))"
)


# -- the app's name disguised, and the ID after it ------------------------------------------------
# 「L I N E」「L.I.N.E」「L…I…N…E」「L1NE」「L●NE」「LIEN」「ﾗｲﾝ」「ライソ」「ラインン」「ラ｛イ｝ン」
# 「エル・アイ・エヌ・イー」「みどりのアイコンのやつ」, and the plain names, with the ID a few characters
# on however it is pointed at (→ ⇒ ☞ 👉 ：【】「」（）, 「のIDは」, or just after the invitation).
_NAME_SEP = r"[\s.…・･·\-_*,、]{1,3}+"
_MASK = r"[1!|i●○◯◎■□◆◇★☆*×x?？_]"
_LINE_NAME_RE = regex.compile(
    rf"(?<![a-z0-9])(?:l{_NAME_SEP}i{_NAME_SEP}n{_NAME_SEP}e|l{_MASK}ne|line|lien|lnie|liine|linne|li[иИn]e|l[иИ][иИn]e)(?![a-z])"
    # a digit for a letter: 「1ine」「lin3」
    r"|(?<![a-z0-9])(?:1ine|l1ne|lin3|1in3)(?![a-z0-9])"
    r"|(?<![ァ-ヴー])(?:ライン+|ライソ|ラィン|ラ[{(（\[「【<]?[イィ●○◯〇■□*・][}\])）」】>]?ン|リーネ)(?![ァ-ヴー])"
    # its open chats (「オープンチャットのIDは oc_yoga77」「オプチャ」)
    r"|(?<![ァ-ヴー])(?:オープンチャット|オプチャ)(?![ァ-ヴー])"
    # stretched or split: 「ラ〜イ〜ン」「ラーイン」「ライ ン」
    r"|(?<![ァ-ヴー])ラ[〜～ー\s]{0,2}イ[〜～ー\s]{0,2}ン(?![ァ-ヴー])"
    r"|(?<![ぁ-ゖ])(?:らいん|らいそ|ら[●○◯〇*]ん|りーね)"
    # after a particle of a pointing word or a kanji (「これがらいんのIDです」「私のらいん」; 「からいんです」 is 辛い)
    r"|(?<=(?:これ|それ|こちら|あれ|[一-龯ァ-ヺ])[がはのも])らいん"
    # stretched in hiragana too: 「らいーん」「ら〜いん」
    r"|(?<![ぁ-ゖ])ら[〜～ー]{0,2}い[〜～ー]{1,2}ん|(?<![ぁ-ゖ])ら[〜～ー]{1,2}いん"
    # its slang and colour, only right before the place to talk, its ID or a pointer at it: 「線のID ▶ …」
    # 「緑で話そ！ID→」「🟩 → …」「線 ＝ hibiki_g4」「緑のほうのIDは…」
    r"|(?:^|(?<=[\s。!?！？]))(?:線|緑)(?=\s?(?:で|交換|の?id|[=→⇒▶:：]))|🟩(?=\s?[→⇒▶:：])"
    # and when it is compared as the quicker place to talk, its ID pointed at or named next: 「線のほうが楽やけん、
    # そっちで。IDは…」「Lのほうが早い→」 (「線のほうが楽に描ける」「Lのほうが早いかも、size_2 で」 are a stroke and a size)
    r"|(?:^|(?<=[\s。!?！？、]))(?:線\s?の(?:ほう|方)(?=が\s?(?:早|はや|楽(?!に)|らく(?!に)|便利|べんり|返信|確実)"
    r"[^\n]{0,20}?(?:[→⇒☞👉➡▶:：=＝]|(?<![a-z])id(?![a-z])))"
    r"|l\s?の(?:ほう|方)(?=が\s?(?:早|はや|楽(?!に)|らく(?!に)|便利|べんり|返信|確実)[^\n。!?！？]{0,12}?[→⇒☞👉➡▶]))"
    # the colour in other words and drawn (「みどりで交換しよ」「🟢で話そ」「💚のアプリで」): only before talking,
    # exchanging, its ID, its app or a pointer (「グリーンで塗って」「💚でも」 are no app)
    r"|(?:(?:^|(?<=[\s。!?！？]))(?:みどり|ミドリ|グリーン)|[🟩🟢💚])"
    r"(?=\s?(?:で(?:話|はな|連絡|れんらく|やり|交換|こうかん|つな)|交換|こうかん|の?id|のアプリ|[=→⇒▶:：]))"
    r"|(?:^|(?<=[\s。!?！？、]))(?:緑|みどり|ミドリ|グリーン)色?の(?:ほう|方)(?=\s?(?:で|の?id))"
    # one symbol or emoji set between every kana of the name: 「ら🐸い🐸ん」「ラ★イ★ン」 (the normalizer
    # takes it out of ASCII: 「l🍀i🍀n🍀e」)
    r"|(?<![ぁ-ゖァ-ヴー])[らラ](?P<ks>[^\w\s、。,]{1,2})[いイ](?P=ks)[んン](?![ぁ-ゖァ-ヴー])"
    r"|エル[・\s.、]{0,2}アイ[・\s.、]{0,2}エヌ[・\s.、]{0,2}イー|える[・\s.、]{0,2}あい[・\s.、]{0,2}えぬ[・\s.、]{0,2}いー"
    r"|(?:緑|みどり|ミドリ|グリーン)色?の(?:アイコン|アプリ|やつ|吹き出し|sns|チャット)(?:の(?:やつ|アプリ))?(?![ァ-ヴー])"
    # in romaji as learners type it, only before a romaji particle or word: 「rain de hanashimashou」「rain no ID wa」
    # (and a romaji word after the particle ends on a vowel or n: 「rain no longer」 is English)
    r"|(?<![a-z])rain(?=\s(?:de|no|wa)\s(?:id(?![a-z])|[a-z]{0,15}+(?<=[aiueon])(?![a-z]))|\s(?:id|tomodachi|koukan|kokan)(?![a-z]))"
    # (「らーでいい？」: the syllable drawn out)
    r"|(?:^|(?<=[\s。!?]))らー{0,2}(?=\s?(?:で|交換|こうかん|やって|の?id)|[、,]\s?やって)"
    # the app left unnamed, only right before its ID or the talk there: 「例のアプリのIDは…」「いつものアプリ
    # で連絡ください」「Lのほうで連絡」 (「Lのほうがいい」「例のアプリで買った」 are a size and a shop)
    # (and searched for there: 「いつものアプリで探してね、Kenta.Hikkoshi って名前」)
    r"|(?:例|いつも|あの)のアプリ(?=\s?(?:の\s?id|id|で\s?(?:連絡|話|やりと|やり取|つなが|繋が|探|さが|検索|けんさく)))"
    r"|(?:^|(?<=[\s。!?、]))l\s?(?:の(?:ほう|方))?(?=\s?(?:の\s?id|で\s?(?:連絡|話|やりと|やり取|つなが|繋が)))"
    # the place to go on in, its ID in the next words: 「ここじゃ重いけん、Ｌの方で。ID：kuroda77」「写真は線の方で。IDは…」
    # (「Lの方で作って」「線の方で切って」 are a size and a cut)
    r"|(?:^|(?<=[\s。!?、はも]))(?:l|線|緑|みどり|ミドリ|グリーン)\s?の(?:ほう|方)(?=\s?で\s?[。!?、]\s{0,2}id(?![a-z]))", regex.M)
# 「LINEのスタンプを買いました」「ラインのポイントを貯めて」「LINEで着せかえ買った」: the app as a shop, its
# product bought or made (「LINEのスタンプ送るね」「LINEでスタンプ送って」 are a chat)
_PRODUCT_AFTER = (r"\s?(?:の|で)\s?(?:スタンプ|着せ?かえ|着せ替え|絵文字|ポイント|ギフト|マンガ|漫画|ミュージック|music|ニュース|pay|ペイ)"
                  r"(?=[^。!?\n]{0,12}?(?:買|購入|販売|売|作|制作|集め|貯|ため|プレゼント|贈))")
_PRODUCT_AFTER_RE = regex.compile(_PRODUCT_AFTER)
# Words right after the name that make it a topic, not a place to talk: 「LINEスタンプ制作」
_TOPIC_AFTER_RE = regex.compile(
    r"\s?(?:スタンプ|漫画|マンガ|ニュース|ポイント|pay|ペイ|music|ミュージック|広告|ads|開発|bot|api|連携|works|ワークス|証券|銀行|バイト|モバイル)"
    r"|\s?の?(?:使い方|マニュアル|設定方法)|工|作業|生産|製造"
    r"|(?<=緑|みどり|ミドリ|グリーン|色|の|アイコン|アプリ|やつ|吹き出し|sns|チャット)を"  # 「緑のアイコンを…で保存」: a thing
    rf"|{_PRODUCT_AFTER}")
# a cheap test first: an ASCII run with a digit or a separator in it (no ID is all letters and no
# cue at all), and a name
_ID_GATE_RE = re.compile(r"[a-z0-9][._\-]|[a-z][0-9]|[0-9][a-z]|[)\]}] ?[(\[{][a-z0-9][)\]}]|[a-z]{2} [a-z]{2}")  # [a-z0-9]+[._-] is quadratic on long runs
_JOIN_GATE_RE = re.compile(r"間に|あいだに|前半|最初が|最初は|まで|\n[^\S\n]{0,8}[a-z0-9._\-]{1,8}[^\S\n]{0,8}\n|[a-z0-9] [a-z0-9._\-] [a-z0-9._\-] [a-z0-9]")
_NAME_GATE_RE = re.compile(
    r"line|lien|lnie|liine|linne|l[\s.…・･·\-_*,、1!|i●○◯◎■□◆◇★☆×x?？]|ライ|ラィ|ラ[{(（\[「【<●○◯〇■□*・]|らい|ら[●○◯〇*]|エル|緑|みどり"
    r"|ミドリ|グリーン|オープンチャット|オプチャ|らで|ら で|ら交換|らこうかん|らやって|ら、やって|ら,やって|らのid|らid|のアプリ|lのほう|lの方|l のほう|lのid|lで|l で|える|li[иИ]|l[иИ]|リーネ|りーね|線|🟩"
    r"|1in|lin3|ラ[〜～ー\s]|ら[〜～ー]|[らラ][^\w\s、。,]{1,2}[いイ]|rain |🟢|💚")
_name_gate, _id_gate = searcher(_NAME_GATE_RE), searcher(_ID_GATE_RE)  # (branch by branch, each skipping ahead: alternation.py)
# The emoji A the normalizer keeps as an enclosed @: an ID drawn in emoji letters does not end there
# (「🅼🅴🅻🅾🅽_🅿🅰🅽」 is no 「melon_p」)
_EMOJI_AS = ("🅐", "🅰")
_ID_TOKEN_RE = regex.compile(
    # (not cut at an emoji A: _EMOJI_AS)
    r"(?<![a-z0-9._\-@])(?P<at>@)?(?P<id>[a-z0-9][a-z0-9._\-]{3,19}+)(?![a-z0-9._\-@/🅐🅰]|\.[a-z]|\s{0,2}@)"
    # 「yu ri ka _ 0 3 (スペース無しで)」 (never from 「id」 or a romaji particle: 「LINE no ID wa …」)
    r"|(?<![a-z0-9._\-@])(?!(?:id|no|wa|ga|mo|ko) )(?P<spaced>(?:[a-z0-9._\-]{1,2} ){2,19}[a-z0-9._\-]{1,2})(?![a-z0-9._\-@/]|\s{0,2}@)"
    # 「k.a.t.e.s.m.i.t.h.8.8」: one character to a dot or a dash, too long to be an ID with them in
    r"|(?<![a-z0-9._\-@])(?P<dotted>(?:[a-z0-9_][.\-]){10,19}+[a-z0-9_])(?![a-z0-9._\-@/])"
    # 「(t)(o)(m)(_)(k)(o)(b)(e)(9)(2)」: a character to a bracket
    r"|(?P<paren>(?:[(\[{][a-z0-9._\-][)\]}] ?){4,20}+)")
_PAREN_LETTER_RE = regex.compile(r"[(\[{]([a-z0-9._\-])[)\]}]")
# words typed apart, then told to close the gaps: 「hiro gardening です 間は何もなしです」
_NO_SPACE_RE = regex.compile(
    r"(?P<w>[a-z0-9][a-z0-9._\-]{0,19}+(?: [a-z0-9._\-]{1,20}+){1,19}+)(?![a-z0-9._\-@])"
    r"(?=\s?(?:です|だよ|で)?[^\n]{0,8}?(?:間|あいだ|スペース|空白)\s?(?:は|に|を|の)?\s?(?:何も|なにも)?\s?"
    r"(?:なし|無し|いらない|要らない|入れない|いれない|なく|つめ|詰め|抜い|ぬい))")
_NAME_REACH = 40
# 「「chanel」の部分は大文字で」「「gucci」だけ大文字」: a part of the ID and the case to type it in
_CASE_TOLD_RE = regex.compile(r"[」』\"']?\s{0,2}(?:の\s?(?:部分|ところ|とこ))?\s{0,2}(?:は|を|だけ)?\s{0,2}(?:全部|ぜんぶ)?\s{0,2}"
                              r"(?:大文字|おおもじ|小文字|こもじ)")
_WITHOUT_RE = regex.compile(r"\s?(?:は|を)?\s?(?:なし|無し|抜き|ぬき|いらない|要らない|不要)")
_SAID_SEP_RE = regex.compile(r"アンダーバー|アンダースコア|あんだーばー|ハイフン|はいふん|ドット|どっと|ピリオド")
# Between the name and the ID: no other ASCII word but 「id」, one sentence break at most
_FILLER_ASCII_RE = regex.compile(r"[a-z0-9]+")
# 「L I N E やってます i d は s a k u r a…」: the word "ID" typed apart like the rest
_SPACED_ID_WORD_RE = regex.compile(r"(?<![a-z0-9])i[\s.・]d(?![a-z0-9])")
_BREAK_RE = regex.compile(r"[。!?\n]")
# 「LINEのIDは教えられません、ごめんね」: a refusal between the name and the run
_REFUSED_RE = regex.compile(r"ません(?!か|\s?[?？])|できない|無理|むり|だめ|ダメ|禁止|遠慮|教えられない|(?:やっ|使っ|つかっ|し|入れ|持っ)て(?:い)?ない")
# 「… ver_2 を作成中」: a thing being made or kept, not an ID
_THING_AFTER_RE = regex.compile(r"\s?(?:を|で)\s?(?:作成|作っ|作り|作る|保存|管理|制作|開発|納品)")
# 「LINEで送った写真 photo_01」: the run names a thing the sentence is about
_THING_BEFORE_RE = regex.compile(
    r"(?:写真|画像|ファイル|スクショ|動画|資料|データ|商品|品番|型番|注文|番号|シフト|コード|タイトル|サイズ|容量|伝票|在庫|色|カラー)"
    r"\s{0,2}(?:は|が|も|:|：|=|、|,)?\s{0,2}$")
# With no ID cue, the words between the name and the run must hand it over: an arrow or a bracket,
# an invitation (交換, 追加, 教える …), or only a few characters (「らいん👉 akane_mt09」)
_POINTER_RE = regex.compile(r"[→⇒☞👉➡▶:：=＝【「『(（\[]|こちら|こっち")
_INVITE_RE = regex.compile(
    r"交換|追加|教え|おしえ|やって|やりとり|やり取り|話そ|話し|連絡|よろしく|お願い|おねがい|しよ|しません|しない|できます|載せ|のせ|送"
    r"|書いと|書いてお|書くね|打っと|打っとく|打つね")
# 「20_onot.ak ← 逆から読んで」: the ID written backwards, and the words that say so (before or after it)
_REVERSED_RE = regex.compile(r"(?:逆|反対|後ろ|うしろ)(?:から|さま|さかさま)|逆さ|さかさま|逆順|反転|backwards|reversed")
_REVERSED_REACH = 24
_LIGHT_FILLER = 8
# 「s-h-o-u-1-2（ハイフンは抜いて）」
_DROP_RE = regex.compile(r"[^\n]{0,12}?(?P<what>ハイフン|アンダーバー|ドット|点|-|_|\.)(?:は|を)?\s{0,2}"
                         r"(?:抜いて|ぬいて|取って|とって|なしで|無しで|消して|けして)")
# 「LINE ID is jack_88」「ラインのQR送れないからID打つね」; particles in romaji (「LINE no ID wa sora_12」) and
# Tagalog "ko" (my: 「Line ID ko: mika_07」) as learners write them
# Tagalog "ko" (my: 「Line ID ko: mika_07」) as learners write them. In a romaji sentence a word of
# letters alone is one more romaji word (「LINE ID wa wakaranai」): the ID then needs a digit or ._-
_ROMAJI_FILLER = frozenset({"no", "wa", "ga", "mo", "ko"})
_FILLER_WORDS = frozenset({"id", "is", "my", "qr"}) | _ROMAJI_FILLER
# 「ren_tarou9（ライン）」「ren_tarou9 ←ラインです」: the ID first, the name in brackets or pointed at
_BEFORE_NAME_RE = regex.compile(
    r"(?<![a-z0-9._\-@])(?P<id>[a-z0-9][a-z0-9._\-]{3,19}+)\s{0,2}(?:[(（【\[]|←|<|＜)\s{0,2}(?:これ|こちら|が|は)?\s{0,2}\Z"
    # 「m.a.i.k.o.0.7.2.5 これがらいんのIDです」: pointed at with a word
    r"|(?<![a-z0-9._\-@])(?P<id>[a-z0-9][a-z0-9._\-]{3,19}+)\s{1,2}(?:これ|こちら|それ)(?:が|は)\s{0,2}\Z"
    # 「「ms.sneaker」ってIDでLINEやってます」「『kuro.neko3』というIDで」: quoted, then named as the ID used on it
    r"|[「『\"]\s{0,2}(?P<id>[a-z0-9][a-z0-9._\-]{3,19}+)\s{0,2}[」』\"]\s{0,2}(?:って|という|っていう|との)\s{0,2}"
    r"(?:id|アカウント|ユーザー?名|名前|なまえ)\s{0,2}で\s{0,2}\Z")
_NO_AT_RE = regex.compile(r"\s{0,2}[←<]?\s{0,2}(?:@|アット|あっと)(?:マーク)?(?:は|を)?(?:いらない|要らない|なし|無し|抜き|ぬき|不要|とって|取って)")
_FILE_EXT_RE = regex.compile(r"\.(?:png|jpe?g|gif|pdf|psd|ai|svg|zip|mp4|mov|txt|docx?|xlsx?)$")
# An ID given in parts with the words that join it: 「「sato」と「hikaru」の間にアンダーバー入れて、最後に3」
# 「前半がmomo、後半が.bear21」「kuma と 2525、間にハイフン入れてね」
_PART = r"[「『\"(（]?\s{0,2}(?P<%s>[a-z0-9][a-z0-9._\-]{0,19}+|[._\-][a-z0-9._\-]{0,19}+)\s{0,2}[」』\")）]?"
_JOIN_SEP = {"ハイフン": "-", "はいふん": "-", "アンダーバー": "_", "アンダースコア": "_", "あんだーばー": "_",
             "ドット": ".", "どっと": ".", "点": ".", "ピリオド": ".", "-": "-", "_": "_", ".": "."}
_JOIN_RE = regex.compile(
    rf"{_PART % 'a'}\s{{0,2}}(?:と|、|,)\s{{0,2}}{_PART % 'b'}\s{{0,2}}(?:の|、|,)?\s{{0,2}}(?:間|あいだ)に\s{{0,2}}"
    rf"(?P<sep>{'|'.join(regex.escape(k) for k in sorted(_JOIN_SEP, key=len, reverse=True))})\s{{0,2}}を?\s{{0,2}}"
    r"(?:入れ|いれ|はさ|挟|つけ|付け|です|だよ|ね|よ|で(?:す)?$)(?:[^a-z0-9\n]{0,8}?(?:最後|さいご|後ろ|うしろ|末尾)に?\s{0,2}(?:は|が)?\s{0,2}"
    r"(?P<c>[a-z0-9._\-]{1,10}+)(?![a-z0-9._\-]))?"
    # (「前が yuki で後ろが 0222」)
    rf"|(?:前半|最初|はじめ|前)\s{{0,2}}(?:が|は)\s{{0,2}}{_PART % 'x'}\s{{0,2}}(?:で)?[、,]?\s{{0,2}}"
    rf"(?:後半|最後|うしろ|後ろ)\s{{0,2}}(?:が|は)\s{{0,2}}{_PART % 'y'}"
    r"\s{0,2}(?:を|で|と)?\s{0,2}[、,]?\s{0,2}(?:つなげ|繋げ|つなぎ|繋ぎ|くっつけ|合わせ|あわせ"
    # 「前半が hana、後半が 0412 で、間にアンダーバーを入れて」
    rf"|(?:間|あいだ)に\s{{0,2}}(?P<sep2>{'|'.join(regex.escape(k) for k in sorted(_JOIN_SEP, key=len, reverse=True))})"
    r"\s{0,2}(?:を?\s{0,2}(?:入れ|いれ|はさ|挟)|です|だよ|ね|よ|で(?:す)?$))")


# 「kumamon_ まで書いたから、あとは 7788 ね」: the first half written, the rest given after it. A
# cut at a separator shows one ID; without one, the words must say the first part was written out
# (「p10 まで読んだ、あとは p11」 is two pages).
_REST_RE = regex.compile(
    r"(?<![a-z0-9._\-@])(?P<a>[a-z0-9][a-z0-9._\-]{0,18}+)\s{0,2}+まで(?:は)?(?P<w>[^\n。a-z0-9]{0,16}?)"
    r"(?:あと|後|残り|のこり|続き|つづき)(?:は|が)\s{0,2}+[「『\"(（]?\s{0,2}+(?P<b>[a-z0-9._\-]{1,19}+)(?![a-z0-9._\-@])")
_WRITTEN_RE = regex.compile(r"書|打|教え|送|言|伝|かい|うっ|おしえ")
# 「らいん登録してね〜👇⏎hina⏎_⏎kobe⏎33」: one piece to a line, a lone separator or one or two characters
# each (a list of words or sizes has neither)
_STACKED_RE = regex.compile(
    r"(?:^[^\S\n]{0,8}+[a-z0-9._\-@]{1,12}+[^\S\n]{0,8}+\n){2,19}[^\S\n]{0,8}+[a-z0-9._\-]{1,12}+[^\S\n]{0,8}+$", regex.M)
# 「↑つなげてね」「くっつけて読んでね」「続けて入力して」: the pieces above are one word (「つなげて一枚の画像に」 joins images)
_JOIN_TOLD_RE = regex.compile(
    r"\s{0,3}+[↑⇧☝👆⬆]?\ufe0f?\s{0,2}+(?:全部|ぜんぶ)?\s?(?:を)?\s?(?:つなげ|繋げ|くっつけ|続けて|つづけて)(?:て|た)?\s?"
    r"(?:読|よん|よみ|入力|検索|けんさく|打|うっ|ね|ください|下さい|[!。\n]|$)")
_STACK_CUE_RE = regex.compile(r"(?<![a-z])id|登録|追加|検索|交換|教え|おしえ|アカウント|[👇⬇↓⇩→⇒:：]")
_SPELLED_REACH = 80
_SPELLED_CUE_REACH = 24
_SPELLED_CUE_RE = regex.compile(r"(?<![a-z])id(?![a-z])|アイディ|あいでぃ|ユーザー?名|アカウント|検索|けんさく|友だち追加|友達追加")


def _disguised(view: NormalizedText, stopwords: frozenset[str],
               lex: ContactLexicon | None = None) -> list[tuple[int, int, str, bool]]:
    """(start, end, value, joined) of IDs given after a LINE name, however the name is written, or
    in parts with words that join them. Normalized offsets."""
    text = view.text
    if not _name_gate(text) or not _id_gate(text) and _JOIN_GATE_RE.search(text) is None \
            and spelled.GATE_RE.search(text) is None and not spelled.letters_gate(text):
        return []
    names = [m for m in _LINE_NAME_RE.finditer(text) if _is_name(view, m)]
    if not names:
        return []
    found: list[tuple[int, int, str, bool]] = []
    for m in _JOIN_RE.finditer(text):
        if m.group("x"):
            sep = _JOIN_SEP[m.group("sep2")] if m.group("sep2") else ""
            value, start, end = m.group("x") + sep + m.group("y"), m.start("x"), m.end("y")
        else:
            value = m.group("a") + _JOIN_SEP[m.group("sep")] + m.group("b") + (m.group("c") or "")
            start, end = m.start("a"), m.end("c") if m.group("c") else m.end("b")
        if is_line_id(value, stopwords=stopwords):
            found.append((start, end, value, True))  # from the first part to the last
    for m in _REST_RE.finditer(text) if "まで" in text else ():
        a, b = m.group("a"), m.group("b")
        if (a[-1] in "._-" or b[0] in "._-" or _WRITTEN_RE.search(m.group("w"))) \
                and not _UNIT_AFTER_RE.match(text, m.end()) and is_line_id(a + b, stopwords=stopwords):
            found.append((m.start("a"), m.end("b"), a + b, True))
    for m in _STACKED_RE.finditer(text) if "\n" in text else ():
        pieces = m.group().split()
        value = "".join(pieces)
        lead = text[max(0, m.start() - _NAME_REACH):m.start()]
        # (「figma⏎_shop⏎_24」: every line broken at a separator is one ID cut there, and the app may
        # be named after it: 「ID↓⏎sato-⏎ken-⏎2001⏎ラインで検索して」)
        cut = all(a[-1] in "._-" or b[0] in "._-" for a, b in zip(pieces, pieces[1:]))
        # (「らいん⏎saku⏎ra_k⏎nit⏎↑つなげてね」: the lines told to be read as one, right after them)
        told = _JOIN_TOLD_RE.match(text, m.end()) is not None
        trail = text[m.end():m.end() + _NAME_REACH] if cut or told else ""
        if (any(p in ("_", "-", ".", "@") for p in pieces) or all(len(p) <= 2 for p in pieces) or cut or told) \
                and any(n.end() > m.start() - _NAME_REACH and n.start() < m.start()
                        or trail and m.end() <= n.start() < m.end() + _NAME_REACH for n in names) \
                and (_STACK_CUE_RE.search(lead) or _STACK_CUE_RE.search(trail) or told) \
                and not _THING_BEFORE_RE.search(lead.rstrip()) \
                and any(ch.isalpha() for ch in value) and any(ch.isdigit() or ch in "._-" for ch in value) \
                and is_line_id(value, stopwords=stopwords):
            start = m.start() + len(m.group()) - len(m.group().lstrip())
            found.append((start, m.start() + len(m.group().rstrip()), value, True))
    if spelled.GATE_RE.search(text) or spelled.letters_gate(text):
        # 「IDは「taka」のあとにハイフン、そのあと「1988」です。ラインのね」: parts in the order they go;
        # 「ラインIDは えむ・あい・える・けー・ぜろ・なな」: letters read out by name
        runs = spelled.read_all(text) if spelled.GATE_RE.search(text) else []
        for sp in runs + spelled.read_letters(text):
            if "@" in sp.value or any(s < sp.end and sp.start < e for s, e, _v, _j in found):
                continue
            # the app named near, and the ID asked for by name (「sale のあとにハイフン…のファイル名」 is
            # a file's name)
            named = any(n.start() < sp.end + _SPELLED_REACH and sp.start - _SPELLED_REACH < n.end() for n in names)
            if named and _SPELLED_CUE_RE.search(text, max(0, sp.start - _SPELLED_CUE_REACH), sp.start) \
                    and any(ch.isdigit() or ch in "._-" for ch in sp.value) \
                    and is_line_id(sp.value, stopwords=stopwords) and not _FILE_EXT_RE.search(sp.value):
                found.append((sp.start, sp.end, sp.value, True))
    parts = Spans([(s, e) for s, e, _v, _j in found]) if found else None
    for name in names:
        # an ID that starts within reach is read to its end (「…ID は k e n t a 0 8 0 8」)
        for t in _ID_TOKEN_RE.finditer(text, name.end(), min(len(text), name.end() + _NAME_REACH + 48)):
            if t.start() > name.end() + _NAME_REACH or _in(parts, t.start()):
                break
            filler = text[name.end():t.start()]
            words = _FILLER_ASCII_RE.findall(_SPACED_ID_WORD_RE.sub("id", filler))
            # (「IDね、かず、アンダーバー、ぎたー、数字の5、で kazu_guitar5」: the ID read out first, the
            # digits of that reading are the ID's own)
            said_sep = _SAID_SEP_RE.search(filler)
            said = (t.group("id") or "") if said_sep else ""
            if said_sep and _JOIN_SEP[said_sep.group()] not in (t.group("id") or t.group()) \
                    and not _WITHOUT_RE.match(filler, said_sep.end()):
                break  # 「ローマ字にして、後ろにアンダーバーと1203」: the run is a part of an ID, not all of it
            if t.group("id") and _CASE_TOLD_RE.match(text, t.end()):
                continue  # 「IDの「chanel」の部分は大文字で → CHANEL_mana22」: a part told how to type, the ID after
            own = t.group("id") or ""  # (and that part's word is the ID's own)
            if any(w not in _FILLER_WORDS and w not in said and w not in own for w in words) \
                    or len(_BREAK_RE.findall(filler)) > 1 \
                    or "\n\n" in filler \
                    or _REFUSED_RE.search(filler) or _THING_AFTER_RE.match(text, t.end()) \
                    or _UNIT_AFTER_RE.match(text, t.end()) or _placeholder_near(text, t.start(), t.end()) \
                    or _APOSTROPHE_AFTER_RE.match(text, t.end()) \
                    or _THING_BEFORE_RE.search(filler) or _THING_ID_BEFORE_RE.search(filler) \
                    or _other_app_between(view, lex, name.end(), t.start()):
                break
            joined_words = _NO_SPACE_RE.match(text, t.start())
            if joined_words:  # 「hiro gardening です 間は何もなしです」: the words typed apart are one ID
                value = joined_words.group("w").replace(" ", "")
                t = joined_words
            elif t.group("paren"):  # 「(t)(o)(m)(_)(k)(o)(b)(e)(9)(2)」
                value = _PAREN_LETTER_RE.sub(r"\1", t.group("paren")).replace(" ", "")
            elif t.group("dotted"):
                value = t.group("dotted")[::2]
                if sum(ch.isalpha() for ch in value) < 3:
                    break  # (「v.1.2.3.4…」: a version or a code spelled out, no name)
            elif t.group("spaced"):
                # (「a l e x _ k y o t o. Search that」: the last letter's full stop ends the sentence)
                value = t.group("spaced").replace(" ", "").rstrip(".")
            else:
                value = t.group("id")
                if t.group("at") and not _NO_AT_RE.match(text, t.end()):
                    value = "@" + value
            drop = _DROP_RE.match(text, t.end())
            if drop:
                value = value.replace(_JOIN_SEP[drop.group("what")], "")  # (every word it names is one)
            if _REVERSED_RE.search(filler) or _REVERSED_RE.search(text, t.end(), t.end() + _REVERSED_REACH):
                value = value[::-1] if not value.startswith("@") else value
            bare = value.lstrip("@")
            if view.in_url(t.start(), t.end()) or _FILE_EXT_RE.search(bare) or _MEASURE_RE.fullmatch(bare):
                break
            cued = "id" in words or joined_words is not None
            marked = any(ch.isdigit() or ch in "._-" for ch in bare)
            if not (cued or marked):
                break
            if _ROMAJI_FILLER.intersection(words) and not any(
                    ch.isdigit() or ch in "._-" for ch in bare.rstrip("._-")):  # (「LINE mo daijoubu.」: a full stop)
                break
            if not (cued or len(filler) <= _LIGHT_FILLER or _POINTER_RE.search(filler) or _INVITE_RE.search(filler)):
                break
            if is_line_id(value, numeric_ok=cued, stopwords=stopwords):
                # (words told to be closed up are one ID: what is read of the first word alone is not)
                found.append((t.start(), t.end(), value, joined_words is not None))
            break
        before = _BEFORE_NAME_RE.search(text, max(0, name.start() - 32), name.start())
        if before and (text[name.start() - 1] not in "(（【[" or text[name.end():name.end() + 1] in ")）】]") \
                and not _in(parts, before.start()):
            value = before.group("id")
            # (「m.a.i.k.o.0.7.2.5 これがらいんのIDです、点は抜いてください」: the words after the name)
            drop = _DROP_RE.match(text, name.end()) or _DROP_RE.match(text, name.end() + 12)
            if drop:
                value = value.replace(_JOIN_SEP[drop.group("what")], "")
            if any(ch.isdigit() or ch in "._-" for ch in value) and is_line_id(value, stopwords=stopwords) \
                    and not _FILE_EXT_RE.search(value):
                found.append((before.start("id"), before.end("id"), value, False))
    return found


def _other_app_between(view: NormalizedText, lex: ContactLexicon | None, start: int, end: int) -> bool:
    """「ラインで話しましょう。ディスコードのIDは neko_77」: another app named between the name and the run
    owns the run."""
    if end - start < 2:
        return False
    a = analyze(view, lex or default_lexicon())
    if a is None or a.view is not view:
        return False
    others = view.memo("line.other_apps", lambda: sorted(
        m.start for m in a.mentions if m.channel not in ("line", "email", "phone", "-")))
    i = bisect.bisect_left(others, start)
    return i < len(others) and others[i] < end


# The ID alone at the end, pointed at after a request to add it (no app named): 「追加してくださいね〜
# ⇩⏎sakura.rei_88」「友だち追加はこちら→ mocha_88」. Adding a friend is what the ID is for; a
# product code after 「詳細はこちら→」 is not asked to be added.
_ADD_GATE_RE = re.compile(r"追加|ついか|友だち|友達|ともだち|こっちで|こちらで")
_ADD_POINTER_RE = regex.compile(
    r"(?:(?:友だち|友達|ともだち)(?:追加|ついか)|(?<![にをの]\s?)(?:追加|ついか)(?:して|しといて|お願い|おねがい|よろ|ください|下さい|申請)"
    # the talk moved to the ID pointed at, the app left unsaid: 「続きはこっちでね♡ → mocha.uranai」
    r"|(?:続き|つづき|続きの話|お話|話|連絡|やりとり|やり取り)\s?(?:は|も)?\s?(?:こっち|こちら)で)"
    r"[^\n]{0,16}?[⇩↓→⇒👇👉▶➡:：]\ufe0f?\s{0,3}+"
    r"(?P<id>[a-z0-9][a-z0-9._\-]{3,19}+)\s{0,2}+[。!！♪〜~]*\s*+\Z")


_SITE_END_RE = regex.compile(r"\.(?:com|net|org|jp|co|io|me|ne|ac|info|biz|shop|site|xyz|app|dev|tokyo)$")


def _added(view: NormalizedText, lex: ContactLexicon) -> list[tuple[int, int, str, bool]]:
    stopwords = lex.id_stopwords
    text = view.text
    if _ADD_GATE_RE.search(text) is None:
        return []
    m = _ADD_POINTER_RE.search(text, max(0, len(text) - 64))
    if m is None:
        return []
    value = m.group("id")
    if not any(ch.isdigit() or ch in "._-" for ch in value) or not any(ch.isalpha() for ch in value) \
            or not is_line_id(value, stopwords=stopwords) or _FILE_EXT_RE.search(value) or view.in_url(*m.span("id")) \
            or _SITE_END_RE.search(value):  # (「続きはこちらで → tanaka-shop.jp」: a site)
        return []
    a = analyze(view, lex)  # 「ディスコ追加して！ID: …」: another app's handle
    if a is not None and any(mention.channel not in ("line", "-") for mention in a.mentions):
        return []
    return [(m.start("id"), m.end("id"), value, False)]


# An ID its own cue hands over, a sentence or two after the invitation that named the app: 「LINEで連絡
# ください。IDはメッセージの最後に書いておきます。よろしくお願いします！ id: rin.k8」「…LINEでさせて
# いただけないでしょうか。お手数ですが下記IDの検索をお願いいたします。【tanaka_office】」. LINE must be the
# only channel the message names, and the cue a bare 「ID」 (「注文ID: …」 names a thing's number).
# (「aidii」: the word read in romaji by learners, 「rain no aidii wa sakura_0402 desu」)
_CUED_GATE_RE = skipping(re.compile(r"(?<![a-z])(?:id|aidii|aidi|aidee)(?![a-z])"))
_CUED_ID_RE = regex.compile(
    r"(?<![a-z0-9一-龯ァ-ヺ])(?:id|aidii|aidi|aidee)(?:\s{0,2}+(?:は|:|=|→|⇒)| wa )\s{0,2}+[【「『(\[]?\s{0,2}+(?P<id>[a-z0-9][a-z0-9._\-]{3,19}+)(?![a-z0-9._\-@/])"
    r"|(?:下記|以下|この後|最後)の?\s?id[^\n]{0,30}?[\n。!?]\s{0,3}+[【「『(\[]\s{0,2}+(?P<id>[a-z0-9][a-z0-9._\-]{3,19}+)\s{0,2}+[】」』)\]]"
    # 「友だち追加はこちらのIDから⏎【lumina_tarot】」「友達追加用のIDです👇⏎「 yoga_mina3 」」: the ID alone on the line
    # below one that names it (「注文IDは下記です⏎…」 names a thing's)
    # 「IDで検索してね！ kuma_bear88」: after a request to search by ID, the run that follows it
    r"|(?<![a-z0-9一-龯ァ-ヺ])id\s?(?:で|から)?\s?(?:検索|けんさく)[^\n\s。!?]{0,10}?[。!?]\s{0,3}+(?P<id>[a-z0-9][a-z0-9._\-]{3,19}+)(?![a-z0-9._\-@/])"
    r"|(?<![a-z0-9一-龯ァ-ヺ])id(?![a-z])[^\n]{0,30}?\n[^\S\n]{0,3}+[【「『(\[]?[^\S\n]{0,2}+(?P<id>[a-z0-9][a-z0-9._\-]{3,19}+)"
    r"[^\S\n]{0,2}+[】」』)\]]?[^\S\n]*+(?=\n|$)")
_CUED_REACH = 200
# the app said in a few words right after its ID: 「taro_88（緑のほう）」「kyoko_21 ← 緑のアプリ」 (alone, 「（緑のほう）」
# is an item's colour)
_DESCRIBED_AFTER_RE = regex.compile(
    r"\s{0,3}+(?:[(（]\s?|[←⇐]\s?)(?:緑|みどり|ミドリ|グリーン)色?の(?:ほう|方|アプリ|やつ)(?:の(?:やつ|アプリ))?(?:\s?[)）]|$|[\s。!?])", regex.M)
# an ID given for the reader to add its owner by: 「上のIDで追加して」「このIDで友だち追加」「ID検索で」
_BEFRIEND_RE = regex.compile(
    r"(?<![a-z])id\s?(?:で|から)\s?(?:友だち|友達|ともだち)?\s?(?:追加|ついか|検索|けんさく)|(?<![a-z])id\s?検索|(?:友だち|友達|ともだち)\s?(?:追加|ついか)(?!機能|ボタン)")
# A bare request to add the ID just given, with no place to add it to: 「IDは mocha_08 です、追加よろしく」「ID: noriko_55
# 追加してね」 (「カートに追加して」「メンバーに追加して」 add a thing to a list; 「追加してほしい機能」 is a wish)
_ADD_ASKED_AFTER_RE = regex.compile(
    r"[^\n]{0,30}?(?<![にへをので]\s?)(?:追加|ついか)\s?(?:して(?!ほし|欲し|(?:い|お)?(?:ます|る|た))|しといて|しておいて"
    r"|お願い|おねがい|よろしく|よろ|ください|下さい)")
# (the ID word alone: 「ユーザーIDは」「社員IDは」 name someone's number on a system)
_BARE_ID_BEFORE_RE = regex.compile(r"(?<![a-z0-9一-龯ァ-ヺー])id\s{0,2}+(?:は|:|=|→|⇒)?\s{0,2}+[【「『(\[]?\s{0,2}+\Z")


def _cued(view: NormalizedText, lex: ContactLexicon, names: list) -> list[tuple[int, int, str, bool]]:
    text = view.text
    found = []
    ends = sorted(n.end() for n in names)  # (a bisection: a chat of many names and cues stays linear)
    befriend = _BEFRIEND_RE.search(text) is not None
    for m in _CUED_ID_RE.finditer(text):
        value = m.group("id")
        start, end = m.span("id")
        i = bisect.bisect_right(ends, m.start()) - 1
        if i < 0 or m.start() - ends[i] > _CUED_REACH or _app_refused(text[ends[i]:m.start()]):
            # no name before it: the app said after the ID (「ID→ tsukasa.piano（緑のほう）」) or the ID
            # given to be added by (「ID：kyoko_yoga21 上のIDで追加してもらえれば」) is LINE's all the same
            if not (befriend or _DESCRIBED_AFTER_RE.match(text, end)
                    or _ADD_ASKED_AFTER_RE.match(text, end) and _BARE_ID_BEFORE_RE.search(text, max(0, start - 12), start)):
                continue
        if not any(ch.isdigit() or ch in "._-" for ch in value) or not any(ch.isalpha() for ch in value) \
                or not is_line_id(value, stopwords=lex.id_stopwords) or _FILE_EXT_RE.search(value) \
                or view.in_url(start, end) or _placeholder_near(text, start, end) or _UNIT_AFTER_RE.match(text, end):
            continue
        found.append((start, end, value, False))
    if found:
        a = analyze(view, lex)  # (「ディスコードのIDは…」: another app's)
        if a is not None and any(mention.channel not in ("line", "-") for mention in a.mentions):
            return []
    return found


_ID_PIECE_RE = re.compile(r"[._\-]")
# English only: pinyin and romaji readings are names too (「liu-yi」「nana-0707」)
_NUMBER_WORDS = frozenset(w for w in (*ct.PHONE_LATIN_DIGITS, *ct.PHONE_LATIN_REPEATS)
                          if w in ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
                                   "double", "triple"))


def is_line_id(value: str, *, numeric_ok: bool = False, stopwords: frozenset[str] | None = None) -> bool:
    """Whether ``value`` (lowercase) can be a LINE ID: ``taro_1234`` or ``@123abcde``.

    All-digit IDs exist but are rare and look like phone numbers, order numbers or years, so they
    only count when ``numeric_ok`` (an explicit 「LINE ID」 cue); phone-shaped runs are left to the
    phone detector either way. ``stopwords``: words that are never IDs (default: the packaged
    ``line_id_stopwords.txt``; a detector passes its own lexicon's, which a platform may extend).
    """
    body = value[1:] if value.startswith("@") else value
    if not _ID_RE.fullmatch(body):
        return False
    if not any(ch.isalnum() for ch in body) or body.strip("._-") != body and len(body.strip("._-")) < 4 \
            or _CHAR_RANGE_RE.search(body):
        return False
    if _ALL_DIGITS_OR_SEPARATORS_RE.fullmatch(body):
        digits = sum(ch.isdigit() for ch in body)
        if not numeric_ok or digits != len(body) or digits >= 10:
            return False
    words = default_lexicon().id_stopwords if stopwords is None else stopwords
    pieces = [p for p in _ID_PIECE_RE.split(body) if p]
    # 「zero eight zero - four four one two」: a phone number read out in English, its dashes kept,
    # is no ID (pinyin and romaji are left out: 「liu-yi」「nana-0707」 are names)
    if any(p in _NUMBER_WORDS for p in pieces) and all(p in _NUMBER_WORDS or p.isdigit() for p in pieces):
        return False
    # 「LINE ID → xxxxx_xxxx」「taro_xxx」: a form's mask, not anybody's ID. Three x's are a word too
    # (「xxx_shop」「xxx.hana」 are names), so they mask only where a form hides the varying tail
    if any(len(p) >= 4 and p.strip("x") == "" for p in pieces) or pieces[-1] == "xxx":
        return False
    # 「share my LINE ID here.」: a sentence's full stop is no part of the word before it; 「L-I-N-E」
    # 「i.d」: a stopword spelled out letter by letter is still the word
    return body.rstrip(".") not in words and "".join(pieces) not in words


def canonical_link(match: regex.Match) -> str:
    """``https://line.me/ti/p/~taro``; ``/R/`` dropped and ``%40`` / ``~@`` folded to ``@``."""
    if match.group("short"):
        return f"https://lin.ee/{match.group('short')}"
    if match.group("oa"):
        return f"https://line.me/ti/p/@{match.group('oa')}"  # the account the message link opens
    if match.group("page"):
        return f"https://page.line.me/{match.group('page').rstrip('.')}"
    if match.group("qr"):
        return match.group().lower() if match.group().startswith("http") else f"https://{match.group()}"
    kind, prefix, ident = match.group("kind"), match.group("prefix") or "", match.group("id")
    if kind != "p":
        return f"https://line.me/ti/{kind}/{ident}"
    if "@" in prefix or "%40" in prefix:
        return f"https://line.me/ti/p/@{ident}"
    return f"https://line.me/ti/p/{'~' if prefix else ''}{ident}"


class LineIdDetector:
    category = LINE_ID

    def __init__(self, lexicon: ContactLexicon | None = None):
        self._lexicon = lexicon

    def __call__(self, view: NormalizedText) -> Iterator[Finding]:
        lex = self._lexicon or default_lexicon()
        if spelled.ROMAJI_CUE_RE.search(view.text) and spelled.GATE_RE.search(view.text):
            # 「名前(はるか)をローマ字にして、後ろに誕生日の1103をつけたやつ」: the kana as it is to be typed,
            # when it reads as parts joined (a word in romaji alone is no ID)
            typed = spelled.romaji_view(view)
            if typed is not view and spelled.read_all(typed.text):
                view = typed
        extra = _disguised(view, lex.id_stopwords, lex) + _added(view, lex)
        if _CUED_GATE_RE.search(view.text) and (_name_gate(view.text) or _BEFRIEND_RE.search(view.text)
                                                 or "追加" in view.text or "ついか" in view.text):
            names = [m for m in _LINE_NAME_RE.finditer(view.text) if _is_name(view, m)]
            if names or _BEFRIEND_RE.search(view.text) or _DESCRIBED_AFTER_RE.search(view.text) \
                    or "追加" in view.text or "ついか" in view.text:
                taken = Spans([(s, e) for s, e, _v, _j in extra]) if extra else None
                extra += [c for c in _cued(view, lex, names) if not (taken and taken.overlaps(c[0], c[1]))]
        if extra:
            extra = [c for c in extra if not _shown_name(view.text, c[0])]
        if extra and code_context.code_spans(view) is not None:  # (a test value in `…`: no one's ID)
            extra = [c for c in extra if not code_context.quoted_data(view, c[0], c[1])]
        if not extra:
            yield from self._read(view, lex)  # most messages
            return
        # a part of an ID that words join (「kuma と 2525、間にハイフン」) is no ID of its own
        joins = [view.span(s, e) for s, e, _value, joined in extra if joined]
        parts = Spans(joins) if joins else None
        # the same run read with the words after it (「s-h-o-u-1-2（ハイフンは抜いて）」): this reading wins
        read_here = {view.span(s, e): value for s, e, value, _joined in extra}
        reported: list[tuple[int, int]] = []
        for f in self._read(view, lex):
            if read_here.get((f.start, f.end), f.value) != f.value:
                continue
            if not _in(parts, f.start):
                reported.append((f.start, f.end))
                yield f
        covered = Spans(reported) if reported else None
        for start, end, value, joined in extra:
            if not _in(covered, view.span(start, end)[0]):
                official = value.startswith("@")
                if joined:
                    ja, en = "LINE IDが分けて書かれています（つなげると一つのIDになります）。", \
                        "Contains a LINE ID given in parts (joined, they make one ID)."
                else:
                    ja = "LINE公式アカウントのIDが含まれています。" if official else "LINE IDが含まれています。"
                    en = "Contains a LINE official account ID." if official else "Contains a LINE ID."
                yield self._finding(view, start, end, value, 0.8 if joined else 0.9, ja, en)

    def _read(self, view: NormalizedText, lex: ContactLexicon) -> Iterator[Finding]:
        text = view.text
        links: list[tuple[int, int]] = []
        if "line.me" in text or "lin.ee" in text or "line://" in text:
            for m in _LINK_RE.finditer(text):
                links.append(m.span())
                yield self._finding(view, m.start(), m.end(), canonical_link(m), 0.95,
                                    "LINEの友だち追加リンクが含まれています。", "Contains a LINE add-friend link.")
        if "@" in text:
            for m in _LINE_AT_RE.finditer(text):
                value = "@" + m.group("id")
                if _ENGLISH_LINE_RE.search(text, max(0, m.start() - 12), m.start()):
                    continue  # 「drop me a line at mika dot …」: the English noun, its "at" read as @
                if is_line_id(value, stopwords=lex.id_stopwords):
                    links.append(m.span())
                    yield self._finding(view, m.start("id") - 1 if text[m.start("id") - 1] == "@" else m.start("id"),
                                        m.end(), value, 0.9, "LINE公式アカウントのIDが含まれています。",
                                        "Contains a LINE official account ID.")
        a = analyze(view, lex)
        if "@" in text and (a is None or not any(m.channel not in ("line", "email", "phone", "-") for m in a.mentions)):
            # (the IDs found here never start inside one another: only the links before count)
            found = Spans(links) if links else None
            # 「Please add our account @903rmnbc」 in a message about LINE: its official account
            seen: set[int] = set()
            added = _OFFICIAL_ADD_RE.finditer(text) if a is not None and any(
                m.channel == "line" for m in a.mentions) else ()
            for m in [*_OFFICIAL_SEARCH_RE.finditer(text), *added, *_AT_THEN_ID_RE.finditer(text),
                      *_OFFICIAL_NAMED_RE.finditer(text)]:
                if not _in(found, m.start()) and not _placeholder_near(text, m.start(), m.end()) \
                        and m.start() not in seen:
                    seen.add(m.start())  # (one ID read by two of the patterns is reported once)
                    links.append(m.span())
                    value = "@" + m.group("id") if "id" in m.groupdict() else m.group()
                    yield self._finding(view, m.start(), m.end(), value, 0.9,
                                        "LINE公式アカウントのIDが含まれています。", "Contains a LINE official account ID.")
        if a is None:
            return
        # The analysis may read only a window of a long message (its own offsets): compare in
        # original offsets.
        reported = Spans([view.span(s, e) for s, e in links]) if links else None
        for h in handles(a):
            if h.channel != "line" or _in(reported, a.view.span(h.start, h.end)[0]):
                continue
            if not is_line_id(h.value, numeric_ok=h.cue in ("id", "after"), stopwords=lex.id_stopwords) \
                    or _FILE_EXT_RE.search(h.value) or _MEASURE_RE.fullmatch(h.value):  # 「…qr_code01.png」「線は 2.5mm」
                continue
            if _not_the_app(a, h):
                continue
            if _UNIT_AFTER_RE.match(a.view.text, h.end) or _placeholder_near(a.view.text, h.start, h.end) \
                    or _APOSTROPHE_AFTER_RE.match(a.view.text, h.end) or a.view.text.startswith(_EMOJI_AS, h.end) \
                    or _CASE_TOLD_RE.match(a.view.text, h.end) \
                    or _THING_ID_BEFORE_RE.search(a.view.text, max(0, h.start - 16), h.start) \
                    or _shown_name(a.view.text, h.start) \
                    or code_context.quoted_data(a.view, h.start, h.end):  # (a validation pattern's `[a-z0-9._-]`)
                continue  # 「ラインはPE0.8号を150m」(fishing line), 「the placeholder "@shopname"」, 「Kevin.O'Hara」,
                # 「IDは「gucci」だけ大文字で → GUCCI_rina07」 (a part of the ID after it)
            official = h.value.startswith("@")
            ja = "LINE公式アカウントのIDが含まれています。" if official else "LINE IDが含まれています。"
            en = "Contains a LINE official account ID." if official else "Contains a LINE ID."
            score = 0.92 if h.cue in ("id", "after") else 0.9
            yield self._finding(a.view, h.start, h.end, h.value, score, ja, en)

    @staticmethod
    def _finding(view: NormalizedText, start: int, end: int, value: str, score: float, ja: str, en: str) -> Finding:
        if value.startswith("@") and not _BASIC_ID_RE.fullmatch(value) and _OFFICIAL_WORD_RE.search(view.text) is None:
            # 「LINE: ＠jp-guide-miki ←これで検索」: a person's ID with an @ put before it out of habit (only
            # an official account's ID has one: its basic ID's shape, or the account called official)
            value = value[1:]
            ja, en = "LINE IDが含まれています。", "Contains a LINE ID."
        return Finding.at(view, LINE_ID, start, end, value, score, ja, en)

# an official account's basic ID (「@881kqty」「@512tkqra」) and the words that call an account official
_BASIC_ID_RE = regex.compile(rf"@[0-9]{{3}}[a-z]{{4,5}}|{OFFICIAL_ID}")
_OFFICIAL_WORD_RE = regex.compile(r"公式|こうしき|オフィシャル|(?<![a-z])official(?![a-z])|line\s?@|ライン@|店|弊社|当社|ショップ|shop|store|salon|サロン|事務所|教室")
# 「drop me a line at …」「the line at the counter」: after an article the English noun, not the app
_ENGLISH_LINE_RE = regex.compile(r"(?<![a-z])(?:a|the|this|that|own)\s$")
# 「LINEの表示名は Kenta」「ニックネームは「Momo」」: the name shown to others, which no one can search
# for (kinds "display" in lexicons/account_topics.txt); a name the reader is told to search or add
# by is the way to find the sender all the same (「Kenta.Hikkoshi って名前で探して」)
_SHOWN_NAME_BEFORE_RE = regex.compile(
    rf"(?:{topic_words('display')})\s{{0,2}}(?:は|が|:|=|→|を)?\s{{0,2}}[「『\"(（]?\s{{0,2}}$")
# (nor is a name the ID is made from: 「IDは名前(はるか)をローマ字にして」)
_SEARCHED_RE = regex.compile(r"探|さが(?:し|す|せ)|検索|けんさく|追加|ついか|(?<![a-z])(?:search|add|id)(?![a-z])|アイディー|ＩＤ")


def _shown_name(text: str, start: int) -> bool:
    return bool(_SHOWN_NAME_BEFORE_RE.search(text, max(0, start - 12), start)) and not _SEARCHED_RE.search(text) \
        or bool(_AT_WORD_BEFORE_RE.search(text, max(0, start - 16), start))


# 「○○○あっとexample.com」: what follows an @ said in words is an address's domain, never an ID
_AT_WORD_BEFORE_RE = regex.compile(rf"(?:{AT_WORD}|(?<![a-z])at)\s{{0,2}}$")  # (normalize's spelled @ words)


# 「ラインはPE0.8号を150m巻いて」: a measure (a fishing line's gauge), not an ID
# 「drop me a line: Kevin.O'Hara」: a name goes on after an apostrophe; an ID never holds one
_APOSTROPHE_AFTER_RE = regex.compile(r"['’][a-z]")
# 「線 = 0.5mm」: a measure typed with its unit
_MEASURE_RE = regex.compile(r"[0-9][0-9.,]{0,12}+(?:mm|cm|km|m|kg|mg|g|ml|l|gb|mb|tb|kb|px|pt|inch|in)"
                            r"|v(?:er)?\.?[0-9]{1,3}(?:\.[0-9]{1,3}){1,3}")  # (「ver2.0 になってから」: a version)
_UNIT_AFTER_RE = regex.compile(r"\s?(?:号|mm|cm|m|kg|g|lb|本|個|枚|円|%)(?![a-z0-9])")
# 「Should I keep the placeholder "@shopname"」「IDの欄は例: taro_123 のように」: a form's example
_PLACEHOLDER_WORD_RE = regex.compile(
    r"placeholder|プレースホルダ|ダミー|だみー|(?<![a-z])(?:dummy|e\.g\.|for example)(?![a-z])|入力例|記入例|例:|例\)"
    r"|(?:と|って)(?:書いてあ|表示され)")  # 「欄に sample_id と書いてあります」: text already on a form
_PLACEHOLDER_REACH = 60


# 「ID: taro_99 です。ダミーなので実在しません」「…。架空のIDです」: the next sentence says the ID is made up
# (「…。ダミーの画像は別で送ります」 says nothing of it)
_MADE_UP_NEXT_RE = regex.compile(
    r"[。\n!?！？]\s{0,2}+(?:(?:これ|それ|こちら|この\s?id)(?:は|も)\s?)?(?:(?:ダミー|だみー|架空|テスト用|サンプル|仮)"
    r"(?:の\s?(?:id|データ|値|アカウント|もの))?\s?(?:なので|です|だから|だよ|なんで|で[、,])|(?:実在|存在)し(?:ない|ません))")


# 「公式LINE（@xxxxxxx）を追加」: an ID masked whole in an article's example, no ID at all
_MASKED_ID_RE = regex.compile(r"@?+(?:x{3,}+|[○◯〇●*＊×]{2,}+)")


def _placeholder_near(text: str, start: int, end: int) -> bool:
    """A placeholder word in the ID's own sentence (「ID: taro_88 です。ダミーの画像は…」 is an ID),
    or the ID masked whole."""
    if _MASKED_ID_RE.fullmatch(text, start, end):
        return True
    lo = max(0, start - _PLACEHOLDER_REACH)
    lo = max([lo] + [text.rfind(ch, lo, start) + 1 for ch in "。\n!?！？"])
    hi = min(len(text), end + _PLACEHOLDER_REACH)
    hi = min([hi] + [p for p in (text.find(ch, end, hi) for ch in "。\n!?！？") if p >= 0])
    return _PLACEHOLDER_WORD_RE.search(text, lo, hi) is not None or _MADE_UP_NEXT_RE.match(text, hi) is not None


def _is_name(view: NormalizedText, m: regex.Match) -> bool:
    """A match of _LINE_NAME_RE names the app: no topic after it (「LINEスタンプ」), no size (「サイズL」,
    「S/M/Lのうち、Lで」) and no English noun (「drop us a line」)."""
    text = view.text
    return not _TOPIC_AFTER_RE.match(text, m.end()) and not _english_noun(view, m.start(), m.end()) \
        and not (_LETTER_L_RE.match(m.group()) and SIZE_BEFORE_RE.search(text, max(0, m.start() - 16), m.start()))


_LETTER_L_RE = regex.compile(r"l(?![a-z])")


def _english_noun(view: NormalizedText, start: int, end: int) -> bool:
    """「Drop us a line @ kenji_88」: after an article the English noun; the app's name is written in
    capitals (「drop me a LINE: kenji_88」)."""
    if not _ENGLISH_LINE_RE.search(view.text, max(0, start - 12), start):
        return False
    lo, hi = view.span(start, end)
    return view.original[lo:hi] != "LINE"


# The app refused, not offered: 「LINEは使っていないので、ID: shop_123 の出品者です」「ラインはNGなので…」 (a
# new account is still one: 「前のLINEは使ってないので新しいIDは…」, and so is what a contrast goes on to;
# a condition is no refusal: 「無理なら」)
_APP_REFUSED_RE = regex.compile(
    r"(?:使っ|つかっ|やっ|入れ|いれ|持っ|もっ|登録し|利用し|使用し)て(?:い)?(?:ない|なく|ません)|使わない|使えな|使えませ"
    r"|(?<![a-z])ng(?![a-z])|禁止|不可|お断り|遠慮|教えられ(?:ない|ません)|交換でき(?:ない|ません)(?!か)")
_CONDITION_RE = regex.compile(r"なら|だったら|でしたら|の場合|場合")
# (「LINEはやってないと申し上げましたが、仕事用のアカウントを作りました」: a contrast, then an account made)
_NEW_ACCOUNT_RE = regex.compile(r"新し|新アカ|別アカ|サブ|作り|作っ|つくっ|始め|はじめ|けど|けれど|ですが|ましたが|でも|しかし|ただ、")
_REFUSAL_REACH = 60
# 「LINEで買い物リスト送るね👇⏎milk⏎egg⏎bread2」: one word to a line, most of them plain words, is a list
# of things; an ID list is IDs (「taro_0921⏎kenji_88」)
_LIST_LOOK = 8
_LINE_MAX = 48  # characters of a one-word line
_ONE_WORD_LINE_RE = regex.compile(r"[^\S\n]*+([a-z0-9._\-]{1,32}+)[^\S\n]*+")


def _not_the_app(a, h) -> bool:
    """The handle h's LINE is a product bought, an app refused, or h is an item of a list of words."""
    text = a.view.text
    lines = [m for m in a.nearby(a.mentions, h.start - _REFUSAL_REACH, h.start) if m.channel == "line" and m.end <= h.start]
    named = lines + [m for m in a.nearby(a.topic_mentions, h.start - _REFUSAL_REACH, h.start)
                     if m.channel == "line" and m.end <= h.start]
    if named and all(_PRODUCT_AFTER_RE.match(text, m.end) for m in named):
        return True  # 「LINEのスタンプを買いました。id: stamp_01」: the product's
    if lines and _app_refused(text[lines[-1].end:h.start]):
        return True
    return h.cue == "tail" and _word_list(text, h.start, h.end)


def _app_refused(between: str) -> bool:
    """The words between the app's name and a run refuse the app (and name no new account)."""
    r = _APP_REFUSED_RE.search(between)
    return r is not None and not _CONDITION_RE.match(between, r.end()) and not _NEW_ACCOUNT_RE.search(between, r.end())


def _word_list(text: str, start: int, end: int) -> bool:
    """The run at [start, end) is a line of its own among one-word lines, most of them letters only.
    Every search is bounded by a line's greatest length: linear however long the text."""
    lo, hi = start, end
    while lo and text[lo - 1] in " \t":
        lo -= 1
    while hi < len(text) and text[hi] in " \t":
        hi += 1
    if lo and text[lo - 1] != "\n" or hi < len(text) and text[hi] != "\n":
        return False
    words = [text[start:end]]
    p = lo - 1
    while p > 0 and len(words) <= _LIST_LOOK:  # the one-word lines before (a few tell a list)
        r = text.rfind("\n", max(0, p - _LINE_MAX), p)
        if r < 0 and p > _LINE_MAX:
            break
        m = _ONE_WORD_LINE_RE.fullmatch(text, r + 1, p)
        if m is None:
            break
        words.append(m.group(1))
        p = r
    p, before = hi, len(words)
    while p < len(text) and len(words) - before < _LIST_LOOK:  # and after
        q = text.find("\n", p + 1, p + 1 + _LINE_MAX)
        if q < 0:
            q = len(text) if len(text) - p - 1 <= _LINE_MAX else -1
        m = _ONE_WORD_LINE_RE.fullmatch(text, p + 1, q) if q >= 0 else None
        if m is None:
            break
        words.append(m.group(1))
        p = q
    return len(words) >= 2 and 2 * sum(w.isalpha() for w in words) >= len(words)


def _in(spans: Spans | None, pos: int) -> bool:
    """One of ``spans`` (None: none yet) holds position ``pos``."""
    return spans is not None and spans.contains(pos, pos + 1)


detect_line_ids = LineIdDetector()
