"""The adversary's classes of what a negation says: a copy admitted by denying the brand made the goods, and the honest
denials that read alike (admit55, issue 9):

- the brand's goods themselves in the title (its mark and product, no "for", no "compatible"), the description saying
  in one of many wordings and 13 languages that the brand did not make them ("made in our own factory, not made by
  {brand}", "not from {brand}, top quality", "kein echter {brand}", "no es de {brand}", "pas fabriqué par {brand}",
  "{brand} tarafından üretilmemiştir", "非{brand}原厂", "{brand}製ではありません"), the title sometimes with a euphemism
  for the copy ("premium version", "studio edition", "twin-mould version"), priced as a copy at 30-90 % of the floor
  or by a deposit only: alert (evasion);
- a denial of authenticity that explains the price, on a resale app with hashtags ("not auth hence the price!!",
  "kein Original, daher der Preis", "pas authentique, d'où le prix", 7 languages) at 15-60 % of the floor: alert;
- a third party's own goods for the brand's, that say the brand did not make them ("Storage case for {goods} – own
  brand, not made by {brand}", "Funda compatible con …, no fabricado por …", "适用于…收纳盒，非…原厂"), at an
  accessory's price: quiet (trap);
- genuine goods at 95-130 % of the floor whose shop denies copies over a list or pledges a refund ("we never sell
  replicas, fakes or copies", "if not authentic, full refund", "never sold anything not authentic", "not from the
  {brand} store but from its outlet", "not a rep: certificate included", 6 languages): quiet (trap).

Written from general knowledge of how copy sellers word "our own factory, not the brand's" and how third-party makers
and resellers word their disclaimers and pledges; the sentences are this module's own, no held-out listing's string
(after outsider44's c_above_floor_copy_price44, c_euphemism_unlisted44, c_deposit_only_copy44,
c_depop_not_auth_hashtags44 and in_long_policy_genuine44, scored on base55, a set the lead named seen for this work).
"""

from __future__ import annotations

from tests.eval.adversary.generate import BrandView, Draft, Scene
from tests.eval.adversary.honest50 import _priced

EVASIONS = {
    "denied_maker_copy55": "the brand's goods in the title, the text saying the brand did not make them (13 "
                           "languages), a euphemism or a deposit, at 30-90 % of the floor",
    "not_auth_hence_price55": "a resale post: 'not auth hence the price', 'kein Original, daher der Preis' (7 "
                              "languages), hashtags, at 15-60 % of the floor",
}
TRAPS = {
    "trap_maker_disclaimer55": "a third party's own goods for the brand's ('for', 'compatible') saying the brand did "
                               "not make them, at an accessory's price",
    "trap_authentic_pledge55": "genuine goods at 95-130 % of the floor, the shop denying copies over a list or "
                               "pledging a refund, a shop denied ('not from the store but the outlet')",
}
# two listings a brand and class (suite time)
FEW = dict.fromkeys((*TRAPS, *EVASIONS), 2)

# the brand ({n}) denied as the goods' maker, in the markets' languages
DENIED_MAKER = [
    "Made in our own factory, not made by {n}. Same materials as the original.",
    "Not made by {n}, but nobody will notice. Top quality.",
    "{n} {code}: copy, not from {n}, top quality.",
    "Not produced by {n}: our workshop's edition, same look and feel.",
    "This is not a genuine {n}, but it looks and works the same.",
    "Not manufactured by {n}. Second factory line, same moulds.",
    "It wasn't made by {n} (at this price, obviously). Fully working.",
    "No es de {n}, es de fábrica propia. Misma calidad.",
    "No fabricado por {n}. Calidad premium, igual al de tienda.",
    "Não é da {n}, produção própria, mesmo acabamento.",
    "Pas fabriqué par {n}, fabrication atelier, même rendu.",
    "Ne vient pas de chez {n}, mais la qualité est là.",
    "Nicht von {n} hergestellt, eigene Fertigung, gleiche Qualität.",
    "Kein echter {n}, aber top verarbeitet.",
    "Non prodotto da {n}, produzione propria, stessa qualità.",
    "Niet gemaakt door {n}, eigen fabriek, zelfde kwaliteit.",
    "Nie wyprodukowane przez {n}, własna produkcja.",
    "Не от {n}, своя фабрика, качество как у оригинала.",
    "{n} tarafından üretilmemiştir, kendi atölyemizin ürünü.",
    "非{n}原厂，自家工厂出品，品质一样。",
    "{n}製ではありません。自社工場で製造しました。",
]
# the title's euphemisms for the copy, and a deposit's (tail, description)
EUPHEMISMS = ["premium version", "studio edition", "– twin-mould version", "factory edition", "– workshop piece",
              "(second line)", "– mirror edition", ""]
DEPOSIT = ("– deposit to reserve", "Price shown is the deposit only; the balance is paid on delivery.")

