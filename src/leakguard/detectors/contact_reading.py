"""Step 3 of the channel detectors (see ``channels``): reading the clause around a channel on
normalized forms and parts of speech — an invitation, a statement, a refusal, or nothing — and, when
the channel's own clause asks nothing, the next clause or sentence (``follow_up``)."""
from __future__ import annotations

import bisect
import functools
import itertools
from typing import Iterator, NamedTuple, Sequence

import regex

from ..lexicon import load_table
from .contact_analysis import _COMPOUND_OK, _PERSONAL_PREFIX, Analysis
from .contact_handles import handles
from .contact_lexicon import MONEY_RE, OWN_PLACE_BEFORE_RE, UNNAMED, ContactLexicon, Mention

# -- reading a sentence --------------------------------------------------------------------------
_NEGATIONS = frozenset({"ず", "ない", "ぬ", "ん", "へん", "ひん"})  # へん, ひん: Kansai (「でけへん」「来いひん」)
_QUESTION = frozenset({"か", "?"})
_WINDOW = 40  # tokens each side of a mention that its sentence reading looks at
_CONDITION = frozenset({"場合", "際", "なら", "ば", "時", "とき"})  # 「交換が必要になった場合は…」
# A volitional closed by a comma, a space, an exclamation or an emoji, with no quotation after it:
# what follows is a new clause (a reason), and its negation is not the invitation's
_CLOSED_AFTER_RE = regex.compile(r"[、,!！\s。…~〜\p{So}\p{Sk}\ufe0f\u200d]++(?!と|って|て言)")
_DEMONSTRATIVES = frozenset({"その", "この", "あの", "次の", "そん", "こん"})


_SET_ASIDE = ("じゃなく", "ではなく", "でなく", "じゃなし")


class Intent(NamedTuple):
    verdict: str  # "invite", "statement" or "refusal"
    start: int  # normalized range covering mention, action and predicate
    end: int


def _refused(a: Analysis, first: int, end: int) -> bool:
    """True when tokens[first:end] hold a refusal or rule word (遠慮, 禁止, 規約, サイト内 …): a bisection
    in where refusal words are, found once per analysis (most messages have none, and a set test
    says so)."""
    tokens = a.tokens
    first, end = min(first, len(tokens)), min(end, len(tokens))
    if first >= end:
        return False
    marks = a.refusal_marks
    if marks is None:
        marks = a.refusal_marks = _refusal_marks(a)
    words, phrase_starts, first_end_from = marks
    if words:
        i = bisect.bisect_left(words, first)
        if i < len(words) and words[i] < end:
            return True
    if phrase_starts:
        # a phrase inside [lo, hi): of those starting at lo or later, the one that ends first
        lo, hi = tokens[first].start, tokens[end - 1].end
        i = bisect.bisect_left(phrase_starts, lo)
        return i < len(phrase_starts) and first_end_from[i] <= hi
    return False


def _refusal_marks(a: Analysis) -> tuple[list[int], list[int], list[int]]:
    """Token indices holding a refusal word; the starts of every multi-token refusal phrase in the
    joined surfaces (token offsets index them: morphemes tile the text), sorted, and for each
    the earliest end of that phrase or any later one, so that a clause is tested by one bisection."""
    tokens, refusals, lemmas = a.tokens, a.lex.refusals, a.lemmas
    if refusals.isdisjoint(lemmas) and not a.lex.refusal_in_text(a.view.text):
        return [], [], []  # no lemma is a refusal word and no surface or phrase can be one
    words = [i for i, t in enumerate(tokens)
             if (lemmas[i] in refusals or t.surface.lower() in refusals) and not _notes_down(lemmas, i)]
    spots: list[tuple[int, int]] = []
    phrases = _phrases(refusals)
    if phrases and tokens:
        surfaces = "".join(t.surface for t in tokens)
        for r in phrases:
            at = surfaces.find(r)
            while at >= 0:
                spots.append((at, at + len(r)))
                at = surfaces.find(r, at + 1)
    spots.sort()
    first_end_from = list(itertools.accumulate((e for _s, e in reversed(spots)), min))[::-1]
    return words, [s for s, _e in spots], first_end_from


_NOTED_DETAILS = frozenset({"番号", "電話番号", "携帯番号", "id", "アドレス", "メールアドレス", "メアド", "連絡先", "url"})


def _notes_down(lemmas: Sequence[str], i: int) -> bool:
    """「番号を控えておいて」: 控える with a contact detail as its object means "write down", while
    「交換を控えて」「LINEは控えて」 refrain."""
    return lemmas[i] == "控える" and i >= 2 and lemmas[i - 1] == "を" and lemmas[i - 2] in _NOTED_DETAILS


@functools.lru_cache(maxsize=8)
def _phrases(refusals: frozenset[str]) -> tuple[str, ...]:
    return tuple(r for r in refusals if len(r) > 2 and not r.isascii())


def _clause(tokens, first: int, end: int, i: int, stops: frozenset[int]) -> tuple[int, int]:
    """The clause of the sentence [first, end) around token i: cut at が / けど / ので.

    Bounded to ±_WINDOW tokens, so a 100 k-character "sentence" costs the same per mention."""
    first, end = max(first, i - _WINDOW), min(end, i + _WINDOW)
    for j in range(i - 1, first - 1, -1):
        if j in stops:
            first = j + 1
            break
    return first, end


# 「「ライン交換しませんか？」って来たけど断った」: words someone else sent, reported, not said now;
# 「契約前に「LINEはやっていますか？」と聞く」「プロフィールに「…」と書く」: an article's example of what one may
# ask or write
_REPORTED_AFTER_RE = regex.compile(
    r"(?:「[^「」\n]{0,60}+」)*+\s{0,2}(?:って|と|とか|などと|みたいな)\s{0,2}(?:私から|相手から|よく|いつも|たまに|また|急に|時々)?"
    r"(?:来|き|言わ|いわ|言って|聞か|きか|聞い|きい|聞く|きく|尋ね|たずね|書く|書か|書い|送られ|届|誘わ|持ちかけ|持ち掛け|連絡が|メッセージが|dmが)")


# 「「お電話ありがとうございます」から始まるトークスクリプト」「「メールでお問い合わせください」という文言」:
# quoted words framed as content to write, translate or check, not said to the reader
_CONTENT_AFTER_RE = regex.compile(
    r"\s{0,2}(?:という|といった|から始まる|で始まる|で終わる|のような|のように|みたいな|などの|を(?:英訳|翻訳|和訳|訳し|校正|添削|チェック)"
    r"|の(?:文言|一文|文章|例文|セリフ|台詞|フレーズ|部分|箇所|英訳|翻訳|訳)|(?:ボタン|バナー|ラベル|リンク文言)"
    # 「「LINE交換OK？」問題」: the quote names a topic an article discusses
    r"|(?:問題|事件|トラブル|詐欺|問答))")
# (「CSVのヘッダーは「氏名,メールアドレス,電話番号,LINE ID」の順で」: a table's column names)
_CONTENT_BEFORE_RE = regex.compile(r"(?:一文|文言|例文|定型文|文面|テンプレ|セリフ|台詞|校正|添削|ヘッダー|列名|カラム|項目名)[^「」\n]{0,12}+$")
_CONTENT_REACH = 24  # characters before the opening bracket
# A message about translating: every quote in it is text to translate (searched before the quote)
_TRANSLATION_RE = regex.compile(r"英訳|和訳|翻訳|訳文|原文|訳を|訳して|訳す")


def _reported(a: Analysis, m: Mention) -> bool:
    """``m`` sits inside 「…」 that a reporting verb follows (って来た, と言われた), or inside 「…」
    standing as a line of its own in a message that refuses or cites a rule outside the quote
    (「こんなメッセージが来たら要注意」 and then the examples, one a line)."""
    text = a.view.text
    open_at = text.rfind("「", 0, m.start)
    if open_at < 0 or text.rfind("」", open_at, m.start) >= 0:
        return False
    close_at = text.find("」", m.end)
    if close_at < 0 or "「" in text[m.end:close_at]:
        return False
    if _REPORTED_AFTER_RE.match(text, close_at + 1) is not None or _CONTENT_AFTER_RE.match(text, close_at + 1) is not None:
        return True
    if _CONTENT_BEFORE_RE.search(text, max(0, open_at - _CONTENT_REACH), open_at) is not None or (
            _TRANSLATION_RE.search(text, 0, open_at) is not None):
        return True  # 「英訳をお願いしたい一文です：「…お電話ください」」「英文メールの訳をお願いします。…「…」で良いでしょうか」

    line_start = text.rfind("\n", 0, open_at) + 1
    line_end = text.find("\n", close_at)
    line_end = len(text) if line_end < 0 else line_end
    if text[line_start:open_at].strip(" \u3000・-") or text[close_at + 1:line_end].strip(" \u3000"):
        return False
    if line_start == 0 and line_end == len(text):
        return False  # the whole message: nothing outside the quote frames it
    qi, qe = a.token_at(open_at), a.token_at(close_at)
    return _refused(a, 0, qi) or _refused(a, qe + 1, len(a.tokens))


# 「依頼者から「…ChatworkのIDを教えてください」と言われました。Chatworkくらいなら教えても大丈夫でしょうか？」:
# the writer asks a third party whether the request just reported may be granted (a Q&A site, a
# column's reader letter); the channel is that request's, said again
_PERMISSION_ASKED_RE = regex.compile(r"ても(?:大丈夫|いい|良い|よい|問題ない|平気)(?:でしょうか|ですか|ですかね|かな)?[？?]")


def _consults_on_reported(a: Analysis, m: Mention) -> bool:
    text = a.view.text
    start, end = a.sentence_range(m.start)
    if _PERMISSION_ASKED_RE.search(text, m.end, end) is None:
        return False
    before = a.sentence_range(start - 1)[0] if start > 0 else start
    return any(o.channel == m.channel and before <= o.start < start and _reported(a, o) for o in a.mentions)


# 「…のご提案ありがとうございます」「お誘い感謝します」: the channel came in the other party's proposal
_PROPOSED = frozenset({"提案", "誘い", "誘う", "申し出", "申し出る", "打診", "声掛け", "話", "お話"})
_THANKS = frozenset({"有り難う", "有り難い", "感謝"})


# 「電話で注文するタイプ」「LINEで予約する形式のお店」: a verb's clause on a noun of kind describes a sort of thing
_KIND_NOUNS = frozenset({"タイプ", "形式", "方式", "式", "系", "型", "スタイル", "仕組み"})


def _thanked_for(a: Analysis, mlast: int, end: int) -> bool:
    lemmas = a.lemmas
    if _THANKS.isdisjoint(lemmas):  # (one C-level pass: most texts thank for nothing)
        return False
    return any(lemmas[j] in _PROPOSED and lemmas[j + 1] in _THANKS for j in range(mlast + 1, min(end, len(lemmas)) - 1))


# Between a channel (not its instrument で) and the action, the place the action keeps to: 「ここで」
# 「サイト内で」 (「ここでは話せないので」「ここでも」 set here aside or add to it)
_HERE_KEPT_RE = regex.compile(r"(?:ここ|此処|(?:サイト|アプリ)内|この(?:サイト|アプリ|サービス|チャット|メッセージ)|"
                              r"こちらの(?:サイト|アプリ|チャット|メッセージ))で(?!は|も)")


