"""Misspelt marks (Adidos, Samsnug, Luis Vuitton): the symmetric-delete index of fuzzy.py, token by token.

Marks of one word are looked up by the leet view's words; the words of multi-word marks are
indexed too, and a hit on one of them (or the word itself) checks the mark word by word
(`_multi_word_distance`: each word within its own bound, the sum within the whole mark's).
"""

from __future__ import annotations

import re

from rapidfuzz.distance import OSA

from schemas import Listing, MarkFingerprint, Rule
from services.matcher.core.detectors.base import Catalogue, Detector
from services.matcher.core.detectors.marks import is_wide_mark
from services.matcher.core.fuzzy import FuzzyIndex
from services.matcher.core.normalise import FIELD_SEPARATOR, ListingText, leet_word, mark_words
from services.matcher.core.scoring import Evidence

_WORD = re.compile(r"[a-z0-9]+")


class MisspellingDetector(Detector):
    name = "misspellings"

    def __init__(self, catalogue: Catalogue) -> None:
        super().__init__(catalogue)
        self.index = FuzzyIndex(self.config.fuzzy)
        self._mark_words: dict[int, tuple[str, ...]] = {}  # fingerprint -> words, for multi-word marks
        self._parts: dict[str, list[tuple[int, int]]] = {}  # word -> (fingerprint, position) in multi-word marks
        self._part_words: frozenset[str] = frozenset()

    def add(self, i: int, fp) -> str | None:
        if not isinstance(fp, MarkFingerprint) or is_wide_mark(fp.value):
            return None
        self.index.add(leet_word(fp.value), i)
        if len(words := mark_words(fp.value)) > 1:  # "Luis Vuitton" is looked for word by word
            self._mark_words[i] = words
            for position, word in enumerate(words):
                self._parts.setdefault(word, []).append((i, position))
        return None

    def compile(self) -> None:
        # a word of many multi-word marks ("Air" of Air Max, Air Force …) would check them all at every mention
        self._parts = {w: p for w, p in self._parts.items() if len(p) <= self.config.fuzzy.max_marks_per_word}
        for word in self._parts:
            self.index.add(word, None)
        self.index.compile()
        self._part_words = frozenset(self._parts)

    def detect(self, text: ListingText, listing: Listing) -> list[Evidence]:
        if not (self.config.fuzzy.enabled and len(self.index)):
            return []
        words = text.leet_words()
        if not self.index.tokens_with_candidates(words) and self._part_words.isdisjoint(words):
            return []
        tokens = [(m.group(), m.start(), m.end()) for m in _WORD.finditer(text.leet)]
        out: list[Evidence] = []
        multi_word_starts: set[tuple[int, int]] = set()  # (fingerprint, first token) of the multi-word hits
        for n, (token, start, end) in enumerate(tokens):
            for word_id, distance in self.index.lookup(token):
                for i in self.index.word_fingerprints(word_id):
                    out.append(self._signal(text, i, start, end, distance))
                multi_word_starts.update((i, n - k) for i, k in self._parts.get(self.index.words[word_id], ()))
            multi_word_starts.update((i, n - k) for i, k in self._parts.get(token, ()))
        for i, first in sorted(multi_word_starts):
            distance = self._multi_word_distance(text, tokens, first, self._mark_words[i])
            if distance is not None:
                out.append(self._signal(text, i, tokens[first][1], tokens[first + len(self._mark_words[i]) - 1][2], distance))
        return out

    def _signal(self, text: ListingText, i: int, start: int, end: int, distance: int) -> Evidence:
        field, start, end, matched = text.locate(*text.original_span("latin", start, end))
        weight = self.weights.fuzzy_distance_1 if distance == 1 else self.weights.fuzzy_distance_2
        fp = self.fingerprints[i]
        return Evidence(Rule.fuzzy, weight, i, field, start, end, matched, fp.value, distance=distance,
                        detail=f"{distance} edit(s) from the mark", everyday=fp.everyday_word)

    def _multi_word_distance(self, text: ListingText, tokens: list[tuple[str, int, int]], first: int,
                             words: tuple[str, ...]) -> int | None:
        """The edits between the tokens from `first` on and a multi-word mark's words ("Luis Vuiton" is
        "Louis Vuitton" in 2): each word within its own bound, the sum within the whole mark's; None if not."""
        if first < 0 or first + len(words) > len(tokens):
            return None
        if FIELD_SEPARATOR in text.leet[tokens[first][1]:tokens[first + len(words) - 1][2]]:
            return None
        total = 0
        for word, (token, _, _) in zip(words, tokens[first:first + len(words)]):
            if token != word:
                bound = self.index.max_distance(len(word))
                if not bound or token[0] != word[0]:
                    return None
                distance = OSA.distance(token, word, score_cutoff=bound)
                if distance > bound:
                    return None
                total += distance
        return total if 0 < total <= self.index.max_distance(sum(map(len, words))) else None

    def memory_bytes(self) -> int:
        return self.index.memory_bytes()

    def stats(self) -> dict[str, int]:
        return {"fuzzy_words": len(self.index)}
