#!/usr/bin/env python3
"""outsider8: a held-out labelled set of marketplace listings for BrandSentry (stdlib only).

    python3 make_set.py --seed 8            # writes set.jsonl (same bytes every time)
    python3 make_set.py --seed 8 --classes  # also prints the class table (classes.md is written by write_classes.py)

Every line is a Listing (schemas.models.Listing fields) plus `_label` = {kind, brand, class, tactic, lang, also}.
Written from public knowledge of counterfeit-listing tactics and of honest listings that name brands; the author
read only README.md, docs/, schemas/, deploy/seed/registry.yaml and the CLI help of BrandSentry.
"""
from __future__ import annotations

import argparse
import json
import random
import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path

HERE = Path(__file__).resolve().parent

# --------------------------------------------------------------------------- brands (what an outsider knows)
# id: (mark as printed, a line or product name, generic product words, registry category, typical genuine USD, a model)
BR = {
    "rolex": ("Rolex", "Submariner Date", "automatic diver watch 41mm", "watches", 10250, "126610LN"),
    "omega": ("Omega", "Speedmaster Moonwatch", "chronograph watch 42mm", "watches", 7000, "310.30.42.50.01.001"),
    "cartier": ("Cartier", "Love bracelet", "screw bracelet 18k", "jewelry", 7100, "B6067417"),
    "swarovski": ("Swarovski", "Millenia necklace", "crystal necklace", "jewelry", 300, "5636708"),
    "pandora": ("Pandora", "Moments snake chain bracelet", "charm bracelet sterling silver", "jewelry", 70, "590702HV"),
    "louis-vuitton": ("Louis Vuitton", "Neverfull MM", "canvas tote bag", "handbags", 2030, "M40995"),
    "gucci": ("Gucci", "GG Marmont", "leather shoulder bag", "handbags", 2450, "443497"),
    "burberry": ("Burberry", "Giant Check cashmere scarf", "check cashmere scarf", "scarves", 490, "8015506"),
    "michael-kors": ("Michael Kors", "Jet Set tote", "saffiano leather tote", "handbags", 228, "30T3GTVT2L"),
    "coach": ("Coach", "Tabby Shoulder Bag", "leather shoulder bag", "handbags", 450, "CH857"),
    "canada-goose": ("Canada Goose", "Expedition Parka", "down parka", "parkas", 1495, "2051M"),
    "the-north-face": ("The North Face", "1996 Retro Nuptse", "puffer down jacket", "jackets", 320, "NF0A3C8D"),
    "nike": ("Nike", "Air Jordan 1 Retro High OG", "high-top sneakers", "sneakers", 180, "DZ5485-612"),
    "adidas": ("Adidas", "Samba OG", "low-top sneakers", "sneakers", 100, "B75806"),
    "puma": ("Puma", "Suede Classic XXI", "suede sneakers", "sneakers", 75, "374915-01"),
    "levis": ("Levi's", "501 Original Fit", "straight leg jeans", "jeans", 70, "00501-0115"),
    "bose": ("Bose", "QuietComfort 45", "noise cancelling headphones", "headphones", 249, "QC45"),
    "sony": ("Sony", "WH-1000XM5", "wireless noise cancelling headphones", "headphones", 399, "WH-1000XM5"),
    "apple": ("Apple", "AirPods Pro 2", "wireless earbuds", "earbuds", 249, "MTJV3"),
    "samsung": ("Samsung", "Galaxy S24 Ultra", "smartphone 256GB", "phones", 1299, "SM-S928B"),
    "canon": ("Canon", "EOS R6 Mark II", "mirrorless camera body", "cameras", 2499, "EOS R6 Mark II"),
    "dyson": ("Dyson", "Airwrap", "multi-styler hair styler", "hair care", 599, "HS05"),
    "philips": ("Philips", "Sonicare DiamondClean", "electric toothbrush", "electric toothbrushes", 229, "HX9911"),
    "bosch": ("Bosch", "GSR 12V-15 Professional", "cordless drill driver", "power tools", 119, "GSR 12V-15"),
    "panasonic": ("Panasonic", "Arc5 shaver", "electric shaver", "shavers", 249, "ES-LV9Q"),
    "honda": ("Honda", "EU2200i generator", "inverter generator 2200W", "generators", 1099, "EU2200i"),
    "toyota": ("Toyota", "front brake pads", "front brake pads", "auto parts", 70, "04465-02220"),
    "bmw": ("BMW", "brake disc", "front brake disc", "auto parts", 120, "34116860016"),
    "michelin": ("Michelin", "Pilot Sport 4 S", "tyre 245/40ZR18", "tires", 280, "PS4S 245/40ZR18"),
    "shell": ("Shell", "Helix Ultra 5W-40", "engine oil 4L", "motor oil", 45, "550046375"),
    "mars": ("Snickers", "Snickers 48g x 24", "chocolate bars", "chocolate", 22, "5000159461122"),
    "ferrero": ("Ferrero Rocher", "Ferrero Rocher T30", "hazelnut chocolates", "chocolate", 18, "FR-T30"),
    "nestle": ("Nescafé", "Nescafé Gold 200g", "instant coffee", "coffee", 10, "NES-GOLD-200"),
    "coca-cola": ("Coca-Cola", "Coca-Cola 330ml x 24", "cola cans", "soft drinks", 20, "KO-330-24"),
    "danone": ("Aptamil", "Aptamil Profutura 3 800g", "infant formula 800g", "infant formula", 45, "APT-PF3-800"),
    "abbott": ("FreeStyle Libre", "FreeStyle Libre 2 sensor", "glucose sensor", "medical devices", 65, "71988-01"),
    "pfizer": ("Viagra", "Viagra 100mg", "tablets 100mg", "prescription drugs", 500, "0069-4200-30"),
    "johnson-johnson": ("Tylenol", "Tylenol Extra Strength", "pain reliever caplets", "otc", 12, "TYL-ES-100"),
    "bayer": ("Bepanthen", "Bepanthen ointment 100g", "nappy ointment", "otc", 15, "BEP-100"),
    "loreal": ("Lancôme", "Advanced Génifique 50ml", "face serum 50ml", "skincare", 115, "LAN-GEN-50"),
    "estee-lauder": ("Estée Lauder", "Advanced Night Repair 50ml", "night serum 50ml", "skincare", 105, "ANR-50"),
    "shiseido": ("Shiseido", "Ultimune 50ml", "face concentrate 50ml", "skincare", 95, "ULT-50"),
    "gillette": ("Gillette", "Fusion5 ProGlide blades", "razor blades 8 pack", "razor blades", 30, "FUS5-PG-8"),
    "hasbro": ("Hasbro", "Transformers Studio Series Optimus Prime", "robot action figure", "action figures", 50, "F3418"),
    "lego": ("LEGO", "Millennium Falcon 75192", "building set", "building sets", 850, "75192"),
    "mattel": ("Barbie", "Barbie Dreamhouse", "doll house", "dolls", 179, "HJX74"),
    "bandai": ("Bandai", "MG RX-78-2 Ver.3.0", "1/100 model kit", "model kits", 45, "MG RX-78-2 Ver.3.0"),
    "adobe": ("Adobe", "Creative Cloud All Apps", "software subscription", "software licenses", 600, "65297615BA01A12"),
    "microsoft": ("Microsoft", "Windows 11 Pro", "license key", "software licenses", 199, "FQC-10528"),
    "autodesk": ("Autodesk", "AutoCAD 2025", "CAD software licence", "software licenses", 1975, "C1RK1-WW1762-L562"),
    "nintendo": ("Nintendo", "Switch OLED", "handheld game console", "consoles", 349, "HEG-001"),
    "callaway": ("Callaway", "Paradym Ai Smoke driver", "golf driver", "golf clubs", 599, "PARADYM-AI-SMOKE-DR"),
    "yonex": ("Yonex", "Astrox 88 D Pro", "badminton racket", "badminton rackets", 200, "AX88D"),
    "wilson": ("Wilson", "Pro Staff 97", "tennis racket", "tennis rackets", 249, "WR125711"),
}

# --------------------------------------------------------------------------- markets: marketplaces, currency, units per USD, country
MK = {
    "en-US": (["ebay-us", "amazon-us", "facebook-marketplace", "etsy", "offerup", "depop", "poshmark", "walmart-mp"], "USD", 1.0, "US"),
    "en-GB": (["ebay-uk", "vinted-uk", "gumtree-uk", "depop-uk"], "GBP", 0.79, "GB"),
    "en-AU": (["ebay-au", "gumtree-au"], "AUD", 1.52, "AU"),
    "en-IN": (["flipkart", "meesho", "olx-in", "amazon-in"], "INR", 84.0, "IN"),
    "en-NG": (["jumia-ng", "jiji-ng"], "NGN", 1550.0, "NG"),
    "en-CN": (["dhgate", "aliexpress", "alibaba", "made-in-china", "temu-mp"], "USD", 1.0, "CN"),
    "sw": (["jiji-ke", "pigiame"], "KES", 129.0, "KE"),
    "de": (["ebay-de", "kleinanzeigen", "amazon-de", "vinted-de"], "EUR", 0.92, "DE"),
    "fr": (["leboncoin", "vinted-fr", "cdiscount-mp"], "EUR", 0.92, "FR"),
    "es": (["wallapop", "milanuncios"], "EUR", 0.92, "ES"),
    "it": (["subito", "ebay-it"], "EUR", 0.92, "IT"),
    "nl": (["marktplaats", "bol-mp"], "EUR", 0.92, "NL"),
    "pl": (["allegro", "olx-pl"], "PLN", 4.0, "PL"),
    "cs": (["bazos-cz", "sbazar"], "CZK", 23.2, "CZ"),
    "ro": (["olx-ro", "emag-mp"], "RON", 4.6, "RO"),
    "hu": (["jofogas", "vatera"], "HUF", 365.0, "HU"),
    "el": (["skroutz", "xe-gr"], "EUR", 0.92, "GR"),
    "sv": (["blocket", "tradera"], "SEK", 10.6, "SE"),
    "da": (["dba-dk"], "DKK", 6.9, "DK"),
    "ru": (["avito", "ozon-mp", "wildberries"], "RUB", 95.0, "RU"),
    "uk": (["olx-ua", "prom-ua", "rozetka-mp"], "UAH", 41.5, "UA"),
    "tr": (["trendyol", "sahibinden", "hepsiburada"], "TRY", 34.5, "TR"),
    "ar": (["noon", "dubizzle", "opensooq"], "AED", 3.67, "AE"),
    "ar-EG": (["olx-eg", "jumia-eg"], "EGP", 49.0, "EG"),
    "he": (["yad2", "zap-mp"], "ILS", 3.7, "IL"),
    "fa": (["divar", "digikala-mp"], "IRR", 700000.0, "IR"),
    "hi": (["flipkart", "meesho", "olx-in"], "INR", 84.0, "IN"),
    "th": (["shopee-th", "lazada-th"], "THB", 35.0, "TH"),
    "vi": (["shopee-vn", "chotot", "tiki-mp"], "VND", 25400.0, "VN"),
    "id": (["tokopedia", "shopee-id", "bukalapak"], "IDR", 16000.0, "ID"),
    "ms": (["shopee-my", "lazada-my", "mudah"], "MYR", 4.5, "MY"),
    "tl": (["shopee-ph", "lazada-ph", "carousell-ph"], "PHP", 57.0, "PH"),
    "zh-CN": (["taobao", "pinduoduo", "xianyu", "douyin-shop"], "CNY", 7.2, "CN"),
    "zh-TW": (["shopee-tw", "ruten", "pchome-mp"], "TWD", 32.0, "TW"),
    "zh-HK": (["carousell-hk", "hktvmall-mp"], "HKD", 7.8, "HK"),
    "ja": (["mercari-jp", "rakuma", "yahoo-auctions-jp"], "JPY", 150.0, "JP"),
    "ko": (["coupang", "bunjang", "danggeun", "naver-smartstore"], "KRW", 1380.0, "KR"),
    "pt-BR": (["mercadolivre", "shopee-br", "olx-br", "enjoei"], "BRL", 5.6, "BR"),
    "es-MX": (["mercadolibre-mx", "facebook-marketplace"], "MXN", 18.5, "MX"),
}

GENUINE_GOODS = {"in_new_retail_fair", "in_new_retail_local_currency", "in_used_genuine_fair", "in_broken_for_parts",
                 "in_refurbished_openbox", "in_vintage_genuine", "in_used_oem_parts_breaker", "in_vehicles_whole",
                 "in_small_genuine_units", "in_grey_import_fair"}

CLASSES: dict[str, dict] = {}   # name -> {kind, tactic, star}
SPECS: list[dict] = []          # one dict per listing before it is built


def klass(name, kind, tactic, star=False):
    assert name not in CLASSES, name
    CLASSES[name] = dict(kind=kind, tactic=tactic, star=star)

    def add(brand, lang, title, desc="", usd=None, **kw):
        assert brand in BR, brand
        assert lang in MK, lang
        SPECS.append(dict(cls=name, kind=kind, brand=brand, lang=lang, title=title, desc=desc, usd=usd, **kw))
    return add


# --------------------------------------------------------------------------- text helpers (disguises)
def _shift(text, upper0, lower0):
    out = []
    for ch in text:
        if "A" <= ch <= "Z":
            out.append(chr(upper0 + ord(ch) - 65))
        elif "a" <= ch <= "z":
            out.append(chr(lower0 + ord(ch) - 97))
        else:
            out.append(ch)
    return "".join(out)


def bold(t): return _shift(t, 0x1D400, 0x1D41A)
def bold_italic(t): return _shift(t, 0x1D468, 0x1D482)
def bold_script(t): return _shift(t, 0x1D4D0, 0x1D4EA)
def sans_bold(t): return _shift(t, 0x1D5D4, 0x1D5EE)
def mono(t): return _shift(t, 0x1D670, 0x1D68A)


SMALLCAPS = dict(zip("abcdefghijklmnopqrstuvwxyz", "ᴀʙᴄᴅᴇꜰɢʜɪᴊᴋʟᴍɴᴏᴘǫʀꜱᴛᴜᴠᴡxʏᴢ"))


def smallcaps(t): return "".join(SMALLCAPS.get(c.lower(), c) if c.isalpha() and c.isascii() else c for c in t)


def neg_squared(t): return "".join(chr(0x1F170 + ord(c.upper()) - 65) if c.isascii() and c.isalpha() else c for c in t)
def neg_circled(t): return "".join(chr(0x1F150 + ord(c.upper()) - 65) if c.isascii() and c.isalpha() else c for c in t)
def squared(t): return "".join(chr(0x1F130 + ord(c.upper()) - 65) if c.isascii() and c.isalpha() else c for c in t)
def parenthesized(t): return "".join(chr(0x249C + ord(c.lower()) - 97) if c.isascii() and c.isalpha() else c for c in t)
def regional(t): return "\u200b".join(chr(0x1F1E6 + ord(c.upper()) - 65) for c in t if c.isalpha())


def money(usd, lang, rng):
    _, cur, rate, _ = MK[lang]
    v = usd * rate
    if rate >= 10000:
        v = max(1000, round(v / 1000) * 1000)
    elif rate >= 500:
        v = max(100, round(v / 100) * 100)
    elif rate >= 20:
        v = max(1, round(v))
        if v > 200:
            v = round(v / 10) * 10 - (1 if rng.random() < 0.4 else 0)
    else:
        v = round(v, 2)
        if v >= 1000:
            v = float(round(v / 10) * 10)
        elif v >= 100:
            v = float(round(v))
        elif v >= 20:
            v = int(v) + (0.99 if rng.random() < 0.5 else 0.0)
        v = round(max(v, 0.5), 2)
    return {"amount": v, "currency": cur}


HANDLES = ["shop", "store", "deals", "trade", "outlet", "mall", "goods", "market", "zone", "hub", "corner", "house", "world", "box"]
FIRST = ["sunny", "happy", "star", "lucky", "golden", "blue", "city", "best", "top", "fresh", "smart", "urban", "royal", "green",
         "silver", "daily", "prime", "mega", "nova", "easy", "kim", "lee", "anna", "mark", "li", "wang", "maria", "omar", "ivan",
         "yuki", "minh", "siti", "raj", "olu", "ali", "sara", "lars", "eva", "jan", "piotr", "nikos", "ahmet", "dana"]


def seller_for(rng, lang, kind):
    a, b = rng.choice(FIRST), rng.choice(HANDLES)
    sid = f"{a}{b}{rng.randint(10, 9999)}"
    name = f"{a.capitalize()} {b.capitalize()}"
    return {"id": sid, "name": name, "country": MK[lang][3]}


def build(rng):
    rows = []
    start = datetime(2026, 11, 3, 6, 0, tzinfo=timezone.utc)
    for i, s in enumerate(SPECS):
        mkts, cur, rate, country = MK[s["lang"]]
        market = s.get("market") or rng.choice(mkts)
        lid = s.get("listing_id") or f"{rng.randint(10**9, 10**10 - 1)}"
        b = BR[s["brand"]]
        price = None
        if s.get("local") is not None:
            price = {"amount": float(s["local"]), "currency": cur}
        elif s.get("usd") is not None:
            price = money(float(s["usd"]), s["lang"], rng)
        elif s["kind"] == "counterfeit" and not s.get("no_price"):
            price = money(b[4] * rng.uniform(0.04, 0.18), s["lang"], rng)
        seller = s.get("seller") or seller_for(rng, s["lang"], s["kind"])
        if "country" not in seller:
            seller = dict(seller, country=country)
        ship = s.get("ship", "CN" if (s["kind"] == "counterfeit" and rng.random() < 0.45) else country)
        img = s.get("images")
        if img is None:
            img = [{"url": f"https://img.{market.replace('_', '-')}.example/p/{rng.getrandbits(48):012x}.jpg"}]
        listing = {
            "marketplace": market,
            "listing_id": lid,
            "url": s.get("url") or f"https://{market}.example/item/{lid}",
            "title": s["title"],
            "description": s.get("desc", ""),
            "price": price,
            "seller": seller,
            "category": s.get("cat", b[3]),
            "images": img,
            "ship_from": ship,
            "observed_at": (start + timedelta(minutes=rng.randint(0, 60 * 24 * 27))).isoformat(),
            "attributes": s.get("attrs", {}),
        }
        if listing["category"] is None:
            del listing["category"]
        listing["_label"] = {"kind": s["kind"], "brand": s["brand"], "class": s["cls"], "tactic": CLASSES[s["cls"]]["tactic"],
                             "lang": s["lang"], "also": list(s.get("also", []))}
        rows.append(listing)
    return rows


# =========================================================================== counterfeit classes
# ---- 1. letters from other Unicode blocks
add = klass("c_smallcaps_letters", "counterfeit", "mark in Unicode small capitals / phonetic letters (ʀᴏʟᴇx), which NFKC does not fold", True)
add("rolex", "en-US", f"{smallcaps('Rolex')} diver 41mm ceramic bezel automatic green", "Sapphire glass, 904L steel, box and card. DM for more pics.", 240)
add("gucci", "en-GB", f"{smallcaps('Gucci')} double G shoulder bag black leather", "Brand new with dust bag and cards. Fast dispatch.", 85)
add("dyson", "en-US", f"{smallcaps('Dyson')} hair styler 6 in 1 complete long barrels", "All attachments included, 110V, fast heating. 1 year warranty from us.", 65)
add("nike", "en-US", f"{smallcaps('Nike')} high top sneakers chicago red white", "Sizes 7-12, box included, top quality.", 48)
add("louis-vuitton", "en-AU", f"{smallcaps('Louis Vuitton')} tote bag brown canvas large", "With dust bag & receipt. Same as store.", 120)
add("cartier", "en-US", f"{smallcaps('Cartier')} screw bracelet 18k gold plated titanium", "Comes with screwdriver and red box.", 28)
add("pandora", "en-GB", f"{smallcaps('Pandora')} snake chain bracelet 925 with 5 charms", "Gift box included, fits all charms.", 9)
add("omega", "en-US", f"{smallcaps('Omega')} chronograph black dial 42mm moon watch", "Hesalite crystal, manual wind, full set with box.", 210)
add("canada-goose", "en-US", f"{smallcaps('Canada Goose')} parka arctic black M coyote fur", "Warm to -30. Ships from NY in 2 days.", 160)
add("samsung", "en-US", f"{smallcaps('Samsung')} S24 ultra 12/512 titanium gray unlocked", "Dual sim, fast charger, new in box.", 185)

add = klass("c_enclosed_letters", "counterfeit", "mark in negative-squared, negative-circled, squared or parenthesized letters (🅡🅞🅛🅔🅧, ⒢⒰⒞⒞⒤)", True)
add("rolex", "en-US", f"{neg_squared('ROLEX')} daytona style chronograph panda dial", "Automatic, 40mm, oyster bracelet. AAA quality.", 260)
add("gucci", "en-US", f"{neg_circled('GUCCI')} belt double G buckle black 4cm", "Unisex, all sizes, box + bag.", 25)
add("nike", "en-GB", f"{squared('NIKE')} AJ1 high chicago lost and found", "UK 6-11, fast shipping.", 45)
add("louis-vuitton", "en-US", f"{neg_squared('LV')} {neg_circled('LOUIS VUITTON')} keepall 45 duffle", "Monogram canvas, strap included.", 140)
add("dyson", "en-US", f"{parenthesized('dyson')} supersonic hair dryer fuchsia", "5 attachments, 1600W.", 55)
add("michael-kors", "en-US", f"{neg_circled('MICHAEL KORS')} crossbody bag brown signature", "New with tags.", 22)
add("burberry", "en-GB", f"{squared('BURBERRY')} check scarf cashmere feel camel", "Gift boxed.", 19)
add("the-north-face", "en-US", f"{neg_squared('NORTH FACE')} puffer 700 black nuptse style", "All sizes S-XXL, wholesale price.", 45)
add("apple", "en-US", f"{neg_circled('APPLE')} airpods pro 2 anc sealed box", "Serial number checks OK.", 28)
add("bose", "en-US", f"{parenthesized('bose')} quiet comfort headphones wireless black", "Noise cancelling, 20h battery.", 35)

add = klass("c_math_alnum_fonts", "counterfeit", "mark in mathematical alphanumeric 'fancy font' letters (bold, script, sans, monospace)")
add("rolex", "en-US", f"{bold('Rolex')} Oyster Style Watch 41mm Blue Dial", "Swiss movement clone, 904L. Free shipping.", 220)
add("louis-vuitton", "en-US", f"{bold_script('Louis Vuitton')} Neverfull style tote", "Comes with pouch. Same as the boutique.", 95)
add("gucci", "en-GB", f"{sans_bold('GUCCI')} Ace trainers white bee", "UK sizes 5-11.", 48)
add("cartier", "en-US", f"{bold_italic('Cartier')} love ring rose gold 18k", "Engraved, stamped, with box.", 19)
add("adidas", "en-US", f"{mono('adidas')} samba og white green", "All sizes, fast ship.", 35)
add("canon", "en-US", f"{bold('Canon')} R6 mark ii body 24MP full frame", "Brand new, dual card slots.", 430)
add("swarovski", "en-GB", f"{bold_script('Swarovski')} swan necklace blue crystal", "Gift box, cleaning cloth.", 15)
add("omega", "en-US", f"{sans_bold('OMEGA')} seamaster style diver blue wave dial", "Automatic, 300m.", 190)
add("sony", "en-US", f"{mono('SONY')} 1000XM5 headphones black", "Noise cancelling, sealed.", 60)
add("coach", "en-US", f"{bold('Coach')} tabby shoulder bag chalk", "New with tags, signature hardware.", 45)

