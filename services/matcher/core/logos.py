"""Registered logos found inside listing photos: ORB descriptors, a visual-word index for candidates, a homography check.

Candidates (not a loop over every logo): every registered entry's ORB descriptors (256 bits each) are
quantised into visual words by a two-level vocabulary tree trained on the registry at compile time
(`Vocabulary`: about `WORD_DESCRIPTORS` registered descriptors a word, at most 65,536 words), and an
inverted file maps each word to the entries that have it. A photo's descriptors are quantised too (each
to `QUERY_SPREAD` x `QUERY_SPREAD` words, so that a descriptor near a border between words still meets
its match), and every entry is scored by the idf of the words it shares with the photo (tf-idf with
binary term frequencies, normalised by the entry's own; Sivic & Zisserman 2003, Nister & Stewenius 2006).
The `CANDIDATES` best logos and the `CANDIDATES` best registered photos (ranked apart: a product photo
shares many plain edge words with any listing photo) sharing `MIN_VOTES` words or more are verified. This
replaced a FLANN multi-probe LSH over every registered descriptor (two nearest neighbours of each photo
descriptor, Lowe's ratio, a vote), which cost 2.4 s a photo at 10,000 logos; the figures before and after
are in services/matcher/README.md (Images).

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
as a logo does. A logo's inliers must also be spread over it (`_spread`: `MIN_COVER` of the cells that
hold its keypoints, `MIN_EXPLAINED` of its keypoints): another card sharing two of its letters in the same
font fits a homography to those letters with as many inliers as the logo shown small. Several entries
fitting the same place: one is kept only when it has `PLACE_MARGIN` times the inliers of every other (the
generated logos are cards with four capital letters in a few fonts, and
two registered cards sharing letters fit a homography to a third, unregistered one, equally well).
On the generated plain photos (ellipses on a flat ground) a 20 %-a-side crop often keeps too few corners to
be found; a wrong registered photo reached at most 12 inliers over 180 unregistered photos.
"""

from __future__ import annotations

import hashlib
import math
import struct
from dataclasses import dataclass

import cv2
import numpy as np

from services.matcher.core.buckets import Buckets
from services.matcher.core.photos import Features

