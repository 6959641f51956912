"""The adversary's "named aside" classes (issue 9, precision): listings that name a brand while what they sell is
something else or the brand's genuine goods in a form the price floor was not set for, which must stay quiet, each with
the copies that borrow the same words, which must still alert.

- an everyday-word mark or product line of the brand (not its name) used as the everyday descriptor it is, in the
  brand's own category at a generic price ("Love heart bracelet", "Willow basket bag", "Jet set travel bag"); its
  sibling: the same line alone with a copy cue;
- a whole road vehicle with a model year and an odometer reading, its maker or its tyres named ("2012 Toyota Prius,
  120k miles", "VW Golf, 98.000 km, neue Michelin Reifen"); its sibling: the same words with a copy claim;
- a single unit, a sachet or a few loose units of a consumable below a floor set on the retail pack ("1 Stück",
  "monodose 2g", "45g", "2 caplets"); its sibling: the same words with a copy cue or at a tiny fraction even of the
  unit's share;
- the brand as a tool or an occasion of what is sold (a planner "designed in Photoshop", a plan "I run in Nike",
  race tickets named after a sponsor); its sibling: the same frame claiming a copy.

Written from first principles and general knowledge of how classifieds, grocery and pharmacy listings, Etsy-style
digital goods and car boards word such titles (eBay Motors, mobile.de, Otomoto, Dubizzle; Amazon grocery; Gumroad);
no held-out listing was read.
"""

from __future__ import annotations

from wordfreq import zipf_frequency

from tests.eval.adversary import context
from tests.eval.adversary.generate import BrandView, Draft, Scene, _cap, _fold, _plain_mark

TRAPS = {
    "trap_descriptor_word": "an everyday-word product line of the brand as the everyday descriptor it is, "
                            "in the brand's own category at a generic price (love bracelet, willow basket bag)",
    "trap_whole_vehicle": "a whole used vehicle with a model year and an odometer reading, its maker or tyres named, "
                          "in 9 languages, at a vehicle's price",
    "trap_small_quantity": "one unit, a sachet or mini, or two or three loose units of a consumable, at that quantity's "
                           "share of a floor set on the retail pack (1 Stück, monodose 2g, 45g, 2 caplets)",
    "trap_tool_or_occasion": "the brand as the tool or the occasion of what is sold: designed in, made in, shot on, I run "
                             "in, tickets to an event named after it, in several languages",
}
EVASIONS = {
    "fake_descriptor_cue": "an everyday-word mark or line alone with a copy cue, in the brand's category at a copy price",
    "fake_vehicle_words_copy": "a model year and an odometer reading beside a copy claim of the brand's goods",
    "fake_small_quantity_copy": "a small quantity of a consumable with a copy cue, or at a tiny share of even the "
                                "quantity's floor",
    "fake_tool_frame_copy": "a tool phrase ('designed in', 'made in') before the brand beside a copy claim",
}

COPY_CUES = ["1:1", "AAA quality", "mirror quality", "super copy", "high copy", "replica", "原单", "高仿", "top replica",
             "UA version", "AAA+", "1:1 copy"]


_GOODS = {"watch", "laptop", "server", "phone", "tote", "bag", "jacket", "sneakers", "trench", "smartwatch", "ring",
          "bracelet", "gum", "coffee", "tea"}


def _descriptors(b: BrandView) -> list[str]:
    """The brand's everyday-word product lines, Latin, of one or two common English words, not holding its name."""
    name = _fold(b.name)
    marked = {_fold(p) for m in b.marks for p in m.value.split()} | _GOODS  # a mark's word or goods: not a descriptor
    words = [w.value for w in b.declared("line") if w.everyday]
    return sorted({w for w in words if w.isascii() and name not in _fold(w) and len(w.split()) <= 2
                   and not any(_fold(p) in marked for p in w.split())
                   and not any(c.isdigit() for c in w) and len(w) >= 4
                   and all(zipf_frequency(p, "en") >= 3.0 for p in w.lower().split())})  # everyday English words


