"""The adversary's classes of readers that misread another language's words: a word of the listing's own language read
as a mark, a sum read as a count, a receipt read as admission, a lure's gift read as what its cheap item fits.

- Honest listings in Russian, Ukrainian, Bulgarian and Greek whose words stand beside a Latin unit or letter ("1.5L под
  кулер", "5L для", "2 GB на", "3M по"): the common word of the language is no mark drawn with look-alike letters:
  quiet (trap). The brand's mark drawn with one Cyrillic look-alike letter inside it (Nіke, Rоlex) in the same languages
  beside a copy word (реплика, копия, αντίγραφο): must alert (evasion).
- Thai shops and factories ("รับผลิต", "โรงงานรับผลิต", "สั่งทำ", "ขายส่ง", "พร้อมส่ง") selling generic goods (dough,
  dolls, plastic boxes, cloth): quiet (trap).
- The brand's goods priced in spoken Chinese's kuai ("176块", "899块包邮", "1200块钱") at a shop's price: the sum is no
  count of pieces: quiet (trap); the same with a copy word (高仿, 复刻, 1:1) at a copy's price: must alert (evasion).
- The brand's goods "original con ticket" (Spanish, Catalan, French, Portuguese: the till's receipt, "ticket de compra",
  "ticket de caisse", "ticket regalo") at a shop's price: quiet (trap); the same words beside a copy word
  ("réplica con ticket regalo") at a copy's price: must alert (evasion).
- The copy trade's lure that gives the brand's goods with a cheap accessory bought ("Купи чехол и получи <goods> в
  подарок", "拍手机壳送<goods>", "휴대폰 케이스 구매 시 <goods> 증정", "Compra una funda y llévate <goods> gratis") at the
  accessory's price: the accessory fits nothing of the brand's: must alert (evasion).

Written from general knowledge of Avito, OLX, Kaidee, Shopee Thailand, Xianyu, Taobao, Wallapop, Vinted and Leboncoin
listings; no held-out listing's string (reader50, issue 9: the reader gaps that helpers of sessions 37-40 worked around).
"""

from __future__ import annotations

from tests.eval.adversary.cover import _title_floor
from tests.eval.adversary.generate import BrandView, Draft, Scene, _cap
from tests.eval.adversary.moving import _goods

TRAPS = {
    "trap_native_word_beside_unit": "honest Russian, Ukrainian, Bulgarian and Greek listings of generic goods whose "
                                    "common words stand beside a Latin unit or letter ('1.5L под кулер', '5L для', "
                                    "'2 GB на'): no mark drawn with look-alike letters",
    "trap_thai_trade_words": "Thai shops and factories (รับผลิต, โรงงานรับผลิต, สั่งทำ, ขายส่ง, พร้อมส่ง) selling generic "
                             "goods: no mark heard",
    "trap_kuai_price": "the brand's goods priced in kuai ('176块', '899块包邮', '1200块钱') at a shop's price "
                       "(95-130 % of the floor), called genuine: the sum is no count",
    "trap_receipt_ticket": "the brand's goods 'original con ticket' / 'avec ticket de caisse' / 'ticket regalo' at a "
                           "shop's price (100-130 % of the floor): a receipt, no admission",
}
EVASIONS = {
    "lookalike_in_native_listing": "the mark with one Cyrillic look-alike letter inside it (Nіke, Rоlex) in a Russian, "
                                   "Ukrainian, Bulgarian or Greek listing beside a copy word, at a copy's price",
    "kuai_copy": "the brand's goods priced in kuai beside a copy word (高仿, 复刻, 1:1) at a copy's price (8-35 %)",
    "receipt_ticket_copy": "the receipt's words ('con ticket regalo', 'avec ticket') beside a copy word (réplica, "
                           "réplique) at a copy's price (8-35 %)",
    "accessory_lure": "a cheap accessory bought, the brand's goods given ('Купи чехол и получи … в подарок', "
                      "'拍手机壳送…', '… 구매 시 … 증정', 'llévate … gratis') at the accessory's price (2-12 %)",
}

