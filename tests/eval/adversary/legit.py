"""The adversary's context classes (detect-context): innocent listings that name a brand for a legitimate reason,
and the counterfeits that hide behind the same words or outside the title.

Written from general knowledge of marketplace language (how books, courses, repair and authentication services,
honest comparisons, aftermarket parts catalogues and fan-shirt, battery and refurbished listings are worded, in
English and a few other languages); nothing here is taken from the matcher or from a held-out set. Every trap has
a counter-class: the same words with a counterfeit's cue or price must still alert.
"""

from __future__ import annotations

from tests.eval.adversary import context
from tests.eval.adversary.generate import BrandView, Draft, Scene, _cap, _plain_mark

TRAPS = {
    "trap_media_service": "a book, magazine, manual, course, repair or authentication service about the brand's goods",
    "trap_honest_comparison": "another brand's product compared with the brand ('quieter than X', 'rivals X', 'X vs ours')",
    "trap_aftermarket": "a third party's part or consumable citing the brand's product or part it replaces",
    "trap_trade_sense": "cue words in their trade sense: AAA batteries, replica jerseys, Grade A refurbished, OEM licences",
    "trap_negation_more": "own-brand products that say they are not the brand, in more English and Spanish phrasings",
    "trap_accessory_ja": "accessories for the brand in Japanese word order (X 第2世代 対応 ケース)",
}
EVASIONS = {
    "wrong_category": "a plain mark with the replica trade's own words (1:1, AAA, super copy, 高仿) in a far category",
    "accessory_decoy": "titled as an accessory for the product; the text says the product is included, with a cue",
    "attributes_only": "the brand only in the item specifics (Brand, Model), a generic title with a cue or a low price",
    "seller_name_only": "the brand only in the shop's name, a generic title in the brand's category with a cue",
    "copy_behind_context": "a copy in the trap's words: a 'replacement' or a comparison or a book bundle that claims 1:1",
}

WORKS = ["The {m} Book: history and collector's guide, hardcover", "{M}: the official history, paperback",
         "Collector's guide to {m} {p}, 320 pages", "{m} workshop manual, all models 2010-2020",
         "Vintage magazine issue featuring {m} {p}", "Online course: repairing {m} {p}, video lessons",
         "{m} {p} repair service, 7-day turnaround", "{m} authentication service, certificate in 24h",
         "Professional cleaning and restoration service for {m} {p}", "Libro: la historia de {m}, tapa dura",
         "Buch: Die Geschichte von {m}, gebunden", "{m} {p} reparación, servicio técnico", "{m} 鉴定 服务"]
WORK_CATEGORIES = ["books", "magazines", "services", "Books & Magazines > Nonfiction", "courses", None]
COMPARISONS = ["{O} {p}, quieter than {m}", "{O} {p} - rivals {m} at half the price", "{O} {p}, lighter than the {m}",
               "{O} {p}: better value than any {m}", "{O} {p} outperforms {m} in our tests", "{O} {p} vs {m} comparison",
               "{O} {p} - more comfortable than {m}", "{O} {p}, mejor que {m}", "{O} {p}, besser als {m}"]
OTHER_BRANDS = ["Acme", "Northwind", "Kestrel", "Soundcore", "Ninja", "Anker", "Casio", "Asics", "Ugreen", "Baseus"]
AFTERMARKET = ["{Acc} replaces {m} {p}", "{Acc}, cross reference {m} {p}", "{Acc} - equivalent to {m} {p}",
               "Aftermarket {acc} for {m} {p}", "{Acc}, replacement for {m} {p}, non-genuine",
               "{m} {p} back glass replacement kit", "{m} {p} joystick replacement kit", "{Acc} sustituye a {m} {p}",
               "{Acc} ersetzt {m} {p}", "Generic {acc} fits {m} {p}"]
PART_WORDS = ["filter", "battery", "charger", "brush heads", "ink cartridge", "seal kit", "power cord", "ear cushions"]
TRADE_SENSES = ["{Acc} for {m} {p} remote, uses 2 AAA batteries", "{Acc} for {m} {p}, AAA batteries included",
                "{Acc} for {m} {p} (grade A refurbished)", "{Acc} for {m} {p}, OEM part number on the box"]