def _generic_price(b: BrandView, s: Scene, cat: str, low: float, high: float) -> tuple[float, str]:
    amount, cur = b.floors.get(cat) or (context.PRODUCTS.get(cat, ([], "", 50.0))[2], "USD")
    return round(max(amount * s.rng.uniform(low, high), 0.01), 2), cur


DESCRIPTOR = ["{w} {p}, handmade", "Personalised {w} {p} with your initials", "{w} {p}, unbranded",
              "{w} themed {p}, generic", "Handmade {w} {p}", "Cute {w} {p} for her",
              "{w} pattern {p}, no brand", "Vintage-look {w} {p}, own design"]


# categories of apparel, jewellery and bags, where generic goods are called by everyday words (not shoes: sneakers are
# sold by their line's name)
FASHION = {"jewelry", "handbags", "bags", "sunglasses", "denim", "jeans", "apparel", "belts", "wallets", "trench coats",
           "parkas", "outerwear", "jackets", "scarves", "charms", "leather goods", "accessories", "t-shirts", "backpacks"}


def make_descriptor_word(b: BrandView, s: Scene) -> Draft | None:
    words = _descriptors(b)
    cats = [c for c in b.categories if c in FASHION]
    if not words or not cats:
        return None
    cat = s.rng.choice(cats)
    w = s.rng.choice(words).lower()
    title = _cap(s.rng.choice(DESCRIPTOR).format(w=w, p=context.PRODUCTS.get(cat, ([cat], "", 50))[0][0]))
    return Draft(title, cat, _generic_price(b, s, cat, 0.03, 0.2), s.rng.choice(["", "Made in my workshop.",
                                                                              "Not affiliated with any brand."]))


def make_descriptor_cue(b: BrandView, s: Scene) -> Draft | None:
    words = _descriptors(b)
    cats = [c for c in b.categories if c not in ("software", "software licenses")]
    if not words or not cats:
        return None
    cat = s.rng.choice(cats)
    w = s.rng.choice(words)
    title = f"{w} {context.PRODUCTS.get(cat, ([cat], '', 50))[0][0]} {s.rng.choice(COPY_CUES)}"
    return Draft(title, cat, _generic_price(b, s, cat, 0.04, 0.2), s.rng.choice(["", "Same as the original.",
                                                                              "Fast shipping."]))


# ------------------------------------------------------------------ whole vehicles

VEHICLE_CATEGORIES = {"auto parts", "motorcycles", "motorcycle parts", "tires", "cars", "generators", "motor oil"}
VEHICLE = [
    ("en", "{y} {m} {v}, {k}k miles, clean title"), ("en", "{y} {m} {v} - {k},000 miles, one owner"),
    ("de", "{m} {v} {y}, {k}.000 km, Scheckheft"), ("es", "{m} {v} {y}, {k}.000 km, ITV pasada"),
    ("fr", "{m} {v} {y}, {k} 000 km, CT ok"), ("it", "{m} {v} {y}, {k}.000 km, tagliandi"),
    ("pl", "{m} {v} {y}, przebieg {k} tys km"), ("ru", "{m} {v} {y}, пробег {k} тыс. км"),
    ("ar", "{m} {v} {y} ممشى {k} ألف"), ("zh", "{m} {v} {y}款 {k}万公里"), ("ja", "{m} {v} {y}年式 走行{k}000km"),
    ("en", "{y} Volkswagen Golf, {k}k miles, new {m} tyres"), ("de", "VW Passat {y}, {k}.000 km, neue {m} Reifen"),
]
_VEHICLES = ["sedan", "hatchback", "SUV", "estate", "pickup", "motorcycle", "touring"]


def _vehicle_mark(b: BrandView, s: Scene) -> str:
    return b.name if s.rng.random() < 0.7 else _plain_mark(b, s)


