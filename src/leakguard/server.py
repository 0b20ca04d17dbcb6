"""The HTTP pre-send service: ``python -m leakguard serve [--host 127.0.0.1] [--port 8787]``.

For apps not written in Python. Starlette + uvicorn (``pip install 'leakguard-ja[server]'``).
docs/service.md is the reference; ``GET /openapi.json`` is the contract as OpenAPI 3.1.

- ``POST /v1/check`` ``{"text": str, "context": {...} | "stage" | null, "conversation": str | null,
  "explain": "ja" | "en" | null, "hide_values": bool}`` → ``{"score", "action", "findings": [...]}``
  (``Report.to_dict()``), plus ``"explain"`` (the paragraph for the sender) when asked for.
- ``POST /v1/check-batch`` ``{"messages": [<check body>, ...]}`` → ``{"results": [<report>, ...]}``,
  in order (messages of one conversation are checked in the order given).
- ``GET /healthz`` → ``{"status": "ok", "version": ...}``; ``GET /openapi.json``; ``GET /metrics``.

Every check goes through one :class:`leakguard.Guard`, so a ``conversation`` key (one room AND
one sender, e.g. ``"room-42:user-7"``) lets it see an identifier split over several messages.
Its memory is per process: run one process per port (scale out behind a balancer that keeps a
conversation on one instance). Checks run on a small thread pool, never on the event loop, each
request within a time budget. Errors are JSON ``{"error": {"code", "message"}}``; a message
quotes at most a short prefix of what the client sent. The service never logs message text.
"""
from __future__ import annotations

import argparse
import asyncio
import hmac
import ipaddress
import json
import logging
import sys
from concurrent.futures import ThreadPoolExecutor
from contextlib import asynccontextmanager
from dataclasses import dataclass
from typing import Any, Callable, Mapping, TextIO

MAX_BODY_BYTES = 1024 * 1024
MAX_TEXT_CHARS = 100_000
MAX_BATCH = 1000
MAX_CONVERSATION_CHARS = 256
SCAN_TIMEOUT = 10.0
SCAN_THREADS = 4
BODY_TIMEOUT = 30.0
CHECK_FIELDS = ("text", "context", "conversation", "explain", "hide_values")
LANGS = ("ja", "en")
_ECHO_CHARS = 40   # of one client-sent name or value quoted back in an error
_MESSAGE_CHARS = 400

log = logging.getLogger("uvicorn.error")


class ApiError(Exception):
    def __init__(self, status: int, code: str, message: str):
        super().__init__(message)
        self.status, self.code, self.message = status, code, message


class _ClientGone(Exception):
    """The client closed the connection before its body arrived: there is nobody to answer."""


@dataclass(frozen=True)
class _Check:
    text: str
    context: Any
    conversation: str | None
    explain: str | None
    hide_values: bool


def _json_bytes(data: Any) -> bytes:
    try:
        return json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    except UnicodeEncodeError:  # lone surrogates from \ud800-style escapes in the request
        return json.dumps(data, ensure_ascii=True, separators=(",", ":")).encode("ascii")


def _clip(value: object, limit: int = _ECHO_CHARS) -> str:
    """At most ``limit`` characters of something the client sent, marked when cut."""
    text = str(value)
    return text if len(text) <= limit else text[:limit] + f"… ({len(text)} characters)"


def _json_type(value: Any) -> str:
    if value is None:
        return "null"
    return {bool: "a boolean", int: "a number", float: "a number", str: "a string", list: "an array",
            dict: "an object"}.get(type(value), type(value).__name__)


def _unknown_fields(names: list[str]) -> str:
    shown = ", ".join(repr(_clip(n)) for n in names[:5])
    return shown + (f" and {len(names) - 5} more" if len(names) > 5 else "")


def seconds(**values: object) -> None:
    """Each value a number of seconds > 0: TypeError for another type, ValueError for <= 0."""
    for name, value in values.items():
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise TypeError(f"{name} must be a number of seconds, got {type(value).__name__}")
        if not value > 0:
            raise ValueError(f"{name} must be > 0 seconds, got {value!r}")


