#!/usr/bin/env python3
"""outsider10's held-out set for BrandSentry: python3 make_set.py --seed 10 [--out set.jsonl] (stdlib only).

One function per class; each returns its listings. Brands' products, markets and categories are in data.py."""
from __future__ import annotations

import argparse
import json
import random
from datetime import datetime, timedelta, timezone

from data import CAT, M, P

R = random.Random(10)
OUT = []
_ids = set()
BASE = datetime(2026, 11, 24, tzinfo=timezone.utc)

HANDLES = ["mega_deals", "shop4u", "bestbuy_outlet", "trendy_store", "luxe_corner", "kicks_hub", "daily_finds", "star_mall",
           "happy_home", "urban_style", "pro_gear", "techzone", "glamour_box", "smart_choice", "top_quality_shop", "fashion_city",
           "lucky_store", "vip_outlet", "prime_select", "goodluck_trading", "sunrise_mart", "blue_ocean", "golden_gate_shop",
           "maria_k", "jan_w", "ahmed_s", "lina88", "tomasz_p", "kenji_t", "minji_k", "olu_store", "wanjiru_m", "nguyen_shop",
           "putri_olshop", "carlos_m", "ana_b", "sergey_v", "oksana_l", "mehmet_y", "reza_k", "dana_l", "raj_electronics"]


def prod(b, i=None):
    name, items = P[b]
    it = items[i] if i is not None else R.choice(items)
    return name, it[0], it[1], it[2], it[3]


def money(usd, lo, hi, mkt):
    cur, rate = M[mkt][1], M[mkt][2]
    a = usd * R.uniform(lo, hi) * rate
    if rate >= 1000:
        a = round(a, -3) or 1000.0
    elif rate >= 100:
        a = float(round(a, -1)) or 10.0
    elif rate >= 15:
        a = float(round(a))
    else:
        a = round(a, 0) - 0.01 if a > 20 else round(a, 1) + 0.09
    return {"amount": max(a, 0.5), "currency": cur}


def cheap(usd):
    return (0.05, 0.2) if usd >= 150 else (0.12, 0.3) if usd >= 30 else (0.25, 0.45)


def mk(cls, kind, brand, mkt, title, desc="", price="auto", cat=None, tactic="", also=(), attrs=None, seller=None,
       url=None, images=None, catpath=None, usd=None, frac=None):
    mp, cur, rate, country = M[mkt]
    while True:
        lid = str(R.randint(10**9, 10**10))
        if lid not in _ids:
            _ids.add(lid)
            break
    if price == "auto":
        price = money(usd, *(frac or cheap(usd)), mkt)
    if seller is None:
        h = R.choice(HANDLES) + str(R.randint(1, 999))
        seller = {"id": h, "name": h.replace("_", " ").title(), "country": country}
    row = {"marketplace": mp, "listing_id": lid, "title": title, "description": desc, "seller": seller,
           "observed_at": (BASE + timedelta(minutes=R.randint(0, 60 * 24 * 6))).isoformat().replace("+00:00", "Z"),
           "ship_from": country}
    if url:
        row["url"] = url
    if price is not None:
        row["price"] = price
    if catpath or cat:
        row["category"] = catpath or CAT[cat]
    if attrs:
        row["attributes"] = attrs
    if images:
        row["images"] = [{"url": u} for u in images]
    row["_label"] = {"kind": kind, "brand": brand, "class": cls, "tactic": tactic, "lang": mkt.split("-")[0] + "-" + mkt.split("-")[1] if "-" in mkt else mkt,
                     "also": list(also)}
    OUT.append(row)
    return row


CLASSES = []


def cls(name, kind, tactic, novel=False, everyday=None):
    def deco(f):
        CLASSES.append((name, kind, tactic, novel, f))
        return f
    return deco


def cyc(seq, n):
    seq = list(seq)
    R.shuffle(seq)
    return [seq[i % len(seq)] for i in range(n)]

# ============================================================== counterfeit, everyday tactics
ALLB = list(P)


@cls("c_local_cheap_words", "counterfeit", "brand and product named plainly in the market's language with its everyday 'cheap / lowest price / COD' words, at a copy's price")
def _():
    T = {"vi-VN": ("{b} {p} giá rẻ, hàng mới 100%", "Giá rẻ nhất thị trường. Ship COD toàn quốc, được kiểm tra hàng trước khi nhận."),
         "id-ID": ("{b} {p} murah baru ready stok", "Harga paling murah se-Indonesia, bisa COD, kirim hari ini juga."),
         "tr-TR": ("{b} {p} sıfır uygun fiyat", "En uygun fiyat, kapıda ödeme, aynı gün kargo."),
         "es-MX": ("{b} {p} nuevo precio de remate", "Precio de remate, envío gratis a todo México, pago contra entrega en CDMX."),
         "pt-BR": ("{b} {p} novo preço de custo", "Preço de custo, envio imediato para todo o Brasil, aceito pix."),
         "ru-RU": ("{b} {p} новые, недорого", "Очень недорого. Отправка СДЭК по всей России, наложенный платёж."),
         "th-TH": ("{b} {p} ราคาถูก ของใหม่", "ราคาถูกที่สุด ส่งฟรี เก็บเงินปลายทางได้"),
         "ar-EG": ("{b} {p} جديد بأرخص سعر", "أرخص سعر في مصر، الدفع عند الاستلام، شحن لكل المحافظات"),
         "en-NG": ("{b} {p} cheap price, brand new", "Very affordable price. Pay on delivery within Lagos, waybill to other states."),
         "hi-IN": ("{b} {p} सबसे सस्ता, नया", "सबसे कम दाम, कैश ऑन डिलीवरी पूरे भारत में"),
         "bn-BD": ("{b} {p} কম দামে একদম নতুন", "সবচেয়ে কম দামে, সারা দেশে ক্যাশ অন ডেলিভারি"),
         "ur-PK": ("{b} {p} سستا نیا", "سب سے کم قیمت، پورے پاکستان میں کیش آن ڈیلیوری"),
         "uk-UA": ("{b} {p} нові, дешево", "Дуже дешево, відправка Новою поштою, оплата при отриманні."),
         "sw-KE": ("{b} {p} bei rahisi, mpya", "Bei nafuu kabisa, tunaleta mpaka mlangoni, lipa ukipokea.")}
    brands = ["nike", "dyson", "apple", "louis-vuitton", "samsung", "adidas", "gucci", "sony", "rolex", "bose", "michael-kors", "the-north-face", "loreal", "pfizer"]
    for mkt, b in zip(T, brands):
        n, p, usd, c, _m = prod(b)
        t, d = T[mkt]
        mk("c_local_cheap_words", "counterfeit", b, mkt, t.format(b=n, p=p), d, cat=c, usd=usd)


@cls("c_keyword_stuffed", "counterfeit", "a generic product's title stuffed with several famous brands and lines as search keywords, at a copy's price")
def _():
    rows = [("rolex", "omega", "Luxury Men Watch Rolex Submariner Omega Seamaster Automatic Mechanical Sapphire Waterproof Steel Green", "watches", 49),
            ("louis-vuitton", "gucci", "Women Tote Bag Louis Vuitton Neverfull Gucci Marmont Designer Luxury Leather Shoulder Handbag Large", "handbags", 35),
            ("nike", "adidas", "Nike Air Jordan 1 adidas Samba Men Women Running Shoes Sneakers Casual Trainers 36-45", "sneakers", 26),
            ("apple", "samsung", "TWS Earbuds AirPods Pro 2 Samsung Galaxy Buds ANC Wireless Bluetooth 5.3 Earphones Noise Cancelling", "earbuds", 11),
            ("bose", "sony", "Bose QuietComfort 45 Sony WH-1000XM5 Headphones Wireless Bluetooth Over Ear ANC Foldable", "headphones", 19),
            ("cartier", "pandora", "Cartier Love Bracelet Pandora Charm Bangle Women 18K Gold Plated Titanium Screw Bracelet Gift", "jewelry", 8),
            ("michael-kors", "coach", "Michael Kors Coach Crossbody Bag Women Jet Set Tabby Purse Leather Designer Handbag", "handbags", 23),
            ("canada-goose", "the-north-face", "Canada Goose Expedition Parka The North Face Nuptse Men Winter Down Jacket Thick Warm Hooded", "parkas", 64),
            ("dyson", "philips", "Hair Dryer Dyson Supersonic Philips Ionic 1600W High Speed Negative Ion Blow Dryer Salon", "hair care", 29),
            ("gucci", "burberry", "Gucci Burberry Cashmere Scarf Women Men Check Plaid Winter Shawl Designer Wrap", "scarves", 12),
            ("swarovski", "pandora", "Swarovski Crystal Necklace Pandora Heart Pendant Women Silver Chain Millenia Gift Box", "jewelry", 9),
            ("puma", "nike", "Puma Suede Nike Air Max Men Sneakers Retro Classic Skate Shoes Breathable 39-46", "sneakers", 21),
            ("omega", "rolex", "Omega Speedmaster Rolex Daytona Chronograph Men Quartz Watch Moonwatch Style Stainless", "watches", 39)]
    for b, also, t, c, usd in rows:
        mkt = R.choice(["en-CN", "en-CN-dh", "en-US-wish", "en-PH", "en-MY", "en-NG"])
        mk("c_keyword_stuffed", "counterfeit", b, mkt, t, "High quality. Fast shipping. 100% satisfaction guaranteed, contact us for any problem.",
           cat=c, usd=usd, frac=(0.9, 1.1), also=[also])


@cls("c_hashtags_desc", "counterfeit", "generic title; brand, line and copy tags only as hashtags in the description, at a copy's price")
def _():
    rows = [("nike", "🔥 New arrival sneakers, sizes 40-45", "DM to order 📩 #nike #dunk #dunklow #panda #sneakers #sneakerhead #kicks", "sneakers", 115, "en-US-fb"),
            ("louis-vuitton", "Classic tote bag brown canvas 👜", "#louisvuitton #lv #neverfull #lvbag #handbag #luxury #bagaddict", "handbags", 2030, "en-GB-depop"),
            ("rolex", "Automatic watch green bezel, new", "#rolex #submariner #hulk #watchesofinstagram #luxurywatch #wristcheck", "watches", 10250, "en-AU"),
            ("dyson", "Hair styler 5 in 1 long barrel", "#dyson #airwrap #dysonairwrap #hairstyler #curls #blowout", "hair care", 599, "en-PH"),
            ("gucci", "Leather belt double buckle gold", "#gucci #guccibelt #gg #designerbelt #menstyle", "belts", 520, "en-NG"),
            ("apple", "Wireless earbuds with ANC, white", "#airpods #airpodspro #apple #earbuds #noisecancelling", "earbuds", 249, "en-KE"),
            ("canada-goose", "Down parka arctic, men's M-XXL", "#canadagoose #expeditionparka #winterjacket #parka #goose", "parkas", 1495, "en-CA"),
            ("adidas", "Retro trainers white/green, all sizes", "#adidas #samba #sambaog #adidassamba #trainers #streetwear", "sneakers", 100, "en-GB-depop"),
            ("cartier", "Screw bangle bracelet gold tone 💛", "#cartier #lovebracelet #cartierlove #stackingbracelets #jewelry", "jewelry", 7100, "en-US-fb"),
            ("the-north-face", "Puffer jacket 700 fill black", "#thenorthface #tnf #nuptse #puffer #winterfit", "jackets", 330, "en-GB-depop"),
            ("michael-kors", "Large tote saffiano leather, new with tags", "#michaelkors #mk #jetset #mkbag #tote", "handbags", 228, "tl-PH"),
            ("swarovski", "Crystal necklace rainbow, gift box", "#swarovski #millenia #crystal #necklace #giftforher", "jewelry", 280, "en-MY"),
            ("omega", "Chronograph moon watch black dial", "#omega #speedmaster #moonwatch #omegawatches #chrono", "watches", 7000, "en-SG")]
    for b, t, d, c, usd, mkt in rows:
        mk("c_hashtags_desc", "counterfeit", b, mkt, t, d, cat=c, usd=usd)


@cls("c_dm_for_price", "counterfeit", "branded goods 'in stock, all sizes/colours' with no price or a placeholder price and 'DM / inbox for price'")
def _():
    rows = [("nike", "Nike Air Jordan 1 High Chicago available all sizes", "Inbox for price. Wholesale and retail. Delivery nationwide.", "en-NG", "sneakers", None),
            ("louis-vuitton", "Louis Vuitton Neverfull MM, Speedy 30, Keepall – in stock", "DM for price 📩 many colours available, restock every week", "en-KE", "handbags", None),
            ("rolex", "Rolex Submariner / Daytona / Datejust available", "Price in DM. Serious buyers only. Delivery with box.", "en-AE", "watches", None),
            ("gucci", "Gucci Marmont bags all colours", "PM for price po. Mine na!", "tl-PH", "handbags", 1),
            ("dyson", "Dyson Airwrap Complete 🔥 stock arrived", "Harga by chat ya kak, ready banyak", "id-ID", "hair care", 1),
            ("apple", "AirPods Pro 2 stock ready", "Inbox for price, bulk buyers welcome", "en-PK", "earbuds", None),
            ("adidas", "adidas Samba OG all sizes 36-45", "Price inbox. Delivery Accra and Kumasi.", "en-GH", "sneakers", None),
            ("canada-goose", "Canada Goose parkas men/women", "Цена в личке, все размеры в наличии", "ru-RU", "parkas", 1),
            ("the-north-face", "The North Face Nuptse 1996 all colours", "Fiyat için DM, toptan ve perakende", "tr-TR", "jackets", 1),
            ("michael-kors", "Michael Kors Jet Set tote new stock", "Giá inbox shop nha, hàng về liên tục", "vi-VN", "handbags", 1),
            ("burberry", "Burberry scarf classic check available", "للسعر راسلنا خاص، توصيل لكل المدن", "ar-SA", "scarves", None),
            ("cartier", "Cartier Love bracelet all sizes gold/rose/silver", "قیمت در دایرکت، ارسال به سراسر کشور", "fa-IR", "jewelry", None),
            ("samsung", "Samsung Galaxy S24 Ultra new stock", "Price on WhatsApp inbox, wholesale available", "en-KE", "phones", None)]
    for b, t, d, mkt, c, pr in rows:
        price = None if pr is None else {"amount": float(pr), "currency": M[mkt][1]}
        mk("c_dm_for_price", "counterfeit", b, mkt, t, d, price=price, cat=c)


@cls("c_fake_discount", "counterfeit", "a struck-through list price and a flash-sale discount (-80 %, today only) bringing new branded goods to a copy's price")
def _():
    rows = [("dyson", 0, "en-US"), ("dyson", 2, "de-DE-ebay"), ("apple", 2, "en-GB"), ("bose", 0, "fr-FR"), ("sony", 0, "es-ES"),
            ("samsung", 0, "it-IT"), ("canada-goose", 0, "en-CA"), ("rolex", 1, "en-AU"), ("louis-vuitton", 0, "nl-NL"),
            ("bosch", 0, "pl-PL"), ("callaway", 0, "en-US"), ("adobe", 0, "sv-SE"), ("the-north-face", 0, "fi-FI")]
    for b, i, mkt in rows:
        n, p, usd, c, _m = prod(b, i)
        price = money(usd, 0.1, 0.18, mkt)
        orig = money(usd, 1, 1, mkt)["amount"]
        t = R.choice(["{b} {p} -{d}% TODAY ONLY", "🔥 BLACK FRIDAY {b} {p} – {d}% OFF", "{b} {p} clearance sale -{d}%"])
        d = round(100 - 100 * price["amount"] / orig)
        mk("c_fake_discount", "counterfeit", b, mkt, t.format(b=n, p=p, d=d),
           f"Was {orig:.0f} {price['currency']}, now only {price['amount']} {price['currency']}! Limited stock, sale ends at midnight. Free shipping.",
           price=price, cat=c)


@cls("c_kids_sizes", "counterfeit", "the brand's signature item in children's or baby sizes (which the brand makes rarely or dear), at a copy's price")
def _():
    rows = [("canada-goose", "Canada Goose kids parka 2-12 years, fur hood", "parkas", 895, "en-GB"), ("gucci", "Gucci baby tracksuit GG 0-24 months", "kids", 650, "en-NG"),
            ("louis-vuitton", "Louis Vuitton kids mini backpack monogram", "handbags", 1500, "en-AE"), ("nike", "Nike Air Jordan 1 toddler sizes 22-35 Chicago", "sneakers", 80, "en-PH"),
            ("the-north-face", "The North Face kids Nuptse jacket 4-16y", "kids", 200, "pl-PL"), ("burberry", "Burberry girls check dress 3-10 yrs", "kids", 390, "en-KE"),
            ("michael-kors", "Michael Kors girls mini crossbody bag", "handbags", 150, "es-MX"), ("adidas", "adidas Samba kids sizes 28-35", "sneakers", 70, "tr-TR"),
            ("rolex", "Rolex kids watch Datejust small 28mm for boys", "watches", 6000, "ar-EG"), ("levis", "Levi's baby jeans 501 set 6-24m", "jeans", 40, "vi-VN"),
            ("puma", "Puma Suede kids velcro 24-34", "sneakers", 55, "id-ID"), ("moncler" if False else "dyson", "Dyson Airwrap kids' toy edition? no - Dyson Supersonic mini for girls", "hair care", 199, "en-US-wish")]
    rows[-1] = ("dyson", "Dyson Supersonic mini hair dryer for kids & travel", "hair care", 299, "en-US-wish")
    for b, t, c, usd, mkt in rows:
        mk("c_kids_sizes", "counterfeit", b, mkt, t, "Brand new with tags. All sizes available, fast delivery.", cat=c, usd=usd)


@cls("c_luxury_logo_accessory", "counterfeit", "a phone, earbud or car accessory bearing a luxury or sports brand's logo or monogram (goods the brand does not make at that price)")
def _():
    rows = [("louis-vuitton", "Louis Vuitton monogram case for iPhone 15 Pro Max, leather", 12), ("gucci", "Gucci GG Supreme AirPods Pro 2 case with keychain", 9),
            ("burberry", "Burberry check car seat covers full set 9 pcs", 39), ("michael-kors", "Michael Kors crossbody phone case Galaxy S24 Ultra MK logo", 14),
            ("coach", "Coach signature C case for iPhone 14/15 with strap", 11), ("nike", "Nike swoosh silicone case AirPods 3", 4),
            ("louis-vuitton", "LV Damier steering wheel cover 38cm", 15), ("gucci", "Gucci web stripe Apple Watch band 45mm", 8),
            ("the-north-face", "The North Face logo phone pouch crossbody", 7), ("canada-goose", "Canada Goose disc patch phone case for iPhone 13", 6),
            ("rolex", "Rolex crown logo car floor mats set", 29), ("cartier", "Cartier Love phone chain strap with screw charms", 6)]
    for b, t, usd in rows:
        mkt = R.choice(["en-CN", "en-US-wish", "en-MY", "en-PH", "en-GB", "en-US-fb", "en-NG"])
        mk("c_luxury_logo_accessory", "counterfeit", b, mkt, t, "Luxury design, high quality PU leather, precise cutouts, gift box included.",
           cat="phone cases", usd=usd, frac=(0.9, 1.1))


