#!/usr/bin/env python3
"""outsider28's held-out set generator (stdlib only, seeded, deterministic).
python3 make_set.py --seed 28 --out set.jsonl --classes classes.md"""
import argparse, json, random
from data import MARKETS, CUES, PRODUCTS, SELLERS, MARK, ZH, HOMO, NICK

R = None  # random.Random, set in main
MK = {m[1]: m for m in MARKETS}


def mk(slug):
    return MK[slug]


def cue(lang):
    return R.choice(CUES.get(lang.split("-")[0], CUES["en"]))


def sig3(x):
    if x <= 0:
        return 0.0
    from math import floor, log10
    d = 3 - int(floor(log10(x))) - 1
    v = round(x, d)
    return float(int(v)) if v >= 100 else v


def copy_frac(usd):
    if usd >= 2000:
        return R.uniform(0.03, 0.08)
    if usd >= 300:
        return R.uniform(0.06, 0.20)
    if usd >= 30:
        return R.uniform(0.15, 0.35)
    return R.uniform(0.25, 0.45)


def money(usd, m):
    return {"amount": sig3(usd * m[4]), "currency": m[2]}


def P(brands=None, cats=None):
    return [p for p in PRODUCTS if (brands is None or p[0] in brands) and (cats is None or p[5] in cats)]


LUX = P(["louis-vuitton", "gucci", "burberry", "michael-kors", "coach", "rolex", "omega", "cartier", "canada-goose"])
SNK = P(cats=["sneakers"])
ELEC = P(["bose", "samsung", "apple", "sony", "canon", "dyson", "philips", "nintendo", "panasonic", "bosch", "microsoft"])
PHARMA = P(["pfizer", "johnson-johnson", "bayer", "abbott"])
FMCG = P(["mars", "danone", "nestle", "coca-cola", "ferrero"])
BEAUTY = P(["loreal", "estee-lauder", "shiseido", "gillette"])
AUTO = P(["honda", "toyota", "bmw", "michelin", "shell"])
TOYS = P(["lego", "hasbro", "mattel", "bandai"])
SOFT = P(["adobe", "microsoft", "autodesk"], ["software licenses"])
JEW = P(["cartier", "pandora", "swarovski"])
SPORT = P(["yonex", "wilson", "callaway"])
APPAREL = P(["burberry", "canada-goose", "the-north-face", "levis"])
WATCH = P(["rolex", "omega"])
ALL = list(PRODUCTS)
DUR = [p for p in PRODUCTS if p[0] not in ("mars", "danone", "nestle", "coca-cola", "ferrero", "pfizer", "johnson-johnson", "bayer", "abbott", "adobe", "autodesk", "loreal", "estee-lauder", "shiseido", "gillette") and p[5] != "software licenses"]
KITS = [("nike", "football kit (jersey + shorts)", "Nike Dri-FIT football kit", "", 90, "soccer"), ("adidas", "football kit (jersey + shorts)", "adidas Tiro football kit", "", 90, "soccer"), ("puma", "football jersey", "Puma teamFINAL jersey", "", 70, "soccer")]
SHOPS = ["Guangzhou Baiyun Leather Trading Co.", "Putian Xinyu Shoes Factory", "Shenzhen HQB Digital Ltd", "Yiwu Jiahe Import & Export",
         "Dongguan Lucky Star Toys", "Hong Kong Top Mirror Ltd", "Wenzhou Ruifeng Trading"]

# ---------------------------------------------------------------- counterfeit builders: f(i, p, m) -> (title, description)
DIALECT = [  # (marketplace, phrase, dialect)
    ("ricardo-ch", "Fälschig, aber gseht us wie s Original", "Swiss German"), ("ricardo-ch", "Kopii, 1:1 gliich wie s echte", "Swiss German"),
    ("kleinanzeigen", "is a Fake, owa gscheid schee gmacht", "Bavarian"), ("willhaben", "ned echt, a Fälschung, owa leiwand", "Viennese"),
    ("subito", "è 'nu pezzotto, ma bell' assaje", "Neapolitan"), ("ebay-uk", "it's no the real deal, a fake, but pure dead brilliant", "Scots"),
    ("marketplace-qc", "c'est une copie, mais c'est pas pire pantoute", "Québécois"), ("mercadolibre-ar", "es trucho pero re bien hecho, posta", "Rioplatense"),
    ("yapo-cl", "es pirata no más, pero igualito al original, po", "Chilean"), ("jiji-ng", "na copy o, but e resemble original die", "Nigerian Pidgin"),
    ("jiji-ke", "ni fake lakini iko poa sana, kama original tu", "Sheng"), ("carousell-hk", "A貨嚟㗎，同正貨一模一樣", "Cantonese"),
    ("shopee-tw", "仿的啦，佮正的仝款", "Taiwanese Hokkien"), ("olx-eg", "تقليد بس تحفة، زي الأصلي بالظبط", "Egyptian Arabic"),
]


def b_dialect(i, p, m):
    d = DIALECT[i % len(DIALECT)]
    return f"{p[2]} – {d[1]}", f"{p[2]}. {d[1]}. Shipping or pickup."


def b_proforma(i, p, m):
    q = R.choice([20, 50, 100, 200])
    grade = R.choice(["1:1 copy grade", "replica, mirror quality", "AAA copy version", "high imitation (高仿)"])
    t = f"PROFORMA INVOICE PI-2026-{R.randint(1000, 9999)} – {MARK[p[0]]} {p[1]} x{q}"
    d = (f"PROFORMA INVOICE\nSeller: {R.choice(SHOPS)}\nBuyer: (your company)\nItem 1: {p[2]} {p[3]} – {grade} – qty {q} pcs – unit price see listing – FOB Guangzhou\n"
         "Payment: 30% T/T deposit, 70% before shipment. Packing: neutral carton, logo box separate. Validity: 15 days.")
    return t, d


CONTRACT = {"de": ("Kaufvertrag", "eine hochwertige Nachbildung (Replik), nicht vom Markeninhaber hergestellt"),
            "fr": ("Contrat de vente", "une réplique de haute qualité, non fabriquée par le titulaire de la marque"),
            "es": ("Contrato de compraventa", "una réplica de alta calidad, no fabricada por el titular de la marca"),
            "en": ("Purchase agreement", "a high-quality imitation (replica), not manufactured by the brand owner")}


def b_contract(i, p, m):
    lg = m[0].split("-")[0]
    h, w = CONTRACT.get(lg, CONTRACT["en"])
    return (f"{h} – 1 (one) {p[2]}",
            f"{h}. §1 Subject: one (1) {p[2]}, {w} ('the Item'). §2 Price as listed, cash or transfer. §3 The Buyer acknowledges the Item is not genuine "
            "and waives any claim. §4 No returns. Signed: Seller / Buyer.")


def b_email_fw(i, p, m):
    gen = i % 2 == 0
    t = f"FW: FW: RE: quotation {p[1]}" if gen else f"FW: RE: new price list {MARK[p[0]]} {p[1]}"
    d = ("---------- Forwarded message ---------\nFrom: sales@" + R.choice(["gzmirror", "ptxinyu", "hqbdigital", "topmirrorhk"]) +
         ".com\nDate: Tue, 2 Dec 2026\nSubject: RE: quotation\n\nDear friend,\nour " + f"{p[2]}" + " is " + R.choice(["mirror quality, same as original", "1:1 replica, top grade", "copy but same material as genuine"]) +
         ". MOQ 5 pcs, sample available. Best regards, Amy\n\n(I bought a few, selling the extras here)")
    return t, d


def b_tweet(i, p, m):
    t = f"🧵 1/4 {p[1]} – honest thoughts" if i % 2 else f"🧵 thread: the {MARK[p[0]]} {p[1]} nobody talks about"
    d = (f"1/4 ok so I found the best {MARK[p[0]]} rep so far 👇\n2/4 {p[2]}, {cue(m[0])}, stitching on point, box included\n"
         f"3/4 retail is {p[4]} USD, this is a fraction\n4/4 dm if you want one, I have 3 left. rt pls")
    return t, d


