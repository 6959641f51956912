"""The goods named by their exact dimensions (rule dimensions): the size the brand publishes for one of its lines,
declared by the brand (`dimensions`, kind "dimensions": "162.3 x 79.0 x 8.6 mm" the Galaxy S24 Ultra, "31 x 28 x 14 cm"
the Neverfull MM, "30.1 x 15.1 x 15.1 cm" the Xbox Series X). A seller of copies who will not write the brand copies
the genuine product's spec line ("Tote 31 x 28 x 14 cm, coated canvas – mirror"): the buyer recognises it, a search
finds the brand's own page.

How read (first principles: how a spec sheet writes a size): two or three numbers joined by "x", "×" or "*" (spaces
allowed), a unit after the last (mm, cm, in, ", inch) or after each ("31cm x 28cm x 14cm"); converted to millimetres.
A size names an entry when it holds as many numbers and, in any order (sellers swap width and height), each is the
entry's within its last written digit: half a unit of the entry's last decimal (30.41 cm: 0.05 mm; 31 cm: 5 mm) or half
the listing's, whichever is larger, and within 2 % of it. A size two brands declare names neither.

A genuine product carries the same size, and another maker's bag may be as large: a weak candidate that needs the
brand's category with a counterfeit cue or a price far below the floor (`needs_cue`), like a barcode (a bag of the
Neverfull's exact size at a tenth of its price is the copy's spec line copied). A size of two numbers only is common to
many goods (a scarf of 168 x 30 cm): it needs a cue that claims a copy (`needs_copy_cue`). In
an accessory's title (a sleeve "for laptops 30.41 x 21.5 x 1.13 cm") the size is the device's it fits: only a cue that
claims a copy counts (grantee_codes.fits_before).

Gate: one regular expression over the latin view for a digit (a unit after it or not), "x"/"×"/"*", a digit.
"""

from __future__ import annotations

import re

from schemas import Listing, MarkFingerprint, Rule
from services.matcher.core.detectors.base import Catalogue, Detector
from services.matcher.core.detectors.grantee_codes import fits_before
from services.matcher.core.normalise import ListingText, latin_text
from services.matcher.core.scoring import Evidence

_NUM = r"([0-9]+(?:[.,][0-9]+)?)"
_UNIT = r"\s*(mm|cm|in|inch|inches|\")?"
_BY = r"\s*[x×*]\s*"
_SIZE = re.compile(r"(?<![0-9a-z.,])" + _NUM + _UNIT + _BY + _NUM + _UNIT + r"(?:" + _BY + _NUM + r"\s*(mm|cm|in|inch|inches|\")?)?"
                   r"(?![0-9a-z])")
_GATE = re.compile(r"[0-9]\s*(?:mm|cm|in|\")?\s*[x×*]\s*[0-9]")
_YES = frozenset({"size"})
TO_MM = {"mm": 1.0, "cm": 10.0, "in": 25.4, "inch": 25.4, "inches": 25.4, '"': 25.4}
RELATIVE = 0.02  # a size's number is the entry's only within 2 % of it


def sizes(latin: str) -> list[tuple[int, int, tuple[tuple[float, float], ...]]]:
    """[(start, end, ((millimetres, half its last written digit in mm), ...))] of the sizes written in `latin`: two or
    three numbers joined by x/×/* with a unit after the last (or after each); a size with no unit is not read."""
    out = []
    for m in _SIZE.finditer(latin):
        a, ua, b, ub, c, uc = m.groups()
        unit = uc if c is not None else ub
        if c is None and uc is None and ub is None or unit is None and (ua or ub) is None:
            continue
        numbers, units = [a, b] + ([c] if c is not None else []), [ua, ub] + ([uc] if c is not None else [])
        last = next((u for u in reversed(units) if u), None)
        if last is None:
            continue
        values = []
        for n, u in zip(numbers, units):
            factor = TO_MM[u or last]
            n = n.replace(",", ".")
            decimals = len(n.split(".")[1]) if "." in n else 0
            values.append((float(n) * factor, 0.5 * factor * 10 ** -decimals))
        out.append((m.start(), m.end(), tuple(values)))
    return out


def dimension_gate(text: ListingText) -> frozenset[str]:
    """A gate's token kind: {"size"} when the latin view writes a digit, x/×/*, a digit."""
    return _YES if _GATE.search(text.latin) else frozenset()


def same_size(found: tuple[tuple[float, float], ...], entry: tuple[tuple[float, float], ...]) -> bool:
    """Whether a size written in a listing is the entry's: as many numbers, in some order each within its last digit."""
    if len(found) != len(entry):
        return False
    a = sorted(found)
    b = sorted(entry)
    return all(abs(x - y) <= max(hx, hy) and abs(x - y) <= RELATIVE * y for (x, hx), (y, hy) in zip(a, b))


class DimensionDetector(Detector):
    name = "dimensions"

    def __init__(self, catalogue: Catalogue) -> None:
        super().__init__(catalogue)
        self._sizes: list[tuple[int, tuple[tuple[float, float], ...]]] = []

    def add(self, i: int, fp) -> str | None:
        if not isinstance(fp, MarkFingerprint) or fp.vocabulary != "dimensions":
            return None
        found = sizes(latin_text(fp.value))
        if len(found) != 1:
            return f"dimensions are two or three numbers joined by x with a unit (31 x 28 x 14 cm): {fp.value!r}"
        self._sizes.append((i, found[0][2]))
        return None

    def compile(self) -> None:
        brand_of = self.catalogue.fingerprint_brand
        shared = {}
        for i, size in self._sizes:
            shared.setdefault(tuple(round(v, 1) for v, _ in sorted(size)), set()).add(brand_of[i])
        self._sizes = [(i, s) for i, s in self._sizes if len(shared[tuple(round(v, 1) for v, _ in sorted(s))]) == 1]

    def gate(self):
        return {dimension_gate: _YES} if self._sizes else {}

    def detect(self, text: ListingText, listing: Listing) -> list[Evidence]:
        latin = text.latin
        out: list[Evidence] = []
        for start, end, found in sizes(latin):
            for i, entry in self._sizes:
                if not same_size(found, entry):
                    continue
                field, s, e, matched = text.locate(*text.original_span("latin", start, end))
                fp = self.fingerprints[i]
                fits = fits_before(latin, start)
                pair = len(entry) == 2
                why = ("an accessory names the device it fits by it: needs a cue that claims a copy" if fits else
                       "two numbers are common to many goods: needs a cue that claims a copy" if pair else
                       "the genuine product has it too: needs the brand's category and a cue or a price far below the floor")
                out.append(Evidence(Rule.dimensions, self.weights.fuzzy_distance_1, i, field, s, e, matched, fp.value,
                                    needs_corroboration=True, needs_cue=True, needs_copy_cue=fits or pair,
                                    detail=f"'{matched}' is the size the brand publishes for its goods ({fp.value}); {why}"))
        return self.in_category(out, text, listing) if out else out

    def memory_bytes(self) -> int:
        return 150 * len(self._sizes)

    def stats(self) -> dict[str, int]:
        return {"dimensions": len(self._sizes)}
