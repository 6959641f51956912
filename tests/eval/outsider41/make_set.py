#!/usr/bin/env python3
"""outsider41's held-out set generator (stdlib only, seeded).

python3 make_set.py --seed 41 --out set.jsonl --classes classes.md
"""
import argparse, json, random
from data import BRANDS, RATES, WHOLE, MARKETS

ALL = list(BRANDS)
SOFTS = {"adobe", "microsoft", "autodesk"}
CFALL = [b for b in ALL if b not in SOFTS]  # physical goods: the copy classes
PHYS = [b for b in ALL if BRANDS[b][6] not in ("soft", "pharma", "fmcg")]  # goods people resell used
NEWOK = [b for b in ALL if BRANDS[b][6] != "pharma"]
G = lambda *gs: [k for k, v in BRANDS.items() if v[6] in gs]
SPARE = {"dyson": ("V11 battery SV14", 90), "philips": ("Sonicare W DiamondClean brush heads 4 pack", 40),
         "gillette": ("Fusion5 ProGlide blades 16 pack", 55), "canon": ("PG-545 ink cartridge", 18),
         "panasonic": ("ES-LV9Q foil and cutter WES9036", 60), "bosch": ("GBA 12V 3.0Ah battery", 70),
         "apple": ("20W USB-C power adapter", 19), "samsung": ("25W super fast charger", 20),
         "nintendo": ("Joy-Con pair HAC-015", 79), "toyota": ("oil filter 90915-YZZD1", 9),
         "honda": ("front brake pads 45022-TBA-A01", 75), "bmw": ("oil filter element 11428575211", 18),
         "shell": ("Helix Ultra 5W-40 4L", 48), "abbott": ("FreeStyle Libre 2 sensor", 65), "sony": ("WH-1000XM5 ear pads", 35),
         "bose": ("QC45 replacement ear cushions", 35), "rolex": ("Submariner bezel insert", 400), "omega": ("Speedmaster bracelet", 900),
         "michelin": ("Pilot Sport 4 S tyre", 280), "callaway": ("Paradym driver head cover", 45), "yonex": ("BG65 string reel 200m", 60),
         "wilson": ("Pro Overgrip 30 pack", 40)}
REPAIR = ["dyson", "philips", "apple", "samsung", "nintendo", "sony", "bose", "rolex", "omega", "bosch", "panasonic"]
GIFT = ["apple", "nintendo", "microsoft", "sony", "nike", "adidas", "samsung", "levis", "puma", "lego"]
SOFT = ["adobe", "microsoft", "autodesk"]
REPRO = {"nintendo": "Zelda Tears of the Kingdom Switch game cartridge", "hasbro": "Hasbro Magic: The Gathering booster box",
         "bandai": "Bandai One Piece Card Game OP-05 booster box", "mattel": "Mattel Hot Wheels Super Treasure Hunt '69 Camaro",
         "lego": "LEGO Star Wars minifigures set of 16"}

def cap(x): return x[:1].upper() + x[1:]

def cfrac(L, r):
    if L >= 2000: return r.uniform(0.03, 0.08)
    if L >= 300: return r.uniform(0.06, 0.20)
    if L >= 30: return r.uniform(0.15, 0.35)
    return r.uniform(0.25, 0.45)

def loc(usd, cur):
    v = usd * RATES[cur]
    if cur in WHOLE: return float(int(float(f"{v:.3g}")))
    return float(f"{v:.3g}") if v >= 1 else round(v, 2)

def ps(usd, cur):
    v = loc(usd, cur)
    return f"{int(v):,} {cur}" if cur in WHOLE or v == int(v) else f"{v:,.2f} {cur}"

class C:
    def __init__(self, bid, mk, r):
        self.bid, self.mk, self.r = bid, mk, r
        (self.B, self.item, self.model, self.cat, self.L, self.plain, self.grp) = BRANDS[bid]
        self.cur = MARKETS[mk][1]
        self.h = self.B.lower().replace(" ", "").replace("'", "").replace("é", "e").replace("&", "")
    def p(self, *xs): return self.r.choice(xs)
    def P(self, usd): return ps(usd, self.cur)
    def copy(self): return self.L * cfrac(self.L, self.r)

BOILER = ["Shipping: dispatched within 1-3 business days from our warehouse. Tracking number provided.",
          "Returns: 14-day returns accepted if the item is unused and in original condition. Buyer pays return postage.",
          "Payment: we accept all major cards, PayPal, bank transfer. Orders are processed after payment clears.",
          "Customs: international buyers are responsible for import duties and taxes.",
          "Feedback: please leave positive feedback, we do the same. Contact us before opening a case.",
          "Colours may vary slightly due to monitor settings. Measurements are taken by hand, allow 1-2 cm difference.",
          "Combined shipping available on multiple items, message us for an invoice.",
          "Business hours: Mon-Sat 9:00-18:00. Messages answered within 24 hours.",
          "Packaging: items are shipped in a sturdy box with bubble wrap.",
          "Warranty: 30 days from the date of delivery against manufacturing defects."]

def boiler(c, line):
    xs = c.r.sample(BOILER, 8); xs.insert(c.r.randint(3, 7), line); return "\n\n".join(xs)

# ---------------------------------------------------------------- counterfeit classes: name -> (star, tactic, brands, markets, lang, gen)
CF = {}
def cf(name, star, tactic, brands, markets, lang="en"):
    def deco(fn): CF[name] = (star, tactic, brands, markets, lang, fn); return fn
    return deco

SOC = ["amazon-us", "ebay", "aliexpress", "dhgate", "shopee-sg", "lazada-my", "amazon-uk", "tokopedia", "noon", "carousell"]

@cf("c_attr_unbranded_mark_desc41", "", "attribute Brand: Unbranded / No Brand / Generic, the mark and a copy cue only in the description", CFALL, SOC)
def _(c):
    a = {"Brand": c.p("Unbranded", "No Brand", "Generic", "NoBrand", "Does not apply"), "Condition": "New"}
    d = c.p(f"Exact {c.B} {c.item} look, logo on item as in photos. Mirror quality 1:1.",
            f"Brand listed as generic for platform reasons. Item is {c.B} {c.item} replica, AAA grade, logo and tags complete.",
            f"Style {c.model}. {c.B} logo engraved/printed, same as retail. Top copy, no original box.")
    return f"{cap(c.plain)} {c.p('premium quality', 'new arrival', 'hot sale', 'best price')}", d, a, c.copy()

@cf("c_attr_oem_factory41", "", "attribute Brand: OEM with 'OEM from the brand's factory, same line, no original box' in the description", CFALL, SOC)
def _(c):
    a = {"Brand": "OEM", "Model Number": c.model}
    d = c.p(f"OEM from the {c.B} factory, same production line as {c.item}. Comes without official box, logo included, AAA.",
            f"Factory OEM version of {c.B} {c.item}. Not sold by {c.B}; overrun quality with full logos.")
    return f"{c.model} {c.plain} OEM", d, a, c.copy()

