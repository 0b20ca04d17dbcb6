"""Prometheus metrics for the service: requests, latency and verdicts. Counts only, never text.

Each app has its own registry (two apps in one process, as in tests, never collide). Without
``prometheus_client`` the service still runs and ``/metrics`` answers 501 with the install hint.
"""
from __future__ import annotations

import time
from typing import Any, Awaitable, Callable, Iterable

ENDPOINTS = ("/v1/check", "/v1/check-batch", "/v1/check-image", "/healthz", "/metrics", "/openapi.json")
ACTIONS = ("allow", "warn", "block")
# Loopback checks take ~1 ms; a long message or a full batch, seconds; the budget caps the tail.
_BUCKETS = (0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0)


class Metrics:
    def __init__(self) -> None:
        try:
            import prometheus_client as prom
        except ImportError:
            self.available = False
            return
        self.available = True
        self._prom = prom
        self.registry = prom.CollectorRegistry(auto_describe=True)
        self._requests = prom.Counter("leakguard_http_requests", "HTTP requests by endpoint and status code",
                                      ["endpoint", "status"], registry=self.registry)
        self._latency = prom.Histogram("leakguard_http_request_duration_seconds",
                                       "Time from the request's start to the end of its response",
                                       ["endpoint"], buckets=_BUCKETS, registry=self.registry)
        self._checks = prom.Counter("leakguard_checks", "Messages checked, by the action decided",
                                    ["action"], registry=self.registry)
        self._timeouts = prom.Counter("leakguard_check_timeouts",
                                      "Requests whose checks did not finish within the time budget",
                                      registry=self.registry)
        for action in ACTIONS:  # present at 0 from the start, so rates are defined
            self._checks.labels(action)

    def checked(self, actions: Iterable[str]) -> None:
        if self.available:
            for action in actions:
                self._checks.labels(action).inc()

    def timed_out(self) -> None:
        if self.available:
            self._timeouts.inc()

    def request(self, endpoint: str, status: int, seconds: float) -> None:
        if self.available:
            self._requests.labels(endpoint, str(status)).inc()
            self._latency.labels(endpoint).observe(seconds)

    def render(self) -> tuple[bytes, str]:
        return self._prom.generate_latest(self.registry), self._prom.CONTENT_TYPE_LATEST


class MetricsMiddleware:
    """ASGI middleware: one count and one latency sample per HTTP request, errors included.
    Unknown paths share the label ``other`` so a scanner cannot grow the label set."""

    def __init__(self, app: Callable[..., Awaitable[None]], metrics: Metrics):
        self.app, self.metrics = app, metrics

    async def __call__(self, scope: dict[str, Any], receive: Callable, send: Callable) -> None:
        if scope["type"] != "http" or not self.metrics.available:
            await self.app(scope, receive, send)
            return
        endpoint = scope["path"] if scope["path"] in ENDPOINTS else "other"
        start = time.perf_counter()
        status = 500

        async def sending(message: dict[str, Any]) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
            await send(message)

        try:
            await self.app(scope, receive, sending)
        finally:
            self.metrics.request(endpoint, status, time.perf_counter() - start)