# honest listings of generic goods, (title, description, category, price in USD); a Latin unit or letter right before a
# common word of the language
NATIVE = [
    ("Вода питьевая 1.5L под кулер", "Бутыль 1.5L под кулер, доставка по городу.", "water", 3),
    ("Бутыль 19L под помпу", "Бутыль 19L под помпу, б/у, чистая.", "water", 6),
    ("Канистра 5L под воду", "Пищевой пластик, 5L под воду или масло.", "household", 4),
    ("Кронштейн для TV под 55 дюймов", "Кронштейн под TV, до 40 кг.", "household", 15),
    ("Флешка 32GB под музыку", "Флешка 32GB под музыку в машину.", "usb drives", 7),
    ("Банка 3L под консервацию", "Стеклянные банки 3L под консервацию, 10 штук.", "household", 9),
    ("Ящик под инструмент XL на колёсах", "Ящик XL под инструмент, новый.", "tools", 25),
    ("Рамка под номер ГОСТ", "Рамка под номер, чёрная, 2 шт.", "car parts", 5),
    ("Пляшка 1.5L під воду", "Пляшка 1.5L під воду, нова.", "household", 2),
    ("Каністра 10L на воду", "Каністра 10L на воду, харчовий пластик.", "household", 6),
    ("Бутилка 2L за вода", "Бутилка 2L за вода, нова.", "household", 2),
    ("Φιάλη νερού 1.5L για ψυγείο", "Φιάλη 1.5L για νερό, καινούρια.", "household", 4),
    ("Подставка под ноутбук 15.6\" алюминий", "Подставка под ноутбук, регулируемая.", "laptop stands", 18),
    ("Коврик под мышь XL", "Коврик XL под мышь, 90x40 см.", "mouse pads", 8),
    ("Чехол под планшет 10\" новый", "Чехол под планшет 10 дюймов.", "cases", 9),
]
# Thai shops' and factories' listings of generic goods
THAI = [
    ("รับผลิต ตุ๊กตา แป้งโดว์ ของเล่นเด็ก", "รับผลิตสินค้า OEM ราคาโรงงาน", "toys", 20),
    ("โรงงานรับผลิต กล่องพลาสติก", "รับผลิตตามแบบ สั่งขั้นต่ำ 1000 ชิ้น", "household", 30),
    ("รับผลิตเสื้อยืด สกรีนโลโก้ร้าน", "รับผลิตเสื้อทีม เสื้อบริษัท ราคาส่ง", "t-shirts", 5),
    ("สั่งทำ ตุ๊กตา ผ้า", "สั่งทำตุ๊กตาตามแบบ พร้อมส่ง", "toys", 12),
    ("ขายส่ง ดินน้ำมัน ของเล่น", "ขายส่ง ราคาโรงงาน เก็บเงินปลายทาง", "toys", 8),
    ("แป้งโดว์ ทำเอง ชุดใหญ่", "แป้งโดว์ปลอดภัย พร้อมส่ง", "toys", 6),
    ("รับทำ กระเป๋าผ้า ราคาส่ง", "รับทำกระเป๋าผ้าพิมพ์ลาย ส่งด่วน", "bags", 3),
    ("โรงงานผลิต ถุงเท้า ขายส่ง", "ผลิตเองจากโรงงาน ราคาส่ง", "socks", 1),
]
GENUINE_ZH = ["正品 专柜购入", "正品 自用闲置", "专柜正品 带小票", "正品保证 全新"]
COPY_ZH = ["高仿", "复刻版", "1:1 高仿", "顶级复刻"]
KUAI = ["{n}块", "{n}块包邮", "{n}块钱", "只要{n}块", "{n}块 包邮"]
# approximate rates per unit of the floor's currency, to write a sum in kuai (yuan)
TO_CNY = {"USD": 7.2, "EUR": 7.8, "GBP": 9.1, "CNY": 1.0, "JPY": 0.048, "KRW": 0.0053}
RECEIPTS = [
    ("{g} original con ticket", "Original con ticket de compra, usado pocas veces.", "EUR"),
    ("{g} con ticket de compra", "Comprado en tienda, con ticket.", "EUR"),
    ("{g} original amb tiquet", "Original amb tiquet de compra.", "EUR"),
    ("{g} avec ticket de caisse", "Authentique, avec ticket de caisse.", "EUR"),
    ("{g} original avec ticket", "Acheté en magasin, ticket de caisse fourni.", "EUR"),
    ("{g} com ticket de compra", "Original, com ticket de compra.", "EUR"),
    ("{g} nuevo con ticket regalo", "Regalo repetido, con ticket regalo.", "EUR"),
]
RECEIPT_COPIES = [
    ("{g} réplica con ticket regalo", "Réplica AAA, con ticket regalo para que parezca original."),
    ("{g} réplique avec ticket", "Réplique 1:1, ticket de caisse inclus."),
    ("{g} copia con ticket", "Copia AAA, con ticket de compra falso."),
]
# (title with {c} the accessory and {g} the goods, description)
LURES = [
    ("Купи {c} и получи {g} в подарок", "Акция! Купи {c} и получи {g} в подарок."),
    ("Купи {c} – получи {g} в подарок", "Только сегодня."),
    ("拍一个{c}送{g}", "买{c}送{g}，只限今天。"),
    ("买{c} 送{g}", "拍下{c}即送{g}。"),
    ("{c} 구매 시 {g} 무료 증정", "오늘만 진행합니다."),
    ("Compra una {c} y llévate {g} GRATIS", "Solo hoy: compra una {c} y llévate {g} gratis."),
    ("Buy a {c}, get {g} FREE", "Today only: buy a {c} and get {g} free."),
]
ACCESSORIES = {"ru": ["чехол", "защитное стекло", "ремешок"], "zh": ["手机壳", "保护套", "表带"], "ko": ["휴대폰 케이스", "케이스"],
               "es": ["funda", "correa"], "en": ["phone case", "watch strap"]}