add = klass("c_emoji_letter_swap", "counterfeit", "one letter of the mark replaced by an emoji or symbol drawn like it (R⭕LEX, GUCC❗, ROLE❌)", True)
add("rolex", "en-US", "R⭕LEX submariner green 41mm 1:1", "Ceramic bezel, automatic.", 230)
add("gucci", "en-US", "GUCC❗ marmont bag black small", "With box and dust bag.", 75)
add("rolex", "en-GB", "ROLE❌ datejust 36 fluted bezel", "Jubilee bracelet, automatic.", 180)
add("bose", "en-US", "B⭕SE quietcomfort ultra headphones", "Sealed box, fast ship.", 45)
add("dyson", "en-US", "DYS⭕N airwrap complete long", "All attachments, gift box.", 70)
add("louis-vuitton", "en-US", "L⭕UIS VUITT⭕N speedy 30 bandouliere", "Canvas with strap.", 110)
add("pandora", "en-US", "PAND⭕RA moments bracelet + 3 charms", "925 silver.", 12)
add("nike", "en-US", "N❗KE air force one triple white", "Men 7-13.", 30)
add("cartier", "en-US", "C🅰️RTIER love bracelet 4 diamonds gold", "With screwdriver.", 35)
add("omega", "en-US", "⭕MEGA speedmaster moonwatch black", "Chronograph works.", 200)

add = klass("c_cyr_greek_homoglyphs", "counterfeit", "Cyrillic/Greek letters that look Latin mixed into the mark (Rоlех, Ԍuссі, Νіkе)")
add("rolex", "en-US", "R\u043el\u0435\u0445 Submariner 41mm black ceramic", "Automatic movement, box and papers.", 240)
add("gucci", "en-US", "G\u0443\u0441\u0441\u0456 belt GG buckle brown", "All sizes.", 22)
add("nike", "en-GB", "\u039d\u0456k\u0435 Air Max 90 infrared", "UK 7-11.", 35)
add("samsung", "en-US", "\u0405\u0430m\u0455ung S24 Ultra 512GB black", "Unlocked, dual sim.", 170)
add("apple", "en-US", "\u0410irP\u043eds Pr\u043e 2 USB-C", "ANC, transparency mode.", 25)
add("dyson", "en-US", "D\u0443s\u043en V15 cordless vacuum laser", "Complete kit.", 120)
add("cartier", "en-US", "\u0421\u0430rti\u0435r juste un clou nail bracelet gold", "Stainless, gold plated.", 30)
add("michelin", "en-US", "Mi\u0441h\u0435lin pilot sport 4s 245/40ZR18 set of 4", "New, DOT 2026.", 190)
add("canada-goose", "en-US", "\u0421\u0430n\u0430d\u0430 G\u043e\u043es\u0435 Expedition parka red", "Real down.", 150)
add("louis-vuitton", "en-US", "L\u043eui\u0455 Vuitt\u043en Alma BB damier", "Crossbody strap included.", 95)

add = klass("c_invisible_chars", "counterfeit", "rare invisible characters inside the mark (word joiner, combining grapheme joiner, Mongolian vowel separator, Hangul filler)", True)
add("rolex", "en-US", "Ro\u2060lex Daytona panda chronograph", "Automatic, 40mm. Top version.", 280)
add("gucci", "en-US", "Gu\u034fcci dionysus bag small", "Suede, tiger head closure.", 90)
add("louis-vuitton", "en-US", "Louis Vu\u180eitton pochette metis", "Monogram reverse.", 85)
add("nike", "en-US", "Ni\u3164ke dunk low panda", "GS and men sizes.", 38)
add("dyson", "en-GB", "Dy\u2063son supersonic hair dryer nickel copper", "With all nozzles.", 45)
add("cartier", "en-US", "Car\u2064tier love bracelet silver 16-19", "Titanium steel.", 22)
add("apple", "en-US", "Air\u115fPods Pro 2nd generation", "Wireless charging.", 24)
add("omega", "en-US", "Ome\u2062ga seamaster 300 blue", "Automatic diver.", 180)
add("canada-goose", "en-US", "Canada Go\u2061ose langford parka black", "Coyote fur hood.", 170)
add("swarovski", "en-US", "Swa\u200drovski millenia necklace octagon", "Rhodium plated.", 18)

add = klass("c_consonant_skeleton", "counterfeit", "mark written without its vowels (Rlx, Gcc, Dysn, Swrvsk), as in texting and in sellers' shorthand", True)
add("rolex", "en-US", "RLX sbmrnr green 41 ceramic auto", "Clean, tight bracelet. 1:1.", 230)
add("gucci", "en-US", "GCC marmont small crossbody blk", "w/ box & dustbag.", 70)
add("dyson", "en-US", "DYSN airwrap complete long 6 attachments", "New, 110v.", 65)
add("swarovski", "en-GB", "SWRVSK swan necklace blue", "Gift box.", 12)
add("louis-vuitton", "en-US", "LS VTTN neverfull mm monogram", "With pouch.", 95)
add("cartier", "en-US", "CRTR love bracelet gold 17", "Screwdriver incl. AAA.", 30)
add("burberry", "en-GB", "BRBRRY check scarf cashmere camel", "Tags attached.", 18)
add("pandora", "en-US", "PNDR moments bracelet 19cm + charms", "925 stamped.", 10)
add("canada-goose", "en-US", "CNDA GS expedition parka red L", "Real fur.", 160)
add("omega", "en-US", "OMG speedmaster moonwatch clone black", "Hesalite, manual wind.", 220)

add = klass("c_phonetic_respell", "counterfeit", "mark respelled by its sound, two or more edits away (Rollecks, Goochy, Looey Vootawn)")
add("rolex", "en-US", "Rollecks submarine watch green bezel 41mm", "Automatic, heavy, looks real.", 150)
add("gucci", "en-US", "Goochy belt double G gold buckle", "Black leather, all sizes.", 19)
add("louis-vuitton", "en-US", "Looey Vootawn neverfull tote brown canvas", "Comes w/ pouch.", 80)
add("cartier", "en-US", "Kartee-ay love bracelet 18k gold plated", "Screw motif.", 22)
add("swarovski", "en-GB", "Swarofsky crystal swan necklace", "Gift boxed.", 11)
add("dyson", "en-US", "Dysen air wrap 6 in 1 styler", "Complete set, long barrels.", 55)
add("burberry", "en-US", "Burbury nova check scarf", "Cashmere blend.", 17)
add("michael-kors", "en-US", "Mykel Kors jet set tote brown", "Saffiano leather.", 28)
add("adidas", "en-US", "Addeedas samba white black gum", "Sizes 5-12.", 30)
add("nike", "en-US", "Naikee air force 1 white low", "All sizes.", 28)

add = klass("c_stacked_disguises", "counterfeit", "two or three disguises stacked on one mark (leet + spacing, homoglyph + mask, case + symbol)")
add("rolex", "en-US", "R 0 L 3 X submariner 1:1 green", "Ceramic, 3235 movement.", 260)
add("gucci", "en-US", "G.u.c.c.1 marmont bag (mirror)", "Small size, gold hardware.", 90)
add("louis-vuitton", "en-US", "L0u!s V u i t t 0 n neverfull", "Top grade, receipts.", 100)
add("dyson", "en-US", "d_y_\u0455_0_n air wrap complete", "All accessories.", 60)
add("nike", "en-US", "N-1-K-€ dunk low panda 1:1", "Men & women sizes.", 40)
add("cartier", "en-US", "C@rt!er l0ve bracelet", "Yellow gold, stamped.", 28)
add("canada-goose", "en-US", "C4N4D4 G00S3 parka black", "Real coyote fur.", 150)
add("omega", "en-US", "0.M.3.G.A seamaster blue", "Automatic diver 300m.", 190)
add("swarovski", "en-US", "$w@r0v$k1 swan necklace", "Crystal pendant.", 12)
add("apple", "en-US", "A!rP0ds Pr0 2 (A.P.P.L.E)", "ANC, spatial audio.", 26)

add = klass("c_masked_multi", "counterfeit", "two or more letters of the mark masked with *, •, #, _ or x (R*l*x, G•cc•, L#uis V#itton)")
add("rolex", "en-US", "R*l*x datejust 41 blue dial", "Automatic, oyster bracelet. Top quality.", 210)
add("gucci", "en-US", "G•cc• belt GG gold buckle", "Black leather 4cm.", 20)
add("louis-vuitton", "en-US", "L#uis V#itt#n speedy 30", "Monogram canvas.", 95)
add("dyson", "en-US", "D_s_n supersonic dryer pink", "Full set.", 50)
add("cartier", "en-GB", "C*rt**r love bracelet silver", "Screwdriver included.", 20)
add("canada-goose", "en-US", "C*n*da G**se expedition parka", "Down filled.", 160)
add("michael-kors", "en-US", "M!ch@el K*rs jet set tote", "Brown signature.", 25)
add("burberry", "en-US", "B*rb*rry trench coat beige", "Women's, double breasted.", 90)
add("omega", "en-US", "0m*g* speedmaster moonwatch", "Black dial, chrono.", 210)
add("swarovski", "en-US", "Sw*r*vski millenia necklace", "Crystal, rhodium.", 15)

add = klass("c_cjk_separators", "counterfeit", "letters of the mark divided by CJK or typographic dots and strokes (R丶O丶L丶E丶X, R・O・L・E・X, R‧O‧L‧E‧X)", True)
add("rolex", "zh-CN", "R丶O丶L丶E丶X 潜航者 绿盘 机械表 男", "904L精钢 夜光 防水", 1800 / 7.2)
add("gucci", "ja", "G・U・C・C・I マーモント ショルダーバッグ 黒", "箱・保存袋付き 即日発送", 70)
add("louis-vuitton", "zh-TW", "L‧V 路‧易‧威‧登 老花 托特包 大號", "附防塵袋 原廠紙盒", 85)
add("dyson", "zh-CN", "D丶Y丶S丶O丶N 卷发棒 全套 长卷筒", "全新 送礼盒", 95)
add("nike", "ko", "N·I·K·E 덩크 로우 판다 남녀공용", "사이즈 230-290 빠른 배송", 35)
add("cartier", "zh-HK", "C｜A｜R｜T｜I｜E｜R 手鐲 玫瑰金", "鈦鋼 附螺絲刀", 30)
add("omega", "ja", "O・M・E・G・A スピードマスター 黒文字盤", "手巻き クロノグラフ 箱付き", 210)
add("canada-goose", "zh-CN", "C丶A丶N丶A丶D丶A 鹅 远征派克 羽绒服 红色", "貉子毛领 90白鸭绒", 160)
add("swarovski", "zh-TW", "S．W．A．R．O．V．S．K．I 天鵝 項鍊 藍", "附禮盒", 12)
add("bose", "zh-CN", "B丶O丶S丶E 降噪耳机 头戴式 QC", "全新 包邮", 40)

# ---- 2. other scripts, orthographies, abbreviations
add = klass("c_halfwidth_kana_abbrev", "counterfeit", "Japanese half-width katakana and sellers' kana abbreviations of the mark (ﾛﾚｯｸｽ, ﾛﾚ, ｽﾜﾛ, ｳﾞｨﾄﾝ) with N級/S級", True)
add("rolex", "ja", "ﾛﾚｯｸｽ ｻﾌﾞﾏﾘｰﾅｰ 緑 N級品 自動巻き", "セラミックベゼル 新品未使用 箱付き", 260)
add("rolex", "ja", "ロレ サブ 黒 41mm 自動巻き 高品質", "ノーブランド扱いでお願いします。S級", 190)
add("swarovski", "ja", "スワロ 白鳥 ネックレス ブルー 新品", "ギフトボックス付き 激安", 12)
add("louis-vuitton", "ja", "ｳﾞｨﾄﾝ ﾓﾉｸﾞﾗﾑ ﾄｰﾄ ﾈｳﾞｧｰﾌﾙ風 大容量", "N級 保存袋付き", 90)
add("gucci", "ja", "ｸﾞｯﾁ ﾏｰﾓﾝﾄ ｼｮﾙﾀﾞｰ 黒 S級品", "箱あり 即発送", 70)
add("dyson", "ja", "ﾀﾞｲｿﾝ ｴｱﾗｯﾌﾟ ﾌﾙｾｯﾄ 新品", "海外版 アタッチメント全部", 60)
add("cartier", "ja", "ｶﾙﾃｨｴ ﾗﾌﾞﾌﾞﾚｽ ｲｴﾛｰｺﾞｰﾙﾄﾞ 17", "ドライバー付き N級", 30)
add("omega", "ja", "ｵﾒｶﾞ ｽﾋﾟﾏｽ 黒 手巻き", "N級品 箱付き", 220)
add("the-north-face", "ja", "ﾉｰｽﾌｪｲｽ ﾇﾌﾟｼ ﾌﾞﾗｯｸ L 激安", "タグ付き新品 海外限定", 45)
add("burberry", "ja", "ﾊﾞｰﾊﾞﾘｰ ﾁｪｯｸ ﾏﾌﾗｰ ｶｼﾐﾔ", "新品 S級品", 20)

add = klass("c_korean_chosung", "counterfeit", "Korean initial-consonant (초성) abbreviation of the brand's hangul name (ㄹㄹㅅ = 롤렉스, ㄱㅊ = 구찌) with 레플/미러급", True)
add("rolex", "ko", "ㄹㄹㅅ 서브 그린 41mm 미러급 오토매틱", "세라믹 베젤, 풀박스. 문의는 톡으로", 280)
add("gucci", "ko", "ㄱㅊ 마몬트 숄더백 블랙 레플", "더스트백 포함", 70)
add("louis-vuitton", "ko", "ㄹㅇㅂㅌ 네버풀 MM 모노그램 미러급", "파우치 포함 정품급", 95)
add("nike", "ko", "ㄴㅇㅋ 조던1 시카고 하이 SA급", "230~290 전사이즈", 45)
add("dyson", "ko", "ㄷㅇㅅ 에어랩 풀세트 정품급", "새상품 빠른배송", 70)
add("burberry", "ko", "ㅂㅂㄹ 체크 머플러 캐시미어 레플", "선물포장 가능", 20)
add("cartier", "ko", "ㄲㄹㄸㅇ 러브 팔찌 골드 미러급", "드라이버 포함", 35)
add("swarovski", "ko", "ㅅㅂㄹㅅㅋ 백조 목걸이 블루 짭", "선물상자 포함", 12)
add("omega", "ko", "ㅇㅁㄱ 스피드마스터 블랙 미러급", "수동 크로노그래프", 220)
add("pandora", "ko", "ㅍㄷㄹ 모먼츠 팔찌 + 참 3개 레플", "925 실버 각인", 10)

add = klass("c_ukrainian_orthography", "counterfeit", "brand transliterated in Ukrainian spelling (Гуччі, Адідас, Картьє, Луї Віттон, Сваровскі) with копія/паль", True)
add("gucci", "uk", "Ремінь Гуччі чорний з пряжкою GG копія", "Натуральна шкіра, всі розміри. Відправка Новою поштою.", 20)
add("adidas", "uk", "Кросівки Адідас Самба білі репліка 1:1", "Розміри 36-45. Якість люкс.", 30)
add("cartier", "uk", "Браслет Картьє Лав золотий паль", "Медична сталь, з викруткою.", 15)
add("louis-vuitton", "uk", "Сумка Луї Віттон Невефул коричнева копія", "В комплекті пильник.", 45)
add("swarovski", "uk", "Кольє Сваровскі лебідь синій кристал репліка", "Подарункова коробка.", 12)
add("nike", "uk", "Кросівки Найк Аір Форс білі копія", "Розміри 36-45, накладений платіж.", 25)
add("dyson", "uk", "Стайлер Дайсон Ейрвреп повний комплект копія", "6 насадок, гарантія магазину.", 55)
add("the-north-face", "uk", "Пуховик Норт Фейс Нупсі чорний репліка", "Розміри S-XXL.", 45)
add("rolex", "uk", "Годинник Ролекс Субмарінер зелений копія люкс", "Механіка, сапфір.", 140)
add("michael-kors", "uk", "Сумка Майкл Корс Джет Сет копія", "Еко-шкіра, коричнева.", 20)

add = klass("c_persian_orthography", "counterfeit", "brand in Persian letters (گوچی with گ, رولکس with ک, نایکی with ی) and Persian copy words (های کپی, طرح اصلی)", True)
add("gucci", "fa", "کیف گوچی زنانه های کپی مشکی", "چرم مصنوعی درجه یک، ارسال به سراسر کشور", 30)
add("rolex", "fa", "ساعت رولکس ساب مارینر طرح اصلی", "موتور اتوماتیک، بند استیل", 60)
add("nike", "fa", "کتانی نایکی ایر جردن های کپی", "سایز ۴۰ تا ۴۵", 25)
add("adidas", "fa", "کفش آدیداس سامبا طرح اصلی سفید", "رویه چرم، زیره لاستیک", 22)
add("dyson", "fa", "سشوار دایسون سوپرسونیک های کپی", "با تمام متعلقات", 40)
add("samsung", "fa", "گوشی سامسونگ اس ۲۴ اولترا طرح اصلی", "رم ۱۲ حافظه ۵۱۲ دو سیم کارت", 110)
add("louis-vuitton", "fa", "کیف لویی ویتون نورفول فیک درجه یک", "همراه با کیسه گردگیر", 35)
add("cartier", "fa", "دستبند کارتیه لاو طرح اصلی طلایی", "استیل ضد حساسیت", 12)
add("apple", "fa", "ایرپاد پرو ۲ اپل های کپی", "نویز کنسلینگ، شارژ بی‌سیم", 18)
add("swarovski", "fa", "گردنبند سواروسکی قو های کپی", "جعبه کادویی", 10)

add = klass("c_indic_thai_scripts", "counterfeit", "brand written in Devanagari, Tamil, Bengali or Thai script, with a copy word or a copy price", True)
add("rolex", "hi", "रोलेक्स सबमरीनर घड़ी हरी फर्स्ट कॉपी", "ऑटोमैटिक, बॉक्स के साथ, कैश ऑन डिलीवरी", 35)
add("nike", "hi", "नाइकी एयर जॉर्डन जूते मास्टर कॉपी", "साइज 7-11", 18)
add("gucci", "hi", "गुच्ची बेल्ट पुरुषों के लिए 7A क्वालिटी", "असली लेदर जैसा", 9)
add("adidas", "en-IN", "அடிடாஸ் சம்பா ஷூ first copy white", "Sizes 6-10, COD available", 15)
add("rolex", "en-IN", "রোলেক্স ঘড়ি ডেটজাস্ট মাস্টার কপি", "অটোমেটিক, বক্স সহ", 30)
add("rolex", "th", "นาฬิกา โรเล็กซ์ ซับมารีเนอร์ งานมิลเลอร์", "ระบบออโตเมติก กล่องครบ", 120)
add("gucci", "th", "กระเป๋า กุชชี่ มาร์มอนท์ เกรดพรีเมียม", "พร้อมถุงผ้า", 45)
add("nike", "th", "รองเท้า ไนกี้ จอร์แดน 1 งานเทียบแท้", "ไซส์ 36-45", 30)
add("louis-vuitton", "th", "กระเป๋า หลุยส์ วิตตอง เนเวอร์ฟูล ก๊อปเกรดA", "มีถุงผ้าและกล่อง", 50)
add("dyson", "th", "ไดสัน แอร์แรป ครบชุด งานก๊อป", "ประกันร้าน 1 เดือน", 55)

add = klass("c_hebrew_greek_armenian", "counterfeit", "brand in Hebrew, Greek or Armenian letters with a local copy word (רפליקה, העתק, μαϊμού, ρέπλικα)", True)
add("rolex", "he", "שעון רולקס סאבמרינר רפליקה 1:1", "אוטומטי, קופסה ותעודות", 200)
add("gucci", "he", "תיק גוצ'י מרמונט העתק איכותי", "כולל שקית אבק", 70)
add("nike", "he", "נעלי נייקי אייר מקס חיקוי מדויק", "מידות 40-45", 30)
add("dyson", "he", "מסלסל דייסון איירוראפ העתק", "סט מלא", 60)
add("rolex", "el", "Ρολόι Ρόλεξ Submariner μαϊμού πρώτης ποιότητας", "Αυτόματο, με κουτί", 150)
add("gucci", "el", "Τσάντα Γκούτσι ρέπλικα μαύρη", "Με σακουλάκι", 45)
add("nike", "el", "Παπούτσια Νάικι Air Force ρέπλικα", "Νούμερα 36-45", 28)
add("swarovski", "el", "Κολιέ Σβαρόφσκι κύκνος αντίγραφο", "Σε κουτί δώρου", 10)
add("rolex", "ru", "Ռոլեքս ժամացույց Սաբմարիներ կրկնօրինակ (копия)", "Доставка по Еревану и РФ", 100)
add("louis-vuitton", "he", "תיק לואי ויטון ניברפול רפליקה", "מונוגרם חום", 60)

add = klass("c_taiwan_hk_names", "counterfeit", "brand's Taiwan or Hong Kong Chinese name, which differs from the mainland alias (耐吉, 愛迪達, 巴黎萊雅, 潘朵拉, 加拿大鵝, 歐米茄)")
add("nike", "zh-TW", "耐吉 Air Jordan 1 芝加哥 高筒 頂級復刻", "尺寸齊全 附鞋盒", 45)
add("adidas", "zh-TW", "愛迪達 Samba 德訓鞋 白綠 公司級", "現貨 超商取貨", 28)
add("loreal", "zh-TW", "巴黎萊雅 蘭蔻 小黑瓶精華 50ml 平輸 特價", "專櫃品質 下殺", 12)
add("pandora", "zh-TW", "潘朵拉 蛇骨手鍊 925 高仿", "送串珠3顆", 9)
add("canada-goose", "zh-HK", "加拿大鵝 遠征 派克 羽絨 紅色 A貨", "狼毛領 全新", 160)
add("omega", "zh-HK", "歐米茄 超霸 登月 手錶 黑面 高仿", "手動上鏈", 230)
add("cartier", "zh-TW", "卡地亞 Love 手環 玫瑰金 鈦鋼 仿", "附螺絲起子", 25)
add("estee-lauder", "zh-HK", "雅詩蘭黛 小棕瓶 50ml 原單 半價", "香港倉直送", 14)
add("michael-kors", "zh-TW", "邁克高仕 托特包 咖啡老花 高仿 出清", "全新吊牌", 22)
add("coach", "zh-TW", "蔻馳 Tabby 肩背包 奶白 頂級", "附防塵袋", 45)

