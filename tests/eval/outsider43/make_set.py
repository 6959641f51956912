#!/usr/bin/env python3
"""outsider43: a seeded, stdlib-only generator of a held-out set for BrandSentry.
python3 make_set.py --seed 43 --out set.jsonl --classes classes.md
Verticals and their communities' words (with honest twins), and near neighbours of the registry (with counterfeits
hiding beside them). Wordings are my own; registry facts come only from extract_registry.py's summary (data.py)."""
import argparse, json, random
from data import B, NB, PEOPLE, PLACES, TERMS, CJK, CROSS, M, RATE, WHOLE

SNK = ["nike", "adidas", "puma"]; STW = ["the-north-face", "canada-goose", "levis"]
WAT = ["rolex", "omega", "cartier", "michael-kors"]; BAG = ["louis-vuitton", "gucci", "coach", "michael-kors", "burberry"]
BEA = ["loreal", "estee-lauder", "shiseido"]; MED = ["pfizer", "bayer", "abbott", "johnson-johnson"]
AUTO = ["honda", "toyota", "bmw"]; ELEC = ["apple", "samsung", "sony", "bose"]; TOY = ["lego", "bandai", "hasbro", "mattel"]
ALL = list(B)
WATCH = {"rolex": ("Rolex", "Submariner Date", "126610LN", 10250), "omega": ("Omega", "Seamaster Diver 300M", "210.30.42.20.01.001", 5900),
         "cartier": ("Cartier", "Santos de Cartier large", "WSSA0018", 7800), "michael-kors": ("Michael Kors", "Lexington chronograph watch", "MK8281", 295)}
CAL = {"rolex": "3235", "omega": "8800", "cartier": "1847 MC", "michael-kors": "VK63"}
FAC = {"rolex": ["Clean", "VSF", "ZF", "APS"], "omega": ["VSF", "OR", "ZF"], "cartier": ["BV", "AF", "V6"], "michael-kors": ["OEM", "GD"]}
SNEAKER_BATCH = ["LJR", "PK 5.0", "GX", "OG batch", "M batch", "Dragon batch", "H12", "S2"]
AGENTS = ["Kakobuy", "Mulebuy", "CSSBuy", "Sugargoo", "Superbuy", "Hoobuy", "ACBuy", "Oopbuy"]
TS = ["TS Ling", "TS Angel", "TS Ruby", "TS Cindy", "TS Hiyaku", "TS Tina"]
PERF = {"loreal": ("Lancôme", ["La Vie Est Belle", "Idôle", "Trésor"]), "estee-lauder": ("Estée Lauder", ["Beautiful", "Pleasures", "Youth-Dew"]),
        "shiseido": ("Shiseido", ["Ginza", "Zen", "Ever Bloom"])}
AIR = {"honda": ("Honda", "driver airbag module Civic 2016-2021", "77810-TBA-A81"), "toyota": ("Toyota", "front brake pads Corolla", "04465-02220"),
       "bmw": ("BMW", "steering wheel airbag M Sport F30", "32307910421")}
FIG = {"bandai": ("Bandai", "PG Unicorn Gundam", "PG Unicorn", 250, ["Daban", "Dragon Momoko", "Supernova"]),
       "hasbro": ("Hasbro", "Transformers G1 Optimus Prime reissue", "F3418", 90, ["KO", "reissue bootleg", "repro"]),
       "mattel": ("Mattel", "Barbie 1959 #1 reproduction doll", "GBF81", 60, ["repro", "KO"]),
       "lego": ("LEGO", "Star Wars minifigure Darth Vader", "sw0636", 15, ["custom print", "KO"])}
SPORT = ["callaway", "yonex", "wilson"]
PULL = {"apple": ("iPhone 15 Pro OLED screen", "A3102"), "samsung": ("Galaxy S24 AMOLED display", "SM-S921B"),
        "sony": ("Xperia 1 V main camera module", "XQ-DQ72"), "bose": ("QC45 ear cup assembly", "QC45"), "canon": ("EOS R6 shutter unit", "CY3-1234")}
RX = {"pfizer": [("Viagra 100mg 30 tablets", 2100), ("Lipitor 20mg 90 tablets", 450), ("Paxlovid 5-day pack", 1390)],
      "abbott": [("FreeStyle Libre 2 sensor", 75), ("FreeStyle Libre 3 sensor", 90)], "bayer": [("Xarelto 20mg 28 tablets", 520), ("Adalat LA 30mg 28 tablets", 60)]}
LCUE = {"ko": "레플리카 SA급입니다.", "ja": "コピー品（N級）です。", "zh": "高仿一比一。", "ru": "Реплика, не оригинал.", "pt": "Réplica primeira linha.",
        "es": "Réplica AAA, no es original.", "fr": "Réplique, pas d'origine.", "de": "Replik, kein Original.", "it": "Replica, non originale.",
        "id": "KW super, bukan ori.", "vi": "Hàng rep 1:1.", "th": "งานก๊อปเกรดพรีเมียม", "tr": "Birebir replika.", "pl": "Replika, nie oryginał.",
        "uk": "Репліка, не оригінал.", "ar": "نسخة طبق الأصل، ليست أصلية.", "nl": "Replica, geen origineel.", "sv": "Kopia, inte original."}
LGEN = {"ko": "정품, 영수증 있습니다.", "ja": "正規品、レシートあり。", "zh": "正品，有发票。", "ru": "Оригинал, есть чек.", "pt": "Original, com nota fiscal.",
        "es": "Original, con factura.", "fr": "Authentique, avec facture.", "de": "Original, mit Rechnung.", "it": "Originale, con scontrino.",
        "id": "Ori, ada nota.", "vi": "Hàng chính hãng, có hóa đơn.", "th": "ของแท้ มีใบเสร็จ", "tr": "Orijinal, faturalı.", "pl": "Oryginał, z paragonem.",
        "uk": "Оригінал, є чек.", "ar": "أصلي، مع فاتورة.", "nl": "Origineel, met bon.", "sv": "Äkta, kvitto finns."}
JEWEL = ["pandora", "swarovski", "cartier"]
APPL = ["dyson", "philips", "bosch", "panasonic", "gillette"]
LOCAL = {"de": ("ebay-de", "{NB} {NI} – neu", "Eigentlich: {M} {I}, 1:1 Replik, Top-Qualität, nicht original. Preis {P}."),
         "fr": ("leboncoin", "{NB} {NI} – neuf", "En vrai : {M} {I}, réplique 1:1 qualité miroir, pas d'origine. Prix {P}."),
         "es": ("wallapop", "{NB} {NI} nuevo", "En realidad es {M} {I}, réplica 1:1 calidad espejo, no original. Precio {P}."),
         "it": ("subito", "{NB} {NI} nuovo", "In realtà è {M} {I}, replica 1:1 qualità specchio, non originale. Prezzo {P}."),
         "pt": ("olx-br", "{NB} {NI} novo", "Na verdade é {M} {I}, réplica 1:1 primeira linha, não é original. Valor {P}."),
         "ru": ("avito", "{NB} {NI} новый", "На самом деле {M} {I}, реплика 1:1 люкс, не оригинал. Цена {P}."),
         "tr": ("trendyol", "{NB} {NI} sıfır", "Aslında {M} {I}, birebir replika A kalite, orijinal değil. Fiyat {P}.")}
