"""Outside contact channels: who is named, whether the sentence asks to move there, and handles.

Three steps, each paid for only when the one before found something:

1. an Aho–Corasick automaton over every channel spelling and link host (built once per
   lexicon) runs on the normalized text; a message with no hit ends here and never reaches
   Sudachi. Slang (ら, 線, L, X) is checked against the characters after it before it counts;
2. the hits are checked against Sudachi tokens: a katakana name must be a whole word
   (ライン, not ラインナップ / デッドライン), and a name next to a job-topic word is a topic, not
   a place to talk (「LINEスタンプ制作」「Discord botの開発」);
3. each sentence with a channel is read on normalized forms and parts of speech: a contact action
   (交換, 追加, 教える, 連絡 …) with a request, offer or invitation (下さる, 可能, volitional and
   imperative forms, 「〜ませんか」) is an invitation; a negation or a refusal word (遠慮, 禁止,
   規約 …) turns it into a refusal, reported with a score below ``Policy.min_score``.

The word lists are data (``lexicons/channel_*.txt``, ``contact_*.txt``, ``line_id_*.txt``); a
platform adds its own through its policy (``Policy(lexicons=...)``) or with
:meth:`ContactLexicon.load` ``(extra=...)``. The steps live in ``contact_lexicon.py`` (word lists),
``contact_analysis.py`` (steps 1 and 2), ``contact_reading.py`` (step 3) and ``contact_handles.py``
(identifiers on a channel); this module is the detector and the names others import.
"""
from __future__ import annotations

import bisect
from typing import Iterator

import regex

from ..model import EXTERNAL, Finding
from ..normalize import NormalizedText
# The pieces live in contact_*.py (word lists, analysis, reading a clause, handles); this module is
# the detector and the names other modules and platforms use.
from .contact_analysis import _PHONE_SHAPE_RE, Analysis, Hits, analyze, cheap_hits
from .contact_english import invitations as english_invitations
from .contact_foreign import invitations as foreign_invitations
from .contact_handles import _NUMBER_APPS, Handle, handles, number_accounts, works_ids
from .contact_lexicon import (
    contact_kind,
    CHANNEL_NAMES,
    CHANNELS,
    HANDLE_RE,
    LEXICON_FILES,
    MEETING_CHANNELS,
    OWN_PLACE_BEFORE_RE,
    MONEY_RE,
    SCORE_HANDLE,
    SCORE_INVITE,
    SCORE_INVITE_UNNAMED,
    SCORE_LINK,
    SCORE_REFUSAL,
    SCORE_STATEMENT,
    UNNAMED,
    ContactLexicon,
    Mention,
    default_lexicon,
)
from .contact_reading import _DM_WORDS as DM_WORDS, Intent, dm_invitations, follow_up, read_intent
from .value_invitations import fax_number

__all__ = [
    "CHANNELS", "CHANNEL_NAMES", "HANDLE_RE", "LEXICON_FILES", "SCORE_HANDLE", "SCORE_INVITE",
    "SCORE_INVITE_UNNAMED", "SCORE_LINK", "SCORE_REFUSAL", "SCORE_STATEMENT", "UNNAMED", "Analysis",
    "ContactLexicon", "ExternalContactDetector", "Handle", "Hits", "Intent", "Mention", "analyze",
    "cheap_hits", "default_lexicon", "detect_external_contact", "follow_up", "handles", "read_intent",
]


# -- the external_contact detector ---------------------------------------------------------------



