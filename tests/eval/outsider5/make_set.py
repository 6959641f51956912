#!/usr/bin/env python3
"""Outsider 5's held-out set for BrandSentry: deterministic generator.

python3 make_set.py            -> writes set.jsonl next to this file (seed 20261201)

Each line is a Listing (schemas/json/listing.schema.json) plus `_label`:
{kind: counterfeit|innocent, brand: id|null, class, tactic, lang, also: [...]}
Written from the README, the demo registry and public reporting on counterfeit trade, without reading the matcher.
"""
from __future__ import annotations
import json, random, sys
from pathlib import Path

SEED = 20261201
HERE = Path(__file__).resolve().parent
R = random.Random(SEED)

# ---------------------------------------------------------------- brands (from the demo registry, by hand)
# id: (display name, registry category, product, model, floor in USD (approx.), seller-facing noun)
B = {
    "canada-goose": ("Canada Goose", "parkas", "Langford Parka", "2079M", 1395, "parka"),
    "nike": ("Nike", "sneakers", "Air Jordan 1 Retro High OG", "DZ5485-612", 180, "sneakers"),
    "adidas": ("adidas", "sneakers", "Samba OG", "B75806", 100, "sneakers"),
    "puma": ("Puma", "sneakers", "Suede Classic XXI", "374915-01", 75, "sneakers"),
    "levis": ("Levi's", "jeans", "501 Original Fit", "00501-0115", 69, "jeans"),
    "louis-vuitton": ("Louis Vuitton", "handbags", "Neverfull MM", "M40995", 2030, "tote bag"),
    "gucci": ("Gucci", "belts", "GG Marmont belt", "414516", 540, "belt"),
    "burberry": ("Burberry", "scarves", "Giant Check cashmere scarf", "8015506", 490, "scarf"),
    "michael-kors": ("Michael Kors", "handbags", "Jet Set large tote", "30T3GTVT2L", 228, "tote"),
    "coach": ("Coach", "handbags", "Tabby Shoulder Bag 26", "CH857", 450, "shoulder bag"),
    "bose": ("Bose", "headphones", "QuietComfort 45", "QC45", 249, "headphones"),
    "samsung": ("Samsung", "phones", "Galaxy S24 Ultra", "SM-S928B", 1200, "smartphone"),
    "apple": ("Apple", "earbuds", "AirPods Pro 2", "MTJV3", 249, "earbuds"),
    "sony": ("Sony", "headphones", "WH-1000XM5", "WH-1000XM5", 329, "headphones"),
    "canon": ("Canon", "cameras", "EOS R6 Mark II", "EOS R6 Mark II", 2199, "camera"),
    "honda": ("Honda", "generators", "EU2200i inverter generator", "EU2200i", 1099, "generator"),
    "toyota": ("Toyota", "auto parts", "front brake pads", "04465-02220", 58, "brake pads"),
    "bmw": ("BMW", "auto parts", "front brake disc", "34116860016", 103, "brake disc"),
    "michelin": ("Michelin", "tires", "Pilot Sport 4 S 245/40ZR18", "PS4S 245/40ZR18", 210, "tyre"),
    "shell": ("Shell", "motor oil", "Helix Ultra 5W-40 4L", "550046375", 41, "engine oil"),
    "mars": ("Mars", "chocolate", "Snickers 48g x 24", "5000159461122", 18, "chocolate bars"),
    "danone": ("Danone", "infant formula", "Aptamil Profutura 3 800g", "APT-PF3-800", 41, "formula milk"),
    "nestle": ("Nestlé", "coffee", "Nescafé Gold 200g", "NES-GOLD-200", 9, "instant coffee"),
    "coca-cola": ("Coca-Cola", "soft drinks", "Coca-Cola 330ml x 24", "KO-330-24", 6, "soda cans"),
    "ferrero": ("Ferrero", "chocolate", "Ferrero Rocher 30 pieces", "FR-T30", 14, "pralines"),
    "loreal": ("L'Oréal", "skincare", "Lancôme Advanced Génifique 50ml", "LAN-GEN-50", 150, "serum"),
    "estee-lauder": ("Estée Lauder", "skincare", "Advanced Night Repair 50ml", "ANR-50", 105, "serum"),
    "shiseido": ("Shiseido", "sunscreen", "Anessa Perfect UV 60ml", "ANS-60", 22, "sunscreen"),
    "gillette": ("Gillette", "razor blades", "Fusion5 ProGlide blades 8 pack", "FUS5-PG-8", 24, "razor blades"),
    "hasbro": ("Hasbro", "action figures", "Transformers Studio Series Optimus Prime", "F3418", 50, "action figure"),
    "lego": ("LEGO", "building sets", "Millennium Falcon UCS", "75192", 850, "building set"),
    "mattel": ("Mattel", "dolls", "Barbie Dreamhouse", "HJX74", 179, "doll house"),
    "bandai": ("Bandai", "model kits", "MG RX-78-2 Ver.3.0", "MG RX-78-2 Ver.3.0", 45, "model kit"),
    "adobe": ("Adobe", "software licenses", "Creative Cloud All Apps 12 months", "65297615BA01A12", 599, "licence"),
    "microsoft": ("Microsoft", "software licenses", "Windows 11 Pro", "FQC-10528", 199, "licence key"),
    "nintendo": ("Nintendo", "consoles", "Switch OLED", "HEG-001", 349, "console"),
    "autodesk": ("Autodesk", "software licenses", "AutoCAD 1 year subscription", "C1RK1-WW1762-L562", 1975, "licence"),
    "pfizer": ("Pfizer", "prescription drugs", "Viagra 100mg 30 tablets", "0069-4200-30", 1600, "tablets"),
    "johnson-johnson": ("Johnson & Johnson", "otc", "Tylenol Extra Strength 100 caplets", "TYL-ES-100", 11, "caplets"),
    "bayer": ("Bayer", "otc", "Bepanthen ointment 100g", "BEP-100", 12, "ointment"),
    "abbott": ("Abbott", "medical devices", "FreeStyle Libre 2 sensor", "71988-01", 64, "glucose sensor"),
    "dyson": ("Dyson", "hair care", "Supersonic hair dryer", "HD08", 299, "hair dryer"),
    "philips": ("Philips", "electric toothbrushes", "Sonicare DiamondClean", "HX9911", 199, "electric toothbrush"),
    "bosch": ("Bosch", "power tools", "GSR 12V-15 drill driver", "GSR 12V-15", 97, "cordless drill"),
    "panasonic": ("Panasonic", "shavers", "Arc5 shaver", "ES-LV9Q", 249, "shaver"),
    "the-north-face": ("The North Face", "jackets", "1996 Retro Nuptse jacket", "NF0A3C8D", 320, "puffer jacket"),
    "callaway": ("Callaway", "golf clubs", "Paradym Ai Smoke driver", "PARADYM-AI-SMOKE-DR", 599, "driver"),
    "yonex": ("Yonex", "badminton rackets", "Astrox 88 D Pro", "AX88D", 190, "badminton racket"),
    "wilson": ("Wilson", "tennis rackets", "Pro Staff 97 v14", "WR125711", 249, "tennis racket"),
    "rolex": ("Rolex", "watches", "Submariner Date", "126610LN", 10250, "watch"),
    "swarovski": ("Swarovski", "jewelry", "Millenia necklace", "5636708", 275, "necklace"),
    "cartier": ("Cartier", "jewelry", "Love bracelet", "B6067417", 7100, "bracelet"),
    "pandora": ("Pandora", "charms", "Moments snake chain bracelet", "590702HV", 65, "charm bracelet"),
    "omega": ("Omega", "watches", "Speedmaster Moonwatch Professional", "310.30.42.50.01.001", 7000, "watch"),
}
ALL = list(B)
SOFTWARE = {"adobe", "microsoft", "autodesk"}
PHYS = [b for b in ALL if b not in SOFTWARE]  # templates about physical goods
CONSUMABLE = {"mars", "danone", "nestle", "coca-cola", "ferrero", "loreal", "estee-lauder", "shiseido", "gillette", "pfizer", "johnson-johnson", "bayer", "abbott", "shell", "toyota", "bmw"}
DURABLE = [b for b in PHYS if b not in CONSUMABLE]  # things people resell used
RETAIL = {"apparel": [("zalando", "Zalando", "de"), ("johnlewis", "John Lewis", "en"), ("elcorteingles", "El Corte Inglés", "es")],
          "electronics": [("mediamarkt", "MediaMarkt", "de"), ("bestbuy", "Best Buy", "en"), ("fnac", "Fnac", "fr"), ("bic-camera", "ビックカメラ", "ja"), ("jd", "京东自营", "zh")],
          "beauty": [("douglas", "Douglas", "de"), ("sephora", "Sephora", "fr")], "auto": [("autozone", "AutoZone", "en"), ("atu", "A.T.U", "de")],
          "grocery": [("walmart", "Walmart", "en"), ("carrefour", "Carrefour", "fr"), ("jd", "京东自营", "zh")], "toys": [("smyths", "Smyths Toys", "en"), ("jd", "京东自营", "zh")],
          "pharmacy": [("cvs", "CVS Pharmacy", "en"), ("dm", "dm-drogerie markt", "de")], "software": [("softwareone", "SoftwareOne", "en")],
          "jewelry": [("john-lewis", "John Lewis", "en"), ("galeries-lafayette", "Galeries Lafayette", "fr")], "sports": [("decathlon", "Decathlon", "fr"), ("dicks", "Dick's Sporting Goods", "en")]}
RETAIL_OF = {**{b: "apparel" for b in ["canada-goose", "nike", "adidas", "puma", "levis", "louis-vuitton", "gucci", "burberry", "michael-kors", "coach", "the-north-face"]},
             **{b: "electronics" for b in ["bose", "samsung", "apple", "sony", "canon", "dyson", "philips", "bosch", "panasonic", "nintendo", "honda"]},
             **{b: "beauty" for b in ["loreal", "estee-lauder", "shiseido", "gillette"]}, **{b: "auto" for b in ["toyota", "bmw", "michelin", "shell"]},
             **{b: "grocery" for b in ["mars", "danone", "nestle", "coca-cola", "ferrero"]}, **{b: "toys" for b in ["hasbro", "lego", "mattel", "bandai"]},
             **{b: "pharmacy" for b in ["pfizer", "johnson-johnson", "bayer", "abbott"]}, **{b: "software" for b in ["adobe", "microsoft", "autodesk"]},
             **{b: "jewelry" for b in ["rolex", "swarovski", "cartier", "pandora", "omega"]}, **{b: "sports" for b in ["callaway", "yonex", "wilson"]}}
# USD -> currency (rough, fixed so the set is stable)
FX = dict(USD=1, EUR=0.92, GBP=0.79, CNY=7.2, JPY=150, KRW=1350, RUB=92, INR=83, BRL=5.0, MXN=17, TRY=32, PLN=4.0,
          THB=35, IDR=15600, VND=24500, PHP=56, AED=3.67, SAR=3.75, ILS=3.7, SEK=10.5, EGP=48, NGN=1500, UAH=41,
          ARS=900, KZT=470, PKR=280, CAD=1.36, AUD=1.5, HKD=7.8, TWD=32, MYR=4.7, CHF=0.88, RON=4.6, CZK=23)
LANG_MKT = {
    "en": ["ebay", "amazon-us", "etsy", "facebook-marketplace", "dhgate", "aliexpress", "wish", "craigslist", "depop"],
    "zh": ["taobao", "xianyu", "pinduoduo", "1688", "weidian"], "ja": ["mercari-jp", "rakuma", "yahoo-auctions-jp"],
    "ko": ["coupang", "bunjang", "danggeun"], "ru": ["avito", "wildberries", "ozon"], "uk": ["prom-ua", "olx-ua"],
    "es": ["mercadolibre", "wallapop"], "pt": ["mercadolivre", "olx-br", "shopee-br"], "de": ["ebay-de", "kleinanzeigen"],
    "fr": ["leboncoin", "vinted-fr"], "it": ["subito", "vinted-it"], "ar": ["noon", "opensooq", "haraj"], "fa": ["divar"],
    "tr": ["trendyol", "sahibinden", "hepsiburada"], "pl": ["allegro", "olx-pl"], "nl": ["marktplaats", "bol"],
    "vi": ["shopee-vn", "lazada-vn"], "id": ["tokopedia", "shopee-id"], "th": ["shopee-th", "lazada-th"],
    "tl": ["shopee-ph", "carousell-ph"], "hi": ["flipkart", "meesho", "instagram-shop"], "he": ["yad2"], "el": ["skroutz"],
    "sv": ["blocket"], "ro": ["olx-ro"], "ms": ["carousell-my"], "cs": ["bazos-cz", "sreality"],
}
LANG_CUR = {"en": "USD", "zh": "CNY", "ja": "JPY", "ko": "KRW", "ru": "RUB", "uk": "UAH", "es": "MXN", "pt": "BRL",
            "de": "EUR", "fr": "EUR", "it": "EUR", "ar": "AED", "fa": "USD", "tr": "TRY", "pl": "PLN", "nl": "EUR", "vi": "VND",
            "id": "IDR", "th": "THB", "tl": "PHP", "hi": "INR", "he": "ILS", "el": "EUR", "sv": "SEK", "ro": "RON", "ms": "MYR", "cs": "CZK"}
SHIP = {"en": ["US", "CN", "GB", "HK"], "zh": ["CN"], "ja": ["JP"], "ko": ["KR"], "ru": ["RU"], "uk": ["UA"], "es": ["MX", "ES"],
        "pt": ["BR"], "de": ["DE"], "fr": ["FR"], "it": ["IT"], "ar": ["AE", "SA"], "fa": ["IR"], "tr": ["TR"], "pl": ["PL"],
        "nl": ["NL"], "vi": ["VN"], "id": ["ID"], "th": ["TH"], "tl": ["PH"], "hi": ["IN"], "he": ["IL"], "el": ["GR"], "sv": ["SE"],
        "ro": ["RO"], "ms": ["MY"], "cs": ["CZ"]}

SYL = ["lu", "xi", "ka", "mo", "ren", "bo", "ta", "zen", "li", "na", "feng", "yo", "ria", "del", "ko", "sun", "max", "tor", "vi", "an"]
ROWS: list[dict] = []
COUNTER = [0]


def handle(r):
    return "".join(r.choice(SYL) for _ in range(r.randint(2, 3))) + str(r.randint(1, 999))


def money(usd, cur):
    a = usd * FX[cur]
    if a >= 1000:
        a = round(a, -1 if a < 100000 else -3)
    elif a >= 20:
        a = round(a) - (0.01 if cur in ("USD", "EUR", "GBP") and R.random() < .5 else 0)
    else:
        a = round(a, 2)
    return {"amount": max(a, 0.01), "currency": cur}


def cheap(b, lo=.04, hi=.22):
    return B[b][4] * R.uniform(lo, hi)


def fair(b, lo=.95, hi=1.25):
    return B[b][4] * R.uniform(lo, hi)


def add(cls, kind, brand, lang, title, desc="", usd=None, price=None, cur=None, cat=None, tactic="", also=(), mkt=None,
        seller=None, attrs=None, images=None, url=None, ship=None):
    COUNTER[0] += 1
    cur = cur or LANG_CUR[lang]
    mkt = mkt or R.choice(LANG_MKT[lang])
    if price is None and usd is not None:
        price = money(usd, cur)
    sid, sname = seller if seller else (handle(R), "")
    row = {
        "marketplace": mkt,
        "listing_id": f"o5-{COUNTER[0]:05d}",
        "title": title.strip()[:1000],
        "description": desc.strip(),
        "price": price,
        "seller": {"id": sid, "name": sname, "country": (ship or R.choice(SHIP[lang]))},
        "observed_at": f"2026-11-{R.randint(1, 30):02d}T{R.randint(0, 23):02d}:{R.randint(0, 59):02d}:{R.randint(0, 59):02d}Z",
        "category": cat,
        "ship_from": ship or R.choice(SHIP[lang]),
        "url": url,
        "images": images or [],
        "attributes": attrs or {},
        "_label": {"kind": kind, "brand": brand, "class": cls, "tactic": tactic, "lang": lang, "also": list(also)},
    }
    ROWS.append(row)


def cyc(lst, n, shuffle=True):
    """n items cycling over lst (shuffled once) - spreads a class over brands"""
    l = list(lst)
    if shuffle:
        R.shuffle(l)
    return [l[i % len(l)] for i in range(n)]


CF, IN = "counterfeit", "innocent"

# =============================================================== COUNTERFEIT CLASSES
def cf_factory_overrun():
    c, t = "cf_factory_overrun", "claims genuine 'factory overrun / leftover / same factory' stock, brand named plainly, far below the floor"
    en = ["Genuine factory overrun — made on the same line as the {n} {p}, only the paperwork differs. Unused.",
          "Leftover production stock from the OEM factory that makes {n}. Same materials, same tags, no retail box.",
          "Cancelled export order ({n} {p}). Authentic factory surplus, sold in bulk to us, we pass the price on.",
          "Customs-released excess stock, original {n} {p}, shipped direct from the manufacturer's warehouse."]
    zh = ["{n} {p} 原厂尾单 正品同料 工厂直出 无吊牌", "{n} 外贸原单 跟单货 走货剩余 同一工厂 {p}", "{n} {p} 工厂流出 尾货清仓 同生产线"]
    es = ["{n} {p} excedente de fábrica, misma fábrica que el original, sin caja", "Sobrante de producción {n} {p}, original de fábrica"]
    for i, b in enumerate(cyc(PHYS, 14)):
        n, _, p, m, _, noun = B[b]
        lang = ["en", "zh", "en", "es", "zh", "en", "en"][i % 7]
        if lang == "en":
            add(c, CF, b, lang, f"{n} {p} {noun} - factory overrun, new", R.choice(en).format(n=n, p=p) + f" Ref {m}.", cheap(b, .08, .2), cat=B[b][1], tactic=t)
        elif lang == "zh":
            add(c, CF, b, lang, R.choice(zh).format(n=n, p=p), f"型号 {m} 数量有限 先到先得", cheap(b, .05, .18), cat=B[b][1], tactic=t)
        else:
            add(c, CF, b, lang, R.choice(es).format(n=n, p=p), f"Modelo {m}. Envío gratis.", cheap(b, .06, .2), cat=B[b][1], tactic=t)


