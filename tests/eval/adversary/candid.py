"""Copy words that are and are not cues, and genuine goods sold honestly (issue 9, honest24; outsider21's families
in_cue_word_specs21, in_shared_jargon21, in_genuine_modified21, in_sample_sale21, c_lab_report21, c_pseudo_legal21,
learnt from their way of writing, not their strings), with the counterfeits that borrow the same words.

Classes:
- `trap_cue_word_specs`: genuine goods whose specs carry a copy-trade word in its technical sense: a battery size with
  the pack's count ("AAA x4", "AAA 8 pack", "4 x AAA"), a club's official replica shirt ("home replica jersey – official",
  "Official fan version (replica)"), a device's copy feature ("copy scenes between rooms", "copy settings to another
  device"), the maker's free cloning software with a drive; (honest26) a multifunction printer's "print/scan/copy", a
  camera's 1:1 aspect ratio, a licensed prop replica at 1:1 scale, at a shop's price: quiet.
- `fake_spec_words_copy`: the same specs beside a real copy cue ("AAA x4 … 1:1 super copy", "replica jersey – AAA
  quality, not original"), at a copy's price: alerts.
- `trap_shared_jargon`: another maker's watch or sneaker described with the registry's jargon for the brand (its lines,
  abbreviations, nicknames: "Seiko 5 Sports GMT SSK019 'Pepsi'", "Steinhart Ocean One 'Submariner' homage"), the maker
  named, at that maker's price: quiet.
- `fake_jargon_copy`: the jargon beside another maker's name used as a decoy, with a copy cue ("Seiko GMT 'Pepsi' 1:1
  super clone"): alerts.
- `trap_genuine_modified`: genuine goods with a disclosed modification (custom paint, re-dye, aftermarket strap or shell,
  third-party battery, hem cut, "by me", "by an artist"), at 40-90 % of the floor: quiet.
- `fake_modified_copy`: a copy in customisers' words: the modification with a copy cue, or custom paint or a re-dye
  at a copy's price (under a fifth of the floor): alerts. (A customiser's "custom made, your name, made to order" at a
  copy's price is left out: it reads as a personalisation offer today, a gap of its own.)
- `trap_sample_sale`: genuine goods bought at the brand's own sample, press or archive sale, stamped 'sample', at 45-90 %
  of the floor, in several languages: quiet.
- `fake_sample_sale_copy`: the replica trade's "factory sample", a sample sale with a copy cue, or at a copy's price:
  alerts.
- `fake_lab_report`: a laboratory's likeness report offered in place of authenticity ("SGS report: 99.2 % material
  match to the boutique piece", "Intertek-tested, identical to the retail unit", "XRF spectrometer: same alloy as the
  original"), at a copy's price: alerts.
- `fake_pseudo_legal`: claims that the copy is lawful ("a lawful reproduction", "legal for personal import", "sold as
  non-original under fair use", "replicas of design are legal in my country"), at a copy's price: alerts.

Written for BrandSentry from how battery, football-kit and smart-home retailers, watch and sneaker collectors,
customisers, sample-sale buyers and copy sellers word such listings (general knowledge); no held-out listing.
"""

from __future__ import annotations

from tests.eval.adversary.generate import WORD_OWNERS, BrandView, Draft, Scene, _fold, higher_floor, mark_floor

