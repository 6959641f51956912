"""The adversary's classes of multipacks and trade cases priced against a unit's floor (packs32, issue 9).

The rule and the generator's prices, decided together:
- A food or drink brand's floor is one retail unit's at convenience retail (a bar, a can, a bottle: the registry's
  chocolate, confectionery, soft-drink, water and nutrition floors). A box of a dozen or more of those units named as
  such ("Snickers bars 24-pack", "x24", "pack of 12", "12ct", "caja de 24", "24er Pack", "набор 12 шт", "24罐") sells N
  units: it is judged against N x PACK_SHARE x the unit's floor (the matcher's quantity._full_units_counted and
  index.CONSUMABLE_MULTIPACK_SHARE). A copy pack sits below that (multipack_copy_units: 25-85 % of it); a shop's or a
  cash-and-carry's honest pack at or above it (trap_multipack_shop: 100-160 %). A bag of minis ("fun size bars 24
  pack") is one pack, judged by one unit's floor (trap_multipack_minis).
- A consumable sold as a pack of its contents ("razor blades 8 pack": the pack's floor is the category's) sold by the
  trade case ("8 pack – case of 12", "case of 12 x 8 pack") is that many packs, each at CASE_SHARE of a pack's floor
  (index.MULTIPACK_SHARE; PACK_SHARE for coffee capsules, food): a copy's case below it alerts (case_of_packs_copy), a distributor's case with its invoice
  at or above it is quiet (trap_case_of_packs_wholesale).
PACK_SHARE and CASE_SHARE: the share of a single unit's shelf price a unit of a supermarket multipack or a trade case
sells for (multipacks and cases of bars and cans sell a unit for 40-70 % of the single shelf price, the trade's margin
on branded groceries being a quarter to a third of it; cases of razor refills, batteries and capsules at 50-80 %):
general knowledge of grocery and drugstore retail, written for BrandSentry. The matcher states the same shares
independently (index.py); this module does not import it.

Written from first principles: nothing of a held-out set's listings was copied (the family was named by outsider19's
"case of 12" row and the withdrawn rule of precision30, bb121de). Applies to the brands with a unit-floor food or drink
category (UNIT_NOUNS) or a category sold as packs of contents (CONTENTS); the others are in test_adversary.py's
every-brand exclusions.
"""

from __future__ import annotations

from tests.eval.adversary.generate import BrandView, Draft, Scene, _cap

EVASIONS = {
    "multipack_copy_units": "a food or drink brand's box of a dozen or more bars, cans or bottles named as such "
                            "('24-pack', 'x24', 'pack of 12', '12ct', 'caja de 24', '24er Pack', 'набор 12 шт', "
                            "'24罐'), no cue, priced below N x a multipack's share of one unit's floor",
    "case_of_packs_copy": "a trade case of the brand's packs of contents ('razor blades 8 pack – case of 12'), no cue, "
                          "priced below its packs at a case's share of a pack's floor",
}
TRAPS = {
    "trap_multipack_shop": "a shop's or cash-and-carry's box of a dozen or more bars, cans or bottles at N x a "
                           "multipack's share of one unit's floor or more (quiet)",
    "trap_multipack_minis": "a bag of minis ('fun size bars 24 pack') at one pack's price: one retail unit (quiet)",
    "trap_case_of_packs_wholesale": "a distributor's trade case of the brand's packs of contents with its invoice, at "
                                    "its packs' case price (quiet)",
}

PACK_SHARE = 0.35
CASE_SHARE = 0.5

# a food or drink category whose registry floor is one retail unit's -> the nouns of that unit as shops write them
# (English, German, Spanish, French, Russian), and its Chinese product word and counter
UNIT_NOUNS: dict[str, tuple[list[str], str, str]] = {
    "chocolate": (["chocolate bars", "bars", "milk chocolate bars", "Riegel", "barritas", "barres", "батончики"],
                  "巧克力", "条"),
    "confectionery": (["wafer bars", "bars", "candy bars", "Riegel", "barritas"], "巧克力棒", "条"),
    "soft drinks": (["cans", "cola cans", "bottles", "Dosen", "latas", "canettes"], "可乐", "罐"),
    "bottled water": (["bottles", "water bottles", "Flaschen", "botellas", "bouteilles"], "矿泉水", "瓶"),
}
# a pack's count as shops write it ({n}: the count)
PACK_FORMS = ["{n}-pack", "{n} pack", "x{n}", "x {n}", "pack of {n}", "{n}ct", "caja de {n}", "{n}er Pack",
              "набор {n} шт", "case of {n}", "box of {n}", "{n} count"]
