"""Perceptual hashes of uploaded images: 64-bit pHash (imagehash), 16 hex digits, like ImageFingerprint.hash."""

from __future__ import annotations

import io

import imagehash
from PIL import Image, UnidentifiedImageError

from services.portal.exceptions import Invalid

MAX_PIXELS = 50_000_000


def phash_of(data: bytes) -> str:
    """The image's pHash as 16 lower-case hex digits; Invalid when the bytes are not an image."""
    if not data:
        raise Invalid("the uploaded file is empty")
    try:
        with Image.open(io.BytesIO(data)) as img:
            if img.width * img.height > MAX_PIXELS:
                raise Invalid(f"image too large: {img.width}×{img.height} pixels")
            img.load()
            return str(imagehash.phash(img.convert("RGB")))
    except (UnidentifiedImageError, OSError, Image.DecompressionBombError) as exc:
        raise Invalid(f"the uploaded file is not an image we can read ({type(exc).__name__})") from exc


def extension_of(data: bytes) -> str:
    with Image.open(io.BytesIO(data)) as img:
        return (img.format or "bin").lower()
