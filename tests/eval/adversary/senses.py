"""The adversary's "another reason" classes (issue 9, precision; senses, session 14): honest listings that name a brand
for a reason other than selling its goods, which must stay quiet, each with the copies that borrow their words, which
must still alert.

- work for hire done in the brand's program or with its goods (retouching, drafting, modelling, rendering, a birthday
  workshop with its bricks, a console party host), priced per job, in 12 languages, some filed in a services section;
  its siblings: the program itself sold beside those words (a key, a full version), a copy filed under services with a
  copy word, and the goods sold for a party at a copy's price;
- a dish made with the brand's food as its flavour (a cake, a tray, a portion, in 12 languages); its siblings: the
  brand's food sold "for cakes" at a copy's price, and the brand's goods sold as a cake topper at a copy's price;
- a whole vehicle named by its model year with its papers or owners ("one owner", "factura original", "salon Polska")
  or filed under cars, no odometer; its sibling: a part with the same words and a copy claim;
- a consumable or spare that says it fits the brand, in the languages the phrasebook lacked (Swedish, Danish,
  Norwegian, Finnish, Czech, Hungarian, Romanian, Greek, Indonesian, Vietnamese, Polish participles);
- a book about the brand: a handbook, the story of the maker, "for Dummies", a biography, in 12 languages.
- (quiet, session 15) a job ad worded as the job's own title, the brand as employer or as the goods the job works
  with, in 15 languages; its siblings: a seller recruiting resellers with a copy word, a wanted frame that sells, and
  goods beside a job ad's weaker words ("CDI" unit, "H/F", "for drivers") at a copy's price.

Written from first principles and general knowledge of how freelance boards (Fiverr, Upwork), classifieds' services
sections (Kleinanzeigen Dienstleistungen, OLX Usługi, Mercado Libre Servicios), home bakers (Instagram, Tokopedia,
Allegro), car boards (Otomoto, Mercado Libre Autos, Gumtree Cars) and publishers title such listings; no held-out
listing was read.
"""

from __future__ import annotations

from tests.eval.adversary import context
from tests.eval.adversary.frames import _mark_in
from tests.eval.adversary.generate import BrandView, Draft, Scene, _cap, _plain_mark

TRAPS = {
    "trap_work_for_hire": "work done in the brand's program or with its goods (retouching, drafting, rendering, a "
                          "birthday workshop, a party host), priced per job, 12 languages, some filed under services",
    "trap_dish_with_brand": "a dish made with the brand's food as its flavour (cake, tray, portion), 12 languages",
    "trap_vehicle_papers": "a whole vehicle named by model year with its papers or owners, or filed under cars, no odometer",
    "trap_fits_more_languages": "a consumable or spare that says it fits the brand, in Nordic, Czech, Hungarian, "
                                "Romanian, Greek, Indonesian, Vietnamese and Polish participle words",
    "trap_book_about_brand": "a book about the brand: handbook, the maker's story, for Dummies, biography, 12 languages",
    "trap_job_ad": "a job ad worded as the job's own title, the brand as employer or as the goods the job works with "
                   "(occupation + terms: part time, m/w/d, CDI, vaga, praca od zaraz, lowongan, 求人), 15 languages, no "
                   "price or a wage, some filed under jobs",
    "trap_liquid_swap_name": "another firm's name that holds a mark's l and r swapped (Lorex of Rolex, Limura of "
                             "Rimula), on its own goods in a far category at their price",
}
EVASIONS = {
    "fake_work_words_copy": "the program itself beside work words (key, full version), or the brand's goods with a "
                            "service or party word and a copy word or a copy's price",
    "fake_dish_words_copy": "the brand's food sold 'for cakes' at a copy's price, a dish word beside a copy word, or the "
                            "brand's goods sold as a cake topper at a copy's price",
    "fake_vehicle_papers_copy": "a part of the brand with a model year and a papers word beside a copy claim",
    "fake_job_words_copy": "the brand's goods beside a job ad's words (hiring resellers, part time, staff, CDI unit, "
                           "H/F, an occupation it is made for) with a copy claim, or at a copy's price without one",
    "fake_liquid_swap_copy": "a mark's l and r swapped (Lorex) on the brand's goods in its category with a copy claim "
                             "or at a copy's price",
    "fake_copy_says_love_it": "a copy of the brand's goods that says 'you will love it', 'love them', 'kids love it': "
                              "the verb names no other brand (Cartier's Love)",
}