def make_whole_vehicle(b: BrandView, s: Scene) -> Draft | None:
    if not VEHICLE_CATEGORIES & set(b.categories):
        return None
    r = s.rng
    if {"auto parts", "motorcycles", "motorcycle parts", "cars"} & set(b.categories):
        rows = VEHICLE[:-2]  # the maker of the vehicle
    elif "tires" in b.categories:
        rows = VEHICLE[-2:]  # the tyres it was fitted with
    else:
        return None
    lang, shape = r.choice(rows)
    title = shape.format(y=r.randrange(2004, 2024), m=_vehicle_mark(b, s), v=r.choice(_VEHICLES), k=r.randrange(12, 190))
    cat = r.choice(["Cars & Trucks", "Autos", "Coches", "Motocykle", "سيارات", "二手车", "Vehicles", None])
    return Draft(title, cat, (float(r.randrange(3000, 45000)), r.choice(["USD", "EUR"])),
                 r.choice(["", "Private sale, test drive welcome.", "Full service history."]))


def make_vehicle_words_copy(b: BrandView, s: Scene) -> Draft | None:
    if not VEHICLE_CATEGORIES & set(b.categories):
        return None
    r = s.rng
    cat = r.choice([c for c in b.categories if c in VEHICLE_CATEGORIES])
    product = context.PRODUCTS.get(cat, ([cat], "", 50))[0][0]
    title = r.choice(["{m} {p} for {y} models, {c}", "{m} {p} {c}, fits {y}, tested {k}k miles",
                      "{y} {m} {p}, {k},000 km guarantee, {c}"]).format(
        m=_vehicle_mark(b, s), p=product, y=r.randrange(2004, 2024), k=r.randrange(12, 190), c=r.choice(COPY_CUES))
    return Draft(title, cat, s.price(cat, low=True), "")


# ------------------------------------------------------------------ small quantities of consumables

SMALL_CATEGORIES = {"chocolate", "confectionery", "coffee", "soft drinks", "bottled water", "spreads", "dairy",
                    "infant formula", "baby food", "snacks", "biscuits", "pet food", "tea", "otc", "first aid"}
SINGLE = [("{m} {p}, 1 Stück", 0.25), ("{m} {p}, 1 unit", 0.25), ("{m} {p} 45g", 0.25), ("{m} {p} bolsa 40g", 0.25),
          ("{m} {p} 1 pc", 0.25), ("{m} {p} 50 ml", 0.25), ("{m} {p}, 1 pezzo", 0.25)]
DOSE = [("{m} {p} bustina monodose 2g", 0.1), ("{m} {p} sachet", 0.1), ("{m} {p} stick 1,8 g", 0.1),
        ("{m} {p} 8 ml mini", 0.1), ("{m} {p} sobre individual", 0.1)]
PHARMACY = [("{m} {p} travel pack, 2 caplets", 0.25), ("{m} {p}, 3 tablets", 0.25), ("{m} {p} 2 capsules", 0.25)]


def _small(b: BrandView, s: Scene) -> tuple[str, str, float] | None:
    cats = [c for c in b.categories if c in SMALL_CATEGORIES and c in b.floors]
    if not cats:
        return None
    cat = s.rng.choice(cats)
    rows = PHARMACY if cat in ("otc", "first aid") else SINGLE + DOSE
    shape, share = s.rng.choice(rows)
    return cat, shape, share


def _noun(cat: str) -> str:
    """The category's product words without their pack size ("chocolate bars 24 pack" -> "chocolate bars")."""
    words = context.PRODUCTS.get(cat, ([cat], "", 50))[0][0].split()
    return " ".join(w for w in words if not any(c.isdigit() for c in w) and w not in ("pack", "count", "x", "stage"))


def make_small_quantity(b: BrandView, s: Scene) -> Draft | None:
    if (got := _small(b, s)) is None:
        return None
    cat, shape, share = got
    title = shape.format(m=_plain_mark(b, s), p=_noun(cat))
    # the share of the pack's floor such a quantity sells for: at or above the matcher's line (half the scaled floor)
    return Draft(title, cat, _generic_price(b, s, cat, share * 0.7, share * 1.6), "")


