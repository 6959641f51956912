"""The adversary's looks classes (look26, 2026-12-04): the brand named by its goods' official colour names or by their
published ingredient list, and the same colour words and ingredients where nobody sells a copy of its goods.

Written from first principles (how a copy seller who will not write the brand still tells the buyer which one it is:
the maker's own name for the finish, as its store prints it, "Cosmic Orange", "Titanium Silverblue", "Strawberry
Bronze/Blush Pink", "Neon Red/Neon Blue", "Volcanic Red"; not from a held-out set). The registry's `colours` (each list
with its source beside it in deploy/seed/registry.yaml) name the brand as a nickname does: the whole phrase only, among
the brand's goods with a cue or a copy's price. The colour words are ordinary words too: paint, yarn, nail polish and a
third-party case in the device's colour are sold in them.

- colour_named: an official colour name beside a goods word of the brand's category, no mark, with a cue (in the title
  or only in the description) or a price far below the floor.
- trap_colour_honest: the same colour names on honest goods: paint, yarn, nail polish, a print, far from the brand's
  goods; a third-party case or skin in the device's colour, own brand, at a case's price; and the colour among the
  brand's goods at a shop's price with nothing of a copy (a retailer's genuine stock).
- ingredient_list_named: the label's ingredient, active or note list the registry's `ingredients` declare (Nutella's,
  Coca-Cola's, Listerine's four actives, La Vie est Belle's notes), four items or more in the label's order (spelt as
  the label or in another form the entry gives, percentages beside some), with a goods word and a cue that claims a
  copy, in the brand's category.
- trap_ingredient_store_brand: a store brand's or generic's own label, honestly: the same items in order under its own
  name with nothing of a copy, or one or two of them with a copy word about something else.
"""

from __future__ import annotations

from tests.eval.adversary import context
from tests.eval.adversary.generate import BrandView, Draft, Scene, _cap

EVASIONS = {
    "colour_named": "the brand named by its goods' official colour name (Cosmic Orange, Titanium Silverblue, Strawberry "
                    "Bronze, Neon Red, Volcanic Red) beside a goods word, in the brand's category with a cue or a "
                    "copy's price",
}
TRAPS = {
    "trap_colour_honest": "the official colour names on honest goods: paint, yarn, nail polish, a print; a third-party "
                          "case in the device's colour; the colour among the brand's goods at a shop's price, no cue",
}


def _colours(b: BrandView) -> list[str]:
    return [m.value for m in b.declared("colour")]


FRAMES = ["{product} {colour}", "{colour} {product}", "{product} in {colour}", "{product} - {colour}",
          "{product}, colour: {colour}", "NEW {product} {colour}", "{product} ({colour})"]


def make_colour_named(b: BrandView, s: Scene) -> Draft | None:
    colours = _colours(b)
    if not colours:
        return None
    r = s.rng
    colour = r.choice(colours)
    low = r.random() < 0.3 and any(c in b.floors for c in b.categories)
    cat = s.category(with_floor=low)
    named = _cap(r.choice(FRAMES).format(product=s.product(cat), colour=colour))
    desc = r.choice(context.DESCRIPTIONS)
    if low:
        return Draft(named, cat, s.price(cat, low=True), desc)
    cue = s.cue()
    if r.random() < 0.3:
        return Draft(named, cat, s.price(cat), f"{desc} {cue}".strip())
    return Draft(f"{named} - {cue}" if r.random() < 0.6 else f"{cue} {named}", cat, s.price(cat), desc)


# the colour on goods far from the brand's: (title frame, category, USD price)
HONEST = [
    ("{colour} acrylic paint 120 ml tube", "paint", 7), ("Chunky knit yarn 100 g, shade {colour}", "yarn", 6),
    ("Nail polish 15 ml, {colour}", "nail polish", 9), ("Wall paint 2.5 L, matt, {colour}", "paint", 38),
    ("Abstract canvas print in {colour}, 50x70", "art", 45), ("Satin ribbon 25 mm x 10 m, {colour}", "crafts", 4),
    ("Cotton bed sheet set, double, {colour}", "bedding", 35), ("Velvet cushion cover 45x45 {colour}", "home decor", 12),
    ("Silicone phone case, {colour}, own brand, fits 6.1-inch phones", "phone cases", 11),
    ("Vinyl skin wrap for controllers and consoles, {colour} finish - own brand", "skins", 14),
    ("Hair clip set of 6, {colour}", "hair accessories", 8), ("Bicycle frame spray paint 400 ml, {colour}", "bicycle parts", 12),
]


