"""The adversary's classes of a salon or professional size of a house's retail beauty line (kit51, issue 9; the
matcher's reader is services/matcher/core/context/trade.py, kind `trade_size`), and their honest twin:

- a prestige serum, cream, foundation or perfume in a "salon / backbar / spa / professional size" the house never
  made, at about a unit's price (8 languages): alert (evasion);
- a professional range's litre bottle or refill from a salon supplier (L'Oréal Professionnel, Kérastase, Redken,
  Shiseido Professional), at its price: quiet (trap).

Written from general knowledge of salon-supply and beauty listings; no held-out listing's string (after outsider38's
c_salon_professional38, in_salon_professional_genuine38).
"""

from __future__ import annotations

from tests.eval.adversary.generate import BrandView, Draft, Scene

EVASIONS = {"salon_size_retail_line": "a salon, backbar or professional size of a house's retail beauty line"}
TRAPS = {"trap_salon_pro_range": "a professional range's salon size from a salon supplier"}
FEW = {"salon_size_retail_line": 4, "trap_salon_pro_range": 3}

GOODS = ["serum", "night cream", "foundation", "eau de parfum", "concentrate", "moisturiser", "eye cream", "essence"]
SIZED = [
    "{m} {l} {g} {v}ml salon size", "{m} {l} {g} {v} ml backbar", "{m} {l} {g} spa size {v}ml",
    "{m} {l} {g} {v}ml professional size, salon use only", "{m} {l} {g} {v}ml tamaño profesional",
    "{m} {l} {g} {v}ml format professionnel", "{m} {l} {g} {v}ml Profi-Größe", "{m} {l} {g} {v}ml 院装",
    "{m} {l} {g} {v}ml tamanho profissional", "{m} {l} {g} {v}ml 업소용",
]
SIZED_TEXT = ["From a salon supplier, bulk size, no box.", "Professional size for beauty salons and spas.",
              "Envío inmediato. Tamaño de cabina.", "Ideal for salons, great value per ml."]
PRO = [
    ("L'Oréal Professionnel Série Expert shampoo {v}ml salon size", "loreal"),
    ("Kérastase Nutritive masque {v}ml backbar", "loreal"), ("Redken All Soft conditioner {v}ml salon size", "loreal"),
    ("Shiseido Professional Sublimic treatment {v}g salon", "shiseido"),
    ("L'Oréal Professionnel Majirel 50ml x 6, professional use only", "loreal"),
]


def _retail_lines(b: BrandView) -> list[str]:
    """The house's priced lines (registry lines or second marks with a price floor: Génifique, Advanced Night Repair)."""
    return [m.value for m in [*b.declared("line"), *b.marks] if m.floor is not None
            and m.value.casefold() != b.name.casefold() and "kerastase" not in m.value.casefold().replace("é", "e")]


def _sized(b: BrandView, s: Scene) -> Draft | None:
    if b.iwg != "beauty-personal-care" or not {"skincare", "makeup", "fragrance"} & set(
            b.categories) or not (lines := _retail_lines(b)):
        return None
    title = s.rng.choice(SIZED).format(m=b.name, l=s.rng.choice(lines), g=s.rng.choice(GOODS),
                                       v=s.rng.choice((150, 200, 250, 300, 500)))
    amount, currency = next((m.floor for m in [*b.declared("line"), *b.marks] if m.floor is not None), (60.0, "USD"))
    return Draft(title, "skincare", (round(amount * s.rng.uniform(1.0, 2.0), 2), currency), s.rng.choice(SIZED_TEXT))


def _pro(b: BrandView, s: Scene) -> Draft | None:
    ranges = [t for t, brand in PRO if brand == b.id]
    if not ranges:
        return None
    title = s.rng.choice(ranges).format(v=s.rng.choice((500, 1000, 1500)))
    return Draft(title, "haircare", (round(s.rng.uniform(35, 90), 2), "USD"),
                 "Genuine professional product from the brand's salon distributor; invoice available.")


EVASION_MAKERS = {"salon_size_retail_line": _sized}
TRAP_MAKERS = {"trap_salon_pro_range": _pro}
