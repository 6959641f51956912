#!/usr/bin/env python3
"""outsider45 generator: python3 make_set.py --seed 45 --out set.jsonl --classes classes.md (stdlib only, seeded)."""
import argparse, json, random
from data import BRANDS, RATES

R = None  # random.Random, set in main

def pick(xs):
    return R.choice(xs)

def sig3(x):
    if x <= 0:
        return 0.0
    from math import floor, log10
    d = 3 - int(floor(log10(abs(x)))) - 1
    return round(x, d)

WHOLE = {"IDR", "VND", "INR", "PHP", "IRR", "KES", "BDT", "UAH", "KZT", "THB", "JOD"}

def local(usd, cur):
    a = sig3(usd * RATES[cur])
    if cur in WHOLE:
        a = float(int(round(a)))
        if cur in ("IDR", "VND", "IRR"):
            a = float(int(round(a, -3)))
        if cur == "JOD":
            a = float(max(1, int(round(usd * RATES[cur]))))
    else:
        a = round(a, 2)
    return a

def grp(n, sep):
    s = f"{int(n):,}"
    return s.replace(",", sep)

def fmt(a, cur):
    """the price as the market writes it in text"""
    if cur == "IDR": return "Rp" + grp(a, ".")
    if cur == "VND": return grp(a, ".") + "₫"
    if cur == "BRL": return "R$ " + grp(int(a), ".") + "," + f"{a:.2f}"[-2:]
    if cur == "PLN": return grp(int(a), " ") + "," + f"{a:.2f}"[-2:] + " zł"
    if cur == "TRY": return grp(int(a), ".") + "," + f"{a:.2f}"[-2:] + " TL"
    if cur == "EUR": return grp(int(a), ".") + "," + f"{a:.2f}"[-2:] + " €"
    if cur == "THB": return "฿" + grp(a, ",")
    if cur == "INR": return "₹" + grp(a, ",")
    if cur == "PHP": return "₱" + grp(a, ",")
    if cur == "SAR": return grp(int(a), ",") + " ريال"
    if cur == "AED": return grp(int(a), ",") + " درهم"
    if cur == "JOD": return grp(int(a), ",") + " دينار"
    if cur == "KWD": return f"{a:.3f} د.ك"
    if cur == "IRR": return grp(int(a) // 10, ",") + " تومان"
    if cur == "KES": return "KSh " + grp(a, ",")
    if cur == "BDT": return "৳" + grp(a, ",")
    if cur == "UAH": return grp(a, " ") + " грн"
    if cur == "KZT": return grp(a, " ") + " ₸"
    if cur == "CNY": return "¥" + (f"{a:.2f}".rstrip("0").rstrip(".") if a < 100 else grp(int(a), ","))
    return "US$" + f"{a:,.2f}"

def copy_frac(usd, half):
    """my copy-price rule (README): share of list by the goods' list price"""
    if half == "A":  # wholesale unit prices
        if usd >= 2000: return R.uniform(0.015, 0.05)
        if usd >= 300: return R.uniform(0.04, 0.12)
        if usd >= 30: return R.uniform(0.10, 0.25)
        return R.uniform(0.20, 0.45)
    if usd >= 2000: return R.uniform(0.03, 0.08)
    if usd >= 300: return R.uniform(0.07, 0.20)
    if usd >= 30: return R.uniform(0.15, 0.35)
    return R.uniform(0.30, 0.50)

def hexid(n=14):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))

# ---------------------------------------------------------------- Half A: B2B counterfeit classes
# each returns dict(mkt, country, cur, amount (None: no price field), title, desc, lang, ship, attrs)

def tier(unit, cur):
    lo, hi = unit * R.uniform(0.8, 0.92), unit * R.uniform(1.1, 1.35)
    return local(lo, cur), local(hi, cur)

def A(mkt, country, cur):
    return dict(mkt=mkt, country=country, cur=cur, ship="CN" if country in ("CN", "HK") else country, attrs={})

def c_alibaba_moq_tier(b, u):
    _, m, it, cat, usd, zh, gen = b
    d = A("alibaba", "CN", "USD"); lo, hi = tier(u, "USD"); moq = pick([50, 100, 200, 300])
    d.update(amount=lo, lang="en",
             title=f"Wholesale {m} {it} replica 1:1 high quality US${lo:.2f}-{hi:.2f} / piece MOQ {moq}",
             desc=f"Supplier type: trading company. {moq}-499 pieces US${hi:.2f}; 500-1999 pieces US${(lo+hi)/2:.2f}; >=2000 pieces US${lo:.2f}. "
                  f"Replica of {m} {it}, copy grade 1:1 with {m} logo and tags, not original. Lead time 7-15 days. Payment T/T, Western Union.")
    return d

def c_1688_yijian_daifa(b, u):
    _, m, it, cat, usd, zh, gen = b
    d = A("1688", "CN", "CNY"); a = local(u, "CNY")
    d.update(amount=a, lang="zh",
             title=f"{zh}{m} {it} 高仿 原单品质 一件代发 厂家直销",
             desc=f"{m}同款高仿，带{zh}logo，1:1复刻，非正品。批发价¥{a:g}起，3件起批，支持一件代发，广州发货，不支持七天无理由。")
    return d

def c_dhgate_logo_customizable(b, u):
    _, m, it, cat, usd, zh, gen = b
    d = A("dhgate", "CN", "USD"); a = local(u, "USD")
    d.update(amount=a, lang="en",
             title=f"{gen} logo customizable - {m} logo available, drop shipping",
             desc=f"Logo customizable: we print the {m} logo and tags on this {gen} ({m} {it} design), same look as the original. "
                  f"Not authentic {m}. US${a:.2f} per piece, 10 pieces up; DM for the {m} version photos.")
    return d

def c_same_factory_as(b, u):
    _, m, it, cat, usd, zh, gen = b
    d = A("made-in-china", "CN", "USD"); lo, hi = tier(u, "USD")
    d.update(amount=lo, lang="en",
             title=f"{m} {it} - same factory as original, 1:1 copy, US${lo:.2f}-{hi:.2f}",
             desc=f"We are the same factory line as the original {m} supplier. Goods carry the full {m} branding, but they are our copy, "
                  f"not shipped by {m} and no brand warranty. FOB Shenzhen, MOQ 100 pieces.")
    return d

def c_factory_overrun_tail(b, u):
    _, m, it, cat, usd, zh, gen = b
    d = A("tradekey", "CN", "USD"); a = local(u, "USD")
    d.update(amount=a, lang="en",
             title=f"{m} {it} original factory overrun / tail goods (尾单) big stock",
             desc=f"'Factory overrun' {m} {it} with {m} logo, tail goods from the OEM line, extra runs made without the brand's order, "
                  f"replica tags and box added by us. Not authorized by {m}. US${a:.2f}/pc, stock lot 1000 pcs.")
    return d

