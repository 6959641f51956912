"""Genuine goods and honest trades that name a brand and read like a copy (issue 9, genuine23; outsider20's families
in_engraved_preowned20, in_brand_protection20, in_bundle_leftover20 / in_minis20, in_component_inside20, learnt from
their way of writing, not their strings), and the counterfeits that borrow the same words.

Classes:
- `trap_engraved_preowned`: genuine goods carrying a previous owner's engraving, monogram or hot-stamped initials, sold
  at 40-90 % of the floor for that reason, in many languages ("caseback engraved 'To J. 1998'", "mit Gravur",
  "initiales gravées", "con incisione", "刻印あり", "각인 있음", "с гравировкой"): quiet.
- `fake_engraved_copy`: a copy in the same words: a copy cue beside the engraving, a personalisation offered on new goods
  ("engraved with your name", "free engraving"), the brand's marking engraved ("laser engraved logo and serial"), or an
  engraving at a copy's price (under a fifth of the floor): alerts.

- `trap_brand_protection`: a brand-protection service, an IP or trademark lawyer, an investigator, a test purchaser, a
  customs broker, an anti-counterfeiting course or seminar that names the brand and the copy words it fights ("we take
  down fake Rolex listings", "Seminar: how 1:1 replica Gucci bags are made", "Markenschutz: Fälschungen von Nike",
  "lutte anti-contrefaçon Cartier"), filed under services at a service's fee: quiet.
- `fake_protection_cover`: a copy sold under the same words ("anti-counterfeit hologram", "brand protection label",
  "passes every legit check", "we take down fakes – ours is the 1:1"), at a copy's price: alerts.

- `trap_component_inside`: another maker's goods with the brand's genuine component inside, the mark with its series
  and the component's noun after a dash, "with", "on", "mit", "avec" ("E-scooter battery 36V – Samsung 50E cells",
  "Camera module – Sony IMX477 sensor", "Road bike on Michelin Power Cup tyres", "E-Bike mit Bosch-Motor"), at the
  goods' own price, filed under the goods: quiet.
- `fake_component_clone`: the same phrases on a copy: a clone word beside the component ("Sony sensor clone camera,
  1:1"), the brand's own goods with its component named ("Samsung 50E cells x20, AAA"), or the component phrase with a
  copy cue, at a copy's price: alerts.

- `trap_bundle_leftover`: an unused part or code left over from a bundle or a gift set, or a gift-with-purchase mini or
  travel edition, at its own small price (1-12 % of the flagship's floor, a mini's pro-rata share), in many languages
  ("download code – from the console bundle, unused", "charger and cable, spare from the phone box", "travel razor, gift
  with purchase", "aus dem Bundle, unbenutzt"): quiet.
- `fake_bundle_copy`: the same words on a copy: the flagship itself "from a bundle" at a copy's price, a copy cue beside
  the leftover, or a mini at a few per cent of even its share: alerts.

Written for BrandSentry from how private sellers, pre-owned dealers and copy sellers word such listings (general
knowledge); no held-out listing.
"""

from __future__ import annotations

from tests.eval.adversary.generate import BrandView, Draft, Scene, higher_floor, mark_floor

EVASIONS = {
    "fake_protection_cover": "a copy sold under brand-protection or anti-counterfeit words (an anti-counterfeit "
                             "hologram, a protection label, 'ours is the 1:1'), at a copy's price: alerts",
    "fake_component_clone": "the brand's component phrase on a copy (a clone or copy word, the brand's own part sold as "
                            "itself, AAA), at a copy's price: alerts",
    "fake_bundle_copy": "a copy in a bundle leftover's or a mini's words: the flagship 'from a bundle' at a copy's price, "
                        "a copy cue beside the part, a mini far below its share: alerts",
    "fake_engraved_copy": "a copy with engraving words: a copy cue beside it, a personalisation offered on new goods "
                          "('engraved with your name'), the brand's marking engraved, or a copy's price: alerts",
}
TRAPS = {
    "trap_brand_protection": "a brand-protection, IP-law, investigation, test-purchase, customs or anti-counterfeiting "
                             "training service naming the brand and the copy words it fights, in many languages: quiet",
    "trap_component_inside": "another maker's goods with the brand's genuine component inside (cells, sensor, panel, "
                             "motor, tyres), the component named after a dash, 'with', 'on', 'mit', 'avec': quiet",
    "trap_bundle_leftover": "an unused part or code left over from a bundle or gift set, or a gift-with-purchase mini or "
                            "travel edition, at its own small price, in many languages: quiet",
    "trap_engraved_preowned": "genuine goods carrying a previous owner's engraving, monogram or hot-stamped initials, at "
                              "40-90 % of the floor, in many languages: quiet",
}

