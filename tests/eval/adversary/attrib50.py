"""The adversary's classes of a listing that names two brands where only one brand's goods are a copy.

- A lot of two owners' items, one genuine with its receipt, the other "a 1:1 replica" (English, French, German,
  Spanish, Portuguese, Russian, Turkish, Indonesian lines), at the genuine item's price: only the copied brand alerts.
- A retailer's genuine goods with a FREE copy of another brand's goods ("+ FREE <goods>", "Geschenk", "cadeau",
  "de regalo", "в подарок"), at the genuine goods' price: only the copied brand alerts.
- A copy of the brand's goods sold as fitting another brand's device or vehicle ("for <other goods>", "für", "pour",
  "para", "для", "compatible with", "适用于"): only the copied brand alerts.
- A copy of the brand's goods compared with another brand's genuine goods ("better than", "besser als", "mejor que",
  "meilleur que", "лучше чем", "vs"): only the copied brand alerts.
- A clone of the brand's goods that names another brand's component ("<other> battery / panel / motor inside"): only
  the cloned brand alerts.

The lot and the freebie were gaps, registered since lots51 (index._beside_copy). Every class is an evasion whose label is the copied brand alone: the adversary's scorer asks that exactly that brand
alerts, so the other brand alerting fails the case. Written from general knowledge of closet lots, marketplace
freebies, fitment lines and comparison pitches; the other brand is another registry brand of the same trade
(evasions36._yardstick); no held-out listing's string (attrib50, issue 9, after outsider38's wrong-brand alerts).
"""

from __future__ import annotations

from tests.eval.adversary.cover import _title_floor
from tests.eval.adversary.evasions36 import _yardstick
from tests.eval.adversary.generate import BrandView, Draft, Scene
from tests.eval.adversary.moving import _goods

# once gaps (the genuine item's brand alerted in 17 % of lots and 18 % of freebies, attrib50's report), registered by
# lots51: the copy's brand alerts and the vouched brand is lowered (index._beside_copy); two listings a brand (FEW)
GAPS = {
    "attrib_lot_one_copy": "a lot of two brands' items, one genuine with a receipt, the other a replica (8 languages), "
                           "at the genuine item's price: only the copied brand",
    "attrib_freebie_copy": "a genuine item of another brand with a FREE copy of the brand's goods, at the genuine "
                           "item's price: only the copied brand",
}
EVASIONS = {
    **GAPS,
    "attrib_fits_copy": "a copy of the brand's goods 'for' another brand's goods (für, pour, para, для, 适用于): only "
                        "the copied brand",
    "attrib_versus_copy": "a copy of the brand's goods 'better than' another brand's goods (besser als, mejor que, "
                          "лучше чем, vs): only the copied brand",
    "attrib_component_copy": "a clone of the brand's goods naming another brand's component inside: only the cloned "
                             "brand",
}

COPIES = ["1:1 replica", "AAA copy", "mirror copy", "réplique", "Replik", "réplica 1:1", "копия", "high copy"]
# (title with {o} the genuine goods and {g} the copy, description), one language each
LOTS = [
    ("Lot: {o} + {g}", "{o} – genuine, with receipt.\n{g} – {c}, to be honest."),
    ("Lot vide-dressing : {o} + {g}", "{o} : authentique, avec facture.\n{g} : {c}, je préfère le dire."),
    ("Paket: {o} + {g}", "{o} – original mit Rechnung.\n{g} – {c}, ehrlich gesagt."),
    ("Lote: {o} + {g}", "{o}: original, con ticket.\n{g}: {c}, para ser sincero."),
    ("Lote: {o} + {g}", "{o}: original, com nota fiscal.\n{g}: {c}, sendo honesto."),
    ("Лот: {o} + {g}", "{o} — оригинал, с чеком.\n{g} — {c}, честно говорю."),
    ("Set: {o} + {g}", "{o}: orijinal, faturalı.\n{g}: {c}, dürüst olayım."),
    ("Paket: {o} + {g}", "{o}: asli, ada nota.\n{g}: {c}, jujur saja."),
]
FREEBIES = [
    ("{o} + FREE {g}!!", "{o} – brand new, 1 year warranty.\n\nFREE GIFT: {g} ({c}) while stocks last."),
    ("{o} + {g} GRATIS", "{o}: nuevo, garantía de un año.\n\nDe regalo: {g} ({c})."),
    ("{o} + {g} en cadeau", "{o} : neuf, garantie un an.\n\nEn cadeau : {g} ({c})."),
    ("{o} + {g} als Geschenk", "{o}: neu, ein Jahr Garantie.\n\nGeschenk: {g} ({c})."),
    ("{o} + {g} в подарок", "{o} — новый, гарантия год.\n\nВ подарок: {g} ({c})."),
]
FITS = ["{g} ({c}) for {o}", "{g} ({c}) – compatible with {o}", "{g} {c} für {o}", "{g} {c} pour {o}",
        "{g} {c} para {o}", "{g} ({c}) для {o}", "{g} {c} 适用于 {o}"]
