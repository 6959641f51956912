"""Genuine sellers' wordings the matcher lacked (issue 9, precision; quiet21, 2026-12-03), and the copies that borrow
them.

Written from first principles and general knowledge of how private sellers, shops and public auctioneers word genuine
goods in the markets' languages, not from any held-out listing:

- a wear time ("worn two winters", "worn one season", "worn for a year");
- ex-display in the languages the condition table lacked (Turkish "teşhir ürünü", Dutch "showroommodel", Polish
  "egzemplarz powystawowy", Czech "vystavený kus", Portuguese "produto de mostruário", Russian "витринный образец",
  Swedish "demoexemplar");
- an outlet village named as where the goods were bought (Bicester Village, La Vallée Village, Premium Outlets,
  McArthurGlen, Designer Outlet);
- a public sale by a court, a bailiff or the police (deurwaardersveiling, Zwangsversteigerung, asta giudiziaria, subasta
  judicial, leilão judicial, licytacja komornicza);
- a grey import in the languages the table lacked (паралельний імпорт, paralelní dovoz, import paralel, párhuzamos
  import, paralel ithalat, parallelimport, importação paralela); the empty box and bag named around the brand ("Caja y
  bolsa de Gucci vacías", "Boîte Dior vide"); German "neuwertig" (like new);
- a third party's part "odpowiednik" (Polish: the equivalent of) or "equivalent van" (Dutch) the maker's number;
- a painting of the brand's goods, its medium beside the word for a picture (Quadro pintura, Obraz akrylowy);
- a footnote's star after a word ("Free* delivery", "New*", "Sale* price"; the copy trade's "100% Original*" in the
  evasion class), which is no masked last letter of another brand's line ("Original*" is no adidas Originals);
- an own-brand design named after the model it looks like ("Air Force 1 look", "Nuptse-look", "die Alternative zur
  Speedmaster").

Classes:
- `trap_genuine_wording21`: the brand's genuine goods in one of those wordings at the price the wording explains (used
  40-110 % of the floor, ex-display and outlet 75-110 %, public auctions 45-120 %, a shop's footnotes 100-160 %), or an own brand's
  goods named after the brand's line at an own brand's price (5-40 % of the line's floor): quiet.
- `trap_oe_equivalent21`: a part maker's part quoting the car maker's name and registered number in Polish and Dutch
  parts shops' words ("Tarcza Zimmermann – odpowiednik BMW 34116860016", "equivalent van"), at 20-70 % of the part's
  floor: quiet.
- `trap_artwork_words21`: such a painting filed among art at an artwork's price: quiet.
- `fake_genuine_wording21`: a copy in the same wordings: a copy cue, or a price a small fraction of even the scaled
  floor (1-6 %; an auction's price is its opening bid, so only a cue there), or the copy trade's "100% Original*" whose
  footnote undoes it ("*original design, not sold by the brand"): alerts the brand, and only it (no adidas Originals).
"""

from __future__ import annotations

from tests.eval.adversary.generate import BrandView, Draft, Scene, _cap, _plain_mark
from tests.eval.adversary.genuine import COPY_CUES, SOFTWARE, _floored, _price

TRAPS = {
    "trap_artwork_words21": "a painting of the brand's goods, its medium beside the word for a picture (Quadro pintura, "
                            "Obraz akrylowy, Pintura acrílica, Quadro dipinto), filed among art at an artwork's price: quiet",
    "trap_oe_equivalent21": "a part maker's part quoting the car maker's name and registered number it stands in for "
                            "('odpowiednik BMW 34116860016', 'equivalent van Toyota …'), at 20-70 % of that part's floor: "
                            "quiet",
    "trap_genuine_wording21": "genuine goods worded as sellers do (worn two winters, neuwertig, teşhir ürünü, showroommodel, "
                              "Bicester Village, deurwaardersveiling, asta giudiziaria, паралельний імпорт, 'Caja y bolsa de X vacías', "
                              "'Free* delivery' with a footnote) "
                              "at the price the wording explains; own-brand goods 'in the X look' or 'die Alternative zur "
                              "X': quiet",
}
EVASIONS = {
    "fake_genuine_wording21": "a copy in the same genuine sellers' wordings with a copy cue or at 1-6 % of the floor",
}

# (title, description) by wording; {m} the mark, {p} the product
WORN = [("{m} {p}, worn two winters", "Receipt from the store, size M."), ("{m} {p} neuwertig", "Kaum getragen, mit Rechnung."),
        ("{m} {p} - worn one season", "Clean, no damage, from a smoke-free home."),
        ("{m} {p}, worn for a year", "Some signs of wear, see photos."),
        ("{m} {p} worn last winter", "Original receipt included."),
        ("{m} {p} (worn 2 seasons)", "Selling as it no longer fits.")]