def read_intent(a: Analysis, m: Mention) -> Intent | None:
    """Does the sentence around ``m`` ask, offer or invite to use the channel, or refuse it?"""
    if "「" in a.view.text and (_reported(a, m) or _consults_on_reported(a, m)):
        return None
    tokens, lex = a.tokens, a.lex
    mi = a.token_at(m.start)
    mlast = a.token_at(max(m.start, m.end - 1))
    first, end = _clause(tokens, *a.sentences[a.sentence_of[mi]], mi, a.stops)
    refused = _refused(a, first, end)
    if not refused and _thanked_for(a, mlast, end):
        # 「Zoomでのお打ち合わせのご提案ありがとうございます。恐れ入りますが、本サイトのビデオ通話機能で…」:
        # a proposal thanked for is answered by the next sentence; a refusal or the platform's own
        # feature there declines it
        s = a.sentence_of[mi] + 1
        if s < len(a.sentences) and _refused(a, *a.sentences[s]):
            return Intent("refusal", m.start, m.end)
    stops = a.stops
    for j in range(mlast + 1, end):
        if j in stops and _has_predicate(tokens, mlast + 1, j, lex):
            end = j  # 「LINEの着信音もすごいので、ぜひ検索してみて」: the request is another clause's
            break
    verbal = m.kind in ("verbal", "pointer", "call", "value")
    gap = _side_words(tokens, mlast, end)  # 「インスタとかで」「LINEの方に」: read as 「インスタで」「LINEに」
    after = "".join(t.surface for t in tokens[mlast + 1 + gap:min(end, mlast + 4 + gap)])  # 「では|なく」 is three
    if after.startswith(("だと", "なら", "だったら", "とか")) and m.kind not in ("pointer",):
        # 「ラインだといつでも話せるし」: a comparison, not a proposal; but the reply offered quick there
        # (「XのDMならすぐ返せます」「LINEだと返信早いです」) moves the talk
        quick = None if refused or not after.startswith(("だと", "なら")) else _preferred_for_contact(a, mlast, end)
        if quick is None or _QUOTED_SPEECH_RE.search("".join(t.surface for t in tokens[quick + 1:min(end, quick + 6)])):
            return None  # (「LINEなら返信早いって言われました」: someone else's words)
        return Intent("statement", m.start, tokens[quick].end)
    if after.startswith(_SET_ASIDE):
        return None  # 「LINEじゃなくてここのメッセージで」: the channel set aside for another
    instrument = False
    k = mlast + 1 + gap
    if [t.surface for t in tokens[k:k + 3]] in (["の", "どちら", "か"], ["の", "いずれ", "か"], ["の", "どっち", "か"]):
        k += 3  # 「ZOOMかGoogle Meetのどちらかでお願いできますか」
    if not verbal and k < end and _bare_particle(tokens[k].surface) in ("で", "でも", "にて") and tokens[k].pos[0] == "助詞":
        verbal = instrument = True  # 「LINEでお願いできますか」「Zoomでも大丈夫です」: the channel is the instrument
    elif not verbal and _through_channel(a, k, end):
        verbal = instrument = True  # 「LINEからご予約ください」「お店のLINEからでも受け付けてます」
    action_i, action_kind = None, None
    lemmas, actions = a.lemmas, lex.actions
    switch = mlast + 2 + gap < end and tokens[mlast + 1 + gap].surface == "に" and lemmas[mlast + 2 + gap] == "為る"
    if switch:
        action_i, action_kind = mlast + 2 + gap, "talk"  # 「ラインにしない？」「線にしません？」: move there
    elif (m.channel in _VERB_CHANNELS and m.kind in ("name", "slang") and mlast + 1 < end
          and lemmas[mlast + 1] == "為る" and tokens[mlast + 1].pos[0] == "動詞"):
        switch = True  # the flags below must still ask: 「LINEしよーよ」, not 「LINEしてた」
        action_i, action_kind = mlast + 1, "talk"  # 「LINEしよ」「スカイプしてね」: the name used as a verb
    published = None  # the first verb of publishing after the channel (「インスタで宣伝してほしい」)
    for j in range(first if not switch else end, end):
        if mi <= j <= mlast:
            continue
        lem = lemmas[j]
        kind = actions.get(lem)
        if j > mlast and published is None and (lem in lex.publish or _puts_up(tokens[j])):
            published = j
            kind = None
        if kind == "invite" and j < mi and lem != "続き":
            continue  # 「まつ田」「お待ちの方」: 待つ before the channel invites nobody
        if kind and a.topic_mentions and j + 1 < end and tokens[j + 1].surface in ("の", "と", "や", "か") and any(
                t.start <= tokens[j].start < t.end and t.start != m.end
                for t in a.nearby(a.topic_mentions, tokens[j].start, tokens[j].start)):
            continue  # 「携帯番号と固定電話のどちらも入力できるように」: the 電話 of a compound acts on nothing
            # (「ライン電話できますか」: glued to the channel itself, it is the channel's call)
        if kind == "use" and lem == "持つ" and (m.channel in ("phone", UNNAMED) or m.channel == "email" and not _to_send(a, j)):
            # 「携帯持ってる？」 asks about a device, 「Gmailアドレスは持ってますか？」 is small talk; 「メールは
            # お持ちですか？図面をお渡ししたいので」 asks for an address to send to
            kind = None
        if kind == "coordinate":
            kind = "coordinate" if instrument and j > mlast else None  # only done there: 「LINEで決めませんか」
        if kind == "detail":
            kind = "exchange" if _asks_for_detail(a, m, mlast, j) else None
        if lem in _GIVE_ME and not (mlast < j <= mlast + 2 + gap or _asks_for_detail(a, m, mlast, j)
                                    or instrument and _sent_through(tokens, k, j)) or (
                m.kind == "value" and lem in ("願う", "願い")):
            kind = None  # 「番号、090…ね お願いしまーす」: handing over the number, not asking for a call  # only 「ラインください」「LINEほしい」「メールもらえると」 make these the action itself
        if kind and (action_i is None or (action_i < mi and j > mlast)):
            action_i, action_kind = j, kind
            if j > mlast:
                break
    if published is not None and (action_i is None or action_i < mi):
        return None  # 「インスタで新商品を宣伝してほしい」「インスタに写真を載せて」: content to publish, a job
    if not instrument and action_i is not None and action_i > mlast and _HERE_KEPT_RE.search(a.view.text, m.end, tokens[action_i].start):
        return None  # 「LINE ID: taro_0921 ですが、ここで話しましょう」: the action stays here, the channel is set aside
    stop = end if action_i is None else action_i
    if (action_i is None or action_i > mlast) and any(
            tokens[k].pos[0] == "動詞" and lemmas[k] not in actions and (
                lemmas[k + 1] == "た" and k + 2 < stop and tokens[k + 2].pos[0] in ("名詞", "接頭辞")
                or _qualified_noun(a, k, end, past=False) is not None)
            for k in range(mlast + 1, stop - 1)):
        # 「LINEで届いたスクショを貼ってください」「インスタで見たというデザインの画像を」「LINEで見守りできる
        # カメラに」: the channel belongs to a clause that qualifies a thing, not to the action after it
        return None
    if any(tokens[k].pos[0] == "動詞" and tokens[k].pos[5].startswith("連体形") and lemmas[k + 1] in _KIND_NOUNS
           for k in range(mlast + 1, min(end, mlast + 6) - 1)):
        return None  # 「電話で注文するタイプの通販のカタログ」: the channel tells a kind of shop or service apart
    if action_i is not None and action_i > mlast and _qualifies_past_thing(a, action_i, end):
        return None  # 「お客様がLINEで送ってくれた写真を使っても」: the action happened; its object is the topic
    if action_kind == "exchange" and action_i is not None and action_i > mlast and _part_handled(a, mlast, action_i):
        return None  # 「電話の受話器を交換してもらえますか」: a part of the device is what is exchanged
    if not refused and (action_i is None or action_i > mlast):
        preferred = _preferred_for_contact(a, mlast, end, acted=m.kind == "verbal")
        if preferred is not None:
            return Intent("statement", m.start, tokens[preferred].end)  # 「LINEのほうが返信早いです」
    if action_i is None and not verbal:
        return Intent("refusal", m.start, m.end) if refused and m.kind != "slang" else None
    if (action_i is None or action_i < mi) and not refused and _ends_on_de(tokens, mi, mlast, first, end):
        return Intent("invite", m.start, tokens[mlast + 1].end)  # 「電話で！」「連絡はLINEで。」: a request left unsaid
    if m.kind == "direct" and not _has_direct_cue(tokens, first, end) and not _value_near(a, m) \
            and not _detail_after(a, mlast, end) and not _told_itself(a, mlast, end) \
            and not _moved_there(tokens, first, mlast, end) \
            and not _mail_itself(a, m, mi, mlast, action_i, instrument):
        return None  # (「SNSのアカウント教えて」「携帯の番号は？」: a detail of it names the channel too)
    anchor = max(mlast, action_i if action_i is not None else mlast)
    if _describes_others(a, anchor + 1, end):
        return None  # 「LINE登録してもらうと割引、みたいな案件は」: the words describe someone else's offer
    flags = _predicate_flags(a, anchor if action_i is None or action_i <= mlast else action_i, end)
    span_start = min(m.start, tokens[action_i].start if action_i is not None else m.start)
    if mi > 0 and tokens[mi - 1].pos[0] == "接頭辞" and tokens[mi - 1].end == m.start:
        span_start = min(span_start, tokens[mi - 1].start)  # 「お電話ください」
    span_end = tokens[flags.last].end if flags.last is not None else max(m.end, tokens[anchor].end)
    if refused or flags.negated:
        return Intent("refusal", span_start, span_end)
    if flags.request and action_i is not None and flags.last is not None and _work_requested(a, max(action_i, mlast), flags.last):
        return None  # 「LINEのQRコードを名刺に載せるデザインをお願いします」: what is asked for is the work
    if action_i is None or action_i < mi:
        given = mlast if m.kind == "value" else _value_after(a, m)
        if given is not None and _only_please(tokens, given + 1, flags.last):
            return None  # 「taro@example.com お願いしまーす」「電話番号は090…でお願いします」: handing it over
    if flags.past and not flags.request:
        return None
    if switch and not (flags.request or flags.invite or flags.question):
        return None  # 「区切りはラインにします」: a choice of shape, not of channel
    if m.kind == "pointer" and not action_kind:
        if flags.request or flags.invite or flags.offer or flags.question or flags.statement:
            return Intent("invite", span_start, span_end)
        return Intent("statement", span_start, span_end)
    if action_kind == "invite":
        return Intent("invite", span_start, span_end)  # 「続きはLINEで」「LINEで待ってます」
    if action_kind == "use":
        explanatory = any(t.surface in ("の", "ん") and t.pos[0] == "助詞" for t in tokens[action_i:end])
        if explanatory:
            return None  # 「インスタやってるんですか？」: asks about a fact, offers nothing
        return Intent("invite", span_start, span_end) if flags.question or flags.invite else None
    if instrument and action_i is None and not (flags.request or flags.offer):
        if not refused and _activity_asked(a, mlast + 2, end):
            return Intent("invite", span_start, span_end)  # 「スカイプかズームで一回リハできますか？」
        return None  # 「インスタでかわいい服を見つけて、買おうか」: a volitional of some other verb
    if action_kind == "coordinate" and not (flags.request or flags.invite or flags.question) and any(
            lemmas[k] in ("出来る", "可能", "れる", "られる") for k in range(action_i, end)):
        return None  # 「LINEで予約ができて」「LINEで決められる」: what the channel allows, not a proposal
    if flags.request or flags.invite or flags.offer:
        return Intent("invite", span_start, span_end)
    explanatory = action_i is not None and any(
        t.surface in ("の", "ん") and t.pos[0] == "助詞" and t.pos[1] != "格助詞" for t in tokens[action_i:end])
    if flags.question and action_i is not None and action_i > mlast and not explanatory:
        return Intent("invite", span_start, span_end)  # 「LINE交換できる？」, not 「電話ですか？」
    if flags.statement and action_kind in ("exchange", "talk") and action_i is not None and (
            mlast < action_i <= mlast + 3 or instrument and _taken_there(a, mlast, action_i)):
        return Intent("statement", span_start, span_end)
    if flags.statement and m.kind == "verbal" and (action_i is None or action_i < mi) and _value_near(a, m):
        return Intent("statement", span_start, span_end)  # 「こちらからお電話いたします」
    return None


_ACTIVITY_NOUNS_MAX = 4  # 「一回リハ」「軽く打ち合わせ」: a short activity, no object of its own
_ACTIVITY_SKIP = frozenset({"名詞", "接頭辞", "接尾辞", "副詞", "空白"})


def _wish_word(a: Analysis, i: int, end: int) -> int | None:
    """The wish at i (早い, 確実, スムーズ …), or a verb made easy with 易い (「伝わりやすい」
    「分かりやすい」「話しやすい」): the index of the wish word."""
    if a.lex.modality.get(a.lemmas[i]) == "wish":
        return i
    if i + 1 < end and a.tokens[i].pos[0] == "動詞" and a.lex.modality.get(a.lemmas[i + 1]) == "wish" \
            and a.tokens[i + 1].pos[0] == "接尾辞":
        return i + 1
    return None


