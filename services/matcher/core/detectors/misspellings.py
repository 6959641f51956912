"""Misspelt and masked marks (Adidos, obse, HiPhone, Luis Vuitton, G*cci): the symmetric-delete index of fuzzy.py.

Marks of one word are looked up by the leet view's words; the words of multi-word marks are
indexed too, and a hit on one of them (or the word itself) checks the mark word by word
(`_multi_word_distance`: each word within its own bound, the sum within the whole mark's).

Edits may touch every position, the first letter too (obse, uhonda, HiPhone). Two kinds of
candidate are weak, flagged `needs_corroboration` for the scorer: a rare English word one edit
from a mark ("samsun", a Turkish city), a token one letter shorter than a four-letter mark ("bse"
for Bose), a four-letter mark with its first letter replaced ("gose"), and a three-letter mark
with two letters swapped or one doubled ("bwm", "bmww" for BMW): alone they are as likely an
ordinary word as a disguise.

A common English word one edit from a single-word mark ("cannon" for Canon, "tyson" for Dyson,
"sonny" for Sony, "bosh" for Bosch; an everyday-word mark only of five letters or more: "dove" has
too many neighbours) is never looked up in the fuzzy index. Those counted less than
`COMMON_MISSPELLING_MAX_COUNT` times (Zipf frequency about 4: "nice", "jose" are left out) are listed
at build time (`_common_near`: the marks' one-letter deletes looked up among the words', sorted arrays kept
in the table cache) and give a candidate that needs the brand's category
and a counterfeit cue or a price far below the floor (`needs_cue`: a merely cheap listing uses common
words too; scoring.FAR_BELOW_FLOOR).

A multi-word mark read wholly in common English words, one of them edited ("day rate" beside Day-Date, "air mix"
beside Air Max; `_edited_words_common`), is two ordinary words as such a single word is: it needs the brand's category
and a cue or a price far below the floor.

A short word (two or three letters) of a multi-word mark takes no edit budget, only what a reader
still sees as it: two letters swapped or one doubled (Jte Set, Air Maxx, Tiic Tac), the other words
as registered or within their own bounds.

A mark written without its vowels (Smsng, Brbrry, Wlsn) is detectors/vowel_drop.py's (rule vowel_drop).

A masked letter (G*cci, *ucci; emoji and symbols fold to "*" in the latin view; "?", "#", "_" between letters)
stands for exactly one letter: rule intrusion. Two masked letters count in a mark of five letters or more when three
letters or more are shown (G**ci, D?s?n), though a mark under nine letters takes one edit only: a mask hides a
letter, it does not misspell one. A hyphen inside a word may stand for a letter too (Swar-vski, Ha-b-o), unless
the word's pieces are all common English words (x-ray, wi-fi: a compound).

Two letters swapped across the one between them ("abode" for Adobe, "Lorex" for Rolex: two edits, which
a mark under nine letters does not take) is a weak candidate for single-word marks of five letters or
more: it needs corroboration, and a cue or a price far below the floor when it is a common English word
("abode"); words counted COMMON_MISSPELLING_MAX_COUNT times or more are never read so.
"""

from __future__ import annotations

import re
import string
from functools import lru_cache

import numpy as np
from rapidfuzz.distance import OSA

from schemas import Listing, MarkFingerprint, Rule
from services.matcher.core import table_cache
from services.matcher.core.memo import Memo, MemoSet
from services.matcher.core.context.sectors import DEFAULT_SECTORS
from services.matcher.core.context.language import (COMMON_ZIPF, FOREIGN_ZIPF, NATIONAL_CYRILLIC, common_as_written,
                                                    greek_own_form, national_cyrillic_word, top_zipf)
from services.matcher.core.detectors.base import Catalogue, Detector
from services.matcher.core.detectors.identifiers import vendor_ids
from services.matcher.core.detectors.marks import degrees_figure, is_wide_mark
from services.matcher.core.fuzzy import FuzzyIndex, WordHashes, common_words, deletes
from services.matcher.core.normalise import FIELD_SEPARATOR, ListingText, leet_word, mark_words
from services.matcher.core.scoring import Evidence, join_detail
from services.matcher.core.sounds import liquids_swapped, written_by_sound
from services.matcher.core.word_frequencies import zipf_frequency

