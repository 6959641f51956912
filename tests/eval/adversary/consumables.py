"""The adversary's classes of the brand's consumables: refills, cartridges, filters, brush heads, capsules, pods, pads,
sensors and ink, sold by the pack and named right after the brand ("Gillette Fusion5 ProGlide refills 8").

A consumable named after the brand with no "for" is the brand's own goods when the listing claims a copy: with a grade
or size cue the copy trade uses for everything ("AAA", "grade AAA", "1:1", "top grade 1:1", "calidad AAA", "Qualität
1:1", "качество 1:1", "AAA級"), or with the mark disguised (homoglyphs of another script, separators between its
letters) and no cue at all: both must alert (evasions). Its honest twins stay quiet (traps): a third party's refills
that say what they fit ("refills for Gillette", "Gillette-compatible", "compatible with", "1:1 fit") at a third
party's price, and the brand's own consumables at a shop's price with no cue.

Written from general knowledge of how razor-blade, printer-ink, filter, coffee-capsule and brake-pad listings are
worded by shops and by copy sellers; nothing of a held-out set's listings was copied. Found by outsider28's misses on
main 6d92c10 (Gillette refill copies with AAA / 1:1 / a Cyrillic е / G-i-l-l-e-t-t-e read as accessories), after that
set was scored (refills31, issue 9). Applies to the brands with a category whose goods have consumables
(CONSUMABLES below); the others are in test_adversary.py's every-brand exclusions.
"""

from __future__ import annotations

from tests.eval.adversary import disguises
from tests.eval.adversary.generate import BrandView, Draft, Scene, _cap, _fold, _plain_mark

EVASIONS = {
    "consumable_grade_copy": "the brand's consumables (refills, cartridges, filters, brush heads, capsules, pods, pads, "
                             "sensors, ink) named after the brand with a grade or size cue (AAA, 1:1, top grade) in "
                             "several languages, at a copy's price",
    "consumable_disguised": "the brand's consumables named after a disguised mark (homoglyphs of another script, "
                            "separators between its letters), no cue, at a copy's price",
}
TRAPS = {
    "trap_consumable_compatible": "a third party's consumables that say what they fit ('refills for', '-compatible', "
                                  "'compatible with', '1:1 fit') at a third party's price",
    "trap_consumable_genuine": "the brand's own consumables named after it at a shop's price, no cue",
}

# a brand category -> the consumables of its goods, as shops name them (English, then a few other languages' words)
CONSUMABLES: dict[str, list[str]] = {
    "razor blades": ["refills", "cartridges", "replacement cartridges", "blade refills", "razor refills", "recharges",
                     "cuchillas de recambio", "Ersatzklingen", "lame di ricambio"],
    "razors": ["refills", "cartridges", "razor refills"],
    "shaving": ["refills", "cartridges"],
    "electric toothbrushes": ["brush heads", "replacement heads", "Aufsteckbürsten", "cabezales", "brossettes"],
    "ink": ["ink cartridges", "ink cartridge", "cartridges", "toner", "cartouches d'encre"],
    "printers": ["ink cartridges", "toner"],
    "vacuum cleaners": ["filter", "filters", "HEPA filter", "post-motor filter", "Filter", "filtro"],
    "air purifiers": ["filter", "replacement filter", "HEPA filter", "filtre"],
    "coffee": ["capsules", "pods", "coffee capsules", "Kapseln", "cápsulas"],
    "medical devices": ["sensors", "sensor", "test strips"],
    "auto parts": ["brake pads", "front brake pads", "oil filter", "air filter"],
}
# (count written, units): a pack of consumables as shops write its count
COUNTS = [("4", 4), ("8", 8), ("12", 12), ("x8", 8), ("8 pack", 8), ("12-pack", 12), ("16 pcs", 16), ("x 10", 10),
          ("5 Stück", 5), ("8 unidades", 8), ("case of 24", 24), ("24-pack", 24), ("caja de 24", 24), ("24入", 24)]
# grade and size cues of the copy trade in several languages (each holds "AAA" or "1:1")
GRADE_CUES = ["AAA", "grade AAA", "1:1", "AAA quality", "top grade 1:1", "AAA+ grade", "calidad AAA", "qualité AAA",
              "Qualität 1:1", "качество 1:1", "AAA級", "1:1 top", "kualitas AAA", "grades AAA / 1:1 / top",
              "1:1 qualità", "AAA kalite"]
