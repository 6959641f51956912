"""The adversary's classes of brands named by what their buyers know (buyernames, 2026-12-02): a descriptive mark
translated word for word into the languages of markets east and north of the Latin seven ("Канадский гусь",
"Kanadyjska Gęś", "Kuzey Yüzü", German and Swedish compounds: "Nordwand", "Kanadagås"), and the same words where they
name nothing (the bird, the mountain's north face, Turkish place names with "Kuzey", down jackets of goose down).

Written from the engineer's knowledge of the languages (whole phrases as a speaker writes them: case, gender, word
order, compounds), not from the matcher's word table (services/matcher/core/mark_translations.py MORE) nor from the
held-out set outsider10, which named the class (c_translated_calque); none of its titles is used here.
"""

from __future__ import annotations

from tests.eval.adversary.generate import BrandView, Draft, Scene, _cap, registry_doc

EVASIONS = {
    "calque_abroad": "a descriptive mark translated word for word into Russian, Ukrainian, Polish, Turkish or Swedish, or "
                     "glued into a German, Dutch or Swedish compound (Канадский гусь, Kuzey Yüzü, Nordwand), among the "
                     "brand's goods with a copy cue or a price far below the floor",
}
EVASIONS["colourway_nickname"] = (
    "a sneaker named only by a colourway nickname beside the silhouette's shorthand (Panda lows, Bred 11s, Zebra 350s, "
    "11s Concord), in English and five other markets' words, in the brand's category with a cue or a price below the floor")
EVASIONS["unregistered_reference"] = (
    "a genuine reference, style or model code the registry does not list (126610LN, M40712, SM-A546E, WH-1000XM3, "
    "CT8012-116), with generic words and no mark, in the brand's category with a cue or a price below the floor")
EVASIONS["football_kit"] = (
    "a club's or national team's current-season shirt named by club and season only, never its kit maker (Real Madrid "
    "24/25 home shirt, Bayern München Trikot 2024/25 heim), in eight markets' words, at a copy's price or with a cue")
TRAPS = {
    "trap_football_kit": "the clubs' names without a current shirt: retro and vintage shirts, another era's season, "
                         "tickets, scarves, calendars, and genuine current shirts at a shop's price",
    "trap_reference_shaped": "numbers of a reference's shape far from the brand's goods (a bearing's lot 126334, an "
                             "O-ring kit's part 124060, an order number) and a genuine reference at a shop's price",
    "trap_colourway_words": "the colourway's words in their own sense (panda plush, zebra-print goods, home-bred puppies, "
                            "a 350 ml zebra mug) and a reseller's colourway pair at a shop's price with nothing of a copy",
    "trap_calque_abroad": "the same words in their own sense: the bird, a mountain's north face, Turkish places named "
                          "Kuzey, goose-down goods without the mark, at a shop's price or far from the brand's goods",
}

