"""Marks and aliases in scripts without word boundaries (博士, 加拿大鹅), matched anywhere in the NFKC view.

Each alias is also filed in its other Chinese script (古驰 registered, 古馳 found: rule variant,
chinese.script_variants). Spaces or symbols between the characters of an alias (耐 克, 耐·克)
are intrusions: when the text has such a gap between two wide characters, the view with the gaps
removed is searched too, and hits that span a removed gap are rule intrusion. A character of the alias written as the
CJK radical letter drawn like it (宝⻢ for 宝马, 劳⼒⼠ for 劳力士: normalise.radical_ideograph) is a look-alike (rule
confusable) when the alias alone is so written; text that writes radical letters elsewhere too (⽇本进⼝, as text copied
out of a PDF comes) wrote the alias that way by accident: rule alias, the letters named in the detail.
"""

from __future__ import annotations

from schemas import Listing, MarkFingerprint, Rule
from services.matcher.core.chinese import squeeze, script_variants
from services.matcher.core.detectors.base import Catalogue, Detector
from services.matcher.core.detectors.marks import is_wide_mark
from services.matcher.core.normalise import ListingText, nfkc_text, radical_ideograph
from services.matcher.core.scoring import Evidence
from services.matcher.core.terms import TermTable, find_wide_terms

class WideAliasDetector(Detector):
    name = "wide_aliases"

    def __init__(self, catalogue: Catalogue) -> None:
        super().__init__(catalogue)
        self.table = TermTable("nfkc")
        self._variants: set[tuple[int, int]] = set()  # (term id, fingerprint) filed in the other script

    def add(self, i: int, fp) -> str | None:
        if isinstance(fp, MarkFingerprint) and is_wide_mark(fp.value):
            key = nfkc_text(fp.value).strip()
            self.table.add(key, i)
            if (squeezed := squeeze(key)) != key:
                self.table.add(squeezed, i)  # 迈克.科尔斯 written 迈克科尔斯 (or 迈 克 . 科 尔 斯)
            for variant in script_variants(key) | script_variants(squeezed):
                if variant not in (key, squeezed):
                    self._variants.add((self.table.add(variant, i), i))
        return None

    def compile(self) -> None:
        self.table.compile()
        # a variant that is also the registered spelling of the same fingerprint is not a variant
        self._variants = frozenset(self._variants)

    def detect(self, text: ListingText, listing: Listing) -> list[Evidence]:
        if text.is_ascii:
            return []
        found = []
        for hit in find_wide_terms(self.table, text):
            field, start, end, matched = text.locate(*text.original_span("nfkc", hit.latin_start, hit.latin_end))
            for i in self.table.fingerprints(hit.term_id):
                found.append(self._evidence(text, i, hit.term_id, field, start, end, matched))
        if text.squeezed is not None:
            found.extend(self._across_gaps(text))
        return found

    def _evidence(self, text: ListingText, i: int, term_id: int, field: str, start: int, end: int, matched: str,
                  intrusion: bool = False) -> Evidence:
        fp = self.fingerprints[i]
        rule, detail, weight = Rule.alias, "", self.weights.alias
        if (term_id, i) in self._variants and nfkc_text(matched).strip() != nfkc_text(fp.value).strip():
            rule, detail = Rule.variant, "the alias in the other Chinese script (Traditional/Simplified)"
        if radicals := [f"'{c}' for {radical_ideograph(c)}" for c in dict.fromkeys(matched) if radical_ideograph(c)]:
            everywhere = sum(map(bool, map(radical_ideograph, text.original))) > sum(map(bool, map(radical_ideograph, matched)))
            if not everywhere:
                rule, weight = Rule.confusable, self.weights.confusable
            detail = "; ".join(filter(None, (detail, f"CJK radical letters drawn as the alias's characters ({', '.join(radicals)})"
                                             + (", as the whole text writes them" if everywhere else ""))))
        if intrusion:
            rule, weight = Rule.intrusion, self.weights.confusable
            detail = "; ".join(filter(None, (detail, "spaces or symbols between the characters of the alias")))
        return Evidence(rule, weight, i, field, start, end, matched, fp.value, detail=detail,
                        everyday=fp.everyday_word and not intrusion)

    def _across_gaps(self, text: ListingText) -> list[Evidence]:
        squeezed = text.squeezed
        out = []
        for start, end, term_id in self.table.raw_hits(squeezed.text):
            if not squeezed.spans_gap(start, end):
                continue  # no gap inside: the plain search has it
            field, s, e, matched = text.locate(*text.original_span("nfkc", *squeezed.original(start, end)))
            for i in self.table.fingerprints(term_id):
                out.append(self._evidence(text, i, term_id, field, s, e, matched, intrusion=True))
        return out

    def memory_bytes(self) -> int:
        return self.table.memory_bytes() + 100 * len(self._variants)

    def stats(self) -> dict[str, int]:
        return {"wide_alias_patterns": len(self.table)}
