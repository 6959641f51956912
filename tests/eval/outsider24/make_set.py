#!/usr/bin/env python3
"""outsider24: generate the held-out set. python3 make_set.py --seed 24 --out set.jsonl --classes classes.md (stdlib only)."""
from __future__ import annotations

import argparse
import json
import random

from data import AUTH, AUTH_MK, MARKETS, MK, PRODUCTS

R = random.Random(24)
ROWS: list[dict] = []
CLASSES: list[tuple] = []
MKS = [m for m in MARKETS]
CUES = ["1:1 copy", "AAA replica", "mirror quality copy", "not original, top quality", "super clone", "rep, best batch",
        "first copy", "high copy", "réplica 1:1", "Kopie, sehr gut", "реплика люкс", "高仿", "コピー品", "레플리카 S급",
        "kopya A kalite", "imitação primeira linha", "copia AAA", "hàng fake loại 1", "KW premium", "tiruan gred AAA",
        "copie haute qualité", "replika 1:1", "namaak, topkwaliteit", "falso pero idéntico"]


def sig3(x: float) -> float:
    if x <= 0:
        return 0.0
    from math import floor, log10
    d = 3 - int(floor(log10(abs(x)))) - 1
    v = round(x, d)
    return float(int(v)) if v >= 100 else v


def copy_usd(lst: float) -> float:
    if lst >= 2000:
        f = R.uniform(0.03, 0.08)
    elif lst >= 300:
        f = R.uniform(0.06, 0.20)
    elif lst >= 30:
        f = R.uniform(0.15, 0.35)
    else:
        f = R.uniform(0.25, 0.45)
    return lst * f


def fair_usd(lst: float, lo=0.95, hi=1.08) -> float:
    return lst * R.uniform(lo, hi)


def hexid(n=12):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def add(cls, kind, brand, title, desc, usd, mk=None, category=None, tactic="", seller=None, attrs=None, ship=None):
    if mk in AUTH_MK and mk not in MK:
        lang_, cur_, cc_, rate_ = AUTH_MK[mk]
        m = (lang_, lang_[:2], mk, cur_, cc_, rate_)
    else:
        m = MK[mk] if mk else R.choice(MKS)
    code, lang, mp, cur, cc, rate = m
    lid = hexid()
    price = None if usd is None else {"amount": sig3(usd * rate), "currency": cur}
    sid, sname = seller if seller else ("u" + hexid(8), R.choice(["", "shop " + hexid(4), "store" + str(R.randint(10, 999))]))
    row = {"marketplace": mp, "listing_id": lid, "url": f"https://{mp}.example/item/{lid}", "title": title,
           "description": desc, "price": price, "seller": {"id": sid, "name": sname, "country": cc},
           "category": category, "images": [], "ship_from": ship or cc,
           "observed_at": f"2026-12-0{R.choice([2, 3])}T{R.randint(0, 23):02d}:{R.randint(0, 59):02d}:00Z",
           "attributes": attrs or {},
           "_label": {"kind": kind, "brand": brand, "class": cls, "tactic": tactic, "lang": code, "also": []}}
    if price is None:
        del row["price"]
    ROWS.append(row)


def P(brand, i=0):
    return PRODUCTS[brand][i % len(PRODUCTS[brand])]


def cls(name, star, kind, tactic):
    def deco(fn):
        CLASSES.append((name, star, kind, tactic, fn))
        return fn
    return deco


def mkcycle(k):
    return MKS[(k * 7 + len(ROWS)) % len(MKS)][2]


def run_entries(name, tactic, entries, n=13, cue=True, kind="counterfeit", pricing="copy"):
    """entries: (brand, product index, title, desc); {g} generic, {c} cue."""
    for k in range(n):
        b, i, t, d = entries[k % len(entries)]
        g, bn, lst, cat = P(b, i)
        c = CUES[(k + len(ROWS)) % len(CUES)] if cue else ""
        usd = copy_usd(lst) if pricing == "copy" else fair_usd(lst)
        add(name, kind, b, t.format(g=g, c=c, b=bn), d.format(g=g, c=c, b=bn), usd, mk=mkcycle(k), category=cat, tactic=tactic)


MARKS = {"rolex": "Rolex", "gucci": "Gucci", "nike": "Nike", "apple": "Apple", "dyson": "Dyson", "omega": "Omega",
         "cartier": "Cartier", "adidas": "Adidas", "samsung": "Samsung", "sony": "Sony", "bose": "Bose", "lego": "LEGO",
         "coach": "Coach", "pandora": "Pandora", "burberry": "Burberry", "canon": "Canon", "yonex": "Yonex",
         "wilson": "Wilson", "callaway": "Callaway", "michelin": "Michelin", "nintendo": "Nintendo", "puma": "Puma",
         "levis": "Levis", "swarovski": "Swarovski", "philips": "Philips", "bosch": "Bosch", "shiseido": "Shiseido",
         "gillette": "Gillette", "bandai": "Bandai", "mattel": "Mattel", "ferrero": "Ferrero", "nestle": "Nestle",
         "danone": "Danone", "shell": "Shell", "toyota": "Toyota", "honda": "Honda", "adobe": "Adobe", "hasbro": "Hasbro",
         "abbott": "Abbott", "bayer": "Bayer", "pfizer": "Pfizer", "panasonic": "Panasonic", "autodesk": "Autodesk",
         "microsoft": "Microsoft", "loreal": "Loreal", "bmw": "BMW"}
MB = list(MARKS)


# ============================================================ counterfeit, new (*)
@cls("c_wikidata_qid24", "*", "counterfeit", "the brand named only by its Wikidata item id (Q-number), 'look it up', with goods words and a copy cue")
def c_wikidata_qid24(name, tactic):
    q = [("apple", 0, "Q312"), ("nike", 0, "Q483915"), ("rolex", 0, "Q62288"), ("sony", 1, "Q41187"), ("microsoft", 1, "Q2283"),
         ("nintendo", 0, "Q8093"), ("adidas", 0, "Q3895"), ("gucci", 0, "Q178516"), ("louis-vuitton", 0, "Q191485"),
         ("bmw", 0, "Q26678"), ("toyota", 0, "Q53268"), ("lego", 0, "Q1063455"), ("samsung", 0, "Q20718")]
    e = [(b, i, "{g} – brand = Wikidata " + qq + " – {c}", "Don't want to write the name here. Search " + qq + " on Wikidata and you know the logo on it. {c}, full logos, box included.") for b, i, qq in q]
    run_entries(name, tactic, e)


@cls("c_isin_code24", "*", "counterfeit", "the brand named by its (or its parent's) ISIN securities code, with a copy cue")
def c_isin_code24(name, tactic):
    q = [("apple", 1, "US0378331005"), ("nike", 1, "US6541061031"), ("samsung", 0, "KR7005930003"), ("sony", 0, "JP3435000009"),
         ("microsoft", 0, "US5949181045"), ("nintendo", 0, "JP3756600007"), ("coca-cola", 0, "US1912161007"),
         ("louis-vuitton", 1, "FR0000121014"), ("loreal", 0, "FR0000120321"), ("nestle", 0, "CH0038863350"),
         ("pfizer", 0, "US7170811035"), ("adidas", 1, "DE000A1EWWW0"), ("bayer", 0, "DE000BAY0017")]
    e = [(b, i, "{g} [" + qq + "] {c}", "Maker = the company with ISIN " + qq + " (stock nerds know). Same as the store item, {c}.") for b, i, qq in q]
    run_entries(name, tactic, e)


@cls("c_brand_hex_colour24", "*", "counterfeit", "the brand named by its brand colour as a hex or Pantone code (Coca-Cola red #F40009, Barbie pink 219 C, Nintendo red #E60012, the four Microsoft squares), copy cue")
def c_brand_hex_colour24(name, tactic):
    e = [("coca-cola", 1, "Red tin sign in #F40009 with the white ribbon script – {c}", "Classic cola sign, exact brand red F40009, dynamic ribbon, script logo printed. {c}."),
         ("mattel", 1, "Fashion doll, Pantone 219 C pink box – {c}", "The famous doll in the 219 C pink box with the logo, {c}, factory surplus."),
         ("nintendo", 0, "Hybrid console, red #E60012 logo box – {c}", "Console with the #E60012 red wordmark on box and dock. {c}."),
         ("microsoft", 0, "Office licence – logo squares F25022 7FBA00 00A4EF FFB900 – {c}", "You know the four coloured squares. Lifetime key, {c}."),
         ("samsung", 0, "Flagship phone, #1428A0 blue logo box – {c}", "Phone in the brand-blue 1428A0 oval box, {c}, all apps."),
         ("shell", 0, "Engine oil 5W-40 4L, Pantone yellow 116 C and red 485 C pecten can – {c}", "Same can, yellow-red pecten, {c}, refilled."),
         ("toyota", 0, "Oil filter, #EB0A1E red three-oval logo box – {c}", "OEM look box with the EB0A1E logo, {c}."),
         ("adobe", 0, "Photo editor licence, red #FA0F00 'A' icon – {c}", "Creative suite, the FA0F00 red icon app, {c} activation."),
         ("canon", 1, "Ink set, #CC0000 red logo box – {c}", "Printer ink in the brand's CC0000 red logo box, {c}."),
         ("lego", 0, "7541-piece freighter set, red #D01012 logo square – {c}", "Brick set with the D01012 red square logo on box, {c}, same numbers."),
         ("philips", 0, "Sonic toothbrush, #0B5ED7 blue shield box – {c}", "Toothbrush in the blue shield box, {c}."),
         ("michelin", 1, "Touring tyre 205/55 R16, #27509B blue & #FCE500 yellow label – {c}", "Tyre with the blue-yellow label, {c}, DOT 2026."),
         ("ferrero", 0, "30 hazelnut pralines, gold foil, #5A2D0C brown label – {c}", "Gift box with the gold foil and brown oval label, {c}.")]
    run_entries(name, tactic, e)


@cls("c_logo_typeface24", "*", "counterfeit", "the brand named by its logo's typeface or lettering (Spencerian script, Futura Bold Oblique, Garamond crown, Clarendon slab, Helvetica Bold), copy cue")
def c_logo_typeface24(name, tactic):
    e = [("coca-cola", 1, "Spencerian script cola sign, red – {c}", "The famous cola in Spencerian script, 1886 style, {c}."),
         ("nike", 1, "Low-top sneakers, Futura Bold Condensed Oblique logo – {c}", "White leather, the Futura oblique wordmark plus the tick. {c}."),
         ("louis-vuitton", 0, "Canvas tote, Futura wordmark + LV-style monogram – {c}", "Tote with the Futura-lettered Paris brand, {c}."),
         ("sony", 0, "Headphones, Clarendon slab-serif wordmark – {c}", "Silver slab-serif logo on the band, {c}."),
         ("rolex", 0, "Dive watch, Garamond crown wordmark dial – {c}", "Dial printed in the Garamond capitals under the crown, {c}."),
         ("gucci", 1, "Belt with Granjon-lettered logo – {c}", "Granjon serif logo embossed, double buckle, {c}."),
         ("samsung", 0, "Phone, SamsungSharpSans wordmark on back – {c}", "The Sharp Sans logo on the back, {c}."),
         ("nintendo", 0, "Hybrid console, Pretendo-font red logo – {c}", "Box lettered in Pretendo, {c}."),
         ("microsoft", 0, "Office licence, Segoe wordmark box – {c}", "Segoe-lettered retail box, {c} key."),
         ("burberry", 0, "Check scarf, Didot-style serif wordmark + knight – {c}", "Scarf with the high-contrast serif label, {c}."),
         ("levis", 0, "Straight jeans, batwing logo, Futura Extra Bold red tab – {c}", "Red tab lettered in capitals, batwing patch, {c}."),
         ("mattel", 1, "Doll, Dollywood-script pink wordmark box – {c}", "The pink script box, {c}."),
         ("omega", 0, "Moon chronograph, Ω + Garamond-like wordmark – {c}", "Dial lettered the same, {c}.")]
    run_entries(name, tactic, e)