COPY = ["1:1", "replica", "super copy", "high copy", "AAA quality", "1:1 copy", "mirror quality", "高仿"]
SOFTWARE = {"software", "software licenses"}
FOOD = {"chocolate", "confectionery", "spreads", "coffee", "soft drinks", "dairy"}
TOYS = {"building sets", "toys", "consoles", "video games", "action figures", "model kits", "dolls", "minifigures",
        "board games", "blasters", "die-cast cars"}
VEHICLES = {"auto parts", "motorcycles", "motorcycle parts", "tires"}


def _program(b: BrandView, s: Scene) -> str:
    """One of a software brand's marks that names a program (not its name alone when it has programs)."""
    marks = [m.value for m in b.latin_marks if not m.everyday and m.value != b.name] or [b.name]
    return s.rng.choice(marks)


# ------------------------------------------------------------------ work for hire

WORK_IN_PROGRAM = [
    "Professional {m} retouching, 10 product photos", "{m} photo editing, 20 images, 48h delivery",
    "Floor plan drafting in {m} from your sketch", "{m} 3D modeling and interior rendering, 2 views",
    "Logo design in {m}, 3 concepts", "I will do {m} data entry and formatting, per sheet",
    "{m} BIM Modellierung für Einfamilienhaus", "Bildbearbeitung mit {m}, 15 Fotos",
    "Retouche photo sur {m}, 10 images", "Modélisation 3D sous {m}, rendu 3D, 2 vues",
    "Retoque fotográfico en {m}, 30 fotos", "Diseño gráfico en {m}: flyer y tarjeta",
    "Edição de fotos no {m}, pacote 50 fotos", "Renderização {m}, 3 imagens",
    "Fotoritocco con {m}, 10 foto", "Modellazione 3D {m}, progettazione interni",
    "Obróbka zdjęć w {m}, 20 sztuk", "Projektowanie {m}: wizualizacja mieszkania",
    "Ретушь фото в {m}, 10 штук", "Моделирование и визуализация {m}, 2 ракурса",
    "{m} ile fotoğraf düzenleme, 20 adet", "Jasa edit foto {m}, 10 foto", "{m} 修图 10张", "{m} 建模 渲染 效果图",
]
WORK_WITH_GOODS = [
    "{m} birthday workshop for kids, 2 hours, 10 kids", "{m} party host for kids' birthdays, 3 hours",
    "Atelier {m} anniversaire enfants, 2 heures, 8 enfants", "{m} Kindergeburtstag mit Spielleitung, 12 Kinder",
    "Fiesta infantil con {m}, 15 niños", "Festa infantil {m}, 20 crianças", "Festa di compleanno con {m}, 10 bambini",
    "Urodziny dla dzieci z {m}, 10 dzieci", "Мастер-класс {m} для детей, 8 детей", "{m} gaming host, 6 guests",
]
WORK_FILED = ["{m} {p}: home set-up and demo, one visit", "{m} {p} - set-up help at your home",
              "{m} {p} Einrichtung vor Ort", "Instalación {m} {p} a domicilio"]
SERVICE_CATEGORIES = ["Services", "Dienstleistungen", "Servicios", "Usługi", "Услуги", "Services > Other services"]


