"""The adversary's classes of listings filed under a category of none of the brand's (packs32, issue 9).

A watch filed under "Books", a bag under "Garden": the category is a seller's slip or a dodge, and the goods are what
the title names. The matcher judges such a listing by the floor of the brand's category its title names
(index._filed_wrong, index._node_floor), as one filed nowhere: genuine goods at a shop's price stay quiet
(trap_misfiled_fair), copies at a copy's price alert with nothing else to go on (misfiled_copy_price). Both name the
brand by its own name, a mark it writes on its goods that needs no corroboration, and goods whose words name one of
its categories with a floor ("automatic watch 41mm": watches); a title naming none of them keeps the brand-wide floor
(or none), as before. Written from first principles for the demo registry; nothing of a held-out set's listings was
copied. Brands with no such category or whose name is an everyday word are in test_adversary.py's every-brand
exclusions.
"""

from __future__ import annotations

import re

from tests.eval.adversary import context
from tests.eval.adversary.generate import BrandView, Draft, Scene, _cap, _fold

EVASIONS = {
    "misfiled_copy_price": "the brand's goods named plainly with their category's words, filed under a category of "
                           "none of the brand's (books, garden, crafts ...), no cue, far below the floor",
}
TRAPS = {
    "trap_misfiled_fair": "the brand's goods named plainly with their category's words, filed under a category of none "
                          "of the brand's, at a shop's price (quiet)",
}

# categories of no demo brand's goods (context.FAR_CATEGORIES without the catch-all "other" and none)
WRONG = ["home decor", "books", "garden", "crafts", "party supplies", "Books > Fiction", "Home & Garden > Garden Tools",
         "pet supplies", "Baby > Nursery"]


def _names(phrase: str, category: str) -> bool:
    """Whether the product phrase's words name the category (every word, singular or plural), as shops write it."""
    words = set(phrase.casefold().split())
    return all(p in words or p.removesuffix("s") in words or p.removesuffix("es") in words or f"{p}s" in words
               for p in category.casefold().split())


# a phrase of the catalogue that counts several units ("minifigure collection 12 pack", "die-cast car 1:64 5 pack"): the
# catalogue prices each phrase as one unit's floor (context.py), no honest price for a pack (packs.py prices packs)
_PACKED = re.compile(r"\d+ ?pack|pack of|dozen|tube of")


def _goods(b: BrandView, s: Scene) -> tuple[str, str] | None:
    if not any(_fold(m.value) == _fold(b.name) and not m.everyday for m in b.latin_marks):
        return None
    found = [(c, p) for c in b.categories if c in b.floors
             for p in context.BRAND_PRODUCTS.get((b.id, c)) or context.PRODUCTS.get(c, ([], "", 0))[0]
             if _names(p, c) and not _PACKED.search(p)]
    return s.rng.choice(found) if found else None


def _wrong(b: BrandView, s: Scene) -> str:
    own = {c.casefold() for c in b.categories}
    return s.rng.choice([w for w in WRONG if not any(word in own for word in w.casefold().replace(">", " ").split())]
                        or ["books"])


def make_copy_price(b: BrandView, s: Scene) -> Draft | None:
    if (found := _goods(b, s)) is None:
        return None
    category, product = found
    title = s.rng.choice([f"{b.name} {product}", f"{_cap(product)} {b.name}", f"{b.name} {product} {s.filler()}"])
    return Draft(title, _wrong(b, s), s.price(category, low=True), s.rng.choice(context.DESCRIPTIONS))


def make_fair(b: BrandView, s: Scene) -> Draft | None:
    if (found := _goods(b, s)) is None:
        return None
    category, product = found
    title = s.rng.choice([f"{b.name} {product}", f"{b.name} {product}, genuine", f"{b.name} {product} – boxed"])
    return Draft(title, _wrong(b, s), s.price(category), s.rng.choice(["", "Receipt included.", "Bought new."]))


EVASION_MAKERS = {"misfiled_copy_price": make_copy_price}
TRAP_MAKERS = {"trap_misfiled_fair": make_fair}