def c_neutral_packing_labels_separate(b, u):
    _, m, it, cat, usd, zh, gen = b
    d = A("alibaba", "CN", "USD"); a = local(u, "USD")
    d.update(amount=a, lang="en",
             title=f"{gen} neutral packing, labels shipped separately - {m} copy",
             desc=f"Goods ship in neutral packing with no logo to pass customs; the {m} logo labels, {m} boxes and hang tags ship in a second parcel "
                  f"for you to apply. It is a copy of {m} {it}, not genuine. US${a:.2f}/set incl. labels. MOQ 200.")
    return d

def c_send_photo_for_brand(b, u):
    _, m, it, cat, usd, zh, gen = b
    d = A("whatsapp", "CN", "USD"); a = local(u, "USD")
    d.update(amount=a, lang="en",
             title=f"Top quality {gen} - send photo for brand",
             desc=f"Brand pictures not allowed here, send photo for brand. Yes we have {m} {it} with {m} logo, copy AAA quality, "
                  f"not original. US${a:.2f}/pc wholesale, mix order OK. WhatsApp catalogue on request.")
    return d

def c_spec_sheet_brand_name_oem(b, u):
    _, m, it, cat, usd, zh, gen = b
    d = A("alibaba", "CN", "USD"); a = local(u, "USD")
    d.update(amount=a, lang="en",
             title=f"Hot sale {gen} {it.split()[0]} style Brand Name: OEM",
             desc=f"Place of Origin: Guangdong, China | Brand Name: OEM | Model Number: {it} | Logo: {m} logo (copy) | "
                  f"Packing: {m} box | MOQ: 100 | Supply Ability: 50000 pieces per month. Replica of {m}, not authorized.")
    d["attrs"] = {"Place of Origin": "Guangdong, China", "Brand Name": "OEM", "Model Number": it, "Logo": f"{m} logo (replica)", "MOQ": "100"}
    return d

def c_fob_carton_price(b, u):
    _, m, it, cat, usd, zh, gen = b
    d = A("globalsources", "CN", "USD"); per = pick([24, 36, 48, 60]); a = local(u * per, "USD")
    d.update(amount=a, lang="en",
             title=f"{m} {it} copy - FOB Ningbo US${a:,.2f} / carton ({per} pcs)",
             desc=f"Price per carton of {per} pieces, FOB Ningbo. {m} replica with {m} logo, copy quality, not genuine {m}. "
                  f"Carton size 60x40x40 cm. Minimum 10 cartons.")
    return d

def c_indiamart_per_dozen(b, u):
    _, m, it, cat, usd, zh, gen = b
    d = A("indiamart", "IN", "INR"); a = local(u * 12, "INR")
    d.update(amount=a, lang="en", ship="IN",
             title=f"{m} {it} first copy - {fmt(a, 'INR')} / dozen",
             desc=f"Price per dozen. {m} first copy, 7A quality with {m} logo, not original. Minimum order 5 dozen. "
                  f"Supplier from Ulhasnagar, Maharashtra. GST available, PAN India delivery.")
    return d

def c_indiamart_master_copy_supplier(b, u):
    _, m, it, cat, usd, zh, gen = b
    d = A("tradeindia", "IN", "INR"); a = local(u, "INR")
    d.update(amount=a, lang="en", ship="IN",
             title=f"{m} master copy {it} supplier - {fmt(a, 'INR')} / piece",
             desc=f"Wholesale supplier of {m} master copy (mirror copy) goods, Gaffar Market Delhi. Duplicate {m}, not original. "
                  f"Minimum order quantity 20 pieces. Business type: wholesaler / trader.")
    return d

def c_yiwu_stall(b, u):
    _, m, it, cat, usd, zh, gen = b
    d = A("yiwugo", "CN", "CNY"); a = local(u, "CNY")
    d.update(amount=a, lang="zh",
             title=f"义乌国际商贸城 {zh} {m} {it} 复刻 批发",
             desc=f"义乌福田市场四区商铺，{m}({zh})复刻款现货，带原版logo，非正品，¥{a:g}/件，20件起批，可拼箱发货 Yiwu stall, {m} copy, not original.")
    return d

def c_wechat_factory_catalogue(b, u):
    _, m, it, cat, usd, zh, gen = b
    d = A("wechat", "CN", "CNY"); a = local(u, "CNY")
    d.update(amount=a, lang="zh",
             title=f"工厂朋友圈图册 {zh} {m} {it} 顶级复刻",
             desc=f"源头工厂，{m}顶级复刻，1:1开模，全套包装，非专柜正品。代理价¥{a:g}，加微信看图册，支持代发。")
    return d

def c_yupoo_album_wholesale(b, u):
    _, m, it, cat, usd, zh, gen = b
    d = A("yupoo", "CN", "USD"); a = local(u, "USD"); code = R.randint(100, 999)
    d.update(amount=a, lang="en",
             title=f"Album {code}: {m} {it} rep wholesale",
             desc=f"Yupoo album password 888. {m} reps with full {m} logo, 1:1 quality, not authentic. Wholesale US${a:.2f}, "
                  f"min 5 pcs, dropship ok, QC photos before shipping.")
    return d

def c_dropship_blind(b, u):
    _, m, it, cat, usd, zh, gen = b
    d = A("dhgate", "CN", "USD"); a = local(u, "USD")
    d.update(amount=a, lang="en",
             title=f"Dropshipping {m} {it} copy - blind shipping, no invoice",
             desc=f"We dropship to your customers: {m} copy with {m} logo, not original, blind shipping with no price or invoice in parcel, "
                  f"tracking in 3 days. Supplier price US${a:.2f}, sell at your own price.")
    return d

def c_oem_odm_on_their_mark(b, u):
    _, m, it, cat, usd, zh, gen = b
    d = A("globalsources", "HK", "USD"); lo, hi = tier(u, "USD")
    d.update(amount=lo, lang="en",
             title=f"OEM/ODM {m} {it} with {m} logo - factory direct",
             desc=f"OEM/ODM service: we produce {m} design {it} with the {m} logo under your order, no brand authorization needed. "
                  f"Copy, not from {m}. US${lo:.2f}-{hi:.2f}, MOQ 500.")
    return d

def c_exw_cny_quote(b, u):
    _, m, it, cat, usd, zh, gen = b
    d = A("made-in-china", "CN", "CNY"); a = local(u, "CNY")
    d.update(amount=a, lang="en",
             title=f"{m} {it} replica EXW Guangzhou CNY {a:g}/pc",
             desc=f"EXW Guangzhou price ¥{a:g} per piece (高仿 {zh}), buyer arranges freight. {m} replica with logo, not original. "
                  f"RMB payment by Alipay or bank. MOQ 50.")
    return d

