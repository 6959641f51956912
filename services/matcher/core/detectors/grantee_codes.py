"""The goods named by the radio regulator's id printed on them (rule grantee_code): an FCC ID (or a Canadian IC number)
whose grantee code is one the brand declares (`grantee_codes`, kind "grantee_code": BCG Apple, A3L Samsung, AK8 Sony,
C3K Microsoft, BKE Nintendo, AZD Canon, A94 Bose; ISED company numbers 579C Apple, 3048A Microsoft). A seller of copies
who will not write the brand copies the label of the genuine device ("Pro 2 ANC earbuds, USB-C case - FCC ID
BCG-A3047, 1:1"): the buyer searches the id and finds the brand's own grant.

What an FCC ID is (first principles, 47 CFR § 2.926, "FCC identifier"): the grantee code the Commission assigns for
good to one applicant, three capital letters or digits (five, starting with "2", for codes assigned since 2009), then
the equipment product code the grantee chooses (up to 14 capitals, digits and hyphens): BCG-A3047 is Apple's (grantee
BCG, product A3047), A3LSMS928U Samsung's (A3L, SMS928U). The FCC's grantee register (apps.fcc.gov/oetcf/eas, mirrored
by fccid.io) names the company behind every code. Canada's ISED certification number (RSS-Gen § 3.1, "IC: 579C-A3047")
is a company number (digits and one capital letter) and a hyphen before the product number: the same fact, read the
same way, only after "IC".

Read only in the regulator's own frame: "FCC ID", "FCC-ID", "FCCID", "FCC ID:" right before the id (the grantee code
is its first three characters, five for a code starting with "2", a hyphen after it or not), "IC:"/"IC ID"/"ISED" before
a company number and a hyphen. A code outside that frame is three letters anyone may write (BCG the consultancy, A94
a road). A grantee code two brands declare names neither.

The id says WHICH brand made the device as strongly as a model number, but the genuine device carries the same label,
and an accessory maker names the device its case fits by it: a weak candidate that needs the brand's category with a
counterfeit cue or a price far below the floor (`needs_cue`), like a barcode (detectors/barcodes.py). In an accessory's
title (an accessory noun of the config's list and a fitting word before the id: "Clear case for earbuds model A3047
(FCC ID BCG-A3047)", "ear tips compatible with ... FCC ID ...") the id names the device the accessory fits, and an
accessory's price is far below the device's floor: there only a cue that claims a copy counts (`needs_copy_cue`).

Cost: gated on the latin word "fcc" (or "ic"/"ised" followed by a company number, one regular expression), then one
regular expression over the latin view and at most two dict lookups per id.
"""

from __future__ import annotations

import re

from schemas import Listing, MarkFingerprint, Rule
from services.matcher.core.alternation import longest_first
from services.matcher.core.config import DEFAULT_ACCESSORY_NOUNS
from services.matcher.core.detectors.base import Catalogue, Detector
from services.matcher.core.normalise import ListingText
from services.matcher.core.scoring import Evidence

# "FCC ID BCG-A3047", "FCC-ID: A3LSMS928U", "fccid AK8YY2965", "FCC ID #C3K1914": the id is 4 to 20 letters, digits
# and hyphens at a word's edge (grantee code and product code, 47 CFR 2.926(c)-(d))
_FCC = re.compile(r"(?<![a-z0-9])fcc[\s\-]*id\b[\s:#.\-]*([a-z0-9](?:[a-z0-9]|-(?=[a-z0-9])){3,19})(?![a-z0-9])")
# "IC: 579C-A3047", "IC ID 3048A-1914", "ISED 649E-SMS928U": a company number (digits, one letter) and a hyphen
_IC = re.compile(r"(?<![a-z0-9])(?:ic(?:\s*id)?|ised)[\s:#.]*([0-9]{2,5}[a-z])-([a-z0-9][a-z0-9\-]{0,13})(?![a-z0-9])")
_GATE = frozenset({"fcc", "fccid", "ic", "ised"})
_FCC_CODE = re.compile(r"[A-Z0-9]{3}|2[A-Z0-9]{4}")
_IC_CODE = re.compile(r"[0-9]{2,5}[A-Z]")
# an accessory's title: its noun (config's accessory nouns: case, ear tips, screen protector, charging dock ...) and a
# fitting word before the id ("case for earbuds, FCC ID BCG-A3047", "ear tips compatible with ... (FCC ID ...)")
_ACCESSORY = re.compile(r"(?<![a-z0-9])(?:" + "|".join(re.escape(n) for n in sorted(
    {n for n in DEFAULT_ACCESSORY_NOUNS if n.isascii()}, key=longest_first)) + r")(?![a-z0-9])")