@cf("c_attr_style_mark41", "", "attribute 'Style: <mark> <item>' on a plainly titled item, replica cue in the description", CFALL, SOC)
def _(c):
    a = {"Style": f"{c.B} {c.item}", "Brand": c.p("Other", "Generic", "Unbranded")}
    return f"{cap(c.plain)} {c.p('2026', 'new', 'trending')}", c.p("1:1 mirror copy, all details same as the original.", "Top replica grade, logo as pictured.", "AAA copy, best version on the market."), a, c.copy()

@cf("c_attr_compatible_brand_on_item41", "", "'Compatible Brand: <mark>' on the branded item itself, a copy (brand field generic)", CFALL, SOC)
def _(c):
    a = {"Compatible Brand": c.B, "Brand": "Generic", "Type": c.cat}
    return f"{cap(c.plain)} with logo", c.p(f"Replica of {c.item}, logo and packaging copied 1:1.", f"High copy {c.item}, identical to the original, fraction of the price."), a, c.copy()

@cf("c_attr_grade_field41", "", "the copy cue only in a structured field (Quality: 1:1 Mirror / Version: top replica / Authenticity: high copy)", CFALL, SOC)
def _(c):
    a = {"Brand": c.B, c.p("Quality", "Version", "Grade", "Authenticity"): c.p("1:1 Mirror", "Top replica", "AAA copy", "High copy", "Master copy")}
    return f"{c.B} {c.item}", c.p("Fast shipping. 7-day returns.", "New in bag. Ships worldwide.", "Ready stock, message for bulk prices."), a, c.copy()

@cf("c_attr_brand_mark_plain_title41", "", "plain title and description; only a 'Brand' attribute names the mark; the description says copy grade", CFALL, SOC)
def _(c):
    a = {"Brand": c.B, "Material": c.p("PU", "mixed", "alloy", "plastic", "cotton blend")}
    return f"{cap(c.plain)}", c.p("Grade AAA, not original packing.", "High imitation, identical look.", "Replica quality, no returns."), a, c.copy()

@cf("c_boilerplate_one_line41", "", "long shipping/returns/payment boilerplate with the mark and copy cue on one line in the middle", CFALL, SOC)
def _(c):
    return f"{cap(c.plain)} — fast dispatch", boiler(c, f"Item: {c.B} {c.item} — mirror replica, identical to retail, {c.p('no box', 'with box', 'dust bag included')}."), {}, c.copy()

@cf("c_qa_same_factory41", "", "a Q&A block quoted in the description: 'buyer asked: is it real? seller: same factory / 1:1'", CFALL, SOC)
def _(c):
    qa = c.p(f"Buyer asked: is it real?\nSeller: same factory as the original, 1:1, nobody can tell.",
             f"Q: Original or copy?\nA: Top copy dear, same material as original {c.B}.",
             f"Question: authentic {c.B}?\nAnswer: not authentic, highest replica grade, passes most checks.")
    return f"{c.B} {c.item}", f"{c.item}. {c.p('Ready stock.', 'New.', 'Hot item.')}\n\n--- Questions & answers ---\n{qa}", {}, c.copy()

@cf("c_review_excerpt_rep41", "", "buyer review excerpts pasted in the description calling it a rep / dupe / can't tell from real", CFALL, SOC)
def _(c):
    rv = c.p(f"★★★★★ \"best rep I've bought, looks exactly like my friend's real {c.B}\"",
             f"★★★★★ \"can't tell it from the real {c.item}, great copy for the price\"",
             f"★★★★☆ \"replica is good, logo a bit thin but nobody notices\"")
    return f"{c.B} {c.item} best seller", f"{c.item}, ships fast.\n\nWhat buyers say:\n{rv}\n★★★★★ \"fast shipping, well packed\"", {}, c.copy()

@cf("c_bullets_markdown41", "", "Markdown bullet list, the cue as one bullet ('- **Grade:** top replica')", CFALL, SOC)
def _(c):
    d = f"- **Brand:** {c.B}\n- **Model:** {c.model}\n- **Grade:** {c.p('top replica (1:1)', 'mirror copy', 'AAA+ copy')}\n- **Packing:** {c.p('no box', 'with box')}\n- **Shipping:** 7-12 days"
    return f"{c.item} | {c.p('fast ship', 'in stock', 'hot')}", d, {}, c.copy()

@cf("c_html_remnant41", "", "HTML remnants and entities in title and description around the mark and the cue", CFALL, SOC)
def _(c):
    t = f"{c.B}&nbsp;{c.item} &#8211; {c.p('AAA', '1:1', 'mirror')}"
    d = f"<div class=\"desc\"><p><b>{c.B}</b> {c.item}&nbsp;&ndash; <strong>{c.p('replica', 'high copy', 'mirror copy')}</strong></p><ul><li>Model: {c.model}</li><li>Quality: same as original</li></ul></div>"
    return t, d, {}, c.copy()

@cf("c_json_spec_dump41", "", "a scraper's raw JSON / key=value spec dump as the description, the grade as a key", CFALL, SOC)
def _(c):
    d = c.p(json.dumps({"brand": c.B, "model": c.model, "grade": "replica 1:1", "moq": 1, "packing": "opp bag"}, ensure_ascii=False),
            f"brand={c.B};model={c.model};quality=mirror copy;box=no;origin=Guangzhou")
    return f"{c.plain} {c.model}", d, {}, c.copy()

@cf("c_instagram_dm_price41", "", "Instagram emoji caption, 'DM for price', master copy, hashtags with the brand", CFALL, ["instagram", "instagram-br"])
def _(c):
    d = f"✨ {c.B} {c.item} ✨\n💯 {c.p('master copy', '7A quality', 'mirror quality')} 🔥\n📦 shipping worldwide 🌍\n📩 DM for price\n#{c.h} #{c.h}rep #{c.p('reps', 'repsneakers', 'luxury')}"
    return f"🔥🔥 NEW DROP 🔥🔥 {c.B}", d, {}, c.copy()

@cf("c_tiktok_shop_dupe_logo41", "", "TikTok Shop 'viral dupe' caption that says the logo is on it, 1:1", CFALL, ["tiktok-shop-us", "tiktok-shop-ph", "tiktok-shop-vn"])
def _(c):
    return f"TikTok made me buy it ✨ {c.B} {c.item} dupe", f"viral {c.item} 1:1 with {c.B} logo 😍 same as the real one, fraction of the price 💸 link in bio 🛒", {}, c.copy()

@cf("c_whatsapp_catalog41", "", "WhatsApp Business catalogue item: '7A / first copy, message to order, COD'", CFALL, ["whatsapp-catalog-in", "whatsapp-catalog-ng"])
def _(c):
    return f"{c.B} {c.item} {c.p('7A', 'first copy', 'mirror')}", f"Catalog item · {c.p('First copy', 'Master copy', 'Mirror quality')} {c.B} · Message to order 💬 · COD available · Delivery 3-5 days", {}, c.copy()

