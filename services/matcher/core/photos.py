"""What the matcher knows of one photo: decoded safely, its pHash, PDQ hash and ORB features (pure, no I/O).

- Decoding (Pillow): the header is read first and a photo over `max_pixels` pixels is refused before
  any pixel is decoded (a decompression bomb: a few KB of PNG that would inflate to gigabytes); Pillow's
  own DecompressionBombError is turned into the same refusal. Only the first frame is used.
- pHash: imagehash's 64-bit DCT hash (16 hex digits), the same as the portal computes for uploads.
- PDQ: Meta's 256-bit perceptual hash (`pdqhash`, the reference C++ of
  https://github.com/facebook/ThreatExchange/tree/main/pdq), 64 hex digits; Meta's guidance is that
  a Hamming distance up to 31 of 256 is the same picture. `pdq_dihedral` gives the hashes of the
  8 rotations/mirrors, so a mirrored copy is found by registering all eight.
- ORB (OpenCV) keypoints and binary descriptors of the photo scaled to at most `FEATURE_SIDE` pixels
  on its long side; keypoints are in the ORIGINAL photo's pixels, so a logo box is where a user sees it.

Raises PhotoError (with a short reason for the evidence and the counters) for anything unreadable.
"""

from __future__ import annotations

import base64
import io
import struct
from dataclasses import dataclass

import cv2
import imagehash
import numpy as np
import pdqhash
from PIL import Image, UnidentifiedImageError

MAX_PIXELS = 40_000_000  # decoded pixels at most (the portal's upload limit is 50 M)
FEATURE_SIDE = 800  # ORB runs on the photo scaled to this long side
PHOTO_FEATURES = 1500  # ORB keypoints of a listing photo
LOGO_FEATURES = 500  # ORB keypoints of a registered logo
LOGO_BORDER = 0.25  # a registered logo is padded by this share of its shorter side (edge pixels repeated) before ORB
THUMBNAIL_SIDE = 480
_HEADER = struct.Struct("<III")  # keypoints, width, height


class PhotoError(ValueError):
    """The bytes are not a photo the matcher can use; str() is a short reason (e.g. "too many pixels")."""


@dataclass(slots=True)
class Features:
    """ORB keypoints (float32 [n, 2], x and y in the original photo's pixels) and descriptors (uint8 [n, 32])."""

    points: np.ndarray
    descriptors: np.ndarray
    width: int
    height: int

    def __len__(self) -> int:
        return len(self.descriptors)


@dataclass(slots=True)
class Photo:
    """A decoded photo's hashes and features."""

    phash: str
    pdq: str
    pdq_quality: int
    features: Features
    pdq_variants: list[str]  # the 8 rotations/mirrors' PDQ hashes, pdq first
    thumbnail: bytes = b""  # JPEG, long side THUMBNAIL_SIDE: what the console draws a logo's box on


def decode(data: bytes, max_pixels: int = MAX_PIXELS) -> Image.Image:
    """RGB image of the first frame; PhotoError when not an image, or over max_pixels pixels."""
    if not data:
        raise PhotoError("empty")
    try:
        img = Image.open(io.BytesIO(data))
        if img.width * img.height > max_pixels:
            raise PhotoError(f"too many pixels ({img.width}x{img.height}, at most {max_pixels})")
        original = img.size
        img.draft("RGB", (FEATURE_SIDE * 2, FEATURE_SIDE * 2))  # JPEG: decode at a reduced scale when large
        img.load()
        out = img.convert("RGB")
        out.info["original_size"] = original  # boxes are given in these pixels
        return out
    except PhotoError:
        raise
    except Image.DecompressionBombError as exc:
        raise PhotoError("too many pixels (decompression bomb)") from exc
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError) as exc:
        raise PhotoError(f"not an image ({type(exc).__name__})") from exc


def bits_to_hex(bits: np.ndarray) -> str:
    return np.packbits(bits.astype(np.uint8)).tobytes().hex()


def pdq_of(img: Image.Image) -> tuple[str, int]:
    """(PDQ hash as 64 hex digits, quality 0–100; below 50 the hash says little: a flat picture)."""
    bits, quality = pdqhash.compute(np.asarray(img))
    return bits_to_hex(bits), int(quality)


def pdq_dihedral(img: Image.Image) -> list[str]:
    """PDQ hashes of the 8 rotations and mirrors of the picture (the picture's own first)."""
    hashes, _ = pdqhash.compute_dihedral(np.asarray(img))
    return [bits_to_hex(h) for h in hashes]


_ORB_MIN_SIDE = 2 * 31 + 1
"""ORB (cv2 default edgeThreshold 31) keeps no keypoint nearer than 31 px to the border: a picture narrower than
this on a side has no features (checked for every height 1-69 x widths 1-1024 with OpenCV 4)."""


