"""Chinese aliases written with other characters of the same reading (耐克 as 奈克, nài kè): rule homophone.

Each alias of two or more Han characters is filed by its toneless pinyin, one private-use
character per syllable, in an automaton: under each character's most common reading and under the alias's
reading as a word (chinese.alias_readings: 欧米茄 is ou mi jia); the runs of non-ASCII characters of
a listing are translated the same way (one character each, so offsets are the NFKC view's) and searched. A
hit spelled like the alias or its other-script form is the wide-alias detector's; any other is a
homophone, which, like a misspelling of a short mark, needs corroboration (the brand's category
plus a cue or a low price): many words share a reading.
"""

from __future__ import annotations

import re
from typing import Iterator

from schemas import Listing, MarkFingerprint, Rule
from services.matcher.core.chinese import alias_readings, squeeze, is_han, readings, script_variants
from services.matcher.core.detectors.base import Catalogue, Detector
from services.matcher.core.normalise import ListingText, nfkc_text
from services.matcher.core.scoring import Evidence
from services.matcher.core.terms import TermTable

_NON_ASCII_RUN = re.compile(r"[^\x00-\x7f]+")


class HomophoneDetector(Detector):
    name = "homophones"

    def __init__(self, catalogue: Catalogue) -> None:
        super().__init__(catalogue)
        self.table = TermTable("readings")
        self._spellings: dict[int, set[str]] = {}  # fingerprint -> its own spellings (alias and script variants)

    def add(self, i: int, fp) -> str | None:
        if not isinstance(fp, MarkFingerprint):
            return None
        alias = squeeze(nfkc_text(fp.value).strip())  # 迈克.科尔斯 is read mai ke ke er si
        if len(alias) < 2 or not all(is_han(c) for c in alias):
            return None
        keys = alias_readings(alias)
        if not keys:
            return None
        for key in keys:
            self.table.add(key, i)
        self._spellings[i] = {alias} | script_variants(alias)
        return None

    def compile(self) -> None:
        self.table.compile()

    def detect(self, text: ListingText, listing: Listing) -> list[Evidence]:
        if text.is_ascii or not self._spellings:
            return []
        squeezed = text.squeezed  # 麦克.科尔斯, 奈 克
        nfkc = squeezed.text if squeezed else text.nfkc
        out = []
        for start, end, term_id in self._raw_hits(nfkc):
            written = nfkc[start:end]
            for i in self.table.fingerprints(term_id):
                if written in self._spellings[i]:
                    continue
                fp = self.fingerprints[i]
                span = squeezed.original(start, end) if squeezed else (start, end)
                field, s, e, matched = text.locate(*text.original_span("nfkc", *span))
                out.append(Evidence(Rule.homophone, self.weights.fuzzy_distance_1, i, field, s, e, matched, fp.value,
                                    detail="other characters of the same pinyin as the alias; needs corroboration",
                                    everyday=fp.everyday_word, needs_corroboration=True))
        return self.in_category(out, text, listing)

    def _raw_hits(self, nfkc: str) -> Iterator[tuple[int, int, int]]:
        """(start, end, term id) of the aliases' readings in the text. An alias is all Han, so a hit lies
        inside a run of non-ASCII characters: only those runs are read (a title's Latin words and the
        description cost nothing)."""
        for run in _NON_ASCII_RUN.finditer(nfkc):
            for start, end, term_id in self.table.raw_hits(readings(run.group())):
                yield run.start() + start, run.start() + end, term_id

    def memory_bytes(self) -> int:
        return self.table.memory_bytes() + 200 * len(self._spellings)

    def stats(self) -> dict[str, int]:
        return {"homophone_patterns": len(self.table)}