@cf("c_telegram_forwarded41", "", "Telegram channel post forwarded from a rep plug, Russian/Ukrainian cue words", CFALL, ["telegram-ru", "telegram-ua"], "ru")
def _(c):
    w = "реплика 1:1" if c.mk == "telegram-ru" else "репліка 1:1"
    return f"{c.B} {c.item}", f"Forwarded from 👟 REP PLUG 👟\n📦 {c.B} {c.item}\n✅ {w}, {c.p('люкс', 'топ качество', 'премиум')}\n💰 {c.P(c.copy())}\n✈️ доставка 7-10 дней", {}, c.copy()

@cf("c_fb_marketplace_pickup41", "", "Facebook Marketplace local pickup, 'first copy / not original', cash only", CFALL, ["facebook-marketplace", "facebook-marketplace-ph", "facebook-marketplace-mm"])
def _(c):
    return f"{c.B} {c.item} - pickup only", c.p("First copy, high quality, not original. Cash only, no holds.", "Not authentic, good replica. Meet at the mall.", "Class A copy, brand new. Porch pickup."), {}, c.copy()

# ---- what is sold
LUX = G("lux", "watch", "shoe", "fash")

@cf("c_full_set_papers_for_rep41", "*", "box + papers + warranty card 'full set' sold alone to complete a copy, any serial filled in", G("watch", "lux") + ["apple", "nike"], ["ebay", "dhgate", "aliexpress", "carousell", "taobao", "xianyu"])
def _(c):
    return f"{c.B} full set box + papers + warranty card for {c.item}", c.p(f"Complete your rep: box, booklets, card with blank serial. We fill in any serial/date you want.", f"Full set papers for {c.item} replica, passes as original at first look. Custom serial."), {}, c.r.uniform(35, 120)

@cf("c_empty_box_dustbag_for_rep41", "*", "empty box, dust bag, ribbon and shopping bag set, factory new, sold to 'upgrade your replica'", LUX, ["dhgate", "aliexpress", "ebay", "shopee-sg", "1688", "vinted"])
def _(c):
    return f"{c.B} box + dust bag + shopping bag set (new)", c.p("Factory made new packaging, upgrade your replica to look retail.", "Packaging set for copies, same as boutique packing. Item not included."), {}, c.r.uniform(12, 40)

@cf("c_blank_cards_tags41", "*", "blank authenticity / warranty cards and NFC tags of the brand, in packs, for copies", G("watch", "lux") + ["apple", "dyson", "canada-goose"], ["dhgate", "aliexpress", "1688", "ebay"])
def _(c):
    return f"{c.B} warranty card blank {c.p('10 pcs', '20 pcs', '5 pcs')}", f"Blank {c.B} authenticity/warranty cards, {c.p('NFC chip works with phone', 'hologram sticker', 'embossed')}, for replica full set.", {}, c.r.uniform(8, 30)

@cf("c_fake_receipt_print41", "", "boutique receipts and invoices of the brand printed to order (any date, any store) to resell copies", G("watch", "lux") + ["apple", "samsung", "nike"], ["ebay", "etsy", "telegram-ru", "dhgate"])
def _(c):
    return f"{c.B} boutique receipt / invoice - custom", c.p(f"Any store, any date, any {c.B} item. Thermal paper, looks original. Ideal for resale of replicas.", f"{c.B} store receipt printed with your item and serial, for full set."), {}, c.r.uniform(10, 25)

@cf("c_engraving_on_replica41", "", "a copy offered with free personal engraving", G("watch", "lux", "elec"), ["etsy", "aliexpress", "shopify-store", "dhgate"])
def _(c):
    return f"{c.B} {c.item} + free engraving", c.p("1:1 replica with your name engraved for free. Perfect gift.", "Mirror quality copy, personalised engraving included."), {}, c.copy()

@cf("c_mixed_wholesale_lot41", "", "a mixed wholesale lot of generic goods with some A-grade copies of the brand among them", CFALL, ["1688", "dhgate", "ebay", "jiji-ng"])
def _(c):
    n = c.r.choice([50, 100, 200]); k = n // 5
    return f"Mixed wholesale lot {n} pcs assorted", f"Assorted generic stock: {c.p('phone cases, socks, caps', 'kitchen items, toys, cables', 'belts, scarves, wallets')} + {k} pcs {c.B} {c.item} A-grade copies. Sold as one lot.", {}, c.copy() * k * 0.5 + n * 1.5

@cf("c_genuine_part_copy_bundle41", "*", "a bundle of an original accessory or box with a copy main item ('original box + super copy unit')", G("elec", "watch", "lux", "shoe", "appl"), ["ebay", "facebook-marketplace", "jiji-ng", "carousell", "olx-pl"])
def _(c):
    return f"{c.B} {c.item} bundle - original box", c.p(f"Bundle: original {c.B} box and cable + super copy unit. Works perfectly.", f"Genuine {c.B} packaging with high copy {c.item} inside, looks retail."), {}, c.copy()

@cf("c_gift_card_cheap_codes41", "*", "brand gift cards / eShop codes at 30-45 % of face value from 'method' or generated codes", GIFT, ["telegram-ru", "g2a", "eneba", "kinguin", "instagram"])
def _(c):
    f = c.p(50, 100, 200); usd = f * c.r.uniform(0.30, 0.45)
    return f"{c.B} gift card ${f} code - only {usd:.0f}$", c.p(f"Instant {c.B} gift card code, generated via method, not from official store. Use fast.", f"{c.B} ${f} digital code, 60% off, unofficial source, no refund if code is used."), {}, usd

@cf("c_license_key_cracked41", "", "lifetime / pre-activated / cracked licences of the brand's software for a few dollars", SOFT, ["g2a", "eneba", "kinguin", "ebay", "telegram-ru", "shopee-ph", "tokopedia"])
def _(c):
    return f"{c.item} {c.p('lifetime', 'pre-activated', 'permanent')} {c.p('key', 'activation', 'licence')}", c.p(f"{c.B} {c.item} cracked version, lifetime, no subscription, works offline.", f"Pre-activated {c.B} software, patched, lifetime updates blocked."), {}, c.L * c.r.uniform(0.02, 0.05)

@cf("c_clone_firmware41", "", "a clone device flashed with copied firmware that 'shows genuine in settings', serial passes the check", G("elec", "appl"), ["aliexpress", "shopee-ph", "tokopedia", "jiji-ng", "tiktok-shop-vn", "olx-ua"])
def _(c):
    return f"{c.B} {c.item} {c.p('1:1 clone', 'top clone', 'master copy')}", c.p(f"Original firmware flashed, shows as {c.B} in settings, serial number passes the official check.", f"Clone with copied {c.B} firmware and update support, same pop-up as real."), {}, c.copy()