def make_trap_colour_honest(b: BrandView, s: Scene) -> Draft | None:
    colours = _colours(b)
    if not colours:
        return None
    r = s.rng
    colour = r.choice(colours)
    if r.random() < 0.3:
        # among the brand's goods at a shop's price with nothing of a copy: a retailer's genuine stock
        cat = s.category()
        title = r.choice(["{product} {colour}, new, sealed", "{product} in {colour} - retail stock, invoice",
                          "{colour} {product}, boxed, warranty"]).format(colour=colour, product=s.product(cat))
        return Draft(_cap(title), cat, s.price(cat), r.choice(context.DESCRIPTIONS))
    frame, cat, usd = r.choice(HONEST)
    return Draft(_cap(frame.format(colour=colour)), cat, (round(usd * r.uniform(0.8, 1.25), 2), "USD"),
                 r.choice(context.DESCRIPTIONS))


# ------------------------------------------------------------------ ingredient lists

EVASIONS["ingredient_list_named"] = ("the goods named by their published ingredient, active or note list (four items or "
                                     "more in the label's order), a goods word and a cue that claims a copy")
TRAPS["trap_ingredient_store_brand"] = ("a store brand's own label with the same items in order and nothing of a copy, "
                                        "or one or two of the items beside a copy word about something else")
COPY_CUES = ["replica", "super copy", "1:1 copy", "factory copy", "fake", "copy", "mirror copy", "high copy"]
STORE = ["Aldi", "Lidl", "Kirkland", "Tesco", "Great Value", "Carrefour", "Rossmann", "dm", "Boots", "Equate"]


def _lists(b: BrandView) -> list[list[str]]:
    """The brand's declared lists, each item in one of its forms as a label writes it."""
    return [[item.split("|") for item in m.value.split(";")] for m in b.declared("ingredients")]


def _render(entry: list[list[str]], s: Scene, keep: int) -> str:
    r = s.rng
    picked = sorted(r.sample(range(len(entry)), keep))
    words = []
    for i in picked:
        word = r.choice(entry[i]).strip()
        if r.random() < 0.3:
            word += f" {r.choice(['13', '8.7', '0.092', '5', '16', '7.4'])}%"
        words.append(word.capitalize() if not words else word)
    return ", ".join(words)


def make_ingredient_list_named(b: BrandView, s: Scene) -> Draft | None:
    lists = _lists(b)
    if not lists:
        return None
    r = s.rng
    entry = r.choice(lists)
    keep = r.randint(min(4, len(entry)), len(entry))
    cat = s.category()
    listed = _render(entry, s, keep)
    cue = r.choice(COPY_CUES)
    goods = s.product(cat)
    if r.random() < 0.3:  # the list in the description, the goods and the cue in the title
        return Draft(_cap(f"{goods} – {cue}"), cat, s.price(cat), f"Ingredients: {listed}. Same recipe.")
    return Draft(f"{listed} – {goods}, {cue}", cat, s.price(cat), r.choice(context.DESCRIPTIONS))


def make_trap_ingredient_store_brand(b: BrandView, s: Scene) -> Draft | None:
    lists = _lists(b)
    if not lists:
        return None
    r = s.rng
    entry = r.choice(lists)
    cat = s.category()
    store = r.choice(STORE)
    if r.random() < 0.5:
        listed = _render(entry, s, len(entry))
        return Draft(f"{store} own-brand {s.product(cat)} – ingredients: {listed}", cat, s.price(cat),
                     "Own label, as on the pack.")
    listed = _render(entry, s, r.randint(1, 2))
    return Draft(f"{store} {s.product(cat)} – {listed}, dispenser is a copy of the old one", cat, s.price(cat),
                 "Own label.")


EVASION_MAKERS = {"colour_named": make_colour_named, "ingredient_list_named": make_ingredient_list_named}
TRAP_MAKERS = {"trap_colour_honest": make_trap_colour_honest,
               "trap_ingredient_store_brand": make_trap_ingredient_store_brand}
