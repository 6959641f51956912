"""The adversary's goods-identifier classes (codes, 2026-12-02): a brand named by none of its words, only by an
identifier that belongs to its goods, and the same identifiers where they name nothing.

Written from first principles of how a seller writes once every word of the brand is filtered: the drug by the code
on its tablet (the imprint, as the NLM/FDA pill identifiers list it: VGR100, PD 156, "894 / 5"), the watch by its
calibre or its steel, the earbuds by their chip, the jacket by its fill power, the trainers and the bracelet by the
street's short name (Forces, Carti, Pods; initialisms CG, RLX). The identifiers are the registry's own (`imprints`,
`specs`, `street_names` of deploy/seed/registry.yaml: every demo brand that declares them). The listings are written
in seven languages (en, de, fr, es, pt, ru, zh), with the copy trade's cue or a price far below the floor, and an
imprint with the illicit pharmacy's words (no prescription, discreet).

Traps (innocent, must stay quiet): the genuine item with its spec at a shop's price (with or without the brand's
name); a pharmacy listing a genuine drug by its imprint at a fair price, prescription required; the street names and
initialisms in their everyday sense (coffee pods, armed forces, CG artwork, nail buffs), in far categories and in the
brand's category with nothing that says copy; a bare initialism at a price far below the floor with no cue. Nothing
here is taken from a held-out set.
"""

from __future__ import annotations

from tests.eval.adversary.generate import BrandView, Draft, Scene, _cap, one_of

EVASIONS = {
    "goods_imprint": "a prescription drug named only by its tablet's imprint code (VGR100, 'PD 156', '894 / 5', 'Xa 20'), "
                     "its separators varied, with a dose form and the illicit pharmacy's words (no Rx, discreet, ohne "
                     "Rezept, без рецепта, 免处方) or a copy cue, in seven languages",
    "goods_spec": "no mark, no model: a calibre, chip or feature only the brand's goods have (3235, Cerachrom, H2 chip, "
                  "Coanda, hesalite) in the brand's category with a cue or a price far below the floor, seven languages",
    "goods_street_name": "the street's short name for the brand or its goods (Forces, Carti, Pods, Buffs) with a cue or "
                         "a price far below the floor; an initialism (RLX) beside a copy cue",
}
TRAPS = {
    "trap_goods_spec_fair": "the genuine item with its spec at a shop's price, nothing that says copy (half with the "
                            "brand's name as a retailer writes it)",
    "trap_goods_pharmacy": "a pharmacy's listing of a genuine drug by its imprint at a fair price, prescription "
                           "required ('we never dispense without a prescription')",
    "trap_goods_street_word": "a street name or initialism in its everyday sense (coffee pods, armed forces, CG "
                              "artwork, nail buffs) or in the brand's category with no cue, or a bare initialism at "
                              "a price far below the floor",
}

LANGS = ("en", "de", "fr", "es", "pt", "ru", "zh")
# a copy cue per language (cues the matcher's lexicon knows in each language)
CUES = {"en": ["1:1 replica", "AAA quality", "super copy", "top replica", "mirror quality"],
        "de": ["1:1 Kopie", "Replik", "Spiegelqualität"], "fr": ["réplique", "copie 1:1", "qualité miroir"],
        "es": ["réplica AAA", "copia 1:1", "calidad espejo"], "pt": ["réplica", "cópia 1:1", "réplica AAA"],
        "ru": ["копия", "реплика", "копия 1:1"], "zh": ["高仿", "原单", "1比1", "复刻"]}
# tablets and the illicit pharmacy's words, per language
TABLETS = {"en": ["tabs", "tablets", "pills"], "de": ["Tabletten"], "fr": ["comprimés"], "es": ["pastillas", "comprimidos"],
           "pt": ["comprimidos"], "ru": ["таблетки"], "zh": ["片"]}
NO_RX = {"en": ["no Rx needed", "no prescription", "discreet shipping", "no doctor needed", "without prescription"],
         "de": ["ohne Rezept", "diskret verpackt"], "fr": ["sans ordonnance"], "es": ["sin receta"],
         "pt": ["sem receita"], "ru": ["без рецепта"], "zh": ["免处方"]}