LOCAL_IN = {"de": ("ebay-de", "{NB} {NI} – neu, OVP", "Originalware vom Fachhändler, Rechnung vorhanden. Preis {P}."),
            "fr": ("leboncoin", "{NB} {NI} – neuf sous blister", "Produit d'origine, facture du magasin. Prix {P}."),
            "es": ("wallapop", "{NB} {NI} nuevo con factura", "Original, comprado en tienda oficial. Precio {P}."),
            "it": ("subito", "{NB} {NI} nuovo con scontrino", "Originale, negozio autorizzato. Prezzo {P}."),
            "pt": ("olx-br", "{NB} {NI} novo com nota fiscal", "Original, loja oficial. Valor {P}."),
            "ru": ("avito", "{NB} {NI} новый, с чеком", "Оригинал из официального магазина. Цена {P}."),
            "tr": ("trendyol", "{NB} {NI} sıfır, faturalı", "Orijinal ürün, yetkili satıcı. Fiyat {P}.")}
EN_C = ["ebay", "dhgate", "aliexpress", "etsy", "facebook-marketplace", "instagram-shop", "mercari-us", "depop", "shopee-ph", "carousell-sg", "jumia-ng", "flipkart", "meesho", "gumtree-au", "kijiji", "takealot", "ebay-uk", "avito", "trendyol", "allegro", "leboncoin", "shopee-vn", "kream", "mercari-jp", "noon", "marktplaats", "blocket", "olx-ua", "lazada-th", "tokopedia"]
EN_I = ["ebay", "ebay-uk", "amazon-us", "etsy", "mercari-us", "gumtree-au", "kijiji", "trademe", "takealot", "carousell-sg", "facebook-marketplace", "shopee-ph", "ebay-de", "vinted-fr", "wallapop", "subito", "allegro", "rakuten-jp", "coupang", "noon", "hepsiburada", "ozon", "blocket", "lazada-th"]

def sig3(x):
    if x <= 0: return 0.0
    from math import floor, log10
    d = 3 - int(floor(log10(abs(x)))) - 1
    return round(x, d)

def money(usd, cur):
    a = sig3(usd * RATE[cur])
    if cur in WHOLE: a = float(max(1, round(a)))
    return {"amount": a, "currency": cur}

def ptxt(m):
    a = m["amount"]; s = f"{int(a):,}" if a == int(a) else f"{a:,.2f}"
    return f"{s} {m['currency']}"

def copy_frac(rng, usd):
    if usd >= 2000: return rng.uniform(.03, .08)
    if usd >= 300: return rng.uniform(.06, .20)
    if usd >= 30: return rng.uniform(.15, .35)
    return rng.uniform(.25, .45)

# class spec: name, star, kind, tactic, brands (list or source list), markets, titles, descs, price mode, extras
C = []
def c(name, star, tactic, brands, markets, titles, descs, price="copy", **kw):
    C.append(dict(name=name, star=star, kind="counterfeit", tactic=tactic, brands=brands, markets=markets, titles=titles, descs=descs, price=price, **kw))
def i(name, star, tactic, brands, markets, titles, descs, price="genuine", **kw):
    C.append(dict(name=name, star=star, kind="innocent", tactic=tactic, brands=brands, markets=markets, titles=titles, descs=descs, price=price, **kw))

REP = ["reddit-repsneakers", "weidian", "xianyu", "instagram-shop", "dhgate", "facebook-marketplace", "carousell-sg", "kream", "bunjang"]
# ---------------------------------------------------------------- counterfeit: verticals
c("c_sneaker_batch_names43", "", "sneaker batch names beside the model (LJR, PK 5.0, GX, OG batch, M batch, H12)", SNK, REP + ["ebay", "depop"],
  ["{M} {I} {N} {BA}", "{BA} {M} {I} – best batch 2026", "{M} {I} {BA} vs {BA2} comparison, size 36-47"],
  ["{BA} batch, correct shape and toe box, {BA2} is budget. Ships from Putian. {P}", "Best batch for {M} {I} right now is {BA}. QC before shipping."])
c("c_ua_unauthorized_authentic43", "", "'UA' / 'unauthorised authentic' / 'same factory, off the books' claims on sneakers and streetwear", SNK + STW, REP + ["mercari-us", "grailed"],
  ["{M} {I} UA", "UA {M} {I} {N} unauthorized authentic", "{M} {I} – UA pair, same factory"],
  ["UA = unauthorized authentic: made in the same factory after hours, no receipt, no SNKRS tag. {P}", "Not retail, UA. Same materials they say. No returns. {P}"])
c("c_w2c_agent_link43", "", "W2C answers with an agent (Kakobuy, Mulebuy, CSSBuy...) and a Weidian/Taobao item id, spreadsheet in bio", SNK + STW + BAG, ["reddit-repsneakers", "instagram-shop", "facebook-marketplace", "weidian"],
  ["W2C {M} {I}? link inside", "{M} {I} {N} – {AG} link + spreadsheet", "found the {M} {I} on weidian, {AG} link"],
  ["W2C: weidian.com/item.html?itemID={ID} via {AG}. Spreadsheet link in bio, 1000+ finds. ~{P} before shipping.", "{AG} link: https://www.{AGL}.com/product?url=taobao&id={ID} – rep of the {M} {I}, GL on QC."], kw_attr=None)
c("c_qc_gl_rl_pics43", "", "QC pics from the agent's warehouse and GL/RL (green light / red light) talk", SNK + BAG + ["rolex", "omega"], REP + ["grailed", "depop"],
  ["QC {M} {I} – GL or RL?", "{M} {I} {N} QC pics, GLing", "in-hand QC: {M} {I} from {AG} warehouse"],
  ["QC pics from {AG} warehouse: stitching ok, logo placement slightly off – still GL at {P}. Rep, obviously.", "RL'd the first pair, exchanged; this one GL. {P}"])
c("c_budget_vs_top_tier43", "", "'budget' vs 'top tier' batches priced side by side", SNK + STW, REP + ["ebay", "shopee-ph"],
  ["{M} {I} budget / top tier", "{M} {I} {N} – top tier version", "{M} {I} budget batch"],
  ["Budget batch {PB}, top tier {P}. Top tier has the right leather and box. Rep.", "Top tier (mid-tier available cheaper). {P}. Not retail."])
c("c_puffer_nfc_qr_tag43", "*", "puffer and outerwear reps sold on 'working NFC chip / scannable QR tag / 700 fill duck down'", ["the-north-face", "canada-goose"], ["xianyu", "weidian", "instagram-shop", "vinted-fr", "depop", "dhgate"],
  ["{M} {I} – NFC chip works", "{M} {I} {N} QR tag scans, 700 fill", "{M} {I} best version, NFC + QR"],
  ["Best batch: NFC tag scans to the site, QR code works, real duck down 700 fill. 1:1. {P}", "Scannable QR, NFC chip, heavy version. Replica, not from a store. {P}"])