def b_changelog(i, p, m):
    v = f"v{R.randint(2, 5)}.{R.randint(0, 9)}"
    t = f"{p[2]} – batch {v} (changelog inside)"
    d = (f"CHANGELOG {v}\n- fixed: logo font now matches retail\n- fixed: box label and barcode corrected\n- improved: weight 3g closer to genuine\n"
         f"Known issues: serial not unique; side-by-side vs retail 97%. Previous batch {v[:-1]}0 sold out. {cue(m[0])}.")
    return t, d


def b_bot(i, p, m):
    t = f"{p[1]} – order through our bot" if i % 2 else f"{MARK[p[0]]} {p[1]} – Telegram bot shop"
    d = (f"Bot commands: /start /catalog /price /order\n/catalog →\n1️⃣ {MARK[p[0]]} {p[1]} – mirror grade\n2️⃣ same, AAA grade (cheaper)\n"
         "Type /order 1 to reserve, pay in USDT or card. Search @" + R.choice(["mirror_store_bot", "topgrade_bot", "repsdirect_bot"]))
    return t, d


def b_press(i, p, m):
    shop = R.choice(SHOPS)
    return (f"FOR IMMEDIATE RELEASE: {shop.split()[0]} launches 1:1 {p[2]}",
            f"GUANGZHOU, Dec. 3, 2026 — {shop}, a leading supplier of premium replica goods, today announced its newest {p[2]}. "
            f"\"Our {MARK[p[0]]} is indistinguishable from retail,\" said the CEO. Available now at a fraction of the {p[4]} USD retail price. "
            "About us: 12 years of mirror-quality manufacturing. Media & orders: WhatsApp in profile.")


def b_recipe(i, p, m):
    return (f"Recipe for the perfect {MARK[p[0]]} look – {p[1]}",
            f"INGREDIENTS:\n- 1 × {p[1]}\n- 1 × {MARK[p[0]]} logo, 1:1\n- 0 % of the retail price\nMETHOD:\n1. Order today\n2. Wait 7-12 days\n3. Nobody can tell\n"
            f"SERVES: 1. Chef's note: {cue(m[0])}, not from {MARK[p[0]]}.")


TAILOR = ["Bangkok", "Hoi An", "Hong Kong", "Istanbul", "Bali", "Singapore"]


def b_tailor(i, p, m):
    city = TAILOR[i % len(TAILOR)]
    return (f"Tailor-made {p[1]} in {MARK[p[0]]} style, {MARK[p[0]]} label sewn in – ready in 3 days",
            f"Our {city} tailor shop copies any {MARK[p[0]]} piece: same cut, same lining, we sew the {MARK[p[0]]} label and tags for you. "
            "Fitting at your hotel, made to measure, cheaper than the boutique.")


def b_glitch(i, p, m):
    t = f"PRICE ERROR?! {p[2]} – system glitch, grab it now" if i % 2 else f"Pricing mistake – {p[2]} at this price until midnight"
    d = "Our system set the wrong price and we honour it until midnight! Brand new." + (f" (Version: {cue(m[0])})" if i % 3 else " OEM version, no warranty card.")
    return t, d


def b_infomercial(i, p, m):
    return (f"BUT WAIT – THERE'S MORE! {p[2]} + a second one FREE",
            f"Are you tired of paying {p[4]} USD for a {MARK[p[0]]}? Now you don't have to! Our {MARK[p[0]]} {p[1]} looks EXACTLY like the real thing. "
            "Call now – operators are standing by! Not sold in stores. *Replica, not made by the brand.")


ADVENT = [("pandora", "24 Pandora charms", "charms", 65 * 24, "jewelry"), ("swarovski", "24 Swarovski crystal earrings & pendants", "jewelry", 80 * 24, "jewelry"),
          ("lego", "24 LEGO minifigures (Star Wars, Ninjago)", "minifigures", 5 * 24, "minifigures"), ("ferrero", "24 Ferrero Rocher & Kinder surprises", "chocolate", 30, "chocolate"),
          ("loreal", "24 Lancôme & L'Oréal minis", "skincare", 300, "skincare"), ("estee-lauder", "24 Estée Lauder minis incl. Advanced Night Repair", "skincare", 400, "skincare"),
          ("cartier", "24 Cartier-style rings & bracelets with logo", "jewelry", 24 * 700, "jewelry"), ("bandai", "24 Gundam mini figures", "action figures", 24 * 10, "action figures"),
          ("mattel", "24 Hot Wheels cars", "die-cast cars", 30, "die-cast cars"), ("gucci", "24 Gucci accessories (keyrings, hair clips)", "handbags", 24 * 150, "belts")]


def b_advent(i, p, m):
    a = ADVENT[i % len(ADVENT)]
    return (f"Advent calendar 2026 – {a[1]}", f"24 doors, a surprise every day until Christmas: {a[1]}. {cue(m[0])} (not official), great gift. Ships now.")


def b_team(i, p, m):
    n = R.choice([12, 15, 18, 22])
    return (f"Team order: {n} {MARK[p[0]]} {p[1]} with your club crest & names – {cue(m[0])}",
            f"Full team set: {n} × {MARK[p[0]]} {p[1]}, {MARK[p[0]]} logo embroidered, your crest and numbers printed free. Not official teamwear, factory copy. Price per piece.")


def b_poll(i, p, m):
    return (f"POLL 🗳️ which {MARK[p[0]]} should I restock? vote in comments",
            f"Option A: {p[2]} – 1:1 mirror\nOption B: {p[2]} – budget batch\nTop voted gets 20 % off for 48h. Price shown = option A. All reps, no retail.")


def b_infobox(i, p, m):
    return (f"{p[2]} – full specs below",
            "{{Infobox product\n| name = " + p[2] + "\n| manufacturer = " + R.choice(["Putian workshop", "Guangzhou factory", "OEM line"]) +
            f" (not {MARK[p[0]]})\n| type = replica / 1:1 copy\n| retail price = {p[4]} USD\n| our price = see listing\n| status = in stock\n}}}}")


def b_giftnote(i, p, m):
    return (f"{p[2]} – gift-wrapped, message card included",
            f"We write any message on the card, e.g. 'Happy birthday babe! It's a real {MARK[p[0]]} 😉' – (between us: it's a rep, mirror quality, nobody can tell). Next-day delivery.")


def b_table(i, p, m):
    return (f"{p[2]} – compare with retail (table)",
            f"| | Retail | Ours |\n|---|---|---|\n| price | {p[4]} USD | see listing |\n| {MARK[p[0]]} logo | ✓ | ✓ |\n| box & papers | ✓ | ✓ (copied) |\n| serial | unique | copied |\n| made by | {MARK[p[0]]} | factory 1:1 |")


LEGEND = {"rolex": ("R. S. 41 black – see legend", "R = the crown brand (Rolex), S = Sub, 41 = mm, VSF = the factory, 1:1 = identical copy"),
          "omega": ("O. SM 300 blue – see legend", "O = Omega, SM = Seamaster, OR = the factory, 1:1 = copy identical to retail"),
          "louis-vuitton": ("L.V. NF MM – see legend", "L.V. = Louis Vuitton, NF = Neverfull, MM = size, 1:1 = mirror copy"),
          "gucci": ("G. M. small – see legend", "G. = Gucci, M. = Marmont, 1:1 = mirror copy, full set"),
          "nike": ("N. D. L. panda – legend in description", "N. = Nike, D. L. = Dunk Low, panda = white/black, LJR = the batch (rep)"),
          "canada-goose": ("C.G. Exp. parka – legend", "C.G. = Canada Goose, Exp. = Expedition, 1:1 = copy with patch"),
          "cartier": ("C. L. bracelet – legend", "C. = Cartier, L. = Love, 1:1 = copy, 316L steel"),
          "the-north-face": ("T.N.F. N. 1996 – legend", "T.N.F. = The North Face, N. = Nuptse, 1:1 = replica"),
          "dyson": ("D. SS hair dryer – legend", "D. = Dyson, SS = Supersonic, 1:1 = copy, same motor speed"),
          "apple": ("A. APP2 – legend inside", "A. = Apple, APP2 = AirPods Pro 2, 1:1 = clone with popup"),
          "burberry": ("B. check scarf – legend", "B. = Burberry, check = the nova check, 1:1 = copy, cashmere blend"),
          "michael-kors": ("M.K. J.S. tote – legend", "M.K. = Michael Kors, J.S. = Jet Set, 1:1 = copy"),
          "adidas": ("A. UB 1.0 – legend", "A. = adidas, UB = Ultraboost, 1:1 = rep, PK batch")}