def make_small_quantity_copy(b: BrandView, s: Scene) -> Draft | None:
    if (got := _small(b, s)) is None:
        return None
    cat, shape, share = got
    title = shape.format(m=_plain_mark(b, s), p=_noun(cat))
    if s.rng.random() < 0.5:
        return Draft(f"{title} {s.rng.choice(COPY_CUES)}", cat, _generic_price(b, s, cat, share * 0.7, share * 1.6), "")
    return Draft(title, cat, _generic_price(b, s, cat, share * 0.02, share * 0.15), "")  # far below even the unit's


# ------------------------------------------------------------------ the brand as a tool or an occasion

# the tool phrases per kind of goods the brand sells (software, cameras, running, drinks); tickets for every brand
TOOL_KINDS = {"software": {"software", "software licenses"}, "camera": {"cameras", "lenses", "camcorders"},
              "run": {"sneakers", "running shoes"}, "drink": {"coffee", "soft drinks", "dairy", "spreads"}}
TOOL_OF = {"software": [0, 1, 2, 3, 6, 7, 8, 9], "camera": [5], "run": [4], "drink": [10]}
TOOL = [
    ("en", "Digital planner 2026 – designed in {m}", "Digital downloads"),
    ("en", "Wedding invitation template, made in {m}", "Digital downloads"),
    ("en", "House plans 3-bed – DWG files drafted in {m}", "Digital downloads"),
    ("en", "Printable wall art, created in {m}", "Digital downloads"),
    ("en", "Marathon training plan (PDF) – I run in {m} shoes", "Digital downloads"),
    ("en", "Landscape photo print A3, shot on a {m} camera", "Art prints"),
    ("es", "Plantilla de invitación, diseñado en {m}", "Descargas digitales"),
    ("fr", "Affiche à imprimer, réalisé sous {m}", "Téléchargements"),
    ("de", "Hochzeitseinladung Vorlage, erstellt mit {m}", "Digitale Downloads"),
    ("it", "Poster digitale, creato con {m}", "Download digitali"),
    ("id", "Es kopi susu pakai {m}, paket 10 botol", "Minuman"),
    ("en", "{m} 500 race tickets, pair, grandstand", "Tickets"),
    ("de", "{m} Cup Eintrittskarten, 2 Stück", "Tickets"),
    ("es", "Entradas {m} Festival, 2 personas", "Entradas"),
]


def make_tool_or_occasion(b: BrandView, s: Scene) -> Draft:
    rows = [11, 12, 13] + [i for k, cats in TOOL_KINDS.items() if cats & set(b.categories) for i in TOOL_OF[k]]
    lang, shape, cat = TOOL[s.rng.choice(rows)]
    return Draft(shape.format(m=b.name), cat, (round(s.rng.uniform(4, 180), 2), "USD"),
                 s.rng.choice(["", "Instant download.", "No physical item."]))


COPY_CLAIMS = ["1:1 copy", "replica", "super copy", "high copy", "1:1 replica", "mirror replica", "高仿"]


def make_tool_frame_copy(b: BrandView, s: Scene) -> Draft:
    r = s.rng
    cat = s.category()
    title = r.choice(["Made in {m} factory, {p} {c}", "{p} designed in {m} style, {c}", "Created with {m} {p} {c}"]).format(
        m=b.name, p=s.product(cat), c=r.choice(COPY_CLAIMS))
    return Draft(title, cat, s.price(cat, low=True), "")


TRAP_MAKERS = {"trap_descriptor_word": make_descriptor_word, "trap_whole_vehicle": make_whole_vehicle,
               "trap_small_quantity": make_small_quantity, "trap_tool_or_occasion": make_tool_or_occasion}
EVASION_MAKERS = {"fake_descriptor_cue": make_descriptor_cue, "fake_vehicle_words_copy": make_vehicle_words_copy,
                  "fake_small_quantity_copy": make_small_quantity_copy, "fake_tool_frame_copy": make_tool_frame_copy}
