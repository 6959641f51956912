#!/usr/bin/env python3
"""outsider23: generate BrandSentry's 23rd held-out set (stdlib only, seeded, deterministic).

python3 make_set.py --seed 23 --out set.jsonl --classes classes.md

One function per class (registered with @cls). Each returns its rows; rows get random hex ids, are shuffled and
written as Listing JSON plus `_label`.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import random

from data import AUTHORIZED, MARKETS, PRODUCTS

CLASSES = []  # (name, star, kind, tactic, fn)


def cls(name, star, kind, tactic):
    def deco(fn):
        CLASSES.append((name, star, kind, tactic, fn))
        return fn
    return deco


def sig3(x):
    if x <= 0:
        return 0.0
    from math import floor, log10
    d = 3 - int(floor(log10(abs(x)))) - 1
    v = round(x, d)
    return float(int(v)) if v >= 100 else v


def copy_usd(r, lst):
    if lst >= 2000:
        f = r.uniform(0.03, 0.08)
    elif lst >= 300:
        f = r.uniform(0.06, 0.20)
    elif lst >= 30:
        f = r.uniform(0.15, 0.35)
    else:
        f = r.uniform(0.25, 0.45)
    return lst * f


SELLER_FIRST = ["mika", "joy", "tony", "lin", "sam", "ade", "kemi", "olu", "nina", "rafa", "yuki", "min", "ali", "sara",
                "dan", "ivy", "leo", "maya", "omar", "zoe", "li", "ana", "ben", "eva", "kai", "noor", "pia", "raj"]
SELLER_SUF = ["store", "shop", "deals", "trading", "goods", "market", "corner", "outlet_x", "mall", "hub", "traders", "world"]

EN_CUES = ["1:1 copy", "replica, top grade", "AAA copy", "mirror quality", "high copy, not original", "rep, best batch",
           "clone version", "copy but looks real", "first copy", "super copy", "not original, very good quality",
           "1:1 reps", "fake but premium"]


class Ctx:
    def __init__(self, seed, name):
        h = int(hashlib.sha256(f"{seed}:{name}".encode()).hexdigest()[:12], 16)
        self.r = random.Random(h)
        self.name = name
        self.rows = []

    def prod(self, brand, i=None):
        ps = PRODUCTS[brand]
        return ps[i % len(ps)] if i is not None else self.r.choice(ps)

    def cue(self):
        return self.r.choice(EN_CUES)

    def add(self, kind, brand, tactic, market, title, desc="", usd=None, category=None, seller_name=None, attrs=None,
            seller_id=None, marketplace=None, ship_from=None, lang=None, price_local=None):
        r = self.r
        lang0, mp, cur, country, rate = MARKETS[market]
        if marketplace:
            mp = marketplace
        price = None
        if price_local is not None:
            price = {"amount": price_local[0], "currency": price_local[1]}
        elif usd is not None:
            price = {"amount": sig3(usd * rate), "currency": cur}
        sname = seller_name or (r.choice(SELLER_FIRST) + "_" + r.choice(SELLER_SUF) + str(r.randint(1, 99)))
        sid = seller_id or ("s" + "".join(r.choice("0123456789abcdef") for _ in range(10)))
        day = r.choice([2, 3])
        row = {
            "marketplace": mp,
            "listing_id": "",
            "url": "",
            "title": title,
            "description": desc,
            "price": price,
            "seller": {"id": sid, "name": sname, "country": country},
            "category": category,
            "images": [],
            "ship_from": ship_from or country,
            "observed_at": f"2026-12-0{day}T{r.randint(0, 23):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}Z",
            "attributes": attrs or {},
            "_label": {"kind": kind, "brand": brand, "class": self.name, "tactic": tactic, "lang": lang or market.rstrip("0123456789"),
                       "also": []},
        }
        if price is None:
            del row["price"]
        self.rows.append(row)


EN_MARKETS = ["en-US", "en-US3", "en-US4", "en-GB", "en-GB2", "en-AU", "en-CA", "en-NZ", "en-IE", "en-IN", "en-SG",
              "en-PH", "en-NG", "en-KE", "en-ZA", "en-GH", "en-PK", "en-AE"]
WORLD = ["de-DE", "fr-FR", "es-ES", "es-MX", "pt-BR", "it-IT", "nl-NL", "pl-PL", "tr-TR", "ru-RU", "ar-SA", "ja-JP",
         "ko-KR", "zh-TW", "zh-HK", "vi-VN", "th-TH", "id-ID", "ms-MY", "sv-SE", "cs-CZ", "ro-RO", "el-GR", "he-IL",
         "es-AR", "es-CO", "es-CL", "es-PE", "uk-UA", "kk-KZ", "fr-MA", "hu-HU", "da-DK", "fi-FI", "no-NO", "de-CH"]
ALL = EN_MARKETS + WORLD


def mk_markets(c, n, pool=None):
    pool = list(pool or ALL)
    c.r.shuffle(pool)
    return [pool[i % len(pool)] for i in range(n)]


def hooked(c, tactic, items, templates, cue=True, markets=None, kind="counterfeit", price="copy"):
    """items: (brand, hook[, product index]); templates use {g} generic product, {h} hook, {c} cue, {b} brand-named."""
    ms = mk_markets(c, len(items), markets)
    for i, it in enumerate(items):
        brand, hook = it[0], it[1]
        g, b, lst, cat = c.prod(brand, it[2] if len(it) > 2 else None)
        t = templates[i % len(templates)]
        cu = c.cue() if cue else ""
        title = t[0].format(g=g, h=hook, c=cu, b=b)
        desc = t[1].format(g=g, h=hook, c=cu, b=b)
        usd = copy_usd(c.r, lst) if price == "copy" else price(c.r, lst)
        c.add(kind, brand, tactic, ms[i], title, desc, usd, cat)


# ============================================================ counterfeit, new families (*)

@cls("c_engine_chassis_code23", "*", "counterfeit",
     "the car maker named only by engine and chassis codes (2JZ-GTE, 1JZ, JZA80, S58, B58, N54, E46, K20A, B16B, F20C, FK8), parts with its badge as copies")
def c_engine_chassis_code23(c):
    items = [("toyota", "2JZ-GTE valve covers, red crinkle, with the maker's script"),
             ("toyota", "JZA80 rear emblem set, chrome"),
             ("toyota", "1JZ-GTE VVTi timing belt kit, OEM box"),
             ("toyota", "3S-GTE ST205 intercooler with the oval badge"),
             ("toyota", "4A-GE 20V silver-top cam cover with the oval badge"),
             ("bmw", "S58 carbon engine cover with roundel, G80/G82"),
             ("bmw", "B58 oil filter housing with roundel, boxed"),
             ("bmw", "N54 injector set index 12, roundel box"),
             ("bmw", "E46 M3 S54 roundel hood + trunk badge pair"),
             ("honda", "B16B red valve cover with the H wing logo, EK9"),
             ("honda", "K20A oil filter & sump plug, H-logo box, DC5/EP3"),
             ("honda", "F20C AP1 key fob shell with the H logo"),
             ("honda", "FK8 front grille red H badge")]
    tpl = [("{h} – {c}", "Same as dealer part, new, factory box printed. {c}. Wholesale price for workshops."),
           ("{h} | {c} | fast ship", "Looks exactly like OEM incl. logo and part labels. {c}."),
           ("NEW {h}", "Not original, {c}, all logos and stickers included. Ship from Guangzhou.")]
    hooked(c, "engine/chassis codes", items, tpl)


@cls("c_dealer_tools23", "*", "counterfeit",
     "cloned dealer diagnostic tools and cracked workshop software named by the maker's tool names (Techstream, Mini-VCI, ISTA, ICOM, E-Sys, HDS, HIM, KTS, ESI[tronic])")
def c_dealer_tools23(c):
    items = [("toyota", "Techstream 18 + Mini-VCI J2534 cable, lifetime activation"),
             ("toyota", "Techstream GTS Plus clone laptop, ready to use, Lexus/Scion too"),
             ("toyota", "TIS Techstream keygen + VIM cable, unlimited"),
             ("toyota", "Mini VCI firmware 2.0.4 clone with Techstream v18 crack"),
             ("bmw", "ICOM Next A+B+C clone + ISTA+ 4.5x SSD, coding ready"),
             ("bmw", "E-Sys 3.x + ENET cable + token generator, F/G series"),
             ("bmw", "ISTA-P / ISTA-D 2026 SSD for ICOM, cracked, all models"),
             ("honda", "HDS HIM clone with i-HDS 3.104 software, Acura too"),
             ("honda", "i-HDS MVCI 3 clone dealer scanner, lifetime updates"),
             ("bosch", "KTS 560 clone with ESI 2026/1 keygen"),
             ("bosch", "ESI[tronic] 2.0 2026 full DVD + unlimited keygen, KTS 590"),
             ("bosch", "KTS 570 Bluetooth clone module, tronic software preinstalled"),
             ("bosch", "ESI tronic Truck + KTS 540 clone, workshop package")]
    tpl = [("{h}", "Clone hardware, software activated offline, no subscription needed. Same as dealer."),
           ("{h} – best clone", "Works like original, not from the dealer. Activation by TeamViewer."),
           ("{h} (copy)", "Chinese clone with full functions. Crack included.")]
    ms = mk_markets(c, len(items))
    for i, (brand, hook) in enumerate(items):
        t = tpl[i % 3]
        cat = "auto parts" if brand != "bosch" else "power tools"
        c.add("counterfeit", brand, "dealer tools", ms[i], t[0].format(h=hook), t[1], c.r.uniform(35, 160), cat)


@cls("c_ecosystem_names23", "*", "counterfeit",
     "the brand named by its apps, OS, services and loyalty programmes (Find My, iOS 26, One UI 8, PS Remote Play, Game Pass, SNKRS, CONFIRMED, adiClub, MyDyson, Camera Connect) with a copy cue")
def c_ecosystem_names23(c):
    items = [("apple", "works with Find My, iOS 26 pop-up, spatial audio", 0),
             ("apple", "AirDrop, FaceTime, iOS 26 – 1TB", 1),
             ("apple", "Genius Bar tested, AppleCare+ eligible look", 0),
             ("samsung", "One UI 8, Galaxy AI features, S Pen, Knox", 0),
             ("samsung", "SmartThings Find, auto-switch with One UI", 1),
             ("sony", "PS Remote Play & PS Plus ready, haptics", 2),
             ("microsoft", "Game Pass Ultimate ready, Quick Resume", 1),
             ("nike", "SNKRS exclusive drop, member-only colourway", 1),
             ("nike", "SNKRS W, Nike Run Club approved", 0),
             ("adidas", "CONFIRMED app exclusive, adiClub level 4", 0),
             ("dyson", "MyDyson app pairing, LCD screen", 2),
             ("canon", "Camera Connect & EOS Utility compatible, dual pixel AF", 0),
             ("nintendo", "Nintendo Switch Online + eShop working, GameChat", 0)]
    tpl = [("{g} – {h} – {c}", "Everything works like the real one. {c}."),
           ("{g}, {h} ({c})", "Grade AAA. {c}. Not from the official store, much cheaper."),
           ("{h} | {g} | {c}", "{c} – ships in 3 days.")]
    hooked(c, "ecosystem names", items, tpl)


@cls("c_brand_venue23", "*", "counterfeit",
     "the brand named by a venue it owns or runs (BMW Welt, World of Coca-Cola, LEGO House, Nintendo Museum, Kristallwelten, L'Aventure Michelin, Gucci Garden, Fondation Cartier, Rolex Learning Center, House of Innovation, Speedfactory), copy cue")
def c_brand_venue23(c):
    items = [("bmw", "BMW Welt Munich edition", 2), ("coca-cola", "World of Coca-Cola Atlanta souvenir edition", 1),
             ("lego", "LEGO House Billund exclusive style", 1), ("nintendo", "Nintendo Museum Uji gift-shop edition", 0),
             ("swarovski", "Kristallwelten Wattens boutique edition", 1), ("michelin", "as sold at L'Aventure Michelin, Clermont", 1),
             ("gucci", "Gucci Garden Florence exclusive", 0), ("cartier", "Fondation Cartier Paris gift edition", 0),
             ("rolex", "Rolex Learning Center Lausanne anniversary", 0), ("nike", "House of Innovation 000 NYC exclusive", 0),
             ("adidas", "Speedfactory Ansbach pair, World of Sports campus", 2), ("louis-vuitton", "Asnières workshop edition", 0),
             ("omega", "Omega Museum Biel visitor edition", 0)]
    items = [("bmw", "Welt Munich delivery-centre edition", 2), ("coca-cola", "World of Coca-Cola Atlanta souvenir edition", 1),
             ("lego", "Billund 'House' exclusive-style set", 0), ("nintendo", "Uji museum gift-shop edition", 0),
             ("swarovski", "Kristallwelten Wattens boutique edition", 1), ("michelin", "L'Aventure Clermont-Ferrand museum edition", 1),
             ("gucci", "Garden Florence exclusive (Palazzo della Mercanzia)", 0), ("cartier", "Fondation boulevard Raspail gift edition", 0),
             ("rolex", "Learning Center Lausanne anniversary dial", 0), ("nike", "House of Innovation 000 Fifth Ave exclusive", 0),
             ("adidas", "Speedfactory Ansbach pair from World of Sports campus", 2), ("louis-vuitton", "Asnières family-house workshop edition", 0),
             ("omega", "Biel museum visitor edition", 0)]
    tpl = [("{g} – {h} – {c}", "{c}. Same design as the one sold at the venue, for a fraction."),
           ("{h} {g} {c}", "Replica of the venue-exclusive piece. {c}."),
           ("{g} ({h}) – {c}", "Brand new, {c}, gift box included.")]
    hooked(c, "brand venue", items, tpl)


@cls("c_support_hotline23", "*", "counterfeit",
     "the brand named by its customer-service number or vanity number (1-800-MY-APPLE, 1-800-OK-CANON, 1-800-GET-COKE, 1-800-255-3700, 1-800-726-7864), copy cue")
def c_support_hotline23(c):
    items = [("apple", "call 1-800-MY-APPLE to check coverage", 0), ("apple", "support line 1-800-692-7753 recognises it", 1),
             ("canon", "1-800-OK-CANON will register it", 0), ("coca-cola", "questions: 1-800-GET-COKE", 0),
             ("nintendo", "register at 1-800-255-3700", 0), ("samsung", "1-800-726-7864 warranty line", 0),
             ("microsoft", "activates via 1-800-642-7676", 0), ("toyota", "dealer line 1-800-331-4331 parts", 0),
             ("honda", "fits per 1-800-999-1009 parts desk", 1), ("bmw", "as listed by 1-800-831-1117 customer relations", 0),
             ("sony", "1-800-345-7669 product support", 0), ("nike", "1-800-806-6453 returns line", 0),
             ("canon", "OK-CANON hotline compatible", 1)]
    tpl = [("{g} – {h} – {c}", "{c}. No box. Hotline number printed on the card."),
           ("{g} {c} ({h})", "Very cheap, {c}."),
           ("{h}: {g}, {c}", "Looks 100% like the real one. {c}.")]
    hooked(c, "support hotline", items, tpl, markets=["en-US", "en-US3", "en-US4", "en-CA"])


@cls("c_famous_lawsuit23", "*", "counterfeit",
     "the brand named by a famous lawsuit or feud it fought (stripes v. Thom Browne, rounded corners v. Samsung, brick shape v. Mega Bloks, 4-finger shape, Bratz, Palworld, Betamax, Chewy Vuiton, Dyson v Hoover, Satan Shoes), copy cue")
def c_famous_lawsuit23(c):
    items = [("adidas", "from the stripes brand that lost to Thom Browne (2023)", 0),
             ("apple", "the rounded-corners design from the 2012 trial v. Samsung", 1),
             ("lego", "the brick that lost its shape mark v. Mega Bloks (2010)", 0),
             ("nestle", "4-finger wafer – the shape that failed as a trade mark in 2018", 2),
             ("mattel", "the doll maker that sued over Bratz", 0),
             ("nintendo", "the Kyoto maker that sued Palworld's studio", 0),
             ("sony", "the Betamax-case company's console", 1),
             ("louis-vuitton", "the house that sued 'Chewy Vuiton' and Louis Vuitton Dak", 0),
             ("dyson", "the cyclone maker that beat Hoover in 2000", 0),
             ("nike", "the swoosh-free 'Satan Shoes' plaintiff's AF1", 0),
             ("gucci", "the house that won v. Guess in Milan 2013", 0),
             ("levis", "the Tab-device litigant's 501", 0),
             ("samsung", "the defendant in the billion-dollar 2012 verdict", 0)]
    tpl = [("{g} – {h} – {c}", "{c}. You know which brand. No logo in the photos, logo on the item."),
           ("{h}: {g} {c}", "{c}, ships with full packaging."),
           ("{g} | {h} | {c}", "Same as the famous one. {c}.")]
    hooked(c, "lawsuit lore", items, tpl)


@cls("c_famous_defect23", "*", "counterfeit",
     "the brand named by a famous defect or controversy of its goods (Joy-Con drift, red ring of death, bendgate, 'you're holding it wrong', butterfly keyboard, yellow light of death, Err 99, Note 7, sticky pedal), copy cue")
def c_famous_defect23(c):
    items = [("nintendo", "hall-effect sticks, NO drift unlike the original", 1),
             ("nintendo", "the drift-famous hybrid handheld, OLED", 0),
             ("microsoft", "from the red-ring-of-death makers, new series", 1),
             ("apple", "bendgate-proof titanium frame", 1),
             ("apple", "antennagate phone maker – 'you're holding it wrong' edition", 1),
             ("apple", "no more butterfly keyboard, 13'' M-chip laptop", 2),
             ("sony", "from the yellow-light-of-death console family", 1),
             ("canon", "no Err 99 like the originals", 0),
             ("samsung", "the Note 7 maker's foldable, won't catch fire", 0),
             ("toyota", "sticky-pedal-recall brand, parts for Corolla/Camry", 1),
             ("bose", "the QC35 firmware-downgrade-scandal headphones", 0),
             ("dyson", "no more clogged-cyclone problem, cordless stick", 2),
             ("gillette", "the 'best a man can get' razor but not the 2019 ad brand", 0)]
    tpl = [("{g} – {h} – {c}", "{c}. Known problem of the original is fixed in this version."),
           ("{h} | {g} | {c}", "{c}. Better than the real thing."),
           ("{g}, {h} ({c})", "{c}.")]
    hooked(c, "defect lore", items, tpl)


@cls("c_ingredient_list23", "*", "counterfeit",
     "food, cosmetics and OTC goods named only by their exact ingredient or note list (hazelnuts 13 %, E150d + phosphoric acid, Bifida ferment lysate, eucalyptol-menthol-thymol-methyl salicylate, dexpanthenol 5 %), sold as copies")
def c_ingredient_list23(c):
    items = [("ferrero", "Sugar, palm oil, hazelnuts 13%, skimmed milk powder 8.7%, fat-reduced cocoa 7.4%, lecithin, vanillin – the famous white-lid jar, 750g", 0),
             ("ferrero", "Hazelnut wafer pralines: whole hazelnut, milk chocolate, gold foil, 30 pcs, same recipe", 1),
             ("coca-cola", "Carbonated water, sugar, colour E150d, phosphoric acid, natural flavourings incl. caffeine – 330ml x24, red cans", 0),
             ("mars", "Milk chocolate with peanuts 16%, caramel, nougat, 48g x24 bars, same recipe", 0),
             ("estee-lauder", "Bifida Ferment Lysate first ingredient, brown bottle night serum 50ml", 0),
             ("loreal", "Notes: blackcurrant, pear, iris, praline, vanilla, patchouli – smile-bottle EDP 100ml", 1),
             ("loreal", "Bifida ferment lysate + 7 pre- and probiotic fractions, black-bottle serum 50ml", 0),
             ("johnson-johnson", "Eucalyptol 0.092%, menthol 0.042%, methyl salicylate 0.06%, thymol 0.064% mouthwash 1L", 0),
             ("bayer", "Dexpanthenol 5% ointment 100g, lanolin base, nappy care", 1),
             ("shiseido", "SPF50+ PA++++ milk, zinc oxide, gold-cap 60ml, Japanese formula", 0),
             ("abbott", "2'-FL HMO + lutein + vitamin E, stage 3 900g, purple can", 1),
             ("danone", "Pronutra+ GOS/FOS 9:1 blend, stage 3 800g", 0),
             ("nestle", "Instant coffee 100%, freeze-dried gold granules, 200g jar, gold lid", 0)]
    tpl = [("{h}", "Made in our factory, same formula, no brand on the pack (label on request). Not original."),
           ("{h} – copy", "OEM copy with identical ingredients, export label. Very cheap."),
           ("{h} – factory version", "Same as the famous brand, unbranded jar/bottle, replica packaging on request.")]
    hooked(c, "ingredient list", items, tpl, cue=False)


@cls("c_waitlist_scarcity23", "*", "counterfeit",
     "the product named by its waitlist, allocation or draw culture (no AD games, skip the 5-year list, no purchase history, took the L on the draw) with copy-grade jargon, no mark")
def c_waitlist_scarcity23(c):
    items = [("rolex", "skip the 5-year AD waitlist: the steel Swiss chronograph everyone begs for, panda dial, clean factory", 1),
             ("rolex", "no AD games, no purchase history – the green-bezel crown diver, 904L, VSF", 0),
             ("rolex", "tired of 'no allocation'? fluted-bezel 41 jubilee, 3235 clone", 2),
             ("rolex", "the diver ADs never have in the case – ceramic bezel, 1:1", 0),
             ("omega", "sold-out Snoopy moon chronograph – no boutique waitlist, ours ships now, hesalite", 0),
             ("omega", "limited moon chrono without the boutique lottery, OM factory", 0),
             ("nike", "took the L on the draw? Chicago highs, top batch, ships today", 1),
             ("nike", "member-only drop you never win – LJR batch, 1:1", 1),
             ("louis-vuitton", "no appointment, no purchase history, no quota – monogram tote MM, mirror", 0),
             ("cartier", "no boutique waitlist for the screw bangle – 18k plated, screwdriver incl.", 0),
             ("nintendo", "sold out everywhere? new hybrid handheld 2nd gen – our version in stock, same games", 0),
             ("sony", "console sold out at launch – our slim edition ships now, same games", 1),
             ("canada-goose", "sold-out arctic parka size M – factory batch, 625 fill", 0)]
    ms = mk_markets(c, len(items))
    for i, (brand, hook, pi) in enumerate(items):
        g, b, lst, cat = c.prod(brand, pi)
        c.add("counterfeit", brand, "waitlist lore", ms[i], hook.split(" – ")[0].split(":")[0][:120] + " – " + g,
              hook + ". DM for real pics.", copy_usd(c.r, lst), cat)


@cls("c_crowdfunding_cover23", "*", "counterfeit",
     "a copy sold as a crowdfunding 'backer edition' or 'stretch-goal reward' with the brand's mark or line (Kickstarter, Indiegogo, Makuake, Wadiz, Zeczec)")
def c_crowdfunding_cover23(c):
    items = [("dyson", "Kickstarter backer edition", 0), ("bose", "Indiegogo early-bird reward", 0),
             ("apple", "Makuake backer batch", 0), ("sony", "Wadiz stretch-goal edition", 0),
             ("lego", "Kickstarter MOC campaign, 1:1 brick clone", 0), ("bandai", "Zeczec campaign reward kit", 0),
             ("rolex", "Kickstarter 'homage' with the original logo, backer price", 0), ("canon", "Indiegogo InDemand batch", 0),
             ("samsung", "Kickstarter backer unit", 1), ("philips", "Makuake early-bird unit", 0),
             ("yonex", "Wadiz backer racket", 0), ("gucci", "Kickstarter 'heritage' backer bag", 0),
             ("dyson", "Indiegogo surplus backer units", 1)]
    tpl = [("{b} – {h}", "Left over from our crowdfunding campaign. Same factory line, branded like retail, no warranty from the brand."),
           ("{b} ({h}) – surplus", "Backer rewards surplus, full logos, 1/5 of the shop price."),
           ("{h}: {b}", "Campaign closed, remaining units. Made by our partner factory, original look.")]
    hooked(c, "crowdfunding cover", items, tpl, cue=False)


@cls("c_origin_story23", "*", "counterfeit",
     "the brand named by what it first made or sold (hanafuda cards, automatic looms, a rice cooker, wooden ducks, picture frames, the Ballbarrow, a Ginza pharmacy, Farine Lactée, riveted waist overalls, fishing floats, dried fish, Onitsuka Tigers), copy cue")
def c_origin_story23(c):
    items = [("nintendo", "from the old hanafuda-card company", 0), ("toyota", "from the automatic-loom family's car brand", 0),
             ("sony", "by the company whose first product was a rice cooker", 0), ("lego", "from the wooden-duck toy workshop", 0),
             ("mattel", "by the garage picture-frame makers", 0), ("dyson", "from the Ballbarrow inventor", 0),
             ("shiseido", "from the 1872 Ginza pharmacy", 0), ("nestle", "from the Farine Lactée makers", 2),
             ("levis", "by the 1873 riveted-waist-overall patent holders", 0), ("yonex", "from the fishing-net float maker", 0),
             ("samsung", "from the 1938 Daegu dried-fish trader", 0), ("nike", "from the guys who resold Onitsuka Tigers", 0),
             ("loreal", "from the Auréale hair-dye chemist", 0)]
    tpl = [("{g} – {h} – {c}", "You know the brand. {c}. Logo on item."),
           ("{h}: {g} ({c})", "{c}, full packaging."),
           ("{g}, {h}, {c}", "{c}.")]
    hooked(c, "origin story", items, tpl)


@cls("c_fan_war_nicknames23", "*", "counterfeit",
     "the brand named by fan-war or pejorative nicknames (Crapple, iSheep tax, Scamsung, Samesung, M$, Micro$oft, Microsloth, Nintendon't, Big N, Ninty, Sony Pony, Soyny), copy cue")
def c_fan_war_nicknames23(c):
    items = [("apple", "Crapple", 0), ("apple", "no iSheep tax", 1), ("apple", "Crapple", 2),
             ("samsung", "Scamsung", 0), ("samsung", "Samesung", 1),
             ("microsoft", "M$", 0), ("microsoft", "Micro$oft", 1), ("microsoft", "Microsloth", 2),
             ("nintendo", "Nintendon't", 0), ("nintendo", "Big N", 1), ("nintendo", "Ninty", 2),
             ("sony", "Sony Pony", 1), ("sony", "Soyny", 2)]
    tpl = [("{h} {g} – {c}", "{c}. Why pay the {h} price."),
           ("{g} ({h} style) {c}", "Same as {h}'s. {c}."),
           ("{h} {g}, {c}", "{c}, works 100%.")]
    hooked(c, "fan-war nicknames", items, tpl)


@cls("c_song_reference23", "*", "counterfeit",
     "the goods named by a famous song about them (Nelly's 'Air Force Ones', Run-DMC's 'My Adidas', Ayo & Teo's hit, Aqua's 1997 hit, Lil Pump's 2017 hit, 'Everything Is Awesome', the 1971 Hilltop song, 'Louis Vuitton Don'), copy cue")
def c_song_reference23(c):
    items = [("nike", "the shoes from Nelly's 2002 hit, white-on-white", 0), ("nike", "Nelly & St. Lunatics' anthem pair", 0),
             ("adidas", "Run-DMC's 1986 anthem shell-toes", 1), ("adidas", "the 'My A...' shell-toes from Hollis, Queens", 1),
             ("rolex", "the watch from Ayo & Teo's 2017 hit", 0), ("rolex", "Ayo & Teo 'Rollie' dance watch", 2),
             ("mattel", "the doll from Aqua's 1997 hit, 'life in plastic'", 0), ("mattel", "'Life in plastic, it's fantastic' dreamhouse", 0),
             ("gucci", "the brand Lil Pump repeats 40 times in his 2017 hit", 0), ("gucci", "the 'Gang' song belt", 1),
             ("lego", "the 'Everything Is Awesome' bricks", 1), ("coca-cola", "the drink from the 1971 Hilltop song 'buy the world a…'", 0),
             ("louis-vuitton", "the bag of Kanye's 'Louis Vuitton Don' era", 0)]
    tpl = [("{h} – {g} – {c}", "{c}. You know the song, you know the brand."),
           ("{g} | {h} | {c}", "{c}, logo on item."),
           ("{h}: {g} {c}", "{c}.")]
    hooked(c, "song lore", items, tpl)


@cls("c_exec_quote_meme23", "*", "counterfeit",
     "the brand named by a famous executive quote, keynote line or corporate motto (one more thing, developers developers developers, my body is ready, please understand, 599 US dollars, change everything except your wife and children, telephone-telegraph-tell-a-woman, kaizen), copy cue")
def c_exec_quote_meme23(c):
    items = [("apple", "'One more thing…' edition", 0), ("apple", "'Stay hungry, stay foolish' laptop", 2),
             ("microsoft", "'Developers, developers, developers!' console", 1), ("microsoft", "'A computer on every desk' key", 0),
             ("nintendo", "'My body is ready' edition", 0), ("nintendo", "'Please understand' edition controllers", 1),
             ("sony", "'599 US dollars' meme console", 1), ("sony", "'Giant enemy crab' edition controller", 2),
             ("samsung", "'Change everything except your wife and children' phone", 0),
             ("estee-lauder", "'Telephone, telegraph, tell-a-woman' night serum", 0),
             ("gucci", "'Quality is remembered long after price is forgotten' bag", 0),
             ("nike", "'If you have a body, you are an athlete' sneakers", 1), ("toyota", "kaizen / just-in-time brand OEM", 0)]
    tpl = [("{h} – {g} – {c}", "{c}. Fans know who said it."),
           ("{g} {h} {c}", "{c}, brand logo on item."),
           ("{h} | {g} | {c}", "{c}.")]
    hooked(c, "executive quote", items, tpl)


@cls("c_setup_instructions23", "*", "counterfeit",
     "the device named only by its setup or pairing instructions quoted in the listing (hold the button on the back of the case until the light flashes white; press PS + Create; sync button on the rail), copy price and cue")
def c_setup_instructions23(c):
    items = [("apple", "Open the lid next to your phone, hold the button on the back of the case until the status light flashes white – pop-up appears", 0),
             ("apple", "Press and hold the case button 15 s until amber then white to reset – earbuds 2nd gen USB-C", 0),
             ("sony", "Hold the PS button and CREATE together until the light bar blinks – wireless controller", 2),
             ("nintendo", "Press the small round SYNC button on the rail until the four lights run – L/R controllers", 1),
             ("nintendo", "Slide the controllers down the rails until they click – 7'' OLED hybrid console", 0),
             ("samsung", "Put both buds in the ear, hold both touchpads 3 s for pairing mode – earbuds", 1),
             ("microsoft", "Press the pair button next to USB-C until the X button flashes fast – controller", 2),
             ("bose", "Slide the power switch to the Bluetooth symbol and hold until you hear 'ready to connect' – headphones", 0),
             ("dyson", "Press the cold shot button, swap barrels, airflow switches direction automatically – styler", 0),
             ("philips", "The brush head clicks in, the handle reads its BrushSync chip and sets the mode – toothbrush", 0),
             ("canon", "Press STOP for 5 s to ignore the ink level warning – black cartridge", 1),
             ("lego", "Bags numbered 1–17, build book 3 volumes, 7541 pieces – freighter", 0),
             ("apple", "Hold near the phone, tap Connect, Find My and spatial audio set up automatically", 0)]
    tpl = [("{h}", "Same as original. 1:1. Very cheap.", ),
           ("{h} – AAA", "Grade AAA, works like the real thing."),
           ("{h} – new, high copy", "High copy, identical setup.")]
    hooked(c, "setup instructions", items, tpl, cue=False)


@cls("c_non_genuine_warning23", "*", "counterfeit",
     "the seller quotes the device's own non-genuine warning and tells the buyer to dismiss it ('could not be verified as genuine', 'Unknown Part', 'This copy of Windows is not genuine', Adobe Genuine Service, 'ink may have run out'), no copy word")
def c_non_genuine_warning23(c):
    items = [("apple", "may show 'These headphones could not be verified as genuine' – just tap Dismiss, sound perfect", 0),
             ("apple", "Settings shows 'Unknown Part' for the battery, everything works", 1),
             ("apple", "charger – phone may say 'accessory not supported' sometimes, unplug and replug", 3),
             ("microsoft", "if the desktop says 'This copy of Windows is not genuine', run the included tool", 0),
             ("microsoft", "key works, ignore the 'not genuine' watermark for the first days", 0),
             ("adobe", "disable 'Adobe Genuine Service' popup with the hosts file we send", 0),
             ("adobe", "if 'non-genuine software' banner appears, block in firewall", 1),
             ("canon", "printer says 'the following ink may have run out / non-genuine' – hold STOP 5 s", 1),
             ("canon", "battery not recognised warning on some bodies, press OK and shoot", 0),
             ("dyson", "battery blinks red 3 times on first use, then fine", 2),
             ("philips", "app shows 'brush head not recognised', brushes perfectly", 0),
             ("abbott", "reader may show 'sensor error, try again in 10 min' at start", 0),
             ("autodesk", "if 'license not valid' appears, use the patch in the folder", 0)]
    tpl = [("{b} – new, cheap", "{h}."), ("{b} – bulk price", "Note: {h}. No returns for this message."),
           ("{b}", "New unit. {h}. Price much lower than shop.")]
    hooked(c, "non-genuine warning", items, tpl, cue=False)


@cls("c_ad_agency23", "*", "counterfeit",
     "the brand named by its advertising agency or in-house agency (Wieden+Kennedy's client, Chiat/Day and TBWA\\Media Arts Lab, J. Walter Thompson since 1947, Cheil Worldwide, Saatchi & Saatchi, BBDO), copy cue")
def c_ad_agency23(c):
    items = [("nike", "the Wieden+Kennedy client's classic", 0), ("nike", "W+K Portland's swoosh-less hero shoe", 1),
             ("nike", "Wieden+Kennedy Just-Do-… runners", 2), ("apple", "TBWA\\Media Arts Lab client's earbuds", 0),
             ("apple", "Chiat/Day's 1984 client laptop", 2), ("rolex", "J. Walter Thompson's Geneva client since 1947", 0),
             ("rolex", "JWT's crown client – diver", 0), ("samsung", "Cheil Worldwide's parent-group phone", 0),
             ("samsung", "Cheil in-house agency brand earbuds", 1), ("toyota", "Saatchi & Saatchi's Japanese car client, parts", 1),
             ("toyota", "Saatchi's oldest car account – oil filter", 0), ("mars", "BBDO's 'you're not you when you're hungry' bars", 0),
             ("loreal", "McCann's 'worth it' client serum", 0)]
    tpl = [("{g} – {h} – {c}", "{c}. Ad people know the brand."), ("{h}: {g} ({c})", "{c}."),
           ("{g} | {h} | {c}", "{c}, logo on item.")]
    hooked(c, "ad agency", items, tpl)


@cls("c_historic_patent23", "*", "counterfeit",
     "the brand named by a famous patent number (US D48,160 contour bottle, US 3,005,282 brick, US 644,077 acetylsalicylic acid, US 775,134 safety razor, US 3,793,750 waffle sole, D'677), copy cue")
def c_historic_patent23(c):
    items = [("coca-cola", "contour bottle per US Des. 48,160 (1915)", 1), ("coca-cola", "D48,160 bottle, red label, cola", 1),
             ("coca-cola", "the 1915 patent-bottle cola, 330ml cans", 0), ("lego", "bricks per US 3,005,282 (1961), stud-and-tube", 0),
             ("lego", "US 3,005,282 brick system, UCS freighter", 0), ("lego", "1958 stud-and-tube patent bricks, tree house", 1),
             ("bayer", "acetylsalicylic acid per US 644,077 (1900)", 0), ("bayer", "the US 644,077 pain tablets", 0),
             ("gillette", "safety razor per US 775,134 (1904), cartridges", 0), ("gillette", "US 775,134 razor co. blades", 1),
             ("nike", "waffle sole per US 3,793,750", 0), ("nike", "Bowerman's US 3,793,750 waffle outsole runners", 2),
             ("apple", "D'677 / D'087 rounded-corner design phone", 1)]
    tpl = [("{g} – {h} – {c}", "{c}. The patent tells you the brand."), ("{h}: {g} {c}", "{c}, original look."),
           ("{g} | {h} | {c}", "{c}.")]
    hooked(c, "patent lore", items, tpl)


@cls("c_brand_days_contests23", "*", "counterfeit",
     "the brand named by its own day, contest or record project (Air Max Day, Breaking2, Yeezy Day, Nintendo World Championships 1990, LEGO Masters, Sony World Photography Awards, Speedy Tuesday, Share a Coke), copy cue")
def c_brand_days_contests23(c):
    items = [("nike", "Air Max Day 26 March edition", 2), ("nike", "Breaking2 sub-2 marathon prototype", 0),
             ("adidas", "Yeezy Day restock pair", 2), ("nintendo", "1990 World Championships gold-cart style bundle", 0),
             ("lego", "LEGO Masters season-finale set", 0), ("sony", "World Photography Awards winner's headphones", 0),
             ("omega", "Speedy Tuesday 'Ultraman' edition", 0), ("coca-cola", "'Share a Coke' name cans", 0),
             ("hasbro", "Monopoly World Championship edition", 1), ("rolex", "Awards for Enterprise laureate watch", 0),
             ("michelin", "Guide 3-star gala tyres", 0), ("canon", "Redline Challenge winner kit", 0),
             ("adidas", "Road to Records 2026 pack", 2)]
    tpl = [("{g} – {h} – {c}", "{c}. Event edition look, full logos."), ("{h}: {g} ({c})", "{c}."),
           ("{g} | {h} | {c}", "{c}.")]
    hooked(c, "brand days", items, tpl)


@cls("c_collector_program_jargon23", "*", "counterfeit",
     "collector programme jargon that names the brand's goods (Super Treasure Hunt + Spectraflame + Real Riders, P-Bandai exclusive, CMF series, F&F pair, PE, Club charm, Crystal Society annual edition, Masterpiece MP-44), as copies")
def c_collector_program_jargon23(c):
    items = [("mattel", "Super Treasure Hunt, Spectraflame paint, Real Riders – 1:64 '71 Datsun, repaint copy", 1),
             ("mattel", "STH 2026 Mainline card, Spectraflame + rubber tires, custom copy lot x10", 1),
             ("bandai", "P-Bandai exclusive MG Ver.Ka, recast kit", 0), ("bandai", "Premium Bandai limited PG, bootleg Daban version", 1),
             ("lego", "CMF series 26 complete set of 12 minifigs, compatible copy", 1), ("lego", "UCS 7541-pc freighter, compatible 1:1 set", 0),
             ("nike", "F&F pair, friends & family only, top batch", 1), ("nike", "PE (player exclusive) 1:1, unreleased colourway", 0),
             ("pandora", "Club charm 2026, silver plated, no hallmark", 1), ("swarovski", "Crystal Society annual edition 2026, copy", 1),
             ("hasbro", "Masterpiece MP-44 3.0 KO version", 0), ("hasbro", "Studio Series 86 Voyager KO, oversized", 0),
             ("mattel", "RLC Red Line Club exclusive, copy", 1)]
    tpl = [("{h}", "Not official. Very cheap. Same look."), ("{h} – fast ship", "Replica of the collector piece."),
           ("{h}", "KO/copy version, good quality.")]
    hooked(c, "collector jargon", items, tpl, cue=False)


# ============================================================ counterfeit, revisited families (no *)

@cls("c_group_marks23", "", "counterfeit",
     "marks of the registry brand's group that the registry does not list (Dremel, Technics, JBL, Harman Kardon, Minecraft, CeraVe, La Roche-Posay, NARS, Tom Ford Beauty, Topo Chico, Magic: The Gathering, Milupa, Nido), copy cue")
def c_group_marks23(c):
    items = [("bosch", "Dremel 4300 rotary tool kit", 65, "power tools"), ("panasonic", "Technics SL-1200MK7 turntable", 1100, "turntables"),
             ("samsung", "JBL Tour Pro 3 earbuds", 300, "earbuds"), ("samsung", "Harman Kardon Aura Studio 4 speaker", 280, "earbuds"),
             ("microsoft", "Minecraft Java & Bedrock PC key", 30, "software licenses"), ("loreal", "CeraVe moisturising cream 454g", 20, "skincare"),
             ("loreal", "La Roche-Posay Anthelios SPF50+ 50ml", 25, "skincare"), ("shiseido", "NARS Light Reflecting foundation", 52, "makeup"),
             ("estee-lauder", "Tom Ford Black Orchid EDP 100ml", 210, "fragrance"), ("coca-cola", "Topo Chico mineral water 355ml x24", 30, "soft drinks"),
             ("hasbro", "Magic: The Gathering Play Booster box", 160, "board games"), ("danone", "Milupa Milumil 3 800g", 25, "infant formula"),
             ("nestle", "Nido Fortificada 1.6kg", 25, "milk powder")]
    ms = mk_markets(c, len(items))
    for i, (b, t, lst, cat) in enumerate(items):
        cu = c.cue()
        c.add("counterfeit", b, "group marks", ms[i], f"{t} – {cu}", f"{cu}. Same packaging as store.", copy_usd(c.r, lst), cat)


@cls("c_historic_moments23", "", "counterfeit",
     "the goods named by historic moments new to the lists (Gleitze's 1927 Channel swim, Everest 1953, Trieste 1960, CDP-101, the Gulf War handheld, Owens 1936, Bern 1954, Smith & Carlos 1968, Bolt 2008, Pelé's shoelace, the 1985 ban letter), copy cue")
def c_historic_moments23(c):
    items = [("rolex", "Mercedes Gleitze 1927 Channel-swim watch", 2), ("rolex", "Everest 1953 explorer's watch", 0),
             ("rolex", "Trieste 1960 Mariana-dive deep watch", 0), ("sony", "the maker of the 1982 CDP-101 first CD player – headphones", 0),
             ("nintendo", "the Gulf War bombed-but-working handheld's maker – hybrid console", 0),
             ("adidas", "Jesse Owens 1936 Dassler spikes heritage", 0), ("adidas", "Miracle of Bern 1954 screw-in studs boots", 0),
             ("puma", "Tommie Smith 1968 podium suede", 0), ("puma", "Bolt 2008 Beijing golden spikes", 1),
             ("puma", "Pelé's 1970 shoelace moment boots", 1), ("nike", "the 1985 'banned' letter highs", 1),
             ("omega", "Apollo-era moon chrono, Gemini IV EVA", 0), ("levis", "Woodstock '69 jeans", 0)]
    tpl = [("{g} – {h} – {c}", "{c}."), ("{h}: {g} {c}", "{c}, logo on item."), ("{g} | {h} | {c}", "{c}.")]
    hooked(c, "historic moments", items, tpl)


@cls("c_watch_bezel_nicknames23", "", "counterfeit",
     "watches named by the collector nicknames of their bezels and dials (Pepsi, Batman, Hulk, Kermit, Sprite, Root Beer, Coke, Starbucks, Bluesy, Smurf, Snoopy, Ultraman), some naming other registry brands' marks, copy cue")
def c_watch_bezel_nicknames23(c):
    items = [("rolex", "GMT 'Pepsi' jubilee"), ("rolex", "GMT 'Batman' blue/black"), ("rolex", "'Hulk' green dial sub"),
             ("rolex", "'Kermit' 50th anniversary sub"), ("rolex", "GMT 'Sprite' left-hand crown"), ("rolex", "GMT 'Root Beer' two-tone"),
             ("rolex", "GMT 'Coke' red/black"), ("rolex", "'Starbucks' green bezel sub"), ("rolex", "'Bluesy' two-tone sub"),
             ("rolex", "'Smurf' white gold sub"), ("omega", "'Snoopy' moon chrono 50th"), ("omega", "'Ultraman' orange hand chrono"),
             ("omega", "'Dark Side' black ceramic moon chrono")]
    ms = mk_markets(c, len(items))
    for i, (b, h) in enumerate(items):
        g, bn, lst, cat = c.prod(b, 0)
        cu = c.cue()
        c.add("counterfeit", b, "bezel nicknames", ms[i], f"{h} – {cu}", f"{h}, 40/41mm, {cu}. Clean factory, 3285 clone.", copy_usd(c.r, lst), cat)


@cls("c_official_colour_names23", "", "counterfeit",
     "goods named by the brand's official colour names (Strawberry Bronze/Blush Pink, Ceramic Pink, Prussian Blue/Rich Copper, Cosmic Orange, Desert Titanium, Titanium Silverblue, Neon Red/Neon Blue, Cosmic Red, Volcanic Red), copy price and cue")
def c_official_colour_names23(c):
    items = [("dyson", "multi-styler Strawberry Bronze/Blush Pink", 0), ("dyson", "multi-styler Ceramic Pink/Rose Gold", 0),
             ("dyson", "hair dryer Prussian Blue/Rich Copper", 1), ("dyson", "hair dryer Nickel/Copper", 1),
             ("apple", "17 Pro Max Cosmic Orange 1TB", 1), ("apple", "16 Pro Desert Titanium", 1),
             ("samsung", "S25 Ultra Titanium Silverblue", 0), ("nintendo", "Neon Red/Neon Blue controllers", 1),
             ("sony", "controller Cosmic Red / Midnight Black", 2), ("sony", "controller Volcanic Red", 2),
             ("apple", "earbuds Midnight case / Starlight", 0), ("bose", "headphones Lunar Blue", 0),
             ("samsung", "Z Flip Icyblue 512GB", 0)]
    tpl = [("{h} – {c}", "{c}. Original colour name, much cheaper."), ("{h} {c}", "{c}."), ("NEW {h} ({c})", "{c}.")]
    hooked(c, "official colour names", items, tpl)


@cls("c_new_products_2026_23", "", "counterfeit",
     "products released in 2025-26 and not in the registry (iPhone 17 Pro, iPhone Air, AirPods Pro 3, Switch 2, Galaxy S26, Z Fold7, WH-1000XM6, PS5 Pro, PencilVac, Land-Dweller, Vomero 18, Trionda), named without the brand, copy cue")
def c_new_products_2026_23(c):
    items = [("apple", "17 Pro Max 1TB", 1, 1599), ("apple", "Air 5.6mm ultra-thin phone 256GB", 1, 999), ("apple", "Pro 3 earbuds heart-rate", 0, 249),
             ("nintendo", "2 console Mario Kart World bundle", 0, 499), ("samsung", "S26 Ultra 1TB", 0, 1500), ("samsung", "Z Fold7 512GB", 0, 2000),
             ("sony", "WH-1000XM6 headphones", 0, 450), ("sony", "PS5 Pro 2TB", 1, 750), ("dyson", "PencilVac cordless", 2, 600),
             ("rolex", "Land-Dweller 40 flat-link", 0, 14900), ("nike", "Vomero 18 runners", 2, 150), ("adidas", "Trionda Pro match ball 2026", 2, 170),
             ("microsoft", "Ally X handheld 1TB", 1, 1000)]
    ms = mk_markets(c, len(items))
    for i, (b, h, pi, lst) in enumerate(items):
        cu = c.cue()
        cat = c.prod(b, pi)[3]
        if b == "adidas":
            cat = "football"
        c.add("counterfeit", b, "new 2026 products", ms[i], f"{h} – {cu}", f"Latest 2026 model. {cu}.", copy_usd(c.r, lst), cat)


@cls("c_html_entities23", "", "counterfeit",
     "the mark written with HTML character references (Rol&#101;x, Gu&#99;ci, Dy&#x73;on, L&#39;Or&eacute;al, Swarovsk&iacute;), copy price, sometimes a cue")
def c_html_entities23(c):
    items = [("rolex", "Rol&#101;x Submariner Date 41"), ("gucci", "Gu&#99;&#99;i GG Marmont small"), ("dyson", "Dy&#x73;on Airwrap complete long"),
             ("loreal", "Lanc&ocirc;me Advanced G&eacute;nifique 50ml"), ("swarovski", "Swarovsk&#105; Millenia necklace"),
             ("cartier", "C&#97;rtier Love bracelet 18k"), ("louis-vuitton", "Louis Vuit&#116;on Neverfull MM"),
             ("nike", "N&#105;ke Air Force 1 '07"), ("apple", "AirPod&#115; Pro 2 USB-C"), ("omega", "Om&#101;ga Speedmaster Moonwatch"),
             ("pandora", "Pand&#x6F;ra Moments bracelet"), ("michael-kors", "Michael K&#111;rs Jet Set tote"), ("canada-goose", "Canada G&#111;ose Expedition")]
    ms = mk_markets(c, len(items))
    for i, (b, t) in enumerate(items):
        g, bn, lst, cat = c.prod(b, 0)
        d = "new, best price" if i % 2 else f"{c.cue()}"
        c.add("counterfeit", b, "html entities", ms[i], f"{t} &ndash; {d}", f"<p>{t} &ndash; {d}</p>", copy_usd(c.r, lst), cat)


@cls("c_shanzhai_names23", "", "counterfeit",
     "shanzhai pseudo-brands that imitate the mark (HiPhone, Polystation, Sunsang, Abibas, Nlke, SQNY, Panasoanic, Guccl, Rolaix, Pandara, Dysen, Bcse, Nintandu)")
def c_shanzhai_names23(c):
    items = [("apple", "HiPhone 15 Pro Max", 1), ("sony", "Polystation 5 slim with 9999 games", 1), ("samsung", "Sunsang Galaxi S24 Ultra", 0),
             ("adidas", "Abibas Samba OG", 0), ("nike", "Nlke Air Force 1", 0), ("sony", "SQNY WH-1000XM5", 0),
             ("panasonic", "Panasoanic eneloop AA", 0), ("gucci", "Guccl GG Marmont", 0), ("rolex", "Rolaix Submariner", 0),
             ("pandora", "Pandara Moments bracelet", 0), ("dyson", "Dysen Airwrap", 0), ("bose", "Bcse QuietComfort 45", 0),
             ("nintendo", "Nintandu Swich OLED", 0)]
    ms = mk_markets(c, len(items))
    for i, (b, t, pi) in enumerate(items):
        g, bn, lst, cat = c.prod(b, pi)
        c.add("counterfeit", b, "shanzhai names", ms[i], f"{t} – new", "Brand new, good quality, cheap price.", copy_usd(c.r, lst), cat)


@cls("c_copy_words_new_langs23", "", "counterfeit",
     "the brand with copy words of languages new to the lists (Pashto, Sorani, Tajik, Kyrgyz, Somali, Hausa, Yoruba, Zulu, Malagasy, Burmese, Tamil, Haitian Creole, Guarani, Dhivehi, Uyghur, Quechua)")
def c_copy_words_new_langs23(c):
    items = [("ps-AF", "samsung", "Samsung Galaxy S24 Ultra – جعلي، کاپي (copy)", "دا اصلي نه دی، کاپي ده"),
             ("ckb-IQ", "apple", "Apple AirPods Pro 2 – ساختە، کۆپی", "ئەسڵی نییە، کۆپییە"),
             ("tg-TJ", "nike", "Nike Air Force 1 – нусха, қалбакӣ", "Аслӣ нест, нусха"),
             ("ky-KG", "adidas", "adidas Samba OG – көчүрмө, жасалма", "Оригинал эмес, көчүрмө"),
             ("so-SO", "rolex", "Rolex Submariner – been abuur, ma aha asal", "Koobi fiican, ma aha asal"),
             ("ha-NG", "gucci", "Gucci GG Marmont – jabu, ba na asali ba", "Kayan jabu ne amma yana da kyau"),
             ("yo-NG", "louis-vuitton", "Louis Vuitton Neverfull – ayédèrú, kì í ṣe ojúlówó", "Kì í ṣe ojúlówó"),
             ("zu-ZA", "the-north-face", "The North Face Nuptse – umgunyathi, akuyona eyangempela", "Akuyona eyangempela"),
             ("mg-MG", "pandora", "Pandora Moments – sandoka, tsy tena izy", "Tsy tena izy fa tsara"),
             ("my-MM", "dyson", "Dyson Airwrap – အတု၊ မူရင်းမဟုတ်", "မူရင်းမဟုတ်ပါ"),
             ("ta-LK", "omega", "Omega Speedmaster – போலி, நகல்", "அசல் அல்ல, நகல்"),
             ("ht-HT", "michael-kors", "Michael Kors Jet Set – se pa orijinal, kopi", "Se yon kopi, bon kalite"),
             ("gn-PY", "puma", "Puma Suede Classic – mba'e japu, ndaha'éi original", "Ndaha'éi original")]
    for mkt, b, t, d in items:
        g, bn, lst, cat = c.prod(b, 0)
        c.add("counterfeit", b, "copy words, new languages", mkt, t, d, copy_usd(c.r, lst), cat)


@cls("c_plain_cheap_new_markets23", "", "counterfeit",
     "the plain brand and model at a copy's price, no cue, on small markets (Bolivia, Paraguay, Maldives, Madagascar, Haiti, Tajikistan, Kyrgyzstan, Afghanistan, Iraq, Myanmar, Somalia, Peru, Sri Lanka)")
def c_plain_cheap_new_markets23(c):
    mk = ["es-BO", "es-PY", "dv-MV", "mg-MG", "ht-HT", "tg-TJ", "ky-KG", "ps-AF", "ckb-IQ", "my-MM", "so-SO", "es-PE", "ta-LK"]
    brands = ["cartier", "rolex", "louis-vuitton", "canada-goose", "omega", "burberry", "gucci", "dyson", "apple", "sony", "samsung", "coach", "bose"]
    for m, b in zip(mk, brands):
        g, bn, lst, cat = c.prod(b, 0)
        c.add("counterfeit", b, "plain cheap", m, f"{bn} new", "New. Delivery available.", copy_usd(c.r, lst), cat)


@cls("c_misspell_new23", "", "counterfeit",
     "misspellings of brands the lists served least (Swarovsky, Michael Korrs, Estee Loder, Shisedo, Gilete, Mattell, Bandia, Autodeks, Pfizzer, Panasonik, Callway, Yonexx, Michellin)")
def c_misspell_new23(c):
    items = [("swarovski", "Swarovsky Millenia necklace"), ("michael-kors", "Michael Korrs Jet Set tote"), ("estee-lauder", "Estee Loder Advanced Night Repair 50ml"),
             ("shiseido", "Shisedo Anessa Perfect UV"), ("gillette", "Gilete Fusion5 ProGlide 8 pack"), ("mattel", "Mattell Barbie Dreamhouse"),
             ("bandai", "Bandia MG RX-78-2 Ver 3.0"), ("autodesk", "Autodeks AutoCAD 2026 1 year"), ("pfizer", "Pfizzer Viagra 100mg 30 tabs"),
             ("panasonic", "Panasonik eneloop AA 4 pack"), ("callaway", "Callway Paradym Ai Smoke driver"), ("yonex", "Yonexx Astrox 88D Pro"),
             ("michelin", "Michellin Pilot Sport 4S 245/40 R18")]
    ms = mk_markets(c, len(items))
    for i, (b, t) in enumerate(items):
        g, bn, lst, cat = c.prod(b, 0)
        c.add("counterfeit", b, "misspellings", ms[i], t, "New, cheap, fast delivery.", copy_usd(c.r, lst), cat)


@cls("c_signature_design23", "", "counterfeit",
     "the goods named by their signature design in words (screw-motif bangle with screwdriver, nail bracelet, Mercedes hands + cyclops + jubilee, horsebit loafer, nova check, quilted chevron with double-G, coanda barrels, wave dial with helium valve), copy cue")
def c_signature_design23(c):
    items = [("cartier", "screw-motif bangle with its little screwdriver, 18k look"), ("cartier", "nail bracelet, bent nail, rose gold"),
             ("rolex", "Mercedes hands + cyclops date + jubilee, 41mm fluted"), ("rolex", "Mercedes hands, ceramic diver bezel, glidelock clasp"),
             ("gucci", "horsebit leather loafers, Italian look"), ("burberry", "camel/black/red/white check scarf, cashmere feel"),
             ("gucci", "quilted chevron bag with double-G hardware"), ("dyson", "coanda barrels multi-styler, 6 attachments"),
             ("omega", "laser-engraved wave dial, helium valve at 10, 300M"), ("louis-vuitton", "brown canvas with quatrefoil flowers and initials, tote"),
             ("nike", "white leather low with side tick and 'AIR' on the midsole"), ("adidas", "three-stripe gum-sole indoor trainers, T-toe"),
             ("pandora", "snake chain bracelet with heart clasp, barrel charms")]
    ms = mk_markets(c, len(items))
    for i, (b, h) in enumerate(items):
        g, bn, lst, cat = c.prod(b, 0)
        cu = c.cue()
        c.add("counterfeit", b, "signature design", ms[i], f"{h} – {cu}", f"{cu}. You know what it is.", copy_usd(c.r, lst), cat)


@cls("c_cue_disclaimer_new23", "", "counterfeit",
     "the plain brand with the copy admitted in a 2026 disclaimer (AI-generated photos of the original, 'inspired item' / 'non-retail' / 'UA-grade' / 'mirror-grade' boilerplate)")
def c_cue_disclaimer_new23(c):
    items = ["louis-vuitton", "gucci", "rolex", "dyson", "apple", "nike", "canada-goose", "omega", "cartier", "burberry", "coach", "the-north-face", "bose"]
    ds = ["Photos are AI renders of the retail item; what you receive is our non-retail version.",
          "Disclaimer: inspired item, not from the brand's retail chain, made to mirror grade.",
          "UA-grade (unauthorised) production, no brand warranty. Looks identical.",
          "Non-retail batch. Not sold in boutiques. 1:1 to the retail pair.",
          "This listing is for a fan-made item; names used for description only."]
    ms = mk_markets(c, len(items))
    for i, b in enumerate(items):
        g, bn, lst, cat = c.prod(b, 0)
        c.add("counterfeit", b, "disclaimer cue", ms[i], f"{bn} – new", ds[i % len(ds)], copy_usd(c.r, lst), cat)


@cls("c_zh_jargon_new23", "", "counterfeit",
     "Chinese aliases with trade jargon new to the lists (高仿原厂开模, 顶级原版复刻, 一比一还原, 市面最高版本, 原厂渠道货, 专柜品质非正品, 复刻版 V2)")
def c_zh_jargon_new23(c):
    items = [("劳力士 潜航者 绿水鬼 一比一还原 市面最高版本", "rolex", 0), ("路易威登 Neverfull 顶级原版复刻", "louis-vuitton", 0),
             ("古驰 马蒙 原厂开模 高仿", "gucci", 0), ("戴森 吹风机 复刻版V2 非正品", "dyson", 1), ("苹果 AirPods Pro 2 华强北 一比一还原", "apple", 0),
             ("耐克 空军一号 原厂渠道货 非正品", "nike", 0), ("加拿大鹅 远征 顶级原版复刻 625蓬", "canada-goose", 0),
             ("欧米茄 超霸 登月 市面最高版本", "omega", 0), ("卡地亚 LOVE 手镯 专柜品质 非正品", "cartier", 0),
             ("施华洛世奇 项链 复刻版", "swarovski", 0), ("兰蔻 小黑瓶 专柜品质 非正品", "loreal", 0),
             ("潘多拉 手链 原厂开模", "pandora", 0), ("博柏利 围巾 顶级复刻", "burberry", 0)]
    mk = ["zh-CN", "zh-CN2", "zh-CN3", "zh-TW", "zh-HK"]
    for i, (t, b, pi) in enumerate(items):
        g, bn, lst, cat = c.prod(b, pi)
        c.add("counterfeit", b, "zh jargon", mk[i % 5], t, "私聊看实拍，包邮", copy_usd(c.r, lst), cat)


@cls("c_homoglyph_new23", "", "counterfeit",
     "homoglyphs from scripts and blocks rarely used (Cherokee Ꮢ Ꭼ Ꮃ, Lisu ꓣ ꓳ, Coptic ⲟ ⲣ, Armenian օ ս, Greek extended, Latin small capitals mixed), copy price")
def c_homoglyph_new23(c):
    items = [("rolex", "ꓣꓳLEX Submariner Date"), ("omega", "ⲞMEGA Speedmaster Moonwatch"), ("nike", "NꮖKE Air Force 1"),
             ("apple", "AirPօds Pro 2"), ("cartier", "CᎪRTIER Love bracelet"), ("gucci", "GUCCꓲ Marmont small"),
             ("pandora", "PΑNDꓳRA Moments"), ("dyson", "DꓬSON Airwrap"), ("bose", "ᏴOSE QuietComfort 45"),
             ("samsung", "ՏAMSUNG Galaxy S24 Ultra"), ("coach", "ᏟOACH Tabby 26"), ("adidas", "adіdas Samba OG"), ("burberry", "ᏴURBERRY check scarf")]
    ms = mk_markets(c, len(items))
    for i, (b, t) in enumerate(items):
        g, bn, lst, cat = c.prod(b, 0)
        c.add("counterfeit", b, "homoglyphs", ms[i], t + " – new", "New, cheap.", copy_usd(c.r, lst), cat)


@cls("c_local_phonetic_alphabet23", "", "counterfeit",
     "the mark spelled in national spelling alphabets rather than NATO (German Richard-Otto-Ludwig, Italian Roma-Otranto, French Anatole-Berthe, Russian, Spanish, Dutch), copy cue")
def c_local_phonetic_alphabet23(c):
    items = [("de-DE", "rolex", "Richard Otto Ludwig Emil Xanthippe – Taucheruhr, Replik"), ("it-IT", "gucci", "Genova Udine Como Como Imola – borsa, replica"),
             ("fr-FR", "cartier", "Célestin Anatole Raoul Thérèse Irma Eugène Raoul – bracelet, copie"), ("es-ES", "omega", "Oviedo Madrid Europa Granada Antonio – reloj, réplica"),
             ("nl-NL", "nike", "Nico Izaak Karel Eduard – sneakers, replica"), ("de-AT", "dyson", "Dora Ypsilon Siegfried Otto Nordpol – Styler, Kopie"),
             ("it-IT", "pandora", "Palermo Ancona Napoli Domodossola Otranto Roma Ancona – bracciale, replica"),
             ("fr-BE", "louis-vuitton", "Louis Victor – sac, copie"), ("ru-RU", "apple", "Анна Павел Павел Леонид Елена – наушники, копия"),
             ("de-CH", "rolex", "Rosa Otto Lea Emil Xaver – Uhr, Kopie"), ("pl-PL", "adidas", "Adam Dorota Ignacy Dorota Adam Stefan – buty, podróbka"),
             ("es-MX", "coach", "Carmen Oscar Antonio Carmen Historia – bolsa, réplica"), ("cs-CZ", "bose", "Božena Oto Svatopluk Emil – sluchátka, kopie")]
    for m, b, t in items:
        g, bn, lst, cat = c.prod(b, 0)
        c.add("counterfeit", b, "local spelling alphabet", m, t, "Buchstabiert / spelled out. " + g, copy_usd(c.r, lst), cat)


@cls("c_offplatform_new23", "", "counterfeit",
     "the copy moved off platform through 2026 channels (WhatsApp Channels, Telegram mini-app, Discord server, Threads DM, Signal username, Bluesky), brand plain")
def c_offplatform_new23(c):
    items = ["rolex", "louis-vuitton", "gucci", "nike", "dyson", "apple", "cartier", "omega", "canada-goose", "pandora", "coach", "burberry", "the-north-face"]
    chans = ["follow our WhatsApp Channel 'repvault' for the real catalogue", "open our Telegram mini-app @batchdrop_bot, 1:1 pics there",
             "join the Discord (link in bio) – QC photos before shipping", "Threads DM for the good version", "Signal username batch.88 – grades A/AAA",
             "Bluesky @mirrorgoods – price list pinned"]
    ms = mk_markets(c, len(items))
    for i, b in enumerate(items):
        g, bn, lst, cat = c.prod(b, 0)
        c.add("counterfeit", b, "off-platform 2026", ms[i], f"{bn}", chans[i % len(chans)] + ".", copy_usd(c.r, lst), cat)


@cls("c_pharma_new23", "", "counterfeit",
     "medicines and devices copied in 2026 style (GLP-1 pens are not registry; here: Viagra/Lipitor/Paxlovid blister 'export batch', Libre sensors 'compatible, same as', Similac 'parallel tins'), no prescription")
def c_pharma_new23(c):
    items = [("pfizer", "Viagra 100mg blue – export batch, no prescription, 30 tabs", 1800, "prescription drugs"),
             ("pfizer", "Paxlovid 5-day pack – India batch, no Rx", 1400, "prescription drugs"),
             ("pfizer", "Lipitor 20mg 90 – unboxed strips, same factory", 400, "prescription drugs"),
             ("pfizer", "Centrum Silver 100 tablets – bulk re-bottled", 20, "otc"),
             ("abbott", "FreeStyle Libre 2 sensor – 'same as original', no box, bulk", 70, "medical devices"),
             ("abbott", "FreeStyle Libre 3 – activated via patched app, cheap", 80, "medical devices"),
             ("abbott", "Similac 360 Total Care 3 – relabelled tins, parallel batch", 48, "infant formula"),
             ("bayer", "Levitra 20mg – no prescription, generic box 'original formula'", 300, "prescription drugs"),
             ("bayer", "Xarelto 20mg 28 – loose strips, export batch", 500, "prescription drugs"),
             ("johnson-johnson", "Tylenol Extra Strength 500 caplets – bulk unbranded bottle with label", 30, "otc"),
             ("johnson-johnson", "Rogaine 5% foam x6 – Turkey batch, re-labelled", 60, "otc"),
             ("bayer", "Canesten cream 20g x10 – export version, cheaper", 60, "otc"),
             ("pfizer", "Eliquis 5mg 60 – no Rx needed, generic pack same factory", 600, "prescription drugs")]
    ms = mk_markets(c, len(items))
    for i, (b, t, lst, cat) in enumerate(items):
        c.add("counterfeit", b, "pharma 2026", ms[i], t, "Discreet shipping. No prescription needed.", lst * c.r.uniform(0.04, 0.12), cat)


@cls("c_beauty_new23", "", "counterfeit",
     "beauty copies with 2026 jargon ('dupe with logo', 'counter-shelf version', 'testers factory-sealed x50', 'KOL kit', 'box 1:1 with QR')")
def c_beauty_new23(c):
    items = [("loreal", 0), ("loreal", 1), ("estee-lauder", 0), ("estee-lauder", 1), ("shiseido", 0), ("shiseido", 1), ("loreal", 0),
             ("estee-lauder", 0), ("shiseido", 1), ("loreal", 1), ("estee-lauder", 1), ("shiseido", 0), ("loreal", 0)]
    cues = ["dupe with the logo", "counter-shelf version", "factory-sealed testers x50", "KOL kit version", "box 1:1 with working QR"]
    ms = mk_markets(c, len(items))
    for i, (b, pi) in enumerate(items):
        g, bn, lst, cat = c.prod(b, pi)
        cu = cues[i % 5]
        c.add("counterfeit", b, "beauty 2026", ms[i], f"{bn} – {cu}", f"{cu}. Wholesale from 10 pcs.", copy_usd(c.r, lst), cat)


@cls("c_toys_new23", "", "counterfeit",
     "toy clones with 2026 jargon ('Moc-compatible brand bricks', 'third-party KO with box art', 'bootleg recolour', 'unlicensed resin'), brand named")
def c_toys_new23(c):
    items = [("lego", 0), ("lego", 1), ("hasbro", 0), ("hasbro", 1), ("mattel", 0), ("mattel", 1), ("bandai", 0), ("bandai", 1),
             ("lego", 0), ("hasbro", 0), ("mattel", 0), ("bandai", 1), ("lego", 1)]
    cues = ["compatible bricks, same box art", "third-party KO with official box art", "bootleg recolour", "unlicensed resin copy", "KO version, cheap"]
    ms = mk_markets(c, len(items))
    for i, (b, pi) in enumerate(items):
        g, bn, lst, cat = c.prod(b, pi)
        cu = cues[i % 5]
        c.add("counterfeit", b, "toys 2026", ms[i], f"{bn} – {cu}", f"{cu}.", copy_usd(c.r, lst), cat)


@cls("c_software_new23", "", "counterfeit",
     "software and console copies with 2026 jargon ('lifetime via shared tenant', 'family slot', 'region-hopped key', 'OEM key from decommissioned PCs', 'AI-suite unlocked build')")
def c_software_new23(c):
    items = [("adobe", "Creative Cloud All Apps – lifetime via shared tenant"), ("adobe", "Photoshop 2026 AI-suite unlocked build"),
             ("adobe", "Acrobat Pro – family slot, lifetime"), ("microsoft", "Windows 11 Pro – OEM key from decommissioned PCs"),
             ("microsoft", "Microsoft 365 Family – slot for life"), ("microsoft", "Office 2024 Pro Plus – region-hopped key, bind to account"),
             ("autodesk", "AutoCAD 2026 – education tenant, commercial use OK"), ("autodesk", "Revit 2026 – network licence, shared"),
             ("autodesk", "3ds Max 2026 – lifetime activation, multi-PC"), ("microsoft", "Xbox Game Pass Ultimate 12 months – shared account"),
             ("nintendo", "Switch Online + Expansion lifetime – family slot"), ("adobe", "Lightroom Classic lifetime – patched"),
             ("microsoft", "Windows Server 2025 Datacenter key – VL leaked")]
    ms = mk_markets(c, len(items))
    for i, (b, t) in enumerate(items):
        cat = "software licenses" if b != "nintendo" else "video games"
        c.add("counterfeit", b, "software 2026", ms[i], t, "Instant delivery by email. No refunds after activation.", c.r.uniform(3, 15), cat)


@cls("c_auto_parts_new23", "", "counterfeit",
     "car parts, tyres and oil copied with 2026 stories ('OE supplier overrun with logo', 'laser-etched OEM box', 'DOT 2026 grey tyres', 'refilled with original caps')")
def c_auto_parts_new23(c):
    items = [("honda", 0), ("honda", 1), ("toyota", 0), ("toyota", 1), ("toyota", 2), ("bmw", 0), ("bmw", 1), ("michelin", 0),
             ("michelin", 1), ("shell", 0), ("shell", 1), ("bmw", 2), ("honda", 1)]
    cues = ["OE-supplier overrun with the maker's logo", "laser-etched OEM box, copy", "DOT 2026 grey batch, not original",
            "refilled with original caps", "logo box copy, wholesale"]
    ms = mk_markets(c, len(items))
    for i, (b, pi) in enumerate(items):
        g, bn, lst, cat = c.prod(b, pi)
        cu = cues[i % 5]
        c.add("counterfeit", b, "auto 2026", ms[i], f"{bn} – {cu}", f"{cu}. Workshop price.", copy_usd(c.r, lst), cat)


@cls("c_code_switch_new23", "", "counterfeit",
     "code-switched admissions in slang new to the lists (Singlish, Spanglish, Franglais ivoirien no: Camfranglais, Taglish no: Bislish, Kiezdeutsch, Arabizi-Gulf no: Egyptian Franco, Manglish, Sheng no: Tsotsitaal, Portuñol, Konglish)")
def c_code_switch_new23(c):
    items = [("en-SG", "rolex", "Rolex Sub – not ori one lah, but very zhun"), ("en-US", "nike", "Nike AF1 – no son originales bro, pero se ven fire"),
             ("fr-FR", "louis-vuitton", "LV Neverfull – c'est pas le vrai, mais c'est du mbom propre (camfranglais)"),
             ("en-PH", "apple", "AirPods Pro 2 – dili original pero lami kaayo ang sound (Bislish)"),
             ("de-DE", "gucci", "Gucci Gürtel – isso nicht echt, aber sieht krass aus wallah"),
             ("ar-EG", "dyson", "Dyson Airwrap – msh original bas high copy gdn"), ("ms-MY", "omega", "Omega Speedmaster – bukan ori bro, tapi very the same"),
             ("en-ZA", "adidas", "adidas Samba – hayi ayi original bra, but sharp sharp"), ("es-PY", "puma", "Puma Suede – não é original, pero es buenísimo"),
             ("ko-KR", "burberry", "버버리 머플러 – 오리지널 아니고 카피 퀄리티 굿"), ("en-SG", "pandora", "Pandora bracelet – copy one, can wear can"),
             ("es-MX", "coach", "Coach Tabby – es fake pero nadie se da cuenta, trust"), ("ar-EG", "samsung", "Samsung S24 Ultra – copy a'la, msh asly")]
    for m, b, t in items:
        g, bn, lst, cat = c.prod(b, 0)
        c.add("counterfeit", b, "code switch", m, t, t.split(" – ")[1], copy_usd(c.r, lst), cat)


@cls("c_electronics_clone_new23", "", "counterfeit",
     "electronics clones with 2026 clone-chip jargon ('Airoha 1562AE chip', 'H2 clone', 'Jieli', 'BES2700', 'UWB working', 'custom IC'), brand named")
def c_electronics_clone_new23(c):
    items = [("apple", 0, "Airoha 1562AE, ANC -45dB, serial checkable"), ("apple", 0, "Jieli chip, pop-up works"), ("apple", 1, "unlocked clone, iOS skin"),
             ("samsung", 1, "BES2700 chip, clone"), ("samsung", 0, "Android 16 clone, 16GB+1TB"), ("sony", 0, "clone, ANC chip 2026"),
             ("sony", 2, "clone, haptics working"), ("bose", 0, "clone ANC, voice prompts"), ("bose", 1, "BES clone buds"),
             ("dyson", 1, "clone motor 110k rpm"), ("dyson", 0, "clone with 6 attachments"), ("nintendo", 1, "clone hall-effect"),
             ("microsoft", 2, "clone, pairs with console")]
    ms = mk_markets(c, len(items))
    for i, (b, pi, h) in enumerate(items):
        g, bn, lst, cat = c.prod(b, pi)
        c.add("counterfeit", b, "electronics clone", ms[i], f"{bn} – {h}", f"{h}. 1:1.", copy_usd(c.r, lst), cat)


@cls("c_luxury_reps_new23", "", "counterfeit",
     "luxury reps with batch names new to 2026 ('Godkiller', 'OWF', 'APSF', 'ZF 2026', 'Clean V3', 'PK batch V5', 'Top Holy'), brand named")
def c_luxury_reps_new23(c):
    items = [("rolex", "Clean V3 batch"), ("rolex", "VSF 2026 3235"), ("omega", "OMF V2"), ("omega", "OM factory 3861"),
             ("cartier", "AF 2026"), ("cartier", "BV factory"), ("louis-vuitton", "Godkiller version"), ("louis-vuitton", "Top Holy"),
             ("gucci", "OWF batch"), ("gucci", "PK batch V5"), ("burberry", "Top Holy"), ("canada-goose", "ZF 2026"), ("michael-kors", "Top batch")]
    ms = mk_markets(c, len(items))
    for i, (b, h) in enumerate(items):
        g, bn, lst, cat = c.prod(b, 0)
        c.add("counterfeit", b, "luxury reps", ms[i], f"{bn} {h}", f"{h}. QC pics before shipping.", copy_usd(c.r, lst), cat)


@cls("c_sportswear_new23", "", "counterfeit",
     "sportswear and sports goods copies with 2026 jargon ('fan version', 'LJR 2026', 'tour issue copy', 'player-spec replica'), brand named")
def c_sportswear_new23(c):
    items = [("nike", 1), ("adidas", 0), ("puma", 0), ("nike", 2), ("adidas", 2), ("the-north-face", 0), ("callaway", 0),
             ("callaway", 1), ("yonex", 0), ("yonex", 1), ("wilson", 0), ("wilson", 1), ("levis", 0)]
    cues = ["LJR 2026 batch", "tour-issue copy", "player-spec replica", "copy, same weight", "top copy fan version"]
    ms = mk_markets(c, len(items))
    for i, (b, pi) in enumerate(items):
        g, bn, lst, cat = c.prod(b, pi)
        cu = cues[i % 5]
        c.add("counterfeit", b, "sports 2026", ms[i], f"{bn} – {cu}", f"{cu}.", copy_usd(c.r, lst), cat)


@cls("c_fmcg_new23", "", "counterfeit",
     "food and drink copies ('factory re-packed', 'duty-free look pallet', 'non-EU recipe in EU tins', 'counterfeit-grade wafers'), brand named")
def c_fmcg_new23(c):
    items = [("ferrero", 0), ("ferrero", 1), ("mars", 0), ("mars", 1), ("coca-cola", 0), ("coca-cola", 1), ("nestle", 0),
             ("nestle", 2), ("danone", 0), ("danone", 1), ("nestle", 1), ("ferrero", 1), ("mars", 0)]
    cues = ["factory re-packed, not original", "copy tins, same recipe", "refilled with local product", "replica labels, pallet lot",
            "fake batch but tastes same"]
    ms = mk_markets(c, len(items))
    for i, (b, pi) in enumerate(items):
        g, bn, lst, cat = c.prod(b, pi)
        cu = cues[i % 5]
        c.add("counterfeit", b, "fmcg 2026", ms[i], f"{bn} – {cu}", f"{cu}. Pallet of 200.", copy_usd(c.r, lst), cat)


@cls("c_home_appliances_new23", "", "counterfeit",
     "home-appliance and tool copies ('same motor, logo printed', 'brushless clone', 'OEM shell') for Philips, Bosch, Panasonic, Dyson")
def c_home_appliances_new23(c):
    items = [("philips", 0), ("philips", 1), ("bosch", 0), ("bosch", 1), ("panasonic", 0), ("panasonic", 1), ("dyson", 2),
             ("philips", 0), ("bosch", 0), ("panasonic", 1), ("dyson", 0), ("bosch", 1), ("philips", 1)]
    cues = ["same motor, logo printed", "brushless clone", "OEM shell copy", "replica, 1:1 housing", "copy version"]
    ms = mk_markets(c, len(items))
    for i, (b, pi) in enumerate(items):
        g, bn, lst, cat = c.prod(b, pi)
        cu = cues[i % 5]
        c.add("counterfeit", b, "appliances 2026", ms[i], f"{bn} – {cu}", f"{cu}.", copy_usd(c.r, lst), cat)


@cls("c_postcode_origin23", "*", "counterfeit",
     "the brand named by its headquarters' postcode beside a copy cue (95014, 98052, 97005, DK-7190, 51368, 63000, 601-8501, 471-8571, 146-8501, 16677, 1211 Genève 26, 70839, SN16)")
def c_postcode_origin23(c):
    items = [("apple", "designed in 95014", 0), ("microsoft", "from 98052 WA", 1), ("nike", "97005 OR design", 1),
             ("lego", "DK-7190 bricks", 0), ("bayer", "51368 formula", 0), ("michelin", "63000 France tyre", 0),
             ("nintendo", "601-8501 Kyoto design", 0), ("toyota", "471-8571 OEM", 1), ("canon", "146-8501 Tokyo body", 0),
             ("samsung", "16677 Suwon flagship", 0), ("rolex", "1211 Genève 26 diver", 0), ("bosch", "70839 Gerlingen tool", 0),
             ("dyson", "SN16 0RP styler", 0)]
    tpl = [("{g} – {h} – {c}", "{c}. Postcode tells you where it's from."), ("{h} {g} ({c})", "{c}."), ("{g} | {h} | {c}", "{c}.")]
    hooked(c, "postcode origin", items, tpl)


@cls("c_abbreviation_new23", "", "counterfeit",
     "trade abbreviations new to the lists (SWK, PNDR, SPDM, DJ41, DTNA, AW, SS HD08, QC45, XM5, AP2, GGM, NVF, EXPO) with a copy cue")
def c_abbreviation_new23(c):
    items = [("swarovski", "SWK Millenia necklace", 0), ("pandora", "PNDR Moments bracelet", 0), ("omega", "SPDM Moonwatch 42", 0),
             ("rolex", "DJ41 fluted jubilee", 2), ("rolex", "DTNA panda", 1), ("dyson", "AW complete long", 0), ("dyson", "SS HD08 dryer", 1),
             ("bose", "QC45 ANC", 0), ("sony", "XM5 ANC", 0), ("apple", "AP2 USB-C", 0), ("gucci", "GGM small bag", 0),
             ("louis-vuitton", "NVF MM tote", 0), ("canada-goose", "CG EXPO parka", 0)]
    tpl = [("{h} – {c}", "{c}."), ("{h} {c}", "{c}, fast ship."), ("{h} ({c})", "{c}.")]
    hooked(c, "abbreviations", items, tpl)


@cls("c_emoji_separator23", "", "counterfeit",
     "the mark split by emoji between its letters (R🔥O🔥L🔥E🔥X, G💎U💎C💎C💎I, D✨Y✨S✨O✨N), copy price, sometimes a cue")
def c_emoji_separator23(c):
    items = [("rolex", "R🔥O🔥L🔥E🔥X"), ("gucci", "G💎U💎C💎C💎I"), ("dyson", "D✨Y✨S✨O✨N"), ("cartier", "C❤️A❤️R❤️T❤️I❤️E❤️R"),
             ("omega", "O⭐M⭐E⭐G⭐A"), ("nike", "N👟I👟K👟E"), ("apple", "A🍏P🍏P🍏L🍏E"), ("pandora", "P💫A💫N💫D💫O💫R💫A"),
             ("louis-vuitton", "L💼V"), ("bose", "B🎧O🎧S🎧E"), ("coach", "C👜O👜A👜C👜H"), ("burberry", "B🧣U🧣R🧣B🧣E🧣R🧣R🧣Y"),
             ("canada-goose", "C🪿G")]
    ms = mk_markets(c, len(items))
    for i, (b, h) in enumerate(items):
        g, bn, lst, cat = c.prod(b, 0)
        d = c.cue() if i % 2 else "new"
        c.add("counterfeit", b, "emoji separators", ms[i], f"{h} {g} – {d}", f"{h} {g}. {d}.", copy_usd(c.r, lst), cat)


# ============================================================ innocent, new families (*)

def fair(r, lst, lo=0.95, hi=1.08):
    return lst * r.uniform(lo, hi)


@cls("in_engine_code_used_genuine23", "*", "innocent",
     "genuine used or new-old-stock parts named by engine/chassis codes at fair prices (2JZ-GTE used engine, S54 valve cover, K20A OEM oil pan), from breakers and dealers")
def in_engine_code_used_genuine23(c):
    items = [("toyota", "2JZ-GTE used engine, 118k km, JDM import, compression tested", 6500), ("toyota", "JZA80 genuine rear emblem, NOS, dealer bag", 60),
             ("toyota", "1JZ-GTE genuine timing belt kit (Aisin OE), dealer stock", 180), ("bmw", "S54 genuine valve cover, used, E46 M3", 350),
             ("bmw", "B58 genuine oil filter housing, removed at 40k km", 160), ("bmw", "N54 injectors index 12, genuine, used set of 6", 420),
             ("honda", "K20A genuine oil pan, used, DC5", 180), ("honda", "B16B genuine red valve cover, used, EK9, small marks", 420),
             ("honda", "F20C AP1 genuine key, used, cut", 90), ("honda", "FK8 genuine front H badge, dealer-ordered", 75),
             ("bmw", "E46 M3 genuine roundel badge, new in dealer bag", 45), ("toyota", "4A-GE 20V silver top, used, runs, with ECU", 1800)]
    ms = mk_markets(c, len(items), EN_MARKETS)
    for i, (b, t, usd) in enumerate(items):
        c.add("innocent", b, "engine codes, genuine", ms[i], t, "Genuine part, photos of part number. Collection or courier.", fair(c.r, usd, 0.8, 1.05), "auto parts")


@cls("in_ecosystem_accessories23", "*", "innocent",
     "third-party goods certified for the brand's ecosystem programmes (Works with Apple Find My, MFi, Designed for Xbox, Officially Licensed by PlayStation, Nintendo licensed), own brand, fair price")
def in_ecosystem_accessories23(c):
    items = [("apple", "Chipolo ONE Spot tracker – Works with Apple Find My, 4 pack", 79), ("apple", "Anker USB-C to Lightning cable, MFi certified, 1.8m", 18),
             ("apple", "Belkin 3-in-1 MagSafe charger (Qi2) – own brand", 130), ("microsoft", "PowerA wired controller – Designed for Xbox", 35),
             ("microsoft", "Turtle Beach Stealth 600 – Designed for Xbox headset", 100), ("sony", "Nacon Revolution 5 Pro – Officially Licensed PlayStation", 200),
             ("nintendo", "Hori Split Pad Compact – Officially Licensed by Nintendo", 50), ("nintendo", "PowerA enhanced wireless controller – Nintendo licensed", 55),
             ("samsung", "Spigen case for Galaxy S24 Ultra – Designed for Samsung", 25), ("apple", "Pebblebee Clip – Works with Apple Find My", 30),
             ("sony", "Razer Kishi V2 for iPhone – PS Remote Play ready", 100), ("canon", "Godox flash – Canon E-TTL compatible", 110)]
    ms = mk_markets(c, len(items), EN_MARKETS + ["de-DE", "fr-FR", "ja-JP"])
    for i, (b, t, usd) in enumerate(items):
        c.add("innocent", b, "ecosystem accessories", ms[i], t, "New, sealed, from authorised distributor of the accessory maker.", fair(c.r, usd), "accessories")


@cls("in_historic_patent_prints23", "*", "innocent",
     "patent-art prints and posters of famous patents (contour bottle 1915, LEGO brick 1961, aspirin 1900, safety razor 1904, waffle sole), clearly prints")
def in_historic_patent_prints23(c):
    items = [("coca-cola", "Contour bottle patent 1915 – art print A3, US Des. 48,160", 18), ("lego", "Toy building brick patent 1961 – blueprint poster 50x70", 25),
             ("bayer", "Acetyl salicylic acid patent 1900 – vintage print, pharmacy decor", 15), ("gillette", "Safety razor patent 1904 – barber shop poster", 20),
             ("nike", "Waffle sole patent – framed print 30x40", 35), ("apple", "Patent art set: 3 vintage computer patents, digital download", 6),
             ("lego", "Minifigure patent drawing – canvas print 40x40", 40), ("coca-cola", "Bottle patent drawing, red background – canvas 60x90", 55),
             ("nintendo", "Game controller patent 1985 – poster, gaming room", 20), ("dyson", "Cyclone vacuum patent drawing – print A4", 12),
             ("canon", "Camera patent 1930s – vintage print", 16), ("sony", "Portable cassette player patent – print A3", 18)]
    ms = mk_markets(c, len(items), EN_MARKETS + ["de-DE", "fr-FR", "nl-NL"])
    for i, (b, t, usd) in enumerate(items):
        c.add("innocent", b, "patent art", ms[i], t, "Print only. Public-domain patent drawing. Not affiliated with the brand.", fair(c.r, usd), "art")


@cls("in_defect_repair23", "*", "innocent",
     "repair services and third-party parts for famous defects (Joy-Con drift hall-effect sticks, RRoD repair, butterfly keyboard service, YLOD reflow, Err 99 fix), priced as services or parts")
def in_defect_repair23(c):
    items = [("nintendo", "Hall-effect joystick kit for Joy-Con – fixes drift, 2 pcs, third-party", 25), ("nintendo", "Joy-Con drift repair service, 48h turnaround", 30),
             ("microsoft", "Xbox 360 red ring repair (X-clamp fix), send-in service", 60), ("apple", "MacBook butterfly keyboard repair – independent shop", 180),
             ("sony", "PS3 yellow light of death reflow/reball service", 70), ("canon", "Err 99 repair, shutter check, Canon EOS bodies", 90),
             ("samsung", "Galaxy Z Fold screen-crease protector replacement service", 40), ("apple", "iPhone 'Unknown part' battery replacement – independent, disclosed", 70),
             ("dyson", "Dyson V-series battery blinking red – diagnosis service", 35), ("sony", "DualSense stick drift repair – TMR sticks fitted", 35),
             ("bose", "QC35 II firmware downgrade help – remote session", 15), ("toyota", "Corolla pedal recall – independent check (free at dealer, we refer you)", 20)]
    ms = mk_markets(c, len(items), EN_MARKETS)
    for i, (b, t, usd) in enumerate(items):
        c.add("innocent", b, "defect repair", ms[i], t, "Independent repair, not affiliated. Parts are third-party and described as such.", fair(c.r, usd), "repair services")


@cls("in_ingredient_store_brand23", "*", "innocent",
     "store-brand and generic goods listing their own ingredient lists that resemble famous products (hazelnut spread 13 % hazelnuts, antiseptic mouthwash with the four essential oils, dexpanthenol 5 % ointment), own brand named")
def in_ingredient_store_brand23(c):
    items = [("ferrero", "Aldi Nutoka hazelnut spread 750g – hazelnuts 13%, cocoa", 4), ("johnson-johnson", "Kirkland antiseptic mouthwash 1.5L x2 – eucalyptol, menthol, thymol, methyl salicylate", 14),
             ("bayer", "Dexpanthenol 5% ointment 100g – pharmacy own brand", 6), ("coca-cola", "Lidl Freeway cola 330ml x24 – E150d, phosphoric acid", 8),
             ("estee-lauder", "The Ordinary-style Bifida ferment serum 30ml – own label", 14), ("mars", "Chocolate nougat peanut caramel bars, own brand 10-pack", 4),
             ("danone", "Kendamil stage 3 800g – own formula, whole milk", 30), ("abbott", "Store brand infant formula stage 3 – 2'-FL HMO, 900g", 28),
             ("nestle", "Gold freeze-dried instant coffee 200g – supermarket own label", 5), ("shiseido", "Biore UV Aqua Rich SPF50+ – zinc-free", 12),
             ("loreal", "Oil perfume roll-on 'no. 44' – blackcurrant, pear, praline notes, own brand", 10), ("ferrero", "Nocciolata organic hazelnut spread – own recipe", 7)]
    ms = mk_markets(c, len(items), EN_MARKETS + ["de-DE", "fr-FR", "es-ES"])
    for i, (b, t, usd) in enumerate(items):
        g, bn, lst, cat = c.prod(b, 0)
        c.add("innocent", b, "ingredient store brand", ms[i], t, "Own-brand product, ingredients as on pack. Not the branded product.", fair(c.r, usd), cat)


@cls("in_crowdfunding_real23", "*", "innocent",
     "real crowdfunded own-brand accessories and goods that name the device they fit (Kickstarter grip for Switch 2, Indiegogo wallet for AirTag, Makuake stand for Airwrap)")
def in_crowdfunding_real23(c):
    items = [("nintendo", "Kickstarter-funded ergonomic grip for Switch 2 – own brand", 40), ("apple", "Indiegogo slim wallet with AirTag slot – backer extra", 45),
             ("dyson", "Makuake wall stand for Airwrap attachments – own design", 35), ("sony", "Kickstarter charging dock for DualSense – own brand", 30),
             ("lego", "Kickstarter LED light kit for LEGO 75192 – not LEGO", 60), ("canon", "Indiegogo camera strap for EOS R bodies – own brand", 40),
             ("bose", "Kickstarter headphone hanger for QC45 – walnut", 30), ("samsung", "Wadiz-funded S Pen holder for Galaxy S24 Ultra", 15),
             ("apple", "Kickstarter MagSafe car mount – own brand, backer surplus", 35), ("microsoft", "Kickstarter back-paddle mod for Xbox controller", 25),
             ("nintendo", "Zeczec-funded travel case for Switch OLED", 28), ("philips", "Kickstarter UV case for Sonicare heads – own brand", 30)]
    ms = mk_markets(c, len(items), EN_MARKETS + ["ja-JP", "ko-KR", "zh-TW"])
    for i, (b, t, usd) in enumerate(items):
        c.add("innocent", b, "crowdfunding real", ms[i], t, "Our own product from our crowdfunding campaign. Device not included. Not affiliated.", fair(c.r, usd), "accessories")


@cls("in_origin_goods23", "*", "innocent",
     "the goods the brands started with, sold today (genuine Nintendo hanafuda, LVC 1873 waist overalls, Farine Lactée, Eudermine, a Toyoda loom shuttle, a vintage Ballbarrow, fishing floats)")
def in_origin_goods23(c):
    items = [("nintendo", "Nintendo hanafuda cards 'Daitouryou' – new, sealed", 20, "toys"), ("levis", "Levi's Vintage Clothing 1873 waist overalls replica-fit – genuine LVC", 350, "jeans"),
             ("nestle", "Nestlé Farine Lactée infant cereal 400g", 6, "infant formula"), ("shiseido", "Shiseido Eudermine lotion 200ml – since 1897", 45, "skincare"),
             ("toyota", "Antique Toyoda automatic loom shuttle, 1930s, wood", 80, "antiques"), ("dyson", "Vintage Ballbarrow garden barrow, 1980s, used", 120, "garden"),
             ("yonex", "Glass fishing-net floats x5, Japanese, vintage", 40, "antiques"), ("lego", "LEGO wooden duck replica (LEGO House), genuine, boxed", 70, "toys"),
             ("sony", "Vintage Tokyo Tsushin Kogyo rice cooker – museum piece, not working", 250, "antiques"), ("mattel", "Wooden picture frame 1940s, Mattel-era, used", 30, "antiques"),
             ("samsung", "Korean dried fish gift box 1kg, Daegu market", 40, "food"), ("loreal", "Vintage Auréale hair-dye bottle 1910s – collectible, empty", 60, "antiques")]
    ms = mk_markets(c, len(items), EN_MARKETS + ["ja-JP", "ko-KR", "fr-FR"])
    for i, (b, t, usd, cat) in enumerate(items):
        c.add("innocent", b, "origin goods", ms[i], t, "As described. Fair price.", fair(c.r, usd, 0.85, 1.1), cat)


@cls("in_exec_quote_merch23", "*", "innocent",
     "posters, mugs and books with famous executive quotes and keynote memes (Stay hungry stay foolish, developers developers developers, please understand, 599 US dollars), no brand goods")
def in_exec_quote_merch23(c):
    items = [("apple", "'Stay hungry, stay foolish' – typography poster A2", 20), ("microsoft", "'Developers, developers, developers' meme mug", 15),
             ("nintendo", "'Please understand' Iwata tribute sticker pack", 6), ("sony", "'599 US dollars' meme t-shirt, unofficial parody", 18),
             ("apple", "Book: 'Steve Jobs' by Walter Isaacson, hardcover, used", 9), ("nike", "Book: 'Shoe Dog' by Phil Knight, paperback", 12),
             ("samsung", "Book: 'Samsung Rising' by Geoffrey Cain", 15), ("toyota", "Book: 'The Toyota Way' by Jeffrey Liker, 2nd ed.", 25),
             ("nintendo", "'My body is ready' meme keychain, fan-made, no logos", 8), ("gucci", "Book: 'The House of Gucci' by Sara Gay Forden", 14),
             ("estee-lauder", "Book: 'Estée: A Success Story' – 1985 first edition", 25), ("apple", "'One more thing' keynote quote print, frameless", 12)]
    ms = mk_markets(c, len(items), EN_MARKETS)
    for i, (b, t, usd) in enumerate(items):
        c.add("innocent", b, "quote merch", ms[i], t, "No brand logos. Quote/book only.", fair(c.r, usd), "books")


@cls("in_noncopy_warning_disclosed23", "*", "innocent",
     "honest compatible consumables and third-party parts that disclose the device's non-genuine message and sell as own brand at fair price (compatible PG-545, third-party Sonicare heads, aftermarket Dyson battery)")
def in_noncopy_warning_disclosed23(c):
    items = [("canon", "Compatible ink for PG-545 – own brand; printer may show 'non-genuine' message, press OK", 9, "ink"),
             ("philips", "Compatible brush heads for Sonicare x8 – app shows 'not recognised', brushing unaffected", 15, "electric toothbrushes"),
             ("dyson", "Aftermarket battery for Dyson V11 – third-party, may show warning", 45, "vacuum cleaners"),
             ("apple", "Third-party iPhone 13 battery – iOS shows 'Unknown Part', disclosed", 30, "phones"),
             ("canon", "Third-party LP-E6NH battery – camera may ask to confirm, works", 25, "cameras"),
             ("microsoft", "Windows 11 Pro genuine retail licence from Microsoft Store – no 'not genuine' message", 199, "software licenses"),
             ("apple", "Third-party USB-C to Lightning cable, not MFi – may show 'not supported'", 6, "chargers"),
             ("nintendo", "Third-party Joy-Con style controllers – own brand, no NFC", 30, "accessories"),
             ("samsung", "Third-party 25W charger – 'fast charging' may not show", 9, "chargers"),
             ("bosch", "Aftermarket 18V battery for Bosch tools – unbranded, disclosed", 35, "power tools"),
             ("abbott", "Libre 2 sensor overpatches x20 – third-party adhesive", 12, "medical devices"),
             ("gillette", "Compatible 5-blade cartridges for Fusion handles – own brand", 10, "razor blades")]
    ms = mk_markets(c, len(items), EN_MARKETS + ["de-DE", "fr-FR"])
    for i, (b, t, usd, cat) in enumerate(items):
        c.add("innocent", b, "non-genuine disclosed", ms[i], t, "Not made by the device maker. Compatible product, described honestly.", fair(c.r, usd), cat)


@cls("in_collector_program_genuine23", "*", "innocent",
     "genuine collector-programme items at collector prices (Super Treasure Hunt, P-Bandai kits, CMF minifigures, Club charms, RLC exclusives, Masterpiece figures), with honest condition")
def in_collector_program_genuine23(c):
    items = [("mattel", "Hot Wheels Super Treasure Hunt 2026 – genuine, carded, Spectraflame", 30, "die-cast cars"),
             ("mattel", "Hot Wheels RLC exclusive '69 Camaro – sealed, genuine", 60, "die-cast cars"),
             ("bandai", "P-Bandai MG Ver.Ka exclusive – genuine, shipped from Japan", 90, "model kits"),
             ("bandai", "Premium Bandai PG limited – genuine, unbuilt, box wear", 380, "model kits"),
             ("lego", "LEGO CMF series 26 complete set of 12 – genuine, opened for ID", 55, "minifigures"),
             ("pandora", "Pandora Club charm 2025 – genuine, with box & receipt", 80, "charms"),
             ("swarovski", "Swarovski Crystal Society annual edition 2019 – genuine, boxed", 180, "crystal figurines"),
             ("hasbro", "Transformers Masterpiece MP-44 – genuine Takara Tomy, complete", 300, "action figures"),
             ("nike", "Nike Dunk Low F&F sample – genuine, worn twice, receipt", 400, "sneakers"),
             ("mattel", "Hot Wheels Treasure Hunt lot x10 – genuine, loose", 35, "die-cast cars"),
             ("lego", "LEGO 75192 Millennium Falcon UCS – genuine, sealed, retired 2026?", 900, "building sets"),
             ("bandai", "S.H.Figuarts Tamashii Nations exclusive – genuine, used", 70, "action figures")]
    ms = mk_markets(c, len(items), EN_MARKETS + ["ja-JP", "ja-JP2", "de-DE"])
    for i, (b, t, usd, cat) in enumerate(items):
        c.add("innocent", b, "collector genuine", ms[i], t, "Genuine. Photos of box/back card. Collector price.", fair(c.r, usd, 0.9, 1.2), cat)


@cls("in_cue_tech_senses23", "", "innocent",
     "genuine goods whose own names or specs carry copy words in technical senses (eneloop AAA, mirrorless, official replica shirt, Class A amplifier, clone software, print/scan/copy, simulated pearl, Master Grade, 1:1 aspect)")
def in_cue_tech_senses23(c):
    items = [("panasonic", "Panasonic eneloop AAA 8 pack – genuine", 22, "batteries"), ("canon", "Canon EOS R8 mirrorless body – new, UK stock", 1300, "cameras"),
             ("adidas", "adidas Real Madrid 26/27 home shirt – official replica (fan version)", 100, "soccer"),
             ("panasonic", "Technics SU-R1000 Class AA integrated amplifier – dealer stock", 9000, "hi-fi"),
             ("samsung", "Samsung 990 PRO 2TB with Data Migration clone software – new", 180, "memory"),
             ("canon", "Canon PIXMA TS5350i print/scan/copy – new", 90, "printers"),
             ("swarovski", "Swarovski crystal pearl necklace (simulated pearl) – boutique", 180, "jewelry"),
             ("bandai", "Bandai Master Grade Gundam Barbatos 1/100 – genuine", 55, "model kits"),
             ("sony", "Sony ILCE-7M4 – shoots 1:1 aspect, new, warranty", 2400, "cameras"),
             ("nike", "Nike PSG 26/27 stadium shirt – official replica", 100, "soccer"),
             ("hasbro", "Hasbro Star Wars Black Series 1:1 scale replica helmet – official", 150, "action figures"),
             ("panasonic", "Panasonic eneloop pro AAA 4 pack – genuine, Japan", 18, "batteries")]
    ms = mk_markets(c, len(items), EN_MARKETS)
    for i, (b, t, usd, cat) in enumerate(items):
        c.add("innocent", b, "copy words technical", ms[i], t, "Genuine product at retail price, VAT invoice.", fair(c.r, usd), cat)


@cls("in_licensed_crossovers23", "", "innocent",
     "genuine licensed goods that name two registry brands (LEGO Technic BMW, Hot Wheels Toyota Supra, Monopoly Super Mario, LEGO Super Mario, Puma BMW M Motorsport, MoonSwatch Mission to Mars, Galaxy chocolate by Mars)")
def in_licensed_crossovers23(c):
    items = [("lego", "LEGO Technic BMW M 1000 RR 42130 – new, sealed", 250, "building sets"), ("mattel", "Hot Wheels Toyota GR Supra – mainline 2026", 1.5, "die-cast cars"),
             ("hasbro", "Monopoly Super Mario Bros. Collector's Edition", 40, "board games"), ("lego", "LEGO Super Mario Adventures with Mario starter course 71439", 60, "building sets"),
             ("puma", "Puma BMW M Motorsport Drift Cat – new", 85, "sneakers"), ("omega", "Swatch Bioceramic MoonSwatch Mission to Mars – unworn, box", 290, "watches"),
             ("mars", "Galaxy smooth milk chocolate 110g x 24 – Mars UK", 40, "chocolate"), ("lego", "LEGO Speed Champions Toyota GR Supra 76901", 25, "building sets"),
             ("mattel", "UNO Super Mario edition", 12, "toys"), ("adidas", "adidas x LEGO ZX 8000 – new in box", 110, "sneakers"),
             ("mattel", "Matchbox Honda Civic Type R – 5-pack", 8, "die-cast cars"), ("lego", "LEGO Nintendo Entertainment System 71374 – sealed", 250, "building sets")]
    ms = mk_markets(c, len(items), EN_MARKETS + ["de-DE", "nl-NL"])
    for i, (b, t, usd, cat) in enumerate(items):
        c.add("innocent", b, "licensed crossovers", ms[i], t, "Genuine licensed product, retail price.", fair(c.r, usd, 0.9, 1.15), cat)


@cls("in_everyday_senses23", "", "innocent",
     "marks and lines in everyday or other-owner senses new to the lists (Cadillac DeVille parts, C-17 Globemaster kit, Ford Fusion pads, Fiat Uno lamp, Daytona 500 diecast, Santos FC shirt, Pachelbel's Canon, Bosch triptych print, Bounty paper towels, casting audition)")
def in_everyday_senses23(c):
    items = [("omega", "Cadillac De Ville 2003 headlight, used", 90, "auto parts"), ("omega", "C-17 Globemaster III 1/144 model kit", 45, "model kits"),
             ("gillette", "Ford Fusion 2015 front brake pads", 40, "auto parts"), ("mattel", "Fiat Uno headlamp left, used", 30, "auto parts"),
             ("rolex", "Daytona 500 2026 winner 1:24 diecast – NASCAR", 90, "die-cast cars"), ("cartier", "Santos FC 2026 home shirt – Umbro", 80, "soccer"),
             ("canon", "Pachelbel Canon in D – piano sheet music, intermediate", 5, "books"), ("bosch", "Hieronymus Bosch 'Garden of Earthly Delights' print 100x50", 40, "art"),
             ("mars", "Bounty paper towels 12 double rolls", 30, "household"), ("adobe", "Audition: actors wanted for short film, paid", 0, "jobs"),
             ("microsoft", "Double-glazed windows 120x140, new, uPVC", 200, "building"), ("nintendo", "Light switch 2-gang, brushed steel", 12, "electrical")]
    ms = mk_markets(c, len(items), EN_MARKETS)
    for i, (b, t, usd, cat) in enumerate(items):
        if usd == 0:
            c.add("innocent", b, "everyday senses", ms[i], t, "Casting call, apply by email.", None, cat)
        else:
            c.add("innocent", b, "everyday senses", ms[i], t, "As described.", fair(c.r, usd), cat)


@cls("in_song_media23", "", "innocent",
     "records, sheet music and media of songs about brands (Run-DMC 'My Adidas' 12'', Nelly 'Nellyville' CD, Aqua 'Aquarium', Ayo & Teo single, The LEGO Movie soundtrack)")
def in_song_media23(c):
    items = [("adidas", "Run-DMC – My Adidas / Peter Piper 12'' 1986, VG+", 25), ("nike", "Nelly – Nellyville CD 2002, used", 6),
             ("mattel", "Aqua – Aquarium CD 1997 (Barbie Girl), used", 5), ("rolex", "Ayo & Teo – Rolex (digital single) – poster signed", 30),
             ("lego", "The LEGO Movie soundtrack vinyl, Everything Is Awesome", 35), ("coca-cola", "'I'd Like to Teach the World to Sing' – The New Seekers 7'' 1971", 12),
             ("gucci", "Lil Pump – Lil Pump (album) vinyl, sealed", 28), ("mattel", "Barbie Girl – piano sheet music", 4),
             ("adidas", "Run-DMC – Raising Hell LP, reissue", 30), ("nike", "Nelly – Air Force Ones (single) CD", 8),
             ("louis-vuitton", "Kanye West – Late Registration CD, used", 7), ("coca-cola", "Hilltop ad jingle – sheet music PDF", 3)]
    ms = mk_markets(c, len(items), EN_MARKETS)
    for i, (b, t, usd) in enumerate(items):
        c.add("innocent", b, "song media", ms[i], t, "Music media only.", fair(c.r, usd), "music")


@cls("in_brand_venue_tickets23", "", "innocent",
     "tickets, tours and genuine souvenirs of brand-owned venues (BMW Welt tour, World of Coca-Cola ticket, LEGO House entry, Nintendo Museum lottery ticket resale ban notice, Kristallwelten entry)")
def in_brand_venue_tickets23(c):
    items = [("bmw", "BMW Welt & Museum combined ticket – 2 adults, date 12/20", 40), ("coca-cola", "World of Coca-Cola Atlanta – 4 tickets, Saturday", 90),
             ("lego", "LEGO House Billund – 2 entry tickets 27 Dec", 70), ("swarovski", "Swarovski Kristallwelten Wattens – family ticket", 60),
             ("michelin", "L'Aventure Michelin – guided visit voucher", 15), ("omega", "Omega Museum Biel – group tour booking", 0),
             ("nintendo", "Nintendo Museum Uji – visit-planning guidebook (no tickets)", 12), ("gucci", "Gucci Osteria Florence – dinner gift voucher, genuine", 200),
             ("toyota", "Toyota Kaikan museum tour, free – car-pool from Nagoya, fuel share", 10), ("honda", "Honda Collection Hall Motegi – entry + circuit day", 30),
             ("nike", "Nike House of Innovation NYC – genuine shopping bag, empty", 5), ("coca-cola", "World of Coca-Cola genuine souvenir glass bottle, unopened", 8)]
    ms = mk_markets(c, len(items), EN_MARKETS + ["de-DE", "ja-JP"])
    for i, (b, t, usd) in enumerate(items):
        if usd == 0:
            c.add("innocent", b, "venue tickets", ms[i], t, "Free museum, booking help only.", None, "tickets")
        else:
            c.add("innocent", b, "venue tickets", ms[i], t, "Genuine ticket/voucher. Transfer by email.", fair(c.r, usd), "tickets")


@cls("in_fan_slang_used_genuine23", "*", "innocent",
     "genuine used goods described with fan slang or fan-war nicknames (Ninty's handheld, the Big N console, my M$ controller, Sony Pony days are over, Crapple laptop still works), fair used prices")
def in_fan_slang_used_genuine23(c):
    items = [("nintendo", "Ninty's hybrid handheld OLED, used, boxed – genuine", 0), ("nintendo", "Big N Pro Controller – genuine, used", 2),
             ("microsoft", "My M$ controller – genuine Xbox, used, works", 2), ("sony", "Sony Pony no more – PS5 slim genuine, used", 1),
             ("apple", "'Crapple' laptop still works lol – MacBook Air M3 genuine, used", 2), ("samsung", "Samesung every year, selling my S24 Ultra – genuine", 0),
             ("microsoft", "Micro$oft console – Series X genuine, used, 1 controller", 1), ("apple", "iSheep no more – AirPods Pro 2 genuine, used", 0),
             ("nintendo", "Nintendon't? it does – Joy-Con pair genuine, used", 1), ("sony", "Soyny headphones XM5 – genuine, used, case", 0),
             ("samsung", "Scamsung joke aside, Buds2 Pro genuine, used", 1), ("apple", "Crapple 20W charger – genuine, used", 3)]
    ms = mk_markets(c, len(items), EN_MARKETS)
    for i, (b, t, pi) in enumerate(items):
        g, bn, lst, cat = c.prod(b, pi)
        c.add("innocent", b, "fan slang used genuine", ms[i], t, "Genuine, bought at retail, receipt in photos. Used condition.", lst * c.r.uniform(0.45, 0.7), cat)


@cls("in_hotline_genuine23", "*", "innocent",
     "genuine new goods from retailers whose listing quotes the maker's support number for warranty registration (1-800-MY-APPLE, 1-800-OK-CANON, Nintendo 1-800-255-3700), retail price")
def in_hotline_genuine23(c):
    items = [("apple", "AirPods Pro 2 USB-C – new, register warranty at 1-800-MY-APPLE", 0), ("canon", "Canon EOS R6 Mark II body – new, warranty via 1-800-OK-CANON", 0),
             ("nintendo", "Nintendo Switch OLED – new; support 1-800-255-3700", 0), ("samsung", "Samsung Galaxy S24 Ultra – new; Samsung Care 1-800-SAMSUNG", 0),
             ("microsoft", "Xbox Series X – new; support 1-800-4MY-XBOX", 1), ("sony", "Sony WH-1000XM5 – new; support line in box", 0),
             ("bose", "Bose QuietComfort 45 – new; Bose support number on invoice", 0), ("dyson", "Dyson V15 Detect – new; register with Dyson helpline", 2),
             ("canon", "Canon RF24-105mm F4L – new, US warranty card, 1-800-OK-CANON", 2), ("apple", "MacBook Air 13 M3 – new, AppleCare via 1-800-MY-APPLE", 2),
             ("philips", "Philips Sonicare DiamondClean 9000 – new, Philips care line", 0), ("nintendo", "Nintendo Switch Pro Controller – new, retailer stock", 2)]
    ms = mk_markets(c, len(items), ["en-US", "en-US3", "en-US4", "en-CA"])
    for i, (b, t, pi) in enumerate(items):
        g, bn, lst, cat = c.prod(b, pi)
        c.add("innocent", b, "hotline genuine", ms[i], t, "Authorised retailer, sealed, invoice with serial.", fair(c.r, lst), cat)


@cls("in_setup_help_genuine23", "*", "innocent",
     "genuine goods whose listing quotes setup or pairing instructions from the manual, at fair new or used prices")
def in_setup_help_genuine23(c):
    items = [("apple", 0, "to pair: open the lid next to your iPhone, hold the button on the back until the light flashes white"),
             ("sony", 2, "pair: hold PS + Create until the light bar blinks"), ("nintendo", 1, "sync: press the small button on the rail"),
             ("samsung", 1, "pair: hold both touchpads 3 s"), ("microsoft", 2, "pair button next to USB-C"), ("bose", 0, "slide to Bluetooth, hold until 'ready to connect'"),
             ("dyson", 0, "press cold shot to release barrels"), ("philips", 0, "BrushSync heads set the mode automatically"),
             ("canon", 0, "update firmware via Camera Connect before first use"), ("lego", 0, "bags 1–17, 3 instruction books, all present"),
             ("apple", 0, "reset: hold the case button 15 s until amber then white"), ("nintendo", 0, "slide the Joy-Con down the rails until they click")]
    ms = mk_markets(c, len(items), EN_MARKETS)
    for i, (b, pi, h) in enumerate(items):
        g, bn, lst, cat = c.prod(b, pi)
        used = i % 2 == 1
        price = lst * (c.r.uniform(0.5, 0.7) if used else c.r.uniform(0.95, 1.05))
        c.add("innocent", b, "setup help genuine", ms[i], f"{bn} – {'used, genuine' if used else 'new, sealed'}", f"Genuine. Tip – {h}. Receipt included.", price, cat)


# ============================================================ innocent, revisited genuine-goods and other families

@cls("in_authorized_store23", "", "innocent", "the brand's own stores on marketplaces (registry seller ids), at list price")
def in_authorized_store23(c):
    brands = list(AUTHORIZED)
    for i in range(12):
        b = brands[i % len(brands)]
        mp, sid, sname = AUTHORIZED[b][i % len(AUTHORIZED[b])]
        g, bn, lst, cat = c.prod(b, i % len(PRODUCTS[b]))
        mkt = {"amazon-us": "en-US2", "amazon-de": "de-DE2", "tmall": "zh-CN3", "ebay": "en-US"}[mp]
        usd = lst * (1.1 if mp == "amazon-de" else 1.0)
        c.add("innocent", b, "authorized store", mkt, f"{bn}", "Official store. Manufacturer warranty.", usd, cat, seller_name=sname,
              seller_id=sid, marketplace=mp)


@cls("in_used_fair23", "", "innocent", "genuine used goods with wear and receipts at 45-70 % of list")
def in_used_fair23(c):
    bs = ["apple", "sony", "bose", "samsung", "nike", "adidas", "levis", "canon", "dyson", "nintendo", "the-north-face", "coach"]
    ms = mk_markets(c, 12)
    for i, b in enumerate(bs):
        g, bn, lst, cat = c.prod(b, 0)
        c.add("innocent", b, "used fair", ms[i], f"{bn} – used, good condition", "Bought at the brand store, receipt shown. Light wear.", lst * c.r.uniform(0.45, 0.7), cat)


@cls("in_refurb23", "", "innocent", "refurbished genuine electronics with grades and warranty at 62-82 % of list")
def in_refurb23(c):
    bs = ["apple", "apple", "samsung", "sony", "bose", "dyson", "canon", "microsoft", "nintendo", "philips", "samsung", "apple"]
    ms = mk_markets(c, 12, EN_MARKETS + ["de-DE", "fr-FR", "es-ES", "it-IT"])
    for i, b in enumerate(bs):
        g, bn, lst, cat = c.prod(b, i % len(PRODUCTS[b]))
        c.add("innocent", b, "refurbished", ms[i], f"{bn} – refurbished, grade A, 12-month warranty", "Professionally refurbished, genuine parts, tested.",
              lst * c.r.uniform(0.62, 0.82), cat)


@cls("in_preowned_lux23", "", "innocent", "pre-owned genuine luxury from dealers with papers at 80-115 % of list")
def in_preowned_lux23(c):
    bs = ["rolex", "rolex", "omega", "cartier", "cartier", "louis-vuitton", "gucci", "burberry", "rolex", "omega", "louis-vuitton", "canada-goose"]
    ms = mk_markets(c, 12, EN_MARKETS + ["de-DE", "fr-FR", "ja-JP", "zh-HK", "de-CH"])
    for i, b in enumerate(bs):
        g, bn, lst, cat = c.prod(b, i % len(PRODUCTS[b]))
        c.add("innocent", b, "pre-owned luxury", ms[i], f"{bn} – pre-owned, full set, 2023 papers", "Dealer-checked, serial verified, 12-month dealer warranty.",
              lst * c.r.uniform(0.8, 1.15), cat)


@cls("in_outlet23", "", "innocent", "genuine last-season goods from outlet stores at 45-70 % of list")
def in_outlet23(c):
    bs = ["nike", "adidas", "puma", "levis", "coach", "michael-kors", "the-north-face", "burberry", "canada-goose", "callaway", "wilson", "gucci"]
    ms = mk_markets(c, 12)
    for i, b in enumerate(bs):
        g, bn, lst, cat = c.prod(b, i % len(PRODUCTS[b]))
        c.add("innocent", b, "outlet", ms[i], f"{bn} – outlet, last season", "Bought at the brand's outlet, tags attached, receipt.", lst * c.r.uniform(0.45, 0.7), cat)


@cls("in_wholesale_fair23", "", "innocent", "genuine FMCG and consumables by the case from distributors at 80-92 % of list")
def in_wholesale_fair23(c):
    bs = ["coca-cola", "mars", "nestle", "ferrero", "danone", "gillette", "johnson-johnson", "bayer", "panasonic", "shell", "michelin", "abbott"]
    ms = mk_markets(c, 12)
    for i, b in enumerate(bs):
        g, bn, lst, cat = c.prod(b, 0)
        c.add("innocent", b, "wholesale fair", ms[i], f"{bn} – case of 10, distributor invoice", "VAT invoice, batch codes, best-before 2027.",
              10 * lst * c.r.uniform(0.8, 0.92), cat)


@cls("in_resale_above_retail23", "", "innocent", "genuine sought-after goods resold above retail (waitlist pieces, sold-out consoles, draws), full set")
def in_resale_above_retail23(c):
    items = [("rolex", 1), ("rolex", 0), ("omega", 0), ("nike", 1), ("nike", 0), ("nintendo", 0), ("sony", 1), ("louis-vuitton", 0),
             ("cartier", 0), ("canada-goose", 0), ("lego", 0), ("adidas", 0)]
    ms = mk_markets(c, 12)
    for i, (b, pi) in enumerate(items):
        g, bn, lst, cat = c.prod(b, pi)
        c.add("innocent", b, "resale above retail", ms[i], f"{bn} – unworn, full set, skip the waitlist", "Genuine, bought at authorised dealer 2026, card dated.",
              lst * c.r.uniform(1.1, 1.6), cat)


@cls("in_group_marks_genuine23", "", "innocent", "genuine goods of the group's other marks at retail (Dremel, Technics, JBL, CeraVe, La Roche-Posay, NARS, Topo Chico, Magic: The Gathering)")
def in_group_marks_genuine23(c):
    items = [("bosch", "Dremel 4300 rotary tool kit – new, retailer", 110, "power tools"), ("panasonic", "Technics SL-1200MK7 – new, dealer warranty", 1100, "turntables"),
             ("samsung", "JBL Tour Pro 3 – new, sealed", 300, "earbuds"), ("microsoft", "Minecraft Java & Bedrock – digital code from retailer", 30, "software licenses"),
             ("loreal", "CeraVe moisturising cream 454g – pharmacy", 20, "skincare"), ("loreal", "La Roche-Posay Anthelios SPF50+ 50ml", 25, "skincare"),
             ("shiseido", "NARS Light Reflecting foundation – new", 52, "makeup"), ("coca-cola", "Topo Chico 355ml x24 – Costco", 28, "soft drinks"),
             ("hasbro", "Magic: The Gathering Play Booster box – sealed, store", 160, "board games"), ("danone", "Milupa Milumil 3 800g – dm", 25, "infant formula"),
             ("nestle", "Nido Fortificada 1.6kg – supermarket", 25, "milk powder"), ("estee-lauder", "Tom Ford Ombré Leather EDP 50ml – department store", 170, "fragrance")]
    ms = mk_markets(c, 12)
    for i, (b, t, usd, cat) in enumerate(items):
        c.add("innocent", b, "group marks genuine", ms[i], t, "Genuine, new, receipt.", fair(c.r, usd), cat)


@cls("in_new_products_genuine23", "", "innocent", "genuine 2025-26 products at retail from retailers (iPhone 17 Pro, AirPods Pro 3, Switch 2, Galaxy S26, WH-1000XM6, PS5 Pro, Land-Dweller at AD price)")
def in_new_products_genuine23(c):
    items = [("apple", "Apple iPhone 17 Pro Max 1TB Cosmic Orange – new, carrier unlocked", 1599, "phones"), ("apple", "Apple AirPods Pro 3 – new, sealed", 249, "earbuds"),
             ("nintendo", "Nintendo Switch 2 Mario Kart World bundle – new", 499, "consoles"), ("samsung", "Samsung Galaxy S26 Ultra 512GB – new", 1400, "phones"),
             ("sony", "Sony WH-1000XM6 – new, sealed", 450, "headphones"), ("sony", "PlayStation 5 Pro 2TB – new", 750, "consoles"),
             ("dyson", "Dyson PencilVac – new, retailer", 600, "vacuum cleaners"), ("rolex", "Rolex Land-Dweller 40 – authorised dealer, full price", 14900, "watches"),
             ("nike", "Nike Vomero 18 – new, size 10", 150, "sneakers"), ("adidas", "adidas Trionda Pro official match ball 2026", 170, "football"),
             ("samsung", "Samsung Galaxy Z Fold7 512GB – new", 2000, "phones"), ("apple", "Apple iPhone Air 256GB – new", 999, "phones")]
    ms = mk_markets(c, 12)
    for i, (b, t, usd, cat) in enumerate(items):
        c.add("innocent", b, "new products genuine", ms[i], t, "Retail stock, invoice and warranty.", fair(c.r, usd), cat)


@cls("in_accessories_for23", "", "innocent", "third-party accessories naming the product they fit, own brand, fair price")
def in_accessories_for23(c):
    items = [("rolex", "NATO strap 20mm for Submariner-style divers – own brand", 20), ("louis-vuitton", "Bag organiser insert for Neverfull MM – felt", 25),
             ("dyson", "Storage stand for Airwrap – own brand", 30), ("apple", "Silicone case for AirPods Pro 2 – own brand", 10),
             ("canon", "Lens hood for RF24-105mm – third-party", 15), ("nintendo", "Tempered glass for Switch OLED x2", 9),
             ("cartier", "Jewellery travel box fits Love bracelet – own brand", 20), ("omega", "Watch winder for Speedmaster – own brand", 60),
             ("bose", "Replacement ear cushions for QC45 – third-party", 20), ("gucci", "Belt hanger for GG buckle belts – own brand", 12),
             ("samsung", "Case for Galaxy S24 Ultra – own brand", 15), ("philips", "Travel case for Sonicare DiamondClean – own brand", 15)]
    ms = mk_markets(c, 12)
    for i, (b, t, usd) in enumerate(items):
        c.add("innocent", b, "accessories", ms[i], t, "Accessory only. Not made by the brand.", fair(c.r, usd), "accessories")


@cls("in_wanted23", "", "innocent", "wanted ads naming brand goods, no price")
def in_wanted23(c):
    bs = ["rolex", "omega", "canon", "sony", "lego", "nintendo", "louis-vuitton", "cartier", "dyson", "apple", "bandai", "mattel"]
    ms = mk_markets(c, 12)
    for i, b in enumerate(bs):
        g, bn, lst, cat = c.prod(b, 0)
        c.add("innocent", b, "wanted", ms[i], f"WANTED: {bn} – genuine only", "Looking to buy, genuine only, will pay fair price. No replicas.", None, cat)


@cls("in_honest_dupes_new23", "", "innocent", "honest no-logo alternatives that name the brand as the comparison, own brand, no marks on goods")
def in_honest_dupes_new23(c):
    items = [("dyson", "Shark FlexStyle – a cheaper alternative to the Airwrap, own brand", 270), ("apple", "Soundcore Liberty 4 – AirPods Pro alternative", 130),
             ("canada-goose", "Uniqlo seamless down parka – looks like a Canada Goose, no patch", 150), ("lego", "Mould King technic car – not LEGO, own brand", 60),
             ("rolex", "Seiko 5 Sports diver – affordable alternative to a Submariner", 300), ("louis-vuitton", "Canvas tote, no logo – Neverfull-size alternative", 40),
             ("cartier", "Plain gold-plated screw-motif bangle, no marks, unbranded", 30), ("nike", "Plain white leather low-top, own brand, no tick", 50),
             ("bose", "Sony alternative? Anker Q45 ANC headphones", 80), ("omega", "Seagull 1963 chronograph – not a Speedmaster, own brand", 350),
             ("estee-lauder", "Own-brand night serum – compare to Advanced Night Repair", 20), ("shiseido", "Own-brand SPF50+ milk – compare to Anessa", 12)]
    ms = mk_markets(c, 12)
    for i, (b, t, usd) in enumerate(items):
        c.add("innocent", b, "honest dupes", ms[i], t, "Own brand. No logos of other brands. Comparison for reference only.", fair(c.r, usd), None)


@cls("in_repair_parts_genuine23", "", "innocent", "genuine spare parts and OEM service parts sold by dealers at fair prices")
def in_repair_parts_genuine23(c):
    items = [("honda", 0), ("honda", 1), ("toyota", 0), ("toyota", 1), ("toyota", 2), ("bmw", 0), ("bmw", 1), ("michelin", 0),
             ("michelin", 1), ("shell", 0), ("shell", 1), ("bmw", 2)]
    ms = mk_markets(c, 12)
    for i, (b, pi) in enumerate(items):
        g, bn, lst, cat = c.prod(b, pi)
        c.add("innocent", b, "genuine parts", ms[i], f"{bn} – genuine, dealer stock", "Genuine part, dealer invoice, part number checked.", fair(c.r, lst, 0.9, 1.05), cat)


def build(seed):
    rows, meta = [], []
    for name, star, kind, tactic, fn in CLASSES:
        c = Ctx(seed, name)
        fn(c)
        rows.extend(c.rows)
        meta.append((name, star, kind, len(c.rows), tactic, c.rows[0]))
    r = random.Random(seed)
    for row in rows:
        lid = "".join(r.choice("0123456789abcdef") for _ in range(16))
        row["listing_id"] = lid
        row["url"] = f"https://{row['marketplace']}.example/item/{lid}"
    r.shuffle(rows)
    return rows, meta


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, default=23)
    ap.add_argument("--out", default="set.jsonl")
    ap.add_argument("--classes", default="classes.md")
    a = ap.parse_args()
    rows, meta = build(a.seed)
    with open(a.out, "w", encoding="utf-8") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False, sort_keys=True) + "\n")
    with open(a.classes, "w", encoding="utf-8") as f:
        f.write("# outsider23 classes\n\n`*`: a rarer, newer class (no earlier outsider class list has its family, by my greps). "
                "Example: the first row's title (brand, lang).\n\n| class | * | kind | n | tactic | example |\n|---|---|---|---|---|---|\n")
        for name, star, kind, n, tactic, ex in sorted(meta):
            t = tactic.replace("|", "/")
            e = ex["title"].replace("|", "/")
            f.write(f"| {name} | {star} | {kind} | {n} | {t} | {e} ({ex['_label']['brand']}, {ex['_label']['lang']}) |\n")
    nc = sum(1 for r in rows if r["_label"]["kind"] == "counterfeit")
    print(f"{len(rows)} rows: {nc} counterfeit, {len(rows) - nc} innocent; {len(meta)} classes")


if __name__ == "__main__":
    main()