c("c_watch_factory_calibre43", "", "super clones named by factory and clone calibre (Clean 3235, VSF 8800, BV 1847)", WAT, ["watchuseek", "chrono24", "dhgate", "instagram-shop", "xianyu", "carousell-sg"],
  ["{WM} {WI} {WN} {FA} {CA}", "{FA} factory {WM} {WI} super clone, {CA} clone movement", "{WM} {WN} {FA} V3 – {CA}"],
  ["{FA} factory, {CA} clone movement, 904L, ceramic bezel. Super clone. {P}", "Super clone {WI}, {FA} with {CA} clone. Not gen. {P}"], watch=True)
c("c_swiss_eta_clone43", "", "'Swiss ETA 2824 / 7750 clone' movement claims on a copy watch", WAT, ["dhgate", "aliexpress", "ebay", "mercadolibre-mx", "avito", "instagram-shop"],
  ["{WM} {WI} Swiss ETA 2824 clone", "{WM} {WI} {WN} – swiss ETA movement", "{WM} {WI} 7750 swiss clone automatic"],
  ["Swiss ETA clone movement, sapphire, luminous. Replica, same look as the boutique piece. {P}", "Swiss ETA 2824-2 inside (clone), 1:1 case. {P}"], watch=True)
c("c_frankenwatch_case_movement43", "*", "frankenwatch: a genuine case (or bracelet) with an aftermarket clone movement and dial, sold as the brand's watch", ["rolex", "omega", "cartier"], ["ebay", "chrono24", "watchuseek", "mercari-us", "yahoo-auctions-jp", "facebook-marketplace"],
  ["{WM} {WI} {WN} genuine case", "{WM} {WI} – gen case, aftermarket movement", "{WM} {WN} service case + clone movement"],
  ["Genuine case and bracelet, aftermarket dial and clone {CA} movement. Will not pass a boutique service. {P}", "Frankenwatch: real case, replica movement and dial, no papers. {P}"], watch=True, pmul=(2, 4))
c("c_gen_parts_upgrade_rep43", "*", "rep watches 'upgraded' with gen parts (gen bezel insert, gen crown, gen bracelet)", ["rolex", "omega", "cartier"], ["watchuseek", "reddit-repsneakers", "instagram-shop", "xianyu", "carousell-sg"],
  ["{WM} {WI} rep with gen bezel insert", "{WM} {WN} {FA} + gen crown and insert", "{WM} {WI} – gen parts upgraded"],
  ["{FA} base, gen bezel insert and gen crown swapped in, {CA} clone. Still a rep. {P}", "Rep with gen parts (insert, crown, clasp). {P}"], watch=True, pmul=(1.5, 3))
c("c_bag_superfake_ts_seller43", "", "superfake / mirror bags named by trusted seller (TS Ling, TS Angel)", BAG, ["instagram-shop", "weidian", "xianyu", "facebook-marketplace", "carousell-sg", "dhgate"],
  ["{M} {I} superfake {TS}", "{TS} {M} {I} {N} mirror", "{M} {I} 1:1 from {TS}"],
  ["From {TS}, superfake grade, Italian leather. DM for QC. {P}", "Mirror quality {M}, {TS} batch, comes with dust bag. {P}"])
c("c_authentic_leather_copy43", "*", "'authentic leather / genuine calfskin' used to pass a copy ('authentic' about the hide, 'copy' in passing)", BAG, ["ebay", "mercadolibre-mx", "olx-br", "shopee-ph", "jumia-ng", "flipkart", "trendyol"],
  ["{M} {I} authentic leather", "{M} {I} {N} – 100% authentic leather", "{M} {I} genuine calfskin"],
  ["Authentic leather, genuine cowhide, same as the boutique. It is a high copy, that is why the price: {P}", "100% genuine leather (copy of the {M} design, premium AAA). {P}"])
c("c_bag_microchip_datecode43", "*", "copies sold on 'NFC microchip like 2021+', date code and receipt", BAG, ["instagram-shop", "dhgate", "xianyu", "vinted-fr", "depop", "ebay"],
  ["{M} {I} with microchip", "{M} {I} {N} – NFC chip + date code", "{M} {I} chipped version 1:1"],
  ["Has the NFC microchip like the 2021+ bags, date code, dust bag and receipt copy. Mirror quality. {P}", "Microchip version (reads on phone), heat stamp perfect. Replica. {P}"])
c("c_perfume_dupe_same_bottle43", "", "dupe in the same bottle and box with the mark", BEA, ["tiktok-shop", "shopee-id", "tokopedia", "lazada-th", "meesho", "noon", "jumia-ng", "ebay"],
  ["{M} {PL} 100ml dupe same bottle", "{M} {I} dupe – original box", "{PL} by {M} 1:1 dupe"],
  ["Dupe in the same bottle and box as the original, same smell, long lasting. {P}", "1:1 dupe with {M} box and cellophane. {P}"])
c("c_perfume_line_only_no_mark43", "*", "perfume copies named only by the fragrance line (no house mark), same bottle, copy words", BEA, ["shopee-id", "tokopedia", "meesho", "noon", "jumia-ng", "olx-br", "avito"],
  ["{PL} EDP 100ml 1:1", "{PL} parfum 100ml premium copy", "{PL} EDP tester AAA"],
  ["{PL} same bottle, premium copy, Dubai quality, long lasting. {P}", "AAA copy of {PL}, box with barcode. {P}"])
c("c_decant_from_copy43", "", "decants and splits poured from a 1:1 bottle, not the original", BEA, ["fragrantica-swap", "etsy", "vinted-fr", "mercari-us", "shopee-ph"],
  ["{M} {PL} 10ml decant", "{M} {I} decant 5ml / 10ml", "{PL} {M} split 10ml"],
  ["Decanted from a 1:1 mirror bottle (not from the original), hence the price. {P}", "Decant from a high copy bottle, same scent. {P}"], price=("abs", 4, 12))
c("c_factory_tester_copy43", "", "'factory tester' / 'A-grade tester' copies at a copy's price", BEA, ["shopee-id", "lazada-th", "meesho", "ebay", "avito", "trendyol", "jumia-ng"],
  ["{M} {I} tester original", "{M} {PL} tester A-grade", "{M} {I} factory tester no cap"],
  ["Factory tester, A-grade copy, no box. Same as counter. {P}", "Tester (replica grade), made in Guangzhou. {P}"])
c("c_rx_no_prescription43", "", "branded medicines and sensors 'no prescription needed', discreet shipping", ["pfizer", "abbott", "bayer"], ["facebook-marketplace", "instagram-shop", "jumia-ng", "olx-ua", "avito", "shopee-ph", "dhgate"],
  ["{M} {I} no prescription needed", "{M} {I} – no Rx, discreet", "{M} {N} {I} without prescription"],
  ["No prescription needed, discreet packaging, made in India same formula. {P}", "No Rx required. Generic batch in {M} box. {P}"])