LEGEND_BRANDS = list(LEGEND)


def b_legend(i, p, m):
    t, d = LEGEND[p[0]]
    return t, "Legend: " + d + "."


def b_tracking(i, p, m):
    code = "LP" + str(R.randint(10 ** 11, 10 ** 12 - 1)) + "CN"
    return (f"{p[1]} – in transit, tracking log below",
            f"Tracking {code}\n02 Dec 08:12 Guangzhou – picked up. Contents declared: 'fashion accessory, no brand'\n02 Dec 22:40 export customs cleared\n"
            f"03 Dec 06:05 arrived hub\nActual contents: {p[2]} ({cue(m[0])}). Selling before it lands, pay now.")


SIGNS = ["Sagittarius", "Capricorn", "Leo", "Scorpio", "Aries", "Libra"]


def b_horoscope(i, p, m):
    s = SIGNS[i % len(SIGNS)]
    return (f"{s} horoscope this week: your lucky item is the {p[2]}",
            f"The stars say {s} should treat themselves – with a {MARK[p[0]]} {p[1]}, {cue(m[0])}, for a fraction of the boutique price. Mercury retrograde sale ends Sunday.")


# -------- everyday floor
def b_cue(i, p, m): return f"{p[2]} – {cue(m[0])}", ""
BATCH = ["VSF batch", "Clean factory", "ZF batch", "GP batch", "AAA+ mirror", "H grade, 1:1 hardware", "best batch, heat stamp correct"]
def b_lux(i, p, m): return f"{p[2]} – {R.choice(BATCH)}", "Full set, dust bag, cards. Comes with QC photos."
SNKB = ["LJR batch", "PK 5.0", "OG batch", "纯原版本", "莆田 top", "GX batch"]
def b_snk(i, p, m): return f"{p[2]} {p[3]} {R.choice(SNKB)}", "Sizes 36-46, QC pics before shipping."
def b_elec(i, p, m): return f"{p[2]} – Huaqiangbei top version, serial checks", "Popup animation works, serial number checks on the site, 1:1 clone."
def b_pharma(i, p, m): return f"{p[2]} – generic copy, no prescription needed", "Discreet packaging, same active ingredient, made in India, looks identical."
def b_fmcg(i, p, m): return f"{p[2]} – OEM copy, same taste, wholesale carton", f"{cue(m[0])}. Cheaper than supermarket, labels identical."
def b_beauty(i, p, m): return f"{p[2]} – counter quality copy (专柜品质)", "Same packaging as the counter, batch code printed, 1:1."
def b_auto(i, p, m): return f"{p[2]} {p[3]} – aftermarket copy in OEM box with logo", "Looks like genuine, fits perfectly, fraction of dealer price."
def b_toys(i, p, m): return f"{p[2]} – KO clone with original-style box", "Compatible bricks/figures, printed logo box, 1:1."
def b_soft(i, p, m): return f"{p[2]} – lifetime key, pre-activated", "Cracked version, no subscription, instant delivery, works forever."
MISS = {"rolex": "Rollex", "nike": "Nkie", "adidas": "Addidas", "gucci": "Gucchi", "louis-vuitton": "Louis Vuiton", "canada-goose": "Canda Goose",
        "samsung": "Samsumg", "dyson": "Dysonn", "omega": "Omegaa", "pandora": "Pandorra", "burberry": "Burbery", "cartier": "Cartierr", "swarovski": "Swarovsky",
        "apple": "Aple", "michelin": "Michellin", "michael-kors": "Micheal Kors"}
MISSB = list(MISS)
def b_miss(i, p, m): return p[2].replace(MARK[p[0]], MISS[p[0]]) if MARK[p[0]] in p[2] else f"{MISS[p[0]]} {p[1]}", f"{cue(m[0])}"
def homo(s): return "".join(HOMO.get(c, c) if k % 2 == 0 else c for k, c in enumerate(s))
def b_homo(i, p, m): return p[2].replace(MARK[p[0]], homo(MARK[p[0]])), "Brand new, fast shipping."
def sep(s, i): return R.choice([".", "-", " ", "*", "_"]).join(s)
def b_sep(i, p, m): return p[2].replace(MARK[p[0]], sep(MARK[p[0]], i)), f"{cue(m[0])}"
ZHCUE = ["顶级复刻", "原单品质", "高仿", "1:1原厂", "莆田纯原", "A货"]
def b_cjk(i, p, m): return f"{ZH[p[0]]} {p[3]} {R.choice(ZHCUE)} {R.choice(['正品同款', '专柜品质', '支持验货'])}", f"{ZH[p[0]]} {p[1]} {R.choice(ZHCUE)}，微信看实拍。"
def b_off(i, p, m): return f"{p[2]} – better price on WhatsApp", "Msg me on WhatsApp +86 13" + str(R.randint(100000000, 999999999)) + " or WeChat for the real catalogue (AAA)."
def b_low(i, p, m): return f"{p[2]} – brand new, sealed", "Brand new. Fast shipping."
def b_insp(i, p, m): return f"{MARK[p[0]]}-inspired {p[1]} with logo", f"Inspired by {MARK[p[0]]}, has the logo, looks the same."
COVER = ["unwanted gift, 4 more in stock", "won in a raffle, sealed", "my uncle works in the factory", "surplus from a canceled order", "left over from my shop closing"]
def b_cover(i, p, m): return f"{p[2]} – {R.choice(COVER)}", "Brand new, no receipt."
def b_jew(i, p, m): return f"{p[2]} – 18k gold plated stainless, S925 copy", "Looks real, hypoallergenic, box included."
def b_model(i, p, m): return f"{p[3]} {p[1]} – 1:1 top quality", "New, fast shipping."
def b_grade(i, p, m): return f"{p[2]} – grades AAA / 1:1 / top, choose", "AAA = cheapest, 1:1 = mirror, top = best. Price shown = AAA."
LOCAL = {"rolex": {"ru": "Ролекс", "ja": "ロレックス", "ko": "롤렉스", "th": "โรเล็กซ์", "ar": "رولكس", "he": "רולקס", "el": "Ρόλεξ", "hi": "रोलेक्स", "uk": "Ролекс", "ka": "როლექსი"},
         "nike": {"ru": "Найк", "ja": "ナイキ", "ko": "나이키", "th": "ไนกี้", "ar": "نايك", "he": "נייקי", "el": "Νάικι", "hi": "नाइकी", "uk": "Найк", "ka": "ნაიკი"},
         "gucci": {"ru": "Гуччи", "ja": "グッチ", "ko": "구찌", "th": "กุชชี่", "ar": "غوتشي", "he": "גוצ'י", "el": "Γκούτσι", "hi": "गुच्ची", "uk": "Гуччі", "ka": "გუჩი"}}
LOCMK = ["avito", "mercari-jp", "bunjang", "shopee-th", "dubizzle", "yad2", "skroutz-mp", "meesho-mp", "olx-ua", "mymarket-ge"]
def b_local(i, p, m):
    lg = m[0].split("-")[0]
    return f"{LOCAL[p[0]][lg]} {p[1]} {cue(m[0])}", ""
INIT = {"louis-vuitton": "LV Neverfull MM", "canada-goose": "CG Expedition", "the-north-face": "TNF Nuptse 1996", "michael-kors": "MK Jet Set tote",
        "nike": "AJ1 Chicago high", "gucci": "GG Marmont small", "sony": "PS5 Slim", "estee-lauder": "EL ANR 50ml", "johnson-johnson": "J&J Tylenol ES", "bmw": "BMW OEM filter"}