EVASIONS = {
    "fake_spec_words_copy": "a copy-trade word's technical sense (battery size, official replica shirt, copy feature) "
                            "beside a real copy cue, at a copy's price: alerts",
    "fake_jargon_copy": "the registry's jargon for the brand beside another maker's name as a decoy, with a copy cue: "
                        "alerts",
    "fake_modified_copy": "a copy in customisers' words: the modification with a copy cue, or custom paint at a "
                          "copy's price: alerts",
    "fake_sample_sale_copy": "the replica trade's 'factory sample', a sample sale with a copy cue, or at a copy's price: "
                             "alerts",
    "fake_lab_report": "a laboratory's likeness report (SGS, Intertek, XRF spectrometer) offered in place of "
                       "authenticity, at a copy's price: alerts",
    "fake_pseudo_legal": "claims that the copy is lawful (lawful reproduction, legal for personal import, fair use), at "
                         "a copy's price: alerts",
}
TRAPS = {
    "trap_cue_word_specs": "genuine goods whose specs carry a copy-trade word in its technical sense (AAA x4, official "
                           "replica jersey, copy scenes between rooms, free clone software), at a shop's price: quiet",
    "trap_shared_jargon": "another maker's watch or sneaker described with the registry's jargon for the brand, the "
                          "maker named: quiet",
    "trap_genuine_modified": "genuine goods with a disclosed modification (custom paint, re-dye, aftermarket part, "
                             "third-party battery), at 40-90 % of the floor: quiet",
    "trap_sample_sale": "genuine goods from the brand's own sample, press or archive sale, stamped 'sample', at 45-90 % "
                        "of the floor: quiet",
}

COPY_CUES = ["1:1", "super copy", "AAA quality replica", "mirror quality", "high copy", "top replica", "super clone"]


def _mark(b: BrandView, s: Scene) -> str:
    named = [m.value for m in b.latin_marks if not m.everyday and m.value.isascii()]
    return b.name if b.name in named or not named else s.rng.choice(named[:3])


def _floor(b: BrandView, cat: str, mark: str) -> tuple[float, str]:
    return higher_floor(mark_floor(b, mark), b.floors[cat]) or b.floors[cat]


def _cats(b: BrandView, words: tuple[str, ...]) -> list[str]:
    return [c for c in b.categories if c in b.floors and any(w in c.casefold() for w in words)]


# ------------------------------------------------------------------ copy words in their technical sense

_BATTERY = ("batter",)
_KIT = ("soccer", "football", "sportswear", "jersey", "apparel")
_DEVICES = ("lighting", "smart home", "light", "kitchen appliances", "audio", "speakers", "headphones")
_MEMORY = ("memory", "storage", "ssd")
PACKS = ["AAA x{n}", "AAA {n} pack", "{n} x AAA", "AAA {n}-pack", "AAA pack of {n}"]
KITS = ["{m} {c} 26/27 home replica jersey – official, tags", "{m} {c} 2026 away replica shirt – official store",
        "{m} {c} home stadium replica shirt – official", "{m} {c} 26/27 replica kit, official licensed"]
FEATURES = ["{m} {p} – copy scenes between rooms, starter kit", "{m} {p} – copy settings to another device",
            "{m} {p}, copy presets between zones", "{m} {p} – copy profiles from your old unit"]
CLONES = ["{m} {p} 2TB + free clone software", "{m} {p} 1TB – free cloning software included",
          "{m} {p} with disk cloning software (free download)"]
# (honest26; outsider23's in_cue_tech_senses23, learnt from its way of writing) a multifunction printer's functions, a
# camera's square aspect ratio, a licensed prop replica at life size (1:1 scale), as retailers' titles and makers' spec
# sheets word them, under the brand's name (a line of its cameras is no printer's)
_PRINTERS = ("printer",)
_CAMERAS = ("camera",)
_PROPS = ("action figure", "blaster")
MFP = ["{m} {p} print/scan/copy – new", "{m} {p} – print, scan, copy, Wi-Fi", "{m} {p} 3-in-1 (print / copy / scan)",
       "{m} {p}, scan & copy, duplex – new", "{m} {p} – print/copy/scan/fax, sealed"]
ASPECT = ["{m} {p} – shoots 1:1 aspect, new, warranty", "{m} {p}, aspect ratio 3:2 / 4:3 / 16:9 / 1:1 – new",
          "{m} {p} – 1:1 square format mode, boxed", "{m} {p} (aspect ratio 1:1 to 16:9), new"]
