#!/usr/bin/env python3
"""Outsider-3 held-out set for BrandSentry: deterministic generator (seeded).

Writes set.jsonl: one Listing per line (schemas/json/listing.schema.json) plus a
"_label" object {kind, expected_brand, class, tactic}. The Listing schema forbids
extra fields, so score.py strips "_label" before calling `brandsentry backtest`.

    python3 make_set.py            # writes set.jsonl next to this file
"""
from __future__ import annotations

import json
import random
import sys
from pathlib import Path

SEED = 20261201
R = random.Random(SEED)
OUT = Path(__file__).with_name("set.jsonl")

# ---------------------------------------------------------------- brand table
# id: mark, noun, category, ref price (amount, currency) = a normal retail price,
#     model, cjk alias, authorized seller (marketplace, id, name), secondary line mark
B = {
 "canada-goose": dict(mark="Canada Goose", noun="down parka", cat="parkas", ref=(1450, "USD"), model="2079M", cn="加拿大鹅", auth=("tmall", "canadagoose-official", "Canada Goose Official Store"), line="Langford Parka"),
 "nike": dict(mark="Nike", noun="sneakers", cat="sneakers", ref=(120, "USD"), model="DD1391-100", cn="耐克", auth=("amazon-us", "A2NIKE0FFICIAL", "Nike"), line="Air Max"),
 "adidas": dict(mark="Adidas", noun="trainers", cat="sneakers", ref=(110, "EUR"), model="B75806", cn="阿迪达斯", auth=("amazon-de", "A3ADIDAS0FFICIAL", "adidas"), line="Ultraboost"),
 "puma": dict(mark="Puma Suede", noun="sneakers", cat="sneakers", ref=(80, "EUR"), model="374915-01", cn="彪马", auth=("amazon-de", "A4PUMA0FFICIAL", "PUMA"), line="Puma Palermo"),
 "levis": dict(mark="Levi's", noun="jeans", cat="jeans", ref=(79, "USD"), model="00501-0115", cn="李维斯", auth=("amazon-us", "A5LEVIS0FFICIAL", "Levi's"), line="Levi Strauss"),
 "louis-vuitton": dict(mark="Louis Vuitton", noun="handbag", cat="handbags", ref=(2100, "USD"), model="M40995", cn="路易威登", auth=("tmall", "louisvuitton-official", "Louis Vuitton官方旗舰店"), line="Neverfull"),
 "gucci": dict(mark="Gucci", noun="belt", cat="belts", ref=(520, "USD"), model="414516", cn="古驰", auth=("tmall", "gucci-official", "GUCCI古驰官方旗舰店"), line="GG Marmont"),
 "burberry": dict(mark="Burberry", noun="cashmere scarf", cat="scarves", ref=(550, "USD"), model="8015506", cn="博柏利", auth=("tmall", "burberry-official", "Burberry博柏利官方旗舰店"), line="Burberry Check"),
 "michael-kors": dict(mark="Michael Kors", noun="tote bag", cat="handbags", ref=(298, "USD"), model="30T3GTVT2L", cn="迈克高仕", auth=("amazon-us", "A6MKORS0FFICIAL", "Michael Kors"), line="MICHAEL Michael Kors"),
 "coach": dict(mark="Coach New York", noun="shoulder bag", cat="handbags", ref=(450, "USD"), model="CH857", cn="蔻驰", auth=("tmall", "coach-official", "COACH蔻驰官方旗舰店"), line="Tabby Shoulder Bag"),
 "bose": dict(mark="Bose", noun="noise cancelling headphones", cat="headphones", ref=(329, "USD"), model="NCH700", cn="博士音响", auth=("amazon-us", "A7BOSE0FFICIAL", "Bose"), line="QuietComfort"),
 "samsung": dict(mark="Samsung", noun="smartphone", cat="phones", ref=(799, "USD"), model="SM-S921B", cn="三星手机", auth=("amazon-us", "A8SAMSUNG0FFICIAL", "Samsung Electronics"), line="Galaxy Buds"),
 "apple": dict(mark="AirPods", noun="wireless earbuds", cat="earbuds", ref=(249, "USD"), model="MTJV3", cn="苹果公司", auth=("amazon-us", "A9APPLE0FFICIAL", "Apple"), line="iPhone"),
 "sony": dict(mark="Sony", noun="wireless headphones", cat="headphones", ref=(399, "USD"), model="WH-1000XM5", cn="索尼", auth=("amazon-us", "A10SONY0FFICIAL", "Sony"), line="PlayStation"),
 "canon": dict(mark="PowerShot", noun="digital camera", cat="cameras", ref=(649, "USD"), model="LP-E6NH", cn="佳能", auth=("amazon-us", "A11CANON0FFICIAL", "Canon USA"), line="PIXMA"),
 "honda": dict(mark="Honda", noun="front brake pads", cat="auto parts", ref=(60, "USD"), model="45022-TBA-A01", cn="本田", auth=("ebay", "honda-genuine-parts-us", "Honda Genuine Parts (demo dealer)"), line="Gold Wing"),
 "toyota": dict(mark="Toyota", noun="oil filter", cat="auto parts", ref=(12, "USD"), model="90915-YZZD1", cn="丰田", auth=("ebay", "toyota-parts-direct", "Toyota Parts Direct (demo dealer)"), line="Land Cruiser"),
 "bmw": dict(mark="BMW", noun="brake disc", cat="auto parts", ref=(140, "EUR"), model="34116860016", cn="宝马", auth=("amazon-de", "A12BMWTEILE", "BMW Original Teile"), line="M Performance"),
 "michelin": dict(mark="Michelin", noun="tyre", cat="tires", ref=(260, "USD"), model="PS4S 245/40ZR18", cn="米其林", auth=("tmall", "michelin-official", "米其林官方旗舰店"), line="Pilot Sport"),
 "shell": dict(mark="Helix Ultra", noun="5W-40 motor oil 4L", cat="motor oil", ref=(45, "USD"), model="550046375", cn="壳牌", auth=("tmall", "shell-official", "壳牌官方旗舰店"), line="Rimula"),
 "mars": dict(mark="Snickers", noun="chocolate bars 24 pack", cat="chocolate", ref=(24, "USD"), model="5000159461122", cn="士力架", auth=("amazon-us", "A13MARSWRIGLEY", "Mars Wrigley"), line="M&M's"),
 "danone": dict(mark="Aptamil", noun="infant formula 800g", cat="infant formula", ref=(358, "CNY"), model="APT-PF3-800", cn="爱他美", auth=("tmall", "aptamil-official", "爱他美官方旗舰店"), line="Nutricia"),
 "nestle": dict(mark="Nescafé", noun="instant coffee 200g", cat="coffee", ref=(12, "EUR"), model="NES-GOLD-200", cn="雀巢咖啡", auth=("amazon-us", "A15NESTLEUSA", "Nestlé USA"), line="Nespresso"),
 "coca-cola": dict(mark="Coca-Cola", noun="330ml cans x24", cat="soft drinks", ref=(69, "CNY"), model="KO-330-24", cn="可口可乐", auth=("tmall", "cocacola-official", "可口可乐官方旗舰店"), line="Fanta"),
 "ferrero": dict(mark="Ferrero Rocher", noun="chocolates 30 pieces", cat="chocolate", ref=(139, "CNY"), model="FR-T30", cn="费列罗", auth=("tmall", "ferrero-official", "费列罗官方旗舰店"), line="Nutella"),
 "loreal": dict(mark="Lancôme", noun="serum 50ml", cat="skincare", ref=(1080, "CNY"), model="LAN-GEN-50", cn="兰蔻", auth=("amazon-us", "A16LOREALUSA", "L'Oréal Paris"), line="Maybelline"),
 "estee-lauder": dict(mark="Estée Lauder", noun="night serum 50ml", cat="skincare", ref=(115, "USD"), model="ANR-50", cn="雅诗兰黛", auth=("tmall", "esteelauder-official", "雅诗兰黛官方旗舰店"), line="Advanced Night Repair"),
 "shiseido": dict(mark="Shiseido", noun="sunscreen 60ml", cat="sunscreen", ref=(32, "USD"), model="ANS-60", cn="资生堂", auth=("tmall", "shiseido-official", "资生堂官方旗舰店"), line="Anessa"),
 "gillette": dict(mark="Gillette", noun="razor blades 8 pack", cat="razor blades", ref=(32, "USD"), model="FUS5-PG-8", cn="吉列", auth=("amazon-us", "A17GILLETTE", "Gillette"), line="ProGlide"),
 "hasbro": dict(mark="Hasbro", noun="action figure", cat="action figures", ref=(55, "USD"), model="F3418", cn="孩之宝", auth=("amazon-us", "A18HASBRO", "Hasbro"), line="Nerf"),
 "lego": dict(mark="LEGO", noun="building set", cat="building sets", ref=(899, "USD"), model="75192", cn="乐高", auth=("amazon-us", "A19LEGO", "LEGO"), line="LEGO Technic"),
 "mattel": dict(mark="Barbie", noun="doll house", cat="dolls", ref=(199, "USD"), model="HJX74", cn="芭比", auth=("amazon-us", "A20MATTEL", "Mattel"), line="Hot Wheels"),
 "bandai": dict(mark="Gundam", noun="model kit 1/100", cat="model kits", ref=(55, "USD"), model="MG RX-78-2 Ver.3.0", cn="万代", auth=("tmall", "bandai-official", "万代官方旗舰店"), line="Gunpla"),
 "adobe": dict(mark="Photoshop", noun="12-month licence", cat="software licenses", ref=(263, "EUR"), model="65297630BA01A12", cn="奥多比", auth=("amazon-us", "A21ADOBE", "Adobe"), line="Creative Cloud"),
 "microsoft": dict(mark="Microsoft", noun="Windows 11 Pro licence key", cat="software licenses", ref=(199, "USD"), model="FQC-10528", cn="微软", auth=("amazon-us", "A22MICROSOFT", "Microsoft"), line="Xbox"),
 "nintendo": dict(mark="Nintendo", noun="Pro Controller", cat="accessories", ref=(69, "EUR"), model="HAC-013", cn="任天堂", auth=("amazon-us", "A23NINTENDO", "Nintendo"), line="Joy-Con"),
 "autodesk": dict(mark="AutoCAD", noun="1-year subscription", cat="software licenses", ref=(2030, "USD"), model="C1RK1-WW1762-L562", cn="欧特克", auth=("tmall", "autodesk-official", "Autodesk欧特克官方旗舰店"), line="Revit"),
 "pfizer": dict(mark="Viagra", noun="100mg 30 tablets", cat="prescription drugs", ref=(1700, "USD"), model="0069-4200-30", cn="万艾可", auth=("tmall", "pfizer-pharmacy-official", "辉瑞大药房官方旗舰店"), line="Lipitor"),
 "johnson-johnson": dict(mark="Tylenol", noun="Extra Strength 100 caplets", cat="otc", ref=(14, "USD"), model="TYL-ES-100", cn="泰诺", auth=("amazon-us", "A24KENVUE", "Johnson & Johnson Consumer"), line="Listerine"),
 "bayer": dict(mark="Bepanthen", noun="ointment 100g", cat="otc", ref=(119, "CNY"), model="BEP-100", cn="拜耳", auth=("amazon-de", "A25BAYERVITAL", "Bayer Vital"), line="Canesten"),
 "abbott": dict(mark="FreeStyle Libre", noun="glucose sensor", cat="medical devices", ref=(65, "EUR"), model="71988-01", cn="雅培", auth=("amazon-us", "A26ABBOTT", "Abbott Nutrition"), line="Similac"),
 "dyson": dict(mark="Dyson", noun="hair dryer", cat="hair care", ref=(429, "USD"), model="HD08", cn="戴森", auth=("amazon-us", "A27DYSON", "Dyson"), line="Airwrap"),
 "philips": dict(mark="Sonicare", noun="electric toothbrush", cat="electric toothbrushes", ref=(229, "USD"), model="HX9911", cn="飞利浦", auth=("amazon-de", "A28PHILIPS", "Philips"), line="Norelco"),
 "bosch": dict(mark="Bosch Professional", noun="cordless drill driver 12V", cat="power tools", ref=(119, "EUR"), model="GSR 12V-15", cn="博世", auth=("amazon-de", "A29BOSCH", "Bosch"), line="Bosch"),
 "panasonic": dict(mark="Panasonic", noun="wet/dry shaver", cat="shavers", ref=(279, "USD"), model="ES-LV9Q", cn="松下", auth=("tmall", "panasonic-official", "松下官方旗舰店"), line="Eneloop"),
 "the-north-face": dict(mark="The North Face", noun="puffer jacket", cat="jackets", ref=(330, "USD"), model="NF0A3C8D", cn="北脸", auth=("amazon-us", "A30TNF", "The North Face"), line="Nuptse"),
 "callaway": dict(mark="Callaway", noun="driver", cat="golf clubs", ref=(599, "USD"), model="PARADYM-AI-SMOKE-DR", cn="卡拉威", auth=("tmall", "callaway-official", "Callaway卡拉威官方旗舰店"), line="Paradym"),
 "yonex": dict(mark="Yonex", noun="badminton racket", cat="badminton rackets", ref=(1499, "CNY"), model="AX88D", cn="尤尼克斯", auth=("tmall", "yonex-official", "YONEX尤尼克斯官方旗舰店"), line="Astrox"),
 "wilson": dict(mark="Wilson", noun="tennis racket", cat="tennis rackets", ref=(269, "USD"), model="WR125711", cn="威尔胜", auth=("amazon-us", "A31WILSON", "Wilson Sporting Goods"), line="Pro Staff"),
 "rolex": dict(mark="Rolex", noun="automatic watch", cat="watches", ref=(10800, "USD"), model="126610LN", cn="劳力士", auth=("ebay", "rolex-certified-preowned-demo", "Rolex Certified Pre-Owned (demo retailer)"), line="Submariner"),
 "swarovski": dict(mark="Swarovski", noun="crystal necklace", cat="jewelry", ref=(2190, "CNY"), model="5636708", cn="施华洛世奇", auth=("amazon-us", "A32SWAROVSKI", "Swarovski"), line="Millenia"),
 "cartier": dict(mark="Cartier", noun="bracelet", cat="jewelry", ref=(7300, "USD"), model="B6067417", cn="卡地亚", auth=("tmall", "cartier-official", "Cartier卡地亚官方旗舰店"), line="Juste un Clou"),
 "pandora": dict(mark="Pandora Moments", noun="charm bracelet", cat="jewelry", ref=(75, "USD"), model="590702HV", cn="潘多拉珠宝", auth=("amazon-de", "A33PANDORA", "Pandora"), line="Pandora Moments"),
 "omega": dict(mark="Speedmaster", noun="chronograph watch", cat="watches", ref=(7400, "USD"), model="310.30.42.50.01.001", cn="欧米茄", auth=("tmall", "omega-official", "OMEGA欧米茄官方旗舰店"), line="Seamaster"),
}
IDS = list(B)
assert len(IDS) == 54

