"""The adversary's classes of listings filed nowhere (issue 9, unfiled31). Many marketplace feeds send a listing with no
category, or with a catch-all one ("Other", "Misc", "Sonstiges", "Divers", "Otros", その他, 其他) or one that is plainly
wrong for the goods (a watch under "Home & Garden", a handbag under "Office Supplies"). The matcher then cannot take the
brand's floor for the listing's category: it judges the goods by the floor of the brand's category the title names, else
where the brand's category floors agree (index._brand_floor, _node_floor, _agreed). These classes take the whole of the
generator's own classes for copies and for honest goods and refile them so, for every brand: the copy trade's listings
(coded copy words, a copy's price without any copy word, a "used" copy at a copy's price, a gift card far below its
face) must alert wherever they are filed (evasions); genuine goods at a shop's price, used goods at a used price, the
brand's authorised sellers, gift cards at face value, licensed goods, books about the brand, accessories for its goods
and discounted genuine goods must stay quiet however they are filed (traps).

Written from general knowledge of marketplace feeds (eBay's "Everything Else > Other", Kleinanzeigen "Sonstiges",
leboncoin "Autres", Wallapop "Otros", Mercari "その他", Xianyu "其他闲置", OLX "Inne", Avito "Другое"); no held-out
listing and nothing of the matcher was read. The class was found by outsider28's genuine goods sent with no category.
"""

from __future__ import annotations

from tests.eval.adversary.generate import EVASION_MAKERS as _EVASION_TABLE
from tests.eval.adversary.generate import TRAP_MAKERS as _TRAP_TABLE
from tests.eval.adversary.generate import BrandView, Draft, Scene

# the catch-all categories feeds send (English, German, French, Spanish, Italian, Portuguese, Dutch, Polish, Russian,
# Turkish, Japanese, Chinese, Korean)
GENERIC = ["Other", "Misc", "Miscellaneous", "Everything Else > Other", "General", "Uncategorized", "Sonstiges",
           "Alles andere", "Autres", "Divers", "Otros", "Varios", "Altro", "Outros", "Overige", "Inne", "Другое",
           "Diğer", "その他", "其他", "其他闲置", "기타", "N/A", "-", "Items"]
# categories that are wrong for any of the demo brands' goods (none names a brand category: prices.category_matches)
WRONG = ["Home & Garden", "Garden & Patio", "Office Supplies", "Musical Instruments", "Arts & Crafts", "Stamps",
         "Coins & Paper Money", "Haus & Garten", "Maison & Jardin", "Hogar y jardín", "Casa e giardino",
         "Bürobedarf", "Baby > Nursery Furniture", "Industrial > Lab Equipment", "Real Estate", "Tickets & Events"]

# the generator's classes refiled here: (this module's class, the base class, what it is)
_EVASIONS = [
    ("unfiled_cue", "cue", "a coded counterfeit cue with the mark"),
    ("unfiled_price", "price", "the mark at a copy's price, no copy word"),
    ("unfiled_claimed_used", "fake_claimed_used", "a copy said to be used at a copy's price"),
    ("unfiled_sale_copy_price", "fake_sale_copy_price", "a 'sale' at a copy's price"),
    ("unfiled_gift_card_cheap", "gift_card_cheap", "a gift card far below its face value"),
]
_TRAPS = [
    ("trap_unfiled_retail", "trap_new_retail_fair", "genuine goods at a shop's price"),
    ("trap_unfiled_used", "trap_used_resale", "used genuine goods at a used price"),
    ("trap_unfiled_authorized", "trap_authorized", "the brand's own authorised sellers"),
    ("trap_unfiled_gift_card", "trap_gift_card_face", "gift cards at face value"),
    ("trap_unfiled_licensed", "trap_licensed_toy", "licensed goods of another maker"),
    ("trap_unfiled_book", "trap_book_about_brand", "books about the brand"),
    ("trap_unfiled_accessory", "trap_accessory", "third-party accessories for the brand's goods"),
    ("trap_unfiled_discount", "trap_sale_discount", "genuine goods at a shop's sale discount"),
]
_WHERE = "filed nowhere: no category (half), a catch-all one or one wrong for the goods"
# registered: the classes at the floor (0.98) on seeds 9 and 11 (unfiled31). PENDING: below the floor on seed 9 at
# unfiled31's end (recall or quiet in brackets), kept out of generate.py's registration until the matcher reaches
# them (COMMON31: no class below the floor is registered); score them with pending_cases() below.
_REGISTERED = {"trap_unfiled_used", "trap_unfiled_authorized", "trap_unfiled_gift_card", "trap_unfiled_accessory"}
PENDING = {"unfiled_cue": 0.935, "unfiled_price": 0.326, "unfiled_claimed_used": 0.883,
           "unfiled_sale_copy_price": 0.729, "unfiled_gift_card_cheap": 0.902, "trap_unfiled_retail": 0.887,
           "trap_unfiled_licensed": 0.914, "trap_unfiled_discount": 0.823,
           "trap_unfiled_book": 0.980}  # book: 0.963 on seed 11
EVASIONS = {name: f"{what}, {_WHERE} (must alert)" for name, _base, what in _EVASIONS if name in _REGISTERED}
TRAPS = {name: f"{what}, {_WHERE} (quiet)" for name, _base, what in _TRAPS if name in _REGISTERED}


def _refiled(base: str):
    """A maker that draws the base class's listing and files it nowhere: no category, a catch-all one, or a wrong one."""
    def make(b: BrandView, s: Scene) -> Draft | None:
        tables = _TRAP_TABLE if base.startswith("trap_") else _EVASION_TABLE  # filled as the modules register
        if (draft := tables[base](b, s)) is None:
            return None
        roll = s.rng.random()
        draft.category = None if roll < 0.5 else s.rng.choice(GENERIC) if roll < 0.8 else s.rng.choice(WRONG)
        return draft
    return make


EVASION_MAKERS = {name: _refiled(base) for name, base, _what in _EVASIONS if name in _REGISTERED}
TRAP_MAKERS = {name: _refiled(base) for name, base, _what in _TRAPS if name in _REGISTERED}
PENDING_MAKERS = {name: _refiled(base) for name, base, _what in (*_EVASIONS, *_TRAPS) if name not in _REGISTERED}


def pending_cases(seed: int = 9, per: int = 10) -> list:
    """The PENDING classes' cases (registered for this call only): `from tests.eval.adversary.report import score`."""
    from tests.eval.adversary import generate as _module  # noqa: F401  (the package attribute is the function)
    import sys
    g = sys.modules["tests.eval.adversary.generate"]
    saved = dict(g.EVASION_MAKERS), dict(g.TRAP_MAKERS), dict(g.TRAPS), dict(g.EVASIONS)
    try:
        for name, maker in PENDING_MAKERS.items():
            (g.TRAP_MAKERS if name.startswith("trap_") else g.EVASION_MAKERS)[name] = maker
            (g.TRAPS if name.startswith("trap_") else g.EVASIONS)[name] = name
        return [c for c in g.generate(seed=seed, kinds=set(PENDING_MAKERS), per_class=per, per_trap=per)
                if c.kind in PENDING_MAKERS]
    finally:
        for table, old in zip((g.EVASION_MAKERS, g.TRAP_MAKERS, g.TRAPS, g.EVASIONS), saved):
            table.clear()
            table.update(old)