# goods nobody engraves or monograms (consumables, medicines, software, food)
_NOT_ENGRAVED = ("food", "drink", "dairy", "pet", "medicine", "vitamin", "snack", "cartridge", "razor", "blade", "tea",
                 "beer", "wine", "spirit", "candy", "confection", "chocolate", "coffee", "water", "software", "licen",
                 "otc", "first aid", "ink", "batter", "fragrance", "skincare", "makeup", "sunscreen", "haircare", "spread",
                 "soda", "juice", "drug", "tablet", "prescription", "cereal", "baby", "diaper", "detergent", "cleaning",
                 "tissue", "golf balls", "shuttlecock", "memory", "supplement", "nutrition", "care", "condiment", "sauce",
                 "oil", "lubric", "filter", "tire", "tyre", "wiper", "seeds", "fertili", "pharma", "rx", "cosmetic",
                 "perfume", "deodor", "shampoo", "formula", "building", "toys", "games", "consoles", "auto", "parts")
NAMES = ["Tom", "Anna", "J.M.", "Love, Sarah", "To Dad 1999", "For 25 years service", "Happy 30th Maria", "K & L 2011",
         "Für Oma", "À Pierre", "Para Luis", "Per sempre", "M.K.", "R.S.", "Always, E.", "Class of 2008"]
INITIALS = ["M.K.", "J.S.", "A.B.", "L.R.", "TJW", "C.D.", "EH", "P.N."]
# (language, title, description): {m} mark, {g} goods, {n} a name or dedication, {i} initials
ENGRAVED = [
    ("en", "{m} {g} – engraved '{n}', genuine", "Previous owner's engraving, hence the price. Serviced."),
    ("en", "{m} {g}, engraved '{n}' on the back, authentic", "The engraving is why it's cheap. Receipt from the store."),
    ("en", "{m} {g} – monogrammed initials {i}, genuine", "Personalised by the first owner, so priced to sell."),
    ("en", "{m} {g} with hot-stamped initials '{i}'", "Bought in the boutique, initials stamped in store."),
    ("en", "{m} {g} – inside engraved with a date", "Genuine, certificate included. Engraving can't be removed."),
    ("en", "Genuine {m} {g}, inscription '{n}'", "A presentation piece; the inscription lowers the resale value."),
    ("en", "{m} {g} (engraved case)", "Engraved by the previous owner. Works perfectly."),
    ("en-GB", "{m} {g} – presentation engraving, hence the price", "Retirement gift, inscribed on the back."),
    ("de", "{m} {g} mit Gravur '{n}', echt", "Gravur vom Vorbesitzer, deshalb günstiger. Rechnung vorhanden."),
    ("de", "{m} {g} graviert, Original", "Rückseite graviert (Datum), sonst top Zustand."),
    ("fr", "{m} {g} gravé au dos '{n}', authentique", "Gravure de l'ancien propriétaire, d'où le prix."),
    ("fr", "{m} {g} avec initiales gravées {i}", "Authentique, facture du magasin."),
    ("es", "{m} {g} grabado con iniciales {i}, original", "Grabado por el dueño anterior, por eso el precio."),
    ("it", "{m} {g} con incisione '{n}', originale", "Incisione del precedente proprietario, per questo il prezzo."),
    ("pt", "{m} {g} gravado com nome, original", "Gravação do dono anterior, por isso o preço."),
    ("nl", "{m} {g} gegraveerd '{n}', echt", "Gravure van de vorige eigenaar, vandaar de prijs."),
    ("sv", "{m} {g} med gravering, äkta", "Graverad av förra ägaren, därav priset."),
    ("pl", "{m} {g} z grawerem '{n}', oryginał", "Grawer poprzedniego właściciela, stąd cena."),
    ("ru", "{m} {g} с гравировкой, оригинал", "Гравировка от прежнего владельца, поэтому дешевле."),
    ("ja", "{m} {g} 刻印あり 正規品", "前の持ち主の名前が刻印されています。そのためお安くしています。"),
    ("ja", "{m} {g} 名入れ 正規品", "名入れ済みのため格安で出品します。"),
    ("ko", "{m} {g} 각인 있음 정품", "이전 주인 이니셜 각인이 있어 저렴하게 팝니다."),
    ("zh", "{m} {g} 有刻字 正品", "前任主人刻字，所以便宜出。"),
]
COPY_CUES = ["AAA", "1:1", "replica", "mirror quality", "super clone", "UA", "top copy", "高仿"]
OFFERS = [
    "Personalised {m} {g}, engraved with your name", "{m} {g} – free engraving, any initials",
    "{m} {g}, custom engraving available", "Custom monogrammed {m} {g} – add your initials",
    "{m} {g} engraved name of your choice", "{m} {g} mit Gravur nach Wunsch", "{m} {g} gravé à votre nom",
    "{m} {g} grabado personalizado con tu nombre",
]
MARKINGS = ["{m} {g} – laser engraved logo and serial", "{m} {g}, engraved crown and rehaut, all correct",
            "{m} {g} engraved serial numbers, box and papers", "{m} {g} – logo engraving perfect, hallmarks engraved"]