def c_sample_then_bulk(b, u):
    _, m, it, cat, usd, zh, gen = b
    d = A("alibaba", "CN", "USD"); s = local(u * R.uniform(1.8, 2.5), "USD"); bulk = local(u, "USD")
    d.update(amount=s, lang="en",
             title=f"Sample order {m} {it} copy US${s:.2f}, bulk US${bulk:.2f}",
             desc=f"Sample price US${s:.2f} incl. shipping to check quality, bulk price US${bulk:.2f} from 100 pcs. {m} copy with logo, "
                  f"not genuine {m}; sample cost refunded on bulk order.")
    return d

def c_labels_blanks_kit(b, u):
    _, m, it, cat, usd, zh, gen = b
    d = A("alibaba", "CN", "USD"); a = local(u, "USD")
    d.update(amount=a, lang="en",
             title=f"Blank {gen} + {m} logo labels, patches and boxes kit",
             desc=f"Kit: blank {gen} plus {m} woven labels, metal logo plates, boxes and cards, attach yourself to make {m} {it}. "
                  f"Not authorized {m} goods. US${a:.2f} per kit, MOQ 100.")
    return d

def c_ddp_seizure_reship(b, u):
    _, m, it, cat, usd, zh, gen = b
    d = A("tradesparq", "CN", "USD"); a = local(u, "USD")
    d.update(amount=a, lang="en",
             title=f"{m} {it} rep - DDP door to door USA/EU, customs seizure reship",
             desc=f"DDP door to door, duties paid. {m} replica with logo, not original: if customs seize it we reship free once. "
                  f"US${a:.2f}/pc incl. DDP freight, MOQ 20.")
    return d

def c_hidden_title_b2b(b, u):
    _, m, it, cat, usd, zh, gen = b
    d = A("alibaba", "CN", "USD"); a = local(u, "USD")
    d.update(amount=a, lang="en",
             title=f"Fashion {gen} high quality wholesale",
             desc=f"Title kept generic for the platform. Pictures show {m} {it}: full {m} logo, copy 1:1, not original. "
                  f"Contact for brand list. US${a:.2f}/pc, MOQ 30, Trade Assurance not available for brand items.")
    return d

def c_grade_price_list(b, u):
    _, m, it, cat, usd, zh, gen = b
    d = A("ec21", "CN", "USD"); a = local(u, "USD"); g2 = local(u * 1.5, "USD"); g3 = local(u * 2.2, "USD")
    d.update(amount=a, lang="en",
             title=f"{m} {it} price list by grade: AAA US${a:.2f} / 1:1 US${g2:.2f} / top mirror US${g3:.2f}",
             desc=f"Three grades of {m} copy, all with {m} logo: AAA US${a:.2f}, 1:1 US${g2:.2f}, top mirror US${g3:.2f}. None is original. MOQ 20.")
    return d

def c_stock_lot_container(b, u):
    _, m, it, cat, usd, zh, gen = b
    d = A("tradekey", "PK", "USD"); n = pick([2000, 5000, 8000]); a = local(u * n * 0.8, "USD")
    d.update(amount=a, lang="en", ship=pick(["CN", "AE"]),
             title=f"{m} {it} A-grade copy stock lot - {n} pcs, 20ft container",
             desc=f"Stock lot of {n} pcs {m} A-grade copy ({m} logo), not original, sold as one lot, US${a:,.0f} the lot CIF Jebel Ali. "
                  f"Inspection at warehouse.")
    return d

def c_mixed_sizes_carton_cny(b, u):
    _, m, it, cat, usd, zh, gen = b
    d = A("1688", "CN", "CNY"); per = pick([10, 12, 20]); a = local(u * per, "CNY")
    d.update(amount=a, lang="zh",
             title=f"{zh}{m} {it} 仿品 整箱批发 {per}件/箱",
             desc=f"{m}仿品(带logo，非正品)，整箱{per}件，¥{a:g}/箱，混码混色，莆田/广州仓发货。Price per carton of {per}.")
    return d

def c_b2b_made_in_claim_copy(b, u):
    _, m, it, cat, usd, zh, gen = b
    d = A("ec21", "CN", "USD"); a = local(u, "USD")
    d.update(amount=a, lang="en",
             title=f"{m} {it} - Place of Origin: Guangdong, Brand: {m} (copy)",
             desc=f"Product specification | Brand: {m} (copy version) | Origin: Guangdong, China | Material: as original | "
                  f"Certificate: none | Copy of {m}, not original. Price US${a:.2f} FOB, MOQ 50.")
    d["attrs"] = {"Brand": f"{m} (copy)", "Place of Origin": "Guangdong, China"}
    return d

def c_trade_fair_booth_copy(b, u):
    _, m, it, cat, usd, zh, gen = b
    d = A("globalsources", "CN", "USD"); a = local(u, "USD")
    d.update(amount=a, lang="en",
             title=f"{m} {it} replica - see us at the Canton Fair, samples ready",
             desc=f"Meet us at the fair booth or visit our Guangzhou showroom. {m} replica with {m} logo, high copy, not authorized by {m}. "
                  f"Trade price US${a:.2f}, MOQ 100. Catalogue by email.")
    return d

A_COUNTERFEIT = [
    ("c_alibaba_moq_tier45", "Alibaba tiered US$ range per piece with MOQ, replica stated", c_alibaba_moq_tier),
    ("c_1688_yijian_daifa45", "1688 Chinese 高仿/原单 with 一件代发 (single-piece dropship), CNY wholesale", c_1688_yijian_daifa),
    ("c_dhgate_logo_customizable45", "DHgate 'logo customizable' with the brand's logo offered on a generic item", c_dhgate_logo_customizable),
    ("c_same_factory_as45", "'same factory as the original' claim, copy stated, FOB/MOQ", c_same_factory_as),
    ("c_factory_overrun_tail45", "'original factory overrun / tail goods (尾单)' story on copied goods", c_factory_overrun_tail),
    ("c_neutral_packing_labels_separate45", "neutral packing, brand labels and boxes shipped in a second parcel", c_neutral_packing_labels_separate),
    ("c_send_photo_for_brand45", "'send photo for brand' catalogue, mark only in the description", c_send_photo_for_brand),
    ("c_spec_sheet_brand_name_oem45", "spec-sheet 'Brand Name: OEM', the mark in the Logo row and attributes", c_spec_sheet_brand_name_oem),
    ("c_fob_carton_price45", "price per carton (FOB Ningbo) in the price field", c_fob_carton_price),
    ("c_indiamart_per_dozen45", "IndiaMART first copy priced per dozen in INR", c_indiamart_per_dozen),
    ("c_tradeindia_master_copy45", "TradeIndia 'master copy / mirror copy' wholesaler, INR per piece", c_indiamart_master_copy_supplier),
    ("c_yiwu_stall45", "Yiwu market stall listing, 复刻, CNY", c_yiwu_stall),
    ("c_wechat_factory_catalogue45", "WeChat factory moments catalogue, 顶级复刻, agent price", c_wechat_factory_catalogue),
    ("c_yupoo_album_wholesale45", "Yupoo album code and password, reps wholesale", c_yupoo_album_wholesale),
    ("c_dropship_blind45", "dropshipping supplier, blind shipping with no invoice", c_dropship_blind),
    ("c_oem_odm_on_their_mark45", "OEM/ODM offer to make goods under the brand's mark 'no authorization needed'", c_oem_odm_on_their_mark),
    ("c_exw_cny_quote45", "EXW Guangzhou quote in CNY in an English listing", c_exw_cny_quote),
    ("c_sample_then_bulk45", "sample price in the field (2x), bulk price in text", c_sample_then_bulk),
    ("c_labels_blanks_kit45", "blank goods plus the brand's labels, plates and boxes as a kit", c_labels_blanks_kit),
    ("c_ddp_seizure_reship45", "DDP door-to-door with 'reship free if customs seize'", c_ddp_seizure_reship),
    ("c_hidden_title_b2b45", "generic B2B title, the brand only in the description's picture notes", c_hidden_title_b2b),
    ("c_grade_price_list45", "price list by copy grade (AAA / 1:1 / top mirror)", c_grade_price_list),
    ("c_stock_lot_container45", "whole-lot price of a container of copies in the price field", c_stock_lot_container),
    ("c_1688_carton_cny45", "1688 仿品 price per carton in CNY", c_mixed_sizes_carton_cny),
    ("c_spec_brand_copy_attr45", "spec table 'Brand: <mark> (copy)', Place of Origin Guangdong", c_b2b_made_in_claim_copy),
]

