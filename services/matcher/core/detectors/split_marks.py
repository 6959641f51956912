"""A mark split by spaces (Ni ke, Ho nda, Bo sch, Mic ro soft, MICRO SOFT): rule intrusion, a weak candidate; or by
a line break (Ro-⏎lex, Sam⏎sung, a title ending "Gu" and a description beginning "cci"): rule line_break.

A space is a word boundary everywhere else, and many marks split in two are two ordinary words ("can on",
"air wrap", "play station", "micro soft", "sub mariner"), so every split is a weak candidate: it counts only
with the brand's category and a cue or a low price (`needs_corroboration`), and a split into two common
English words (symspellpy's list, `FuzzyConfig.common_word_count`) only with a counterfeit cue or a price
far below the floor (`needs_cue`, scoring.strongly_corroborated: a cheap listing uses ordinary words too).
Single-word Latin marks of four letters or more that are no everyday word (an everyday-word mark, Puma, only
hyphenated at a line break or split by a no-break space or a tab, and then it counts as the everyday word it is); two pieces of two letters or
more, or three pieces (two single spaces) of two letters or more for marks of six letters or more
("Mic ro soft", "Sa msu ng").

Kept: the marks (mark word -> fingerprints) and the pieces a split can end with (every suffix of two letters or
more that leaves two letters before it: "ke", "nda", "soft"), a set the listing's words (the leet view's,
computed once per listing) are intersected with, one C call; not every split (the pieces before the last
piece), which grew with the square of a mark's length. A listing with such a word is read in runs of words of
two letters or more one space apart (one regular expression): a word of a run that ends a split is joined with
the one or two words before it, and the join looked up among the marks.

Line breaks: a hyphen at the end of a line inside a word is the typographer's end-of-line hyphenation ("Ro-⏎lex"
is read "Rolex" by everyone), so the join names the mark as written (rule `line_break`, the weight of an exact
mark; two common words so joined, "micro-⏎soft", still need a cue). A line break alone inside the mark, or the
title's last word and the description's first ("… watch Ro" / "lex 1:1"), is a split like a space: a weak
candidate (`needs_corroboration`). Across line breaks the marks of several words count too, their words run
together ("Canada Goo-⏎se", "Louis Vuit-⏎ton"): never by spaces alone (those words are the mark's own words, found
by the marks detector). Cost: the runs' separators allow a line break, so the regular expression is the same one
pass; the several-word marks are looked up only for a join across a line break.
"""

from __future__ import annotations

import re

from schemas import Listing, MarkFingerprint, Rule
from services.matcher.core.detectors.base import Catalogue, Detector
from services.matcher.core.fuzzy import common_words
from services.matcher.core.normalise import ListingText, leet_word
from services.matcher.core.scoring import Evidence

# words of two letters or more one space or one line break apart (a hyphen before the break, spaces around it: the
# latin view keeps "\n" and "-"; the title and description are joined by a "\n"), each a whole word of the latin view
_SEPARATOR = r"(?:[ \t]|[ \t]*-?[ \t]*(?:\r?\n|\u2028|\u2029)[ \t]*)"
_RUN = re.compile(rf"(?<![a-z0-9])[a-z]{{2,}}(?:{_SEPARATOR}[a-z]{{2,}})+(?![a-z0-9])")
_WORD = re.compile(r"[a-z]+")
_BREAK = frozenset("\n\r\u2028\u2029")