# Cyrillic letters drawn like Latin ones (Unicode confusables), one put inside the mark
LOOKALIKE = {"a": "а", "e": "е", "o": "о", "c": "с", "p": "р", "i": "і", "x": "х", "y": "у", "A": "А", "E": "Е",
             "O": "О", "C": "С", "P": "Р", "K": "К", "M": "М", "H": "Н", "T": "Т", "B": "В", "X": "Х"}
NATIVE_COPIES = [
    ("{g} реплика, новые", "Реплика 1:1, качество люкс, доставка по России."),
    ("{g} копия люкс", "Копия высокого качества, как оригинал."),
    ("{g} репліка 1:1", "Репліка, якість люкс."),
    ("{g} реплика, нови", "Реплика 1:1, доставка до адрес."),
    ("{g} αντίγραφο 1:1", "Αντίγραφο πρώτης ποιότητας."),
]


def _pick(s: Scene, rows):
    return rows[s.rng.randrange(len(rows))]


def make_native_trap(b: BrandView, s: Scene) -> Draft | None:
    title, desc, cat, usd = _pick(s, NATIVE)
    return Draft(title, cat, (round(usd * s.rng.uniform(0.8, 1.3), 2), "USD"), desc)


def make_thai_trap(b: BrandView, s: Scene) -> Draft | None:
    title, desc, cat, usd = _pick(s, THAI)
    return Draft(title, cat, (round(usd * s.rng.uniform(0.8, 1.3) * 33, 0), "THB"), desc)


