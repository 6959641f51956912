"""The adversary's goods-facts classes (codes25, 2026-12-04): the brand named by a fact of its goods that only it has,
under a generic title with a copy cue, no brand word; and the same facts where nobody sells a copy.

Written from first principles (what a seller who will not write the brand still copies from the genuine goods: the
regulator's label on a device), not from a held-out set:

- grantee_code_named: the FCC ID printed on the brand's devices (47 CFR 2.926: the grantee code the FCC assigned to the
  brand, then a product code), in the ways a label is copied ("FCC ID BCG-A3047", "FCC-ID: A3LSMS928U", "FCCID
  AK8YY2965", "(FCC ID C3K1914)"), or Canada's ISED number ("IC: 579C-A3047"), beside generic goods words of the brand's
  category, with a cue (title or description) or a price far below the floor.
- trap_grantee_accessory: third parties' cases, skins, ear tips and docks naming the device they fit by its FCC ID, at an
  accessory's price, no cue.
- trap_grantee_genuine: the genuine device at a shop's price, its FCC ID in the title (a retailer's spec line), no cue.
"""

from __future__ import annotations

import re
import string

from tests.eval.adversary import context
from tests.eval.adversary.generate import BrandView, Draft, Scene, _cap

EVASIONS = {
    "grantee_code_named": "the brand's devices named only by the FCC ID (or ISED number) under its grantee code, as the "
                          "label writes it (FCC ID BCG-A3047, FCC-ID: A3LSMS928U, IC: 579C-A3047), generic goods words, "
                          "in its category with a cue or a price far below the floor",
}
TRAPS = {
    "trap_grantee_accessory": "third-party cases, skins, tips and docks naming the device they fit by its FCC ID, at an "
                              "accessory's price, no cue",
    "trap_grantee_genuine": "the genuine device at a shop's price with its FCC ID in a retailer's spec line, no cue",
}

_IC = re.compile(r"[0-9]{2,5}[A-Z]")


def _codes(b: BrandView) -> tuple[list[str], list[str]]:
    """(FCC grantee codes, ISED company numbers) the brand declares."""
    codes = [m.value for m in b.declared("grantee_code")]
    return [c for c in codes if not _IC.fullmatch(c)], [c for c in codes if _IC.fullmatch(c)]


def product_code(r) -> str:
    """An equipment product code as grantees write them (47 CFR 2.926(d): capitals, digits, hyphens, 14 at most):
    A3047, SMS928U, YY2965, 1914, HAC013, 243."""
    style = r.randrange(4)
    if style == 0:
        return r.choice(string.ascii_uppercase) + str(r.randrange(1000, 9999))
    if style == 1:
        return "".join(r.choice(string.ascii_uppercase) for _ in range(r.randrange(2, 4))) + str(r.randrange(100, 9999))
    if style == 2:
        return str(r.randrange(100, 9999))
    return "".join(r.choice(string.ascii_uppercase) for _ in range(2)) + str(r.randrange(10, 99)) + r.choice("ABCDEUW")


FCC_FRAMES = ["FCC ID {id}", "FCC ID: {id}", "FCC-ID {id}", "FCC ID:{id}", "FCCID {id}", "(FCC ID {id})", "FCC ID #{id}",
              "fcc id {id}", "FCC Id: {id}"]


def regulator_id(b: BrandView, r) -> str | None:
    """An FCC ID under one of the brand's grantee codes in a label's frame, or an ISED number under its company number."""
    fcc, ic = _codes(b)
    if not fcc and not ic:
        return None
    if ic and (not fcc or r.random() < 0.2):
        return f"{r.choice(['IC: ', 'IC ', 'IC ID: '])}{r.choice(ic)}-{product_code(r)}"
    code = r.choice(fcc)
    fcc_id = f"{code}{r.choice(['', '', '-'])}{product_code(r)}"
    return r.choice(FCC_FRAMES).format(id=fcc_id)


def _cats(b: BrandView) -> list[str]:
    return [c for c in b.categories if c in context.PRODUCTS]


def make_grantee_code_named(b: BrandView, s: Scene) -> Draft | None:
    r = s.rng
    ident = regulator_id(b, r)
    if ident is None or not _cats(b):
        return None
    low = r.random() < 0.3 and any(c in b.floors for c in _cats(b))
    cat = r.choice([c for c in _cats(b) if c in b.floors] if low else _cats(b))
    cue = None if low else r.choice(context.CUES)
    in_description = cue is not None and r.random() < 0.35
    goods = s.product(cat)
    parts = [_cap(goods), "-", ident] if r.random() < 0.7 else [ident, goods]
    if cue and not in_description:
        parts.insert(r.choice([len(parts), 1]), cue if r.random() < 0.5 else f"{cue},")
    desc = r.choice(context.DESCRIPTIONS)
    if in_description:
        desc = f"{desc} {_cap(cue)}.".strip()
    return Draft(" ".join(parts).replace(",  ", ", ").rstrip(","), cat, s.price(cat, low=low), desc)