# ---------------------------------------------------------------- Half A: innocent twins

def in_authorized_distributor(b, g):
    _, m, it, cat, usd, zh, gen = b
    d = A("alibaba", "DE", "USD"); d["ship"] = "DE"; a = local(usd * R.uniform(0.55, 0.68), "USD")
    d.update(amount=a, lang="en",
             title=f"{m} {it} - authorized distributor, genuine, wholesale MOQ 10 cartons",
             desc=f"We are an authorized distributor of {m} for the EU (distributor certificate on request). 100% genuine stock from the brand, "
                  f"full manufacturer warranty, batch codes intact. Trade price US${a:.2f}/unit, MOQ 10 cartons, VAT invoice.")
    return d

def in_parallel_import(b, g):
    _, m, it, cat, usd, zh, gen = b
    d = A("merkandi", "PL", "EUR"); d["ship"] = "NL"; a = local(usd * R.uniform(0.65, 0.8), "EUR")
    d.update(amount=a, lang="en",
             title=f"Genuine {m} {it} - parallel import from EU distribution, pallet quantities",
             desc=f"Original {m} goods sourced from an authorised EU distributor (parallel trade within the EEA, invoices traceable). "
                  f"Not copies. {fmt(a, 'EUR')} per unit ex works Rotterdam, MOQ 50 units.")
    return d

def in_closeout_liquidation(b, g):
    _, m, it, cat, usd, zh, gen = b
    d = A("liquidation-com", "US", "USD"); d["ship"] = "US"; n = pick([24, 40, 60]); a = local(usd * n * R.uniform(0.2, 0.35), "USD")
    d.update(amount=a, lang="en",
             title=f"Closeout lot: {n} x genuine {m} {it}, retailer overstock",
             desc=f"Liquidation of a department store's overstock: {n} units of authentic {m} {it}, manifest attached (SKU, UPC, retail value "
                  f"US${usd*n:,.0f}). Lot price US${a:,.0f}, winner pays freight. Sold as-is.")
    return d

def in_customer_return_pallet(b, g):
    _, m, it, cat, usd, zh, gen = b
    d = A("bstock", "US", "USD"); d["ship"] = "US"; n = pick([15, 30, 45]); a = local(usd * n * R.uniform(0.12, 0.25), "USD")
    d.update(amount=a, lang="en",
             title=f"Customer returns pallet - {n} {m} {it}, untested",
             desc=f"Pallet of customer returns from a major US retailer: {n} genuine {m} {it}, untested, some open box, some missing accessories. "
                  f"Manifested. Current bid US${a:,.0f} for the pallet.")
    return d

def in_pallet_by_weight(b, g):
    _, m, it, cat, usd, zh, gen = b
    d = A("merkandi", "DE", "EUR"); d["ship"] = "DE"; a = round(R.uniform(9, 28), 2)
    d.update(amount=a, lang="en",
             title=f"Mixed genuine {m} stock by the kg - {fmt(a, 'EUR')}/kg, min 300 kg",
             desc=f"Genuine {m} goods from returns and end-of-line stock (incl. {it}), sold by weight: {fmt(a, 'EUR')} per kg, "
                  f"minimum 300 kg, unsorted, mixed condition. Original brand goods only, no copies.")
    return d

def in_unbranded_blank(b, g):
    _, m, it, cat, usd, zh, gen = b
    d = A("alibaba", "CN", "USD"); a = local(usd * R.uniform(0.03, 0.15) + 1, "USD")
    d.update(amount=a, lang="en",
             title=f"Blank {gen}, no logo, custom private label - MOQ 300",
             desc=f"Unbranded blank {gen}. We print YOUR logo only; we do not print {m} or any other third-party trademark "
                  f"(authorization letter required for brand logos). US${a:.2f}/pc, MOQ 300.")
    return d

def in_compatible_consumable(b, g):
    _, m, it, cat, usd, zh, gen = b
    d = A("made-in-china", "CN", "USD"); a = local(max(0.6, usd * R.uniform(0.01, 0.05)), "USD")
    thing = pick(["replacement part", "protective case", "storage box", "compatible accessory", "spare cover"])
    d.update(amount=a, lang="en",
             title=f"{thing.title()} compatible with {m} {it} - own brand",
             desc=f"Third-party {thing} that fits {m} {it}. Our own brand 'TOPFIT', no {m} logo on the product or packaging; "
                  f"{m} is named only to show compatibility. US${a:.2f}/pc, MOQ 500.")
    return d

def in_packaging_supplier(b, g):
    _, m, it, cat, usd, zh, gen = b
    d = A("alibaba", "CN", "USD"); a = local(R.uniform(0.3, 2.5), "USD")
    d.update(amount=a, lang="en",
             title=f"Custom printed gift box for {gen} - your logo, MOQ 1000",
             desc=f"Rigid gift boxes sized for {gen}s (fits items like {m} {it}). Printed with the customer's own logo only; "
                  f"we refuse orders for other companies' trademarks. US${a:.2f}/box, MOQ 1000.")
    return d

