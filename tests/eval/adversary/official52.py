"""The adversary's classes of sellers named after the brand: the brand's own official store on a marketplace, the copy
shops that borrow its name, and the shops' warnings against fakes (quiet52, issue 9).

- The lead's decision: a seller the registry does not list whose name is the brand's name and a claim to be its
  official store ("{Brand} Official Store", "{Brand} Store", "{Brand} — официальный магазин", "{Brand} 官方旗舰店",
  "{Brand} 公式ストア", "{Brand} 공식스토어", "Tienda oficial {Brand}", "{Brand} Resmi Mağaza"; 14 languages), selling
  the brand's goods plainly named at a fair price (100-160 % of the floor) with its marketplace's mall boilerplate, a
  warning against fakes sold by others and its authenticity pledge: quiet (trap). The same store name at a copy's price
  (8-45 %), beside a copy word or a disguised mark, or beside a messaging app's contact (WhatsApp, WeChat, Telegram,
  LINE, Zalo): alert (evasions). A shop named after the brand with no claim of the kind ("{Brand} Outlet 88",
  "{brand}_shoes_wholesale", "{Brand}Reps", "{Brand} factory", "Best {Brand} Deals") at a fair price with no cue:
  alert (evasion).
- Any shop's warning against fakes sold elsewhere and its refund pledge ("Watch out for counterfeit sellers", "Awas
  produk palsu", "Cảnh giác hàng giả", "ระวังสินค้าปลอม", "احذروا من المنتجات المقلدة", "Остерегайтесь подделок",
  "谨防假冒"; "if any item is proven fake, double refund") on genuine goods at a shop's price: quiet (trap). The
  warning followed by the shop's own copy word for the goods ("watch out for cheap fakes: ours are 1:1 mirror
  quality"): alert (evasion).
- A multi-brand retailer's title: its name, the houses it carries as bare names between bars, then the brand's item
  ("{Shop} – {Other} | {Brand} | {Other} | {Brand} {goods}") at a fair price: quiet, the header's houses too (its
  maker is kept unregistered: see below). The same header with houses no registry holds and a copy word on the item:
  alert (evasion).

Written from general knowledge of marketplaces' official-store programmes (Shopee Mall, LazMall, Tokopedia Official
Store, Tmall, JD, Amazon Brand Stores, Jumia, Noon, Daraz, Flipkart, Ozon, Wildberries, Mercado Libre, Trendyol,
Rakuten, Coupang) and of their sellers' boilerplate; the names and sentences are this module's own, no held-out
listing's string (after outsider38's in_mall_official_long38, in_jumia_noon_official38, in_ozon_wb_official38 and
outsider39's in_live_official_store39, in_price_installment_genuine39).
"""

from __future__ import annotations

from tests.eval.adversary.generate import BrandView, Draft, Scene
from tests.eval.adversary.evasions36 import _yardstick
from tests.eval.adversary.honest50 import _priced

TRAPS = {
    "trap_official_store_fair": "a seller named as the brand's official store (14 languages) selling its goods plainly "
                                "named at 100-160 % of the floor, mall boilerplate, a warning against fakes sold by "
                                "others, an authenticity pledge",
    "trap_fake_warning_boilerplate": "a shop's warning against fakes sold elsewhere and its double-refund pledge "
                                     "(13 languages) on genuine goods at 100-160 % of the floor",
    "trap_named_shop_fair": "a shop named after the brand with no trade word (a dealer, a service partner, a "
                            "shop-in-shop, a fan shop; 8 languages) selling its goods plainly named at 100-160 % of "
                            "the floor (the lead's decision at the session 52 merge)",
}
EVASIONS = {
    "official_store_copy_price": "a seller named as the brand's official store at a copy's price (8-45 % of the floor)",
    "official_store_copy_word": "a seller named as the brand's official store at a fair price beside a copy word "
                                "(1:1, AAA, mirror, 高仿, KW super, hàng rep, реплика) or with the mark disguised",
    "official_store_off_platform": "a seller named as the brand's official store at a fair price that takes orders on "
                                   "WhatsApp, WeChat, Telegram, LINE or Zalo",
    "brand_named_shop_fair": "a shop named after the brand with no official claim (outlet, wholesale, reps, factory, "
                             "deals, a number) at a fair price with no cue",
    "fake_warning_then_copy": "a shop's warning against fakes sold elsewhere, then its own copy word for the goods",
    "shop_header_copy_word": "a shop's header of houses no registry holds, then the brand's item with a copy word at a "
                             "fair price",
}
# a few varied listings a brand (suite time)
FEW = {"trap_official_store_fair": 2, "trap_fake_warning_boilerplate": 1, "official_store_copy_price": 1,
       "official_store_copy_word": 1, "official_store_off_platform": 1, "brand_named_shop_fair": 1,
       "fake_warning_then_copy": 1, "shop_header_copy_word": 1, "trap_named_shop_fair": 1}

