"""A brand named as a licensor or as a lawsuit's other party, not as the goods' maker (issue 9, honest26; outsider23's
in_ecosystem_accessories23 and the wrong brands of c_famous_lawsuit23, learnt from their way of writing, not their
strings).

Classes:
- `trap_licensed_accessory`: a third party's accessory made under the brand's licence, its maker named ("PowerA
  enhanced wireless controller – Nintendo licensed", "Hori Split Pad – Officially Licensed by Nintendo", "Nacon
  Revolution – under licence from Sony"), new at the maker's price: quiet (config.DEFAULT_ACCESSORY_PHRASES' licensing
  phrases, accessory.FITTING's "-licensed").
- `fake_licensed_copy`: the same licensing words on a copy of the brand's goods, with a copy cue at a copy's price:
  alerts.
- `fake_lawsuit_party`: a copy of one brand's goods that cites a lawsuit with another registry brand as the other party
  ("Apple-style phone, the design from Apple v. Samsung (2012) – 1:1", "Nike Flyknit runners, Nike v. adidas – super
  copy"): alerts the goods' brand only; the party after "v." is named as the opponent (negation._PARTY).

The lawsuits (LAWSUITS) are real and well known (Wikipedia: Apple Inc. v. Samsung Electronics Co. (2011-2018); Apple
Computer, Inc. v. Microsoft Corp. (1994); Kirkbi AG v. Ritvik Holdings (2005, LEGO v. Mega Bloks, now Mattel's); Nike v.
adidas over Flyknit (2012, 2021); Dyson v. Samsung (2013) and Dyson v. BSH Bosch (2017-2018) over vacuum cleaners).
Written for BrandSentry from how accessory makers' boxes and copy sellers word such listings (general knowledge); no
held-out listing.
"""

from __future__ import annotations

from tests.eval.adversary.generate import BrandView, Draft, Scene

EVASIONS = {
    "fake_licensed_copy": "the brand's licensing words ('Officially Licensed by Nintendo') on a copy of its goods, with "
                          "a copy cue at a copy's price: alerts",
    "fake_lawsuit_party": "a copy of one brand's goods citing a lawsuit with another registry brand ('Apple v. "
                          "Samsung'): alerts the goods' brand only",
}
TRAPS = {
    "trap_licensed_accessory": "a third party's accessory made under the brand's licence, its maker named ('PowerA "
                               "controller – Nintendo licensed'), at the maker's price: quiet",
}

MAKERS = ["PowerA", "Hori", "PDP", "Nacon", "Turtle Beach", "8BitDo", "Razer", "Belkin", "Anker", "Spigen", "ESR"]
_LICENSED_CATS = ("consoles", "accessories", "chargers", "earbuds", "headphones")
LICENSED = ["{k} {p} – {b} licensed", "{k} {p} – Officially Licensed by {b}", "{k} {p} ({b}-licensed), new",
            "{k} {p} – officially licensed {b} product", "{k} {p}, under licence from {b}", "{k} {p} – licensed by {b}"]
MAKER_DESC = ["New, sealed, from authorised distributor of the accessory maker.", "Made by {k} under licence. New.",
              "Third-party accessory, official licence. 1-year {k} warranty."]
COPY_CUES = ["1:1 copy", "super copy", "replica, top grade", "mirror quality", "AAA quality", "high copy"]


def _licensed(b: BrandView, s: Scene, copy: bool) -> Draft | None:
    cats = [c for c in b.categories if c in b.floors and c in _LICENSED_CATS]
    if not cats:
        return None
    r = s.rng
    cat, maker = r.choice(cats), r.choice(MAKERS)
    floor, cur = b.floors[cat]
    title = r.choice(LICENSED).format(k=maker, p=s.product(cat), b=b.name)
    if copy:
        return Draft(f"{title.replace(maker + ' ', '', 1)} – {r.choice(COPY_CUES)}", cat,
                     (round(floor * r.uniform(0.1, 0.5), 2), cur), r.choice(["Same as the original.", "", "Not original."]))
    return Draft(title, cat, (round(floor * r.uniform(0.4, 1.2), 2), cur), r.choice(MAKER_DESC).format(k=maker))


def make_licensed_accessory(b: BrandView, s: Scene) -> Draft | None:
    return _licensed(b, s, copy=False)


def make_fake_licensed_copy(b: BrandView, s: Scene) -> Draft | None:
    return _licensed(b, s, copy=True)


# the goods' brand, the other party's name as the case cites it, the year, what the case was about
LAWSUITS = {
    "apple": [("Samsung", "2012", "rounded-corners design"), ("Microsoft", "1994", "desktop look and feel")],
    "samsung": [("Apple", "2018", "phone design")],
    "lego": [("Mega Bloks", "2005", "brick shape")],
    "nike": [("adidas", "2021", "Flyknit upper")],
    "adidas": [("Nike", "2012", "Primeknit upper")],
    "dyson": [("Samsung", "2013", "cyclone steering"), ("Bosch", "2018", "energy label")],
    "microsoft": [("Apple", "1994", "windowing interface")],
}
LAWSUIT_TITLES = ["{m} {p} – the {w} from {m} v. {o} ({y}) – {c}", "{p}, {w} of {m} v. {o} fame, {c}",
                  "{m} {p} | {m} v {o} ({y}) {w} | {c}", "{m} {p} ({w}, as in {m} v. {o}) {c}"]


def make_fake_lawsuit_party(b: BrandView, s: Scene) -> Draft | None:
    cats = [c for c in b.categories if c in b.floors]
    if b.id not in LAWSUITS or not cats:
        return None
    r = s.rng
    other, year, what = r.choice(LAWSUITS[b.id])
    cat = r.choice(cats)
    floor, cur = b.floors[cat]
    title = r.choice(LAWSUIT_TITLES).format(m=b.name, p=s.product(cat), w=what, o=other, y=year, c=r.choice(COPY_CUES))
    return Draft(title, cat, (round(floor * r.uniform(0.1, 0.6), 2), cur), r.choice(["Same as the original.", ""]))


EVASION_MAKERS = {"fake_licensed_copy": make_fake_licensed_copy, "fake_lawsuit_party": make_fake_lawsuit_party}
TRAP_MAKERS = {"trap_licensed_accessory": make_licensed_accessory}
