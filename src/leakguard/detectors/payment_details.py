"""Payment details given, not asked for: a bank account in its written form, a crypto wallet
address, a payment-app ID or a transfer link (issue #14, "payment details given"); and the two
shapes no lexicon term reaches: a voucher offered as the price and a menu of outside methods.

A bank account written out (「〇〇銀行 △△支店 普通 1234567」, ゆうちょの記号・番号) or a wallet
address is a payment channel outside the platform whatever the words around it say; the sentence
is only set aside when it holds a placeholder or talks about the format as work (ダミー, テンプレート,
入力欄, バリデーション …).
"""
from __future__ import annotations

import re

import regex

from ..model import PAYMENT, Finding
from ..normalize import NormalizedText

SCORE_GIVEN = 0.86  # blocks under the default policy; intent.decide never drops it

_BANK = r"(?:銀行|信用金庫|信金|信用組合|信組|労働金庫|労金|農協|ja|ゆうちょ|バンク|bank)"
_ACCOUNT_TYPE = r"(?:普通|当座|貯蓄|普)(?:預金)?(?:口座)?"
_PATTERNS = (
    # 〇〇銀行 △△支店（店番号123） 普通 1234567; a credit union or JA by its head office (本店, 本所) or branch (支所)
    ("bank", regex.compile(
        rf"{_BANK}[^\n。]{{0,30}}?(?:支店|本店|本所|支所|出張所|営業部|店番号?|[0-9]{{3}}店|[〇一二三四五六七八九]{{3}}店)[^。]{{0,24}}?{_ACCOUNT_TYPE}"
        r"[ :：/・、,（(]{0,3}+(?:口座番号|番号|no\.?)?[ :：]{0,2}+[0-9]{6,8}(?![0-9])")),
    # 支店 … 普通 1234567 without the bank's name (the name was in the line before)
    ("bank", regex.compile(
        rf"(?:支店|店番号?)[^。]{{0,16}}?{_ACCOUNT_TYPE}[ :：/・、,]{{0,3}}+(?:口座番号|番号)?[ :：]{{0,2}}+[0-9]{{7}}(?![0-9])")),
    # ゆうちょ: 記号 1xxx0 番号 xxxxxxxx
    ("yucho", regex.compile(r"記号[ :：]{0,2}+1[0-9]{3}0[ 、,/・-]{0,3}+番号[ :：]{0,2}+[0-9]{5,8}(?![0-9])")),
    ("yucho", regex.compile(r"(?<![0-9])1[0-9]{3}0-[0-9]{5,8}(?![0-9])(?=[^\n]{0,20}?(?:ゆうちょ|口座|振込|名義))")),
    # 口座番号: 1234567
    ("account", regex.compile(r"口座番号[ :：は]{0,3}+[0-9]{6,8}(?![0-9])")),
    # 口座：普通 7654321 (the bank named after it, or in the line before)
    ("account", regex.compile(rf"(?:口座|振込先|振込口座)[ :：は]{{0,3}}+{_ACCOUNT_TYPE}[ :：]{{0,2}}+[0-9]{{7}}(?![0-9])")),
    # wallet addresses of the common chains
    ("crypto", regex.compile(r"(?<![a-z0-9])bc1[02-9ac-hj-np-z]{25,62}(?![a-z0-9])")),
    ("crypto", regex.compile(r"(?<![a-z0-9])0x[0-9a-f]{40}(?![0-9a-f])")),
    # legacy bitcoin and tron addresses (base58, folded to lower case here) look like any ID: only
    # next to a word that names the chain
    ("crypto_named", regex.compile(r"(?<![a-z0-9])(?:[13][1-9a-z]{25,34}|t[1-9a-z]{33}|r[1-9a-z]{24,34})(?![a-z0-9])")),
    # solana addresses are base58 of 32-44 characters with no fixed prefix: only right after the chain
    ("crypto_named", regex.compile(r"(?<![a-z0-9])[1-9a-hj-np-z]{32,44}(?![a-z0-9])")),
    # transfer links and payment-app IDs
    ("link", regex.compile(
        r"(?:paypal\.me|paypal\.com/paypalme|wise\.com/pay|buy\.stripe\.com|checkout\.stripe\.com|venmo\.com"
        r"|cash\.app|revolut\.me|pay\.paypay\.ne\.jp|qr\.paypay\.ne\.jp|kyash\.me)/[^\s、。）)]{2,}")),
    ("app_id", regex.compile(
        r"(?:paypay|ペイペイ|kyash|line ?pay|ラインペイ|venmo|cash ?app|wise|revolut|binance ?pay)(?: ?id|のid|のユーザー名|の?アカウント)"
        r"[ :：は→=]{0,4}+@?[a-z0-9][a-z0-9._-]{2,}")),
    # an @handle right after the app's name (「LINE Pay: @kumo_pay」「Revolut @kumodesign」)
    ("app_id", regex.compile(
        r"(?:paypay|ペイペイ|kyash|line ?pay|ラインペイ|venmo|cash ?app|revolut)[ :：は→=]{1,4}+@[a-z0-9][a-z0-9._-]{2,}")),
)
# What each kind of pattern cannot match without (checked before the pattern runs)
_NEEDLES = {
    "bank": ("支店", "店番", "出張所", "営業部", "店", "本所", "支所"),
    "yucho": ("記号", "-"),
    "account": ("口座", "振込"),
    "crypto": ("bc1", "0x"),
    "crypto_named": ("btc", "bitcoin", "ビットコイン", "usdt", "trc20", "tron", "wallet", "ウォレット", "アドレス", "address",
                     "sol", "ソラナ", "xrp", "リップル"),
    "link": ("/",),
    "app_id": ("id", "ユーザー名", "アカウント", "@"),
}
_NEEDLE_RES = {kind: re.compile("|".join(map(re.escape, needles))) for kind, needles in _NEEDLES.items()}
_WRITTEN_RE = re.compile(r"[0-9.@]")  # every written-out detail has a digit, a dot or an @handle
_CHAIN_RE = regex.compile(r"btc|bitcoin|ビットコイン|usdt|trc20|tron|wallet|ウォレット|アドレス|address|sol|ソラナ|xrp|リップル")
_CHAIN_REACH = 40  # characters before the address where the chain is named
# A voucher offered as the price (「アマギフ5000円分でどうでしょう」「ギフト券3,000円分でいかがですか」):
# the amount sits between the card and で, so no lexicon term reaches it; a proposal ending must follow.
_VOUCHER_RE = regex.compile(
    r"(?:ギフト券|ギフトカード|アマギフ|itunesカード|google ?playカード|プリペイドカード|quoカード|クオカード|webmoney)"
    r"[ ]?(?:[0-9][0-9,]{2,8}|[0-9]{1,4}[万千])円分で(?:も)?[^\n。]{0,12}?(?:どう|いかが|いい|ok|可能|大丈夫|でき|もらえ|ませんか|譲って|売って|交換)")