NEGATIONS = ["{P}, no connection with {m}", "{P} - this is not a {m} product", "{P}; no relation to {m}",
             "{P}, not made by or affiliated with {m}", "{P}, sin relación con {m}", "{P}, no afiliado a {m}",
             "{P} genérico, no es de la marca {m}", "{P}, no es un producto {m}"]
JA_ACCESSORIES = ["{m} {p} 第2世代 対応 ケース", "{m} {p} 用 ケース 手帳型", "{m} {p} 対応 保護フィルム 2枚",
                  "{m} {p} 専用 カバー シリコン"]
TRADE_CUES = ["1:1 AAA", "AAA 1:1", "AAA quality", "super copy", "high copy", "mirror quality", "高仿", "原单", "1:1 best version"]


def _product(b: BrandView, s: Scene) -> tuple[str, str]:
    cat = s.category()
    return s.product(cat), cat


def _accessory(cat: str, s: Scene) -> str:
    accs = context.ACCESSORIES.get(cat) or context.ACCESSORY_FALLBACK
    return s.rng.choice(accs)[0].split(",")[0].replace("compatible ", "")


def make_media_service(b: BrandView, s: Scene) -> Draft:
    m = _plain_mark(b, s)
    p, _ = _product(b, s)
    title = s.rng.choice(WORKS).format(m=m, M=m.upper(), p=p)
    return Draft(title, s.rng.choice(WORK_CATEGORIES), (round(s.rng.uniform(8, 60), 2), "USD"), "")


def make_honest_comparison(b: BrandView, s: Scene) -> Draft:
    m = _plain_mark(b, s)
    p, cat = _product(b, s)
    title = s.rng.choice(COMPARISONS).format(O=s.rng.choice(OTHER_BRANDS), p=p, m=m)
    price = s.price(cat)
    return Draft(title, cat, (round(price[0] * s.rng.uniform(0.2, 0.6), 2), price[1]), "Our own brand.")


def make_aftermarket(b: BrandView, s: Scene) -> Draft:
    m = _plain_mark(b, s)
    p, cat = _product(b, s)
    acc = s.rng.choice(PART_WORDS)
    title = s.rng.choice(AFTERMARKET).format(Acc=_cap(acc), acc=acc, m=m, p=p)
    return Draft(title, s.rng.choice(["spare parts", "replacement parts", "accessories", None]),
                 (round(s.rng.uniform(5, 40), 2), "USD"), "Compatible replacement, not made by the brand.")


def make_trade_sense(b: BrandView, s: Scene) -> Draft:
    m = _plain_mark(b, s)
    p, cat = _product(b, s)
    acc = _accessory(cat, s)
    title = s.rng.choice(TRADE_SENSES).format(Acc=_cap(acc), m=m, p=p)
    return Draft(title, s.rng.choice(["accessories", "spare parts", None]), (round(s.rng.uniform(5, 30), 2), "USD"), "")


def make_negation_more(b: BrandView, s: Scene) -> Draft:
    m = next((x.value for x in b.latin_marks if not x.everyday), None) or _plain_mark(b, s)
    p, cat = _product(b, s)
    title = s.rng.choice(NEGATIONS).format(P=_cap(p), m=m)
    price = s.price(cat)
    return Draft(title, cat, (round(price[0] * s.rng.uniform(0.3, 0.7), 2), price[1]), "Unbranded generic product.")


def make_accessory_ja(b: BrandView, s: Scene) -> Draft:
    m = _plain_mark(b, s)
    p, _ = _product(b, s)
    return Draft(s.rng.choice(JA_ACCESSORIES).format(m=m, p=p.split()[0]), s.rng.choice(["スマホケース", "アクセサリー", None]),
                 (round(s.rng.uniform(800, 3000)), "JPY"), "")


