"""Generated pictures for the image tests: logos with shapes and a word, product photos with a logo pasted in."""

from __future__ import annotations

import glob
import io
import random

from PIL import Image, ImageDraw, ImageFont, ImageOps

FONTS = sorted(glob.glob("/usr/share/fonts/truetype/*/*.ttf"))


def logo(seed: int) -> Image.Image:
    rng = random.Random(seed)
    img = Image.new("RGB", (240, 120), "white")
    draw = ImageDraw.Draw(img)
    for _ in range(3):
        x, y = rng.randrange(0, 200), rng.randrange(0, 90)
        draw.polygon([(x, y), (x + rng.randrange(20, 60), y + rng.randrange(5, 30)),
                      (x + rng.randrange(0, 30), y + rng.randrange(20, 40))],
                     fill=tuple(rng.randrange(0, 200) for _ in range(3)))
    word = "".join(rng.choice("ABCDEFGHKMNPRSTUVWXZ") for _ in range(4))
    font = ImageFont.truetype(rng.choice(FONTS), 44) if FONTS else ImageFont.load_default(size=44)
    draw.text((12, 30), word, fill=tuple(rng.randrange(0, 150) for _ in range(3)), font=font)
    return img


def product(seed: int, size=(800, 600)) -> Image.Image:
    """A product-photo-like background: a coloured ground with blobs."""
    rng = random.Random(seed * 7919 + 1)
    img = Image.new("RGB", size, tuple(rng.randrange(256) for _ in range(3)))
    draw = ImageDraw.Draw(img)
    for _ in range(12):
        x, y = rng.randrange(size[0]), rng.randrange(size[1])
        draw.ellipse((x, y, x + rng.randrange(40, 160), y + rng.randrange(30, 120)),
                     fill=tuple(rng.randrange(256) for _ in range(3)))
    return img


def with_logo(photo: Image.Image, mark: Image.Image, *, scale=1.0, angle=0.0, at=(100, 200), cover=0.0) -> Image.Image:
    """The photo with the logo pasted at `at`, scaled, rotated, and its right `cover` share covered."""
    mark = mark.convert("RGBA")
    if cover:
        draw = ImageDraw.Draw(mark)
        draw.rectangle((int(mark.width * (1 - cover)), 0, mark.width, mark.height), fill=(90, 90, 90, 255))
    mark = mark.resize((max(1, int(mark.width * scale)), max(1, int(mark.height * scale))))
    mark = mark.rotate(angle, expand=True, fillcolor=(0, 0, 0, 0))
    out = photo.copy()
    out.paste(mark, at, mark)
    return out


def jpeg(img: Image.Image, quality: int = 80) -> bytes:
    buffer = io.BytesIO()
    img.save(buffer, format="JPEG", quality=quality)
    return buffer.getvalue()


def png(img: Image.Image) -> bytes:
    buffer = io.BytesIO()
    img.save(buffer, format="PNG")
    return buffer.getvalue()


def mirrored(img: Image.Image) -> Image.Image:
    return ImageOps.mirror(img)