SCORE_VOUCHER = 0.7
# A menu of outside ways to pay offered to choose from (「①銀行振込 ②PayPay ③Amazonギフト券 のどれが
# よろしいですか」「Paypal, Wise, or crypto? どれがいい？」): two or more ways no marketplace takes
# itself (bank transfer and cards are left out: a platform's own checkout lists them), and a choice.
_OUTSIDE_WAY_RE = re.compile(  # the stdlib engine: literal alternations, run on every message
    r"paypay|ペイペイ|paypal|ペイパル|wise|payoneer|line ?pay|ラインペイ|kyash|venmo|revolut|楽天ペイ|"
    r"ギフト券|アマギフ|ギフトカード|暗号資産|仮想通貨|ビットコイン|btc|usdt|crypto|現金手渡し|手渡し|現金書留|"
    r"western union|zelle|cash ?app")
_CHOICE_RE = re.compile(
    r"どれ|どちら|どっち|いずれ|お選び|選んで|選べ|選択|以下から|下記から|お好きな|which|pick|choose|options?|prefer|your choice|either|"
    r"whatever|whichever|any of")
_MENU_NEGATION_RE = regex.compile(
    r"使えません|利用できません|受け付けて(?:い|お)?(?:ません|ない)|不可|お断り|できません|禁止|規約|違反|ご注意|注意|詐欺|"
    r"won'?t|can'?t|cannot|don'?t|not accept|never|scam|against|キャンペーン|還元|お得|アンケート|比較|campaign|survey|integrat|"
    # the platform's own checkout listing the ways it takes (「サイトのお支払い方法はPayPayか…から選べます」)
    r"サイトの(?:お)?支払|アプリの(?:お)?支払|購入画面|決済画面|選択画面|取引画面")