_CLOSING_MARKS = frozenset({"!", "?", "。", "♪"})


def _closed_here(tokens, k: int, end: int) -> bool:
    """Only punctuation from k to the end, or an exclamation, question mark or full stop first: what
    follows is a new sentence (「しよ〜！そのほうが楽だし」)."""
    for x in tokens[k:end]:
        if x.surface in _CLOSING_MARKS:
            return True
        if x.pos[0] not in ("補助記号", "空白"):
            return False
    return True


def _counterfactual(a: Analysis, k: int, end: int) -> bool:
    """After a condition at k, the main clause closes in the past: 「電話でも連絡してもらえたら他にも
    行きたかった」「…行けたのに」 regret what did not happen and ask nothing now (not 「着いたときに」, a
    time, nor 「電話してくれればすぐ出るのに」, a prod)."""
    tokens = a.tokens
    for i in range(k + 1, min(end, k + _WINDOW)):
        t = tokens[i]
        if t.lemma == "た" and t.pos[0] == "助動詞" and not t.pos[5].startswith("仮定形") and (
                i + 1 >= end or tokens[i + 1].pos[0] in ("補助記号", "空白") or tokens[i + 1].pos[1] in ("終助詞", "接続助詞")
                or tokens[i + 1].surface in ("のに", "の") and (i + 2 >= end or tokens[i + 2].surface == "に")):
            return True
    return False


_SEND_LEMMAS = frozenset({"送る", "渡す", "送付", "共有", "転送", "添付", "送信"})


def _to_send(a: Analysis, j: int) -> bool:
    """A verb of sending after token j, in its sentence or the next: the reason the address is asked."""
    s = a.sentence_of[j]
    hi = a.sentences[min(s + 1, len(a.sentences) - 1)][1]
    return any(a.lemmas[i] in _SEND_LEMMAS for i in range(j + 1, min(hi, j + 2 * _WINDOW)))


_OBJECT_REACH = 4  # tokens from the channel's で to 下さい: 「LINEで現場の写真ください」


def _sent_through(tokens, k: int, j: int) -> bool:
    """「<channel>で 写真 もらえます？」「メールで図面ください」: after the instrument particle at k, only
    the thing to send (nouns and their particles), then the favour at j: send it there."""
    if any(t.lemma == "た" or t.surface in ("ば", "と") for t in tokens[j + 1:j + 3]):
        return False  # 「インスタでステッカーが貰えたら」: a condition, not a favour asked
    return j - k <= _OBJECT_REACH and all(t.pos[0] in ("名詞", "接頭辞") and t.pos[1] != "数詞" or t.surface in _OBJECT_PARTICLES
                                            for t in tokens[k + 1:j])


_OBJECT_PARTICLES = frozenset({"を", "も", "は", "の", "だけ"})  # not が: 「ステッカーが貰える」 is the thing's own


_TAKEN_REACH = 6  # 「LINEでもご予約承ります」「お電話にてお問い合わせを承っております」


def _taken_there(a: Analysis, mlast: int, action_i: int) -> bool:
    """「<channel>で(も) ご予約(を) 承ります」: a shop takes a booking or an inquiry through the channel;
    only nouns, prefixes and particles between, so 「LINEで届いた写真を承ります」 is no offer."""
    tokens = a.tokens
    return a.lemmas[action_i] == "承る" and action_i - mlast <= _TAKEN_REACH and all(
        t.pos[0] in ("名詞", "接頭辞", "助詞") for t in tokens[mlast + 1:action_i])


_SIDE_PARTICLES = frozenset({"で", "に", "へ", "から", "まで", "でも", "にて"})


def _side_words(tokens, mlast: int, end: int) -> int:
    """Tokens after the channel that only hedge it or name it as a side, before its particle:
    「インスタとかで話せない？」「Discordとか使ってます？」 (とか, not a list 「LINEとかFacebookとか」 nor
    「LINEとか、」), 「ラインの方にちょうだい」「緑のアプリのほうで」 (の方, not 「の方が」, a comparison)."""
    k = mlast + 1
    if k + 1 < end and tokens[k].surface == "と" and tokens[k + 1].surface == "か" or (
            k < end and tokens[k].surface == "とか"):
        n = 1 if tokens[k].surface == "とか" else 2
        nxt = tokens[k + n] if k + n < end else None
        then = tokens[k + n + 1].surface if k + n + 1 < end else ""
        if nxt is not None and (nxt.pos[0] in ("動詞", "接頭辞") or nxt.surface in _SIDE_PARTICLES and then != "は"):
            return n  # (「Twitterとかはやってますか？」「電話とかでは良く話されますか？」 ask about a habit, a topic)
        return 0
    if k + 2 < end and tokens[k].surface == "の" and tokens[k + 1].lemma in ("方", "ほう") \
            and _bare_particle(tokens[k + 2].surface) in _SIDE_PARTICLES and tokens[k + 2].pos[0] == "助詞":
        return 2
    return 0


def _activity_asked(a: Analysis, k: int, end: int) -> bool:
    """After 「<channel>で」 at k: a few nouns naming an activity, then 「できますか」「可能ですか」
    (「ズームで一回リハできますか」「Zoomでレッスンできませんか」): asking to do it there. A particle
    between (「Zoomで背景を変えることはできますか」 asks how the app works) or money (「LINEで送金できますか」,
    the payment detector's) is something else."""
    tokens, lemmas = a.tokens, a.lemmas
    j, nouns = k, 0
    while j < end and tokens[j].pos[0] in _ACTIVITY_SKIP and lemmas[j] not in ("出来る", "可能"):
        nouns += tokens[j].pos[0] == "名詞"
        j += 1
    if not 0 < nouns <= _ACTIVITY_NOUNS_MAX or j >= end or lemmas[j] not in ("出来る", "可能"):
        return False
    if MONEY_RE.search(a.view.text, tokens[k].start, tokens[j].start):
        return False
    tail = [t.lemma for t in tokens[j + 1:min(end, j + 6)]]
    return ("か" in tail or "?" in tail) and "た" not in tail  # (「リハできましたか」 asks about the past)


# Nouns after 〜た that keep the clause a proposal or a condition: 「送った方が早い」「話したことある？」
_NOT_A_THING = frozenset({"方", "ほう", "こと", "事", "時", "とき", "場合", "ら", "後", "あと", "ため", "為", "上", "ん", "の"})


def _qualifies_past_thing(a: Analysis, action_i: int, end: int) -> bool:
    """The action at action_i ends in a plain past that modifies a noun: 「LINEで送ってくれた写真」
    「インスタで教えてもらったお店」「LINEで送られてきた図面」 — a thing that came through the channel,
    told as a story."""
    return _qualified_noun(a, action_i, end, past=True) is not None


# Auxiliary verbs a relative clause's verb may carry before its noun: 送られてきた, 見てる, 撮っておいた
_CHAIN_VERBS = frozenset({"来る", "居る", "てる", "おく", "置く", "とく", "しまう", "仕舞う", "為る", "下さる",
                          "頂く", "戴く", "呉れる", "貰う"})  # and the benefactives: 送ってくれた, 教えてもらった
# Between a clause and its noun, the words that make it a description or a hearsay: 「見たというデザイン」
# 「見つけたっていう髪型」「バズってたみたいな構図」「見かけたような広告」「割引、みたいな店」
_QUOTING_BRIDGES = (("と", "言う"), ("って", "言う"), ("と", "言った"), ("みたい", "だ"), ("よう", "だ"), ("様", "だ"))
_BRIDGE_REACH = 8  # tokens of a verb's endings before its noun


def _qualified_noun(a: Analysis, k: int, end: int, *, past: bool) -> int | None:
    """The verb at k heads a clause that qualifies the noun this returns the index of: its endings
    (passive, て-forms and their helpers, た) end in an attributive form, maybe through a quoting
    bridge (という, みたいな, ような), right before a plain noun: a thing, not a channel's detail nor
    the 方 / こと / 時 of a proposal or a condition (「送った方が早い」「話したことある？」). ``past``: the
    clause must be told in the past (an action's own clause: 「LINEで送るファイル」 still offers)."""
    tokens, lemmas = a.tokens, a.lemmas
    j, limit, told = k + 1, min(end, k + _BRIDGE_REACH), False
    while j < limit and (tokens[j].surface in ("て", "で") and tokens[j].pos[0] in ("助詞", "助動詞")
                         or tokens[j].pos[0] == "助動詞" and lemmas[j] not in ("です", "ます", "だ")
                         or lemmas[j] in _CHAIN_VERBS and tokens[j].pos[0] == "動詞"):
        told = told or (lemmas[j] == "た" and not tokens[j].pos[5].startswith("仮定形"))
        j += 1
    if past and not told or j >= end or tokens[j - 1].pos[5].startswith(("仮定形", "命令形", "意志推量形")):
        return None
    bridged = False
    for bridge in _QUOTING_BRIDGES:
        if j + len(bridge) < end and all(lemmas[j + n] == w for n, w in enumerate(bridge)):
            j, bridged = j + len(bridge), True
            break
    if not bridged and not (tokens[j - 1].pos[5].startswith("連体形") or lemmas[j - 1] == "た"):
        return None
    if tokens[j].pos[0] in ("接頭辞", "形状詞") and j + 1 < end and tokens[j + 1].pos[0] == "名詞" \
            and tokens[j + 1].start == tokens[j].end:
        j += 1  # 「連携できるスマートロック」「届いたお手紙」: the noun's first part
    t = tokens[j]
    if t.pos[0] != "名詞" or t.pos[1] == "数詞" or t.surface in _NOT_A_THING or t.lemma in _NOT_A_THING:
        return None
    if not told and not _plain_thing(a, t):
        return None  # 「Zoomで参加できるリンクを送ります」「LINEで使ってるIDを教えて」: the channel's own detail
    return j


# Who or what makes an offer that a clause bridged by みたいな / という / っていう / ような describes: the
# offer is theirs, told of or warned about (「電話くれたら即日対応します、みたいな業者には頼まないほうが
# いい」「Discordに招待しますっていう依頼者はブロックしてます」). Not a manner (「LINE交換するような形で」)
# nor the writer's own campaign (「LINE登録で割引、みたいなキャンペーンやってます」).
_OFFERERS = frozenset({"案件", "店", "業者", "相手", "求人", "募集", "誘い", "手口", "詐欺", "メッセージ", "出品者",
                       "依頼者", "会社", "アカウント", "投稿", "広告", "書き込み", "勧誘", "連中", "奴", "やつ", "サイト",
                       "バイト", "副業", "ショップ", "オファー", "スカウト"})  # (not 方 / 人: 「…という方はどうぞ」 invites)
_DESCRIBING = (("みたい", "だ"), ("と", "言う"), ("って", "言う"), ("様", "だ"), ("よう", "だ"), ("と", "言った"))


def _describes_others(a: Analysis, start: int, end: int) -> bool:
    lemmas, tokens = a.lemmas, a.tokens
    for p in range(start, end - 2):
        for bridge in _DESCRIBING:
            q = p + len(bridge)
            if q < end and all(lemmas[p + n] == w for n, w in enumerate(bridge)) and tokens[q].pos[0] == "名詞" and (
                    tokens[q].surface in _OFFERERS or lemmas[q] in _OFFERERS
                    # 「依頼者」「出品者」 in two tokens: whoever does it
                    or q + 1 < end and tokens[q + 1].pos[0] == "接尾辞" and lemmas[q + 1] in ("者", "屋")):
                return True
    return False


_PART_PARTICLES = frozenset({"を", "は", "も"})  # 「受話器を交換」「コードは替えて」


def _part_handled(a: Analysis, mlast: int, action_i: int) -> bool:
    """「<channel>の<thing>を」 before the action: the channel owns the object, a plain thing (受話器,
    コード, 電池) rather than a detail of it (番号, ID, アカウント, QRコード), so the action is done to
    the thing."""
    tokens = a.tokens
    j = mlast + 1
    if j >= action_i or tokens[j].surface != "の":
        return False
    j += 1
    head = None
    while j < action_i and tokens[j].pos[0] in ("名詞", "接頭辞", "接尾辞", "形状詞"):
        head, j = j, j + 1
    if head is None or j >= action_i or tokens[j].surface not in _PART_PARTICLES or tokens[j].pos[0] != "助詞":
        return False
    return all(_plain_thing(a, tokens[k]) for k in range(mlast + 2, head + 1) if tokens[k].pos[0] == "名詞")


