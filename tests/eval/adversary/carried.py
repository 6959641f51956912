"""The adversary's carried-goods classes (issue 9, genuine31). Listings that name the brand's goods but sell something
else around them, as honest sellers title it: a parcel forwarder or proxy shipper of orders from the official stores, a
restock or price-alert bot, a watch's or a car's service by an independent hand, an old newspaper, clipping, press
photo or press kit about the brand, a baking kit without the brand's sweets (traps: quiet at a service's or a paper's
low price). Also genuine goods whose price a cover or a quantity explains: an unwanted gift with the shop's gift receipt
at a street price, and a team order (a club's kit by the dozen) at a teamwear dealer's price per piece (traps).

Their counterfeit twins borrow the same words (evasions, every brand): a forwarder or a bot that ships or tracks the
brand's copies ("we forward … 1:1 replica", "reps restock bot"), a service listing that sells a copy beside it, an
"unwanted gift, gift receipt included" at a copy's price, a "team order" of the brand's goods at a factory copy's price
or with its copy words.

Written for BrandSentry from general knowledge of forwarders' (Stackry, MyUS, Buyee-style), bot makers', garages',
watchmakers', ephemera dealers' and teamwear dealers' listings, in English and other languages of our markets; found by
outsider28's in_forwarding_tracking28, in_bot_services28, in_repair_services28, in_press_news28, in_gift_note_genuine28
and in_team_order_genuine28 after they were scored; none of their titles is a template here.
"""

from __future__ import annotations

from tests.eval.adversary.generate import BrandView, Draft, Scene, _cap, _plain_mark
from tests.eval.adversary.genuine import _pack, _price, _retail_price

TRAPS = {
    "trap_carrier_service31": "a forwarder, a restock or price-alert bot or an independent service of the brand's goods, "
                              "at a service's fee, no copy cue, in several languages",
    "trap_press_paper31": "an old newspaper, clipping, press photo or press kit about the brand, at a paper's price",
    "trap_gift_receipt31": "the brand's goods as an unwanted gift with the shop's gift receipt, at a shop's price, "
                           "no copy cue",
    "trap_team_order31": "a team order of a sports or apparel brand's goods by the dozen through a teamwear dealer, at "
                         "50-80 % of the floor a piece, no copy cue",
}
EVASIONS = {
    "carrier_copy31": "the brand's copies shipped by a forwarder, tracked by a bot or sold beside a service, with a copy "
                      "claim, at a copy's price",
    "gift_receipt_copy31": "the brand's goods as an unwanted gift 'with gift receipt' at a copy's price (4-20 % of the "
                           "floor)",
    "team_order_copy31": "a team order of the brand's goods by the dozen at a factory copy's price a piece, or with its "
                         "copy words",
}

SERVICES = [
    "{m} orders from the official store – we forward to {place}, tracking included",
    "{place} forwarding service – official {m} store orders",
    "Parcel forwarding for {m} online store purchases to {place}",
    "Package consolidation: {m}, Apple, Amazon orders shipped to {place}",
    "Paketweiterleitung aus den USA – {m} Bestellungen nach {place}",
    "Réexpédition de colis: commandes {m} vers {place}",
    "Casillero internacional – compras de {m} a {place}",
    "{m} restock tracker bot – alerts for official retailers",
    "{m} sale alert bot – Telegram, monthly",
    "{m} release alerts – Discord bot, official stores only",
    "Price tracker for {m} at major retailers – price alerts",
    "{m} oil service at independent garage",
    "{m} service & polish by independent watchmaker",
    "{m} annual service – mobile mechanic, your own parts",
]
PLACES = ["Ghana", "Nigeria", "Kenya", "Brazil", "Chile", "Ukraine", "Peru", "the Philippines", "Pakistan", "Georgia"]
SERVICE_DESCS = ["Service only – bring your own genuine item. No goods sold.",
                 "Logistics service: we forward genuine orders from official stores with their invoice.",
                 "Software service. Links only to official stores and authorised retailers.", ""]
PAPERS = [
    "Newspaper {year} – {m} headline, original print",
    "Newspaper clipping {year} – 'Customs seize fake {m} goods at port'",
    "{m} {year} press photo, reprint",
    "Press kit: {m} {year} launch, collector item",
    "Zeitungsausschnitt {year}: {m} eröffnet neuen Laden",
    "Recorte de periódico {year} – noticia sobre {m}",
    "Coupure de presse {year} – {m}",
    "{m} press clipping from {year}, framed",
]
COPY_CLAIMS = ["1:1 replica", "AAA copy", "super clone", "mirror quality copy", "reps, top batch", "高仿", "réplica AAA",
               "Kopie 1:1", "копия 1:1", "replica"]