LOOKS = {"en": ["blue diamond", "white oval", "pink oval", "red round", "yellow", "film-coated"],
         "de": ["blau", "weiß oval", "rosa"], "fr": ["bleu", "blanc ovale"], "es": ["azul", "blanca ovalada"],
         "pt": ["azul", "branco oval"], "ru": ["синие", "белые"], "zh": ["蓝色", "白色"]}
FRAMES = {"en": ["{w} {p} {c}", "{p} with {w} - {c}", "{c} {p}, {w}"],
          "de": ["{p} mit {w} {c}", "{w} {p} - {c}"], "fr": ["{p} {w} {c}", "{p} avec {w}, {c}"],
          "es": ["{p} con {w} {c}", "{w} {p} - {c}"], "pt": ["{p} com {w} {c}", "{w} {p} - {c}"],
          "ru": ["{p} {w} {c}", "{w} {p} - {c}"], "zh": ["{w} {p} {c}", "{c} {w}{p}"]}
PRODUCTS = {  # the goods in each language, per registry category: (en, de, fr, es, pt, ru, zh)
    "watches": ("automatic watch", "Automatikuhr", "montre automatique", "reloj automático", "relógio automático",
                "часы автоматические", "机械手表"),
    "earbuds": ("wireless earbuds", "kabellose Ohrhörer", "écouteurs sans fil", "auriculares inalámbricos",
                "fones sem fio", "беспроводные наушники", "无线耳机"),
    "phones": ("smartphone 256GB", "Smartphone 256GB", "smartphone 256 Go", "teléfono 256GB", "celular 256GB",
               "смартфон 256GB", "手机 256G"),
    "headphones": ("ANC headphones", "Kopfhörer ANC", "casque ANC", "auriculares ANC", "fone ANC", "наушники ANC",
                   "降噪耳机"),
    "hair care": ("hair styler 5-in-1", "Haarstyler 5-in-1", "lisseur-boucleur 5 en 1", "moldeador 5 en 1",
                  "modelador 5 em 1", "стайлер 5 в 1", "卷发棒 五合一"),
    "sneakers": ("sneakers", "Sneaker", "baskets", "zapatillas", "tênis", "кроссовки", "运动鞋"),
    "parkas": ("winter parka", "Winterparka", "parka d'hiver", "parka de invierno", "parka de inverno",
               "зимняя парка", "派克大衣"),
    "jackets": ("puffer jacket", "Daunenjacke", "doudoune", "chaqueta acolchada", "jaqueta puffer", "пуховик",
                "羽绒服"),
    "jewelry": ("bracelet 18k", "Armband 18k", "bracelet 18k", "pulsera 18k", "pulseira 18k", "браслет 18k",
                "手镯 18k"),
    "cameras": ("mirrorless camera body", "spiegellose Kamera", "appareil hybride", "cámara sin espejo",
                "câmera mirrorless", "беззеркальная камера", "微单相机"),
    "razors": ("razor handle + 8 cartridges", "Rasierer + 8 Klingen", "rasoir + 8 lames", "maquinilla + 8 cuchillas",
               "aparelho + 8 cargas", "бритва + 8 кассет", "剃须刀 8刀头"),
    "electric toothbrushes": ("sonic toothbrush", "Schallzahnbürste", "brosse à dents sonique", "cepillo sónico",
                              "escova sônica", "звуковая щетка", "电动牙刷"),
    "golf clubs": ("driver 10.5", "Driver 10,5", "driver 10,5", "driver 10.5", "driver 10.5", "драйвер 10.5", "一号木"),
    "badminton rackets": ("badminton racket", "Badmintonschläger", "raquette de badminton", "raqueta de bádminton",
                          "raquete de badminton", "ракетка для бадминтона", "羽毛球拍"),
    "handbags": ("leather tote", "Ledertasche", "sac cabas en cuir", "bolso de cuero", "bolsa de couro",
                 "кожаная сумка", "托特包"),
    "belts": ("leather belt", "Ledergürtel", "ceinture en cuir", "cinturón de cuero", "cinto de couro",
              "кожаный ремень", "皮带"),
    "sportswear": ("track jacket", "Trainingsjacke", "veste de survêtement", "chaqueta deportiva", "jaqueta esportiva",
                   "олимпийка", "运动外套"),
    "vacuum cleaners": ("cordless vacuum", "Staubsauger kabellos", "aspirateur sans fil", "aspiradora sin cable",
                        "aspirador sem fio", "беспроводной пылесос", "无线吸尘器"),
}
# street names and initialisms in their everyday sense (registered word, case-folded): (title, category, USD)
SENSES = {
    "pods": [("Coffee pods, 100 count, medium roast, compatible capsules", "coffee", 24),
             ("Laundry detergent pods, 81 count", "household", 19), ("Pea pods seeds, sugar snap, 50 seeds", "garden", 4)],
    "forces": [("Armed Forces Day commemorative mug", "home decor", 12),
               ("Forces of nature: volcano science kit for kids", "toys", 22),
               ("Market forces: an introduction to economics, paperback", "books", 18)],
    "air forces": [("Air forces of World War II, illustrated history", "books", 25)],
    "uptowns": [("Uptowns & downtowns: a city walking guide, paperback", "books", 14)],
    "jays": [("Blue Jays cap, adjustable", "caps", 25), ("Jays birdhouse, cedar wood", "garden", 30)],
    "carti": [("Playboi Carti vinyl LP, Whole Lotta Red", "music", 35)],
    "buffs": [("Nail buffs, 4-way buffer blocks, pack of 10", "beauty", 7),
              ("Buffs neck gaiter, UV protection, 2 pack", "sportswear", 15)],
    "buffies": [("Buffies plush toy, 20 cm", "toys", 12)],
    "rlx": [("RLX Ralph Lauren golf polo, size L", "golf apparel", 45)],
    "yeezys": [],
    "sambas": [("Sambas and bossa nova: songbook for guitar", "books", 22)],
    "stans": [("Stans no tubes sealant, 32 oz", "bike parts", 30)],
}
# a genuine spec as a shop writes it, and a pharmacy's words
SHOP = ["full set, box and papers", "sealed, with receipt", "official warranty", "new in box"]
PHARMACY = ["prescription required", "Rx only, prescription required", "licensed pharmacy, prescription required",
            "we never dispense without a prescription", "valid prescription needed"]


