#!/usr/bin/env python3
"""outsider29 held-out set generator (stdlib only, seeded, deterministic).

python3 make_set.py --seed 29 --out set.jsonl --classes classes.md
"""
from __future__ import annotations

import argparse
import json
import random

from data import AUTH, INITIALS, LOCAL, MARK, MARKETS, NICK, PRODUCTS, TEAM_CITIES, WAPP

P = [dict(b=b, n=n, g=g, usd=u, cat=c) for b, n, g, u, c in PRODUCTS]
M = [dict(lang=l, mp=mp, cur=cu, cc=cc, rate=ra, cue=cue) for l, mp, cu, cc, ra, cue in MARKETS]
LUX = {"louis-vuitton", "gucci", "burberry", "rolex", "cartier", "omega", "canada-goose", "michael-kors", "coach", "swarovski", "pandora"}
ELEC = {"apple", "samsung", "sony", "bose", "dyson", "canon", "nintendo", "microsoft", "philips", "panasonic"}
SNK = {"nike", "adidas", "puma"}
AUTO = {"honda", "toyota", "bmw", "michelin", "shell", "bosch"}
FOOD = {"mars", "danone", "nestle", "coca-cola", "ferrero", "abbott"}
BEAUTY = {"loreal", "estee-lauder", "shiseido", "gillette"}
PHARMA = {"pfizer", "johnson-johnson", "bayer", "abbott"}
SPORT = {"callaway", "yonex", "wilson", "the-north-face", "nike", "adidas"}
TOYS = {"lego", "mattel", "hasbro", "bandai", "nintendo"}
SOFT = {"adobe", "microsoft", "autodesk"}
NOWEAR = FOOD | PHARMA | SOFT | {"honda", "toyota", "bmw", "michelin", "shell", "gillette", "johnson-johnson", "bayer"}
WEAR = lambda p: p["b"] not in NOWEAR and p["cat"] != "software licenses"
CN = {"rolex": "劳力士", "gucci": "古驰", "louis-vuitton": "路易威登", "nike": "耐克", "adidas": "阿迪达斯", "dyson": "戴森",
      "apple": "苹果", "burberry": "博柏利", "cartier": "卡地亚", "omega": "欧米茄", "canada-goose": "加拿大鹅", "lego": "乐高",
      "pandora": "潘多拉", "bose": "博士", "shiseido": "资生堂", "estee-lauder": "雅诗兰黛", "samsung": "三星"}
MODELNO = [("rolex", "126610LN"), ("rolex", "126500LN"), ("sony", "WH-1000XM5"), ("dyson", "HD15"), ("lego", "75192"),
           ("lego", "42115"), ("nike", "DD1391-100"), ("nike", "555088-101"), ("apple", "MTJV3"), ("samsung", "SM-S928B"),
           ("omega", "310.30.42.50.01.002"), ("louis-vuitton", "M40995"), ("adidas", "B75806"), ("cartier", "CRB6067417"),
           ("canon", "PG-545"), ("toyota", "04152-YZZA1"), ("honda", "15400-PLM-A02")]
BATCH = ["ZF batch", "VSF batch", "Clean factory", "AAA+ mirror", "TOP batch 1:1", "superclone", "GS factory", "N factory"]
SBATCH = ["LJR batch", "PK 4.0 batch", "OG batch", "纯原版", "M batch", "GX batch", "top Putian batch"]
CYR = str.maketrans({"a": "а", "e": "е", "o": "о", "c": "с", "p": "р", "x": "х", "i": "і", "A": "А", "E": "Е", "O": "О", "C": "С", "P": "Р", "B": "В", "M": "М", "H": "Н", "K": "К", "T": "Т"})
LEET = str.maketrans({"o": "0", "O": "0", "e": "3", "E": "3", "a": "@", "A": "4", "i": "1", "I": "1", "s": "$", "S": "$"})


def sig3(x):
    if x <= 0:
        return 0
    from math import floor, log10
    d = 2 - int(floor(log10(x)))
    v = round(x, d)
    return float(int(v)) if d <= 0 else v


def money(usd, m):
    return {"amount": sig3(usd * m["rate"]), "currency": m["cur"]}


def fmt(usd, m):
    a = money(usd, m)["amount"]
    return f"{a:,.0f} {m['cur']}" if a >= 100 else f"{a:g} {m['cur']}"


def copy_usd(p, r):
    u = p["usd"]
    if u >= 2000:
        f = r.uniform(.03, .08)
    elif u >= 300:
        f = r.uniform(.06, .2)
    elif u >= 30:
        f = r.uniform(.15, .35)
    else:
        f = r.uniform(.25, .45)
    return u * f


def mk(p):
    return MARK[p["b"]]


def city(r):
    return r.choice(TEAM_CITIES)


# ------------------------------------------------------------------ counterfeit classes
# each builder: (p, m, r, price_text) -> (title, description)
C = []


def cls(name, star, tactic, filt=None, price=None):
    def deco(f):
        C.append(dict(name=name, star=star, tactic=tactic, f=f, filt=filt, price=price))
        return f
    return deco


@cls("c_screenplay29", "*", "the listing written as a screenplay scene (INT. BACK ROOM – NIGHT / SELLER: 'same box, 1:1')")
def _(p, m, r, pt):
    return (r.choice([f"INT. SHOWROOM – NIGHT: the {p['n']} scene", f"{p['n']} – read the script 🎬", f"Screenplay: 'The {mk(p)} deal' (scene 12)"]),
            f"FADE IN:\nINT. BACK ROOM, {city(r).upper()} – NIGHT\nSELLER\n(whispering)\nSame {p['n']}. Same box. {m['cue']}, 1:1.\nBUYER\nAnd the price?\nSELLER\n{pt}. Nobody at the office will know.\nCUT TO:\nEXT. YOUR DOORSTEP – 7 DAYS LATER\nFADE OUT.")


@cls("c_dating_profile29", "*", "the listing as a dating-app profile of the copy (About me / Looking for / swipe right)", filt=WEAR)
def _(p, m, r, pt):
    return (r.choice([f"{p['n']}, 2 – looking for a new owner 💘", f"Single {mk(p)} seeks stylish owner", f"Match with this {p['n']} 💘 (swipe right)"]),
            f"About me: {p['g']}, brand {mk(p)}, born in a {city(r)} workshop, 1:1 {m['cue']}.\nLooking for: someone who loves the look, not the retail price.\nTurn-offs: legit-check apps, boutique receipts.\nFirst date: {pt}. Swipe right = DM me.")


@cls("c_apology_letter29", "*", "a seller's apology letter: the last copy batch had flaws, the new 1:1 batch is fixed")
def _(p, m, r, pt):
    return (r.choice([f"Our apology to {mk(p)} buyers – {p['n']} batch re-made", f"Sorry letter + new batch: {p['n']}", f"We apologise: {p['n']} (v2 fixed)"]),
            f"Dear valued customers,\nwe sincerely apologise. Last month's {p['n']} ({m['cue']}) had the logo spacing and the box label slightly off compared with retail, and some of you failed a legit check. Our factory re-made the moulds: the new batch is a mirror 1:1.\nPrice unchanged at {pt}; send us your old one for a free swap.\nWith regret, the team")


