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

import functools
import math

import numpy as np
import wordfreq
from wordfreq import cB_to_freq, get_frequency_list
from wordfreq.language_info import get_language_info
from wordfreq.numbers import digit_freq, smash_numbers
from wordfreq.tokens import lossy_tokenize

from services.matcher.core import table_cache


def _zipf_of_bucket(bucket: int) -> float:
    return math.log10(cB_to_freq(-bucket)) + 9


class FrequencyTable:
    """One language's word list: `zipf(word)` is wordfreq's Zipf frequency of the word as listed (0.0 if unlisted)."""

    __slots__ = ("_groups", "_zipf", "_freq")

    def __init__(self, arrays: dict[str, np.ndarray]) -> None:
        lengths = arrays["lengths"]
        buckets = arrays["buckets"]
        self._groups: dict[int, tuple[np.ndarray, np.ndarray]] = {}
        start = 0
        for length, count in zip(lengths[0].tolist(), lengths[1].tolist()):
            self._groups[length] = (arrays[f"w{length}"], buckets[start:start + count])
            start += count
        top = int(buckets.max()) if len(buckets) else 0
        self._freq = [cB_to_freq(-b) for b in range(top + 1)]
        self._zipf = [_zipf_of_bucket(b) for b in range(top + 1)]

    def bucket(self, word: str) -> int | None:
        """The word's bucket (its frequency in centibels below 0), None if the list does not hold it."""
        raw = word.encode("utf-8", "surrogatepass")  # a lone surrogate is in no list: its bytes match no word
        group = self._groups.get(len(raw))
        if group is None:
            return None
        words, buckets = group
        i = int(words.searchsorted(raw))
        if i < len(words) and words[i] == raw:
            return int(buckets[i])
        return None

    def zipf(self, word: str) -> float:
        bucket = self.bucket(word)
        return 0.0 if bucket is None else self._zipf[bucket]

    def frequency(self, word: str) -> float | None:
        """wordfreq's frequency of the word (get_frequency_dict's value), None if unlisted."""
        bucket = self.bucket(word)
        return None if bucket is None else self._freq[bucket]


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


class ListedTable(FrequencyTable):
    """A language's table as a dict of word -> bucket, for a process that cannot keep the arrays (the table cache off
    or read-only): cheaper to make than the sorted arrays (about as much as wordfreq's own dict), the same answers."""

    __slots__ = ("_buckets",)

    def __init__(self, lang: str, wordlist: str = "best") -> None:
        self._buckets: dict[str, int] = {}
        for bucket, words in enumerate(get_frequency_list(lang, wordlist)):
            self._buckets.update(dict.fromkeys(words, bucket))  # a word in several buckets keeps the last
        top = max(self._buckets.values(), default=0)
        self._freq = [cB_to_freq(-b) for b in range(top + 1)]
        self._zipf = [_zipf_of_bucket(b) for b in range(top + 1)]

    def bucket(self, word: str) -> int | None:
        return self._buckets.get(word)


@functools.lru_cache(maxsize=None)
def frequency_table(lang: str, wordlist: str = "best") -> FrequencyTable:
    """A language's table, from the table cache or made (and cached) now; a ListedTable when the cache cannot keep
    it. One a process."""
    arrays = table_cache.cached(f"wordfreq-{wordlist}-{lang}", lambda: table_arrays(lang, wordlist), or_none=True)
    return ListedTable(lang, wordlist) if arrays is None else FrequencyTable(arrays)


_CACHE_SIZE = 100_000  # answers zipf_frequency keeps (then forgets them all at once), as wordfreq's word_frequency


_answers: dict[tuple[str, str, str], float] = {}


def zipf_frequency(word: str, lang: str, wordlist: str = "best") -> float:
    """wordfreq.zipf_frequency(word, lang, wordlist) (minimum 0), the same number, with the list looked up in its table
    (frequency_table) instead of wordfreq's dict of it, which a process built from the gzip'd list at its first word
    (0.1-0.5 s a language, issue 16). wordfreq 3.1's word_frequency as it is: its tokenizer, the digits' smashing
    and their frequency, the harmonic sum of the tokens' frequencies, the jieba factor, the rounding."""
    key = (word, lang, wordlist)
    found = _answers.get(key)
    if found is None:
        if len(_answers) >= _CACHE_SIZE:
            _answers.clear()
        found = _answers[key] = round(wordfreq.freq_to_zipf(_word_frequency(word, lang, wordlist,
                                                                             wordfreq.zipf_to_freq(0.0))), 2)
    return found


def _word_frequency(word: str, lang: str, wordlist: str, minimum: float) -> float:
    """wordfreq._word_frequency (3.1.1), the list's table for its dict."""
    tokens = lossy_tokenize(word, lang)
    if not tokens:
        return minimum
    table = frequency_table(lang, wordlist)
    one_over_result = 0.0
    for token in tokens:
        smashed = smash_numbers(token)
        freq = table.frequency(smashed)
        if freq is None:
            return minimum
        if smashed != token:
            freq *= digit_freq(token)
        one_over_result += 1.0 / freq
    freq = 1.0 / one_over_result
    if get_language_info(lang)["tokenizer"] == "jieba":
        freq *= wordfreq.INFERRED_SPACE_FACTOR ** -(len(tokens) - 1)
    unrounded = max(freq, minimum)
    if unrounded == 0.0:
        return 0.0
    leading_zeroes = math.floor(-math.log(unrounded, 10))
    return round(unrounded, leading_zeroes + 3)