WORD_DESCRIPTORS = 4  # registered descriptors a visual word, about (the vocabulary's size follows the registry)
MAX_BRANCHING = 256  # 65,536 words at most
TRAIN_SAMPLE = 50_000
VOCABULARY_SEED = 15
CANDIDATES = 16
QUERY_SPREAD = 2  # a photo descriptor's words: its 2 nearest top centres' 2 nearest children each
MIN_VOTES = 3
RATIO = 0.8
RANSAC_PX = 6.0
MIN_INLIERS = 20  # 15 before logos were padded (photos.LOGO_BORDER): their extra coarse-level keypoints let cards sharing
# letters fit an unregistered card with 15-19 inliers (40 brands, 15 listings: false alerts 8 + 6 -> 1 + 3, recall kept)
MIN_FEATURES = 30  # a registered logo or photo with fewer ORB features is refused (the portal says so at upload)
MIN_INLIER_SHARE = 0.3  # of the ratio-test matches
RANSAC_CONFIDENCE = 0.995  # OpenCV's default
RANSAC_ITERATIONS = math.ceil(math.log(1 - RANSAC_CONFIDENCE) / math.log(1 - MIN_INLIER_SHARE ** 4))  # 652
# (Fischler & Bolles 1981: the samples of 4 matches that find, with RANSAC_CONFIDENCE, a homography that MIN_INLIER_SHARE
# of the matches support; one supported by fewer is refused anyway. OpenCV's default cap, 2,000, is what every
# candidate that is not in the photo spends: 30 CPU-ms of a 40-match fit with no model, most of a photo's search)
SPREAD_GRID = 10  # the logo's frame cut into square cells of a tenth of its longer side (10 x 5 for a 240 x 120 logo)
MIN_COVER = 0.4  # ... the inliers fall in this share of the cells that hold the logo's keypoints (not 2 letters of 4)
MIN_EXPLAINED = 0.12  # the inliers are at least this share of the logo's keypoints inside its frame
SAME_PLACE_IOU = 0.4  # two logos found at the same place: only the better one is there
PLACE_MARGIN = 1.5  # ... and only when it has this many times the other's inliers (else neither is trusted)
SAME_PLACE_POINTS = 0.3  # two logos whose inliers share this share of the smaller's photo keypoints are at one place
SAME_PICTURE = 0.5  # two registered entries of which one homography maps this share of the smaller's keypoints onto the
# other are one picture registered twice, not rivals (tenant55: a brand that uploaded a copy of another's logo made both
# fail PLACE_MARGIN, so the victim's logo was never found). Measured on tests/unit/images/pictures' logos, 40 seeds, the
# share against the logo's own features: its JPEG (q 95, q 60), PNG and 0.7x copies 0.52-1.0 (medians 0.66-1.0), a
# 1.5x copy 0.38-0.7 (median 0.54); other cards sharing two letters, one letter, an anagram, half the logo spliced to
# another's, other logos: at most 0.45 (medians 0-0.31)
SAME_PICTURE_COVER = 0.5  # ... or whose inliers cover this share of both entries' keypoint cells (_cover): a copy
# uploaded at another scale keeps its whole picture but not its keypoints (tenant56: a 1.5x or 2x copy made the victim's
# logo lose its place again). Measured on tests/unit/images/pictures' logos, 40 seeds, against the logo's own features:
# the smaller cover of the two for 0.7x, 1.5x (also JPEG q50) and 2x copies 0.54-1.0 (medians 0.71-0.84); a half card
# at most 0.44, an anagram 0.33, half the logo spliced to another card 0.24-0.65 (median 0.35). With either criterion
# 40 of 40 1.5x and 2x copies are one picture (SAME_PICTURE alone: 20-27 of 40 and 1-2 of 40), and 5-6 of 40 spliced
# cards: a brand that registers half of another's logo spliced to its own is then alerted beside it (never hiding it)
SEARCHED = 4096  # photos whose hits an index keeps (by the features' content): a photo seen again is not searched again
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
        self._owners: list[str] = []
        self._vocabulary: Vocabulary | None = None
        self._postings: Buckets | None = None  # visual word -> the entries (positions in _logos) that have it
        self._idf = np.zeros(0, dtype=np.float32)  # per word: log(entries / entries with the word)
        self._norms = np.zeros(0, dtype=np.float32)  # per entry: sqrt of its distinct words' idf squared, summed
        self._whole_photo = np.zeros(0, dtype=bool)  # per entry: a registered product photo, not a logo
        self._searched: dict[bytes, tuple[LogoHit, ...]] = {}  # content key of a photo's features -> its hits
        self._pictures: dict[tuple[int, int], bool] = {}  # (entry, entry) -> one picture registered twice (_same_picture)

    def add(self, logo: int, features: Features, *, whole_photo: bool = False, owner: str = "") -> bool:
        """False when the logo (or, whole_photo, the registered product photo) has too few features to be found.
        `owner` (a brand): entries of one owner found at one place are not each other's rivals (PLACE_MARGIN)."""
        if len(features) < MIN_FEATURES:
            return False
        self._logos.append((logo, features, whole_photo))
        self._owners.append(owner)
        return True

    def compile(self) -> None:
        self._vocabulary = self._postings = None
        self._searched = {}
        self._pictures = {}
        if not self._logos:
            return
        descriptors = np.concatenate([f.descriptors for _, f, _ in self._logos])
        owners = np.concatenate([np.full(len(f), n, dtype=np.int64) for n, (_, f, _) in enumerate(self._logos)])
        self._vocabulary = Vocabulary.train(descriptors, np.random.default_rng(VOCABULARY_SEED))
        words, rows = self._vocabulary.words(descriptors)
        pairs = _distinct(owners[rows] * self._vocabulary.size + words)  # each (entry, word) once
        entries, words = pairs // self._vocabulary.size, pairs % self._vocabulary.size
        self._postings = Buckets(words, self._vocabulary.size, entries=entries.astype(np.int32))
        frequency = np.diff(self._postings.offsets).astype(np.float32)
        self._idf = np.log(len(self._logos) / np.maximum(frequency, 1)).astype(np.float32)
        self._whole_photo = np.array([whole_photo for _, _, whole_photo in self._logos])
        self._norms = np.sqrt(np.bincount(entries, weights=self._idf[words] ** 2, minlength=len(self._logos))
                              ).astype(np.float32)

    def __len__(self) -> int:
        return len(self._logos)

    def memory_bytes(self) -> int:
        descriptors = sum(f.descriptors.nbytes + f.points.nbytes for _, f, _ in self._logos)
        index = self._postings.nbytes + self._idf.nbytes + self._norms.nbytes if self._postings is not None else 0
        return descriptors + index + (self._vocabulary.nbytes if self._vocabulary is not None else 0)

    def candidates(self, photo: Features) -> list[int]:
        """Positions of the entries that share the most distinctive visual words with the photo, best first: each
        distinct word of the photo adds its idf to every entry that has it, divided by the entry's norm (tf-idf
        with binary term frequencies; Sivic & Zisserman, "Video Google", ICCV 2003)."""
        if self._postings is None or len(photo) < 2:
            return []
        words = _distinct(self._vocabulary.words(photo.descriptors, QUERY_SPREAD)[0])
        found, source = self._postings.positions(words)
        if not len(found):
            return []
        entries = self._postings.columns["entries"][found]
        shared = np.bincount(entries, minlength=len(self._logos))
        scores = np.bincount(entries, weights=self._idf[words][source], minlength=len(self._logos)) / np.maximum(
            self._norms, 1e-6)
        scores[shared < MIN_VOTES] = -1.0
        best = []
        for kind in (self._whole_photo, ~self._whole_photo):  # logos and registered photos each get their places
            ranked = np.flatnonzero(kind)[np.argsort(-scores[kind], kind="stable")[:CANDIDATES]]
            best.extend(int(n) for n in ranked if scores[n] >= 0)
        return sorted(best, key=lambda n: -scores[n])

    def search(self, photo: Features) -> list[LogoHit]:
        """The registered entries found in the photo. The same features give the same hits (the index does not change
        once compiled), so a photo seen again -- the same image in another listing, a relist, a re-sent batch -- is
        answered from the last `SEARCHED` photos' hits, keyed by a hash of its keypoints and descriptors (what the
        search reads: the key cannot claim another photo's content, unlike the sender's SHA-256)."""
        key = _content_key(photo)
        hits = self._searched.get(key)
        if hits is None:
            hits = self._searched[key] = tuple(self._search(photo))
            while len(self._searched) > SEARCHED:  # the oldest first (dicts keep insertion order)
                self._searched.pop(next(iter(self._searched)), None)
        return list(hits)

    def _search(self, photo: Features) -> list[LogoHit]:
        hits, owners, points, entries = [], {}, {}, {}
        for n in self.candidates(photo):
            logo, features, whole_photo = self._logos[n]
            found = self._verify(features, photo, whole_photo)
            if found is not None:
                hit = LogoHit(logo, found[0], found[1], whole_photo)
                hits.append(hit)
                owners[logo], points[hit], entries[hit] = self._owners[n], found[2], n
        # one registered entry a place, and only when it fits clearly better than the others that fit there too
        # (Lowe's ratio test lifted from descriptors to whole logos: two logos sharing letters in one font both fit
        # a homography to a third, unregistered one, with inliers of the same order). Two entries are at the same
        # place when their boxes overlap (SAME_PLACE_IOU) or when they explain the same photo keypoints
        # (SAME_PLACE_POINTS of the smaller inlier set: a keypoint belongs to one logo; two logos sharing two
        # letters map them onto the same letters of the photo with boxes that need not overlap much)
        # The one picture registered by two brands is no such doubt: each owner's entry is found there (a brand that
        # registers a copy of another's logo is alerted beside it, as two brands sharing a mark are; it never hides it)
        def same_place(a: LogoHit, b: LogoHit) -> bool:
            shared = len(points[a] & points[b]) / min(len(points[a]), len(points[b]))
            return _iou(a.box, b.box) >= SAME_PLACE_IOU or shared >= SAME_PLACE_POINTS

        def others_copy(a: LogoHit, b: LogoHit) -> bool:
            return owners[a.logo] != owners[b.logo] and self._same_picture(entries[a], entries[b])

        kept: list[LogoHit] = []
        hits.sort(key=lambda h: -h.inliers)
        for n, hit in enumerate(hits):
            rivals = [other for other in hits[:n] + hits[n + 1:] if other.whole_photo == hit.whole_photo
                      and owners[other.logo] != owners[hit.logo] and same_place(hit, other) and not others_copy(hit, other)]
            if all(hit.inliers >= PLACE_MARGIN * other.inliers for other in rivals) and not any(
                    same_place(hit, other) and not others_copy(hit, other) for other in kept):
                kept.append(hit)
        return kept

    def _same_picture(self, a: int, b: int) -> bool:
        """Entries `a` and `b` (positions) are one picture registered twice: one homography maps `SAME_PICTURE` of the
        smaller one's keypoints onto the other's (asked only of entries found at one place; kept per pair)."""
        pair = (min(a, b), max(a, b))
        same = self._pictures.get(pair)
        if same is None:
            small, large = sorted((self._logos[a][1], self._logos[b][1]), key=len)
            mine, theirs = self._ratio_matches(small, large)
            same = False
            if len(mine) >= MIN_INLIERS:
                homography, mask = cv2.findHomography(small.points[mine].reshape(-1, 1, 2),
                                                      large.points[theirs].reshape(-1, 1, 2), cv2.RANSAC, RANSAC_PX,
                                                      maxIters=RANSAC_ITERATIONS, confidence=RANSAC_CONFIDENCE)
                if homography is not None:
                    kept = mask.ravel().astype(bool)
                    same = int(mask.sum()) >= SAME_PICTURE * len(small) or min(
                        _cover(small, small.points[mine][kept]), _cover(large, large.points[theirs][kept])) >= SAME_PICTURE_COVER
            if len(self._pictures) >= SEARCHED:
                self._pictures.pop(next(iter(self._pictures)))
            self._pictures[pair] = same
        return same

    def _verify(self, logo: Features, photo: Features, whole_photo: bool
                ) -> tuple[int, tuple[int, int, int, int], frozenset[int]] | None:
        """(inliers, box, the photo keypoints among the inliers) or None."""
        if len(photo) < (PHOTO_MIN_INLIERS if whole_photo else MIN_INLIERS):
            return None
        if whole_photo:
            quad_and_inliers = self._fit_crop(logo, photo)
        else:
            quad_and_inliers = self._fit_logo(logo, photo)
        if quad_and_inliers is None:
            return None
        quad, inliers, photo_points = quad_and_inliers
        if not (_covers(quad, photo.width, photo.height) if whole_photo else _plausible(quad, photo.width, photo.height)):
            return None
        x0, y0 = np.clip(quad.min(axis=0), 0, [photo.width, photo.height])
        x1, y1 = np.clip(quad.max(axis=0), 0, [photo.width, photo.height])
        return inliers, (int(x0), int(y0), int(x1), int(y1)), photo_points

    @staticmethod
    def _ratio_matches(query: Features, train: Features) -> tuple[np.ndarray, np.ndarray]:
        """(rows of `query`, rows of `train`): each query descriptor's nearest train descriptor, kept when it is
        clearly nearer than the second nearest (Lowe's ratio test, `RATIO`)."""
        if len(train) < 2:
            return np.zeros(0, np.int64), np.zeros(0, np.int64)
        distances, nearest = _knn(query.descriptors, train.descriptors, 2)
        good = np.flatnonzero(distances[:, 0] < RATIO * distances[:, 1])
        return good, nearest[good, 0].astype(np.int64)

    def _fit_logo(self, logo: Features, photo: Features) -> tuple[np.ndarray, int, frozenset[int]] | None:
        """The logo's corners in the photo under the homography most ratio-test matches agree with, their count and
        their photo keypoints."""
        mine, theirs = self._ratio_matches(logo, photo)
        if len(mine) < MIN_INLIERS:
            return None
        source = logo.points[mine].reshape(-1, 1, 2)
        target = photo.points[theirs].reshape(-1, 1, 2)
        homography, mask = cv2.findHomography(source, target, cv2.RANSAC, RANSAC_PX, maxIters=RANSAC_ITERATIONS,
                                              confidence=RANSAC_CONFIDENCE)
        if homography is None:
            return None
        inliers = int(mask.sum())
        if inliers < MIN_INLIERS or inliers < MIN_INLIER_SHARE * len(mine) or not _spread(
                logo, source.reshape(-1, 2)[mask.ravel().astype(bool)]):
            return None
        w, h = logo.width, logo.height
        corners = cv2.perspectiveTransform(np.float32([[0, 0], [w, 0], [w, h], [0, h]]).reshape(-1, 1, 2), homography)
        return corners.reshape(-1, 2), inliers, frozenset(theirs[mask.ravel().astype(bool)].tolist())

    def _fit_crop(self, registered: Features, photo: Features) -> tuple[np.ndarray, int, frozenset[int]] | None:
        """The registered photo's corners in a listing photo cut from it: each listing descriptor's nearest registered
        one (ratio test), then a similarity (scale, rotation, shift: what cropping and resizing do; 4 degrees of
        freedom, so fewer matches fit it than a homography) by RANSAC."""
        mine, theirs = self._ratio_matches(photo, registered)
        if len(mine) < PHOTO_MIN_INLIERS:
            return None
        source = registered.points[theirs]
        target = photo.points[mine]
        similarity, mask = cv2.estimateAffinePartial2D(source, target, method=cv2.RANSAC, ransacReprojThreshold=RANSAC_PX)
        if similarity is None:
            return None
        inliers = int(mask.sum())
        if inliers < PHOTO_MIN_INLIERS or inliers < MIN_INLIER_SHARE * len(mine):
            return None
        w, h = registered.width, registered.height
        corners = np.float32([[0, 0], [w, 0], [w, h], [0, h]]) @ similarity[:, :2].T.astype(np.float32) + similarity[:, 2]
        return corners.astype(np.float32), inliers, frozenset(mine[mask.ravel().astype(bool)].tolist())


