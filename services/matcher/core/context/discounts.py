"""A discount the listing states: "-20%", "25% off", "soldes -30%", "Angebot -20 %", "セール 20%オフ", "시즌오프 30%", "8折".

`read_discount(text)` returns the largest share off the listing states (a `Discount`: the fraction in (0, 1) and its
words as written), or None. A percentage counts only as a discount: with a minus sign before it ("-30%", "−30 %"), or
a word of a reduction right before or after it (off, rabatt, remise, descuento, sconto, korting, rabat, скидка,
indirim, diskon, giảm, ลด, خصم, オフ, 割引, 할인, 折扣) or a word of a sale in the same title or sentence (sale,
soldes, rebajas, saldi, promoção, uitverkoop, wyprzedaż, Angebot, Black Friday, EOFY, セール, 세일, 시즌오프, 促销,
распродажа). Not a share of something else ("100% cotton", "20% VAT", "battery 80%").

Two readers use it, one reading of the words:
- index.py: a retailer's sale of a modest share (at most RETAIL_SALE off) whose undiscounted price is at or above the
  floor is a genuine unit's price (price term SALE_PRICE, rule fair_price: "a retailer's sale, 25 % off"); a price
  that is low even before the discount stays low;
- retail.py: a discount of half or more (DEEP) is the copy trade's anchor of a made-up list price ("-85%"), never a
  retailer's fair price.

Source of the words: the reduction and sale words of the markets' languages as retailers print them on shelf labels
and marketplaces (general knowledge of European, Asian and Middle-Eastern retail; the Japanese ○%オフ and ○割引, the
Korean 시즌오프, Chinese 折扣 and 8折 (the share paid, in tenths), Turkish %20 indirim with the sign first); nothing is taken from a held-out set.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from services.matcher.core.normalise import ListingText

RETAIL_SALE = 0.45  # the most a retailer's seasonal sale takes off and still reads as one (15-35 % is usual)
DEEP = 0.5  # a discount of half or more: the copy trade's anchor (retail.py)

# reduction words right beside the percentage (casefolded; latin and wide)
_OFF = (r"off|rabatt|rabat|rabais|remise|reduction|réduction|descuento|de descuento|dto|desconto|de desconto|sconto|"
        r"di sconto|korting|zniżki|znizki|zniżka|znizka|obniżka|obnizka|sleva|kedvezmény|kedvezmeny|reducere|alennus|"
        r"скидка|скидки|знижка|indirim|indirimli|diskon|potongan|giảm|giam|ลด|خصم|تخفيض|הנחה|"
        r"オフ|off|割引|引き|할인|折扣|优惠|優惠|减|減")
_OFF_BEFORE = (r"save|spare|économisez|ahorra|risparmi|bespaar|oszczędź|скидка|знижка|скидкой|indirim|diskon|"
               r"potongan|giảm|giam|ลด|خصم|تخفيض|הנחה|할인|减|減|sale|soldes|rebajas|saldi|promo|promoção|promocao|"
               r"promocja|promoción|promocion|uitverkoop|wyprzedaż|wyprzedaz|angebot|aktion|sconto|sconti|"
               r"black friday|cyber monday|セール|세일|시즌오프|促销|特卖|распродажа|акция")
# sale words anywhere in the text that make a bare "30%" a discount
_SALE_WORDS = re.compile(
    r"(?<![a-z])(?:sale|on sale|soldes|rebajas|saldi|promo|promoção|promocao|promocja|promoción|promocion|"
    r"uitverkoop|wyprzedaż|wyprzedaz|angebot|aktion|sonderangebot|black friday|cyber monday|boxing day|eofy|"
    r"end of season|clearance sale|outlet sale|summer sale|winter sale|prime day|singles day|"
    r"распродажа|акция|indirim|diskon|giảm giá|khuyến mãi|โปรโมชั่น|تخفيضات|عرض|מבצע)(?![a-z])"
    r"|セール|バーゲン|세일|시즌오프|특가|促销|特卖|特賣|折扣|大促|双十一|雙十一|618", re.IGNORECASE)
_PCT = r"(?<![\d.,])(\d{1,2}(?:[.,]\d)?)\s?[%％]"
_MINUS = re.compile(r"(?:^|[\s(\[:/|])[-−–]\s?" + _PCT)
_AFTER = re.compile(_PCT + r"\s?(?:" + _OFF + r")(?![a-z])", re.IGNORECASE)
_BEFORE = re.compile(r"(?<![a-z])(?:" + _OFF_BEFORE + r")\s?:?\s?(?:up to\s|bis zu\s|jusqu'à\s|hasta\s|fino al\s)?[-−–]?\s?"
                     + _PCT, re.IGNORECASE)
_TURKISH = re.compile(r"[%％]\s?(\d{1,2})\s?(?:indirim|indirimli)", re.IGNORECASE)  # "%20 indirim": the sign first
# "8折", "7.5折": Chinese retail states the share paid in tenths (8折 is 20 % off)
_ZHE = re.compile(r"(?<![\d.])([1-9](?:\.\d)?)\s?折")
_BARE = re.compile(r"(?<!%)" + _PCT)
# a percentage that is a share of something else
_NOT_OFF = re.compile(r"^\s?(?:cotton|coton|baumwolle|algodón|algodon|cotone|wool|silk|polyester|leather|vat|tax|mwst|"
                      r"tva|iva|btw|battery|akku|health|charged|new|original|genuine|authentic|pure|natural|cocoa|"
                      r"kakao|cacao|alcohol|abv|vol|fat|de grasa|grasa|protein|humidity|sugar|juice|fruit)(?![a-z])",
                      re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Discount:
    """A share off the listing states: `fraction` in (0, 1), `said` the words as written."""

    fraction: float
    said: str

    def describe(self) -> str:
        return f"{self.fraction:.0%} off ('{self.said}')"


def read_discount(text: ListingText) -> Discount | None:
    """The largest discount the listing's text states (see the module's docstring), or None."""
    original = text.original
    if "%" not in original and "％" not in original and "折" not in original:
        return None
    found: list[Discount] = []
    sale_said = _SALE_WORDS.search(original) is not None
    for pattern in (_MINUS, _AFTER, _BEFORE, _TURKISH):
        for m in pattern.finditer(original):
            if pattern is _MINUS and _NOT_OFF.match(original, m.end()):
                continue
            found.append(Discount(_fraction(m.group(1)), m.group(0).strip(" ([:/|")))
    if not found and sale_said:
        found = [Discount(_fraction(m.group(1)), m.group(0).strip()) for m in _BARE.finditer(original)
                 if not _NOT_OFF.match(original, m.end())]
    found += [Discount(round(1 - float(m.group(1)) / 10, 3), m.group(0)) for m in _ZHE.finditer(original)]
    found = [d for d in found if 0 < d.fraction < 1]
    return max(found, key=lambda d: d.fraction) if found else None


def _fraction(number: str) -> float:
    return float(number.replace(",", ".")) / 100
