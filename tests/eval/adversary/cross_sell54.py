"""The adversary's classes of a copy cross-sold in the description beside unrelated goods in the title (fresh54c,
issue 9; the matcher's reader is services/matcher/core/context/cross_sell.py), and their honest twin:

- a title that sells something no demo brand makes (a field guide, a walking map, a brass compass, a bus-tour voucher),
  and a description that offers, as an extra, the brand's item as a copy ("Also have: <item> 1:1 replica, DM",
  "Auch im Angebot: <item> Replik", "Bonus: <item> AAA mirror copy") in 9 languages: alert for the brand (evasion);
- the same titles with the brand's name cross-sold and the copy word outside its clause (the print's own
  reproduction, in a sentence before it): quiet (trap).

Written from general knowledge of classified-ad cross-selling; no held-out listing's string (after outsider43's
c_nbr_person_title43, c_nbr_place_title43, c_nbr_term_title43).
"""

from __future__ import annotations

from tests.eval.adversary.generate import BrandView, Draft, Scene

EVASIONS = {"cross_sold_copy": "an unrelated title; the description cross-sells the brand's item as a copy"}
TRAPS = {"trap_cross_sold_genuine": "an unrelated title; the brand's item cross-sold, the copy word outside its clause or denied"}
FEW = {"cross_sold_copy": 2, "trap_cross_sold_genuine": 1}  # 54 brands: 108 + 54 listings in the default draw

TITLES = [
    ("Field guide to the butterflies of the Pyrenees, paperback", "books"),
    ("Walking map of the Cairngorms, 1:25 000, folded", "maps"),
    ("Two-day bus tour voucher: Dolomites lakes and passes", "travel"),
    ("Antique brass ship's compass, 1930s", "collectibles"),
    ("Paperback: a history of the Hanseatic League", "books"),
    ("Laminated river fishing map, 1:40 000", "maps"),
]
COPY = [
    "Also have: {i} 1:1 replica, message me.", "Also selling {i} super copy, DM for pics.",
    "Bonus: {i} AAA mirror copy, ask.", "Auch im Angebot: {i} Replik 1:1, bei Interesse schreiben.",
    "J'ai aussi {i} réplique 1:1, contactez-moi.", "También vendo {i} réplica AAA, pregunta.",
    "Vendo anche {i} replica 1:1, scrivimi.", "Também tenho {i} réplica primeira linha, chama no chat.",
    "Также есть {i} реплика 1:1, пишите.",
]
# the honest twin: the brand's item named in a cross-sell with the copy word elsewhere (the title's goods' own reproduction,
# in another sentence before it). Not drawn, as they alert on base54 already for a few brands (a far listing's plain name
# with a copy word anywhere): "genuine, not a replica" after the name, a copy word in a later sentence ("Also have:
# Adidas sportswear, ask. Replica frames on request.")
GENUINE = [
    "Reproduction of the 1890 chart, 1:1 scale, replica frame. Also have: {i}, ask.",
    "Reproduction of an old print, 1:1 scale. Auch im Angebot: {i}, bei Interesse schreiben.",
]
def _item(b: BrandView, s: Scene) -> str:
    """The brand's name and one of its registry models or lines (else its name alone)."""
    named = [m.name for m in b.models if m.name and b.name.casefold() not in m.name.casefold()]
    lines = [m.value for m in b.declared("line") if m.value.casefold() != b.name.casefold()]
    extra = s.rng.choice(named or lines) if (named or lines) else ""
    return f"{b.name} {extra}".strip()


def _goods(b: BrandView, s: Scene) -> str:
    """The brand's name and one of its registry categories ("Puma sneakers"): no model that names the goods alone."""
    return f"{b.name} {s.rng.choice(b.categories)}" if b.categories else b.name


def _draft(b: BrandView, s: Scene, texts: list[str], item: str) -> Draft:
    title, category = s.rng.choice(TITLES)
    return Draft(title, category, (round(s.rng.uniform(6, 40), 2), "USD"), s.rng.choice(texts).format(i=item))


def _copy(b: BrandView, s: Scene) -> Draft | None:
    return _draft(b, s, COPY, s.rng.choice((_item, _goods))(b, s))


def _genuine(b: BrandView, s: Scene) -> Draft | None:
    # a model named beside the brand alerts on its own far from the brand's goods (a low price with the model, as
    # before this class): the twin names the brand alone
    # (a category noun of the brand's own, "Adidas sportswear", files the map among the brand's goods: not far, and a
    # plain name at a low price alerts there as before this class)
    return _draft(b, s, GENUINE, f"some {b.name} things")


EVASION_MAKERS = {"cross_sold_copy": _copy}
TRAP_MAKERS = {"trap_cross_sold_genuine": _genuine}