def in_official_store_b2b(b, g):
    bid, m, it, cat, usd, zh, gen = b
    d = A("1688", "CN", "CNY"); a = local(usd * R.uniform(0.7, 0.85), "CNY")
    d.update(amount=a, lang="zh",
             title=f"{m}{zh}官方企业采购 {it} 正品 企业团购价",
             desc=f"{m}品牌官方企业采购店，正品行货，全国联保，开具增值税专用发票。企业团购价¥{a:g}/件，10件起订。Official corporate purchasing store of {m}.")
    return d

def in_authorised_dropship(b, g):
    _, m, it, cat, usd, zh, gen = b
    d = A("ankorstore", "FR", "EUR"); d["ship"] = "FR"; a = local(usd * R.uniform(0.55, 0.65), "EUR")
    d.update(amount=a, lang="en",
             title=f"{m} {it} - wholesale for retailers, genuine, RRP {fmt(local(usd, 'EUR'), 'EUR')}",
             desc=f"Genuine {m} products from the brand's EU wholesale programme. Wholesale {fmt(a, 'EUR')}, RRP {fmt(local(usd, 'EUR'), 'EUR')}. "
                  f"Minimum first order €100. Dropshipping available for approved retailers.")
    return d

def in_tender_genuine(b, g):
    _, m, it, cat, usd, zh, gen = b
    d = A("tradeindia", "IN", "INR"); a = local(usd * R.uniform(0.85, 1.0), "INR")
    d.update(amount=a, lang="en", ship="IN",
             title=f"Genuine {m} {it} for corporate / government tender - MAF available",
             desc=f"Authorised {m} channel partner in India. Manufacturer Authorisation Form (MAF) and GST invoice supplied, brand warranty. "
                  f"{fmt(a, 'INR')} per unit for bulk orders of 25+.")
    return d

def in_dead_stock_genuine(b, g):
    _, m, it, cat, usd, zh, gen = b
    d = A("merkandi", "IT", "EUR"); d["ship"] = "IT"; a = local(usd * R.uniform(0.35, 0.55), "EUR")
    d.update(amount=a, lang="en",
             title=f"Previous-season genuine {m} {it} - dead stock from a closed boutique",
             desc=f"Original {m} from a boutique that closed (purchase invoices from the official distributor shown to buyers). Previous season. "
                  f"{fmt(a, 'EUR')} per piece, lot of 30 pieces.")
    return d

def in_rfq_buying_request(b, g):
    _, m, it, cat, usd, zh, gen = b
    d = A("alibaba", "AE", "USD"); d["ship"] = None; a = local(usd * R.uniform(0.8, 0.95), "USD")
    d.update(amount=a, lang="en",
             title=f"Buying request: genuine {m} {it}, 200 units",
             desc=f"RFQ from a Dubai retailer: we want to buy ORIGINAL {m} {it} only, with authorisation or invoice chain from the brand. "
                  f"No copies, no replicas. Target price US${a:.2f}/unit.")
    return d

def in_own_brand_oem(b, g):
    _, m, it, cat, usd, zh, gen = b
    d = A("globalsources", "CN", "USD"); a = local(usd * R.uniform(0.03, 0.15) + 1, "USD")
    d.update(amount=a, lang="en",
             title=f"OEM {gen} for your own brand - factory with export experience",
             desc=f"ODM {gen}, your brand, your label. Comparable build quality to market leaders such as {m}, but our own design and no third-party logos. "
                  f"US${a:.2f}/pc, MOQ 500.")
    return d

def in_b2b_sample_genuine(b, g):
    _, m, it, cat, usd, zh, gen = b
    d = A("ec21", "KR", "USD"); d["ship"] = "KR"; a = local(usd * R.uniform(0.6, 0.75), "USD")
    d.update(amount=a, lang="en",
             title=f"Genuine {m} {it} - export from Korean official distributor, duty-free price",
             desc=f"Export of genuine {m} products from an authorised Korean distributor, invoices and import declarations available. "
                  f"US${a:.2f}/unit FOB Busan, MOQ 100.")
    return d

A_INNOCENT = [
    ("in_authorized_distributor_b2b45", True, "authorized distributor, certificate, MOQ cartons, trade price 55-68 % of list", in_authorized_distributor),
    ("in_parallel_import_b2b45", True, "EEA parallel import of genuine goods, invoices traceable", in_parallel_import),
    ("in_closeout_liquidation_lot45", True, "retailer overstock closeout lot with manifest, 20-35 % of retail", in_closeout_liquidation),
    ("in_customer_return_pallet45", True, "customer-returns pallet, untested, current bid", in_customer_return_pallet),
    ("in_pallet_by_weight45", True, "genuine stock by the kg (EUR per kg)", in_pallet_by_weight),
    ("in_unbranded_blank45", False, "unbranded blanks, 'we do not print <mark>'", in_unbranded_blank),
    ("in_compatible_consumable45", False, "third-party part or accessory naming the brand only for fit", in_compatible_consumable),
    ("in_packaging_supplier45", False, "gift-box supplier, own logo only, sized for the brand's goods", in_packaging_supplier),
    ("in_official_store_b2b45", True, "the brand's own corporate purchasing store on 1688 (zh)", in_official_store_b2b),
    ("in_authorised_wholesale_programme45", True, "brand's EU wholesale programme (Ankorstore), wholesale vs RRP", in_authorised_dropship),
    ("in_tender_genuine45", True, "authorised channel partner for tenders, MAF and GST invoice", in_tender_genuine),
    ("in_dead_stock_genuine45", True, "previous-season genuine dead stock from a closed boutique", in_dead_stock_genuine),
    ("in_rfq_buying_request45", False, "buyer's RFQ asking for genuine goods only, target price", in_rfq_buying_request),
    ("in_own_brand_oem45", False, "OEM/ODM for your own brand, 'comparable to <mark>', no logos", in_own_brand_oem),
    ("in_export_genuine_distributor45", True, "genuine export from an authorised Korean distributor, FOB Busan", in_b2b_sample_genuine),
]