def _plain_thing(a: Analysis, t) -> bool:
    """A noun that names a thing: not a detail of a channel, another channel, an action or the 方 /
    こと / 時 of a proposal."""
    return (t.pos[1] != "数詞" and t.surface not in _NOT_A_THING and t.lemma not in _NOT_A_THING
            and t.surface.lower() not in _COMPOUND_OK and t.lemma not in _COMPOUND_OK
            and t.surface.lower() not in a.lex.aliases and t.surface.lower() not in a.lex.id_cues
            and t.lemma not in a.lex.actions and t.surface not in _NOTED_DETAILS
            and t.surface.lower() not in _DETAIL_NOUNS and t.surface not in _OWN_SIDE_NOUNS)  # (プロフィール, 名前)


def _work_requested(a: Analysis, after: int, last: int) -> bool:
    """The object of the request, after the action, is a job-topic noun: 「…を載せるデザインをお願いします」
    「…の翻訳をお願いできますか」."""
    tokens, topics, lemmas = a.tokens, a.lex.topics, a.lemmas
    for k in range(last - 1, after + 1, -1):
        if tokens[k].surface == "を" and tokens[k].pos[0] == "助詞":
            p = k - 1
            if tokens[p].surface in _CLOSING_BRACKETS:
                # 「テンプレート翻訳（英→日）をお願いします」: the aside in brackets is not the object
                while p > after and tokens[p].surface not in _OPENING_BRACKETS:
                    p -= 1
                p -= 1
            prev = tokens[p]
            asked = k + 1 < len(tokens) and (lemmas[k + 1] in _ASKING_FOR or (
                tokens[k + 1].pos[0] == "接頭辞" and k + 2 < len(tokens) and lemmas[k + 2] in _ASKING_FOR))
            return asked and prev.pos[0] == "名詞" and (prev.lemma in topics or prev.surface.lower() in topics)
    return False


_OPENING_BRACKETS = frozenset("(（[［【〔")
_CLOSING_BRACKETS = frozenset(")）]］】〕")
# the verb that asks for a thing (「デザインをお願いします」「制作を依頼したい」), not one that hands it over
_ASKING_FOR = frozenset({"願う", "願い", "頼む", "依頼"})


def _puts_up(token) -> bool:
    """載せる (post on a page): Sudachi folds it into 乗せる, which 「IDのせておきますね」 needs as handing
    over, so the kanji tells them apart."""
    return token.lemma == "乗せる" and token.surface.startswith("載")


_DEICTIC_THERE = frozenset({"其方", "そこ", "其処"})  # そちら / そっち / そこ: the channel just named
_DEICTIC_HERE = frozenset({"此方", "此処"})  # こちら / こっち / ここ: often the sender's side
_DEICTIC_PARTICLES = frozenset({"で", "に", "から", "まで", "へ"})
_COME_THERE = frozenset({"来る", "入る", "参加"})  # right after そっち / そちら: joining the channel named
_NO_FOLLOW_UP_KINDS = frozenset({"direct", "call"})
_SAME_SENTENCE_ONLY = frozenset({"qr"})


def follow_up(a: Analysis, m: Mention) -> Intent | None:
    """「店のLINEは@xxxだよ。追加しといて」「WhatsAppある？そっちで話そう」「Teamsの会議URLをお送り
    しますので、そちらからご参加ください」: the mention's own clause asks nothing, and the next clause
    of its sentence or the next sentence asks or offers, naming no other channel.

    Each region read is bounded to _WINDOW tokens, so a mention costs the same on any input."""
    if m.kind in _NO_FOLLOW_UP_KINDS or "「" in a.view.text and (_reported(a, m) or _consults_on_reported(a, m)):
        return None
    tokens, lex = a.tokens, a.lex
    mi = a.token_at(m.start)
    mlast = a.token_at(max(m.start, m.end - 1))
    if _modifies_other_noun(a, mlast):
        return None  # 「LINEの着信音もすごいので、ぜひ検索してみて」: the sentence is about the ringtone
    sentence = a.sentence_of[mi]
    first, end = a.sentences[sentence]
    own_end = min(end, mlast + _WINDOW)
    clause_first = _clause(tokens, first, end, mi, a.stops)[0]
    if _refused(a, clause_first, own_end):
        return None  # (「規約上ここでは書きにくいのですが、LINEのIDは…」: the rule talk is another clause's)
    own = _predicate_flags(a, mlast, own_end)
    cond = None if own.negated else _condition_end(a, mlast, own_end)
    stop = next((j for j in range(mlast + 1, own_end) if j in a.stops), None)
    if own.past and cond is None and not own.negated and stop is not None and m.kind not in ("number", "value"):
        # 「チャットワークでグループ作ったので参加してもらえますか」「招待送ったので入ってください」: what was
        # done there is the reason for a request to join it, in the same sentence; only a joining action
        # carries (「Zoomで録画したので共有してください」 shares a thing)
        return _read_follow_up(a, m, stop + 1, own_end, _JOIN_AFTER_PAST)
    if own.negated or own.past and cond is None and m.kind not in ("number", "value"):
        return None  # 「LINEは使っていません。」「昨日Zoomで話しました。」 (「番号は前に送ったやつです」 still carries)
    regions = []
    if cond is not None:
        regions.append((cond, own_end))  # 「ディスコードやってたら、ユーザー名教えて」
    if stop is not None:
        regions.append((stop + 1, own_end))
    following = 2 if m.kind == "value" else 0 if m.kind in _SAME_SENTENCE_ONLY else 1
    nxt, fragments, reach = sentence + 1, 0, own_end
    while following and nxt < len(a.sentences):
        nxt_first, nxt_end = a.sentences[nxt]
        nxt += 1
        reach = min(nxt_end, nxt_first + _WINDOW)
        if _refused(a, nxt_first, reach):
            break  # 「ライン？ごめん、それは無理！ここでお願いします」: the answer refuses; what follows is not about it
        if fragments < _MAX_FRAGMENTS and nxt_end - nxt_first <= _FRAGMENT_TOKENS and not _has_predicate(
                tokens, nxt_first, nxt_end, lex) and not _elliptical_offer(a, nxt_first, nxt_end):
            fragments += 1  # 「LINE⏎ID⏎taro⏎です。追加お願いします」: lines with no predicate of their own
            continue
        regions.append((nxt_first, min(nxt_end, nxt_first + _WINDOW)))
        following -= 1
    if cond is not None and _handle_between(a, m.channel, m.end, tokens[reach - 1].end):
        return Intent("invite", m.start, tokens[cond - 1].end)  # 「LINEだと通話もできて便利ですよ。ID→taro」
    for r_first, r_end in regions:
        if _elliptical_offer(a, r_first, r_end) and _handle_between(a, m.channel, a.sentence_range(m.start)[0], tokens[r_end - 1].end):
            return Intent("invite", tokens[r_first].start, tokens[r_end - 1].end)  # 「IDは…です。よかったら」
        # after a condition on the channel an announcement is an offer: 「Discordやってたら申請するよ」
        # (only a condition on having it: 「インスタで見つけたら、共有するよ」 shares a find)
        offer_if_stated = cond is not None and r_first == cond and (cond <= mlast + 3 or any(
            lex.actions.get(a.lemmas[k]) == "use" for k in range(mlast + 1, cond)))
        intent = _read_follow_up(a, m, r_first, r_end, offer_if_stated=offer_if_stated)
        if intent is not None:
            return intent
    return None


# A sentence that is only 「よかったら」「お気軽に」 after an ID is an invitation with the verb left out.
_ELLIPTICAL_OFFERS = frozenset({"よかったら", "良かったら", "よければ", "良ければ", "よろしければ", "宜しければ",
                                "気軽に", "お気軽に", "ぜひ", "是非", "よかったらぜひ", "よかったらどうぞ"})


def _elliptical_offer(a: Analysis, first: int, end: int) -> bool:
    if end - first > 8:
        return False
    words = "".join(t.surface for t in a.tokens[first:end] if t.pos[0] not in ("補助記号", "空白"))
    return words in _ELLIPTICAL_OFFERS


def _ends_on_de(tokens, mi: int, mlast: int, first: int, end: int) -> bool:
    """The clause is only the channel and で, then the sentence ends: 「電話で！」「電話かLINEで！」,
    not 「一回の電話で。」 (the channel word closes a noun phrase)."""
    if mlast + 2 >= end or _bare_particle(tokens[mlast + 1].surface) not in ("で", "でも") or tokens[mlast + 1].pos[0] != "助詞":
        return False
    if not (mi == first or tokens[mi - 1].surface in _ELLIPSIS_BEFORE or tokens[mi - 1].pos[0] in ("接頭辞", "補助記号", "空白")
            or tokens[mi - 1].surface == "の" and tokens[mi].surface.lower() in _DM_WORDS):
        return False  # (「インスタのDMで！」: the app's own DM, not 「一回の電話で。」)
    return tokens[mlast + 2].pos[1] == "句点" and all(t.pos[0] in ("補助記号", "空白") for t in tokens[mlast + 2:end])


# What is done *through* a channel named with から: a booking, an inquiry, a message (「LINEからご予約ください」
# 「メールからご連絡いただければ」); not 「LINEからログインして」「メールから確認して」, the app's own use
_THROUGH_ACTS = frozenset({"予約", "申し込み", "申込", "申し込む", "問い合わせ", "問合せ", "問い合わせる", "相談", "依頼", "注文", "受け付ける", "受付"})
_THROUGH_KINDS = frozenset({"talk", "talk_after", "exchange"})
_THROUGH_REACH = 5  # tokens after から: 「からでもご予約」


def _through_channel(a: Analysis, k: int, end: int) -> bool:
    """「<channel>から(でも|も)」 then, a few tokens on, a booking, inquiry or contact action that is the
    predicate, not a thing it describes (「LINEから予約できるシステムを作って」 is a job)."""
    tokens, lemmas = a.tokens, a.lemmas
    if not (k < end and tokens[k].surface == "から" and tokens[k].pos[0] == "助詞"):
        return False
    for j in range(k + 1, min(end, k + _THROUGH_REACH)):
        if lemmas[j] in _THROUGH_ACTS or (a.lex.actions.get(lemmas[j]) in _THROUGH_KINDS and lemmas[j] not in _GIVE_ME):
            return not any(tokens[x].pos[5].startswith("連体形") and tokens[x + 1].pos[0] == "名詞"
                           and lemmas[x + 1] not in _NOMINALISERS for x in range(j, end - 1))
    return False


def _bare_particle(surface: str) -> str:
    """「で〜」「でー」 as Sudachi keeps them: the particle without its drawn-out tail."""
    return surface.rstrip("〜~ー") or surface


_MAX_FRAGMENTS = 4
_FRAGMENT_TOKENS = 12  # a line of its own (「ID」「taro_1234」「です。」) is short
_ELLIPSIS_BEFORE = frozenset({"は", "も", "か", "、"})  # 「電話かLINEで！」, not 「一回の電話で。」


def _condition_end(a: Analysis, mlast: int, end: int) -> int | None:
    """The token after the condition that closes the mention's clause (〜たら, 〜なら, 〜だと, 〜ば),
    or None when a plain past or a clause stop comes first (「昨日LINEで話した」)."""
    tokens, lemmas = a.tokens, a.lemmas
    for j in range(mlast + 1, min(end, mlast + _WINDOW)):
        t = tokens[j]
        if j in a.stops:
            return None
        if lemmas[j] == "た" and t.pos[0] == "助動詞":
            return j + 1 if t.pos[5].startswith("仮定形") else None
        if lemmas[j] in _CONDITION or t.surface in _CONDITION or (
                t.surface == "と" and (t.pos[1] == "接続助詞" or lemmas[j - 1] == "だ")):
            return j + 1
    return None