_WORD = re.compile(r"[a-z0-9]+")
_GREEK = re.compile("[\u0370-\u03ff\u1f00-\u1fff]")
# a word of the leet view with masked letters: "*" anywhere (symbols and emoji fold to it: G●cci), and
# "?", "#", "_" between letters (Ad#be, Bo?ch, Callaw_y; a leading "#" is a hashtag)
_MASKED = re.compile(r"[a-z*]*(?:\*|(?<=[a-z])[?#_]+(?=[a-z]))[a-z*?#_]*")
# ... and a word opened by masks "?" or "_" (?o?dan, _lin_que, ??ezy; a leading "#" is a hashtag's)
_OPENED_MASKED = re.compile(r"(?<![a-z0-9*?#_])[?_]+[a-z][a-z*?#_]*")
_MASK_CHARS = ("*", "?", "#", "_")
_ANY_MASK = re.compile("[" + re.escape("".join(_MASK_CHARS)) + "]")
_TO_MASK = str.maketrans("?#_", "***")
# a word of the leet view cut by one or two hyphens, each of which may stand for one letter (Swar-vski, Ha-b-o)
_HYPHENATED = re.compile(r"(?<![a-z0-9*?#_-])[a-z]+(?:-[a-z]+){1,2}(?![a-z0-9*?#_]|-[a-z0-9])")
MIN_HYPHEN_MASKED = 5  # letters and hyphens: shorter hyphenated words are too many ordinary words and codes
# common English words counted less often than this in symspellpy's frequency dictionary (and at least
# FuzzyConfig.common_word_count) may be misspellings of a mark, with the brand's category and a cue
COMMON_MISSPELLING_MAX_COUNT = 10_000_000
# an ordinary English word (wordfreq's Zipf scale, 'en'): about once per 300,000 words or more (`_edited_words_common`)
ORDINARY_ZIPF = 3.5



# (words56, issue 9) the word "original" as the markets' languages inflect and spell it (as the latin view folds them): the
# seller's claim or denial of originality ("ei ole originaal", "ne originalas", "orijinal değil", "nie oryginalny"), one or
# two edits from adidas' Originals but never a misspelling of it. Estonian, Lithuanian, Latvian, Italian, Spanish,
# Portuguese, Dutch, Polish, Turkish, Albanian, Balkan, Finnish, Scandinavian, Romanian (the author's knowledge)
ORIGINAL_WORDS = frozenset({
    "originaal", "originaali", "originalas", "originalus", "originali", "originala", "originalai", "originale",
    "originales", "originais", "origineel", "originele", "oryginal", "oryginalny", "oryginalna", "oryginalne", "orijinal",
    "orijinali", "orjinal", "orijinaldir", "origjinal", "origjinale", "originalen", "originalna", "originalni",
    "originalno", "originalt", "originalet", "originalul", "originalne", "originalny"})

