"""Text in a picture: RapidOCR (PP-OCRv4 on onnxruntime, models inside the wheel), read line by line.

Chosen over Tesseract on the same pictures (docs/images.md, benchmarks/bench_images.py): it
installs from the package index with its models, gives a box per line, and reads the ASCII that
identifiers are made of (digits, e-mail addresses, LINE IDs with ``_``) as well or better. It reads
kanji but almost no kana (its dictionary is Chinese), which costs context words such as ライン.

Speed: the text detector runs on a copy whose long side is at most ``DET_SIDE`` pixels (a phone
screenshot's text stays legible at half size); lines are recognised from the full-size picture,
scaled to ``REC_HEIGHT`` pixels high.
"""
from __future__ import annotations

import threading
import unicodedata
from typing import TYPE_CHECKING, Any, Sequence

import regex

from .images import INSTALL_HINT, Box, Piece, _clip, missing_package

if TYPE_CHECKING:
    from PIL.Image import Image

DET_SIDE = 960
# Lines are recognised at 32 px high, not the model's 48: on the benchmark's screenshots (bench_images.py)
# as many identifiers came back exact at 1080x1920 (15/15) and more at 540x960 (12 vs 10 of 15),
# for 40 % less CPU (the recogniser's cost grows with the square of the height).
REC_HEIGHT = 32
MIN_SCORE = 0.5  # the engine's own default: a line recognised less surely than this is noise
# OCR puts spaces around the dots and the @ of an address ("hanako. suzuki@example. com") and
# inside its domain ("examp le.com"); only in a line that holds an @, so that the sentences of
# other lines keep their spaces. A space after the domain ("…@example.com thanks") stays.
_ADDRESS_GAP = regex.compile(
    r"(?<=[A-Za-z0-9_\-])\s+(?=[.@][A-Za-z0-9])"  # before a dot or the @
    r"|(?<=[A-Za-z0-9]\.)\s+(?=[A-Za-z0-9._\-]+@)"  # after a dot of the local part
    r"|(?<=[A-Za-z0-9]@)\s+(?=[A-Za-z0-9])"  # after the @
    r"|(?<=@[A-Za-z0-9\-.]+\.)\s+(?=[A-Za-z0-9])"  # after a dot of the domain
    # inside a label of the domain: what follows the gap goes on with a dot and a label, or a
    # dot, a space and a top-level label ("examp le. com")
    r"|(?<=@[A-Za-z0-9\-.]+)\s+(?=[A-Za-z0-9\-]+(?:\.[A-Za-z]|\.\s(?:com|net|org|jp|info|biz|io|me|co|ne|or|ac|go)\b))"
)

_engine: Any = None
_engine_lock = threading.Lock()


def engine() -> Any:
    """The process's RapidOCR engine, made on first use (loading the models takes ~0.4 s)."""
    global _engine
    if _engine is None:
        with _engine_lock:
            if _engine is None:
                try:
                    from rapidocr_onnxruntime import RapidOCR
                except ImportError as exc:
                    raise ImportError(f"reading text in pictures needs the optional 'images' extra "
                                      f"({missing_package(exc)} is not installed): {INSTALL_HINT}") from exc
                made = RapidOCR()
                # "max": shrink only (the default "min" enlarges every picture to 736 px on its short side)
                made.text_det.limit_type = "max"
                made.text_rec.rec_image_shape = [3, REC_HEIGHT, made.text_rec.rec_image_shape[2]]
                _engine = made
    return _engine


