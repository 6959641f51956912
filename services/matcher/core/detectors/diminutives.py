"""A mark made a pet name by a language's diminutive suffix (rule glued): Nikezinho, Rolexito, Guccino, Rolexchen,
Rolexje, Cartierek, Пандорка, Adidinhas.

Sellers in many markets say the brand fondly, and the suffix hides it from a reader of whole words: Portuguese -inho/
-zinho (-inha, plurals), Spanish -ito/-cito (-ita, plurals), Italian -ino/-etto/-uccio, French -ette, German -chen/
-lein and the dialects' -le/-li/-erl, Dutch -je/-tje/-pje, Polish and Czech -ek/-ka/-eczek/-uś, Russian -ка/-ик/-чик/
-очка (in the latin view: ka, ik, chik, ochka), Greek -άκι (aki). The suffix goes after the mark, or after the mark
less its final vowel (or vowel and s): Pandora -> Pandorka, Pandorinha; Adidas -> Adidinhas; Gucci -> Guccino.
Source: the diminutive morphology of each language (its Wikipedia grammar article), not a held-out set's strings.

A listing word (a run of the latin view) that is such a stem of a registered Latin mark of one word (MarkFingerprint
.vocabulary None, four letters or more of stem) followed by one of DIMINUTIVES, and that is no common word of the
languages of context/language.py (wordfreq Zipf OWN_WORD_ZIPF: "Marsella", "Canonico"), is a weak candidate: the
brand's category with a cue or a price below the floor; a mark that is an everyday word (Pandora, Coach) with a cue or
a price far below the floor.

Cyrillic and Greek words are read as they sound (sounds.romanise: Пандорка -> pandorka, Ролексик -> roleksik, a mark's x
also as ks), not by the latin view's look-alike letters.

Gate: compounds.py's token kind `_heads` (the first four and five letters of the latin view's runs), shared, and the
same of the Cyrillic and Greek runs as they sound (`_sounded_heads`).
"""

from __future__ import annotations

import re
from functools import lru_cache

from schemas import Listing, MarkFingerprint, Rule
from services.matcher.core.detectors.base import Catalogue, Detector
from services.matcher.core.detectors.compounds import HEAD, _heads, zipf
from services.matcher.core.detectors.marks import is_wide_mark
from services.matcher.core.normalise import ListingText, mark_words, word_wise
from services.matcher.core.sounds import RUNS, romanise
from services.matcher.core.scoring import Evidence

MIN_STEM = 4
DIMINUTIVES: dict[str, str] = {}
for _lang, _suffixes in (
    ("Portuguese", "inho inha inhos inhas zinho zinha zinhos zinhas"),
    ("Spanish", "ito ita itos itas cito cita citos citas ecito ecita"),
    ("Italian", "ino ina ini etto etta etti uccio uccia"),
    ("French", "ette ettes"),
    ("German", "chen lein le li erl"),
    ("Dutch", "je tje pje jes tjes"),
    ("Polish/Czech", "ek ka eczek us usia icek"),
    ("Russian", "ka ik chik ochka ushka enka ok"),
    ("Greek", "aki akia"),
):
    for _s in _suffixes.split():
        DIMINUTIVES[_s] = f"{DIMINUTIVES[_s]}, {_lang}" if _s in DIMINUTIVES else _lang
LONGEST = max(map(len, DIMINUTIVES))
OWN_LANGUAGES = ("en", "de", "fr", "es", "it", "pt", "nl", "pl", "ru", "sv")
OWN_WORD_ZIPF = 2.0
_RUN = re.compile(r"[a-z]{6,}")
_VOWEL_END = re.compile(r"[aeiouy]s?$")


_SOUNDED = {script: RUNS[script] for script in ("cyrillic", "greek")}


def _sounded(original: str) -> list[tuple[str, int, int]]:
    """The Cyrillic and Greek runs of six letters or more of a text as they sound (sounds.romanise: Пандорка ->
    pandorka; the latin view folds them by shape, р -> p), with their spans."""
    out = []
    for script, pattern in _SOUNDED.items():
        for m in pattern.finditer(original):
            if len(m.group()) >= 5:
                out += [(r, m.start(), m.end()) for r in romanise(m.group().lower(), script) if r.isalpha()]
    return out


@word_wise()
def _sounded_heads(text: ListingText) -> frozenset[str]:
    """The first four and five letters of the text's Cyrillic and Greek runs as they sound (a token kind)."""
    if text.is_ascii:
        return frozenset()
    return frozenset(w[:n] for w, _, _ in _sounded(text.original) for n in (HEAD, HEAD + 1))


@lru_cache(maxsize=16_384)
def _own_word(word: str) -> bool:
    return any(zipf(word, lang) >= OWN_WORD_ZIPF for lang in OWN_LANGUAGES)


class DiminutiveDetector(Detector):
    name = "diminutives"

    def __init__(self, catalogue: Catalogue) -> None:
        super().__init__(catalogue)
        self._stems: dict[str, list[int]] = {}  # a mark, or the mark less its final vowel (and s) -> fingerprints
        self._heads: frozenset[str] = frozenset()  # their first four and five letters

    def add(self, i: int, fp) -> str | None:
        if not isinstance(fp, MarkFingerprint) or fp.vocabulary is not None or is_wide_mark(fp.value):
            return None
        words = mark_words(fp.value)
        if len(words) != 1 or not words[0].isalpha():
            return None
        mark = words[0]
        for form in {mark, mark.replace("x", "ks")}:  # (as a Cyrillic or Greek writing sounds: Ролексик)
            for stem in {form, _VOWEL_END.sub("", form)}:
                if len(stem) >= MIN_STEM and i not in self._stems.get(stem, ()):
                    self._stems.setdefault(stem, []).append(i)
        return None

    def compile(self) -> None:
        self._heads = frozenset(s[:n] for s in self._stems for n in (HEAD, HEAD + 1) if len(s) >= n)

    def gate(self):
        if not self._stems:
            return {}
        keys = frozenset(s if len(s) == HEAD else s[:HEAD + 1] for s in self._stems)
        return {_heads: keys, _sounded_heads: keys}

    def detect(self, text: ListingText, listing: Listing) -> list[Evidence]:
        out: list[Evidence] = []
        stems = self._stems
        words = [(word, *text.original_span("latin", m.start(), m.end())) for m in _RUN.finditer(text.latin)
                 if (word := m.group())[:HEAD] in self._heads or word[:HEAD + 1] in self._heads]
        if not text.is_ascii:
            words += _sounded(text.original)
        for word, start, end in words:
            for n in range(max(MIN_STEM, len(word) - LONGEST), len(word) - 1):
                suffix = word[n:]
                if suffix not in DIMINUTIVES or word[:n] not in stems:
                    continue
                original = text.original[start:end]
                if not original.isalpha() or _own_word(word):
                    break
                field, s, e, matched = text.locate(start, end)
                for i in stems[word[:n]]:
                    fp = self.fingerprints[i]
                    out.append(Evidence(Rule.glued, self.weights.fuzzy_distance_1, i, field, s, e, matched, fp.value,
                                        detail=f"the mark as a pet name: '{matched}' is {fp.value} with the diminutive "
                                               f"-{suffix} ({DIMINUTIVES[suffix]}); needs the brand's category with a "
                                               "cue or a low price", everyday=fp.everyday_word,
                                        needs_corroboration=True, needs_cue=fp.everyday_word, compound=True))
                break
        return self.in_category(out, text, listing) if out else out

    def memory_bytes(self) -> int:
        return 80 * len(self._stems)

    def stats(self) -> dict[str, int]:
        return {"diminutive_stems": len(self._stems)}
