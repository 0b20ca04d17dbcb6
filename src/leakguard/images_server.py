"""``POST /v1/check-image`` for the service (server.py): a picture's bytes in, a verdict out.

The body is the file itself (``Content-Type: image/png``, ``image/jpeg``, ``image/webp``,
``image/gif`` or ``application/octet-stream``), at most ``MAX_IMAGE_BYTES``; a picture over
``images.MAX_PIXELS`` pixels is refused before it is decoded (a decompression bomb). Options are
query parameters: ``stage`` (the deal stage), ``explain`` (``ja``/``en``), ``hide_values`` and
``ocr`` (``true``/``false``). The answer is ``Report.to_dict()``: each finding with ``source``
(``qr``, ``barcode``, ``ocr``) and ``box`` ``[x, y, w, h]``.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable, Mapping

from .context import STAGES

MAX_IMAGE_BYTES = 8 * 1024 * 1024
IMAGE_TYPES = ("image/png", "image/jpeg", "image/webp", "image/gif", "application/octet-stream")
QUERY_FIELDS = ("stage", "explain", "hide_values", "ocr")
_FLAGS = {"true": True, "1": True, "false": False, "0": False}


@dataclass(frozen=True)
class ImageCheck:
    stage: str | None
    explain: str | None
    hide_values: bool
    ocr: bool


def parse_query(query: Mapping[str, str], hide_values: bool) -> ImageCheck:
    """The options of one request; ValueError names the parameter that is wrong."""
    unknown = sorted(set(query) - set(QUERY_FIELDS))
    if unknown:
        raise ValueError(f"unknown query parameter(s): {', '.join(u[:40] for u in unknown[:5])}; "
                         f"the parameters are {', '.join(QUERY_FIELDS)}")
    stage = query.get("stage")
    if stage is not None and stage not in STAGES:
        raise ValueError(f"stage: expected one of {', '.join(STAGES)}")
    explain = query.get("explain")
    if explain is not None and explain not in ("ja", "en"):
        raise ValueError('explain: expected "ja" or "en"')
    flags = {}
    for name, default in (("hide_values", False), ("ocr", True)):
        raw = query.get(name)
        if raw is not None and raw.lower() not in _FLAGS:
            raise ValueError(f"{name}: expected true or false")
        flags[name] = default if raw is None else _FLAGS[raw.lower()]
    return ImageCheck(stage, explain, flags["hide_values"] or hide_values, flags["ocr"])


def image_endpoint(*, policy: Any, authorize: Callable[[Any], None], executor: Any, metrics: Any,
                   scan_timeout: float, body_timeout: float, hide_values: bool,
                   max_image_bytes: int | None = None) -> Callable[[Any], Any]:
    """The Starlette handler; server.create_app wraps it in its error handling (``api``).
    ``max_image_bytes``: the largest body (default ``MAX_IMAGE_BYTES``)."""
    from starlette.responses import Response

    from .images import ImageError, ImageTooLarge, scan_image  # no Pillow yet: that is at the first picture
    from .server import ApiError, _json_bytes, in_budget, media_type, read_body

    if max_image_bytes is None:
        max_image_bytes = MAX_IMAGE_BYTES
    async def read_picture(request: Any) -> bytes:
        if media_type(request) not in IMAGE_TYPES:
            raise ApiError(415, "unsupported_media_type", f"send the picture itself as the body, with "
                                                          f"'Content-Type:' one of {', '.join(IMAGE_TYPES)}")
        declared = request.headers.get("content-length")
        if declared is not None and declared.isdigit() and int(declared) > max_image_bytes:
            raise ApiError(413, "too_large", f"the picture is over the limit of {max_image_bytes} bytes")
        return await read_body(request, max_image_bytes, body_timeout, "the picture")

    def run(data: bytes, check: ImageCheck) -> dict[str, Any]:
        report = scan_image(data, policy=policy, context=check.stage, ocr=check.ocr)
        result = report.to_dict(hide_values=check.hide_values)
        if check.explain is not None:
            result["explain"] = report.explain(check.explain, hide_values=check.hide_values)
        return result

    async def check_image(request: Any) -> Any:
        authorize(request)
        try:
            check = parse_query(request.query_params, hide_values)
        except ValueError as exc:
            raise ApiError(400, "malformed", str(exc)) from None
        data = await read_picture(request)
        try:
            result = await in_budget(executor, scan_timeout, metrics, run, data, check,
                                     late=f"the picture was not read within {scan_timeout:g} s; nothing was decided")
        except ImportError as exc:
            raise ApiError(501, "not_available", str(exc)) from None
        except ImageTooLarge as exc:
            raise ApiError(413, "too_large", str(exc)) from None
        except ImageError as exc:
            raise ApiError(400, "not_a_picture", str(exc)) from None
        metrics.checked([result["action"]])
        return Response(_json_bytes(result), media_type="application/json")

    return check_image
