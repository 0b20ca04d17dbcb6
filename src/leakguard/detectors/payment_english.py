"""English proposals to pay or deal outside the platform, alone or inside Japanese (issue #14).

Sudachi reads English words as loanwords (pay -> ペイ, bank -> バンク) and the payment lexicon
matches substrings (``wise`` inside ``otherwise``), so the Japanese rules cannot read
「we'd like to bypass the platform fee」. This reader works on whole words of the normalized
(lower-cased) text, sentence by sentence, with the same shape as the rules: signal groups that
must meet in a sentence, a request cue that raises the score, a refusal or warning that cuts it.
"""
from __future__ import annotations

import functools

import regex

from ..model import PAYMENT, Finding
from ..normalize import NormalizedText
from ..spans import Spans
from .mentions import bullets_under

# Sentences end at . ! ? (before a space or the end), 。 and line breaks. A "." inside a link or a
# number (wise.com, 0.012) does not end one.
_SENTENCE_RE = regex.compile(r"[^.!?。\n]*+(?:[.!?](?=\S)[^.!?。\n]*+)*+(?:[.!?。]++|\n|$)")
_LATIN_RE = regex.compile(r"[a-z]{3}")


def _words(*alternatives: str) -> regex.Pattern:
    return regex.compile(r"(?<![a-z0-9])(?:" + "|".join(alternatives) + r")(?![a-z0-9])")


