"""A mark split by spaces (Ni ke, Ho nda, Bo sch, Mic ro soft, MICRO SOFT): rule intrusion, a weak candidate.

A space is a word boundary everywhere else, and many marks split in two are two ordinary words ("can on",
"air wrap", "play station", "micro soft", "sub mariner"), so every split is a weak candidate: it counts only
with the brand's category and a cue or a low price (`needs_corroboration`), and a split into two common
English words (symspellpy's list, `FuzzyConfig.common_word_count`) only with a counterfeit cue or a price
far below the floor (`needs_cue`, scoring.strongly_corroborated: a cheap listing uses ordinary words too).
Single-word Latin marks of four letters or more that are no everyday word; two pieces of two letters or
more, or three pieces (two single spaces) of two letters or more for marks of six letters or more
("Mic ro soft", "Sa msu ng").

Kept: the marks (mark word -> fingerprints) and the pieces a split can end with (every suffix of two letters or
more that leaves two letters before it: "ke", "nda", "soft"), a set the listing's words (the leet view's,
computed once per listing) are intersected with, one C call; not every split (the pieces before the last
piece), which grew with the square of a mark's length. A listing with such a word is read in runs of words of
two letters or more one space apart (one regular expression): a word of a run that ends a split is joined with
the one or two words before it, and the join looked up among the marks.
"""

from __future__ import annotations

import re

from schemas import Listing, MarkFingerprint, Rule
from services.matcher.core.detectors.base import Catalogue, Detector
from services.matcher.core.fuzzy import common_words
from services.matcher.core.normalise import ListingText, leet_word
from services.matcher.core.scoring import Evidence

# words of two letters or more one space apart, each a whole word of the latin view (no letter or digit glued)
_RUN = re.compile(r"(?<![a-z0-9])[a-z]{2,}(?: [a-z]{2,})+(?![a-z0-9])")


class SplitMarkDetector(Detector):
    name = "split_marks"

    def __init__(self, catalogue: Catalogue) -> None:
        super().__init__(catalogue)
        self._marks: dict[str, list[int]] = {}  # mark word -> fingerprints
        self._tails: frozenset[str] = frozenset()  # the last pieces a mark splits into
        self._common: frozenset[str] = frozenset()

    def add(self, i: int, fp) -> str | None:
        if isinstance(fp, MarkFingerprint) and not fp.everyday_word:
            word = leet_word(fp.value)
            if word.isascii() and word.isalpha() and len(word) >= 4 and fp.value.strip().isalpha():
                self._marks.setdefault(word, []).append(i)
        return None

    def compile(self) -> None:
        self._common = common_words(self.config.fuzzy.common_word_count)
        # the last of two pieces of two letters or more (the last of three pieces is one of these too)
        self._tails = frozenset(word[k:] for word in self._marks for k in range(2, len(word) - 1))

    def detect(self, text: ListingText, listing: Listing) -> list[Evidence]:
        if not self._marks or self._tails.isdisjoint(text.leet_words()):
            return []
        tails, marks = self._tails, self._marks
        found = []  # (tail start, first fingerprint of the mark, first piece, pieces - 1, mark, words, word starts)
        for run in _RUN.finditer(text.latin):
            words = run.group().split(" ")
            starts = None
            for n in [n for n, w in enumerate(words) if n and w in tails]:
                for k in (1, 2):  # two pieces, or three (the join of three is six letters or more)
                    if n >= k and (mark := "".join(words[n - k:n + 1])) in marks:
                        if starts is None:
                            starts = [run.start()]
                            for w in words:
                                starts.append(starts[-1] + len(w) + 1)
                        found.append((starts[n], marks[mark][0], n - k, k, mark, words, starts))
        out = []
        for _, _, first, k, mark, words, starts in sorted(found, key=lambda f: f[:2]):
            tail_end = starts[first + k] + len(words[first + k])
            field, start, end, matched = text.locate(*text.original_span("latin", starts[first], tail_end))
            detail = "a space inside the mark; needs corroboration" if k == 1 else "spaces inside the mark; needs corroboration"
            both_common = k == 1 and words[first] in self._common and words[first + 1] in self._common
            if both_common:
                detail = "split into two common words; needs the brand's category and a counterfeit cue or a price far below the floor"
            for i in self._marks[mark]:
                fp = self.fingerprints[i]
                out.append(Evidence(Rule.intrusion, self.weights.fuzzy_distance_1, i, field, start, end, matched,
                                    fp.value, detail=detail, needs_corroboration=True, needs_cue=both_common))
        return self.in_category(out, text, listing)

    def memory_bytes(self) -> int:
        return 200 * len(self._marks) + 40 * sum(map(len, self._marks.values())) + 80 * len(self._tails)

    def stats(self) -> dict[str, int]:
        return {"split_marks": len(self._marks)}
