"""A Chinese alias written in Latin letters by its toneless pinyin (rule pinyin), and its pinyin initials (rule
initialism).

Sellers who cannot (or will not) type the characters write the alias's syllables: one by one ("nai ke" for 耐克,
"Lu Yi Wei Deng" for 路易威登) or run together ("naike", "luyiweideng"); the trade also writes the initials of the
syllables in capitals (LYWD, ADDS) next to a copy claim. Each alias of two syllables or more, all of them Han
characters, is read by pypinyin (its phrase table, Style.NORMAL: toneless) at build time; a listing's latin words
that join into that reading (at most as many words as syllables) are a hit.

Pinyin of many aliases is also an everyday phrase (ping guo is "apple", san xing "three stars", bo shi "doctor"),
so a pinyin hit is a weak candidate. A reading of five letters or more that is no word of a Latin-script language
(wordfreq, Zipf 3 or more in one of context/language.py's LANGUAGES: "suoni" is Italian "sounds", "babi" Indonesian
"pig") is how a seller writing Latin letters names the brand by its Chinese name ("laolishi", "le gao", "bo shi yin
xiang"), not a disguise: it counts in the brand's category alone (`Evidence.in_category_enough`); a shorter one needs
the category with a counterfeit cue or a price below the floor (scoring.strongly_corroborated), and one that is a word
of such a language ("adi" in Indonesian) a cue or a price far below the floor (`needs_cue`), like a common word. Initials of three syllables or more, written in capitals, are evidence like
the initials of a multi-word mark (rule initialism, detectors/initialisms.py): the brand's category and a cue that
claims a copy (`needs_cue`).
"""

from __future__ import annotations

import re
from functools import lru_cache

from schemas import Listing, MarkFingerprint, Rule
from services.matcher.core.chinese import is_han
from services.matcher.core.detectors.base import Catalogue, Detector
from services.matcher.core.normalise import ListingText
from services.matcher.core.scoring import Evidence

MIN_SYLLABLES = 2
MIN_INITIALS = 3  # initials of fewer syllables (NK, GC) are shared by too much
MAX_SYLLABLES = 6
NAMED_LETTERS = 5  # a reading this long, and no word of another language, counts in the brand's category alone
FOREIGN_ZIPF = 3.0  # a word this frequent in a Latin-script language (wordfreq) is that language's word
_LETTERS = re.compile(r"[a-z]+")


def alias_pinyin(alias: str) -> list[str] | None:
    """The alias's toneless syllables (pypinyin's phrase reading), or None when it is not all Han characters."""
    syllables = _alias_pinyin(alias)
    return None if syllables is None else list(syllables)


@lru_cache(maxsize=1024)  # the build asks it twice for each mark, one detector after the other (phonetic, pinyin)
def _alias_pinyin(alias: str) -> tuple[str, ...] | None:
    if not alias or not all(is_han(ch) for ch in alias):
        return None
    from pypinyin import Style, lazy_pinyin

    syllables = lazy_pinyin(alias, style=Style.NORMAL)
    return tuple(s.replace("ü", "v") for s in syllables) if all(s.isalpha() for s in syllables) else None