# goods people engrave, monogram or hot-stamp: watches, jewellery, leather goods, devices, pens, crystal
_ENGRAVABLE = ("watch", "jewel", "ring", "bracelet", "necklace", "bag", "wallet", "belt", "scar", "leather", "earbud",
               "headphone", "phone", "tablet", "laptop", "crystal", "figurine", "pen", "lighter", "luggage", "sunglass",
               "camera", "speaker", "shaver", "racket", "club", "accessor", "small leather")


def _cats(b: BrandView) -> list[str]:
    return [c for c in b.categories if c in b.floors and any(w in c.casefold() for w in _ENGRAVABLE)
            and not any(w in c.casefold() for w in _NOT_ENGRAVED)]


def _mark(b: BrandView, s: Scene) -> str:
    named = [m.value for m in b.latin_marks if not m.everyday and m.value.isascii()]
    return b.name if b.name in named or not named else s.rng.choice(named[:3])


def _floor(b: BrandView, cat: str, mark: str) -> tuple[float, str]:
    return higher_floor(mark_floor(b, mark), b.floors[cat]) or b.floors[cat]


def _engraved(b: BrandView, s: Scene) -> tuple[str, str, str, tuple[float, str]] | None:
    if not (cats := _cats(b)):
        return None
    r = s.rng
    cat, mark = r.choice(cats), _mark(b, s)
    _lang, title, desc = r.choice(ENGRAVED)
    title = title.format(m=mark, g=s.product(cat), n=r.choice(NAMES), i=r.choice(INITIALS))
    return title, desc, cat, _floor(b, cat, mark)


def make_engraved_preowned(b: BrandView, s: Scene) -> Draft | None:
    if (found := _engraved(b, s)) is None:
        return None
    title, desc, cat, floor = found
    return Draft(title, cat, (round(floor[0] * s.rng.uniform(0.4, 0.9), 2), floor[1]), desc)