VERSUS = ["{g} ({c}) – better than {o}?", "{g} {c} vs {o}", "{g} ({c}) – besser als {o}", "{g} {c}, mejor que {o}",
          "{g} ({c}) – meilleur que {o}", "{g} ({c}) — лучше чем {o}"]
PARTS = ["battery", "motor", "display panel", "camera sensor", "cells"]
COMPONENTS = ["{g} clone – {om} {p} inside", "{g} ({c}) with {om} {p}", "{g} {c} – {om} {p}", "{g} {c}, {om} {p}"]
CHEAP = "Ready stock, ships in 24 hours."


def _pair(b: BrandView, s: Scene):
    """The brand's goods and another brand's of its trade, each (mark and product, category, floor)."""
    goods, other = _goods(b, s), _yardstick(b, s)
    if goods is None or other is None or (theirs := _goods(other, Scene(other, s.rng))) is None:
        return None
    return (f"{goods[0]} {goods[2]}", goods[1], goods[3]), (f"{theirs[0]} {theirs[2]}", theirs[3], other)


def _copy_price(b: BrandView, g: str, floor, s: Scene) -> tuple[float, str]:
    amount, cur = _title_floor(b, g, floor)
    return round(amount * s.rng.uniform(0.08, 0.4), 2), cur


def make_lot(b: BrandView, s: Scene) -> Draft | None:
    if (pair := _pair(b, s)) is None:
        return None
    (g, cat, _), (o, ofloor, other) = pair
    title, desc = s.rng.choice(LOTS)
    amount, cur = _title_floor(other, o, ofloor)
    c = s.rng.choice(COPIES)
    return Draft(title.format(o=o, g=g), cat, (round(amount * s.rng.uniform(1.1, 1.4), 2), cur),
                 desc.format(o=o, g=g, c=c))


def make_freebie(b: BrandView, s: Scene) -> Draft | None:
    if (pair := _pair(b, s)) is None:
        return None
    (g, cat, _), (o, ofloor, other) = pair
    title, desc = s.rng.choice(FREEBIES)
    amount, cur = _title_floor(other, o, ofloor)
    c = s.rng.choice(COPIES)
    return Draft(title.format(o=o, g=g), cat, (round(amount * s.rng.uniform(1.0, 1.2), 2), cur),
                 desc.format(o=o, g=g, c=c))


def _framed(b: BrandView, s: Scene, frames: list[str]) -> Draft | None:
    if (pair := _pair(b, s)) is None:
        return None
    (g, cat, floor), (o, _, other) = pair
    title = s.rng.choice(frames).format(g=g, o=o, om=other.name, c=s.rng.choice(COPIES), p=s.rng.choice(PARTS))
    return Draft(title, cat, _copy_price(b, g, floor, s), CHEAP)


def make_fits(b: BrandView, s: Scene) -> Draft | None:
    return _framed(b, s, FITS)


def make_versus(b: BrandView, s: Scene) -> Draft | None:
    return _framed(b, s, VERSUS)


def make_component(b: BrandView, s: Scene) -> Draft | None:
    return _framed(b, s, COMPONENTS)


GAP_MAKERS = {"attrib_lot_one_copy": make_lot, "attrib_freebie_copy": make_freebie}
FEW = {"attrib_lot_one_copy": 2, "attrib_freebie_copy": 2}
EVASION_MAKERS = {**GAP_MAKERS, "attrib_fits_copy": make_fits, "attrib_versus_copy": make_versus,
                  "attrib_component_copy": make_component}