def cf_wholesale_lot():
    c, t = "cf_wholesale_lot", "B2B lot / MOQ wholesale: the lot price looks like one item's price, per unit far below the floor"
    for i, b in enumerate(cyc(PHYS, 14)):
        n, cat, p, m, fl, noun = B[b]
        q = R.choice([20, 50, 100, 200])
        unit = fl * R.uniform(.03, .12)
        lang = ["en", "zh", "en", "es", "en", "ru", "en"][i % 7]
        if lang == "en":
            add(c, CF, b, lang, f"Wholesale lot {q} pcs {n} {p} mixed sizes/colours, MOQ {q}",
                f"Bulk price for the whole lot of {q} units ({n} {m}). Dropshipping welcome, we ship worldwide by sea or air. Unit price {unit:.2f} USD.",
                unit * q, cat=cat, tactic=t, mkt=R.choice(["dhgate", "alibaba", "made-in-china"]), ship="CN")
        elif lang == "zh":
            add(c, CF, b, lang, f"{n} {p} 批发 {q}件起批 一件代发", f"整批{q}件价格 单价约{unit*7.2:.0f}元 货号{m} 支持混批", unit * q, cat=cat, tactic=t, mkt="1688", ship="CN")
        elif lang == "es":
            add(c, CF, b, lang, f"Lote mayoreo {q} piezas {n} {p}", f"Precio por el lote completo de {q}. Ideal para revender. Modelo {m}.", unit * q, cat=cat, tactic=t)
        else:
            add(c, CF, b, lang, f"{n} {p} оптом партия {q} шт", f"Цена за всю партию {q} шт. Артикул {m}. Отправка из Китая.", unit * q, cat=cat, tactic=t)


def cf_price_bait():
    c, t = "cf_price_bait", "the price field is a placeholder (0.01, 1, 99999) or empty; the real (low) price is in the text or 'in chat'"
    for i, b in enumerate(cyc(PHYS, 14)):
        n, cat, p, m, fl, noun = B[b]
        k = i % 4
        if k == 0:
            add(c, CF, b, "en", f"{n} {p} {noun} (price in description)", f"Listed price is not real. Real price {fl*R.uniform(.05,.15):.0f}$ incl. shipping, message me first. New with box.",
                price={"amount": 0.01, "currency": "USD"}, cat=cat, tactic=t)
        elif k == 1:
            add(c, CF, b, "en", f"{n} {p} — ask for price", f"DM for price and real pictures. Cheapest on the platform, only {fl*R.uniform(.05,.15):.0f} USD. {m}", price=None, cat=cat, tactic=t)
        elif k == 2:
            add(c, CF, b, "de", f"{n} {p} NEU – Preis VB", f"Preis ist Platzhalter, echter Preis {fl*.92*R.uniform(.05,.15):.0f} € per Nachricht. Artikel {m}.", price={"amount": 1, "currency": "EUR"}, cat=cat, tactic=t)
        else:
            add(c, CF, b, "zh", f"{n} {p} 拍前咨询 价格私聊", f"标价不是实价 实价{fl*7.2*R.uniform(.05,.15):.0f}元 货号{m}", price={"amount": 99999, "currency": "CNY"}, cat=cat, tactic=t)


def cf_offplatform():
    c, t = "cf_offplatform", "brand plain, low price, buyer sent to WhatsApp/WeChat/Telegram/Yupoo catalogue for 'real pics' and other models"
    ch = ["WhatsApp +86 137{0:04d}{1:04d} for real pics", "add VX: lux{0}{1} 看实拍", "Telegram @top_{0}_{1} — full catalogue", "Yupoo album: topquality{0}.x.yupoo.com — all models",
          "IG @brandhouse_{0} for more", "Line ID: shop{0}{1}"]
    for i, b in enumerate(cyc(PHYS, 13)):
        n, cat, p, m, fl, noun = B[b]
        contact = R.choice(ch).format(R.randint(1000, 9999), R.randint(1000, 9999))
        lang = ["en", "en", "zh", "es", "en", "ar"][i % 6]
        if lang == "ar":
            add(c, CF, b, lang, f"{n} {p} جديد بسعر مميز", f"للطلب واتساب فقط. {contact}. صور حقيقية. التوصيل لجميع المدن", cheap(b), cat=cat, tactic=t)
        elif lang == "zh":
            add(c, CF, b, lang, f"{n} {p} 实拍 更多款式看相册", f"{contact} 货号{m}", cheap(b), cat=cat, tactic=t)
        elif lang == "es":
            add(c, CF, b, lang, f"{n} {p} nuevo, pregunta por catálogo", f"Escríbeme por {contact}. Tenemos todos los modelos.", cheap(b), cat=cat, tactic=t)
        else:
            add(c, CF, b, lang, f"{n} {p} {noun} best quality", f"{contact}. Ignore the photo in the link, we send the {n} you order. Do not write the brand in your review.", cheap(b), cat=cat, tactic=t)


def cf_unconvertible_currency():
    c, t = "cf_unconvertible_currency", "brand plain, no cue words; price far below the floor in a currency without an ECB rate (RUB, VND, AED, NGN, EGP, UAH, ARS, PKR, KZT, SAR)"
    cases = [("ru", "RUB", "{n} {p} новые, в наличии", "Доставка по России. Оригинальная упаковка."), ("vi", "VND", "{n} {p} mới 100%", "Freeship toàn quốc, full box."),
             ("ar", "AED", "{n} {p} جديد", "توصيل مجاني داخل دبي"), ("en", "NGN", "{n} {p} brand new", "Pay on delivery in Lagos and Abuja."),
             ("ar", "EGP", "{n} {p} متوفر الآن", "الدفع عند الاستلام"), ("uk", "UAH", "{n} {p} нові", "Відправка Новою поштою"),
             ("es", "ARS", "{n} {p} nuevo", "Envíos a todo el país. Cuotas sin interés."), ("en", "PKR", "{n} {p} new", "Cash on delivery all over Pakistan."),
             ("ru", "KZT", "{n} {p} новые", "Доставка по Казахстану"), ("ar", "SAR", "{n} {p} جديد", "شحن لجميع مناطق المملكة")]
    for i, b in enumerate(cyc(PHYS, 14)):
        n, cat, p, m, fl, noun = B[b]
        lang, cur, ti, de = cases[i % len(cases)]
        add(c, CF, b, lang, ti.format(n=n, p=p), de + f" {m}", price=money(cheap(b, .05, .15), cur), cur=cur, cat=cat, tactic=t)


def cf_translit_cyrillic():
    c, t = "cf_translit_cyrillic", "brand written in Cyrillic transliteration (not in the registry) on a Russian-language marketplace, with 'копия/люкс/1в1'"
    T = {"nike": ("Найк", "кроссовки Эйр Джордан 1"), "adidas": ("Адидас", "кроссовки Самба"), "rolex": ("Ролекс", "часы Сабмаринер"), "gucci": ("Гуччи", "ремень"),
         "louis-vuitton": ("Луи Виттон", "сумка Неверфул"), "dyson": ("Дайсон", "фен Суперсоник"), "apple": ("Эпл", "наушники Эйрподс Про 2"),
         "canada-goose": ("Канада Гус", "парка"), "the-north-face": ("Зе Норт Фейс", "пуховик Нупси"), "cartier": ("Картье", "браслет Лав"),
         "omega": ("Омега", "часы Спидмастер"), "swarovski": ("Сваровски", "колье"), "lego": ("Лего", "конструктор Сокол Тысячелетия"),
         "michael-kors": ("Майкл Корс", "сумка"), "burberry": ("Барберри", "шарф"), "samsung": ("Самсунг", "Гэлакси С24 Ультра")}
    for i, b in enumerate(cyc(list(T), 16)):
        nm, prod = T[b]
        tail = R.choice(["копия люкс", "качество 1в1", "реплика премиум", "лакшери копия", "ААА качество"])
        add(c, CF, b, "ru", f"{nm} {prod} {tail}", f"{nm} — {tail}, полный комплект, коробка, пыльник. Не отличить от оригинала.", cheap(b, .03, .12),
            cat=B[b][1], tactic=t, mkt=R.choice(["avito", "wildberries", "ozon", "vk-market"]))


def cf_translit_katakana():
    c, t = "cf_translit_katakana", "brand in katakana (Japanese marketplaces), with N級品/S級/スーパーコピー"
    T = {"rolex": ("ロレックス", "サブマリーナー"), "louis-vuitton": ("ルイヴィトン", "ネヴァーフル"), "gucci": ("グッチ", "ベルト"), "cartier": ("カルティエ", "ラブブレス"),
         "omega": ("オメガ", "スピードマスター"), "coach": ("コーチ", "ショルダーバッグ"), "nike": ("ナイキ", "エアジョーダン1"), "canada-goose": ("カナダグース", "ダウンジャケット"),
         "the-north-face": ("ザ・ノース・フェイス", "ヌプシ"), "dyson": ("ダイソン", "ドライヤー"), "burberry": ("バーバリー", "マフラー"), "michael-kors": ("マイケルコース", "トートバッグ"),
         "pandora": ("パンドラ", "ブレスレット"), "bose": ("ボーズ", "ヘッドホン"), "swarovski": ("スワロフスキー", "ネックレス")}
    for i, b in enumerate(cyc(list(T), 15)):
        nm, prod = T[b]
        cue = R.choice(["N級品", "S級品", "スーパーコピー", "最高級品", "レプリカ 高品質"])
        add(c, CF, b, "ja", f"{nm} {prod} {cue} 新品", f"{nm}の{prod}、{cue}です。刻印・ロゴも完璧。箱付き。", cheap(b, .03, .12), cat=B[b][1], tactic=t, mkt=R.choice(LANG_MKT["ja"]))


def cf_translit_hangul():
    c, t = "cf_translit_hangul", "brand in Hangul (Korean secondhand apps), with 미러급/레플/정품급/SA급"
    T = {"rolex": ("롤렉스", "서브마리너"), "louis-vuitton": ("루이비통", "네버풀"), "gucci": ("구찌", "벨트"), "nike": ("나이키", "조던1"), "cartier": ("까르띠에", "러브 팔찌"),
         "omega": ("오메가", "스피드마스터"), "canada-goose": ("캐나다구스", "패딩"), "the-north-face": ("노스페이스", "눕시 패딩"), "apple": ("애플", "에어팟 프로2"),
         "dyson": ("다이슨", "에어랩"), "burberry": ("버버리", "머플러"), "michael-kors": ("마이클코어스", "토트백"), "coach": ("코치", "숄더백"),
         "lego": ("레고", "밀레니엄 팔콘"), "pandora": ("판도라", "팔찌")}
    for i, b in enumerate(cyc(list(T), 15)):
        nm, prod = T[b]
        cue = R.choice(["미러급", "레플", "정품급", "SA급", "1:1 레플리카"])
        add(c, CF, b, "ko", f"{nm} {prod} {cue} 새상품", f"{nm} {prod} {cue} 입니다. 각인 로고 완벽. 풀박스.", cheap(b, .03, .12), cat=B[b][1], tactic=t, mkt=R.choice(LANG_MKT["ko"]))


def cf_translit_rtl_indic():
    c, t = "cf_translit_rtl_indic", "brand transliterated into Arabic, Hebrew, Thai, Greek or Devanagari script, with a local copy cue"
    T = [("rolex", "ar", "رولكس", "ساعة صب مارينر ماستر كوالتي"), ("nike", "ar", "نايك", "حذاء جوردن هاي كوبي"), ("gucci", "ar", "قوتشي", "حزام طبق الأصل"),
         ("louis-vuitton", "ar", "لويس فيتون", "شنطة نيفرفول ماستر كوبي"), ("apple", "ar", "أبل", "ايربودز برو كوبي ون"), ("cartier", "ar", "كارتييه", "اسوارة لوف طبق الأصل"),
         ("rolex", "he", "רולקס", "שעון סאבמרינר העתק איכותי"), ("nike", "he", "נייקי", "נעלי ג'ורדן רפליקה"), ("dyson", "he", "דייסון", "מייבש שיער העתק 1:1"),
         ("rolex", "th", "โรเล็กซ์", "ซับมารีนเนอร์ งานมิลเลอร์"), ("louis-vuitton", "th", "หลุยส์วิตตอง", "กระเป๋า เกรดพรีเมียม งานก๊อป"), ("coach", "th", "โค้ช", "กระเป๋า งานเกรดเอ"),
         ("nike", "th", "ไนกี้", "รองเท้า งานก๊อปเกรดดี"), ("rolex", "el", "Ρόλεξ", "ρολόι Submariner αντίγραφο πρώτης ποιότητας"), ("pandora", "el", "Πανδώρα", "βραχιόλι αντίγραφο"),
         ("rolex", "hi", "रोलेक्स", "घड़ी फर्स्ट कॉपी"), ("nike", "hi", "नाइकी", "जूते मास्टर कॉपी")]
    for b, lang, nm, rest in T:
        add(c, CF, b, lang, f"{nm} {rest}", f"{nm} {rest}", cheap(b, .02, .1), cat=B[b][1], tactic=t)


def cf_translated_mark():
    c, t = "cf_translated_mark", "a multi-word mark translated or re-spelled into words (Air Force One, Nord Face, Just a Nail, Mein kleines Pony, Canada Gans), with a cue or low price"
    T = [("nike", "en", "Air Force One low triple white, top quality 1:1", "sneakers"), ("nike", "es", "Tenis Air Force One blancos calidad espejo", "sneakers"),
         ("the-north-face", "de", "Nord Face Daunenjacke 1996 Retro – Top Qualität, wie Original", "jackets"), ("the-north-face", "fr", "Doudoune Face Nord 1996 qualité miroir", "jackets"),
         ("the-north-face", "es", "Chamarra La Cara Norte 1996 retro, calidad AAA", "jackets"), ("cartier", "en", "Just a Nail bracelet 18k gold plated, mirror quality with screwdriver", "jewelry"),
         ("cartier", "fr", "Bracelet juste un clou plaqué or, copie parfaite, poinçons", "jewelry"), ("hasbro", "de", "Mein kleines Pony Figuren Set 12 Stück, Nachbau, wie Original", "toys"),
         ("hasbro", "es", "Mi Pequeño Pony set 12 figuras réplica exacta", "toys"), ("canada-goose", "de", "Kanada Gans Parka Expedition Daune – 1:1 Qualität", "parkas"),
         ("canada-goose", "fr", "Parka Oie du Canada Expédition, qualité identique, patch", "parkas"), ("mattel", "es", "Ruedas Calientes pack 20 carritos réplica", "die-cast cars"),
         ("honda", "en", "Goldwing GL1800 fairing emblem set, OEM quality copy", "motorcycle parts"), ("callaway", "en", "ChromeSoft golf balls 2 dozen, factory copy, same feel", "golf balls"),
         ("wilson", "en", "ProStaff 97 v14 tennis racquet, 1:1 mould, unstrung", "tennis rackets"), ("michelin", "en", "Pilot Sport4S 245/40R18 new tyre, OEM factory copy", "tires")]
    for b, lang, ti, cat in T:
        add(c, CF, b, lang, ti, ti, cheap(b, .05, .2), cat=cat, tactic=t)


def cf_logo_nickname():
    c, t = "cf_logo_nickname", "no brand word: the logo or trade dress is described by its nickname (Jumpman, swoosh, trefoil, crown, interlocking G, disc patch, half dome ...), with a cue"
    T = [("nike", "Jumpman high tops chicago colourway, 1:1 batch", "sneakers"), ("nike", "swoosh low tops panda, best batch, with receipt", "sneakers"),
         ("adidas", "trefoil three stripes terrace trainers gum sole, top version", "sneakers"), ("adidas", "3-stripes tracksuit with trefoil logo, AAA", "sportswear"),
         ("puma", "formstrip suede trainers leaping cat logo, mirror", "sneakers"), ("levis", "red tab 501 jeans batwing stitch, factory copy", "jeans"),
         ("rolex", "crown logo diver 41mm green bezel cyclops date, superclone", "watches"), ("gucci", "double G buckle belt web stripe, mirror quality", "belts"),
         ("louis-vuitton", "flower monogram canvas tote MM, date code correct, 1:1", "handbags"), ("burberry", "nova check cashmere scarf horse logo, top quality copy", "scarves"),
         ("canada-goose", "arctic disc patch parka coyote hood, 1:1 replica", "parkas"), ("the-north-face", "half dome logo 1996 puffer 700 fill, AAA", "jackets"),
         ("omega", "seahorse caseback moon chronograph 42mm hesalite, clean factory", "watches"), ("cartier", "screw motif bangle with screwdriver, 18k stamp, 1:1", "jewelry"),
         ("apple", "bitten fruit logo wireless earbuds pro 2nd gen ANC, serial checkable", "earbuds"), ("michael-kors", "MK signature logo tote brown, mirror quality", "handbags")]
    for b, ti, cat in T:
        add(c, CF, b, "en", ti, ti + ". Ships from Guangzhou, 7-12 days.", cheap(b, .03, .15), cat=cat, tactic=t, mkt=R.choice(["dhgate", "aliexpress", "facebook-marketplace", "instagram-shop"]))


def cf_unregistered_line():
    c, t = "cf_unregistered_line", "a famous product line that is not in the registry, without the brand word (GMT-Master, Aqua Terra, Ballon Bleu, Pochette Métis, Jackie 1961, Gazelle, PS5, Game Boy), with a cue"
    T = [("rolex", "GMT-Master II Pepsi 126710BLRO super clone 3285", "watches"), ("rolex", "Yacht-Master 40 rose gold, 904L, clean factory", "watches"),
         ("omega", "Aqua Terra 150M blue dial, VSF 8900, 1:1", "watches"), ("omega", "Planet Ocean 600M orange ceramic bezel, top clone", "watches"),
         ("cartier", "Ballon Bleu 42mm automatic, V6 factory copy", "watches"), ("cartier", "Tank Française steel quartz, AAA", "watches"),
         ("louis-vuitton", "Pochette Métis monogram reverse, mirror 1:1", "handbags"), ("louis-vuitton", "Alma BB epi leather, top tier replica", "handbags"),
         ("gucci", "Jackie 1961 small hobo, mirror quality", "handbags"), ("gucci", "Horsebit 1955 shoulder bag, 1:1", "handbags"),
         ("adidas", "Gazelle Indoor blue gum, top batch reps", "sneakers"), ("adidas", "Handball Spezial navy gum, 1:1 reps", "sneakers"),
         ("nike", "Vapormax Plus triple black, PK batch", "sneakers"), ("sony", "PS5 slim disc edition clone console 4K, same as original", "consoles"),
         ("nintendo", "Game Boy Advance SP reproduction console, new shell, copy", "consoles"), ("dyson", "Corrale cordless straightener, 1:1 copy, 3 plugs", "hair care")]
    for b, ti, cat in T:
        add(c, CF, b, "en", ti, ti + ". Full set with box.", cheap(b, .02, .12), cat=cat, tactic=t)