@cls("c_logo_designer24", "*", "counterfeit", "the brand named by the designer of its logo (Carolyn Davidson, Rob Janoff, Frank M. Robinson, Raymond Loewy, Paula Scher, Peter Saville, Georges Vuitton), copy cue")
def c_logo_designer24(name, tactic):
    e = [("nike", 0, "High-top sneakers with the Carolyn Davidson tick – {c}", "The $35 logo, on the side, {c}."),
         ("apple", 1, "Earbuds, Rob Janoff bitten-fruit logo on case – {c}", "Logo by Rob Janoff, printed. {c}."),
         ("coca-cola", 0, "Cola cans 24 pack, Frank M. Robinson script – {c}", "Script from 1886 by the bookkeeper Robinson, {c}, same taste."),
         ("shell", 0, "Engine oil 4L, Raymond Loewy 1971 pecten – {c}", "Can with the Loewy shell, {c}."),
         ("microsoft", 0, "Office licence, Paula Scher window logo – {c}", "Key for the suite with the Pentagram window logo, {c}."),
         ("burberry", 0, "Check scarf, Peter Saville 2018 wordmark – {c}", "Saville label, {c}."),
         ("louis-vuitton", 0, "Canvas tote, Georges 1896 monogram canvas – {c}", "The monogram Georges drew for his father, {c}."),
         ("adidas", 0, "Trainers with the Adi-era three bars and the trefoil (1971) – {c}", "Trefoil logo, {c}."),
         ("puma", 0, "Suede sneakers, Lutz Backes leaping cat – {c}", "The leaping cat by Lutz Backes on the side, {c}."),
         ("michelin", 0, "Performance tyre, O'Galop's tyre-man on sidewall – {c}", "O'Galop mascot molded, {c}."),
         ("nike", 1, "AF1-style lows, Davidson swoosh, {c}", "Davidson design tick, leather, {c}."),
         ("apple", 0, "256GB phone, Janoff logo back – {c}", "Janoff logo glass back, {c}."),
         ("coca-cola", 1, "Tin sign, Robinson Spencerian – {c}", "{c}.")]
    run_entries(name, tactic, e)


def uname(ch):
    import unicodedata
    return unicodedata.name(ch).replace("LATIN ", "")


@cls("c_unicode_char_names24", "*", "counterfeit", "the mark spelt as Unicode character names (CAPITAL LETTER R, SMALL LETTER O ...), goods words and a copy cue")
def c_unicode_char_names24(name, tactic):
    bs = ["rolex", "gucci", "omega", "dyson", "cartier", "nike", "pandora", "bose", "yonex", "lego", "coach", "canon", "wilson"]
    for k, b in enumerate(bs):
        g, bn, lst, cat = P(b)
        spell = "; ".join(uname(ch) for ch in MARKS[b])
        add(name, "counterfeit", b, f"{g} – brand: {spell} – {CUES[k % len(CUES)]}",
            f"Brand (decode the Unicode names): {spell}. Logo on item, {CUES[(k + 3) % len(CUES)]}.",
            copy_usd(lst), mk=mkcycle(k), category=cat, tactic=tactic)


@cls("c_nth_letter_hidden24", "*", "counterfeit", "the mark hidden as the 2nd letter of each word in the title ('take letter 2 of each word'), with a copy cue")
def c_nth_letter_hidden24(name, tactic):
    pool = {c: [] for c in "abcdefghijklmnopqrstuvwxyz"}
    words = ("art bag bold case door each free gold high item joy kind long main next only pure quiet rare sale "
             "take used very wide exit year zone rich top pack slim fine clean hot cool soft deal gift mint best "
             "pick idea ahead ebb ice odd ugly awe").split()
    for w in words:
        pool[w[1]].append(w)
    bs = ["rolex", "gucci", "omega", "dyson", "cartier", "nike", "pandora", "bose", "lego", "coach", "canon", "sony", "puma"]
    for k, b in enumerate(bs):
        g, bn, lst, cat = P(b)
        ws = []
        for ch in MARKS[b].lower():
            opts = pool.get(ch) or ["x" + ch + "x"]
            ws.append(R.choice(opts).upper())
        add(name, "counterfeit", b, " ".join(ws) + f" – {g}",
            f"Brand? Take the 2nd letter of every word in the title ;) {CUES[k % len(CUES)]}, logos on.",
            copy_usd(lst), mk=mkcycle(k), category=cat, tactic=tactic)


@cls("c_code_expression24", "*", "counterfeit", "the mark as a code or spreadsheet expression the buyer evaluates ('xelor'[::-1], =CONCAT(\"Gu\",\"cci\"), \"nike\".upper()), copy cue")
def c_code_expression24(name, tactic):
    bs = ["rolex", "gucci", "nike", "dyson", "omega", "cartier", "apple", "samsung", "pandora", "bose", "adidas", "burberry", "lego"]
    for k, b in enumerate(bs):
        g, bn, lst, cat = P(b)
        m = MARKS[b].lower()
        forms = [f"brand = '{m[::-1]}'[::-1]", f'=CONCAT("{m[:2].capitalize()}","{m[2:]}")', f"'{m}'.upper()",
                 f"brand = ''.join(['{m[:2]}','{m[2:]}'])", f"=PROPER(\"{m}\")", f"echo {m[::-1]} | rev"]
        f = forms[k % len(forms)]
        add(name, "counterfeit", b, f"{g} // {f}", f"Devs will get it: {f}. {CUES[k % len(CUES)]}, logo on, box and papers.",
            copy_usd(lst), mk=mkcycle(k), category=cat, tactic=tactic)


@cls("c_regex_pattern24", "*", "counterfeit", "the mark as a regular expression the item 'matches' (R[o0]l[e3]x, G(u){1}c{2}i), copy cue")
def c_regex_pattern24(name, tactic):
    bs = ["rolex", "gucci", "nike", "dyson", "omega", "cartier", "apple", "samsung", "pandora", "bose", "adidas", "yonex", "michelin"]
    for k, b in enumerate(bs):
        g, bn, lst, cat = P(b)
        m = MARKS[b]
        rx = "".join(("[" + ch + ch.swapcase() + "]" if i % 2 == 0 else ch) for i, ch in enumerate(m.lower()))
        if k % 3 == 1:
            rx = "^" + m[0] + "(" + m[1:3].lower() + ")" + m[3:].lower() + "$"
        add(name, "counterfeit", b, f"{g} – matches /{rx}/ – {CUES[k % len(CUES)]}",
            f"Logo matches /{rx}/ if you know what I mean. {CUES[(k + 5) % len(CUES)]}.",
            copy_usd(lst), mk=mkcycle(k), category=cat, tactic=tactic)


@cls("c_rebus_words24", "*", "counterfeit", "the mark as a rebus of everyday words joined by + (Roll + Ex, Goo + Chee, Knee + Key, Die + Son, Sew + Knee), copy cue")
def c_rebus_words24(name, tactic):
    e = [("rolex", 0, "{g} – (Roll + Ex) – {c}", "Brand = roll + ex, say it fast. {c}."),
         ("gucci", 0, "{g} – (Goo + Chee) – {c}", "Goo + chee, the Italian one. {c}."),
         ("nike", 0, "{g} – (Knee + Key) – {c}", "Knee + key. {c}."),
         ("dyson", 0, "{g} – (Die + Son) – {c}", "Die + son, the styler everyone wants. {c}."),
         ("sony", 0, "{g} – (Sew + Knee) – {c}", "Sew + knee. {c}."),
         ("cartier", 0, "{g} – (Cart + Tea + A) – {c}", "cart + tea + a. {c}."),
         ("omega", 0, "{g} – (Oh + Meg + Ah) – {c}", "oh + meg + ah, the moon one. {c}."),
         ("adidas", 0, "{g} – (Add + Ee + Das) – {c}", "add + ee + das. {c}."),
         ("pandora", 0, "{g} – (Pan + Door + Ah) – {c}", "pan + door + ah charms. {c}."),
         ("lego", 0, "{g} – (Leg + Oh) – {c}", "leg + oh bricks. {c}."),
         ("coach", 0, "{g} – (Co + Ach) – {c}", "co + ach, NY leather. {c}."),
         ("bose", 0, "{g} – (Bow + Z) – {c}", "bow + z headphones. {c}."),
         ("canon", 0, "{g} – (Can + On) – {c}", "can + on. {c}.")]
    run_entries(name, tactic, e)


@cls("c_vin_ndc_prefix24", "*", "counterfeit", "the brand named by an industry identifier prefix: a VIN's world manufacturer identifier (WBA, JHM, JTD) or an NDC labeler code (0069, 50580), copy cue")
def c_vin_ndc_prefix24(name, tactic):
    e = [("bmw", 0, "Oil filter for WBA/WBS VINs, logo box – {c}", "Made for cars whose VIN starts WBA. Box with the roundel, {c}."),
         ("bmw", 1, "Brake disc pair, WBA-VIN OEM look – {c}", "Maker's logo cast in, {c}."),
         ("honda", 0, "Oil filter for JHM/1HG VINs, blue OEM box – {c}", "Same box as the dealer's, logo, {c}."),
         ("honda", 1, "Brake pads, JHM maker box – {c}", "{c}, OEM-style carton."),
         ("toyota", 0, "Oil filter, JTD/JTE maker carton – {c}", "Box with the three ovals, {c}."),
         ("toyota", 1, "Brake pads, JT-VIN maker box – {c}", "{c}."),
         ("pfizer", 0, "Blue tablets 100mg x30 – NDC labeler 0069 box – {c}", "Packed like labeler 0069's, {c}, no prescription."),
         ("pfizer", 1, "Cholesterol tablets 20mg, labeler 0071 bottle – {c}", "{c}."),
         ("johnson-johnson", 0, "Pain relief caplets 500mg, NDC 50580 carton – {c}", "Carton from labeler 50580, {c}, bulk."),
         ("bayer", 0, "Aspirin 500mg, NDC 0280 box – {c}", "Labeler 0280 box, {c}."),
         ("abbott", 0, "Glucose sensor, NDC 57599 pack – {c}", "Labeler 57599 sensor pack, {c}, no reader lock."),
         ("bmw", 0, "Oil service kit for 5UX / WBA – {c}", "roundel box, {c}."),
         ("honda", 0, "Filter 15400 series for JHM – {c}", "{c}.")]
    run_entries(name, tactic, e)


@cls("c_spin_off_parent24", "*", "counterfeit", "the brand named as the former parent of a spin-off (Signify's old parent, Kenvue's parent, Covestro's parent, AbbVie's parent, Viatris' partner, VAIO's old parent), copy cue")
def c_spin_off_parent24(name, tactic):
    e = [("philips", 0, "{g} from Signify's former parent – {c}", "The Dutch shield, the parent Signify split from. {c}."),
         ("philips", 1, "Wet&dry shaver by the ex-parent of Signify – {c}", "{c}, logo on."),
         ("johnson-johnson", 0, "Pain caplets 500mg – Kenvue's former parent's red-script pack – {c}", "{c}, 100 caplets, same box."),
         ("johnson-johnson", 1, "Fabric bandages – the Kenvue ex-parent's brand – {c}", "{c}."),
         ("bayer", 0, "Aspirin 500mg – Covestro's old parent's cross pack – {c}", "The cross logo from Leverkusen, {c}."),
         ("abbott", 0, "Glucose sensor 14 days – AbbVie's former parent – {c}", "{c}, works with app."),
         ("pfizer", 0, "Blue 100mg tablets – the company Upjohn left for Viatris – {c}", "{c}, discreet."),
         ("sony", 0, "Noise-cancelling headphones – VAIO's former parent – {c}", "{c}."),
         ("panasonic", 0, "5-blade shaver – the Osaka group that spun off its chips – {c}", "{c}."),
         ("microsoft", 1, "1TB console – from the company that sold off Nokia phones – {c}", "{c}, jailbroken."),
         ("bayer", 1, "Dexpanthenol ointment – from Covestro's former parent – {c}", "{c}."),
         ("abbott", 1, "Infant formula 900g – AbbVie's ex-parent – {c}", "{c}."),
         ("philips", 0, "Sonic toothbrush – Signify/NXP/ASML ex-parent – {c}", "{c}.")]
    run_entries(name, tactic, e)


