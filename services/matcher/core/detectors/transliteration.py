"""A Latin mark written in another script by its sound (ナイキ, Найк, نايك, 나이키, Νάικ, ไนกี้, नाइकी for Nike):
rule transliteration.

Each Latin mark (its words joined: "louisvuitton") is filed under its sound keys (sounds.mark_keys). In a
listing only runs of letters of the scripts of sounds.SCRIPTS are read (an ASCII listing, or one in Latin
letters and Chinese only, costs one regular-expression search): each word of those scripts, and each pair of
neighbouring words (Луи Виттон, ルイ・ヴィトン); in scripts written without spaces (katakana, Thai) every
stretch of three to eleven letters that starts the run (ナイキスニーカー: ナイキ), or in Thai also ends it. A stretch is romanised
(sounds.romanise) and its sound key looked up.

How much a hit counts follows the misspellings detector: a romanisation within one edit of the mark's
spelling (Адидас = adidas, Самсунг = samsung, Ролекс = roleks for rolex) of a mark of five letters or more
names the mark like a one-edit misspelling does; any other hit is a sound-alike only (ナイキ is "naiki"),
and a sound key of a few consonant classes is shared by many words (Nike's NK by Ника, a girl's name): a hit
must also be close to the mark in letters (sounds.similarity, vowels read as one), the closest brand of a
stretch wins, and it is a weak candidate that needs the brand's category plus a counterfeit cue or a price far
below the floor (`needs_cue`, scoring.strongly_corroborated: like a common English word one edit from a mark,
a merely low price is not enough); a common word of its own language (без, ساعة, ブルー: wordfreq) never is one.
"""

from __future__ import annotations

import re
from functools import lru_cache

from rapidfuzz.distance import OSA

from schemas import Listing, MarkFingerprint, Rule
from services.matcher.core.detectors.base import Catalogue, Detector
from services.matcher.core.detectors.marks import is_wide_mark
from services.matcher.core.normalise import ListingText, mark_words
from services.matcher.core.scoring import Evidence
from services.matcher.core.sounds import ANY_SCRIPT, RUNS, UNSEGMENTED, closest, mark_keys, romanise, sound_key, spelling

MIN_STRETCH, MAX_STRETCH = 3, 12  # letters of an unsegmented run tried as one word
MIN_KEY = 2  # sound classes a mark needs to be looked for by sound ("Uno" is one: N)
STRONG_MIN_LETTERS = 5  # a romanisation within one edit of a mark this long names it
# what may stand between two words of a multi-word mark: spaces, the katakana middle dot, a hyphen
_JOINERS = frozenset(" \u30fb\u00b7-\u3000")