# Going around the platform: said outright, or as its fee avoided, or as direct work.
_BYPASS = _words(
    r"(?:outside|off)(?: of)?[- ](?:the |this |our )?(?:platform|site|marketplace|app|upwork|fiverr|lancers|coconala)",
    r"off[- ]platform", r"bypass(?:ing)?", r"circumvent\w*", r"go(?:ing)? around the (?:platform|site|fee)",
    r"(?:skip|skipping|avoid|avoiding|dodg(?:e|ing)|save|saves|saving|cut|without|no) (?:on )?(?:us )?(?:both )?(?:the |any |that |those |a )?"
    r"(?:~?\d+ ?% )?(?:platform|marketplace|site|service|middleman|escrow|app)?(?:'s)? ?(?:fees?|commission)",
    r"no need to (?:add|book|pay|put|register|record|log|enter)\w* (?:it |this |that |them )?(?:in|on|through|via) (?:the |this )?(?:app|site|platform)",
    r"no need (?:to (?:go through|use|pay (?:through|via|on))|for) (?:the |this )?"
    r"(?:site|app|platform|escrow|upwork|fiverr|lancers|coconala|crowdworks)(?:'s)?(?: payment| checkout)?",
    r"(?:do|deal|trade|sell|buy|handle|settle|sort)(?:s|ing)? (?:it |this |that |the payment |things )?(?:directly|direct|off the (?:app|site))",
    r"(?:skip|avoid|without|instead of|rather than(?: through| via)?|not through|not via) (?:the |this |an )?"
    r"(?:escrow|platform|marketplace|milestone system|site|app checkout|site checkout|checkout|app payment|in-app payment)"
    r"(?!'?s? (?:inbox|chat|messag|thread|upload))",
    r"saves? (?:us )?(?:both )?~?\d+ ?%", r"because of the (?:platform )?fees?",
    r"(?:pay|paid|hire|sign|contract|work|invoic(?:e|es|ed|ing)|bill|book|tip|tipp)(?:s|ed|ing)? (?:me |you |us |with me |with us )?direct(?:ly)?",
    # the platform's fee complained about (「platform fee too high」「so we don't pay fee double」)
    r"(?:platform|app|site|service|booking|marketplace)(?:'s)? (?:fees?|commission|cut)(?: is| are)? (?:too |so |very |really )?"
    r"(?:high|expensive|much|big|steep)",
    r"pay (?:the )?fees? (?:double|twice)",
    # the booking or request on the platform dropped for a meeting or cash
    r"(?:skip|avoid|without|instead of|cancel|not through)(?: the| this| my| our| your)? (?:(?:app|site|platform|online) "
    r"(?:booking|reservation|request|order|listing)|(?:booking|reservation|request|order|listing)(?= here| on (?:the )?(?:app|site|platform)))",
    r"(?:pay|paid|send|sent|wire|wired|transfer|transferred)(?:s|ing)? (?:[a-z]++ ){1,3}directly", r"directly (?:to|into) (?:my|your)",
    r"go(?:ing)? direct(?:ly)?(?! (?:to|message|messages|link))",
    r"instead of (?:a |the )?(?:new |next )?milestones?", r"direct (?:contract|agreement|deal|payment|client|hire|invoice|billing|(?:bank )?(?:wire|transfer))s?",
    r"direct(?:ly)?(?=で|に|の|な)",
    r"master services agreement", r"our (?:own )?(?:vendor|supplier) (?:system|portal|registration)",
    # romaji: 「chokusetsu torihiki shimasen ka」「saito no soto de」
    r"chokusetsu(?: \w+)?", r"saito no soto", r"apuri no soto", r"saito (?:wo )?toosazu", r"tesuuryou\w*", r"shukuryou",
)
# The money moving: paying, invoicing, wiring.
_PAY = _words(
    r"pay(?:s|ing|ment|ments)?", r"paid", r"invoic\w*", r"bill(?:ed|ing)?", r"wire[sd]?", r"transfer\w*",
    r"accept(?:s|ed|ing)?", r"remit\w*", r"retainer", r"upfront", r"deposit", r"rate", r"price", r"send (?:the |you |me )?(?:money|funds)",
    r"balance", r"funds?", r"charge[sd]?", r"checkout", r"contract\w*", r"agreement", r"sign",
    r"harai\w*", r"harau", r"haratte\w*", r"furikom\w*", r"soukin", r"torihiki", r"keiyaku", r"okuru", r"book(?:ing)?",
    # an amount named with the way to pay (「ok with Amazon gift code? 2000 yen」)
    r"\d{1,7}+ ?(?:yen|jpy|usd|eur|euros?|dollars?|bucks|rmb|cny|krw|won|baht|dong|vnd)", r"[$€£¥￥]\d[\d,.]*+",
    # a tip, an extra or a discount offered for it
    r"tip(?:s|ped|ping)?(?! (?:about|on|of|from|off|for (?:the|a|how)))", r"extra", r"discount", r"cheaper",
    r"send(?:s|ing)? (?:you |me |it )?(?:the )?(?:usdt|btc|bitcoin|eth|crypto|deposit|rest|balance|payment|tip)",
)
# An outside way to pay.
_CHANNEL = _words(
    r"paypal", r"payoneer", r"wise", r"transferwise", r"venmo", r"zelle", r"cash ?app", r"revolut",
    r"western union", r"moneygram", r"stripe", r"square", r"wire transfer", r"bank (?:transfer|wire|deposit)",
    r"wire", r"btc", r"bitcoin", r"eth", r"ethereum", r"usdt", r"usdc", r"crypto(?:currency)?", r"tether",
    r"gift ?(?:cards?|links?|codes?)", r"amazon (?:gift|card)\w*", r"(?:discord )?nitro", r"itunes cards?", r"f ?& ?f", r"friends (?:and|&) family",
    r"cash", r"paypay", r"line ?pay", r"by hand", r"in person", r"(?:on|upon) arrival",
    # services and chains travellers and residents from abroad use (wallets, remittance, crypto)
    r"alipay", r"wechat ?pay", r"weixin ?pay", r"kakao ?pay", r"toss", r"naver ?pay", r"grab ?pay", r"gcash", r"paymaya",
    r"momo", r"skrill", r"neteller", r"remitly", r"worldremit", r"xoom", r"payoneer", r"binance(?: pay)?",
    r"trc-?20", r"erc-?20", r"bep-?20", r"tron", r"trx", r"litecoin", r"ltc", r"dogecoin", r"xrp", r"solana",
    r"(?:steam|google play|apple|app store|itunes|razer) (?:gift )?(?:cards?|codes?|vouchers?)",
)
# A payment app used as a verb: "venmo me", "paypal you the rest".
_CHANNEL_VERB = _words(
    r"(?:venmo|zelle|paypal|cash ?app|revolut) (?:me|you|us|him|her|the (?:rest|money|balance))",
    r"send(?:s|ing)? (?:it |you |me |us )?(?:the (?:money|rest|balance|deposit|payment) )?(?:(?:via|by|on|with|through|over|to) )?"
    r"(?:my |your )?(?:cash ?app|venmo|zelle|paypal|revolut|wise)",
    # cash put in the other's hand (「just hand me the money when we meet」)
    r"hand(?:s|ing)? (?:me|you|us|him|her) (?:the )?(?:money|cash|payment|rest|balance)")
