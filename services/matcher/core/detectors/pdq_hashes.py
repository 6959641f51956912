"""Registered product photos by PDQ hash (rule `pdq`): a listing photo within the fingerprint's Hamming bound.

A registered ImageFingerprint with algorithm "pdq" holds a 256-bit PDQ hash (64 hex digits; bound
`max_distance`, 31 by Meta's guidance for "same picture"). A fetched listing photo carries the PDQ
hashes of its 8 rotations and mirrors (photos.Photo.pdq_variants, computed in one pass by pdqhash),
so a mirrored or rotated copy is within the bound of the registered photo's own hash. The registered
hashes are one numpy array of 4 uint64 words each; a photo is compared with all of them by XOR and
popcount (256-bit hashes do not split into a useful multi-index at bound 31: 32 chunks of 8 bits).
"""

from __future__ import annotations

import numpy as np

from schemas import ImageFingerprint, Listing, Rule
from services.matcher.core.detectors.base import Catalogue, Detector
from services.matcher.core.normalise import ListingText
from services.matcher.core.scoring import Evidence

PDQ_HEX_DIGITS = 64


def pdq_words(hex_hash: str) -> np.ndarray | None:
    """The hash as 4 uint64 words, or None when it is not 64 hex digits."""
    if len(hex_hash) != PDQ_HEX_DIGITS:
        return None
    try:
        return np.frombuffer(bytes.fromhex(hex_hash), dtype=">u8").astype(np.uint64)
    except ValueError:
        return None


class PdqDetector(Detector):
    name = "pdq"

    def __init__(self, catalogue: Catalogue) -> None:
        super().__init__(catalogue)
        self._pending: list[tuple[np.ndarray, int, int]] = []
        self._words = np.zeros((0, 4), dtype=np.uint64)
        self._bounds = np.zeros(0, dtype=np.int32)
        self._ids = np.zeros(0, dtype=np.int32)

    def add(self, i: int, fp) -> str | None:
        if not isinstance(fp, ImageFingerprint) or fp.algorithm != "pdq":
            return None
        words = pdq_words(fp.hash)
        if words is None:
            return "a PDQ hash is 64 hex digits"
        self._pending.append((words, fp.max_distance, i))
        return None

    def compile(self) -> None:
        if self._pending:
            self._words = np.stack([w for w, _, _ in self._pending])
            self._bounds = np.array([b for _, b, _ in self._pending], dtype=np.int32)
            self._ids = np.array([i for _, _, i in self._pending], dtype=np.int32)
        self._pending = []

    def detect(self, text: ListingText, listing: Listing) -> list[Evidence]:
        if not len(self._ids):
            return []
        found = []
        w = self.weights
        for image_number, image in enumerate(listing.images):
            photo = image._features
            variants = photo.pdq_variants if photo is not None else [image.pdq] if image.pdq else []
            queries = [q for q in map(pdq_words, variants) if q is not None]
            if not queries:
                continue
            distances = np.bitwise_count(self._words[None, :, :] ^ np.stack(queries)[:, None, :]).sum(axis=2).min(axis=0)
            for n in np.flatnonzero(distances <= self._bounds).tolist():
                i, distance, bound = int(self._ids[n]), int(distances[n]), int(self._bounds[n])
                fp = self.fingerprints[i]
                share = distance / bound if bound else 0.0
                weight = w.image_at_zero + (w.image_at_max_distance - w.image_at_zero) * share
                found.append(Evidence(Rule.pdq, weight, i, "image", image_number, image_number + 1, image.pdq, fp.hash,
                                      distance=distance, url=image.url, content_hash=image.sha256,
                                      detail=f"{fp.label or 'photo'}: PDQ Hamming distance {distance} of at most {bound} "
                                             "(any rotation or mirror)"))
        return found

    def memory_bytes(self) -> int:
        return self._words.nbytes + self._bounds.nbytes + self._ids.nbytes

    def stats(self) -> dict[str, int]:
        return {"pdq_hashes": len(self._ids)}
