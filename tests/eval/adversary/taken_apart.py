"""The adversary's word classes (detect-words): multi-word marks taken apart or translated, "dupe" listings that
claim identity with the genuine product, generic medicines named after the brand, and the innocent listings that
share their words (the mark's words in ordinary use, honest dupes, third-party parts citing an OEM number).

Written from general knowledge of how such listings are worded (replica buyers' guides talk of "same factory" and
"passes authentication"; perfume and beauty "dupe" listings compare honestly with "smells like"; parts catalogues
cite the OEM number a part stands in for). The translations below are whole phrases as a speaker of each language
writes them (word order, articles, gender), written for this generator; the matcher's word table
(services/matcher/core/mark_translations.py) was not read to write them. Nothing is taken from a held-out set.
"""

from __future__ import annotations

import re

from tests.eval.adversary import context
from tests.eval.adversary.generate import ORDINARY, BrandView, Draft, Scene, _cap, _plain_mark

EVASIONS = {
    "scattered": "the words of a multi-word mark in another order, spread over the title or one cut to its initial, with a cue "
                 "(Face North, Louis … Vuitton, N. Face)",
    "translated_mark": "a descriptive multi-word mark translated word for word into another language, with a cue (La Cara Norte)",
    "dupe_claim": "a 'dupe' or 'alternative' listing that claims identity (same factory, passes authentication, logo, 1:1)",
    "generic_medicine": "a prescription medicine sold as 'generic <mark>' or '<mark> equivalent', in the title or the description only",
}
TRAPS = {
    "trap_scattered_words": "the words of a multi-word mark in ordinary use in the brand's category, no cue, an ordinary price",
    "trap_honest_dupe": "honest comparisons and dupes without a claim of identity ('smells like', 'alternative to', 'dupe for')",
    "trap_aftermarket_number": "a third party's part or consumable citing the brand's part or model number it stands in for",
}

# whole-phrase translations of descriptive marks of the demo registry: mark -> [(language, phrase)]
TRANSLATIONS: dict[str, list[tuple[str, str]]] = {
    "The North Face": [("es", "La Cara Norte"), ("fr", "La Face Nord"), ("it", "La Faccia Nord"), ("pt", "A Face Norte"),
                       ("de", "Die Nord Wand"), ("nl", "De Noord Wand")],
    "North Face": [("es", "Cara Norte"), ("fr", "Face Nord"), ("it", "Parete Nord"), ("pt", "Face Norte")],
    "Hot Wheels": [("es", "Ruedas Calientes"), ("fr", "Roues Chaudes"), ("de", "Heiße Räder"), ("it", "Ruote Calde"),
                   ("pt", "Rodas Quentes"), ("nl", "Hete Wielen")],
    "My Little Pony": [("es", "Mi Pequeño Pony"), ("fr", "Mon Petit Poney"), ("it", "Il Mio Piccolo Pony"),
                       ("pt", "Meu Pequeno Pônei"), ("de", "Mein Kleines Pony")],
    "Creative Cloud": [("es", "Nube Creativa"), ("fr", "Nuage Créatif"), ("de", "Kreative Wolke"), ("it", "Nuvola Creativa"),
                       ("pt", "Nuvem Criativa")],
    "Pilot Sport": [("es", "Deporte Piloto"), ("fr", "Pilote Sport"), ("it", "Pilota Sport"), ("pt", "Piloto Esporte")],
    "Gold Wing": [("es", "Ala de Oro"), ("es", "Ala Dorada"), ("it", "Ala d'Oro"), ("de", "Goldener Flügel"),
                  ("pt", "Asa Dourada")],
    "Chrome Soft": [("es", "Cromo Suave"), ("de", "Chrom Weich"), ("it", "Cromo Morbido"), ("pt", "Cromo Macio")],
    "Advanced Night Repair": [("es", "Reparación Nocturna Avanzada"), ("fr", "Réparation de Nuit Avancée"),
                              ("it", "Riparazione Notturna Avanzata"), ("pt", "Reparação Noturna Avançada")],
    "Double Wear": [("es", "Doble Uso"), ("fr", "Double Tenue"), ("it", "Doppia Tenuta")],
    "Juste un Clou": [("en", "Just a Nail"), ("es", "Solo un Clavo"), ("it", "Solo un Chiodo"), ("de", "Nur ein Nagel")],
    "Canada Goose": [("es", "Ganso de Canadá"), ("fr", "Oie du Canada"), ("it", "Oca del Canada"), ("pt", "Ganso do Canadá")],
    "Oyster Perpetual": [("es", "Ostra Perpetua"), ("fr", "Huître Perpétuelle"), ("it", "Ostrica Perpetua"),
                         ("de", "Ewige Auster")],
    "Air Max": [("es", "Aire Máximo"), ("fr", "Air Max"), ("it", "Aria Max"), ("pt", "Ar Máximo")],
    "Air Force 1": [("es", "Fuerza Aérea 1"), ("fr", "Force de l'Air 1"), ("it", "Forza Aerea 1")],
}
# product words and a cue per language, for a title around a translated mark
# (no "replica": beside die-cast cars and model kits it is a miniature, which the matcher rightly reads so)
FOREIGN_CUES = {"es": ["copia 1:1", "calidad espejo"], "fr": ["copie 1:1", "qualité miroir"],
                "it": ["copia 1:1", "qualità specchio"], "pt": ["cópia 1:1", "qualidade espelho"],
                "de": ["1:1 Kopie", "Spiegelqualität"], "nl": ["1:1 kopie", "kopie AAA"], "en": ["1:1", "AAA quality"]}