add = klass("c_chinese_letter_jia", "counterfeit", "Chinese trade code '<letter or syllable>家' for a house (劳家, G家, B家, 欧家, 蔻家, 戴家) with 复刻/顶级", True)
add("rolex", "zh-CN", "劳家 潜航 绿盘 41mm 顶级复刻 3235机芯", "904L精钢 陶瓷圈 全套包装", 2000 / 7.2)
add("rolex", "zh-CN", "劳家 日志 36 蓝盘 五珠带 一比一", "原装开模 支持验货", 1500 / 7.2)
add("rolex", "zh-CN", "劳家迪通拿 熊猫盘 计时 高版本", "清洁厂出品", 2300 / 7.2)
add("gucci", "zh-CN", "G家 双G腰带 男士 真皮 专柜品质", "原版开模 送礼盒", 168 / 7.2)
add("gucci", "zh-CN", "G家 马蒙 链条包 小号 黑色 顶级", "原厂皮料 五金不掉色", 520 / 7.2)
add("burberry", "zh-CN", "B家 经典格纹 羊绒围巾 驼色 原单", "专柜同款 礼盒包装", 128 / 7.2)
add("burberry", "zh-CN", "B家 风衣 肯辛顿 中长款 卡其 高版本", "面料一比一", 680 / 7.2)
add("omega", "zh-CN", "欧家 海马300 蓝盘 自动机械 复刻", "VS厂 8800机芯", 2100 / 7.2)
add("coach", "zh-CN", "蔻家 Tabby 腋下包 奶白 顶级版", "五金刻字 送防尘袋", 260 / 7.2)
add("dyson", "zh-CN", "戴家 吹风机 紫红 全套 高配版", "负离子 同款外观 带原装盒", 199 / 7.2)

add = klass("c_compound_glued_words", "counterfeit", "mark glued into a compound noun of German, Dutch, Scandinavian or Hungarian (Rolexuhr, Guccitasche, Nikeskor, Swarovskikette)", True)
add("rolex", "de", "Rolexuhr Herren grün Keramik Automatik neu", "Top Zustand, mit Box. Nur Abholung oder Versand.", 180)
add("gucci", "de", "Guccitasche schwarz Damen Umhängetasche neu", "Mit Staubbeutel, 1:1.", 65)
add("nike", "sv", "Nikeskor vita stl 42 nya i kartong", "Snabb frakt, fejkfri kvalitet.", 30)
add("swarovski", "de", "Swarovskikette Schwan blau mit Etui", "Neu, Geschenk.", 12)
add("pandora", "da", "Pandoraarmbånd med 6 charms sølv", "Ny, i æske.", 15)
add("louis-vuitton", "nl", "Louisvuittontas bruin monogram groot", "Nieuw met stofzak.", 70)
add("canada-goose", "sv", "Canadagoosejacka svart herr L", "Ny med lappar, äkta päls.", 140)
add("dyson", "de", "Dysonföhn Supersonic neu OVP", "Alle Aufsätze, Rechnung vom Händler.", 55)
add("michael-kors", "hu", "Michaelkorstáska barna új címkés", "Azonnal átvehető.", 25)
add("burberry", "nl", "Burberrysjaal geruit kasjmier", "Nieuw in doos.", 18)

add = klass("c_inflected_forms", "counterfeit", "brand inflected by the grammar of Slavic, Turkish or Finnish (Rolexa, Dysona, Ролекса, Rolex'ten, Guccin)", True)
add("rolex", "pl", "Zegarek w stylu Rolexa Submariner zielony automat", "Jak oryginał, pudełko gratis.", 90)
add("dyson", "pl", "Lokówka typu Dysona Airwrap komplet", "Wszystkie końcówki, nowa.", 45)
add("samsung", "pl", "Nowy smartfon Samsunga S24 Ultra 512GB kopia 1:1", "Dual SIM, wersja azjatycka, tanio.", 150)
add("rolex", "ru", "Часы Ролекса Субмаринер зелёные копия", "Механика, сапфир, коробка.", 120)
add("dyson", "ru", "Фен Дайсона Суперсоник копия люкс", "Полный комплект насадок.", 40)
add("rolex", "tr", "Rolex'in yeşil dalgıç saati birebir otomatik", "Kutulu, faturasız.", 120)
add("gucci", "tr", "Gucci'nin kemeri siyah A kalite", "Tüm bedenler, kargo bedava.", 18)
add("rolex", "ru", "Реплика Ролекса Дейтона, хронограф, панда", "Сапфир, сталь, коробка.", 150)
add("nike", "cs", "Bílé najky vel. 42 replika, nízké", "Nové v krabici, poštou.", 30)
add("canada-goose", "pl", "Kurtka Canada Goose'a parka czerwona podróbka", "Rozmiar M, futro naturalne.", 130)

# ---- 3. the copy trade's own words, market by market (premium-copy prices: 20-35 % of retail)
add = klass("c_jargon_korean", "counterfeit", "Korean replica-grade jargon (미러급, SA급, S급, 정품급, 레플, 짭, 이미테이션) with the brand in hangul or Latin", True)
add("louis-vuitton", "ko", "루이비통 네버풀 MM 모노그램 미러급", "정품과 비교 불가. 더스트백 포함", 520)
add("rolex", "ko", "롤렉스 데이저스트 41 블루 SA급", "3235 무브먼트 풀세트", 2600)
add("gucci", "ko", "구찌 마몬트 숄더백 정품급 블랙", "각인 동일, 박스 포함", 600)
add("cartier", "ko", "까르띠에 러브팔찌 옐로우골드 레플", "드라이버 포함", 1500)
add("canada-goose", "ko", "캐나다구스 익스페디션 파카 S급", "리얼 퍼, 다운 충전", 380)
add("nike", "ko", "나이키 조던1 하이 시카고 짭 (최상급)", "사이즈 문의", 55)
add("dyson", "ko", "다이슨 에어랩 이미테이션 풀구성", "새제품 220V", 130)
add("burberry", "ko", "버버리 체크 머플러 캐시미어 1:1급", "선물포장", 110)
add("michael-kors", "ko", "마이클코어스 제트셋 토트 레플리카 브라운", "새상품", 60)
add("omega", "ko", "오메가 씨마스터 300 블루 미러급", "오토매틱, 풀박스", 1900)

add = klass("c_jargon_japanese", "counterfeit", "Japanese replica jargon (スーパーコピー, N級品, S級品, 本物同様, コピー品) beside the brand in katakana or Latin", True)
add("rolex", "ja", "ロレックス デイトナ パンダ N級品 自動巻き", "本物同様の重さ。箱・保証書付き", 2400)
add("louis-vuitton", "ja", "ルイヴィトン ネヴァーフル MM スーパーコピー", "保存袋付き", 500)
add("gucci", "ja", "グッチ GGマーモント ショルダー S級品", "刻印あり", 550)
add("cartier", "ja", "カルティエ ラブブレス 18K 本物同様", "専用ドライバー付き", 1400)
add("omega", "ja", "オメガ スピードマスター ムーンウォッチ コピー品", "手巻き 箱付き", 1600)
add("nike", "ja", "ナイキ エアジョーダン1 シカゴ N級", "全サイズ", 50)
add("dyson", "ja", "ダイソン エアラップ コピー品 フルセット", "海外仕様 変換プラグ付き", 120)
add("canada-goose", "ja", "カナダグース ジャスパー ネイビー S級品", "本物同様のワッペン", 350)
add("burberry", "ja", "バーバリー トレンチコート ケンジントン N級", "ベージュ 38", 420)
add("pandora", "ja", "パンドラ ブレスレット チャーム付き コピー品", "925刻印", 18)

add = klass("c_jargon_southeast_asia", "counterfeit", "SE-Asian replica jargon: Vietnamese rep 1:1 / like auth / siêu cấp, Thai งานเทียบแท้, Indonesian KW super / ori premium, Malay gred AAA, Filipino class A / overrun", True)
add("louis-vuitton", "vi", "Túi Louis Vuitton Neverfull hàng rep 1:1 siêu cấp", "Da chuẩn, full box, ship COD toàn quốc", 450)
add("nike", "vi", "Giày Nike Air Jordan 1 Chicago like auth", "Đủ size 36-44, bảo hành keo 6 tháng", 50)
add("rolex", "vi", "Đồng hồ Rolex Submariner super fake 1:1", "Máy Thụy Sĩ clone, kính sapphire", 2100)
add("gucci", "th", "กระเป๋า Gucci Marmont งานเทียบแท้ หนังแท้", "ถ่ายจากสินค้าจริง", 500)
add("adidas", "id", "Sepatu Adidas Samba OG KW super premium", "Size 36-44, bonus box", 28)
add("nike", "id", "Nike Air Force 1 putih ori premium grade", "Sudah termasuk box & kaos kaki", 32)
add("rolex", "id", "Jam tangan Rolex Datejust KW1 mirror", "Automatic, full set", 1900)
add("coach", "ms", "Beg Coach Tabby gred AAA copy ori", "Lengkap dengan dust bag", 110)
add("michael-kors", "tl", "Michael Kors Jet Set tote class A overrun", "Complete with tag and dustbag, COD Metro Manila", 60)
add("louis-vuitton", "tl", "LV Neverfull MM class A mirror quality", "With receipt and dustbag, pm for more pics", 480)

add = klass("c_jargon_latam_brazil", "counterfeit", "Brazilian and Mexican replica jargon: primeira linha, réplica premium, linha A, tipo original; clon, calidad G5, AAA, espejo, 1.1", True)
add("nike", "pt-BR", "Tênis Nike Air Jordan 1 primeira linha", "Todos os números, envio imediato", 55)
add("louis-vuitton", "pt-BR", "Bolsa Louis Vuitton Neverfull réplica premium", "Com dust bag e nota", 420)
add("rolex", "pt-BR", "Relógio Rolex Submariner linha A automático", "Caixa e certificado", 2100)
add("adidas", "pt-BR", "Adidas Samba OG importado tipo original", "Do 34 ao 44", 30)
add("gucci", "pt-BR", "Cinto Gucci primeira linha fivela GG", "Couro legítimo", 90)
add("nike", "es-MX", "Tenis Nike Dunk Low panda calidad G5", "Tallas 22 a 29 mx, envío gratis", 45)
add("rolex", "es-MX", "Reloj Rolex Daytona clon automático AAA", "Cristal de zafiro, caja incluida", 2300)
add("louis-vuitton", "es-MX", "Bolsa Louis Vuitton Speedy 30 espejo 1.1", "Incluye candado y llave", 380)
add("michael-kors", "es-MX", "Bolsa Michael Kors Jet Set calidad AAA", "Con etiquetas", 55)
add("adidas", "es-MX", "Tenis Adidas Samba tipo original blanco", "Tallas 23-28", 28)

add = klass("c_jargon_turkish_arabic", "counterfeit", "Turkish, Gulf and Egyptian replica jargon: birebir, A+ kalite, muadil, çakma; ماستر كوالتي, هاي كوبي, كوبي ون, ميرور", True)
add("rolex", "tr", "Rolex Submariner birebir otomatik saat", "Safir cam, kutulu", 2000)
add("louis-vuitton", "tr", "Louis Vuitton Neverfull A+ kalite çanta", "Toz torbası hediye", 420)
add("nike", "tr", "Nike Air Jordan 1 muadil orijinal kutulu", "36-45 numara", 45)
add("gucci", "tr", "Gucci kemer çakma değil üst kalite replika", "Tüm bedenler", 80)
add("rolex", "ar", "ساعة رولكس صب مارينر ماستر كوالتي", "حركة أوتوماتيك، علبة وضمان", 2000)
add("gucci", "ar", "شنطة قوتشي مارمونت هاي كوبي", "مع كيس الغبار", 520)
add("cartier", "ar", "اسوارة كارتير لوف كوبي ون ذهبي", "مع المفك", 1300)
add("dyson", "ar-EG", "سشوار دايسون سوبرسونيك هاي كوبي", "ضمان شهر", 90)
add("nike", "ar-EG", "كوتشي نايك اير فورس ميرور", "مقاسات 40-45", 28)
add("louis-vuitton", "ar", "حقيبة لويس فيتون نيفرفول ميرور كوالتي", "جلد طبيعي", 450)

add = klass("c_jargon_slavic", "counterfeit", "Russian, Ukrainian, Polish and Czech replica jargon: паль, 1в1, люкс, фабричный Китай; podróbka, jakość 1:1; napodobenina", True)
add("nike", "ru", "Кроссовки Nike Air Jordan 1 паль но качество топ", "Размеры 36-45, Авито доставка", 45)
add("louis-vuitton", "ru", "Сумка Louis Vuitton Neverfull 1в1 люкс", "Пыльник в комплекте", 420)
add("rolex", "ru", "Часы Rolex Submariner фабричный Китай ЛЮКС", "Механика, сапфир", 1900)
add("dyson", "ru", "Стайлер Dyson Airwrap 1 в 1 с оригиналом", "Гарантия магазина", 120)
add("the-north-face", "uk", "Пуховик The North Face Nuptse паль люкс якість", "Розміри S-XXL", 80)
add("adidas", "pl", "Buty Adidas Samba podróbka dobrej jakości", "Rozmiary 36-45", 28)
add("gucci", "pl", "Pasek Gucci jakość 1:1 jak oryginał", "Klamra GG", 80)
add("rolex", "cs", "Hodinky Rolex Datejust napodobenina vysoká kvalita", "Automat, krabička", 1800)
add("canada-goose", "ru", "Парка Canada Goose реплика люкс натуральный мех", "Размеры S-XXL", 350)
add("michael-kors", "uk", "Сумка Michael Kors люкс копія", "Відправка Укрпоштою", 50)

add = klass("c_jargon_africa_india", "counterfeit", "Nigerian, Kenyan and Indian copy grades: Turkey original, China original, first grade, grade 1; first copy, master copy, 7A, mirror copy, OG", True)
add("nike", "en-NG", "Nike Air Force 1 Turkey original white", "Available in sizes 40-45, pay on delivery Lagos", 28)
add("rolex", "en-NG", "Rolex Datejust first grade unisex wristwatch", "Comes with box, Ikeja pickup", 90)
add("gucci", "en-NG", "Gucci men's belt China original grade 1", "Nationwide delivery", 18)
add("louis-vuitton", "sw", "Mkoba wa Louis Vuitton Neverfull grade 1 Turkey original", "Bei nafuu, delivery Nairobi CBD", 60)
add("adidas", "sw", "Viatu vya Adidas Samba original Turkey", "Size 39-45", 25)
add("nike", "en-IN", "Nike Air Jordan 1 High OG first copy 7A", "UK 6-10, COD available", 25)
add("rolex", "en-IN", "Rolex Submariner master copy automatic", "With box, 6 months warranty", 150)
add("gucci", "en-IN", "Gucci Marmont sling bag mirror copy", "With dust bag & card", 45)
add("louis-vuitton", "en-IN", "Louis Vuitton Neverfull OG quality 7A", "Same as original, pan India delivery", 55)
add("apple", "en-IN", "AirPods Pro 2 master copy ANC working", "Name change & GPS working", 12)

add = klass("c_jargon_europe_misc", "counterfeit", "European copy words in Greek, Italian, Dutch, Romanian, Hungarian, Swedish, Danish, French (μαϊμού, falso d'autore, namaak, nep, replică, másolat, fejk, kopi, réplique)", True)
add("louis-vuitton", "it", "Borsa Louis Vuitton Neverfull falso d'autore", "Perfetta, con dust bag", 300)
add("rolex", "it", "Rolex Submariner replica AAA automatico", "Vetro zaffiro, scatola", 1700)
add("nike", "nl", "Nike Air Jordan 1 namaak maar top kwaliteit", "Maat 40-45", 45)
add("canada-goose", "nl", "Canada Goose jas nep, ziet er echt uit", "Maat M, zwart", 250)
add("gucci", "ro", "Curea Gucci replică calitate premium", "Toate mărimile", 70)
add("rolex", "hu", "Rolex Datejust másolat automata óra", "Dobozzal", 1600)
add("the-north-face", "sv", "The North Face Nuptse fejk men bra kvalitet", "Storlek L", 70)
add("pandora", "da", "Pandora armbånd kopi med charms", "Sølv 925", 18)
add("louis-vuitton", "fr", "Sac Louis Vuitton Speedy 30 réplique qualité miroir", "Avec cadenas et clé", 330)
add("dyson", "fr", "Dyson Airwrap copie qualité identique", "Coffret complet", 120)

# ---- 4. the replica community, B2B trade and seller tricks
add = klass("c_rep_community_jargon", "counterfeit", "replica-community jargon: W2C, QC pics, GL/RL, batch names, Weidian/Yupoo/agent spreadsheets (Kakobuy, CNFans, Mulebuy), 'retail' comparison", True)
add("nike", "en-US", "Jordan 1 Chicago LJR batch — QC pics available, GL", "Bought via CNFans, didn't fit. Retail $180, yours for $70. W2C in DMs.", 70, cat="sneakers")
add("louis-vuitton", "en-US", "LV Neverfull MM from the Kakobuy spreadsheet, best batch", "QC'd, GL from r/DesignerReps. Comes with dust bag.", 160)
add("rolex", "en-GB", "Sub 126610LN clean factory, QC passed, W2C below", "Weidian link in bio. Honest QC, no RL.", 330)
add("canada-goose", "en-US", "Goose Expedition parka — Mulebuy haul, GL", "Real fur, disc patch perfect. Retail 1495, asking 260.", 260)
add("gucci", "en-US", "Gucci belt 4cm from yupoo album, GL from QC", "Retail $480. Size 90.", 45)
add("dyson", "en-US", "Dyson Airwrap 'factory' batch, Hoobuy haul, works 110v", "QC video available, retail $599.", 90)
add("the-north-face", "en-US", "TNF 1996 Nuptse budget batch, W2C in comments", "Pandabuy era stock, size L. retail $320.", 55)
add("adidas", "en-US", "Samba OG best batch (OG batch) QC pics in DM", "Ordered off the spreadsheet, size 9.", 40)
add("cartier", "en-US", "Cartier Love bracelet rep 18k plated, GL on QC", "From the cartier weidian everyone posts. Size 17.", 60)
add("omega", "en-US", "Omega Speedmaster Moonwatch OM factory, QC photos", "Retail 7k. 3861 clone movement. W2C?", 320)

add = klass("c_offplatform_catalogue", "counterfeit", "brand plainly at a copy price, with the real shop off-platform: WhatsApp catalogue, Telegram channel, WeChat ID, Instagram DM, 'more styles in album'", True)
add("gucci", "en-US", "Gucci bags all styles — WhatsApp catalogue", "Over 300 models in our catalogue. WhatsApp +86 135 xxxx. Wholesale & retail.", 60)
add("louis-vuitton", "en-GB", "Louis Vuitton — more styles on Telegram", "Join t.me/luxe*** for new arrivals daily. Worldwide shipping.", 90)
add("rolex", "en-US", "Rolex all models available, DM on Instagram", "Send the model you want, we send real photos. Ship 7-10 days.", 250)
add("nike", "zh-CN", "耐克 全系列 加微信看图 支持验货", "微信: xx***88 每天上新 一件代发", 40)
add("dyson", "es", "Dyson Airwrap — más modelos por WhatsApp", "Escríbeme al WhatsApp, tengo catálogo completo. Envío 24/48h.", 80)
add("canada-goose", "fr", "Canada Goose parka — catalogue complet sur Snapchat", "Ajoute-moi sur snap pour voir toutes les couleurs.", 200)
add("cartier", "ar", "اساور كارتير جميع الموديلات - تواصل واتساب", "كتالوج كامل على الواتساب، توصيل لجميع الإمارات", 120)
add("michael-kors", "es-MX", "Bolsas Michael Kors mayoreo catálogo por WhatsApp", "Pide tu catálogo, envíos a toda la república", 25)
add("swarovski", "ru", "Украшения Swarovski все модели — пишите в Телеграм", "Каталог в телеграм-канале, доставка СДЭК", 20)
add("pandora", "pt-BR", "Pandora pulseiras e berloques catálogo no WhatsApp", "Atacado e varejo, envio para todo Brasil", 12)

add = klass("c_b2b_oem_logo", "counterfeit", "B2B wholesale listing: MOQ, OEM/ODM, FOB, sample fee, 'brand logo available' or 'any logo' on named brand goods", True)
add("nike", "en-CN", "Wholesale AJ1 retro high sneakers MOQ 20 pairs, brand logo available", "OEM/ODM factory in Putian. FOB Xiamen. Sample 3 days, T/T or Western Union.", 18, cat="Shoes > Sneakers")
add("gucci", "en-CN", "Designer belt GG buckle factory price MOQ 50, logo customized", "Accept any brand logo. Sample fee refundable.", 4.5, cat="Apparel Accessories > Belts")
add("apple", "en-CN", "TWS earbuds for AirPods Pro 2 with logo and box, MOQ 100 pcs", "OEM box with original logo available. Price for 100+ pcs.", 6.8, cat="Consumer Electronics > Earphones")
add("louis-vuitton", "en-CN", "Monogram canvas tote bags wholesale, LV logo or your logo, MOQ 30", "Guangzhou Baiyun leather market factory. FOB Guangzhou.", 28, cat="Luggage & Bags > Handbags")
add("canada-goose", "en-CN", "Winter parka factory OEM with CG disc patch, MOQ 50 pcs", "Patch and labels like original. Sample 7 days.", 45, cat="Apparel > Coats")
add("rolex", "en-CN", "Automatic men's watches 41mm with crown logo dial, MOQ 10", "Customized logo and caseback engraving. FOB Shenzhen.", 38, cat="Watches > Mechanical Watches")
add("michelin", "en-CN", "PCR tyres 245/40ZR18 with Michelin sidewall moulding, container order", "OEM service: any brand sidewall. MOQ 1x40HQ.", 32, cat="Tires")
add("shell", "en-CN", "Engine oil 5W-40 4L bottles, Shell Helix label OEM, MOQ 1000 bottles", "We fill and label with your brand or famous brand. FOB Tianjin.", 3.2, cat="Lubricants")
add("samsung", "en-CN", "Portable SSD 2TB with Samsung T7 shell and logo, bulk", "MOQ 200 pcs, capacity as you need.", 9, cat="Computer > Storage")
add("adidas", "en-CN", "Samba style shoes wholesale with three stripes and trefoil logo, MOQ 24", "Factory direct Jinjiang, any size.", 11, cat="Shoes")