def make_fake_engraved_copy(b: BrandView, s: Scene) -> Draft | None:
    if not (cats := _cats(b)):
        return None
    r = s.rng
    cat, mark = r.choice(cats), _mark(b, s)
    floor, goods = _floor(b, cat, mark), s.product(cat)
    way = r.randrange(4)
    if way == 0 and (found := _engraved(b, s)) is not None:  # the pre-owned words with a copy cue
        title, desc, cat, floor = found
        return Draft(f"{title} {r.choice(COPY_CUES)}", cat, (round(floor[0] * r.uniform(0.1, 0.6), 2), floor[1]), desc)
    if way == 1:  # a personalisation offered on new goods, at a copy's price
        title = r.choice(OFFERS).format(m=mark, g=goods)
        return Draft(title, cat, (round(floor[0] * r.uniform(0.05, 0.35), 2), floor[1]), "Brand new, gift box.")
    if way == 2:  # the brand's own marking engraved, the copy trade's selling point
        title = r.choice(MARKINGS).format(m=mark, g=goods)
        return Draft(title, cat, (round(floor[0] * r.uniform(0.05, 0.45), 2), floor[1]), "")
    if (found := _engraved(b, s)) is None:
        return None
    title, desc, cat, floor = found  # the pre-owned words at a copy's price: under a fifth of the floor
    return Draft(title, cat, (round(floor[0] * r.uniform(0.02, 0.18), 2), floor[1]), desc)


# (language, title): {m} the mark, {c} a copy word, {g} the goods
PROTECTION = [
    ("en", "IP investigator – {c} {m} supply chains"), ("en", "Brand protection service: we take down {c} {m} listings"),
    ("en", "Test-purchase service – we buy suspected {c} {m} for brand owners"),
    ("en", "Trademark lawyer – {c} {m} takedowns, cease & desist letters"),
    ("en", "Anti-counterfeit consulting: {c} {m} {g} on marketplaces"),
    ("en", "Seminar: how {c} {m} {g} are made – for customs officers"), ("en", "Workshop: {c} {m} {g} and the law"),
    ("en", "Webinar: {c} {m} {g} – what rights holders can do"),
    ("en", "Customs broker: seized {c} {m} {g}, destruction certificates"),
    ("en", "Brand-protection analyst for hire – {c} {m} listings"), ("en", "Authenticator training: {c} vs genuine {m} {g}"),
    ("en", "Marketplace monitoring for {m}: {c} listings found and removed"),
    ("de", "Markenschutz: Fälschungen von {m} erkennen und melden – Beratung"), ("de", "Markenanwalt – {m} Fälschungen, Abmahnung"),
    ("de", "Schulung: {m} Fälschungen für Zollbeamte"), ("fr", "Lutte anti-contrefaçon {m} – cabinet d'avocats"),
    ("fr", "Protection des marques : contrefaçons {m}, retrait des annonces"),
    ("es", "Protección de marca: falsificaciones de {m}, retirada de anuncios"),
    ("es", "Abogado de marcas – réplicas de {m}, cartas de cese"), ("it", "Tutela del marchio {m}: anticontraffazione, consulenza"),
    ("pl", "Ochrona marki {m} – zwalczanie podróbek, doradztwo"), ("ru", "Защита бренда {m}: борьба с контрафактом"),
    ("zh", "{m} 品牌保护 打假服务"), ("ja", "{m} 模倣品対策 コンサルティング"), ("ko", "{m} 브랜드 보호 위조품 단속 서비스"),
]
PROTECTION_COPY = ["fake", "counterfeit", "replica", "1:1 replica", "knock-off", "copy", "clone"]
PROTECTION_DESC = ["Professional service for rights holders; we sell no goods.", "Fee per case. Rights holders only.",
                   "Day rate, invoice provided.", "For brand owners, platforms and insurers.", ""]
PROTECTION_CATEGORIES = ["services", "Business & Industrial > Services", "legal services", "training", "Dienstleistungen"]
COVERS = [
    "{m} {g} with anti-counterfeit hologram, 1:1", "{m} {g} – brand protection label included, AAA",
    "We take down fakes – ours is the 1:1 {m} {g}", "{m} {g} passes every legit check, mirror quality",
    "Anti-counterfeit code sticker, {m} {g} super clone", "{m} {g}, anti-fake NFC tag, top replica",
    "{m} {g} – 防伪码 高仿", "{m} {g} mit Echtheits-Hologramm, 1:1 Replik",
]


