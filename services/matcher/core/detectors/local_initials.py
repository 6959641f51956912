"""The initials of a multi-word mark written in another script (rule initialism): ЛВ, СГ, ТНФ, ΛΒ for LV, CG, TNF;
엘브이, 지지, 씨지, 티엔에프, エルブイ, ジージー for LV, GG, CG, TNF.

The replica trade's initials (detectors/initialisms.py: LV, TNF, CG, GG) are written by markets that do not type Latin
letters in two ways: letter by letter in their own alphabet, the Cyrillic or Greek capital that stands for the Latin
one by sound or by shape (Л for L, В for V, С for S and for the look-alike C, Г for G, К for K and for the C of
"Канада"; Λ, Β, Σ), and by the letters' names written in Hangul or katakana (엘 L, 브이 V, 지 G, 씨 C, 티 T, 엔 N, 에프 F;
エル, ブイ, ジー: the names table of codes/letter_names.py). Both are read back to Latin letters, every way a letter may
stand (В is v, w or b; 지 is g or z), and looked up among the same initials as the Latin detector's (marks of two words
or more that are no everyday word; a word of capitals a mark is written with: GG of GG Marmont).

Weak, like the Latin initials: the brand's category beside a cue that claims a copy (scoring.strongly_corroborated:
rule initialism); 지지 is also "support", 씨지 computer graphics, ЛВ a Russian abbreviation of many things.
Which text: a word of two to four Cyrillic or Greek letters written in capitals; a word of Hangul or katakana that is
wholly two to four letter names (at most eight characters); a Kazakh, Ukrainian or Serbian letter is read as the
Russian one it stands for. Gate: one regular expression for such words over the pieces of the text that are not ASCII
(token kind `local_initial_keys`: the Latin keys they read as).
"""

from __future__ import annotations

import itertools
import re
from functools import lru_cache

from schemas import Listing, MarkFingerprint, Rule
from services.matcher.core.codes.letter_names import _run_cut
from services.matcher.core.detectors.base import Catalogue, Detector
from services.matcher.core.detectors.initialisms import capital_words_of, initials
from services.matcher.core.detectors.marks import is_wide_mark
from services.matcher.core.normalise import ListingText, word_wise
from services.matcher.core.scoring import Evidence

# a capital of Cyrillic or Greek -> the Latin letters it stands for, by sound or by shape
LETTERS = {
    "А": "a", "Б": "b", "В": "vwb", "Г": "gh", "Ґ": "g", "Д": "d", "Е": "e", "Є": "e", "Ё": "e", "Ж": "j", "З": "z",
    "И": "i", "І": "i", "Ї": "i", "Й": "jy", "К": "kc", "Қ": "kq", "Л": "l", "М": "m", "Н": "nh", "Ң": "n", "О": "o",
    "Ө": "o", "П": "p", "Р": "rp", "С": "sc", "Т": "t", "У": "uy", "Ү": "u", "Ұ": "u", "Ф": "f", "Х": "hx", "Һ": "h",
    "Ц": "c", "Ч": "c", "Ш": "s", "Щ": "s", "Э": "e", "Ю": "u", "Я": "y", "Ғ": "g", "Ј": "j", "Љ": "l", "Њ": "n",
    "Ћ": "c", "Џ": "d",
    "Α": "a", "Β": "bv", "Γ": "g", "Δ": "d", "Ε": "e", "Ζ": "z", "Η": "hi", "Θ": "t", "Ι": "i", "Κ": "kc", "Λ": "l",
    "Μ": "m", "Ν": "n", "Ξ": "x", "Ο": "o", "Π": "p", "Ρ": "rp", "Σ": "s", "Τ": "t", "Υ": "yu", "Φ": "f", "Χ": "xh",
    "Ψ": "p", "Ω": "o",
}
_CAPITALS = re.compile(r"(?<![^\W\d_])([" + "".join(LETTERS) + r"]{2,4})(?![^\W\d_])")
_NAMED = re.compile(r"(?<![^\W\d_])([\uac00-\ud7a3]{2,8}|[\u30a0-\u30fa\u30fc-\u30ff]{2,8})(?![\uac00-\ud7a3\u30a0-\u30ff])")
_SCRIPTS = re.compile(r"[\u0370-\u03ff\u0400-\u04ff\uac00-\ud7a3\u30a0-\u30ff]")
MAX_READINGS = 16