@cls("c_tester_unboxed", "counterfeit", "perfume and skincare sold as 'tester / unboxed / without cap' at a fraction of even a tester's price")
def _():
    rows = [("loreal", 1, "en-GB"), ("loreal", 0, "pl-PL"), ("loreal", 1, "ro-RO"), ("loreal", 1, "ar-AE"), ("estee-lauder", 0, "en-AU"),
            ("estee-lauder", 0, "hu-HU"), ("estee-lauder", 1, "cs-CZ"), ("shiseido", 0, "en-SG"), ("shiseido", 1, "th-TH"),
            ("estee-lauder", 0, "ru-RU"), ("loreal", 0, "en-NG"), ("shiseido", 0, "vi-VN")]
    W = {"en": "TESTER unboxed, 100% full, no cap", "pl": "TESTER bez pudełka, pełny", "ro": "TESTER fără cutie, plin", "ar": "تستر بدون علبة، ممتلئ",
         "hu": "TESZTER doboz nélkül", "cs": "TESTER bez krabičky", "th": "เทสเตอร์ ไม่มีกล่อง", "ru": "тестер без коробки, полный", "vi": "tester không hộp, đầy chai"}
    for b, i, mkt in rows:
        n, p, usd, c, _m = prod(b, i)
        mk("c_tester_unboxed", "counterfeit", b, mkt, f"{p} {W[mkt[:2]]}", "Tester from shop stock. Same as retail, just without the box.", cat=c, usd=usd, frac=(0.1, 0.2))


@cls("c_preorder_overseas", "counterfeit", "pre-order / group-buy of new branded goods 'arriving in 2-3 weeks' from abroad at a copy's price")
def _():
    rows = [("dyson", 0, "en-PH", "PO: {b} {p} | ETA 2-3 weeks", "Pre-order only. 50% downpayment, balance upon arrival. Direct from supplier."),
            ("apple", 0, "ms-MY", "Pre-order {b} {p} sampai 14 hari", "Barang dari oversea, bayar deposit dulu. Harga borong ada."),
            ("louis-vuitton", 0, "en-SG", "[PO] {b} {p} – closes Friday", "Group buy from our supplier. Arrives in 3 weeks, self-collect at Tampines."),
            ("rolex", 0, "en-NG", "Pre-order {b} {p}", "Ships from Dubai in 10 days. Pay 50% to confirm order."),
            ("canada-goose", 0, "zh-HK", "預購 {b} {p}", "約三星期到貨，先付訂金，到貨後付餘款。"),
            ("nike", 0, "tl-PH", "PO {b} {p} sizes 36-45", "Pre-order lang po, 2-3 weeks. DP 50%."),
            ("gucci", 0, "en-MY", "Pre-order {b} {p} (Dubai batch)", "Ready in 2 weeks, limited slots."),
            ("bose", 0, "id-ID", "PO {b} {p} 10 hari kerja", "Pre-order, pengiriman dari luar negeri."),
            ("samsung", 0, "en-KE", "Pre-order {b} {p} from China", "Ships in 14 days by air, pay deposit on M-Pesa."),
            ("michael-kors", 0, "th-TH", "พรีออเดอร์ {b} {p} รอ 15 วัน", "สินค้าพรีออเดอร์ มัดจำ 50%"),
            ("sony", 0, "vi-VN", "Order {b} {p} về sau 2 tuần", "Hàng order, đặt cọc 50%."),
            ("cartier", 0, "en-PH", "PO {b} {p} gold", "Pre-order, 3 weeks. Free pouch.")]
    for b, i, mkt, t, d in rows:
        n, p, usd, c, _m = prod(b, i)
        mk("c_preorder_overseas", "counterfeit", b, mkt, t.format(b=n, p=p), d, cat=c, usd=usd)


@cls("c_size_run_stock", "counterfeit", "new branded goods from a private seller with every size and colour in stock and weekly restocks, at a copy's price")
def _():
    rows = [("nike", 1, "en-GB-depop", "{b} {p} – ALL SIZES UK 3-12 IN STOCK", "Every size in stock, restocked weekly. Next day delivery. Other colourways available, message me."),
            ("adidas", 0, "de-DE", "{b} {p} alle Größen 36-46 vorrätig", "Alle Größen und Farben da, jede Woche Nachschub. Versand mit DHL."),
            ("nike", 0, "fr-FR", "{b} {p} toutes tailles du 36 au 46", "Toutes les tailles disponibles, réassort chaque semaine."),
            ("the-north-face", 0, "it-IT", "{b} {p} tutte le taglie XS-XXL", "Disponibili tutte le taglie e colori, nuovi arrivi ogni settimana."),
            ("canada-goose", 1, "nl-NL", "{b} {p} alle maten S t/m XXL", "Alle maten op voorraad, ook in zwart, navy en rood."),
            ("puma", 1, "es-ES", "{b} {p} todas las tallas 36-45", "Todas las tallas y colores, reponemos cada semana."),
            ("levis", 0, "pl-PL", "{b} {p} wszystkie rozmiary W28-W40", "Każdy rozmiar dostępny, nowe dostawy co tydzień."),
            ("adidas", 1, "pt-BR", "{b} {p} todos os números 34 ao 44", "Todas as numerações, reposição semanal."),
            ("nike", 2, "ro-RO", "{b} {p} toate mărimile 36-46", "Toate mărimile pe stoc, livrare rapidă."),
            ("gucci", 1, "en-US-fb", "{b} {p} all sizes 80-110cm", "All sizes, black and brown, restock every Monday."),
            ("burberry", 1, "en-GB", "{b} {p} UK 4-18 all sizes", "All sizes in stock in honey and black."),
            ("nike", 3, "cs-CZ", "{b} {p} všechny velikosti S-XXL", "Všechny velikosti skladem, nové kusy každý týden.")]
    for b, i, mkt, t, d in rows:
        n, p, usd, c, _m = prod(b, i)
        mk("c_size_run_stock", "counterfeit", b, mkt, t.format(b=n, p=p), d, cat=c, usd=usd, frac=(0.2, 0.35) if usd < 200 else (0.08, 0.2))


@cls("c_compatible_is_device", "counterfeit", "the brand's device itself framed as 'compatible / for' its own product line, with its logo, pop-up or serial claims")
def _():
    rows = [("apple", "Wireless earbuds for AirPods Pro 2 with ANC, pop-up window, shows in iPhone settings, logo", "earbuds", 249),
            ("apple", "Earphones compatible for AirPods Pro 2nd gen - same as original, serial number", "earbuds", 249),
            ("sony", "Wireless controller for PS5 DualSense, vibration, PS logo, white", "consoles", 69),
            ("nintendo", "Joy-Con controllers for Nintendo Switch, red/blue, with wrist straps, same as original", "accessories", 79),
            ("nintendo", "Pro controller for Switch with Nintendo logo, NFC amiibo works", "accessories", 69),
            ("apple", "20W USB-C charger for iPhone with Apple logo, original quality", "chargers", 19),
            ("dyson", "Hair styler compatible for Dyson Airwrap, 6 attachments, Dyson logo on handle", "hair care", 599),
            ("samsung", "Earbuds for Samsung Galaxy Buds2 Pro, pops up in Galaxy Wearable app", "earbuds", 229),
            ("abbott", "CGM sensor for FreeStyle Libre 2 app, 14 days, works like the original", "medical devices", 75),
            ("bose", "Headphones for Bose QuietComfort 45 replacement, full set with Bose logo", "headphones", 329),
            ("microsoft", "Controller for Xbox Series X with logo button, original design", "consoles", 59),
            ("canon", "Battery for Canon LP-E6NH with original label and chip, shows 100% in camera", "cameras", 79),
            ("philips", "Brush heads for Sonicare, identical to original with Philips logo and chip, 8 pack", "electric toothbrushes", 45)]
    for b, t, c, usd in rows:
        mkt = R.choice(["en-CN", "en-US-amz", "en-US-wish", "en-CN-dh", "en-PH", "en-IN"])
        mk("c_compatible_is_device", "counterfeit", b, mkt, t, "Plug and play. 1 year warranty. Full package as shown.",
           cat=c if c in CAT else "phone cases", usd=usd, frac=(0.08, 0.2) if usd > 40 else (0.2, 0.35))


@cls("c_inspired_logo", "counterfeit", "'inspired by / style / type' framing, while the brand's logo, monogram or signature pattern is on the goods")
def _():
    rows = [("louis-vuitton", "Neverfull inspired tote with LV monogram print, brown canvas", "handbags", "en-US-fb"),
            ("gucci", "Gucci-style belt with GG buckle, gold hardware", "belts", "en-GB"),
            ("rolex", "Submariner style diver watch with crown logo on dial", "watches", "en-AU"),
            ("burberry", "Burberry inspired check scarf with label", "scarves", "en-GB-depop"),
            ("michael-kors", "MK style tote with metal Michael Kors lettering", "handbags", "en-PH"),
            ("cartier", "Love style screw bracelet, Cartier engraving", "jewelry", "en-US-etsy"),
            ("canada-goose", "Parka type Canada Goose, with the round arctic patch", "parkas", "fr-FR"),
            ("nike", "Sneakers tipo Air Force 1 con swoosh, blancas", "sneakers", "es-MX"),
            ("coach", "Tabby style shoulder bag with Coach C hardware", "handbags", "en-US-fb"),
            ("omega", "Speedmaster homage chronograph with Omega logo dial", "watches", "en-SG"),
            ("the-north-face", "Nuptse style puffer with TNF logo embroidered", "jackets", "en-GB-depop"),
            ("adidas", "Samba style trainers with three stripes & trefoil", "sneakers", "en-GB"),
            ("swarovski", "Swan style crystal necklace with Swarovski swan tag", "jewelry", "en-MY")]
    for b, t, c, mkt in rows:
        n, p, usd, _c, _m = prod(b, 0)
        mk("c_inspired_logo", "counterfeit", b, mkt, t, "Inspired design with the logo as in the photos. Great quality for the price.", cat=c, usd=usd, frac=(0.02, 0.12) if usd > 500 else (0.15, 0.3))


@cls("c_handmade_logo_goods", "counterfeit", "'handmade / custom' goods sewn or printed from the brand's monogram fabric or logo (bucket hats, cushions, dog-free home goods, shoes)")
def _():
    rows = [("louis-vuitton", "Handmade bucket hat from LV monogram fabric", 38), ("gucci", "Custom GG canvas cushion cover 45x45, handmade", 29),
            ("burberry", "Handmade Burberry check scrunchies set of 3", 14), ("nike", "Custom Nike swoosh crochet beanie, handmade", 22),
            ("louis-vuitton", "Handmade Louis Vuitton print baby bib and pacifier clip", 19), ("coach", "Handmade Coach signature fabric key fob", 12),
            ("gucci", "Custom Gucci logo embroidered baseball cap", 25), ("michael-kors", "Handmade MK logo charm keychain resin", 9),
            ("the-north-face", "Custom embroidered The North Face patch hoodie", 35), ("rolex", "Handmade Rolex crown logo leather watch roll", 28),
            ("adidas", "Custom adidas trefoil quilted jacket, one of a kind", 60), ("coca-cola", "Handmade Coca-Cola logo wooden sign, vintage style", 24)]
    for b, t, usd in rows:
        mkt = R.choice(["en-US-etsy", "en-GB-etsy", "en-US-fb"])
        mk("c_handmade_logo_goods", "counterfeit", b, mkt, t, "Made by me in my home studio. Each piece is unique. Ships in 3-5 days.",
           cat="digital" if False else ("handbags" if b in ("louis-vuitton", "gucci", "coach", "michael-kors") else "sportswear"), usd=usd, frac=(0.9, 1.1),
           catpath="Handmade > Clothing & Accessories")


@cls("c_clone_phone_specs", "counterfeit", "a flagship phone or earbud named by its line with impossible specs and price (16 GB + 1 TB for USD 90, Android in an iPhone)")
def _():
    rows = [("apple", "i15 Pro Max 7.3 inch 16GB+1TB Unlocked Smartphone Face ID Dynamic Island Dual SIM", 89),
            ("apple", "New iPhone 15 Pro Max Android 14 version 16+512GB 5G 7000mAh", 119),
            ("samsung", "S24 Ultra 5G Smartphone 7.3'' 16GB+1TB 200MP Camera S Pen Galaxy Android 14", 99),
            ("samsung", "Galaxy S24 Ultra 2025 New Original 22GB+2TB 10-core 8800mAh", 109),
            ("apple", "i16 Pro Max 5G phone 12GB+512GB titanium, iOS-like", 95),
            ("samsung", "Galaxy Z Fold6 clone 16GB 1TB foldable 5G", 159),
            ("apple", "Apple iPhone 15 Pro 1TB new sealed (Android), free cover", 139),
            ("apple", "AirPods Pro 2 ANC + iPhone 15 Pro Max combo 16GB+1TB", 129),
            ("samsung", "Samsung S24 Ultra original 16GB RAM 1TB ROM 7.0 inch HD screen", 89),
            ("apple", "iPhone 15 Pro Max 1TB dual SIM, Android 13, face unlock", 119),
            ("samsung", "Galaxy S24+ Ultra 5G 12+512GB gaming phone", 79),
            ("apple", "i15 Pro Max Ultra 7.3 inch HD screen 5G 16GB+1TB", 85)]
    for b, t, usd in rows:
        mkt = R.choice(["en-CN", "en-NG", "en-PK", "en-KE", "en-PH", "en-IN", "en-US-wish"])
        mk("c_clone_phone_specs", "counterfeit", b, mkt, t, "Global version. Dual SIM dual standby. 1 year warranty. Free shipping.", cat="phones", usd=usd, frac=(0.9, 1.1))


@cls("c_impostor_shop", "counterfeit", "an unlisted shop named like the brand's official store ('Nike Official Outlet', 'Dyson Store Global') selling new goods at a copy's price")
def _():
    rows = [("nike", 0, "Nike Official Outlet Store", "shopee-ph", "en-PH"), ("dyson", 0, "Dyson Store Global", "lazada", "en-MY"),
            ("apple", 0, "Apple Authorised Store MY", "shopee-my", "en-MY"), ("samsung", 0, "Samsung Official Mall", "jumia", "en-NG"),
            ("adidas", 0, "adidas Originals Factory Store", "aliexpress", "en-CN"), ("louis-vuitton", 0, "LV Official Boutique", "carousell-sg", "en-SG"),
            ("bose", 0, "Bose Audio Official", "tokopedia", "id-ID"), ("sony", 0, "Sony Center Flagship", "shopee-vn", "vi-VN"),
            ("the-north-face", 0, "The North Face Official Shop", "trendyol", "tr-TR"), ("philips", 0, "Philips Official Store EG", "jumia-eg", "ar-EG"),
            ("canon", 0, "Canon Official Store BD", "daraz-bd", "bn-BD"), ("rolex", 0, "Rolex Boutique Dubai", "dubizzle", "en-AE"),
            ("swarovski", 0, "Swarovski Official Outlet", "shopee-th", "th-TH"), ("autodesk", 0, "Autodesk Official Store", "shopee-ph", "en-PH")]
    for b, i, sname, mp, mkt in rows:
        n, p, usd, c, _m = prod(b, i)
        sid = sname.lower().replace(" ", "-")
        r = mk("c_impostor_shop", "counterfeit", b, mkt, f"{n} {p}", "Official store. 100% authentic with warranty. Fast delivery.",
               cat=c, usd=usd, frac=(0.2, 0.4), seller={"id": sid, "name": sname, "country": M[mkt][3]})
        r["marketplace"] = mp


@cls("c_fake_grey_import", "counterfeit", "'grey import / international / HK / Dubai version' claimed for new goods at a price no grey import reaches")
def _():
    rows = [("apple", 0, "en-IN", "{b} {p} international version, imported"), ("samsung", 0, "en-NG", "{b} {p} UAE version, brand new"),
            ("dyson", 0, "zh-TW", "{b} {p} 平行輸入 全新"), ("sony", 0, "ja-JP", "{b} {p} 海外版 新品"), ("rolex", 0, "en-PK", "{b} {p} Dubai import, new"),
            ("canon", 0, "ko-KR", "{b} {p} 병행수입 새상품"), ("bose", 0, "pt-BR", "{b} {p} importado, versão internacional"),
            ("shiseido", 0, "th-TH", "{b} {p} ของหิ้วญี่ปุ่น ใหม่"), ("estee-lauder", 0, "vi-VN", "{b} {p} hàng xách tay Mỹ"),
            ("nintendo", 0, "es-CL", "{b} {p} versión importada nueva"), ("louis-vuitton", 0, "zh-HK", "{b} {p} 歐洲水貨 全新"),
            ("loreal", 1, "ru-RU", "{b} {p} параллельный импорт, новые"), ("omega", 0, "en-AE", "{b} {p} grey market, unworn")]
    for b, i, mkt, t in rows:
        n, p, usd, c, _m = prod(b, i)
        mk("c_fake_grey_import", "counterfeit", b, mkt, t.format(b=n, p=p), "Imported directly, cheaper than local shops. Sealed.", cat=c, usd=usd, frac=(0.08, 0.22))


@cls("c_car_badges_keys", "counterfeit", "carmakers' emblems, key shells and fobs with the maker's logo, sold by third parties for a few dollars")
def _():
    rows = [("bmw", "BMW key case leather with logo, fits F30 G20 X5", "car accessories", 45), ("bmw", "BMW M Performance emblem badge set grille + trunk", "car accessories", 60),
            ("bmw", "BMW roundel 82mm hood emblem replacement, logo", "car accessories", 40), ("toyota", "Toyota smart key shell 3 buttons with logo", "car accessories", 25),
            ("toyota", "Toyota steering wheel emblem chrome replacement", "car accessories", 30), ("honda", "Honda key fob cover with H logo Civic CR-V", "car accessories", 20),
            ("honda", "Honda Type R red H emblem front + rear", "car accessories", 55), ("bmw", "BMW wheel center caps 68mm x4 with logo", "car accessories", 40),
            ("toyota", "Toyota TRD emblem and key ring set", "car accessories", 20), ("honda", "Honda Gold Wing tank emblem replacement", "car accessories", 90),
            ("michelin", "Michelin Bibendum tyre valve caps x4 with logo", "car accessories", 15), ("shell", "Shell Helix Ultra oil cap stickers + garage banner set", "car accessories", 15)]
    for b, t, c, usd in rows:
        mkt = R.choice(["en-CN", "en-GB", "de-DE-ebay", "en-US", "pl-PL", "tr-TR"])
        mk("c_car_badges_keys", "counterfeit", b, mkt, t, "Fits perfectly, OEM look. Easy installation.", cat=c, usd=usd, frac=(0.12, 0.25))