class PinyinDetector(Detector):
    name = "pinyin"

    def __init__(self, catalogue: Catalogue) -> None:
        super().__init__(catalogue)
        self._readings: dict[str, list[int]] = {}  # syllables joined -> fingerprints
        self._initials: dict[str, list[int]] = {}  # initials of three syllables or more -> fingerprints
        self._starts: set[str] | frozenset[str] = set()  # first syllables, readings and initials: the gate's words
        self._syllables: dict[int, int] = {}  # fingerprint -> its number of syllables
        self._named: set[int] = set()  # fingerprints whose reading names the brand in its category alone
        self._words: set[int] = set()  # fingerprints whose reading is a word of another language: needs a cue
        self._longest = 0  # letters of the longest reading

    def add(self, i: int, fp) -> str | None:
        if not isinstance(fp, MarkFingerprint):
            return None
        syllables = alias_pinyin(fp.value)
        if not syllables or not MIN_SYLLABLES <= len(syllables) <= MAX_SYLLABLES:
            return None
        joined = "".join(syllables)
        self._readings.setdefault(joined, []).append(i)
        self._starts.update((syllables[0], joined))
        self._syllables[i] = len(syllables)
        if _a_word(joined):
            self._words.add(i)
        elif len(joined) >= NAMED_LETTERS:
            self._named.add(i)
        if len(syllables) >= MIN_INITIALS:
            initials = "".join(s[0] for s in syllables)
            self._initials.setdefault(initials, []).append(i)
            self._starts.add(initials)
        return None

    def compile(self) -> None:
        self._starts = frozenset(self._starts)
        self._longest = max(map(len, self._readings), default=0)

    def gate(self):
        return {"latin": self._starts} if self._readings else None

    def detect(self, text: ListingText, listing: Listing) -> list[Evidence]:
        if not self._readings or self._starts.isdisjoint(text.latin_words):
            return []
        words = _LETTERS.findall(text.latin)  # their spans only when something is found
        spans: list[tuple[int, int]] = []
        starts = self._starts
        out: list[Evidence] = []
        for first in [k for k, word in enumerate(words) if word in starts]:
            word = words[first]
            for i in self._initials.get(word, ()):
                spans = spans or [m.span() for m in _LETTERS.finditer(text.latin)]
                s, e = text.original_span("latin", *spans[first])
                if text.original[s:e].isupper():  # LYWD, not "lywd" in a word
                    out.append(self._evidence(text, i, s, e, Rule.initialism,
                                              "the initials of the Chinese mark's pinyin: needs the brand's category "
                                              "and a counterfeit cue", needs_cue=True))
            joined = ""
            for last in range(first, min(first + MAX_SYLLABLES, len(words))):
                joined += words[last]
                if len(joined) > self._longest:
                    break  # no reading is that long
                for i in self._readings.get(joined, ()):
                    spans = spans or [m.span() for m in _LETTERS.finditer(text.latin)]
                    s, e = text.original_span("latin", spans[first][0], spans[last][1])
                    if i in self._named:
                        found = self._evidence(text, i, s, e, Rule.pinyin, "the Chinese mark written in toneless "
                                               "pinyin, how Latin letters write its Chinese name: counts in the brand's category")
                        found.in_category_enough = True
                    elif i in self._words:
                        found = self._evidence(text, i, s, e, Rule.pinyin, "the Chinese mark written in toneless "
                                               "pinyin, also a word of another language: needs the brand's category "
                                               "and a counterfeit cue or a price far below the floor", needs_cue=True)
                    else:
                        found = self._evidence(text, i, s, e, Rule.pinyin,
                                               "the Chinese mark written in toneless pinyin: needs corroboration")
                    out.append(found)
        return self.in_category(out, text, listing)

    def _evidence(self, text: ListingText, i: int, start: int, end: int, rule: Rule, detail: str,
                  needs_cue: bool = False) -> Evidence:
        fp = self.fingerprints[i]
        field, s, e, matched = text.locate(start, end)
        return Evidence(rule, self.weights.fuzzy_distance_1, i, field, s, e, matched, fp.value, distance=0, detail=detail,
                        everyday=fp.everyday_word, needs_corroboration=True, needs_cue=needs_cue)

    def memory_bytes(self) -> int:
        return (sum(60 + len(k) + 8 * len(v) for d in (self._readings, self._initials) for k, v in d.items())
                + sum(50 + len(w) for w in self._starts))

    def stats(self) -> dict[str, int]:
        return {"pinyin_readings": len(self._readings)}


def _a_word(reading: str) -> bool:
    """Whether a run-together pinyin reading is a word of a Latin-script language (FOREIGN_ZIPF)."""
    from services.matcher.core.context.language import word_table

    return any(z >= FOREIGN_ZIPF for _, z in word_table().frequencies(reading))