INITB = list(INIT)
def b_init(i, p, m): return f"{INIT[p[0]]} – {cue(m[0])}", ""
def b_sport(i, p, m): return f"{p[2]} – factory copy, same spec", f"{cue(m[0])}. Tournament grade look."
CS = [("carousell-ph", "legit copy lang ito ng {b}, same same pero mas mura"), ("olx-in", "bhai ye {b} ki first copy hai, bilkul original jaisi"),
      ("mercadolibre-mx", "es copia del {b} pero looks exactly the same, bro"), ("leboncoin", "c'est une copie {b}, mais honestly trop clean"),
      ("carousell-sg", "this one {b} copy lah, but quality damn good one"), ("mudah-my", "ni {b} copy ori grade, confirm cantik")]
def b_cs(i, p, m):
    c = CS[i % len(CS)]
    return f"{p[2]} – {c[1].format(b=MARK[p[0]])}", ""
def b_desc(i, p, m): return f"{p[1]} – new", f"{p[2]}. {cue(m[0])}. Ask for more photos."
LEET = {"rolex": "R0l3x", "gucci": "6ucc1", "nike": "N1k3", "dyson": "Dy$0n", "omega": "0m3ga", "cartier": "C4rt13r", "louis-vuitton": "L0u1s Vu1tt0n",
        "adidas": "4d1d4s", "pandora": "P4nd0r4", "apple": "4ppl3", "sony": "$0ny", "lego": "L3G0", "samsung": "S4m5ung"}
LEETB = list(LEET)
def b_leet(i, p, m): return p[2].replace(MARK[p[0]], LEET[p[0]]) if MARK[p[0]] in p[2] else f"{LEET[p[0]]} {p[1]}", f"{cue(m[0])}"
NICKB = list(NICK)
def b_nick(i, p, m): return f"{p[1]} – {NICK[p[0]]}, {cue(m[0])}", ""
def b_relabel(i, p, m): return f"{p[2]} – re-labelled, new expiry sticker", "Original date removed, new label printed, looks factory. Bulk discount."

# (class, kind, star, tactic, pool, builder, markets or None, price mode)
C = [
    ("c_dialect_cues28", "*", "the brand named plainly with a copy admission in a regional dialect (Swiss German, Bavarian, Neapolitan 'pezzotto', Scots, Québécois, Rioplatense 'trucho', Pidgin, Sheng, Cantonese, Hokkien, Egyptian Arabic)", ALL, b_dialect, [d[0] for d in DIALECT]),
    ("c_proforma_invoice28", "*", "the listing is a supplier's proforma invoice (PI) whose line item is the brand in 'copy grade'", ALL, b_proforma, ["ebay-us", "jiji-ng", "dubizzle", "olx-pk", "tokopedia", "jiji-ke"]),
    ("c_purchase_contract28", "*", "the listing is a purchase contract (Kaufvertrag, contrat de vente) in which the buyer acknowledges the item is a replica", ALL, b_contract, ["kleinanzeigen", "willhaben", "leboncoin", "wallapop", "ebay-uk", "mercadolibre-mx", "2ememain"]),
    ("c_email_forward28", "*", "a forwarded supplier email ('FW: FW: RE: quotation') in the description offering the brand in mirror quality", ALL, b_email_fw, None),
    ("c_tweet_thread28", "*", "the listing written as a numbered social thread (🧵 1/4 …) about the best rep of the brand", ALL, b_tweet, None),
    ("c_batch_changelog28", "*", "a software-style changelog of the copy batch (v3.2: fixed logo font, box label … vs retail)", LUX + SNK + ELEC, b_changelog, None),
    ("c_telegram_bot_menu28", "*", "a chat-bot command menu (/start /catalog /order) listing the brand in mirror grade", ALL, b_bot, None),
    ("c_press_release28", "*", "a mock press release ('FOR IMMEDIATE RELEASE: … launches 1:1 …') from a replica supplier", ALL, b_press, None),
    ("c_recipe_format28", "*", "the listing written as a recipe (ingredients: the logo 1:1, 0 % of retail; method; serves 1)", ALL, b_recipe, None),
    ("c_tailor_made28", "*", "a tourist tailor (Bangkok, Hoi An, HK) making the brand's garment to measure and sewing in its label", APPAREL + P(["louis-vuitton"]), b_tailor, ["shopee-th", "chotot", "carousell-hk", "sahibinden", "tokopedia", "carousell-sg"]),
    ("c_price_glitch28", "*", "'PRICE ERROR / system glitch, honoured until midnight' at a copy's price (2 in 3 with a copy word)", ALL, b_glitch, None),
    ("c_infomercial28", "*", "a TV-shopping script ('BUT WAIT – THERE'S MORE! Call now, not sold in stores') for the brand's lookalike with a replica footnote", ALL, b_infomercial, None),
    ("c_advent_calendar28", "*", "a Christmas advent calendar of 24 of the brand's goods (charms, minifigures, minis) at a copy's price, 'not official'", ALL, b_advent, None),
    ("c_team_order28", "*", "a team order of the maker's kit/gear with your club crest, the maker's logo embroidered, factory copy", KITS * 3 + SPORT, b_team, None),
    ("c_poll_vote28", "*", "a poll ('which should I restock? vote') listing the brand's reps as options", ALL, b_poll, None),
    ("c_wiki_infobox28", "*", "the description is a wiki infobox ({{Infobox product | manufacturer = Putian workshop (not X) | type = replica}})", ALL, b_infobox, None),
    ("c_gift_note28", "*", "gift-wrapped with a message card 'it's a real X 😉' – the seller admits a rep in brackets", ALL, b_giftnote, None),
    ("c_side_by_side_table28", "*", "a markdown table Retail vs Ours (logo ✓, papers copied, made by factory 1:1)", ALL, b_table, None),
    ("c_glossary_legend28", "*", "the title is initials only (R. S. 41); the description's legend decodes them to the brand and 'identical copy'", [p for p in PRODUCTS if p[0] in LEGEND_BRANDS], b_legend, None),
    ("c_tracking_log28", "*", "a parcel-tracking log (declared 'fashion accessory, no brand'; actual contents: the brand, replica) – sold in transit", ALL, b_tracking, None),
    ("c_horoscope28", "*", "a weekly horoscope whose 'lucky item' is the brand's copy", ALL, b_horoscope, None),
    ("c_cue_words28", "", "the brand named plainly with copy words of many languages", ALL, b_cue, None),
    ("c_luxury_reps28", "", "luxury goods with rep factory/batch jargon", LUX, b_lux, None),
    ("c_sneaker_reps28", "", "sneaker reps by batch (LJR, PK, 纯原)", SNK, b_snk, None),
    ("c_electronics_clone28", "", "electronics clones (Huaqiangbei top version, serial checks)", ELEC, b_elec, None),
    ("c_pharma28", "", "branded drugs and devices, generic copy, no prescription", PHARMA, b_pharma, None),
    ("c_fmcg28", "", "food and drink, OEM copy, same taste", FMCG, b_fmcg, None),
    ("c_beauty28", "", "beauty and razors, counter-quality copy", BEAUTY, b_beauty, None),
    ("c_auto_parts28", "", "auto parts and oil, aftermarket copy in OEM box with logo", AUTO, b_auto, None),
    ("c_toys28", "", "toys, KO clone with original-style box", TOYS, b_toys, None),
    ("c_software_keys28", "", "software lifetime keys, cracked, pre-activated (USD 5-25)", SOFT, b_soft, None),
    ("c_misspell28", "", "misspelt mark with a copy word", [p for p in PRODUCTS if p[0] in MISSB], b_miss, None),
    ("c_homoglyph_cyr28", "", "Cyrillic/Greek homoglyphs in every other letter of the mark", ALL, b_homo, None),
    ("c_separators28", "", "mark split by separators (R.o.l.e.x), copy word", ALL, b_sep, None),
    ("c_cjk_jargon28", "", "Chinese name with 高仿/复刻/原单 jargon", ALL, b_cjk, ["xianyu", "pinduoduo"]),
    ("c_offplatform28", "", "brand at a copy's price, 'better price on WhatsApp, AAA catalogue'", ALL, b_off, None),
    ("c_low_price_only28", "", "brand new sealed at 60 % of a copy's price, no copy word", ALL, b_low, None),
    ("c_inspired_logo28", "", "'X-inspired … with logo'", ALL, b_insp, None),
    ("c_cover_story28", "", "cover stories (unwanted gift with stock, raffle, uncle in the factory) at a copy's price", ALL, b_cover, None),
    ("c_jewelry_plated28", "", "plated steel/S925 copies of the brand's jewellery", JEW, b_jew, None),
    ("c_model_number28", "", "the registry model number and generic words, '1:1'", [p for p in PRODUCTS if p[3]], b_model, None),
    ("c_grade_menu28", "", "grade menu AAA / 1:1 / top", ALL, b_grade, None),
    ("c_local_script28", "", "the mark transliterated into the market's script with a copy word", P(["rolex", "nike", "gucci"]), b_local, LOCMK),
    ("c_initialism28", "", "initialisms (LV, CG, TNF, MK, AJ1, GG, PS5) with a copy word", [p for p in PRODUCTS if p[0] in INITB], b_init, None),
    ("c_sports_gear28", "", "rackets, balls and clubs, factory copy", SPORT, b_sport, None),
    ("c_code_switch28", "", "code-switched copy admissions (Taglish, Hinglish, Spanglish, Franglais, Singlish, Manglish)", ALL, b_cs, [c[0] for c in CS]),
    ("c_desc_only28", "", "generic title; the brand and copy word only in the description", ALL, b_desc, None),
    ("c_leet28", "", "leetspeak mark with a copy word", [p for p in PRODUCTS if p[0] in LEETB], b_leet, None),
    ("c_nicknames28", "", "logo nicknames (the crown, the swoosh, the half dome) with a copy word", [p for p in PRODUCTS if p[0] in NICKB], b_nick, None),
    ("c_relabel_expiry28", "", "consumables re-labelled with a new expiry sticker", FMCG + PHARMA + BEAUTY, b_relabel, None),
]

