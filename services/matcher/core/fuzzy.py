"""Misspelt marks (Adidos, Samsnug, Boose): a symmetric-delete candidate index, verified by edit distance.

Every mark is stored under itself and each string made by deleting up to `max_distance` of its
letters; a listing word is looked up under its own deletes. Two strings within edit distance d
always share such a delete, so the lookup never loops over brands. Keys are stored as hash
values in a sorted numpy array (eight bytes per key at millions of keys); a key collision only
adds a candidate, and every candidate is verified with rapidfuzz's optimal-string-alignment
distance (a transposition counts as one edit), which is kept as evidence.

Keys are the low 32 bits of Python's string hash: fast to compute in bulk, and although the
hash differs between processes, it only decides which candidates get verified, never the answer.
"""

from __future__ import annotations

import os
from itertools import repeat
from functools import lru_cache
from array import array

import numpy as np
from rapidfuzz.distance import OSA

from services.matcher.core.config import FuzzyConfig


def deletes(word: str, distance: int) -> set[str]:
    """The word and every string made by deleting one or (distance 2) two of its characters."""
    n = len(word)
    out = {word[:i] + word[i + 1:] for i in range(n)} if distance >= 1 and n > 1 else set()
    if distance >= 2 and n > 2:
        out.update(word[:i] + word[i + 1:j] + word[j + 1:] for i in range(n) for j in range(i + 1, n))
    out.add(word)
    return out


@lru_cache(maxsize=1)
def dictionary_words() -> frozenset[str]:
    """English words (symspellpy's frequency dictionary, 82,765 words): a word is not a typo of a brand."""
    import symspellpy

    path = os.path.join(os.path.dirname(symspellpy.__file__), "frequency_dictionary_en_82_765.txt")
    with open(path, encoding="utf-8") as fh:
        return frozenset(line.split(" ", 1)[0] for line in fh)


class FuzzyIndex:
    def __init__(self, config: FuzzyConfig) -> None:
        self.config = config
        self.words: list[str] = []  # the indexed marks, as leet words
        self.word_fingerprints: list[tuple[int, ...]] = []
        self._word_ids: dict[str, int] = {}
        self._pending_keys = array("q")
        self._pending_words = array("i")
        self._keys = np.zeros(0, dtype=np.uint32)
        self._values = np.zeros(0, dtype=np.int32)
        self._skip = dictionary_words() if config.skip_dictionary_words else frozenset()
        self._cache: dict[str, tuple[tuple[int, int], ...]] = {}

    def max_distance(self, length: int) -> int:
        if length < self.config.min_mark_length:
            return 0
        return 2 if length >= self.config.distance_2_min_length else 1

    def add(self, word: str, fingerprint: int) -> None:
        if not word.isalpha() or self.max_distance(len(word)) == 0:
            return
        word_id = self._word_ids.get(word)
        if word_id is not None:
            self.word_fingerprints[word_id] += (fingerprint,)
            return
        word_id = self._word_ids[word] = len(self.words)
        self.words.append(word)
        self.word_fingerprints.append((fingerprint,))
        variants = deletes(word, self.max_distance(len(word)))
        self._pending_keys.extend(map(hash, variants))
        self._pending_words.extend(repeat(word_id, len(variants)))

    def compile(self) -> None:
        keys = np.frombuffer(self._pending_keys, dtype=np.int64).astype(np.uint32)
        words = np.frombuffer(self._pending_words, dtype=np.int32)
        packed = np.sort((keys.astype(np.uint64) << np.uint64(32)) | words.astype(np.uint64))
        self._keys = (packed >> np.uint64(32)).astype(np.uint32)
        self._values = (packed & np.uint64(0xFFFFFFFF)).astype(np.int32)
        self._pending_keys, self._pending_words = array("q"), array("i")
        self._word_ids = {}

    def __len__(self) -> int:
        return len(self.words)

    def memory_bytes(self) -> int:
        return self._keys.nbytes + self._values.nbytes + sum(len(w) + 120 for w in self.words)

    def tokens_with_candidates(self, tokens: list[str]) -> list[str]:
        """The tokens that are a misspelling of some indexed mark (cheap when they are all cached)."""
        cache = self._cache
        out = []
        for token in tokens:
            found = cache.get(token)
            if found is None:
                found = self.lookup(token)
            if found:
                out.append(token)
        return out

    def lookup(self, token: str) -> tuple[tuple[int, int], ...]:
        """(word id, distance) of indexed marks within their bound of the token; exact ones excluded.

        A token that is itself an indexed mark, or an English word, yields nothing.
        """
        found = self._cache.get(token)
        if found is None:
            found = self._lookup(token)
            if len(self._cache) >= self.config.token_cache_size:
                self._cache.clear()
            self._cache[token] = found
        return found

    def _lookup(self, token: str) -> tuple[tuple[int, int], ...]:
        if not self.words or token in self._skip or not token.isalpha():
            return ()
        if not self.config.min_mark_length <= len(token) <= self.config.max_token_length:
            return ()
        # the token may be up to two letters shorter than a mark that tolerates two edits
        bound = self.max_distance(len(token) + 2)
        probes = np.fromiter(map(hash, deletes(token, bound)), dtype=np.int64).astype(np.uint32)
        lo = np.searchsorted(self._keys, probes, side="left")
        hi = np.searchsorted(self._keys, probes, side="right")
        candidates = {int(v) for a, b in zip(lo.tolist(), hi.tolist()) if b > a for v in self._values[a:b]}
        found = []
        for word_id in sorted(candidates):
            word = self.words[word_id]
            if self.config.same_first_letter and word[0] != token[0]:
                continue
            allowed = self.max_distance(len(word))
            distance = OSA.distance(token, word, score_cutoff=allowed)
            if distance == 0:
                return ()  # the token is a registered mark: the automaton already has it
            if distance <= allowed:
                found.append((word_id, distance))
        return tuple(found)