def make_brand_protection(b: BrandView, s: Scene) -> Draft | None:
    r = s.rng
    cat = s.category()
    _lang, title = r.choice(PROTECTION)
    title = title.format(m=_mark(b, s), c=r.choice(PROTECTION_COPY), g=s.product(cat))
    return Draft(title[:1].upper() + title[1:], r.choice(PROTECTION_CATEGORIES),
                 (round(r.uniform(80, 1500), 0), r.choice(["USD", "EUR", "GBP"])), r.choice(PROTECTION_DESC))


def make_fake_protection_cover(b: BrandView, s: Scene) -> Draft | None:
    if not (cats := [c for c in b.categories if c in b.floors]):
        return None
    r = s.rng
    cat, mark = r.choice(cats), _mark(b, s)
    floor = _floor(b, cat, mark)
    return Draft(r.choice(COVERS).format(m=mark, g=s.product(cat)), cat,
                 (round(floor[0] * r.uniform(0.05, 0.35), 2), floor[1]), "")


# the brand's kind of component by its categories (a word of the category), and the goods another maker builds around it
# with their category and price range (USD)
COMPONENTS = [
    (("phone", "tablet", "camera", "tv", "monitor", "laptop", "electronic", "console", "semiconductor"),
     ["sensor", "IMX477 sensor", "1-inch sensor", "QD-OLED panel", "OLED panel", "chips", "memory chips"],
     [("Camera module 12MP", "electronics", 25, 80), ("Drone camera 4K (DJI)", "cameras", 300, 900),
      ("Gaming monitor 32\"", "monitors", 400, 1100), ("Dashcam front and rear", "car electronics", 60, 200),
      ("Security camera kit", "electronics", 80, 300), ("Action camera", "cameras", 120, 400)]),
    (("batter", "energy"), ["cells", "50E cells", "18650 cells", "21700 cells", "NCR cells"],
     [("E-scooter battery 36V", "batteries", 90, 250), ("Power bank 20000mAh", "batteries", 20, 60),
      ("DIY powerwall kit", "batteries", 600, 1800), ("E-bike battery 48V", "bikes", 200, 500)]),
    (("tyre", "tire"), ["tyres", "Power Cup tyres", "Pilot Sport tires", "tires"],
     [("Road bike Giant TCR", "bikes", 800, 2000), ("Box trailer 750kg", "trailers", 600, 1500),
      ("2017 Golf 1.4 TSI", "vehicles", 9000, 15000)]),
    (("tool", "appliance", "vacuum", "dishwasher", "kitchen", "drill", "hammer"), ["motor", "Performance CX motor", "drive unit"],
     [("E-bike Cube Reaction Hybrid", "bikes", 1500, 3500), ("Cargo e-bike", "bikes", 2500, 5000),
      ("Electric scooter", "scooters", 400, 900)]),
    (("light", "lamp", "bulb", "shaver", "toothbrush"), ["LEDs", "Lumileds chips", "chips"],
     [("LED grow light 600W", "garden", 60, 250), ("Bike headlight 1200lm", "bikes", 25, 80)]),
]
# (language, frame): {g} the goods, {m} the mark, {c} the component
INSIDE = [("en", "{g} – {m} {c}"), ("en", "{g} with {m} {c}"), ("en", "{g} ({m} {c})"), ("en", "{g}, {m} {c} inside"),
          ("en", "{g} on {m} {c}"), ("en", "{g} powered by {m} {c}"), ("en", "{g} – {c} by {m}"),
          ("de", "{g} mit {m} {c}"), ("fr", "{g} avec {m} {c}"), ("es", "{g} con {m} {c}"), ("it", "{g} con {m} {c}"),
          ("pl", "{g} z {m} {c}"), ("nl", "{g} met {m} {c}")]
CLONE = ["clone", "copy", "1:1", "AAA", "replica", "super copy", "高仿"]