# ---------------------------------------------------------------- innocent builders: f(i, p, m) -> (title, description, usd price or None, seller name or None, brand)
def G(lo, hi): return lambda p: p[4] * R.uniform(lo, hi)
def i_auth(i, p, m): return f"{p[2]} {p[3]}".strip(), "Official store. Genuine, full manufacturer warranty, invoice.", p[4] * R.uniform(1.0, 1.08), SELLERS[p[0]], p[0]
def i_used(i, p, m): return f"Used {p[2]} – receipt included, light wear", "Bought at the brand store in 2024, receipt and box. Selling because I upgraded. Meet-up or shipping.", p[4] * R.uniform(0.4, 0.7), None, p[0]
def i_refurb(i, p, m): return f"{p[2]} – certified refurbished, 12-month warranty", "Professionally refurbished, new battery/parts where needed, serial on the invoice.", p[4] * R.uniform(0.62, 0.82), None, p[0]
def i_preown(i, p, m): return f"Pre-owned {p[2]} – box & papers, authenticated", "Full set, purchased 2021 at an authorised dealer, independently authenticated, certificate included.", p[4] * R.uniform(0.8, 1.15), None, p[0]
def i_outlet(i, p, m): return f"{p[2]} – outlet, last season, original tags", "From the brand's outlet store, genuine, last-season colour, tags attached.", p[4] * R.uniform(0.5, 0.7), None, p[0]
def i_whole(i, p, m):
    n = R.choice([6, 12, 24])
    return f"Wholesale: {p[2]} – case of {n}, distributor invoice", f"Genuine stock from the authorised distributor, invoice and batch numbers, {n} units per case, B2B only.", p[4] * R.uniform(0.8, 0.92) * n, None, p[0]
PARTS = [("dyson", "Dyson genuine post-motor filter for V15 Detect", 40), ("philips", "Philips Sonicare genuine brush heads W2 Optimal White, 4-pack", 35),
         ("gillette", "Gillette Fusion5 genuine handle replacement", 10), ("honda", "Honda genuine spark plug for EU2200i", 12), ("toyota", "Toyota genuine cabin air filter 87139-YZZ08", 25),
         ("bmw", "BMW genuine wiper blade set", 45), ("bose", "Bose QuietComfort 45 genuine ear cushion kit", 35), ("nintendo", "Nintendo genuine Joy-Con strap pair", 10),
         ("canon", "Canon genuine LP-E6NH battery", 79), ("bosch", "Bosch genuine 12V 2.0Ah battery GBA", 45), ("panasonic", "Panasonic genuine shaver foil & cutter WES9034", 40),
         ("apple", "Apple genuine USB-C to Lightning cable 1m", 19)]
def i_parts(i, p, m):
    x = PARTS[i % len(PARTS)]
    return x[1], "Genuine part in original packaging, part number on the bag, from an authorised dealer.", x[2] * R.uniform(0.92, 1.1), None, x[0]
CARDS = [("apple", "Apple Gift Card"), ("nike", "Nike gift card"), ("sony", "PlayStation Store gift card"), ("nintendo", "Nintendo eShop card"),
         ("microsoft", "Xbox gift card"), ("adidas", "adidas gift card"), ("lego", "LEGO gift card"), ("pandora", "Pandora gift card")]
def i_cards(i, p, m):
    x = CARDS[i % len(CARDS)]
    v = R.choice([25, 50, 100])
    return f"{x[1]} {v} – {m[2]} region", f"Genuine {x[1]}, face value, code emailed after payment, receipt from the shop.", v, None, x[0]
def i_grey(i, p, m): return f"{p[2]} – Japan/HK import version, genuine", "Parallel import, 100 % genuine, no local warranty, international version.", p[4] * R.uniform(0.88, 1.02), None, p[0]
def i_neg(i, p, m): return f"{p[2]} – 100 % genuine, NOT a copy, NOT replica", f"Bought at {SELLERS[p[0]]}, receipt attached. No fakes, no reps, serious buyers only.", p[4] * R.uniform(0.85, 1.05), None, p[0]
LIC = [("lego", "LEGO Technic BMW M 1000 RR 42130", 230, "building sets"), ("lego", "LEGO Icons Optimus Prime 10302", 180, "building sets"),
       ("mattel", "Hot Wheels Honda Civic Type R (Car Culture)", 7, "die-cast cars"), ("mattel", "Hot Wheels Toyota AE86 Sprinter Trueno", 6, "die-cast cars"),
       ("mattel", "Hot Wheels BMW M3 E30", 6, "die-cast cars"), ("puma", "PUMA x BMW M Motorsport Drift Cat sneakers", 85, "sneakers"),
       ("swarovski", "Swarovski Disney Mickey Mouse figurine", 190, "crystal figurines"), ("hasbro", "Monopoly Super Mario Bros. edition", 30, "board games"),
       ("hasbro", "Nerf Fortnite blaster", 35, "blasters"), ("bandai", "Bandai Tamagotchi Pac-Man edition", 22, "toys")]
def i_lic(i, p, m):
    x = LIC[i % len(LIC)]
    return x[1], "Official licensed product, sealed, from a toy shop.", x[2] * R.uniform(0.95, 1.08), None, x[0]
ADV = [("lego", "LEGO Star Wars Advent Calendar 2026", 45), ("lego", "LEGO City Advent Calendar 2026", 35), ("ferrero", "Kinder Mix advent calendar 2026", 20),
       ("mars", "M&M's & friends advent calendar", 10), ("loreal", "L'Oréal Paris beauty advent calendar 2026 (24 days)", 85), ("mattel", "Hot Wheels advent calendar 2026", 30),
       ("nestle", "Nestlé Smarties advent calendar", 8), ("ferrero", "Ferrero Rocher advent calendar", 17)]
def i_adv(i, p, m):
    x = ADV[i % len(ADV)]
    return x[0] and x[1], "Genuine advent calendar, sealed, 24 doors, bought at the supermarket / brand store, best before 2027.", x[2] * R.uniform(0.95, 1.1), None, x[0]
TEAM = [("nike", "Nike Park VII team jerseys x15 – club crest printing via Nike Team dealer", 30), ("adidas", "adidas Entrada 22 team kit x18 – authorised teamwear dealer", 28),
        ("puma", "PUMA teamGOAL jerseys x15 with club crest – official team partner", 30), ("yonex", "Yonex Aerosensa 30 shuttles, club order 10 tubes – authorised dealer", 30),
        ("wilson", "Wilson Evolution basketballs x10 – school team order, authorised dealer", 75)]