# Payment details asked for or given.
_DETAILS = _words(
    r"bank (?:details|info|information|account)", r"account (?:number|details|info)", r"swift(?: code)?",
    r"iban", r"routing number", r"sort code", r"(?:wallet|btc|eth|usdt|crypto) address",
    r"payment (?:link|request|details|info)", r"(?:give|send|tell) me your (?:wallet|account|iban|bank|payment|qr)\w*", r"(?:paypal|venmo|wise|payoneer|zelle|revolut) ?(?:→|->|:|=) ?\S+@\S+", r"paypal\.me/\S+", r"wise\.com/pay\S*", r"buy\.stripe\.com/\S+",
    r"checkout\.stripe\.com/\S+", r"venmo\.com/\S+", r"cash\.app/\S+", r"revolut\.me/\S+",
)
# A fee asked before any work, the way a fake recruiter asks it (「registration fee 3,000 yen is required
# before we send you the job list」): paid, it is money sent around the platform.
_ENTRY_FEE = _words(
    r"(?:registration|membership|joining|sign[- ]?up|training|admin(?:istration|istrative)?|processing|onboarding|"
    r"application|placement|referral|activation|verification|entry|starter[- ]kit|material(?:s)?) fees?",
    r"(?:security|guarantee|refundable|advance) deposit", r"starter kit",
)
# A request, proposal or offer.
_REQUEST = _words(
    r"please", r"pls", r"plz", r"could you", r"can you", r"would you", r"will you", r"can i", r"could i", r"may i", r"is it ok", r"let'?s", r"i'?d (?:suggest|prefer|like)",
    r"we'?d (?:like|prefer|suggest)", r"(?:we|i) (?:would )?propose", r"i'?d rather(?! not)", r"i suggest", r"we suggest", r"i can", r"we can", r"we could", r"i could",
    r"send (?:me|us)", r"(?:pay|wire|transfer) (?:me|us)(?! (?:back|later))", r"if you'?re open", r"if you (?:send|prefer|want|like)", r"let me know", r"happy to",
    r"feel free", r"is (?:it|that) ok", r"how about", r"shall we", r"i'?ll send", r"here'?s", r"here is",
    r"my (?:rate|account|wallet|details)", r"to my (?:paypal|venmo|revolut|wise|zelle|bank|account|wallet|cash ?app)",
    r"(?:pay|send|wire|transfer) (?:half|the rest|the balance|upfront|now|\$?\d+)", r"skip the",
    r"works (?:for me|fine)", r"is fine", r"(?:is|are) (?:ok|okay|accepted|welcome)",
    r"(?:is|are) (?:required|needed|necessary)", r"(?:must|need to) (?:be )?(?:pay|paid|transfer|send|sent|deposit)\w*", r"if (?:that'?s|it'?s) (?:easier|simpler|better|faster)", r"i'?ll (?:pay|send|transfer|wire|ship|mark|give)", r"we pay", r"we will pay", r"we'?ll pay", r"would be made", r"you can",
    r"next time", r"(?:is (?:it |that )?|are you )?ok with", r"ok ?\?", r"(?:is |are )?ok for (?:me|you|us)",
    r"when (?:we|i|you) meet", r"i'?ll cancel", r"on the day", r"if you (?:pay|send|tip)", r"i (?:give|send|bring) you", r"will pay you",
    r"i'?ll (?:tip|bring)", r"just bring", r"from now on", r"going forward", r"shimasen ka", r"masen ka", r"mashou", r"kudasai", r"ii desu ka", r"kureru", r"moraeru", r"onegai", r"\w+ masu",
)
# A refusal, a rule or a warning: the sentence is not a proposal.
_NEGATION = _words(
    # 「if you don't mind」 is politeness, not a refusal
    r"won'?t", r"will not", r"can'?t", r"cannot", r"can not", r"don'?t(?! mind)", r"do not(?! mind)", r"never", r"decline\w*",
    r"rather not", r"refuse\w*", r"not allowed", r"isn'?t allowed", r"not permitted", r"prohibit\w*",
    r"forbid\w*", r"violat\w*", r"against (?:the |our |platform |site )*(?:rules|policy|policies|terms|tos)",
    r"scam\w*", r"fraud\w*", r"phishing", r"beware", r"be careful", r"suspicious", r"report (?:it|them|this)",
    r"shouldn'?t", r"should not", r"(?:was|were|been|am|are|is|get|got) told", r"must not", r"(?<!(?:app|platform|site|escrow|booking) )only (?:accept|take|use|work)\w*", r"not going to",
    r"unable to", r"no longer", r"stay(?:ing)? (?:on|here)", r"keep (?:it|everything|payments?) (?:on|here)",
    r"through the platform'?s?", r"via the platform'?s?", r"fund the milestone", r"red flag", r"anyone asking",
    r"(?:if|when) (?:someone|anyone)", r"protect\w*", r"not (?:going to )?(?:send|giv|shar|pay|tak|accept|do)\w*",
    r"no (?:direct|outside|off-platform|external|private) (?:payments?|deals?|transactions?|transfers?)",
    # the platform's own direct offers and contracts (hire me directly on Upwork, a direct contract here on the site)
    r"(?<!fees )(?<!fee )(?:here )?on (?:the )?(?:platform|site|app|upwork|fiverr|lancers|coconala|crowdworks)"
    r"(?! (?:fees?|cut|is|are|was|takes?|charges?)(?![a-z]))",
    r"through (?:my|your|the) profile",
    r"(?:someone|somebody|a (?:buyer|seller|client|user|customer)|they|he|she) (?:asked|told|wants|wanted|is asking) (?:me|us) to",
    r"is (?:that|this|it) (?:a scam|legit|safe|allowed|normal)",
    r"(?:escrow|platform|site|in-app|app) (?:payments? )?only(?! (?:takes?|holds?|covers?|gets?|charges?) (?:the |a )?(?:deposit|part|half|booking))", r"only (?:via|through) the (?:site|platform|app)",
    # the rule's consequences spelled out (「not protected」「at your own risk」「may be banned」)
    r"at (?:your|their|his|her|one'?s|the (?:buyer|seller|user)'?s) own risk", r"voids?",
    r"not (?:be )?(?:covered|eligible|supported|guaranteed|refundable|recommended)", r"no refunds?",
    r"(?:will|may|can|could|might) (?:be |get )?(?:suspended|banned|terminated|removed|frozen)",
    r"(?:account|accounts) (?:suspension|ban|termination)", r"lead to (?:a |an )?(?:account )?(?:suspension|ban)",
    r"(?:is|are|it'?s) (?:risky|unsafe|not safe|dangerous)",
    # an outside way denied (「I'll pay here, not via Wise」); 「not via the platform」 is the proposal
    r"not (?:via|by|with|using|over|through)(?= (?!(?:the |this |our |your )?(?:platform|site|app|escrow|checkout|marketplace)))",
    r"in the app", r"in-app", r"stick(?:s|ing)? (?:with|to) (?:the |this )?(?:platform|site|app|escrow)", r"the app'?s", r"\w+masen(?! ka)", r"nai desu", r"site de onegai", r"dame",
)
# A negation right before the platform's own process is a reason to leave it (「our company doesn't
# allow escrow services, so we pay by wire」), not a refusal of the proposal.
_NEGATED_PLATFORM_RE = regex.compile(
    r" (?:allow|use|accept|support|work with|pay through|pay via|go through)? ?(?:any |the |this |our )?"
    r"(?:escrow|platform|marketplace|site|milestones?)")