def positive_ints(**values: object) -> None:
    """Each value an int >= 1: TypeError for another type, ValueError below 1."""
    for name, value in values.items():
        if isinstance(value, bool) or not isinstance(value, int):
            raise TypeError(f"{name} must be an int, got {type(value).__name__}")
        if value < 1:
            raise ValueError(f"{name} must be >= 1, got {value!r}")


def media_type(request: Any) -> str:
    """The request's Content-Type without parameters, lower-case ("" when absent)."""
    return request.headers.get("content-type", "").split(";")[0].strip().lower()


async def read_body(request: Any, limit: int, timeout: float, what: str = "the body") -> bytes:
    """The request's body: 413 over ``limit`` bytes, 408 when it takes over ``timeout`` s,
    :class:`_ClientGone` when the client closes the connection first."""
    from starlette.requests import ClientDisconnect

    async def read() -> bytes:
        body = bytearray()
        async for chunk in request.stream():
            body += chunk
            if len(body) > limit:
                raise ApiError(413, "too_large", f"{what} is over the limit of {limit} bytes")
        return bytes(body)

    try:
        return await asyncio.wait_for(read(), timeout)
    except asyncio.TimeoutError:
        raise ApiError(408, "timeout", f"the body did not arrive within {timeout:g} s") from None
    except ClientDisconnect:
        raise _ClientGone from None


async def in_budget(executor: Any, timeout: float, metrics: Any, fn: Callable[..., Any], *args: Any,
                    late: str) -> Any:
    """``fn(*args)`` on ``executor`` within ``timeout`` s, else 503 with the message ``late``. A
    thread cannot be stopped: on timeout the client gets its answer at the budget and the thread
    finishes its work; the pool's size bounds how many such leftovers run at once."""
    future = asyncio.get_running_loop().run_in_executor(executor, fn, *args)
    try:
        return await asyncio.wait_for(asyncio.shield(future), timeout)
    except asyncio.TimeoutError:
        metrics.timed_out()
        raise ApiError(503, "timeout", late) from None