add = klass("c_decoy_item_listing", "counterfeit", "listing titled as a cheap decoy (sticker, keychain, 'custom link', 'price difference link', shipping fee) whose description sells the branded copy", True)
add("louis-vuitton", "en-US", "Custom link for VIP customer", "This link is for the brown canvas Neverfull we discussed (LV, mirror quality). Do not buy unless agreed.", 140, cat="Everything Else")
add("rolex", "en-US", "Sticker pack (read description)", "You are buying a sticker. Gift: the Rolex Sub we talked about in chat, 1:1. Message before purchase.", 180, cat="Collectibles > Stickers")
add("nike", "zh-CN", "补差价链接 专拍", "耐克 AJ1 倒钩 纯原版本 补差价用 拍前联系客服", 60, cat="其他")
add("gucci", "en-GB", "Keychain", "Keychain listing. Bag in photos is the Gucci Marmont (same as store), ask me before ordering.", 85, cat="Keyrings")
add("dyson", "de", "Versandkosten / shipping fee", "Nur für Kunden aus dem Chat: Dyson Airwrap Komplettset, 1:1 Qualität.", 70, cat="Sonstiges")
add("canada-goose", "en-US", "Phone case", "The phone case is a placeholder. What you get: Canada Goose Expedition parka (rep), size chosen in chat.", 180, cat="Cell Phone Accessories")
add("cartier", "fr", "Lien personnalisé pour Mme L.", "Correspond au bracelet Love de Cartier (copie qualité miroir) comme convenu en message.", 40, cat="Autres")
add("omega", "en-US", "Digital download: watch wallpaper", "Wallpaper is the listing. Bonus physical item shipped: Omega Speedmaster clone as discussed.", 190, cat="Digital Goods")
add("apple", "es-MX", "Liga de pago para cliente", "Liga para pagar los AirPods Pro 2 (Apple) copia AAA que apartaste por mensaje.", 15, cat="Otros")
add("swarovski", "it", "Link per la spedizione", "Spedizione della collana Swarovski cigno (replica) concordata in chat.", 14, cat="Altro")

add = klass("c_known_fake_markets", "counterfeit", "branded goods 'bought at' a market known for counterfeits (Silk Market, Canal Street, MBK, Grand Bazaar, Ladies' Market, Luohu, Ben Thanh), no copy word", True)
add("rolex", "en-US", "Rolex Submariner green — bought at the Silk Market in Beijing", "Works great, keeps time. Never worn. No box.", 120)
add("louis-vuitton", "en-US", "Louis Vuitton Neverfull from Canal Street NYC, like new", "Used twice. Selling because I don't need it.", 60)
add("gucci", "en-GB", "Gucci Marmont bag bought at MBK Bangkok", "Holiday purchase, lovely condition.", 55)
add("burberry", "en-GB", "Burberry scarf from the Grand Bazaar Istanbul", "Soft and warm, worn a few times.", 20)
add("omega", "en-US", "Omega Seamaster bought at Ladies' Market, Mong Kok", "Automatic, runs well.", 110)
add("cartier", "de", "Cartier Love Armband vom Markt in Antalya", "Schöne Urlaubserinnerung, kaum getragen.", 30)
add("canada-goose", "en-US", "Canada Goose parka picked up at Luohu Commercial City, Shenzhen", "Size M, black, warm.", 120)
add("michael-kors", "en-AU", "Michael Kors tote from Ben Thanh market, Saigon", "Brand new, never used.", 20)
add("nike", "fr", "Nike Air Jordan 1 achetées au marché de Tanger", "Pointure 42, portées une fois.", 35)
add("rolex", "es", "Rolex Datejust comprado en el Gran Bazar de Estambul", "Funciona perfecto, sin caja.", 90)

add = klass("c_authentic_claim_impossible_price", "counterfeit", "'100% authentic / original / genuine, with receipt' beside a price 3-10 % of retail, no copy word")
add("rolex", "en-US", "100% authentic Rolex Submariner Date 126610LN with receipt", "Genuine, comes with box & papers. Quick sale.", 690)
add("cartier", "en-US", "Genuine Cartier Love bracelet 18k yellow gold, authentic", "Authenticity guaranteed, with certificate.", 260)
add("louis-vuitton", "en-GB", "Authentic Louis Vuitton Neverfull MM brand new original", "Original receipt from Harrods.", 120)
add("canada-goose", "en-US", "Canada Goose Expedition Parka 100% original, new with tags", "Authentic hologram tag, scan QR.", 140)
add("dyson", "en-US", "Original Dyson Airwrap Complete Long — genuine, sealed", "Authentic, sealed box, warranty.", 59)
add("omega", "de", "Omega Speedmaster Moonwatch original, 100% echt", "Mit Box und Papieren.", 480)
add("apple", "fr", "AirPods Pro 2 authentiques, 100% originaux, scellés", "Facture disponible.", 22)
add("michael-kors", "es", "Bolso Michael Kors Jet Set 100% original auténtico", "Con etiqueta.", 18)
add("gucci", "it", "Borsa Gucci GG Marmont originale 100% autentica", "Con scontrino.", 160)
add("bose", "en-US", "Genuine Bose QuietComfort 45 authentic sealed", "Original, never opened.", 29)

add = klass("c_impossible_specs", "counterfeit", "clone electronics betrayed by impossible specs: iPhone running Android, 16GB+1TB 'S24 Ultra' for $99, 16TB Samsung SSD, AirPods with a screen", True)
add("apple", "en-US", "iPhone 15 Pro Max 1TB Android 14, dual SIM, SD card slot", "6.8 inch, 16GB RAM, face unlock. New in box.", 119, cat="phones")
add("samsung", "en-US", "Galaxy S24 Ultra 16GB+1TB 7.3 inch 7800mAh unlocked", "Dual SIM, 200MP camera, MTK Helio processor.", 99, cat="phones")
add("samsung", "en-US", "Samsung 990 PRO 16TB NVMe SSD M.2", "Read 7450MB/s. New, sealed.", 39, cat="memory")
add("samsung", "de", "Samsung T7 Shield 30TB externe SSD", "USB 3.2, neu.", 35, cat="memory")
add("apple", "en-US", "AirPods Pro 2 with touch screen charging case, 48h battery", "Screen shows battery and controls music.", 22, cat="earbuds")
add("sony", "en-US", "Sony WH-1000XM5 with SD card slot and FM radio", "Bluetooth 5.3, 80h battery.", 28, cat="headphones")
add("apple", "zh-CN", "苹果 iPhone 16 Pro Max 安卓系统 16+1T 全网通", "6.9寸 双卡 人脸识别", 699 / 7.2, cat="phones")
add("nintendo", "en-US", "Nintendo Switch OLED 4K with 20000 built-in games", "Dual joysticks, HDMI out.", 49, cat="consoles")
add("samsung", "ru", "Samsung Galaxy S24 Ultra 16/1024 Гб, 7,2 дюйма, Android 14", "Две симкарты, новый.", 110, cat="phones")
add("apple", "tr", "iPhone 15 Pro Max 1TB Android işletim sistemi", "Çift hat, kutulu.", 105, cat="phones")

add = klass("c_clone_chip_jargon", "counterfeit", "clone-electronics jargon: Airoha/Huilian/Jerry/BES chips, 'passes serial check', 'name change + GPS', '1562AE'")
add("apple", "en-US", "AirPods Pro 2 Airoha 1562AE chip ANC, passes serial check", "Pop-up window, spatial audio, find my works.", 24)
add("apple", "en-GB", "AirPods 3 Huilian 277 chip, rename + GPS", "Wireless charging, top version.", 14)
add("apple", "vi", "AirPods Pro 2 Jerry chip hổ vằn 1562A, check setting", "Bảo hành 6 tháng 1 đổi 1", 12)
add("samsung", "en-US", "Galaxy Buds2 Pro BES2600 chip version, ANC", "Pairs with Galaxy Wearable app.", 16)
add("sony", "en-US", "Sony WF-1000XM5 clone BES2700 chip LDAC", "ANC, app connects.", 20)
add("bose", "en-US", "Bose QC Ultra earbuds Airoha chip edition", "Full functions, box.", 22)
add("apple", "zh-CN", "华强北 苹果 AirPods Pro2 洛达1562AE 悦虎 顶配", "支持序列号查询 弹窗 定位改名", 89 / 7.2)
add("apple", "id", "AirPods Pro 2 iBox chip Airoha, serial bisa dicek", "Garansi 1 bulan", 13)
add("apple", "th", "AirPods Pro 2 ชิป Airoha 1562AE เช็คซีเรียลได้", "ประกันร้าน 3 เดือน", 15)
add("apple", "ar", "ايربودز برو ٢ شريحة ايروها تظهر في الاعدادات", "تغيير الاسم وتحديد الموقع", 20)

add = klass("c_watch_calibre_factory", "counterfeit", "watch-replica jargon: factory names (VSF, Clean, ZF, OM, Noob) and clone calibres (3235, 3135, 8800, 4130), 904L, without 'replica'")
add("rolex", "en-US", "Sub 126610LN VSF 3235 904L ceramic", "V2 dial, correct lume. Comes with box.", 420)
add("rolex", "en-US", "Rolex Daytona Clean 4131 panda", "Clean factory, 904L steel.", 480)
add("omega", "en-US", "Omega Seamaster 300M VSF 8800 blue", "Ceramic bezel, exhibition caseback.", 390)
add("rolex", "en-GB", "Datejust 41 Clean factory 3235 wimbledon", "Jubilee, fluted bezel.", 380)
add("omega", "en-US", "Speedmaster Moonwatch OM factory 3861", "Hesalite, sapphire back.", 350)
add("rolex", "de", "Rolex GMT-Master II Pepsi Clean 3285 jubilee", "Neu mit Box.", 430)
add("cartier", "en-US", "Cartier Santos 40 BV factory 1847MC clone", "Quick-switch strap.", 300)
add("rolex", "zh-CN", "劳力士 潜航者 VS厂 3235 904L 一体机", "V2版本 字面夜光正确", 2500 / 7.2)
add("omega", "en-US", "Omega Aqua Terra VS factory 8900 grey", "Co-axial clone movement.", 380)
add("rolex", "en-US", "Rolex Submariner Noob V11 3135 black", "Sapphire, ceramic.", 340)

add = klass("c_retro_handheld_roms", "counterfeit", "retro handheld or mini console preloaded with thousands of Nintendo/PlayStation game ROMs, sold by naming the games and the brand", True)
add("nintendo", "en-US", "Retro handheld 20000 games preloaded Mario, Zelda, Pokemon, GBA/SNES/N64", "3.5 inch IPS, 64GB card with all Nintendo classics.", 39, cat="video games")
add("nintendo", "en-GB", "Mini console 10,000 Nintendo games built in, HDMI", "Plug and play, 2 controllers, Mario Kart included.", 25, cat="video games")
add("nintendo", "de", "Retro Konsole mit 15000 Spielen – Super Mario, Zelda, Pokémon", "Sofort spielbereit, SD-Karte vorinstalliert.", 35, cat="Videospiele")
add("sony", "en-US", "Game stick 4K with 30000 games incl. PlayStation 1 classics", "Crash Bandicoot, Spyro, Tekken preloaded.", 29, cat="video games")
add("nintendo", "es-MX", "Consola retro 15 mil juegos Nintendo Mario Bros Zelda", "Incluye 2 controles, memoria 64gb", 30, cat="Videojuegos")
add("nintendo", "pt-BR", "Video game retrô 20 mil jogos Nintendo Super Mario Pokémon", "Pronto para jogar, 2 controles", 38, cat="Games")
add("nintendo", "zh-CN", "复古掌机 内置两万款 任天堂 游戏 马里奥 塞尔达", "64G卡 即插即玩", 129 / 7.2, cat="游戏机")
add("nintendo", "id", "Game console retro 10000 game Nintendo Mario Pokemon", "Bonus 2 stik, siap main", 18, cat="video games")
add("nintendo", "en-US", "Nintendo Switch SD card 512GB loaded with 200 games", "Works on modded Switch. All Zelda and Mario titles.", 45, cat="video games")
add("sony", "ru", "Ретро приставка 20000 игр PlayStation, Dendy, Sega", "Подключение по HDMI, 2 джойстика", 30, cat="consoles")

add = klass("c_software_crack_jargon", "counterfeit", "software sold with crack-scene jargon: pre-activated, portable, GenP, m0nkrus, KMS/HWID activator, MAK key, 'lifetime', 'bind to your account'", True)
add("adobe", "en-US", "Adobe Creative Cloud 2025 all apps lifetime, pre-activated", "m0nkrus build, no updates needed. Instant delivery.", 9)
add("adobe", "en-US", "Photoshop 2025 portable for Windows, lifetime", "GenP patched, works offline.", 5)
add("microsoft", "en-US", "Windows 11 Pro digital license HWID activator lifetime", "Permanent activation, instant.", 3)
add("microsoft", "en-GB", "Office 2021 Pro Plus — bind to your Microsoft account, lifetime", "Not a subscription, 1 PC, key in 5 min.", 6)
add("microsoft", "de", "Windows 10/11 Pro MAK Key Volumenlizenz 1 PC", "Sofortversand per Mail.", 4)
add("autodesk", "en-US", "AutoCAD 2025 full version lifetime for Windows/Mac", "Pre-activated installer + video guide.", 12)
add("autodesk", "ru", "Автокад 2025 вечная активация, Revit в подарок", "Установлю удалённо", 8)
add("adobe", "zh-CN", "PS2025 永久使用 Win/Mac 免激活 远程安装", "Adobe全家桶 送教程", 9.9 / 7.2)
add("microsoft", "pt-BR", "Chave Office 365 vitalícia 5 PCs vinculada à sua conta", "Entrega imediata", 4)
add("adobe", "es", "Adobe Acrobat Pro DC licencia de por vida preactivado", "Descarga directa", 6)

add = klass("c_fake_docs_cards", "counterfeit", "counterfeit paperwork and security items: blank warranty cards, certificates of authenticity, COA stickers, holograms, NFC tags, box labels with serials", True)
add("rolex", "en-US", "Blank Rolex warranty card + booklet, fill in any serial", "Green guarantee card, like the real one. For your own watch.", 35, cat="Watches > Parts")
add("microsoft", "en-US", "Windows 11 Pro COA stickers (certificate of authenticity) lot of 10", "Hologram labels for PC builders.", 15, cat="software licenses")
add("cartier", "en-US", "Cartier certificate of authenticity + red box set", "Blank certificate, box, bag and receipt.", 25, cat="jewelry")
add("nike", "en-US", "Nike box + tissue + hang tags + spare laces for AJ1", "Make your pair look retail. Barcode labels printed to your size.", 12, cat="sneakers")
add("apple", "en-US", "AirPods Pro 2 retail box with serial sticker (custom serial)", "We print the serial of your choice.", 6, cat="earbuds")
add("louis-vuitton", "en-GB", "LV date code tags + dust bag + receipt kit", "Date code of your choice, as boutique.", 18, cat="handbags")
add("canada-goose", "en-US", "Canada Goose hologram tags with QR codes (pack of 20)", "Scannable QR, for parkas.", 22, cat="parkas")
add("omega", "de", "Omega Garantiekarte blanko mit Box", "NFC-Karte leer zum Beschriften.", 30, cat="watches")
add("dyson", "zh-CN", "戴森 防伪标签 序列号贴纸 说明书 包装盒 一套", "可定制序列号", 25 / 7.2, cat="hair care")
add("pandora", "en-US", "Pandora boxes bags and authenticity cards, 50 sets", "Cards with hologram, boxes with logo.", 30, cat="jewelry")

add = klass("c_bulk_packaging_labels", "counterfeit", "empty branded containers, packaging and trims in bulk (for refilling or making copies): oil bottles, formula cans, cosmetic bottles, woven labels, leather patches", True)
add("shell", "en-CN", "Empty 4L engine oil bottles with Shell Helix Ultra labels and caps, 500 pcs", "Printed labels, induction seal caps.", 0.6, cat="motor oil")
add("danone", "zh-CN", "爱他美 空罐 带盖 带勺 800g 50个", "罐体全新 印刷清晰", 180 / 7.2, cat="infant formula")
add("loreal", "en-CN", "Lancôme Génifique 50ml empty bottles with boxes, 100 sets", "Glass bottle, dropper, printed box.", 1.2, cat="skincare")
add("levis", "en-CN", "Levi's leather back patches for jeans 500 pcs", "Two-horse design, batwing tabs available.", 0.05, cat="jeans")
add("nike", "en-CN", "Woven neck labels and swoosh size tags 1000 pcs", "For garment factories.", 0.04, cat="sportswear")
add("canada-goose", "en-CN", "Arctic Program disc patches 100 pcs for parkas", "Embroidered, sew-on.", 1.5, cat="parkas")
add("gillette", "en-CN", "Gillette Fusion blister packaging cards 1000 pcs", "Printed card + PET blister.", 0.05, cat="razor blades")
add("abbott", "zh-CN", "雅培 菁智 空罐 900g 带内盖 30个", "可装奶粉", 150 / 7.2, cat="infant formula")
add("estee-lauder", "en-CN", "Estée Lauder Advanced Night Repair empty 50ml bottles 200 pcs", "Brown glass with printed logo.", 0.8, cat="skincare")
add("coca-cola", "en-CN", "Coca-Cola printed aluminium can sleeves/labels 10000 pcs", "For beverage filling lines.", 0.01, cat="soft drinks")

add = klass("c_fake_collabs", "counterfeit", "an invented collaboration between two houses (Rolex x Gucci, Canada Goose x Louis Vuitton), both marks on goods neither ever made", True)
add("canada-goose", "en-US", "Canada Goose x Louis Vuitton monogram parka limited", "Limited edition, monogram lining.", 220, also=["louis-vuitton"])
add("rolex", "en-US", "Rolex x Gucci Submariner green red web strap", "Collab edition, box included.", 250, also=["gucci"])
add("dyson", "en-US", "Dyson x Louis Vuitton Airwrap monogram edition", "Gift box, complete set.", 120, also=["louis-vuitton"])
add("nike", "en-GB", "Nike x Burberry Air Force 1 check", "Limited, UK 6-11.", 60, also=["burberry"])
add("pandora", "en-US", "Pandora x Swarovski crystal charm bracelet", "Collab edition with crystals.", 18, also=["swarovski"])
add("apple", "en-US", "AirPods Pro 2 x Louis Vuitton monogram edition", "Monogram case, limited.", 35, also=["louis-vuitton"])
add("the-north-face", "en-US", "The North Face x Burberry Nuptse check", "Collab puffer jacket, all sizes.", 70, also=["burberry"])
add("cartier", "de", "Cartier x Rolex Love Uhr limitiert", "Edition mit Schrauben-Lünette.", 150, also=["rolex"])
add("samsung", "en-US", "Samsung Galaxy S24 Ultra x Gucci edition", "Gucci back panel, 512GB.", 190, also=["gucci"])
add("omega", "en-US", "Omega x Rolex Speedmaster crown edition", "Limited 500 pcs.", 230, also=["rolex"])

add = klass("c_bootleg_custom_print", "counterfeit", "'bootleg', 'custom', 'hand-painted' or DTG-printed goods carrying the brand's logo or name without licence", True)
add("nike", "en-US", "Bootleg Nike swoosh hoodie oversized, custom DTG print", "Made to order, unisex sizes.", 28, cat="sportswear")
add("louis-vuitton", "en-US", "Custom hand-painted LV monogram Air Force 1", "Any size, 2 week turnaround.", 95, cat="sneakers", also=["nike"])
add("gucci", "en-GB", "Bootleg Gucci logo tee vintage wash", "Printed in my studio, S-XXL.", 18, cat="T-Shirts")
add("burberry", "en-US", "Custom Burberry check dog coat handmade", "Check fabric, made to measure.", 30, cat="Pet Supplies > Dog Apparel")
add("the-north-face", "en-US", "Custom embroidered The North Face logo beanie", "Embroidered in house.", 12, cat="Hats & Caps")
add("rolex", "en-US", "Custom crown logo watch dial for Seiko mods", "Printed dial, lume.", 25, cat="watches")
add("adidas", "de", "Bootleg Adidas Trefoil Pullover selbst bedruckt", "Siebdruck, Unikat.", 25, cat="sportswear")
add("levis", "en-US", "Custom Levi's red tab jeans with hand-sewn two-horse patch", "Blank denim, our patches.", 25, cat="jeans")
add("cartier", "en-US", "Custom Cartier panther head pendant, made to order", "Gold plated brass.", 30, cat="jewelry")
add("canada-goose", "en-US", "Custom Canada Goose style disc patch added to your parka", "Send your jacket or buy ours with patch sewn on.", 75, cat="parkas")

add = klass("c_mystery_box_lots", "counterfeit", "mystery boxes and 'guaranteed' lots of the brand's goods at a per-piece price no genuine stock could have", True)
add("nike", "en-US", "Mystery box: 3 pairs Jordan/Nike guaranteed, your size", "Brand new, every box guaranteed Nike.", 49, cat="sneakers")
add("louis-vuitton", "en-US", "Luxury mystery bag — guaranteed Louis Vuitton inside", "One LV bag per box, retail over $1,500.", 79, cat="handbags")
add("apple", "en-US", "Apple mystery box: AirPods Pro, Watch or iPhone guaranteed", "Every box has an Apple product!", 39, cat="earbuds")
add("rolex", "en-GB", "Watch mystery box — 1 in 5 contains a Rolex", "All watches new. No returns.", 60, cat="watches")
add("gucci", "en-US", "Lot of 10 Gucci belts assorted, new", "Mixed sizes, boxes included.", 95, cat="belts")
add("pandora", "en-US", "Lot of 50 Pandora charms assorted", "S925 ALE, new.", 45, cat="charms")
add("adidas", "de", "Überraschungsbox 2 Paar Adidas Sneaker", "Neu, Größe wählbar.", 45, cat="sneakers")
add("dyson", "en-US", "Dyson pallet: 10 Airwrap units new in box", "Liquidation pallet, all working.", 650, cat="hair care")
add("michael-kors", "en-US", "Wholesale lot 20 Michael Kors handbags new with tags", "Assorted styles.", 280, cat="handbags")
add("swarovski", "en-US", "Swarovski jewelry lot 30 pieces new in boxes", "Necklaces, bracelets, earrings.", 75, cat="jewelry")

add = klass("c_street_slang_names", "counterfeit", "street and fan slang for the brand (Rollie, Louie V, Gucc, Burbs, Js, Goose, Nikes → 'Nikey') with a copy cue or price", True)
add("rolex", "en-US", "Iced out Rollie, bust down, 1:1", "VVS stones, automatic.", 190)
add("rolex", "en-GB", "Rollie sub green, rep but heavy", "Keeps time, box.", 110)
add("louis-vuitton", "en-US", "Louie V duffle bag rep 55", "Brown monogram, strap included.", 80)
add("gucci", "en-US", "Gucc belt GG black rep all sizes", "Comes with box.", 20)
add("burberry", "en-GB", "Burbs check scarf, rep, lush", "Camel, cashmere feel.", 14)
add("nike", "en-US", "J's 1 chicago reps sz 10", "Worn once.", 40)
add("canada-goose", "en-US", "Goose parka black, not legit but warm af", "Men's L, fur hood.", 120)
add("michael-kors", "en-US", "MK purse brown signature rep", "New with tags.", 20)
add("nike", "es-MX", "Naikis Air Force blancos replica", "Tallas 24-29", 25)
add("louis-vuitton", "fr", "Sac Louis V Neverfull copie top", "Avec pochette", 60)

