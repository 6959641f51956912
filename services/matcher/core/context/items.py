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
from functools import cache

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