def _told_if(a: Analysis, first: int, j: int) -> bool:
    """「間違ってたら教えてね」「誤字があれば教えてください」「日本語がおかしかったら」: telling asked under a
    condition answers the condition (a mistake, a question), not a contact; 「よかったら教えて」「可能であれば」
    only soften the ask."""
    tokens, lemmas = a.tokens, a.lemmas
    for k in range(first, j):
        if tokens[k].pos[5].startswith("仮定形") or tokens[k].surface in ("たら", "だら"):
            if not any(lemmas[i] in _SOFTENERS for i in range(max(first, k - 3), k + 1)):
                return True
    return False


_SOFTENERS = frozenset({"良い", "宜しい", "可能", "出来る", "差し支える", "構う", "都合", "大丈夫", "迷惑"})


def _object_elsewhere(a: Analysis, j: int, first: int) -> bool:
    """The action at j has an object of its own (Xを) that is neither a contact detail, a channel,
    a friend request nor a deictic: the follow-up acts on another thing."""
    if j - 2 < first or a.tokens[j - 1].surface != "を":
        return False
    t = a.tokens[j - 2]
    word = t.surface.lower()
    return t.pos[0] == "名詞" and not (
        t.lemma in _DETAIL_NOUNS or word in _DETAIL_NOUNS or word in _COMPOUND_OK or t.lemma in _COMPOUND_OK
        or word in a.lex.aliases or word in a.lex.id_cues or t.lemma in a.lex.actions)


_JOIN_AFTER_PAST = frozenset({"入る", "参加", "追加", "登録", "読み取る", "読み込む", "申請", "フォロー", "承認", "入れる"})


def _read_follow_up(a: Analysis, m: Mention, first: int, end: int,
                    anchors: frozenset[str] | None = None, offer_if_stated: bool = False) -> Intent | None:
    tokens, lex = a.tokens, a.lex
    if first >= end:
        return None
    r_start, r_end = tokens[first].start, tokens[end - 1].end
    if _other_channel_between(a, m.channel, r_start, r_end):
        return None  # the region names a channel of its own: its own reading decides
    anchor, there = None, False
    lemmas = a.lemmas
    for j in range(first, end - 2):
        if tokens[j].pos[0] == "代名詞" and lemmas[j] in _DEICTIC_THERE and tokens[j + 1].surface == "の" \
                and lemmas[j + 2] in ("方", "ほう") and not _refused(a, first, end):
            return Intent("statement", tokens[j].start, tokens[j + 2].end)  # 「そっちの方が返信早いです」
    for j in range(first, end):
        lem = lemmas[j]
        if tokens[j].pos[0] == "代名詞" and (lem in _DEICTIC_THERE or lem in _DEICTIC_HERE) and j + 1 < end and (
                tokens[j + 1].surface in _DEICTIC_PARTICLES or lem in _DEICTIC_THERE and lemmas[j + 1] in _COME_THERE):
            # (「LINEのオープンチャットにグループあるので、そっち来れますか？」: casual speech drops the particle)
            if lem in ("此処", "ここ") and (tokens[j + 1].surface == "で" or not (
                    m.kind in ("value", "handle", "number") or _value_near(a, m)
                    or _handle_between(a, m.channel, a.sentence_range(m.start)[0], r_end))):
                # (「LINE ID は…ですが、ここで話しましょう」: ここで is where the talk stays, ここに points at the ID)
                # 「インスタは鍵垢なので、ここでお願いします」: ここ is the platform, unless an ID or address was
                # just given (「LINE→kenta5047 ここに連絡ちょうだい」); こちら / こっち often point at the channel
                return None
            anchor, there = j, lem in _DEICTIC_THERE
            break
        kind = lex.actions.get(lem)
        if m.kind == "number" and lem not in ("掛ける", "かける", "電話"):
            continue  # 「番号は前に送ったやつです。かけてもらえたら出ます」: only a call carries over
        if kind in ("exchange", "invite") and lem not in _GIVE_ME or lem in _FOLLOW_UP_JOIN and m.channel not in _NO_GROUPS \
                or _let_in(a, j, first) or kind == "talk" and lem in lex.follow_up_talk and (
                m.kind in ("value", "handle", "number") or _handle_between(a, m.channel, a.sentence_range(m.start)[0], r_end)):
            if _object_elsewhere(a, j, first):
                continue  # 「…知りたいので、フォームに項目を追加してください」: it adds something else
            if kind == "exchange" and _told_if(a, first, j):
                continue  # 「090-…です。間違ってたら教えてください」: what is told is the mistake
            anchor = j  # 「追加しといて」「登録お願いします」; 「ご連絡ください」 only after an address or ID
            break
    if anchor is None or _refused(a, first, end) or anchors is not None and lemmas[anchor] not in anchors:
        return None
    flags = _predicate_flags(a, anchor, end)
    if flags.negated or (flags.past and not flags.request):
        return None
    span_end = tokens[flags.last].end if flags.last is not None else tokens[anchor].end
    if lex.actions.get(lemmas[anchor]) == "invite" and lemmas[anchor] != "続き":
        return Intent("invite", tokens[anchor].start, span_end)  # 「ID→taro 気軽にどうぞ」
    if flags.request or flags.invite or flags.offer:
        return Intent("invite", tokens[anchor].start, span_end)
    if offer_if_stated and flags.statement:
        return Intent("statement", tokens[anchor].start, span_end)
    if there and (flags.statement or flags.question):
        return Intent("statement", tokens[anchor].start, span_end)  # 「そちらで詳細をお送りします」
    return None


_FOLLOW_UP_JOIN = frozenset({"入る", "参加"})  # 「Discordのサーバー招待送るんで入ってください」
# a phone or an address has no group to join: 「店の電話は03-…です。裏口から入ってね」 enters a building
_NO_GROUPS = frozenset({"phone", "email"})
_GROUP_PLACES = frozenset({"サーバー", "鯖", "グループ", "ルーム", "チャンネル", "ワークスペース", "オープンチャット"})


def _let_in(a: Analysis, j: int, first: int) -> bool:
    """「Discordで質問しあえると聞いたのですが、サーバーに入れてもらえますか？」: being let into the
    channel's group joins it (not 「機能を入れて」, which puts a thing in)."""
    return (a.lemmas[j] == "入れる" and j >= first + 2 and a.tokens[j - 1].surface == "に"
            and a.lemmas[j - 2] in _GROUP_PLACES)


def _modifies_other_noun(a: Analysis, mlast: int) -> bool:
    """「LINEの着信音」「インスタの写真」: the channel only qualifies another noun; 「LINEのID」
    「インスタのDM」「Slackのワークスペース」「LINEの方が」 keep it the subject."""
    tokens = a.tokens
    if mlast + 2 >= len(tokens) or tokens[mlast + 1].surface != "の":
        return False
    t = tokens[mlast + 2]
    word = t.surface.lower()
    return t.pos[0] == "名詞" and not (
        word in _COMPOUND_OK or t.lemma in _COMPOUND_OK or t.lemma in a.lex.actions or word in a.lex.id_cues
        or word in a.lex.aliases or word in _OWN_SIDE_NOUNS)


_OWN_SIDE_NOUNS = frozenset({"方", "ほう", "ワークスペース", "招待", "会議", "ユーザー", "ユーザー名", "名前", "プロフィール",
                             "オープン", "オープンチャット", "オプチャ"})  # (LINE's open chat is LINE)


def _other_channel_between(a: Analysis, channel: str, start: int, end: int) -> bool:
    """A mention (not a call or QR word) of a channel other than ``channel`` starts in [start, end):
    two bisections and a look-up in where each run of one channel ends, however many mentions
    the region holds."""
    if a.other_channel is None:
        named = [m for m in a.mentions if m.kind not in ("call", "qr")]
        run_end = [len(named)] * len(named)  # index of the first later mention of another channel
        for i in range(len(named) - 2, -1, -1):
            run_end[i] = i + 1 if named[i + 1].channel != named[i].channel else run_end[i + 1]
        a.other_channel = ([m.start for m in named], [m.channel for m in named], run_end)
    starts, channels, run_end = a.other_channel
    i, j = bisect.bisect_left(starts, start), bisect.bisect_left(starts, end)
    return i < j and (channels[i] != channel or run_end[i] < j)


def _handle_between(a: Analysis, channel: str, start: int, end: int) -> bool:
    starts = a.view.memo(("contact_handle_starts", id(a.lex), channel),
                         lambda: sorted(h.start for h in handles(a) if h.channel == channel))
    i = bisect.bisect_left(starts, start)
    return i < len(starts) and starts[i] < end


class _Flags(NamedTuple):
    request: bool
    invite: bool
    offer: bool
    question: bool
    statement: bool
    negated: bool
    past: bool
    last: int | None