@cls("c_ai_assistant_names24", "*", "counterfeit", "the brand named by its voice or AI assistant (Siri, Bixby, Copilot key, Apple Intelligence, Galaxy AI, Gemini-on-Galaxy), copy cue")
def c_ai_assistant_names24(name, tactic):
    e = [("apple", 0, "Smartphone 256GB with Siri and Apple Intelligence – {c}", "Siri works, Intelligence works, {c}."),
         ("apple", 1, "Earbuds 'Hey Siri' – {c}", "Siri + pop-up pairing, {c}."),
         ("samsung", 0, "Flagship phone with Bixby + Galaxy AI – {c}", "Bixby key, Galaxy AI, {c}."),
         ("samsung", 1, "Earbuds – Bixby voice wake-up – {c}", "{c}."),
         ("microsoft", 0, "Office suite – with the Copilot key brand – {c}", "Copilot-branded suite, {c} lifetime."),
         ("microsoft", 1, "Console 1TB – Copilot for Gaming – {c}", "{c}."),
         ("apple", 0, "iOS-style phone, Siri button – {c}", "Siri, Face unlock, {c}."),
         ("samsung", 0, "S-pen phone with Bixby Routines – {c}", "{c}."),
         ("apple", 1, "Buds with Siri announce notifications – {c}", "{c}."),
         ("microsoft", 0, "Suite licence, Cortana-era keys – {c}", "{c}."),
         ("samsung", 1, "Buds3-style, Bixby, Galaxy AI live translate – {c}", "{c}."),
         ("apple", 0, "Phone with Apple Intelligence Genmoji – {c}", "{c}."),
         ("microsoft", 0, "Office + Copilot Pro keys – {c}", "{c}.")]
    run_entries(name, tactic, e)


@cls("c_analogy_clue24", "*", "counterfeit", "the brand named by an analogy puzzle ('Seiko is to Tokyo as ___ is to Geneva, crown logo'), copy cue")
def c_analogy_clue24(name, tactic):
    e = [("rolex", 0, "{g} – Seiko : Tokyo = ___ : Geneva (crown) – {c}", "Analogy = the brand. {c}."),
         ("omega", 0, "{g} – Seiko is to Grand Seiko as Swatch is to ___ (moon) – {c}", "{c}."),
         ("nike", 0, "{g} – adidas : Herzogenaurach = ___ : Beaverton – {c}", "{c}."),
         ("adidas", 0, "{g} – Puma : Rudolf = ___ : Adi – {c}", "{c}."),
         ("puma", 0, "{g} – adidas : Adi = ___ : Rudolf – {c}", "{c}."),
         ("samsung", 0, "{g} – iPhone : Apple = Galaxy : ___ – {c}", "{c}."),
         ("sony", 1, "{g} – Xbox : Microsoft = PlayStation : ___ – {c}", "{c}."),
         ("gucci", 0, "{g} – LV : LVMH = ___ : Kering (double G) – {c}", "{c}."),
         ("dyson", 0, "{g} – Hoover : vacuum = ___ : bagless – {c}", "{c}."),
         ("cartier", 0, "{g} – Tiffany : New York = ___ : rue de la Paix – {c}", "{c}."),
         ("lego", 0, "{g} – Playmobil : Germany = ___ : Billund – {c}", "{c}."),
         ("coca-cola", 0, "{g} – Pepsi : blue = ___ : red – {c}", "{c}."),
         ("bose", 0, "{g} – Sony XM5 : Sony = QC Ultra : ___ – {c}", "{c}.")]
    run_entries(name, tactic, e)


@cls("c_checkbox_choice24", "*", "counterfeit", "a brand 'choice list' of look-alike rivals with one ticked (☐ Tudor ☐ Seiko ☑ the crown), or a quiz whose answer is the brand, copy cue")
def c_checkbox_choice24(name, tactic):
    e = [("rolex", 0, "{g} – ☐ Tudor ☐ Seiko ☐ Omega ☑ (you know) – {c}", "Brand: ☐ Tudor ☐ Seiko ☐ Omega ☑ the fourth, crown. {c}."),
         ("nike", 0, "{g} – Quiz: A) Puma B) adidas C) the swoosh → answer C – {c}", "{c}."),
         ("gucci", 0, "{g} – ☐ Prada ☐ Fendi ☑ double G – {c}", "{c}."),
         ("louis-vuitton", 0, "{g} – ☐ Goyard ☐ MCM ☑ the Paris monogram – {c}", "{c}."),
         ("omega", 0, "{g} – ☐ Longines ☐ Tissot ☑ Ω – {c}", "{c}."),
         ("samsung", 0, "{g} – ☐ Xiaomi ☐ Oppo ☑ Galaxy maker – {c}", "{c}."),
         ("dyson", 0, "{g} – ☐ Shark ☐ Laifen ☑ the British one – {c}", "{c}."),
         ("apple", 1, "{g} – ☐ Soundcore ☐ Jabra ☑ the fruit – {c}", "{c}."),
         ("cartier", 0, "{g} – ☐ Bulgari ☐ Tiffany ☑ the nail bracelet house – {c}", "{c}."),
         ("sony", 0, "{g} – ☐ Sennheiser ☐ JBL ☑ the XM maker – {c}", "{c}."),
         ("canada-goose", 0, "{g} – ☐ Moncler ☐ Arc'teryx ☑ the arctic disc – {c}", "{c}."),
         ("burberry", 0, "{g} – ☐ Aquascutum ☐ Barbour ☑ the check – {c}", "{c}."),
         ("the-north-face", 0, "{g} – ☐ Patagonia ☐ Columbia ☑ Half Dome – {c}", "{c}.")]
    run_entries(name, tactic, e)


@cls("c_interface_glyphs24", "*", "counterfeit", "the brand named by interface glyphs of its products (△○✕□ buttons, ⌘ and , ⊞ key, ⊕ Joy-Con button), copy cue")
def c_interface_glyphs24(name, tactic):
    e = [("sony", 1, "△○✕□ home console 1TB – {c}", "The △○✕□ one, new model, {c}, modded."),
         ("sony", 1, "Console △ ○ ✕ □ edition – {c}", "{c}."),
         ("apple", 0, " phone 256GB – {c}", " logo on back, {c}."),
         ("apple", 1, " earbuds with case – {c}", "{c}."),
         ("apple", 0, "⌘ phone, same OS – {c}", "{c}."),
         ("microsoft", 0, "⊞ office suite lifetime key – {c}", "⊞ maker's suite, {c}."),
         ("microsoft", 1, "ⓍⒷⓎⒶ console 1TB – {c}", "{c}."),
         ("nintendo", 0, "⊕ ⊖ hybrid console OLED – {c}", "The ⊕⊖ red-and-blue one, {c}."),
         ("sony", 0, "Headphones from the △○✕□ company – {c}", "{c}."),
         ("nintendo", 1, "Cartridge for the ⊕⊖ console, adventure game – {c}", "{c}, repro cart."),
         ("apple", 1, "⌘⌥ buds – {c}", "{c}."),
         ("microsoft", 0, "⊞+Copilot licence – {c}", "{c}."),
         ("sony", 1, "□ ✕ ○ △ slim console – {c}", "{c}.")]
    run_entries(name, tactic, e)


@cls("c_edit_instruction24", "*", "counterfeit", "the mark given as an edit of another word ('Bolex, B→R', 'Nuke with u→i', 'Gucco, last letter i'), copy cue")
def c_edit_instruction24(name, tactic):
    e = [("rolex", 0, "{g} – 'Bolex' but B→R – {c}", "{c}."), ("nike", 0, "{g} – 'Nuke' with u→i – {c}", "{c}."),
         ("gucci", 0, "{g} – 'Gucco', last letter → i – {c}", "{c}."), ("dyson", 0, "{g} – 'Tyson' with T→D – {c}", "{c}."),
         ("omega", 0, "{g} – 'Omaha' with ha→ega – {c}", "{c}."), ("coach", 0, "{g} – 'Couch' minus u plus a – {c}", "{c}."),
         ("sony", 0, "{g} – 'Tony' T→S – {c}", "{c}."), ("bose", 0, "{g} – 'Rose' R→B – {c}", "{c}."),
         ("puma", 0, "{g} – 'Pума' → Latin letters – {c}", "{c}."), ("canon", 0, "{g} – 'Cannon' minus one n – {c}", "{c}."),
         ("lego", 0, "{g} – 'Lago' a→e – {c}", "{c}."), ("pandora", 0, "{g} – 'Pandera' e→o – {c}", "{c}."),
         ("adidas", 0, "{g} – 'Abidas' b→d – {c}", "{c}.")]
    run_entries(name, tactic, e)


@cls("c_word_search_grid24", "*", "counterfeit", "the mark hidden vertically in a word-search letter grid in the description ('find the brand'), generic title, copy cue")
def c_word_search_grid24(name, tactic):
    bs = ["rolex", "gucci", "omega", "dyson", "cartier", "nike", "pandora", "bose", "lego", "coach", "canon", "sony", "yonex"]
    for k, b in enumerate(bs):
        g, bn, lst, cat = P(b)
        m = MARKS[b].upper()
        col = R.randint(1, 4)
        lines = []
        for ch in m:
            row = [R.choice("ABDFHJKMPQTUVWZ") for _ in range(6)]
            row[col] = ch
            lines.append(" ".join(row))
        add(name, "counterfeit", b, f"{g} – find the brand in the grid – {CUES[k % len(CUES)]}",
            "Find the brand (top to bottom):\n" + "\n".join(lines) + f"\n{CUES[(k + 2) % len(CUES)]}, logo on item.",
            copy_usd(lst), mk=mkcycle(k), category=cat, tactic=tactic)


@cls("c_letters_from_other_brands24", "*", "counterfeit", "the mark spelt from the initials of OTHER brands (R(ay-Ban) O(akley) L(acoste) E(tro) X(box)), some of them registry brands, copy cue")
def c_letters_from_other_brands24(name, tactic):
    src = {"a": "Asics", "b": "Balenciaga", "c": "Chanel", "d": "Diesel", "e": "Etro", "f": "Fendi", "g": "Guess", "h": "Hermès",
           "i": "IKEA", "k": "Kenzo", "l": "Lacoste", "m": "Moncler", "n": "New Balance", "o": "Oakley", "p": "Prada",
           "r": "Ray-Ban", "s": "Seiko", "t": "Tudor", "u": "Uniqlo", "v": "Versace", "w": "Wrangler", "x": "Xbox", "y": "YSL"}
    bs = ["rolex", "gucci", "nike", "dyson", "cartier", "pandora", "bose", "lego", "coach", "canon", "sony", "yonex", "burberry"]
    for k, b in enumerate(bs):
        g, bn, lst, cat = P(b)
        parts = " + ".join(f"{src[ch][0]}({src[ch][1:]})" for ch in MARKS[b].lower())
        add(name, "counterfeit", b, f"{g} – brand = first letters: {parts} – {CUES[k % len(CUES)]}",
            f"Take the capitals: {parts}. That is the logo on it. {CUES[(k + 4) % len(CUES)]}.",
            copy_usd(lst), mk=mkcycle(k), category=cat, tactic=tactic)


