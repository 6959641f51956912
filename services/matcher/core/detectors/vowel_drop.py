"""A mark written with its vowels left out, its consonants kept in order (Smsng, Brbrry, Rlx, Addds, Gcci): rule
vowel_drop.

Readers restore dropped vowels (the way Hebrew and Arabic are written, and text-speak), so sellers drop them to
pass filters. Each single-word mark with two vowels or more (everyday-word marks excepted: "Cch" is no Coach)
is filed under its consonants (`consonants`: a, e, i, o, u removed; y kept), and a mark with a y after its first
letter also under its consonants without the y, which is a vowel there (Dyson: Dsn, Sony: Sn). A listing word that is no common
English word (the misspellings detector's list) nor a mark, whose consonants are a mark's and which is the mark
with two of its vowels or more left out (one is a one-edit misspelling: rule fuzzy), is a candidate. Three
consonants are shared by many words and names (Rlx, Prd), so it is a weak candidate: it needs the brand's
category plus a counterfeit cue or a price far below the floor (`needs_cue`, scoring.strongly_corroborated).
A word that is the mark with ALL its vowels left out and four consonants or more (Smsng, Brbrry, Wlsn) needs
the brand's category and a cue or a low price only (`needs_corroboration`, as a rare-word misspelling): fewer
words and names are so made (this case was the misspellings detector's until 2026-12-01, rule fuzzy).

A mark of several words with the vowels of each left out ("Mchl Krs", "Ls Vtn", "Cnd Gs"): two or three
neighbouring words of consonants only, run together, compared with the mark's words run together, a doubled
letter read once (Vuitton: Vtn); always a weak candidate that needs a cue (`needs_cue`). Gate: a rare word of the
listing (no common English word, no mark) of three letters or more without a vowel; then one regular expression
for two or three such words side by side.
"""

from __future__ import annotations

import re

from schemas import Listing, MarkFingerprint, Rule
from services.matcher.core.detectors.base import Catalogue, Detector
from services.matcher.core.detectors.marks import is_wide_mark
from services.matcher.core.fuzzy import WordHashes, common_words
from services.matcher.core.normalise import ListingText, leet_word, mark_words
from services.matcher.core.scoring import Evidence
from services.matcher.core.sounds import written_by_sound

VOWELS = "aeiou"
_NO_VOWELS = str.maketrans("", "", VOWELS)
_NO_VOWELS_Y = str.maketrans("", "", VOWELS + "y")
MIN_CONSONANTS = 3
MIN_DROPPED = 2
ALL_VOWELS_MIN_CONSONANTS = 4  # all vowels left out of a mark of this many consonants or more: no cue needed
_WORD = re.compile(r"[a-z0-9]+")
_DOUBLED = re.compile(r"(.)\1+")
_CONSONANT_RUN = re.compile(r"(?<![a-z0-9])[b-df-hj-np-tv-z]+(?: +[b-df-hj-np-tv-z]+){1,2}(?![a-z0-9])")


def squeezed(word: str) -> str:
    """Every run of one letter written once: vuitton -> vuiton."""
    return _DOUBLED.sub(r"\1", word)


def consonants(word: str) -> str:
    return word.translate(_NO_VOWELS)


def consonants_without_y(word: str) -> str:
    """The consonants of a word whose y after the first letter is a vowel (dyson -> dsn); its first letter kept."""
    return word[:1].translate(_NO_VOWELS) + word[1:].translate(_NO_VOWELS_Y)


