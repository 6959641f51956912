"""Prices far below the genuine one: per model where known, else per mark or product line (MarkFingerprint.price_floor),
else per brand and category, else per brand."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from schemas import Money


@dataclass(frozen=True, slots=True)
class Floor:
    fingerprint: int  # index of the price-floor or model fingerprint
    amount_eur: float
    scope: str  # "model", "line", "category", "brand" or "part" (part_prices.COMPONENTS, index._component_floor)
    what: str = ""  # the line's name ("Airwrap")


# Cryptocurrencies a listing may be priced in, with the band of euros one coin fetched: (lowest, highest). A coin's rate
# moves by half in a month, so no one rate may stand for it: a price in a coin is judged low only when it is low at the
# band's highest rate (CurrencyRates.band, index.py), and otherwise not judged (never read as dollars). Source: the
# coins' daily closing prices in 2024-2025 as the public market trackers (CoinMarketCap, CoinGecko) show them, in EUR,
# rounded outwards by about a tenth; general knowledge, written for BrandSentry. Stablecoins pegged to the US dollar
# (USDT, USDC, DAI, FDUSD, TUSD, PYUSD, USDE) are dollars: the rate table's USD (STABLECOINS).
CRYPTO_BANDS: dict[str, tuple[float, float]] = {
    "BTC": (35_000.0, 115_000.0), "XBT": (35_000.0, 115_000.0), "ETH": (1_300.0, 4_500.0), "LTC": (45.0, 130.0),
    "XMR": (100.0, 420.0), "SOL": (90.0, 270.0), "BNB": (350.0, 1_200.0), "XRP": (0.4, 3.3), "DOGE": (0.06, 0.45),
    "TRX": (0.1, 0.42), "ADA": (0.25, 1.2), "TON": (1.5, 7.5), "DOT": (3.0, 11.0), "BCH": (200.0, 650.0),
}
STABLECOINS = frozenset({"USDT", "USDC", "DAI", "FDUSD", "TUSD", "PYUSD", "USDE", "BUSD"})


class CurrencyRates:
    """Converts amounts through the euro with a table of units per euro."""

    def __init__(self, per_euro: dict[str, float]) -> None:
        self.per_euro = {code.upper(): rate for code, rate in per_euro.items() if rate > 0}
        self.per_euro["EUR"] = 1.0
        if "USD" in self.per_euro:  # a stablecoin is a dollar
            self.per_euro.update({code: self.per_euro["USD"] for code in STABLECOINS if code not in self.per_euro})

    def to_eur(self, money: Money) -> float | None:
        rate = self.per_euro.get(money.currency)
        return None if rate is None else money.amount / rate

    @staticmethod
    def band(money: Money) -> tuple[float, float] | None:
        """(lowest, highest) euros the amount is worth when it is priced in a cryptocurrency of CRYPTO_BANDS, else
        None (a currency of the rate table, or one unknown)."""
        band = CRYPTO_BANDS.get(money.currency.upper())
        return None if band is None else (money.amount * band[0], money.amount * band[1])


def category_matches(listing_category: str | None, category: str) -> bool:
    """A listing category like "Electronics > Headphones" is in the brand category "headphones": the category's words,
    whole (a plural ending allowed: "Footballs" is in "football"), never a piece of a longer word (unfiled31: Canon's
    "ink" is not in "Soft Drinks", nor "Pink Hoodies", Apple's "phones" not in "Headphones"); a path among
    pet supplies ("Pet Supplies > Dog Toys") is in a brand's category only when that category is pets' too ("pet food")."""
    if not listing_category or not _category_words(category).search(listing_category.casefold()):
        return False
    return not _for_pets(listing_category) or _for_pets(category)


@lru_cache(maxsize=1 << 10)
def _category_words(category: str) -> re.Pattern:
    """The brand category's words as a whole-word pattern (spaces: any run of spaces or hyphens), its last word as
    written or with a plural ending ("ink": "Inks & Toners"; "football": "Footballs"), or a closed compound
    CLOSED_COMPOUNDS lists ("Handbags" are bags; "Headphones" are no phones)."""
    words = category.casefold().split()
    if not words:
        return re.compile(r"(?!)")
    body = r"[\s\-]+".join(re.escape(w) for w in words) + r"(?:s|es)?"
    compounds = "".join(f"|{re.escape(c)}" for c in CLOSED_COMPOUNDS.get(category.casefold(), ()))
    return re.compile(rf"(?<![^\W_])(?:{body}{compounds})(?![^\W_])")


# (unfiled31) the closed compounds of English category paths that are kinds of a brand category written as one word:
# a handbag is a bag, a smartwatch or wristwatch a watch; headphones are no phones and drinks no ink (no such list
# entry: whole words only). General knowledge of marketplace category names (eBay, Amazon).
CLOSED_COMPOUNDS: dict[str, tuple[str, ...]] = {
    "bags": ("handbags", "shoulderbags"),
    "watches": ("smartwatches", "wristwatches"),
}


# (unfiled31) the catch-all categories feeds send for goods they do not sort (eBay's "Everything Else > Other",
# Kleinanzeigen "Sonstiges", leboncoin "Autres", Wallapop "Otros", Subito "Altro", OLX "Inne"/"Outros", Avito "Другое",
# sahibinden "Diğer", Mercari "その他", Xianyu "其他闲置", Danggeun "기타"; general knowledge): the path's last level says
# nothing of the goods, as no category at all (index._brand_floor judges both alike)
_CATCH_ALL = re.compile(r"(?:others?|misc\.?|miscellaneous|general|generic|uncategori[sz]ed|unsorted|everything else|"
                        r"sonstiges?|alles andere|andere|autres?|divers|otros?|varios|altro|altri|outros?|overige|"
                        r"inne|pozostałe|другое|прочее|diğer|その他|其他\w*|其它|기타|n/?a|none|null|-+|items?|all|"
                        r"all categories|todas las categorías|toutes catégories)")


def catch_all(listing_category: str | None) -> bool:
    """Whether a listing filed under `listing_category` is filed nowhere: no category, or a catch-all last level
    (_CATCH_ALL: "Other", "Everything Else > Other", "Sonstiges", その他)."""
    return not listing_category or any(_CATCH_ALL.fullmatch(level.strip().casefold())
                                       for level in (listing_category, category_leaf(listing_category)))


# the words of a category path that file goods for animals (eBay's, Amazon's and Zooplus's "Pet Supplies", "Dog Toys",
# "Cat Treats"; German, French, Spanish, Portuguese, Italian, Polish and Dutch forms): a dog's toy is no toy maker's
_PETS = re.compile(r"(?<![a-z])(?:pets?|pet supplies|tierbedarf|haustier\w*|animalerie|mascotas?|zoo ?(?:bedarf|artikel)|"
                   r"(?:dog|cat|puppy|kitten)s? (?:toys?|supplies|food|treats|beds?|accessories|chews?)|"
                   r"hunde?(?:spielzeug|bedarf|futter)|katzen(?:spielzeug|bedarf|futter)|"
                   r"(?:jouets?|accessoires) pour (?:chiens?|chats?)|juguetes para (?:perros?|gatos?)|"
                   r"brinquedos para (?:caes|cachorros?|gatos?)|giochi per (?:cani|gatti))(?![a-z])")


@lru_cache(maxsize=1 << 14)
def _for_pets(category: str) -> bool:
    return bool(_PETS.search(category.casefold()))


def names_category(words: frozenset[str], categories: list[str]) -> bool:
    """Whether the text's words (latin view) name one of the categories, singular or plural:
    "samsun earbuds" names "earbuds", "bose headphone" names "headphones"."""
    for category in categories:
        parts = category.casefold().split()
        # (logos34) and the "-es" plural: "watch" names "watches" ("watche" is no word; outsider32's "moon
        # chronograph watch with the Ω logo", filed in no category)
        if parts and all(p in words or p.rstrip("s") in words or f"{p}s" in words
                         or p.endswith("hes") and p[:-2] in words for p in parts):
            return True
    return False


class BrandFloors:
    """The category and brand-wide floors of one brand."""

    def __init__(self) -> None:
        self.by_category: list[tuple[str, Floor]] = []
        self.brand_wide: Floor | None = None

    def add(self, category: str | None, floor: Floor) -> None:
        if category is None:
            self.brand_wide = floor
        else:
            self.by_category.append((category, floor))

    def for_category(self, listing_category: str | None) -> Floor | None:
        """The highest floor among the brand's categories the listing is in, those its path's last level names first
        ("Jewelry & Watches > Jewelry" is jewelry, not watches)."""
        matching = [(c, f) for c, f in self.by_category if category_matches(listing_category, c)]
        if not matching:
            return None
        in_leaf = [f for c, f in matching if category_matches(category_leaf(listing_category), c)]
        return max(in_leaf or [f for _, f in matching], key=lambda f: f.amount_eur)


_LEVELS = re.compile(r"\s*(?:>|›|»|/|\|)\s*")  # the separators of a category path


@lru_cache(maxsize=4096)
def category_leaf(category: str | None) -> str:
    """The last level of a category path ("Software & Games > Consoles" is filed among consoles). Pure; remembered
    (a listing's readers ask it of its category ~9 times, and listings share their categories; issue 16)."""
    return _LEVELS.split(category)[-1] if category else ""


def price_weight(ratio: float, *, threshold: float, at_threshold: float, maximum: float) -> float:
    """Zero at or above the threshold ratio, rising linearly to `maximum` as the price falls to nothing."""
    if ratio >= threshold:
        return 0.0
    return at_threshold + (maximum - at_threshold) * (1 - ratio / threshold)
