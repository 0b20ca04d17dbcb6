"""Explanations for the person sending: what was found (masked), why it is risky, what to do.

Kept out of ``model.py`` so the result types stay small; ``Report.explain()`` calls
:func:`explain`. The wording is neutral and names no platform: the same text serves every
marketplace that uses leakguard.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from .model import EMAIL, EXTERNAL, LINE_ID, PAYMENT, PHONE, Action

if TYPE_CHECKING:
    from .model import Finding, Report

_LABELS = {
    "ja": {PHONE: "電話番号", EMAIL: "メールアドレス", LINE_ID: "LINE ID", EXTERNAL: "外部の連絡手段",
           PAYMENT: "サービス外での支払いや取引の提案"},
    "en": {PHONE: "a phone number", EMAIL: "an e-mail address", LINE_ID: "a LINE ID",
           EXTERNAL: "an outside contact channel", PAYMENT: "a proposal to pay or deal outside the service"},
}
_CHANNELS = {
    "line": "LINE", "chatwork": "Chatwork", "skype": "Skype", "discord": "Discord", "slack": "Slack",
    "telegram": "Telegram", "whatsapp": "WhatsApp", "signal": "Signal", "instagram": "Instagram",
    "x": "X", "facebook": "Facebook", "zoom": "Zoom", "google_meet": "Google Meet", "teams": "Teams",
    "kakao": "KakaoTalk", "wechat": "WeChat",
}
_CHANNEL_WORDS = {"ja": {"email": "メール", "phone": "電話"}, "en": {"email": "e-mail", "phone": "phone"}}
_MAX_ITEMS = 3

_TEXT = {
    "ja": {
        "none": "このメッセージに、連絡先や外部での取引につながる内容は見つかりませんでした。",
        "found": "このメッセージには{items}が含まれています。",
        "more": "など",
        "sep": "、",
        Action.BLOCK: "このままでは送信できません。",
        Action.WARN: "送信する前に、内容をもう一度ご確認ください。",
        Action.ALLOW: "現在の取引の段階では、このまま送信できます。",
        "contact": "個人の連絡先を渡してやり取りをサービスの外に移すと、トラブルや詐欺にあったときにメッセージの記録やサポートによる保護を受けられなくなるおそれがあります。",
        "payment": "サービスを通さない支払いには仮払い（エスクロー）の保護がなく、代金が支払われない・返ってこないといった被害を取り戻せないおそれがあります。",
        "instead": "取引の段階で認められるまでは、連絡はこのメッセージ機能で、支払いはサービスの決済機能で行ってください。",
    },
    "en": {
        "none": "Nothing in this message points to contact details or a deal outside the service.",
        "found": "This message contains {items}.",
        "more": " and more",
        "sep": ", ",
        Action.BLOCK: "It cannot be sent as it is.",
        Action.WARN: "Please check it once more before sending.",
        Action.ALLOW: "At the current stage of the deal it can be sent as it is.",
        "contact": "Moving the conversation off the service with personal contact details means that, if something goes wrong or turns out to be a scam, there is no message record or support to protect either side.",
        "payment": "A payment made outside the service has no escrow protection, so money that is never paid or never refunded may not be recovered.",
        "instead": "Until the deal allows otherwise, keep the conversation in these messages and the payment in the service's own checkout.",
    },
}


def mask_value(finding: "Finding") -> str:
    """A finding's value with enough hidden that the explanation does not repeat the secret."""
    value = finding.value or finding.text or ""
    if finding.category == EXTERNAL:
        return _CHANNELS.get(value.lower(), "")
    if finding.category == PAYMENT:
        return ""
    if finding.category == PHONE:
        digits = value
        if digits.startswith("+81"):
            digits = "0" + digits[3:]
        return _mask_middle(digits, keep_start=3, keep_end=2)
    if finding.category == EMAIL and "@" in value:
        local, _, domain = value.rpartition("@")
        return f"{local[:1]}***@{domain}"
    if "://" in value:
        scheme, _, rest = value.partition("://")
        host = rest.split("/", 1)[0]
        return f"{host}/…"
    return _mask_middle(value, keep_start=2 if value.startswith("@") else 1, keep_end=0)


def _mask_middle(value: str, *, keep_start: int, keep_end: int) -> str:
    if len(value) <= keep_start + keep_end + 1:
        return value[:1] + "*" * max(0, len(value) - 1)
    end = value[len(value) - keep_end:] if keep_end else ""
    return value[:keep_start] + "*" * (len(value) - keep_start - keep_end) + end


def _item(finding: "Finding", lang: str) -> str:
    label = _LABELS[lang][finding.category] if finding.category in _LABELS[lang] else finding.category
    if finding.category == EXTERNAL and finding.value in _CHANNEL_WORDS[lang]:
        shown = _CHANNEL_WORDS[lang][finding.value]
    else:
        shown = mask_value(finding)
    if not shown:
        return label
    return f"{label}（{shown}）" if lang == "ja" else f"{label} ({shown})"


def explain(report: "Report", lang: str = "ja") -> str:
    """One short paragraph for the sender, in Japanese (``ja``) or English (``en``)."""
    if lang not in _TEXT:
        raise ValueError(f"unknown language {lang!r}: expected 'ja' or 'en'")
    text = _TEXT[lang]
    if not report.findings:
        return text["none"]
    items: list[str] = []
    for finding in report.findings:
        item = _item(finding, lang)
        if item not in items:
            items.append(item)
    shown = text["sep"].join(items[:_MAX_ITEMS]) + (text["more"] if len(items) > _MAX_ITEMS else "")
    if lang == "en" and len(items) in (2, 3) and len(items) <= _MAX_ITEMS:
        shown = ", ".join(items[:-1]) + " and " + items[-1]
    sentences = [text["found"].format(items=shown), text[report.action]]
    categories = report.categories
    if categories & {PHONE, EMAIL, LINE_ID, EXTERNAL}:
        sentences.append(text["contact"])
    if PAYMENT in categories:
        sentences.append(text["payment"])
    if report.action != Action.ALLOW:
        sentences.append(text["instead"])
    return ("" if lang == "ja" else " ").join(sentences)
