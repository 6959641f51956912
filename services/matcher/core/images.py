"""Logos and product photos: Hamming search of a listing image's 64-bit pHash over all registered hashes.

The registered hashes are packed into one uint64 array. Candidates come from a multi-index
(Norouzi et al., "Fast search in Hamming space with multi-index hashing"): the 64 bits are cut
into six chunks of 10 or 11 bits, and two hashes within distance d <= 11 differ in at most one
bit of some chunk (pigeonhole). Each registered hash is filed under every chunk value within
one bit of its own, so a search looks up just the query's six chunk values, in plain slices of
one sorted array; the hashes found there are the candidates, checked with XOR and popcount
against each fingerprint's own bound. Below some thousands of hashes a vectorised scan is as
fast, and it is also used when some bound is 12 or more.

PdqIndex does the same for 256-bit PDQ hashes (see its docstring: 16 chunks of 16 bits, the query's chunk
values probed within one bit, exact up to distance 31).
"""

from __future__ import annotations

import numpy as np

from services.matcher.core.buckets import Buckets

PHASH_HEX_DIGITS = 16  # imagehash's default pHash is 8x8 = 64 bits
_CHUNK_WIDTHS = (11, 11, 11, 11, 10, 10)
_MULTI_INDEX_MAX_DISTANCE = 2 * len(_CHUNK_WIDTHS) - 1  # so that some chunk differs in at most one bit


def parse_phash(hex_hash: str | None) -> int | None:
    if not hex_hash or len(hex_hash) != PHASH_HEX_DIGITS:
        return None
    try:
        return int(hex_hash, 16)
    except ValueError:
        return None


class ImageIndex:
    def __init__(self, multi_index_from: int = 5_000) -> None:
        self._multi_index_from = multi_index_from  # scanning fewer hashes is faster
        self._pending: list[tuple[int, int, int]] = []
        self._hashes = np.zeros(0, dtype=np.uint64)
        self._max_distances = np.zeros(0, dtype=np.uint8)
        self._fingerprints = np.zeros(0, dtype=np.int32)
        self._chunks: Buckets | None = None  # row (chunk, value) -> hashes within a bit of it
        self._row_offsets: list[int] = []  # the table's offsets as Python ints, for slicing without numpy scalars
        self._widest = 0  # the largest bound: candidates beyond it need no further look
        self._layout = [(base, shift, (1 << width) - 1) for base, shift, width in _chunk_layout()]

    def add(self, hex_hash: str, max_distance: int, fingerprint: int) -> bool:
        """Index a registered hash; False when it is not a 64-bit hash this index can compare."""
        value = parse_phash(hex_hash)
        if value is None:
            return False
        self._pending.append((value, max_distance, fingerprint))
        return True

    def compile(self) -> None:
        if self._pending:
            self._hashes = np.array([h for h, _, _ in self._pending], dtype=np.uint64)
            self._max_distances = np.array([d for _, d, _ in self._pending], dtype=np.uint8)
            self._fingerprints = np.array([f for _, _, f in self._pending], dtype=np.int32)
            self._widest = int(self._max_distances.max())
            if self._widest <= _MULTI_INDEX_MAX_DISTANCE and len(self._hashes) >= self._multi_index_from:
                self._chunks = _chunk_table(self._hashes)
                self._row_offsets = self._chunks.offsets.tolist()
        self._pending = []

    def __len__(self) -> int:
        return len(self._hashes)

    def memory_bytes(self) -> int:
        chunks = self._chunks.nbytes + 8 * len(self._row_offsets) if self._chunks is not None else 0
        return self._hashes.nbytes + self._max_distances.nbytes + self._fingerprints.nbytes + chunks

    def search(self, phash: int) -> list[tuple[int, int]]:
        """(fingerprint, Hamming distance) of every registered hash within its bound of `phash`."""
        if not len(self._hashes):
            return []
        if self._chunks is None:
            distances = np.bitwise_count(self._hashes ^ np.uint64(phash))
            candidates = np.flatnonzero(distances <= self._max_distances)
            distances = distances[candidates]
        else:
            # the rows hold copies of the hashes, so candidates are contiguous slices, not scattered reads
            offsets, columns = self._row_offsets, self._chunks.columns
            spans = [(offsets[row], offsets[row + 1]) for row in
                     (base + ((phash >> shift) & mask) for base, shift, mask in self._layout)]
            distances = np.bitwise_count(np.concatenate([columns["hashes"][a:b] for a, b in spans]) ^ np.uint64(phash))
            close = np.flatnonzero(distances <= self._widest)
            if not len(close):
                return []
            candidates = np.concatenate([columns["positions"][a:b] for a, b in spans])[close]
            distances = distances[close]
            within = distances <= self._max_distances[candidates]
            candidates, distances = candidates[within], distances[within]
        if not len(candidates):
            return []
        # a hash close in several chunks is a candidate several times: hits are deduplicated here
        return sorted(set(zip(self._fingerprints[candidates].tolist(), distances.tolist())))


