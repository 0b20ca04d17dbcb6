"""Makes the committed test pictures (fictional people, numbers and shops). Run from the repo root:

    .venv/bin/python tests/data/images/make_images.py

Needs Pillow, segno and a Japanese font (Debian: fonts-ipafont-gothic). The pictures are committed,
so the tests read them without any font installed.
"""
from __future__ import annotations

import io
import random
from pathlib import Path

import segno
from PIL import Image, ImageDraw, ImageFilter, ImageFont

HERE = Path(__file__).resolve().parent
FONT = "/usr/share/fonts/opentype/ipafont-gothic/ipag.ttf"
S = 2  # the screenshots are drawn in points and saved at 2 px per point, as phones take them
W, H = 540 * S, 960 * S


def font(size: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(FONT, size)


def pt(*values: float) -> tuple[int, ...]:
    return tuple(round(v * S) for v in values)


def qr(payload: str, scale: int) -> Image.Image:
    buffer = io.BytesIO()
    segno.make(payload, error="m").save(buffer, kind="png", scale=scale, border=2)
    return Image.open(buffer).convert("RGB")


def chat_frame(title: str) -> tuple[Image.Image, ImageDraw.ImageDraw]:
    w, h = W / S, H / S
    image = Image.new("RGB", (W, H), (234, 237, 242))
    draw = ImageDraw.Draw(image)
    draw.rectangle(pt(0, 0, w, 24), fill=(30, 30, 30))
    draw.text(pt(16, 4), "9:41", font=font(16 * S), fill="white")
    draw.rectangle(pt(0, 24, w, 84), fill=(38, 110, 190))
    draw.text(pt(60, 40), title, font=font(24 * S), fill="white")
    draw.polygon([pt(22, 54), pt(36, 42), pt(36, 66)], fill="white")
    draw.rectangle(pt(0, h - 70, w, h), fill=(250, 250, 250))
    draw.rounded_rectangle(pt(16, h - 56, w - 90, h - 14), radius=20 * S, outline=(190, 190, 190), fill="white")
    draw.text(pt(32, h - 46), "メッセージを入力", font=font(18 * S), fill=(160, 160, 160))
    draw.rounded_rectangle(pt(w - 78, h - 56, w - 16, h - 14), radius=20 * S, fill=(38, 110, 190))
    draw.text(pt(w - 66, h - 45), "送信", font=font(18 * S), fill="white")
    return image, draw


def bubble(draw: ImageDraw.ImageDraw, y: float, text: str, mine: bool, size: int = 20) -> float:
    """A message bubble at ``y`` points; returns where the next one starts."""
    f = font(size * S)
    lines = text.split("\n")
    width = max(draw.textlength(line, font=f) for line in lines) / S
    height = len(lines) * (size + 8)
    x = W / S - 24 - width - 28 if mine else 24
    draw.rounded_rectangle(pt(x, y, x + width + 28, y + height + 20), radius=16 * S,
                           fill=(140, 226, 120) if mine else (255, 255, 255))
    for i, line in enumerate(lines):
        draw.text(pt(x + 14, y + 10 + i * (size + 8)), line, font=f, fill=(25, 25, 25))
    return y + height + 40


def chat_line_qr() -> Image.Image:
    image, draw = chat_frame("取引メッセージ")
    y = bubble(draw, 110, "ご購入ありがとうございます！", mine=False)
    y = bubble(draw, y, "やり取りはこちらでお願いします", mine=True)
    code = qr("https://line.me/ti/p/~hanako_0812", 3 * S)
    side = code.width / S
    x = W / S - 24 - side - 20
    draw.rounded_rectangle(pt(x - 10, y, x + side + 10, y + side + 20), radius=16 * S, fill=(140, 226, 120))
    image.paste(code, pt(x, y + 10))
    y += side + 60
    bubble(draw, y, "承知しました。発送後にご連絡します。", mine=False)
    return image


def chat_phone_email() -> Image.Image:
    image, draw = chat_frame("取引メッセージ")
    y = bubble(draw, 110, "発送の件でご相談があります。", mine=False)
    y = bubble(draw, y, "急ぎの場合はこちらへ\n電話 080-2468-1357", mine=True)
    y = bubble(draw, y, "メールでも大丈夫です\ntaro.yamada@example.net", mine=True)
    bubble(draw, y, "かしこまりました。", mine=False)
    return image


def receipt() -> Image.Image:
    image = Image.new("RGB", (380, 620), (252, 252, 248))
    draw = ImageDraw.Draw(image)
    f, big = font(18), font(26)
    draw.text((110, 20), "みどり雑貨店", font=big, fill="black")
    draw.text((24, 64), "2026年11月28日(土) 14:32", font=f, fill="black")
    draw.text((24, 90), "レジ02  担当 003  No.0457", font=f, fill="black")
    draw.line((20, 120, 360, 120), fill="black", width=1)
    rows = [("マグカップ", "¥1,650"), ("コースター 2枚", "¥880"), ("ギフト包装", "¥220"),
            ("小計", "¥2,750"), ("消費税(10%)", "¥275"), ("合計", "¥3,025"), ("お預り", "¥5,000"),
            ("お釣り", "¥1,975")]
    y = 136
    for name, price in rows:
        draw.text((24, y), name, font=f, fill="black")
        draw.text((356 - draw.textlength(price, font=f), y), price, font=f, fill="black")
        y += 34
    draw.line((20, y + 4, 360, y + 4), fill="black", width=1)
    draw.text((24, y + 20), "ポイント 27pt  残高 1,204pt", font=f, fill="black")
    draw.text((24, y + 50), "返品期限 2026/12/12", font=f, fill="black")
    draw.text((70, y + 90), "またのご来店をお待ちしております", font=font(16), fill="black")
    return image


def product_photo() -> Image.Image:
    rng = random.Random(7)
    image = Image.new("RGB", (640, 480))
    draw = ImageDraw.Draw(image)
    for y in range(480):  # a warm table top under a lamp
        draw.line((0, y, 640, y), fill=(200 - y // 6, 170 - y // 7, 130 - y // 8))
    draw.ellipse((170, 330, 470, 410), fill=(90, 70, 55))  # shadow
    draw.rectangle((220, 150, 420, 370), fill=(236, 240, 244))  # a mug
    draw.ellipse((220, 130, 420, 170), fill=(210, 214, 220))
    draw.ellipse((220, 350, 420, 390), fill=(236, 240, 244))
    draw.arc((390, 190, 480, 310), start=-90, end=90, fill=(236, 240, 244), width=18)
    draw.text((262, 240), "CAFE", font=font(40), fill=(60, 90, 140))
    pixels = image.load()
    for _ in range(30000):
        x, y = rng.randrange(640), rng.randrange(480)
        r, g, b = pixels[x, y]
        d = rng.randint(-14, 14)
        pixels[x, y] = (max(0, min(255, r + d)), max(0, min(255, g + d)), max(0, min(255, b + d)))
    return image.filter(ImageFilter.GaussianBlur(1.2))


def platform_qr() -> Image.Image:
    image = Image.new("RGB", (360, 420), "white")
    draw = ImageDraw.Draw(image)
    draw.text((40, 20), "商品ページはこちら", font=font(24), fill="black")
    image.paste(qr("https://example-market.jp/items/m12345678", 6), (60, 70))
    return image


def main() -> None:
    chat_line_qr().quantize(64).save(HERE / "chat_line_qr.png", optimize=True)
    chat_phone_email().quantize(64).save(HERE / "chat_phone_email.png", optimize=True)
    receipt().quantize(32).save(HERE / "receipt.png", optimize=True)
    platform_qr().convert("1").save(HERE / "platform_qr.png", optimize=True)
    product_photo().save(HERE / "product_photo.jpg", quality=80)


if __name__ == "__main__":
    main()
