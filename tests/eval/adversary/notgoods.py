"""The adversary's "not the brand's goods" classes (issue 9, precision; notgoods, session 18): honest listings whose
object is something other than the brand's goods, which name the brand because the thing sold carries, depicts or is
named after it, and which must stay quiet, each with the copies that borrow their words, which must still alert.

- a whole vehicle titled as car boards title it when the seller writes no odometer and no papers in the title: its
  model year beside its body, drive, cab, engine size or power, fuel or gearbox ("2017 {make} {model} 4x4 dual cab",
  "{make} {model} 1.6 TDI 2015", "{make} {model} 2020 hybride AWD", "{make} {model} 125cc 2021"), or a bare title with
  the odometer or the papers in the description ("Bezwypadkowy.", "走行8000km。", "Logbooks, towbar."), no category,
  at a vehicle's price; its siblings: a part of the brand with the same year and words, at a part's price, with a copy
  claim or filed among the brand's parts at a copy's price;
- an artwork that depicts the brand's goods or logo (an oil painting, a watercolour, a giclée or art print, a
  lithograph, a photograph printed as art, a sculpture, a still life, a pop art canvas) in 15 languages and scripts
  (Ölgemälde, cuadro decorativo, obraz olejny, akvarell, 油画, 유화, картина); its siblings: the art word on the goods
  themselves (an "art print T-shirt", "hand painted sneakers", a "watercolour phone case") at a copy's price or with a
  copy claim, and an artwork's words beside a copy claim;
- admission, a place or a table named after the brand or held at its venue: tickets in the Nordic, Czech, Hungarian
  and Portuguese words, a race's start place sold on (bib, dossard, Startplatz, dorsal, pettorale), a clinic, camp or
  coaching day, a day or VIP pass, a dinner at a starred restaurant; its siblings: the brand's goods sold with the
  event's words and a copy claim;
- a dish made with the brand's food titled as bakers in Dutch, German, Polish and the Philippines title it (zelfgemaakte,
  selbstgemachte, pączki, ensaymada, bomboloni, a ham glazed with a cola), and a locksmith's copy of a car brand's key.

Written from first principles: the parts of a car advert (make, model, year, body, engine, fuel, gearbox, mileage,
papers), how artists and print shops name a medium, how race organisers, ticket resellers and restaurants sell
admission; no held-out listing was read for the variants (outsider16's report named the classes).
"""

from __future__ import annotations

from tests.eval.adversary.generate import BrandView, Draft, Scene, _cap, _plain_mark

TRAPS = {
    "trap_vehicle_spec": "a whole vehicle titled by model year with its body, drive, engine, fuel or gearbox, or with "
                         "its odometer or papers in the description, no category, at a vehicle's price",
    "trap_artwork_of_goods": "an artwork depicting the brand's goods or logo (painting, watercolour, giclée, lithograph, "
                             "art photo, sculpture, still life) in 15 languages and scripts",
    "trap_admission_named": "admission, a place or a table named after the brand: tickets in more languages, a race "
                            "bib sold on, a clinic or camp, a day pass, a dinner at a starred restaurant",
    "trap_dish_titled_homemade": "a dish made with the brand's food titled homemade in Dutch, German, Polish, or as "
                                 "filled breads, glazed hams and doughnuts are titled",
    "trap_key_locksmith": "a locksmith's copy or programming of a car or motorbike brand's key, in 10 languages",
}
EVASIONS = {
    "fake_vehicle_spec_copy": "a part of the brand with a model year and a vehicle's words (4x4, TDI, sedan, 125cc) "
                              "beside a copy claim, or at a copy's price filed among its parts",
    "fake_artwork_on_goods": "an art word on the brand's goods themselves (art print T-shirt, hand painted sneakers, "
                             "watercolour phone case) with a copy claim or at a copy's price, or an artwork's words "
                             "beside a copy claim",
    "fake_admission_words_copy": "the brand's goods beside an event's words (tickets, race bib, clinic, day pass) with a "
                                 "copy claim",
}

COPY = ["1:1", "replica", "super copy", "high copy", "AAA quality", "1:1 copy", "mirror quality", "高仿", "réplica AAA",
        "Kopie 1:1", "mirror 1:1"]
VEHICLE_CATEGORIES = {"auto parts", "motorcycles", "motorcycle parts"}
FOOD = {"chocolate", "confectionery", "spreads", "coffee", "soft drinks", "dairy"}

# ------------------------------------------------------------------ whole vehicles by their spec