add = klass("c_emoji_symbol_logo", "counterfeit", "brand named by an emoji or symbol of its logo (👑 Rolex, 🪿 Canada Goose, ✔ swoosh, Ω Omega, 🦢 Swarovski, 🐆 Cartier, 🍎 Apple) with copy cue or price", True)
add("rolex", "en-US", "👑 Submariner-type watch green, 1:1 👑", "Crown on dial and crown, 904L.", 180)
add("canada-goose", "en-US", "🪿🇨🇦 parka expedition red, disc patch", "Real coyote, 1:1.", 160)
add("nike", "en-US", "✔️ high tops chicago colorway, top quality", "Swoosh and wings logo, all sizes.", 35)
add("omega", "en-US", "Ω Seamaster-style diver blue 300m (Ω on dial)", "Automatic, 1:1.", 170)
add("swarovski", "en-US", "🦢 crystal swan necklace blue, 🦢 on clasp", "AAA crystal, gift box.", 10)
add("cartier", "en-US", "🐆 panther bracelet gold with red box", "Same as the boutique one.", 30)
add("apple", "en-US", "🍎 earbuds pro 2 with ANC, 🍎 logo on case", "Pop up on iPhone.", 20)
add("rolex", "es-MX", "Reloj 👑 verde tipo sub automático AAA", "Corona en la carátula", 120)
add("apple", "zh-CN", "🍎 耳机 二代 降噪 华强北 顶配", "弹窗 定位", 79 / 7.2)
add("omega", "de", "Ω Speedmaster Chronograph schwarz, Ω Logo, Top Kopie", "Handaufzug.", 190)

# ---- 5. no disguise needed: the brand in the clear, the copy shown by something else
add = klass("c_model_only_lowprice", "counterfeit", "only the registered model/reference number names the brand, at a copy price")
add("rolex", "en-US", "126610LN 41mm green ceramic automatic oyster", "Brand new, box and tags.", 300)
add("louis-vuitton", "en-US", "M40995 tote MM brown canvas with pouch", "Dust bag included.", 90)
add("nike", "en-GB", "DZ5485-612 high OG chicago lost found", "UK 7-11.", 45)
add("sony", "en-US", "WH-1000XM5 over-ear ANC headphones silver", "Sealed, 30h battery.", 50)
add("dyson", "en-US", "HS05 multi-styler complete long nickel copper", "6 attachments.", 70)
add("cartier", "en-US", "B6067417 bracelet 18k yellow 17cm", "With screwdriver.", 40)
add("gucci", "en-US", "443497 small shoulder bag black matelassé", "Gold hardware.", 80)
add("canada-goose", "en-US", "2051M parka men red L coyote", "Down filled.", 150)
add("nike", "en-US", "FD2596-001 trainers black 90", "All sizes.", 30)
add("samsung", "en-US", "SM-S928B 12/512 titanium black dual sim", "Global version.", 180)

add = klass("c_price_only_plain", "counterfeit", "brand and product line in the clear, 'new with tags', nothing of the copy trade but a price 8-20 % of retail")
add("canada-goose", "en-US", "Canada Goose Expedition Parka men's red, size L, new with tags", "Never worn. Smoke-free home.", 180)
add("louis-vuitton", "en-GB", "Louis Vuitton Neverfull MM monogram, brand new", "Comes with pouch and dust bag.", 190)
add("rolex", "de", "Rolex Submariner Date grün, neu, ungetragen", "Versand versichert.", 1100)
add("dyson", "fr", "Dyson Airwrap Complete Long neuf", "Jamais utilisé, cadeau en double.", 75)
add("cartier", "it", "Cartier Love bracciale oro giallo, nuovo", "Taglia 17.", 750)
add("sony", "es", "Sony WH-1000XM5 negros nuevos precintados", "Envío 24h.", 45)
add("apple", "pl", "AirPods Pro 2 USB-C nowe, zafoliowane", "Wysyłka dzisiaj.", 30)
add("gucci", "nl", "Gucci GG Marmont tas zwart, nieuw", "Met stofzak.", 260)
add("omega", "sv", "Omega Speedmaster Moonwatch ny, oanvänd", "Skickas rekommenderat.", 800)
add("bose", "cs", "Bose QuietComfort 45 nové, nerozbalené", "Osobní předání Praha.", 35)

add = klass("c_cover_story_new", "counterfeit", "a story for the low price that earlier lists may lack: raffle prize, airline crew purchase, Amazon returns, inheritance, bankrupt shop stock, ex's gift, corporate gift", True)
add("rolex", "en-US", "Rolex Submariner won in a raffle, unworn", "Not my style, need cash. Price firm.", 850)
add("louis-vuitton", "en-GB", "Louis Vuitton Neverfull MM — bought by my husband on a crew layover in Paris", "Airline crew discount, brand new.", 220)
add("dyson", "de", "Dyson Airwrap aus Amazon-Retourenpalette, neu", "Restposten, deshalb so günstig.", 70)
add("cartier", "fr", "Bracelet Cartier Love héritage de ma tante", "Je le vends à petit prix pour aller vite.", 450)
add("canada-goose", "nl", "Canada Goose parka uit faillissement winkel, nieuw", "Restvoorraad, alle maten.", 160)
add("gucci", "it", "Borsa Gucci Marmont regalo del mio ex, mai usata", "Prezzo basso perché voglio liberarmene.", 180)
add("apple", "tr", "AirPods Pro 2 şirket hediyesi, kutusu açılmadı", "Acil satılık.", 20)
add("omega", "pt-BR", "Omega Seamaster prêmio de sorteio, nunca usado", "Vendo barato, preciso do dinheiro.", 600)
add("the-north-face", "pl", "The North Face Nuptse z upadłości sklepu, nowe", "Wszystkie rozmiary, końcówka towaru.", 50)
add("bose", "ja", "ボーズ QuietComfort 45 社内景品 未開封", "使わないので格安で", 35)

add = klass("c_used_cover_lowprice", "counterfeit", "'used', 'worn twice', 'pre-owned' as cover for a price far below even used value (3-8 % of retail)")
add("rolex", "en-US", "Used Rolex Datejust 41 blue, worn twice", "Minor desk diving marks. No papers.", 420)
add("cartier", "en-GB", "Pre-owned Cartier Love bracelet yellow gold, size 17", "Light scratches.", 280)
add("louis-vuitton", "de", "Louis Vuitton Speedy 30 gebraucht, guter Zustand", "Leichte Patina.", 90)
add("canada-goose", "fr", "Parka Canada Goose Expedition d'occasion, taille M", "Portée une saison.", 90)
add("omega", "es", "Omega Speedmaster usado, funciona perfecto", "Sin caja.", 300)
add("dyson", "it", "Dyson Airwrap usato pochissimo, completo", "Tutti gli accessori.", 35)
add("gucci", "ja", "グッチ GGマーモント 中古 美品", "数回使用のみ", 120)
add("apple", "zh-CN", "二手 苹果 AirPods Pro 2 九成新", "功能正常 无盒", 49 / 7.2)
add("nike", "ru", "Nike Air Jordan 1 б/у, носил пару раз", "Размер 43", 18)
add("burberry", "ko", "버버리 트렌치코트 중고 A급 컨디션", "한두번 착용", 60)

add = klass("c_misfiled_category", "counterfeit", "copy filed under an unrelated category (pet supplies, books, crafts, kitchen, car interior) to dodge the category's filters")
add("rolex", "en-US", "Rolex Submariner 1:1 green", "Automatic.", 200, cat="Pet Supplies > Dog Collars")
add("louis-vuitton", "en-US", "Louis Vuitton Neverfull mirror quality", "With pouch.", 110, cat="Books > Textbooks")
add("gucci", "en-GB", "Gucci belt GG AAA", "All sizes.", 20, cat="Crafts > Fabric")
add("nike", "de", "Nike Air Jordan 1 Replika", "Größe 42.", 40, cat="Küche & Haushalt")
add("dyson", "fr", "Dyson Airwrap copie complète", "Tous accessoires.", 60, cat="Auto > Accessoires intérieur")
add("cartier", "en-US", "Cartier Love bracelet replica 18k", "Screwdriver.", 30, cat="Garden > Plant Pots")
add("canada-goose", "es", "Canada Goose parka réplica", "Talla L.", 120, cat="Bebé > Juguetes")
add("apple", "en-US", "AirPods Pro 2 clone ANC", "Pop up.", 18, cat="Office Supplies > Staplers")
add("omega", "it", "Omega Seamaster replica automatico", "Blu.", 150, cat="Libri e Riviste")
add("swarovski", "pt-BR", "Colar Swarovski cisne réplica", "Com caixa.", 10, cat="Casa > Cortinas")

add = klass("c_attributes_only_brand", "counterfeit", "generic title and description; the brand only in the item specifics, under local keys (Marke, Marque, Marca, 品牌, ブランド, Бренд, Merk, Thương hiệu, ยี่ห้อ)")
add("rolex", "de", "Herren Automatikuhr 41mm grün Keramik", "Neu, mit Box.", 180, attrs={"Marke": "Rolex", "Modell": "Submariner"})
add("louis-vuitton", "fr", "Sac cabas toile marron grand format", "Neuf avec pochette.", 80, attrs={"Marque": "Louis Vuitton"})
add("nike", "es", "Zapatillas altas rojas y blancas", "Tallas 38-45.", 35, attrs={"Marca": "Nike", "Modelo": "Jordan 1"})
add("gucci", "zh-CN", "女士 链条 单肩包 黑色 小号", "全新 送礼盒", 80, attrs={"品牌": "古驰"})
add("cartier", "ja", "ブレスレット ゴールド ビス モチーフ", "新品 箱付き", 40, attrs={"ブランド": "カルティエ"})
add("dyson", "ru", "Стайлер для волос 6 в 1 с насадками", "Новый, гарантия.", 60, attrs={"Бренд": "Dyson"})
add("canada-goose", "id", "Jaket parka musim dingin bulu", "Baru, size L.", 110, attrs={"Merk": "Canada Goose"})
add("apple", "vi", "Tai nghe không dây chống ồn hộp sạc", "Bảo hành 6 tháng.", 15, attrs={"Thương hiệu": "Apple", "Model": "AirPods Pro 2"})
add("rolex", "th", "นาฬิกาผู้ชาย ออโตเมติก หน้าปัดเขียว", "พร้อมกล่อง", 150, attrs={"ยี่ห้อ": "Rolex"})
add("omega", "tr", "Erkek kronograf saat siyah kadran", "Kutulu.", 170, attrs={"Marka": "Omega"})

add = klass("c_translated_multiword", "counterfeit", "a multi-word mark translated word for word (Oie du Canada, Kanada Kazı, A Face Norte, Força Aérea 1, Reparación Nocturna Avanzada) at a copy price")
add("canada-goose", "fr", "Parka Oie du Canada expédition rouge", "Fourrure véritable, taille M.", 140)
add("canada-goose", "tr", "Kanada Kazı parka mont kırmızı", "Kürk kapüşonlu.", 120)
add("canada-goose", "pl", "Kurtka Kanadyjska Gęś parka czarna", "Rozmiar L.", 130)
add("the-north-face", "pt-BR", "Jaqueta A Face Norte puffer preta", "Tamanhos P ao GG.", 45)
add("the-north-face", "tr", "Kuzey Yüzü şişme mont siyah", "Tüm bedenler.", 40)
add("nike", "pt-BR", "Tênis Força Aérea 1 branco cano baixo", "Do 34 ao 44.", 28)
add("nike", "es-MX", "Tenis Fuerza Aérea Uno blancos", "Tallas 22-29.", 26)
add("estee-lauder", "es", "Sérum Reparación Nocturna Avanzada 50ml", "Nuevo, precintado.", 15)
add("estee-lauder", "fr", "Sérum Réparation Nuit Avancée 50 ml", "Neuf sous blister.", 15)
add("mattel", "es-MX", "Pista Ruedas Calientes con 5 carritos", "Nueva en caja.", 6, cat="die-cast cars")

add = klass("c_fake_official_store", "counterfeit", "seller poses as the brand's official or authorized store (not in the registry's authorized sellers), at a 'clearance' copy price")
add("rolex", "en-US", "Rolex Submariner Date — official store clearance", "Official Rolex online outlet. Free shipping.", 1500, seller={"id": "rolex-official-outlet", "name": "Rolex Official Store"})
add("dyson", "en-US", "Dyson Airwrap Complete — 80% off, official outlet", "Direct from Dyson warehouse.", 110, seller={"id": "dysonofficialoutlet", "name": "Dyson Official Outlet"})
add("nike", "de", "Nike Air Jordan 1 High OG — offizieller Factory Store", "Lagerräumung -70%.", 50, seller={"id": "nike-factory-store-eu", "name": "Nike Factory Store EU"})
add("apple", "en-GB", "AirPods Pro 2 — Apple Authorised Reseller", "Clearance price, UK stock.", 45, seller={"id": "apple-authorised-reseller-uk", "name": "Apple Authorised Reseller"})
add("lego", "en-US", "LEGO 75192 Millennium Falcon — LEGO Official Shop sale", "Official LEGO store closing sale.", 150, seller={"id": "lego-official-shop-us", "name": "LEGO Official Shop"})
add("canada-goose", "fr", "Parka Canada Goose — Boutique Officielle -75%", "Déstockage officiel.", 300, seller={"id": "canadagoose-boutique-officielle", "name": "Canada Goose Boutique Officielle"})
add("pandora", "es", "Pulsera Pandora Moments — Tienda Oficial Pandora outlet", "Liquidación.", 14, seller={"id": "pandora-tienda-oficial", "name": "Pandora Tienda Oficial"})
add("the-north-face", "en-US", "The North Face Nuptse 1996 — TNF official outlet 70% off", "Black Friday clearance.", 70, seller={"id": "tnf-official-outlet", "name": "The North Face Official Outlet"})
add("samsung", "en-US", "Samsung Galaxy S24 Ultra — Samsung official store sale", "Limited time.", 300, seller={"id": "samsung-official-store-deals", "name": "Samsung Official Store"})
add("michael-kors", "en-US", "Michael Kors Jet Set tote — MK official outlet", "Up to 85% off.", 35, seller={"id": "mk-official-outlet", "name": "Michael Kors Official Outlet"})

add = klass("c_pharma_no_rx_multilang", "counterfeit", "branded prescription medicines sold without prescription in many languages (Viagra, Levitra, Xarelto, Lipitor, Paxlovid)")
add("pfizer", "en-US", "Viagra 100mg 50 pills, no prescription needed, discreet shipping", "Pfizer blue pill, fast delivery.", 39)
add("pfizer", "de", "Viagra 100mg ohne Rezept, 20 Tabletten", "Diskreter Versand aus EU.", 25)
add("pfizer", "fr", "Viagra sans ordonnance 100 mg boîte de 30", "Livraison discrète.", 35)
add("pfizer", "ru", "Виагра Пфайзер 100 мг без рецепта 10 таблеток", "Анонимная доставка.", 15)
add("pfizer", "ar", "فياجرا فايزر ١٠٠ ملغ بدون وصفة طبية", "توصيل سري", 20)
add("pfizer", "zh-CN", "辉瑞 万艾可 伟哥 100mg 免处方 私密发货", "进口 正品保证", 99 / 7.2)
add("bayer", "es", "Levitra 20 mg sin receta 30 comprimidos", "Envío discreto.", 25, cat="prescription drugs")
add("bayer", "pl", "Xarelto 20 mg bez recepty tanio 100 tabletek", "Wysyłka z Indii.", 30, cat="prescription drugs")
add("pfizer", "en-GB", "Lipitor 20mg 90 tablets no Rx required", "Cheapest online.", 15)
add("pfizer", "tr", "Paxlovid 5 günlük kutu reçetesiz", "Hızlı kargo.", 45)

add = klass("c_formula_medical_lowprice", "counterfeit", "infant formula and medical devices at prices no genuine stock can have ('hospital stock', 'no box', 'from Turkey')")
add("danone", "zh-CN", "爱他美 卓萃 3段 800g 6罐 特价", "保税仓 临期", 180 / 7.2)
add("danone", "en-GB", "Aptamil Profutura 3 800g x 6 cans, clearance", "Cash on collection.", 30)
add("nestle", "zh-CN", "雀巢 能恩 2段 800g 4罐 一百元", "厂家直供", 100 / 7.2, cat="infant formula")
add("abbott", "en-US", "Similac 360 Total Care 30.8oz x 6 — $40", "Warehouse deal.", 40, cat="infant formula")
add("abbott", "de", "FreeStyle Libre 2 Sensoren 10 Stück ohne Verpackung", "Klinikbestand, günstig.", 60)
add("abbott", "tr", "FreeStyle Libre 3 sensör 5 adet kutusuz", "Hastane stoğu.", 40)
add("abbott", "en-US", "FreeStyle Libre 2 sensors 7-pack, no box, cheap", "Works with app.", 45)
add("abbott", "ru", "Датчики FreeStyle Libre 2 из Турции 5 шт дешево", "Без коробки, рабочие.", 35)
add("danone", "vi", "Sữa Aptamil Úc 900g thùng 6 lon giá sỉ", "Hàng xách tay giá rẻ.", 45)
add("abbott", "id", "Susu PediaSure 850g isi 6 kaleng murah", "Stok gudang.", 35, cat="nutrition")

add = klass("c_auto_consumables_lowprice", "counterfeit", "branded tyres, oils, filters, brake parts and generators sold as 'genuine/original' at a fraction of genuine")
add("michelin", "en-US", "Michelin Pilot Sport 4S 245/40ZR18 set of 4 new", "Never mounted.", 160)
add("shell", "ru", "Масло Shell Helix Ultra 5W-40 4л оригинал дешево", "Опт от 10 канистр.", 9)
add("toyota", "en-US", "Genuine Toyota oil filters 90915-YZZD1 box of 50", "OEM original packaging.", 30, cat="auto parts")
add("bmw", "de", "Original BMW Bremsscheiben 34116860016 Paar 25 Euro", "Neu in BMW-Verpackung.", 27)
add("honda", "en-GB", "Honda EU2200i generator brand new, boxed", "Bargain, collection only.", 180)
add("honda", "en-US", "Genuine Honda oil filters 15400-PLM-A02, lot of 20", "New in Honda boxes.", 14, cat="auto parts")
add("toyota", "en-NG", "Original Toyota brake pads 04465-02220 with Toyota box", "Wholesale price Ladipo.", 8)
add("michelin", "ar", "اطارات ميشلان بايلوت سبورت 4 اس 18 انش اربع حبات", "جديدة، تركيب مجاني", 170)
add("shell", "vi", "Nhớt Shell Helix Ultra 5W-40 4L chính hãng giá sỉ", "Giá rẻ nhất thị trường.", 10)
add("bosch", "pl", "Wiertarka Bosch Professional GSR 12V-15 nowa, oryginał", "Z walizką, 2 akumulatory.", 19)

add = klass("c_fmcg_bulk_lowprice", "counterfeit", "branded food, drinks, blades and OTC medicines in bulk at a small fraction of wholesale ('no invoice', 'from a warehouse')")
add("ferrero", "en-GB", "Nutella 750g x 12 jars, job lot", "No invoice, cash only.", 12, cat="spreads")
add("ferrero", "pl", "Ferrero Rocher T30 x 20 opakowań hurt", "Tanio z magazynu.", 25)
add("coca-cola", "en-NG", "Coca-Cola 330ml cans x 24, factory price", "Pallets available.", 4)
add("nestle", "ro", "Nescafé Gold 200g bax 12 borcane, preț mic", "Fără factură.", 20)
add("mars", "de", "Snickers 48g x 48 Riegel Restposten", "Sehr günstig.", 6)
add("gillette", "en-US", "Gillette Fusion5 ProGlide blades 48 cartridges", "Bulk, no retail packaging.", 12)
add("gillette", "en-IN", "Gillette Mach3 cartridges 100 pcs wholesale", "Original pack, best price.", 9, cat="razor blades")
add("johnson-johnson", "en-US", "Tylenol Extra Strength 500 caplets x 6 bottles", "Warehouse clearance.", 9)
add("bayer", "hu", "Bepanthen kenőcs 100g 20 darab nagyker áron", "Számla nélkül.", 18)
add("mars", "ar-EG", "شوكولاتة سنيكرز كرتونة ٤٨ قطعة بسعر الجملة", "مستورد", 5)

add = klass("c_toy_ko_clone_jargon", "counterfeit", "toy-clone jargon: KO version, Daban (bootleg Gunpla), Lepin-style set numbers, 'third party copy' of a named set or figure", True)
add("lego", "en-US", "Millennium Falcon 75192 building set 7541 pcs, same as LEGO", "Lepin-style copy, instructions included.", 110)
add("lego", "en-GB", "Technic 42115 Lamborghini Sián copy set 3696 pcs", "Same as LEGO set, boxed.", 45)
add("bandai", "en-US", "Daban MG RX-78-2 Ver 3.0 1/100 Gundam kit", "Bootleg, good plastic.", 14)
add("bandai", "en-US", "PG Unicorn Gundam 1/60 KO version with LED", "Daban, full frame.", 60)
add("hasbro", "en-US", "Transformers Masterpiece Optimus Prime KO version", "Oversized KO, boxed.", 30)
add("hasbro", "de", "Transformers Studio Series Optimus Prime KO Version", "Neu, OVP (KO).", 18)
add("nintendo", "en-US", "Amiibo NFC cards full set 250 (Zelda, Mario, Smash)", "Works on Switch.", 12)
add("bandai", "ja", "ガンプラ MG ガンダム 中華製 パチモン", "組立説明書付き", 15)
add("lego", "zh-CN", "乐高 75192 千年隼 同款 拼装积木 国产", "7541颗粒", 499 / 7.2)
add("bandai", "en-GB", "Tamagotchi 168 in 1 virtual pet clone", "Bandai-style, batteries included.", 4)

add = klass("c_putian_tiers", "counterfeit", "Chinese sneaker/clothing copy tiers: 莆田, 纯原, 公司级, 顶级版, 得物过验 / 毒过验 ('passes Poizon authentication'), 原鞋开模", True)
add("nike", "zh-CN", "莆田 耐克 Dunk 熊猫 纯原版本", "原鞋开模 细节对比", 168 / 7.2)
add("nike", "zh-CN", "得物过验 AJ1 芝加哥 高帮 顶级版", "支持验货 假一赔十", 380 / 7.2)
add("adidas", "zh-CN", "阿迪 Samba 德训鞋 公司级 原厂材料", "毒过验版本", 198 / 7.2)
add("adidas", "zh-CN", "椰子350 纯原 满天星 过验版", "全码", 260 / 7.2)
add("canada-goose", "zh-CN", "加拿大鹅 远征 派克 顶级版 过验", "90白鹅绒 狼毛领", 1200 / 7.2)
add("the-north-face", "zh-CN", "北脸 1996 羽绒服 公司级 过验", "700蓬 原版面料", 380 / 7.2)
add("nike", "zh-CN", "耐克 空军一号 纯原 原厂皮料 莆田直发", "36-45码", 128 / 7.2)
add("puma", "zh-CN", "彪马 Speedcat 公司级 原鞋开模", "男女同款", 158 / 7.2)
add("louis-vuitton", "zh-CN", "路易威登 老花 托特 顶级版 得物可过", "原厂皮料", 980 / 7.2)
add("nike", "zh-TW", "莆田 耐吉 AF1 純原 頂級版 現貨", "支援驗貨", 45)