def _kuai(b: BrandView, s: Scene, share: tuple[float, float], words: list[str]) -> Draft | None:
    goods = _goods(b, s)
    if goods is None:
        return None
    mark, cat, product, floor = goods
    amount, cur = _title_floor(b, f"{mark} {product}", floor)
    if cur not in TO_CNY:
        return None
    yuan = max(1, round(amount * TO_CNY[cur] * s.rng.uniform(*share)))
    title = f"{_cap(mark)} {product} {_pick(s, words)} {_pick(s, KUAI).format(n=yuan)}"
    return Draft(title, cat, (float(yuan), "CNY"), _pick(s, KUAI).format(n=yuan))


def make_kuai_trap(b: BrandView, s: Scene) -> Draft | None:
    return _kuai(b, s, (0.95, 1.3), GENUINE_ZH)


def make_kuai_copy(b: BrandView, s: Scene) -> Draft | None:
    return _kuai(b, s, (0.08, 0.35), COPY_ZH)


def _receipt(b: BrandView, s: Scene, share: tuple[float, float], copy: bool) -> Draft | None:
    goods = _goods(b, s)
    if goods is None:
        return None
    mark, cat, product, floor = goods
    g = f"{_cap(mark)} {product}"
    title, desc = _pick(s, RECEIPT_COPIES) if copy else _pick(s, RECEIPTS)[:2]
    amount, cur = _title_floor(b, g, floor)
    return Draft(title.format(g=g), cat, (round(amount * s.rng.uniform(*share), 2), cur), desc)


def make_receipt_trap(b: BrandView, s: Scene) -> Draft | None:
    return _receipt(b, s, (1.0, 1.3), copy=False)  # a receipt explains no low price: a shop's


def make_receipt_copy(b: BrandView, s: Scene) -> Draft | None:
    return _receipt(b, s, (0.08, 0.35), copy=True)


def make_lure(b: BrandView, s: Scene) -> Draft | None:
    goods = _goods(b, s)
    if goods is None:
        return None
    mark, cat, product, floor = goods
    g = f"{_cap(mark)} {product}"
    title, desc = _pick(s, LURES)
    language = "ru" if "Купи" in title else "zh" if "送" in title else "ko" if "구매" in title else (
        "es" if "Compra" in title else "en")
    c = _pick(s, ACCESSORIES[language])
    amount, cur = _title_floor(b, g, floor)
    return Draft(title.format(c=c, g=g), cat, (round(amount * s.rng.uniform(0.02, 0.12), 2), cur), desc.format(c=c, g=g))


def lookalike(mark: str, at: int) -> str | None:
    """The mark with its letter at or after position `at` (cyclically) drawn with a Cyrillic look-alike (LOOKALIKE),
    else None when it has none."""
    for k in range(len(mark)):
        n = (at + k) % len(mark)
        if mark[n] in LOOKALIKE:
            return mark[:n] + LOOKALIKE[mark[n]] + mark[n + 1:]
    return None


def make_native_copy(b: BrandView, s: Scene) -> Draft | None:
    goods = _goods(b, s)
    if goods is None:
        return None
    mark, cat, product, floor = goods
    drawn = lookalike(_cap(mark), s.rng.randrange(max(1, len(mark))))
    if drawn is None:
        return None
    title, desc = _pick(s, NATIVE_COPIES)
    amount, cur = _title_floor(b, f"{mark} {product}", floor)
    return Draft(title.format(g=f"{drawn} {product}"), cat, (round(amount * s.rng.uniform(0.08, 0.35), 2), cur), desc)


TRAP_MAKERS = {"trap_native_word_beside_unit": make_native_trap, "trap_thai_trade_words": make_thai_trap,
               "trap_kuai_price": make_kuai_trap, "trap_receipt_ticket": make_receipt_trap}
EVASION_MAKERS = {"lookalike_in_native_listing": make_native_copy, "kuai_copy": make_kuai_copy,
                  "receipt_ticket_copy": make_receipt_copy, "accessory_lure": make_lure}