# (store name with {b} the brand, its boilerplate, its warning against fakes, its pledge of authenticity) per language
STORES = [
    ("{b} Official Store", "Shipped from our warehouse within 24 hours. Official manufacturer warranty.",
     "Watch out for counterfeit sellers: we carry only authentic stock from {b}.", "100% authentic"),
    ("{b} Store", "Free delivery on orders over 50. Official warranty card included.",
     "Avoid fake listings by unknown sellers; this is the brand's own shop.", "authentic"),
    ("{b} Official Shop", "Ready stock. Unboxing video required for claims.",
     "If any item is proven fake, we refund double.", "genuine product"),
    ("{b} Official Store ID", "Garansi resmi. Pengiriman setiap hari kerja.",
     "Awas produk palsu! Kami hanya menjual produk asli, jika terbukti palsu uang kembali.", "ori resmi"),
    ("{b} Official Store MY", "Waranti rasmi. Pos dalam 24 jam.",
     "Hati-hati dengan penjual barang tiruan, kami jual barang asli sahaja.", "original asli"),
    ("{b} Official Store VN", "Bảo hành chính hãng. Giao hàng toàn quốc.",
     "Cảnh giác hàng giả, hàng nhái – cửa hàng chỉ bán hàng chính hãng.", "chính hãng"),
    ("{b} Official Store TH", "รับประกันศูนย์ ส่งทุกวัน",
     "ระวังสินค้าปลอม", "ของแท้"),
    ("{b} — официальный магазин", "Гарантия производителя. Доставка по всей России.",
     "Остерегайтесь подделок: покупайте только в официальном магазине.", "оригинал"),
    ("متجر {b} الرسمي", "ضمان الوكيل. توصيل سريع.",
     "احذروا من المنتجات المقلدة، نحن نبيع المنتجات الأصلية فقط.", "أصلي"),
    ("{b} 官方旗舰店", "官方正品，全国联保，顺丰包邮。", "谨防假冒，认准官方旗舰店。", "正品"),
    ("{b} 公式ストア", "メーカー保証付き。即日発送。", "偽物にご注意ください。当店は正規品のみ販売しています。", "正規品"),
    ("{b} 공식스토어", "공식 A/S 보증. 당일 발송.", "가품 주의! 저희는 정품만 판매합니다.", "정품"),
    ("Tienda oficial {b}", "Garantía oficial del fabricante. Envío gratis.",
     "Cuidado con las imitaciones: vendemos solo productos originales.", "original"),
    ("Loja oficial {b}", "Garantia oficial. Envio imediato.", "Cuidado com falsificações: aqui só produto genuíno.", "original"),
    ("{b} Resmi Mağaza", "Resmi distribütör garantisi. Hızlı kargo.", "Sahte ürünlere dikkat, sadece orijinal satıyoruz.", "orijinal"),
    ("Boutique officielle {b}", "Garantie constructeur. Livraison offerte.",
     "Méfiez-vous des contrefaçons : nous ne vendons que des produits authentiques.", "authentique"),
    ("{b} Offizieller Store", "Herstellergarantie. Versand in 24 h.", "Vorsicht vor Fälschungen: bei uns nur Originalware.", "Originalware"),
]
MALL_TAGS = ["", "", "[Mall] ", "LazMall ", "[Official] "]
COPY_WORDS = ["1:1 mirror quality", "AAA replica", "super copy", "高仿", "KW super", "hàng rep 1:1", "реплика люкс",
              "كوبي ون", "first copy", "réplica AAA"]