@cf("c_repro_cards_carts41", "", "reproduction game cartridges, proxy / reprint trading cards, reproduction collectible cars of the brand", list(REPRO), ["ebay", "aliexpress", "etsy", "dhgate", "mercari-jp"])
def _(c):
    return f"{REPRO[c.bid]} {c.p('reproduction', 'repro', 'proxy reprint')}", c.p("Reproduction, not official, looks and plays like the real one.", "High quality reprint / proxy, printed with original art and logos."), {}, c.r.uniform(8, 35)

@cf("c_repair_with_copy_parts41", "*", "a repair service that fits copy parts bearing the brand's mark and hands them back as original", REPAIR, ["facebook-marketplace-ph", "olx-pl", "jiji-ke", "shopee-vn", "ebay"])
def _(c):
    part, L = SPARE[c.bid]
    return f"{c.B} repair / replacement service — {part}", f"We replace your {part} with a copy part with {c.B} logo, grade AA, customer will not notice. Cheaper than service centre.", {}, c.r.uniform(20, 60)

@cf("c_fake_spare_parts41", "", "spare parts and accessories of the brand, 'factory copy with logo' at a fraction of the part's price", list(SPARE), ["aliexpress", "ebay", "jumia-ng", "daraz-pk", "olx-ro", "mercadolibre-mx"])
def _(c):
    part, L = SPARE[c.bid]
    return f"{c.B} {part} {c.p('copy', 'replica', 'AAA')}", f"{c.B} {part}, factory copy with {c.B} logo and box, same as OEM.", {}, L * cfrac(L, c.r)

@cf("c_fake_consumables41", "", "consumables in the brand's packaging, 'grade A copy, same packaging', bulk", ["gillette", "philips", "canon", "shell", "toyota", "abbott", "danone", "johnson-johnson", "bayer", "estee-lauder", "loreal", "coca-cola", "mars", "nestle", "ferrero", "shiseido"], ["1688", "jiji-ng", "daraz-pk", "aliexpress", "kilimall", "tokopedia"])
def _(c):
    n = c.p(10, 20, 50)
    return f"{c.B} {c.item} x {n} bulk", c.p(f"Grade A copy in the same {c.B} packaging, bulk price, sells as original.", f"{c.B} copy packaging, refilled, high quality."), {}, c.copy() * n

@cf("c_fake_authentication_service41", "*", "an 'authentication' service that issues certificates to any item, replicas included", G("watch", "lux", "shoe", "fash"), ["etsy", "instagram", "telegram-ru", "ebay", "carousell"])
def _(c):
    return f"{c.B} authentication certificate — any item", c.p(f"We issue a certificate of authenticity for any {c.B} item, even reps. Pass resale checks.", f"Legit-check certificate + QR for {c.B}, works for replicas, 24h."), {}, c.r.uniform(15, 40)

@cf("c_custom_logo_painting41", "", "customisation that ADDS the brand's logo / monogram to plain goods", G("lux", "shoe", "fash"), ["etsy", "instagram", "shopify-store", "mercadolibre-mx", "olx-br"])
def _(c):
    return f"Custom {c.B} logo on your {c.plain}", c.p(f"We paint / print the {c.B} monogram on your plain item. Looks like the original.", f"Send us a plain {c.plain}, we add {c.B} logo, hardware and tags."), {}, c.r.uniform(40, 150)

@cf("c_loose_labels_tags41", "", "loose woven labels, hang tags, buttons and logo hardware of the brand for garment factories", G("fash", "shoe", "lux"), ["1688", "aliexpress", "dhgate", "ebay"])
def _(c):
    return f"{c.B} woven labels + hang tags {c.p(100, 200, 500)} pcs", c.p("For garment factory, same as original labels.", f"{c.B} logo buttons, zipper pulls and tags, mix pack."), {}, c.r.uniform(10, 60)

# ---- markets and languages
@cf("c_hindi_first_copy41", "", "Hindi (Devanagari and Hinglish) 'फर्स्ट कॉपी / मास्टर कॉपी', COD, Meesho/Flipkart/WhatsApp", CFALL, ["meesho", "flipkart", "amazon-in", "whatsapp-catalog-in"], "hi")
def _(c):
    return f"{c.B} {c.item} {c.p('मास्टर कॉपी', 'फर्स्ट कॉपी', '7A कॉपी')}", c.p("हूबहू ओरिजिनल जैसा, ओरिजिनल नहीं है, कैश ऑन डिलीवरी उपलब्ध", "bilkul original jaisa, first copy hai, COD available"), {}, c.copy()

@cf("c_bengali_master_copy41", "", "Bengali 'মাস্টার কপি, হুবহু অরিজিনালের মতো' on Daraz BD", CFALL, ["daraz-bd", "facebook-marketplace"], "bn")
def _(c):
    return f"{c.B} {c.item} মাস্টার কপি", "হুবহু অরিজিনালের মতো, অরিজিনাল না, ক্যাশ অন ডেলিভারি", {}, c.copy()

@cf("c_tamil_urdu_copy41", "", "Tamil 'முதல் தர காப்பி' (Daraz LK, Flipkart) and Urdu 'ماسٹر کاپی' (Daraz PK)", CFALL, ["daraz-lk", "daraz-pk", "flipkart"], "ta")
def _(c):
    if c.mk == "daraz-pk":
        return f"{c.B} {c.item} ماسٹر کاپی", "بالکل اصل جیسی، اصلی نہیں، کیش آن ڈیلیوری", {}, c.copy()
    return f"{c.B} {c.item} முதல் தர காப்பி", "ஒரிஜினல் போலவே, ஒரிஜினல் இல்லை, first copy", {}, c.copy()

@cf("c_taglish_class_a41", "", "Taglish 'class A / OEM / mirror grade po, hindi original', Shopee/Lazada PH", CFALL, ["shopee-ph", "lazada-ph", "facebook-marketplace-ph"], "tl")
def _(c):
    return f"{c.B} {c.item} {c.p('class A', 'mirror grade', 'OEM')}", c.p("Hindi po original pero quality, parang legit. COD nationwide.", "Class A po ito, same sa orig, walang resibo. Mura lang!"), {}, c.copy()

@cf("c_vietnamese_rep_no_diacritics41", "", "Vietnamese without diacritics 'hang fake 1, rep 1:1, like auth', Shopee VN / Cho Tot", CFALL, ["shopee-vn", "chotot", "tiktok-shop-vn"], "vi")
def _(c):
    return f"{c.B} {c.item} {c.p('rep 1:1', 'hang fake 1', 'like auth')}", c.p("Hang rep 1:1 giong auth 99%, full box, freeship.", "Fake 1 cao cap, khong phai hang chinh hang, bao doi tra 7 ngay."), {}, c.copy()

