"""The brand named by its goods' barcode (rule barcode): an EAN-13, UPC-A or GTIN-14 whose GS1 company prefix is one the
brand declares (`gtin_prefixes`, kind "gtin_prefix": 5449000 Coca-Cola, 8000500 Ferrero, 7613036 Nestlé; a UPC-A prefix
in GTIN-13 form with its leading 0, 0049000). A wholesaler of copies names the goods by the number printed under the
barcode of the genuine pack ("EAN 5449000000996 cola 330ml x24, same taste", "条码 8000500310427 榛子酱 750g 原装同款",
"JAN 4909978112343 日焼け止め 1:1"): the buyer scans or searches it and finds the brand.

What is a barcode here (first principles, GS1 General Specifications §7.9 check digit, §3.3 GTIN formats):
- a run of 12 (UPC-A), 13 (EAN-13, JAN) or 14 (GTIN-14, ITF-14: an indicator digit for the packing level first)
  digits at word edges, written whole or in the groups printed under the bars ("5 449000 000996", "0 49000 02890 4",
  "5449000-000996"), a space or a hyphen between groups;
- its last digit is the GS1 check digit (weights 3 and 1 from the right): a number that fails it is a price, a phone, an
  order number, not a barcode (nine in ten random runs fail);
- its company prefix, the longest of the registry's prefixes (six digits or more) that starts its GTIN-13 form (a
  UPC-A with a 0 before it, a GTIN-14 without its indicator), belongs to one brand (a prefix two brands declare names
  neither). An EAN-8 is a number of its own (GS1-8 prefixes): not read.
A code that is itself a registered model (Mars's "5000159461122") is the models detector's.

The barcode says WHICH brand the goods are, as strongly as a model number, but a genuine pack carries the same barcode:
it is a weak candidate that needs the brand's category with a counterfeit cue or a price far below the floor
(`needs_cue`), like a goods code (detectors/goods_codes.py). A grocer's "EAN 5449000000996 Coca-Cola 330ml x24" at its
price, a price-comparison or stock list, stays quiet. The evidence names the prefix and whether the listing labels the
number a barcode ("EAN", "UPC", "GTIN", "JAN", "barcode", 条码, 바코드, バーコード, штрихкод, código de barras ...).

Cost: gated on a run of twelve digits or more, spaces and hyphens between groups allowed (one regular-expression pass
over the latin view); then the check digit and at most seven dict lookups per such run.
"""

from __future__ import annotations

import re

from schemas import Listing, MarkFingerprint, ModelFingerprint, Rule
from services.matcher.core.detectors.base import Catalogue, Detector
from services.matcher.core.normalise import ListingText
from services.matcher.core.scoring import Evidence

MIN_PREFIX = 6  # digits of a company prefix at least (a GS1 country prefix alone names no company)
LENGTHS = frozenset({12, 13, 14})
# digit groups at word edges, one space or hyphen between groups: "5449000000996", "5 449000 000996", "0 49000 02890 4"
_RUN = re.compile(r"(?<![0-9a-z])[0-9]+(?:[ \-][0-9]+)*(?![0-9a-z])")
_GROUP = re.compile(r"[0-9]+")
_YES = frozenset({"barcode"})
_TWELVE = re.compile(r"[0-9](?:[ \-]?[0-9]){11}")  # twelve digits, a space or hyphen between any two (the gate)

# the listing's words that label a number a barcode, any language
LABELS = ("ean", "upc", "gtin", "jan", "itf", "barcode", "bar code", "bar-code", "code-barres", "code barre", "code à barres",
          "código de barras", "codigo de barras", "código de barra", "codice a barre", "strichcode", "barcode-nr", "streepjescode",
          "kod kreskowy", "čárový kód", "vonalkód", "штрихкод", "штрих-код", "штрих код", "barkod", "باركود", "ברקוד",
          "条码", "条形码", "條碼", "條形碼", "商品码", "바코드", "バーコード", "jan コード", "janコード", "mã vạch", "kode batang",
          "बारकोड", "บาร์โค้ด")
# a label right before the number: "EAN 761…", "EAN-13: 761…", "UPC code 0 49000…", "条码：761…", "(EAN) 761…"
_LABEL_RIGHT_BEFORE = re.compile(r"(?<![a-z])(?:" + "|".join(re.escape(w) for w in sorted(LABELS, key=len, reverse=True))
                                 + r")(?:[- ]?1[234]|[- ]?8|-?a)?(?:\s*(?:code|no\.?|nr\.?|number|#|码|号|번호|コード))?[\s:：#(),\-]*$")


def gtin_valid(digits: str) -> bool:
    """Whether the last digit of a GTIN (8, 12, 13 or 14 digits) is its GS1 check digit."""
    total = sum(int(d) * (3 if k % 2 == 0 else 1) for k, d in enumerate(reversed(digits[:-1])))
    return (10 - total % 10) % 10 == int(digits[-1])


def gtin13_body(digits: str) -> str:
    """The GTIN-13 form of a 12-, 13- or 14-digit GTIN, without the check digit's recomputation: a UPC-A with a 0
    before it, a GTIN-14 without its indicator digit (the company prefix starts there)."""
    if len(digits) == 12:
        return "0" + digits
    if len(digits) == 14:
        return digits[1:]
    return digits


