"""A mark as the first element of a compound noun of a compounding language (rule glued): Rolexuhr, Guccitasche,
Nikeskor, Swarovskikette, Burberrysjaal, Rolexóra, Guccilaukku.

German, Dutch, the Scandinavian languages, Finnish and Hungarian write a compound as one word with neither a
hyphen nor a capital inside it, so the glued-word reader of terms.py (a hashtag or a case change marks the cut;
or a plain word whose other letters are common ENGLISH words) never cuts "Rolexuhr". Here a listing word is a
candidate when it begins with a registered Latin mark of four letters or more that is no everyday word (its
letters as registered, case and separators aside) and the rest of it (after an optional linking s, e or n: German's
Fugen-s) is a word of three letters or more of one of
COMPOUNDING_LANGUAGES with a wordfreq Zipf frequency of at least REST_ZIPF (LONG_REST_ZIPF for six letters or more), or two such words (Uhr 5.7, Tasche 4.5, skor 4.7,
Kette 4.3, óra 5.5, sjaal 3.8, laukku 4.0), and the whole word is no word of its own in those languages or English
(Zipf below WHOLE_ZIPF: "Diorama" and "Omegafettsäuren" are words of German, not Dior or Omega glued to anything).
The rest is read from the original text, accents kept ("óra", "Gürtel"), since wordfreq knows the words as written.
Source of the word lists: wordfreq (pinned in pyproject.toml), the same source as context/language.py.

A compound of a mark is how those languages name the brand's goods, but also how they name other things after a
place, a person or a planet, so the evidence is a weak candidate (needs_corroboration): filed in one of the brand's
categories ("Nikeskor" among sneakers) the category is corroboration enough (`in_category_enough`, as for an English
glued word, marks._glued_in_category); elsewhere it counts with a category the title names plus a counterfeit cue or a
low price (scoring.strongly_corroborated). A listing at a genuine unit's price is still judged a retailer's
(scoring's fair_price). A rest that is no word ("Bosendorfer": "ndorfer"; "Nikelodeon": "lodeon") finds nothing.

Cost: the first four and five letters of the listing's runs of letters (`_heads`, a word-wise token kind: the gates
remember the pieces of text that open nothing) are intersected with the marks' (a set intersection); only when one is
shared are the runs of five letters or more found (one regular expression over the latin view), their heads tested
against the marks' again, and those that begin with a mark's first letters walked letter by letter (mark_lengths), once a listing for this detector and
inflections.py (MarkHeads, shared through Catalogue.shared and ListingText.tokens); then the rest is looked up in
wordfreq's lists (read at the index's build, looked up directly: zipf). Before, each detector searched one regular
expression per shared key, formatted per listing: at 20,000 brands more keys than the `re` module's cache of 512
compiled expressions, so most searches compiled theirs again (57 % of this detector's time in a py-spy profile).
"""

from __future__ import annotations

import re
from functools import lru_cache

from schemas import Listing, MarkFingerprint, Rule
from services.matcher.core.detectors.base import Catalogue, Detector
from services.matcher.core.detectors.marks import is_wide_mark
from services.matcher.core.normalise import ListingText, latin_text, word_wise
from services.matcher.core.scoring import Evidence
from services.matcher.core.word_frequencies import FrequencyTable, frequency_table

# languages that write compounds as one word (wordfreq codes); English glued words are terms.py's
COMPOUNDING_LANGUAGES = ("de", "nl", "sv", "da", "nb", "fi", "hu", "is")
LANGUAGE_NAMES = {"de": "German", "nl": "Dutch", "sv": "Swedish", "da": "Danish", "nb": "Norwegian", "fi": "Finnish",
                  "hu": "Hungarian", "is": "Icelandic"}
REST_ZIPF = 3.0  # the rest must be a word of the language at least this frequent (wordfreq Zipf)
LONG_REST, LONG_REST_ZIPF = 6, 2.0  # ... or, of six letters or more, at least this frequent
WHOLE_ZIPF = 1.5  # a whole word at least this frequent in one of the languages (or English) is a word of its own
MIN_MARK = 4  # letters of a mark read as a compound's first element
MIN_REST = 3  # letters of the rest
LINKS = "sen"  # linking letters between the elements (German Fugen-s, -e-, -n-)
HEAD = 4  # letters of the gate's key


_LISTS: dict[str, FrequencyTable] = {}  # wordfreq's frequency lists, read once (load_word_lists)


def zipf(word: str, lang: str) -> float:
    """wordfreq's Zipf frequency of one word (lower case, letters only) in `lang`: its "best" list looked up directly,
    without wordfreq's tokenizer (zipf_frequency tokenizes every word it is asked, ~0.1 ms; a word of letters is one
    token), in the list's table of word_frequencies.py (mapped from the table cache: wordfreq's dicts of these lists
    were ~1.4 s of every build, issue 16)."""
    table = _LISTS.get(lang)
    if table is None:
        table = _LISTS[lang] = frequency_table(lang, "best")
    return table.zipf(word)


