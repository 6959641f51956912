"""The adversary's part-alone classes (retail27, 2026-12-04; beside parts.py's price parts): one piece of goods sold
as a set or a pair, sold alone by an owner who lost or broke the rest (one earbud, the charging case, one shoe of a
pair, a razor's handle, a controller, one earring), and the copy trade borrowing those words.

Written from first principles of how owners and replacement-part sellers title such listings on eBay, Kleinanzeigen,
Leboncoin, Wallapop, Xianyu, Mercari and Danggeun; nothing is taken from a held-out set.

Trap (innocent, must stay quiet): the brand's piece sold alone, said in the title in one of 8 languages, at 12-45 % of
the set's floor, no copy word. Evasions (must alert): the same words beside a copy's cue at a copy's price, and the
same words at under 4 % of the floor (a copy's price even for one piece).
"""

from __future__ import annotations

from tests.eval.adversary.generate import BrandView, Draft, Scene

# category words -> the pieces of such goods an owner sells alone (title phrases)
_PIECES = {
    ("earbuds", "headphones"): [
        "left earbud only", "right earbud only", "charging case only", "case only", "replacement left bud",
        "single earbud (right)", "nur Ladecase", "écouteur gauche seul", "solo estuche de carga", "auricular derecho",
        "左耳单只", "片耳のみ", "케이스 단품", "only the charging case"],
    ("sneakers", "athletic shoes"): [
        "single left shoe", "right shoe only", "one shoe (amputee swap)", "left shoe only", "chaussure droite seule",
        "zapatilla izquierda", "einzelner Schuh", "片足"],
    ("razors", "shavers", "shaving"): ["handle only", "handle only (no cartridges)", "nur Griff"],
    ("consoles",): ["controller only", "left controller only"],
    ("jewelry", "charms"): ["single earring", "one earring only", "left earring only"],
    ("vacuum cleaners", "electric toothbrushes", "hair care"): ["charger only", "dock only", "attachment only",
                                                                "nur Ladegerät"],
}
_HONEST = ["Lost the other one.", "Genuine, from my own set.", "Original piece, works perfectly.", "",
           "Bought new, the rest was lost."]
_COPY = ["1:1", "AAA quality", "replica", "super copy", "mirror quality", "高仿", "high copy", "first copy"]


# a charger, a dock, a case or an attachment sold alone is an accessory of the goods, judged by the accessory reading
# (no set's floor): the lowball class draws only the pieces of a pair and a razor's handle, whose floor is the set's
_ACCESSORY = ("case", "charger", "dock", "attachment", "ladecase", "ladegerät", "estuche", "케이스", "controller")


def _piece(b: BrandView, s: Scene, pairs_only: bool = False) -> tuple[str, str] | None:
    cats = [(c, [p for p in pieces if not pairs_only or not any(a in p.casefold() for a in _ACCESSORY)])
            for c in b.categories if c in b.floors for keys, pieces in _PIECES.items() if c in keys]
    cats = [(c, pieces) for c, pieces in cats if pieces]
    if not cats:
        return None
    cat, pieces = s.rng.choice(cats)
    return cat, s.rng.choice(pieces)


def _at(b: BrandView, s: Scene, cat: str, low: float, high: float) -> tuple[float, str]:
    amount, cur = b.floors[cat]
    return round(max(amount * s.rng.uniform(low, high), 0.01), 2), cur


def _title(b: BrandView, s: Scene, cat: str, piece: str) -> str:
    product = s.product(cat)
    return s.rng.choice([f"{b.name} {product} – {piece}", f"{b.name} {product} {piece}, genuine",
                         f"{piece.capitalize()} – {b.name} {product}"])


def make_trap_part_alone(b: BrandView, s: Scene) -> Draft | None:
    if (found := _piece(b, s)) is None:
        return None
    cat, piece = found
    return Draft(_title(b, s, cat, piece), cat, _at(b, s, cat, 0.12, 0.45), s.rng.choice(_HONEST))


def make_fake_part_alone_copy(b: BrandView, s: Scene) -> Draft | None:
    if (found := _piece(b, s)) is None:
        return None
    cat, piece = found
    cue = s.rng.choice(_COPY)
    title = _title(b, s, cat, piece)
    if s.rng.random() < 0.5:
        return Draft(f"{title} {cue}", cat, _at(b, s, cat, 0.05, 0.45), "Ships fast.")
    return Draft(title, cat, _at(b, s, cat, 0.05, 0.45), f"{cue}, looks the same as the original.")


def make_fake_part_alone_lowball(b: BrandView, s: Scene) -> Draft | None:
    if (found := _piece(b, s, pairs_only=True)) is None:
        return None
    cat, piece = found
    return Draft(_title(b, s, cat, piece), cat, _at(b, s, cat, 0.005, 0.035), s.rng.choice(_HONEST))


EVASIONS = {
    "fake_part_alone_copy": "one earbud, a case, one shoe, a handle sold 'alone' beside a copy's cue, at a copy's price",
    "fake_part_alone_lowball": "one earbud, one shoe, one earring, a razor's handle sold 'alone' at under 4 % of the "
                               "set's floor",
}
TRAPS = {
    "trap_part_alone": "one piece of the brand's set or pair sold alone (one earbud, the charging case, one shoe, a "
                       "razor's handle, a controller, one earring) in 8 languages, at 12-45 % of the set's floor",
}
EVASION_MAKERS = {"fake_part_alone_copy": make_fake_part_alone_copy,
                  "fake_part_alone_lowball": make_fake_part_alone_lowball}
TRAP_MAKERS = {"trap_part_alone": make_trap_part_alone}
