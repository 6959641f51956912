"""A sneaker named by its colourway's nickname and its silhouette's shorthand, no word of the maker (rule colourway).

Sneaker buyers name a shoe by what the community calls it: "Panda lows" (a Dunk Low), "Bred 11s" (an Air Jordan 11),
"Lost & Found 1s", "Zebra 350s" (a Yeezy Boost 350 V2), "Beluga 350 reflective". The registry declares each brand's
colourway nicknames (`colourways`, kind "colourway": Panda, Bred, Chicago, Zebra) and its silhouettes' shorthand
(`silhouettes`, kind "silhouette": 1s, 11s, lows, 350s, 350), and this detector alone reads them
(vocabulary.offered), only together:
- a colourway of a brand right beside a silhouette of the same brand, in either order ("Bred 11s", "11s Bred",
  "Triple White 1s low", "Zebra 350 V2"; a bare number only before it: "Jordan 1 Chicago" is the line's number); alone, each is an everyday word or a number (a panda plush, "bred" in its
  own sense, "size 11s") and names nobody;
- a nickname several makers share ("Bred", "Oreo", "Triple White") names the maker whose silhouette stands beside it
  ("Bred 11s" Nike, "Bred 350 V2" adidas);
- a silhouette that is a bare number ("350", "11") is no silhouette when a unit or a count follows it ("Zebra 350 ml",
  "Panda 11 inch plush", "Panda 3 pack").
The pair is the shoe as its buyers name it, as a misspelling is the mark as a seller types it: a weak candidate
(`needs_corroboration`) that needs the brand's category with a cue or a price below the floor; a reseller's "Panda lows,
size 9, new in box" at a shop's price stays quiet, and so do a panda plush, zebra-print goods and "bred" in its own
sense, which are no pair or are far from the brand's categories. The evidence names the colourway's fingerprint and
says the pair it read.

Gate: a colourway nickname's first word among the listing's latin words.
"""

from __future__ import annotations

from schemas import Listing, MarkFingerprint, Rule
from services.matcher.core.detectors.base import WORD, Catalogue, VocabularyDetector
from services.matcher.core.normalise import FIELD_SEPARATOR, ListingText
from services.matcher.core.scoring import Evidence

# after a bare-number silhouette, words that make the number a measure or a count ("350 ml", "11 inch", "3 pack")
UNITS = frozenset({"ml", "l", "cl", "g", "kg", "mg", "oz", "lb", "lbs", "mm", "cm", "m", "km", "in", "inch", "inches",
                   "ft", "w", "v", "mah", "gb", "tb", "mb", "pack", "packs", "pcs", "pc", "pieces", "piece", "x",
                   "set", "sets", "pairs", "pair", "count", "ct", "sheets", "pages", "days", "years", "months"})


class ColourwayDetector(VocabularyDetector):
    """The colourways by their first word (VocabularyDetector._by_first), the silhouettes by brand."""

    name = "colourways"
    kinds = frozenset({"colourway", "silhouette"})

    def __init__(self, catalogue: Catalogue) -> None:
        super().__init__(catalogue)
        self._silhouettes: dict[int, set[tuple[str, ...]]] = {}  # brand position -> its silhouettes' words
        self._longest = 1  # the most words of any silhouette

    def take(self, i: int, fp: MarkFingerprint, words: tuple[str, ...]) -> None:
        if fp.vocabulary == "colourway":
            super().take(i, fp, words)
        else:
            self._silhouettes.setdefault(self.catalogue.fingerprint_brand[i], set()).add(words)
            self._longest = max(self._longest, len(words))

    def gate(self):
        return super().gate() if self._silhouettes else {}

    def _silhouette(self, brand: int, words: list[str], at: int, before: bool) -> int:
        """The number of words of the brand's longest silhouette ending right before `at` (before) or starting at it,
        0 if none; a bare number followed by a unit or a count is none, and so is a bare number before the colourway
        ("Air Jordan 1 Chicago": the number is the line's, named by its mark; "11s Bred" is the shorthand)."""
        known = self._silhouettes.get(brand)
        if not known:
            return 0
        for n in range(min(self._longest, at if before else len(words) - at), 0, -1):
            span = tuple(words[at - n:at] if before else words[at:at + n])
            if span in known:
                after = at if before else at + n
                if span[-1].isdigit() and (before or after < len(words) and words[after] in UNITS):
                    continue
                return n
        return 0

    def detect(self, text: ListingText, listing: Listing) -> list[Evidence]:
        latin = text.latin
        tokens = [(m.group(), m.start(), m.end()) for m in WORD.finditer(latin)]
        words = [w for w, _, _ in tokens]
        out: list[Evidence] = []
        seen: set[tuple[int, int]] = set()
        for k in range(len(words)):
            for colourway, i in self.starting(words, k):
                n = len(colourway)
                if (i, k) in seen:
                    continue
                brand = self.catalogue.fingerprint_brand[i]
                after = self._silhouette(brand, words, k + n, before=False)
                before = 0 if after else self._silhouette(brand, words, k, before=True)
                if not after and not before:
                    continue
                seen.add((i, k))
                first, last = (k, k + n + after - 1) if after else (k - before, k + n - 1)
                start, end = tokens[first][1], tokens[last][2]
                if FIELD_SEPARATOR in latin[start:end]:
                    continue  # not across the title's end
                field, s, e, matched = text.locate(*text.original_span("latin", start, end))
                fp = self.fingerprints[i]
                out.append(Evidence(Rule.colourway, self.weights.fuzzy_distance_1, i, field, s, e, matched, fp.value,
                                    detail=f"the colourway nickname beside the silhouette's shorthand ('{matched}'); "
                                           "needs the brand's category and a cue or a price below the floor",
                                    needs_corroboration=True))
        return self.in_category(out, text, listing) if out else out

    def memory_bytes(self) -> int:
        return super().memory_bytes() + 60 * sum(map(len, self._silhouettes.values()))

    def stats(self) -> dict[str, int]:
        return {"colourway_nicknames": sum(map(len, self._by_first.values())),
                "silhouette_shorthands": sum(map(len, self._silhouettes.values()))}