@cls("c_date_code_serial24", "*", "counterfeit", "the brand named only by the format of its date codes or serials (SD4189 / FL0138 'made in France' date code, creed patch No. G2073-F1883, two-line style/supplier serial 443497 520981), copy cue")
def c_date_code_serial24(name, tactic):
    e = [("louis-vuitton", 0, "Canvas tote – date code SD4189 inside – {c}", "Heat stamp 'made in France', date code SD4189, {c}."),
         ("louis-vuitton", 1, "Zip wallet – date code CA2158 – {c}", "Date code CA2158 correct format, {c}."),
         ("louis-vuitton", 0, "Tote – FL0138 date code, heat stamp – {c}", "{c}, codes match the style."),
         ("coach", 0, "Leather bag – creed patch No. G2073-F1883 – {c}", "Creed patch with serial, {c}."),
         ("coach", 1, "Wallet – creed No. CH857 style serial – {c}", "{c}."),
         ("gucci", 0, "Chevron shoulder bag – serial tag 443497 520981 – {c}", "Two-line leather serial tag, {c}."),
         ("gucci", 1, "Double-G belt – 414516 + supplier serial – {c}", "{c}, dust bag, card."),
         ("rolex", 0, "Dive watch – rehaut engraved, random serial 8-char – {c}", "Serial on rehaut, {c}."),
         ("canada-goose", 0, "Parka – hologram label with CG serial – {c}", "Hologram scans, {c}."),
         ("burberry", 0, "Check scarf – 8015506 label + batch code – {c}", "{c}."),
         ("louis-vuitton", 1, "Wallet – microchip era, no date code, NFC – {c}", "{c}."),
         ("michael-kors", 0, "Saffiano tote – 'CF-1703' interior serial – {c}", "{c}."),
         ("omega", 0, "Moon chronograph – 8-digit serial on lug + 3861 – {c}", "{c}.")]
    run_entries(name, tactic, e)


# ============================================================ counterfeit, revisited / everyday (no *)
def simple(name, tactic, fmt_t, fmt_d, brands, prod=0, marks=None, cue=True):
    for k, b in enumerate(brands):
        g, bn, lst, cat = P(b, prod if isinstance(prod, int) else prod[k % len(prod)])
        c = CUES[(k * 3 + len(ROWS)) % len(CUES)]
        mk = (marks or {}).get(b, MARKS.get(b, bn.split()[0]))
        add(name, "counterfeit", b, fmt_t.format(g=g, b=bn, m=mk, c=c), fmt_d.format(g=g, b=bn, m=mk, c=c),
            copy_usd(lst), mk=mkcycle(k), category=cat, tactic=tactic)


B13 = [["rolex", "gucci", "nike", "apple", "dyson", "louis-vuitton", "omega", "samsung", "cartier", "adidas", "sony", "burberry", "canada-goose"],
       ["coach", "michael-kors", "pandora", "swarovski", "bose", "canon", "levis", "puma", "the-north-face", "yonex", "wilson", "callaway", "lego"],
       ["mattel", "bandai", "hasbro", "nintendo", "microsoft", "adobe", "autodesk", "philips", "bosch", "panasonic", "gillette", "loreal", "estee-lauder"],
       ["shiseido", "mars", "ferrero", "nestle", "danone", "coca-cola", "pfizer", "bayer", "abbott", "johnson-johnson", "shell", "michelin", "honda"],
       ["toyota", "bmw", "rolex", "nike", "gucci", "apple", "louis-vuitton", "dyson", "cartier", "omega", "samsung", "adidas", "sony"]]


@cls("c_codename_new24", "", "counterfeit", "products named by press or internal codenames new to the lists (Orbis, Durango, Scorpio, Nitro, Revolution, Dolphin, Longhorn, Purple, K48), copy cue")
def c_codename_new24(name, tactic):
    e = [("sony", 1, "Orbis-successor console 1TB – {c}", "{c}."), ("microsoft", 1, "Project Scorpio / Durango successor console – {c}", "{c}."),
         ("nintendo", 0, "NX OLED hybrid console – {c}", "{c}, CFW."), ("nintendo", 1, "Cartridge for the NX / Revolution heir – {c}", "{c}."),
         ("apple", 0, "Project Purple 256GB phone – {c}", "{c}."), ("microsoft", 0, "Longhorn-lineage OS + office keys – {c}", "{c}."),
         ("apple", 1, "B698 earbuds – {c}", "{c}."), ("sony", 0, "Project Orbis maker's XM5 headphones – {c}", "{c}."),
         ("nintendo", 0, "Nitro + Dolphin maker's hybrid console – {c}", "{c}."), ("samsung", 0, "Project Valley maker flagship – {c}", "{c}."),
         ("microsoft", 1, "Anaconda console (Series X) – {c}", "{c}."), ("sony", 1, "Prospero slim – {c}", "{c}."),
         ("apple", 0, "D94 phone 256GB – {c}", "{c}.")]
    run_entries(name, tactic, e)


@cls("c_mascot_new24", "", "counterfeit", "the brand named by a mascot or character not in the earlier lists' examples (Nesquik's Quicky, the M&M's spokescandies, the polar bears, Mr. Potato Head, Bibendum's 'Bib'), copy cue")
def c_mascot_new24(name, tactic):
    e = [("mars", 1, "Candy chocolates 1kg – Red & Yellow spokescandies bag – {c}", "{c}, cheap bulk."),
         ("nestle", 1, "Instant coffee 200g – from Quicky the bunny's company – {c}", "{c}."),
         ("coca-cola", 1, "Polar-bear Christmas tin sign – {c}", "{c}."),
         ("hasbro", 1, "Property game with Rich Uncle Pennybags lid – {c}", "{c}."),
         ("michelin", 0, "Performance tyre with Bib on sidewall – {c}", "{c}."),
         ("mars", 0, "Peanut bars 48 – Ms. Green box – {c}", "{c}."),
         ("nintendo", 1, "Plumber-mascot maker's adventure game cart – {c}", "{c}, repro."),
         ("mattel", 0, "1:64 die-cast – flame-logo boy mascot Pack – {c}", "{c}."),
         ("bandai", 1, "Virtual pet egg – Mametchi edition – {c}", "{c}."),
         ("coca-cola", 0, "24 cans – Sprite Boy era cola – {c}", "{c}."),
         ("nestle", 0, "Infant formula – the bird-nest company – {c}", "{c}."),
         ("mars", 1, "1kg candies – Red and Blue – {c}", "{c}."),
         ("michelin", 1, "205/55R16 tyre – Bibendum – {c}", "{c}.")]
    run_entries(name, tactic, e)


@cls("c_discontinued_new24", "", "counterfeit", "discontinued products sold 'new old stock' as copies (iPod classic, Zune HD, Virtual Boy, Galaxy Note, Walkman WM-2, Tamagotchi Angel, Air Yeezy 2)", )
def c_discontinued_new24(name, tactic):
    e = [("apple", 1, "iPod classic 160GB new sealed – {c}", "{c}."), ("microsoft", 1, "Zune HD 32GB new – {c}", "{c}."),
         ("nintendo", 0, "Virtual Boy new in box – {c}", "{c}, reproduction."), ("samsung", 0, "Galaxy Note 20 Ultra new 2026 – {c}", "{c}."),
         ("sony", 0, "Walkman WM-2 brand new – {c}", "{c}."), ("bandai", 1, "Tamagotchi Angel 1997 new – {c}", "{c}."),
         ("nike", 0, "Air Yeezy 2 Red October DS – {c}", "{c}."), ("nintendo", 1, "Game Boy Micro new – {c}", "{c}."),
         ("apple", 0, "iPhone 4S new sealed – {c}", "{c}."), ("sony", 1, "PSP Go new – {c}", "{c}."),
         ("adidas", 0, "Yeezy Boost 350 V2 Zebra 2026 – {c}", "{c}."), ("microsoft", 0, "Office 2010 Pro Plus retail – {c}", "{c}."),
         ("canon", 0, "Canon AE-1 Program new – {c}", "{c}.")]
    run_entries(name, tactic, e)


@cls("c_hq_building24", "", "counterfeit", "the brand named by its headquarters building's name (Apple Park, the BMW Four-Cylinder, Samsung Digital City, Nike's Bowerman campus, Kering's Via Mecenate...), copy cue")
def c_hq_building24(name, tactic):
    e = [("apple", 0, "Phone 256GB 'Apple Park design' – {c}", "{c}."), ("bmw", 0, "Oil filter – Vierzylinder Munich maker box – {c}", "{c}."),
         ("samsung", 0, "Flagship – Digital City Suwon edition – {c}", "{c}."), ("nike", 0, "High-tops – Mia Hamm building campus – {c}", "{c}."),
         ("lego", 0, "Freighter set – from the Billund campus – {c}", "{c}."), ("microsoft", 0, "Office key – Redmond campus build – {c}", "{c}."),
         ("nestle", 1, "Coffee 200g – Vevey lakeside HQ brand – {c}", "{c}."), ("adidas", 0, "Samba – World of Sports campus – {c}", "{c}."),
         ("coca-cola", 0, "Cola 24 – North Avenue tower – {c}", "{c}."), ("toyota", 0, "Oil filter – Toyota-cho HQ box – {c}", "{c}."),
         ("philips", 0, "Toothbrush – Breitner Center Amsterdam – {c}", "{c}."), ("sony", 0, "XM5 – Sony City Osaki – {c}", "{c}."),
         ("apple", 1, "Earbuds – spaceship campus – {c}", "{c}.")]
    run_entries(name, tactic, e)


@cls("c_owned_club24", "", "counterfeit", "the brand named by a sports club it owns or founded (Werkself, PSV's works club, Samsung Lions, Gamba Osaka's owner, ASM Clermont's founder), copy cue")
def c_owned_club24(name, tactic):
    e = [("bayer", 0, "Aspirin 500mg x100 – the Werkself's company – {c}", "{c}."), ("philips", 0, "Sonic toothbrush – PSV Eindhoven's company – {c}", "{c}."),
         ("samsung", 0, "Flagship phone – Samsung Lions owner – {c}", "{c}."), ("panasonic", 0, "5-blade shaver – Gamba Osaka's owner – {c}", "{c}."),
         ("michelin", 0, "Pilot tyre – ASM Clermont founder – {c}", "{c}."), ("toyota", 0, "Filter – Gazoo Racing maker – {c}", "{c}."),
         ("honda", 0, "Filter – HRC maker box – {c}", "{c}."), ("bayer", 1, "Ointment 100g – Leverkusen works-club company – {c}", "{c}."),
         ("philips", 1, "Shaver – Philips Stadion sponsor's maker – {c}", "{c}."), ("panasonic", 1, "AA x4 – Wild Knights owner – {c}", "{c}."),
         ("samsung", 1, "Earbuds – Suwon Bluewings owner – {c}", "{c}."), ("michelin", 1, "Tyre – the Jaunards' company – {c}", "{c}."),
         ("toyota", 1, "Brake pads – Toyota Verblitz owner – {c}", "{c}.")]
    run_entries(name, tactic, e)


@cls("c_trade_dress24", "", "counterfeit", "the goods named by trade dress in words (contour bottle, gold-foil praline in brown paper cup, 2x4 studded brick, arctic disc patch, stem earbuds, arcuate stitch), copy cue")
def c_trade_dress24(name, tactic):
    e = [("coca-cola", 0, "Contour-bottle cola, 24 – {c}", "{c}."), ("ferrero", 0, "Gold-foil hazelnut pralines in brown paper cups, 30 – {c}", "{c}."),
         ("lego", 0, "2x4 eight-stud bricks freighter 7541 pcs – {c}", "{c}."), ("canada-goose", 0, "Parka with the round arctic-map disc patch – {c}", "{c}."),
         ("apple", 1, "White stem earbuds with flip case – {c}", "{c}."), ("dyson", 0, "Bladeless-ring hair styler set – {c}", "{c}."),
         ("burberry", 0, "Camel-black-red-white check scarf – {c}", "{c}."), ("cartier", 0, "Nail-shaped bangle, screw tip – {c}", "{c}."),
         ("rolex", 0, "Oyster-case fluted dive watch, cyclops date – {c}", "{c}."), ("levis", 0, "Jeans, arcuate double-arch stitch, red tab – {c}", "{c}."),
         ("ferrero", 1, "Hazelnut spread 750g, white lid jar – {c}", "{c}."), ("coach", 0, "Bag with turn-lock C hardware – {c}", "{c}."),
         ("nike", 1, "Low-tops with tick and AF1 heel – {c}", "{c}.")]
    run_entries(name, tactic, e)