def _predicate_flags(a: Analysis, anchor: int, end: int) -> _Flags:
    """What the predicate after the action says: request, invitation, offer, negation, past."""
    tokens, lex, lemmas, stops = a.tokens, a.lex, a.lemmas, a.stops
    request = invite = offer = question = statement = negated = past = False
    noun_gap = hedge = False  # a noun between the action and a question/offer word: 「電話をかける方のバイトですか」
    last = None
    j = anchor
    while j < end:
        t = tokens[j]
        lem, pos0, conj = lemmas[j], t.pos[0], t.pos[5]
        kind = lex.modality.get(lem)
        if j > anchor and pos0 in ("名詞", "代名詞") and kind is None and lem not in lex.actions and lem not in _NOMINALISERS:
            noun_gap = True  # (an action noun is no gap: 「DMでもご相談を受け付けております」)
        if j > anchor and j in stops:
            offer = question = statement = False  # 「通話も出来るので…」: a reason, not an offer
            break
        if j > anchor and lem == "とく" and j + 1 < end and lemmas[j + 1] == "ます" \
                and tokens[j + 1].pos[5].startswith(("終止形", "連体形")):
            break  # 「番号を送っときます」: the sender's note of what they leave here, a statement
        if j > anchor and (lem in _CONDITION or t.surface in _CONDITION and lem != "とく" or (
                t.surface == "と" and t.pos[1] == "接続助詞")) and not (
                tokens[j - 1].surface in _DEMONSTRATIVES):  # 「電話で話して、その時決めましょう」: a time, no condition
            # (「交換しときませんか」: the とき of 〜しとく (〜しておく) is no time)
            past = True
            if _wish_after(a, j, end) and (_conditioned_on_action(a, j, anchor) or _proposal_after(a, j, end)):
                request = True  # 「お話しできればと思います」「電話で話せると助かります」
                last = j
            elif _should_i(a, j, anchor, end) and _conditioned_on_action(a, j, anchor):
                request = True  # 「電話すればいいですか？」「LINEで送ればよろしいでしょうか」: proposes doing it
                last = j
            break
        if kind is None and conj == "*" and pos0 not in _PREDICATE_POS and lem not in _FLAG_LEMMAS:
            j += 1  # a noun, particle or symbol that no branch below reads: most tokens of a clause
            continue
        if pos0 == "助動詞" and lem in _NEGATIONS and _fine_by_me(tokens, j, anchor):
            offer = True  # 「SMSでも構いません」: fine by me, an offer
            last = j
        elif pos0 == "助動詞" and lem in _NEGATIONS or (pos0 == "形容詞" and lem in ("ない", "無い") and j > anchor
                                                          and tokens[j - 1].pos[0] in _PREDICATE_POS):
            # Sudachi reads the ない of 「交換したくない」「教えたくないな」 as the adjective 無い; after a
            # predicate it negates it, after a noun it does not (「LINEでも問題ないです」 is an offer)
            tail = [x.lemma for x in tokens[j + 1:min(end, j + 4)] if x.pos[0] != "助動詞" or x.lemma in ("です", "だ")]
            if any(x in _QUESTION for x in tail) or _kyushu_ask(tokens, j, end) or _asks_after_negation(a, j, end):
                invite = True
            else:
                negated = True
            last = j
        elif conj.startswith("命令形"):
            if _QUOTED_SPEECH_RE.match("".join(x.surface for x in tokens[j + 1:min(end, j + 4)])):
                break  # 「LINE教えてくださいって言われた」: a request someone else made
            request = True
            last = j
        elif conj.startswith("意志推量形"):
            tail = "".join(x.surface for x in tokens[j + 1:min(end, j + 4)])
            last = j
            if tail.startswith(("かな", "かも", "とおも", "と思", "と考")) or _QUOTED_SPEECH_RE.match(tail):
                break  # 「電話しようかな」: a thought, not an invitation; 「交換しようって言ってくる人」: reported
            invite = True
            if _CLOSED_AFTER_RE.match(tail):
                break  # 「LINEで話そう、ここだと通知に気づかないから」: the reason after it is about here
        elif kind == "past" and pos0 == "助動詞" and j + 3 < end and lemmas[j + 1] in ("方", "ほう") \
                and tokens[j + 2].surface == "が" and _wish_word(a, j + 3, end):
            # 「LINEで話した方が早い」「電話したほうが確実」「お電話でお話しした方が伝わりやすいかと」: a
            # suggestion (not 「〜した方がいい」: advice, nor 「〜した方が緊張する」)
            request = True
            last = _wish_word(a, j + 3, end)
            break
        elif kind == "past" and pos0 == "助動詞":
            past = True
            last = j
            if not conj.startswith("仮定形"):
                request = invite = offer = False  # 「教えてくださった」: it already happened
            if conj.startswith("仮定形"):
                if _wish_after(a, j, end) and _conditioned_on_action(a, j, anchor):
                    request = True  # 「連絡取り合えたら助かります」「電話で話せたら早いんですけど」
                break  # 「電話したら…」: a condition; what follows is about something else
        elif lem == "宜しく" and j == anchor + 1:
            request = True  # 「登録よろしくです」「追加よろしくお願いします」
            last = j
        elif kind == "request" and _closing_formula(tokens, j) and not (j == anchor + 2 and lemmas[j - 1] == "宜しく"):
            pass  # 「よろしくお願いします」「ご確認のほどよろしく」: a sign-off, not a request
        elif lem == "欲しい" and j > anchor + 1 and tokens[j - 1].surface != "て":
            last = j  # 「見てるとほしくなります」: wanting a thing, not asking
        elif kind == "request" and lem in _BENEFACTIVE and (conj.startswith("仮定形") or j + 1 < end and lemmas[j + 1] == "た"
                                                             and tokens[j + 1].pos[5].startswith("仮定形")) \
                and _counterfactual(a, j + 1, end):
            past, last = True, j  # 「電話でも連絡してもらえたら他にも行けたのに」: a regret, nothing asked now
            break
        elif kind == "request" and lem in _BENEFACTIVE and not _attached(tokens, j, anchor):
            last = j  # 「インスタでステッカーが貰えたら」: receiving a thing, not a favour asked
        elif kind == "request" and lem in _BENEFACTIVE and not _asks(tokens, j, end):
            last = j  # 「電話してくれます」「お電話いただいてしまう」: a fact, not a request
            if (j <= anchor + 1 or tokens[j - 1].surface in ("て", "で")) and (conj.startswith("仮定形") or (
                    j + 1 < end and tokens[j + 1].surface == "と" and tokens[j + 1].pos[1] == "接続助詞") or (
                    j + 1 < end and lemmas[j + 1] == "た" and tokens[j + 1].pos[5].startswith("仮定形"))):
                request = True  # 「かけてもらえれば出ます」「メールもらえると助かります」「メールくれたら返す」
            elif j + 3 < end and tokens[j + 1].surface == "の" and tokens[j + 2].surface in ("が", "は") \
                    and lex.modality.get(lemmas[j + 3]) == "wish":
                request = True  # 「お電話いただくのが確実です」
            elif _permitted_after(tokens, j, end):
                request = True  # 「直接お電話いただいて構いません」「メールいただいても結構です」
        elif kind == "request" and lem == "下さる" and j + 2 < end and tokens[j + 1].surface in ("て", "で") \
                and lemmas[j + 2] in ("居る", "いる", "おる", "有る", "ある"):
            last = j  # 「知事もインスタで観光大使になってくださっていて」: a kindness told, not asked
        elif kind == "request" and j > anchor or (kind == "request" and lem in _GIVE_ME):
            request = True
            last = j
        elif kind == "offer" and lem in ("良い", "宜しい", "構う") and not _asks(tokens, j, end):
            last = j  # 「インスタで良く見ます」; 「LINEでもいいですか」 asks
            if (_de_mo_before(tokens, j, anchor) or _de_ending(tokens, j, anchor, end)) and not conj.startswith("連用形"):
                offer = True  # 「LINEでもいいよ」「ラインでええけぇ」: the channel is fine by the sender
        elif kind == "offer" and pos0 == "名詞" and j + 1 < end and tokens[j + 1].pos[0] == "名詞" \
                and tokens[j + 1].pos[1] != "数詞":
            pass  # 「氏名・電話番号・メールアドレス・希望勤務日」「可能時間帯」: the head of a compound noun offers nothing
        elif kind == "offer" and (pos0 != "助動詞" or lem == "たい"):
            offer = offer or not noun_gap
            last = j
        elif kind == "hedge" and t.pos[1] == "終助詞":
            hedge = True  # 「…あったりするのかな？」: wondering, not asking
            last = j
        elif kind == "question" and (t.pos[1] == "終助詞" or pos0 == "補助記号"):
            question = question or not noun_gap
            last = j
        elif lem == "為る" and conj.startswith("連用形") and j + 1 < end and _bare_particle(tokens[j + 1].surface) == "よ" \
                and tokens[j + 1].pos[1] == "終助詞" and _closed_here(tokens, j + 2, end):
            invite = True  # 「交換しよ！」「電話しよ？」「ライン交換しよ〜！そのほうが…」: the casual volitional of する
            last = j + 1
        elif lem == "て" and pos0 == "助詞" and j > anchor and _te_request_verb(a, anchor, j) and not (
            j > 1 and tokens[j - 2].lemma == "たり") and _te_closes(a, j, end):
            request = True  # 「教えて」「追加してね」「電話してちょ」: a sentence that ends on て asks
            last = j
        elif (pos0 == "動詞" and not past and j + 1 < end and tokens[j + 1].surface in _TOHOKU_LET_US
              and (lem in lex.actions or lem == "為る") and _right_after_action(tokens, anchor, j)
              and all(x.pos[0] in ("補助記号", "空白") for x in tokens[j + 2:end])):
            invite = True  # 「LINEでやりとりすっぺ」「電話すんべ」: the Tohoku and Kanto 「しよう」
            last = j + 1
        elif (pos0 == "動詞" and conj.startswith("終止形") and not past and j + 1 < end
              and tokens[j + 1].surface in _PLAIN_STATEMENT_ENDS and tokens[j + 1].pos[1] == "終助詞"
              and (lem in lex.actions or lem == "為る") and _right_after_action(tokens, anchor, j)):
            statement = True  # 「ライン送るね」「申請するよ」: the plain form of 「送りますね」, an announcement
            last = j + 1
        elif lem == "ます" and conj.startswith(("終止形", "連体形")) and not past and (
                _right_after_action(tokens, anchor, j) or _right_after_action(tokens, _last_action(a, anchor, j), j)):
            statement = True  # 「LINEで送ります」, not 「〜募集してたりします」
            last = j
        elif pos0 in ("動詞", "助動詞", "形容詞", "形状詞") and last is None:
            last = j
        j += 1
    if hedge:
        question = False
    if request or invite:
        past = False  # 「送っていただけたら助かります」 is still a request
    return _Flags(request, invite, offer, question, statement, negated, past, last)


_PREDICATE_POS = frozenset({"動詞", "助動詞", "形容詞", "形状詞"})
_PLAIN_STATEMENT_ENDS = frozenset({"よ", "ね", "よー", "ねー", "ね〜", "わ"})
_TOHOKU_LET_US = frozenset({"っぺ", "べ", "べー", "っぺよ", "べよ"})  # ending the sentence after the verb
# 「教えていただくことは可能ですか」「交換することはできますか」: こと turns the action itself into the
# subject of 可能 / できる, so it is no noun between the action and the offer or question
_NOMINALISERS = frozenset({"こと", "事"})
_FLAG_LEMMAS = frozenset({"宜しく", "欲しい", "為る", "て", "ます"})  # the lemmas _predicate_flags tests by name


def _proposal_after(a: Analysis, j: int, end: int) -> bool:
    """「〜ればと思います / と存じます」 after the condition at j."""
    k = j + 1 if j + 1 < end and a.lemmas[j + 1] == "ば" else j
    return k + 2 < end and a.tokens[k + 1].surface == "と" and a.lemmas[k + 2] in ("思う", "存じる", "考える")


def _conditioned_on_action(a: Analysis, j: int, anchor: int) -> bool:
    """The condition at j is on the contact action itself (「電話で話せたら」「ご連絡いただけたら」),
    not on something else done there (「インスタでステッカーが貰えたら」「インスタで服を見つけたら」)."""
    tokens, lemmas, actions = a.tokens, a.lemmas, a.lex.actions
    k = j - 1
    while k > anchor and tokens[k].pos[0] == "助動詞":
        k -= 1
    if k <= anchor:
        return True
    if lemmas[k] in _BENEFACTIVE:
        if not _attached(tokens, k, anchor):
            return False
        k -= 2 if tokens[k - 1].surface in ("て", "で") else 1
    while k > anchor and lemmas[k] in ("為る", "出来る", "御"):
        k -= 1
    return k <= anchor or lemmas[k] in actions


_QUOTED_SPEECH_RE = regex.compile(r"(?:って|と|とか|などと)(?:言|い|云|聞|き|誘|頼|書)")


_HOW_WORDS = frozenset({"どう", "如何", "どうやって", "どこ", "何処", "何", "なに", "なん", "いつ", "誰"})


def _should_i(a: Analysis, j: int, anchor: int, end: int) -> bool:
    """The condition ば at j, then 良い and a question: 「電話すればいいですか」「かければいいんでしょうか」
    asks whether to do it, a proposal. Not 「すればよかった」 (a regret), 「すればいいのに」, nor a
    question word asking how or where (「どう断ればいいですか」)."""
    lemmas, tokens = a.lemmas, a.tokens
    if tokens[j].surface != "ば" or j + 1 >= end or lemmas[j + 1] not in ("良い", "宜しい"):
        return False
    tail = lemmas[j + 2:min(end, j + 8)]
    if "た" in tail or "のに" in tail or not ("か" in tail or "?" in tail):
        return False
    lo = a.sentences[a.sentence_of[anchor]][0]
    return not any(lemmas[k] in _HOW_WORDS or tokens[k].surface in _HOW_WORDS for k in range(lo, j))


def _wish_after(a: Analysis, j: int, end: int) -> bool:
    """A condition at j followed by a wish (助かる, 嬉しい, 早い …) or 「と思います / と存じます」
    is a polite request: 「〜していただけたら助かります」「〜できればと思います」; not in the past."""
    lemmas, tokens = a.lemmas, a.tokens
    k = j + 1
    if k < end and lemmas[k] == "ば":
        k += 1
    if k + 1 < end and tokens[k].surface == "と" and lemmas[k + 1] in ("思う", "存じる", "考える"):
        return True  # a proposal: 「〜で行えればと存じます」
    for i in range(k, min(end, k + 2)):
        if a.lex.modality.get(lemmas[i]) == "wish":
            return not any(lemmas[x] == "た" for x in range(i + 1, min(end, i + 3)))
    return False


def _value_after(a: Analysis, m: Mention) -> int | None:
    """Last token of an address or number of m's channel given right after it: 「電話番号は090…」."""
    for v in a.nearby(a.mentions, m.end, m.end + 4):
        if v.kind == "value" and v.channel == m.channel and 0 <= v.start - m.end <= 4:
            return a.token_at(max(v.start, v.end - 1))
    return None


def _only_please(tokens, first: int, last: int | None) -> bool:
    """The predicate after a bare address or number is only お願い(します)."""
    if last is None or first < len(tokens) and tokens[first].surface in ("に", "へ", "まで"):
        return False  # 「taro@…にお願いします」: the address is where to write
    lemmas = {t.lemma for t in tokens[first:last + 1]}
    return bool(lemmas & {"願う", "願い"}) and not lemmas & (_GIVE_ME - {"願う", "願い"})