PROPS = ["{m} 1:1 scale replica {g} – official", "{m} {g} – life-size 1:1 scale, official licensed",
         "{m} 1:1 scale {g}, official prop replica, boxed", "{m} {g} 1/1 scale – official collector edition"]
PROP_GOODS = ["helmet", "mask", "lightsaber hilt", "blaster", "gauntlet"]


def _spec(b: BrandView, s: Scene) -> tuple[str, str, str] | None:
    """(title, description, category) of the brand's genuine goods with a copy word in its technical sense."""
    r = s.rng
    ways = []
    if cats := _cats(b, _BATTERY):
        ways.append(lambda cats=cats: (f"{_mark(b, s)} {r.choice(['eneloop ', 'rechargeable ', ''])}"
                                       f"{r.choice(PACKS).format(n=r.choice([2, 4, 8, 12, 16]))} – rechargeable", "",
                                       r.choice(cats)))
    if (cats := _cats(b, _KIT)) and (clubs := [m.value for m in b.declared("kit") if m.value.isascii()]):
        # a club's shirt under the maker the registry says makes its kits (registry `kits`), by the brand's name
        ways.append(lambda cats=cats, clubs=clubs: (r.choice(KITS).format(m=b.name, c=r.choice(clubs)), r.choice(
            ["Official fan version (replica) sold by licensed retailers.", "", "New with tags."]), r.choice(cats)))
    if cats := _cats(b, _DEVICES):
        ways.append(lambda cats=cats: (r.choice(FEATURES).format(m=_mark(b, s), p=s.product(c := r.choice(cats))), "", c))
    if cats := _cats(b, _MEMORY):
        ways.append(lambda cats=cats: (r.choice(CLONES).format(m=_mark(b, s), p=s.product(c := r.choice(cats))), "", c))
    if cats := _cats(b, _PRINTERS):
        ways.append(lambda cats=cats: (r.choice(MFP).format(m=b.name, p=s.product(c := r.choice(cats))), "", c))
    if cats := _cats(b, _CAMERAS):
        ways.append(lambda cats=cats: (r.choice(ASPECT).format(m=b.name, p=s.product(c := r.choice(cats))), "", c))
    if cats := _cats(b, _PROPS):
        ways.append(lambda cats=cats: (r.choice(PROPS).format(m=b.name, g=r.choice(PROP_GOODS)), r.choice(
            ["Official licensed prop replica.", "", "Genuine, sealed."]), r.choice(cats)))
    return r.choice(ways)() if ways else None


def make_cue_word_specs(b: BrandView, s: Scene) -> Draft | None:
    if (found := _spec(b, s)) is None:
        return None
    title, desc, cat = found
    floor = _floor(b, cat, _mark(b, s))
    return Draft(title, cat, (round(floor[0] * s.rng.uniform(1.0, 1.6), 2), floor[1]), desc)


def make_fake_spec_words_copy(b: BrandView, s: Scene) -> Draft | None:
    if (found := _spec(b, s)) is None:
        return None
    title, _desc, cat = found
    floor = _floor(b, cat, _mark(b, s))
    r = s.rng
    return Draft(f"{title} {r.choice(COPY_CUES)}", cat, (round(floor[0] * r.uniform(0.6, 0.85), 2), floor[1]),
                 r.choice(["Not original, same look.", "", "Factory direct."]))


# ------------------------------------------------------------------ shared jargon

# other makers (none of them in the demo registry), by the goods they make
WATCH_MAKERS = ["Seiko", "Casio", "Citizen", "Orient", "Steinhart", "Invicta", "San Martin", "Pagani Design", "Squale",
                "Christopher Ward", "Timex", "Bulova", "Hamilton", "Glycine", "Sinn"]
SNEAKER_MAKERS = ["New Balance", "Asics", "Reebok", "Saucony", "Hoka", "Mizuno", "Onitsuka Tiger", "Diadora", "Veja",
                  "Karhu", "Skechers"]
