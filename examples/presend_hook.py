"""A pre-send hook for a chat back end: a thin client of ``leakguard serve`` (standard library only).

    python -m leakguard serve &                          # the service, http://127.0.0.1:8787
    python examples/presend_hook.py --room r-1 --sender u-42 --stage contracted "090-1234-5678まで"

``pre_send()`` sends the message to ``POST /v1/check`` in the service's own contract
(docs/service.md, ``GET /openapi.json``) and turns the verdict into what a chat back end does:
block the message, deliver it with a notice, or pass it. The room and the sender form the
``conversation`` key, so parts of an identifier sent one by one are caught and two people's parts
never mix. It asks for ``hide_values`` (the decision carries categories, positions and reasons,
never the personal data) and for ``explain`` (the notice shown to the sender).

When the service cannot answer (down, timed out, 503), the hook does not guess a verdict: it
applies ``on_error`` ("warn" by default: deliver, with a notice that the check did not run).
A request the service rejects (400, 401, 413...) raises :class:`ServiceError`: that is a bug or a
misconfiguration to fix, not a message to deliver.
"""
from __future__ import annotations

import argparse
import json
import os
import sys
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from typing import Any

DEFAULT_URL = "http://127.0.0.1:8787"
_UNCHECKED = {"ja": "このメッセージは確認できませんでした。しばらくしてからもう一度お試しください。",
              "en": "This message could not be checked. Please try again in a moment."}


@dataclass(frozen=True)
class HookDecision:
    deliver: bool                 # hand the message to the recipient?
    action: str                   # allow | warn | block
    notice: str | None            # shown to the sender on warn and block
    report: dict[str, Any] = field(repr=False)  # the service's report, values hidden; {} when unchecked
    checked: bool = True          # False when the service could not answer and on_error decided

    def to_dict(self) -> dict[str, Any]:
        return {"deliver": self.deliver, "action": self.action, "notice": self.notice, "report": self.report,
                "checked": self.checked}


class ServiceError(Exception):
    """The service refused the request: ``status`` and the service's error ``code`` and ``message``."""

    def __init__(self, status: int, code: str, message: str):
        super().__init__(f"leakguard service: HTTP {status} {code}: {message}")
        self.status, self.code, self.message = status, code, message


@dataclass(frozen=True)
class Service:
    """Where the service is: ``url``, an optional bearer ``token``, a per-request ``timeout`` (s)."""

    url: str = DEFAULT_URL
    token: str | None = None
    timeout: float = 5.0

    def check(self, body: dict[str, Any]) -> dict[str, Any]:
        """POST ``body`` to /v1/check; the report, or ServiceError with the service's error."""
        headers = {"Content-Type": "application/json"}
        if self.token:
            headers["Authorization"] = f"Bearer {self.token}"
        request = urllib.request.Request(self.url.rstrip("/") + "/v1/check", method="POST", headers=headers,
                                         data=json.dumps(body, ensure_ascii=False).encode("utf-8"))
        try:
            with urllib.request.urlopen(request, timeout=self.timeout) as response:
                return json.loads(response.read())
        except urllib.error.HTTPError as err:
            with err:
                try:
                    detail = json.loads(err.read())["error"]
                    code, message = detail["code"], detail["message"]
                except (ValueError, KeyError, TypeError):
                    code, message = "http_error", err.reason
            raise ServiceError(err.code, code, message) from None


def pre_send(service: Service, text: str, *, room: str, sender: str, stage: str | None = None,
             completed_deals: int = 0, lang: str = "ja", on_error: str = "warn") -> HookDecision:
    """Decide what happens to one outgoing message (see the module docstring)."""
    if lang not in ("ja", "en"):
        raise ValueError(f"unknown language {lang!r}: expected 'ja' or 'en'")
    if on_error not in ("allow", "warn", "block"):
        raise ValueError(f"unknown on_error {on_error!r}: expected 'allow', 'warn' or 'block'")
    body: dict[str, Any] = {"text": text, "conversation": json.dumps([room, sender], ensure_ascii=False),
                            "explain": lang, "hide_values": True}
    if stage is not None:
        body["context"] = {"stage": stage, "completed_deals": completed_deals}
    try:
        report = service.check(body)
    except ServiceError as exc:
        if exc.status != 503:  # 503: timed out or busy; anything else is the caller's to fix
            raise
        return _unchecked(on_error, lang)
    except OSError:  # refused, reset, timed out (URLError is an OSError)
        return _unchecked(on_error, lang)
    action = report["action"]
    notice = None if action == "allow" else report["explain"]
    return HookDecision(action != "block", action, notice, report)


def _unchecked(on_error: str, lang: str) -> HookDecision:
    return HookDecision(on_error != "block", on_error, None if on_error == "allow" else _UNCHECKED[lang], {},
                        checked=False)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="leakguard pre-send hook (example): exit 0 deliver, 1 deliver "
                                                 "with a notice, 2 block, 3 error")
    parser.add_argument("text")
    parser.add_argument("--room", required=True)
    parser.add_argument("--sender", required=True)
    parser.add_argument("--stage", default=None)
    parser.add_argument("--completed-deals", type=int, default=0)
    parser.add_argument("--lang", default="ja", choices=("ja", "en"))
    parser.add_argument("--url", default=os.environ.get("LEAKGUARD_URL", DEFAULT_URL))
    args = parser.parse_args(argv)
    service = Service(args.url, os.environ.get("LEAKGUARD_TOKEN") or None)
    try:
        decision = pre_send(service, args.text, room=args.room, sender=args.sender, stage=args.stage,
                            completed_deals=args.completed_deals, lang=args.lang)
    except (ServiceError, ValueError) as exc:
        print(exc, file=sys.stderr)
        return 3
    print(json.dumps(decision.to_dict(), ensure_ascii=False))
    return {"allow": 0, "warn": 1, "block": 2}[decision.action]


if __name__ == "__main__":
    raise SystemExit(main())