class Vocabulary:
    """A two-level vocabulary tree over binary descriptors (Nister & Stewenius, "Scalable recognition with a
    vocabulary tree", CVPR 2006; k-majority clustering for binary descriptors as in Galvez-Lopez & Tardos's DBoW2):
    `branching` centres at the top, each with up to `branching` children; a descriptor's word is its nearest
    child of its nearest top centre (Hamming distance), branching**2 words at most. Trained on the registry
    itself at compile time (a sample of at most TRAIN_SAMPLE descriptors), so that words follow what is registered."""

    def __init__(self, top: np.ndarray, children: list[np.ndarray], branching: int) -> None:
        self.top, self.children, self.branching = top, children, branching
        self.size = len(top) * branching

    @property
    def nbytes(self) -> int:
        return self.top.nbytes + sum(c.nbytes for c in self.children)

    @classmethod
    def train(cls, descriptors: np.ndarray, rng: np.random.Generator) -> Vocabulary:
        branching = int(np.clip(np.sqrt(len(descriptors) / WORD_DESCRIPTORS), 2, MAX_BRANCHING))
        sample = descriptors[rng.choice(len(descriptors), min(len(descriptors), TRAIN_SAMPLE), replace=False)]
        top, parents = _k_majority(sample, branching, rng)
        children = [_k_majority(sample[parents == p], branching, rng)[0] for p in range(len(top))]
        return cls(top, children, branching)

    def words(self, descriptors: np.ndarray, spread: int = 1) -> tuple[np.ndarray, np.ndarray]:
        """(word, row of `descriptors`) pairs: each descriptor's word (0 <= word < size); with spread > 1, the words
        of its `spread` nearest top centres' `spread` nearest children each (a query's soft assignment: a descriptor
        near a border between words still shares one with its match)."""
        parents, rows = _nearest(descriptors, self.top, spread)
        words, owners = [np.zeros(0, dtype=np.int64)], [np.zeros(0, dtype=np.int64)]
        order = np.argsort(parents, kind="stable")
        for group in np.split(order, np.flatnonzero(np.diff(parents[order])) + 1):
            p, mine = int(parents[group[0]]), rows[group]
            children, of = _nearest(descriptors[mine], self.children[p], spread)
            words.append(p * self.branching + children)
            owners.append(mine[of])
        return np.concatenate(words), np.concatenate(owners)


