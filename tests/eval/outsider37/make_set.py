#!/usr/bin/env python3
"""outsider37's held-out set for BrandSentry: a seeded stdlib generator.

    python3 make_set.py --seed 37 --out set.jsonl --classes classes.md

1,010 listings: 650 counterfeit (50 classes of 13), 360 innocent (30 classes of 12). Each line a Listing plus `_label`
{kind, brand, class, tactic, lang, also}. Written from my own knowledge of how copy sellers and honest sellers write.
"""
from __future__ import annotations

import argparse
import json
import math
import random

from data import (AUTHORIZED, BRAND_NAME, COPY_WORDS, FILLER, MARKETS, NEW, PRODUCTS, TMALL, USED, ZH_NAME)

N_COUNTERFEIT, N_INNOCENT = 13, 12
CLASSES = []  # (name, star, kind, tactic, fn)


def cls(name, star, kind, tactic):
    def deco(fn):
        CLASSES.append((name, star, kind, tactic, fn))
        return fn
    return deco


# --------------------------------------------------------------------------- helpers
BY_SLUG = {m[0]: m for m in MARKETS}


def market(r, langs=None, slugs=None):
    ms = [m for m in MARKETS if (langs is None or m[1] in langs) and (slugs is None or m[0] in slugs)]
    return r.choice(ms)


def prod(r, kinds=None, brands=None, exclude_kinds=()):
    ps = [p for p in PRODUCTS if (kinds is None or p[6] in kinds) and (brands is None or p[0] in brands) and p[6] not in exclude_kinds]
    return r.choice(ps)


def copy_frac(r, usd):
    if usd >= 2000:
        return r.uniform(0.03, 0.08)
    if usd >= 300:
        return r.uniform(0.06, 0.20)
    if usd >= 30:
        return r.uniform(0.15, 0.35)
    return r.uniform(0.25, 0.45)


def sig3(x):
    if x <= 0:
        return 0.0
    d = 3 - int(math.floor(math.log10(x))) - 1
    v = round(x, d)
    return float(int(v)) if v >= 100 else float(v)


def pname(r, p, lang):
    name = p[1]
    if lang == "zh" and r.random() < 0.6:
        return f"{ZH_NAME[p[0]]} {name}"
    return name


def fill(r, lang, k=1):
    return " ".join(r.sample(FILLER[lang], k))


def hexid(r, n=12):
    return "".join(r.choice("0123456789abcdef") for _ in range(n))


SELLER_WORDS = ["Store", "Shop", "Outlet", "Trading", "Boutique", "Mall", "Deals", "Market", "Hub", "World"]
SELLER_PRE = ["Lucky", "Star", "Golden", "Happy", "Prime", "Top", "Urban", "Best", "Sun", "Blue", "Smart", "Royal", "Fashion",
              "Global", "Easy", "Mega", "Nova", "Trend", "City", "Home"]


def seller(r, m, name=None, sid=None, country=None):
    return {"id": sid or f"s{hexid(r, 10)}", "name": name or f"{r.choice(SELLER_PRE)} {r.choice(SELLER_WORDS)}",
            "country": country if country is not None else m[3]}


def private_seller(r, m):
    first = r.choice(["anna", "marco", "olga", "li", "kenji", "sofia", "ahmed", "maria", "tom", "lucas", "nina", "dmitri",
                      "ayse", "putri", "minh", "somchai", "jiwoo", "carlos", "emma", "raj"])
    return {"id": f"u{hexid(r, 9)}", "name": f"{first}_{r.randint(10, 9999)}", "country": m[3]}


def cf(**kw):
    kw.setdefault("also", [])
    return kw


# =========================================================================== COUNTERFEIT, everyday floor (25)
def _copy_words(r, langs):
    m = market(r, langs)
    lang = m[1]
    p = prod(r, exclude_kinds=("software",))
    w = r.choice(COPY_WORDS[lang])
    n = pname(r, p, lang)
    title = r.choice([f"{n} {w}", f"{w} {n}", f"{n} – {w} – {NEW[lang]}", f"{n} ({w})"])
    desc = f"{w}. {fill(r, lang, 2)}"
    return cf(brand=p[0], title=title, desc=desc, usd=p[4] * copy_frac(r, p[4]), m=m, lang=lang, category=p[5])


@cls("c_copy_words_europe37", "", "counterfeit", "the brand plainly with a European language's copy word (réplica, Nachbau, namaak, replika, copia)")
def _(r):
    return _copy_words(r, ["es", "fr", "de", "it", "nl", "pl", "pt"])


@cls("c_copy_words_asia37", "", "counterfeit", "the brand with an Asian market's copy word (KW super, ก๊อป, hàng fake, スーパーコピー, 짝퉁, 高仿)")
def _(r):
    return _copy_words(r, ["id", "ms", "th", "vi", "ja", "ko", "zh"])


@cls("c_copy_words_americas37", "", "counterfeit", "Latin American and US copy words (primeira linha, calidad AAA, réplica 1:1, rep)")
def _(r):
    m = market(r, slugs=["mercadolibre-mx", "mercadolibre-ar", "mercadolibre-co", "mercadolivre", "olx-br", "facebook-marketplace", "tiktok-shop"])
    lang = m[1]
    p = prod(r, exclude_kinds=("software", "pharma"))
    w = r.choice(COPY_WORDS[lang])
    n = pname(r, p, lang)
    title = r.choice([f"{n} {w}", f"{w} {n}", f"{n} {w} {NEW[lang]}"])
    return cf(brand=p[0], title=title, desc=f"{w}. {fill(r, lang, 2)}", usd=p[4] * copy_frac(r, p[4]), m=m, lang=lang, category=p[5])


@cls("c_copy_words_mena_south_asia37", "", "counterfeit", "Arabic, Hindi and South Asian / African English copy words (ماستر كوبي, फर्स्ट कॉपी, first copy, master copy)")
def _(r):
    return _copy_words(r, ["ar", "hi"]) if r.random() < 0.6 else _copy_words_en_south(r)


def _copy_words_en_south(r):
    m = market(r, slugs=["flipkart", "daraz", "daraz-bd", "jumia-ng", "lazada-ph"])
    p = prod(r, exclude_kinds=("software", "fmcg", "formula"))
    w = r.choice(["first copy", "master copy", "7A quality", "AAA first copy", "high copy", "mirror copy"])
    return cf(brand=p[0], title=f"{p[1]} {w}", desc=f"{w} with box. Cash on delivery available all over the country.",
              usd=p[4] * copy_frac(r, p[4]), m=m, lang="en", category=p[5])


@cls("c_copy_words_cis_turkey37", "", "counterfeit", "Russian, Ukrainian-market and Turkish copy words (реплика, люкс копия, паль, birebir replika, çakma)")
def _(r):
    return _copy_words(r, ["ru", "tr"])


@cls("c_luxury_reps37", "", "counterfeit", "luxury bags and clothes sold as top-grade reps with dust bag, box and receipt")
def _(r):
    m = market(r, ["en", "es", "fr", "de", "it", "ru", "pt"])
    lang = m[1]
    p = prod(r, kinds=["bag_lux", "apparel_lux", "bag"])
    w = r.choice(COPY_WORDS[lang])
    extra = {"en": "Comes with dust bag, box, receipt and authenticity card.", "es": "Incluye dust bag, caja, ticket y tarjeta.",
             "fr": "Livré avec dustbag, boîte, facture et carte.", "de": "Mit Dustbag, Box, Rechnung und Karte.",
             "it": "Con dustbag, scatola, scontrino e card.", "ru": "Пыльник, коробка, чек и карточка в комплекте.",
             "pt": "Acompanha dust bag, caixa, nota e cartão."}[lang]
    return cf(brand=p[0], title=f"{p[1]} {w} top grade", desc=f"{extra} {fill(r, lang)}", usd=p[4] * copy_frac(r, p[4]), m=m, lang=lang, category=p[5])


@cls("c_sneaker_reps37", "", "counterfeit", "sneaker reps with batch names and QC photos before shipping")
def _(r):
    m = market(r, ["en", "zh", "vi", "id", "es"])
    lang = m[1]
    p = prod(r, kinds=["shoe"])
    batch = r.choice(["LJR batch", "PK batch", "GX batch", "OG batch", "M batch", "纯原版本", "公司级", "best batch"])
    d = {"en": f"Reps, {batch}. QC photos before shipping. Sizes 36-46.", "zh": f"{batch} 莆田 发货前拍QC图 36-46码",
         "vi": f"Giày rep 1:1 {batch}, check QC trước khi gửi, size 36-46.", "id": f"Sepatu rep {batch}, QC foto sebelum kirim, size 36-46.",
         "es": f"Reps {batch}, fotos QC antes del envío, tallas 36-46."}[lang]
    return cf(brand=p[0], title=f"{pname(r, p, lang)} {p[3]} {r.choice(['reps', 'rep 1:1', batch])}", desc=d,
              usd=p[4] * r.uniform(0.25, 0.5), m=m, lang=lang, category=p[5])


@cls("c_electronics_clone37", "", "counterfeit", "electronics clones in the trade's wording (1:1 master copy, ANC, rename & GPS, works with iOS and Android, 16+1TB)")
def _(r):
    m = market(r, ["en", "id", "vi", "th", "es", "pt", "ru", "ar"])
    lang = m[1]
    p = prod(r, kinds=["elec", "phone", "console"])
    spec = {"earbuds": "ANC, transparency mode, rename & GPS, pop-up window, works with iOS and Android",
            "phones": "16GB+1TB, 7.3 inch, dual SIM, Android 14, face unlock", "headphones": "ANC, 60h battery, bluetooth 5.3, same app",
            "consoles": "10000 games built in, 4K HDMI, 2 controllers", "laptops": "16GB/1TB, Windows 11 preinstalled, same aluminium body",
            "speakers": "bluetooth 5.3, TWS pairing, waterproof", "memory": "7450MB/s, full capacity", "accessories": "gyro, vibration, NFC"}.get(p[5], "same functions")
    w = r.choice(COPY_WORDS[lang])
    return cf(brand=p[0], title=f"{p[1]} {r.choice(['1:1', w, 'master copy', 'clone'])}", desc=f"{spec}. {w}. {fill(r, lang)}",
              usd=p[4] * r.uniform(0.06, 0.2), m=m, lang=lang, category=p[5])


@cls("c_pharma_no_rx37", "", "counterfeit", "branded prescription and OTC medicines, 'no prescription needed, discreet shipping' at a fraction")
def _(r):
    m = market(r, ["en", "es", "ru", "de", "fr"])
    lang = m[1]
    p = r.choice([q for q in PRODUCTS if q[6] in ("pharma", "pharma_otc") and ("tablets" in q[1] or "caplets" in q[1])])
    d = {"en": "Original pills, no prescription needed, discreet packaging, worldwide delivery.",
         "es": "Pastillas originales, sin receta, envío discreto a todo el país.",
         "ru": "Оригинальные таблетки, без рецепта, анонимная доставка.",
         "de": "Originaltabletten, ohne Rezept, diskreter Versand.", "fr": "Comprimés originaux, sans ordonnance, envoi discret."}[lang]
    return cf(brand=p[0], title=f"{p[1]} – {d.split(',')[1].strip()}", desc=d, usd=p[4] * r.uniform(0.03, 0.2), m=m, lang=lang, category=p[5])


@cls("c_fmcg_fake37", "", "counterfeit", "food, drinks, formula and razor blades in bulk 'same as original' at a third of the price")
def _(r):
    m = market(r, ["en", "zh", "id", "ar", "ru", "es"])
    lang = m[1]
    p = prod(r, kinds=["fmcg", "formula"])
    d = {"en": "Same taste as original, new packaging batch, factory price, bulk available.",
         "zh": "工厂直供 口味跟正品一样 批发价 量大从优", "id": "Rasa sama persis dengan ori, harga pabrik, bisa grosir.",
         "ar": "نفس طعم الأصلي، سعر المصنع، متوفر بالجملة.", "ru": "Вкус как у оригинала, цена завода, опт.",
         "es": "Mismo sabor que el original, precio de fábrica, por mayor."}[lang]
    return cf(brand=p[0], title=f"{pname(r, p, lang)} {r.choice(['grade A', 'OEM', '1:1', 'factory'])}", desc=d,
              usd=p[4] * r.uniform(0.25, 0.4), m=m, lang=lang, category=p[5])


@cls("c_beauty_fake37", "", "counterfeit", "skincare and make-up 'counter quality / mirror version' copies")
def _(r):
    m = market(r, ["zh", "th", "vi", "id", "en", "ru", "ar"])
    lang = m[1]
    p = prod(r, kinds=["beauty"])
    w = {"zh": "专柜品质 镜面版", "th": "เกรดเคาน์เตอร์ งานมิลเลอร์", "vi": "hàng like auth, chuẩn quầy", "id": "kualitas counter, KW mirror",
         "en": "counter quality mirror version", "ru": "люкс копия, качество как в магазине", "ar": "كوبي ماستر جودة الكاونتر"}[lang]
    return cf(brand=p[0], title=f"{pname(r, p, lang)} {w}", desc=f"{w}. {fill(r, lang)}", usd=p[4] * copy_frac(r, p[4]), m=m, lang=lang, category=p[5])


@cls("c_auto_parts_fake37", "", "counterfeit", "auto parts 'OEM quality with the maker's logo' in packs at copy prices")
def _(r):
    m = market(r, ["en", "ru", "tr", "ar", "pt", "es", "zh"])
    lang = m[1]
    p = prod(r, kinds=["auto"])
    n = r.choice([10, 20, 50])
    w = {"en": f"OEM quality with logo, pack of {n}", "ru": f"качество OEM, с логотипом, упаковка {n} шт", "tr": f"OEM kalite logolu, {n} adet",
         "ar": f"جودة OEM مع اللوجو، {n} قطعة", "pt": f"qualidade OEM com logo, kit {n} peças", "es": f"calidad OEM con logo, paquete de {n}",
         "zh": f"原厂品质 带logo {n}个起批"}[lang]
    return cf(brand=p[0], title=f"{p[1]} {p[3]} – {w}", desc=f"{w}. {fill(r, lang)}", usd=p[4] * r.uniform(0.2, 0.4), m=m, lang=lang, category=p[5])


