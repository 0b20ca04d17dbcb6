"""Off-platform payment and direct-deal requests (``off_platform_payment``).

How a message is read:

1. Gate: one Aho-Corasick automaton (built lazily, once per detector) looks for the written-out
   words of every rule's anchor group (直接, 手数料, 仮払い, 振込, paypay, 口座番号 …) in
   ``view.text``. No hit: the message is done, Sudachi never runs.
2. Terms: every lexicon term is matched two ways, as a substring of ``view.text`` and as a run
   of Sudachi normalized forms in ``view.tokens`` (shared with the other detectors; a long message
   is read only around its anchor words, a window the channel detectors share when they read the
   same lines), so 取引 /
   取り引き and かからない / かかりません meet the same entry while compounds that Sudachi keeps
   whole (直接取引 inside 直接取引希望) still match as text.
3. Clauses: sentences (not split inside 「…」) cut again after an adversative particle (が, けど),
   so 「規約違反ですが、直接取引しませんか」 keeps its second half.
4. Rules (payment_rules.txt): a rule fires when all its signal groups meet in one clause. The
   strongest rule gives the score, further independent rules and a request or proposal cue raise
   it, and a refusal, rule, warning or on-platform cue in the clause cuts it to a fraction that
   no default policy acts on. Terms inside a quotation that is being talked about
   (「…」といったメッセージ) do not count.

A finding spans the clause's signal and request words, in original offsets; ``value`` is None.
"""
from __future__ import annotations

import bisect
import functools
import threading
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Iterator, Sequence

import regex

from ..lexicon import Row, load_table, parse_score
from ..model import PAYMENT, Finding
from ..normalize import NormalizedText
from ..spans import Spans
from .mentions import INTRODUCED_QUOTE_RE

SIGNALS_FILE = "payment_signals.txt"
RULES_FILE = "payment_rules.txt"
MODALITY_FILE = "payment_modality.txt"
NEGATION_FILE = "payment_negation.txt"

_MATCH_MODES = ("both", "surface", "lemma")
_NEGATION_KINDS = ("refusal", "rule", "warning", "on_platform", "job_topic", "merchant", "example", "reference",
                   "unneeded")
NEGATION_KINDS = frozenset(_NEGATION_KINDS + ("job_phrase",))  # term kinds that refuse or set aside
_JOB_PHRASE = "job_phrase"  # a job_topic that reaches over its phrase (payment_negation.txt)
_CHANNEL_GROUPS = ("channel", "channel_strong", "channel_means")
_SET_ASIDE_GROUPS = _CHANNEL_GROUPS + ("direct_deal", "own_line", "own_booking")
_CLAUSE_WIDE_KINDS = frozenset({"rule", "warning", "on_platform", "example"})
_TOPIC_SET_OFF = ("につきましては、", "については、", "の件ですが、", "の件は、")

# Score arithmetic, kept in one place so the numbers in the README stay true.
_EXTRA_RULE_SHARE = 0.5  # an independent second rule adds half its weight of what is left
_SUPPRESSED_SHARE = 0.15  # a refused or warned-about signal keeps this share of its score
_MAX_SCORE = 0.97
_JOB_TOPIC_REACH = 4  # characters after a channel name where 導入/実装 make it a work topic
# …and how far on they still do when the name is not the means (「PayPay決済をECサイトに導入」
# 「振込先口座の入力フォーム」), with no punctuation between
_JOB_TOPIC_FAR = 16
_TOPIC_GAP_RE = regex.compile(r"[^、。,.!?\n]*+")
# A channel followed by で / でも / に / へ is the means of paying (「PayPayで払えば記事を書きます」);
# での is adnominal (「手渡しでの集金業務」) and leaves it a topic.
_MEANS_AFTER_RE = regex.compile(r"(?:で|でも|に|へ)(?!の)")
# (「LINE予約システムの導入」「FANBOXのプラン紹介バナーの制作」: the shop's line or the support page as the work)
_CHANNEL_OF_TOPIC = _CHANNEL_GROUPS + ("details", "own_line", "own_booking", "support_site")
# Backwards, a list of names may stand between the work and the channel: only a sentence end breaks
_JOB_TOPIC_LIST = 32  # characters before a channel where the work it is listed under may be named
_LIST_GAP_RE = regex.compile(r"[^。.!?\n]*+$")
# A clause that answers this one can be judged with it only if it holds no proposal of its own.
_OWN_PROPOSAL = 0.3
# A clause that opens on an anaphor reads the way named in the clause before: 「iTunesカードなら
# あるんですけど、それで買えます？」 (それで = with that card), 「直接だと…けど、その方が安い」.
_ANAPHOR_MEANS = ("それで", "そっちで", "そちらで", "これで")
_ANAPHOR_WAY = ("その方が", "そのほうが", "そっちの方が", "そっちのほうが", "そちらの方が", "そちらのほうが",
                "それなら", "そうすれば")
# Ways around the platform that are as much about talking as paying: with a contact channel and
# nothing about money (「アプリを通さずにLINEでやりとりしませんか」) they are the channel detector's.
_WAY_ONLY = frozenset({"direct_deal_soft", "bypass", "direct", "direct_strict", "alt_way"})
# Signal groups that only mask the words of others inside them (payment_signals.txt)
_MASKS = {"other_fee": ("fee", "channel"), "direct_meet": ("direct_strict",),
          "goods_handover": ("channel_means", "channel_strong", "channel", "transfer"),
          "other_app": ("bypass",), "platform_pay": ("fee_paid", "fee_required"), "pay_slip": ("wage",),
          "payment_received": ("after_delivery",)}
_FEE_AFTER_PLATFORM = 4
_MERCHANT_VERBS = ("使え",)  # merchant terms that are a verb with the channel as subject
_MERCHANT_VERB_REACH = 4  # 「PayPayが使えない」「PayPayは使えました」  # 「サイトの決済は手数料が」: the platform's fee, named right after it
# Words quoted to be translated, voiced or corrected are not said (「「PayPayで払って」を英訳すると」
# 「翻訳：「…」」「次のセリフを英語にしてください：「…」」).
_TRANSLATED_RE = regex.compile(
    r"(?:(?:翻訳|英訳|和訳|訳して|訳す|英語に|日本語に|中国語に|韓国語に|セリフ|言い方|校正|添削|translate|translation|proofread)"
    r"[^「『\n]{0,16}+[:：]?[ ]{0,2}+)"
    r"(?:「[^「」\n]{1,300}+」|『[^『』\n]{1,300}+』)"
    r"|(?:「[^「」\n]{1,300}+」|『[^『』\n]{1,300}+』)"
    r"(?=[ ]{0,2}+(?:を|は|の)(?:英訳|和訳|翻訳|訳|英語|日本語|中国語|韓国語))")
_MIN_EMIT = 0.05
# After an on-platform cue these set the platform against another way (「サイト上では最低額で」,
# 「サイト経由だと手数料が」), so the cue does not suppress; so does 「サイトの決済の代わりに」, the
# platform's way named as the one replaced.
_CONTRAST = ("だと", "では", "なら", "だから", "なので", "を通すと", "通すと", "と比べ",
             "やと", "じゃと", "だったら", "やったら",  # the dialects' だと (「アプリの決済やと落とせん」)
             "の代わりに", "のかわりに", "の代わり", "代わりに",
             "より")  # 「本サイト経由より1万円お安く」: the platform as what the other way beats
# Before one, these keep the platform to this time only (「今回だけ取引画面で買ってもらって、次回からは
# 振込で」): the platform named as what is left behind, not as the way.
_ONLY_THIS_TIME = ("今回だけ", "今回のみ", "初回だけ", "初回のみ", "最初だけ",
                   # 「ご新規さまはアプリから、2回目からは当店直予約で」: the first visit left to the platform
                   "ご新規さまは", "ご新規様は", "新規の方は", "新規のお客様は", "初回は", "初めての方は", "1回目は",
                   # 「残金を現金で払ってもらう形で…手付はアプリで」: only a part (the deposit) left to the platform
                   # (the platform's term may begin at its は: 「手付|はアプリで」「今回|はアプリで買ってもらって」)
                   "手付", "手付金", "手付け", "前金", "内金", "頭金", "着手金", "半分", "一部", "半額", "今回",
                   "手付は", "手付金は", "手付けは", "前金は", "内金は", "頭金は", "着手金は", "半分は", "一部は", "半額は", "今回は",
                   # 「見積もりはサイトで出してもらって、…支払いは振込で」: the platform kept for a step that
                   # moves no money (a quote, a talk), not named as the way to pay
                   "見積もり", "見積り", "見積", "お見積もり", "お見積り", "相談", "ご相談", "打ち合わせ", "問い合わせ",
                   "お問い合わせ", "見積もりは", "見積りは", "見積は", "お見積もりは", "お見積りは", "相談は",
                   "ご相談は", "打ち合わせは", "問い合わせは", "お問い合わせは")
# 「本体はアプリで払ってもらえれば」「工賃はサイトで、材料費は現地で現金」: the platform named for one part
# of the price (the other part is the way the clause asks for)
_PRICE_PARTS = ("本体", "本体価格", "本体代", "品物代", "商品代", "基本料金", "基本料", "工賃", "手間賃", "作業代", "材料費",
                "材料代", "部品代", "送料", "運賃", "交通費", "出張費", "延長料金", "延長分", "オプション", "オプション料金",
                "指名料", "施術代", "鑑定料")
_ONLY_THIS_TIME += _PRICE_PARTS + tuple(p + "は" for p in _PRICE_PARTS) + tuple(p + "だけ" for p in _PRICE_PARTS)
# Right after one, the rest of the money goes another way (「半分はアプリで、残りは現金で」): part paid outside
_REST_AFTER = ("、残り", "、あと", "、差額", "、残額", "、残金", "、後半", "、半額", "、追加分", ",残り")
# …or after the platform's half is paid (「半分はアプリでお支払いして、残りの半分は…現金で」)
_REST_LATER_RE = regex.compile(r"[^、。,.!?\n]{1,12}+[、,](?:残り|差額|残額|残金|後半|半額|追加分)")
# The platform's way named and another besides it (「アプリの決済のほか、当店ではPayPayでの直接のお支払いにも
# 対応しております」「サイトの決済に加えて」): a menu that adds an outside way, not the platform's way chosen
_BESIDES_AFTER = ("のほか", "の他", "に加えて", "に加え", "以外に", "以外でも")
# 送ってます / 送ってる / 送ってた: a て-form followed by an aspect ending reports, it does not ask;
# so does 払ってくれた / くれて (a favour received; くれたら still asks).
_REPORTED_AFTER = ("と言って", "と言われ", "って言って", "って言われ", "とおっしゃ", "と仰")
_STATED_AFTER_KURE_RE = regex.compile(
    r"(?:ませんでした|なかった|ます|ません|ない|へん|る)(?=[。、,.\n!！]|ので|から|し[、。]|(?:ん|の)(?:です|だ)(?!か|[?？])|$)")