def make_work_for_hire(b: BrandView, s: Scene) -> Draft | None:
    r = s.rng
    cats = set(b.categories)
    if cats & SOFTWARE:  # (a software brand's goods filed under services are its program: make_work_words_copy)
        title = r.choice(WORK_IN_PROGRAM).format(m=_program(b, s))
        cat = r.choice(SERVICE_CATEGORIES + [None, None])
    elif cats & TOYS and r.random() < 0.7:
        title = r.choice(WORK_WITH_GOODS).format(m=_plain_mark(b, s))
        cat = r.choice(SERVICE_CATEGORIES + [None, None])
    else:  # filed in a services section, whatever the brand sells
        c = s.category()
        title = r.choice(WORK_FILED).format(m=_plain_mark(b, s), p=s.product(c))
        cat = r.choice(SERVICE_CATEGORIES)
    return Draft(title, cat, (float(r.randrange(15, 400)), r.choice(["USD", "EUR", "GBP"])),
                 r.choice(["", "Service only: you keep your own licence and goods.", "Quote on request."]))


def make_work_words_copy(b: BrandView, s: Scene) -> Draft | None:
    r = s.rng
    cats = set(b.categories)
    if cats & SOFTWARE:
        cat = s.category()
        title = r.choice(["{m} retouching edition – full version, lifetime activation",
                          "{m} 2025 for drafting & rendering, license key, lifetime",
                          "{m} photo editing – cracked, pre-activated, download link",
                          "Diseño gráfico: {m} versión completa + licencia", "{m} Bildbearbeitung Vollversion Lizenz"]
                         ).format(m=_program(b, s))
        return Draft(title, cat, s.price(cat, low=True), "")
    # the brand's own goods (an accessory of its own with a copy word is accessory.py's question, not this class's)
    cat = r.choice([c for c in b.categories if c != "accessories"] or b.categories)
    product = s.product(cat)
    if r.random() < 0.5:  # a copy filed under services, saying so
        title = f"{_plain_mark(b, s)} {product} {r.choice(COPY)}"
        return Draft(title, r.choice(SERVICE_CATEGORIES), s.price(cat, low=r.random() < 0.5), "")
    title = r.choice(["{m} {p} party pack for kids' birthdays, {c}", "{m} {p} – for your workshop, {c}",
                      "{m} {p} birthday gift {c}"]).format(m=_plain_mark(b, s), p=product, c=r.choice(COPY))
    return Draft(title, cat, s.price(cat, low=r.random() < 0.5), "")


# ------------------------------------------------------------------ dishes

DISHES = [
    "{m} cheesecake, whole, homemade", "{m} birthday cake, serves 12", "{m} stuffed cookies, box of 6",
    "{m} brownies tray, 16 pieces", "{m} cookie cake 10 inch", "{m} Käsekuchen, ganze Torte, hausgemacht",
    "Torte mit {m}, auf Bestellung", "Gâteau au {m}, 8 parts", "Tarte au {m} maison", "Pastel de {m}, 20 porciones",
    "Tarta de {m} casera", "Bolo de {m} com cobertura, 1kg", "Torta al {m}, 10 porzioni", "Tort z {m} na zamówienie, 2kg",
    "Sernik z {m}, cała blacha", "Торт с {m} на заказ, 2 кг", "Roti bakar {m} keju, 1 porsi", "Kue {m} ulang tahun",
    "{m} taart, 12 personen", "{m} pasta kek, 8 kişilik", "{m} 蛋糕 6寸", "{m} ケーキ ホール",
    "Brigadeiro de {m} – cento", "Brigadeiros de {m}, 50 unidades", "{m}'lı pasta siparişi", "{m}'li yaş pasta, 10 kişilik",
    # (quiet, session 17) bakes, bowls and meal prep named by the bake alone
    "{m} millionaire shortbread, 12 squares", "{m} smoothie bowls, meal prep x5", "{m} blondies, box of 9",
    "{m} rocky road traybake", "{m} overnight oats, 4 jars", "{m} flapjacks, homemade batch", "{m} cinnamon rolls x6",
    "Galletas de {m} caseras, 24 uds", "Blondies au {m}, plaque entière", "{m} Blechkuchen vom Blech", "Ciasteczka z {m}, 30 szt.",
    "{m}'lı kurabiye, 1 kg", "{m} 曲奇 手工 200g", "{m} 브라우니 6개",
]