# model names a seller writes after the make: the brand's own marks when it has several, else a generic model word
MODELS = ["{line}", "{line} {trim}", "{line}"]
TRIMS = ["SE", "EX", "LX", "GT", "Sport", "Limited", "GXL", "SR5", "Touring", "M Sport", "S line", "Premium"]
CAR_SPEC = [
    "{y} {m} {v} 4x4 dual cab", "{m} {v} {y} double cab 4WD", "{m} {v} 2.0 TDI {y}", "{m} {v} 1.6 diesel {y} hatchback",
    "{y} {m} {v} sedan, automatic", "{m} {v} {y} saloon", "{m} {v} {y} 5 door hatchback", "{m} {v} xDrive20d {y}",
    "{m} {v} {y} AWD hybrid", "{y} {m} {v} 150 PS", "{m} {v} {y} station wagon", "{m} {v} {y} cabriolet",
    "{m} {v} {y} 4 puertas automático", "{m} {v} {y} 5 portes, essence", "{m} {v} {y} benzyna 5 drzwiowy",
    "{m} {v} {y} Automatik, Benzin", "{m} {v} {y} ibrida automatica", "{m} {v} {y} 4x2 manual", "{y} {m} {v} 2.4 crew cab",
    "{m} {v} {y} hybride AWD", "{m} {v} {y}年式 ハイブリッド", "{m} {v} {y} 柴油 自动挡", "{m} {v} {y} 디젤 세단",
    "{m} {v} {y} SUV 7 seats", "{m} {v} {y} minivan 7 seater", "{m} {v} 125cc {y}", "{m} {v} {y} 600cc",
]
BARE = ["{m} {v} {y}", "{y} {m} {v}", "{m} {v} {trim} {y}"]
DESC_PAPERS = [
    "Bezwypadkowy, serwisowany w ASO.", "Logbooks, towbar, rego till June.", "One owner, full service history.",
    "Scheckheftgepflegt, unfallfrei.", "Factura original, tenencias pagadas.", "Première main, CT ok.",
    "Unico proprietario, tagliandata.", "Único dono, IPVA pago.", "98 tys. km, salon Polska.", "走行3.2万km、車検2年付き。",
    "주행 5만km, 무사고.", "пробег 80 тыс. км, один владелец.", "ممشى 120 ألف، فل كامل.", "Mileage 64,000, clean title.",
    "Foreign used, accident free.", "Kilometerstand 120.000, TÜV neu.", "Diesel, accident free, 4x4.",
]
# the models a car board lists under each maker of whole vehicles of the demo registry (the makers' own model names,
# some registered as marks, some not)
MODELS_OF = {
    "bmw": ["320d", "118i", "X5 xDrive30d", "i3", "530e", "R 1250 GS", "F 900 R", "Serie 3", "X1 sDrive18i"],
    "honda": ["Civic", "CR-V", "Jazz", "Accord", "CBR600RR", "PCX 125", "Gold Wing", "CB500F", "HR-V", "Fit"],
    "toyota": ["Corolla", "Hilux", "Land Cruiser Prado", "Yaris", "RAV4", "Camry", "Prius", "Auris", "Aygo"],
}


def _vehicle_words(b: BrandView, s: Scene) -> tuple[str, str] | None:
    """The make as a seller writes it (the brand's name, now and then a plain mark) and one of its models."""
    if b.id not in MODELS_OF:
        return None
    r = s.rng
    make = b.name if r.random() < 0.6 else _plain_mark(b, s)
    return make, r.choice(MODELS_OF[b.id])


def make_vehicle_spec(b: BrandView, s: Scene) -> Draft | None:
    if (words := _vehicle_words(b, s)) is None:
        return None
    r = s.rng
    make, model = words
    year = r.randrange(2004, 2025)
    if r.random() < 0.6:
        title, desc = r.choice(CAR_SPEC).format(y=year, m=make, v=model), r.choice(["", "Test drive welcome.", "Papers in order."])
    else:
        title = r.choice(BARE).format(y=year, m=make, v=model, trim=r.choice(TRIMS))
        desc = r.choice(DESC_PAPERS)
    return Draft(title, None, (float(r.randrange(4000, 60000)), r.choice(["USD", "EUR", "GBP", "AUD"])), desc)