_ASPECT_AFTER_TE = ("ます", "る", "た", "いる", "いま", "いた", "ある", "あり", "あげ")
# 振り込まれる / 支払われる / 送金される: money moved TO the writer (the platform's payout).
# 「このサイトの決済じゃなくて、…」: the platform named to be set aside.
_PLATFORM_DENIED_RE = regex.compile(
    r"[^、。,.!?\n]{0,8}?(?:じゃなく|ではなく|じゃない方|以外|はやめ|をやめ|やめて|は使わ|を使わ|は通さ|を通さ|はなしで|は無しで"
    r"|は不要|はいらない|は要らない|は必要ない|はしなくて"
    # 「現金で払うのでアプリの決済いらないですよね」: the checkout said to be unneeded, with or without は
    r"|(?:も|は)?(?:いらな|要らな|不要)"
    # 「取引画面の方は取り消し申請しといて」: the platform's order named to be dropped
    r"|(?:の方|のほう)?は(?:キャンセル|取り消|取消|中止)"
    # 「アプリ経由は今回で最後にして」: the platform named as the way that ends
    r"|は(?:今回|これ|次)(?:で最後|まで)|は終わり|は卒業"
    # 「サイトの決済は断っとるんよ、現金で…」: the platform's way refused, for another
    r"|(?:は|を)(?:お)?断)")
# 「直接なら違反にならないですよ」: a rule said not to apply is no rule
_RULE_DENIED_RE = regex.compile(r"(?:に|には|と|とは)?(?:なら|なり)|じゃ|では")
_PASSIVE_RE = regex.compile(r"(?:[まわさ]?+れ|られ)")
# A quoting particle, a verb of writing or saying and who does it: a line someone else writes
_TOLD_LINE_RE = regex.compile(
    r"(?:とか|って|なんて|みたいなこと|みたいな|などと)[^。！？!?\n「」]{0,12}?"
    r"(?:書い|書か|言っ|言う|言わ|載せ|載っ|謳っ|うたっ|送って|DMして|メッセージして)[^。！？!?\n]{0,6}?"
    r"(?:人|者|業者|相手|アカウント|ショップ)")
_SENTENCE_ENDS = ("。", "！", "？", "!", "?", "\n")
# A causative pay verb qualifying a person or a trick: what others make buyers do, told about
_CAUSED_BY_OTHERS_RE = regex.compile(
    r"[まわさ]?せ(?:る|た)(?:ような|みたいな|という|って)?(?:人|者|業者|出品者|相手|手口|詐欺|ケース|やり方|アカウント)")
_PASSIVE_KINDS = frozenset({"transfer", "pay_verb", "deal"})  # not direct_deal: ご契約されますか asks
_VERB_END_RE = regex.compile(r"\p{Hiragana}$")  # a channel written as a verb (口座に振り込む), not a name
_SHORT_TAIL = 8  # characters: a clause this short joins the one before it
_MESSAGE_EXCHANGE = frozenset({"やり取り", "やりとり"})
_SET_ASIDE_RE = regex.compile(r"(?:で)?(?:じゃ|は)?なく|でなく|じゃなし")
_CONTACT_WORD_RE = regex.compile(
    r"line|ライン|メール|mail|電話|chatwork|チャットワーク|slack|スラック|discord|ディスコ|zoom|ズーム|インスタ|"
    r"instagram|dm|skype|スカイプ|teams|telegram|whatsapp|連絡先|連絡")

_SENTENCE_END = frozenset("。.!?\n")
_QUOTE_PAIRS = {"「": "」", "『": "』", "“": "”", '"': '"'}
# A quotation followed by a reporting word is a mention of the words, not a use of them.
# So is a quotation standing as a line of its own in a message that warns or cites a rule
# (「こんなメッセージが来たら要注意」 and then the examples, one a line).
_LINE_QUOTE_RE = regex.compile(r"(?m)^[ \u3000・-]{0,3}+(?:「[^「」\n]{1,300}+」|『[^『』\n]{1,300}+』)[ \u3000]{0,3}+$")
# A quoted message that is an item of a numbered or bulleted list (「1.「…」」「（エ）「…」」「① 「…」→ …」):
# a list of what is said, with or without the heading that calls it so; chat messages do not
# open on an enumerator and a quotation mark.
_LISTED_QUOTE_RE = regex.compile(
    r"(?m)^[ \u3000]{0,3}+(?:[0-9]{1,2}[.)）．]?|[(（][0-9a-zア-ン]{1,2}[)）]|[①-⑳]|[・•])[ \u3000]{0,3}+"
    r"(「[^「」\n]{1,300}+」)")
_MENTION_RE = regex.compile(
    r"(?:(?:「[^「」\n]{1,300}+」|『[^『』\n]{1,300}+』|“[^“”\n]{1,300}+”|\"[^\"\n]{1,300}+\")[、・や ]?+){1,10}+"
    r"(?=[ ]{0,2}+(?:と|って|など|といった|という|のような|みたいな|のように|等の"
    r"|の(?:手続き|手続|申請|機能|制度|ページ|ルール|言い方|意味|読み方|英訳|訳)|機能|ボタン|メニュー"
    r"|を(?:強調|連発|繰り返|口実|理由に挙げ)|に乗|みたいに"
    # 「「手数料を払いたくない」心理」「「直接で」問題」: the words name a topic, a noun right after them
    r"|(?:心理|問題|事件|トラブル|騒動|現象|商法)))"
    # 運営の「直接契約」の手続き, サイトの「直接契約」機能: a feature's name; 「手数料がもったいない」を
    # 強調していた, 「…」に乗って: the words a story tells of
)
# A term in brackets, kanji alone, as the topic (「直接取引」はなくならないのか, 「個人間送金」について,
# 「外部決済」の禁止): the word named, as a title or a glossary does; with its verb or particle of use
# (「「直接取引」しませんか」「「銀行振込」で払います」) the term is used.
_TERM_QUOTE_RE = regex.compile(
    r"(?:「\p{Han}{2,8}+」|『\p{Han}{2,8}+』)(?=[ \u3000]{0,2}+(?:は|とは|に関する|に関して|について|を巡|をめぐ"
    r"|の(?:問題|禁止|実態|リスク|危険|手口|仕組み|ルール|定義|意味)))")
# A heading that introduces examples, and the bullets of its list
_EXAMPLE_HEAD_RE = regex.compile(
    r"例[:：]?$|例文|よくある|典型的|手口|誘い文句|こんなメッセージ|このようなメッセージ|要注意|ng例|悪い例|for example|examples?[:：]?$")
_BULLET_RE = regex.compile(r"[ \u3000]{0,3}+(?:[・\-*•●○◆■□▶→]|[①-⑳]|[0-9]{1,2}[.)）]|[(（][0-9]{1,2}[)）])")
_ADVERSATIVE = frozenset({"が", "けど", "けれど", "けれども", "のに", "しかし", "でも", "ただ"})
_CONCESSIVE_ENDS = ("が", "けど", "けれど", "けれども")
_POLITE_DROP = frozenset({"ます", "です", "まし", "でし", "ませ"})
_NEGATIVE = frozenset({"ない", "ぬ", "ず", "ん", "無い"})


# -- lexicon ------------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class Term:
    """One lexicon entry. ``key`` is the entry as normalized text; ``lemmas`` its normalized forms."""

    kind: str  # signal group, "modality" or a negation kind
    label: str  # as written in the lexicon, for reasons
    key: str
    mode: str
    weight: float
    source: str
    phrase: bool = False  # a job topic that reaches over its phrase (payment_negation.txt, job_phrase)


@dataclass(frozen=True, slots=True)
class Rule:
    name: str
    groups: tuple[str, ...]
    weight: float
    label_ja: str
    label_en: str


@dataclass(frozen=True, slots=True)
class Match:
    term: Term
    start: int  # normalized offsets
    end: int


def _key(term: str) -> str:
    return NormalizedText.of(term).text.strip()


def _mode(row: Row, index: int) -> str:
    if len(row.fields) <= index or not row.fields[index]:
        return "both"
    mode = row.fields[index]
    if mode not in _MATCH_MODES:
        raise row.error(f"match {mode!r} is not one of {', '.join(_MATCH_MODES)}")
    return mode


def _signal_terms(rows: Sequence[Row]) -> list[Term]:
    terms = []
    for row in rows:
        group, text = row[0], row[1]
        if not regex.fullmatch(r"[a-z_]{1,40}", group):
            raise row.error(f"group {group!r} must be lower-case letters and underscores")
        key = _key(text)
        if not key:
            raise row.error(f"term {text!r} is empty after normalization")
        terms.append(Term(group, text, key, _mode(row, 2), 1.0, f"{row.source}:{row.line}"))
    return terms


def _means_forms(signals: list[Term]) -> list[Term]:
    """「<channel>で」 for every channel name, so a platform's own channel (and 振込, 銀振) is also
    read as the means of payment without listing each one twice; and for the outside channels
    (channel_strong) 「<name>なら」 and 「<name>払い」 too (「ビットコインなら」「Bitcoin払いで」): a
    way no marketplace takes, named as the condition or the way of paying."""
    listed = {t.key for t in signals if t.kind == "channel_means"}
    derived = []
    for t in signals:
        if t.kind in ("channel", "channel_strong") and not t.key.endswith(("で", "に", "を", "へ")):
            endings = ("で", "にて", "なら", "払い") if t.kind == "channel_strong" else ("で", "にて")
            for ending in endings:
                key = t.key + ending
                if key not in listed:
                    listed.add(key)
                    derived.append(Term("channel_means", t.label + ending, key, t.mode, 1.0, t.source))
    # にて is the written register's で (「銀行振込にてお願いいたします」「現金にて頂戴します」): every
    # means listed with で is read with にて too
    for t in list(signals) + derived:
        if t.kind == "channel_means" and t.key.endswith("で") and not t.key.endswith("にて"):
            key = t.key[:-1] + "にて"
            if key not in listed:
                listed.add(key)
                derived.append(Term("channel_means", t.label[:-1] + "にて", key, t.mode, 1.0, t.source))
    return derived


def _rules(rows: Sequence[Row], groups: set[str]) -> list[Rule]:
    rules = []
    for row in rows:
        names = tuple(g.strip() for g in row[1].split("+"))
        for name in names:
            if name not in groups:
                raise row.error(f"group {name!r} has no terms in {SIGNALS_FILE}")
        weight = parse_score(row, 2, 0.5)
        rules.append(Rule(row[0], names, weight, row[3], row[4]))
    return rules


def _modality_terms(rows: Sequence[Row]) -> list[Term]:
    terms = []
    for row in rows:
        key = _key(row[0])
        if not key:
            raise row.error(f"term {row[0]!r} is empty after normalization")
        terms.append(Term("modality", row[0], key, _mode(row, 2), parse_score(row, 1, 0.5),
                          f"{row.source}:{row.line}"))
    return terms


def _negation_terms(rows: Sequence[Row]) -> list[Term]:
    terms = []
    for row in rows:
        kind = row[1]
        if kind not in _NEGATION_KINDS and kind != _JOB_PHRASE:
            raise row.error(f"kind {kind!r} is not one of {', '.join(_NEGATION_KINDS + (_JOB_PHRASE,))}")
        key = _key(row[0])
        if not key:
            raise row.error(f"term {row[0]!r} is empty after normalization")
        phrase = kind == _JOB_PHRASE
        terms.append(Term("job_topic" if phrase else kind, row[0], key, _mode(row, 2), 1.0,
                          f"{row.source}:{row.line}", phrase))
    return terms


