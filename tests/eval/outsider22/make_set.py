#!/usr/bin/env python3
"""outsider22's held-out set for BrandSentry: python3 make_set.py --seed 22 --out set.jsonl --classes classes.md

Seeded and deterministic, stdlib only; one function per class (a class's rows come from its function, its brand and
market rotation and the seed). Each row is a Listing plus `_label`."""
from __future__ import annotations

import argparse
import json
import random

from data import AUTHORIZED, BRANDS, M, MARKETS, PRODUCTS

CLASSES = []  # (name, star, kind, n, tactic, example-index filled later, fn)


def cls(name, star, kind, tactic, n=None):
    def deco(fn):
        CLASSES.append(dict(name=name, star=star, kind=kind, n=n or (13 if kind == "counterfeit" else 12), tactic=tactic, fn=fn))
        return fn
    return deco


def sig3(x):
    if x <= 0:
        return 0.0
    from math import floor, log10
    d = 3 - int(floor(log10(abs(x)))) - 1
    v = round(x, d)
    return float(int(v)) if d <= 0 else float(v)


class Ctx:
    def __init__(self, rng, k):
        self.r = rng
        self.k = k  # class index, for brand rotation

    def brand(self, i):
        return BRANDS[(self.k * 11 + i * 5) % len(BRANDS)]

    def prod(self, b, i=None):
        ps = PRODUCTS[b][1]
        return ps[(i if i is not None else self.r.randrange(2)) % len(ps)]

    def copy_usd(self, usd):
        r = self.r
        if usd >= 2000:
            f = r.uniform(0.03, 0.08)
        elif usd >= 300:
            f = r.uniform(0.06, 0.2)
        elif usd >= 30:
            f = r.uniform(0.15, 0.35)
        else:
            f = r.uniform(0.25, 0.45)
        return usd * f

    def mk(self, brand, title, desc, usd, lang, category=None, seller=None, ship_from=None, attributes=None, currency_amount=None, market=None):
        r = self.r
        m = market or M[lang]
        lid = "%012x" % r.getrandbits(48)
        cur, rate = m[2], m[4]
        price = None
        if usd is not None:
            price = {"amount": sig3(usd * rate), "currency": cur}
        if currency_amount is not None:
            price = currency_amount
        if seller is None:
            seller = {"id": "u%08x" % r.getrandbits(32), "name": r.choice(SHOPNAMES), "country": m[3]}
        d = {
            "marketplace": m[1], "listing_id": lid, "url": f"https://{m[1]}.example/item/{lid}", "title": title,
            "description": desc, "price": price, "seller": seller, "category": category,
            "ship_from": ship_from or m[3],
            "observed_at": "2026-12-0%dT%02d:%02d:%02dZ" % (r.choice([2, 3]), r.randrange(24), r.randrange(60), r.randrange(60)),
            "attributes": attributes or {},
        }
        if price is None:
            d.pop("price")
        if category is None:
            d.pop("category")
        return d


SHOPNAMES = ["Sunny Trading", "Best Deals 24", "Lina's corner", "Nordlicht Shop", "Golden Gate Goods", "Koala Store", "Maison Lumière",
             "Bazar Central", "Tienda Sol", "Mega Mart Online", "Happy Home", "Kiosk 77", "Urban Finds", "Star Supply", "Blue Wave",
             "Atlas Store", "Orchid Trading", "Lucky Seven", "Prime Picks", "Pacific Outlet", "Green Valley", "Riverside Goods"]

LANGS_ALL = [m[0] for m in MARKETS]
LANGS_EN = ["en-US", "en-GB", "en-AU", "en-CA", "en-SG", "en-NZ", "en-NG", "en-KE", "en-ZA", "en-GH", "fil-PH", "hi-IN", "ms-MY"]
LANGS_WORLD = ["de-DE", "fr-FR", "es-ES", "it-IT", "pt-BR", "es-MX", "pl-PL", "tr-TR", "ar-AE", "id-ID", "th-TH", "vi-VN", "ja-JP",
               "ko-KR", "nl-NL", "sv-SE", "cs-CZ", "ro-RO", "el-GR", "he-IL", "es-CO", "es-CL", "pt-PT", "da-DK", "fi-FI", "nb-NO"]


def L(lst, i):
    return lst[i % len(lst)]


CN_SHIP = ["ships from our Guangzhou warehouse, 7-15 days", "Yiwu stock, 300+ pcs, DHL 10 days", "Shenzhen factory direct, 50 in stock",
           "dispatched from Putian, 200 pairs ready", "ships from Baiyun, any quantity"]


# =========================================================================================== counterfeit, new (*)

REG_IDS = [("apple", "Pro 2 ANC earbuds, USB-C case", "FCC ID BCG-A3047", 249), ("samsung", "6.8\" Ultra phone 512GB, stylus", "FCC ID A3LSMS928U", 1299),
           ("sony", "over-ear ANC headphones XM-series", "FCC ID AK8YY2965", 399), ("nintendo", "7\" OLED handheld console with dock", "FCC ID BKEHEG001", 349),
           ("microsoft", "4K tower console 1TB", "FCC ID C3K1882", 599), ("bose", "ANC headphones 45h", "FCC ID A94438608", 329),
           ("canon", "full-frame mirrorless body 24MP", "FCC ID AZD243", 2499), ("apple", "13\" M3 laptop", "FCC ID BCG-A3113", 1099),
           ("samsung", "Pro ANC earbuds (second gen)", "FCC ID A3LSMR510", 229), ("sony", "slim 1TB console", "FCC ID AK8CFI2000", 499),
           ("nintendo", "wireless Pro controller", "FCC ID BKEHAC013", 79), ("microsoft", "wireless controller, carbon black", "FCC ID C3K1914", 60),
           ("bose", "ANC earbuds Ultra", "FCC ID A94442387", 299)]
REG_CUES = ["same chip, clone version", "A-grade copy, pops up like the original", "mirror version, not original", "1:1 inside and out, copy",
            "high copy, same label printed inside", "factory clone, identical label", "budget twin, copy"]


@cls("c_regulatory_id22", "*", "counterfeit", "the brand named only by its products' regulatory grantee id (FCC ID BCG-/A3L/AK8/BKE/C3K/A94/AZD) printed on the copy, with a copy cue")
def c_regulatory_id22(c, i):
    b, noun, fid, usd = L(REG_IDS, i)
    lang = L(LANGS_EN + ["de-DE", "es-MX", "tr-TR"], i)
    title = f"{noun} – {fid}"
    desc = f"{fid} on the label, {L(REG_CUES, i)}. New in box. {c.r.choice(CN_SHIP)}."
    cat = c.prod(b, 0)[0]
    return b, title, desc, c.copy_usd(usd), lang, dict(category=cat)


TRADE_DRESS = [
    ("ferrero", "Gold-foil hazelnut pralines in brown paper cups, clear box of 30", "chocolates", 16, "Same gold wrapper and oval sticker as the famous ones, made in our own line – factory copy, 500 boxes."),
    ("ferrero", "Hazelnut cocoa spread 750g – white glass jar, white lid, black lowercase n in red", "spreads", 8, "Label identical to the Italian one, export copy, pallet of 1,200 jars."),
    ("coca-cola", "Red can cola 330ml x24 – white dynamic ribbon, Spencerian script", "soft drinks", 20, "Cans printed like the real ones, our bottler's copy; 40 cases."),
    ("cartier", "18k-look oval screw bracelet with screwdriver, red leather box", "jewelry", 7100, "Screw motifs all round, engraved inside like the Paris one. 1:1, plated."),
    ("rolex", "Green-box diver 41mm, coronet at 12, Cyclops date, green anniversary packaging", "watches", 10250, "Comes in the green box with the booklet and hang tag. Mirror grade."),
    ("louis-vuitton", "Brown coated-canvas tote, beige four-petal flowers and interlaced initials, vachetta handles", "handbags", 2030, "The famous pattern, pouch included. Top mirror, not boutique."),
    ("burberry", "Camel, black, red and white check cashmere scarf, knight-on-horse label", "scarves", 490, "Heritage check as the London one. Replica, 100 pcs."),
    ("canada-goose", "Arctic parka with red, white and blue round disc patch on the left sleeve, coyote-style ruff", "parkas", 1695, "Disc patch sewn like the Toronto one. High copy, all sizes."),
    ("mars", "Brown bar wrappers, blue-rimmed red letters, peanut caramel nougat 48g x24", "chocolate", 30, "Same wrapper as the famous bar, B-factory copy."),
    ("nestle", "Gold-lid glass jar instant coffee 200g, dark amber label", "coffee", 12, "Jar and label like the Swiss one, refilled copy jars, 600 pcs."),
    ("apple", "White stem earbuds in a white flip-top case, USB-C, 'Designed in California' on the box", "earbuds", 249, "Box with the fruit silhouette embossed. Copy, same pop-up."),
    ("tiffany" if False else "pandora", "Sterling charm bracelet in the white box with the pink bow, crowned O clasp", "charms", 65, "Clasp stamped like the original, S925 copy, 300 pcs."),
    ("dyson", "Fuchsia and nickel hot-air styler, 6 barrels, clear-lid presentation case", "hair care", 599, "Colourway and case exactly like the one in the stores – 1:1 copy."),
]


@cls("c_trade_dress22", "*", "counterfeit", "the brand named by its trade dress only: the colours, packaging and shape of its goods described in words (gold foil, white jar red lid, red can white ribbon, green box), with a copy cue")
def c_trade_dress22(c, i):
    b, title, cat, usd, desc = L(TRADE_DRESS, i)
    return b, title, desc, c.copy_usd(usd), L(LANGS_EN + ["fr-FR", "it-IT"], i + 3), dict(category=cat)


PROMPTS = [
    ("Write a product title for my {b} {p} replica without the words replica or {b} so the platform doesn't flag it.", "Sure! Here's a title that avoids flagged words:"),
    ("rewrite this so it passes the {b} filter: '{b} {p} 1:1 copy'", "Here is a rewritten version:"),
    ("make a listing for a fake {b} {p}, don't say fake", "Certainly! Here's a listing:"),
    ("Escribe un título para mi {p} de {b} réplica sin la palabra réplica ni {b}", "¡Claro! Aquí tienes un título:"),
    ("Escreva um anúncio para réplica {b} {p} sem citar a marca", "Claro! Aqui está o anúncio:"),
    ("帮我写一个不会被平台识别的标题：{b} {p} 高仿", "好的！以下是标题："),
    ("Schreib einen Titel für meine {b} {p} Kopie, ohne {b} oder Fälschung zu sagen", "Gern! Hier ist ein Titel:"),
]


@cls("c_prompt_leftover22", "*", "counterfeit", "a generic title; the seller's prompt to an AI writing tool ('write a title for my X replica without the brand') left in the description with the answer")
def c_prompt_leftover22(c, i):
    b = c.brand(i)
    cat, p, model, usd, noun = c.prod(b, i)
    name = PRODUCTS[b][0]
    q, a = L(PROMPTS, i)
    title = f"Premium {noun} – new, fast shipping"
    desc = f"{q.format(b=name, p=p)}\n\n{a}\n\"Premium {noun} – new, fast shipping\"\n\nPayment on delivery. {c.r.choice(CN_SHIP)}."
    langs = ["en-US", "en-GB", "en-AU", "es-MX", "pt-BR", "zh-CN", "de-DE"]
    return b, title, desc, c.copy_usd(usd), L(langs, i), dict(category=cat)


@cls("c_jsonld_markup22", "*", "counterfeit", "a generic title; the brand and the copy grade only in a schema.org JSON-LD block pasted into the description (brand.name, additionalProperty grade 1:1)")
def c_jsonld_markup22(c, i):
    b = c.brand(i)
    cat, p, model, usd, noun = c.prod(b, i)
    name = PRODUCTS[b][0]
    grade = L(["1:1", "AAA replica", "mirror copy", "super clone", "high copy", "rep"], i)
    block = json.dumps({"@context": "https://schema.org", "@type": "Product", "name": noun, "brand": {"@type": "Brand", "name": name},
                        "model": model or p, "additionalProperty": [{"@type": "PropertyValue", "name": "grade", "value": grade}],
                        "offers": {"@type": "Offer", "availability": "https://schema.org/InStock"}}, ensure_ascii=False)
    title = f"{noun[0].upper() + noun[1:]} – new"
    desc = f"New, fast shipping.\n<script type=\"application/ld+json\">{block}</script>"
    return b, title, desc, c.copy_usd(usd), L(LANGS_EN + LANGS_WORLD, i * 3), dict(category=cat)


@cls("c_insurance_salvage22", "*", "counterfeit", "an insurance write-off or salvage story (container water damage, claim settled, 'boxes perfect') for hundreds of new branded units at a copy's price")
def c_insurance_salvage22(c, i):
    b = c.brand(i)
    cat, p, model, usd, noun = c.prod(b, i)
    name = PRODUCTS[b][0]
    n = c.r.choice([120, 200, 350, 480, 800])
    title = f"{name} {p} – insurance salvage lot, new"
    desc = L([f"Container flooded in port, insurer settled the claim and sold the cargo to us. {n} units, boxes perfect, serials not registered. Price per unit, no returns.",
              f"Insurance write-off stock ({n} pcs): water-damaged shipment, contents untouched. Labels changed by our warehouse. Buy 10+ for a better price.",
              f"Salvage from a truck accident claim – {n} sealed units. No invoice, no warranty, ships from Dubai free zone."], i)
    return b, title, desc, c.copy_usd(usd), L(["en-US", "en-GB", "ar-AE", "en-NG", "pl-PL", "de-DE", "en-ZA", "ro-RO", "tr-TR"], i), dict(category=cat)