# 「not through the platform, pay me on PayPal」: the platform's way denied is no refusal
_PLATFORM_DENIED = ("not ", "rather than ", "instead of ", "than ")
# ... but only the platform's way: 「…outside the platform are not protected」 denies the protection
_PLATFORM_WORD_RE = regex.compile(r"platform|site|app|escrow|upwork|fiverr|lancers|coconala|crowdworks|profile")
# The sentence talks about a payment method as work (a form, a translation, a test) or as a sample.
_TOPIC = _words(
    r"field", r"form", r"validat\w*", r"placeholder", r"template", r"mock ?up", r"example", r"sample", r"dummy",
    r"test(?:ing)? data",
    # translating is the job asked (「translate this」「a translation of the FAQ」), not translation as the
    # work being paid for (「the next 6 months of translation」「I'm a translator」)
    r"translat(?:e[sd]?|ing)", r"translations? (?:of|into|in|to|from)", r"locali[sz]\w*", r"copy for", r"button", r"label", r"integrat\w*",
    r"implement\w*", r"api", r"sdk", r"checkout flow", r"article", r"blog", r"the source text", r"bot", r"alerts?",
    r"make me an?", r"build (?:me )?an?", r"tutorial", r"course",
    # a lesson as the work, not as a time (「next lesson, I send money…」「lesson after, …」)
    r"(?<!(?:next|after|before|each|every|this|the|our|my|your) )lessons?(?! after| before)",
    r"(?:shop|store|site|website)'?s? checkout", r"proofread\w*", r"copy ?edit\w*", r"rewrite", r"reword\w*", r"wording", r"how (?:do|would|should) (?:i|you|we) say",
)