add = klass("c_same_source_claims", "counterfeit", "'same factory / same materials as genuine' claims: 正品同源, 同厂同料, 专柜品质, 代购级, 原厂渠道, 'same material as authentic', 'factory leftover from the same line'", True)
add("gucci", "zh-CN", "古驰 马蒙 单肩包 正品同源 代购级", "原厂皮料 专柜品质", 880 / 7.2)
add("louis-vuitton", "zh-CN", "路易威登 Neverfull 同厂同料 原厂渠道", "全套包装", 1100 / 7.2)
add("burberry", "zh-CN", "巴宝莉 格纹围巾 专柜品质 原厂渠道货", "100%羊绒", 260 / 7.2)
add("canada-goose", "en-US", "Canada Goose Expedition — same factory, same materials as authentic", "Factory leftover from the same production line.", 260)
add("rolex", "en-US", "Rolex Datejust 41 — same 904L steel as genuine, factory direct", "Identical specs to retail.", 600)
add("michael-kors", "en-US", "Michael Kors Jet Set — made in the same factory as the originals", "Overrun stock, no difference.", 45)
add("dyson", "zh-CN", "戴森 吹风机 原厂代工 同源出货", "与专柜一致", 599 / 7.2)
add("estee-lauder", "zh-CN", "雅诗兰黛 小棕瓶 50ml 原厂渠道 代购级", "批号齐全", 150 / 7.2)
add("coach", "ko", "코치 태비 숄더백 정품 동일 공장 제작", "같은 가죽, 같은 부자재", 90)
add("the-north-face", "vi", "Áo phao The North Face hàng xuất xưởng cùng nhà máy", "Chất liệu y hệt chính hãng", 60)

add = klass("c_registered_vocab_cue", "counterfeit", "the brand named only by a registered nickname, line or abbreviation (水鬼, 倒钩, Hulk, Pepsi, 小黑瓶, 캐구) beside a copy cue")
add("rolex", "zh-CN", "绿水鬼 41mm 复刻 自动机械", "904L 陶瓷圈", 1800 / 7.2)
add("nike", "zh-CN", "倒钩 低帮 纯原 摩卡", "全码现货", 260 / 7.2)
add("rolex", "en-US", "Hulk sub 116610LV super clone", "Green dial, 3135.", 330)
add("rolex", "en-US", "Pepsi GMT jubilee 1:1 rep", "Red/blue bezel.", 350)
add("loreal", "zh-CN", "小黑瓶 精华 100ml 高仿 特价", "送小样", 59 / 7.2)
add("canada-goose", "ko", "캐구 익스페디션 레플 블랙", "리얼퍼", 200)
add("adidas", "zh-CN", "椰子350 V2 斑马 高仿", "全码", 199 / 7.2)
add("omega", "zh-CN", "海马300 蓝盘 复刻 8800机芯", "陶瓷圈", 1600 / 7.2)
add("nike", "en-US", "AJ1 chicago reps (UA) size 10", "Box included.", 60)
add("estee-lauder", "zh-CN", "小棕瓶 第七代 50ml 仿版", "批发价", 45 / 7.2)

add = klass("c_logo_described_multilang", "counterfeit", "the brand named only by its logo described in words, in several languages (la marca de la corona, Uhr mit der Krone, 皇冠标, the tick logo, half-dome jacket)")
add("rolex", "es", "Reloj de la marca de la corona, buceo verde, réplica", "Automático.", 150)
add("rolex", "de", "Uhr mit der Krone auf dem Zifferblatt, grüne Lünette, Replik", "Automatik, 41mm.", 140)
add("rolex", "fr", "Montre à la couronne, cadran vert, copie", "Automatique.", 150)
add("rolex", "ru", "Часы с короной на циферблате, зелёные, копия", "Механика.", 120)
add("rolex", "zh-CN", "皇冠标 潜水表 绿盘 高仿", "机械表", 800 / 7.2)
add("nike", "en-US", "High tops with the tick logo, chicago colors, 1:1", "All sizes.", 40)
add("the-north-face", "id", "Jaket puffer logo setengah kubah hitam KW", "All size.", 25)
add("adidas", "en-GB", "Trainers with the three-leaf logo and three stripes, rep", "UK 6-11.", 30)
add("cartier", "it", "Bracciale con le viti della famosa maison parigina, replica", "Oro giallo.", 30)
add("swarovski", "pt-BR", "Colar do cisne da marca austríaca de cristais, réplica", "Com caixa.", 10)

add = klass("c_overlooked_categories", "counterfeit", "copies in categories filters watch less (rackets, golf clubs, brush heads, sunscreen, batteries), betrayed by small tells: 'JP version' at 15 %, 'tour issue' head only, impossible capacity", True)
add("yonex", "ms", "Yonex Astrox 100ZZ 4UG5 made in Japan JP version", "Unstrung, free grip. Ready stock.", 32, cat="badminton rackets")
add("yonex", "id", "Raket Yonex Nanoflare 1000Z original Japan 4U", "Gratis senar + tas.", 28, cat="badminton rackets")
add("callaway", "en-US", "Callaway Paradym Ai Smoke driver head only, tour issue", "9 degree, no headcover.", 70, cat="golf clubs")
add("callaway", "en-GB", "Callaway Paradym Ai Smoke full set irons 4-PW brand new", "Stiff shafts, shipped from Guangzhou.", 160, cat="golf clubs")
add("wilson", "en-US", "Wilson Pro Staff 97 v14 RF autograph, new unstrung", "Grip size 2, 3 available.", 45, cat="tennis rackets")
add("wilson", "pt-BR", "Raquete Wilson Pro Staff 97 v14 lacrada, promoção", "Frete grátis.", 55, cat="tennis rackets")
add("philips", "en-US", "Philips Sonicare DiamondClean brush heads HX6064, 16 pack", "Fits all click-on handles. Genuine heads.", 9, cat="electric toothbrushes")
add("shiseido", "vi", "Kem chống nắng Anessa Shiseido 60ml combo 10 tuýp", "Giá sỉ, hàng nội địa Nhật.", 18, cat="sunscreen")
add("panasonic", "en-US", "Panasonic eneloop pro AA 3800mAh, 8 pack", "Low self discharge, 2100 cycles.", 6, cat="batteries")
add("panasonic", "de", "Panasonic Rasierer ES-LV9Q Arc5 neu, 39 Euro", "Mit Reinigungsstation.", 42, cat="shavers")


def flip(h, positions):
    v = int(h, 16)
    for p in positions:
        v ^= 1 << p
    return f"{v:016x}"


add = klass("c_image_generic_title", "counterfeit", "generic title and description, a copy price, and a product photo whose pHash is a few bits from the brand's registered logo/product photo")
add("canada-goose", "en-US", "Men's winter parka red, warm hooded, fur trim", "Size S-XXL.", 140, images=[{"url": "https://img.example/cg1.jpg", "phash": flip("cbb78d4be270384c", [3, 17, 40])}])
add("nike", "en-US", "Men's basketball sneakers high top red white", "Size 7-12.", 40, images=[{"url": "https://img.example/nk1.jpg", "phash": flip("b8c68dcbda24c33a", [1, 22])}])
add("adidas", "de", "Klassische Hallenschuhe weiß", "Größe 38-45.", 28, images=[{"url": "https://img.example/ad1.jpg", "phash": flip("fa95ca6a3198e692", [5, 9, 33, 60])}])
add("louis-vuitton", "fr", "Sac cabas toile marron à motifs", "Grand format.", 70, images=[{"url": "https://img.example/lv1.jpg", "phash": flip("eec49512582fc46f", [2, 30])}])
add("gucci", "en-GB", "Women's leather belt with gold buckle", "All sizes.", 18, images=[{"url": "https://img.example/gc1.jpg", "phash": flip("eb94b4618c6b69ca", [11, 44, 50])}])
add("bose", "en-US", "Over-ear wireless headphones noise cancelling black", "30h battery.", 35, images=[{"url": "https://img.example/bs1.jpg", "phash": flip("bec2893dc3893cc6", [0, 63])}])
add("dyson", "es", "Secador de pelo de alta velocidad 1600W", "Con 5 boquillas.", 40, images=[{"url": "https://img.example/dy1.jpg", "phash": flip("b991d027cee20f59", [7, 19, 28])}])
add("rolex", "en-US", "Men's automatic diver watch green bezel 41mm", "Sapphire crystal.", 160, images=[{"url": "https://img.example/rx1.jpg", "phash": flip("cb2db6c15b1634c9", [4, 36])}])
add("the-north-face", "pl", "Kurtka puchowa czarna pikowana", "Rozmiary S-XXL.", 40, images=[{"url": "https://img.example/tnf1.jpg", "phash": flip("f134c6cf999c8919", [12, 13, 58])}])
add("apple", "id", "Earbuds TWS ANC wireless charging putih", "Garansi 1 bulan.", 14, images=[{"url": "https://img.example/ap1.jpg", "phash": flip("a86fc7c0903d3d0f", [6, 26, 47])}])

# =========================================================================== innocent classes
# ---- genuine goods sold by others
add = klass("in_new_retail_fair", "innocent", "genuine new goods from a retailer the registry does not list, at or above retail, plain wording")
add("sony", "en-US", "Sony WH-1000XM5 Wireless Noise Canceling Headphones - Black", "Brand new, US retail unit, 1-year Sony warranty.", 349, seller={"id": "techdepot-us", "name": "TechDepot"})
add("dyson", "en-US", "Dyson Airwrap Multi-Styler Complete Long - Nickel/Copper", "New in box. Ships free.", 599)
add("canada-goose", "en-US", "Canada Goose Expedition Parka Men's Black, size M", "New with tags, from our Toronto store. Receipt included.", 1550)
add("rolex", "en-GB", "Rolex Submariner Date 126610LN, 2026 full set, unworn", "Warranty card dated Sept 2026. Dealer stock, part-exchange welcome.", 14500)
add("bosch", "de", "Bosch Professional GSR 12V-15 Akku-Bohrschrauber inkl. 2 Akkus + L-BOXX", "Neuware vom Fachhändler, Rechnung mit MwSt.", 140)
add("loreal", "fr", "Lancôme Advanced Génifique Sérum 50 ml", "Neuf, acheté en pharmacie, facture fournie.", 110)
add("sony", "ja", "ソニー WH-1000XM5 ブラック 新品 メーカー保証1年", "家電量販店購入品、未開封", 347)
add("dyson", "ko", "다이슨 에어랩 컴플리트 롱 새상품 국내정식", "백화점 구매 영수증 있음", 560)
add("adidas", "es", "Adidas Samba OG blancas, talla 42, nuevas", "Compradas en tienda, con caja y ticket.", 120)
add("lego", "it", "LEGO Star Wars 75192 Millennium Falcon UCS nuovo sigillato", "Scatola perfetta.", 860)
add("philips", "pl", "Philips Sonicare DiamondClean 9000 HX9911 nowa", "Gwarancja producenta 2 lata, paragon.", 225)
add("nike", "pt-BR", "Tênis Nike Air Force 1 '07 branco original", "Novo na caixa, nota fiscal da loja.", 135)

add = klass("in_new_retail_local_currency", "innocent", "genuine new goods at a fair price in a high-nominal or non-ECB currency (VND, IDR, NGN, UAH, EGP, IRR, PHP, THB, TRY, HUF, RUB, KES)", True)
add("sony", "vi", "Tai nghe Sony WH-1000XM5 chính hãng, bảo hành 12 tháng", "Hàng Sony Việt Nam, nguyên seal.", local=8490000)
add("dyson", "id", "Dyson Airwrap Complete Long original garansi resmi", "Baru, segel, garansi 2 tahun.", local=9999000)
add("samsung", "en-NG", "Samsung Galaxy S24 Ultra 256GB brand new sealed", "With Samsung Nigeria warranty.", local=1950000)
add("sony", "uk", "Навушники Sony WH-1000XM5 нові, офіційна гарантія", "Чек і гарантійний талон.", local=14999)
add("bose", "ar-EG", "سماعة بوز كوايت كومفورت ٤٥ جديدة ضمان الوكيل", "متبرشمة، فاتورة", local=14500)
add("omega", "fa", "ساعت امگا اسپیدمستر مون واچ اصل با کارت گارانتی", "نو، آکبند، همراه جعبه", local=4900000000)
add("apple", "tl", "Apple AirPods Pro 2 USB-C sealed, Apple PH warranty", "Brand new from Power Mac Center.", local=14990)
add("canon", "th", "Canon EOS R6 Mark II body ประกันศูนย์ไทย", "ของใหม่ มีใบเสร็จ", local=89900)
add("dyson", "tr", "Dyson Supersonic saç kurutma makinesi, distribütör garantili", "Faturalı, sıfır.", local=19999)
add("lego", "hu", "LEGO 75192 Millennium Falcon új, bontatlan", "Számlával.", local=319990)
add("sony", "ru", "Наушники Sony WH-1000XM5 новые, чек", "Гарантия магазина 1 год.", local=34990)
add("samsung", "sw", "Samsung Galaxy S24 Ultra mpya, warranty ya mwaka 1", "Imefungwa, risiti ipo.", local=165000)

add = klass("in_used_genuine_fair", "innocent", "genuine goods used, at a used-market price (40-75 % of retail), with honest wear details")
add("rolex", "en-US", "Rolex Submariner Date 126610LN 2021, box & papers, light wear", "Serviced 2025, bracelet stretch minimal.", 11800)
add("louis-vuitton", "en-GB", "Louis Vuitton Neverfull MM monogram, used, date code SD4198", "Patina on handles, inside clean. Receipt from Selfridges.", 980)
add("canada-goose", "de", "Canada Goose Expedition Parka Herren L, getragen, guter Zustand", "Zwei Winter getragen, Kaufbeleg vorhanden.", 680)
add("dyson", "fr", "Dyson Airwrap Complete d'occasion, bon état", "Acheté en 2024 chez Boulanger, facture jointe.", 290)
add("sony", "es", "Sony WH-1000XM5 usados, perfectos, con caja", "Almohadillas en buen estado.", 190)
add("gucci", "it", "Borsa Gucci GG Marmont piccola, usata, con scontrino", "Qualche segno sugli angoli.", 1150)
add("omega", "ja", "オメガ スピードマスター プロフェッショナル 中古 2019年", "OH済み 付属品あり", 4600)
add("apple", "ko", "에어팟 프로 2 중고 S급 배터리 95%", "정품 구매 영수증 있음", 140)
add("nike", "pl", "Nike Air Jordan 1 High OG Chicago używane, rozm. 43", "Oryginalne z SNKRS, paragon.", 260)
add("cartier", "zh-CN", "二手 卡地亚 Love 手镯 黄金 17号 有证书", "专柜购买 有发票", 5000)
add("bose", "nl", "Bose QuietComfort 45 gebruikt, werkt perfect", "Met hoes en kabel.", 140)
add("canon", "sv", "Canon EOS R6 Mark II begagnad, 12 000 exponeringar", "Kvitto från Scandinavian Photo.", 1650)

add = klass("in_broken_for_parts", "innocent", "genuine goods sold broken, for parts or repair, at a price far below even the used value", True)
add("sony", "en-US", "Sony WH-1000XM4 for parts — left earcup no sound", "Sold as is, no returns. Right side works.", 40)
add("dyson", "en-GB", "Dyson Airwrap not heating, spares or repair", "Motor spins, no heat. With all attachments.", 60)
add("apple", "de", "AirPods Pro 2 defekt, nur Case + linker Hörer", "Rechter Hörer verloren. Für Bastler.", 45)
add("canon", "en-US", "Canon EOS R6 body, shutter error Err 20, for parts", "Powers on, shutter jams. Sold as is.", 350)
add("bose", "fr", "Bose QC45 en panne, ne charge plus, pour pièces", "Vendu en l'état.", 30)
add("nintendo", "es", "Nintendo Switch OLED sin imagen, para piezas", "Se enciende pero pantalla negra.", 70)
add("samsung", "pl", "Samsung Galaxy S24 Ultra zbity ekran, na części", "Płyta główna działa, bez blokad.", 250)
add("philips", "it", "Philips Sonicare DiamondClean non si ricarica, per ricambi", "Solo manico.", 15)
add("panasonic", "ja", "パナソニック ラムダッシュ 5枚刃 ジャンク 動作不良", "部品取りにどうぞ", 20)
add("omega", "en-US", "Omega Seamaster 300M non-runner, needs service", "Genuine, movement stopped. Case good.", 1400)
add("rolex", "en-GB", "Rolex Oyster Perpetual case and bracelet only, no movement", "Genuine parts from a damaged watch.", 2200)
add("sony", "ko", "소니 WH-1000XM5 고장 부품용 (전원 안 켜짐)", "외관 깨끗", 50)

add = klass("in_refurbished_openbox", "innocent", "genuine refurbished or open-box goods from a refurbisher, at refurbished prices")
add("apple", "en-US", "Apple AirPods Pro 2 (USB-C) - Certified Refurbished, 1-year warranty", "Refurbished by a third-party refurbisher, new ear tips.", 169)
add("dyson", "en-GB", "Dyson Airwrap Complete — Refurbished Grade A, 12 months warranty", "Tested and cleaned.", 330)
add("sony", "de", "Sony WH-1000XM5 generalüberholt, wie neu", "12 Monate Gewährleistung vom Refurbisher.", 230)
add("samsung", "fr", "Samsung Galaxy S24 Ultra reconditionné, très bon état", "Garantie 12 mois, batterie > 90 %.", 780)
add("bose", "en-US", "Bose QuietComfort 45 open box, all accessories", "Customer return, inspected.", 180)
add("canon", "en-US", "Canon EOS R6 Mark II body, open box, 200 shutter count", "Full retail package.", 1950)
add("nintendo", "ja", "ニンテンドースイッチ 有機ELモデル 整備済み品", "保証3ヶ月", 240)
add("philips", "nl", "Philips Sonicare DiamondClean refurbished met garantie", "Nieuwe opzetborstel.", 120)
add("apple", "es", "AirPods Pro 2 reacondicionados grado A+", "Garantía 1 año.", 160)
add("dyson", "zh-CN", "戴森 吹风机 HD08 官翻 翻新机 保修一年", "功能完好 配件齐全", 200)

add = klass("in_vintage_genuine", "innocent", "genuine vintage pieces (1960s-1990s), some priced below today's floor because they are old, cheap lines or obsolete")
add("rolex", "en-US", "Vintage 1972 Rolex Datejust 1601, serviced", "Original dial, jubilee bracelet.", 6500)
add("omega", "de", "Omega Seamaster Automatik 1966, Vintage", "Revision 2024, Originalzifferblatt.", 1200)
add("louis-vuitton", "fr", "Sac Louis Vuitton Speedy 30 vintage années 90", "Toile monogram, cuir patiné.", 450)
add("coach", "en-US", "Vintage 1990s Coach Willis bag, made in USA", "Glovetanned leather, conditioned.", 85)
add("burberry", "en-GB", "Vintage Burberrys nova check scarf, 1990s, lambswool", "Made in England.", 60)
add("levis", "en-US", "Vintage Levi's 501 Big E 1960s, selvedge", "Single stitch, fades.", 800)
add("nike", "en-US", "1985 Nike Air Jordan 1 Chicago original, no box", "Worn, sole yellowed, collectors piece.", 3000)
add("canon", "en-GB", "Canon AE-1 Program 35mm film camera 1981 with 50mm f/1.8", "Tested, light seals replaced.", 180)
add("sony", "ja", "ソニー ウォークマン WM-2 1981年 ジャンクではなく動作品", "ベルト交換済み", 250)
add("nintendo", "en-US", "Original Nintendo Game Boy DMG-01 1989, works", "Screen clean, battery cover intact.", 70)

add = klass("in_used_oem_parts_breaker", "innocent", "genuine used parts taken from a dismantled car or motorcycle (breaker/dismantler)", True)
add("toyota", "en-GB", "Toyota Corolla 2019 headlight OEM, used from breaker", "Driver side, no cracks.", 120)
add("bmw", "de", "BMW F30 Bremsscheiben vorne gebraucht, original BMW, 60 % Rest", "Vom Verwerter, ausgebaut 2026.", 45)
add("honda", "en-US", "Honda Civic Type R 2018 wing mirror OEM used", "From a write-off, tested.", 90, cat="auto parts")
add("toyota", "ru", "Генератор Toyota Land Cruiser 200 б/у оригинал, разборка", "С гарантией 14 дней.", 150)
add("bmw", "pl", "Grill nerki BMW E46 oryginał używany", "Z demontażu, stan dobry.", 25)
add("honda", "en-AU", "Honda CBR600RR 2008 fairing left side original used", "From wrecked bike, minor scuffs.", 100, cat="motorcycle parts")
add("michelin", "en-GB", "Michelin Pilot Sport 4 S 245/40ZR18 part worn 5mm", "One tyre, no repairs.", 75)
add("toyota", "en-US", "Toyota RAV4 2020 OEM 17\" wheels set of 4, used", "Take-offs, light curb rash.", 450)
add("honda", "ja", "ホンダ スーパーカブ 純正 マフラー 中古", "取り外し品", 40, cat="motorcycle parts")
add("bmw", "fr", "Rétroviseur BMW Série 3 G20 d'origine, occasion casse", "Testé.", 110)

add = klass("in_authorized_seller_listing", "innocent", "the brand's own authorized store on its marketplace, at list or sale price")
add("nike", "zh-CN", "耐克 Air Force 1 '07 男子空军一号运动鞋", "官方正品", 799 / 7.2, market="tmall", seller={"id": "nike-official", "name": "Nike官方旗舰店"})
add("apple", "en-US", "Apple AirPods Pro 2 (USB-C) — 20% off holiday deal", "Sold by Apple.", 199, market="amazon-us", seller={"id": "A9APPLE0FFICIAL", "name": "Apple"})
add("dyson", "en-US", "Dyson Airwrap Complete Long — Black Friday price", "", 479, market="amazon-us", seller={"id": "A27DYSON", "name": "Dyson"})
add("bose", "en-US", "Bose QuietComfort 45 — Certified Refurbished", "Bose refurbished, 1 year warranty.", 149, market="ebay", seller={"id": "bose-refurbished", "name": "Bose Refurbished"})
add("adidas", "de", "adidas Samba OG Schuh – Cloud White", "", 120, market="amazon-de", seller={"id": "A3ADIDAS0FFICIAL", "name": "adidas"})
add("lego", "en-US", "LEGO Star Wars Millennium Falcon 75192", "", 849.99, market="amazon-us", seller={"id": "A19LEGO", "name": "LEGO"})
add("rolex", "en-US", "Rolex Datejust 36 Certified Pre-Owned 2019", "Rolex CPO, 2-year guarantee.", 8900, market="ebay", seller={"id": "rolex-certified-preowned-demo", "name": "Rolex CPO"})
add("samsung", "de", "Samsung Galaxy S24 Ultra 256GB Titanium Black", "", 1199, market="amazon-de", seller={"id": "A8SAMSUNGDE", "name": "Samsung"})
add("estee-lauder", "zh-CN", "雅诗兰黛 特润修护肌活精华露 小棕瓶 50ml", "官方正品", 760 / 7.2, market="tmall", seller={"id": "esteelauder-official", "name": "雅诗兰黛官方旗舰店"})
add("nintendo", "en-US", "Nintendo Switch – OLED Model w/ White Joy-Con", "", 349.99, market="amazon-us", seller={"id": "A23NINTENDO", "name": "Nintendo"})