@cls("c_toy_clone37", "", "counterfeit", "toys and building sets under the brand's name and set number at a clone's price, 'without original box'")
def _(r):
    m = market(r, ["en", "ru", "es", "pt", "zh", "id", "pl"])
    lang = m[1]
    p = r.choice([q for q in PRODUCTS if q[0] in ("lego", "hasbro") or q[1] in ("Bandai MG RX-78-2 Gundam Ver.3.0", "Hot Wheels Track Builder set")])
    d = {"en": "Same pieces and instructions, shipped without the original box to save postage.",
         "ru": "Те же детали и инструкция, отправка без оригинальной коробки.", "es": "Mismas piezas e instrucciones, se envía sin caja original.",
         "pt": "Mesmas peças e manual, enviado sem a caixa original.", "zh": "零件说明书一样 无原盒发货", "id": "Part & manual sama, dikirim tanpa box ori.",
         "pl": "Te same elementy i instrukcja, wysyłka bez oryginalnego pudełka."}[lang]
    return cf(brand=p[0], title=(pname(r, p, lang) if p[3] in p[1] else f"{pname(r, p, lang)} {p[3]}").strip(), desc=d, usd=p[4] * r.uniform(0.1, 0.3), m=m, lang=lang, category=p[5])


@cls("c_software_keys37", "", "counterfeit", "lifetime keys and 'activated accounts' for subscription or retail software at a few dollars")
def _(r):
    m = market(r, ["en", "de", "es", "ru", "pt", "tr", "id"])
    lang = m[1]
    p = prod(r, kinds=["software"])
    d = {"en": "Lifetime activation, key sent by email in 5 minutes.", "de": "Lebenslange Aktivierung, Key per E-Mail in 5 Minuten.",
         "es": "Activación de por vida, clave por email en 5 minutos.", "ru": "Бессрочная активация, ключ на почту за 5 минут.",
         "pt": "Ativação vitalícia, chave no e-mail em 5 minutos.", "tr": "Ömür boyu lisans, anahtar 5 dakikada e-postada.",
         "id": "Aktivasi permanen, key dikirim via email 5 menit."}[lang]
    return cf(brand=p[0], title=f"{p[1].replace('12 months', '').replace('1 year subscription', '').strip()} lifetime key", desc=d,
              usd=r.uniform(5, 25), m=m, lang=lang, category=p[5])


@cls("c_watch_reps37", "", "counterfeit", "luxury watch reps in the trade's words (clean factory, 904L, 3235 clone movement, super clone)")
def _(r):
    m = market(r, ["en", "zh", "ru", "es", "de", "ar"])
    lang = m[1]
    p = prod(r, kinds=["watch_lux"])
    fac = r.choice(["Clean factory", "VSF", "ZF", "EW factory", "3235 clone movement", "super clone"])
    d = {"en": f"{fac}, 904L steel, sapphire, ceramic bezel. Super clone.", "zh": f"{fac} 904L精钢 蓝宝石镜面 陶瓷圈", "ru": f"{fac}, сталь 904L, сапфир, реплика",
         "es": f"{fac}, acero 904L, zafiro, réplica", "de": f"{fac}, 904L Stahl, Saphirglas, Replika", "ar": f"{fac} ستيل 904L كوبي"}[lang]
    return cf(brand=p[0], title=f"{pname(r, p, lang)} {fac}", desc=d, usd=p[4] * r.uniform(0.03, 0.08), m=m, lang=lang, category=p[5])


@cls("c_plated_jewellery37", "", "counterfeit", "luxury jewellery in gold-plated titanium steel with the house's box and screwdriver")
def _(r):
    m = market(r, ["en", "es", "pt", "tr", "ru", "th", "id", "fr"])
    lang = m[1]
    p = prod(r, kinds=["jewel_lux", "jewel"])
    d = {"en": "18K gold plated titanium steel, does not tarnish, comes in the brand box.",
         "es": "Acero titanio bañado en oro 18K, no se oscurece, con estuche de la marca.",
         "pt": "Aço titânio banhado a ouro 18K, não escurece, com caixinha da marca.", "tr": "18 ayar altın kaplama çelik, kararma yapmaz, kutusuyla.",
         "ru": "Титановая сталь с покрытием 18K, не темнеет, в фирменной коробочке.", "th": "สแตนเลสชุบทอง 18K ไม่ลอก ไม่ดำ พร้อมกล่อง",
         "id": "Titanium lapis emas 18K anti karat, lengkap box.", "fr": "Acier titane plaqué or 18K, ne noircit pas, avec écrin."}[lang]
    return cf(brand=p[0], title=f"{p[1]} 18K", desc=d, usd=p[4] * r.uniform(0.004, 0.03) if p[4] > 2000 else p[4] * r.uniform(0.15, 0.35),
              m=m, lang=lang, category=p[5])


@cls("c_wholesale_lot37", "", "counterfeit", "wholesale lots of the brand's new goods at a per-piece copy price, mixed sizes")
def _(r):
    m = market(r, slugs=["1688", "dhgate", "aliexpress", "ebay", "jumia-ng", "noon", "avito", "shopee-id"])
    lang = m[1]
    p = prod(r, kinds=["shoe", "apparel", "bag", "elec", "charger", "beauty"])
    n = r.choice([20, 50, 100, 200])
    t = {"zh": f"{pname(r, p, lang)} 批发 {n}件起 混码", "en": f"Wholesale lot {n} pcs {p[1]} mixed sizes", "ar": f"جملة {n} قطعة {p[1]}",
         "ru": f"{p[1]} оптом от {n} шт", "id": f"Grosir {p[1]} min {n} pcs"}[lang]
    return cf(brand=p[0], title=t, desc=f"MOQ {n}. Price per piece. {fill(r, lang)}", usd=p[4] * r.uniform(0.08, 0.25), m=m, lang=lang, category=p[5])


def prod_min(r, usd, exclude_kinds=("software",)):
    return r.choice([q for q in PRODUCTS if q[4] >= usd and q[6] not in exclude_kinds])


@cls("c_low_price_plain37", "", "counterfeit", "the brand plainly, 'new', nothing else, at a copy's price (goods of USD 100+)")
def _(r):
    m = market(r)
    lang = m[1]
    p = prod_min(r, 100)
    return cf(brand=p[0], title=f"{pname(r, p, lang)} {NEW[lang]}", desc=fill(r, lang, 2), usd=p[4] * copy_frac(r, p[4]), m=m, lang=lang, category=p[5])


@cls("c_zh_trade_jargon37", "", "counterfeit", "Chinese trade jargon without the usual copy words (莆田纯原, 公司级, 原厂皮, 细节对版, 过验)")
def _(r):
    m = market(r, ["zh"])
    p = prod(r, kinds=["shoe", "bag_lux", "bag", "watch_lux", "apparel_lux", "jewel_lux"])
    j = r.sample(["莆田纯原", "公司级", "原厂皮料", "细节对版", "可过验", "专柜同步", "原版开模", "顶级工艺", "一比一还原"], 3)
    return cf(brand=p[0], title=f"{pname(r, p, 'zh')} {j[0]} {j[1]}", desc=f"{j[2]} {fill(r, 'zh', 2)}", usd=p[4] * copy_frac(r, p[4]),
              m=m, lang="zh", category=p[5])


CYR = {"a": "а", "e": "е", "o": "о", "p": "р", "c": "с", "x": "х", "y": "у", "i": "і", "A": "А", "E": "Е", "O": "О", "P": "Р",
       "C": "С", "X": "Х", "B": "В", "M": "М", "H": "Н", "K": "К", "T": "Т"}


@cls("c_homoglyph_cyr37", "", "counterfeit", "the brand with one or two Cyrillic look-alike letters, new, copy price")
def _(r):
    m = market(r, ["en", "ru", "de", "es", "tr"])
    lang = m[1]
    p = prod(r, exclude_kinds=("software",))
    b = BRAND_NAME[p[0]]
    idx = [i for i, ch in enumerate(b) if ch in CYR]
    if not idx:
        p = prod(r, brands=["rolex", "omega", "apple", "sony", "canon", "gucci", "coach", "dyson", "lego"])
        b = BRAND_NAME[p[0]]
        idx = [i for i, ch in enumerate(b) if ch in CYR]
    s = list(b)
    for i in r.sample(idx, min(len(idx), r.choice([1, 2]))):
        s[i] = CYR[s[i]]
    title = p[1].replace(b, "".join(s), 1) if b in p[1] else "".join(s) + " " + p[1]
    return cf(brand=p[0], title=f"{title} {NEW[lang]}", desc=fill(r, lang, 2), usd=p[4] * copy_frac(r, p[4]), m=m, lang=lang, category=p[5])


@cls("c_separators37", "", "counterfeit", "the brand spelled with dots, dashes or spaces between letters, with a copy word")
def _(r):
    m = market(r)
    lang = m[1]
    p = r.choice([q for q in PRODUCTS if BRAND_NAME[q[0]] in q[1] and q[6] != "software"])
    b = BRAND_NAME[p[0]]
    sep = r.choice([".", "-", " ", "*", "_"])
    sb = sep.join(b.replace(" ", ""))
    rest = p[1].replace(b, "").strip()
    return cf(brand=p[0], title=f"{sb} {rest} {r.choice(COPY_WORDS[lang])}", desc=fill(r, lang, 2), usd=p[4] * copy_frac(r, p[4]),
              m=m, lang=lang, category=p[5])


MISSPELL = {"rolex": ["Rolax", "Rollex", "Rolexx"], "louis-vuitton": ["Louis Vuiton", "Luis Vuitton", "Louis Vitton"], "gucci": ["Guci", "Gucchi", "Guccy"],
            "nike": ["Nikee", "Nkie"], "adidas": ["Addidas", "Adiddas"], "samsung": ["Samsumg", "Samsong"], "apple": ["Aple", "Appel"],
            "dyson": ["Dysson", "Dysen"], "cartier": ["Cartiier", "Cartie"], "omega": ["Omgea", "Omegaa"], "burberry": ["Burbery", "Burburry"],
            "michael-kors": ["Micheal Kors", "Michael Kor"], "canada-goose": ["Canada Gooose", "Canda Goose"], "bose": ["Boze", "Bosse"],
            "sony": ["Sonny", "Sonyy"], "swarovski": ["Swarowski", "Swarovsky"], "pandora": ["Pandorra", "Pandor"], "coach": ["Coatch", "Coachh"],
            "the-north-face": ["The Nort Face", "The North Fase"], "lego": ["Legoo", "LEG0"], "nintendo": ["Nintedo", "Nintendoo"]}


@cls("c_misspell37", "", "counterfeit", "the brand misspelt by one letter (Rolax, Louis Vuiton, Addidas, Samsumg, Micheal Kors), new, copy price")
def _(r):
    m = market(r)
    lang = m[1]
    p = prod(r, brands=list(MISSPELL))
    b = BRAND_NAME[p[0]]
    wrong = r.choice(MISSPELL[p[0]])
    title = p[1].replace(b, wrong, 1) if b in p[1] else f"{wrong} {p[1]}"
    return cf(brand=p[0], title=f"{title} {NEW[lang]}", desc=fill(r, lang, 2), usd=p[4] * copy_frac(r, p[4]), m=m, lang=lang, category=p[5])


@cls("c_offplatform37", "", "counterfeit", "the brand at a copy price, 'real photos and all models on WhatsApp / Telegram / WeChat'")
def _(r):
    m = market(r)
    lang = m[1]
    p = prod(r, kinds=["bag_lux", "watch_lux", "shoe", "jewel_lux", "apparel_lux", "elec", "bag"])
    ch = r.choice([f"WhatsApp +{r.randint(10, 99)} {r.randint(100, 999)} {r.randint(1000, 9999)}", f"Telegram @{r.choice(SELLER_PRE).lower()}lux{r.randint(1, 99)}",
                   f"WeChat: lux{r.randint(100, 999)}", f"IG @{r.choice(SELLER_PRE).lower()}.reps"])
    d = {"en": "Real photos and all models:", "es": "Fotos reales y todos los modelos:", "pt": "Fotos reais e todos os modelos:", "fr": "Vraies photos et tous les modèles :",
         "de": "Echte Fotos und alle Modelle:", "ru": "Живые фото и все модели:", "zh": "实拍和全部款式加", "id": "Foto asli & semua model:",
         "tr": "Gerçek fotoğraflar ve tüm modeller:", "ar": "صور حقيقية وكل الموديلات:"}.get(lang, "Real photos and all models:")
    return cf(brand=p[0], title=f"{pname(r, p, lang)}", desc=f"{d} {ch}", usd=p[4] * copy_frac(r, p[4]), m=m, lang=lang, category=p[5])


@cls("c_model_number_only37", "", "counterfeit", "only the registry's model number and a generic description, no brand, at a copy price")
def _(r):
    m = market(r)
    lang = m[1]
    p = r.choice([q for q in PRODUCTS if q[3] and q[6] not in ("software",) and q[4] >= 60])
    return cf(brand=p[0], title=f"{p[3]} {p[2]}", desc=f"{p[2]}, {NEW[lang]}. {fill(r, lang)}", usd=p[4] * copy_frac(r, p[4]), m=m, lang=lang, category=p[5])


@cls("c_description_only37", "", "counterfeit", "a generic title; the brand and a copy word only in the description")
def _(r):
    m = market(r)
    lang = m[1]
    p = prod(r, exclude_kinds=("software", "pharma"))
    return cf(brand=p[0], title=f"{p[2]} {NEW[lang]}", desc=f"{pname(r, p, lang)} {r.choice(COPY_WORDS[lang])}. {fill(r, lang, 2)}",
              usd=p[4] * copy_frac(r, p[4]), m=m, lang=lang, category=p[5])


