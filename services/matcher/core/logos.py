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

Registered product photos (`pdq` fingerprints that carry the photo's ORB features) go into the same
index: a listing photo cut from one (cropped 5–20 % a side, where PDQ no longer sees the same picture) is
verified with a similarity instead of a homography (cropping and resizing only shift, scale and turn a
photo; 4 degrees of freedom fit by fewer matches, from each listing descriptor's nearest registered one),
and the registered photo must then cover nearly all the listing photo (`PHOTO_COVER`), not lie inside it
as a logo does. On the generated plain photos (ellipses on a flat ground) a 20 %-a-side crop often keeps
too few corners to be found; a wrong registered photo reached at most 12 inliers over 180 unregistered photos.
"""

from __future__ import annotations

from dataclasses import dataclass

import cv2
import numpy as np

from services.matcher.core.photos import Features

LSH_TABLES = 6
LSH_KEY_BITS = 16  # at least; more as the registry grows, so that a bucket holds about BUCKET_DESCRIPTORS
MAX_KEY_BITS = 20
BUCKET_DESCRIPTORS = 4  # a probe reads the whole bucket: 12 bits at 10^4 logos (1.7 M descriptors) read 400 a probe
CANDIDATES = 6
MIN_VOTES = 3
RATIO = 0.8
RANSAC_PX = 6.0
MIN_INLIERS = 15
MIN_INLIER_SHARE = 0.3  # of the ratio-test matches
SAME_PLACE_IOU = 0.4  # two logos found at the same place: only the better one is there
PHOTO_MIN_INLIERS = 15  # matches agreeing with one similarity, for a listing photo cut from a registered photo
PHOTO_COVER = 0.9  # a registered photo's quadrilateral covers at least this share of the listing photo (it was cut from it)
PHOTO_MAX_ZOOM = 4.0  # ... and is at most this many times the listing photo's area (a crop of 50 % a side)


@dataclass(frozen=True, slots=True)
class LogoHit:
    logo: int  # the caller's id for the logo (the fingerprint number)
    inliers: int
    box: tuple[int, int, int, int]  # x0, y0, x1, y1 in the photo's pixels
    whole_photo: bool = False  # a registered product photo (the listing photo is cut from it), not a logo


class LogoIndex:
    def __init__(self) -> None:
        self._logos: list[tuple[int, Features, bool]] = []  # (caller's id, features, whole photo)
        self._owners = np.zeros(0, dtype=np.int32)
        self._flann: cv2.FlannBasedMatcher | None = None
        self._matcher = cv2.BFMatcher(cv2.NORM_HAMMING)

    def add(self, logo: int, features: Features, *, whole_photo: bool = False) -> bool:
        """False when the logo (or, whole_photo, the registered product photo) has too few features to be found."""
        if len(features) < MIN_INLIERS * 2:
            return False
        self._logos.append((logo, features, whole_photo))
        return True

    def compile(self) -> None:
        self._flann = None
        if not self._logos:
            return
        self._owners = np.concatenate([np.full(len(f), n, dtype=np.int32) for n, (_, f, _) in enumerate(self._logos)])
        self._flann = cv2.FlannBasedMatcher(
            {"algorithm": 6, "table_number": LSH_TABLES, "key_size": key_bits(len(self._owners)), "multi_probe_level": 1},
            {"checks": 50})  # algorithm 6: LSH
        self._flann.add([np.concatenate([f.descriptors for _, f, _ in self._logos])])
        self._flann.train()

    def __len__(self) -> int:
        return len(self._logos)

    def memory_bytes(self) -> int:
        descriptors = sum(f.descriptors.nbytes + f.points.nbytes for _, f, _ in self._logos)
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
            logo, features, whole_photo = self._logos[n]
            hit = self._verify(features, photo, whole_photo)
            if hit is not None:
                hits.append(LogoHit(logo, *hit, whole_photo))
        kept: list[LogoHit] = []
        for hit in sorted(hits, key=lambda h: -h.inliers):
            if all(_iou(hit.box, other.box) < SAME_PLACE_IOU for other in kept):
                kept.append(hit)
        return kept

    def _verify(self, logo: Features, photo: Features, whole_photo: bool) -> tuple[int, tuple[int, int, int, int]] | None:
        if len(photo) < (PHOTO_MIN_INLIERS if whole_photo else MIN_INLIERS):
            return None
        if whole_photo:
            quad_and_inliers = self._fit_crop(logo, photo)
        else:
            quad_and_inliers = self._fit_logo(logo, photo)
        if quad_and_inliers is None:
            return None
        quad, inliers = quad_and_inliers
        if not (_covers(quad, photo.width, photo.height) if whole_photo else _plausible(quad, photo.width, photo.height)):
            return None
        x0, y0 = np.clip(quad.min(axis=0), 0, [photo.width, photo.height])
        x1, y1 = np.clip(quad.max(axis=0), 0, [photo.width, photo.height])
        return inliers, (int(x0), int(y0), int(x1), int(y1))

    def _ratio_matches(self, query: Features, train: Features) -> list:
        """Each query descriptor's nearest train descriptor, kept when it is clearly nearer than the second nearest
        (Lowe's ratio test, `RATIO`): cv2.DMatch objects with queryIdx into `query`, trainIdx into `train`."""
        pairs = self._matcher.knnMatch(query.descriptors, train.descriptors, k=2)
        return [p[0] for p in pairs if len(p) == 2 and p[0].distance < RATIO * p[1].distance]

    def _fit_logo(self, logo: Features, photo: Features) -> tuple[np.ndarray, int] | None:
        """The logo's corners in the photo under the homography most ratio-test matches agree with, and their count."""
        good = self._ratio_matches(logo, photo)
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
        return corners.reshape(-1, 2), inliers

    def _fit_crop(self, registered: Features, photo: Features) -> tuple[np.ndarray, int] | None:
        """The registered photo's corners in a listing photo cut from it: each listing descriptor's nearest registered
        one (ratio test), then a similarity (scale, rotation, shift: what cropping and resizing do; 4 degrees of
        freedom, so fewer matches fit it than a homography) by RANSAC."""
        good = self._ratio_matches(photo, registered)
        if len(good) < PHOTO_MIN_INLIERS:
            return None
        source = registered.points[[m.trainIdx for m in good]]
        target = photo.points[[m.queryIdx for m in good]]
        similarity, mask = cv2.estimateAffinePartial2D(source, target, method=cv2.RANSAC, ransacReprojThreshold=RANSAC_PX)
        if similarity is None:
            return None
        inliers = int(mask.sum())
        if inliers < PHOTO_MIN_INLIERS or inliers < MIN_INLIER_SHARE * len(good):
            return None
        w, h = registered.width, registered.height
        corners = np.float32([[0, 0], [w, 0], [w, h], [0, h]]) @ similarity[:, :2].T.astype(np.float32) + similarity[:, 2]
        return corners.astype(np.float32), inliers


def key_bits(descriptors: int) -> int:
    """Bits of an LSH key for this many registered descriptors: 16 up to ~260,000 (1,500 logos), about
    BUCKET_DESCRIPTORS a bucket beyond, at most MAX_KEY_BITS (longer keys: a near descriptor shares one less
    often). Measured at 2,000 generated logos (a sweep of the key size): 12 bits 3.4 s of candidate search a
    photo and 60 MB, 15 bits 0.87 s and 38 MB, 18 bits 0.5 s and 21 MB, the right logo among the candidates for
    12 of 12 photos each time. With the eval's 40 logos and 40 photos (18,000 descriptors, the photos' edge
    descriptors crowding a few buckets): 182 -> 110 CPU-ms a photo listing from 12 to 16 bits, the same answers
    (tests.eval.logos identical)."""
    return int(min(MAX_KEY_BITS, max(LSH_KEY_BITS, np.round(np.log2(max(1, descriptors) / BUCKET_DESCRIPTORS)))))


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


def _covers(quad: np.ndarray, width: int, height: int) -> bool:
    """A convex quadrilateral covering at least PHOTO_COVER of the photo, at most PHOTO_MAX_ZOOM times its area."""
    shape = quad.astype(np.float32).reshape(-1, 1, 2)
    if not cv2.isContourConvex(shape):
        return False
    frame = np.float32([[0, 0], [width, 0], [width, height], [0, height]])
    inside, _ = cv2.intersectConvexConvex(quad.astype(np.float32), frame)
    area = width * height
    return inside >= PHOTO_COVER * area and cv2.contourArea(shape) <= PHOTO_MAX_ZOOM * area


def _iou(a: tuple[int, int, int, int], b: tuple[int, int, int, int]) -> float:
    w = max(0, min(a[2], b[2]) - max(a[0], b[0]))
    h = max(0, min(a[3], b[3]) - max(a[1], b[1]))
    union = (a[2] - a[0]) * (a[3] - a[1]) + (b[2] - b[0]) * (b[3] - b[1]) - w * h
    return w * h / union if union > 0 else 0.0
