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
per process: about 330,000 words kept as sorted 64-bit string hashes with their Zipf frequency
(10 bytes a word, about a second to read). An alias gets at least ALIAS_ZIPF: a brand's own name
in a listing is more likely than its rarity in news text says.
"""

from __future__ import annotations

import re
from functools import lru_cache

import numpy as np

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
    """wordfreq's Chinese words and their Zipf frequencies, as sorted hashes."""

    def __init__(self) -> None:
        import wordfreq

        buckets = wordfreq.read_cBpack(wordfreq.available_languages("large")["zh"])
        words, zipfs = [], []
        for i, bucket in enumerate(buckets):  # bucket i: Zipf 9 - i / 100
            kept = [w for w in bucket if _HAN_WORD.fullmatch(w)]  # (is_han's blocks, MAX_WORD at most; issue 16: a regex
            words += kept  # in place of is_han a character, 0.2 -> 0.12 s once a process)
            zipfs += [900 - i] * len(kept)
        hashes = np.fromiter(map(hash, words), dtype=np.int64, count=len(words))
        order = np.argsort(hashes, kind="stable")
        self.hashes = hashes[order]
        self.zipf = np.asarray(zipfs, dtype=np.int16)[order]

    def zipfs(self, words: list[str]) -> list[float]:
        """Zipf frequency of each word, 0 when unlisted."""
        keys = np.fromiter(map(hash, words), dtype=np.int64, count=len(words))
        at = np.minimum(np.searchsorted(self.hashes, keys), len(self.hashes) - 1)
        return np.where(self.hashes[at] == keys, self.zipf[at] / 100, 0.0).tolist()


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