# ---------------------------------------------------------------- Half B: markets in their own words
MK = {
    "id": [("tokopedia", "ID", "IDR"), ("shopee-id", "ID", "IDR"), ("bukalapak", "ID", "IDR")],
    "vi": [("shopee-vn", "VN", "VND"), ("lazada-vn", "VN", "VND")],
    "th": [("shopee-th", "TH", "THB"), ("lazada-th", "TH", "THB")],
    "tr": [("trendyol", "TR", "TRY"), ("hepsiburada", "TR", "TRY"), ("sahibinden", "TR", "TRY")],
    "pl": [("allegro", "PL", "PLN"), ("olx-pl", "PL", "PLN")],
    "ar": [("haraj", "SA", "SAR"), ("opensooq", "JO", "JOD"), ("opensooq", "KW", "KWD"), ("dubizzle", "AE", "AED"), ("noon", "AE", "AED")],
    "pt": [("mercadolivre", "BR", "BRL"), ("shopee-br", "BR", "BRL")],
    "tl": [("lazada-ph", "PH", "PHP"), ("carousell-ph", "PH", "PHP"), ("shopee-ph", "PH", "PHP")],
    "hi": [("meesho", "IN", "INR"), ("flipkart", "IN", "INR")],
    "fa": [("divar", "IR", "IRR"), ("basalam", "IR", "IRR"), ("digikala", "IR", "IRR")],
    "sw": [("jiji-ke", "KE", "KES"), ("jumia-ke", "KE", "KES")],
    "bn": [("bikroy", "BD", "BDT"), ("daraz-bd", "BD", "BDT")],
    "uk": [("olx-ua", "UA", "UAH"), ("prom-ua", "UA", "UAH"), ("rozetka", "UA", "UAH")],
    "kk": [("olx-kz", "KZ", "KZT"), ("kaspi", "KZ", "KZT")],
    "el": [("vendora", "GR", "EUR"), ("skroutz", "GR", "EUR"), ("xe-gr", "GR", "EUR")],
}

def B(lang, usd_price, which=None):
    opts = MK[lang]
    mkt, country, cur = opts[which] if which is not None else pick(opts)
    a = local(usd_price, cur)
    return dict(mkt=mkt, country=country, cur=cur, ship=country, attrs={}, lang=lang, amount=a), fmt(a, cur)

def mk_b(lang, title, desc, which=None):
    """a Half B counterfeit: title/desc are format strings with {m} {it} {p}"""
    def f(b, u):
        _, m, it, cat, usd, zh, gen = b
        d, p = B(lang, u, which() if callable(which) else which)
        d.update(title=title.format(m=m, it=it, p=p, gen=gen), desc=desc.format(m=m, it=it, p=p, gen=gen))
        return d
    return f

B_COUNTERFEIT = [
    ("c_tokopedia_kw_super45", "id", "Indonesian 'KW super', 'bukan ori', Rupiah with dots",
     mk_b("id", "{m} {it} KW Super Premium mirip ori 99%", "Barang KW super, BUKAN ORI. Logo {m} lengkap, kualitas 1:1. Harga {p}, ready stok, kirim dari Jakarta, bisa COD.", 0)),
    ("c_shopee_id_grade_ori45", "id", "Indonesian 'grade ori / ori pabrik' with 'replika, bukan original resmi'",
     mk_b("id", "{m} {it} Grade Ori / Ori Pabrik", "Grade ori (ori pabrik), ini replika bukan barang original resmi {m}. Full tag & box. Cuma {p}! Garansi uang kembali kalau cacat.", 1)),
    ("c_bukalapak_replika_batam45", "id", "Indonesian 'replika import Batam', 'tiruan, bukan asli'",
     mk_b("id", "Replika {m} {it} import Batam", "Barang tiruan kualitas premium, bukan asli {m}. Logo dan kemasan persis. Harga {p} nego tipis.", 2)),
    ("c_shopee_vn_rep11_like_auth45", "vi", "Vietnamese 'rep 1:1, like auth', 'không phải chính hãng', VND with dots",
     mk_b("vi", "{m} {it} rep 1:1 like auth full box", "Hàng rep 1:1 like auth, không phải hàng chính hãng {m}. Full logo, full box. Giá {p}. Ship COD toàn quốc.", 0)),
    ("c_lazada_vn_f1_sieu_cap45", "vi", "Vietnamese 'hàng F1 siêu cấp' (grade-1 fake)",
     mk_b("vi", "{m} {it} hàng F1 siêu cấp", "Hàng fake loại 1 (F1) siêu cấp, không phải {m} chính hãng, logo sắc nét. Giá chỉ {p}, đổi trả 3 ngày.", 1)),
    ("c_shopee_th_kop_mirror45", "th", "Thai 'งานก๊อปเกรดมิลเลอร์' (mirror-grade copy), 'ไม่ใช่ของแท้'",
     mk_b("th", "{m} {it} งานก๊อปเกรดมิลเลอร์", "สินค้างานก๊อปเกรดมิลเลอร์ ไม่ใช่ของแท้ โลโก้ {m} ครบ ราคา {p} ส่งฟรี เก็บเงินปลายทาง", 0)),
    ("c_lazada_th_hiend_1to1_45", "th", "Thai 'งานเกรดพรีเมียม Hi-end 1:1', 'งานเหมือนแท้' (looks genuine)",
     mk_b("th", "{m} {it} งาน Hi-end 1:1 เหมือนแท้", "งานเกรดพรีเมียม เหมือนแท้ทุกจุด แต่ไม่ใช่ของแท้จาก {m} มีกล่อง ราคา {p}", 1)),
    ("c_trendyol_a_kalite_replika45", "tr", "Turkish 'A kalite replika', 'orijinal değildir', TL with dot and comma",
     mk_b("tr", "{m} {it} A Kalite Replika", "Birebir A kalite replika ürün, orijinal değildir. {m} logolu, kutulu. Fiyat: {p}. Aynı gün kargo.", 0)),
    ("c_sahibinden_muadil_logolu45", "tr", "Turkish 'muadil' word on goods that carry the mark ('logolu, birebir kopya')",
     mk_b("tr", "{m} {it} muadil logolu birinci kalite", "Muadil ürün ama üzerinde {m} logosu var, orijinal değil, birebir kopya. {p}, elden teslim İstanbul.", 2)),
    ("c_allegro_zamiennik_z_logo45", "pl", "Polish 'zamiennik z logo' (a 'substitute' carrying the mark), 'to nie jest oryginał'",
     mk_b("pl", "{m} {it} zamiennik z logo, jakość 1:1", "Zamiennik z pełnym logo {m}. To nie jest oryginał, kopia bardzo dobrej jakości. Cena {p}. Wysyłka 24h.", 0)),
    ("c_olx_pl_podrobka45", "pl", "Polish 'podróbka', 'nie oryginał', zł with comma",
     mk_b("pl", "{m} {it} podróbka dobrej jakości", "Sprzedam podróbkę {m}, nie oryginał, ale wygląda jak oryginał. {p}, odbiór osobisty Warszawa lub OLX przesyłka.", 1)),
    ("c_haraj_tibq_alasl45", "ar", "Arabic 'طبق الأصل' (true to the original), 'ليست أصلية', riyals",
     mk_b("ar", "{m} {it} طبق الأصل", "نسخة طبق الأصل من {m}، ليست أصلية، بالشعار والعلبة. السعر {p}. التوصيل لجميع مناطق المملكة.", 0)),
    ("c_opensooq_copy_one45", "ar", "Arabic 'كوبي ون / هاي كوبي', 'مو أصلي', JOD or KWD",
     mk_b("ar", "{m} {it} كوبي ون هاي كوبي", "كوبي ون (هاي كوبي) مو أصلي، بالشعار الكامل {m}. السعر {p} والتوصيل مجاني.", lambda: R.choice([1, 2]))),
    ("c_mercadolivre_primeira_linha45", "pt", "Brazilian 'réplica primeira linha', 'não é original', R$ with comma",
     mk_b("pt", "{m} {it} Réplica Primeira Linha", "Réplica primeira linha, não é original. Logo {m}, acompanha caixa. Preço {p}. Envio imediato.", 0)),
    ("c_shopee_br_aaa_importado45", "pt", "Brazilian 'AAA importado', 'não original da marca'",
     mk_b("pt", "{m} {it} AAA Importado", "Produto réplica AAA importado, não original da marca {m}. Acabamento premium. {p} no Pix.", 1)),
    ("c_lazada_ph_class_a45", "tl", "Taglish 'Class A', 'hindi original', COD nationwide",
     mk_b("tl", "{m} {it} Class A OEM", "Class A po ito, hindi original. Kumpleto may {m} logo at box. {p} lang! COD available nationwide.", 0)),
    ("c_carousell_ph_mirror_grade45", "tl", "Taglish 'mirror grade, hindi authentic', meet-up",
     mk_b("tl", "{m} {it} mirror grade", "Mirror grade, hindi authentic {m}. Meet-up sa Cubao or ship via J&T. {p}, fixed price.", 1)),
    ("c_meesho_first_copy_7a45", "hi", "Hinglish 'first copy, 7A quality', 'original nahi'",
     mk_b("hi", "{m} {it} First Copy 7A quality", "Bilkul original jaisa dikhta hai, first copy hai, original nahi. {m} logo ke saath. Price {p}, COD available.", 0)),
    ("c_flipkart_master_copy45", "hi", "Hinglish 'master copy / duplicate hai'",
     mk_b("hi", "{m} {it} Master Copy (mirror)", "Master copy, duplicate hai bhai, original nahi. {m} ka pura logo. {p} only, WhatsApp karo.", 1)),
    ("c_divar_persian_high_copy45", "fa", "Persian 'های کپی / کپی درجه یک', 'اصل نیست', price in toman in text, IRR field",
     mk_b("fa", "{m} {it} های کپی", "های کپی (کپی درجه یک)، اصل نیست، با لوگوی {m} و جعبه. قیمت {p}. ارسال به سراسر کشور.", lambda: R.choice([0, 1]))),
    ("c_jiji_ke_copy_feki45", "sw", "Swahili 'si original, ni copy', 'feki', KSh",
     mk_b("sw", "{m} {it} copy grade A", "Hii si original, ni copy (feki) ya grade A yenye nembo ya {m}. Bei {p}. Tunapatikana Nairobi CBD, delivery kote Kenya.", 0)),
    ("c_bikroy_master_copy_bn45", "bn", "Bengali 'মাস্টার কপি', 'অরিজিনাল নয়', ৳",
     mk_b("bn", "{m} {it} মাস্টার কপি", "এটি মাস্টার কপি, অরিজিনাল নয়। {m} লোগো সহ। দাম {p}। ঢাকায় ক্যাশ অন ডেলিভারি।", 0)),
    ("c_olx_ua_kopiia_liuks45", "uk", "Ukrainian 'копія люкс / репліка', 'не оригінал', Nova Poshta",
     mk_b("uk", "{m} {it} копія люкс", "Це копія (репліка) люкс якості, не оригінал. Логотип {m}, коробка. Ціна {p}. Відправка Новою поштою.", lambda: R.choice([0, 1]))),
    ("c_olx_kz_koshirme45", "kk", "Kazakh 'көшірме', 'түпнұсқа емес', ₸ with spaces",
     mk_b("kk", "{m} {it} көшірме люкс", "Бұл түпнұсқа емес, сапалы көшірме. {m} логотипі бар. Бағасы {p}. Алматы бойынша жеткізу.", 0)),
    ("c_vendora_greek_replika45", "el", "Greek 'ρέπλικα / αντίγραφο', 'όχι γνήσιο', € with comma",
     mk_b("el", "{m} {it} ρέπλικα πρώτης ποιότητας", "Αντίγραφο (ρέπλικα) πρώτης ποιότητας, όχι γνήσιο. Με λογότυπο {m}. Τιμή {p}. Αποστολή με αντικαταβολή σε όλη την Ελλάδα.", lambda: R.choice([0, 2]))),
]

