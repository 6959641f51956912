"""A listing that names brand A plainly with everyday words that graze brand B (issue 9, wrong-brand alerts; native,
2026-12-02): the stronger reading must win.

A seller of brand A's goods writes the shop's ordinary words in its language, and some of them are one edit from, or
fold onto, a mark or line of another brand that sells the same kind of goods: German "nie getragen" (never worn, Nike),
French "neuf" (new, Hasbro's Nerf) and "envoi depuis Nice" (Nike), Italian "sono nuove" (they are new, Sony), "leggera
come una piuma" (Puma), "verde bosco" (Bosch), Spanish "hasta luego" (LEGO), "vielen Dank" (Nike's Dunk). The words are
lexicon.FOREIGN_WORDS's (each checked as a real word within one edit of its brand's mark, test_adversary.py) in phrases
written here. The listing's category, cue and price are A's; B is only grazed.

Classes:
- `stronger_reading`: brand A's copy named plainly (its mark or a line), with a copy word or at 4-15 % of the floor, and
  a grazing phrase of a brand B that sells in the same category: must alert A and only A.
- `trap_stronger_reading`: brand A's genuine goods at a shop's price with the same phrases: must stay quiet (neither A
  nor the grazed brand).

Few instances a brand (generate.PER_BRAND).
"""

from __future__ import annotations

from functools import cache

from tests.eval.adversary.generate import BrandView, Draft, Scene, higher_floor, load_brands, mark_floor

EVASIONS = {
    "stronger_reading": "brand A's copy named plainly, with a copy word or a far-low price, and shop words of another "
                        "language that graze a brand B selling the same goods (nie getragen: Nike; neuf: Nerf; sono "
                        "nuove: Sony; piuma: Puma): alerts A only",
}
TRAPS = {
    "trap_stronger_reading": "brand A's genuine goods at a shop's price with the same grazing shop words: quiet",
}

# (brand grazed, the phrase holding the grazing word, the phrase's language)
GRAZES = [
    ("nike", "nie getragen", "de"), ("nike", "wie neu, nie benutzt", "de"), ("nike", "envoi depuis Nice", "fr"),
    ("nike", "vielen Dank fürs Anschauen", "de"), ("hasbro", "neuf avec étiquette", "fr"),
    ("hasbro", "état neuf, jamais porté", "fr"), ("sony", "sono nuove, mai usate", "it"),
    ("sony", "sono originali del negozio", "it"), ("puma", "leggera come una piuma", "it"),
    ("bosch", "colore verde bosco", "it"), ("lego", "hasta luego y gracias", "es"), ("honda", "onda perfetta", "it"),
    ("bose", "tante cose in regalo", "it"), ("mars", "consegna al mare", "it"), ("apple", "sur appel ou SMS", "fr"),
    ("honda", "prix ferme, d'accord pour envoi", "fr"), ("bayer", "vom Bauer nebenan", "de"),
]
COPY = {"de": ["1:1 Replik", "Spiegelqualität"], "fr": ["réplique 1:1", "qualité miroir"], "it": ["replica 1:1", "qualità specchio"],
        "es": ["réplica 1:1", "calidad espejo"]}
SHOP = {"de": "mit Rechnung", "fr": "avec facture", "it": "con scontrino", "es": "con factura"}


@cache
def _brands() -> dict[str, BrandView]:
    return {v.id: v for v in load_brands()}


def _pair(b: BrandView, s: Scene) -> tuple[str, str, str, tuple[float, str]] | None:
    """(brand A's plain mark, a category of A with a floor that the grazed brand also sells in, the grazing phrase and its
    language, the floor) for a graze of another brand that sells in that category, else None."""
    others = _brands()
    options = []
    for grazed, phrase, language in GRAZES:
        other = others.get(grazed)
        if grazed == b.id or other is None:
            continue
        for cat in b.categories:
            if cat in b.floors and cat in other.categories and "prescription" not in cat and "software" not in cat:
                options.append((cat, phrase, language))
    if not options:
        return None
    cat, phrase, language = s.rng.choice(options)
    named = [m.value for m in b.latin_marks if not m.everyday]
    mark = b.name if b.name in named or not named else s.rng.choice(named[:3])
    return mark, cat, (phrase, language), higher_floor(mark_floor(b, mark), b.floors[cat]) or b.floors[cat]


def make_stronger_reading(b: BrandView, s: Scene) -> Draft | None:
    if (got := _pair(b, s)) is None:
        return None
    mark, cat, (phrase, language), (amount, cur) = got
    if s.rng.random() < 0.5:
        return Draft(f"{mark} {s.product(cat)} {phrase}, {s.rng.choice(COPY[language])}", cat,
                     (round(amount * s.rng.uniform(1.0, 1.5), 2), cur), "")
    return Draft(f"{mark} {s.product(cat)} {phrase}", cat, (round(amount * s.rng.uniform(0.04, 0.15), 2), cur), "")


def make_stronger_reading_trap(b: BrandView, s: Scene) -> Draft | None:
    if (got := _pair(b, s)) is None:
        return None
    mark, cat, (phrase, language), (amount, cur) = got
    return Draft(f"{mark} {s.product(cat)} {phrase}, {SHOP[language]}", cat, (round(amount * s.rng.uniform(1.4, 2.2), 2), cur),
                 "")


EVASION_MAKERS = {"stronger_reading": make_stronger_reading}
TRAP_MAKERS = {"trap_stronger_reading": make_stronger_reading_trap}
FEW = {"stronger_reading": 3, "trap_stronger_reading": 2}
