"""A mark split by spaces (Ni ke, Ho nda, Bo sch, Mic ro soft, MICRO SOFT): rule intrusion, a weak candidate.

A space is a word boundary everywhere else, and many marks split in two are two ordinary words ("can on",
"air wrap", "play station", "micro soft", "sub mariner"), so every split is a weak candidate: it counts only
with the brand's category and a cue or a low price (`needs_corroboration`), and a split into two common
English words (symspellpy's list, `FuzzyConfig.common_word_count`) only with a counterfeit cue or a price
far below the floor (`needs_cue`, scoring.strongly_corroborated: a cheap listing uses ordinary words too).
Single-word Latin marks of four letters or more that are no everyday word; two pieces of two letters or
more, or three pieces (two single spaces) of two letters or more for marks of six letters or more
("Mic ro soft", "Sa msu ng").

Only the marks are kept (mark word -> fingerprints, a few hundred bytes a mark, however many ways it splits):
a listing's runs of words of two letters or more, one space apart (one regular expression), are joined two and
three at a time and the joins intersected with the marks, one C call each; only a join that is a mark is
looked at again (the pieces before it 1 space apart, both pieces common words or not).
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
        self._common: frozenset[str] = frozenset()

    def add(self, i: int, fp) -> str | None:
        if isinstance(fp, MarkFingerprint) and not fp.everyday_word:
            word = leet_word(fp.value)
            if word.isascii() and word.isalpha() and len(word) >= 4 and fp.value.strip().isalpha():
                self._marks.setdefault(word, []).append(i)
        return None

    def compile(self) -> None:
        self._common = common_words(self.config.fuzzy.common_word_count)

    def detect(self, text: ListingText, listing: Listing) -> list[Evidence]:
        if not self._marks:
            return []
        latin = text.latin
        found = []  # (tail start, first fingerprint of the mark, first piece, pieces - 1, mark, words, word starts)
        for run in _RUN.finditer(latin):
            words = run.group().split(" ")
            joins = self._marks.keys() & [a + b for a, b in zip(words, words[1:])]
            if len(words) > 2:  # three pieces of two letters or more: a mark of six letters or more
                joins |= self._marks.keys() & [a + b + c for a, b, c in zip(words, words[1:], words[2:])]
            if not joins:
                continue
            starts = [run.start()]
            for w in words:
                starts.append(starts[-1] + len(w) + 1)
            for n in range(1, len(words)):
                for k in (1, 2):
                    if n >= k and (mark := "".join(words[n - k:n + 1])) in joins:
                        found.append((starts[n], self._marks[mark][0], n - k, k, mark, words, starts))
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
        return 200 * len(self._marks) + 40 * sum(map(len, self._marks.values()))

    def stats(self) -> dict[str, int]:
        return {"split_marks": len(self._marks)}