SCORE_MENU = 0.75
# A payout said to be held, to be claimed through a contact outside the platform (「報酬 48,600円 が
# 保留中です。受け取りには下記のLINE公式アカウントを追加」): the platform's notice imitated to move
# the money elsewhere. The route must be a real outside one (a LINE account, a handle, a phone
# number or an e-mail address), not the platform's help page.
_HELD_RE = regex.compile(
    r"(?:報酬|売上金|売上|お支払い|支払い|入金|賞金|返金|出金)[^\n。]{0,30}?(?:保留|失効|凍結|差し止め|支払停止)")
_ROUTE_RE = regex.compile(
    r"line|ライン|公式アカウント|@[a-z0-9][a-z0-9._-]{2,}|[0-9]{2,4}-[0-9]{2,4}-[0-9]{3,4}|[a-z0-9._-]+@[a-z0-9-]+\.[a-z]")
_HELD_NEGATION_RE = regex.compile(r"詐欺|注意|なりすまし|偽物|偽の|フィッシング|騙|通報|運営に|scam|phishing|fake")
SCORE_HELD = 0.75
# …and the route is given with the notice, not anywhere in a long text: a guide that lists LINE IDs
# among what must not be written and later warns that 「売上金の支払いが保留されることもあります」 routes
# nothing (characters either side of the held payout; under longtext.MARGIN)
_HELD_REACH = 200
# …and it is a notice, not a rule's consequence told as what may happen (「悪質な場合は、売上金の支払いが
# 保留されることもあります」「凍結される場合があります」)
_HELD_MAY_RE = regex.compile(r"[^\n。、]{0,8}?(?:こと|場合|可能性|おそれ|恐れ)(?:も|が)(?:あり|ある|ござ)")
# Placeholders and the format as work: a template's 「○○銀行 ○○支店 普通 1234567」 is no account.
_TOPIC_RE = regex.compile(
    r"○|◯|〇〇|××|(?<![a-z0-9])xx++(?![a-z0-9])|ダミー|テンプレ|例[）)：:]|記入例|入力例|例えば|プレースホルダ|表記|フォーマット|入力欄|入力フォーム|"
    r"テスト用|動作確認|検証用|"
    r"バリデーション|チェック処理|正規表現|テストデータ|サンプルデータ|実装|仕様|翻訳|訳文|原文|dummy|example|sample data|"
    r"placeholder|template|validat|regex|test data|field|mock")
_LABELS = {
    "bank": ("銀行口座", "a bank account"),
    "yucho": ("ゆうちょ口座", "a postal-bank (ゆうちょ) account"),
    "account": ("口座番号", "an account number"),
    "crypto": ("暗号資産のアドレス", "a crypto wallet address"),
    "crypto_named": ("暗号資産のアドレス", "a crypto wallet address"),
    "link": ("送金リンク", "a payment link"),
    "app_id": ("決済アプリのID", "a payment-app ID"),
}


