"""The adversary's classes of prices written as markets write them, and of a shop's pledge that it sells no copies
(price51, issue 9):

- no price field, the price only in the text in a market's own notation: a money emoji and the "k" of thousands
  ("💰1.2k", "₦45k", "RM2.1k"), the Vietnamese million with its tail digit ("12tr5", "1tr2"), the Indonesian "1jt2" and
  "850rb", Indian digit grouping with "/-" ("₹1,29,900/-") and lakh, Chinese numerals ("一千一百九十元", "三万五千元"),
  Japanese man-yen ("3.2万円"), Arabic-Indic digits ("٣٨٠٠ ريال"). Genuine goods at a shop's price (125-180 % of the
  floor here, so that a day's exchange rate does not move it under the floor): quiet (trap). The same
  notation at a copy's price (4-20 %): alert (evasion);
- a sale's was and now prices: struck through (Markdown ~~x~~, HTML <s>, the combining long stroke) or in words ("was /
  now", "de … por …", "statt … nur …", "UVP … jetzt …", "原价 … 现价 …", "giá gốc … còn …", "harga normal … jadi …",
  "было … стало …"). A retailer's sale of 15-35 % off a was price at 130-180 % of the floor, the price field holding either
  price: quiet (trap). The price field holding the was price (the copy seller's made-up list price) and the now price a
  copy's (4-20 %): alert (evasion);
- food sold loose by the kilo: an importer's genuine stock from the maker's cartons priced per kg: quiet (trap); goods
  made locally "with the same taste as the original" and packed in the maker's wrappers: alert (evasion);
- a shop's pledge that it sells no copies ("cam kết không bán hàng giả", "kami tidak menjual barang KW", "no vendemos
  réplicas", "nous ne vendons pas de répliques", "не продаём подделки", "本店不卖假货", "ไม่ขายของปลอม", "replika ürün
  satmıyoruz") on genuine goods at a shop's price: quiet (trap). The pledge and then the copy word for the goods sold
  ("we do not sell fakes; this one is a 1:1 rep", the copy trade's own distinction) at a copy's price: alert (evasion).

Written from general knowledge of how sellers price on Chợ Tốt, Shopee, Tokopedia, OLX India, Carousell, Jiji, Xianyu,
Mercari, Haraj, Dubizzle, Zalando-style shops, Magalu, Kleinanzeigen, Avito and Trendyol; the notations, the rates and
the sentences below are this module's own, no held-out listing's string. Found by outsider39's price classes after that
set was scored.
"""

from __future__ import annotations

from tests.eval.adversary.cover import _title_floor
from tests.eval.adversary.generate import BrandView, Draft, Scene
from tests.eval.adversary.moving import _goods

PER_BRAND = 2  # listings a brand of each class (the suite's time)

TRAPS = {
    "trap_text_price_notation": "genuine goods with no price field, the price in the text in a market's notation (💰1.2k, "
                                "₦45k, 12tr5, 1jt2, 850rb, ₹1,29,900/-, lakh, 一千一百九十元, 3.2万円, ٣٨٠٠ ريال) at a "
                                "shop's price (125-180 % of the floor)",
    "trap_was_now_sale": "a retailer's sale, its was price struck or named (~~€235~~ NOW €147, was/now, de/por, statt/nur, "
                         "原价/现价, giá gốc/còn) at 130-180 % of the floor and 15-35 % off, the field holding either price",
    "trap_loose_by_weight": "a food brand's genuine goods sold loose by the kilo from the maker's imported cartons, priced "
                            "per kg (7 languages)",
    "trap_no_copies_pledge": "genuine goods at a shop's price with the shop's pledge that it sells no copies (cam kết "
                             "không bán hàng giả, tidak menjual barang KW, no vendemos réplicas, 本店不卖假货; 11 languages)",
}
EVASIONS = {
    "text_price_notation_copy": "no price field, the price in the text in a market's notation (as the trap's) at a copy's "
                                "price (4-20 % of the floor)",
    "was_now_decoy_copy": "the price field holding a made-up was price (130-180 % of the floor) and the text's struck or "
                          "named was/now pair giving the copy's now price (4-20 %)",
    "loose_repack_copy": "a food brand's goods made locally and sold loose by the kilo in the maker's wrappers, 'same taste "
                         "as original' (mismo sabor que el original, rasa sama dengan aslinya, 口味和正品一样; 7 languages)",
    "pledge_then_copy": "the shop's pledge that it sells no fakes, then the copy word for the goods sold ('this one is a "
                        "1:1 rep') at a copy's price (60-85 % of the floor)",
}

