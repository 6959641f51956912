"""The adversary's factory packing offers and bulk key lots (recall52, issue 9), and their honest twins:

- A factory's wholesale offer of the goods "same model" packed in a COPY of the maker's box ("packing: copy of original
  box with {brand} logo, or plain brown box", "replica box", "caja réplica", "仿原装盒"), priced per carton: alert
  (evasion `factory_copied_box`; config.COPIED_PACKAGING). Its twin in the same words: one genuine item in its
  ORIGINAL box with the brand's logo and a copy of the receipt, at a shop's price: quiet (`trap_original_box_receipt`).
- The brand's goods named plainly with a copy grade glued to its plus ("A+ replika", "AAA+ quality", "S+ grade"):
  only the brand alerts (evasion `grade_plus_named`; "A+ replika" said together was heard as a rebus of Air Force 1:
  detectors/puzzles.py _GRADE_PLUS).
- Bulk licence keys for resellers with a model year in the title, the price per key in the text in a market's
  notation ("Rs. 306 per key", "₹145/key", "$1.5 per key") and the lot's total in the price field: alert (evasion
  `bulk_keys_per_key`; the rupee's "Rs" before an amount once read as a car's RS trim beside the title's year, so the
  listing passed for a whole vehicle: context/subject.py _SPEC). Its twin: a partner's volume licence per seat at the
  list price or more, same notations: quiet (`trap_volume_licence_per_seat`).

Written from general knowledge of Alibaba / Made-in-China / 1688 toy, watch and sneaker factories' packing lines and of
grey key resellers' and licensing partners' offers (per key, per seat, per user per year); no held-out listing's
string (after outsider39's c_b2b_toys_carton39, c_b2b_software_keys39). Few listings a brand (FEW): the suite's time is
short.
"""

from __future__ import annotations

from tests.eval.adversary.cover import _title_floor
from tests.eval.adversary.generate import BrandView, Draft, Scene

EVASIONS = {
    "factory_copied_box": "a factory's wholesale offer of the goods 'same model' packed in a copy of the maker's box "
                          "(10 languages), priced per carton",
    "bulk_keys_per_key": "bulk licence keys with a model year in the title, the price per key in the text (Rs., ₹, $, "
                         "€), the lot's total in the price field",
    "grade_plus_named": "the brand's goods named plainly with the copy trade's grade glued to its plus ('A+ replika', "
                        "'AAA+ quality', 'S+ grade'; 8 languages): only the brand, never a rebus of another's mark",
}
TRAPS = {
    "trap_original_box_receipt": "one genuine item in its original box with the brand's logo and a copy of the receipt "
                                 "(8 languages), at a shop's price",
    "trap_volume_licence_per_seat": "a partner's volume licence per seat with a year in the title, at list or more, "
                                    "priced in the same notations",
}
FEW = {"factory_copied_box": 2, "bulk_keys_per_key": 2, "grade_plus_named": 2, "trap_original_box_receipt": 2,
       "trap_volume_licence_per_seat": 2}

