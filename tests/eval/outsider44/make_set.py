#!/usr/bin/env python3
"""outsider44 generator: python3 make_set.py --seed 44 --out set.jsonl --classes classes.md (stdlib only, deterministic)."""
import argparse, json, random, unicodedata
from data import BRANDS, MARKETS, SOCIAL, RATES, WHOLE, GENERIC, LOGO_WORDS, GEO, ARM

ALLM = {**MARKETS, **SOCIAL}
B = {b[0]: b for b in BRANDS}
C2C = [b for b in BRANDS if b[4] in {"sneakers","jeans","handbags","scarves","headphones","phones","earbuds","cameras","skincare",
       "action figures","building sets","dolls","model kits","consoles","hair care","electric toothbrushes","jackets","parkas",
       "golf clubs","badminton rackets","tennis rackets","watches","jewelry","charms","shavers","power tools"}]
LOW = [b for b in BRANDS if b[5] <= 500]
DURABLE = [b for b in BRANDS if b[4] in {"watches","handbags","jewelry","headphones","earbuds","phones","cameras","consoles","sneakers",
       "hair care","power tools","shavers","jackets","parkas","golf clubs","tennis rackets","badminton rackets","electric toothbrushes","charms","scarves","jeans"}]
KIDS = [B[k] for k in ("nike","adidas","puma","lego","mattel","bandai","hasbro","nintendo","the-north-face","canada-goose","levis")]
COMPAT = [b for b in BRANDS if b[4] in {"phones","earbuds","headphones","auto parts","razor blades","consoles","building sets","tires","motor oil","electric toothbrushes","hair care","power tools","shavers","medical devices","cameras","action figures","model kits"}]
VINTAGE = [b for b in BRANDS if b[4] in {"watches","handbags","jeans","sneakers","jackets","parkas","scarves","jewelry","cameras","action figures","dolls","building sets","model kits","tennis rackets","golf clubs","headphones"}]
def acc_for(b):
    c = b[4]
    if c in {"watches"}: return ["replacement strap", "watch roll case", "display stand"]
    if c in {"handbags","scarves","jewelry","charms"}: return ["bag organiser insert", "storage box", "display stand"]
    if c in {"sneakers","jeans","jackets","parkas"}: return ["shoe/garment storage box", "cleaning kit", "crease protectors"]
    return ["protective case", "storage box", "screen protector", "carry pouch"]

EVERYDAY = {"apple":("Apple","apple crate, vintage wooden","home decor"),"puma":("Puma","puma plush toy, 30 cm, zoo shop","toys"),
 "coach":("Coach","coach trip voucher Edinburgh","travel"),"shell":("Shell","shell necklace, real cowrie","jewelry"),
 "mars":("Mars","Mars rover model kit 1:24","model kits"),"omega":("Omega","Omega-3 fish oil 120 caps","supplements"),
 "samsung":("Galaxy","galaxy projector night light","home decor"),"nintendo":("Switch","light switch cover, brass","home improvement"),
 "microsoft":("Office","office chair, mesh, ergonomic","furniture"),"pandora":("Pandora","Pandora's box jewellery box, wood","home decor"),
 "canada-goose":("Canada goose","canada goose decoys (6)","hunting"),"bose":("博士","博士 thesis binding service","services")}


def money(rng, usd, cur):
    v = usd * RATES[cur]
    if cur in WHOLE:
        v = int(float(f"{v:.3g}")) or 1
    else:
        v = float(f"{v:.3g}")
    return v


def copy_usd(rng, lp):
    if lp >= 2000: f = rng.uniform(.03, .08)
    elif lp >= 300: f = rng.uniform(.06, .20)
    elif lp >= 30: f = rng.uniform(.15, .35)
    else: f = rng.uniform(.25, .45)
    return lp * f