@lru_cache(maxsize=65_536)
def word_language(word: str, languages: tuple[str, ...] = COMPOUNDING_LANGUAGES) -> tuple[str, float] | None:
    """(language, Zipf) of the language among `languages` in which `word` (lower case, accents as written) is a
    word: frequent enough (REST_ZIPF; LONG_REST_ZIPF for a word of LONG_REST letters or more, since longer words
    are rarer and less often a chance string: "armbandsur" 2.8, "hajuvesi" 2.8), or itself two such words (a
    compound: "kézi|táska", "høre|telefoner", Zipf of the rarer part reported); else None."""
    best = max(((lang, zipf(word, lang)) for lang in languages), key=lambda x: x[1])
    if best[1] >= (LONG_REST_ZIPF if len(word) >= LONG_REST else REST_ZIPF):
        return best
    if len(word) < 2 * MIN_REST:
        return None
    for lang in languages:
        for cut in range(MIN_REST, len(word) - MIN_REST + 1):
            head, tail = word[:cut], word[cut:]
            a = zipf(head, lang)
            if a < REST_ZIPF and head[-1:] == "s":
                a = zipf(head[:-1], lang)  # a linking s: "armbånds|ur"
            if a >= REST_ZIPF and (b := zipf(tail, lang)) >= REST_ZIPF:
                return lang, min(a, b)
    return None


@lru_cache(maxsize=65_536)
def is_a_word(word: str) -> bool:
    """Whether `word` is a word of its own of a compounding language or English (Zipf >= WHOLE_ZIPF)."""
    return any(zipf(word, lang) >= WHOLE_ZIPF for lang in (*COMPOUNDING_LANGUAGES, "en"))


class MarkHeadDetector(Detector):
    """The frame of this detector and inflections.py: a registered Latin mark of MIN_MARK letters or more, no everyday
    word, read at the head of a longer listing word; `languages` are the wordfreq lists read at build. The two
    detectors index the same marks, so they share one MarkHeads table (Catalogue.shared) and its runs of a listing."""

    languages: tuple[str, ...] = ()

    def __init__(self, catalogue: Catalogue) -> None:
        super().__init__(catalogue)
        self._marks: dict[str, list[int]] = {}  # a mark's letters (lower case, ASCII) -> fingerprints
        self._table = MarkHeads({})

    def add(self, i: int, fp) -> str | None:
        if not isinstance(fp, MarkFingerprint) or fp.everyday_word or is_wide_mark(fp.value):
            return None
        key = _letters(fp.value)
        if len(key) >= MIN_MARK and key.isalpha():
            self._marks.setdefault(key, []).append(i)
        return None

    def compile(self) -> None:
        self._table = self.catalogue.shared(self._marks, lambda: MarkHeads(self._marks))
        self._marks = self._table.marks
        load_word_lists(self.languages)

    def gate(self):
        return {_heads: self._table.keys}


class MarkHeads:
    """The marks of MarkHeadDetector (letters -> fingerprints) with their gate words (`keys`: mark_keys) and the
    prefixes of their walk (mark_prefixes), built once an index for both detectors. Called with a ListingText (a token
    kind, so ListingText.tokens computes it once a listing for both): `runs`."""

    __slots__ = ("marks", "keys", "prefixes")

    def __init__(self, marks: dict[str, list[int]]) -> None:
        self.marks = marks
        self.keys = mark_keys(marks)
        self.prefixes = mark_prefixes(marks)

    def __call__(self, text: ListingText) -> list[tuple[int, int, str, list[int]]]:
        return self.runs(text)

    def runs(self, text: ListingText) -> list[tuple[int, int, str, list[int]]]:
        """(start, end in the latin view, run, mark lengths longest first) of every run of five letters or more of the
        latin view, in text order, that begins with a mark and has a letter or more after it (`candidates` of the
        widest detector: inflections.py). Asked when the gate opened (a run's first four or five letters are a gate
        word); every run is then tested against the gate words itself (the latin view is lower-case ASCII, so a run
        is a latin word or a run inside one: its heads are among the listing's `_heads`, not computed again here)."""
        keys, prefixes, marks = self.keys, self.prefixes, self.marks
        return [(m.start(), m.end(), word, lengths) for m in _RUN.finditer(text.latin)
                if ((word := m.group(0))[:HEAD] in keys or word[:HEAD + 1] in keys)
                and (lengths := mark_lengths(word, prefixes, marks, len(word) - 1))]

    def candidates(self, text: ListingText, shortest: int, after: int) -> list[tuple[int, int, str, list[int]]]:
        """The runs of `shortest` letters or more (at least 5) with `after` letters or more (at least 1) after their
        mark: (start, end in the latin view, run, mark lengths longest first), in text order."""
        out = []
        for ws, we, word, lengths in text.tokens(self):
            if len(word) >= shortest:
                most = len(word) - after
                if kept := [n for n in lengths if n <= most]:
                    out.append((ws, we, word, kept))
        return out