CUES = ["1:1", "AAA quality", "mirror quality", "super copy", "high copy", "UA version", "1:1 best version"]

_STOP = {"the", "my", "a", "an", "of", "and", "un", "&"}


def _words(mark: str) -> list[str]:
    return [w for w in re.findall(r"[\w'’]+", mark) if w.casefold() not in _STOP]


def _multiword(b: BrandView) -> list[str]:
    """Multi-word marks of the brand registered as no everyday words, with two different words or more."""
    out = []
    for m in b.latin_marks:
        words = _words(m.value)
        if not m.everyday and len(words) >= 2 and len({w.casefold() for w in words}) == len(words) and all(
                len(w) >= 2 or w.isdigit() for w in words):
            out.append(m.value)
    return out


def make_scattered(b: BrandView, s: Scene) -> Draft | None:
    marks = _multiword(b)
    if not marks:
        return None
    r = s.rng
    words = _words(r.choice(marks))
    cat = s.category()
    product = s.product(cat)
    style = r.randrange(4)
    if style == 3:  # a word cut to its initial: "N. Face", "L. Vuitton"
        k = r.randrange(len(words))
        if not words[k][:1].isalpha() or "'" in words[k] or "’" in words[k]:
            return None
        cut = words[:k] + [words[k][0].upper() + "."] + words[k + 1:]
        title = s.title(" ".join(cut), product, r.choice(CUES))
    elif style == 0:  # reordered, side by side: "Face North"
        shuffled = words[:]
        while shuffled == words:
            r.shuffle(shuffled)
        title = s.title(" ".join(shuffled), product, r.choice(CUES))
    elif style == 1:  # spread: "North <product> Face"
        title = f"{words[0]} {product} {' '.join(words[1:])} {r.choice(CUES)}"
    else:  # spread over the whole title, in another order
        title = f"{_cap(words[-1])} {s.filler()} {product} {' '.join(reversed(words[:-1]))} {r.choice(CUES)}"
    return Draft(title, cat, s.price(cat), r.choice(context.DESCRIPTIONS))


def make_translated(b: BrandView, s: Scene) -> Draft | None:
    options = [(lang, phrase) for m in b.latin_marks if not m.everyday for lang, phrase in TRANSLATIONS.get(m.value, [])]
    if not options:
        return None
    r = s.rng
    lang, phrase = r.choice(options)
    cat = s.category()
    product = s.product(cat)
    low = cat in b.floors and r.random() < 0.3
    parts = [phrase, product] if r.random() < 0.6 else [product, phrase]
    if not low:
        parts.insert(r.choice([0, len(parts)]), r.choice(FOREIGN_CUES[lang]))
    return Draft(" ".join(parts), cat, s.price(cat, low=low), r.choice(context.DESCRIPTIONS))


DUPE_SHAPES = ["{m} {p} dupe, {c}", "Alternative to {m} {p} - {c}", "{P} like {m}, {c}", "Better than {m}? {P}, {c}",
               "{m} {p} alternative, {c}", "{P}, smells like {m}, {c}", "Dupe for {m} {p} | {c}",
               "{P} alternativa a {m}, {c}", "{P} comme {m}, {c}", "{m} 平替 {p} {c}"]
CLAIMS = ["same factory", "made in the same factory as retail", "passes authentication", "identical to the original",
          "with original logo", "can't tell the difference", "1:1 version", "perfect dupe, same factory",
          "misma fábrica", "idéntico al original", "même usine", "identique à l'original", "stessa fabbrica",
          "gleiche Fabrik", "同厂", "一模一样", "スーパーコピー", "один в один"]


def make_dupe_claim(b: BrandView, s: Scene) -> Draft:
    m = _plain_mark(b, s)
    cat = s.category()
    p = s.product(cat)
    title = s.rng.choice(DUPE_SHAPES).format(m=m, p=p, P=_cap(p), c=s.rng.choice(CLAIMS))
    price = s.price(cat)
    return Draft(title, cat, (round(price[0] * s.rng.uniform(0.2, 0.7), 2), price[1]), s.rng.choice(context.DESCRIPTIONS))


