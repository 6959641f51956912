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


def hashes_of(data: bytes, algorithm: str) -> tuple[str, str | None]:
    """(hash, features) of an uploaded image for an ImageFingerprint of this algorithm (issue 15): phash, the 64-bit
    pHash; pdq, the 256-bit PDQ hash plus the photo's ORB features (found cropped); logo, the PDQ hash plus the ORB features the matcher finds the logo by
    (services/matcher/core/photos.py, the same code the matcher hashes listing photos with). Invalid when unreadable."""
    if algorithm == "phash":
        return phash_of(data), None
    from services.matcher.core.photos import LOGO_BORDER, LOGO_FEATURES, PhotoError, features_b64, photo_of

    try:  # a logo padded before ORB, so that it is found small too (photos.features_of)
        photo = photo_of(data, MAX_PIXELS, LOGO_FEATURES, LOGO_BORDER if algorithm == "logo" else 0.0)
    except PhotoError as exc:
        raise Invalid(f"the uploaded file is not an image we can read ({exc})") from exc
    if algorithm == "pdq":  # the features too, when it has enough: a cropped copy is found by them (PDQ is not)
        return photo.pdq, features_b64(photo.features) if len(photo.features) >= 30 else None
    if len(photo.features) < 30:
        raise Invalid(f"the logo has too few distinct features ({len(photo.features)}, at least 30) to be found "
                      "inside photos; upload it larger or with its lettering")
    return photo.pdq, features_b64(photo.features)


def extension_of(data: bytes) -> str:
    with Image.open(io.BytesIO(data)) as img:
        return (img.format or "bin").lower()
