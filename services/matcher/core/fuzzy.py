"""Misspelt marks (Adidos, Samsnug, Boose): a symmetric-delete candidate index, verified by edit distance.

Every mark is stored under itself and each string made by deleting up to `max_distance` of its
letters, the first one included (obse, onda, uhonda, zdobe, HiPhone: counterfeiters edit the
first letter too); a listing word is looked up under its own deletes. Two strings within edit
distance d always share such a delete, so the lookup never loops over brands. A masked word
(G*cci, *ucci) is the deletes key of its letters: `masked` looks it up directly.

Which words are typos: a common English word (symspellpy's frequency list, `common_word_count`
and up) never is; a rare one ("samsun", a Turkish city) and a word one letter shorter than a
short mark ("bse") are candidates that the detector flags as needing corroboration.

Keys are not stored, only their 64-bit hash: its low bits pick a bucket, eight higher bits are
kept as a tag, and each entry is a word id (see buckets.py): five bytes per key at tens of
millions of keys. A hash collision only adds a candidate; every candidate is verified with
rapidfuzz's optimal-string-alignment distance (a transposition counts as one edit), which is
kept as evidence. Python's string hash differs between processes, but it only decides which
candidates get verified, never the answer.
"""

from __future__ import annotations

import os
from array import array
from bisect import bisect_left
from collections.abc import Iterable
from functools import lru_cache
from itertools import repeat

import numpy as np
from rapidfuzz.distance import OSA

from services.matcher.core import table_cache
from services.matcher.core.memo import Memo, MemoSet
from services.matcher.core.buckets import Buckets
from services.matcher.core.config import FuzzyConfig

_TAG_SHIFT = 40
_NO_MARK = -(2**31)  # a word indexed only as a word of longer marks


def deletes(word: str, distance: int) -> set[str]:
    """The word and every string made by deleting one or (distance 2) two of its characters."""
    n = len(word)
    out = {word[:i] + word[i + 1:] for i in range(n)} if distance >= 1 and n > 1 else set()
    if distance >= 2 and n > 2:
        out.update(word[:i] + word[i + 1:j] + word[j + 1:] for i in range(n) for j in range(i + 1, n))
    out.add(word)
    return out


def _deletes_after_first(word: str, distance: int) -> set[str]:
    """{word[0] + d for d in deletes(word[1:], distance)}, each string made once (the build makes millions)."""
    n = len(word)
    out = {word[:i] + word[i + 1:] for i in range(1, n)} if distance >= 1 and n > 2 else set()
    if distance >= 2 and n > 3:
        out.update(word[:i] + word[i + 1:j] + word[j + 1:] for i in range(1, n) for j in range(i + 1, n))
    out.add(word)
    return out


@lru_cache(maxsize=1)
def word_counts() -> dict[str, int]:
    """English words and their corpus counts (symspellpy's frequency dictionary, 82,765 words), in the file's order.
    Kept in the table cache (table_cache.py) as the words one a line and their counts: a fresh process makes the dict
    from those instead of parsing the text file (~0.1-0.2 s CPU of every build, issue 16)."""
    arrays = table_cache.cached("symspell-word-counts", word_counts_arrays)
    words = arrays["words"].tobytes().decode("utf-8").split("\n") if len(arrays["words"]) else []
    return dict(zip(words, arrays["counts"].tolist()))


def word_counts_arrays() -> dict[str, np.ndarray]:
    """word_counts' arrays: `words` (UTF-8, one a line) and `counts` (int64), as the file lists them."""
    import symspellpy

    path = os.path.join(os.path.dirname(symspellpy.__file__), "frequency_dictionary_en_82_765.txt")
    with open(path, encoding="utf-8") as fh:
        counts = {word: int(count) for word, count in (line.split() for line in fh)}
    return {"words": np.frombuffer("\n".join(counts).encode("utf-8"), dtype=np.uint8),
            "counts": np.fromiter(counts.values(), dtype=np.int64, count=len(counts))}


# the stems that an apostrophe leaves of a contraction or an elision when a reader splits words at it: English "n't"
# ("couldn't" -> "couldn", heard as Jordan in outsider32's missed-connection ad; wrong34), French and Italian elided
# words ("jusqu'à", "aujourd'hui", "dall'Italia"): a closed class of grammar words, none a mark's respelling
# (Quirk et al., A Comprehensive Grammar of the English Language, 3.23 contractions; Grevisse, Le Bon usage, élision)
CLITIC_STEMS = frozenset({
    "couldn", "wouldn", "shouldn", "didn", "doesn", "isn", "wasn", "weren", "hasn", "hadn", "aren", "mustn", "needn",
    "mightn", "oughtn", "shan", "daren", "jusqu", "lorsqu", "puisqu", "quelqu", "presqu", "quoiqu", "aujourd",
    "sull", "dall", "dell", "nell", "all", "quest", "quell", "bell", "sant", "grand", "gliel", "dov", "com",
})