def cf_zh_community_slang():
    c, t = "cf_zh_community_slang", "Chinese community nicknames instead of the brand (水鬼, 海马, 超霸, 大鹅, 老花, 倒钩, 华强北, 莆田, 钉子手镯), with trade words"
    T = [("rolex", "绿水鬼 41 3235机芯 顶级复刻 904L", "watches"), ("rolex", "黑水鬼 V12版 一比一 带盒", "watches"), ("rolex", "迪通拿 熊猫盘 纯原 CF厂", "watches"),
         ("omega", "海马300 蓝盘 VS厂 顶级版本", "watches"), ("omega", "超霸 登月 手动上链 一比一", "watches"), ("canada-goose", "大鹅 远征款 派克大衣 男 原单 狼毛领", "parkas"),
         ("louis-vuitton", "老花 托特包 MM 原版皮 顶级", "handbags"), ("nike", "倒钩 AJ1 低帮 纯原版本 莆田", "sneakers"), ("nike", "莆田 熊猫 低帮板鞋 公司级", "sneakers"),
         ("apple", "华强北 二代 降噪耳机 洛达1562A 序列号可查", "earbuds"), ("cartier", "钉子手镯 18k 玫瑰金 同版 带螺丝刀", "jewelry"),
         ("adidas", "三叶草 德训鞋 复刻 顶级", "sneakers"), ("the-north-face", "北脸 1996 羽绒服 原单 700蓬", "jackets"), ("gucci", "G家 双G腰带 原单 头层皮", "belts"),
         ("dyson", "戴森平替 吹风机 1比1 开模 原装电机", "hair care"), ("rolex", "满天星 日志型 41 顶级复刻", "watches")]
    for b, ti, cat in T:
        add(c, CF, b, "zh", ti, ti + " 实拍 支持验货", cheap(b, .02, .1), cat=cat, tactic=t, mkt=R.choice(["xianyu", "weidian", "taobao"]))


def cf_pinyin_alias():
    c, t = "cf_pinyin_alias", "the Chinese alias written in pinyin (laolishi, naike, guchi, daisen, kadiya …) and cue words as pinyin initials (gf = 高仿, yd = 原单, fk = 复刻)"
    T = [("rolex", "laolishi shuigui 41mm gf", "watches"), ("rolex", "lao li shi ri zhi xing 41 fk ban", "watches"), ("nike", "naike AJ1 gao bang fk yd", "sneakers"),
         ("gucci", "guchi yaodai shuang G yd pi", "belts"), ("dyson", "daisen chuifengji HD08 gf", "hair care"), ("cartier", "kadiya shouzhuo Love gf 18k", "jewelry"),
         ("louis-vuitton", "lv lvpai laohua tuote bao gf", "handbags"), ("omega", "oumijia chaoba dengyue fk", "watches"), ("adidas", "adidasi sanyecao dexun xie fk", "sneakers"),
         ("lego", "legao qianniansuiji hao 75192 pinzhuang gf", "building sets"), ("canada-goose", "jiae yuanzheng pai ke yd", "parkas"), ("swarovski", "shihualuoshiqi xianglian gf", "jewelry"),
         ("burberry", "babaoli weijin yd", "scarves"), ("estee-lauder", "yashilandai xiaozongping 50ml gf", "skincare")]
    for b, ti, cat in T:
        add(c, CF, b, "zh", ti, ti + " ，私聊看实拍", cheap(b, .02, .1), cat=cat, tactic=t, mkt=R.choice(["xianyu", "weidian"]))


def _map(s, table):
    return "".join(table.get(ch, ch) for ch in s)


SMALLCAPS = dict(zip("abcdefghijklmnopqrstuvwxyz", "ᴀʙᴄᴅᴇꜰɢʜɪᴊᴋʟᴍɴᴏᴘǫʀsᴛᴜᴠᴡxʏᴢ"))
SQUARED = {ch: chr(0x1F170 + i) for i, ch in enumerate("abcdefghijklmnopqrstuvwxyz")}
REGIONAL = {ch: chr(0x1F1E6 + i) + "\u200b" for i, ch in enumerate("abcdefghijklmnopqrstuvwxyz")}
PAREN = {ch: chr(0x249C + i) for i, ch in enumerate("abcdefghijklmnopqrstuvwxyz")}
UPSIDE = dict(zip("abcdefghijklmnopqrstuvwxyz", "ɐqɔpǝɟƃɥᴉɾʞꞁɯuodbɹsʇnʌʍxʎz"))
CIRCLED_NEG = {ch: chr(0x1F150 + i) for i, ch in enumerate("abcdefghijklmnopqrstuvwxyz")}


def cf_fancy_unicode():
    c, t = "cf_fancy_unicode", "the mark in 'fancy font' letters without an NFKC form: small capitals, negative squared and circled letters, regional-indicator letters, parenthesised letters, upside-down"
    styles = [("smallcaps", lambda s: _map(s.lower(), SMALLCAPS)), ("squared", lambda s: _map(s.lower(), SQUARED)), ("regional", lambda s: _map(s.lower(), REGIONAL)),
              ("paren", lambda s: _map(s.lower(), PAREN)), ("upside", lambda s: _map(s.lower(), UPSIDE)[::-1]), ("circled_neg", lambda s: _map(s.lower(), CIRCLED_NEG))]
    names = {"rolex": "rolex", "gucci": "gucci", "nike": "nike", "dyson": "dyson", "cartier": "cartier", "omega": "omega", "adidas": "adidas", "apple": "airpods",
             "louis-vuitton": "vuitton", "burberry": "burberry", "coach": "coach", "pandora": "pandora", "bose": "bose", "lego": "lego", "samsung": "samsung", "yonex": "yonex"}
    for i, b in enumerate(cyc(list(names), 16)):
        sty, f = styles[i % len(styles)]
        w = f(names[b])
        add(c, CF, b, "en", f"{w} {B[b][5]} new, {R.choice(['top quality', 'best version', 'premium grade'])}", f"{w} {B[b][5]}, same as shop, full set.", cheap(b, .03, .15),
            cat=B[b][1], tactic=t + f" [{sty}]", mkt=R.choice(["instagram-shop", "facebook-marketplace", "tiktok-shop", "depop"]))


def cf_html_entities():
    c, t = "cf_html_entities", "the feed passes raw HTML: the mark is broken by character references (&#111;, &#x52;), empty tags, comments or soft hyphens (&shy;)"
    def ent(s, i):
        k = i % 5
        if k == 0:
            j = len(s) // 2
            return s[:j] + f"&#{ord(s[j])};" + s[j + 1:]
        if k == 1:
            return f"&#x{ord(s[0]):X};" + s[1:]
        if k == 2:
            j = len(s) // 2
            return s[:j] + "<span></span>" + s[j:]
        if k == 3:
            j = len(s) // 2
            return s[:j] + "<!-- -->" + s[j:]
        j = len(s) // 2
        return s[:j] + "&shy;" + s[j:]
    for i, b in enumerate(cyc(PHYS, 15)):
        n, cat, p, m, fl, noun = B[b]
        w = ent(n.split()[0] if len(n.split()[0]) > 3 else n, i)
        add(c, CF, b, "en", f"{w} {p} - <b>HOT SALE</b>", f"<p><strong>{w}</strong> {p} {noun}</p><ul><li>100% same as shop</li><li>Fast shipping</li></ul>",
            cheap(b, .04, .15), cat=cat, tactic=t)


def cf_invisible_chars():
    c, t = "cf_invisible_chars", "invisible or blank code points inside the mark: zero-width space/joiner, word joiner, soft hyphen, CGJ, Mongolian vowel separator, Hangul filler, Braille blank, variation selector"
    inv = ["\u200b", "\u200d", "\u2060", "\u00ad", "\u034f", "\u180e", "\u3164", "\u2800", "\ufe0f", "\u200c", "\u2063"]
    for i, b in enumerate(cyc(PHYS, 14)):
        n, cat, p, m, fl, noun = B[b]
        z = inv[i % len(inv)]
        w = n[0] + z + n[1:-1] + z + n[-1] if len(n) > 3 else z.join(n)
        add(c, CF, b, R.choice(["en", "en", "es"]), f"{w} {p} {noun} new", f"{w} {noun}, {R.choice(['grade AAA', 'high copy', 'best quality'])}.", cheap(b, .04, .15), cat=cat, tactic=t)


def cf_phonetic_respell():
    c, t = "cf_phonetic_respell", "sound-alike spellings two or more edits from the mark (Rollecks, Gootchi, Naiki, Looey Vuiton, Dai-son), a low price, no other cue"
    T = [("rolex", "Rollecks"), ("rolex", "Rolleks"), ("gucci", "Gootchi"), ("gucci", "Goochy"), ("nike", "Naiki"), ("nike", "Nykee"), ("louis-vuitton", "Looey Vweeton"),
         ("adidas", "Addeedas"), ("dyson", "Dai-son"), ("samsung", "Samsong"), ("cartier", "Kartiyay"), ("burberry", "Burbury"), ("swarovski", "Swarofskee"),
         ("michael-kors", "Maikel Korss"), ("the-north-face", "Nort Feis"), ("canada-goose", "Kanada Guse"), ("omega", "Omegah"), ("philips", "Filipz")]
    for i, (b, w) in enumerate(T[:16]):
        n, cat, p, m, fl, noun = B[b]
        add(c, CF, b, "en", f"{w} {noun} {R.choice(['new', 'brand new', 'new w/ tags'])}", f"{w} {noun} like the shop ones. Cheap!", cheap(b, .02, .1), cat=cat, tactic=t)


def cf_url_slug_only():
    c, t = "cf_url_slug_only", "title and description generic, the brand and model only in the listing URL slug (SEO), low price"
    for i, b in enumerate(cyc(PHYS, 13)):
        n, cat, p, m, fl, noun = B[b]
        slug = (n + " " + p + " " + m).lower().replace("'", "").replace("&", "and").replace(".", "").replace("/", "-").replace(" ", "-")
        add(c, CF, b, "en", f"Premium {noun}, new in box", f"High-end {noun}. Same details as the famous one. Fast dispatch.", cheap(b, .03, .12), cat=cat, tactic=t,
            url=f"https://www.{R.choice(['dhgate', 'aliexpress', 'shopify-store'])}.com/product/{slug}-{R.randint(10**6, 10**7)}.html")


def cf_attributes_only():
    c, t = "cf_attributes_only", "generic title; the brand only in item specifics under a key other than Brand/Marke/品牌 (Marca, Marque, ブランド, Бренд, Merek, Thương hiệu, Brand Name, Manufacturer)"
    keys = [("es", "Marca"), ("fr", "Marque"), ("ja", "ブランド"), ("ru", "Бренд"), ("id", "Merek"), ("vi", "Thương hiệu"), ("en", "Brand Name"), ("en", "Manufacturer"),
            ("it", "Marca"), ("pl", "Marka"), ("tr", "Marka"), ("nl", "Merk"), ("pt", "Marca"), ("de", "Hersteller")]
    ti = {"es": "Producto nuevo {x}", "fr": "Article neuf {x}", "ja": "新品 {x}", "ru": "Новый товар {x}", "id": "Barang baru {x}", "vi": "Hàng mới {x}", "en": "New {x}",
          "it": "Articolo nuovo {x}", "pl": "Nowy produkt {x}", "tr": "Yeni ürün {x}", "nl": "Nieuw artikel {x}", "pt": "Produto novo {x}", "de": "Neuer Artikel {x}"}
    for i, b in enumerate(cyc(PHYS, 14)):
        n, cat, p, m, fl, noun = B[b]
        lang, key = keys[i % len(keys)]
        add(c, CF, b, lang, ti[lang].format(x=noun), "", cheap(b, .03, .12), cat=cat, tactic=t, attrs={key: n, "Model": m if i % 2 else "", "Condition": "New"})


def cf_seller_name_only():
    c, t = "cf_seller_name_only", "generic title; the brand only in the shop's id and name, price far below the floor"
    for i, b in enumerate(cyc(PHYS, 13)):
        n, cat, p, m, fl, noun = B[b]
        nm = n.replace("'", "").replace(" ", "")
        sid = R.choice([f"{nm.lower()}_outlet_{R.randint(1,99)}", f"{nm.lower()}-factory-store", f"best{nm.lower()}{R.randint(10,99)}"])
        add(c, CF, b, "en", f"{noun.capitalize()} new season, free shipping", f"{noun.capitalize()}, premium materials. Wholesale welcome.", cheap(b, .03, .12), cat=cat, tactic=t,
            seller=(sid, f"{n} Outlet Factory Store"), mkt=R.choice(["aliexpress", "dhgate", "wish", "temu"]))


REG_HASH = {"canada-goose": "cbb78d4be270384c", "nike": "b3cac5ad1ce0b11d", "adidas": "fa95ca6a3198e692", "louis-vuitton": "eec49512582fc46f", "gucci": "eb94b4618c6b69ca",
            "bose": "bec2893dc3893cc6", "samsung": "f8819ddc674ac067", "apple": "a86fc7c0903d3d0f", "honda": "bf91e4d058ef2416", "michelin": "ed2d366ad1d0c896",
            "mars": "be3bc1c49197f860", "loreal": "ea5a91338e8d674c", "lego": "f2da9c3423b8ce23", "adobe": "acf0979fc6018d63", "pfizer": "a7f0d80fcd397016",
            "dyson": "b991d027cee20f59", "the-north-face": "f134c6cf999c8919", "rolex": "cb2db6c15b1634c9"}


def flip(h, k):
    v = int(h, 16)
    for bit in R.sample(range(64), k):
        v ^= 1 << bit
    return f"{v:016x}"


def cf_image_phash_only():
    c, t = "cf_image_phash_only", "generic text; one listing photo whose precomputed pHash is within 0-8 bits of a registered logo/product photo (the integrator hashes images)"
    for i, b in enumerate(cyc(list(REG_HASH), 16)):
        n, cat, p, m, fl, noun = B[b]
        k = [0, 2, 4, 6, 8][i % 5]
        imgs = [{"url": f"https://img.example-cdn.com/{R.randint(10**8, 10**9)}.jpg", "phash": flip(REG_HASH[b], k)},
                {"url": f"https://img.example-cdn.com/{R.randint(10**8, 10**9)}.jpg", "phash": f"{R.getrandbits(64):016x}"}]
        add(c, CF, b, "en", f"{noun.capitalize()} — see photos", "Exactly as pictured. Luxury quality.", cheap(b, .03, .12), cat=cat, tactic=t + f" [{k} bits]", images=imgs)


def cf_fake_packaging_docs():
    c, t = "cf_fake_packaging_docs", "branded packaging and papers sold alone to dress up fakes: boxes, blank warranty cards, dust bags, receipts, hang tags, serial labels"
    T = [("rolex", "en", "Rolex full set box + blank warranty card + booklets, for Submariner", "watches"), ("rolex", "zh", "劳力士 原装盒子 空白保卡 说明书 全套", "watches"),
         ("omega", "en", "Omega presentation box with blank warranty card and papers set", "watches"), ("cartier", "en", "Cartier red box + certificate + receipt set for Love bracelet", "jewelry"),
         ("louis-vuitton", "en", "Louis Vuitton dust bag + box + receipt + authenticity card, fits Neverfull", "handbags"), ("gucci", "it", "Gucci scatola + dust bag + controllato card + scontrino", "belts"),
         ("nike", "en", "Nike Air Jordan 1 replacement box with correct size label, blank", "sneakers"), ("canada-goose", "en", "Canada Goose hang tags + hologram + NFC tag set", "parkas"),
         ("apple", "en", "AirPods Pro 2 retail box with custom serial number sticker", "earbuds"), ("burberry", "en", "Burberry gift box + shopping bag + receipt, 3 pcs", "scarves"),
         ("michael-kors", "en", "Michael Kors care card + dust bag + hang tag lot of 20", "handbags"), ("swarovski", "de", "Swarovski Box + Zertifikat + Tragetasche, neutral befüllbar", "jewelry"),
         ("coach", "en", "Coach creed patch + hang tag + care card set, lot of 10", "handbags"), ("pandora", "en", "Pandora empty boxes with logo + gift bags, 50 pcs", "charms"),
         ("samsung", "en", "Samsung Galaxy S24 Ultra empty retail box with IMEI label printing", "phones")]
    for b, lang, ti, cat in T:
        add(c, CF, b, lang, ti, ti, B[b][4] * R.uniform(.005, .03) + 3, cat=cat, tactic=t)


def cf_logo_components():
    c, t = "cf_logo_components", "trademark-bearing parts sold loose: car emblems and wheel caps, iron-on logo patches, belt buckles, zipper pulls, replacement logo back glass"
    T = [("bmw", "en", "BMW roundel emblem 82mm + 74mm hood and trunk badge set, OEM quality", "auto parts"), ("bmw", "de", "BMW Emblem Nabendeckel 68mm 4 Stück, wie Original", "auto parts"),
         ("honda", "en", "Honda H red emblem front grille badge Type R style, 3M tape", "auto parts"), ("toyota", "en", "Toyota logo emblem chrome rear badge, genuine look", "auto parts"),
         ("michelin", "en", "Michelin Bibendum tyre sidewall stickers + valve caps set", "tires"), ("nike", "en", "Nike swoosh iron-on patch embroidered logo 50 pcs", "sportswear"),
         ("adidas", "es", "Parches adidas trébol termoadhesivos bordados, 20 unidades", "sportswear"), ("the-north-face", "en", "The North Face logo patch embroidered iron on, 10 pcs", "jackets"),
         ("canada-goose", "en", "Canada Goose arctic program disc patch replacement, sew on", "parkas"), ("gucci", "en", "Gucci GG replacement belt buckle gold, fits 40mm strap", "belts"),
         ("louis-vuitton", "en", "Louis Vuitton zipper pulls + LV logo rivets hardware set", "handbags"), ("apple", "en", "iPhone 15 Pro back glass with Apple logo and CE marks, 1:1", "phones"),
         ("rolex", "en", "Rolex crown logo dial + hands set for Submariner mod, 1:1", "watches"), ("bmw", "zh", "宝马 车标 前后标 方向盘标 轮毂盖 套装", "auto parts"),
         ]
    for row in T:
        b, lang, ti, cat = row
        add(c, CF, b, lang, ti, ti, max(2.5, B[b][4] * R.uniform(.01, .05)), cat=cat, tactic=t)


