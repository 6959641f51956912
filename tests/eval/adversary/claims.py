"""The adversary's claim classes (frames, 2026-12-01 evening): a counterfeit framed as something benign — an accessory
"for" the product, a "dupe", a spare part, a fair-looking price — whose text still says the brand's product, mark or
genuine part is what is sold; and the honest twin of each.

Written from first principles of how such listings are worded on marketplaces (a box "for" a product that says the
product ships in it, in each language's own word order: "incluye las zapatillas", "Gerät inklusive"; the brand's logo,
monogram, tag or patch as decoration on other goods, which 18 U.S.C. § 2320 counts as counterfeit labels and emblems;
a flash cart "with 500 games" copied from a platform; a part said to be the maker's own "genuine" battery at a
fraction of that part's registered floor; the registry's own model named by its name at a price only a line's cheapest
item or the category's cheapest jewel would fetch). Nothing here is taken from a held-out set: the classes are the
held-out report's class names (outsider7 final.md), the words and templates are ours.
"""

from __future__ import annotations

import re

from tests.eval.adversary.generate import BrandView, Draft, Scene, _cap, _pick_mark

EVASIONS = {
    "frame_product_inside_languages": "a box, case or pouch 'for' the brand's product that says, in its language's own "
                                      "words, that the product itself ships in it ('incluye las zapatillas', 'Gerät "
                                      "inklusive', 'appareil inclus', 'устройство в комплекте', 包含), with a copy word of "
                                      "that language or far below the floor, in 9 languages",
    "frame_mark_on_goods": "the brand's logo, monogram, tag, patch or registered logo name as decoration on other goods or "
                           "on a 'dupe' (logo stickers for dials, a monogram steering-wheel cover, 'dupe with the Coach "
                           "leather tag'), in 6 languages",
    "part_claimed_genuine": "a registered part (a model whose name is a part: battery pack, filter, sensor) said to be the "
                            "maker's genuine or original one, in packs, at 5-40 % of that part's own floor",
    "games_preloaded": "a cartridge, card or handheld 'for' a game platform carrying hundreds of its games ('with 500 "
                       "games', '10000 in 1', 'con 500 juegos'): copies of the brand's goods",
    "fake_model_name_floor": "a registered model named by its registry name without its number ('Cartier Love bracelet') "
                             "at a price above the category's or line's floor but far below that model's own",
}
TRAPS = {
    "trap_product_not_inside": "the same frames in the same languages with the product refused or absent ('sin las "
                               "zapatillas', 'Gerät nicht enthalten', 'appareil non inclus'), at an accessory's price",
    "trap_mark_refused": "frames and dupes that refuse the brand's mark or show the product's own ('no logo, no tags', "
                         "'logo cutout', 'shows the logo through')",
    "trap_part_compatible": "a third party's part for the registered part ('battery for …, compatible', 'replacement') at "
                            "a compatible part's price, and the genuine part at or above its floor",
    "trap_games_storage": "cases, towers and stands for a platform's games that hold a number of them ('holds 24 games', "
                          "'stores 120 games')",
    "trap_model_name_fair": "the registered model named by its registry name at or above its own floor, new",
}

_HOLDERS = {"en": ["Storage box", "Display case", "Travel case", "Gift box", "Protective case"],
            "es": ["Caja", "Estuche", "Funda"], "de": ["Aufbewahrungsbox", "Etui", "Box"], "fr": ["Boîte", "Étui"],
            "it": ["Scatola", "Custodia"], "pt": ["Caixa", "Estojo"], "pl": ["Etui"], "ru": ["Чехол"],
            "zh": ["收纳盒", "收纳包"]}