class MisspellingDetector(Detector):
    name = "misspellings"

    def __init__(self, catalogue: Catalogue) -> None:
        super().__init__(catalogue)
        self.index = FuzzyIndex(self.config.fuzzy)
        self._mark_words: dict[int, tuple[str, ...]] = {}  # fingerprint -> words, for multi-word marks
        self._parts: dict[str, list[tuple[int, int]]] = {}  # word -> (fingerprint, position) in multi-word marks
        self._part_words: frozenset[str] = frozenset()
        self._gate: frozenset[str] = frozenset()  # keys of _three, _common and _part_words
        self._short_masked: dict[str, str] = {}  # "h*t" -> "hot": one masked letter of a short word of a multi-word mark
        self._three: dict[str, list[int]] = {}  # misspellings of three-letter marks -> fingerprints
        self._single: dict[str, list[int]] = {}  # single-word marks (everyday ones of 5+ letters) -> fingerprints
        self._common: dict[str, list[tuple[int, str]]] = {}  # common word -> (fingerprint, mark word) one edit away
        # two letters swapped across one (abode, lorex) -> fingerprints: hashed, about 12 bytes a variant (a mark of
        # n letters has up to n - 2; as a dict of strings they were the biggest table of the matcher)
        self._swapped = WordHashes(())
        self._swapping: list[tuple[str, int]] = []  # (mark word, fingerprint) until compile
        self._not_swapped = MemoSet(self.config.fuzzy.token_cache_size)  # listing words known to be no swapped spelling
        self._swapped_common: frozenset[str] = frozenset()  # those that are common English words: need a cue
        self._common_pieces: frozenset[str] = frozenset()  # common English words: a hyphenated compound of them is no mask
        self._masked_memo: Memo = Memo(self.config.fuzzy.token_cache_size)  # masked pattern -> word ids (`_masked_ids`)

    def add(self, i: int, fp) -> str | None:
        if not isinstance(fp, MarkFingerprint) or is_wide_mark(fp.value):
            return None
        word = leet_word(fp.value)
        self.index.add(word, i)
        if word.isalpha() and len(word) >= self.config.fuzzy.min_mark_length + fp.everyday_word:
            self._single.setdefault(word, []).append(i)  # an everyday mark of five letters or more (canon, adobe)
        if len(word) >= 5 and word.isalpha():  # Adobe: abode, Rolex: lorex (weak: needs corroboration)
            self._swapping.append((word, i))
        if len(word) == 3 and word.isalpha():  # BMW: BWM, BBMW, BMWW (weak: needs corroboration)
            for variant in _three_letter_variants(word):
                self._three.setdefault(variant, []).append(i)
        if len(words := mark_words(fp.value)) > 1:  # "Luis Vuitton" is looked for word by word
            self._mark_words[i] = words
            for position, word in enumerate(words):
                self._parts.setdefault(word, []).append((i, position))
        return None

    def compile(self) -> None:
        # a word of many multi-word marks ("Air" of Air Max, Air Force …) would check them all at every mention
        self._parts = {w: p for w, p in self._parts.items() if len(p) <= self.config.fuzzy.max_marks_per_word}
        for word in self._parts:
            self.index.add(word, None)
        self.index.compile()
        self._part_words = frozenset(self._parts)
        # short words of multi-word marks are indexed without edits, so their masked spellings ("h?t" of Hot
        # Wheels) are listed here: a masked spelling of exactly one such word may stand for it inside the mark
        short: dict[str, set[str]] = {}
        for word in self._parts:
            if 1 < len(word) < self.config.fuzzy.min_mark_length and word.isalpha():
                for k in range(len(word)):
                    short.setdefault(f"{word[:k]}*{word[k + 1:]}", set()).add(word)
        # a pattern several such words fit ("t*c": Tic and Tac) stands as itself, checked against the mark's word
        # at its place (T#c Tac)
        self._short_masked = {pattern: next(iter(w)) if len(w) == 1 else pattern for pattern, w in short.items()}
        common = common_words(self.config.fuzzy.common_word_count)
        self._common_pieces = common
        self._three = {v: fps for v, fps in self._three.items() if v not in common}
        self._common = self._common_near(self._single) if self.config.fuzzy.skip_dictionary_words else {}
        marks = set(self._single) | set(self._parts)
        very_common = common_words(COMMON_MISSPELLING_MAX_COUNT)
        swapped = [(v, i) for word, i in self._swapping for v in _swapped_across_one(word)
                   if v not in marks and v not in very_common]
        self._swapped = WordHashes(swapped)
        self._swapped_common = frozenset(v for v, _ in swapped if v in common)
        self._swapping = []
        # one gate for the three word tables below: a listing's words are intersected with it once
        self._gate = frozenset().union(self._three, self._common, self._part_words)
        self._single = {}

    def detect(self, text: ListingText, listing: Listing) -> list[Evidence]:
        if not (self.config.fuzzy.enabled and len(self.index)):
            return []
        out, masked = self._masked(text) if _ANY_MASK.search(text.latin) or "-" in text.latin else ([], {})
        words = text.leet_words()
        # letters spelt apart (d-Y-s-N-o, b.e.p.a.n.t.g.e.n): the run joined is one token, so that a second disguise
        # on the spelt-apart mark (an edit, a doubled letter, a swap) is read like the same disguise on the word
        spelled = _spelled_apart(text.leet) if sum(len(w) == 1 for w in words) >= MIN_SPELLED else []
        if spelled:
            words = words + [t for t, _, _ in spelled]
        gated = self._gate.intersection(words)  # the words that are in any of the tables: usually none
        if gated:
            if not self._three.keys().isdisjoint(gated):
                out.extend(self._three_letter(text, spelled))
            if not self._common.keys().isdisjoint(gated):
                out.extend(self._common_words(text, spelled))
        if swapped := self._swapped_words(words):
            out.extend(self._swapped_letters(text, swapped, spelled))
        if (not masked and not spelled and not self.index.tokens_with_candidates(words)
                and self._part_words.isdisjoint(gated)):
            return self.in_category(out, text, listing)
        tokens = [(m.group(), m.start(), m.end()) for m in _WORD.finditer(text.leet)]
        if masked:  # a masked word of a multi-word mark ("Canada G•ose") stands as that word, its masks as edits
            tokens = sorted([t for t in tokens if not any(s <= t[1] < e for s, e in masked)]
                            + [(word, s, e) for (s, e), (word, _) in masked.items()], key=lambda t: t[1])
        spelled_spans = {(s, e) for _, s, e in spelled}
        if spelled:  # the run's single letters give way to the run joined
            tokens = sorted([t for t in tokens if not any(s <= t[1] < e for _, s, e in spelled)] + spelled,
                            key=lambda t: t[1])
        multi_word_starts: set[tuple[int, int]] = set()  # (fingerprint, first token) of the multi-word hits
        national = not text.is_ascii and not NATIONAL_CYRILLIC.isdisjoint(text.original)  # сөмке: _national_word
        greek = not text.is_ascii and _GREEK.search(text.original) is not None  # λέγω: _greek_form
        # a vendor id after its register's word ("PCI vendor 144D", "VID_05A7&PID_1C4D") is hex digits, not a word in
        # digits for letters ("144D" read as "iaad", one edit from iPad: detectors/identifiers.py reads it; ids28)
        vendor_spans = {(s, e) for s, e, _, _ in vendor_ids(text.original)} if any(
            ch.isdigit() for ch in text.original) else set()
        exclaimed = "!" in text.original
        for n, (token, start, end) in enumerate(tokens):
            if vendor_spans and text.original_span("latin", start, end) in vendor_spans:
                continue
            # a word written in a script without Latin look-alikes (সোনী, নিকা) is one edit from a mark only as anyascii
            # spells it ("soni", "nika": names too): a sound-alike, which needs a cue or a far-low price
            by_sound = not text.is_ascii and written_by_sound(text.original, *text.original_span("latin", start, end))
            if (start, end) not in masked:
                spelt = (start, end) in spelled_spans
                zipf = top_zipf(token) if spelt else 0.0
                if zipf >= COMMON_ZIPF:
                    continue  # "p*u*m*a*s", "s·o·f·f·i·c·e": a common word spelt apart (a sign, a print), that word
                if by_sound is False and not text.is_ascii and (_common_as_written(text, start, end)
                                                                or national and _national_word(text, start, end)
                                                                or greek and _greek_form(text, start, end)):
                    continue  # German "märz" is keyed as "marz", one edit from Mars: the word as written is March;
                    # Kazakh сөмке ("bag") read by its look-alikes as "comke", one edit from Coke, is a bag; Greek
                    # λέγω ("I say") read as "leyo", one edit from LEGO, is a verb (floor54)
                if exclaimed and _exclaimed_word(text, start, end):
                    continue  # (market35) "ingat original!", "so good!": a common word and its exclamation mark, not
                    # a leet letter ("original!" read "originali", one edit from adidas Originals)
                if token in ORIGINAL_WORDS:
                    continue  # (words56) "ei ole originaal", "nav oriģināls": the word "original", no adidas Originals
                for word_id, distance in self.index.lookup(token):
                    if distance > 1 and token in goods_nouns():
                        continue  # (reader50) "ultrabook" is a laptop, the trade's noun, not Ultraboost two edits off
                    why = self._weak(token, self.index.words[word_id])
                    for i in self.index.word_fingerprints(word_id):
                        out.append(e := self._signal(text, i, start, end, distance, why))
                        if spelt:
                            e.detail = join_detail(e.detail, "its letters spelt apart, a separator between every letter")
                        if by_sound:
                            e.needs_corroboration = e.needs_cue = True
                            e.detail = join_detail(e.detail, "written in another script: as its letters are spelt in "
                                                             "Latin; needs the brand's category and a cue or a price far "
                                                             "below the floor")
                        if liquids_swapped(token, self.index.words[word_id]):  # Rightloom, Risteline: another word
                            e.needs_corroboration = e.needs_cue = True
                            e.detail = join_detail(e.detail, "its l and r swapped (Lorex, Rolex): another word to the "
                                                             "ear; needs the brand's category and a cue or a price far "
                                                             "below the floor")
                        if zipf >= FOREIGN_ZIPF:  # "a·n·n·e·s·s·a" (Italian), "b~o~s~c~o": a word spelt apart, unless a cue
                            e.needs_corroboration = e.needs_cue = True
                            e.detail = join_detail(e.detail, "a word of a language (wordfreq): needs the brand's "
                                                             "category and a cue or a price far below the floor")
                    multi_word_starts.update((i, n - k) for i, k in self._parts.get(self.index.words[word_id], ()))
            multi_word_starts.update((i, n - k) for i, k in self._parts.get(token, ()))
        covered = []  # multi-word hits: a misspelt word inside one ("Gose" of "Canada Gose") is that mark's word
        for i, first in sorted(multi_word_starts):
            words_of_mark = self._mark_words[i]
            found = self._multi_word_distance(text, tokens, first, words_of_mark, masked)
            if found is not None:
                distance, masks = found
                out.append(e := self._signal(text, i, tokens[first][1], tokens[first + len(words_of_mark) - 1][2], distance))
                if any((t[1], t[2]) in spelled_spans for t in tokens[first:first + len(words_of_mark)]):
                    e.detail = join_detail(e.detail, "its letters spelt apart, a separator between every letter")
                if masks:
                    e.rule, e.weight, e.detail = Rule.intrusion, self.weights.confusable, join_detail(e.detail, "a masked letter (a symbol in place of a letter)")
                elif self._edited_words_common(tokens[first:first + len(words_of_mark)], words_of_mark):
                    e.needs_corroboration = e.needs_cue = True  # "day rate" for Day-Date, "air mix" for Air Max
                    e.detail = join_detail(e.detail, "its edited words are common English words: needs the brand's "
                                                     "category and a cue or a price far below the floor")
                covered.append((e.field, e.start, e.end, distance))
        if covered:
            out = [e for e in out if not (e.rule is Rule.fuzzy and any(
                f == e.field and s <= e.start and e.end <= t and (e.end - e.start < t - s) and d <= e.distance
                for f, s, t, d in covered))]
        return self.in_category(out, text, listing)

    def _weak(self, token: str, word: str) -> str:
        """Why a candidate needs corroboration ("" when it does not)."""
        if token in self.index.rare_words:
            return "a rare English word one edit from the mark"
        if len(token) < self.config.fuzzy.min_mark_length:
            return "a short mark with a letter missing"
        if len(word) <= self.config.fuzzy.min_mark_length and token[1:] == word[1:]:
            return "a four-letter mark with its first letter replaced"  # bose: gose, hose, jose ...
        return ""

    def _signal(self, text: ListingText, i: int, start: int, end: int, distance: int, weak: str = "") -> Evidence:
        field, start, end, matched = text.locate(*text.original_span("latin", start, end))
        weight = self.weights.fuzzy_distance_1 if distance == 1 else self.weights.fuzzy_distance_2
        fp = self.fingerprints[i]
        detail = f"{distance} edit(s) from the mark" + (f"; {weak}: needs corroboration" if weak else "")
        return Evidence(Rule.fuzzy, weight, i, field, start, end, matched, fp.value, distance=distance,
                        detail=detail, everyday=fp.everyday_word, needs_corroboration=bool(weak))

    def _three_letter(self, text: ListingText, spelled: list[tuple[str, int, int]] = ()) -> list[Evidence]:
        out = []
        for word, start, end in _words_and(text, spelled):
            for i in self._three.get(word, ()):
                out.append(self._signal(text, i, start, end, 1, "a three-letter mark with two letters swapped or one doubled"))
        return out

    def _common_near(self, marks: dict[str, list[int]]) -> dict[str, list[tuple[int, str]]]:
        """Common words (counted from common_word_count to COMMON_MISSPELLING_MAX_COUNT) one edit (OSA) from
        a single-word mark: the marks' one-letter deletes looked up among the words' (_common_deletes)."""
        groups, words = _common_deletes(self.config.fuzzy.common_word_count, COMMON_MISSPELLING_MAX_COUNT)
        by_length: dict[int, list[tuple[bytes, str]]] = {}
        for mark in marks:
            for key in deletes(mark, 1):
                raw = key.encode("utf-8", "surrogatepass")  # the words' keys are ASCII: no other key's bytes equal one
                by_length.setdefault(len(raw), []).append((raw, mark))
        near = set()
        for length, probes in by_length.items():
            if (group := groups.get(length)) is None:
                continue
            keys, owners = group
            wanted = np.array([raw for raw, _ in probes], dtype=f"S{length}")
            lows, highs = keys.searchsorted(wanted, "left"), keys.searchsorted(wanted, "right")
            near.update((words[w], probes[n][1]) for n in np.flatnonzero(highs > lows).tolist()
                        for w in owners[lows[n]:highs[n]].tolist())
        out: dict[str, list[tuple[int, str]]] = {}
        for word, mark in sorted(near):
            if word != mark and OSA.distance(word, mark, score_cutoff=1) == 1:
                out.setdefault(word, []).extend((i, mark) for i in marks[mark])
        return out

    def _swapped_words(self, words: list[str]) -> dict[str, list[int]]:
        """The listing's words that are single-word marks of five letters or more with two letters swapped across
        the one between them -> those marks' fingerprints (a word found to be none is remembered, up to
        `token_cache_size` words)."""
        if self._not_swapped.issuperset(words):  # every word seen before: one C call
            return {}
        out = {}
        for word in set(words).difference(self._not_swapped):
            if len(word) >= 5 and word.isalpha():
                fps = [i for i in self._swapped.get(word) if word in _swapped_across_one(leet_word(self.fingerprints[i].value))]
                if fps:
                    out[word] = fps
                    continue
            self._not_swapped.remember(word)
        return out

    def _swapped_letters(self, text: ListingText, swapped: dict[str, list[int]],
                         spelled: list[tuple[str, int, int]] = ()) -> list[Evidence]:
        out = []
        for word, start, end in _words_and(text, spelled):
            for i in swapped.get(word, ()):
                e = self._signal(text, i, start, end, 2, "two letters swapped across the one between them")
                if word in self._swapped_common:
                    e.detail += "; a common English word: with a counterfeit cue"
                    e.needs_cue = True
                out.append(e)
        return out

    def _common_words(self, text: ListingText, spelled: list[tuple[str, int, int]] = ()) -> list[Evidence]:
        out = []
        for word, start, end in _words_and(text, spelled):
            for i, _ in self._common.get(word, ()):
                e = self._signal(text, i, start, end, 1, "a common English word one edit from the mark")
                e.detail += " with a counterfeit cue"
                e.needs_cue = True
                out.append(e)
        return out

    def _masked(self, text: ListingText) -> tuple[list[Evidence], dict[tuple[int, int], tuple[str, int]]]:
        """Evidence for masked marks, and the masked words of multi-word marks: leet span -> (word, masks)."""
        out, parts = [], {}
        for written, start, hyphens in self._masked_words(text):
            pattern = written.translate(_TO_MASK)
            span = (start, start + len(written))
            if not hyphens and (word := self._short_masked.get(pattern)) is not None:
                parts[span] = (word, 1)  # only as a word of its mark, checked with the others by _multi_word_distance
            found = []
            for word_id in self._masked_ids(pattern):
                word = self.index.words[word_id]
                if word in self._parts:
                    parts[span] = (word, pattern.count("*"))
                found.extend(self.index.word_fingerprints(word_id))
            if not found:
                continue
            field, start, end, matched = text.locate(*text.original_span("latin", *span))
            if degrees_figure(matched):
                continue  # "805°": a number of degrees (a coordinate, an angle, a temperature), no masked Bose (ids28)
            # a pattern several brands' marks fit (*o*ch: Coach, Bosch) names none of them for sure: the brand's
            # category with a cue or a low price decides
            shared = len({self.catalogue.fingerprint_brand[i] for i in found}) > 1
            for i in found:
                fp = self.fingerprints[i]
                detail = "a hyphen in place of a letter" if hyphens else "a masked letter (a symbol in place of a letter)"
                if shared:
                    detail += "; the masked pattern fits marks of several brands: needs corroboration"
                out.append(Evidence(Rule.intrusion, self.weights.confusable, i, field, start, end, matched, fp.value,
                                    detail=detail, needs_corroboration=shared))
        return out, parts

    def _masked_words(self, text: ListingText):
        """(written, leet offset, whether its masks are hyphens) of every word with masked letters: symbols (G*cci,
        D?s?n, G••ci), or hyphens standing for letters (Swar-vski, Ha-b-o) in a word of MIN_HYPHEN_MASKED letters or
        more whose pieces are not all common English words (an ordinary compound, "x-ray", "wi-fi", is no mask)."""
        leet = text.leet
        if _ANY_MASK.search(leet):
            opened = {m.start(): m for m in _OPENED_MASKED.finditer(leet)}
            for m in _MASKED.finditer(leet):
                if any(s < m.start() < o.end() for s, o in opened.items()):
                    continue  # inside a word opened by masks: read whole below
                written = m.group().rstrip("?#_")
                if _footnote_star(written) and _FOOTNOTE.search(text.original):
                    continue  # "100% Original*" … "*original design": a footnote's star after a whole word, no mask
                yield written, m.start(), False
            for m in opened.values():
                written = m.group().rstrip("?#_")
                if _ANY_MASK.search(written, 1) or written[0] in "?_":
                    yield written, m.start(), False
        if "-" in leet:
            for m in _HYPHENATED.finditer(leet):
                written = m.group()
                pieces = written.split("-")
                if len(written) < MIN_HYPHEN_MASKED or all(len(p) > 1 and p in self._common_pieces for p in pieces):
                    continue
                yield written.replace("-", "*"), m.start(), True

    def _masked_ids(self, pattern: str) -> tuple[int, ...]:
        """index.masked, and for two masked letters in a mark too short for two edits (D?s?n, G**ci): the first
        mask tried as each letter, when three letters or more are shown. Remembered per pattern (the index does not
        change after compile), up to `token_cache_size` patterns."""
        found = self._masked_memo.get(pattern)
        if found is None:
            found = self._masked_memo.remember(pattern, tuple(self._masked_lookup(pattern)))
        return found

    def _masked_lookup(self, pattern: str) -> list[int]:
        found = self.index.masked(pattern)
        if found or pattern.count("*") != 2 or len(pattern) - 2 < 3 or len(pattern) > self.config.fuzzy.max_token_length:
            return found
        head, _, tail = pattern.partition("*")
        return sorted({w for letter in string.ascii_lowercase for w in self.index.masked(f"{head}{letter}{tail}")})

    def _edited_words_common(self, tokens: list[tuple[str, int, int]], words: tuple[str, ...]) -> bool:
        """Whether a multi-word hit is written wholly in common English words of two letters or more (symspellpy's list,
        FuzzyConfig.common_word_count, and wordfreq's English Zipf ORDINARY_ZIPF or more: "micheal", "kors" are in the
        first, names and misspellings, not the second), one of them edited ("day rate" for Day-Date, "air mix" for Air Max): ordinary
        words, as a single common word one edit from a mark is (`_common_words`), no misspelling on their own. "L real"
        for L'Oréal is not: its "l" is no word."""
        tokens = [token for token, _, _ in tokens]
        return tokens != list(words) and all(len(t) > 1 and t in self._common_pieces and zipf_frequency(t, "en") >= (
            ORDINARY_ZIPF) for t in tokens)

    def _multi_word_distance(self, text: ListingText, tokens: list[tuple[str, int, int]], first: int,
                             words: tuple[str, ...], masked: dict) -> tuple[int, int] | None:
        """The edits between the tokens from `first` on and a multi-word mark's words ("Luis Vuiton" is
        "Louis Vuitton" in 2): each word within its own bound, the sum within the whole mark's; None if
        not. Returns (edits, of which masked letters)."""
        if first < 0 or first + len(words) > len(tokens):
            return None
        if FIELD_SEPARATOR in text.leet[tokens[first][1]:tokens[first + len(words) - 1][2]]:
            return None
        total = masks = 0
        for word, (token, start, end) in zip(words, tokens[first:first + len(words)]):
            if (start, end) in masked:
                if token != word and not _fits_mask(token, word):
                    return None
                masks += masked[start, end][1]
                total += masked[start, end][1]
            elif token != word:
                bound = self.index.max_distance(len(word))
                if not bound:
                    # a short word (Jet of Jet Set, Max of Air Max) takes only what a reader still sees as
                    # it: two letters swapped or one doubled (Jte Set, Air Maxx, Tiic Tac, Play-Dohh)
                    if not (word.isalpha() and token in _three_letter_variants(word)):
                        return None
                    total += 1
                    continue
                distance = OSA.distance(token, word, score_cutoff=bound)
                if distance > bound:
                    return None
                total += distance
        return (total, masks) if 0 < total <= max(masks, self.index.max_distance(sum(map(len, words)))) else None

    def memory_bytes(self) -> int:
        return self.index.memory_bytes() + self._swapped.nbytes + 100 * len(self._gate)

    def stats(self) -> dict[str, int]:
        return {"fuzzy_words": len(self.index)}