# =========================================================================== COUNTERFEIT, new families (25, *)
# (product name, variants the house never made) -- kept to goods whose real range I am sure of
VARIANT = [
    ("Rolex Submariner Date 126610LN", ["ladies' 26 mm size in purple", "44 mm all-black PVD", "20 dial colours to choose, pink and tiffany blue too"]),
    ("Rolex Cosmograph Daytona 116500LN", ["ladies' 26 mm size in purple", "44 mm all-black PVD", "20 dial colours to choose"]),
    ("Rolex Datejust 41 126334", ["44 mm all-black PVD", "camouflage dial, 20 colours to choose"]),
    ("Louis Vuitton Neverfull MM", ["in 24 colours: neon green, lilac, baby blue, hot pink...", "custom colour on request"]),
    ("Louis Vuitton Speedy 30", ["in 24 colours incl. neon green and lilac", "custom colour on request"]),
    ("Cartier Love bracelet", ["in 9 colours: purple, sky blue, green, red...", "children's size 12 cm, any colour"]),
    ("Cartier Juste un Clou bracelet", ["in 9 colours: purple, sky blue, green, red...", "rainbow enamel edition"]),
    ("Apple AirPods Pro 2 (USB-C)", ["in 8 colours: pink, purple, mint, red, blue, yellow...", "transparent edition", "gold edition with your name"]),
    ("Apple MacBook Air 13 M3", ["in 8 colours: pink, purple, mint, red...", "gold chrome edition"]),
    ("Apple iPhone 15 Pro", ["in pink, mint, purple and gold", "2TB dual physical SIM gold edition", "transparent back edition"]),
    ("Samsung Galaxy S24 Ultra", ["2TB gold chrome edition", "transparent back edition"]),
    ("Sony PlayStation 5 Slim", ["transparent shell edition", "24K gold-plated edition"]),
    ("Nintendo Switch OLED", ["transparent shell edition", "24K gold-plated edition"]),
]
VARIANT_LEAD = {"en": "available", "es": "disponible", "pt": "disponível", "fr": "disponible", "de": "erhältlich", "ru": "в наличии", "tr": "mevcut",
                "id": "tersedia", "zh": "现货", "vi": "có sẵn", "th": "มีพร้อมส่ง", "ar": "متوفر"}


@cls("c_impossible_variant37", "*", "counterfeit", "the brand's goods in colours, sizes or editions the house never made (a pink 36 mm Submariner, AirPods Pro in 8 colours)")
def _(r):
    m = market(r, list(VARIANT_LEAD))
    lang = m[1]
    name, vs = r.choice(VARIANT)
    p = [q for q in PRODUCTS if q[1] == name][0]
    v = r.choice(vs)
    return cf(brand=p[0], title=f"{pname(r, p, lang)} – {v}", desc=f"{VARIANT_LEAD[lang]}: {v.rstrip('.')}. {fill(r, lang)}", usd=p[4] * copy_frac(r, p[4]),
              m=m, lang=lang, category=p[5])


CUSTOMS = {
    "en": "Shipped in a plain parcel declared as a 'gift' with a low value, no brand on the invoice. If customs hold it we reship free.",
    "es": "Enviamos en paquete neutro declarado como 'regalo' de bajo valor, sin marca en la factura. Si aduana lo retiene, reenviamos gratis.",
    "pt": "Enviado em caixa neutra declarada como 'presente' de baixo valor, sem marca na nota. Se a alfândega taxar/reter, reenviamos grátis.",
    "fr": "Colis neutre déclaré comme 'cadeau' de faible valeur, aucune marque sur la facture. En cas de saisie en douane, renvoi gratuit.",
    "de": "Versand im neutralen Paket als 'Geschenk' mit niedrigem Wert deklariert, keine Marke auf der Rechnung. Bei Zoll-Einbehalt kostenloser Neuversand.",
    "ru": "Отправка в нейтральной упаковке, декларируем как 'подарок' с низкой стоимостью, без бренда в инвойсе. Если задержит таможня — переотправим бесплатно.",
    "it": "Pacco neutro dichiarato come 'regalo' di basso valore, nessun marchio in fattura. Se la dogana lo blocca rispediamo gratis.",
    "pl": "Wysyłka w neutralnej paczce jako 'prezent' o niskiej wartości, bez marki na fakturze. Jeśli zatrzyma cło — wyślemy ponownie gratis.",
    "nl": "Verzonden in neutraal pakket, aangegeven als 'cadeau' met lage waarde, geen merk op de factuur. Houdt de douane het vast, dan sturen we gratis opnieuw.",
}


@cls("c_customs_declared37", "*", "counterfeit", "'plain parcel declared as a low-value gift, no brand on the invoice; if customs hold it we reship free' (no copy word)")
def _(r):
    m = market(r, list(CUSTOMS))
    lang = m[1]
    p = prod(r, kinds=["bag_lux", "watch_lux", "jewel_lux", "shoe", "apparel_lux", "elec", "bag"])
    return cf(brand=p[0], title=f"{p[1]} {NEW[lang]}", desc=CUSTOMS[lang], usd=p[4] * copy_frac(r, p[4]), m=m, lang=lang, category=p[5], ship_from="CN")


LEGIT = {
    "en": "Passes CheckCheck and Legit App, we guarantee it or your money back.",
    "es": "Pasa la verificación de CheckCheck y Legit App, garantizado o te devolvemos el dinero.",
    "pt": "Passa no CheckCheck e no Legit App, garantido ou seu dinheiro de volta.",
    "fr": "Passe CheckCheck et Legit App, garanti ou remboursé.",
    "de": "Besteht CheckCheck und Legit App – garantiert, sonst Geld zurück.",
    "zh": "保过得物鉴定 鉴定不过包退", "ru": "Проходит проверку CheckCheck и Legit App, гарантия возврата.",
    "id": "Lolos cek CheckCheck & Legit App, garansi uang kembali.", "vi": "Pass check CheckCheck, Legit App, không pass hoàn tiền.",
    "ko": "크림 검수 통과 보장, 불통과시 환불", "tr": "CheckCheck ve Legit App kontrolünden geçer, geçmezse iade.",
}


@cls("c_legit_app_pass37", "*", "counterfeit", "'passes CheckCheck / Legit App / 得物 / KREAM authentication, or money back' on new goods at a copy price")
def _(r):
    m = market(r, list(LEGIT))
    lang = m[1]
    p = prod(r, kinds=["shoe", "bag_lux", "bag", "apparel_lux", "apparel", "watch_lux"])
    return cf(brand=p[0], title=f"{pname(r, p, lang)} {NEW[lang]}", desc=f"{LEGIT[lang]} {fill(r, lang)}", usd=p[4] * copy_frac(r, p[4]),
              m=m, lang=lang, category=p[5])


ENGRAVE = {"en": "FREE engraving of your name or date inside – perfect gift, arrives in gift box.",
           "es": "Grabado GRATIS de tu nombre o fecha por dentro – regalo perfecto con caja.",
           "pt": "Gravação GRÁTIS do nome ou data por dentro – presente perfeito com caixa.",
           "fr": "Gravure OFFERTE de votre prénom ou d'une date à l'intérieur – coffret cadeau.",
           "de": "GRATIS Gravur mit Namen oder Datum innen – perfektes Geschenk mit Geschenkbox.",
           "tr": "İçine isim veya tarih kazıma ÜCRETSİZ – hediye kutusunda.", "ru": "Бесплатная гравировка имени или даты – идеальный подарок в коробке.",
           "ar": "نقش الاسم أو التاريخ مجاناً – هدية مثالية مع علبة.", "id": "GRATIS grafir nama/tanggal – kado sempurna lengkap box."}


@cls("c_free_engraving37", "*", "counterfeit", "'free engraving of your name or date inside – perfect gift' on luxury jewellery, watches and lighters at a copy price")
def _(r):
    m = market(r, list(ENGRAVE))
    lang = m[1]
    p = prod(r, kinds=["jewel_lux", "watch_lux", "jewel", "watch_fashion"])
    return cf(brand=p[0], title=f"{p[1]} + {ENGRAVE[lang].split('–')[0].strip()}", desc=ENGRAVE[lang], usd=p[4] * copy_frac(r, p[4]), m=m, lang=lang, category=p[5])


GIFTLURE = {"en": "Buy any {cheap} and get {gift} FREE! Limited stock.", "es": "¡Compra un {cheap} y llévate {gift} GRATIS! Stock limitado.",
            "pt": "Compre um {cheap} e ganhe {gift} GRÁTIS! Estoque limitado.", "id": "Beli {cheap} GRATIS {gift}! Stok terbatas.",
            "vi": "Mua {cheap} TẶNG {gift}! Số lượng có hạn.", "th": "ซื้อ {cheap} แถมฟรี {gift}! จำนวนจำกัด", "tr": "{cheap} alana {gift} HEDİYE! Sınırlı stok.",
            "ar": "اشترِ {cheap} واحصل على {gift} مجاناً! الكمية محدودة", "ru": "Купи {cheap} и получи {gift} В ПОДАРОК! Количество ограничено."}
CHEAP = ["phone case", "screen protector", "USB cable", "keychain", "T-shirt", "sunglasses case", "pack of socks"]


@cls("c_free_gift_lure37", "*", "counterfeit", "a cheap item with the brand's goods 'FREE' as the gift (buy a phone case, get AirPods Pro free)")
def _(r):
    m = market(r, list(GIFTLURE))
    lang = m[1]
    p = prod(r, kinds=["elec", "watch_lux", "watch_fashion", "bag", "bag_lux", "jewel", "beauty", "shoe"])
    cheap = r.choice(CHEAP)
    t = GIFTLURE[lang].format(cheap=cheap, gift=p[1])
    return cf(brand=p[0], title=t.split("!")[0] + "!", desc=t, usd=r.uniform(6, 30), m=m, lang=lang, category=p[5])


MYSTERY = {"en": "Mystery box: every box contains at least one {b} item, new with tags. No returns on mystery boxes.",
           "es": "Caja sorpresa: cada caja trae al menos un artículo {b} nuevo con etiqueta. Sin devoluciones.",
           "pt": "Caixa misteriosa: cada caixa vem com pelo menos um item {b} novo com etiqueta. Sem devolução.",
           "de": "Mystery Box: jede Box enthält mindestens einen neuen {b} Artikel mit Etikett. Keine Rücknahme.",
           "fr": "Boîte mystère : chaque boîte contient au moins un article {b} neuf avec étiquette. Pas de retour.",
           "ru": "Мистери бокс: в каждой коробке минимум одна новая вещь {b} с бирками. Возврата нет.",
           "tr": "Sürpriz kutu: her kutuda en az bir yeni {b} ürün. İade yok.", "id": "Mystery box: tiap box pasti isi minimal 1 produk {b} baru. No retur.",
           "zh": "福袋盲盒：每盒至少一件{b}全新吊牌 不退不换"}


@cls("c_mystery_box37", "*", "counterfeit", "a 'mystery box' guaranteed to hold new goods of the brand, at a price far below one piece")
def _(r):
    m = market(r, list(MYSTERY))
    lang = m[1]
    p = prod(r, kinds=["bag_lux", "watch_lux", "shoe", "elec", "apparel_lux", "bag", "jewel_lux"])
    b = BRAND_NAME[p[0]] if lang != "zh" else ZH_NAME[p[0]]
    t = {"zh": f"{b}福袋盲盒 必出正装"}.get(lang, f"{BRAND_NAME[p[0]]} mystery box")
    return cf(brand=p[0], title=t, desc=MYSTERY[lang].format(b=b), usd=p[4] * copy_frac(r, p[4]), m=m, lang=lang, category=p[5])


@cls("c_live_link_number37", "*", "counterfeit", "a live-stream seller's link ('链接3号 / link No. 7 from the live, live price only') for the brand's goods at a copy price, unauthorized shop")
def _(r):
    m = market(r, slugs=["tiktok-shop", "taobao", "pinduoduo", "shopee-id", "shopee-vn", "shopee-th", "lazada-ph", "shopee-ph", "tokopedia"])
    lang = m[1]
    p = prod(r, kinds=["bag_lux", "bag", "beauty", "shoe", "elec", "watch_lux", "jewel", "apparel_lux"])
    k = r.randint(1, 40)
    t = {"zh": f"直播间{k}号链接 {pname(r, p, 'zh')} 主播推荐 仅限直播价", "en": f"LIVE link #{k} – {p[1]} – live price only",
         "id": f"Link LIVE no. {k} {p[1]} harga live", "vi": f"Link số {k} trong live – {p[1]} giá live", "th": f"ลิงก์ที่ {k} ในไลฟ์ {p[1]} ราคาไลฟ์"}[lang]
    d = {"zh": "只在直播间讲解 看直播下单 不讲解质量问题", "en": "Only for viewers of tonight's live. Watch the live for the details before ordering.",
         "id": "Khusus penonton live malam ini, detail dijelaskan di live.", "vi": "Chỉ dành cho người xem live, xem live để biết chi tiết.",
         "th": "เฉพาะคนดูไลฟ์ รายละเอียดอธิบายในไลฟ์"}[lang]
    return cf(brand=p[0], title=t, desc=d, usd=p[4] * copy_frac(r, p[4]), m=m, lang=lang, category=p[5])


CELEB = {"en": "As worn by {c} – the exact same one!", "es": "¡El mismo que lleva {c}!", "pt": "Igualzinho ao da {c}!", "zh": "{c}同款 明星同款",
         "ko": "{c} 착용 제품 동일", "ja": "{c}着用モデルと同じ", "id": "Sama persis yang dipakai {c}!", "fr": "Le même que celui de {c} !",
         "th": "แบบเดียวกับที่ {c} ใช้", "vi": "Giống hệt {c} đã dùng!", "tr": "{c}'in kullandığının aynısı!"}
CELEBS = {"en": ["Hailey Bieber", "Taylor Swift", "Zendaya", "Drake"], "es": ["Shakira", "Bad Bunny", "Rosalía"], "pt": ["Anitta", "Bruna Marquezine"],
          "zh": ["杨幂", "王一博", "赵露思"], "ko": ["제니", "뷔", "아이유"], "ja": ["木村拓哉", "浜辺美波"], "id": ["Raffi Ahmad", "Nagita Slavina"],
          "fr": ["Aya Nakamura", "Mbappé"], "th": ["ลิซ่า", "ใบเฟิร์น"], "vi": ["Sơn Tùng", "Hồ Ngọc Hà"], "tr": ["Hadise", "Kenan İmirzalıoğlu"]}


@cls("c_celebrity_same37", "*", "counterfeit", "'the same one as worn by <celebrity> (明星同款)' on the brand's goods at a copy price (no copy word)")
def _(r):
    m = market(r, list(CELEB))
    lang = m[1]
    p = prod(r, kinds=["bag_lux", "bag", "jewel_lux", "jewel", "watch_lux", "apparel_lux", "shoe", "apparel"])
    c = r.choice(CELEBS[lang])
    ph = CELEB[lang].format(c=c)
    return cf(brand=p[0], title=f"{pname(r, p, lang)} {ph}", desc=f"{ph} {fill(r, lang)}", usd=p[4] * copy_frac(r, p[4]), m=m, lang=lang, category=p[5])