def drops_only_vowels(token: str, mark: str) -> int:
    """How many vowels of the mark the token leaves out, if the token is the mark with only vowels left out
    (in order; a y after the first letter counts as a vowel); -1 if it is not."""
    k = 0
    for n, ch in enumerate(mark):
        if k < len(token) and token[k] == ch:
            k += 1
        elif ch not in VOWELS and not (ch == "y" and n):
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
        self._several = False  # whether marks of several words are filed ("~" keys)

    def add(self, i: int, fp) -> str | None:
        if not isinstance(fp, MarkFingerprint) or is_wide_mark(fp.value) or fp.everyday_word:
            return None
        word = leet_word(fp.value)
        if word.isalpha() and sum(c in VOWELS for c in word) >= MIN_DROPPED and len(key := consonants(word)) >= MIN_CONSONANTS:
            self._pending.append((key, i))
        if (word.isalpha() and "y" in word[1:] and sum(c in VOWELS + "y" for c in word[1:]) >= MIN_DROPPED
                and len(key := consonants_without_y(word)) >= MIN_CONSONANTS and key != consonants(word)):
            self._pending.append((key, i))
        if (len(fp.value.split()) in (2, 3) and word.isalpha() and sum(c in VOWELS for c in word) >= MIN_DROPPED
                and len(key := squeezed(consonants(word))) >= ALL_VOWELS_MIN_CONSONANTS):
            self._pending.append(("~" + key, i))  # its words' consonants, to be read across spaces (Ls Vtn)
        return None

    def compile(self) -> None:
        common = common_words(self.config.fuzzy.common_word_count)
        marks = {w for _, i in self._pending for w in mark_words(self.catalogue.fingerprints[i].value)}
        self._keys = WordHashes((k, i) for k, i in self._pending if k not in common and k not in marks)
        self._several = bool(any(k.startswith("~") for k, _ in self._pending))
        self._common, self._marks = common, frozenset(marks)
        self._pending = []

    def detect(self, text: ListingText, listing: Listing) -> list[Evidence]:
        if not len(self._keys):
            return []
        rare = set(text.leet_words()).difference(self._common, self._marks)
        hits: dict[str, list[tuple[int, int]]] = {}
        bare = False  # a rare word of three consonants or more without a vowel (Mchl): the gate of _across_spaces
        for token in rare:
            key = consonants(token)
            bare = bare or (key == token and len(token) >= MIN_CONSONANTS and token.isalpha())
            for i in self._keys.get(key):
                mark = leet_word(self.fingerprints[i].value)
                if key in (consonants(mark), consonants_without_y(mark)) and (dropped := drops_only_vowels(token, mark)) >= MIN_DROPPED:
                    hits.setdefault(token, []).append((i, dropped))
        out = self._across_spaces(text) if self._several and bare else []
        if not hits:
            return self.in_category(out, text, listing) if out else []
        for m in _WORD.finditer(text.leet):
            for i, dropped in hits.get(m.group(), ()):
                fp = self.fingerprints[i]
                span = text.original_span("latin", m.start(), m.end())
                if not text.is_ascii and written_by_sound(text.original, *span):
                    continue  # फोन "phone" is "phon" only as anyascii spells it: the transliteration detector's
                field, start, end, matched = text.locate(*span)
                weight = self.weights.fuzzy_distance_1 if dropped == 1 else self.weights.fuzzy_distance_2
                every = len(m.group()) >= ALL_VOWELS_MIN_CONSONANTS and not any(c in VOWELS for c in m.group())
                detail = (f"the mark with all {dropped} of its vowels left out; needs corroboration" if every else
                          f"the mark with {dropped} of its vowels left out; needs corroboration")
                out.append(Evidence(Rule.vowel_drop, weight, i, field, start, end, matched, fp.value, distance=dropped,
                                    detail=detail, everyday=fp.everyday_word, needs_corroboration=True, needs_cue=not every))
        return self.in_category(out, text, listing)

    def _across_spaces(self, text: ListingText) -> list[Evidence]:
        """A mark of several words written as neighbouring words of consonants only (Mchl Krs)."""
        out = []
        for m in _CONSONANT_RUN.finditer(text.leet):
            words = m.group().split()
            for n in range(len(words) - 1):
                for k in (2, 3):
                    if n + k > len(words):
                        break
                    joined = "".join(words[n:n + k])
                    for i in self._keys.get("~" + squeezed(joined)):
                        mark = squeezed(leet_word(self.fingerprints[i].value))
                        if (dropped := drops_only_vowels(squeezed(joined), mark)) < MIN_DROPPED:
                            continue
                        start = m.start() + sum(len(w) + 1 for w in words[:n])
                        end = m.start() + len(" ".join(words[:n + k]))
                        field, s, e, matched = text.locate(*text.original_span("latin", start, end))
                        out.append(Evidence(Rule.vowel_drop, self.weights.fuzzy_distance_2, i, field, s, e, matched,
                                            self.fingerprints[i].value, distance=dropped,
                                            detail=f"the words of the mark with {dropped} of their vowels left out; "
                                                   "needs the brand's category and a counterfeit cue",
                                            needs_corroboration=True, needs_cue=True))
        return out

    def memory_bytes(self) -> int:
        return self._keys.nbytes + 60 * len(self._marks)

    def stats(self) -> dict[str, int]:
        return {"vowel_drop_keys": len(self._keys)}
