"""Words of other languages that fold or misspell onto a mark: German "Böse" (bad) is not Bose,
Spanish "Cañón" (canyon) is not Canon, French "boxe" (boxing) is not a misspelt Bose, Italian
"sono" (I am) is not Sony.

A disguise is an accent that no language writes there ("Bösé", "Nikè"), or a misspelling that is
no word; a real word of another language is that word. `ForeignWords(title).word(token)` says
whether a listing's token (as written, accents and all) is a word of some language: listed in
wordfreq's "small" list (Zipf frequency >= 3, about once per million words) of a Latin-script
language, and

- listed by fewer than half of the languages: a word of one or a few languages ("böse",
  "cañón", "sono", "boxe"); a token listed by most ("nike", "sony", "canon") is a name used
  everywhere, not a word of one language;
- or, when listed by most, the word is most frequent in the language the rest of the title is
  written in, detected cheaply by letting the title's words of one or a few languages vote
  ("Canon à eau, jouet de plage": French).

Such a mention is a word of that language, not a disguise: it counts like an everyday-word
mark (it needs corroboration). Source of the word lists: the wordfreq package (Robyn Speer et
al., data frozen in 2021 from Wikipedia, subtitles, news, books, web text, Twitter and Reddit),
shipped inside its wheel, read once per process.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

import numpy as np
from services.matcher.core import table_cache
from services.matcher.core.memo import Memo

# Latin-script languages with a wordfreq list (Vietnamese left out: its short syllables with
# diacritics collide with short marks written with a disguising accent; Filipino too: its list is
# mostly English words, more frequent there than in English's own).
LANGUAGES = ("en", "de", "fr", "es", "it", "pt", "nl", "sv", "da", "nb", "fi", "pl", "cs", "sk", "sl", "hu", "ro",
             "tr", "id", "ms", "ca", "lt", "lv", "is")
NAMES = {"en": "English", "de": "German", "fr": "French", "es": "Spanish", "it": "Italian", "pt": "Portuguese",
         "nl": "Dutch", "sv": "Swedish", "da": "Danish", "nb": "Norwegian", "fi": "Finnish", "pl": "Polish",
         "cs": "Czech", "sk": "Slovak", "sl": "Slovenian", "hu": "Hungarian", "ro": "Romanian", "tr": "Turkish",
         "id": "Indonesian", "ms": "Malay", "ca": "Catalan", "lt": "Lithuanian", "lv": "Latvian",
         "is": "Icelandic"}
MIN_VOTES = 2  # words of the title that must agree before it is said to be in a language
ENGLISH_MARGIN = 1.0  # an English word votes English unless another language uses it this much more (Zipf)


@dataclass(frozen=True, slots=True)
class Word:
    word: str
    language: str  # ISO 639 code
    zipf: float
    surrounding: str | None  # the language of the rest of the title, when detected

    def explain(self, mark: str) -> str:
        where = f"; the title is {NAMES[self.surrounding]}" if self.surrounding else ""
        return (f"'{self.word}' is {article(NAMES[self.language])} word (Zipf frequency {self.zipf:.1f}, wordfreq){where}: "
                f"not a disguise of {mark}")


SEEN_WORDS = 100_000  # words whose frequencies WordTable keeps (about 20 MB at most)


class WordTable:
    """Every word of the LANGUAGES' wordfreq "small" lists (about 1,000,000 entries, one per word and
    language) with the language and its Zipf frequency, grouped by the word's length in UTF-8 bytes, each group
    sorted (word, most frequent first, LANGUAGES' order: the order the hashed table of before gave): mapped from the
    table cache (table_cache.py, word_table_arrays) in a few ms instead of half a second of every build (issue 16)."""

    def __init__(self, arrays: dict[str, np.ndarray] | None = None) -> None:
        if arrays is None:
            arrays = table_cache.cached("language-word-table", word_table_arrays)
        self._groups: dict[int, tuple[np.ndarray, np.ndarray, np.ndarray]] = {}
        start = 0
        for length, count in zip(arrays["lengths"][0].tolist(), arrays["lengths"][1].tolist()):
            end = start + count
            self._groups[length] = (arrays[f"w{length}"], arrays["zipf"][start:end], arrays["language"][start:end])
            start = end
        self._seen: Memo = Memo(SEEN_WORDS)  # word -> frequencies

    def frequencies(self, word: str) -> tuple[tuple[str, float], ...]:
        """(language, Zipf frequency) of every language that lists the word, the most frequent first."""
        found = self._seen.get(word)
        if found is None:  # a title's words come back listing after listing: each is looked up once (bounded)
            raw = word.encode("utf-8", "surrogatepass")  # a lone surrogate's bytes match no listed word
            group = self._groups.get(len(raw))
            found = ()
            if group is not None:
                words, zipf, language = group
                start = int(words.searchsorted(raw, "left"))
                end = int(words.searchsorted(raw, "right"))
                found = tuple((LANGUAGES[n], z / 100) for n, z in zip(language[start:end].tolist(),
                                                                       zipf[start:end].tolist()))
            self._seen.remember(word, found)
        return found


def word_table_arrays() -> dict[str, np.ndarray]:
    """WordTable's arrays from wordfreq's "small" lists of LANGUAGES: `lengths` (2 x groups: byte length, count),
    `zipf` (int16, Zipf x 100) and `language` (uint8, index in LANGUAGES) in the groups' order, and one sorted
    `w<length>` bytes array a group."""
    import wordfreq

    paths = wordfreq.available_languages("small")
    groups: dict[int, tuple[list[bytes], list[int], list[int]]] = {}
    for n, language in enumerate(LANGUAGES):
        # bucket i holds the words of frequency 10 ** (-i / 100): Zipf 9 - i / 100
        for i, bucket in enumerate(wordfreq.read_cBpack(paths[language])):
            for word in bucket:
                raw = word.encode("utf-8", "surrogatepass")
                if not raw:
                    continue  # no list holds an empty word; numpy has no zero-width bytes
                group = groups.get(len(raw))
                if group is None:
                    group = groups[len(raw)] = ([], [], [])
                group[0].append(raw)
                group[1].append(900 - i)
                group[2].append(n)
    arrays: dict[str, np.ndarray] = {}
    lengths, counts, zipfs, languages = [], [], [], []
    for length in sorted(groups):
        raw, z, n = groups[length]
        words, z, n = np.array(raw, dtype=f"S{length}"), np.array(z, dtype=np.int16), np.array(n, dtype=np.uint8)
        order = np.lexsort((n, -z))  # the most frequent first, then LANGUAGES' order ...
        order = order[np.argsort(words[order], kind="stable")]  # ... within each word
        arrays[f"w{length}"] = words[order]
        zipfs.append(z[order])
        languages.append(n[order])
        lengths.append(length)
        counts.append(len(order))
    arrays["lengths"] = np.array([lengths, counts], dtype=np.int64).reshape(2, len(lengths))
    arrays["zipf"] = np.concatenate(zipfs) if zipfs else np.zeros(0, dtype=np.int16)
    arrays["language"] = np.concatenate(languages) if languages else np.zeros(0, dtype=np.uint8)
    return arrays


@lru_cache(maxsize=1)
def word_table() -> WordTable:
    return WordTable()


FOREIGN_ZIPF = 3.0  # once per million words in one of LANGUAGES: a word of that language (wordfreq's Zipf scale)
COMMON_ZIPF = 4.5  # once per 30,000 words or more: function words and the commonest words of a language


def top_zipf(word: str) -> float:
    """The word's highest Zipf frequency over LANGUAGES (word_table), 0.0 when no list holds it."""
    return max((z for _, z in word_table().frequencies(word)), default=0.0)


def common_as_written(letters: str) -> bool:
    """Whether letters as a listing writes them, accents and all (NFC, case-folded), are a common word of a language
    (COMMON_ZIPF): the German "märz" and the French "qualité", which the detectors' folded views ("marz",
    "qualite") no longer show as words. Used by detectors/misspellings.py and detectors/phonetic.py."""
    word = unicodedata.normalize("NFC", letters).casefold()
    return word.isalpha() and top_zipf(word) >= COMMON_ZIPF


# The letters the Cyrillic orthographies of languages with no wordfreq list add to the Russian alphabet: Kazakh (ә ғ
# қ ң ө ұ ү һ і), Kyrgyz (ң ө ү), Tatar and Bashkir (ә җ ң ө ү һ; ҙ ҫ ҡ ғ), Mongolian (ө ү), Tajik (ғ ӣ қ ӯ ҳ ҷ),
# Uzbek (ў қ ғ ҳ), Belarusian (ў і). Sources: the alphabets as their standards define them (Wikipedia, "Kazakh
# alphabets", "Kyrgyz alphabets", "Tatar alphabet", "Bashkir alphabet", "Mongolian Cyrillic alphabet", "Tajik
# alphabet", "Uzbek alphabet", "Belarusian alphabet"); the code points of Unicode's Cyrillic block (U+0400-U+04FF).
# wordfreq has no list of these languages, and Debian's hunspell-kk, the maintained Kazakh word list, is a system
# dictionary the matcher's images do not carry: the letters are what tells such a word.
NATIONAL_CYRILLIC = frozenset("әғқңөұүһіҗҙҫҡӣӯҳҷўӘҒҚҢӨҰҮҺІҖҘҪҠӢӮҲҶЎ")
CYRILLIC = re.compile("[\u0400-\u04ff]")
MIN_OWN_LETTERS = 3  # Cyrillic letters of the listing outside the word that make it a listing written in Cyrillic


def national_cyrillic_word(word: str, outside: str) -> bool:
    """Whether `word` (as the listing writes it) is a word of a Cyrillic orthography wordfreq has no list of, in a
    listing written in Cyrillic: every letter Cyrillic, one of them a letter only those orthographies write
    (NATIONAL_CYRILLIC), and MIN_OWN_LETTERS Cyrillic letters or more in `outside` (the listing without it). Read by the
    Latin letters its letters are drawn like (сөмке, Kazakh "bag", as "comke", one edit from Coke) it is that language's
    word, not a mark in look-alike letters: a look-alike disguise is written to be read as Latin letters, and needs
    none of these.
    Used by detectors/misspellings.py (scripts22)."""
    letters = [c for c in word if c.isalpha()]
    return (bool(letters) and all(CYRILLIC.match(c) for c in letters) and not NATIONAL_CYRILLIC.isdisjoint(letters)
            and len(CYRILLIC.findall(outside)) >= MIN_OWN_LETTERS)


# Greek writes a foreign name's o with omicron (Λέγκο, Σόνι, Τόκιο, Μάριο: the press's and the shops' transcription, as
# ELOT 743 reads it back), never with a final omega; a Greek word that ends in ω or ώ after a consonant is an inflected
# form of the language's own, mostly a verb's first person (λέγω "I say", παίζω, γράφω, μιλώ). Source: the Greek
# grammars' verb paradigms (Holton, Mackridge, Philippaki-Warburton, Greek: A Comprehensive Grammar, 2nd ed., 2012).
_GREEK_OWN_ENDING = re.compile("[βγδζθκλμνξπρσςτφχψ][ωώ]$")  # a consonant, then ω or ώ, at the word's end
_GREEK_LETTERS = re.compile("[\u0370-\u03ff\u1f00-\u1fff]")


def greek_own_form(word: str, outside: str) -> bool:
    """Whether `word` (as the listing writes it) is an inflected form of Greek, no foreign name written by its sound: every
    letter Greek, the word ending in ω (ώ) after a consonant (`_GREEK_OWN_ENDING`: Greek transcribes a foreign final o with
    omicron), in a listing written in Greek (MIN_OWN_LETTERS Greek letters or more in `outside`, the listing without it).
    'Λέγω και μαθαίνω' is "I say and learn", no LEGO (Greek writes it Λέγκο). Used by detectors/misspellings.py and
    detectors/transliteration.py (floor54, issue 9)."""
    letters = [c for c in unicodedata.normalize("NFC", word.casefold()) if c.isalpha()]
    return (bool(letters) and all(_GREEK_LETTERS.match(c) for c in letters)
            and _GREEK_OWN_ENDING.search("".join(letters)) is not None
            and len(_GREEK_LETTERS.findall(outside)) >= MIN_OWN_LETTERS)


# how much more frequent (Zipf) a word beside another must be in a language than in English to say the phrase is in it
PHRASE_MARGIN = 2.0
_PHRASE_WORD = re.compile(r"[^\W\d_]+")


def phrase_language(text: str, start: int, end: int) -> str | None:
    """The language of the phrase around text[start:end], told by the words right before and right after it: both
    common words of one language (COMMON_ZIPF) far more frequent there than in English (PHRASE_MARGIN), and the word
    itself a word of that language (FOREIGN_ZIPF): "sur appel ou SMS" is French around 'appel' (a call), whatever the
    rest of the title is written in. None when a side has no word, or the sides agree on no such language. Source:
    wordfreq's small lists (word_table). Used by detectors/meanings.py and judge.py for a word one edit from a mark
    or a translation of it (quiet21)."""
    before = _PHRASE_WORD.findall(text[max(0, start - 30):start])
    after = _PHRASE_WORD.findall(text[end:end + 30])
    word = unicodedata.normalize("NFC", text[start:end]).casefold()
    if not before or not after or not word.isalpha():
        return None
    table = word_table()
    own = dict(table.frequencies(word))

    def languages(w: str) -> set[str]:
        w = unicodedata.normalize("NFC", w).casefold()
        found = table.frequencies(w)
        english = next((z for l, z in found if l == "en"), 0.0)
        return {l for l, z in found if z >= COMMON_ZIPF and z - english >= PHRASE_MARGIN and l != "en"}

    both = languages(before[-1]) & languages(after[0])
    return max((l for l in both if own.get(l, 0.0) >= FOREIGN_ZIPF), key=lambda l: own[l], default=None)


def article(name: str) -> str:
    """ "a German", "an Italian". """
    return f"an {name}" if name[0] in "AEIOU" else f"a {name}"


def _is_latin_word(word: str) -> bool:
    """Letters of the Latin script, and an apostrophe inside ("she'll")."""
    letters = word.replace("'", "")
    return letters.isalpha() and all(c.isascii() or "LATIN" in unicodedata.name(c, "") for c in letters)


class ForeignWords:
    """Asks about one listing's words; the title's language is detected on first need."""

    def __init__(self, title: str) -> None:
        self.title = title
        self._language: dict[str, str | None] = {}  # `besides` -> the language detected without that word

    def language(self, *, besides: str = "") -> str | None:
        """The language of the title's other words: each word listed by fewer than half of the languages
        votes for English when it is an English word (not ENGLISH_MARGIN rarer there than in its most
        frequent language), else for the language it is most frequent in
        ("in", "shirt", "nike", listed by most, do not vote), at least
        MIN_VOTES must agree; a tie goes to the higher total Zipf frequency."""
        if besides not in self._language:
            table = word_table()
            votes: Counter[str] = Counter()
            totals: Counter[str] = Counter()
            for w in words(self.title):
                if w != besides and len(w) > 2:
                    found = table.frequencies(w)
                    if found and len(found) < len(LANGUAGES) // 2:
                        # marketplaces write in English by default: an English word votes English
                        # ("charger" is French too, "batch" Filipino), unless it is far more frequent
                        # in another language ("encore": Zipf 6.0 in French, 3.4 in English)
                        language, zipf = next(((l, z) for l, z in found if l == "en" and z >= found[0][1] - ENGLISH_MARGIN),
                                              found[0])
                        votes[language] += 1
                        totals[language] += zipf
            best = max(votes, key=lambda language: (votes[language], totals[language]), default=None)
            self._language[besides] = best if best is not None and votes[best] >= MIN_VOTES else None
        return self._language[besides] or None

    def word(self, token: str, *, companions: bool = True) -> Word | None:
        """The token as a word of some language, or None when it is no word (a disguise or a typo).

        A word of one or a few languages always counts; a word listed in most languages ("canon",
        "nike": names used everywhere) only when the title is written in its most frequent one. When the
        title's language is not detected, another non-English word of few languages in the word's own
        language says it is (a companion); a title detected as another language is not overruled by one."""
        word = unicodedata.normalize("NFC", token).casefold().replace("’", "'")
        if len(word) < 3 or not _is_latin_word(word):
            return None
        found = word_table().frequencies(word)
        if not found:
            return None
        surrounding = self.language(besides=word)
        language, zipf = next(((l, z) for l, z in found if l == surrounding), found[0])
        if surrounding is None and companions and self._companion(word, language):
            surrounding = language  # "lega Serie A – album figurine (used)": another word of few languages agrees
        if len(found) < len(LANGUAGES) // 2 or surrounding == language:
            return Word(word, language, zipf, surrounding)
        return None


    def written_in(self, word: str, language: str) -> bool:
        """Whether the title around `word` is written in `language`: detected so, or, when no language is
        detected, another word of few languages that is no English word is listed in it (see `_companion`)."""
        surrounding = self.language(besides=word)
        return surrounding == language or (surrounding is None and self._companion(word, language))

    def _companion(self, word: str, language: str) -> bool:
        """Another word of the title listed in `language` and in fewer than half of the languages, and not
        an English word (marketplaces write in English by default: "grade" is Indonesian too, and does not
        make "Badai master grade model kit" Indonesian)."""
        table = word_table()
        for w in words(self.title):
            if w != word and len(w) > 2:
                found = table.frequencies(w)
                if (len(found) < len(LANGUAGES) // 2 and any(l == language for l, _ in found)
                        and not any(l == "en" for l, _ in found)):
                    return True
        return False


def words(text: str) -> list[str]:
    """The words of `text`, casefolded, as the language vote reads them: NFC-normalised runs of letters (digits
    and punctuation between them split words: "Gucci's bag-2024" -> ["gucci", "s", "bag"])."""
    return [w.casefold() for w in "".join(c if c.isalpha() else " " for c in unicodedata.normalize("NFC", text)).split()]