def read_lines(image: "Image") -> list[Piece]:
    """The text lines of the picture in reading order, each with its box and the x of each character."""
    import numpy as np
    from PIL import Image as PILImage

    ocr = engine()
    scale = min(1.0, DET_SIDE / max(image.size))
    small = image if scale == 1.0 else image.resize(
        (max(1, round(image.width * scale)), max(1, round(image.height * scale))), PILImage.BILINEAR)
    quads, _ = ocr.text_det(np.ascontiguousarray(np.asarray(small)[:, :, ::-1]))
    if quads is None or len(quads) == 0:
        return []
    quads = [np.asarray(q, dtype=np.float32) / scale for q in ocr.sorted_boxes(np.asarray(quads))]
    crops = ocr.get_crop_img_list(np.ascontiguousarray(np.asarray(image)[:, :, ::-1]), quads)
    recognised, _ = ocr.text_rec(crops, True)  # True: the decoding column of every character
    lines = []
    for quad, crop, (text, score, columns) in zip(quads, crops, recognised):
        if score < MIN_SCORE or not text.strip():
            continue
        x0, y0 = (int(v) for v in quad.min(axis=0))
        x1, y1 = (int(v) + 1 for v in quad.max(axis=0))
        xs = _centres(text, columns, float(quad[0][0]), crop.shape[1]) if x1 - x0 >= y1 - y0 else None
        text, xs = _tidy(text, xs)
        lines.append(Piece("ocr", text, _clip((x0, y0, x1 - x0, y1 - y0), image.size), xs))
    return lines


def _centres(text: str, columns: Any, left: float, width: int) -> tuple[float, ...] | None:
    """Each character's centre x: its CTC column across the line's crop. None where the engine's
    word grouping does not spell the text back (then box_of_span estimates by width)."""
    count, words, word_columns = columns[0], columns[1], columns[2]
    chars = [c for word in words for c in word]
    cols = [c for word in word_columns for c in word]
    if "".join(chars) != text or len(cols) != len(chars) or not count:
        return None
    cell = width / count
    return tuple(left + (c + 0.5) * cell for c in cols)


def _tidy(text: str, xs: tuple[float, ...] | None) -> tuple[str, tuple[float, ...] | None]:
    text = text.strip() if xs is None else text
    if "@" not in text:
        return text, xs
    for _ in range(3):  # a gap closed can reveal the next one ("examp le. com")
        drop = {i for m in _ADDRESS_GAP.finditer(text) for i in range(m.start(), m.end())}
        if not drop:
            break
        kept = [i for i in range(len(text)) if i not in drop]
        text, xs = "".join(text[i] for i in kept), None if xs is None else tuple(xs[i] for i in kept)
    return text, xs


def box_of_span(lines: Sequence[Piece], start: int, end: int) -> Box:
    """The box of characters ``[start, end)`` of the lines joined by newlines: from the first
    character's centre to the last one's, plus most of a kanji's width on each side (a filled box
    must cover the value). Without character positions, characters are placed by width (a kanji
    is as wide as two digits) with a margin of one kanji."""
    boxes: list[Box] = []
    offset = 0
    for line in lines:
        line_end = offset + len(line.text)
        if start < line_end and end > offset:
            boxes.append(_part(line, max(start, offset) - offset, min(end, line_end) - offset))
        offset = line_end + 1
    if not boxes:
        return (0, 0, 0, 0)
    x0 = min(b[0] for b in boxes)
    y0 = min(b[1] for b in boxes)
    x1 = max(b[0] + b[2] for b in boxes)
    y1 = max(b[1] + b[3] for b in boxes)
    return (x0, y0, x1 - x0, y1 - y0)


def _part(line: Piece, start: int, end: int) -> Box:
    x, y, w, h = line.box
    if line.xs is not None and end > start:
        pad = 0.8 * h  # a glyph is about as wide as the line box is high
        x0 = max(x, round(min(line.xs[start:end]) - pad))
        x1 = min(x + w, round(max(line.xs[start:end]) + pad))
        return (x0, y, max(0, x1 - x0), h)
    widths = [2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in line.text]
    unit = w / (sum(widths) or 1)
    x0 = x + max(0, round((sum(widths[:start]) - 2) * unit))
    x1 = x + min(w, round((sum(widths[:end]) + 2) * unit))
    return (x0, y, max(0, x1 - x0), h)
