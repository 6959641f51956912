"""Logos and product photos: pHash Hamming distance within each fingerprint's bound (core/images.HammingIndex)."""

from __future__ import annotations

from schemas import ImageFingerprint, Listing, Rule
from services.matcher.core.detectors.base import Catalogue, Detector
from services.matcher.core.images import phash_index
from services.matcher.core.normalise import ListingText
from services.matcher.core.scoring import Evidence


class ImageDetector(Detector):
    name = "images"

    def __init__(self, catalogue: Catalogue) -> None:
        super().__init__(catalogue)
        self.table = phash_index()

    def add(self, i: int, fp) -> str | None:
        if isinstance(fp, ImageFingerprint) and fp.algorithm == "phash" and not self.table.add(fp.hash, fp.max_distance, i):
            return "only 64-bit pHash values can be compared"
        return None

    def compile(self) -> None:
        self.table.compile()

    def detect(self, text: ListingText, listing: Listing) -> list[Evidence]:
        found = []
        w = self.weights
        for image_number, image in enumerate(listing.images):
            for i, distance in self.table.search([image.phash]):
                fp = self.fingerprints[i]
                share = distance / fp.max_distance if fp.max_distance else 0.0
                weight = w.image_at_zero + (w.image_at_max_distance - w.image_at_zero) * share
                found.append(Evidence(Rule.image, weight, i, "image", image_number, image_number + 1, image.phash, fp.hash,
                                      distance=distance, detail=f"{fp.label or 'image'}: pHash Hamming distance {distance} of at most {fp.max_distance}",
                                      url=image.url, content_hash=image.sha256))
        return found

    def memory_bytes(self) -> int:
        return self.table.memory_bytes()

    def stats(self) -> dict[str, int]:
        return {"image_hashes": len(self.table)}