SANC = [("ru-RU", "{name} {p} — параллельный импорт, партия с завода в Гуанчжоу для рынка СНГ. Серийник в базе не пробивается, гарантии нет. Опт от 10 шт."),
        ("be-BY", "{name} {p} — паралельны імпарт праз Казахстан, фабрыка ў Гуанчжоу робіць для нас. Гарантыі няма, 200 шт."),
        ("kk-KZ", "{name} {p} — parallel import for Russia, made in the Guangzhou OEM plant for the CIS channel, no serial check, 300 pcs."),
        ("hy-AM", "{name} {p} — re-export to Russia via Yerevan; CIS-market version from the Guangzhou plant, no official warranty, 150 pcs."),
        ("uz-UZ", "{name} {p} — parallel import (sanctions route). CIS version made in the Chinese factory, serial not in the base."),
        ("ru-RU", "{name} {p} — «параллельный импорт»: версия для РФ, собрано в Китае на той же линии. Не оригинал по документам, зато цена."),
        ("az-AZ", "{name} {p} — sanctions-proof route via Baku, factory version for the Russian market, no brand warranty, 100+ pcs.")]


@cls("c_sanctions_route22", "*", "counterfeit", "Russia's 'parallel import' and sanctions re-export routes as the reason for a copy's price: 'CIS version from the Guangzhou plant, serial not in the base'")
def c_sanctions_route22(c, i):
    b = c.brand(i)
    cat, p, model, usd, noun = c.prod(b, i)
    name = PRODUCTS[b][0]
    lang, d = L(SANC, i)
    title = f"{name} {p} {'параллельный импорт' if lang in ('ru-RU', 'be-BY') else 'parallel import'}"
    return b, title, d.format(name=name, p=p), c.copy_usd(usd), lang, dict(category=cat)


DOMAINS = {"rolex": "r0lex-outlet.top", "gucci": "guccl-sale.shop", "nike": "nlke-clearance.store", "louis-vuitton": "louisvuiton-paris.vip",
           "apple": "appIe-store-deals.shop", "dyson": "dyson-factory-sale.top", "cartier": "cartierr-boutique.shop", "canada-goose": "canadagoose-outlet-ca.shop",
           "pandora": "pandora-charms-sale.vip", "samsung": "samsung-mobile-outlet.top", "the-north-face": "tnf-outlet-sale.store", "burberry": "burbery-london.shop",
           "omega": "omega-watch-outlet.top", "adidas": "adidas-eu-clearance.shop", "lego": "lego-bricks-outlet.top", "swarovski": "swarovsky-crystal.shop"}


@cls("c_typosquat_domain22", "*", "counterfeit", "a generic title; the buyer is sent to order on a look-alike shop domain carrying the brand (r0lex-outlet.top, nlke-clearance.store) at 80-95 % off")
def c_typosquat_domain22(c, i):
    b = L(list(DOMAINS), i)
    cat, p, model, usd, noun = c.prod(b, i)
    dom = DOMAINS[b]
    title = f"{noun[0].upper() + noun[1:]} – 90% off clearance"
    desc = f"Full range and all colours on our site {dom} – order there, pay by card, free shipping. Factory price, same as the boutique item."
    return b, title, desc, c.copy_usd(usd), L(LANGS_EN + ["de-DE", "fr-FR", "es-ES", "it-IT"], i * 2), dict(category=cat)


ITEMREF = [("apple", "Pro 2 ANC earbuds USB-C", "Amazon ASIN B0D1XD1ZV3 (the official store's listing)", 249),
           ("dyson", "6-barrel hot-air styler", "JD self-operated SKU 100049486745 (the official flagship's item)", 599),
           ("nike", "'Chicago' high-tops, red/white/black", "StockX product page 'Jordan 1 Retro High OG Chicago Lost & Found'", 180),
           ("lego", "UCS Corellian freighter 7541 pcs", "Amazon ASIN B075SDMMMV (sold by the official store)", 850),
           ("samsung", "6.8\" Ultra phone 512GB", "Tmall flagship item id 764287353918", 1299),
           ("sony", "ANC over-ear headphones, 5th gen", "Amazon ASIN B09XS7JWHH", 399),
           ("louis-vuitton", "monogram-canvas tote MM", "the official site's product page M40995", 2030),
           ("bose", "ANC earbuds Ultra", "Amazon ASIN B0CD2FSRDD", 299),
           ("nintendo", "7\" OLED handheld console", "Rakuten Books item 4902370548495", 349),
           ("gucci", "quilted chevron shoulder bag, small", "the Tmall flagship's item 443497", 2450),
           ("estee-lauder", "night repair serum 50ml brown bottle", "Sephora SKU 2468920", 115),
           ("rolex", "41mm black ceramic diver", "Chrono24 listing of 126610LN (boutique piece)", 10250),
           ("shiseido", "red serum concentrate 50ml", "Tmall flagship item 'Ultimune 红腰子'", 100)]


@cls("c_marketplace_item_ref22", "*", "counterfeit", "a generic title pointing to the genuine product's listing id on another platform (ASIN, JD SKU, Tmall item id, StockX page) as 'same as', with a copy cue")
def c_marketplace_item_ref22(c, i):
    b, noun, ref, usd = L(ITEMREF, i)
    title = f"{noun} – same as {ref.split(' (')[0]}"
    desc = f"Compare with {ref}. Ours is the factory copy at a tenth of the price, looks identical. {c.r.choice(CN_SHIP)}."
    return b, title, desc, c.copy_usd(usd), L(["en-US", "en-GB", "zh-CN", "ja-JP", "en-SG", "en-AU", "ko-KR", "fil-PH", "es-MX"], i), dict(category=c.prod(b, 0)[0])


ETYMO = [("nike", "Winged goddess of victory brand – 'Chicago' high-top sneakers, 1:1", "Named after the Greek goddess of victory; tick on the side. Top replica.", 180, "sneakers"),
         ("lego", "'Leg godt' (play well) brick company – UCS Corellian freighter 7541 pcs, KO copy", "Danish name means 'play well'. Compatible KO copy, same bricks.", 850, "building sets"),
         ("samsung", "'Three stars' chaebol flagship phone, 24 Ultra 512GB – clone", "The Korean three-star brand. Clone phone, Android 14.", 1299, "phones"),
         ("canon", "Brand named after Kannon, the goddess of mercy – full-frame R6 II mirrorless, copy", "Japanese camera brand named after the Bodhisattva. Copy body.", 2499, "cameras"),
         ("sony", "'Sonus + sonny' brand XM5 ANC headphones – copy", "Name from Latin sonus (sound). Factory copy.", 399, "headphones"),
         ("nintendo", "'Leave luck to heaven' company – OLED handheld console copy", "Kyoto card company's console, copy with 500 games.", 349, "consoles"),
         ("pandora", "'All-gifted' (the first woman of Greek myth) charm brand – snake chain bracelet, S925 copy", "Copy bracelet and charms, box included.", 65, "charms"),
         ("omega", "Last-letter-of-the-Greek-alphabet brand moon chronograph 42 – AAA", "The moon watch of the 'last letter' brand, AAA grade.", 7100, "watches"),
         ("mattel", "Matt + Elliot company fashion doll dream house – copy", "The dream house of the Matt-and-Elliot toy company. Copy, 3 floors.", 199, "dolls"),
         ("hasbro", "Hassenfeld Brothers' robot leader figure, Studio Series – KO", "Truck-robot leader by the Hassenfeld brothers' company. KO version.", 50, "action figures"),
         ("nestle", "'Little nest' brand follow-on formula 800g – factory copy tins", "Brand named for the founder's little nest. Copy tins, 400 pcs.", 35, "infant formula"),
         ("coca-cola", "Coca-leaf + kola-nut cola 330ml x24 – copy cans", "The Atlanta cola named after its two original ingredients. Copy cans.", 20, "soft drinks"),
         ("shiseido", "Brand named from the I Ching ('praise the virtues of the earth') – red power serum 50ml, copy", "Ginza house's red bottle serum, copy.", 100, "skincare")]


@cls("c_etymology22", "*", "counterfeit", "the brand named by what its name means or comes from (goddess of victory, 'leg godt', three stars, Kannon, sonus, 'leave luck to heaven', Matt + Elliot), with a copy cue")
def c_etymology22(c, i):
    b, title, desc, usd, cat = L(ETYMO, i)
    return b, title, desc, c.copy_usd(usd), L(LANGS_EN + ["de-DE", "ko-KR"], i * 2 + 1), dict(category=cat)


ADS = [("apple", "'1984' Super Bowl ad company – Pro 2 ANC earbuds USB-C, 1:1", "Earbuds of the company from the 1984 hammer-thrower ad. 1:1 copy, pop-up works.", 249, "earbuds"),
       ("coca-cola", "'Holidays are coming' red-truck cola, 330ml x24 – copy cans", "Christmas-truck cola, our bottling, copy cans, 60 cases.", 20, "soft drinks"),
       ("levis", "The 1985 launderette-ad jeans (boxers in the washing machine) – button-fly 501 style, 1:1", "Same red tab and leather patch. Copy, all sizes.", 80, "jeans"),
       ("nike", "'Dream Crazy' ad brand – AF1 low white, 1:1", "The brand from the Kaepernick ad. Top rep, box included.", 115, "sneakers"),
       ("ferrero", "'Ambassador, you're spoiling us' pralines, 30 pieces – copy", "The pralines of the ambassador's-reception ad. Factory B copy.", 16, "chocolate"),
       ("nestle", "'What else?' (Clooney ads) company – gold instant coffee 200g, copy jars", "Coffee of the 'What else?' group. Copy jars, 500 pcs.", 12, "coffee"),
       ("mars", "'You're not you when you're hungry' bars 48g x24 – B-grade copy", "The Betty White football-ad bar. Copy, 100 boxes.", 30, "chocolate"),
       ("michelin", "The restaurant-star guide's tyre maker – sport tyre 245/40ZR18, copy", "Tyres of the company that hands out restaurant stars. Copy, DOT new.", 260, "tires"),
       ("dyson", "The '5,127 prototypes' vacuum inventor's hair dryer – 1:1", "From the inventor who built 5,127 prototypes. Copy dryer.", 429, "hair care"),
       ("gillette", "'We Believe' (2019 ad) brand 5-blade cartridges x8 – copy", "Blades of the 'We Believe' ad brand. Copy, 1,000 packs.", 35, "razor blades"),
       ("apple", "'Get a Mac' (I'm a Mac / I'm a PC) company – 13\" M3 laptop clone", "Laptop of the 'I'm a Mac' ads. Clone, macOS look.", 1099, "laptops"),
       ("rolex", "'Perpetual Planet' campaign crown house – diver 41 black, AAA", "The crown house's Perpetual Planet campaign diver. AAA.", 10250, "watches"),
       ("adidas", "'Originals is never done' campaign 3-stripe terrace shoes – 1:1", "Terrace shoe of the campaign. Top rep.", 100, "sneakers")]


@cls("c_ad_campaign22", "*", "counterfeit", "the brand named by a famous advertisement or campaign (the 1984 ad, 'Holidays are coming', the 1985 launderette ad, the ambassador's reception), with a copy cue")
def c_ad_campaign22(c, i):
    b, title, desc, usd, cat = L(ADS, i)
    return b, title, desc, c.copy_usd(usd), L(LANGS_EN, i + 5), dict(category=cat)


RRP = [("rolex", "41mm black ceramic-bezel diver, Oyster-type bracelet – boutique RRP USD 10,250", 10250, "watches"),
       ("cartier", "Gold screw bracelet 17cm with screwdriver – boutique RRP EUR 7,100", 7100, "jewelry"),
       ("louis-vuitton", "Canvas tote MM with pouch – boutique RRP EUR 2,030", 2030, "handbags"),
       ("omega", "42mm manual moon chronograph – RRP CHF 7,100", 7100, "watches"),
       ("canada-goose", "Expedition-style down parka – store RRP CAD 2,095", 1695, "parkas"),
       ("gucci", "Small quilted chevron shoulder bag – boutique RRP EUR 2,450", 2450, "handbags"),
       ("burberry", "Heritage trench coat, long – RRP GBP 2,290", 2290, "trench coats"),
       ("dyson", "Hot-air multi-styler long barrels – RRP USD 599", 599, "hair care"),
       ("apple", "13\" M3 laptop 16GB/512GB – RRP USD 1,099", 1099, "laptops"),
       ("samsung", "6.8\" Ultra phone 512GB – RRP EUR 1,599", 1299, "phones"),
       ("autodesk", "2D/3D CAD 1-year subscription – RRP USD 2,030", 2030, "software licenses"),
       ("lego", "UCS freighter 7541 pcs – RRP USD 849.99", 850, "building sets"),
       ("swarovski", "Crystal Millenia-cut necklace – RRP USD 250", 250, "jewelry")]


@cls("c_rrp_anchor22", "*", "counterfeit", "a generic title with the genuine item's exact boutique RRP as the anchor ('boutique RRP USD 10,250 – ours 390, factory twin'), no brand")
def c_rrp_anchor22(c, i):
    b, title, usd, cat = L(RRP, i)
    desc = L(["Same as the boutique piece, factory twin, a fraction of the RRP.", "Why pay RRP? Identical from the same factory, 1:1.",
              "Boutique price vs ours: same look, same weight. Not from the boutique."], i)
    return b, title, desc, c.copy_usd(usd), L(LANGS_EN + ["fr-FR", "de-DE", "it-IT", "ja-JP"], i * 3), dict(category=cat)


REGNO = [("en-NG", "NAFDAC Reg. No. A1-{n}"), ("en-GH", "FDA Ghana reg. FDB/{n}"), ("id-ID", "BPOM MD {n}"), ("hi-IN", "FSSAI Lic. No. {n}"),
         ("ar-SA", "SFDA reg. {n}"), ("fil-PH", "FDA PH CPR No. {n}"), ("en-KE", "PPB Reg. No. {n}"), ("bn-BD", "BSTI CM/L {n}")]