def _reject_duplicates(signal_rows: Sequence[Row], modality_rows: Sequence[Row],
                       negation_rows: Sequence[Row]) -> None:
    """The same entry twice in one list (after normalization) is a copy-paste slip: name it."""
    lists = ((signal_rows, 0, 1), (modality_rows, None, 0), (negation_rows, 1, 0))
    for rows, kind_column, term_column in lists:
        seen: dict[tuple[str, str], Row] = {}
        for row in rows:
            term = row[term_column]
            key = (row[kind_column] if kind_column is not None else "", _key(term))
            if key in seen:
                first = seen[key]
                raise row.error(f"{term!r} repeats {first.source}:{first.line}")
            seen[key] = row


def _gate_key(key: str) -> str:
    """The part of an anchor term that is written the same in every variant of it.

    A leading kanji compound is cut to two characters (直接取引 -> 直接, so 直接取り引き passes),
    a single kanji keeps one kana after it (振り込む -> 振り); katakana and Latin stay whole.
    """
    run = regex.match(r"[^\p{Hiragana}]++", key)
    if run is None:
        return key
    stem = run.group()
    if regex.fullmatch(r"\p{Han}++", stem):
        return stem[:2] if len(stem) >= 2 else key[:2]
    return stem


# -- canonical forms of tokens ------------------------------------------------------------------
def _canonical(tokens) -> list[tuple[str, int, int]]:
    """(form, start, end) per token: normalized form for content words, surface for particles,
    polite endings dropped and every negative folded into ない, so 掛からない == 掛かりません."""
    out = []
    for tok in tokens:
        pos = tok.pos[0] if tok.pos else ""
        if pos in ("空白",):
            continue
        if pos == "助動詞":
            if tok.dictionary in ("ます", "です") and tok.surface in _POLITE_DROP:
                continue
            if tok.dictionary in _NEGATIVE or tok.normalized in _NEGATIVE:
                out.append(("ない", tok.start, tok.end))
                continue
            # れ/れる and た/た meet on the dictionary form; で stays で (だ is also the copula).
            form = tok.surface if tok.dictionary == "だ" or tok.surface in ("ましょう", "でしょう") else tok.dictionary
            if form == "た" and len(tok.pos) > 5 and tok.pos[5].startswith("仮定形"):
                form = "たら"  # 完了したら (a condition) is not 完了しました (a receipt)
            out.append((form, tok.start, tok.end))
        elif pos == "助詞":
            out.append((tok.surface, tok.start, tok.end))
        elif pos == "形容詞" and tok.normalized == "無い":
            out.append(("ない", tok.start, tok.end))
        else:
            out.append((tok.normalized, tok.start, tok.end))
    return out


@dataclass(frozen=True, slots=True)
class _Compiled:
    terms: tuple[Term, ...]
    surface_automaton: object
    surface_index: tuple[int, ...]  # automaton pattern -> term index
    lemma_index: dict  # first form -> ((forms, term index), ...)