class TransliterationDetector(Detector):
    name = "transliteration"

    def __init__(self, catalogue: Catalogue) -> None:
        super().__init__(catalogue)
        self._keys: dict[str, list[int]] = {}  # sound key -> fingerprints
        self._spellings: dict[int, str] = {}  # fingerprint -> its letters as `spelling` writes them (x = ks)

    def add(self, i: int, fp) -> str | None:
        if not isinstance(fp, MarkFingerprint) or is_wide_mark(fp.value):
            return None
        word = "".join(mark_words(fp.value))
        if not word.isalpha():
            return None
        keys = {k for k in mark_keys(word) if len(k) >= MIN_KEY}
        for key in keys:
            self._keys.setdefault(key, []).append(i)
        if keys:
            self._spellings[i] = _plain(word)
        return None

    def compile(self) -> None:
        if self._keys:
            _common_words()  # read at build time (about 1 s), not on the first listing in another script

    def detect(self, text: ListingText, listing: Listing) -> list[Evidence]:
        if text.is_ascii or not self._keys:
            return []
        nfkc = text.nfkc
        if not ANY_SCRIPT.search(nfkc):
            return []
        best: dict[int, tuple[tuple, Evidence]] = {}
        for start, end, script, whole in self._stretches(nfkc):
            for reading in romanise(nfkc[start:end], script):
                key = sound_key(reading)
                if not whole and len(key) <= MIN_KEY:
                    continue  # two classes inside an unsegmented run: any stretch has them (スニーカー)
                for i, sim in closest(reading, [(i, self._spellings[i]) for i in self._keys.get(key, ())]):
                    e = self._evidence(text, i, start, end, script, reading)
                    if e.needs_corroboration and _common(nfkc[start:end]):
                        continue  # без, ساعة, ブルー: a common word of its language, heard like a mark by chance
                    # the strongest reading of each fingerprint: near the spelling, a whole word, the closest
                    rank = (not e.needs_corroboration, whole, sim)
                    if i not in best or rank > best[i][0]:
                        best[i] = (rank, e)
        return self.in_category([e for _, e in best.values()], text, listing)

    def _stretches(self, nfkc: str):
        """(start, end, script, whole) of the words, pairs of neighbouring words and, in unsegmented scripts, the
        stretches that start a katakana run (the product word follows the brand: ナイキスニーカー) or start or
        end a Thai one (รองเท้าไนกี้, "shoes Nike"); whole is False for those stretches."""
        runs = sorted((m.start(), m.end(), script) for script, pattern in RUNS.items() for m in pattern.finditer(nfkc))
        for k, (start, end, script) in enumerate(runs):
            if (start and _alphabetic(nfkc[start - 1])) or (end < len(nfkc) and _alphabetic(nfkc[end])):
                continue  # letters of another alphabet glued to it (ꓡеѵіѕ): a look-alike disguise, read by sight
            yield start, end, script, True
            if script in UNSEGMENTED:
                for length in range(MIN_STRETCH, min(MAX_STRETCH, end - start)):
                    yield start, start + length, script, False
                    if script == "thai":
                        yield end - length, end, script, False
            if k + 1 < len(runs):
                n_start, n_end, n_script = runs[k + 1]
                gap = nfkc[end:n_start]
                if n_script == script and 0 < len(gap) <= 2 and _JOINERS.issuperset(gap):
                    yield start, n_end, script, True

    def _evidence(self, text: ListingText, i: int, start: int, end: int, script: str, reading: str) -> Evidence:
        fp = self.fingerprints[i]
        mark = self._spellings[i]
        written = _plain(reading)
        near = len(mark) >= STRONG_MIN_LETTERS and OSA.distance(written, mark, score_cutoff=1) <= 1
        field, s, e, matched = text.locate(*text.original_span("nfkc", start, end))
        detail = f"the mark written in {script} letters by its sound (read '{reading}')"
        if not near:
            detail += "; a sound-alike: needs corroboration"
        return Evidence(Rule.transliteration, self.weights.fuzzy_distance_1, i, field, s, e, matched, fp.value,
                        distance=OSA.distance(written, mark), detail=detail, everyday=fp.everyday_word,
                        needs_corroboration=not near, needs_cue=not near)

    def memory_bytes(self) -> int:
        return sum(60 + 8 * len(v) for v in self._keys.values()) + 80 * len(self._spellings)

    def stats(self) -> dict[str, int]:
        return {"sound_keys": len(self._keys)}


# Languages written in SCRIPTS with a wordfreq list; a word this frequent in one of them (Zipf 3.8: about 6 in a
# million words) is that language's word (이어폰, "earphones", 3.9, is no iPhone). Brand names are mostly rarer there (ナイキ 3.3);
# the few more frequent ones (삼성 4.9) are spelt within one edit of the mark and are not weak.
COMMON_LANGUAGES = ("ru", "uk", "bg", "mk", "el", "he", "ar", "fa", "hi", "ko", "ja")
COMMON_ZIPF = 3.8


@lru_cache(maxsize=1)
def _common_words() -> frozenset[str]:
    """The words of COMMON_LANGUAGES' wordfreq "small" lists at COMMON_ZIPF or more (read once per process)."""
    import wordfreq

    paths = wordfreq.available_languages("small")
    buckets = round((9 - COMMON_ZIPF) * 100)  # bucket i holds the words of Zipf 9 - i / 100
    return frozenset(w for language in COMMON_LANGUAGES if language in paths
                     for bucket in wordfreq.read_cBpack(paths[language])[:buckets + 1] for w in bucket)


def _common(stretch: str) -> bool:
    """Whether every word of the stretch is a common word of its language (Канада Гус is not)."""
    common = _common_words()
    return all(w in common for w in re.split(r"[\s\u30fb\u00b7\-\u3000]+", stretch) if w)


def _alphabetic(ch: str) -> bool:
    """A letter of an alphabet (Latin, Lisu ...), not a CJK character (ナイキ靴 is two words)."""
    return ch.isalpha() and ch < "\u2e80"


def _plain(word: str) -> str:
    """A spelling compared letter by letter: the romanisations' letter groups made one (sounds.spelling), x = ks."""
    return spelling(word).replace("x", "ks")
