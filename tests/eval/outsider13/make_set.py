#!/usr/bin/env python3
"""Outsider 13's held-out set for BrandSentry: python3 make_set.py --seed 13 [--out set.jsonl] [--classes classes.md]

Stdlib only, seeded; one function per class (c_* counterfeit, in_* innocent). Markets, products and nouns: data.py.
Each line is a schemas.models.Listing plus `_label` = {kind, brand, class, tactic, lang, also}.
"""
from __future__ import annotations

import argparse
import json
import random
from datetime import datetime, timedelta, timezone

from data import BRANDS, MARKETS, NOUN, PRODUCTS

R = random.Random(13)
ROWS: list[dict] = []
CLASSES: list[tuple] = []  # (name, star, kind, tactic, example)
BYB = {}
for _p in PRODUCTS:
    BYB.setdefault(_p["brand"], []).append(_p)
_CYCLE = [0]


def next_brand(allowed=None):
    """Brands in turn over the whole set, so every class spreads over many brands and all 54 appear."""
    pool = [b for b in BRANDS if allowed is None or b in allowed]
    b = pool[_CYCLE[0] % len(pool)]
    _CYCLE[0] += 1
    return b


def prod(brand=None, cat=None, pred=None):
    ps = [p for p in PRODUCTS if (brand is None or p["brand"] == brand) and (cat is None or p["cat"] in (cat if isinstance(cat, (set, list, tuple)) else {cat}))
          and (pred is None or pred(p))]
    if not ps:
        ps = [p for p in PRODUCTS if brand is None or p["brand"] == brand]
    return R.choice(ps)


def prods(n, pred=None):
    """n products of n different brands where possible (brand cycle), optionally filtered."""
    out = []
    ok_brands = sorted({p["brand"] for p in PRODUCTS if pred is None or pred(p)})
    for _ in range(n):
        b = next_brand(ok_brands)
        out.append(prod(b, pred=pred))
    return out


def copy_frac(usd):
    if usd >= 150:
        return R.uniform(0.05, 0.20)
    if usd >= 30:
        return R.uniform(0.12, 0.30)
    return R.uniform(0.25, 0.45)


def local(usd, code):
    """USD amount to the market's currency, rounded as sellers round."""
    cur, rate = MARKETS[code][1], MARKETS[code][2]
    x = usd * rate
    if x < 20:
        v = round(max(0.5, x)) - 0.01 if x >= 2 else round(x, 2)
    elif x < 200:
        v = float(round(x))
        if R.random() < 0.5:
            v -= 0.01
    elif x < 2000:
        v = float(round(x / 5) * 5)
    elif x < 100000:
        v = float(round(x / 50) * 50)
    else:
        v = float(round(x, -3))
    return round(v, 2), cur


def copy_price(p, code, frac=None):
    return local(p["usd"] * (frac if frac is not None else copy_frac(p["usd"])), code)


def fmt(amount, cur):
    return f"{amount:,.0f} {cur}" if amount >= 100 else f"{amount:g} {cur}"


HANDLES = ["star", "shop", "store", "deals", "boutique", "mall", "mart", "trade", "outlet", "world", "hub", "house", "zone", "corner", "plaza", "bazaar"]
WORDS = ["lucky", "golden", "happy", "prime", "urban", "city", "bright", "royal", "smart", "best", "top", "nova", "blue", "sun", "kiwi", "maple"]


def seller_id():
    return f"{R.choice(WORDS)}{R.choice(HANDLES)}{R.randint(10, 9999)}"


def lid():
    return "".join(R.choice("0123456789abcdefghjkmnpqrstuvwxyz") for _ in range(11))


def observed():
    t = datetime(2026, 11, 20, tzinfo=timezone.utc) + timedelta(seconds=R.randint(0, 11 * 86400))
    return t.strftime("%Y-%m-%dT%H:%M:%SZ")


def L(cls, kind, brand, code, title, desc="", price=None, category=None, seller=None, sname=None, attrs=None, also=(), ship=None):
    """Append one listing. price: (amount, currency) or None."""
    mk, cur, rate, country, host = MARKETS[code]
    i = lid()
    row = {
        "marketplace": mk,
        "listing_id": i,
        "url": f"https://{host}/item/{i}",
        "title": " ".join(title.split()),
        "description": desc,
        "seller": {"id": seller or seller_id(), "name": sname if sname is not None else "", "country": country},
        "observed_at": observed(),
    }
    if price is not None:
        row["price"] = {"amount": price[0], "currency": price[1]}
    if category:
        row["category"] = category
    if attrs:
        row["attributes"] = attrs
    row["ship_from"] = ship or country
    row["_label"] = {"kind": kind, "brand": brand, "class": cls, "tactic": TACTIC[cls], "lang": code.split("-")[0] + "-" + code.split("-")[1], "also": list(also)}
    ROWS.append(row)
    return row


TACTIC: dict[str, str] = {}
STAR: set[str] = set()


def klass(name, tactic, star=False):
    TACTIC[name] = tactic
    if star:
        STAR.add(name)


def cf(cls, p, code, title, desc="", frac=None, price="copy", **kw):
    pr = copy_price(p, code, frac) if price == "copy" else price
    kw.setdefault("category", p["cat"])
    return L(cls, "counterfeit", p["brand"], code, title, desc, pr, **kw)


def inn(cls, p_or_brand, code, title, desc="", price=None, **kw):
    b = p_or_brand["brand"] if isinstance(p_or_brand, dict) else p_or_brand
    return L(cls, "innocent", b, code, title, desc, price, **kw)


def noun(p, lang):
    d = NOUN.get(p["cat"])
    if d and lang in d:
        return d[lang]
    return p["noun"]


# =========================================================================== counterfeit, everyday
N_CF, N_IN = 13, 12
APPAREL = {"sneakers", "handbags", "wallets", "belts", "scarves", "trench coats", "parkas", "jackets", "jeans", "watches", "jewelry", "backpacks", "charms"}


NOT_COPYWORD = {"software licenses", "prescription drugs", "otc", "chocolate", "soft drinks", "coffee", "spreads", "infant formula", "medical devices",
                "motor oil", "tires", "auto parts", "ink", "batteries", "razor blades"}
FOOD = {"chocolate", "soft drinks", "coffee", "spreads", "infant formula"}
FE = lambda p: p["cat"] not in NOT_COPYWORD and p["brand"] not in {"bayer", "johnson-johnson"}  # fashion, luxury, electronics, toys, sport, beauty, appliances
NONFOOD = lambda p: p["cat"] not in FOOD | {"software licenses", "prescription drugs", "otc"}
PHYSICAL = lambda p: p["cat"] not in {"software licenses", "prescription drugs"}
INVENTED = {"SIM-360-3-900", "APT-PF3-800", "NES-GOLD-200", "NAN-OPTIPRO-2-800", "KO-330-24", "FR-T30", "NUT-750", "LAN-GEN-50", "ANR-50", "DW-1W1", "ULT-50",
            "ANS-60", "FUS5-PG-8", "MACH3-12", "TYL-ES-100", "BEP-100", "PARADYM-AI-SMOKE-DR", "CS24-12", "NF-800"}
SUB_ONLY = {"mars", "danone", "pfizer", "johnson-johnson", "bayer", "coca-cola", "ferrero", "hasbro", "mattel"}


def B(p):
    """the brand as sellers put it before the line: nothing when the line is itself the mark (Snickers, Viagra, Ferrero Rocher)"""
    if p["brand"] in SUB_ONLY or p["line"].lower().startswith(p["bname"].lower()[:5]):
        return ""
    return p["bname"]


def rot(seq, i):
    return seq[i % len(seq)]


def c_mirror_1to1_en():
    c = "c_mirror_1to1_en"
    klass(c, "English '1:1 mirror quality / top batch' on Western and export sites")
    mk = ["en-US", "en-US-dhgate", "en-US-depop", "en-GB", "en-AU", "en-CA", "en-SG", "en-US-temu", "en-NZ", "en-US-offerup", "en-GB-gumtree", "en-IN", "en-ZA"]
    tt = ["{b} {l} 1:1 mirror quality", "Top batch {b} {l} – mirror 1:1", "{b} {l} mirror quality best version", "{l} {b} 1to1 mirror grade w/ box"]
    for i, p in enumerate(prods(N_CF, pred=FE)):
        cf(c, p, mk[i], rot(tt, i).format(b=B(p), l=p["line"]), "Mirror 1:1 quality, every detail matches retail. Ships in 2 days. Message for more photos.")


def c_grade_a_westafrica():
    c = "c_grade_a_westafrica"
    klass(c, "West/East African 'Grade A', 'China original', 'Turkey original' on Jiji and Kupatana")
    mk = ["en-NG", "en-GH", "sw-KE", "en-UG", "sw-TZ"]
    tt = ["{b} {l} Grade A", "China original {b} {l}", "Turkey original {b} {l} available", "{b} {l} first grade – pay on delivery", "Quality {b} {l} (Grade A)"]
    dd = ["Grade A quality, same as original. Pay on delivery within Lagos.", "China original, top quality. Delivery nationwide.",
          "Bei nafuu, quality ya Grade A. Delivery Nairobi CBD.", "Turkey original, not fake quality. Call or WhatsApp."]
    for i, p in enumerate(prods(N_CF, pred=NONFOOD)):
        cf(c, p, rot(mk, i), rot(tt, i).format(b=B(p), l=p["line"]), rot(dd, i))


def c_vietnam_made_ru():
    c = "c_vietnam_made_ru"
    klass(c, "Russian-speaking markets' origin code words for copies: 'Вьетнам', 'Гуанчжоу', 'люкс' on Avito, Wildberries, OLX.ua, Kufar, Kaspi")
    mk = ["ru-RU", "ru-RU-wb", "uk-UA", "be-BY", "kk-KZ"]
    tt = ["{b} {l} Вьетнам", "{b} {l} (Вьетнам, люкс)", "{b} {l} — фабрика Гуанчжоу, люкс", "{l} {b} Индонезия, качество люкс", "{b} {l} Вьетнам 1в1"]
    dd = ["Производство Вьетнам, все бирки, коробка в комплекте. Отправка СДЭК.", "Качество люкс, Гуанчжоу. Примерка при получении.",
          "В'єтнам, якість люкс, відправка Новою поштою.", "Люкс качество, не отличить. Доставка по Алматы."]
    ps = prods(N_CF, pred=lambda p: p["cat"] in APPAREL)
    for i, p in enumerate(ps):
        cf(c, p, rot(mk, i), rot(tt, i).format(b=B(p), l=p["line"]), rot(dd, i))


def c_not_original_admitted():
    c = "c_not_original_admitted"
    klass(c, "the seller admits it in the market's own words: 'kein Original', 'pas original', 'geen origineel', 'nie oryginał' (13 European languages)")
    rows = [("de-DE", "{b} {l} – kein Original, daher der Preis", "Kein Original, aber sehr gute Qualität. Versand möglich."),
            ("fr-FR", "{b} {l} (pas original, très bonne qualité)", "Pas original, je préfère le préciser. Remise en main propre."),
            ("nl-NL", "{b} {l} geen origineel", "Geen origineel maar ziet er precies zo uit. Ophalen of verzenden."),
            ("it-IT", "{b} {l} non originale ottima qualità", "Non originale, qualità ottima. Spedizione con Subito."),
            ("es-ES", "{b} {l} no es original", "No es original, calidad muy buena. Envío disponible."),
            ("sv-SE", "{b} {l} ej äkta", "Ej äkta men bra kvalitet. Kan skickas."),
            ("pl-PL", "{b} {l} nie oryginał, dobra jakość", "Nie oryginał, jakość bardzo dobra. Wysyłka InPost."),
            ("pt-PT", "{b} {l} não é original", "Não é original, qualidade boa. Envio CTT."),
            ("fi-FI", "{b} {l} ei aito", "Ei aito, mutta hyvä laatu. Postitus onnistuu."),
            ("cs-CZ", "{b} {l} není originál", "Není originál, kvalita super. Pošlu Zásilkovnou."),
            ("hu-HU", "{b} {l} nem eredeti", "Nem eredeti, de jó minőség. Foxpost megoldható."),
            ("ro-RO", "{b} {l} nu este original", "Nu este original, calitate foarte bună. Livrare prin curier."),
            ("hr-HR", "{b} {l} nije original", "Nije original, kvaliteta odlična. Šaljem poštom.")]
    for i, p in enumerate(prods(N_CF, pred=NONFOOD)):
        code, t, d = rows[i]
        cf(c, p, code, t.format(b=B(p), l=p["line"]), d)


def c_calidad_aaa_espejo():
    c = "c_calidad_aaa_espejo"
    klass(c, "Latin American 'calidad espejo', 'clon AAA', 'réplica 1.1', 'alta gama' on Mercado Libre, OLX, Yapo, Marketplace")
    mk = ["es-MX", "es-AR", "es-CO", "es-PE", "es-CL", "es-EC", "es-BO"]
    tt = ["{b} {l} calidad espejo", "{b} {l} clon AAA importado", "{b} {l} réplica 1.1 calidad AAA", "{b} {l} alta gama AAA", "{l} {b} triple A espejo"]
    dd = ["Calidad espejo, idéntico al original. Envíos a todo el país.", "Clon AAA importado, con caja. Entrega inmediata.", "Réplica 1.1 alta gama, pregunte sin compromiso."]
    for i, p in enumerate(prods(N_CF, pred=FE)):
        cf(c, p, rot(mk, i), rot(tt, i).format(b=B(p), l=p["line"]), rot(dd, i))


def c_yuandan_weihuo_zh():
    c = "c_yuandan_weihuo_zh"
    klass(c, "Chinese trade words 原单尾货 / 外贸原单 / 顶级复刻 / 细节对版 with the Chinese alias on Xianyu, Pinduoduo, Douyin")
    mk = ["zh-CN", "zh-CN-pdd", "zh-CN-dy"]
    tt = ["{z} {l} 原单尾货", "{z}{l} 外贸原单 正品品质", "{z} {l} 顶级复刻 一比一", "{z} {l} 高版本 细节对版", "{z}{l} 工厂直供 原单"]
    dd = ["原单尾货，数量有限，懂的来。", "外贸原单，细节对版，支持验货。", "顶级复刻版本，专柜品质。"]
    for i, p in enumerate(prods(N_CF, pred=FE)):
        cf(c, p, rot(mk, i), rot(tt, i).format(z=p["zh"], l=p["line"]), rot(dd, i), ship="CN")


