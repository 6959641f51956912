"""The adversary's place classes (issue 9, precision; quiet, session 16): a flat, a room, an office, a parking space, a
holiday home or a hotel room, let or sold, advertised by its distance to the brand's headquarters, plant, campus, store or
museum ("2-Zimmer-Wohnung nahe BMW Welt", "Office space next to Nike World Headquarters", "トヨタ本社まで徒歩10分 1LDK"),
and tours of the brand's museum or plant: the subject is a place, not goods, and must stay quiet; and the copies that
borrow a landmark's words (a "BMW Welt" keychain copy, goods "from the Rolex boutique" at a tenth of the floor, a copy
picked up "from our flat near the Nike store"), which must still alert.

Written from first principles and general knowledge of how property boards title their ads (Rightmove, Zillow,
ImmoScout24, leboncoin Immobilier, Idealista, Immobiliare.it, Funda, Boligsiden, Blocket, Otodom, Sreality, Cian,
Sahibinden, SUUMO, 직방, 58同城, 99acres, Rumah123, Batdongsan, Yad2), in 24 languages; no held-out listing was read.
"""

from __future__ import annotations

from tests.eval.adversary.frames import _mark_in
from tests.eval.adversary.generate import BrandView, Draft, Scene, _plain_mark

TRAPS = {
    "trap_place_near_landmark": "a flat, room, office, parking space, holiday home or hotel room let or sold near the "
                                "brand's headquarters, plant, campus, store or museum, or a tour of it, in 24 languages "
                                "(Wohnung nahe, tæt på, proche, 徒歩10分 1LDK, 도보 5분 원룸, 2+1 daire, 2BHK), a monthly "
                                "rent, filed under real estate or nowhere",
}
EVASIONS = {
    "fake_place_souvenir_copy": "the brand's goods named with its landmark (a 'BMW Welt' keychain, goods 'from the "
                                "flagship store') or picked up 'from our flat near' it, with a copy claim or at a "
                                "copy's price",
}

