"""The adversary's classes of parts of a car or a device judged as parts (parts55, issue 9): a carmaker's or a device
maker's part (an airbag module, brake pads or discs, a caliper, a timing kit, spark plugs, a filter, a starter, a
display, a camera module, a shutter unit, an ear cup, a mainboard, a shaver head, a vacuum's cleaner head, a drill's
chuck, a dishwasher's pump, ink and toner) sold under the maker's name and a part number, and its honest twins.

- The maker's part called genuine / OEM / original (10 languages) with a parts number, from a factory seller (its words:
  "factory direct, logo box", "made in China", 工厂直销, Ab Werk, завод; or a seller in China or Hong Kong), at 8-35 % of
  the least the maker's own part of that kind costs new: must alert (evasion). The floor of the whole car or device says nothing here (a carmaker's "auto parts" floor is
  an oil filter's: a copied airbag at a fifth of an airbag's price is far above it).
- The maker's genuine part pulled from a working car or device, said so ("used pull", "pulled from a working unit",
  "removed from a 2019 ...", "ausgebaut", "desmontado", "с разборки", 取り外し), at 45-100 % of the new part's least
  price: quiet (trap), however far below the device's floor.
- A repair shop's genuine part: new (a service pack, the maker's part with its invoice) at 100-220 % of the least price,
  or used and tested at 50-100 %: quiet (trap).
- A remanufactured genuine part sold with a core charge (a deposit refunded on the old part's return), at 45-100 % of
  the new part's least price: quiet (trap). Car parts only: devices are refurbished whole, not against a core.
- An aftermarket part of the seller's own brand that says what it fits ("fits", "for", "compatible with", "passend
  für", "para", "pour", "kompatybilny z", "подходит для"), not the maker's, at 12-50 %; or a known parts maker's part
  (Brembo, ATE, NGK, Denso ...) named beside the car, no "fits", at 30-90 % (parts of 20 EUR or more): quiet (trap).

Prices: the least the maker's own part of each kind costs new, EUR (services/matcher/core/context/part_prices.py's
COMPONENTS, kept in step by hand below: PART_EUR). Written from general knowledge of how parts counters, breakers,
repair shops, remanufacturers and factory sellers word such listings (eBay Motors, Kleinanzeigen, Allegro, Avito,
Mercado Libre, AliExpress, Alibaba, Yahoo! Auctions); no held-out listing's string (after outsider43's
c_fake_airbag_brake43 and in_pulled_genuine_parts43, seen sets).
"""

from __future__ import annotations

import re

from tests.eval.adversary.generate import BrandView, Draft, Scene

EVASIONS = {
    "part_genuine_copy55": "a carmaker's or device maker's part (airbag, brakes, filters, plugs, display, camera "
                           "module, shutter, ink ...) called genuine / OEM / original with a parts number, from a "
                           "factory seller, at 8-35 % of what the maker's own part of that kind costs",
}
TRAPS = {
    "trap_part_pulled55": "the maker's genuine part pulled from a working car or device, said so (8 languages), at "
                          "45-100 % of what the new part costs",
    "trap_part_repair_shop55": "a repair shop's genuine part, new at 100-220 % or used and tested at 50-100 % of what "
                               "the new part costs",
    "trap_part_reman_core55": "a remanufactured genuine car part sold with a core charge, at 45-100 % of the new "
                              "part's price",
    "trap_part_aftermarket_fits55": "an aftermarket part of the seller's own brand that says what car or device it "
                                    "fits at 12-50 %, or a known parts maker's part beside the car at 30-90 % of the "
                                    "maker's part",
}
# one listing a brand and class (suite time)
FEW = dict.fromkeys((*TRAPS, *EVASIONS), 1)

