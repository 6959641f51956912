"""A mark split in two by a space (Ni ke, Ho nda, Bo sch, So ny): rule intrusion, a weak candidate.

A space is a word boundary everywhere else, and most marks split in two are two ordinary words
("can on", "air wrap", "play station", "quiet comfort"), so only splits with a fragment that is no
common English word are filed (symspellpy's list, `FuzzyConfig.common_word_count`), each fragment two
letters or more, for single-word Latin marks of four letters or more that are no everyday word. The
second fragments ("ke", "nda", "sch", "ny") are the keys of a dict that the listing's words (the leet
view's, computed once per listing for the misspellings) are intersected with, one C call; a hit is
checked against the word right before it, one space apart.
Like a misspelling of a short mark, it counts only with the brand's category and a cue or a low
price (`needs_corroboration`).
"""

from __future__ import annotations

import re

from schemas import Listing, MarkFingerprint, Rule
from services.matcher.core.detectors.base import Catalogue, Detector
from services.matcher.core.fuzzy import common_words
from services.matcher.core.normalise import ListingText, leet_word
from services.matcher.core.scoring import Evidence

_WORD = re.compile(r"[a-z0-9]+")


class SplitMarkDetector(Detector):
    name = "split_marks"

    def __init__(self, catalogue: Catalogue) -> None:
        super().__init__(catalogue)
        self._marks: dict[str, list[int]] = {}  # mark word -> fingerprints
        self._by_tail: dict[str, list[tuple[str, str]]] = {}  # second fragment -> (first fragment, mark word)

    def add(self, i: int, fp) -> str | None:
        if isinstance(fp, MarkFingerprint) and not fp.everyday_word:
            word = leet_word(fp.value)
            if word.isascii() and word.isalpha() and len(word) >= 4 and fp.value.strip().isalpha():
                self._marks.setdefault(word, []).append(i)
        return None

    def compile(self) -> None:
        common = common_words(self.config.fuzzy.common_word_count)
        for word in self._marks:
            for k in range(2, len(word) - 1):
                head, tail = word[:k], word[k:]
                if not (head in common and tail in common):
                    self._by_tail.setdefault(tail, []).append((head, word))

    def detect(self, text: ListingText, listing: Listing) -> list[Evidence]:
        if not self._by_tail or self._by_tail.keys().isdisjoint(text.leet_words()):
            return []
        latin = text.latin
        words = [(m.group(), m.start(), m.end()) for m in _WORD.finditer(latin)]
        out = []
        for (head, hs, he), (tail, ts, te) in zip(words, words[1:]):
            if tail not in self._by_tail or latin[he:ts] != " ":
                continue
            for first, mark in self._by_tail[tail]:
                if head != first:
                    continue
                field, start, end, matched = text.locate(*text.original_span("latin", hs, te))
                for i in self._marks[mark]:
                    fp = self.fingerprints[i]
                    out.append(Evidence(Rule.intrusion, self.weights.fuzzy_distance_1, i, field, start, end, matched,
                                        fp.value, detail="a space inside the mark; needs corroboration",
                                        needs_corroboration=True))
        return self.in_category(out, text, listing)

    def memory_bytes(self) -> int:
        return 120 * sum(map(len, self._by_tail.values())) + 100 * len(self._marks)

    def stats(self) -> dict[str, int]:
        return {"split_mark_tails": len(self._by_tail)}
