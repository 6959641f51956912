"""The adversary's classes of a jeweller's piece with the house's mark priced by its gold's weight (kit51, issue 9; the
matcher's reader is services/matcher/core/context/trade.py, kind `by_weight`), and their honest twins:

- a house's design in solid gold (a bracelet, a ring, a watch case) priced by weight and labour, in 8 languages, at
  any price (a gold piece by weight costs more than the house's floor): alert (evasion);
- an unbranded gold piece by weight that says it is no house's ("no brand stamp, not X"): quiet (trap);
- a food brand's goods sold by weight (pick and mix, beans by the kilo), "Gold" a line's word: quiet (trap).

Written from general knowledge of jewellers' listings (weight + making charge, 按克计价, gram fiyatı + işçilik); no
held-out listing's string (after outsider38's c_solid_gold_by_weight38, in_gold_by_weight_generic38).
"""

from __future__ import annotations

from tests.eval.adversary.generate import BrandView, Draft, Scene

EVASIONS = {"gold_by_weight_mark": "a house's design in solid gold priced by weight and labour (8 languages)"}
TRAPS = {
    "trap_gold_by_weight_unbranded": "an unbranded gold piece by weight that says it is no house's",
    "trap_food_by_weight": "a food brand's goods sold by weight, 'Gold' a line's word",
}
FEW = {"gold_by_weight_mark": 3, "trap_gold_by_weight_unbranded": 2, "trap_food_by_weight": 2}

PIECES = ["bracelet", "ring", "bangle", "pendant", "watch", "necklace", "cuff", "earrings"]
WEIGHED = [
    "{m} {l} {p} 18k solid gold, {g} g, priced by weight",
    "{m} {l} {p} in 14k gold – {g}g, gold weight + labour",
    "{m} {l} {p} oro 18k, {g} gramos, precio por gramo",
    "{m} {l} {p} ouro 18k 750, {g}g, preço por grama",
    "{m} {l} {p} 750 Gold, {g} g, Preis nach Gewicht",
    "{m} {l} {p} 18 ayar altın {g} gr, gram fiyatı + işçilik",
    "{m} {l} {p} 18K金 {g}克 按克计价 工费另算",
    "{m} {l} {p} vàng 18k {g}g, tính theo trọng lượng",
    "{m} {l} {p} 22k, {g} g, price = weight + making charges",
]
WEIGHED_TEXT = ["Hallmarked, with the logo engraved. Certificate of gold purity.", "Made in our workshop to order.",
                "Engraved like the boutique piece.", "Gold test report included."]
UNBRANDED = [
    "18k {p}, {g} g, by weight – no brand stamp, not {m}",
    "{p} in 18k gold {g}g, priced by weight, our own design (not {m})",
    "14k {p} {g} g sold by weight, unbranded, no {m} logo",
]
FOOD = ["{m} {l} sold by weight, 1 kg", "{m} {l} pick and mix by the gram", "{m} Gold beans by weight, 500 g",
        "{m} {l} a granel, precio por peso"]


def _mark(b: BrandView) -> str | None:
    return b.name if b.name.isascii() and len(b.name) >= 3 else None


def _line(b: BrandView, s: Scene) -> str:
    lines = [m.value for m in b.declared("line") if m.value.isascii() and not m.everyday]
    return s.rng.choice(lines) if lines else ""


def _weighed(b: BrandView, s: Scene) -> Draft | None:
    if b.iwg != "jewelry-watches" or (m := _mark(b)) is None:
        return None
    title = s.rng.choice(WEIGHED).format(m=m, l=_line(b, s), p=s.rng.choice(PIECES), g=s.rng.randint(4, 160))
    return Draft(" ".join(title.split()), s.rng.choice(b.categories), (round(s.rng.uniform(400, 9000), 0), "USD"),
                 s.rng.choice(WEIGHED_TEXT))


def _unbranded(b: BrandView, s: Scene) -> Draft | None:
    if b.iwg != "jewelry-watches" or (m := _mark(b)) is None:
        return None
    title = s.rng.choice(UNBRANDED).format(m=m, p=s.rng.choice(PIECES), g=s.rng.randint(4, 60))
    return Draft(title, "jewelry", (round(s.rng.uniform(400, 4000), 0), "USD"), "Hallmark only.")


def _food(b: BrandView, s: Scene) -> Draft | None:
    if b.iwg != "food-beverage" or (m := _mark(b)) is None:
        return None
    category = s.category(with_floor=True)
    amount, currency = s.price(category)
    title = s.rng.choice(FOOD).format(m=m, l=_line(b, s) or s.product(category))
    return Draft(" ".join(title.split()), category, (round(amount * 4, 2), currency), "Fresh stock, shop receipt.")


EVASION_MAKERS = {"gold_by_weight_mark": _weighed}
TRAP_MAKERS = {"trap_gold_by_weight_unbranded": _unbranded, "trap_food_by_weight": _food}