# the least the maker's own part of a kind costs new, EUR a unit (part_prices.COMPONENTS)
PART_EUR = {"airbag": 150.0, "brake pads": 25.0, "brake discs": 30.0, "caliper": 60.0, "oil filter": 5.0,
            "air filter": 8.0, "spark plugs": 5.0, "ignition coil": 25.0, "wheel bearing": 30.0, "timing kit": 60.0,
            "water pump": 40.0, "shock absorber": 45.0, "alternator": 80.0, "starter": 70.0, "steering rack": 150.0,
            "turbo": 250.0, "injector": 50.0, "headlight": 100.0, "display": 40.0, "camera module": 20.0,
            "shutter": 60.0, "ear cup": 30.0, "mainboard": 60.0, "cleaner head": 35.0, "motor": 45.0,
            "shaver head": 15.0, "chuck": 10.0, "pump": 30.0, "control board": 40.0, "ink": 10.0, "toner": 30.0,
            "printhead": 25.0}
# kind -> the nouns shops write (English and other languages) and the brand categories the part is of
CAR = ("auto parts",)
KINDS: dict[str, tuple[tuple[str, ...], list[str]]] = {
    "airbag": (CAR, ["steering wheel airbag", "driver airbag module", "passenger airbag", "airbag module",
                     "Lenkradairbag", "módulo de airbag", "module airbag", "подушка безопасности", "エアバッグ"]),
    "brake pads": (CAR, ["front brake pads", "rear brake pad set", "Bremsbeläge vorne", "pastillas de freno",
                         "plaquettes de frein", "klocki hamulcowe", "тормозные колодки", "ブレーキパッド"]),
    "brake discs": (CAR, ["front brake discs", "brake rotors", "Bremsscheiben", "discos de freno", "disques de frein",
                          "tarcze hamulcowe"]),
    "caliper": (CAR, ["brake caliper", "front brake caliper", "Bremssattel", "pinza de freno"]),
    "oil filter": (CAR, ["oil filter", "Ölfilter", "filtro de aceite", "filtre à huile", "масляный фильтр"]),
    "air filter": (CAR, ["air filter", "cabin filter", "Luftfilter", "filtro de aire"]),
    "spark plugs": (CAR, ["spark plug", "Zündkerze", "bujía", "свеча зажигания"]),
    "ignition coil": (CAR, ["ignition coil", "Zündspule", "bobina de encendido"]),
    "wheel bearing": (CAR, ["front wheel bearing", "wheel hub", "Radlager", "ступичный подшипник"]),
    "timing kit": (CAR, ["timing chain kit", "timing belt kit", "Zahnriemensatz", "kit de distribución"]),
    "water pump": (CAR, ["water pump", "Wasserpumpe", "bomba de agua", "pompe à eau"]),
    "shock absorber": (CAR, ["front shock absorber", "Stoßdämpfer", "amortiguador", "amortisseur"]),
    "alternator": (CAR, ["alternator", "Lichtmaschine", "alternador"]),
    "starter": (CAR, ["starter motor", "Anlasser", "motor de arranque"]),
    "steering rack": (CAR, ["steering rack", "power steering rack", "Lenkgetriebe"]),
    "turbo": (CAR, ["turbocharger", "Turbolader", "turbocompresor"]),
    "injector": (CAR, ["fuel injector", "Einspritzdüse", "inyector"]),
    "headlight": (CAR, ["LED headlight", "headlight", "Scheinwerfer", "faro delantero"]),
    "display": (("phones", "tablets", "laptops", "consoles"), [
        "OLED display", "AMOLED display assembly", "LCD screen", "display assembly", "screen assembly",
        "Display-Einheit", "pantalla", "écran", "wyświetlacz", "дисплей"]),
    "camera module": (("phones", "tablets", "cameras"), ["rear camera module", "main camera module", "camera module",
                                                        "Kameramodul", "modulo de cámara", "модуль камеры"]),
    "shutter": (("cameras",), ["shutter unit", "shutter assembly", "Verschlusseinheit", "シャッターユニット"]),
    "ear cup": (("headphones",), ["ear cup assembly", "left ear cup", "earcup assembly"]),
    "mainboard": (("phones", "tablets", "laptops", "consoles"), ["motherboard", "logic board", "mainboard",
                                                                 "placa base", "материнская плата"]),
    "cleaner head": (("vacuum cleaners",), ["cleaner head", "motorbar cleaner head", "fluffy head", "Elektrobürste"]),
    "motor": (("vacuum cleaners", "power tools"), ["motor unit", "digital motor", "armature", "Motoreinheit"]),
    "shaver head": (("shavers",), ["shaving head", "shaver head", "foil and cutter", "Scherkopf", "cabezal de afeitado"]),
    "chuck": (("power tools",), ["keyless chuck", "drill chuck", "Bohrfutter"]),
    "pump": (("dishwashers",), ["drain pump", "circulation pump", "Ablaufpumpe", "pompe de vidange"]),
    "control board": (("dishwashers",), ["control module", "control board", "Steuermodul"]),
    "ink": (("printers",), ["ink cartridge", "ink cartridges", "Tintenpatrone", "cartucho de tinta"]),
    "toner": (("printers",), ["toner cartridge", "Tonerkartusche"]),
    "printhead": (("printers",), ["printhead", "print head", "Druckkopf"]),
}
# what the part is of, per brand (its lines and models as shops write them beside a part); other brands: none
FITS_ON: dict[str, list[str] | dict[str, list[str]]] = {
    "bmw": ["3 Series F30", "X5 G05", "5 Series G30", "E90 320d", "X3 F25", "1 Series F20"],
    "toyota": ["Corolla E210", "Hilux", "RAV4 XA50", "Yaris", "Camry XV70", "Land Cruiser 200"],
    "honda": ["Civic FK7", "CR-V", "Accord", "Jazz", "HR-V", "Civic 2016-2021"],
    # brands of several kinds of goods: what each category's parts are of
    "samsung": {"phones": ["Galaxy S24", "Galaxy S23 Ultra", "Galaxy A54", "Galaxy Z Flip5"],
                "tablets": ["Galaxy Tab S9", "Galaxy Tab A8"]},
    "apple": {"phones": ["iPhone 15 Pro", "iPhone 14", "iPhone 13 mini"], "laptops": ["MacBook Air M2"],
              "tablets": ["iPad Air 5", "iPad 10"]},
    "sony": {"cameras": ["Alpha 7 IV", "ZV-E10", "Alpha 6400"], "headphones": ["WH-1000XM4", "WH-1000XM5"],
             "consoles": ["PS5", "PS4 Pro"]},
    "canon": {"cameras": ["EOS R6", "EOS 90D", "EOS R8"], "printers": ["PIXMA TS5150", "PIXMA MG3650"]},
    "bose": ["QC45", "QC35 II", "NCH700"],
    "nintendo": ["Switch OLED", "Switch Lite", "Switch"],
    "microsoft": ["Xbox Series X", "Xbox One S"],
    "dyson": ["V11", "V15 Detect", "V8 Absolute", "V10"],
    "philips": ["Series 7000", "Series 9000", "Shaver 5000"],
    "panasonic": ["Arc5", "ES-LV9Q", "Arc6"],
    "bosch": {"power tools": ["GSR 18V-55", "GSB 18V-21"], "dishwashers": ["SMS6ZCI49E", "Serie 4"]},
}
# a maker's parts number as its catalogue writes them (shape only; digits drawn)
NUMBERS = {"bmw": "{d2}{d2}{d2}{d3}{d3}", "toyota": "{d3}{d2}-{d3}{d2}", "honda": "{d3}{d2}-T{L}{L}-A{d2}",
           "samsung": "GH82-{d3}{d2}A", "apple": "661-{d3}{d2}", "sony": "A-{d3}{d1}-{d3}-A", "canon": "CY3-{d3}{d1}",
           "bose": "{d3}{d3}-{d2}", "nintendo": "HAC-{d3}", "microsoft": "M{d3}{d1}", "dyson": "{d3}{d3}-{d2}",
           "philips": "CP{d3}{d1}/01", "panasonic": "WES{d3}{d1}", "bosch": "1 600 A0{d2} {d3}"}
