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
