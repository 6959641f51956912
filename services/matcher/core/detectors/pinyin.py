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

The same syllables written in Zhuyin (Bopomofo, the phonetic letters Taiwan's schools and keyboards use: ㄌㄠˊ ㄌㄧˋ ㄕˋ
for 劳力士) are read as pinyin (`zhuyin_syllables`: each syllable's initial, medial and final, its tone mark or none,
looked up in pypinyin's own pinyin-to-Zhuyin table read backwards) and compared with the aliases' toneless readings the
same way, tone marks or none, spaces between the syllables or none. A Zhuyin reading counts as its pinyin would.
"""

from __future__ import annotations

import re
from functools import lru_cache

from schemas import Listing, MarkFingerprint, Rule
from services.matcher.core.chinese import is_han
from services.matcher.core.detectors.base import Catalogue, Detector
from services.matcher.core.normalise import ListingText, word_wise
from services.matcher.core.scoring import Evidence

MIN_SYLLABLES = 2
MIN_INITIALS = 3  # initials of fewer syllables (NK, GC) are shared by too much
MAX_SYLLABLES = 6
NAMED_LETTERS = 5  # a reading this long, and no word of another language, counts in the brand's category alone
FOREIGN_ZIPF = 3.0  # a word this frequent in a Latin-script language (wordfreq) is that language's word
_LETTERS = re.compile(r"[a-z]+")
# a Zhuyin syllable: a neutral-tone dot before it or a tone mark after it (ˉ ˊ ˇ ˋ ˙), an initial (ㄅ-ㄙ), a medial (ㄧ ㄨ ㄩ)
# and a final (ㄚ-ㄦ), each but one optional (Unicode Standard, ch. 18.3 "Bopomofo"); syllables of one run stand
# together or with spaces between them
_ZHUYIN = re.compile("˙?([\u3105-\u3119]?[\u3127-\u3129]?[\u311a-\u3126]?)(?<=[\u3105-\u3129])[ˉˊˇˋ˙]?")
_ZHUYIN_ANY = re.compile("[\u3105-\u3129]")
_ZHUYIN_GAP = frozenset(" \u3000")
# three Zhuyin spellings that pypinyin's table gives two readings: the standard one (ㄣ en, ㄇㄨ mu, ㄨㄥ weng)
_ZHUYIN_CHOICE = {"ㄣ": "en", "ㄇㄨ": "mu", "ㄨㄥ": "weng"}


@lru_cache(maxsize=1)
def zhuyin_table() -> dict[str, str]:
    """Toneless Zhuyin -> toneless pinyin (ü as v), for every syllable of pypinyin's dictionary: its pinyin-to-Zhuyin
    conversion (Style.BOPOMOFO, the Taiwanese Ministry of Education's spelling) read backwards (about 420 syllables)."""
    from pypinyin import Style
    from pypinyin.contrib.tone_convert import to_normal
    from pypinyin.pinyin_dict import pinyin_dict
    from pypinyin.style import convert

    out: dict[str, str] = {}
    for syllable in sorted({p for v in pinyin_dict.values() for p in v.split(",")}):
        zhuyin = re.sub("[ˉˊˇˋ˙]", "", convert(syllable, Style.BOPOMOFO, strict=True))
        out.setdefault(zhuyin, to_normal(syllable).replace("ü", "v"))
    out.update(_ZHUYIN_CHOICE)
    return out


def zhuyin_syllables(text: str) -> list[tuple[str, int, int]]:
    """The Zhuyin syllables of the text as (toneless pinyin, start, end), in order; a syllable of no reading is
    dropped (ㄇ alone): "ㄌㄠˊ ㄌㄧˋ ㄕˋ" -> [("lao", 0, 3), ("li", 4, 7), ("shi", 8, 10)]."""
    if not _ZHUYIN_ANY.search(text):
        return []
    table = zhuyin_table()
    return [(table[m[1]], m.start(), m.end()) for m in _ZHUYIN.finditer(text) if m[1] in table]


@word_wise()
def zhuyin_tokens(text: ListingText) -> frozenset[str]:
    """The pinyin of the listing's Zhuyin syllables (the pinyin detector's gate)."""
    if text.is_ascii:
        return frozenset()
    return frozenset(p for p, _, _ in zhuyin_syllables(text.nfkc))


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
        if self._readings:
            zhuyin_table()  # read at build time (about 1 s), not on the first listing in Zhuyin

    def gate(self):
        return {"latin": self._starts, zhuyin_tokens: self._starts} if self._readings else None

    def detect(self, text: ListingText, listing: Listing) -> list[Evidence]:
        if not self._readings:
            return []
        out = self._zhuyin(text) if not text.is_ascii and not self._starts.isdisjoint(text.tokens(zhuyin_tokens)) else []
        if self._starts.isdisjoint(text.latin_words):
            return self.in_category(out, text, listing)
        words = _LETTERS.findall(text.latin)  # their spans only when something is found
        spans: list[tuple[int, int]] = []
        starts = self._starts
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
                    if not any(o.fingerprint == i and o.start == s and o.end == e for o in out):  # read as Zhuyin already
                        out.append(self._reading(text, i, s, e, "the Chinese mark written in toneless pinyin"))
        return self.in_category(out, text, listing)

    def _reading(self, text: ListingText, i: int, start: int, end: int, how: str, letters: str = "Latin letters") -> Evidence:
        """The evidence of an alias read at original offsets start..end, weighed as its reading is (see above)."""
        if i in self._named:
            found = self._evidence(text, i, start, end, Rule.pinyin, f"{how}, how {letters} write its Chinese name: "
                                   "counts in the brand's category")
            found.in_category_enough = True
            return found
        if i in self._words:
            return self._evidence(text, i, start, end, Rule.pinyin, f"{how}, also a word of another language: needs the "
                                  "brand's category and a counterfeit cue or a price far below the floor", needs_cue=True)
        return self._evidence(text, i, start, end, Rule.pinyin, f"{how}: needs corroboration")

    def _zhuyin(self, text: ListingText) -> list[Evidence]:
        """The aliases spelt in Zhuyin: runs of syllables (nothing but spaces between them) whose pinyin joins into a
        reading, starting at any syllable."""
        nfkc = text.nfkc
        syllables = zhuyin_syllables(nfkc)
        out: list[Evidence] = []
        for first in range(len(syllables)):
            if syllables[first][0] not in self._starts:
                continue
            joined = ""
            for last in range(first, min(first + MAX_SYLLABLES, len(syllables))):
                if last > first and not _ZHUYIN_GAP.issuperset(nfkc[syllables[last - 1][2]:syllables[last][1]]):
                    break  # another word between them
                joined += syllables[last][0]
                if len(joined) > self._longest:
                    break
                for i in self._readings.get(joined, ()):
                    s, e = text.original_span("nfkc", syllables[first][1], syllables[last][2])
                    words = nfkc[syllables[first][1]:syllables[last][2]]
                    pinyin = " ".join(p for p, _, _ in syllables[first:last + 1])
                    out.append(self._reading(text, i, s, e, f"'{words}' read as {self.fingerprints[i].value} (Zhuyin, "
                                                            f"'{pinyin}'): the Chinese mark spelt in Zhuyin", "Zhuyin letters"))
        return out

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