# mark -> [(language, phrase)]: whole phrases as each language writes the mark translated
PHRASES: dict[str, list[tuple[str, str]]] = {
    "canada-goose": [("ru", "Канадский гусь"), ("ru", "Канадского гуся"), ("uk", "Канадський гусак"),
                     ("pl", "Kanadyjska Gęś"), ("pl", "Gęś Kanadyjska"), ("tr", "Kanada Kazı"), ("sv", "Kanadagås"),
                     ("sv", "Kanadensisk gås"), ("de", "Kanadagans"), ("nl", "Canadagans")],
    "the-north-face": [("ru", "Северная Сторона"), ("ru", "Северная стена"), ("uk", "Північна Сторона"),
                       ("pl", "Północna Ściana"), ("pl", "Ściana Północna"), ("tr", "Kuzey Yüzü"), ("tr", "Kuzey Cephe"),
                       ("de", "Nordwand"), ("nl", "Noordwand"), ("sv", "Nordväggen")],
    "mattel": [("ru", "Горячие колёса"), ("uk", "Гарячі колеса"), ("pl", "Gorące Koła"), ("tr", "Sıcak Tekerlekler"),
               ("sv", "Heta Hjul")],
    "honda": [("ru", "Золотое крыло"), ("pl", "Złote Skrzydło"), ("tr", "Altın Kanat"), ("de", "Goldflügel"),
              ("sv", "Guldvinge")],
    "estee-lauder": [("pl", "Zaawansowana Nocna Naprawa"), ("tr", "Gelişmiş Gece Onarım"), ("ru", "Ночное восстановление продвинутое")],
    "hasbro": [("ru", "Мой маленький пони"), ("pl", "Mój Mały Kucyk"), ("tr", "Küçük Midillim")],
    "michelin": [("pl", "Sportowy Pilot"), ("tr", "Pilot Spor")],
    "rolex": [("pl", "Wieczna Ostryga"), ("tr", "Sonsuz İstiridye")],
}
# language -> the brand's goods in that language (by brand), a cue, a filler
GOODS: dict[str, dict[str, list[tuple[str, str]]]] = {
    "ru": {"canada-goose": [("пуховик", "jackets"), ("парка", "parkas")], "the-north-face": [("пуховик", "jackets"), ("куртка", "jackets")],
           "mattel": [("машинки набор", "die-cast cars")], "honda": [("мотоцикл эмблема", "motorcycle parts")],
           "estee-lauder": [("сыворотка 50 мл", "skincare")], "hasbro": [("игрушка", "toys")]},
    "uk": {"canada-goose": [("пуховик", "jackets")], "the-north-face": [("пуховик", "jackets"), ("куртка", "jackets")],
           "mattel": [("машинки", "die-cast cars")]},
    "pl": {"canada-goose": [("kurtka puchowa", "jackets"), ("parka", "parkas")], "the-north-face": [("kurtka", "jackets")],
           "mattel": [("autka zestaw", "die-cast cars")], "honda": [("emblemat motocykl", "motorcycle parts")],
           "estee-lauder": [("serum 50 ml", "skincare")], "hasbro": [("zabawka", "toys")], "michelin": [("opony 225/45 R17", "tires")],
           "rolex": [("zegarek", "watches")]},
    "tr": {"canada-goose": [("mont", "jackets"), ("parka", "parkas")], "the-north-face": [("şişme mont", "jackets"), ("mont", "jackets")],
           "mattel": [("araba seti", "die-cast cars")], "honda": [("motor amblemi", "motorcycle parts")],
           "estee-lauder": [("serum 50 ml", "skincare")], "hasbro": [("oyuncak", "toys")], "michelin": [("lastik 225/45 R17", "tires")],
           "rolex": [("saat", "watches")]},
    "sv": {"canada-goose": [("dunjacka", "jackets"), ("parkas", "parkas")], "the-north-face": [("dunjacka", "jackets")],
           "mattel": [("bilbana", "die-cast cars")], "honda": [("emblem motorcykel", "motorcycle parts")]},
    "de": {"canada-goose": [("Daunenjacke", "jackets"), ("Parka", "parkas")], "the-north-face": [("Daunenjacke", "jackets"), ("Jacke", "jackets")],
           "honda": [("Emblem Motorrad", "motorcycle parts")]},
    "nl": {"canada-goose": [("donsjas", "jackets")], "the-north-face": [("donsjas", "jackets")]},
}
CUES = {"ru": ["копия", "реплика", "копия 1:1"], "uk": ["копія", "репліка"], "pl": ["replika", "kopia 1:1", "podróbka"],
        "tr": ["A kalite", "replika", "birebir kopya"], "sv": ["kopia", "replika"], "de": ["Replik", "1:1 Kopie"],
        "nl": ["replica", "1:1 kopie"]}
FILLERS = {"ru": ["новый", "новая", "размер M"], "uk": ["новий", "розмір L"], "pl": ["nowa", "nowy", "rozmiar M"],
           "tr": ["sıfır", "yeni", "beden L"], "sv": ["ny", "storlek M"], "de": ["neu", "Größe M"], "nl": ["nieuw", "maat M"]}
SIZED = {"jackets", "parkas"}  # a size only on clothes
# beside toy cars, toys and emblems "replica" is a scale model's or a spare's own word (the matcher's SCALE_MODEL_CUES)
SCALE = {"die-cast cars", "toys", "motorcycle parts"}