def make_vehicle_spec_copy(b: BrandView, s: Scene) -> Draft | None:
    if (words := _vehicle_words(b, s)) is None:
        return None
    r = s.rng
    cat = r.choice([c for c in b.categories if c in VEHICLE_CATEGORIES and c in b.floors]
                   or [c for c in b.categories if c in VEHICLE_CATEGORIES])
    make, model = words
    spec = r.choice(["4x4", "2.0 TDI", "sedan", "125cc", "xDrive", "dual cab", "hybrid", "diesel", "AWD"])
    title = r.choice(["{m} {v} {y} {sp} {p} {c}", "{y} {m} {v} {sp} {p}, {c}", "{m} {p} {v} {y} {sp} {c}"]).format(
        m=make, v=model, y=r.randrange(2004, 2025), sp=spec, p=s.product(cat), c=r.choice(COPY))
    return Draft(title, cat, s.price(cat, low=r.random() < 0.5), r.choice(["", "Fast shipping.", "Fits perfectly."]))


# ------------------------------------------------------------------ artworks that depict the goods

ART = [
    "Original oil painting – {m} {p} still life, 40x50", "Watercolour of a {m} {p}, A4 original, signed",
    "Giclée print – {m} {p}, limited edition {n}/50", "Fine art photo print – vintage {m} {p}, A3",
    "{m} {p} art print, A2, signed by the artist", "Lithograph – {m} {p}, numbered {n}/100",
    "Pop art painting of a {m} {p}, acrylic on canvas 60x60", "Still life with {m} {p}, oil on canvas",
    "Canvas print: {m} {p} macro, 60x90 cm, ready to hang", "Screen print – {m} {p}, 3 colours, edition of 30",
    "Bronze sculpture of a {m} {p}, artist made", "Framed print of a {m} {p} sketch, 30x40",
    "Ölgemälde {m} {p} auf Leinwand, 50x70, Unikat", "Aquarell {m} {p}, signiert", "Kunstdruck {m} {p}, A3",
    "Tableau peint {m} {p}, huile sur toile", "Aquarelle originale – {m} {p}", "Photographie d'art: {m} {p}, tirage 30x40",
    "Cuadro decorativo {m} {p}, lienzo 60x80", "Acuarela original {m} {p}", "Cuadro pop art {m} {p}, pintado a mano",
    "Quadro decorativo {m} {p} retrô, impressão em canvas", "Acquerello originale '{m} {p}', opera unica",
    "Dipinto a olio {m} {p}, 50x70", "Obraz olejny '{m} {p}' – martwa natura", "Akwarela {m} {p}, oryginał",
    "Akvarell {m} {p}, inramad", "Schilderij {m} {p}, olieverf op doek", "Kunstdruk {m} {p}, gesigneerd",
    "Картина маслом {m} {p}, холст 40x50", "油画 {m} {p} 静物 原创 60x90cm", "{m} {p} 装饰画 客厅挂画",
    "유화 {m} {p} 정물화 원작", "{m} {p} 絵画 油絵 一点物", "Yağlı boya tablo {m} {p}, 50x70",
]


def make_artwork_of_goods(b: BrandView, s: Scene) -> Draft:
    r = s.rng
    cat = s.category()
    title = r.choice(ART).format(m=_plain_mark(b, s), p=s.product(cat), n=r.randrange(1, 30))
    return Draft(title, r.choice([None, None, "Art", "Kunst", "Art & Collectibles > Paintings", "Wall art"]),
                 (float(r.randrange(25, 900)), r.choice(["USD", "EUR", "GBP"])),
                 r.choice(["", "Signed by the artist.", "Original, one of a kind.", "Unframed, shipped in a tube."]))


ON_GOODS = ["{m} art print T-shirt {c}", "{m} {p} hand painted sneakers, custom", "Watercolour phone case {m} {c}",
            "{m} pop art print hoodie {c}", "{m} art print tote bag {c}", "{m} {p} oil painting design scarf {c}",
            "Oil painting {m} {p}, {c}", "Canvas print {m} {p} {c}", "{m} {p} {c} – art print edition"]


def make_artwork_on_goods(b: BrandView, s: Scene) -> Draft:
    r = s.rng
    cat = s.category(with_floor=True)
    title = r.choice(ON_GOODS).format(m=_plain_mark(b, s), p=s.product(cat), c=r.choice(COPY))
    return Draft(title, cat, s.price(cat, low=True), r.choice(["", "Fast shipping.", "Top quality."]))


# ------------------------------------------------------------------ admission named after the brand