# Words quoted after a reporting verb or "you:" are told about, not said
# (Some buyers will message you: "just pay me on PayPal"; If a seller says "Venmo me", …).
_REPORTED_QUOTE_RE = regex.compile(
    r"(?:(?<![a-z])(?:says?|said|saying|asks?|asked|asking|messages?|messaged|writes?|wrote|tells?|told|like|"
    r"such as|reads?|e\.g\.)(?![a-z])[^\"“\n]{0,20}?|(?<![a-z])(?:you|them|us|this|like)[ ]?:[ ]{0,2}+)"
    r"(\"[^\"\n]{1,300}+\"|“[^”\n]{1,300}+”|‘[^’\n]{1,300}+’"
    # single quotes: an apostrophe inside a word (「I'll」「it's」) does not close them
    r"|(?<![a-z])'(?:[^'\n]|'(?=[a-z])){1,300}+'(?![a-z]))")

# A question put only to be answered no (「Paying outside the platform? Not recommended, no refund」「Pay
# by bank transfer to save fees? Don't.」): the answer opens the next sentence. 「no fee」「no problem」 say yes.
_ANSWERED_NO_RE = regex.compile(
    r"[\s\-–—]*+(?:(?:a|answer) ?: ?)?(?:no(?=[,.!]| refunds?| protection| support| coverage)|nope|big no|bad idea|never|don'?t|do not|"
    r"not (?:recommended|allowed|permitted|safe|covered|protected|a good idea)|"
    r"(?:that'?s|it'?s|this is) (?:a scam|against|prohibited|forbidden|not allowed|not safe|risky)|"
    r"(?:you'?ll |you will |you )?lose (?:your |the |all )?(?:buyer |seller )?protection)(?![a-z])")


_FAQ_QUESTION_RE = regex.compile(r"\s*+(?:q|question) ?:")

# A heading over a list of what scammers write (「Common scam messages:」「Red flags to watch for:」
# 「Phrases that should make you stop:」): its bullets are quoted, not said. 「My terms:」 「Next steps:」 are not.
_WARNING_HEAD_RE = regex.compile(
    r"(?<![a-z])(?:scam\w*|fraud\w*|phishing|suspicious|red[- ]flags?|warning signs?|watch out|look out|beware|"
    r"be careful|make you (?:stop|pause|think)|(?:we|to) (?:remove|block|report)|removed|reported|never (?:reply|respond|answer)|"
    r"don'?t (?:reply|respond|fall)|examples?|typical|common (?:lines|messages|phrases|requests|tricks))(?![a-z])"
    r"[^\n]{0,80}+(?<=[:：])[ \t]*+$")