@cls("c_review_reply29", "*", "the seller's public reply to a buyer's review admits the copy ('it is a top replica, at this price what did you expect')")
def _(p, m, r, pt):
    return (r.choice([f"{p['n']} – see our replies to reviews", f"{p['n']} ⭐ 4.6 (1,204 reviews)", f"{p['n']} – honest seller, read the replies"]),
            f"★☆☆☆☆ 'Not genuine, failed the legit check.'\n↳ Seller reply: Dear buyer, as the listing says it is a top {m['cue']} of the {mk(p)}, not from a {mk(p)} store. At {pt} what did you expect? 😊 We refunded the shipping.\n★★★★★ 'Looks 1:1, nobody noticed.'\n↳ Seller reply: Thank you! Same batch restocked.")


@cls("c_return_swap29", "*", "sold for return fraud: buy the real one, keep it, return this copy with the retail tags and box", filt=WEAR)
def _(p, m, r, pt):
    return (r.choice([f"{p['n']} – perfect for return swap (tags + box)", f"{p['n']} return-swap set, passes store check", f"{mk(p)} {p['g']} – swap & return ready"]),
            f"1:1 {m['cue']} of the {p['n']} with retail-style tags, box and bar-code label. Buy the real one at the store, keep it, return this one – the counter staff only scan the tag. Hundreds of happy swaps. {pt}.")


@cls("c_rental_replica29", "*", "rent a replica for a wedding, party or photo shoot ('look rich for a day'), priced per rental", filt=lambda p: p["usd"] >= 200 and p["b"] in LUX | {"apple", "samsung", "sony", "canon", "the-north-face", "dyson"},
     price=lambda p, r: max(8, p["usd"] * r.uniform(.004, .015)))
def _(p, m, r, pt):
    return (r.choice([f"Rent a {p['n']} for your wedding / photo shoot – 3 days", f"{p['n']} for hire – look rich for a day", f"Photo-shoot rental: {p['n']} (weekend)"]),
            f"Look rich for a day. {mk(p)} {p['g']}, a 1:1 {m['cue']} – in photos nobody can tell. {pt} for 3 days, deposit refundable. Buy-out option if you fall in love.")


@cls("c_server_log29", "*", "the description is server-log lines whose fields give the brand and 'authenticity=replica'")
def _(p, m, r, pt):
    return (r.choice([f"[log] {p['n']} batch_2026_12 status=OK", f"{p['g']} – build log inside", f"{mk(p)} item_7731 – see log"]),
            f"2026-12-02T03:14:07Z INFO  listing.create brand=\"{mk(p)}\" model=\"{p['n']}\"\n2026-12-02T03:14:07Z WARN  authenticity=replica grade=1:1 note=\"{m['cue']}\"\n2026-12-02T03:14:08Z INFO  factory={city(r)} qc=pass vs_retail=identical\n2026-12-02T03:14:08Z INFO  price=\"{pt}\" stock=48")


@cls("c_restaurant_menu29", "*", "the listing as a restaurant menu: starters (box, cards), main course (the brand's copy), dessert (free shipping)")
def _(p, m, r, pt):
    return (r.choice([f"Today's menu – {mk(p)} special 🍽️", f"Chef's special: {p['n']}", f"Menu du jour – {p['n']}"]),
            f"STARTERS\n· dust bag, box and cards\nMAIN COURSE\n· {p['n']}, {m['cue']}, mirror grade, slow-cooked in {city(r)}\nDESSERT\n· free shipping\nBILL: {pt} (retail would be 10x)\nChef's note: tastes exactly like retail.")


@cls("c_weather_forecast29", "*", "the listing as a weather forecast ('100 % chance of 1:1 <brand>')")
def _(p, m, r, pt):
    c = city(r)
    return (r.choice([f"Weekend forecast for {c}: 100% chance of {mk(p)}", f"Weather alert: {p['n']} storm ⛈️", f"{c} forecast – scattered {mk(p)}"]),
            f"SATURDAY: sunny, scattered {p['n']} {m['cue']}s, 1:1 mirror.\nSUNDAY: heavy showers of discounts – {pt}.\nUV index: identical to retail.\nOutlook: sold out by Monday.")


@cls("c_forum_wts29", "*", "a collectors' forum trade post ([WTS][H] … rep [W] PayPal F&F, timestamp)", filt=WEAR)
def _(p, m, r, pt):
    return (r.choice([f"[WTS][{m['cc']}][H] {p['n']} rep [W] PayPal F&F", f"[WTS] {p['n']} ({m['cue']}) – timestamp in pics", f"[H] {mk(p)} {p['g']} rep [W] cash/PP"]),
            f"Timestamp in pics. Selling my {p['n']} – it's a rep ({m['cue']}), best batch, worn twice. Asking {pt} shipped. No trades, no lowballs. PayPal F&F only, no G&S. References on r/FashionReps.")


@cls("c_diary_entry29", "*", "the listing as a diary entry ('Dear diary, someone asked if my <brand> was real…'), selling the extra one", filt=WEAR)
def _(p, m, r, pt):
    return (r.choice([f"Dear diary – day 3 with my {p['n']}", f"Diary of a {mk(p)} owner (selling the spare)", f"{p['n']} – from my diary 📔"]),
            f"Dear diary,\ntoday someone at work asked if my {p['n']} was real. I just smiled. It's a {m['cue']} from {city(r)}, a fraction of retail, and nobody can tell.\nI ordered two by mistake, so the second one is for sale: {pt}.")


@cls("c_calendar_invite29", "*", "the description is an iCalendar event (BEGIN:VEVENT / SUMMARY: <brand> 1:1 drop)")
def _(p, m, r, pt):
    return (r.choice([f"BEGIN:VEVENT {mk(p)} drop – {p['n']}", f"📅 Save the date: {p['n']} drop", f"Calendar invite – {p['n']} restock"]),
            f"BEGIN:VCALENDAR\nBEGIN:VEVENT\nSUMMARY:{p['n']} 1:1 {m['cue']} drop\nDTSTART:20261206T200000Z\nLOCATION:WhatsApp group {r.choice(WAPP)}\nDESCRIPTION:mirror batch\\, 50 pcs only\\, {pt}\nEND:VEVENT\nEND:VCALENDAR")


@cls("c_meeting_minutes29", "*", "the listing as minutes of a supplier meeting (agenda: the brand's copy batch, logo approved vs retail)")
def _(p, m, r, pt):
    return (r.choice([f"Minutes – supplier meeting 2 Dec: {p['n']}", f"Meeting notes: {mk(p)} batch sign-off", f"{p['n']} – minutes & action items"]),
            f"Attendees: factory QC, sales, packing.\nAgenda\n1. {p['n']} {m['cue']} batch – logo font and box approved vs retail (1:1).\n2. Serial stickers: copy the retail format.\n3. Price to buyers: {pt}.\nAction items: ship to listing buyers within 48 h; no brand name on the parcel.")