MEDICINE_CATEGORIES = {"prescription drugs"}
GENERIC_SHAPES = ["Generic {m} {dose}, {n} tablets", "{m} equivalent {dose} x {n}", "{m} generic {dose}, {n} pills",
                  "Genérico {m} {dose} {n} comprimidos"]


def make_generic_medicine(b: BrandView, s: Scene) -> Draft | None:
    cats = [c for c in b.categories if c in MEDICINE_CATEGORIES]
    marks = [m.value for m in b.latin_marks if not m.everyday and m.value.casefold() != b.name.casefold()]
    if not cats or not marks:
        return None
    r = s.rng
    cat = r.choice(cats)
    said = r.choice(GENERIC_SHAPES).format(m=r.choice(marks), dose=r.choice(["20mg", "50mg", "100mg", "500mg"]),
                                          n=r.choice([10, 30, 60, 90]))
    price = s.price(cat, low=True)
    if r.random() < 0.5:  # the mark in the description only
        return Draft(r.choice(["Men's health tablets, discreet shipping", "Pharmacy tablets 30 count, fast delivery",
                               "Tablets blister pack, no prescription needed"]),
                     r.choice([cat, "health", "pharmacy", None]), price, f"{said}. Shipped from India.")
    return Draft(said, r.choice([cat, "health", None]), price, "Discreet packaging.")


def make_trap_scattered(b: BrandView, s: Scene) -> Draft | None:
    """Marks made of ordinary English words only (none of them a mark itself: "puma" and "suede" apart still name
    Puma), used apart in their ordinary sense."""
    own = {m.value.casefold() for m in b.marks}
    marks = [m for m in _multiword(b) if all(w.casefold() in ORDINARY and w.casefold() not in own for w in _words(m))]
    if not marks:
        return None
    r = s.rng
    words = [w.lower() for w in _words(r.choice(marks))]
    cat = s.category()
    p = s.product(cat)
    shapes = ["{P} with {b} print, {a} collection", "{P} – {b} detail, {a} edition", "{P} for {b} lovers, {a} theme",
              "{P}, {b} pattern, made in the {a}", "{P} for {b} and {a}"]
    a, rest = words[0], " ".join(words[1:])
    title = r.choice(shapes).format(P=_cap(p), p=p, a=a, b=rest)
    price = s.price(cat)
    return Draft(title, cat, (round(price[0] * r.uniform(0.6, 1.3), 2), price[1]), r.choice(context.DESCRIPTIONS))


HONEST_DUPES = ["{O} {p} - smells like {m}, our own formula", "{O} {p}: a budget alternative to {m}", "Dupe for {m}? {O} {p}, honest review",
                "{O} {p}, similar to {m} at a third of the price", "{O} {p} (alternative to {m}), own brand, no logo",
                "{O} {p}, parecido a {m}, marca propia", "{O} {p}, comme {m} mais moins cher", "{O} {p}, {m} 平替 国产品牌"]


def make_honest_dupe(b: BrandView, s: Scene) -> Draft:
    m = _plain_mark(b, s)
    cat = s.category()
    p = s.product(cat)
    title = s.rng.choice(HONEST_DUPES).format(O=s.rng.choice(["Acme", "Kestrel", "Northwind", "Baseus", "Lumen"]), p=p, m=m)
    price = s.price(cat)
    return Draft(title, cat, (round(price[0] * s.rng.uniform(0.2, 0.6), 2), price[1]), "Our own brand. Not affiliated.")


AFTERMARKET_NUMBERS = ["{O} {acc}, {n} equivalent", "{n} compatible {acc}, {O}", "Remanufactured {acc} {n} XL",
                       "{acc} cross reference {n}", "{O} {acc} - interchange {n}", "{n} equivalent {acc} (non-genuine)",
                       "{acc} replaces OEM {n}", "{O} {acc} {n} aftermarket"]


def make_aftermarket_number(b: BrandView, s: Scene) -> Draft | None:
    models = [m.value for m in b.models if any(c.isdigit() for c in m.value) and len(m.value) >= 5]
    if not models or MEDICINE_CATEGORIES & set(b.categories):  # a medicine has no aftermarket parts
        return None
    r = s.rng
    cat = s.category()
    acc = (context.ACCESSORIES.get(cat) or context.ACCESSORY_FALLBACK)[0][0].replace("compatible ", "")
    title = r.choice(AFTERMARKET_NUMBERS).format(O=r.choice(["Fram", "MANN", "Ugreen", "Acme", "Valeo"]), acc=acc, n=r.choice(models))
    return Draft(_cap(title), r.choice(["spare parts", "replacement parts", "accessories", None]),
                 (round(r.uniform(4, 30), 2), "USD"), "Third-party part, not made by the brand.")