FITS = ["{acc} for {goods}, {id}", "{acc} compatible with {goods} ({id})", "{acc} - fits {goods} model with {id}",
        "{acc} for {goods} ({id}) - own brand", "{acc}, made for {goods}, {id}, third-party"]


def make_trap_grantee_accessory(b: BrandView, s: Scene) -> Draft | None:
    r = s.rng
    ident = regulator_id(b, r)
    cats = [c for c in _cats(b) if c in context.ACCESSORIES]
    if ident is None or not cats:
        return None
    cat = r.choice(cats)
    acc, acc_cat, usd = r.choice(context.ACCESSORIES[cat])
    title = r.choice(FITS).format(acc=_cap(acc), goods=s.product(cat), id=ident)
    filed = acc_cat if r.random() < 0.6 else cat
    return Draft(title, filed, (round(usd * r.uniform(0.8, 1.5), 2), "USD"), r.choice(context.DESCRIPTIONS))


SHOP = ["new, sealed, 12-month warranty", "authorised retailer, invoice with VAT", "in stock, ships tomorrow",
        "retail box, receipt", "new in box, UK stock"]


def make_trap_grantee_genuine(b: BrandView, s: Scene) -> Draft | None:
    r = s.rng
    ident = regulator_id(b, r)
    cats = [c for c in _cats(b) if c in b.floors]
    if ident is None or not cats:
        return None
    cat = r.choice(cats)
    title = f"{_cap(s.product(cat))}, {ident}, {r.choice(SHOP)}"
    return Draft(title, cat, s.price(cat), r.choice(context.DESCRIPTIONS))


EVASION_MAKERS = {"grantee_code_named": make_grantee_code_named}
TRAP_MAKERS = {"trap_grantee_accessory": make_trap_grantee_accessory, "trap_grantee_genuine": make_trap_grantee_genuine}


# ---------------------------------------------------------------- medicines by their look

EVASIONS.update({
    "pill_look_named": "the brand's medicine or device named only by its look as its label describes it (blue "
                       "diamond-shaped 100 mg tablets, white oval 20 mg tablets, 35 mm 14-day sensor), loose or unboxed, "
                       "with a copy cue or a sale without prescription, no generic name",
})
TRAPS.update({
    "trap_pill_look_generic": "licensed pharmacies' generics with the same look, named by their generic name or dispensed "
                              "on prescription",
    "trap_pill_look_craft": "beads, sweets and craft goods of the same colours and shapes, no medicine",
})
SHAPE_WORDS = {"diamond": ["diamond", "diamond-shaped", "rhombus", "rhomb-shaped"], "elliptical": ["elliptical", "oval",
               "oval-shaped", "elliptic"], "round": ["round", "circular"]}
FORM_WORDS = {"tablet": ["tablets", "film-coated tablets", "pills", "tabs"], "caplet": ["caplets", "coated caplets"]}
PACKS = ["x30", "x90", "100 tabs", "loose, 50", "foil strips, 60", "bulk 200", "unboxed, 28"]
LOOSE = ["no prescription", "no Rx needed", "without prescription", "no doctor needed", "discreet shipping, no Rx"]
COPY = ["1:1 copy", "replica", "same as original", "mirror quality", "super copy", "AAA quality"]
GENERIC_INN = {"pfizer": ["sildenafil", "atorvastatin"], "bayer": ["acetylsalicylic acid"], "johnson-johnson":
               ["paracetamol", "acetaminophen"], "abbott": []}
ON_RX = ["prescription required", "Rx only, licensed pharmacy", "on prescription, UK registered pharmacy",
         "valid prescription needed"]


def _look(b: BrandView, r) -> str | None:
    looks = [m.value for m in b.declared("appearance")]
    if not looks:
        return None
    words = r.choice(looks).split()
    out = []
    for w in words:
        if w in SHAPE_WORDS:
            out.append(r.choice(SHAPE_WORDS[w]))
        elif w in FORM_WORDS:
            continue  # the form goes last, as a listing writes it
        elif w == "mg" or w == "mm":
            out.append(w if r.random() < 0.8 else "")
        elif w == "day":
            out[-1] = out[-1] + "-day"
        elif w == "cross":
            continue
        else:
            out.append(w)
    form = next((r.choice(FORM_WORDS[w]) for w in words if w in FORM_WORDS), None)
    text = " ".join(x for x in out if x)
    text = re.sub(r"(\d) (mg|mm)\b", lambda m: m.group(1) + (" " if r.random() < 0.6 else "") + m.group(2), text)
    if form:
        text += " " + form
    if "cross" in words:
        text += r.choice([" with the embossed cross", ", cross embossed", " with cross"])
    if "sensor" in words:
        text = text.replace("sensor", r.choice(["sensor", "sensors", "sensor discs"]))
    return _cap(text)


