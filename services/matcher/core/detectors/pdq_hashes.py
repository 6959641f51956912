"""Registered product photos by PDQ hash (rule `pdq`): a listing photo within the fingerprint's Hamming bound.

A registered ImageFingerprint with algorithm "pdq" holds a 256-bit PDQ hash (64 hex digits; bound
`max_distance`, 31 by Meta's guidance for "same picture"). A fetched listing photo carries the PDQ
hashes of its 8 rotations and mirrors (photos.Photo.pdq_variants, computed in one pass by pdqhash),
so a mirrored or rotated copy is within the bound of the registered photo's own hash. The registered
hashes are searched by core/images.HammingIndex: a multi-index of 16 chunks of 16 bits that finds exactly
what a full scan finds for bounds up to 31 (pigeonhole); hashes with a wider bound are scanned.
"""

from __future__ import annotations

from schemas import ImageFingerprint, Listing, Rule
from services.matcher.core.detectors.base import Catalogue, Detector
from services.matcher.core.images import pdq_index
from services.matcher.core.normalise import ListingText
from services.matcher.core.scoring import Evidence


class PdqDetector(Detector):
    name = "pdq"

    def __init__(self, catalogue: Catalogue) -> None:
        super().__init__(catalogue)
        self.table = pdq_index()

    def add(self, i: int, fp) -> str | None:
        if not isinstance(fp, ImageFingerprint) or fp.algorithm != "pdq":
            return None
        if not self.table.add(fp.hash, fp.max_distance, i):
            return "a PDQ hash is 64 hex digits"
        return None

    def compile(self) -> None:
        self.table.compile()

    def detect(self, text: ListingText, listing: Listing) -> list[Evidence]:
        if not len(self.table):
            return []
        found = []
        w = self.weights
        for image_number, image in enumerate(listing.images):
            photo = image._features
            variants = photo.pdq_variants if photo is not None else [image.pdq] if image.pdq else []
            for i, distance in self.table.search(variants):
                fp = self.fingerprints[i]
                bound = fp.max_distance
                share = distance / bound if bound else 0.0
                weight = w.image_at_zero + (w.image_at_max_distance - w.image_at_zero) * share
                found.append(Evidence(Rule.pdq, weight, i, "image", image_number, image_number + 1, image.pdq, fp.hash,
                                      distance=distance, url=image.url, content_hash=image.sha256,
                                      detail=f"{fp.label or 'photo'}: PDQ Hamming distance {distance} of at most {bound} "
                                             "(any rotation or mirror)"))
        return found

    def memory_bytes(self) -> int:
        return self.table.memory_bytes()

    def stats(self) -> dict[str, int]:
        return {"pdq_hashes": len(self.table)}