c("c_research_use_only43", "", "'for research use only, not for human consumption' on branded medicines", ["pfizer", "abbott", "bayer"], ["dhgate", "alibaba", "aliexpress", "ebay", "instagram-shop"],
  ["{M} {I} research use only", "{M} {N} – for research purposes", "{M} {I} lab grade, research only"],
  ["For research use only. Not for human consumption. Same as {M} brand, from our lab. {P}", "Research chemical supply: {M} {I} equivalent in {M} packaging. {P}"])
c("c_oem_logo_cheap_part43", "", "'OEM' parts with the carmaker's logo box from a parts factory at a copy's price", AUTO + ["michelin"], ["aliexpress", "dhgate", "ebay-motors", "alibaba", "shopee-id", "mercadolibre-ar", "jumia-ng"],
  ["{M} {I} {N} OEM", "OEM {M} {N} {I} with logo box", "{M} {I} OEM factory price"],
  ["OEM {M}, logo on box and part, made in our factory in Guangzhou. Same as original. {P}", "Original-look {M} packaging, factory direct, not from dealer. {P}"])
c("c_fake_airbag_brake43", "*", "counterfeit safety parts: airbag modules and brake pads in the carmaker's box from a factory", AUTO, ["aliexpress", "dhgate", "ebay-motors", "alibaba", "avito", "mercadolibre-mx"],
  ["{AM} {AI} {AN}", "genuine {AM} {AI} new in box {AN}", "{AM} {AN} {AI} original logo"],
  ["New {AM} {AI} with logo and barcode sticker, made in China, same as dealer part. {P}", "{AM} box and label, factory produced. Half the dealer price: {P}"])
c("c_refilled_oil_tyre43", "", "refilled motor oil jugs and fake-branded tyres ('same as original')", ["shell", "michelin"], ["jumia-ng", "shopee-id", "tokopedia", "alibaba", "mercadolibre-ar", "avito"],
  ["{M} {I} original", "{M} {I} {N} wholesale", "{M} {I} factory"],
  ["Same as original, refilled in our plant, {M} label and seal. {P}", "{M} branded, made in our factory, not from the brand. {P}"])
c("c_fake_mfi_original_chip43", "*", "chargers and cables with a fake 'MFi certified' / 'original chip' claim under the brand", ["apple", "samsung"], ["aliexpress", "dhgate", "amazon-us", "shopee-ph", "lazada-th", "meesho", "jumia-ng"],
  ["{M} 20W USB-C charger MFi certified original chip", "{M} Lightning cable MFi original chip 1m", "{M} 25W super fast charger original chip"],
  ["MFi certified, original chip, {M} logo, same as box one. {P}", "Original chip inside, {M} printed, 1:1 to the genuine. {P}"], price=("abs", 2, 6))
c("c_battery_controller_clone43", "", "camera batteries and controllers 'same as original' with the mark", ["canon", "microsoft", "nintendo", "sony"], ["aliexpress", "dhgate", "shopee-id", "meesho", "ebay", "trendyol"],
  ["{M} {I} {N} original", "{M} {I} 1:1 original cell", "{M} {N} {I} with logo"],
  ["Same as original, {M} logo and hologram, made in Shenzhen. {P}", "1:1 copy of the {M} {I}, works with firmware. {P}"])
c("c_fake_pulled_genuine43", "*", "copies sold as 'pulled from an original device' ('genuine pull') at a copy's price", ELEC, ["ebay", "aliexpress", "shopee-vn", "olx-br", "avito", "mercari-us"],
  ["{M} {I} pulled original", "{M} {I} {N} genuine pull", "pulled from original {M} {I}"],
  ["'Pulled from original' {M} {I} – actually our own copy, same look, 1:1. {P}", "Genuine pull grade (copy). {P}"])
c("c_copier_brick_brand43", "", "brick sets of copier brands under the LEGO set number (Lepin, King, Lion King, Mould King)", ["lego"], ["aliexpress", "dhgate", "shopee-id", "avito", "olx-br", "ebay", "taobao"],
  ["{CP} {N} {I}", "{CP} 05132 = {M} {N} {I}", "{M} {N} {I} – {CP} version"],
  ["{CP} set, same as {M} {N}, 7541 pieces, box with picture. {P}", "Copy of {M} {N} by {CP}, instructions included. {P}"])
c("c_ko_repro_figure43", "", "KO and reproduction figures and kits (Daban, reissue bootleg, repro)", ["bandai", "hasbro", "mattel", "lego"], ["aliexpress", "dhgate", "ebay", "mercari-us", "shopee-ph", "xianyu"],
  ["{FM} {FI} {FK}", "{FK} {FM} {FI}", "{FM} {FI} ({FK})"],
  ["{FK} version, not official {FM}. Same mould, box with logo. {P}", "{FK} copy of the {FM} {FI}. {P}"])
c("c_golf_racket_clone_heads43", "", "golf and racket clones ('clone head', 'JP version' badminton copies, 4U G5)", SPORT, ["aliexpress", "dhgate", "shopee-id", "lazada-th", "ebay", "tokopedia"],
  ["{M} {I} JP version", "{M} {I} {N} clone head", "{M} {I} 4U G5 copy"],
  ["Clone head, same loft and weight, {M} grip and cover. Not original. {P}", "JP version copy, same frame. {P}"])
c("c_jewel_s925_ale_copy43", "", "jewellery copies stamped S925 ALE / 18k with the mark", JEWEL, ["aliexpress", "dhgate", "shopee-ph", "etsy", "meesho", "trendyol"],
  ["{M} {I} S925 ALE", "{M} {I} {N} 18k plated", "{M} {I} with logo box"],
  ["S925 ALE stamp, {M} box and bag, replica. {P}", "18k gold plated, logo engraved, same as original, not genuine. {P}"])
c("c_appliance_tool_copy43", "", "appliance, tool and grooming copies ('same factory motor')", APPL, ["aliexpress", "dhgate", "shopee-vn", "tokopedia", "ozon", "meesho"],
  ["{M} {I} {N} original motor", "{M} {I} same factory", "{M} {N} {I} 1:1"],
  ["Same factory motor, {M} logo, 1:1 copy. {P}", "Copy of the {M} {I}, high quality. {P}"])
LOCAL_SNK = {"ko": ("bunjang", "{M} {I} 레플 SA급", "SA급 레플리카, 정품 아님. {P}"),
             "ja": ("mercari-jp", "{M} {I} N級品", "N級品（コピー）、箱付き。{P}"),
             "ru": ("avito", "{M} {I} люкс реплика", "Люкс качество, реплика 1:1, не оригинал. {P}"),
             "pt": ("olx-br", "{M} {I} primeira linha", "Réplica primeira linha, não é original. {P}"),
             "es": ("mercadolibre-ar", "{M} {I} calidad espejo", "Réplica AAA calidad espejo, no es original. {P}"),
             "id": ("shopee-id", "{M} {I} KW super premium", "KW super premium, bukan ori. {P}"),
             "tr": ("trendyol", "{M} {I} birebir A kalite", "Birebir replika, orijinal değildir. {P}"),
             "vi": ("shopee-vn", "{M} {I} rep 1:1 like auth", "Hàng rep 1:1, không phải chính hãng. {P}")}