def _food(b: BrandView) -> list[str]:
    return [c for c in b.categories if c in FOOD]


def make_dish_with_brand(b: BrandView, s: Scene) -> Draft | None:
    if not _food(b):
        return None
    r = s.rng
    title = r.choice(DISHES).format(m=_plain_mark(b, s))
    return Draft(title, r.choice(["food", "Cakes & Baking", "Lebensmittel", "Comida", None]),
                 (float(r.randrange(8, 70)), r.choice(["USD", "EUR", "GBP"])),
                 r.choice(["", "Made to order in my kitchen.", "Pick up only."]))


def make_dish_words_copy(b: BrandView, s: Scene) -> Draft | None:
    r = s.rng
    if (food := _food(b)) and r.random() < 0.7:
        cat = r.choice([c for c in food if c in b.floors] or food)
        product = s.product(cat)
        if r.random() < 0.5:  # the brand's food sold for baking at a copy's price
            title = r.choice(["{m} {p}, ideal for cakes and crêpes", "{m} {p} para tartas y postres",
                              "{m} {p} pour gâteaux", "{m} {p} für Kuchen und Torten", "{m} {p} do ciast",
                              "{m} {p} for baking cookies"]).format(m=_plain_mark(b, s), p=product)
            return Draft(title, cat, s.price(cat, low=True), "")
        title = r.choice(["{m} {p} {c}, for your birthday cake", "{m} cake {p} {c}", "{m} {p} {c} – cheesecake flavour"]
                         ).format(m=_plain_mark(b, s), p=product, c=r.choice(COPY))
        return Draft(title, cat, s.price(cat, low=r.random() < 0.5), "")
    if not set(b.categories) & TOYS:
        return None
    cat = r.choice([c for c in b.categories if c in TOYS and c in b.floors] or [c for c in b.categories if c in TOYS])
    title = r.choice(["{m} {p} cake topper", "{m} {p} cake topper set, {c}", "{m} cake toppers: {p}"]
                     ).format(m=_plain_mark(b, s), p=s.product(cat), c=r.choice(COPY))
    return Draft(title, cat, s.price(cat, low=True), "")


# ------------------------------------------------------------------ whole vehicles by their papers

PAPERS = [
    ("en", "{y} {m} {v}, one owner, clean title"), ("en", "{m} {v} {y}, full service history"),
    ("en", "{y} {m} {v} foreign used, registered"), ("de", "{m} {v} {y}, Scheckheft, unfallfrei"),
    ("es", "{m} {v} {y}, factura original, único dueño"), ("es", "{m} {v} {y}, ITV pasada"),
    ("pl", "{m} {v} {y}, salon Polska, bezwypadkowy"), ("fr", "{m} {v} {y}, première main, CT ok"),
    ("it", "{m} {v} {y}, unico proprietario, tagliandi"), ("pt", "{m} {v} {y}, único dono, IPVA pago"),
    ("ru", "{m} {v} {y}, один владелец"), ("ja", "{m} {v} {y}年式 ワンオーナー"), ("ko", "{m} {v} {y}년식 무사고"),
    ("-", "{m} {v} {y}"), ("-", "{y} {m} {v} GXL"),
]
CAR_CATEGORIES = ["Cars & Trucks", "samochody", "Autos", "Coches", "Voitures", "Motos", "Motorcycles", "Автомобили",
                  "中古車", "Vehicles > Cars"]
_BODIES = ["sedan", "hatchback", "SUV", "estate", "Touring", "Hybrid", "pickup", "wagon"]