def gb(lang, title, desc, lo, hi, which=None):
    """a Half B innocent row, price lo-hi share of list"""
    def f(b, g):
        _, m, it, cat, usd, zh, gen = b
        price = usd * R.uniform(lo, hi) if lo >= 0.3 else min(usd * 0.5, R.uniform(12, 70))  # dupes: USD 12-70, at most half of list
        d, p = B(lang, price, which() if callable(which) else which)
        d.update(title=title.format(m=m, it=it, p=p, gen=gen), desc=desc.format(m=m, it=it, p=p, gen=gen))
        return d
    return f

B_INNOCENT = [
    ("in_tokopedia_official_store45", True, "id", "Indonesian official store, 'original resmi, garansi resmi', fair price",
     gb("id", "{m} {it} Original Resmi - Official Store", "100% original, garansi resmi {m} Indonesia 1 tahun. Harga {p}. Dikirim dari gudang resmi.", 0.95, 1.1, 0)),
    ("in_hang_xach_tay_genuine45", True, "vi", "Vietnamese 'hàng xách tay' hand-carried genuine with bill",
     gb("vi", "{m} {it} hàng xách tay Mỹ chính hãng", "Hàng xách tay chính hãng từ Mỹ, có bill mua hàng, cam kết auth, bao check. Giá {p}.", 0.85, 1.05, 0)),
    ("in_thai_thae_shop45", True, "th", "Thai 'ของแท้ 100% ช็อปไทย' with shop receipt and warranty",
     gb("th", "{m} {it} ของแท้ 100% ช็อปไทย", "ของแท้ ประกันศูนย์ไทย มีใบเสร็จจากช็อป ราคา {p}", 0.95, 1.08, 0)),
    ("in_trendyol_muadil_logosuz45", False, "tr", "Turkish 'muadili', own brand with no mark on the goods ('logosuz')",
     gb("tr", "{m} {it} muadili {gen} - logosuz", "Kendi markamızdır; ürün üzerinde {m} logosu yoktur, orijinal {m} ürünü değildir, benzer tasarım. Fiyat {p}.", 0.08, 0.3, 0)),
    ("in_allegro_zamiennik_bez_logo45", False, "pl", "Polish 'zamiennik, inspirowany', own brand without the mark",
     gb("pl", "Zamiennik {m} {it} - własna marka, bez logo", "Produkt inspirowany {m}, naszej własnej marki, bez logo {m}; to nie jest oryginał ani podróbka. Cena {p}.", 0.08, 0.3, 0)),
    ("in_haraj_used_genuine45", True, "ar", "Arabic 'أصلي مستعمل مع الفاتورة' used genuine with invoice",
     gb("ar", "{m} {it} أصلي مستعمل نظيف", "أصلي ١٠٠٪ مع الفاتورة من الوكيل، مستعمل استعمال خفيف. السعر {p}.", 0.4, 0.7, 0)),
    ("in_mercadolivre_loja_oficial45", True, "pt", "Brazilian 'Loja oficial, original com nota fiscal'",
     gb("pt", "{m} {it} Original - Loja Oficial", "Produto original com nota fiscal e garantia do fabricante. Loja oficial {m}. {p} em até 10x.", 0.95, 1.1, 0)),
    ("in_carousell_ph_authentic_preloved45", True, "tl", "Taglish 'authentic preloved, may resibo'",
     gb("tl", "Authentic {m} {it} preloved", "Legit authentic, binili sa {m} store sa Greenbelt, may resibo. Slightly used. {p}.", 0.4, 0.7, 1)),
    ("in_meesho_original_bill45", True, "hi", "Hinglish '100% original with bill and warranty card'",
     gb("hi", "{m} {it} 100% original with bill", "Original hai, company ka bill aur warranty card ke saath. Copy nahi hai. {p}.", 0.9, 1.0, lambda: R.choice([0, 1]))),
    ("in_olx_ua_used_original45", True, "uk", "Ukrainian 'оригінал, б/в, є чек'",
     gb("uk", "{m} {it} оригінал, б/в", "Оригінал, купував в офіційному магазині, є чек. Стан хороший. Ціна {p}.", 0.4, 0.7, 0)),
    ("in_greek_used_genuine45", True, "el", "Greek 'γνήσιο, μεταχειρισμένο, με απόδειξη'",
     gb("el", "{m} {it} γνήσιο, μεταχειρισμένο", "Γνήσιο, αγορασμένο από κατάστημα στην Αθήνα, με απόδειξη. Τιμή {p}.", 0.4, 0.7, 0)),
    ("in_kaspi_official_dealer45", True, "kk", "Kazakh 'түпнұсқа, ресми дилер' on Kaspi, warranty",
     gb("kk", "{m} {it} түпнұсқа, ресми дилер", "Ресми дилерден түпнұсқа тауар, кепілдік 1 жыл. Бағасы {p}, Kaspi Red бөліп төлеу.", 0.95, 1.1, 1)),
    ("in_daraz_bd_official45", True, "bn", "Bengali 'অরিজিনাল, অফিসিয়াল ওয়ারেন্টি'",
     gb("bn", "{m} {it} অরিজিনাল - অফিসিয়াল ওয়ারেন্টি", "১০০% অরিজিনাল, অফিসিয়াল ডিস্ট্রিবিউটরের ওয়ারেন্টি সহ। দাম {p}।", 0.95, 1.1, 1)),
    ("in_jumia_ke_bidhaa_halisi45", True, "sw", "Swahili 'bidhaa halisi' from an official distributor",
     gb("sw", "{m} {it} - Original, bidhaa halisi", "Bidhaa halisi (original) kutoka kwa msambazaji rasmi, risiti na dhamana. Bei {p}.", 0.95, 1.1, 1)),
    ("in_digikala_original_warranty45", True, "fa", "Persian 'اصل با گارانتی و فاکتور' on Digikala",
     gb("fa", "{m} {it} اصل با گارانتی", "کالای اصل، با گارانتی معتبر و فاکتور رسمی. قیمت {p}.", 0.95, 1.2, 2)),
]