def c_super_copy_ja():
    c = "c_super_copy_ja"
    klass(c, "Japanese 'スーパーコピー', 'ミラー品', 'レプリカ 激安' with the katakana name on Mercari and Yahoo Auctions")
    mk = ["ja-JP", "ja-JP-yahoo"]
    tt = ["{j} {l} スーパーコピー", "{j} {l} ミラー品 高品質", "激安 {j} {l} レプリカ", "{j} {l} コピー品 美品", "{j} {l} スーパーコピー 箱付き"]
    dd = ["スーパーコピー品です。ご理解の上ご購入ください。", "ミラー品、見た目は本物と同じです。", "レプリカです。ノークレームでお願いします。"]
    for i, p in enumerate(prods(N_CF, pred=FE)):
        cf(c, p, rot(mk, i), rot(tt, i).format(j=p["ja"], l=p["line"]), rot(dd, i))


def c_imitation_ko():
    c = "c_imitation_ko"
    klass(c, "Korean '이미테이션 A급', '미러급 레플', '가품' with the Hangul name on Bunjang and Daangn")
    mk = ["ko-KR", "ko-KR-dg"]
    tt = ["{k} {l} 이미테이션 A급", "{k} {l} 미러급 레플", "{k} {l} 레플리카 (가품)", "{k} {l} S급 이미테이션", "{k} {l} 가품 미러급"]
    dd = ["이미테이션 제품입니다. 정품 아닙니다.", "미러급 레플, 퀄리티 좋아요. 택배 가능.", "가품이에요. 직거래 선호합니다."]
    for i, p in enumerate(prods(N_CF, pred=FE)):
        kname = p["ko"] or p["bname"]
        cf(c, p, rot(mk, i), rot(tt, i).format(k=kname, l=p["line"]), rot(dd, i))


def c_copy_one_gulf():
    c = "c_copy_one_gulf"
    klass(c, "Arabic 'كوبي ون' (copy one), 'طبق الأصل' (true to the original), 'تقليد درجة أولى' in the Gulf, Levant, Egypt, Iraq")
    mk = ["ar-AE", "ar-SA", "ar-KW", "ar-BH", "ar-OM", "ar-JO", "ar-EG", "ar-IQ"]
    tt = ["{b} {l} كوبي ون", "{b} {l} طبق الأصل", "{b} {l} تقليد درجة أولى", "{l} {b} كوبي ون مع العلبة", "{b} {l} نسخة طبق الأصل"]
    dd = ["كوبي ون، نفس الأصلي بالضبط. التوصيل لجميع المناطق.", "طبق الأصل، جودة عالية. الدفع عند الاستلام.", "تقليد درجة أولى، للتواصل واتساب."]
    for i, p in enumerate(prods(N_CF, pred=NONFOOD)):
        cf(c, p, rot(mk, i), rot(tt, i).format(b=B(p), l=p["line"]), rot(dd, i))


def c_birebir_tr():
    c = "c_birebir_tr"
    klass(c, "Turkish 'birebir', 'muadil', '1. kalite replika' on Trendyol and Sahibinden")
    mk = ["tr-TR", "tr-TR-sahibinden"]
    tt = ["{b} {l} birebir", "{b} {l} muadil ürün birebir aynısı", "{b} {l} 1. kalite replika", "{l} {b} birebir kutulu", "{b} {l} muadil"]
    dd = ["Birebir ürün, orijinalinden ayırt edilemez. Kargo ücretsiz.", "Muadil üründür, kalite çok iyi.", "1. kalite replika, kapıda ödeme var."]
    for i, p in enumerate(prods(N_CF, pred=NONFOOD)):
        cf(c, p, rot(mk, i), rot(tt, i).format(b=B(p), l=p["line"]), rot(dd, i))


def c_mirip_ori_id_my():
    c = "c_mirip_ori_id_my"
    klass(c, "Indonesian/Malay 'mirip ori 99%', 'gred AAA', 'kw premium', 'ori Thailand' on Tokopedia and Mudah")
    mk = ["id-ID", "ms-MY"]
    tt = ["{b} {l} mirip ori 99%", "{b} {l} gred AAA", "{b} {l} kw premium mirip asli", "{b} {l} ori Thailand", "{b} {l} grade mirror mirip ori"]
    dd = ["Mirip ori 99%, bahan premium. Bisa COD.", "Gred AAA, kualiti terbaik. Pos seluruh Malaysia.", "Kualitas kw premium, tidak mengecewakan."]
    for i, p in enumerate(prods(N_CF, pred=NONFOOD)):
        cf(c, p, rot(mk, i), rot(tt, i).format(b=B(p), l=p["line"]), rot(dd, i))


def c_f1_superfake_vi():
    c = "c_f1_superfake_vi"
    klass(c, "Vietnamese 'hàng F1', 'super fake', 'rep 1:1' on Chợ Tốt and Shopee")
    mk = ["vi-VN", "vi-VN-shopee"]
    tt = ["{b} {l} hàng F1", "{b} {l} super fake 1:1", "{b} {l} rep 1:1 full box", "{b} {l} hàng SF cao cấp", "{b} {l} F1 giống 99%"]
    dd = ["Hàng F1, giống chính hãng 99%. Ship COD toàn quốc.", "Super fake, fullbox, bảo hành 1 tháng.", "Rep 1:1, kiểm tra hàng trước khi thanh toán."]
    for i, p in enumerate(prods(N_CF, pred=FE)):
        cf(c, p, rot(mk, i), rot(tt, i).format(b=B(p), l=p["line"]), rot(dd, i))


def c_hk_tw_a_goods():
    c = "c_hk_tw_a_goods"
    klass(c, "Hong Kong/Taiwan 'A貨', '高仿', '精仿', '一比一' with the Latin name on Carousell HK and Ruten")
    mk = ["zh-HK", "zh-TW"]
    tt = ["{b} {l} A貨", "{b} {l} 高仿 一比一", "{b} {l} 精仿 連盒", "{l} {b} A貨 靚貨", "{b} {l} 高仿 現貨"]
    dd = ["A貨，質素好，可面交。", "高仿一比一，細節做得好。", "精仿品，介意勿買。"]
    for i, p in enumerate(prods(N_CF, pred=FE)):
        cf(c, p, rot(mk, i), rot(tt, i).format(b=B(p), l=p["line"]), rot(dd, i))


def c_replika_cee():
    c = "c_replika_cee"
    klass(c, "Central/Eastern European 'replika', 'kopija', 'реплика', 'ρεπλίκα' on Allegro, Bazoš, Jófogás, OLX, KupujemProdajem, Njuškalo, Skroutz")
    rows = [("pl-PL", "{b} {l} replika jakość premium"), ("cs-CZ", "{b} {l} replika 1:1"), ("hu-HU", "{b} {l} replika prémium minőség"),
            ("ro-RO", "{b} {l} replica calitate premium"), ("bg-BG", "{b} {l} реплика високо качество"), ("sr-RS", "{b} {l} replika kopija"),
            ("hr-HR", "{b} {l} kopija 1:1"), ("el-GR", "{b} {l} ρεπλίκα άριστη ποιότητα"), ("pl-PL", "{l} {b} replika"),
            ("cs-CZ", "{b} {l} kopie top kvalita"), ("ro-RO", "{b} {l} replica 1:1"), ("bg-BG", "{b} {l} реплика 1:1"), ("sr-RS", "{b} {l} kopija A kvalitet")]
    for i, p in enumerate(prods(N_CF, pred=FE)):
        code, t = rows[i]
        cf(c, p, code, t.format(b=B(p), l=p["line"]), "Replika / kopija – high quality, shipping available.")


def c_duty_free_claim_cheap():
    c = "c_duty_free_claim_cheap"
    klass(c, "cover story: 'bought at duty free / airport shop, so cheaper' at a copy price")
    rows = [("en-GB", "{b} {l} – bought in duty free, new", "Bought at Dubai duty free, unwanted. Cheaper than the shops because no tax."),
            ("en-US", "{b} {l} from airport duty free NEW", "Duty free purchase, never used. Tax free price."),
            ("de-DE", "{b} {l} aus dem Duty Free, neu", "Im Duty Free gekauft, deshalb so günstig."),
            ("fr-FR", "{b} {l} acheté en duty free neuf", "Acheté en duty free à l'aéroport, prix hors taxes."),
            ("ru-RU", "{b} {l} из дьюти фри, новый", "Куплено в дьюти фри, поэтому дешевле."),
            ("ar-AE", "{b} {l} من السوق الحرة جديد", "من السوق الحرة، سعر بدون ضريبة."),
            ("en-NG", "{b} {l} Dubai duty free", "From Dubai duty free, brand new."),
            ("ko-KR", "{b} {l} 면세점 구매 새상품", "면세점에서 샀어요. 그래서 저렴해요."),
            ("zh-CN", "{b} {l} 免税店购入 全新", "免税店买的，所以便宜。"),
            ("th-TH", "{b} {l} ซื้อจากดิวตี้ฟรี ของใหม่", "ซื้อจากดิวตี้ฟรี ราคาถูกกว่าห้าง"),
            ("es-MX", "{b} {l} comprado en duty free", "Comprado en duty free, por eso el precio."),
            ("pt-BR", "{b} {l} comprado no free shop", "Comprado no free shop, novo na caixa."),
            ("tr-TR", "{b} {l} duty free'den alındı sıfır", "Duty free'den aldım, vergisiz fiyat.")]
    for i, p in enumerate(prods(N_CF, pred=lambda q: q["cat"] in {"fragrance", "skincare", "makeup", "sunscreen", "watches", "jewelry", "handbags", "wallets", "belts", "scarves", "chocolate", "headphones", "earbuds", "charms", "hair care"})):
        code, t, d = rows[i]
        cf(c, p, code, t.format(b=B(p), l=p["line"]), d)


def c_customs_seized_lot():
    c = "c_customs_seized_lot"
    klass(c, "cover story: goods 'from a customs seizure / confiscated lot auction' at a copy price")
    rows = [("en-US", "{b} {l} – customs seized lot, new"), ("en-GB", "{b} {l} from HMRC seized goods auction"), ("de-DE", "{b} {l} aus Zollversteigerung"),
            ("fr-FR", "{b} {l} issu d'une saisie douanière"), ("es-ES", "{b} {l} de subasta de aduanas"), ("it-IT", "{b} {l} da asta doganale"),
            ("pl-PL", "{b} {l} z licytacji celnej"), ("ru-RU", "{b} {l} конфискат с таможни"), ("uk-UA", "{b} {l} конфіскат митниці"),
            ("pt-BR", "{b} {l} leilão da Receita Federal"), ("es-AR", "{b} {l} remate de aduana"), ("tr-TR", "{b} {l} gümrük ihalesinden"), ("en-NG", "{b} {l} customs auction goods")]
    for i, p in enumerate(prods(N_CF, pred=PHYSICAL)):
        code, t = rows[i]
        cf(c, p, code, t.format(b=B(p), l=p["line"]), "Seized/confiscated stock bought at auction, sold as is, many pieces available.")


def c_staff_discount_cover():
    c = "c_staff_discount_cover"
    klass(c, "cover story: 'staff discount, I work at the store / the factory' at a copy price")
    rows = [("en-US-fb", "{b} {l} NEW – staff discount", "I work at the store and get staff discount, passing it on."),
            ("en-GB-gumtree", "{b} {l} brand new, staff price", "Staff price, I work in retail. Several available."),
            ("en-AU", "{b} {l} employee price", "Employee discount, new with tags."),
            ("de-AT", "{b} {l} neu, Mitarbeiterrabatt", "Mitarbeiterrabatt, arbeite im Geschäft."),
            ("nl-NL", "{b} {l} personeelskorting nieuw", "Via personeelskorting gekocht, meerdere beschikbaar."),
            ("fr-FR", "{b} {l} neuf, remise employé", "Je travaille en boutique, remise employé."),
            ("es-CO", "{b} {l} precio de empleado", "Trabajo en la tienda, precio de empleado."),
            ("pt-BR", "{b} {l} preço de funcionário", "Trabalho na loja, tenho desconto de funcionário."),
            ("id-ID", "{b} {l} harga karyawan", "Saya kerja di pabriknya, harga karyawan."),
            ("vi-VN", "{b} {l} giá nhân viên", "Mình làm ở xưởng, giá nhân viên."),
            ("tl-PH", "{b} {l} employee price, brand new", "I work at the factory, employee price."),
            ("hi-IN", "{b} {l} staff price original", "Factory staff price, original maal."),
            ("ms-MY", "{b} {l} harga staff", "Saya kerja kilang, harga staff.")]
    for i, p in enumerate(prods(N_CF, pred=PHYSICAL)):
        code, t, d = rows[i]
        cf(c, p, code, t.format(b=B(p), l=p["line"]), d)


def c_unused_new_cheap_asia():
    c = "c_unused_new_cheap_asia"
    klass(c, "Asian second-hand apps' 'new, unused, unopened' in local script (新品未使用, 새상품, 全新未拆) at a copy price, no copy word")
    rows = [("ja-JP", "{j} {l} 新品未使用"), ("ja-JP-yahoo", "【新品未使用】{j} {l}"), ("ko-KR", "{k} {l} 새상품 미개봉"), ("ko-KR-dg", "{k} {l} 새거"),
            ("zh-CN", "{z} {l} 全新未拆"), ("zh-TW", "{b} {l} 全新未拆封"), ("zh-HK", "{b} {l} 全新"), ("en-SG", "{b} {l} BNIB"),
            ("tl-PH", "{b} {l} brand new sealed"), ("th-TH", "{b} {l} ของใหม่ ยังไม่แกะ"), ("vi-VN", "{b} {l} mới 100% nguyên seal"),
            ("ms-MY", "{b} {l} baru tak pakai"), ("id-ID", "{b} {l} baru segel")]
    for i, p in enumerate(prods(N_CF, pred=NONFOOD)):
        code, t = rows[i]
        cf(c, p, code, t.format(b=B(p), l=p["line"], j=p["ja"], k=p["ko"] or p["bname"], z=p["zh"]), "")