def make_vehicle_papers(b: BrandView, s: Scene) -> Draft | None:
    if not {"auto parts", "motorcycles", "motorcycle parts"} & set(b.categories):
        return None
    r = s.rng
    lang, shape = r.choice(PAPERS)
    title = shape.format(y=r.randrange(2004, 2025), m=b.name if r.random() < 0.7 else _plain_mark(b, s),
                         v=r.choice(_BODIES))
    cat = r.choice(CAR_CATEGORIES) if lang == "-" else r.choice(CAR_CATEGORIES + [None])
    return Draft(title, cat, (float(r.randrange(3000, 60000)), r.choice(["USD", "EUR"])),
                 r.choice(["", "Private sale, test drive welcome.", "Papers in order."]))


def make_vehicle_papers_copy(b: BrandView, s: Scene) -> Draft | None:
    if not VEHICLES & set(b.categories):
        return None
    r = s.rng
    cat = r.choice([c for c in b.categories if c in VEHICLES])
    title = r.choice(["{m} {p} for {y} models, one owner car, {c}", "{y} {m} {p}, full service history, {c}",
                      "{m} {p} {y}, factura original, {c}", "{m} {p} {y} salon Polska {c}"]).format(
        m=_plain_mark(b, s), p=s.product(cat), y=r.randrange(2004, 2025), c=r.choice(COPY))
    return Draft(title, cat, s.price(cat, low=True), "")


# ------------------------------------------------------------------ fits, in more languages

FITS = [
    "{a} kompatibel med {m} {p} (ej original)", "{a} passar till {m}", "{a} kompatibel med {m}, 2 stk",
    "{a} passer til {m} {p}", "{a} yhteensopiva {m} {p}", "{a} kompatibilní s {m}", "{a} vhodné pro {m} {p}",
    "{a} kompatibilis {m} {p}", "{a} compatibil cu {m}", "{a} συμβατό με {m}", "{a} kompatibel dengan {m} {p}",
    "{a} cocok untuk {m}", "{a} tương thích với {m}", "{a} pasujące do {m} {p} (zamiennik)",
    "{a} pasujący do {m}, nieoryginalny",
]
FIT_NOUNS = ["Replacement filter", "Spare brush heads", "Blades", "Laddare 25W", "Ink cartridges", "Battery pack",
             "Capsules", "Drill bit set"]


def make_fits_more_languages(b: BrandView, s: Scene) -> Draft | None:
    r = s.rng
    cat = s.category()
    accs = context.ACCESSORIES.get(cat) or context.ACCESSORY_FALLBACK
    acc, acc_cat, price = r.choice(accs)
    noun = r.choice([acc, r.choice(FIT_NOUNS)])
    title = r.choice(FITS).format(a=_cap(noun), m=_plain_mark(b, s), p=s.product(cat).split()[0])
    return Draft(title, acc_cat, (round(price * r.uniform(0.8, 1.5), 2), "USD"), "")


# ------------------------------------------------------------------ books

BOOKS = [
    "{m}: the story of the brand, hardcover", "{m} – Das Handbuch, 2. Auflage", "Shoe-box stories - la storia di {m}",
    "{m} for Dummies, paperback", "{m} pour les Nuls", "{m} para Dummies, 3a edición", "La historia de {m}, tapa blanda",
    "L'histoire de {m}, livre illustré", "Die Geschichte von {m}, Bildband", "{m}. Oficjalny podręcznik",
    "История {m}, книга", "{m} voor Dummies", "{m}: a biography", "A história da {m}, livro",
    "{m} 完全ガイド ムック本", "{m} 传记 图书",
    "{m}: The Icons, Assouline", "{m}: the Inside Story of a Global Brand", "{m}: die Biografie einer Marke",
    "{m} : la légende d'une maison", "{m}: el imperio de una marca", "'The {m} Years' hardback",
]
# (quiet, session 17) a work named by its title's shape alone, as second-hand book listings are filed among books: a
# subtitle, a rivalry, an author, a publisher, "The {m} Story", an edition, a volume
SHAPED_BOOKS = ["Sneaker Wars: {m} vs Everyone", "{m} versus the World", "The {m} Story", "The {m} Way, 2nd edition",
                "{m} by Jean Dupont", "{m}, Taschen", "{m}, Vol. 2", "{m}: A Visual History", "{m} – Eine Erfolgsgeschichte, Verlag",
                "«{m}», édition originale", "{m} contra Puma: la guerra de los hermanos"]