class PaymentDetector:
    """Finds requests and offers to pay, get paid or contract outside the platform.

    ``extra_signals`` / ``extra_rules`` / ``extra_modality`` / ``extra_negation``: paths of a
    platform's own lexicon files in the packaged formats, added after the packaged rows.
    """

    category = PAYMENT

    def __init__(self, *, extra_signals: Iterable[str | Path] = (), extra_rules: Iterable[str | Path] = (),
                 extra_modality: Iterable[str | Path] = (), extra_negation: Iterable[str | Path] = ()):
        signal_rows = load_table(SIGNALS_FILE, extra=tuple(extra_signals), required=2)
        rule_rows = load_table(RULES_FILE, extra=tuple(extra_rules))
        modality_rows = load_table(MODALITY_FILE, extra=tuple(extra_modality), required=1)
        negation_rows = load_table(NEGATION_FILE, extra=tuple(extra_negation), required=2)
        signals = _signal_terms(signal_rows)
        signals += _means_forms(signals)
        _reject_duplicates(signal_rows, modality_rows, negation_rows)
        self.rules: tuple[Rule, ...] = tuple(_rules(rule_rows, {t.kind for t in signals} | {_PLATFORM_PART.kind}))
        self._rule_groups = tuple(frozenset(rule.groups) for rule in self.rules)
        self.terms: tuple[Term, ...] = tuple(signals + _modality_terms(modality_rows)
                                             + _negation_terms(negation_rows))
        anchors = {rule.groups[0] for rule in self.rules}
        # a term matched as written only has no other spelling to let through: its whole key
        self._gate_keys = tuple(sorted({t.key if t.mode == "surface" else _gate_key(t.key)
                                        for t in signals if t.kind in anchors}))
        self._gate = None
        self._compiled: _Compiled | None = None
        self._lock = threading.Lock()

    # -- lazily built state ---------------------------------------------------------------------
    def _gate_automaton(self):
        if self._gate is None:
            import ahocorasick_rs

            self._gate = ahocorasick_rs.AhoCorasick(list(self._gate_keys))
        return self._gate

    def _compile(self) -> _Compiled:
        if self._compiled is None:
            with self._lock:
                if self._compiled is None:
                    self._compiled = self._build()
        return self._compiled

    def _build(self) -> _Compiled:
        import ahocorasick_rs

        from ..tokens import tokenize

        # Same key under several kinds (なしで is fee_avoid and escrow_skip): one pattern each.
        surface_keys: dict[str, list[int]] = {}
        lemma_index: dict[str, list[tuple[tuple[str, ...], int]]] = {}
        for i, term in enumerate(self.terms):
            if term.mode in ("both", "surface"):
                surface_keys.setdefault(term.key, []).append(i)
            if term.mode in ("both", "lemma"):
                forms = tuple(f for f, _s, _e in _canonical(tokenize(term.key)))
                if forms:
                    lemma_index.setdefault(forms[0], []).append((forms, i))
        index: list[int] = []
        flat_patterns: list[str] = []
        for key, owners in surface_keys.items():
            for i in owners:
                flat_patterns.append(key)
                index.append(i)
        automaton = ahocorasick_rs.AhoCorasick(flat_patterns, matchkind=ahocorasick_rs.MatchKind.Standard)
        return _Compiled(self.terms, automaton, tuple(index),
                         {k: tuple(v) for k, v in lemma_index.items()})

    def anchors(self, view: NormalizedText) -> list[tuple[int, int, int]]:
        """(key, start, end) of the gate's anchor words in ``view``, found once per view: the rules,
        the intent scorer and the mentions filter read the same. Shared: never changed by a reader."""
        held = view.memo(("payment.anchors", id(self)),
                         lambda: (self, self._gate_automaton().find_matches_as_indexes(view.text)))
        return held[1] if held[0] is self else self._gate_automaton().find_matches_as_indexes(view.text)

    # -- detection ------------------------------------------------------------------------------
    def passes_gate(self, view: NormalizedText) -> bool:
        """True when the message holds an anchor word and so is worth tokenizing."""
        text = view.text
        return bool(text) and bool(self._gate_automaton().find_matches_as_indexes(text))

    def __call__(self, view: NormalizedText) -> Iterator[Finding]:
        if not view.text:
            return
        # Details written out and English proposals: their own readers, on the whole view (each
        # returns at once without a digit or a Latin word), before and apart from the anchor gate.
        details, english, foreign = _readers()
        yield from details(view)
        yield from english(view)
        yield from foreign(view)
        found = False
        for finding in self._read(view):
            found = True
            yield finding
        if not found:
            # a message written all in kana (ﾁｮｸｾﾂ ﾄﾘﾋｷ, voice input, a filter dodged) is read again
            # with its words' kanji restored
            restored = kana_restored(view)
            if restored is not None:
                yield from self._read(restored, asked_only=True)

    def _read(self, view: NormalizedText, asked_only: bool = False) -> Iterator[Finding]:
        """The rules over ``view`` (see the module docstring); ``asked_only``: only a clause worded
        as a request or offer counts (a kana reading's kanji are Sudachi's guess: 「きんし」 may come
        back as 金糸 and leave a warning unread)."""
        anchors = self.anchors(view)
        # the platform kept for a part of the price is read from the grammar, not from an anchor word
        parted = [m.start() for m in _platform_parts(view.text)]
        if not anchors and not parted:
            return
        # A long message is read only around its anchor words (rules meet within a clause):
        # its greeting and sign-off are not tokenized.
        view = view.around([start for _i, start, _end in anchors] + parted)
        compiled = self._compile()
        text = view.text
        matches = view_matches(compiled, view)
        if parted:
            matches += [Match(_PLATFORM_PART, m.start(), m.end()) for m in _platform_parts(text)]
        if not matches:
            return
        quoted = view_quoted_spans(view, matches)
        matches.sort(key=lambda m: m.start)
        starts = [m.start for m in matches]
        tokens = view.tokens
        token_starts = [t.start for t in tokens]
        clauses = _clauses(text, tokens)
        read: dict[int, list[Match]] = {}
        judged: dict[int, Finding | None] = {}

        def clause_matches(k: int) -> list[Match]:
            # Every match counts, however many: _judge compares matches through sorted spans and
            # the first and last place of each term, never pairwise, so one endless clause of
            # payment words stays linear and padding before a request cannot push it out.
            if k not in read:
                start, end = clauses[k]
                lo, hi = bisect.bisect_left(starts, start), bisect.bisect_left(starts, end)
                read[k] = [] if lo == hi else matches[lo:hi] + _mood_cues(
                    tokens, bisect.bisect_left(token_starts, start), bisect.bisect_left(token_starts, end))
            return read[k]

        def judge(k: int) -> Finding | None:
            if k not in judged:
                found = clause_matches(k)
                judged[k] = self._judge(view, found, quoted, asked_only) if found else None
            return judged[k]

        for n, (start, end) in enumerate(clauses):
            in_clause = clause_matches(n)
            if not in_clause:
                continue
            extra: list[Match] = []
            # 「…けど、」「直接契約のお話、ありがとうございます。」: the next clause may answer this
            # one (「規約上お受けできません」「サイト経由の方が安心」) unless it is a proposal itself
            if n + 1 < len(clauses) and (text[start:end].rstrip(" 、,").endswith(_CONCESSIVE_ENDS)
                                         or any(m.term.kind == "reference" for m in in_clause)):
                extra, answer = _answer(matches, starts, clauses[n + 1], text), n + 1
                if not extra and n + 2 < len(clauses) and _cushion(text, clauses[n + 1], matches, starts):
                    # 「ご提案ありがとうございます。大変ありがたいのですが、…お断りさせてください」
                    extra, answer = _answer(matches, starts, clauses[n + 2], text), n + 2
                if extra:
                    after = judge(answer)
                    if after is not None and after.score >= _OWN_PROPOSAL:
                        extra = []
            if n:
                extra += _anaphora(text, clauses[n], clause_matches(n - 1))
            if any(m.term.kind == "alt_way" for m in in_clause) and not any(m.term.kind == "fee" for m in in_clause):
                # 「別の形でも柔軟に…。手数料の関係もございますので」: the fee given as the reason next door
                extra += [m for k in (n - 1, n + 1) if 0 <= k < len(clauses)
                          for m in clause_matches(k) if m.term.kind in ("fee", "other_fee")]
            if n + 1 < len(clauses) and any(m.term.kind == "direct_deal_soft" for m in in_clause) and not any(
                    m.term.kind == "cheaper" for m in in_clause):
                # 「直接お受けし直すことはできます。料金も1割引きになります」: the saving offered in the
                # sentence after the direct way is what the way is sold with
                extra += [m for m in clause_matches(n + 1) if m.term.kind == "cheaper"]
            if n and any(m.term.kind == "platform_exit" for m in in_clause) and not any(m.term.kind == "hire" for m in in_clause):
                # 「弊社の正社員としてご参画いただけませんか。本サイトでのお取引は今回で最後に…」: the hire
                # offered the clause before is what ends the platform's dealings
                extra += [m for m in clause_matches(n - 1) if m.term.kind == "hire"]
            kinds = {m.term.kind for m in in_clause}
            if "entry_fee" in kinds and n + 1 < len(clauses) and not kinds & _FEE_TERMS:
                # 「登録には初期費用がかかります。入金確認後にIDを発行します」: the work given on the fee's
                # condition in the sentence after, with whatever refuses or warns there
                extra += [m for m in clause_matches(n + 1) if m.term.kind in _FEE_TERMS or m.term.kind in _ANSWER_KINDS]
            if kinds & _SPLITS_OFF and not kinds & _CANCEL_WAYS:
                # 「日当は帰りに封筒で渡すね。アプリの方はキャンセル扱いにしといて」「予約はキャンセルで通して
                # おいて。料金は当日現金で」: the platform's order dropped in one sentence, the money's way
                # named in the one next to it (and what refuses it there)
                extra += [m for k in (n - 1, n + 1) if 0 <= k < len(clauses) for m in clause_matches(k)
                          if m.term.kind in _CANCEL_WAYS or (k > n and m.term.kind in _ANSWER_KINDS)]
            finding = self._judge(view, in_clause + extra, quoted, asked_only) if extra else judge(n)
            if finding is not None:
                yield finding

    def _judge(self, view: NormalizedText, matches: list[Match], quoted: "Spans",
               asked_only: bool = False) -> Finding | None:
        text = view.text
        signals: dict[str, list[Match]] = {}
        for m in matches:
            if m.term.kind in ("modality",) or m.term.kind in _NEGATION_KINDS:
                continue
            if quoted.contains(m.start, m.end):
                continue
            if (m.term.kind in _PASSIVE_KINDS or m.term.kind == "channel_strong" and _VERB_END_RE.search(m.term.key)) \
                    and _PASSIVE_RE.match(text, m.end):
                continue  # 振り込まれます / 口座に振り込まれた: paid to the writer, not a proposal to pay
            if _VERB_END_RE.search(m.term.key) and _CAUSED_BY_OTHERS_RE.match(text, m.end):
                continue  # 先に振り込ませる人がいる: another's scheme told about (振り込ませてください asks)
            signals.setdefault(m.term.kind, []).append(m)
        for mask, masked in _MASKS.items():
            # 「振込手数料」: a bank's fee, not the platform's, and 「銀行振込の手数料」 names no way of
            # paying either; 「直接見に来て」: a visit, not dealing around the platform
            found = signals.pop(mask, None)
            if found:
                spans = Spans([(m.start, m.end) for m in found])
                for group in masked:
                    if group in signals:
                        signals[group] = [m for m in signals[group] if not spans.overlaps(m.start, m.end)]
                        if not signals[group]:
                            del signals[group]
        if "deal" in signals and _CONTACT_WORD_RE.search(text, min(m.start for m in matches), max(m.end for m in matches)):
            # 「直接LINEでやり取りしましょう」: the exchange is of messages on a contact channel (the
            # channel detector's), not of money
            signals["deal"] = [m for m in signals["deal"] if m.term.key not in _MESSAGE_EXCHANGE]
            if not signals["deal"]:
                del signals["deal"]
        aside: list[tuple[int, int]] = []
        for group in _SET_ASIDE_GROUPS:
            if group in signals:
                # 「PayPayじゃなくてメルペイで」「銀行振込ではなく、サイトの仮払いで」「直接取引ではなく
                # 単価交渉を」: the way set aside
                aside += [(m.start, m.end) for m in signals[group] if _SET_ASIDE_RE.match(text, m.end)]
                kept = [m for m in signals[group] if not _SET_ASIDE_RE.match(text, m.end)]
                if kept:
                    signals[group] = kept
                else:
                    del signals[group]
        if aside:
            # its parts go with it (直接 + 取引 inside 「直接取引ではなく」)
            set_aside = Spans(aside)
            for group in list(signals):
                kept = [m for m in signals[group] if not set_aside.contains(m.start, m.end)]
                if kept:
                    signals[group] = kept
                else:
                    del signals[group]
        ends = _term_ends(signals)
        present = ends.keys()
        # a rule needs every group present: a set test leaves _fires the few rules that can fire
        fired = [r for r, groups in zip(self.rules, self._rule_groups) if groups <= present and _fires(r, ends)]
        if fired and _drop_channels_talked_about(signals, matches, text):
            ends = _term_ends(signals)
            fired = [r for r in fired if _fires(r, ends)]  # dropping signals can only silence rules
        if not fired or all(set(r.groups) <= _WAY_ONLY for r in fired) and _CONTACT_WORD_RE.search(
                text, min(m.start for m in matches), max(m.end for m in matches)):
            return None
        fired.sort(key=lambda r: -r.weight)  # stable: equal weights keep the rules' file order

        used: set[str] = set()
        score = 0.0
        reasons_ja: list[str] = []
        reasons_en: list[str] = []
        carriers: list[Match] = []
        carried = Spans([])
        for rule in fired:
            if used & set(rule.groups):
                continue  # a weaker reading of words already counted
            if used and any(all(carried.overlaps(m.start, m.end) for m in signals[g]) for g in rule.groups):
                continue  # the same words read a second way (受取口座 is a 口座 and a 送金先)
            score = rule.weight if not used else score + (1 - score) * rule.weight * _EXTRA_RULE_SHARE
            used.update(rule.groups)
            words = []
            for g in rule.groups:
                best = max(signals[g], key=lambda m: m.end - m.start)
                words.append(view.original_slice(best.start, best.end))
                carriers.extend(signals[g])
            carried = Spans([(c.start, c.end) for c in carriers])
            reasons_ja.append(f"{rule.label_ja}（{'＋'.join(_dedupe(words))}）")
            reasons_en.append(f"{rule.label_en} ({' + '.join(_dedupe(words))})")

        first_signal = min(m.start for m in carriers)
        ways = sorted(m.start for m in carriers if m.term.kind not in _FEE_KINDS)
        # a request inside a quotation told of (「直接振り込んでください」と連絡があり) is not this one's
        modality = [m for m in matches if m.term.kind == "modality" and not quoted.contains(m.start, m.end)
                    and not (m.term.key.endswith(("て", "で")) and text.startswith(_ASPECT_AFTER_TE, m.end))
                    and not (m.term.key.endswith("くれ") and text.startswith(("た", "て"), m.end)
                             and not text.startswith("たら", m.end))
                    # 「誰も間に入ってくれません」「運営が対応してくれます」: what someone does or not, stated
                    and not (m.term.key.endswith("くれ") and _STATED_AFTER_KURE_RE.match(text, m.end))
                    # 「現金で払う人もいるみたいですね」: みたい (it seems) holds no たい (want); 頼みたい does
                    and not (m.term.key.startswith("たい") and _seems(text, m.start))
                    and not (m.term.key == "ないか" and text.startswith("ら", m.end))  # ないから gives a reason
                    # 「現金でお礼したいと言ってくださった」: what another said they wanted, reported
                    and not text.startswith(_REPORTED_AFTER, m.end)
                    # 「手数料10％って高くない？」: an adjective's negative asks the reader to agree, it
                    # proposes nothing (しない？ does; 「直接の方が安くない？」 sets one way above another)
                    and not (m.term.key.startswith("ない") and text.endswith(_ADJECTIVE_STEM_ENDS, 0, m.start)
                             and not any(w in text[first_signal:m.start] for w in _COMPARED))
                    # 「PayPayで払うと安くなります」: what follows whenever one pays so (a campaign, a rule
                    # of the service), not the writer's offer (安くします, 払っていただくと安くなります)
                    and not (m.term.key in _BECOMES_KEYS and _generic_condition(view.tokens, first_signal, m.start))]
        if modality:
            best = max(modality, key=lambda m: m.term.weight)
            score += (1 - score) * best.term.weight
            carriers.extend(modality)
            cue = view.original_slice(best.start, best.end)
            reasons_ja.append(f"依頼・提案の表現（{cue}）")
            reasons_en.append(f"worded as a request or offer ({cue})")

        if not modality:
            perks = [m for m in carriers if m.term.kind in _PERK_KINDS]
            condition = _conditional_between(view.tokens, first_signal, min(m.start for m in perks)) if perks else None
            if condition is not None:
                # 「イーサリアムでのお支払いなら、即日発送・送料無料にします」「Bitcoin払いなら今日発送できます」:
                # the perk the writer gives if one pays or deals so, offered on that condition
                best = max(perks, key=lambda m: m.end)
                score += (1 - score) * _CONDITIONAL_OFFER.weight
                cue = view.original_slice(condition, best.end)
                reasons_ja.append(f"条件つきの申し出（{cue}）")
                reasons_en.append(f"offered on a condition ({cue})")
                modality = [Match(_CONDITIONAL_OFFER, condition, best.end)]

        if not modality:
            last = max(carriers, key=lambda m: m.end)
            if last.term.key.endswith("で") and _GOODS_HANDOVER not in last.term.key and _ends_sentence(text, last.end):
                # 「取り置きしておくので当日現金で」「あとは直接で」: the way said last, the request left unsaid
                # (not 「受け取りは手渡しで」: the goods handed over)
                score += (1 - score) * _ELLIPTICAL_WEIGHT
                cue = view.original_slice(last.start, last.end)
                reasons_ja.append(f"依頼の省略（{cue}）")
                reasons_en.append(f"a request left unsaid ({cue})")
                modality = [last]

        if asked_only and not modality:
            return None
        if not modality and _narrated(view.tokens, max(m.end for m in carriers)):
            # 「直接取引に切り替えた別のクリエイター」「直接契約で未払いになった人」: told, not offered
            score *= _SUPPRESSED_SHARE
            reasons_ja.append("ただし過去の出来事の叙述")
            reasons_en.append("but told as a past event")
        elif not modality and hearsay(view.tokens, first_signal):
            score *= _SUPPRESSED_SHARE
            reasons_ja.append("ただし伝聞・一般論")
            reasons_en.append("but hearsay or what others do")
        elif not modality and _weighed_condition(text, carriers, used):
            score *= _SUPPRESSED_SHARE
            reasons_ja.append("ただし仮定の条件として検討")
            reasons_en.append("but weighed as a condition")

        # 「会社サイトから」「個人サイトの決済ページ」: the writer's own site, not the platform's; 「このサイト
        # でのお取引は終了」: the platform named as the place left
        own = Spans([(m.start, m.end) for g in ("own_shop", "platform_exit") for m in signals.get(g, ())])
        # 「本サイトの決済手数料」: the platform's fee even where 決済手数料 reads as another's
        fee_starts = sorted(m.start for m in matches if m.term.kind == "fee")
        # 「サイトには含めないでください」「アプリの決済は本体価格だけ」: the platform named as what keeps
        # only a part of the price, not as the way it is all paid
        parts = Spans([(m.start, m.end) for m in signals.get(_PLATFORM_PART.kind, ())])
        # 「サイトの決済だと」: where the platform's way is set against another, and a refusal right after it
        # is the platform's (the ends of its contrast word)
        set_against = sorted(p.end + len(next(c for c in _CONTRAST if text.startswith(c, p.end)))
                             for p in matches if p.term.kind == "on_platform" and text.startswith(_CONTRAST, p.end))
        unneeded = _Unneeded.of(carriers, text) if any(m.term.kind == "unneeded" for m in matches) else None
        suppressors = [m for m in matches if _suppresses(m, first_signal, text, fee_starts, ways, set_against,
                                                         unneeded) and not (
            m.term.kind == "on_platform" and own.overlaps(m.start, m.end)) and not (
            m.term.kind in ("on_platform", "warning") and parts.overlaps(m.start, m.end))]
        if suppressors:
            cue = view.original_slice(suppressors[0].start, suppressors[0].end)
            score *= _SUPPRESSED_SHARE
            reasons_ja.append(f"ただし否定・注意喚起の文脈（{cue}）")
            reasons_en.append(f"but refused, forbidden or warned about ({cue})")
        score = min(score, _MAX_SCORE)
        if score < _MIN_EMIT:
            return None

        start = min(m.start for m in carriers)
        end = max(m.end for m in carriers)
        reason = "外部での支払い・直接取引の誘い: " + "、".join(reasons_ja) + "。"
        reason_en = "Off-platform payment or direct deal: " + "; ".join(reasons_en) + "."
        return Finding.at(view, PAYMENT, start, end, None, round(score, 4), reason, reason_en)