c("c_sneaker_bag_local_slang43", "", "the rep trade's own words in the buyers' languages (레플 SA급, N級品, люкс, primeira linha, KW super, birebir, rep 1:1)", SNK + STW + BAG, None, None, None, local=LOCAL_SNK)
# ---------------------------------------------------------------- counterfeit: hiding beside neighbours
c("c_nbr_brand_title_mark_desc43", "*", "title names a real neighbour brand's goods; the description says it is a copy of the demo brand", ALL, EN_C,
  ["{NB} {NI}", "{NB} {NI} – new", "New {NB} {NI}"],
  ["Title for search only. It is the {M} {I} ({N}), 1:1 replica. {P}", "Actually {M} {I}, mirror copy. DM. {P}"])
c("c_nbr_brand_title_mark_attr43", "*", "title a neighbour brand; the demo mark and model only in attributes; copy cue in the description", ALL, EN_C,
  ["{NB} {NI}", "{NB} {NI} new in box"],
  ["High copy, AAA quality, same as original. {P}", "Replica grade, not from store. {P}"], attrs=True)
c("c_nbr_brand_title_model_desc43", "*", "title a neighbour brand; only the demo brand's model number and a copy cue in the description", ALL, EN_C,
  ["{NB} {NI}", "{NB} {NI} sale"],
  ["Model {N}, super copy, same as the real one. {P}", "Ref {N}, replica, 1:1. {P}"])
c("c_nbr_spelling_as_mark43", "", "a real neighbour's spelling stands for the mark in the title (Rolec Submariner 126610LN, Sonos WH-1000XM5)", ALL, EN_C,
  ["{NB} {I} {N} 1:1", "{NB} {I} {N}"],
  ["Same as {I} {N}, mirror quality. {P}", "Copy of {I}, best version. {P}"])
c("c_nbr_slash_pair_title43", "*", "title pairs the neighbour and the mark with a slash ('Sonos / Sony ...'); copy of the demo brand", ALL, EN_C,
  ["{NB} / {M} {I}", "{M} / {NB} {I} style"],
  ["It is the {M} one, replica. {P}", "Style of {M} {N}, copy. {P}"])
c("c_nbr_person_title43", "*", "title names a person near a mark (Cab Calloway, Bruno Mars); the demo brand's copy in the description", "PEOPLE", EN_C,
  ["{PT}"], ["Also selling: {M} {I} 1:1 replica, DM. {P}", "Bundle: {M} {I} high copy. {P}"])
c("c_nbr_place_title43", "*", "title names a place near a mark (Lévis, Samsun, Nikko); the demo brand's copy in the description", "PLACES", EN_C,
  ["{PT}"], ["Also available: {M} {I} replica 1:1. {P}", "Plus {M} {I} mirror copy, ask. {P}"])
c("c_nbr_term_title43", "*", "title a technical or chemical term near a mark (Phillips screwdriver, Mach3, boson); a copy of the demo brand in the description", "TERMS", EN_C,
  ["{PT}"], ["Also have {M} {I} copy, AAA. {P}", "Bonus listing: {M} {I} replica, 1:1. {P}"])
c("c_nbr_seller_name43", "", "the seller's shop is named after a neighbour brand ('Sonos Audio Outlet'); the item is the demo brand's copy", ALL, EN_C,
  ["{M} {I} {N}", "{M} {I}"], ["Premium copy, AAA. {P}", "Replica, 1:1. {P}"], nbseller=True)
c("c_nbr_zh_one_char43", "*", "Chinese title names a neighbour one character from the alias (佳明, 三菱, 宝骏, 戴尔); the description says it is the demo brand's copy", "CJKC", ["taobao", "xianyu", "pinduoduo", "weidian"],
  ["{PT}"], ["其实是{Z}{I}，高仿一比一，{P}", "实际发{Z} {N} 复刻版，{P}"])
c("c_nbr_price_anchor43", "", "title a neighbour brand; the description anchors on the demo brand's retail price and offers a copy", ALL, EN_C,
  ["{NB} {NI} – best price", "{NB} {NI} deal"],
  ["The {M} {I} is {RRP} in store, ours {P}. 1:1 copy.", "Retail {RRP}; our {M} copy {P}."])
c("c_nbr_hashtags43", "", "title a neighbour brand; hashtags name the demo brand's copy", ALL, ["instagram-shop", "facebook-marketplace", "depop", "shopee-ph", "carousell-sg"],
  ["{NB} {NI}", "{NB} {NI} ✨"], ["#{NBH} #{MH} #{MH}rep #replica #1to1 {P}", "#{MH}dupe #{MH}replica #{NBH} {P}"])
c("c_nbr_local_lang43", "*", "a neighbour brand in the title in de/fr/es/it/pt/ru/tr; the demo brand's replica in the local-language description", ALL, None, None, None, local=LOCAL)
c("c_nbr_negated_neighbour43", "*", "'not <neighbour>, this is the <mark> one' – the neighbour negated, the demo brand's copy offered", ALL, EN_C,
  ["{NB}? no – {M} {I}", "not {NB} – {M} {I} {N}"], ["Not {NB}. The {M} one, mirror copy. {P}", "People confuse it with {NB}; this is {M}, replica. {P}"])
c("c_nbr_url_slug43", "", "title a neighbour brand; the url slug names the demo brand's replica; 'see link' in the description", ALL, EN_C,
  ["{NB} {NI}"], ["1:1 mirror, see link for details. {P}", "Top copy, details in link. {P}"], url_mark=True)
c("c_nbr_keyword_list43", "", "title a neighbour brand; a keyword list names the demo brand's dupe/replica", ALL, EN_C,
  ["{NB} {NI}"], ["Keywords: {NB}, {NB} {NI}, {M} dupe, {M} {I} replica, {N} copy. {P}"])
c("c_nbr_variation_list43", "*", "a variation list mixes neighbour goods with one demo-brand copy ('Variation: ... / <mark> (1:1)')", ALL, EN_C,
  ["{NB} {NI} and more", "{NB} {NI} – multiple options"], ["Variations: A) {NB} {NI}  B) {NB} accessories  C) {M} {I} (1:1 copy) {P}"])
c("c_nbr_review_quote43", "", "title a neighbour brand; a quoted buyer review says it is indistinguishable from a real <mark>", ALL, EN_C,
  ["{NB} {NI}"], ["“Looks exactly like my real {M} {I}, nobody can tell!” – replica. {P}", "Review: “can't tell it from a genuine {M}”. Mirror copy. {P}"])
c("c_nbr_bundle_nb_plus_copy43", "", "a genuine neighbour item bundled with a demo-brand copy", ALL, EN_C,
  ["{NB} {NI} + {M} {I}", "{NB} {NI} bundle with {M} {I}"], ["The {NB} is genuine; the {M} {I} is a 1:1 replica. {P}"])