EVASION_MAKERS = {"scattered": make_scattered, "translated_mark": make_translated, "dupe_claim": make_dupe_claim,
                  "generic_medicine": make_generic_medicine}
TRAP_MAKERS = {"trap_scattered_words": make_trap_scattered, "trap_honest_dupe": make_honest_dupe,
               "trap_aftermarket_number": make_aftermarket_number}


# ------------------------------------------------------------------ listings that sell no goods of the brand (subject)

TRAPS_SUBJECT = {
    "trap_wanted": "a buyer's 'wanted' post naming the brand's product, nothing for sale (WTB, looking for, suche, 求购)",
    "trap_rental": "the rental or hire of the brand's genuine goods, priced per day or week",
    "trap_service_using": "a service that uses the brand's product and says so (a transfer in it, a session with it)",
    "trap_scale_model": "a scale model, miniature or prop of the brand's product (1:18 die-cast, display model)",
    "trap_made_with": "a home-made or own-brand food made with the brand's product as an ingredient",
}
WANTED = ["WTB: {m} {p}, paying cash", "Wanted: {m} {p} in good condition", "Looking for {m} {p}, any colour",
          "ISO {m} {p}, local pickup", "Suche {m} {p}", "Busco {m} {p} usado", "求购 {m} {p}", "Buying {m} {p}, top prices paid"]
RENTALS = ["Rent a {m} {p} - per day", "{m} {p} for rent, daily rate", "{m} {p} rental, weekend special", "{m} {p} for hire",
           "Alquiler {m} {p} por día", "{m} {p} zu vermieten, pro Tag", "{m} {p} 出租 日租"]
USING = ["Airport transfer with our {m} {p}", "Photo session shot with {m} {p}", "Wedding photography, {m} {p} used",
         "Salon blow dry with the {m} {p}", "DJ service with {m} {p} sound", "Cooking class using {m} {p}",
         "Golf lessons with {m} {p} provided"]
MODELS = ["{m} {p} 1:18 scale model, die-cast", "{m} {p} miniature, display model", "{m} {p} 1:24 diecast replica",
          "Movie prop replica {m} {p}", "{m} {p} scale model kit 1:12", "{m} {p} resin statue 30cm"]
MADE_WITH = ["Homemade brownies made with {m}", "Cheesecake topped with {m}, handmade 8 inch", "Cookies baked with {m}, box of 12",
             "Birthday cake filled with {m}", "Cupcakes decorated with {m} 6 pack", "Tarta hecha con {m}, casera"]
FOOD_SECTOR_CATEGORIES = {"chocolate", "confectionery", "spreads", "coffee", "soft drinks", "dairy"}


def _subject_trap(shapes: list[str], category: str | None = None, price: tuple[float, float] = (5, 80)):
    def make(b: BrandView, s: Scene) -> Draft | None:
        m = _plain_mark(b, s)
        cat = s.category()
        p = s.product(cat)
        title = s.rng.choice(shapes).format(m=m, p=p)
        return Draft(title, category if category is not None else s.rng.choice([cat, "services", None]),
                     (round(s.rng.uniform(*price), 2), "USD"), s.rng.choice(["", "Contact me for details.", "Genuine item."]))
    return make


def make_wanted(b: BrandView, s: Scene) -> Draft:
    draft = _subject_trap(WANTED)(b, s)
    draft.price = None if s.rng.random() < 0.5 else (0.0, "USD")
    return draft


def make_scale_model(b: BrandView, s: Scene) -> Draft | None:
    if any(c in b.categories for c in ("die-cast cars", "model kits", "action figures", "crystal figurines")):
        return None  # the brand sells models itself: its models are its goods
    draft = _subject_trap(MODELS)(b, s)
    draft.category = s.rng.choice(["collectibles", "toys", "model kits", None])
    return draft


def make_made_with(b: BrandView, s: Scene) -> Draft | None:
    if not FOOD_SECTOR_CATEGORIES & set(b.categories):
        return None
    marks = [m.value for m in b.latin_marks if m.value.casefold() != b.name.casefold()] or [b.name]
    title = s.rng.choice(MADE_WITH).format(m=s.rng.choice(marks))
    return Draft(title, s.rng.choice(["bakery", "cakes", "food", None]), (round(s.rng.uniform(5, 40), 2), "USD"), "Made to order.")


TRAP_MAKERS.update({"trap_wanted": make_wanted, "trap_rental": _subject_trap(RENTALS),
                    "trap_service_using": _subject_trap(USING), "trap_scale_model": make_scale_model,
                    "trap_made_with": make_made_with})
TRAPS.update(TRAPS_SUBJECT)