def _medicine_cat(b: BrandView, r) -> str:
    cats = [c for c in b.categories if c in ("prescription drugs", "otc", "medical devices")]
    return r.choice(cats or b.categories)


def make_pill_look_named(b: BrandView, s: Scene) -> Draft | None:
    r = s.rng
    look = _look(b, r)
    if look is None:
        return None
    cat = _medicine_cat(b, r)
    cue = r.choice(LOOSE + COPY if "sensor" not in look.lower() else COPY + ["no Rx"])
    title = f"{look} {r.choice(PACKS) if 'sensor' not in look.lower() else 'unboxed, 10'} - {cue}"
    # tablets are the medicine's goods wherever they are filed (the dose form); a sensor is filed with the devices
    filed = cat if r.random() < 0.7 or "sensor" in look.lower() else "Health"
    return Draft(title, filed, s.price(cat, low=r.random() < 0.5) if cat in b.floors else None,
                 r.choice(context.DESCRIPTIONS))


def make_trap_pill_look_generic(b: BrandView, s: Scene) -> Draft | None:
    r = s.rng
    look = _look(b, r)
    if look is None:
        return None
    cat = _medicine_cat(b, r)
    inns = GENERIC_INN.get(b.id) or []
    named = f"{_cap(r.choice(inns))} generic - " if inns and r.random() < 0.6 else ""
    title = f"{named}{look}, {r.choice(['x28', 'x30', 'x4', '56 tablets'])} - {r.choice(ON_RX)}"
    return Draft(title, cat, s.price(cat) if cat in b.floors else None, "Dispensed by our registered pharmacist.")


CRAFT = [("{c} diamond acrylic beads 100 pcs, 10 mm", "crafts"), ("{c} round candy tablets 100 g, mint", "sweets"),
         ("{c} oval gemstone cabochons 20 mm x10", "crafts"), ("{c} round buttons 15 mm, 100 pack", "sewing")]


def make_trap_pill_look_craft(b: BrandView, s: Scene) -> Draft | None:
    r = s.rng
    if not b.declared("appearance"):
        return None
    frame, cat = r.choice(CRAFT)
    return Draft(frame.format(c=r.choice(["Blue", "White"])) + r.choice(["", " - 1:1 copy of vintage", ""]), cat,
                 (round(r.uniform(3, 15), 2), "USD"), r.choice(context.DESCRIPTIONS))


EVASION_MAKERS.update({"pill_look_named": make_pill_look_named})
TRAP_MAKERS.update({"trap_pill_look_generic": make_trap_pill_look_generic, "trap_pill_look_craft": make_trap_pill_look_craft})


# ---------------------------------------------------------------- goods by their published size

EVASIONS.update({
    "dimensions_named": "the brand's goods named only by the exact size it publishes for a line (162.3 x 79.0 x 8.6 mm, "
                        "31 x 28 x 14 cm; in another order, in mm for cm, units after each number), generic goods words, "
                        "in its category with a cue or a price far below the floor",
})
TRAPS.update({
    "trap_dimensions_accessory": "sleeves, cases and stands naming the device they fit by its size, at an accessory's "
                                 "price, no cue",
    "trap_dimensions_other": "generic goods of another size (a number off by more than its last digit), with a copy cue",
})


def _size(b: BrandView, r) -> tuple[list[str], str] | None:
    """(numbers as written, unit) of one of the brand's published sizes, or None."""
    sizes = [m.value for m in b.declared("dimensions")]
    if not sizes:
        return None
    value = r.choice(sizes)
    unit = value.split()[-1]
    return [n for n in re.findall(r"[0-9]+(?:\.[0-9]+)?", value)], unit


def _write_size(numbers: list[str], unit: str, r) -> str:
    numbers = list(numbers)
    if r.random() < 0.25:
        r.shuffle(numbers)
    if unit == "cm" and r.random() < 0.2:
        numbers, unit = [f"{float(n) * 10:g}" for n in numbers], "mm"
    by = r.choice([" x ", " x ", "x", " × ", " * "])
    if r.random() < 0.2:
        return by.join(f"{n}{unit}" for n in numbers)
    return by.join(numbers) + r.choice([" ", ""]) + unit


