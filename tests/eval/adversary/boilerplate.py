"""Boilerplate and stories that explain a copy away (issue 9; outsider12's c_fair_use_disclaimer and
c_fake_vintage_cheap), and the honest listings that say the same words.

- `fake_disclaimer_boilerplate`: the brand's own goods named in the title (its category's goods, now and then a line
  or a model) at 5-30 % of the floor, with the legal boilerplate of marketplace shops ("brand names are used for
  reference only", "not affiliated with / not endorsed by / not sponsored by <brand>", "all trademarks belong to their
  respective owners", "for identification purposes only") in one of 14 languages, in the description or at the end of
  the title. One sentence must not buy silence.
- `fake_vintage_story`: a registered luxury model (bags, watches, jewellery, scarves, trench coats: the registry's
  models with a floor of their own) told as vintage, an estate find, an antique shop find, a grandfather's or an old
  stock, at 4-12 % of that model's floor. Age is a story, not a price.

Their honest twins, which must stay quiet:
- `trap_disclaimer_frame`: the same boilerplate on what is really something else: a case, strap or charger "for" the
  brand's goods, a compatible part, a store brand "compare to", a fan-made print, a repair service, a book about the
  brand, each at its own fair price;
- `trap_disclaimer_fair`: genuine goods from an independent reseller with the same boilerplate at a shop's price
  (100-160 % of the floor);
- `trap_vintage_fair`: genuine vintage goods of the same models at a second-hand price (40-150 % of the model's floor),
  and the brand's vintage paper (posters, print ads, catalogues) at a collector's price.

Written from first principles and general knowledge of marketplace shop templates (DHgate, AliExpress, Shopify and Etsy
shops' trademark notices) and of estate and vintage listings; no held-out listing was read for the wordings.
"""

from __future__ import annotations

from tests.eval.adversary import context
from tests.eval.adversary.generate import BrandView, Draft, Scene, _cap, _plain_mark
from tests.eval.adversary.genuine import SOFTWARE, _floored, _price

EVASIONS = {
    "fake_disclaimer_boilerplate": "the brand's goods in the title at 5-30 % of the floor with a shop's legal boilerplate "
                                   "(reference only, not affiliated with / endorsed by, trademarks belong to their "
                                   "owners) in 14 languages, in the description or the title",
    "fake_vintage_story": "a registered luxury model told as vintage, an estate or antique shop find, a grandfather's or "
                          "old stock, at 4-12 % of the model's floor",
}
TRAPS = {
    "trap_disclaimer_frame": "the same boilerplate on an accessory for the brand, a compatible part, a store brand, a "
                             "fan-made print, a repair service or a book, at its own fair price",
    "trap_disclaimer_fair": "genuine goods from an independent reseller with the same boilerplate at a shop's price",
    "trap_vintage_fair": "genuine vintage goods of the same models at a second-hand price (40-150 % of the model's "
                         "floor), and the brand's vintage posters, print ads and catalogues",
}

# (language, boilerplate); {m} the brand's name. Some name the brand, some do not.
BOILERPLATE = [
    ("en", "Disclaimer: brand names are used for reference only. We are not affiliated with {m}."),
    ("en", "All trademarks belong to their respective owners."),
    ("en", "This store is not affiliated with, endorsed by or sponsored by {m}."),
    ("en", "Brand names are for identification purposes only."),
    ("en", "{m} is a trademark of its owner; we are not associated with {m}. Names used for description purposes only."),
    ("en", "Not affiliated with {m}. All trademarks are the property of their respective owners."),
    ("en", "Fair use: the brand name is used only to describe the item. No affiliation with {m}."),
    ("en", "We are in no way affiliated with {m}; trademarks belong to their owners."),
    ("es", "Aviso: no estamos afiliados con {m}. Las marcas registradas pertenecen a sus respectivos dueños."),
    ("pt", "Não somos afiliados à {m}. As marcas pertencem aos seus respectivos donos."),
    ("fr", "Nous ne sommes pas affiliés à {m}. Les marques appartiennent à leurs propriétaires respectifs."),
    ("it", "Non siamo affiliati con {m}. I marchi appartengono ai rispettivi proprietari."),
    ("de", "Wir sind nicht verbunden mit {m}. Alle Marken gehören ihren jeweiligen Inhabern."),
    ("nl", "Wij zijn niet gelieerd aan {m}. Merken zijn eigendom van hun respectieve eigenaren."),
    ("pl", "Nie jesteśmy powiązani z {m}. Znaki towarowe należą do ich właścicieli."),
    ("ru", "Магазин не связан с {m}. Товарные знаки принадлежат их правообладателям."),
    ("tr", "{m} ile bağlantımız yoktur. Markalar sahiplerine aittir."),
    ("id", "Toko kami tidak berafiliasi dengan {m}. Merek milik pemiliknya masing-masing."),
    ("zh", "本店与品牌无关，商标归其各自所有者所有。"),
    ("ja", "当店は{m}とは関係ありません。商標は各社に帰属します。"),
]
TITLE_TAILS = ["- not affiliated with {m}", "(not affiliated with {m})", "| brand name for reference only",
               "- trademarks belong to their owners", "(no afiliado con {m})", "- nicht verbunden mit {m}"]