def i_team(i, p, m):
    x = TEAM[i % len(TEAM)]
    n = int(x[1].split(" x")[-1].split()[0]) if " x" in x[1] else 10
    return x[1], "Official teamwear programme; printing done by the authorised dealer; invoice for the club treasurer.", x[2] * n * R.uniform(0.9, 1.0), None, x[0]
def i_drop(i, p, m): return f"Price drop: {p[2]} now {R.choice([20, 25, 30])} % off – official store", "Black Friday week at the official store, genuine, full warranty.", p[4] * R.uniform(0.7, 0.8), SELLERS[p[0]], p[0]
def i_gift(i, p, m): return f"{p[2]} – unwanted gift, gift receipt and card included", "Got two for my birthday, sealed, gift receipt from the store so you can exchange.", p[4] * R.uniform(0.8, 0.95), None, p[0]
SOFTG = [("microsoft", "Microsoft Office Home 2024 – retail box, release notes inside", 150), ("adobe", "Adobe Photoshop 1-year – reseller invoice, changelog of v27 attached", 263),
         ("autodesk", "Autodesk AutoCAD LT 2026 1-year – authorised reseller, what's new PDF", 500), ("microsoft", "Windows 11 Pro retail USB – what's new in 24H2", 199)]
def i_softg(i, p, m):
    x = SOFTG[i % len(SOFTG)]
    return x[1], "Genuine licence from an authorised reseller, invoice with your company name, release notes included.", x[2] * R.uniform(0.95, 1.05), None, x[0]
ACC = [("apple", "Silicone case for AirPods Pro 2 (not Apple, fits perfectly)"), ("samsung", "Screen protector for Samsung Galaxy S24, 2-pack"),
       ("omega", "20mm NATO strap fits Omega Speedmaster (aftermarket)"), ("dyson", "Wall mount for Dyson V15 (third party)"), ("nintendo", "Carry case for Nintendo Switch OLED"),
       ("sony", "Stand for PlayStation 5 Slim (third party)"), ("louis-vuitton", "Felt bag organiser insert for Neverfull MM"), ("rolex", "Watch winder box for Rolex and other automatics"),
       ("nike", "Shoe cleaning kit for Air Force 1 and sneakers"), ("canon", "Lens hood for Canon RF 24-105mm (compatible)"), ("bose", "Hard case for Bose QC45"),
       ("cartier", "Jewellery travel case (fits Love bracelet)")]
def i_acc(i, p, m):
    x = ACC[i % len(ACC)]
    return x[0] and x[1], "Accessory only, third-party brand, product not included.", R.uniform(8, 35), None, x[0]
EVERY = [("shell", "Sea shell collection from the beach, 30 pieces"), ("coach", "Coach trip to Edinburgh, 2 seats, Saturday"), ("apple", "Apple tree sapling, Braeburn, 1.2 m"),
         ("mars", "Mars globe 30 cm – the red planet, educational"), ("omega", "Omega-3 fish oil 1000mg, 120 capsules"), ("puma", "Puma plush toy (wild cat), 40 cm"),
         ("canon", "Pachelbel Canon in D – sheet music for string quartet"), ("samsung", "Galaxy star projector night light"), ("pandora", "Pandora's box costume prop, wooden"),
         ("wilson", "Volleyball with a painted face – 'Wilson' from Cast Away, fan prop"), ("rolex", "Crown moulding trim, white, 2.4 m"), ("gillette", "Gillette Stadium parking pass – Dec 14 game")]
def i_every(i, p, m):
    x = EVERY[i % len(EVERY)]
    return x[1], "As pictured.", R.uniform(5, 60), None, x[0]
BOOKS = [("nike", "Shoe Dog – Phil Knight (paperback)"), ("dyson", "Against the Odds – James Dyson, autobiography"), ("gucci", "The House of Gucci – Sara Gay Forden"),
         ("adidas", "Sneaker Wars – Barbara Smit (adidas vs Puma)"), ("toyota", "The Toyota Way – Jeffrey Liker"), ("lego", "LEGO: A Love Story – Jonathan Bender"),
         ("apple", "Steve Jobs – Walter Isaacson, hardcover"), ("rolex", "Vintage Rolex – coffee-table book"), ("louis-vuitton", "Louis Vuitton: The Birth of Modern Luxury"),
         ("coca-cola", "For God, Country and Coca-Cola – Mark Pendergrast"), ("sony", "Made in Japan – Akio Morita"), ("nintendo", "Game Over – David Sheff (Nintendo history)")]
def i_books(i, p, m):
    x = BOOKS[i % len(BOOKS)]
    return x[1], "Used book, good condition.", R.uniform(6, 30), None, x[0]
REP = [("rolex", "Rolex service & polish by independent watchmaker"), ("apple", "iPhone 15 screen replacement, 1 hour"), ("dyson", "Dyson Supersonic repair, diagnosis free"),
       ("louis-vuitton", "Louis Vuitton bag cleaning & edge restoration"), ("canada-goose", "Canada Goose parka cleaning & down refresh"), ("nintendo", "Joy-Con drift repair"),
       ("sony", "PS5 HDMI port repair"), ("bose", "Bose headphone ear pad replacement service"), ("burberry", "Trench coat dry-cleaning & re-proofing (Burberry welcome)"),
       ("cartier", "Cartier bracelet resizing & polishing"), ("canon", "Canon camera sensor cleaning"), ("bmw", "BMW oil service at independent garage")]
def i_rep(i, p, m):
    x = REP[i % len(REP)]
    return x[1], "Service only – bring your own genuine item. No parts sold.", R.uniform(20, 150), None, x[0]
def i_wanted(i, p, m): return f"WTB: genuine {p[2]} – must have receipt, no reps!", "Looking to buy an authentic one; fakes and replicas will be reported. Paying fair market price.", None, None, p[0]
HD = [("dyson", "Hair styler multi-tool, own brand – a budget alternative to the Dyson Airwrap"), ("pandora", "Charm bracelet, own brand, silver-tone, no logo (fits most charms)"),
      ("canada-goose", "Arctic parka, own brand, similar warmth to the big names"), ("apple", "Wireless earbuds, own brand, ANC – an AirPods Pro alternative"),
      ("lego", "Building bricks set, own brand (not LEGO), 1,200 pcs"), ("rolex", "Homage diver watch, own brand, no crown logo, NH35"),
      ("nike", "White low-top sneakers, own brand, no swoosh"), ("estee-lauder", "Night serum, own brand, Advanced Night Repair dupe (own formula)"),
      ("gucci", "Quilted chevron shoulder bag, unbranded vegan leather"), ("louis-vuitton", "Checked canvas tote, own brand, no monogram"),
      ("cartier", "Nail bracelet, own brand, stamped with our own name"), ("the-north-face", "Retro puffer jacket, own brand, 600-fill")]
def i_hd(i, p, m):
    x = HD[i % len(HD)]
    return x[1], "Our own brand. Not affiliated with any other company. No logos copied.", R.uniform(15, 90), None, x[0]
DIAT = [("rolex", "Swiss German phrasebook – 'Grüezi mitenand'"), ("nike", "T-shirt 'Na wa o' – Nigerian Pidgin slogan"), ("gucci", "Neapolitan dictionary, 2nd edition (incl. 'pezzotto')"),
        ("adidas", "Lunfardo dictionary – 'trucho', 'posta', 'chabón'"), ("burberry", "Scots dictionary, concise"), ("louis-vuitton", "Québécois expressions mug 'c'est pas pire'"),
        ("apple", "Sheng–English pocket dictionary"), ("omega", "Cantonese slang course (book + audio)"), ("cartier", "Taiwanese Hokkien textbook, level 1"),
        ("canada-goose", "Chilean Spanish guide 'Cachai?'"), ("pandora", "Egyptian Arabic phrasebook"), ("lego", "Bavarian dialect tea towel 'Servus'")]
def i_dia(i, p, m):
    x = DIAT[i % len(DIAT)]
    return x[1], "New, as pictured.", R.uniform(5, 25), None, x[0]