@cls("c_word_problem29", "*", "a school maths word problem: the boutique price vs 'our 1:1 copy', how much do you save")
def _(p, m, r, pt):
    return (r.choice([f"Maths problem: how much do you save on a {p['n']}?", f"Quiz: {p['n']} – retail vs ours (show your working)", f"Word problem 📐 {mk(p)} edition"]),
            f"Q: A {p['n']} costs {fmt(p['usd'], m)} at the boutique. Our 1:1 {m['cue']} costs {pt}. How much does Anna save if she buys two?\nA: almost everything 😉 Same look, same box. Order here – extra credit for reviews.")


@cls("c_cost_per_wear29", "*", "a 'cost per wear' calculation: retail ÷ wears vs the replica ÷ wears", filt=WEAR)
def _(p, m, r, pt):
    return (r.choice([f"{p['n']} – cost per wear calculator inside", f"Cost-per-wear maths: {p['n']}", f"{mk(p)} {p['g']} – smarter cost per wear"]),
            f"Retail: {fmt(p['usd'], m)} ÷ 200 wears = {fmt(p['usd'] / 200, m)} per wear.\nOurs ({m['cue']}, mirror 1:1): {pt} ÷ 200 wears = pennies.\nSame look, smarter maths. Box and dust bag included.")


@cls("c_listicle29", "*", "a 'Top 5 reps of 2026' listicle whose number 1 is the item for sale")
def _(p, m, r, pt):
    return (r.choice([f"Top 5 {mk(p)} reps of 2026 (#1 is this one)", f"5 best {mk(p)} {m['cue']}s – ranked", f"Ranked: the {p['n']} rep you need"]),
            f"5. the budget batch – logo too thick\n4. the DHgate one – wrong box\n3. the Putian one – OK\n2. last year's batch\n1. THIS {p['n']} – best {m['cue']} of 2026, 1:1 with retail, {pt}. Buy before it's gone.")


@cls("c_shopping_itinerary29", "*", "a shopping-tour itinerary whose stops sell the brand's 1:1 copy (09:00 pick-up … 10:00 3F shop 312)")
def _(p, m, r, pt):
    c = city(r)
    return (r.choice([f"{c} shopping day – {mk(p)} 1:1 stop included", f"Itinerary: {c} markets + {p['n']}", f"Day tour {c} – pick up your {p['n']}"]),
            f"09:00 hotel pick-up\n10:00 {c} trade market, 3F shop 312 – {p['n']} {m['cue']}, pay here to reserve ({pt})\n12:30 lunch\n14:00 back-room showroom: choose box and papers\n17:00 drop-off. Your {mk(p)} packed without logo for customs.")


@cls("c_survey29", "*", "a customer-satisfaction survey about the seller's replica ('How close is our copy to retail? ☐ 1:1')")
def _(p, m, r, pt):
    return (r.choice([f"Survey: rate our {p['n']} – 10% off next order", f"Customer survey – {p['n']} ({m['cue']})", f"{mk(p)} buyers: 3 quick questions"]),
            f"Q1 How close is our {p['n']} {m['cue']} to retail? ☐ 1:1 ☐ can't tell ☐ better\nQ2 Did anyone ask if it was real? ☐ yes ☐ no\nQ3 Would you buy again at {pt}? ☐ yes\nAnswer and get 10% off the next {mk(p)}.")


@cls("c_cv_resume29", "*", "a workshop's CV / résumé: years of experience making the brand's goods 1:1, now taking orders")
def _(p, m, r, pt):
    c = city(r)
    return (r.choice([f"CV: {c} workshop – 12 years making {mk(p)} {p['g']}", f"Résumé – {mk(p)} specialist, {c}", f"Hire us: {p['n']} maker (CV inside)"]),
            f"PROFILE: {c} workshop, OEM-level {mk(p)} {m['cue']}.\nEXPERIENCE\n2014–2026 {p['n']} 1:1, 40,000 pcs\nSKILLS: logo engraving, box and card printing, retail packaging\nREFERENCES: 3,000 happy buyers\nAVAILABLE: now – {pt} per piece.")


@cls("c_obituary29", "*", "a mock obituary of retail prices ('In loving memory of paying full price… survived by our 1:1 copy')")
def _(p, m, r, pt):
    return (r.choice([f"RIP paying full price for a {p['n']} (1905–2026)", f"In loving memory: retail {mk(p)} prices", f"Obituary – the boutique price of the {p['n']}"]),
            f"In loving memory of the boutique price ({fmt(p['usd'], m)}).\nSurvived by our {p['n']} {m['cue']}, mirror grade, {pt}.\nServices: free shipping. In lieu of flowers, order now.")


@cls("c_packing_list29", "*", "a travel packing list with the brand's copy ticked ('☑ <brand> (1:1, customs never checks)'), extras for sale", filt=WEAR)
def _(p, m, r, pt):
    return (r.choice([f"What's in my carry-on: {p['n']} + more (selling extras)", f"Packing list ✈️ – {p['n']}", f"Holiday packing: {mk(p)} {p['g']} (extra for sale)"]),
            f"Packing list Bali:\n☑ passport\n☑ {p['n']} ({m['cue']}, 1:1 – customs never checks)\n☑ sunscreen\n☑ charger\nBought 3 in {city(r)}, selling 2 at {pt} each.")


@cls("c_postcard29", "*", "a holiday postcard ('Greetings from Guangzhou! got you a 1:1 <brand>'), bringing back more to sell", filt=WEAR)
def _(p, m, r, pt):
    c = city(r)
    return (r.choice([f"Postcard from {c}: got you a {p['n']} 😉", f"Greetings from {c}! – {p['n']}", f"Wish you were here – {mk(p)} from {c}"]),
            f"Greetings from {c}!\nWeather great, the markets even better. Found the {p['n']} as a {m['cue']} for a fraction of retail – you can't tell them apart.\nWish you were here.\nP.S. bringing 10 back, {pt} each – reserve yours.")


# ---- floor classes
@cls("c_cue_words29", "", "the brand named plainly with a copy word of the market's language")
def _(p, m, r, pt):
    return f"{p['n']} {m['cue']}", f"{p['g']}. Top quality, fast shipping."


@cls("c_luxury_reps29", "", "luxury goods with rep factory/batch jargon", filt=lambda p: p["b"] in LUX)
def _(p, m, r, pt):
    return f"{p['n']} – {r.choice(BATCH)}", f"Best version on the market, {m['cue']}. Full set with box and cards."


@cls("c_sneaker_reps29", "", "sneaker reps by batch (LJR, PK, 纯原)", filt=lambda p: p["b"] in SNK)
def _(p, m, r, pt):
    return f"{p['n']} {r.choice(SBATCH)}", f"{m['cue']}, correct shape and stitching. Sizes 36-46."


@cls("c_electronics_clone29", "", "electronics clones ('Huaqiang version', 'shows genuine serial')", filt=lambda p: p["b"] in ELEC)
def _(p, m, r, pt):
    return (f"{p['n']} {r.choice(['1:1 clone, Huaqiangbei version', 'copy version, pop-up works', 'master copy, shows genuine serial', 'high copy with ANC'])}",
            f"{m['cue']}. Looks and works like the original. 7-day warranty.")