def _goods(b: BrandView, lang: str) -> list[tuple[str, str]]:
    return [(word, cat) for word, cat in GOODS.get(lang, {}).get(b.id, []) if cat in b.categories]


def make_calque(b: BrandView, s: Scene) -> Draft | None:
    options = [(lang, phrase) for lang, phrase in PHRASES.get(b.id, []) if _goods(b, lang)]
    if not options:
        return None
    r = s.rng
    lang, phrase = r.choice(options)
    word, cat = r.choice(_goods(b, lang))
    low = cat in b.floors and r.random() < 0.5
    filler = r.choice([f for f in FILLERS[lang] if cat in SIZED or not any(ch.isupper() and ch.isascii() for ch in f[-1:])])
    parts = [phrase, word, filler] if r.random() < 0.5 else [_cap(word), phrase, filler]
    if not low or r.random() < 0.3:
        cues = [c for c in CUES[lang] if cat not in SCALE or "repl" not in c.casefold() and "репл" not in c.casefold()]
        parts.insert(r.choice([len(parts), len(parts) - 1]), r.choice(cues))
    return Draft(", ".join([" ".join(parts[:2])] + parts[2:]), cat, s.price(cat, low=low), "")


# the words in their own sense: (language, title, category, price USD); categories as a marketplace files them
PLAIN = [
    ("ru", "Канадский гусь, чучело для охоты, профессиональное", "hunting decoys", 45),
    ("ru", "Канадский гусь — фигурка садовая, полистоун", "garden decor", 30),
    ("pl", "Gęś kanadyjska — figurka ogrodowa 40 cm", "garden decor", 25),
    ("pl", "Kurtka puchowa damska, puch gęsi 90/10, nowa", "jackets", 140),
    ("tr", "Kuzey Kıbrıs Girne'de satılık daire 2+1", "real estate", 90000),
    ("tr", "Kuzey Marmara otoyolu haritası, katlanır", "maps", 6),
    ("tr", "Kuzey yüzü manzaralı dağ evi tablosu, kanvas", "wall art", 35),
    ("tr", "Kaz tüyü yastık 50x70, doğal", "bedding", 28),
    ("de", "Nordwand – Film DVD, Bergsteigerdrama", "dvds", 7),
    ("de", "Eiger Nordwand Bildband, gebunden", "books", 24),
    ("de", "Kanadagans Lockvogel aus Holz, handbemalt", "hunting decoys", 60),
    ("sv", "Kanadagås uppstoppad, vintage", "collectibles", 120),
    ("sv", "Dunjacka med gåsdun, herr, storlek L", "jackets", 180),
    ("ru", "Северная сторона дома: утепление фасада, услуги", "services", 200),
    ("uk", "Гарячі колеса для візка, гума, 2 шт", "garden tools", 15),
    ("pl", "Złote skrzydło — zawieszka, srebro próby 925 pozłacane", "jewelry", 30),
    ("ru", "Пуховик женский на гусином пуху, новый, размер 46", "jackets", 190),
    ("tr", "Altın kanat kolye, 14 ayar", "jewelry", 250),
    ("ru", "Золотое крыло — брошь, бижутерия", "jewelry", 12),
    ("pl", "Gorące koła — książka dla dzieci o wyścigach", "books", 8),
]


def make_calque_trap(b: BrandView, s: Scene) -> Draft | None:
    if b.id not in PHRASES:
        return None
    lang, title, cat, usd = s.rng.choice(PLAIN)
    return Draft(title, cat, (float(usd), "USD"), "")


# ---------------------------------------------------------------- colourway nicknames: "Panda lows", "Bred 11s"
# The words are the registry's declared colourways and silhouettes (deploy/seed/registry.yaml `colourways`,
# `silhouettes`), put in the buyers' order; the frames are written from how resale and replica sellers title them
# (size words of each market: "size 9", "UK 8", "talla 42", "Größe 44", "ukuran 42").
_SNEAKER_WORDS: dict[str, tuple[list[str], list[str]]] = {}