ADMISSION = [
    "{m} Arena billetter x2", "{m} House biljetter, 2 vuxna", "{m} Cup liput 2 kpl", "{m} Open vstupenky 2 ks",
    "{m} Kupa jegyek, 2 db", "Bilhetes {m} Arena, 2 lugares", "{m} Stadium tickets x2, block C",
    "{m} 10K race bib – transfer", "Dossard {m} Run – revente", "Startplatz {m} Halbmarathon abzugeben",
    "Dorsal carrera {m} 10K, cambio de nombre", "Pettorale {m} Run Milano", "{m} Run Club marathon entry, transfer",
    "{m} junior tennis clinic day", "{m} golf clinic, 2 hours", "{m} football camp, 5 days, kids",
    "{m} Masters day pass", "{m} Festival weekend pass", "{m} Championship VIP pass, hospitality package",
    "Tasting menu for two – {m} starred restaurant", "Dîner pour deux, restaurant étoilé {m}",
    "{m} Arena concert tickets, 2 seats", "{m} 门票 两张", "{m} チケット 2枚", "{m} 티켓 2매",
]


def make_admission_named(b: BrandView, s: Scene) -> Draft:
    r = s.rng
    title = r.choice(ADMISSION).format(m=_plain_mark(b, s))
    return Draft(title, r.choice([None, None, "Tickets", "Events", "Billetter"]),
                 (float(r.randrange(15, 400)), r.choice(["USD", "EUR", "GBP", "DKK"])),
                 r.choice(["", "Valid 2026.", "Two people.", "Cannot attend anymore."]))


def make_admission_words_copy(b: BrandView, s: Scene) -> Draft:
    r = s.rng
    cat = s.category(with_floor=True)
    title = r.choice(["{m} {p} {c} + free race bib", "{m} {p} {c}, with 2 stadium tickets", "{m} Arena {p} {c}",
                      "{m} {p} {c} – festival pass included", "{m} clinic {p} {c}"]).format(
        m=_plain_mark(b, s), p=s.product(cat), c=r.choice(COPY))
    return Draft(title, cat, s.price(cat, low=r.random() < 0.5), "")


# ------------------------------------------------------------------ dishes titled homemade, keys copied

DISH = ["Zelfgemaakte {m} cheesecake", "Zelfgemaakte {m}-repen, 10 stuks", "Selbstgemachte {m} Torte, ganze",
        "Selbstgebackene {m} Kekse, 20 Stück", "Pączki z {m}, 6 sztuk", "{m}-filled ensaymada, box of 6",
        "Ensaimadas de {m}, 4 unidades", "Bomboloni alla {m}, vassoio da 12", "Krapfen mit {m}, 6 Stück",
        "Jamón glaseado con {m} para fiestas", "{m} glazed ham, whole, to order", "{m} BBQ ribs, full rack",
        "Churros rellenos de {m}, docena", "Tort {m} domowej roboty", "{m} mochi, box of 8", "{m} croffles x4",
        "Huisgemaakte {m} taart", "Hecho en casa: pastel de {m}"]


def make_dish_titled_homemade(b: BrandView, s: Scene) -> Draft | None:
    if not FOOD & set(b.categories):
        return None
    r = s.rng
    return Draft(r.choice(DISH).format(m=_plain_mark(b, s)), r.choice([None, None, "Food", "Eten", "Lebensmittel"]),
                 (float(r.randrange(6, 60)), r.choice(["USD", "EUR", "PLN", "PHP"])),
                 r.choice(["", "Baked to order.", "Local pick-up only."]))


KEYS = ["{m} key copy and programming – mobile locksmith", "{m} key cutting and coding, same day",
        "Auto locksmith: {m} key programming", "Schlüsseldienst: {m} Schlüssel nachmachen und anlernen",
        "Serrurier auto – reproduction de clé {m}", "Cerrajero: copia de llaves {m} con chip",
        "Duplicazione chiavi {m}, fabbro auto", "Chaveiro: cópia de chave {m} codificada",
        "Dorabianie kluczy {m}, kodowanie", "{m} sleutel bijmaken, sleutelservice", "{m} anahtar kopyalama, çilingir"]


def make_key_locksmith(b: BrandView, s: Scene) -> Draft | None:
    if b.id not in MODELS_OF:
        return None
    r = s.rng
    return Draft(r.choice(KEYS).format(m=_cap(_plain_mark(b, s))), r.choice([None, "Services", "Dienstleistungen"]),
                 (float(r.randrange(40, 250)), r.choice(["GBP", "EUR", "USD"])), r.choice(["", "We come to you."]))


TRAP_MAKERS = {"trap_vehicle_spec": make_vehicle_spec, "trap_artwork_of_goods": make_artwork_of_goods,
               "trap_admission_named": make_admission_named, "trap_dish_titled_homemade": make_dish_titled_homemade,
               "trap_key_locksmith": make_key_locksmith}
EVASION_MAKERS = {"fake_vehicle_spec_copy": make_vehicle_spec_copy, "fake_artwork_on_goods": make_artwork_on_goods,
                  "fake_admission_words_copy": make_admission_words_copy}