CLAIMS = ["genuine", "OEM", "original", "OEM genuine", "100% original", "Original", "originale", "d'origine",
          "oryginalny", "оригинал", "orijinal", "純正", "原厂"]
# a shop's plain claim (no "OEM": the trade's word for unbranded factory goods too, a copy cue; spare_parts39.SHOP_CLAIMS)
SHOP_CLAIMS = ["genuine", "original", "Original", "originale", "oryginalny", "orijinal", "d'origine"]
NEW = ["new in box", "new", "NEU", "nuevo", "neuf", "novo", "новый", ""]
# a factory seller's words; or none, the seller in China (FACTORY_QUIET)
FACTORY = ["Factory direct, {m} logo box and label.", "Direct from our factory: {m} box, barcode sticker, logo on "
           "the part.", "工厂直销 原厂包装 {m} logo", "Fábrica propia, caja {m} con etiqueta.", "Ab Werk, {m}-Karton "
           "mit Etikett.", "Producent, opakowanie {m}.", "Завод-производитель, коробка {m}.", "Made in China, same "
           "as the dealer's part, {m} sticker.", "厂家直供 {m}原厂品质"]
FACTORY_QUIET = ["Ships in 24 h.", "In stock, fast shipping.", "Envío inmediato.", ""]
PULLED = ["used pull", "genuine pull, used", "pulled from a working unit", "removed from a running {f}",
          "taken off my {f}", "from a breaker, tested", "ausgebaut aus {f}, gebraucht", "desmontado de {f}, usado",
          "с разборки, б/у", "取り外し品 中古", "z demontażu, używany", "çıkma, kullanılmış"]