def create_app(*, policy=None, token: str | None = None, max_body_bytes: int = MAX_BODY_BYTES,
               max_batch: int = MAX_BATCH, guard=None, max_text_chars: int = MAX_TEXT_CHARS,
               scan_timeout: float = SCAN_TIMEOUT, scan_threads: int = SCAN_THREADS,
               body_timeout: float = BODY_TIMEOUT, hide_values: bool = False):
    """The ASGI app. ``guard``: a :class:`leakguard.Guard` to share (default: one built from ``policy``).

    ``max_text_chars``: the longest message checked (413 above it). ``scan_timeout``: seconds one
    request's checks may take, waiting for a thread included (503 ``timeout`` past it; the thread
    finishes its message in the background and only then takes the next). ``scan_threads``: checks
    at once. ``body_timeout``: seconds for the body to arrive (408). ``hide_values``: never return
    the found values (``text``/``value`` are null), whatever the request says.
    """
    from starlette.applications import Starlette
    from starlette.exceptions import HTTPException
    from starlette.requests import Request
    from starlette.responses import Response
    from starlette.routing import Route

    from . import __version__
    from .context import Context
    from .guard import Guard
    from .images_server import image_endpoint
    from .server_metrics import Metrics, MetricsMiddleware
    from .server_openapi import document

    positive_ints(max_body_bytes=max_body_bytes, max_batch=max_batch, max_text_chars=max_text_chars,
                  scan_threads=scan_threads)
    seconds(scan_timeout=scan_timeout, body_timeout=body_timeout)

    guard = guard if guard is not None else Guard(policy)
    expected = token.encode() if token else None
    metrics = Metrics()
    executor = ThreadPoolExecutor(max_workers=scan_threads, thread_name_prefix="leakguard-check")
    openapi = _json_bytes(document(version=__version__, max_body_bytes=max_body_bytes,
                                   max_text_chars=max_text_chars, max_batch=max_batch,
                                   scan_timeout=scan_timeout, body_timeout=body_timeout))

    def respond(data: Any, status: int = 200, headers: Mapping[str, str] | None = None) -> Response:
        return Response(_json_bytes(data), status_code=status, media_type="application/json", headers=headers)

    def error(status: int, code: str, message: str) -> Response:
        headers = {"WWW-Authenticate": 'Bearer realm="leakguard"'} if status == 401 else None
        if status == 408:  # the rest of the body may still be on its way: this connection is done
            headers = {"Connection": "close"}
        return respond({"error": {"code": code, "message": message[:_MESSAGE_CHARS]}}, status, headers)

    def authorize(request: Request) -> None:
        if expected is None:
            return
        # RFC 9110: the scheme is case-insensitive ("bearer" is valid); the token is compared exactly.
        scheme, _, credentials = request.headers.get("authorization", "").strip().partition(" ")
        given = credentials.strip().encode("latin-1", "replace")
        if not (scheme.lower() == "bearer" and hmac.compare_digest(given, expected)):
            raise ApiError(401, "unauthorized", "a valid 'Authorization: Bearer <token>' header is required")

    async def read_json(request: Request) -> Any:
        if media_type(request) != "application/json":
            raise ApiError(415, "unsupported_media_type", "send the body as 'Content-Type: application/json'")
        declared = request.headers.get("content-length")
        if declared is not None:
            if not declared.isdigit():
                raise ApiError(400, "malformed", "invalid Content-Length")
            if int(declared) > max_body_bytes:
                raise ApiError(413, "too_large", f"the body is over the limit of {max_body_bytes} bytes")
        body = await read_body(request, max_body_bytes, body_timeout)
        try:
            return json.loads(body)
        except (ValueError, RecursionError) as exc:
            raise ApiError(400, "malformed", f"the body is not valid JSON: {type(exc).__name__}") from None

    def parse_check(data: Any, where: str) -> _Check:
        if not isinstance(data, dict):
            raise ApiError(400, "malformed", f'{where}: expected a JSON object such as {{"text": "..."}}, '
                                             f"got {_json_type(data)}")
        unknown = sorted(set(data) - set(CHECK_FIELDS))
        if unknown or "text" not in data:
            problems = [] if "text" in data else ["`text` is required (the message, a string)"]
            if unknown:
                problems.append(f"unknown field(s): {_unknown_fields(unknown)}")
            raise ApiError(400, "malformed", f"{where}: {'; '.join(problems)}; the fields are "
                                             f"{', '.join(CHECK_FIELDS)}")
        text = data["text"]
        if not isinstance(text, str):
            raise ApiError(400, "malformed", f"{where}.text: expected a string, got {_json_type(text)}")
        if len(text) > max_text_chars:
            raise ApiError(413, "too_large", f"{where}.text: {len(text)} characters; at most {max_text_chars} "
                                             f"per message")
        try:
            context = Context.coerce(data.get("context"))
        except (TypeError, ValueError) as exc:
            raise ApiError(400, "malformed", f"{where}.context: {_clip(exc, 80)}") from None
        conversation = data.get("conversation")
        if conversation is not None and (not isinstance(conversation, str) or len(conversation) > MAX_CONVERSATION_CHARS):
            raise ApiError(400, "malformed", f"{where}.conversation: expected a string of at most "
                                             f"{MAX_CONVERSATION_CHARS} characters naming one room and one sender")
        lang = data.get("explain")
        if lang is not None and lang not in LANGS:
            raise ApiError(400, "malformed", f'{where}.explain: expected "ja", "en" or null')
        hide = data.get("hide_values", False)
        if not isinstance(hide, bool):
            raise ApiError(400, "malformed", f"{where}.hide_values: expected true or false, got {_json_type(hide)}")
        return _Check(text, context, conversation, lang, hide or hide_values)

    def check_all(checks: list[_Check]) -> list[dict[str, Any]]:
        results = []
        for c in checks:
            report = guard.check(c.text, context=c.context, conversation=c.conversation)
            result = report.to_dict(hide_values=c.hide_values)
            if c.explain is not None:
                result["explain"] = report.explain(c.explain, hide_values=c.hide_values)
            results.append(result)
        return results

    async def within_budget(checks: list[_Check]) -> list[dict[str, Any]]:
        results = await in_budget(executor, scan_timeout, metrics, check_all, checks,
                                  late=f"the check did not finish within {scan_timeout:g} s (a very long or "
                                       f"hostile message, or a busy server); nothing was decided")
        metrics.checked(r["action"] for r in results)
        return results

    def api(handler: Callable[[Request], Any]) -> Callable[[Request], Any]:
        async def endpoint(request: Request) -> Response:
            try:
                return await handler(request)
            except ApiError as exc:
                return error(exc.status, exc.code, exc.message)
            except _ClientGone:
                log.info("leakguard: %s: the client closed the connection before its body arrived", request.url.path)
                return Response(status_code=499)  # nobody reads it; the status is for the metrics
        return endpoint

    async def healthz(request: Request) -> Response:
        return respond({"status": "ok", "version": __version__})

    async def openapi_json(request: Request) -> Response:
        return Response(openapi, media_type="application/json")

    @api
    async def metrics_endpoint(request: Request) -> Response:
        authorize(request)
        if not metrics.available:
            raise ApiError(501, "not_available", "metrics need prometheus_client: pip install 'leakguard-ja[server]'")
        body, content_type = metrics.render()
        return Response(body, media_type=content_type)

    @api
    async def check(request: Request) -> Response:
        authorize(request)
        one = parse_check(await read_json(request), "body")
        return respond((await within_budget([one]))[0])

    @api
    async def check_batch(request: Request) -> Response:
        authorize(request)
        data = await read_json(request)
        if not isinstance(data, dict) or set(data) != {"messages"} or not isinstance(data["messages"], list):
            raise ApiError(400, "malformed", 'expected {"messages": [{"text": ...}, ...]}')
        messages = data["messages"]
        if len(messages) > max_batch:
            raise ApiError(413, "too_large", f"{len(messages)} messages; at most {max_batch} per request")
        checks = [parse_check(m, f"messages[{i}]") for i, m in enumerate(messages)]
        return respond({"results": await within_budget(checks)})

    async def http_error(request: Request, exc: HTTPException) -> Response:
        codes = {404: "not_found", 405: "method_not_allowed"}
        return error(exc.status_code, codes.get(exc.status_code, "http_error"), exc.detail or "error")

    async def internal_error(request: Request, exc: Exception) -> Response:
        return error(500, "internal", "internal error")

    @asynccontextmanager
    async def lifespan(app):
        yield
        executor.shutdown(wait=False, cancel_futures=True)

    routes = [
        Route("/healthz", healthz, methods=["GET"]),
        Route("/openapi.json", openapi_json, methods=["GET"]),
        Route("/metrics", metrics_endpoint, methods=["GET"]),
        Route("/v1/check", check, methods=["POST"]),
        Route("/v1/check-batch", check_batch, methods=["POST"]),
        Route("/v1/check-image", api(image_endpoint(  # images_server.py: a picture's bytes in
            policy=guard.policy, authorize=authorize, executor=executor, metrics=metrics,
            scan_timeout=scan_timeout, body_timeout=body_timeout, hide_values=hide_values)), methods=["POST"]),
    ]
    app = Starlette(routes=routes, lifespan=lifespan,
                    exception_handlers={HTTPException: http_error, Exception: internal_error})
    return MetricsMiddleware(app, metrics)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="leakguard serve", description="HTTP pre-send service (see docs/service.md).")
    parser.add_argument("--host", default="127.0.0.1", help="address to bind (default: loopback only)")
    parser.add_argument("--port", type=int, default=8787)
    parser.add_argument("--token-file", default=None, metavar="FILE",
                        help="require 'Authorization: Bearer <token>' with the token in this file")
    parser.add_argument("--policy", default=None, metavar="FILE", help="a policy TOML file or a preset name")
    parser.add_argument("--hide-values", action="store_true",
                        help="never return found values (findings' text and value are null)")
    parser.add_argument("--max-body-bytes", type=int, default=MAX_BODY_BYTES)
    parser.add_argument("--max-batch", type=int, default=MAX_BATCH)
    parser.add_argument("--max-text-chars", type=int, default=MAX_TEXT_CHARS, help="the longest message checked")
    parser.add_argument("--scan-timeout", type=float, default=SCAN_TIMEOUT, metavar="SECONDS",
                        help="time budget of one request's checks (503 past it)")
    parser.add_argument("--scan-threads", type=int, default=SCAN_THREADS, help="checks running at once")
    parser.add_argument("--header-timeout", type=float, default=10.0, metavar="SECONDS",
                        help="a request's headers must arrive within this time (else the connection is closed)")
    parser.add_argument("--body-timeout", type=float, default=BODY_TIMEOUT, metavar="SECONDS",
                        help="a request's body must arrive within this time (408)")
    parser.add_argument("--max-connections", type=int, default=512, help="open connections at most (503 beyond)")
    parser.add_argument("--keep-alive", type=float, default=15.0, metavar="SECONDS",
                        help="idle keep-alive timeout; longer than clients' pool expiry (httpx 5 s, Node 4 s) "
                             "so a client never reuses a connection the server is closing")
    parser.add_argument("--access-log", action="store_true", help="log each request line (never bodies)")
    parser.add_argument("--log-level", default="warning", choices=("critical", "error", "warning", "info", "debug"))
    return parser