WORK_CATEGORIES = ["books", "Books > Business", "Bücher", "Libros", "Livres", "Książki", "Movies & TV", "Libri e Riviste"]


def make_book_about_brand(b: BrandView, s: Scene) -> Draft:
    r = s.rng
    if r.random() < 0.3:
        title = r.choice(SHAPED_BOOKS).format(m=b.name if r.random() < 0.7 else _plain_mark(b, s))
        return Draft(title, r.choice(WORK_CATEGORIES), (float(r.randrange(8, 60)), r.choice(["USD", "EUR"])),
                     r.choice(["", "Book in good condition.", "Livre en bon état.", "Buch, gelesen."]))
    title = r.choice(BOOKS).format(m=b.name if r.random() < 0.7 else _plain_mark(b, s))
    return Draft(title, r.choice(["books", "Books > Business", "Bücher", "Libros", "Livres", "Książki", None]),
                 (float(r.randrange(8, 60)), r.choice(["USD", "EUR"])), r.choice(["", "Book in good condition."]))


# ------------------------------------------------------------------ job ads

# (language, template): {m} the brand as employer or as the goods the job works with; as job boards and classifieds'
# jobs sections title an opening (Indeed, StepStone, France Travail, InfoJobs, Catho, Pracuj.pl, hh.ru, Loker.id,
# TopCV, Kariyer.net, 求人ボックス, 사람인, 58同城), from general knowledge of them
JOBS = [
    ("en", "Retail associate – {m} store, part time"), ("en", "{m} certified technician wanted, full time"),
    ("en", "Watchmaker wanted, {m} experience preferred"), ("en", "Store manager, {m} outlet – apply now"),
    ("en", "Sales assistant at the {m} counter, 20 hrs/week"), ("en", "Warehouse worker needed – {m} distributor"),
    ("en", "Mechanic wanted for {m} dealership, send CV"), ("en", "Internship: marketing at {m}, 6 months"),
    ("de", "Verkäufer (m/w/d) für {m} Store gesucht"), ("de", "Servicetechniker (m/w/d) {m} – Vollzeit"),
    ("de", "Aushilfe im {m} Shop, Minijob"), ("de", "Ausbildung zum Kfz-Mechatroniker, {m} Autohaus"),
    ("fr", "Vendeur H/F – boutique {m}, CDI"), ("fr", "Conseillère beauté {m} – CDI Paris"),
    ("fr", "Technicien SAV {m}, temps plein"), ("fr", "Offre d'emploi : magasinier {m}"),
    ("es", "Dependienta tienda {m}, media jornada"), ("es", "Se necesita mecánico para taller {m}"),
    ("es", "Oferta de empleo: promotora {m}"), ("es", "Técnico {m}, jornada completa"),
    ("pt", "Vaga repositor – distribuidora {m}"), ("pt", "Vaga de emprego: vendedor loja {m}"),
    ("pt", "Mecânico para concessionária {m}, carteira assinada"), ("pt", "Promotora {m} – meio período"),
    ("it", "Cercasi commessa negozio {m}"), ("it", "Tecnico {m}, tempo pieno"), ("it", "Offerta di lavoro: magazziniere {m}"),
    ("pl", "Sprzedawca w salonie {m} – praca od zaraz"), ("pl", "Mechanik {m}, pełny etat"),
    ("pl", "Zatrudnię serwisanta {m}"), ("ru", "Вакансия: продавец-консультант {m}"), ("ru", "Подработка: промоутер {m}"),
    ("id", "Lowongan mekanik bengkel resmi {m}"), ("id", "Dibutuhkan segera kasir toko {m}"),
    ("vi", "Tuyển dụng nhân viên bán hàng {m}"), ("tr", "İş ilanı: {m} servis teknisyeni"),
    ("tr", "{m} mağazası için satış danışmanı aranıyor"), ("nl", "Vacature: verkoper {m} winkel"),
    ("nl", "Monteur gevraagd, {m} dealer"), ("zh", "招聘 {m} 专卖店 店员"), ("zh", "诚聘 {m} 售后维修技师"),
    ("ja", "{m} 販売スタッフ 募集"), ("ja", "{m}ディーラー 整備士 求人"), ("ko", "{m} 매장 직원 구인"),
    ("ko", "{m} 서비스센터 정비사 채용"), ("ar", "مطلوب مندوب مبيعات {m}"),
]
# a job in the brand's program ({m}: a program of a software brand)
JOBS_IN_PROGRAM = [
    ("en", "Graphic designer ({m}, InDesign) – full time"), ("en", "{m} drafter wanted, part time"),
    ("es", "Diseñador gráfico ({m}), jornada completa"), ("pl", "Kreślarz {m} – praca od zaraz"),
    ("de", "Technischer Zeichner (m/w/d) {m}"), ("fr", "Dessinateur {m} H/F, CDI"), ("pt", "Vaga: projetista {m}"),
]
JOB_CATEGORIES = ["jobs", "Jobs", "Stellenangebote", "Empleo", "Emplois", "Vagas", "Praca", "Вакансии", "求人"]
JOB_DESCRIPTIONS = ["", "Job offer. Salary according to experience. Send CV.", "Apply by message with your CV.",
                    "Bewerbung per Nachricht.", "Envoyez votre CV.", "Envía tu CV.", "Wyślij CV."]


