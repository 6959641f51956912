"""A mark split by spaces (Ni ke, Ho nda, Bo sch, Mic ro soft, MICRO SOFT): rule intrusion, a weak candidate.

A space is a word boundary everywhere else, and many marks split in two are two ordinary words ("can on",
"air wrap", "play station", "micro soft", "sub mariner"), so every split is a weak candidate: it counts only
with the brand's category and a cue or a low price (`needs_corroboration`), and a split into two common
English words (symspellpy's list, `FuzzyConfig.common_word_count`) only with a counterfeit cue or a price
far below the floor (`needs_cue`, scoring.strongly_corroborated: a cheap listing uses ordinary words too).
Single-word Latin marks of four letters or more that are no everyday word; two pieces of two letters or
more, or three pieces (two single spaces) of two letters or more for marks of six letters or more
("Mic ro soft", "Sa msu ng").

The last pieces ("ke", "nda", "sch", "soft") are the keys of a dict that the listing's words (the leet
view's, computed once per listing for the misspellings) are intersected with, one C call; a hit is
checked against the words right before it, one space apart.
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
        # last piece -> (the pieces before it, mark word, both pieces common words: needs a cue)
        self._by_tail: dict[str, list[tuple[tuple[str, ...], str, bool]]] = {}

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
                self._by_tail.setdefault(tail, []).append(((head,), word, head in common and tail in common))
            if len(word) >= 6:
                for k in range(2, len(word) - 3):
                    for j in range(k + 2, len(word) - 1):
                        self._by_tail.setdefault(word[j:], []).append(((word[:k], word[k:j]), word, False))

    def detect(self, text: ListingText, listing: Listing) -> list[Evidence]:
        if not self._by_tail or self._by_tail.keys().isdisjoint(text.leet_words()):
            return []
        latin = text.latin
        words = [(m.group(), m.start(), m.end()) for m in _WORD.finditer(latin)]
        out = []
        for n, (tail, ts, te) in enumerate(words):
            for before, mark, both_common in self._by_tail.get(tail, ()):
                k = len(before)
                if n < k or any(words[n - k + j][0] != piece for j, piece in enumerate(before)):
                    continue
                span = words[n - k:n + 1]
                if any(latin[a[2]:b[1]] != " " for a, b in zip(span, span[1:])):
                    continue
                field, start, end, matched = text.locate(*text.original_span("latin", span[0][1], te))
                detail = "a space inside the mark; needs corroboration" if k == 1 else "spaces inside the mark; needs corroboration"
                if both_common:
                    detail = "split into two common words; needs the brand's category and a counterfeit cue or a price far below the floor"
                for i in self._marks[mark]:
                    fp = self.fingerprints[i]
                    out.append(Evidence(Rule.intrusion, self.weights.fuzzy_distance_1, i, field, start, end, matched,
                                        fp.value, detail=detail, needs_corroboration=True, needs_cue=both_common))
        return self.in_category(out, text, listing)

    def memory_bytes(self) -> int:
        return 120 * sum(map(len, self._by_tail.values())) + 100 * len(self._marks)

    def stats(self) -> dict[str, int]:
        return {"split_mark_tails": len(self._by_tail)}