MIN_SPELLED = 4  # letters spelt apart: a run of this many single letters (B.O.S.E; "a b c" is three)
# a run of MIN_SPELLED or more single letters or digits of the leet view (a mask "*" too is a separator between single
# letters: S*A*M*S*U*G*N), each cut from the next by one to five characters that are no letter, digit or line break
_SPELLED_RUN = re.compile(rf"(?<![a-z0-9])[a-z0-9](?:[^a-z0-9\n]{{1,5}}[a-z0-9](?![a-z0-9])){{{MIN_SPELLED - 1},}}")
_SPELLED_GAP = re.compile(r"[^a-z0-9]+")


def _words_and(text: ListingText, spelled: list[tuple[str, int, int]]):
    """(word, start, end) of the leet view's words, then of its letters spelt apart, joined (`_spelled_apart`)."""
    for m in _WORD.finditer(text.leet):
        yield m.group(), m.start(), m.end()
    yield from spelled


def _common_as_written(text: ListingText, start: int, end: int) -> bool:
    """Whether the listing's letters behind the leet view's span [start, end), accents and all, are a common word of a
    language (context/language.common_as_written): the fuzzy index sees the folded letters ("marz"), which no list
    holds, for the German "märz"."""
    matched = text.locate(*text.original_span("latin", start, end))[3]
    return not matched.isascii() and common_as_written(matched)


