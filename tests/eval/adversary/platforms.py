"""A platform named beside brand A's goods is no second brand (issue 9, precision; wrong-brand alerts of outsider13,
16, 17 and 18: Microsoft beside Adobe's and Autodesk's keys).

Software, games, controllers, headphones, phones, printers and storage are sold for the systems they run on or pair
with, and sellers say so in every market's words: "Windows/Mac", "(Windows, macOS, Linux)", "para PS5 y Xbox",
"für Windows 11", "compatible avec Android et iOS", "Switch対応", "Windows版", "для Windows и macOS". A platform whose
maker is a registered brand (Microsoft's Windows and Xbox, Sony's PlayStation, Nintendo's Switch) is then named beside
A's goods as the place they run, not as their brand.

Classes:
- `platform_named`: brand A's copy named plainly (its mark, a product noun of its category) with a copy word or at
  4-20 % of the floor, and platform mentions in one of many forms and languages, at least one of them another brand's
  platform: must alert A and only A.
- `trap_platform_named`: brand A's genuine goods at a shop's price (140-220 % of the floor) with the same platform
  mentions: quiet (neither A nor the platform's maker).

Applies to the brands whose goods run on or pair with a platform (software, consoles and games, phones, tablets,
earbuds and headphones, chargers and memory, cameras and printers); few instances a brand (generate.PER_BRAND).
Written for BrandSentry from how software, game and electronics sellers state compatibility; no held-out listing.
"""

from __future__ import annotations

from tests.eval.adversary.generate import BrandView, Draft, Scene, higher_floor, mark_floor

EVASIONS = {
    "platform_named": "brand A's copy named plainly with a copy word or a far-low price, and the platforms it runs on "
                      "or pairs with (Windows/Mac, para PS5 y Xbox, für Windows 11, Switch対応, (Windows, macOS, "
                      "Linux)), another brand's among them: alerts A only",
}
TRAPS = {
    "trap_platform_named": "brand A's genuine goods at a shop's price with the same platform mentions: quiet",
}

# categories whose goods run on or pair with a platform
GOODS = frozenset({"software", "software licenses", "consoles", "video games", "phones", "tablets", "earbuds",
                   "headphones", "chargers", "memory", "cameras", "printers", "laptops", "speakers", "soundbars"})
# a platform's words and the brand that makes it (None: no registered brand)
PLATFORMS = [("Windows", "microsoft"), ("Windows 11", "microsoft"), ("Windows 10", "microsoft"), ("Win", "microsoft"),
             ("Xbox", "microsoft"), ("Xbox Series X", "microsoft"), ("Xbox One", "microsoft"),
             ("PS5", "sony"), ("PS4", "sony"), ("PlayStation 5", "sony"), ("PlayStation", "sony"),
             ("Switch", "nintendo"), ("Nintendo Switch", "nintendo"), ("Switch OLED", "nintendo"),
             ("Mac", None), ("macOS", None), ("Linux", None), ("Android", None), ("iOS", None), ("PC", None),
             ("ChromeOS", None), ("Steam Deck", None)]
# how sellers say what the goods run on: one platform ({a}) or two ({a}, {b}) or three
FORMS = ["{a}/{b}", "({a}, {b}, {c})", "for {a}", "for {a} and {b}", "works on {a} and {b}", "compatible with {a}",
         "runs on {a}/{b}", "für {a} und {b}", "für {a}", "pour {a} et {b}", "compatible avec {a}", "para {a} y {b}",
         "compatible con {a}", "per {a} e {b}", "dla {a} i {b}", "voor {a} en {b}", "för {a} och {b}",
         "{a} için", "для {a} и {b}", "{a}対応", "{a}版", "{a}용", "{a} & {b}", "{a} / {b} / {c}", "{a}, {b} or {c}",
         "{a} version", "versión {a}", "OS: {a}/{b}"]
COPY = ["1:1 copy", "replica", "clone", "super copy", "pirated", "cracked", "copia", "réplica", "Kopie", "копия",
        "复刻", "コピー品"]
SHOP = ["boxed retail, with invoice", "sealed, receipt included", "authorised reseller, VAT invoice",
        "neu, OVP, mit Rechnung", "neuf sous blister, facture", "nuevo precintado, con factura"]


def _goods(b: BrandView) -> list[str]:
    return [c for c in b.categories if c in GOODS and c in b.floors]


def _platforms(b: BrandView, s: Scene) -> tuple[str, str, str]:
    """Three distinct platform words, the first another registered brand's than b's."""
    other = [p for p, maker in PLATFORMS if maker is not None and maker != b.id]
    rest = [p for p, maker in PLATFORMS if maker != b.id]
    a = s.rng.choice(other)
    b2, c = s.rng.sample([p for p in rest if p.split()[0] != a.split()[0]], 2)
    order = [a, b2, c]
    s.rng.shuffle(order)
    if a not in order[:2]:  # the other brand's platform among the first two a form may use
        order[0], order[order.index(a)] = a, order[0]
    return order[0], order[1], order[2]


def _mention(b: BrandView, s: Scene) -> str:
    a, b2, c = _platforms(b, s)
    return s.rng.choice(FORMS).format(a=a, b=b2, c=c)


def _mark(b: BrandView, s: Scene) -> str:
    named = [m.value for m in b.latin_marks if not m.everyday and m.value.isascii()]
    return b.name if b.name in named or not named else s.rng.choice(named[:3])


def make_platform_named(b: BrandView, s: Scene) -> Draft | None:
    cats = _goods(b)
    if not cats:
        return None
    cat = s.rng.choice(cats)
    mark = _mark(b, s)
    floor = higher_floor(mark_floor(b, mark), b.floors[cat]) or b.floors[cat]
    mention = _mention(b, s)
    if s.rng.random() < 0.5:
        return Draft(f"{mark} {s.product(cat)} {mention} {s.rng.choice(COPY)}", cat,
                     (round(floor[0] * s.rng.uniform(0.6, 0.85), 2), floor[1]), "")
    return Draft(f"{mark} {s.product(cat)}, {mention}", cat, (round(floor[0] * s.rng.uniform(0.04, 0.2), 2), floor[1]),
                 "")


def make_platform_named_trap(b: BrandView, s: Scene) -> Draft | None:
    cats = _goods(b)
    if not cats:
        return None
    cat = s.rng.choice(cats)
    mark = _mark(b, s)
    floor = higher_floor(mark_floor(b, mark), b.floors[cat]) or b.floors[cat]
    return Draft(f"{mark} {s.product(cat)} {_mention(b, s)}, {s.rng.choice(SHOP)}", cat,
                 (round(floor[0] * s.rng.uniform(1.4, 2.2), 2), floor[1]), "")


EVASION_MAKERS = {"platform_named": make_platform_named}
TRAP_MAKERS = {"trap_platform_named": make_platform_named_trap}
FEW = {"platform_named": 8, "trap_platform_named": 6}
