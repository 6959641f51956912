"""A mark respelt the way it sounds (Filips for Philips, Rolecks for Rolex, Addidaz, Guchi, Samsoong): rule phonetic.

English spelling writes one sound many ways (ph/f, c/k/ck/q, x/ks, z/s, ee/i/y, oo/u, silent letters), so a
respelling can be several edits from the mark and out of the misspellings detector's reach while a reader
hears the mark. Every word mark (and the words of a multi-word mark joined, "louisvuitton") is filed under its
sound key (sounds.sound_key: metaphone, then Dolgopolsky's sound classes). A listing's words that are no
English word (symspellpy's dictionary, as the misspellings detector reads it: "selvedge" is heard like
Surface but is a word), no word of another language (wordfreq's lists of context/language.py, Zipf 3 or
more: "fone", "carteira", "sono") and no mark are keyed once per process (a word seen before costs a set
lookup) and looked up.

Keys of a few consonant classes are shared by many words, the more so with many brands, so a hit must also
be heard alike (sounds.closest: similar enough, and the closest brand's) with its sounds in place (sounds.heard
forms at most a third apart: "nikes" shares Yonex's key but is Nike's). It names the mark like a misspelling
when the mark has six letters or more, the word is heard the same (sounds.heard: Filips, Samsoong, Addidaz;
not "Burber" or "Callaw", cut short), is at most two edits from the mark's letters (x read ks: Roleks) and is no mere
vowel drop; otherwise it is a weak candidate that
needs the brand's category plus a counterfeit cue or a price far below the floor (`needs_cue`,
scoring.strongly_corroborated).
"""

from __future__ import annotations

import re

from rapidfuzz.distance import OSA

from schemas import Listing, MarkFingerprint, Rule
from services.matcher.core.detectors.base import Catalogue, Detector
from services.matcher.core.context.language import ForeignWords, word_table
from services.matcher.core.detectors.marks import is_wide_mark
from services.matcher.core.detectors.pinyin import alias_pinyin
from services.matcher.core.detectors.vowel_drop import drops_only_vowels
from services.matcher.core.fuzzy import dictionary_words
from services.matcher.core.normalise import ListingText, mark_words
from services.matcher.core.scoring import Evidence
from services.matcher.core.sounds import closest, heard, heard_key, sound_key, spelling

MIN_LETTERS = 4  # shorter words and marks are left to the exact and misspelling rules
MIN_KEY = 2
STRONG_MIN_LETTERS = 6
FOREIGN_ZIPF = 3.0  # a word this frequent in a language of context/language.py (once a million words) is weak at best
COMMON_ZIPF = 4.5  # ... and this frequent (judge.COMMON_ZIPF: the commonest words of a language) never a respelling
NOTHING_CACHE = 200_000  # words known to sound like no mark (and, apart, words that do), forgotten all at once past this many
_WORD = re.compile(r"[a-z0-9]+")
_JOINED = re.compile(r"[a-z]+(?:['\-][a-z]+)+")
_JOINER = re.compile(r"['\-]")
HEARD_KEY_MIN = 4