@cls("c_haul_spreadsheet24", "", "counterfeit", "2026 shopping-agent 'haul' wording (spreadsheet link, W2C, QC pics, agent from the buy-for-me sites), brand in plain words")
def c_haul_spreadsheet24(name, tactic):
    simple(name, tactic, "{b} – from the 2026 spreadsheet, QC pics ready", "W2C in the haul sheet, batch link, agent ships. {c}.", B13[0])


@cls("c_cue_words_world24", "", "counterfeit", "the brand named plainly with copy words of many languages")
def c_cue_words_world24(name, tactic):
    simple(name, tactic, "{b} {c}", "{c}. Same as original, fast shipping.", B13[1])


@cls("c_grade_menu24", "", "counterfeit", "price menu of grades (A / AA / AAA / 1:1) for the brand's goods")
def c_grade_menu24(name, tactic):
    simple(name, tactic, "{b} – grades A / AAA / 1:1, ask", "Grade A cheapest, AAA middle, 1:1 top. Price shown = AAA.", B13[0][3:] + B13[1][:3])


@cls("c_luxury_reps24", "", "counterfeit", "luxury rep-factory wording (clean factory, V3 batch, 904L, swap movement)")
def c_luxury_reps24(name, tactic):
    simple(name, tactic, "{b} – clean factory V3, 904L", "Best rep 2026, swap movement, {c}.",
           ["rolex", "omega", "cartier", "louis-vuitton", "gucci", "burberry", "rolex", "omega", "cartier", "coach", "michael-kors", "louis-vuitton", "gucci"])


@cls("c_sneaker_reps24", "", "counterfeit", "sneaker rep batches (LJR, OG batch, GX) for brands' sneakers")
def c_sneaker_reps24(name, tactic):
    simple(name, tactic, "{b} – OG batch, LJR", "{c}, all sizes.", ["nike", "adidas", "puma", "nike", "adidas", "puma", "nike", "adidas", "puma", "nike", "adidas", "puma", "nike"], prod=[0, 1])


@cls("c_electronics_clone24", "", "counterfeit", "electronics clones (Huaqiang top version, GPS works, serial checks)")
def c_electronics_clone24(name, tactic):
    simple(name, tactic, "{b} – top clone, serial passes check", "Huaqiang best version, {c}.",
           ["apple", "samsung", "sony", "bose", "apple", "samsung", "dyson", "canon", "nintendo", "microsoft", "philips", "panasonic", "bose"], prod=[0, 1])


@cls("c_pharma24", "", "counterfeit", "medicines at a fraction of list, no prescription, 'same factory'")
def c_pharma24(name, tactic):
    simple(name, tactic, "{b} – no prescription, same factory", "Generic from same line, {c}, discreet.",
           ["pfizer", "pfizer", "bayer", "johnson-johnson", "abbott", "pfizer", "bayer", "johnson-johnson", "abbott", "pfizer", "bayer", "abbott", "johnson-johnson"], prod=[0, 1])


@cls("c_fmcg24", "", "counterfeit", "food, drink, formula and razors as copies or refills")
def c_fmcg24(name, tactic):
    simple(name, tactic, "{b} – {c}, wholesale", "Repacked, {c}, 2026 dates.",
           ["mars", "ferrero", "nestle", "danone", "coca-cola", "gillette", "mars", "ferrero", "nestle", "danone", "abbott", "gillette", "coca-cola"], prod=[0, 1])


@cls("c_beauty24", "", "counterfeit", "beauty copies ('counter quality', 'dupe with logo')")
def c_beauty24(name, tactic):
    simple(name, tactic, "{b} – counter quality, dupe with logo", "{c}.",
           ["loreal", "estee-lauder", "shiseido", "loreal", "estee-lauder", "shiseido", "loreal", "estee-lauder", "shiseido", "dyson", "loreal", "estee-lauder", "shiseido"], prod=[0, 1])


@cls("c_auto_parts24", "", "counterfeit", "car parts, tyres and oil copied ('OEM box', 'refilled')")
def c_auto_parts24(name, tactic):
    simple(name, tactic, "{b} – OEM box copy", "{c}, non-genuine in genuine-look box.",
           ["honda", "toyota", "bmw", "michelin", "shell", "honda", "toyota", "bmw", "michelin", "shell", "bosch", "honda", "toyota"], prod=[0, 1])


@cls("c_toys24", "", "counterfeit", "toy copies (compatible bricks in original box, repro figures)")
def c_toys24(name, tactic):
    simple(name, tactic, "{b} – {c}", "Copy set in printed original-style box.",
           ["lego", "mattel", "bandai", "hasbro", "lego", "mattel", "bandai", "hasbro", "lego", "nintendo", "bandai", "hasbro", "lego"], prod=[0, 1])


@cls("c_software24", "", "counterfeit", "cracked or grey software keys (lifetime, pre-activated)")
def c_software24(name, tactic):
    simple(name, tactic, "{b} – lifetime, pre-activated", "{c}, cracked, no subscription.",
           ["adobe", "autodesk", "microsoft", "adobe", "autodesk", "microsoft", "adobe", "autodesk", "microsoft", "adobe", "autodesk", "microsoft", "adobe"], prod=[0, 1])


@cls("c_misspell24", "", "counterfeit", "misspellings of the brand with a copy cue")
def c_misspell24(name, tactic):
    mis = {"swarovski": "Swarowsky", "burberry": "Burbery", "michelin": "Michellin", "callaway": "Calaway", "yonex": "Yonnex",
           "pandora": "Pandorra", "shiseido": "Shisedo", "gillette": "Gilette", "autodesk": "Autodessk", "panasonic": "Panasonik",
           "estee-lauder": "Estee Louder", "johnson-johnson": "Jonson & Jonson", "bandai": "Bandei"}
    simple(name, tactic, "{m} {g} – {c}", "{c}.", list(mis), marks=mis)


@cls("c_homoglyph24", "", "counterfeit", "the mark in Latin small capitals and IPA letters (ʀᴏʟᴇx, ɢᴜᴄᴄɪ), copy cue")
def c_homoglyph24(name, tactic):
    sc = str.maketrans("abcdefghijklmnopqrstuvwxyz", "ᴀʙᴄᴅᴇꜰɢʜɪᴊᴋʟᴍɴᴏᴘǫʀꜱᴛᴜᴠᴡxʏᴢ")
    bs = ["rolex", "gucci", "nike", "dyson", "omega", "cartier", "pandora", "bose", "lego", "coach", "canon", "sony", "yonex"]
    simple(name, tactic, "{m} {g} – {c}", "{c}.", bs, marks={b: MARKS[b].lower().translate(sc) for b in bs})


@cls("c_separators24", "", "counterfeit", "the mark cut by new separators (·, ‧, ∙, ⁞, ⸱) with a copy cue")
def c_separators24(name, tactic):
    seps = ["·", "‧", "∙", "⁞", "⸱"]
    bs = ["rolex", "gucci", "nike", "dyson", "omega", "cartier", "pandora", "bose", "lego", "coach", "canon", "sony", "michelin"]
    simple(name, tactic, "{m} {g} {c}", "{c}.", bs, marks={b: seps[i % 5].join(MARKS[b]) for i, b in enumerate(bs)})


@cls("c_initialism24", "", "counterfeit", "trade initialisms (LV, GG, CG, TNF, MK, AJ1, SW, EL ANR) with a copy cue")
def c_initialism24(name, tactic):
    ini = {"louis-vuitton": "LV", "gucci": "GG", "canada-goose": "CG", "the-north-face": "TNF", "michael-kors": "MK",
           "nike": "AJ1", "swarovski": "SW", "estee-lauder": "EL ANR", "coca-cola": "CC", "johnson-johnson": "J&J",
           "coach": "CH", "burberry": "BBR", "bmw": "M-Perf"}
    simple(name, tactic, "{m} {g} – {c}", "{c}.", list(ini), marks=ini)


@cls("c_cjk_jargon24", "", "counterfeit", "Chinese trade jargon (原单, 尾单, 顶级复刻, 莆田, 纯原) with the Chinese alias")
def c_cjk_jargon24(name, tactic):
    zh = {"nike": "耐克", "adidas": "阿迪达斯", "gucci": "古驰", "louis-vuitton": "路易威登", "rolex": "劳力士", "apple": "苹果",
          "dyson": "戴森", "canada-goose": "加拿大鹅", "burberry": "巴宝莉", "omega": "欧米茄", "cartier": "卡地亚", "swarovski": "施华洛世奇", "samsung": "三星"}
    jar = ["原单", "尾单", "顶级复刻", "莆田纯原", "1:1复刻", "高仿A货", "超A"]
    for k, b in enumerate(zh):
        g, bn, lst, cat = P(b)
        add(name, "counterfeit", b, f"{zh[b]} {jar[k % 7]} {g}", f"{jar[(k + 2) % 7]}，细节对版，支持验货。", copy_usd(lst),
            mk=["taobao", "xianyu", "pinduoduo"][k % 3], category=cat, tactic=tactic)


@cls("c_code_switch24", "", "counterfeit", "code-switched admissions (Taglish, Hinglish, Konglish, Spanglish, Arabizi)")
def c_code_switch24(name, tactic):
    phr = ["{b} – hindi ori pero sulit, copy talaga", "{b} – bilkul original jaisa, first copy hai", "{b} – 짭 아니고 레플 A급 bro",
           "{b} – es fake pero se ve legit, bro", "{b} – mesh original bas copy mumtaz", "{b} – not ori lah but very zhun",
           "{b} – ni feki lakini safi sana", "{b} – na copy but e clean well well"]
    bs = B13[4]
    for k, b in enumerate(bs):
        g, bn, lst, cat = P(b)
        add(name, "counterfeit", b, phr[k % len(phr)].format(b=bn), "DM for size.", copy_usd(lst), mk=mkcycle(k), category=cat, tactic=tactic)


@cls("c_offplatform24", "", "counterfeit", "off-platform channels 2026 (WhatsApp Channel, Telegram bot, Signal), brand plainly, copy price")
def c_offplatform24(name, tactic):
    simple(name, tactic, "{b} – catalogue on my Telegram bot", "Real pics on WhatsApp Channel, {c}.", B13[2])


@cls("c_low_price_only24", "", "counterfeit", "the brand's goods plainly named at a copy price, no copy word")
def c_low_price_only24(name, tactic):
    for k, b in enumerate(B13[3]):
        g, bn, lst, cat = P(b)
        add(name, "counterfeit", b, f"{bn} new", "New, fast delivery.", copy_usd(lst) * 0.6, mk=mkcycle(k), category=cat, tactic=tactic)


@cls("c_inspired_logo24", "", "counterfeit", "'inspired by' goods that still carry the logo")
def c_inspired_logo24(name, tactic):
    simple(name, tactic, "{m}-inspired {g} with logo", "Inspired design, logo printed as original, {c}.", B13[0])


@cls("c_cover_story24", "", "counterfeit", "cover stories (employee sale, customs auction, QC reject)")
def c_cover_story24(name, tactic):
    st = ["staff sale at the factory", "customs auction lot", "QC reject, tiny flaw", "cancelled export order", "gift from a friend abroad"]
    for k, b in enumerate(B13[1]):
        g, bn, lst, cat = P(b)
        add(name, "counterfeit", b, f"{bn} – {st[k % 5]}", f"{st[k % 5]}, so cheap. Looks identical to the real one.", copy_usd(lst),
            mk=mkcycle(k), category=cat, tactic=tactic)


@cls("c_jewelry_plated24", "", "counterfeit", "plated jewellery with the maker's logo")
def c_jewelry_plated24(name, tactic):
    simple(name, tactic, "{b} – 18k plated, logo engraved", "Stainless, plated, {c}.",
           ["cartier", "pandora", "swarovski", "cartier", "pandora", "swarovski", "cartier", "pandora", "swarovski", "cartier", "pandora", "swarovski", "cartier"], prod=[0, 1])