class SplitMarkDetector(Detector):
    name = "split_marks"

    def __init__(self, catalogue: Catalogue) -> None:
        super().__init__(catalogue)
        self._marks: dict[str, list[int]] = {}  # mark word -> fingerprints
        self._joined: dict[str, list[int]] = {}  # the words of a several-word mark run together -> fingerprints
        self._tails: frozenset[str] = frozenset()  # the last pieces a mark splits into
        self._common: frozenset[str] = frozenset()
        self._everyday: dict[str, list[int]] = {}  # everyday-word single-word marks -> fingerprints

    def add(self, i: int, fp) -> str | None:
        if isinstance(fp, MarkFingerprint) and fp.everyday_word:
            word = leet_word(fp.value)  # Puma, Shell: only hyphenated at a line break ("Pu-⏎ma"), the mark as written
            if word.isascii() and word.isalpha() and len(word) >= 4 and fp.value.strip().isalpha():
                self._everyday.setdefault(word, []).append(i)
        elif isinstance(fp, MarkFingerprint):
            word = leet_word(fp.value)
            if word.isascii() and word.isalpha() and len(word) >= 4 and fp.value.strip().isalpha():
                self._marks.setdefault(word, []).append(i)
            elif word.isascii() and word.isalpha() and len(word) >= 6 and len(fp.value.split()) in (2, 3):
                self._joined.setdefault(word, []).append(i)
        return None

    def compile(self) -> None:
        self._common = common_words(self.config.fuzzy.common_word_count)
        # the last of two pieces of two letters or more (the last of three pieces is one of these too)
        self._tails = frozenset(word[k:] for word in (*self._marks, *self._joined, *self._everyday) for k in range(2, len(word) - 1))

    def detect(self, text: ListingText, listing: Listing) -> list[Evidence]:
        if not (self._marks or self._joined or self._everyday) or self._tails.isdisjoint(text.leet_words()):
            return []
        tails, marks, joined = self._tails, self._marks, self._joined
        # (first start, first fingerprint, fingerprints, words, run start, word matches, first, pieces - 1, separators,
        # a several-word mark)
        found = []
        odd_possible = "\t" in text.original or (not text.is_ascii and "\u00a0" in text.original)
        for run in _RUN.finditer(text.latin):
            pieces = list(_WORD.finditer(run.group()))
            words = [p.group() for p in pieces]
            for n in [n for n, w in enumerate(words) if n and w in tails]:
                for k in (1, 2, 3):  # two pieces, three (the join six letters or more), four across a break
                    if n < k:
                        break
                    seps = [run.group()[pieces[j].end():pieces[j + 1].start()] for j in range(n - k, n)]
                    broken = any(not _BREAK.isdisjoint(sep) for sep in seps)
                    mark = "".join(words[n - k:n + 1])
                    fps, several = (marks.get(mark) if k < 3 else None), False
                    nbsp = odd_possible and any(_between_words(text, run.start() + pieces[j].end(),
                                                               run.start() + pieces[j + 1].start()) for j in range(n - k, n))
                    if fps is None and (broken or nbsp):
                        fps, several = joined.get(mark), True
                    everyday = False
                    if fps is None and k < 3 and (nbsp or all(not _BREAK.isdisjoint(sep) and "-" in sep for sep in seps)):
                        fps, everyday = self._everyday.get(mark), True
                    if fps is not None:
                        found.append((run.start() + pieces[n - k].start(), fps[0], fps, words, run.start(), pieces,
                                      n - k, k, seps, several, everyday))
        out = []
        for _, _, fps, words, offset, pieces, first, k, seps, several, everyday in sorted(found, key=lambda f: f[:2]):
            start, end = offset + pieces[first].start(), offset + pieces[first + k].end()
            field, start, end, matched = text.locate(*text.original_span("latin", start, end))
            both_common = k == 1 and words[first] in self._common and words[first + 1] in self._common
            breaks = [not _BREAK.isdisjoint(sep) for sep in seps]
            if any(breaks):
                # every break hyphenated, and no other split than the breaks (a several-word mark keeps its spaces)
                hyphenated = all("-" in sep for sep, b in zip(seps, breaks) if b) and (several or all(breaks))
                rule = Rule.line_break
                weak = not hyphenated or both_common
                detail = ("hyphenated at a line break: the mark as written" if hyphenated else
                          "a line break inside the mark; needs corroboration")
            else:
                rule, weak = Rule.intrusion, True
                detail = "a space inside the mark; needs corroboration" if k == 1 else "spaces inside the mark; needs corroboration"
            if both_common:
                detail = "split into two common words; needs the brand's category and a counterfeit cue or a price far below the floor"
            weight = self.weights.exact if rule is Rule.line_break and not weak else self.weights.fuzzy_distance_1
            for i in fps:
                fp = self.fingerprints[i]
                out.append(Evidence(rule, weight, i, field, start, end, matched, fp.value, detail=detail,
                                    needs_corroboration=weak, needs_cue=both_common, everyday=everyday))
        return self.in_category(out, text, listing)

    def memory_bytes(self) -> int:
        return (200 * (len(self._marks) + len(self._joined)) + 40 * sum(map(len, self._marks.values()))
                + 40 * sum(map(len, self._joined.values())) + 80 * len(self._tails))

    def stats(self) -> dict[str, int]:
        return {"split_marks": len(self._marks)}


def _between_words(text: ListingText, start: int, end: int) -> bool:
    """Whether the latin view's gap [start, end) is a no-break space or a tab in the original (honest text has them
    between words too: a split across one is weak, like a space, but marks of several words and everyday-word marks
    are looked up across it, as across a line break; an unusual space of another kind is terms.ODD_SPACES')."""
    a, b = text.original_span("latin", start, end)
    gap = text.original[a:b]
    return "\u00a0" in gap or "\t" in gap
