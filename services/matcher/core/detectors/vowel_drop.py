"""A mark written with its vowels left out, its consonants kept in order (Smsng, Brbrry, Rlx, Addds, Gcci): rule
vowel_drop.

Readers restore dropped vowels (the way Hebrew and Arabic are written, and text-speak), so sellers drop them to
pass filters. Each single-word mark with two vowels or more (everyday-word marks excepted: "Cch" is no Coach)
is filed under its consonants (`consonants`: a, e, i, o, u removed; y kept). A listing word that is no common
English word (the misspellings detector's list) nor a mark, whose consonants are a mark's and which is the mark
with two of its vowels or more left out (one is a one-edit misspelling: rule fuzzy), is a candidate. Three
consonants are shared by many words and names (Rlx, Prd), so it is a weak candidate: it needs the brand's
category plus a counterfeit cue or a price far below the floor (`needs_cue`, scoring.strongly_corroborated).
A word that is the mark with ALL its vowels left out and four consonants or more (Smsng, Brbrry, Wlsn) needs
the brand's category and a cue or a low price only (`needs_corroboration`, as a rare-word misspelling): fewer
words and names are so made (this case was the misspellings detector's until 2026-12-01, rule fuzzy).
"""

from __future__ import annotations

import re

from schemas import Listing, MarkFingerprint, Rule
from services.matcher.core.detectors.base import Catalogue, Detector
from services.matcher.core.detectors.marks import is_wide_mark
from services.matcher.core.fuzzy import WordHashes, common_words
from services.matcher.core.normalise import ListingText, leet_word, mark_words
from services.matcher.core.scoring import Evidence

VOWELS = "aeiou"
_NO_VOWELS = str.maketrans("", "", VOWELS)
MIN_CONSONANTS = 3
MIN_DROPPED = 2
ALL_VOWELS_MIN_CONSONANTS = 4  # all vowels left out of a mark of this many consonants or more: no cue needed
_WORD = re.compile(r"[a-z0-9]+")


def consonants(word: str) -> str:
    return word.translate(_NO_VOWELS)


def drops_only_vowels(token: str, mark: str) -> int:
    """How many vowels of the mark the token leaves out, if the token is the mark with only vowels left out
    (in order); -1 if it is not."""
    k = 0
    for ch in mark:
        if k < len(token) and token[k] == ch:
            k += 1
        elif ch not in VOWELS:
            return -1
    return len(mark) - len(token) if k == len(token) else -1


class VowelDropDetector(Detector):
    name = "vowel_drop"

    def __init__(self, catalogue: Catalogue) -> None:
        super().__init__(catalogue)
        self._keys = WordHashes(())  # consonants -> fingerprints (hashed: 12 bytes a mark)
        self._pending: list[tuple[str, int]] = []  # (consonants, fingerprint) until compile
        self._common: frozenset[str] = frozenset()
        self._marks: frozenset[str] = frozenset()  # the words of the marks filed here

    def add(self, i: int, fp) -> str | None:
        if not isinstance(fp, MarkFingerprint) or is_wide_mark(fp.value) or fp.everyday_word:
            return None
        word = leet_word(fp.value)
        if word.isalpha() and sum(c in VOWELS for c in word) >= MIN_DROPPED and len(key := consonants(word)) >= MIN_CONSONANTS:
            self._pending.append((key, i))
        return None

    def compile(self) -> None:
        common = common_words(self.config.fuzzy.common_word_count)
        marks = {w for _, i in self._pending for w in mark_words(self.catalogue.fingerprints[i].value)}
        self._keys = WordHashes((k, i) for k, i in self._pending if k not in common and k not in marks)
        self._common, self._marks = common, frozenset(marks)
        self._pending = []

    def detect(self, text: ListingText, listing: Listing) -> list[Evidence]:
        if not len(self._keys):
            return []
        rare = set(text.leet_words()).difference(self._common, self._marks)
        hits: dict[str, list[tuple[int, int]]] = {}
        for token in rare:
            for i in self._keys.get(key := consonants(token)):
                mark = leet_word(self.fingerprints[i].value)
                if consonants(mark) == key and (dropped := drops_only_vowels(token, mark)) >= MIN_DROPPED:
                    hits.setdefault(token, []).append((i, dropped))
        if not hits:
            return []
        out = []
        for m in _WORD.finditer(text.leet):
            for i, dropped in hits.get(m.group(), ()):
                fp = self.fingerprints[i]
                field, start, end, matched = text.locate(*text.original_span("latin", m.start(), m.end()))
                weight = self.weights.fuzzy_distance_1 if dropped == 1 else self.weights.fuzzy_distance_2
                every = len(m.group()) >= ALL_VOWELS_MIN_CONSONANTS and not any(c in VOWELS for c in m.group())
                detail = (f"the mark with all {dropped} of its vowels left out; needs corroboration" if every else
                          f"the mark with {dropped} of its vowels left out; needs corroboration")
                out.append(Evidence(Rule.vowel_drop, weight, i, field, start, end, matched, fp.value, distance=dropped,
                                    detail=detail, everyday=fp.everyday_word, needs_corroboration=True, needs_cue=not every))
        return self.in_category(out, text, listing)

    def memory_bytes(self) -> int:
        return self._keys.nbytes + 60 * len(self._marks)

    def stats(self) -> dict[str, int]:
        return {"vowel_drop_keys": len(self._keys)}