def _content_key(photo: Features) -> bytes:
    """16 bytes of BLAKE2b over the photo's size, keypoints and descriptors."""
    digest = hashlib.blake2b(struct.pack("<II", photo.width, photo.height), digest_size=16)
    digest.update(np.ascontiguousarray(photo.points, dtype=np.float32).tobytes())
    digest.update(np.ascontiguousarray(photo.descriptors, dtype=np.uint8).tobytes())
    return digest.digest()


def _distinct(values: np.ndarray) -> np.ndarray:
    """np.unique(values) by a sort (numpy 2.4's np.unique hashes: 100 times slower on 3.3 M int64)."""
    ordered = np.sort(values)
    return ordered[np.concatenate([[True], ordered[1:] != ordered[:-1]])] if len(ordered) else ordered


def _knn(query: np.ndarray, train: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray]:
    """(Hamming distances, rows of `train`), each [len(query), k], nearest first: each query descriptor's k nearest
    train descriptors (k <= len(train); OpenCV's brute-force matcher's kernel, cv2.batchDistance, without building
    a cv2.DMatch object a pair)."""
    if not len(query):
        return np.zeros((0, k), np.int32), np.zeros((0, k), np.int32)
    return cv2.batchDistance(query, train, cv2.CV_32S, normType=cv2.NORM_HAMMING, K=k)


