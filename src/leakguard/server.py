"""The HTTP pre-send service: ``python -m leakguard serve [--host 127.0.0.1] [--port 8787]``.

For apps not written in Python. Starlette + uvicorn (``pip install 'leakguard[server]'``).

- ``POST /v1/check`` ``{"text": str, "context": {...} | "stage" | null, "conversation": str | null}``
  → ``Report.to_dict()``: ``{"score", "action", "findings": [...]}``.
- ``POST /v1/check-batch`` ``{"messages": [<check body>, ...]}`` → ``{"results": [<report>, ...]}``,
  in order (messages of one conversation are checked in the order given).
- ``GET /healthz`` → ``{"status": "ok", "version": ...}`` (no token needed).

Every check goes through one :class:`leakguard.Guard`, so a ``conversation`` key (one room AND
one sender, e.g. ``"room-42:user-7"``) lets it see an identifier split over several messages.
Its memory is per process: run one process per port (scale out behind a balancer that keeps a
conversation on one instance). Errors are JSON ``{"error": {"code", "message"}}`` with the
right status: 400 malformed, 401 missing/wrong token, 404, 405, 413 too large, 415 not JSON.
The service never logs message text (uvicorn's access log, off by default, logs paths only).
"""
from __future__ import annotations

import argparse
import hmac
import ipaddress
import json
import sys
from typing import Any, Mapping, TextIO

MAX_BODY_BYTES = 1024 * 1024
MAX_BATCH = 1000
MAX_CONVERSATION_CHARS = 256
_CHECK_KEYS = frozenset({"text", "context", "conversation"})


class ApiError(Exception):
    def __init__(self, status: int, code: str, message: str):
        super().__init__(message)
        self.status, self.code, self.message = status, code, message


def _json_bytes(data: Any) -> bytes:
    try:
        return json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    except UnicodeEncodeError:  # lone surrogates from \ud800-style escapes in the request
        return json.dumps(data, ensure_ascii=True, separators=(",", ":")).encode("ascii")