DISPLAY = [("{m} {p} – teşhir ürünü", "Garantili, faturalı."), ("{m} {p} teşhir", "Mağaza garantisi var."),
           ("{m} {p} showroommodel", "Met garantie, doos geopend."), ("{m} {p} – toonzaalmodel", "Volledig werkend."),
           ("{m} {p} egzemplarz powystawowy", "Gwarancja sklepu."), ("{m} {p} – vystavený kus", "Záruka 24 měsíců."),
           ("{m} {p} produto de mostruário", "Com garantia da loja."), ("{m} {p} – витринный образец", "Гарантия магазина."),
           ("{m} {p} demoexemplar", "Full garanti.")]
OUTLET = [("{m} {p} – Bicester Village", "New, receipt."), ("{m} {p} from La Vallée Village", "Neuf avec ticket."),
          ("{m} {p}, bought at Woodbury Common Premium Outlets", "Tags on."),
          ("{m} {p} – McArthurGlen Designer Outlet", "Nuovo con scontrino."),
          ("{m} {p} Roermond Designer Outlet", "Nieuw met kassabon."), ("{m} {p} aus dem Wertheim Village", "Neu mit Etikett.")]
AUCTION = [("{m} {p} – deurwaardersveiling", "Echtheid gecontroleerd."), ("{m} {p} executieveiling", "Startprijs, bieden."),
           ("{m} {p} – Zwangsversteigerung", "Vom Gutachter geprüft."), ("{m} {p} Polizeiversteigerung", "Vom Gutachter geprüft, echt."),
           ("{m} {p} – asta giudiziaria", "Autenticato da perito."), ("{m} {p} subasta judicial", "Lote verificado."),
           ("{m} {p} – leilão judicial", "Lance inicial."), ("{m} {p} licytacja komornicza", "Cena wywoławcza.")]
FOOTNOTE = [("{m} {p} – Free* delivery", "*within the EU, 2-4 days."),
            ("{m} {p} New*", "*opened once to check, never used."),
            ("{m} {p} – Limited* stock", "*two left at this price."),
            ("{m} {p} Warranty* included", "*12 months from the shop."),
            ("{m} {p} – Sale* price", "*until Sunday, receipt included.")]
GREY = [("{m} {p} – паралельний імпорт", "Оригінал, чек є."), ("{m} {p} paralelní dovoz", "Originál, faktura."),
        ("{m} {p} – import paralel", "Original, cu factură."), ("{m} {p} párhuzamos import", "Eredeti, számlával."),
        ("{m} {p} paralel ithalat", "Orijinal, faturalı."), ("{m} {p} – parallelimport", "Origineel, met bon."),
        ("{m} {p} importação paralela", "Original, com nota fiscal.")]
PACKAGING = [("Caja y bolsa de {m} vacías", "Solo embalaje de mi compra."), ("Caja de {m} vacía", "Sin producto."),
             ("Boîte {m} vide", "Emballage seul, sans article."), ("Scatola {m} vuota", "Solo confezione."),
             ("Caixa {m} vazia", "Só a embalagem.")]
# the copy trade's footnote that undoes "Original" (the evasion class's rows): {m} the mark
FOOTNOTE_COPY = [("{m} {p} 100% Original*", "*original design, premium quality product, not sold by {m}."),
                 ("{m} {p} – Original*", "*Originaldesign, Premiumqualität, nicht von {m}."),
                 ("{m} {p} – Original*", "*diseño original, no es de la marca.")]
# an own brand's goods named after the brand's line: (title, description); {l} the line, {o} the own brand
OWN = ["{o} {p} – {l} look", "{o} {p}, {l}-look", "{o} {p} – die Alternative zur {l}?", "{o} {p} im {l}-Look"]
OWN_BRANDS = ["Decathlon", "Uniqlo", "Primark", "Zara", "H&M", "Campus", "Baggu", "Ana Luisa", "Anker", "Seiko"]
# shares of the floor each wording explains (resale, display, outlet, auction, a footnote on a shop's new goods)
SHARES = {"worn": (0.4, 1.1), "display": (0.75, 1.1), "outlet": (0.75, 1.1), "auction": (0.45, 1.2),
          "footnote": (1.0, 1.6), "grey": (0.85, 1.1), "packaging": (0.03, 0.12)}
ROWS = {"worn": WORN, "display": DISPLAY, "outlet": OUTLET, "auction": AUCTION, "footnote": FOOTNOTE, "grey": GREY,
        "packaging": PACKAGING}
WEAR = {"coats", "jackets", "parkas", "outerwear", "apparel", "sneakers", "shoes", "handbags", "bags", "scarves", "boots",
        "watches", "jewelry", "sunglasses", "sportswear", "luxury apparel"}


WORN_GOODS = {"worn", "outlet"}


def _wording(b: BrandView, s: Scene) -> str | None:
    # worn goods and outlet villages' goods are clothes, shoes, bags and accessories (condition.py: an outlet's goods)
    kinds = [k for k in ROWS if k not in WORN_GOODS or any(c in WEAR and c in b.floors for c in b.categories)]
    return s.rng.choice(kinds) if kinds else None