_FITTING = re.compile(r"(?<![a-z0-9])(?:for|fits?|fitting|compatible|suitable|suits|made for|works with|para|pour|fur|"
                      r"per|voor|dla|uyumlu)(?![a-z0-9])")


def fits_before(latin: str, start: int) -> bool:
    """Whether the latin view before `start` reads as an accessory's title: an accessory noun (config's accessory nouns)
    and a fitting word ("case for earbuds, FCC ID ...", "sleeve compatible with ... 30.41 x 21.5 x 1.13 cm")."""
    before = latin[:start]
    return bool(_FITTING.search(before) and _ACCESSORY.search(before))


def grantee_code(fcc_id: str) -> str:
    """The grantee code of an FCC ID as written (case and hyphens as the listing has them): its first five characters
    when it starts with "2" (codes assigned since 2009), else its first three (47 CFR 2.926(c))."""
    flat = fcc_id.replace("-", "").upper()
    return flat[:5] if flat.startswith("2") else flat[:3]


class GranteeCodeDetector(Detector):
    name = "grantee_codes"

    def __init__(self, catalogue: Catalogue) -> None:
        super().__init__(catalogue)
        self._codes: dict[str, list[int]] = {}  # FCC grantee code or ISED company number (capitals) -> fingerprints

    def add(self, i: int, fp) -> str | None:
        if not isinstance(fp, MarkFingerprint) or fp.vocabulary != "grantee_code":
            return None
        code = fp.value.strip().upper()
        if not (_FCC_CODE.fullmatch(code) or _IC_CODE.fullmatch(code)):
            return (f"a grantee code is an FCC grantee code (three capitals or digits, five starting with 2) or an ISED "
                    f"company number (digits and one capital): {fp.value!r}")
        self._codes.setdefault(code, []).append(i)
        return None

    def compile(self) -> None:
        brand_of = self.catalogue.fingerprint_brand
        self._codes = {c: found for c, found in self._codes.items() if len({brand_of[i] for i in found}) == 1}

    def gate(self):
        return {"latin": _GATE} if self._codes else {}

    def detect(self, text: ListingText, listing: Listing) -> list[Evidence]:
        latin = text.latin
        out: list[Evidence] = []
        for regulator, frame in (("FCC ID", _FCC), ("IC", _IC)):
            for m in frame.finditer(latin):
                ident = m.group(1)
                if regulator == "FCC ID":
                    if len(ident.replace("-", "")) < 4:
                        continue  # a grantee code and at least one character of product code
                    code, start, end = grantee_code(ident), m.start(1), m.end(1)
                else:
                    code, start, end = ident.upper(), m.start(1), m.end(2)
                found = self._codes.get(code)
                if not found:
                    continue
                field, s, e, matched = text.locate(*text.original_span("latin", start, end))
                fits = fits_before(latin, start)
                for i in found:
                    fp = self.fingerprints[i]
                    out.append(Evidence(Rule.grantee_code, self.weights.fuzzy_distance_1, i, field, s, e, matched,
                                        fp.value, needs_corroboration=True, needs_cue=True, needs_copy_cue=fits,
                                        detail=f"'{matched}' is the {regulator} printed on the brand's devices: grantee "
                                               f"code {fp.value} is the brand's in the regulator's register; " + (
                                                   "an accessory names the device it fits by it: needs a cue that "
                                                   "claims a copy" if fits else
                                                   "the genuine device carries it too: needs the brand's category and "
                                                   "a cue or a price far below the floor")))
        return self.in_category(out, text, listing) if out else out

    def memory_bytes(self) -> int:
        return 90 * len(self._codes)

    def stats(self) -> dict[str, int]:
        return {"grantee_codes": len(self._codes)}
