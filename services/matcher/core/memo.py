"""Bounded memos: answers of pure readers remembered across listings, forgotten all at once when full.

Listings of one marketplace share most of their words, pieces and categories, so the readers of the core remember
what a word, a piece of text or a category read as. A stream never ends, so each memo has a size; when it is full it
is emptied at once rather than evicting the oldest entry: no bookkeeping on the hot path (a `dict.get` is the whole
cost of a hit), and the working set of a stream refills within a few hundred listings. The answers stay the same
whether a key is remembered or not: only pure functions of the key may be memoised.

Shapes: `Memo(size)` is a dict, `MemoSet(size)` a set; `remember` stores one more entry (emptying the memo first
when it holds `size`) and gives the value back, so a miss reads `found = memo.remember(key, compute(key))`.
"""
from __future__ import annotations

from typing import Hashable, TypeVar

V = TypeVar("V")


class Memo(dict):
    """A dict of at most `size` answers (size >= 1); `remember` empties it when full."""

    __slots__ = ("size",)

    def __init__(self, size: int) -> None:
        super().__init__()
        self.size = size

    def remember(self, key: Hashable, value: V) -> V:
        if len(self) >= self.size:
            self.clear()
        self[key] = value
        return value


class MemoSet(set):
    """A set of at most `size` keys known to read as nothing; `remember` empties it when full."""

    __slots__ = ("size",)

    def __init__(self, size: int) -> None:
        super().__init__()
        self.size = size

    def remember(self, key: Hashable) -> None:
        if len(self) >= self.size:
            self.clear()
        self.add(key)
