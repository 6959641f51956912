"""A read-only hash table in numpy arrays: items grouped by bucket number, found in a few vectorised calls.

Python dicts cost around 100 bytes an entry; at tens of millions of entries (fuzzy deletes) that
is gigabytes. Here an entry is its item number (and whatever per-item arrays the caller keeps),
and a bucket is a range of a sorted array, given by a table of offsets.
"""

from __future__ import annotations

import numpy as np


class Buckets:
    def __init__(self, bucket_of: np.ndarray, n_buckets: int, **columns: np.ndarray) -> None:
        """`bucket_of[i]` is the bucket of item i (0 <= bucket < n_buckets); each column holds one
        value per item and is kept reordered bucket by bucket, as `self.columns[name]`."""
        order = np.argsort(bucket_of, kind="stable")
        self.columns = {name: column[order] for name, column in columns.items()}
        del order
        counts = np.bincount(bucket_of, minlength=n_buckets)
        self.offsets = np.zeros(n_buckets + 1, dtype=np.int64 if len(bucket_of) >= 2**31 else np.int32)
        np.cumsum(counts, out=self.offsets[1:])

    @property
    def nbytes(self) -> int:
        return self.offsets.nbytes + sum(c.nbytes for c in self.columns.values())

    def range(self, bucket: int) -> tuple[int, int]:
        return int(self.offsets[bucket]), int(self.offsets[bucket + 1])

    def positions(self, buckets: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """(positions in the columns, index into `buckets` each position came from) for all the buckets."""
        starts = self.offsets[buckets]
        lengths = self.offsets[buckets + 1] - starts
        ends = np.cumsum(lengths)
        total = int(ends[-1]) if len(ends) else 0
        if not total:
            return np.zeros(0, dtype=np.intp), np.zeros(0, dtype=np.intp)
        source = np.repeat(np.arange(len(buckets)), lengths)
        # output k comes from bucket source[k], at its start plus k minus the outputs before that bucket
        return np.arange(total) + (starts - ends + lengths)[source], source
