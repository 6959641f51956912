"""The adversary's classes of unlicensed logo goods: goods a house never made or licensed, bearing its name with its logo
or monogram, and their honest twins (merch50, issue 9):

- party supplies, nail stickers and temporary tattoos, homeware (bedding, rugs, towels, curtains, neon signs, car seat
  covers) and fabric by the metre with the brand's name and a word that shows its mark ("logo", "emblem", "badges",
  "monogram", in 10 languages), at a few units of currency: alert (evasion);
- a luxury house's homeware told as its own line, bought at its boutique with a receipt: quiet (trap);
- a luxury house's homeware with a licence named ("officially licensed", "licencia oficial"): quiet (trap);
- generic goods of the same families with a logo word and no brand's mark ("your logo here", "gold monogram-style
  initials"): quiet (trap).

Written from general knowledge of marketplace listings of party kits, nail art, homeware and fabric; no held-out
listing's string (after outsider38's c_party_supplies_logo38, c_nail_tattoo_logo38, c_logo_homeware38,
c_logo_fabric_yardage38, in_official_homeware38).
"""

from __future__ import annotations

from tests.eval.adversary.generate import BrandView, Draft, Scene

EVASIONS = {
    "logo_goods_unlicensed": "party supplies, nail art, homeware and fabric by the metre with the brand's name and a "
                             "word that shows its mark (10 languages), cheap",
}
TRAPS = {
    "trap_logo_goods_own_line": "a luxury house's homeware told as its own line, bought at its boutique with a receipt",
    "trap_logo_goods_licensed": "a luxury house's homeware with a licence named",
    "trap_logo_goods_unbranded": "generic goods of the same families with a logo word and no brand's mark",
}

# (goods, category) of goods families no registry brand of the demo registry sells
GOODS = [
    ("birthday balloons set, 30 pcs", "party supplies"), ("cake topper, gold acrylic", "party supplies"),
    ("paper plates and napkins, 16 sets", "party supplies"), ("happy birthday banner", "party supplies"),
    ("nail art stickers, 12 sheets", "beauty"), ("temporary tattoos, 20 sheets", "beauty"),
    ("press-on nail tips, 24 pcs", "beauty"), ("duvet cover set, double", "bedding"),
    ("bath mat, non-slip", "home decor"), ("shower curtain with hooks", "home decor"),
    ("LED neon sign for the wall", "home decor"), ("cushion covers 40x40, pair", "home decor"),
    ("vinyl fabric by the yard", "fabric"), ("cotton canvas fabric per metre", "fabric"),
    ("steering wheel cover", "car accessories"), ("area rug 160x230", "home decor"),
]
# a word that shows the mark, after the brand's name, by language
SHOWN = ["logo", "logos", "emblem", "badges", "monogram", "logotipo", "emblema", "Logo", "logotype", "monogramme",
         "Emblem", "logo print", "insignia", "decals"]
FOREIGN = [  # (title template) goods in other languages, the mark named, then a word that shows it
    "Globos de cumpleaños {m} logo, 30 piezas", "Toppers para pastel {m} emblema", "Tecido {m} logo por metro",
    "Tapis {m} logo 120x170", "Bettwäsche mit {m} Logo", "Duschvorhang {m} Emblem", "Tovaglioli {m} logo",
    "Постельное белье {m} логотип",
]
# Not yet caught (merch50's report): the goods' words before the mark in Polish, Portuguese, Spanish, French and
# Turkish titles ("Naklejki na paznokcie {m} logo", "Juego de cama {m} logotipo", "{m} logolu nevresim takımı"), and a
# party kit counted "for 16 guests" (read as work for hire: subject.py)
OWN_LINE = ["Bought at the {m} boutique, receipt and gift box included.",
            "From the {m} home collection, bought at the {m} store; receipt included.",
            "Gekauft in der {m} Boutique, Rechnung vorhanden.", "Acheté en boutique {m}, ticket de caisse fourni."]