_FOR = {"en": "for", "es": "para", "de": "für", "fr": "pour", "it": "per", "pt": "para", "pl": "do", "ru": "для", "zh": ""}
# the product said to ship inside: generic device nouns and the verb before the noun, each language's order
_INSIDE = {
    "en": ["device included", "the {n} itself is included", "comes with the {n}", "unit included"],
    "es": ["incluye el {n}", "incluye el aparato", "aparato incluido", "{n} incluido"],
    "de": ["Gerät inklusive", "inklusive der {n}", "Gerät dabei", "{n} inklusive"],
    "fr": ["appareil inclus", "{n} incluse", "appareil inclus dans la boîte"],
    "it": ["dispositivo incluso", "{n} inclusa"], "pt": ["aparelho incluído", "{n} incluída"],
    "pl": ["urządzenie w zestawie"], "ru": ["устройство в комплекте", "{n} в комплекте"], "zh": ["包含{n}", "含{n}"],
}
_NOT_INSIDE = {
    "en": ["device not included", "{n} not included", "box only, no {n}", "{n} sold separately"],
    "es": ["sin el {n}", "aparato no incluido", "{n} no incluido"],
    "de": ["Gerät nicht enthalten", "ohne Gerät", "{n} nicht enthalten"],
    "fr": ["appareil non inclus", "sans {n}"], "it": ["dispositivo non incluso", "senza {n}"],
    "pt": ["aparelho não incluído", "sem {n}"], "pl": ["urządzenie nie jest w zestawie"],
    "ru": ["устройство не входит в комплект", "без устройства"], "zh": ["不含{n}", "不包含{n}"],
}
_NOUN = {"en": "product", "es": "producto", "de": "Produkt", "fr": "produit", "it": "prodotto", "pt": "produto",
         "pl": "produkt", "ru": "товар", "zh": "商品"}
_COPY = {"en": ["1:1", "mirror quality", "replica"], "es": ["calidad espejo", "réplica"], "de": ["Spiegelqualität", "1:1"],
         "fr": ["qualité miroir", "réplique"], "it": ["qualità specchio", "replica"], "pt": ["qualidade espelho"],
         "pl": ["replika", "1:1"], "ru": ["копия", "реплика"], "zh": ["高仿", "一比一"]}


def _mark(b: BrandView, s: Scene) -> str | None:
    """A Latin mark registered as no everyday word, as written."""
    m = _pick_mark(b, s, [m for m in b.latin_marks if not m.everyday and not m.value.isdigit() and len(m.value) >= 3])
    return m and m.value


def _line(b: BrandView, s: Scene) -> str:
    lines = [m.value for m in b.latin_marks if m.floor and not m.everyday] + [
        m.value for _, m in b.vocabulary if m.floor and not m.everyday]
    return s.rng.choice(lines) if lines and s.rng.random() < 0.6 else ""


def _holder(b: BrandView, s: Scene, table: dict[str, list[str]], copy: bool) -> Draft | None:
    mark = _mark(b, s)
    cats = [c for c in b.categories if c in b.floors]
    if mark is None or not cats:
        return None
    cat = s.rng.choice(cats)
    lang = s.rng.choice(sorted(_HOLDERS))
    holder, line = s.rng.choice(_HOLDERS[lang]), _line(b, s)
    inside = s.rng.choice(table[lang]).format(n=_NOUN[lang])
    named = " ".join(x for x in (mark, line) if x)
    if lang == "zh":
        title = f"{holder} 适用于 {named} {inside}"
    else:
        title = f"{holder} {_FOR[lang]} {named} – {inside}"
    low = not copy or s.rng.random() < 0.4
    if copy and not low or copy and s.rng.random() < 0.5:
        title += ", " + s.rng.choice(_COPY[lang])
    return Draft(title, cat, s.price(cat, low=True) if low else s.price(cat, low=True), "")


def make_product_inside(b: BrandView, s: Scene) -> Draft | None:
    return _holder(b, s, _INSIDE, copy=True)


def make_product_not_inside(b: BrandView, s: Scene) -> Draft | None:
    return _holder(b, s, _NOT_INSIDE, copy=False)


# ------------------------------------------------------------------ the mark as decoration

_DECORATED = [
    "{m} logo stickers for {x}, {k} pcs", "{m} logo decals for {x}, {k} pcs", "Steering wheel cover {m} logo",
    "Car seat covers for any car with {m} logo, set of {k}", "Housse de volant {m} monogramme, personnalisée",
    "Funda de volante {m} con logo", "Lenkradbezug für {m} mit Logo", "Keychain for car keys, {m} logo emblem",
    "{m} dupe {p} with {m} logo tag", "{p} dupe, {m} leather tag and dust bag", "{m} dupe {p}, {m} patch sewn on",
    "{m} inspired {p} with {m} emblem", "Чехол на руль {m} с логотипом",
    "{m}-style {p}, {m} label inside",
]
_LOGO_DECORATED = ["{m} dupe {p} with the {l} sewn on", "{p} with {l}, {m} dupe", "{l} stickers for {x}, {k} pcs, {m}"]
_REFUSED = [
    "{m} dupe {p}, no logo, no tags", "{p} dupe like {m}, without the {m} logo", "{m}-inspired {p}, no {m} tag",
    "Clear case for {m} {p}, shows the {m} logo", "Protective case for {m} {p}, logo cutout",
    "Dust cover for {m} {p}, plain, no logo", "{m} dupe {p}, logo-free, own label",
    "Steering wheel cover for {m} cars, plain black leather",
]
_SURFACES = ["watch dials", "laptops", "phone cases", "helmets", "car windows", "gift boxes", "water bottles"]