LOGO = {"canada-goose": "cbb78d4be270384c", "nike": "b8c68dcbda24c33a", "adidas": "fa95ca6a3198e692",
        "louis-vuitton": "b6cfc1308f278f30", "gucci": "eb94b4618c6b69ca", "bose": "fb93c04c8c3b9363",
        "samsung": "f8819ddc674ac067", "apple": "a86fc7c0903d3d0f", "honda": "bf91e4d058ef2416",
        "michelin": "ed2d366ad1d0c896", "mars": "be3bc1c49197f860", "loreal": "ea5a91338e8d674c",
        "lego": "f2da9c3423b8ce23", "adobe": "acf0979fc6018d63", "pfizer": "a7f0d80fcd397016",
        "dyson": "cae49d99b2b38534", "the-north-face": "f134c6cf999c8919", "rolex": "e9ccb3cab422ce2c"}

# single-word strong marks (used by letter-level disguises)
WORD = {k: v for k, v in {
 "canada-goose": "Canada Goose", "nike": "Nike", "adidas": "Adidas", "puma": "Puma", "levis": "Levis",
 "louis-vuitton": "Vuitton", "gucci": "Gucci", "burberry": "Burberry", "michael-kors": "Michael Kors",
 "coach": "Coach", "bose": "Bose", "samsung": "Samsung", "apple": "AirPods", "sony": "Sony", "canon": "Canon",
 "honda": "Honda", "toyota": "Toyota", "bmw": "BMW", "michelin": "Michelin", "shell": "Shell", "mars": "Snickers",
 "danone": "Aptamil", "nestle": "Nescafe", "coca-cola": "Coca-Cola", "ferrero": "Nutella", "loreal": "Lancome",
 "estee-lauder": "Estee Lauder", "shiseido": "Shiseido", "gillette": "Gillette", "hasbro": "Hasbro", "lego": "LEGO",
 "mattel": "Barbie", "bandai": "Gundam", "adobe": "Photoshop", "microsoft": "Microsoft", "nintendo": "Nintendo",
 "autodesk": "AutoCAD", "pfizer": "Viagra", "johnson-johnson": "Tylenol", "bayer": "Bepanthen", "abbott": "Similac",
 "dyson": "Dyson", "philips": "Philips", "bosch": "Bosch", "panasonic": "Panasonic", "the-north-face": "North Face",
 "callaway": "Callaway", "yonex": "Yonex", "wilson": "Wilson", "rolex": "Rolex", "swarovski": "Swarovski",
 "cartier": "Cartier", "pandora": "Pandora", "omega": "Omega"}.items()}

MARKETS = {"USD": ["ebay", "amazon-us", "walmart", "etsy", "mercari-us", "poshmark"],
           "EUR": ["ebay-de", "amazon-de", "vinted", "kleinanzeigen", "cdiscount", "allegro"],
           "CNY": ["taobao", "pinduoduo", "xianyu", "jd", "1688"],
           "GBP": ["ebay-uk", "depop"], "JPY": ["mercari-jp", "rakuten", "yahoo-auction"],
           "KRW": ["coupang", "bunjang", "11st"], "RUB": ["avito", "ozon", "wildberries"],
           "AED": ["noon", "dubizzle"], "THB": ["shopee-th", "lazada-th"], "INR": ["flipkart", "meesho"],
           "ILS": ["yad2", "zap"], "IDR": ["tokopedia", "shopee-id", "bukalapak"], "BRL": ["mercadolivre", "olx-br"],
           "MXN": ["mercadolibre-mx"], "TRY": ["trendyol", "sahibinden"], "VND": ["shopee-vn", "lazada-vn"],
           "PLN": ["allegro", "olx-pl"]}
RATE = {"USD": 1, "EUR": 0.92, "CNY": 7.2, "GBP": 0.79, "JPY": 150, "KRW": 1350, "RUB": 92, "AED": 3.67,
        "THB": 36, "INR": 83, "ILS": 3.7, "IDR": 15800, "BRL": 5.0, "MXN": 17, "TRY": 32, "VND": 25000, "PLN": 4.0}
SHIP = {"USD": "CN", "EUR": "CN", "CNY": "CN", "GBP": "HK", "JPY": "CN", "KRW": "CN", "RUB": "CN", "AED": "CN",
        "THB": "TH", "INR": "IN", "ILS": "CN", "IDR": "ID", "BRL": "CN", "MXN": "CN", "TRY": "TR", "VND": "VN", "PLN": "CN"}

ROWS: list[dict] = []
COUNTER = [0]


def money(amount, cur):
    return {"amount": round(float(amount), 2), "currency": cur}


def low(bid, frac=None, cur=None):
    """a price far below the brand's normal retail, optionally in another currency"""
    amt, c = B[bid]["ref"]
    frac = frac if frac is not None else R.uniform(0.06, 0.22)
    usd = amt / RATE[c] * frac
    cur = cur or c
    v = usd * RATE[cur]
    return money(max(v, 0.5) if cur not in ("KRW", "IDR", "VND", "JPY") else round(v, -2) or 100, cur)


def full(bid, frac=None, cur=None):
    amt, c = B[bid]["ref"]
    frac = frac if frac is not None else R.uniform(0.95, 1.15)
    cur = cur or c
    return money(amt / RATE[c] * frac * RATE[cur], cur)


def add(kind, cls, tactic, expected, title, desc="", price=None, category=None, seller=None, mp=None,
        attrs=None, url=None, images=None, ship=None):
    COUNTER[0] += 1
    n = COUNTER[0]
    cur = (price or {}).get("currency", "USD")
    mp = mp or R.choice(MARKETS.get(cur, ["ebay"]))
    if seller is None:
        sid = R.choice(["shop", "store", "deal", "trend", "best", "lux", "top", "mall", "hub", "world"]) + \
            R.choice(["_", "-", ""]) + str(R.randint(1000, 99999))
        seller = {"id": sid, "name": sid.replace("_", " ").title(), "country": ship or SHIP.get(cur, "CN")}
    L = {"marketplace": mp, "listing_id": f"o3-{n:05d}", "title": title, "description": desc,
         "seller": seller, "observed_at": f"2026-11-{R.randint(1, 30):02d}T{R.randint(0, 23):02d}:{R.randint(0, 59):02d}:00Z"}
    if price:
        L["price"] = price
    if category:
        L["category"] = category
    if attrs:
        L["attributes"] = attrs
    if url:
        L["url"] = url
    if images:
        L["images"] = images
    L["ship_from"] = ship or SHIP.get(cur, "CN")
    L["_label"] = {"kind": kind, "expected_brand": expected, "class": cls, "tactic": tactic}
    ROWS.append(L)


# rotating brand picker so that every brand gets used evenly by the generic classes
_cycle: list[str] = []


def next_brands(k, pool=None):
    out = []
    if pool is not None:
        p = list(pool)
        R.shuffle(p)
        return p[:k]
    while len(out) < k:
        if not _cycle:
            c = IDS[:]
            R.shuffle(c)
            _cycle.extend(c)
        b = _cycle.pop()
        if b not in out:
            out.append(b)
    return out


def C(cls, tactic, bid, title, desc="", **kw):
    add("counterfeit", cls, tactic, bid, title, desc, **kw)


def I(cls, tactic, title, desc="", **kw):
    add("innocent", cls, tactic, None, title, desc, **kw)


EN_CUES = ["AAA quality", "1:1 mirror", "top replica", "super copy", "UA version", "high-end copy"]

# ============================================================ COUNTERFEIT CLASSES
# ---- controls: the obvious, should be caught by any matcher
for b in next_brands(12):
    d = B[b]
    C("control_exact_cue", "mark spelled correctly with an explicit replica cue and a low price", b,
      f"{d['mark']} {d['noun']} {R.choice(EN_CUES)}", f"Same as original {d['mark']}, fast shipping, no box.",
      price=low(b), category=d["cat"])
for b in next_brands(12):
    d = B[b]
    C("control_cjk_alias_cue", "Chinese alias with 高仿/原单 cue, CNY price far below floor", b,
      f"{d['cn']} {d['noun']} 高仿 原单 品质", "顶级版本 支持验货 不退不换", price=low(b, cur="CNY"), category=d["cat"], mp="taobao")

# ---- model number only, no brand anywhere
for b in next_brands(14):
    d = B[b]
    C("model_number_only", "no brand word; only the registered model/part number, price far below floor", b,
      f"{d['model']} {d['noun']} new", "Top quality, identical to the picture. Ships in 3 days.", price=low(b), category=d["cat"])

# ---- brand only in description
GEN_TITLE = {"handbags": "Luxury leather handbag", "belts": "Designer leather belt", "watches": "Men's luxury automatic watch",
             "sneakers": "Retro low-top sneakers", "jewelry": "Women's fashion bracelet"}
for b in next_brands(14):
    d = B[b]
    t = GEN_TITLE.get(d["cat"], f"Premium {d['noun']}")
    C("description_only_mark", "title is generic; the mark appears only deep in a long description", b,
      t, ("Material: premium. Size chart in photos. Shipping 7-15 days. Payment via the platform only. "
          f"Quality: same factory as {d['mark']} original, mirror grade, comes with tags. Please leave 5 stars."),
      price=low(b), category=d["cat"])

