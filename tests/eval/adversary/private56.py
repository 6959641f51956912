"""The adversary's classes of own-brand, private-label and packaging goods that name a brand only as a comparison
(private56, issue 9):

- the seller's own goods (an OEM/ODM or private-label factory's, a packaging or blank maker's, a Turkish "muadili", a
  Polish "zamiennik", a Spanish "alternativa") that name the brand only as what they are compared with or fit
  ("comparable in quality to big brands like {n}", "boxes sized to fit items like {g}", "{g} muadili") and say the goods
  carry no mark of it, or only the buyer's own ("no third-party logos", "printed with the client's own logo only",
  "üzerinde {n} logosu yoktur", "{n} markası taşımaz", "bez logo {n}", "sin logotipo de {n}"), at a maker's price:
  quiet (trap);
- the same trades offering the goods WITH the brand's mark ("with the {n} logo, no authorization needed", "muadil
  logolu", "z logo {n}", "{n} logo available", "con el logo de {n}"): alert (evasion).

Written from general knowledge of how OEM factories (Alibaba, Global Sources, Made-in-China), packaging printers and
the dupe shops of Trendyol, Allegro and Mercado Libre word their listings; the sentences are this module's own, no
held-out listing's string (after outsider45's in_packaging_supplier45, in_own_brand_oem45, in_trendyol_muadil_logosuz45
and their counterfeit twins, a set the lead named seen for this work).
"""

from __future__ import annotations

from tests.eval.adversary.generate import BrandView, Draft, Scene
from tests.eval.adversary.honest50 import _priced
from tests.eval.adversary.admit55 import _name

EVASIONS = {
    "own_goods_with_mark56": "an OEM, packaging, 'muadil', 'zamiennik' or 'alternativa' listing that offers the goods "
                             "with the brand's mark (5 wordings, 4 languages), at 5-30 % of the floor",
}
TRAPS = {
    "trap_own_goods_compared56": "the seller's own goods (OEM for your brand, packaging that fits, 'muadili logosuz', "
                                 "'zamiennik bez logo', 'marca propia') naming the brand only as a comparison or a fit, "
                                 "no mark on the goods, at 2-30 % of the floor",
}
# two listings a brand and class (suite time)
FEW = dict.fromkeys((*TRAPS, *EVASIONS), 2)

# the seller's own goods: (title, description); {g} the brand's goods, {n} its name, {c} the goods' kind, {p} the
# marketplace
OWN = [
    ("OEM {c} for your own label – factory direct",
     "ODM {c} made to your label. Comparable in quality to big brands like {n}, but our own design; no third-party "
     "logos on the goods. MOQ 300.", "alibaba"),
    ("Private label {c} – your brand, low MOQ",
     "We make {c} under the buyer's own label only. Compared with leading names such as {n}, ours cost a fraction; we do "
     "not print {n} or any other trademark.", "globalsources"),
    ("Custom printed mailer boxes for {c} – your logo",
     "Kraft mailer boxes sized to fit items like {g}. Printed with the client's own logo only; no brand logos accepted. "
     "MOQ 500.", "alibaba"),
    ("Custom print gift packaging for {c}, your logo",
     "Rigid boxes with insert that fit goods like {g}; we print your own logo only, never other companies' trademarks.",
     "made-in-china"),
    ("{g} muadili – logosuz",
     "Kendi markamızın ürünüdür; üzerinde {n} logosu yoktur. Benzer tasarım, uygun fiyat.", "trendyol"),
    ("{g} muadili, kendi markamız",
     "Ürün {n} markası taşımaz, logosuz üretimdir. Hızlı kargo.", "hepsiburada"),
    ("Zamiennik {g} – własna marka",
     "Produkt własnej marki, bez logo {n}. Inspirowany {n}, wysoka jakość wykonania.", "allegro"),
    ("Alternativa a {g} – marca propia",
     "Producto de marca propia, sin logotipo de {n}. Diseño parecido, calidad garantizada.", "mercadolibre"),
]
# the same trades with the brand's mark on the goods
WITH_MARK = [
    ("OEM {c} with {n} logo – factory direct",
     "ODM {c}: we put the {n} logo and tags on them, no brand authorization needed. Same look as the original. MOQ "
     "300.", "alibaba"),
    ("{g} muadil logolu",
     "Muadil ama üzerinde {n} logosu var, birebir aynı görünüm. Orijinal değil.", "sahibinden"),
    ("Zamiennik {g} z logo {n}",
     "Zamiennik z oryginalnym logo {n}, jakość 1:1. To nie jest oryginał.", "allegro"),
    ("Custom printed {c} – {n} logo available",
     "We print the {n} logo on {c} like {g}; same look as the original, copy. MOQ 50.", "dhgate"),
    ("Alternativa a {g} con logo {n}",
     "Réplica con el logo de {n}, idéntica al original. No es original.", "mercadolibre"),
]


def _kind(cat: str, product: str) -> str:
    """The goods' kind as a maker names its own: the product's last words, else the category."""
    words = [w for w in product.split() if w.isalpha() and w.islower()]
    return " ".join(words[-2:]) if words else cat


def _draft(b: BrandView, s: Scene, share: tuple[float, float], table) -> Draft | None:
    if (goods := _priced(b, s, share)) is None:
        return None
    mark, cat, product, price = goods
    title, desc, market = s.rng.choice(table)
    fill = {"g": f"{mark} {product}", "n": _name(b, mark), "c": _kind(cat, product)}
    return Draft(title.format(**fill), cat, price, desc.format(**fill), marketplace=market)


def make_own_goods_compared(b: BrandView, s: Scene) -> Draft | None:
    return _draft(b, s, (0.02, 0.3), OWN)


def make_own_goods_with_mark(b: BrandView, s: Scene) -> Draft | None:
    return _draft(b, s, (0.05, 0.3), WITH_MARK)


EVASION_MAKERS = {"own_goods_with_mark56": make_own_goods_with_mark}
TRAP_MAKERS = {"trap_own_goods_compared56": make_own_goods_compared}