# rough units of each currency per US dollar (this module's own; the matcher's rate table is HMRC's and the ECB's)
PER_USD = {"USD": 1.0, "EUR": 0.92, "GBP": 0.79, "CNY": 7.2, "JPY": 150.0, "INR": 84.0, "IDR": 16000.0, "VND": 25400.0,
           "PHP": 57.0, "NGN": 1550.0, "MYR": 4.5, "SAR": 3.75, "AED": 3.67, "BRL": 5.4, "RUB": 95.0, "PLN": 4.0,
           "TRY": 34.0}


def _local(floor: tuple[float, str], share: float, currency: str) -> float:
    amount, cur = floor
    return amount * share / PER_USD.get(cur, 1.0) * PER_USD[currency]


# ------------------------------------------------------------------------------------------ the notations' writers

_ZH_DIGITS = "零一二三四五六七八九"


def zh_numerals(n: int) -> str:
    """A whole number below 10^8 in Chinese numerals as a price is written ("一千一百九十", "三万五千", "一千零五")."""
    def below_myriad(k: int, leading: bool) -> str:
        out, zero = "", False
        for unit, name in ((1000, "千"), (100, "百"), (10, "十"), (1, "")):
            d, k = divmod(k, unit)
            if d:
                if zero and out:
                    out += "零"
                out += ("" if unit == 10 and d == 1 and not out and leading else _ZH_DIGITS[d]) + name
                zero = False
            elif out:
                zero = True
        return out
    high, low = divmod(n, 10_000)
    if not high:
        return below_myriad(low, True)
    return below_myriad(high, True) + "万" + ("零" if 0 < low < 1000 else "") + below_myriad(low, False)


def _indian(n: int) -> str:
    """Indian digit grouping: 129900 is "1,29,900"."""
    s = str(n)
    if len(s) <= 3:
        return s
    head, tail = s[:-3], s[-3:]
    groups = []
    while len(head) > 2:
        groups.insert(0, head[-2:])
        head = head[:-2]
    return ",".join([head, *groups, tail])


def _arabic_indic(n: int) -> str:
    return "".join("٠١٢٣٤٥٦٧٨٩"[int(c)] for c in str(n))


def _tail(a: float, unit: float, word: str) -> str:
    """The Vietnamese and Indonesian million with its tail digit: 12,500,000 is "12tr5", 1,000,000 "1tr"."""
    whole, tenth = divmod(round(a / (unit / 10)), 10)
    return f"{whole}{word}{tenth or ''}"


def _k(a: float) -> str:
    return f"{a / 1e3:.1f}k".replace(".0k", "k")