def sneaker_words(b: BrandView) -> tuple[list[str], list[str]]:
    """(colourways, silhouettes) the registry declares for the brand."""
    if not _SNEAKER_WORDS:
        doc = registry_doc()
        for entry in doc["brands"]:
            def values(name: str) -> list[str]:
                return [str(v["value"] if isinstance(v, dict) else v) for v in entry.get(name, [])]
            _SNEAKER_WORDS[entry["id"]] = (values("colourways"), values("silhouettes"))
    return _SNEAKER_WORDS.get(b.id, ([], []))


SIZES = ["size 9", "size 10.5", "UK 8", "US 11", "EU 43", "talla 42", "tamanho 40", "taille 43", "Größe 44",
         "ukuran 42", "sz 8", "all sizes", "GS size 6Y"]
SNEAKER_CUES = ["reps", "1:1", "best batch", "top batch", "UA", "LJR batch", "mirror quality", "AAA quality", "réplica",
                "replika"]
SNEAKER_FILLERS = ["new", "DS", "with box", "fast shipping", "", "retro", "OG", "2024"]
SNEAKER_CATEGORIES = ["sneakers", "Clothing, Shoes & Accessories > Men > Men's Shoes > Athletic Shoes",
                      "Fashion > Shoes > Sneakers"]


def _pair(b: BrandView, s: Scene) -> str | None:
    colourways, silhouettes = sneaker_words(b)
    if not colourways or not silhouettes:
        return None
    r = s.rng
    c, sil = r.choice(colourways), r.choice(silhouettes)
    c = r.choice([c, c.lower(), c.upper()]) if len(c) > 3 else c
    if sil.isdigit() or r.random() < 0.8:
        return f"{c} {sil}"
    return f"{sil} {c}"


def make_colourway(b: BrandView, s: Scene) -> Draft | None:
    pair = _pair(b, s)
    if pair is None:
        return None
    r = s.rng
    low = r.random() < 0.5
    parts = [pair, r.choice(SIZES), r.choice(SNEAKER_FILLERS)]
    if not low or r.random() < 0.3:
        parts.insert(r.choice([1, len(parts)]), r.choice(SNEAKER_CUES))
    amount, cur = b.floors.get("sneakers", (60, "USD"))
    price = (round(amount * (r.uniform(0.1, 0.45) if low else r.uniform(0.5, 0.9)), 2), cur)
    title = " ".join(p for p in parts if p).replace("  ", " ")
    return Draft(title, r.choice(SNEAKER_CATEGORIES), price, r.choice(["", "DM for more sizes", "ships in 3 days"]))


# the words in their own sense: (title, category, price USD); "{n}" a number
PLAIN_SNEAKER_WORDS = [
    ("Panda plush toy {n} inch, soft", "toys", 14), ("Giant panda 3 pack socks, kids", "socks", 6),
    ("Zebra print rug 350 x 250 cm", "rugs", 89), ("Zebra 350 ml travel mug, stainless", "kitchen", 12),
    ("Home bred puppies, 11 weeks, vaccinated", "pets", 400), ("Pure bred Holstein heifers, 4 head", "livestock", 3000),
    ("Chicago 1 bedroom apartment rental guide", "books", 9), ("Royal 4 piece bedding set, queen", "bedding", 45),
    ("Concord 6 pack grape juice", "beverages", 8), ("Cream 500 ml hand lotion, unscented", "skin care", 7),
    ("Oreo 12 pack cookies", "snacks", 5), ("Salt 500 g fine sea salt", "pantry", 3),
    ("Shadow 5 pcs makeup brushes", "makeup tools", 9), ("Zebra mug 350 ml, ceramic", "kitchen", 9),
    ("Panda lows for toddlers? Ask about our plush slippers", "slippers", 12),
]


def make_colourway_trap(b: BrandView, s: Scene) -> Draft | None:
    colourways, _ = sneaker_words(b)
    if not colourways:
        return None
    r = s.rng
    if r.random() < 0.5:
        title, cat, usd = r.choice(PLAIN_SNEAKER_WORDS)
        return Draft(title.format(n=r.choice([8, 11, 12, 16])), cat, (float(usd), "USD"), "")
    pair = _pair(b, s)
    amount, cur = b.floors.get("sneakers", (60, "USD"))
    title = f"{pair} {r.choice(SIZES)}, {r.choice(['new in box, receipt', 'worn once, clean', 'deadstock, with receipt', 'authentic, from store'])}"
    return Draft(title, r.choice(SNEAKER_CATEGORIES), (round(amount * r.uniform(1.2, 2.5), 2), cur), "")