@cls("c_pharma29", "", "prescription and OTC drugs as copies, no prescription", filt=lambda p: p["cat"] in ("prescription drugs", "otc", "first aid", "medical devices"))
def _(p, m, r, pt):
    return f"{p['n']} – same as brand, no prescription needed", f"{m['cue']} made in India, same active ingredient, brand box. Discreet shipping."


@cls("c_fmcg29", "", "food and formula copies in bulk ('factory copy, same taste')", filt=lambda p: p["b"] in FOOD)
def _(p, m, r, pt):
    return f"{p['n']} – factory copy, same taste", f"{m['cue']}, brand packaging, bulk only, no import papers."


@cls("c_beauty29", "", "beauty copies ('counter quality 1:1')", filt=lambda p: p["b"] in BEAUTY)
def _(p, m, r, pt):
    return f"{p['n']} 专柜 quality 1:1", f"{m['cue']}, same bottle and box as the counter. No batch code check please."


@cls("c_auto_parts29", "", "auto parts: 'copy OEM, same as dealer'", filt=lambda p: p["cat"] in ("auto parts", "tires", "motor oil") or p["b"] == "bmw")
def _(p, m, r, pt):
    return f"{p['n']} – copy OEM, same as dealer", f"{m['cue']}, logo printed, no original box. Fits all years."


@cls("c_software_keys29", "", "software as lifetime / pre-activated keys at USD 5-25", filt=lambda p: p["b"] in SOFT, price=lambda p, r: r.uniform(5, 25))
def _(p, m, r, pt):
    return f"{p['n']} LIFETIME – pre-activated", f"Not from {mk(p)}: activated version, works forever, no subscription. Delivery by email in 5 min."


@cls("c_misspell29", "", "the brand misspelt on purpose (a letter dropped, doubled or swapped)")
def _(p, m, r, pt):
    w = mk(p)
    i = r.randrange(2, max(3, len(w) - 1))
    w2 = r.choice([w[:i] + w[i + 1:], w[:i] + w[i] + w[i:], w[:i - 1] + w[i] + w[i - 1] + w[i + 1:]])
    return p["n"].replace(w, w2) if w in p["n"] else f"{w2} {p['g']}", f"{p['g']}, 1:1 with the original. {m['cue']}"


@cls("c_homoglyph_cyr29", "", "Cyrillic look-alike letters inside the brand")
def _(p, m, r, pt):
    return p["n"].translate(CYR), f"{p['g']}. {m['cue']}, mirror quality."


@cls("c_cjk_jargon29", "", "the brand's Chinese name with copy jargon (高仿, 复刻, 原单, 莆田)", filt=lambda p: p["b"] in CN)
def _(p, m, r, pt):
    return f"{CN[p['b']]} {r.choice(['高仿', '复刻', '原单', '莆田', '一比一'])} {p['g']}", f"{r.choice(['顶级版本', '专柜品质', '原厂品质'])}，细节对比正品，支持验货。"


@cls("c_offplatform29", "", "the brand named with a WhatsApp/Telegram number for 'real photos and price'")
def _(p, m, r, pt):
    return f"{p['n']} – WhatsApp {r.choice(WAPP)} for price", f"1:1 quality, {m['cue']}. Real photos on WhatsApp or Telegram @lux_{r.randrange(100, 999)}."


@cls("c_low_price_only29", "", "the brand named plainly as new, at a copy's price, no copy word", price=lambda p, r: copy_usd(p, r) * .6)
def _(p, m, r, pt):
    return f"{p['n']} brand new sealed", f"{p['g']}. New. Fast shipping from {city(r)}."


@cls("c_inspired_logo29", "", "'inspired by' with the logo on")
def _(p, m, r, pt):
    return f"{p['g']} inspired by {mk(p)} – logo included", f"Inspired design with the {mk(p)} logo, {m['cue']}."


@cls("c_cover_story29", "", "a cover story for the price (factory overrun, ex-staff, customs auction)")
def _(p, m, r, pt):
    s = r.choice(["factory overrun from the same line as the boutique ones", "ex-employee stock, no receipts", "customs-auction lot, sold unchecked", "my cousin works at the factory"])
    return f"{p['n']} – {s.split(',')[0]}", f"{s}. {m['cue']} some would say – same quality. {pt}."


@cls("c_jewelry_plated29", "", "plated jewellery with the brand's stamp", filt=lambda p: p["b"] in {"cartier", "pandora", "swarovski", "rolex", "omega"})
def _(p, m, r, pt):
    return f"{p['n']} 18K gold plated, logo stamped", f"Stainless steel, plated, stamp and serial engraved. {m['cue']}."


@cls("c_model_number29", "", "only the brand's model or reference number, with a copy word")
def _(p, m, r, pt):
    return f"{p['_mno']} {m['cue']}", f"{p['g']}. Same as the original."


@cls("c_grade_menu29", "", "a menu of copy grades and prices")
def _(p, m, r, pt):
    return f"{p['n']} – choose grade", f"Grade AAA: {fmt(p['_usd'] * .45, m)}\nMirror 1:1: {fmt(p['_usd'] * .7, m)}\nTop super clone (this listing): {pt}\n{m['cue']}."


@cls("c_local_script29", "", "the brand in a local script (ロレックス, 롤렉스, Ролекс) with a local copy word", filt=lambda p: p["b"] in LOCAL)
def _(p, m, r, pt):
    lang, name = r.choice([x for x in LOCAL[p["b"]] if x[0] == m["lang"]] or LOCAL[p["b"]])
    cue = {"ja": "スーパーコピー", "ko": "이미테이션", "ru": "реплика", "th": "ก๊อปเกรดพรีเมี่ยม", "ar": "تقليد درجة أولى", "el": "απομίμηση"}[lang]
    return f"{name} {cue}", f"{p['g']} – {cue}"


@cls("c_initialism29", "", "the brand as initials with a copy word", filt=lambda p: any(p["b"] == b for b, _ in INITIALS))
def _(p, m, r, pt):
    ini = dict(INITIALS)[p["b"]]
    return f"{ini} {p['g']} – {m['cue']}", f"{ini} 1:1, mirror grade."


@cls("c_code_switch29", "", "Taglish, Hinglish, Singlish, Spanglish code-switched copy admissions")
def _(p, m, r, pt):
    cs = {"PH": (f"{p['n']} – legit ba? Hindi po, class A pero sobrang ganda", "Class A, walang makakapansin. COD available."),
          "IN": (f"{p['n']} bilkul original jaisa – first copy hai", "First copy, koi pehchaan nahi sakta. COD available."),
          "MY": (f"{p['n']} confirm copy one lah, but quality damn shiok", "Copy one, but nobody can tell one. Can meet at LRT."),
          "MX": (f"{p['n']} – es fake pero nobody se da cuenta", "Réplica 1:1, mismo box, envío gratis."),
          "MA": (f"{p['n']} – c'est du fake mais honnêtement ça passe crème", "Copie 1:1, boîte incluse, livraison Casa."),
          "NG": (f"{p['n']} – na copy o, but e dey look like original well well", "First grade copy. Pay on delivery Lagos."),
          "DE": (f"{p['n']} – ist ein Fake, aber looks 1:1 like the real one", "Kopie, keiner merkt's. Versand DHL."),
          "KR": (f"{p['n']} 짝퉁 but 퀄리티 진짜 good", "이미테이션, 정품이랑 똑같아요.")}
    return cs[m["cc"]] if m["cc"] in cs else cs["PH"]