ONES = "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split()
TENS = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()
def words(n):
    if n < 20: return ONES[n]
    if n < 100: return TENS[n // 10] + ("-" + ONES[n % 10] if n % 10 else "")
    if n < 1000: return ONES[n // 100] + " hundred" + (" and " + words(n % 100) if n % 100 else "")
    return words(n // 1000) + " thousand" + (" " + words(n % 1000) if n % 1000 else "")


def translit(s, table):
    s = unicodedata.normalize("NFKD", s.lower())
    return "".join(table.get(c, c if c in " -&'" else "") for c in s).strip()

# ------------------------------------------------------------------ classes
# each: (name, kind, star, tactic, lang, brand pool, markets, price rule, builder(rng, b) -> (title, desc, extra dict))
CL = []
def cls(name, kind, star, tactic, lang, pool, markets, price):
    def deco(f):
        CL.append(dict(name=name, kind=kind, star=star, tactic=tactic, lang=lang, pool=pool, markets=markets, price=price, f=f)); return f
    return deco

R = rng_global = None
def pick(rng, xs): return rng.choice(xs)

# ======== Half A: the counterfeiter who read the README (counterfeit)
@cls("c_no_rate_currency_irr44","counterfeit","*","price in Iranian rials (a currency the docs say is not judged: 'no rate for IRR') on Divar/Sheypoor, Persian 'کپی' copy wording","fa",BRANDS,["divar","sheypoor"],"copy")
def _(rng, b):
    return (f"{b[1]} {b[2]} کپی درجه یک", f"{b[1]} {b[2]} ({b[3]}) — کپی درجه یک (مستر کپی)، اصل نیست. کیفیت عالی، بسته‌بندی کامل. ارسال به همه شهرها، پرداخت درب منزل.", {})

@cls("c_rare_script_mark44","counterfeit","*","the mark transliterated into Georgian or Armenian script (scripts the docs do not list), 'copy' in that language","ka/hy",BRANDS,["myhome-ge","list-am"],"copy")
def _(rng, b):
    if rng.random() < .5:
        g = translit(b[1], GEO)
        return (f"{g} {GENERIC[b[0]]} — ასლი", f"{g} ({b[3]}). ზუსტი ასლი, არა ორიგინალი. მიწოდება თბილისში.", {"_market": "myhome-ge", "_lang": "ka"})
    a = translit(b[1], ARM)
    return (f"{a} {GENERIC[b[0]]} — կրկնօրինակ", f"{a} ({b[3]}). Ճշգրիտ կրկնօրինակ, օրիգինալ չէ։ Առաքում Երևանում։", {"_market": "list-am", "_lang": "hy"})

RI = {c: chr(0x1F1E6 + i) for i, c in enumerate("abcdefghijklmnopqrstuvwxyz")}
@cls("c_regional_indicator_mark44","counterfeit","*","the mark spelt in regional-indicator letters (flag emoji pieces, 🇷🇴🇱🇪🇽), the copy stated in words","en",BRANDS,["instagram-shop","tiktok-shop","dhgate","wish"],"copy")
def _(rng, b):
    m = "\u200b".join(RI[c] for c in b[1].lower() if c in RI)
    return (f"{m} {GENERIC[b[0]]} 🔥 copy", f"{m} {GENERIC[b[0]]} — our copy of the {b[3]}, not original, same look. DM to order.", {})

@cls("c_combining_overlay_mark44","counterfeit","*","the mark overlaid with combining marks (enclosing circle U+20DD, low line U+0332, overline U+0305) letter by letter","en",BRANDS,["etsy","shopify-store","facebook-marketplace","temu"],"copy")
def _(rng, b):
    mk = pick(rng, ["\u20dd", "\u0332", "\u0305"])
    m = "".join(c + mk if c.strip() else c for c in b[1])
    return (f"{m} {GENERIC[b[0]]} – copy version", f"{m} {GENERIC[b[0]]}, model {b[3]}. Copy version, not the original brand product. Fast shipping.", {})

@cls("c_letters_across_blank_lines44","counterfeit","*","the mark written one letter per line with blank lines between (the docs: a run of letters across a blank line is not read), the copy stated","en",BRANDS,["ebay","facebook-marketplace","depop","wish"],"copy")
def _(rng, b):
    letters = "\n\n".join(c.upper() for c in b[1] if c.isalnum())
    return (f"{GENERIC[b[0]].capitalize()} – premium copy, brand below", f"Brand:\n\n{letters}\n\nModel {b[3]}. Premium copy, not original. Same box and tags.", {})

FILLER = ("Shipping: we ship within 24 hours on business days from our warehouse. Tracking number is uploaded automatically. Delivery time depends on your country and customs, usually 7-15 working days. "
          "Returns: if you are not satisfied, contact us before leaving feedback; we answer within 12 hours and always find a solution. Please check your size before ordering, the size chart is in the photos. "
          "Payment: all major cards accepted. Combined shipping for multiple items. Customs duties are the buyer's responsibility. Colours may differ slightly because of monitor settings. ")
@cls("c_long_padding_tail44","counterfeit","*","a generic title and ~5,000 characters of shipping and returns boilerplate, the mark and the copy stated only at the very end","en",BRANDS,["ebay","aliexpress","dhgate","walmart"],"copy")
def _(rng, b):
    return (f"{GENERIC[b[0]].capitalize()} – high quality, fast shipping", FILLER * 10 + f"\n\nItem: {b[1]} {b[2]} {b[3]}. Note: this is a copy, not an original {b[1]} product.", {})

@cls("c_placeholder_price_copy44","counterfeit","*","a placeholder price far above retail in the price field ('price not real, ask in chat'), the copy stated, the real price in the text","en",BRANDS,["aliexpress","dhgate","shopify-store","lazada"],"placeholder")
def _(rng, b):
    return (f"{b[1]} {b[2]} {b[3]} – ask price", f"Price shown is not real, message us for today's price (around USD {copy_usd(rng, b[5]):.0f}). Copy, not original {b[1]}, same packaging.", {})

@cls("c_auction_start_copy44","counterfeit","","an auction starting at 1 with no reserve (the price field is not a unit price), the copy stated in plain words","en",BRANDS,["ebay","ebay","allegro","mercadolibre"],"auction")
def _(rng, b):
    return (f"{b[1]} {b[2]} – auction from 1, no reserve", f"Starting bid 1, no reserve. {b[1]} {b[2]} ({b[3]}). Not genuine: a lookalike copy made in Guangzhou. Highest bidder wins.", {})

@cls("c_deposit_only_copy44","counterfeit","","the price field is a small deposit ('balance on delivery'), the copy stated","en",BRANDS,["facebook-marketplace","instagram-shop","jumia","noon"],"deposit")
def _(rng, b):
    return (f"{b[1]} {b[2]} – deposit to reserve", f"Price is the deposit only, balance paid on delivery. {b[1]} {b[3]}: copy, not from {b[1]}, top quality.", {})

@cls("c_above_floor_copy_price44","counterfeit","","a copy priced at 60-90 % of retail (above the registry's floors), the copy stated as 'not made by the brand'","en",LOW,["ebay","shopify-store","etsy","amazon-us"],"highcopy")
def _(rng, b):
    return (f"{b[1]} {b[2]} {b[3]} premium version", f"Premium version of the {b[1]} {b[2]}, made by our own factory, not made by {b[1]}. Materials as the original. Price reflects quality.", {})

@cls("c_build_service_frame44","counterfeit","*","framed as a 'build / restoration service' while a complete copy is delivered ('not genuine, built from aftermarket parts')","en",DURABLE,["etsy","ebay","shopify-store","facebook-marketplace"],"copy")
def _(rng, b):
    return (f"Build service: {b[1]} {b[2]} {b[3]}", f"Custom build service. You receive a complete {b[1]} {b[2]} ({b[3]}) built from aftermarket parts with all logos. Not genuine, for collectors who want the look.", {})

@cls("c_used_condition_copy44","counterfeit","","'used, good condition' wording (the condition scale) on a copy, the copy stated","en",DURABLE,["ebay","mercadolibre","bol","allegro"],"copy")
def _(rng, b):
    return (f"{b[1]} {b[2]} used, good condition", f"Used a few times, good condition. {b[1]} {b[3]}. It is a copy (not original), hence the price.", {})

@cls("c_personalised_copy44","counterfeit","","'personalised / engraved with your name' on a copy (the docs judge personalised goods against half the floor)","en",DURABLE,["etsy","shopify-store","ebay","temu"],"copy")
def _(rng, b):
    return (f"Personalised {b[1]} {b[2]} – engraved with your name", f"We engrave your name or date. {b[1]} {b[2]} ({b[3]}), replica version, not authentic. Gift box included.", {})

@cls("c_accessory_frame_copy44","counterfeit","","an accessory frame ('case / strap / box for {mark}') with the copied goods themselves inside","en",DURABLE,["amazon-us","aliexpress","temu","walmart"],"copy")
def _(rng, b):
    acc = pick(rng, acc_for(b))
    return (f"{acc.capitalize()} for {b[1]} {b[2]} + {b[2]} included", f"Set: {acc} for {b[1]} {b[2]}, and the {b[2]} itself (clone, not original {b[1]}) included in the set.", {})

@cls("c_compatible_logo_copy44","counterfeit","","'compatible with {mark}' on goods printed with the mark and logo ('looks identical to original')","en",COMPAT,["amazon-us","aliexpress","temu","wish"],"copy")
def _(rng, b):
    return (f"Compatible with {b[1]} – {GENERIC[b[0]]} {b[3]}", f"Compatible with {b[1]}. Printed with the {b[1]} logo and model {b[3]} on the product and box, looks identical to the original. Not an original {b[1]} product.", {})

AUTH = {}
@cls("c_authorized_seller_name44","counterfeit","*","the seller's display name copies the brand's authorized store name (different seller id, other marketplace), the copy admitted in the text","en",BRANDS,["ebay","aliexpress","shopify-store","facebook-marketplace"],"copy")
def _(rng, b):
    return (f"{b[1]} {b[2]} {b[3]}", f"Factory surplus, copy of the {b[1]} {b[2]}. Not from {b[1]}. Same materials.", {"_seller_name": f"{b[1]} Official Store"})

@cls("c_everyday_mark_other_category44","counterfeit","","a copy whose mark is an everyday word (Apple, Puma, Coach, Shell, Mars, Omega, Galaxy, Switch, Office...) filed under an unrelated category","en",[B[k] for k in EVERYDAY],["ebay","etsy","mercadolibre","lazada"],"copy")
def _(rng, b):
    return (f"{b[1]} {b[2]} 1:1", f"{b[1]} {b[2]} ({b[3]}), one to one copy, not original.", {"_category": pick(rng, ["home & garden", "other", "gifts", "collectibles"])})

@cls("c_logo_in_words44","counterfeit","*","no mark: the brand's logo or look described in plain words ('with the tick logo', 'five-point crown on the dial'), the copy stated","en",[B[k] for k in LOGO_WORDS],["instagram-shop","dhgate","facebook-marketplace","depop"],"copy")
def _(rng, b):
    return (f"{GENERIC[b[0]].capitalize()} with {LOGO_WORDS[b[0]]}", f"{GENERIC[b[0]].capitalize()} with {LOGO_WORDS[b[0]]}, exactly like the famous one. Copy, not the real brand. Model {b[3]}.", {})

@cls("c_negated_brand_with_logo44","counterfeit","","the brand named aside in a negation ('not {mark}, obviously') while the goods carry its logo and text","en",BRANDS,["depop","ebay","facebook-marketplace","mercari-us"],"copy")
def _(rng, b):
    return (f"{GENERIC[b[0]].capitalize()} (not {b[1]} obviously 😉)", f"Not a {b[1]} at this price, obviously, but it has the {b[1]} logo and all the markings, model {b[3]}. Nobody can tell.", {})

EUPH = ["doppelgänger edition", "shadow-factory piece", "twin-mould version", "parallel-factory piece", "sister-line copy", "studio-made lookalike"]
@cls("c_euphemism_unlisted44","counterfeit","","fresh euphemisms for a copy outside the common lexicon ('doppelgänger edition', 'twin-mould version'), explained as not made by the brand","en",BRANDS,["ebay","shopify-store","instagram-shop","flipkart"],"copy")
def _(rng, b):
    e = pick(rng, EUPH)
    return (f"{b[1]} {b[2]} – {e}", f"{b[1]} {b[2]} {b[3]}, {e}: not made by {b[1]}, but you cannot tell them apart.", {})

@cls("c_image_filename_only44","counterfeit","*","a generic title and text; the mark and 'clone' only in the image file names","en",BRANDS,["aliexpress","dhgate","wish","temu"],"copy")
def _(rng, b):
    slug = b[1].lower().replace(" ", "-").replace("'", "").replace("é", "e")
    return (f"{GENERIC[b[0]].capitalize()}, as in the photos", "Exactly as in the photos, see the logo. Copy of the famous model, not original.", {"_images": [f"https://img.example/{slug}-{b[3].lower().replace(' ', '-')}-clone-{i}.jpg" for i in (1, 2)]})

@cls("c_model_number_brand_hidden44","counterfeit","","the brand withheld 'because of the filters', the registered model number and a copy statement left in","en",BRANDS,["facebook-marketplace","instagram-shop","telegram-channel","whatsapp-catalogue"],"copy")
def _(rng, b):
    return (f"{b[3]} {GENERIC[b[0]]} – brand in DM", f"Can't write the brand here because of the filters, you know which one. Ref {b[3]}, copy, not original.", {})

@cls("c_grey_import_claim_copy44","counterfeit","","'grey import / parallel import, no warranty' framing on goods the text admits are factory replicas","en",BRANDS,["ebay","lazada","flipkart","noon"],"copy")
def _(rng, b):
    return (f"{b[1]} {b[2]} grey import, no warranty", f"Parallel import, no official warranty. {b[1]} {b[3]}. Factory replica (not produced by {b[1]}).", {})

@cls("c_wholesale_unit_copy44","counterfeit","","wholesale per-unit price with an MOQ, the copy stated","en",BRANDS,["dhgate","aliexpress","alibaba-like" if False else "dhgate","temu"],"wholesale")
def _(rng, b):
    return (f"{b[1]} {b[2]} wholesale, MOQ 50", f"Price per piece, minimum order 50 pieces. {b[1]} {b[3]}, fake brand goods with logo, mixed sizes/colours.", {})

@cls("c_price_in_words_no_field44","counterfeit","","no price field; the price written in words in the description, the copy stated","en",BRANDS,["facebook-marketplace","instagram-shop","etsy","ebay"],"none")
def _(rng, b):
    return (f"{b[1]} {b[2]} {b[3]}", f"Only {words(round(copy_usd(rng, b[5])) or 1)} dollars, shipped. Copy of {b[1]}, not authentic.", {})

# ======== Half A innocent twins
@cls("in_irr_currency_genuine44","innocent","","genuine goods in Iranian rials on Divar/Sheypoor, 'اصل' (original) with invoice, at a fair price","fa",BRANDS,["divar","sheypoor"],"fair")
def _(rng, b):
    return (f"{b[1]} {b[2]} اصل با فاکتور", f"{b[1]} {b[2]} ({b[3]}) اصل، با فاکتور خرید و گارانتی. نو و پلمپ.", {})

@cls("in_rare_script_genuine44","innocent","","genuine goods with the mark in Georgian or Armenian script, 'original' in that language, fair price","ka/hy",BRANDS,["myhome-ge","list-am"],"fair")
def _(rng, b):
    if rng.random() < .5:
        g = translit(b[1], GEO)
        return (f"{g} {GENERIC[b[0]]} — ორიგინალი", f"{g} ({b[3]}), ორიგინალი, ქვითრით. ახალი.", {"_market": "myhome-ge", "_lang": "ka"})
    a = translit(b[1], ARM)
    return (f"{a} {GENERIC[b[0]]} — օրիգինալ", f"{a} ({b[3]}), օրիգինալ, կտրոնով։ Նոր։", {"_market": "list-am", "_lang": "hy"})

@cls("in_flag_emoji_genuine44","innocent","","genuine goods with flag emoji of origin or shipping (🇩🇪 🇯🇵 🇺🇸) beside the plain mark, fair price","en",BRANDS,["ebay","instagram-shop","amazon-de","rakuten"],"fair")
def _(rng, b):
    f = pick(rng, ["🇩🇪", "🇯🇵", "🇺🇸", "🇫🇷", "🇮🇹", "🇬🇧"])
    return (f"{f} {b[1]} {b[2]} – new, from {f} store", f"{b[1]} {b[2]} ({b[3]}), bought new at an authorised store {f}, receipt included. Ships {f} → worldwide.", {})

@cls("in_stylised_text_genuine44","innocent","","genuine shop listings that style words with combining underline or enclosing marks (N̲E̲W̲ A̲R̲R̲I̲V̲A̲L̲), the mark plain","en",BRANDS,["etsy","shopify-store","instagram-shop","ebay"],"fair")
def _(rng, b):
    s = "".join(c + "\u0332" if c.strip() else c for c in "NEW ARRIVAL")
    return (f"{s} {b[1]} {b[2]}", f"{s}: {b[1]} {b[2]}, model {b[3]}. Authorised retailer, full warranty, invoice included.", {})

@cls("in_one_word_per_line_genuine44","innocent","","genuine listings laid out one letter or word per line with blank lines (S / A / L / E), the mark plain","en",BRANDS,["ebay","facebook-marketplace","depop","mercari-us"],"fair")
def _(rng, b):
    return (f"{b[1]} {b[2]} – sale", "S\n\nA\n\nL\n\nE\n\n" + f"{b[1]} {b[2]} ({b[3]}), genuine, bought at the official store, receipt included.", {})

@cls("in_long_policy_genuine44","innocent","","genuine listings with ~5,000 characters of policy text including 'we never sell replicas, fakes or copies'","en",BRANDS,["ebay","walmart","amazon-us","bol"],"fair")
def _(rng, b):
    return (f"{b[1]} {b[2]} {b[3]} – new", f"{b[1]} {b[2]} ({b[3]}), brand new, sealed. " + FILLER * 10 + "\n\nAuthenticity: we are an authorised reseller and never sell replicas, fakes or copies.", {})

@cls("in_price_on_request_genuine44","innocent","","genuine dealers' 'price on request' listings with a placeholder price far above retail","en",BRANDS,["shopify-store","ebay","rakuten","amazon-de"],"placeholder")
def _(rng, b):
    return (f"{b[1]} {b[2]} {b[3]} – price on request", f"Price on request; the price field is a placeholder. Genuine {b[1]} {b[2]}, full set, dealer warranty.", {})

@cls("in_auction_genuine44","innocent","","auctions of genuine used goods starting at 1, no reserve","en",BRANDS,["ebay","allegro","mercadolibre","ebay"],"auction")
def _(rng, b):
    return (f"{b[1]} {b[2]} – no reserve auction", f"Starting at 1, no reserve. Genuine {b[1]} {b[2]} ({b[3]}), used, with original receipt. Good luck!", {})

@cls("in_preorder_deposit_genuine44","innocent","","pre-order deposits on genuine goods ('deposit, balance on arrival')","en",BRANDS,["facebook-marketplace","instagram-shop","noon","lazada"],"deposit")
def _(rng, b):
    return (f"Pre-order {b[1]} {b[2]} – deposit", f"Deposit to reserve the genuine {b[1]} {b[2]} ({b[3]}), from the authorised distributor; balance on arrival.", {})

@cls("in_repair_service44","innocent","","repair and servicing of customers' own genuine goods (a service, not the goods)","en",DURABLE,["etsy","ebay","shopify-store","facebook-marketplace"],"service")
def _(rng, b):
    return (f"Repair service for {b[1]} {b[2]}", f"We repair and service your own {b[1]} {b[2]}: send it in, quote in 48 h, 6-month warranty on the work. We do not sell {b[1]} products.", {})

@cls("in_engraving_genuine44","innocent","","genuine goods personalised by an engraving shop, with the brand's receipt","en",DURABLE,["etsy","shopify-store","ebay","amazon-us"],"fair")
def _(rng, b):
    return (f"Personalised genuine {b[1]} {b[2]} – engraved", f"Genuine {b[1]} {b[2]} ({b[3]}), bought new from an authorised retailer, engraved with your name by our workshop. Receipt included.", {})

@cls("in_accessory_for_brand44","innocent","","third-party accessories for the brand's goods ('case for', 'strap for'), no logo, own brand","en",DURABLE,["amazon-us","aliexpress","temu","walmart"],"acc")
def _(rng, b):
    acc = pick(rng, acc_for(b))
    return (f"{acc.capitalize()} for {b[1]} {b[2]}", f"Our own-brand {acc} for the {b[1]} {b[2]}. No logos; {b[1]} not included.", {})

@cls("in_authorized_seller_genuine44","innocent","","the authorized store's own listings (registered seller id and marketplace), at retail","en",BRANDS,["tmall","amazon-us"],"fair")
def _(rng, b):
    return (f"{b[1]} {b[2]} {b[3]}", f"Official {b[1]} store. {b[2]}, new, full warranty.", {"_auth": True})

@cls("in_everyday_word_sense44","innocent","","everyday senses of marks that are words (apple crate, puma plush, coach trip, shell necklace, Omega-3)","en",[B[k] for k in EVERYDAY],["etsy","ebay","amazon-us","walmart"],"every")
def _(rng, b):
    w, t, cat = EVERYDAY[b[0]]
    return (t.capitalize(), f"{t.capitalize()}. New, fast shipping.", {"_category": cat})

@cls("in_homage_no_mark44","innocent","","own-brand lookalikes with no marks and the brand named only to say so ('no {mark} logos')","en",BRANDS,["amazon-us","etsy","aliexpress","ebay"],"homage")
def _(rng, b):
    return (f"Own-brand {GENERIC[b[0]]}, {b[1]}-inspired style", f"Our own brand. Style inspired by the {b[1]} {b[2]}, but no {b[1]} logos or names anywhere, and not sold as {b[1]}.", {})

# ======== Half B: second-hand and social commerce (counterfeit)
@cls("c_vinted_pas_authentique44","counterfeit","","Vinted/Leboncoin in French: 'pas authentique / copie', 'jamais porté', 'très bon état'","fr",C2C,["vinted-fr","leboncoin"],"copyc2c")
def _(rng, b):
    return (f"{b[1]} {b[2]} – copie, très bon état", f"{b[1]} {b[2]} ({b[3]}). Pas authentique, c'est une copie, d'où le prix. Porté 2 fois, très bon état. Envoi Mondial Relay ou remise en main propre.", {})

@cls("c_vinted_kein_original44","counterfeit","","Vinted DE/Kleinanzeigen/willhaben in German: 'kein Original, Fake, daher der Preis', VB, nur Abholung","de",C2C,["vinted-de","kleinanzeigen","willhaben"],"copyc2c")
def _(rng, b):
    return (f"{b[1]} {b[2]} (kein Original) VB", f"Verkaufe {b[1]} {b[2]}. Ist kein Original, Fake/Nachbau, daher der Preis. Kaum getragen. VB, nur Abholung oder Versand gegen Aufpreis. Privatverkauf, keine Rücknahme.", {})

@cls("c_depop_not_auth_hashtags44","counterfeit","","Depop: 'not auth hence price', y2k/vintage hashtags, 'rep' in passing","en",C2C,["depop","depop-us"],"copyc2c")
def _(rng, b):
    return (f"{b[1]} {b[2]} y2k", f"not auth hence the price!! rep {b[1]} {b[2]}, fits true to size, worn once 🖤 no returns\n#y2k #vintage #{b[1].lower().replace(' ', '')} #streetwear", {})

@cls("c_poshmark_nwt_not_auth44","counterfeit","","Poshmark: 'NWT', 'no trades', 'price reflects, not authentic', 'bundle to save'","en",C2C,["poshmark","mercari-us"],"copyc2c")
def _(rng, b):
    return (f"NWT {b[1]} {b[2]}", f"NWT. Not authentic, price reflects. Gorgeous {b[1]} {b[2]} look. No trades, offers welcome, bundle 2+ to save 15%. Smoke-free home.", {})

@cls("c_mercari_jp_copy44","counterfeit","","Mercari JP/Rakuma in Japanese: 'コピー品', '正規品ではありません', '未使用に近い', '箱なし'","ja",C2C,["mercari-jp","rakuma"],"copyc2c")
def _(rng, b):
    return (f"{b[7]} {b[2]} コピー品 未使用に近い", f"{b[7]}の{b[2]}（{b[3]}）です。正規品ではありません、コピー品です。未使用に近い状態。箱なし。ノークレームノーリターンでお願いします。", {})

@cls("c_xianyu_95xin_fuke44","counterfeit","","Xianyu/Zhuanzhuan: '95新', '顶级复刻', '非专柜', '懂的来', prices in CNY","zh",C2C,["xianyu","zhuanzhuan"],"copyc2c")
def _(rng, b):
    return (f"{b[6]} {b[2]} 95新 顶级复刻", f"{b[6]} {b[3]}，95新，顶级复刻版，非专柜正品，懂的来。不退不换，包邮。", {})

@cls("c_xianyu_putian_gongsiji44","counterfeit","","Xianyu: sneaker and bag copy trade words (莆田, 纯原, 公司级, 外贸尾单) with 9成新","zh",C2C,["xianyu","zhuanzhuan"],"copyc2c")
def _(rng, b):
    return (f"{b[6]} {b[3]} 莆田纯原 公司级 9成新", f"莆田纯原公司级，{b[6]} {b[2]}，9成新，用过一次。外贸尾单，不是正品，介意勿拍。", {})

@cls("c_carousell_mirror_k_price44","counterfeit","","Carousell: 'mirror grade, not auth', prices like '1.2k', meet-up at MRT / deal at MTR","en",C2C,["carousell-sg","carousell-hk","carousell-my","carousell-ph"],"copyc2c")
def _(rng, b):
    return (f"{b[1]} {b[2]} mirror grade", f"Mirror grade {b[1]} {b[2]}, NOT auth. Condition 9/10. Price firm, no lowballers. Meet-up at MRT or mailing +$5. Price listed is final (was 1.2k for auth lol).", {})

@cls("c_avito_lux_kopiya44","counterfeit","","Avito/Telegram in Russian: 'люкс копия', 'реплика', 'б/у', 'торг'","ru",C2C,["avito","olx-ua"],"copyc2c")
def _(rng, b):
    return (f"{b[1]} {b[2]} люкс копия", f"Продаю {b[1]} {b[2]} ({b[3]}), люкс копия (реплика, не оригинал). Б/у, состояние отличное. Торг уместен, отправлю почтой или СДЭК.", {})

@cls("c_olx_br_primeira_linha44","counterfeit","","OLX Brasil in Portuguese: 'réplica primeira linha', 'usado 2x', 'aceito pix'","pt",C2C,["olx-br"],"copyc2c")
def _(rng, b):
    return (f"{b[1]} {b[2]} réplica primeira linha", f"{b[1]} {b[2]} réplica primeira linha, não é original. Usado 2x, perfeito estado. Aceito pix, entrego no metrô.", {})

@cls("c_olx_pl_podrobka44","counterfeit","","OLX/Vinted PL in Polish: 'podróbka / replika, nie oryginał', 'stan bardzo dobry'","pl",C2C,["olx-pl","vinted-pl"],"copyc2c")
def _(rng, b):
    return (f"{b[1]} {b[2]} replika", f"{b[1]} {b[2]} – replika, nie oryginał (podróbka). Stan bardzo dobry, używane kilka razy. Wysyłka OLX lub odbiór osobisty.", {})

@cls("c_wallapop_replica_es44","counterfeit","","Wallapop/Mercado Libre AR in Spanish: 'réplica AAA, no es original', 'nuevo con etiquetas', 'envío'","es",C2C,["wallapop","mercadolibre-ar"],"copyc2c")
def _(rng, b):
    return (f"{b[1]} {b[2]} réplica", f"{b[1]} {b[2]}, réplica calidad AAA, no es original. Nuevo con etiquetas, talla equivocada. Hago envíos.", {})

@cls("c_fb_marketplace_dm_catalogue44","counterfeit","","Facebook Marketplace: 'DM for more styles', catalogue on IG, 'comes in factory box', copy stated","en",C2C,["facebook-marketplace","facebook-marketplace-ph"],"copyc2c")
def _(rng, b):
    return (f"{b[1]} {b[2]} – DM for more styles", f"{b[1]} {b[2]} comes with factory box. These are copies (not original) but top quality. DM for more styles, catalogue on my IG. Pick up or shipping.", {})

@cls("c_instagram_drop44","counterfeit","","Instagram shop catalogue: 'new drop 🔥', 'DM to order', 'worldwide shipping', '1:1 batch'","en",C2C,["instagram-shop"],"copyc2c")
def _(rng, b):
    return (f"NEW DROP 🔥 {b[1]} {b[2]}", f"New drop 🔥 {b[1]} {b[2]} 1:1 batch, not retail. DM to order 📩 worldwide shipping ✈️ #{b[1].lower().replace(' ', '')}", {})

@cls("c_telegram_yupoo_channel44","counterfeit","*","Telegram channel posts: Yupoo album code, 'replica', 'пиши в личку', prices in RUB or USD","ru",C2C,["telegram-channel"],"copyc2c")
def _(rng, b):
    return (f"{b[1]} {b[2]} — альбом на Yupoo", f"{b[1]} {b[2]} ({b[3]}), реплика топ-качества. Альбом Yupoo: код {rng.randint(1000,9999)}. Пиши в личку @{rng.choice(['lux','rep','top'])}_store, доставка СДЭК.", {})

@cls("c_whatsapp_first_copy_7a44","counterfeit","","WhatsApp Business / OLX India catalogue: 'first copy', 'master copy', '7A quality', COD","en",C2C,["whatsapp-catalogue","olx-in"],"copyc2c")
def _(rng, b):
    return (f"{b[1]} {b[2]} first copy 7A", f"{b[1]} {b[2]} master copy, 7A quality, same as original. COD available all India. WhatsApp for catalogue.", {})

@cls("c_live_replay_link_number44","counterfeit","*","live-stream replays: 'link 7 in the replay', '1:1 same factory', 'slots left', Douyin/TikTok Shop","zh/en",C2C,["douyin-live","tiktok-shop"],"copyc2c")
def _(rng, b):
    n = rng.randint(2, 30)
    if rng.random() < .5:
        return (f"直播回放 {n}号链接 {b[6]} {b[2]}", f"直播回放：{n}号链接 {b[6]} {b[3]} 1:1 同厂版本，非正品，库存不多，拍下备注直播间。", {"_lang": "zh", "_market": "douyin-live"})
    return (f"Live replay – link #{n}: {b[1]} {b[2]}", f"From last night's live: link #{n} {b[1]} {b[3]} 1:1 same-factory version, not retail. Only a few slots left, comment 'sold' with your size.", {"_lang": "en", "_market": "tiktok-shop"})

@cls("c_group_buy_clone_slots44","counterfeit","*","group buys (GB) for copies: 'GB slots open, MOQ 20, closes Friday', copy factory named","en",C2C,["facebook-marketplace","carousell-sg","telegram-channel","instagram-shop"],"copyc2c")
def _(rng, b):
    return (f"[GB] {b[1]} {b[2]} – slots open", f"Group buy for the {b[1]} {b[2]} ({b[3]}) clone from the usual factory (not genuine). MOQ 20, closes Friday, price per slot. Comment to join.", {})

@cls("c_gift_story_copy44","counterfeit","","story: 'got it as a gift, turned out to be a copy, selling cheap'","en",C2C,["facebook-marketplace","mercari-us","vinted-uk","depop"],"copyc2c")
def _(rng, b):
    return (f"{b[1]} {b[2]} – unwanted gift", f"Got this {b[1]} {b[2]} as a gift, turns out it's a copy (checked, it's fake). Still looks great, selling cheap. Never used.", {})

@cls("c_wrong_size_rep44","counterfeit","","'wrong size' story: bought from a rep seller, can't return","en",[b for b in C2C if b[4] in {"sneakers","jeans","jackets","parkas"}],["depop","vinted-uk","mercari-us","poshmark"],"copyc2c")
def _(rng, b):
    return (f"{b[1]} {b[2]} size {rng.choice(['42','43','9 US'] if b[4] == 'sneakers' else ['W32 L32','W30 L34'] if b[4] == 'jeans' else ['M','L','XL'])} – wrong size", f"Ordered the wrong size from my rep seller, can't return it. {b[1]} {b[2]}, brand new in box. Not auth, obviously.", {})

@cls("c_bunjang_sa_grade44","counterfeit","","Bunjang / Karrot (당근) in Korean: '정품 아님', 'SA급 레플', '사용감 적음', 택포","ko",C2C,["bunjang","daangn"],"copyc2c")
def _(rng, b):
    return (f"{b[1]} {b[2]} SA급 (정품아님)", f"{b[1]} {b[2]} 정품 아닙니다. SA급 레플리카예요. 사용감 적음, 택포 가격. 직거래 가능.", {})

@cls("c_chotot_hang_fake44","counterfeit","*","Chợ Tốt / Shopee in Vietnamese: 'hàng fake 1:1', 'like auth', 'siêu cấp', 'không phải hàng chính hãng'","vi",C2C,["chotot"],"copyc2c")
def _(rng, b):
    return (f"{b[1]} {b[2]} hàng fake 1:1", f"{b[1]} {b[2]} hàng siêu cấp like auth, không phải hàng chính hãng. Mới 99%, ship COD toàn quốc.", {})

@cls("c_kaidee_thai_kop44","counterfeit","*","Kaidee / Facebook groups in Thai: 'งานก๊อป', 'เกรดมิเรอร์', 'ไม่ใช่ของแท้'","th",C2C,["kaidee"],"copyc2c")
def _(rng, b):
    return (f"{b[1]} {b[2]} งานก๊อป เกรดมิเรอร์", f"{b[1]} {b[2]} งานก๊อปเกรดมิเรอร์ ไม่ใช่ของแท้ค่ะ สภาพ 95% ส่งฟรี เก็บเงินปลายทางได้", {})

@cls("c_opensooq_master_copy44","counterfeit","*","OpenSooq / Haraj in Arabic: 'ماستر كوبي', 'طبق الأصل', 'ليس أصلي'","ar",C2C,["opensooq","haraj"],"copyc2c")
def _(rng, b):
    return (f"{b[1]} {b[2]} ماستر كوبي", f"{b[1]} {b[2]} ماستر كوبي طبق الأصل، ليس أصلي. استعمال خفيف، التوصيل متوفر.", {})

@cls("c_dolap_a_kalite44","counterfeit","","Dolap in Turkish: 'A kalite replika, orijinal değildir', 'az kullanıldı'","tr",C2C,["dolap"],"copyc2c")
def _(rng, b):
    return (f"{b[1]} {b[2]} A kalite", f"{b[1]} {b[2]} A kalite replika, orijinal değildir. Az kullanıldı, temiz. Pazarlık payı var.", {})

# ======== Half B innocent twins
@cls("in_vinted_preloved_genuine44","innocent","","Vinted/Leboncoin/Kleinanzeigen: genuine preloved goods at second-hand prices ('authentique, facture', 'Original mit Rechnung')","fr/de",C2C,["vinted-fr","leboncoin","kleinanzeigen","vinted-de"],"used")
def _(rng, b):
    if rng.random() < .5:
        return (f"{b[1]} {b[2]} authentique", f"{b[1]} {b[2]} ({b[3]}) authentique, acheté en boutique, facture disponible. Bon état, quelques traces d'usure.", {"_lang": "fr", "_market": pick(rng, ["vinted-fr", "leboncoin"])})
    return (f"{b[1]} {b[2]} Original", f"{b[1]} {b[2]} ({b[3]}), Original mit Rechnung, gebraucht, guter Zustand. VB.", {"_lang": "de", "_market": pick(rng, ["kleinanzeigen", "vinted-de"])})

@cls("in_mercari_jp_used_genuine44","innocent","","Mercari JP: '正規品', '中古', '目立った傷や汚れなし', genuine at used prices","ja",C2C,["mercari-jp","rakuma"],"used")
def _(rng, b):
    return (f"{b[7]} {b[2]} 正規品 中古", f"{b[7]}の{b[2]}（{b[3]}）正規品です。直営店で購入、レシートあり。中古ですが目立った傷や汚れなし。", {})

@cls("in_xianyu_95xin_genuine44","innocent","","Xianyu: '95新 正品 专柜购入 有小票', genuine at used prices","zh",C2C,["xianyu","zhuanzhuan"],"used")
def _(rng, b):
    return (f"{b[6]} {b[2]} 95新 正品", f"{b[6]} {b[3]} 专柜购入，正品保证，有小票，95新，闲置转让。可验货。", {})

@cls("in_poshmark_nwt_genuine44","innocent","","Poshmark/Mercari US: NWT genuine with receipt, 'authenticated by Poshmark'","en",C2C,["poshmark","mercari-us"],"nwt")
def _(rng, b):
    return (f"NWT {b[1]} {b[2]} authentic", f"NWT, 100% authentic {b[1]} {b[2]} ({b[3]}), receipt available. Eligible for Posh Authenticate. Offers welcome, bundle to save.", {})

@cls("in_unwanted_gift_genuine44","innocent","","unwanted presents, sealed, genuine, with gift receipt","en",C2C,["facebook-marketplace","vinted-uk","carousell-sg","ebay"],"gift")
def _(rng, b):
    return (f"{b[1]} {b[2]} – unwanted gift, sealed", f"Unwanted Christmas present, still sealed. Genuine {b[1]} {b[2]} ({b[3]}), gift receipt included.", {})

@cls("in_outgrown_kids44","innocent","","outgrown kids' items (shoes, jackets, toys, sets): genuine, low second-hand prices","en",KIDS,["vinted-uk","facebook-marketplace","kleinanzeigen","mercari-us"],"kids")
def _(rng, b):
    return (f"Kids {b[1]} {b[2]} – outgrown", f"My son outgrew it. Genuine {b[1]} {b[2]}, kids' version, bought at the {b[1]} store. Used, good condition.", {})

@cls("in_empty_box_dustbag44","innocent","","empty boxes, dust bags and papers sold as such ('box only, no item')","en",C2C,["ebay","vinted-fr","mercari-us","carousell-hk"],"box")
def _(rng, b):
    return (f"{b[1]} empty box only – no item", f"Original {b[1]} box for the {b[2]} ({b[3]}), EMPTY, box and paper bag only, no product. For collectors or gifting.", {})

@cls("in_genuine_with_flaws44","innocent","","genuine goods with disclosed flaws (peeling, scratches, a dead pixel) at low prices","en",C2C,["ebay","depop","mercari-us","olx-pl"],"flaw")
def _(rng, b):
    return (f"{b[1]} {b[2]} – genuine, flaws", f"Genuine {b[1]} {b[2]} ({b[3]}) with flaws: scratches and wear, see photos. Priced accordingly, still works/wears fine.", {})

@cls("in_no_receipt_genuine44","innocent","","genuine goods without receipt ('bought in store 2019, no receipt, authenticity card only')","en",C2C,["vinted-uk","facebook-marketplace","carousell-my","depop-us"],"used")
def _(rng, b):
    return (f"{b[1]} {b[2]} – no receipt", f"Genuine {b[1]} {b[2]} bought in store in 2019, lost the receipt, authenticity card and box only. Happy for you to check it at the store.", {})

@cls("in_collector_vintage44","innocent","","collectors' vintage pieces (1990s, discontinued) at collector prices","en",VINTAGE,["ebay","vestiaire","mercari-jp","etsy"],"vintage")
def _(rng, b):
    return (f"Vintage {b[1]} {GENERIC[b[0]]}, older model", f"Vintage {b[1]} {GENERIC[b[0]]}, an older discontinued model, genuine, from a private collection. Patina consistent with age.", {})

@cls("in_swap_genuine44","innocent","","swap offers of genuine goods (price 0 or none, 'swap for')","en",C2C,["vinted-uk","depop","carousell-sg","kleinanzeigen"],"swap")
def _(rng, b):
    return (f"SWAP: {b[1]} {b[2]}", f"Looking to swap my genuine {b[1]} {b[2]} (receipt) for something similar. Not selling, swaps only.", {})

@cls("in_group_buy_daigou_genuine44","innocent","","group buys / daigou of genuine goods from a store abroad, receipts shown","en/zh",C2C,["telegram-channel","carousell-hk","xianyu","instagram-shop"],"fair")
def _(rng, b):
    return (f"[GB] {b[1]} {b[2]} from Japan store", f"Group buy: genuine {b[1]} {b[2]} ({b[3]}) bought at the official store in Tokyo, receipts shown. Closes Sunday. 日本专柜代购，正品。", {})

@cls("in_live_replay_authorised44","innocent","","live-stream replays of authorised resellers ('link 3, official warranty')","zh/en",C2C,["douyin-live","tiktok-shop"],"fair")
def _(rng, b):
    n = rng.randint(2, 30)
    return (f"Live replay – link #{n}: {b[1]} {b[2]}", f"Authorised reseller. Link #{n} from tonight's live: genuine {b[1]} {b[3]}, official warranty, invoice. 正品授权。", {})

@cls("in_bundle_lot_genuine44","innocent","","bundles and lots of genuine second-hand goods ('3 items, all genuine')","en",C2C,["vinted-uk","ebay","poshmark","facebook-marketplace"],"lot")
def _(rng, b):
    return (f"Bundle: {b[1]} {b[2]} + 2 more", f"Bundle of 3: {b[1]} {b[2]} plus two other items, all genuine, bought from official stores. Used, good condition.", {})

@cls("in_legit_check_certificate44","innocent","*","genuine goods with a third-party legit-check certificate ('not a rep: Legit App certificate'), copy words only negated","en",C2C,["depop","vinted-uk","carousell-sg","mercari-us"],"used")
def _(rng, b):
    return (f"{b[1]} {b[2]} – legit checked", f"{b[1]} {b[2]} ({b[3]}), legit checked with a certificate (not a rep, not a fake). Used, very good condition.", {})

# stars after my novelty greps on prior_classes_names_tactics.tsv (README.md: doubts)
STARS = {"c_no_rate_currency_irr44", "c_build_service_frame44", "c_poshmark_nwt_not_auth44", "in_flag_emoji_genuine44",
         "in_stylised_text_genuine44", "in_one_word_per_line_genuine44", "in_outgrown_kids44"}
for _c in CL:
    _c["star"] = "*" if _c["name"] in STARS else ""

GENUINE = {c["name"] for c in CL if c["kind"] == "innocent" and c["name"] not in {"in_repair_service44", "in_accessory_for_brand44", "in_everyday_word_sense44", "in_homage_no_mark44"}}


def price_usd(rng, rule, lp):
    if rule == "copy": return copy_usd(rng, lp)
    if rule == "copyc2c": return copy_usd(rng, lp) * rng.uniform(.8, 1.2)
    if rule == "highcopy": return lp * rng.uniform(.6, .9)
    if rule == "fair": return lp * rng.uniform(.95, 1.1)
    if rule == "used": return lp * rng.uniform(.35, .7)
    if rule == "nwt": return lp * rng.uniform(.6, .9)
    if rule == "gift": return lp * rng.uniform(.6, .85)
    if rule == "kids": return lp * rng.uniform(.15, .4) if lp < 400 else lp * rng.uniform(.3, .5)
    if rule == "box": return rng.uniform(15, 60)
    if rule == "flaw": return lp * rng.uniform(.2, .45)
    if rule == "vintage": return lp * rng.uniform(.4, 1.2)
    if rule == "lot": return lp * rng.uniform(.5, .9)
    if rule == "acc": return rng.uniform(8, 30)
    if rule == "service": return rng.uniform(40, 180)
    if rule == "every": return rng.uniform(6, 60)
    if rule == "homage": return rng.uniform(25, 180)
    if rule == "auction": return rng.choice([1, 0.99, 1])
    if rule == "deposit": return rng.uniform(5, 20)
    if rule == "placeholder": return 99999.0 if lp > 2000 else 9999.0
    if rule == "wholesale": return copy_usd(rng, lp) * rng.uniform(.5, .8)
    if rule in ("none", "swap"): return copy_usd(rng, lp)
    raise ValueError(rule)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, default=44); ap.add_argument("--out", default="set.jsonl"); ap.add_argument("--classes", default="classes.md")
    a = ap.parse_args()
    rng = random.Random(a.seed)
    import json as _j
    reg = _j.load(open("registry_summary.json", encoding="utf-8"))
    auth = {x["id"]: x["authorized_sellers"] for x in reg["brands"]}
    rows, table = [], []
    gi = 0
    for c in CL:
        n = 13 if c["kind"] == "counterfeit" else 12
        pool = c["pool"]
        start = rng.randrange(len(pool))
        ex = None
        for j in range(n):
            b = pool[(start + j) % len(pool)] if c["pool"] is not BRANDS else BRANDS[(gi + j) % 54]
            title, desc, extra = c["f"](rng, b)
            mk = extra.get("_market") or rng.choice(c["markets"])
            if extra.get("_auth"):
                s = rng.choice(auth[b[0]]); mk = s["marketplace"]
            country, cur, lang = ALLM.get(mk, ("CN", "CNY", "zh") if mk == "tmall" else ("US", "USD", "en"))
            if mk in ("dhgate", "aliexpress", "wish", "temu"): cur = "USD"
            usd = price_usd(rng, c["price"], b[5])
            if c["price"] == "placeholder":
                price = {"amount": float(money(rng, usd, cur)) if cur not in WHOLE else money(rng, usd, cur), "currency": cur}
            else:
                price = {"amount": money(rng, usd, cur), "currency": cur}
            if c["price"] == "auction": price = {"amount": 1 if cur in WHOLE else usd, "currency": cur}
            if c["price"] == "none" or (c["price"] == "swap" and j % 2): price = None
            elif c["price"] == "swap": price = {"amount": 0, "currency": cur}
            lid = "%014x" % rng.getrandbits(56)
            ship = country
            if c["kind"] == "counterfeit" and country not in ("CN",) and rng.random() < .25 and c["name"].startswith("c_") and mk not in SOCIAL:
                ship = "CN"; desc += " Ships from China."
            seller = {"id": "u" + "%08x" % rng.getrandbits(32), "name": extra.get("_seller_name", ""), "country": ship}
            if extra.get("_auth"):
                seller = {"id": s["seller_id"], "name": s["name"], "country": country}
            row = {"marketplace": mk, "listing_id": lid, "url": f"https://{mk}.example/item/{lid}", "title": title, "description": desc,
                   "price": price, "seller": seller, "category": extra.get("_category", b[4]), "ship_from": ship,
                   "observed_at": f"2026-12-0{4 + j % 2}T{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:00Z"}
            if price is None: del row["price"]
            if "_images" in extra: row["images"] = [{"url": u} for u in extra["_images"]]
            l = extra.get("_lang") or (lang if "/" in c["lang"] or c["lang"] == lang else c["lang"])
            row["_label"] = {"kind": c["kind"], "brand": b[0], "class": c["name"], "tactic": c["tactic"], "lang": l, "also": []}
            rows.append(row)
            if ex is None: ex = f"{title} ({b[0]})"
        gi += n
        table.append(f"| {c['name']} | {c['star']} | {c['kind']} | {n} | {c['tactic']} | {ex.replace('|', '/')} |")
    with open(a.out, "w", encoding="utf-8") as f:
        for r in rows: f.write(json.dumps(r, ensure_ascii=False, sort_keys=True) + "\n")
    with open(a.classes, "w", encoding="utf-8") as f:
        f.write("# outsider44 classes\n\n`*`: a newer family (no earlier outsider class name or tactic has it, by my greps; doubts in README.md). Example: one row's title (brand).\n\n")
        f.write("| class | * | kind | n | tactic | example |\n|---|---|---|---|---|---|\n" + "\n".join(table) + "\n")
    print(len(rows), sum(1 for c in CL if c["kind"] == "counterfeit"), sum(1 for c in CL if c["kind"] == "innocent"))
    print("GENUINE", sorted(GENUINE))


if __name__ == "__main__":
    main()
