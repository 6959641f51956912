"""A registered model number inside goods far from the brand: a number of other goods, not the brand's product.

"Deep groove ball bearing, lot 126334, 20 pcs", "B6067417 – replacement O-ring for pump", "HD08 hard drive caddy",
"Label tape 12mm, ref A3090": shops, warehouses and makers of every kind number their goods, lots, orders and parts
(SKU, lot, batch, part no., order #, Art.-Nr., réf., cod., 品番, 型号), and a short registered model number (six
digits, a letter and four digits) is one such number among millions. Where the listing's category and title nouns
belong to none of the brand's sectors (sectors.py), a model number that is the only thing naming the brand, no mark of
it beside, names nothing by itself: it needs corroboration as a bare everyday-word mark does there (judge.py's
category_distance: a counterfeit cue together with a price below a brand-wide floor, or the replica trade's own words,
1:1, AAA, super copy). A model number with a mark of the brand, two of its model numbers, or one written with look-alike
characters (WH-1OOOXM5: models.py's look-alike reading, a sign of intent) still name the product wherever it is filed,
and in the brand's own goods a bare model number names the product as before (a copy cue or a copy's price alerts).

Rule: the evidence keeps rule `model`, flagged `everyday` with the reason NUMBER_FAR; the note is `category_distance`.
"""

from __future__ import annotations

import re

from schemas import Rule
from services.matcher.core.context.sectors import Sectors, SectorsFound
from services.matcher.core.prices import category_leaf
from services.matcher.core.scoring import Evidence

# the reason on a model number's own signal
NUMBER_FAR = ("a bare model number far from what the brand sells is a number of other goods (a part, lot, order or "
              "SKU number): needs corroboration")
# models.py's look-alike reading says so in its evidence (detectors/model_lookalikes.py): a disguised number is intent
LOOKALIKE = "look-alike characters"


def bare_numbers(identity: list[Evidence]) -> list[Evidence]:
    """The model numbers among a brand's identity evidence when they are all that names it and none is written with
    look-alike characters, else []. identity: the brand's identity evidence with weight > 0. Pure."""
    if not identity or any(e.rule is not Rule.model or LOOKALIKE in (e.detail or "") or not (e.text or "").isascii()
                           for e in identity):
        return []  # a look-alike digit or letter (НS05 with a Cyrillic Н) is a disguise, intent wherever it is filed
    return identity


def number_far_note(numbers: list[Evidence]) -> str:
    """The category_distance note's reason for a bare model number far from the brand's goods."""
    said = ", ".join(dict.fromkeys(f"'{e.text}'" for e in numbers if e.text))
    return (f"the model number {said} is all that names the brand, and this far from its goods a number like it is a "
            "part, lot, order or SKU number of other goods: it needs corroboration (a counterfeit cue together with a "
            "price below a brand-wide floor, or the replica trade's own words)")


def narrow_sectors(found: SectorsFound, table: Sectors) -> frozenset[str]:
    """The listing's sectors read by its longest keywords: a word inside a longer keyword the listing also holds
    names nothing of its own ("ring" of "O-ring" or "piston ring", "watch" of "watch battery"), as the goods a number
    is printed on are named by the whole noun. found: the listing's SectorsFound (judge.Reading.sectors). Pure."""
    words = list(dict.fromkeys(found.words))
    kept = [w for w in words if not any(w != o and f" {w} " in f" {o} " for o in words)]
    return frozenset().union(*(table.keyword(w) for w in kept)) if kept else frozenset()


def other_goods(numbers: list[Evidence], listing: frozenset[str], table: Sectors) -> SectorsFound | None:
    """The sectors of the registered models' own goods (their names' nouns: "Millenia necklace" apparel, "GG Marmont
    small shoulder bag" apparel and bags) when every model names its goods and none of them is of the listing's
    sectors: the number is printed on goods of another kind than the model ("Order #5636708 – custom wooden sign",
    a Swarovski necklace's number, where Swarovski also sells home decor), else None. A model named by its line alone
    ("Datejust 41", "Barbie Dreamhouse") says nothing of its goods: the brand's sectors decide. Pure."""
    if not listing:
        return None
    found = [table.of_words(e.goods, title=True) for e in numbers if e.goods]
    if len(found) != len(numbers) or any(not f.sectors for f in found):
        return None
    sectors = frozenset().union(*(f.sectors for f in found))
    if not sectors.isdisjoint(listing):
        return None
    return SectorsFound(sectors, tuple(w for f in found for w in f.words))


def goods_sectors(listing, found: SectorsFound, judge) -> SectorsFound:
    """The sectors of the goods a bare number is printed on: the listing's category's (its last level's when that names
    any: "Collectibles > Postcards" files postcards, not toys) and its title's, each read by its longest keywords
    (`narrow_sectors`: "Rodamiento rígido de bolas" names no balls, "Cable ties" no cables, "O-ring" no ring). listing:
    the Listing; found: its sectors (judge.Reading.sectors); judge: the Judge (its `category_sectors` and `sectors`)."""
    category = listing.category
    out: frozenset[str] = frozenset()
    for path in (category_leaf(category), category) if category else ():
        by_category = judge.category_sectors(path)
        if by_category.sectors and not by_category.generic:
            out = narrow_sectors(by_category, judge.sectors)
            break
    title = judge.sectors.of_words(listing.title, title=True)
    return SectorsFound(out | narrow_sectors(title, judge.sectors), found.words)


# "no." / "No" / "nr." / "n°" right before a number abbreviates "number" (numero), as part, order and catalogue numbers
# are labelled in English, Dutch, German and Polish ("part no. 126334", "Art.-Nr. 443497", "n° 5636708"): no "no"
# that denies what follows (negation.py)
_NUMERO = re.compile(r"(?i)^\s*(?:no|nr|n|num|nº|n°)\s*[.#:°º]?\s*$")


def numero(before: str) -> bool:
    """Whether the text from a negation word to a model number is the abbreviation of "number" ("no. ", "No ",
    "nr.", "n° "). Pure."""
    return bool(_NUMERO.match(before))