def _exclaimed_word(text: ListingText, start: int, end: int) -> bool:
    """Whether the listing's letters behind the leet view's span [start, end) end in exclamation marks after a whole
    common word of a language (COMMON_ZIPF): "original!" is the word "original" exclaimed, not "originali" one edit from
    adidas Originals (outsider33's c_buyer_show33, "kawan semua ingat original!"). A stem that is no common word ("Adida!",
    "Rol3x!") is read as a leet letter as before (market35, issue 9)."""
    s, e = text.original_span("latin", start, end)
    written = text.original[s:e]
    if not written.endswith("!"):
        return False
    stem = written.rstrip("!")
    return len(stem) > 2 and stem.isalpha() and common_as_written(stem)


def _national_word(text: ListingText, start: int, end: int) -> bool:
    """Whether the listing's letters behind the leet view's span [start, end) are a word of a Cyrillic orthography with
    no word list, in a listing written in Cyrillic (context/language.national_cyrillic_word)."""
    s, e = text.original_span("latin", start, end)
    matched = text.original[s:e]
    return not matched.isascii() and national_cyrillic_word(matched, text.original[:s] + " " + text.original[e:])


def _greek_form(text: ListingText, start: int, end: int) -> bool:
    """Whether the listing's letters behind the leet view's span [start, end) are an inflected Greek form in a listing
    written in Greek (context/language.greek_own_form: λέγω, read by its look-alikes as "leyo")."""
    s, e = text.original_span("latin", start, end)
    return greek_own_form(text.original[s:e], text.original[:s] + " " + text.original[e:])