def c_nfc_qr_verifiable():
    c = "c_nfc_qr_verifiable"
    klass(c, "'NFC chip scans / QR code checks on the official site / serial registered' claimed for goods at a copy price")
    tt = ["{b} {l} with NFC chip – scans in the app", "{b} {l} QR code verifiable on official site", "{b} {l} NFC tag working, full set",
          "{b} {l} – QR authenticity code scans OK", "{b} {l} chip + QR, passes scan"]
    dd = ["Latest version with working NFC chip, scan it with your phone.", "QR code on the tag opens the official website.", "NFC + QR both work, 100% pass."]
    mk = ["en-US", "en-GB", "en-SG", "en-US-dhgate", "en-CA", "en-AU", "en-IN-olx", "en-ZA", "en-NG", "en-US-depop", "en-NZ", "en-GH", "en-UG"]
    for i, p in enumerate(prods(N_CF, pred=FE)):
        cf(c, p, mk[i], rot(tt, i).format(b=B(p), l=p["line"]), rot(dd, i))


MATERIAL = {"watches": "quartz movement, alloy case", "jewelry": "titanium steel, 18K gold plated", "charms": "alloy, silver plated",
            "handbags": "PU leather", "wallets": "PU leather", "belts": "PU leather, alloy buckle", "scarves": "100% polyester",
            "trench coats": "polyester blend", "parkas": "polyester fill, faux fur", "jackets": "polyester fill", "sneakers": "synthetic leather",
            "hair care": "1200W motor", "headphones": "Bluetooth 5.3, TF card slot", "earbuds": "Bluetooth 5.3, TF card slot", "tennis rackets": "aluminium frame"}


def c_material_giveaway():
    c = "c_material_giveaway"
    klass(c, "the goods named plainly but the spec gives them away: quartz 'Submariner', titanium-steel gold-plated 'Love bracelet', PU-leather 'Neverfull'")
    mk = ["en-US-temu", "en-US-dhgate", "en-GB", "en-US", "en-IN", "en-SG", "en-AU", "en-CA", "en-NG", "en-ZA", "en-US-fb", "en-NZ", "en-GH"]
    ps = prods(N_CF, pred=lambda p: p["cat"] in MATERIAL)
    for i, p in enumerate(ps):
        m = MATERIAL[p["cat"]]
        cf(c, p, mk[i], f"{B(p)} {p['line']} – {m}", f"Material: {m}. Gift box included.", attrs={"Material": m})


def c_consumables_oem_claim():
    c = "c_consumables_oem_claim"
    klass(c, "consumables, parts and groceries called 'original / OEM / genuine' at a copy price: ink, blades, oil, filters, pads, tyres, formula, coffee, chocolate, cola")
    mk = ["en-NG", "ur-PK", "en-IN", "ar-EG", "id-ID", "es-MX", "pt-BR", "ru-RU", "en-US", "fr-MA", "en-GH", "bn-BD", "sw-KE"]
    w = ["original", "OEM genuine", "100% original", "genuine", "original OEM"]
    ps = prods(7, pred=lambda p: p["cat"] in {"ink", "razor blades", "motor oil", "batteries", "auto parts", "tires", "medical devices"}) + prods(6, pred=lambda p: p["cat"] in FOOD)
    for i, p in enumerate(ps):
        word_ = rot(["100% original", "original import", "genuine stock"], i) if p["cat"] in FOOD else rot(w, i)
        cf(c, p, mk[i], f"{B(p)} {p['line']} {word_}", "Original product, wholesale price, bulk available.", frac=R.uniform(0.2, 0.35))


def c_generic_pharma_named():
    c = "c_generic_pharma_named"
    klass(c, "Indian/Bangladeshi 'generic' pills sold under the brand's product name ('same as Viagra') without prescription")
    rows = [("en-US", "Viagra 100mg generic – same as Pfizer, 30 pills"), ("en-GB", "Viagra 100mg tablets x30 generic, no prescription"),
            ("de-DE", "Viagra 100mg Generika 30 Stück ohne Rezept"), ("fr-FR", "Viagra générique 100mg x30 sans ordonnance"),
            ("en-IN", "Viagra 100mg Indian generic 30 tabs"), ("ru-RU", "Виагра 100мг дженерик Индия 30 шт"),
            ("es-MX", "Viagra genérico 100mg 30 pastillas"), ("en-US-fb", "Lipitor 20mg generic 90 tablets same as Pfizer"),
            ("en-GB-gumtree", "Lipitor 20mg atorvastatin 90 tabs no prescription"), ("pt-BR", "Lipitor genérico 20mg 90 comprimidos"),
            ("en-US-offerup", "Tylenol Extra Strength generic 500 caplets"), ("en-NG", "Claritin generic loratadine 100 tablets"),
            ("ar-EG", "Viagra 100mg جنريك هندي 30 قرص")]
    brand_of = lambda t: "pfizer" if ("Viagra" in t or "Виагра" in t or "Lipitor" in t) else ("johnson-johnson" if "Tylenol" in t else "bayer")
    for code, t in rows:
        b = brand_of(t)
        p = prod(b, pred=lambda q: q["cat"] in {"prescription drugs", "otc"} and (("Lipitor" in t) == ("Lipitor" in q["line"]) if b == "pfizer" else True))
        cf(c, p, code, t, "Generic from India, same active ingredient, discreet shipping, no prescription needed.", frac=R.uniform(0.04, 0.12))


def c_lifetime_license_keys():
    c = "c_lifetime_license_keys"
    klass(c, "software 'lifetime / permanent activation / pre-activated' licences at a token price")
    rows = [("en-US", "Adobe Creative Cloud 2025 lifetime license"), ("en-GB", "Photoshop 2025 permanent activation Windows/Mac"),
            ("de-DE", "Adobe Photoshop 2025 Lizenz dauerhaft"), ("es-ES", "Adobe Creative Cloud licencia de por vida"),
            ("en-IN", "Windows 11 Pro lifetime key"), ("pl-PL", "Windows 11 Pro klucz dożywotni"), ("pt-BR", "Windows 11 Pro chave vitalícia"),
            ("ru-RU", "Windows 11 Pro ключ бессрочный"), ("tr-TR", "Windows 11 Pro ömür boyu lisans"), ("en-US-dhgate", "AutoCAD 2025 lifetime license 1 PC"),
            ("it-IT", "AutoCAD 2025 licenza a vita"), ("fr-FR", "Revit 2025 licence à vie"), ("vi-VN", "AutoCAD 2025 bản quyền vĩnh viễn")]
    for code, t in rows:
        b = "adobe" if ("Adobe" in t or "Photoshop" in t) else ("microsoft" if "Windows" in t else "autodesk")
        p = prod(b, pred=lambda q: q["cat"] == "software licenses")
        cf(c, p, code, t, "Instant delivery by email, pre-activated, works forever, no subscription.", frac=R.uniform(0.01, 0.05))


def c_reseller_dropship():
    c = "c_reseller_dropship"
    klass(c, "'reseller price, dropship welcome' on South and Southeast Asian social-commerce sites at a copy price")
    rows = [("hi-IN", "{b} {l} reseller price – dropship available"), ("hi-IN", "{b} {l} resellers welcome, COD"), ("en-IN", "{b} {l} wholesale reseller rate"),
            ("id-ID", "{b} {l} harga reseller, bisa dropship"), ("id-ID", "{b} {l} terima dropship"), ("vi-VN-shopee", "{b} {l} giá sỉ CTV, nhận dropship"),
            ("tl-PH", "{b} {l} reseller price, dropship ok"), ("th-TH", "{b} {l} ราคาตัวแทน รับดรอปชิป"), ("bn-BD", "{b} {l} রিসেলার প্রাইস"),
            ("ur-PK", "{b} {l} reseller rate dropshipping"), ("ms-MY", "{b} {l} harga ejen, dropship"), ("ne-NP", "{b} {l} reseller price"), ("si-LK", "{b} {l} reseller price")]
    for i, p in enumerate(prods(N_CF, pred=FE)):
        code, t = rows[i]
        cf(c, p, code, t.format(b=B(p), l=p["line"]), "Reseller / dropship welcome, no minimum order, ships in 24h.")


def c_ships_from_guangzhou():
    c = "c_ships_from_guangzhou"
    klass(c, "plain listing 'ships from our Guangzhou / Yiwu / Putian warehouse, 7-15 days' at a copy price, ship_from CN")
    tt = ["{b} {l} – ships from Guangzhou warehouse", "{b} {l} (Yiwu warehouse, 7-15 days)", "{b} {l} direct from Putian, free shipping", "{b} {l} ship from China 10-20 days"]
    mk = ["en-US", "en-GB", "en-AU", "fr-FR", "de-DE", "es-ES", "it-IT", "en-CA", "nl-NL", "sv-SE", "pl-PL", "pt-PT", "en-NZ"]
    for i, p in enumerate(prods(N_CF, pred=FE)):
        cf(c, p, mk[i], rot(tt, i).format(b=B(p), l=p["line"]), "Dispatched from our warehouse in Guangdong, tracking number provided.", ship="CN")


def c_beauty_gift_set_cheap():
    c = "c_beauty_gift_set_cheap"
    klass(c, "branded beauty 'gift sets' of several full-size items at far less than one item's price (live-shopping sites)")
    mk = ["en-US-temu", "en-GB", "id-ID", "vi-VN-shopee", "tl-PH", "th-TH", "ms-MY", "es-MX", "pt-BR", "ar-AE", "en-NG", "hi-IN", "tr-TR"]
    ps = prods(N_CF, pred=lambda p: p["cat"] in {"skincare", "makeup", "fragrance", "sunscreen"} and "ointment" not in p["line"])
    for i, p in enumerate(ps):
        cf(c, p, mk[i], f"{B(p)} {p['line']} gift set 5 pcs full size", "Gift set with box and bag, 5 full-size items. Flash sale today.", frac=R.uniform(0.08, 0.25))


def c_minifig_figure_lot():
    c = "c_minifig_figure_lot"
    klass(c, "toy brands' figures/blind boxes in cheap lots ('LEGO minifigures 50 pcs', 'Gunpla 10 kits') at a copy price")
    rows = [("en-US", "LEGO Star Wars minifigures lot 50 pcs", "lego"), ("en-GB", "LEGO Marvel minifigures x40 job lot", "lego"), ("de-DE", "LEGO Minifiguren 60 Stück Konvolut", "lego"),
            ("pl-PL", "LEGO ludziki 50 szt zestaw", "lego"), ("es-MX", "Lote 50 minifiguras LEGO", "lego"), ("en-AU", "Hot Wheels 50 car lot new sealed", "mattel"),
            ("pt-BR", "Kit 30 Hot Wheels lacrados", "mattel"), ("ja-JP", "ガンプラ 10体セット バンダイ 新品", "bandai"), ("zh-CN", "万代 高达 模型 10盒", "bandai"),
            ("en-SG", "Bandai Tamagotchi x5 bundle new", "bandai"), ("en-US-fb", "Transformers figures lot of 12 Hasbro new", "hasbro"),
            ("fr-FR", "Lot 20 Nerf blasters Hasbro neufs", "hasbro"), ("en-IN", "Barbie dolls set of 10 Mattel original", "mattel")]
    for code, t, b in rows:
        p = prod(b)
        n = 10
        pr = local(R.uniform(15, 45), code)  # a whole lot for the price of one genuine figure or car
        cf(c, p, code, t, "Big lot, all new in bags, great for collectors and parties.", price=pr)


def c_outlet_claim_cheap():
    c = "c_outlet_claim_cheap"
    klass(c, "cover story: 'from the factory outlet / outlet village' (Serravalle, Bicester, La Vallée, Woodbury) at a copy price")
    rows = [("it-IT", "{b} {l} preso all'outlet di Serravalle"), ("en-GB", "{b} {l} from Bicester Village outlet"), ("fr-FR", "{b} {l} acheté à La Vallée Village"),
            ("en-US", "{b} {l} Woodbury outlet NEW"), ("de-DE", "{b} {l} Outlet Metzingen neu"), ("es-ES", "{b} {l} del outlet Las Rozas"),
            ("nl-NL", "{b} {l} outlet Roermond nieuw"), ("ja-JP", "{j} {l} アウトレット購入 新品"), ("ko-KR", "{k} {l} 아울렛 구매 새상품"),
            ("zh-CN", "{z} {l} 奥特莱斯 正品"), ("en-CA", "{b} {l} outlet price new"), ("pt-BR", "{b} {l} comprado no outlet"), ("tr-TR", "{b} {l} outlet ürünü")]
    for i, p in enumerate(prods(N_CF, pred=FE)):
        code, t = rows[i]
        cf(c, p, code, t.format(b=B(p), l=p["line"], j=p["ja"], k=p["ko"] or p["bname"], z=p["zh"]), "Outlet purchase, new with tags, that is why the price is low.")


def c_festival_sale_90off():
    c = "c_festival_sale_90off"
    klass(c, "festival/shopping-day sale banners ('11.11 -90%', 'Black Friday', 'Ramadan offer', 'Diwali dhamaka') at a copy price")
    rows = [("zh-CN-pdd", "双11 {z} {l} 一折"), ("en-US-temu", "BLACK FRIDAY -90% {b} {l}"), ("ar-SA", "عرض رمضان {b} {l} خصم 90%"), ("hi-IN", "Diwali dhamaka {b} {l} 90% off"),
            ("id-ID", "Promo 11.11 {b} {l} diskon 90%"), ("vi-VN-shopee", "Sale 12.12 {b} {l} giảm 90%"), ("es-MX", "Buen Fin {b} {l} 90% descuento"),
            ("pt-BR", "Black Friday {b} {l} 90% off"), ("tr-TR", "Efsane Cuma {b} {l} %90 indirim"), ("ko-KR", "블랙프라이데이 {k} {l} 90% 할인"),
            ("en-GB", "Boxing Day {b} {l} 90% off"), ("fr-FR", "Black Friday {b} {l} -90%"), ("ru-RU", "Чёрная пятница {b} {l} -90%")]
    for i, p in enumerate(prods(N_CF, pred=None)):
        code, t = rows[i]
        cf(c, p, code, t.format(b=B(p), l=p["line"], k=p["ko"] or p["bname"], z=p["zh"]), "Limited time festival price, today only!")