class ExternalContactDetector:
    """Invitations, requests and offers to continue on an outside channel, handles and links."""

    category = EXTERNAL

    def __init__(self, lexicon: ContactLexicon | None = None):
        self._lexicon = lexicon

    @property
    def lexicon(self) -> ContactLexicon:
        return self._lexicon or default_lexicon()

    def __call__(self, view: NormalizedText) -> Iterator[Finding]:
        a = analyze(view, self.lexicon)
        taken: set[str | None] = set()
        if a is not None:
            for f in self._read(a):
                taken.add(f.value)
                yield f
        for start, end, channel, score in english_invitations(view, self.lexicon, taken):
            taken.add(channel)
            name_ja, name_en = CHANNEL_NAMES[channel]
            yield Finding.at(view, EXTERNAL, start, end, None if channel == UNNAMED else channel, score,
                             f"{name_ja}でのやり取りへの誘導が含まれています（英語）。",
                             f"Invites the other side to continue on {name_en}.",
                             kind=contact_kind(channel, view.text[start:end]))
        for start, end, channel, score in foreign_invitations(view, taken):
            name_ja, name_en = CHANNEL_NAMES[channel] if channel else ("外部の連絡先", "an outside channel")
            yield Finding.at(view, EXTERNAL, start, end, channel, score,
                             f"{name_ja}でのやり取りへの誘導が含まれています（中国語・韓国語）。",
                             f"Invites the other side to continue on {name_en} (Chinese or Korean).",
                             kind=contact_kind(channel, view.text[start:end]))

    def _read(self, a: Analysis) -> Iterator[Finding]:
        for start, end, channel in a.links:
            name_ja, name_en = CHANNEL_NAMES[channel]
            yield Finding.at(a.view, EXTERNAL, start, end, channel, SCORE_LINK,
                           f"{name_ja}へのリンクが含まれています。", f"Contains a link to {name_en}.",
                           # (a LINE link's ID is the line_id detector's: blocked there when it is whole)
                           kind=contact_kind(channel, "", detail=channel != "line"))
        for h in handles(a):
            if h.channel == "line":
                continue  # the line_id detector reports it
            name_ja, name_en = CHANNEL_NAMES[h.channel]
            # (an app of no channel of its own, Viber or Zalo, is reported as an outside channel: value None)
            yield Finding.at(a.view, EXTERNAL, h.start, h.end, None if h.channel == UNNAMED else h.channel, SCORE_HANDLE,
                           f"{name_ja}のアカウント名が含まれています。", f"Contains a {name_en} handle.",
                           kind=contact_kind(h.channel, "", detail=True))
        if any(m.channel == "line" for m in a.mentions + a.topic_mentions):
            for start, end in works_ids(a):
                yield Finding.at(a.view, EXTERNAL, start, end, "line", SCORE_HANDLE,
                                 "LINE WORKSのIDが含まれています。", "Contains a LINE WORKS ID.", kind="handle")
        if any(m.channel in _NUMBER_APPS for m in a.mentions):
            numbers = [n.span() for n in _PHONE_SHAPE_RE.finditer(a.view.text)]
            for h in number_accounts(a, numbers):
                name_ja, name_en = CHANNEL_NAMES[h.channel]
                yield Finding.at(a.view, EXTERNAL, h.start, h.end, h.channel, SCORE_HANDLE,
                                 f"{name_ja}のアカウント（電話番号）が含まれています。",
                                 f"Contains a {name_en} account (a phone number).", kind="handle")
        yield from self._invitations(a)

    def _invitations(self, a: Analysis) -> Iterator[Finding]:
        best: dict[tuple[int, str], tuple[float, Intent, Mention]] = {}
        by_sentence: dict[int, set[str]] = {}
        for m in a.mentions:
            by_sentence.setdefault(a.sentence_of[a.token_at(m.start)], set()).add(m.channel)
        apps = {m.channel for m in a.mentions + a.topic_mentions} - {"phone", UNNAMED, "email"}
        named_apps = {m.channel for m in a.mentions if m.kind in ("name", "slang", "spelled")} - {"phone", UNNAMED, "email"} - MEETING_CHANNELS
        # 「Viberで通話しませんか」「Webexで面談」: an app with no channel of its own says where the call is
        unlisted_app = {a.sentence_of[a.token_at(m.start)] for m in a.mentions
                        if m.channel == UNNAMED and m.kind == "name" and _app_name(a.view.text[m.start:m.end])}
        rejected = _rejected(a)
        for m in a.mentions:
            if m.start in rejected:
                continue  # 「電話でもメールでもなく、このサイトのメッセージで」: the channels set aside
            if m.kind == "pointer" and m.channel == "line" and len(named_apps) == 1 and "line" not in named_apps:
                # 「WeChatを使っております。ID検索で追加をお願いいたします」: ID search on the app the message names
                m = m._replace(channel=next(iter(named_apps)))
            others = by_sentence[a.sentence_of[a.token_at(m.start)]] - {m.channel, UNNAMED, "email"}
            if m.kind in ("call", "qr") and (others or a.sentence_of[a.token_at(m.start)] in unlisted_app):
                continue  # 「Skypeで通話」「WeChatのQR」: the named channel says where
            if m.kind == "call" and apps:
                continue  # 「ZoomとTeamsの使い方を教えるレッスン…ビデオ通話できるように」: the call is the app's
            if m.kind == "call" and OWN_PLACE_BEFORE_RE.search(a.view.text, max(0, m.start - 10), m.start):
                continue  # 「こちらのビデオ通話でお話ししましょう」「アプリ内の通話で」: the platform's own call
            if m.channel == UNNAMED and MONEY_RE.search(a.view.text, *a.sentence_range(m.start)):
                continue  # 「報酬はサイト外で現金書留にて」: the payment detector's
            if m.channel == "email" and a.view.text[m.start:m.end] == "アドレス" and _PAY_TO_ADDRESS_RE.search(
                    a.view.text, *a.sentence_range(m.start)) and not any(
                    v.kind == "value" and v.channel == "email" for v in a.nearby(a.mentions, *a.sentence_range(m.start))):
                continue  # 「PayPalで送金しますので、アドレスだけ教えて」: where the money goes, the payment detector's
            if m.channel == "phone" and m.kind != "value" and a.lex.public_line_before_re.search(
                    a.view.text, max(0, m.start - _PUBLIC_REACH), m.start):
                continue  # 「消費者ホットライン188に電話してください」: a public line, no outside channel of the sender's
            if quoted_example(a.view.text, m.start):
                continue  # 「詳細はLINEで。ID：○○○○」 in an advice article: an example of what scammers write
            if _platform_own(a, m):
                continue  # 「登録メールアドレスの変更方法」「相手のChatwork IDで検索します」: the site's own data or a manual
            if m.channel == "phone" and m.kind == "value" and (_app_number(a, m) or fax_number(a.view.text, m.start)):
                continue  # 「WhatsAppの方が助かります。+81 90 … です、メッセージください」: the number is that app's
                # account; 「注文書はFAXで 052 … まで」: a fax line takes documents, not calls
            intent = read_intent(a, m) or follow_up(a, m)
            if intent is None and m.kind in ("name", "slang") and m.channel not in ("phone", "email", UNNAMED):
                on_it = _ON_IT_THEN_ID_RE.match(a.view.text, m.end)
                if on_it is not None:  # 「らいんやってます→ mamasan0708」: the account, offered with its ID
                    intent = Intent("statement", m.start, on_it.end("say"))
            if intent is None:
                continue
            if intent.verdict == "refusal":
                score = SCORE_REFUSAL
            elif m.channel == UNNAMED:
                score = SCORE_INVITE_UNNAMED
            elif intent.verdict == "statement":
                score = SCORE_STATEMENT
            else:
                score = SCORE_INVITE.get(m.kind, 0.8)
            key = (a.sentence_of[a.token_at(m.start)], m.channel)
            if key not in best or best[key][0] < score:
                best[key] = (score, intent, m)
        if any(t.surface.lower() in DM_WORDS for t in a.tokens):
            named_channels = {channel for _s, channel in best}
            for intent, channel in dm_invitations(a):
                if channel in named_channels or quoted_example(a.view.text, intent.start):
                    continue
                m = Mention(intent.start, intent.end, channel, "verbal")
                best[(a.sentence_of[a.token_at(intent.start)], channel)] = (SCORE_STATEMENT if intent.verdict == "statement"
                                                                           else SCORE_INVITE["verbal"], intent, m)
        _coordinated(a, best)
        named = {sentence for (sentence, channel) in best if channel != UNNAMED}
        reported = {channel for _s, channel in best}
        for (sentence, channel), (score, intent, m) in sorted(best.items(), key=lambda kv: kv[1][1].start):
            if channel == UNNAMED and sentence in named:
                continue  # 「直接LINEで」: the named channel says it
            intent = _own_span(intent, m, [o for o in a.mentions if o.channel in reported and o.channel != channel])
            name_ja, name_en = CHANNEL_NAMES[channel]
            if intent.verdict == "refusal":
                ja, en = f"{name_ja}に触れていますが、断り・規約の文脈です。", f"Mentions {name_en} while refusing or quoting a rule."
            else:
                ja, en = f"{name_ja}でのやり取りへの誘導が含まれています。", f"Invites the other side to continue on {name_en}."
            yield Finding.at(a.view, EXTERNAL, intent.start, intent.end, None if channel == UNNAMED else channel, score, ja, en,
                             kind=contact_kind(channel, a.view.text[intent.start:intent.end]))


