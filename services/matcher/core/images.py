"""Logos and product photos: Hamming search of a listing image's 64-bit pHash over all registered hashes.

The registered hashes are packed into one uint64 array. Candidates come from a multi-index
(Norouzi et al., "Fast search in Hamming space with multi-index hashing"): the 64 bits are cut
into four 16-bit chunks, and two hashes within distance d differ in at most d // 4 bits of
some chunk (pigeonhole). So each chunk of the query, with every flip of up to d // 4 of its
bits, names a bucket; the hashes in those buckets are the candidates, checked with XOR and
popcount against each fingerprint's own bound. The multi-index has a fixed cost of a dozen
numpy calls, so a plain vectorised scan over all hashes is used below some 30,000 hashes,
and also when some bound is 12 or more (too many flips).
"""

from __future__ import annotations

from itertools import combinations

import numpy as np

from services.matcher.core.buckets import Buckets

PHASH_HEX_DIGITS = 16  # imagehash's default pHash is 8x8 = 64 bits
_CHUNKS = 4
_CHUNK_BITS = 16
_MAX_FLIPS = 2  # up to 137 probes a chunk; a third flip would make it 697


def _flips(bits: int, most: int) -> np.ndarray:
    """Every `bits`-bit mask with at most `most` bits set."""
    return np.array([sum(1 << b for b in chosen) for k in range(most + 1) for chosen in combinations(range(bits), k)],
                    dtype=np.int64)


def parse_phash(hex_hash: str | None) -> int | None:
    if not hex_hash or len(hex_hash) != PHASH_HEX_DIGITS:
        return None
    try:
        return int(hex_hash, 16)
    except ValueError:
        return None


class ImageIndex:
    def __init__(self, multi_index_from: int = 30_000) -> None:
        self._multi_index_from = multi_index_from  # scanning fewer hashes is faster
        self._pending: list[tuple[int, int, int]] = []
        self._hashes = np.zeros(0, dtype=np.uint64)
        self._max_distances = np.zeros(0, dtype=np.uint8)
        self._fingerprints = np.zeros(0, dtype=np.int32)
        self._chunks: Buckets | None = None  # (chunk number, chunk value) -> hash positions
        self._flips = np.zeros(0, dtype=np.int64)

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
            flips = int(self._max_distances.max()) // _CHUNKS
            if flips <= _MAX_FLIPS and len(self._hashes) >= self._multi_index_from:
                self._flips = _flips(_CHUNK_BITS, flips)
                self._chunks = Buckets(_chunk_buckets(self._hashes).ravel(), _CHUNKS << _CHUNK_BITS,
                                       positions=np.tile(np.arange(len(self._hashes), dtype=np.int32), _CHUNKS))
        self._pending = []

    def __len__(self) -> int:
        return len(self._hashes)

    def memory_bytes(self) -> int:
        chunks = self._chunks.nbytes if self._chunks is not None else 0
        return self._hashes.nbytes + self._max_distances.nbytes + self._fingerprints.nbytes + chunks

    def search(self, phash: int) -> list[tuple[int, int]]:
        """(fingerprint, Hamming distance) of every registered hash within its bound of `phash`."""
        if not len(self._hashes):
            return []
        if self._chunks is None:
            candidates = slice(None)
        else:
            chunks = [(k << _CHUNK_BITS) | (phash >> (k * _CHUNK_BITS)) & 0xFFFF for k in range(_CHUNKS)]
            probes = (np.array(chunks, dtype=np.int64)[:, None] ^ self._flips).ravel()
            positions = self._chunks.all_positions(probes)
            # a hash close in several chunks is a candidate several times: hits are deduplicated below
            candidates = self._chunks.columns["positions"][positions]
        distances = np.bitwise_count(self._hashes[candidates] ^ np.uint64(phash))
        close = distances <= self._max_distances[candidates]
        return sorted(set(zip(self._fingerprints[candidates][close].tolist(), distances[close].tolist())))


def _chunk_buckets(hashes: np.ndarray) -> np.ndarray:
    """Shape (chunks, len(hashes)): chunk k of each hash as the bucket number k * 2**16 + value."""
    shifts = np.arange(_CHUNKS, dtype=np.uint64)[:, None] * np.uint64(_CHUNK_BITS)
    values = (hashes[None, :] >> shifts) & np.uint64((1 << _CHUNK_BITS) - 1)
    return values.astype(np.int64) + (np.arange(_CHUNKS, dtype=np.int64)[:, None] << _CHUNK_BITS)