def _fine_by_me(tokens, j: int, anchor: int) -> bool:
    """The negation at j closes 「でも構わない」「でもかまいません」."""
    k = j - 1 if j > anchor and tokens[j - 1].lemma == "ます" else j
    return k - 1 > anchor and tokens[k - 1].lemma == "構う" and (
        _de_mo_before(tokens, k - 1, anchor) or _favour_before(tokens, k - 1, anchor))


def _favour_before(tokens, i: int, anchor: int) -> bool:
    """「お電話いただいて構いません」「ご連絡もらっても構わない」: a favour (頂く, 貰う, 呉れる) then て (も)."""
    i -= 1 if i - 1 > anchor and tokens[i - 1].surface == "も" else 0
    return i - 2 >= anchor and tokens[i - 1].surface in ("て", "で") and tokens[i - 2].lemma in _BENEFACTIVE


_ENDING_PARTICLES = frozenset({"よ", "ね", "よー", "ねー", "け", "けぇ", "けえ", "けん", "ばい", "わ", "やん", "じゃん", "し", "です", "ッス", "っす"})


def _de_ending(tokens, j: int, anchor: int, end: int) -> bool:
    """「ラインでいいよ」「LINEでええけぇ」: the channel, で, then 良い closing the sentence (only sentence-final
    particles after it), not 「LINEでいい感じの写真」 or 「電話でいいと思うか聞かれた」."""
    return j == anchor + 2 and tokens[j - 1].surface == "で" and all(
        x.pos[0] in ("補助記号", "空白") or x.surface in _ENDING_PARTICLES for x in tokens[j + 1:end])


def _de_mo_before(tokens, j: int, anchor: int) -> bool:
    """「LINEでもいい / 構わない」: the channel (anchor), で, も, then token j; not 「インスタでも何でもいい」.
    Alternatives count too: 「電話でもメールでも構いません」 (each name with its でも, nouns only between)."""
    if not (j >= anchor + 3 and tokens[j - 1].surface == "も" and tokens[j - 2].surface == "で"):
        return False
    if j == anchor + 3:
        return True
    return (j - anchor <= _ALTERNATIVES_REACH and tokens[anchor + 1].surface == "で" and tokens[anchor + 2].surface == "も"
            and all(t.pos[0] == "名詞" for t in tokens[anchor + 3:j - 2]) and "何" not in {t.surface for t in tokens[anchor + 3:j - 2]})


_ALTERNATIVES_REACH = 8  # tokens from the first name to the last でも: 「電話でもZoomのビデオ通話でも」


_BENEFACTIVE = frozenset({"頂く", "戴く", "呉れる", "貰う"})
_GIVE_ME = frozenset({"下さる", "欲しい", "頂戴", "願う", "願い"}) | _BENEFACTIVE


def _attached(tokens, j: int, anchor: int) -> bool:
    """The benefactive at j is a favour asked for the action: 「連絡していただける」「お電話もらえる」
    「連絡をいただける」, not 「ステッカーが貰える」."""
    prev = tokens[j - 1].surface if j else ""
    return j <= anchor + 1 or prev in ("て", "で") or (j == anchor + 2 and prev in ("を", "が", "は", "も"))


def _asks(tokens, j: int, end: int) -> bool:
    """「いただけますか」「くれる？」「もらえませんか」「いただきたい」: the form after j asks."""
    t = tokens[j]
    if t.pos[5].startswith(("命令形", "意志推量形")):
        return True
    # 「いただくことはできますか」「もらうことは可能でしょうか」: こと makes the favour itself the
    # subject of the question, so the question comes a few tokens later
    reach = 8 if j + 1 < end and tokens[j + 1].lemma in _NOMINALISERS else 5
    tail = [x.lemma for x in tokens[j + 1:min(end, j + reach)]]
    return any(x in ("か", "?", "たい") for x in tail) or t.surface.startswith(("いただけ", "頂け", "もらえ", "貰え"))


def _closing_formula(tokens, j: int) -> bool:
    return any(t.lemma in ("宜しく", "よろしく") for t in tokens[max(0, j - 2):j + 1])


def _has_predicate(tokens, first: int, end: int, lex: ContactLexicon) -> bool:
    """Whether tokens[first:end] hold a verb, adjective or contact action: a clause of its own."""
    return any(t.pos[0] in ("動詞", "形容詞") or t.lemma in lex.actions for t in tokens[first:end])


def _te_verb_is_action(verb, lex: ContactLexicon) -> bool:
    """「教えて」「追加して」「読み取って」: the て-form belongs to a contact action (or する)."""
    return verb.pos[0] == "動詞" and (verb.lemma in lex.actions or verb.lemma in ("為る", "下さる", "貰う", "呉れる"))


def _kyushu_ask(tokens, j: int, end: int) -> bool:
    """「LINEしてくれんね」「教えてもらえんね」: in Kyushu the negated favour with ね and nothing after
    asks, as 「くれない？」 does."""
    return (j > 0 and tokens[j].surface == "ん" and tokens[j - 1].lemma in ("呉れる", "貰える", "貰う")
            and j + 1 < end and tokens[j + 1].surface in ("ね", "ねー", "ね〜")
            and all(x.pos[0] in ("補助記号", "空白") for x in tokens[j + 2:end]))


def _te_closes(a: Analysis, j: int, end: int) -> bool:
    """After the て at j, only an ending that keeps it a request (contact_request_endings.txt: ね, や,
    ちょ, けろ …), punctuation, or a number or ID handed over with it (「教えて 090…」)."""
    words = ""
    for i in range(j + 1, end):
        x = a.tokens[i]
        if x.surface in ("、", ",") and words and a.lex.closes("te", words) and not (
                i + 1 < end and a.tokens[i + 1].surface in ("って", "と", "とか")):
            return True  # 「線で送ってや、IDは…」: the request closed by a comma, the ID after it (not 「…ね、って」)
        if not (x.pos[0] in ("補助記号", "空白") or x.pos[1] == "数詞" or x.surface.isascii()):
            words += x.surface
    return a.lex.closes("te", words)


def _asks_after_negation(a: Analysis, j: int, end: int) -> bool:
    """The negation at j closes the sentence with a question particle of some dialect
    (contact_request_endings.txt): 「LINE交換しねが」「電話してくれんかね」; nothing after it is a refusal."""
    words = "".join(x.surface for x in a.tokens[j + 1:end] if x.pos[0] not in ("補助記号", "空白"))
    return bool(words) and a.lex.closes("question", words)


_TE_HELPERS = frozenset({"とく", "おく", "置く", "とる", "来る"})  # 〜といて, 〜ておいて, 〜とって, 〜てきて


def _te_request_verb(a: Analysis, anchor: int, j: int) -> bool:
    """The て at ``j`` closes a contact action, directly (「教えて」) or through a helper verb:
    「送っといて」「電話しておいて」, the western 「電話しとって」, 「電話かけてきて」."""
    tokens, lex = a.tokens, a.lex
    if _te_verb_is_action(tokens[j - 1], lex):
        return True
    if j <= anchor + 1 or a.lemmas[j - 1] not in _TE_HELPERS:
        return False
    k = j - 2
    if k > anchor and tokens[k].surface in ("て", "で") and tokens[k].pos[0] == "助詞":
        k -= 1  # 「しておいて」: the helper after its own て
    elif a.lemmas[j - 1] == "来る":
        return False  # 〜てきて needs its て: 「電話来て」 is a call that came
    return k >= anchor and _te_verb_is_action(tokens[k], lex)


# する / できる / いたす, the progressive 〜ております: 「Skypeでの打ち合わせにも対応しております」, and the
# preparatory 〜ておく: 「ラインIDのせておきますね」 announces the action all the same
_SUPPORT_VERBS = frozenset({"為る", "出来る", "御", "致す", "て", "おる", "居る", "れる", "られる", "おく", "置く", "とく"})


def _last_action(a: Analysis, anchor: int, j: int) -> int:
    """The last contact action between anchor and j (anchor when there is none)."""
    # (a detail verb acts only on its detail: 「…連絡先を書き込む（…アドレスが書かれます）」 announces nothing)
    return next((k for k in range(j - 1, anchor, -1) if a.lex.actions.get(a.lemmas[k], "detail") != "detail"), anchor)


def _right_after_action(tokens, anchor: int, j: int) -> bool:
    """Only the action's own verb (and する / できる) stands between the action and token j."""
    return all(t.lemma in _SUPPORT_VERBS or i == anchor or t.pos[0] == "動詞" and i == anchor + 1
               for i, t in zip(range(anchor + 1, j), tokens[anchor + 1:j]))


def _value_near(a: Analysis, m: Mention) -> bool:
    """「ここにメールください taro@…」: an address or number of the same channel close by makes
    a plain 「メール」「携帯」 the outside channel."""
    return any(v.kind == "value" and v.channel == m.channel and -_VALUE_REACH <= v.start - m.start <= _VALUE_REACH
               for v in a.nearby(a.mentions, m.start - _VALUE_REACH, m.start + _VALUE_REACH))


_VALUE_REACH = 80  # characters


def _preferred_for_contact(a: Analysis, mlast: int, end: int, acted: bool = False) -> int | None:
    """「LINEのほうが返信早いです」「電話の方が連絡つきやすくて確実です」: the channel is preferred
    (の方が) for a contact action (返信, 連絡, 話す …) with a wish word (早い, 確実, 楽 …): a suggestion
    to move there. Needs the action, so 「LINEの方が楽」「LINEのほうが画質がいい」 stay quiet; a wish in
    the past (「…早かった」) is a story. Returns the wish token. ``acted``: the channel word is the action
    itself (「電話のほうが早いので」)."""
    tokens, lemmas, lex = a.tokens, a.lemmas, a.lex
    if mlast + 3 < end and tokens[mlast + 1].surface == "の" and lemmas[mlast + 2] in ("方", "ほう") \
            and tokens[mlast + 3].surface == "が":
        first = mlast + 4
    elif mlast + 1 < end and tokens[mlast + 1].surface == "なら":
        first = mlast + 2  # 「LINEならすぐ返せます」「XのDMなら返信早いです」: there, the reply is quick
    elif mlast + 2 < end and tokens[mlast + 1].surface == "だ" and tokens[mlast + 2].surface == "と":
        first = mlast + 3  # 「LINEだと返信早いです」
    else:
        return None
    quick = False
    for j in range(first, min(end, first + 8)):
        if lemmas[j] in _NOTICED:
            acted = True  # 「LINEの方が通知に気づきやすい」: messages noticed there
            continue
        if j in a.stops:
            return None
        if lemmas[j] == "直ぐ":
            quick = True
            continue
        if quick and lemmas[j] in _QUICK_REPLIES:
            tail = lemmas[j + 1:min(end, j + 5)]
            # (「すぐ返せたのに」「すぐ見ちゃう」: a past or a habit, not an offer)
            return None if any(x in ("た", "ない", "ず", "無い", "ちゃう", "仕舞う", "しまう") for x in tail) else j
        kind = lex.actions.get(lemmas[j])
        if kind in ("talk", "exchange", "talk_after"):
            acted = True
        elif acted and lex.modality.get(lemmas[j]) == "wish":
            return None if any(lemmas[x] == "た" for x in range(j + 1, min(end, j + 5))) else j  # (「早いと思った」)
    return None


_NOTICED = frozenset({"通知", "気付く", "既読"})
# what the sender does at once on the channel offered (「LINEならすぐ返せます」「DMならすぐ見れます」)
_QUICK_REPLIES = frozenset({"返す", "返信", "返事", "見る", "気付く", "対応", "読む", "出る"})
# 「LINEする」「スカイプしよう」: names that are used as verbs for talking there (「ズームして」 zooms)
_VERB_CHANNELS = frozenset({"line", "skype"})
# Nouns that name a contact detail: asked for, they make 「ください」「知りたい」 the contact action
_DETAIL_NOUNS = frozenset({"id", "アイディー", "アイディ", "ユーザー", "ユーザー名", "ユーザーネーム", "アカウント", "アカ", "垢",
                           "アカウント名", "番号", "電話番号", "携帯番号", "アドレス", "メールアドレス", "メアド",
                           "連絡先", "url", "リンク", "qr", "qrコード"})
_DETAIL_PARTICLES = frozenset({"を", "は", "が", "も", "って", "だけ", "とか"})