FAKECOLLAB = [("gucci", ["nike"], "Gucci x Nike Dunk Low GG monogram", 115, "sneakers"), ("rolex", [], "Rolex x Hello Kitty Datejust pink dial", 10500, "watches"),
              ("louis-vuitton", ["nike"], "Louis Vuitton x Nike Air Jordan 1 monogram", 180, "sneakers"), ("apple", [], "Apple x Supreme AirPods Pro 2 red edition", 249, "earbuds"),
              ("dyson", [], "Dyson x Chanel Supersonic limited edition", 429, "hair care"), ("burberry", ["adidas"], "Burberry x adidas Samba check", 100, "sneakers"),
              ("canada-goose", [], "Canada Goose x Moncler collab parka", 1495, "parkas"), ("cartier", [], "Cartier x Tiffany Love bracelet", 7100, "jewelry"),
              ("lego", ["louis-vuitton"], "LEGO x Louis Vuitton Speedy brick bag", 199, "building sets"), ("omega", ["rolex"], "Omega x Rolex Speedmaster Daytona collab", 7000, "watches"),
              ("sony", ["nike"], "Sony x Nike PlayStation 5 Slim sneaker edition", 499, "consoles"), ("nintendo", ["gucci"], "Nintendo x Gucci Switch OLED GG edition", 349, "consoles"),
              ("samsung", ["louis-vuitton"], "Samsung x Louis Vuitton Galaxy S24 Ultra", 1299, "phones"), ("coach", ["mattel"], "Coach x Barbie Tabby bag", 450, "handbags"),
              ("michael-kors", ["rolex"], "Michael Kors x Rolex Parker gold", 250, "watches"), ("pandora", ["swarovski"], "Pandora x Swarovski crystal heart charm", 45, "charms")]


@cls("c_fake_collab37", "*", "counterfeit", "a collaboration that never existed (Gucci x Nike Dunk, Rolex x Hello Kitty, Dyson x Chanel) at a copy price; brand = the first house, `also` the second where it is a registry brand")
def _(r):
    m = market(r)
    lang = m[1]
    b, also_l, name, usd, cat = r.choice(FAKECOLLAB)
    return cf(brand=b, title=f"{name} {NEW[lang]}", desc=f"Limited collab. {fill(r, lang, 2)}", usd=usd * copy_frac(r, usd), m=m, lang=lang, category=cat, also=also_l)


OPENING = {"en": "GRAND OPENING SALE – 90% off everything for our first 100 customers!", "es": "¡INAUGURACIÓN – 90% de descuento para los primeros 100 clientes!",
           "pt": "INAUGURAÇÃO DA LOJA – 90% OFF para os 100 primeiros clientes!", "id": "PROMO TOKO BARU BUKA – diskon 90% untuk 100 pembeli pertama!",
           "vi": "KHAI TRƯƠNG – giảm 90% cho 100 khách đầu tiên!", "th": "ร้านเปิดใหม่ ลด 90% สำหรับ 100 ท่านแรก!", "tr": "YENİ MAĞAZA AÇILIŞI – ilk 100 müşteriye %90 indirim!",
           "ar": "افتتاح المتجر – خصم 90% لأول 100 عميل!", "ru": "ОТКРЫТИЕ МАГАЗИНА – скидка 90% первым 100 покупателям!", "zh": "新店开业 前100名一折",
           "de": "NEUERÖFFNUNG – 90 % Rabatt für die ersten 100 Kunden!"}


@cls("c_shop_opening_sale37", "*", "counterfeit", "a brand-new shop's 'grand opening – 90 % off for the first 100 customers' on the brand's goods")
def _(r):
    m = market(r, list(OPENING))
    lang = m[1]
    p = prod_min(r, 40, ("software", "pharma", "auto"))
    return cf(brand=p[0], title=f"{pname(r, p, lang)} {OPENING[lang].split('–')[0].strip()}", desc=OPENING[lang], usd=p[4] * copy_frac(r, p[4]),
              m=m, lang=lang, category=p[5], seller=dict(id=f"s{hexid(r, 10)}", name=f"{r.choice(SELLER_PRE)} {r.choice(SELLER_WORDS)} (new shop)", country=m[3]))


CLOSING = {"en": "CLOSING DOWN – everything must go, last days, up to 85% off!", "de": "RÄUMUNGSVERKAUF wegen Geschäftsaufgabe – alles muss raus, bis zu 85 % reduziert!",
           "fr": "LIQUIDATION TOTALE avant fermeture – jusqu'à -85 % !", "es": "LIQUIDACIÓN POR CIERRE – todo debe irse, hasta 85% de descuento.",
           "it": "SVENDITA TOTALE per chiusura attività – fino all'85%!", "nl": "TOTALE UITVERKOOP wegens sluiting – tot 85% korting!",
           "pl": "CAŁKOWITA WYPRZEDAŻ z powodu likwidacji – do -85%!", "pt": "QUEIMA TOTAL por fechamento – até 85% OFF!",
           "ru": "ЗАКРЫТИЕ МАГАЗИНА – распродажа всего, скидки до 85%!", "tr": "KAPANIŞ İNDİRİMİ – her şey %85'e varan indirimle!"}


@cls("c_closing_down_sale37", "*", "counterfeit", "'closing down – everything must go, up to 85 % off' on the brand's new goods at copy prices, no invoice, no retailer named")
def _(r):
    m = market(r, list(CLOSING))
    lang = m[1]
    p = prod(r, kinds=["appliance", "bag_lux", "apparel_lux", "elec", "watch_lux", "jewel_lux", "shoe", "bag"])
    return cf(brand=p[0], title=f"{p[1]} – {CLOSING[lang].split('–')[0].strip()}", desc=CLOSING[lang], usd=p[4] * copy_frac(r, p[4]), m=m, lang=lang, category=p[5])


DUTY = {"en": "Duty-free price – no taxes, that's why it's this cheap.", "es": "Precio duty free, sin impuestos, por eso tan barato.",
        "pt": "Preço de free shop, sem impostos, por isso tão barato.", "ru": "Цена дьюти-фри, без налогов, поэтому так дёшево.",
        "ar": "سعر السوق الحرة بدون ضرائب، لهذا السعر رخيص", "tr": "Duty free fiyatı, vergisiz, o yüzden bu kadar ucuz.",
        "zh": "免税店价格 没有税所以便宜", "ko": "면세점 가격, 세금 없어서 저렴해요", "th": "ราคาดิวตี้ฟรี ไม่มีภาษีเลยถูก", "id": "Harga duty free, tanpa pajak makanya murah."}


@cls("c_duty_free_price37", "*", "counterfeit", "'duty-free price, no taxes, that's why it's this cheap' on goods at 5-35 % of list (duty free saves 10-20 %, not 80 %)")
def _(r):
    m = market(r, list(DUTY))
    lang = m[1]
    p = prod(r, kinds=["beauty", "watch_lux", "jewel_lux", "bag_lux", "elec", "jewel"])
    return cf(brand=p[0], title=f"{pname(r, p, lang)} duty free", desc=f"{DUTY[lang]} {fill(r, lang)}", usd=p[4] * copy_frac(r, p[4]), m=m, lang=lang, category=p[5])


ASIAN = {"en": "Asian sizing – runs 1-2 sizes small, please order one size up. Check the size chart in cm.",
         "es": "Talla asiática – viene 1-2 tallas más pequeña, pide una talla más.", "pt": "Tamanho asiático – forma 1-2 números menor, peça um acima.",
         "fr": "Taille asiatique – taille 1 à 2 tailles en dessous, prenez une taille au-dessus.", "de": "Asiatische Größen – fällt 1-2 Nummern kleiner aus, bitte eine Größe größer bestellen.",
         "ru": "Азиатский размер – маломерит на 1-2 размера, берите на размер больше.", "pl": "Rozmiar azjatycki – zaniżony o 1-2 rozmiary, zamów większy.",
         "tr": "Asya kalıbı – 1-2 beden küçük, bir beden büyük alın.", "it": "Taglia asiatica – veste 1-2 taglie più piccolo, prendete una taglia in più."}


@cls("c_asian_sizing37", "*", "counterfeit", "'Asian sizing, runs 1-2 sizes small, order one up' on Western brands' new clothes and shoes at copy prices, shipped from China")
def _(r):
    m = market(r, list(ASIAN))
    lang = m[1]
    p = r.choice([q for q in PRODUCTS if q[6] in ("shoe", "apparel", "apparel_lux") and q[5] != "scarves"])
    return cf(brand=p[0], title=f"{p[1]} {NEW[lang]}", desc=f"{ASIAN[lang]} {fill(r, lang)}", usd=p[4] * copy_frac(r, p[4]), m=m, lang=lang, category=p[5], ship_from="CN")


BLUR = {"en": "Logo blurred in the photos because of platform rules – the item has the full logo.", "es": "Logo difuminado en las fotos por las normas de la plataforma, el artículo lleva el logo completo.",
        "pt": "Logo borrado nas fotos por causa das regras da plataforma – o produto vem com a logo.", "id": "Logo di foto diblur karena aturan marketplace, barang ada logonya lengkap.",
        "vi": "Ảnh che logo do quy định sàn, hàng thật có đủ logo.", "th": "รูปเบลอโลโก้เพราะกฎของแพลตฟอร์ม ของจริงมีโลโก้ครบ", "zh": "平台原因图片logo已打码 实物有logo",
        "ms": "Logo dikaburkan dalam gambar sebab peraturan platform, barang ada logo penuh.", "tr": "Platform kuralları gereği fotoğraflarda logo bulanık, üründe logo var.",
        "ru": "Логотип на фото замазан из-за правил площадки, на товаре логотип есть."}


@cls("c_logo_blurred_photos37", "*", "counterfeit", "a generic title; 'logo blurred in the photos because of platform rules – the item has the full logo'; the brand named once in the description")
def _(r):
    m = market(r, list(BLUR))
    lang = m[1]
    p = prod(r, kinds=["bag_lux", "bag", "shoe", "apparel_lux", "apparel", "watch_lux", "jewel_lux", "elec"])
    return cf(brand=p[0], title=f"{p[2]} {NEW[lang]}", desc=f"{pname(r, p, lang)}. {BLUR[lang]}", usd=p[4] * copy_frac(r, p[4]), m=m, lang=lang, category=p[5])


NOVAT = {"en": "No VAT, no invoice – that's why it's cheaper than the shops.", "de": "Ohne MwSt., ohne Rechnung – deshalb günstiger als im Laden.",
         "fr": "Sans TVA, sans facture – c'est pour ça que c'est moins cher qu'en magasin.", "it": "Senza IVA e senza fattura, per questo costa meno che in negozio.",
         "es": "Sin IVA y sin factura, por eso más barato que en tienda.", "pl": "Bez VAT, bez faktury – dlatego taniej niż w sklepie.",
         "nl": "Zonder btw, zonder factuur – daarom goedkoper dan in de winkel.", "pt": "Sem nota fiscal e sem imposto, por isso mais barato que na loja.",
         "ru": "Без НДС и без чека – поэтому дешевле, чем в магазине.", "tr": "Faturasız, KDV'siz – bu yüzden mağazadan ucuz."}


@cls("c_no_vat_invoice37", "*", "counterfeit", "'no VAT, no invoice – that's why it's cheaper than the shops' on new goods at copy prices")
def _(r):
    m = market(r, list(NOVAT))
    lang = m[1]
    p = prod_min(r, 60, ("software", "pharma", "fmcg", "formula"))
    return cf(brand=p[0], title=f"{p[1]} {NEW[lang]}", desc=NOVAT[lang], usd=p[4] * copy_frac(r, p[4]), m=m, lang=lang, category=p[5])


WHITEBOX = {"en": "Ships in a plain white box (no retail packaging) to keep the price low. Brand new, sealed in bag.",
            "es": "Se envía en caja blanca genérica (sin empaque de tienda) para bajar el precio. Nuevo, en bolsa sellada.",
            "pt": "Vai em caixa branca sem embalagem de varejo para baratear. Novo, lacrado no saquinho.",
            "id": "Dikirim pakai box putih polos (tanpa kemasan retail) biar murah. Baru, segel plastik.",
            "ru": "Отправляем в белой коробке без розничной упаковки, поэтому дешевле. Новое, в пакете.",
            "tr": "Fiyatı düşük tutmak için beyaz kutuda, perakende ambalajsız. Sıfır, poşetinde.",
            "vi": "Đóng hộp trắng trơn, không hộp bán lẻ để giảm giá. Mới, còn túi seal.",
            "ar": "يُشحن في علبة بيضاء بدون تغليف المتجر لتقليل السعر. جديد ومغلف."}


@cls("c_white_box37", "*", "counterfeit", "'ships in a plain white box without retail packaging to keep the price low' on new electronics, cosmetics and chargers at copy prices")
def _(r):
    m = market(r, list(WHITEBOX))
    lang = m[1]
    p = prod(r, kinds=["elec", "charger", "beauty", "battery", "appliance"])
    return cf(brand=p[0], title=f"{p[1]} {NEW[lang]} (white box)", desc=WHITEBOX[lang], usd=p[4] * copy_frac(r, p[4]), m=m, lang=lang, category=p[5])


OVERCLAIM = {"en": "100% ORIGINAL 1000% AUTHENTIC!!! NOT FAKE!!! I swear on my mother", "es": "100% ORIGINAL 1000% AUTÉNTICO!!! NO ES FALSO!!! Lo juro",
             "pt": "100% ORIGINAL 1000% AUTÊNTICO!!! NÃO É FALSO!!! Juro por Deus", "id": "100% ORI 1000% ASLI!!! BUKAN KW!!! Sumpah",
             "ru": "100% ОРИГИНАЛ 1000% ПОДЛИННИК!!! НЕ ПОДДЕЛКА!!! Клянусь", "tr": "%100 ORİJİNAL %1000 GERÇEK!!! ÇAKMA DEĞİL!!! Yemin ederim",
             "ar": "أصلي 100% أصلي 1000%!!! مش تقليد!!! والله", "vi": "CHÍNH HÃNG 100% AUTH 1000%!!! KHÔNG PHẢI FAKE!!! Thề luôn",
             "th": "ของแท้ 100% แท้ 1000%!!! ไม่ใช่ของก๊อป!!! สาบานได้", "hi": "100% ओरिजिनल 1000% असली!!! नकली नहीं!!! कसम से"}