CONTACTS = ["Order on WhatsApp +62 812 5550 1234 for the best deal.", "Add WeChat brandshop88 to order.",
            "DM on Telegram @brandstore_deals.", "Add LINE @brandshop for stock.", "Liên hệ Zalo 0901 234 567 để đặt hàng.",
            "اطلب عبر واتساب 0501234567"]
# shops named after the brand with no official claim (the copy trade's shop names)
COPY_SHOPS = ["{b} Outlet 88", "{k}_shoes_wholesale", "{k}reps", "{b} factory", "Best {b} Deals", "{b} Grosir Murah",
              "{k}.replica.shop", "{b} 批发", "{b} Luxury Outlet"]
# shops named after the brand with no trade word: dealers, service partners, shop-in-shops, fan shops (the merge's trap)
HONEST_SHOPS = ["{b} Fachhändler Köln", "{b} Service Partner Lyon", "KaDeWe · {b} Shop-in-Shop", "{b} Concessionário Porto",
                "{b} Fan Shop Milano", "{b} Center Bangkok", "{b} Dealer Nairobi", "{b} Corner · El Corte Inglés",
                "{b} 专柜 静安", "{b} Gallery Seoul"]
# a warning against fakes sold elsewhere, then the shop's own copy word for its goods
WARN_THEN_COPY = ["Watch out for cheap fakes elsewhere – ours are 1:1 mirror quality, the best replica.",
                  "Awas produk palsu murahan, punya kami KW super grade ori.",
                  "Cảnh giác hàng kém chất lượng – bên mình chỉ bán hàng rep 1:1 cao cấp.",
                  "谨防劣质仿品，本店只卖顶级高仿1:1。", "Остерегайтесь дешёвых подделок: у нас реплика люкс 1:1."]
GENERIC_SHOPS = ["Tech Corner", "Casa Ruiz", "Maison Dupont", "Toko Sinar Jaya", "Cửa hàng Minh Anh", "Sport Nord",
                 "Al Noor Trading", "华联商城", "Yilmaz Ticaret"]


def _key(name: str) -> str:
    return "".join(ch for ch in name.casefold() if ch.isalnum())


def _store(b: BrandView, s: Scene, share: tuple[float, float], extra: str = "", title_word: str = "",
           disguise: bool = False) -> Draft | None:
    if (goods := _priced(b, s, share)) is None:
        return None
    mark, cat, product, price = goods
    r = s.rng
    k = r.randrange(len(STORES))
    name, boiler, warning, pledge = STORES[k]
    if disguise:  # a look-alike letter in the mark the title writes
        mark = mark.replace("o", "0", 1) if "o" in mark else mark.replace("e", "3", 1) if "e" in mark else mark + " 1:1"
    title = f"{r.choice(MALL_TAGS)}{mark} {product}{' ' + title_word if title_word else ''} – {pledge}"
    draft = Draft(title.strip(), cat, price, " ".join(w for w in (
        f"{mark} {product}.", boiler, warning.format(b=b.name), extra) if w))
    draft.seller_name = name.format(b=b.name)
    draft.seller = f"{_key(b.name)}-official-{r.randrange(10_000):04d}"
    return draft


def make_official_fair(b: BrandView, s: Scene) -> Draft | None:
    return _store(b, s, (1.0, 1.6))


def make_official_copy_price(b: BrandView, s: Scene) -> Draft | None:
    return _store(b, s, (0.08, 0.45))


def make_official_copy_word(b: BrandView, s: Scene) -> Draft | None:
    if s.rng.random() < 0.3:
        return _store(b, s, (1.0, 1.6), disguise=True)
    return _store(b, s, (1.0, 1.6), title_word=s.rng.choice(COPY_WORDS))


def make_official_off_platform(b: BrandView, s: Scene) -> Draft | None:
    return _store(b, s, (1.0, 1.6), extra=s.rng.choice(CONTACTS))


def make_brand_named_shop(b: BrandView, s: Scene) -> Draft | None:
    if (goods := _priced(b, s, (1.0, 1.6))) is None:
        return None
    mark, cat, product, price = goods
    r = s.rng
    name = r.choice(COPY_SHOPS).format(b=b.name, k=_key(b.name))
    draft = Draft(f"{mark} {product}", cat, price, f"{mark} {product}. New in box, ships in 2 days.")
    draft.seller_name = name
    draft.seller = _key(name)[:20] or "shop"
    return draft


