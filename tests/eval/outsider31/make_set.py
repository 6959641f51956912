#!/usr/bin/env python3
"""Outsider 31's held-out set for BrandSentry: ~1,000 labelled marketplace listings, stdlib only, deterministic.

    python3 make_set.py --seed 31 --out set.jsonl --classes classes.md
"""
from __future__ import annotations

import argparse
import hashlib
import json
import random
from datetime import datetime, timedelta, timezone

from alt import ALT, ALT2
from data import BRANDS, CAT, CYR, GENERIC, INITIALS, LOCAL, NICK, PRODUCT

B = {b["id"]: b for b in BRANDS}
IDS = [b["id"] for b in BRANDS]
RATE = {"USD": 1, "EUR": 1.08, "CNY": 0.14, "JPY": 0.0067, "GBP": 1.27, "BRL": 0.2, "RUB": 0.011, "TRY": 0.031,
        "INR": 0.012, "KRW": 0.00075, "MXN": 0.058, "PLN": 0.25, "AED": 0.27, "IDR": 0.000063, "VND": 0.00004,
        "NGN": 0.00065, "THB": 0.028, "PHP": 0.018, "ZAR": 0.054, "CHF": 1.13, "SAR": 0.27, "KES": 0.0077,
        "CAD": 0.73, "AUD": 0.66, "UAH": 0.024, "EGP": 0.02}
MARKET = {"en": ("ebay", "USD", "US"), "en-gb": ("ebay-uk", "GBP", "GB"), "es": ("mercadolibre", "MXN", "MX"),
          "pt": ("mercadolivre", "BRL", "BR"), "de": ("ebay-de", "EUR", "DE"), "fr": ("leboncoin", "EUR", "FR"),
          "it": ("subito", "EUR", "IT"), "zh": ("taobao", "CNY", "CN"), "ja": ("mercari-jp", "JPY", "JP"),
          "ko": ("coupang", "KRW", "KR"), "ru": ("avito", "RUB", "RU"), "tr": ("trendyol", "TRY", "TR"),
          "ar": ("noon", "AED", "AE"), "hi": ("flipkart", "INR", "IN"), "id": ("tokopedia", "IDR", "ID"),
          "vi": ("shopee-vn", "VND", "VN"), "pl": ("allegro", "PLN", "PL"), "th": ("lazada-th", "THB", "TH"),
          "tl": ("shopee-ph", "PHP", "PH"), "en-ng": ("jiji-ng", "NGN", "NG"), "sw": ("jiji-ke", "KES", "KE"),
          "uk": ("olx-ua", "UAH", "UA"), "el": ("skroutz", "EUR", "GR"), "nl": ("marktplaats", "EUR", "NL"),
          "en-au": ("gumtree-au", "AUD", "AU"), "en-za": ("takealot", "ZAR", "ZA"), "en-in": ("flipkart", "INR", "IN")}
COPY = {"en": ["1:1 replica", "mirror copy", "AAA copy", "rep", "super clone", "fake (high quality)", "knockoff",
               "unauthorised copy", "top-grade imitation", "first copy"],
        "es": ["réplica 1:1", "copia AAA", "imitación", "clon"], "pt": ["réplica", "primeira linha", "cópia AAA"],
        "de": ["Replik 1:1", "Fälschung", "Nachbau", "Kopie"], "fr": ["réplique 1:1", "copie", "contrefaçon"],
        "zh": ["高仿", "复刻", "一比一", "A货", "原单"], "ru": ["реплика", "копия", "подделка"], "ja": ["コピー品", "スーパーコピー"],
        "ko": ["짝퉁", "레플리카", "이미테이션"], "tr": ["replika", "çakma", "A kalite"], "it": ["replica", "falso", "copia"],
        "pl": ["podróbka", "replika"], "ar": ["تقليد", "كوبي ون"], "hi": ["first copy", "duplicate"], "id": ["KW super", "replika"],
        "vi": ["hàng fake", "super fake"], "th": ["ก๊อปเกรด", "งานก๊อป"], "tl": ["class A", "replika"], "uk": ["репліка", "копія"],
        "nl": ["namaak", "replica"], "el": ["απομίμηση", "ρέπλικα"]}
HANDLES = ["luxe_outlet88", "bestrep_store", "gz_factory_direct", "tianhe_trading", "happy_shop_2026", "vip_goods_hk",
           "mirror_world", "kings_collection", "deal_hunter_77", "putian_kicks", "sunrise_supply", "lucky_star_mall",
           "global_brand_hub", "ny_discount_corner", "moda_express", "casa_das_marcas", "top_qualität", "shop_minh_anh"]
HONEST = ["secondhand_sam", "maria_closet", "pawn_and_gold", "techrenew_ltd", "gadget_rescue", "family_clearout",
          "vintage_vault", "harbour_books", "parts_counter_24", "the_resale_room", "crafty_loops", "city_events_desk"]


def pname(b): return PRODUCT.get(b["id"], b["model_name"])
def list_usd(b): return b["floor"]["amount"] * RATE[b["floor"]["currency"]]


def sig(x: float) -> float:
    if x <= 0: return 0.0
    from math import floor, log10
    d = 3 - int(floor(log10(x))) - 1
    v = round(x, d)
    return float(int(v)) if v >= 100 else v


def copy_frac(usd, r):
    if usd >= 2000: return r.uniform(0.03, 0.08)
    if usd >= 300: return r.uniform(0.06, 0.20)
    if usd >= 30: return r.uniform(0.15, 0.35)
    return r.uniform(0.25, 0.45)


def price_of(mode, b, r, cur):
    """mode: 'copy', ('copyx', k), 'list', ('frac', lo, hi), ('usd', lo, hi), ('wh', n), ('face', usd), None"""
    if mode is None: return None
    L = list_usd(b) if b else 20.0
    if mode == "copy": usd = L * copy_frac(L, r)
    elif mode == "list": usd = L * r.uniform(1.0, 1.08)
    elif mode[0] == "copyx": usd = L * copy_frac(L, r) * mode[1]
    elif mode[0] == "frac": usd = L * r.uniform(mode[1], mode[2])
    elif mode[0] == "usd": usd = r.uniform(mode[1], mode[2])
    elif mode[0] == "wh": usd = L * r.uniform(0.8, 0.92) * mode[1]
    elif mode[0] == "face":
        amt = mode[1] / RATE[cur]
        from math import floor, log10
        step = 10 ** int(floor(log10(amt)))
        return {"amount": float(round(amt / step) * step), "currency": cur}
    else: raise ValueError(mode)
    return {"amount": sig(usd / RATE[cur]), "currency": cur}


def money(p):
    if not p: return "ask"
    a = p["amount"]
    return f"{p['currency']} {a:,.0f}" if a >= 100 else f"{p['currency']} {a:g}"


class Row(dict):
    pass


CLASSES = []


def cls(name, star, kind, tactic, brands=None):
    def deco(fn):
        CLASSES.append(dict(name=name, star=star, kind=kind, tactic=tactic, brands=brands, fn=fn))
        return fn
    return deco


def cw(r, lang="en"): return r.choice(COPY[lang])


# =========================================================================== counterfeit: new formats (*)
@cls("c_unified_diff31", "*", "counterfeit", "the listing as a unified diff of its own text: '-Condition: authentic' / '+Condition: 1:1 replica'")
def _(b, r, i):
    m, p, w = b["mark"], pname(b), cw(r)
    t = r.choice([f"diff: {m} {p} – authentic → {w}", f"[PATCH] {m} {p}: fix condition field ({w})",
                  f"{m} {p} | git diff listing.txt (-original +{w})"])
    d = (f"--- a/listing.txt\n+++ b/listing.txt\n@@ -1,4 +1,4 @@\n Brand: {m}\n Item: {p}\n-Condition: authentic\n"
         f"+Condition: {w}, factory made\n-Price: {{list}}\n+Price: {{price}}\n")
    return dict(t=t, d=d, lang="en", pm="copy")