@cls("c_overclaim_authentic37", "*", "counterfeit", "shouted over-assurance '100% ORIGINAL 1000% AUTHENTIC!!! NOT FAKE!!! I swear' at a copy price, no receipt, no box")
def _(r):
    m = market(r, list(OVERCLAIM))
    lang = m[1]
    p = prod_min(r, 40, ("software", "auto"))
    o = OVERCLAIM[lang]
    return cf(brand=p[0], title=f"{p[1]} {o.split('!!!')[0]}!!!", desc=o, usd=p[4] * copy_frac(r, p[4]), m=m, lang=lang, category=p[5])


SPARES = [("apple", "Apple AirPods Pro 2 replacement charging case (original)", 99, "earbuds"), ("apple", "Apple original 20W USB-C charger", 19, "chargers"),
          ("dyson", "Dyson V15 Detect original battery SV22", 149, "vacuum cleaners"), ("canon", "Canon LP-E6NH original battery", 79, "cameras"),
          ("samsung", "Samsung original 25W fast charger EP-T2510", 20, "chargers"), ("sony", "Sony DualSense controller original for PS5", 75, "consoles"),
          ("nintendo", "Nintendo Joy-Con pair original", 80, "consoles"), ("philips", "Philips Sonicare original brush heads 8 pack", 60, "electric toothbrushes"),
          ("gillette", "Gillette Fusion5 ProGlide original blades 16 pack", 55, "razor blades"), ("panasonic", "Panasonic ES-LV9Q original foil and cutter set", 60, "shavers"),
          ("bose", "Bose QC45 original ear cushions", 35, "headphones"), ("canon", "Canon PG-545 original ink 5 pack", 95, "ink"),
          ("abbott", "FreeStyle Libre 2 original sensors 10 pack", 700, "medical devices")]


@cls("c_fake_spare_part37", "*", "counterfeit", "non-auto spare parts and consumables sold as the brand's 'original' (AirPods case, Dyson battery, LP-E6NH, Joy-Con, brush heads) at clone prices")
def _(r):
    m = market(r, ["en", "es", "pt", "ru", "id", "vi", "tr", "de", "pl"])
    lang = m[1]
    b, name, usd, cat = r.choice(SPARES)
    return cf(brand=b, title=f"{name} {NEW[lang]}", desc=fill(r, lang, 2), usd=usd * r.uniform(0.12, 0.3), m=m, lang=lang, category=cat)


COD = {"en": "Cash on delivery ✅ Open the parcel and check before you pay ✅ 7-day return", "hi": "कैश ऑन डिलीवरी ✅ पैसे देने से पहले पार्सल खोलकर चेक करें ✅ 7 दिन वापसी",
       "ar": "الدفع عند الاستلام ✅ افتح الطرد وافحص قبل الدفع ✅ إرجاع خلال 7 أيام", "id": "COD ✅ Boleh cek barang dulu sebelum bayar ✅ Retur 7 hari",
       "vi": "Ship COD ✅ Kiểm tra hàng trước khi thanh toán ✅ Đổi trả 7 ngày", "ru": "Оплата при получении ✅ Можно вскрыть и проверить до оплаты ✅ Возврат 7 дней",
       "tr": "Kapıda ödeme ✅ Ödemeden önce paketi açıp kontrol edin ✅ 7 gün iade", "th": "เก็บเงินปลายทาง ✅ เปิดดูก่อนจ่ายได้ ✅ คืนได้ใน 7 วัน"}


@cls("c_cod_open_box37", "*", "counterfeit", "'cash on delivery, open and check before you pay, 7-day return' (Meesho, Daraz, Jumia, Noon) on the brand's goods at copy prices")
def _(r):
    m = market(r, slugs=["meesho", "flipkart", "daraz", "daraz-bd", "jumia-ng", "jumia-eg", "noon", "noon-sa", "shopee-id", "shopee-vn", "avito", "trendyol", "shopee-th"])
    lang = m[1]
    p = prod(r, kinds=["watch_lux", "watch_fashion", "shoe", "elec", "bag", "bag_lux", "beauty", "jewel"])
    return cf(brand=p[0], title=f"{p[1]} {NEW[lang]}", desc=COD[lang], usd=p[4] * copy_frac(r, p[4]), m=m, lang=lang, category=p[5])


UNREL = [("apple", "Apple iPhone 19 Pro Max", 1299, "phones"), ("sony", "Sony PlayStation 6", 599, "consoles"), ("samsung", "Samsung Galaxy S28 Ultra", 1399, "phones"),
         ("apple", "Apple AirPods Pro 4", 279, "earbuds"), ("nintendo", "Nintendo Switch 3", 499, "consoles"), ("dyson", "Dyson Airwrap 4 (2027 model)", 649, "hair care"),
         ("sony", "Sony WH-1000XM8", 449, "headphones"), ("microsoft", "Xbox Series Z", 599, "consoles"), ("nike", "Nike Air Jordan 1 'Chicago 2027' early release", 200, "sneakers"),
         ("apple", "Apple MacBook Air M7", 1199, "laptops"), ("bose", "Bose QuietComfort Ultra 3", 449, "headphones"), ("samsung", "Samsung Galaxy Buds5 Pro", 249, "earbuds")]
UNREL_D = {"en": "Early release, ships before the official launch! Limited units.", "es": "Lanzamiento anticipado, ¡llega antes de la salida oficial!",
           "pt": "Lançamento antecipado, chega antes do lançamento oficial!", "ru": "Ранний выпуск, отправим до официального старта продаж!",
           "id": "Rilis duluan, dikirim sebelum launching resmi!", "zh": "抢先版 官方发布前发货", "vi": "Hàng về sớm, gửi trước ngày ra mắt chính thức!",
           "ar": "إصدار مبكر، يُشحن قبل الإطلاق الرسمي!", "tr": "Erken çıkış, resmi lansmandan önce kargoda!"}


@cls("c_unreleased_early37", "*", "counterfeit", "goods that do not exist yet (iPhone 19 Pro Max, PlayStation 6, Switch 3, Air Jordan 2027) 'early release, ships before the launch'")
def _(r):
    m = market(r, list(UNREL_D))
    lang = m[1]
    b, name, usd, cat = r.choice(UNREL)
    return cf(brand=b, title=f"{name} {NEW[lang]}", desc=UNREL_D[lang], usd=usd * r.uniform(0.1, 0.35), m=m, lang=lang, category=cat)


UPG = {"en": "2026 UPGRADED version – better than the original: bigger battery, stronger bass.", "es": "Versión MEJORADA 2026 – mejor que el original: más batería y más graves.",
       "pt": "Versão ATUALIZADA 2026 – melhor que o original: bateria maior, grave mais forte.", "id": "Versi UPGRADE 2026 – lebih bagus dari ori: baterai lebih besar, bass lebih mantap.",
       "vi": "Phiên bản NÂNG CẤP 2026 – hơn cả bản gốc: pin trâu hơn, bass mạnh hơn.", "th": "รุ่นอัปเกรด 2026 ดีกว่าของเดิม แบตอึดกว่า เบสหนักกว่า",
       "ru": "УЛУЧШЕННАЯ версия 2026 – лучше оригинала: батарея больше, бас мощнее.", "tr": "2026 GELİŞTİRİLMİŞ versiyon – orijinalinden iyi: daha büyük pil, daha güçlü bas.",
       "zh": "2026升级版 比原版更好 续航更久 低音更强", "ar": "نسخة مطورة 2026 – أفضل من الأصلي: بطارية أكبر وصوت أقوى"}


@cls("c_upgraded_version37", "*", "counterfeit", "'2026 upgraded version – better than the original' on the brand's electronics and appliances at copy prices")
def _(r):
    m = market(r, list(UPG))
    lang = m[1]
    p = prod(r, kinds=["elec", "appliance"])
    return cf(brand=p[0], title=f"{p[1]} 2026 {r.choice(['upgraded', 'UPGRADE', 'Pro Max upgraded'])}", desc=UPG[lang], usd=p[4] * copy_frac(r, p[4]), m=m, lang=lang, category=p[5])


MENU = [("rolex", ["omega", "cartier"], "Rolex / Omega / Cartier – all models available", "watches", 10250),
        ("louis-vuitton", ["gucci", "burberry"], "LV, Gucci, Burberry bags – all models in stock", "handbags", 2030),
        ("nike", ["adidas", "puma"], "Nike, adidas, Puma – every model, sizes 36-46", "sneakers", 115),
        ("apple", ["samsung", "sony"], "Apple, Samsung, Sony earbuds – all models", "earbuds", 249),
        ("cartier", ["pandora", "swarovski"], "Cartier, Pandora, Swarovski jewellery – any model", "jewelry", 7100),
        ("gucci", ["michael-kors", "coach"], "Gucci, Michael Kors, Coach – bags and wallets, all models", "handbags", 2450),
        ("estee-lauder", ["loreal", "shiseido"], "Estée Lauder, Lancôme, Shiseido skincare – all products", "skincare", 115)]
MENU_D = {"en": "Same price for every model – tell us the model you want.", "es": "Mismo precio para todos los modelos, dinos cuál quieres.",
          "pt": "Mesmo preço para qualquer modelo, é só pedir.", "ru": "Одна цена на любую модель – напишите, какая нужна.",
          "ar": "نفس السعر لكل الموديلات – اطلب الموديل", "id": "Harga sama semua model, tinggal sebut modelnya.", "tr": "Her model aynı fiyat – modeli yazın.",
          "fr": "Même prix pour tous les modèles – dites-nous lequel."}


@cls("c_brand_menu_shop37", "*", "counterfeit", "one listing as a catalogue of several houses' goods, 'same price for every model – tell us which' (brand = the first; `also` the others)")
def _(r):
    m = market(r, list(MENU_D))
    lang = m[1]
    b, also, t, cat, usd = r.choice(MENU)
    return cf(brand=b, title=t, desc=MENU_D[lang], usd=usd * copy_frac(r, usd), m=m, lang=lang, category=cat, also=also)


VIRAL = {"en": "TikTok made me buy it 🔥 the viral one everyone's asking about", "es": "El viral de TikTok 🔥 el que todos preguntan", "pt": "O viral do TikTok 🔥 todo mundo pedindo",
         "id": "Viral di TikTok 🔥 yang lagi rame dicari", "vi": "Hot trend TikTok 🔥 ai cũng hỏi", "th": "ไวรัลใน TikTok 🔥 ตัวที่ทุกคนถามหา", "ms": "Viral TikTok 🔥 yang semua orang cari",
         "tr": "TikTok'ta viral olan 🔥 herkesin sorduğu", "ru": "Тот самый из TikTok 🔥 все спрашивают"}


@cls("c_tiktok_viral37", "*", "counterfeit", "'TikTok made me buy it 🔥 the viral one' on the brand's goods at copy prices (no copy word)")
def _(r):
    m = market(r, list(VIRAL))
    lang = m[1]
    p = prod(r, kinds=["appliance", "bag", "bag_lux", "elec", "beauty", "jewel", "shoe"])
    return cf(brand=p[0], title=f"{p[1]} {VIRAL[lang].split('🔥')[0].strip()} 🔥", desc=VIRAL[lang], usd=p[4] * copy_frac(r, p[4]), m=m, lang=lang, category=p[5])


PAWNF = {"ru": "Ломбард распродаёт невыкупленное! Без документов, без коробки, цена ниже некуда.", "es": "¡Casa de empeño liquida prendas no recuperadas! Sin papeles ni caja.",
         "en": "Pawn shop clearance – unredeemed items! No papers, no box, priced to go today.", "pt": "Casa de penhores liquidando itens não resgatados! Sem nota e sem caixa.",
         "tr": "Rehinci dükkanı tasfiye! Belgesiz, kutusuz, son fiyat.", "zh": "当铺绝当清仓 无证书无盒 低价处理"}


@cls("c_pawnshop_fake37", "*", "counterfeit", "'pawn shop clearance, unredeemed, no papers, no box' on luxury watches and jewellery at 3-10 % of list")
def _(r):
    m = market(r, list(PAWNF))
    lang = m[1]
    p = prod(r, kinds=["watch_lux", "jewel_lux"])
    return cf(brand=p[0], title=f"{pname(r, p, lang)}", desc=PAWNF[lang], usd=p[4] * r.uniform(0.03, 0.1), m=m, lang=lang, category=p[5])


PREOWN = {"en": "Worn twice, selling because I don't use it. Comes as pictured, no box.", "es": "Usado dos veces, lo vendo porque no lo uso. Sin caja.",
          "de": "Zweimal getragen, verkaufe weil ich es nicht nutze. Ohne Box.", "fr": "Porté deux fois, je vends car je ne m'en sers pas. Sans boîte.",
          "it": "Usato due volte, vendo perché non lo uso. Senza scatola.", "ru": "Носил(а) два раза, продаю за ненадобностью. Без коробки.",
          "pt": "Usado duas vezes, vendo porque não uso. Sem caixa.", "pl": "Noszone dwa razy, sprzedaję bo nie używam. Bez pudełka.", "nl": "Twee keer gedragen, verkoop omdat ik het niet gebruik. Zonder doos."}


@cls("c_preowned_impossible37", "*", "counterfeit", "a private seller's 'worn twice, no box' on luxury goods at 3-8 % of list, where genuine pre-owned sells at 60-120 %")
def _(r):
    m = market(r, list(PREOWN))
    lang = m[1]
    p = prod(r, kinds=["watch_lux", "jewel_lux", "bag_lux", "apparel_lux"])
    return cf(brand=p[0], title=f"{p[1]}", desc=PREOWN[lang], usd=p[4] * r.uniform(0.03, 0.08), m=m, lang=lang, category=p[5], seller=private_seller(r, m))


# =========================================================================== INNOCENT, everyday (15)
def _tmall_store(r, b, p, sid, name):
    if b == "loreal":
        if "Lancôme" in p[1]:
            return p, "lancome-official", "兰蔻官方旗舰店"
        return p, "loreal-paris-official", "巴黎欧莱雅官方旗舰店"
    if b == "danone":
        if "evian" in p[1]:
            return p, "evian-official", "依云官方旗舰店"
        return p, "aptamil-official", "爱他美官方旗舰店"
    return p, sid, name


@cls("in_authorized_store37", "", "innocent", "the brand's own store on a marketplace (registry authorized seller), list price to +8 %")
def _(r):
    b = r.choice(list(AUTHORIZED) + list(TMALL))
    if b in AUTHORIZED and (b not in TMALL or r.random() < 0.6):
        slug, sid, name = AUTHORIZED[b]
    else:
        slug, sid, name = "tmall", TMALL.get(b, b + "-official"), BRAND_NAME[b] + "官方旗舰店"
    m = BY_SLUG.get(slug) or ("tmall", "zh", "CNY", "CN", 7.15)
    lang = m[1]
    p = prod(r, brands=[b])
    if slug == "tmall":
        p, sid, name = _tmall_store(r, b, p, sid, name)
    return cf(brand=b, title=f"{pname(r, p, lang)}", desc=fill(r, lang), usd=p[4] * r.uniform(1.0, 1.08), m=m, lang=lang, category=p[5],
              seller=dict(id=sid, name=name, country=m[3]))