def _decorated(b: BrandView, s: Scene, shapes: list[str], with_logo_names: bool) -> Draft | None:
    mark = _mark(b, s)
    if mark is None:
        return None
    cat = s.category(with_floor=True)
    logos = [m.value for m in b.declared("logo") if " " in m.value] if with_logo_names else []
    shape = s.rng.choice(shapes + (_LOGO_DECORATED if logos else []))
    title = shape.format(m=mark, p=s.product(cat), x=s.rng.choice(_SURFACES), k=s.rng.choice([4, 10, 20, 50, 100]),
                         l=s.rng.choice(logos) if logos else "")
    return Draft(_cap(title), cat, (round(s.rng.uniform(3, 40), 2), "USD"), s.rng.choice(["", "Viral dupe!", "Ships fast."]))


def make_mark_on_goods(b: BrandView, s: Scene) -> Draft | None:
    return _decorated(b, s, _DECORATED, with_logo_names=True)


def make_mark_refused(b: BrandView, s: Scene) -> Draft | None:
    return _decorated(b, s, _REFUSED, with_logo_names=False)


# ------------------------------------------------------------------ a registered part claimed genuine

_PART_WORDS = re.compile(r"(?i)\b(battery|batteries|filter|filters|sensor|sensors|brush heads|cartridge|cartridges|charger)\b")
_GENUINE = ["{m} {v} genuine {n}, {k} pack, new", "Original {m} {v} {n} x{k}", "{m} {v} {n} original, {k} pcs",
            "Genuine {m} {v} {n} ({k} pack)", "{m} {v} {n} 100% original"]
_COMPATIBLE = ["{n} for {m} {v}, compatible, {k} pack", "Replacement {n} for {m} {v}, {k} pack",
               "Compatible {n} for {m} {v} x{k}"]


def _parts(b: BrandView) -> list[tuple[str, str, tuple[float, str]]]:
    return [(m.value, found.group(1).lower(), m.floor) for m in b.models
            if m.floor and (found := _PART_WORDS.search(m.name or ""))]


def make_part_claimed_genuine(b: BrandView, s: Scene) -> Draft | None:
    mark, parts = _mark(b, s), _parts(b)
    if mark is None or not parts:
        return None
    value, noun, (amount, cur) = s.rng.choice(parts)
    title = s.rng.choice(_GENUINE).format(m=mark, v=value, n=noun, k=s.rng.choice([2, 4, 10, 20]))
    return Draft(title, s.rng.choice(b.categories), (round(amount * s.rng.uniform(0.05, 0.4), 2), cur), "")


def make_part_compatible(b: BrandView, s: Scene) -> Draft | None:
    mark, parts = _mark(b, s), _parts(b)
    if mark is None or not parts:
        return None
    value, noun, (amount, cur) = s.rng.choice(parts)
    if s.rng.random() < 0.5:
        title = s.rng.choice(_COMPATIBLE).format(m=mark, v=value, n=noun, k=s.rng.choice([2, 4]))
        price = round(amount * s.rng.uniform(0.1, 0.4), 2)
    else:
        title = s.rng.choice(["{m} {v} genuine {n}, new", "Original {m} {v} {n}"]).format(m=mark, v=value, n=noun)
        price = round(amount * s.rng.uniform(1.0, 1.4), 2)
    return Draft(title, s.rng.choice(b.categories), (price, cur), "")


# ------------------------------------------------------------------ a platform's games copied

_GAME_CATEGORIES = {"consoles", "video games", "games", "handheld consoles"}
_PLATFORMS = {"nintendo": ["DS", "3DS", "Switch"], "sony": ["PSP", "PS Vita"], "microsoft": ["Xbox"]}
_PRELOADED = ["R4 card for {m} {c} with {k} games, plug and play", "Flash cart for {m} {c} with {k} games",
              "SD card for {m} {c}, preloaded {k} games", "Tarjeta R4 para {m} {c} con {k} juegos",
              "Carte R4 pour {m} {c} avec {k} jeux", "Retro handheld for {m} games, {k} in 1",
              "Modchip kit for {m} {c} with {k} games"]