_APP_NUMBER_REACH = 1  # sentences before the number that may name the app
_CALL_TOO = ("普通の電話", "通常の電話", "普通に電話", "電話でも", "regular call", "phone call", "or call")


def _app_number(a: Analysis, m: Mention) -> bool:
    """An app registered under a phone number (WhatsApp, Telegram, Signal …) is named in the number's
    sentence or the one before, and no plain call is offered besides. Not LINE: a number beside it is
    as often a second channel as the account's key."""
    s = a.sentence_of[a.token_at(m.start)]
    lo = a.sentences[max(0, s - _APP_NUMBER_REACH)][0]
    hi = a.sentences[s][1]
    lo_c, hi_c = a.tokens[lo].start, a.tokens[hi - 1].end
    if not any(o.channel in _NUMBER_APPS and o.channel != "line" and lo_c <= o.start < hi_c for o in a.mentions):
        return False
    return not any(w in a.view.text[lo_c:hi_c] for w in _CALL_TOO)


def _app_name(term: str) -> bool:
    """A brand written in Latin letters or katakana (Viber, ウェベックス), not 外部ツール or 連絡先."""
    return term.isascii() and term.replace(" ", "").isalpha() or all("ァ" <= c <= "ヺ" or c == "ー" for c in term)


# Between two channel names: 「ZOOMかGoogle Meet」「LINEでもインスタでも」「電話かメール」「LINE/Discord」
# and the written ones: 「ご連絡先（電話またはメール）」「LINEもしくはメール」
_JOINERS = frozenset({"か", "と", "や", "、", "/", "・", "でも", "or", "か、", "とか", "も", "でも、", "または", "もしくは",
                      "あるいは", "および", "及び"})