def cf_logo_fabric():
    c, t = "cf_logo_fabric", "fabric, leather or vinyl by the metre printed with a brand's monogram or check, for making bags and upholstery"
    T = [("louis-vuitton", "en", "LV monogram canvas PU leather fabric by the yard, brown", "fabric"), ("louis-vuitton", "zh", "路易威登 老花 PU皮革 面料 按米卖", "fabric"),
         ("gucci", "en", "Gucci GG supreme canvas vinyl fabric, per metre, for car seats", "fabric"), ("gucci", "es", "Tela Gucci GG por metro, vinilo para tapizar", "fabric"),
         ("burberry", "en", "Burberry check fabric by the metre, cotton twill, classic beige", "fabric"), ("burberry", "de", "Burberry Karo Stoff Meterware Baumwolle", "fabric"),
         ("michael-kors", "en", "Michael Kors MK logo print faux leather sheets A4, 10 pcs", "craft supplies"), ("coach", "en", "Coach signature C jacquard fabric 1 yard", "fabric"),
         ("nike", "en", "Nike swoosh all-over print fleece fabric, 1 m", "fabric"), ("adidas", "pt", "Tecido adidas três listras por metro, helanca", "fabric"),
         ("louis-vuitton", "fr", "Tissu Louis Vuitton monogramme au mètre pour sellerie", "fabric"), ("gucci", "tr", "Gucci desenli suni deri kumaş metre fiyatı", "fabric")]
    for b, lang, ti, cat in T:
        add(c, CF, b, lang, ti, ti, R.uniform(6, 25), cur="USD", cat=cat, tactic=t)


def cf_software_keys():
    c, t = "cf_software_keys", "software 'lifetime' licences and keys at a few dollars, product named by abbreviation (W11 Pro, O2021 Pro Plus, PS 2025, ACAD, CC)"
    T = [("microsoft", "W11 Pro retail key lifetime activation, instant email delivery"), ("microsoft", "Win 10/11 Pro key 1PC genuine online activation"),
         ("microsoft", "O2021 Pro Plus bind key lifetime, PC"), ("microsoft", "0ffice 365 lifetime account 5 devices + 1TB"), ("adobe", "PS 2025 full version lifetime, Win/Mac, preactivated"),
         ("adobe", "CC all apps 12 months, your own account, works worldwide"), ("adobe", "Acrobat DC Pro lifetime licence, no subscription"), ("adobe", "Lr Classic + PS lifetime bundle, activated"),
         ("autodesk", "ACAD 2025 lifetime licence key Windows, full version"), ("autodesk", "Revit 2025 + AutoCAD 3 year license educational, commercial use ok"),
         ("autodesk", "3ds max 2024 lifetime, multi-language, instant"), ("microsoft", "Visio/Project 2021 Pro key, lifetime, retail"), ("adobe", "Premiere + After Effects 2025 lifetime, no monthly fees")]
    for b, ti in T:
        lang = R.choice(["en", "en", "de", "es"])
        add(c, CF, b, "en", ti, ti + ". Digital delivery within 5 minutes. 100% working or money back.", R.uniform(2.5, 19), cur="USD", cat="software licenses", tactic=t,
            mkt=R.choice(["ebay", "g2a-market", "kinguin-market", "etsy", "aliexpress"]))


def cf_repro_games():
    c, t = "cf_repro_games", "reproduction game cartridges, multi-game carts and modded consoles preloaded with copied games"
    T = [("nintendo", "en", "Zelda Minish Cap GBA reproduction cartridge, saves work", "video games"), ("nintendo", "en", "Pokemon Emerald repro cart GBA, new label", "video games"),
         ("nintendo", "en", "Switch OLED modded with 256GB + 80 games preloaded", "consoles"), ("nintendo", "en", "SNES 500 in 1 cartridge Mario Zelda Metroid", "video games"),
         ("nintendo", "es", "Cartucho Mario Kart 64 reproducción, funciona en consola original", "video games"), ("nintendo", "ru", "Картридж Зельда для Game Boy репродукция", "video games"),
         ("nintendo", "en", "NES Classic mini clone 620 games HDMI", "consoles"), ("nintendo", "pt", "Switch desbloqueado com 50 jogos, chip instalado", "consoles"),
         ("sony", "en", "PS2 slim modded FMCB + 40 games on HDD", "consoles"), ("microsoft", "en", "Xbox 360 RGH 500GB with 100 games installed", "consoles"),
         ("nintendo", "zh", "任天堂 Switch 破解版 大气层 送50款游戏", "consoles"), ("nintendo", "en", "Earthbound SNES repro, PAL/NTSC, box + manual", "video games"),
         ("bandai", "en", "Tamagotchi P1 reproduction, 1997 shell, new", "toys")]
    for b, lang, ti, cat in T:
        add(c, CF, b, lang, ti, ti, R.uniform(9, 120) if cat == "consoles" else R.uniform(6, 18), cur="USD" if lang == "en" else None, cat=cat, tactic=t)


def cf_pharma_spam():
    c, t = "cf_pharma_spam", "pharma spam: the drug mark obfuscated (V1agra, Vi@gra, V-i-a-g-r-a, \\/iagra), 'generic', no prescription, discreet shipping"
    T = [("pfizer", "en", "V1agra 100mg 60 pills generic, no prescription, discreet"), ("pfizer", "en", "Vi@gra blue pill 100 Pfizer imprint x50"), ("pfizer", "en", "V-i-a-g-r-a 100 mg, fast shipping, no Rx"),
         ("pfizer", "en", "\\/iagra Soft 100mg 30 tabs"), ("pfizer", "es", "Viagra genérico 100mg 40 pastillas sin receta, envío discreto"),
         ("pfizer", "de", "Viagra Generika 100mg ohne Rezept, 60 Tabletten"), ("pfizer", "ru", "Виагра 100 мг 30 таблеток без рецепта"),
         ("pfizer", "en", "Lipitor atorvastatin 20mg 90 tabs, no prescription needed"), ("pfizer", "en", "Paxlovid 5-day pack, ships from India, no Rx"),
         ("pfizer", "zh", "伟哥 100mg 正品 美国辉瑞 无需处方 保密发货"), ("abbott", "en", "FreeStyle Libre 2 sensors x10 bulk, unboxed, export stock"),
         ("bayer", "en", "Aspirin Bayer 500 mg bulk 1000 tabs, loose, from pharma factory"), ("johnson-johnson", "en", "Tylenol Extra Strength 500 caplets bulk bag, relabelled, cheap")]
    for b, lang, ti in T:
        usd = B[b][4] * R.uniform(.02, .08) if b == "pfizer" else B[b][4] * R.uniform(.1, .3)
        add(c, CF, b, lang, ti, ti + " — Bitcoin accepted.", usd, cat=B[b][1], tactic=t)


def cf_consumables_too_cheap():
    c, t = "cf_consumables_too_cheap", "infant formula, cosmetics and foods named plainly at a fraction of retail, 'factory direct' or 'counter quality' (工厂直供 / 专柜品质 / 9.9包邮)"
    T = [("danone", "zh", "爱他美 卓萃 3段 800g 工厂直供 特价"), ("danone", "zh", "Aptamil 白金版 3段 9.9包邮"), ("abbott", "zh", "雅培 菁智 3段 900g 厂家直销"),
         ("abbott", "en", "Similac 360 Total Care 900g, wholesale price, no receipt"), ("nestle", "zh", "能恩 2段 800g 厂家直发 清仓 奶粉"), ("loreal", "zh", "兰蔻 小黑瓶 50ml 专柜品质 清仓"),
         ("estee-lauder", "zh", "雅诗兰黛 小棕瓶 50ml 专柜同款 9.9"), ("shiseido", "zh", "安热沙 小金瓶 60ml 9.9包邮"), ("loreal", "vi", "Serum Lancôme Génifique 50ml hàng xách tay giá sỉ"),
         ("estee-lauder", "vi", "Estée Lauder Advanced Night Repair 50ml giá sốc"), ("ferrero", "en", "Ferrero Rocher T30 boxes, bulk 10 boxes, factory price"),
         ("nestle", "en", "Nespresso original capsules 500 pcs, unbranded box, cheap"), ("gillette", "en", "Gillette Fusion5 ProGlide blades 48 pack, unboxed bulk"),
         ("shell", "zh", "壳牌 喜力 超凡 5W-40 4L 厂家直销 假一赔十"), ("mars", "en", "Snickers 48g x 24, pallet price from overseas factory")]
    for b, lang, ti in T:
        add(c, CF, b, lang, ti, ti, cheap(b, .08, .22), cat="infant formula" if "段" in ti or "Similac" in ti else B[b][1], tactic=t)


def cf_tester_unboxed():
    c, t = "cf_tester_unboxed", "'tester'/'unboxed'/'sample' beauty products at a tenth of retail (the classic cover for fake perfume and serums)"
    T = [("loreal", "en", "Lancôme La Vie Est Belle 100ml tester, unboxed, 100% original"), ("loreal", "fr", "Lancôme Idôle 100ml testeur sans boîte"), ("loreal", "en", "Lancôme Génifique serum 50ml tester"),
         ("estee-lauder", "en", "Estée Lauder ANR 100ml tester no box"), ("estee-lauder", "pl", "Estée Lauder Double Wear 30ml tester bez pudełka"), ("shiseido", "en", "Shiseido Ultimune 75ml tester, unboxed"),
         ("loreal", "ru", "Ланком Ла Ви Эст Бель 100 мл тестер, оригинал"), ("estee-lauder", "ar", "استي لودر سيروم تستر 100 مل بدون علبة"), ("loreal", "es", "Lancôme Trésor 100ml tester sin caja"),
         ("shiseido", "id", "Shiseido Anessa 60ml tester ori"), ("loreal", "tr", "Lancôme La Vie Est Belle 100 ml tester orijinal"), ("estee-lauder", "de", "Estée Lauder Advanced Night Repair 50ml Tester ohne OVP")]
    for b, lang, ti in T:
        add(c, CF, b, lang, ti, ti + ". Sample bottle, same juice.", B[b][4] * R.uniform(.06, .16), cat=B[b][1], tactic=t)


def cf_auto_parts_genuine_claim():
    c, t = "cf_auto_parts_genuine_claim", "'genuine OEM' auto parts, tyres and oil at impossible prices, part numbers in the formats mechanics type (no dashes, BMW spaced groups)"
    T = [("toyota", "en", "Genuine Toyota oil filter 90915YZZD1 x10 pack", 6 * 10 * .18), ("toyota", "en", "OEM Toyota brake pads 0446502220 front set genuine", 58 * .15),
         ("honda", "en", "Honda genuine oil filter 15400PLMA02 box of 12", 7 * 12 * .15), ("honda", "en", "Honda EU2200i inverter generator 2200W, genuine, new in crate", 1099 * .2),
         ("honda", "es", "Generador Honda EU22i inverter 2200W original nuevo", 1099 * .18), ("bmw", "de", "BMW Ölfilter 11 42 8 575 211 Original 10 Stück", 13 * 10 * .15),
         ("bmw", "en", "BMW genuine brake discs 34 11 6 860 016 pair OEM", 103 * .2), ("michelin", "en", "Michelin Pilot Sport 4S 245/40ZR18 set of 4, new 2026 DOT", 210 * 4 * .15),
         ("michelin", "ar", "كفرات ميشلان بايلوت سبورت 4 اس 245/40R18 اصلي", 210 * .15), ("shell", "en", "Shell Helix Ultra 5W-40 4L genuine, wholesale", 41 * .2),
         ("shell", "ru", "Масло Shell Helix Ultra 5W-40 4л оригинал оптом", 41 * .2), ("toyota", "ar", "فلتر زيت تويوتا 90915-YZZD1 أصلي وكالة", 6 * .2),
         ("honda", "zh", "本田 原厂机油滤芯 15400-PLM-A02 正品 批发", 7 * .15)]
    for b, lang, ti, usd in T:
        add(c, CF, b, lang, ti, ti + (" Ships from Shenzhen." if lang == "en" else ""), usd, cat=B[b][1], tactic=t)


def cf_model_number_only():
    c, t = "cf_model_number_only", "only the model/reference number, reformatted (no dash, spaces, slash, lower case, prefix 'Ref.'), no brand word, low price"
    T = [("nike", "dd1391 100 low panda men 42", "sneakers"), ("nike", "DZ5485612 high og size 43", "sneakers"), ("nike", "CW2288/111 low white 40-45", "sneakers"),
         ("adidas", "b75 806 og white/black/gum", "sneakers"), ("rolex", "Ref. 126610 LN 41mm auto", "watches"), ("rolex", "ref116500ln white dial chrono", "watches"),
         ("omega", "310 30 42 50 01 001 moon chrono", "watches"), ("louis-vuitton", "M 40995 MM tote canvas", "handbags"), ("cartier", "b 6067417 bracelet 16cm", "jewelry"),
         ("sony", "WH1000 XM5 black ANC headset", "headphones"), ("samsung", "SM S928B 512GB titanium", "phones"), ("apple", "mtjv3 anc earbuds usb-c", "earbuds"),
         ("dyson", "HS 05 multi styler complete long", "hair care"), ("lego", "set 75192 falcon 7541 pcs", "building sets"), ("the-north-face", "nf0a3c8d 1996 puffer black", "jackets"),
         ("gucci", "GG 0061 S sunglasses black", "sunglasses")]
    for b, ti, cat in T:
        add(c, CF, b, "en", ti, ti + " - new", cheap(b, .03, .15), cat=cat, tactic=t, mkt=R.choice(["ebay", "facebook-marketplace", "craigslist", "depop"]))


def cf_sneaker_batch_slang():
    c, t = "cf_sneaker_batch_slang", "sneaker replica batch slang (LJR, PK 4.0, OG batch, GX, M batch, budget batch, 'retail quality', 'LC passed') with colourway nicknames"
    T = [("nike", "AJ1 Chicago Lost & Found LJR batch, size 9"), ("nike", "Dunk low Panda PK 4.0, with receipt"), ("nike", "Travis AJ1 low mocha reverse, OG batch"),
         ("nike", "AF1 triple white budget batch 35$"), ("nike", "Jordan 4 Bred reimagined, GX batch, LC passed"), ("adidas", "Samba OG white gum, M batch, retail quality"),
         ("adidas", "Yeezy 350 v2 zebra, H12 batch, boost"), ("adidas", "Yzy slide onyx, top batch"), ("puma", "Palermo green/gum, retail quality batch"),
         ("nike", "Air Max 90 infrared, OWF batch"), ("adidas", "Ultraboost light black, ZD batch"), ("nike", "SB Dunk low Travis, S2 batch, QC pics"),
         ("puma", "Speedcat OG red, best batch on market")]
    for b, ti in T:
        lang = R.choice(["en", "en", "en", "es", "pt"])
        add(c, CF, b, "en", ti, ti + ". Shipping 10-15 days, QC photos before dispatch.", cheap(b, .2, .35), cat="sneakers", tactic=t,
            mkt=R.choice(["facebook-marketplace", "instagram-shop", "depop", "carousell-sg"]))


def cf_watch_factory_slang():
    c, t = "cf_watch_factory_slang", "watch replica factory slang (Clean, VSF, ZF, ARF, 3KF, APS, superclone, 904L, clone 3135/3235 movement), brand named or not"
    T = [("rolex", "Sub 41 date black Clean factory 3235 clone, 904L"), ("rolex", "Daytona panda 116500 Clean V3 4130"), ("rolex", "Datejust 41 wimbledon VSF 3235"),
         ("rolex", "Submariner green 'starbucks' ARF v3"), ("omega", "Speedy moonwatch OMF 3861"), ("omega", "SMP 300 blue VSF 8800 superclone"), ("omega", "Seamaster 300M James Bond VS 8800"),
         ("cartier", "Santos large blue dial BV factory"), ("cartier", "Santos-Dumont XL 3KF"), ("rolex", "Oyster Perpetual 41 tiffany dial, APS 3230"),
         ("rolex", "GMT sprite 'left hand' Clean 3285"), ("omega", "Constellation 39 gold, superclone 8900"), ("rolex", "DJ 36 fluted jubilee, superclone, gen box")]
    for b, ti in T:
        add(c, CF, b, "en", ti, ti + ". Water tested. Trusted dealer, 8 years.", B[b][4] * R.uniform(.04, .07), cat="watches", tactic=t,
            mkt=R.choice(["facebook-marketplace", "instagram-shop", "whatsapp-catalog", "ebay"]))


def cf_bag_tier_slang():
    c, t = "cf_bag_tier_slang", "bag replica tiers and vendor slang (mirror, top tier, Z factory, 1:1 hardware, date code correct, heat stamp, 'comes with receipt')"
    T = [("louis-vuitton", "Neverfull MM DE, date code correct, heat stamp, top tier"), ("louis-vuitton", "Speedy 30 bandouliere, mirror, ling ling"), ("louis-vuitton", "Keepall 55, 1:1 hardware, Z factory"),
         ("gucci", "Marmont small matelassé, top tier, serial tag"), ("gucci", "Ophidia GG tote medium, mirror"), ("gucci", "Dionysus GG supreme small, TS factory, 1:1"),
         ("burberry", "Burberry vintage check tote, top tier with receipt"), ("michael-kors", "MK Jet Set large tote, mirror grade, with care card"),
         ("coach", "Coach Tabby 26 pillow, top tier, creed patch correct"), ("louis-vuitton", "Zippy wallet M60017, mirror, box + dustbag"),
         ("gucci", "Marmont belt 4cm, top tier with box"), ("burberry", "Kensington trench heritage, 1:1 mirror")]
    for b, ti in T:
        add(c, CF, b, "en", ti, ti + ". Real pics available. PayPal F&F.", cheap(b, .05, .15), cat=B[b][1], tactic=t, mkt=R.choice(["instagram-shop", "facebook-marketplace", "depop", "poshmark"]))