class CompoundDetector(MarkHeadDetector):
    name = "compounds"
    languages = (*COMPOUNDING_LANGUAGES, "en")

    def detect(self, text: ListingText, listing: Listing) -> list[Evidence]:
        out: list[Evidence] = []
        marks = self._marks
        for ws, we, word, lengths in self._table.candidates(text, 7, MIN_REST):
            for n in lengths:
                ev = self._compound(text, listing, ws, we, n, marks[word[:n]])
                if ev:
                    out.extend(ev)
                    break
        return out

    def _compound(self, text: ListingText, listing: Listing, ws: int, we: int, n: int, found: list[int]) -> list[Evidence]:
        start, end = text.original_span("latin", ws, we)
        cut = text.original_span("latin", ws + n, ws + n + 1)[0]
        original = text.original[start:end]
        if not original.isalpha() or is_a_word(original.casefold()):
            return []
        head_original = text.original[start:cut]
        if not head_original.isascii() and not any(
                _letters(head_original) == _letters(self.fingerprints[i].value) for i in found):
            return []  # look-alike letters in the head are the skeleton detector's; "Loréal" as registered is the mark
        rest = text.original[cut:end].casefold()
        language = word_language(rest) if len(rest) >= MIN_REST else None
        if language is None and rest[:1] in LINKS and len(rest) > MIN_REST:
            # after a linking letter only a common word ("Bose|n|dorfer": "dorfer" is a rare one, Zipf 2.4)
            language = word_language(rest[1:])
            rest = rest[1:]
            if language is not None and language[1] < REST_ZIPF:
                language = None
        if language is None or zipf(rest, "en") >= language[1]:
            return []  # "abbottsale", "rolexwatch": a rest at least as common in English is terms.py's glued English
        lang, zipf_of_rest = language
        field, fstart, fend, matched = text.locate(start, end)
        detail = (f"the first element of the compound '{matched}': the rest '{rest}' is a {LANGUAGE_NAMES[lang]} word "
                  f"(wordfreq Zipf {zipf_of_rest:.1f}), as {LANGUAGE_NAMES[lang]} glues a brand to the noun of its goods")
        out = []
        for i in found:
            # filed among the brand's goods, the compound names them ("Nikeskor" among sneakers): the category is
            # corroboration enough, as for an English glued word of five letters or more (marks._glued_in_category);
            # elsewhere it needs the category a title names and a cue or a low price
            filed = self.filed_in_category(i, listing)
            out.append(Evidence(Rule.glued, self.weights.exact, i, field, fstart, fend, matched, self.fingerprints[i].value,
                                detail=detail + ("; filed in the brand's category" if filed else "; needs corroboration"),
                                needs_corroboration=True, in_category_enough=filed, compound=True))
        return out

    def stats(self) -> dict[str, int]:
        return {"compound_marks": len(self._marks)}


_RUN = re.compile(r"[a-z]{5,}")  # a run of five letters or more (a whole run of letters: the latin view is ASCII)


@word_wise()
def _heads(text: ListingText) -> frozenset[str]:
    """The first four and the first five letters of every run of five letters or more of the latin view (a token kind,
    computed once a listing from its distinct words, shared by this detector and inflections.py; word-wise, as the
    latin words it reads: the gates remember the pieces that open nothing, index.DetectorGates)."""
    out = set()
    for w in text.latin_words:
        if len(w) >= 5:
            if w.isalpha():
                out.add(w[:4])
                out.add(w[:5])
            else:  # "2rolexuhr": the runs of letters inside a word with digits
                for run in _RUN.findall(w):
                    out.add(run[:4])
                    out.add(run[:5])
    return frozenset(out)


def mark_keys(marks: dict[str, list[int]]) -> frozenset[str]:
    """The gate's words: the marks of four letters, and the first five letters of the longer ones (a run of letters
    that begins with a mark begins with one of these)."""
    return frozenset(k if len(k) == HEAD else k[:HEAD + 1] for k in marks)


def mark_prefixes(marks: dict[str, list[int]]) -> frozenset[str]:
    """Every prefix of HEAD letters or more of the marks' letters (the walk of mark_lengths; about 5 a mark)."""
    return frozenset(k[:n] for k in marks for n in range(HEAD, len(k) + 1))


def mark_lengths(word: str, prefixes: frozenset[str], marks: dict[str, list[int]], most: int) -> list[int]:
    """The lengths n <= most for which word[:n] is a mark, longest first: a walk along the word while its prefix is
    some mark's prefix (one set test a letter, stopping at the first letter no mark continues with)."""
    found: list[int] = []
    n = HEAD
    while n <= most and word[:n] in prefixes:
        if word[:n] in marks:
            found.append(n)
        n += 1
    found.reverse()
    return found


def load_word_lists(languages: tuple[str, ...]) -> None:
    """Read wordfreq's lists of `languages` now (at the index's build), not at the first listing that asks (reading one
    costs 50-200 ms; they are kept for the process, shared by every index)."""
    for lang in languages:
        zipf("the", lang)


def _letters(text: str) -> str:
    """The letters and digits of the latin view of a text ("L'Oréal" -> "loreal")."""
    return "".join(ch for ch in latin_text(text) if ch.isalnum())
