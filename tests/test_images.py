"""Attachments (issue #17): QR codes, barcodes and text in pictures, screened like messages.

Tests that need the ``images`` extra (Pillow, zxing-cpp, RapidOCR) and segno skip with the reason
when it is absent; the rest run in a clean install. The pictures are made here (QR codes with
segno, text with Pillow's own font) or read from tests/data/images/ (made by make_images.py there).
"""
from __future__ import annotations

import io
import json
import pickle
import random
import subprocess
import sys
from pathlib import Path

import pytest

import leakguard
from leakguard import Action, Finding, Report
from leakguard.images import MESSAGING_QR, ImageError, block_messaging_qr, messaging_qr

DATA = Path(__file__).resolve().parent / "data" / "images"
JA_FONT = Path("/usr/share/fonts/opentype/ipafont-gothic/ipag.ttf")


def _has(*modules: str) -> bool:
    import importlib.util

    return all(importlib.util.find_spec(m) is not None for m in modules)


HAS_CODES = _has("PIL", "zxingcpp", "segno")
HAS_OCR = HAS_CODES and _has("rapidocr_onnxruntime")
needs_codes = pytest.mark.skipif(not HAS_CODES, reason="needs the images extra and segno: pip install "
                                 "'leakguard-ja[images]' segno (or '.[test]')")
needs_ocr = pytest.mark.skipif(not HAS_OCR, reason="needs the images extra with RapidOCR: pip install "
                               "'leakguard-ja[images]' (rapidocr-onnxruntime runs on Python < 3.13)")


# -- without the extra ------------------------------------------------------------------------