# the brand's sites, as each language names them: {m} the mark
SITES = {
    "en": ["{m} HQ", "{m} headquarters", "{m} World Headquarters", "the {m} factory", "the {m} plant", "{m} campus",
           "the {m} flagship store", "the {m} Store", "the {m} museum", "{m} Arena", "the {m} service centre",
           "the {m} boutique"],
    "de": ["{m} Welt", "{m}-Werk", "{m} Zentrale", "{m}-Hauptsitz", "{m} Campus", "{m} Museum", "{m} Arena", "{m} Store"],
    "fr": ["l'usine {m}", "siège {m}", "la boutique {m}", "musée {m}", "campus {m}"],
    "es": ["la fábrica de {m}", "la sede de {m}", "la tienda {m}", "museo {m}", "campus {m}"],
    "it": ["stabilimento {m}", "sede {m}", "museo {m}", "negozio {m}"],
    "pt": ["fábrica da {m}", "sede da {m}", "loja {m}", "museu {m}"],
    "nl": ["{m} fabriek", "{m} hoofdkantoor", "{m} Campus", "{m} museum"],
    "da": ["{m} House", "{m} fabrikken", "{m} hovedkontor"], "sv": ["{m} fabriken", "{m} huvudkontor"],
    "no": ["{m} fabrikken", "{m} hovedkontor"], "pl": ["fabryki {m}", "salonu {m}", "biura {m}"],
    "cs": ["továrny {m}", "centrály {m}"], "ru": ["завода {m}", "офиса {m}", "музея {m}"],
    "tr": ["{m} fabrikası", "{m} genel müdürlüğü"], "ja": ["{m}本社", "{m}工場", "{m}ミュージアム"],
    "zh": ["{m}总部", "{m}工厂", "{m}博物馆"], "ko": ["{m} 본사", "{m} 공장", "{m} 연구소"], "vi": ["nhà máy {m}", "trụ sở {m}"],
    "id": ["pabrik {m}", "kantor {m}"], "ar": ["مصنع {m}", "مقر {m}"], "he": ["מפעל {m}", "משרדי {m}"],
    "th": ["โรงงาน {m}", "สำนักงาน {m}"], "hi": ["{m} फैक्ट्री", "{m} ऑफिस"], "fi": ["{m} tehdas", "{m} pääkonttori"],
}
# (language, title): {L} a site of the brand
PLACES = [
    ("en", "2 bedroom flat near {L}"), ("en", "Studio apartment, 5 min walk from {L}"),
    ("en", "Office space next to {L}, 1,200 sq ft"), ("en", "Room to let close to {L}, bills included"),
    ("en", "Parking space opposite {L}"), ("en", "Holiday home 10 min from {L}"),
    ("en", "Hotel room for 2 nights near {L}"), ("en", "Retail unit to let opposite {L}"),
    ("en", "Furnished double room near {L}, £650 pcm"), ("en", "3 bed house for sale, walking distance to {L}"),
    ("en", "2BHK flat for rent near {L}"), ("en", "Guest house steps from {L}, breakfast included"),
    ("en", "Lock-up garage close to {L}"), ("en", "Guided factory tour of {L}, 2 adults"),
    ("de", "2-Zimmer-Wohnung nahe {L}"), ("de", "WG-Zimmer, 5 Min. zur {L}"), ("de", "Büroraum nahe {L}, 40 m²"),
    ("de", "Tiefgaragenstellplatz nahe {L}"), ("de", "Ferienwohnung 10 Min. von {L}"),
    ("de", "3 Zimmer Wohnung, möbliert, unweit {L}"), ("de", "Werksführung {L} für 2 Personen"),
    ("fr", "T2 à louer proche {L}"), ("fr", "Studio meublé près de {L}"), ("fr", "Chambre à louer à deux pas de {L}"),
    ("fr", "Place de parking proche {L}"), ("fr", "Bureaux à louer en face de {L}"), ("fr", "Appartement 3 pièces proche {L}"),
    ("es", "Piso en alquiler cerca de {L}"), ("es", "Habitación en piso compartido junto a {L}"),
    ("es", "Local comercial frente a {L}"), ("es", "Plaza de garaje a 5 min de {L}"),
    ("es", "Apartamento amueblado cerca de {L}"), ("it", "Bilocale in affitto vicino a {L}"),
    ("it", "Monolocale arredato a due passi da {L}"), ("it", "Posto auto vicino a {L}"),
    ("it", "Ufficio in affitto vicino a {L}, 60 mq"), ("pt", "Apartamento para alugar perto de {L}"),
    ("pt", "Quarto para alugar perto de {L}"), ("pt", "Kitnet próximo a {L}"), ("pt", "Sala comercial perto de {L}"),
    ("nl", "Kamer te huur vlakbij {L}"), ("nl", "Appartement te huur nabij {L}"), ("nl", "Kantoorruimte naast {L}"),
    ("da", "Lejlighed tæt på {L}, 2 værelser"), ("da", "Værelse til leje tæt på {L}"),
    ("sv", "Lägenhet nära {L}, 2 rum och kök"), ("no", "Leilighet nær {L}, 3 rom"), ("fi", "Kaksio lähellä {L}"),
    ("pl", "Mieszkanie na wynajem blisko {L}"), ("pl", "Kawalerka w pobliżu {L}"), ("pl", "Pokój do wynajęcia blisko {L}"),
    ("cs", "Pronájem bytu 2+kk blízko {L}"), ("ru", "Сдаю квартиру рядом с {L}"), ("ru", "Комната возле {L}, 18 м²"),
    ("ru", "1-комнатная квартира рядом с {L}"), ("tr", "{L} yakını kiralık daire 2+1"),
    ("tr", "{L} yakınında 1+1 apart daire"), ("ja", "{L}まで徒歩10分 1LDK 賃貸"), ("ja", "{L}近く アパート 1K"),
    ("ja", "{L}徒歩5分 月極駐車場"), ("zh", "{L}附近 一室一厅 出租"), ("zh", "近{L} 两室一厅 整租"), ("zh", "{L}步行5分钟 公寓出租"),
    ("ko", "{L} 도보 5분 원룸 월세"), ("ko", "{L} 근처 투룸 전세"), ("ko", "{L} 인근 오피스텔 월세"),
    ("vi", "Cho thuê căn hộ gần {L}"), ("vi", "Phòng trọ gần {L}, có gác"), ("id", "Kost dekat {L}, kamar mandi dalam"),
    ("id", "Rumah disewakan dekat {L}"), ("ar", "شقة للإيجار بالقرب من {L}"), ("he", "דירה להשכרה ליד {L}"),
    ("th", "คอนโด ใกล้ {L}"), ("hi", "{L} के पास 2BHK फ्लैट"),
]
# a monthly rent in the language's market: (currency, low, high)
RENTS = {"en": ("GBP", 450, 3200), "de": ("EUR", 350, 2200), "fr": ("EUR", 350, 1500), "es": ("EUR", 300, 1400),
         "it": ("EUR", 300, 1300), "pt": ("BRL", 900, 4000), "nl": ("EUR", 500, 2000), "da": ("DKK", 3500, 14000),
         "sv": ("SEK", 4000, 15000), "no": ("NOK", 5000, 16000), "fi": ("EUR", 450, 1300), "pl": ("PLN", 1200, 4500),
         "cs": ("CZK", 9000, 25000), "ru": ("RUB", 15000, 70000), "tr": ("TRY", 8000, 30000), "ja": ("JPY", 45000, 150000),
         "zh": ("CNY", 1200, 6000), "ko": ("KRW", 300000, 1500000), "vi": ("VND", 2500000, 12000000),
         "id": ("IDR", 900000, 5000000), "ar": ("AED", 2500, 9000), "he": ("ILS", 2500, 7000), "th": ("THB", 6000, 25000),
         "hi": ("INR", 8000, 40000)}