def dictionary_words() -> frozenset[str]:
    """Every English word of the frequency dictionary."""
    return _words_counted_at_least(0)


@lru_cache(maxsize=8)
def _words_counted_at_least(count: int) -> frozenset[str]:
    return frozenset(w for w, c in word_counts().items() if c >= count)


def common_words(count: int) -> frozenset[str]:
    """English words counted at least `count` times in the dictionary's corpus."""
    return _words_counted_at_least(count)


class WordHashes:
    """word -> fingerprints, kept as sorted 64-bit string hashes and the fingerprints beside them (12 bytes an entry,
    against ~150 for a dict of strings to lists): `get` is a bisection. A hash collision only adds a fingerprint,
    so callers verify what they get against the fingerprint's own mark. Python's string hash differs between
    processes; the table is built and read in one."""

    def __init__(self, pairs: Iterable[tuple[str, int]]) -> None:
        hashes, fingerprints = array("q"), array("i")
        for word, i in pairs:
            hashes.append(hash(word))
            fingerprints.append(i)
        # sorted by hash, then fingerprint, each pair once (numpy: the tables hold millions of pairs at 100,000 brands)
        h, f = np.frombuffer(hashes, dtype=np.int64), np.frombuffer(fingerprints, dtype=np.int32)
        order = np.lexsort((f, h))
        h, f = h[order], f[order]
        first = np.ones(len(h), dtype=bool)
        first[1:] = (h[1:] != h[:-1]) | (f[1:] != f[:-1])
        self._hashes, self._fingerprints = array("q"), array("i")
        self._hashes.frombytes(h[first].tobytes())
        self._fingerprints.frombytes(f[first].tobytes())

    def get(self, word: str) -> list[int]:
        """The fingerprints filed under the word's hash, in ascending order (none: [])."""
        h, hashes = hash(word), self._hashes
        at = bisect_left(hashes, h)
        out = []
        while at < len(hashes) and hashes[at] == h:
            out.append(self._fingerprints[at])
            at += 1
        return out

    def __len__(self) -> int:
        return len(self._hashes)

    @property
    def nbytes(self) -> int:
        return 12 * len(self._hashes)