@cls("c_brand_attribute_only", "counterfeit", "generic title and description; the brand and model only in the item specifics (Brand / Model / Marca / ブランド), at a copy's price")
def _():
    rows = [("rolex", "Men's automatic watch, green bezel, 41mm", {"Brand": "Rolex", "Model": "Submariner Date", "Reference": "126610LN"}, "en-US"),
            ("louis-vuitton", "Women's tote bag brown canvas, large", {"Brand": "Louis Vuitton", "Style": "Tote", "Model": "Neverfull MM"}, "en-GB"),
            ("dyson", "Multi styler hair curler set", {"Marke": "Dyson", "Modell": "Airwrap"}, "de-DE-ebay"),
            ("nike", "Zapatillas hombre talla 42", {"Marca": "Nike", "Modelo": "Air Jordan 1"}, "es-MX"),
            ("apple", "Auriculares inalámbricos con cancelación de ruido", {"Marca": "Apple", "Modelo": "AirPods Pro 2"}, "es-AR"),
            ("cartier", "Bracelet jonc doré avec tournevis", {"Marque": "Cartier", "Modèle": "Love"}, "fr-FR"),
            ("gucci", "Cintura in pelle nera, fibbia dorata", {"Marca": "Gucci", "Modello": "GG Marmont"}, "it-IT"),
            ("sony", "ワイヤレスヘッドホン ノイズキャンセリング 新品", {"ブランド": "Sony", "型番": "WH-1000XM5"}, "ja-JP"),
            ("canada-goose", "Пуховик мужской зимний, размер L", {"Бренд": "Canada Goose", "Модель": "Expedition"}, "ru-RU"),
            ("omega", "Zegarek męski chronograf, czarna tarcza", {"Marka": "Omega", "Model": "Speedmaster"}, "pl-PL"),
            ("bose", "Kulaklık kablosuz gürültü önleyici", {"Marka": "Bose", "Model": "QC45"}, "tr-TR"),
            ("michael-kors", "Túi xách nữ da, màu nâu", {"Thương hiệu": "Michael Kors", "Mẫu": "Jet Set"}, "vi-VN"),
            ("yonex", "Raket badminton 4U G5 full carbon", {"Merek": "Yonex", "Model": "Astrox 88D"}, "id-ID")]
    for b, t, attrs, mkt in rows:
        n, p, usd, c, _m = prod(b, 0)
        mk("c_brand_attribute_only", "counterfeit", b, mkt, t, "New. See item specifics.", cat=c, usd=usd, attrs=attrs)


@cls("c_indistinguishable_claims", "counterfeit", "copy claims without trade jargon: 'no one can tell the difference', 'looks 100% real', 'same as the shop's', in many languages")
def _():
    rows = [("rolex", 0, "en-GB", "{b} {p} – nobody will ever tell the difference"), ("louis-vuitton", 0, "fr-FR", "{b} {p}, personne ne verra la différence"),
            ("gucci", 1, "es-ES", "{b} {p} igual que la de tienda, nadie lo nota"), ("nike", 0, "de-DE", "{b} {p} sieht aus wie echt, kein Unterschied"),
            ("apple", 0, "it-IT", "{b} {p} identiche a quelle del negozio"), ("dyson", 0, "pl-PL", "{b} {p} nie do odróżnienia od sklepowej"),
            ("canada-goose", 0, "nl-NL", "{b} {p} niet van echt te onderscheiden"), ("cartier", 0, "pt-BR", "{b} {p} idêntica à original, ninguém percebe"),
            ("michael-kors", 0, "tr-TR", "{b} {p} orijinalinden farkı yok"), ("bose", 0, "ru-RU", "{b} {p} не отличить от настоящих"),
            ("burberry", 0, "ko-KR", "{b} {p} 정품이랑 구별 불가"), ("omega", 0, "he-IL", "{b} {p} אי אפשר להבדיל מהמקור"),
            ("swarovski", 0, "el-GR", "{b} {p} ίδιο με του καταστήματος, δεν φαίνεται η διαφορά")]
    for b, i, mkt, t in rows:
        n, p, usd, c, _m = prod(b, i)
        mk("c_indistinguishable_claims", "counterfeit", b, mkt, t.format(b=n, p=p), "", cat=c, usd=usd)


@cls("c_social_caption", "counterfeit", "a social-commerce caption as the listing (emoji, 'new drop', sizes, COD, DM) for new branded goods at a copy's price")
def _():
    rows = [("nike", 1, "en-NG", "🔥🔥 NEW DROP 🔥🔥 {b} {p} 💯 sizes 40-45 📦 pay on delivery"),
            ("adidas", 0, "en-KE", "✨ {b} {p} ✨ available now 🚚 CBD delivery 📲 call/whatsapp"),
            ("gucci", 0, "en-GH", "👜💕 {b} {p} restocked 💕 limited pieces, order now"),
            ("louis-vuitton", 1, "en-PK", "😍 {b} {p} 😍 COD all over Pakistan 🚚"),
            ("rolex", 0, "ar-EG", "⌚🔥 {b} {p} 🔥 متوفر الآن، الدفع عند الاستلام"),
            ("dyson", 0, "id-ID", "💇‍♀️ {b} {p} READY!! 💯 cod seluruh Indonesia 🛵"),
            ("apple", 0, "vi-VN", "🎧 {b} {p} 🎧 về hàng, freeship, COD"),
            ("michael-kors", 0, "tl-PH", "💖 {b} {p} 💖 onhand, COD nationwide"),
            ("the-north-face", 0, "tr-TR", "🧥❄️ {b} {p} ❄️ stoklarda, kapıda ödeme"),
            ("coach", 0, "en-US-fb", "💼 {b} {p} 💼 new with tags, porch pickup or ship"),
            ("canada-goose", 0, "uk-UA", "❄️ {b} {p} ❄️ в наявності, накладений платіж"),
            ("puma", 1, "hi-IN", "🔥 {b} {p} 🔥 COD उपलब्ध, सभी साइज"),
            ("pandora", 0, "es-CO", "💍✨ {b} {p} ✨ disponible, contraentrega Bogotá")]
    for b, i, mkt, t in rows:
        n, p, usd, c, _m = prod(b, i)
        mk("c_social_caption", "counterfeit", b, mkt, t.format(b=n, p=p), "📩 DM/WhatsApp to order. Follow for more 👆", cat=c, usd=usd)


@cls("c_typo_keyboard", "counterfeit", "the mark with a keyboard-neighbour typo (Rolez, Guccu, Dysin, Nikr) as fast sellers type it, with the product and a copy's price")
def _():
    rows = [("rolex", "Rolez Submariner green 41mm automatic"), ("gucci", "Guccu GG Marmont bag black small"), ("dyson", "Dysin Airwrap complete long"),
            ("nike", "Nikr Dunk Low panda size 9"), ("samsung", "Samsyng Galaxy S24 Ultra 256gb new"), ("bose", "Bpse QuietComfort 45 headphones"),
            ("pandora", "Pandira moments bracelet + charms"), ("omega", "Omrga Speedmaster moonwatch"), ("cartier", "Cartoer love bracelet gold 17"),
            ("swarovski", "Swarivski millenia necklace"), ("yonex", "Yonez Astrox 88D pro racket"), ("michael-kors", "Michael Kord jet set tote"),
            ("wilson", "Wilsin Pro Staff 97 v14")]
    for b, t in rows:
        n, p, usd, c, _m = prod(b, 0)
        mkt = R.choice(["en-US", "en-GB", "en-AU", "en-CA", "en-US-fb", "en-ZA"])
        mk("c_typo_keyboard", "counterfeit", b, mkt, t, "new, never used. fast postage", cat=c, usd=usd)


@cls("c_full_set_claim", "counterfeit", "'full set': box, papers, dust bag, receipt, warranty card, tags all included, at a copy's price")
def _():
    rows = [("rolex", 0, "en-GB", "{b} {p} FULL SET box & papers 2024"), ("louis-vuitton", 0, "de-DE", "{b} {p} Fullset mit Rechnung, Dustbag, Box"),
            ("cartier", 0, "fr-FR", "{b} {p} complet boîte, certificat, facture"), ("gucci", 0, "it-IT", "{b} {p} completa di scatola, dustbag e scontrino"),
            ("omega", 0, "es-ES", "{b} {p} full set caja y papeles"), ("rolex", 1, "zh-HK", "{b} {p} 全套 有盒有卡 新卡"),
            ("louis-vuitton", 1, "ja-JP", "{b} {p} フルセット 箱 保存袋 レシート付き"), ("dyson", 0, "en-AU", "{b} {p} full set with receipt & warranty card"),
            ("michael-kors", 0, "pl-PL", "{b} {p} komplet z paragonem i metkami"), ("burberry", 0, "ko-KR", "{b} {p} 풀박스 영수증 포함"),
            ("coach", 0, "en-PH", "{b} {p} complete inclusions: box, dustbag, receipt, care card"), ("canada-goose", 0, "sv-SE", "{b} {p} komplett med kvitto och lappar"),
            ("rolex", 3, "ar-AE", "{b} {p} فل سيت علبة وأوراق")]
    for b, i, mkt, t in rows:
        n, p, usd, c, _m = prod(b, i)
        mk("c_full_set_claim", "counterfeit", b, mkt, t.format(b=n, p=p), "", cat=c, usd=usd)


@cls("c_collab_editions", "counterfeit", "hyped collaborations and limited editions (Travis Scott, Off-White, Supreme, MoonSwatch) at a copy's price")
def _():
    rows = [("nike", "Travis Scott x Air Jordan 1 Low OG Mocha", "sneakers", 1200, []), ("nike", "Off-White x Nike Dunk Low Lot 50", "sneakers", 600, []),
            ("louis-vuitton", "Supreme x Louis Vuitton box logo backpack", "handbags", 4000, []), ("adidas", "adidas x Gucci Gazelle velvet", "sneakers", 950, ["gucci"]),
            ("the-north-face", "Supreme x The North Face Nuptse snakeskin", "jackets", 900, []), ("gucci", "Gucci x The North Face down jacket", "jackets", 3800, ["the-north-face"]),
            ("omega", "MoonSwatch Omega x Swatch Mission to the Moon", "watches", 270, []), ("adidas", "Wales Bonner x adidas Samba cream", "sneakers", 500, []),
            ("nike", "Sacai x Nike LDWaffle green", "sneakers", 450, []), ("louis-vuitton", "Louis Vuitton x Murakami Speedy 30 multicolore", "handbags", 3500, []),
            ("puma", "Puma x Fenty creeper velvet", "sneakers", 300, []), ("levis", "Levi's x Supreme 501 jeans", "jeans", 400, [])]
    for b, t, c, usd, also in rows:
        mkt = R.choice(["en-US", "en-GB-depop", "en-CN-dh", "en-NG", "en-PH", "de-DE"])
        mk("c_collab_editions", "counterfeit", b, mkt, t, "Brand new, deadstock. Limited.", cat=c, usd=usd, frac=(0.04, 0.12), also=also)


@cls("c_fmcg_bulk_cheap", "counterfeit", "everyday consumables (blades, formula, oil, ink, batteries, chocolate) offered in quantity at a unit price far under wholesale")
def _():
    rows = [("gillette", 0, "en-NG", "{b} {p} – 50 packs available, price per pack"), ("danone", 0, "zh-CN", "{b} {p} 12罐 整箱 价格为单罐"),
            ("shell", 0, "ar-EG", "{b} {p} كرتونة 4 عبوات، السعر للعبوة"), ("canon", 1, "en-IN", "{b} {p} bulk 20 pcs, price each"),
            ("abbott", 1, "en-PK", "{b} {p} stock 40 tins, price per tin"), ("nestle", 1, "vi-VN", "{b} {p} thùng 6 lon, giá 1 lon"),
            ("panasonic", 2, "en-KE", "{b} {p} carton of 100 packs, per pack"), ("mars", 0, "en-GH", "{b} {p} boxes, wholesale per box"),
            ("ferrero", 0, "ru-RU", "{b} {p} оптом от 10 коробок, цена за коробку"), ("gillette", 1, "ar-SA", "{b} {p} كمية، السعر للعلبة"),
            ("nestle", 0, "en-PH", "{b} {p} by the box of 12, price per jar"), ("danone", 1, "id-ID", "{b} {p} grosir 1 karton, harga per pak"),
            ("johnson-johnson", 0, "en-NG", "{b} {p} 30 bottles, per bottle"), ("bayer", 0, "en-KE", "{b} {p} carton of 50 packs, price per pack")]
    for b, i, mkt, t in rows:
        n, p, usd, c, _m = prod(b, i)
        mk("c_fmcg_bulk_cheap", "counterfeit", b, mkt, t.format(b=n, p=p), "Fresh stock, long expiry. Serious resellers only.", cat=c, usd=usd, frac=(0.2, 0.35))


@cls("c_builtin_games_console", "counterfeit", "the platform's console or handheld sold new with thousands of its games built in")
def _():
    rows = [("nintendo", "Game Boy Color new, 2000 games built-in, rechargeable"), ("nintendo", "Nintendo Switch OLED with 80 games installed, new"),
            ("nintendo", "Game Boy Advance SP new with 500 games in 1 cartridge"), ("sony", "PlayStation classic 10000 games HDMI, 2 controllers"),
            ("nintendo", "Nintendo 64 mini retro console 300 games"), ("sony", "PSP 3000 new with 10000 games + 128GB"),
            ("nintendo", "SNES classic mini 620 Nintendo games"), ("nintendo", "Super Mario handheld Game Boy 400 in 1"),
            ("sony", "PS5 Slim with 100 games jailbroken, new"), ("nintendo", "Nintendo DS Lite new with R4 card 1000 games"),
            ("nintendo", "Game & Watch Zelda 500 games edition"), ("sony", "PlayStation 4 Slim 1TB with 60 games installed, new")]
    for b, t in rows:
        mkt = R.choice(["en-CN", "en-US-wish", "en-PH", "es-MX", "pt-BR", "en-IN", "en-NG"])
        usd = 300 if "PS5" in t or "OLED" in t or "PlayStation 4" in t else 120
        mk("c_builtin_games_console", "counterfeit", b, mkt, t, "Plug and play, all games included. Perfect gift.", cat="consoles", usd=usd, frac=(0.1, 0.3))

# ============================================================== counterfeit, rarer tactics


@cls("c_logo_glyph", "counterfeit", "the brand's logo as a character or emoji in place of its name ( Watch, 🍏 AirPods, 👑 41mm diver, 🐚 Helix)", novel=True)
def _():
    rows = [("apple", "\uf8ff Watch Series 9 45mm GPS midnight, new", "smartwatch", 429), ("apple", "\uf8ff AirPods Pro 2 USB-C ANC, sealed", "earbuds", 249),
            ("apple", "🍏 AirPods Pro 2nd gen, new box", "earbuds", 249), ("apple", "\uf8ff MacBook Air 13 M3 8/256 new", "laptops", 1099),
            ("rolex", "👑 41mm diver, green ceramic bezel, 3235, box", "watches", 10250), ("rolex", "👑 Oyster 36mm fluted bezel jubilee, new", "watches", 9000),
            ("nike", "✔️ Dunk Low panda white/black, EU 42", "sneakers", 115), ("canada-goose", "🇨🇦🪿 Arctic disc patch parka, black, M", "parkas", 1495),
            ("shell", "🐚 Helix Ultra 5W-40 4L synthetic oil", "motor oil", 48), ("swarovski", "🦢 crystal swan pendant, blue, gift box", "jewelry", 130),
            ("puma", "🐆 Suede Classic sneakers black/white", "sneakers", 75), ("mercedes" if False else "adidas", "☘️ Samba OG trainers, white/green", "sneakers", 100)]
    rows[-1] = ("adidas", "☘️ trefoil Samba OG trainers, white/green", "sneakers", 100)
    for b, t, c, usd in rows:
        mkt = R.choice(["en-US-fb", "en-GB-depop", "en-AU", "en-SG", "en-CA", "en-US"])
        mk("c_logo_glyph", "counterfeit", b, mkt, t, "Brand new. Ask if you need more pics.", cat=c if c in CAT else "earbuds", usd=usd)


@cls("c_disemvowel", "counterfeit", "the mark and line with their vowels dropped (Rlx Sbmrnr, Gcc Mrmnt, Dysn Airwrp, Crtr Lv), the way sellers dodge keyword filters", novel=True)
def _():
    rows = [("rolex", "Rlx Sbmrnr 41 green, 1:1 clean"), ("gucci", "Gcc Mrmnt small bag black"), ("dyson", "Dysn Airwrp complete long, new"),
            ("louis-vuitton", "L.V Nvrfll MM monogram tote"), ("nike", "Nk Dnk Lw Pnd sz 42"), ("cartier", "Crtr Lv brclt gold 17cm"),
            ("omega", "Omg Spdmstr moonwatch chrono"), ("swarovski", "Swrvsk Millenia necklace"), ("canada-goose", "Cnd Gs Expedition parka M"),
            ("michael-kors", "Mchl Krs Jet Set tote brown"), ("burberry", "Brbrry check cashmere scarf"), ("samsung", "Smsng Glxy S24 Ultra 256"),
            ("pandora", "Pndr moments bracelet silver")]
    for b, t in rows:
        n, p, usd, c, _m = prod(b, 0)
        mkt = R.choice(["en-US-fb", "en-GB-depop", "en-AU", "en-NG", "en-PH", "en-MY"])
        mk("c_disemvowel", "counterfeit", b, mkt, t, R.choice(["dm for more pics", "new, top quality", "best version, fast ship", ""]), cat=c, usd=usd)


@cls("c_inflected_mark", "counterfeit", "the mark inflected by the language's grammar (Polish Rolexa, Gucciego; Finnish Dysonin; Russian Дайсона; Serbian Najka; Czech Korse) at a copy's price", novel=True)
def _():
    rows = [("rolex", "pl-PL", "Nowy zegarek Rolexa z zieloną lunetą, tanio", "watches"), ("gucci", "pl-PL", "Torebka od Gucciego, czarna, nowa", "handbags"),
            ("louis-vuitton", "pl-PL", "Torebka Louisa Vuittona, brązowa, nowa z metką", "handbags"), ("dyson", "fi-FI", "Dysonin kiharrin, uusi, halvalla", "hair care"),
            ("rolex", "fi-FI", "Rolexin kello, vihreä, uusi", "watches"), ("dyson", "ru-RU", "Стайлер Дайсона новый, полный комплект", "hair care"),
            ("nike", "ru-RU", "Кроссовки от Найка, новые, 42 размер", "sneakers"), ("nike", "sr-RS", "Patike od Najka, nove, sve veličine", "sneakers"),
            ("michael-kors", "cs-CZ", "Kabelka od Michaela Korse, nová", "handbags"), ("samsung", "cs-CZ", "Sluchátka od Samsungu, nová, levně", "earbuds"),
            ("swarovski", "hu-HU", "Swarovskis nyaklánc, új, dobozában", "jewelry"), ("loreal", "ru-RU", "Духи от Ланкома, новые, 100 мл", "fragrance"),
            ("dyson", "uk-UA", "Фен від Дайсона, новий, дешево", "hair care")]
    for b, mkt, t, c in rows:
        n, p, usd, _c, _m = prod(b, 1 if b == "loreal" else (2 if b == "samsung" and False else 0))
        usd = {"earbuds": 229, "fragrance": 160}.get(c, usd)
        mk("c_inflected_mark", "counterfeit", b, mkt, t, "", cat=c, usd=usd)