# -- a message written all in kana -----------------------------------------------------------------
_HAN_RE = regex.compile(r"\p{Han}")
_KANA_RE = regex.compile(r"[\p{Hiragana}\p{Katakana}]")
_KANA_MIN = 10  # kana characters: a shorter message is a greeting or a word, not a proposal
_KANA_MAX = 300  # characters: kana-written chat is short, and a long text is read by its own readers
_RESTORED_POS = frozenset({"名詞", "副詞", "接尾辞", "形状詞"})  # words that do not conjugate


# Half-width katakana, a digit or a Latin letter in the message as written: plain full-width kana
# alone is cleared by the gate (gate.py) before any detector, and stays so
_NOT_PLAIN_RE = regex.compile(r"[\uff61-\uff9f0-9a-zA-Z\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]")


def kana_written(view: NormalizedText) -> bool:
    """No kanji, enough kana, short, and not plain text: what kana_restored reads (precheck.py
    asks it too)."""
    text = view.text
    return (len(text) <= _KANA_MAX and not _HAN_RE.search(text) and len(_KANA_RE.findall(text)) >= _KANA_MIN
            and _NOT_PLAIN_RE.search(view.original) is not None)


def kana_restored(view: NormalizedText) -> NormalizedText | None:
    """``view`` with katakana read as hiragana, the spaces between kana words dropped and every
    word that does not conjugate written with the kanji Sudachi gives it (ちょくせつ → 直接,
    げんきん → 現金, きんし → 禁止), so the lexicon's written terms and refusals meet it; verbs stay
    in kana, where their normalized forms match. None when ``view`` has kanji or little kana."""
    if not kana_written(view):
        return None
    text = view.text
    edits = []
    for i, ch in enumerate(text):
        if "ァ" <= ch <= "ヶ":
            edits.append((i, i + 1, chr(ord(ch) - 0x60)))
        elif ch in " \u3000" and 0 < i < len(text) - 1 and _KANA_RE.match(text[i - 1]) and _KANA_RE.match(text[i + 1]):
            edits.append((i, i + 1, ""))
    hiragana = view._rewrite(edits)
    restored = [(t.start, t.end, t.normalized) for t in hiragana.tokens
                if t.pos and t.pos[0] in _RESTORED_POS and t.normalized != t.surface and _HAN_RE.search(t.normalized)]
    return hiragana._rewrite(restored) if restored else None


# -- the platform kept for a part of the price ----------------------------------------------------
_PLATFORM_PART = Term("platform_part", "サイトでは一部だけ", "platform_part", "surface", 1.0, "grammar")
_PLATFORM_NOUN = (r"(?:この|本|当)?(?:サイト|アプリ|プラットフォーム|取引画面|決済画面|ココナラ|メルカリ|ラクマ|ジモティー?"
                  r"|ランサーズ|クラウドワークス|ミンネ|minne|クリーマ|creema)"
                  r"(?:(?:上|内|側)?の?(?:決済|お支払い|支払い|仮払い|取引|ご購入|購入|注文|請求|精算|会計))?")
# (1) 「アプリの決済は本体価格だけ」「サイトでは基本料金のみ」: the platform's share named as a part;
# (2) 「基本料金のみアプリ決済で」「品物代だけサイトで」: the part named first; (3) 「延長料金はアプリに
# 入れないで」「交通費はサイトに載せず」「サイトからは外して」: a part kept off it. Not the platform alone
# (「サイトの決済だけで」「サイトでだけ」) and not a count (「1回だけ」「今回だけ」), read in _platform_parts.
_PLATFORM_PART_RE = regex.compile(
    rf"(?P<lead>{_PLATFORM_NOUN}(?:では|には|は|で|の方は|のほうは))(?P<part>[^、。,.!?\n]{{1,12}}?)(?:だけ|のみ)"
    rf"|(?P<before>[^、。,.!?\n]{{1,4}})(?:だけ|のみ)(?:は|を)?{_PLATFORM_NOUN}"
    rf"|{_PLATFORM_NOUN}(?:に|には|へ|へは)(?:入れ|含め|載せ|乗せ|計上し|通さ|上げ)(?:ない|ず|なくて|んで|んと)"
    rf"|{_PLATFORM_NOUN}から(?:は)?(?:外し|外す|抜い|抜く|除い|除く)")
_COUNT_RE = regex.compile(r"(?:[0-9]+|[一二三]|何)(?:回|度)|今回|初回|最初|今日|今|一度")


def _platform_parts(text: str) -> Iterator[regex.Match]:
    """Places where the platform keeps only a part of the price (_PLATFORM_PART_RE), a count of
    times (「1回だけ」「今回だけ」, the platform's way for now, read by _ONLY_THIS_TIME) left out."""
    if not ("サイト" in text or "アプリ" in text or "画面" in text or _PLATFORM_NAME_HINT.search(text)):
        return
    for m in _PLATFORM_PART_RE.finditer(text):
        said = m.group("part") or m.group("before")
        if said and _COUNT_RE.search(said):
            continue
        yield m


_PLATFORM_NAME_HINT = regex.compile(r"プラットフォーム|ココナラ|メルカリ|ラクマ|ジモティ|ランサーズ|クラウドワークス|ミンネ|minne|クリーマ|creema")


def _narrated(tokens, after: int) -> bool:
    """The first verb after the signals, in the same sentence, is past (た, not conditional たら):
    a story or an example of what happened, with no request or offer to go with it. Or it is the
    verb of a compound particle that ends the sentence (「■ 直接振込への切り替えに関して」): a heading
    naming its topic."""
    k = bisect.bisect_left(tokens, after, key=lambda t: t.start)
    if _past_copula(tokens, k):
        return True  # 「給料が手渡しだった頃」「前は現金でした」: the way as it was
    while k < len(tokens) and tokens[k].surface not in _SENTENCE_END:
        if tokens[k].pos and tokens[k].pos[0] == "動詞":
            break
        k += 1
    else:
        return False
    if k + 1 < len(tokens) and _compound_particle(tokens, k + 1, max(0, k - 2)):
        rest = tokens[k + 2:k + 3]
        return not rest or rest[0].surface in _SENTENCE_END or rest[0].pos[0] in ("補助記号", "空白")
    if k + 1 < len(tokens) and tokens[k + 1].surface == "と" and _only_punctuation(tokens, k + 2):
        return True  # 「### 直接取引に切り替えると…」: a heading that leaves what follows to the text
    if k + 1 < len(tokens) and tokens[k + 1].surface in ("て", "で") and tokens[k + 1].pos[1] == "接続助詞":
        # 「直接取引がばれて、評価も全部消えた」: a chain of events, told by the verb that closes it
        return _closes_past(tokens, k + 2)
    for tok in tokens[k + 1:k + 4]:
        if not tok.pos or tok.pos[0] != "助動詞":
            return False
        if tok.dictionary == "た":
            return not tok.pos[5].startswith("仮定形")
    return False


def _past_copula(tokens, k: int) -> bool:
    """tokens[k:] open on the copula in the past (だった, でした), not the conditional (だったら)."""
    if k + 1 >= len(tokens):
        return False
    cop, past = tokens[k], tokens[k + 1]
    return (cop.pos[0] == "助動詞" and cop.dictionary in ("だ", "です") and past.pos[0] == "助動詞"
            and past.dictionary == "た" and not past.pos[5].startswith("仮定形"))


_CHAIN_REACH = 40  # tokens after a て-form where the sentence's closing verb may stand


def _closes_past(tokens, k: int) -> bool:
    """The sentence from tokens[k] closes on a past た (not たら), with nothing but marks after it."""
    stop = min(len(tokens), k + _CHAIN_REACH)
    while k < stop and tokens[k].surface not in _SENTENCE_END:
        k += 1
    if k == stop and stop < len(tokens):
        return False
    j = k - 1
    while j >= 0 and tokens[j].pos and tokens[j].pos[0] in ("補助記号", "空白"):
        j -= 1
    return (j >= 0 and tokens[j].pos is not None and tokens[j].pos[0] == "助動詞" and tokens[j].dictionary == "た"
            and not tokens[j].pos[5].startswith("仮定形"))


# Hearsay and what others do (「現金で払う人もいるみたいですね」「直接振り込む人も多かったらしいよ」
# 「PayPayで払うそうです」): told of, not proposed. そう is hearsay after a verb's plain form only
# (払うそう; 払いそう guesses).
_HEARSAY = frozenset({"みたい", "らしい"})
_OTHERS = frozenset({"人", "方", "人達", "人たち"})
_OTHERS_DO = frozenset({"居る", "多い", "少ない"})
_HEARSAY_REACH = 48  # tokens after the way where its predicate may stand (keeps a long sentence linear)


def hearsay(tokens, after: int) -> bool:
    """A hearsay ending, or others said to do so (…人もいる), from ``after`` to the end of its sentence."""
    k = bisect.bisect_left(tokens, after, key=lambda t: t.start)
    first = k
    stop = min(len(tokens), k + _HEARSAY_REACH)
    while k < stop and tokens[k].surface not in _SENTENCE_END:
        t = tokens[k]
        if t.normalized == "たがる" and t.pos[0] == "助動詞":
            return True  # 「仮払いを後回しにしたがる相手」: what another wants, said of them
        if ((t.normalized in _HEARSAY and t.pos[0] in ("形状詞", "助動詞")) or (
                t.surface == "そう" and t.pos[1] == "助動詞語幹" and k > first
                and tokens[k - 1].pos[5].startswith(("終止形", "連体形"))) or (
                t.normalized in _OTHERS_DO and k >= first + 2 and tokens[k - 1].surface in ("も", "が")
                and tokens[k - 2].normalized in _OTHERS)) and _predicate_ends(tokens, k + 1):
            return True
        k += 1
    return False


def _predicate_ends(tokens, k: int) -> bool:
    """Only endings from tokens[k] to the end of the sentence or clause (ですね, けど): the word before
    is the predicate (「人もいるみたいですね」, not 「アホらしいんで当日現金で」)."""
    for k in range(k, min(len(tokens), k + _HEARSAY_REACH)):
        if tokens[k].surface in _SENTENCE_END:
            return True
        pos = tokens[k].pos
        if pos[0] == "助詞" and pos[1] == "接続助詞":
            return True
        if not (pos[0] in ("助動詞", "補助記号", "空白") or (pos[0] == "助詞" and pos[1] == "終助詞")
                or tokens[k].normalized in _HEARSAY or pos[1] == "助動詞語幹"):
            return False
    return True