def _chunk_layout() -> list[tuple[int, int, int]]:
    """(first row, bit shift, width) of each chunk."""
    layout, row, shift = [], 0, 0
    for width in _CHUNK_WIDTHS:
        layout.append((row, shift, width))
        row += 1 << width
        shift += width
    return layout


def _chunk_table(hashes: np.ndarray) -> Buckets:
    """Each hash (its position, and a copy of it) filed under row (chunk k, v) for every v within
    one bit of its chunk k."""
    rows, positions = [], []
    every = np.arange(len(hashes), dtype=np.int32)
    for base, shift, width in _chunk_layout():
        values = ((hashes >> np.uint64(shift)) & np.uint64((1 << width) - 1)).astype(np.int64)
        flips = np.array([0] + [1 << b for b in range(width)], dtype=np.int64)
        rows.append((base + (values[:, None] ^ flips[None, :])).ravel())
        positions.append(np.repeat(every, len(flips)))
    n_rows = sum(1 << width for width in _CHUNK_WIDTHS)
    positions = np.concatenate(positions)
    return Buckets(np.concatenate(rows), n_rows, positions=positions, hashes=hashes[positions])


PDQ_HEX_DIGITS = 64
PDQ_CHUNKS = 16  # of 16 bits each
PDQ_MULTI_INDEX_MAX_DISTANCE = 2 * PDQ_CHUNKS - 1  # 31: within it, some chunk differs in at most one bit
_PDQ_FLIPS = np.array([0] + [1 << b for b in range(16)], dtype=np.uint16)  # a chunk value and its 16 one-bit neighbours


def pdq_bytes(hex_hash: str) -> np.ndarray | None:
    """The 256-bit hash as 32 uint8, or None when it is not 64 hex digits."""
    if len(hex_hash) != PDQ_HEX_DIGITS:
        return None
    try:
        return np.frombuffer(bytes.fromhex(hex_hash), dtype=np.uint8)
    except ValueError:
        return None