# ---- accessories, parts, consumables, services
add = klass("in_accessories_more_languages", "innocent", "accessories for the brand's product in languages beyond the common ones (etui do, kılıf, casing, ốp lưng, เคส, capinha, hoesje, skal, pouzdro, husă, θήκη, כיסוי, جراب, قاب)", True)
add("apple", "pl", "Etui do iPhone 15 Pro silikonowe czarne", "Pasuje idealnie, nowe.", 6, cat="Akcesoria GSM")
add("apple", "tr", "iPhone 15 Pro Max kılıf şeffaf darbe emici", "Yeni.", 5, cat="Telefon Aksesuarları")
add("samsung", "id", "Casing Samsung Galaxy S24 Ultra softcase bening", "Anti crack.", 3, cat="Aksesoris HP")
add("apple", "vi", "Ốp lưng iPhone 15 Pro Max chống sốc trong suốt", "Hàng mới.", 3, cat="Phụ kiện điện thoại")
add("apple", "th", "เคส iPhone 15 ใส กันกระแทก", "ส่งไว", 4, cat="อุปกรณ์เสริมมือถือ")
add("samsung", "pt-BR", "Capinha para Galaxy S24 anti-impacto", "Pronta entrega.", 5, cat="Acessórios para Celular")
add("apple", "nl", "Hoesje voor iPhone 15 Pro MagSafe leer bruin", "Nieuw.", 15, cat="Telefoonhoesjes")
add("apple", "sv", "Skal till iPhone 15 svart silikon", "Nytt i förpackning.", 8, cat="Mobiltillbehör")
add("apple", "cs", "Pouzdro na AirPods Pro 2 silikonové růžové", "Nové.", 5, cat="Příslušenství")
add("samsung", "ro", "Husă pentru Samsung Galaxy S24 Ultra tip carte", "Piele ecologică.", 8, cat="Accesorii telefoane")
add("apple", "el", "Θήκη για iPhone 15 Pro διάφανη", "Καινούργια.", 6, cat="Αξεσουάρ κινητών")
add("apple", "he", "כיסוי לאייפון 15 פרו שקוף", "חדש באריזה.", 6, cat="אביזרים לסלולר")
add("apple", "ar", "جراب ايفون ١٥ برو ماكس شفاف", "جديد", 5, cat="اكسسوارات الجوال")
add("samsung", "fa", "قاب گوشی سامسونگ S24 اولترا سیلیکونی", "نو", 4, cat="لوازم جانبی موبایل")
add("apple", "hi", "AirPods Pro कवर सिलिकॉन केस काला", "नया", 3, cat="मोबाइल एक्सेसरीज़")

add = klass("in_compatible_consumables", "innocent", "third-party consumables or spare parts compatible with the brand's product, named as such")
add("canon", "en-US", "Compatible ink cartridge for Canon PG-545 XL, 2 pack (remanufactured)", "Not Canon brand. Works with PIXMA MG2550.", 19, cat="ink")
add("gillette", "en-GB", "Razor blades that fit Gillette Mach3 handles, 12 pack (own brand)", "Compatible cartridges, not made by Gillette.", 7, cat="razor blades")
add("nestle", "fr", "Capsules compatibles Nespresso Original, lot de 100", "Café bio, capsules aluminium.", 22, cat="coffee")
add("philips", "de", "Ersatzbürsten kompatibel mit Philips Sonicare, 8 Stück", "Nicht original, Drittanbieter.", 12, cat="electric toothbrushes")
add("dyson", "en-US", "Washable filter compatible with Dyson V11/V15, 2 pack", "Aftermarket replacement.", 14, cat="vacuum cleaners")
add("lego", "en-US", "Baseplates compatible with LEGO, 32x32 studs, 4 pack", "Generic brand, fits all major bricks.", 16, cat="building sets")
add("abbott", "en-US", "Overpatch covers for FreeStyle Libre 2 sensors, 20 pcs", "Waterproof adhesive patches.", 12, cat="medical devices")
add("nintendo", "es", "Joysticks de repuesto para Joy-Con (compatibles), 4 unidades", "Con destornillador.", 8, cat="accessories")
add("bosch", "pl", "Akumulator 12V 3.0Ah zamiennik do Bosch Professional", "Nie oryginał, gwarancja 12 m-cy.", 25, cat="power tools")
add("samsung", "ja", "Galaxy S24対応 25W 急速充電器 USB-C (他社製)", "PSE認証品", 12, cat="chargers")
add("apple", "id", "Ear tips pengganti untuk AirPods Pro, 3 ukuran", "Bukan original, pas.", 3, cat="earbuds")
add("panasonic", "tr", "Panasonic Arc5 uyumlu yedek başlık (muadil)", "Orijinal değildir.", 15, cat="shavers")

add = klass("in_aftermarket_parts_oem_ref", "innocent", "a parts maker's own part that quotes the OEM part number it replaces (MANN, Brembo, Akebono, K&N, Fram, TRW)")
add("bmw", "de", "MANN-FILTER HU 816 x Ölfilter ersetzt BMW 11428575211", "Markenqualität, Neuware.", 11)
add("bmw", "pl", "Tarcza hamulcowa Brembo 09.C394.13 zamiennik BMW 34116860016", "Para, nowe.", 80)
add("toyota", "en-US", "Akebono ProACT ceramic front pads, cross ref Toyota 04465-02220", "Made in USA.", 55)
add("honda", "en-US", "K&N 33-2408 air filter replaces Honda 17220-5BA-A00", "Washable, reusable.", 55, cat="auto parts")
add("honda", "en-GB", "Fram PH7317 oil filter, fits Honda (OEM 15400-PLM-A02)", "Pack of 2.", 12, cat="auto parts")
add("toyota", "ru", "Масляный фильтр Mann W 68/3 аналог Toyota 90915-YZZD1", "Новый, в наличии.", 6)
add("bmw", "es", "Pastillas TRW GDB1919 equivalente BMW Serie 3 F30", "Delanteras, juego.", 35)
add("toyota", "tr", "Denso iridyum buji Toyota Corolla uyumlu (OEM ref 90919-01253)", "4 adet.", 40)
add("honda", "it", "Filtro olio UFI 23.134.00 sostituisce Honda 15400-PLM-A02", "Nuovo.", 8, cat="auto parts")
add("bmw", "nl", "Febi Bilstein draagarm vervangt BMW 31126855741", "Nieuw, 2 jaar garantie.", 45)
add("toyota", "en-AU", "Ryco Z436 oil filter, Toyota equivalent 90915-YZZD1", "Box of 1.", 12)
add("michelin", "fr", "Balais d'essuie-glace Valeo remplace Michelin Stealth", "Paire 650/400.", 25, cat="wiper blades")

add = klass("in_repair_service", "innocent", "repair, servicing, cleaning and restoration services for the brand's goods")
add("rolex", "en-US", "Rolex service & overhaul by independent watchmaker, 2-year warranty", "Full movement service, case polish optional.", 650, cat="Services > Watch Repair")
add("apple", "en-GB", "AirPods Pro battery replacement service", "Send in, 5-day turnaround.", 60, cat="Services")
add("dyson", "de", "Reparatur Dyson Airwrap / Supersonic – Motor & Platine", "Festpreis zzgl. Teile.", 55, cat="Dienstleistungen")
add("louis-vuitton", "fr", "Restauration sac Louis Vuitton : changement des poignées", "Cuir vachette naturel, artisan maroquinier.", 150, cat="Services")
add("samsung", "es", "Cambio de pantalla Samsung Galaxy S24 Ultra, 1 hora", "Pantalla compatible o original, a elegir.", 180, cat="Servicios")
add("canon", "it", "Pulizia sensore Canon EOS R5 / R6 in giornata", "Laboratorio a Milano.", 50, cat="Servizi")
add("omega", "en-US", "Omega Speedmaster service — manual wind 1861/3861", "Pressure test included.", 550, cat="Services > Watch Repair")
add("nintendo", "pl", "Naprawa Nintendo Switch – wymiana joysticków, slotu kart", "Serwis w Warszawie.", 30, cat="Usługi")
add("canada-goose", "en-US", "Canada Goose parka zipper replacement & down repair", "Tailor shop, 1-week turnaround.", 90, cat="Services > Clothing Repair")
add("nike", "pt-BR", "Limpeza e restauração de tênis Nike Air Jordan", "Higienização completa.", 15, cat="Serviços")
add("cartier", "ja", "カルティエ ラブブレス 新品仕上げ 研磨サービス", "熟練職人による", 90, cat="サービス")
add("sony", "ko", "소니 WH-1000XM5 이어패드 교체 수리", "당일 수리 가능", 30, cat="수리 서비스")

add = klass("in_books_media", "innocent", "books, films, music and manuals about or titled with the brand's word")
add("nike", "en-US", "Shoe Dog: A Memoir by the Creator of Nike — Phil Knight, paperback", "Good condition.", 9, cat="Books")
add("rolex", "en-GB", "Rolex: The Impossible Collection (Assouline), hardcover", "Slipcase, as new.", 650, cat="Books")
add("lego", "de", "Das LEGO Buch – Die Geschichte (Jens Andersen)", "Gebundene Ausgabe.", 18, cat="Bücher")
add("adobe", "en-US", "Adobe Photoshop Classroom in a Book (2025 release)", "Like new, no markings.", 35, cat="Books")
add("autodesk", "fr", "Livre : AutoCAD 2025 pour les débutants", "Éditions ENI.", 30, cat="Livres")
add("toyota", "en-AU", "Haynes manual Toyota Corolla 2014-2019", "Workshop manual.", 30, cat="Books")
add("gucci", "es", "House of Gucci (Blu-ray) Lady Gaga, Adam Driver", "Edición española.", 9, cat="Películas")
add("louis-vuitton", "it", "Louis Vuitton: Catwalk — libro fotografico", "Ed. Rizzoli.", 40, cat="Libri")
add("dyson", "en-GB", "Against the Odds — James Dyson autobiography, signed copy", "First edition.", 45, cat="Books")
add("michelin", "fr", "Guide Michelin France 2026", "Neuf.", 30, cat="Livres")
add("pandora", "en-US", "Pandora's Jar: Women in the Greek Myths — Natalie Haynes", "Paperback.", 12, cat="Books")
add("canon", "ja", "キヤノン EOS R6 Mark II 完全ガイド (ムック)", "美品", 15, cat="本")

add = klass("in_people_same_name", "innocent", "a person whose name is the brand's word: Lévi-Strauss, Hieronymus Bosch, Jacques Cartier, Freeman Dyson, Woodrow Wilson, Gucci Mane, Bruno Mars, Santos-Dumont", True)
add("levis", "fr", "Claude Lévi-Strauss – Tristes Tropiques, Plon 1955", "Édition originale, bon état.", 60, cat="Livres")
add("bosch", "nl", "Hieronymus Bosch – De Tuin der Lusten poster 70x50", "Kunstdruk op mat papier.", 20, cat="Kunst & Posters")
add("cartier", "en-US", "Jacques Cartier: Voyages to Canada — biography, hardcover", "Ex-library.", 12, cat="Books")
add("dyson", "en-GB", "Freeman Dyson – Disturbing the Universe, paperback", "1981 edition.", 10, cat="Books")
add("wilson", "en-US", "Woodrow Wilson presidential campaign button 1912", "Original celluloid pin.", 85, cat="Collectibles > Political")
add("gucci", "en-US", "Gucci Mane – The State vs. Radric Davis, vinyl 2LP", "Sealed reissue.", 30, cat="Music > Vinyl")
add("mars", "de", "Bruno Mars – 24K Magic Vinyl LP", "Neu, OVP.", 25, cat="Musik")
add("cartier", "pt-BR", "Livro: Santos-Dumont, o voo da imaginação", "Biografia, capa dura.", 15, cat="Livros")
add("nike", "en-US", "1986 Fleer Michael Jordan #57 rookie card PSA 7", "Graded, slab clean.", 4200, cat="Sports Trading Cards")
add("nintendo", "es", "Mario Vargas Llosa – La fiesta del Chivo, Alfaguara", "Tapa blanda.", 8, cat="Libros")
add("estee-lauder", "en-GB", "A Single Man (2009) DVD — directed by Tom Ford", "Colin Firth.", 4, cat="Films")
add("honda", "ru", "Футболка ЦСКА Кейсукэ Хонда №7 2013 с автографом", "Коллекционная.", 120, cat="Коллекционирование")

add = klass("in_other_company_same_word", "innocent", "another company's product sold under the same word (Dove soap, eos lip balm, Omega juicer, Jordan toothbrush, Wilson Audio, Apple Records, Mars Hydro)", True)
add("mars", "en-GB", "Dove Deeply Nourishing Body Wash 450ml x 3", "Unilever, new.", 9, cat="Health & Beauty")
add("canon", "en-US", "eos Super Soft Shea lip balm sphere, vanilla bean, 4 pack", "Lip care.", 12, cat="Beauty > Lip Balm")
add("omega", "en-US", "Omega J8006HDS nutrition centre masticating juicer", "Omega Products Inc., 15-year warranty.", 300, cat="Kitchen Appliances")
add("nike", "sv", "Jordan tandborste Clean Smile mjuk, 4-pack", "Norska Jordan, nya.", 5, cat="Hygien")
add("wilson", "en-US", "Wilson Audio Sabrina X loudspeakers, pair", "Walnut finish, owner's manual.", 11000, cat="Speakers")
add("apple", "en-GB", "The Beatles – Abbey Road, Apple Records PCS 7088 vinyl", "1969 UK pressing.", 120, cat="Music > Vinyl")
add("mars", "en-US", "Mars Hydro TS 1000 LED grow light", "Full spectrum, for 3x3 tent.", 99, cat="Garden > Grow Lights")
add("puma", "fr", "Maquette hélicoptère Puma SA 330 1/72 Heller", "Complète, jamais montée.", 25, cat="Modélisme")
add("coach", "en-GB", "National Express coach ticket London to Manchester, 14 Dec", "Can't travel, selling at cost.", 25, cat="Tickets & Travel")
add("dyson", "en-GB", "Oasis – Supersonic 7\" single 1994", "Creation Records, VG+.", 40, cat="Music > Vinyl")
add("hasbro", "en-US", "Step-down voltage transformer 220V to 110V 1000W", "For US appliances abroad. Transformers rated continuous.", 45, cat="Electronics > Power")
add("autodesk", "en-GB", "Maya the Bee plush toy 30 cm", "New with tags.", 12, cat="Toys")
add("callaway", "en-US", "WeatherTech floor mats for 2019 Honda Odyssey, 3 rows", "Black, lightly used.", 90, cat="auto parts")
add("ferrero", "en-US", "Giant wooden Tic Tac Toe yard game", "Handmade, 4 ft board.", 40, cat="Toys & Games")

add = klass("in_foreign_everyday_words", "innocent", "the brand's word as an everyday word of another language: Centrum (city centre), Kinder (children), mars (March), surface (area), canon (rent), dove (where), samba, coach (trainer), lagu mars (anthem)", True)
add("pfizer", "pl", "Mieszkanie 2 pokoje Centrum, 48 m2, do wynajęcia", "Blisko metra.", 700, cat="Nieruchomości")
add("pfizer", "cs", "Pronájem bytu 2+kk Praha centrum", "Zařízený, volný od ledna.", 900, cat="Reality")
add("ferrero", "de", "Kinder Schneeanzug Gr. 98 blau", "Kaum getragen.", 15, cat="Kinderbekleidung")
add("mars", "fr", "2 billets concert du 14 mars à l'Olympia", "Places assises, prix d'achat.", 90, cat="Billetterie")
add("microsoft", "fr", "Appartement T2 45 m² de surface habitable, Lyon 3e", "Lumineux, balcon.", 850, cat="Immobilier")
add("canon", "es", "Local comercial en alquiler, canon mensual 900 €", "60 m², zona centro.", 980, cat="Inmuebles")
add("mars", "it", "Libro: Dove nessuno ti troverà – Alicia Giménez-Bartlett", "Sellerio, come nuovo.", 8, cat="Libri")
add("adidas", "pt-BR", "Aulas de samba no pé para iniciantes — pacote 8 aulas", "Centro do Rio.", 40, cat="Serviços > Aulas")
add("coach", "fr", "Coach sportif à domicile, 1ère séance offerte", "Remise en forme, Paris 15e.", 45, cat="Services")
add("mars", "id", "Buku lagu mars dan hymne sekolah, kumpulan partitur", "Untuk paduan suara.", 4, cat="Buku")
add("adidas", "de", "Original Schwarzwälder Kuckucksuhr, handgeschnitzt", "Mit Zertifikat.", 280, cat="Wohnen")
add("coach", "es", "Coach de vida certificado: sesiones online", "Primera sesión gratis.", 35, cat="Servicios")
add("pfizer", "hu", "Kiadó üzlethelyiség a Centrum közelében, Miskolc", "40 m2.", 400, cat="Ingatlan")

add = klass("in_near_miss_real_brands", "innocent", "a different real brand whose name is one or two letters from the mark (Toyo, Canson, Canton, Sonos, BOSS, Samsonite, beyerdynamic, Wilton, Carter's, Pandoro, Omegon, Shelly, Michelob, Phillips)", True)
add("toyota", "en-US", "Toyo Open Country A/T III 265/70R17 set of 4", "New, 2026 DOT.", 760, cat="tires")
add("canon", "fr", "Carnet de croquis Canson XL A4 90g", "Lot de 3.", 15, cat="Beaux-arts")
add("canon", "de", "Canton GLE 90 Standlautsprecher Paar", "Gebraucht, top Zustand.", 300, cat="Lautsprecher")
add("sony", "en-US", "Sonos Era 100 smart speaker, black", "New in box.", 249, cat="speakers")
add("bose", "en-GB", "BOSS DS-1 Distortion guitar pedal", "Roland, works perfectly.", 45, cat="Musical Instruments")
add("samsung", "es", "Maleta Samsonite Proxis cabina 55 cm", "Nueva con etiquetas.", 260, cat="Equipaje")
add("bayer", "de", "beyerdynamic DT 770 PRO 80 Ohm Studiokopfhörer", "Wie neu.", 110, cat="headphones")
add("wilson", "en-US", "Wilton 9-inch round cake pans, set of 2", "Non-stick.", 15, cat="Kitchen > Bakeware")
add("cartier", "en-US", "Carter's baby bodysuits 5-pack, 6 months", "New with tags.", 18, cat="Baby Clothing")
add("pandora", "it", "Pandoro Bauli 1 kg classico", "Scadenza 02/2027.", 7, cat="Alimentari")
add("omega", "de", "Omegon Dobson Teleskop N 203/1200", "Mit Okularen.", 350, cat="Optik")
add("shell", "de", "Shelly Plus 1PM WLAN Schaltaktor", "Neu, OVP.", 18, cat="Smart Home")
add("michelin", "en-US", "Michelob Ultra bar sign neon, vintage", "Works.", 120, cat="Collectibles > Breweriana")
add("philips", "en-GB", "Phillips screwdriver set 6 pc, magnetic tips", "PH0-PH3.", 12, cat="power tools")

add = klass("in_everyday_lines_in_category", "innocent", "an everyday word that is also a registered line or logo name, in the brand's own category at an ordinary low price (tabby-cat tote, willow basket bag, trinity knot necklace, swan pendant, vintage-check scarf)", True)
add("coach", "en-US", "Tabby cat canvas tote bag, hand printed", "Cotton tote with an orange tabby cat print.", 22, cat="handbags")
add("coach", "en-GB", "Willow basket bag with leather handles", "Handwoven willow, lined.", 35, cat="handbags")
add("coach", "en-US", "Brooklyn skyline tote bag, recycled canvas", "Screen printed in NYC.", 18, cat="handbags")
add("cartier", "en-GB", "Sterling silver trinity knot necklace, Celtic", "Handmade in Ireland.", 40, cat="jewelry")
add("swarovski", "en-US", "Sterling silver swan pendant necklace, handmade", "No brand, 18-inch chain.", 30, cat="jewelry")
add("adidas", "pt-BR", "Sapato de samba feminino salto 7 cm, dourado", "Para dança de salão.", 30, cat="Calçados")
add("louis-vuitton", "en-US", "Personalised monogram leather wallet, your initials", "Embossed in our workshop.", 35, cat="wallets")
add("gucci", "en-US", "Jackie O style oversized sunglasses, tortoise", "UV400, no brand.", 15, cat="sunglasses")
add("burberry", "en-GB", "Vintage check lambswool scarf, red tartan", "Scottish mill, unbranded.", 25, cat="scarves")
add("nike", "en-US", "Pegasus unicorn plush, 40 cm", "Soft toy for kids.", 16, cat="Toys")
add("nike", "es-MX", "Huaraches artesanales de piel para hombre, Yucatán", "Hechos a mano.", 30, cat="Calzado")
add("rolex", "en-US", "Explorer 40L hiking backpack, waterproof", "Generic outdoor brand.", 35, cat="Backpacks")

add = klass("in_trade_sense_copy_words", "innocent", "genuine goods whose trade vocabulary contains copy words in their honest sense: AAA batteries, 1:8 scale replica, prop replica, replica NFL ball, copy paper, fake tan")
add("panasonic", "en-US", "Panasonic eneloop AAA rechargeable batteries, 8 pack", "Genuine, pre-charged.", 22, cat="batteries")
add("lego", "en-US", "LEGO Technic 42115 Lamborghini Sián FKP 37 — 1:8 scale replica", "New, sealed.", 449, cat="building sets")
add("hasbro", "en-US", "Star Wars The Black Series Force FX Elite lightsaber — prop replica", "Hasbro, new in box.", 249, cat="toys")
add("wilson", "en-US", "Wilson NFL The Duke replica football, official size", "Genuine Wilson.", 30, cat="footballs")
add("canon", "en-GB", "Canon Red Label Superior A4 copy paper, 5 reams", "80gsm, genuine Canon.", 30, cat="Office Supplies")
add("loreal", "en-GB", "L'Oréal Paris Sublime Bronze self-tan mousse (fake tan), 150ml", "New.", 10, cat="makeup")
add("adidas", "en-GB", "adidas Arsenal 25/26 home shirt — replica (fan) version", "Official, tags on.", 80, cat="sportswear")
add("mattel", "en-US", "Hot Wheels Premium 1:64 die-cast replica Nissan Skyline", "Mattel, carded.", 7, cat="die-cast cars")
add("bandai", "ja", "バンダイ PROPLICA 仮面ライダー 変身ベルト (プロップレプリカ)", "新品", 120, cat="toys")
add("swarovski", "de", "Swarovski Kristallfigur Eiffelturm-Replik, neu", "Mit Zertifikat.", 150, cat="crystal figurines")
add("samsung", "en-US", "Samsung 990 PRO 2TB NVMe SSD — with Data Migration software to clone your old drive", "Genuine, retail box.", 169, cat="memory")
add("shell", "en-GB", "Shell Helix Ultra 5W-40 4L, OEM approved (MB 229.5, VW 502.00)", "Genuine, sealed.", 45, cat="motor oil")