# ---------------------------------------------------------------- innocent: vertical twins
i("in_sneaker_retail_receipt_genuine43", "", "retail pairs and jackets with SNKRS/store receipt, legit check welcome", SNK + STW, ["stockx", "grailed", "ebay", "kream", "mercari-us", "vinted-de", "depop"],
  ["{M} {I} {N} DS with receipt", "{M} {I} – bought on SNKRS, receipt", "{M} {I} retail pair, not a rep"],
  ["Retail, receipt and order confirmation, legit check on CheckCheck welcome. {P}", "Deadstock from the store, tags on. {P}"], gg=True, price=("g", .95, 1.3))
i("in_watch_aftermarket_dial_bezel_genuine43", "", "genuine watch with a disclosed aftermarket dial or bezel (honest mod)", WAT, ["chrono24", "ebay", "watchuseek", "yahoo-auctions-jp"],
  ["{WM} {WI} {WN} aftermarket dial", "{WM} {WI} – genuine, aftermarket bezel", "{WM} {WN} genuine with custom dial"],
  ["Genuine watch, serial checks out, aftermarket dial fitted (original dial included). Priced accordingly. {P}", "Genuine {WM}, aftermarket bezel insert disclosed, papers 2019. {P}"], gg=True, watch=True, price=("g", .6, .85))
i("in_watch_calibre_serviced_genuine43", "*", "genuine watches sold with their calibre and a service record (the calibre number a rep seller also uses)", WAT, ["chrono24", "ebay", "watchuseek", "vestiaire"],
  ["{WM} {WI} {WN} cal. {CA} serviced", "{WM} {WI} calibre {CA}, full set", "{WM} {WN} – {CA}, service 2025"],
  ["Genuine, calibre {CA}, serviced by the brand 2025, box and papers. {P}", "Full set, cal. {CA}, service card. {P}"], gg=True, watch=True, price=("g", .85, 1.05))
i("in_bag_authenticated_preloved43", "", "preloved genuine bags with a third-party authentication certificate (Entrupy, Real Authentication)", BAG, ["vestiaire", "ebay", "vinted-fr", "mercari-jp", "carousell-sg", "grailed"],
  ["{M} {I} {N} authenticated", "{M} {I} – Entrupy certificate", "{M} {I} preloved, authenticity card"],
  ["Authenticated by Entrupy (certificate attached), date code inside. {P}", "Real Authentication cert, receipt from the boutique. {P}"], gg=True, price=("g", .5, .8))
i("in_perfume_decant_genuine43", "", "genuine decants from the seller's own bottle, batch code shown", BEA, ["fragrantica-swap", "etsy", "vinted-fr", "mercari-us"],
  ["{M} {PL} 10ml decant from my bottle", "{M} {PL} decant 5ml", "{PL} by {M} – decant"],
  ["Decanted from my own bottle (batch code in photos), glass atomiser. {P}", "Genuine juice from a bottle bought at Sephora. {P}"], gg=True, price=("abs", 8, 25))
i("in_perfume_tester_genuine43", "", "genuine counter testers, plain box, from a retailer", BEA, ["ebay", "ebay-de", "vinted-de", "allegro", "marktplaats"],
  ["{M} {PL} tester 100ml", "{M} {I} tester, white box", "{M} {PL} tester no cap"],
  ["Genuine tester from a perfumery, batch code matches, no cap. {P}", "Tester (genuine), plain box. {P}"], gg=True, price=("g", .6, .8))
i("in_smellalike_own_brand43", "", "own-brand smell-alikes 'inspired by' a named perfume, own bottle, not affiliated", BEA, ["amazon-us", "etsy", "noon", "trendyol", "meesho"],
  ["Inspired by {PL} – our No. 12 EDP 50ml", "Our own perfume inspired by {M} {PL}"], ["Own brand, own bottle. Not affiliated with {M}; names for scent comparison only. {P}"], price=("abs", 12, 30))
i("in_short_dated_genuine43", "", "genuine short-dated or just-expired stock, date stated", ["mars", "nestle", "ferrero", "coca-cola", "loreal", "johnson-johnson", "danone"], ["ebay-uk", "amazon-de", "gumtree-au", "facebook-marketplace", "allegro"],
  ["{M} {I} short dated", "{M} {I} – best before passed, clearance", "{M} {I} BBE 02/2026"],
  ["Genuine {M}, best-before date in the photos, cleared from a shop. {P}", "Short-dated genuine stock, sealed. {P}"], gg=True, price=("g", .35, .6))
i("in_pharmacy_rx_required43", "", "a licensed pharmacy's genuine stock, prescription required", ["pfizer", "abbott", "bayer"], ["amazon-us", "flipkart", "shopee-ph", "noon", "carousell-sg"],
  ["{M} {I} – prescription required", "{M} {I} {N} licensed pharmacy", "{M} {I} genuine, Rx only"],
  ["Licensed pharmacy (licence no. on profile). Prescription required before dispatch. {P}", "Genuine {M}, upload your prescription. {P}"], gg=True, price=("g", .9, 1.1))
i("in_auto_reman_core_charge43", "*", "remanufactured genuine parts sold with a core charge (refundable on return of the old part)", AUTO + ["bosch"], ["rockauto", "ebay-motors", "ebay", "amazon-us"],
  ["{M} remanufactured {I} {N} + core charge", "Genuine {M} reman {I}, core charge applies", "{M} {N} reman – core deposit"],
  ["Genuine {M} remanufactured, core charge refunded when you return the old unit. {P}", "Factory reman by {M}, core charge extra. {P}"], gg=True, price=("g", .55, .8))
i("in_auto_oem_quality_own_brand43", "", "'OEM quality' aftermarket parts of the seller's own brand that fit the car", AUTO, ["rockauto", "ebay-motors", "amazon-us", "aliexpress"],
  ["OEM quality {I} fits {M}", "{I} for {M} – OEM quality, our brand", "Replacement {I} compatible {M} {N}"],
  ["Our own brand, OEM quality, fits {M}. Not made by {M}. {P}", "Aftermarket, OE-spec, cross-reference {N}. {P}"], price=("g", .3, .5))
i("in_pulled_genuine_parts43", "", "genuine parts pulled from used devices, disclosed", ELEC + ["canon"], ["ebay", "mercari-us", "ebay-uk", "yahoo-auctions-jp"],
  ["{M} {I} genuine pulled", "{M} {I} {N} – pulled from a working unit", "{M} {I} original, used pull"],
  ["Pulled from a working unit (serial shown), tested. {P}", "Genuine pull, light wear. {P}"], gg=True, price=("g", .3, .55))
i("in_licensed_mfi_accessory43", "", "third-party accessories with real MFi / official licence (Anker, Belkin, HORI, PowerA)", ["apple", "nintendo", "microsoft", "sony"], ["amazon-us", "amazon-de", "ebay", "takealot"],
  ["{LIC} for {M}", "{LIC} – for {M}"],
  ["Made by a licensed third party, listed on the brand's programme. Not made by {M}. {P}"], price=("abs", 15, 45))