def _detail_after(a: Analysis, mlast: int, end: int) -> bool:
    """「SNSのアカウント」「携帯の番号」「メールのアドレス」: a contact detail of the channel follows it."""
    tokens, lemmas = a.tokens, a.lemmas
    k = mlast + 2 if mlast + 1 < end and tokens[mlast + 1].surface == "の" else mlast + 1
    if not (k < end and (lemmas[k] in _DETAIL_NOUNS or tokens[k].surface.lower() in _DETAIL_NOUNS)):
        return False
    # not the head of a longer noun: 「メールのアドレス変更方法」 is about a procedure
    return k + 1 >= end or tokens[k + 1].pos[0] not in ("名詞", "接尾辞") or tokens[k + 1].surface in ("名", "ネーム")


def _told_itself(a: Analysis, mlast: int, end: int) -> bool:
    """「先生のメール教えて」「携帯教えてもらえますか」: asking to be told the channel itself, at once (no
    particle but を), asks its address or number; 「メールの書き方を教えて」 asks something about it."""
    tokens, lemmas = a.tokens, a.lemmas
    k = mlast + 2 if mlast + 1 < end and tokens[mlast + 1].surface == "を" else mlast + 1
    # te-form only (教えて…): 「子どもに携帯教えるのは何歳から」 is about teaching
    return k + 1 < end and lemmas[k] in _TELL_LEMMAS and tokens[k + 1].surface == "て"


_TELL_LEMMAS = frozenset({"教える", "教わる"})


def _asks_for_detail(a: Analysis, m: Mention, mlast: int, j: int) -> bool:
    """Token j (下さい, 頂戴, 知りたい …) has a contact detail of the channel as its object:
    「LINEのIDください」「ラインのID知りたい」「連絡先を知りたい」, not 「LINEの使い方を知りたい」."""
    tokens, lemmas = a.tokens, a.lemmas
    k = mlast + 1
    if m.channel in (UNNAMED, "email", "phone") and m.kind == "name":
        mi = a.token_at(m.start)
        if mi >= 2 and tokens[mi - 1].surface == "の" and tokens[mi - 2].pos[0] in ("名詞", "接尾辞") \
                and tokens[mi - 2].surface not in _PERSONAL_PREFIX and lemmas[mi - 2] not in _DEICTIC_THERE:
            return False  # 「お客様のメールアドレスを知りたい」: someone else's, for the job
        # 連絡先 / メアド / 電話番号 name the detail themselves
    else:
        if k < j and tokens[k].surface == "の":
            k += 1
        if not (k < j and (lemmas[k] in _DETAIL_NOUNS or tokens[k].surface.lower() in _DETAIL_NOUNS)):
            return False
        k += 1
        if k < j and tokens[k].surface in ("名", "ネーム") and tokens[k].start == tokens[k - 1].end:
            k += 1  # 「ユーザー名」「アカウント名」: Sudachi splits off 名
    while k < j and (tokens[k].surface in _DETAIL_PARTICLES or tokens[k].pos[0] == "空白"):
        k += 1
    if lemmas[j] in _WRITE_DOWN:
        # 「携帯番号ここに書いといて」「メアド、こちらに書き込んで」: written down here, to be read by the sender
        while k < j and tokens[k].pos[0] in ("補助記号", "空白"):
            k += 1
        if not (k + 1 < j and (lemmas[k] in _DEICTIC_HERE or tokens[k].surface in _HERE_PLACES)
                and tokens[k + 1].surface in ("に", "へ")):
            return False
        k += 2
    if k < j and tokens[k].pos[0] == "接頭辞":
        k += 1  # 「IDをお聞きしても」
    return k == j


_WRITE_DOWN = frozenset({"書く", "書き込む"})
_HERE_PLACES = frozenset({"ここ", "こちら", "こっち", "下", "以下", "メッセージ", "チャット", "返信"})


# 「メールでの連絡に切り替えさせていただけませんか」「メールに移行しませんか」: the talk moved away from here
# names the place as outside as 直接 does (round-6); 「通知をメールに切り替えて」 moves a setting, not the talk;
# 「やり取りはメールに変えませんか」「連絡手段をメールに変更させて」: a plain change verb moves it as well
_SWITCH_LEMMAS = frozenset({"切り替える", "切り替え", "切替", "移行", "乗り換える", "乗り換え"})
_TALK_NOUNS = frozenset({"連絡", "遣り取り", "やり取り", "やりとり", "相談", "打ち合わせ", "打ち合せ"})


def _moved_there(tokens, first: int, mlast: int, end: int) -> bool:
    if not any(t.lemma in _SWITCH_LEMMAS for t in tokens[mlast + 1:end]) and not _changed_to(tokens, mlast, end):
        return False
    return any(t.lemma in _TALK_NOUNS for t in tokens[first:end]) or not any(
        t.surface == "を" and t.pos[0] == "助詞" for t in tokens[first:mlast])


def _changed_to(tokens, mlast: int, end: int) -> bool:
    """「メールに変えて」「メールに変更して」: a change verb right on the channel's に (「メールのアドレス変更方法」 is a noun)."""
    k = mlast + 2
    if k >= end or tokens[mlast + 1].surface != "に":
        return False
    if tokens[k].lemma in ("変える", "替える") and tokens[k].pos[0] == "動詞":
        return True
    return tokens[k].lemma == "変更" and k + 1 < end and tokens[k + 1].lemma == "為る"


# 「お電話いただいて構いません」「ご連絡もらっても結構です」 (round-6): the favour permitted is an invitation
_PERMITTING = frozenset({"構う", "結構"})


def _permitted_after(tokens, j: int, end: int) -> bool:
    k = j + 1
    if k < end and tokens[k].surface in ("て", "で"):
        k += 1
        if k < end and tokens[k].surface == "も":
            k += 1
        return k < end and tokens[k].lemma in _PERMITTING
    return False


# 「メール」 used by itself as the means (「メールで写真送って」「メールでやり取りしても大丈夫です」) or
# asked for (「あとでメールください」「メールちょうだい」): the labelled rounds read it as e-mail, not the
# platform's messages. A compound names something else (「確認メール」「ゆうメール」「取引メール」),
# so the word before it must not be a noun or a prefix.
_MAIL_WORDS = frozenset({"メール", "めーる", "email", "e-mail"})


@functools.lru_cache(maxsize=1)
def _mail_providers() -> frozenset[str]:
    return frozenset(row[0].lower() for row in load_table("email_providers.txt", columns=("name", "domain")))


def _mail_itself(a: Analysis, m: Mention, mi: int, mlast: int, action_i: int | None, instrument: bool) -> bool:
    tokens = a.tokens
    if m.channel != "email" or mi != mlast or tokens[mi].surface.lower() not in _MAIL_WORDS:
        return False
    if mi > 0 and tokens[mi - 1].pos[0] in ("名詞", "接頭辞") and tokens[mi - 1].end == tokens[mi].start \
            and tokens[mi - 1].surface.lower() != "e" and tokens[mi - 1].surface.lower() not in _mail_providers():
        return False  # (「Eメールで」「ヤフーメールで送って」: the provider's mail is still e-mail)
    first, end = _clause(tokens, *a.sentences[a.sentence_of[mi]], mi, a.stops)
    if mlast + 2 < end and tokens[mlast + 1].surface == "に":
        verbs = {t.lemma for t in tokens[mlast + 2:min(end, mlast + 4)]}
        if not verbs.isdisjoint(_SWITCH_LEMMAS):
            return False  # 「通知をメールに切り替えて」: what is switched to mail decides (_moved_there)
        if not verbs.isdisjoint(_CHANGE_LEMMAS) and not any(t.lemma in _TALK_NOUNS for t in tokens[first:end]):
            return False  # 「通知設定をメールにしておいて」 (「連絡はメールにしてください」 moves the talk)
    if _reader_condition(tokens, mlast, end):
        return False
    return instrument or (action_i is not None and mlast < action_i <= mlast + 2)


# 「通知設定をメールにしておいて」「受け取り方法をメールに変更して」: a setting changed to mail
_CHANGE_LEMMAS = frozenset({"変更", "変える", "替える", "代える", "設定", "為る"})
# 「メールでやり取りできる方のみ譲ります」「メールで返信できる人だけ」「…可能な方優先」: a condition on who
# may buy; the platform's own messages are called メール too, so only this place set against it
# (_has_direct_cue) makes it outside
_READER_NOUNS = frozenset({"方", "人", "かた", "方々"})
_ONLY_AFTER = frozenset({"のみ", "だけ", "限定", "優先", "限り", "歓迎"})


def _reader_condition(tokens, mlast: int, end: int) -> bool:
    for j in range(mlast + 2, min(end, len(tokens) - 1)):
        if tokens[j].surface in _READER_NOUNS and tokens[j + 1].surface in _ONLY_AFTER and (
                tokens[j - 1].pos[0] == "動詞" or tokens[j - 1].lemma == "だ" and tokens[j - 2].pos[0] == "形状詞"):
            return True
    return False


def _has_direct_cue(tokens, first: int, end: int) -> bool:
    text = "".join(t.surface for t in tokens[first:end])
    # 「サイト外のメール」「アプリの外のメール」「別のメール」: the place named outside the platform
    return any(cue in text for cue in ("直接", "個人", "プライベート", "私用", "私の", "僕の", "俺の", "外部",
                                       "サイト外", "サイトの外", "アプリ外", "アプリの外", "ここ以外",
                                       # 「弊社HPのお問い合わせフォームからご連絡ください」: the sender's own site
                                       "弊社サイト", "弊社のサイト", "弊社hp", "弊社のhp", "弊社ホームページ",
                                       "弊社のホームページ", "当社サイト", "当社hp", "当社ホームページ",
                                       # 「メールでやり取りできる方のみ（ここは見落としが多いので）」: here set against it
                                       "ここは見落とし", "ここは通知", "ここだと返信", "ここだと通知", "ここは返信"))


# -- a DM on an app the message names ----------------------------------------------------------
# 「Xのほうにも出してるので、DMで相談してもらえたら」「インスタのストーリーに載せてるのでDMで〜！」: a DM
# is the named app's message feature. Alone, 「DMください」 is the platform's own: only a DM next to
# a named app with one counts. Meeting tools, e-mail and the phone have none.
_DM_WORDS = frozenset({"dm", "ダイレクトメッセージ", "ダイレクト"})
_NO_DM_CHANNELS = frozenset({"email", "phone", UNNAMED, "zoom", "google_meet", "teams"})
_DM_REACH = 120  # characters between the app's name and the DM
# 「DM開けてます」「DM解放してます」: DMs are open to the reader, an invitation with the verb of a setting
_DM_OPEN_RE = regex.compile(r"\s?(?:を|は|も)?\s?(?:開けて|あけて|開放|解放|オープン|開いて|受け付け|受付)")


def dm_invitations(a: Analysis) -> Iterator[tuple[Intent, str]]:
    """(intent, channel) for each DM asked for or offered in a message that names an app with DMs."""
    apps = [m for m in a.mentions if m.channel not in _NO_DM_CHANNELS and m.kind in ("name", "slang", "spelled")]
    if not apps:
        return
    text, tokens = a.view.text, a.tokens
    seen: set[str] = set()
    for i, t in enumerate(tokens):
        if t.surface.lower() not in _DM_WORDS:
            continue
        if OWN_PLACE_BEFORE_RE.search(text, max(0, t.start - 10), t.start):
            continue  # 「このサイトのDMで依頼させてください」: the platform's own DM
        near = [m for m in a.nearby(a.mentions, t.start - _DM_REACH, t.start + _DM_REACH)
                if m.channel not in _NO_DM_CHANNELS and m.kind in ("name", "slang", "spelled")
                and abs(m.start - t.start) <= _DM_REACH]
        if not near:
            continue
        channel = min(near, key=lambda m: abs(m.start - t.start)).channel
        if channel in seen:
            continue
        probe = Mention(t.start, t.end, channel, "verbal")
        intent = read_intent(a, probe)
        if intent is None and _DM_OPEN_RE.match(text, t.end):
            s_first, s_end = a.sentences[a.sentence_of[i]]
            intent = Intent("refusal" if _refused(a, s_first, s_end) else "invite", t.start, t.end)
        if intent is None or intent.verdict == "refusal":
            continue
        seen.add(channel)
        yield intent, channel