def test_import_leakguard_does_not_import_pillow_or_the_engines():
    code = ("import sys, leakguard; f = leakguard.scan_image; "
            "print(sorted(m for m in ('PIL', 'zxingcpp', 'rapidocr_onnxruntime', 'numpy') if m in sys.modules))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"


@pytest.mark.parametrize("missing, package", [("PIL", "Pillow"), ("zxingcpp", "zxing-cpp")])
def test_without_the_extra_the_error_names_it(monkeypatch, missing, package):
    monkeypatch.setitem(sys.modules, missing, None)  # import fails as if not installed
    if missing == "PIL":
        monkeypatch.setitem(sys.modules, "PIL.Image", None)
    with pytest.raises(ImportError) as caught:
        leakguard.scan_image(b"\x89PNG\r\n\x1a\n")
    assert "pip install 'leakguard-ja[images]'" in str(caught.value)
    first_missing = package if missing == "PIL" or _has("PIL") else "Pillow"  # Pillow is imported first
    assert f"({first_missing} is not installed)" in str(caught.value)


def test_without_the_ocr_engine_the_error_names_the_extra(monkeypatch):
    from leakguard import images_ocr

    monkeypatch.setitem(sys.modules, "rapidocr_onnxruntime", None)
    monkeypatch.setattr(images_ocr, "_engine", None)
    with pytest.raises(ImportError, match=r"pip install 'leakguard-ja\[images\]'"):
        images_ocr.engine()


@pytest.mark.parametrize("data", [None, 42, ["a.png"], {"data": b""}])
def test_wrong_types_raise_type_error_with_a_hint(data):
    with pytest.raises(TypeError, match="bytes or a file path"):
        leakguard.scan_image(data)


def test_image_findings_round_trip_and_text_findings_keep_their_dict():
    plain = Finding("phone_number", 3, 16, "090-1234-5678", "+819012345678", 0.97, "電話番号。", "Phone.")
    assert set(plain.to_dict()) == {"category", "start", "end", "text", "value", "score", "reason", "reason_en"}
    assert Finding.from_dict(plain.to_dict()) == plain
    seen = Finding("line_id", 0, 10, "lin.ee/abc", "https://lin.ee/abc", 0.95, "LINE。", "LINE.",
                   source="qr", box=(10, 20, 30, 40))
    data = json.loads(json.dumps(seen.to_dict()))
    assert data["source"] == "qr" and data["box"] == [10, 20, 30, 40]
    assert Finding.from_dict(data) == seen
    assert pickle.loads(pickle.dumps(seen)) == seen
    hidden = Finding.from_dict(seen.to_dict(hide_values=True))
    assert hidden == seen.without_text() and hidden.box == (10, 20, 30, 40)


@pytest.mark.parametrize("read, tidy", [
    ("メール: hanako. suzuki@examp le. com", "メール: hanako.suzuki@example.com"),
    ("taro.yamada @example.net です", "taro.yamada@example.net です"),
    ("foo@example.com thanks. see you", "foo@example.com thanks. see you"),  # after the address: kept
    ("Thanks. See you", "Thanks. See you"),  # no @: the line is left as read
])
def test_ocr_gaps_inside_addresses_are_closed(read, tidy):
    from leakguard.images_ocr import _tidy

    text, xs = _tidy(read, tuple(float(i) for i in range(len(read))))
    assert text == tidy
    assert [read[int(x)] for x in xs] == list(tidy)  # each character keeps its own position


def test_masked_image_needs_a_picture():
    with pytest.raises(ValueError, match="scan_image"):
        leakguard.scan("こんにちは").masked_image()


# -- a QR code that opens a messaging app, as a policy rule ------------------------------------

@pytest.mark.parametrize("link, channel", [
    ("https://line.me/R/ti/p/@abc1234", "line"), ("https://lin.ee/Ab3dEfG", "line"),
    ("https://wa.me/819012345678", "whatsapp"), ("t.me/hanako_s", "telegram"),
    ("https://discord.gg/AbCd1234", "discord"), ("  https://open.kakao.com/o/sAbCdEf  ", "kakao"),
])
def test_messaging_link_detector(link, channel):
    [finding] = messaging_qr(_view(link))
    assert finding.category == MESSAGING_QR and finding.value == channel
    assert link[finding.start:finding.end] == link.strip()


@pytest.mark.parametrize("text", ["https://example-market.jp/items/123", "詳しくは https://t.me/hanako_s を見て",
                                  "https://line.me/en/", "wa.me", ""])
def test_messaging_link_detector_ignores_other_text(text):
    assert tuple(messaging_qr(_view(text))) == ()


def _view(text: str):
    from leakguard.normalize import NormalizedText

    return NormalizedText.of(text)


def test_block_messaging_qr_blocks_at_every_stage():
    link = "https://t.me/hanako_s"
    # a link to an account on a messaging app is a handle: the default policy blocks it anyway; a
    # policy that warns on handles after escrow still blocks it once block_messaging_qr is joined
    assert leakguard.scan(link, context="escrow_funded").action == Action.BLOCK
    lenient = leakguard.Policy(kinds={})
    assert leakguard.scan(link, context="escrow_funded", policy=lenient).action == Action.WARN
    assert leakguard.scan(link, context="escrow_funded", policy=block_messaging_qr(lenient)).action == Action.BLOCK
    policy = block_messaging_qr()
    for stage in (None, "before_contract", "escrow_funded", "completed"):
        report = leakguard.scan(link, policy=policy, context=stage)
        assert report.action == Action.BLOCK
        assert MESSAGING_QR in report.categories
    assert pickle.loads(pickle.dumps(policy)) == policy
    assert block_messaging_qr(policy) == policy  # joins once
    assert leakguard.scan("明日発送します", policy=policy).action == Action.ALLOW
    warned = block_messaging_qr("strict", action="warn")
    assert warned.actions[MESSAGING_QR] == Action.WARN and warned.name == "strict"


# -- codes --------------------------------------------------------------------------------------

def _qr_png(payload: str, scale: int = 6, border: int = 4) -> bytes:
    import segno

    out = io.BytesIO()
    segno.make(payload, error="m").save(out, kind="png", scale=scale, border=border)
    return out.getvalue()


def _png(image) -> bytes:
    out = io.BytesIO()
    image.save(out, format="PNG")
    return out.getvalue()


def _qr_image(payload: str, scale: int = 6):
    from PIL import Image

    return Image.open(io.BytesIO(_qr_png(payload, scale))).convert("RGB")


@needs_codes
@pytest.mark.parametrize("payload, category, value", [
    ("https://line.me/ti/p/~hanako_0812", "line_id", "https://line.me/ti/p/~hanako_0812"),
    ("https://lin.ee/Ab3dEfG", "line_id", "https://lin.ee/ab3defg"),
    ("tel:09012345678", "phone_number", "+819012345678"),
    ("TEL:+81-3-6271-4490", "phone_number", "+81362714490"),
    ("mailto:hanako.suzuki@example.com", "email_address", "hanako.suzuki@example.com"),
    ("https://wa.me/819012345678", "external_contact", "whatsapp"),
    ("https://t.me/hanako_s", "external_contact", "telegram"),
    ("https://discord.gg/AbCd1234", "external_contact", "discord"),
    ("連絡はこちら 080-2468-1357", "phone_number", "+818024681357"),
    ("BEGIN:VCARD\nVERSION:3.0\nN:山田;太郎\nEMAIL:taro.yamada@example.net\nEND:VCARD", "email_address",
     "taro.yamada@example.net"),
])
def test_qr_payloads_go_through_the_text_detectors(payload, category, value):
    report = leakguard.scan_image(_qr_png(payload), ocr=False)
    found = [f for f in report.findings if f.category == category]
    assert [f.value for f in found] == [value]
    assert found[0].source == "qr"
    assert report.text[found[0].start:found[0].end] == found[0].text
    assert report.action != Action.ALLOW


@needs_codes
def test_small_rotated_and_noisy_qr_codes_are_read():
    from PIL import Image, ImageFilter

    link = "https://lin.ee/Ab3dEfG"
    small = _qr_image(link, scale=1)  # 1 px per module, 33 px wide
    rotated = Image.new("RGB", (500, 500), (240, 240, 240))
    rotated.paste(_qr_image(link, 5).rotate(33, expand=True, fillcolor="white"), (60, 60))
    noisy = _qr_image(link, 5)
    rng = random.Random(17)
    pixels = noisy.load()
    for _ in range(noisy.width * noisy.height // 12):  # salt and pepper on 8 % of the pixels
        x, y = rng.randrange(noisy.width), rng.randrange(noisy.height)
        pixels[x, y] = (0, 0, 0) if rng.random() < 0.5 else (255, 255, 255)
    noisy = noisy.filter(ImageFilter.GaussianBlur(0.8))
    for image in (small, rotated, noisy):
        report = leakguard.scan_image(_png(image), ocr=False)
        assert [f.value for f in report.findings if f.category == "line_id"] == ["https://lin.ee/ab3defg"]
        assert report.action == Action.BLOCK


@needs_codes
def test_qr_box_is_where_the_code_is_and_masked_image_fills_it():
    from PIL import Image

    canvas = Image.new("RGB", (600, 400), (250, 250, 250))
    code = _qr_image("tel:09012345678", 4)
    canvas.paste(code, (300, 120))
    report = leakguard.scan_image(_png(canvas), ocr=False)
    [finding] = report.findings
    x, y, w, h = finding.box
    assert 300 <= x <= 300 + 4 * 4 and 120 <= y <= 120 + 4 * 4  # inside the quiet zone's corner
    assert abs(w - (code.width - 32)) <= 4 and abs(h - (code.height - 32)) <= 4
    masked = report.masked_image()
    assert masked.size == canvas.size and masked is not report.image
    assert masked.getpixel((x + w // 2, y + h // 2)) == (0, 0, 0)
    assert masked.getpixel((x + 1, y + 1)) == (0, 0, 0) and masked.getpixel((x + w - 2, y + h - 2)) == (0, 0, 0)
    assert masked.getpixel((50, 50)) == (250, 250, 250)
    assert leakguard.scan_image(_png(masked), ocr=False).findings == ()
    assert report.masked_image(fill=(255, 0, 0)).getpixel((x + w // 2, y + h // 2)) == (255, 0, 0)
    assert report.without_text().image is None  # a stored verdict keeps no picture either


@needs_codes
def test_picture_text_is_what_scan_image_reads():
    from leakguard.images import picture_text
    from PIL import Image

    canvas = Image.new("RGB", (700, 300), "white")
    canvas.paste(_qr_image("tel:09012345678", 4), (20, 20))
    canvas.paste(_qr_image("https://t.me/hanako_s", 4), (380, 20))
    data = _png(canvas)
    report = leakguard.scan_image(data, ocr=False)
    assert picture_text(data, ocr=False) == report.text
    assert sorted(report.text.split("\n\n")) == ["https://t.me/hanako_s", "tel:09012345678"]
    for finding in report.findings:  # offsets of the second payload are shifted past the first
        assert report.text[finding.start:finding.end] == finding.text


@needs_codes
def test_barcode_payload_is_scanned_with_source_barcode():
    import zxingcpp
    from PIL import Image

    bars = zxingcpp.create_barcode("TEL 09012345678", zxingcpp.BarcodeFormat.Code128)
    image = Image.fromarray(__import__("numpy").asarray(bars.to_image(scale=3))).convert("RGB")
    canvas = Image.new("RGB", (image.width + 80, image.height + 80), "white")
    canvas.paste(image, (40, 40))
    report = leakguard.scan_image(_png(canvas), ocr=False)
    [finding] = report.findings
    assert (finding.category, finding.value, finding.source) == ("phone_number", "+819012345678", "barcode")


@needs_codes
@pytest.mark.parametrize("fmt, payload, turn", [("Code128", "TEL 09012345678", 90), ("Code128", "TEL 09012345678", 270),
                                                ("EAN13", "4901234567894", 90)])
def test_linear_barcode_turned_sideways_is_read(fmt, payload, turn):
    import numpy
    import zxingcpp
    from PIL import Image

    from leakguard.images import fill_boxes, read_codes

    bars = zxingcpp.create_barcode(payload, getattr(zxingcpp.BarcodeFormat, fmt))
    code = Image.fromarray(numpy.asarray(bars.to_image(scale=3))).convert("RGB").rotate(turn, expand=True)
    canvas = Image.new("RGB", (code.width + 200, code.height + 120), (245, 245, 240))
    canvas.paste(code, (100, 60))
    [piece] = read_codes(canvas)
    assert (piece.source, piece.text) == ("barcode", payload)
    x, y, w, h = piece.box  # the bars, without the quiet zone above and below them
    assert abs(x - 100) <= 4 and code.width - 20 <= w <= code.width and 60 <= y <= 100 and h > w
    assert read_codes(fill_boxes(canvas, [piece.box])) == []
    if fmt == "Code128":
        report = leakguard.scan_image(_png(canvas), ocr=False)
        assert [(f.category, f.value, f.source) for f in report.findings] == [("phone_number", "+819012345678", "barcode")]


@needs_codes
@pytest.mark.parametrize("fmt", ["JPEG", "WEBP", "GIF"])
def test_jpeg_webp_and_a_gifs_first_frame(fmt, tmp_path):
    from PIL import Image

    first = _qr_image("https://t.me/hanako_s", 6)
    path = tmp_path / f"code.{fmt.lower()}"
    if fmt == "GIF":  # the second frame holds another code, which is not read
        second = _qr_image("tel:09012345678", 6).resize(first.size)
        first.save(path, save_all=True, append_images=[second], duration=500)
    else:
        first.save(path, format=fmt, quality=90)
    report = leakguard.scan_image(path, ocr=False)
    assert [(f.category, f.value) for f in report.findings] == [("external_contact", "telegram")]


@needs_codes
def test_transparent_png_reads_as_on_white():
    from PIL import Image

    code = _qr_image("https://lin.ee/Ab3dEfG", 5).convert("L")
    rgba = Image.new("RGBA", code.size, (0, 0, 0, 0))
    rgba.putalpha(code.point(lambda v: 255 - v))  # black modules, transparent background
    assert leakguard.scan_image(_png(rgba), ocr=False).action == Action.BLOCK


@needs_codes
def test_block_messaging_qr_policy_on_a_picture():
    data = _qr_png("https://discord.gg/AbCd1234")
    lenient = leakguard.Policy(kinds={})  # (by default a link to a Discord server blocks as a handle)
    assert leakguard.scan_image(data, ocr=False, context="escrow_funded", policy=lenient).action == Action.WARN
    report = leakguard.scan_image(data, ocr=False, context="escrow_funded", policy=block_messaging_qr(lenient))
    assert report.action == Action.BLOCK
    assert {f.source for f in report.findings} == {"qr"}


@needs_codes
def test_platform_qr_code_is_allowed():
    report = leakguard.scan_image(DATA / "platform_qr.png", ocr=False)
    assert report.action == Action.ALLOW and report.findings == ()
    assert "example-market.jp" in report.text
    own = leakguard.Policy(allow_domains=frozenset({"example-market.jp"}))
    assert leakguard.scan_image(DATA / "platform_qr.png", ocr=False, policy=block_messaging_qr(own)).action == Action.ALLOW


@needs_codes
def test_bombs_and_non_pictures_are_refused(tmp_path):
    from PIL import Image

    big = tmp_path / "big.png"
    Image.new("1", (3000, 2000)).save(big)
    with pytest.raises(ImageError, match="more than 1,000,000 pixels"):
        leakguard.scan_image(big, max_pixels=1_000_000)
    with pytest.raises(ImageError, match="not a PNG, JPEG, WebP or GIF"):
        leakguard.scan_image(b"090-1234-5678")
    with pytest.raises(ImageError, match="not a PNG"):
        leakguard.scan_image(_png(Image.new("RGB", (4, 4))).replace(b"PNG", b"XYZ"))
    with pytest.raises(ImageError, match="damaged"):
        leakguard.scan_image(_qr_png("tel:09012345678")[:200])


# -- text in pictures (OCR) ----------------------------------------------------------------------

_REPORTS: dict[str, Report] = {}


def _scanned(name: str) -> Report:
    """Each committed picture is read once per test run (OCR costs about a second)."""
    if name not in _REPORTS:
        _REPORTS[name] = leakguard.scan_image(DATA / name)
    return _REPORTS[name]


@needs_ocr
def test_line_qr_code_in_a_chat_screenshot():
    report = _scanned("chat_line_qr.png")
    assert report.action == Action.BLOCK
    [line_id] = [f for f in report.findings if f.category == "line_id"]
    assert (line_id.value, line_id.source) == ("https://line.me/ti/p/~hanako_0812", "qr")
    x, y, w, h = line_id.box
    assert 790 < x < 830 and 510 < y < 540 and 160 < w < 190 and 160 < h < 190
    assert not [f for f in report.findings if f.source == "ocr"]  # the chat's words are no leak


def _models_read_kana() -> bool:
    from leakguard.images_ocr import engine

    return engine().models.name == "PP-OCRv5"


@needs_ocr
def test_phone_and_email_written_in_a_japanese_chat_screenshot():
    report = _scanned("chat_phone_email.png")
    assert report.action == Action.BLOCK
    found = {(f.category, f.value) for f in report.findings}
    identifiers = {("phone_number", "+818024681357"), ("email_address", "taro.yamada@example.net")}
    # a reader of kana (PP-OCRv5) also reads the invitations メールでも大丈夫です and 急ぎの場合はこちらへ
    # (beside the number); PP-OCRv4 reads no kana
    invitations = {("external_contact", "email"), ("external_contact", "phone")}
    expected = identifiers | invitations if _models_read_kana() else identifiers
    assert found == expected
    for finding in report.findings:
        assert finding.source == "ocr"
        assert report.text[finding.start:finding.end] == finding.text
    masked = report.masked_image()
    for finding in report.findings:
        x, y, w, h = finding.box
        assert masked.getpixel((x + w // 2, y + h // 2)) == (0, 0, 0)
    masked_report = leakguard.scan_image(_png(masked))
    assert masked_report.action == Action.ALLOW, [f.text for f in masked_report.findings]


@needs_ocr
def test_phone_and_email_rendered_with_pillows_own_font():
    from PIL import Image, ImageDraw, ImageFont

    image = Image.new("RGB", (900, 260), "white")
    draw = ImageDraw.Draw(image)
    font = ImageFont.load_default(size=36)
    draw.text((30, 40), "Call me: 090-8765-4321", font=font, fill=(20, 20, 20))
    draw.text((30, 140), "Mail: k.sato@example.org", font=font, fill=(20, 20, 20))
    report = leakguard.scan_image(_png(image))
    values = {(f.category, f.value) for f in report.findings}
    # (「Call me:」 invites a call on the number: external_contact:phone beside it)
    assert values == {("phone_number", "+819087654321"), ("email_address", "k.sato@example.org"),
                      ("external_contact", "phone")}
    [phone] = [f for f in report.findings if f.category == "phone_number"]
    assert 20 < phone.box[1] + phone.box[3] // 2 < 110  # the first line, not the second


@needs_ocr
@pytest.mark.skipif(not JA_FONT.exists(), reason=f"needs a Japanese font at {JA_FONT} "
                    "(Debian: apt-get install fonts-ipafont-gothic)")
def test_japanese_text_rendered_at_test_time():
    from PIL import Image, ImageDraw, ImageFont

    image = Image.new("RGB", (1000, 200), (255, 255, 250))
    font = ImageFont.truetype(str(JA_FONT), 40)
    drawn = "電話番号：03-6271-4490 までどうぞ"
    ImageDraw.Draw(image).text((30, 70), drawn, font=font, fill="black")
    report = leakguard.scan_image(_png(image))
    found = [(f.category, f.value) for f in report.findings]
    if _models_read_kana():  # read as the message itself is: the number, and the invitation までどうぞ
        assert report.text.replace(" ", "") == drawn.replace(" ", "")
        assert found == [(f.category, f.value) for f in leakguard.scan(drawn).findings]
    assert ("phone_number", "+81362714490") in found
    assert "電話番号" in report.text.replace("话", "話")  # the engine reads some kanji in their Chinese form


@needs_ocr
@pytest.mark.parametrize("name", ["receipt.png", "product_photo.jpg", "platform_qr.png"])
def test_hard_negatives_are_allowed(name):
    report = _scanned(name)
    assert report.action == Action.ALLOW, [(f.category, f.text) for f in report.findings]
    assert report.findings == ()


@needs_ocr
def test_receipt_text_is_read():
    text = _scanned("receipt.png").text
    assert "2026" in text and "3,025" in text  # read, and still not a phone number


# -- command line and service ------------------------------------------------------------------

def _cli(argv: list[str]) -> tuple[int, str, str]:
    from leakguard.cli import main

    out, err = io.StringIO(), io.StringIO()
    status = main(argv, stdout=out, stderr=err)
    return status, out.getvalue(), err.getvalue()


@needs_ocr
def test_cli_scans_pictures_found_in_folders(tmp_path):
    from PIL import Image

    (tmp_path / "chat").mkdir()
    (tmp_path / "chat" / "qr.png").write_bytes(_qr_png("tel:09012345678", 3))
    _qr_image("https://lin.ee/Ab3dEfG", 3).save(tmp_path / "chat" / "invite.webp")
    _qr_image("https://t.me/hanako_s", 3).save(tmp_path / "chat" / "anim.gif")
    _qr_image("mailto:hanako.suzuki@example.com", 3).save(tmp_path / "chat" / "photo.jpg", quality=90)
    Image.new("RGB", (64, 64), (200, 180, 150)).save(tmp_path / "chat" / "plain.png")
    (tmp_path / "chat" / "note.txt").write_text("明日発送します", encoding="utf-8")
    status, out, err = _cli(["--format", "jsonl", "--all", str(tmp_path)])
    rows = {Path(r["source"]).name: r for r in map(json.loads, out.splitlines())}
    assert status == 1, err
    assert set(rows) == {"qr.png", "invite.webp", "anim.gif", "photo.jpg", "plain.png", "note.txt"}
    assert [f["value"] for f in rows["qr.png"]["findings"]] == ["+819012345678"]
    assert "line_id" in {f["category"] for f in rows["invite.webp"]["findings"]}
    assert rows["anim.gif"]["action"] != "allow" and rows["photo.jpg"]["action"] == "block"
    assert rows["plain.png"]["action"] == "allow" and rows["note.txt"]["action"] == "allow"
    assert "binary" not in err


@needs_codes
def test_cli_skips_pictures_for_masked_copies_and_without_the_extra(tmp_path, monkeypatch):
    (tmp_path / "qr.png").write_bytes(_qr_png("tel:09012345678", 3))
    (tmp_path / "note.txt").write_text("電話は090-1111-2222です", encoding="utf-8")
    status, out, err = _cli(["--mask", str(tmp_path / "masked"), str(tmp_path)])
    assert "qr.png: picture not read: --mask and --in-place write text" in err
    assert not (tmp_path / "masked" / "qr.png").exists()
    assert "［電話番号］" in (tmp_path / "masked" / "note.txt").read_text(encoding="utf-8")
    monkeypatch.setitem(sys.modules, "zxingcpp", None)
    status, out, err = _cli([str(tmp_path / "qr.png")])
    assert status == 0
    assert "qr.png: picture not read: reading pictures needs pip install 'leakguard-ja[images]'" in err
    assert "qr.png: binary file, skipped" in err


_HAS_SERVER = _has("starlette", "httpx")


@needs_codes
@pytest.mark.skipif(not _HAS_SERVER, reason="needs the server extra and httpx: pip install 'leakguard-ja[server]' httpx")
def test_service_checks_pictures(monkeypatch):
    import asyncio

    import httpx
    from PIL import Image

    from leakguard import images_server
    from leakguard.server import create_app

    monkeypatch.setattr(images_server, "MAX_IMAGE_BYTES", 200_000)
    png = _qr_png("https://discord.gg/AbCd1234", 4)
    bomb = io.BytesIO()
    Image.new("1", (7000, 7000)).save(bomb, format="PNG")  # 49 MP in a few kB
    assert len(bomb.getvalue()) < 200_000

    async def calls() -> list[httpx.Response]:
        transport = httpx.ASGITransport(app=create_app())
        async with httpx.AsyncClient(transport=transport, base_url="http://leakguard.test") as client:
            async def post(query: str, body: bytes, media_type: str = "image/png") -> httpx.Response:
                return await client.post(f"/v1/check-image{query}", content=body, headers={"Content-Type": media_type})

            return [
                await post("?ocr=false&stage=before_contract&explain=en", png),
                await post("?ocr=false&hide_values=true", png, "application/octet-stream"),
                await post("", png, "application/json"),
                await post("?stage=later", png),
                await post("", b"090-1234-5678"),
                await post("", b"\0" * 200_001),
                await post("", bomb.getvalue()),
            ]

    answer, hidden, wrong_type, bad_query, not_picture, too_big, refused = asyncio.run(calls())
    assert answer.status_code == 200, answer.text
    body = answer.json()
    assert body["action"] == "block" and "explain" in body
    [finding] = body["findings"]
    assert finding["source"] == "qr" and finding["value"] == "discord" and len(finding["box"]) == 4
    assert hidden.json()["findings"][0]["text"] is None and hidden.json()["findings"][0]["value"] is None
    assert wrong_type.status_code == 415
    assert bad_query.status_code == 400 and "stage" in bad_query.json()["error"]["message"]
    assert (not_picture.status_code, not_picture.json()["error"]["code"]) == (400, "not_a_picture")
    assert too_big.status_code == 413
    assert (refused.status_code, refused.json()["error"]["code"]) == (413, "too_large")
    assert "pixels" in refused.json()["error"]["message"]