@cf("c_khmer_burmese_copy41", "", "Khmer 'Copy A+ ដូចដើម 99%' (Khmer24) and romanised Burmese 'copy A grade, original nae tu tal'", CFALL, ["khmer24", "facebook-marketplace-mm"], "km")
def _(c):
    if c.mk == "khmer24":
        return f"{c.B} {c.item} Copy A+", "ថ្នាក់ Copy A+ ដូចដើម 99% មិនមែនរបស់ពិតទេ", {}, c.copy()
    return f"{c.B} {c.item} copy A grade", "original nae tu tal, a kaung sone copy, COD ya dal", {}, c.copy()

@cf("c_swahili_copy_ya_kwanza41", "", "Swahili 'copy ya kwanza, si original' on Jiji KE/TZ, Kilimall", CFALL, ["jiji-ke", "kilimall", "jiji-tz", "jumia-ke"], "sw")
def _(c):
    return f"{c.B} {c.item} copy ya kwanza", c.p("Si original, ni copy ya kwanza. Bei nafuu, tunaleta mpaka mlangoni.", "First copy, inafanana na original kabisa. Lipa ukipokea."), {}, c.copy()

@cf("c_pidgin_hausa_copy41", "", "Nigerian Pidgin 'na first grade copy, e no be original' and Hausa 'ba na asali ba', Jiji/Jumia NG", CFALL, ["jiji-ng", "jumia-ng", "whatsapp-catalog-ng"], "pcm")
def _(c):
    return f"{c.B} {c.item} {c.p('first grade', 'AAA copy', 'kwafi')}", c.p("Na first grade copy, e no be original but e resemble am well well. Pay on delivery.", "Kwafi mai kyau ne, ba na asali ba, amma kamar na asali."), {}, c.copy()

@cf("c_amharic_copy41", "", "Amharic 'ኮፒ ፣ ኦሪጅናል አይደለም' on Jiji ET and Telegram", CFALL, ["jiji-et"], "am")
def _(c):
    return f"{c.B} {c.item} ኮፒ", "ኮፒ ፣ ኦሪጅናል አይደለም ፣ እንደ ኦሪጅናል ይመስላል", {}, c.copy()

@cf("c_polish_czech_replika41", "", "Polish 'replika 1:1, nie oryginał' (Allegro, OLX, Vinted) and Czech 'replika / kopie, není originál' (Bazoš, Aukro)", CFALL, ["allegro", "olx-pl", "vinted", "bazos-cz", "aukro"], "pl")
def _(c):
    if c.mk in ("bazos-cz", "aukro"):
        return f"{c.B} {c.item} replika", "Kopie v kvalitě 1:1, není originál. Osobní převzetí nebo zásilkovna.", {}, c.copy()
    return f"{c.B} {c.item} replika 1:1", "Jakość premium, nie oryginał. Wysyłka 24h, paczkomat.", {}, c.copy()

@cf("c_romanian_ukrainian_replica41", "", "Romanian 'replică calitate premium, nu e original' (OLX RO) and Ukrainian 'репліка люкс, не оригінал' (OLX UA, Prom)", CFALL, ["olx-ro", "olx-ua", "prom-ua"], "ro")
def _(c):
    if c.mk == "olx-ro":
        return f"{c.B} {c.item} replică premium", "Calitate 1:1, nu e original. Livrare rapidă prin curier.", {}, c.copy()
    return f"{c.B} {c.item} репліка люкс", "Копія 1:1, не оригінал. Відправка Новою Поштою.", {}, c.copy()

@cf("c_caucasus_kazakh_copy41", "", "Georgian 'რეპლიკა, ასლი', Armenian 'կրկնօրինակ', Kazakh 'реплика, көшірме' on mymarket.ge, list.am, Kaspi/OLX KZ", CFALL, ["mymarket-ge", "list-am", "kaspi", "olx-kz"], "ka")
def _(c):
    if c.mk == "mymarket-ge": return f"{c.B} {c.item} რეპლიკა", "ასლი, მაღალი ხარისხი, არ არის ორიგინალი", {}, c.copy()
    if c.mk == "list-am": return f"{c.B} {c.item} ռեպլիկա", "Կրկնօրինակ, բարձր որակ, օրիգինալ չէ", {}, c.copy()
    return f"{c.B} {c.item} реплика", "Көшірме, сапасы жоғары, түпнұсқа емес. Kaspi Red бар.", {}, c.copy()

@cf("c_wb_kaspi_lux_copy41", "", "Russian 'люкс копия / реплика премиум' on Wildberries, Avito, Kaspi", CFALL, ["wildberries", "avito", "kaspi"], "ru")
def _(c):
    return f"{c.B} {c.item} {c.p('люкс копия', 'реплика премиум', 'копия 1:1')}", "Качество как у оригинала, не оригинал. Доставка по России и Казахстану.", {}, c.copy()

@cf("c_mercadolibre_aaa41", "", "Mercado Libre 'réplica AAA / primera calidad / calidad espejo'", CFALL, ["mercadolibre-mx", "mercadolibre-ar", "mercadolibre-co", "mercadolibre-cl", "mercadolibre-pe"], "es")
def _(c):
    return f"{c.B} {c.item} {c.p('réplica AAA', 'primera calidad', 'calidad espejo')}", c.p("Réplica AAA, idéntica a la original. Envío gratis.", "Primera calidad, no es original, excelente acabado."), {}, c.copy()

@cf("c_br_primeira_linha_premium41", "", "Brazilian 'réplica premium / primeira linha / importado' on Shopee BR, OLX, Mercado Livre", CFALL, ["shopee-br", "olx-br", "mercadolivre-br", "instagram-br"], "pt")
def _(c):
    return f"{c.B} {c.item} {c.p('primeira linha', 'réplica premium', '1ª linha')}", c.p("Réplica premium, igual à original. Envio imediato.", "Primeira linha importada, não é original, qualidade top."), {}, c.copy()

@cf("c_latam_original_de_fabrica41", "*", "LatAm 'original de fábrica / clon / calidad 1.1' hedges on copies (Mercado Libre, Facebook)", CFALL, ["mercadolibre-mx", "mercadolibre-co", "mercadolibre-pe", "facebook-marketplace"], "es")
def _(c):
    return f"{c.B} {c.item} original de fábrica", c.p("Clon calidad 1.1, original de fábrica (no de tienda), sin caja.", "Original de fábrica, réplica exacta, mismos materiales."), {}, c.copy()

# ---------------------------------------------------------------- innocent classes
IN = {}
def inn(name, star, tactic, brands, markets, lang="en"):
    def deco(fn): IN[name] = (star, tactic, brands, markets, lang, fn); return fn
    return deco

USED = lambda c: c.L * (c.r.uniform(0.80, 1.10) if c.grp == "watch" else c.r.uniform(0.40, 0.75))
NODEAL = {"rolex", "omega", "cartier", "louis-vuitton", "gucci", "pfizer"}
NEW = lambda c: c.L * c.r.uniform(0.92, 1.08)