# market: (marketplace, currency, the seller's country, writer of an amount, price words, new genuine words)
NOTATIONS = {
    "ph-emoji": ("carousell", "PHP", "PH", lambda a: f"💰{_k(a)}" if a >= 2e3 else f"💰{round(a)}", ["", ""],
                 "Brand new, authentic, bought at the mall with receipt."),
    "ng-naira": ("jiji-ng", "NGN", "NG", lambda a: f"₦{round(a / 1e3)}k", ["Price:", ""],
                 "Brand new, 100% original, from the official store."),
    "my-ringgit": ("mudah-my", "MYR", "MY", lambda a: f"RM{_k(a)}" if a >= 2e3 else f"RM{round(a)}", ["Harga:", ""],
                   "Brand new, ori, with receipt from the official store."),
    "vi-tr": ("chotot", "VND", "VN", lambda a: _tail(a, 1e6, "tr") if a >= 1e6 else f"{round(a / 1e3)}k", ["Giá", "giá chỉ"],
              "Hàng mới, chính hãng, mua ở store, còn bill."),
    "id-jt": ("tokopedia", "IDR", "ID", lambda a: _tail(a, 1e6, "jt") if a >= 1e6 else f"{round(a / 1e3)}rb", ["Harga", ""],
              "Baru, ori resmi, ada nota pembelian."),
    "in-rupee": ("olx-in", "INR", "IN", lambda a: f"{a / 1e5:.1f} lakh" if a >= 1e5 else f"₹{_indian(round(a))}/-",
                 ["Price", ""], "Brand new sealed, bought from the authorised dealer, bill and warranty."),
    "zh-numerals": ("xianyu", "CNY", "CN", lambda a: f"{zh_numerals(round(a))}元", ["价格", "一口价"],
                    "全新正品，专柜购入，有发票。"),
    "ja-man": ("mercari-jp", "JPY", "JP", lambda a: f"{a / 1e4:.1f}万円" if a >= 1e4 else f"{round(a):,}円", ["価格", ""],
               "新品・正規品です。正規店で購入、保証書あり。"),
    "ar-sa": ("haraj", "SAR", "SA", lambda a: f"{_arabic_indic(round(a))} ريال", ["السعر", ""],
              "جديد أصلي مع الفاتورة من الوكيل."),
    "ar-ae": ("dubizzle", "AED", "AE", lambda a: f"{_arabic_indic(round(a))} درهم", ["السعر", ""],
              "جديد أصلي مع الفاتورة من الوكيل."),
}
_COPY_NEW = {"ph-emoji": "Brand new, class A.", "ng-naira": "Brand new, mirror copy.", "my-ringgit": "Brand new, gred AAA.",
             "vi-tr": "Hàng mới 100%.", "id-jt": "Barang baru.", "in-rupee": "Brand new.", "zh-numerals": "全新。",
             "ja-man": "新品です。", "ar-sa": "جديد.", "ar-ae": "جديد."}


# a whole vehicle is sold with its papers, no price in a market's shorthand beside a shop's receipt
VEHICLES = ("motorcycles", "cars", "scooters", "vehicles")


def _goods_sold(b: BrandView, s: Scene):
    goods = _goods(b, s)
    return None if goods is None or any(v in goods[1].casefold() for v in VEHICLES) else goods


def _text_price(b: BrandView, s: Scene, share: tuple[float, float], copy: bool) -> Draft | None:
    goods = _goods_sold(b, s)
    if goods is None:
        return None
    mark, cat, product, floor = goods
    r = s.rng
    market = r.choice(sorted(NOTATIONS))
    marketplace, cur, country, write, words, genuine = NOTATIONS[market]
    floor = _title_floor(b, f"{mark} {product}", floor)
    amount = _local(floor, r.uniform(*share), cur)
    if amount < 2 * {"VND": 1e3, "IDR": 1e3, "NGN": 1e3}.get(cur, 1.0):
        return None  # too cheap for the market's unit
    written = write(amount)
    said = _COPY_NEW[market] if copy else genuine
    word = r.choice(words)
    if r.random() < 0.5:  # the price ends the title after a dash
        draft = Draft(f"{mark} {product} – {written}", cat, None, said, marketplace=marketplace)
    else:
        draft = Draft(f"{mark} {product}", cat, None, f"{mark} {product}. {said} {word} {written}".replace("  ", " "),
                      marketplace=marketplace)
    draft.seller_country = country
    return draft


def make_text_price_trap(b: BrandView, s: Scene) -> Draft | None:
    return _text_price(b, s, (1.25, 1.8), copy=False)  # a shop's price well above the floor, whatever the day's rate


def make_text_price_copy(b: BrandView, s: Scene) -> Draft | None:
    return _text_price(b, s, (0.04, 0.2), copy=True)


