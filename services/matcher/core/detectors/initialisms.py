"""The initials of a multi-word mark, written in capitals (LV, TNF, MK, CG, AF1; AJ1 = Air Jordan 1): rule initialism.

The replica trade names brands by their initials ("LV Neverfull UA", "TNF puffer 1:1", "AJ1 reps"; the
r/FashionReps and r/RepSneakerFans glossaries list them beside "UA" and "batch"), which no registered
spelling reaches. Two or three capitals are also a hundred other things (LV = level, MK = mark, SS =
stainless steel), so an initialism is always a weak candidate that needs a counterfeit cue or a price far
below the floor, in the brand's category (`needs_cue`, scoring.strongly_corroborated): the corroboration
scheme every guess goes through.

Which marks: registered marks of two words or more that are no everyday word ("Louis Vuitton" -> LV,
"The North Face" -> TNF, "Air Force 1" -> AF1: a word of digits is kept whole), and a word of two to four capitals that a registered mark of
several words is written with ("GG Marmont" -> GG, Gucci's double G: the registry itself writes it as letters,
not as a word). Which text: a word of the
latin view equal to the initials, or to them followed by a model number of one or two digits up to 13
(AJ1, AJ11: the trade writes the release after the initials; "SS24" is a season, not Stan Smith 24),
written in capitals in the original text ("lv" in a sentence is not read).

In lower case (issue 9, outsider19: "aj1 chicago rep", "lv zippy wallet fong kong", "reloj mk parker réplica", "el anr
serum copy"): the trade types initials as it types everything else, so a word of the text in lower case counts too when
it is no word: initials with their release number ("aj1", "af1"), or initials that no language of LOWER_LANGUAGES
writes as a common word (wordfreq's Zipf frequency under LOWER_ZIPF in each: "lv", "mk", "tnf", "anr"; not "el", the
Spanish article, "af", Danish "of", "aj", Czech "also", "ms", "ps"). Same corroboration as in capitals (the brand's category
and a cue that claims a copy: "lv" for Latvia or level, "mk7" for a car's mark, are in other categories or beside no
copy word). A word in mixed case ("Mk", "Lv") is read neither way.

Initials written with full stops ("L.V.", "R.S.", "C.L.", "G.G. M.", "N.A.J.1"; issue 9, mend31): a run of two to five
capitals each followed by a full stop (a space may follow it), a release number after them. Dots make the letters
initials beyond doubt, so they are read against more keys: the mark's initials as above, and the brand's own initials
(one letter for a name of one word: Rolex "R") followed by the initials of one of its marks, lines or abbreviations, a
word of capitals or digits kept whole ("R.S." Rolex Submariner, "C.L." Cartier Love, "N.A.J.1" Nike + AJ1, "G.G. M."
GG Marmont). Same corroboration (the brand's category and a copy cue). Not two values at once (brand, mark and line:
three letters out of 17,576 that some brand's pair would cover) and no wide (CJK) mark.

Gate (every listing): one regular expression for the words of two to four capitals of the original text (a
release number after them dropped), one set intersection with the initials; and one set intersection of the latin
view's words with the lower-case keys (the keys and their release forms).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from schemas import Listing, MarkFingerprint, Rule
from services.matcher.core.detectors.base import Catalogue, Detector
from services.matcher.core.detectors.marks import is_wide_mark
from services.matcher.core.normalise import ListingText, latin_text, word_wise
from services.matcher.core.scoring import Evidence

_WORD = re.compile(r"[a-z0-9]+")
# the words `detect` can key: two to four letters, and a release number of one or two digits after them
_SHORT_WORD = re.compile(r"(?<![a-z0-9])[a-z0-9]{2,6}(?![a-z0-9])")
_WITH_RELEASE = re.compile(r"([a-z]{2,4})(?:[1-9]|1[0-3])")
_CAPITALS = re.compile(r"(?<![A-Za-z0-9])([A-Z]{2,4})([1-9]|1[0-3])?(?![A-Za-z0-9])")


@word_wise()
def capital_words(text: ListingText) -> frozenset[str]:
    """The listing's words of two to four capitals, with and without a release number after them (AF1: af1, af),
    in lower case."""
    return frozenset(w for letters, release in _CAPITALS.findall(text.original)
                     for w in (letters.lower(), (letters + release).lower()))


# initials written with full stops: "L.V.", "G.G. M.", "N.A.J.1", "S.G.S.24" (two to five capitals, a number after them)
_DOTTED = re.compile(r"(?<![A-Za-z0-9.])((?:[A-Z]\.[ ]?){2,5})(?:([0-9]{1,3})(?![0-9]))?(?![A-Za-z])")


# abbreviations written with full stops in any listing, no brand's initials: Latin and English ones (P.S., N.B., e.g.,
# a.m.), places (U.S., U.K., L.A.), company forms (S.A., B.V., S.p.A.), shop talk (C.O.D., M.S.R.P., V.A.T., N.A. "not
# applicable", S.S. stainless steel, Y.O. years old). Source: the dictionaries' lists of common abbreviations
# (Merriam-Webster's, Oxford's), written for BrandSentry; none is taken from a held-out set.
COMMON_DOTTED = frozenset({
    "ps", "pps", "nb", "eg", "ie", "am", "pm", "ad", "bc", "us", "usa", "uk", "eu", "un", "uae", "dc", "la", "ny",
    "nyc", "tv", "rip", "aka", "cod", "sa", "bv", "srl", "spa", "gmbh", "md", "ok", "rsvp", "eta", "diy", "vip", "sos",
    "faq", "id", "po", "cc", "na", "tbd", "asap", "msrp", "rrp", "vat", "iva", "ss", "yo", "yob", "st", "jr", "sr", "dr",
    "mr", "mrs", "ms", "vs", "etc", "no", "nr", "tel", "fyi", "pto", "ceo", "pr", "hr", "it", "ai", "dj", "mc", "qc",
})


DOTTED_DETAIL = "initials written with full stops: the brand's and its mark's; needs the brand's category and a counterfeit cue"


def _dotted_runs(original: str) -> Iterator[tuple[re.Match, str, str]]:
    """(match, letters in lower case, release number or "") of each run of initials written with full stops that is
    no common abbreviation (COMMON_DOTTED)."""
    if "." not in original:
        return
    for m in _DOTTED.finditer(original):
        letters = "".join(c for c in m.group(1) if c.isalpha()).lower()
        if letters not in COMMON_DOTTED:
            yield m, letters, m.group(2) or ""


def dotted_initials(text: ListingText) -> frozenset[str]:
    """The listing's initials written with full stops, in lower case, with and without their release number
    ("N.A.J.1" -> naj1, naj); a token kind of the whole text (a space may follow a full stop)."""
    return frozenset(key for _, letters, release in _dotted_runs(text.original)
                     for key in ((letters, letters + release) if release else (letters,)))


def _initials_whole(value: str) -> str:
    """A name's initials as the trade writes them with full stops: a word's first letter, a word of capitals (up to
    four) or of a letter or two and digits kept whole: "GG Marmont" -> ggm, "AJ1" -> aj1, "iP15" -> ip15, "BMW" -> bmw,
    "Coca-Cola" -> cc (a hyphen parts words), "Levi's" -> l (an apostrophe does not)."""
    out = ""
    for w in re.split(r"[\s\-–]+", value):
        letters = "".join(c for c in w if c.isalnum())
        if not letters:
            continue
        alpha = sum(c.isalpha() for c in letters)
        whole = letters.isupper() and alpha <= 4 or letters.isdigit() or alpha <= 2 and alpha < len(letters)
        out += letters.lower() if whole else letters[0].lower()
    return out


_CAPITAL_WORD = re.compile(r"[A-Z]{2,4}")
# the languages and frequency under which initials are no word of a listing (wordfreq's Zipf scale: 4 is once in 10,000
# words; "lv" is 3.4 at most, "mk" 4.1 in Turkish and Czech, "el" 7.5 in Spanish, "af" 7.4 in Danish, "aj" 4.5 in Czech)
LOWER_LANGUAGES = ("en", "es", "fr", "de", "it", "pt", "nl", "pl", "sv", "da", "tr", "cs", "ro", "id")
LOWER_ZIPF = 4.3
_RELEASES = tuple(str(n) for n in range(1, 14))


def is_no_word(key: str) -> bool:
    """Whether initials in lower case are no common word of LOWER_LANGUAGES (see the module's docstring). wordfreq's
    small lists hold every word of Zipf 3 or more with the large lists' frequencies (checked for these languages at
    4.25 and up, speed34), so they answer at LOWER_ZIPF alike, without reading the large lists of Czech and Polish
    (~0.4 s a process; issue 16)."""
    from services.matcher.core.word_frequencies import zipf_frequency

    return all(zipf_frequency(key, lang, wordlist="small") < LOWER_ZIPF for lang in LOWER_LANGUAGES)


def capital_words_of(mark: str) -> list[str]:
    """The words of two to four capitals of a mark of several words, in lower case: "GG Marmont" -> ["gg"]."""
    words = mark.split()
    return [w.lower() for w in words if _CAPITAL_WORD.fullmatch(w)] if len(words) >= 2 else []


def initials(mark: str) -> str | None:
    """"Louis Vuitton" -> "lv", "Air Force 1" -> "af1"; None for a mark of one word or fewer than two letters."""
    words = _WORD.findall(latin_text(mark))  # digits kept as digits: "Air Force 1" is AF1, not AFI
    if len(words) < 2:
        return None
    out = "".join(w if w.isdigit() else w[0] for w in words)
    return out if sum(c.isalpha() for c in out) >= 2 and out[0].isalpha() else None


class InitialismDetector(Detector):
    name = "initialisms"

    def __init__(self, catalogue: Catalogue) -> None:
        super().__init__(catalogue)
        self._by_initials: dict[str, list[int]] = {}
        self._lower: frozenset[str] = frozenset()  # the keys read in lower case, with their release forms
        self._dotted: dict[str, list[int]] = {}  # keys read only as initials with full stops ("R.S."), see the docstring

    def add(self, i: int, fp) -> str | None:
        if isinstance(fp, MarkFingerprint) and not is_wide_mark(fp.value):
            name = self.catalogue.brand(i).name
            own = _initials_whole(name)  # "lv", "tnf", "cc"; a name of one word its letter, "BMW" whole
            value = _initials_whole(fp.value)
            other = latin_text(fp.value) != latin_text(name)
            if fp.vocabulary is None:  # a mark: its initials, and after the brand's own
                keys = {initials(fp.value), *capital_words_of(fp.value)} - {None}
                if not fp.everyday_word:
                    for key in keys:
                        self._by_initials.setdefault(key, []).append(i)
                dotted = keys | ({own + value, value} if other else set())
            else:  # a line or an abbreviation: only after the brand's own initials, its own are not read
                dotted = {own + value} if other else set()
            for key in dotted:
                if sum(c.isalpha() for c in key) >= 2 and key[0].isalpha():
                    self._dotted.setdefault(key, []).append(i)
        return None

    def compile(self) -> None:
        self._lower = frozenset(
            {key + n for key in self._by_initials if key.isalpha() for n in _RELEASES}
            | {key for key in self._by_initials if is_no_word(key)})

    def gate(self) -> dict[str, frozenset[str]]:
        """For MatcherIndex's shared gates (where the index has them): the listing's words written in capitals, and its
        latin words that are initials in lower case."""
        return {capital_words: frozenset(self._by_initials), "latin": self._lower, dotted_initials: frozenset(self._dotted)}

    def detect(self, text: ListingText, listing: Listing) -> list[Evidence]:
        if not self._by_initials:
            return []
        out = self._dotted_found(text) if self._dotted.keys() & text.tokens(dotted_initials) else []
        wanted = self._by_initials.keys() & text.tokens(capital_words)  # in capitals: one regex (shared with the gate), one set
        lower = self._lower.intersection(text.latin_words)
        if not wanted and not lower:
            return self.in_category(out, text, listing) if out else []
        latin = text.latin
        for m in _SHORT_WORD.finditer(latin):  # the words of _WORD that may be keys (capital_words: 2-6 characters)
            token = m.group()
            in_lower = token in lower
            key = token if token in wanted or token in self._by_initials else (
                r.group(1) if (r := _WITH_RELEASE.fullmatch(token)) else None)
            if key not in wanted and not in_lower:
                continue
            field, start, end, matched = text.locate(*text.original_span("latin", m.start(), m.end()))
            letters = [c for c in matched if c.isalpha()]
            if not letters or not (all(c.isupper() for c in letters) and key in wanted
                                   or in_lower and all(c.islower() for c in letters)):
                continue  # "Mk" for mark, "Lv": initials are typed in capitals, or in lower case when no word
            for i in self._by_initials[key]:
                fp = self.fingerprints[i]
                out.append(Evidence(Rule.initialism, self.weights.fuzzy_distance_1, i, field, start, end, matched, fp.value,
                                    detail="the initials of the mark, or its word in capitals: needs the brand's "
                                           "category and a counterfeit cue",
                                    needs_corroboration=True, needs_cue=True))
        return self.in_category(out, text, listing)

    def _dotted_found(self, text: ListingText) -> list[Evidence]:
        """The evidence of initials written with full stops whose letters (with or without their release) are a key of
        `_dotted`."""
        out = []
        for m, letters, release in _dotted_runs(text.original):
            key = letters + release if letters + release in self._dotted else letters
            for i in self._dotted.get(key, ()):
                field, start, end, matched = text.locate(m.start(), m.end())
                out.append(Evidence(Rule.initialism, self.weights.fuzzy_distance_1, i, field, start, end, matched.rstrip(),
                                    self.fingerprints[i].value,
                                    detail=DOTTED_DETAIL,
                                    needs_corroboration=True, needs_cue=True))
        return out

    def memory_bytes(self) -> int:
        return 100 * len(self._by_initials) + 40 * sum(map(len, self._by_initials.values()))

    def stats(self) -> dict[str, int]:
        return {"initialisms": len(self._by_initials)}