def cf_electronics_clone_chip():
    c, t = "cf_electronics_clone_chip", "electronics clones named by their chip and features (Huilian, Airoha 1562A, Jerry, BES, pop-up window, 'serial number checkable'), brand word avoided"
    T = [("apple", "Pods Pro 2 Airoha 1562AE ANC, pop-up window, serial checkable"), ("apple", "Pro 2 USB-C Huilian 277, spatial audio, find my works"), ("apple", "Pods 3 Jerry chip, rename, GPS"),
         ("apple", "Pods Max clone, BES chip, ANC transparency"), ("samsung", "Buds2 Pro clone Airoha, Galaxy wearable app pops up"), ("sony", "XM5 clone headphones ANC, same app, 30h"),
         ("bose", "QC45 clone ANC headphones, same look, 1:1"), ("bose", "SoundLink Flex clone speaker IP67, 1:1"), ("dyson", "HD08 supersonic clone 110000rpm, magnetic nozzles"),
         ("dyson", "HS05 airwrap clone 6 in 1, Coanda, long barrel"), ("samsung", "S24 Ultra clone 16GB+1TB android 14, S pen"), ("apple", "iPhone 15 Pro Max clone, face ID, iOS look, 256GB"),
         ("nintendo", "Switch OLED clone handheld, joycons, 64GB")]
    for b, ti in T:
        add(c, CF, b, "en", ti, ti + ". Best version on the market. Warranty 30 days.", cheap(b, .04, .15), cat=B[b][1], tactic=t, mkt=R.choice(["aliexpress", "dhgate", "facebook-marketplace", "tiktok-shop"]))


def cf_negation_decoy():
    c, t = "cf_negation_decoy", "a denial of originality that is really an admission (no es original pero 1:1 / nicht original, aber identisch / 非正品 高仿), many languages"
    T = [("nike", "es", "Tenis Nike Air Jordan 1 — no son originales pero son 1:1 idénticos"), ("rolex", "de", "Rolex Submariner – nicht original, aber identisch, Automatik"),
         ("gucci", "fr", "Ceinture Gucci pas authentique mais qualité miroir, boucle GG"), ("louis-vuitton", "it", "Borsa Louis Vuitton Neverfull non originale ma identica"),
         ("canada-goose", "ru", "Парка Canada Goose не оригинал, копия люкс 1в1"), ("dyson", "zh", "戴森 吹风机 非正品 高仿 一比一"), ("apple", "tr", "AirPods Pro 2 orijinal değil ama birebir aynı"),
         ("cartier", "pt", "Pulseira Cartier Love não é original, réplica perfeita"), ("the-north-face", "pl", "Kurtka The North Face nie oryginał, jakość 1:1"),
         ("omega", "nl", "Omega Speedmaster geen origineel, maar 1 op 1 kopie"), ("michael-kors", "en", "Michael Kors tote — not authentic, can't tell the difference"),
         ("samsung", "id", "Samsung S24 Ultra bukan ori, kw super 1:1"), ("burberry", "vi", "Khăn Burberry không phải auth, hàng rep 1:1"), ("adidas", "ro", "Adidas Samba nu sunt originali, dar sunt 1:1")]
    for b, lang, ti in T:
        add(c, CF, b, lang, ti, ti, cheap(b, .03, .15), cat=B[b][1], tactic=t)


def cf_style_suffix():
    c, t = "cf_style_suffix", "'-style' suffixes of Asian marketplaces (구찌st, ロレックス風, LV款, 同款) or 'tipo/Typ/style' claims, while the logo is on the goods"
    T = [("gucci", "ko", "구찌st 벨트 GG 버클 로고 그대로"), ("louis-vuitton", "ko", "루이비통st 모노그램 토트백 로고 있음"), ("rolex", "ja", "ロレックス風 腕時計 王冠ロゴ入り サブマリーナータイプ"),
         ("cartier", "ja", "カルティエ風 ラブブレス ロゴ刻印あり"), ("louis-vuitton", "zh", "LV款 老花 托特包 带logo"), ("gucci", "zh", "古驰同款 双G 腰带 五金带logo"),
         ("nike", "es", "Tenis tipo Nike Jordan con logo bordado"), ("rolex", "de", "Uhr im Rolex-Typ mit Krone und Schriftzug"), ("canada-goose", "en", "Canada Goose-style parka with the round arctic patch"),
         ("burberry", "fr", "Écharpe style Burberry avec étiquette et carreaux"), ("michael-kors", "pt", "Bolsa estilo Michael Kors com logo MK dourado"),
         ("coach", "ko", "코치st 숄더백 C 로고 패턴"), ("omega", "ja", "オメガ風 スピードマスタータイプ 文字盤ロゴ入り")]
    for b, lang, ti in T:
        add(c, CF, b, lang, ti, ti, cheap(b, .02, .08), cat=B[b][1], tactic=t)


def cf_accessory_disguise():
    c, t = "cf_accessory_disguise", "filed and titled as an accessory (case, box, strap, dust bag, stand) while the text says the branded product itself is included, low price"
    T = [("apple", "en", "AirPods Pro 2 case cover — comes with the earbuds, ANC working", "phone accessories"), ("apple", "es", "Funda para AirPods Pro 2 + auriculares incluidos, todo funciona", "accesorios"),
         ("rolex", "en", "Watch box for Rolex Submariner, watch included, automatic", "watch accessories"), ("rolex", "de", "Uhrenbox für Rolex Datejust inkl. Uhr, läuft", "Uhrenzubehör"),
         ("louis-vuitton", "en", "Dust bag for Neverfull MM (bag inside, brand new)", "bag accessories"), ("cartier", "en", "Jewelry box for Cartier Love bracelet, bracelet included", "jewelry boxes"),
         ("dyson", "en", "Storage stand for Dyson Airwrap — full set with styler included", "hair accessories"), ("sony", "en", "Carry case for Sony WH-1000XM5 + headphones inside", "headphone accessories"),
         ("nintendo", "en", "Switch OLED carrying case with console and 2 Joy-Con", "accessories"), ("bose", "fr", "Étui pour Bose QC45 avec le casque dedans, neuf", "accessoires"),
         ("samsung", "en", "Galaxy S24 Ultra case + phone bundle, 512GB", "phone accessories"), ("gucci", "en", "Belt gift box Gucci, includes GG belt", "gift boxes"),
         ("omega", "en", "Watch roll for Omega Speedmaster, Speedmaster included", "watch accessories")]
    for b, lang, ti, cat in T:
        add(c, CF, b, lang, ti, ti, cheap(b, .04, .12), cat=cat, tactic=t)


def cf_tag_stuffing():
    c, t = "cf_tag_stuffing", "a generic product whose description ends in a hashtag/keyword cloud of several brands (search spam); labelled with the first brand, the others in also"
    groups = [["rolex", "omega", "cartier"], ["louis-vuitton", "gucci", "michael-kors", "coach"], ["nike", "adidas", "puma"], ["apple", "samsung", "sony", "bose"],
              ["canada-goose", "the-north-face"], ["gucci", "burberry", "louis-vuitton"], ["dyson", "philips", "panasonic"], ["swarovski", "pandora", "cartier"],
              ["lego", "bandai", "hasbro", "mattel"], ["callaway", "wilson", "yonex"], ["loreal", "estee-lauder", "shiseido"], ["levis", "nike", "adidas"], ["canon", "sony", "samsung"]]
    nouns = {"rolex": "men's automatic watch", "louis-vuitton": "women's tote bag", "nike": "running shoes", "apple": "wireless earbuds", "canada-goose": "winter parka",
             "gucci": "leather belt", "dyson": "hair dryer", "swarovski": "crystal necklace", "lego": "building blocks set", "callaway": "golf driver", "loreal": "face serum", "levis": "denim jeans", "canon": "digital camera"}
    for g in groups:
        b = g[0]
        tags = " ".join("#" + B[x][0].lower().replace(" ", "").replace("'", "").replace("é", "e").replace("&", "") for x in g)
        add(c, CF, b, "en", f"{nouns[b].capitalize()} luxury new", f"{nouns[b].capitalize()}, high quality.\n\n{tags} #luxury #fashion #aaa #1to1", cheap(b, .02, .1),
            cat=B[b][1], tactic=t, also=g[1:], mkt=R.choice(["instagram-shop", "tiktok-shop", "depop", "facebook-marketplace"]))


def cf_seller_mimic():
    c, t = "cf_seller_mimic", "the shop id mimics the authorized seller (0/O, I/l, -store, _official) on the same marketplace, brand plain, far below the floor"
    T = [("nike", "tmall", "nike-0fficial", "Nike官方旗舰店"), ("nike", "amazon-us", "A2NIKEOFFICIAL", "Nike"), ("samsung", "amazon-us", "A8SAMSUNGOFFICIAL", "Samsung Electronics"),
         ("apple", "tmall", "apple-officiaI", "Apple Store官方旗舰店"), ("apple", "amazon-us", "A9APPLE0FFlCIAL", "Apple"), ("bose", "ebay", "bose-refurbished-store", "Bose Certified Refurbished"),
         ("dyson", "tmall", "dyson_official", "Dyson戴森官方旗舰店"), ("rolex", "ebay", "rolex-certified-pre-owned", "Rolex Certified Pre-Owned"), ("lego", "amazon-us", "A19LEG0", "LEGO"),
         ("canada-goose", "amazon-us", "A1CGOOSEOFFICIAL", "Canada Goose"), ("louis-vuitton", "tmall", "louisvuitton-officia1", "Louis Vuitton官方旗舰店"),
         ("michael-kors", "amazon-us", "A6MKORSOFFICIAL", "Michael Kors"), ("honda", "ebay", "honda-genuine-parts-usa", "Honda Genuine Parts")]
    for b, mkt, sid, sname in T:
        n, cat, p, m, fl, noun = B[b]
        lang = "zh" if mkt == "tmall" else "en"
        ti = f"{n} {p} 正品 限时特价" if lang == "zh" else f"{n} {p} - official store clearance"
        add(c, CF, b, lang, ti, ti + f" {m}", cheap(b, .05, .15), cat=cat, tactic=t, mkt=mkt, seller=(sid, sname))


def lang_class(c, t, lang, cues, title_f, desc_f, n=13, brands=None, lo=.03, hi=.15):
    for i, b in enumerate(cyc(brands or PHYS, n)):
        nm, cat, p, m, fl, noun = B[b]
        cue = cues[i % len(cues)]
        add(c, CF, b, lang, title_f.format(n=nm, p=p, cue=cue, m=m), desc_f.format(n=nm, p=p, cue=cue, m=m), cheap(b, lo, hi), cat=cat, tactic=t)


def cf_lang_classes():
    lang_class("cf_lang_sea", "South-East Asian trade words: KW super / grade ori / ori premium (id), hàng rep 1:1 / like auth / super fake (vi), งานมิลเลอร์ (th)", "id",
               ["KW super", "grade ori", "ori premium", "KW mirror", "kualitas ori 1:1"], "{n} {p} {cue}", "{n} {p} {cue}, bisa COD, garansi uang kembali.", n=7)
    lang_class("cf_lang_sea", "South-East Asian trade words: KW super / grade ori / ori premium (id), hàng rep 1:1 / like auth / super fake (vi), งานมิลเลอร์ (th)", "vi",
               ["hàng rep 1:1", "like auth", "super fake", "hàng loại 1 siêu cấp", "rep 11 cao cấp"], "{n} {p} {cue}", "{n} {p} {cue}, freeship, bao check.", n=7)
    lang_class("cf_lang_ph_class_a", "Philippine 'Class A' / 'OEM' / 'US reject' wording, Tagalog-English", "tl",
               ["Class A", "Class AAA", "OEM original", "US reject", "Overruns class A"], "{n} {p} {cue}", "{n} {p} {cue}! Legit seller, COD Metro Manila. Pm for sizes po.", n=13)
    lang_class("cf_lang_latam", "Latin American Spanish/Portuguese: calidad espejo, clon, tipo original, primeira linha, réplica AAA, importado", "es",
               ["calidad espejo", "clon AAA", "tipo original", "réplica triple A", "1.1 importado"], "{n} {p} {cue}", "{n} {p}, {cue}. Envíos a todo México, pago contra entrega.", n=7)
    lang_class("cf_lang_latam", "Latin American Spanish/Portuguese: calidad espejo, clon, tipo original, primeira linha, réplica AAA, importado", "pt",
               ["primeira linha", "réplica premium", "linha A", "importado 1:1", "qualidade AAA"], "{n} {p} {cue}", "{n} {p} {cue}. Envio para todo Brasil, parcelo no cartão.", n=7)
    lang_class("cf_lang_india", "Indian English trade words: first copy, 7A master copy, mirror copy, OG box, COD", "hi",
               ["first copy", "7A master copy", "mirror copy", "OG quality", "UA quality"], "{n} {p} {cue}", "{n} {p} {cue} with OG box. COD available all India. DM on insta.", n=13)
    lang_class("cf_lang_ar_fa", "Arabic/Persian trade words with the Latin mark: ماستر كوالتي, هاي كوبي, طبق الأصل, كوبي ون, های کپی", "ar",
               ["ماستر كوالتي", "هاي كوبي", "طبق الأصل", "كوبي ون", "درجة أولى"], "{n} {p} {cue}", "{n} {p} {cue} مع العلبة. توصيل سريع.", n=9)
    lang_class("cf_lang_ar_fa", "Arabic/Persian trade words with the Latin mark: ماستر كوالتي, هاي كوبي, طبق الأصل, كوبي ون, های کپی", "fa",
               ["های کپی", "مستر کپی", "کپی درجه یک", "فیک"], "{n} {p} {cue}", "{n} {p} {cue} با جعبه. ارسال به سراسر کشور", n=5)
    lang_class("cf_lang_ru_uk", "Russian/Ukrainian trade words with the Latin mark: люкс, копия, реплика, 1в1, ААА (Cyrillic A), топ качество", "ru",
               ["люкс копия", "реплика 1в1", "ААА качество", "топ качество", "лучшая копия"], "{n} {p} {cue}", "{n} {p}, {cue}. Доставка СДЭК, оплата при получении.", n=9)
    lang_class("cf_lang_ru_uk", "Russian/Ukrainian trade words with the Latin mark: люкс, копия, реплика, 1в1, ААА (Cyrillic A), топ качество", "uk",
               ["копія люкс", "репліка 1в1", "якість ААА"], "{n} {p} {cue}", "{n} {p}, {cue}. Відправка Новою поштою.", n=5)
    lang_class("cf_lang_eu_mixed", "European trade words: Replik/Nachbau (de), copie/qualité miroir (fr), replica perfetta (it), zamiennik 1:1 (pl), birebir/A kalite (tr), namaak (nl), kopia (sv)", "de",
               ["Replik", "Nachbau 1:1", "Top-Kopie"], "{n} {p} {cue}", "{n} {p} – {cue}, nicht vom Original zu unterscheiden.", n=3)
    lang_class("cf_lang_eu_mixed", "European trade words", "fr", ["qualité miroir", "copie conforme", "réplique"], "{n} {p} {cue}", "{n} {p}, {cue}, envoi rapide.", n=3)
    lang_class("cf_lang_eu_mixed", "European trade words", "it", ["replica perfetta", "copia 1:1", "prima scelta replica"], "{n} {p} {cue}", "{n} {p} {cue}, spedizione veloce.", n=3)
    lang_class("cf_lang_eu_mixed", "European trade words", "pl", ["zamiennik 1:1", "replika premium", "jakość jak oryginał"], "{n} {p} {cue}", "{n} {p} {cue}, wysyłka 24h.", n=3)
    lang_class("cf_lang_eu_mixed", "European trade words", "tr", ["A kalite", "birebir", "AAA kalite replika"], "{n} {p} {cue}", "{n} {p} {cue}, kapıda ödeme.", n=3)
    lang_class("cf_lang_eu_mixed", "European trade words", "nl", ["replica 1 op 1", "AAA kwaliteit kopie"], "{n} {p} {cue}", "{n} {p} {cue}, snel verzonden.", n=2)
    lang_class("cf_lang_eu_mixed", "European trade words", "sv", ["kopia 1:1", "replika toppkvalitet"], "{n} {p} {cue}", "{n} {p} {cue}, snabb leverans.", n=2)
    lang_class("cf_lang_ja_ko", "Japanese/Korean trade words with the Latin mark: N級品, S級, スーパーコピー, 最高級, 미러급, 레플, 정품급, SA급", "ja",
               ["N級品", "S級品", "スーパーコピー", "最高級品"], "{n} {p} {cue}", "{n} {p} {cue} 新品未使用 送料無料", n=7)
    lang_class("cf_lang_ja_ko", "Japanese/Korean trade words with the Latin mark", "ko", ["미러급", "레플", "정품급", "SA급"], "{n} {p} {cue}", "{n} {p} {cue} 새상품 택포", n=7)


EMOJI_SUB = {"o": "⭕", "a": "🅰️", "i": "ℹ️", "b": "🅱️", "x": "❌", "e": "📧"}


def cf_emoji_letters():
    c, t = "cf_emoji_letters", "emoji standing for letters inside the mark (R⭕LEX, 🅱️OSE, CH🅰️NEL-style), low price"
    T = [("rolex", "R⭕LEX"), ("rolex", "ROLE❌"), ("bose", "🅱️OSE"), ("omega", "⭕MEGA"), ("coach", "C⭕ACH"), ("adobe", "🅰️DOBE"), ("lego", "LEG⭕"), ("dyson", "DYS⭕N"),
         ("gucci", "GUCC ℹ️"), ("nike", "NℹKE"), ("bmw", "🅱️MW"), ("burberry", "🅱️URBERRY"), ("canon", "CAN⭕N")]
    for b, w in T:
        n, cat, p, m, fl, noun = B[b]
        add(c, CF, b, "en", f"{w} {p} ✨ new ✨", f"{w} {noun} 🔥 best price 🔥", cheap(b, .03, .15), cat=cat, tactic=t, mkt=R.choice(["tiktok-shop", "instagram-shop", "facebook-marketplace"]))


def cf_identity_claim():
    c, t = "cf_identity_claim", "no trade slang: the copy is claimed in ordinary words (indistinguishable from the original, nobody can tell, same as the boutique, all logos and engravings correct)"
    claims = ["Indistinguishable from the original, all logos and engravings correct.", "Nobody will ever tell the difference, even at the store.", "Same as the boutique piece down to the serial number.",
              "Identical to the real one in every detail, comes with all papers.", "Looks and feels exactly like the genuine item, same weight.", "Made to the same specification as the original, with logos."]
    for i, b in enumerate(cyc(PHYS, 14)):
        n, cat, p, m, fl, noun = B[b]
        add(c, CF, b, "en", f"{n} {p} {noun}", claims[i % len(claims)], cheap(b, .06, .2), cat=cat, tactic=t)