_HONORIFIC = frozenset("おご御")
_OWNER_JOINERS = ("か、", "か", "と", "や", "または", "もしくは", "あるいは", "および")
_OWNER_MAX = 9  # characters of 「お母様の」「会社の」: a short owner, no clause


def _joined_with_owner(gap: str) -> bool:
    """「ご家庭の電話番号か、お母様のメールアドレスをいただけますか」: a joiner, then the owner of the
    second detail (a short noun with の and no punctuation)."""
    for joiner in _OWNER_JOINERS:
        if gap.startswith(joiner):
            owner = gap[len(joiner):].lstrip("、")
            return 1 < len(owner) <= _OWNER_MAX and owner.endswith("の") and not any(c in owner for c in "、。!?！？\n")
    return False


def _coordinated(a: Analysis, best: dict) -> None:
    """Channels joined to an invited one share its reading: 「ZOOMかGoogle Meetのどちらかでお願いできますか」
    (the reading stops at the second name), and a sentence of names only that answers an invitation to an
    unnamed channel (「連絡先交換できますか？LINEでもインスタでも」). Adds to ``best`` in place."""
    text = a.view.text
    named = [m for m in a.mentions if m.kind not in ("call", "qr", "value")]
    for first, second in zip(named, named[1:]):
        gap = text[first.end:second.start].strip(" \u3000")
        if gap[-1:] in _HONORIFIC and len(gap) > 1:
            gap = gap[:-1]  # 「メールかお電話」: the honorific of the second name
        if first.channel == second.channel or gap not in _JOINERS and not _joined_with_owner(gap):
            continue
        s1, s2 = a.sentence_of[a.token_at(first.start)], a.sentence_of[a.token_at(second.start)]
        got1, got2 = best.get((s1, first.channel)), best.get((s2, second.channel))
        if got1 is not None and got2 is not None and got1[1][1:] == got2[1][1:]:
            # 「電話かメールでお願いしたい」 read twice over one span: one finding per channel needs two spans
            best[(s2, second.channel)] = (got2[0], got2[1]._replace(start=second.start, end=second.end), second)
        for (s_from, m_from), (s_to, m_to) in (((s2, second), (s1, first)), ((s1, first), (s2, second))):
            got = best.get((s_from, m_from.channel))
            if got is not None and got[1].verdict != "refusal" and (s_to, m_to.channel) not in best:
                best[(s_to, m_to.channel)] = (got[0], got[1]._replace(start=m_to.start, end=m_to.end), m_to)
    named_starts = [m.start for m in named]
    for (sentence, channel), (score, intent, _m) in list(best.items()):
        if channel != UNNAMED or intent.verdict == "refusal" or sentence + 1 >= len(a.sentences):
            continue
        first_t, end_t = a.sentences[sentence + 1]
        if end_t - first_t > _NAMES_ONLY_TOKENS:
            continue  # a sentence of names only is short
        lo, hi = a.tokens[first_t].start, a.tokens[end_t - 1].end
        in_next = named[bisect.bisect_left(named_starts, lo):bisect.bisect_left(named_starts, hi)]
        rest = _NAMES_ONLY_RE.sub("", "".join(
            t.surface for i, t in enumerate(a.tokens[first_t:end_t], first_t)
            if not any(m.start <= t.start < m.end for m in in_next)))
        if in_next and not rest:
            del best[(sentence, channel)]  # the names that answer it say which channel
            for m in in_next:
                best.setdefault((sentence + 1, m.channel), (SCORE_INVITE.get(m.kind, 0.8), intent._replace(start=m.start, end=m.end), m))