def make_job_ad(b: BrandView, s: Scene) -> Draft:
    r = s.rng
    if set(b.categories) & SOFTWARE and r.random() < 0.5:
        lang, shape = r.choice(JOBS_IN_PROGRAM)
        title = shape.format(m=_program(b, s))
    else:
        lang, shape = r.choice(JOBS)
        title = shape.format(m=_mark_in(lang, b, s))
    price = r.choice([None, None, None, (0.0, "USD"), (float(r.randrange(12, 30)), "USD"),
                      (float(r.randrange(1500, 4000)), "EUR")])
    return Draft(title, r.choice(JOB_CATEGORIES + [None] * 4), price, r.choice(JOB_DESCRIPTIONS))


# the brand's goods beside a job ad's words: a claim of a copy, or the words incidental at a copy's price
JOB_WORDS_COPY = ["Hiring resellers! {m} {p} 1:1 super clone, wholesale", "{m} {p} staff pick, {c}",
                  "{m} {p} for part time workers, {c}", "Vendeur {m} {p} – {c}", "{m} {p} – watchmaker grade {c}",
                  "WTB? We sell {m} {p} {c}", "Lowongan reseller: {m} {p} {c}", "Vaga de revendedor: {m} {p} {c}"]
JOB_WORDS_PLAIN = ["{m} {p} H/F", "{m} {p} for drivers", "Reloj mecánico {m} {p}", "{m} {p} for nurses and staff",
                   "{m} {p} CDI", "{m} {p} designer edition"]


def make_job_words_copy(b: BrandView, s: Scene) -> Draft:
    r = s.rng
    cat = s.category(with_floor=True)
    if r.random() < 0.6:
        title = r.choice(JOB_WORDS_COPY).format(m=_plain_mark(b, s), p=s.product(cat), c=r.choice(COPY))
        return Draft(title, cat, s.price(cat, low=r.random() < 0.5), "")
    title = r.choice(JOB_WORDS_PLAIN).format(m=_plain_mark(b, s), p=s.product(cat))
    return Draft(title, cat, s.price(cat, low=True), "")


# ------------------------------------------------------------------ l and r swapped