_HELD_WORDS = ("保留", "失効", "凍結", "差し止め", "支払停止")  # one of them is in every _HELD_RE match
_VOUCHER_WORD = "円分"  # in every _VOUCHER_RE match


def may_find(text: str) -> bool:
    """The cheap tests find_details returns on, for the gate's second stage (precheck.py): a
    written detail needs a digit, a dot or an @ and its kind's needle; a menu an outside way and a
    choice word; a voucher its amount; a held payout its word."""
    if _WRITTEN_RE.search(text) is not None and any(_NEEDLE_RES[kind].search(text) for kind, _p in _PATTERNS):
        return True
    if _OUTSIDE_WAY_RE.search(text) is not None and _CHOICE_RE.search(text) is not None:
        return True
    return _VOUCHER_WORD in text or any(w in text for w in _HELD_WORDS)


def find_details(view: NormalizedText) -> list[Finding]:
    """Payment details written out in ``view``: one finding per line that gives one."""
    text = view.text
    out: list[Finding] = []
    done: set[int] = set()
    written = _WRITTEN_RE.search(text) is not None
    for kind, pattern in _PATTERNS if written else ():
        if not _NEEDLE_RES[kind].search(text):
            continue  # a literal test (stdlib engine) is far cheaper than the pattern
        for m in pattern.finditer(text):
            line_start = text.rfind("\n", 0, m.start()) + 1
            if line_start in done:
                continue
            if kind == "crypto_named" and not _CHAIN_RE.search(text, max(0, m.start() - _CHAIN_REACH), m.start()):
                continue
            line_end = text.find("\n", m.end())
            line_end = len(text) if line_end < 0 else line_end
            # the sentence and the line before it (「振込先のダミー表記「…」は」 may come first)
            context_start = text.rfind("\n", 0, max(0, line_start - 1)) + 1
            if _TOPIC_RE.search(text, context_start, line_end):
                continue
            done.add(line_start)
            ja, en = _LABELS[kind]
            out.append(Finding.at(view, PAYMENT, m.start(), m.end(), None, SCORE_GIVEN,
                                  f"外部での支払い・直接取引の誘い: {ja}が書かれています。",
                                  f"Off-platform payment: gives {en}."))
    ways = {m.group().replace(" ", "") for m in _OUTSIDE_WAY_RE.finditer(text)}
    if len(ways) >= 2 and _CHOICE_RE.search(text) and not _MENU_NEGATION_RE.search(text) and not _TOPIC_RE.search(text):
        first = _OUTSIDE_WAY_RE.search(text)
        last = list(_OUTSIDE_WAY_RE.finditer(text))[-1]
        out.append(Finding.at(view, PAYMENT, first.start(), last.end(), None, SCORE_MENU,
                              "外部での支払い・直接取引の誘い: サイト外の支払い方法を選択肢として示しています。",
                              "Off-platform payment: offers a menu of outside payment methods."))
    held = None
    if any(w in text for w in _HELD_WORDS):
        held = next((m for m in _HELD_RE.finditer(text) if _HELD_MAY_RE.match(text, m.end()) is None), None)
    if held and _ROUTE_RE.search(text, max(0, held.start() - _HELD_REACH), held.end() + _HELD_REACH) and not _HELD_NEGATION_RE.search(text):
        out.append(Finding.at(view, PAYMENT, held.start(), held.end(), None, SCORE_HELD,
                              "外部での支払い・直接取引の誘い: 保留中の報酬をサイト外の連絡先で受け取らせようとしています。",
                              "Off-platform payment: a held payout to be claimed through an outside contact."))
    for m in _VOUCHER_RE.finditer(text) if _VOUCHER_WORD in text else ():
        out.append(Finding.at(view, PAYMENT, m.start(), m.end(), None, SCORE_VOUCHER,
                              "外部での支払い・直接取引の誘い: ギフト券での支払いの提案です。",
                              "Off-platform payment: proposes to pay with a gift card."))
    return out