# A channel set aside for another: 「LINEじゃなくてメールで」「電話でもメールでもなく」「Zoomではなく」
_REJECTED_AFTER_RE = regex.compile(r"[ \u3000]{0,2}+(?:で|に|と|から)?(?:も|は)?[ \u3000]{0,2}+(?:なく|無く|じゃなく|でなく)")


def _rejected(a: Analysis) -> set[int]:
    """The starts of the mentions set aside (``_REJECTED_AFTER_RE``), with the names joined before
    them (「電話でもメールでもなく」 sets both aside)."""
    text = a.view.text
    out: set[int] = set()
    mentions = a.mentions
    for i in range(len(mentions) - 1, -1, -1):
        m = mentions[i]
        if _REJECTED_AFTER_RE.match(text, m.end):
            out.add(m.start)
        elif i + 1 < len(mentions) and mentions[i + 1].start in out and _joined_alternatives(text[m.end:mentions[i + 1].start]):
            out.add(m.start)
    return out


def _joined_alternatives(gap: str) -> bool:
    gap = gap.strip(" \u3000")
    return gap in _JOINERS or gap in ("でも", "でも、", "も", "も、")


def _own_span(intent: Intent, m: Mention, others: list[Mention]) -> Intent:
    """The reading of one channel of several named as alternatives (「スカイプかズームでお話しできますか」)
    kept off the others' names: each channel is its own finding, masked and explained on its own."""
    start, end = intent.start, intent.end
    if not start <= m.start < end:
        return intent
    for o in others:
        if start <= o.start and o.end <= end:
            if o.start >= m.end:
                end = m.end
            elif o.end <= m.start:
                start = m.start
    return intent if (start, end) == (intent.start, intent.end) else intent._replace(start=start, end=end)