# (title, description) with {m} the mark, {p} the product, {n} sets a carton, {a} the carton's price, {box} the copied
# box's words, {b} the brand's name
FACTORY = [
    ("{m} {p} same model, factory direct, {n} sets/carton",
     "Our factory makes the {p} same model. Packing: {box} with {b} logo, or neutral brown box. {n} sets per carton, "
     "US$ {a}/carton FOB Shenzhen. MOQ 10 cartons."),
    ("{m} {p} same style wholesale — {n} pcs per carton",
     "Same style as {m} {p}. We pack in {box} ({b} logo printed) on request. US$ {a} per carton of {n} pcs, FOB "
     "Guangzhou, sample 7 days."),
    ("{m} {p} mismo modelo al por mayor, {n} piezas por caja",
     "Fábrica en Guangzhou. Empaque: {box} con logo {b}, o caja marrón. {n} piezas por caja, US$ {a} por caja FOB."),
    ("{m} {p} mesmo modelo atacado, {n} peças por caixa",
     "Fábrica na China. Embalagem: {box} com logo {b} ou caixa parda. {n} peças por caixa, US$ {a} a caixa FOB."),
    ("{m} {p} même modèle en gros, {n} pièces par carton",
     "Usine en Chine. Emballage : {box} avec logo {b}, ou carton neutre. {n} pièces par carton, {a} USD le carton FOB."),
    ("{m} {p} gleiches Modell Großhandel, {n} Stück pro Karton",
     "Fabrik in China. Verpackung: {box} mit {b}-Logo oder neutraler Karton. {n} Stück pro Karton, {a} USD pro Karton FOB."),
    ("{m} {p} такая же модель оптом, {n} шт в коробке",
     "Фабрика в Китае. Упаковка: {box} с логотипом {b} или простая коробка. {n} шт в коробке, {a} USD за коробку FOB."),
    ("{m} {p} aynı model toptan, koli içi {n} adet",
     "Çin'deki fabrikamız. Ambalaj: {box}, {b} logolu, ya da sade koli. Koli içi {n} adet, koli fiyatı {a} USD FOB."),
    ("{m} {p} model sama grosir, {n} pcs per karton",
     "Pabrik di Shantou. Packing: {box} dengan logo {b} atau karton polos. {n} pcs per karton, US$ {a}/karton FOB."),
    ("{m} {p} 同款 工厂直销 一箱{n}套",
     "厂家直销 {p}同款 包装：{box}（印{b}标）或牛皮纸箱 一箱{n}套 ${a}/箱 可混批"),
]
# the copied box in each description's language, FACTORY's order
BOXES = [
    ["copy of original box", "copy of the original box", "copied box", "replica box", "copy of original colour box"],
    ["copied original box", "replica packaging", "copy of the original packaging", "fake box", "copy of brand box"],
    ["copia de la caja original", "caja réplica", "copia del empaque original"],
    ["cópia da caixa original", "caixa réplica", "embalagem réplica"],
    ["copie de la boîte d'origine", "boîte réplique", "copie de l'emballage d'origine"],
    ["Kopie der Originalverpackung", "Kopie des Originalkartons"],
    ["копия оригинальной коробки", "копия фирменной коробки", "реплика коробки"],
    ["orijinal kutu kopyası", "replika kutu"],
    ["kotak replika", "dus replika", "kemasan replika"],
    ["仿原装盒", "仿原装包装", "高仿包装", "复刻包装盒"],
]
# (title, description) with {m}, {p}, {b}; one genuine item in the original box with a copy of the receipt
ORIGINAL_BOX = [
    ("{m} {p}, original box", "Genuine {m} {p} in its original box with the {b} logo. Copy of the receipt included."),
    ("{m} {p} with original box and receipt", "Bought at the {b} store, original box, copy of invoice for warranty."),
    ("{m} {p} en caja original", "{m} {p} original en su caja original con logo {b}. Incluye copia del ticket."),
    ("{m} {p} na caixa original", "{m} {p} original, caixa original com logo {b}, cópia da nota fiscal."),
    ("{m} {p} dans sa boîte d'origine", "{m} {p} authentique, boîte d'origine logo {b}, copie de la facture."),
    ("{m} {p} in Originalverpackung", "Echtes {m} {p} in der Originalverpackung mit {b}-Logo, Kopie der Rechnung dabei."),
    ("{m} {p} в оригинальной коробке", "Оригинал {m} {p}, фирменная коробка {b}, копия чека."),
    ("{m} {p} 原装盒", "正品 {m} {p} 原装盒 印{b}标 附购物小票复印件"),
]

# bulk keys: (title, description) with {m} the mark, {p} the product, {y} a year, {n} keys a lot, {k} the price a key as
# the market writes it
KEYS = [
    ("{m} {p} {y} 1 year retail/OEM keys, reseller price",
     "{m} {p} {y} OEM keys, online activation, email delivery. Bulk price {k} per key, lot of {n}. Reseller panel."),
    ("{m} {p} {y} — bulk {n} OEM keys lot",
     "{p} {y} OEM keys for resellers. {k}/key, lot of {n}, lifetime activation, replacement once if blocked."),
    ("{m} {p} {y} lifetime OEM key wholesale",
     "Wholesale {p} {y} OEM keys: {k} each key, minimum {n} keys. Instant delivery by email, reseller discount."),
]
SEATS = [
    ("{m} {p} {y} volume licence, {n} seats",
     "Authorised {b} licensing partner. {p} {y}, {n} seats, {k} per user per year, GST invoice, admin console."),
    ("{m} {p} {y} business licence — {n} users",
     "{b} partner. Volume licence of {p} {y} for {n} users at {k} per seat per year; tax invoice and onboarding."),
]
YEARS = ["2024", "2025", "2026"]
# price notations: (currency of the field, writing of an amount, rate to USD: units of the currency a dollar)
NOTATIONS = [("INR", "Rs. {:,.0f}", 83.0), ("INR", "₹{:,.0f}", 83.0), ("INR", "Rs {:,.0f}", 83.0),
             ("USD", "${:,.2f}", 1.0), ("EUR", "€{:,.2f}", 0.92)]


def _mark(b: BrandView) -> str | None:
    return b.name if b.name.isascii() and len(b.name) >= 3 else None


def _goods(b: BrandView, s: Scene) -> tuple[str, str, str, float] | None:
    """A category with a floor, a product of it and the floor in USD (unconverted when the floor is in another
    currency: only USD and CNY floors are drawn)."""
    cats = [c for c in b.categories if c in b.floors and b.floors[c][1] in ("USD", "CNY")]
    if not cats or (m := _mark(b)) is None:
        return None
    cat = s.rng.choice(cats)
    amount, cur = b.floors[cat]
    return m, cat, s.product(cat), amount / 7.2 if cur == "CNY" else amount


