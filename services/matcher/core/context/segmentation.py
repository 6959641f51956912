"""Chinese aliases inside ordinary words: 乐高 (Lego) in 生日快乐高端 (快乐 "happy" + 高端 "high-end"),
微软 (Microsoft) in 稍微软 (稍微 "a little" + 软 "soft"), 强生 in 加强生发, 加鹅 in 加鹅绒, 三星 in 三星堆.

Chinese has no spaces, so an alias found as a substring may straddle two words, or sit inside a
longer one. `inside_word(text, start, end, alias)` segments the run of Chinese characters around
the alias the way jieba does (the route of words with the highest product of word probabilities
over the run) and answers with the ordinary words the alias straddles, or None when the alias is
a word of that route of its own (正品/古驰/包包, 我/爱/乐高/积木) or inside one longer word (耐克鞋,
三星堆: whether that is the brand's goods is the category's question). A very common word
(COMMON_ZIPF) across the alias's edge counts too when the route leaves its outside characters
alone: 稍微 in 稍微软 (the route says 稍/微软, as jieba's own dictionary does), not 一路 in 一比一路易威登.

Source of the dictionary: wordfreq's Chinese word list ("large", Zipf frequency >= 1; wordfreq built
it by segmenting its corpora with jieba's dictionary), shipped inside the wordfreq wheel, read once
per process: about 330,000 words kept as sorted UTF-8 byte strings with their Zipf frequency (the
table cache's, issue 16). An alias gets at least ALIAS_ZIPF: a brand's own name
in a listing is more likely than its rarity in news text says.
"""

from __future__ import annotations

import re
from functools import lru_cache

import numpy as np

from services.matcher.core import table_cache

ALIAS_ZIPF = 3.5  # the least Zipf frequency an alias counts with (乐高 is 3.16, 古驰 2.15, 加鹅 unlisted)
UNKNOWN_ZIPF = 1.0  # a character the list does not know
MAX_WORD = 6  # longest word tried, in characters
CONTEXT = 4  # characters of the run taken on each side of the alias (a word is rarely longer)
COMMON_ZIPF = 4.0  # a word this common (once per 100,000 words) straddling the alias's edge wins over it


def is_han(ch: str) -> bool:
    """A CJK unified ideograph (the basic block, extension A, the compatibility block, extensions B on)."""
    o = ord(ch)
    return 0x4E00 <= o <= 0x9FFF or 0x3400 <= o <= 0x4DBF or 0xF900 <= o <= 0xFAFF or 0x20000 <= o <= 0x3FFFF


# a word of is_han's characters only, of MAX_WORD at most (ChineseWords)
_HAN_WORD = re.compile("[\u4e00-\u9fff\u3400-\u4dbf\uf900-\ufaff\U00020000-\U0003ffff]{0,%d}" % MAX_WORD)


class ChineseWords:
    """wordfreq's Chinese words and their Zipf frequencies: the words' UTF-8 bytes, one sorted array a length, with
    their frequencies beside them, kept in the table cache (table_cache.py: mapped in a few ms where reading the list
    took ~0.15 s CPU of every build, issue 16); a word is found by binary search."""

    def __init__(self) -> None:
        arrays = table_cache.cached("chinese-words", chinese_words_arrays, or_none=True)
        if arrays is None:
            arrays = chinese_words_arrays()
        self._groups = {int(name[1:]): (words, arrays[f"z{name[1:]}"]) for name, words in arrays.items()
                        if name[0] == "w"}

    def zipfs(self, words: list[str]) -> list[float]:
        """Zipf frequency of each word, 0 when unlisted."""
        out = [0.0] * len(words)
        by_length: dict[int, list[tuple[int, bytes]]] = {}
        for n, word in enumerate(words):
            raw = word.encode("utf-8", "surrogatepass")
            by_length.setdefault(len(raw), []).append((n, raw))
        for length, items in by_length.items():
            if (group := self._groups.get(length)) is None:
                continue
            keys, zipf = group
            probes = np.array([raw for _, raw in items], dtype=f"S{length}")
            at = np.minimum(keys.searchsorted(probes), len(keys) - 1)
            for (n, _), z in zip(items, np.where(keys[at] == probes, zipf[at] / 100, 0.0).tolist()):
                out[n] = z
        return out


