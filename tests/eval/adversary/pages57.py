"""The adversary's whole product pages, the decisive words buried in the page's furniture (pages57, issue 9):

- `page_buried_copy57` (evasion): a long product page (item details, delivery, returns, pasted buyers' reviews with
  their parcels' dents and scratches, a shop blurb, a tag line, an FAQ), in English with sections in German, Spanish,
  French or Indonesian, whose seller says once, mid-page, that the goods are copies (a care note, a shipping note, a
  variant, a seller's FAQ answer, a warranty line, a tag, a buyer's review that calls them fake), at 15-45 % of the
  floor; or says nothing and asks 3-10 % of it (the price alone). Alert.
- `trap_page_copy_words57` (trap): the same page for genuine goods at 100-125 % of the floor, whose copy words speak
  of copies in general: a buyer's fear the goods proved genuine, an authenticity promise that refunds any fake, the
  marketplace's ban on selling counterfeits, a how-to-spot or genuine-vs-imitations section, a tag "real vs fake".
  Quiet.

The furniture and the sentences are this module's own (how marketplaces lay out product pages and how buyers and
shops word reviews, guarantees and notices: general knowledge), none of a held-out set's; outsider46 (seen for this
work) showed the mechanism: a copy word counts by whose voice says it and what it is about (context/voices.py).
"""

from __future__ import annotations

from tests.eval.adversary.generate import BrandView, Draft, Scene
from tests.eval.adversary.honest50 import _priced

EVASIONS = {
    "page_buried_copy57": "a long product page whose seller says once mid-page that the goods are copies (care, "
                          "shipping, variant, FAQ, warranty, tag, a buyer's 'fake'), or only by a copy's price",
}
TRAPS = {
    "trap_page_copy_words57": "a genuine page at the floor whose copy words speak of copies in general (a buyer's fear "
                              "proved genuine, a refund promise, the marketplace's ban, how to spot fakes)",
}
FEW = dict.fromkeys((*TRAPS, *EVASIONS), 2)

HEADS = {
    "details": ["PRODUCT DETAILS", "Item specifics:", "KEY FACTS", "Technical data:", "Produktdetails:", "Detalles:"],
    "delivery": ["DELIVERY", "Dispatch & delivery:", "Versand:", "Envío:", "Pengiriman:"],
    "returns": ["RETURNS & REFUNDS", "Return policy:", "Rückgabe:", "Devoluciones:", "Retours :"],
    "reviews": ["Customer reviews ({n})", "WHAT BUYERS SAY", "Ratings & reviews", "Bewertungen ({n})",
                "Opiniones de clientes", "Avis clients ({n})", "Ulasan"],
    "faq": ["FAQ", "Questions & answers:", "Häufige Fragen:", "Preguntas frecuentes:"],
    "shop": ["ABOUT OUR SHOP", "Who we are:", "Über uns:", "Sobre nosotros:"],
}
DELIVERY = [
    "Dispatched within 48 hours from our fulfilment centre, tracked parcel, 3-6 working days.",
    "Same-day dispatch on weekdays before 1 pm. Free tracked delivery over 40.",
    "Versand innerhalb von 24 Stunden mit Sendungsverfolgung, Lieferzeit 2-4 Werktage.",
    "Enviamos en 24-48 h con número de seguimiento; entrega en 3-5 días laborables.",
    "Dikirim dalam 1-2 hari kerja, nomor resi dikirim lewat chat.",
]
RETURNS = [
    "Return window: 30 days. Refunds go back to the original payment method once we have inspected the item.",
    "Unworn items in their original packaging can be sent back within 14 days; we refund to the original card.",
    "Rückgabe innerhalb von 30 Tagen in der Originalverpackung, Erstattung auf das ursprüngliche Zahlungsmittel.",
    "Devolución en 15 días con el embalaje original; reembolsamos al método de pago original.",
]
# pasted reviews of other buyers' parcels: their dents and scratches are theirs
REVIEWS = [
    "★★★★★ Kofi: the outer carton arrived a bit crushed but the product itself is perfect.",
    "★★★★☆ Elif: exactly as pictured, fast dispatch.",
    "5/5 - second order from this shop, no problems at all.",
    "★★★★★ Mateus: small scratch on the shipping box, contents fine.",
    "★★★☆☆ Jana: took eleven days, otherwise OK.",
    "★★★★★ Sören: sehr schnell geliefert, Karton leicht eingedrückt.",
    "★★★★☆ Camille: conforme à la description, bien emballé.",
    "4/5 - colour slightly lighter than the photos.",
    "★★★★★ Wei: gift for my sister, she loved it.",
]
FAQ = [
    "Q: Do you ship to islands? A: Yes, with a small surcharge.",
    "Q: Can I collect in person? A: Sorry, online orders only.",
    "F: Kann ich per Rechnung zahlen? A: Ja, über den Zahlungsanbieter.",
    "P: ¿Tiene factura? R: Sí, la enviamos por correo.",
]
SHOP = [
    "Independent shop since 2011, two people and a small warehouse. We answer messages within a day.",
    "Family business, over 20,000 orders shipped. Follow us for weekly drops.",
    "Kleiner Familienbetrieb seit 2015, persönlicher Kundenservice.",
]