NEWS = [("gucci", "Vogue Italia, December issue – Gucci cover story"), ("rolex", "Newspaper clipping 1985 – 'Customs seize fake Rolex watches at port'"),
        ("nike", "Original 1985 print ad – Air Jordan launch, framed"), ("apple", "Time magazine 2007 – iPhone cover"), ("louis-vuitton", "Press kit: Louis Vuitton 2019 exhibition, collector item"),
        ("lego", "LEGO Life magazine, 10 issues"), ("coca-cola", "Coca-Cola 1970s press release reprint, framed"), ("sony", "Sony Walkman 1979 press photo, reprint"),
        ("omega", "Newspaper July 1969 – Apollo 11 moon landing (Speedmaster story inside)"), ("canon", "Camera magazine 1987 – Canon EOS launch review"),
        ("pfizer", "Newspaper 1998 – Viagra approval headline"), ("mattel", "Barbie 1959 launch press photo reprint")]
def i_news(i, p, m):
    x = NEWS[i % len(NEWS)]
    return x[1], "Original print/reprint as described, collector item.", R.uniform(8, 80), None, x[0]
RECI = [("ferrero", "Nutella cheesecake & 40 more recipes – e-book"), ("coca-cola", "Coca-Cola glazed ham recipe card set"), ("mars", "M&M's cookie baking kit (recipe + cutters, candy not included)"),
        ("nestle", "Dalgona coffee recipe booklet (uses any instant coffee, Nescafé shown)"), ("ferrero", "Kinder-themed birthday cake recipe book"), ("mars", "Snickers cheesecake recipe card"),
        ("coca-cola", "Vintage Coca-Cola recipe booklet 1950s"), ("nestle", "Toll House-style cookie recipes, handwritten family cards"), ("danone", "Baby food recipes for 6-12 months, book"),
        ("ferrero", "Ferrero Rocher tower DIY instructions (printable)"), ("mars", "Twix-style millionaire shortbread – cooking class"), ("coca-cola", "Cola chicken wings – recipe zine")]
def i_reci(i, p, m):
    x = RECI[i % len(RECI)]
    return x[1], "Recipe only unless stated.", R.uniform(3, 20), None, x[0]
PROF = [("nike", "Proforma invoice & packing list templates (Excel) for exporters"), ("rolex", "Freight forwarder Guangzhou → Lagos, LCL – genuine goods only, no replicas accepted"),
        ("apple", "Customs broker Rotterdam – import clearance for electronics with CE documents"), ("louis-vuitton", "Trade compliance course: spotting counterfeit shipments"),
        ("gucci", "Sea freight consolidation to Dubai – brand goods need authorisation letter"), ("lego", "Toy import: EN71 testing & certificate service"),
        ("samsung", "Parcel tracking API for online shops"), ("adidas", "Bill of lading & commercial invoice service for small exporters"),
        ("dyson", "Warehouse & fulfilment in Poland, we verify brand authorisation"), ("nike", "Export documentation workshop, 1 day"),
        ("pfizer", "Pharma cold-chain logistics, GDP certified (licensed customers only)"), ("cartier", "Insured courier for jewellery, valuation certificate required")]
def i_prof(i, p, m):
    x = PROF[i % len(PROF)]
    return x[1], "Business service. We do not handle counterfeit or replica goods; brand goods need proof of purchase.", R.uniform(30, 400), None, x[0]
TS = [("burberry", "Alterations: shorten your Burberry trench sleeves"), ("canada-goose", "Parka zip replacement – bring your own jacket"), ("levis", "Levi's jeans hemming, original hem kept"),
      ("louis-vuitton", "Bag strap shortening by leather craftsman (your own bag)"), ("the-north-face", "Down jacket patch repair, invisible"), ("burberry", "Bespoke suit, our own label only – we do not copy brands"),
      ("gucci", "Belt hole punching & resizing (your own belt)"), ("nike", "Sneaker sole swap & custom paint (your shoes, our labour)"), ("levis", "Denim repair: crotch blowout fix"),
      ("canada-goose", "Fur ruff cleaning service"), ("coach", "Leather bag conditioning & colour restore"), ("michael-kors", "Handbag handle re-wrap")]
def i_ts(i, p, m):
    x = TS[i % len(TS)]
    return x[1], "Tailoring/repair service on your own item. We don't sell or make branded goods.", R.uniform(10, 120), None, x[0]
BOT = [("nike", "Sneaker release alert bot (SNKRS, Confirmed) – Discord, monthly"), ("apple", "Telegram shop bot development – /catalog /order for legit stores"),
       ("sony", "PS5 restock tracker bot – alerts for official retailers"), ("lego", "LEGO price tracker bot for official shop and retailers"),
       ("nintendo", "Nintendo eShop sale alert bot"), ("samsung", "Chatbot customer service setup for phone repair shops"),
       ("adidas", "adidas Confirmed raffle reminder bot"), ("dyson", "Price-drop bot for Dyson at major retailers"),
       ("rolex", "Waitlist tracker spreadsheet for authorised dealers (AD) – template"), ("microsoft", "Xbox Game Pass deal alerts bot"),
       ("pandora", "Jewellery shop website & chatbot setup"), ("bose", "Audio deals Telegram channel bot (official retailers only)")]
def i_bot(i, p, m):
    x = BOT[i % len(BOT)]
    return x[1], "Software service. Links only to official stores and authorised retailers.", R.uniform(5, 150), None, x[0]
GUIDE = [("rolex", "How to spot a fake Rolex Submariner – 40-page PDF guide"), ("louis-vuitton", "Authentication service for LV bags – €25, 24h"),
         ("nike", "Legit check service for Jordan 1s – photo review"), ("cartier", "Guide: real vs fake Cartier Love bracelet (screws, hallmarks)"),
         ("apple", "Check if your AirPods are genuine – serial lookup tutorial"), ("canada-goose", "Canada Goose authenticity: hologram and patch guide"),
         ("gucci", "Gucci belt authentication by certified expert"), ("omega", "Omega Speedmaster buying guide: avoid replicas"), ("pfizer", "Pharmacist talk: dangers of fake Viagra online"),
         ("lego", "Spot LEGO knock-offs: a parent's guide (booklet)"), ("dyson", "Fake Dyson Supersonic: 10 signs (video course)"), ("pandora", "Pandora charm hallmark guide (S925 ALE)")]
def i_guide(i, p, m):
    x = GUIDE[i % len(GUIDE)]
    return x[1], "Education/authentication only. We don't sell replicas and we report them.", R.uniform(5, 40), None, x[0]
TRK = [("nike", "Shop US stores (Nike, Apple) – we forward to Ghana, tracking included"), ("apple", "US address & parcel forwarding to Nigeria, genuine orders only"),
       ("louis-vuitton", "Personal shopper Paris – boutique purchase with receipt, shipped insured"), ("sony", "Japan proxy buying – Mercari/Yahoo, tracking to Europe"),
       ("samsung", "Korea forwarding service – official Samsung store orders"), ("lego", "UK to Australia forwarding for LEGO store orders"),
       ("gucci", "Italy outlet shopping tour, we ship with tracking"), ("dyson", "Parcel consolidation from Amazon DE to Ukraine"), ("adidas", "Tracking number lookup help desk"),
       ("nintendo", "Japan-only Nintendo items, forwarding with customs invoice"), ("rolex", "Insured watch shipping – bring your AD receipt"), ("canada-goose", "Canada → Korea forwarding for winter jackets")]
def i_trk(i, p, m):
    x = TRK[i % len(TRK)]
    return x[1], "Logistics service; we forward genuine orders from official stores with their invoice.", R.uniform(10, 60), None, x[0]

GEN = ["in_authorized_store28", "in_used28", "in_refurb28", "in_preowned_lux28", "in_outlet28", "in_wholesale28", "in_repair_parts28", "in_gift_cards28",
       "in_grey_import28", "in_genuine_negated_copy28", "in_licensed_crossover28", "in_advent_genuine28", "in_team_order_genuine28", "in_price_drop_genuine28",
       "in_gift_note_genuine28", "in_software_release_notes28"]