@cls("c_compound_glued", "counterfeit", "the mark glued into a Germanic/Nordic compound noun (Rolexuhr, Dysonföhn, Nikeschoenen, Rolexklocka) at a copy's price", novel=True)
def _():
    rows = [("rolex", "de-DE", "Rolexuhr grün, neu, 41mm", "watches"), ("dyson", "de-DE", "Dysonföhn Supersonic neu OVP", "hair care"),
            ("nike", "de-AT", "Nikeschuhe Dunk Low Panda Gr. 43", "sneakers"), ("gucci", "de-DE", "Guccitasche schwarz Marmont, neu", "handbags"),
            ("nike", "nl-NL", "Nikeschoenen Air Jordan 1 maat 44, nieuw", "sneakers"), ("rolex", "nl-NL", "Rolexhorloge Submariner groen, nieuw", "watches"),
            ("dyson", "nl-NL", "Dysonstofzuiger V15 nieuw in doos", "vacuum cleaners"), ("rolex", "sv-SE", "Rolexklocka Datejust 41, ny", "watches"),
            ("dyson", "sv-SE", "Dysonfön Supersonic, ny", "hair care"), ("adidas", "fi-FI", "Adidaskengät Samba, uudet, koko 42", "sneakers"),
            ("louis-vuitton", "de-DE", "Louisvuittontasche Neverfull braun", "handbags"), ("bose", "de-DE", "Bosekopfhörer QC45 neu", "headphones")]
    for b, mkt, t, c in rows:
        n, p, usd, _c, _m = prod(b, 2 if c == "vacuum cleaners" else 0)
        mk("c_compound_glued", "counterfeit", b, mkt, t, "", cat=c, usd=usd)


@cls("c_romaji_katakana", "counterfeit", "the brand as Japanese katakana reads it, written back in romaji (Rorekkusu, Gucchi, Daison, Naiki, Karutie), in cross-border listings", novel=True)
def _():
    rows = [("rolex", "Rorekkusu Sabumarina 41mm green, new"), ("gucci", "Gucchi Marumonto bag small black"), ("dyson", "Daison Earappu styler complete"),
            ("nike", "Naiki Danku Low panda 27cm"), ("adidas", "Adidasu Sanba OG white 26.5cm"), ("louis-vuitton", "Rui Vuitton Neverfuru MM tote"),
            ("cartier", "Karutie Rabu bracelet gold"), ("swarovski", "Suwarofusuki necklace crystal"), ("michael-kors", "Maikeru Kosu tote bag"),
            ("canada-goose", "Kanada Gusu down parka"), ("bose", "Bozu QuietComfort headphones"), ("canon", "Kyanon EOS R6 camera body")]
    for b, t in rows:
        n, p, usd, c, _m = prod(b, 0)
        mkt = R.choice(["en-US-ebay", "en-SG", "en-CN", "en-AU"])
        mk("c_romaji_katakana", "counterfeit", b, mkt, t, "Japan style, very good quality. Ships from Asia.", cat=c, usd=usd)


@cls("c_colourway_nickname", "counterfeit", "sneakers named only by the colourway's community nickname (Panda lows, Lost & Found 1s, Bred 11s, Zebra 350s), no brand word", novel=True)
def _():
    rows = [("nike", "Panda lows size 9 – reps", 115), ("nike", "Lost & Found 1s high, UK 8", 180), ("nike", "Bred 11s playoffs 2019 retro US 10", 230),
            ("nike", "Travis Mocha lows, best batch", 1200), ("nike", "University Blue 1s size 42", 180), ("nike", "Triple white 1s low, all sizes", 110),
            ("nike", "Chicago lows 2022, US 9.5, new", 160), ("nike", "Military Black 4s size 44", 210), ("adidas", "Zebra 350s V2 UK 9, new", 230),
            ("adidas", "Beluga 350 reflective, 1:1", 230), ("adidas", "Bred 350 v2 core black/red 43", 230), ("nike", "Cool Grey 11s GS size 6Y", 200)]
    for b, t, usd in rows:
        mkt = R.choice(["en-US-fb", "en-GB-depop", "en-NG", "en-PH", "en-US"])
        mk("c_colourway_nickname", "counterfeit", b, mkt, t, R.choice(["DS, comes with box", "fast shipping, more sizes dm", "new never worn", ""]), cat="sneakers", usd=usd)


@cls("c_unregistered_refs", "counterfeit", "the brand's genuine reference or style codes that its registry does not hold (126710BLRO, DD1503-101, M45985, SM-S918B) with generic words", novel=True)
def _():
    rows = [("rolex", "126710BLRO 40mm jubilee pepsi, clean factory", "watches", 10900), ("rolex", "124060 no-date 41mm black, new", "watches", 9100),
            ("omega", "210.30.42.20.03.001 300M blue, new", "watches", 5900), ("nike", "DD1503-101 women's low white/black EU 39", "sneakers", 115),
            ("nike", "CT8532-104 retro high 'Shadow 2.0' EU 43", "sneakers", 180), ("louis-vuitton", "M45985 pochette multi, brown", "handbags", 2200),
            ("louis-vuitton", "M46234 mini bag monogram", "handbags", 1900), ("cartier", "CRB6067517 screw bracelet rose gold 17", "jewelry", 7100),
            ("apple", "MQD83 earbuds ANC with MagSafe case", "earbuds", 249), ("samsung", "SM-S918B 512GB phantom black, new", "phones", 1199),
            ("dyson", "HD15 hair dryer fuchsia, new", "hair care", 429), ("sony", "WF-1000XM4 earbuds black, sealed", "earbuds", 279),
            ("adidas", "IE3437 trainers white/black gum 42", "sneakers", 100)]
    for b, t, c, usd in rows:
        mkt = R.choice(["en-US", "en-GB", "en-CN-dh", "en-AU", "en-HK" if False else "zh-HK"])
        mk("c_unregistered_refs", "counterfeit", b, mkt, t, "Please check the reference number before ordering.", cat=c, usd=usd)


@cls("c_legit_check_claims", "counterfeit", "claims that the item passes legit-check apps and verifications (CheckCheck, LC app, Entrupy, NFC tag scans, serial on the maker's site) at a copy's price", novel=True)
def _():
    rows = [("nike", 0, "en-US-fb", "{b} {p} – passes CheckCheck & LC app"), ("adidas", 1, "en-GB-depop", "{b} {p} passes Legit Check App, receipts"),
            ("louis-vuitton", 0, "en-AU", "{b} {p} – passes Entrupy, date code"), ("gucci", 0, "en-SG", "{b} {p} – passes authentication apps"),
            ("apple", 0, "en-PH", "{b} {p} – serial checks on Apple site, NFC works"), ("canada-goose", 0, "en-CA", "{b} {p} – NFC tag scans to CG website"),
            ("rolex", 0, "en-AE", "{b} {p} – passes jeweller's test, 3235 movement"), ("the-north-face", 0, "en-GB", "{b} {p} – hologram tag scans"),
            ("dyson", 0, "en-MY", "{b} {p} – serial verified on Dyson app"), ("cartier", 0, "en-US", "{b} {p} – passes screw & hallmark checks"),
            ("nike", 2, "en-NG", "{b} {p} – GOAT/StockX verified tag"), ("samsung", 1, "en-KE", "{b} {p} – IMEI checks OK")]
    for b, i, mkt, t in rows:
        n, p, usd, c, _m = prod(b, i)
        mk("c_legit_check_claims", "counterfeit", b, mkt, t.format(b=n, p=p), "Will pass any check. Top tier.", cat=c, usd=usd)


@cls("c_same_factory_claim", "counterfeit", "'made in the same factory / same materials as the brand's own' in many languages (同厂同料, cùng xưởng, aynı fabrika, misma fábrica)", novel=True)
def _():
    rows = [("nike", 0, "zh-CN", "{b} {p} 同厂同料 正品原厂代工"), ("adidas", 0, "vi-VN", "{b} {p} cùng xưởng với hãng, chất liệu y hệt"),
            ("louis-vuitton", 0, "tr-TR", "{b} {p} aynı fabrikadan, aynı deri"), ("gucci", 0, "es-AR", "{b} {p} misma fábrica que la original"),
            ("the-north-face", 0, "pl-PL", "{b} {p} z tej samej fabryki co oryginał"), ("levis", 0, "pt-BR", "{b} {p} mesma fábrica da original"),
            ("canada-goose", 0, "en-GB", "{b} {p} – made in the same factory as retail, same down"), ("michael-kors", 0, "id-ID", "{b} {p} satu pabrik dengan aslinya"),
            ("puma", 0, "th-TH", "{b} {p} โรงงานเดียวกับของแท้"), ("coach", 0, "en-PH", "{b} {p} – same factory, same leather as boutique"),
            ("bose", 0, "ru-RU", "{b} {p} с того же завода, что и оригинал"), ("dyson", 0, "ko-KR", "{b} {p} 같은 공장 제품"),
            ("pfizer", 0, "en-IN", "{b} {p} – made in the same plant that makes for Pfizer, same formula")]
    for b, i, mkt, t in rows:
        n, p, usd, c, _m = prod(b, i)
        mk("c_same_factory_claim", "counterfeit", b, mkt, t.format(b=n, p=p), "", cat=c, usd=usd)


@cls("c_refill_packaging", "counterfeit", "genuine containers refilled and resealed (oil cans, formula tins, perfume bottles, coffee jars, ink) and sold as the brand's product", novel=True)
def _():
    rows = [("shell", "en-NG", "Shell Helix Ultra 5W-40 4L – refilled original cans, new seal", "motor oil", 48),
            ("shell", "ar-EG", "زيت شل هيليكس الترا 4 لتر معبأ في عبوات أصلية", "motor oil", 48),
            ("danone", "zh-CN", "爱他美 Aptamil 3段 800g 原罐分装 新封口", "infant formula", 45),
            ("loreal", "en-PK", "Lancôme La Vie Est Belle 100ml refilled in original bottle, full", "fragrance", 160),
            ("nestle", "en-KE", "Nescafé Gold 200g jars – refilled, original jars, sealed", "coffee", 11),
            ("canon", "en-IN", "Canon PG-545 original cartridge refilled, new in box", "ink", 22),
            ("danone", "vi-VN", "Sữa Aptamil Đức 800g sang lon chính hãng", "infant formula", 45),
            ("abbott", "en-PH", "Similac 360 Total Care 3 900g repacked in original tins", "infant formula", 50),
            ("johnson-johnson", "en-NG", "Listerine Cool Mint 1L refill in original bottle", "otc", 8),
            ("estee-lauder", "th-TH", "Estée Lauder ANR 50ml รีฟิลขวดแท้", "skincare", 115),
            ("danone", "en-GH", "evian water 500ml x 24 refilled bottles, resealed", "bottled water", 14),
            ("shell", "ur-PK", "Shell Rimula R4 X 15W-40 اصل ڈبے میں ری فل", "motor oil", 38)]
    for b, mkt, t, c, usd in rows:
        mk("c_refill_packaging", "counterfeit", b, mkt, t, "", cat=c, usd=usd, frac=(0.2, 0.4))


@cls("c_frankenparts", "counterfeit", "aftermarket parts bearing the brand's mark to build or pass off its goods (dials, bezels, console shells, replacement cases with logo, monogram straps)", novel=True)
def _():
    rows = [("rolex", "Green sub dial with Rolex coronet, aftermarket, fits NH35 mod", "watches", 300), ("rolex", "Daytona ceramic bezel insert with Rolex tachymeter text", "watches", 400),
            ("omega", "Seamaster 300M blue wave dial with Omega logo, for mods", "watches", 300), ("nintendo", "Game Boy Advance replacement shell with Nintendo logo and buttons", "accessories", 25),
            ("nintendo", "Joy-Con replacement shells with Nintendo logo, neon", "accessories", 30), ("sony", "DualSense replacement housing with PS logo, white", "consoles", 30),
            ("apple", "AirPods Pro 2 replacement charging case with Apple logo and serial", "earbuds", 99), ("apple", "iPhone 15 Pro back glass with Apple logo, aftermarket", "phones", 60),
            ("louis-vuitton", "Replacement shoulder strap LV monogram canvas", "handbags", 400), ("gucci", "GG belt buckle replacement gold, fits 4cm", "belts", 300),
            ("cartier", "Love bracelet screws and screwdriver set, with Cartier marks", "jewelry", 200), ("michael-kors", "MK logo hang tag charm and lock replacement", "handbags", 60)]
    for b, t, c, usd in rows:
        mkt = R.choice(["en-CN", "en-US", "en-GB", "en-CN-dh"])
        mk("c_frankenparts", "counterfeit", b, mkt, t, "Aftermarket part. Logo as in photo. Fits perfectly.", cat=c, usd=usd, frac=(0.05, 0.2))


@cls("c_repro_cartridges", "counterfeit", "reproduction game cartridges, boxes and virtual pets ('repro', 'reproduction cart') of the platform's titles, mostly without naming the maker", novel=True)
def _():
    rows = [("nintendo", "Pokemon Emerald GBA reproduction cartridge, saves", 60), ("nintendo", "Zelda Ocarina of Time N64 repro cart", 45),
            ("nintendo", "EarthBound SNES repro, US version", 150), ("nintendo", "Pokemon Crystal GBC repro with new battery", 80),
            ("nintendo", "Super Mario 64 repro box + manual + tray", 40), ("nintendo", "Zelda Minish Cap new cartridge (reproduction)", 60),
            ("nintendo", "Chrono Trigger SNES repro, English", 150), ("nintendo", "Fire Emblem GBA repro cart, EN", 50),
            ("bandai", "Tamagotchi 1997 P1 repro, new in box", 59), ("bandai", "Digimon V-pet ver.1 reproduction, Bandai style box", 40),
            ("nintendo", "Pokemon HeartGold DS cartridge repro (no case)", 90), ("nintendo", "Metroid Zero Mission GBA reproduction", 50)]
    for b, t, usd in rows:
        mkt = R.choice(["en-US", "en-GB", "en-CN", "de-DE-ebay", "en-AU", "es-ES"])
        mk("c_repro_cartridges", "counterfeit", b, mkt, t, "Reproduction. Tested on original hardware.", cat="video games" if b == "nintendo" else "toys", usd=usd, frac=(0.15, 0.35))


@cls("c_shipping_fee_price", "counterfeit", "a nominal item price (1 unit) with the real price hidden in a large 'shipping / handling' fee in the text", novel=True)
def _():
    rows = [("dyson", 0, "en-US"), ("apple", 0, "en-GB"), ("rolex", 0, "en-AU"), ("louis-vuitton", 0, "de-DE-ebay"), ("bose", 0, "en-CA"),
            ("sony", 1, "en-US"), ("canada-goose", 0, "en-CA"), ("samsung", 0, "fr-FR"), ("nintendo", 0, "es-ES"), ("gucci", 0, "it-IT"),
            ("the-north-face", 0, "en-GB"), ("cartier", 0, "nl-NL")]
    for b, i, mkt in rows:
        n, p, usd, c, _m = prod(b, i)
        ship = money(usd, 0.1, 0.2, mkt)
        mk("c_shipping_fee_price", "counterfeit", b, mkt, f"{n} {p} new", f"Item price 1 {ship['currency']}. Shipping & handling {ship['amount']:.0f} {ship['currency']} (insured, tracked).",
           price={"amount": 1.0, "currency": M[mkt][1]}, cat=c)


@cls("c_pet_goods_logo", "counterfeit", "pet clothes, collars and carriers bearing a fashion brand's logo or pattern, at pet-shop prices", novel=True)
def _():
    rows = [("gucci", "Gucci dog hoodie GG print, XS-XL"), ("louis-vuitton", "Louis Vuitton monogram dog collar and leash set"), ("burberry", "Burberry check dog coat, waterproof"),
            ("nike", "Nike swoosh dog hoodie, grey"), ("adidas", "adidas 3-stripe dog tracksuit, trefoil"), ("the-north-face", "The North Face dog puffer jacket with logo"),
            ("michael-kors", "Michael Kors MK pet carrier bag small dog"), ("coach", "Coach signature dog collar, leather"), ("canada-goose", "Canada Goose dog parka with disc patch"),
            ("louis-vuitton", "LV cat bed monogram, washable"), ("gucci", "Gucci web-stripe dog harness"), ("puma", "Puma dog t-shirt with cat logo")]
    for b, t in rows:
        mkt = R.choice(["en-US", "en-CN", "en-GB", "en-US-wish", "en-PH", "es-MX"])
        mk("c_pet_goods_logo", "counterfeit", b, mkt, t, "Cute and warm, fits small and medium dogs.", cat="pet apparel", usd=R.choice([12, 15, 19, 24]), frac=(0.9, 1.1))


@cls("c_tags_attribute", "counterfeit", "generic title and description; the brand and line only in a 'Tags / Keywords / Search terms' attribute, at a copy's price", novel=True)
def _():
    rows = [("rolex", "Men's automatic watch 41mm", "Tags", "rolex, submariner, hulk, luxury watch"), ("louis-vuitton", "Large canvas tote, brown", "Keywords", "louis vuitton neverfull mm monogram"),
            ("dyson", "Hair styler set 6 in 1", "Search terms", "dyson airwrap complete long"), ("nike", "Men's low sneakers white/black", "Tags", "nike dunk low panda"),
            ("apple", "Wireless earbuds ANC white", "Keywords", "airpods pro 2 apple"), ("gucci", "Leather belt with double buckle", "Tags", "gucci belt gg marmont"),
            ("canada-goose", "Men's down parka with fur hood", "Search keywords", "canada goose expedition parka"), ("cartier", "Gold screw bangle", "Tags", "cartier love bracelet"),
            ("bose", "Over-ear ANC headphones black", "Keywords", "bose qc45 quietcomfort"), ("omega", "Chronograph watch black dial", "Tags", "omega speedmaster moonwatch"),
            ("michael-kors", "Women's saffiano tote", "Keywords", "michael kors jet set mk"), ("burberry", "Cashmere check scarf", "Tags", "burberry scarf check")]
    for b, t, k, v in rows:
        n, p, usd, c, _m = prod(b, 0)
        mkt = R.choice(["en-US", "en-GB", "en-CN", "en-AU", "en-SG"])
        mk("c_tags_attribute", "counterfeit", b, mkt, t, "New. Fast shipping.", cat=c, usd=usd, attrs={k: v, "Condition": "New"})