@cls("c_song_lyrics31", "*", "counterfeit", "the listing written as song lyrics ([Verse] / [Chorus]) that sing of the copy")
def _(b, r, i):
    m, p = b["mark"], pname(b)
    if i % 4 == 3:
        return dict(t=f"🎶 Letra: mi {m} {p} es réplica (coro incluido)", lang="es", pm="copy",
                    d=f"[Verso 1]\nLlevo un {m} {p}, nadie lo nota\n[Coro]\nRéplica uno a uno, calidad espejo, oh-oh\nPrecio: {{price}}, envío gratis")
    w = cw(r)
    return dict(t=r.choice([f"🎵 {m} {p} ({w}) – the song, the item", f"Lyrics: 'My {m} {p} is a {w}' – buy the item"]),
                d=f"[Verse 1]\nGot a {m} {p} and nobody knows\nIt's a {w}, straight from the factory floor\n[Chorus]\n"
                  f"Fake it, fake it, {{price}} and it's yours\n[Outro]\nDM for sizes", lang="en", pm="copy")


@cls("c_real_estate_ad31", "*", "counterfeit", "the copy advertised in an estate agent's property-listing format (Type / Location / Features / Viewing)")
def _(b, r, i):
    m, p, w = b["mark"], pname(b), cw(r)
    t = r.choice([f"Just listed: {m} {p} – {w}, prime location (Baiyun, Guangzhou)",
                  f"NEW ON THE MARKET · {m} {p} {w} · viewing by video", f"Des res: {m} {p}, {w}, move-in ready"])
    d = (f"PROPERTY DETAILS\nType: {m} {p} ({w})\nLocation: workshop warehouse, Baiyun district\n"
         f"Features: original logo, box, papers reproduced\nCondition: brand new copy\nAsking price: {{price}} (boutique {{list}})\nViewing: video call only")
    return dict(t=t, d=d, lang="en", pm="copy")


@cls("c_flowchart31", "*", "counterfeit", "an ASCII flowchart (want it? → too expensive? → our 1:1 copy)")
def _(b, r, i):
    m, p, w = b["mark"], pname(b), cw(r)
    t = r.choice([f"Want a {m} {p}? → Too expensive? → YES → {w}", f"Decision tree: {m} {p} original or {w}?",
                  f"Flowchart: which {m} {p} should I buy? (answer: {w})"])
    d = (f"[START] Want a {m} {p}?\n    |\n    v\n< Pay {{list}}? > --NO--> [ Our {w}: {{price}} ] --> [ END: happy ]\n"
         f"    | YES\n    v\n[ Go to the boutique ]")
    return dict(t=t, d=d, lang="en", pm="copy")


@cls("c_horse_racecard31", "*", "counterfeit", "a horse-racing racecard whose runner is the copy (trainer: the workshop, form F-F-F, odds)")
def _(b, r, i):
    m, p, w = b["mark"], pname(b), cw(r)
    t = r.choice([f"Race 3, 15:40 – runner no. 7: {m} {p} ({w}), odds 20/1", f"Racecard tip: back the {m} {p} {w} at 33/1",
                  f"Today's nap: {m} {p} – {w}, each-way bet"])
    d = (f"RACECARD\nNo. 7  {m} {p}\nTrainer: Putian workshop   Jockey: {w}\nForm: F-F-F (fake, fake, fake)\n"
         f"Weight: same as original\nOdds: 20/1 – your stake {{price}} (the favourite costs {{list}})")
    return dict(t=t, d=d, lang="en-gb", pm="copy")


@cls("c_text_adventure31", "*", "counterfeit", "an interactive-fiction transcript (> EXAMINE … It is a replica. > TAKE)")
def _(b, r, i):
    m, p, w = b["mark"], pname(b), cw(r)
    t = r.choice([f"> EXAMINE {m.upper()} {p}", f"> TAKE {m} {p} – you take the {w}", f"Zork-style listing: {m} {p} ({w})"])
    d = (f"West of Guangzhou\nYou are standing in a warehouse. There is a {m} {p} here.\n> EXAMINE {m.upper()}\n"
         f"Looking closer, you notice it is a {w}. A very good one.\n> TAKE {w.upper()}\nTaken. Your score: {{price}}.\n> INVENTORY\nYou are carrying: a {m} {p} ({w}).")
    return dict(t=t, d=d, lang="en", pm="copy")


@cls("c_helpdesk_ticket31", "*", "counterfeit", "a help-desk ticket thread (Ticket #, Status: resolved) whose agent confirms the copy")
def _(b, r, i):
    m, p, w = b["mark"], pname(b), cw(r)
    n = 40000 + i * 137
    t = r.choice([f"Ticket #{n} – is this {m} {p} original? [RESOLVED: {w}]", f"Support case {n}: {m} {p} – answer: {w}",
                  f"#{n} Customer question about {m} {p} → closed ({w})"])
    d = (f"Ticket #{n}\nStatus: RESOLVED\nCustomer: Is the {m} {p} original?\nAgent (Lily): Dear customer, as the title says "
         f"it is a {w}, not from {m}. Same look, same weight, box included. Price {{price}}.\nSatisfaction: ★★★★★")
    return dict(t=t, d=d, lang="en", pm="copy")


@cls("c_court_transcript31", "*", "counterfeit", "a courtroom transcript (THE COURT: / WITNESS: / Q. A.) in which the seller admits the copy")
def _(b, r, i):
    m, p, w = b["mark"], pname(b), cw(r)
    if i % 5 == 4:
        return dict(t=f"TRIBUNAL: o {m} {p} é original? TESTEMUNHA: não, é réplica", lang="pt", pm="copy",
                    d=f"P. Onde foi feito o {m} {p}?\nR. Na nossa fábrica, é réplica primeira linha.\nP. E o preço?\nR. {{price}}, Excelência.")
    t = r.choice([f"THE COURT: Is the {m} {p} genuine? WITNESS: No – {w}", f"Transcript, day 2: {m} {p} ({w}) – exhibit A for sale",
                  f"Q. Is it real? A. No, your honour. {m} {p} {w}"])
    d = (f"Q. Where was this {m} {p} made?\nA. In our workshop. It is a {w}.\nQ. Would a customer notice?\nA. No, it is 1:1.\n"
         f"Q. And the price?\nA. {{price}}, your honour, against {{list}} in the boutique.")
    return dict(t=t, d=d, lang="en", pm="copy")


@cls("c_bug_report31", "*", "counterfeit", "a software bug report (Steps to reproduce / Expected: authentic / Actual: replica / WONTFIX)")
def _(b, r, i):
    m, p, w = b["mark"], pname(b), cw(r)
    t = r.choice([f"[BUG] {m} {p}: expected {{list}}, actual {{price}} ({w})", f"Issue #{812 + i}: {m} {p} is a {w} – WONTFIX",
                  f"Bug report: {m} {p} authenticity check fails ({w})"])
    d = (f"Steps to reproduce:\n1. Order {m} {p}\n2. Open the box\nExpected: authentic {m}\nActual: {w}, identical to retail\n"
         f"Severity: feature, not a bug\nStatus: WONTFIX – in stock, {{price}}")
    return dict(t=t, d=d, lang="en", pm="copy")


@cls("c_ham_radio31", "*", "counterfeit", "an amateur-radio CQ call and Q-codes (QTH, RST 599, QSL, 73) that offer the copy")
def _(b, r, i):
    m, p, w = b["mark"], pname(b), cw(r)
    t = r.choice([f"CQ CQ DE BG7REP – {m} {p} QRV ({w})", f"QSL card + {m} {p} {w} – BG7REP QTH Guangzhou",
                  f"73 de BG7REP: {m} {p} {w}, QRP price"])
    d = (f"CQ CQ CQ de BG7REP BG7REP pse K\nQTH Guangzhou, RST 599\nQSL: {m} {p}, {w}, 1:1 with the original\n"
         f"QRP price {{price}}, QSY to WhatsApp +86 13800 000000\n73 es GL")
    return dict(t=t, d=d, lang="en", pm="copy")


@cls("c_comic_panels31", "*", "counterfeit", "a comic-strip script (PANEL 1 / PANEL 2 / caption) whose punchline is the copy")
def _(b, r, i):
    m, p, w = b["mark"], pname(b), cw(r)
    t = r.choice([f"Comic: 'Is that a real {m}?' – panel 3: {w}", f"4-panel strip: {m} {p} ({w}) – item in the last panel",
                  f"PANEL 1: {m} {p}. PANEL 2: wink. PANEL 3: {w}"])
    d = (f"PANEL 1: A woman holds a {m} {p}.\nFRIEND: Omg is that real?!\nPANEL 2: She winks.\n"
         f"PANEL 3 (caption): {w} – {{price}} – link in bio.\nPANEL 4: The friend orders two.")
    return dict(t=t, d=d, lang="en", pm="copy")