def server_config(app, *, limits=None, keep_alive: float = 15.0, log_level: str = "warning",
                  access_log: bool = False):
    """The uvicorn config the service runs with: the guarded h11 protocol (read timeouts and a
    connection bound, see :mod:`leakguard.server_http`) and the app's lifespan."""
    import uvicorn

    from .server_http import ConnectionLimits, protocol_class

    return uvicorn.Config(app, http=protocol_class(limits or ConnectionLimits()), lifespan="on",
                          log_level=log_level, access_log=access_log, server_header=False,
                          timeout_keep_alive=keep_alive)


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
        print("leakguard: the server needs Starlette and uvicorn: pip install 'leakguard-ja[server]'", file=err)
        return 2
    from .cli import _load_policy
    from .policy import PolicyError
    from .server_http import ConnectionLimits, ListenError, listen

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
    try:
        limits = ConnectionLimits(header_timeout=args.header_timeout, body_timeout=args.body_timeout,
                                  max_connections=args.max_connections)
        app = create_app(policy=policy, token=token, max_body_bytes=args.max_body_bytes, max_batch=args.max_batch,
                         max_text_chars=args.max_text_chars, scan_timeout=args.scan_timeout,
                         scan_threads=args.scan_threads, body_timeout=args.body_timeout,
                         hide_values=args.hide_values)
    except ValueError as exc:
        print(f"leakguard: {exc}", file=err)
        return 2
    try:
        sock = listen(args.host, args.port)
    except ListenError as exc:
        print(f"leakguard: {exc}", file=err)
        return 2
    if not _is_loopback(args.host) and token is None:
        print(f"leakguard: warning: serving on {args.host} without --token-file: anyone who can reach "
              f"this port can use the service", file=err)
    # Checks hold the GIL in their threads; the default 5 ms switch interval lets a long check
    # delay each of the event loop's several GIL hand-offs per request. 1 ms keeps /healthz fast.
    sys.setswitchinterval(0.001)
    config = server_config(app, limits=limits, keep_alive=args.keep_alive, log_level=args.log_level,
                           access_log=args.access_log)
    host = f"[{args.host}]" if ":" in args.host else args.host
    print(f"leakguard: serving on http://{host}:{sock.getsockname()[1]} "
          f"({'bearer token required' if token else 'no token'})", file=err, flush=True)
    try:
        uvicorn.Server(config).run(sockets=[sock])
    finally:
        sock.close()
    return 0