def cf_mystery_box():
    c, t = "cf_mystery_box", "'mystery box' / 'luxury surprise box' naming the brands one may get, at a price below any of them"
    groups = [["apple", "samsung", "sony"], ["rolex", "omega", "cartier"], ["louis-vuitton", "gucci", "michael-kors"], ["nike", "adidas", "puma"], ["dyson", "philips"],
              ["lego", "hasbro", "mattel"], ["pandora", "swarovski"], ["canada-goose", "the-north-face"], ["apple", "bose", "sony"], ["gucci", "burberry", "coach"],
              ["loreal", "estee-lauder", "shiseido"], ["nintendo", "sony", "microsoft"]]
    for g in groups:
        names = ", ".join(B[x][0] for x in g)
        add(c, CF, g[0], "en", f"Luxury mystery box — chance of {names}!", f"Every box contains at least one premium item: {names}. 100% real looking. No returns.",
            R.uniform(19, 49), cur="USD", cat="mystery boxes", tactic=t, also=g[1:], mkt=R.choice(["tiktok-shop", "whatnot", "ebay", "temu"]))


# =============================================================== INNOCENT (TRAP) CLASSES
def in_used_genuine_resale():
    c, t = "in_used_genuine_resale", "genuine item sold second-hand by a private person at a used price (can be well below the new price floor), proof of purchase, wear described"
    en = ["Bought at the {n} store in {y}, receipt and box included. Some signs of wear, see photos.", "Selling my {n} {p}, used for two seasons, authentic, receipt from the boutique.",
          "Genuine {n}, gift I never used much. Serial matches the papers. Pick-up or post."]
    de = "Original {n} {p}, gekauft {y} im Store, Rechnung vorhanden. Gebrauchsspuren."
    fr = "{n} {p} authentique, acheté en boutique en {y}, facture fournie. Bon état."
    ja = "{n} {p} 正規店購入 {y}年 レシートあり 使用感あり"
    for i, b in enumerate(cyc(DURABLE, 18)):
        n, cat, p, m, fl, noun = B[b]
        y = R.choice([2019, 2020, 2021, 2022, 2023])
        lang = ["en", "en", "de", "fr", "ja", "en"][i % 6]
        usd = fl * R.uniform(.35, .7)
        if lang == "en":
            add(c, IN, None, lang, f"Used {n} {p} - authentic, with receipt", R.choice(en).format(n=n, p=p, y=y), usd, cat=cat, tactic=t, mkt=R.choice(["ebay", "facebook-marketplace", "craigslist", "vinted-uk"]))
        elif lang == "de":
            add(c, IN, None, lang, f"{n} {p} gebraucht, Original mit Rechnung", de.format(n=n, p=p, y=y), usd, cat=cat, tactic=t, mkt="kleinanzeigen")
        elif lang == "fr":
            add(c, IN, None, lang, f"{n} {p} d'occasion, authentique", fr.format(n=n, p=p, y=y), usd, cat=cat, tactic=t, mkt=R.choice(["leboncoin", "vinted-fr"]))
        else:
            add(c, IN, None, lang, f"{n} {p} 中古 正規品", ja.format(n=n, p=p, y=y), usd, cat=cat, tactic=t, mkt="mercari-jp")


def in_broken_for_parts():
    c, t = "in_broken_for_parts", "genuine item that is broken, sold 'for parts / not working' at a scrap price"
    T = [("apple", "iPhone 13 for parts, cracked screen, iCloud locked, does not power on", "phones", 60), ("samsung", "Samsung Galaxy S22 Ultra for parts, bent frame, no display", "phones", 55),
         ("sony", "Sony WH-1000XM4 left cup dead, for parts or repair", "headphones", 35), ("bose", "Bose QC35 II - headband snapped, no sound right side, spares", "headphones", 20),
         ("dyson", "Dyson Supersonic HD03 faulty (flashing red), spares or repair", "hair care", 45), ("nintendo", "Nintendo Switch console no power, for parts, no joycons", "consoles", 45),
         ("canon", "Canon EOS 5D Mark III body, error 20 shutter failure, for parts", "cameras", 180), ("philips", "Philips Sonicare DiamondClean handle, won't charge, for parts", "electric toothbrushes", 10),
         ("panasonic", "Panasonic Arc5 shaver, motor dead, for parts", "shavers", 18), ("bosch", "Bosch GSR 12V drill, body only, gearbox noisy, spares", "power tools", 15),
         ("apple", "MacBook Air M1 liquid damage, board dead, for parts", "laptops", 150), ("sony", "Sony PlayStation 5 disc, HDMI port damaged, spares or repair", "consoles", 130),
         ("microsoft", "Xbox Series X, no video output, for parts", "consoles", 120), ("honda", "Honda EU2000i generator, won't start, for parts or rebuild", "generators", 220),
         ("omega", "Omega Seamaster quartz 1990s, not running, for parts or service, genuine", "watches", 350), ("rolex", "Rolex 1570 movement parts, genuine, as-is", "watches", 450)]
    for b, ti, cat, usd in T:
        lang = "en"
        add(c, IN, None, lang, ti, ti + ". Sold as seen, no returns.", usd * R.uniform(.9, 1.1), cat=cat, tactic=t, mkt=R.choice(["ebay", "facebook-marketplace", "craigslist"]))


def in_installment_rental_price():
    c, t = "in_installment_rental_price", "genuine goods whose price field is a monthly instalment, a daily/weekly rental fee or a deposit"
    T = [("apple", "en", "iPhone 15 Pro 128GB — $37.41/mo for 24 months with eligible plan", "phones", 37.41, "USD"), ("samsung", "en", "Galaxy S24 Ultra 256GB, $41.66/month, 0% APR 24 mo", "phones", 41.66, "USD"),
         ("canon", "en", "Rent: Canon EOS R6 Mark II body, per day", "cameras", 45, "USD"), ("canon", "de", "Canon RF 24-105mm F4L mieten – pro Tag", "lenses", 19, "EUR"),
         ("sony", "en", "Sony Alpha 7 IV rental, weekend rate", "cameras", 89, "USD"), ("dyson", "en", "Dyson Airwrap rental for your wedding weekend", "hair care", 35, "USD"),
         ("louis-vuitton", "en", "Authentic Louis Vuitton Neverfull MM to rent, per week", "handbags", 59, "USD"), ("rolex", "en", "Rolex Submariner hire for events, per day (deposit required)", "watches", 150, "USD"),
         ("nintendo", "ja", "Nintendo Switch 有機ELモデル レンタル 1週間", "consoles", 2980, "JPY"), ("apple", "de", "MacBook Air M3 mieten ab 39,90 € im Monat", "laptops", 39.9, "EUR"),
         ("bosch", "de", "Bosch Professional Bohrhammer GBH 2-26 leihen, Tagesmiete", "power tools", 15, "EUR"), ("honda", "en", "Honda EU2200i generator rental, daily rate", "generators", 49, "USD"),
         ("sony", "fr", "Location PlayStation 5 + 2 manettes, par semaine", "consoles", 25, "EUR"), ("apple", "zh", "苹果 iPhone 15 Pro 租赁 月租 信用免押", "phones", 299, "CNY")]
    for b, lang, ti, cat, amt, cur in T:
        add(c, IN, None, lang, ti, ti, price={"amount": amt, "currency": cur}, cat=cat, tactic=t)


def in_retail_fair_price():
    c, t = "in_retail_fair_price", "an established retailer not in the registry selling new genuine goods at the normal price"
    desc = {"de": "Neu, originalverpackt. Herstellergarantie.", "fr": "Neuf, garantie constructeur.", "es": "Nuevo, garantía del fabricante.", "ja": "新品 メーカー保証付き",
            "zh": "全新正品 京东自营 全国联保", "en": "New, manufacturer warranty."}
    for i, b in enumerate(cyc(ALL, 16)):
        n, cat, p, m, fl, noun = B[b]
        sid, sname, lang = R.choice(RETAIL[RETAIL_OF[b]])
        add(c, IN, None, lang, f"{n} {p}", f"{n} {p} ({m}). " + desc[lang], fair(b), cat=cat, tactic=t, mkt=sid, seller=(sid + "-store", sname))


def in_authorized_seller():
    c, t = "in_authorized_seller", "the brand's own authorized store from the registry, at full price"
    T = [("nike", "tmall", "nike-official", "Nike官方旗舰店", "zh"), ("adidas", "amazon-de", "A3ADIDAS0FFICIAL", "adidas", "de"), ("bose", "ebay", "bose-refurbished", "Bose Certified Refurbished (demo)", "en"),
         ("samsung", "amazon-de", "A8SAMSUNGDE", "Samsung Deutschland", "de"), ("apple", "amazon-us", "A9APPLE0FFICIAL", "Apple", "en"), ("rolex", "ebay", "rolex-certified-preowned-demo", "Rolex Certified Pre-Owned (demo retailer)", "en"),
         ("honda", "ebay", "honda-genuine-parts-us", "Honda Genuine Parts (demo dealer)", "en"), ("mars", "tmall", "dove-chocolate-official", "德芙官方旗舰店", "zh"),
         ("danone", "tmall", "evian-official", "依云官方旗舰店", "zh"), ("loreal", "tmall", "lancome-official", "兰蔻官方旗舰店", "zh"), ("lego", "amazon-us", "A19LEGO", "LEGO", "en"),
         ("dyson", "amazon-us", "A27DYSON", "Dyson", "en"), ("pandora", "amazon-de", "A33PANDORA", "Pandora", "de"), ("toyota", "ebay", "toyota-parts-direct", "Toyota Parts Direct (demo dealer)", "en")]
    for b, mkt, sid, sname, lang in T:
        n, cat, p, m, fl, noun = B[b]
        add(c, IN, None, lang, f"{n} {p} {m}", f"{n} {p}", fair(b, 1.0, 1.15), cat=cat, tactic=t, mkt=mkt, seller=(sid, sname))


def in_compatible_accessories():
    c, t = "in_compatible_accessories", "third-party accessories and refills naming the brand for fit, in many languages (capsules, ink, filters, ear pads, brush heads, straps, cases, chargers)"
    T = [("fr", "Capsules compatibles Nespresso, café lungo, 100 pièces", "coffee", 22, "EUR"), ("de", "Kapseln kompatibel mit Nespresso Original, 50 Stück, Bio", "coffee", 14, "EUR"),
         ("en", "Replacement ear pads for Bose QuietComfort 45, protein leather", "headphone accessories", 19, "USD"), ("en", "HEPA filter for Dyson V15 Detect, 2 pack, washable", "vacuum accessories", 17, "USD"),
         ("en", "Brush heads compatible with Philips Sonicare, 8 pack", "oral care", 15, "USD"), ("es", "Correa para Apple Watch 45mm de silicona", "accesorios", 9, "EUR"),
         ("ru", "Чехол для Samsung Galaxy S24 Ultra, силикон, прозрачный", "аксессуары", 690, "RUB"), ("ja", "iPhone 15 Pro 対応 ガラスフィルム 2枚", "スマホアクセサリー", 1280, "JPY"),
         ("zh", "适用于 佳能 LP-E6NH 电池 副厂 2块装", "相机配件", 139, "CNY"), ("en", "Remanufactured ink cartridge for Canon PG-545 black, XL", "ink", 14, "USD"),
         ("pl", "Ładowarka do Samsung 25W USB-C, zamiennik, nie oryginał", "ładowarki", 35, "PLN"), ("it", "Custodia per Nintendo Switch OLED, rigida, nera", "accessori", 15, "EUR"),
         ("en", "Razor blades fit Gillette Mach3 handles, 12 cartridges, store brand", "razor blades", 9, "USD"), ("tr", "Dyson Airwrap uyumlu saklama standı, akrilik", "aksesuar", 450, "TRY"),
         ("nl", "Hoesje voor AirPods Pro 2, siliconen, met karabijnhaak", "accessoires", 8, "EUR"), ("pt", "Pulseira compatível com Samsung Galaxy Watch 6, couro", "acessórios", 39, "BRL"),
         ("en", "Silicone case for Sony WH-1000XM5 headband cover", "headphone accessories", 11, "USD")]
    for lang, ti, cat, amt, cur in T:
        add(c, IN, None, lang, ti, ti, price={"amount": amt, "currency": cur}, cat=cat, tactic=t)


def in_aftermarket_parts_oem_ref():
    c, t = "in_aftermarket_parts_oem_ref", "aftermarket parts by other makers quoting the OEM part number they replace (ersetzt / reemplaza / 替代 / cross reference)"
    T = [("en", "MANN-FILTER W 610/3 oil filter — replaces Toyota 90915-YZZD1", "auto parts", 7, "USD"), ("de", "Brembo Bremsscheibe 09.C394.13, ersetzt BMW 34116860016", "Autoteile", 58, "EUR"),
         ("en", "FRAM PH7317 oil filter, cross reference Honda 15400-PLM-A02", "auto parts", 6, "USD"), ("es", "Pastillas de freno TRW GDB3425, reemplaza Toyota 04465-02220", "repuestos", 32, "EUR"),
         ("en", "K&N 33-2468 air filter, replaces Honda 17220-5BA-A00, washable", "auto parts", 52, "USD"), ("zh", "马勒 机油滤芯 OC 1196 替代 宝马 11428575211", "汽车配件", 45, "CNY"),
         ("de", "Hengst E340H D247 Ölfilter, Vergleichsnummer BMW 11 42 8 575 211", "Autoteile", 11, "EUR"), ("en", "Bosch 3323 oil filter replaces Toyota 90915-YZZD1", "auto parts", 8, "USD"),
         ("en", "ATE brake pads 13.0460-7286, equivalent to BMW OE, front axle", "auto parts", 49, "USD"), ("pl", "Filtr powietrza Filtron AP 185/6 zamiennik Honda 17220-5BA-A00", "części", 45, "PLN"),
         ("en", "Denso iridium spark plug IK20TT, fits Honda and Toyota engines", "auto parts", 9, "USD"), ("ru", "Фильтр масляный MANN W 610/3 аналог Toyota 90915-YZZD1", "автозапчасти", 690, "RUB"),
         ("en", "Akebono ProACT ceramic pads ACT1210, OE replacement for Toyota Camry", "auto parts", 45, "USD"), ("fr", "Plaquettes Ferodo FDB4421 compatibles Honda Civic", "pièces auto", 35, "EUR")]
    for lang, ti, cat, amt, cur in T:
        add(c, IN, None, lang, ti, ti + ".", price={"amount": amt, "currency": cur}, cat=cat, tactic=t)


def in_media_about_brands():
    c, t = "in_media_about_brands", "books, films, magazines and documentaries about a brand or named after it (House of Gucci, Air, Shoe Dog, The LEGO Movie, Barbie, Transformers)"
    T = [("en", "House of Gucci (2021) Blu-ray, Lady Gaga, Adam Driver", "movies", 12), ("en", "Air (2023) Blu-ray — Matt Damon, the story of Air Jordan", "movies", 14),
         ("en", "Shoe Dog: A Memoir by the Creator of Nike, Phil Knight, paperback", "books", 9), ("en", "The LEGO Movie 2 DVD, kids' film", "movies", 6),
         ("en", "Barbie (2023) 4K UHD, Margot Robbie, sealed", "movies", 22), ("de", "Transformers – Aufstieg der Bestien, Blu-ray", "Filme", 11),
         ("fr", "Vuitton: la saga d'une maison, livre d'occasion", "livres", 15), ("en", "Vintage Rolex: The Watches, the Stories — hardcover, collectors' guide", "books", 48),
         ("es", "Steve Jobs, biografía de Walter Isaacson (Apple)", "libros", 12), ("ja", "ソニー 創業者 盛田昭夫 著 MADE IN JAPAN 文庫本", "本", 600),
         ("en", "Tetris (2023) Apple TV film poster, 24x36", "posters", 15), ("it", "Ferrero: una storia di famiglia, libro", "libri", 14),
         ("en", "The Toyota Way, Jeffrey Liker, 2nd edition, used", "books", 18), ("zh", "《乐高大电影》DVD 正版", "影视", 25), ("en", "Dyson: Against the Odds, James Dyson autobiography", "books", 10),
         ("en", "Michelin Guide France 2024, the red guide, used copy", "books", 12)]
    for lang, ti, cat, amt in T:
        add(c, IN, None, lang, ti, ti + ".", price={"amount": amt, "currency": {"en": "USD", "de": "EUR", "fr": "EUR", "es": "EUR", "ja": "JPY", "it": "EUR", "zh": "CNY"}[lang]}, cat=cat, tactic=t)


def in_services():
    c, t = "in_services", "repair, cleaning, servicing, coding and restoration services for a brand's goods"
    T = [("en", "Rolex service & polish — full movement overhaul by certified watchmaker", "services", 550), ("en", "iPhone 15 Pro screen replacement, same day, Apple parts", "services", 129),
         ("en", "Sneaker cleaning & restoration: Nike, Jordan, Yeezy — per pair", "services", 25), ("de", "Dyson Reparatur: Akku- und Motorwechsel für V10/V11/V15", "Dienstleistungen", 69),
         ("en", "BMW coding service: CarPlay activation, F/G series, mobile", "services", 120), ("fr", "Restauration sac Louis Vuitton: poignées, coins, vachetta", "services", 150),
         ("es", "Servicio técnico Samsung: cambio de batería Galaxy S22/S23", "servicios", 59), ("en", "Canada Goose jacket cleaning and re-proofing, down safe", "services", 60),
         ("it", "Riparazione Nintendo Switch: joycon drift, sostituzione stick", "servizi", 25), ("en", "Bosch dishwasher repair and installation, licensed technician", "services", 95),
         ("pt", "Conserto de notebook Apple MacBook, troca de teclado", "serviços", 450), ("zh", "欧米茄 手表 维修 保养 抛光 换电池", "维修服务", 300),
         ("en", "Honda Civic 10th gen oil service incl. genuine filter — local garage", "services", 89), ("ja", "キヤノン カメラ センサークリーニング 即日", "サービス", 3300)]
    for lang, ti, cat, amt in T:
        cur = {"en": "USD", "de": "EUR", "fr": "EUR", "es": "EUR", "it": "EUR", "pt": "BRL", "zh": "CNY", "ja": "JPY"}[lang]
        add(c, IN, None, lang, ti, ti + ".", price={"amount": amt, "currency": cur}, cat=cat, tactic=t)