def _platform_own(a: Analysis, m: Mention) -> bool:
    """True when an address or number named is the site's own account data (「登録済みの電話番号」
    「ログイン用のメールアドレス」), a field of a form asked about (「メールアドレスの入力方法」「電話番号の
    入力欄」), or, in a sentence that asks nothing, a third person's detail in a manual's generic voice
    (「相手のChatwork IDまたはメールアドレスで検索します」). An address or ID given is never one of these."""
    if m.kind == "value":
        return False
    text = a.view.text
    if m.channel in ("email", "phone") and (
            _ACCOUNT_BEFORE_RE.search(text, max(0, m.start - _OWN_REACH), m.start)
            and not _GIVEN_AFTER_RE.match(text, m.end, min(len(text), m.end + _OWN_REACH))
            or _FORM_AFTER_RE.match(text, m.end, min(len(text), m.end + _OWN_REACH))):
        return True  # (「ご登録のメールアドレスを教えていただけますか」 still asks for the address itself)
    lo, hi = a.sentence_range(m.start)
    lo, hi = max(lo, m.start - _ASK_REACH), min(hi, m.end + _ASK_REACH)  # a 100 k-character sentence costs the same
    generic = _THIRD_PERSON_BEFORE_RE.search(text, max(lo, m.start - _OWN_REACH), m.start) is not None or (
        _GENERIC_SEARCH_AFTER_RE.match(text, m.end, min(hi, m.end + _OWN_REACH)) is not None
        and _FIRST_PERSON_RE.search(text, lo, m.start) is None)  # 「メールアドレスで検索すると、追加できます」
    return (generic and _ASKED_RE.search(text, m.end, hi) is None
            and not any(v.kind == "value" for v in a.nearby(a.mentions, lo, hi)))


def quoted_example(text: str, pos: int) -> bool:
    """True when ``pos`` sits inside a 「…」 quote on its line that holds a placeholder (○○○, xxxx, ＊＊＊):
    an advice article's example of an invitation (「IDは○○○なので追加してください」), never a real one,
    since a real message has the identifier itself or none at all."""
    # an example message is short: looking no further than _QUOTE_REACH each way keeps a long line of
    # mentions linear
    lo, hi = max(0, pos - _QUOTE_REACH), min(len(text), pos + _QUOTE_REACH)
    open_at = text.rfind("「", lo, pos)
    if open_at < 0 or text.find("」", open_at, pos) >= 0 or text.find("\n", open_at, pos) >= 0:
        return False
    close_at = text.find("」", pos, hi)
    if close_at < 0 or text.find("\n", pos, close_at) >= 0:
        return False
    return _PLACEHOLDER_RE.search(text, open_at, close_at) is not None