@cls("c_chess_pgn31", "*", "counterfeit", "a chess game in PGN ([Event] [White \"the copy\"] [Result]) whose winner is the replica")
def _(b, r, i):
    m, p, w = b["mark"], pname(b), cw(r)
    t = r.choice([f'[Event "Replica Open"] {m} {p} {w} 1-0', f"PGN: {m} {p} ({w}) vs Boutique price – checkmate",
                  f"Chess notation listing: 1. e4 … {m} {p} {w}"])
    d = (f'[Event "Replica Open 2026"]\n[Site "Guangzhou"]\n[White "{m} {p} ({w})"]\n[Black "Boutique, {{list}}"]\n[Result "1-0"]\n\n'
         f"1. e4 e5 2. Qh5 Nc6 3. Bc4 Nf6 4. Qxf7# 1-0\nThe copy wins on price: {{price}}")
    return dict(t=t, d=d, lang="en", pm="copy")


@cls("c_kanban_board31", "*", "counterfeit", "a kanban board (TODO / DOING / DONE) of a copy workshop's stock")
def _(b, r, i):
    m, p, w = b["mark"], pname(b), cw(r)
    t = r.choice([f"Board: TODO sell {m} {p} ({w}) | DOING QC | DONE 312 shipped", f"Trello card: {m} {p} – {w} – ready to ship",
                  f"Sprint 48: restock {m} {p} {w}"])
    d = (f"TODO\n- restock {m} {p} ({w})\n- new colours\nDOING\n- QC photos for buyers\nDONE\n- 312 copies shipped this month\n"
         f"Card price: {{price}}")
    return dict(t=t, d=d, lang="en", pm="copy")


@cls("c_knock_knock31", "*", "counterfeit", "a knock-knock joke whose punchline names the brand and the copy")
def _(b, r, i):
    m, p, w = b["mark"], pname(b), cw(r)
    t = r.choice([f"Knock knock. Who's there? {m}. {m} who? {m} {p} – {w}!", f"Joke of the day: {m} {p} ({w}) 😂",
                  f"Who's there? A {w} of the {m} {p}"])
    d = f"Knock knock.\nWho's there?\n{m}.\n{m} who?\n{m} {p}, {w}, only {{price}}! 😂\nDM to order, ships in 3 days."
    return dict(t=t, d=d, lang="en", pm="copy")


@cls("c_birth_announcement31", "*", "counterfeit", "a birth announcement for the copy (born in the workshop, weight, 'available to adopt')")
def _(b, r, i):
    m, p, w = b["mark"], pname(b), cw(r)
    if i % 4 == 1:
        return dict(t=f"Es ist eine Replik! Willkommen, {m} {p} 👶", lang="de", pm="copy",
                    d=f"Geboren am 5. Dezember in einer Werkstatt in Guangzhou\nGewicht: wie das Original\nEltern: das {m}-Design und unsere Kopiermaschine\nAdoptieren für {{price}}")
    t = r.choice([f"It's a {w}! Welcome the new {m} {p} 👶", f"Announcing the arrival of our {m} {p} ({w})",
                  f"👶 Born today: {m} {p}, a healthy {w}"])
    d = (f"Born: 5 December in a Guangzhou workshop\nWeight: same as the original\nParents: the {m} design and our copy machine\n"
         f"Proud siblings: 300 more just like it\nAvailable to adopt: {{price}}")
    return dict(t=t, d=d, lang="en", pm="copy")


@cls("c_wedding_invitation31", "*", "counterfeit", "a wedding invitation ('request the pleasure of your order', RSVP) for the copy")
def _(b, r, i):
    m, p, w = b["mark"], pname(b), cw(r)
    if i % 4 == 2:
        return dict(t=f"Faire-part : le {m} {p} et sa réplique 1:1 vous invitent", lang="fr", pm="copy",
                    d=f"Ensemble avec leurs familles,\nle {m} {p} et sa copie\nont le plaisir de vous annoncer leur union.\nRSVP par WhatsApp. Prix : {{price}}")
    t = r.choice([f"You are cordially invited… to own a {m} {p} {w}", f"Save the date: {m} {p} × {w}",
                  f"Wedding of the year: {m} {p} weds its {w}"])
    d = (f"Together with their families\nthe {m} {p}\nand its {w}\nrequest the pleasure of your order\n"
         f"RSVP by WhatsApp\nGift price {{price}} (the bride's retail: {{list}})")
    return dict(t=t, d=d, lang="en", pm="copy")


@cls("c_report_card31", "*", "counterfeit", "a school report card of the copy (Logo A+, Authenticity F, teacher's comment)")
def _(b, r, i):
    m, p, w = b["mark"], pname(b), cw(r)
    t = r.choice([f"Report card: {m} {p} {w} – Looks A+, Authenticity F", f"Term report: {m} {p} ({w}) top of the class",
                  f"{m} {p} – grades: logo A+, stitching A, original F ({w})"])
    d = (f"SUBJECT        | GRADE\nLogo           | A+\nStitching      | A\nWeight         | A\nAuthenticity   | F ({w})\n"
         f"Teacher's comment: very hard to tell from the real {m}. Fee: {{price}}")
    return dict(t=t, d=d, lang="en", pm="copy")


@cls("c_wine_tasting31", "*", "counterfeit", "wine tasting notes of the copy (nose, palate, vintage 2026 replica, cellar: Guangzhou)")
def _(b, r, i):
    m, p, w = b["mark"], pname(b), cw(r)
    t = r.choice([f"Tasting notes: {m} {p}, vintage 2026 {w}", f"Sommelier's pick: {m} {p} ({w}), cellar Guangzhou",
                  f"{m} {p} – {w} – 96 points"])
    d = (f"Nose: fresh glue, new leather, a hint of the factory\nPalate: full-bodied {w}, long finish of the {m} logo\n"
         f"Vintage: 2026\nCellar: Guangzhou\nPairs with: a budget of {{price}} rather than {{list}}")
    return dict(t=t, d=d, lang="en", pm="copy")


@cls("c_knitting_pattern31", "*", "counterfeit", "a knitting pattern's notation (k2, p2, gauge 1:1) for a ready-made copy with the logo")
def _(b, r, i):
    m, p, w = b["mark"], pname(b), cw(r)
    t = r.choice([f"Pattern notes: {m} {p} {w} (k2, p2, copy all)", f"Gauge 1:1 – {m} {p} {w}, ready made",
                  f"Knit-along: {m} {p} ({w}), finished item shipped"])
    d = (f"Materials: {m} logo tags (included), box\nRow 1: *k2, p2* rep to end\nRow 2: copy the original exactly\n"
         f"Gauge: 1:1 with the {m} original\nFinished item: a {m} {p}, {w}, {{price}} ready made")
    return dict(t=t, d=d, lang="en", pm="copy")


@cls("c_subtitle_srt31", "*", "counterfeit", "the description as an .srt subtitle file (cue numbers, timecodes) of a video pitching the copy")
def _(b, r, i):
    m, p, w = b["mark"], pname(b), cw(r)
    t = r.choice([f"{m} {p} – review subtitles (.srt): '{w}, nobody can tell'", f"{m} {p} {w} + subtitles",
                  f"[SRT] {m} {p} unboxing – {w}"])
    d = (f"1\n00:00:01,000 --> 00:00:04,000\nThis {m} {p} is a {w}.\n\n2\n00:00:04,500 --> 00:00:08,000\n"
         f"Nobody can tell the difference.\n\n3\n00:00:08,500 --> 00:00:11,000\nOrder yours for {{price}}.")
    return dict(t=t, d=d, lang="en", pm="copy")


@cls("c_fortune_cookie31", "*", "counterfeit", "a fortune-cookie slip (your fortune, lucky numbers, learn Chinese: 高仿) that foretells the copy")
def _(b, r, i):
    m, p, w = b["mark"], pname(b), cw(r)
    t = r.choice([f"🥠 Your fortune: a {m} {p} ({w}) is in your future", f"Fortune cookie says: buy the {m} {p} {w}",
                  f"🥠 Lucky numbers 1 1 – {m} {p} {w}"])
    d = (f"Your fortune: a {m} {p} will come to you for {{price}}.\nLucky numbers: 1 1 (as in 1:1)\n"
         f"Learn Chinese: 高仿 gāofǎng = {w}\nYour {m} copy ships tomorrow.")
    return dict(t=t, d=d, lang="en", pm="copy")