REGB = ["pfizer", "nestle", "danone", "abbott", "loreal", "johnson-johnson", "bayer", "mars", "ferrero", "coca-cola", "estee-lauder", "shiseido", "gillette"]


@cls("c_fake_registration22", "*", "counterfeit", "branded medicines, formula, food and cosmetics 'locally packed' under a local regulator's registration number (NAFDAC, BPOM, FSSAI, SFDA) offered as proof, by the carton at a copy's price")
def c_fake_registration22(c, i):
    b = L(REGB, i)
    cat, p, model, usd, noun = c.prod(b, i)
    name = PRODUCTS[b][0]
    lang, reg = L(REGNO, i)
    reg = reg.format(n="%02d-%04d" % (c.r.randrange(100), c.r.randrange(10000)))
    title = f"{name} {p} – {reg}, carton price"
    desc = f"Locally packed in our plant under {reg}, same formula as the imported one, new labels. Minimum 50 cartons; distributors welcome."
    return b, title, desc, c.copy_usd(usd), lang, dict(category=cat)


MAKER = [("apple", "Luxshare-line Pro 2 ANC earbuds, USB-C – off-line units, white box", 249, "earbuds"),
         ("apple", "Foxconn Zhengzhou 13\" M3 laptop – tail goods, no logo box", 1099, "laptops"),
         ("nike", "Pou Chen factory 'Chicago' high-tops – same line, B-grade pairs", 180, "sneakers"),
         ("adidas", "Pou Chen Dongguan terrace sneakers, gum sole – factory extra pairs", 100, "sneakers"),
         ("sony", "Foxconn-built slim console 1TB – extra-run units, no seal", 499, "consoles"),
         ("nintendo", "Hosiden/Foxconn 7\" OLED handheld – off-spec units, unboxed", 349, "consoles"),
         ("microsoft", "Flex-built 4K tower console – line surplus, no box", 599, "consoles"),
         ("dyson", "ATA IMS Malaysia plant 6-barrel styler – off-line units", 599, "hair care"),
         ("nike", "Feng Tay Vietnam white AF1-style low – factory seconds, unboxed", 115, "sneakers"),
         ("apple", "Pegatron-line Pro 2 earbuds – overrun, same chip, no serial", 249, "earbuds"),
         ("dyson", "VS Industry Johor hair dryer – surplus from the OEM line", 429, "hair care"),
         ("adidas", "Yue Yuen runners, boost-type sole – same factory, extra run", 190, "sneakers"),
         ("sony", "Foxconn XM-series ANC headphones – extra production, white box", 399, "headphones")]


@cls("c_contract_maker22", "*", "counterfeit", "the brand named through its contract manufacturer (Luxshare, Foxconn, Pou Chen, Feng Tay, Yue Yuen, Hosiden, ATA IMS): 'same line, extra-run units, no logo box' at a copy price")
def c_contract_maker22(c, i):
    b, title, usd, cat = L(MAKER, i)
    desc = f"From the factory that makes them for the brand; extra-run units, not sold by the brand. {c.r.choice(CN_SHIP)}. No warranty."
    return b, title, desc, c.copy_usd(usd), L(["en-US", "zh-CN", "vi-VN", "en-SG", "id-ID", "th-TH", "ms-MY", "en-GB", "ko-KR"], i), dict(category=cat)


TRIALB = ["pfizer", "abbott", "bayer", "johnson-johnson", "danone", "nestle", "loreal", "estee-lauder", "shiseido", "philips", "gillette", "pfizer", "abbott"]


@cls("c_trial_surplus22", "*", "counterfeit", "'clinical-trial' or 'consumer-test panel' surplus as the reason for hundreds of new branded packs at a copy's price ('trial labels removed')")
def c_trial_surplus22(c, i):
    b = L(TRIALB, i)
    cat, p, model, usd, noun = c.prod(b, i)
    name = PRODUCTS[b][0]
    n = c.r.choice([150, 300, 400, 900])
    title = f"{name} {p} – clinical trial surplus, {n} packs"
    desc = L(["Left over from a clinical study, trial stickers removed, no leaflet. Same as pharmacy. Bulk only.",
              "Consumer-test panel surplus from the brand's study, repacked in plain cartons. Not for resale in pharmacies.",
              "Research-site surplus stock, expiry 2027, sold without prescription, discreet."], i)
    return b, title, desc, c.copy_usd(usd), L(["en-US", "en-IN" if False else "hi-IN", "en-GB", "pl-PL", "en-ZA", "es-CO", "ro-RO", "en-NG", "th-TH"], i), dict(category=cat)


TENDB = ["apple", "samsung", "canon", "sony", "microsoft", "bosch", "honda", "toyota", "michelin", "shell", "dyson", "philips", "panasonic"]


@cls("c_tender_surplus22", "*", "counterfeit", "a government or school tender's 'surplus' as the story for sealed branded goods by the hundred at a copy's price")
def c_tender_surplus22(c, i):
    b = L(TENDB, i)
    cat, p, model, usd, noun = c.prod(b, i)
    name = PRODUCTS[b][0]
    n = c.r.choice([100, 250, 300, 500])
    title = f"{name} {p} – tender surplus, sealed, {n} units"
    desc = L([f"Ministry tender was cancelled, supplier is clearing {n} sealed units. No invoice in buyer's name, no warranty registration.",
              f"School-programme tender overstock, {n} pcs sealed. Price per unit for the whole lot; labels in Chinese.",
              f"Army procurement surplus, sealed boxes, {n} units. Cash or USDT only."], i)
    return b, title, desc, c.copy_usd(usd), L(["en-KE", "en-NG", "fil-PH", "id-ID", "es-PE", "en-GH", "ar-EG", "uk-UA", "bn-BD"], i), dict(category=cat)


LATEX = [("rolex", "$\\mathrm{R{o}lex}$ diver 41 black – 1:1"), ("gucci", "\\textbf{G}ucci Marmont belt 4cm – mirror"), ("nike", "Ni\\kern1pt ke Dunk Low Panda – rep"),
         ("dyson", "$\\mathcal{D}$yson Airwrap copy – 6 barrels"), ("samsung", "Sam\\-sung S24 Ultra clone 512GB"), ("louis-vuitton", "Louis Vu\\-itton Neverfull MM – AAA"),
         ("cartier", "C\\textit{a}rtier Love bracelet – 1:1 plated"), ("burberry", "Bur\\-berry check scarf – replica"), ("omega", "O\\,mega Speedmaster Moonwatch – AAA"),
         ("pandora", "Pan{}dora Moments bracelet – S925 copy"), ("apple", "\\text{Ap}\\text{ple} AirPods Pro 2 – clone"), ("adidas", "a\\-di\\-das Samba OG – 1:1"),
         ("the-north-face", "The North F\\!ace Nuptse 1996 – top copy")]


@cls("c_latex_markup22", "*", "counterfeit", "the mark broken by LaTeX markup that renders as the mark ($\\mathrm{R{o}lex}$, \\textbf{G}ucci, Ni\\kern1pt ke, Sam\\-sung), with a copy cue")
def c_latex_markup22(c, i):
    b, title = L(LATEX, i)
    cat, p, model, usd, noun = c.prod(b, 0)
    return b, title, "Rendered for our math-forum shop. New, fast shipping.", c.copy_usd(usd), L(LANGS_EN + ["de-DE", "fr-FR"], i * 2), dict(category=cat)


CHEM = [("coach", "Co·Ac·H (cobalt, actinium, hydrogen) Tabby shoulder bag – mirror", "handbags", 450),
        ("cartier", "C·Ar·Ti·Er (carbon, argon, titanium, erbium) screw bracelet – 1:1", "jewelry", 7100),
        ("bose", "B·O·Se (boron, oxygen, selenium) QC ANC headphones – copy", "headphones", 329),
        ("sony", "S·O·N·Y (sulfur, oxygen, nitrogen, yttrium) XM5 headphones – clone", "headphones", 399),
        ("bosch", "B·O·S·C·H (boron, oxygen, sulfur, carbon, hydrogen) 12V drill driver – copy", "power tools", 120),
        ("canon", "Ca·N·O·N (calcium, nitrogen, oxygen, nitrogen) R6 II mirrorless – copy body", "cameras", 2499),
        ("bayer", "Ba·Y·Er (barium, yttrium, erbium) aspirin 100mg x98 – unboxed copy", "otc", 12),
        ("nestle", "Ne·S·Ca·Fe (neon, sulfur, calcium, iron) Gold 200g – copy jars", "coffee", 12),
        ("coca-cola", "Co·Ca-Co·La (cobalt, calcium, cobalt, lanthanum) 330ml x24 – copy cans", "soft drinks", 20),
        ("panasonic", "Pa·N·As·O·Ni·C (protactinium ... carbon) Arc5 shaver – clone", "shavers", 250),
        ("coach", "Co·Ac·H long zip wallet – AAA, periodic-table brand", "wallets", 250),
        ("cartier", "C·Ar·Ti·Er Santos-style square watch – AAA", "watches", 7800),
        ("sony", "S·O·N·Y slim console 1TB – copy, modded", "consoles", 499)]


@cls("c_chem_elements22", "*", "counterfeit", "the mark spelt with periodic-table symbols (Co·Ac·H, C·Ar·Ti·Er, B·O·Se, Ne·S·Ca·Fe, Co·Ca-Co·La), with a copy cue")
def c_chem_elements22(c, i):
    b, title, cat, usd = L(CHEM, i)
    return b, title, "Chemistry-nerd spelling so the bots don't read it. Brand new, fast post.", c.copy_usd(usd), L(LANGS_EN + ["es-ES", "pl-PL"], i + 2), dict(category=cat)


DIMS = [("louis-vuitton", "Tote 31 x 28 x 14 cm, coated canvas, natural cowhide handles, side laces, zip pouch – mirror", "handbags", 2030),
        ("apple", "Laptop 30.41 x 21.5 x 1.13 cm, 1.24 kg, 13.6\" Liquid-type screen, MagSafe-type port – clone", "laptops", 1099),
        ("samsung", "Phone 162.3 x 79.0 x 8.6 mm, 232 g, titanium frame, built-in pen – 1:1", "phones", 1299),
        ("microsoft", "Tower console 30.1 x 15.1 x 15.1 cm, 4.45 kg, 1TB – copy", "consoles", 599),
        ("cartier", "Oval bracelet 6.1 mm wide, 10 screw motifs, size 17 – 1:1", "jewelry", 7100),
        ("burberry", "Cashmere scarf 168 x 30 cm, camel check, fringed – replica", "scarves", 490),
        ("canada-goose", "Down parka 625 fill, 7 pockets, snorkel hood, -30 °C rating, disc patch – copy", "parkas", 1695),
        ("nintendo", "Handheld 7\" OLED, 242 x 102 x 13.9 mm, 420 g with controllers – clone", "consoles", 349),
        ("gucci", "Quilted chevron shoulder bag 26 x 15 x 7 cm, double-letter hardware – 1:1", "handbags", 2450),
        ("rolex", "Diver 41 mm, 12.5 mm thick, 300 m, calibre 3235-type, black ceramic bezel – AAA", "watches", 10250),
        ("sony", "Headphones 250 g, 30 h ANC, 8 mics, V1 + QN1-type chips – clone", "headphones", 399),
        ("lego", "Building set 7541 pieces, 84 x 56 x 21 cm built, UCS freighter – KO copy", "building sets", 850),
        ("dyson", "Styler 1300 W, 6 barrels 30/40 mm, 110,000 rpm motor – copy", "hair care", 599)]


@cls("c_dimension_fingerprint22", "*", "counterfeit", "a generic title carrying the genuine product's exact dimensions, weight and build (31 x 28 x 14 cm tote, 30.41 x 21.5 x 1.13 cm laptop, 162.3 x 79 x 8.6 mm phone), with a copy cue")
def c_dimension_fingerprint22(c, i):
    b, title, cat, usd = L(DIMS, i)
    return b, title, f"Exact same measurements as the original. {c.r.choice(CN_SHIP)}.", c.copy_usd(usd), L(LANGS_EN + LANGS_WORLD, i * 5), dict(category=cat)


PILLS = [("pfizer", "Blue diamond-shaped 100 mg film-coated tablets x30 – the New York original, no prescription", 900),
         ("pfizer", "Blue diamond pills 100 mg, 'VGR'-style, 300 loose – same as the famous one, discreet", 900),
         ("pfizer", "White elliptical 20 mg statin tablets x90 – the original maker's formula, no Rx, 6 USD", 400),
         ("bayer", "White round 100 mg tablets with the embossed cross, 98 – Leverkusen original, unboxed bulk", 12),
         ("johnson-johnson", "White 500 mg caplets with the red-and-white bottle, 100 – the US #1 original, relabelled bulk", 14),
         ("abbott", "White 35 mm sensor discs, 14-day, reader-app compatible – same as the original, unboxed, no Rx", 75),
         ("pfizer", "Blue diamond 100 – the 1998 original, foil strips, no box, 100 tabs", 900)]


@cls("c_pill_appearance22", "*", "counterfeit", "branded medicines and devices named only by their look (blue diamond 100 mg, white elliptical 20 mg statin, round tablet with the embossed cross), loose or unboxed, no prescription, copy price")
def c_pill_appearance22(c, i):
    b, title, usd = L(PILLS, i)
    cat = c.prod(b, 0)[0]
    desc = L(["Made in India for export, same as the brand. Ships in plain envelope.", "Unboxed bulk, no leaflet, no prescription needed.",
              "Original formula, pressed in our partner plant; WhatsApp for 1,000+."], i)
    return b, title, desc, usd * c.r.uniform(0.03, 0.1), L(["en-US", "en-GB", "en-NG", "en-ZA", "hi-IN", "fil-PH", "en-AU", "ar-AE", "en-KE"], i), dict(category=cat)