def make_dimensions_named(b: BrandView, s: Scene) -> Draft | None:
    r = s.rng
    found = _size(b, r)
    if found is None:
        return None
    numbers, unit = found
    pair = len(numbers) == 2
    low = not pair and r.random() < 0.3 and any(c in b.floors for c in b.categories)
    cat = s.category(with_floor=low)
    cue = None if low else r.choice(COPY + ["mirror quality", "1:1 replica"])
    goods = s.product(cat)
    size = _write_size(numbers, unit, r)
    title = r.choice(["{g} {size} - {cue}", "{g}, {size}, {cue}", "{size} {g} {cue}"]).format(g=_cap(goods), size=size,
                                                                                               cue=cue or "new")
    return Draft(title, cat, s.price(cat, low=low), r.choice(context.DESCRIPTIONS))


def make_trap_dimensions_accessory(b: BrandView, s: Scene) -> Draft | None:
    r = s.rng
    found = _size(b, r)
    cats = [c for c in b.categories if c in context.ACCESSORIES]
    if found is None or not cats:
        return None
    cat = r.choice(cats)
    acc, acc_cat, usd = r.choice(context.ACCESSORIES[cat])
    size = _write_size(*found, r)
    title = r.choice(["{acc} for {g} {size}", "{acc}, fits {g} ({size})", "{acc} compatible with {g}, {size}"]).format(
        acc=_cap(acc), g=s.product(cat), size=size)
    return Draft(title, acc_cat if r.random() < 0.6 else cat, (round(usd * r.uniform(0.8, 1.5), 2), "USD"),
                 r.choice(context.DESCRIPTIONS))


def make_trap_dimensions_other(b: BrandView, s: Scene) -> Draft | None:
    r = s.rng
    found = _size(b, r)
    if found is None:
        return None
    numbers, unit = found
    k = r.randrange(len(numbers))
    n = float(numbers[k])
    numbers = list(numbers)
    numbers[k] = f"{n * r.choice([0.8, 0.9, 1.1, 1.25]):.{len(numbers[k].split('.')[1]) if '.' in numbers[k] else 0}f}"
    cat = s.category()
    title = f"{_cap(s.product(cat))} {_write_size(numbers, unit, r)} - {r.choice(COPY)}"
    return Draft(title, cat, s.price(cat), r.choice(context.DESCRIPTIONS))


EVASION_MAKERS.update({"dimensions_named": make_dimensions_named})
TRAP_MAKERS.update({"trap_dimensions_accessory": make_trap_dimensions_accessory,
                    "trap_dimensions_other": make_trap_dimensions_other})


# ---------------------------------------------------------------- goods by the brand's list price

EVASIONS.update({
    "list_price_named": "generic goods words with the brand's own list price as the anchor (boutique RRP USD 10,250, "
                        "MSRP 599.99, UVP 1.449 €, 公价 ...), within a few per cent, with a cue or a price far below the floor",
})
TRAPS.update({
    "trap_list_price_honest": "other makers' goods compared honestly with the brand's price ('the famous one costs "
                              "10,250; this is not that'), own brand, fair price, no cue",
    "trap_list_price_retailer": "a retailer's listing of generic-titled goods quoting the list price at about that price, "
                                "no cue",
})
LIST_WORDS = ["RRP", "boutique RRP", "MSRP", "retail price", "list price", "boutique price", "RRP:", "official price",
              "UVP", "公价"]
SIGNS = {"USD": ["USD {a}", "US${a}", "${a}", "{a} USD"], "EUR": ["EUR {a}", "{a} €", "€{a}", "{a} EUR"],
         "GBP": ["GBP {a}", "£{a}"], "CHF": ["CHF {a}"]}


def _list_price(b: BrandView, r) -> tuple[float, str, str | None] | None:
    """(amount, currency, the line's category or None) of one of the brand's list prices."""
    prices = [m.value for m in b.declared("list_price")]
    if not prices:
        return None
    m = re.fullmatch(r"([A-Z]{3}) ([0-9,.]+)(?: \((.+)\))?", r.choice(prices))
    return float(m.group(2).replace(",", "")), m.group(1), m.group(3)


def _write_price(amount: float, cur: str, r) -> str:
    a = amount * r.uniform(0.97, 1.05) if r.random() < 0.4 else amount
    a = round(a) if a > 100 else round(a, 2)
    written = f"{a:,.2f}".rstrip("0").rstrip(".") if isinstance(a, float) and a % 1 else f"{int(a):,}"
    if cur == "EUR" and r.random() < 0.5:
        written = written.replace(",", ".")
    return r.choice(SIGNS.get(cur, ["{a} " + cur])).format(a=written)