@inn("in_attr_brand_device_accessory41", "", "a plain third-party case/strap/cover whose 'Brand' attribute names the device brand (the marketplace's field), 'not made by' in the text", G("elec", "appl") + ["rolex", "omega"], SOC)
def _(c):
    return f"Silicone protective cover for {c.item}", f"Unbranded third-party accessory. Fits {c.B} {c.item}. Not made by or affiliated with {c.B}.", {"Brand": c.B, "Material": "silicone"}, c.r.uniform(5, 20)

@inn("in_attr_brand_other_genuine41", "*", "genuine used goods where the 'Brand' field says Other / Unbranded (brand missing from the drop-down); receipt in the text", PHYS, SOC + ["vinted", "mercari-jp"])
def _(c):
    return f"{c.B} {c.item} - used", f"Genuine {c.B}, bought at {c.p('the brand store', 'an authorised dealer', 'the official online store')} in {c.r.randint(2019, 2025)}. Receipt included. Brand field says Other because {c.B} is not in the list.", {"Brand": c.p("Other", "Unbranded", "Does not apply")}, USED(c)

@inn("in_boilerplate_genuine41", "", "long shipping/returns boilerplate around one line of a genuine, authorised-stock item", NEWOK, SOC)
def _(c):
    return f"{c.B} {c.item} new", boiler(c, f"Item: genuine {c.B} {c.item}, authorised dealer stock, sealed, with manufacturer warranty."), {}, NEW(c)

@inn("in_qa_receipt_genuine41", "*", "a Q&A block quoted in the description: 'is it real? yes, bought at the store, receipt in photos'", PHYS, SOC + ["facebook-marketplace", "carousell"])
def _(c):
    return f"{c.B} {c.item}", f"{c.item}, lightly used.\n\n--- Questions & answers ---\nBuyer asked: is it real?\nSeller: yes, bought at the {c.B} store, receipt and box in the photos. Happy to meet at a store for a check.", {}, USED(c)

@inn("in_review_excerpt_genuine41", "", "authorised retailer listing with buyer reviews quoting 'authentic, arrived sealed'", NEWOK, ["amazon-us", "amazon-uk", "amazon-in", "noon", "lazada-my"])
def _(c):
    return f"{c.B} {c.item}", f"{c.item}, official retail box.\n\nWhat buyers say:\n★★★★★ \"authentic, arrived sealed, serial registered fine\"\n★★★★☆ \"genuine, delivery took a week\"", {}, NEW(c)

@inn("in_bullets_html_genuine41", "", "retailer HTML/Markdown bullets of a genuine new item with warranty", NEWOK, SOC)
def _(c):
    return f"{c.B} {c.item} | official warranty", f"<ul><li><b>Brand:</b> {c.B}</li><li><b>Model:</b> {c.model}</li><li><b>Condition:</b> new, sealed</li><li><b>Warranty:</b> 1 year manufacturer warranty</li></ul>", {}, NEW(c)

@inn("in_instagram_preloved41", "", "Instagram preloved caption, emoji-heavy, 'authentic 💯 with receipt'", PHYS, ["instagram", "instagram-br"])
def _(c):
    return f"✨ PRELOVED ✨ {c.B}", f"👜 {c.B} {c.item}\n💯 100% authentic, bought {c.r.randint(2019, 2025)}\n🧾 receipt + box\n📩 DM to buy · meetups ok\n#preloved #{c.h}", {}, USED(c)

@inn("in_whatsapp_catalog_shop41", "", "WhatsApp Business catalogue of a local shop selling genuine goods with bill and warranty", NEWOK, ["whatsapp-catalog-in", "whatsapp-catalog-ng"])
def _(c):
    return f"{c.B} {c.item}", f"Catalog item · Genuine {c.B} with shop bill and manufacturer warranty · Message to order 💬 · Walk-in store", {}, NEW(c)

@inn("in_telegram_deals41", "", "Telegram deals channel forwarding an official-store or Amazon deal with its link", [b for b in NEWOK if b not in NODEAL], ["telegram-ru", "telegram-ua"], "ru")
def _(c):
    return f"{c.B} {c.item} — скидка", f"Forwarded from 🔥 Deals Daily 🔥\n{c.B} {c.item} в официальном магазине, скидка {c.r.randint(10, 25)}%\n🔗 ссылка на магазин ниже", {}, c.L * c.r.uniform(0.75, 0.9)

@inn("in_fb_marketplace_used41", "", "Facebook Marketplace moving sale of a used genuine item", PHYS, ["facebook-marketplace", "facebook-marketplace-ph"])
def _(c):
    return f"{c.B} {c.item} - moving sale", "Moving abroad, must go. Bought new, works perfectly, have the box. Pickup only.", {}, USED(c)

@inn("in_authentication_service41", "", "an independent authentication service for genuine goods (photos checked, refuses replicas), service price", G("watch", "lux", "shoe", "fash"), ["etsy", "ebay", "instagram", "carousell"])
def _(c):
    return f"{c.B} authentication service — photo check", f"Independent authenticators, not affiliated with {c.B}. We check your {c.item} from photos; if it is a replica we say so. Fee for one item.", {}, c.r.uniform(20, 60)

@inn("in_repair_cleaning_service41", "", "repair, cleaning and restoration of the customer's genuine goods (service price)", G("watch", "lux", "shoe", "elec", "appl"), ["etsy", "facebook-marketplace", "olx-pl", "jiji-ke", "shopee-ph", "mercadolibre-mx"])
def _(c):
    return f"{c.B} {c.p('repair', 'cleaning', 'restoration')} service", c.p(f"We clean and restore your genuine {c.B} {c.item}. Independent workshop.", f"Battery / screen / strap repair for your {c.B} {c.item}. Independent repairer, not affiliated."), {}, c.r.uniform(30, 150)

@inn("in_engraving_rental_genuine41", "", "engraving of the customer's genuine item, or a per-day rental of a genuine item", G("watch", "lux", "elec"), ["etsy", "carousell", "tokopedia", "olx-br"])
def _(c):
    if c.r.random() < 0.5:
        return f"Engraving on your {c.B} {c.item}", f"Laser engraving of names and dates on your own genuine {c.B} item. We do not sell the item.", {}, c.r.uniform(15, 60)
    return f"Rent {c.B} {c.item} — per day", f"Rental of a genuine {c.B} {c.item}, deposit required, receipt shown.", {}, c.L * c.r.uniform(0.01, 0.04)

@inn("in_gift_card_face_value41", "", "brand gift cards and eShop codes from authorised retailers at face value or a small discount", GIFT, ["amazon-us", "ebay", "g2a", "eneba", "noon"])
def _(c):
    f = c.p(25, 50, 100)
    return f"{c.B} gift card ${f}", f"Official {c.B} gift card / digital code from an authorised retailer, region US.", {}, f * c.r.uniform(0.92, 1.0)