def _codes(b: BrandView, kind: str) -> list[str]:
    return [m.value for m in b.declared(kind)]


def _initialism(word: str) -> bool:
    return len(word) <= 4 and word.isalpha() and word.isupper()


def _product(cat: str, lang: str) -> str | None:
    row = PRODUCTS.get(cat)
    return row[LANGS.index(lang)] if row else None


def _spaced(code: str, s: Scene) -> str:
    """An imprint as a seller types it: as registered, glued, or with other separators ("PD 156", "PD156", "PD-156")."""
    r = s.rng
    parts = code.split()
    if len(parts) < 2:
        head = code.rstrip("0123456789.")
        if head and head != code and r.random() < 0.5:
            return f"{head}{r.choice([' ', '-'])}{code[len(head):]}"
        return code
    glue = [" ", "-", " / ", "/"] + ([""] if not all(p[-1].isdigit() and q[0].isdigit() for p, q in zip(parts, parts[1:]))
                                    else [])  # "894" and "5" glued are another number
    return r.choice(glue).join(parts)


def make_imprint(b: BrandView, s: Scene) -> Draft | None:
    codes = _codes(b, "imprint")
    if not codes:
        return None
    r = s.rng
    lang = r.choice(LANGS)
    code = _spaced(r.choice(codes), s)
    tabs, look = r.choice(TABLETS[lang]), r.choice(LOOKS[lang])
    low = r.random() < 0.3 and "prescription drugs" in b.floors
    cat = "prescription drugs" if low else r.choice(["prescription drugs", "Supplements", "Health > Other", "health care"])
    words = r.choice(CUES[lang]) if r.random() < 0.2 and not low else ("" if low else r.choice(NO_RX[lang]))
    title = " ".join(w for w in (code, look, tabs, words) if w) if r.random() < 0.6 else \
        " ".join(w for w in (look, tabs, code, "-", words) if w)
    price = s.price(cat, low=True) if low else (round(r.uniform(15, 90), 2), "USD")
    return Draft(title.strip(" -"), cat, price, r.choice(["", "Discreet.", "Fast shipping.", "Same as pharmacy."]))