# ---- brand only in item specifics
for b in next_brands(12):
    d = B[b]
    C("attributes_only_brand", "title/description generic; brand set only in item specifics (Brand / Marke / 品牌)", b,
      GEN_TITLE.get(d["cat"], f"{d['noun'].capitalize()} new with tags"), "Top quality replica, see specifics.",
      price=low(b), category=d["cat"], attrs={R.choice(["Brand", "Marke", "品牌", "Marca"]): WORD[b], "Condition": "New"})

# ---- brand only in the URL slug (title edited after approval, slug kept)
for b in next_brands(12):
    d = B[b]
    slug = WORD[b].lower().replace(" ", "-").replace("'", "")
    C("url_slug_only", "title edited to a generic one after approval; the listing URL slug still carries the brand", b,
      GEN_TITLE.get(d["cat"], f"{d['noun'].capitalize()} hot sale"), "Same as picture. AAA.",
      price=low(b), category=d["cat"], url=f"https://shop.example.com/item/{slug}-{d['noun'].split()[0]}-1-1-replica-{R.randint(10000, 99999)}")

# ---- invisible characters
ZW = ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff"]


def sprinkle(word, chars, k=2):
    w = list(word)
    pos = sorted(R.sample(range(1, len(w)), min(k, len(w) - 1)), reverse=True)
    for p in pos:
        w.insert(p, R.choice(chars))
    return "".join(w)


for b in next_brands(14):
    d = B[b]
    C("zero_width_inside", "zero-width space/joiner/word-joiner/BOM inserted inside the mark", b,
      f"{sprinkle(WORD[b], ZW)} {d['noun']} {R.choice(EN_CUES)}", "", price=low(b), category=d["cat"])
SH = ["\u00ad", "\u034f", "\ufe0f", "\u180e", "\u115f"]
for b in next_brands(14):
    d = B[b]
    C("soft_hyphen_variation_selector", "soft hyphen, combining grapheme joiner, variation selector, Mongolian vowel separator or Hangul filler inside the mark", b,
      f"{sprinkle(WORD[b], SH)} {d['noun']} mirror quality", "", price=low(b), category=d["cat"])

# ---- mathematical alphanumerics
MATH = [(0x1D400, 0x1D41A), (0x1D468, 0x1D482), (0x1D5A0, 0x1D5BA), (0x1D5D4, 0x1D5EE), (0x1D670, 0x1D68A)]


def mathify(s, st):
    up, lo = st
    return "".join(chr(up + ord(c) - 65) if "A" <= c <= "Z" else chr(lo + ord(c) - 97) if "a" <= c <= "z" else c for c in s)


for b in next_brands(14):
    d = B[b]
    C("math_alphanumeric", "mark written in Mathematical Bold/Sans/Monospace letters (social-media font generators)", b,
      f"{mathify(WORD[b], R.choice(MATH))} {d['noun']} 1:1", "", price=low(b), category=d["cat"])


# ---- enclosed / squared / regional indicators
def enclose(s):
    st = R.choice(["circ", "negcirc", "sq", "negsq", "ri"])
    out = []
    for c in s.upper():
        if not c.isalpha():
            out.append(c)
            continue
        o = ord(c) - 65
        out.append({"circ": chr(0x24B6 + o), "negcirc": chr(0x1F150 + o), "sq": chr(0x1F130 + o),
                    "negsq": chr(0x1F170 + o), "ri": chr(0x1F1E6 + o) + " "}[st])
    return "".join(out).strip()


for b in next_brands(14):
    d = B[b]
    C("enclosed_squared_letters", "mark in circled / negative-squared / squared letters or regional-indicator symbols", b,
      f"{enclose(WORD[b])} {d['noun']} top copy", "", price=low(b), category=d["cat"])

SMALL = dict(zip("abcdefghijklmnopqrstuvwxyz", "ᴀʙᴄᴅᴇꜰɢʜɪᴊᴋʟᴍɴᴏᴘǫʀꜱᴛᴜᴠᴡxʏᴢ"))
for b in next_brands(14):
    d = B[b]
    sc = "".join(SMALL.get(c, c) for c in WORD[b].lower())
    C("small_caps_ipa", "mark in Latin small capitals / IPA letters (ɢᴜᴄᴄɪ)", b,
      f"{sc} {d['noun']} replica grade", "", price=low(b), category=d["cat"])

FLIP = dict(zip("abcdefghijklmnopqrstuvwxyz", "ɐqɔpǝɟƃɥᴉɾʞlɯuodbɹsʇnʌʍxʎz"))
for b in next_brands(12):
    d = B[b]
    ud = "".join(FLIP.get(c, c) for c in reversed(WORD[b].lower()))
    C("upside_down_text", "mark written upside down (flipped letters in reverse order)", b,
      f"{d['noun']} {ud} AAA", "flip your phone to read the brand ;)", price=low(b), category=d["cat"])

for b in next_brands(12):
    d = B[b]
    rv = WORD[b][::-1].lower()
    C("reversed_spelling", "mark spelled backwards with a 'read it backwards' hint or reversed hashtag", b,
      f"#{rv.replace(' ', '')} {d['noun']} 1:1 (read backwards)", f"brand name is {rv} backwards, you know it", price=low(b), category=d["cat"])


def devowel(s):
    out = s[0]
    for c in s[1:]:
        if c.lower() not in "aeiou":
            out += c
    return out


for b in next_brands(14, pool=[k for k in IDS if len(WORD[k].replace(" ", "")) >= 5]):
    d = B[b]
    C("vowel_stripped", "vowels dropped from the mark (Rlx, Swrvsk) as in SMS shorthand", b,
      f"{' '.join(devowel(w) for w in WORD[b].split())} {d['noun']} replica AAA", "", price=low(b), category=d["cat"])

# ---- HTML / markup inside the mark
for b in next_brands(14):
    d = B[b]
    w = WORD[b]
    k = R.randint(1, len(w) - 1)
    form = R.choice(["ent", "span", "comment", "shy", "hex"])
    if form == "ent":
        h = w[:k] + f"&#{ord(w[k])};" + w[k + 1:]
    elif form == "span":
        h = w[:k] + "<span>" + w[k:] + "</span>"
    elif form == "comment":
        h = w[:k] + "<!-- -->" + w[k:]
    elif form == "shy":
        h = w[:k] + "&shy;" + w[k:]
    else:
        h = f"&#x{ord(w[0]):X};" + w[1:]
    C("html_markup_inside", "HTML entity, tag, comment or &shy; inside the mark as scraped raw from the page", b,
      f"{h} {d['noun']} <b>1:1</b>", f"<p>Top grade {h} copy, same as counter.</p>", price=low(b), category=d["cat"])

# ---- emoji letters
EMO = {"o": ["⭕", "🅾️", "⚪"], "x": ["❌", "✖️"], "i": ["ℹ️", "❗"], "a": ["🅰️"], "b": ["🅱️"], "m": ["Ⓜ️"], "p": ["🅿️"], "s": ["💲"]}
for b in next_brands(14, pool=[k for k in IDS if any(c in WORD[k].lower() for c in EMO)]):
    d = B[b]
    w = WORD[b]
    idx = [i for i, c in enumerate(w) if c.lower() in EMO]
    i = R.choice(idx)
    e = w[:i] + R.choice(EMO[w[i].lower()]) + w[i + 1:]
    C("emoji_letter_substitution", "one letter of the mark replaced by an emoji that looks like it (⭕ for o, ❌ for x, 💲 for s)", b,
      f"{e} {d['noun']} 🔥 best copy", "", price=low(b), category=d["cat"])

ART = {"N": "|\\|", "M": "|\\/|", "W": "\\/\\/", "V": "\\/", "A": "/-\\", "H": "|-|", "K": "|<", "D": "|)", "B": "|3",
       "L": "|_", "U": "|_|", "C": "(", "O": "()", "R": "|2", "G": "(_+", "P": "|*", "Y": "`/", "X": "><", "T": "~|~", "E": "[-"}
for b in next_brands(14):
    d = B[b]
    w = WORD[b].upper()
    idx = [i for i, c in enumerate(w) if c in ART]
    pick = set(R.sample(idx, min(2, len(idx))))
    a = "".join(ART[c] if i in pick else c for i, c in enumerate(w))
    C("ascii_art_letters", "letters of the mark drawn with several ASCII symbols (|\\| for N, |3 for B, () for O)", b,
      f"{a} {d['noun']} rep", "", price=low(b), category=d["cat"])

USP = ["\u2009", "\u3000", "\u00a0", "\u2002", "\u205f", "\u202f", "\u2007"]
for b in next_brands(14):
    d = B[b]
    sp = R.choice(USP)
    C("unicode_spaced_letters", "every letter of the mark separated by thin / ideographic / no-break / figure spaces", b,
      f"{sp.join(WORD[b].replace(' ', ''))} {d['noun']} high copy", "", price=low(b), category=d["cat"])

for b in next_brands(12):
    d = B[b]
    w = WORD[b]
    k = R.randint(2, len(w) - 2) if len(w) > 3 else 1
    C("linebreak_split", "mark broken by a line break or end-of-line hyphenation in the description; title generic", b,
      GEN_TITLE.get(d["cat"], f"{d['noun'].capitalize()} sale"), f"Brand: {w[:k]}-\n{w[k:]} (mirror copy)\nNo returns.",
      price=low(b), category=d["cat"])

CYR = {"a": "а", "e": "е", "o": "о", "c": "с", "p": "р", "x": "х", "y": "у", "i": "і", "s": "ѕ"}


def stack(w):
    kind = R.choice(["cyr+zw", "leet+space", "accent+double", "full+zw"])
    if kind == "cyr+zw":
        s = "".join(CYR.get(c, c) for c in w)
        return sprinkle(s, ZW, 1), kind
    if kind == "leet+space":
        L = {"o": "0", "e": "3", "i": "1", "a": "4", "s": "5", "l": "1"}
        return " ".join(L.get(c.lower(), c) for c in w.replace(" ", "")), kind
    if kind == "accent+double":
        A = {"o": "ôô", "e": "éé", "a": "àà", "i": "îî", "u": "ûû"}
        idx = [i for i, c in enumerate(w) if c.lower() in A]
        if not idx:
            return w + w[-1], kind
        i = R.choice(idx)
        return w[:i] + A[w[i].lower()] + w[i + 1:], kind
    s = "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in w)
    return sprinkle(s, ZW, 1), kind


for b in next_brands(14):
    d = B[b]
    s, kind = stack(WORD[b])
    C("stacked_disguises", "two disguises at once (Cyrillic look-alikes + zero-width, leet + spaces, accents + doubled vowel, full-width + zero-width)", b,
      f"{s} {d['noun']} replica", "", price=low(b), category=d["cat"])