_STORAGE = ["Game case for {m} {c}, holds 24 games", "Storage tower for {m} {c}, stores {k} games",
            "Cartridge holder for {m} {c}, 12 slots", "Display stand for {m} {c} games, holds {k} games"]


def _games(b: BrandView, s: Scene, shapes: list[str]) -> Draft | None:
    mark = _mark(b, s)
    if mark is None or b.id not in _PLATFORMS:
        return None
    title = s.rng.choice(shapes).format(m=mark, c=s.rng.choice(_PLATFORMS[b.id]), k=s.rng.choice([120, 300, 500, 1000, 10000]))
    cats = [c for c in b.categories if "console" in c or "game" in c] or [None]
    return Draft(title, s.rng.choice(cats), (round(s.rng.uniform(9, 60), 2), "USD"), "")


def make_games_preloaded(b: BrandView, s: Scene) -> Draft | None:
    return _games(b, s, _PRELOADED)


def make_games_storage(b: BrandView, s: Scene) -> Draft | None:
    return _games(b, s, _STORAGE)


# ------------------------------------------------------------------ a model named by its name


def named_models(b: BrandView) -> list[tuple[str, tuple[float, str], float]]:
    """(name, the model's floor, the highest floor a plain mention of its words could be judged by) for the models
    whose registry name holds a registered mark or line of the brand and another word ("Love bracelet")."""
    words = {m.value.casefold(): m for m in b.latin_marks} | {m.value.casefold(): m for _, m in b.vocabulary}
    out = []
    for m in b.models:
        name = (m.name or "").split("(")[0].strip()
        if not m.floor or len(name.split()) < 2 or not name.isascii() or "oem" in name.casefold().split():
            continue
        held = [w for w in words if re.search(rf"(?<![a-z0-9]){re.escape(w)}(?![a-z0-9])", name.casefold()) and w != name.casefold()]
        if not held:
            continue
        cheap = max([words[w].floor[0] for w in held if words[w].floor and words[w].floor[1] == m.floor[1]]
                    + [f[0] for f in b.floors.values() if f[1] == m.floor[1]] + [0.0])
        out.append((name, m.floor, cheap))
    return out


def _model_name(b: BrandView, s: Scene, fair: bool) -> Draft | None:
    found = [(n, f, c) for n, f, c in named_models(b) if fair or 0 < c * 1.1 < f[0] * 0.4]
    if not found:
        return None
    name, (amount, cur), cheap = s.rng.choice(found)
    if any("prescription" in c for c in b.categories):
        return None  # a marketplace offer of prescription medicines is no retailer's, whatever its price
    named = name if b.name.casefold() in name.casefold() else f"{b.name} {name}"
    cats = [c for c, (floor, cur) in b.floors.items() if cur == amount_cur(b, name) and floor <= named_floor(b, name)]
    if not cats:
        return None
    extra = s.rng.choice(["", ", brand new", ", with box", ", full set", ", new with tags"])
    price = amount * s.rng.uniform(1.0, 1.4) if fair else s.rng.uniform(cheap * 1.05, amount * 0.4)
    return Draft(f"{named}{extra}", s.rng.choice(cats), (round(price, 2), cur), "")


def named_floor(b: BrandView, name: str) -> float:
    return next(m.floor[0] for m in b.models if (m.name or "").split("(")[0].strip() == name)


def amount_cur(b: BrandView, name: str) -> str:
    return next(m.floor[1] for m in b.models if (m.name or "").split("(")[0].strip() == name)


def make_model_name_floor(b: BrandView, s: Scene) -> Draft | None:
    return _model_name(b, s, fair=False)


def make_model_name_fair(b: BrandView, s: Scene) -> Draft | None:
    return _model_name(b, s, fair=True)


EVASION_MAKERS = {"frame_product_inside_languages": make_product_inside, "frame_mark_on_goods": make_mark_on_goods,
                  "part_claimed_genuine": make_part_claimed_genuine, "games_preloaded": make_games_preloaded,
                  "fake_model_name_floor": make_model_name_floor}
TRAP_MAKERS = {"trap_product_not_inside": make_product_not_inside, "trap_mark_refused": make_mark_refused,
               "trap_part_compatible": make_part_compatible, "trap_games_storage": make_games_storage,
               "trap_model_name_fair": make_model_name_fair}