def in_anti_counterfeit():
    c, t = "in_anti_counterfeit", "services and goods that fight fakes and so use the trade's words (legit check, authentication, 'how to spot a replica', UV pens)"
    T = [("en", "Legit check service: we tell you if your Jordan 1s are real or 1:1 reps, 24h", "services", 10), ("en", "Louis Vuitton authentication by certified expert, written certificate", "services", 35),
         ("en", "How to spot fake AirPods: ebook with photos of replica vs genuine", "ebooks", 5), ("en", "Rolex authentication & appraisal — super clones detected, report with photos", "services", 75),
         ("de", "Echtheitsprüfung für Gucci-Taschen – Fälschung oder Original? Gutachten", "Dienstleistungen", 29), ("fr", "Authentification Chanel, Hermès, Louis Vuitton — détection des copies", "services", 30),
         ("zh", "鉴定服务 耐克 AJ 真假鉴定 莆田货 高仿 一眼识别", "服务", 15), ("en", "UV blacklight pen for checking counterfeit bank notes and luxury tags", "tools", 7),
         ("en", "Counterfeit Canada Goose spotting guide — patch, hologram, tags explained", "ebooks", 4), ("es", "Verificación de autenticidad de tenis Nike y adidas, réplicas detectadas", "servicios", 150),
         ("en", "Entrupy-style authentication for Michael Kors and Coach bags, fake or real", "services", 20), ("ko", "명품 감정 서비스 구찌 루이비통 가품 판별", "서비스", 30000),
         ("en", "Seminar: protecting brands from counterfeit Dyson and Samsung goods, IP law CPD", "courses", 199)]
    for lang, ti, cat, amt in T:
        cur = {"en": "USD", "de": "EUR", "fr": "EUR", "es": "MXN", "zh": "CNY", "ko": "KRW"}[lang]
        add(c, IN, None, lang, ti, ti + ".", price={"amount": amt, "currency": cur}, cat=cat, tactic=t)


def in_wanted_to_buy():
    c, t = "in_wanted_to_buy", "wanted-to-buy posts: the poster wants a genuine item and states what they pay"
    T = [("en", "WTB: Rolex Submariner 126610LN, paying cash, full set only", "watches", 9000, "USD"), ("de", "Suche Nintendo Switch OLED, zahle bis 200 €", "Konsolen", 200, "EUR"),
         ("ru", "Куплю iPhone 15 Pro, можно с царапинами", "телефоны", 50000, "RUB"), ("zh", "求购 乐高 75192 千年隼 未拆", "积木", 4500, "CNY"), ("fr", "Recherche sac Louis Vuitton Speedy 30 authentique", "sacs", 500, "EUR"),
         ("en", "Looking for: Canada Goose Expedition parka size M, genuine only", "parkas", 400, "USD"), ("es", "Compro Dyson Airwrap usado, que funcione", "cuidado del cabello", 4000, "MXN"),
         ("ja", "求む ルイヴィトン ネヴァーフル 正規品のみ", "バッグ", 80000, "JPY"), ("en", "ISO Omega Speedmaster Professional, will pay fair price", "watches", 4500, "USD"),
         ("pl", "Kupię LEGO Technic 42115 Lamborghini, może być używane", "klocki", 1200, "PLN"), ("ko", "삽니다 나이키 조던1 시카고 정품만", "신발", 300000, "KRW"),
         ("en", "WTB Bose QC45, broken ok, for parts", "headphones", 30, "USD"), ("it", "Cerco Cartier Love bracciale originale con certificato", "gioielli", 4500, "EUR"), ("tr", "Sony PS5 alınır, temiz olsun", "konsol", 12000, "TRY")]
    for lang, ti, cat, amt, cur in T:
        add(c, IN, None, lang, ti, ti, price={"amount": amt, "currency": cur}, cat=cat, tactic=t)


def simple(c, t, T, default_cur=None):
    for row in T:
        lang, ti, cat, amt = row[:4]
        cur = row[4] if len(row) > 4 else (default_cur or LANG_CUR[lang])
        desc = row[5] if len(row) > 5 else ti + "."
        add(c, IN, None, lang, ti, desc, price={"amount": amt, "currency": cur}, cat=cat, tactic=t)


def in_people_names():
    simple("in_people_names", "people who share a brand's name (Keisuke Honda, Gucci Mane, Bruno Mars, S. N. Bose, Freeman Dyson, Owen Wilson, Levi Ackerman, Stan Smith the player, Santos FC)", [
        ("en", "Keisuke Honda signed AC Milan shirt #10 with COA", "sports memorabilia", 180, "USD"), ("en", "Gucci Mane – The Return of East Atlanta Santa, vinyl LP", "vinyl records", 28, "USD"),
        ("en", "Bruno Mars – 24K Magic, vinyl, sealed", "vinyl records", 25, "USD"), ("en", "Bose–Einstein condensation, Pitaevskii & Stringari, physics textbook", "books", 45, "USD"),
        ("en", "Disturbing the Universe by Freeman Dyson, first edition", "books", 30, "USD"), ("en", "Owen Wilson & Jackie Chan — Shanghai Noon DVD", "movies", 5, "USD"),
        ("en", "Levi Ackerman figure, Attack on Titan, Pop Up Parade, 17cm", "action figures", 39, "USD"), ("en", "Stan Smith 1972 Wimbledon champion signed photo 8x10", "sports memorabilia", 65, "USD"),
        ("pt", "Camisa Santos FC 2024 torcedor, tamanho G", "camisas de futebol", 180, "BRL"), ("en", "Michael Jordan 1986 Fleer rookie card reprint, display", "trading cards", 12, "USD"),
        ("en", "Coach K: Leading with the Heart, Mike Krzyzewski, hardcover", "books", 9, "USD"), ("de", "Rebel Wilson – Pitch Perfect DVD", "Filme", 5, "EUR"),
        ("ja", "本田圭佑 サイン入り 日本代表 ユニフォーム", "スポーツ記念品", 25000, "JPY"), ("en", "Jordan Peterson — 12 Rules for Life, paperback", "books", 11, "USD"),
        ("es", "Miguel Bosé – Bandido, vinilo original 1984", "vinilos", 25, "EUR"), ("en", "Shel Silverstein — Where the Sidewalk Ends, hardcover", "books", 10, "USD")])


def in_places_venues_events():
    simple("in_places_venues_events", "places, venues and events named after or with a brand (Honda Center, Rolex Paris Masters, Coca-Cola 600, Sony Hall, Samsung Hall, Michelin-starred, Daytona Beach, Samsun)", [
        ("en", "2 tickets Honda Center Anaheim — concert, section 212", "tickets", 180, "USD"), ("fr", "Billets Rolex Paris Masters 2026, quarts de finale, 2 places", "billets", 240, "EUR"),
        ("en", "Coca-Cola 600 Charlotte Motor Speedway tickets, 4 seats", "tickets", 220, "USD"), ("en", "Sony Hall NYC — standing ticket for Friday show", "tickets", 45, "USD"),
        ("de", "2 Tickets Samsung Hall Zürich, Stehplatz", "Tickets", 110, "EUR"), ("en", "Dinner for two at a two-Michelin-star restaurant, gift voucher", "vouchers", 390, "USD"),
        ("en", "Daytona Beach souvenir t-shirt, 1990s spring break, vintage", "t-shirts", 18, "USD"), ("tr", "Samsun Atakum'da satılık 3+1 daire, denize sıfır", "emlak", 4500000, "TRY"),
        ("en", "Toyota Center Houston parking pass, Rockets game", "tickets", 30, "USD"), ("fr", "Séjour 2 nuits Évian-les-Bains, hôtel 4 étoiles, bord du lac", "voyages", 320, "EUR"),
        ("en", "Guided tour of BMW Welt and museum Munich, 2 adults", "tours", 60, "USD"), ("es", "Excursión Isla Mujeres y Playa del Carmen, Riviera Maya", "tours", 1500, "MXN"),
        ("zh", "米其林三星餐厅 双人套餐券 上海", "餐饮券", 3880, "CNY"), ("en", "Nike Women's Half Marathon 2008 finisher medal", "collectibles", 15, "USD"),
        ("en", "Canon Theatre Toronto program, Phantom of the Opera 1990", "collectibles", 12, "USD")])


def in_everyday_near_category():
    simple("in_everyday_near_category", "an everyday word that is also a mark, in (or next to) that brand's own category, generic goods at generic prices (love bracelet, monogram wallet, base camp tent, omega chain, pedigree puppies, airfryer by another maker)", [
        ("en", "Love bracelet with heart charm, sterling silver 925, adjustable", "jewelry", 24, "USD"), ("en", "Personalised monogram leather wallet — your initials embossed", "wallets", 35, "USD"),
        ("en", "4-person base camp tent, waterproof 3000mm, with vestibule", "outdoor gear", 139, "USD"), ("en", "Omega chain necklace 14k gold plated 3mm, 18 inch", "jewelry", 29, "USD"),
        ("en", "KC registered pedigree Labrador puppies, vet checked", "pets", 900, "GBP"), ("de", "Cosori Airfryer 5,5 L, Heißluftfritteuse, 11 Programme", "Küchengeräte", 99, "EUR"),
        ("en", "Galaxy print phone case for Pixel 8, glitter, shockproof", "phone accessories", 12, "USD"), ("en", "Jet set travel wallet for passports and boarding passes, RFID", "wallets", 19, "USD"),
        ("en", "Zodiac constellation necklace, Leo, gold-tone, gift box", "jewelry", 16, "USD"), ("en", "Latin samba dance shoes, women's, satin, 7cm heel", "dance shoes", 45, "USD"),
        ("en", "Blood pressure monitor, upper arm — ensures accurate readings, large cuff", "medical devices", 39, "USD"), ("en", "Network switch 8-port gigabit, unmanaged, metal", "accessories", 25, "USD"),
        ("en", "Nan's homemade fudge, 500g box, vanilla and sea salt", "confectionery", 12, "USD"), ("en", "Dove charm pendant, silver, peace symbol", "charms", 18, "USD"),
        ("en", "Apple-shaped felt coin purse, handmade, red with green leaf", "wallets", 9, "USD"), ("en", "Speedy dry quick-dry gym towel, microfibre", "sportswear", 12, "USD")])


def in_everyday_far():
    simple("in_everyday_far", "everyday words that are also marks, far from the brand's goods (coke for forges, puma plush, shell earrings, tic tac toe, mars globe, maya poems, supersonic jet, transformers 230V, light switch)", [
        ("en", "Blacksmith coke, 25 kg bag, low sulphur forge fuel", "metalworking", 35, "USD"), ("en", "Puma plush toy 30cm, wildlife collection", "toys", 15, "USD"),
        ("en", "Shell earrings, cowrie, boho summer jewelry", "jewelry", 9, "USD"), ("en", "Wooden tic tac toe board game, travel size", "toys", 11, "USD"),
        ("en", "Mars globe 30cm, NASA topography, illuminated", "home decor", 45, "USD"), ("en", "Maya Angelou — I Know Why the Caged Bird Sings, paperback", "books", 8, "USD"),
        ("en", "Supersonic jet model Concorde 1:200, die-cast", "models", 39, "USD"), ("de", "Ringkerntransformator 230V 100VA, Transformers für Audio", "Elektronik", 32, "EUR"),
        ("en", "Light switch cover plate, brushed brass, double", "home accessories", 8, "USD"), ("en", "Office chair ergonomic mesh, lumbar support", "furniture", 129, "USD"),
        ("en", "uPVC double glazed windows, made to measure, fitted", "building", 450, "USD"), ("en", "Adobe bricks, handmade sun-dried, pallet of 200", "building", 300, "USD"),
        ("en", "Acrobat yoga mat, extra thick 10mm", "fitness", 29, "USD"), ("en", "Jordan almonds, sugared, 1 lb wedding favours", "candy", 9, "USD"),
        ("en", "Civic centre parking permit holder, clear", "office supplies", 4, "USD"), ("de", "Kinder Regenjacke, wasserdicht, Gr. 122", "Kinderbekleidung", 25, "EUR")])


def in_near_miss_real_words():
    simple("in_near_miss_real_words", "real names and words one or two letters from a mark, often in the same sector (Phillips screwdriver, BMX bike, Boss pedal, Canton speakers, Toyo tyres, Pima cotton, Bauer skates, Carter's, Michelob, Shelly relay, Rolec charger, Canyon bikes, Nikon, Bayern)", [
        ("en", "Phillips screwdriver set, 6 pieces, magnetic tips", "hand tools", 15, "USD"), ("en", "BMX bike 20 inch, freestyle, 4 pegs", "bicycles", 249, "USD"),
        ("en", "Boss DS-1 distortion guitar pedal, used, works", "musical instruments", 45, "USD"), ("de", "Canton GLE 90 Lautsprecher Paar, schwarz", "Lautsprecher", 299, "EUR"),
        ("en", "Toyo Proxes Sport 245/40ZR18 tyre, new", "tires", 165, "USD"), ("en", "Pima cotton t-shirt men's, crew neck, 3 pack", "sportswear", 39, "USD"),
        ("en", "Bauer Vapor hockey skates, senior size 9", "sports", 299, "USD"), ("en", "Carter's baby bodysuits, 5 pack, 6 months", "baby clothing", 18, "USD"),
        ("en", "Michelob Ultra beer bucket, metal, bar decor", "collectibles", 25, "USD"), ("en", "Shelly Plus 1PM smart relay WiFi, DIN", "smart home", 22, "USD"),
        ("en", "Rolec EV charger 7kW tethered, type 2", "ev chargers", 549, "GBP"), ("de", "Canyon Ultimate CF SL 7 Rennrad, Größe M", "Fahrräder", 2199, "EUR"),
        ("en", "Nikon Z6 II mirrorless camera body, boxed", "cameras", 1399, "USD"), ("de", "FC Bayern München Schal, Fan-Artikel", "Fanartikel", 20, "EUR"),
        ("en", "Greene King Abbot Ale pump clip, pub memorabilia", "collectibles", 12, "GBP"), ("en", "Samsonite Proxis spinner 69cm, black", "luggage", 399, "USD")])


def in_trade_sense_cues():
    simple("in_trade_sense_cues", "the replica trade's words in their ordinary sense next to a brand: 1:18 scale models, replica football shirts, AAA batteries, Grade A refurbished, mirror caps, first copy of a book, 7A fuse", [
        ("en", "1:18 BMW M4 GT3 diecast by Minichamps, officially licensed", "die-cast models", 129, "USD"), ("en", "Honda Civic Type R FL5 1:24 plastic model kit, Tamiya", "model kits", 39, "USD"),
        ("en", "Toyota Land Cruiser 1:43 resin model, replica of the 1985 Dakar car", "die-cast models", 55, "USD"), ("en", "Replica home jersey Arsenal 24/25, adidas, men's L, with tags", "sportswear", 80, "USD"),
        ("en", "AAA batteries for Bose SoundTouch remote, 4 pack, alkaline", "batteries", 6, "USD"), ("en", "Grade A refurbished iPhone 14, 128GB, 90-day warranty, unlocked", "phones", 389, "USD"),
        ("en", "Mirror cap covers for BMW F30, gloss black, clip-on", "auto parts", 45, "USD"), ("en", "7.5A blade fuse for Honda EU2200i generator, 5 pack", "generators", 5, "USD"),
        ("en", "First copy of Rolex Oyster 1955 magazine advert, framed", "collectibles", 60, "USD"), ("de", "Nike Fan-Trikot Frankreich 2024 (Replica-Version), Gr. M, mit Etikett", "Sportbekleidung", 70, "EUR"),
        ("en", "Clone Hero guitar controller for PC, Xbox style, USB", "video games", 35, "USD"), ("en", "Canon PIXMA copy paper A4, 500 sheets, 80gsm", "office supplies", 7, "USD"),
        ("en", "Photo prints 1:1 square 10x10cm from your Canon or Sony files, 50 pcs", "photo services", 12, "USD"), ("en", "LEGO Technic 42115 1:8 scale Lamborghini, sealed, retail", "building sets", 449, "USD")])


def in_comparison_honest():
    simple("in_comparison_honest", "another maker's product compared with a brand, honestly (alternative to, vs, cheaper than, competes with), many languages", [
        ("en", "Shark FlexStyle — the alternative to the Dyson Airwrap, 5-in-1", "hair care", 229, "USD"), ("en", "Soundcore Space One ANC headphones — beats Bose QC45 on battery", "headphones", 89, "USD"),
        ("de", "Dreame V12 Akkusauger – Alternative zu Dyson V15, Lasererkennung", "Staubsauger", 299, "EUR"), ("fr", "Oral-B iO 5, plus silencieuse que Philips Sonicare, testée", "brosses à dents", 99, "EUR"),
        ("es", "Xiaomi Redmi Note 13, mejor relación calidad-precio que Samsung Galaxy", "teléfonos", 4200, "MXN"), ("it", "Moka Bialetti: meglio di Nespresso per l'espresso di casa", "caffè", 35, "EUR"),
        ("en", "Garmin Forerunner 265 vs Apple Watch — better battery, sealed", "watches", 349, "USD"), ("ru", "Наушники Sennheiser Momentum 4, конкурент Sony WH-1000XM5", "наушники", 27000, "RUB"),
        ("pl", "Blaszki do golenia Wilkinson Sword, tańsze niż Gillette, 10 szt.", "golenie", 39, "PLN"), ("en", "Seiko Prospex SPB143 — the affordable Submariner alternative everyone talks about", "watches", 1100, "USD"),
        ("ja", "ダイソンより軽い コードレス掃除機 マキタ CL107", "掃除機", 15800, "JPY"), ("en", "Cobi building blocks, Polish brand, fits with LEGO bricks", "building sets", 49, "USD"),
        ("en", "Fjällräven Expedition down jacket, rivals Canada Goose for warmth", "jackets", 450, "USD"), ("zh", "小米吹风机 H500 平价但不是戴森 负离子", "吹风机", 299, "CNY")])


def in_ingredients_recipes():
    simple("in_ingredients_recipes", "home bakers and caterers naming the branded ingredient they use (Nutella brownies, Snickers cheesecake, KitKat cake, Coca-Cola ham, Nescafé dalgona)", [
        ("en", "Homemade Nutella brownies, box of 12", "baked goods", 18, "USD"), ("en", "Snickers cheesecake, 9 inch, order 2 days ahead", "baked goods", 35, "USD"),
        ("en", "KitKat birthday cake with M&M's topping, serves 12", "cakes", 55, "USD"), ("en", "Coca-Cola glazed ham, Christmas catering, per kg", "catering", 25, "USD"),
        ("es", "Tarta de Kinder Bueno casera, 8 porciones", "repostería", 25, "EUR"), ("de", "Selbstgemachter Nutella-Zupfkuchen, ganzer Kuchen", "Backwaren", 18, "EUR"),
        ("fr", "Gâteau Ferrero Rocher fait maison, 10 parts", "pâtisserie", 30, "EUR"), ("en", "Dalgona coffee kit: Nescafé Gold + frother + recipe card, gift", "gift sets", 24, "USD"),
        ("pt", "Brigadeiro de Nutella, caixa com 20 unidades", "doces", 45, "BRL"), ("en", "Twix bar cupcakes, dozen, custom colours", "baked goods", 30, "USD"),
        ("tr", "Ev yapımı Nutellalı kurabiye, 500 g", "tatlı", 250, "TRY"), ("en", "Evian water ice cubes for cocktail events, catering add-on, per bag", "catering", 15, "USD")])