def make_list_price_named(b: BrandView, s: Scene) -> Draft | None:
    r = s.rng
    found = _list_price(b, r)
    if found is None:
        return None
    amount, cur, line_cat = found
    low = r.random() < 0.4 and (line_cat in b.floors if line_cat else any(c in b.floors for c in b.categories))
    cat = line_cat or s.category(with_floor=low)
    cue = None if low else r.choice(COPY)
    anchor = f"{r.choice(LIST_WORDS)} {_write_price(amount, cur, r)}"
    title = r.choice(["{g} - {anchor}", "{g}, {anchor}, {cue}", "{g} ({anchor}) {cue}"]).format(
        g=_cap(s.product(cat)), anchor=anchor, cue=cue or "ours much less").replace(", None", "")
    if cue and "{cue}" not in title and cue not in title:
        title += f" - {cue}"
    return Draft(title, cat, s.price(cat, low=low), r.choice(context.DESCRIPTIONS))


HONEST = ["{g} - own brand; the famous one costs {p}, this is not that", "{g}, our own design, not a copy of the {p} one",
          "{g} - a fraction of the {p} icon's price, own brand, no logo"]


def make_trap_list_price_honest(b: BrandView, s: Scene) -> Draft | None:
    r = s.rng
    found = _list_price(b, r)
    if found is None:
        return None
    cat = found[2] or s.category()
    title = r.choice(HONEST).format(g=_cap(s.product(cat)), p=_write_price(found[0], found[1], r))
    return Draft(title, cat, (round(found[0] * r.uniform(0.05, 0.2), 2), found[1]), r.choice(context.DESCRIPTIONS))


def make_trap_list_price_retailer(b: BrandView, s: Scene) -> Draft | None:
    r = s.rng
    found = _list_price(b, r)
    cats = [c for c in b.categories if c in b.floors]
    if found is None or not cats:
        return None
    cat = found[2] if found[2] in cats else r.choice(cats)
    title = f"{_cap(s.product(cat))} - {r.choice(LIST_WORDS)} {_write_price(found[0], found[1], r)}, {r.choice(SHOP)}"
    return Draft(title, cat, (round(found[0] * r.uniform(0.9, 1.0), 2), found[1]), r.choice(context.DESCRIPTIONS))


EVASION_MAKERS.update({"list_price_named": make_list_price_named})
TRAP_MAKERS.update({"trap_list_price_honest": make_trap_list_price_honest,
                    "trap_list_price_retailer": make_trap_list_price_retailer})


# ---------------------------------------------------------------- goods by the marketplace id of the brand's own listing

EVASIONS.update({
    "item_id_named": "generic goods words pointing to the brand's own marketplace listing by its id (same as ASIN "
                     "B0BDHWDR12, amazon.com/dp/..., 'identical to item ...'), with a cue or a price far below the floor",
})
TRAPS.update({
    "trap_item_id_retailer": "a retailer's or reseller's listing quoting the genuine product's ASIN at a shop's price, no cue",
})
ID_FRAMES = ["same as Amazon ASIN {id}", "same as ASIN {id}", "ASIN: {id}", "(ASIN {id})", "identical to amazon.com/dp/{id}",
             "see amazon item {id}", "like ASIN#{id}"]


def make_item_id_named(b: BrandView, s: Scene) -> Draft | None:
    r = s.rng
    ids = [m.value for m in b.declared("item_id")]
    if not ids:
        return None
    low = r.random() < 0.3 and any(c in b.floors for c in b.categories)
    cat = s.category(with_floor=low)
    ref = r.choice(ID_FRAMES).format(id=r.choice(ids))
    cue = None if low else r.choice(COPY)
    title = f"{_cap(s.product(cat))} - {ref}" + (f", {cue}" if cue else "")
    return Draft(title, cat, s.price(cat, low=low), r.choice(context.DESCRIPTIONS))


def make_trap_item_id_retailer(b: BrandView, s: Scene) -> Draft | None:
    r = s.rng
    ids = [m.value for m in b.declared("item_id")]
    cats = [c for c in b.categories if c in b.floors]
    if not ids or not cats:
        return None
    cat = r.choice(cats)
    title = f"{_cap(s.product(cat))}, ASIN {r.choice(ids)}, {r.choice(SHOP)}"
    return Draft(title, cat, s.price(cat), r.choice(context.DESCRIPTIONS))


EVASION_MAKERS.update({"item_id_named": make_item_id_named})
TRAP_MAKERS.update({"trap_item_id_retailer": make_trap_item_id_retailer})