@cls("c_model_number24", "", "counterfeit", "the brand's model number with generic words and a copy cue")
def c_model_number24(name, tactic):
    mods = [("rolex", "126610LN"), ("nike", "DD1391-100"), ("sony", "WH-1000XM5"), ("louis-vuitton", "M40995"), ("gucci", "443497"),
            ("dyson", "HS05"), ("canada-goose", "2051M"), ("adidas", "B75806"), ("lego", "75192"), ("bose", "QC45"),
            ("omega", "310.30.42.50.01.001"), ("cartier", "B6067417"), ("samsung", "SM-S928B")]
    for k, (b, mo) in enumerate(mods):
        g, bn, lst, cat = P(b)
        add(name, "counterfeit", b, f"{mo} {g} – {CUES[k % len(CUES)]}", "Same as ref, cheap.", copy_usd(lst), mk=mkcycle(k), category=cat, tactic=tactic)


# ============================================================ innocent
def inn(name, tactic, entries, n=12, lo=0.95, hi=1.08, usd=None, mks=None, seller=None):
    for k in range(n):
        b, i, t, d = entries[k % len(entries)][:4]
        g, bn, lst, cat = P(b, i)
        price = usd[k % len(usd)] if usd else fair_usd(lst, lo, hi)
        if len(entries[k % len(entries)]) > 4:
            price = entries[k % len(entries)][4]
        add(name, "innocent", b, t.format(g=g, b=bn), d.format(g=g, b=bn), price, mk=(mks[k % len(mks)] if mks else mkcycle(k)),
            category=(cat if price is None or price >= 0 else None), tactic=tactic, seller=seller)