_FEE_KINDS = frozenset({"fee", "fee_avoid"})  # the fee is a reason to leave, not a way of paying
_ADJECTIVE_STEM_ENDS = ("く", "すぎ", "過ぎ")  # 高くない, 高すぎない
_COMPARED = ("方が", "ほうが", "より")
_BECOMES_KEYS = frozenset({"安くなります", "お得です"})


def _generic_condition(tokens, lo: int, hi: int) -> bool:
    """A verb's plain form with と between ``lo`` and ``hi`` (払うと, 使うと): whenever one does so."""
    k = bisect.bisect_left(tokens, lo, key=lambda t: t.start)
    while k + 1 < len(tokens) and tokens[k + 1].start < hi:
        t, nxt = tokens[k], tokens[k + 1]
        if t.pos[0] == "動詞" and t.pos[5].startswith("終止形") and nxt.surface == "と" and nxt.pos[1] == "接続助詞":
            return True
        k += 1
    return False


def _only_punctuation(tokens, k: int) -> bool:
    """Nothing but punctuation or spaces from tokens[k] to the end of the line, and no question
    mark (「直接振込にすると？」 asks)."""
    for tok in tokens[k:k + 8]:
        if tok.surface == "\n":
            return True
        if not tok.pos or tok.pos[0] not in ("補助記号", "空白") or tok.surface in ("?", "？"):
            return False
    return k + 8 >= len(tokens) or tokens[k + 8].surface == "\n"


# -- mood read from the grammar of the clause -----------------------------------------------------
# Lexicon endings cannot list every conjugation; Sudachi's conjugation form can. A clause whose
# verb is volitional (やろう, 払おうか), imperative (送れ, ください), ends on a bare て-form
# (受け取って, 振り込んでね) or offers to move money (お渡しします, 入れておきます, 払えます,
# 前払いしとくね) reads as a request or an offer.
def _cue(label: str, weight: float) -> Term:
    return Term("modality", label, label, "lemma", weight, "grammar")


_VOLITIONAL = _cue("意志形", 0.5)
_IMPERATIVE = _cue("命令形", 0.5)
_TE_REQUEST = _cue("て形の依頼", 0.45)
_MONEY_OFFER = _cue("支払いの申し出", 0.45)
_CONDITIONAL_OFFER = _cue("条件つきの申し出", 0.45)
_PLAIN_OFFER = _cue("言い切りの申し出", 0.45)
_MONEY_VERBS = frozenset({
    "払う", "支払う", "振り込む", "送る", "渡す", "手渡す", "入れる", "負ける", "送金", "入金",
    "精算", "前払い", "先払い", "後払い", "振込", "振り込み", "手渡し", "返金",
    # as Sudachi normalizes them written in kana (a message written all in kana)
    "はらう", "しはらう", "ふりこむ", "わたす", "てわたす",
})
# The plain form said as the writer's own plan (「現金で払うわ」「口座に振り込むけん」「手渡しで払うばい」
# 「その場で現金で売るわ」): a money verb that ends its sentence, bare or with a sentence particle
_PLAIN_OFFER_VERBS = _MONEY_VERBS | {"売る"}
_PLAIN_OFFER_PARTICLES = frozenset({"わ", "よ", "ね", "ぞ", "ぜ", "さ", "ばい", "たい", "けん", "けえ", "で", "べ", "べさ",
                                    "っちゃ", "ちゃ", "きに", "がな", "わい"})
# Between a money verb and ます/とく in an offer: お渡し[し]ます, 入れ[て][おき]ます, 支払い[でき]ます.
_OFFER_LINK = frozenset({"為る", "て", "おく", "出来る"})
_SENTENCE_PARTICLES = frozenset({"ね", "よ", "な", "わ", "ねー", "よー", "か"})
_CONJECTURE = frozenset({"だ", "です", "や"})


def _mood_cues(tokens, lo: int, hi: int) -> list[Match]:
    """Request/offer cues from conjugation forms of tokens[lo:hi] (one clause)."""
    out: list[Match] = []
    last_content = None
    for k in range(lo, hi):
        tok = tokens[k]
        pos = tok.pos
        head = pos[0] if pos else ""
        form = pos[5] if len(pos) > 5 else ""
        if head in ("補助記号", "空白"):
            if tok.surface in _SENTENCE_END and last_content is not None:
                # a short sentence joined to this clause (「…通しておいて。料金は当日現金で」): each
                # sentence's end is read, not only the clause's
                _te_request(tokens, last_content, lo, out)
            continue
        if head in ("動詞", "助動詞") and form == "意志推量形" and tok.dictionary not in _CONJECTURE:
            out.append(Match(_VOLITIONAL, tok.start, tok.end))
        elif head == "動詞" and form == "命令形" and _ends_phrase(tokens, k + 1, hi):
            out.append(Match(_IMPERATIVE, tok.start, tok.end))
        if tok.normalized in _MONEY_VERBS:
            offer = _offer_end(tokens, k + 1, hi)
            if offer is not None:
                out.append(Match(_MONEY_OFFER, tok.start, offer))
        if head == "動詞" and form.startswith("終止形") and tok.normalized in _PLAIN_OFFER_VERBS \
                and _plain_end(tokens, k + 1, hi):
            out.append(Match(_PLAIN_OFFER, tok.start, tok.end))
        if not (head == "助詞" and tok.surface in _SENTENCE_PARTICLES):
            last_content = k
    if last_content is not None:
        _te_request(tokens, last_content, lo, out)
    return out


_PERK_KINDS = frozenset({"discount_offer", "cheaper", "pays_more"})


def _conditional_between(tokens, lo: int, hi: int) -> int | None:
    """Start of a conditional (…なら, …ば, …たら) between ``lo`` and ``hi``, else None."""
    k = bisect.bisect_left(tokens, lo, key=lambda t: t.start)
    while k < len(tokens) and tokens[k].start < hi:
        if _conditional(tokens[k]):
            return tokens[k].start
        k += 1
    return None


def _conditional(tok) -> bool:
    """なら (the copula's conditional), the ば of a conditional verb, or たら."""
    pos = tok.pos
    if tok.surface == "なら" and pos[0] == "助動詞":
        return True
    if tok.surface == "ば" and pos[:2] == ("助詞", "接続助詞"):
        return True
    return tok.surface in ("たら", "だら") and pos[0] == "助動詞"


def _te_request(tokens, k: int, lo: int, out: list[Match]) -> None:
    """A clause or sentence that ends on a bare て-form (受け取って, 振り込んでね) asks."""
    if k <= lo:
        return
    tok, before = tokens[k], tokens[k - 1]
    if (tok.surface in ("て", "で") and tok.pos[:2] == ("助詞", "接続助詞")
            and before.pos and before.pos[0] in ("動詞", "助動詞")
            and not _compound_particle(tokens, k, lo)
            and not any(m.start == before.start for m in out)):
        out.append(Match(_TE_REQUEST, before.start, tok.end))


# 「…について」「…に関して」「…として」: a case particle built on a て-form, so a heading that ends
# on one (「■ 直接契約への切り替えについて」) names its topic and asks nothing.
_COMPOUND_PARTICLES = ("について", "に就いて", "に関して", "に対して", "において", "にとって", "によって", "として")


def _compound_particle(tokens, k: int, lo: int) -> bool:
    """tokens[k] is the て of a compound case particle ending at it."""
    tail = ""
    for j in range(k, max(lo, k - 3) - 1, -1):
        tail = tokens[j].surface + tail
        if tail in _COMPOUND_PARTICLES:
            return True
    return False


def _ends_phrase(tokens, k: int, hi: int) -> bool:
    """Nothing but punctuation or a sentence particle follows (送れ。 / ください! / くれよ), so a
    命令形 is one; おけ in 「における」 goes on."""
    if k >= hi:
        return True
    tok = tokens[k]
    head = tok.pos[0] if tok.pos else ""
    return head in ("補助記号", "空白") or (head == "助詞" and tok.surface in _SENTENCE_PARTICLES)


def _plain_end(tokens, k: int, hi: int) -> bool:
    """The sentence ends at tokens[k], or after one sentence particle (払うわ。/ 振り込むけん、)."""
    if k < hi and tokens[k].pos and tokens[k].pos[0] == "助詞" and (
            tokens[k].surface in _PLAIN_OFFER_PARTICLES or tokens[k].normalized in _PLAIN_OFFER_PARTICLES):
        k += 1
        if k < hi and tokens[k].pos and tokens[k].pos[:2] == ("助詞", "終助詞"):
            k += 1
    if k >= hi:
        return True
    tok = tokens[k]
    return tok.surface in _SENTENCE_END or (tok.pos[0] in ("補助記号", "空白") and tok.surface not in ("・", "/", "／"))


def _offer_end(tokens, k: int, hi: int) -> int | None:
    """End offset of ます (non-past, affirmative) or とく/ておく after a money verb, else None."""
    for j in range(k, min(k + 4, hi)):
        tok = tokens[j]
        if tok.dictionary == "ます":
            return tok.end if tok.surface == "ます" else None
        if tok.dictionary == "とく":
            return tok.end
        if tok.normalized == "おく" and j > k:
            return tok.end
        if tok.normalized not in _OFFER_LINK or tok.pos[0] == "助動詞":
            return None
    return None


def _drop_channels_talked_about(signals: dict[str, list[Match]], matches: list[Match], text: str) -> bool:
    """Payment channels that are the subject, not the means: a job about them (PayPay導入, right
    after the name) or shops that accept them (PayPayが使える店を増やして, anywhere in the clause).
    True when a signal was dropped."""
    topics = [m for m in matches if m.term.kind == "job_topic"]
    # a shop word that is the channel itself (「現金払いでいいなら」) is no shop; 使えない / 使えました
    # say where the channel just before them is accepted (「PayPayが使えない」), not a card's
    # (「カードは使えないので、現金か振込で」)
    ways = [(c.start, c.end) for g in _CHANNEL_GROUPS for c in signals.get(g, ())]
    way_spans, way_ends = Spans(ways), sorted(e for _s, e in ways)
    merchant = any(m.term.kind == "merchant" and not way_spans.contains(m.start, m.end) and not (
        m.term.key.startswith(_MERCHANT_VERBS) and not _any_within(way_ends, m.start - _MERCHANT_VERB_REACH, m.start))
        and not text.startswith(_PRICE_OF, m.end)
        for m in matches)
    if not topics and not merchant:
        return False
    dropped = False
    topic_starts = sorted(t.start for t in topics)
    phrase_starts = sorted(t.start for t in topics if t.term.phrase)
    phrase_ends = sorted(t.end for t in topics if t.term.phrase)
    for group in _CHANNEL_OF_TOPIC:
        if group not in signals:
            continue
        kept = [] if merchant and group in _CHANNEL_GROUPS else [
            c for c in signals[group] if not _topic_of_work(c, topic_starts, phrase_starts, phrase_ends, text)
        ]
        dropped = dropped or len(kept) < len(signals[group])
        if kept:
            signals[group] = kept
        else:
            del signals[group]
    return dropped


# 「駐車場代、メルペイで送って」: the place named as what the money is for (its rent), not as a shop
_PRICE_OF = ("代", "料金", "の料金", "の代金", "の利用料")