SHOP_WORDS = ["", "Fast shipping.", "Free shipping worldwide.", "High quality.", "Ships in 24h.", "With box.",
              "Best price, 100% satisfaction."]

# what a listing that is something else sells, named after the brand's goods: ({m} the mark, {p} its goods), its price
# range in USD and where it is filed (None: the brand's category of {p})
FRAMES = [
    ("Silicone case for {m} {p}", (6, 25), "Accessories"), ("Replacement strap compatible with {m} {p}", (8, 30), None),
    ("Charger for {m} {p}, 2 m cable", (9, 25), "Accessories"), ("Screen protector for {m} {p}, 2 pack", (5, 15), None),
    ("Dust cover bag for {m} {p}", (8, 20), None), ("Store brand {p} - compare to {m}", (5, 40), None),
    ("Fan-made {m} {p} art print, A3", (12, 35), "Art"), ("Fan art poster inspired by {m}, handmade", (10, 30), "Art"),
    ("{m} {p} repair service - independent workshop", (40, 150), "Services"),
    ("Book: the story of {m}, hardcover", (15, 40), "Books"), ("Cleaning kit for {m} {p}", (7, 20), None),
    ("Organizer insert for {m} {p}", (15, 35), None),
]
RESELLER = ["Independent reseller: genuine goods bought from authorised distributors, invoice included.",
            "Authentic, sourced from the brand's retail stores. Receipt included.",
            "New with tags, from an independent retailer, invoice on request."]

# the brand's categories whose models hold their value with age (luxury bags, watches, jewellery)
LUXURY = {"handbags", "wallets", "belts", "luggage", "scarves", "trench coats", "watches", "jewelry"}
STORIES = ["vintage 1980s", "estate find vintage", "antique shop find", "old stock 1970s", "my grandfather's vintage",
           "vintage 90s rare", "estate sale", "pre-owned antique", "inherited vintage", "1970s vintage"]
STORY_DESCRIPTIONS = ["From an estate clearance, sold as found.", "Found in my grandmother's attic, no papers.",
                      "Bought at an antique shop, patina consistent with age.", "Old stock from a closed store.",
                      "Inherited, I don't know much about it.", ""]
PAPER = ["vintage {y} {m} print advertisement, framed", "{m} {y} catalogue, vintage", "original {m} poster from {y}",
         "vintage {m} magazine ad {y}"]


def _goods(b: BrandView, s: Scene) -> tuple[str, str, str] | None:
    """(mark, category, product) of goods the registry sets a floor for (not prescription medicines, whose marketplace
    offers are the counterfeit trade's whatever their words), or None."""
    cat = _floored(b, s, {c for c in b.categories if "prescription" not in c})
    if cat is None:
        return None
    return _plain_mark(b, s), cat, s.product(cat)


def _said(s: Scene, title: str, desc: str, b: BrandView, in_title: bool) -> tuple[str, str]:
    """The boilerplate at the end of the title (`in_title`) or in the description."""
    if in_title:
        return f"{title} {s.rng.choice(TITLE_TAILS).format(m=b.name)}", desc
    return title, f"{desc} {s.rng.choice(BOILERPLATE)[1].format(m=b.name)}".strip()


def make_disclaimer_boilerplate(b: BrandView, s: Scene) -> Draft | None:
    r = s.rng
    got = _goods(b, s)
    if got is None:
        return None
    m, cat, p = got
    title = r.choice([f"{m} {p}", f"{m} {p} high quality", f"{_cap(p)} {m}", f"{m} {p} with box"])
    title, desc = _said(s, title, r.choice(SHOP_WORDS), b, r.random() < 0.25)
    return Draft(_cap(title), cat, _price(b, s, cat, 0.05, 0.3), desc)