def _nearest(descriptors: np.ndarray, centres: np.ndarray, k: int = 1) -> tuple[np.ndarray, np.ndarray]:
    """(centre, row of `descriptors`) pairs: each descriptor's k nearest centres by Hamming distance."""
    if len(centres) == 1 or not len(descriptors):
        return np.zeros(len(descriptors), dtype=np.int64), np.arange(len(descriptors))
    k = min(k, len(centres))
    return _knn(descriptors, centres, k)[1].astype(np.int64).ravel(), np.repeat(np.arange(len(descriptors)), k)


def _k_majority(descriptors: np.ndarray, k: int, rng: np.random.Generator, rounds: int = 4
                ) -> tuple[np.ndarray, np.ndarray]:
    """(centres [<= k, 32] uint8, each descriptor's centre): k-means under Hamming distance, a centre being the
    bitwise majority of its members."""
    if len(descriptors) <= k:
        return descriptors.copy() if len(descriptors) else np.zeros((1, 32), np.uint8), np.arange(len(descriptors))
    centres = descriptors[rng.choice(len(descriptors), k, replace=False)]
    for _ in range(rounds):
        assigned = _nearest(descriptors, centres)[0]
        counts = np.bincount(assigned, minlength=k)
        members = np.flatnonzero(counts)
        centres[members] = np.packbits(2 * _bit_sums(descriptors, assigned, k)[members] > counts[members, None], axis=1)
    return centres, _nearest(descriptors, centres)[0]