def make_wrong_category(b: BrandView, s: Scene) -> Draft:
    m = _plain_mark(b, s)
    cue = s.rng.choice(["1:1 AAA", "AAA 1:1", "super copy", "high copy", "1:1 mirror quality", "高仿", "原单"])
    words = [m, cue, s.rng.choice(["", "new", "hot sale", "fast shipping", "gift"])]
    if s.rng.random() < 0.5:
        words[0], words[1] = words[1], words[0]
    return Draft(" ".join(w for w in words if w), s.rng.choice(["pet supplies", "baby", "crafts", "garden", "books",
                                                                "party supplies"]),
                 (round(s.rng.uniform(15, 120), 2), "USD"), s.rng.choice(context.DESCRIPTIONS))


def make_accessory_decoy(b: BrandView, s: Scene) -> Draft:
    m = _plain_mark(b, s)
    p, cat = _product(b, s)
    title = s.rng.choice(["Protective case for {m} {p}", "Storage box for {m} {p}", "Display stand for {m} {p}"]).format(m=m, p=p)
    desc = s.rng.choice(["{m} {p} included, {c}.", "Comes with the {m} {p} itself, {c}.", "Includes {m} {p}, {c}",
                         "{c}: the {m} {p} is inside the box"]).format(m=m, p=p, c=s.rng.choice(TRADE_CUES[:6]))
    return Draft(title, cat, s.price(cat, low=True), desc)


def make_attributes_only(b: BrandView, s: Scene) -> Draft:
    m = next((x.value for x in b.latin_marks if not x.everyday), None) or _plain_mark(b, s)
    p, cat = _product(b, s)
    low = cat in b.floors and s.rng.random() < 0.5
    title = f"{_cap(p)} {'' if low else s.rng.choice(TRADE_CUES)}".strip()
    draft = Draft(title, cat, s.price(cat, low=low), s.rng.choice(context.DESCRIPTIONS))
    draft.attributes = {s.rng.choice(["Brand", "brand", "Marke", "Marca", "品牌"]): m}
    if b.models and s.rng.random() < 0.5:
        draft.attributes["Model"] = s.rng.choice(b.models).value
    return draft


def make_seller_name_only(b: BrandView, s: Scene) -> Draft | None:
    m = next((x.value for x in b.latin_marks if not x.everyday), None)
    if m is None:
        return None
    p, cat = _product(b, s)
    low = cat in b.floors and s.rng.random() < 0.4
    title = f"{_cap(p)} {'' if low else s.rng.choice(TRADE_CUES)}".strip()
    draft = Draft(title, cat, s.price(cat, low=low), s.rng.choice(context.DESCRIPTIONS))
    draft.seller_name = s.rng.choice(["{m} Outlet Store", "{m} Factory Shop", "Best {m} Deals", "{m} 专卖"]).format(m=m)
    return draft


def make_copy_behind_context(b: BrandView, s: Scene) -> Draft:
    m = next((x.value for x in b.latin_marks if not x.everyday), None) or _plain_mark(b, s)
    cat = s.category(with_floor=True)
    p = s.product(cat)
    cue = s.rng.choice(["1:1", "1:1 replica", "super copy", "AAA replica", "mirror quality"])
    title = s.rng.choice(["Replacement for {m} {p}, {c}", "Better than {m} {p}? {c} copy", "{m} {p} {c}, with book and box",
                          "Quieter than {m} {p}, {c}", "{m} {p} {c} + free repair service"]).format(m=m, p=p, c=cue)
    return Draft(title, cat, s.price(cat, low=True), s.rng.choice(context.DESCRIPTIONS))


TRAP_MAKERS = {"trap_media_service": make_media_service, "trap_honest_comparison": make_honest_comparison,
               "trap_aftermarket": make_aftermarket, "trap_trade_sense": make_trade_sense,
               "trap_negation_more": make_negation_more, "trap_accessory_ja": make_accessory_ja}
EVASION_MAKERS = {"wrong_category": make_wrong_category, "accessory_decoy": make_accessory_decoy,
                  "attributes_only": make_attributes_only, "seller_name_only": make_seller_name_only,
                  "copy_behind_context": make_copy_behind_context}