WATCH_FRAMES = ["{k} {ref} '{w}' bezel – new", "{k} {ref} GMT '{w}' – {k} brand", "{k} {ref} '{w}' homage – own brand",
                "{k} '{w}'-style diver {ref} – new with box", "{k} {ref} automatic, '{w}' colourway, full set"]
SNEAKER_FRAMES = ["{k} {ref} '{w}' lows – new", "{k} {ref} '{w}' – new in box", "{k} {ref} in '{w}' colourway, {k} brand"]
_KINDS = ("abbreviation", "nickname", "colourway", "line")


def _jargon(b: BrandView, s: Scene) -> tuple[str, str, list[str], list[str]] | None:
    """(word, category, makers, frames): a word of the brand's jargon and another maker's goods it fits, else None."""
    r = s.rng
    watches, sneakers = _cats(b, ("watch",)), _cats(b, ("sneaker", "shoe"))
    if not (watches or sneakers):
        return None
    words = [m.value for k in _KINDS for m in b.declared(k)
             if m.value.isascii() and len(m.value) >= 3 and m.value.casefold() not in b.everything
             and not any(ch.isdigit() for ch in m.value)
             and WORD_OWNERS.get(_fold(m.value), {b.id}) == {b.id}]  # one brand's jargon ("Speedy" is Omega's and LV's)
    if not words:
        return None
    if watches and (not sneakers or r.random() < 0.5):
        return r.choice(words), r.choice(watches), WATCH_MAKERS, WATCH_FRAMES
    return r.choice(words), r.choice(sneakers), SNEAKER_MAKERS, SNEAKER_FRAMES


def _ref(s: Scene) -> str:
    r = s.rng
    return r.choice(["SSK", "SRPD", "MDV", "GMT", "NB", "GEL", "CL", "SP"]) + str(r.randrange(10, 999)) + r.choice(["", "K1", "-1"])


def make_shared_jargon(b: BrandView, s: Scene) -> Draft | None:
    if (found := _jargon(b, s)) is None:
        return None
    r = s.rng
    word, cat, makers, frames = found
    maker = r.choice(makers)
    title = r.choice(frames).format(k=maker, ref=_ref(s), w=word)
    return Draft(title, cat, (round(r.uniform(60, 900), 0), "USD"), r.choice(["", f"Made by {maker}.", "Unworn."]))


def make_fake_jargon_copy(b: BrandView, s: Scene) -> Draft | None:
    if (found := _jargon(b, s)) is None:
        return None
    r = s.rng
    word, cat, makers, _frames = found
    title = r.choice(["{k} {w} {c}", "{w} – better than {k}, {c}", "'{w}' {k} box {c}"]).format(
        k=r.choice(makers), w=word, c=r.choice(COPY_CUES))
    floor = b.floors[cat]
    return Draft(title, cat, (round(floor[0] * r.uniform(0.04, 0.3), 2), floor[1]), "")


# ------------------------------------------------------------------ genuine goods, modified

# goods people customise, and what they change on them
MODS = {
    "sneaker": ["hand-painted custom", "custom re-dye navy", "custom paint by me", "custom laces and re-dyed midsole"],
    "shoe": ["hand-painted custom", "re-dyed black", "resoled by a cobbler"],
    "watch": ["aftermarket diamond bezel (not {m}), priced accordingly", "fitted with aftermarket NATO strap",
              "aftermarket dial fitted by a jeweller, original dial included"],
    "bag": ["hand-painted initials and stripes by an artist", "custom painted by me, not by {m}", "re-dyed by a leather shop"],
    "handbag": ["hand-painted initials by an artist", "re-dyed by a leather shop"],
    "jean": ["cropped and distressed by me", "hemmed and tapered by a tailor"], "denim": ["cropped and distressed by me"],
    "console": ["custom marble shell (third-party)", "custom shells, original covers included"],
    "phone": ["third-party battery replacement", "aftermarket back glass fitted"],
    "camera": ["infrared-converted for astro by a lab", "modified for full-spectrum"],
    "belt": ["extra hole punched, shortened", "buckle swapped by a cobbler"],
    "jacket": ["coyote trim removed", "hood ruff taken off, price reflects"], "parka": ["coyote trim removed"],
}
MOD_FRAMES = ["{m} {g} – genuine, {x}", "Genuine {m} {g}, {x}", "{m} {g} (authentic) – {x}", "{m} {g} – echt, {x}"]
MOD_DESC = ["Receipt for the original purchase.", "Sold as modified; no returns.", "", "Priced down for the change."]