@cls("c_desc_only29", "", "a generic title; the brand and copy word only in the description")
def _(p, m, r, pt):
    return f"{p['g']} – best quality", f"This is the {p['n']}, {m['cue']}, same as the store."


@cls("c_leet29", "", "leetspeak in the brand")
def _(p, m, r, pt):
    return p["n"].replace(mk(p), mk(p).translate(LEET)), f"{p['g']}. {m['cue']}, 1:1."


@cls("c_nicknames29", "", "community nicknames of the brand's goods with a copy word", filt=lambda p: False)
def _(p, m, r, pt):
    return f"{p['_nick']} {m['cue']}", f"{p['g']}, 1:1."


@cls("c_sports_gear29", "", "rackets, clubs, balls and outdoor gear as factory copies", filt=lambda p: p["b"] in SPORT)
def _(p, m, r, pt):
    return f"{p['n']} – factory copy, same carbon", f"{m['cue']}, no serial number, same weight and balance."


@cls("c_relabel29", "", "consumables refilled or relabelled in the brand's packaging", filt=lambda p: p["b"] in FOOD | BEAUTY | {"canon", "shell", "johnson-johnson", "bayer"})
def _(p, m, r, pt):
    return f"{p['n']} – refilled / re-boxed, original packaging", f"Refilled in original {mk(p)} packaging, new expiry label printed. Not factory sealed."


@cls("c_toys29", "", "toy and model-kit copies with the brand's box", filt=lambda p: p["b"] in TOYS)
def _(p, m, r, pt):
    return f"{p['n']} – compatible copy with {mk(p)} box", f"{m['cue']}, same pieces and manual, printed {mk(p)} box. Factory direct."


# ------------------------------------------------------------------ innocent classes
# builder: (p, m, r) -> (title, desc, usd price or None, seller override or None, extra dict)
I = []


def icl(name, star, tactic, genuine, filt=None):
    def deco(f):
        I.append(dict(name=name, star=star, tactic=tactic, f=f, filt=filt, genuine=genuine))
        return f
    return deco


@icl("in_authorized_store29", "", "the brand's registered authorized store at list price", True)
def _(p, m, r):
    mp, sid = AUTH[p["b"]][0]
    return f"{p['n']} – official store", f"Genuine {p['n']}, shipped by the brand's own store, invoice included.", p["usd"] * r.uniform(1, 1.08), (mp, sid)


@icl("in_used29", "", "used genuine goods at 40-70 %", True, filt=WEAR)
def _(p, m, r):
    return f"Used {p['n']} – genuine, with receipt", f"Bought at the {mk(p)} store in 2024, light wear, receipt included.", p["usd"] * r.uniform(.4, .7), None


@icl("in_refurb29", "", "refurbished genuine electronics at 62-82 %", True, filt=lambda p: p["b"] in ELEC and p["cat"] != "software licenses")
def _(p, m, r):
    return f"{p['n']} – refurbished, grade A", "Professionally refurbished, 12-month warranty, genuine parts.", p["usd"] * r.uniform(.62, .82), None


@icl("in_preowned_lux29", "", "pre-owned luxury with papers, 80-115 %", True, filt=lambda p: p["b"] in LUX)
def _(p, m, r):
    return f"Pre-owned {p['n']} – authenticated, full set", "Authenticated by an independent expert, box and papers, receipt from the boutique.", p["usd"] * r.uniform(.8, 1.15), None


@icl("in_outlet29", "", "outlet / last-season genuine goods at 50-70 %", True, filt=WEAR)
def _(p, m, r):
    return f"{p['n']} – outlet, last season", f"Genuine {mk(p)} outlet stock, tags attached.", p["usd"] * r.uniform(.5, .7), None


@icl("in_wholesale29", "", "genuine consumables by the case from a distributor, unit price x case size", True, filt=lambda p: p["usd"] < 60)
def _(p, m, r):
    q = r.choice([6, 12, 24])
    return f"{p['n']} – case of {q}, distributor", f"Genuine, from the official distributor, invoice with VAT" + (", best-before 2027." if p["b"] in FOOD | BEAUTY else "."), p["usd"] * q * r.uniform(.8, .92), None


PARTS = [("dyson", "Genuine Dyson Supersonic filter cage (replacement part)", 25), ("apple", "Genuine Apple iPhone 15 Pro battery – Self Service Repair kit", 99),
         ("rolex", "Genuine Rolex Oyster clasp, used, from a 1990s Datejust", 900), ("bmw", "Genuine BMW cabin filter 64119237555", 45),
         ("toyota", "Genuine Toyota wiper blade 85222-02230", 20), ("philips", "Philips Sonicare W2 Optimal White brush heads x4, genuine", 35),
         ("nintendo", "Genuine Nintendo Joy-Con strap (spare part)", 8), ("sony", "Sony WH-1000XM5 replacement ear pads, genuine", 30),
         ("bosch", "Bosch Professional 18V 4.0Ah ProCORE battery, genuine", 119), ("canon", "Genuine Canon LP-E6NH battery", 79),
         ("omega", "Genuine Omega 20mm rubber strap, used", 250), ("honda", "Genuine Honda spark plug set", 40)]


@icl("in_repair_parts29", "", "genuine spare parts and batteries", True, filt=lambda p: False)
def _(p, m, r):
    return p["_part"][1], "Genuine part, sealed, from an authorised service centre.", p["_part"][2] * r.uniform(.92, 1.1), None


GC = {"apple": "Apple Gift Card", "sony": "PlayStation Store gift card", "microsoft": "Xbox gift card", "nintendo": "Nintendo eShop card",
      "nike": "Nike gift card", "adidas": "adidas gift card", "lego": "LEGO gift card", "pandora": "Pandora gift card", "levis": "Levi's gift card",
      "michael-kors": "Michael Kors gift card", "coach": "Coach gift card", "samsung": "Samsung Store e-voucher"}


@icl("in_gift_cards29", "", "the brand's gift cards at face value in the local currency", True, filt=lambda p: p["b"] in GC)
def _(p, m, r):
    v = r.choice([25, 50, 100])
    amt = sig3(v * m["rate"])
    return f"{GC[p['b']]} {amt:,.0f} {m['cur']}", "Digital code, sent by email, official card, redeemable in this country.", amt / m["rate"], None


@icl("in_grey_import29", "", "genuine parallel imports, no local warranty, 88-102 %", True, filt=lambda p: p["b"] not in PHARMA | SOFT)
def _(p, m, r):
    return f"{p['n']} – imported from Japan, genuine", "Parallel import, 100% genuine, no local warranty, Japanese box.", p["usd"] * r.uniform(.88, 1.02), None