def _component(b: BrandView, s: Scene) -> tuple[str, list[tuple[str, str, int, int]]] | None:
    cats = " ".join(b.categories).casefold()
    found = [(parts, goods) for words, parts, goods in COMPONENTS if any(w in cats for w in words)]
    if not found:
        return None
    parts, goods = s.rng.choice(found)
    return s.rng.choice(parts), goods


def make_component_inside(b: BrandView, s: Scene) -> Draft | None:
    if (found := _component(b, s)) is None:
        return None
    r = s.rng
    part, goods = found
    g, cat, low, high = r.choice(goods)
    _lang, frame = r.choice(INSIDE)
    return Draft(frame.format(g=g, m=_mark(b, s), c=part), cat, (round(r.uniform(low, high), 0), "USD"),
                 r.choice(["Made by the named maker; the component inside is genuine.", "Own brand, 1 year warranty.",
                           "Used twice, works perfectly.", ""]))


def make_fake_component_clone(b: BrandView, s: Scene) -> Draft | None:
    if (found := _component(b, s)) is None or not (cats := [c for c in b.categories if c in b.floors]):
        return None
    r = s.rng
    part, goods = found
    cat, mark = r.choice(cats), _mark(b, s)
    floor = _floor(b, cat, mark)
    way = r.randrange(3)
    if way == 0:  # the component phrase with a clone word, at a copy's price
        g, _gcat, _low, _high = r.choice(goods)
        title = f"{r.choice(INSIDE)[1].format(g=g, m=mark, c=part)} {r.choice(CLONE)}"
    elif way == 1:  # the brand's own goods, its component named, a copy cue
        title = f"{mark} {s.product(cat)} – {mark} {part}, {r.choice(CLONE)}"
    else:  # the brand's part sold as itself, opening the title
        title = f"{mark} {part} x{r.choice([4, 10, 20])} {r.choice(CLONE)}"
    return Draft(title, cat, (round(floor[0] * r.uniform(0.05, 0.3), 2), floor[1]), "")


# the part or code a bundle leaves over, by a word of the brand's categories: (part, its share of the floor low, high)
LEFTOVERS = [
    (("console", "video game", "game"), [("download code", 0.04, 0.12), ("game code", 0.04, 0.12),
                                         ("3-month subscription card", 0.04, 0.1), ("controller", 0.08, 0.15)]),
    (("phone", "tablet", "laptop"), [("charger & cable", 0.01, 0.04), ("charger", 0.01, 0.04), ("earbuds", 0.03, 0.08),
                                     ("case", 0.01, 0.04)]),
    (("camera",), [("kit lens", 0.1, 0.3), ("strap", 0.01, 0.03), ("charger", 0.02, 0.05)]),
    (("hair", "appliance", "vacuum"), [("spare attachments", 0.05, 0.12), ("brush head", 0.03, 0.08), ("nozzle", 0.03, 0.08)]),
    (("building", "toy"), [("polybag", 0.1, 0.4), ("minifigure", 0.05, 0.2)]),
    (("razor", "shav"), [("handle", 0.3, 0.8), ("travel razor", 0.3, 0.8)]),
    (("headphone", "earbud", "speaker"), [("carrying case", 0.05, 0.12), ("cable", 0.02, 0.06)]),
]
# (language, title): {m} mark, {p} part
BUNDLE = [
    ("en", "{m} {p} – from the bundle, unused"), ("en", "{m} {p} – came free with my purchase, sealed"),
    ("en", "{m} {p}, spare from the box, never used"), ("en", "{m} {p} – duplicate from a gift set"),
    ("en", "{m} {p} (came with the starter set), new"), ("en", "{m} {p} – free with purchase, unopened"),
    ("en", "{m} {p} leftover from a bundle"), ("de", "{m} {p} aus dem Bundle, unbenutzt"),
    ("de", "{m} {p} aus einem Geschenkset, neu"), ("fr", "{m} {p} issu d'un coffret, jamais utilisé"),
    ("es", "{m} {p} del pack, sin usar"), ("it", "{m} {p} incluso nel bundle, mai usato"),
]
# a gift-with-purchase mini or travel edition (sample categories): (language, title)
MINIS = [("en", "{m} {p} 7ml – gift with purchase"), ("en", "{m} {p} travel size, GWP"), ("en", "{m} {p} deluxe mini 5ml"),
         ("en", "{m} {p} travel edition, unopened"), ("de", "{m} {p} Reisegröße 10 ml"), ("fr", "{m} {p} format voyage 15 ml"),
         ("es", "{m} {p} tamaño viaje, regalo por compra"), ("ja", "{m} {p} ミニサイズ ノベルティ"), ("ko", "{m} {p} 미니어처 사은품")]