def _swapped(b: BrandView) -> list[str]:
    """The brand's one-word Latin marks and aliases of five letters or more that hold an l and an r, with the first of
    each swapped (Rolex -> Lorex, Rimula -> Limura, Lipitor -> Ripitol): a name heard apart from the mark."""
    out = []
    for m in b.latin_marks + [a for a in b.aliases if a.value.isascii()]:
        w = m.value
        if m.everyday or not w.isalpha() or len(w) < 5 or "l" not in w.lower() or "r" not in w.lower():
            continue
        i, j = w.lower().index("l"), w.lower().index("r")
        letters = list(w)
        letters[i], letters[j] = (("R" if w[i].isupper() else "r"), ("L" if w[j].isupper() else "l"))
        out.append("".join(letters))
    return out


# another firm's goods under the swapped name: (product, category, price range in USD), far from the demo brands' goods
OTHER_FIRMS_GOODS = [("4K security camera system, 8 channel", "security cameras", (150, 450)),
                     ("EV charger 7kW, tethered", "ev chargers", (300, 650)), ("garden hose reel 25m", "garden", (25, 70)),
                     ("kitchen faucet, pull-down", "plumbing", (60, 220)), ("ergonomic office chair", "furniture", (90, 320)),
                     ("ceiling fan with light", "lighting", (80, 260)), ("dry dog food 12kg", "pet supplies", (30, 75)),
                     ("LED grow light 600W", "garden", (40, 160)), ("cordless lawn mower 40V", "garden", (160, 420)),
                     ("wall paint 10L, matt white", "diy", (30, 80))]


def make_liquid_swap_name(b: BrandView, s: Scene) -> Draft | None:
    if not (names := _swapped(b)):
        return None
    product, cat, (low, high) = s.rng.choice(OTHER_FIRMS_GOODS)
    return Draft(f"{s.rng.choice(names)} {product}", s.rng.choice([cat, "other", None]),
                 (float(s.rng.randrange(low, high)), "USD"), s.rng.choice(["", "New in box, UK warranty."]))


def make_liquid_swap_copy(b: BrandView, s: Scene) -> Draft | None:
    if not (names := _swapped(b)):
        return None
    cat = s.category(with_floor=True)
    cue = s.rng.random() < 0.6
    title = f"{s.rng.choice(names)} {s.product(cat)}" + (f" {s.rng.choice(COPY)}" if cue else "")
    return Draft(title, cat, s.price(cat, low=not cue or s.rng.random() < 0.5), "")


# ------------------------------------------------------------------ an everyday mark as a verb

LOVE_IT = ["you will love it!", "you'll love it", "love it!", "kids love them", "I love this one", "everyone will love it",
           "guaranteed you love it", "customers love them"]


def make_copy_says_love_it(b: BrandView, s: Scene) -> Draft:
    cat = s.category(with_floor=True)
    title = f"{_plain_mark(b, s)} {s.product(cat)} {s.rng.choice(COPY)}, {s.rng.choice(LOVE_IT)}"
    return Draft(title, cat, s.price(cat, low=s.rng.random() < 0.5), s.rng.choice(["", "You will love it. Fast shipping."]))


TRAP_MAKERS = {"trap_work_for_hire": make_work_for_hire, "trap_dish_with_brand": make_dish_with_brand,
               "trap_vehicle_papers": make_vehicle_papers, "trap_fits_more_languages": make_fits_more_languages,
               "trap_book_about_brand": make_book_about_brand, "trap_job_ad": make_job_ad,
               "trap_liquid_swap_name": make_liquid_swap_name}
EVASION_MAKERS = {"fake_work_words_copy": make_work_words_copy, "fake_dish_words_copy": make_dish_words_copy,
                  "fake_vehicle_papers_copy": make_vehicle_papers_copy, "fake_job_words_copy": make_job_words_copy,
                  "fake_liquid_swap_copy": make_liquid_swap_copy,
                  "fake_copy_says_love_it": make_copy_says_love_it}
