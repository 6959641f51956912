"""Registered logos found inside listing photos: ORB descriptors, an LSH index for candidates, a homography check.

Candidates (not a loop over every logo): every registered logo's ORB descriptors (256 bits each) are
filed in `TABLES` hash tables, each keyed by `KEY_BITS` bits sampled at fixed random positions of the
descriptor (bit-sampling LSH for Hamming space, Indyk & Motwani 1998; Gionis et al. 1999). A photo's
descriptors look up their keys; every logo that shares a key gets a vote weighted like a rare word
(log(logos / logos filed under that key), the inverse document frequency of bag-of-words retrieval,
Sivic & Zisserman 2003), divided by the square root of the logo's own descriptor count. The `CANDIDATES`
logos with the most votes are verified.

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

TABLES = 12
KEY_BITS = 12
CANDIDATES = 10
RATIO = 0.8
RANSAC_PX = 6.0
MIN_INLIERS = 12
MIN_INLIER_SHARE = 0.25  # of the ratio-test matches


@dataclass(frozen=True, slots=True)
class LogoHit:
    logo: int  # the caller's id for the logo (the fingerprint number)
    inliers: int
    box: tuple[int, int, int, int]  # x0, y0, x1, y1 in the photo's pixels


class LogoIndex:
    def __init__(self, seed: int = 15) -> None:
        rng = np.random.default_rng(seed)
        self._bits = [np.sort(rng.choice(256, KEY_BITS, replace=False)) for _ in range(TABLES)]
        self._weights = (1 << np.arange(KEY_BITS, dtype=np.int64))[::-1]
        self._logos: list[tuple[int, Features]] = []
        self._tables: list[dict[int, np.ndarray]] = []
        self._matcher = cv2.BFMatcher(cv2.NORM_HAMMING)

    def add(self, logo: int, features: Features) -> bool:
        """False when the logo has too few features to be found (a flat or tiny picture)."""
        if len(features) < MIN_INLIERS * 2:
            return False
        self._logos.append((logo, features))
        return True

    def _keys(self, descriptors: np.ndarray) -> list[np.ndarray]:
        bits = np.unpackbits(descriptors, axis=1)
        return [bits[:, positions].astype(np.int64) @ self._weights for positions in self._bits]

    def compile(self) -> None:
        self._tables = []
        if not self._logos:
            return
        self._norms = np.sqrt(np.array([len(f) for _, f in self._logos], dtype=np.float64))
        owners = np.concatenate([np.full(len(f), n, dtype=np.int32) for n, (_, f) in enumerate(self._logos)])
        keys = self._keys(np.concatenate([f.descriptors for _, f in self._logos]))
        for table_keys in keys:
            order = np.lexsort((owners, table_keys))
            k, o = table_keys[order], owners[order]
            cuts = np.flatnonzero(np.diff(k)) + 1
            table = {}
            for kk, oo in zip(np.split(k, cuts), np.split(o, cuts)):
                filed = np.unique(oo)
                table[int(kk[0])] = (filed, np.log((len(self._logos) + 1) / len(filed)) / self._norms[filed])
            self._tables.append(table)

    def __len__(self) -> int:
        return len(self._logos)

    def memory_bytes(self) -> int:
        return sum(f.descriptors.nbytes + f.points.nbytes for _, f in self._logos) + 100 * sum(map(len, self._tables))

    def candidates(self, photo: Features) -> list[int]:
        """Positions of the logos most photo descriptors share an LSH key with, best first."""
        if not self._tables or not len(photo):
            return []
        votes = np.zeros(len(self._logos))
        for table, keys in zip(self._tables, self._keys(photo.descriptors)):
            found = [table[k] for k in keys.tolist() if k in table]
            if found:
                np.add.at(votes, np.concatenate([f for f, _ in found]), np.concatenate([w for _, w in found]))
        best = np.argsort(-votes)[:CANDIDATES]
        return [int(n) for n in best if votes[n] > 0]

    def search(self, photo: Features) -> list[LogoHit]:
        hits = []
        for n in self.candidates(photo):
            logo, features = self._logos[n]
            hit = self._verify(features, photo)
            if hit is not None:
                hits.append(LogoHit(logo, *hit))
        return hits

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