# ---------------------------------------------------------------- reference codes the registry does not list
# Genuine references of each brand's numbering, from the engineer's knowledge of the brands' catalogues (watch
# references, style codes, model codes as retailers print them); written without reading the registry's patterns'
# test rows. Nothing from the held-out set outsider10 (c_unregistered_refs).
CODES: dict[str, list[str]] = {
    "rolex": ["126610LN", "116500LN", "126334", "226570", "124270", "326934", "228238", "278273", "116710BLNR",
              "16610", "14060M", "M126710BLRO-0001"],
    "omega": ["310.30.42.50.01.001", "210.30.42.20.01.010", "220.10.41.21.03.004", "2254.50.00"],
    "cartier": ["CRWSTA0029", "CRB6035417", "WSSA0018", "B6067417", "CRN6710817", "WGNM0008"],
    "louis-vuitton": ["M40712", "M44875", "M41414", "N41358", "M46203", "M43430"],
    "gucci": ["406831 DTDIT 1000", "658574 17QDT 8745", "476433 A7M0G 1000"],
    "samsung": ["SM-S928B", "SM-A546E", "SM-R510", "SM-X910", "SM-F946B/DS", "EB-P3400"],
    "apple": ["MTJV3LL/A", "MQD83AM/A", "A2084", "A2699", "MLWK3", "MQTP3"],
    "sony": ["WH-1000XM3", "WF-1000XM3", "WH-CH720N", "SRS-XB33", "ILCE-7M4", "CFI-1216A"],
    "dyson": ["HS05", "HD08", "TP07", "HP09", "AM07", "PH04", "SV18"],
    "nintendo": ["HEG-001", "HAC-001", "HDH-001"],
    "nike": ["555088-134", "CT8012-116", "DH6927-111", "FB9658-400", "378037-623", "DD1503 101"],
    "adidas": ["GY7658", "FZ5246", "ID2350", "GW3773", "B37571", "IF8813"],
    "puma": ["390015-01", "380190-02", "393386_01"],
}
REF_CUES = ["1:1", "AAA quality", "mirror quality", "super clone", "clean factory", "top batch", "replica", "UA version",
            "1:1 best version"]
REF_FILLERS = ["new", "full set", "fast shipping", "with box", "", "2024", "sealed", "brand new"]
REF_DESCRIPTIONS = ["", "Check the reference before ordering.", "Ships worldwide.", "More models in stock."]


_REGISTERED: set[str] = set()


def _unregistered(codes: list[str]) -> list[str]:
    """The codes no brand of the registry lists as a model (a registered model is the `model` class's; compared
    without separators or case)."""
    def key(code: str) -> str:
        return "".join(ch for ch in code.casefold() if ch.isalnum())

    if not _REGISTERED:
        doc = registry_doc()
        _REGISTERED.update(key(str(m["value"] if isinstance(m, dict) else m)) for b in doc["brands"] for m in b.get("models", []))
    return [c for c in codes if key(c) not in _REGISTERED]


def _generic(category: str, r) -> str:
    from tests.eval.adversary import context

    return r.choice(context.PRODUCTS.get(category, ([category], "", 50))[0])


def make_reference(b: BrandView, s: Scene) -> Draft | None:
    codes = _unregistered(CODES.get(b.id, []))
    cats = [c for c in b.categories if c in b.floors]
    if not codes or not cats:
        return None
    r = s.rng
    cat = r.choice(cats)
    low = r.random() < 0.5
    parts = [r.choice(codes), _generic(cat, r), r.choice(REF_FILLERS)]
    if r.random() < 0.3:
        parts[:2] = parts[1::-1]
    if not low or r.random() < 0.3:
        parts.insert(r.choice([1, len(parts)]), r.choice(REF_CUES))
    amount, cur = b.floors[cat]
    price = (round(amount * (r.uniform(0.08, 0.45) if low else r.uniform(0.5, 0.9)), 2), cur)
    return Draft(" ".join(p for p in parts if p), cat, price, r.choice(REF_DESCRIPTIONS))


