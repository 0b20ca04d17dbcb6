"""A pre-send hook for a chat back end: block the message, deliver it with a warning, or pass it.

Two front ends over one function:

* ``pre_send(text, room=..., sender=..., stage=...)`` — call it from your own message handler;
* a minimal web handler for back ends in other languages: ``python examples/presend_hook.py
  [--port 8788]`` serves ``POST /presend`` with the standard library (``http.server``); if
  Starlette is installed, ``starlette_app()`` gives the same endpoint as an ASGI app.

Request body (JSON)::

    {"room": "r-1", "sender": "u-42", "text": "...", "stage": "contracted", "completed_deals": 0,
     "lang": "ja"}

Response: ``{"deliver": bool, "action": "allow|warn|block", "notice": str|null, "report": {...}}``
where ``notice`` is the paragraph to show the sender (``Report.explain``) and ``report`` carries
categories, positions and scores but never the personal data itself.
"""
from __future__ import annotations

import argparse
import json
from dataclasses import dataclass, field
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import leakguard
from leakguard import Action, Context, Guard

MAX_BODY_BYTES = 64 * 1024


@dataclass(frozen=True)
class HookDecision:
    deliver: bool                 # hand the message to the recipient?
    action: str                   # allow | warn | block
    notice: str | None            # shown to the sender on warn and block
    report: dict[str, Any] = field(repr=False)

    def to_dict(self) -> dict[str, Any]:
        return {"deliver": self.deliver, "action": self.action, "notice": self.notice, "report": self.report}


def pre_send(text: str, *, room: str, sender: str, guard: Guard, stage: str | None = None,
             completed_deals: int = 0, lang: str = "ja") -> HookDecision:
    """Decide what happens to one outgoing message. ``(room, sender)`` keys the guard's memory,
    so parts of an identifier sent one by one are caught and two people's parts never mix."""
    if lang not in ("ja", "en"):
        raise ValueError(f"unknown language {lang!r}: expected 'ja' or 'en'")
    context = None if stage is None else Context(stage=stage, completed_deals=completed_deals)
    report = guard.check(text, context=context, conversation=(room, sender))
    payload = report.to_dict(hide_values=True)
    if report.action == Action.BLOCK:
        return HookDecision(False, "block", report.explain(lang), payload)
    if report.action == Action.WARN:
        return HookDecision(True, "warn", report.explain(lang), payload)
    return HookDecision(True, "allow", None, payload)


class BadRequest(ValueError):
    def __init__(self, status: HTTPStatus, message: str):
        super().__init__(message)
        self.status = status


def decide_json(body: bytes, content_type: str | None, guard: Guard) -> HookDecision:
    """Parse and validate one request body; raises BadRequest with the status to answer."""
    if (content_type or "").split(";")[0].strip().lower() != "application/json":
        raise BadRequest(HTTPStatus.UNSUPPORTED_MEDIA_TYPE, "expected Content-Type: application/json")
    if len(body) > MAX_BODY_BYTES:
        raise BadRequest(HTTPStatus.REQUEST_ENTITY_TOO_LARGE, f"body over {MAX_BODY_BYTES} bytes")
    try:
        data = json.loads(body.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        raise BadRequest(HTTPStatus.BAD_REQUEST, "body is not UTF-8 JSON") from None
    if not isinstance(data, dict):
        raise BadRequest(HTTPStatus.BAD_REQUEST, "body must be a JSON object")
    for key in ("room", "sender", "text"):
        if not isinstance(data.get(key), str):
            raise BadRequest(HTTPStatus.BAD_REQUEST, f"'{key}' must be a string")
    completed = data.get("completed_deals", 0)
    if isinstance(completed, bool) or not isinstance(completed, int):
        raise BadRequest(HTTPStatus.BAD_REQUEST, "'completed_deals' must be an integer")
    try:
        return pre_send(data["text"], room=data["room"], sender=data["sender"], guard=guard,
                        stage=data.get("stage"), completed_deals=completed, lang=data.get("lang", "ja"))
    except (TypeError, ValueError) as exc:  # unknown stage or language: the message names it
        raise BadRequest(HTTPStatus.BAD_REQUEST, str(exc)) from None


def make_handler(guard: Guard) -> type[BaseHTTPRequestHandler]:
    """A stdlib request handler class bound to ``guard`` (one guard for all requests)."""

    class PreSendHandler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:  # noqa: N802 (http.server's naming)
            if self.path != "/presend":
                self._reply(HTTPStatus.NOT_FOUND, {"error": "not found"})
                return
            try:
                length = int(self.headers.get("Content-Length") or 0)
            except ValueError:
                length = -1
            if length < 0 or length > MAX_BODY_BYTES:
                self._reply(HTTPStatus.REQUEST_ENTITY_TOO_LARGE if length > 0 else HTTPStatus.BAD_REQUEST,
                            {"error": "missing, bad or too large Content-Length"})
                return
            body = self.rfile.read(length)
            try:
                decision = decide_json(body, self.headers.get("Content-Type"), guard)
            except BadRequest as exc:
                self._reply(exc.status, {"error": str(exc)})
                return
            self._reply(HTTPStatus.OK, decision.to_dict())

        def _reply(self, status: HTTPStatus, payload: dict[str, Any]) -> None:
            data = json.dumps(payload, ensure_ascii=False).encode("utf-8")
            self.send_response(status)
            self.send_header("Content-Type", "application/json; charset=utf-8")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def log_message(self, format: str, *args: Any) -> None:  # noqa: A002
            pass  # the default logs request lines to stderr; keep message traffic out of logs

    return PreSendHandler


def starlette_app(guard: Guard):
    """The same endpoint as an ASGI app, when Starlette is installed (``pip install starlette``)."""
    from starlette.applications import Starlette
    from starlette.requests import Request
    from starlette.responses import JSONResponse
    from starlette.routing import Route

    async def presend(request: Request) -> JSONResponse:
        body = await request.body()
        try:
            decision = decide_json(body, request.headers.get("content-type"), guard)
        except BadRequest as exc:
            return JSONResponse({"error": str(exc)}, status_code=int(exc.status))
        return JSONResponse(decision.to_dict())

    return Starlette(routes=[Route("/presend", presend, methods=["POST"])])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="leakguard pre-send hook (example)")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8788)
    parser.add_argument("--policy", help="a policy TOML file (default: the escrow_gated preset)")
    args = parser.parse_args(argv)
    guard = Guard(leakguard.Policy.from_toml(args.policy) if args.policy else None)
    server = ThreadingHTTPServer((args.host, args.port), make_handler(guard))
    print(f"POST http://{args.host}:{server.server_address[1]}/presend")
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