def in_vehicles_used():
    simple("in_vehicles_used", "used cars and motorcycles of a brand sold by private people or dealers at market prices", [
        ("en", "2016 Honda Civic EX sedan, 98k miles, clean title", "cars", 13500, "USD"), ("de", "BMW 320d Touring F31, 2017, 142.000 km, TÜV neu", "Autos", 15900, "EUR"),
        ("en", "2012 Toyota Corolla LE, 120k, one owner, service records", "cars", 8900, "USD"), ("fr", "Toyota Yaris hybride 2019, 65 000 km, première main", "voitures", 14500, "EUR"),
        ("en", "Honda Gold Wing GL1800 2018 Tour DCT, 22k miles", "motorcycles", 21000, "USD"), ("es", "Honda CR-V 2015 automática, 110.000 km, único dueño", "autos", 260000, "MXN"),
        ("pl", "Toyota Prius 2016, 180 tys. km, hybryda, serwisowany", "samochody", 55000, "PLN"), ("en", "BMW R1250GS 2020, panniers, heated grips", "motorcycles", 15500, "USD"),
        ("ja", "ホンダ スーパーカブ110 2019年 走行8000km", "バイク", 180000, "JPY"), ("tr", "Sahibinden Toyota Corolla 1.6 Vision 2018, 95.000 km", "otomobil", 850000, "TRY"),
        ("en", "Toyota Land Cruiser 200 2014, 160k km, full service history", "cars", 38000, "USD"), ("ru", "Honda Accord 2008, 2.4 АКПП, 210 тыс. км", "автомобили", 890000, "RUB")])


def in_jobs_real_estate():
    simple("in_jobs_real_estate", "job ads and property listings that mention a brand as employer or landmark", [
        ("en", "Hiring: Honda certified technician, full time, benefits", "jobs", 28, "USD", "Dealer service department seeks certified technician. $28/hour, 401k."),
        ("en", "Sales associate — Louis Vuitton boutique, Fifth Avenue", "jobs", 25, "USD", "Client advisor position, retail experience required. Hourly rate shown."),
        ("de", "Lagerhelfer (m/w/d) für BMW Werk Dingolfing gesucht", "Jobs", 16, "EUR", "Zeitarbeit, Stundenlohn 16 €."), ("en", "2BR apartment 5 min from Nike World HQ, Beaverton", "real estate", 2100, "USD"),
        ("en", "Room for rent near Toyota plant, Georgetown KY", "real estate", 650, "USD"), ("pl", "Praca: operator produkcji LG i Samsung, Wrocław, od zaraz", "praca", 32, "PLN", "Stawka godzinowa 32 zł brutto."),
        ("en", "Independent phone repair shop hiring technician, iPhone and Samsung experience", "jobs", 20, "USD"),
        ("zh", "招聘 宝马4S店 销售顾问 底薪+提成", "招聘", 6000, "CNY"), ("en", "Office space for lease in the Samsung Town area, Seoul, 120 m²", "real estate", 3500, "USD"),
        ("fr", "Offre d'emploi: conseiller de vente Cartier, Paris 8e", "emploi", 2600, "EUR"), ("en", "Warehouse associate, LEGO distribution centre, nights", "jobs", 19, "USD"),
        ("en", "Condo near Rolex Learning Center, EPFL Lausanne, student studio", "real estate", 1200, "CHF")])


def in_licensed_collab():
    simple("in_licensed_collab", "genuine licensed products and collaborations that carry a brand (Hot Wheels BMW, LEGO BMW, Monopoly editions, Barbie x Crocs)", [
        ("en", "Hot Wheels BMW M3 E30, Car Culture, sealed", "die-cast cars", 8, "USD"), ("en", "LEGO Technic 42130 BMW M 1000 RR, retired, sealed box", "building sets", 260, "USD"),
        ("en", "Monopoly: Pokémon edition board game, Hasbro, new", "board games", 39, "USD"), ("en", "Barbie x Crocs classic clogs, pink, size 8", "shoes", 70, "USD"),
        ("en", "LEGO Speed Champions Toyota GR Supra 76901, used, complete", "building sets", 25, "USD"), ("en", "Hot Wheels Honda Civic Type R, 5-pack, mainline", "die-cast cars", 9, "USD"),
        ("de", "LEGO 10295 Porsche 911, OVP, neu, versiegelt", "Bausets", 149, "EUR"), ("en", "Mattel UNO Nintendo Super Mario edition card game", "card games", 10, "USD"),
        ("en", "Bandai Tamagotchi x Sanrio Hello Kitty edition, new in box", "toys", 25, "USD"), ("en", "Nike x Apple Watch Series 9 sport band 45mm, genuine, open box", "watch accessories", 39, "USD"),
        ("en", "Transformers x Honda Civic Optimus Prime collab figure, Hasbro", "action figures", 55, "USD"), ("en", "Coca-Cola retro enamel sign, officially licensed reproduction, 40x30cm", "merchandise", 35, "USD")])


def in_unbranded_explicit():
    simple("in_unbranded_explicit", "generic goods that say plainly they are not the brand and carry no logo (no logo, not Apple, keine Originalware von Dyson, 非苹果)", [
        ("en", "Wireless earbuds, generic, no logo — not Apple, not AirPods", "earbuds", 19, "USD"), ("de", "Haartrockner 1600W, kein Dyson, No-Name, 3 Stufen", "Haarpflege", 25, "EUR"),
        ("es", "Bolso tote de lona, sin marca, no es Louis Vuitton", "bolsos", 300, "MXN"), ("zh", "无线蓝牙耳机 非苹果 无logo 通用", "耳机", 39, "CNY"),
        ("fr", "Montre plongée automatique, pas une Rolex, cadran vert, sans marque", "montres", 89, "EUR"), ("en", "Puffer jacket, unbranded — not North Face, 600 fill", "jackets", 49, "USD"),
        ("ru", "Кроссовки белые, без бренда, не Nike", "обувь", 2500, "RUB"), ("it", "Cintura in pelle, nessun logo, non Gucci", "cinture", 25, "EUR"),
        ("pt", "Fone de ouvido genérico sem marca, não é Samsung", "fones", 60, "BRL"), ("en", "Building bricks 1000 pcs, generic, not LEGO brand, compatible size", "building sets", 22, "USD"),
        ("tr", "Termos 1 L, markasız, Stanley değil, paslanmaz çelik", "mutfak", 300, "TRY"), ("en", "Blank white sneakers for custom painting, no branding", "sneakers", 29, "USD"),
        ("ja", "ノーブランド ワイヤレスイヤホン アップル製品ではありません", "イヤホン", 1980, "JPY")])


def in_vintage_ads_ephemera():
    simple("in_vintage_ads_ephemera", "original vintage print adverts, catalogues and brochures of a brand (paper ephemera)", [
        ("en", "1962 Coca-Cola magazine advertisement, original, 10x13", "collectibles", 18, "USD"), ("en", "1978 Rolex Submariner print ad, National Geographic, original page", "collectibles", 25, "USD"),
        ("en", "1985 Nike Air Jordan original catalogue page", "collectibles", 40, "USD"), ("de", "BMW 3er E30 Prospekt 1986, Original, deutsch", "Sammlerstücke", 22, "EUR"),
        ("en", "Omega Speedmaster 1969 moon landing magazine ad, original", "collectibles", 45, "USD"), ("fr", "Publicité Michelin Bibendum 1930, page de magazine originale", "collection", 30, "EUR"),
        ("en", "Sony Walkman 1980 brochure, original, English", "collectibles", 28, "USD"), ("en", "LEGO 1989 catalogue, UK, good condition", "collectibles", 15, "USD"),
        ("en", "Canon AE-1 1976 print ad, original tear sheet", "collectibles", 12, "USD"), ("it", "Pubblicità Ferrero Nutella 1970, originale da rivista", "collezionismo", 15, "EUR"),
        ("en", "Honda CB750 1969 dealer brochure, original", "collectibles", 65, "USD"), ("en", "Shell Oil 1950s road map, original gas station giveaway", "collectibles", 14, "USD")])


def in_cjk_everyday_aliases():
    simple("in_cjk_everyday_aliases", "Chinese/Japanese words that contain or are a brand's CJK alias in their everyday sense (三星堆 replica mask, 博士帽, 汗血宝马 statue, 依云小镇 flats, 邦迪海滩 tour, 松下 poem scroll, 芭比Q, 高达百米)", [
        ("zh", "三星堆 青铜面具 复制品 博物馆文创 摆件", "文创", 129), ("zh", "博士帽 毕业礼服 学位服 全套 租借", "服装", 45), ("zh", "汗血宝马 铜雕 摆件 招财 办公室", "家居摆件", 268),
        ("zh", "依云小镇 三室两厅 精装修 出售", "房产", 1850000), ("zh", "悉尼 邦迪海滩 一日游 中文导游", "旅游", 399), ("zh", "松下问童子 书法 条幅 手写 宣纸", "字画", 188),
        ("zh", "芭比Q了 搞笑 表情包 T恤", "T恤", 39), ("zh", "瀑布落差高达百米 风景摄影 装饰画", "装饰画", 88), ("zh", "新鲜 红富士 苹果 5斤装 产地直发", "水果", 29),
        ("zh", "风火轮 儿童 轮滑鞋 可调节 闪光轮", "运动", 159), ("zh", "房子 北面 阳台 封窗 安装服务", "家装服务", 800), ("ja", "本田 姓 はんこ 印鑑 実印 チタン", "印鑑", 3800, "JPY"),
        ("zh", "费雪 《货币的购买力》 经济学 旧书", "书籍", 25), ("zh", "米其林 一星 粤菜馆 代金券 500元", "餐饮券", 450), ("zh", "千秋万代 书法 横幅 手写 装裱", "字画", 168),
        ("ja", "松下幸之助 道をひらく 本", "本", 1100, "JPY")], default_cur="CNY")


def in_free_giveaways():
    simple("in_free_giveaways", "genuine used goods given away for free or for a token sum (price 0 or 1): moving out, upgrade, collection only", [
        ("de", "Zu verschenken: Philips Senseo Kaffeemaschine, funktioniert", "Küchengeräte", 0, "EUR"), ("en", "Free: old Samsung 40\" TV, works, collect today", "tvs", 0, "USD"),
        ("en", "FREE Nintendo Wii with 2 remotes, must go", "consoles", 0, "USD"), ("nl", "Gratis af te halen: Bosch vaatwasser, werkt nog", "witgoed", 0, "EUR"),
        ("fr", "Donne poussette Bébé Confort + siège Cybex, et casque Sony usé", "puériculture", 0, "EUR"), ("en", "Free to good home: LEGO Duplo box, mixed bricks", "toys", 0, "USD"),
        ("sv", "Skänkes: Panasonic mikrovågsugn, hämtas", "hushåll", 0, "SEK"), ("en", "Canon PIXMA printer, free, needs ink", "printers", 0, "USD"),
        ("de", "Verschenke Dyson DC19, Akku schwach, für Bastler", "Staubsauger", 1, "EUR"), ("pl", "Oddam za darmo: Philips golarka, działa", "golarki", 0, "PLN"),
        ("en", "Free: Apple iMac 2011, slow but works, with keyboard", "computers", 0, "USD"), ("ja", "無料 譲ります パナソニック 炊飯器 引き取りのみ", "家電", 0, "JPY")])


def in_foreign_everyday_words():
    simple("in_foreign_everyday_words", "ordinary words of other languages that spell a mark (centrum = city centre, surface = floor area, coach sportif, uno = one, dove = where, kinder = children, mars = March, samba)", [
        ("pl", "Mieszkanie 2 pokoje w centrum, 48 m², balkon", "nieruchomości", 620000, "PLN"), ("fr", "Appartement T3, surface 72 m², proche centre-ville", "immobilier", 245000, "EUR"),
        ("fr", "Coach sportif à domicile, séance d'une heure, Lyon", "services", 45, "EUR"), ("es", "Fiat Uno 2010 repuestos: faro delantero izquierdo", "repuestos", 450, "MXN"),
        ("it", "Dove mangiare a Roma: guida alle trattorie, libro", "libri", 14, "EUR"), ("de", "Kinder Fahrradhelm, Größe S, blau", "Kinder", 19, "EUR"),
        ("fr", "Agenda 2026 semainier, de mars à décembre, A5", "papeterie", 9, "EUR"), ("pt", "Aulas de samba no pé, pacote 4 aulas, Rio", "aulas", 200, "BRL"),
        ("cs", "Byt 2+kk v centru Brna, 55 m²", "reality", 5200000, "CZK"), ("sv", "Lägenhet i centrum, 2 rok, Göteborg, uthyres", "bostad", 11000, "SEK"),
        ("it", "Uno sguardo dal ponte, Arthur Miller, Einaudi", "libri", 8, "EUR"), ("es", "Guía del Cañón del Colca, Perú, edición 2024", "libros", 250, "MXN"),
        ("nl", "Kinder fietsstoeltje achter, Bobike", "fietsaccessoires", 35, "EUR"), ("de", "Samba-Trommel Surdo 18 Zoll, Aluminium", "Musikinstrumente", 89, "EUR")])


def in_courses_manuals():
    simple("in_courses_manuals", "courses, tutorials and workshop manuals about a brand's products (Photoshop course, AutoCAD training, Haynes manual, Canon photography workshop, LEGO robotics class)", [
        ("en", "Photoshop for beginners — 12-hour online course with exercises", "courses", 29, "USD"), ("en", "AutoCAD 2D drafting training, 3 evenings, certificate", "courses", 249, "USD"),
        ("en", "Haynes workshop manual Toyota Corolla 2009-2016", "books", 25, "USD"), ("de", "Fotokurs: Ihre Canon EOS richtig bedienen, Samstag 10–16 Uhr", "Kurse", 89, "EUR"),
        ("en", "LEGO robotics club for kids 8-12, 10 sessions, bring your own laptop", "classes", 180, "USD"), ("es", "Curso de Revit Architecture desde cero, online", "cursos", 900, "MXN"),
        ("fr", "Revue Technique Automobile BMW Série 3 E90", "livres", 29, "EUR"), ("en", "Excel and Microsoft 365 for small business, weekend workshop", "courses", 99, "USD"),
        ("en", "Honda GL1800 Gold Wing service manual, printed, 2018+", "manuals", 45, "USD"), ("ja", "Lightroom 写真現像 入門講座 オンライン", "講座", 4980, "JPY"),
        ("en", "Nintendo Switch game design camp for teens, Unity basics", "classes", 250, "USD"), ("pt", "Curso de maquiagem com produtos Maybelline e L'Oréal, presencial", "cursos", 150, "BRL")])


CLASSES = [cf_factory_overrun, cf_wholesale_lot, cf_price_bait, cf_offplatform, cf_unconvertible_currency, cf_translit_cyrillic, cf_translit_katakana,
           cf_translit_hangul, cf_translit_rtl_indic, cf_translated_mark, cf_logo_nickname, cf_unregistered_line, cf_zh_community_slang, cf_pinyin_alias,
           cf_fancy_unicode, cf_html_entities, cf_invisible_chars, cf_phonetic_respell, cf_url_slug_only, cf_attributes_only, cf_seller_name_only,
           cf_image_phash_only, cf_fake_packaging_docs, cf_logo_components, cf_logo_fabric, cf_software_keys, cf_repro_games, cf_pharma_spam,
           cf_consumables_too_cheap, cf_tester_unboxed, cf_auto_parts_genuine_claim, cf_model_number_only, cf_sneaker_batch_slang, cf_watch_factory_slang,
           cf_bag_tier_slang, cf_electronics_clone_chip, cf_negation_decoy, cf_style_suffix, cf_accessory_disguise, cf_tag_stuffing, cf_seller_mimic,
           cf_lang_classes, cf_emoji_letters, cf_identity_claim, cf_mystery_box,
           in_used_genuine_resale, in_broken_for_parts, in_installment_rental_price, in_retail_fair_price, in_authorized_seller, in_compatible_accessories,
           in_aftermarket_parts_oem_ref, in_media_about_brands, in_services, in_anti_counterfeit, in_wanted_to_buy, in_people_names, in_places_venues_events,
           in_everyday_near_category, in_everyday_far, in_near_miss_real_words, in_trade_sense_cues, in_comparison_honest, in_ingredients_recipes,
           in_vehicles_used, in_jobs_real_estate, in_licensed_collab, in_unbranded_explicit, in_vintage_ads_ephemera, in_cjk_everyday_aliases,
           in_free_giveaways, in_foreign_everyday_words, in_courses_manuals]


CAP = 12


def main():
    for f in CLASSES:
        f()
    # at most CAP listings per counterfeit class (seeded), to keep the set near 60 % counterfeit / 40 % innocent
    import collections
    by = collections.defaultdict(list)
    for r in ROWS:
        by[r["_label"]["class"]].append(r)
    keep = []
    for cls, rows in by.items():
        if rows[0]["_label"]["kind"] == CF and len(rows) > CAP:
            rows = R.sample(rows, CAP)
        keep.extend(rows)
    ROWS[:] = keep
    order = list(range(len(ROWS)))
    R.shuffle(order)
    out = HERE / "set.jsonl"
    with open(out, "w", encoding="utf-8") as fh:
        for i in order:
            fh.write(json.dumps(ROWS[i], ensure_ascii=False) + "\n")
    import collections
    k = collections.Counter(r["_label"]["kind"] for r in ROWS)
    cl = collections.Counter((r["_label"]["kind"], r["_label"]["class"]) for r in ROWS)
    langs = collections.Counter(r["_label"]["lang"] for r in ROWS)
    brands = {r["_label"]["brand"] for r in ROWS if r["_label"]["brand"]}
    print(f"{len(ROWS)} listings -> {out}: {dict(k)}; classes cf {sum(1 for x in cl if x[0]==CF)}, in {sum(1 for x in cl if x[0]==IN)}; "
          f"{len(langs)} languages; {len(brands)} brands as expected brand", file=sys.stderr)
    if "-v" in sys.argv:
        for x, n in sorted(cl.items()):
            print(f"  {x[0][:2]} {x[1]:32s} {n}", file=sys.stderr)
        print(" ", dict(langs), file=sys.stderr)
        print("  brands never expected:", sorted(set(B) - brands), file=sys.stderr)


if __name__ == "__main__":
    main()