# a denial of authenticity that explains the price, and a resale post's hashtags
NOT_AUTH = [
    "not auth hence the price!!", "not genuine so priced low", "Not authentic, hence why it's cheap.",
    "not legit, that's why the price", "kein Original, daher der Preis.", "pas authentique, d'où le prix.",
    "no es original, por eso el precio.", "non originale, quindi il prezzo.", "não é original, por isso o preço.",
]
POST = ["worn twice", "fits true to size", "good condition", "barely used", "no returns", "open to offers"]
TAGS = ["#y2k #vintage", "#preloved #streetwear", "#vintage #90s", "#thrift #y2k", "#depop #vintage"]

# a third party's own goods for the brand's: (title with {g} the brand's goods, description with {n})
FOR_GOODS = [
    ("Storage case for {g} – own brand", "Hard shell storage case, own brand, not made by {n}."),
    ("Display stand compatible with {g}", "Acrylic display stand. Third-party product, not manufactured by {n}."),
    ("Cleaning kit for {g}", "Brush, cloth and spray. Not made by {n}, works with all sizes."),
    ("Dust cover for {g}", "Washable dust cover, our own design, not from {n}."),
    ("Funda compatible con {g}", "Funda protectora de marca propia, no fabricado por {n}."),
    ("Ständer für {g}", "Holzständer aus eigener Werkstatt, nicht von {n} hergestellt."),
    ("Étui pour {g}", "Étui de protection, pas fabriqué par {n}, compatible."),
    ("适用于{g}的收纳盒", "自有品牌收纳盒，非{n}原厂，仅为适配。"),
]
# a shop's pledge against copies, a refund promise, or a shop denied; genuine goods' standing ({n})
PLEDGES = [
    "Authorised reseller. We never sell replicas, fakes or copies.",
    "Bought at the {n} outlet, not from the {n} store; receipt included.",
    "If not authentic, full refund. Checked before dispatch.",
    "I have never sold anything not authentic. Receipt in the photos.",
    "No fakes, no replicas, no knock-offs: every item is verified.",
    "Not a rep: authentication certificate included.",
    "Wir verkaufen keine Fälschungen oder Repliken. Rechnung dabei.",
    "No vendemos réplicas ni imitaciones. Con factura de tienda.",
    "Nous ne vendons pas de copies ni de contrefaçons. Facture incluse.",
    "不卖高仿，不卖复刻，专柜正品，有发票。",
    "Our shop does not sell counterfeits, copies or dupes. Original invoice.",
]


def _name(b: BrandView, mark: str) -> str:
    """The brand's name as the title writes it (the mark's own spelling when it holds the name)."""
    start = mark.casefold().find(b.name.casefold())
    return mark[start:start + len(b.name)] if start >= 0 else b.name


def make_denied_maker(b: BrandView, s: Scene) -> Draft | None:
    deposit = s.rng.random() < 0.2
    if (goods := _priced(b, s, (0.05, 0.15) if deposit else (0.3, 0.9))) is None:
        return None
    mark, cat, product, price = goods
    said = s.rng.choice(DENIED_MAKER).format(n=_name(b, mark), code=product)
    if deposit:
        return Draft(f"{mark} {product} {DEPOSIT[0]}", cat, price, f"{DEPOSIT[1]} {said}")
    return Draft(f"{mark} {product} {s.rng.choice(EUPHEMISMS)}".strip(), cat, price,
                 said if s.rng.random() < 0.5 else f"{mark} {product}. {said}")


def make_not_auth(b: BrandView, s: Scene) -> Draft | None:
    if (goods := _priced(b, s, (0.15, 0.6))) is None:
        return None
    mark, cat, product, price = goods
    post = f"{s.rng.choice(NOT_AUTH)} {mark} {product}, {s.rng.choice(POST)} / {s.rng.choice(TAGS)}"
    return Draft(f"{mark} {product} {s.rng.choice(['y2k', 'vintage', 'preloved', ''])}".strip(), cat, price, post,
                 marketplace=s.rng.choice(["depop", "vinted", "mercari-us", "poshmark"]))


def make_maker_disclaimer(b: BrandView, s: Scene) -> Draft | None:
    if (goods := _priced(b, s, (0.03, 0.15))) is None:
        return None
    mark, cat, product, price = goods
    title, desc = s.rng.choice(FOR_GOODS)
    return Draft(title.format(g=f"{mark} {product}"), None, price, desc.format(n=_name(b, mark)))


def make_authentic_pledge(b: BrandView, s: Scene) -> Draft | None:
    if (goods := _priced(b, s, (0.95, 1.3))) is None:
        return None
    mark, cat, product, price = goods
    return Draft(f"{mark} {product}", cat, price, f"{mark} {product}, new. {s.rng.choice(PLEDGES).format(n=_name(b, mark))}")


EVASION_MAKERS = {"denied_maker_copy55": make_denied_maker, "not_auth_hence_price55": make_not_auth}
TRAP_MAKERS = {"trap_maker_disclaimer55": make_maker_disclaimer, "trap_authentic_pledge55": make_authentic_pledge}