@icl("in_genuine_negated_copy29", "", "genuine goods that say 'not a replica / not a copy'", True, filt=lambda p: p["b"] not in SOFT)
def _(p, m, r):
    return f"{p['n']} – 100% genuine, NOT a replica", f"Not a copy, not a dupe: bought at the {mk(p)} store, receipt and warranty.", p["usd"] * r.uniform(.85, 1.05), None


XOVER = [("mattel", "Hot Wheels Toyota GR Supra 1:64 (licensed)", 3), ("lego", "LEGO Technic BMW M 1000 RR 42130", 250),
         ("nike", "LEGO x Nike Dunk Low build set (official collab)", 40), ("adidas", "adidas Ultraboost DNA x LEGO", 180),
         ("mattel", "Hot Wheels Mario Kart Yoshi (Nintendo licensed)", 6), ("lego", "LEGO Super Mario Adventures starter course 71439", 60),
         ("hasbro", "Monopoly: Nintendo Super Mario edition", 35), ("puma", "PUMA x Hot Wheels Mirage sneakers", 110),
         ("coca-cola", "Coca-Cola x Crocs classic clog (official collab)", 70), ("bandai", "Bandai Tamagotchi x Pac-Man edition", 25),
         ("mattel", "Barbie x Levi's denim fashion pack", 15), ("sony", "PlayStation x LEGO Horizon Tallneck 76989", 90)]


@icl("in_licensed_crossover29", "", "official licensed crossovers naming two brands", True, filt=lambda p: False)
def _(p, m, r):
    return p["_x"][1], "Official licensed product, new in box.", p["_x"][2] * r.uniform(.95, 1.1), None


@icl("in_rental_genuine29", "", "genuine goods for hire, priced per day", True, filt=lambda p: p["usd"] >= 200 and p["b"] in ELEC | LUX | {"callaway"})
def _(p, m, r):
    return f"Rent: {p['n']} – per day", "Genuine, insured, ID and deposit required.", max(10, p["usd"] * r.uniform(.01, .03)), None


@icl("in_review_reply_genuine29", "*", "a shop's replies to reviews defend genuine goods ('invoice from the distributor, serial checks out')", True)
def _(p, m, r):
    return (f"{p['n']} – read our replies to reviews", f"★★☆☆☆ 'Is this real? Price seems OK.'\n↳ Seller reply: Yes – 100% genuine, bought from the official {mk(p)} distributor, invoice in the box, serial registers on the {mk(p)} site. We never sell replicas.",
            p["usd"] * r.uniform(.95, 1.05), None)


@icl("in_forum_wts_genuine29", "*", "a collectors' forum [WTS] post of a genuine item with timestamp, receipt, G&S", True, filt=lambda p: p["b"] in LUX | ELEC | SNK | SPORT)
def _(p, m, r):
    return (f"[WTS][{m['cc']}][H] {p['n']}, full set [W] PayPal G&S", f"Timestamp in pics. Authentic {p['n']}, bought new from an authorised dealer in 2025, receipt and box. No reps, no trades. PayPal G&S or local cash.",
            p["usd"] * r.uniform(.7, .95), None)


@icl("in_cost_per_wear_genuine29", "*", "genuine goods sold with a 'cost per wear' argument for buying quality", True, filt=WEAR)
def _(p, m, r):
    return (f"{p['n']} – genuine, cost per wear explained", f"Retail {fmt(p['usd'], m)} ÷ 5 years of daily use = less than a coffee a week. Genuine, new, from an authorised retailer with warranty.",
            p["usd"] * r.uniform(.97, 1.03), None)


@icl("in_packing_list_genuine29", "*", "after-trip sale of genuine travel gear with the packing list it came from", True, filt=WEAR)
def _(p, m, r):
    return (f"After the trip: {p['n']} (from my packing list)", f"Packing list Bali: ☑ passport ☑ {p['n']} (genuine, bought at the {mk(p)} store, receipt) ☑ sunscreen. Back home, selling it.",
            p["usd"] * r.uniform(.55, .8), None)


@icl("in_apology_genuine29", "*", "an authorised shop's apology for a shipping delay of genuine goods", True)
def _(p, m, r):
    return (f"{p['n']} – sorry for the delay, back in stock", f"Dear customers, we apologise: the last {mk(p)} delivery from the official distributor was delayed at the port. Genuine stock is back, with warranty.",
            p["usd"] * r.uniform(1, 1.06), None)


@icl("in_cosplay_genuine29", "*", "officially licensed costumes and cosplay of the brand's characters", True, filt=lambda p: False)
def _(p, m, r):
    return p["_x"][1], "Officially licensed costume, adult sizes S-XL.", p["_x"][2] * r.uniform(.95, 1.1), None


COSPLAY = [("mattel", "Barbie pink cowgirl costume – officially licensed (Mattel)", 45), ("hasbro", "Transformers Bumblebee costume, licensed by Hasbro", 55),
           ("nintendo", "Super Mario costume – official Nintendo licence", 40), ("nintendo", "Princess Peach dress – officially licensed", 50),
           ("lego", "LEGO minifigure head costume – LEGO licensed", 60), ("microsoft", "Halo Master Chief costume, officially licensed (Xbox)", 90),
           ("hasbro", "Nerf Fortnite blaster + costume kit (Hasbro)", 35), ("mattel", "Ken beach costume – licensed Barbie movie", 40),
           ("bandai", "Tamagotchi kids costume, official Bandai", 30), ("sony", "PlayStation controller onesie – licensed merch", 35),
           ("mattel", "Hot Wheels racing jumpsuit kids – licensed", 30), ("nintendo", "Zelda Link tunic – official licence", 55)]
ACC = ["Case for {n} – silicone, not {mk}", "Screen protector for {n} (3 pack)", "Strap compatible with {n}", "Storage bag for {n}",
       "Cleaning kit for {n}", "Display stand for {n}"]


@icl("in_accessories29", "", "third-party accessories for the brand's goods", False, filt=lambda p: p["b"] in LUX | ELEC | SNK | SPORT)
def _(p, m, r):
    return r.choice(ACC).format(n=p["n"], mk=mk(p)), "Third-party accessory, no affiliation.", r.uniform(6, 25), None


EVERY = [("shell", "Seashell wind chime – handmade from beach shells", 12), ("coach", "Coach tour Lisbon–Porto, 1 seat", 35),
         ("puma", "Puma plush toy 40cm (big cat)", 18), ("canada-goose", "Canada goose decoy, full-body, hunting", 30),
         ("apple", "Apple tree seedling 'Gala', 1m", 15), ("omega", "Omega-3 fish oil capsules 120", 14),
         ("mars", "Mars rover Perseverance 1:24 model", 40), ("nintendo", "Light switch covers x3 – Switch plate", 9),
         ("microsoft", "Windows & doors installation – free quote", 0), ("pandora", "Pandora's box jewellery box, wooden", 22),
         ("dyson", "Dyson sphere poster – sci-fi art print", 15), ("wilson", "Wilson's phalarope bird print, framed", 28)]