def make_disclaimer_frame(b: BrandView, s: Scene) -> Draft | None:
    r = s.rng
    cat = s.category()
    shape, (low, high), filed = r.choice(FRAMES)
    title, desc = _said(s, shape.format(m=_plain_mark(b, s), p=s.product(cat)), r.choice(["", "Ships fast.", "Made by us."]),
                        b, False)
    return Draft(_cap(title), filed or cat, (round(r.uniform(low, high), 2), "USD"), desc)


def make_disclaimer_fair(b: BrandView, s: Scene) -> Draft | None:
    r = s.rng
    got = _goods(b, s)
    if got is None or got[1] in SOFTWARE:
        return None
    m, cat, p = got
    title, desc = _said(s, f"{m} {p}", r.choice(RESELLER), b, False)
    return Draft(_cap(title), cat, _price(b, s, cat, 1.05, 1.6, m), desc)


# the luxury category of a model's kind, by the last word of its registry name (this module's own words)
KINDS = {"bag": "handbags", "tote": "handbags", "speedy": "handbags", "neverfull": "handbags", "wallet": "wallets",
         "belt": "belts", "scarf": "scarves", "trench": "trench coats", "watch": "watches", "moonwatch": "watches",
         "professional": "watches", "300m": "watches", "daytona": "watches", "date": "watches", "41": "watches",
         "bracelet": "jewelry", "necklace": "jewelry", "ring": "jewelry", "charm": "jewelry", "earrings": "jewelry"}


def _luxury_model(b: BrandView, s: Scene):
    """(model, category) of a registered model with a floor and a name whose kind is one of the brand's luxury
    categories (KINDS), or None."""
    models = [(m, KINDS.get(m.name.split()[-1].casefold())) for m in b.models if m.floor is not None and m.name]
    models = [(m, c) for m, c in models if c in LUXURY and c in b.categories]
    return s.rng.choice(models) if models else None


def _named(b: BrandView, s: Scene, model) -> str:
    """The model as a title names it: the brand and its registry name, now and then its number too."""
    name = model.name if b.name.casefold() in model.name.casefold() else f"{b.name} {model.name}"
    return f"{name} {model.value}" if s.rng.random() < 0.25 else name


def make_vintage_story(b: BrandView, s: Scene) -> Draft | None:
    r = s.rng
    got = _luxury_model(b, s)
    if got is None:
        return None
    model, cat = got
    amount, cur = model.floor
    title = f"{r.choice(STORIES)} {_named(b, s, model)}"
    return Draft(_cap(title), cat, (round(amount * r.uniform(0.04, 0.12), 2), cur), r.choice(STORY_DESCRIPTIONS))


def make_vintage_fair(b: BrandView, s: Scene) -> Draft | None:
    r = s.rng
    if not LUXURY.intersection(b.categories):
        return None
    if r.random() < 0.3:  # the brand's vintage paper at a collector's price
        shape = r.choice(PAPER)
        return Draft(_cap(shape.format(m=b.name, y=r.choice(["1968", "1975", "1983", "1991"]))),
                     r.choice(["Collectibles", "Posters", "Advertising", "Books & Magazines"]),
                     (round(r.uniform(8, 90), 2), "USD"), "Original paper, some foxing.")
    got = _luxury_model(b, s)
    if got is None:
        return None
    model, cat = got
    amount, cur = model.floor
    title = f"{r.choice(STORIES)} {_named(b, s, model)}"
    return Draft(_cap(title), cat, (round(amount * r.uniform(0.4, 1.5), 2), cur),
                 r.choice(["Genuine, with box and papers.", "Authenticated, light wear consistent with age.",
                           "From an estate, serviced by a watchmaker last year.", "Original receipt from 1989 included."]))


EVASION_MAKERS = {"fake_disclaimer_boilerplate": make_disclaimer_boilerplate, "fake_vintage_story": make_vintage_story}
TRAP_MAKERS = {"trap_disclaimer_frame": make_disclaimer_frame, "trap_disclaimer_fair": make_disclaimer_fair,
               "trap_vintage_fair": make_vintage_fair}