@cls("c_tarot_reading31", "", "counterfeit", "a tarot spread (past / present / future) whose future card is the copy")
def _(b, r, i):
    m, p, w = b["mark"], pname(b), cw(r)
    t = r.choice([f"Tarot spread: The Star, The Tower, the {m} {p} {w}", f"Your reading: future card – {m} {p} ({w})",
                  f"🔮 Three-card reading: {m} {p} {w}"])
    d = (f"Past (Five of Pentacles): you wanted a real {m} {p}.\nPresent (The Tower): {{list}} in the boutique.\n"
         f"Future (The Star): our {w} arrives in 7 days for {{price}}.")
    return dict(t=t, d=d, lang="en", pm="copy")


@cls("c_quiz_show31", "", "counterfeit", "a quiz-show question (A/B/C/D, 'final answer') whose answer is the copy")
def _(b, r, i):
    m, p, w = b["mark"], pname(b), cw(r)
    t = r.choice([f"Final answer: B) {w} – {m} {p}", f"Quiz: what is this {m} {p}? (answer: {w})",
                  f"For {{price}}: is this {m} {p} A) boutique B) {w}?"])
    d = f"Question: what is this {m} {p}?\nA) boutique original\nB) {w} ✔\nC) a gift\nD) a dream\nFinal answer: B. Prize price {{price}}."
    return dict(t=t, d=d, lang="en", pm="copy")


@cls("c_limerick31", "", "counterfeit", "a limerick about the copy")
def _(b, r, i):
    m, p, w = b["mark"], pname(b), cw(r)
    t = r.choice([f"A limerick: the {m} {p} from Shenzhen ({w})", f"{m} {p} {w} – in five lines", f"There once was a {m} {p}… ({w})"])
    d = (f"There once was a {m} from Shenzhen,\nA copy of ten out of ten,\nThe logo was right,\nThe stitching was tight,\n"
         f"It's a {w} – {{price}}, buy it again!")
    return dict(t=t, d=d, lang="en", pm="copy")


# =========================================================================== counterfeit: the everyday floor
LUX = ["rolex", "omega", "cartier", "louis-vuitton", "gucci", "burberry", "michael-kors", "coach", "canada-goose", "swarovski"]
SNK = ["nike", "adidas", "puma", "levis", "the-north-face", "canada-goose"]
ELEC = ["bose", "samsung", "apple", "sony", "canon", "nintendo", "dyson", "philips", "panasonic", "bosch"]
PHARMA = ["pfizer", "johnson-johnson", "bayer", "abbott"]
FMCG = ["mars", "danone", "nestle", "coca-cola", "ferrero", "gillette"]
BEAUTY = ["loreal", "estee-lauder", "shiseido"]
AUTO = ["honda", "toyota", "bmw", "michelin", "shell"]
SOFT = ["adobe", "microsoft", "autodesk"]
TOYS = ["hasbro", "lego", "mattel", "bandai"]
SPORT = ["callaway", "yonex", "wilson"]
JEW = ["cartier", "swarovski", "pandora"]


@cls("c_luxury_reps31", "", "counterfeit", "luxury copy in trade jargon: factory names, 904L, mirror grade, Putian/Guangzhou", LUX)
def _(b, r, i):
    m, p = b["mark"], pname(b)
    t = r.choice([f"{m} {p} mirror grade {r.choice(['Clean', 'VSF', 'ZF', 'top'])} factory 1:1", f"{m} {p} best version rep, full set",
                  f"{m} {p} – highest grade copy, 904L / real leather"])
    return dict(t=t, d=f"Comes with box, dust bag, cards. Not from the boutique. Ships from Guangzhou, QC photos before shipping. {{price}}",
                lang="en", pm="copy", ship="CN")


@cls("c_sneaker_reps31", "", "counterfeit", "sneaker/apparel reps by factory batch (LJR, PK, OG batch), W2C", SNK)
def _(b, r, i):
    m, p = b["mark"], pname(b)
    bt = r.choice(["LJR", "PK", "OG", "M batch", "GX"])
    return dict(t=r.choice([f"{m} {p} {bt} batch reps – W2C here", f"{bt} batch {m} {p} (rep) all sizes", f"{m} {p} 1:1 {bt} batch"]),
                d=f"Best batch on the market, QC pics on request. Not retail. {{price}} shipped", lang="en", pm="copy", ship="CN")


@cls("c_electronics_clone31", "", "counterfeit", "electronics clones: 'master copy', clone chip, 'same as original' at a copy price", ELEC)
def _(b, r, i):
    m, p = b["mark"], pname(b)
    lang = r.choice(["en", "en", "hi", "en-ng", "id"])
    t = r.choice([f"{m} {p} master copy, clone chip, same as original", f"{m} {p} high copy – works 100%, logo on box",
                  f"{m} {p} clone version 1:1 (not original)"])
    return dict(t=t, d=f"Copy unit with {m} logo, works like the original. Price {{price}}. No official warranty.", lang=lang, pm="copy")


@cls("c_pharma_norx31", "", "counterfeit", "medicines and devices without prescription, 'generic copy' with the brand's name", PHARMA)
def _(b, r, i):
    m, p = b["mark"], pname(b)
    t = r.choice([f"{m} {p} – no prescription needed, copy from India", f"{m} {p} cheap generic copy, discreet shipping",
                  f"{m} {p} same as original, no Rx, overnight"])
    return dict(t=t, d=f"Made in an Indian lab, same formula as {m}. No doctor needed. {{price}}", lang="en", pm="copy", ship="IN")


@cls("c_fmcg31", "", "counterfeit", "foods, formula and razors as factory copies ('copy', 'imitation', 'refilled') at a copy price", FMCG)
def _(b, r, i):
    m, p = b["mark"], pname(b)
    lang = r.choice(["en", "es", "zh", "en-ng"])
    w = cw(r, "en" if lang == "en-ng" else lang)
    return dict(t=f"{m} {p} {w}", d=f"{w} – same packaging as {m}. {{price}}, bulk discount.", lang=lang, pm="copy")


@cls("c_beauty31", "", "counterfeit", "cosmetics as counter copies ('counter quality copy', 'mirror', 'dupe with logo')", BEAUTY)
def _(b, r, i):
    m, p = b["mark"], pname(b)
    lang = r.choice(["en", "vi", "th", "ar"])
    w = cw(r, "en" if lang == "en" else lang)
    return dict(t=f"{m} {p} {w} – counter quality", d=f"{w}, same bottle, same batch code. {{price}}", lang=lang, pm="copy")


@cls("c_auto_parts31", "", "counterfeit", "auto parts as copies with the brand's logo and part number ('OEM copy', 'logo printed')", AUTO)
def _(b, r, i):
    m, p = b["mark"], pname(b)
    return dict(t=r.choice([f"{m} {p} copy with {m} logo – OEM look", f"{m} {p} imitation, logo printed, box included",
                            f"{m} {p} replica part, not genuine, fits"]),
                d=f"Copy part in {m} box and logo. Not genuine {m}. {{price}} each, 50 pcs minimum.", lang="en", pm="copy", ship="CN")


@cls("c_software_keys31", "", "counterfeit", "cracked or pirated software sold as lifetime keys or activation", SOFT)
def _(b, r, i):
    m, p = b["mark"], pname(b)
    return dict(t=r.choice([f"{m} {p} lifetime crack – activated, no subscription", f"{m} {p} pirated key, lifetime, instant delivery",
                            f"{m} {p} full version cracked (patch included)"]),
                d="Cracked installer and patch sent by email. Not from the vendor. Lifetime, no updates.", lang="en", pm=("usd", 5, 25))


@cls("c_toys31", "", "counterfeit", "toy clones: 'compatible' bricks with the brand's box art, KO figures", TOYS)
def _(b, r, i):
    m, p = b["mark"], pname(b)
    return dict(t=r.choice([f"{m} {p} KO version (copy), same box", f"{m} {p} clone – cheap copy set", f"{m} {p} bootleg figure, copy"]),
                d=f"Knock-off of the {m} set, box art copied. {{price}}", lang="en", pm="copy", ship="CN")