def c_grade_price_list():
    c = "c_grade_price_list"
    klass(c, "price field shows the cheapest 'grade'; the text lists grades (A / AAA / 1:1) with their prices")
    mk = ["en-US-dhgate", "en-NG", "en-IN-olx", "es-CO", "pt-BR", "ar-AE", "id-ID", "tl-PH", "en-GB-gumtree", "fr-CI", "ur-PK", "es-PE", "en-ZA"]
    for i, p in enumerate(prods(N_CF, pred=FE)):
        code = mk[i]
        a, cur = copy_price(p, code, R.uniform(0.04, 0.08))
        b2, _ = copy_price(p, code, R.uniform(0.10, 0.15))
        c3, _ = copy_price(p, code, R.uniform(0.18, 0.25))
        cf(c, p, code, f"{B(p)} {p['line']} – all grades available",
           f"Grade A: {fmt(a, cur)}\nGrade AAA: {fmt(b2, cur)}\n1:1 top grade: {fmt(c3, cur)}\nChoose your grade in chat.", price=(a, cur))


# =========================================================================== counterfeit, rarer (*)
BRAILLE = dict(zip("abcdefghijklmnopqrstuvwxyz", "⠁⠃⠉⠙⠑⠋⠛⠓⠊⠚⠅⠇⠍⠝⠕⠏⠟⠗⠎⠞⠥⠧⠺⠭⠽⠵"))
MORSE = dict(zip("abcdefghijklmnopqrstuvwxyz", ".- -... -.-. -.. . ..-. --. .... .. .--- -.- .-.. -- -. --- .--. --.- .-. ... - ..- ...- .-- -..- -.-- --..".split()))
NATO = dict(zip("abcdefghijklmnopqrstuvwxyz", "Alfa Bravo Charlie Delta Echo Foxtrot Golf Hotel India Juliett Kilo Lima Mike November Oscar Papa Quebec Romeo Sierra Tango Uniform Victor Whiskey X-ray Yankee Zulu".split()))
SHORT = {"louis-vuitton": "Vuitton", "the-north-face": "North Face", "michael-kors": "Kors", "canada-goose": "Canada Goose", "estee-lauder": "Lauder",
         "johnson-johnson": "Johnson", "coca-cola": "Coca Cola", "loreal": "Lancome", "nestle": "Nestle"}


def word(p):
    """the brand word (ASCII letters) a disguise works on"""
    w = SHORT.get(p["brand"], p["bname"]).replace("'", "")
    return w


def gen_noun(p, lang="en"):
    return noun(p, lang)


def c_braille_letters():
    c = "c_braille_letters"
    klass(c, "the brand spelt in Braille cells (⠗⠕⠇⠑⠭), the rest a generic noun, copy price", star=True)
    mk = ["en-US", "en-GB", "en-US-dhgate", "en-SG", "en-AU", "en-CA", "en-IN", "en-NZ", "en-ZA", "en-NG", "en-US-depop", "en-US-temu", "en-GH"]
    for i, p in enumerate(prods(N_CF, pred=FE)):
        w = " ".join("".join(BRAILLE.get(ch, "") for ch in part.lower()) for part in word(p).split())
        cf(c, p, mk[i], f"{w} {p['noun']} – AAA quality", "Top quality, read the name 😉 DM for more.")


def c_nato_phonetic():
    c = "c_nato_phonetic"
    klass(c, "the brand spelt in the NATO alphabet ('Romeo Oscar Lima Echo X-ray'), generic noun, copy price", star=True)
    mk = ["en-US", "en-GB", "en-AU", "en-CA", "en-US-fb", "en-NZ", "en-SG", "en-US-offerup", "en-IN-olx", "en-ZA", "en-GB-gumtree", "en-NG", "en-UG"]
    for i, p in enumerate(prods(N_CF, pred=lambda q: FE(q) and len(word(q).replace(" ", "")) <= 8)):
        w = " ".join(NATO[ch] for ch in word(p).lower() if ch in NATO)
        cf(c, p, mk[i], f"{p['noun']} ({w}) replica", "You know the brand, spelt out for the filters. Replica, good quality.")


def c_morse_code():
    c = "c_morse_code"
    klass(c, "the brand in Morse code (.-. --- .-.. . -..-), generic noun, copy price", star=True)
    mk = ["en-US", "en-GB", "de-DE", "fr-FR", "es-ES", "it-IT", "nl-NL", "en-AU", "en-CA", "pl-PL", "sv-SE", "pt-PT", "en-SG"]
    for i, p in enumerate(prods(N_CF, pred=lambda q: FE(q) and len(word(q).replace(" ", "")) <= 9)):
        w = " / ".join(" ".join(MORSE[ch] for ch in part.lower() if ch in MORSE) for part in word(p).split())
        cf(c, p, mk[i], f"{p['noun']} {w} 1:1", "Brand in morse 😉 copy, top quality.")


RARE_SCRIPT = [  # (market, brand, the brand in that script, copy word as sellers mix it)
    ("lo-LA", "nike", "ໄນກີ້", "copy AAA"), ("lo-LA", "rolex", "ໂລເລັກ", "copy 1:1"), ("my-MM", "samsung", "ဆမ်ဆောင်း", "copy"),
    ("my-MM", "adidas", "အာဒီဒါစ်", "AAA copy"), ("ug-CN", "nike", "نايكى", "copy 1:1"), ("ug-CN", "samsung", "سامسۇڭ", "copy"),
    ("dv-MV", "rolex", "ރޮލެކްސް", "copy AAA"), ("dv-MV", "nike", "ނައިކީ", "copy"), ("or-IN", "adidas", "ଆଡିଡାସ", "first copy"),
    ("or-IN", "samsung", "ସାମସଙ୍ଗ", "first copy"), ("ps-AF", "samsung", "سامسونګ", "copy"), ("ku-IQ", "gucci", "گوچی", "copy 1:1"), ("ku-IQ", "adidas", "ئادیداس", "copy")]


def c_translit_rare_scripts():
    c = "c_translit_rare_scripts"
    klass(c, "the brand transliterated into rarer scripts (Lao, Burmese, Uyghur, Thaana, Odia, Pashto, Sorani), English copy word, generic noun", star=True)
    for code, b, w, cw in RARE_SCRIPT:
        p = prod(b)
        cf(c, p, code, f"{w} {p['noun']} {cw}", f"{w} {cw}, good price, delivery available.")


LINE_LOCAL = [("ko-KR", "nike", "Air Force 1 '07", "에어포스1 07 미러급"), ("ko-KR-dg", "louis-vuitton", "Neverfull MM", "네버풀 MM 미러급"),
              ("ja-JP", "rolex", "Submariner Date 126610LN", "サブマリーナー デイト コピー 高品質"), ("ja-JP-yahoo", "omega", "Speedmaster Moonwatch", "スピードマスター ムーンウォッチ コピー"),
              ("zh-CN", "nike", "Air Force 1 '07", "空军一号 低帮 纯原"), ("zh-CN-pdd", "rolex", "Submariner Date 126610LN", "绿水鬼 黑水鬼 顶级复刻"),
              ("ru-RU", "nike", "Air Jordan 1 Retro High OG", "Эйр Джордан 1 люкс"), ("ru-RU-wb", "rolex", "Submariner Date 126610LN", "Сабмаринер реплика"),
              ("uk-UA", "louis-vuitton", "Neverfull MM", "Неверфул ММ копія"), ("ko-KR", "adidas", "Ultraboost Light", "울트라부스트 라이트 레플"),
              ("ja-JP", "louis-vuitton", "Speedy 30", "スピーディ30 ミラー品"), ("th-TH", "nike", "Dunk Low Retro", "ดังก์ โลว์ งานก๊อป"),
              ("ar-SA", "rolex", "Datejust 41", "ديت جست كوبي ون")]


def c_line_name_local_script():
    c = "c_line_name_local_script"
    klass(c, "only a product line's name, written in the market's own script (에어포스, サブマリーナー, 空军一号, 绿水鬼, Сабмаринер), with a copy word", star=True)
    for code, b, line, t in LINE_LOCAL:
        p = prod(b, pred=lambda q: q["line"] == line)
        cf(c, p, code, t, "")


KO_ROM = [("rolex", "Rollekseu"), ("gucci", "Gujji"), ("louis-vuitton", "Ruibitong"), ("nike", "Naiki"), ("burberry", "Beobeori"), ("cartier", "Kkareutie"),
          ("dyson", "Daiseun"), ("swarovski", "Seuwarobeuseuki"), ("canada-goose", "Kaenada Guseu"), ("the-north-face", "Noseu Peiseu"),
          ("michael-kors", "Maikeul Koeoseu"), ("estee-lauder", "Eseuti Rodeo"), ("gillette", "Jilleteu")]


def c_korean_romanized():
    c = "c_korean_romanized"
    klass(c, "the Hangul name romanised back (Revised Romanization: Rollekseu, Gujji, Ruibitong), Korean copy word, generic noun", star=True)
    mk = ["ko-KR", "ko-KR-dg", "en-US", "en-SG"]
    for i, (b, w) in enumerate(KO_ROM):
        p = prod(b)
        cf(c, p, rot(mk, i), f"{w} {p['noun']} 미러급", "미러급, 정품 아님. Ships from Seoul.")


IPA = [("rolex", "/ˈroʊlɛks/"), ("gucci", "/ˈɡuːtʃi/"), ("louis-vuitton", "/lwi vɥitɔ̃/"), ("nike", "/ˈnaɪki/"), ("dyson", "/ˈdaɪsən/"), ("burberry", "/ˈbɜːrbəri/"),
       ("cartier", "/kaʁ.tje/"), ("omega", "/oʊˈmeɪɡə/"), ("shiseido", "/ɕiseːdo/"), ("swarovski", "/swɒˈrɒfski/"), ("adidas", "/ˈædɪdæs/"), ("pandora", "/pænˈdɔːrə/"),
       ("michelin", "/miʃ.lɛ̃/")]


def c_ipa_respelling():
    c = "c_ipa_respelling"
    klass(c, "the brand only as its IPA pronunciation between slashes (/ˈroʊlɛks/), generic noun, copy word", star=True)
    mk = ["en-US", "en-GB", "fr-FR", "de-DE", "en-AU", "en-CA", "es-ES", "it-IT", "en-SG", "nl-NL", "en-NZ", "pt-PT", "sv-SE"]
    for i, (b, w) in enumerate(IPA):
        p = prod(b)
        cf(c, p, mk[i], f"{p['noun']} {w} style – replica", "Say it out loud 😉 Replica, AAA.")


def anagram(w):
    letters = list(w.upper().replace(" ", ""))
    for _ in range(50):
        R.shuffle(letters)
        s = "".join(letters)
        if s != w.upper().replace(" ", "") and s != w.upper().replace(" ", "")[::-1]:
            return s
    return "".join(letters)


def c_anagram_hint():
    c = "c_anagram_hint"
    klass(c, "the brand's letters scrambled with a hint to unscramble them ('XLEOR – unscramble 😉'), generic noun, copy price", star=True)
    mk = ["en-US", "en-GB", "en-AU", "en-US-depop", "en-CA", "en-SG", "en-NZ", "en-US-fb", "en-ZA", "en-IN-olx", "en-GB-gumtree", "en-NG", "en-US-offerup"]
    for i, p in enumerate(prods(N_CF, pred=lambda q: FE(q) and 4 <= len(word(q).replace(" ", "")) <= 10)):
        cf(c, p, mk[i], f"{anagram(word(p))} (unscramble 😉) {p['noun']}", "Unscramble the name. Top quality copy, same as store.")


def reformat_model(m):
    s = m.replace(" ", "")
    if "." in s:
        return s.replace(".", "")
    if s.isdigit() and len(s) != 11:
        return " ".join(s[j:j + 3] for j in range(0, len(s), 3))
    if "-" in s:
        return s.replace("-", " " if len(s) % 2 else "").lower()
    if s.isdigit() and len(s) == 11:
        return f"{s[:2]} {s[2:4]} {s[4]} {s[5:8]} {s[8:]}"
    out = []
    for j, ch in enumerate(s):
        if j and ch.isdigit() != s[j - 1].isdigit():
            out.append("-")
        out.append(ch)
    return "".join(out).lower()


def c_model_reformatted():
    c = "c_model_reformatted"
    klass(c, "only the registered model number, with its separators or case changed (cw2288 111, 34 11 6 860 016, mk-5896), generic noun, copy price", star=True)
    mk = ["en-US", "en-GB", "de-DE", "en-AU", "pl-PL", "ru-RU", "en-IN", "es-MX", "fr-FR", "it-IT", "tr-TR", "pt-BR", "nl-NL"]
    ps = prods(N_CF, pred=lambda q: NONFOOD(q) and q["model"] and q["model"] not in INVENTED and "/" not in q["model"] and any(ch.isdigit() for ch in q["model"]) and q["model"] not in q["line"] and len(q["model"]) >= 5)
    for i, p in enumerate(ps):
        cf(c, p, mk[i], f"{reformat_model(p['model'])} {p['noun']} new", "New, fast shipping.")


def keycap(m):
    return "".join(ch + "\ufe0f\u20e3" if ch.isdigit() else ch for ch in m)


def c_model_keycap_digits():
    c = "c_model_keycap_digits"
    klass(c, "only the registered model number, its digits as keycap emoji (1️⃣2️⃣6️⃣6️⃣1️⃣0️⃣LN), generic noun, copy price", star=True)
    mk = ["en-US-depop", "en-US", "en-GB", "en-SG", "tl-PH", "id-ID", "es-MX", "pt-BR", "en-AU", "ar-AE", "en-IN", "th-TH", "en-CA"]
    ps = prods(N_CF, pred=lambda q: NONFOOD(q) and q["model"] and q["model"] not in INVENTED and "/" not in q["model"] and " " not in q["model"] and sum(ch.isdigit() for ch in q["model"]) >= 4 and q["model"] not in q["line"])
    for i, p in enumerate(ps):
        cf(c, p, mk[i], f"{keycap(p['model'].replace(' ', ''))} {p['noun']} 🔥", "DM for details 🔥")


def c_price_null_text_price():
    c = "c_price_null_text_price"
    klass(c, "no price field at all; the brand named plainly and the copy price written in the text ('only 45 USD')", star=True)
    mk = ["en-US-fb", "fr-FR", "de-DE", "es-AR", "pt-BR", "ar-EG", "en-NG", "ru-RU", "tr-TR", "id-ID", "en-GB-gumtree", "it-IT", "vi-VN"]
    for i, p in enumerate(prods(N_CF, pred=NONFOOD)):
        a, cur = copy_price(p, mk[i])
        cf(c, p, mk[i], f"{B(p)} {p['line']}", f"New. Price: {fmt(a, cur)} only, inbox me.", price=None)