# 2+ masking marks, or 3+ x standing alone (xxxx@gmail.com, 090-xxxx-xxxx; never "xxx" inside a word)
_QUOTE_REACH = 300
_PUBLIC_REACH = 24  # characters of 「消費者ホットライン（188）へ」 before the call word
_PLACEHOLDER_RE = regex.compile(r"[○◯〇●×✕△□▲■*＊]{2,}|(?<![a-z0-9])x{3,}(?![a-wyz0-9])")
_PAY_TO_ADDRESS_RE = regex.compile(r"paypal|ペイパル|送金|入金|振込|振り込|ウォレット|wallet")
_NAMES_ONLY_TOKENS = 24
# the app said to be in use, then its ID at once: 「LINEやってます！ID：guitar.kou_1」「らいんやってます→ mamasan0708」
# (「ラインやってます」 alone is a fact about the sender)
_ON_IT_THEN_ID_RE = regex.compile(
    r"\s?(?:も|は)?\s?(?P<say>(?:やって|使って|つかって)(?:ます|います|る)(?:よ|ので|んで)?)[!。、〜~\s]{0,3}+"
    r"(?:id\s?(?:は|:|=|→|⇒)?|[→⇒👉:=])\s{0,2}+@?[a-z0-9][a-z0-9._\-]{2,}")
# The site's own account: 「登録メールアドレス」「ご登録済みの電話番号」「アカウントのメールアドレス」「ログイン用の」
# (not another service's: 「Googleアカウントのメールアドレス」「LINE登録の番号」)
_ACCOUNT_BEFORE_RE = regex.compile(
    r"(?<![ァ-ヶーa-z0-9一-龯])(?:登録|登録済み?|ご登録|ご登録済み?|会員登録|アカウント|ログイン|ログイン用|会員情報|認証用|本人確認用)"
    r"(?:の|用の|時の|済みの|されている|されてる|してある|している|してる|した|された|いただいた|頂いた)?\s?$")
# The detail itself asked for or sent to: 「…を教えて」「…をお知らせください」「…に送って」
_GIVEN_AFTER_RE = regex.compile(r"\s?(?:を|は|も|に|へ|宛に)?\s?(?:お?教え|お知らせ|伺|うかが|聞|お?送|ください|下さい|頂|いただ|もら|ちょうだい|お願い|連絡|ご連絡)")
# A field or setting of a form asked about: 「メールアドレスの入力方法」「電話番号の入力欄」「メアドの変え方」
_FORM_AFTER_RE = regex.compile(
    r"\s?の?(?:(?:入力|変更|設定|登録|確認|記入|再設定)の?(?:方法|手順|仕方|やり方|画面|ページ)"
    r"|(?:変え|入れ|書き|打ち)方|(?:入力|記入)?欄|入力フォーム)")
# A manual's third person: 「相手のChatwork IDまたは…」「友だちのLINE IDか電話番号で検索すると」
_THIRD_PERSON_BEFORE_RE = regex.compile(r"(?:相手|相手方|友だち|友達|ユーザー|利用者|メンバー|先方)の[^。!?\n、]{0,16}+$")
# A manual's generic voice: 「メールアドレスで検索すると」「IDから検索する場合は」; not the sender's own (「私のIDで…」)
_GENERIC_SEARCH_AFTER_RE = regex.compile(r"\s?(?:id)?\s?(?:で|から|を)\s?検索(?:する|すれ|した)(?:と|ば|場合|ら|には)")
_FIRST_PERSON_RE = regex.compile(r"私|僕|俺|自分|うち|わたし|ぼく|おれ|弊社|当方|こちら")
# Anything that asks or proposes in the rest of the sentence keeps the reading (「相手のLINE聞いといて」)
_ASKED_RE = regex.compile(r"ください|下さい|お願い|ませんか|ましょう|ほしい|欲しい|もらえ|もらい|頂|いただ|くれ|ちょうだい"
                          r"|[?？]|[てでよ][!！。]*$|[てで](?:ね|よ|な)|ない[かの]|よう[!！。]*$")
_OWN_REACH = 24  # characters each side of the mention
_ASK_REACH = 80  # characters of the sentence each side read for an ask or a given ID
_NAMES_ONLY_RE = regex.compile(r"[\sでもかとや、/・。!?…]|とか|or")


detect_external_contact = ExternalContactDetector()