def _spelled_apart(leet: str) -> list[tuple[str, int, int]]:
    """(letters joined, start, end) of the words of each run of letters spelt apart in the leet view (`_SPELLED_RUN`):
    the run is cut where its separator is not the one it uses most, which parts words ("c-a-n-a-d-a- -g-o-o-o-s-e": canada,
    gooose; "m*i*c*h*a*a*e*l***k*o*r*s": michaael, kors) and ends a word before another text ("g-n-u-d-a-m 1/100":
    gnudam); a part of one letter is left alone."""
    out = []
    for m in _SPELLED_RUN.finditer(leet):
        run, at = m.group(), m.start()
        gaps = _SPELLED_GAP.findall(run)
        usual = max(gaps, key=gaps.count)  # the first of the most used: not a set, whose order is the hash seed's
        piece, begin = run[0], at
        for k, gap in enumerate(gaps):
            letter_at = at + 1 + sum(len(g) + 1 for g in gaps[:k]) + len(gap)
            if gap != usual:
                if len(piece) > 1:
                    out.append((piece, begin, letter_at - len(gap)))
                piece, begin = "", letter_at
            piece += leet[letter_at]
        if len(piece) > 1:
            out.append((piece, begin, m.end()))
    return out


@lru_cache(maxsize=2)
def _common_deletes(low: int, high: int) -> tuple[dict[int, tuple[np.ndarray, np.ndarray]], list[str]]:
    """The English words counted from `low` to below `high`, filed under themselves and their one-letter deletes:
    ({length of a key: (the keys of that length, sorted; the word each belongs to)}, the words). Kept in the table
    cache (table_cache.py; ~0.2 s CPU of every build made anew, issue 16); a key is found by binary search."""
    arrays = table_cache.cached(f"misspellings-common-deletes-{low}-{high}", lambda: common_deletes_arrays(low, high))
    words = arrays["words"].tobytes().decode("ascii").split("\n") if len(arrays["words"]) else []
    return {int(name[1:]): (keys, arrays[f"o{name[1:]}"]) for name, keys in arrays.items() if name[0] == "k"}, words