SECTIONS = ["Real estate", "Property > Flats & Houses", "Immobilien > Wohnungen", "Immobilier", "Inmuebles", "Bolig",
            "Nieruchomości", "Недвижимость", "不動産", "부동산", "房产"]
DESCRIPTIONS = ["", "Monthly rent, deposit 2 months. Viewings welcome.", "Available from next month.",
                "Ab sofort frei. Kaution 3 Monatsmieten.", "Disponible de suite.", "Disponible inmediatamente.",
                "Near public transport and shops."]


def _site(lang: str, b: BrandView, s: Scene) -> str:
    """A site of the brand as the language names it: its name (a Chinese or Japanese alias now and then)."""
    m = _mark_in(lang, b, s) if lang in ("zh", "ja") else b.name
    return s.rng.choice(SITES[lang]).format(m=m)


def make_place_near_landmark(b: BrandView, s: Scene) -> Draft:
    r = s.rng
    lang, shape = r.choice(PLACES)
    title = shape.format(L=_site(lang, b, s))
    cur, low, high = RENTS[lang]
    if "tour" in title.casefold() or "führung" in title.casefold():
        cur, low, high = "EUR", 12, 60
    return Draft(title, r.choice(SECTIONS + [None] * 6), (float(r.randrange(low, high)), cur), r.choice(DESCRIPTIONS))


COPY = ["1:1", "replica", "super copy", "AAA quality", "mirror quality", "高仿", "high copy"]
# the brand's goods beside its landmark's words ({m} mark, {p} product, {L} a site in English, {c} a copy word)
SOUVENIR = ["{m} {p} from {L}, {c}", "{L} edition {m} {p} {c}", "{m} {p} – as sold at {L} – {c}",
            "Souvenir of {L}: {m} {p} {c}", "{m} {p} {c}, pickup near {L}", "{m} {p} {c}, ships from our flat near {L}"]
SOUVENIR_PLAIN = ["{m} {p} from {L}", "{L} edition {m} {p}", "{m} {p}, collect from my flat near {L}",
                  "{m} {p}, pickup from our office next to {L}", "{m} {p} – bought at {L}, like new"]


def make_place_souvenir_copy(b: BrandView, s: Scene) -> Draft:
    r = s.rng
    cat = s.category(with_floor=True)
    site = r.choice(SITES["en"]).format(m=b.name)
    m, p = _plain_mark(b, s), s.product(cat)
    if r.random() < 0.6:
        title = r.choice(SOUVENIR).format(m=m, p=p, L=site, c=r.choice(COPY))
        return Draft(title, cat, s.price(cat, low=r.random() < 0.5), "")
    title = r.choice(SOUVENIR_PLAIN).format(m=m, p=p, L=site)
    return Draft(title, cat, s.price(cat, low=True), "")


TRAP_MAKERS = {"trap_place_near_landmark": make_place_near_landmark}
EVASION_MAKERS = {"fake_place_souvenir_copy": make_place_souvenir_copy}