FANCY = dict(zip("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "卂乃匚ᗪ乇千Ꮆ卄丨ﾌҜㄥ爪几ㄖ卩Ɋ尺丂ㄒㄩᐯ山乂ㄚ乙"))
for b in next_brands(12):
    d = B[b]
    f = "".join(FANCY.get(c, c) for c in WORD[b].upper())
    C("cjk_fancy_font", "mark spelled with CJK characters that look like Latin capitals (几丨Ҝ乇 for NIKE)", b,
      f"{f} {d['noun']} 1:1", "", price=low(b), category=d["cat"])

# ---- seller impersonation
def imperson(sid):
    opts = [sid.replace("0", "O"), sid.replace("O", "0"), sid + "-store", sid.replace("official", "offical"),
            sid.replace("-", "_"), sid.upper() if sid.islower() else sid.lower(), "1" + sid]
    opts = [o for o in opts if o != sid]
    return R.choice(opts)


for b in next_brands(14):
    d = B[b]
    mp, sid, nm = d["auth"]
    C("authorized_seller_impersonation", "seller id one character off an authorized seller's (O/0, typo, suffix) and its display name copied, on the same marketplace", b,
      f"{d['mark']} {d['noun']} factory outlet clearance", "Official quality, warehouse clearance -70%.",
      price=low(b), category=d["cat"], mp=mp, seller={"id": imperson(sid), "name": nm + " Outlet", "country": "CN"})
for b in next_brands(12):
    d = B[b]
    mp, sid, nm = d["auth"]
    other = R.choice([m for m in ["ebay", "walmart", "mercari-us", "aliexpress", "shopee-sg", "wish"] if m != mp])
    C("authorized_id_wrong_marketplace", "an authorized seller's exact id and name squatted on a marketplace where the brand authorized nobody", b,
      f"{d['mark']} {d['noun']} official store", "Shipped from our overseas warehouse, 80% off.",
      price=low(b), category=d["cat"], mp=other, seller={"id": sid, "name": nm, "country": "CN"})

# ---- decoy: "selling the box, item is a free gift"
for b in next_brands(14):
    d = B[b]
    C("gift_with_box_decoy", "listing nominally sells the empty box / dust bag / packaging; the branded item is 'a free gift'", b,
      f"Empty box and dust bag for {d['mark']} {d['noun']} — {d['noun']} included as FREE GIFT",
      f"You are buying the packaging only. The {d['noun']} inside is a gift, not for sale. Grade AAA.",
      price=low(b, 0.05), category="packaging")

# ---- filed in a far category
FAR = ["home decor", "phone accessories", "toys", "books", "garden", "pet supplies", "stationery"]
for b in next_brands(14):
    d = B[b]
    C("miscategorized_far", "a plain counterfeit filed under an unrelated category to dodge category-scoped rules", b,
      f"{d['mark']} {d['noun']} top quality copy", "Put in this category for faster shipping. Real item as photo.",
      price=low(b), category=R.choice(FAR))

for b in next_brands(12):
    d = B[b]
    shop = WORD[b].replace(" ", "").replace("'", "") + R.choice(["OutletVIP", "_Factory", "Luxe2026", "MirrorShop", "-Wholesale"])
    C("shop_name_only", "brand appears only in the shop's name; title generic, price far below floor", b,
      GEN_TITLE.get(d["cat"], f"{d['noun'].capitalize()} hot sale"), "Same quality as counter. DM for more.",
      price=low(b), category=d["cat"], seller={"id": shop.lower(), "name": shop, "country": "CN"})

for b in next_brands(14):
    d = B[b]
    C("fake_disclaimer_wink", "pseudo-denial ('not {brand} 😉', 'no brand, you know which') that winks at the mark", b,
      f"NOT {d['mark']} 😉 {d['noun']} — you know which one",
      f"Not {WORD[b]}, wink wink. Same factory, same leather, same logo. Best price.", price=low(b), category=d["cat"])

for b in next_brands(12):
    d = B[b]
    cur = d["ref"][1]
    C("placeholder_price_deposit", "price set to a placeholder deposit (1.00) with the real price 'after chat'", b,
      f"{d['mark']} {d['noun']} 1:1 — price after chat", "Listed price is a deposit only. Real price 15% of retail, message us.",
      price=money(1, cur), category=d["cat"])

for b in next_brands(14):
    d = B[b]
    m = d["model"]
    v = R.choice([f"Ref.{m}-0001", f"{m}/DS", f"{m}-NEW", f"{m}(2026)", f"{m}.v2", f"#{m}#", f"{m}_BLK"])
    C("model_suffix_variant", "registered model number glued to a suffix/prefix (Ref., /DS, -NEW, _BLK, #…#)", b,
      f"{v} {d['noun']} AAA", "", price=low(b), category=d["cat"])

SIB = [("rolex", "126610LV Kermit dial watch", "watches", (9500, "USD")), ("rolex", "126710BLRO GMT watch", "watches", (10700, "USD")),
       ("sony", "WH-1000XM4 noise cancelling headphones", "headphones", (279, "USD")), ("sony", "WF-1000XM4 earbuds", "earbuds", (199, "USD")),
       ("louis-vuitton", "M41112 Speedy 25 bag", "handbags", (1600, "USD")), ("louis-vuitton", "M40996 Neverfull GM", "handbags", (2100, "USD")),
       ("nike", "DD1503-101 Dunk Low women's", "sneakers", (110, "USD")), ("nike", "CW2288-001 AF1 black", "sneakers", (115, "USD")),
       ("samsung", "SM-S926B Galaxy S24+", "phones", (899, "USD")), ("apple", "MQD83 AirPods Pro 2 Lightning", "earbuds", (249, "USD")),
       ("dyson", "HS08 multi-styler long barrel", "hair care", (599, "USD")), ("omega", "310.30.42.50.01.002 Moonwatch sapphire", "watches", (7900, "USD")),
       ("cartier", "B6067517 bracelet", "jewelry", (7100, "USD")), ("gucci", "406831 belt", "belts", (520, "USD"))]
for b, t, cat, (a, c) in SIB:
    C("sibling_model_unregistered", "a sibling reference/model number of a registered one (same family, one digit or suffix different), no house mark; at most a product-line nickname", b,
      f"{t} replica AAA", "", price=money(a * 0.08, c), category=cat)

for b in [k for k in LOGO][:12]:
    d = B[b]
    h = LOGO[b]
    v = int(h, 16) ^ (1 << R.randint(0, 63)) ^ (1 << R.randint(0, 63))
    C("logo_image_generic_text", "text says nothing; listing photo is the registered logo (pHash within 2 bits)", b,
      GEN_TITLE.get(d["cat"], f"{d['noun'].capitalize()} new arrival"), "see photos",
      price=low(b), category=d["cat"], images=[{"url": f"https://img.example.com/{R.randint(10**6, 10**7)}.jpg", "phash": f"{v:016x}"}])

DUPE = ["identical down to the serial number", "passes legit check apps", "comes with receipt and NFC tag", "indistinguishable from retail",
        "same materials as the boutique one", "can pass store authentication", "retail-identical packaging"]
for b in next_brands(14):
    d = B[b]
    C("dupe_identity_claim", "'dupe' listing that claims identity in words outside a fixed cue lexicon ('passes legit check', 'identical serial')", b,
      f"{d['mark']} {d['noun']} dupe — {R.choice(DUPE)}", f"{R.choice(DUPE).capitalize()}. Nobody will know.",
      price=low(b), category=d["cat"])

MW = {"canada-goose": ["Goose Canada", "C. Goose", "Canada-G"], "louis-vuitton": ["Vuitton Louis", "L. Vuitton", "Louis V."],
      "michael-kors": ["Kors Michael", "M. Kors", "Michael K."], "the-north-face": ["Face North", "N. Face", "North F."],
      "estee-lauder": ["Lauder Estee", "E. Lauder", "Estee L."], "ferrero": ["Rocher Ferrero", "F. Rocher"],
      "coca-cola": ["Cola-Coca", "C. Cola"], "bosch": ["Professional Bosch"], "abbott": ["Libre FreeStyle", "F. Style Libre"],
      "rolex": ["Perpetual Oyster", "O. Perpetual"], "callaway": ["Soft Chrome balls"], "wilson": ["Staff Pro 97"]}
for b in next_brands(14, pool=list(MW)):
    d = B[b]
    C("multiword_reordered_abbrev", "words of a multi-word mark swapped or reduced to an initial ('Vuitton Louis', 'N. Face')", b,
      f"{R.choice(MW[b])} {d['noun']} replica", "", price=low(b), category=d["cat"])
for b in R.sample([k for k in MW if k not in ()], 4):
    d = B[b]
    C("multiword_reordered_abbrev", "words of a multi-word mark swapped or reduced to an initial ('Vuitton Louis', 'N. Face')", b,
      f"{d['noun'].capitalize()} {R.choice(MW[b])} style AAA", "", price=low(b), category=d["cat"])

# ---- other scripts
KO = {"canada-goose": "캐나다구스", "nike": "나이키", "adidas": "아디다스", "louis-vuitton": "루이비통", "gucci": "구찌",
      "burberry": "버버리", "michael-kors": "마이클코어스", "bose": "보스 헤드폰", "dyson": "다이슨", "the-north-face": "노스페이스",
      "rolex": "롤렉스", "omega": "오메가", "cartier": "까르띠에", "pandora": "판도라 참", "swarovski": "스와로브스키", "lego": "레고",
      "yonex": "요넥스", "estee-lauder": "에스티로더"}
KO_CUE = ["미러급 레플리카", "S급 정품급", "1:1 미러급", "갓버젼", "레플 최고퀄"]
for b in R.sample(list(KO), 16):
    d = B[b]
    C("korean_hangul", "mark transliterated into Hangul with Korean replica slang (미러급, S급, 갓버젼)", b,
      f"{KO[b]} {R.choice(KO_CUE)} {d['noun']}", "정품과 구별 불가, 해외배송", price=low(b, cur="KRW"), category=d["cat"], mp="bunjang")
JA = {"rolex": "ロレックス", "gucci": "グッチ", "nike": "ナイキ", "louis-vuitton": "ルイヴィトン", "burberry": "バーバリー",
      "coach": "コーチ バッグ", "canada-goose": "カナダグース", "the-north-face": "ノースフェイス", "dyson": "ダイソン", "omega": "オメガ",
      "cartier": "カルティエ", "swarovski": "スワロフスキー", "lego": "レゴ", "nintendo": "ニンテンドー スイッチ", "estee-lauder": "エスティローダー",
      "yonex": "ヨネックス", "michael-kors": "マイケルコース"}
JA_CUE = ["N級品", "スーパーコピー", "最高級コピー", "S級品 本物同等"]
for b in R.sample(list(JA), 16):
    d = B[b]
    C("japanese_katakana", "mark in katakana with Japanese counterfeit grading slang (N級品, スーパーコピー)", b,
      f"{JA[b]} {R.choice(JA_CUE)} {d['noun']}", "送料無料 代引き不可", price=low(b, cur="JPY"), category=d["cat"], mp="yahoo-auction")
RU = {"rolex": "Ролекс", "gucci": "Гуччи", "nike": "Найк", "adidas": "Адидас", "louis-vuitton": "Луи Виттон", "burberry": "Бёрберри",
      "canada-goose": "Канада Гус", "the-north-face": "Норт Фейс", "dyson": "Дайсон", "samsung": "Самсунг", "omega": "Омега",
      "cartier": "Картье", "swarovski": "Сваровски", "lego": "Лего", "bosch": "Бош", "michael-kors": "Майкл Корс", "philips": "Филипс"}
RU_CUE = ["реплика люкс", "копия 1:1", "качество оригинала", "лакшери копия"]
for b in R.sample(list(RU), 16):
    d = B[b]
    C("cyrillic_transliteration", "mark transliterated phonetically into Cyrillic (not homoglyphs) with Russian cue words", b,
      f"{RU[b]} {R.choice(RU_CUE)}", "Доставка по всей России, оплата при получении", price=low(b, cur="RUB"), category=d["cat"], mp="avito")
AR = {"rolex": "رولكس", "gucci": "غوتشي", "nike": "نايكي", "adidas": "أديداس", "louis-vuitton": "لويس فيتون", "burberry": "بربري",
      "dyson": "دايسون", "samsung": "سامسونج", "apple": "ايربودز", "omega": "أوميغا", "cartier": "كارتييه", "swarovski": "سواروفسكي",
      "michael-kors": "مايكل كورس", "canada-goose": "كندا غوس"}
AR_CUE = ["كوبي ون", "ماستر كوالتي", "طبق الأصل", "هاي كوبي"]
for b in R.sample(list(AR), 14):
    d = B[b]
    C("arabic_script", "mark transliterated into Arabic with Gulf replica slang (كوبي ون = 'copy one', ماستر كوالتي)", b,
      f"{AR[b]} {R.choice(AR_CUE)}", "توصيل سريع داخل الإمارات", price=low(b, cur="AED"), category=d["cat"], mp="dubizzle")
TH = {"rolex": "โรเล็กซ์", "gucci": "กุชชี่", "nike": "ไนกี้", "adidas": "อาดิดาส", "louis-vuitton": "หลุยส์วิตตอง", "samsung": "ซัมซุง",
      "sony": "โซนี่", "dyson": "ไดสัน", "omega": "โอเมก้า", "cartier": "คาร์เทียร์", "pandora": "แพนดอร่า", "coach": "โค้ช",
      "michael-kors": "ไมเคิล คอร์ส", "burberry": "เบอร์เบอร์รี่", "shiseido": "ชิเซโด้"}
TH_CUE = ["เกรดมิลเลอร์", "งานก๊อปเกรดเอ", "งานเหมือนแท้", "เกรดท็อป"]
for b in R.sample(list(TH), 14):
    d = B[b]
    C("thai_script", "mark transliterated into Thai with Thai replica grading (เกรดมิลเลอร์ = mirror grade)", b,
      f"{TH[b]} {R.choice(TH_CUE)} {d['noun']}", "ส่งฟรี เก็บเงินปลายทาง", price=low(b, cur="THB"), category=d["cat"], mp="shopee-th")
HI = {"rolex": "रोलेक्स", "nike": "नाइकी", "adidas": "एडिडास", "gucci": "गुच्ची", "louis-vuitton": "लुई वुइटन", "samsung": "सैमसंग",
      "apple": "आईफोन", "sony": "सोनी", "dyson": "डायसन", "omega": "ओमेगा", "michael-kors": "माइकल कोर्स", "puma": "प्यूमा", "levis": "लीवाइस"}
HI_CUE = ["फर्स्ट कॉपी", "मास्टर कॉपी", "7A क्वालिटी", "ओरिजिनल जैसी कॉपी"]
for b in R.sample(list(HI), 12):
    d = B[b]
    C("devanagari_hindi", "mark in Devanagari with Indian 'first copy / master copy' grading", b,
      f"{HI[b]} {R.choice(HI_CUE)} {d['noun']}", "कैश ऑन डिलीवरी उपलब्ध", price=low(b, cur="INR"), category=d["cat"], mp="meesho")
HE = {"rolex": "רולקס", "gucci": "גוצ'י", "nike": "נייקי", "adidas": "אדידס", "louis-vuitton": "לואי ויטון", "samsung": "סמסונג",
      "apple": "אייפון", "dyson": "דייסון", "omega": "אומגה", "cartier": "קרטייה", "pandora": "פנדורה", "swarovski": "סברובסקי", "lego": "לגו"}
HE_CUE = ["רפליקה", "העתק מדויק", "איכות מראה", "חיקוי AAA"]
for b in R.sample(list(HE), 12):
    d = B[b]
    C("hebrew_script", "mark transliterated into Hebrew with Hebrew replica words", b,
      f"{HE[b]} {R.choice(HE_CUE)} {d['noun']}", "משלוח חינם", price=low(b, cur="ILS"), category=d["cat"], mp="yad2")
PY = {"rolex": "Lao Li Shi", "gucci": "Gu Chi", "nike": "Nai Ke", "adidas": "A Di Da Si", "louis-vuitton": "Lu Yi Wei Deng",
      "dyson": "Dai Sen", "lego": "Le Gao", "canon": "Jia Neng", "cartier": "Ka Di Ya", "omega": "Ou Mi Jia", "swarovski": "Shi Hua Luo Shi Qi",
      "estee-lauder": "Ya Shi Lan Dai", "loreal": "Lan Kou", "burberry": "Ba Bao Li", "canada-goose": "Jia Na Da E", "coach": "Kou Chi"}
for b in R.sample(list(PY), 14):
    d = B[b]
    py = PY[b]
    py = R.choice([py, py.replace(" ", ""), py.lower().replace(" ", "")])
    C("pinyin_romanized", "the Chinese alias written in pinyin (laolishi, gu chi), as typed by sellers dodging Chinese-keyword filters", b,
      f"{py} {d['noun']} gao fang 1:1", "yuan dan, zhi chi yan huo", price=low(b), category=d["cat"])
CN_NICK = [("rolex", "绿水鬼 机械表 高仿", "watches"), ("rolex", "黑水鬼 潜航者 一比一", "watches"), ("louis-vuitton", "老花 托特包 原单", "handbags"),
           ("gucci", "双G 腰带 顶级复刻", "belts"), ("adidas", "椰子350 斑马 纯原", "sneakers"), ("nike", "空军一号 纯白 莆田", "sneakers"),
           ("canada-goose", "大鹅 羽绒服 顶级版本", "parkas"), ("loreal", "小黑瓶 精华 专柜同款 复刻", "skincare"),
           ("omega", "海马300 潜水表 复刻", "watches"), ("omega", "超霸 登月表 高仿", "watches"), ("cartier", "钉子手镯 18K 一比一", "jewelry"),
           ("cartier", "螺丝手镯 满天星 复刻版", "jewelry"), ("nike", "倒钩 AJ1 莆田 纯原", "sneakers"), ("apple", "华强北 AP2 降噪耳机 顶配", "earbuds")]
for b, t, cat in CN_NICK:
    C("cjk_nickname_slang", "Chinese community nickname for the product (绿水鬼, 老花, 双G, 椰子, 大鹅, 华强北 AP2) with no registered mark", b,
      t, "支持验货 专柜品质", price=low(b, cur="CNY"), category=cat, mp="xianyu")
EN_NICK = [("rolex", "Hulk Sub green dial 40mm clean factory", "watches"), ("rolex", "Pepsi GMT jubilee VSF", "watches"),
           ("rolex", "Batman GMT noob v3", "watches"), ("nike", "Panda Dunks low LJR batch", "sneakers"),
           ("nike", "Chicago 1s lost & found OG batch", "sneakers"), ("adidas", "Zebra 350 v2 PK batch", "sneakers"),
           ("omega", "Moonwatch hesalite OMF", "watches"), ("apple", "APP2 ANC earbuds with find my, H2 chip clone", "earbuds"),
           ("sony", "XM5s ANC headphones 1:1 clone", "headphones"), ("cartier", "Love bangle rose gold 1:1 screws", "jewelry"),
           ("louis-vuitton", "LV Neverfull MM DE canvas", "handbags"), ("the-north-face", "TNF 1996 retro puffer 700 fill", "jackets"),
           ("canada-goose", "CG Langford black disc", "parkas"), ("gucci", "GG Marmont matelassé OG", "handbags")]
for b, t, cat in EN_NICK:
    C("community_nickname_en", "rep-community nickname + factory/batch code (Hulk Sub, Panda Dunks, APP2, XM5s, VSF, LJR batch)", b,
      t, "W2C in bio. QC pics on request.", price=low(b), category=cat)
LOGOW = [("nike", "Swoosh logo retro low sneakers white/black", "sneakers"), ("nike", "Jumpman logo high top basketball shoes", "sneakers"),
         ("adidas", "Three stripes trefoil logo track jacket", "sportswear"), ("adidas", "3-stripe boost running shoes triple black", "sneakers"),
         ("rolex", "Crown logo diver watch green bezel", "watches"), ("louis-vuitton", "Brown flower monogram canvas tote, LV initials", "handbags"),
         ("gucci", "Interlocking double G buckle leather belt", "belts"), ("burberry", "Nova check camel cashmere scarf with knight logo", "scarves"),
         ("apple", "Bitten apple logo wireless earbuds white", "earbuds"), ("puma", "Leaping cat formstrip suede sneakers", "sneakers"),
         ("levis", "Red tab arcuate stitch 501 jeans", "jeans"), ("michelin", "Tyre with the tyre-man mascot on the sidewall", "tires"),
         ("the-north-face", "Half-dome logo puffer jacket 700 fill", "jackets"), ("canada-goose", "Arctic disc patch parka coyote trim", "parkas"),
         ("coach", "Horse and carriage logo signature canvas bag", "handbags"), ("cartier", "Panther head ring 18k gold", "jewelry")]
for b, t, cat in LOGOW:
    C("logo_described_in_words", "the logo described in words (swoosh, three stripes, crown, interlocking G) instead of the name", b,
      t + " AAA", "Logo exactly like the original.", price=low(b), category=cat)
ULINE = [("rolex", "GMT-Master II 126710 jubilee", "watches"), ("rolex", "Yacht-Master 40 everose", "watches"), ("nike", "Cortez leather classic", "sneakers"),
         ("nike", "Vomero 5 cobblestone", "sneakers"), ("adidas", "Gazelle Indoor blue fusion", "sneakers"), ("adidas", "Campus 00s grey", "sneakers"),
         ("louis-vuitton", "Pochette Métis reverse", "handbags"), ("louis-vuitton", "OnTheGo MM tote", "handbags"), ("gucci", "Jackie 1961 small bag", "handbags"),
         ("gucci", "Horsebit 1955 shoulder bag", "handbags"), ("dyson", "Corrale straightener", "hair care"), ("canada-goose", "Chateau Parka black label", "parkas"),
         ("the-north-face", "Himalayan down parka", "jackets"), ("omega", "Aqua Terra 150M blue", "watches"), ("cartier", "Tank Française steel", "watches"),
         ("callaway", "Rogue ST MAX driver", "golf clubs"), ("wilson", "Blade 98 v9 racket", "tennis rackets"), ("yonex", "Duora 10 racket", "badminton rackets")]
for b, t, cat in ULINE:
    C("unregistered_product_line", "a well-known product line the registry does not list (GMT-Master, Cortez, Pochette Métis), no brand name", b,
      f"{t} 1:1 top quality", "", price=low(b), category=cat)
TR = [("canada-goose", "Kanada Gans Parka Daunen, Original-Qualität Kopie", "parkas", "EUR"), ("canada-goose", "Parka Oie du Canada copie haut de gamme", "parkas", "EUR"),
      ("canada-goose", "Parka Ganso Canadiense réplica AAA", "parkas", "MXN"), ("the-north-face", "Chaqueta La Cara Norte réplica AAA", "jackets", "MXN"),
      ("the-north-face", "Doudoune Face Nord copie 1:1", "jackets", "EUR"), ("the-north-face", "Северное Лицо пуховик копия", "jackets", "RUB"),
      ("hasbro", "Mi Pequeño Pony muñeca réplica barata", "toys", "MXN"), ("hasbro", "Mein kleines Pony Figur Nachbau", "toys", "EUR"),
      ("mattel", "Ruedas Calientes carritos réplica 20 piezas", "die-cast cars", "MXN"), ("cartier", "Just a Nail bracelet gold 1:1", "jewelry", "USD"),
      ("nike", "Fuerza Aérea 1 blancos réplica AAA", "sneakers", "MXN"), ("estee-lauder", "Réparation de Nuit Avancée sérum copie", "skincare", "EUR"),
      ("rolex", "Ostra Perpetua reloj automático réplica", "watches", "MXN"), ("adobe", "Nube Creativa todas las apps licencia de por vida", "software licenses", "MXN")]
for b, t, cat, cur in TR:
    C("translated_multiword_mark", "a multi-word mark translated word for word into another language (Kanada Gans, La Cara Norte, Just a Nail)", b,
      t, "", price=low(b, cur=cur), category=cat)
EVF = [("coach", "Coach", "tas KW super premium", "handbags", "IDR"), ("pandora", "Pandora", "charm réplica primeira linha", "charms", "BRL"),
       ("omega", "Omega", "Constellation çakma A kalite saat", "watches", "TRY"), ("samsung", "Galaxy", "S24 Ultra hàng fake 1 giá rẻ", "phones", "VND"),
       ("shell", "Shell", "Helix 5W-40 olej podróbka tanio", "motor oil", "PLN"), ("nintendo", "Switch", "OLED konsol replika birebir", "consoles", "TRY"),
       ("canon", "Canon", "EOS kamera KW grade ori", "cameras", "IDR"), ("apple", "Apple", "Watch Ultra clon calidad espejo", "phones", "MXN"),
       ("cartier", "Love", "pulseira parafuso ouro réplica primeira linha", "jewelry", "BRL"), ("nike", "Jordan", "retro 4 hàng rep 1:1", "sneakers", "VND"),
       ("rolex", "Daytona", "panda dial çakma birebir", "watches", "TRY"), ("louis-vuitton", "Speedy", "30 tas KW mirror", "handbags", "IDR"),
       ("mars", "Dove", "cioccolato falso d'autore ingrosso", "chocolate", "EUR"), ("puma", "Puma", "tenis réplica primeira linha", "sneakers", "BRL"),
       ("microsoft", "Office", "2021 klucz podróbka dożywotni", "software licenses", "PLN"), ("dyson", "Supersonic", "máy sấy hàng fake 1", "hair care", "VND"),
       ("adobe", "Illustrator", "lisans çakma ömür boyu", "software licenses", "TRY"), ("hasbro", "Monopoly", "jogo réplica primeira linha", "board games", "BRL")]
for b, m, rest, cat, cur in EVF:
    C("everyday_mark_foreign_cue", "an everyday-word mark (Coach, Galaxy, Switch, Love, Speedy) with the replica cue in a language other than English/Chinese (KW super, réplica primeira linha, çakma, hàng fake, podróbka)", b,
      f"{m} {rest}", "", price=low(b, cur=cur), category=cat)
PH = [("rolex", "Rollecks"), ("rolex", "Roleks"), ("gucci", "Gootchy"), ("gucci", "Guchi"), ("nike", "Nykee"), ("adidas", "Addeedas"),
      ("louis-vuitton", "Lewie Vweeton"), ("louis-vuitton", "Louie Vitton"), ("burberry", "Berbury"), ("swarovski", "Swarofsky"),
      ("cartier", "Kartee-ay"), ("dyson", "Dyzon"), ("michael-kors", "Mikel Cores"), ("estee-lauder", "Esty Lawder"),
      ("gillette", "Jillet"), ("yonex", "Yonnecks")]
for b, w in PH:
    d = B[b]
    C("phonetic_respelling", "sound-alike respelling two or more edits away (Rollecks, Gootchy, Swarofsky)", b,
      f"{w} {d['noun']} top copy", "", price=low(b), category=d["cat"])
INIT = [("louis-vuitton", "LV", "handbags"), ("canada-goose", "CG", "parkas"), ("the-north-face", "TNF", "jackets"),
        ("michael-kors", "MK", "handbags"), ("gucci", "GG", "belts"), ("estee-lauder", "EL", "skincare"),
        ("nike", "AJ1", "sneakers"), ("nike", "AF1", "sneakers"), ("coca-cola", "CC", "merchandise"),
        ("johnson-johnson", "J&J", "otc"), ("bmw", "M Perf", "auto parts"), ("canon", "EOS", "cameras")]
for b, ini, cat in INIT:
    d = B[b]
    C("initialism_novel_cue", "initials of the mark with a replica cue outside the usual lexicon (mirror grade, god version, rep, PK batch)", b,
      f"{ini} {d['noun']} {R.choice(['mirror grade', 'god version', 'rep', 'PK batch', 'top tier rep'])}", "", price=low(b), category=cat)

# ============================================================ INNOCENT CLASSES
auth_b = R.sample(IDS, 24)
for b in auth_b:
    d = B[b]
    mp, sid, nm = d["auth"]
    I("authorized_seller_listing", "the brand's own authorized seller listing a genuine item at retail price", f"{d['mark']} {d['noun']} {d['model']} genuine",
      "Official store. Manufacturer warranty.", price=full(b), category=d["cat"], mp=mp, seller={"id": sid, "name": nm, "country": "US" if mp.startswith("amazon-us") else "CN"})
for b in R.sample(IDS, 12):
    d = B[b]
    mp, sid, nm = d["auth"]
    I("authorized_seller_sale", "authorized seller running a clearance sale well below the usual price", f"{d['mark']} {d['noun']} — Black Friday -60%",
      "Official store clearance, last season. Limited stock.", price=full(b, 0.35), category=d["cat"], mp=mp, seller={"id": sid, "name": nm, "country": "CN"})
ACC = [("Clear silicone case for iPhone 15 Pro Max, shockproof", "phone accessories", 9.99), ("Screen protector for Samsung Galaxy S24, 3 pack tempered glass", "phone accessories", 7.99),
       ("Replacement ear pads for Bose QuietComfort 45 headphones, protein leather", "headphone accessories", 14.99),
       ("Silicone strap for Rolex Submariner 20mm, rubber band with curved ends", "watch accessories", 24.0),
       ("Hard carrying case for Sony WH-1000XM5", "headphone accessories", 15.99), ("Storage box for LEGO bricks, stackable, 3 pack", "storage", 19.99),
       ("Dust cover for Dyson Airwrap stand, velvet", "hair care accessories", 12.5), ("Charging dock for Nintendo Switch Joy-Con, 4 slots", "video game accessories", 17.99),
       ("Organizer insert for Louis Vuitton Neverfull MM, felt", "bag accessories", 21.0), ("Replacement brush heads compatible with Philips Sonicare, 8 pack", "electric toothbrushes", 11.99),
       ("Lens hood for Canon RF24-105mm F4L, third party", "camera accessories", 13.0), ("Screen protector for Apple Watch Ultra 49mm", "phone accessories", 6.5),
       ("Shoe trees for Nike Air Force 1, cedar", "shoe care", 18.0), ("Display case for Bandai Gundam MG 1/100 kits, acrylic", "display cases", 29.0),
       ("Golf head covers fit Callaway Paradym driver, leather", "golf accessories", 22.0), ("Battery charger for Canon LP-E6NH, dual USB-C", "camera accessories", 19.99),
       ("Grip tape for Yonex rackets, 3 pack, towel grip", "badminton accessories", 6.99), ("Bumper case for Samsung Galaxy Buds2 Pro", "phone accessories", 8.49),
       ("Floor mats for Toyota Land Cruiser 2016-2021, all weather", "auto accessories", 89.0), ("Key fob cover for BMW, silicone, 2 pcs", "auto accessories", 7.99)]
for t, cat, p in ACC:
    I("accessory_for_brand", "third-party accessory 'for' or 'compatible with' a branded product, ordinary price", t, "Brand: Generic. Not made by the original manufacturer.",
      price=money(p, "USD"), category=cat)
CMP = [("Ionic hair dryer 1800W — quieter than a Dyson Supersonic in our tests", "hair care", 59), ("Noise cancelling headphones, our own brand; compare with Sony WH-1000XM5", "headphones", 79),
       ("Not a Rolex: field watch 38mm, own design, Seiko NH35 movement", "watches", 189), ("Building bricks set 1200 pcs (not LEGO), own brand", "toys", 35),
       ("Earbuds with ANC — an affordable alternative to AirPods Pro, brand SoundPeats", "earbuds", 49), ("Cordless drill 12V, Makita brand, vs Bosch GSR 12V comparison inside", "power tools", 69),
       ("Chocolate hazelnut spread 400g, organic, no palm oil (unlike Nutella)", "spreads", 6.5), ("Down parka 700 fill, own brand — warmer than Canada Goose at 1/5 the price", "parkas", 249),
       ("Badminton racket own brand, same weight class as Yonex Astrox 88D", "badminton rackets", 45), ("Smartphone Pixel 8 — better camera than Samsung Galaxy S24 (review inside)", "phones", 499),
       ("Electric toothbrush Oral-B iO 5 — compared with Philips Sonicare", "electric toothbrushes", 99), ("Razor 5-blade own brand, fits no Gillette handle", "razors", 9.99),
       ("Vacuum cleaner Shark stick, a cheaper rival to the Dyson V15 Detect", "vacuum cleaners", 299), ("Sunscreen SPF50 Korean brand, similar texture to Anessa", "sunscreen", 14),
       ("Jeans straight fit, own brand, cut like classic Levi's 501", "jeans", 39), ("Tennis racket Head Speed MP — lighter than the Wilson Pro Staff", "tennis rackets", 189)]
for t, cat, p in CMP:
    I("honest_comparison", "own-brand or other-brand product honestly compared to a registered brand", t, "Not affiliated with the brand mentioned.",
      price=money(p, "USD"), category=cat)
EVD = [("Shell necklace, natural cowrie shells, beach jewelry", "jewelry", 12), ("Coach bus tour Edinburgh to Loch Ness, day trip ticket", "tickets", 55),
       ("Galaxy star projector night light for kids room", "home decor", 24), ("Light switch cover plate, brushed brass, 2 gang", "home improvement", 9),
       ("Omega-3 fish oil 1000mg, 120 softgels", "supplements", 15), ("Love sign wooden letters, wedding decoration", "home decor", 18),
       ("Monogram stamp kit, custom initials wax seal", "stationery", 22), ("Speedy delivery bike courier bag, waterproof 30L", "bags", 45),
       ("Fresh apples, Fuji, 5 kg box from the orchard", "fresh fruit", 14), ("Mars planet poster, NASA photo print 50x70", "posters", 19),
       ("Jordan almonds, sugar coated, wedding favours 1kg", "confectionery", 16), ("Dunk tank rental for school fair, per weekend", "party rentals", 180),
       ("Transformers for model railway, 16V AC, used lot of 3", "model trains", 25), ("Pedigree certificate template for dog breeders, printable", "pet supplies", 6),
       ("Surface cleaner spray for kitchen worktops, 750ml", "cleaning", 4), ("Office chair ergonomic mesh, lumbar support", "furniture", 139),
       ("Windows cleaning squeegee kit, telescopic pole", "cleaning", 27), ("Constellation map glow-in-the-dark ceiling stickers", "home decor", 11),
       ("Canon in D sheet music, string quartet arrangement", "sheet music", 8), ("Acrobat circus tickets, family pack, Saturday show", "tickets", 60)]
for t, cat, p in EVD:
    I("everyday_word_sense", "a registered mark's everyday meaning (shell, coach, galaxy, switch, omega-3, apple, Mars, canon)", t, "",
      price=money(p, "USD"), category=cat)
OWN = [("Dove Men+Care body wash 400ml, extra fresh", "personal care", 6.99, "Dove soap is Unilever's, not Mars's Dove chocolate"),
       ("Jordan Step toothbrush for kids, soft, Norwegian brand", "oral care", 3.5, "Jordan is also a Norwegian toothbrush maker"),
       ("Mars Hydro TS 1000 LED grow light", "garden", 129, "Mars Hydro is an unrelated lighting company"),
       ("Omega Engineering K-type thermocouple probe", "industrial", 35, "Omega Engineering, instruments"),
       ("Apple Jacks cereal 12.2 oz", "breakfast cereal", 4.49, "Kellogg's cereal"),
       ("Honda Odyssey all-weather floor mats 2018-2024", "auto accessories", 79, "Odyssey here is Honda's minivan, not Callaway's putter"),
       ("Triumph Daytona 675 clutch lever, CNC", "motorcycle parts", 29, "Daytona here is a Triumph motorcycle"),
       ("Mario Badescu facial spray with aloe, 236ml", "skincare", 12, "Mario Badescu is a skincare brand"),
       ("Jet Set Radio Future, original Xbox game, PAL", "video games", 45, "Sega game title"),
       ("Love Beauty and Planet shampoo, coconut, 400ml", "haircare", 7.5, "Unilever brand"),
       ("Constellation wine glasses, star-engraved, set of 4", "kitchen", 32, "everyday word"),
       ("Galaxy Cinemas gift voucher, IMAX, 2 seats", "tickets", 30, "cinema chain"),
       ("Puma Energy fuel card holder, leather", "accessories", 12, "Puma Energy is a fuel company"),
       ("Nest Learning Thermostat 3rd gen", "smart home", 199, "Google Nest, one letter off"),
       ("Speedy Gonzales vintage Looney Tunes glass 1973", "collectibles", 18, "cartoon character"),
       ("Maya Angelou, I Know Why the Caged Bird Sings, paperback", "books", 9.99, "author's first name equals Autodesk's Maya")]
for t, cat, p, why in OWN:
    I("same_word_other_owner", "the same word used as another company's trademark or a product name of another owner: " + why, t, "",
      price=money(p, "USD"), category=cat)
NM = [("Hugo BOSS Bottled eau de toilette 100ml", "fragrance", 79), ("Nikon Z6 II mirrorless body, used, 12k shutter", "cameras", 1099),
      ("Canton GLE 90 bookshelf speakers pair", "speakers", 399), ("Bauer Vapor hockey skates, senior size 9", "sports equipment", 299),
      ("Wilton cake decorating tips set, 52 pcs", "kitchen", 24), ("Pandoro Bauli Italian Christmas cake 1kg", "bakery", 14),
      ("Kindle Paperwhite 16GB, 2024, like new", "e-readers", 129), ("Phillips screwdriver set, 6 pcs, magnetic tips", "power tools", 15),
      ("Cab Calloway, Minnie the Moocher, 78 rpm shellac record", "vinyl records", 25), ("Shelly Plus 1PM smart relay, Wi-Fi", "smart home", 19),
      ("Sonos Era 100 speaker, black", "speakers", 249), ("Toyo Tires Proxes Sport 245/40R18", "tires", 189),
      ("Abbot Kinney's Venice Beach print, framed", "art", 60), ("Dyno-Tech OBD2 car diagnostic scanner", "auto parts", 39),
      ("Levitating moon lamp, 3D printed", "home decor", 45), ("Guess Luxe women's watch rose gold", "watches", 159),
      ("Omega Psi Phi fraternity jacket, embroidered", "apparel", 89), ("Bosco chocolate syrup 15 oz", "grocery", 5.99)]
for t, cat, p in NM:
    I("near_miss_other_brand", "a real other brand one or two letters from a registered mark (BOSS/Bose, Nikon, Canton, Bauer/Bayer, Pandoro, Kindle/Kinder, Phillips, Toyo)", t, "",
      price=money(p, "USD"), category=cat)
FW = [("Promo de mars : lot de 3 torchons en lin", "linge de maison", 19, "EUR", "fr"), ("Dove si trova il museo? Guida di Firenze, tascabile", "libri", 12, "EUR", "it"),
      ("Kinder Fahrradhelm, Größe S, blau", "Sport", 24, "EUR", "de"), ("Canon de arrendamiento: plantilla de contrato en Word", "documentos", 5, "EUR", "es"),
      ("Coach sportif à domicile, séance d'une heure", "services", 45, "EUR", "fr"), ("Hieronymus Bosch, Der Garten der Lüste, Kunstdruck 60x40", "Kunst", 29, "EUR", "de"),
      ("Mario Vargas Llosa, La ciudad y los perros, tapa blanda", "libros", 11, "EUR", "es"), ("Canone Rai 2026: come pagarlo, manuale", "libri", 7, "EUR", "it"),
      ("Mars 2027: väggkalender med svenska helgdagar", "kalendrar", 99, "SEK", "sv"), ("Puma ahşap oyuncak, el yapımı kedi figürü", "oyuncak", 150, "TRY", "tr"),
      ("Bola de futebol, tamanho 5, marca própria (não é Wilson)", "esportes", 59, "BRL", "pt"), ("Klub seniora Omega - karnet na zajęcia, miesięczny", "usługi", 80, "PLN", "pl"),
      ("Tas kulit asli buatan Garut, bukan merek, jahitan tangan", "tas", 450000, "IDR", "id"), ("Giày thể thao nội địa, không phải Nike, bảo hành 6 tháng", "giày", 450000, "VND", "vi"),
      ("Kinderwagen 3-in-1, grau, gebraucht", "Baby", 180, "EUR", "de")]
for t, cat, p, cur, lang in FW:
    I("foreign_word", f"a word in another language ({lang}) that equals or resembles a mark (mars = March, dove = where, Kinder = children, canon = fee, Bosch painter)", t, "",
      price=money(p, cur), category=cat, mp=("blocket" if cur == "SEK" else None))
CJ = [("三星堆 青铜面具 复制品 博物馆文创 摆件", "文创", 128), ("烟台 红富士 苹果 新鲜水果 5斤装", "水果", 39), ("博士 学位 论文 装订 硬壳 代印", "印刷服务", 60),
      ("三星级酒店 双人间 一晚 含早餐", "酒店", 299), ("潘多拉魔盒 希腊神话 绘本", "图书", 35), ("儿童 风火轮 溜冰鞋 闪光轮 可调节", "运动", 89),
      ("北面 阳台 遮阳网 加密 防晒", "家居", 25), ("身高 高达 2米 的 猫爬架 实木", "宠物用品", 399), ("德育 课本 小学 三年级 上册", "图书", 12),
      ("小黑瓶 滴管 精油分装瓶 10ml 空瓶", "分装工具", 9.9), ("苹果 树苗 嫁接 红富士 三年苗", "园艺", 15), ("书法家 王健达 手写 春联 真迹", "运动", 29),
      ("加拿大 枫糖浆 有机 500ml 进口", "食品", 79), ("法国 依云小镇 旅游 攻略 电子版", "旅游", 5)]
for t, cat, p in CJ:
    I("cjk_everyday", "Chinese text where a registered alias is an ordinary word or a part of one (三星堆 replicas, 苹果 fruit, 博士 PhD, 三星级 hotel, 高达 'up to')", t, "",
      price=money(p, "CNY"), category=cat, mp=R.choice(["taobao", "xianyu", "pinduoduo"]))
BK = [("Shoe Dog: A Memoir by the Creator of Nike, Phil Knight, hardcover", "books", 18), ("The Rolex Book: 100 Years of Watches, coffee-table edition", "books", 65),
      ("Becoming Steve Jobs — Apple history, paperback", "books", 14), ("Haynes manual Honda Civic 2006-2011", "books", 24),
      ("LEGO Ideas Book, DK, 500 building ideas", "books", 19), ("Gucci: The Making of a House, documentary DVD", "dvd", 12),
      ("House of Gucci (2021) Blu-ray", "movies", 14), ("Parody t-shirt 'Just Don't Do It' sloth print", "t-shirts", 19),
      ("How to spot a fake Louis Vuitton — authentication e-guide PDF", "ebooks", 9), ("The Coca-Cola Company: A Business History, hardcover", "books", 32),
      ("Freeman Dyson, Disturbing the Universe, 1979 first edition", "books", 45), ("Michelin Guide Great Britain & Ireland 2026", "books", 29),
      ("Nintendo Power magazine lot, 1990-1995, 40 issues", "magazines", 150), ("Barbie (2023) 4K UHD Blu-ray", "movies", 22)]
for t, cat, p in BK:
    I("book_media_parody", "book, film, manual, magazine, guide or parody about the brand (not the brand's goods)", t, "",
      price=money(p, "USD"), category=cat)
RP = [("iPhone 15 screen repair, same day, London Bridge", "repair services", 129), ("Rolex service and overhaul by independent watchmaker, 2-year warranty", "repair services", 650),
      ("Dyson V11 battery replacement service, mail-in", "repair services", 79), ("PS5 HDMI port repair, fast turnaround", "repair services", 89),
      ("Canon camera sensor cleaning service", "repair services", 60), ("Louis Vuitton bag restoration: edge paint and vachetta cleaning", "repair services", 180),
      ("Samsung Galaxy S24 back glass replacement, parts and labour", "repair services", 99), ("Bose headphones repair: hinge and headband", "repair services", 45),
      ("Nintendo Switch Joy-Con drift repair, both sticks", "repair services", 35), ("Professional authentication service for Gucci and Cartier items, written certificate", "authentication services", 40),
      ("BMW coding and key programming, mobile service", "auto services", 120), ("Honda Gold Wing annual maintenance, dealer-certified mechanic", "auto services", 320),
      ("Omega Speedmaster crystal replacement service", "repair services", 210), ("Swarovski crystal figurine glue repair, restoration", "repair services", 25)]
for t, cat, p in RP:
    I("repair_or_authentication_service", "repair, servicing or authentication of the brand's goods by a third party", t, "",
      price=money(p, "USD"), category=cat)
RT = [("Canon EOS R6 Mark II rental per day", "cameras", 45, "USD"), ("Sony ILCE-7M4 Alpha 7 IV camera rent, daily rate", "cameras", 39, "USD"),
      ("Rent a Canada Goose Expedition Parka for your Arctic trip, per week", "parkas", 60, "USD"), ("Louis Vuitton Keepall 55 rental, per weekend", "luggage", 75, "USD"),
      ("Rolex Submariner rental for a wedding day, insured", "watches", 300, "USD"), ("PlayStation 5 console hire per day, with 2 controllers", "consoles", 25, "USD"),
      ("Dyson V15 Detect hire for end-of-tenancy cleaning, per day", "vacuum cleaners", 15, "GBP"), ("Xbox Series X rental weekly", "consoles", 35, "USD"),
      ("Bosch GBH 2-26 rotary hammer hire, per day", "power tools", 18, "EUR"), ("Cartier Love bracelet rental subscription, monthly", "jewelry", 150, "USD"),
      ("Sony WH-1000XM5 headphones rent for a flight, 5 days", "headphones", 20, "USD"), ("Nintendo Switch OLED rental per week, 3 games", "consoles", 22, "USD")]
for t, cat, p, cur in RT:
    I("rental_per_day", "rental or hire of a genuine branded item, priced per day/week far below the purchase floor", t, "Deposit required. Genuine item, returned after use.",
      price=money(p, cur), category=cat)
SU = [("Snickers single bar 50g", "chocolate", 1.25, "USD"), ("Coca-Cola 330ml can, single, chilled", "soft drinks", 3.5, "CNY"),
      ("Kinder Bueno 1 bar", "chocolate", 1.1, "EUR"), ("evian 330ml bottle, single", "bottled water", 3, "CNY"),
      ("Nescafé Gold sachet, single serve 2g", "coffee", 0.5, "EUR"), ("Gillette Mach3 blade refill, single cartridge, sealed", "razor blades", 3.5, "USD"),
      ("Band-Aid single plaster, individually wrapped, pack of 5", "first aid", 1.2, "EUR"), ("Listerine Cool Mint travel size 95ml", "otc", 2.5, "USD"),
      ("Tylenol Extra Strength 2-caplet travel pouch", "otc", 1.5, "USD"), ("Estée Lauder Advanced Night Repair 7ml deluxe sample from gift set (opened set)", "skincare", 12, "USD"),
      ("Ferrero Rocher 3 pieces pack", "chocolate", 2.99, "USD"), ("LEGO minifigure single, City police officer", "minifigures", 4.5, "USD")]
for t, cat, p, cur in SU:
    I("small_unit_genuine", "a single unit / sample / travel size of a genuine product, legitimately below the pack-size floor", t, "",
      price=money(p, cur), category=cat)
AP = [("Oil filter replaces Toyota 90915-YZZD1, cross reference, MANN W 68/3", "auto parts", 4.5, "USD"), ("Brake pads compatible with Honda 45022-TBA-A01, ceramic, aftermarket", "auto parts", 28, "USD"),
      ("Ink cartridge compatible with Canon PG-545, remanufactured, XL", "ink", 9.9, "EUR"), ("Replacement battery for Canon LP-E6NH, 2400mAh, third party", "camera accessories", 19, "USD"),
      ("Air filter equivalent to Honda 17220-5BA-A00, K&N style washable", "auto parts", 35, "USD"), ("Brake disc fits BMW 3 series, OE number 34116860016, ATE brand", "auto parts", 62, "EUR"),
      ("Replacement filter for Dyson TP07 purifier, HEPA, generic", "air purifier parts", 22, "USD"), ("Razor blades compatible with Gillette Fusion5 handles, 12 pack, own brand", "razor blades", 9, "USD"),
      ("Coffee capsules compatible with Nespresso Original, 50 pcs, L'OR", "coffee", 14, "EUR"), ("Toothbrush heads fit Philips Sonicare HX9911 handle, 8 pcs", "electric toothbrushes", 10, "USD"),
      ("Valeo wiper blades fit BMW X5, pair", "wiper blades", 29, "EUR"), ("Foil and cutter for Panasonic ES-LV9Q, aftermarket", "shavers", 19, "USD"),
      ("Overpatch adhesive covers for FreeStyle Libre sensors, 20 pcs", "medical devices", 6, "USD"), ("Joy-Con replacement analog sticks for Nintendo Switch, 4 pcs", "video game accessories", 8, "USD"),
      ("Charging cable for Apple MagSafe, 2m braided, third party", "chargers", 12, "USD"), ("Spark plug cross reference chart for Honda generators EU2200i, NGK", "auto parts", 6, "USD")]
for t, cat, p, cur in AP:
    I("aftermarket_part_crossref", "third-party consumable or spare part quoting the OEM part number it replaces", t, "",
      price=money(p, cur), category=cat)
WTB = [("WTB: Rolex Submariner 126610LN, full set, paying cash", "watches"), ("Looking for Canada Goose Langford parka size M, will pay well", "parkas"),
       ("Wanted: Louis Vuitton Neverfull MM, authentic only, with receipt", "handbags"), ("Buying old iPhones, any condition, Apple only", "phones"),
       ("ISO Nike Dunk Low Panda size 10, retail price", "sneakers"), ("Wanted: LEGO 75192 Millennium Falcon sealed, collector", "building sets"),
       ("Seeking Cartier Love bracelet size 17, genuine, will authenticate", "jewelry"), ("WTB Gucci GG Marmont small, black, authentic", "handbags"),
       ("Want to buy: Omega Speedmaster Moonwatch 310.30.42.50.01.001", "watches"), ("Wanted Dyson Airwrap, working or not", "hair care"),
       ("Buying Bose QC45 for parts", "headphones"), ("Wanted: Nintendo Switch OLED, paying up to 200", "consoles")]
for t, cat in WTB:
    I("wanted_to_buy", "a buyer's 'wanted' post naming the brand, with no item for sale", t, "Message me with photos and serial number.",
      price=money(0, "USD"), category=cat)
PN = [("Gucci Mane, The Return of East Atlanta Santa, vinyl LP", "vinyl records", 28), ("Wilson Pickett, In the Midnight Hour, 7\" single", "vinyl records", 15),
      ("Miguel Bosé, Bandido, vinilo 1984", "vinyl records", 20), ("Michael Jordan: The Last Dance, Blu-ray box", "movies", 25),
      ("Stan Smith, Norfolk: garden shears (my grandad's, vintage)", "garden", 18), ("Jordan Peterson, 12 Rules for Life, paperback", "books", 12),
      ("Levi Strauss & Co. founders biography, hardcover", "books", 21), ("Phillip Island MotoGP 2025 race poster", "posters", 15),
      ("Louis Armstrong Hot Five vinyl", "vinyl records", 30), ("James Dyson, Invention: A Life, autobiography", "books", 16),
      ("Cartier Island and Ashmore Reef nautical chart, Australia", "maps", 9), ("Mario Lanza Sings Caruso LP, 1967", "vinyl records", 12),
      ("Bayer Full, Welcome to Bayer Full, CD (Polish disco polo band)", "music", 10), ("Soichiro Honda: the man and his machines, biography", "books", 19)]
for t, cat, p in PN:
    I("person_or_place_name", "a person, band or place whose name contains a mark (Gucci Mane, Wilson Pickett, Miguel Bosé, Stan Smith, Soichiro Honda)", t, "",
      price=money(p, "USD"), category=cat)
GU = [("Men's down parka, hooded, fur trim, black", "parkas", 89), ("Wireless over-ear headphones, Bluetooth 5.3", "headphones", 29),
      ("Men's diver watch, automatic, 40mm, green bezel, unbranded", "watches", 120), ("Women's leather tote bag, tan", "handbags", 45),
      ("Leather belt with gold buckle, men's", "belts", 19), ("White leather low-top sneakers, unisex", "sneakers", 35),
      ("Stainless steel cuff bracelet, minimalist", "jewelry", 15), ("Cashmere blend check scarf, camel", "scarves", 25),
      ("Hair dryer 2000W ionic, foldable", "hair care", 22), ("Building blocks city set 800 pcs, compatible with major brands", "building sets", 25),
      ("Badminton racket carbon, 4U, pair", "badminton rackets", 30), ("Motor oil 5W-40 fully synthetic 4L, store brand", "motor oil", 19),
      ("Infant formula stage 3 800g, store brand", "infant formula", 98), ("Electric toothbrush sonic, 5 modes", "electric toothbrushes", 19),
      ("Software: free open-source image editor USB (GIMP)", "software", 5), ("Golf driver 10.5°, graphite shaft, unbranded", "golf clubs", 69)]
for t, cat, p in GU:
    I("generic_unbranded", "an unbranded product in a brand's category at a low price (price alone must not alert)", t, "No brand. New.",
      price=money(p, "USD"), category=cat)
SV = [("Airport transfer in a Toyota Land Cruiser, up to 6 passengers", "transport services", 80), ("Driving lessons in a Honda Civic, 10-hour package", "driving school", 350),
      ("Dyson Airwrap blowout styling at our salon, 45 min", "beauty services", 55), ("Wedding photography shot on Canon EOS R5, full day", "photography services", 1200),
      ("PlayStation 5 gaming lounge, hourly pass", "entertainment", 6), ("BMW M4 track day experience, 3 laps", "experiences", 199),
      ("LEGO birthday party workshop for kids, 2 hours", "party services", 150), ("Nespresso coffee bar hire for events, per day", "event services", 220),
      ("Golf lesson with Callaway club fitting, 1 hour", "sports services", 90), ("Tennis coaching, rackets provided (Wilson), per session", "sports services", 40),
      ("Shiseido facial at our spa, 60 minutes", "beauty services", 85), ("Photo booth with Canon DSLR for parties, 3 hours", "event services", 300)]
for t, cat, p in SV:
    I("service_using_branded_product", "a service that uses a branded product and says so (transfer in a Land Cruiser, salon with a Dyson)", t, "",
      price=money(p, "USD"), category=cat)

ING = [("Homemade Nutella brownies, box of 12, local bakery", "bakery", 18), ("Snickers cheesecake slices, 6 pack, made to order", "bakery", 24),
       ("Coca-Cola glazed ham, 2kg, Christmas pre-order, butcher's shop", "meat", 45), ("Kinder Bueno cupcakes, dozen, birthday party", "bakery", 30),
       ("M&M's cookie jar gift, homemade cookies 500g", "bakery", 15), ("Ferrero Rocher wedding tower, 100 chocolates arranged (chocolates bought retail)", "party supplies", 120),
       ("Cold brew coffee bags, own brand, stronger than Nespresso pods", "coffee", 12), ("Twix tart, whole 24cm, local patisserie", "bakery", 28),
       ("Formula dispenser, fits Aptamil and other 800g tins", "baby feeding", 15), ("Rose water facial mist, own brand, bottle shaped like the evian spray", "skincare", 8)]
for t, cat, p in ING:
    I("made_with_branded_ingredient", "a home-made or own-brand product that names the branded ingredient it is made with or resembles", t, "",
      price=money(p, "USD"), category=cat)
SCL = [("1:18 die-cast BMW M3 E30 replica by Minichamps, boxed", "die-cast cars", 95), ("1:43 Toyota Land Cruiser 70 replica model, Kyosho", "die-cast cars", 55),
       ("1:12 Honda Gold Wing motorcycle replica model, Maisto", "die-cast cars", 29), ("1:24 Michelin Bibendum resin figure, collectors' replica 30cm", "collectibles", 80),
       ("Dollhouse miniature Coca-Cola crate replica 1:12", "dollhouse miniatures", 9), ("1:6 scale replica Nike sneakers for action figures", "action figure accessories", 12),
       ("Apple-1 computer replica kit (Briel Computers), working 6502 board", "computers", 180),
       ("1:64 Shell tanker truck replica, vintage tin toy", "die-cast cars", 22), ("Museum replica Nike of Samothrace statue 40cm", "home decor", 75),
       ("Scale replica of the Mars Pathfinder rover, 1:10 model kit", "model kits", 65)]
for t, cat, p in SCL:
    I("scale_model_or_prop_replica", "'replica' meaning a miniature, scale model, statue or official replica jersey, not a counterfeit", t, "",
      price=money(p, "USD"), category=cat)
EBC = [("Monogram canvas tote, personalised with your own initials, handmade", "handbags", 48), ("Love knot bracelet, sterling silver", "jewelry", 35),
       ("Constellation pendant necklace, your zodiac sign, gold plated", "jewelry", 29), ("Dove grey cashmere scarf, plain knit", "scarves", 59),
       ("Generic aspirin 100mg, 100 tablets, store brand", "otc", 3.5), ("Tic tac toe wooden board game, travel size", "board games", 9),
       ("Nan's homemade strawberry jam, 3 jars", "spreads", 12), ("Superstar gold foil reward stickers for teachers, 500", "stationery", 6),
       ("Samba dance class DVD, beginners", "dvd", 10), ("Civic education textbook, grade 9", "books", 18),
       ("Chilliwack BC hiking map, waterproof", "maps", 14), ("Maya the Bee plush toy 25cm", "toys", 16),
       ("Uno de 50 silver ring, Spanish jewellery brand", "jewelry", 95), ("Pedigree Labrador puppy, KC registered, vaccinated", "pets", 900),
       ("Odyssey by Homer, Penguin Classics paperback", "books", 11), ("Base Camp Everest trek, 14-day guided package", "travel", 1500),
       ("Apple cider vinegar gummies, 60 count", "supplements", 14), ("Mars red oil paint 37ml tube, artists' quality", "art supplies", 7),
       ("Jordan River holy water, 100ml souvenir bottle", "souvenirs", 9), ("Speedy recovery get-well gift basket", "gifts", 39)]
for t, cat, p in EBC:
    I("everyday_word_brand_category", "a registered everyday-word mark used in its ordinary sense inside or near the brand's own category (monogram tote, love bracelet, generic aspirin, tic tac toe)", t, "",
      price=money(p, "USD"), category=cat)


def main():
    # sanity: every brand at least 8 times among counterfeits
    from collections import Counter
    cnt = Counter(r["_label"]["expected_brand"] for r in ROWS if r["_label"]["kind"] == "counterfeit")
    short = {b: cnt[b] for b in IDS if cnt[b] < 8}
    # top up under-represented brands with extra generic-class rows (deterministic)
    extra_classes = ["zero_width_inside", "math_alphanumeric", "html_markup_inside", "stacked_disguises", "model_suffix_variant", "unicode_spaced_letters"]
    k = 0
    for b, n in sorted(short.items()):
        for _ in range(8 - n):
            d = B[b]
            cls = extra_classes[k % len(extra_classes)]
            k += 1
            if cls == "zero_width_inside":
                t = f"{sprinkle(WORD[b], ZW)} {d['noun']} {R.choice(EN_CUES)}"
            elif cls == "math_alphanumeric":
                t = f"{mathify(WORD[b], R.choice(MATH))} {d['noun']} 1:1"
            elif cls == "html_markup_inside":
                w = WORD[b]
                t = f"{w[0]}&#{ord(w[1])};{w[2:]} {d['noun']} <b>1:1</b>"
            elif cls == "stacked_disguises":
                t = f"{stack(WORD[b])[0]} {d['noun']} replica"
            elif cls == "model_suffix_variant":
                t = f"{d['model']}/DS {d['noun']} AAA"
            else:
                t = f"{chr(0x2009).join(WORD[b].replace(' ', ''))} {d['noun']} high copy"
            C(cls, {"zero_width_inside": "zero-width space/joiner/word-joiner/BOM inserted inside the mark"}.get(cls, next(r['_label']['tactic'] for r in ROWS if r['_label']['class'] == cls)),
              b, t, "", price=low(b), category=d["cat"])
    with OUT.open("w", encoding="utf-8") as f:
        for r in ROWS:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    cnt = Counter(r["_label"]["expected_brand"] for r in ROWS if r["_label"]["kind"] == "counterfeit")
    kinds = Counter(r["_label"]["kind"] for r in ROWS)
    cc = Counter(r["_label"]["class"] for r in ROWS if r["_label"]["kind"] == "counterfeit")
    ic = Counter(r["_label"]["class"] for r in ROWS if r["_label"]["kind"] == "innocent")
    print(f"{len(ROWS)} listings: {dict(kinds)}; {len(cc)} counterfeit classes, {len(ic)} innocent classes; "
          f"min per brand {min(cnt[b] for b in IDS)}", file=sys.stderr)


if __name__ == "__main__":
    main()