LICENSED = ["officially licensed {m} product", "licencia oficial {m}", "offiziell lizenziert von {m}",
            "sous licence officielle {m}"]
UNBRANDED = [("custom party balloons with your logo, 30 pcs", "party supplies"),
             ("gold monogram initials cake topper, personalised", "party supplies"),
             ("your logo here neon sign, custom text", "home decor"),
             ("beige check pattern throw blanket, no logo", "home decor"),
             ("monogram style nail stickers, initials A-Z", "beauty"),
             ("plain cotton canvas fabric per metre, print your own logo", "fabric")]


def _mark(b: BrandView, s: Scene) -> str | None:
    """The brand's own name (not a product line: "Air Max logo" names the line's goods), else None."""
    return b.name if b.name.isascii() and len(b.name) >= 3 else None


def _sells(b: BrandView, category: str) -> bool:
    return any(category.split()[0] in c or c.split()[0] in category for c in b.categories)


def _goods(b: BrandView, s: Scene) -> tuple[str, str] | None:
    goods = [(g, c) for g, c in GOODS if not _sells(b, c)]
    return s.rng.choice(goods) if goods else None


def _unlicensed(b: BrandView, s: Scene) -> Draft | None:
    if (m := _mark(b, s)) is None or (goods := _goods(b, s)) is None:
        return None
    price = (round(s.rng.uniform(2, 25), 2), "USD")
    if s.rng.random() < 0.35:
        return Draft(s.rng.choice(FOREIGN).format(m=m), goods[1], (round(s.rng.uniform(3, 30), 2), "EUR"),
                     "Envío rápido. Fast shipping.")
    return Draft(f"{m} {s.rng.choice(SHOWN)} {goods[0]}", goods[1], price,
                 "Luxury designer theme, great gift. Ships in 24 hours.")


# the houses whose own homeware lines the traps tell (a luxury house's cushions and blankets); a brand of other goods
# named plainly on bedding is read as near its goods (no category distance) and is out of this module's reach
LUXURY_IWGS = frozenset({"luxury-accessories", "jewelry-watches"})
HOME = [(g, c) for g, c in GOODS if c in ("home decor", "bedding")]


def _own_line(b: BrandView, s: Scene) -> Draft | None:
    if b.iwg not in LUXURY_IWGS or (m := _mark(b, s)) is None or (goods := _home(b, s)) is None:
        return None
    return Draft(f"{m} {s.rng.choice(('logo', 'monogram'))} {goods[0]}", goods[1],
                 (round(s.rng.uniform(150, 900), 2), "USD"), s.rng.choice(OWN_LINE).format(m=m))


def _home(b: BrandView, s: Scene) -> tuple[str, str] | None:
    if any(w in c for c in b.categories for w in ("figurine", "home", "decor")):
        return None  # homeware is a registered category of the house (Swarovski's crystal figurines): judged by price
    goods = [(g, c) for g, c in HOME if not _sells(b, c)]
    return s.rng.choice(goods) if goods else None


def _licensed(b: BrandView, s: Scene) -> Draft | None:
    if b.iwg not in LUXURY_IWGS or (m := _mark(b, s)) is None or (goods := _home(b, s)) is None:
        return None
    return Draft(f"{m} logo {goods[0]}, {s.rng.choice(LICENSED).format(m=m)}", goods[1],
                 (round(s.rng.uniform(20, 90), 2), "USD"), "Official licensed merchandise with hologram sticker.")


def _unbranded(b: BrandView, s: Scene) -> Draft | None:
    title, cat = s.rng.choice(UNBRANDED)
    return Draft(title, cat, (round(s.rng.uniform(2, 25), 2), "USD"), "Ships in 24 hours.")


EVASION_MAKERS = {"logo_goods_unlicensed": _unlicensed}
TRAP_MAKERS = {
    "trap_logo_goods_own_line": _own_line,
    "trap_logo_goods_licensed": _licensed,
    "trap_logo_goods_unbranded": _unbranded,
}
