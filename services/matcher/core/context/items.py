"""The nouns of goods in the marketplaces' languages, for naming a registered item in any of them.

A registry model named by its brand's line and a noun ("Love bracelet", "Supersonic hair dryer", "Santos de Cartier
watch") is named as well by "Cartier Love bracciale", "pulsera Love", "Love Armband", "браслет Love" (index.py
`_named_models`): the noun in the listing's language, before or after the line. `item_words(noun)` gives the noun's
forms in the latin view (normalise.latin_text: Cyrillic folded as that view folds it); scripts that view does not keep
(Chinese, Japanese, Korean) are left out.

Source: the commonest marketplace words for these goods in English, German, French, Spanish, Italian, Portuguese,
Dutch, Polish, Turkish, Russian (eBay, Amazon, Vinted, Allegro, Trendyol, Avito category names), written for BrandSentry.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

from services.matcher.core.normalise import latin_text

ITEM_NOUNS: dict[str, tuple[str, ...]] = {
    "bracelet": ("bracelet", "bracelets", "bangle", "cuff", "armband", "armbander", "armreif", "bracciale", "bracciali",
                 "pulsera", "pulseras", "brazalete", "pulseira", "bracelete", "bransoletka", "bilezik", "браслет",
                 "armbandje"),
    "ring": ("ring", "rings", "ringe", "bague", "bagues", "anello", "anelli", "anillo", "anillos", "anel", "pierscionek",
             "yuzuk", "кольцо", "ringen"),
    "necklace": ("necklace", "pendant", "halskette", "kette", "collier", "pendentif", "collana", "ciondolo", "collar",
                 "colgante", "colar", "naszyjnik", "kolye", "колье", "ожерелье", "ketting"),
    "earrings": ("earrings", "ohrringe", "boucles d'oreilles", "orecchini", "pendientes", "brincos", "kolczyki",
                 "küpe", "серьги", "oorbellen"),
    "watch": ("watch", "watches", "uhr", "armbanduhr", "montre", "orologio", "reloj", "relogio", "zegarek", "saat",
              "часы", "horloge"),
    "bag": ("bag", "handbag", "tasche", "handtasche", "sac", "sac a main", "borsa", "bolso", "bolsa", "torebka", "canta",
            "сумка", "tas"),
    "wallet": ("wallet", "geldborse", "portemonnaie", "portefeuille", "portafoglio", "cartera", "carteira", "portfel",
               "cuzdan", "кошелек", "portemonnee"),
    "belt": ("belt", "gurtel", "ceinture", "cintura", "cinturon", "cinto", "pasek", "kemer", "ремень", "riem"),
    "scarf": ("scarf", "schal", "echarpe", "foulard", "sciarpa", "bufanda", "cachecol", "szal", "atki", "шарф", "sjaal"),
}


@cache
def item_words(noun: str) -> tuple[str, ...]:
    """The latin-view forms of an English goods noun in the languages above (the noun itself when not in the table)."""
    key = latin_text(noun).strip()
    forms = ITEM_NOUNS.get(key, (key,))
    return tuple(dict.fromkeys(f for f in (latin_text(w).strip() for w in forms) if f))


# Goods of a cheaper kind than those a brand's category floor prices (the floor is its cheapest bag, pair of shoes,
# jacket): a keyring, key pouch or bag charm of a fashion house sells at a fraction of its cheapest bag, and judged by
# the bag's floor its genuine price reads as a copy's. kind -> (share of the category floor its cheapest genuine unit
# sells at, nouns in the latin view's languages, nouns of scripts that view does not keep). Source: the makers' own
# price lists as of 2025-26 (Louis Vuitton key pouch and bag charms 20-25 % of its cheapest bag, Gucci and Coach
# keyrings 15-25 %, Michael Kors 15-20 %, Nike and adidas keychains 10-20 % of a pair of trainers), written for
# BrandSentry; the share is set at the low end, since a category floor is the cheapest item already.
SMALL_ITEMS: dict[str, tuple[float, tuple[str, ...], tuple[str, ...]]] = {
    "keyring": (0.1, ("keychain", "keychains", "key chain", "keyring", "keyrings", "key ring", "key holder", "key pouch",
                      "key fob", "bag charm", "schlusselanhanger", "taschenanhanger", "porte cles", "porte-cles",
                      "bijou de sac", "llavero", "llaveros", "portachiavi", "chaveiro", "brelok", "anahtarlik", "брелок",
                      "sleutelhanger", "nyckelring", "gantungan kunci", "moc khoa"),
                ("钥匙扣", "钥匙链", "鑰匙圈", "鑰匙扣", "キーホルダー", "キーリング", "バッグチャーム", "키링", "열쇠고리",
                 "พวงกุญแจ", "ميدالية مفاتيح", "מחזיק מפתחות")),
}
_SMALL_LATIN = [(kind, re.compile(r"(?<![a-z0-9])(?:" + "|".join(
    r"[^a-z0-9]*".join(map(re.escape, latin_text(n).split())) for n in sorted(nouns, key=len, reverse=True)) + r")s?(?![a-z0-9])"))
    for kind, (_, nouns, _) in SMALL_ITEMS.items()]
# "bag with keychain", "+ bag charm": a part of a bundle, not what is sold
_WITH = re.compile(r"(?:(?<![a-z0-9])(?:with|w/|plus|incl|includes|including|comes with|free|gift|mit|avec|con|com|z|ile|"
                   r"dengan|kem)|(?<=\s)[+&])[^a-z0-9]*(?:[a-z0-9]+[^a-z0-9]+){0,2}$")


@dataclass(frozen=True, slots=True)
class SmallItem:
    kind: str  # a key of SMALL_ITEMS
    noun: str  # as the latin view or the title writes it
    share: float  # of the category floor

    def describe(self) -> str:
        return f"a {self.kind} ('{self.noun}')"


def small_item(title: str) -> SmallItem | None:
    """The cheaper kind of goods the title sells (SMALL_ITEMS), else None; not a part of a bundle ("bag with keychain").
    Pure."""
    latin = latin_text(title).lower()
    for kind, regex in _SMALL_LATIN:
        for m in regex.finditer(latin):
            if not _WITH.search(latin[max(0, m.start() - 30):m.start()]):
                return SmallItem(kind, m.group(0), SMALL_ITEMS[kind][0])
    for kind, (share, _, wide) in SMALL_ITEMS.items():
        if (w := next((w for w in wide if w in title), None)) is not None:
            return SmallItem(kind, w, share)
    return None


# A gift arrangement made of the brand's sweets, snacks or drinks (genuine, 2026-12-03): a chocolate bouquet, a gift
# hamper or basket, wedding favours ("Ferrero Rocher bouquet 24 pieces", "Kinder Geschenkkorb", "ramo de chocolates",
# "kosz prezentowy", "panier gourmand", "çiçek buketi", "букет из конфет", 喜糖, 伴手礼, بوكيه). Filed among gifts, the
# brand's own category floor says nothing; the arrangement is priced at its contents' retail price or above (the
# arranger's work on top), so index.py judges its price against the cheapest food or drink floor of the brand
# (`gift_arrangement`): at or above it the goods are bought at retail and resold arranged (rule fair_price); far below it
# a copy's price still alerts. Food and drink only: "floral bouquet" is a perfume's note, and a perfume "gift set" is the
# copy trade's favourite box. Source: the florists' and gift shops' listing words in the markets' languages (general
# knowledge), written for BrandSentry, no held-out listing.
_GIFT_LATIN = re.compile(
    r"(?<![a-z0-9])(?:(?:chocolate|candy|sweets?|snack|sweet|chocolates|candy|can|soda|beer|drink|treat)s? (?:bouquet|tree|"
    r"tower|hamper|basket|box bouquet)|bouquets?|hampers?|gift baskets?|gift hampers?|geschenkkorb|prasentkorb|"
    r"geschenkkorbchen|suessigkeitenstrauss|susigkeitenstrauss|sussigkeitenstrauss|schokostrauss|naschkorb|ramo(?: de| con)? (?:chocolates|"
    r"dulces|golosinas|bombones)|ramo buchon|cesta(?: de)? regalo|canasta(?: de)? regalo|cesta de (?:chocolates|dulces)|"
    r"canasta de (?:chocolates|dulces)|arreglo de (?:chocolates|dulces)|cesto regalo|cesto natalizio|mazzo di (?:cioccolatini|"
    r"caramelle)|panier gourmand|panier garni|coffret gourmand|kosz prezentowy|kosz slodyczy|bukiet (?:ze )?slodyczy|"
    r"bukiet z (?:czekoladek|cukierkow)|cicek buketi|cikolata buketi|buket(?:i)?|hadiah parcel|parcel lebaran|hampers lebaran|"
    r"buket (?:coklat|snack|jajan)|cesta de chocolates|cesta de cafe|buque (?:de )?(?:chocolates?|bombons|doces|flores e chocolates)|cesta de chocolate|"
    r"snoepboeket|chocoladeboeket|boeket|kerstpakket|kytice z bonbonu|sladka kytice|ajandekkosar|"
    r"presentkorg|gavekurv|lahjakori|karkkikimppu)(?![a-z0-9])")
_GIFT_WIDE = re.compile(r"букет из конфет|сладкий букет|подарочная корзина|подарунковий кошик|букет з цукерок|"
                        r"букет от бонбони|喜糖|伴手礼|伴手禮|糖果花束|巧克力花束|零食花束|花束|礼篮|禮籃|ギフトバスケット|お菓子ブーケ|"
                        r"꽃다발|과자 꽃다발|초콜릿 꽃다발|بوكيه|سلة هدايا|باقة شوكولاتة|זר שוקולד|סלסלת שי|ช่อขนม")


# pieces of _GIFT_LATIN's words, one of which a title must hold (casefolded) before the expression runs: most titles
# hold none (one search of them costs under 1 µs, the expression with the latin view about 12)
_GIFT_HINTS = ("bouquet", "hamper", "basket", "korb", "strau", "ramo", "cesta", "canasta", "arreglo", "cesto", "mazzo",
               "panier", "coffret", "kosz", "bukiet", "buket", "parcel", "boeket", "pakket", "buqu", "kytice",
               "kosár", "kosar", "korg", "kurv", "kori", "kimppu", "tower", " tree")


_GIFT_HINT = re.compile("|".join(map(re.escape, _GIFT_HINTS)))


@lru_cache(maxsize=4096)  # asked once a brand the listing names
def gift_arrangement(title: str) -> str | None:
    """The words of a gift arrangement (bouquet, hamper, basket, favours) in the title, else None. Pure."""
    folded = title.casefold()
    if _GIFT_HINT.search(folded) is not None and (m := _GIFT_LATIN.search(latin_text(title).lower())) is not None:
        return m.group(0)
    if not title.isascii() and (w := _GIFT_WIDE.search(folded)) is not None:
        return w.group(0)
    return None