SONIC = [("samsung", "Phone that plays 'Over the Horizon' on boot – 6.8\" Ultra 512GB clone", "phones", 1299),
         ("samsung", "Earbuds with the 'Over the Horizon' pairing tune – Pro 2nd gen, copy", "earbuds", 229),
         ("apple", "13\" laptop with the startup chime – M3 Air-style clone, 512GB", "laptops", 1099),
         ("apple", "Earbuds with the Marimba-phone pairing chime, Pro 2 USB-C – 1:1", "earbuds", 249),
         ("microsoft", "OS Pro lifetime key – the one with the 'tada' startup sound, 4 USD", "software licenses", 199),
         ("microsoft", "4K tower console with the green start-up whoosh – copy", "consoles", 599),
         ("sony", "Console with the classic grey-shapes startup hum – slim 1TB copy", "consoles", 499),
         ("nintendo", "Handheld with the 'click' dock sound and the coin jingle – OLED clone", "consoles", 349),
         ("apple", "Phone-maker's 'Opening' ringtone earbuds Pro 2 – copy", "earbuds", 249),
         ("samsung", "'Whistle' S-phone 24 Ultra – clone, the default tune", "phones", 1299),
         ("microsoft", "Office Home & Business 2021 – key, the suite with the 'paper-clip' helper, 6 USD", "software licenses", 230),
         ("sony", "ANC headphones with the 'power on, Bluetooth connected' voice of the XM line – copy", "headphones", 399),
         ("nintendo", "Pro controller that plays the 'snap' jingle – copy", "accessories", 79)]


@cls("c_sonic_logo22", "*", "counterfeit", "the brand named by its sonic identity (Over the Horizon, the Mac startup chime, the 'tada' sound, a console's startup jingle), with a copy cue")
def c_sonic_logo22(c, i):
    b, title, cat, usd = L(SONIC, i)
    return b, title, "Sounds exactly like the original. Copy version, 1-month shop warranty.", c.copy_usd(usd), L(LANGS_EN + ["ko-KR", "es-MX", "pt-BR"], i + 4), dict(category=cat)


# =========================================================================================== counterfeit, revisited families

RARE = [("am-ET", "ቅጂ (copy), ኦሪጅናል አይደለም"), ("ka-GE", "ასლი, რეპლიკა 1:1"), ("km-KH", "ចម្លង (copy) ថ្នាក់ AAA"), ("lo-LA", "ກ໊ອບປີ້ (copy) ເກຣດ AAA"),
        ("mn-MN", "хуулбар, жинхэнэ биш"), ("si-LK", "අනුපිටපත (copy), original නොවේ"), ("ne-NP", "नक्कली, कपी मास्टर"), ("uz-UZ", "nusxa, original emas"),
        ("az-AZ", "surət (kopya), orijinal deyil"), ("is-IS", "eftirlíking, ekki ekta"), ("mt-MT", "kopja, mhux oriġinali"), ("hy-AM", "կրկնօրինակ, ոչ օրիգինալ"),
        ("sw-TZ", "feki ya hali ya juu, si halisi")]


@cls("c_copy_words_rare_langs22", "", "counterfeit", "the brand with copy words of less-served languages (Amharic, Georgian, Khmer, Lao, Mongolian, Sinhala, Nepali, Uzbek, Azerbaijani, Icelandic, Maltese, Armenian, Swahili)")
def c_copy_words_rare_langs22(c, i):
    b = c.brand(i)
    cat, p, model, usd, noun = c.prod(b, i)
    lang, w = L(RARE, i)
    return b, f"{PRODUCTS[b][0]} {p} – {w}", w, c.copy_usd(usd), lang, dict(category=cat)


BATCH = ["LJR batch", "OG batch", "GX batch", "M batch", "DT batch", "Clean factory", "VSF", "ZF V3", "APS factory", "BT factory", "Noob V12", "GM batch", "CLOT 7A+"]


@cls("c_rep_batch22", "", "counterfeit", "the brand with a replica factory's batch name (LJR, OG, GX, VSF, ZF, Clean, Noob), new names")
def c_rep_batch22(c, i):
    b = L(["nike", "adidas", "rolex", "omega", "louis-vuitton", "gucci", "cartier", "burberry", "canada-goose", "the-north-face", "puma", "coach", "michael-kors"], i)
    cat, p, model, usd, noun = c.prod(b, i)
    return b, f"{PRODUCTS[b][0]} {p} – {L(BATCH, i)}", "QC photos on request, ship in 3 days.", c.copy_usd(usd), L(LANGS_EN + ["zh-CN", "ko-KR", "th-TH"], i), dict(category=cat)


@cls("c_plain_cn_ship22", "", "counterfeit", "a plain title at a copy's price; 'ships from our Guangzhou/Yiwu/Putian warehouse, hundreds in stock'")
def c_plain_cn_ship22(c, i):
    b = c.brand(i)
    cat, p, model, usd, noun = c.prod(b, i)
    return b, f"{PRODUCTS[b][0]} {p}", f"New. {c.r.choice(CN_SHIP)}. Wholesale price on request.", c.copy_usd(usd), L(LANGS_EN + LANGS_WORLD, i * 7 + 1), dict(category=cat, ship_from="CN")


@cls("c_model_only22", "", "counterfeit", "a registered model number and a generic noun with a copy cue, no brand")
def c_model_only22(c, i):
    b = c.brand(i)
    bb = b if PRODUCTS[b][1][0][2] else "rolex"
    cat, p, model, usd, noun = c.prod(bb, 0)
    cue = L(["copy", "1:1", "replica", "AAA", "mirror", "clone", "high copy"], i)
    return bb, f"{model} {noun} – {cue}", "Same as original, cheap.", c.copy_usd(usd), L(LANGS_EN + LANGS_WORLD, i * 3 + 2), dict(category=cat)


LINES = [("rolex", "Submariner Date 41", "watches", 10250), ("omega", "Speedmaster Moonwatch", "watches", 7100), ("louis-vuitton", "Neverfull MM", "handbags", 2030),
         ("gucci", "GG Marmont small", "handbags", 2450), ("the-north-face", "Nuptse 1996", "jackets", 330), ("canada-goose", "Expedition Parka", "parkas", 1695),
         ("dyson", "Airwrap", "hair care", 599), ("adidas", "Samba OG", "sneakers", 100), ("nike", "Dunk Low Panda", "sneakers", 115),
         ("cartier", "Juste un Clou", "jewelry", 7000), ("burberry", "Kensington trench", "trench coats", 2290), ("coach", "Tabby 26", "handbags", 450),
         ("bose", "QuietComfort Ultra", "earbuds", 299)]


@cls("c_line_only22", "", "counterfeit", "a product line's name without the brand, with a copy cue in the local language")
def c_line_only22(c, i):
    b, line, cat, usd = L(LINES, i)
    lang = L(["es-ES", "it-IT", "pt-BR", "pl-PL", "tr-TR", "fr-FR", "de-DE", "nl-NL", "ro-RO", "id-ID", "vi-VN", "cs-CZ", "el-GR"], i)
    cue = {"es-ES": "réplica", "it-IT": "replica perfetta", "pt-BR": "réplica primeira linha", "pl-PL": "podróbka", "tr-TR": "A kalite çakma", "fr-FR": "copie",
           "de-DE": "Nachbau", "nl-NL": "namaak", "ro-RO": "replică", "id-ID": "KW super", "vi-VN": "hàng fake 1:1", "cs-CZ": "kopie", "el-GR": "ρέπλικα"}[lang]
    return b, f"{line} – {cue}", cue, c.copy_usd(usd), lang, dict(category=cat)


LOCAL = [("ko-KR", "nike", "나이키 덩크 로우 판다 레플 (정품 아님)"), ("ja-JP", "gucci", "グッチ マーモント バッグ コピー品"), ("th-TH", "rolex", "โรเล็กซ์ ซับมารีเนอร์ ก๊อปเกรดเอ"),
         ("ar-SA", "rolex", "ساعة رولكس صب مارينر كوبي ون"), ("he-IL", "apple", "אוזניות אפל איירפודס פרו 2 חיקוי"), ("ru-RU", "dyson", "Дайсон Эйрврап копия"),
         ("el-GR", "louis-vuitton", "Λουί Βιτόν Neverfull ρέπλικα"), ("hi-IN", "rolex", "रोलेक्स घड़ी फर्स्ट कॉपी"), ("ka-GE", "nike", "ნაიკი ჯორდან 1 ასლი"),
         ("hy-AM", "gucci", "Գուչի պայուսակ կրկնօրինակ"), ("uk-UA", "canada-goose", "Канада Гус парка репліка"), ("bn-BD", "adidas", "অ্যাডিডাস সাম্বা মাস্টার কপি"),
         ("am-ET", "nike", "ናይኪ ጫማ ቅጂ")]


@cls("c_local_script22", "", "counterfeit", "the brand written in a local script (나이키, グッチ, โรเล็กซ์, رولكس, אפל, Дайсон, Λουί Βιτόν, रोलेक्स, ნაიკი, Գուչի, ናይኪ) with a local copy word")
def c_local_script22(c, i):
    lang, b, title = L(LOCAL, i)
    cat, p, model, usd, noun = c.prod(b, 0)
    return b, title, title, c.copy_usd(usd), lang, dict(category=cat)


MISS = [("rolex", "Rolexx"), ("gucci", "Guchi"), ("adidas", "Addidas"), ("nike", "Nikey"), ("samsung", "Samsumg"), ("dyson", "Dysson"), ("pandora", "Pandorra"),
        ("cartier", "Cartiere"), ("swarovski", "Swarowski"), ("burberry", "Burbery"), ("michael-kors", "Micheal Kor"), ("louis-vuitton", "Luis Vuiton"), ("canada-goose", "Canada Gooze")]


@cls("c_misspell22", "", "counterfeit", "a misspelt mark (Rolexx, Guchi, Nikey, Samsumg, Micheal Kor, Luis Vuiton) with a copy cue")
def c_misspell22(c, i):
    b, w = L(MISS, i)
    cat, p, model, usd, noun = c.prod(b, 0)
    return b, f"{w} {p} – high copy", "New with tags.", c.copy_usd(usd), L(LANGS_EN + LANGS_WORLD, i * 2 + 5), dict(category=cat)


HOMO = [("rolex", "Rоlех"), ("gucci", "Guссi"), ("nike", "Νikе"), ("apple", "Аррle"), ("omega", "Оmеgа"), ("dyson", "Dуsоn"), ("bose", "Воsе"),
        ("cartier", "Саrtiеr"), ("coach", "Сoасh"), ("pandora", "Раndоrа"), ("lego", "LΕGΟ"), ("sony", "Ѕоnу"), ("bosch", "Воsсh")]


@cls("c_homoglyph22", "", "counterfeit", "the mark in Cyrillic/Greek look-alike letters (Rоlех, Guссi, Νikе, Аррle), copy cue")
def c_homoglyph22(c, i):
    b, w = L(HOMO, i)
    cat, p, model, usd, noun = c.prod(b, 0)
    return b, f"{w} {p} – mirror quality", "Best copy on the site.", c.copy_usd(usd), L(LANGS_EN + LANGS_WORLD, i * 3 + 4), dict(category=cat)


SEP = [("rolex", "R·O·L·E·X"), ("samsung", "S_a_m_s_u_n_g"), ("gucci", "G/U/C/C/I"), ("louis-vuitton", "L~V"), ("dyson", "D•y•s•o•n"), ("nike", "N I K E"),
       ("omega", "O-M-E-G-A"), ("swarovski", "Swa|rov|ski"), ("michelin", "Mich.elin"), ("hasbro", "Has-bro"), ("mattel", "Mat tel"), ("bandai", "Ban·dai"), ("callaway", "Calla_way")]


@cls("c_separator22", "", "counterfeit", "the mark cut by separators (R·O·L·E·X, S_a_m_s_u_n_g, Swa|rov|ski), copy cue")
def c_separator22(c, i):
    b, w = L(SEP, i)
    cat, p, model, usd, noun = c.prod(b, 0)
    return b, f"{w} {p} – AAA copy", "New.", c.copy_usd(usd), L(LANGS_EN + LANGS_WORLD, i * 4), dict(category=cat)


@cls("c_offplatform22", "", "counterfeit", "the brand at a copy price with a push to Telegram/WhatsApp/WeChat/Signal for 'the real catalogue'")
def c_offplatform22(c, i):
    b = c.brand(i)
    cat, p, model, usd, noun = c.prod(b, i)
    ch = L(["Telegram @factorydirect88", "WhatsApp +86 137 0000 4821", "WeChat: topgrade_store", "Signal: +971 55 000 1234", "Line ID: repking"], i)
    return b, f"{PRODUCTS[b][0]} {p} – message for catalogue", f"Only a few pics here. Full catalogue and better grades on {ch}. Don't ask on the platform.", c.copy_usd(usd), L(LANGS_EN + LANGS_WORLD, i * 5 + 3), dict(category=cat)


@cls("c_pharma22", "", "counterfeit", "branded medicines, sensors and formula sold loose or without prescription at a fraction of list")
def c_pharma22(c, i):
    b = L(["pfizer", "pfizer", "bayer", "johnson-johnson", "abbott", "abbott", "pfizer", "bayer", "johnson-johnson", "pfizer", "abbott", "pfizer", "bayer"], i)
    cat, p, model, usd, noun = c.prod(b, i)
    return b, f"{PRODUCTS[b][0]} {p} – no prescription, bulk", "Loose strips, no box, discreet shipping. Indian production.", usd * c.r.uniform(0.03, 0.12), L(["en-US", "en-GB", "en-NG", "en-ZA", "hi-IN", "ar-EG", "fil-PH", "es-MX", "tr-TR"], i), dict(category=cat)