I = [
    ("in_authorized_store28", "", "the brand's authorised store (registry demo seller) at list", ALL, i_auth),
    ("in_used28", "", "used with receipt, 40-70 % of list", DUR, i_used),
    ("in_refurb28", "", "certified refurbished electronics, 62-82 %", ELEC, i_refurb),
    ("in_preowned_lux28", "", "pre-owned luxury with box and papers, authenticated, 80-115 %", LUX, i_preown),
    ("in_outlet28", "", "outlet, last season, 50-70 %", LUX + SNK + APPAREL, i_outlet),
    ("in_wholesale28", "", "wholesale case from the authorised distributor, 80-92 % per unit", FMCG + BEAUTY + AUTO + PHARMA, i_whole),
    ("in_repair_parts28", "", "genuine spare parts and consumables", ALL, i_parts),
    ("in_gift_cards28", "", "brand gift cards at face value", ALL, i_cards),
    ("in_grey_import28", "", "parallel imports, genuine, no local warranty", ELEC + LUX, i_grey),
    ("in_genuine_negated_copy28", "", "genuine with 'NOT a copy, NOT replica' and receipt", ALL, i_neg),
    ("in_licensed_crossover28", "", "licensed crossovers (LEGO BMW, Hot Wheels Honda, PUMA x BMW, Swarovski Disney)", ALL, i_lic),
    ("in_advent_genuine28", "", "the brands' real advent calendars (LEGO, Kinder, M&M's, L'Oréal, Hot Wheels) at list", ALL, i_adv),
    ("in_team_order_genuine28", "*", "team orders through the maker's authorised teamwear dealer (Nike Park, adidas Entrada, PUMA teamGOAL)", ALL, i_team),
    ("in_price_drop_genuine28", "", "official-store price drops (Black Friday week, 20-30 % off)", ALL, i_drop),
    ("in_gift_note_genuine28", "*", "unwanted genuine gift with gift receipt and card", DUR, i_gift),
    ("in_software_release_notes28", "*", "genuine software licences from authorised resellers with release notes / changelogs", ALL, i_softg),
    ("in_accessories28", "", "third-party accessories for the brand's goods", ALL, i_acc),
    ("in_everyday_senses28", "", "everyday words that collide with marks (shell, coach, apple, Mars, omega-3, puma, canon, galaxy)", ALL, i_every),
    ("in_books_media28", "", "books about the brands", ALL, i_books),
    ("in_repair_services28", "", "repair and service of the customer's own genuine item", ALL, i_rep),
    ("in_wanted28", "", "wanted ads for genuine goods, no reps (no price)", ALL, i_wanted),
    ("in_honest_dupe28", "", "own-brand alternatives without logos", ALL, i_hd),
    ("in_dialect_texts28", "*", "dialect phrasebooks and slogan goods using the dialect words of c_dialect_cues28 (pezzotto, trucho)", ALL, i_dia),
    ("in_press_news28", "", "old newspapers, magazines, press photos and press kits about the brands (incl. a fake-seizure clipping)", ALL, i_news),
    ("in_recipes_brand28", "", "recipe books and cards that use the brands' foods", ALL, i_reci),
    ("in_proforma_logistics28", "*", "invoice templates, freight forwarders and customs brokers that refuse replicas", ALL, i_prof),
    ("in_tailor_services28", "*", "alterations and repairs of the customer's own branded garments; bespoke under own label", ALL, i_ts),
    ("in_bot_services28", "*", "chat-bot and alert-bot services for official releases and retailers", ALL, i_bot),
    ("in_fake_spotting_guide28", "", "guides and authentication services about spotting fakes", ALL, i_guide),
    ("in_forwarding_tracking28", "*", "parcel forwarding and proxy shopping from official stores, with tracking", ALL, i_trk),
]


def hexid(n=12):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def handle():
    return R.choice(["best", "lux", "top", "shop", "deal", "star", "mega", "super", "city", "home"]) + R.choice(["_store", "mart", "seller", "_hk", "goods", "trade", "88", "_official", "hub"]) + str(R.randint(1, 999))


def listing(m, title, desc, price, seller_name, cat, ship_from, country=None):
    lid = hexid()
    d = {"marketplace": m[1], "listing_id": lid, "url": f"https://{m[1]}.example/item/{lid}", "title": title[:1000], "description": desc,
         "seller": {"id": handle(), "name": seller_name or "", "country": country or m[3]},
         "category": cat, "observed_at": f"2026-12-0{R.choice([2, 3])}T{R.randint(0, 23):02d}:{R.randint(0, 59):02d}:{R.randint(0, 59):02d}Z", "attributes": {}}
    if price is not None:
        d["price"] = price
    if ship_from:
        d["ship_from"] = ship_from
    return d


def main():
    global R
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, default=28)
    ap.add_argument("--out", default="set.jsonl")
    ap.add_argument("--classes", default="classes.md")
    a = ap.parse_args()
    R = random.Random(a.seed)
    rows, ex = [], {}
    # counterfeit: rotate over products so every brand appears
    rot = 0
    for name, star, tactic, pool, fn, mks in C:
        for i in range(13):
            if pool is ALL:
                p = ALL[(rot * 7) % len(ALL)]
                rot += 1
            else:
                p = pool[(i + R.randint(0, len(pool) - 1)) % len(pool)] if len(pool) > 13 else pool[i % len(pool)]
            m = mk(mks[i % len(mks)]) if mks else R.choice(MARKETS)
            if name == "c_local_script28":
                m = mk(LOCMK[i % len(LOCMK)])
                p = P([["rolex", "nike", "gucci"][i % 3]])[0]
            if name == "c_advent_calendar28":
                a0 = ADVENT[i % len(ADVENT)]
                p = (a0[0], a0[1], a0[1], "", a0[3], a0[4])
            t, d = fn(i, p, m)
            frac = copy_frac(p[4])
            if name == "c_low_price_only28":
                frac *= 0.6
            usd = R.uniform(5, 25) if name == "c_software_keys28" else p[4] * frac
            if name == "c_proforma_invoice28":
                m = m  # unit price per piece
            cn = m[3] == "CN" or R.random() < 0.35
            rows.append(({**listing(m, t, d, money(usd, m), handle(), p[5], "CN" if cn else None)},
                         {"kind": "counterfeit", "brand": p[0], "class": name, "tactic": tactic, "lang": m[0], "also": []}))
            ex.setdefault(name, (star, "counterfeit", tactic, t, p[0]))
    for name, star, tactic, pool, fn in I:
        for i in range(12):
            p = pool[(i * 5 + R.randint(0, len(pool) - 1)) % len(pool)]
            m = R.choice(MARKETS)
            t, d, usd, sname, brand = fn(i, p, m)
            cat = p[5] if brand == p[0] else None
            price = money(usd, m) if usd is not None else None
            if name == "in_gift_cards28":
                price = {"amount": float(usd), "currency": m[2]}
            rows.append((listing(m, t, d, price, sname, cat, None), {"kind": "innocent", "brand": brand, "class": name, "tactic": tactic, "lang": m[0], "also": []}))
            ex.setdefault(name, (star, "innocent", tactic, t, brand))
    R.shuffle(rows)
    with open(a.out, "w", encoding="utf-8") as f:
        for d, lab in rows:
            d["_label"] = lab
            f.write(json.dumps(d, ensure_ascii=False) + "\n")
    n = {}
    for _, lab in rows:
        n[lab["class"]] = n.get(lab["class"], 0) + 1
    with open(a.classes, "w", encoding="utf-8") as f:
        f.write("# outsider28 classes\n\n`*`: a newer family (no earlier outsider class list has it, by my greps; doubts in README.md). Example: one row's title (brand).\n\n")
        f.write("| class | * | kind | n | tactic | example |\n|---|---|---|---|---|---|\n")
        for k, (star, kind, tactic, t, b) in ex.items():
            tt = t.replace("|", "\\|").replace("\n", " ")
            f.write(f"| {k} | {star} | {kind} | {n[k]} | {tactic.replace('|', '/')} | {tt} ({b}) |\n")


if __name__ == "__main__":
    main()