_ANAPHOR_TERM = Term("channel_means", "それで", "それで", "surface", 1.0, "grammar")


def _anaphora(text: str, clause: tuple[int, int], before: list[Match]) -> list[Match]:
    """What a clause opening on an anaphor takes from the clause before: a channel named there as
    the means (それで; not 「それでも」, even so), or the whole way of dealing it compares (その方が)."""
    start = clause[0]
    while start < clause[1] and text[start] in " 、,":
        start += 1
    if text.startswith(_ANAPHOR_WAY, start):
        return [m for m in before if m.term.kind not in ("modality", "reference")]
    if text.startswith(_ANAPHOR_MEANS, start) and not text.startswith("それでも", start) and any(m.term.kind in ("channel", "channel_strong", "elsewhere") for m in before):
        if any(m.term.kind == "elsewhere" for m in before):
            # 「ヤフオクに同じの出すね！そっちで落としてくれたら」: the other marketplace named before
            return [m for m in before if m.term.kind == "elsewhere"]
        if any(m.term.kind == "on_platform" and _suppresses(m, 0, text) for m in before):
            return []  # 「選択画面にPayPayって出てくるんですが、それで払っても」: a way the platform offers
        return [Match(_ANAPHOR_TERM, start, start + len(next(a for a in _ANAPHOR_MEANS if text.startswith(a, start))))]
    return []


_ANSWER_KINDS = frozenset({"refusal", "rule", "warning", "on_platform", "example"})
# The platform's order dropped, or kept for a part of the price: the money's way may be named in
# the sentence next to it (「…口座に先にお願いできますか。サイトの仮払いは工賃だけで」)
_SPLITS_OFF = frozenset({"cancel", "platform_part"})
_CANCELLING = ("取り消し", "取消", "取消し", "キャンセル", "キャンセルの", "取り消しの", "中止")
_FEE_TERMS = frozenset({"fee_condition", "fee_first"})  # what makes an entry fee the price of the work
# (直接, not 外で / 個別に: 「取引をキャンセルして報告しましょう。…アプリ外でのしつこい連絡」 names no way)
_CANCEL_WAYS = frozenset({"cash", "cash_way", "direct_strict", "channel", "channel_strong", "channel_means"})


def _topic_of_work(c: Match, topic_starts: list[int], phrase_starts: list[int], phrase_ends: list[int],
                   text: str) -> bool:
    """A work word right after the channel (「PayPay導入」), or further on in the same phrase when
    the channel is not the means of paying (「PayPay決済をECサイトに導入」「手渡しでの集金業務」)."""
    if _any_within(topic_starts, c.end, c.end + _JOB_TOPIC_REACH):
        return True
    if _MEANS_AFTER_RE.match(text, c.end) or (c.term.key.endswith("で") and not text.startswith("の", c.end)):
        return False
    gap_end = _TOPIC_GAP_RE.match(text, c.end, min(len(text), c.end + _JOB_TOPIC_FAR)).end()
    if gap_end > c.end and _any_within(phrase_starts, c.end, gap_end - 1):
        return True
    # 「決済方法の比較表（PayPay、LINE Pay、楽天ペイ）」: the work named first, the channels listed after it
    lo = max(0, c.start - _JOB_TOPIC_LIST)
    back = _LIST_GAP_RE.search(text, lo, c.start)
    return _any_within(phrase_ends, back.start() if back else lo, c.start)


def _cushion(text: str, clause: tuple[int, int], matches: list[Match], starts: list[int]) -> bool:
    """A clause of no payment words that ends in が or けど (「大変ありがたいのですが、」「せっかくですが、」):
    it softens the answer that follows; it does not answer."""
    lo, hi = bisect.bisect_left(starts, clause[0]), bisect.bisect_left(starts, clause[1])
    return all(m.term.kind == "modality" for m in matches[lo:hi]) \
        and text[clause[0]:clause[1]].rstrip(" 、,").endswith(_CONCESSIVE_ENDS)


def _answer(matches: list[Match], starts: list[int], clause: tuple[int, int], text: str) -> list[Match]:
    """Refusal, rule, warning and on-platform cues of the clause after 「…ご提案をいただきましたが、」
    or 「直接契約のお話、ありがとうございます。」: that clause answers the one before it
    (「規約違反となるためお受けできません」「サイト経由の方が安心」), so its cues count there too. The
    caller only asks when that clause is no proposal of its own (「規約違反ですが、直接取引しませんか」
    is the other way round)."""
    lo, hi = bisect.bisect_left(starts, clause[0]), bisect.bisect_left(starts, clause[1])
    return [m for m in matches[lo:hi] if m.term.kind in _ANSWER_KINDS
            and not (m.term.kind == "rule" and _RULE_DENIED_RE.match(text, m.end))]


def _any_within(sorted_starts: list[int], lo: int, hi: int) -> bool:
    i = bisect.bisect_left(sorted_starts, lo)
    return i < len(sorted_starts) and sorted_starts[i] <= hi


def _term_ends(signals: dict[str, list[Match]]) -> dict[str, list[Match]]:
    """Per group, the first and the last match of each term and length. Two groups have matches on
    different words exactly when these do (if any place of a term misses a word, its first or its
    last place of the same length does), and there are a few per lexicon term, not thousands."""
    out: dict[str, list[Match]] = {}
    for group, found in signals.items():
        ends: dict[tuple[Term, int], list[Match]] = {}
        for m in found:
            key = (m.term, m.end - m.start)
            seen = ends.get(key)
            if seen is None:
                ends[key] = [m, m]
            elif m.start < seen[0].start:
                seen[0] = m
            elif m.start > seen[1].start:
                seen[1] = m
        out[group] = [m for pair in ends.values() for m in pair]
    return out


def _fires(rule: Rule, ends: dict[str, list[Match]]) -> bool:
    """Every group present, each pair of groups on different words (振り込み alone is not both
    a channel and a payment verb). ``ends``: see _term_ends."""
    if not all(g in ends for g in rule.groups):
        return False
    groups = rule.groups
    for a in range(len(groups)):
        for b in range(a + 1, len(groups)):
            if not any(x.end <= y.start or y.end <= x.start
                       for x in ends[groups[a]] for y in ends[groups[b]]):
                return False
    return True


_ELLIPTICAL_WEIGHT = 0.45
_GOODS_HANDOVER = "手渡しで"
_SENTENCE_TAIL = frozenset(" \u3000〜~ー!！?？。…♪☆★・")
_TAIL_REACH = 8  # characters of marks and emoji after the way that still end its sentence


def _ends_sentence(text: str, i: int) -> bool:
    """Only marks and emoji (at most ``_TAIL_REACH``) between ``i`` and the end of the line."""
    for j in range(i, min(len(text), i + _TAIL_REACH + 1)):
        ch = text[j]
        if ch == "\n":
            return True
        if ch not in _SENTENCE_TAIL and unicodedata.category(ch) not in ("So", "Sk", "Cs", "Mn"):
            return False
    return len(text) - i <= _TAIL_REACH


def _seems(text: str, i: int) -> bool:
    """「いるみたい」「あるみたい」: み after kana before ``i`` is みたい (it seems), not a stem (頼み, 読み)."""
    return i >= 2 and text[i - 1] == "み" and "\u3040" <= text[i - 2] <= "\u30ff"


_PLATFORM_REFUSED_REACH = 16  # characters from 「サイトの決済だと」 to the refusal it is the subject of


def _platform_refused(m: Match, text: str, set_against: Sequence[int], ways: Sequence[int]) -> bool:
    """The refusal's subject is the platform's way set against another (「サイトの決済だと処理できん」
    「アプリの決済やと経費で落とせん」): a platform cue ending in ``set_against`` shortly before it, with
    no other way named between them."""
    k = bisect.bisect_right(set_against, m.start) - 1
    if k < 0 or m.start - set_against[k] > _PLATFORM_REFUSED_REACH:
        return False
    return not _any_within(ways, set_against[k], m.start - 1)


def _suppresses(m: Match, first_signal: int, text: str, fee_starts: Sequence[int] = (),
                ways: Sequence[int] = (), platform_set_against: Sequence[int] = (),
                unneeded: "_Unneeded | None" = None) -> bool:
    kind = m.term.kind
    if kind == "unneeded":
        return unneeded is not None and unneeded.says(m, text)
    if kind == "on_platform" and (text.startswith(_CONTRAST, m.end)
                                  or (m.term.key.endswith("で") and text.startswith(("は", "なく", "じゃなく"), m.end))
                                  or _PLATFORM_DENIED_RE.match(text, m.end)
                                  or _any_within(fee_starts, m.end, m.end + _FEE_AFTER_PLATFORM)
                                  or text.endswith(_ONLY_THIS_TIME, 0, m.start)
                                  or text.startswith(_REST_AFTER, m.end)
                                  or _REST_LATER_RE.match(text, m.end)
                                  or text.startswith(_BESIDES_AFTER, m.end)
                                  or _reason_before(text, m.end, ways)
                                  # 「取り消し申請しといて」: the platform's own way used to drop the order
                                  or text.endswith(_CANCELLING, 0, m.start)):
        # 「サイト経由だと手数料が高いので」「サイトの決済は手数料が」 set the platform against another way
        return False
    if kind == "example" and m.end <= first_signal and any(
            t in text[m.end:first_signal] for t in _TOPIC_SET_OFF):
        # 「確定申告のご相談につきましては、今後は弊所と直接顧問契約を…」: the work is the topic set off
        # before the proposal, not the subject of the signal
        return False
    if kind == "rule" and m.end <= first_signal and _reason_before(text, m.end, ways):
        # 「規約上ここでは詳しく言えないので、直接お支払いいただけませんか」: the rule is the hindrance
        # given as the reason for the way that follows, not said against it
        return False
    if kind in _CLAUSE_WIDE_KINDS:
        return True
    if kind == "refusal" and _platform_refused(m, text, platform_set_against, ways):
        return False
    if kind == "refusal":
        # できませんか / しません? ask, they do not refuse; a refusal follows what it refuses.
        # (「でけへんの？」「できんですか？」「あかんやろか」「できんと？」: the dialects' questions)
        if text.startswith(("か", "?", "でしょうか", "でしょ?", "の?", "ですか", "です?", "やろか", "やろ?", "と?"), m.end):
            return False
        return m.start >= first_signal
    return False


# The ways of paying or dealing outside that 「…必要はない」「…なくて大丈夫」 can say are unneeded. Not the
# platform left out, its escrow skipped or its fee: said to be unneeded, those are the lure
# (「アプリ通さなくていいですよ」「仮払いの必要はないので」「手数料払う必要ないです」).
_UNNEEDED_WAYS = frozenset(_CHANNEL_GROUPS + (
    "transfer", "pay_verb", "cash", "cash_way", "bank", "deposit", "deal", "direct", "direct_deal",
    "direct_deal_soft", "direct_strict", "at_handover", "door", "money", "mail", "mail_strong"))
_UNNEEDED_REACH = 6  # characters from the way to 「必要」: 「外で払う必要」「振込の必要」「振り込む必要」
_UNNEEDED_ASKS = ("か", "?", "の?", "やろ", "でしょ", "と?", "じゃ")  # 「払う必要ないですか？」「必要なくない？」
# A condition between the way and the cue puts the way aside as what makes something unneeded:
# 「直接振込なら手数料払う必要ない」「PayPayで払えば振込の必要はありません」
_CONDITION_BETWEEN_RE = regex.compile(r"なら|たら|だら|れば|えば|けば|せば|てば|だと|やと")