# (groups, weight, label_ja, label_en): the rules, strongest first
_RULES = (
    (("details",), 0.7, "送金先・支払い情報のやり取り", "payment details asked for or given"),
    (("channel_verb",), 0.6, "外部決済手段での送金の依頼", "asked to send money by an outside app"),
    (("bypass",), 0.45, "プラットフォームを通さない取引", "dealing around the platform"),
    (("bypass", "pay"), 0.65, "プラットフォームを通さない支払い・契約", "paying or contracting around the platform"),
    (("bypass", "channel"), 0.65, "プラットフォーム外の決済手段", "an outside payment method instead of the platform"),
    (("channel", "pay"), 0.4, "外部決済手段での支払い", "payment through an outside method"),
    (("entry_fee", "pay"), 0.5, "登録料・保証金などの支払い", "a registration fee or deposit paid"),
)
# A way around the platform in a sentence about the deal (work, money, a contract, the fee)
_DEAL_WORD_RE = regex.compile(r"contract|agreement|fee|pay|invoic|deal|bill|hire|escrow|client|work|money|sav|cheap|"
                              r"price|rate|project|order|buy|sell|torihiki|keiyaku|harai|tesuuryou|shukuryou|%")
_GROUPS = {"bypass": _BYPASS, "pay": _PAY, "channel": _CHANNEL, "details": _DETAILS, "channel_verb": _CHANNEL_VERB,
           "entry_fee": _ENTRY_FEE}
_REQUEST_WEIGHT = 0.55
_EXTRA_RULE_SHARE = 0.5
_SUPPRESSED_SHARE = 0.15
_MAX_SCORE = 0.95
_SHORT_TAIL = 10  # characters: a sentence this short (an amount, 「pls」) belongs to the one before


@functools.lru_cache(maxsize=1)
def _japanese_mentions():
    """The Japanese reader's quotation patterns (payment imports this module, so not at the top)."""
    from .payment import _MENTION_RE, _TRANSLATED_RE

    return _MENTION_RE, _TRANSLATED_RE


@functools.lru_cache(maxsize=1)
def _rule_groups() -> tuple:
    """The group patterns of each rule, each set of groups once."""
    return tuple(dict.fromkeys(tuple(_GROUPS[g] for g in groups) for groups, *_rest in _RULES))


def may_find(text: str) -> bool:
    """Whether every group of one rule matches somewhere in ``text``: a finding needs it in one
    sentence (a sentence's hits are the text's, its end mark included). Each group is searched
    once (bypass, pay and channel are in two or three rules); the gate's second stage
    (precheck.py) asks it too."""
    if not _LATIN_RE.search(text):
        return False
    seen: dict = {}
    for groups in _rule_groups():
        for group in groups:
            hit = seen.get(group)
            if hit is None:
                hit = seen[group] = group.search(text) is not None
            if not hit:
                break
        else:
            return True
    return False


def find_english(view: NormalizedText) -> list[Finding]:
    """The English payment proposals of ``view``: at most one finding per sentence."""
    text = view.text
    if not may_find(text):  # (most texts with Latin words meet no rule: no sentence is judged)
        return []
    out = []
    told = [m.span(1) for m in _REPORTED_QUOTE_RE.finditer(text)] if ('"' in text or "“" in text or "'" in text
                                                                    or "‘" in text) else []
    if "「" in text or "『" in text:  # English inside a Japanese quotation talked about (「Can I pay by PayPal?」の言い方)
        told += [m.span() for pattern in _japanese_mentions() for m in pattern.finditer(text)]
    if "\n" in text:
        told += bullets_under(text, _WARNING_HEAD_RE, through_blank=False)
    told = Spans(told)
    sentences: list[tuple[int, int]] = []
    for m in _SENTENCE_RE.finditer(text):
        start, end = m.span()
        if sentences and start < end and len(text[start:end].strip()) <= _SHORT_TAIL and sentences[-1][1] == start:
            sentences[-1] = (sentences[-1][0], end)  # 「ok with Amazon gift code? 2000 yen」: the tail is this one's
        elif start < end:
            sentences.append((start, end))
    for i, (start, end) in enumerate(sentences):
        if end - start < 4 or not _LATIN_RE.search(text, start, end):
            continue
        answer = _answer_after_question(text, sentences, i)
        answered_no = answer is not None and _ANSWERED_NO_RE.match(text, *answer) is not None
        if answered_no and _FAQ_QUESTION_RE.match(text, start, end):
            answered_no = 2  # a FAQ's question is the reader's, asked to be answered: its 「can I」 proposes nothing
        finding = _judge(view, start, end, told, answered_no)
        if finding is not None:
            out.append(finding)
    return out