def features_of(img: Image.Image, n_features: int = PHOTO_FEATURES, border: float = 0.0) -> Features:
    """ORB features of the picture; `border` > 0 (a registered logo: LOGO_BORDER) pads it first by that share of
    its shorter side, edge pixels repeated (cv2.BORDER_REPLICATE). ORB keeps no keypoint within 31 px of the
    border at each pyramid level (31 x 1.2**k px of the picture at level k), so an unpadded 240 x 120 logo has
    next to none at the levels a logo shown at 0.6 its size matches; padded, it has them (10,000 generated logos,
    /tmp/imgtwin/exp3.py: logo scaled 0.6 among the candidates 0.08 -> 1.00; descriptors 1.7 M -> 3.3 M)."""
    width, height = img.info.get("original_size", img.size)
    grey = np.asarray(img.convert("L"))
    scale = min(1.0, FEATURE_SIDE / max(grey.shape))
    if scale < 1.0:
        grey = cv2.resize(grey, (max(1, round(grey.shape[1] * scale)), max(1, round(grey.shape[0] * scale))),
                          interpolation=cv2.INTER_AREA)
    if min(grey.shape) < _ORB_MIN_SIDE:  # none to find; a side of 1 px even fails cv2's pyramid (cv2.error)
        return Features(np.zeros((0, 2), np.float32), np.zeros((0, 32), np.uint8), width, height)
    pad = int(border * min(grey.shape))
    padded = cv2.copyMakeBorder(grey, pad, pad, pad, pad, cv2.BORDER_REPLICATE) if pad else grey
    orb = cv2.ORB_create(nfeatures=n_features, fastThreshold=10)
    keypoints, descriptors = orb.detectAndCompute(padded, None)
    if descriptors is None or not keypoints:
        return Features(np.zeros((0, 2), np.float32), np.zeros((0, 32), np.uint8), width, height)
    back = np.array([width / grey.shape[1], height / grey.shape[0]], dtype=np.float32)
    points = (np.array([k.pt for k in keypoints], dtype=np.float32) - pad) * back
    return Features(points, descriptors, width, height)


def logo_features(img: Image.Image) -> Features:
    """A registered logo's ORB features, as the portal stores them for a `logo` fingerprint."""
    return features_of(img, LOGO_FEATURES, LOGO_BORDER)


def photo_of(data: bytes, max_pixels: int = MAX_PIXELS, n_features: int = PHOTO_FEATURES, border: float = 0.0) -> Photo:
    img = decode(data, max_pixels)
    hashes, quality = pdqhash.compute_dihedral(np.asarray(img))
    variants = [bits_to_hex(h) for h in hashes]
    return Photo(str(imagehash.phash(img)), variants[0], int(quality), features_of(img, n_features, border), variants,
                 thumbnail_of(img))


def thumbnail_of(img: Image.Image) -> bytes:
    small = img.copy()
    small.thumbnail((THUMBNAIL_SIDE, THUMBNAIL_SIDE))
    buffer = io.BytesIO()
    small.save(buffer, format="JPEG", quality=70)
    return buffer.getvalue()


def pack_features(f: Features) -> bytes:
    return (_HEADER.pack(len(f), f.width, f.height) + f.points.astype("<f4").tobytes()
            + np.ascontiguousarray(f.descriptors, dtype=np.uint8).tobytes())


def unpack_features(data: bytes) -> Features:
    """PhotoError when the bytes are not pack_features output: also a frame without width or height, or a keypoint
    that is not a finite number (features_of never makes them). A brand's own API key registers a logo's features as
    base64 text (`ImageFingerprint.features`): a logo with width 0 divided by zero in every search that shortlisted
    it, and the matcher dead-lettered those listings for every brand (tenant55, 2026-12-06)."""
    try:
        n, width, height = _HEADER.unpack_from(data)
        if len(data) != _HEADER.size + n * 8 + n * 32:
            raise PhotoError("features of the wrong length")
        points = np.frombuffer(data, "<f4", n * 2, _HEADER.size).reshape(n, 2).astype(np.float32)
        descriptors = np.frombuffer(data, np.uint8, n * 32, _HEADER.size + n * 8).reshape(n, 32)
    except struct.error as exc:
        raise PhotoError("features cannot be read") from exc
    if width < 1 or height < 1:
        raise PhotoError(f"features of a {width} x {height} frame")
    if not np.isfinite(points).all():
        raise PhotoError("features with keypoints that are not finite numbers")
    return Features(points, descriptors, width, height)


def features_b64(f: Features) -> str:
    return base64.b64encode(pack_features(f)).decode()


def features_from_b64(text: str) -> Features:
    try:
        return unpack_features(base64.b64decode(text, validate=True))
    except ValueError as exc:
        raise PhotoError(str(exc)) from exc


def pack_photo(p: Photo) -> bytes:
    """The cache's form of a photo: phash (8 bytes), quality (1), the 8 PDQ variants (8 x 32), the features'
    length (4) and features, the thumbnail."""
    features = pack_features(p.features)
    return (bytes.fromhex(p.phash) + bytes([p.pdq_quality]) + b"".join(bytes.fromhex(v) for v in p.pdq_variants)
            + struct.pack("<I", len(features)) + features + p.thumbnail)


def unpack_photo(data: bytes) -> Photo:
    """PhotoError when the bytes are not pack_photo output."""
    if len(data) < 9 + 256 + 4 + _HEADER.size:
        raise PhotoError("cached photo too short")
    variants = [data[9 + 32 * i: 9 + 32 * (i + 1)].hex() for i in range(8)]
    (length,) = struct.unpack_from("<I", data, 265)
    features = unpack_features(data[269:269 + length])
    return Photo(data[:8].hex(), variants[0], data[8], features, variants, data[269 + length:])