# the changes that are paint or dye, not a part fitted (an "aftermarket strap" alone reads as the part for sale)
_PAINT = ("paint", "dye", "dyed")


def _modified(b: BrandView, s: Scene, paint: bool = False) -> tuple[str, str, tuple[float, str]] | None:
    """(title, category, floor) of the brand's genuine goods with a disclosed change, else None."""
    r = s.rng
    cats = [(c, key) for c in b.categories if c in b.floors for key in MODS if key in c.casefold()
            and (not paint or any(w in x for x in MODS[key] for w in _PAINT))]
    if not cats:
        return None
    cat, key = r.choice(cats)
    mark = _mark(b, s)
    mods = [x for x in MODS[key] if not paint or any(w in x for w in _PAINT)]
    return (r.choice(MOD_FRAMES).format(m=mark, g=s.product(cat), x=r.choice(mods).format(m=mark)), cat,
            _floor(b, cat, mark))


def make_genuine_modified(b: BrandView, s: Scene) -> Draft | None:
    if (found := _modified(b, s)) is None:
        return None
    title, cat, floor = found
    return Draft(title, cat, (round(floor[0] * s.rng.uniform(0.4, 0.9), 2), floor[1]), s.rng.choice(MOD_DESC))


def make_fake_modified_copy(b: BrandView, s: Scene) -> Draft | None:
    r = s.rng
    way = r.randrange(2)
    if (found := _modified(b, s, paint=True)) is None:  # (a part fitted, "aftermarket bezel … 1:1", reads as the part)
        return None
    title, cat, floor = found
    if way == 0:  # the change with a copy cue
        return Draft(f"{title} {r.choice(COPY_CUES)}", cat, (round(floor[0] * r.uniform(0.2, 0.6), 2), floor[1]), "")
    return Draft(title, cat, (round(floor[0] * r.uniform(0.02, 0.18), 2), floor[1]), "")  # paint at a copy's price


# ------------------------------------------------------------------ the brand's own sample sale

_SAMPLE_GOODS = ("apparel", "jacket", "parka", "sneaker", "shoe", "bag", "handbag", "scar", "belt", "jewel", "watch",
                 "jean", "denim", "sportswear", "outerwear", "dress", "shirt", "accessor", "wallet", "sunglass")
SAMPLE_FRAMES = [
    ("{m} {g} – from the official sample sale, 'sample' stamp inside", "Bought at the brand's press sale, receipt attached."),
    ("{m} {g}, bought at the {m} sample sale", "Sample stamp on the care label. Receipt shown."),
    ("{m} {g} – archive sale piece, stamped sample", "From the brand's archive sale last spring."),
    ("{m} {g} (press sale, marked 'sample')", "Never worn, size sample."),
    ("{m} {g} aus dem Sample Sale, Sample-Stempel", "Beim offiziellen Sample Sale gekauft, Beleg vorhanden."),
    ("{m} {g} – vente presse, tampon 'sample'", "Acheté à la vente presse de la marque, ticket fourni."),
    ("{m} {g} サンプルセールで購入", "ブランド公式のサンプルセールで購入しました。"),
]


def _sample_cats(b: BrandView) -> list[str]:
    return _cats(b, _SAMPLE_GOODS)