FILLERS = ["brand new", "fast shipping", "in stock", "free delivery", "sealed", "ships today"]
# a third party's words of fit
FITS = ["{n} for {m}", "compatible {n} for {m}", "{m}-compatible {n}", "{n} compatible with {m}",
        "replacement {n} for {m}", "{n} fits {m}", "{m} compatible {n}, 1:1 fit"]


def _goods(b: BrandView, s: Scene) -> tuple[str, str] | None:
    """(category, consumable noun) of one of the brand's categories that has consumables, else None."""
    cats = [c for c in b.categories if c in CONSUMABLES]
    if not cats:
        return None
    category = s.rng.choice(cats)
    return category, s.rng.choice(CONSUMABLES[category])


def _line(b: BrandView, s: Scene) -> str:
    """A model-like mark of the brand beside its name now and then ("Fusion5"), else nothing."""
    name = _fold(b.name)
    others = [m.value for m in b.latin_marks if not m.everyday and _fold(m.value) != name]
    return f" {s.rng.choice(others)}" if others and s.rng.random() < 0.5 else ""


def make_grade_copy(b: BrandView, s: Scene) -> Draft | None:
    if (found := _goods(b, s)) is None:
        return None
    r = s.rng
    category, noun = found
    mark = _plain_mark(b, s)
    cue = r.choice(GRADE_CUES)
    count = r.choice(COUNTS)[0]
    head = f"{mark}{_line(b, s)} {noun} {count}"
    if count.endswith("pack") and cue.startswith("AAA"):
        # "8 pack AAA" is how batteries are sold (phrasebook's trade sense of "AAA"): a copy seller's grade goes first
        title = f"{cue} {head}"
    else:
        title = r.choice([f"{head} – {cue}", f"{cue} {head}", f"{head} {cue}, {r.choice(FILLERS)}"])
    return Draft(_cap(title), category, s.price(category, low=r.random() < 0.4), r.choice(["", "Brand new.", f"{cue}."]))


def make_disguised(b: BrandView, s: Scene) -> Draft | None:
    if (found := _goods(b, s)) is None or not b.disguisable:
        return None
    r = s.rng
    category, noun = found
    mark = b.disguisable[0].value
    shown = disguises.lookalike_single(mark, r) if r.random() < 0.6 else disguises.spaced(mark, r)
    if shown == mark:
        shown = disguises.spaced(mark, r)
    title = f"{shown}{_line(b, s)} {noun} {r.choice(COUNTS)[0]}"
    if r.random() < 0.5:
        title += f" – {r.choice(FILLERS)}"
    return Draft(title, category, s.price(category, low=r.random() < 0.4), r.choice(["", "Brand new, fast shipping."]))


def make_compatible(b: BrandView, s: Scene) -> Draft | None:
    if (found := _goods(b, s)) is None:
        return None
    r = s.rng
    category, noun = found
    mark = _plain_mark(b, s)
    title = r.choice(FITS).format(n=noun, m=f"{mark}{_line(b, s)}")
    title = f"{_cap(title)} {r.choice(COUNTS)[0]}"
    amount, cur = s.price(category)
    return Draft(title, category, (round(amount * r.uniform(0.1, 0.4), 2), cur),
                 r.choice(["", "Third-party product, not made by the brand.", "Generic, fits perfectly."]))


def make_genuine(b: BrandView, s: Scene) -> Draft | None:
    if (found := _goods(b, s)) is None:
        return None
    r = s.rng
    category, noun = found
    count, units = r.choice(COUNTS)
    title = f"{b.name} {noun} {count}" + r.choice(["", " – genuine", " – original, sealed"])
    amount, cur = s.price(category)  # a shop's price of one unit: the pack's is its units' (a shop's multipack price)
    return Draft(_cap(title), category, (round(amount * units * r.uniform(0.8, 1.0), 2), cur),
                 r.choice(["", "Bought from the official store.", "Receipt included."]))


EVASION_MAKERS = {"consumable_grade_copy": make_grade_copy, "consumable_disguised": make_disguised}
TRAP_MAKERS = {"trap_consumable_compatible": make_compatible, "trap_consumable_genuine": make_genuine}
