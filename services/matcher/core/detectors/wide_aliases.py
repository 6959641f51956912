"""Marks and aliases in scripts without word boundaries (博士, 加拿大鹅), matched anywhere in the NFKC view."""

from __future__ import annotations

from schemas import Listing, MarkFingerprint, Rule
from services.matcher.core.detectors.base import Catalogue, Detector
from services.matcher.core.detectors.marks import is_wide_mark
from services.matcher.core.normalise import ListingText, nfkc_text
from services.matcher.core.scoring import Evidence
from services.matcher.core.terms import TermTable, find_wide_terms


class WideAliasDetector(Detector):
    name = "wide_aliases"

    def __init__(self, catalogue: Catalogue) -> None:
        super().__init__(catalogue)
        self.table = TermTable("nfkc")

    def add(self, i: int, fp) -> str | None:
        if isinstance(fp, MarkFingerprint) and is_wide_mark(fp.value):
            self.table.add(nfkc_text(fp.value).strip(), i)
        return None

    def compile(self) -> None:
        self.table.compile()

    def detect(self, text: ListingText, listing: Listing) -> list[Evidence]:
        found = []
        for hit in find_wide_terms(self.table, text):
            field, start, end, matched = text.locate(*text.original_span("nfkc", hit.latin_start, hit.latin_end))
            for i in self.table.fingerprints(hit.term_id):
                fp = self.fingerprints[i]
                found.append(Evidence(Rule.alias, self.weights.alias, i, field, start, end, matched, fp.value,
                                      everyday=fp.everyday_word))
        return found

    def memory_bytes(self) -> int:
        return self.table.memory_bytes()

    def stats(self) -> dict[str, int]:
        return {"wide_alias_patterns": len(self.table)}