# ---------------------------------------------------------------------------------------------- was and now prices
# (writer of the pair, currency): struck through, or in the words of a market's shop labels
WAS_NOW = [
    (lambda w, n: f"~~€{w:,.0f}~~ NOW €{n:,.0f}", "EUR"),
    (lambda w, n: f"<s>${w:,.2f}</s> ${n:,.2f}", "USD"),
    (lambda w, n: "".join(c + "\u0336" for c in f"£{w:.0f}") + f" £{n:.0f}", "GBP"),
    (lambda w, n: f"Was £{w:.2f}, now £{n:.2f}", "GBP"),
    (lambda w, n: f"RRP ${w:,.0f} – now only ${n:,.0f}", "USD"),
    (lambda w, n: f"de R$ {w:,.2f} por R$ {n:,.2f}".replace(",", "X").replace(".", ",").replace("X", "."), "BRL"),
    (lambda w, n: f"statt {w:.2f} € nur {n:.2f} €".replace(".", ","), "EUR"),
    (lambda w, n: f"UVP {w:.0f} € – jetzt {n:.0f} €", "EUR"),
    (lambda w, n: f"原价{w:.0f}元 现价{n:.0f}元", "CNY"),
    (lambda w, n: f"定価{w:,.0f}円 → 特価{n:,.0f}円", "JPY"),
    (lambda w, n: f"giá gốc {w / 1e3:.0f}k còn {n / 1e3:.0f}k", "VND"),
    (lambda w, n: f"harga normal Rp {w:,.0f} jadi Rp {n:,.0f}".replace(",", "."), "IDR"),
    (lambda w, n: f"было {w:.0f} ₽, стало {n:.0f} ₽", "RUB"),
    (lambda w, n: f"zamiast {w:.0f} zł teraz {n:.0f} zł", "PLN"),
]
SALE_WORDS = ["End of season sale.", "Sale at the authorised store, free returns.", "Outlet-Sale, Originalware mit Rechnung.",
              "Liquidação da loja oficial, nota fiscal.", "换季促销，专柜正品。", "セール中、正規品。", "Sale cuối mùa, hàng chính hãng."]


def _was_now(b: BrandView, s: Scene, copy: bool) -> Draft | None:
    goods = _goods_sold(b, s)
    if goods is None:
        return None
    mark, cat, product, floor = goods
    r = s.rng
    write, cur = r.choice(WAS_NOW)
    floor = _title_floor(b, f"{mark} {product}", floor)
    was = _local(floor, r.uniform(1.3, 1.8), cur)
    now = _local(floor, r.uniform(0.04, 0.2), cur) if copy else was * r.uniform(0.65, 0.85)
    if now < {"VND": 2e3, "IDR": 2e3, "JPY": 50.0, "RUB": 50.0}.get(cur, 2.0):
        return None  # too cheap to write in the market's unit
    pair = write(was, now)
    field = was if copy or r.random() < 0.5 else now
    desc = f"{pair}! {mark} {product}. " + ("Limited stock." if copy else r.choice(SALE_WORDS))
    title = f"{mark} {product} {pair}" if r.random() < 0.5 else f"{mark} {product} – sale"
    return Draft(title, cat, (round(field, 2), cur), desc)


def make_was_now_trap(b: BrandView, s: Scene) -> Draft | None:
    return _was_now(b, s, copy=False)


def make_was_now_copy(b: BrandView, s: Scene) -> Draft | None:
    return _was_now(b, s, copy=True)


# ------------------------------------------------------------------------------------------ a pledge of no copies
# (pledge, the copy seller's own word for the goods sold after it), one language each
PLEDGES = [
    ("Cam kết không bán hàng giả, hàng nhái.", "Đây là hàng rep 1:1 like auth."),
    ("Shop nói không với hàng fake.", "Mẫu này là hàng siêu cấp."),
    ("Kami tidak menjual barang KW.", "Yang ini KW super, mirip ori."),
    ("No vendemos réplicas.", "Este es réplica AAA 1:1."),
    ("Não vendemos réplicas.", "Essa é réplica primeira linha AAA."),
    ("Nous ne vendons pas de répliques.", "Celui-ci est une copie 1:1."),
    ("Не продаём подделки.", "Эта модель — реплика люкс 1:1."),
    ("本店不卖假货。", "这款是高仿1:1。"),
    ("ร้านเราไม่ขายของปลอม", "ตัวนี้งานก๊อปเกรดเอ"),
    ("Replika ürün satmıyoruz.", "Bu model birebir A kalite replika."),
    ("We do not sell fakes or replicas.", "This one is a mirror quality 1:1 copy."),
]
SHOP = ["Official warranty, invoice included.", "Bought at the brand's store, receipt in the photos.",
        "Genuine stock from the distributor."]