def _factory(b: BrandView, s: Scene) -> Draft | None:
    if b.iwg not in ("toys-games", "jewelry-watches", "apparel-footwear", "luxury-accessories", "sports-outdoor",
                     "consumer-electronics") or (goods := _goods(b, s)) is None:
        return None
    m, cat, product, floor = goods
    r = s.rng
    i = r.randrange(len(FACTORY))
    title, desc = FACTORY[i]
    n = r.choice([4, 6, 10, 12, 20, 24])
    a = round(n * floor * r.uniform(0.15, 1.3), 1)
    words = dict(m=m, p=product, n=n, a=a, b=b.name, box=r.choice(BOXES[i]))
    return Draft(title.format(**words), cat, (a, "USD"), desc.format(**words))


def _original_box(b: BrandView, s: Scene) -> Draft | None:
    if b.iwg not in ("toys-games", "jewelry-watches", "apparel-footwear", "luxury-accessories", "sports-outdoor",
                     "consumer-electronics") or (goods := _goods(b, s)) is None:
        return None
    m, cat, product, floor = goods
    title, desc = s.rng.choice(ORIGINAL_BOX)
    words = dict(m=m, p=product, b=b.name)
    # a shop's price over the dearest floor the title names (a line's or a model's: cover._title_floor)
    amount, cur = _title_floor(b, f"{m} {product}", (floor, "USD"))
    if cur not in ("USD", "CNY"):
        return None
    amount = amount / 7.2 if cur == "CNY" else amount
    return Draft(title.format(**words), cat, (round(amount * s.rng.uniform(1.1, 1.6), 2), "USD"), desc.format(**words))


def _software(b: BrandView, s: Scene) -> tuple[str, str, str, float] | None:
    if b.iwg != "software-media" or "software licenses" not in b.floors:
        return None
    goods = _goods(b, s)
    if goods is None:
        return None
    m, _, _, _ = goods
    amount, cur = b.floors["software licenses"]
    return m, "software licenses", s.product("software licenses"), amount / 7.2 if cur == "CNY" else amount


def _keys(b: BrandView, s: Scene) -> Draft | None:
    if (goods := _software(b, s)) is None:
        return None
    m, cat, product, floor = goods
    r = s.rng
    currency, writing, rate = r.choice(NOTATIONS)
    n = r.choice([20, 50, 100])
    key = floor * r.uniform(0.01, 0.06) * rate
    title, desc = r.choice(KEYS)
    y = r.choice(YEARS)
    # the field: the lot's total, or (as B2B boards fill it) a catalogue amount far above it
    total = key * n * (1 if r.random() < 0.5 else r.uniform(20, 200))
    words = dict(m=m, p=product, y=y, n=n, k=writing.format(key))
    return Draft(title.format(**words), cat, (round(total, 2), currency), desc.format(**words))


def _seats(b: BrandView, s: Scene) -> Draft | None:
    if (goods := _software(b, s)) is None:
        return None
    m, cat, product, floor = goods
    r = s.rng
    currency, writing, rate = r.choice(NOTATIONS)
    n = r.choice([10, 25, 50])
    seat = floor * r.uniform(1.0, 1.4) * rate
    title, desc = r.choice(SEATS)
    words = dict(m=m, p=product, y=r.choice(YEARS), n=n, k=writing.format(seat), b=b.name)
    return Draft(title.format(**words), cat, (round(seat * n, 2), currency), desc.format(**words))


# the grade glued to its plus, then the trade's word in a language: {g} the grade
GRADED = ["{g} replika, orijinal değildir", "{g} replica, not original", "{g} quality copy", "{g} grade mirror copy",
          "réplica {g}, no es original", "cópia {g}, não é original", "{g} Replik, kein Original", "реплика {g}",
          "{g} kalite birebir kopya", "{g} replika, bukan ori"]
GRADES = ["A+", "AA+", "AAA+", "S+", "SS+", "B+"]


def _graded(b: BrandView, s: Scene) -> Draft | None:
    if (goods := _goods(b, s)) is None:
        return None
    m, cat, product, floor = goods
    r = s.rng
    said = r.choice(GRADED).format(g=r.choice(GRADES))
    title = f"{m} {product} {said}" if r.random() < 0.5 else f"{m} {product}"
    return Draft(title, cat, (round(floor * r.uniform(0.3, 2.0), 2), "USD"), f"{m} {product} {said}. DM for details.")


EVASION_MAKERS = {"factory_copied_box": _factory, "bulk_keys_per_key": _keys, "grade_plus_named": _graded}
TRAP_MAKERS = {"trap_original_box_receipt": _original_box, "trap_volume_licence_per_seat": _seats}
