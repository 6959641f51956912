"""The goods named by their published ingredient list (rule ingredients): the label's ingredient, active-ingredient or
fragrance-note list the brand prints for one of its products, declared by the brand (`ingredients`, items in the
label's order separated by ';', an item's other spellings by '|': "sugar; palm oil; hazelnuts; skimmed milk powder;
fat-reduced cocoa|reduced-fat cocoa; lecithin|lecithins; vanillin" for Nutella). A seller of copies who will not write
the brand copies the genuine product's label ("Sugar, palm oil, hazelnuts 13%, skimmed milk powder 8.7%, ... – the
famous white-lid jar"): the buyer recognises it, a search finds the brand's own page.

How read (first principles: a label lists its ingredients in descending order of weight, EU Regulation 1169/2011 art.
18 and 21 CFR 101.4; a fragrance's notes top to base): each item as a whole phrase (case-folded, the latin view), in
the entry's order; an entry is named when at least `NEEDED` of its items (all of a shorter entry, never fewer than
three) are found in that order. One item alone ("hazelnuts 13%", "dexpanthenol 5%") is every store brand's label too,
and an entry two brands declare names neither.

A store brand or a generic prints the same list honestly (an own-brand hazelnut spread, an antiseptic mouthwash with the
same four essential oils): the list is a weak candidate that needs the brand's category with a cue that claims a copy
(`needs_copy_cue`), like a home town; a price alone is a store brand's price.

Gate: two commas or semicolons in the latin view (a list), then one search per item of the few entries.
"""

from __future__ import annotations

import re

from schemas import Listing, MarkFingerprint, Rule
from services.matcher.core.detectors.base import Catalogue, Detector
from services.matcher.core.normalise import ListingText, latin_text
from services.matcher.core.scoring import Evidence

NEEDED = 4  # items in order that name an entry (all of an entry of three)
_YES = frozenset({"list"})


def items(value: str) -> list[re.Pattern]:
    """One whole-phrase expression per item of a registered list ("a; b|b2; c"), on the latin view's case-folded text."""
    out = []
    for item in value.split(";"):
        forms = [latin_text(f).casefold().strip() for f in item.split("|") if f.strip()]
        if forms:
            out.append(re.compile(r"(?<![0-9a-z])(?:" + "|".join(re.escape(f) for f in forms) + r")(?![0-9a-z])"))
    return out


def in_order(folded: str, entry: list[re.Pattern], needed: int = 0) -> tuple[int, int, int]:
    """(items found in the entry's order, start of the first, end of the last) in `folded` (greedy, left to right: an
    item not found after the previous one is skipped; the search stops once `needed` can no longer be reached)."""
    at, found, first, last = 0, 0, -1, -1
    for k, pattern in enumerate(entry):
        if found + len(entry) - k < needed:
            break
        m = pattern.search(folded, at)
        if m is None:
            continue
        found += 1
        first = m.start() if first < 0 else first
        last = at = m.end()
    return found, first, last


def list_gate(text: ListingText) -> frozenset[str]:
    """A gate's token kind: {"list"} when the latin view writes two commas or semicolons (three items or more)."""
    latin = text.latin
    return _YES if latin.count(",") + latin.count(";") >= 2 else frozenset()


class IngredientsDetector(Detector):
    name = "ingredients"

    def __init__(self, catalogue: Catalogue) -> None:
        super().__init__(catalogue)
        self._lists: list[tuple[int, list[re.Pattern], int]] = []

    def add(self, i: int, fp) -> str | None:
        if not isinstance(fp, MarkFingerprint) or fp.vocabulary != "ingredients":
            return None
        entry = items(fp.value)
        if len(entry) < 3:
            return f"an ingredient list is three items or more separated by ';': {fp.value!r}"
        self._lists.append((i, entry, min(NEEDED, len(entry))))
        return None

    def compile(self) -> None:
        brand_of = self.catalogue.fingerprint_brand
        shared: dict[tuple[str, ...], set[int]] = {}
        for i, entry, _ in self._lists:
            shared.setdefault(tuple(p.pattern for p in entry), set()).add(brand_of[i])
        self._lists = [(i, e, n) for i, e, n in self._lists if len(shared[tuple(p.pattern for p in e)]) == 1]

    def gate(self):
        return {list_gate: _YES} if self._lists else {}

    def detect(self, text: ListingText, listing: Listing) -> list[Evidence]:
        folded = text.latin.casefold()
        if len(folded) != len(text.latin):
            return []  # a letter whose case fold changes its length: spans would not map back (no label is written so)
        out: list[Evidence] = []
        for i, entry, needed in self._lists:
            found, start, end = in_order(folded, entry, needed)
            if found < needed:
                continue
            field, s, e, matched = text.locate(*text.original_span("latin", start, end))
            fp = self.fingerprints[i]
            out.append(Evidence(Rule.ingredients, self.weights.fuzzy_distance_1, i, field, s, e, matched, fp.value,
                                needs_corroboration=True, needs_cue=True, needs_copy_cue=True,
                                detail=f"{found} of the {len(entry)} items of the list the brand publishes for its goods, "
                                       "in its order; a store brand prints such a list too: needs the brand's category "
                                       "and a cue that claims a copy"))
        return self.in_category(out, text, listing) if out else out

    def memory_bytes(self) -> int:
        return 400 * len(self._lists)

    def stats(self) -> dict[str, int]:
        return {"ingredient_lists": len(self._lists)}