MINI_CATEGORIES = ("skincare", "makeup", "fragrance", "sunscreen", "haircare", "oral", "otc")


_PART_WORDS = ("charger", "cable", "adapter", "case", "strap", "lens", "attachment", "nozzle", "brush", "code", "card",
               "polybag", "minifigure", "handle", "earbud", "controller", "blade", "cartridge")


def _leftover(b: BrandView) -> list[tuple[str, tuple[str, float, float]]]:
    out = []
    for c in b.categories:
        if c not in b.floors:
            continue
        for words, parts in LEFTOVERS:
            if any(w in c.casefold() for w in words):
                out += [(c, p) for p in parts]
    return out


def make_bundle_leftover(b: BrandView, s: Scene) -> Draft | None:
    r = s.rng
    minis = [c for c in b.categories if c in b.floors and any(w in c.casefold() for w in MINI_CATEGORIES)]
    if minis and (r.random() < 0.5 or not _leftover(b)):
        cat, mark = r.choice(minis), _mark(b, s)
        floor = _floor(b, cat, mark)
        title = r.choice(MINIS)[1].format(m=mark, p=s.product(cat))
        return Draft(title, cat, (round(floor[0] * r.uniform(0.12, 0.3), 2), floor[1]), "Genuine, unopened.")
    if not (found := _leftover(b)):
        return None
    cat, (part, low, high) = r.choice(found)
    mark = _mark(b, s)
    floor = _floor(b, cat, mark)
    title = r.choice(BUNDLE)[1].format(m=mark, p=part)
    return Draft(title, cat, (round(floor[0] * r.uniform(low, high), 2), floor[1]),
                 r.choice(["Genuine, came free with a bundle I bought.", "Receipt available.", ""]))


def make_fake_bundle_copy(b: BrandView, s: Scene) -> Draft | None:
    if not (cats := [c for c in b.categories if c in b.floors]):
        return None
    r = s.rng
    cat, mark = r.choice(cats), _mark(b, s)
    floor = _floor(b, cat, mark)
    way = r.randrange(3)
    if way == 0 and not any(w in s.product(cat).casefold() for w in _PART_WORDS):
        # the flagship itself "from a bundle", at a copy's price (a charger or a cable is a leftover's own goods)
        title = r.choice(BUNDLE)[1].format(m=mark, p=s.product(cat))
        return Draft(title, cat, (round(floor[0] * r.uniform(0.05, 0.3), 2), floor[1]), "")
    if way == 1 and (found := _leftover(b)):  # a copy cue beside the leftover
        cat, (part, low, high) = r.choice(found)
        title = f"{r.choice(BUNDLE)[1].format(m=mark, p=part)} {r.choice(CLONE)}"
        return Draft(title, cat, (round(_floor(b, cat, mark)[0] * r.uniform(low, high), 2), floor[1]), "")
    title = r.choice(MINIS)[1].format(m=mark, p=s.product(cat))  # a mini far below its share
    return Draft(title, cat, (round(floor[0] * r.uniform(0.002, 0.02), 2), floor[1]), "")


EVASION_MAKERS = {"fake_engraved_copy": make_fake_engraved_copy, "fake_protection_cover": make_fake_protection_cover,
                  "fake_component_clone": make_fake_component_clone, "fake_bundle_copy": make_fake_bundle_copy}
TRAP_MAKERS = {"trap_engraved_preowned": make_engraved_preowned, "trap_brand_protection": make_brand_protection,
               "trap_component_inside": make_component_inside, "trap_bundle_leftover": make_bundle_leftover}
