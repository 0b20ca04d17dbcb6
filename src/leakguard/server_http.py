"""The service's HTTP connections: read timeouts, a bound on open connections, a listening socket.

uvicorn closes a connection only when it sits idle *after* a response (keep-alive). A socket that
never sends a request, a request line dribbled a byte at a time, or a body that stops halfway
would stay open for ever, each holding a file descriptor. :class:`GuardedH11Protocol` adds:

- a header deadline: from the connection's first byte (or from its opening, for a silent
  socket) until the request's headers are complete;
- a body deadline: from the end of the headers until the whole body is in (the app answers 408
  a little earlier when it is reading the body; this closes the sockets it never reads);
- ``max_connections``: one more connection is answered 503 and closed at once.
"""
from __future__ import annotations

import asyncio
import errno
import logging
import socket
from dataclasses import dataclass

import h11
from uvicorn.protocols.http.h11_impl import H11Protocol

from .server import positive_ints, seconds

log = logging.getLogger("uvicorn.error")

_BUSY_BODY = b'{"error":{"code":"busy","message":"too many open connections; retry later"}}'
_BUSY = (b"HTTP/1.1 503 Service Unavailable\r\ncontent-type: application/json\r\nconnection: close\r\n"
         b"content-length: %d\r\n\r\n%s" % (len(_BUSY_BODY), _BUSY_BODY))


@dataclass(frozen=True)
class ConnectionLimits:
    """``header_timeout`` / ``body_timeout`` in seconds; ``max_connections`` open at once."""

    header_timeout: float = 10.0
    body_timeout: float = 30.0
    max_connections: int = 512

    def __post_init__(self) -> None:
        seconds(header_timeout=self.header_timeout, body_timeout=self.body_timeout)
        positive_ints(max_connections=self.max_connections)


class GuardedH11Protocol(H11Protocol):
    """uvicorn's h11 protocol with the deadlines and the bound above (``limits`` set by subclass)."""

    limits = ConnectionLimits()
    # The app's own 408 comes first when it reads the body; this margin lets it be sent.
    body_grace = 2.0

    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        self._deadline: asyncio.TimerHandle | None = None
        self._phase = ""
        super().connection_made(transport)
        if len(self.connections) > self.limits.max_connections:
            log.warning("leakguard: connection refused: %d open, the limit is %d",
                        len(self.connections) - 1, self.limits.max_connections)
            transport.write(_BUSY)
            transport.close()
            return
        self._arm("headers", self.limits.header_timeout)

    def data_received(self, data: bytes) -> None:
        super().data_received(data)
        self._follow()

    def on_response_complete(self) -> None:
        super().on_response_complete()
        self._follow()

    def connection_lost(self, exc: Exception | None) -> None:
        self._disarm()
        super().connection_lost(exc)

    def _follow(self) -> None:
        """Arm the deadline that fits the request's state (h11's view of the client)."""
        if self.transport.is_closing():
            self._disarm()
            return
        state = self.conn.their_state
        if state is h11.IDLE:
            # Between requests with nothing received, uvicorn's keep-alive timer is in charge.
            if self.timeout_keep_alive_task is not None and not self.conn.trailing_data[0]:
                self._disarm()
            else:
                self._arm("headers", self.limits.header_timeout)
        elif state is h11.SEND_BODY:
            self._arm("body", self.limits.body_timeout + self.body_grace)
        else:
            self._disarm()

    def _arm(self, phase: str, seconds: float) -> None:
        if self._phase == phase and self._deadline is not None:
            return  # a deadline runs from the phase's start, not from the latest byte
        self._disarm()
        self._phase = phase
        self._deadline = self.loop.call_later(seconds, self._expire)

    def _disarm(self) -> None:
        if self._deadline is not None:
            self._deadline.cancel()
        self._deadline, self._phase = None, ""

    def _expire(self) -> None:
        phase, self._deadline = self._phase, None
        if self.transport.is_closing():
            return
        log.info("leakguard: closed a connection whose %s did not arrive in time", phase)
        self.transport.close()  # connection_lost() then tells a waiting app the client is gone


def protocol_class(limits: ConnectionLimits) -> type[GuardedH11Protocol]:
    """A protocol class bound to ``limits`` (uvicorn instantiates the class it is given)."""
    return type("LeakguardH11Protocol", (GuardedH11Protocol,), {"limits": limits})


class ListenError(OSError):
    """The address cannot be listened on; ``str()`` is one line for the operator."""


def listen(host: str, port: int, backlog: int = 2048) -> socket.socket:
    """A listening socket on ``host:port``: a busy port fails here, before anything is printed."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM, flags=socket.AI_PASSIVE)
    except socket.gaierror as exc:
        raise ListenError(f"cannot listen on {host}:{port}: unknown host ({exc.strerror})") from None
    family, kind, proto, _, address = infos[0]
    sock = socket.socket(family, kind, proto)
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind(address)
        sock.listen(backlog)
    except OSError as exc:
        sock.close()
        reason = {errno.EADDRINUSE: "the port is in use (is another server running there?)",
                  errno.EACCES: "permission denied (ports below 1024 need privileges)",
                  errno.EADDRNOTAVAIL: "this machine has no such address"}.get(exc.errno, exc.strerror)
        raise ListenError(f"cannot listen on {host}:{port}: {reason}") from None
    sock.set_inheritable(True)
    return sock
