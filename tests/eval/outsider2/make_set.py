"""Builds set.jsonl: one Listing per line plus label fields _kind, _brand, _class (stripped by score.py).

python3 make_set.py  ->  writes set.jsonl next to this file (deterministic: seed 2)."""
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from brands import B  # noqa: E402
import transforms as T  # noqa: E402
from handwritten_fake import F  # noqa: E402
from handwritten_innocent import I  # noqa: E402

rnd = random.Random(2)
IDS = list(B)

MARKETPLACES = ["aliexpress", "taobao", "ebay", "amazon-us", "shopee", "lazada", "mercadolibre", "avito", "rakuten",
                "coupang", "jd", "pinduoduo", "wish", "vinted", "olx", "trendyol", "allegro", "facebook-marketplace",
                "instagram-shop", "temu", "dhgate", "kaspi", "jumia", "tokopedia"]
SELLERS = [("lux-outlet-888", "Lux Outlet 888"), ("bestdeal_hk", "BestDeal HK"), ("trendy.store2024", "Trendy Store"),
           ("shenzhen-digital-mall", "Shenzhen Digital Mall"), ("global_buyer_shop", "Global Buyer"),
           ("daigou-amy", "Amy代购"), ("warehouse-clearance-uk", "Warehouse Clearance UK"),
           ("moda-barata-mx", "Moda Barata"), ("kz-style", "KZ Style"), ("sneakerplug77", "Sneaker Plug"),
           ("watchfan_1999", "watchfan"), ("beauty-direct-gz", "Beauty Direct GZ"), ("tokyo-select", "Tokyo Select"),
           ("seoul-mall-kr", "Seoul Mall"), ("istanbul-carsi", "Çarşı"), ("mega-saver-ph", "Mega Saver"),
           ("john.d.smith", "John"), ("fashionista_ru", "Fashionista"), ("yiwu-gift-factory", "Yiwu Gift Factory"),
           ("putian-shoes-direct", "Shoes Direct"), ("preloved-luxe", "Preloved Luxe"), ("techzone-in", "TechZone")]
COUNTRIES = ["CN", "HK", "US", "GB", "RU", "TR", "KR", "JP", "BR", "MX", "IN", "ID", "TH", "PH", "DE", "PL", "VN"]

TEMPLATES = [
    ("{M} {noun} - AAA top quality", "Looks exactly like the real thing. Fast worldwide shipping."),
    ("{M} {noun} mirror quality", "Same materials as the original. Box included."),
    ("New {M} {noun}", "Factory direct price, wholesale welcome."),
    ("{M} {noun} 1:1 best version", ""),
    ("{M} {noun} alta calidad", "Envío gratis. Calidad espejo, igual al original."),
    ("{M} {noun} Top Qualität", "Neu ohne Etikett, originalgetreue Verarbeitung, Versand aus China."),
    ("{M} {noun} 高品质 原厂品质", "支持验货，工厂直销"),
    ("{M} {noun} factory outlet clearance", "Unbeatable price, limited stock!"),
    ("{M} {noun} high copy", "DM for more photos."),
    ("Brand new {M} {noun} wholesale", "Bulk orders welcome, OEM factory."),
]

SPLIT = {"samsung": "Sam sung", "panasonic": "Pana so nic", "michelin": "Mi che lin", "gillette": "Gil let te",
         "callaway": "Cal la way", "louis-vuitton": "Lou is Vuit ton", "swarovski": "Swa rov ski",
         "adidas": "A di das", "dyson": "D y s o n", "rolex": "R o lex", "burberry": "Bur ber ry", "cartier": "Car ti er",
         "philips": "Phi li ps", "shiseido": "Shi sei do", "nintendo": "Nin ten do", "wilson": "Wil s on",
         "yonex": "Yo n ex", "canada-goose": "Ca na da Goo se", "michael-kors": "Mi chael K ors", "estee-lauder": "Es tee Lau der",
         "the-north-face": "No rth Fa ce", "bose": "B o se", "sony": "S o ny", "gucci": "Gu c ci", "nike": "N i ke"}