class PhoneticDetector(Detector):
    name = "phonetic"

    def __init__(self, catalogue: Catalogue) -> None:
        super().__init__(catalogue)
        self._keys: dict[str, list[int]] = {}  # sound key -> fingerprints
        self._spellings: dict[int, str] = {}  # fingerprint -> its word, as sounds.spelling writes it
        self._skip: frozenset[str] = frozenset()  # the marks' own words (English words: fuzzy.dictionary_words)
        self._nothing: set[str] = set()  # listing words that sound like no mark
        self._found: dict[str, list[tuple[int, float]]] = {}  # listing words that sound like marks -> `_lookup`
        self._pinyin: set[str] = set()  # the Chinese aliases' pinyin, run together
        self._whole_marks: frozenset[str] = frozenset()  # every mark's words joined

    def add(self, i: int, fp) -> str | None:
        if isinstance(fp, MarkFingerprint) and (syllables := alias_pinyin(fp.value)):
            self._pinyin.add("".join(syllables))  # kouchi is Coach's 蔻驰 in pinyin (detectors/pinyin.py), no Gucci
        if not isinstance(fp, MarkFingerprint) or is_wide_mark(fp.value):
            return None
        word = "".join(mark_words(fp.value))
        if len(word) < MIN_LETTERS or not word.isalpha():
            return None
        # its key, the key of its x read ks (Xbox: Ksbox, Kzbox), and for a mark of one sound class (L'Oréal: R)
        # its `heard` form, vowels in place ("rarar": Loryl, L'oril)
        keys = {k for k in (sound_key(word), sound_key(_plain(word))) if len(k) >= MIN_KEY}
        if len(sound_key(word)) < MIN_KEY and len(heard(_plain(word))) >= HEARD_KEY_MIN:  # its own key too short
            keys.add("~" + heard_key(_plain(word)))
        for key in keys:
            self._keys.setdefault(key, []).append(i)
        if keys:
            self._spellings[i] = _plain(word)
        return None

    def compile(self) -> None:
        marks = {self.catalogue.fingerprints[i].value for i in self._spellings}
        self._whole_marks = frozenset("".join(mark_words(m)) for m in marks)
        self._skip = frozenset({w for m in marks for w in mark_words(m)} | self._whole_marks | self._pinyin)
        if self._keys:
            word_table()  # read at build time, not on the first rare word

    def detect(self, text: ListingText, listing: Listing) -> list[Evidence]:
        if not self._keys:
            return []
        leet = text.leet
        # the leet view's words (_WORD's matches), positioned only when one of them sounds like a mark
        joined = []
        if "-" in leet or "'" in leet:  # Phisher-price, Band-aeed, L'oril: the pieces joined, as the mark is
            joined = [(m.start(), m.end(), _JOINER.sub("", m.group())) for m in _JOINED.finditer(leet)
                      if self._whole_marks.isdisjoint(_JOINER.split(m.group()))]  # non-Burberry names Burberry
        rare = set(text.leet_words()).union(w for _, _, w in joined).difference(dictionary_words(), self._skip, self._nothing)
        if not rare:
            return []
        found: dict[str, list[tuple[int, float]]] = {}
        for token in rare:
            hits = self._found.get(token)
            if hits is None:
                hits = self._lookup(token)
                if hits:
                    if len(self._found) >= NOTHING_CACHE:
                        self._found.clear()
                    self._found[token] = hits
                else:
                    if len(self._nothing) >= NOTHING_CACHE:
                        self._nothing.clear()
                    self._nothing.add(token)
            if hits:
                found[token] = hits
        if not found:
            return []
        if any(close < 0 for hits in found.values() for _, close in hits):
            # a word of another language in a title written in that language is that word ("fone de ouvido")
            title = ForeignWords(listing.title)
            for token in [t for t, hits in found.items() if any(close < 0 for _, close in hits)]:
                if any(title.written_in(token, l) for l, z in word_table().frequencies(token) if z >= FOREIGN_ZIPF):
                    del found[token]
        out = []
        for start, end, word in [(m.start(), m.end(), m.group()) for m in _WORD.finditer(leet)] + joined:
            for i, close in found.get(word, ()):
                e = self._evidence(text, i, start, end, word, close)
                if e.text.isascii() and _JOINER.sub("", e.text).isalpha():  # Latin letters: other alphabets are transliteration's, digits a model's
                    out.append(e)
        return self.in_category(out, text, listing)

    def _lookup(self, token: str) -> list[tuple[int, float]]:
        """(fingerprint, similarity) of the marks the token sounds like, close enough in letters."""
        if len(token) < MIN_LETTERS or not token.isalpha():
            return []
        fingerprints = self._keys.get(sound_key(token), []) + self._keys.get("~" + heard_key(_plain(token)), [])
        if not fingerprints:
            return []
        zipf = max((z for _, z in word_table().frequencies(token)), default=0.0)
        if zipf >= COMMON_ZIPF:
            return []  # a common word of another language ("nunca", "sono"), not a respelling
        foreign = zipf >= FOREIGN_ZIPF
        written = heard(token)
        # a respelling keeps the sounds in place: "nikes" is heard like Yonex (NKS) but is Nike's
        # a rarer word of another language (Latvian "filips", Dutch "monopolie") is a weak candidate at
        # best (close < 0 marks it), and only when heard exactly as the mark: only the brand's category with a cue
        # makes it the mark
        return [(i, -close if foreign else close) for i, close in closest(token, [(i, self._spellings[i]) for i in fingerprints])
                if OSA.distance(written, mark := heard(self._spellings[i]), score_cutoff=(bound := max(1, len(mark) // 3))) <= bound
                and not (foreign and written != mark)]

    def _evidence(self, text: ListingText, i: int, start: int, end: int, token: str, close: float) -> Evidence:
        fp = self.fingerprints[i]
        mark = self._spellings[i]
        word = "".join(mark_words(fp.value))
        strong = (close > 0 and len(mark) >= STRONG_MIN_LETTERS and heard(token) == heard(mark)  # the same sounds, in order
                  and len(token) >= len(word) - 1  # not cut short: "Callaw", "iskas" sound the same as far as they go
                  and OSA.distance(_plain(token), mark, score_cutoff=2) <= 2  # letters a misspelling apart too
                  and drops_only_vowels(token, word) < 0)  # Smsng: a vowel drop, weak
        field, s, e, matched = text.locate(*text.original_span("latin", start, end))
        distance = OSA.distance(token, mark)
        detail = f"sounds like the mark (same sound key, {distance} edit(s) apart)"
        if not strong:
            detail += "; a sound-alike: needs corroboration"
        return Evidence(Rule.phonetic, self.weights.fuzzy_distance_2, i, field, s, e, matched, fp.value, distance=distance,
                        detail=detail, everyday=fp.everyday_word, needs_corroboration=not strong, needs_cue=not strong)

    def memory_bytes(self) -> int:
        return sum(60 + 8 * len(v) for v in self._keys.values()) + 80 * len(self._spellings)

    def stats(self) -> dict[str, int]:
        return {"phonetic_keys": len(self._keys)}


def _plain(word: str) -> str:
    return spelling(word).replace("x", "ks")