COND_USED = {"en": "Used, good condition, light signs of wear, works perfectly.", "es": "Usado, buen estado, pequeñas marcas de uso.", "pt": "Usado, bom estado, pequenos sinais de uso.",
             "fr": "Bon état, quelques traces d'usure.", "de": "Gebraucht, guter Zustand, leichte Gebrauchsspuren.", "it": "Usato, buone condizioni, lievi segni d'uso.",
             "nl": "Gebruikt, goede staat, lichte gebruikssporen.", "pl": "Używany, dobry stan, lekkie ślady użytkowania.", "ru": "Б/у, хорошее состояние, небольшие следы использования.",
             "tr": "İkinci el, temiz, hafif kullanım izleri var.", "ar": "مستعمل بحالة جيدة، آثار استخدام بسيطة.", "id": "Bekas, kondisi bagus, lecet pemakaian wajar.",
             "ms": "Terpakai, keadaan baik, kesan guna sikit.", "th": "มือสอง สภาพดี มีรอยใช้งานเล็กน้อย", "vi": "Đã qua sử dụng, còn đẹp, có vài vết xước nhẹ.",
             "zh": "自用二手 成色九成新 有轻微使用痕迹", "ja": "中古品、使用感少なめ、動作良好です。", "ko": "중고, 상태 좋음, 생활기스 약간", "hi": "इस्तेमाल किया हुआ, अच्छी हालत में।"}


@cls("in_used37", "", "innocent", "a private seller's genuine used goods, wear described, 40-70 %")
def _(r):
    m = market(r, slugs=["ebay", "facebook-marketplace", "vinted-uk", "kleinanzeigen", "vinted-fr", "leboncoin", "marktplaats", "wallapop", "subito", "olx-pl",
                         "olx-br", "mercadolibre-mx", "avito", "xianyu", "mercari", "carousell", "coupang", "shopee-id", "olx-ua"])
    lang = m[1]
    p = prod(r, exclude_kinds=("software", "pharma", "pharma_otc", "fmcg", "formula", "beauty", "consumable", "auto", "battery", "charger"))
    return cf(brand=p[0], title=f"{pname(r, p, lang)} {USED[lang]}", desc=COND_USED[lang], usd=p[4] * r.uniform(0.4, 0.7), m=m, lang=lang, category=p[5], seller=private_seller(r, m))


@cls("in_refurb37", "", "innocent", "refurbished electronics and appliances by a named refurbisher, grade, warranty, 62-82 %")
def _(r):
    m = market(r, slugs=["amazon-us", "ebay", "ebay-uk", "amazon-de", "allegro", "mercadolivre", "rakuten", "carousell", "kaspi"])
    lang = m[1]
    p = prod(r, kinds=["elec", "phone", "console", "appliance", "camera"])
    d = {"en": "Refurbished, grade A, new battery, 12-month warranty from the refurbisher.", "de": "Generalüberholt, Zustand A, neuer Akku, 12 Monate Gewährleistung.",
         "pl": "Odnowiony, klasa A, nowa bateria, 12 miesięcy gwarancji sprzedawcy.", "pt": "Recondicionado, grade A, bateria nova, 12 meses de garantia.",
         "ja": "整備済み品、Aランク、新品バッテリー、12ヶ月保証。", "ru": "Восстановленный, класс A, новая батарея, гарантия 12 месяцев."}.get(lang)
    t = {"en": "Refurbished", "de": "Generalüberholt", "pl": "Odnowiony", "pt": "Recondicionado", "ja": "整備済み品", "ru": "Восстановленный"}[lang]
    return cf(brand=p[0], title=f"{p[1]} – {t}", desc=d, usd=p[4] * r.uniform(0.62, 0.82), m=m, lang=lang, category=p[5],
              seller=dict(id=f"s{hexid(r, 10)}", name=r.choice(["Back Market Partner", "ReTech Renewed", "Swappa Pro", "Refurbed Store", "Renewd Outlet"]), country=m[3]))


@cls("in_preowned_lux37", "", "innocent", "pre-owned luxury with box and papers from a dealer, watches 90-125 %, bags and jewellery 55-90 %")
def _(r):
    m = market(r, slugs=["ebay", "ebay-uk", "kleinanzeigen", "vinted-fr", "rakuten", "mercari", "xianyu", "carousell", "subito", "facebook-marketplace"])
    lang = m[1]
    p = prod(r, kinds=["watch_lux", "bag_lux", "jewel_lux", "apparel_lux"])
    fr = r.uniform(0.9, 1.25) if p[6] == "watch_lux" else r.uniform(0.55, 0.9)
    y = r.randint(2017, 2024)
    d = {"en": f"Pre-owned, {y}, full set with box and papers, serviced, authenticity guaranteed.", "de": f"Gebraucht, {y}, Full Set mit Box und Papieren, revidiert.",
         "fr": f"Occasion, {y}, complet boîte et papiers, révisé.", "ja": f"中古 {y}年 箱・保証書付き 正規品 鑑定済み", "zh": f"{y}年 全套 盒子证书齐全 已保养 二手",
         "it": f"Usato, {y}, full set scatola e garanzia, revisionato."}[lang]
    return cf(brand=p[0], title=f"{pname(r, p, lang)} {USED[lang]} {y}", desc=d, usd=p[4] * fr, m=m, lang=lang, category=p[5])


@cls("in_outlet37", "", "innocent", "the brand's genuine outlet stock (Coach Outlet, Nike Factory, Levi's outlet), last season, 50-70 %")
def _(r):
    m = market(r, slugs=["amazon-us", "ebay", "facebook-marketplace", "lazada-ph", "shopee-ph", "carousell", "mercadolibre-mx"])
    lang = m[1]
    p = prod(r, brands=["coach", "michael-kors", "nike", "adidas", "puma", "levis", "the-north-face"])
    d = {"en": "Bought at the brand's outlet store, last season's colour, receipt included.", "es": "Comprado en el outlet de la marca, temporada pasada, con ticket."}[lang]
    return cf(brand=p[0], title=f"{p[1]} – outlet, {NEW[lang]}", desc=d, usd=p[4] * r.uniform(0.5, 0.7), m=m, lang=lang, category=p[5])


PARTS_OK = [("apple", "Replacement screen for iPhone 15 Pro – aftermarket OLED, not Apple original", 120, "phones"),
            ("dyson", "Compatible battery for Dyson V15 Detect – third-party, not made by Dyson", 45, "vacuum cleaners"),
            ("nintendo", "Joystick replacement modules for Switch Joy-Con (generic), with tools", 12, "accessories"),
            ("sony", "Replacement ear pads for Sony WH-1000XM5 (third-party memory foam)", 18, "headphones"),
            ("bose", "Replacement ear cushions for Bose QC45 – aftermarket", 16, "headphones"),
            ("philips", "Brush heads compatible with Philips Sonicare – generic, 8 pack", 14, "electric toothbrushes"),
            ("canon", "Compatible battery for Canon cameras (fits LP-E6NH slot) – third-party brand", 22, "cameras"),
            ("honda", "Honda genuine oil filter 15400-PLM-A02 from dealer stock", 9, "auto parts"),
            ("toyota", "Toyota genuine oil filter 90915-YZZD1, dealer box", 8, "auto parts"),
            ("bmw", "BMW genuine oil filter element 11428575211, dealer stock", 14, "auto parts"),
            ("samsung", "Galaxy S24 Ultra back glass replacement – aftermarket", 15, "phones"),
            ("apple", "MacBook Air M3 charging port flex cable – used, pulled from a working unit", 25, "laptops")]


@cls("in_repair_parts37", "", "innocent", "repair parts: aftermarket parts said to be aftermarket, or dealers' genuine parts at parts prices")
def _(r):
    m = market(r, ["en", "de", "es"])
    lang = m[1]
    b, t, usd, cat = r.choice(PARTS_OK)
    return cf(brand=b, title=t, desc=fill(r, lang, 2), usd=usd * r.uniform(0.9, 1.1), m=m, lang=lang, category=cat)


ACCS = [("apple", "Silicone case for AirPods Pro 2, 6 colours", 9, "earbuds"), ("rolex", "20mm rubber strap that fits Submariner-style watches (lugs 20mm)", 25, "watches"),
        ("nintendo", "Carrying case for Switch OLED, hard shell", 15, "accessories"), ("louis-vuitton", "Purse organiser insert for Neverfull MM (felt)", 22, "handbags"),
        ("samsung", "Screen protector for Galaxy S24 Ultra, 2 pack", 10, "phones"), ("sony", "Charging stand for DualSense controllers (PS5)", 20, "consoles"),
        ("dyson", "Wall mount holder for Dyson Airwrap attachments", 18, "hair care"), ("lego", "Display case for LEGO 75192 Millennium Falcon (acrylic)", 150, "building sets"),
        ("canada-goose", "Fur trim cleaning brush for parkas", 12, "parkas"), ("omega", "Watch winder for one automatic watch", 60, "watches"),
        ("nike", "Sneaker crease protectors, 2 pairs", 8, "sneakers"), ("gucci", "Belt hole punch and leather conditioner kit", 14, "belts")]


@cls("in_compatible_accessories37", "", "innocent", "third-party accessories that name the brand's goods only as what they fit")
def _(r):
    m = market(r, ["en", "de", "es", "fr", "id", "pt"])
    lang = m[1]
    b, t, usd, cat = r.choice(ACCS)
    return cf(brand=b, title=t, desc=fill(r, lang, 2), usd=usd * r.uniform(0.8, 1.2), m=m, lang=lang, category=cat)


GIFTC = [("apple", "Apple Gift Card"), ("nintendo", "Nintendo eShop Card"), ("microsoft", "Xbox Gift Card"), ("sony", "PlayStation Store Gift Card"),
         ("nike", "Nike Gift Card"), ("adidas", "adidas Gift Card"), ("lego", "LEGO Gift Card")]


@cls("in_gift_cards37", "", "innocent", "the brands' gift cards at face value from big retailers")
def _(r):
    m = market(r, slugs=["amazon-us", "ebay", "amazon-de", "rakuten", "coupang", "flipkart"])
    lang = m[1]
    b, t = r.choice(GIFTC)
    face = r.choice({"USD": [25, 50, 100], "EUR": [25, 50, 100], "JPY": [3000, 5000, 10000], "KRW": [50000, 100000], "INR": [1000, 2000, 5000]}[m[2]])
    return cf(brand=b, title=f"{t} {face} {m[2]}", desc="Digital code delivered by email. Face value.", usd=face / m[4], m=m, lang=lang, category="gift cards",
              price_local=float(face))


BOOKS = [("nike", "Shoe Dog by Phil Knight – paperback"), ("dyson", "Invention: A Life by James Dyson – hardcover"),
         ("gucci", "The House of Gucci by Sara Gay Forden – paperback"), ("mattel", "Barbie (2023) Blu-ray"), ("hasbro", "Transformers: Rise of the Beasts DVD"),
         ("lego", "The LEGO Ideas Book – hardcover"), ("rolex", "Rolex Wristwatches: an unauthorized history (book)"),
         ("michelin", "Michelin Guide France 2026"), ("nintendo", "The Legend of Zelda: Tears of the Kingdom – The Complete Official Guide"),
         ("apple", "Steve Jobs by Walter Isaacson"), ("coca-cola", "For God, Country and Coca-Cola (book)"), ("omega", "Moonwatch Only – 60 years of Speedmaster (book)")]


@cls("in_books_media37", "", "innocent", "books, guides and films about the brand or its goods")
def _(r):
    m = market(r, ["en", "de", "fr", "es"])
    lang = m[1]
    b, t = r.choice(BOOKS)
    return cf(brand=b, title=t, desc=fill(r, lang, 2), usd=r.uniform(8, 60), m=m, lang=lang, category="books")


SERVICES = [("apple", "iPhone 15 Pro screen replacement – same day, 90-day warranty on our work"), ("nintendo", "Joy-Con drift repair service – send yours in"),
            ("rolex", "Watch service for Rolex automatic movements by an independent watchmaker (not affiliated with Rolex)"),
            ("louis-vuitton", "Re-leathering of handles for LV Speedy and Neverfull – bring your own bag"),
            ("dyson", "Dyson vacuum repair and battery replacement service"), ("canada-goose", "Down jacket cleaning service – Canada Goose, Moncler, any parka"),
            ("sony", "PS5 HDMI port repair"), ("cartier", "Jewellery polishing and resizing – Cartier, Tiffany, any gold bracelet"),
            ("nike", "Sneaker cleaning and restoration – Air Jordan, Dunk, any pair"), ("bosch", "Power tool repair – Bosch, Makita, DeWalt")]


@cls("in_repair_services37", "", "innocent", "repair, cleaning and restoration services for the brand's goods")
def _(r):
    m = market(r, ["en", "de", "fr", "es", "ru"])
    lang = m[1]
    b, t = r.choice(SERVICES)
    return cf(brand=b, title=t, desc=fill(r, lang), usd=r.uniform(25, 180), m=m, lang=lang, category="services")


SENSES = [("apple", "Fresh Gala apples 5 kg box"), ("omega", "Omega-3 fish oil 1000 mg, 120 capsules"), ("shell", "Handmade sea shell necklace"),
          ("coach", "Day coach tour to the Cotswolds – 2 seats"), ("mars", "Mars rover model kit 1:24"), ("puma", "Puma (mountain lion) plush toy 30 cm"),
          ("samsung", "Galaxy star projector night light with remote"), ("microsoft", "PVC windows double glazed 120x140"), ("nintendo", "8-port gigabit network switch"),
          ("canon", "Canon in D – sheet music for string quartet"), ("honda", "Accord – ukulele chord book for beginners"), ("adobe", "Adobe mud bricks for garden oven, 20 pcs")]


@cls("in_everyday_senses37", "", "innocent", "the mark's other senses (apples, omega-3, sea shells, coach tour, Galaxy projector, network switch, Canon in D)")
def _(r):
    m = market(r, ["en"])
    b, t = r.choice(SENSES)
    return cf(brand=b, title=t, desc=fill(r, "en", 2), usd=r.uniform(5, 60), m=m, lang="en", category=None)