@cls("in_authorized_store24", "", "innocent", "the brand's (demo) authorized store at list price")
def in_authorized_store24(name, tactic):
    bs = list(AUTH)
    for k in range(12):
        b = bs[k % len(bs)]
        g, bn, lst, cat = P(b, k // len(bs))
        mp, sid, sname = AUTH[b]
        lang, cur, cc, rate = AUTH_MK[mp]
        lid = hexid()
        price = fair_usd(lst, 1.0, 1.1)
        add(name, "innocent", b, f"{bn} – official store", "Official store, manufacturer warranty.", price, mk=mp,
            category=cat, tactic=tactic, seller=(sid, sname))


@cls("in_used_fair24", "", "innocent", "used genuine goods at a used price, receipt")
def in_used_fair24(name, tactic):
    inn(name, tactic, [(b, 0, "{b} – used, good condition, receipt", "Bought 2024, original receipt, light wear.") for b in B13[0][:6] + B13[1][:6]], lo=0.45, hi=0.7)


@cls("in_refurb24", "", "innocent", "refurbished genuine electronics")
def in_refurb24(name, tactic):
    inn(name, tactic, [(b, i, "{b} – refurbished, 12-month warranty", "Certified refurbished, new battery.") for b, i in
                       [("apple", 0), ("samsung", 0), ("sony", 0), ("bose", 0), ("dyson", 0), ("canon", 0), ("nintendo", 0), ("microsoft", 1), ("philips", 0), ("apple", 1), ("sony", 1), ("dyson", 1)]], lo=0.62, hi=0.82)


@cls("in_preowned_lux24", "", "innocent", "pre-owned luxury with papers at market price")
def in_preowned_lux24(name, tactic):
    inn(name, tactic, [(b, i, "{b} – pre-owned, full set, papers 2022", "Box and papers, authenticated by a third party.") for b, i in
                       [("rolex", 0), ("omega", 0), ("cartier", 0), ("louis-vuitton", 0), ("gucci", 0), ("rolex", 1), ("omega", 1), ("cartier", 1), ("burberry", 1), ("louis-vuitton", 1), ("gucci", 1), ("canada-goose", 0)]], lo=0.8, hi=1.15)


@cls("in_outlet24", "", "innocent", "genuine outlet or end-of-season sale")
def in_outlet24(name, tactic):
    inn(name, tactic, [(b, i, "{b} – outlet, last season", "From the brand's outlet store, tags on.") for b, i in
                       [("nike", 1), ("adidas", 0), ("puma", 0), ("levis", 0), ("the-north-face", 0), ("coach", 0), ("michael-kors", 0), ("canada-goose", 1), ("burberry", 0), ("levis", 1), ("puma", 1), ("adidas", 1)]], lo=0.45, hi=0.7)


@cls("in_wholesale24", "", "innocent", "genuine wholesale cases with invoices")
def in_wholesale24(name, tactic):
    inn(name, tactic, [(b, i, "{b} – wholesale case, invoice, lot codes", "Distributor invoice, batch codes, best before 2027.") for b, i in
                       [("mars", 0), ("ferrero", 0), ("coca-cola", 0), ("nestle", 1), ("danone", 1), ("gillette", 0), ("shell", 0), ("mars", 1), ("ferrero", 1), ("nestle", 0), ("gillette", 1), ("shell", 1)]], lo=0.8, hi=0.92)


@cls("in_resale_above24", "", "innocent", "resale above retail (sold out, sealed)")
def in_resale_above24(name, tactic):
    inn(name, tactic, [(b, i, "{b} – sealed, sold out, above retail", "Deadstock, receipt, sold at resale.") for b, i in
                       [("nike", 0), ("adidas", 0), ("lego", 0), ("nintendo", 0), ("sony", 1), ("bandai", 1), ("rolex", 0), ("omega", 0), ("mattel", 1), ("apple", 0), ("nike", 1), ("lego", 1)]], lo=1.1, hi=1.6)


@cls("in_repair_parts24", "", "innocent", "genuine used or new dealer parts at fair prices")
def in_repair_parts24(name, tactic):
    inn(name, tactic, [(b, i, "{b} – genuine dealer part, sealed", "Dealer surplus, genuine.") for b, i in
                       [("honda", 0), ("toyota", 0), ("bmw", 0), ("honda", 1), ("toyota", 1), ("bmw", 1), ("michelin", 0), ("michelin", 1), ("shell", 0), ("bosch", 0), ("bmw", 0), ("honda", 0)]], lo=0.9, hi=1.05)


@cls("in_tech_copy_words24", "", "innocent", "copy words in true senses: official replica shirts, print/scan/copy, clone stamp tool, licensed replica die-cast, AAA batteries, copy of invoice")
def in_tech_copy_words24(name, tactic):
    e = [("adidas", 1, "adidas official replica home shirt 2026 (fan version)", "Official replica, not the authentic match version."),
         ("nike", 1, "Nike replica jersey – official fan version", "Replica = the fan cut. Genuine Nike."),
         ("canon", 1, "Canon PG-545 ink – genuine – for copying and printing", "Print, scan, copy. Genuine cartridge."),
         ("adobe", 0, "Adobe Photoshop 1-year – learn the Clone Stamp tool", "Genuine subscription; clone stamp course included."),
         ("panasonic", 1, "Panasonic eneloop AAA x4 – genuine", "AAA batteries, genuine."),
         ("mattel", 0, "Hot Wheels 1:64 – licensed replica of a Datsun", "Licensed replica die-cast, genuine Mattel."),
         ("bandai", 0, "Bandai MG RX-78-2 Ver.3.0 – Master Grade genuine", "Genuine Bandai kit."),
         ("samsung", 0, "Samsung Galaxy S24 Ultra – screen mirroring demo unit, sealed", "Sealed, genuine."),
         ("sony", 0, "Sony WH-1000XM5 – genuine, DSEE Extreme upscales your copies of CDs", "Genuine, sealed."),
         ("microsoft", 0, "Microsoft Office Home 2024 – genuine, copy to one PC", "Licence for one PC, genuine retail."),
         ("lego", 0, "LEGO 75192 – genuine, a minifig-scale replica of the film ship", "Genuine LEGO."),
         ("canon", 0, "Canon EOS R6 Mark II – mirrorless, genuine, copy of invoice included", "Genuine, copy of invoice.")]
    inn(name, tactic, e, lo=0.95, hi=1.05)


@cls("in_licensed_crossover24", "", "innocent", "licensed crossovers naming two registry brands (LEGO Technic BMW M 1000 RR, Hot Wheels Honda Civic, Monopoly Super Mario, LEGO Super Mario, Barbie Coca-Cola)")
def in_licensed_crossover24(name, tactic):
    e = [("lego", 1, "LEGO Technic 42130 BMW M 1000 RR", "Licensed LEGO set.", 230), ("mattel", 0, "Hot Wheels Honda Civic Type R 1:64", "Licensed.", 2),
         ("mattel", 0, "Hot Wheels Toyota GR Supra 1:64", "Licensed.", 2), ("hasbro", 1, "Monopoly: Super Mario Celebration", "Hasbro licensed game.", 30),
         ("lego", 0, "LEGO Super Mario Adventures with Mario", "Official LEGO x Nintendo.", 60), ("mattel", 1, "Barbie Coca-Cola collector doll (licensed)", "Mattel licensed.", 45),
         ("lego", 1, "LEGO Speed Champions BMW M4 GT3", "Licensed.", 25), ("bandai", 1, "Tamagotchi Uni x Sanrio collab, genuine Bandai", "Bandai genuine.", 60),
         ("hasbro", 0, "Nerf Fortnite blaster", "Licensed Hasbro.", 50), ("mattel", 0, "Hot Wheels BMW M3 E30 1:64", "Licensed.", 2),
         ("lego", 1, "LEGO Speed Champions Toyota GR Supra", "Licensed.", 25), ("adidas", 0, "adidas Originals Samba OG x Levi's denim pack (official collab)", "Genuine adidas.", 100)]
    inn(name, tactic, e)


@cls("in_true_low_price24", "*", "innocent", "genuine goods at a truly low price for a stated reason (near best-before, dented packs, samples and travel sizes, single parts: one earbud, a case, one shoe, a booklet)")
def in_true_low_price24(name, tactic):
    e = [("mars", 0, "Snickers 48 count – best before 12/2026, clearance", "Short date, genuine, 50 % off.", 15),
         ("ferrero", 1, "Nutella 750g – dented jar lids, genuine", "Cosmetic dents only.", 3.5),
         ("estee-lauder", 0, "Estée Lauder Advanced Night Repair 7ml sample", "Deluxe sample, 7 ml.", 12),
         ("loreal", 0, "Lancôme Génifique 10ml travel size", "Travel size, genuine.", 25),
         ("nestle", 1, "Nescafé Gold 200g – best before Jan 2027", "Clearance.", 5),
         ("coca-cola", 0, "Coca-Cola 24 cans – dented carton", "Carton damaged, cans fine.", 9),
         ("gillette", 0, "Gillette handle only (no cartridges), from a set", "Handle only, genuine.", 5),
         ("apple", 1, "Apple AirPods Pro 2 – left earbud only, genuine", "Single replacement bud.", 70),
         ("samsung", 1, "Samsung Galaxy Buds – case only, genuine", "Charging case only.", 45),
         ("lego", 0, "LEGO 75192 instruction booklet 1 only", "Booklet only, no bricks.", 12),
         ("nike", 1, "Nike Air Force 1 – single left shoe (amputee swap)", "One shoe, genuine.", 40),
         ("shiseido", 1, "Anessa 12ml mini, gift with purchase", "Mini size.", 5)]
    inn(name, tactic, e)


@cls("in_accessories_compatible24", "", "innocent", "third-party accessories compatible with the brand's goods")
def in_accessories_compatible24(name, tactic):
    e = [("apple", 0, "Case for iPhone 16 Pro – silicone, third-party", "Fits iPhone 16 Pro. Not made by Apple.", 12),
         ("samsung", 0, "Screen protector for Galaxy S24 Ultra", "Tempered glass, 2 pcs.", 9),
         ("rolex", 0, "20mm rubber strap fits Submariner", "Aftermarket strap, not Rolex.", 45),
         ("nintendo", 0, "Carrying case for Switch OLED", "Third-party case.", 20),
         ("dyson", 0, "Storage stand for Airwrap attachments", "Unofficial stand.", 30),
         ("sony", 0, "Replacement ear pads for WH-1000XM5", "Compatible pads.", 18),
         ("bose", 0, "Travel case for QuietComfort Ultra", "Compatible case.", 15),
         ("lego", 0, "LED light kit for LEGO 75192 (bricks not included)", "Lights only.", 60),
         ("canon", 0, "Battery grip for EOS R6 Mark II – third-party", "Compatible grip.", 70),
         ("louis-vuitton", 0, "Bag organiser insert for Neverfull MM", "Felt insert, no logo.", 25),
         ("philips", 0, "Brush heads compatible with Sonicare, 8 pcs", "Compatible, not Philips.", 15),
         ("gillette", 0, "Razor stand for Fusion5 handles", "Chrome stand.", 14)]
    inn(name, tactic, e)


@cls("in_wanted_ads24", "", "innocent", "wanted ads for the brand's goods (no price)")
def in_wanted_ads24(name, tactic):
    e = [(b, 0, "WANTED: {b}", "Looking to buy genuine only, with papers. Cash.", None) for b in ["rolex", "omega", "louis-vuitton", "nike", "lego", "nintendo", "cartier", "dyson", "canon", "apple", "gucci", "bandai"]]
    inn(name, tactic, e)


@cls("in_honest_dupe24", "", "innocent", "unbranded look-alikes that say so ('no logo, not X')")
def in_honest_dupe24(name, tactic):
    e = [(b, 0, "{g} – no logo, unbranded", "Similar shape, NO brand logos, not affiliated with any brand.", None) for b in
         ["louis-vuitton", "gucci", "canada-goose", "dyson", "burberry", "cartier", "the-north-face", "coach", "rolex", "apple", "nike", "pandora"]]
    for k in range(12):
        b = e[k][0]
        g, bn, lst, cat = P(b)
        add(name, "innocent", b, f"{g} – no logo, unbranded", "Similar shape, NO brand logo, own design.", min(lst * 0.1, 80), mk=mkcycle(k), category=cat, tactic=tactic)


@cls("in_everyday_senses24", "", "innocent", "everyday senses of brand words (apple crate, Mars rover poster, shell necklace, puma plush, galaxy projector, canon law book, omega-3, coach tickets, Nike the goddess, Freeman Dyson, hanafuda, Hieronymus Bosch)")
def in_everyday_senses24(name, tactic):
    e = [("apple", 0, "Wooden apple crate, vintage orchard", "Rustic crate.", 25), ("mars", 0, "Mars rover poster A2", "NASA-style print.", 12),
         ("shell", 0, "Cowrie shell necklace handmade", "Beach jewellery.", 8), ("puma", 0, "Puma plush toy 30cm, big cat", "Wildlife plush.", 15),
         ("samsung", 0, "Galaxy star projector night light", "Starry sky lamp.", 20), ("canon", 0, "Canon law textbook, 1983 code", "Used book.", 30),
         ("omega", 0, "Omega-3 fish oil 120 caps", "Supplement.", 14), ("coach", 0, "Coach tickets London–Leeds", "Bus tickets.", 25),
         ("nike", 0, "Nike goddess statue, resin, 20cm", "Greek goddess of victory.", 35), ("dyson", 0, "Freeman Dyson biography, hardcover", "Book.", 18),
         ("nintendo", 0, "Hanafuda cards, generic", "Flower cards, no brand.", 10), ("bosch", 0, "Hieronymus Bosch art print", "Garden of Earthly Delights print.", 22)]
    inn(name, tactic, e)


@cls("in_code_tutorial24", "*", "innocent", "programming courses and books whose text uses brand words in code or regex (Swift for iPhone apps, regex for spam filters, Excel CONCAT course)")
def in_code_tutorial24(name, tactic):
    e = [("apple", 0, "Swift course: build iPhone apps (video, 40 h)", "Learn SwiftUI for iPhone. Not affiliated with Apple.", 49),
         ("microsoft", 0, "Excel formulas book: CONCAT, PROPER, UPPER", "Covers Microsoft Excel 365 functions.", 25),
         ("samsung", 0, "Android dev course incl. Galaxy foldables layouts", "Course.", 35),
         ("adobe", 0, "Regex for designers: batch-rename in Adobe Bridge", "Ebook.", 15),
         ("microsoft", 1, "Python for Xbox Live API – course", "Course.", 30),
         ("sony", 1, "Game dev with Unity for PlayStation – book", "Book.", 45),
         ("nintendo", 0, "Homebrew-free Nintendo Switch game design book", "Design theory.", 28),
         ("apple", 1, "Core Bluetooth course: talk to AirPods-like devices", "Course.", 29),
         ("autodesk", 0, "AutoLISP programming for AutoCAD – textbook", "Textbook.", 55),
         ("adobe", 1, "JavaScript for Acrobat forms – ebook", "Ebook.", 19),
         ("lego", 0, "LEGO SPIKE Python coding workbook (no bricks)", "Workbook.", 18),
         ("canon", 0, "Canon EDSDK programming notes – course", "Course.", 39)]
    inn(name, tactic, e)


@cls("in_car_paint_codes24", "*", "innocent", "touch-up paint and wraps in the car maker's colour codes (BMW 475 Black Sapphire, Honda NH-731P, Toyota 040 Super White), honest aftermarket")
def in_car_paint_codes24(name, tactic):
    e = [("bmw", 0, "Touch-up paint BMW 475 Black Sapphire 30ml", "Aftermarket paint matched to code 475.", 18),
         ("honda", 0, "Touch-up pen Honda NH-731P Crystal Black", "Aftermarket.", 15), ("toyota", 0, "Toyota 040 Super White touch-up kit", "Aftermarket.", 16),
         ("bmw", 1, "Caliper paint BMW M blue", "Heat-resistant paint.", 25), ("honda", 1, "Honda R-81 Milano Red aerosol 400ml", "Aftermarket.", 22),
         ("toyota", 1, "Toyota 1G3 Magnetic Gray touch-up", "Aftermarket.", 16), ("coca-cola", 0, "Vinyl wrap in cola-red, 1.5 x 5 m", "Generic red wrap.", 40),
         ("bmw", 0, "BMW A96 Mineral White pen", "Aftermarket.", 15), ("honda", 0, "Honda B-593M Aegean Blue pen", "Aftermarket.", 15),
         ("toyota", 0, "Toyota 218 Attitude Black pen", "Aftermarket.", 15), ("mattel", 1, "Nail polish 'doll pink' 219C-inspired", "Generic polish.", 8),
         ("bmw", 1, "BMW 300 Alpine White 1L base coat", "Aftermarket.", 60)]
    inn(name, tactic, e)


@cls("in_design_history24", "*", "innocent", "type specimens, penmanship workbooks and design-history books about logos (Spencerian, Futura, Carolyn Davidson, Rob Janoff talk)")
def in_design_history24(name, tactic):
    e = [("coca-cola", 1, "Spencerian penmanship workbook", "Handwriting practice.", 15), ("nike", 0, "Book: the $35 logo – Carolyn Davidson story", "Design history.", 20),
         ("apple", 0, "Rob Janoff talk – tickets, design conference", "Event ticket.", 60), ("louis-vuitton", 0, "Futura typeface specimen reprint", "Type specimen.", 35),
         ("shell", 0, "Raymond Loewy: Never Leave Well Enough Alone, hardcover", "Book.", 28), ("microsoft", 0, "Pentagram: Paula Scher monograph", "Book.", 45),
         ("burberry", 0, "Peter Saville: graphic design monograph", "Book.", 40), ("rolex", 0, "Garamond font licence (desktop)", "Font licence.", 35),
         ("sony", 0, "Clarendon type poster", "Letterpress poster.", 25), ("mattel", 1, "Logo design history book: toy brands", "Book.", 30),
         ("michelin", 0, "O'Galop poster reprint (public domain art)", "Art print.", 20), ("puma", 0, "Lutz Backes illustration book", "Book.", 30)]
    inn(name, tactic, e)


@cls("in_stock_gifts24", "*", "innocent", "framed single shares, stock certificates and finance books naming the company by ISIN or ticker")
def in_stock_gifts24(name, tactic):
    e = [("apple", 0, "Framed single share gift – Apple (ISIN US0378331005)", "One real share, framed.", 280),
         ("nike", 0, "Nike 1 real share, framed gift (ticker NKE)", "One share.", 110),
         ("coca-cola", 0, "Vintage Coca-Cola stock certificate 1970s, cancelled", "Collectible scripophily.", 60),
         ("microsoft", 0, "Microsoft 1 share gift card, framed", "One share.", 430), ("nintendo", 0, "Nintendo shareholder gift booklet 2025", "Investor material.", 10),
         ("sony", 0, "Sony annual report 2025, printed", "Report.", 8), ("pfizer", 0, "Pfizer stock certificate, cancelled 1990", "Scripophily.", 45),
         ("bayer", 0, "Bayer AG Aktie 1980, cancelled", "Historic share.", 40), ("samsung", 0, "Book: Samsung Electronics KR7005930003 investor guide", "Book.", 25),
         ("louis-vuitton", 0, "LVMH annual report 2024, hardcover", "Report.", 35), ("nestle", 0, "Nestlé historic share 1960", "Scripophily.", 55),
         ("loreal", 0, "L'Oréal shareholder guide", "Investor guide.", 10)]
    inn(name, tactic, e)


@cls("in_club_merch24", "", "innocent", "official merchandise of clubs owned by registry brands (Bayer 04 Leverkusen, PSV, Samsung Lions, Gamba Osaka)")
def in_club_merch24(name, tactic):
    e = [("bayer", 0, "Bayer 04 Leverkusen scarf – official", "Club shop.", 25), ("philips", 0, "PSV Eindhoven home shirt 25/26 – official", "Club shop.", 85),
         ("samsung", 0, "Samsung Lions cap – official KBO", "Official.", 30), ("panasonic", 0, "Gamba Osaka towel scarf – official", "Official.", 20),
         ("michelin", 0, "ASM Clermont Auvergne jersey – official", "Official.", 80), ("toyota", 0, "Toyota Gazoo Racing cap – official", "Official.", 35),
         ("honda", 0, "HRC team t-shirt – official", "Official.", 40), ("bayer", 1, "Bayer 04 mug", "Club shop.", 12),
         ("philips", 1, "Philips Stadion tour ticket", "Tour.", 18), ("samsung", 1, "Suwon Samsung Bluewings shirt", "Official.", 70),
         ("panasonic", 1, "Panasonic Wild Knights rugby ball", "Official.", 30), ("red", 0, "", "")][:11] + [("bayer", 0, "Bayer 04 Leverkusen – Werkself pennant", "Club shop.", 10)]
    inn(name, tactic, e)


@cls("in_spin_off_goods24", "*", "innocent", "genuine goods of spin-offs and licensees naming their former parent (Philips Hue by Signify, Tylenol by Kenvue, Sony VAIO laptops by VAIO Corp.)")
def in_spin_off_goods24(name, tactic):
    e = [("philips", 0, "Philips Hue White starter kit (Signify)", "Genuine Hue, made by Signify.", 90),
         ("johnson-johnson", 0, "Tylenol Extra Strength 100 – Kenvue, formerly J&J consumer", "Genuine.", 13),
         ("sony", 0, "VAIO SX14 laptop – VAIO Corp., formerly Sony", "Genuine VAIO.", 1400),
         ("bayer", 0, "Covestro polycarbonate sheet 2mm, 1x2 m", "Industrial plastic, Bayer's former division.", 60),
         ("abbott", 0, "Book: the AbbVie spin-off, 2013 case study", "Business book.", 35),
         ("pfizer", 0, "Viatris annual report 2025", "Report.", 10), ("philips", 1, "Philips TV 55\" (TP Vision licence)", "Genuine licensed.", 650),
         ("johnson-johnson", 1, "Band-Aid 60 – Kenvue", "Genuine.", 7), ("panasonic", 0, "Technics SL-1500C turntable", "Genuine Panasonic group.", 1100),
         ("microsoft", 0, "Nokia 3310 (2017, HMD)", "HMD Global phone.", 60), ("philips", 0, "Signify Philips Hue bridge", "Genuine.", 60),
         ("sony", 1, "VAIO keyboard, genuine", "VAIO Corp.", 50)]
    inn(name, tactic, e)


@cls("in_assistant_compatible24", "*", "innocent", "third-party goods that honestly say 'works with Siri / Bixby / Copilot key'")
def in_assistant_compatible24(name, tactic):
    e = [("apple", 0, "Smart plug – works with Siri Shortcuts", "Third-party plug.", 15), ("samsung", 0, "Smart bulb – Bixby compatible", "Third-party.", 12),
         ("microsoft", 0, "Keyboard with Copilot key, third-party", "Compatible keyboard.", 40), ("apple", 1, "Car mount – hands-free Siri", "Third-party.", 20),
         ("samsung", 1, "SmartThings sensor – works with Bixby", "Third-party.", 18), ("microsoft", 0, "Headset certified for Teams/Copilot", "Third-party.", 60),
         ("apple", 0, "Thermostat – Matter, works with Siri", "Third-party.", 120), ("samsung", 0, "Robot vacuum – Bixby voice", "Third-party.", 200),
         ("microsoft", 1, "Controller – designed for Xbox licensed", "Licensed.", 45), ("apple", 1, "Watch band with Siri button guide", "Band.", 10),
         ("samsung", 0, "Galaxy AI guidebook (ebook)", "Ebook.", 9), ("apple", 0, "Apple Intelligence for beginners (book)", "Book.", 20)]
    inn(name, tactic, e)


@cls("in_interface_glyphs24", "*", "innocent", "everyday goods with △○✕□, ⌘ or ⊞ glyphs for a true reason (Mac-layout keycaps, shape-sorter toy, keyboard stickers)")
def in_interface_glyphs24(name, tactic):
    e = [("apple", 0, "⌘ Mac-layout keycap set, third-party PBT", "Keycaps for mechanical keyboards.", 35),
         ("sony", 1, "△○✕□ shape sorter wooden toy", "Montessori toy.", 18), ("microsoft", 0, "⊞ Windows-key keycap, artisan resin", "Keycap.", 20),
         ("sony", 0, "△○✕□ cookie cutters set", "Kitchen.", 10), ("apple", 1, "⌘ command-key cufflinks (not affiliated)", "Novelty.", 25),
         ("nintendo", 0, "⊕⊖ plus-minus magnet set for classrooms", "Teaching.", 8), ("microsoft", 1, "ABXY keycaps, generic", "Keycaps.", 12),
         ("sony", 1, "Squid-game-style △○□ candles", "Candles.", 15), ("apple", 0, "Mac keyboard stickers ⌘⌥⇧ for PC keyboards", "Stickers.", 6),
         ("microsoft", 0, "⊞ key replacement for laptops, generic", "Spare key.", 7), ("nintendo", 1, "Game-controller button earrings △○✕□", "Handmade.", 14),
         ("sony", 0, "Geometric △○□ art print", "Art.", 20)]
    inn(name, tactic, e)


@cls("in_word_puzzles24", "*", "innocent", "puzzle books and party games whose puzzles use brand names (car-brand word search, logo quiz cards, rebus books)")
def in_word_puzzles24(name, tactic):
    e = [("bmw", 0, "Word search: car brands (BMW, Toyota, Honda...) 200 puzzles", "Puzzle book.", 9),
         ("nike", 0, "Logo quiz party cards – 300 brands", "Party game.", 15), ("rolex", 0, "Rebus puzzle book for adults", "Roll + ex style puzzles.", 8),
         ("apple", 0, "Brand trivia card game", "Trivia.", 20), ("lego", 0, "Crossword book: toys & games", "Puzzles.", 7),
         ("gucci", 0, "Fashion history quiz book", "Quiz.", 12), ("nintendo", 0, "Video-game trivia board game", "Board game.", 35),
         ("coca-cola", 0, "Logo-guessing jigsaw puzzle 1000 pcs", "Jigsaw of logos.", 25), ("samsung", 0, "Tech brands word search", "Puzzle book.", 6),
         ("omega", 0, "Greek alphabet flash cards (alpha to omega)", "Learning cards.", 8), ("toyota", 0, "Car badge quiz poster", "Poster.", 12),
         ("sony", 0, "Electronics history quiz", "Quiz.", 10)]
    inn(name, tactic, e)


@cls("in_vin_parts24", "*", "innocent", "genuine parts offered by VIN prefix or NDC for a true reason (VIN lookup for fit, pharmacy listing its NDC)")
def in_vin_parts24(name, tactic):
    e = [("bmw", 0, "Genuine BMW oil filter 11428575211 – fits VINs WBA…", "Genuine, enter your VIN for fit.", 16),
         ("honda", 0, "Genuine Honda oil filter – JHM VIN check", "Genuine, dealer.", 9), ("toyota", 0, "Genuine Toyota filter – JT VIN lookup", "Genuine.", 8),
         ("bmw", 1, "Genuine BMW brake disc – VIN-checked", "Genuine.", 125), ("honda", 1, "Genuine Honda pads – VIN lookup", "Genuine.", 78),
         ("toyota", 1, "Genuine Toyota pads – VIN check", "Genuine.", 72), ("pfizer", 1, "Lipitor 20mg x90 – licensed pharmacy, NDC 0071-0157-23, prescription required", "Rx only.", 400),
         ("johnson-johnson", 0, "Tylenol Extra Strength 100 – NDC 50580-449", "Genuine OTC.", 13), ("bayer", 0, "Bayer Aspirin 500mg – pharmacy", "Genuine.", 11),
         ("abbott", 0, "FreeStyle Libre 3 sensor – pharmacy, prescription", "Genuine.", 89), ("bmw", 0, "VIN decoder OBD tool (reads WBA)", "Diagnostic tool, generic.", 40),
         ("honda", 0, "Honda genuine parts catalogue by VIN", "Service.", None)]
    inn(name, tactic, e)


@cls("in_repair_services24", "", "innocent", "repair services for the brand's goods")
def in_repair_services24(name, tactic):
    e = [(b, i, "{b} repair – screen, battery, service", "Independent repair shop, not affiliated.", p) for b, i, p in
         [("apple", 0, 89), ("samsung", 0, 99), ("rolex", 0, 450), ("omega", 0, 380), ("dyson", 0, 60), ("nintendo", 0, 45),
          ("sony", 1, 70), ("canon", 0, 120), ("bose", 0, 50), ("louis-vuitton", 0, 150), ("gucci", 1, 40), ("philips", 0, 30)]]
    inn(name, tactic, e)


@cls("in_books_media24", "", "innocent", "books, films and magazines about the brand")
def in_books_media24(name, tactic):
    e = [(b, 0, t, "Used book/media.", p) for b, t, p in
         [("nike", "Shoe Dog – Phil Knight, paperback", 12), ("apple", "Steve Jobs – Walter Isaacson", 15), ("lego", "The LEGO Story – book", 20),
          ("rolex", "Rolex Submariner reference book", 120), ("nintendo", "Game Over – David Sheff", 14), ("sony", "Made in Japan – Akio Morita", 10),
          ("gucci", "House of Gucci – DVD", 8), ("dyson", "Invention: A Life – James Dyson", 18), ("coca-cola", "For God, Country and Coca-Cola", 16),
          ("louis-vuitton", "Louis Vuitton Catwalk – book", 45), ("adidas", "Pitch Invasion – Barbara Smit", 12), ("omega", "Moonwatch Only – book", 150)]]
    inn(name, tactic, e)


@cls("in_gift_cards24", "", "innocent", "gift cards and vouchers at face value")
def in_gift_cards24(name, tactic):
    e = [(b, 0, t, "Face value, unused.", p) for b, t, p in
         [("apple", "Apple Gift Card 50 USD", 50), ("nintendo", "Nintendo eShop card 35", 35), ("sony", "PlayStation Store card 50", 50),
          ("microsoft", "Xbox gift card 25", 25), ("nike", "Nike gift card 100", 100), ("adidas", "adidas voucher 50", 50),
          ("lego", "LEGO Store gift card 25", 25), ("samsung", "Samsung Shop voucher 100", 100), ("levis", "Levi's gift card 50", 50),
          ("pandora", "Pandora gift card 40", 40), ("adobe", "Adobe Stock credit pack, 10 images", 29), ("canon", "Canon store voucher 20", 20)]]
    inn(name, tactic, e)


@cls("in_compatible_consumables24", "", "innocent", "third-party consumables that honestly say 'compatible, not original'")
def in_compatible_consumables24(name, tactic):
    e = [(b, i, t, "Third-party compatible; NOT original; brand names for compatibility only.", p) for b, i, t, p in
         [("canon", 1, "Compatible ink for Canon PG-545 – not original", 12), ("gillette", 0, "Blades compatible with Gillette Fusion5 – not original", 10),
          ("philips", 0, "Sonicare-compatible brush heads – not original", 10), ("dyson", 0, "Filter for Dyson V11 – compatible, not original", 12),
          ("apple", 1, "Ear tips for AirPods Pro 2 – not original", 9), ("nintendo", 0, "Joy-Con compatible controllers – not original", 30),
          ("bose", 0, "Ear cushions fit QC45 – not original", 15), ("samsung", 1, "Charger for Galaxy Buds – not original", 10),
          ("honda", 0, "Oil filter fits Honda 15400-PLM-A02 – aftermarket, not original", 4), ("toyota", 0, "Oil filter fits Toyota 90915-YZZD1 – aftermarket", 4),
          ("bmw", 0, "Filter fits BMW 11428575211 – aftermarket, not original", 7), ("panasonic", 1, "Shaver foil fits Panasonic ES-LV9Q – not original", 18)]]
    inn(name, tactic, e)


@cls("in_genuine_negated_copy24", "", "innocent", "genuine goods at a fair price that deny being copies ('not a replica, not a copy', receipt)")
def in_genuine_negated_copy24(name, tactic):
    inn(name, tactic, [(b, i, "{b} – 100% genuine, not a replica, not a copy", "Receipt from the brand store, serial matches.") for b, i in
                       [("nike", 0), ("adidas", 0), ("apple", 1), ("sony", 0), ("dyson", 0), ("coach", 0), ("michael-kors", 0), ("bose", 0), ("pandora", 0), ("swarovski", 0), ("the-north-face", 0), ("lego", 1)]], lo=0.85, hi=1.05)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, default=24)
    ap.add_argument("--out", default="set.jsonl")
    ap.add_argument("--classes", default="classes.md")
    a = ap.parse_args()
    R.seed(a.seed)
    rows_by = {}
    for name, star, kind, tactic, fn in CLASSES:
        start = len(ROWS)
        fn(name, tactic)
        rows_by[name] = ROWS[start:]
    out = list(ROWS)
    R.shuffle(out)
    with open(a.out, "w", encoding="utf-8") as f:
        for r in out:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(a.classes, "w", encoding="utf-8") as f:
        f.write("# outsider24 classes\n\n`*`: a rarer, newer class (no earlier outsider class list has its family, by my greps). Example: the first row's title (brand, lang).\n\n")
        f.write("| class | * | kind | n | tactic | example |\n|---|---|---|---|---|---|\n")
        for name, star, kind, tactic, fn in sorted(CLASSES, key=lambda c: c[0]):
            rs = rows_by[name]
            ex = f"{rs[0]['title']} ({rs[0]['_label']['brand']}, {rs[0]['_label']['lang']})".replace("|", "/").replace("\n", " ")
            f.write(f"| {name} | {star} | {kind} | {len(rs)} | {tactic.replace('|', '/')} | {ex} |\n")


if __name__ == "__main__":
    main()