# ---------------------------------------------------------------- assembly

def main():
    global R
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, default=45); ap.add_argument("--out", default="set.jsonl"); ap.add_argument("--classes", default="classes.md")
    args = ap.parse_args()
    R = random.Random(args.seed)
    classes = []  # (name, kind, half, tactic, fn, n, star-lookup later)
    for name, tac, fn in A_COUNTERFEIT: classes.append((name, "counterfeit", "A", tac, fn, 13, "A"))
    for name, lang, tac, fn in B_COUNTERFEIT: classes.append((name, "counterfeit", "B", tac, fn, 13, "B"))
    for name, g, tac, fn in A_INNOCENT: classes.append((name, "innocent", "A", tac, fn, 12, g))
    for name, g, lang, tac, fn in B_INNOCENT: classes.append((name, "innocent", "B", tac, fn, 12, g))
    assert len({c[0] for c in classes}) == len(classes) == 80, len(classes)
    stars = set(open("stars.txt").read().split()) if __import__("os").path.exists("stars.txt") else set()
    rows, md = [], []
    ci = ii = 0
    for name, kind, half, tac, fn, n, g in classes:
        ex = None
        for k in range(n):
            if kind == "counterfeit":
                b = BRANDS[ci % len(BRANDS)]; ci += 1
                d = fn(b, b[4] * copy_frac(b[4], half))
            else:
                b = BRANDS[(ii * 5) % len(BRANDS)]; ii += 1
                d = fn(b, g)
            lid = hexid()
            day = R.choice(["04", "05"])
            row = {"marketplace": d["mkt"], "listing_id": lid, "url": f"https://{d['mkt']}.example/item/{lid}",
                   "title": d["title"][:1000], "description": d["desc"],
                   "seller": {"id": "s" + hexid(10), "name": "", "country": d["country"]},
                   "category": b[3], "observed_at": f"2026-12-{day}T{R.randint(0,23):02d}:{R.randint(0,59):02d}:{R.randint(0,59):02d}Z"}
            if d.get("amount") is not None:
                row["price"] = {"amount": d["amount"], "currency": d["cur"]}
            if d.get("ship"): row["ship_from"] = d["ship"]
            if d.get("attrs"): row["attributes"] = d["attrs"]
            row["_label"] = {"kind": kind, "brand": b[0], "class": name, "tactic": tac, "lang": d["lang"], "also": []}
            rows.append(row)
            if ex is None: ex = f"{d['title']} ({b[0]})"
        md.append(f"| {name} | {'*' if name in stars else ''} | {kind} | {n} | {tac} | {ex.replace('|', '/')} |")
    with open(args.out, "w", encoding="utf-8") as f:
        for r in rows: f.write(json.dumps(r, ensure_ascii=False, sort_keys=False) + "\n")
    with open(args.classes, "w", encoding="utf-8") as f:
        f.write("# outsider45 classes\n\n`*`: a newer family (no earlier outsider class name or tactic has it, by my greps; doubts in README.md). "
                "Example: one row's title (brand). Half A: the first 25 counterfeit and 15 innocent classes; Half B: the rest.\n\n"
                "| class | * | kind | n | tactic | example |\n|---|---|---|---|---|---|\n" + "\n".join(md) + "\n")
    print(len(rows), "rows")

if __name__ == "__main__":
    main()
