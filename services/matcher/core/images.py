"""Logos and product photos: Hamming search of a listing image's 64-bit pHash over all registered hashes.

The registered hashes are packed into one uint64 array; a query is one vectorised XOR and
popcount over it, compared with each fingerprint's own distance bound.
"""

from __future__ import annotations

import numpy as np

PHASH_HEX_DIGITS = 16  # imagehash's default pHash is 8x8 = 64 bits


def parse_phash(hex_hash: str | None) -> int | None:
    if not hex_hash or len(hex_hash) != PHASH_HEX_DIGITS:
        return None
    try:
        return int(hex_hash, 16)
    except ValueError:
        return None


class ImageIndex:
    def __init__(self) -> None:
        self._pending: list[tuple[int, int, int]] = []
        self._hashes = np.zeros(0, dtype=np.uint64)
        self._max_distances = np.zeros(0, dtype=np.uint8)
        self._fingerprints = np.zeros(0, dtype=np.int32)

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
        self._pending = []

    def __len__(self) -> int:
        return len(self._hashes)

    def memory_bytes(self) -> int:
        return self._hashes.nbytes + self._max_distances.nbytes + self._fingerprints.nbytes

    def search(self, phash: int) -> list[tuple[int, int]]:
        """(fingerprint, Hamming distance) of every registered hash within its bound of `phash`."""
        if not len(self._hashes):
            return []
        distances = np.bitwise_count(self._hashes ^ np.uint64(phash))
        hits = np.flatnonzero(distances <= self._max_distances)
        return [(int(self._fingerprints[i]), int(distances[i])) for i in hits]