def create_app(*, policy=None, token: str | None = None, max_body_bytes: int = MAX_BODY_BYTES,
               max_batch: int = MAX_BATCH, guard=None):
    """The ASGI app. ``guard``: a :class:`leakguard.Guard` to share (default: one built from ``policy``)."""
    from starlette.applications import Starlette
    from starlette.concurrency import run_in_threadpool
    from starlette.exceptions import HTTPException
    from starlette.requests import Request
    from starlette.responses import Response
    from starlette.routing import Route

    from . import __version__
    from .context import Context
    from .guard import Guard

    guard = guard if guard is not None else Guard(policy)
    expected = f"Bearer {token}".encode() if token else None

    def respond(data: Any, status: int = 200, headers: Mapping[str, str] | None = None) -> Response:
        return Response(_json_bytes(data), status_code=status, media_type="application/json", headers=headers)

    def error(status: int, code: str, message: str) -> Response:
        headers = {"WWW-Authenticate": 'Bearer realm="leakguard"'} if status == 401 else None
        return respond({"error": {"code": code, "message": message}}, status, headers)

    def authorize(request: Request) -> None:
        if expected is None:
            return
        given = request.headers.get("authorization", "").encode("latin-1", "replace")
        if not hmac.compare_digest(given, expected):
            raise ApiError(401, "unauthorized", "a valid 'Authorization: Bearer <token>' header is required")

    async def read_json(request: Request) -> Any:
        media_type = request.headers.get("content-type", "").split(";")[0].strip().lower()
        if media_type != "application/json":
            raise ApiError(415, "unsupported_media_type", "send the body as 'Content-Type: application/json'")
        declared = request.headers.get("content-length")
        if declared is not None:
            if not declared.isdigit():
                raise ApiError(400, "malformed", "invalid Content-Length")
            if int(declared) > max_body_bytes:
                raise ApiError(413, "too_large", f"the body is over the limit of {max_body_bytes} bytes")
        body = bytearray()
        async for chunk in request.stream():
            body += chunk
            if len(body) > max_body_bytes:
                raise ApiError(413, "too_large", f"the body is over the limit of {max_body_bytes} bytes")
        try:
            return json.loads(bytes(body))
        except (ValueError, RecursionError) as exc:
            raise ApiError(400, "malformed", f"the body is not valid JSON: {type(exc).__name__}") from None

    def parse_check(data: Any, where: str) -> tuple[str, Any, str | None]:
        if not isinstance(data, dict):
            raise ApiError(400, "malformed", f"{where}: expected a JSON object")
        unknown = set(data) - _CHECK_KEYS
        if unknown:
            raise ApiError(400, "malformed", f"{where}: unknown field(s): {', '.join(sorted(unknown))[:200]}")
        text = data.get("text")
        if not isinstance(text, str):
            raise ApiError(400, "malformed", f"{where}.text: expected a string")
        try:
            context = Context.coerce(data.get("context"))
        except (TypeError, ValueError) as exc:
            raise ApiError(400, "malformed", f"{where}.context: {exc}") from None
        conversation = data.get("conversation")
        if conversation is not None and (not isinstance(conversation, str) or len(conversation) > MAX_CONVERSATION_CHARS):
            raise ApiError(400, "malformed", f"{where}.conversation: expected a string of at most "
                                             f"{MAX_CONVERSATION_CHARS} characters naming one room and one sender")
        return text, context, conversation

    def check_one(text: str, context, conversation) -> dict[str, Any]:
        return guard.check(text, context=context, conversation=conversation).to_dict()

    async def healthz(request: Request) -> Response:
        return respond({"status": "ok", "version": __version__})

    async def check(request: Request) -> Response:
        try:
            authorize(request)
            text, context, conversation = parse_check(await read_json(request), "body")
            return respond(check_one(text, context, conversation))
        except ApiError as exc:
            return error(exc.status, exc.code, exc.message)

    async def check_batch(request: Request) -> Response:
        try:
            authorize(request)
            data = await read_json(request)
            if not isinstance(data, dict) or set(data) != {"messages"} or not isinstance(data["messages"], list):
                raise ApiError(400, "malformed", 'expected {"messages": [{"text": ...}, ...]}')
            messages = data["messages"]
            if len(messages) > max_batch:
                raise ApiError(413, "too_large", f"{len(messages)} messages; at most {max_batch} per request")
            parsed = [parse_check(m, f"messages[{i}]") for i, m in enumerate(messages)]
            # A big batch is seconds of CPU: off the event loop, so /healthz still answers.
            results = await run_in_threadpool(lambda: [check_one(*p) for p in parsed])
            return respond({"results": results})
        except ApiError as exc:
            return error(exc.status, exc.code, exc.message)

    async def http_error(request: Request, exc: HTTPException) -> Response:
        codes = {404: "not_found", 405: "method_not_allowed"}
        return error(exc.status_code, codes.get(exc.status_code, "http_error"), exc.detail or "error")

    async def internal_error(request: Request, exc: Exception) -> Response:
        return error(500, "internal", "internal error")

    routes = [
        Route("/healthz", healthz, methods=["GET"]),
        Route("/v1/check", check, methods=["POST"]),
        Route("/v1/check-batch", check_batch, methods=["POST"]),
    ]
    return Starlette(routes=routes, exception_handlers={HTTPException: http_error, Exception: internal_error})


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="leakguard serve", description="HTTP pre-send service (see README).")
    parser.add_argument("--host", default="127.0.0.1", help="address to bind (default: loopback only)")
    parser.add_argument("--port", type=int, default=8787)
    parser.add_argument("--token-file", default=None, metavar="FILE",
                        help="require 'Authorization: Bearer <token>' with the token in this file")
    parser.add_argument("--policy", default=None, metavar="FILE", help="a policy TOML file or a preset name")
    parser.add_argument("--max-body-bytes", type=int, default=MAX_BODY_BYTES)
    parser.add_argument("--max-batch", type=int, default=MAX_BATCH)
    parser.add_argument("--keep-alive", type=float, default=15.0, metavar="SECONDS",
                        help="idle keep-alive timeout; longer than clients' pool expiry (httpx 5 s, Node 4 s) "
                             "so a client never reuses a connection the server is closing")
    parser.add_argument("--access-log", action="store_true", help="log each request line (never bodies)")
    parser.add_argument("--log-level", default="warning", choices=("critical", "error", "warning", "info", "debug"))
    return parser


def read_token(path: str) -> str:
    with open(path, encoding="utf-8") as handle:
        token = handle.read().strip()
    if not token or any(ch.isspace() for ch in token) or not token.isprintable():
        raise ValueError(f"{path}: the token must be one line of printable characters without spaces")
    return token


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def serve_main(argv: list[str], *, stderr: TextIO | None = None) -> int:
    err = stderr or sys.stderr
    args = build_parser().parse_args(argv)
    try:
        import starlette.applications  # noqa: F401
        import uvicorn
    except ImportError:
        print("leakguard: the server needs Starlette and uvicorn: pip install 'leakguard[server]'", file=err)
        return 2
    from .cli import _load_policy
    from .policy import PolicyError

    token = None
    if args.token_file:
        try:
            token = read_token(args.token_file)
        except (OSError, ValueError) as exc:
            print(f"leakguard: cannot use the token file: {exc}", file=err)
            return 2
    try:
        policy = _load_policy(args.policy)
    except PolicyError as exc:
        print(f"leakguard: {exc}", file=err)
        return 2
    if not _is_loopback(args.host) and token is None:
        print(f"leakguard: warning: serving on {args.host} without --token-file: anyone who can reach "
              f"this port can use the service", file=err)
    app = create_app(policy=policy, token=token, max_body_bytes=args.max_body_bytes, max_batch=args.max_batch)

    print(f"leakguard: serving on http://{args.host}:{args.port} "
          f"({'bearer token required' if token else 'no token'})", file=err, flush=True)
    uvicorn.run(app, host=args.host, port=args.port, log_level=args.log_level, access_log=args.access_log,
                server_header=False, timeout_keep_alive=args.keep_alive)
    return 0