# the copy said once, in the seller's own voice (or a buyer's testimony), {b} the brand's name, {g} the goods
BURIED = [
    "Care: keep it in the pouch and away from sunlight, like every replica we ship.",
    "Shipping note: copy items travel without the brand box; the box and cards follow in a second parcel.",
    "Variant: Standard | Mirror grade (+12) | Gift wrap",
    "Q: Is this the real {b}? A: It is a 1:1 copy from the same factory, identical look.",
    "Warranty: no {b} warranty, since this is a high copy; our own 3-month cover applies.",
    "★★★★★ Pedro: es réplica pero se ve igualita, recomendado.",
    "★★★★☆ Tom: fake of course, but nobody at work noticed.",
    "Garantie: keine Herstellergarantie, da es sich um eine Kopie handelt.",
    "Note du vendeur : réplique de haute qualité, pas un original {b}.",
    "Catatan: barang KW super, bukan ori {b}.",
]
# copy words of a genuine page that speak of copies in general
GENERAL = [
    "★★★★★ Hannah: honestly I worried it might be counterfeit given the discount, but it is genuine - the serial checked "
    "out on the {b} website.",
    "★★★★☆ Lucía: pensé que sería falso por el precio, pero es original, lo verifiqué con la marca.",
    "★★★★★ Jonas: hatte Angst, dass es eine Fälschung ist, aber es ist echt.",
    "Authenticity promise: should any item turn out to be fake, we refund twice what you paid.",
    "Fake claims are investigated within 48 hours and refunded in full; every unit comes from {b}'s distributor.",
    "Falls ein Artikel sich als Fälschung erweist, erstatten wir den doppelten Kaufpreis.",
    "Platform notice: the sale of counterfeit or replica goods is forbidden on this marketplace.",
    "How to spot a fake {g}: check the serial number, the weight and the print - ours come with {b}'s card.",
    "Genuine {b} vs imitations: hologram and serial number on ours, neither on the knock-offs.",
    "Beware of fakes sold elsewhere at half the price; buy from listed retailers only.",
]
TAGS_GENUINE = ["real vs fake {b}", "how to spot fake {g}", "{b} authentic"]
TAGS_COPY = ["{b} replica", "{g} 1:1", "fake {b}"]


def _page(b: BrandView, s: Scene, goods: str, said: str, tag: str) -> str:
    rng = s.rng
    reviews = rng.sample(REVIEWS, rng.randint(3, 6))
    blocks = [
        f"{rng.choice(HEADS['details'])}\nItem: {goods}\nBrand: {b.name}\nWeight: {rng.randint(80, 2400)} g\n"
        f"Colour: {rng.choice(['Black', 'Ivory', 'Slate', 'Olive', 'Sand'])}",
        f"{rng.choice(HEADS['delivery'])}\n{rng.choice(DELIVERY)}",
        f"{rng.choice(HEADS['returns'])}\n{rng.choice(RETURNS)}",
        f"{rng.choice(HEADS['faq'])}\n" + "\n".join(rng.sample(FAQ, 2)),
        f"{rng.choice(HEADS['reviews']).format(n=len(reviews) + 1)}\n" + "\n".join(reviews),
        f"{rng.choice(HEADS['shop'])}\n{rng.choice(SHOP)}",
    ]
    rng.shuffle(blocks)
    at = rng.randint(1, len(blocks) - 1)  # said mid-page, never first
    if said.startswith(("★", "5/5")):
        blocks.insert(at, f"{rng.choice(HEADS['reviews']).format(n=2)}\n{rng.choice(REVIEWS)}\n{said}")
    elif said:
        blocks.insert(at, said)
    tags = ["gift idea", "best price", "free delivery", "new season", goods]
    if tag:
        tags.insert(rng.randint(0, len(tags)), tag)
    blocks.append("Tags: " + ", ".join(tags))
    return "\n\n".join(blocks)


def make_page_buried_copy(b: BrandView, s: Scene) -> Draft | None:
    priced_only = s.rng.random() < 0.25
    goods = _priced(b, s, (0.03, 0.1) if priced_only else (0.15, 0.45))
    if goods is None:
        return None
    mark, cat, product, price = goods
    if priced_only:
        said, tag = "", ""
    elif s.rng.random() < 0.2:
        said, tag = "", s.rng.choice(TAGS_COPY).format(b=b.name, g=product)
    else:
        said, tag = s.rng.choice(BURIED).format(b=b.name, g=product), ""
    title = f"{mark} {product}{s.rng.choice(['', ' - new', ' | fast delivery', ' 2026'])}"
    return Draft(title, cat, price, _page(b, s, f"{mark} {product}", said, tag),
                 marketplace=s.rng.choice(["ebay", "amazon", "shopee", "aliexpress", "etsy", "allegro", "tokopedia"]))


def make_page_copy_words(b: BrandView, s: Scene) -> Draft | None:
    goods = _priced(b, s, (1.0, 1.25))
    if goods is None:
        return None
    mark, cat, product, price = goods
    if s.rng.random() < 0.25:
        said, tag = "", s.rng.choice(TAGS_GENUINE).format(b=b.name, g=product)
    else:
        said, tag = s.rng.choice(GENERAL).format(b=b.name, g=product), ""
    title = f"{mark} {product}{s.rng.choice(['', ' - new', ' | in stock', ' - free delivery'])}"
    return Draft(title, cat, price, _page(b, s, f"{mark} {product}", said, tag),
                 marketplace=s.rng.choice(["ebay", "amazon", "shopee", "etsy", "zalando", "bol", "tokopedia"]))


EVASION_MAKERS = {"page_buried_copy57": make_page_buried_copy}
TRAP_MAKERS = {"trap_page_copy_words57": make_page_copy_words}