MECH = [
    ("homoglyph_rare_script", T.rare_homoglyph),
    ("math_alphanumeric", T.math_alnum),
    ("enclosed_letters", T.enclosed),
    ("emoji_letter_swap", T.emoji_swap),
    ("small_caps", T.small_caps),
    ("superscript_letters", T.superscript),
    ("upside_down_text", T.upside_down),
    ("invisible_chars", T.invisible),
    ("combining_overlay", T.combining),
    ("html_markup", T.html),
    ("ascii_art_leet", T.ascii_art),
    ("cjk_lookalike_font", T.cjk_font),
    ("transposition", T.transpose),
    ("letter_doubling", T.doubling),
    ("disemvowel", T.disemvowel),
    ("syllable_split", None),
    ("exotic_whitespace_spacing", T.exotic_space),
    ("stacked_disguises", T.stacked),
    ("reversed_spelling", T.reverse),
]
PER_MECH = 10

rows = []
n = 0


def listing(title, desc, price, cat, marketplace=None, seller=None, attrs=None):
    global n
    n += 1
    mp = marketplace or rnd.choice(MARKETPLACES)
    sid, sname = seller or rnd.choice(SELLERS)
    d = {"marketplace": mp, "listing_id": "o2-%04d" % n, "title": title, "description": desc,
         "seller": {"id": sid, "name": sname, "country": rnd.choice(COUNTRIES)},
         "observed_at": "2026-11-30T%02d:%02d:00Z" % (n // 60 % 24, n % 60)}
    if price is not None:
        d["price"] = {"amount": price[0], "currency": price[1]}
    if cat:
        d["category"] = cat
    if attrs:
        d["attributes"] = attrs
    d["url"] = "https://%s.example/item/o2-%04d" % (mp, n)
    return d


def add(kind, brand, cls, d):
    d["_kind"], d["_brand"], d["_class"] = kind, brand, cls
    rows.append(d)


# mechanical disguises: each class 10 brands, a different slice of the brand list per class
# brands already used by the hand-written classes, so the generated ones fill the gaps
count = {b: 0 for b in IDS}
for items in F.values():
    for it in items:
        count[it[0]] += 1
for k, (cls, fn) in enumerate(MECH):
    made, used = 0, set()
    order = sorted(IDS, key=lambda b: (count[b], (IDS.index(b) * 7 + k * 13) % len(IDS)))
    for bid in order:
        if made == PER_MECH:
            break
        mark, cat, noun, low, fair = B[bid]
        if cls == "syllable_split":
            if bid not in SPLIT:
                continue
            disg = SPLIT[bid]
        elif cls == "disemvowel" and (len(mark) < 5 or sum(c.lower() in "aeiou" for c in mark[1:]) < 2):
            continue
        elif cls == "transposition" and len(mark) < 4:
            continue
        else:
            disg = fn(mark, made)
        if disg == mark:
            continue
        title_t, desc_t = TEMPLATES[(k + made) % len(TEMPLATES)]
        title = title_t.format(M=disg, noun=noun)
        add("counterfeit", bid, cls, listing(title, desc_t, low, cat))
        made += 1
        count[bid] += 1
    assert made == PER_MECH, cls

for cls, items in F.items():
    for it in items:
        if cls in ("seller_impersonation", "seller_name_only"):
            bid, title, desc, price, cat, mp, sid, sname = it
            d = listing(title, desc, price, cat, marketplace=mp, seller=(sid, sname))
        elif cls == "attributes_only":
            bid, title, desc, price, cat, attrs = it
            d = listing(title, desc, price, cat, attrs=attrs)
        else:
            bid, title, desc, price, cat = it
            d = listing(title, desc, price, cat)
        add("counterfeit", bid, cls, d)

for cls, items in I.items():
    for it in items:
        near, title, desc, price, cat = it[:5]
        extra = it[5] if len(it) > 5 else {}
        seller = (extra["seller_id"], extra["seller_name"]) if "seller_id" in extra else None
        d = listing(title, desc, price, cat, marketplace=extra.get("marketplace"), seller=seller,
                    attrs=extra.get("attributes"))
        d["_near"] = near
        add("innocent", None, cls, d)

with open(os.path.join(HERE, "set.jsonl"), "w") as f:
    for r in rows:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")
print("wrote", len(rows), "listings:", sum(r["_kind"] == "counterfeit" for r in rows), "counterfeit,",
      sum(r["_kind"] == "innocent" for r in rows), "innocent")