class FuzzyIndex:
    def __init__(self, config: FuzzyConfig) -> None:
        self.config = config
        self.words: list[str] = []  # the indexed marks, as leet words
        # a word's fingerprint, or -(k + 1) when it stands for several: shared[k]
        self._targets = array("i")
        self._shared: list[tuple[int, ...]] = []
        self._word_ids: dict[str, int] = {}
        self._pending_keys = array("q")
        self._pending_words = array("i")
        self._table: Buckets | None = None
        self._mask = 0
        self._skip = common_words(config.common_word_count) if config.skip_dictionary_words else frozenset()
        self.rare_words = dictionary_words() - self._skip if config.skip_dictionary_words else frozenset()
        self._found: Memo = Memo(config.token_cache_size)  # lookups with a result
        self._nothing = MemoSet(config.token_cache_size)  # lookups without

    def max_distance(self, length: int) -> int:
        if length < self.config.min_mark_length:
            return 0
        return 2 if length >= self.config.distance_2_min_length else 1

    def _variants(self, word: str, distance: int) -> set[str]:
        if self.config.same_first_letter:
            return _deletes_after_first(word, distance)
        return deletes(word, distance)

    def min_token_length(self) -> int:
        """A token may be one letter shorter than the shortest mark that tolerates an edit ("bse")."""
        return self.config.min_mark_length - 1

    def add(self, word: str, fingerprint: int | None) -> None:
        """Index a word; with a fingerprint, the word is that mark (None: only a word of a longer mark)."""
        if not word.isalpha() or self.max_distance(len(word)) == 0:
            return
        word_id = self._word_ids.get(word)
        if word_id is None:
            word_id = self._word_ids[word] = len(self.words)
            self.words.append(word)
            self._targets.append(_NO_MARK)
            variants = self._variants(word, self.max_distance(len(word)))
            self._pending_keys.extend(map(hash, variants))
            self._pending_words.extend(repeat(word_id, len(variants)))
        if fingerprint is None:
            return
        current = self._targets[word_id]
        if current == _NO_MARK:
            self._targets[word_id] = fingerprint
        elif current >= 0:
            self._shared.append((current, fingerprint))
            self._targets[word_id] = -len(self._shared)
        else:
            self._shared[-current - 1] += (fingerprint,)

    def compile(self) -> None:
        keys = np.frombuffer(self._pending_keys, dtype=np.int64).view(np.uint64)
        n_buckets = 1 << max(10, (len(keys) // 4).bit_length())  # about four keys a bucket
        self._mask = n_buckets - 1
        self._table = Buckets(
            (keys & np.uint64(self._mask)).astype(np.int64), n_buckets,
            words=np.frombuffer(self._pending_words, dtype=np.int32), tags=_tags(keys),
        )
        self._pending_keys, self._pending_words = array("q"), array("i")
        self._word_ids = {}

    def __len__(self) -> int:
        return len(self.words)

    def word_fingerprints(self, word_id: int) -> tuple[int, ...]:
        """The marks that are this word (none when it is only a word of longer marks)."""
        target = self._targets[word_id]
        if target == _NO_MARK:
            return ()
        return (target,) if target >= 0 else self._shared[-target - 1]

    def memory_bytes(self) -> int:
        table = self._table.nbytes if self._table is not None else 0
        return table + 4 * len(self._targets) + sum(len(w) + 60 for w in self.words)

    def tokens_with_candidates(self, tokens: list[str]) -> list[str]:
        """The tokens that are a misspelling of some indexed mark (a set difference when all were seen before)."""
        if self._nothing.issuperset(tokens):
            return []
        return [token for token in set(tokens).difference(self._nothing) if self.lookup(token)]

    def lookup(self, token: str) -> tuple[tuple[int, int], ...]:
        """(word id, distance) of indexed marks within their bound of the token; exact ones excluded.

        A token that is itself an indexed mark, or an English word, yields nothing.
        """
        found = self._found.get(token)
        if found is not None:
            return found
        if token in self._nothing:
            return ()
        found = self._lookup(token)
        if found:
            self._found.remember(token, found)
        else:
            self._nothing.remember(token)
        return found

    def _lookup(self, token: str) -> tuple[tuple[int, int], ...]:
        if self._table is None or not self.words or token in self._skip or not token.isalpha():
            return ()
        if not self.min_token_length() <= len(token) <= self.config.max_token_length:
            return ()
        if self._is_mark(token):
            return ()  # the token is a registered mark: the automaton already has it
        # the token may be up to two letters shorter than a mark that tolerates two edits
        bound = self.max_distance(len(token) + 2)
        found = []
        for word_id in self._candidates(self._variants(token, bound)):
            word = self.words[word_id]
            if self.config.same_first_letter and word[0] != token[0]:
                continue
            allowed = self.max_distance(len(word))
            distance = OSA.distance(token, word, score_cutoff=allowed)
            if 0 < distance <= allowed:
                found.append((word_id, distance))
        return tuple(found)

    def _candidates(self, keys) -> list[int]:
        """Word ids filed under any of the keys (a hash collision may add a few: verify them)."""
        probes = np.fromiter(map(hash, keys), dtype=np.int64).view(np.uint64)
        positions, source = self._table.positions((probes & np.uint64(self._mask)).astype(np.intp))
        if not len(positions):
            return []
        same_tag = self._table.columns["tags"][positions] == _tags(probes)[source]
        # sorted(set()) of a few ids: np.unique's hashing (numpy 2.4) costs ~20 us a call on a handful of values
        return sorted(set(self._table.columns["words"][positions[same_tag]].tolist()))

    def masked(self, pattern: str, mask: str = "*") -> list[int]:
        """Word ids the pattern spells with each mask character standing for exactly one letter
        ("g*cci" -> gucci): its letters are one of the word's deletes, verified position by position."""
        masks = pattern.count(mask)
        if self._table is None or not masks or masks > self.max_distance(len(pattern)) or len(pattern) > self.config.max_token_length:
            return []
        letters = pattern.replace(mask, "")
        if len(letters) < masks or not letters.isalpha():
            return []
        return [w for w in self._candidates((letters,))
                if len(word := self.words[w]) == len(pattern)
                and all(p == mask or p == c for p, c in zip(pattern, word))]

    def _is_mark(self, token: str) -> bool:
        """Whether the token is itself an indexed mark (it is its own first key); a word only of
        multi-word marks ("oreal" of L'Oréal) is not one, and may be a misspelling of another."""
        key = hash(token) & 0xFFFFFFFFFFFFFFFF
        start, end = self._table.range(key & self._mask)
        tag = (key >> _TAG_SHIFT) & 0xFF
        columns = self._table.columns
        return any(self.words[w] == token and self._targets[w] != _NO_MARK
                   for w, t in zip(columns["words"][start:end].tolist(), columns["tags"][start:end].tolist()) if t == tag)


def _tags(keys: np.ndarray) -> np.ndarray:
    return ((keys >> np.uint64(_TAG_SHIFT)) & np.uint64(0xFF)).astype(np.uint8)