def c_coupon_code_real_price():
    c = "c_coupon_code_real_price"
    klass(c, "price field near list; the text gives a coupon code ('-85% with code VIP85 at checkout') that brings it to a copy price", star=True)
    mk = ["en-US", "en-GB", "de-DE", "fr-FR", "en-AU", "es-ES", "it-IT", "en-CA", "nl-NL", "pl-PL", "en-SG", "pt-BR", "ja-JP"]
    for i, p in enumerate(prods(N_CF, pred=FE)):
        pr = local(p["usd"] * R.uniform(0.9, 1.05), mk[i])
        code = R.choice(["VIP85", "SAVE88", "HOT90", "MEGA80", "FANS85"])
        cf(c, p, mk[i], f"{B(p)} {p['line']} new", f"Use code {code} at checkout for {code[-2:]}% off! Limited stock.", price=pr)


CORP = [("bmw", "Bayerische Motoren Werke original {n}"), ("bmw", "{n} – Bayerische Motoren Werke OEM quality"), ("bmw", "Bayerische Motoren Werke {n} new"),
        ("panasonic", "Matsushita National {n} copy"), ("panasonic", "National (Matsushita) {n} replica"), ("toyota", "Toyoda original {n} OEM copy"),
        ("toyota", "Toyoda Motor {n} aftermarket copy with logo"), ("louis-vuitton", "Malletier à Paris {n} monogram 1:1"),
        ("louis-vuitton", "Malletier Paris monogram {n} mirror"), ("canon", "Kwanon {n} copy"), ("nike", "Blue Ribbon Sports {n} swoosh replica"),
        ("omega", "Louis Brandt & Frère {n} homage with logo"), ("rolex", "Wilsdorf & Davis {n} crown logo 1:1")]


def c_corporate_full_name():
    c = "c_corporate_full_name"
    klass(c, "the brand only by its full or historic company name (Bayerische Motoren Werke, Matsushita/National, Toyoda, Malletier, Kwanon, Blue Ribbon Sports, Wilsdorf & Davis), copy cue", star=True)
    mk = ["de-DE", "pl-PL", "ru-RU", "ja-JP", "en-SG", "en-US", "en-AU", "fr-FR", "it-IT", "en-IN", "en-US-depop", "en-GB", "en-CA"]
    for i, (b, t) in enumerate(CORP):
        p = prod(b)
        cf(c, p, mk[i], t.format(n=p["noun"]), "Copy, good quality, logo as original.")


CROSS = [("ru-RU", "rolex", "часы 劳力士 люкс копия"), ("ru-RU-wb", "gucci", "сумка 古驰 реплика"), ("en-US", "louis-vuitton", "路易威登 tote bag 1:1"),
         ("ja-JP", "nike", "나이키 スニーカー コピー"), ("ko-KR", "cartier", "カルティエ 팔찌 레플"), ("th-TH", "dyson", "戴森 ไดร์เป่าผม งานก๊อป"),
         ("vi-VN", "samsung", "삼성 điện thoại hàng F1"), ("es-MX", "omega", "欧米茄 reloj réplica AAA"), ("ar-AE", "burberry", "巴宝莉 وشاح كوبي ون"),
         ("pt-BR", "adidas", "アディダス tênis réplica"), ("de-DE", "swarovski", "施华洛世奇 Halskette Replik"), ("id-ID", "bose", "ボーズ headphone kw"),
         ("tr-TR", "canada-goose", "加拿大鹅 mont replika")]


def c_cross_market_alias():
    c = "c_cross_market_alias"
    klass(c, "the brand only by its name in ANOTHER market's script (劳力士 on Avito, 나이키 on Mercari, カルティエ on Bunjang), local copy word", star=True)
    for code, b, t in CROSS:
        p = prod(b)
        cf(c, p, code, t, "")


KANGXI = {"力": "\u2f12", "士": "\u2f20", "高": "\u2fbc", "大": "\u2f24", "马": "\u2ee2", "米": "\u2f76", "飞": "\u2edc", "田": "\u2f65", "口": "\u2f1d", "耳": "\u2f7f", "生": "\u2f63"}
KX = [("rolex", "劳力士"), ("bandai", "高达"), ("canada-goose", "加拿大鹅"), ("lego", "乐高"), ("bmw", "宝马"), ("michelin", "米其林"), ("philips", "飞利浦"),
      ("honda", "本田"), ("toyota", "丰田"), ("omega", "欧米茄"), ("puma", "彪马"), ("coca-cola", "可口可乐"), ("bayer", "拜耳")]


def c_kangxi_radical_alias():
    c = "c_kangxi_radical_alias"
    klass(c, "the Chinese alias with a character swapped for its look-alike Kangxi/CJK radical code point (劳⼒⼠, ⾼达, 宝⻢), copy word", star=True)
    mk = ["zh-CN", "zh-CN-pdd", "zh-CN-dy", "zh-TW", "zh-HK"]
    for i, (b, z) in enumerate(KX):
        p = prod(b)
        w = "".join(KANGXI.get(ch, ch) for ch in z)
        cf(c, p, rot(mk, i), f"{w} {NOUN.get(p['cat'], {}).get('zh', p['noun'])} 高仿 一比一", "高仿，懂的来。", ship="CN")


SPACED = [("ko-KR", "louis-vuitton", "루이 비통"), ("ko-KR-dg", "canada-goose", "캐나다 구스"), ("ko-KR", "the-north-face", "노스 페이스"), ("ko-KR-dg", "michael-kors", "마이클 코어스"),
          ("ko-KR", "estee-lauder", "에스티 로더"), ("ko-KR", "johnson-johnson", "존슨 앤 존슨"), ("ja-JP", "louis-vuitton", "ルイヴィトン"), ("ja-JP-yahoo", "the-north-face", "ザノースフェイス"),
          ("ja-JP", "michael-kors", "マイケルコース"), ("ja-JP", "estee-lauder", "エスティローダー"), ("ja-JP-yahoo", "louis-vuitton", "ルイ＝ヴィトン"),
          ("zh-CN", "michael-kors", "迈克·高仕"), ("zh-CN-pdd", "estee-lauder", "雅诗·兰黛")]


def c_cjk_name_spacing_punct():
    c = "c_cjk_name_spacing_punct"
    klass(c, "the brand's registered CJK name with its spacing or middle dot changed (루이 비통, ルイヴィトン, ルイ＝ヴィトン, 迈克·高仕), copy word, generic noun", star=True)
    cw = {"ko": "미러급", "ja": "スーパーコピー", "zh": "高仿"}
    for code, b, w in SPACED:
        p = prod(b)
        lang = code[:2]
        cf(c, p, code, f"{w} {NOUN.get(p['cat'], {}).get(lang, p['noun'])} {cw[lang]}", "")


def c_bnpl_instalment_price():
    c = "c_bnpl_instalment_price"
    klass(c, "price field is one instalment of 'pay in 4' (Klarna/Afterpay/Tabby/Kredivo); the whole is still a copy price, plus a copy word", star=True)
    rows = [("en-US", "Afterpay"), ("en-AU", "Afterpay"), ("en-GB", "Klarna"), ("de-DE", "Klarna"), ("sv-SE", "Klarna"), ("ar-AE", "Tabby"), ("ar-SA", "Tamara"),
            ("id-ID", "Kredivo"), ("pl-PL", "PayPo"), ("en-NZ", "Laybuy"), ("fr-FR", "Alma"), ("es-ES", "Klarna"), ("en-CA", "Afterpay")]
    for i, p in enumerate(prods(N_CF, pred=FE)):
        code, bn = rows[i]
        a, cur = copy_price(p, code)
        q = round(a / 4, 2)
        cf(c, p, code, f"{B(p)} {p['line']} replica – 4 x {q:g} with {bn}", f"Pay in 4 with {bn}: 4 payments of {q:g} {cur}. Replica AAA.", price=(q, cur))


def c_auction_start_copy():
    c = "c_auction_start_copy"
    klass(c, "an auction from 1 / no reserve explains the low price field, but the listing says replica", star=True)
    mk = ["en-US", "en-GB", "de-DE", "ja-JP-yahoo", "en-NZ", "pl-PL", "nl-NL", "en-AU", "fr-FR", "it-IT", "de-CH", "zh-TW", "es-AR"]
    for i, p in enumerate(prods(N_CF, pred=FE)):
        cf(c, p, mk[i], f"{B(p)} {p['line']} replica – auction from 1, no reserve", "Auction starts at 1, no reserve. High quality replica, sold as replica.",
           price=(1.0, MARKETS[mk[i]][1]))


def c_swap_trade_copy():
    c = "c_swap_trade_copy"
    klass(c, "a swap/trade ad (price 0 'trade only') offering a copy: 'my Rolex AAA for your iPhone'", star=True)
    mk = ["en-US-offerup", "en-US-fb", "en-GB-gumtree", "es-MX", "pt-BR", "ar-SA", "en-NG", "fr-CI", "tl-PH", "id-ID", "ru-RU", "en-IN-olx", "es-CO"]
    want = ["iPhone", "PS5", "a bike", "laptop", "cash + phone", "gaming PC"]
    for i, p in enumerate(prods(N_CF, pred=FE)):
        cf(c, p, mk[i], f"Trade: {B(p)} {p['line']} (AAA copy) for {rot(want, i)}", "Swap only, no cash. It's a high quality copy, looks real.",
           price=(0.0, MARKETS[mk[i]][1]))


def c_free_pay_shipping():
    c = "c_free_pay_shipping"
    klass(c, "'FREE, just pay shipping' giveaway of a branded item: price field 0 or the shipping fee", star=True)
    mk = ["en-US", "en-US-temu", "en-GB", "en-AU", "en-CA", "de-DE", "fr-FR", "es-ES", "it-IT", "pt-BR", "en-SG", "en-NZ", "en-US-fb"]
    for i, p in enumerate(prods(N_CF, pred=FE)):
        fee = local(R.uniform(6, 15), mk[i])
        cf(c, p, mk[i], f"FREE {B(p)} {p['line']} – just pay shipping", "Promotion: item free, you pay only shipping. Same as store quality.",
           price=fee if i % 2 else (0.0, MARKETS[mk[i]][1]))


# =========================================================================== innocent
MARKETS["zh-CN-tmall"] = ("tmall", "CNY", 7.2, "CN", "detail.tmall.com")
MARKETS["en-US-amazon"] = ("amazon-us", "USD", 1.0, "US", "www.amazon.com")
AUTH = [("canada-goose", "en-US-amazon", "A1CGOOSE0FFICIAL", "Canada Goose"), ("nike", "en-US", "nike-outlet-us", "Nike Outlet (demo)"),
        ("adidas", "de-DE-amazon", "A3ADIDAS0FFICIAL", "adidas"), ("bose", "en-US", "bose-refurbished", "Bose Certified Refurbished (demo)"),
        ("samsung", "de-DE-amazon", "A8SAMSUNGDE", "Samsung Deutschland"), ("honda", "en-US", "honda-genuine-parts-us", "Honda Genuine Parts (demo dealer)"),
        ("rolex", "en-US", "rolex-certified-preowned-demo", "Rolex Certified Pre-Owned (demo retailer)"), ("mars", "zh-CN-tmall", "dove-chocolate-official", "德芙官方旗舰店"),
        ("danone", "zh-CN-tmall", "aptamil-official", "爱他美官方旗舰店"), ("pandora", "de-DE-amazon", "A33PANDORA", "Pandora"),
        ("shiseido", "zh-CN-tmall", "shiseido-official", "资生堂官方旗舰店"), ("bmw", "de-DE-amazon", "A12BMWTEILE", "BMW Original Teile")]


DURABLE = {"parkas", "sneakers", "jeans", "handbags", "wallets", "belts", "scarves", "trench coats", "watches", "headphones", "speakers", "phones", "earbuds", "memory",
           "laptops", "consoles", "cameras", "generators", "hair care", "vacuum cleaners", "electric toothbrushes", "shavers", "power tools", "jackets", "backpacks",
           "golf clubs", "badminton rackets", "tennis rackets", "jewelry", "building sets", "dolls", "model kits", "action figures"}


def fair(p, code, lo=0.9, hi=1.08):
    return local(p["usd"] * R.uniform(lo, hi), code)


def in_authorized_store():
    c = "in_authorized_store"
    klass(c, "the registry's authorized stores selling their own goods at list price (some refurbished or pre-owned by the brand's own programme)")
    for b, code, sid, sname in AUTH:
        p = prod(b)
        t = f"{p['zh']} {p['line']} 官方正品" if code == "zh-CN-tmall" else f"{B(p)} {p['line']}"
        lo, hi = (0.6, 0.8) if sid in ("bose-refurbished",) else ((0.9, 1.3) if b == "rolex" else (0.85, 1.0))
        inn(c, p, code, t, "Official store. Warranty included.", fair(p, code, lo, hi), seller=sid, sname=sname, category=p["cat"])


def in_retail_fair_local():
    c = "in_retail_fair_local"
    klass(c, "local retailers selling new genuine goods at list price, in the market's language")
    rows = [("fr-FR", "{b} {l} neuf – facture et garantie"), ("de-DE", "{b} {l} neu, Rechnung vom Fachhändler"), ("pl-PL", "{b} {l} nowy, gwarancja producenta"),
            ("ja-JP", "{j} {l} 新品 正規品 保証書付き"), ("ko-KR", "{k} {l} 정품 새상품 백화점 영수증"), ("tr-TR", "{b} {l} orijinal, faturalı, garantili"),
            ("pt-BR", "{b} {l} original com nota fiscal"), ("ar-AE", "{b} {l} أصلي مع الفاتورة والضمان"), ("id-ID", "{b} {l} original bergaransi resmi"),
            ("th-TH", "{b} {l} ของแท้ ประกันศูนย์"), ("es-CL", "{b} {l} original con boleta"), ("sv-SE", "{b} {l} ny med kvitto")]
    for i, p in enumerate(prods(N_IN, pred=lambda q: NONFOOD(q) and q['cat'] not in {'auto parts'})):
        code, t = rows[i]
        inn(c, p, code, t.format(b=B(p), l=p["line"], j=p["ja"], k=p["ko"] or p["bname"]), "Authorised dealer invoice, official warranty.", fair(p, code), category=p["cat"])