@cls("c_url_slug_only", "counterfeit", "generic title; the brand and product only in the listing URL's slug, at a copy's price")
def _():
    rows = [("rolex", "Men's diver watch green", "https://www.dhgate.com/product/rolex-submariner-date-41mm-green-126610lv/{id}.html", "en-CN-dh"),
            ("dyson", "Hair styler multi-function", "https://www.tokopedia.com/grosirjkt/dyson-airwrap-complete-long-{id}", "id-ID"),
            ("apple", "Audífonos inalámbricos ANC", "https://articulo.mercadolibre.com.mx/MLM-{id}-airpods-pro-2-generacion-_JM", "es-MX"),
            ("louis-vuitton", "Tote bag canvas brown", "https://shopee.ph/Louis-Vuitton-Neverfull-MM-Monogram-i.{id}", "en-PH"),
            ("gucci", "Women shoulder bag black", "https://www.etsy.com/listing/{id}/gucci-gg-marmont-small-shoulder-bag", "en-US-etsy"),
            ("nike", "Tênis masculino branco e preto", "https://produto.mercadolivre.com.br/MLB-{id}-tenis-nike-dunk-low-panda-_JM", "pt-BR"),
            ("canada-goose", "Men's winter parka", "https://www.carousell.sg/p/canada-goose-expedition-parka-{id}/", "en-SG"),
            ("cartier", "Gold bangle screw design", "https://www.dhgate.com/product/cartier-love-bracelet-18k/{id}.html", "en-CN-dh"),
            ("bose", "Tai nghe chống ồn", "https://shopee.vn/Tai-nghe-Bose-QuietComfort-45-i.{id}", "vi-VN"),
            ("omega", "Chronograph black dial", "https://www.carousell.com.hk/p/omega-speedmaster-moonwatch-{id}/", "zh-HK"),
            ("samsung", "Smartphone 256GB black", "https://jiji.ng/ikeja/mobile-phones/samsung-galaxy-s24-ultra-256gb-{id}.html", "en-NG"),
            ("the-north-face", "Puffer jacket black 700", "https://www.vinted.co.uk/items/{id}-the-north-face-1996-retro-nuptse", "en-GB")]
    for b, t, u, mkt in rows:
        n, p, usd, c, _m = prod(b, 0)
        mk("c_url_slug_only", "counterfeit", b, mkt, t, "New, good quality.", cat=c, usd=usd, url=u.format(id=R.randint(10**8, 10**9)))


@cls("c_image_filename_only", "counterfeit", "generic title; the brand and product only in the photos' file names (product shots saved from the brand's site), at a copy's price")
def _():
    rows = [("dyson", "Hair styler complete set", "dyson-airwrap-complete-long-nickel-copper"), ("rolex", "Automatic watch 41mm", "rolex-submariner-date-126610lv-hero"),
            ("apple", "Wireless earbuds with case", "apple-airpods-pro-2-usb-c-front"), ("louis-vuitton", "Canvas tote bag", "louis-vuitton-neverfull-mm-monogram-M40995"),
            ("nike", "Sneakers low white black", "nike-dunk-low-retro-panda-DD1391-100"), ("gucci", "Small shoulder bag", "gucci-gg-marmont-small-matelasse-443497"),
            ("bose", "ANC headphones", "bose-quietcomfort-45-triple-black"), ("cartier", "Screw bangle gold", "cartier-love-bracelet-B6067417-yellow-gold"),
            ("canada-goose", "Down parka men", "canada-goose-expedition-parka-black-2051M"), ("sony", "Noise cancelling headphones", "sony-wh-1000xm5-black-main"),
            ("omega", "Moon chronograph", "omega-speedmaster-moonwatch-professional-310-30-42"), ("the-north-face", "Retro puffer", "tnf-1996-retro-nuptse-jacket-black")]
    for b, t, fn in rows:
        n, p, usd, c, _m = prod(b, 0)
        mkt = R.choice(["en-US", "en-CN", "en-GB", "en-PH", "en-AU"])
        base = R.choice(["https://cdn.shopify.com/s/files/1/0{0}/files/".format(R.randint(100, 999)), "https://i.imgur.com/", "https://shop-img.example-cdn.net/uploads/2026/11/"])
        mk("c_image_filename_only", "counterfeit", b, mkt, t, "See photos.", cat=c, usd=usd, images=[f"{base}{fn}-1.jpg", f"{base}{fn}-2.jpg"])


@cls("c_set_number_clone", "counterfeit", "knock-off building sets and model kits sold by the genuine set number and name ('75192 … 7541 pcs, compatible'), or bootleg kit makers' copies", novel=True)
def _():
    rows = [("lego", "Building blocks 75192 Millennium Falcon 7541 pcs, minifigs included", 849.99), ("lego", "42115 Lamborghini Sián 3696 pcs technic building kit", 449.99),
            ("lego", "21318 Tree House building block set, compatible", 229.99), ("lego", "10497 Galaxy Explorer bricks set, 1254 pcs", 99.99),
            ("lego", "42143 Ferrari Daytona SP3 building kit 3778 pcs", 399.99), ("lego", "75313 AT-AT UCS blocks 6785 pcs", 849.99),
            ("lego", "10294 Titanic building blocks 9090 pieces, same as original", 679.99), ("lego", "71043 Hogwarts Castle bricks 6020 pcs with figures", 469.99),
            ("bandai", "Daban MG 1/100 RX-78-2 Ver 3.0 model kit", 50), ("bandai", "PG 1/60 Unicorn Gundam (Daban) with LED", 280),
            ("bandai", "HG 1/144 Aerial Gundam copy kit", 20), ("lego", "Technic 42083 Bugatti Chiron 3599 pcs compatible", 379.99)]
    for b, t, usd in rows:
        mkt = R.choice(["en-CN", "en-CN-dh", "en-PH", "en-MY", "ru-RU", "pl-PL"])
        mk("c_set_number_clone", "counterfeit", b, mkt, t, "Compatible with major brands. Box and instructions included.", cat="building sets" if b == "lego" else "model kits", usd=usd, frac=(0.08, 0.2))


@cls("c_translated_calque", "counterfeit", "the brand's descriptive mark translated word for word into the market's language (Cara Norte, Oca Canadese, Канадский гусь, Ala de Oro)")
def _():
    rows = [("the-north-face", "es-ES", "Chaqueta Cara Norte 700 plumas, nueva, réplica", "jackets"), ("canada-goose", "it-IT", "Piumino Oca Canadese uomo, nuovo, prezzo affare", "parkas"),
            ("canada-goose", "ru-RU", "Пуховик Канадский гусь, новый, копия", "parkas"), ("the-north-face", "tr-TR", "Kuzey Yüzü şişme mont 700, sıfır, A kalite", "jackets"),
            ("canada-goose", "pt-BR", "Parka Ganso Canadense masculina, nova, primeira linha", "parkas"), ("canada-goose", "fr-FR", "Parka Oie du Canada, neuve, pas chère", "parkas"),
            ("the-north-face", "de-DE", "Daunenjacke Nordwand 700, neu, günstig", "jackets"), ("honda", "es-MX", "Emblema Ala de Oro para moto, réplica", "auto parts"),
            ("mattel", "de-DE", "Heiße Räder Rennbahn Set, neu, Nachbau", "die-cast cars"), ("canada-goose", "pl-PL", "Kurtka Kanadyjska Gęś, nowa, tanio", "parkas"),
            ("estee-lauder", "es-AR", "Reparación Nocturna Avanzada 50ml, réplica AAA", "skincare"), ("the-north-face", "uk-UA", "Пуховик Норт Фейс Північна Сторона, копія", "jackets")]
    for b, mkt, t, c in rows:
        n, p, usd, _c, _m = prod(b, 0)
        usd = {"auto parts": 60, "die-cast cars": 39}.get(c, usd)
        mk("c_translated_calque", "counterfeit", b, mkt, t, "", cat=c, usd=usd)


@cls("c_fake_sample_unreleased", "counterfeit", "'sample / prototype / not for resale / unreleased colourway / demo unit' as the story for new goods at a copy's price", novel=True)
def _():
    rows = [("nike", 1, "en-US", "{b} {p} SAMPLE – unreleased colourway, size 9"), ("adidas", 0, "en-GB", "{b} {p} sample pair, not for resale"),
            ("rolex", 0, "en-AE", "{b} {p} display model, not for resale"), ("apple", 0, "en-PH", "{b} {p} engineering sample, full working"),
            ("samsung", 0, "en-IN", "{b} {p} demo unit, fully working, new"), ("loreal", 0, "en-NG", "{b} {p} NOT FOR SALE sample, full size"),
            ("bose", 0, "en-CA", "{b} {p} press sample, unused"), ("dyson", 0, "en-AU", "{b} {p} prototype / staff sample"),
            ("the-north-face", 0, "en-GB-depop", "{b} {p} unreleased sample colour"), ("canada-goose", 0, "en-CA", "{b} {p} production sample, size M"),
            ("sony", 0, "ja-JP", "{b} {p} 非売品 サンプル 新品"), ("nike", 0, "zh-TW", "{b} {p} 樣品鞋 未發售配色")]
    for b, i, mkt, t in rows:
        n, p, usd, c, _m = prod(b, i)
        mk("c_fake_sample_unreleased", "counterfeit", b, mkt, t.format(b=n, p=p), "Rare piece. Comes as shown.", cat=c, usd=usd)


@cls("c_box_frame_item_inside", "counterfeit", "a title selling the brand's empty box, dust bag or papers, while the text says the item comes with it", novel=True)
def _():
    rows = [("rolex", "en-GB", "Rolex box and papers set 2024", "Watch included 😉 ask for pics", 10250, "watches"),
            ("louis-vuitton", "en-US-fb", "Louis Vuitton dust bag + box (large)", "Bag is inside the dust bag, new, monogram MM.", 2030, "handbags"),
            ("apple", "en-PH", "AirPods Pro 2 box only", "Box with everything inside, earbuds and case too, sealed.", 249, "earbuds"),
            ("nike", "en-NG", "Nike shoe box Dunk Low size 42", "Shoes inside the box, brand new.", 115, "sneakers"),
            ("dyson", "en-MY", "Dyson Airwrap storage case + box", "Comes with the styler and all attachments inside.", 599, "hair care"),
            ("cartier", "fr-FR", "Écrin Cartier rouge pour bracelet Love", "Le bracelet est dedans, neuf, taille 17.", 7100, "jewelry"),
            ("gucci", "it-IT", "Scatola e dustbag Gucci Marmont", "Borsa inclusa nella scatola, nuova.", 2450, "handbags"),
            ("omega", "de-DE", "Omega Box und Papiere Speedmaster", "Uhr ist mit dabei, ungetragen.", 7000, "watches"),
            ("canada-goose", "en-CA", "Canada Goose hanger, tags & bag", "Parka on the hanger comes too, new, size L.", 1495, "parkas"),
            ("michael-kors", "es-MX", "Caja y bolsa Michael Kors", "Incluye la bolsa Jet Set adentro, nueva.", 228, "handbags"),
            ("bose", "en-US", "Bose QC45 empty box + manuals", "Headphones included inside, never used.", 329, "headphones"),
            ("swarovski", "pl-PL", "Pudełko Swarovski na naszyjnik", "W środku naszyjnik Millenia, nowy.", 280, "jewelry")]
    for b, mkt, t, d, usd, c in rows:
        mk("c_box_frame_item_inside", "counterfeit", b, mkt, t, d, cat=c, usd=usd)


@cls("c_digital_design_files", "counterfeit", "digital files of the brand's logo or monogram pattern for making goods (SVG for Cricut, sublimation prints, embroidery files) 'commercial use OK'", novel=True)
def _():
    rows = [("louis-vuitton", "Louis Vuitton monogram SVG PNG bundle for Cricut, commercial use"), ("gucci", "Gucci GG pattern seamless digital paper, sublimation"),
            ("nike", "Nike swoosh logo SVG cut file, Just Do It, shirts and tumblers"), ("rolex", "Rolex crown logo vector EPS SVG DXF, laser engraving"),
            ("coca-cola", "Coca-Cola script logo SVG for tumbler wraps"), ("burberry", "Burberry check pattern PNG 300dpi, sublimation print"),
            ("michael-kors", "Michael Kors MK logo SVG bundle"), ("coach", "Coach signature C pattern printable, instant download"),
            ("adidas", "adidas trefoil and three stripes SVG for heat press"), ("the-north-face", "The North Face logo embroidery file DST PES JEF"),
            ("canada-goose", "Canada Goose arctic disc patch embroidery design file"), ("puma", "Puma cat logo SVG cut file, commercial license")]
    for b, t in rows:
        mkt = R.choice(["en-US-etsy", "en-GB-etsy"])
        mk("c_digital_design_files", "counterfeit", b, mkt, t, "Instant digital download. No physical item will be shipped. Commercial use allowed.",
           cat="digital", usd=R.choice([2.5, 3.99, 4.5, 1.99]), frac=(1, 1))


@cls("c_variant_price_bait", "counterfeit", "a listing priced at its cheapest variant (a case, a strap) whose options include the brand's full product", novel=True)
def _():
    rows = [("apple", "AirPods Pro 2 / case / ear tips", {"Variation": "Silicone case | Ear tips | AirPods Pro 2 full set"}),
            ("samsung", "Galaxy S24 Ultra / cover / glass", {"Option": "Tempered glass | Cover | Galaxy S24 Ultra 256GB"}),
            ("dyson", "Dyson Airwrap attachments & complete set", {"Variasi": "Round brush | Diffuser | Airwrap Complete Long"}),
            ("sony", "Sony WH-1000XM5 ear pads / headphones", {"Phân loại": "Đệm tai | Hộp đựng | Tai nghe WH-1000XM5"}),
            ("nintendo", "Switch OLED screen protector / console", {"Option": "Screen protector | Carry case | Switch OLED console"}),
            ("bose", "Bose QC45 cushions / headphones", {"Variation": "Ear cushions | Cable | QC45 headphones"}),
            ("lego", "LEGO 75192 minifigure / full set", {"Option": "Minifigure | Display stand | 75192 full set"}),
            ("rolex", "Rolex Submariner strap / watch", {"Option": "Rubber strap | Bracelet links | Submariner 41mm"}),
            ("apple", "iPhone 15 Pro case / phone", {"Variation": "Clear case | MagSafe case | iPhone 15 Pro 128GB"}),
            ("canon", "Canon EOS R6 Mark II strap / body", {"Option": "Strap | Battery grip | EOS R6 Mark II body"}),
            ("philips", "Sonicare brush heads / DiamondClean 9000", {"Variation": "Brush heads 4 pack | Charger | DiamondClean 9000"}),
            ("louis-vuitton", "Neverfull pouch insert / bag", {"Option": "Organizer insert | Pouch | Neverfull MM"})]
    for b, t, attrs in rows:
        n, p, usd, c, _m = prod(b, 0)
        mkt = R.choice(["en-PH", "en-MY", "id-ID", "vi-VN", "th-TH", "en-SG"])
        c = "phones" if "iPhone" in t else c
        mk("c_variant_price_bait", "counterfeit", b, mkt, t, "Please choose your variation. Price depends on option.", cat=c, usd=R.choice([3, 4, 5, 6]), frac=(1, 1), attrs=attrs)


@cls("c_football_kits", "counterfeit", "football club and national team shirts named by club and season only (the kit maker never named), at a copy's price", novel=True)
def _():
    rows = [("adidas", "Real Madrid 24/25 home shirt, player version"), ("adidas", "Arsenal 2024/25 away jersey, name & number printing"),
            ("adidas", "Juventus home kit 24/25 adults + kids"), ("adidas", "Bayern München Trikot 24/25 heim"), ("adidas", "Manchester United home 24/25 fan version"),
            ("nike", "Barcelona 24/25 home jersey, player issue"), ("nike", "PSG 2024/25 home kit with Mbappé print"), ("nike", "Liverpool 24/25 home shirt S-4XL"),
            ("nike", "Brazil 2026 World Cup home jersey"), ("nike", "Chelsea 24/25 away kit"), ("puma", "Man City 24/25 home jersey, UCL badge"),
            ("puma", "AC Milan home shirt 24/25")]
    for b, t in rows:
        mkt = R.choice(["en-NG", "en-KE", "en-GH", "id-ID", "vi-VN", "en-IN", "ar-EG", "pt-BR", "es-MX", "tr-TR"])
        mk("c_football_kits", "counterfeit", b, mkt, t, "Sizes S-4XL available. Name and number printing extra. Wholesale for teams.", cat="football shirts", usd=110, frac=(0.08, 0.15))


@cls("c_new_by_weight", "counterfeit", "new branded goods sold by the kilo or by the bale, tags on, at a pittance per piece", novel=True)
def _():
    rows = [("nike", "New Nike sneakers by the kg, mixed sizes, with box, 25 kg bale", "en-KE"), ("adidas", "adidas new tracksuits bale 45kg, tags on", "en-NG"),
            ("levis", "New Levi's 501 jeans, per kg, mixed sizes", "en-GH"), ("the-north-face", "The North Face new jackets bale 50 pcs", "en-PK"),
            ("puma", "Puma new t-shirts by kilo, original tags", "en-KE"), ("michael-kors", "Michael Kors new handbags bale 20 pcs", "en-NG"),
            ("nike", "Nike Tech Fleece new, 30 kg bale, mixed colours", "en-GH"), ("gucci", "Gucci new belts lot by weight, 10kg", "en-NG"),
            ("adidas", "adidas Samba new pairs by bale, 40 pairs", "sw-KE"), ("canada-goose", "Canada Goose new parkas bale of 10", "en-PK"),
            ("coach", "Coach new wallets by the kg", "en-KE"), ("louis-vuitton", "LV new bags bale 15 pieces mixed", "en-NG")]
    for b, t, mkt in rows:
        n, p, usd, c, _m = prod(b, 0)
        mk("c_new_by_weight", "counterfeit", b, mkt, t, "Grade A new stock, direct import. Price for the whole bale.", cat=c, usd=usd * 2, frac=(0.1, 0.3))

@cls("c_ko_figures", "counterfeit", "toy collectors' 'KO' (knock-off) versions of licensed figures, dolls and blasters, named with the genuine line and the word KO", novel=True)
def _():
    rows = [("hasbro", "Transformers Studio Series Optimus Prime KO version, oversized", 59.99), ("hasbro", "MP-44 Masterpiece Convoy KO, new in box", 550),
            ("hasbro", "KO Marvel Legends Spider-Man 6 inch figure", 25), ("hasbro", "Star Wars Black Series Mandalorian KO figure", 25),
            ("hasbro", "Transformers Legacy Bumblebee KO (third-party copy)", 30), ("hasbro", "My Little Pony G1 KO ponies lot of 6, new", 60),
            ("bandai", "S.H.Figuarts Goku Ultra Instinct KO version, boxed", 45), ("bandai", "Robot Spirits RX-78-2 Gundam KO", 60),
            ("bandai", "Gunpla HG Zaku II KO kit with stand", 20), ("mattel", "Barbie Dreamhouse KO doll house with 3 dolls", 199),
            ("mattel", "Masters of the Universe Origins He-Man KO", 20), ("hasbro", "Nerf Elite 2.0 KO blaster with 20 darts", 25)]
    for b, t, usd in rows:
        mkt = R.choice(["en-CN", "en-US", "en-GB", "en-PH", "en-MY", "en-AU"])
        cat = {"hasbro": "action figures", "bandai": "model kits", "mattel": "dolls"}[b]
        mk("c_ko_figures", "counterfeit", b, mkt, t, "KO version. Good quality for the price, box may differ.", cat=cat, usd=usd, frac=(0.15, 0.35))