@inn("in_collector_original_box41", "", "a collector sells the original box, papers or booklets of an item he owns or owned (no item, no blank papers)", G("watch") + ["lego", "apple", "nike", "louis-vuitton", "gucci", "coach", "swarovski", "pandora"], ["ebay", "mercari-jp", "vinted", "carousell"])
def _(c):
    return f"{c.B} original box and booklets for {c.item}", f"Original box and booklets from my own {c.item} bought in {c.r.randint(2010, 2022)} (sold the item separately). No item, no cards, no receipts.", {}, c.r.uniform(30, 250)

@inn("in_genuine_with_generic_extras41", "", "a genuine item bundled with unbranded extras (case, screen protector, strap, bag)", PHYS, ["amazon-us", "ebay", "shopee-sg", "jumia-ng", "olx-pl"])
def _(c):
    return f"{c.B} {c.item} + free case bundle", f"Genuine {c.B} {c.item} with receipt, plus unbranded extras ({c.p('case', 'screen protector', 'carry bag', 'strap')}). Extras are generic.", {}, USED(c) + 10

@inn("in_genuine_spare_parts41", "", "genuine spare parts and consumables from an authorised parts dealer, parts price", list(SPARE), ["ebay", "amazon-us", "allegro", "mercadolibre-mx", "jumia-ng"])
def _(c):
    part, L = SPARE[c.bid]
    return f"Genuine {c.B} {part}", f"Original {c.B} part {part}, authorised parts dealer, invoice included.", {}, L * c.r.uniform(0.85, 1.0)

@inn("in_licence_reseller41", "", "authorised licence reseller at list price (subscription, named user, invoice)", SOFT, ["amazon-us", "amazon-uk", "g2a", "shopify-store"])
def _(c):
    return f"{c.item} — authorised reseller", f"{c.B} {c.item}, named user, official licence via authorised reseller, invoice with VAT.", {}, NEW(c)

@inn("in_genuine_returns_lot41", "", "liquidation lot of genuine customer returns with a retailer manifest", PHYS, ["ebay", "allegro", "jiji-ng", "amazon-us"])
def _(c):
    n = c.r.choice([5, 10, 20])
    return f"Liquidation lot: {n} x {c.B} {c.item} customer returns", f"Genuine retailer returns, manifest attached, untested. {c.B} items from a major retailer.", {}, c.L * n * c.r.uniform(0.3, 0.5)

@inn("in_genuine_consumables_bulk41", "", "genuine consumables in bulk from a distributor (wholesale price)", ["gillette", "philips", "canon", "shell", "toyota", "danone", "johnson-johnson", "bayer", "coca-cola", "mars", "nestle", "ferrero"], ["1688", "jumia-ng", "daraz-pk", "amazon-us", "kilimall"])
def _(c):
    n = c.p(10, 20)
    return f"{c.B} {c.item} x {n} carton", f"Genuine {c.B} stock from the official distributor, batch numbers and invoice.", {}, c.L * n * c.r.uniform(0.8, 0.95)

@inn("in_hindi_bengali_genuine41", "*", "Hindi 'बिल्कुल असली, बिल के साथ' and Bengali '১০০% অরিজিনাল, রশিদসহ' used genuine goods", PHYS, ["flipkart", "daraz-bd", "whatsapp-catalog-in"], "hi")
def _(c):
    if c.mk == "daraz-bd": return f"{c.B} {c.item} অরিজিনাল", "১০০% অরিজিনাল, রশিদসহ, অল্প ব্যবহৃত", {}, USED(c)
    return f"{c.B} {c.item} असली", "बिल्कुल असली (ओरिजिनल), बिल के साथ, 6 महीने इस्तेमाल किया, वारंटी बाकी", {}, USED(c)

@inn("in_tamil_urdu_genuine41", "*", "Tamil 'ஒரிஜினல், பில் உடன்' and Urdu 'بالکل اصلی، رسید کے ساتھ' used genuine goods", PHYS, ["daraz-lk", "daraz-pk"], "ta")
def _(c):
    if c.mk == "daraz-pk": return f"{c.B} {c.item} اصلی", "بالکل اصلی، رسید کے ساتھ، استعمال شدہ", {}, USED(c)
    return f"{c.B} {c.item} ஒரிஜினல்", "ஒரிஜினல், பில் உடன், கொஞ்சம் பயன்படுத்தியது", {}, USED(c)

@inn("in_taglish_legit41", "*", "Taglish 'legit, with resibo, pre-loved'", PHYS, ["shopee-ph", "lazada-ph", "facebook-marketplace-ph"], "tl")
def _(c):
    return f"{c.B} {c.item} legit pre-loved", "100% legit po, with resibo at box. Pre-loved pero maayos pa. Meet-up or ship.", {}, USED(c)

@inn("in_vietnamese_chinh_hang41", "*", "Vietnamese without diacritics 'chinh hang, con bill, da qua su dung'", PHYS, ["shopee-vn", "chotot"], "vi")
def _(c):
    return f"{c.B} {c.item} chinh hang", "Hang chinh hang, con bill mua tai store, da qua su dung, con bao hanh.", {}, USED(c)

@inn("in_swahili_pidgin_genuine41", "", "Swahili 'original kabisa, na risiti' and Pidgin 'na original, tokunbo, no be copy'", PHYS, ["jiji-ke", "kilimall", "jiji-ng"], "sw")
def _(c):
    if c.mk == "jiji-ng": return f"{c.B} {c.item} tokunbo original", "Na original, tokunbo from UK, receipt dey. No be copy.", {}, USED(c)
    return f"{c.B} {c.item} original", "Original kabisa, imetumika kidogo, iko na risiti.", {}, USED(c)

@inn("in_amharic_hausa_genuine41", "*", "Amharic 'ኦሪጅናል ፣ ያገለገለ ፣ ደረሰኝ አለው' and Hausa 'na asali ne, akwai rasit'", PHYS, ["jiji-et", "jiji-ng"], "am")
def _(c):
    if c.mk == "jiji-et": return f"{c.B} {c.item} ኦሪጅናል", "ኦሪጅናል ፣ ያገለገለ ፣ ደረሰኝ አለው", {}, USED(c)
    return f"{c.B} {c.item} na asali", "Na asali ne, an yi amfani da shi kadan, akwai rasit.", {}, USED(c)

@inn("in_polish_czech_genuine41", "*", "Polish 'oryginał, używany, z paragonem' and Czech 'originál, použitý, s účtenkou'", PHYS, ["allegro", "olx-pl", "vinted", "bazos-cz"], "pl")
def _(c):
    if c.mk == "bazos-cz": return f"{c.B} {c.item} originál", "Originál, použitý, s účtenkou z obchodu.", {}, USED(c)
    return f"{c.B} {c.item} oryginał", "Oryginał, używany, z paragonem z salonu.", {}, USED(c)