PULLED_DESC = ["Tested before removal, light marks of use.", "Pulled from a working device, fully functional.",
               "Gebraucht, funktioniert einwandfrei.", "Usado, probado y funcionando.", "Б/у, проверено.",
               "動作確認済みの中古品です。", ""]
SHOPS = ["PhoneDoc Repairs", "Kfz-Werkstatt Meyer", "Taller Mecánico López", "iFix Centre", "Garage Dubois",
         "Serwis Nowak", "Camera Clinic Osaka", "Auto Service Yılmaz"]
SHOP_NEW = ["{s}: genuine {m} part (service pack), new, invoice and warranty.", "Sold by {s}, an independent repair "
            "shop: {m} original part ordered from the maker's parts network, new, fitted on request.",
            "Werkstatt {s}: {m} Originalteil, neu, mit Rechnung.", "{s}: repuesto original {m}, nuevo, con factura."]
SHOP_USED = ["{s}: genuine {m} part, used, tested in our workshop, 90-day warranty.", "{s}: {m} original part from a "
             "trade-in, used and tested.", "Werkstatt {s}: {m} Originalteil, gebraucht, geprüft.",
             "{s}: pieza original {m}, usada, probada en taller."]
REMAN = ["remanufactured", "reman", "factory remanufactured", "exchange unit (remanufactured)", "Austauschteil"]
CORE = ["+ core charge", "core charge applies", "plus core deposit", "core deposit refunded on return",
        "zzgl. Altteilpfand", "core charge refundable"]
REMAN_DESC = ["Genuine {m} remanufactured; the core charge is refunded when the old part comes back.",
              "{m} factory reman exchange part. Core deposit extra, refunded on return of your old unit.",
              "Original {m} Austauschteil, Altteilpfand wird bei Rückgabe erstattet.", ""]