COUNTS = [12, 18, 20, 24, 24, 30, 36, 48]
MINIS = ["fun size bars", "mini bars", "treat size bars", "minis", "fun-size bars"]
# a retail bag's count (a trade case's words, "case of 24", count retail units whatever they hold)
MINI_FORMS = ["{n}-pack", "{n} pack", "x{n}", "pack of {n}", "{n}er Pack", "{n} count", "{n}ct"]
# a category sold as packs of its contents -> (the pack's words, the contents count words)
CONTENTS: dict[str, list[str]] = {
    "razor blades": ["razor blades {k} pack", "refills {k}ct", "replacement cartridges {k} pack", "blades pack of {k}"],
    "batteries": ["AA batteries {k} pack", "AAA batteries {k}ct"],
    "golf balls": ["golf balls {k} pack", "tour golf balls {k}ct"],
    "coffee": ["coffee capsules {k} pack", "capsules {k}ct"],
}
CASES = ["case of {c}", "carton of {c}", "caja de {c}", "Karton {c}", "lot of {c}", "{c}er Karton"]
SHOP_WORDS = ["", " – cash & carry", " – wholesale, invoice", ", best before 2027", " – shop stock", ", VAT invoice"]
COPY_WORDS = ["", " – fast shipping", ", free delivery", " – clearance", " hot sale"]


def _unit_category(b: BrandView, s: Scene) -> str | None:
    cats = [c for c in b.categories if c in UNIT_NOUNS and c in b.floors]
    return s.rng.choice(cats) if cats else None


def _pack_title(b: BrandView, s: Scene, category: str) -> tuple[str, int]:
    r = s.rng
    n = r.choice(COUNTS)
    nouns, zh, counter = UNIT_NOUNS[category]
    if r.random() < 0.15:
        return f"{b.name} {zh} {n}{counter}{r.choice(['', ' 整箱', ' 装'])}", n
    form = r.choice(PACK_FORMS).format(n=n)
    noun = r.choice(nouns)
    return r.choice([f"{b.name} {noun} {form}", f"{b.name} {form} {noun}", f"{noun} {b.name} {form}"]), n


def _pack_price(b: BrandView, category: str, n: int, share: float, factor: float) -> tuple[float, str]:
    amount, cur = b.floors[category]
    return round(amount * n * share * factor, 2), cur


def make_copy_units(b: BrandView, s: Scene) -> Draft | None:
    if (category := _unit_category(b, s)) is None:
        return None
    title, n = _pack_title(b, s, category)
    return Draft(_cap(title) + s.rng.choice(COPY_WORDS), category,
                 _pack_price(b, category, n, PACK_SHARE, s.rng.uniform(0.25, 0.85)), s.rng.choice(["", "Brand new."]))


def make_shop_units(b: BrandView, s: Scene) -> Draft | None:
    if (category := _unit_category(b, s)) is None:
        return None
    title, n = _pack_title(b, s, category)
    return Draft(_cap(title) + s.rng.choice(SHOP_WORDS), category,
                 _pack_price(b, category, n, PACK_SHARE, s.rng.uniform(1.05, 1.6)),
                 s.rng.choice(["", "Best before 2027.", "Invoice with VAT.", "Shop stock."]))


def make_minis(b: BrandView, s: Scene) -> Draft | None:
    cats = [c for c in b.categories if c in ("chocolate", "confectionery") and c in b.floors]
    if not cats:
        return None
    r = s.rng
    category = r.choice(cats)
    title = f"{b.name} {r.choice(MINIS)} {r.choice(MINI_FORMS).format(n=r.choice(COUNTS))}"
    return Draft(_cap(title), category, _pack_price(b, category, 1, 1.0, r.uniform(1.05, 2.5)), "")


# the contents categories that are food or drink: their cases sell at a grocery multipack's share (PACK_SHARE)
FOOD_CONTENTS = frozenset({"coffee"})


def _case(b: BrandView, s: Scene) -> tuple[str, str, int] | None:
    cats = [c for c in b.categories if c in CONTENTS and c in b.floors]
    if not cats:
        return None
    r = s.rng
    category = r.choice(cats)
    k = r.choice([4, 8, 10, 12])
    pack = r.choice(CONTENTS[category]).format(k=k)
    c = r.choice([c for c in (6, 10, 12, 20, 24) if c != k])  # "12ct – case of 12" may say one count twice
    case = r.choice(CASES).format(c=c)
    title = r.choice([f"{b.name} {pack} – {case}", f"{b.name} {pack}, {case}", f"{b.name} {case} x {pack}"])
    return category, title, c


def make_case_copy(b: BrandView, s: Scene) -> Draft | None:
    if (found := _case(b, s)) is None:
        return None
    category, title, c = found
    return Draft(_cap(title) + s.rng.choice(COPY_WORDS), category,
                 _pack_price(b, category, c, PACK_SHARE if category in FOOD_CONTENTS else CASE_SHARE,
                             s.rng.uniform(0.25, 0.85)), "")


def make_case_wholesale(b: BrandView, s: Scene) -> Draft | None:
    if (found := _case(b, s)) is None:
        return None
    category, title, c = found
    return Draft(_cap(title) + s.rng.choice([" – distributor stock", " – wholesale", ""]), category,
                 _pack_price(b, category, c, PACK_SHARE if category in FOOD_CONTENTS else CASE_SHARE,
                             s.rng.uniform(1.05, 1.6)),
                 s.rng.choice(["Distributor stock, invoice.", "Authorised distributor, VAT invoice.", "Invoice included."]))


EVASION_MAKERS = {"multipack_copy_units": make_copy_units, "case_of_packs_copy": make_case_copy}
TRAP_MAKERS = {"trap_multipack_shop": make_shop_units, "trap_multipack_minis": make_minis,
               "trap_case_of_packs_wholesale": make_case_wholesale}
