"""wordfreq's frequency lists as sorted arrays, kept in the table cache (table_cache.py) and looked up by binary search.

A fresh process used to read a language's "best" list (gzip'd msgpack) and build wordfreq's dict of it
(get_frequency_dict): 0.1-0.5 s a language, ~1.4 s CPU of every index's build for the 15 languages compounds.py,
inflections.py and diminutives.py ask, and ~5 million dict entries in every matcher process (issue 16). Here a
language's words are grouped by their length in UTF-8 bytes, each group a sorted fixed-width bytes array with the
words' wordfreq buckets (centibels below 0) beside it: mapped from the cache file in a few ms, a lookup a
`searchsorted` (~1.5 us; the detectors' callers keep their answers in lru caches), the pages shared by the processes.

The same numbers as wordfreq's dict: a word in several buckets keeps the last (get_frequency_dict overwrites), and a
bucket's frequency is wordfreq's cB_to_freq(-bucket), its Zipf log10 of that + 9, as compounds.zipf computed it.
Source of the lists: wordfreq (pinned in pyproject.toml).
"""

from __future__ import annotations

import math

import numpy as np
from wordfreq import cB_to_freq, get_frequency_list

from services.matcher.core import table_cache


def _zipf_of_bucket(bucket: int) -> float:
    return math.log10(cB_to_freq(-bucket)) + 9


class FrequencyTable:
    """One language's word list: `zipf(word)` is wordfreq's Zipf frequency of the word as listed (0.0 if unlisted)."""

    __slots__ = ("_groups", "_zipf")

    def __init__(self, arrays: dict[str, np.ndarray]) -> None:
        lengths = arrays["lengths"]
        buckets = arrays["buckets"]
        self._groups: dict[int, tuple[np.ndarray, np.ndarray]] = {}
        start = 0
        for length, count in zip(lengths[0].tolist(), lengths[1].tolist()):
            self._groups[length] = (arrays[f"w{length}"], buckets[start:start + count])
            start += count
        top = int(buckets.max()) if len(buckets) else 0
        self._zipf = [_zipf_of_bucket(b) for b in range(top + 1)]

    def zipf(self, word: str) -> float:
        raw = word.encode("utf-8", "surrogatepass")  # a lone surrogate is in no list: its bytes match no word
        group = self._groups.get(len(raw))
        if group is None:
            return 0.0
        words, buckets = group
        i = int(words.searchsorted(raw))
        if i < len(words) and words[i] == raw:
            return self._zipf[buckets[i]]
        return 0.0


def table_arrays(lang: str, wordlist: str = "best") -> dict[str, np.ndarray]:
    """The arrays of a language's table, made from wordfreq's list: `lengths` (2 x groups: byte length, count),
    `buckets` (uint16, the groups' in order) and one sorted `w<length>` bytes array a group."""
    last: dict[str, int] = {}
    for bucket, words in enumerate(get_frequency_list(lang, wordlist)):
        for word in words:
            last[word] = bucket
    groups: dict[int, tuple[list[bytes], list[int]]] = {}
    for word, bucket in last.items():
        raw = word.encode("utf-8", "surrogatepass")
        if not raw:
            continue  # no list holds an empty word (and no caller asks one); numpy has no zero-width bytes
        group = groups.get(len(raw))
        if group is None:
            group = groups[len(raw)] = ([], [])
        group[0].append(raw)
        group[1].append(bucket)
    arrays: dict[str, np.ndarray] = {}
    lengths, counts, ordered = [], [], []
    for length in sorted(groups):
        words = np.array(groups[length][0], dtype=f"S{length}")
        order = np.argsort(words, kind="stable")
        arrays[f"w{length}"] = words[order]
        ordered.append(np.asarray(groups[length][1], dtype=np.uint16)[order])
        lengths.append(length)
        counts.append(len(order))
    arrays["lengths"] = np.array([lengths, counts], dtype=np.int64).reshape(2, len(lengths))
    arrays["buckets"] = np.concatenate(ordered) if ordered else np.zeros(0, dtype=np.uint16)
    return arrays


def frequency_table(lang: str, wordlist: str = "best") -> FrequencyTable:
    """A language's table, from the table cache or made (and cached) now."""
    return FrequencyTable(table_cache.cached(f"wordfreq-{wordlist}-{lang}", lambda: table_arrays(lang, wordlist)))