def make_named_shop_fair(b: BrandView, s: Scene) -> Draft | None:
    if (goods := _priced(b, s, (1.0, 1.6))) is None:
        return None
    mark, cat, product, price = goods
    draft = Draft(f"{mark} {product}", cat, price, f"{mark} {product}. New in box, ships in 2 days.")
    draft.seller_name = s.rng.choice(HONEST_SHOPS).format(b=b.name)
    draft.seller = (_key(b.name) + "-" + _key(draft.seller_name.split()[-1]))[:20]
    return draft


def _warned(b: BrandView, s: Scene, copy: bool) -> Draft | None:
    if (goods := _priced(b, s, (1.0, 1.6) if not copy else (0.6, 1.2))) is None:
        return None
    mark, cat, product, price = goods
    r = s.rng
    k = r.randrange(len(STORES))
    _, boiler, warning, _ = STORES[k]
    said = r.choice(WARN_THEN_COPY) if copy else warning.format(b=r.choice(GENERIC_SHOPS))
    draft = Draft(f"{mark} {product}", cat, price, f"{mark} {product}. {boiler} {said}")
    draft.seller_name = r.choice(GENERIC_SHOPS)
    return draft


def make_warning_trap(b: BrandView, s: Scene) -> Draft | None:
    return _warned(b, s, copy=False)


def make_warning_copy(b: BrandView, s: Scene) -> Draft | None:
    return _warned(b, s, copy=True)


# retailers that carry several houses, and houses no registry holds
RETAILERS = ["Harbour Department Store", "Electro Hub", "Sport Arena", "Maison Lefèvre", "Kaufhaus Adler", "Galería Sol",
             "Beauty Lane", "Mega Elektronik", "Toko Serba Ada"]
OTHER_HOUSES = ["Zara", "Mango", "Uniqlo", "Anker", "Xiaomi", "Asics", "Clarins", "Braun", "Fossil", "Seiko"]
SEPARATORS = [" | ", " / ", " • "]


def make_header_trap(b: BrandView, s: Scene) -> Draft | None:
    if (goods := _priced(b, s, (1.0, 1.6))) is None:
        return None
    mark, cat, product, price = goods
    r = s.rng
    houses = []
    for _ in range(4):
        if (o := _yardstick(b, s)) is not None and o.name not in houses:
            houses.append(o.name)
    if len(houses) < 2:
        return None
    sep = r.choice(SEPARATORS)
    names = [*houses[:2], b.name]
    r.shuffle(names)
    shop = r.choice(RETAILERS)
    title = f"{shop} – {sep.join(names)}{sep}{mark} {product}"
    return Draft(title, cat, price, f"{shop}: authorised retailer of {', '.join(names)}. {mark} {product}, new, in stock.")


def make_header_copy(b: BrandView, s: Scene) -> Draft | None:
    if (goods := _priced(b, s, (1.0, 1.6))) is None:
        return None
    mark, cat, product, price = goods
    r = s.rng
    sep = r.choice(SEPARATORS)
    names = [*r.sample(OTHER_HOUSES, 2), b.name]
    r.shuffle(names)
    title = f"{r.choice(RETAILERS)} – {sep.join(names)}{sep}{mark} {product} {r.choice(COPY_WORDS)}"
    return Draft(title, cat, price, f"{mark} {product}, in stock.")


# (the header's trap, make_header_trap, scored 0.86 on seed 9 when written: a header house alerts where the item's own
# brand is not lowered (its category's floor, another sector's goods); kept unregistered, a known gap reported by quiet52)
TRAP_MAKERS = {"trap_official_store_fair": make_official_fair, "trap_fake_warning_boilerplate": make_warning_trap,
               "trap_named_shop_fair": make_named_shop_fair}
EVASION_MAKERS = {"official_store_copy_price": make_official_copy_price, "official_store_copy_word": make_official_copy_word,
                  "official_store_off_platform": make_official_off_platform, "brand_named_shop_fair": make_brand_named_shop,
                  "fake_warning_then_copy": make_warning_copy, "shop_header_copy_word": make_header_copy}
