"""Registered image hashes searched by Hamming distance: one multi-index for 64-bit pHash and 256-bit PDQ hashes.

`HammingIndex(bits, parse, chunks)` keeps every registered hash as `bits // 64` uint64 words, each with its own
Hamming bound and the caller's id. Candidates come from multi-index hashing (Norouzi, Punjani, Fleet, "Fast search
in Hamming space with multi-index hashing", CVPR 2012): the hash is cut into `chunks` chunks (each inside one word),
and each registered hash is filed once per chunk under that chunk's value. Two hashes within Hamming distance
d <= 2 x chunks - 1 differ in at most one bit of some chunk (pigeonhole: chunks with 2 or more differing bits each
make 2 x chunks), so a search reads, for each chunk of each query, the bucket of its value and of its one-bit
neighbours, and checks the hashes found there by XOR and popcount: exactly what a full scan finds. Hashes registered
with a wider bound are scanned on every search; below `multi_index_from` hashes everything is scanned (as fast,
without the table of bucket offsets). With `spread=True` the one-bit neighbours are filed at build time instead
(each hash under its chunk value and every value one bit away: memory x (1 + chunk width)), so a search reads one
bucket a chunk as a plain slice: for pHash, searched on every listing with a photo, that is 3x faster.

    pHash: HammingIndex(64, parse_phash, 6, spread=True): chunks of 11, 11, 11, 11, 10, 10 bits, exact up to 11.
    PDQ:   HammingIndex(256, parse_pdq, 16): 16 chunks of 16 bits, exact up to 31 (Meta's "same picture" bound).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

import numpy as np

from services.matcher.core.memo import Memo
from services.matcher.core.buckets import Buckets

PHASH_HEX_DIGITS = 16  # imagehash's default pHash is 8x8 = 64 bits
PDQ_HEX_DIGITS = 64  # 256 bits
PHASH_CHUNKS = 6  # of 10 or 11 bits: exact up to distance 11
PDQ_CHUNKS = 16  # of 16 bits: exact up to distance 31
PDQ_MULTI_INDEX_MAX_DISTANCE = 2 * PDQ_CHUNKS - 1


def _parse_hex(digits: int) -> Callable[[str | None], int | None]:
    def parse(hex_hash: str | None) -> int | None:
        if not hex_hash or len(hex_hash) != digits:
            return None
        try:
            return int(hex_hash, 16)
        except ValueError:
            return None
    return parse


parse_phash = _parse_hex(PHASH_HEX_DIGITS)  # a 64-bit pHash from 16 hex digits, None when it is not one
parse_pdq = _parse_hex(PDQ_HEX_DIGITS)  # a 256-bit PDQ hash from 64 hex digits, None when it is not one


SEARCHES_REMEMBERED = 16_384  # 64-bit hashes whose answer HammingIndex remembers, forgotten all at once past this many


class HammingIndex:
    """Hashes of `bits` bits (a multiple of 64), each with its own Hamming bound; `parse` turns a hash as sent
    (hex) into an int or None. See the module docstring for the multi-index and its exactness bound."""

    def __init__(self, bits: int, parse: Callable[[str | None], int | None], chunks: int,
                 multi_index_from: int = 5_000, spread: bool = False) -> None:
        words = bits // 64
        if bits % 64 or chunks % words:
            raise ValueError("bits must be a multiple of 64 and the chunks split evenly over its 64-bit words")
        self.bits, self.parse, self.max_multi_index_distance = bits, parse, 2 * chunks - 1
        self._multi_index_from, self._spread = multi_index_from, spread
        self._offsets: list[int] = []  # with spread: the bucket offsets as Python ints, for slicing
        # (word, shift, width) of each chunk: every word cut into chunks // words pieces of near-equal width
        per_word = chunks // words
        widths = [64 // per_word + (k < 64 % per_word) for k in range(per_word)]
        self._layout = [(w, sum(widths[:k]), width) for w in range(words) for k, width in enumerate(widths)]
        self._bases = np.cumsum([0] + [1 << width for _, _, width in self._layout])  # first bucket of each chunk
        # (first bucket, shift, mask) of each chunk as Python ints, for one 64-bit hash (`_search_one`)
        self._one_word_chunks = [(int(base), shift, (1 << width) - 1) for base, (_, shift, width) in zip(self._bases, self._layout)]
        # the chunks' positions and masks as arrays, so one numpy expression cuts every chunk of every hash
        self._chunk_words = np.array([w for w, _, _ in self._layout], dtype=np.intp)
        self._shifts = np.array([shift for _, shift, _ in self._layout], dtype=np.uint64)
        self._masks = np.array([(1 << width) - 1 for _, _, width in self._layout], dtype=np.uint64)
        # [chunks, 1 + widest] a chunk's value XOR these = its value and its one-bit neighbours; a narrower chunk's
        # missing flips point past the last bucket (an empty one) so that every row has the same length
        widest = max(width for _, _, width in self._layout)
        self._flips = np.array([[0] + [1 << b for b in range(widest)] for _ in self._layout], dtype=np.int64)
        self._no_flip = np.array([[False] + [b >= width for b in range(widest)] for _, _, width in self._layout])
        self._pending: list[tuple[int, int, int]] = []
        self._hashes = np.zeros((0, words), dtype=np.uint64)
        self._bounds = np.zeros(0, dtype=np.int32)
        self._ids = np.zeros(0, dtype=np.int32)
        self._chunks: Buckets | None = None  # bucket (chunk k, value v) -> positions of the hashes with chunk k == v
        self._wide = np.zeros(0, dtype=np.intp)  # positions scanned on every search: bound over the multi-index's
        # a 64-bit hash searched before -> its answer (`_search_one`): a product photo comes back listing after listing
        # (a seller's or the copy trade's shared photo), each a search of the same buckets; forgotten at `compile` and
        # all at once past SEARCHES_REMEMBERED
        self._searched: Memo = Memo(SEARCHES_REMEMBERED)

    def add(self, hex_hash: str, max_distance: int, fingerprint: int) -> bool:
        """Index a registered hash; False when `parse` does not read it."""
        value = self.parse(hex_hash)
        if value is None:
            return False
        self._pending.append((value, max_distance, fingerprint))
        return True

    def compile(self) -> None:
        if self._pending:
            self._hashes = self._words([h for h, _, _ in self._pending])
            self._bounds = np.array([b for _, b, _ in self._pending], dtype=np.int32)
            self._ids = np.array([i for _, _, i in self._pending], dtype=np.int32)
            self._chunks, self._wide = None, np.zeros(0, dtype=np.intp)
            if len(self._ids) >= self._multi_index_from:
                narrow = np.flatnonzero(self._bounds <= self.max_multi_index_distance)
                self._wide = np.flatnonzero(self._bounds > self.max_multi_index_distance)
                buckets = self._buckets(self._chunk_values(self._hashes[narrow]), spread=self._spread)
                self._chunks = Buckets(buckets.ravel(), int(self._bases[-1]) + 1,  # + the empty bucket
                                       positions=np.repeat(narrow, buckets[0].size))
                self._offsets = self._chunks.offsets.tolist() if self._spread else []
        self._pending = []
        self._searched.clear()

    def __len__(self) -> int:
        return len(self._ids)

    def memory_bytes(self) -> int:
        chunks = self._chunks.nbytes if self._chunks is not None else 0
        return self._hashes.nbytes + self._bounds.nbytes + self._ids.nbytes + chunks + self._wide.nbytes

    def search(self, hex_hashes: Iterable[str | None]) -> list[tuple[int, int]]:
        """(fingerprint, Hamming distance) of every registered hash within its bound of the nearest of `hex_hashes`
        (one photo's hash, or a photo's PDQ hash and its rotations/mirrors), sorted; unreadable hashes are skipped."""
        values = [v for v in map(self.parse, hex_hashes) if v is not None]
        if not values or not len(self._ids):
            return []
        if len(values) == 1 and self.bits == 64 and (self._spread or self._chunks is None):
            found = self._searched.get(values[0])
            if found is None:
                found = self._searched.remember(values[0], tuple(self._search_one(values[0])))
            return list(found)
        queries = self._words(values)
        if self._chunks is None:
            candidates = np.arange(len(self._ids))
        else:
            probes = self._buckets(self._chunk_values(queries), spread=not self._spread).ravel()
            positions, offsets = self._chunks.columns["positions"], self._offsets
            if self._spread:  # one bucket a chunk: plain slices
                found = [positions[offsets[b]:offsets[b + 1]] for b in probes.tolist()]
            else:
                found = [positions[self._chunks.positions(probes)[0]]]
            # a hash close in several chunks is a candidate several times: the few hits are deduplicated at the end
            candidates = np.concatenate([*found, self._wide])
        distances = np.bitwise_count(self._hashes[candidates][None, :, :] ^ queries[:, None, :]).sum(
            axis=2, dtype=np.int32).min(axis=0)
        within = np.flatnonzero(distances <= self._bounds[candidates])
        hits = set(zip(candidates[within].tolist(), distances[within].tolist()))  # (position, distance)
        return sorted((int(self._ids[position]), distance) for position, distance in hits)

    def _search_one(self, value: int) -> list[tuple[int, int]]:
        """`search` for one 64-bit hash, with Python ints where the general path makes numpy arrays of one row (a
        pHash is searched for every listing with a photo): the same buckets, candidates and answer."""
        if self._chunks is None:
            candidates = None
            hashes, bounds = self._hashes[:, 0], self._bounds
        else:
            positions, offsets = self._chunks.columns["positions"], self._offsets
            found = [positions[offsets[b]:offsets[b + 1]] for b in
                     [base + ((value >> shift) & mask) for base, shift, mask in self._one_word_chunks]]
            candidates = np.concatenate([*found, self._wide])
            hashes, bounds = self._hashes[candidates, 0], self._bounds[candidates]
        distances = np.bitwise_count(hashes ^ np.uint64(value))
        within = np.flatnonzero(distances <= bounds)
        at = within if candidates is None else candidates[within]
        hits = set(zip(at.tolist(), distances[within].tolist()))  # (position, distance)
        return sorted((int(self._ids[position]), distance) for position, distance in hits)

    def _buckets(self, values: np.ndarray, spread: bool) -> np.ndarray:
        """[n, chunks] chunk values -> bucket numbers: [n, chunks] as they are, or with `spread` [n, chunks, 1 + widest]
        with their one-bit neighbours (a narrower chunk's missing flips go to the empty last bucket)."""
        if not spread:
            return values + self._bases[:-1]
        buckets = self._bases[:-1, None] + (values[:, :, None] ^ self._flips)
        buckets[:, self._no_flip] = self._bases[-1]
        return buckets

    def _words(self, values: list[int]) -> np.ndarray:
        """ints of `bits` bits -> [n, bits // 64] uint64, most significant word first."""
        raw = b"".join(v.to_bytes(self.bits // 8, "big") for v in values)
        return np.frombuffer(raw, dtype=">u8").astype(np.uint64).reshape(len(values), -1)

    def _chunk_values(self, hashes: np.ndarray) -> np.ndarray:
        """[n, words] -> [n, chunks] int64 chunk values."""
        return ((hashes[:, self._chunk_words] >> self._shifts) & self._masks).astype(np.int64)


def phash_index(multi_index_from: int = 5_000) -> HammingIndex:
    """64-bit pHash values (16 hex digits), exact up to distance 11."""
    return HammingIndex(64, parse_phash, PHASH_CHUNKS, multi_index_from, spread=True)


def pdq_index(multi_index_from: int = 5_000) -> HammingIndex:
    """256-bit PDQ hashes (64 hex digits), exact up to distance 31."""
    return HammingIndex(256, parse_pdq, PDQ_CHUNKS, multi_index_from)