# numbers of a reference's shape in other trades: (template with {n}, category, price USD)
SHAPED = [("Deep groove ball bearing 6204-2RS, lot {n}, 20 pcs", "industrial bearings", 24),
          ("Hydraulic O-ring kit, part no. {n}, 382 pieces", "hydraulics", 19),
          ("Custom wooden name sign, order {n}", "home decor", 35), ("Label tape 12mm x 8m, item {n}", "office supplies", 9),
          ("Hard drive caddy for server, P/N {n}", "computer parts", 14),
          ("Replacement filter cartridge {n} for pool pump", "pool supplies", 22),
          ("Invoice book A5 duplicate, series {n}", "office supplies", 6)]
SHAPED_NUMBERS = ["126334", "124060", "M45985", "HD15", "SM-S918B", "IE3437", "CT8532-104", "228238", "N41358", "A2084"]


def make_reference_trap(b: BrandView, s: Scene) -> Draft | None:
    codes = _unregistered(CODES.get(b.id, []))
    if not codes:
        return None
    r = s.rng
    if r.random() < 0.6:
        template, cat, usd = r.choice(SHAPED)
        return Draft(template.format(n=r.choice(codes + _unregistered(SHAPED_NUMBERS))), cat, (float(usd), "USD"), "")
    cats = [c for c in b.categories if c in b.floors]
    if not cats:
        return None
    cat = r.choice(cats)
    amount, cur = b.floors[cat]
    title = f"{r.choice(codes)} {_generic(cat, r)}, {r.choice(['full set, receipt', 'unworn, with papers', 'sealed, invoice included', 'new in box'])}"
    return Draft(title, cat, (round(amount * r.uniform(1.2, 2.5), 2), cur), "")


# ---------------------------------------------------------------- football kits: "Real Madrid 24/25 home shirt"
# The clubs are the registry's declared kits (deploy/seed/registry.yaml `kits`); the frames are written from how
# marketplaces title club shirts in each market (season first or last, "home"/"away", the shirt's word, the version).
# The listings are dated 2025-03 (generate._listing), so 24/25, 2024/25, 25/26 and 2026 are current seasons.
KIT_FRAMES = {
    "en": ["{c} {y} home shirt, {v}", "{c} {y} away jersey", "{c} home kit {y} {v}", "{c} {y} third shirt S-4XL"],
    "de": ["{c} Trikot {y} heim", "{c} Auswärtstrikot {y}, {v}"],
    "es": ["Camiseta {c} {y} local, {v}", "Camiseta {c} visitante {y}"],
    "pt": ["Camisa {c} {y} home, {v}", "Camisa {c} {y} away"],
    "fr": ["Maillot {c} {y} domicile", "Maillot {c} extérieur {y}"],
    "it": ["Maglia {c} {y} home", "Maglia {c} trasferta {y}"],
    "tr": ["{c} {y} iç saha forması", "{c} {y} forma"],
    "id": ["Jersey {c} {y} home", "Baju bola {c} {y} away"],
}
SEASONS = ["24/25", "2024/25", "25/26", "2025/26", "2024-25"]
VERSIONS = ["player version", "fan version", "player issue", "name & number printing", "adults + kids", "thai quality"]
# not the bare "replica": beside a shirt it is the clubs' own fan version (context/phrasebook.TRADE_SENSES "replica shirt",
# "jersey … replica"), no cue (lore25: the draw that found it, seed 9); "high copy" in its place
KIT_CUES = ["1:1", "AAA quality", "high copy", "thai version AAA", "mirror quality"]
_KITS: dict[str, list[str]] = {}


def kits(b: BrandView) -> list[str]:
    """The clubs and teams the registry declares among the brand's kits."""
    if not _KITS:
        doc = registry_doc()
        for entry in doc["brands"]:
            _KITS[entry["id"]] = [str(k["value"] if isinstance(k, dict) else k) for k in entry.get("kits", [])]
    return _KITS.get(b.id, [])


