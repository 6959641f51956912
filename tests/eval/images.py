"""Deterministic pictures for the evaluation set: brand logos and product photos drawn with Pillow.

The registry holds the pHash of each brand's logo; listings carry the pHash of the logo as a
counterfeiter re-uploads it (resized, re-compressed, brightened, on a new background), or of
unrelated pictures.
"""

from __future__ import annotations

import io
import random

import imagehash
from PIL import Image, ImageDraw, ImageEnhance, ImageFilter


def logo(seed: int) -> Image.Image:
    """A logo-like picture: a few bold shapes, the same for the same seed."""
    rng = random.Random(seed)
    img = Image.new("RGB", (256, 256), "white")
    draw = ImageDraw.Draw(img)
    for _ in range(5):
        x0, y0 = rng.randrange(0, 180), rng.randrange(0, 180)
        x1, y1 = x0 + rng.randrange(40, 120), y0 + rng.randrange(40, 120)
        colour = tuple(rng.randrange(0, 256) for _ in range(3))
        shape = rng.choice(["ellipse", "rectangle", "polygon"])
        if shape == "ellipse":
            draw.ellipse((x0, y0, x1, y1), fill=colour)
        elif shape == "rectangle":
            draw.rectangle((x0, y0, x1, y1), fill=colour)
        else:
            draw.polygon([(x0, y1), ((x0 + x1) // 2, y0), (x1, y1)], fill=colour)
    return img


def reupload(img: Image.Image, variant: int) -> Image.Image:
    """What happens to a picture on its way to a listing: resize, JPEG, light edits."""
    rng = random.Random(variant)
    size = rng.choice([180, 300, 400, 512])
    out = img.resize((size, size))
    if variant % 3 == 0:
        out = ImageEnhance.Brightness(out).enhance(rng.uniform(0.85, 1.15))
    if variant % 3 == 1:
        out = out.filter(ImageFilter.GaussianBlur(1))
    buffer = io.BytesIO()
    out.save(buffer, format="JPEG", quality=rng.choice([60, 75, 90]))
    return Image.open(io.BytesIO(buffer.getvalue()))


def phash(img: Image.Image) -> str:
    return str(imagehash.phash(img))