@cls("c_redeem_codes", "counterfeit", "software subscriptions as 'redeem / activation / download codes' for any account, at a few per cent of the price")
def _():
    rows = [("adobe", "Adobe Creative Cloud All Apps 12 months redeem code – instant delivery", 659), ("adobe", "Photoshop 1 year token, activate on your own account", 263),
            ("adobe", "Acrobat Pro 12 months download code, global", 240), ("adobe", "Adobe CC 2026 redemption code, any region", 659),
            ("autodesk", "AutoCAD 2026 1 year license code on your email", 1975), ("autodesk", "Revit 2026 annual subscription code", 2910),
            ("autodesk", "Autodesk Fusion 360 commercial 1 year key", 680), ("microsoft", "Microsoft 365 Family 15 months code, new accounts only", 130),
            ("microsoft", "Windows 11 Pro retail code, instant email", 199), ("microsoft", "Office Home & Business 2021 bind key, lifetime", 249),
            ("autodesk", "3ds Max 2026 1 year activation code", 1975), ("adobe", "Lightroom + Photoshop photography plan 1 year code", 120)]
    for b, t, usd in rows:
        mkt = R.choice(["en-US", "en-IN", "en-PK", "en-PH", "en-NG", "en-GB"])
        mk("c_redeem_codes", "counterfeit", b, mkt, t, "Code sent by email within minutes. Works worldwide. Full version, all updates.", cat="software licenses", usd=usd, frac=(0.02, 0.07))

# ============================================================== innocent
AUTH = {"nike": [("amazon-us", "A2NIKE0FFICIAL", "Nike", "en-US-amz"), ("ebay", "nike-outlet-us", "Nike Outlet", "en-US")],
        "bose": [("ebay", "bose-refurbished", "Bose Refurbished", "en-US"), ("amazon-us", "A7BOSE0FFICIAL", "Bose", "en-US-amz")],
        "samsung": [("amazon-de", "A8SAMSUNGDE", "Samsung Deutschland", "de-DE-amz")], "adidas": [("amazon-de", "A3ADIDAS0FFICIAL", "adidas", "de-DE-amz")],
        "rolex": [("ebay", "rolex-certified-preowned-demo", "Rolex Certified Pre-Owned", "en-US")], "honda": [("ebay", "honda-genuine-parts-us", "Honda Genuine Parts", "en-US")],
        "toyota": [("ebay", "toyota-parts-direct", "Toyota Parts Direct", "en-US")], "bmw": [("amazon-de", "A12BMWTEILE", "BMW Teile", "de-DE-amz")],
        "dyson": [("amazon-us", "A27DYSON", "Dyson", "en-US-amz")], "lego": [("amazon-us", "A19LEGO", "LEGO", "en-US-amz")],
        "pandora": [("amazon-de", "A33PANDORA", "Pandora", "de-DE-amz")], "philips": [("amazon-de", "A28PHILIPS", "Philips", "de-DE-amz")],
        "louis-vuitton": [("tmall", "louisvuitton-official", "路易威登官方旗舰店", "zh-CN-tm")], "shiseido": [("tmall", "shiseido-official", "资生堂官方旗舰店", "zh-CN-tm")]}


@cls("in_authorized_store", "innocent", "the brand's own authorized store on eBay, Amazon US/DE or Tmall, at list price or an ordinary sale")
def _():
    order = ["nike", "bose", "samsung", "adidas", "rolex", "honda", "toyota", "bmw", "dyson", "lego", "pandora", "philips", "louis-vuitton", "bose"]
    for k, b in enumerate(order[:13]):
        mp, sid, sname, mkt = AUTH[b][k % len(AUTH[b])]
        n, p, usd, c, _m = prod(b, 1 if b == "bose" and k > 5 else 0)
        t = f"{n} {p}" if not mkt.startswith("zh") else f"{n} {p} 官方正品"
        if b == "rolex":
            t, usd = "Rolex Submariner Date 126610LN, 2021, Certified Pre-Owned", 14500
        if b == "bose" and sid == "bose-refurbished":
            t = "Bose QuietComfort Ultra Earbuds - Certified Refurbished"; usd = 229
        r = mk("in_authorized_store", "innocent", b, mkt, t, "Sold and shipped by the brand. Manufacturer warranty.", cat=c, usd=usd, frac=(0.85, 1.0),
               seller={"id": sid, "name": sname, "country": M[mkt][3]})
        r["marketplace"] = mp


@cls("in_retail_sale_fair", "innocent", "new genuine goods from an ordinary retailer in its own language, in an ordinary sale (10-25 % off list)")
def _():
    rows = [("sony", 0, "de-DE-ebay", "{b} {p} – Black Week Angebot, neu & OVP", "Neuware vom Fachhändler, Rechnung mit MwSt., 2 Jahre Garantie."),
            ("dyson", 1, "fr-FR", "{b} {p} – promo -15%, neuf", "Vendu par notre magasin, facture fournie, garantie 2 ans."),
            ("apple", 0, "it-IT", "{b} {p} nuovi, offerta Black Friday", "Prodotto nuovo sigillato, garanzia Italia, fattura."),
            ("the-north-face", 0, "nl-NL", "{b} {p} – sale 20% korting", "Nieuw met labels, uit onze winkel in Utrecht."),
            ("canon", 0, "en-GB", "{b} {p} – Black Friday deal, UK stock", "New and boxed, VAT invoice, UK warranty."),
            ("adidas", 1, "es-ES", "{b} {p} – rebajas -20%", "Nuevas en caja, tienda física en Valencia."),
            ("samsung", 0, "pl-PL", "{b} {p} – promocja, nowy, faktura VAT", "Nowy, gwarancja producenta 24 mies."),
            ("bose", 0, "sv-SE", "{b} {p} – rea 20%", "Ny, oöppnad, köpt från vår butik. Kvitto."),
            ("canada-goose", 0, "en-CA", "{b} {p} – end of season 15% off", "New with tags, from our Banff store."),
            ("lego", 0, "en-AU", "{b} {p} – Click Frenzy sale", "Brand new sealed, Aussie retailer, tax invoice."),
            ("philips", 0, "cs-CZ", "{b} {p} – akce -20%, nový", "Nový, záruka 2 roky, faktura."),
            ("yonex", 0, "en-MY", "{b} {p} – year-end sale, original", "Brand new from our Penang shop, with warranty card."),
            ("nike", 0, "fi-FI", "{b} {p} – Black Friday -10%", "Uudet, kuitti mukaan.")]
    for b, i, mkt, t, d in rows:
        n, p, usd, c, _m = prod(b, i)
        mk("in_retail_sale_fair", "innocent", b, mkt, t.format(b=n, p=p), d, cat=c, usd=usd, frac=(0.78, 0.9))


@cls("in_retail_nonecb", "innocent", "new genuine goods from local retailers in markets whose currency the ECB does not publish, at local (import-inclusive) prices")
def _():
    rows = [("apple", 0, "en-NG", "{b} {p} – sealed, 1 year warranty, Ikeja"), ("samsung", 0, "vi-VN", "{b} {p} chính hãng SSVN, mới 100%"),
            ("sony", 1, "ur-PK", "{b} {p} نیا، آفیشل وارنٹی"), ("dyson", 1, "ar-EG", "{b} {p} جديد بضمان الوكيل"),
            ("nike", 1, "en-KE", "{b} {p} – new in box, Westgate shop"), ("canon", 0, "bn-BD", "{b} {p} নতুন, অফিসিয়াল ওয়ারেন্টি"),
            ("bose", 0, "kk-KZ", "{b} {p} новые, гарантия 1 год"), ("adidas", 0, "sr-RS", "{b} {p} nove, sa računom"),
            ("philips", 0, "ka-GE", "{b} {p} ახალი, გარანტიით"), ("nintendo", 0, "zh-TW", "{b} {p} 台灣公司貨 全新"),
            ("lego", 1, "es-CL", "{b} {p} nuevo sellado, boleta"), ("wilson", 0, "es-CO", "{b} {p} nueva, tienda oficial de tenis Bogotá"),
            ("yonex", 1, "uk-UA", "{b} {p} нова, оригінал, чек")]
    for b, i, mkt, t in rows:
        n, p, usd, c, _m = prod(b, i)
        mk("in_retail_nonecb", "innocent", b, mkt, t.format(b=n, p=p), "", cat=c, usd=usd, frac=(1.0, 1.3))


@cls("in_used_local_langs", "innocent", "used genuine goods described with their wear, in the market's language, at used prices (45-70 % of new)")
def _():
    rows = [("louis-vuitton", 1, "ja-JP", "{b} {p} 中古 使用感あり 角スレ", "2019年に銀座店で購入。持ち手に色の変化あり。"),
            ("dyson", 0, "ko-KR", "{b} {p} 중고 A급 사용감 적음", "1년 사용, 구성품 모두 있음."),
            ("rolex", 1, "de-DE", "{b} {p} gebraucht, Box & Papiere 2018", "Getragen, leichte Kratzer am Band, Revision 2024."),
            ("bose", 0, "fr-FR", "{b} {p} d'occasion, très bon état", "Coussinets un peu usés, boîte d'origine."),
            ("nike", 0, "pt-BR", "{b} {p} usado 3 vezes, nº 41", "Tênis original, com caixa, pequenas marcas de uso."),
            ("canon", 0, "pl-PL", "{b} {p} używany, przebieg 12 tys. zdjęć", "Stan bardzo dobry, komplet, paragon."),
            ("canada-goose", 1, "sv-SE", "{b} {p} begagnad, strl M", "Använd två vintrar, liten fläck på ärmen."),
            ("gucci", 1, "it-IT", "{b} {p} usata, segni d'uso sulla fibbia", "Con scatola e scontrino del negozio di Milano."),
            ("apple", 2, "es-AR", "{b} {p} usado, batería 91%", "Impecable, con caja y cargador."),
            ("nintendo", 0, "ru-RU", "{b} {p} б/у, в хорошем состоянии", "Пользовались полгода, всё работает, коробка есть."),
            ("yonex", 0, "id-ID", "{b} {p} bekas mulus, senar baru", "Original, garansi sudah habis."),
            ("omega", 1, "he-IL", "{b} {p} יד שנייה, מצב מצוין", "נקנה ב-2020 בחנות מורשית, עם קופסה."),
            ("sony", 0, "th-TH", "{b} {p} มือสอง สภาพดี", "ใช้ไม่กี่เดือน อุปกรณ์ครบกล่อง")]
    for b, i, mkt, t, d in rows:
        n, p, usd, c, _m = prod(b, i)
        mk("in_used_local_langs", "innocent", b, mkt, t.format(b=n, p=p), d, cat=c, usd=usd, frac=(0.45, 0.7))


@cls("in_used_broken_parts", "innocent", "genuine goods sold broken or 'for parts / not working', priced as such")
def _():
    rows = [("apple", 1, "en-US", "{b} {p} for parts – iCloud locked, cracked screen"), ("dyson", 2, "en-GB", "{b} {p} not working – battery dead, spares or repairs"),
            ("sony", 1, "de-DE-ebay", "{b} {p} defekt, kein Bild – für Bastler"), ("samsung", 0, "fr-FR", "{b} {p} HS pour pièces, écran cassé"),
            ("bose", 0, "en-AU", "{b} {p} faulty – left side no sound"), ("nintendo", 0, "es-ES", "{b} {p} averiada, no carga, para piezas"),
            ("canon", 0, "it-IT", "{b} {p} guasta, errore otturatore, per ricambi"), ("philips", 1, "nl-NL", "{b} {p} defect, gaat niet meer aan"),
            ("dyson", 0, "en-CA", "{b} {p} – motor makes noise, for repair"), ("microsoft", 2, "pl-PL", "{b} {p} uszkodzony, nie czyta płyt"),
            ("apple", 2, "en-US-fb", "{b} {p} water damaged, won't boot, parts only"), ("panasonic", 0, "ja-JP", "{b} {p} ジャンク 通電不可")]
    for b, i, mkt, t in rows:
        n, p, usd, c, _m = prod(b, i)
        mk("in_used_broken_parts", "innocent", b, mkt, t.format(b=n, p=p), "Sold as seen, no returns. Genuine unit, see photos of serial.", cat=c, usd=usd, frac=(0.1, 0.25))


@cls("in_consignment_authenticated", "innocent", "pre-owned luxury from consignment and resale dealers with condition grades, date codes and authentication, at resale prices", novel=True)
def _():
    rows = [("louis-vuitton", 0, "en-US", "Pre-owned {b} {p}, date code SD4189, condition B+"), ("gucci", 0, "en-GB", "Pre-loved {b} {p}, authenticated, good condition"),
            ("cartier", 0, "en-US", "{b} {p} size 17, pre-owned, with certificate of authenticity"), ("rolex", 1, "de-DE", "{b} {p} aus Sammlerhand, geprüft, LC100"),
            ("louis-vuitton", 1, "ja-JP", "{b} {p} 中古 ABランク 鑑定済み"), ("burberry", 1, "en-GB", "Pre-owned {b} {p} size UK 10, very good"),
            ("michael-kors", 0, "en-US", "Pre-owned {b} {p}, gently used"), ("omega", 0, "fr-FR", "{b} {p} d'occasion, révisée, garantie 12 mois"),
            ("coach", 0, "en-AU", "Pre-loved {b} {p}, authenticated by our team"), ("gucci", 1, "it-IT", "{b} {p} usata, autenticata, condizioni A"),
            ("swarovski", 0, "de-AT", "{b} {p} gebraucht, mit Originalbox"), ("louis-vuitton", 2, "zh-HK", "{b} {p} 二手 九成新 已鑑定")]
    for b, i, mkt, t in rows:
        n, p, usd, c, _m = prod(b, i)
        mk("in_consignment_authenticated", "innocent", b, mkt, t.format(b=n, p=p), "Authenticated by our in-house experts. Signs of wear shown in photos. 14-day returns.",
           cat=c, usd=usd, frac=(0.5, 0.8), seller={"id": R.choice(["luxe-resale-co", "second-chance-luxury", "vintage-treasures-ltd", "brandoff-store", "komehyo-online"]) + str(R.randint(1, 99)),
                                                       "name": "Luxury Resale", "country": M[mkt][3]})


@cls("in_secondhand_bales", "innocent", "bales of used clothing and shoes (mitumba, okrika) named by the brands in them, priced per bale by weight", novel=True)
def _():
    rows = [("nike", "Mitumba bale – mixed Nike & adidas hoodies, grade 1, 45kg", "en-KE", ["adidas"]), ("adidas", "Okrika bale adidas tracksuit tops, first grade", "en-NG", []),
            ("levis", "Second-hand Levi's jeans bale, 50kg, grade A", "en-GH", []), ("the-north-face", "Used The North Face jackets bale, 25 pcs, cream", "en-KE", []),
            ("nike", "Used Nike sneakers sack, 40 pairs, mixed sizes", "sw-KE", []), ("puma", "Puma & mixed sportswear used bale 55kg", "en-NG", []),
            ("levis", "Levi's 501 vintage used jeans, 100 pcs, per bale", "en-PK", []), ("adidas", "Used football jerseys bale (adidas, Nike) 200 pcs", "en-GH", ["nike"]),
            ("nike", "Okrika Nike polo shirts, grade A, 100 pieces", "en-NG", []), ("the-north-face", "Vintage TNF & Columbia fleece bale 30kg", "en-GB", []),
            ("canada-goose", "Used winter jackets bale incl. Canada Goose, 20 pcs", "en-KE", []), ("michael-kors", "Used handbags bale, Michael Kors, Coach & others, 60 pcs", "en-NG", ["coach"])]
    for b, t, mkt, also in rows:
        mk("in_secondhand_bales", "innocent", b, mkt, t, "Imported second-hand clothes, sorted and pressed. Opening the bale is at the buyer's risk. Price per bale.",
           cat="sportswear", usd=R.choice([180, 220, 260, 320, 400]), frac=(0.9, 1.1), also=also, catpath="Clothing > Second-hand Clothes > Bales")


@cls("in_tester_genuine_fair", "innocent", "genuine perfume and skincare testers from perfumeries at a tester's price (65-85 % of retail)")
def _():
    rows = [("loreal", 1, "de-DE"), ("loreal", 1, "fr-FR"), ("estee-lauder", 0, "pl-PL"), ("estee-lauder", 0, "en-GB"), ("shiseido", 0, "en-AU"),
            ("loreal", 0, "it-IT"), ("estee-lauder", 1, "cs-CZ"), ("shiseido", 0, "ja-JP"), ("loreal", 1, "ar-AE"), ("estee-lauder", 0, "en-US"),
            ("shiseido", 1, "ko-KR"), ("loreal", 1, "ro-RO")]
    for b, i, mkt in rows:
        n, p, usd, c, _m = prod(b, i)
        tw = {"de": "– Tester, ohne Deckel", "fr": "– testeur, boîte blanche", "pl": "– tester, białe pudełko", "it": "– tester, scatola bianca",
              "cs": "– tester, bílá krabička", "ja": "テスター 箱なし", "ko": "테스터 무지박스", "ar": "تستر علبة بيضاء", "ro": "– tester, cutie albă"}.get(mkt[:2], "tester (plain box)")
        mk("in_tester_genuine_fair", "innocent", b, mkt, f"{p} {tw}",
           "Genuine tester from an authorised distributor's stock: plain box, otherwise identical to retail. Batch code visible.", cat=c, usd=usd, frac=(0.65, 0.85),
           seller={"id": R.choice(["parfumerie-", "beauty-outlet-", "perfume-house-"]) + str(R.randint(1, 99)), "name": "Perfumery", "country": M[mkt][3]})


@cls("in_oem_parts_fair", "innocent", "genuine OEM parts and consumables with their part numbers from parts dealers, at dealer prices")
def _():
    rows = [("honda", 0, "en-US", "Genuine Honda oil filter 15400-PLM-A02, box of 1"), ("toyota", 0, "en-US", "Toyota genuine oil filter 90915-YZZD1"),
            ("bmw", 0, "de-DE-ebay", "BMW Ölfilter original 11428575211"), ("bmw", 1, "de-DE-ebay", "Original BMW Bremsscheiben vorne 34116860016 Satz"),
            ("toyota", 1, "en-AU", "Toyota genuine front brake pads 04465-02220"), ("honda", 2, "en-CA", "OEM Honda front brake pads 45022-TBA-A01"),
            ("canon", 1, "en-GB", "Canon PG-545 genuine black ink cartridge"), ("canon", 2, "fr-FR", "Batterie Canon LP-E6NH d'origine"),
            ("michelin", 0, "en-US", "Michelin Pilot Sport 4 S 245/40ZR18 97Y – single tyre"), ("philips", 0, "nl-NL", "Philips Sonicare opzetborstels origineel 4 stuks"),
            ("shell", 0, "pl-PL", "Olej Shell Helix Ultra 5W-40 4L oryginalny"), ("honda", 1, "en-US", "Honda EU2200i inverter generator, new, dealer")]
    for b, i, mkt, t in rows:
        n, p, usd, c, _m = prod(b, i)
        if b == "philips":
            usd, c = 35, "electric toothbrushes"
        mk("in_oem_parts_fair", "innocent", b, mkt, t, "Genuine part from an authorised dealer's counter. Check fitment by VIN/part number.", cat=c, usd=usd, frac=(0.95, 1.2),
           seller={"id": R.choice(["autoteile-", "partsworld-", "dealer-parts-", "printsupplies-"]) + str(R.randint(1, 99)), "name": "Parts dealer", "country": M[mkt][3]})