def _answer_after_question(text: str, sentences: list, i: int) -> tuple[int, int] | None:
    """Where the answer to sentence ``i``'s question stands: its own tail, merged in when short
    (「…PayPal? A: No.」), or the next sentence."""
    start, end = sentences[i]
    q = text.rfind("?", start, end)
    if q < 0:
        return None
    if text[q + 1:end].strip():
        return q + 1, end
    return sentences[i + 1] if i + 1 < len(sentences) else None


def rules_met(rules, hits: dict, keep=None) -> tuple[float, list, list, list]:
    """Score, labels and spans of the (groups, weight, label_ja, label_en) rules whose groups all hit.

    Shared by the English and the Chinese/Korean payment readers. A pair of groups needs two different
    places ("wire" and "pay" are one word read twice); each further rule adds a share of what is left.
    """
    score, labels_ja, labels_en, spans = 0.0, [], [], []
    for groups, weight, label_ja, label_en in rules:
        if not all(hits.get(g) for g in groups) or (keep is not None and not keep(groups)):
            continue
        if len(groups) == 2 and not any(a[1] <= b[0] or b[1] <= a[0] for a in hits[groups[0]] for b in hits[groups[1]]):
            continue
        score = weight if not labels_en else score + (1 - score) * weight * _EXTRA_RULE_SHARE
        labels_ja.append(label_ja)
        labels_en.append(label_en)
        spans += [s for g in groups for s in hits[g]]
    return score, labels_ja, labels_en, spans


def _judge(view: NormalizedText, start: int, end: int, told: Spans | None = None,
           answered_no: bool = False) -> Finding | None:
    text = view.text
    hits = {name: [(h.start(), h.end()) for h in pattern.finditer(text, start, end)
                   if told is None or not told.contains(h.start(), h.end())]
            for name, pattern in _GROUPS.items()}
    # 「send the file there, not via the platform」: around the platform, but no deal
    score, labels_ja, labels_en, spans = rules_met(
        _RULES, hits, lambda groups: groups != ("bypass",) or _DEAL_WORD_RE.search(text, start, end))
    if not spans or _TOPIC.search(text, start, end):
        return None
    request = _REQUEST.search(text, start, end)
    if request:
        score += (1 - score) * _REQUEST_WEIGHT
    # a negation word inside the way around the platform is part of it (「instead of in-app payment」
    # 「no need to add it in the app」), not a refusal
    refused = [n for n in _NEGATION.finditer(text, start, end)
               if not any(b0 <= n.start() and n.end() <= b1 for b0, b1 in hits["bypass"])
               and not _NEGATED_PLATFORM_RE.match(text, n.end(), min(end, n.end() + 40))
               and not (text.endswith(_PLATFORM_DENIED, start, n.start())
                        and _PLATFORM_WORD_RE.search(text, n.start(), n.end()))]
    if refused or (answered_no and (not request or answered_no > 1)):
        score *= _SUPPRESSED_SHARE
    score = round(min(score, _MAX_SCORE), 4)
    lo, hi = min(s for s, _e in spans), max(e for _s, e in spans)
    cue = view.original_slice(request.start(), request.end()) if request else ""
    reason = "外部での支払い・直接取引の誘い（英語）: " + "、".join(labels_ja) + (f"、依頼・提案の表現（{cue}）" if cue else "")
    reason_en = "Off-platform payment or direct deal (English): " + "; ".join(labels_en) + (
        f"; worded as a request or offer ({cue})" if cue else "")
    if refused:
        cut = view.original_slice(refused[0].start(), refused[0].end())
        reason += f"、ただし否定・注意喚起の文脈（{cut}）"
        reason_en += f"; but refused, forbidden or warned about ({cut})"
    elif answered_no and (not request or answered_no > 1):
        reason += "、ただし直後に否定される問いかけ"
        reason_en += "; but a question answered no in the next sentence"
    return Finding.at(view, PAYMENT, lo, hi, None, score, reason + "。", reason_en + ".")