class PdqIndex:
    """256-bit PDQ hashes, each with its own Hamming bound; every hash within its bound of any of a photo's variants.

    Multi-index hashing (Norouzi, Punjani, Fleet, "Fast search in Hamming space with multi-index hashing",
    CVPR 2012): the hash is cut into 16 chunks of 16 bits, each registered hash filed once per chunk under
    that chunk's value (16 exact-match buckets a hash). Two hashes within Hamming distance d <= 31 differ in
    at most one bit of some chunk (pigeonhole: 16 chunks with 2 or more differing bits each make 32), so a
    search reads, for each chunk of the query, the bucket of its value and of its 16 one-bit neighbours
    (16 x 17 buckets) and checks the hashes found there by XOR and popcount: exactly the hashes a full scan
    finds within bound <= 31 (Meta's "same picture" bound for PDQ). Hashes registered with a wider bound are
    scanned. At 100,000 random hashes a bucket holds about 1.5, so a photo's 8 variants check some
    thousands of hashes instead of 800,000 (bench.images --logos). Below `multi_index_from` hashes every
    hash is scanned (the scan is then as fast, without the 4 MB table of bucket offsets)."""

    def __init__(self, multi_index_from: int = 5_000) -> None:
        self._multi_index_from = multi_index_from
        self._pending: list[tuple[np.ndarray, int, int]] = []
        self._hashes = np.zeros((0, 32), dtype=np.uint8)
        self._bounds = np.zeros(0, dtype=np.int32)
        self._ids = np.zeros(0, dtype=np.int32)
        self._chunks: Buckets | None = None  # bucket (chunk k, value v) -> positions of the hashes with chunk k == v
        self._wide = np.zeros(0, dtype=np.intp)  # positions scanned every time: bound over the multi-index's

    def add(self, hex_hash: str, max_distance: int, fingerprint: int) -> bool:
        """Index a registered hash; False when it is not 64 hex digits."""
        value = pdq_bytes(hex_hash)
        if value is None:
            return False
        self._pending.append((value, max_distance, fingerprint))
        return True

    def compile(self) -> None:
        if self._pending:
            self._hashes = np.stack([h for h, _, _ in self._pending])
            self._bounds = np.array([b for _, b, _ in self._pending], dtype=np.int32)
            self._ids = np.array([i for _, _, i in self._pending], dtype=np.int32)
            self._chunks = None
            if len(self._hashes) >= self._multi_index_from:
                narrow = np.flatnonzero(self._bounds <= PDQ_MULTI_INDEX_MAX_DISTANCE)
                self._wide = np.flatnonzero(self._bounds > PDQ_MULTI_INDEX_MAX_DISTANCE)
                values = _pdq_chunk_values(self._hashes[narrow])  # [n, 16]
                buckets = (np.arange(PDQ_CHUNKS, dtype=np.int64) << 16) + values
                self._chunks = Buckets(buckets.ravel(), PDQ_CHUNKS << 16, positions=np.repeat(narrow, PDQ_CHUNKS))
        self._pending = []

    def __len__(self) -> int:
        return len(self._ids)

    def memory_bytes(self) -> int:
        chunks = self._chunks.nbytes if self._chunks is not None else 0
        return self._hashes.nbytes + self._bounds.nbytes + self._ids.nbytes + chunks + self._wide.nbytes

    def search(self, hex_hashes: list[str]) -> list[tuple[int, int]]:
        """(fingerprint, Hamming distance) of every registered hash within its bound of the nearest of `hex_hashes`
        (a photo's PDQ hash and its rotations/mirrors), by fingerprint; hashes that are not 64 hex digits are skipped."""
        queries = [q for q in map(pdq_bytes, hex_hashes) if q is not None]
        if not queries or not len(self._ids):
            return []
        queries = np.stack(queries)
        if self._chunks is None:
            candidates = np.arange(len(self._ids))
        else:
            probes = (np.arange(PDQ_CHUNKS, dtype=np.int64)[None, :, None] << 16) + (
                _pdq_chunk_values(queries)[:, :, None] ^ _PDQ_FLIPS[None, None, :])
            found, _ = self._chunks.positions(probes.ravel())
            candidates = np.unique(np.concatenate([self._chunks.columns["positions"][found], self._wide]))
        distances = np.bitwise_count(self._hashes[candidates][None, :, :] ^ queries[:, None, :]).sum(axis=2,
                                                                                                       dtype=np.int32).min(axis=0)
        within = distances <= self._bounds[candidates]
        return sorted(zip(self._ids[candidates[within]].tolist(), distances[within].tolist()))


def _pdq_chunk_values(hashes: np.ndarray) -> np.ndarray:
    """[n, 32] uint8 -> [n, 16] chunk values (big-endian 16-bit words), as int64."""
    return np.ascontiguousarray(hashes).view(">u2").astype(np.int64)