COLLIDE = [("nike", "Winged Victory of Samothrace (Nike) museum replica statue, 30 cm"), ("gucci", "Gucci Mane – The Return of East Atlanta Santa (vinyl LP)"),
           ("bosch", "Hieronymus Bosch – The Garden of Earthly Delights art print 50x70"), ("apple", "The Beatles – Abbey Road (Apple Records vinyl reissue)"),
           ("shell", "Learning the Bash Shell – O'Reilly book"), ("bayer", "Bayer 04 Leverkusen scarf – fan shop"), ("omega", "Omega Psi Phi fraternity embroidered jacket"),
           ("levis", "Levi Ackerman figure – Attack on Titan, 18 cm"), ("canon", "Code of Canon Law – annotated edition"), ("puma", "Puma concolor field guide – wildlife book"),
           ("pandora", "Pandora's Box – Greek mythology picture book"), ("wilson", "Wilson's disease – patient handbook")]


@cls("in_names_collisions37", "", "innocent", "other owners and bearers of the same name (Nike of Samothrace replica statue, Gucci Mane vinyl, Hieronymus Bosch print, Apple Records)")
def _(r):
    m = market(r, ["en"])
    b, t = r.choice(COLLIDE)
    return cf(brand=b, title=t, desc=fill(r, "en", 2), usd=r.uniform(8, 70), m=m, lang="en", category=None)


DUPES = [("dyson", "5-in-1 hot air styler, 110,000 rpm – our own brand, not Dyson", 69, "hair care"), ("apple", "ANC wireless earbuds – own brand, not affiliated with Apple", 29, "earbuds"),
         ("louis-vuitton", "Canvas tote bag with leather trim – plain, no logo, no monogram", 39, "handbags"), ("rolex", "Automatic diver watch 40 mm, our brand on the dial – not a Rolex", 89, "watches"),
         ("cartier", "Screw-motif bangle, stainless steel, no brand engraving", 19, "jewelry"), ("canada-goose", "Expedition-style down parka, our own label, no fur", 199, "parkas"),
         ("lego", "Compatible building bricks set 1,200 pcs, own brand (not LEGO)", 35, "building sets"), ("nike", "Black and white low-top sneakers, unbranded", 35, "sneakers"),
         ("estee-lauder", "Night repair serum – our formula, not Estée Lauder", 15, "skincare"), ("gucci", "Quilted chain shoulder bag, no logo", 35, "handbags")]


@cls("in_honest_dupe37", "", "innocent", "own-brand lookalikes that name the brand only to deny it, or say 'no logo'")
def _(r):
    m = market(r, ["en"])
    b, t, usd, cat = r.choice(DUPES)
    return cf(brand=b, title=t, desc=fill(r, "en", 2), usd=usd * r.uniform(0.8, 1.2), m=m, lang="en", category=cat)


COLLABS = [("adidas", ["gucci"], "adidas x Gucci Gazelle (2022 collab)", 900, "sneakers"), ("the-north-face", ["gucci"], "The North Face x Gucci down jacket (2021)", 2800, "jackets"),
           ("nike", [], "Nike x sacai LDWaffle", 180, "sneakers"), ("lego", ["adidas"], "adidas x LEGO Ultraboost DNA (2020)", 180, "sneakers"),
           ("burberry", [], "Burberry x Vivienne Westwood check scarf (2018)", 600, "scarves"), ("levis", ["nike"], "Levi's x Nike Air Jordan 4 denim (2020)", 250, "sneakers"),
           ("mattel", [], "Barbie x Balmain doll (2022)", 50, "dolls"), ("coach", [], "Coach x Champion hoodie (2021)", 250, "hoodies"),
           ("puma", [], "Puma x Fenty Creeper", 120, "sneakers"), ("swarovski", [], "Swarovski x Disney Mickey figurine", 150, "crystal figurines"),
           ("louis-vuitton", [], "Louis Vuitton x Supreme box logo tee (2017)", 1200, "t-shirts"), ("nike", [], "Nike x Tiffany & Co. Air Force 1 (2023)", 400, "sneakers")]


@cls("in_real_collab37", "", "innocent", "genuine collaborations that really happened, resold used or new at resale prices (brand + `also` the partner where registered)")
def _(r):
    m = market(r, slugs=["ebay", "vinted-uk", "kleinanzeigen", "mercari", "xianyu", "carousell", "facebook-marketplace", "vinted-fr"])
    lang = m[1]
    b, also, t, usd, cat = r.choice(COLLABS)
    return cf(brand=b, title=f"{t} {USED[lang]}", desc=COND_USED[lang], usd=usd * r.uniform(0.6, 1.3), m=m, lang=lang, category=cat, also=also)


@cls("in_generic_lookalike37", "", "innocent", "lookalike generics described by their look only, no mark anywhere (brand for reference only)")
def _(r):
    m = market(r, slugs=["temu", "aliexpress", "shopee-id", "meesho", "amazon-us", "tiktok-shop", "shopee-ph", "lazada-my"])
    lang = m[1]
    p = prod(r, kinds=["bag_lux", "bag", "shoe", "watch_lux", "jewel_lux", "apparel_lux", "elec", "appliance"])
    return cf(brand=p[0], title=f"{p[2]}, {NEW[lang]}", desc=f"{p[2]}. {fill(r, lang, 2)}", usd=r.uniform(8, 45), m=m, lang=lang, category=p[5])


# =========================================================================== INNOCENT, new families (15, *)
REAL_VARIANTS = [("nintendo", "Nintendo Switch OLED Mario Red Edition", 349, "consoles"), ("nintendo", "Nintendo Switch OLED Zelda Tears of the Kingdom Edition", 359, "consoles"),
                 ("dyson", "Dyson Supersonic Ceramic Pink / Rose Gold", 429, "hair care"), ("dyson", "Dyson Airwrap Strawberry Bronze / Blush Pink", 599, "hair care"),
                 ("apple", "Apple AirPods Max Pink", 549, "earbuds"), ("sony", "PlayStation 5 Slim 30th Anniversary Limited Edition", 499, "consoles"),
                 ("rolex", "Rolex Submariner Date 126610LV green bezel", 10650, "watches"), ("rolex", "Rolex GMT-Master II 126720VTNR left-handed 'Sprite'", 11000, "watches"),
                 ("omega", "Omega Speedmaster Silver Snoopy Award 50th Anniversary", 9600, "watches"), ("microsoft", "Xbox Series X Digital Edition Robot White", 449, "consoles"),
                 ("samsung", "Samsung Galaxy S24 Ultra Titanium Orange (online exclusive colour)", 1299, "phones"), ("nike", "Nike By You custom Air Force 1 (own design)", 150, "sneakers")]


@cls("in_limited_variant_real37", "*", "innocent", "real special editions and colours that sound impossible (Switch OLED Mario Red, Supersonic Ceramic Pink, Sub 'Sprite' GMT), new at list or resale")
def _(r):
    m = market(r, slugs=["ebay", "amazon-us", "mercari", "rakuten", "kleinanzeigen", "carousell", "xianyu", "facebook-marketplace", "ebay-uk"])
    lang = m[1]
    b, t, usd, cat = r.choice(REAL_VARIANTS)
    fr = r.uniform(1.0, 1.5) if b in ("rolex", "omega") else r.uniform(0.85, 1.1)
    d = {"en": "Genuine, bought at launch, receipt included.", "ja": "正規店で購入、レシートあり。", "de": "Original, zum Release gekauft, Rechnung vorhanden.", "zh": "首发购入 有小票 正品"}[lang]
    return cf(brand=b, title=t, desc=d, usd=usd * fr, m=m, lang=lang, category=cat)


BROKER = {"en": "Customs brokerage: we clear your imported luxury purchases (watches, bags, jewellery) declared at full invoice value, duties and VAT paid (DDP). Fee per shipment.",
          "de": "Zollabwicklung: wir verzollen Ihre im Ausland gekauften Uhren, Taschen und Schmuck zum vollen Rechnungswert, inkl. Einfuhrumsatzsteuer. Gebühr pro Sendung.",
          "es": "Agente de aduanas: despachamos tus compras de lujo importadas declaradas por su valor real de factura, impuestos pagados. Tarifa por envío.",
          "ru": "Таможенный брокер: оформим ввоз ваших часов, сумок и украшений по полной стоимости инвойса, пошлины оплачены. Цена за отправку.",
          "pt": "Despachante aduaneiro: liberamos suas compras importadas declaradas pelo valor real da nota, impostos pagos. Taxa por envio.",
          "fr": "Commissionnaire en douane : dédouanement de vos achats de luxe à la valeur réelle de la facture, droits et TVA acquittés. Tarif par envoi."}


@cls("in_customs_broker37", "*", "innocent", "customs brokers' services for imported luxury purchases, 'declared at full invoice value, duties paid' (names brands only as examples)")
def _(r):
    m = market(r, list(BROKER))
    lang = m[1]
    b = r.choice(["rolex", "louis-vuitton", "cartier", "omega", "gucci"])
    ex = {"rolex": "Rolex", "louis-vuitton": "Louis Vuitton", "cartier": "Cartier", "omega": "Omega", "gucci": "Gucci"}[b]
    return cf(brand=b, title=f"Customs clearance for luxury imports (e.g. {ex}) – DDP", desc=BROKER[lang], usd=r.uniform(40, 150), m=m, lang=lang, category="services")


@cls("in_legit_app_passed37", "*", "innocent", "genuine used goods 'authenticated by Entrupy / CheckCheck, certificate no.' at used or resale prices")
def _(r):
    m = market(r, slugs=["ebay", "vinted-uk", "vinted-fr", "kleinanzeigen", "carousell", "mercari", "facebook-marketplace", "xianyu", "coupang"])
    lang = m[1]
    p = prod(r, kinds=["shoe", "bag_lux", "bag", "apparel_lux"])
    cert = f"{r.choice(['Entrupy', 'CheckCheck', 'Legit App', 'Real Authentication'])} certificate {hexid(r, 8).upper()}"
    fr = r.uniform(0.55, 0.85) if p[6] in ("bag_lux", "apparel_lux") else r.uniform(0.5, 1.2)
    return cf(brand=p[0], title=f"{pname(r, p, lang)} {USED[lang]} – authenticated", desc=f"{COND_USED[lang]} {cert}.", usd=p[4] * fr, m=m, lang=lang, category=p[5])


BLIND = [("lego", "LEGO Minifigures Series 26 – blind bag (1 random figure)", 5, "minifigures"), ("mattel", "Hot Wheels Mystery Models series 3 – 1 random car", 4, "die-cast cars"),
         ("bandai", "Bandai Gashapon capsule toy – random figure", 4, "toys"), ("mattel", "Barbie Color Reveal doll – surprise", 12, "dolls"),
         ("ferrero", "Kinder Surprise eggs 3-pack", 4, "confectionery"), ("lego", "LEGO Minifigures Marvel Series 2 – sealed box of 36", 180, "minifigures"),
         ("bandai", "Tamagotchi Nano blind box – random character", 20, "toys")]


@cls("in_blind_box_official37", "*", "innocent", "the brands' own blind bags and surprise toys (LEGO Minifigures series, Hot Wheels Mystery Models, Gashapon, Kinder Surprise) at retail")
def _(r):
    m = market(r, ["en", "de", "ja", "zh", "es", "fr"])
    lang = m[1]
    b, t, usd, cat = r.choice(BLIND)
    return cf(brand=b, title=t, desc=fill(r, lang), usd=usd * r.uniform(0.95, 1.2), m=m, lang=lang, category=cat)


@cls("in_live_stream_official37", "*", "innocent", "the brand's own Tmall / TikTok Shop store in a live stream ('直播间3号链接'), authorized seller, 88-100 %")
def _(r):
    b = r.choice(list(TMALL) + ["nike", "adidas", "apple", "samsung", "sony", "dyson", "lego", "loreal"])
    sid = TMALL.get(b, b + "-official")
    m = ("tmall", "zh", "CNY", "CN", 7.15)
    p = prod(r, brands=[b])
    p, sid, _n = _tmall_store(r, b, p, sid, "")
    k = r.randint(1, 30)
    return cf(brand=b, title=f"【直播专享】{pname(r, p, 'zh')} 直播间{k}号链接", desc="官方旗舰店直播间专享价 正品保障 支持专柜验货", usd=p[4] * r.uniform(0.88, 1.0),
              m=m, lang="zh", category=p[5], seller=dict(id=sid, name=BRAND_NAME[b] + "官方旗舰店", country="CN"))


@cls("in_celebrity_same_genuine37", "*", "innocent", "'as worn by <celebrity> / 明星同款' on genuine goods with receipt at 90-110 % or used at resale")
def _(r):
    m = market(r, slugs=["xianyu", "mercari", "coupang", "ebay", "vinted-fr", "carousell", "shopee-id"])
    lang = m[1]
    p = prod(r, kinds=["bag_lux", "bag", "jewel_lux", "jewel", "shoe", "apparel"])
    c = r.choice(CELEBS.get(lang, CELEBS["en"]))
    ph = CELEB.get(lang, CELEB["en"]).format(c=c)
    rec = {"zh": "专柜购入 有小票 可验", "ja": "正規店購入 レシートあり", "ko": "백화점 구매 영수증 있음", "en": "Bought at the boutique, receipt included.",
           "fr": "Acheté en boutique, facture fournie.", "id": "Beli di butik resmi, ada struk."}[lang]
    return cf(brand=p[0], title=f"{pname(r, p, lang)} {ph}", desc=rec, usd=p[4] * r.uniform(0.9, 1.1), m=m, lang=lang, category=p[5])


CLOSEG = {"de": "Räumungsverkauf wegen Geschäftsaufgabe (Fachhandel seit 1987) – Originalware mit Rechnung und voller Herstellergarantie.",
          "en": "Closing down after 30 years – genuine shop stock, invoice and full manufacturer's warranty.",
          "fr": "Liquidation avant fermeture (revendeur agréé) – produits neufs d'origine avec facture et garantie constructeur.",
          "nl": "Opheffingsuitverkoop – originele winkelvoorraad met factuur en fabrieksgarantie.",
          "it": "Chiusura attività – merce originale del negozio con fattura e garanzia ufficiale."}