i("in_loose_genuine_figure43", "*", "genuine loose figures and minifigures without box", TOY, ["ebay", "bricklink", "mercari-us", "mercari-jp", "vinted-fr"],
  ["{FM} {FI} loose, no box", "loose {FM} {FI}, complete", "{FM} {FI} – genuine, no packaging"],
  ["Genuine {FM}, stamped, complete with accessories, no box. {P}", "Loose genuine, from my collection. {P}"], gg=True, price=("g", .4, .8), fig=True)
i("in_moc_compatible_own_design43", "", "own-design MOC brick kits 'compatible with' the system, no set number", ["lego"], ["etsy", "aliexpress", "ebay", "bricklink"],
  ["MOC modular bookstore – compatible with {M}", "Custom MOC castle, bricks compatible with {M}"], ["Own design; bricks by a third party; {M} is a trademark of the LEGO Group, not affiliated. {P}"], price=("abs", 40, 120))
# ---------------------------------------------------------------- innocent: neighbours
i("in_nbr_brand_same_category43", "", "genuine goods of real brands one or two edits or a word from a mark (Sonos, Canton, Beyerdynamic, Rolec, Bosca)", ALL, EN_I,
  ["{NB} {NI}", "{NB} {NI} – new"], ["Brand new {NB}, sealed, receipt. {P}", "Genuine {NB}, UK stock. {P}"], price="nb")
i("in_nbr_brand_price_talk43", "", "neighbour brands with price talk (RRP, was/now, % off)", ALL, EN_I,
  ["{NB} {NI} – 30% off", "{NB} {NI} sale, was {NRRP}"], ["RRP {NRRP}, now {P}. Genuine {NB}.", "Clearance price {P} (RRP {NRRP})."], price="nbsale")
i("in_nbr_people43", "", "people whose names sit near a mark (Cab Calloway, Cartier-Bresson, Bruno Mars)", "PEOPLE", EN_I, ["{PT}"], ["{PD} {P}"], price="row")
i("in_nbr_places43", "", "places near a mark (Lévis, Samsun, Nikko, Omegna, Kinderdijk)", "PLACES", EN_I, ["{PT}"], ["{PD} {P}"], price="row")
i("in_nbr_terms43", "", "technical and chemical terms near a mark (Phillips screwdriver, Mach3, Samba, boson, sonicator)", "TERMS", EN_I, ["{PT}"], ["{PD} {P}"], price="row")
i("in_nbr_cjk_one_char43", "*", "CJK names one character from an alias (佳明 Garmin, 三菱, 宝骏, 耐克森 Nexen, 삼양, ニコン)", "CJK", None, ["{PT}"], ["{PD} {P}"], price="row")
i("in_nbr_cross_registry_lines43", "*", "genuine goods of one demo brand whose line names another's mark (Ferrero duplo, Mars Galaxy, Technics, Honda Odyssey, 3DS)", "CROSS", EN_I,
  ["{PT}"], ["{PD} {P}"], price="row", gg=True)
i("in_nbr_used_low_price43", "", "used neighbour-brand goods at low prices", ALL, EN_I, ["{NB} {NI} used", "Used {NB} {NI}, works"], ["Used, works fine, some marks. {P}"], price="nbused")
i("in_nbr_mentions_mark_honest43", "*", "genuine neighbour goods whose text names the demo brand honestly (not affiliated, 'not to be confused with')", ALL, EN_I,
  ["{NB} {NI}"], ["Genuine {NB}. Not {M}, not affiliated with {M} – people mix up the names. {P}", "This is {NB}, not {M}. Sealed. {P}"], price="nb")
i("in_nbr_local_lang43", "", "neighbour brands in de/fr/es/it/pt/ru/tr listings", ALL, None, None, None, price="nb", local=LOCAL_IN)
i("in_nbr_accessory_for_nb43", "", "accessories for neighbour-brand goods", ALL, EN_I, ["Case / mount for {NB} {NI}", "Replacement strap for {NB} {NI}"], ["Third-party accessory for {NB}. {P}"], price=("abs", 8, 30))
i("in_nbr_wholesale_lot43", "", "neighbour-brand goods in wholesale lots with unit prices", ALL, ["alibaba", "ebay", "amazon-us", "takealot"],
  ["{NB} {NI} – lot of 10", "Wholesale {NB} {NI} x20"], ["Genuine {NB} from distributor, unit price {P}, invoice."], price="nbwh")
i("in_nbr_no_price_field43", "", "neighbour-brand listings with no price field ('DM for price')", ALL, EN_I, ["{NB} {NI}"], ["Genuine {NB}. DM for price."], price=None)
i("in_nbr_hashtags_genuine43", "", "neighbour-brand goods with hashtags", ALL, ["instagram-shop", "depop", "carousell-sg", "facebook-marketplace"],
  ["{NB} {NI}"], ["#{NBH} #genuine #new {P}"], price="nb")
i("in_nbr_official_store43", "", "a neighbour brand's own official store", ALL, ["amazon-us", "amazon-de", "ebay", "tmall"],
  ["{NB} {NI}", "{NB} {NI} – official store"], ["Sold by {NB} official store. {P}"], price="nb", nbseller=True)


def slug(s):
    return "".join(ch if ch.isalnum() else "-" for ch in s.lower()).strip("-")


def htag(s):
    return "".join(ch for ch in s.lower() if ch.isalnum())


def rows_for(src):
    return {"PEOPLE": PEOPLE, "PLACES": PLACES, "TERMS": TERMS, "CJK": CJK, "CROSS": CROSS,
            "CJKC": [r for r in CJK if r[5] == "zh"]}[src]