@cls("c_sports_gear31", "", "counterfeit", "rackets, clubs and balls as copies ('replica frame', 'copy head')", SPORT)
def _(b, r, i):
    m, p = b["mark"], pname(b)
    return dict(t=r.choice([f"{m} {p} copy – same frame, logo", f"{m} {p} replica, 1:1 graphics", f"{m} {p} imitation, cheap"]),
                d=f"Not an original {m}. Copy frame with original paint. {{price}}", lang="en", pm="copy")


@cls("c_jewelry_plated31", "", "counterfeit", "gold-plated or silver-plated copies of branded jewellery with the logo stamp", JEW)
def _(b, r, i):
    m, p = b["mark"], pname(b)
    return dict(t=r.choice([f"{m} {p} 18k gold plated copy with logo stamp", f"{m} {p} silver plated replica, engraved",
                            f"{m} {p} plated imitation, stamped"]), d=f"Plated brass, {m} stamp, box included. {{price}}", lang="en", pm="copy")


def misspell(s, r):
    s2 = s
    if len(s) > 4:
        k = r.randrange(1, len(s) - 2)
        op = r.choice(["swap", "drop", "double"])
        if op == "swap" and s[k].isalpha() and s[k + 1].isalpha():
            s2 = s[:k] + s[k + 1] + s[k] + s[k + 2:]
        elif op == "drop" and s[k].isalpha():
            s2 = s[:k] + s[k + 1:]
        else:
            s2 = s[:k] + s[k] + s[k:]
    return s2 if s2 != s else s[:-1] + s[-1] * 2


@cls("c_misspell31", "", "counterfeit", "the mark misspelt by one edit, a generic product, a copy word")
def _(b, r, i):
    g, w = GENERIC[b["id"]], cw(r)
    return dict(t=f"{misspell(b['mark'], r)} {g} {w}", d=f"{w}. Fast shipping. {{price}}", lang="en", pm="copy")


HOMO = {"a": "а", "e": "е", "o": "о", "c": "с", "p": "р", "x": "х", "i": "і", "y": "у", "A": "А", "E": "Е", "O": "О",
        "C": "С", "P": "Р", "B": "В", "M": "М", "H": "Н", "T": "Т", "K": "К", "X": "Х"}


@cls("c_homoglyph_cyr31", "", "counterfeit", "Cyrillic look-alike letters inside the mark, a generic product, a copy word")
def _(b, r, i):
    s = b["mark"]
    idx = [k for k, ch in enumerate(s) if ch in HOMO]
    pick = set(r.sample(idx, min(len(idx), r.choice([1, 2])))) if idx else set()
    s2 = "".join(HOMO[ch] if k in pick else ch for k, ch in enumerate(s))
    w = cw(r)
    return dict(t=f"{s2} {GENERIC[b['id']]} – {w}", d=f"{w}, high quality. {{price}}", lang="en", pm="copy")


LEET = {"a": "4", "e": "3", "o": "0", "i": "1", "s": "5", "t": "7", "A": "4", "E": "3", "O": "0", "I": "1", "S": "5"}


@cls("c_leet31", "", "counterfeit", "leetspeak digits for letters in the mark, a generic product, a copy word")
def _(b, r, i):
    s = b["mark"]
    idx = [k for k, ch in enumerate(s) if ch in LEET]
    pick = set(r.sample(idx, min(len(idx), 2))) if idx else set()
    s2 = "".join(LEET[ch] if k in pick else ch for k, ch in enumerate(s))
    w = cw(r)
    return dict(t=f"{s2} {GENERIC[b['id']]} {w}", d=f"{w}. {{price}} shipped.", lang="en", pm="copy")


@cls("c_local_script31", "", "counterfeit", "the mark in a local script (Cyrillic, kana, hangul, Thai, Arabic, Greek) with a local copy word, generic product",
     ["rolex", "gucci", "sony", "louis-vuitton", "nike", "bosch", "cartier", "dyson", "adidas", "apple", "omega", "samsung", "burberry"])
def _(b, r, i):
    loc = LOCAL.get(b["id"])
    if loc:
        lang, name = loc[i % len(loc)]
    else:
        lang, name = "ru", CYR[b["id"]]
    w = cw(r, lang)
    return dict(t=f"{name} {GENERIC[b['id']]} {w}", d=f"{w} – {name}. {{price}}", lang=lang, pm="copy")


@cls("c_initialism31", "", "counterfeit", "the brand's initials in capitals with a copy word, generic product", list(INITIALS))
def _(b, r, i):
    w = cw(r)
    return dict(t=f"{INITIALS[b['id']]} {GENERIC[b['id']]} {w}", d=f"{w}, {INITIALS[b['id']]} logo. {{price}}", lang="en", pm="copy")


@cls("c_nicknames31", "", "counterfeit", "a community nickname of the brand with a copy word, generic product", list(NICK))
def _(b, r, i):
    w = cw(r)
    return dict(t=f"{NICK[b['id']]} {GENERIC[b['id']]} {w}", d=f"{w}. {{price}}, DM for pics", lang="en", pm="copy")


@cls("c_cjk_jargon31", "", "counterfeit", "the Chinese alias with trade jargon (高仿, 原单, 复刻, 顶级版本), generic product")
def _(b, r, i):
    a = b["alias"] or b["mark"]
    j = r.choice(["高仿", "原单", "复刻", "顶级版本", "一比一", "A货"])
    return dict(t=f"{a} {j} {r.choice(['专柜品质', '正品开模', '细节对版'])}", d=f"{j}，做工一比一，支持验货。{{price}}", lang="zh", pm="copy")


@cls("c_offplatform31", "", "counterfeit", "'message me on WhatsApp / Telegram for the copy' with the brand named")
def _(b, r, i):
    m, p = b["mark"], pname(b)
    return dict(t=r.choice([f"{m} {p} – WhatsApp for the real price (rep)", f"{m} {p} copy, order via Telegram @repsdirect",
                            f"{m} {p} – add WeChat, {cw(r)} catalogue"]),
                d=f"Price shown is a deposit. {cw(r)} stock, contact +86 138 0000 {1000 + i}.", lang="en", pm=("usd", 1, 5))


@cls("c_low_price_only31", "", "counterfeit", "the brand's product, brand new, at a copy's price; no copy word at all")
def _(b, r, i):
    m, p = b["mark"], pname(b)
    return dict(t=r.choice([f"{m} {p} brand new", f"NEW {m} {p} sealed, free shipping", f"{m} {p} – new in box"]),
                d="Brand new, fast delivery.", lang="en", pm=("copyx", 0.6))


@cls("c_inspired_logo31", "", "counterfeit", "'inspired by' the brand, sold with its logo ('logo included')")
def _(b, r, i):
    m, p = b["mark"], pname(b)
    return dict(t=r.choice([f"{m} inspired {GENERIC[b['id']]} with logo", f"Inspired by {m} {p} – logo included",
                            f"{m}-style {GENERIC[b['id']]}, full logo"]),
                d=f"Inspired design with the {m} logo on it. {{price}}", lang="en", pm="copy")


@cls("c_cover_story31", "", "counterfeit", "a cover story (factory overrun, customs seizure, staff sale) plus a copy word")
def _(b, r, i):
    m, p = b["mark"], pname(b)
    st = r.choice(["factory overrun", "customs auction lot", "staff sale leftovers", "export reject"])
    return dict(t=f"{m} {p} – {st}, {cw(r)}", d=f"From a {st}. Unauthorised copy, but identical. {{price}}", lang="en", pm="copy")


@cls("c_model_number31", "", "counterfeit", "the registry's model number with a copy word, no brand name")
def _(b, r, i):
    w = cw(r)
    return dict(t=f"{b['model']} {GENERIC[b['id']]} {w}", d=f"{w}, same as the {b['model']}. {{price}}", lang="en", pm="copy")


@cls("c_code_switch31", "", "counterfeit", "code-switched copy (Taglish, Hinglish, Spanglish, Singlish, Konglish) with the brand")
def _(b, r, i):
    m, p = b["mark"], pname(b)
    opts = [("tl", f"{m} {p} class A, legit copy talaga, sulit!"), ("hi", f"{m} {p} first copy hai bhai, same to same"),
            ("es", f"{m} {p} réplica bien chida, super copy"), ("en", f"{m} {p} copy one lah, confirm same same"),
            ("ko", f"{m} {p} 짝퉁 퀄리티 완전 good")]
    lang, t = opts[i % len(opts)]
    return dict(t=t, d=f"{t}. {{price}}", lang=lang, pm="copy")