@cls("in_bulk_consumables_fair", "innocent", "genuine consumables by the case or multipack from cash-and-carry sellers, at wholesale-fair prices")
def _():
    rows = [("mars", 0, "en-GB", "Snickers 48g x 24 case, best before 08/2027"), ("coca-cola", 0, "de-DE", "Coca-Cola 0,33l Dose 24er Palette"),
            ("danone", 1, "fr-FR", "evian 50cl x 24, pack"), ("gillette", 1, "en-US", "Gillette Mach3 blades 12 pack"),
            ("ferrero", 0, "it-IT", "Ferrero Rocher 30 pezzi, confezione regalo"), ("nestle", 0, "es-ES", "Nescafé Gold 200g x 6 botes"),
            ("panasonic", 2, "pl-PL", "Panasonic eneloop AA 4 szt. x 5 opakowań"), ("gillette", 0, "en-AU", "Gillette Fusion5 ProGlide cartridges 8 pack"),
            ("mars", 1, "nl-NL", "M&M's peanut 1kg zak, doos van 6"), ("callaway", 1, "en-US", "Callaway Chrome Soft golf balls – 3 dozen"),
            ("yonex", 2, "en-MY", "Yonex Aerosensa 50 shuttlecocks, 10 tubes"), ("danone", 0, "de-DE", "Aptamil Profutura 3 800g, 4er Pack")]
    for b, i, mkt, t in rows:
        n, p, usd, c, _m = prod(b, i)
        mult = 6 if "x 6" in t or "doos van 6" in t else 3 if "3 dozen" in t else 10 if "10 tubes" in t else 5 if "x 5" in t else 4 if "4er" in t else 1
        mk("in_bulk_consumables_fair", "innocent", b, mkt, t, "Genuine stock from the manufacturer's distributor, invoice available.", cat=c, usd=usd * mult, frac=(0.85, 1.05))


@cls("in_pharmacy_otc_fair", "innocent", "genuine over-the-counter medicines and devices from registered online pharmacies at pharmacy prices")
def _():
    rows = [("johnson-johnson", 0, "en-US"), ("bayer", 0, "de-DE"), ("bayer", 1, "fr-FR"), ("bayer", 2, "en-GB"), ("johnson-johnson", 1, "es-ES"),
            ("pfizer", 2, "it-IT"), ("abbott", 0, "de-AT"), ("johnson-johnson", 2, "pl-PL"), ("bayer", 0, "en-AU"), ("pfizer", 2, "en-US"),
            ("abbott", 2, "en-PH"), ("johnson-johnson", 0, "en-CA")]
    for b, i, mkt in rows:
        n, p, usd, c, _m = prod(b, i)
        mk("in_pharmacy_otc_fair", "innocent", b, mkt, f"{p}", "Dispatched by our registered pharmacy. Read the leaflet. Licence no. on our shop page.", cat=c, usd=usd, frac=(0.9, 1.15),
           seller={"id": R.choice(["apotheke-", "pharmacy-", "farmacia-", "apteka-"]) + str(R.randint(1, 99)), "name": "Online pharmacy", "country": M[mkt][3]})


@cls("in_food_grocery_fair", "innocent", "genuine groceries from supermarkets and grocers in many markets, at shelf prices")
def _():
    rows = [("ferrero", 1, "de-DE", "Nutella 750g Glas"), ("nestle", 0, "fr-FR", "Nescafé Gold 200g"), ("coca-cola", 0, "en-GB", "Coca-Cola 24 x 330ml cans"),
            ("mars", 0, "en-AU", "Snickers 48g x 24"), ("danone", 1, "zh-CN", "依云矿泉水 500ml x 24瓶 整箱"), ("ferrero", 0, "ja-JP", "フェレロ ロシェ 30個入"),
            ("mars", 2, "pl-PL", "Pedigree karma dla psa 10kg"), ("nestle", 2, "it-IT", "Capsule Nespresso Vertuo assortite x 50"),
            ("coca-cola", 0, "tr-TR", "Coca-Cola 330 ml kutu 24'lü"), ("danone", 0, "en-GB", "Aptamil Profutura 3 growing up milk 800g"),
            ("nestle", 1, "ar-SA", "حليب نان أوبتيبرو 2 800 جرام"), ("mars", 1, "es-ES", "M&M's cacahuete 1kg")]
    for b, i, mkt, t in rows:
        n, p, usd, c, _m = prod(b, i)
        mk("in_food_grocery_fair", "innocent", b, mkt, t, "", cat=c, usd=usd, frac=(0.9, 1.15),
           seller={"id": R.choice(["grocer-", "supermarket-", "minimarket-", "foodhall-"]) + str(R.randint(1, 99)), "name": "Grocery", "country": M[mkt][3]})


@cls("in_auction_low_start", "innocent", "used genuine goods in an auction whose listed price is the low opening bid ('no reserve, starts at 1')", novel=True)
def _():
    rows = [("rolex", 1, "en-US", "{b} {p} 2016, box & papers – NO RESERVE auction"), ("louis-vuitton", 1, "en-GB", "{b} {p} pre-owned – 1p start, no reserve"),
            ("omega", 0, "de-DE-ebay", "{b} {p} gebraucht – Auktion ab 1 €"), ("canon", 0, "en-AU", "{b} {p} used, 8k shutter – $1 start"),
            ("bose", 0, "en-US", "{b} {p} used – auction starts 0.99"), ("apple", 2, "en-CA", "{b} {p} 2024, used – no reserve"),
            ("cartier", 2, "fr-FR", "{b} {p} occasion – enchères à partir de 1 €"), ("lego", 0, "nl-NL", "{b} {p} gebouwd, compleet – veiling vanaf €1"),
            ("dyson", 0, "en-GB", "{b} {p} used 1 year – 99p start"), ("nintendo", 0, "it-IT", "{b} {p} usata – asta da 1 €"),
            ("sony", 1, "en-US", "{b} {p} with 2 controllers, used – auction"), ("gucci", 1, "de-DE-ebay", "{b} {p} getragen, Rechnung – Auktion 1 €")]
    for b, i, mkt, t in rows:
        n, p, usd, c, _m = prod(b, i)
        mk("in_auction_low_start", "innocent", b, mkt, t.format(b=n, p=p), "Auction. Genuine, from my own collection, used as described. 100% positive feedback over 10 years.",
           price={"amount": 0.99 if R.random() < 0.4 else 1.0, "currency": M[mkt][1]}, cat=c, attrs={"Format": "Auction", "Condition": "Used"})


@cls("in_buyback_service", "innocent", "'we buy' trade-in and cash-for-goods services naming the brands they buy, priced as the quote they pay", novel=True)
def _():
    rows = [("rolex", "We buy Rolex watches – instant cash quote", "en-GB", 5000), ("apple", "Sell your iPhone 15 Pro – we pay up to", "en-US", 450),
            ("louis-vuitton", "Wir kaufen Louis Vuitton Taschen an – Ankauf", "de-DE", 500), ("samsung", "Compramos tu Samsung Galaxy usado", "es-ES", 200),
            ("dyson", "Cash for Dyson Airwrap, any condition", "en-AU", 150), ("cartier", "Rachat bijoux Cartier – estimation gratuite", "fr-FR", 1500),
            ("nintendo", "Nintendo Switch inruil – wij kopen je console", "nl-NL", 120), ("canon", "Skup aparatów Canon, gotówka od ręki", "pl-PL", 400),
            ("sony", "PS5 買取 高価買取中", "ja-JP", 250), ("omega", "Ankauf Omega Speedmaster – faire Preise", "de-AT", 3000),
            ("gucci", "We buy Gucci bags – free valuation", "en-US", 600), ("bose", "Trade in your Bose headphones for store credit", "en-CA", 80)]
    for b, t, mkt, usd in rows:
        mk("in_buyback_service", "innocent", b, mkt, t, "We buy genuine items only. Price shown is the minimum we pay. Visit our shop or send for a free quote.",
           cat=prod(b, 0)[3], usd=usd, frac=(0.9, 1.1), seller={"id": "buyback-" + str(R.randint(1, 999)), "name": "Cash & Trade", "country": M[mkt][3]})


@cls("in_official_distributor_fair", "innocent", "a local official distributor or authorised dealer (not in the registry) selling new genuine goods at full local price", novel=True)
def _():
    rows = [("dyson", 0, "id-ID", "{b} {p} – garansi resmi distributor Indonesia"), ("canon", 0, "vi-VN", "{b} {p} – hàng chính hãng Lê Bảo Minh"),
            ("sony", 0, "th-TH", "{b} {p} ประกันศูนย์ไทย 1 ปี"), ("bosch", 0, "tr-TR", "{b} {p} – yetkili bayi, faturalı, 2 yıl garanti"),
            ("yonex", 0, "ms-MY", "{b} {p} – pengedar sah Yonex Malaysia"), ("philips", 1, "ar-SA", "{b} {p} – الوكيل المعتمد، ضمان سنتين"),
            ("samsung", 1, "en-PK", "{b} {p} – PTA approved, official warranty"), ("apple", 0, "hi-IN", "{b} {p} – अधिकृत विक्रेता, 1 साल वारंटी"),
            ("bose", 0, "es-CO", "{b} {p} – distribuidor autorizado, garantía"), ("callaway", 0, "ko-KR", "{b} {p} 정품 공식 수입원"),
            ("nintendo", 0, "zh-TW", "{b} {p} 台灣代理 公司貨"), ("panasonic", 1, "en-ZA", "{b} {p} – official SA distributor, warranty")]
    for b, i, mkt, t in rows:
        n, p, usd, c, _m = prod(b, i)
        mk("in_official_distributor_fair", "innocent", b, mkt, t.format(b=n, p=p), "Official local warranty card and tax invoice.", cat=c, usd=usd, frac=(1.0, 1.25))


@cls("in_free_giveaway", "innocent", "used genuine items given away for free (price 0) or for collection only", novel=True)
def _():
    rows = [("bosch", 1, "en-GB", "FREE – old Bosch rotary hammer, works, collection only"), ("philips", 2, "de-DE", "Zu verschenken: Philips Airfryer, funktioniert"),
            ("ikea" if False else "lego", 1, "nl-NL", "Gratis af te halen: doos LEGO, losse stenen"), ("hasbro", 1, "en-US-fb", "Free Monopoly board game, a few pieces missing"),
            ("panasonic", 2, "fr-FR", "Donne piles rechargeables Panasonic eneloop usagées"), ("canon", 1, "en-AU", "Free: Canon printer ink cartridges, opened, fit PIXMA"),
            ("samsung", 0, "sv-SE", "Skänkes: gammal Samsung-telefon, sprucken skärm"), ("nike", 2, "en-CA", "Free kids Nike runners size 2, outgrown"),
            ("mattel", 1, "es-ES", "Regalo pista Hot Wheels usada, completa"), ("bose", 2, "it-IT", "Regalo cassa Bose SoundLink Flex, batteria debole"),
            ("dyson", 2, "en-US-fb", "Free Dyson V15 – needs new battery"), ("levis", 0, "pl-PL", "Oddam za darmo jeansy Levi's 501, W32, używane")]
    for b, i, mkt, t in rows:
        n, p, usd, c, _m = prod(b, i)
        mk("in_free_giveaway", "innocent", b, mkt, t, "Free to a good home. Pick up only.", price={"amount": 0.0, "currency": M[mkt][1]}, cat=c)


@cls("in_swap_offers", "innocent", "swap / trade offers: someone's used genuine item for another, no price", novel=True)
def _():
    rows = [("nintendo", 0, "en-GB", "Swap my Nintendo Switch OLED for a PS5"), ("sony", 1, "de-DE", "Tausche PS5 Slim gegen Xbox Series X", ["microsoft"]),
            ("apple", 1, "fr-FR", "Échange iPhone 15 Pro contre Galaxy S24", ["samsung"]), ("canon", 0, "en-AU", "Trade: Canon R6 II body for Sony A7 IV + cash", ["sony"]),
            ("rolex", 1, "en-US", "WTT Rolex Datejust 41 for Omega Seamaster 300M", ["omega"]), ("lego", 0, "nl-NL", "Ruilen: LEGO 75192 tegen Technic sets"),
            ("nike", 0, "en-US-fb", "Trade my Jordan 1 Chicago size 10 for size 9.5"), ("wilson", 0, "es-ES", "Cambio raqueta Wilson Pro Staff 97 por Babolat"),
            ("bose", 0, "it-IT", "Scambio cuffie Bose QC45 con Sony XM5", ["sony"]), ("yonex", 0, "ms-MY", "Tukar raket Yonex Astrox 88D dengan Nanoflare 800"),
            ("louis-vuitton", 1, "ja-JP", "交換希望 ルイヴィトン スピーディ30 ⇔ ネヴァーフル"), ("callaway", 0, "en-CA", "Trade Callaway Paradym driver for irons")]
    for row in rows:
        b, i, mkt, t = row[:4]
        n, p, usd, c, _m = prod(b, i)
        mk("in_swap_offers", "innocent", b, mkt, t, "Genuine, bought at a shop, receipt available. Swap only, local meet-up.", price=None, cat=c, also=row[4] if len(row) > 4 else [])


@cls("in_homonym_brands", "innocent", "another company's real brand that shares the word, in its own sector (Dove soap, Bounty kitchen towels, Jordan toothbrushes, Pandora car alarms, Omega juicers)", novel=True)
def _():
    rows = [("mars", "Dove Deeply Nourishing body wash 750ml x 3", "en-GB", "Health & Beauty > Bath & Body > Body Washes", 12),
            ("mars", "Bounty Select-A-Size paper towels, 12 double rolls", "en-US-amz", "Home & Garden > Household Supplies > Paper Towels", 30),
            ("nike", "Jordan Clean Smile toothbrush soft, 4 pack", "sv-SE", "Health & Beauty > Oral Care > Toothbrushes", 5),
            ("pandora", "Автосигнализация Pandora DX-91 с автозапуском", "ru-RU", "Автотовары > Охранные системы", 180),
            ("omega", "Omega J8006HDS slow masticating juicer", "en-US", "Home & Garden > Kitchen Appliances > Juicers", 270),
            ("puma", "Puma Solingen Jagdmesser, Stahlklinge", "de-DE", "Sport > Jagd > Messer", 120),
            ("coca-cola", "Sprite shower filter cartridge HO2-C", "en-US", "Home & Garden > Bath > Shower Filters", 25),
            ("mars", "Mars Hydro TS 1000 LED grow light", "en-GB", "Home & Garden > Hydroponics > Grow Lights", 140),
            ("canon", "Cannon Fishing downrigger Uni-Troll 10 STX", "en-CA", "Sporting Goods > Fishing > Downriggers", 250),
            ("gillette", "Venus swimwear one-piece, size 10", "en-US", "Clothing > Women > Swimwear", 50),
            ("samsung", "Galaxy Smooth Milk chocolate bar 110g x 4", "en-GB", "Grocery > Candy & Chocolate", 6),
            ("callaway", "Odyssey bicycle pedals Twisted PC, black", "en-US", "Sporting Goods > Cycling > BMX Parts", 45)]
    for b, t, mkt, cp, usd in rows:
        mk("in_homonym_brands", "innocent", b, mkt, t, "", catpath=cp, usd=usd, frac=(0.9, 1.1))


@cls("in_english_everyday", "innocent", "English everyday senses of brand words in their own goods (electrical transformer, coach trip, seashell, galaxy projector, crown moulding, apple tree)")
def _():
    rows = [("hasbro", "Step-down transformer 220V to 110V 2000W", "Business & Industrial > Electrical > Transformers", 60),
            ("coach", "Coach trip to Edinburgh Christmas market, 2 seats", "Tickets & Travel > Travel", 90),
            ("shell", "Natural sea shell necklace, handmade, beach boho", "Jewelry & Watches > Fashion Jewelry > Necklaces", 12),
            ("samsung", "Galaxy star projector night light with bluetooth speaker", "Home & Garden > Lamps & Lighting > Night Lights", 25),
            ("rolex", "Crown moulding MDF 2.4m, primed, box of 10", "Home & Garden > Building Materials > Mouldings", 70),
            ("apple", "Bramley apple tree, 2 year bare-root", "Home & Garden > Plants > Trees", 25),
            ("nintendo", "Smart light switch 2-gang, WiFi, white", "Home & Garden > Electrical > Switches", 20),
            ("microsoft", "Office chair ergonomic mesh, lumbar support", "Home & Garden > Furniture > Office Chairs", 120),
            ("cartier", "Fish tank 60L starter set with LED light", "Pet Supplies > Fish > Aquariums", 80),
            ("coach", "Personal running coach – 12-week marathon plan", "Services > Sports Coaching", 150),
            ("microsoft", "uPVC windows and doors fitted, free survey", "Services > Home Improvement", 500),
            ("pfizer" if False else "mars", "Mars and Venus in the Bedroom – paperback", "Books > Relationships", 8)]
    for b, t, cp, usd in rows:
        mkt = R.choice(["en-GB", "en-US", "en-AU", "en-CA"])
        mk("in_english_everyday", "innocent", b, mkt, t, "", catpath=cp, usd=usd, frac=(0.9, 1.1))


@cls("in_number_collisions", "innocent", "ordinary listings whose numbers (a shop SKU, a street address, a ZIP code, a catalogue or part number) equal a registered model number", novel=True)
def _():
    rows = [("lego", "Garage sale at 21318 Maple Ave – kids clothes, books, toys", "Community > Garage Sales", 5),
            ("gucci", "Wool scarf grey, plain – SKU 443497", "Clothing > Accessories > Scarves", 25),
            ("rolex", "Deep groove ball bearing, lot 126334, 20 pcs", "Business & Industrial > Bearings", 40),
            ("lego", "Office space for rent, Frisco TX 75192? no – Plano TX, suite 75192", "Real Estate > Commercial", 900),
            ("swarovski", "Order #5636708 – custom wooden sign, family name", "Home & Garden > Décor > Signs", 35),
            ("burberry", "Invoice ref 8015506 – replacement bike inner tube 700c", "Sporting Goods > Cycling > Tubes", 8),
            ("mattel", "HJX74 resistor kit? – Linear actuator HJX74 12V, 300mm", "Business & Industrial > Automation > Actuators", 45),
            ("dyson", "HD08 hard drive caddy for Dell laptops", "Computers > Drives > Enclosures", 12),
            ("philips", "Capacitor HX9911 replacement for amplifier board", "Business & Industrial > Electronic Components", 6),
            ("lego", "Catalogue no. 10497 – vintage postcard, Paris 1910", "Collectibles > Postcards", 9),
            ("cartier", "B6067417 – replacement O-ring for pump, 10 pcs", "Business & Industrial > Hydraulics > Seals", 15),
            ("apple", "Brother A3090? no – label tape 12mm A3090 compatible", "Office > Label Makers > Tapes", 10)]
    rows[3] = ("lego", "Office suite for rent, Plano TX – unit 75192", "Real Estate > Commercial Property", 900)
    rows[6] = ("mattel", "Linear actuator HJX74 12V, 300mm stroke", "Business & Industrial > Automation > Actuators", 45)
    rows[11] = ("apple", "Label tape 12mm black on white, ref A3090, 5 rolls", "Office > Label Makers > Tapes", 10)
    for b, t, cp, usd in rows:
        mkt = R.choice(["en-US", "en-GB", "en-AU", "en-CA"])
        mk("in_number_collisions", "innocent", b, mkt, t, "", catpath=cp, usd=usd, frac=(0.9, 1.1))