@icl("in_everyday_senses29", "", "everyday senses of marks (seashells, coach tours, decoys, Omega-3)", False, filt=lambda p: False)
def _(p, m, r):
    return p["_x"][1], "", (p["_x"][2] or None) and p["_x"][2] * r.uniform(.9, 1.1), None


BOOKS = [("nike", "Shoe Dog – Phil Knight, paperback", 14), ("rolex", "Rolex: The Watch book, hardcover", 60),
         ("lego", "The LEGO Ideas Book, hardcover", 20), ("apple", "Steve Jobs by Walter Isaacson, used", 8),
         ("gucci", "The House of Gucci – Sara Gay Forden, paperback", 16), ("honda", "Haynes manual Honda Civic 2016-2021", 30),
         ("toyota", "The Toyota Way – Jeffrey Liker", 22), ("nintendo", "Nintendo Power magazine lot (1990s, 12 issues)", 45),
         ("louis-vuitton", "Louis Vuitton Catwalk: The Complete Fashion Collections", 55), ("omega", "Moonwatch Only – Speedmaster book", 120),
         ("dyson", "Against the Odds – James Dyson, autobiography", 12), ("canon", "Canon EOS R6 Mark II: The Complete Guide (book)", 25)]


@icl("in_books_media29", "", "books and magazines about the brand", False, filt=lambda p: False)
def _(p, m, r):
    return p["_x"][1], "Book in good condition.", p["_x"][2] * r.uniform(.9, 1.1), None


@icl("in_repair_services29", "", "independent repair and service of the brand's goods", False, filt=WEAR)
def _(p, m, r):
    return f"Repair service for {p['n']} – independent workshop", f"We repair your own {mk(p)}: diagnosis, cleaning, parts. Not affiliated with {mk(p)}.", r.uniform(30, 150), None


@icl("in_wanted29", "", "wanted ads for genuine goods (no price)", False)
def _(p, m, r):
    return f"WTB: {p['n']} – genuine only", f"Looking for an authentic {p['n']}, receipt preferred. No reps, no copies please.", None, None


DUPE = [("rolex", "San Martin diver watch, own brand – Submariner homage, no Rolex logo", 220), ("dyson", "Shark FlexStyle hair styler – a cheaper Airwrap alternative", 280),
        ("louis-vuitton", "Canvas tote, own design – Neverfull-size alternative, no logo", 45), ("apple", "Soundcore Liberty 4 earbuds – AirPods Pro alternative", 99),
        ("lego", "CaDA Technic-compatible car set, own brand (not LEGO)", 120), ("estee-lauder", "The Ordinary serum – Advanced Night Repair dupe, own brand", 15),
        ("canada-goose", "Uniqlo seamless down parka – Canada Goose look-alike, own brand", 150), ("nike", "Decathlon Kipsta sneakers – Dunk-like, own brand", 30),
        ("cartier", "Screw bangle by Mejuri, own design, not Cartier", 180), ("omega", "Seiko Prospex diver – Seamaster alternative", 450),
        ("bose", "Soundcore Space Q45 – Bose QC45 alternative", 130), ("gillette", "Harry's razor blades 8 – Gillette alternative", 16)]


@icl("in_honest_dupe29", "", "honest alternatives under their own brand", False, filt=lambda p: False)
def _(p, m, r):
    return p["_x"][1], "Own brand, compared for size and function only.", p["_x"][2] * r.uniform(.9, 1.1), None


@icl("in_press_news29", "", "news articles and press reports about the brand", False)
def _(p, m, r):
    return f"Newspaper clipping: '{mk(p)} reports record year' (2026)", f"Original clipping from the business section about {mk(p)}, for collectors.", r.uniform(3, 10), None


@icl("in_fake_spotting_guide29", "", "guides and services for spotting fakes of the brand", False)
def _(p, m, r):
    return f"How to spot a fake {p['n']} – illustrated guide (PDF)", f"12 pages comparing genuine and counterfeit {mk(p)} details. We sell no {mk(p)} goods.", r.uniform(4, 12), None


LIST = [("bose", "Which? magazine Dec 2026 – best headphones tested (Bose, Sony)", 8), ("sony", "What Hi-Fi? Awards 2026 issue – Sony WH-1000XM5 wins", 9),
        ("dyson", "Good Housekeeping: top 10 hair dryers 2026 issue", 6), ("apple", "Top 10 earbuds 2026 – tech magazine back issue", 7),
        ("nike", "Runner's World shoe guide 2026 – top 10 trainers", 8), ("rolex", "Top 50 watches ever made – WatchTime special issue", 15),
        ("lego", "Top 10 LEGO sets of all time – Blocks magazine issue 120", 10), ("canon", "Best cameras 2026 – Digital Camera magazine", 9),
        ("samsung", "Top 10 phones 2026 – T3 magazine issue", 7), ("louis-vuitton", "Vogue: the 10 handbags of the decade (issue)", 12),
        ("michelin", "Auto Bild tyre test 2026 issue (Michelin, Continental)", 6), ("callaway", "Golf Digest Hot List 2026 – drivers ranked", 9)]


@icl("in_listicle_media29", "*", "magazine rankings and 'top 10' issues that name the brand's goods", False, filt=lambda p: False)
def _(p, m, r):
    return p["_x"][1], "Back issue, read once.", p["_x"][2] * r.uniform(.9, 1.1), None


MENU = [("ferrero", "Nutella crêpe + coffee – café menu deal", 7), ("coca-cola", "Burger menu with Coca-Cola 0.5L", 11),
        ("mars", "Snickers cheesecake slice – bakery", 5), ("nestle", "Nescafé Gold vending refill service for offices", 40),
        ("ferrero", "Ferrero Rocher tiramisu – homemade dessert to order", 25), ("danone", "evian still water 1.5L x6 – café supplies", 9),
        ("coca-cola", "Rum & Coke cocktail bucket – bar menu", 18), ("mars", "M&M's cookie box (12), home bakery", 14),
        ("nestle", "KitKat milkshake – diner menu", 6), ("ferrero", "Nutella waffle – food truck", 6),
        ("shell", "Shell station car wash + coffee voucher", 12), ("michelin", "Michelin-starred tasting menu voucher (restaurant)", 180)]


@icl("in_restaurant_menu29", "", "menus of cafés and restaurants that serve the brand's products", False, filt=lambda p: False)
def _(p, m, r):
    return p["_x"][1], "Freshly made. Delivery in the city.", p["_x"][2] * r.uniform(.9, 1.1), None


TOUR = [("lego", "LEGO House Billund – entry ticket", 40), ("toyota", "Toyota Kaikan factory tour booking, Toyota City", 0),
        ("bmw", "BMW Welt & plant tour ticket, Munich", 17), ("coca-cola", "World of Coca-Cola ticket, Atlanta", 22),
        ("michelin", "L'Aventure Michelin museum ticket, Clermont-Ferrand", 12), ("nintendo", "Nintendo Museum Uji – lottery ticket help", 0),
        ("swarovski", "Swarovski Kristallwelten ticket, Wattens", 25), ("philips", "Philips Museum Eindhoven – ticket", 14),
        ("honda", "Honda Collection Hall, Motegi – day trip", 60), ("nestle", "Maison Cailler chocolate factory tour (Nestlé)", 18),
        ("omega", "Cité du Temps Geneva – Swatch Group exhibition ticket", 0), ("mattel", "Barbie: The World Tour exhibition ticket", 25)]