@cls("c_desc_only31", "", "counterfeit", "a generic title; the brand and the copy word only deep in the description")
def _(b, r, i):
    m, p = b["mark"], pname(b)
    return dict(t=r.choice([f"{GENERIC[b['id']]} – see description", f"Premium {GENERIC[b['id']]}, new", f"{GENERIC[b['id']]} top quality"]),
                d=("Fast shipping. Ask any question. " * 3) + f"This is a {m} {p} {cw(r)}. {{price}}", lang="en", pm="copy")


@cls("c_cue_words31", "", "counterfeit", "the brand and a copy word in one of ~20 languages")
def _(b, r, i):
    m, p = b["mark"], pname(b)
    lang = ["de", "fr", "it", "pl", "tr", "pt", "id", "vi", "th", "uk", "nl", "el", "ar", "ja", "ko"][i % 15]
    w = cw(r, lang)
    return dict(t=f"{m} {p} {w}", d=f"{w} — {m}. {{price}}", lang=lang, pm="copy")


# =========================================================================== innocent
DURABLE = LUX + SNK + ELEC + SPORT + JEW + ["lego", "bandai", "hasbro", "mattel"]


@cls("in_authorized_store31", "", "innocent", "the brand's own authorised store at list price")
def _(b, r, i):
    m, p = b["mark"], pname(b)
    s = b["seller"]
    return dict(t=f"{m} {p} – official store, new, full warranty", d=f"Genuine {m} {p} sold by {s['name']}. Invoice and warranty.",
                lang="zh" if s["mp"] == "tmall" else "en", pm="list", market=(s["mp"], "CNY" if s["mp"] == "tmall" else "USD", "CN" if s["mp"] == "tmall" else "US"),
                seller=dict(id=s["id"], name=s["name"], country="CN" if s["mp"] == "tmall" else "US"))


@cls("in_used31", "", "innocent", "genuine used goods at a used price, in several languages", DURABLE)
def _(b, r, i):
    m, p = b["mark"], pname(b)
    opts = [("en", f"{m} {p} – used, good condition", "Used for a year, works perfectly, original receipt."),
            ("de", f"{m} {p} gebraucht, guter Zustand", "Privatverkauf, keine Garantie, Originalrechnung vorhanden."),
            ("fr", f"{m} {p} d'occasion, très bon état", "Acheté en boutique, facture fournie."),
            ("ja", f"{m} {p} 中古 美品", "正規店で購入、付属品あり。"), ("pt", f"{m} {p} usado, ótimo estado", "Original com nota fiscal.")]
    lang, t, d = opts[i % len(opts)]
    return dict(t=t, d=d, lang=lang, pm=("frac", 0.4, 0.7))


@cls("in_refurb31", "", "innocent", "certified refurbished genuine goods at a refurbished price", ELEC)
def _(b, r, i):
    m, p = b["mark"], pname(b)
    return dict(t=f"{m} {p} – certified refurbished, grade A", d="Tested, cleaned, 12-month warranty from the refurbisher. Genuine parts.",
                lang="en-gb", pm=("frac", 0.62, 0.82))


@cls("in_preowned_lux31", "", "innocent", "pre-owned luxury with box and papers, authenticated, near list", LUX)
def _(b, r, i):
    m, p = b["mark"], pname(b)
    return dict(t=f"Pre-owned {m} {p}, box & papers, 2022", d="Authenticated by our in-house specialist. Full set, serviced.",
                lang="en", pm=("frac", 0.85, 1.1))


@cls("in_outlet31", "", "innocent", "genuine last-season goods in an outlet at 50-70 %", LUX + SNK + SPORT + JEW)
def _(b, r, i):
    m, p = b["mark"], pname(b)
    return dict(t=f"{m} {p} – outlet, last season, genuine", d="From the brand's outlet village, tags attached.", lang="en", pm=("frac", 0.5, 0.7))


@cls("in_wholesale31", "", "innocent", "genuine goods by the case from a distributor, invoice included", FMCG + AUTO + ["gillette", "bayer", "johnson-johnson"])
def _(b, r, i):
    m, p = b["mark"], pname(b)
    n = r.choice([12, 24])
    return dict(t=f"{m} {p} × {n} – case, wholesale, genuine", d=f"Distributor stock, VAT invoice, batch and expiry shown. Price per case of {n}.",
                lang="en", pm=("wh", n))


@cls("in_repair_parts31", "", "innocent", "genuine spare parts for the brand's goods (ear pads, straps, batteries)", ELEC + ["rolex", "omega", "dyson"])
def _(b, r, i):
    m, p = b["mark"], pname(b)
    part = {"bose": "ear cushion kit", "samsung": "replacement battery", "apple": "ear tips set", "sony": "ear pads",
            "canon": "battery pack", "nintendo": "Joy-Con wrist strap", "dyson": "filter", "philips": "brush heads 4 pack",
            "panasonic": "foil and cutter set", "bosch": "12V battery pack", "rolex": "Oysterlock clasp",
            "omega": "bracelet end links"}[b["id"]]
    return dict(t=f"Genuine {m} {part} for {p}", d=f"Original {m} spare part, pulled from a new unit.", lang="en", pm=("usd", 150, 600) if b["id"] in ("rolex", "omega") else ("usd", 12, 90))


@cls("in_gift_cards31", "", "innocent", "gift cards of a round face value", ["apple", "nintendo", "microsoft", "nike", "adidas", "lego", "sony", "adobe"])
def _(b, r, i):
    m = b["mark"]
    v = r.choice([25, 50, 100])
    return dict(t=f"{m} gift card {v} USD – digital code", d="Official gift card, redeemable in the brand's store.", lang="en", pm=("face", v))


@cls("in_grey_import31", "", "innocent", "genuine grey imports (Japan, Hong Kong) without local warranty, near list", ELEC + LUX + BEAUTY + SPORT)
def _(b, r, i):
    m, p = b["mark"], pname(b)
    return dict(t=f"{m} {p} – import from Japan, genuine, no local warranty", d="Parallel import, Japanese manual. 100% authentic.",
                lang="en", pm=("frac", 0.88, 1.02))


@cls("in_genuine_negated_copy31", "", "innocent", "genuine goods that deny being a copy ('not a replica, not a fake'), near list", DURABLE + BEAUTY)
def _(b, r, i):
    m, p = b["mark"], pname(b)
    return dict(t=f"{m} {p} – genuine, NOT a replica, receipt included", d="Not a copy, not a fake: bought in the store, receipt in my name.",
                lang="en", pm=("frac", 0.9, 1.02))


@cls("in_licensed_crossover31", "", "innocent", "licensed collaborations sold by the licensee at list price", ["lego", "hasbro", "mattel", "bandai", "adidas", "nike", "coca-cola", "puma"])
def _(b, r, i):
    m, p = b["mark"], pname(b)
    x = {"lego": "Star Wars", "hasbro": "Marvel", "mattel": "Disney", "bandai": "Dragon Ball", "adidas": "Disney",
         "nike": "Marvel", "coca-cola": "Pokémon", "puma": "Hello Kitty"}[b["id"]]
    return dict(t=f"{m} × {x} {p} – officially licensed", d=f"Licensed product, hologram sticker, sold by the licensee.", lang="en", pm="list")


@cls("in_wedding_registry_genuine31", "", "innocent", "unwanted duplicate wedding-registry gifts, sealed, gift receipt", ["dyson", "philips", "bosch", "panasonic", "swarovski", "bose", "sony", "lego", "pandora"])
def _(b, r, i):
    m, p = b["mark"], pname(b)
    return dict(t=f"Unwanted wedding gift: {m} {p}, sealed (duplicate from our registry)",
                d="We got two! Still sealed, gift receipt from the department store. Collection or post.", lang="en-gb", pm=("frac", 0.75, 0.95))


@cls("in_baby_shower_surplus31", "*", "innocent", "sealed baby-shower surplus (formula, toys), expiry dates shown", ["danone", "nestle", "mattel", "lego", "hasbro"])
def _(b, r, i):
    m, p = b["mark"], pname(b)
    return dict(t=f"Baby shower surplus: {m} {p}, sealed", d="Gifted twice at our baby shower. Sealed, best before 09/2027, smoke-free home.",
                lang="en", pm=("frac", 0.8, 0.95))


