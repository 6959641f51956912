"""The adversary's classes of another house's mark applied to genuine goods (kit51, issue 9; the matcher reads the
words of application as a bootleg cue for the house named right after them: context/trade.py APPLIED_WITH,
index._painted_brand), and their honest twin:

- genuine sneakers, jeans or jackets of one brand "customised with" a luxury or fashion house's monogram, check,
  stripe or logo (6 languages), at a custom's price: the applied house alerts, the base brand does not (evasion);
- the same genuine goods hand-painted with the painter's own art ("my own artwork, no other brands' logos"): quiet
  (trap).

Written from general knowledge of custom-sneaker and reworked-denim listings; no held-out listing's string (after
outsider38's c_other_logo_on_genuine38, in_custom_own_art_genuine38).
"""

from __future__ import annotations

from tests.eval.adversary.generate import BrandView, Draft, Scene

EVASIONS = {"custom_applied_mark": "genuine goods of one brand customised with another house's mark (6 languages); "
                                   "only the applied house is expected"}
TRAPS = {"trap_custom_own_art": "genuine goods hand-painted with the painter's own art, no house's mark"}
FEW = {"custom_applied_mark": 3, "trap_custom_own_art": 2}

# (registry brand id, the genuine base goods as a custom shop names them); the applied house is never the base's
BASES = [("nike", "Nike Air Force 1 Low"), ("nike", "Nike Dunk Low"), ("adidas", "adidas Samba OG"),
         ("adidas", "adidas Superstar"), ("puma", "Puma Suede Classic"), ("levis", "Levi's 501 jeans"),
         ("levis", "Levi's trucker jacket"), ("the-north-face", "The North Face Nuptse jacket")]
# where the mark goes on the goods
PLACES = ["panels", "side panels", "back pockets", "heel tabs", "tongue patches", "sleeve patches", "print",
          "overlays", "swoosh and heel", "lining"]
APPLIED = [
    ("Custom {a} with {b} {w} {p}", "Genuine {a}, bought new, customised by me with {b} {w} {p}. Made to order."),
    ("{a} custom – {b} {w} {p}", "Authentic {a} customized with {b} {w} {p}; 2 weeks to make."),
    ("{a} personnalisées – {b} {w}", "{a} authentiques, customisées avec {b} {w} {p}. Sur commande."),
    ("{a} personalizadas {b} {w}", "{a} originales, personalizadas con {b} {w} {p}. Hecho a pedido."),
    ("{a} customizado {b} {w}", "{a} original, customizado com {b} {w} {p}. Sob encomenda."),
    ("{a} custom {b} {w}", "{a} originali, personalizzate con {b} {w} {p}. Su ordinazione."),
    ("{a} Custom mit {b} {w}", "Originale {a}, individualisiert mit {b} {w} {p}. Auf Bestellung."),
]
OWN_ART = [
    ("Custom {a} – hand-painted {art}", "Genuine {a} bought new, hand-painted by me with {art}. My own artwork – no "
                                        "other brands' logos. Sealed with finisher."),
    ("Hand painted {a}, {art}", "Original {a}, painted with {art}: my own design, no logos of other brands."),
    ("{a} custom peint à la main – {art}", "{a} authentiques peintes à la main: {art}, mon propre dessin."),
]
ARTS = ["sunflowers", "koi fish", "galaxy splatter", "cherry blossoms", "ocean waves", "tiger stripes", "starry night",
        "butterflies"]


def _mark_words(b: BrandView) -> list[str]:
    """The house's pattern or logo names that are no everyday words (GG monogram, Damier, nova check)."""
    return [m.value for m in b.declared("logo") if m.value.isascii() and len(m.value) >= 3]


def _applied(b: BrandView, s: Scene) -> Draft | None:
    if b.iwg != "luxury-accessories" or not b.name.isascii() or not (words := _mark_words(b)) or any(
            m.everyday for m in b.marks if m.value == b.name):
        return None  # (a house whose name is also a word, Coach, is out of reach: "custom Coach logo" reads a coach)
    bases = [base for brand, base in BASES if brand != b.id]
    a, w = s.rng.choice(bases), s.rng.choice(words)
    if w.casefold().startswith(b.name.casefold()):
        w = w[len(b.name):].strip() or "logo"
    title, text = s.rng.choice(APPLIED)
    p = s.rng.choice(PLACES)
    return Draft(title.format(a=a, b=b.name, w=w, p=p), "sneakers" if "jean" not in a and "jacket" not in a else "jeans",
                 (round(s.rng.uniform(180, 420), 0), "USD"), text.format(a=a, b=b.name, w=w, p=p))


def _own_art(b: BrandView, s: Scene) -> Draft | None:
    base = [base for brand, base in BASES if brand == b.id]
    if not base:
        return None
    a, art = s.rng.choice(base), s.rng.choice(ARTS)
    title, text = s.rng.choice(OWN_ART)
    return Draft(title.format(a=a, art=art), "sneakers" if "jean" not in a and "jacket" not in a else "jeans",
                 (round(s.rng.uniform(150, 380), 0), "USD"), text.format(a=a, art=art))


EVASION_MAKERS = {"custom_applied_mark": _applied}
TRAP_MAKERS = {"trap_custom_own_art": _own_art}