def _pledge(b: BrandView, s: Scene, copy: bool) -> Draft | None:
    goods = _goods_sold(b, s)
    if goods is None:
        return None
    mark, cat, product, floor = goods
    r = s.rng
    pledge, copy_word = r.choice(PLEDGES)
    floor = _title_floor(b, f"{mark} {product}", floor)
    amount, cur = floor
    share = r.uniform(0.6, 0.85) if copy else r.uniform(1.05, 1.5)
    desc = f"{mark} {product}. {pledge} " + (copy_word if copy else r.choice(SHOP))
    return Draft(f"{mark} {product}", cat, (round(amount * share, 2), cur), desc)


def make_pledge_trap(b: BrandView, s: Scene) -> Draft | None:
    return _pledge(b, s, copy=False)


def make_pledge_copy(b: BrandView, s: Scene) -> Draft | None:
    return _pledge(b, s, copy=True)


# ------------------------------------------------------------------------------------------- sold loose by weight
# (the goods, how the copy seller says they are made locally in the maker's wrappers, how an importer says his loose
# stock is the maker's own), one language each; the price per kilo in the field
LOOSE = [
    ("{g} loose – per kg", "Local made {p}, same taste as original, packed in {m} wrappers. Price per kg, minimum 5 kg.",
     "Original {m} {p}, imported cartons, sold loose per kg. Invoice and batch numbers on request."),
    ("{g} a granel – precio por kilo", "Hecho localmente, mismo sabor que el original, empacado en envolturas {m}. Por kilo.",
     "{m} original importado, vendido a granel por kilo. Factura disponible."),
    ("{g} a granel – preço por kg", "Fabricação própria, mesmo sabor do original, embalado no papel {m}. Por kg.",
     "{m} original importado, vendido a granel, preço por kg. Com nota fiscal."),
    ("{g} en vrac – prix au kilo", "Fabrication locale, même goût que l'original, emballé dans les papiers {m}. Le kilo.",
     "{m} d'origine, cartons importés, vendu en vrac au kilo. Facture sur demande."),
    ("{g} curah – harga per kg", "Produksi lokal, rasa sama dengan aslinya, dikemas bungkus {m}. Harga per kg.",
     "{m} asli impor, dijual curah harga per kg. Ada faktur."),
    ("{g} hàng xá – giá theo kg", "Hàng sản xuất trong nước, vị giống hàng chính hãng, đóng gói giấy {m}. Giá theo kg.",
     "{m} chính hãng nhập khẩu, bán xá giá theo kg, có hóa đơn."),
    ("{g} 散装 每公斤", "本地生产，口味和正品一样，用{m}包装纸包装。每公斤价格。", "{m}正品进口整箱，散装称重每公斤，有发票。"),
]
FOODS = frozenset({"food-beverage"})


def _loose(b: BrandView, s: Scene, copy: bool) -> Draft | None:
    if b.iwg not in FOODS:
        return None
    goods = _goods_sold(b, s)
    if goods is None:
        return None
    mark, cat, product, floor = goods
    r = s.rng
    title, said_copy, said_genuine = r.choice(LOOSE)
    amount, cur = floor
    desc = (said_copy if copy else said_genuine).format(m=b.name, p=product)
    # a kilo of the goods: several units' worth, at a copy's (2-5 units' floors) or an importer's (8-15) price
    return Draft(title.format(g=f"{mark} {product}"), cat, (round(amount * r.uniform(*((2, 5) if copy else (8, 15))), 2), cur),
                 desc)


def make_loose_trap(b: BrandView, s: Scene) -> Draft | None:
    return _loose(b, s, copy=False)


def make_loose_copy(b: BrandView, s: Scene) -> Draft | None:
    return _loose(b, s, copy=True)


TRAP_MAKERS = {"trap_text_price_notation": make_text_price_trap, "trap_was_now_sale": make_was_now_trap,
               "trap_no_copies_pledge": make_pledge_trap, "trap_loose_by_weight": make_loose_trap}
EVASION_MAKERS = {"text_price_notation_copy": make_text_price_copy, "was_now_decoy_copy": make_was_now_copy,
                  "pledge_then_copy": make_pledge_copy, "loose_repack_copy": make_loose_copy}
