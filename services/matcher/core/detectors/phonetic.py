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

A hyphenated word's pieces joined (Phisher-price, Band-aeed) are a respelling only within half the mark's letters (two
edits at least) of it: "follow-on" (formula) is heard like evian but is 7 edits from it (issue 9, lore25; outsider22's
'little nest' formula named Danone).

A brand's Hangul local name (the registry's `local_names`: 마이클코어스) is filed too, as Latin letters write it romanised
(sounds.romanise, anyascii's Revised Romanisation: "maikeulkoeoseu"), for the brand's name as a mark: a Korean seller
writes the brand as its Korean name sounds ("Maikeul Koeoseu", "Rollekseu", "Ruibitong"), farther from the Latin mark
than a respelling. Always a weak candidate, and only for a word written within a quarter of its letters of the
romanisation that is no word of a language and that the brand's Latin mark does not name already; the evidence names
the Korean name it was romanised from.
"""

from __future__ import annotations

import re
import unicodedata
from operator import itemgetter

import numpy as np
from rapidfuzz.distance import OSA, Indel
from rapidfuzz.process import cdist

from schemas import Listing, MarkFingerprint, Rule
from services.matcher.core.memo import Memo, MemoSet
from services.matcher.core.detectors.base import Catalogue, Detector
from services.matcher.core.context.language import COMMON_ZIPF, FOREIGN_ZIPF, LANGUAGES, ForeignWords, common_as_written, top_zipf, word_table
from services.matcher.core.context.language import words as language_words
from services.matcher.core.detectors.marks import is_wide_mark
from services.matcher.core.detectors.pinyin import alias_pinyin
from services.matcher.core.detectors.vowel_drop import drops_only_vowels
from services.matcher.core.fuzzy import CLITIC_STEMS, dictionary_words
from services.matcher.core.normalise import ListingText, mark_words
from services.matcher.core.scoring import Evidence
from services.matcher.core.sounds import (MARGIN, MIN_SIMILARITY, a_word_not_the_mark, heard, heard_key, liquids_swapped,
                                         mark_keys, orthographic_readings, romanise, sound_key, spelling)

# the labels regulators and price lists print, no respelt mark: "FCC ID" joined ("fccid", heard like Canon; codes25,
# detectors/grantee_codes.py reads the id after it), the list-price abbreviations ("UVP US$498" heard like Office;
# detectors/list_prices.py reads the amount after them)
LABEL_WORDS = frozenset({"fccid", "uvp", "rrp", "msrp", "srp", "pvp",
                         "pcie", "lspci", "lsusb", "idvendor", "idproduct"})  # ids28: bus words ("PCIe" sounds like "Bose")
MIN_LETTERS = 4  # shorter words and marks are left to the exact and misspelling rules
MIN_KEY = 2
STRONG_MIN_LETTERS = 6
# context/language.py: a word of FOREIGN_ZIPF in one of its languages is weak at best, of COMMON_ZIPF never a respelling
NOTHING_CACHE = 200_000  # words known to sound like no mark (and, apart, words that do), forgotten all at once past this many
_WORD = re.compile(r"[a-z0-9]+")
_JOINED = re.compile(r"[a-z]+(?:['\-][a-z]+)+")
_JOINER = re.compile(r"['\-]")
HEARD_KEY_MIN = 4
MIN_GRAM = 6  # letters of neighbouring words joined that are looked up as one respelt multi-word mark
MIN_GRAM_WORD = 3  # letters of each of those words ("UA MKGS" is no Air Max)
# letters of a multi-word mark looked up across words: shorter ones (Air Max, Jet Set, Levi's) are heard in any two
# words with a cue beside them ("LJR batch", "réplica AAA")
MIN_MULTI_LETTERS = 9
# letters of the Latin script (Basic Latin to Latin Extended-B, Latin Extended Additional) and the joiners of words
_LATIN_LETTERS = re.compile(r"(?:[A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u1e00-\u1eff]|[ '\-](?=\w))+")
_GAP = re.compile(r" {1,2}|-")  # what may stand between neighbouring words read as one mark
_HANGUL = re.compile("[\uac00-\ud7a3 ]+")  # a local name in Hangul syllables (romanised: `_file_romanised`)
# syllables of a Hangul name whose romanisation is also looked up across neighbouring words: a name this long is mostly
# two words in the original (루이비통, 마이클코어스, 캐나다구스: "Rui Bitong", "Maikeul Koeoseu"), a shorter one one word
MULTI_SYLLABLES = 4


class PhoneticDetector(Detector):
    name = "phonetic"

    def __init__(self, catalogue: Catalogue) -> None:
        super().__init__(catalogue)
        self._keys: dict[str, list[int]] = {}  # sound key -> fingerprints
        self._spellings: dict[int, str] = {}  # fingerprint -> its word, as sounds.spelling writes it
        self._heard: dict[int, str] = {}  # fingerprint -> sounds.heard of its spelling (one string per distinct form)
        self._spelt: dict[int, str] = {}  # fingerprint -> sounds.spelling of its spelling (sounds.closeness)
        self._skip: frozenset[str] = frozenset()  # the marks' own words (English words: fuzzy.dictionary_words)
        self._nothing = MemoSet(NOTHING_CACHE)  # listing words that sound like no mark
        self._found: Memo = Memo(NOTHING_CACHE)  # listing words that sound like marks -> `_lookup`
        self._pinyin: set[str] = set()  # the Chinese aliases' pinyin, run together
        self._whole_marks: frozenset[str] = frozenset()  # every mark's words joined
        self._multi: set[int] = set()  # marks of two words or more: the only ones neighbouring words are looked up for
        self._forms: dict[str, str] = {}  # the heard forms, each kept once (build only)
        self._romanised: dict[int, tuple[int, str, str]] = {}  # entry -> (the brand's name's mark, its Hangul local name, romanised)

    def add(self, i: int, fp) -> str | None:
        if isinstance(fp, MarkFingerprint) and (syllables := alias_pinyin(fp.value)):
            self._pinyin.add("".join(syllables))  # kouchi is Coach's 蔻驰 in pinyin (detectors/pinyin.py), no Gucci
        if not isinstance(fp, MarkFingerprint) or is_wide_mark(fp.value):
            return None
        words = mark_words(fp.value)
        word = "".join(words)
        if len(word) < MIN_LETTERS or not word.isalpha():
            return None
        # the keys it is heard as (sounds.mark_keys: also without a final r, ch as k, th as s, x as ks: Kartiyay,
        # Maikel, Kzbox), a multi-word mark's also with a word's final s silent (Looey Vuiton), and for a mark of
        # one sound class (L'Oréal: R) its `heard` form, vowels in place ("rarar": Loryl, L'oril)
        spoken = {word, _plain(word)}
        if len(words) > 1:
            spoken.add("".join(w[:-1] if w.endswith("s") and n < len(words) - 1 else w for n, w in enumerate(words)))
            if len(word) >= MIN_MULTI_LETTERS:
                self._multi.add(i)
        self._file(i, word, spoken)
        return None

    def _file(self, entry: int, word: str, spoken: set[str], as_written: bool = False) -> None:
        """File an entry (a fingerprint, or a romanised local name's entry: `_romanised`) under the keys its spellings
        `spoken` are heard as; `word` is the spelling it is compared with; `as_written`: also under its letters
        ("=" + word, `_lookup`)."""
        keys = {k for w in spoken for k in mark_keys(w) if len(k) >= MIN_KEY}
        if as_written:
            keys.add("=" + word)
        if len(sound_key(word)) < MIN_KEY and len(heard(_plain(word))) >= HEARD_KEY_MIN:  # its own key too short
            keys.add("~" + heard_key(_plain(word)))
        for key in keys:
            self._keys.setdefault(key, []).append(entry)
        if keys:
            self._spellings[entry] = plain = _plain(word)
            form = heard(plain)
            self._heard[entry] = self._forms.setdefault(form, form)
            spelt = spelling(plain)
            self._spelt[entry] = self._forms.setdefault(spelt, spelt)

    def compile(self) -> None:
        marks = {self.catalogue.fingerprints[i].value for i in self._spellings}
        self._whole_marks = frozenset("".join(mark_words(m)) for m in marks)
        self._skip = frozenset({w for m in marks for w in mark_words(m)} | self._whole_marks | self._pinyin | LABEL_WORDS)
        self._file_romanised()
        self._forms = {}
        if self._keys:
            word_table()  # read at build time, not on the first rare word

    def _file_romanised(self) -> None:
        """File each brand's Hangul local name (마이클코어스) as Latin letters write it, romanised (sounds.romanise:
        anyascii's Revised Romanisation, "maikeulkoeoseu"), for the brand's name as a mark: a Korean seller writes the
        brand as its Korean name sounds to them ("Maikeul Koeoseu", "Rollekseu", "Ruibitong"), heard farther from the
        Latin mark than a respelling is. An entry of its own (numbered after the fingerprints), the name's mark its
        fingerprint; always a weak candidate (`_evidence`)."""
        catalogue = self.catalogue
        mark_of: dict[int, int] = {}  # brand -> the fingerprint of its name's mark
        for i in self._spellings:
            brand = catalogue.fingerprint_brand[i]
            if brand not in mark_of and "".join(mark_words(catalogue.fingerprints[i].value)) == "".join(
                    mark_words(catalogue.brands[brand].name)):
                mark_of[brand] = i
        entry = len(catalogue.fingerprints)
        for j, fp in enumerate(catalogue.fingerprints):
            if not (isinstance(fp, MarkFingerprint) and fp.vocabulary == "local_name" and _HANGUL.fullmatch(fp.value)
                    and (i := mark_of.get(catalogue.fingerprint_brand[j])) is not None):
                continue
            for reading in romanise(fp.value.replace(" ", ""), "hangul"):
                if len(reading) < MIN_LETTERS or reading in self._skip:
                    continue
                # also as written: a name heard in one sound class and few sounds (화이자 "hwaija": S, "asa") is
                # filed under no sound key, but its romanisation letter for letter is the name (floor36)
                self._file(entry, reading, {reading}, as_written=True)
                if entry in self._spellings:
                    self._romanised[entry] = (i, fp.value, reading)
                    if len(fp.value) >= MULTI_SYLLABLES:
                        self._multi.add(entry)
                entry += 1

    def _fingerprint(self, entry: int) -> int:
        return self._romanised[entry][0] if entry in self._romanised else entry

    def detect(self, text: ListingText, listing: Listing) -> list[Evidence]:
        if not self._keys:
            return []
        leet = text.leet
        # the leet view's words (_WORD's matches), positioned only when one of them sounds like a mark
        joined = []
        if "-" in leet or "'" in leet:  # Phisher-price, Band-aeed, L'oril: the pieces joined, as the mark is
            joined = [(m.start(), m.end(), _JOINER.sub("", m.group())) for m in _JOINED.finditer(leet)
                      if self._whole_marks.isdisjoint(_JOINER.split(m.group()))]  # non-Burberry names Burberry
        unknown = set(text.leet_words()).union(w for _, _, w in joined).difference(dictionary_words(), self._skip, CLITIC_STEMS)
        if not unknown:
            return []  # the gate: every word is an English word or a mark's
        words: list[tuple[int, int, str]] = []
        grams: list[tuple[int, int, str]] = []
        if self._multi and any(len(w) >= MIN_LETTERS and w.isalpha() for w in unknown):  # model numbers (wh1000xm5), AAA: no respelt word
            words = [(m.start(), m.end(), m.group()) for m in _WORD.finditer(leet)]
            grams = self._neighbours(leet, words, unknown)
        rare = unknown.difference(self._nothing)
        found: dict[str, list[tuple[int, float, float]]] = {}
        for token in rare:
            if hits := self._cached(token, token):
                found[token] = hits
        for _, _, gram in grams:
            if hits := self._cached(" " + gram, gram):
                found[" " + gram] = hits
        if not found:
            return []
        title = _TitleWords(listing.title)  # the title's language, detected once a listing when a hit asks
        if any(close < 0 for hits in found.values() for _, close, _ in hits):
            # a word of another language in a title written in that language is that word ("fone de ouvido")
            for token in [t for t, hits in found.items() if any(close < 0 for _, close, _ in hits)]:
                if any(title.words.written_in(token, l) for l, z in word_table().frequencies(token) if z >= FOREIGN_ZIPF):
                    del found[token]
        if not words:
            words = [(m.start(), m.end(), m.group()) for m in _WORD.finditer(leet)]
        out: list[tuple[float, Evidence]] = []
        sold: dict[int, bool] = {}
        pieces = {(a, b) for a, b, _ in joined}
        for start, end, word in words + joined + [(a, b, " " + g) for a, b, g in grams]:
            if not (hits := found.get(word)):
                continue
            # the closest mark (sounds.closeness, within MARGIN), the closest among the brands whose goods the listing
            # sells when there are any: Ifon among earbuds is the iPhone's, though heard nearer to evian
            for i, _, _ in hits:
                if i not in sold:
                    sold[i] = self._in_category(self._fingerprint(i), text, listing)
            pool = [h for h in hits if sold[h[0]]] or hits
            top = max(c for _, _, c in pool)
            for i, close, c in pool:
                if c < top - MARGIN:
                    continue
                e = self._evidence(text, i, start, end, word.lstrip(), close)
                if (start, end) in pieces and e.distance is not None and e.distance > max(2, len(self._spellings[i]) // 2):
                    continue  # a hyphenated compound far from the mark's letters ("follow-on" heard as evian: 7 edits)
                if word[0] == " " and e.needs_corroboration and _a_phrase(_JOINER.sub(" ", e.text).split(), title.words):
                    continue  # words of the title's language, each as written (Turkish Kanada kazı, "Canada goose" the bird)
                if not e.text.isascii() and _a_word_as_written(e.text, title.words):
                    continue  # French "qualité" is keyed as "qualite", which no word list holds
                if _LATIN_LETTERS.fullmatch(e.text):  # Latin letters (Şiseydo, Sviç): other alphabets are transliteration's, digits a model's
                    out.append((abs(close), e))
        return self.in_category(self._closest_brand(out, lambda i: self._in_category(i, text, listing)), text, listing)

    def _cached(self, key: str, token: str) -> list[tuple[int, float, float]]:
        """`_lookup` of a token (a word, or neighbouring words joined: key " " + joined), remembered per process."""
        hits = self._found.get(key)
        if hits is None:
            if key in self._nothing:
                return []
            hits = self._lookup(token, multi=key.startswith(" "))
            if hits:
                self._found.remember(key, hits)
            else:
                self._nothing.remember(key)
        return hits

    def _neighbours(self, leet: str, words: list[tuple[int, int, str]], unknown: set[str]) -> list[tuple[int, int, str]]:
        """(start, end, letters joined) of two or three neighbouring words, one of them no English word, apart only
        by a space or a hyphen: a multi-word mark respelt by ear across its words (Nort Feis, Kanada Guse, Maikel
        Korss), or cut elsewhere (Looey Vuiton); not a mark's own words (those are the exact rules')."""
        out = {}
        for k in [k for k, (_, _, w) in enumerate(words) if len(w) >= MIN_LETTERS and w in unknown and w.isalpha()]:
            for first in range(max(0, k - 2), k + 1):
                for n in (2, 3):
                    group = words[first:first + n]
                    if len(group) < n or first + n <= k:
                        continue
                    if any(not _GAP.fullmatch(leet[a[1]:b[0]]) for a, b in zip(group, group[1:])):
                        break
                    gram = "".join(w for _, _, w in group)
                    if (len(gram) >= MIN_GRAM and gram.isalpha() and gram not in self._whole_marks
                            and all(len(w) >= MIN_GRAM_WORD for _, _, w in group)):
                        out[(group[0][0], group[-1][1])] = gram
        return [(a, b, g) for (a, b), g in out.items()]

    def _closest_brand(self, found: list[tuple[float, Evidence]], sells) -> list[Evidence]:
        """The evidence with, where sound-alikes of different brands cover the same letters (a word and the pair it is
        in: Feis alone and Nort Feis), only the brand heard over the most letters (similarity times the stretch's
        length, sounds.similarity): one stretch names one brand. A brand whose goods the listing sells (`sells`, a
        fingerprint -> bool) is beaten only by another such (as `detect` picks a word's closest brand): "Aepeul
        wireless" heard as Ferrero Rocher over more letters leaves Apple's 애플 romanised among earbuds."""
        weak = [(c, e) for c, e in found if e.needs_corroboration]
        if len({self.catalogue.fingerprint_brand[e.fingerprint] for _, e in weak}) < 2:
            return [e for _, e in found]
        brand = self.catalogue.fingerprint_brand

        def beaten(c: float, e: Evidence) -> bool:
            return e.needs_corroboration and any(
                brand[o.fingerprint] != brand[e.fingerprint] and o.field == e.field and o.start < e.end and e.start < o.end
                and oc * (o.end - o.start) > c * (e.end - e.start) and (sells(o.fingerprint) or not sells(e.fingerprint))
                for oc, o in found)
        return [e for c, e in found if not beaten(c, e)]

    def _lookup(self, token: str, multi: bool = False) -> list[tuple[int, float, float]]:
        """(fingerprint, similarity, closeness) of the marks the token sounds like, close enough in letters, read as English
        spells and as the other orthographies of sounds.ORTHOGRAPHIES do (Najki, Cordan, Kanada Guse); with
        `multi` (neighbouring words joined), only the marks of several words."""
        if len(token) < MIN_LETTERS or not token.isalpha():
            return []
        readings = orthographic_readings(token)
        fingerprints = set()
        for r in readings:
            key = sound_key(r)
            fingerprints.update(self._keys.get(key, ()))
            if len(key) <= MIN_KEY:  # a mark of one sound class is filed by ear ("~rarar"); so is a word of few sounds
                fingerprints.update(self._keys.get("~" + heard_key(_plain(r)), ()))
        if self._romanised:
            fingerprints.update(self._keys.get("=" + token, ()))  # a romanised local name as written (`_file_romanised`)
        if multi:
            fingerprints &= self._multi
        if not fingerprints:
            return []
        zipf = 0.0 if multi else top_zipf(token)
        if zipf >= COMMON_ZIPF:
            return []  # a common word of another language ("nunca", "sono"), not a respelling
        foreign = zipf >= FOREIGN_ZIPF
        # a respelling keeps the sounds in place: "nikes" is heard like Yonex (NKS) but is Nike's
        # a rarer word of another language (Latvian "filips", Dutch "monopolie") is a weak candidate at
        # best (close < 0 marks it), and only when heard exactly as the mark: only the brand's category with a cue
        # makes it the mark
        # every reading against every candidate in three rapidfuzz calls, the values each pair's own calls give:
        # sounds.similarity (Indel of the heard forms), the OSA distance of the heard forms (a respelling keeps its
        # sounds in place: at most a third of the mark's apart), sounds.closeness (similarity + a third of the
        # letters' Indel similarity); the pairs that pass are taken in the order of a loop over readings, then candidates
        candidates = list(fingerprints)
        if len(candidates) > 1:
            spoken_forms, spelt = itemgetter(*candidates)(self._heard), itemgetter(*candidates)(self._spelt)
        else:
            spoken_forms, spelt = (self._heard[candidates[0]],), (self._spelt[candidates[0]],)
        written_forms = [heard(r) for r in readings]
        similar = cdist(written_forms, spoken_forms, scorer=Indel.normalized_similarity, dtype=np.float64)
        passed = similar >= MIN_SIMILARITY
        if not passed.any():
            return []
        bounds = np.fromiter((max(1, len(f) // 3) for f in spoken_forms), dtype=np.int32, count=len(spoken_forms))
        passed &= cdist(written_forms, spoken_forms, scorer=OSA.distance, dtype=np.int32) <= bounds
        rows, columns = np.nonzero(passed)
        if not len(rows):
            return []
        letters = cdist([spelling(r) for r in readings], spelt, scorer=Indel.normalized_similarity, dtype=np.float64)
        sims = similar[rows, columns].tolist()
        closes = (similar[rows, columns] + letters[rows, columns] / 3).tolist()
        best: dict[int, tuple[float, float]] = {}  # fingerprint -> (similarity, closeness) over the readings
        words = _LATIN_WORDS if foreign else ()  # `foreign`: the token is one (word_table, Zipf FOREIGN_ZIPF or more)
        for row, column, sim, close in zip(rows.tolist(), columns.tolist(), sims, closes):
            i = candidates[column]
            if a_word_not_the_mark(token, readings[row], self._spellings[i], words):
                continue
            pair = (sim, close)
            if i not in best or pair > best[i]:
                best[i] = pair
        # a word more letters apart from the mark than the mark has is another word that shares its sound classes
        # ("chaebol" of a dictionary definition of Samsung, heard as Apple six edits apart; lore29), no respelling
        for i in [i for i in best if i not in self._romanised and OSA.distance(token, self._spellings[i]) > len(self._spellings[i])]:
            del best[i]
        if self._romanised and not best.keys().isdisjoint(self._romanised):
            # a romanised Korean name is written as romanised, no word of a language (Turkish "kalite" is heard as
            # 까르띠에 romanised, "kkaleuttie"), and names its brand only where the brand's Latin mark does not (the
            # mark's hits that stand: "ribaiseu" is heard like Levi's but is six letters from it, no respelling of it,
            # and 리바이스 romanised all the same; floor36)
            marks = {self._fingerprint(i) for i in best if i not in self._romanised}
            for i in [i for i in best if i in self._romanised]:
                fp_at, _, reading = self._romanised[i]
                if foreign or fp_at in marks or OSA.distance(token, reading) > max(1, len(reading) // 4):
                    del best[i]
        return [(i, -sim if foreign else sim, c) for i, (sim, c) in best.items()]

    def _evidence(self, text: ListingText, i: int, start: int, end: int, token: str, close: float) -> Evidence:
        mark = self._spellings[i]
        if i in self._romanised:  # the brand's Korean name romanised: a sound-alike, weak
            fp_at, name, reading = self._romanised[i]
            fp = self.fingerprints[fp_at]
            field, s, e, matched = text.locate(*text.original_span("latin", start, end))
            distance = OSA.distance(token, reading)
            return Evidence(Rule.phonetic, self.weights.fuzzy_distance_2, fp_at, field, s, e, matched, fp.value,
                            distance=distance, everyday=fp.everyday_word, needs_corroboration=True, needs_cue=True,
                            detail=f"sounds like the brand's Korean name {name} romanised ('{reading}', {distance} edit(s) "
                                   f"apart); a sound-alike: needs corroboration")
        fp = self.fingerprints[i]
        word = "".join(mark_words(fp.value))
        strong = (close > 0 and len(mark) >= STRONG_MIN_LETTERS and heard(token) == heard(mark)  # the same sounds, in order
                  and len(token) >= len(word) - 1  # not cut short: "Callaw", "iskas" sound the same as far as they go
                  and OSA.distance(_plain(token), mark, score_cutoff=2) <= 2  # letters a misspelling apart too
                  and drops_only_vowels(token, word) < 0  # Smsng: a vowel drop, weak
                  and not liquids_swapped(token, mark))  # Lorex: another word, heard apart from Rolex
        field, s, e, matched = text.locate(*text.original_span("latin", start, end))
        distance = OSA.distance(token, mark)
        detail = f"sounds like the mark (same sound key, {distance} edit(s) apart)"
        if close > 0 and liquids_swapped(token, mark):
            detail += "; its l and r swapped (Lorex, Rolex): another word to the ear"
        if not strong:
            detail += "; a sound-alike: needs corroboration"
        return Evidence(Rule.phonetic, self.weights.fuzzy_distance_2, i, field, s, e, matched, fp.value, distance=distance,
                        detail=detail, everyday=fp.everyday_word, needs_corroboration=not strong, needs_cue=not strong)

    def memory_bytes(self) -> int:
        return sum(60 + 8 * len(v) for v in self._keys.values()) + 80 * len(self._spellings)

    def stats(self) -> dict[str, int]:
        return {"phonetic_keys": len(self._keys)}


class _LatinWords:
    """The words of context/language.py's languages at FOREIGN_ZIPF or more (its word_table), for sounds.a_word_not_the_mark."""

    def __contains__(self, word: str) -> bool:
        return any(z >= FOREIGN_ZIPF for _, z in word_table().frequencies(word))


_LATIN_WORDS = _LatinWords()


class _TitleWords:
    """A listing title's ForeignWords, made on first need and then shared by every hit of the listing."""

    def __init__(self, title: str) -> None:
        self.title = title
        self._words: ForeignWords | None = None

    @property
    def words(self) -> ForeignWords:
        if self._words is None:
            self._words = ForeignWords(self.title)
        return self._words


def _a_phrase(words: list[str], title: ForeignWords) -> bool:
    """Whether the words as written are all words of the language the title is written in (context/language.py,
    Zipf FOREIGN_ZIPF or more there): in a Turkish title "Kanada kazı" is a phrase ("Canada goose", the bird); in an
    English one "Kanada Gus" is a respelling. A title whose language is not detected is written in it when another of
    its words of few languages, no English word, is ("Nuevo con etiqueta – jewelry": "con etiqueta" is Spanish, "new
    with tags", not Santos de Cartier heard; ForeignWords.written_in)."""
    languages = None
    for word in words:
        found = {language for language, z in word_table().frequencies(word.casefold()) if z >= FOREIGN_ZIPF}
        languages = found if languages is None else languages & found
        if not languages:
            return False
    detected = title.language()
    return detected in languages or detected is None and _companion(title.title, words, languages)


def _companion(title: str, phrase: list[str], languages: set[str]) -> bool:
    """Another word of the title, outside the phrase, most frequent in one of `languages` and listed in fewer than half
    of the languages, no English word ("nuevo" beside "con etiqueta"; "parka" beside "Kanada Gus" is English: no companion)."""
    inside = {w.casefold() for w in phrase}
    for w in language_words(title):
        if w in inside or len(w) <= 2:
            continue
        found = word_table().frequencies(w)
        if (found and len(found) < len(LANGUAGES) // 2 and found[0][0] in languages
                and not any(l == "en" for l, _ in found)):
            return True
    return False


def _a_word_as_written(matched: str, title_words: ForeignWords) -> bool:
    """Whether the matched letters, accents and all, are a word that `_lookup` would have set aside had it seen them
    as written (it sees the folded letters: "qualite", which no list holds, for the French "qualité"): a common word
    of a language (COMMON_ZIPF), or a word of the language the title is written in (FOREIGN_ZIPF)."""
    if common_as_written(matched):
        return True
    word = unicodedata.normalize("NFC", matched).casefold()
    return word.isalpha() and any(title_words.written_in(word, language)
                                  for language, z in word_table().frequencies(word) if z >= FOREIGN_ZIPF)


def _plain(word: str) -> str:
    return spelling(word).replace("x", "ks")