@cls("in_antifake_guides", "innocent", "guides, courses and services for spotting fakes, whose text is full of the copy trade's words", novel=True)
def _():
    rows = [("rolex", "How to spot a fake Rolex Submariner: 1:1 clones vs genuine – PDF guide", "Books > Collecting > Watches", 15),
            ("nike", "Sneaker legit check course: Jordan 1 reps vs retail, UA and batch flaws explained", "Books > Education", 30),
            ("louis-vuitton", "Authenticating Louis Vuitton: date codes, superfakes and mirror copies (ebook)", "Books > Fashion", 12),
            ("apple", "Fake AirPods detection kit – guide + UV torch", "Books > Technology", 10),
            ("cartier", "Guide d'authentification Cartier Love : contrefaçons et répliques", "Livres > Mode", 14),
            ("canada-goose", "Canada Goose fake vs real – 40-page illustrated guide", "Books > Fashion", 9),
            ("gucci", "Gucci-Taschen echt oder Fälschung? Prüfservice online", "Dienstleistungen > Echtheitsprüfung", 25),
            ("dyson", "Spotting counterfeit Dyson Airwrap: replica checklist (PDF)", "Books > Consumer Guides", 6),
            ("omega", "Omega Speedmaster: real vs replica, movement photos – seminar ticket", "Tickets > Seminars", 40),
            ("adidas", "Yeezy 350 legit check service, 24h, reps exposed", "Services > Authentication", 10),
            ("the-north-face", "The North Face Nuptse: how to tell a copy – video course", "Books > Education", 19),
            ("pfizer", "Counterfeit medicines: a pharmacist's guide (Viagra, Lipitor fakes) – paperback", "Books > Medicine", 35)]
    for b, t, cp, usd in rows:
        mkt = "de-DE" if "Prüfservice" in t else "fr-FR" if "Guide d'" in t else R.choice(["en-US", "en-GB", "en-AU"])
        mk("in_antifake_guides", "innocent", b, mkt, t, "Protect yourself from counterfeits. Written by a professional authenticator.", catpath=cp, usd=usd, frac=(0.9, 1.1))


@cls("in_art_depicting", "innocent", "original artwork and photo prints depicting the brand's products, sold as art", novel=True)
def _():
    rows = [("nike", "Original oil painting 'Jordan 1 Chicago', 50x70 canvas", 350), ("rolex", "Watercolour of a Submariner on my wrist, A3 original", 120),
            ("coca-cola", "Photograph print: Coca-Cola truck in the snow, 1998, signed", 80), ("louis-vuitton", "Pop art acrylic 'Speedy and pearls', 60x60", 400),
            ("lego", "Giclée print of my LEGO street photography, A2", 60), ("porsche" if False else "canon", "Still life photo 'Canon AE-1 on a table', framed print", 45),
            ("dyson", "Charcoal drawing 'Airwrap morning', original", 90), ("omega", "Pencil drawing of the Speedmaster Moonwatch, framed", 150),
            ("adidas", "Linocut print 'Samba', edition of 30", 40), ("apple", "Digital art print: iPhone evolution poster A2", 25),
            ("nintendo", "Pixel art canvas 'Game Boy sunset' original", 70), ("michelin", "Vintage Michelin road map framed as wall art", 55)]
    for b, t, usd in rows:
        mkt = R.choice(["en-US-etsy", "en-GB-etsy", "fr-FR", "en-AU"])
        mk("in_art_depicting", "innocent", b, mkt, t, "Original artwork by me. Not affiliated with the brand; the object is my subject.",
           catpath="Art > Paintings & Prints", usd=usd, frac=(0.9, 1.1))


@cls("in_dupe_no_logo", "innocent", "own-brand 'dupe' or look-alike that says plainly it carries no logo of the famous brand")
def _():
    rows = [("dyson", "Hair styler 6-in-1 – Airwrap alternative, our own brand, no logo", "hair care", 79), ("louis-vuitton", "Canvas tote, Neverfull-size, plain – no logo, no monogram", "handbags", 45),
            ("cartier", "Screw bangle, unbranded, love-style, stainless steel, no engraving", "jewelry", 19), ("lululemon" if False else "nike", "Plain white low sneakers (Dunk-shape), no swoosh, own label", "sneakers", 39),
            ("canada-goose", "Arctic down parka, our own label – NOT Canada Goose, no patch", "parkas", 190), ("rolex", "Diver watch own brand, 40mm, sterile dial (no logo)", "watches", 120),
            ("gucci", "Double-buckle belt, unbranded, G-free plain buckle", "belts", 25), ("bose", "ANC headphones – our brand, a cheaper alternative to Bose", "headphones", 69),
            ("apple", "Wireless earbuds, own brand, no Apple logo, stem design", "earbuds", 29), ("the-north-face", "Retro puffer 700 fill, unbranded, no logo", "jackets", 89),
            ("michael-kors", "Saffiano-look tote, unbranded, plain hardware", "handbags", 35), ("pandora", "Snake chain charm bracelet, unbranded, fits most charms", "jewelry", 15)]
    for b, t, c, usd in rows:
        mkt = R.choice(["en-US-amz", "en-GB", "en-US-etsy", "en-AU", "en-CA"])
        mk("in_dupe_no_logo", "innocent", b, mkt, t, "Our own design. No trademarks, no logos. Not affiliated with any brand.", cat=c, usd=usd, frac=(0.9, 1.1))


@cls("in_accessory_local", "innocent", "third-party accessories that fit the brand's product, in the languages of non-EU markets (ốp lưng cho, casing untuk, için kılıf, สำหรับ, جراب لـ, के लिए)")
def _():
    rows = [("apple", "vi-VN", "Ốp lưng cho iPhone 15 Pro trong suốt chống sốc", "phone cases", 4), ("samsung", "id-ID", "Casing untuk Samsung Galaxy S24 Ultra silikon", "phone cases", 3),
            ("apple", "tr-TR", "AirPods Pro 2 için silikon kılıf, pembe", "phone cases", 5), ("nintendo", "th-TH", "กระเป๋าสำหรับ Nintendo Switch OLED กันกระแทก", "accessories", 12),
            ("samsung", "ar-EG", "جراب لسامسونج جالاكسي S24 الترا، جلد", "phone cases", 6), ("apple", "hi-IN", "iPhone 15 के लिए टेम्पर्ड ग्लास, 2 पैक", "phone cases", 3),
            ("dyson", "ko-KR", "다이슨 에어랩 호환 거치대 스탠드", "hair care", 15), ("sony", "ja-JP", "WH-1000XM5 対応 交換イヤーパッド", "headphones", 14),
            ("bose", "ru-RU", "Амбушюры для Bose QC45, сменные", "headphones", 12), ("apple", "ur-PK", "آئی فون 15 کے لیے چارجنگ کیبل ٹائپ سی", "phone cases", 3),
            ("nintendo", "bn-BD", "নিন্টেন্ডো সুইচের জন্য স্ক্রিন প্রটেক্টর", "accessories", 4), ("rolex", "fa-IR", "بند ساعت لاستیکی مناسب رولکس ساب مارینر", "watches", 20),
            ("gillette", "sw-KE", "Kishikilia wembe kinachofaa Gillette Fusion5", "razor blades", 5)]
    for b, mkt, t, c, usd in rows:
        mk("in_accessory_local", "innocent", b, mkt, t, "", cat=c, usd=usd, frac=(0.9, 1.1))


@cls("in_used_auto_parts_pulled", "innocent", "genuine used car and motorcycle parts pulled from wrecked or upgraded vehicles, at breaker's prices")
def _():
    rows = [("honda", "Honda Civic 2019 headlight left, OEM, pulled from car", "en-US"), ("toyota", "Toyota Corolla 2018 alternator, used, tested", "en-AU"),
            ("bmw", "BMW F30 Außenspiegel links, original, gebraucht", "de-DE-ebay"), ("toyota", "Toyota Hilux tailgate 2016, genuine, used", "en-ZA"),
            ("honda", "Honda CBR600RR exhaust stock, 2015, used", "en-GB"), ("bmw", "BMW X5 E70 alloys 19\" with Michelin tyres 5mm, set of 4", "nl-NL", ["michelin"]),
            ("michelin", "4x Michelin Primacy 4 205/55R16 used, 6mm tread", "pl-PL"), ("honda", "Honda Accord 2017 door mirror right, OEM, used", "en-CA"),
            ("toyota", "Toyota Prius 2012 hybrid battery, pulled, tested", "en-US"), ("bmw", "BMW 320d N47 Turbolader gebraucht 120tkm", "de-AT"),
            ("honda", "ホンダ フィット 純正 ヘッドライト 中古", "ja-JP"), ("toyota", "Toyota Land Cruiser 200 bumper original used", "ar-AE")]
    for row in rows:
        b, t, mkt = row[:3]
        mk("in_used_auto_parts_pulled", "innocent", b, mkt, t, "Genuine used part from a breaker's yard. Photos of part number. Fitting not included.",
           cat="tires" if b == "michelin" else "auto parts", usd=R.choice([40, 60, 90, 150, 220, 350]), frac=(0.9, 1.1), also=row[3] if len(row) > 3 else [],
           attrs={"Condition": "Used"})


@cls("in_software_addons", "innocent", "third-party add-ons for the brand's software: Photoshop brushes, Lightroom presets, AutoCAD block libraries, Revit families", novel=True)
def _():
    rows = [("adobe", "200 Photoshop brushes – watercolour pack, ABR"), ("adobe", "Lightroom presets – moody film bundle, mobile & desktop"),
            ("autodesk", "AutoCAD blocks library – 1,500 furniture DWG"), ("autodesk", "Revit families – kitchen cabinets RFA pack"),
            ("adobe", "Illustrator pattern swatches, botanical, AI + EPS"), ("adobe", "Premiere Pro transitions pack (for After Effects too)"),
            ("autodesk", "3ds Max materials library V-Ray, 300 textures"), ("adobe", "InDesign magazine template 40 pages, A4"),
            ("autodesk", "Maya rigged character model, FBX + MB"), ("microsoft", "Excel budget template 2027, works in Office 365"),
            ("adobe", "Photoshop actions – cinematic colour grading"), ("microsoft", "PowerPoint pitch deck template, 60 slides")]
    for b, t in rows:
        mkt = R.choice(["en-US-etsy", "en-GB-etsy", "en-US"])
        mk("in_software_addons", "innocent", b, mkt, t, "Digital download made by me. Software not included; you need your own licence.", catpath=CAT["digital"], usd=R.choice([4, 6, 9, 12, 18]), frac=(1, 1))


@cls("in_refurb_marketplace", "innocent", "professionally refurbished genuine electronics with cosmetic grades (Grade A/B, 'Excellent', 'Fair') from refurbishers")
def _():
    rows = [("apple", 1, "fr-FR", "{b} {p} reconditionné – état Très bon"), ("apple", 0, "en-GB", "{b} {p} – refurbished Grade A"),
            ("samsung", 0, "de-DE", "{b} {p} generalüberholt – Zustand gut"), ("dyson", 1, "en-US", "{b} {p} – refurbished, 1-year warranty"),
            ("sony", 0, "it-IT", "{b} {p} ricondizionate – grado B"), ("bose", 0, "es-ES", "{b} {p} reacondicionados – Excelente"),
            ("nintendo", 0, "nl-NL", "{b} {p} refurbished – Goed"), ("microsoft", 2, "en-AU", "{b} {p} refurbished – Fair"),
            ("canon", 0, "en-US", "{b} {p} – refurbished by specialist, 12-mo warranty"), ("apple", 2, "pl-PL", "{b} {p} odnowiony – stan bardzo dobry"),
            ("philips", 1, "de-AT", "{b} {p} B-Ware, generalüberholt"), ("samsung", 1, "sv-SE", "{b} {p} renoverad – fint skick")]
    for b, i, mkt, t in rows:
        n, p, usd, c, _m = prod(b, i)
        mk("in_refurb_marketplace", "innocent", b, mkt, t.format(b=n, p=p), "Tested 25-point check, new battery where needed. Genuine parts. 12 months warranty.",
           cat=c, usd=usd, frac=(0.6, 0.8), seller={"id": R.choice(["refurb-", "recommerce-", "second-life-tech-"]) + str(R.randint(1, 99)), "name": "Refurbisher", "country": M[mkt][3]})


@cls("in_grey_import_fair", "innocent", "genuine parallel / international-version goods from import shops at 80-100 % of the local price")
def _():
    rows = [("shiseido", 1, "en-AU", "{b} {p} – Japan version, imported"), ("sony", 0, "en-NG", "{b} {p} – UK used? no, US import, new"),
            ("canon", 2, "en-GB", "{b} {p} – grey import, EU stock"), ("estee-lauder", 0, "zh-HK", "{b} {p} 美國版 平行進口"),
            ("nintendo", 0, "en-SG", "{b} {p} – Japan set, parallel import"), ("apple", 0, "en-PK", "{b} {p} – international version, new"),
            ("loreal", 0, "ko-KR", "{b} {p} 병행수입 정품"), ("samsung", 1, "en-IN", "{b} {p} – imported (global version)"),
            ("panasonic", 1, "en-AU", "{b} {p} – Japanese domestic model, 100-240V"), ("shiseido", 0, "th-TH", "{b} {p} นำเข้าจากญี่ปุ่น ของแท้"),
            ("dyson", 1, "en-MY", "{b} {p} – international set, UK plug"), ("bose", 1, "ar-AE", "{b} {p} نسخة دولية جديدة")]
    rows[1] = ("sony", 0, "en-NG", "{b} {p} – US import, new sealed")
    for b, i, mkt, t in rows:
        n, p, usd, c, _m = prod(b, i)
        mk("in_grey_import_fair", "innocent", b, mkt, t.format(b=n, p=p), "Genuine product imported privately. No local warranty; 6 months shop warranty.", cat=c, usd=usd, frac=(0.8, 1.0))


@cls("in_used_bulk_by_weight", "innocent", "used genuine toys sold in bulk by weight or loose lots (LEGO by the kg, loose Hot Wheels, Nerf darts) at collectors' bulk prices", novel=True)
def _():
    rows = [("lego", "LEGO bulk 2kg mixed bricks, genuine, washed", "en-GB", 40), ("lego", "LEGO kiloware 5 kg gemischt, original", "de-DE", 95),
            ("mattel", "Hot Wheels loose lot of 50 cars, played with", "en-US", 45), ("lego", "Lot LEGO vrac 3 kg, pièces d'origine", "fr-FR", 60),
            ("lego", "LEGO minifigures lot of 20, genuine, used", "en-AU", 70), ("mattel", "Barbie dolls lot x10 with clothes, used", "en-US-fb", 35),
            ("hasbro", "Nerf darts bulk 300 pcs, genuine Elite, used", "en-CA", 20), ("lego", "LEGO Technic bulk 1kg beams & gears", "nl-NL", 35),
            ("bandai", "Gundam HG kits built lot x8, used", "ja-JP", 80), ("lego", "LEGO DUPLO bulk 4kg, washed", "pl-PL", 50),
            ("hasbro", "Transformers lot 12 figures loose, 2010s", "en-GB", 90), ("mattel", "Hot Wheels 1990s loose lot 30 cars", "es-ES", 40)]
    for b, t, mkt, usd in rows:
        cat = {"lego": "building sets", "mattel": "die-cast cars", "hasbro": "action figures", "bandai": "model kits"}[b]
        mk("in_used_bulk_by_weight", "innocent", b, mkt, t, "All genuine, from my children's / my own collection. Sold as a lot, as seen.", cat=cat, usd=usd, frac=(0.9, 1.1), attrs={"Condition": "Used"})


@cls("in_used_games_media", "innocent", "used genuine games, cartridges and discs of the platform at used prices")
def _():
    rows = [("nintendo", "Zelda Tears of the Kingdom Switch, used, case", "en-GB", 35), ("nintendo", "Pokémon Emerald GBA original cartridge, cart only, tested", "en-US", 120),
            ("nintendo", "Super Mario Odyssey gebraucht Switch", "de-DE", 30), ("sony", "Gran Turismo 7 PS5 occasion", "fr-FR", 25),
            ("nintendo", "Mario Kart 8 Deluxe usato", "it-IT", 32), ("microsoft", "Halo Infinite Xbox Series X gebruikt", "nl-NL", 15),
            ("nintendo", "Zelda Ocarina of Time N64 original cart, label worn", "en-US", 45), ("sony", "God of War Ragnarök PS5 usado", "es-ES", 22),
            ("nintendo", "ゼルダの伝説 ティアーズ オブ ザ キングダム 中古", "ja-JP", 35), ("nintendo", "Animal Crossing Switch б/у", "ru-RU", 30),
            ("sony", "PS2 games lot x10 original, with manuals", "en-AU", 60), ("nintendo", "Game Boy games lot: Tetris, Mario Land, original", "en-CA", 50)]
    for b, t, mkt, usd in rows:
        mk("in_used_games_media", "innocent", b, mkt, t, "Original, used, tested. Photos are of the actual item.", cat="video games", usd=usd, frac=(0.9, 1.1), attrs={"Condition": "Used"})


# ============================================================== main
def write_classes(path):
    lines = ["# outsider10 classes", "", "`*` = a tactic I think no earlier evaluator wrote (outsider9's class list read; the earlier ones not). "
             "Example = the first listing of the class in set.jsonl.", ""]
    for kind, head in (("counterfeit", "Counterfeit classes"), ("innocent", "Innocent (trap) classes")):
        lines += [f"## {head}", "", "| class | * | n | tactic | example (title; price) |", "|---|:-:|---:|---|---|"]
        for name, k, tactic, novel, _f in CLASSES:
            if k != kind:
                continue
            rows = [r for r in OUT if r["_label"]["class"] == name]
            ex = rows[0]
            pr = ex.get("price")
            ps = f"{pr['amount']:g} {pr['currency']}" if pr else "no price"
            lines.append(f"| {name} | {'*' if novel else ''} | {len(rows)} | {tactic} | {ex['title'].replace('|', '/')}; {ps} |")
        lines.append("")
    open(path, "w", encoding="utf-8").write("\n".join(lines))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, default=10)
    ap.add_argument("--out", default="set.jsonl")
    ap.add_argument("--classes")
    a = ap.parse_args()
    R.seed(a.seed)
    for name, kind, tactic, novel, f in CLASSES:
        f()
        for r in OUT:
            if r["_label"]["class"] == name:
                r["_label"]["tactic"] = tactic
    with open(a.out, "w", encoding="utf-8") as fh:
        for r in OUT:
            fh.write(json.dumps(r, ensure_ascii=False, sort_keys=True) + "\n")
    if a.classes:
        write_classes(a.classes)
    print(f"{len(OUT)} listings, {len(CLASSES)} classes -> {a.out}")


if __name__ == "__main__":
    main()