def common_deletes_arrays(low: int, high: int) -> dict[str, np.ndarray]:
    """_common_deletes' arrays: `words` (ASCII, one a line), `k<n>` the keys of n letters sorted, `o<n>` their words."""
    words = sorted(w for w in common_words(low) - common_words(high) if w.isalpha() and w.isascii())
    keys: dict[int, list[tuple[bytes, int]]] = {}
    for n, word in enumerate(words):
        for key in deletes(word, 1):
            keys.setdefault(len(key), []).append((key.encode("ascii"), n))
    arrays = {"words": np.frombuffer("\n".join(words).encode("ascii"), dtype=np.uint8)}
    for length in sorted(keys):
        pairs = sorted(keys[length])
        arrays[f"k{length}"] = np.array([k for k, _ in pairs], dtype=f"S{length}")
        arrays[f"o{length}"] = np.array([n for _, n in pairs], dtype=np.int32)
    return arrays


def _fits_mask(pattern: str, word: str) -> bool:
    """Whether a masked spelling ("t*c") fits the word ("tic", "tac"), one masked letter for one letter."""
    return len(pattern) == len(word) and all(p == "*" or p == c for p, c in zip(pattern, word))


def _swapped_across_one(word: str) -> set[str]:
    """Two letters swapped across the one between them: adobe -> abode, obade, adeba (ado -> oda ...)."""
    return {word[:k] + word[k + 2] + word[k + 1] + word[k] + word[k + 3:] for k in range(len(word) - 2)
            if word[k] != word[k + 2]}