@inn("in_romanian_ukrainian_genuine41", "*", "Romanian 'original, folosit, cu bon fiscal' and Ukrainian 'оригінал, б/в, з чеком'", PHYS, ["olx-ro", "olx-ua"], "ro")
def _(c):
    if c.mk == "olx-ro": return f"{c.B} {c.item} original", "Original, folosit, cu bon fiscal și cutie.", {}, USED(c)
    return f"{c.B} {c.item} оригінал", "Оригінал, б/в, з чеком і коробкою.", {}, USED(c)

@inn("in_caucasus_kazakh_genuine41", "*", "Georgian 'ორიგინალი, ქვითრით', Armenian 'օրիգինալ, կտրոնով', Kazakh 'түпнұсқа, чегі бар'", PHYS, ["mymarket-ge", "list-am", "kaspi"], "ka")
def _(c):
    if c.mk == "mymarket-ge": return f"{c.B} {c.item} ორიგინალი", "ორიგინალი, ნახმარი, ქვითრით", {}, USED(c)
    if c.mk == "list-am": return f"{c.B} {c.item} օրիգինալ", "Օրիգինալ, օգտագործված, կտրոնով", {}, USED(c)
    return f"{c.B} {c.item} түпнұсқа", "Түпнұсқа, қолданылған, чегі бар.", {}, USED(c)

@inn("in_latam_original_factura41", "", "Spanish 'original, con factura, usado' and Brazilian 'original com nota fiscal, seminovo'", PHYS, ["mercadolibre-mx", "mercadolibre-ar", "mercadolivre-br", "olx-br"], "es")
def _(c):
    if c.mk in ("mercadolivre-br", "olx-br"): return f"{c.B} {c.item} original", "Original com nota fiscal, seminovo, na caixa.", {}, USED(c)
    return f"{c.B} {c.item} original", "Original, con factura, usado, en su caja.", {}, USED(c)

GENUINE_GOODS = sorted(set(IN) - {"in_attr_brand_device_accessory41", "in_authentication_service41", "in_repair_cleaning_service41", "in_engraving_rental_genuine41"})

XB = {"aliexpress", "dhgate", "1688"}
LOCAL = {"facebook-marketplace", "facebook-marketplace-ph", "facebook-marketplace-mm", "olx-pl", "olx-ro", "olx-ua", "olx-kz", "olx-br",
         "bazos-cz", "list-am", "mymarket-ge", "khmer24", "jiji-ng", "jiji-ke", "jiji-tz", "jiji-et", "vinted", "avito", "chotot",
         "whatsapp-catalog-in", "whatsapp-catalog-ng", "carousell", "xianyu", "mercari-jp"}
LANG_BY_MK = {"daraz-pk": "ur", "bazos-cz": "cs", "aukro": "cs", "olx-ua": "uk", "prom-ua": "uk", "list-am": "hy", "kaspi": "kk",
              "olx-kz": "kk", "facebook-marketplace-mm": "my", "mercadolivre-br": "pt", "olx-br": "pt", "daraz-bd": "bn",
              "khmer24": "km", "flipkart": "hi", "meesho": "hi", "amazon-in": "hi", "whatsapp-catalog-in": "hi", "daraz-lk": "ta",
              "olx-ro": "ro", "mymarket-ge": "ka", "jiji-et": "am", "telegram-ua": "ru", "telegram-ru": "ru"}

def rowlang(lang, mk, desc):
    if "Kwafi mai" in desc or "Na asali ne" in desc: return "ha"
    if lang == "sw" and mk == "jiji-ng": return "pcm"
    if lang in ("ta", "ka", "pl", "ro", "hi", "km", "es"): return LANG_BY_MK.get(mk, lang)
    return lang

def hexid(r, n=14): return "".join(r.choice("0123456789abcdef") for _ in range(n))

def main():
    ap = argparse.ArgumentParser(); ap.add_argument("--seed", type=int, default=41); ap.add_argument("--out", default="set.jsonl"); ap.add_argument("--classes", default="classes.md")
    a = ap.parse_args(); r = random.Random(a.seed)
    assert len(CF) == 50 and len(IN) == 30, (len(CF), len(IN))
    rows, table, cur_i = [], [], 0
    order = ALL[:]; r.shuffle(order)
    def make(name, spec, kind, n):
        nonlocal cur_i
        star, tactic, brands, markets, lang, fn = spec
        ex = None
        for i in range(n):
            if len(brands) > 30:
                while order[cur_i % len(order)] not in brands: cur_i += 1
                bid = order[cur_i % len(order)]; cur_i += 1
            else:
                bid = brands[i % len(brands)] if i < len(brands) else r.choice(brands)
            mk = markets[i % len(markets)]
            c = C(bid, mk, r)
            title, desc, attrs, usd = fn(c)
            cn = mk in XB or (kind == "counterfeit" and mk not in LOCAL and r.random() < 0.3)
            country = MARKETS[mk][0]
            ship = "CN" if cn else country
            lid = hexid(r)
            row = {"marketplace": mk, "listing_id": lid, "url": f"https://{mk}.example/item/{lid}", "title": title[:1000],
                   "description": desc + ("\nShips from China." if cn and "China" not in desc else ""),
                   "seller": {"id": r.choice(["shop", "store", "deals", "best", "plug", "mart"]) + "_" + hexid(r, 6), "name": "", "country": ship},
                   "category": c.cat, "ship_from": ship, "observed_at": f"2026-12-0{r.choice([3, 4])}T{r.randint(0, 23):02d}:{r.randint(0, 59):02d}:00Z",
                   "attributes": attrs}
            if usd is not None and not (name == "c_instagram_dm_price41" and i % 2 == 0):
                row["price"] = {"amount": loc(usd, c.cur), "currency": c.cur}
            row["_label"] = {"kind": kind, "brand": bid, "class": name, "tactic": tactic, "lang": rowlang(lang, mk, desc), "also": []}
            rows.append(row)
            if ex is None: ex = f"{title} ({bid})"
        table.append(f"| {name} | {star} | {kind} | {n} | {tactic} | {ex.replace('|', '/')} |")
    for name, spec in CF.items(): make(name, spec, "counterfeit", 13)
    for name, spec in IN.items(): make(name, spec, "innocent", 12)
    r.shuffle(rows)
    with open(a.out, "w", encoding="utf-8") as f:
        for row in rows: f.write(json.dumps(row, ensure_ascii=False, sort_keys=True) + "\n")
    with open(a.classes, "w", encoding="utf-8") as f:
        f.write("# outsider41 classes\n\n`*`: a newer family (no earlier outsider class name has it, by my greps; doubts in README.md). Example: one row's title (brand).\n\n")
        f.write("| class | * | kind | n | tactic | example |\n|---|---|---|---|---|---|\n" + "\n".join(table) + "\n")

if __name__ == "__main__":
    main()
