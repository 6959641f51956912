"""The goods named by the brand's own list price (rule list_price): the recommended retail price the brand publishes for
one of its lines, declared by the brand (`list_prices`, kind "list_price": "USD 10,250" the Submariner Date, "USD 599.99"
the Airwrap, "EUR 1,449" the Galaxy S24 Ultra), quoted as the anchor of a copy that names no brand ("41mm black
ceramic-bezel diver – boutique RRP USD 10,250, ours 390"). The buyer knows whose goods list at that price in that
category; the seller says so to tell him what the copy copies.

Read only right after a list-price word (LIST_WORDS: RRP, MSRP, SRP, UVP, PVP, "retail price", "list price", "boutique
price", "official price", "retails at", 公价 (the watch trade's "public price"), 专柜价, 官网价, 定価, 希望小売価格 ...)
and an amount with or without its currency (the listing's own when none is written; stated_price's amount reader). The
amount and the entry ("USD 10,250"; "USD 399.99 (headphones)" when the line's category is one of several the brand
sells in: then only that category counts) are compared in euros (the matcher's rates): within TOLERANCE of one another (a list price moves
by a few per cent a year and differs by market and tax). Of the brands whose list price it is, the ones whose category
the listing is in; more than one brand there names none (a watch listed at USD 9,000 could be several houses').

A genuine boutique quotes its own RRP: a weak candidate that needs the brand's category with a counterfeit cue or a
price far below the floor (`needs_cue`); an honest maker that compares ("the famous one costs 10,250, this is not that")
quotes no list-price word before the amount, or carries no copy cue.

Gate: a list-price word among the latin words (or, in CJK text, one regular expression).
"""

from __future__ import annotations

import re

from schemas import Listing, MarkFingerprint, Money, Rule
from services.matcher.core.context.instalments import fold, parse_amount
from services.matcher.core.context.stated_price import amount_at
from services.matcher.core.detectors.base import Catalogue, Detector
from services.matcher.core.normalise import ListingText
from services.matcher.core.prices import CurrencyRates, category_matches, names_category
from services.matcher.core.scoring import Evidence

TOLERANCE = 0.12  # a stated list price is the entry's within 12 % (yearly rises, markets, tax)
# the words that say the amount after them is the brand's list price (English trade words; German UVP "unverbindliche
# Preisempfehlung"; Spanish/Portuguese PVP "precio/preço de venda ao público"; French "prix public"; Chinese 公价 (the
# watch trade's list price), 专柜价 (department-store counter price), 官网价 (the official site's), 官方价, 原价; Japanese
# 定価, 希望小売価格)
_LIST = re.compile(
    r"(?<![a-z0-9])(?:(?:boutique|official|retail|list|store|counter|msrp|rrp|srp|recommended\s+retail)\s*(?:rrp|price|prices|msrp)"
    r"|rrp|msrp|srp|uvp|pvp|prix\s+public|prix\s+conseille|preisempfehlung|retails?\s+(?:at|for)|retail"
    r"|公价|公價|专柜价|專櫃價|官网价|官網價|官方价|官方價|定価|希望小売価格|메이커가|정가)(?:\s*\(?(?:in\s+)?(?:store|boutique|official)\)?)?"
    r"[\s:：=\-–—]*(?:(?:is|of|at|about|was|ca\.?|approx\.?|around)\s+)?")
_GATE = frozenset({"rrp", "msrp", "srp", "uvp", "pvp", "retail", "retails", "boutique", "list", "official", "prix",
                   "preisempfehlung"})
_WIDE = re.compile(r"公价|公價|专柜价|專櫃價|官网价|官網價|官方价|官方價|定価|希望小売価格|메이커가|정가")
# an entry: currency code, amount, and the line's category in brackets when the brand sells in several ("USD 399.99
# (headphones)": a console at that price is no Sony headphone's copy)
_ENTRY = re.compile(r"\s*([A-Z]{3})\s*([0-9][0-9,.]*(?:\s[0-9]{3})*)\s*(?:\((.+)\))?\s*$")


def list_words(text: ListingText) -> frozenset[str]:
    """A gate's token kind: the list-price words among the latin words, and "wide" for one in CJK text."""
    found = text.latin_words & _GATE
    if not text.is_ascii and _WIDE.search(text.original):
        return found | {"wide"}
    return found


class ListPriceDetector(Detector):
    name = "list_prices"

    def __init__(self, catalogue: Catalogue) -> None:
        super().__init__(catalogue)
        self._prices: list[tuple[int, float, str | None]] = []  # (fingerprint, list price in euros, line's category)
        self._rates = CurrencyRates(catalogue.config.rates())

    def add(self, i: int, fp) -> str | None:
        if not isinstance(fp, MarkFingerprint) or fp.vocabulary != "list_price":
            return None
        m = _ENTRY.match(fp.value)
        amount = parse_amount(m.group(2).replace(" ", "")) if m else None
        eur = self._rates.to_eur(Money(amount=amount, currency=m.group(1))) if amount else None
        if eur is None:
            return f"a list price is a currency code and an amount the matcher can convert (USD 10,250): {fp.value!r}"
        self._prices.append((i, eur, m.group(3).strip() if m.group(3) else None))
        return None

    def gate(self):
        return {list_words: _GATE | {"wide"}} if self._prices else {}

    def detect(self, text: ListingText, listing: Listing) -> list[Evidence]:
        folded = fold(text.original)
        if folded is None:
            return []
        own = listing.price.currency if listing.price is not None else "USD"
        out: list[Evidence] = []
        for m in _LIST.finditer(folded):
            if (a := amount_at(folded, m.end(), own)) is None:
                continue
            eur = self._rates.to_eur(Money(amount=a.amount, currency=a.currency))
            if not eur:
                continue
            near = [i for i, price, category in self._prices if abs(eur - price) <= TOLERANCE * price and (
                self._in_category(i, text, listing) if category is None else
                category_matches(listing.category, category) or names_category(text.latin_words, [category]))]
            brands = {self.catalogue.fingerprint_brand[i] for i in near}
            if len(brands) != 1:
                continue  # no brand's list price in the listing's category, or several brands': names none
            field, s, e, said = text.locate(m.start(), a.end)
            for i in near:
                fp = self.fingerprints[i]
                out.append(Evidence(Rule.list_price, self.weights.fuzzy_distance_1, i, field, s, e, said.strip(),
                                    fp.value, needs_corroboration=True, needs_cue=True,
                                    detail=f"'{said.strip()}' quotes the brand's own list price for its goods "
                                           f"({fp.value}, within {TOLERANCE:.0%}); a boutique quotes it too: needs the "
                                           "brand's category and a cue or a price far below the floor"))
                break  # one a brand
        return out

    def memory_bytes(self) -> int:
        return 60 * len(self._prices)

    def stats(self) -> dict[str, int]:
        return {"list_prices": len(self._prices)}