@dataclass(frozen=True, slots=True)
class _Unneeded:
    """What a clause's ways tell every 「…必要はない」「…なくて大丈夫」 cue in it, read once (a clause of
    many cues stays linear): 「外で払う必要はないので安心してください」「現金で払わなくて大丈夫です」 say
    the way named just before is unneeded, if no other way comes after the cue."""

    last_start: int  # of the clause's last way
    last_end: int  # the furthest end of its ways
    condition_at: int  # where a condition first stands after the first way (len(text) if none)
    only_ways: bool  # every signal is a way of paying that can be unneeded

    @classmethod
    def of(cls, carriers: Sequence[Match], text: str) -> "_Unneeded | None":
        signals = [c for c in carriers if c.term.kind != "modality"]
        if not signals:
            return None
        first = min(c.start for c in signals)
        condition = _CONDITION_BETWEEN_RE.search(text, first)
        return cls(max(c.start for c in signals), max(c.end for c in signals),
                   len(text) if condition is None else condition.start(),
                   all(c.term.kind in _UNNEEDED_WAYS for c in signals))

    def says(self, m: Match, text: str) -> bool:
        return (self.only_ways and m.start > self.last_start and self.last_end <= m.start
                and m.start - self.last_end <= _UNNEEDED_REACH and self.condition_at >= m.start
                and not text.startswith(_UNNEEDED_ASKS, m.end))


# 「売上金の申請めんどいから、直接振り込んで」「出金申請すると手数料取られるんで、現金で」: the platform's way
# given as the reason for the way that follows, not as the way
# The way named as a condition weighed (「直接取引だと、誰も間に入ってくれません」「直接振込にすると回収が
# 困難です」「ここで直接振込の約束にしていたら」): what would follow if one dealt so, told to warn or
# explain, not an offer; the rest of its sentence must hold no gain or question to make it one
# (「直接取引だと千円安くできます」「直接振込にしたらどうですか」).
_CONDITION_AFTER_RE = regex.compile(
    r"(?:の\p{Han}{1,4}+)?(?:だと|やと|では(?!な)|の場合|にすると|にしたら|にしていたら|にしてたら|にしてしまうと|になると|となると"
    r"|をすると|をしたら|をしていたら|をしてしまうと)")
_CONDITION_GAIN_RE = regex.compile(
    r"安|得|割引|値引|(?<!取り?)引き|浮|節約|手数料|お値打|サービス|無料|タダ|おまけ|特典|上乗せ|多め|早く|早い|楽|便利"
    r"|口座|振込先|下記|以下|こちら|お願い|願います|いただけ|頂け|てね|てよ"
    r"|[?？]|か[。、\n]|か$|ましょう|ください|下さい|ませんか|いかが|どう|希望|できます|出来ます|(?<!不)可能|大丈夫|OK|ok")
_CONDITION_REACH = 80  # characters of the rest of the sentence read for a gain or a question
_CONDITION_WAYS = frozenset({"direct_deal", "direct_deal_soft", "bypass", "deal", "direct", "direct_strict", "transfer"})


def _weighed_condition(text: str, carriers: list[Match], used: set[str]) -> bool:
    """Only the way itself counted (no fee, no gain, no outside channel) and it is named as a
    condition whose sentence holds no gain or question."""
    if not used <= _CONDITION_WAYS:
        return False
    end = max(m.end for m in carriers)
    found = _CONDITION_AFTER_RE.match(text, end)
    if not found:
        return False
    stop = found.end()
    while stop < min(len(text), found.end() + _CONDITION_REACH) and text[stop] not in "。!！\n":
        stop += 1
    return _CONDITION_GAIN_RE.search(text, found.end(), stop) is None


_REASON_RE = regex.compile(r"[^、。,.!?\n]{0,40}+(?<=から|ので|んで)[、,]")
_AGAINST_RE = regex.compile(r"手数料|取られ|とられ|引かれ|ひかれ|かか|高い|高く|たかい|面倒|めんど|遅い|遅く|時間|待|できな|無理|損|減る|減っ"
                           r"|言えな|話せな|しづら|しにく|づらい|にくい|うるさ")


def _reason_before(text: str, after: int, ways: Sequence[int]) -> bool:
    """A reason (…から、…ので、) between the platform cue ending at ``after`` and the next way named
    after it (``ways``: their sorted starts)."""
    k = bisect.bisect_left(ways, after)
    found = k < len(ways) and _REASON_RE.match(text, after)
    # the reason holds what speaks against the platform (a fee, a wait, a hindrance): 「指定の口座が表示
    # されたので、銀行振込で」 pays the platform's way for a neutral reason
    return bool(found) and found.end() <= ways[k] and _AGAINST_RE.search(found.group()) is not None


def quoted_spans(text: str, matches: list[Match]) -> Spans:
    """The words of ``text`` told of, not said (quotations reported, listed, named), whose signals
    the rules skip; the intent scorer reads its features through the same spans."""
    if "「" in text or "『" in text or "“" in text or '"' in text or "\n" in text:
        return Spans(_quoted_spans(text, matches) + _told_lines(text))
    return Spans(_told_lines(text))


def _told_lines(text: str) -> list[tuple[int, int]]:
    """A line another writes, quoted without brackets (「お振込みも可能です、とかプロフに書いてる人いる」
    「直接取引OKです、って言ってくる相手」): the sentence up to the quoting particle."""
    spans = []
    for m in _TOLD_LINE_RE.finditer(text):
        start = max(text.rfind(c, 0, m.start()) for c in _SENTENCE_ENDS) + 1
        spans.append((start, m.start()))
    return spans


def _quoted_spans(text: str, matches: list[Match]) -> list[tuple[int, int]]:
    spans = [m.span() for m in _MENTION_RE.finditer(text)]
    spans += [m.span() for m in _TRANSLATED_RE.finditer(text)]
    spans += [m.span(1) for m in _LISTED_QUOTE_RE.finditer(text)]
    # (「こう言われた。「…」」: mentions.py, shared with the contact readings)
    spans += [m.span(1) for m in INTRODUCED_QUOTE_RE.finditer(text)]
    spans += [m.span() for m in _TERM_QUOTE_RE.finditer(text)]
    if "\n" in text and any(m.term.kind in ("rule", "warning") for m in matches):
        spans += [m.span() for m in _LINE_QUOTE_RE.finditer(text)]
    if "\n" in text:
        spans += _example_lists(text)
    return spans


def _example_lists(text: str) -> list[tuple[int, int]]:
    """Bulleted lines right under a line that calls them examples (「よくある誘い文句の例」
    「こんなメッセージには要注意」): a list of what is said, not a thing said; a blank line ends it."""
    from .mentions import bullets_under

    return bullets_under(text, _EXAMPLE_HEAD_RE, _BULLET_RE, through_blank=False)


def _dedupe(words: list[str]) -> list[str]:
    return list(dict.fromkeys(words))


def view_matches(compiled: _Compiled, view: NormalizedText) -> list[Match]:
    """``_matches`` of ``view``, found once per view: the rules and the intent scorer read the same
    window. A new list each call, since the rules sort theirs."""
    held = view.memo(("payment.matches", id(compiled)),
                     lambda: (compiled, _matches(compiled, view.text, view.tokens)))
    return list(held[1]) if held[0] is compiled else _matches(compiled, view.text, view.tokens)


def view_quoted_spans(view: NormalizedText, matches: list[Match]) -> Spans:
    """``quoted_spans`` of ``view``, once per view: they depend on the matches only through whether
    a rule or a warning is among them (and only in a text with lines)."""
    ruled = "\n" in view.text and any(m.term.kind in ("rule", "warning") for m in matches)
    return view.memo(("payment.quoted", ruled), lambda: quoted_spans(view.text, matches))


def _matches(compiled: _Compiled, text: str, tokens) -> list[Match]:
    terms = compiled.terms
    seen: set[tuple[int, int, int]] = set()
    out: list[Match] = []
    for pattern, start, end in compiled.surface_automaton.find_matches_as_indexes(text, overlapping=True):
        i = compiled.surface_index[pattern]
        seen.add((i, start, end))
        out.append(Match(terms[i], start, end))
    forms = _canonical(tokens)
    index = compiled.lemma_index
    # one tuple of forms, compared by slices: a pattern is checked in one comparison, not a
    # generator per candidate (the most common first forms have dozens of patterns)
    words = tuple(form for form, _s, _e in forms)
    for pos, form in enumerate(words):
        candidates = index.get(form)
        if not candidates:
            continue
        for pattern, i in candidates:
            n = len(pattern)
            if n == 1 or words[pos:pos + n] == pattern:
                start, end = forms[pos][1], forms[pos + n - 1][2]
                if (i, start, end) not in seen:
                    seen.add((i, start, end))
                    out.append(Match(terms[i], start, end))
    return out


def _inside_word(text: str, i: int) -> bool:
    """A full stop between Latin letters or digits (example.jp/reserve, 1.5万) is part of an address
    or a number, not the end of a sentence."""
    return 0 < i < len(text) - 1 and text[i - 1].isascii() and text[i - 1].isalnum() \
        and text[i + 1].isascii() and text[i + 1].isalnum()


def _clauses(text: str, tokens) -> list[tuple[int, int]]:
    """Clause ranges: sentence ends outside quotes, and after an adversative particle."""
    cuts: set[int] = set()
    closing: list[str] = []
    for i, ch in enumerate(text):
        if ch in _QUOTE_PAIRS and not (closing and ch == closing[-1]):
            if len(closing) < 8:
                closing.append(_QUOTE_PAIRS[ch])
            continue
        if closing and ch == closing[-1]:
            closing.pop()
            continue
        if ch in _SENTENCE_END and not closing and not (ch == "." and _inside_word(text, i)):
            cuts.add(i + 1)
        elif ch == "\n":
            cuts.add(i + 1)  # an unclosed quote never swallows the rest of the message
            closing.clear()
    for tok in tokens:
        if tok.surface in _ADVERSATIVE and tok.pos[:2] in (("助詞", "接続助詞"), ("接続詞", "*")):
            cuts.add(tok.end)
    bounds = sorted(c for c in cuts if 0 < c < len(text))
    out: list[tuple[int, int]] = []
    prev = 0
    for c in bounds + [len(text)]:
        # 「…ですよね？どうですか」: a short tail is the request of the clause before it; not after a
        # blank line, where a forum's next post begins (「…してから招待してる⏎⏎5 名無しさん」).
        if out and len(text[prev:c].strip()) <= _SHORT_TAIL and "\n\n" not in text[out[-1][1] - 1:c]:
            out[-1] = (out[-1][0], c)
        else:
            out.append((prev, c))
        prev = c
    return out


@functools.lru_cache(maxsize=1)
def _readers():
    """Imported on first use: their patterns are compiled then, not when leakguard is imported."""
    from .payment_details import find_details
    from .payment_english import find_english
    from .payment_foreign import find_foreign

    return find_details, find_english, find_foreign


@functools.lru_cache(maxsize=1)
def default_payment_detector() -> PaymentDetector:
    return PaymentDetector()


def detect_off_platform_payment(view: NormalizedText) -> Iterator[Finding]:
    """The packaged-lexicon detector (built on first use)."""
    return default_payment_detector()(view)


detect_off_platform_payment.category = PAYMENT  # type: ignore[attr-defined]