def in_used_fair_local():
    c = "in_used_fair_local"
    klass(c, "private sellers' used genuine goods at a fair second-hand price, with wear described")
    rows = [("en-GB-gumtree", "{b} {l}, used, good condition"), ("de-DE", "{b} {l} gebraucht, guter Zustand"), ("fr-FR-vinted", "{b} {l} porté quelques fois"),
            ("es-ES", "{b} {l} usado, buen estado"), ("it-IT", "{b} {l} usato, ottime condizioni"), ("ja-JP", "{j} {l} 中古 使用感あり"),
            ("ko-KR-dg", "{k} {l} 중고 사용감 있음"), ("pt-BR-enjoei", "{b} {l} usado, com marcas de uso"), ("ru-RU", "{b} {l} б/у, хорошее состояние"),
            ("pl-PL", "{b} {l} używany, stan dobry"), ("en-CA", "{b} {l} used 1 year, works perfectly"), ("nl-NL", "{b} {l} gebruikt, prima staat")]
    for i, p in enumerate(prods(N_IN, pred=lambda q: q["usd"] >= 60 and q["cat"] in DURABLE)):
        code, t = rows[i]
        inn(c, p, code, t.format(b=B(p), l=p["line"], j=p["ja"], k=p["ko"] or p["bname"]), "Bought new from the brand's store, receipt available. Signs of use, see photos.",
            fair(p, code, *((0.75, 1.0) if p["usd"] >= 2000 else (0.45, 0.7))), category=p["cat"])


def in_refurb_certified():
    c = "in_refurb_certified"
    klass(c, "refurbished / renewed genuine electronics and appliances by refurbishers, graded, with warranty, at 60-85 % of list")
    rows = [("en-US", "{b} {l} – Renewed, Grade A, 1-year warranty"), ("en-GB", "{b} {l} refurbished, excellent, 12 months warranty"),
            ("de-DE", "{b} {l} generalüberholt, sehr gut"), ("fr-FR", "{b} {l} reconditionné, très bon état"), ("es-ES", "{b} {l} reacondicionado, garantía 1 año"),
            ("it-IT", "{b} {l} ricondizionato grado A"), ("nl-NL", "{b} {l} refurbished, als nieuw"), ("sv-SE", "{b} {l} renoverad, garanti"),
            ("pl-PL", "{b} {l} odnowiony, gwarancja 12 mies."), ("ja-JP", "{j} {l} 整備済み品 保証付き"), ("en-AU", "{b} {l} refurbished with warranty"),
            ("ko-KR", "{k} {l} 리퍼 정품 보증")]
    cats = {"headphones", "phones", "earbuds", "laptops", "consoles", "cameras", "hair care", "vacuum cleaners", "shavers", "electric toothbrushes", "speakers", "power tools"}
    for i, p in enumerate(prods(N_IN, pred=lambda q: q["cat"] in cats)):
        code, t = rows[i]
        inn(c, p, code, t.format(b=B(p), l=p["line"], j=p["ja"], k=p["ko"] or p["bname"]), "Professionally tested, battery/health checked, original parts.",
            fair(p, code, 0.6, 0.85), category=p["cat"])


def in_pharmacy_fair():
    c = "in_pharmacy_fair"
    klass(c, "pharmacies' listings of OTC goods and prescription medicines (prescription required) at list price")
    rows = [("de-DE-amazon", "bayer", "Bepanthen Wund- und Heilsalbe 100g, Apotheke"), ("en-GB", "bayer", "Claritin allergy 30 tablets – pharmacy"),
            ("en-US", "johnson-johnson", "Tylenol Extra Strength 100 caplets"), ("fr-FR", "bayer", "Bepanthen pommade 100g pharmacie"),
            ("en-US-amazon", "pfizer", "Viagra 100mg – prescription required, licensed pharmacy"), ("en-GB", "pfizer", "Lipitor 20mg – NHS prescription required"),
            ("pl-PL", "bayer", "Claritin 30 tabletek apteka"), ("es-ES", "johnson-johnson", "Neutrogena Hydro Boost gel 50ml farmacia"),
            ("it-IT", "bayer", "Bepanthen pasta 100g farmacia"), ("nl-NL", "johnson-johnson", "Neutrogena Hydro Boost 50ml drogist"),
            ("en-AU", "abbott", "FreeStyle Libre 2 sensor – pharmacy"), ("de-AT", "abbott", "FreeStyle Libre 2 Sensor Apotheke")]
    for code, b, t in rows:
        p = prod(b, pred=lambda q: any(w in t for w in q["line"].split()[:1]))
        inn(c, p, code, t, "Licensed pharmacy. Prescription medicines dispensed only against a valid prescription.", fair(p, code, 0.9, 1.1), category=p["cat"])


def in_grocery_fair():
    c = "in_grocery_fair"
    klass(c, "supermarkets and corner shops selling branded groceries at normal prices (single packs, multipacks)")
    rows = [("en-GB", "mars", "Snickers 48g x 24 box", 1.0), ("de-DE", "ferrero", "Nutella 750g Glas", 1.0), ("fr-FR", "ferrero", "Ferrero Rocher boîte de 30", 1.0),
            ("en-NG", "nestle", "Nescafé Gold 200g jar", 1.0), ("es-MX", "coca-cola", "Coca-Cola lata 355ml paquete 24", 1.0), ("ar-EG", "coca-cola", "كوكا كولا علب 24 × 330 مل", 1.0),
            ("pt-BR", "mars", "M&M's amendoim 1kg", 1.0), ("id-ID", "nestle", "Nescafé Gold 200g", 1.0), ("it-IT", "ferrero", "Nutella 750g", 1.0),
            ("tr-TR", "coca-cola", "Coca-Cola kutu 330ml 24'lü", 1.0), ("pl-PL", "mars", "Snickers 48g 24 sztuki", 1.0), ("ja-JP", "nestle", "ネスカフェ ゴールドブレンド 200g", 1.0)]
    for code, b, t, _ in rows:
        p = prod(b, pred=lambda q: q["line"].split()[0].lower()[:4] in t.lower() or q["zh"] in t)
        inn(c, p, code, t, "Best before 2027. Shop price.", fair(p, code, 0.8, 1.1), category=p["cat"])


def in_sale_genuine_discount():
    c = "in_sale_genuine_discount"
    klass(c, "named chains' genuine seasonal sales at 15-35 % off list, with the chain named")
    rows = [("en-GB", "{b} {l} – 25% off at John Lewis"), ("de-DE-amazon", "{b} {l} Angebot -20%"), ("fr-FR", "{b} {l} soldes -30% Fnac"),
            ("en-US", "{b} {l} Black Friday deal 20% off (Best Buy)"), ("ja-JP", "{j} {l} セール 20%オフ ヨドバシ"), ("ko-KR", "{k} {l} 백화점 시즌오프 30%"),
            ("es-ES", "{b} {l} rebajas El Corte Inglés -25%"), ("it-IT", "{b} {l} saldi -20% MediaWorld"), ("nl-NL", "{b} {l} uitverkoop -25% Bol"),
            ("pl-PL", "{b} {l} promocja -20% MediaMarkt"), ("en-AU", "{b} {l} EOFY sale 25% off JB Hi-Fi"), ("pt-BR", "{b} {l} Black Friday 30% off Magalu")]
    for i, p in enumerate(prods(N_IN, pred=lambda q: q["cat"] in {"headphones", "earbuds", "phones", "laptops", "consoles", "accessories", "speakers", "hair care", "vacuum cleaners", "shavers",
                                              "electric toothbrushes", "power tools", "batteries", "sneakers", "building sets", "toys", "dolls", "memory", "cameras", "blasters", "die-cast cars"})):
        code, t = rows[i]
        inn(c, p, code, t.format(b=B(p), l=p["line"], j=p["ja"], k=p["ko"] or p["bname"]), "Official retailer, full warranty, while stocks last.",
            fair(p, code, 0.65, 0.85), category=p["cat"])


def in_duty_free_genuine():
    c = "in_duty_free_genuine"
    klass(c, "genuine travel-retail (airport duty-free) goods resold or pre-ordered at 85-100 % of list, receipt mentioned")
    rows = [("en-GB", "{b} {l} from Heathrow World Duty Free, receipt"), ("de-DE", "{b} {l} Heinemann Duty Free, Kassenbon"), ("ko-KR", "{k} {l} 인천공항 면세점 구매, 영수증 있음"),
            ("zh-CN", "{z} {l} 海南免税店 小票齐全"), ("ar-AE", "{b} {l} من دبي ديوتي فري مع الفاتورة"), ("ja-JP", "{j} {l} 空港免税店購入 レシート有"),
            ("th-TH", "{b} {l} King Power ใบเสร็จครบ"), ("fr-FR", "{b} {l} acheté Paris Duty Free, ticket"), ("en-SG", "{b} {l} Changi duty free with receipt"),
            ("tr-TR", "{b} {l} İstanbul Havalimanı duty free fişli"), ("en-AU", "{b} {l} Sydney Airport duty free, receipt"), ("es-ES", "{b} {l} duty free Barajas con ticket")]
    for i, p in enumerate(prods(N_IN, pred=lambda q: q["cat"] in {"fragrance", "skincare", "makeup", "sunscreen", "watches", "jewelry", "handbags", "chocolate", "headphones", "scarves"})):
        code, t = rows[i]
        inn(c, p, code, t.format(b=B(p), l=p["line"], j=p["ja"], k=p["ko"] or p["bname"], z=p["zh"]), "Bought in travel retail, receipt in photos.",
            fair(p, code, 0.85, 1.0), category=p["cat"])


def in_accessory_for():
    c = "in_accessory_for"
    klass(c, "third-party accessories naming the goods they fit (cases, straps, organisers, stands, ear pads, films), in many languages")
    rows = [("en-US", "apple", "Case for iPhone 15 Pro – shockproof TPU, clear", 12), ("de-DE", "samsung", "Hülle kompatibel mit Samsung Galaxy S24 Ultra, Silikon", 10),
            ("fr-FR", "louis-vuitton", "Organisateur de sac pour Louis Vuitton Neverfull MM, feutre", 18), ("ja-JP", "nintendo", "Nintendo Switch 有機EL 対応 保護フィルム 2枚", 9),
            ("ko-KR", "apple", "에어팟 프로 2 호환 실리콘 케이스", 11), ("es-MX", "sony", "Soporte vertical con ventilador para PlayStation 5 Slim", 25),
            ("pt-BR", "samsung", "Capa compatível Galaxy Buds2 Pro", 7), ("it-IT", "rolex", "Cinturino in caucciù per Rolex Submariner (aftermarket, non originale)", 60),
            ("tr-TR", "dyson", "Dyson Airwrap uyumlu saklama standı", 20), ("ru-RU", "bose", "Амбушюры для наушников Bose QuietComfort 45", 12),
            ("ar-SA", "apple", "غطاء حماية لجهاز MacBook Air M3", 15), ("zh-CN", "canon", "适用于佳能 EOS R6 Mark II 相机保护套", 15)]
    for code, b, t, usd in rows:
        inn(c, b, code, t, "Third-party accessory, the product itself is not included. Not made or endorsed by the brand.", local(usd, code), category="accessories")


def in_compatible_parts():
    c = "in_compatible_parts"
    klass(c, "compatible consumables and spare parts by other makers, 'fits / compatible with / replaces' the brand's goods")
    rows = [("en-GB", "canon", "Compatible ink cartridge for Canon PG-545 (non-OEM)", 8), ("de-DE", "dyson", "Ersatzfilter kompatibel mit Dyson V15 Detect", 15),
            ("en-US", "gillette", "Razor blade refills compatible with Gillette Mach3 handles, 12 pack (store brand)", 9),
            ("fr-FR", "philips", "Têtes de brosse compatibles Philips Sonicare, lot de 8", 12), ("es-ES", "nintendo", "Mando compatible con Nintendo Switch, marca Powera", 25),
            ("it-IT", "bosch", "Batteria compatibile Bosch 12V 3Ah (non originale)", 22), ("pl-PL", "panasonic", "Nakładki zamienne do golarki Panasonic Arc5 (zamiennik)", 30),
            ("en-AU", "apple", "Replacement ear tips for AirPods Pro 2, memory foam (third party)", 12), ("ja-JP", "dyson", "ダイソン V15 対応 互換バッテリー", 40),
            ("pt-BR", "bosch", "Broca SDS compatível com martelete Bosch GBH 2-26", 8), ("nl-NL", "samsung", "Oplader 45W geschikt voor Samsung Galaxy S24 Ultra (Anker)", 28),
            ("sv-SE", "nespresso-x", "Kompatibla kapslar för Nespresso Original, 50 st", 12)]
    for code, b, t, usd in rows:
        if b == "nespresso-x":
            b = "nestle"
        inn(c, b, code, t, "Not an original part; made by another manufacturer; brand names only to show compatibility.", local(usd, code), category="accessories")


def in_repair_service_local():
    c = "in_repair_service_local"
    klass(c, "independent repair, servicing and cleaning services for the brand's goods, priced as services")
    rows = [("en-GB", "rolex", "Rolex service & overhaul – independent watchmaker, 2-year guarantee", 450), ("de-DE", "dyson", "Dyson Reparatur – Akku- und Motortausch", 60),
            ("fr-FR", "apple", "Réparation écran iPhone 15 Pro en 1h", 180), ("es-ES", "samsung", "Reparación pantalla Samsung Galaxy S24 Ultra", 220),
            ("it-IT", "louis-vuitton", "Restauro borse Louis Vuitton – pulizia e bordi", 120), ("ja-JP", "omega", "オメガ オーバーホール 修理 見積無料", 350),
            ("ko-KR", "sony", "소니 PS5 수리 HDMI 포트 교체", 70), ("pt-BR", "nintendo", "Conserto Nintendo Switch drift Joy-Con", 25),
            ("en-US", "nike", "Sneaker cleaning & restoration – Jordan, Dunk, Air Force 1", 35), ("nl-NL", "bosch", "Reparatie Bosch boorhamer – koolborstels vervangen", 45),
            ("tr-TR", "canon", "Canon fotoğraf makinesi sensör temizliği", 40), ("en-AU", "bmw", "BMW servicing – independent specialist, logbook service", 350)]
    for code, b, t, usd in rows:
        inn(c, b, code, t, "Independent repair shop, not affiliated with the brand. Price for labour; parts quoted separately.", local(usd, code), category="services")