@icl("in_factory_tours29", "", "tickets and tours of the brand's museums and factories", False, filt=lambda p: False)
def _(p, m, r):
    return p["_x"][1], "Official ticket, date of your choice.", (p["_x"][2] or None) and p["_x"][2] * r.uniform(.95, 1.05), None


@icl("in_survey_research29", "*", "paid market-research surveys and product-testing panels about the brand's goods (the buyer is paid)", False)
def _(p, m, r):
    return (f"Paid survey: tell us about your {p['n']} – voucher for 15 minutes", f"Market-research panel for owners of genuine {mk(p)} products. 15 minutes, 5 voucher. We sell nothing.", r.uniform(0, 1) < .5 and 0 or None, None)


def pools():
    """products for each class: rotate through the products, filtered."""
    return P


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, default=29)
    ap.add_argument("--out", default="set.jsonl")
    ap.add_argument("--classes", default="classes.md")
    a = ap.parse_args()
    r = random.Random(a.seed)
    rows, meta = [], []
    mno = {b: n for b, n in MODELNO}
    pos = 0
    for k, c in enumerate(C):
        if c["name"] == "c_nicknames29":
            plist = [dict(next(p for p in P if p["b"] == b), _nick=nk) for b, nk in NICK]
        elif c["name"] == "c_model_number29":
            plist = [dict(next(p for p in P if p["b"] == b), _mno=no) for b, no in MODELNO]
        else:
            plist = [p for p in P if (c["filt"] is None or c["filt"](p))]
        # rotate so that all brands appear across classes
        start = (pos * 13) % len(plist)
        pos += 1
        picks = [plist[(start + i) % len(plist)] for i in range(13)] if len(plist) >= 13 else [plist[i % len(plist)] for i in range(13)]
        if len(plist) < 13:
            r.shuffle(picks)
        ex = None
        for p in picks:
            m = r.choice(M)
            if c["name"] == "c_local_script29":
                langs = {l for l, _ in LOCAL[p["b"]]}
                m = r.choice([x for x in M if x["lang"] in langs])
            if c["name"] == "c_code_switch29":
                m = r.choice([x for x in M if x["cc"] in ("PH", "IN", "MY", "MX", "MA", "NG", "DE", "KR")])
            if c["name"] == "c_cjk_jargon29":
                m = r.choice([x for x in M if x["lang"].startswith("zh")])
            usd = c["price"](p, r) if c["price"] else copy_usd(p, r)
            pt = fmt(usd, m)
            p = dict(p, _usd=usd)
            t, d = c["f"](p, m, r, pt)
            ship = m["cc"] if (m["cc"] != "CN" and r.random() > .35) else "CN"
            rows.append(make_row(r, m, t, d, money(usd, m), p, c["name"], c["tactic"], "counterfeit", ship, None, k))
            ex = ex or (t, p["b"])
        meta.append((c["name"], c["star"], "counterfeit", 13, c["tactic"], ex))
    special = {"in_repair_parts29": ("_part", PARTS), "in_licensed_crossover29": ("_x", XOVER), "in_everyday_senses29": ("_x", EVERY),
               "in_books_media29": ("_x", BOOKS), "in_honest_dupe29": ("_x", DUPE), "in_listicle_media29": ("_x", LIST),
               "in_restaurant_menu29": ("_x", MENU), "in_factory_tours29": ("_x", TOUR), "in_cosplay_genuine29": ("_x", COSPLAY)}
    for k, c in enumerate(I):
        if c["name"] in special:
            key, lst = special[c["name"]]
            picks = [dict(next(p for p in P if p["b"] == e[0]), **{key: e}) for e in lst]
        else:
            plist = [p for p in P if (c["filt"] is None or c["filt"](p))]
            start = (pos * 12) % len(plist)
            pos += 1
            picks = [plist[(start + i * 3) % len(plist)] for i in range(12)]
        ex = None
        for p in picks:
            m = r.choice(M)
            t, d, usd, seller = c["f"](p, m, r)
            if seller:
                mp, sid = seller
                m = dict(next((x for x in M if x["mp"] == mp), dict(M[0], lang="zh" if mp == "tmall" else M[0]["lang"], mp=mp, cur="CNY" if mp == "tmall" else ("EUR" if mp == "amazon-de" else "USD"),
                                                                   rate=7.2 if mp == "tmall" else (0.92 if mp == "amazon-de" else 1),
                                                                   cc="CN" if mp == "tmall" else ("DE" if mp == "amazon-de" else "US"))))
            price = money(usd, m) if usd is not None else None
            rows.append(make_row(r, m, t, d, price, p, c["name"], c["tactic"], "innocent", m["cc"], seller, k,
                                 cat=None if c["name"] in special and c["name"] not in ("in_repair_parts29",) else p["cat"]))
            ex = ex or (t, p["b"])
        meta.append((c["name"], c["star"], "innocent", 12, c["tactic"], ex))
    r.shuffle(rows)
    with open(a.out, "w", encoding="utf-8") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    with open(a.classes, "w", encoding="utf-8") as f:
        f.write("# outsider29 classes\n\n`*`: a newer family (no earlier outsider class list has it, by my greps; doubts in README.md). "
                "Example: one row's title (brand).\n\n| class | * | kind | n | tactic | example |\n|---|---|---|---|---|---|\n")
        for name, star, kind, n, tac, ex in meta:
            f.write(f"| {name} | {star} | {kind} | {n} | {tac} | {ex[0].replace('|', '/')} ({ex[1]}) |\n")
    print(len(rows), "rows")


def make_row(r, m, t, d, price, p, cname, tactic, kind, ship, seller, k, cat="__p"):
    lid = "%016x" % r.getrandbits(64)
    if seller:
        sel = {"id": seller[1], "name": MARK[p["b"]] + " official", "country": m["cc"]}
    else:
        sel = {"id": "u%08x" % r.getrandbits(32), "name": r.choice(["shop", "store", "seller", "deals", "market", "boutique"]) + str(r.randrange(10, 9999)), "country": m["cc"]}
    row = {"marketplace": m["mp"], "listing_id": lid, "url": f"https://{m['mp']}.example/item/{lid}", "title": t[:1000], "description": d,
           "seller": sel, "category": p["cat"] if cat == "__p" else cat, "images": [], "ship_from": ship,
           "observed_at": f"2026-12-0{r.choice([2, 3])}T{r.randrange(24):02d}:{r.randrange(60):02d}:00Z", "attributes": {}}
    if price is not None:
        row["price"] = price
    row["_label"] = {"kind": kind, "brand": p["b"], "class": cname, "tactic": tactic, "lang": m["lang"], "also": []}
    return row


if __name__ == "__main__":
    main()