SOCCER = ["Sporting Goods > Team Sports > Soccer > Shirts", "soccer", "Sports > Soccer > Jerseys"]


def make_kit(b: BrandView, s: Scene) -> Draft | None:
    clubs = kits(b)
    if not clubs or "soccer" not in b.floors:
        return None
    r = s.rng
    lang = r.choice(sorted(KIT_FRAMES))
    title = r.choice(KIT_FRAMES[lang]).format(c=r.choice(clubs), y=r.choice(SEASONS), v=r.choice(VERSIONS))
    low = r.random() < 0.7
    if not low:
        title = f"{title} - {r.choice(KIT_CUES)}"
    amount, cur = b.floors["soccer"]
    price = (round(amount * (r.uniform(0.1, 0.45) if low else r.uniform(0.5, 0.9)), 2), cur)
    return Draft(title, r.choice(SOCCER), price, r.choice(["", "Sizes S-4XL available.", "Wholesale for teams."]))


KIT_PLAIN = [("{c} 1999 retro home shirt", "soccer", 70), ("{c} vintage 1996/97 away shirt, original", "soccer", 180),
             ("{c} 2011/12 home shirt, match worn style", "soccer", 60), ("{c} vs rivals tickets 24/25, two seats", "tickets", 240),
             ("{c} 24/25 scarf, knitted", "scarves", 9), ("{c} 2025 wall calendar", "calendars", 7),
             ("{c} classic 90s shirt, reissue", "soccer", 45)]


def make_kit_trap(b: BrandView, s: Scene) -> Draft | None:
    clubs = kits(b)
    if not clubs or "soccer" not in b.floors:
        return None
    r = s.rng
    club = r.choice(clubs)
    if r.random() < 0.6:
        template, cat, usd = r.choice(KIT_PLAIN)
        return Draft(template.format(c=club), cat, (float(usd), "USD"), "")
    lang = r.choice(sorted(KIT_FRAMES))
    title = r.choice(KIT_FRAMES[lang]).format(c=club, y=r.choice(SEASONS), v="official, with tags")
    amount, cur = b.floors["soccer"]
    return Draft(title, r.choice(SOCCER), (round(amount * r.uniform(1.6, 3.0), 2), cur), "Official store, receipt.")


# ---------------------------------------------------------------- a club's nickname on its shirt: "Los Blancos 25/26"
# (issue 9, lore25; outsider22's c_club_nickname_kit22 named the family, none of its titles is used): the clubs' and
# national teams' well-known nicknames (their Wikipedia infoboxes' "Nickname(s)"), for the clubs each maker dresses in
# the registry; the titles as the replica-shirt trade writes them, with its "Thai version"/"Thai quality" grade.
NICKNAMES = {
    "nike": ["Blaugrana", "Culés", "Les Parisiens", "Spurs", "Nerazzurri", "Los Colchoneros", "Canarinho", "Les Bleus",
             "Three Lions", "Oranje", "Vatreni", "Super Eagles", "Socceroos", "Seleção das Quinas", "Timão"],
    "adidas": ["Los Blancos", "Los Merengues", "The Gunners", "Red Devils", "Die Roten", "Bianconeri", "The Bhoys",
               "Godenzonen", "Xeneizes", "The Reds", "Die Mannschaft", "La Albiceleste", "La Roja", "Azzurri",
               "Samurai Blue", "El Tri", "Los Cafeteros", "Mengão"],
    "puma": ["Cityzens", "Rossoneri", "Die Schwarzgelben", "Les Phocéens", "Cimbom", "Los Che", "Atlas Lions",
             "Lions of Teranga", "Black Stars", "The Pharaohs", "Les Éléphants", "La Celeste"],
}
NICK_FRAMES = ["{c} {y} home shirt – {g}", "{c} {y} away jersey, {g}", "{c} home kit {y} – {g}", "{c} {y} third shirt S-4XL {g}",
               "Camiseta {c} {y} local – {g}", "Maglia {c} {y} home – {g}", "Maillot {c} {y} domicile, {g}",
               "{c} Trikot {y} heim – {g}", "Jersey {c} {y} home {g}"]