_BYTE_BITS = np.unpackbits(np.arange(256, dtype=np.uint8)[:, None], axis=1).astype(np.int64)  # [256, 8]: a byte's bits


def _bit_sums(descriptors: np.ndarray, assigned: np.ndarray, k: int) -> np.ndarray:
    """[k, 256]: per centre, how many of its members have each of the 256 bits set. Many members a centre: from how
    many members have each value of each byte ([k, 32, 256] counts) times each value's 8 bits; few: bit by bit."""
    if len(descriptors) >= 32 * k:
        values = np.stack([np.bincount(assigned * 256 + column, minlength=k * 256) for column in
                           descriptors.T.astype(np.int64)])  # [32 bytes, k * 256 values]
        return (values.reshape(32, k, 256).transpose(1, 0, 2) @ _BYTE_BITS).reshape(k, 256)
    order = np.argsort(assigned, kind="stable")
    counts = np.bincount(assigned, minlength=k)
    members = np.flatnonzero(counts)
    sums = np.zeros((k, 256), np.int64)
    sums[members] = np.add.reduceat(np.unpackbits(descriptors[order], axis=1),
                                    np.concatenate([[0], np.cumsum(counts)[:-1]])[members], axis=0, dtype=np.int64)
    return sums


def _spread(logo: Features, inliers: np.ndarray) -> bool:
    """The inliers (logo pixels, [n, 2]) cover the logo, not a part it shares with another logo: they fall in at least
    MIN_COVER of the grid cells (squares a SPREAD_GRID-th of the logo's longer side) that hold the logo's own keypoints,
    and are at least MIN_EXPLAINED of the logo's keypoints inside its frame. Cards with a four-letter word sharing one
    or two letters and their font with a registered card fit its homography with 20-120 inliers. Measured on
    tests.eval.logos' generated logos (10,000 registered, 40 photos of each logo and negative row, every candidate
    verified): such other cards cover 10-60 % of the cells (median 28 %) and explain 5-31 % of the keypoints (median
    10 %); the registered logo itself, scaled 0.6, rotated or 45 % covered, 33-100 % (median 77 %) and 17-76 %
    (median 57 %). A card sharing half its word is as spread as the logo half covered: MIN_COVER 0.45 would lose
    3 of 40 logos 45 % covered."""
    framed = _framed(logo)
    return _cells(logo, inliers) >= MIN_COVER * _cells(logo, framed) and len(inliers) >= MIN_EXPLAINED * len(framed)


def _framed(logo: Features) -> np.ndarray:
    """The logo's keypoints inside its frame."""
    return logo.points[((logo.points >= 0) & (logo.points <= [logo.width, logo.height])).all(axis=1)]


def _cells(logo: Features, points: np.ndarray) -> int:
    """How many of the logo's grid cells (squares a SPREAD_GRID-th of its longer side) hold one of `points`."""
    w, h = logo.width, logo.height
    side = max(w, h) / SPREAD_GRID
    last = [np.ceil(w / side) - 1, np.ceil(h / side) - 1]
    grid = np.clip(np.floor(points / side), 0, last).astype(np.int64)
    return len(np.unique(grid[:, 0] * SPREAD_GRID + grid[:, 1]))


def _cover(logo: Features, points: np.ndarray) -> float:
    """The share of the cells holding the logo's own keypoints that hold one of `points` (SAME_PICTURE_COVER)."""
    return _cells(logo, points) / max(1, _cells(logo, _framed(logo)))


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