def make_sample_sale(b: BrandView, s: Scene) -> Draft | None:
    if not (cats := _sample_cats(b)):
        return None
    r = s.rng
    cat, mark = r.choice(cats), _mark(b, s)
    title, desc = r.choice(SAMPLE_FRAMES)
    floor = _floor(b, cat, mark)
    return Draft(title.format(m=mark, g=s.product(cat)), cat, (round(floor[0] * r.uniform(0.45, 0.9), 2), floor[1]), desc)


def make_fake_sample_sale_copy(b: BrandView, s: Scene) -> Draft | None:
    if not (cats := _sample_cats(b)):
        return None
    r = s.rng
    cat, mark = r.choice(cats), _mark(b, s)
    floor, goods = _floor(b, cat, mark), s.product(cat)
    way = r.randrange(3)
    if way == 0:  # the replica factory's sample
        title = r.choice(["{m} {g} – factory sample sale", "{m} {g} factory sample, same as retail",
                          "Factory samples {m} {g}, clearance"]).format(m=mark, g=goods)
        return Draft(title, cat, (round(floor[0] * r.uniform(0.05, 0.3), 2), floor[1]), "")
    title, desc = r.choice(SAMPLE_FRAMES)
    title = title.format(m=mark, g=goods)
    if way == 1:
        return Draft(f"{title} {r.choice(COPY_CUES)}", cat, (round(floor[0] * r.uniform(0.2, 0.6), 2), floor[1]), desc)
    return Draft(title, cat, (round(floor[0] * r.uniform(0.02, 0.18), 2), floor[1]), desc)


# ------------------------------------------------------------------ a lab's report, a claim of lawfulness

LAB = ["SGS report: 99.2% material match to the boutique piece", "Intertek-tested, identical to the retail unit",
       "XRF spectrometer: same alloy as the original", "third-party lab: 98.7% similarity to genuine",
       "lab report shows same materials as the original", "spectrometer tested – matches the genuine",
       "SGS tested, same composition as retail", "Bureau Veritas test: indistinguishable from the original"]
LAB_DESC = ["Report PDF on request. Wholesale price.", "Lab report included.", "", "Ask for the test certificate."]
LAW = ["not counterfeit: a lawful reproduction, no intent to deceive", "legal for personal import (1 unit)",
       "sold as non-original under fair use, so it is legal", "replicas of design are legal in my country",
       "not a fake: we never claim it is made by the brand", "legal replica, design not protected here",
       "lawful reproduction for collectors", "legal for personal use, customs-safe"]
LAW_DESC = ["Same design and logo. Several in stock.", "", "Ships in plain packaging.", "Buyer responsible for import."]


def _claim(b: BrandView, s: Scene, claims: list[str], descs: list[str]) -> Draft | None:
    if not (cats := [c for c in b.categories if c in b.floors]):
        return None
    r = s.rng
    cat, mark = r.choice(cats), _mark(b, s)
    floor = _floor(b, cat, mark)
    return Draft(f"{mark} {s.product(cat)} – {r.choice(claims)}", cat,
                 (round(floor[0] * r.uniform(0.6, 0.85), 2), floor[1]), r.choice(descs))


def make_fake_lab_report(b: BrandView, s: Scene) -> Draft | None:
    return _claim(b, s, LAB, LAB_DESC)


def make_fake_pseudo_legal(b: BrandView, s: Scene) -> Draft | None:
    return _claim(b, s, LAW, LAW_DESC)


EVASION_MAKERS = {"fake_spec_words_copy": make_fake_spec_words_copy, "fake_jargon_copy": make_fake_jargon_copy,
                  "fake_modified_copy": make_fake_modified_copy, "fake_sample_sale_copy": make_fake_sample_sale_copy,
                  "fake_lab_report": make_fake_lab_report, "fake_pseudo_legal": make_fake_pseudo_legal}
TRAP_MAKERS = {"trap_cue_word_specs": make_cue_word_specs, "trap_shared_jargon": make_shared_jargon,
               "trap_genuine_modified": make_genuine_modified, "trap_sample_sale": make_sample_sale}