@cls("in_tasting_notes_genuine31", "*", "innocent", "genuine foods and drinks with tasting notes, from a grocer at list price", ["ferrero", "mars", "coca-cola"])
def _(b, r, i):
    m, p = b["mark"], pname(b)
    notes = {"ferrero": "roasted hazelnut, crisp wafer, milk chocolate", "mars": "caramel, nougat, salted peanut",
             "coca-cola": "crisp, sweet, hints of citrus and vanilla"}[b["id"]]
    return dict(t=f"{m} {p} – tasting notes: {notes}", d=f"From our grocery shelves. Nose and palate: {notes}. Best before 2027.",
                lang="en", pm=("frac", 1.0, 1.1))


@cls("in_ham_radio_used31", "*", "innocent", "a radio amateur's shack clearance with genuine used headsets and gear (QTH, 73)", ["sony", "panasonic", "bose", "samsung"])
def _(b, r, i):
    m, p = b["mark"], pname(b)
    return dict(t=f"Shack clearance G4XYZ: {m} {p}, used for contests", d="Genuine, used in my radio shack for two seasons. Collection from QTH Leeds or post. 73.",
                lang="en-gb", pm=("frac", 0.4, 0.65))


@cls("in_accessories31", "", "innocent", "third-party accessories 'for' the brand's goods")
def _(b, r, i):
    m, p = b["mark"], pname(b)
    a = r.choice(["protective case", "storage box", "cleaning kit", "display stand", "travel pouch"])
    return dict(t=f"{a} for {m} {p} (third-party)", d=f"Fits the {m} {p}. Not made by {m}.", lang="en", pm=("usd", 6, 30), brand_label=b["id"])


EVERYDAY = [("Goose down pillow 50x75, hotel quality", "none"), ("Puma plush toy 30cm (big cat)", "none"),
            ("Coach trip tickets London–Bath, 2 seats", "none"), ("Mars rover poster A2, NASA photo", "none"),
            ("Apple tree sapling, Cox's Orange Pippin", "none"), ("Omega-3 fish oil 1000mg, 120 capsules", "none"),
            ("Seashell collection, 40 shells, beach finds", "none"), ("Pandora's box – myth retold, paperback", "none"),
            ("Galaxy night light projector for kids", "none"), ("Canon in D – sheet music for string quartet", "none"),
            ("Shell suit jacket 1990s, purple/teal", "none"), ("Wooden dove ornament set, hand carved", "none"),
            ("Crown-shaped cake topper (gold glitter)", "none"), ("Blank white canvas sneakers to customise", "none")]


@cls("in_everyday_senses31", "", "innocent", "everyday words that collide with marks (goose, puma, coach, mars, apple, omega, shell, canon)")
def _(b, r, i):
    t, lab = EVERYDAY[i % len(EVERYDAY)]
    return dict(t=t, d="See photos. Smoke-free home.", lang="en", pm=("usd", 4, 40), brand_label=lab, cat="home & garden")


@cls("in_books_media31", "", "innocent", "books and documentaries about the brand or its goods")
def _(b, r, i):
    m, p = b["mark"], pname(b)
    return dict(t=r.choice([f"The {m} story – hardcover book", f"{m}: a history of design (coffee-table book)", f"Documentary DVD: inside {m}"]),
                d="Used copy, no markings.", lang="en", pm=("usd", 8, 45), cat="books")


@cls("in_repair_services31", "", "innocent", "independent repair and service of the brand's goods")
def _(b, r, i):
    m, p = b["mark"], pname(b)
    return dict(t=f"Repair service for {m} {p} – independent workshop", d=f"We repair {m} goods. Not affiliated with {m}. 90-day warranty on our work.",
                lang="en", pm=("usd", 25, 120), cat="services")


@cls("in_wanted31", "", "innocent", "wanted-to-buy ads for the genuine goods, no price")
def _(b, r, i):
    m, p = b["mark"], pname(b)
    return dict(t=f"WTB: genuine {m} {p}, will pay fair price", d="Genuine only, receipt required. No replicas please.", lang="en", pm=None)


@cls("in_honest_dupe31", "", "innocent", "own-brand lookalikes with no logo, compared honestly ('not affiliated')")
def _(b, r, i):
    m, p = b["mark"], pname(b)
    return dict(t=f"Own-brand {GENERIC[b['id']]} – an affordable alternative to {m}",
                d=f"Our own brand, no {m} logo, not affiliated with {m}. Similar features, honest price.", lang="en", pm=("usd", 10, 60))


@cls("in_press_news31", "", "innocent", "news about seizures and trials of counterfeits; no goods sold")
def _(b, r, i):
    m, p = b["mark"], pname(b)
    return dict(t=f"News: customs seize 3,000 fake {m} {p} at the port", d=f"Officers said the counterfeit {m} goods were destroyed. The brand thanked customs.",
                lang="en", pm=None, cat="news")


@cls("in_fake_spotting_guide31", "", "innocent", "guides on how to tell a fake from the genuine goods")
def _(b, r, i):
    m, p = b["mark"], pname(b)
    return dict(t=f"How to spot a fake {m} {p} – illustrated e-book", d="12 checks with photos: stitching, fonts, serials. We sell no goods.",
                lang="en", pm=("usd", 4, 15), cat="books")


@cls("in_job_ads31", "", "innocent", "job ads of authorised dealers and service centres; no price")
def _(b, r, i):
    m = b["mark"]
    return dict(t=f"Hiring: sales associate, authorised {m} retailer", d=f"Full time, training by {m}. Apply with CV.", lang="en", pm=None, cat="jobs")


@cls("in_real_estate_listing31", "", "innocent", "property ads that list branded appliances or nearby flagship stores", ["bosch", "dyson", "philips", "panasonic", "samsung", "sony", "rolex", "louis-vuitton"])
def _(b, r, i):
    m = b["mark"]
    if b["id"] in ("rolex", "louis-vuitton"):
        t, d = f"2-bed flat for sale, 5 min walk to the {m} boutique", f"Bright flat in the shopping district, near the {m} boutique and the park."
    else:
        extra = {"dyson": "Dyson purifier and cordless vacuum stay with the flat", "sony": "home cinema with Sony projector included",
                 "samsung": "Samsung fridge-freezer and washer included"}.get(b["id"], f"fitted kitchen with integrated {m} appliances")
        t, d = f"3-bed flat for sale – {extra}", f"South-facing balcony, parking, {extra}. Viewing by appointment."
    return dict(t=t, d=d, lang="en-gb", pm=("usd", 250000, 600000), cat="real estate")


CRAFT = [("Shell stitch baby blanket – crochet pattern PDF", "none"), ("Puma amigurumi – crochet pattern (big cat)", "none"),
         ("Canada goose (bird) cross-stitch chart", "none"), ("Apple tea cosy – knitting pattern", "none"),
         ("Omega symbol cross-stitch for a physics teacher", "none"), ("Mars and Jupiter embroidery kit", "none"),
         ("Coach lamp quilt block pattern", "none"), ("Pandora's box beading pattern", "none"),
         ("Galaxy swirl knitted hat pattern", "none"), ("Crown stitch – Tunisian crochet tutorial", "none"),
         ("Dove of peace felt ornament pattern", "none"), ("Polo neck jumper knitting pattern (men's)", "none")]


@cls("in_craft_stitch_patterns31", "*", "innocent", "craft patterns whose stitch and motif names collide with marks (shell stitch, puma, goose, apple)")
def _(b, r, i):
    t, lab = CRAFT[i % len(CRAFT)]
    return dict(t=t, d="Instant download. Beginner friendly, UK and US terms.", lang="en", pm=("usd", 3, 9), brand_label=lab, cat="crafts")


RACE = [("Racecard collection: Cheltenham 1998, horses incl. 'Canada Goose' and 'Shell Shock'", "none"),
        ("Official programme: Rolex Grand Slam show jumping, Aachen 2019", "rolex"),
        ("Vintage racecard: Omega Star wins the Derby trial (1970s)", "none"),
        ("Longines/Rolex equestrian programmes lot, 5 issues", "rolex"),
        ("Greyhound race card: 'Puma Prince' trap 4, 1986", "none"),
        ("Racing form guide 2015 with 'Apple's Jade' profile", "none"),
        ("Signed racecard – 'Coach House' winner, Ascot", "none"),
        ("Michelin-sponsored rally programme, 1985 (collectible)", "michelin"),
        ("Shell Historic Ral­ly souvenir programme", "shell"),
        ("Mars Bar sponsored cycle race programme 1990", "mars"),
        ("Bose-sponsored regatta programme, signed", "bose"),
        ("Toyota Gazoo Racing Le Mans 2018 programme", "toyota")]