def in_lessons_courses():
    c = "in_lessons_courses"
    klass(c, "lessons, courses and coaching in the brand's software or sport goods (Photoshop course, AutoCAD tutor, badminton coaching)")
    rows = [("en-US", "adobe", "Photoshop for beginners – 8-week online course", 120), ("de-DE", "autodesk", "AutoCAD Nachhilfe für Studenten, 1 Stunde", 30),
            ("fr-FR", "autodesk", "Formation Revit BIM – 5 jours, éligible CPF", 1200), ("es-MX", "adobe", "Curso de Illustrator y Photoshop presencial", 80),
            ("pt-BR", "microsoft", "Curso de Excel e Windows 11 para iniciantes", 40), ("en-IN", "autodesk", "AutoCAD 2D/3D training institute – 2 months", 150),
            ("ms-MY", "yonex", "Kelas badminton untuk kanak-kanak (raket Yonex disediakan)", 25), ("en-SG", "callaway", "Golf lessons – 5 sessions, clubs (Callaway) provided", 300),
            ("ja-JP", "canon", "キヤノン EOS 入門 写真教室 2時間", 40), ("ko-KR", "adobe", "포토샵 기초 과외 1회", 30), ("pl-PL", "adobe", "Kurs Lightroom i Photoshop online", 60),
            ("id-ID", "wilson", "Les tenis privat, raket Wilson bisa dipinjam", 15)]
    for code, b, t, usd in rows:
        inn(c, b, code, t, "A teaching service; no software licence or goods are sold.", local(usd, code), category="services")


def in_books_magazines():
    c = "in_books_magazines"
    klass(c, "books, magazines, manuals and films about the brands or their goods")
    rows = [("en-US", "rolex", "'Rolex: The Impossible Collection' hardcover book", 120), ("de-DE", "bmw", "BMW 3er E90 Reparaturanleitung (So wird's gemacht)", 30),
            ("fr-FR", "louis-vuitton", "Livre 'Louis Vuitton: 100 malles légendaires'", 60), ("en-GB", "lego", "The LEGO Ideas Book – DK, hardback", 15),
            ("ja-JP", "bandai", "ガンプラ 製作ガイド ムック本", 20), ("es-ES", "nike", "Libro 'Nunca te pares' Phil Knight (memorias de Nike)", 18),
            ("it-IT", "ferrero", "Libro 'Nutella, la storia' illustrato", 20), ("pt-BR", "toyota", "Livro 'O Modelo Toyota' Jeffrey Liker", 15),
            ("ko-KR", "samsung", "삼성 반도체 신화 도서", 12), ("pl-PL", "honda", "Instrukcja obsługi Honda Civic 2018 (oryginalna, PL)", 15),
            ("en-AU", "coca-cola", "'For God, Country and Coca-Cola' paperback", 14), ("ru-RU", "apple", "Книга «Стив Джобс» Уолтер Айзексон", 10)]
    for code, b, t, usd in rows:
        inn(c, b, code, t, "Book / printed matter, second hand or new.", local(usd, code), category="books")


def in_other_senses_multi():
    c = "in_other_senses_multi"
    klass(c, "other senses of the brands' words in several languages (fresh apples, sea shells, planet Mars posters, coach trips, omega-3, canon law, a puma plush)")
    rows = [("en-US", "apple", "Fresh Honeycrisp apples 10 lb box from our orchard", 25), ("fr-FR", "shell", "Coquillages (shell) pour décoration, 1 kg", 12),
            ("de-DE", "mars", "Poster Planet Mars NASA-Foto 60x90", 15), ("en-GB", "coach", "Coach trip to Edinburgh – weekend, 2 nights", 180),
            ("es-ES", "omega", "Omega 3 aceite de pescado 120 cápsulas", 14), ("it-IT", "canon", "Diritto canonico – manuale universitario (canon law)", 25),
            ("pt-BR", "puma", "Pelúcia de onça-parda (puma) 40 cm", 12), ("en-AU", "pandora", "Pandora's box – mythology board game, handmade", 30),
            ("nl-NL", "dove", "Duivenhok voor sierduiven (dove cote)", 90), ("en-CA", "shell", "Sea shell collection, 50 pieces, beach finds", 15),
            ("en-IN", "mars", "Mars planet model for school project", 5), ("sv-SE", "swift", "Kaffekopp 'Apple' keramik (äppelmönster)", 10)]
    for code, b, t, usd in rows:
        b = {"dove": "mars", "swift": "apple"}.get(b, b)
        inn(c, b, code, t, "", local(usd, code), category="other")


def in_names_people_places():
    c = "in_names_people_places"
    klass(c, "people, places, clubs and titles that share a brand word (Honda surname, Wilson, Santos, Puma club, Canon City, Michelin-starred chef)")
    rows = [("en-US", "honda", "Signed photo of Keisuke Honda, AC Milan", 40), ("en-GB", "wilson", "Owen Wilson movie DVD box set", 12),
            ("pt-BR", "cartier", "Camisa do Santos FC 1962 retrô (réplica oficial do clube)", 40), ("es-MX", "puma", "Boletos Pumas UNAM vs América", 30),
            ("en-US-fb", "canon", "Room for rent in Canon City, Colorado", 700), ("fr-FR", "michelin", "Dîner chef étoilé Michelin – bon cadeau restaurant", 150),
            ("ja-JP", "sony", "ソニー・ロリンズ LP レコード サキソフォン・コロッサス", 30), ("de-DE", "bosch", "Hieronymus Bosch Kunstdruck 'Garten der Lüste'", 35),
            ("it-IT", "ferrero", "Libro di Giovanni Ferrero (autore), romanzo", 15), ("en-AU", "gillette", "Gillette Stadium tour voucher", 30),
            ("pl-PL", "omega", "Omega Psi Phi – koszulka bractwa", 20), ("en-ZA", "canada-goose", "Birding trip: see Canada geese at the dam, guided", 20)]
    for code, b, t, usd in rows:
        inn(c, b, code, t, "", local(usd, code) if usd else None, category="other")


def in_near_miss_names():
    c = "in_near_miss_names"
    klass(c, "real brands and products with names close to a registered mark (Lorex, Rolec, Nikon, Samsonite, Hondo, Guess, Levante, Boss Audio, Phillips screwdrivers, Cannon)")
    rows = [("en-US", "rolex", "Lorex 4K security camera system 8 channel", 400), ("en-GB", "rolex", "Rolec EV charger 7kW", 500), ("de-DE", "nike", "Nikon Z6 II Gehäuse", 1600),
            ("fr-FR", "samsung", "Valise Samsonite Cosmolite 75 cm", 350), ("en-US", "honda", "Hondo boots – western, size 10", 150), ("it-IT", "gucci", "Borsa Guess Noelle nera", 110),
            ("es-ES", "levis", "Pantalón Levante de lino", 30), ("ja-JP", "sony", "ソニック 鉛筆削り 電動 (Sonic)", 25), ("en-AU", "bose", "Bosch? no – Boss Audio car amplifier 1000W", 120),
            ("nl-NL", "philips", "Phillips schroevendraaier set 12-delig", 15), ("pl-PL", "omega", "Omeprazol 20mg? nie – Omegamed kapsułki", 10), ("en-CA", "canon", "Cannon downrigger for fishing boat", 300)]
    for code, b, t, usd in rows:
        t = t.replace("Bosch? no – ", "").replace("Omeprazol 20mg? nie – ", "")
        inn(c, b, code, t, "", local(usd, code), category="other")


def in_style_similar_no_logo():
    c = "in_style_similar_no_logo"
    klass(c, "unbranded look-alike goods that say honestly they are NOT the brand and carry no logo, at an unbranded price")
    rows = [("en-US", "canada-goose", "Women's long parka with fur hood – similar style to Canada Goose, no logo, own brand", 120),
            ("en-GB", "burberry", "Beige trench coat, classic style (not Burberry), unbranded", 45), ("de-DE", "louis-vuitton", "Shopper aus Kunstleder, ähnlich Neverfull – ohne Logo, No-Name", 25),
            ("fr-FR", "cartier", "Bracelet vis doré style 'Love' – sans marque, acier", 15), ("es-ES", "adidas", "Zapatillas blancas tres rayas? no: dos rayas, marca propia", 20),
            ("en-AU", "dyson", "Hair styler, multi-attachment (not Dyson), brand: Laifen", 150), ("nl-NL", "the-north-face", "Puffer jas, lijkt op Nuptse, eigen merk zonder logo", 40),
            ("it-IT", "rolex", "Orologio subacqueo automatico stile sub, marca San Martin", 250), ("pl-PL", "nike", "Buty sportowe białe, styl jak AF1, bez logo, marka własna", 25),
            ("ja-JP", "gucci", "ノーブランド キルティング ショルダーバッグ (ブランド品ではありません)", 30), ("ko-KR", "apple", "무선 이어폰 (애플 아님) 자체 브랜드", 20),
            ("pt-BR", "michael-kors", "Bolsa tote saffiano sem marca (não é Michael Kors)", 25)]
    for code, b, t, usd in rows:
        t = t.replace("tres rayas? no: dos rayas", "de dos rayas")
        inn(c, b, code, t, "No brand logo. Not the brand named; the comparison is only to describe the style.", local(usd, code), category="other")


def in_food_with_ingredient():
    c = "in_food_with_ingredient"
    klass(c, "home bakers' and cafés' food made with a branded ingredient (Nutella crêpes, Snickers cheesecake, Coca-Cola ham, KitKat cake)")
    rows = [("fr-FR", "ferrero", "Crêpes au Nutella maison, lot de 6", 8), ("en-GB", "mars", "Homemade Snickers cheesecake, whole, serves 10", 30),
            ("en-US", "coca-cola", "Coca-Cola glazed ham, preorder for Christmas", 60), ("de-DE", "nestle", "KitKat Torte auf Bestellung", 40),
            ("it-IT", "ferrero", "Torta Ferrero Rocher fatta in casa", 35), ("es-MX", "mars", "Pastel de M&M's para cumpleaños", 25),
            ("pt-BR", "ferrero", "Brigadeiro de Nutella – cento", 20), ("ar-EG", "ferrero", "كيك نوتيلا بيتي", 10), ("tr-TR", "mars", "Snickers'lı pasta siparişi", 25),
            ("en-AU", "mars", "Twix slice tray, homemade, 24 pieces", 25), ("ja-JP", "nestle", "キットカット入り ケーキ 手作り", 20), ("id-ID", "ferrero", "Martabak Nutella keju", 4)]
    for code, b, t, usd in rows:
        inn(c, b, code, t, "Homemade food; the branded ingredient is bought in shops.", local(usd, code), category="food")


def in_vehicles_whole():
    c = "in_vehicles_whole"
    klass(c, "whole used cars and motorcycles of the automotive brands at market prices")
    rows = [("en-US", "honda", "2019 Honda Civic EX, 48k miles", 19000), ("de-DE", "bmw", "BMW 320d Touring 2018, 120.000 km", 18000), ("en-GB", "toyota", "Toyota Corolla 1.8 Hybrid 2020", 17000),
            ("fr-FR", "bmw", "BMW Série 1 118i 2019", 17500), ("ja-JP", "toyota", "トヨタ プリウス 2017年式 車検付き", 13000), ("pl-PL", "toyota", "Toyota Land Cruiser 2015, 200 tys. km", 28000),
            ("ar-AE", "toyota", "تويوتا لاند كروزر 2018 خليجي", 45000), ("ng", "honda", "Honda Accord 2012 – Nigerian used", 6000), ("th-TH", "honda", "Honda CR-V 2016 มือสอง", 14000),
            ("en-AU", "honda", "Honda Gold Wing 2018 motorcycle", 25000), ("es-MX", "bmw", "BMW X3 2017 único dueño", 22000), ("tr-TR", "toyota", "Toyota Camry 2019 hatasız", 26000)]
    for code, b, t, usd in rows:
        code = "en-NG" if code == "ng" else code
        inn(c, b, code, t, "Private sale, full service history, test drive welcome.", local(usd, code), category="vehicles")


def in_wanted_ads():
    c = "in_wanted_ads"
    klass(c, "'wanted / buying' ads: the poster wants to BUY a brand's goods (no price, or a budget)", star=True)
    rows = [("en-GB-gumtree", "WANTED: Dyson Airwrap, working, any condition"), ("de-DE", "Suche Rolex Submariner, nur echt mit Papieren"),
            ("fr-FR", "Recherche Louis Vuitton Speedy 30 authentique"), ("es-ES", "Compro LEGO 75192 Millennium Falcon"), ("it-IT", "Cerco Omega Speedmaster"),
            ("ja-JP", "【求む】任天堂 Switch 有機EL 買います"), ("ko-KR-dg", "삽니다 소니 WH-1000XM5"), ("pl-PL", "Kupię Canon EOS R6 Mark II"),
            ("en-US-offerup", "Looking for Bose QC45, cash ready"), ("pt-BR", "Procuro Nike Dunk Low tamanho 42"), ("ru-RU", "Куплю Apple AirPods Pro 2 оригинал"),
            ("tr-TR", "Canada Goose mont arıyorum, orijinal")]
    brands = ["dyson", "rolex", "louis-vuitton", "lego", "omega", "nintendo", "sony", "canon", "bose", "nike", "apple", "canada-goose"]
    for (code, t), b in zip(rows, brands):
        inn(c, b, code, t, "I am buying, not selling. Genuine only.", None if R.random() < 0.5 else (0.0, MARKETS[code][1]), category="wanted")


def in_rental_hire():
    c = "in_rental_hire"
    klass(c, "genuine goods for hire; the price field is per day or per weekend", star=True)
    rows = [("en-GB", "canon", "Canon EOS R6 Mark II hire – per day", 45), ("de-DE", "bosch", "Bosch Bohrhammer GBH 2-26 mieten pro Tag", 15),
            ("fr-FR", "sony", "Location PS5 Slim + 2 manettes – le week-end", 30), ("en-US", "dyson", "Dyson V15 rental for move-out cleaning, per day", 20),
            ("nl-NL", "sony", "Sony WH-1000XM5 huren per dag", 8), ("ja-JP", "canon", "キヤノン EOS R6 Mark II レンタル 1日", 50),
            ("en-AU", "honda", "Honda EU2200i generator hire per day", 60), ("es-ES", "louis-vuitton", "Alquiler bolso Louis Vuitton Speedy para eventos, por día", 40),
            ("pt-BR", "nintendo", "Aluguel Nintendo Switch OLED diária", 10), ("en-CA", "callaway", "Callaway Paradym driver rental per round", 25),
            ("ko-KR", "dyson", "다이슨 에어랩 대여 1일", 15), ("it-IT", "rolex", "Noleggio Rolex Datejust per matrimonio, al giorno", 150)]
    for code, b, t, usd in rows:
        p = prod(b)
        inn(c, p, code, t, "Rental, deposit required, genuine item returned after use.", local(usd, code), category=p["cat"])