@cls("c_software_keys22", "", "counterfeit", "software sold as lifetime keys or pre-activated installs for a few dollars")
def c_software_keys22(c, i):
    b = L(["adobe", "microsoft", "autodesk"], i)
    cat, p, model, usd, noun = c.prod(b, i // 3)
    return b, f"{PRODUCTS[b][0]} {p} – lifetime activation", L(["Pre-activated, no subscription, instant email delivery.", "Lifetime key, 5 PCs, works with updates off.", "Cracked installer + patch, tested."], i), c.r.uniform(3, 15), L(LANGS_EN + LANGS_WORLD, i * 2), dict(category=cat)


@cls("c_beauty22", "", "counterfeit", "skincare, makeup and fragrance copies: 'counter quality', 'factory B', cheap full sizes")
def c_beauty22(c, i):
    b = L(["loreal", "estee-lauder", "shiseido", "loreal", "estee-lauder", "shiseido", "gillette", "loreal", "estee-lauder", "shiseido", "loreal", "estee-lauder", "shiseido"], i)
    cat, p, model, usd, noun = c.prod(b, i)
    return b, f"{PRODUCTS[b][0]} {p} – counter quality, not from counter", "Same as counter, B-factory. 50 pcs.", c.copy_usd(usd), L(["zh-CN", "vi-VN", "th-TH", "id-ID", "ms-MY", "fil-PH", "ko-KR", "en-SG", "ar-AE", "ru-RU", "uk-UA", "kk-KZ", "pl-PL"], i), dict(category=cat)


@cls("c_fmcg22", "", "counterfeit", "food, drink, formula and razors faked, refilled or relabelled ('export copy', 'refilled tins')")
def c_fmcg22(c, i):
    b = L(["mars", "danone", "nestle", "coca-cola", "ferrero", "gillette", "mars", "danone", "nestle", "coca-cola", "ferrero", "gillette", "panasonic"], i)
    cat, p, model, usd, noun = c.prod(b, i)
    return b, f"{PRODUCTS[b][0]} {p} – export copy", L(["Refilled tins, new seals.", "Relabelled, long expiry printed by us.", "Our factory copy, same taste."], i), c.copy_usd(usd), L(LANGS_WORLD + LANGS_EN, i * 3 + 1), dict(category=cat)


@cls("c_auto_parts22", "", "counterfeit", "car parts, tyres and oil as 'OEM' at impossible prices with copy words")
def c_auto_parts22(c, i):
    b = L(["honda", "toyota", "bmw", "michelin", "shell"], i)
    cat, p, model, usd, noun = c.prod(b, i // 5)
    return b, f"{PRODUCTS[b][0]} {p} {model} – Taiwan copy, genuine look", "Box printed like the dealer's. 100 pcs.", c.copy_usd(usd), L(["en-NG", "ar-EG", "ur-PK", "es-CO", "en-KE", "ru-RU", "id-ID", "vi-VN", "pt-BR", "tr-TR", "en-ZA", "th-TH", "fil-PH"], i), dict(category=cat)


@cls("c_electronics_clone22", "", "counterfeit", "clone phones, earbuds, headphones, consoles and hair tools with the brand and a clone word")
def c_electronics_clone22(c, i):
    b = L(["apple", "samsung", "sony", "bose", "dyson", "nintendo", "microsoft", "philips", "panasonic", "canon", "apple", "samsung", "dyson"], i)
    cat, p, model, usd, noun = c.prod(b, i)
    return b, f"{PRODUCTS[b][0]} {p} – clone version", "Clone, same functions, 3 months warranty by us.", c.copy_usd(usd), L(LANGS_WORLD + LANGS_EN, i * 5 + 2), dict(category=cat)


@cls("c_toy_clone22", "", "counterfeit", "toy and model-kit clones named with the brand and 'KO', 'copy', 'bootleg'")
def c_toy_clone22(c, i):
    b = L(["lego", "bandai", "hasbro", "mattel"], i)
    cat, p, model, usd, noun = c.prod(b, i // 4)
    return b, f"{PRODUCTS[b][0]} {p} – {L(['KO', 'bootleg', 'copy set', 'Chinese copy'], i)}", "Same pieces, no original box.", c.copy_usd(usd), L(LANGS_WORLD + LANGS_EN, i * 3 + 6), dict(category=cat)


@cls("c_sports_gear22", "", "counterfeit", "golf, racket, ball and outdoor copies (tour copy head, fake shuttles)")
def c_sports_gear22(c, i):
    b = L(["callaway", "yonex", "wilson", "the-north-face", "callaway", "yonex", "wilson"], i)
    cat, p, model, usd, noun = c.prod(b, i)
    return b, f"{PRODUCTS[b][0]} {p} – tour copy", "Copy, same weight and balance.", c.copy_usd(usd), L(["en-US", "ja-JP", "ko-KR", "ms-MY", "id-ID", "en-AU", "th-TH", "zh-TW", "vi-VN", "en-GB", "da-DK", "en-SG", "hi-IN"], i), dict(category=cat)


KITS = [("adidas", "Los Blancos"), ("adidas", "Die Roten"), ("nike", "Blaugrana"), ("adidas", "The Gunners"), ("adidas", "Red Devils"), ("nike", "The Blues (SW6)"),
        ("nike", "Les Parisiens"), ("adidas", "La Albiceleste"), ("nike", "Canarinho"), ("nike", "Les Bleus"), ("puma", "Rossoneri"), ("puma", "Cityzens"), ("nike", "Oranje")]


@cls("c_club_nickname_kit22", "", "counterfeit", "a current-season (26/27) shirt named by the club's or team's nickname (Los Blancos, Blaugrana, Rossoneri, Canarinho), 'Thai version'/'player AAA', maker unnamed")
def c_club_nickname_kit22(c, i):
    b, club = L(KITS, i)
    title = f"{club} 26/27 home shirt – {L(['Thai version AAA', 'player version copy', 'fan version 1:1', 'Thai quality'], i)}"
    return b, title, "All sizes S-4XL, name and number printing +5.", c.r.uniform(9, 18), L(["en-GB", "es-ES", "it-IT", "pt-BR", "fr-FR", "nl-NL", "th-TH", "vi-VN", "id-ID", "en-NG", "ar-MA", "tr-TR", "es-AR"], i), dict(category="soccer")


CJK = [("nike", "耐克 AJ1 芝加哥 公司级 过验"), ("gucci", "古驰 马蒙 包 天花板版本"), ("rolex", "劳力士 水鬼 一比一 代购级"), ("louis-vuitton", "路易威登 Neverfull 正品同源 皮料"),
       ("dyson", "戴森 吹风机 工厂同款 非专柜"), ("apple", "苹果 AirPods Pro 2 华强北 顶配"), ("cartier", "卡地亚 Love手镯 V金 一比一"), ("adidas", "阿迪达斯 Samba 莆田 纯原"),
       ("canada-goose", "加拿大鹅 远征 派克 顶级版本 可过验"), ("burberry", "博柏利 格纹 围巾 原厂面料 复刻"), ("omega", "欧米茄 超霸 月球表 VS厂"), ("coach", "蔻驰 Tabby 原单"),
       ("samsung", "三星 S24 Ultra 高配版 非官方")]


@cls("c_cjk_alias_jargon22", "", "counterfeit", "a Chinese alias with current trade jargon (公司级, 天花板版本, 代购级, 正品同源, 华强北, V金, 纯原, 可过验)")
def c_cjk_alias_jargon22(c, i):
    b, title = L(CJK, i)
    cat, p, model, usd, noun = c.prod(b, 0)
    return b, title, "私聊看实拍，量大从优。", c.copy_usd(usd), L(["zh-CN", "zh-CN", "zh-TW", "zh-HK"], i), dict(category=cat)


SCREEN = [("nike", "Forrest Gump's running shoes – white/red swoosh-style Cortez, 1:1", "sneakers", 90),
          ("burberry", "Succession's 'ludicrously capacious bag' – check tote, copy", "handbags", 1890),
          ("rolex", "Paul Newman's racing chronograph, exotic dial – AAA", "watches", 15100),
          ("omega", "Apollo 13 'flight-qualified' moon chronograph – 1:1", "watches", 7100),
          ("apple", "'Ted Lasso' team's earbuds Pro 2 – clone", "earbuds", 249),
          ("mattel", "The 2023 pink movie's dream house – copy", "dolls", 199),
          ("canada-goose", "The parka from 'The Day After Tomorrow' set crews – disc patch, copy", "parkas", 1695),
          ("nike", "Marty McFly's 2015 self-lacers – copy, LED", "sneakers", 500),
          ("cartier", "Princess Grace's engagement-era tank watch – AAA", "watches", 7800),
          ("louis-vuitton", "The 'Emily in Paris' monogram bag – mirror", "handbags", 2030),
          ("wilson", "The 'Challengers' (2024) tennis racket – copy", "tennis rackets", 249),
          ("sony", "'The Last of Us' console bundle – slim 1TB clone", "consoles", 499),
          ("levis", "James Dean's 'Rebel Without a Cause' jeans – 501 style, copy", "jeans", 80)]


@cls("c_screen_new22", "", "counterfeit", "the product named by a film or series it appeared in (Forrest Gump's runners, Succession's 'ludicrously capacious bag', Paul Newman's chronograph), copy cue: new films, new brands")
def c_screen_new22(c, i):
    b, title, cat, usd = L(SCREEN, i)
    return b, title, "Movie-accurate, new. Not original.", c.copy_usd(usd), L(LANGS_EN + ["fr-FR", "es-ES"], i + 7), dict(category=cat)


CHAR = [("nintendo", "Plumber-in-red-cap figure console bundle, OLED – copy, 500 games", "consoles", 349),
        ("microsoft", "Master Chief edition 4K tower console – copy", "consoles", 599),
        ("sony", "God of War (Kratos) edition slim 1TB – clone", "consoles", 499),
        ("hasbro", "Optimus Prime Studio Series 86 – KO figure", "action figures", 50),
        ("bandai", "RX-78-2 Gundam MG 1/100 – bootleg kit", "model kits", 50),
        ("ferrero", "Kinder Surprise eggs x72 – copy, no toy certificate", "chocolate", 60),
        ("nestle", "Nesquik bunny cocoa powder 1kg – refilled copy", "coffee", 12),
        ("mattel", "Ken & Barbie dream house set – copy", "dolls", 199),
        ("hasbro", "Mr. Monopoly classic board game – copy print", "board games", 22),
        ("nintendo", "Pikachu & Eevee Joy-Con pair – copy", "accessories", 79),
        ("lego", "Emmet & Wyldstyle minifigure pack – KO", "minifigures", 20),
        ("mars", "Red & Yellow spokescandies 1kg peanut – B-grade copy", "chocolate", 16),
        ("danone", "Danonino dino yogurt cups x48 – copy, no cold chain", "dairy", 20)]


@cls("c_character_ip22", "", "counterfeit", "the brand's own characters and IP instead of its name (the red-capped plumber, Master Chief, Kratos, Optimus Prime, the Nesquik bunny, Danonino), copy cue")
def c_character_ip22(c, i):
    b, title, cat, usd = L(CHAR, i)
    return b, title, "Same as shop version, cheaper.", c.copy_usd(usd), L(LANGS_WORLD + LANGS_EN, i * 4 + 3), dict(category=cat)


HOUSE = [("nestle", "KitKat 4-finger 41.5g x24 – factory copy", "confectionery", 18), ("nestle", "Gerber baby cereal 227g – refilled copy", "infant formula", 6),
         ("mars", "Twix 50g x32 – B-grade copy", "chocolate", 25), ("mars", "Pedigree adult dry dog food 15kg – copy bags", "pet food", 45),
         ("danone", "Activia yogurt drink x12 – copy bottles", "dairy", 10), ("danone", "Volvic 1.5L x12 – refilled copy", "bottled water", 12),
         ("loreal", "Kérastase Elixir Ultime oil 100ml – copy", "haircare", 60), ("loreal", "Kiehl's Ultra Facial Cream 125ml – counter copy", "skincare", 55),
         ("estee-lauder", "Clinique Moisture Surge 100H 75ml – copy", "skincare", 52), ("estee-lauder", "Jo Malone Wood Sage & Sea Salt 100ml – Dubai copy", "fragrance", 160),
         ("ferrero", "Tic Tac mint 100-pack – copy", "confectionery", 40), ("coca-cola", "Sprite 330ml x24 – copy cans", "soft drinks", 18),
         ("abbott", "Ensure Gold vanilla 850g – copy tins", "nutrition", 30)]


@cls("c_house_brands_new22", "", "counterfeit", "copies of the group's own product brands the registry does not list (KitKat, Gerber, Twix, Pedigree, Activia, Kérastase, Kiehl's, Clinique, Jo Malone, Tic Tac, Sprite, Ensure): new brands")
def c_house_brands_new22(c, i):
    b, title, cat, usd = L(HOUSE, i)
    return b, title, "Same packaging, our factory.", c.copy_usd(usd), L(LANGS_WORLD + LANGS_EN, i * 5 + 1), dict(category=cat)


LEGACY = [("apple", "iPod classic 160GB – new repro, clone", "earbuds", 249), ("sony", "Walkman TPS-L2 – remake with logo, copy", "headphones", 300),
          ("nintendo", "GameCube indigo – reproduction console with logo", "consoles", 200), ("microsoft", "Kinect v2 – copy sensor", "accessories", 150),
          ("nike", "Air Yeezy 2 'Red October' – 1:1", "sneakers", 250), ("bose", "SoundDock Series II – clone", "speakers", 300),
          ("dyson", "DC01 bagless cyclone vacuum – replica", "vacuum cleaners", 400), ("sony", "PSP 3000 – reproduction shell and logo", "consoles", 170),
          ("nintendo", "Game Boy Color – repro with logo, new", "consoles", 80), ("canon", "F-1 film SLR – replica body", "cameras", 600),
          ("apple", "iPod nano 7th gen – clone, new", "earbuds", 150), ("samsung", "Galaxy Note 7 – clone, new", "phones", 850), ("panasonic", "Technics RS-1500 reel-to-reel – copy", "speakers", 1500)]


@cls("c_legacy_new22", "", "counterfeit", "copies of discontinued products no registry line names (iPod classic, Walkman TPS-L2, GameCube, Kinect, Air Yeezy 2, SoundDock, DC01, PSP, Note 7): new products")
def c_legacy_new22(c, i):
    b, title, cat, usd = L(LEGACY, i)
    return b, title, "Brand new, not original.", c.copy_usd(usd), L(LANGS_EN + LANGS_WORLD, i * 3 + 1), dict(category=cat)


@cls("c_near_retail22", "", "counterfeit", "a copy priced at 55-80 % of list, betrayed by '30 new pieces', 'no receipt', 'ships from Guangzhou', 'USDT only, no returns'")
def c_near_retail22(c, i):
    b = L(["rolex", "cartier", "omega", "louis-vuitton", "gucci", "dyson", "apple", "canada-goose", "burberry", "samsung", "sony", "nike", "bose"], i)
    cat, p, model, usd, noun = c.prod(b, 0)
    desc = f"{c.r.choice([20, 30, 45])} new pieces in stock, no receipt, no box papers. {c.r.choice(CN_SHIP)}. USDT or Wise only, no returns."
    return b, f"{PRODUCTS[b][0]} {p} {model}", desc, usd * c.r.uniform(0.55, 0.8), L(LANGS_EN + LANGS_WORLD, i * 7), dict(category=cat)


SWITCH = [("en-NG", "no be original o, na China make but e clean well well"), ("en-GH", "it's not the real one chale, but nobody go know"),
          ("fr-CA", "c'est pas l'original là, mais ça paraît pareil en tabarnak"), ("fr-CI", "c'est pas le vrai môgô, mais ça va gâter le coin"),
          ("es-MX", "no es el original, es de los clonados pero bien chidos"), ("es-AR", "no es original, es trucho pero zarpado"),
          ("pt-PT", "não é o verdadeiro, é da feira mas ninguém nota"), ("en-ZA", "it's not the real deal bru, but it's lekker"),
          ("ms-MY", "bukan ori tau, tapi kualiti gempak"), ("tr-TR", "orijinal değil abi ama fark edilmez"), ("en-KE", "si original but iko fiti sana"),
          ("hi-IN", "original nahi hai bhai, par ekdum same lagega"), ("fil-PH", "hindi orig 'to ha, pero solid")]


@cls("c_code_switch_new22", "", "counterfeit", "a code-switched or slang admission that the goods are not the original (Nigerian Pidgin, Ghanaian, Québécois, Nouchi, Mexican, Rioplatense, South African, Malay, Turkish, Sheng, Hinglish)")
def c_code_switch_new22(c, i):
    lang, w = L(SWITCH, i)
    b = c.brand(i)
    cat, p, model, usd, noun = c.prod(b, i)
    return b, f"{PRODUCTS[b][0]} {p} – {w}", w, c.copy_usd(usd), lang, dict(category=cat)


@cls("c_seller_field_cue22", "", "counterfeit", "a plain title; the copy cue only in the seller's shop name or an attribute (quality: mirror / grade: AAA)")
def c_seller_field_cue22(c, i):
    b = c.brand(i)
    cat, p, model, usd, noun = c.prod(b, i)
    m = M[L(LANGS_EN + LANGS_WORLD, i * 3 + 2)]
    if i % 2:
        seller = {"id": "u%08x" % c.r.getrandbits(32), "name": L(["Mirror Grade Store", "AAA Replica House", "1to1 Factory Shop", "Top Copy Outlet", "Super Clone Hub"], i), "country": m[3]}
        return b, f"{PRODUCTS[b][0]} {p}", "New.", c.copy_usd(usd), m[0], dict(category=cat, seller=seller)
    return b, f"{PRODUCTS[b][0]} {p}", "New.", c.copy_usd(usd), m[0], dict(category=cat, attributes={"quality": L(["mirror 1:1", "AAA replica", "copy grade A", "super clone"], i)})


@cls("c_hashtag22", "", "counterfeit", "the mark glued in hashtags with copy hashtags")
def c_hashtag22(c, i):
    b = c.brand(i)
    cat, p, model, usd, noun = c.prod(b, i)
    tag = "#" + PRODUCTS[b][0].lower().replace(" ", "").replace("'", "").replace("&", "").replace("é", "e").replace("ó", "o") + noun.split()[-1]
    return b, f"{tag} #reps #1to1 #dupe", f"{tag} #repsneakers #qc", c.copy_usd(usd), L(LANGS_EN + LANGS_WORLD, i * 2 + 9), dict(category=cat)


@cls("c_grade_menu22", "", "counterfeit", "a price menu of copy grades in the description (B / A / AAA / 1:1) beside the plain brand")
def c_grade_menu22(c, i):
    b = c.brand(i)
    cat, p, model, usd, noun = c.prod(b, i)
    lo = c.copy_usd(usd)
    desc = f"Choose version: B grade {sig3(lo * 0.5)} / A grade {sig3(lo * 0.8)} / AAA {sig3(lo)} / 1:1 top {sig3(lo * 1.5)} (USD)."
    return b, f"{PRODUCTS[b][0]} {p} – choose your version", desc, lo * 0.5, L(LANGS_EN + LANGS_WORLD, i * 4 + 7), dict(category=cat)


ABBR = [("louis-vuitton", "LV Neverfull"), ("the-north-face", "TNF Nuptse 1996"), ("michael-kors", "MK Jet Set tote"), ("canada-goose", "CG Expedition"),
        ("nike", "AJ1 Chicago"), ("rolex", "RLX Sub 41"), ("gucci", "GG Marmont"), ("estee-lauder", "EL ANR 50ml"), ("burberry", "BBR check scarf"),
        ("coca-cola", "KO 330ml x24"), ("johnson-johnson", "J&J Tylenol ES"), ("hasbro", "TF Studio Series Optimus Prime"), ("adidas", "YZY 350 Zebra")]


@cls("c_abbreviation22", "", "counterfeit", "the trade's abbreviations of the brand or line (LV, TNF, MK, CG, AJ1, RLX, GG, EL, BBR, YZY) with a copy cue")
def c_abbreviation22(c, i):
    b, w = L(ABBR, i)
    cat, p, model, usd, noun = c.prod(b, 0)
    return b, f"{w} – 1:1 top copy", "Best batch.", c.copy_usd(usd), L(LANGS_EN + LANGS_WORLD, i * 6 + 1), dict(category=cat)


# =========================================================================================== innocent

TMALL = ("zh-CN", "tmall", "CNY", "CN", 7.1)


def mkt(name):
    for m in MARKETS:
        if m[1] == name:
            return m
    return TMALL if name == "tmall" else None


@cls("in_authorized_store22", "", "innocent", "the brand's own stores on marketplaces (registry seller ids) at list price")
def in_authorized_store22(c, i):
    b = L(list(AUTHORIZED), i)
    mp, sid, sname = AUTHORIZED[b][0]
    m = mkt(mp)
    cat, p, model, usd, noun = c.prod(b, i)
    seller = {"id": sid, "name": sname, "country": m[3]}
    return b, f"{PRODUCTS[b][0]} {p} {model}".strip(), "Official store. Manufacturer warranty.", usd * (1.1 if m[2] == "EUR" else 1.0), m[0], dict(category=cat, seller=seller, market=m)


@cls("in_used_fair22", "", "innocent", "genuine goods resold by a private person, wear and receipt described, at 45-70 % of list")
def in_used_fair22(c, i):
    b = c.brand(i)
    if b in ("pfizer", "abbott", "danone", "nestle", "mars", "coca-cola", "ferrero", "bayer", "johnson-johnson", "adobe", "autodesk", "gillette", "shell"):
        b = L(["rolex", "gucci", "sony", "nike", "lego", "canon"], i)
    cat, p, model, usd, noun = c.prod(b, i)
    return b, f"{PRODUCTS[b][0]} {p} – used, good condition", "Bought new in 2024, receipt included, light signs of use. Selling because I upgraded.", usd * c.r.uniform(0.45, 0.7), L(LANGS_WORLD + LANGS_EN, i * 5 + 2), dict(category=cat)


@cls("in_refurb22", "", "innocent", "professionally refurbished genuine electronics with grade and warranty, 62-82 % of list")
def in_refurb22(c, i):
    b = L(["apple", "samsung", "sony", "bose", "dyson", "nintendo", "microsoft", "canon", "philips", "bosch", "panasonic", "apple"], i)
    cat, p, model, usd, noun = c.prod(b, i)
    return b, f"{PRODUCTS[b][0]} {p} – refurbished grade A, 12-month warranty", "Professionally refurbished, tested, new battery where applicable.", usd * c.r.uniform(0.62, 0.82), L(LANGS_EN + LANGS_WORLD, i * 3 + 1), dict(category=cat)


@cls("in_preowned_lux22", "", "innocent", "pre-owned luxury from dealers at market prices, papers described")
def in_preowned_lux22(c, i):
    b = L(["rolex", "omega", "cartier", "louis-vuitton", "gucci", "burberry"], i)
    cat, p, model, usd, noun = c.prod(b, i // 6)
    return b, f"{PRODUCTS[b][0]} {p} – pre-owned, box & papers 2021", "Authenticated by our workshop, 12-month dealer warranty.", usd * c.r.uniform(0.8, 1.15), L(["en-US", "en-GB", "de-DE", "ja-JP", "fr-FR", "it-IT", "zh-HK", "en-SG"], i), dict(category=cat)


@cls("in_wholesale22", "", "innocent", "genuine goods by the case from distributors, 80-92 % of unit list, invoice")
def in_wholesale22(c, i):
    b = L(["mars", "nestle", "coca-cola", "ferrero", "danone", "gillette", "shell", "panasonic", "johnson-johnson", "bayer", "loreal", "canon"], i)
    cat, p, model, usd, noun = c.prod(b, i)
    return b, f"{PRODUCTS[b][0]} {p} – trade case, VAT invoice", "Authorised distributor, batch codes and invoice provided.", usd * c.r.uniform(0.8, 0.92), L(["en-GB", "de-DE", "pl-PL", "en-MY" if False else "ms-MY", "en-ZA", "tr-TR", "es-ES", "nl-NL"], i), dict(category=cat)


@cls("in_outlet22", "", "innocent", "genuine last-season goods from outlet stores at 45-70 % of list")
def in_outlet22(c, i):
    b = L(["nike", "adidas", "puma", "levis", "coach", "michael-kors", "the-north-face", "burberry", "canada-goose", "callaway", "wilson", "samsung"], i)
    cat, p, model, usd, noun = c.prod(b, i)
    return b, f"{PRODUCTS[b][0]} {p} – outlet, last season", "From the factory outlet, tags on, receipt.", usd * c.r.uniform(0.45, 0.7), L(LANGS_EN + LANGS_WORLD, i * 2 + 3), dict(category=cat)


@cls("in_parallel_import_genuine22", "", "innocent", "genuine goods sold in Russia/CIS under parallel import by retail chains, with receipt and store warranty, at 105-130 % of list")
def in_parallel_import_genuine22(c, i):
    b = L(["apple", "samsung", "sony", "dyson", "nintendo", "bose", "canon", "microsoft", "philips", "bosch", "lego", "nike"], i)
    cat, p, model, usd, noun = c.prod(b, i)
    lang = L(["ru-RU", "kk-KZ", "be-BY", "ru-RU", "hy-AM", "uz-UZ"], i)
    return b, f"{PRODUCTS[b][0]} {p} — параллельный импорт, оригинал", "Оригинал, ввезено по программе параллельного импорта. Чек, гарантия магазина 1 год, серийный номер проверяется.", usd * c.r.uniform(1.05, 1.3), lang, dict(category=cat)


@cls("in_jsonld_genuine22", "*", "innocent", "a genuine retailer's listing with a schema.org JSON-LD block (brand, NewCondition, authorised dealer) at list price")
def in_jsonld_genuine22(c, i):
    b = c.brand(i)
    cat, p, model, usd, noun = c.prod(b, i)
    name = PRODUCTS[b][0]
    block = json.dumps({"@context": "https://schema.org", "@type": "Product", "name": f"{name} {p}", "brand": {"@type": "Brand", "name": name},
                        "sku": model, "offers": {"@type": "Offer", "itemCondition": "https://schema.org/NewCondition", "seller": "authorised dealer"}}, ensure_ascii=False)
    return b, f"{name} {p}", f"Authorised dealer, invoice and manufacturer warranty.\n<script type=\"application/ld+json\">{block}</script>", usd * c.r.uniform(0.95, 1.05), L(LANGS_EN + LANGS_WORLD, i * 3 + 5), dict(category=cat)


@cls("in_salvage_genuine22", "*", "innocent", "one genuine item from an insurance salvage auction with its damage disclosed (water, fire, crash), priced for the damage")
def in_salvage_genuine22(c, i):
    b = L(["apple", "samsung", "dyson", "sony", "canon", "bosch", "honda", "nintendo", "bose", "microsoft", "philips", "panasonic"], i)
    cat, p, model, usd, noun = c.prod(b, i)
    return b, f"{PRODUCTS[b][0]} {p} – insurance salvage, water damaged, for repair", "Bought at an insurance salvage auction (one unit). Does not power on, corrosion visible on the board. Sold as is for parts or repair; photos of the damage.", usd * c.r.uniform(0.1, 0.25), L(LANGS_EN + ["de-DE", "pl-PL", "nl-NL"], i), dict(category=cat)


@cls("in_ai_leftover_genuine22", "*", "innocent", "a genuine used item whose description was written with an AI tool and keeps its chat leftover ('Sure! Here's a description for your used …'), fair used price")
def in_ai_leftover_genuine22(c, i):
    b = L(["dyson", "apple", "nike", "lego", "sony", "louis-vuitton", "rolex", "canon", "nintendo", "bose", "adidas", "coach"], i)
    cat, p, model, usd, noun = c.prod(b, i)
    name = PRODUCTS[b][0]
    desc = f"Sure! Here's a friendly description for your used {name} {p}:\n\nGenuine {name} {p}, bought at the official store in 2024 (receipt included). Gently used, fully working, no scratches. Let me know if you'd like a shorter version!"
    return b, f"{name} {p} – used, with receipt", desc, usd * c.r.uniform(0.5, 0.7), L(LANGS_EN + LANGS_WORLD, i * 4 + 1), dict(category=cat)


@cls("in_registration_genuine22", "*", "innocent", "genuine medicines, formula and food from supermarkets and pharmacies quoting the product's local registration number (NAFDAC, BPOM, FSSAI, SFDA) at list price")
def in_registration_genuine22(c, i):
    b = L(REGB, i)
    cat, p, model, usd, noun = c.prod(b, i + 1)
    lang, reg = L(REGNO, i + 3)
    reg = reg.format(n="%02d-%04d" % (c.r.randrange(100), c.r.randrange(10000)))
    return b, f"{PRODUCTS[b][0]} {p} – {reg}", "Imported by the official distributor; registration number on pack. Licensed pharmacy / supermarket, receipt.", usd * c.r.uniform(1.0, 1.15), lang, dict(category=cat)


AMEN = [("johnson-johnson", "Listerine Cool Mint 95ml travel bottles x10 – hotel amenity stock", "otc", 1.2), ("gillette", "Gillette Mach3 single razor – hotel amenity, sealed, x20", "razor blades", 1.0),
        ("shiseido", "Shiseido travel kit (cleanser 30ml + lotion 25ml) – airline first-class amenity, sealed", "skincare", 15), ("loreal", "L'Oréal Paris Elvive 50ml hotel minis x30", "haircare", 0.8),
        ("estee-lauder", "Estée Lauder ANR 7ml mini – from a business-class amenity kit, sealed", "skincare", 12), ("colgate" if False else "nestle", "Nescafé Gold sticks x50 – hotel room supply, sealed box", "coffee", 0.15),
        ("ferrero", "Ferrero Rocher 3-piece hotel turndown gifts x40", "chocolate", 0.6), ("danone", "evian 330ml x24 – hotel minibar case, sealed", "bottled water", 0.8),
        ("coca-cola", "Coca-Cola 150ml mini cans x24 – airline galley stock, sealed tray", "soft drinks", 0.6), ("mars", "M&M's peanut 45g x48 – minibar stock", "chocolate", 1.0),
        ("panasonic", "Panasonic AA batteries 2-pack x30 – hotel remote spares", "batteries", 1.5), ("philips", "Philips Sonicare travel brush head x10 – hotel amenity", "electric toothbrushes", 3)]


@cls("in_amenity_kits22", "*", "innocent", "genuine travel sizes and single units from hotel/airline amenity stock, priced per small unit")
def in_amenity_kits22(c, i):
    b, title, cat, usd_unit = L(AMEN, i)
    import re as _re
    mm = _re.search(r"x(\d+)", title)
    n = int(mm.group(1)) if mm else 1
    return b, title, "Genuine, sealed, travel sizes as supplied to hotels and airlines. Price for the lot.", usd_unit * n * c.r.uniform(0.8, 1.1), L(LANGS_EN + ["th-TH", "ar-AE", "ja-JP"], i * 2 + 1), dict(category=cat)


@cls("in_tender_surplus_genuine22", "*", "innocent", "ex-government or school surplus: single used genuine units with asset tags, wiped, at fair used prices")
def in_tender_surplus_genuine22(c, i):
    b = L(["apple", "samsung", "canon", "sony", "microsoft", "bosch", "honda", "dyson", "philips", "panasonic", "apple", "bosch"], i)
    cat, p, model, usd, noun = c.prod(b, i)
    return b, f"{PRODUCTS[b][0]} {p} – ex-government surplus, asset tag, used", "From the council's surplus auction. Asset tag on the back, wiped and reset, normal wear, one unit.", usd * c.r.uniform(0.3, 0.55), L(LANGS_EN + ["de-DE", "nl-NL", "sv-SE"], i + 2), dict(category=cat)


TDG = [("ferrero", "Empty gold foil praline wrappers x200 – for crafts, no chocolate", "crafts", 6), ("ferrero", "Empty 750g glass jars x6, washed, labels removed – for storage", "home", 8),
       ("rolex", "Generic green watch box, no logo – fits 40mm", "watch accessories", 15), ("coca-cola", "Red 330ml can holders, silicone, plain, x4", "home", 7),
       ("cartier", "Mini screwdriver set for jewellery screws – generic, 5 pcs", "tools", 6), ("louis-vuitton", "Brown canvas bag organiser insert for 30 cm totes – own brand", "bag accessories", 25),
       ("pfizer", "Blue diamond-shaped glass beads 10 mm x100 – jewellery making", "crafts", 5), ("burberry", "Camel tartan fabric by the metre – generic wool blend", "fabric", 18),
       ("apple", "White silicone earbud case cover, plain – fits Pro 2", "earbud accessories", 6), ("canada-goose", "Round red, white & blue roundel patch – generic RAF-style, iron-on", "patches", 4),
       ("mars", "Brown party-favour wrappers x50, blank", "crafts", 5), ("nestle", "Empty 200g glass coffee jars with gold lids x4, washed", "home", 7)]


@cls("in_trade_dress_generic22", "*", "innocent", "honest goods described with the same colours and shapes as a brand's trade dress (gold foil wrappers, empty jars, a plain green watch box, blue diamond beads), no brand goods sold")
def in_trade_dress_generic22(c, i):
    b, title, cat, usd = L(TDG, i)
    return b, title, "Generic item, no brand, not affiliated.", usd, L(LANGS_EN + LANGS_WORLD, i * 3), dict(category=cat)


SONM = [("samsung", "'Over the Horizon' – piano sheet music, intermediate, PDF", 4), ("apple", "Classic startup chime – synth patch pack for producers", 9),
        ("microsoft", "90s PC startup sounds – cassette tape compilation (fan made)", 12), ("sony", "Console startup themes – orchestral cover album, vinyl", 30),
        ("nintendo", "Video game coin & jump sounds – ukulele tab book", 15), ("coca-cola", "'Holidays Are Coming' – choir arrangement SATB, sheet music", 6),
        ("samsung", "Over the Horizon (2024 remix) – orchestral score for school band", 25), ("apple", "Marimba ringtone – marimba sheet music and practice track", 5),
        ("intel" if False else "microsoft", "'Tada' and 'Chord' WAV sound pack – retro computing museum download", 2), ("sony", "Startup jingles history – podcast season pass", 8),
        ("nintendo", "Game music for piano book 2 – official songbook", 20), ("coca-cola", "'I'd Like to Teach the World to Sing' – vinyl single 1971, original pressing", 18)]


@cls("in_sonic_media22", "*", "innocent", "sheet music, covers and sound packs of brands' jingles and startup sounds (Over the Horizon, the startup chime, 'Holidays Are Coming')")
def in_sonic_media22(c, i):
    b, title, usd = L(SONM, i)
    return b, title, "Music product; no device included.", usd, L(LANGS_EN + ["ko-KR", "ja-JP", "de-DE"], i + 1), dict(category="music")


REGA = [("apple", "Clear case for earbuds model A3047/A3048 (FCC ID BCG-A3047) – own brand"), ("samsung", "Screen protector for SM-S928U (FCC ID A3LSMS928U), 2 pack"),
        ("sony", "Replacement ear pads for FCC ID AK8YY2965 headphones – third party"), ("nintendo", "Carry case for HEG-001 (FCC ID BKEHEG001) – own brand"),
        ("microsoft", "Vertical stand for the console FCC ID C3K1882 – third party"), ("bose", "Replacement ear cushions for A94438608 headphones – own brand"),
        ("canon", "Cage for camera FCC ID AZD243 (R6 II) – aluminium, third party"), ("apple", "Keyboard cover for A3113 13\" laptop – own brand"),
        ("samsung", "Ear tips for SM-R510 earbuds (FCC ID A3LSMR510) – memory foam"), ("sony", "Cooling fan dock for CFI-2000 – third party"),
        ("nintendo", "Grip for Pro Controller HAC-013 – own brand"), ("bose", "Charging case cover for A94442387 earbuds – silicone")]


@cls("in_regulatory_accessory22", "*", "innocent", "third-party accessories naming the device they fit by its model and FCC ID")
def in_regulatory_accessory22(c, i):
    b, title = L(REGA, i)
    return b, title, "Third-party accessory, not made by the device's maker.", c.r.uniform(6, 35), L(LANGS_EN + ["de-DE", "ja-JP"], i * 2), dict(category="accessories")


@cls("in_pill_generic_rx22", "", "innocent", "licensed pharmacies selling generics (sildenafil, atorvastatin, paracetamol, glucose sensors of other makers) described by their look, on prescription")
def in_pill_generic_rx22(c, i):
    b = L(["pfizer", "pfizer", "johnson-johnson", "bayer", "abbott", "pfizer"], i)
    title = L(["Sildenafil 100 mg generic x4 – blue film-coated tablets, prescription required", "Atorvastatin 20 mg generic x30 – white oval, prescription",
               "Paracetamol 500 mg caplets x100 – store brand, white", "Acetylsalicylic acid 100 mg x100 – generic, round white tablets",
               "Dexcom G7 glucose sensor x1 – pharmacy, prescription", "Sildenafil Teva 50 mg x8 – licensed online pharmacy, e-prescription"], i)
    return b, title, "Licensed pharmacy; registration number displayed; consultation included.", c.r.uniform(4, 60), L(["en-GB", "de-DE", "en-US", "nl-NL", "en-AU", "pl-PL"], i), dict(category="pharmacy")


ETI = [("nike", "Nike of Samothrace – museum replica statue 30 cm, resin"), ("lego", "'Leg godt': Danish phrasebook for travellers"), ("samsung", "Three-star hotel weekend in Busan – voucher"),
       ("canon", "Kannon (Guanyin) bronze statue, 20 cm – temple shop"), ("pandora", "Pandora's Box – Greek myths for children, hardback"), ("omega", "Omega-3 fish oil 1000 mg x120"),
       ("mattel", "Matt & Elliot wedding guestbook – personalised"), ("sony", "Sonus faber Lumina I speakers – pair"), ("nintendo", "Hanafuda cards – traditional Japanese set"),
       ("coca-cola", "Kola nuts 500 g – dried, for cooking"), ("puma", "Puma concolor (cougar) plush 40 cm – zoo shop"), ("nestle", "Bird nest box for garden, wooden")]


@cls("in_etymology_senses22", "", "innocent", "the things a brand is named after, sold for themselves (the Nike of Samothrace, a Danish phrasebook, a Kannon statue, Omega-3, kola nuts, a bird's nest box)")
def in_etymology_senses22(c, i):
    b, title = L(ETI, i)
    return b, title, "New.", c.r.uniform(8, 120), L(LANGS_EN + LANGS_WORLD, i * 4 + 2)


RRPH = [("rolex", "Seiko Prospex 41mm ceramic diver – own brand; the famous crown diver costs USD 10,250, this is not that", 1200),
        ("dyson", "Shark FlexStyle 5-in-1 – a fraction of the USD 599 styler's price, Shark brand", 280),
        ("louis-vuitton", "Own-brand canvas tote 31 x 28 x 14 cm – no logo; the designer one is EUR 2,030", 60),
        ("apple", "Soundcore Liberty 4 Pro earbuds – half the price of the fruit ones, Anker brand", 130),
        ("cartier", "Own-brand steel screw-motif bracelet – no logo, not the 7,100 one", 80),
        ("canada-goose", "Uniqlo Ultra Light Down parka – for those who don't want to pay CAD 2,095", 130),
        ("lego", "COBI Millennium-size tank set, COBI brand – not the 849.99 UCS set", 120),
        ("burberry", "M&S check wool scarf – alternative to the GBP 490 one", 35),
        ("omega", "Tissot PRX chronograph – Swiss, own brand, not the 7,100 moon watch", 800),
        ("samsung", "Pixel 9 Pro XL – cheaper than the S24 Ultra's EUR 1,599", 999),
        ("gucci", "Own-brand quilted chevron bag 26 cm – no hardware logo, not the EUR 2,450 one", 70),
        ("autodesk", "LibreCAD and FreeCAD course – instead of the USD 2,030 licence", 30)]


@cls("in_rrp_honest_dupe22", "", "innocent", "other makers' goods compared honestly with a brand's RRP ('the famous one costs 10,250, this is not that')")
def in_rrp_honest_dupe22(c, i):
    b, title, usd = L(RRPH, i)
    return b, title, "Own brand, not affiliated, no logos of others.", usd, L(LANGS_EN + ["de-DE", "fr-FR"], i + 1)


ADM = [("apple", "1984 Macintosh launch ad – original newspaper page, framed"), ("coca-cola", "1995 'Holidays Are Coming' truck – official die-cast collectible"),
       ("levis", "1985 launderette ad – original cinema poster, folded"), ("nike", "'Just Do It' 1988 magazine ad – original page"),
       ("ferrero", "Ambassador's reception TV ad – VHS recording 1993"), ("mars", "Snickers 1990s shop display card – original"),
       ("michelin", "Michelin Guide France 1939 – original edition"), ("rolex", "1960s Rolex Submariner magazine ad – original page"),
       ("gillette", "1950s Gillette Blue Blade tin sign – original"), ("canon", "Canon AE-1 1976 brochure – original, English"),
       ("bosch", "1930s Bosch enamel garage sign – original"), ("shell", "Shell 1960s road map of Britain – original")]


@cls("in_ad_memorabilia22", "", "innocent", "original advertisements, posters, guides and shop displays of the brands sold as collectibles")
def in_ad_memorabilia22(c, i):
    b, title = L(ADM, i)
    return b, title, "Original period item, collector condition described.", c.r.uniform(15, 250), L(LANGS_EN + ["fr-FR", "de-DE"], i * 2), dict(category="collectibles")


@cls("in_accessories22", "", "innocent", "third-party accessories naming the product they fit")
def in_accessories22(c, i):
    b = L(["rolex", "apple", "samsung", "nintendo", "sony", "dyson", "canon", "louis-vuitton", "omega", "bose", "gucci", "the-north-face"], i)
    cat, p, model, usd, noun = c.prod(b, 0)
    return b, f"{L(['Strap', 'Case', 'Screen protector', 'Carry case', 'Stand', 'Storage rack', 'Lens hood', 'Bag organiser', 'NATO strap', 'Ear pads', 'Dust bag insert', 'Repair patch'], i)} for {PRODUCTS[b][0]} {p} – own brand", "Third-party, not original.", c.r.uniform(5, 40), L(LANGS_WORLD + LANGS_EN, i * 3 + 2), dict(category="accessories")


@cls("in_repair22", "", "innocent", "independent repair and servicing of the brand's goods")
def in_repair22(c, i):
    b = c.brand(i + 3)
    cat, p, model, usd, noun = c.prod(b, 0)
    return b, f"{PRODUCTS[b][0]} {p} repair and service – independent workshop", "Independent, not authorised by the brand; genuine parts where available.", c.r.uniform(30, 300), L(LANGS_WORLD + LANGS_EN, i * 5), dict(category="services")


EVER = [("shell", "Sea shell wind chime – handmade"), ("mars", "Mars globe 30 cm – NASA topography"), ("puma", "Puma (mountain lion) wildlife print A3"),
        ("coach", "Coach trip to the Lake District – 2 seats"), ("apple", "Apple tree sapling 'Braeburn' 1.2 m"), ("omega", "Omega Psi Phi hoodie"),
        ("canon", "Canon in D – sheet music for string quartet"), ("pandora", "Pandora's box jewellery box – wooden, handmade"), ("galaxy" if False else "samsung", "Galaxy projector night light – generic"),
        ("nintendo" if False else "microsoft", "Window cleaning squeegee 35 cm"), ("dove" if False else "mars", "Dove (bird) ceramic figurine"), ("bose" if False else "johnson-johnson", "Johnson family reunion T-shirts x20")]


@cls("in_everyday_words22", "", "innocent", "everyday senses of brand words (shell, mars, puma, coach, apple, omega, canon, pandora, galaxy, window, dove)")
def in_everyday_words22(c, i):
    b, title = L(EVER, i)
    return b, title, "New.", c.r.uniform(5, 80), L(LANGS_EN, i)


BOOKS = [("nike", "Shoe Dog – Phil Knight, hardback"), ("apple", "Steve Jobs – Walter Isaacson, paperback"), ("lego", "The LEGO Story – Jens Andersen"),
         ("rolex", "Rolex Submariner: The Watch Book – hardback"), ("louis-vuitton", "Louis Vuitton Catwalk – hardback"), ("adidas", "Three Stripes vs Puma – Pitch Invasion (book)"),
         ("dyson", "Invention: A Life – James Dyson"), ("nintendo", "Console Wars – Blake J. Harris"), ("coca-cola", "For God, Country & Coca-Cola – Pendergrast"),
         ("gucci", "House of Gucci (DVD)"), ("sony", "Made in Japan – Akio Morita"), ("canon", "Canon EOS R6 Mark II: The Complete Guide – paperback")]


@cls("in_books_media22", "", "innocent", "books, films and guides about or naming the brand")
def in_books_media22(c, i):
    b, title = L(BOOKS, i)
    return b, title, "Used, good condition.", c.r.uniform(5, 40), L(LANGS_EN + LANGS_WORLD, i * 2 + 1), dict(category="books")


@cls("in_compatible22", "", "innocent", "third-party consumables sold as compatible with a brand's machine")
def in_compatible22(c, i):
    b = L(["canon", "dyson", "philips", "gillette", "bosch", "panasonic", "canon", "philips", "dyson", "nintendo", "apple", "samsung"], i)
    title = L(["Compatible ink for Canon PG-545 – remanufactured, own brand", "Filter for Dyson V15 – compatible, 2 pack", "Brush heads compatible with Philips Sonicare, 8 pack",
               "Razor blades compatible with Gillette Fusion5 handles, 12 pack – own brand", "Drill bits set for Bosch GSR 12V – third party", "AA rechargeable batteries, compatible with eneloop chargers",
               "Toner compatible with Canon 055, own brand", "Replacement heads for Philips OneBlade – compatible", "Battery for Dyson V11 – compatible 4000 mAh",
               "Charging dock compatible with Nintendo Switch Joy-Con", "USB-C 20W charger compatible with iPhone – own brand", "Wireless charger compatible with Samsung Galaxy"], i)
    return b, title, "Compatible product, not original.", c.r.uniform(5, 40), L(LANGS_EN + LANGS_WORLD, i * 3), dict(category="accessories")


@cls("in_aftermarket_oe22", "", "innocent", "parts makers' own parts quoting the OEM number they replace")
def in_aftermarket_oe22(c, i):
    b = L(["bmw", "toyota", "honda", "bmw", "toyota", "honda", "michelin", "shell", "bmw", "toyota", "honda", "bmw"], i)
    cat, p, model, usd, noun = c.prod(b, i)
    maker = L(["MANN", "Bosch", "MAHLE", "Brembo", "Denso", "Hengst", "Continental", "Castrol", "ATE", "Aisin", "Ferodo", "Febi"], i)
    if b == "michelin":
        return b, "Continental PremiumContact 7 205/55R16 – alternative to Primacy 4+", "Continental brand.", 120, L(LANGS_WORLD, i), dict(category="tires")
    if b == "shell":
        return b, "Castrol Edge 5W-40 4L – same spec as Helix Ultra", "Castrol brand.", 45, L(LANGS_WORLD, i), dict(category="motor oil")
    return b, f"{maker} {noun} – replaces {PRODUCTS[b][0]} {model}", f"{maker} brand part, OE cross-reference for fitment only.", usd * c.r.uniform(0.5, 0.9), L(["de-DE", "pl-PL", "en-GB", "cs-CZ", "nl-NL", "es-ES", "it-IT", "fr-FR", "ro-RO", "hu-HU", "lt-LT", "sv-SE"], i), dict(category="auto parts")


@cls("in_wanted22", "", "innocent", "wanted-to-buy ads naming the brand's goods (no goods offered)")
def in_wanted22(c, i):
    b = c.brand(i + 7)
    cat, p, model, usd, noun = c.prod(b, 0)
    return b, f"WTB {PRODUCTS[b][0]} {p} – genuine only", "Looking to buy; will authenticate before paying. No replicas please.", None, L(LANGS_EN + LANGS_WORLD, i * 3), dict(category=cat)


NEAR = [("sony", "Sonos Era 100 speaker"), ("samsung", "Samsonite Proxis spinner 69 cm"), ("rolex", "Rolec EV charger 7 kW"), ("omega", "Omegon telescope 130/920"),
        ("canon", "Cannondale Topstone gravel bike"), ("nike", "Nikon Z6 III body"), ("bosch", "Bausch + Lomb Renu solution 360ml"), ("gucci", "Guccione family cookbook"),
        ("lego", "Legolas figure – LOTR, Weta"), ("pandora", "Pandora Radio (streaming) gift card"), ("mattel", "Mattei espresso cups set"), ("bose", "Bosendorfer piano stool")]


@cls("in_near_names22", "", "innocent", "other companies' names close to a mark (Sonos, Samsonite, Rolec, Omegon, Cannondale, Nikon, Bausch, Legolas)")
def in_near_names22(c, i):
    b, title = L(NEAR, i)
    return b, title, "New, original.", c.r.uniform(10, 900), L(LANGS_EN + LANGS_WORLD, i * 2 + 4)


CUES = [("panasonic", "AAA NiMH batteries 8 pack – rechargeable, Panasonic"), ("canon", "Canon EOS R50 mirrorless kit – new, Canon store"), ("canon", "Canon imageRUNNER copier toner C-EXV 50 – genuine"),
        ("adidas", "Real Madrid 26/27 home jersey – official replica (fan version), club store"), ("microsoft", "Disk clone software – Macrium for Windows 11, licence"),
        ("lego", "LEGO 10497 Galaxy Explorer – replica of the 1979 classic, new, LEGO store"), ("nintendo", "Super Mario replica coin – official Nintendo merch"),
        ("sony", "Sony mirrorless a6400 – new, authorised dealer"), ("apple", "Apple Clone Stamp Tool course for Photos – beginner"), ("rolex", "Watch replica dial printing – historic catalogue book"),
        ("bosch", "Bosch AAA battery charger – genuine"), ("samsung", "Samsung Galaxy Buds FE – factory sealed, copy of invoice included")]


@cls("in_cue_word_specs22", "", "innocent", "genuine goods whose specs carry copy-trade words in a technical sense (AAA, mirrorless, copier, clone software, official replica, copy of invoice)")
def in_cue_word_specs22(c, i):
    b, title = L(CUES, i)
    cat, p, model, usd, noun = c.prod(b, 0)
    return b, title, "Genuine, new, receipt.", max(usd * 0.95, 10) if i not in (4, 6, 8, 9) else c.r.uniform(10, 60), L(LANGS_EN + LANGS_WORLD, i * 5 + 1)


JAR = [("rolex", "Seiko 5 Sports GMT SSK019 'Pepsi' bezel – new"), ("rolex", "Tudor Black Bay 58 'Sub-style' – new, AD"), ("nike", "Converse Chuck 70 'Triple Black' highs"),
       ("nike", "New Balance 550 'Panda' lows – new"), ("rolex", "Casio MDV-106 'Duro' – the poor man's diver"), ("apple", "Google Pixel Buds Pro 2 – 'Pods' alternative"),
       ("adidas", "Onitsuka Tiger Mexico 66 – 'terrace' classic"), ("louis-vuitton", "Longchamp Le Pliage tote – new"), ("omega", "Seiko 'Speedy-style' chronograph SSC813"),
       ("canada-goose", "Fjällräven Expedition Down parka – new"), ("the-north-face", "Patagonia Retro-X 'Nuptse-like' fleece"), ("gucci", "Coach Tabby? no – Kate Spade quilted bag")]


@cls("in_shared_jargon22", "", "innocent", "other makers' goods described with jargon a registry may tie to one brand (Pepsi bezel, Triple Black, Panda lows, 'Pods', 'terrace')")
def in_shared_jargon22(c, i):
    b, title = L(JAR, i)
    if i % len(JAR) == 11:
        title = "Kate Spade quilted shoulder bag – new, outlet"
    return b, title, "Genuine, own brand of the maker named.", c.r.uniform(60, 600), L(LANGS_EN + LANGS_WORLD, i * 3 + 2)


# =========================================================================================== build

GENUINE_GOODS = ["in_authorized_store22", "in_used_fair22", "in_refurb22", "in_preowned_lux22", "in_wholesale22", "in_outlet22",
                 "in_parallel_import_genuine22", "in_jsonld_genuine22", "in_salvage_genuine22", "in_ai_leftover_genuine22",
                 "in_registration_genuine22", "in_amenity_kits22", "in_tender_surplus_genuine22"]


def build(seed):
    rows = []
    examples = {}
    for k, cl in enumerate(CLASSES):
        rng = random.Random(f"{seed}:{cl['name']}")
        c = Ctx(rng, k)
        for i in range(cl["n"]):
            out = cl["fn"](c, i)
            b, title, desc, usd, lang = out[:5]
            kw = dict(out[5]) if len(out) > 5 else {}
            market = kw.pop("market", None)
            if lang not in M and market is None:
                raise SystemExit(f"{cl['name']}: unknown lang {lang}")
            row = c.mk(b, title, desc, usd, lang, market=market, **kw)
            row["_label"] = {"kind": cl["kind"], "brand": b, "class": cl["name"], "tactic": cl["tactic"], "lang": (market or M[lang])[0], "also": []}
            rows.append(row)
            examples.setdefault(cl["name"], (title, b, row["_label"]["lang"]))
    random.Random(seed).shuffle(rows)
    return rows, examples


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, default=22)
    ap.add_argument("--out", default="set.jsonl")
    ap.add_argument("--classes", default="classes.md")
    a = ap.parse_args()
    rows, ex = build(a.seed)
    with open(a.out, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(a.classes, "w", encoding="utf-8") as f:
        f.write("# outsider22 classes\n\n`*`: a rarer, newer class (no earlier outsider class list has its family). Example: the first row's title (brand, lang).\n\n")
        f.write("| class | * | kind | n | tactic | example |\n|---|---|---|---|---|---|\n")
        for cl in sorted(CLASSES, key=lambda c: (c["kind"] != "counterfeit", c["star"] != "", c["name"])):
            t, b, lg = ex[cl["name"]]
            f.write(f"| {cl['name']} | {cl['star']} | {cl['kind']} | {cl['n']} | {cl['tactic']} | {t.replace('|', '/')} ({b}, {lg}) |\n")
    print(len(rows), "rows,", len(CLASSES), "classes")


if __name__ == "__main__":
    main()