COPY_SERVICES = [
    "{m} {p} {c} – we forward to {place}",
    "{place} forwarding: {m} {p} {c}, tracking included",
    "{m} {p} {c} restock bot – DM for the catalogue",
    "{m} {p} {c} – service & polish included",
    "Price alert: {m} {p} {c} back in stock",
]
GIFT_STORIES = ["unwanted gift, gift receipt included", "unwanted gift – gift receipt and card included",
                "ungewolltes Geschenk, Geschenkbeleg dabei", "regalo no deseado, con ticket regalo",
                "cadeau non désiré, ticket cadeau fourni", "got it as a gift, gift receipt in the box"]
TEAM = ["{m} {p} x{n} – club team order via authorised teamwear dealer",
        "{m} team kit x{n} ({p}) – authorised teamwear dealer",
        "{m} {p} x{n} – school team order, club crest printing",
        "{m} Trikotsatz x{n} ({p}) – Vereinsbestellung",
        "{m} {p} x{n} – pedido para equipo, distribuidor autorizado"]
TEAM_COPY = ["{m} {p} x{n} – club team order, {m} logo embroidered, factory copy",
             "{m} team kit x{n} ({p}) – 1:1 copy, your club crest",
             "{m} {p} x{n} – school team order"]
# brands whose goods teams order by the dozen (kit, balls, shuttles, clubs)
TEAM_BRANDS = {"nike", "adidas", "puma", "wilson", "yonex", "callaway", "the-north-face", "levis"}


def _floor(b: BrandView, s: Scene) -> str | None:
    cats = [c for c in b.categories if c in b.floors and "prescription" not in c and "software" not in c]
    return s.rng.choice(cats) if cats else None


def make_service(b: BrandView, s: Scene) -> Draft | None:
    r = s.rng
    cat = s.category()
    title = r.choice(SERVICES).format(m=_plain_mark(b, s), place=r.choice(PLACES))
    fee = (round(r.uniform(5, 60), 2), "EUR")
    return Draft(_cap(title), None if r.random() < 0.6 else cat, fee, r.choice(SERVICE_DESCS))


def make_paper(b: BrandView, s: Scene) -> Draft | None:
    r = s.rng
    title = r.choice(PAPERS).format(m=_plain_mark(b, s), year=r.randrange(1960, 2015))
    return Draft(_cap(title), None, (round(r.uniform(4, 90), 2), "EUR"), "Original print/reprint as described, collector item.")


def make_gift(b: BrandView, s: Scene) -> Draft | None:
    cat = _floor(b, s)
    if cat is None:
        return None
    m, p = _plain_mark(b, s), s.product(cat)
    title = f"{m} {p} – {s.rng.choice(GIFT_STORIES)}"
    return Draft(_cap(title), cat, _retail_price(b, s, cat, m, p), "Sealed, never used; exchange it at the store if you like.")


def make_team(b: BrandView, s: Scene) -> Draft | None:
    if b.id not in TEAM_BRANDS or (cat := _floor(b, s)) is None:
        return None
    n = s.rng.randrange(10, 25)
    m, p = _plain_mark(b, s), s.product(cat)
    title = s.rng.choice(TEAM).format(m=m, p=p, n=n)
    amount, cur = _price(b, s, cat, 0.5, 0.8, m)
    return Draft(_cap(title), None if s.rng.random() < 0.5 else cat, (round(amount * n * _pack(p), 2), cur),
                 "Official teamwear programme; invoice for the club treasurer.")


def make_service_copy(b: BrandView, s: Scene) -> Draft | None:
    r = s.rng
    cat = s.category(with_floor=True)
    title = r.choice(COPY_SERVICES).format(m=_plain_mark(b, s), p=s.product(cat), c=r.choice(COPY_CLAIMS),
                                           place=r.choice(PLACES))
    return Draft(_cap(title), None if r.random() < 0.5 else cat, s.price(cat, low=r.random() < 0.6), "")


def make_gift_copy(b: BrandView, s: Scene) -> Draft | None:
    cat = s.category(with_floor=True)
    title = f"{_plain_mark(b, s)} {s.product(cat)} – {s.rng.choice(GIFT_STORIES)}"
    return Draft(_cap(title), cat, s.price(cat, low=True), "Sealed.")


def make_team_copy(b: BrandView, s: Scene) -> Draft | None:
    r = s.rng
    cat = s.category(with_floor=True)
    n = r.randrange(10, 25)
    way = r.randrange(len(TEAM_COPY))
    title = TEAM_COPY[way].format(m=_plain_mark(b, s), p=s.product(cat), n=n)
    amount, cur = s.price(cat, low=True)
    if way == len(TEAM_COPY) - 1 and cat in b.floors:  # no copy word: a factory copy's price a piece (4-8 % of the floor)
        amount, cur = b.floors[cat][0] * r.uniform(0.04, 0.08), b.floors[cat][1]
    return Draft(_cap(title), cat, (round(max(amount * n, 0.1), 2), cur), "")


TRAP_MAKERS = {"trap_carrier_service31": make_service, "trap_press_paper31": make_paper,
               "trap_gift_receipt31": make_gift, "trap_team_order31": make_team}
EVASION_MAKERS = {"carrier_copy31": make_service_copy, "gift_receipt_copy31": make_gift_copy,
                  "team_order_copy31": make_team_copy}