def long_digits(text: ListingText) -> frozenset[str]:
    """A gate's token kind: {"barcode"} when the latin view holds twelve digits or more in one run of digit groups."""
    return _YES if _TWELVE.search(text.latin) else frozenset()


def barcodes(latin: str) -> list[tuple[int, int, str, bool]]:
    """[(start, end, digits, check digit holds)] of the numbers of barcode length written in `latin`: runs of consecutive
    digit groups with a valid check digit ("EAN 5 449000 000996 330 ml": the first three groups), then the runs of
    groups of 12 to 14 digits whose check digit fails (a mistyped or invented code: the detector reads one only where
    the listing labels it a barcode right before it, "EAN-13 7613036303192")."""
    out = []
    for m in _RUN.finditer(latin):
        groups = [(g.start() + m.start(), g.end() + m.start(), g.group()) for g in _GROUP.finditer(m.group())]
        total = sum(len(g) for _, _, g in groups)
        if total < 12:
            continue
        taken = -1
        for a in range(len(groups)):
            if groups[a][0] < taken:
                continue
            digits = ""
            for b in range(a, len(groups)):
                digits += groups[b][2]
                if len(digits) > 14:
                    break
                if len(digits) in LENGTHS and gtin_valid(digits) and (
                        b + 1 == len(groups) or len(digits + groups[b + 1][2]) > 14 or not gtin_valid(digits + groups[b + 1][2])):
                    out.append((groups[a][0], groups[b][1], digits, True))
                    taken = groups[b][1]
                    break
        valid = {(a, b) for a, b, _, _ in out}
        for a in range(len(groups)):  # the runs of groups of a barcode's length whose check digit fails
            digits = ""
            for b in range(a, len(groups)):
                digits += groups[b][2]
                if len(digits) > 14:
                    break
                if len(digits) in LENGTHS and (groups[a][0], groups[b][1]) not in valid and not gtin_valid(digits):
                    out.append((groups[a][0], groups[b][1], digits, False))
    return out


class BarcodeDetector(Detector):
    name = "barcodes"

    def __init__(self, catalogue: Catalogue) -> None:
        super().__init__(catalogue)
        self._prefixes: dict[str, list[int]] = {}  # GS1 company prefix (GTIN-13 form) -> fingerprints
        self._models: set[str] = set()  # registered model numbers that are barcodes themselves

    def add(self, i: int, fp) -> str | None:
        if isinstance(fp, ModelFingerprint) and fp.value.isdigit():
            self._models.add(gtin13_body(fp.value) if len(fp.value) in LENGTHS else fp.value)
            return None
        if not isinstance(fp, MarkFingerprint) or fp.vocabulary != "gtin_prefix":
            return None
        prefix = re.sub(r"[ \-]", "", fp.value)
        if not prefix.isdigit() or not MIN_PREFIX <= len(prefix) <= 12:
            return f"a GS1 company prefix is {MIN_PREFIX} to 12 digits in GTIN-13 form: {fp.value!r}"
        self._prefixes.setdefault(prefix, []).append(i)
        return None

    def compile(self) -> None:
        brand_of = self.catalogue.fingerprint_brand
        self._prefixes = {p: found for p, found in self._prefixes.items() if len({brand_of[i] for i in found}) == 1}

    def gate(self):
        return {long_digits: _YES} if self._prefixes else {}

    def detect(self, text: ListingText, listing: Listing) -> list[Evidence]:
        latin = text.latin
        out: list[Evidence] = []
        read: list[tuple[int, int]] = []
        for start, end, digits, valid in barcodes(latin):
            if not valid and any(s < end and start < t for s, t in read):
                continue  # a piece of a barcode read already
            body = gtin13_body(digits)
            if body in self._models:
                continue  # a registered model: the models detector's
            for n in range(min(12, len(body) - 1), MIN_PREFIX - 1, -1):
                found = self._prefixes.get(body[:n])
                if found:
                    break
            else:
                continue
            field, s, e, matched = text.locate(*text.original_span("latin", start, end))
            original = (listing.title if field == "title" else listing.description if field == "description" else "") or ""
            before = (original[max(0, s - 24):s] if s is not None else "").casefold()
            labelled = next((w for w in LABELS if w in before), None)
            if not valid and not (labelled and _LABEL_RIGHT_BEFORE.search(before)):
                continue  # a number whose check digit fails is a barcode only where the listing says so, right before it
            checked = "valid check digit" if valid else "check digit does not hold: a mistyped or invented code"
            read.append((start, end))
            kind = {12: "UPC-A", 13: "EAN-13", 14: "GTIN-14"}[len(digits)]
            for i in found:
                fp = self.fingerprints[i]
                out.append(Evidence(Rule.barcode, self.weights.fuzzy_distance_1, i, field, s, e, matched, fp.value,
                                    needs_corroboration=True, needs_cue=True,
                                    detail=f"'{matched}' is an {kind} barcode ({checked}) under the brand's GS1 "
                                           f"company prefix {fp.value}" + (f", labelled '{labelled}'" if labelled else "")
                                           + "; a genuine pack carries it too: needs the brand's category and a cue or "
                                             "a price far below the floor"))
        return self.in_category(out, text, listing) if out else out

    def memory_bytes(self) -> int:
        return 90 * len(self._prefixes)

    def stats(self) -> dict[str, int]:
        return {"gtin_prefixes": len(self._prefixes)}