def _corroborated(b: BrandView, s: Scene, word: str, *, copy_cue: bool) -> Draft | None:
    r = s.rng
    cats = [c for c in b.categories if c in PRODUCTS]
    if not cats:
        return None
    lang = r.choice(LANGS)
    low = not copy_cue and r.random() < 0.4 and any(c in b.floors for c in cats)
    cat = r.choice([c for c in cats if c in b.floors] if low else cats)
    cue = "" if low else r.choice(CUES[lang])
    title = r.choice(FRAMES[lang]).format(w=word, p=_product(cat, lang), c=cue).strip(" -,")
    return Draft(" ".join(title.split()), cat, s.price(cat, low=low), "")


def make_spec(b: BrandView, s: Scene) -> Draft | None:
    spec = one_of(s, _codes(b, "spec"))
    return _corroborated(b, s, spec, copy_cue=False) if spec is not None else None


def make_street_name(b: BrandView, s: Scene) -> Draft | None:
    if (word := one_of(s, _codes(b, "street_name"))) is None:
        return None
    return _corroborated(b, s, word, copy_cue=_initialism(word))


def make_trap_spec_fair(b: BrandView, s: Scene) -> Draft | None:
    specs = _codes(b, "spec")
    cats = [c for c in b.categories if c in PRODUCTS and c in b.floors]
    if not specs or not cats:
        return None
    r = s.rng
    cat = r.choice(cats)
    named = r.random() < 0.5
    goods = f"{b.name} {_product(cat, 'en')}" if named else _cap(_product(cat, "en"))
    title = f"{goods} with {r.choice(specs)}, {r.choice(SHOP)}"
    return Draft(title, cat, s.price(cat), "Genuine, bought from an authorised dealer.")


def make_trap_pharmacy(b: BrandView, s: Scene) -> Draft | None:
    codes = _codes(b, "imprint")
    if not codes or "prescription drugs" not in b.floors:
        return None
    r = s.rng
    code = _spaced(r.choice(codes), s)
    title = f"{r.choice(['Tablets', 'Film-coated tablets', '28 tablets'])} {code}, {r.choice(PHARMACY)}"
    return Draft(title, "prescription drugs", s.price("prescription drugs"),
                 "UK-registered pharmacy. A pharmacist checks every prescription before dispatch.")


def make_trap_street_word(b: BrandView, s: Scene) -> Draft | None:
    if (word := one_of(s, _codes(b, "street_name"))) is None:
        return None
    r = s.rng
    senses = SENSES.get(word.casefold(), [])
    roll = r.random()
    if senses and roll < 0.5:
        title, cat, usd = r.choice(senses)
        return Draft(title, cat, (round(usd * r.uniform(0.8, 1.25), 2), "USD"), "")
    cats = [c for c in b.categories if c in PRODUCTS and c in b.floors]
    if not cats:
        return None
    cat = r.choice(cats)
    if _initialism(word) and roll < 0.75:  # a bare initialism at a price far below the floor, no cue
        return Draft(f"{word} {_product(cat, 'en')} {r.choice(['black', 'new', 'size M', ''])}".strip(), cat,
                     s.price(cat, low=True), "")
    return Draft(f"{word} {_product(cat, 'en')}, {r.choice(SHOP)}", cat, s.price(cat), "")


EVASION_MAKERS = {"goods_imprint": make_imprint, "goods_spec": make_spec, "goods_street_name": make_street_name}
TRAP_MAKERS = {"trap_goods_spec_fair": make_trap_spec_fair, "trap_goods_pharmacy": make_trap_pharmacy,
               "trap_goods_street_word": make_trap_street_word}