# the independent car parts makers, whose name on a part says whose part it is (2024 supplier rankings)
PARTS_MAKERS = ["Brembo", "ATE", "TRW", "Textar", "NGK", "Denso", "Mann-Filter", "Mahle", "Hella", "Valeo", "SKF",
                "Gates", "Febi Bilstein", "Meyle", "Sachs", "Bilstein", "Monroe", "KYB", "Akebono", "EBC", "Aisin",
                "Champion", "Delphi", "Dayco", "Zimmermann", "Pagid"]
# invented makers' names (no registry mark near them)
AFTERMARKET = ["Quorvel", "Dravenko", "Tembrix", "Korvalt", "Zentrova", "Plexmor", "Vandrix", "Halverk"]
FITS = ["{p} fits {m} {f}", "{p} for {m} {f}", "{p} compatible with {m} {f}", "{p} passend für {m} {f}",
        "{p} para {m} {f}", "{p} pour {m} {f}", "{p} kompatybilny z {m} {f}", "{p} подходит для {m} {f}"]
FITS_DESC = ["Aftermarket part made by {a}, not a {m} original part.", "{a} replacement, not made by {m}.",
             "Ersatzteil von {a} (Fremdhersteller), kein Originalteil von {m}.", "Repuesto {a}, no es original de {m}.", ""]
CURRENCY = [("EUR", 1.0), ("USD", 1.08), ("GBP", 0.85)]


def _part(b: BrandView, s: Scene, kinds: set[str] | None = None):
    """(category, kind, noun, what it fits) of one of the brand's parts, else None when the brand sells no goods
    with parts here."""
    r = s.rng
    options = [(c, k) for k, (cats, _) in KINDS.items() if kinds is None or k in kinds
               for c in b.categories if c in cats]
    if not options or b.id not in FITS_ON:
        return None
    cat, kind = r.choice(options)
    on = FITS_ON[b.id]
    on = on.get(cat) or next(iter(on.values())) if isinstance(on, dict) else on
    return cat, kind, r.choice(KINDS[kind][1]), r.choice(on)


def _number(b: BrandView, s: Scene) -> str:
    r = s.rng
    draw = {"d1": lambda: str(r.randrange(10)), "d2": lambda: f"{r.randrange(100):02d}",
            "d3": lambda: f"{r.randrange(1000):03d}", "L": lambda: r.choice("ABCDEFGHJKLMNRSTVX")}
    return re.sub(r"\{(\w+)\}", lambda m: draw[m.group(1)](), NUMBERS[b.id])


def _draft(title: str, cat: str, eur: float, desc: str, s: Scene) -> Draft:
    cur, rate = s.rng.choice(CURRENCY)
    return Draft(" ".join(title.split()), cat, (round(eur * rate, 2), cur), " ".join(desc.split()))


def make_genuine_copy(b: BrandView, s: Scene) -> Draft | None:
    if (p := _part(b, s)) is None:
        return None
    cat, kind, noun, on = p
    r = s.rng
    m, claim, no = b.name, r.choice(CLAIMS), _number(b, s)
    title = r.choice(["{c} {m} {p} {f} {n} {no}", "{m} {no} {p} {f} {c} logo", "{m} {p} {c} {no}", "{c} {m} {no} {p}",
                      "{p} {m} {f} {c} {no} {n}"]).format(c=claim, m=m, p=noun, f=on, n=r.choice(NEW), no=no)
    quiet = r.random() < 0.35
    draft = _draft(title, cat, PART_EUR[kind] * r.uniform(0.08, 0.35),
                   r.choice(FACTORY_QUIET if quiet else FACTORY).format(m=m), s)
    if quiet:  # a factory seller by its origin alone
        draft.seller_country = r.choice(["CN", "HK"])
    return draft


# parts resold pulled from a working unit (not consumables worn by use: pads, discs, filters, plugs, shaver heads, ink)
PULLABLE = {"airbag", "headlight", "alternator", "starter", "steering rack", "turbo", "injector", "ignition coil",
            "display", "camera module", "shutter", "ear cup", "mainboard", "cleaner head", "motor", "pump",
            "control board", "printhead"}