def build(seed):
    rng = random.Random(seed)
    out, table = [], []
    offset = 0
    for spec in C:
        n = 13 if spec["kind"] == "counterfeit" else 12
        src = spec["brands"]
        if isinstance(src, str):
            rows = list(rows_for(src)); rng.shuffle(rows)
            picks = [rows[k % len(rows)] for k in range(n)]
        else:
            bl = list(src)
            if bl is ALL or len(bl) == len(ALL):
                picks = [bl[(offset + k) % len(bl)] for k in range(n)]; offset += n
            else:
                rng.shuffle(bl); picks = [bl[k % len(bl)] for k in range(n)]
        example = None
        for k, pk in enumerate(picks):
            row = None
            if isinstance(pk, tuple):
                row = pk; bid = row[0]
            else:
                bid = pk
            mark, item, model, cat, usd, zh = B[bid]
            nb, ni, nusd, ncat = NB[bid]
            f = dict(M=mark, I=item, N=model, Z=zh, NB=nb, NI=ni, NBH=htag(nb), MH=htag(mark), TS=rng.choice(TS),
                     AG=(ag := rng.choice(AGENTS)), AGL=ag.lower(), ID=str(rng.randrange(10**9, 10**10)),
                     BA=(ba := rng.choice(SNEAKER_BATCH)), BA2=rng.choice([x for x in SNEAKER_BATCH if x != ba]),
                     CP=rng.choice(["Lepin", "King", "Lion King", "Mould King", "Bela"]))
            lang = None; market = None; category = cat; base = usd
            if spec.get("watch"):
                wm, wi, wn, wusd = WATCH[bid]
                f.update(WM=wm, WI=wi, WN=wn, CA=CAL[bid], FA=rng.choice(FAC[bid])); base = wusd; category = "watches"
            if bid in PERF:
                f["PL"] = rng.choice(PERF[bid][1]); f["M"] = PERF[bid][0]
                if "PL" in "".join(spec["titles"] or []) + "".join(spec["descs"] or []): category = "fragrance"
            if bid in AIR:
                f.update(AM=AIR[bid][0], AI=AIR[bid][1], AN=AIR[bid][2])
            if bid in FIG and (spec.get("fig") or spec["name"].startswith("c_ko_")):
                fm, fi, fn, fusd, fks = FIG[bid]; f.update(FM=fm, FI=fi, FK=rng.choice(fks)); base = fusd
            if "pulled" in spec["name"] and bid in PULL:
                f["I"], f["N"] = PULL[bid]
            if spec["name"] in ("c_rx_no_prescription43", "c_research_use_only43", "in_pharmacy_rx_required43") and bid in RX:
                f["I"], base = rng.choice(RX[bid])
            if spec["name"] == "in_licensed_mfi_accessory43":
                f["LIC"] = {"apple": "Anker USB-C to Lightning cable, MFi certified", "nintendo": "HORI Split Pad Compact, officially licensed by Nintendo",
                            "microsoft": "PowerA Enhanced wired controller, officially licensed", "sony": "Nacon Revolution 5 Pro, officially licensed controller"}[bid]
                category = "accessories"
            if spec.get("fig") or spec["name"].startswith("c_ko_"):
                category = {"lego": "minifigures", "bandai": "model kits", "hasbro": "action figures", "mattel": "dolls"}[bid]
            if spec["name"].startswith("c_copier"):
                f["I"] = "Millennium Falcon UCS"
            if row is not None:
                f.update(PT=row[1], PD=row[2]); base = row[3]; category = row[4]
                if src in ("CJK", "CJKC"):
                    lang = row[5]; market = row[6]
                elif src == "PLACES":
                    lang = row[5]
            elif spec["name"].startswith(("c_nbr_", "in_nbr_")) and spec["name"] not in ("c_nbr_seller_name43", "c_nbr_spelling_as_mark43", "c_nbr_brand_title_mark_attr43"):
                category = ncat
            # market and language
            titles, descs = spec["titles"], spec["descs"]
            if spec.get("local"):
                lang = rng.choice(sorted(spec["local"]))
                market, t, d = spec["local"][lang]; titles, descs = [t], [d]
            if market is None:
                market = rng.choice(spec["markets"])
            country, cur, mlang = M[market]
            if lang is None:
                lang = "en"
            # price
            pm = spec["price"]; pusd = None
            if pm == "copy":
                pusd = base * copy_frac(rng, base) * (rng.uniform(*spec["pmul"]) if spec.get("pmul") else 1)
            elif pm == "genuine":
                pusd = base * rng.uniform(.92, 1.08)
            elif pm == "nb":
                pusd = nusd * rng.uniform(.92, 1.05)
            elif pm == "nbsale":
                pusd = nusd * rng.uniform(.6, .8)
            elif pm == "nbused":
                pusd = nusd * rng.uniform(.4, .7)
            elif pm == "nbwh":
                pusd = nusd * rng.uniform(.55, .75)
            elif pm == "row":
                pusd = base * rng.uniform(.9, 1.1)
            elif isinstance(pm, tuple) and pm[0] == "abs":
                pusd = rng.uniform(pm[1], pm[2])
            elif isinstance(pm, tuple) and pm[0] == "g":
                pusd = base * rng.uniform(pm[1], pm[2])
            price = money(pusd, cur) if pusd is not None else None
            f["P"] = ptxt(price) if price else ""
            f["PB"] = ptxt(money(pusd * rng.uniform(.35, .55), cur)) if pusd else ""
            f["RRP"] = ptxt(money(base, cur)); f["NRRP"] = ptxt(money(nusd, cur))
            title = rng.choice(titles).format(**f)
            desc = rng.choice(descs).format(**f)
            if not spec.get("local") and src not in ("CJK", "CJKC") and mlang != "en" and mlang in LCUE and rng.random() < .6:
                desc = (LCUE if spec["kind"] == "counterfeit" else LGEN)[mlang] + " " + desc
                lang = mlang + "+en"
            lid = "%014x" % rng.getrandbits(56)
            url = f"https://{market}.example/item/{lid}"
            if spec.get("url_mark"):
                url += f"/{slug(mark)}-{slug(item)}-replica-1-1"
            ship = country
            if spec["kind"] == "counterfeit" and country != "CN" and rng.random() < .4:
                ship = "CN"; desc += " Ships from China."
            seller = {"id": rng.choice(["shop", "store", "deals", "mall", "home", "trade", "kicks", "lux", "hub"]) + "_" + "%06x" % rng.getrandbits(24),
                      "name": "", "country": ship}
            if spec.get("nbseller"):
                seller["name"] = f"{nb} Official Store" if spec["kind"] == "innocent" else rng.choice([f"{nb} Outlet", f"{nb} Store", f"{nb} Shop"])
            attrs = {}
            if spec.get("attrs"):
                attrs = {"Brand": mark, "Model": model}
            day = rng.choice(["04", "05"])
            obs = f"2026-12-{day}T{rng.randrange(24):02d}:{rng.randrange(60):02d}:{rng.randrange(60):02d}Z"
            rec = {"marketplace": market, "listing_id": lid, "url": url, "title": title, "description": desc}
            if price: rec["price"] = price
            rec.update({"seller": seller, "category": category, "ship_from": ship, "observed_at": obs})
            if attrs: rec["attributes"] = attrs
            rec["_label"] = {"kind": spec["kind"], "brand": bid, "class": spec["name"], "tactic": spec["tactic"], "lang": lang, "also": []}
            out.append(rec)
            if example is None: example = f"{title} ({bid})"
        table.append((spec, n, example))
    return out, table


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, default=43); ap.add_argument("--out", default="set.jsonl"); ap.add_argument("--classes", default="classes.md")
    a = ap.parse_args()
    rows, table = build(a.seed)
    with open(a.out, "w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False, sort_keys=False) + "\n")
    with open(a.classes, "w", encoding="utf-8") as fh:
        fh.write("# outsider43 classes\n\n`*`: a newer family (no earlier outsider class name or tactic has it, by my greps; doubts in README.md). "
                 "Example: one row's title (brand).\n\n| class | * | kind | n | tactic | example |\n|---|---|---|---|---|---|\n")
        for spec, n, ex in table:
            fh.write(f"| {spec['name']} | {spec['star']} | {spec['kind']} | {n} | {spec['tactic']} | {ex.replace('|', '/')} |\n")
    nc = sum(1 for s, _, _ in table if s["kind"] == "counterfeit"); ni = len(table) - nc
    print(len(rows), "rows;", nc, "counterfeit classes;", ni, "innocent classes")


if __name__ == "__main__":
    main()