# a footnote: a star opening a note, at the start of the text or of a line or after a space ("*original design")
_FOOTNOTE = re.compile(r"(?:^|(?<=\s))\*\s?[^\W\d_]", re.MULTILINE)


def _footnote_star(written: str) -> bool:
    """Whether a word's only mask is one star after it and the letters before it are a whole common word of a language
    (COMMON_ZIPF): with a footnote in the listing (`_FOOTNOTE`), "Original*", "Free*", "New*" mark that note
    ("100% Original*" … "*original design, not from the brand"), and such a star hides no last letter ("Original*" is
    no adidas Originals). Without a note the star may be a mask (Role* is Rolex); a mark's stem that is no common word
    (Gucc*, Prad*) is read as masked either way."""
    return (len(written) > 4 and written.endswith("*") and written.count("*") == 1 and written[:-1].isalpha()
            and common_as_written(written[:-1]))


def _three_letter_variants(word: str) -> set[str]:
    """Two neighbours swapped or one letter doubled: bmw -> mbw, bwm, bbmw, bmmw, bmww."""
    swapped = {word[:k] + word[k + 1] + word[k] + word[k + 2:] for k in range(len(word) - 1)}
    doubled = {word[:k] + word[k] + word[k:] for k in range(len(word))}
    return (swapped | doubled) - {word}


@lru_cache(maxsize=1)
def goods_nouns() -> frozenset[str]:
    """The one-word goods nouns of the sectors' keywords (context/sectors.DEFAULT_SECTORS: laptop, ultrabook, parka,
    sneaker ...), lower-case Latin: a word the trade names goods by is that noun, no mark two edits from it (reader50,
    issue 9: "ultrabook" read as Ultraboost)."""
    return frozenset(w for words in DEFAULT_SECTORS.values() for w in words
                     if w.isascii() and w.isalpha() and len(w) >= 5)