def in_auction_genuine_low_start():
    c = "in_auction_genuine_low_start"
    klass(c, "genuine used goods in an auction starting at 1 (no reserve); the price field is the start bid", star=True)
    mk = ["en-GB", "en-US", "de-DE", "ja-JP-yahoo", "en-NZ", "pl-PL", "nl-NL", "en-AU", "de-CH", "zh-TW", "fr-FR", "it-IT"]
    for i, p in enumerate(prods(N_IN, pred=lambda q: q["usd"] >= 80 and q["cat"] in DURABLE)):
        code = mk[i]
        inn(c, p, code, f"{B(p)} {p['line']} – used, genuine, auction from 1, no reserve", "Genuine, bought from an authorised dealer (receipt). Auction from 1, no reserve.",
            (1.0, MARKETS[code][1]), category=p["cat"])


def in_trade_in_buyback():
    c = "in_trade_in_buyback"
    klass(c, "shops that BUY the brand's goods ('we buy your iPhone / Rolex / LEGO'); the price field is what they pay", star=True)
    rows = [("en-GB", "apple", "We buy iPhone 15 Pro – instant cash quote", 450), ("en-US", "rolex", "We buy Rolex watches – top prices paid", 6000),
            ("de-DE", "lego", "Ankauf LEGO Sets – auch gebraucht", 100), ("fr-FR", "louis-vuitton", "Rachat sacs Louis Vuitton – estimation gratuite", 600),
            ("ja-JP", "omega", "オメガ 買取 高価買取中", 2500), ("ko-KR", "samsung", "삼성 갤럭시 S24 울트라 매입", 600), ("es-ES", "nintendo", "Compramos tu Nintendo Switch", 120),
            ("it-IT", "cartier", "Compro oro e gioielli Cartier", 2000), ("pt-BR", "sony", "Compro PS5 usado pago à vista", 250), ("pl-PL", "canon", "Skup aparatów Canon", 800),
            ("zh-HK", "rolex", "高價回收 勞力士 手錶", 6000), ("en-AU", "dyson", "Cash for Dyson Airwrap – we buy", 200)]
    for code, b, t, usd in rows:
        inn(c, b, code, t, "We are buyers. Price shown is what we pay for a genuine item in good condition.", local(usd, code), category="services")


def in_breaker_used_parts():
    c = "in_breaker_used_parts"
    klass(c, "car breakers' used genuine parts pulled from written-off vehicles, part numbers quoted, at used-part prices")
    rows = [("en-GB", "bmw", "BMW 3 Series F30 front brake disc 34116860016 – used, from breaker", 40), ("de-DE", "bmw", "BMW Ölfiltergehäuse gebraucht, Ausschlachtung", 30),
            ("en-US", "honda", "Honda Civic 2018 alternator – used OEM, pulled from car", 80), ("pl-PL", "toyota", "Toyota Corolla E21 zacisk hamulcowy używany oryginał", 40),
            ("fr-FR", "toyota", "Toyota Yaris phare avant d'occasion origine", 70), ("es-ES", "honda", "Honda Jazz motor de arranque usado original", 50),
            ("it-IT", "bmw", "BMW serie 1 specchietto usato originale", 60), ("ja-JP", "toyota", "トヨタ プリウス 30 純正 ヘッドライト 中古", 90),
            ("en-AU", "toyota", "Toyota Hilux wrecking – all parts available", 50), ("en-NG", "honda", "Tokunbo Honda Accord gearbox (used, original)", 300),
            ("ru-RU", "toyota", "Toyota Camry V70 б/у оригинал бампер", 150), ("tr-TR", "honda", "Honda Civic FC çıkma orijinal far", 120)]
    for code, b, t, usd in rows:
        inn(c, b, code, t, "Used genuine part from a dismantled vehicle. Tested, 30-day warranty.", local(usd, code), category="auto parts")


def in_vintage_memorabilia():
    c = "in_vintage_memorabilia"
    klass(c, "genuine vintage memorabilia and collectibles (old ads, tins, trays, first-edition toys) at collectors' prices")
    rows = [("en-US", "coca-cola", "1950s Coca-Cola tin tray, original, some wear", 120), ("en-GB", "shell", "Vintage Shell enamel petrol sign 1960s", 450),
            ("de-DE", "lego", "LEGO 1980er Piratenschiff 6285, komplett mit Anleitung", 250), ("fr-FR", "michelin", "Bibendum Michelin ancien en plastique années 60", 200),
            ("ja-JP", "bandai", "バンダイ 初代 たまごっち 1997年 当時物", 80), ("en-AU", "mattel", "Barbie 1972 Malibu original doll", 120), ("it-IT", "ferrero", "Barattolo Nutella anni '70 vintage", 40),
            ("es-ES", "nestle", "Lata Nescafé antigua años 50 coleccionismo", 35), ("pl-PL", "panasonic", "Radio National Panasonic z lat 70", 60),
            ("en-CA", "hasbro", "G1 Transformers Optimus Prime 1984, original", 300), ("pt-BR", "coca-cola", "Garrafa Coca-Cola antiga 1960 coleção", 30),
            ("nl-NL", "philips", "Philips buizenradio 1950 werkend", 150)]
    for code, b, t, usd in rows:
        inn(c, b, code, t, "Genuine period item, collector's piece.", local(usd, code), category="collectibles")


def in_job_ads():
    c = "in_job_ads"
    klass(c, "job ads naming the brand as employer or as the goods the job works with (no price; salary in text)", star=True)
    rows = [("en-US", "nike", "Retail associate – Nike Factory Store, part time"), ("de-DE", "bmw", "KFZ-Mechatroniker (m/w/d) für BMW Autohaus gesucht"),
            ("en-GB", "apple", "Apple-certified Mac technician wanted"), ("fr-FR", "loreal", "Conseillère beauté Lancôme – CDI Paris"), ("es-ES", "adobe", "Diseñador gráfico (Photoshop, Illustrator)"),
            ("pl-PL", "autodesk", "Kreślarz AutoCAD – praca od zaraz"), ("en-IN", "samsung", "Samsung service centre technician job"), ("ja-JP", "toyota", "トヨタ販売店 整備士 募集"),
            ("pt-BR", "coca-cola", "Vaga repositor – distribuidora Coca-Cola"), ("en-SG", "rolex", "Watchmaker wanted, Rolex experience preferred"), ("ar-AE", "dyson", "مطلوب مندوب مبيعات داي سون"),
            ("id-ID", "honda", "Lowongan mekanik bengkel resmi Honda")]
    for code, b, t in rows:
        inn(c, b, code, t, "Job offer. Salary according to experience. Send CV.", None, category="jobs")


def in_event_tickets_venues():
    c = "in_event_tickets_venues"
    klass(c, "tickets for events at venues or competitions named after brands (Coca-Cola Arena, Honda Center, Philips Stadion, BMW International Open)", star=True)
    rows = [("ar-AE", "coca-cola", "2 tickets concert at Coca-Cola Arena Dubai, Friday", 150), ("en-GB", "wilson", "Wilson Ladies' golf day tickets", 40),
            ("en-US", "honda", "Honda Center Anaheim – Ducks game tickets x2", 120), ("de-DE", "bmw", "BMW International Open Golf Tageskarte", 45),
            ("en-AU", "samsung", "Tickets Samsung Galaxy Arena? – concert", 90), ("ja-JP", "nintendo", "任天堂 ライブ Nintendo Live 入場券", 30),
            ("fr-FR", "michelin", "Billets Stade Marcel-Michelin, ASM Clermont", 40), ("es-ES", "coca-cola", "Entradas Coca-Cola Music Experience", 60),
            ("nl-NL", "philips", "Kaarten PSV in het Philips Stadion", 45), ("en-SG", "sony", "Sony World Photography Awards exhibition ticket", 15),
            ("ko-KR", "lego", "레고랜드 코리아 입장권 2매", 60), ("it-IT", "pandora", "Biglietti spettacolo 'Il vaso di Pandora' teatro", 25)]
    for code, b, t, usd in rows:
        t = t.replace("Samsung Galaxy Arena? – concert", "Samsung Hall concert, 2 seats")
        inn(c, b, code, t, "Event tickets, e-tickets transferred after payment.", local(usd, code), category="tickets")


def in_licensed_scale_models():
    c = "in_licensed_scale_models"
    klass(c, "genuine licensed toys and scale models of another brand's goods (Hot Wheels BMW M3, Klein's Bosch toy drill, Tomica Toyota, LEGO Technic BMW)")
    rows = [("en-US", "bmw", "Hot Wheels BMW M3 E30 – Mattel, new on card", 5), ("de-DE", "bosch", "Klein Bosch Spielzeug-Akkuschrauber für Kinder (Lizenz)", 20),
            ("en-GB", "toyota", "Tomica Toyota Land Cruiser 1/64 diecast", 8), ("fr-FR", "michelin", "Figurine Bibendum Michelin officielle (boutique Michelin)", 25),
            ("ja-JP", "honda", "タミヤ 1/12 ホンダ CBR1000RR プラモデル", 40), ("en-AU", "porsche-x", "LEGO Technic BMW M 1000 RR 42130", 250),
            ("it-IT", "dyson", "Casdon giocattolo aspirapolvere Dyson per bambini", 30), ("es-ES", "coca-cola", "Camión Coca-Cola a escala 1:43 de colección", 30),
            ("pt-BR", "nike", "Miniatura tênis Nike Air Force 1 chaveiro oficial Nike", 15), ("pl-PL", "philips", "Zabawkowa szczoteczka Philips Sonicare for Kids", 35),
            ("ko-KR", "samsung", "삼성 갤럭시 Z 플립 목업 (장난감)", 10), ("en-CA", "honda", "Maisto Honda Civic Type R 1/24 diecast", 25)]
    for code, b, t, usd in rows:
        b = "bmw" if b == "porsche-x" else b
        inn(c, b, code, t, "Genuine licensed toy / model, new.", local(usd, code), category="toys")


def in_cash_carry_wholesale():
    c = "in_cash_carry_wholesale"
    klass(c, "cash-and-carry / distributor wholesale of genuine FMCG by the case or pallet at trade prices (per case)")
    rows = [("en-GB", "coca-cola", "Coca-Cola 330ml cans – pallet 80 cases, trade only", 80 * 12), ("de-DE", "ferrero", "Ferrero Rocher T30 Karton 8 Stück, Großhandel", 8 * 13),
            ("en-NG", "nestle", "Nescafé Classic 50g carton of 24 – distributor price", 70), ("ar-SA", "mars", "سنيكرز كرتون 24 حبة جملة", 20),
            ("fr-FR", "mars", "M&M's peanut 1kg – carton de 6, grossiste", 80), ("pl-PL", "nestle", "Nescafé Gold 200g karton 6 szt. hurt", 60),
            ("en-IN", "coca-cola", "Coca-Cola 750ml crate of 24 – distributor", 15), ("es-ES", "ferrero", "Nutella 750g caja 6 unidades mayorista", 38),
            ("tr-TR", "ferrero", "Nutella 750g koli 6'lı toptan", 38), ("pt-BR", "coca-cola", "Coca-Cola lata fardo 12 un. atacado", 7),
            ("id-ID", "nestle", "Nescafé Gold 200g karton grosir 12 pcs", 120), ("en-US", "gillette", "Gillette Mach3 12ct refills case of 6 – wholesale", 150)]
    for code, b, t, usd in rows:
        inn(c, b, code, t, "Genuine stock from the official distributor, invoice (VAT) provided. Trade customers.", local(usd, code), category="wholesale")


def in_subscription_monthly():
    c = "in_subscription_monthly"
    klass(c, "genuine software and service subscriptions priced per month by resellers (Adobe CC monthly, Microsoft 365, Xbox Game Pass, AutoCAD monthly)", star=True)
    rows = [("en-US-amazon", "adobe", "Adobe Creative Cloud All Apps – monthly plan", 60), ("de-DE-amazon", "microsoft", "Microsoft 365 Family – 1 Monat", 10),
            ("en-GB", "microsoft", "Xbox Game Pass Ultimate 1 month code", 17), ("fr-FR", "adobe", "Adobe Photoshop abonnement mensuel", 24),
            ("ja-JP", "adobe", "Adobe Creative Cloud 月々プラン", 60), ("en-AU", "autodesk", "AutoCAD monthly subscription (Autodesk reseller)", 245),
            ("pl-PL", "microsoft", "Microsoft 365 Personal – miesięczna subskrypcja", 7), ("es-ES", "nintendo", "Nintendo Switch Online 3 meses", 8),
            ("pt-BR", "adobe", "Adobe Lightroom plano mensal", 10), ("it-IT", "autodesk", "Revit abbonamento mensile rivenditore autorizzato", 340),
            ("ko-KR", "sony", "PlayStation Plus 1개월 이용권", 10), ("en-IN", "microsoft", "Microsoft 365 Business Basic per user/month", 6)]
    for code, b, t, usd in rows:
        inn(c, b, code, t, "Official subscription through an authorised reseller, billed monthly.", local(usd, code), category="software licenses")


# =========================================================================== output
def all_classes():
    return [f for n, f in globals().items() if callable(f) and (n.startswith("c_") or n.startswith("in_"))]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--out", default="set.jsonl")
    ap.add_argument("--classes", default=None)
    a = ap.parse_args()
    R.seed(a.seed)
    for f in all_classes():
        f()
    with open(a.out, "w", encoding="utf-8") as fh:
        for r in ROWS:
            fh.write(json.dumps(r, ensure_ascii=False, sort_keys=False) + "\n")
    if a.classes:
        per = {}
        for r in ROWS:
            lab = r["_label"]
            per.setdefault(lab["class"], [lab["kind"], 0, r["title"]])[1] += 1
        out = ["# Outsider 13: classes", "", "| class | * | kind | n | tactic | example title |", "|---|:-:|---|---:|---|---|"]
        for k, (kind, n, ex) in per.items():
            out.append(f"| {k} | {'*' if k in STAR else ''} | {kind} | {n} | {TACTIC[k].replace('|', '/')} | {ex.replace('|', '/')} |")
        open(a.classes, "w", encoding="utf-8").write("\n".join(out) + "\n")
    print(len(ROWS), "listings")


if __name__ == "__main__":
    main()