@lru_cache(maxsize=1 << 16)
def _readings(word: str) -> tuple[str, ...]:
    """The Latin initials a word of another script may stand for (at most MAX_READINGS), [] if it is none."""
    if word[0] in LETTERS:
        if not all(c in LETTERS for c in word):
            return ()
        return tuple("".join(p) for p in itertools.islice(itertools.product(*(LETTERS[c] for c in word)), MAX_READINGS))
    out: list[str] = []
    for cut in _run_cut(word):
        if not 2 <= len(cut) <= 4:
            continue
        out.extend("".join(p) for p in itertools.islice(itertools.product(*(sorted(s) for s in cut)), MAX_READINGS))
    return tuple(out[:MAX_READINGS])


def _words(text: str):
    """(start, end, word) of the candidate words of a text: capitals of Cyrillic or Greek, runs of Hangul or katakana."""
    for m in _CAPITALS.finditer(text):
        yield m.start(1), m.end(1), m.group(1)
    for m in _NAMED.finditer(text):
        yield m.start(1), m.end(1), m.group(1)


@word_wise()
def local_initial_keys(text: ListingText) -> frozenset[str]:
    """The Latin initials the listing's Cyrillic or Greek capitals and Hangul or katakana letter names read as."""
    if text.is_ascii or not _SCRIPTS.search(text.original):
        return frozenset()
    return frozenset(k for _, _, w in _words(text.original) for k in _readings(w))


class LocalInitialsDetector(Detector):
    name = "local_initials"

    def __init__(self, catalogue: Catalogue) -> None:
        super().__init__(catalogue)
        self._by_initials: dict[str, list[int]] = {}

    def add(self, i: int, fp) -> str | None:
        if isinstance(fp, MarkFingerprint) and fp.vocabulary is None and not fp.everyday_word and not is_wide_mark(fp.value):
            for key in {initials(fp.value), *capital_words_of(fp.value)} - {None}:
                if key.isalpha():  # AF1's release number is written in digits anywhere
                    self._by_initials.setdefault(key, []).append(i)
        return None

    def gate(self) -> dict:
        return {local_initial_keys: frozenset(self._by_initials)} if self._by_initials else {}

    def detect(self, text: ListingText, listing: Listing) -> list[Evidence]:
        wanted = self._by_initials.keys() & text.tokens(local_initial_keys)
        if not wanted:
            return []
        out = []
        for start, end, word in _words(text.original):
            keys = [k for k in _readings(word) if k in wanted]
            if not keys:
                continue
            field, s, e, matched = text.locate(start, end)
            seen: set[int] = set()
            for key in keys:
                for i in self._by_initials[key]:
                    brand = self.catalogue.fingerprint_brand[i]
                    if brand in seen:
                        continue
                    seen.add(brand)
                    fp = self.fingerprints[i]
                    out.append(Evidence(Rule.initialism, self.weights.fuzzy_distance_1, i, field, s, e, matched,
                                        fp.value,
                                        detail=f"the initials of the mark written in another script: '{matched}' read as "
                                               f"{key.upper()}; needs the brand's category and a cue that claims a copy",
                                        needs_corroboration=True, needs_cue=True))
        return self.in_category(out, text, listing)

    def memory_bytes(self) -> int:
        return 100 * len(self._by_initials)

    def stats(self) -> dict[str, int]:
        return {"local_initials": len(self._by_initials)}