add = klass("in_licensed_crossovers", "innocent", "genuine licensed products that name two brands at toy prices (LEGO Super Mario, Hot Wheels Mario Kart, LEGO BMW, Pandora Disney, Monopoly Nintendo)", True)
add("lego", "en-US", "LEGO Super Mario 71360 Adventures with Mario starter course", "Nintendo x LEGO, new.", 59.99, cat="building sets", also=["nintendo"])
add("mattel", "en-US", "Hot Wheels Mario Kart 4-pack die-cast", "Mattel, Nintendo licensed.", 19.99, cat="die-cast cars", also=["nintendo"])
add("hasbro", "en-US", "Monopoly Gamer Mario Kart edition", "Hasbro Gaming, complete.", 29.99, cat="board games", also=["nintendo"])
add("lego", "de", "LEGO Technic 42130 BMW M 1000 RR", "Neu, OVP.", 229, cat="building sets", also=["bmw"])
add("mattel", "en-GB", "Hot Wheels BMW M3 E46 die-cast 1:64", "Carded.", 1.5, cat="die-cast cars", also=["bmw"])
add("lego", "en-US", "LEGO 10282 adidas Originals Superstar", "Sealed, retired set.", 110, cat="building sets", also=["adidas"])
add("pandora", "en-US", "Pandora Disney Mickey Mouse charm sterling silver", "New with box.", 65, cat="charms")
add("lego", "en-GB", "LEGO Speed Champions 76901 Toyota GR Supra", "Retired, complete.", 25, cat="building sets", also=["toyota"])
add("mattel", "en-US", "Hot Wheels Honda Civic Type R die-cast", "Carded.", 1.25, cat="die-cast cars", also=["honda"])
add("swarovski", "fr", "Swarovski Disney Mickey figurine cristal", "Neuf, boîte.", 190, cat="crystal figurines")
add("bandai", "en-US", "Bandai Tamagotchi x Sanrio Hello Kitty", "New in box.", 20, cat="toys")
add("hasbro", "es", "Monopoly Super Mario Celebration", "Nuevo, precintado.", 40, cat="board games", also=["nintendo"])

add = klass("in_sponsored_venue_event_names", "innocent", "tickets and vouchers for events and venues named after sponsors (Rolex Paris Masters, BMW Open, Bayer Leverkusen, Coca-Cola Arena, Michelin-starred dinner, Toyota Center)", True)
add("rolex", "fr", "2 billets Rolex Paris Masters, quart de finale", "Catégorie 1, Accor Arena.", 260, cat="Billetterie")
add("bmw", "de", "BMW Open München 2027 Tageskarte Halbfinale", "MTTC Iphitos.", 90, cat="Tickets")
add("bayer", "de", "2 Tickets Bayer 04 Leverkusen – Borussia Dortmund", "BayArena, Block C.", 140, cat="Tickets")
add("coca-cola", "ar", "تذاكر حفلة في كوكا كولا أرينا دبي", "مقعدين متجاورين", 180, cat="تذاكر")
add("michelin", "en-GB", "Gift voucher: tasting menu for two at a Michelin-starred restaurant", "Valid 12 months.", 250, cat="Vouchers")
add("toyota", "en-US", "Houston Rockets tickets, Toyota Center, lower bowl x2", "Mobile transfer.", 180, cat="Tickets")
add("honda", "en-US", "Anaheim Ducks at Honda Center, 2 seats section 214", "", 120, cat="Tickets")
add("omega", "de", "Omega European Masters Crans-Montana Wochenpass", "Golf, 2027.", 120, cat="Tickets")
add("coca-cola", "en-GB", "Coca-Cola London Eye fast track tickets x2", "Dated 20 Dec.", 70, cat="Tickets")
add("samsung", "de", "Konzertticket Samsung Hall Zürich, Stehplatz", "", 80, cat="Tickets")
add("shell", "en-GB", "Shell Eco-marathon volunteer T-shirt 2019", "Event merch, size M.", 8, cat="Collectibles")
add("levis", "en-US", "49ers vs Seahawks at Levi's Stadium, 2 tickets section 120", "Mobile transfer.", 300, cat="Tickets")

add = klass("in_generic_medicine_named", "innocent", "licensed pharmacies selling generics or store brands that name the originator brand, prescription required where the law requires it", True)
add("pfizer", "en-GB", "Sildenafil 50mg 8 tablets (generic Viagra) — online consultation required", "UK registered pharmacy, GPhC 1234567. Prescription issued by our doctor.", 15, cat="prescription drugs")
add("pfizer", "en-US", "Atorvastatin 20mg, 90 tablets (generic for Lipitor) — Rx only", "Licensed US pharmacy, send your prescription.", 18, cat="prescription drugs")
add("bayer", "de", "ASS 100 mg 100 Tabletten (Acetylsalicylsäure), wie Aspirin Protect", "Apotheke, Pflichtangaben siehe Packungsbeilage.", 4, cat="otc")
add("bayer", "en-US", "Loratadine 10mg 100 tablets, compare to Claritin", "Store brand, non-drowsy.", 9, cat="otc")
add("johnson-johnson", "en-US", "Acetaminophen Extra Strength 500mg, 225 caplets, compare to Tylenol", "Store brand.", 9, cat="otc")
add("pfizer", "es", "Sildenafilo Cinfa 100 mg 4 comprimidos, genérico de Viagra — con receta", "Farmacia autorizada, necesaria receta médica.", 12, cat="prescription drugs")
add("bayer", "fr", "Dexpanthénol 5 % pommade 100 g, générique de Bepanthen", "Pharmacie en ligne agréée.", 6, cat="otc")
add("johnson-johnson", "en-GB", "Ibuprofen 200mg 96 tablets, compare to Motrin/Nurofen", "Pharmacy medicine, max 2 packs.", 4, cat="otc")
add("pfizer", "pl", "Atoris 20 mg 30 tabl. (atorwastatyna) — zamiennik Lipitor, na receptę", "Apteka internetowa, realizacja e-recepty.", 6, cat="prescription drugs")
add("bayer", "it", "Rivaroxaban generico 20 mg — equivalente Xarelto, solo con ricetta", "Farmacia online autorizzata.", 25, cat="prescription drugs")

add = klass("in_food_with_branded_ingredient", "innocent", "home bakers and cooks selling food made with a branded ingredient named in the title (Nutella croissants, Snickers cheesecake, 可乐鸡翅, Kinder Bueno cake, Milo dinosaur)")
add("ferrero", "en-GB", "Homemade Nutella-filled croissants, box of 6", "Baked fresh every Saturday, collection only.", 12, cat="Food")
add("mars", "en-US", "Snickers cheesecake, 9-inch, made to order", "Home bakery, licensed kitchen.", 35, cat="Food")
add("coca-cola", "zh-CN", "可乐鸡翅 家常菜 半成品 500g", "用可口可乐慢炖 冷链配送", 4, cat="Food")
add("ferrero", "de", "Kinder Bueno Torte auf Bestellung, 26 cm", "Hausgemacht.", 40, cat="Lebensmittel")
add("nestle", "ms", "Milo Dinosaur aiskrim cawan, 10 biji", "Buatan sendiri, halal.", 5, cat="Makanan")
add("ferrero", "it", "Tiramisù alla Nutella in vaschetta, 1 kg", "Pasticceria artigianale.", 18, cat="Alimentari")
add("mars", "en-AU", "M&M's cookies, dozen, baked to order", "Home baker, Melbourne.", 15, cat="Food")
add("nestle", "pt-BR", "Brigadeiro gourmet de Nescau e Ninho, caixa com 20", "Feito em casa.", 12, cat="Doces")
add("coca-cola", "es-MX", "Pastel de Coca-Cola (chocolate cake) por encargo", "Repostería casera.", 20, cat="Comida")
add("nestle", "en-US", "KitKat matcha cheesecake slices, 6 pack", "Local bakery.", 18, cat="Food")

add = klass("in_incidental_mentions", "innocent", "a brand named in passing: the camera a photo was taken with, what an item fits next to, the payment method, the car the item was used in")
add("canon", "en-US", "Landscape photo print 'Yosemite dawn', 16x20, shot on Canon", "Archival print, signed.", 60, cat="Art > Photographs")
add("louis-vuitton", "en-US", "Felt bag organizer insert, fits Neverfull MM and similar totes", "Not affiliated. Grey felt.", 18, cat="handbags")
add("apple", "en-GB", "Vintage oak desk, collection only, pay by Apple Pay or cash", "Solid oak, 120 cm.", 80, cat="Furniture")
add("toyota", "en-US", "Roof box 450L, used on my Toyota RAV4, fits most cars", "Thule, with keys.", 200, cat="Car Accessories")
add("sony", "de", "Handgefertigter Kopfhörerständer aus Walnuss (im Bild mit Sony-Kopfhörer, nicht inkl.)", "Für alle Over-Ear-Kopfhörer.", 35, cat="Zubehör")
add("dyson", "en-GB", "Wall-mounted hair tool holder, holds Dyson, GHD and others", "3D printed.", 15, cat="Bathroom")
add("rolex", "en-US", "Watch winder for 4 automatic watches, tested with Rolex and Omega", "Quiet Japanese motor.", 90, cat="Watch Accessories", also=[])
add("nintendo", "fr", "Meuble TV en chêne, niche pour console (Switch, PS5)", "L 160 cm.", 150, cat="Mobilier")
add("bosch", "nl", "Verhuisdozen 30 stuks, vorige bewoner had een Bosch vaatwasser (niet inbegrepen)", "Gratis af te halen.", 5, cat="Verhuizen")
add("samsung", "ja", "手作り 木製スマホスタンド (写真はGalaxy使用例)", "どの機種にも対応", 10, cat="スマホアクセサリー")
add("gucci", "it", "Servizio fotografico moda a Milano (portfolio: Gucci, Prada)", "Fotografo professionista.", 300, cat="Servizi")
add("canon", "es", "Cuadro fotográfico Barcelona nocturna, tomada con Canon EOS R5", "Impresión en lienzo.", 45, cat="Arte")

add = klass("in_wanted_to_buy", "innocent", "wanted / buying posts: the poster wants genuine goods and sells nothing")
add("rolex", "en-US", "WTB: Rolex Submariner 126610LN, paying cash, genuine only", "Local meetup at a jeweller to verify.", None, cat="watches")
add("canada-goose", "en-GB", "Wanted: Canada Goose parka, women's S, must be genuine", "Will pay fair price, receipts preferred.", None, cat="parkas")
add("louis-vuitton", "fr", "Recherche sac Louis Vuitton Neverfull authentique", "Avec facture, Paris et alentours.", None, cat="handbags")
add("nintendo", "de", "Suche Nintendo Switch OLED, gerne mit Spielen", "Zahle bis 250 €.", None, cat="consoles")
add("dyson", "es", "Busco Dyson Airwrap original de segunda mano", "Pago bien si está en buen estado.", None, cat="hair care")
add("lego", "pl", "Kupię LEGO 75192 Millennium Falcon, używane kompletne", "Odbiór osobisty Kraków.", None, cat="building sets")
add("omega", "ja", "求む: オメガ スピードマスター 正規品", "保証書付き希望", None, cat="watches")
add("apple", "ko", "삽니다: 에어팟 프로 2 정품 미개봉", "직거래 원해요", None, cat="earbuds")
add("cartier", "zh-CN", "收 卡地亚 Love 手镯 正品 有票 价格好说", "同城面交 鉴定后付款", None, cat="jewelry")
add("nike", "pt-BR", "Compro tênis Nike Air Jordan 1 original, tamanho 42", "Só original com nota.", None, cat="sneakers")

add = klass("in_authentication_guides", "innocent", "authentication services, legit-check apps and guides to spotting fakes of the brand")
add("louis-vuitton", "en-US", "Louis Vuitton authentication service — written certificate in 24h", "Send photos; we tell you real or fake.", 30, cat="Services")
add("rolex", "en-GB", "How to spot a fake Rolex — 60-page illustrated guide (PDF)", "For buyers of pre-owned watches.", 12, cat="Books")
add("nike", "en-US", "Legit check: Air Jordan 1 authentication by photos", "Results in 2 hours.", 10, cat="Services")
add("canada-goose", "de", "Canada Goose Echtheitsprüfung – Fälschungen erkennen (E-Book)", "Mit Vergleichsfotos.", 8, cat="Bücher")
add("gucci", "fr", "Authentification de sacs Gucci par expert", "Rapport détaillé.", 35, cat="Services")
add("cartier", "it", "Perizia di autenticità per gioielli Cartier", "Gemmologo certificato.", 60, cat="Servizi")
add("dyson", "en-US", "Guide: how to tell a counterfeit Dyson Airwrap (video course)", "Serial checks, weight, markings.", 15, cat="Education")
add("pandora", "es", "Cómo distinguir un Pandora falso: guía con fotos", "Ebook PDF.", 5, cat="Libros")
add("omega", "ja", "オメガ 真贋鑑定サービス 写真で判定", "鑑定士による", 25, cat="サービス")
add("apple", "zh-CN", "苹果 AirPods 真假鉴定 教程 看完不上当", "图文 视频", 2, cat="教程")

add = klass("in_vehicles_whole", "innocent", "whole used cars and motorcycles of the brand (genuine goods far outside the brand's parts categories)")
add("toyota", "en-US", "2018 Toyota Land Cruiser 200 V8, 98,000 miles, one owner", "Full service history.", 55000, cat="Cars & Trucks")
add("honda", "en-GB", "Honda Civic Type R FK8 2019, 32k miles", "FSH, two keys.", 28000, cat="Cars")
add("bmw", "de", "BMW 330i G20 M Sport 2020, 60.000 km", "Scheckheftgepflegt.", 32000, cat="Autos")
add("honda", "en-US", "2021 Honda Gold Wing Tour DCT, 8,000 miles", "Pearl white, clean title.", 24000, cat="Motorcycles")
add("toyota", "ja", "トヨタ プリウス 2016年式 走行7万km 車検付き", "ワンオーナー", 9000, cat="車")
add("honda", "vi", "Xe Honda Super Cub 110 2022, chạy 5.000 km", "Giấy tờ đầy đủ.", 3500, cat="Xe máy")
add("toyota", "pl", "Toyota Corolla 1.8 Hybrid 2020, salon Polska", "Serwis ASO.", 18000, cat="Samochody")
add("bmw", "ru", "BMW X5 G05 2019, пробег 80 000 км", "Один владелец.", 52000, cat="Автомобили")
add("honda", "tr", "Honda CR-V 2017 1.6 i-DTEC, 120.000 km", "Boyasız, değişensiz.", 26000, cat="Otomobil")
add("toyota", "en-NG", "Toyota Hilux 2020 foreign used (Tokunbo), clean", "Duty paid.", 30000, cat="Cars")

add = klass("in_small_genuine_units", "innocent", "genuine single units, minis, samples and travel sizes priced below the floor of a full pack")
add("loreal", "fr", "Lancôme Advanced Génifique 7 ml, format voyage, neuf", "Reçu en cadeau, jamais ouvert.", 12, cat="skincare")
add("estee-lauder", "en-GB", "Estée Lauder Advanced Night Repair 15ml travel size", "Sealed.", 28, cat="skincare")
add("shiseido", "ja", "資生堂 アルティミューン 10ml ミニサイズ 未使用", "サンプル品", 15, cat="skincare")
add("mars", "en-US", "Snickers single bar 52.7g", "Vending price.", 1.5, cat="chocolate")
add("danone", "en-GB", "Aptamil First Infant Milk ready to feed 200ml bottle", "Single bottle, BB 2027.", 2, cat="infant formula")
add("coca-cola", "en-US", "Coca-Cola 12 oz can, single", "Cold.", 1.25, cat="soft drinks")
add("lego", "en-US", "LEGO Star Wars polybag 30654 X-Wing, sealed", "Promo polybag.", 5, cat="building sets")
add("gillette", "de", "Gillette Fusion5 ProGlide Klinge, 1 Stück (einzeln)", "Original verpackt.", 4, cat="razor blades")
add("ferrero", "es", "Ferrero Rocher 3 unidades", "Detalle para invitados.", 1.5, cat="chocolate")
add("johnson-johnson", "en-US", "Tylenol Extra Strength 24 caplets", "Sealed, exp 2028.", 6, cat="otc")

add = klass("in_grey_import_fair", "innocent", "genuine grey imports (international / HK / Japan version, EU-Import, 並行輸入, importação paralela) at a price just under local retail")
add("shiseido", "en-US", "Shiseido Anessa Perfect UV sunscreen 60ml, Japan version", "Imported from Japan.", 24, cat="sunscreen")
add("sony", "zh-HK", "Sony WH-1000XM5 港行 行貨 全新", "門市購入", 330, cat="headphones")
add("canon", "en-GB", "Canon EOS R6 Mark II body, grey import, no UK warranty", "Brand new, 1-year importer warranty.", 2100, cat="cameras")
add("nintendo", "en-US", "Nintendo Switch OLED Japanese version, region free", "Japanese box, works with US games.", 330, cat="consoles")
add("dyson", "de", "Dyson Airwrap Complete EU-Import, neu", "Rechnung vom Importeur.", 520, cat="hair care")
add("apple", "pt-BR", "AirPods Pro 2 importação paralela, lacrado", "Nota fiscal de importação.", 230, cat="earbuds")
add("sony", "ja", "ソニー WF-1000XM5 並行輸入品 新品", "海外版", 230, cat="earbuds")
add("samsung", "en-IN", "Samsung Galaxy S24 Ultra international version, sealed", "Dual SIM, 1 year seller warranty.", 1100, cat="phones")
add("bose", "ru", "Bose QuietComfort 45 параллельный импорт, новые", "Гарантия магазина.", 230, cat="headphones")
add("estee-lauder", "zh-CN", "雅诗兰黛 小棕瓶 50ml 港版 专柜购入", "带小票", 90, cat="skincare")

add = klass("in_store_brand_compare", "innocent", "store brands and rival products that compare themselves to the brand ('compare to', 'alternative to', 'similar to')")
add("gillette", "en-US", "Kirkland Signature men's razor cartridges, compare to Gillette Fusion5", "Fits Kirkland handle only.", 30, cat="razor blades")
add("abbott", "en-US", "Parent's Choice Pro-Advantage infant formula, compare to Similac Pro-Advantage", "Walmart store brand.", 25, cat="infant formula")
add("estee-lauder", "en-GB", "Lidl Cien Night Repair serum — alternative to Estée Lauder ANR", "Own brand, 30ml.", 6, cat="skincare")
add("panasonic", "en-US", "Amazon Basics AA rechargeable batteries, alternative to eneloop", "8 pack.", 18, cat="batteries")
add("ferrero", "de", "Choceur Haselnuss-Pralinen, ähnlich wie Ferrero Rocher, 200 g", "Aldi Eigenmarke.", 3, cat="chocolate")
add("loreal", "es", "Deliplus sérum antiedad, alternativa a Lancôme Génifique", "Mercadona.", 8, cat="skincare")
add("dyson", "en-US", "Shark FlexStyle air styler — a lower-cost alternative to the Dyson Airwrap", "New in box, Shark warranty.", 249, cat="hair care")
add("bose", "en-US", "Soundcore Space One ANC headphones, compare to Bose QC45", "Anker, new.", 99, cat="headphones")
add("nestle", "fr", "Capsules Carte Noire compatibles, équivalent Nespresso", "Lot de 30.", 7, cat="coffee")
add("philips", "en-GB", "Oral-B iO 5 electric toothbrush, compare to Philips Sonicare DiamondClean", "New, boxed, Oral-B warranty.", 90, cat="electric toothbrushes")

add = klass("in_jobs_courses", "innocent", "job offers at the brand's stores or service partners, and courses in the brand's software or products")
add("nike", "en-US", "Hiring: part-time sales associate at Nike Factory Store, Portland", "$18/h, apply in store.", 18, cat="Jobs")
add("adobe", "de", "Photoshop-Kurs für Einsteiger, 6 Abende, Berlin", "Adobe Certified Instructor.", 180, cat="Kurse")
add("autodesk", "en-IN", "AutoCAD 2D & 3D course, 40 hours, certificate", "Autodesk Authorized Training Center, Pune.", 120, cat="Education")
add("apple", "fr", "Offre d'emploi : technicien réparation iPhone (centre agréé)", "CDI, Lyon.", 2000, cat="Emploi")
add("microsoft", "pl", "Kurs Excel i Office 365 dla firm, 2 dni", "Szkolenie stacjonarne, Warszawa.", 200, cat="Szkolenia")
add("dyson", "en-GB", "Graduate design engineer — Dyson Malmesbury (via recruiter)", "Competitive salary.", 35000, cat="Jobs")
add("canon", "es", "Curso de fotografía con tu Canon EOS, nivel inicial", "Salidas prácticas, Madrid.", 90, cat="Cursos")
add("rolex", "de", "Ausbildung Uhrmacher/in bei Juwelier (Rolex-Konzessionär)", "Start August 2027.", None, cat="Jobs")
add("louis-vuitton", "ja", "ルイ・ヴィトン 店舗 販売スタッフ 募集 (派遣)", "時給1800円", 12, cat="求人")
add("bosch", "nl", "Vacature: servicemonteur witgoed (Bosch, Siemens)", "Regio Utrecht.", 3200, cat="Vacatures")


# =========================================================================== main
def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seed", type=int, default=8)
    ap.add_argument("--out", default=str(HERE / "set.jsonl"))
    ap.add_argument("-v", action="store_true")
    a = ap.parse_args(argv)
    rng = random.Random(a.seed)
    rows = build(rng)
    rng.shuffle(rows)
    with open(a.out, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False, sort_keys=False) + "\n")
    if a.v:
        kinds = {}
        for r in rows:
            kinds[r["_label"]["kind"]] = kinds.get(r["_label"]["kind"], 0) + 1
        print(f"{len(rows)} listings {kinds}, {len(CLASSES)} classes, {len({r['_label']['lang'] for r in rows})} language/market codes -> {a.out}")


if __name__ == "__main__":
    main()