def make_pulled(b: BrandView, s: Scene) -> Draft | None:
    if (p := _part(b, s, PULLABLE)) is None:
        return None
    cat, kind, noun, on = p
    r = s.rng
    pulled = r.choice(PULLED).format(f=on)
    title = r.choice(["{m} {f} {p} {c} – {u}", "{m} {p} {f} ({u})", "{u}: {m} {f} {p} {no}", "{m} {no} {p} {u}"]).format(
        m=b.name, f=on, p=noun, c=r.choice(SHOP_CLAIMS), u=pulled, no=_number(b, s))
    return _draft(title, cat, PART_EUR[kind] * r.uniform(0.45, 1.0), r.choice(PULLED_DESC), s)


def make_repair_shop(b: BrandView, s: Scene) -> Draft | None:
    if (p := _part(b, s)) is None:
        return None
    cat, kind, noun, on = p
    r = s.rng
    shop = r.choice(SHOPS)
    used = kind in PULLABLE and r.random() < 0.5
    title = r.choice(["{m} {f} {p} genuine {no}", "Genuine {m} {p} {no} for {f} – {sh}", "{m} original {p} {f}"]).format(
        m=b.name, f=on, p=noun, no=_number(b, s), sh=shop) + (" – used, tested" if used else "")
    desc = r.choice(SHOP_USED if used else SHOP_NEW).format(s=shop, m=b.name)
    return _draft(title, cat, PART_EUR[kind] * (r.uniform(0.5, 1.0) if used else r.uniform(1.0, 2.2)), desc, s)


# car parts a remanufacturer takes back as a core
REMANNED = {"caliper", "alternator", "starter", "steering rack", "turbo", "injector", "water pump"}


def make_reman_core(b: BrandView, s: Scene) -> Draft | None:
    if (p := _part(b, s, REMANNED)) is None:
        return None
    cat, kind, noun, on = p
    r = s.rng
    title = r.choice(["{m} {r} {p} {no} {c}", "Genuine {m} {r} {p} {f}, {c}", "{m} {p} {f} {r} – {c}"]).format(
        m=b.name, r=r.choice(REMAN), p=noun, no=_number(b, s), c=r.choice(CORE), f=on)
    return _draft(title, cat, PART_EUR[kind] * r.uniform(0.45, 1.0), r.choice(REMAN_DESC).format(m=b.name), s)


def make_aftermarket_fits(b: BrandView, s: Scene) -> Draft | None:
    if (p := _part(b, s)) is None:
        return None
    cat, kind, noun, on = p
    r = s.rng
    maker = r.choice(AFTERMARKET)
    noun = r.choice(KINDS[kind][1][:3])  # the fits phrases' languages name the part in English or their own
    title = r.choice(FITS).format(p=f"{maker} {noun}", m=b.name, f=on)
    share = r.uniform(0.12, 0.5)
    if cat in CAR and PART_EUR[kind] >= 20 and r.random() < 0.5:
        # a known parts maker's own part named beside the car it is for, no "fits", at an aftermarket price (not the
        # cents of a plug or a filter: under the carmaker's category floor a plain mark is judged as before)
        maker = r.choice(PARTS_MAKERS)
        title = r.choice(["{a} {p} {m} {f}", "{p} {a} {m} {f} {no}", "{m} {f} {p} {a}"]).format(
            a=maker, p=noun, m=b.name, f=on, no=f"{r.randrange(10**5, 10**6)}")
        share = r.uniform(0.3, 0.9)
    return _draft(title, cat, PART_EUR[kind] * share, r.choice(FITS_DESC).format(a=maker, m=b.name), s)


EVASION_MAKERS = {"part_genuine_copy55": make_genuine_copy}
TRAP_MAKERS = {"trap_part_pulled55": make_pulled, "trap_part_repair_shop55": make_repair_shop,
               "trap_part_reman_core55": make_reman_core, "trap_part_aftermarket_fits55": make_aftermarket_fits}
