"""Registered logos inside listing photos (rule `logo`) and cropped copies of registered product photos (rule
`pdq`): ORB features, visual-word candidates, homography (core/logos.py).

A registered ImageFingerprint with algorithm "logo" carries the logo's ORB keypoints and descriptors
(`features`, photos.features_b64); one with algorithm "pdq" may carry the product photo's (the portal
stores them), and is then also found when the listing photo is cut from it (crops PDQ cannot see; the
PDQ hash itself is pdq_hashes.py's). A fetched listing photo carries its own features (photos.Photo, set
by the matcher's image fetch on ListingImage._features, never serialised). The evidence names the
photo's URL and SHA-256, the inlier count and the bounding box in the photo's pixels (for a registered
photo: the part of the listing photo it covers).
"""

from __future__ import annotations

from schemas import ImageFingerprint, Listing, Rule
from services.matcher.core.detectors.base import Catalogue, Detector
from services.matcher.core.logos import MIN_INLIERS, LogoIndex
from services.matcher.core.normalise import ListingText
from services.matcher.core.photos import PhotoError, features_from_b64
from services.matcher.core.scoring import Evidence

FULL_WEIGHT_INLIERS = 60  # inliers at which a logo weighs image_at_zero; MIN_INLIERS weighs image_at_max_distance


class LogoDetector(Detector):
    name = "logos"

    def __init__(self, catalogue: Catalogue) -> None:
        super().__init__(catalogue)
        self.table = LogoIndex()

    def add(self, i: int, fp) -> str | None:
        if not isinstance(fp, ImageFingerprint) or fp.algorithm not in ("logo", "pdq"):
            return None
        whole_photo = fp.algorithm == "pdq"
        if not fp.features:
            return None if whole_photo else "a logo fingerprint needs its features (register the logo image)"
        try:
            features = features_from_b64(fp.features)
        except PhotoError as exc:
            return f"{fp.algorithm} features unreadable: {exc}"
        if not self.table.add(i, features, whole_photo=whole_photo, owner=fp.brand_id):
            return None if whole_photo else "the logo has too few features to be found in photos (too small or too plain)"
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
            if photo is None:
                continue
            for hit in self.table.search(photo.features):
                fp = self.fingerprints[hit.logo]
                share = min(1.0, max(0.0, (hit.inliers - MIN_INLIERS) / (FULL_WEIGHT_INLIERS - MIN_INLIERS)))
                weight = w.image_at_max_distance + (w.image_at_zero - w.image_at_max_distance) * share
                if hit.whole_photo:
                    rule, label = Rule.pdq, fp.label or "photo"
                    detail = (f"{label}: the photo is cut from it (cropped or edited), {hit.inliers} features agree "
                              f"with one homography, box {list(hit.box)}")
                else:
                    rule, label = Rule.logo, fp.label or "logo"
                    detail = f"{label} found in the photo: {hit.inliers} features agree with one homography, box {list(hit.box)}"
                found.append(Evidence(rule, weight, hit.logo, "image", image_number, image_number + 1, image.url,
                                      label, url=image.url, content_hash=image.sha256, inliers=hit.inliers, box=hit.box,
                                      detail=detail))
        return found

    def memory_bytes(self) -> int:
        return self.table.memory_bytes()

    def stats(self) -> dict[str, int]:
        return {"logos": len(self.table)}