@cls("in_racecard_names31", "*", "innocent", "racecards and event programmes: horse names and sponsors that share brand words")
def _(b, r, i):
    t, lab = RACE[i % len(RACE)]
    return dict(t=t.replace("\u00ad", ""), d="Collectible programme, light wear.", lang="en-gb", pm=("usd", 4, 25), brand_label=lab, cat="collectibles")


SONGS = [("Korn – A.D.I.D.A.S. 7\" vinyl single, 1997", "adidas"), ("Run-DMC – My Adidas 12\" single", "adidas"),
         ("Nelly – Air Force Ones, 12\" promo", "nike"), ("Ayo & Teo – Rolex, sheet music (piano/vocal)", "rolex"),
         ("Lil Pump – Gucci Gang, sheet music", "gucci"), ("OMD – Pandora's Box CD single", "none"),
         ("The Kinks – Lola (mentions Coca-Cola) 7\" single", "coca-cola"), ("Macklemore – Thrift Shop, vinyl", "none"),
         ("Big Sean – Supa Dupa, 'Louis Vuitton' lyric songbook", "louis-vuitton"), ("Goose – Dance to the Beat (band), LP", "none"),
         ("Apple Records – Beatles 'Hey Jude' 7\" (1968)", "none"), ("Bryan Adams – Summer of '69 (Mars promo), tab book", "none")]


@cls("in_songbook_vinyl31", "", "innocent", "records and sheet music whose song titles name a brand or a colliding word")
def _(b, r, i):
    t, lab = SONGS[i % len(SONGS)]
    return dict(t=t, d="Used, plays well, sleeve with light wear.", lang="en", pm=("usd", 6, 35), brand_label=lab, cat="music")


@cls("in_facilitation_courses31", "", "innocent", "workshops and training courses using the brand's goods (LEGO Serious Play, Adobe, AutoCAD courses)", ["lego", "adobe", "autodesk", "microsoft", "canon", "bosch"])
def _(b, r, i):
    m, p = b["mark"], pname(b)
    opts = {"lego": f"LEGO® Serious Play® team workshop – half day, certified facilitator",
            "adobe": "Photoshop & Illustrator evening course (bring your own Adobe licence)",
            "autodesk": "AutoCAD for beginners – 6-week course, certified trainer",
            "microsoft": "Excel and Windows 11 training for office staff, 2 days",
            "canon": "Photography course for Canon EOS owners, weekend", "bosch": "Power-tool safety course using Bosch drills"}
    return dict(t=opts[b["id"]], d="Materials provided. Independent trainer, not affiliated with the brand.", lang="en",
                pm=("usd", 80, 400), cat="services")


COMICS = {"hasbro": "Transformers comic #1 (IDW, licensed by Hasbro)", "mattel": "Barbie comic annual 1992",
          "lego": "LEGO Ninjago graphic novel vol. 3", "bandai": "Mobile Suit Gundam manga vol. 1",
          "nintendo": "Super Mario manga adventures (VIZ)", "coca-cola": "Coca-Cola Christmas comic strip collection",
          "michelin": "Bibendum: 100 years of the Michelin Man – comic album", "nike": "Just Do It: the Nike comic ad collection"}


@cls("in_comic_books31", "", "innocent", "comic books and manga licensed from or about the brand's characters", list(COMICS))
def _(b, r, i):
    return dict(t=COMICS[b["id"]], d="Collector's copy, bagged and boarded.", lang="en", pm=("usd", 5, 40), cat="books")


# =========================================================================== build
SIZES = {"counterfeit": 13, "innocent": 12}
BASE = datetime(2026, 11, 20, 8, 0, tzinfo=timezone.utc)


def build(seed):
    rows = []
    for k, c in enumerate(CLASSES):
        n = SIZES[c["kind"]]
        for i in range(n):
            r = random.Random(f"{seed}:{c['name']}:{i}")
            bid = c["brands"][(i + k) % len(c["brands"])] if c["brands"] else IDS[(k * 13 + i * 5) % len(IDS)]
            b = B[bid]
            res = c["fn"](b, r, i)
            alt = ALT.get(c["name"]) if i % 4 == 1 else ALT2.get(c["name"]) if i % 4 == 3 else None
            if alt:
                lang = alt[0] if alt[0] in MARKET else "en"
                w = cw(r, lang if lang in COPY else "en")
                sub = lambda x: x.replace("<m>", b["mark"]).replace("<p>", pname(b)).replace("<w>", w)
                res = dict(res, t=sub(alt[1]), d=sub(alt[2]), lang=alt[0])
            if res["lang"] == "en" and not res.get("market"):  # English listings spread over English-speaking markets
                res["lang"] = ["en", "en", "en-gb", "en-au", "en-in", "en-ng", "en-za", "en"][(i + k) % 8]
            mp, cur, country = res.get("market") or MARKET.get(res["lang"]) or {"en-in": ("flipkart", "INR", "IN")}[res["lang"]]
            price = price_of(res["pm"], b, r, cur)
            lp = price_of("list", b, random.Random(0), cur)
            lp = {"amount": sig(list_usd(b) / RATE[cur]), "currency": cur}

            def fill(s):
                return s.replace("{price}", money(price)).replace("{list}", money(lp))
            lid = f"o31-{k:02d}{i:02d}-" + hashlib.md5(f"{seed}{c['name']}{i}".encode()).hexdigest()[:8]
            if res.get("seller"):
                seller = res["seller"]
            else:
                h = r.choice(HANDLES if c["kind"] == "counterfeit" else HONEST)
                seller = {"id": f"{h}_{r.randrange(100, 999)}", "name": h.replace("_", " ").title(), "country": country}
            ship = res.get("ship") or (r.choice(["CN", country]) if c["kind"] == "counterfeit" else country)
            row = {"marketplace": mp, "listing_id": lid, "url": f"https://{mp}.example/item/{lid}", "title": fill(res["t"])[:1000],
                   "description": fill(res.get("d", "")), "price": price, "seller": seller,
                   "category": res.get("cat") or CAT[bid], "images": [], "ship_from": ship,
                   "observed_at": (BASE + timedelta(minutes=15 * len(rows) + r.randrange(15))).isoformat().replace("+00:00", "Z"),
                   "attributes": res.get("attrs", {}),
                   "_label": {"kind": c["kind"], "brand": res.get("brand_label") or bid, "class": c["name"], "tactic": c["tactic"],
                              "lang": res["lang"], "also": res.get("also", [])}}
            if price is None:
                del row["price"]
            rows.append(row)
    random.Random(seed).shuffle(rows)
    return rows


def write_classes(rows, path):
    ex = {}
    for row in rows:
        ex.setdefault(row["_label"]["class"], row)
    out = ["# outsider31 classes", "",
           "`*`: a newer family (no earlier outsider class list has it, by my greps; doubts in README.md). "
           "Example: one row's title (brand).", "", "| class | * | kind | n | tactic | example |", "|---|---|---|---|---|---|"]
    for c in CLASSES:
        row = ex[c["name"]]
        n = sum(1 for x in rows if x["_label"]["class"] == c["name"])
        t = row["title"].replace("|", "/").replace("\n", " ")
        out.append(f"| {c['name']} | {c['star']} | {c['kind']} | {n} | {c['tactic']} | {t} ({row['_label']['brand']}) |")
    open(path, "w", encoding="utf-8").write("\n".join(out) + "\n")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, default=31)
    ap.add_argument("--out", default="set.jsonl")
    ap.add_argument("--classes", default="classes.md")
    a = ap.parse_args()
    rows = build(a.seed)
    with open(a.out, "w", encoding="utf-8") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    write_classes(rows, a.classes)
    kinds = {}
    for row in rows:
        kinds[row["_label"]["kind"]] = kinds.get(row["_label"]["kind"], 0) + 1
    print(len(rows), kinds, len(CLASSES), "classes")


if __name__ == "__main__":
    main()