def chinese_words_arrays() -> dict[str, np.ndarray]:
    """ChineseWords' arrays: `w<n>` the words of n UTF-8 bytes (is_han's blocks, MAX_WORD characters at most) sorted,
    `z<n>` their Zipf frequencies x 100 (int16; a word in several buckets keeps its first, the most frequent)."""
    import wordfreq

    buckets = wordfreq.read_cBpack(wordfreq.available_languages("large")["zh"])
    zipfs: dict[bytes, int] = {}
    for i, bucket in enumerate(buckets):  # bucket i: Zipf 9 - i / 100
        for w in bucket:
            if w and _HAN_WORD.fullmatch(w):  # (a regex in place of is_han a character: issue 16)
                zipfs.setdefault(w.encode("utf-8"), 900 - i)
    groups: dict[int, list[bytes]] = {}
    for raw in zipfs:
        groups.setdefault(len(raw), []).append(raw)
    arrays: dict[str, np.ndarray] = {}
    for length in sorted(groups):
        words = sorted(groups[length])
        arrays[f"w{length}"] = np.array(words, dtype=f"S{length}")
        arrays[f"z{length}"] = np.array([zipfs[w] for w in words], dtype=np.int16)
    return arrays


@lru_cache(maxsize=1)
def chinese_words() -> ChineseWords:
    return ChineseWords()


def segment(run: str, alias_at: tuple[int, int] | None = None) -> list[tuple[int, int]]:
    """The most probable split of a run of Chinese characters into words, as (start, end) pairs; the
    alias at `alias_at` counts with at least ALIAS_ZIPF."""
    n = len(run)
    spans = [(i, j) for i in range(n) for j in range(i + 1, min(n, i + MAX_WORD) + 1)]
    zipf = chinese_words().zipfs([run[i:j] for i, j in spans])
    best = [0.0] + [-1e9] * n
    back = [0] * (n + 1)
    for (i, j), z in zip(spans, zipf):  # spans come ordered by start: best[i] is final when i's spans are read
        if z == 0:
            if j - i > 1 and (i, j) != alias_at:
                continue
            z = UNKNOWN_ZIPF
        if (i, j) == alias_at:
            z = max(z, ALIAS_ZIPF)
        score = best[i] + z - 9.0  # log10 of the word's probability
        if score > best[j]:
            best[j], back[j] = score, i
    route, j = [], n
    while j > 0:
        route.append((back[j], j))
        j = back[j]
    return route[::-1]


def inside_word(text: str, start: int, end: int, stops: tuple[str, ...] = (), *, boost: bool = True) -> str | None:
    """The ordinary words ("快乐/高端") an alias at text[start:end] straddles, else None. `stops` are words
    of their own that end the run (the counterfeit cues 一比一, 精仿, 原单: 精仿古奇 is 精仿 + 古奇). `boost`: the
    alias counts as a word of at least ALIAS_ZIPF; False for characters that are no word (an alias written as its
    components, 三日生 in 三日生效, detectors/components.py), where the plain route decides."""
    left = start
    while left > 0 and start - left < CONTEXT and is_han(text[left - 1]):
        left -= 1
    right = end
    while right < len(text) and right - end < CONTEXT and is_han(text[right]):
        right += 1
    for stop in stops:
        if stop in text[left:right]:
            for k in range(left, right):
                if text.startswith(stop, k):
                    if k + len(stop) <= start:
                        left = max(left, k + len(stop))
                    elif k >= end:
                        right = min(right, k)
    if left == start and right == end:
        return None  # the alias stands alone
    return _inside(text[left:right], start - left, end - left, boost)


@lru_cache(maxsize=1 << 16)
def _inside(run: str, a: int, b: int, boost: bool = True) -> str | None:
    """inside_word for an alias at run[a:b] (cached: marketplaces repeat their phrases)."""
    route = segment(run, (a, b) if boost else None)
    crossing = [(i, j) for i, j in route if i < a < j < b or a < i < b < j]
    if not crossing and (a, b) in route:
        # the route keeps the alias whole; still inside a very common word that straddles its edge with
        # characters the route left alone (稍 in 稍/微软: 稍微 "a little" + 软 "soft")
        crossing = _common_across(run, a, b, {i for i, j in route if j - i == 1})
    return "/".join(run[i:j] for i, j in crossing) or None


def _common_across(run: str, a: int, b: int, alone: set[int]) -> list[tuple[int, int]]:
    """Words of at least COMMON_ZIPF across an edge of the alias whose characters outside it are
    single-character words of the route (`alone`: their starts)."""
    spans = [(i, j) for i in range(max(0, a - MAX_WORD + 1), a) for j in range(a + 1, b)
             if all(k in alone for k in range(i, a))]
    spans += [(i, j) for i in range(a + 1, b) for j in range(b + 1, min(len(run), i + MAX_WORD) + 1)
              if all(k in alone for k in range(b, j))]
    if not spans:
        return []
    zipf = chinese_words().zipfs([run[i:j] for i, j in spans])
    return [span for span, z in zip(spans, zipf) if z >= COMMON_ZIPF]