def _own_brand(b: BrandView, s: Scene) -> Draft | None:
    lines = [m.value for m in b.declared("line") + b.latin_marks if len(m.value) >= 4 and not m.everyday
             and b.name.casefold() not in m.value.casefold() and m.value.casefold() not in b.name.casefold()]
    cat = _floored(b, s)
    if not lines or cat is None or cat in SOFTWARE:
        return None
    line = s.rng.choice(lines)
    own = s.rng.choice(OWN_BRANDS)
    title = s.rng.choice(OWN).format(o=own, p=s.product(cat), l=line)
    amount, cur = _price(b, s, cat, 0.05, 0.4, line)
    return Draft(_cap(title), cat, (amount, cur), f"Own brand: {own}.")


def make_trap_genuine_wording(b: BrandView, s: Scene) -> Draft | None:
    if s.rng.random() < 0.2:
        return _own_brand(b, s)
    kind = _wording(b, s)
    cat = _floored(b, s, WEAR if kind in WORN_GOODS else None)
    if kind is None or cat is None or cat in SOFTWARE:
        return None
    title, desc = s.rng.choice(ROWS[kind])
    m = _plain_mark(b, s)
    amount, cur = _price(b, s, cat, *SHARES[kind], m)
    return Draft(_cap(title.format(m=m, p=s.product(cat))), cat, (amount, cur), desc.format(m=m))


def make_fake_genuine_wording(b: BrandView, s: Scene) -> Draft | None:
    kind = _wording(b, s)
    if kind == "packaging":  # the empty box is what is sold, at a box's price: no copy's wording
        kind = "grey"
    cat = _floored(b, s)
    if kind is None or cat is None or cat in SOFTWARE:
        return None
    title, desc = s.rng.choice(FOOTNOTE_COPY if kind == "footnote" else ROWS[kind])
    m = _plain_mark(b, s)
    title = _cap(title.format(m=m, p=s.product(cat)))
    if kind == "auction" or kind != "footnote" and s.rng.random() < 0.5:
        # an auction's price is its opening bid, no price of the goods (context/formats.py): only a cue tells a copy
        cue = s.rng.choice(COPY_CUES)
        title = f"{title} {cue}" if s.rng.random() < 0.7 else f"{cue} {title}"
        price = _price(b, s, cat, 0.05, 0.6, m)
    else:
        price = _price(b, s, cat, 0.01, 0.06, m)
    return Draft(title, cat, price, desc.format(m=m))


# an artwork that depicts the brand's goods, its medium said beside the word for a picture (Portuguese, Spanish, Polish,
# Italian): {m} the mark, {p} the goods shown
ART = ["Quadro pintura {m} {p}", "Quadro pintado – {m} {p}, óleo sobre tela", "Obraz akrylowy z {m} {p} – pop art",
       "Obraz malowany: {m} {p}", "Pintura acrílica {m} {p}, firmada", "Cuadro pintura {m} {p} 50x70",
       "Quadro dipinto {m} {p}, pezzo unico", "Pintura a óleo {m} {p} 1980"]


def make_trap_artwork_words(b: BrandView, s: Scene) -> Draft | None:
    cat = s.category()
    title = s.rng.choice(ART).format(m=_plain_mark(b, s), p=s.product(cat))
    return Draft(_cap(title), s.rng.choice(["art", "Art > Paintings", "paintings", "Arte"]),
                 (round(s.rng.uniform(40, 900), 2), s.rng.choice(["EUR", "BRL", "PLN", "USD"])),
                 s.rng.choice(["Óleo sobre tela.", "Oryginał, podpisany.", "Obra única.", "Firmato dall'artista."]))


# a third party's part quoting the maker's name and number it stands in for, in Polish and Dutch parts shops' words:
# {o} the part's own maker, {m} the mark, {n} the registered number, {g} the goods it names
OE = ["{g} {o} – odpowiednik {m} {n}", "{g} {o} odpowiednik do {m} {n}", "{o} {g}, odpowiednik dla {m} {n}",
      "{g} {o} – equivalent van {m} {n}"]
PART_MAKERS = ["Zimmermann", "Bosch", "Mann-Filter", "Febi", "TRW", "Brembo", "Valeo", "Ridex", "Hengst", "Mahle"]


def make_trap_oe_equivalent(b: BrandView, s: Scene) -> Draft | None:
    models = [m for m in b.models if m.floor is not None and any(ch.isdigit() for ch in m.value)]
    if not models or b.iwg != "automotive":
        return None
    model = s.rng.choice(models)
    goods = s.rng.choice(["Tarcza hamulcowa", "Filtr oleju", "Klocki hamulcowe", "Oliefilter", "Remschijf"])
    title = s.rng.choice(OE).format(g=goods, o=s.rng.choice(PART_MAKERS), m=_plain_mark(b, s), n=model.value)
    amount = round(model.floor[0] * s.rng.uniform(0.2, 0.7), 2)
    return Draft(_cap(title), "auto parts", (amount, model.floor[1]), "Nowa część zamienna, nie oryginał producenta.")


TRAP_MAKERS = {"trap_genuine_wording21": make_trap_genuine_wording, "trap_artwork_words21": make_trap_artwork_words,
               "trap_oe_equivalent21": make_trap_oe_equivalent}
EVASION_MAKERS = {"fake_genuine_wording21": make_fake_genuine_wording}