@cls("in_closing_down_genuine37", "*", "innocent", "a named retailer's closing-down sale of genuine stock with invoice and maker's warranty, 55-80 %")
def _(r):
    m = market(r, list(CLOSEG))
    lang = m[1]
    p = prod(r, kinds=["tool", "appliance", "shoe", "sport", "camera", "elec"])
    return cf(brand=p[0], title=f"{p[1]} – {CLOSEG[lang].split('–')[0].strip()}", desc=CLOSEG[lang], usd=p[4] * r.uniform(0.55, 0.8), m=m, lang=lang, category=p[5])


DUTYG = {"en": "Bought at Dubai Duty Free last month, unopened, receipt photo available. Selling as a gift I didn't need.",
         "ko": "인천공항 면세점에서 구매, 미개봉, 영수증 있어요.", "zh": "海南免税店购入 未拆封 有小票", "ja": "成田空港の免税店で購入、未開封、レシートあり。",
         "de": "Im Duty Free am Flughafen gekauft, ungeöffnet, Beleg vorhanden.", "ar": "من السوق الحرة في دبي، مغلق، مع الإيصال."}


@cls("in_duty_free_genuine37", "*", "innocent", "genuine goods bought at an airport duty-free, unopened, receipt, 80-98 %")
def _(r):
    m = market(r, list(DUTYG))
    lang = m[1]
    p = r.choice([q for q in PRODUCTS if q[6] in ("beauty", "jewel") or q[1] in ("Ferrero Rocher 30 pieces", "M&M's peanut 1kg")])
    return cf(brand=p[0], title=f"{pname(r, p, lang)} duty free", desc=DUTYG[lang], usd=p[4] * r.uniform(0.8, 0.98), m=m, lang=lang, category=p[5], seller=private_seller(r, m))


ASIANG = {"ja": "日本正規店（ABCマート）購入、アジア規格なのでハーフサイズ大きめ推奨。レシートあり。", "ko": "국내 정식 매장 구매, 아시안핏이라 반 사이즈 업 추천, 영수증 있음",
          "en": "Bought at the brand's store in Tokyo, Asian fit – size up half a size. Receipt included.", "zh": "日本官网购入 亚洲版型 建议大半码 有小票"}


@cls("in_asian_fit_genuine37", "*", "innocent", "genuine Asian-market releases with 'Asian fit, size up' from named official stores, with receipt, 90-110 %")
def _(r):
    m = market(r, list(ASIANG))
    lang = m[1]
    p = prod(r, kinds=["shoe", "apparel"])
    return cf(brand=p[0], title=f"{pname(r, p, lang)} {NEW[lang]}", desc=ASIANG[lang], usd=p[4] * r.uniform(0.9, 1.1), m=m, lang=lang, category=p[5])


BLURG = {"en": "Serial number and my name on the receipt blurred for privacy – happy to show them in person at pickup.",
         "de": "Seriennummer und Name auf der Rechnung aus Datenschutzgründen geschwärzt – bei Abholung zeige ich alles.",
         "fr": "Numéro de série et nom sur la facture masqués pour la confidentialité – visibles sur place.",
         "es": "Número de serie y nombre del ticket tapados por privacidad – te los enseño en persona.",
         "nl": "Serienummer en naam op de bon onleesbaar gemaakt voor privacy – bij ophalen te zien.",
         "ja": "シリアル番号とレシートの名前はプライバシーのため隠しています。"}


@cls("in_blurred_serial_genuine37", "*", "innocent", "private sellers who blur the serial and their name on the receipt 'for privacy, shown at pickup', genuine used at 50-85 %")
def _(r):
    m = market(r, list(BLURG))
    lang = m[1]
    p = prod(r, kinds=["phone", "elec", "watch_lux", "appliance", "console", "camera"])
    fr = r.uniform(0.85, 1.15) if p[6] == "watch_lux" else r.uniform(0.5, 0.85)
    return cf(brand=p[0], title=f"{p[1]} {USED[lang]}", desc=f"{COND_USED[lang]} {BLURG[lang]}", usd=p[4] * fr, m=m, lang=lang, category=p[5], seller=private_seller(r, m))


MARGIN = {"de": "Differenzbesteuert nach §25a UStG – MwSt. nicht ausweisbar. Rechnung vom Händler, 12 Monate Gewährleistung.",
          "en": "Sold under the VAT margin scheme – VAT not shown separately. Dealer invoice and 12-month warranty.",
          "nl": "Verkocht onder de margeregeling – btw niet apart vermeld. Factuur en 12 maanden garantie.",
          "fr": "Vendu sous le régime de la marge – TVA non récupérable. Facture et garantie 12 mois.",
          "it": "Regime del margine – IVA non esposta. Fattura e garanzia 12 mesi."}


@cls("in_margin_scheme_genuine37", "*", "innocent", "dealers' used goods 'under the VAT margin scheme, VAT not shown' (§25a UStG), invoice and warranty, 50-90 %")
def _(r):
    m = market(r, slugs=["kleinanzeigen", "amazon-de", "ebay-uk", "vinted-uk", "marktplaats", "leboncoin", "vinted-fr", "subito", "vinted-it"])
    lang = m[1]
    p = prod(r, kinds=["watch_lux", "camera", "phone", "elec", "console", "bag_lux"])
    fr = r.uniform(0.85, 1.2) if p[6] == "watch_lux" else r.uniform(0.5, 0.85)
    return cf(brand=p[0], title=f"{p[1]} {USED[lang]}", desc=MARGIN[lang], usd=p[4] * fr, m=m, lang=lang, category=p[5])


UNBOX = [("samsung", "Samsung 25W charger EP-T2510 – new, from a Galaxy box, no retail packaging", 20, "chargers"),
         ("nintendo", "Nintendo Joy-Con pair (neon) – new, from a Switch bundle, no box", 80, "consoles"),
         ("canon", "Canon LP-E6NH battery – new, from an EOS R6 Mark II kit, no box", 79, "cameras"),
         ("sony", "Sony DualSense controller white – new, from a PS5 bundle, no box", 75, "consoles"),
         ("gillette", "Gillette Fusion5 ProGlide blades, 4 loose from a multipack (sealed blister)", 16, "razor blades"),
         ("apple", "Apple USB-C to USB-C cable – new, from an iPhone 15 Pro box", 19, "chargers"),
         ("canon", "Canon RF 24-105mm F4L lens – new, kit split from an EOS R6 Mark II kit, no retail box", 1099, "lenses"),
         ("bose", "Bose QuietComfort Ultra Earbuds charging case only – original, from my set (lost one bud)", 299, "earbuds")]


@cls("in_unboxed_from_bundle37", "*", "innocent", "genuine goods without retail box, split from bundles and kits ('from a Switch bundle', 'kit split'), 50-85 %")
def _(r):
    m = market(r, ["en", "de", "fr", "es", "nl"])
    lang = m[1]
    b, t, usd, cat = r.choice(UNBOX)
    fr = r.uniform(0.25, 0.4) if "case only" in t else r.uniform(0.5, 0.85)
    return cf(brand=b, title=t, desc=fill(r, lang, 2), usd=usd * fr, m=m, lang=lang, category=cat, seller=private_seller(r, m))


PAWNG = {"ru": "Ломбард, лицензия ЦБ. Невыкупленный залог, проверен оценщиком, гарантия подлинности, документы и квитанция.",
         "es": "Casa de empeño con licencia. Prenda no recuperada, verificada por tasador, con certificado y nota.",
         "en": "Licensed pawnbroker. Forfeited item, checked by our watch specialist, authenticity guarantee and receipt.",
         "zh": "正规典当行 绝当品 专业鉴定 出具鉴定证书和发票", "pt": "Casa de penhores licenciada. Item não resgatado, avaliado por perito, com certificado."}


@cls("in_pawnshop_genuine37", "*", "innocent", "licensed pawnbrokers selling forfeited genuine goods checked by an appraiser, with certificate, 55-85 % (watches 80-110 %)")
def _(r):
    m = market(r, list(PAWNG))
    lang = m[1]
    p = prod(r, kinds=["watch_lux", "jewel_lux", "phone", "camera", "bag_lux"])
    fr = r.uniform(0.8, 1.1) if p[6] == "watch_lux" else r.uniform(0.55, 0.85)
    return cf(brand=p[0], title=f"{pname(r, p, lang)}", desc=PAWNG[lang], usd=p[4] * fr, m=m, lang=lang, category=p[5],
              seller=dict(id=f"s{hexid(r, 10)}", name=r.choice(["Ломбард Золотой Стандарт", "Pawn & Gold", "Monte de Piedad", "典当行"]), country=m[3]))


UPGO = [("apple", "Apple AirPods Pro 2 – upgraded USB-C case version (MTJV3)", 249, "earbuds"), ("sony", "Sony PlayStation 5 Slim – upgraded, 30% smaller, 1TB", 499, "consoles"),
        ("nintendo", "Nintendo Switch OLED – upgraded 7-inch OLED screen", 349, "consoles"), ("apple", "Apple MacBook Air 13 M3 – upgraded from M2", 1099, "laptops"),
        ("bose", "Bose QuietComfort Ultra Earbuds – upgraded from QC Earbuds II", 299, "earbuds"), ("dyson", "Dyson V15 Detect – upgraded laser head", 749, "vacuum cleaners"),
        ("samsung", "Samsung Galaxy Buds2 Pro – upgraded 24-bit audio", 229, "earbuds"), ("canon", "Canon EOS R6 Mark II – upgraded 24MP sensor", 2499, "cameras")]


@cls("in_upgraded_official37", "*", "innocent", "the brands' own newer generations sold as 'upgraded' by big retailers at list price (AirPods Pro 2 USB-C, PS5 Slim, Switch OLED)")
def _(r):
    m = market(r, slugs=["amazon-us", "amazon-de", "flipkart", "noon", "coupang", "rakuten", "lazada-my", "mercadolibre-mx"])
    lang = m[1]
    b, t, usd, cat = r.choice(UPGO)
    return cf(brand=b, title=t, desc=fill(r, lang), usd=usd * r.uniform(0.92, 1.05), m=m, lang=lang, category=cat,
              seller=dict(id=f"s{hexid(r, 10)}", name=r.choice(["Best Buy", "MediaMarkt", "Croma", "Sharaf DG", "Bic Camera", "Coolblue", "Harvey Norman"]), country=m[3]))


FREEG = [("samsung", "Samsung Galaxy S24 Ultra + FREE Galaxy Buds2 Pro (launch promo)", 1299, "phones"),
         ("estee-lauder", "Estée Lauder Advanced Night Repair 50ml + free 7-piece gift with purchase", 115, "skincare"),
         ("sony", "PlayStation 5 Slim + free game voucher (retailer promo)", 499, "consoles"), ("dyson", "Dyson Airwrap + free presentation case and brush (Dyson.com promo)", 599, "hair care"),
         ("loreal", "Lancôme Génifique 50ml + free travel-size gift set", 150, "skincare"),
         ("philips", "Philips Sonicare DiamondClean 9000 + free travel case and 2 brush heads", 230, "electric toothbrushes"),
         ("lego", "LEGO Tree House 21318 + free gift-with-purchase mini set (LEGO promo)", 199, "building sets")]


@cls("in_free_gift_official37", "*", "innocent", "authorized retailers' real gift-with-purchase promotions ('Galaxy S24 Ultra + free Buds2 Pro') at list price")
def _(r):
    m = market(r, slugs=["amazon-us", "amazon-de", "flipkart", "noon", "coupang", "lazada-my", "shopee-ph", "mercadolibre-mx"])
    lang = m[1]
    b, t, usd, cat = r.choice([f for f in FREEG if f[1]])
    return cf(brand=b, title=t, desc=fill(r, lang), usd=usd * r.uniform(0.95, 1.03), m=m, lang=lang, category=cat,
              seller=dict(id=f"s{hexid(r, 10)}", name=r.choice(["Best Buy", "MediaMarkt", "Croma", "Sharaf DG", "Sephora", "Boots", "Douglas", "Lotte Mall"]), country=m[3]))


# --------------------------------------------------------------------------- build
def build(seed):
    r = random.Random(seed)
    rows, table = [], []
    for name, star, kind, tactic, fn in CLASSES:
        n = N_COUNTERFEIT if kind == "counterfeit" else N_INNOCENT
        example = None
        for i in range(n):
            g = fn(r)
            m = g["m"]
            lang = g["lang"]
            usd = g.get("usd")
            price = None
            if g.get("price_local") is not None:
                price = {"amount": g["price_local"], "currency": m[2]}
            elif usd is not None:
                price = {"amount": sig3(usd * m[4]), "currency": m[2]}
            lid = hexid(r, 14)
            sel = g.get("seller") or seller(r, m)
            ship = g.get("ship_from")
            if kind == "counterfeit" and ship is None and r.random() < 0.35:
                ship = "CN"
            day = r.choice(["03", "04"])
            row = {"marketplace": m[0], "listing_id": lid, "url": f"https://{m[0]}.example/item/{lid}", "title": g["title"],
                   "description": g.get("desc", ""), "seller": sel,
                   "observed_at": f"2026-12-{day}T{r.randint(0, 23):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}Z"}
            if price is not None:
                row["price"] = price
            if g.get("category"):
                row["category"] = g["category"]
            if ship:
                row["ship_from"] = ship
            row["_label"] = {"kind": kind, "brand": g["brand"], "class": name, "tactic": tactic, "lang": lang, "also": g.get("also", [])}
            rows.append(row)
            if example is None:
                example = f"{g['title']} ({g['brand']})"
        table.append((name, star, kind, n, tactic, example))
    r.shuffle(rows)
    return rows, table


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, default=37)
    ap.add_argument("--out", default="set.jsonl")
    ap.add_argument("--classes", default="classes.md")
    a = ap.parse_args()
    rows, table = build(a.seed)
    with open(a.out, "w", encoding="utf-8") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    with open(a.classes, "w", encoding="utf-8") as f:
        f.write("# outsider37 classes\n\n`*`: a newer family (no earlier outsider class list has it, by my greps; doubts in README.md). "
                "Example: one row's title (brand).\n\n| class | * | kind | n | tactic | example |\n|---|---|---|---|---|---|\n")
        for name, star, kind, n, tactic, ex in table:
            f.write(f"| {name} | {star} | {kind} | {n} | {tactic} | {ex.replace('|', '/')} |\n")
    kinds = {}
    for x in rows:
        kinds[x["_label"]["kind"]] = kinds.get(x["_label"]["kind"], 0) + 1
    print(len(rows), kinds, len(table))


if __name__ == "__main__":
    main()