NICK_GRADES = ["Thai version AAA", "Thai quality", "Thai version", "player version copy", "fan version 1:1",
               "thailand quality", "AAA quality", "player version, thai grade", "fan version"]


def make_kit_nickname(b: BrandView, s: Scene) -> Draft | None:
    names = [n for n in NICKNAMES.get(b.id, ()) if n in kits(b)]
    if not names or "soccer" not in b.floors:
        return None
    r = s.rng
    grade = r.choice(NICK_GRADES)
    title = r.choice(NICK_FRAMES).format(c=r.choice(names), y=r.choice(SEASONS + ["26/27"]), g=grade)
    amount, cur = b.floors["soccer"]
    low = grade == "fan version" or r.random() < 0.5  # "fan version" alone is the genuine replica: a copy's price says it
    price = (round(amount * (r.uniform(0.1, 0.45) if low else r.uniform(0.6, 1.1)), 2), cur)
    return Draft(title, r.choice(SOCCER), price, r.choice(["", "Sizes S-4XL available.", "Name and number printing +5."]))


# the nicknames in their own senses: songs, books, films, fan goods that are no shirt, another era's shirt, a
# genuine current shirt at a shop's price, and a "Thai version" that is a region's edition of a phone or a game
NICK_PLAIN = [("{c}: the official history, hardback", "books", 30), ("{c} fan scarf 25/26, knitted", "scarves", 9),
              ("{c} 1998 retro home shirt", "soccer", 45), ("{c} wall calendar 2025", "calendars", 8),
              ("{c} documentary DVD, 2 discs", "dvds", 12), ("{c} vs rivals tickets 25/26, two seats", "tickets", 240),
              ("{c} poster 50x70, team photo 24/25", "posters", 10), ("{c} vintage 1996/97 away shirt, original", "soccer", 160)]


def make_kit_nickname_trap(b: BrandView, s: Scene) -> Draft | None:
    names = [n for n in NICKNAMES.get(b.id, ()) if n in kits(b)]
    if not names or "soccer" not in b.floors:
        return None
    r = s.rng
    c = r.choice(names)
    roll = r.random()
    if roll < 0.6:
        template, cat, usd = r.choice(NICK_PLAIN)
        return Draft(template.format(c=c), cat, (float(usd), "USD"), "")
    if roll < 0.8:
        title = r.choice(NICK_FRAMES).format(c=c, y=r.choice(SEASONS), g="official, with tags")
        amount, cur = b.floors["soccer"]
        return Draft(title, r.choice(SOCCER), (round(amount * r.uniform(1.6, 3.0), 2), cur), "Official store, receipt.")
    return Draft(r.choice(["Smartphone 256GB Thai version, dual SIM, sealed", "Football manager game 2025, Thai version, region 3 disc",
                           "Galaxy-type tablet 11 inch, Thai version, warranty"]), r.choice(["phones", "video games", "tablets"]),
                 (float(r.choice([320, 45, 410])), "USD"), "")


EVASIONS["football_kit_nickname"] = (
    "a club's or national team's current shirt named by its nickname only (Los Blancos, Blaugrana, Rossoneri, Cityzens, "
    "Les Bleus, The Gunners), with the replica-shirt trade's grade (Thai version, player version copy, 1:1) or a copy's price")
TRAPS["trap_kit_nickname_senses"] = (
    "the clubs' nicknames in their own senses: histories, scarves, calendars, DVDs, tickets, posters, another era's "
    "shirts, genuine current shirts at a shop's price, and a 'Thai version' phone or game (a region's edition)")

EVASION_MAKERS = {"calque_abroad": make_calque, "colourway_nickname": make_colourway,
                  "unregistered_reference": make_reference, "football_kit": make_kit,
                  "football_kit_nickname": make_kit_nickname}
TRAP_MAKERS = {"trap_calque_abroad": make_calque_trap, "trap_colourway_words": make_colourway_trap,
               "trap_reference_shaped": make_reference_trap, "trap_football_kit": make_kit_trap,
               "trap_kit_nickname_senses": make_kit_nickname_trap}
