#!/usr/bin/env python3
"""outsider42's held-out set: python3 make_set.py --seed 42 --out set.jsonl --classes classes.md  (stdlib only)."""
from __future__ import annotations

import argparse
import hashlib
import json
import random
import urllib.parse
from collections import namedtuple

from data import AUTH_SELLERS, BRANDS, MARKETS, RATES, WHOLE

B = namedtuple("B", "id mark item model cat usd plain grp")
BR = [B(*t) for t in BRANDS]
BYID = {b.id: b for b in BR}

# ----------------------------------------------------------------------------- helpers


def sig3(x: float) -> float:
    if x <= 0:
        return 0.0
    from math import floor, log10
    d = 3 - int(floor(log10(abs(x)))) - 1
    return round(x, d)


def conv(usd: float, cur: str) -> float:
    v = sig3(usd * RATES[cur])
    if cur in WHOLE:
        return float(max(1, round(v)))
    return round(v, 2)


def cfrac(rng, usd):
    if usd >= 2000:
        return rng.uniform(0.03, 0.08)
    if usd >= 300:
        return rng.uniform(0.06, 0.20)
    if usd >= 30:
        return rng.uniform(0.15, 0.35)
    return rng.uniform(0.25, 0.45)


def copy_usd(rng, b):
    return b.usd * cfrac(rng, b.usd)


def us(x):
    return f"{x:,.2f}" if x < 1000 or x != int(x) else f"{x:,.0f}"


def eu(x):
    s = f"{x:,.2f}"
    return s.replace(",", "X").replace(".", ",").replace("X", ".")


def dots(x):
    return f"{int(round(x)):,}".replace(",", ".")


def lakh(x):
    n = str(int(round(x)))
    if len(n) <= 3:
        return n
    head, tail = n[:-3], n[-3:]
    parts = []
    while len(head) > 2:
        parts.insert(0, head[-2:])
        head = head[:-2]
    if head:
        parts.insert(0, head)
    return ",".join(parts) + "," + tail


AR_DIG = str.maketrans("0123456789.,", "٠١٢٣٤٥٦٧٨٩٫٬")
FA_DIG = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")
DEV_DIG = str.maketrans("0123456789", "०१२३४५६७८९")
FW = {chr(c): chr(c + 0xFEE0) for c in range(0x21, 0x7F)}
FW[" "] = "\u3000"


def fullwidth(s):
    return "".join(FW.get(ch, ch) for ch in s)


def moji_latin1(s):
    """UTF-8 bytes shown as Windows-1252 (Latin-1 for the bytes cp1252 leaves undefined)."""
    out = []
    for by in s.encode("utf-8"):
        try:
            out.append(bytes([by]).decode("cp1252"))
        except UnicodeDecodeError:
            out.append(chr(by))
    return "".join(out)


def moji_cp1251(s):
    return s.encode("utf-8").decode("cp1251", errors="replace")


def pick(rng, xs):
    return xs[rng.randrange(len(xs))]


def handle(rng, words=None):
    w = words or ["lux", "best", "star", "deal", "shop", "trend", "mega", "happy", "gold", "top", "style", "city", "smart", "fast"]
    return f"{pick(rng, w)}{pick(rng, w)}{rng.randint(10, 9999)}"


COPY_EN = ["1:1 replica", "AAA quality copy", "mirror quality", "top grade replica", "high copy", "master copy", "rep, best batch",
           "first copy", "7A replica", "UA (unauthorized authentic) copy"]
FAST = ["Fast shipping.", "Ships in 24h.", "Discreet packaging.", "Worldwide shipping.", "Tracking number provided."]


def cue(rng):
    return pick(rng, COPY_EN)


# ----------------------------------------------------------------------------- counterfeit classes
# each returns dict(title, desc, usd or price(amount, cur) or None, market, seller_id, seller_name, url?, attrs?, lang, ship)

C = []
I = []


def cls(store, name, star, tactic, pool=None):
    def deco(fn):
        store.append((name, star, tactic, fn, pool))
        return fn
    return deco


WEAR = {"shoe", "apparel", "lux", "jewel", "watch"}
SHOES_ETC = lambda b: b.grp in {"shoe", "elec", "jewel", "apparel"} and b.usd < 1000  # noqa: E731
FMCG = lambda b: b.grp in {"fmcg", "beauty", "pharma", "auto"}  # noqa: E731
HIGH = lambda b: b.usd >= 90  # noqa: E731
NOT_RX = lambda b: b.cat != "prescription drugs"  # noqa: E731
DURABLE = lambda b: b.grp not in {"fmcg", "pharma", "soft", "beauty"}  # noqa: E731
FMCG_GEN = lambda b: b.grp in {"fmcg", "beauty", "auto"} or b.cat == "otc"  # noqa: E731
HIGH_DUR = lambda b: b.usd >= 90 and b.grp not in {"pharma"}  # noqa: E731


# --- third 1: how the deal is stated ---------------------------------------------------------------


@cls(C, "c_moq_tier_unit_price42", "", "wholesale MOQ and tiered unit prices for branded copies ('USD 3.20/pc, MOQ 50'); price field = top-tier unit price")
def _(rng, b):
    u = copy_usd(rng, b) * rng.uniform(0.5, 0.8)
    m = pick(rng, [20, 30, 50, 100, 200])
    t = [u * 1.25, u * 1.1, u]
    desc = (f"{b.mark} {b.item}. Wholesale price: {m}-{m*5-1} pcs USD {t[0]:.2f}/pc; {m*5}-{m*20-1} pcs USD {t[1]:.2f}/pc; "
            f"{m*20}+ pcs USD {t[2]:.2f}/pc. MOQ {m} pcs, mix styles OK. {pick(rng, ['Quality: AAA same as original.', 'Grade: 1:1 replica, logo printed.', 'High copy with full logo, retail box +0.5 USD.', 'Original-like quality, brand logo as picture.'])} "
            f"Sample order accepted. {pick(rng, FAST)}")
    return dict(title=f"Wholesale {b.mark} {b.item} MOQ {m} pcs factory price", desc=desc, usd=t[0], market=pick(rng, ["alibaba", "dhgate", "made-in-china", "aliexpress"]), lang="en", ship="CN")


@cls(C, "c_per_pair_lot_price42", "", "a lot of copies priced per pair/per piece ('price is per pair, lot of 20 pairs, mixed sizes'); price field = one pair", SHOES_ETC)
def _(rng, b):
    n = pick(rng, [10, 12, 20, 24, 36, 50])
    u = copy_usd(rng, b) * rng.uniform(0.5, 0.9)
    unit = "pair" if b.grp == "shoe" else "piece"
    desc = (f"Lot of {n} {unit}s of {b.mark} {b.item}. PRICE SHOWN IS PER {unit.upper()} - you must order the whole lot of {n} ({n} x USD {u:.2f}). "
            f"{pick(rng, ['Mixed sizes/colours as available.', 'Assorted, no choice.', 'Sizes 36-45 in the lot.'])} {pick(rng, ['Replica, good quality, logos complete.', 'Copy AAA, with tags.', 'Not original, high quality copy.', 'Factory copy, boxes not included.'])}")
    return dict(title=f"{b.mark} {b.item} - per {unit} - lot {n} {unit}s", desc=desc, usd=u, market=pick(rng, ["ebay", "dhgate", "aliexpress", "ebay-uk", "jumia-ng"]), lang="en")


@cls(C, "c_installment_copy42", "", "price field holds one instalment ('12x R$ 29,90 sem juros', '6 cuotas', '9 taksit'); the description says it is a copy")
def _(rng, b):
    mk = pick(rng, ["mercadolivre", "mercadolibre-mx", "mercadolibre-ar", "trendyol", "hepsiburada"])
    cur = MARKETS[mk][1]
    tot = conv(copy_usd(rng, b), cur)
    n = pick(rng, [6, 10, 12])
    inst = round(tot / n, 2)
    if mk == "mercadolivre":
        lang, t, d = "pt", f"{b.mark} {b.item} {n}x R$ {eu(inst)} sem juros", f"{b.mark} {b.item} réplica primeira linha, idêntico ao original. Em {n}x de R$ {eu(inst)} sem juros no cartão (total R$ {eu(tot)}). Envio imediato."
    elif mk.startswith("mercadolibre"):
        lang, t, d = "es", f"{b.mark} {b.item} {n} cuotas sin interés", f"{b.mark} {b.item} réplica AAA calidad espejo. {n} cuotas sin interés de $ {dots(inst)} (total $ {dots(tot)}). Envío gratis."
    else:
        lang, t, d = "tr", f"{b.mark} {b.item} {n} taksit", f"{b.mark} {b.item} birebir A kalite replika. {n} x {eu(inst)} TL taksit (toplam {eu(tot)} TL). Hızlı kargo."
    return dict(title=t, desc=d, price=(inst, cur), market=mk, lang=lang)


@cls(C, "c_deposit_rest_cod42", "", "price field is a small deposit ('$10 deposit, rest on delivery'), copy words in the description")
def _(rng, b):
    dep = pick(rng, [5, 10, 15, 20])
    tot = copy_usd(rng, b)
    desc = (f"{b.mark} {b.item} {cue(rng)}. Price in listing is DEPOSIT ONLY (${dep}) to book your piece, rest ${tot:.0f} paid on delivery (COD). "
            f"{pick(rng, ['Inbox size before paying.', 'Pay balance to the rider.', 'Balance via Zelle/CashApp when shipped.'])}")
    return dict(title=f"{b.mark} {b.item} - ${dep} deposit, rest on delivery", desc=desc, usd=dep, market=pick(rng, ["facebook-marketplace", "ebay", "carousell-sg", "jumia-ng", "dubizzle"]), lang="en")


@cls(C, "c_price_in_desc_only42", "", "no price field; the copy's price written only in the description")
def _(rng, b):
    tot = copy_usd(rng, b)
    desc = f"{b.mark} {b.item}, {cue(rng)}. Price: {tot:.0f} USD {pick(rng, ['shipped', 'incl. box', 'each', 'firm'])}. {pick(rng, FAST)}"
    return dict(title=f"{b.mark} {b.item} {pick(rng, ['new', 'in stock', 'hot sale', 'limited'])}", desc=desc, price=None, market=pick(rng, ["independent-web", "facebook-marketplace", "carousell-hk", "dubizzle", "gumtree-za"]), lang="en")


@cls(C, "c_placeholder_001_price42", "", "price field a placeholder 0.01 (or 1); the real copy price in the description")
def _(rng, b):
    tot = copy_usd(rng, b)
    ph = pick(rng, [0.01, 0.01, 1.0])
    desc = f"Price shown is not real, real price {tot:.0f} USD - contact us. {b.mark} {b.item} {cue(rng)}. {pick(rng, FAST)}"
    return dict(title=f"{b.mark} {b.item} contact seller for price", desc=desc, raw=ph, market=pick(rng, ["aliexpress", "dhgate", "wish", "joom", "ebay"]), lang="en", ship="CN")


@cls(C, "c_placeholder_999999_price42", "", "price field a placeholder 999999 / 99999; the copy's real price in the description")
def _(rng, b):
    tot = copy_usd(rng, b)
    mk = pick(rng, ["taobao", "xianyu", "dhgate", "aliexpress", "ebay"])
    cur = MARKETS[mk][1]
    ph = pick(rng, [999999.0, 99999.0, 9999.0 if b.usd < 300 else 999999.0])
    desc = f"Do not buy at this price! Ask for real price (about {conv(tot, cur):.0f} {cur}). {b.mark} {b.item}, {cue(rng)}, with box."
    return dict(title=f"{b.mark} {b.item} - ask price", desc=desc, price=(ph, cur), market=mk, lang="en")


@cls(C, "c_auction_start_bid_copy42", "", "auction 'start $0.99, no reserve' of a copy (mirror quality, no papers)")
def _(rng, b):
    st = pick(rng, [0.99, 1.0, 0.01, 9.99])
    desc = (f"Auction starts at ${st:g}, NO RESERVE, highest bid wins. {b.mark} {b.item}. {pick(rng, ['Mirror quality, not original, for collection.', 'Replica 1:1, I cannot guarantee authenticity so bidding low.', 'High-end copy, no papers no box.', 'Sold as replica / inspired item.'])}")
    return dict(title=f"{b.mark} {b.item} start ${st:g} no reserve", desc=desc, usd=st, market=pick(rng, ["ebay", "ebay-uk", "catawiki", "yahoo-auctions-jp", "ebay-au"]), lang="en")


@cls(C, "c_make_offer_copy42", "", "'make an offer / OBO' with a token price; the copy words in the description")
def _(rng, b):
    ask = copy_usd(rng, b)
    desc = f"{b.mark} {b.item}. {pick(rng, ['Make an offer!', 'OBO, all offers considered.', 'Best offer takes it.'])} {pick(rng, ['It is a rep, good batch.', 'Super copy, looks identical.', 'Replica, bought from a trusted seller, worn twice.', 'AAA copy, no receipt obviously.'])}"
    return dict(title=f"{b.mark} {b.item} make an offer", desc=desc, **({"usd": ask} if rng.random() < 0.6 else {"raw": 1.0}), market=pick(rng, ["ebay", "poshmark", "grailed", "facebook-marketplace", "vinted"]), lang="en")


@cls(C, "c_eu_decimal_comma_price42", "", "prices in European format in the text ('1.299,00 €', '49,90 €'), price field absent or the copy price; replica words in the local language")
def _(rng, b):
    mk = pick(rng, ["kleinanzeigen", "leboncoin", "wallapop", "subito", "ebay-de", "vinted"])
    tot = conv(copy_usd(rng, b), "EUR")
    uvp = conv(b.usd, "EUR")
    w = {"kleinanzeigen": ("de", "Replika, 1:1 Qualität, nicht original", "statt"), "ebay-de": ("de", "Nachbau in Top-Qualität, keine Originalware", "statt"),
         "leboncoin": ("fr", "réplique qualité miroir, pas original", "au lieu de"), "vinted": ("fr", "copie haute qualité, pas authentique", "au lieu de"),
         "wallapop": ("es", "réplica calidad 1:1, no es original", "en vez de"), "subito": ("it", "replica qualità 1:1, non originale", "invece di")}[mk]
    desc = f"{b.mark} {b.item}, {w[1]}. Nur / seulement / solo {eu(tot)} € ({w[2]} {eu(uvp)} €)."
    return dict(title=f"{b.mark} {b.item} {eu(tot)} €", desc=desc, price=None if rng.random() < 0.5 else (tot, "EUR"), market=mk, lang=w[0])


@cls(C, "c_idr_vnd_dot_price42", "", "Indonesian/Vietnamese dotted prices ('Rp 1.250.000', '450.000đ') in the text, KW / hàng fake words")
def _(rng, b):
    if rng.random() < 0.5:
        v = conv(copy_usd(rng, b), "IDR")
        return dict(title=f"{b.mark} {b.item} KW super premium Rp {dots(v)}", desc=f"{b.mark} {b.item} kualitas KW super / mirror, bukan ori. Harga Rp {dots(v)} nett. Bisa COD.",
                    price=None if rng.random() < 0.4 else (v, "IDR"), market=pick(rng, ["shopee-id", "tokopedia"]), lang="id")
    v = conv(copy_usd(rng, b), "VND")
    return dict(title=f"{b.mark} {b.item} hàng rep 1:1 giá {dots(v)}đ", desc=f"{b.mark} {b.item} hàng fake loại 1, rep 1:1 like auth. Giá {dots(v)}đ, freeship.",
                price=None if rng.random() < 0.4 else (v, "VND"), market="shopee-vn", lang="vi")


@cls(C, "c_inr_lakh_first_copy42", "", "Indian number grouping ('₹1,29,999' as MRP crossed out, '₹2,499' first copy); Hinglish/English", HIGH)
def _(rng, b):
    mrp = conv(b.usd, "INR")
    v = conv(copy_usd(rng, b), "INR")
    desc = f"{b.mark} {b.item} first copy / master copy. MRP ₹{lakh(mrp)} - offer price only ₹{lakh(v)}! {pick(rng, ['COD available.', 'Best quality in Delhi.', 'Cash on delivery pan India.'])}"
    return dict(title=f"{b.mark} {b.item} first copy ₹{lakh(v)} (MRP ₹{lakh(mrp)})", desc=desc, price=(v, "INR") if rng.random() < 0.6 else None,
                market=pick(rng, ["meesho", "flipkart", "amazon-in", "facebook-marketplace"]), lang="en")


@cls(C, "c_k_tr_tys_shorthand42", "", "price as shorthand in the text ('12k', '1,2 tr', '3 тыс', '2,5 bin TL', '45rb'), no price field, copy words")
def _(rng, b):
    k = rng.randrange(5)
    c = copy_usd(rng, b)
    if k == 0:
        v = conv(c, "VND") / 1e6
        return dict(title=f"{b.mark} {b.item} rep 1:1 chỉ {str(round(v, 1)).replace('.', ',')} tr", desc=f"Hàng replica loại 1. Giá {str(round(v, 1)).replace('.', ',')} tr bao ship.", price=None, market="shopee-vn", lang="vi")
    if k == 1:
        v = conv(c, "RUB") / 1000
        return dict(title=f"{b.mark} {b.item} реплика {round(v, 1)} тыс", desc=f"{b.mark} {b.item}, копия люкс качества. Цена {round(v, 1)} тыс руб.", price=None, market=pick(rng, ["avito", "kaspi"]), lang="ru")
    if k == 2:
        v = conv(c, "TRY") / 1000
        return dict(title=f"{b.mark} {b.item} A kalite {str(round(v, 1)).replace('.', ',')} bin TL", desc=f"Birebir replika. Fiyat {str(round(v, 1)).replace('.', ',')} bin TL.", price=None, market="sahibinden", lang="tr")
    if k == 3:
        v = conv(c, "IDR") / 1000
        return dict(title=f"{b.mark} {b.item} KW {int(v)}rb", desc=f"Barang KW super, bukan original. Harga {int(v)}rb aja.", price=None, market="tokopedia", lang="id")
    v = conv(c, "PHP") / 1000
    return dict(title=f"{b.mark} {b.item} class A {round(v, 1)}k", desc=f"Class A / OEM copy po. {round(v, 1)}k only, meet-up or ship.", price=None, market="lazada-ph", lang="en")


@cls(C, "c_native_digit_price42", "", "price in Arabic-Indic, Persian, Devanagari or full-width digits in the text ('٤٥٠ درهم', '￥２８０'), copy words")
def _(rng, b):
    k = rng.randrange(4)
    c = copy_usd(rng, b)
    if k == 0:
        mk = pick(rng, ["noon", "haraj", "opensooq", "olx-eg"])
        cur = MARKETS[mk][1]
        v = conv(c, cur)
        s = str(int(v)).translate(AR_DIG)
        return dict(title=f"{b.mark} {b.item} كوبي ون {s}", desc=f"{b.mark} {b.item} هاي كوبي درجة أولى، ليس أصلي. السعر {s} {cur}.", price=None, market=mk, lang="ar")
    if k == 1:
        v = conv(c, "USD")
        s = str(int(v * 600000)).translate(FA_DIG)
        return dict(title=f"{b.mark} {b.item} های کپی", desc=f"{b.mark} {b.item} کپی درجه یک (های کپی). قیمت {s} ریال", price=None, market="independent-web", lang="fa", ship="IR")
    if k == 2:
        v = conv(c, "INR")
        s = str(int(v)).translate(DEV_DIG)
        return dict(title=f"{b.mark} {b.item} फर्स्ट कॉपी ₹{s}", desc=f"{b.mark} {b.item} फर्स्ट कॉपी, मास्टर क्वालिटी। कीमत ₹{s} केवल।", price=None, market="meesho", lang="hi")
    v = conv(c, "CNY")
    return dict(title=fullwidth(f"{b.mark} ") + f"{b.item} 高仿 ￥{fullwidth(str(int(v)))}", desc=f"{b.mark} {b.item} 高仿一比一，￥{fullwidth(str(int(v)))}包邮。", price=None, market=pick(rng, ["xianyu", "taobao"]), lang="zh")


@cls(C, "c_super_clone_40_70pct42", "", "high-priced 'super clone / 1:1 mirror' at 40-70 % of retail", HIGH)
def _(rng, b):
    f = rng.uniform(0.4, 0.7)
    desc = (f"{b.mark} {b.item} {pick(rng, ['super clone', '1:1 mirror', 'superfake', 'clean factory super clone', 'top 1:1 mirror version'])}. "
            f"{pick(rng, ['Same materials, same weight, passes most checks.', 'Indistinguishable from retail, priced accordingly.', 'Not cheap because it is the best version on the market.', 'Genuine-grade parts, only difference is the serial.'])} Price reflects quality.")
    return dict(title=f"{b.mark} {b.item} super clone 1:1", desc=desc, usd=b.usd * f, market=pick(rng, ["independent-web", "ebay", "carousell-hk", "dhgate", "grailed"]), lang="en")


@cls(C, "c_carton_price_fmcg42", "", "fast-moving goods and medicines by the carton at a copy price ('USD 18/carton of 48'), OEM/repack words", FMCG)
def _(rng, b):
    n = pick(rng, [24, 48, 60, 100])
    u = b.usd * rng.uniform(0.15, 0.35)
    desc = (f"{b.mark} {b.item}. USD {u*n:.0f} per carton of {n} units (USD {u:.2f}/unit). {pick(rng, ['OEM production, same packing as original.', 'Repacked in original-style packaging, our factory.', 'Copy packaging, good quality, for resale.', 'Same formula as brand, we print the brand box.'])} Container orders welcome.")
    return dict(title=f"{b.mark} {b.item} carton {n} units factory price", desc=desc, usd=u * n, market=pick(rng, ["alibaba", "made-in-china", "1688", "dhgate"]), lang="en", ship="CN")


@cls(C, "c_item_cheap_shipping_loaded42", "", "item price tiny, shipping charge carries the real copy price ('item $4.99 + shipping $49')")
def _(rng, b):
    s = copy_usd(rng, b)
    it = pick(rng, [0.99, 1.99, 4.99])
    desc = f"{b.mark} {b.item}, {cue(rng)}. Item ${it} + shipping & handling ${s:.2f}. {pick(rng, ['Combined shipping not available.', 'Shipping is by EMS.'])}"
    return dict(title=f"{b.mark} {b.item} ${it}", desc=desc, usd=it, market=pick(rng, ["ebay", "wish", "walmart-mp", "ebay-au"]), lang="en", ship="CN")


# --- third 2: seller and provenance ---------------------------------------------------------------


def off_name(b):
    return b.mark.replace("'", "").replace(" ", "")


@cls(C, "c_fake_official_store_name42", "", "store name claims the brand's official store ('Nike Official Store Outlet') on an open marketplace, copy-level price")
def _(rng, b):
    n = pick(rng, [f"{b.mark} Official Store Outlet", f"{b.mark} Official Flagship", f"Official {b.mark} Store Global", f"{b.mark} Brand Official Shop", f"{b.mark} Factory Outlet Official"])
    desc = f"Welcome to {n}! 100% authentic {b.mark} {b.item}. {pick(rng, ['Clearance 85% off.', 'Year-end stock clearance.', 'Warehouse sale, limited stock.'])} {pick(rng, FAST)}"
    return dict(title=f"{b.mark} {b.item} - {pick(rng, ['official store', 'clearance', 'outlet sale'])}", desc=desc, usd=copy_usd(rng, b),
                market=pick(rng, ["aliexpress", "shopee-my", "lazada-ph", "temu", "wish", "tiktok-shop"]), seller=(handle(rng, [off_name(b).lower(), "official", "store", "outlet"]), n), lang="en")


@cls(C, "c_seller_id_factory_direct42", "", "seller id/handle claims the brand's factory ('apple_factory_direct', 'rolex.oem.factory'), copy price")
def _(rng, b):
    o = off_name(b).lower()
    sid = pick(rng, [f"{o}_factory_direct", f"{o}.oem.factory", f"{o}-manufacturer-store", f"{o}_original_factory", f"{o}factoryoutlet{rng.randint(1,99)}"])
    desc = f"{b.mark} {b.item}. Direct from manufacturer, no middleman. {pick(rng, ['Same production line.', 'Quality same as store.', 'Logo and packaging included.'])}"
    return dict(title=f"{b.mark} {b.item} factory direct", desc=desc, usd=copy_usd(rng, b), market=pick(rng, ["dhgate", "aliexpress", "ebay", "carousell-hk", "shopee-my"]), seller=(sid, ""), lang="en", ship="CN")


def lookalike_id(rng, sid):
    k = rng.randrange(5)
    if k == 0 and "0" in sid:
        return sid.replace("0", "O", 1)
    if k == 1:
        return sid + pick(rng, ["1", "-2", "_store", "-shop"])
    if k == 2 and "i" in sid.lower():
        i = sid.lower().rfind("i")
        return sid[:i] + ("l" if sid[i].islower() else "L") + sid[i + 1:]
    if k == 3 and "-" in sid:
        return sid.replace("-", "_")
    return sid[:-1] + sid[-1] * 2


@cls(C, "c_authorized_seller_lookalike42", "", "seller id and name a near copy of the brand's registered authorized seller on the same marketplace (0→O, extra suffix, l for i), copy price")
def _(rng, b):
    mk, sid, name = AUTH_SELLERS.get(b.id, ("ebay", off_name(b).lower() + "-official", b.mark + " Official"))
    nid = lookalike_id(rng, sid)
    if nid == sid:
        nid = sid + "1"
    nn = pick(rng, [name + " ", name + " Store", name.replace("o", "0", 1), name + " Outlet", name + " Official"]).strip()
    desc = f"{b.mark} {b.item}. {pick(rng, ['Brand new, clearance price.', 'Last stock, no returns.', 'Limited time only, genuine quality.'])}"
    return dict(title=f"{b.mark} {b.item}", desc=desc, usd=copy_usd(rng, b), market=mk, seller=(nid, nn), lang="en")


@cls(C, "c_shop_domain_outlet_url42", "", "a stand-alone shop on a brand-outlet-sale domain in the url field ('nike-outlet-sale.shop'), copy price")
def _(rng, b):
    o = off_name(b).lower()
    dom = pick(rng, [f"{o}-outlet-sale.shop", f"{o}official-store.top", f"{o}-clearance.online", f"shop-{o}-sale.com", f"{o}outletus.store"])
    desc = f"{pick(rng, ['Black Friday', 'Closing down', 'Anniversary', 'Warehouse'])} sale: {b.mark} {b.item} up to {pick(rng, [70, 80, 85, 90])}% off. Free shipping."
    return dict(title=f"{b.mark} {b.item}", desc=desc, usd=copy_usd(rng, b), market=pick(rng, ["shopify-store", "independent-web"]), seller=(dom, dom), url=f"https://{dom}/products/{o}-{rng.randint(1000,9999)}", lang="en")


@cls(C, "c_same_factory_direct42", "", "'factory direct / made in the same factory as the brand' with the mark, copy price")
def _(rng, b):
    desc = f"{b.mark} {b.item}. {pick(rng, ['Made in the same factory as the brand.', 'Same factory, same materials, only without the store markup.', 'We are the factory that produces for the brand.', 'Same factory as original - the difference is only the price.'])} {pick(rng, FAST)}"
    return dict(title=f"{b.mark} {b.item} same factory", desc=desc, usd=copy_usd(rng, b), market=pick(rng, ["dhgate", "aliexpress", "ebay", "facebook-marketplace", "jumia-ng"]), lang="en")


@cls(C, "c_oem_factory_overrun42", "", "'OEM factory overrun' of the branded goods sold outside the brand")
def _(rng, b):
    desc = f"{b.mark} {b.item} - factory overrun. {pick(rng, ['Extra units made beyond the order, genuine materials.', 'OEM overrun, no hang tags, 100% same as retail.', 'Overrun from the brand supplier, may have no serial.'])} {pick(rng, ['Limited qty.', 'First come first served.'])}"
    return dict(title=f"{b.mark} {b.item} OEM overrun", desc=desc, usd=copy_usd(rng, b), market=pick(rng, ["ebay", "carousell-sg", "lazada-ph", "shopee-my", "dhgate"]), lang="en")


@cls(C, "c_cancelled_order_stock42", "", "'cancelled export order / buyer cancelled, brand stock for sale' of the brand's goods at copy prices")
def _(rng, b):
    desc = f"{b.mark} {b.item}. {pick(rng, ['Export order cancelled by the buyer, we sell the stock here.', 'Cancelled order from a European client, goods with full branding.', 'Buyer cancelled - 500 pcs left, brand labels already sewn.'])} {pick(rng, ['Cheap clearance.', 'Below cost.'])}"
    return dict(title=f"{b.mark} {b.item} cancelled order stock", desc=desc, usd=copy_usd(rng, b), market=pick(rng, ["alibaba", "dhgate", "1688", "ebay", "facebook-marketplace"]), lang="en", ship="CN")


@cls(C, "c_tail_goods_weihuo42", "", "'tail goods / 尾货 / stock lot' from a factory of the brand, machine-Chinese English")
def _(rng, b):
    desc = f"{b.mark} {b.item} 尾货 tail goods. {pick(rng, ['Factory tail goods, same as counter, cut label.', 'Tail single stock, original factory, little quantity.', 'Foreign trade tail goods, brand logo complete.'])} 剪标 cut label."
    return dict(title=f"{b.mark} {b.item} 尾货 tail goods", desc=desc, usd=copy_usd(rng, b), market=pick(rng, ["1688", "taobao", "xianyu", "dhgate", "aliexpress"]), lang="en", ship="CN")


@cls(C, "c_bgrade_seconds_nonbrand42", "", "'B-grade factory seconds' of the brand's goods from a factory or trader (not the brand), copy price")
def _(rng, b):
    desc = f"{b.mark} {b.item}, B-grade / factory seconds. {pick(rng, ['Small stitching defects, not noticeable.', 'Rejected by QC at the factory, sold by us.', 'Seconds from the manufacturer, logo slightly off.'])} No returns."
    return dict(title=f"{b.mark} {b.item} B grade factory seconds", desc=desc, usd=copy_usd(rng, b), market=pick(rng, ["ebay", "dhgate", "facebook-marketplace", "gumtree-za", "daraz-pk"]), lang="en")


@cls(C, "c_pre_production_sample42", "", "'pre-production sample / factory sample room' of the brand's goods from a factory, several for sale")
def _(rng, b):
    desc = f"{b.mark} {b.item} - factory sample. {pick(rng, ['From our sample room, several available.', 'Pre-production sample, same as retail version.', 'Sales sample, 20 pcs available, logo complete.'])}"
    return dict(title=f"{b.mark} {b.item} factory sample", desc=desc, usd=copy_usd(rng, b), market=pick(rng, ["ebay", "dhgate", "xianyu", "carousell-hk", "aliexpress"]), lang="en", ship="CN")


@cls(C, "c_deadstock_warehouse_copy42", "", "'deadstock / warehouse find' of the brand's goods, many sizes, copy price, no receipt")
def _(rng, b):
    desc = f"{b.mark} {b.item} DS deadstock. {pick(rng, ['Warehouse find, all sizes available.', 'Deadstock from a closed factory, replacement box.', 'Brand new deadstock, no receipt, many pieces.'])}"
    return dict(title=f"{b.mark} {b.item} deadstock all sizes", desc=desc, usd=copy_usd(rng, b), market=pick(rng, ["ebay", "grailed", "facebook-marketplace", "kijiji", "vinted"]), lang="en")


@cls(C, "c_customs_seized_resale42", "", "'customs-seized / confiscated goods' resold with the brand's mark at copy prices")
def _(rng, b):
    desc = f"{b.mark} {b.item}. {pick(rng, ['Bought at a customs auction (seized shipment).', 'Confiscated goods lot, sold as is, authenticity not guaranteed.', 'From a seized container, 300 pcs, selling by piece.'])}"
    return dict(title=f"{b.mark} {b.item} customs seized stock", desc=desc, usd=copy_usd(rng, b), market=pick(rng, ["ebay", "facebook-marketplace", "jumia-ng", "olx-eg", "avito-ma"]), lang="en")


@cls(C, "c_liquidation_lot_copy42", "", "'boutique liquidation' lots of the brand's goods at copy price per piece, many pieces")
def _(rng, b):
    n = pick(rng, [15, 30, 40, 60])
    u = copy_usd(rng, b)
    desc = f"Liquidation of a boutique: {n} x {b.mark} {b.item}, USD {u:.0f} each, take all for USD {u*n*0.9:.0f}. {pick(rng, ['No papers.', 'Not authenticated.', 'Sold as is.'])}"
    return dict(title=f"Liquidation {b.mark} {b.item} lot {n} pcs", desc=desc, usd=u, market=pick(rng, ["ebay", "liquidation-com", "facebook-marketplace", "dubizzle"]), lang="en")


@cls(C, "c_fake_parallel_import42", "", "'parallel import, no local warranty' claimed for goods at a copy price with a same-factory hint")
def _(rng, b):
    desc = f"{b.mark} {b.item}, parallel import, no local warranty. {pick(rng, ['Same factory as the official one.', 'Export version, 1:1 to the original.', 'Grey import from Asia factory, identical quality.'])}"
    return dict(title=f"{b.mark} {b.item} parallel import", desc=desc, usd=copy_usd(rng, b), market=pick(rng, ["carousell-sg", "ebay-au", "shopee-my", "amazon-in", "gumtree-za"]), lang="en")


@cls(C, "c_unauthorized_dealer_copy42", "", "'we are not an authorized dealer' said honestly, then 'mirror grade' goods at copy price")
def _(rng, b):
    desc = f"We are NOT an authorized {b.mark} dealer. {b.mark} {b.item}, {pick(rng, ['mirror grade', 'top replica', 'AAA copy', 'high-end reproduction'])}, {pick(rng, ['buy at your own discretion.', 'for personal use.'])}"
    return dict(title=f"{b.mark} {b.item} (unauthorized dealer)", desc=desc, usd=copy_usd(rng, b), market=pick(rng, ["ebay", "independent-web", "carousell-hk", "dubizzle"]), lang="en")


@cls(C, "c_verified_badge_seller42", "", "seller name with a 'Verified Authentic ✓' badge, '100% authentic guaranteed' at a copy price")
def _(rng, b):
    n = pick(rng, ["Verified Authentic ✓ LuxeHub", "✅ Authentic Only Store", "Authenticity Guaranteed Outlet", "Legit Check Passed ✔ Shop", "Certified Genuine Deals"])
    desc = f"{b.mark} {b.item}. 100% authentic guaranteed, legit check passed. {pick(rng, ['Price low because we buy in bulk.', 'No receipt, but guaranteed.', 'Best price online.'])}"
    return dict(title=f"{b.mark} {b.item} 100% authentic", desc=desc, usd=copy_usd(rng, b), market=pick(rng, ["ebay", "shopee-my", "lazada-ph", "carousell-sg", "tiktok-shop"]), seller=(handle(rng), n), lang="en")


@cls(C, "c_staff_channel_neigou42", "", "'internal staff purchase channel / 内购' of the brand at copy price")
def _(rng, b):
    desc = f"{b.mark} {b.item} 内购 staff purchase channel. {pick(rng, ['Employee price, limited quota.', 'Internal channel goods, same as counter.', 'Staff discount stock, no receipt.'])}"
    return dict(title=f"{b.mark} {b.item} 内购 employee price", desc=desc, usd=copy_usd(rng, b), market=pick(rng, ["xianyu", "taobao", "pinduoduo", "carousell-hk", "ruten"]), lang="en")


# --- third 3: machine-translated and mangled text ------------------------------------------------


@cls(C, "c_mt_zh_original_single42", "", "Chinese seller slang machine-translated: 'original single', 'counter version', 'top version', 'pure original', 'company level'")
def _(rng, b):
    ws = ["original single", "counter version", "top version", "pure original", "company level", "original single goods", "top layer version"]
    w1, w2 = rng.sample(ws, 2)
    desc = f"{b.mark} {b.item} {w1}. {w2.capitalize()}, {pick(rng, ['details in place, please rest assured to buy', 'workmanship is fine, the same with the counter is not different', 'support any test, dear', 'price is not the same quality is not the same'])}."
    return dict(title=f"{b.mark} {b.item} {w1} {w2}", desc=desc, usd=copy_usd(rng, b), market=pick(rng, ["aliexpress", "dhgate", "taobao", "wish", "joom"]), lang="en", ship="CN")


@cls(C, "c_mt_zh_same_paragraph42", "*", "machine-translated 'same paragraph', 'the same as the counter', 'high imitation', 'A goods' around the mark")
def _(rng, b):
    desc = f"{b.mark} same paragraph {b.item}. {pick(rng, ['High imitation', 'A goods', 'Top A goods', 'High imitation 1:1'])}, {pick(rng, ['the same as the counter', 'and the counter is the same', 'with the counter consistent'])}. {pick(rng, ['Pro, do not miss.', 'Dear, the picture is real shot.'])}"
    return dict(title=f"{b.mark} same paragraph {b.item} high imitation", desc=desc, usd=copy_usd(rng, b), market=pick(rng, ["aliexpress", "dhgate", "temu", "wish", "1688"]), lang="en", ship="CN")


@cls(C, "c_mt_ko_grade_slang42", "", "Korean copy slang machine-translated ('genuine level', 'mirror grade', 'S class', 'the best in the class') around the mark")
def _(rng, b):
    desc = f"{b.mark} {b.item} {pick(rng, ['genuine level', 'mirror grade', 'S class', 'super A grade', 'Lux 1:1'])}. {pick(rng, ['The quality that cannot be distinguished from the genuine product.', 'Genuine product comparison is possible.', 'It is a product of the best in the class in Korea.'])} (미러급)"
    return dict(title=f"{b.mark} {b.item} {pick(rng, ['genuine level', 'mirror grade', 'S class'])}", desc=desc, usd=copy_usd(rng, b), market=pick(rng, ["bunjang", "gmarket", "coupang", "independent-web"]), lang="en")


@cls(C, "c_mt_tr_birebir42", "", "Turkish copy words machine-translated ('one to one', 'A quality', 'original equivalent', 'mirror product')")
def _(rng, b):
    desc = f"{b.mark} {b.item} {pick(rng, ['one to one', 'A quality', 'original equivalent', 'mirror product', 'A+ quality one-to-one'])}. {pick(rng, ['It is not original, it is one to one the same.', 'Original equivalent product, with invoice is not.', 'Cargo is free.'])}"
    return dict(title=f"{b.mark} {b.item} one to one A quality", desc=desc, price=(conv(copy_usd(rng, b), "TRY"), "TRY"), market=pick(rng, ["trendyol", "hepsiburada", "sahibinden"]), lang="en")


@cls(C, "c_mt_id_ori_kw42", "", "Indonesian/Malay copy words machine-translated ('original premium', 'super KW', 'mirror quality', 'not ori')")
def _(rng, b):
    desc = f"{b.mark} {b.item} {pick(rng, ['original premium', 'super KW', 'mirror quality', 'premium grade not ori'])}. {pick(rng, ['Ready stock sis, can COD.', 'Quality like ori, the price is friendly.', 'Not ori ya sis, but the quality is the same.'])}"
    return dict(title=f"{b.mark} {b.item} super KW premium", desc=desc, usd=copy_usd(rng, b), market=pick(rng, ["shopee-id", "tokopedia", "shopee-my"]), lang="en")


@cls(C, "c_mt_vi_th_like_auth42", "", "Vietnamese/Thai copy words machine-translated ('goods like auth', 'rep 1:1 goods', 'mirror work', 'premium grade work')")
def _(rng, b):
    if rng.random() < 0.5:
        return dict(title=f"{b.mark} {b.item} goods like auth", desc=f"{b.mark} {b.item}, goods like auth, rep 1:1 goods, full box bill. Check goods before payment.", price=(conv(copy_usd(rng, b), "VND"), "VND"), market="shopee-vn", lang="en")
    return dict(title=f"{b.mark} {b.item} mirror work premium grade", desc=f"{b.mark} {b.item}, mirror work, premium grade work, same as the shop. Can check first.", price=(conv(copy_usd(rng, b), "THB"), "THB"), market="shopee-th", lang="en")


@cls(C, "c_mt_zh_into_other_langs42", "*", "Chinese seller slang machine-translated into Spanish/French/German/Russian/Portuguese ('versión de mostrador', 'version comptoir', 'Theken-Version', 'оригинальный сингл')")
def _(rng, b):
    k = rng.randrange(5)
    t = [("es", "versión de mostrador, imitación alta, mercancía A", "aliexpress"), ("fr", "version comptoir, haute imitation, marchandise A", "joom"),
         ("de", "Theken-Version, hohe Nachahmung, A-Ware", "joom"), ("ru", "версия прилавка, высокая имитация, товар А, оригинальный сингл", "aliexpress"),
         ("pt", "versão do balcão, alta imitação, mercadoria A", "aliexpress")][k]
    return dict(title=f"{b.mark} {b.item} {t[1].split(',')[0]}", desc=f"{b.mark} {b.item}: {t[1]}.", usd=copy_usd(rng, b), market=t[2], lang=t[0], ship="CN")


@cls(C, "c_mojibake_latin1_42", "", "UTF-8 read as Latin-1 in mark and cue (L'OrÃ©al, EstÃ©e, é«˜ä»¿ for 高仿, rÃ©plica)")
def _(rng, b):
    t = f"{b.mark} {b.item} {pick(rng, ['高仿', 'réplica', 'réplique', 'Replik – 1:1', 'copie qualité'])}"
    d = f"{b.mark} {b.item} — {pick(rng, ['高仿 一比一', 'réplica calidad espejo', 'réplique 1:1 qualité miroir', 'Nachbau – Spiegelqualität'])}. Envío/Livraison rápida."
    return dict(title=moji_latin1(t), desc=moji_latin1(d), usd=copy_usd(rng, b), market=pick(rng, ["aliexpress", "cdiscount", "wallapop", "leboncoin", "joom"]), lang="en")


@cls(C, "c_mojibake_cp1251_42", "", "Russian/Ukrainian copy words in UTF-8 read as cp1251 (РєРѕРїРёСЏ for копия), the mark in Latin")
def _(rng, b):
    cw = pick(rng, ["копия люкс", "реплика 1:1", "копія високої якості", "лакшери копия", "зеркальная копия"])
    t = f"{b.mark} {b.item} {moji_cp1251(cw)}"
    d = moji_cp1251(f"{b.mark} {b.item} — {cw}. Не оригинал. Доставка по всей стране.")
    return dict(title=t, desc=d, usd=copy_usd(rng, b), market=pick(rng, ["avito", "wildberries", "ozon", "olx-ua"]), lang="ru")


@cls(C, "c_html_entities42", "", "HTML entities left in the text around the mark and cue (Levi&#39;s, M&amp;M, &quot;1:1&quot;, &nbsp;)")
def _(rng, b):
    def ent(s):
        return s.replace("&", "&amp;").replace("'", "&#39;").replace(" ", pick(rng, [" ", "&nbsp;", " "]), 2)
    t = ent(f"{b.mark} {b.item}") + " &quot;" + pick(rng, ["1:1", "AAA", "Replica", "Mirror"]) + "&quot;"
    d = ent(f"{b.mark} {b.item}") + f" &ndash; {cue(rng)} &lt;br&gt;{pick(rng, FAST)}"
    return dict(title=t, desc=d, usd=copy_usd(rng, b), market=pick(rng, ["ebay", "aliexpress", "dhgate", "independent-web", "walmart-mp"]), lang="en")


@cls(C, "c_url_encoded42", "*", "URL-encoding left in title/description ('Gucci%20GG%20Marmont%20replica', '%E9%AB%98%E4%BB%BF')")
def _(rng, b):
    t = urllib.parse.quote(f"{b.mark} {b.item} {pick(rng, ['replica', 'AAA copy', '高仿', 'mirror 1:1'])}", safe="")
    if rng.random() < 0.5:
        t = t.replace("%20", "+")
    d = urllib.parse.quote(f"{b.mark} {b.item}, {cue(rng)}.", safe=" ") if rng.random() < 0.5 else f"{b.mark} {b.item}, {cue(rng)}."
    return dict(title=t, desc=d, usd=copy_usd(rng, b), market=pick(rng, ["aliexpress", "dhgate", "wish", "independent-web", "shopify-store"]), lang="en", ship="CN")


@cls(C, "c_escaped_unicode42", "", "JSON escapes and control sequences left in the text (\\u9ad8\\u4eff, \\n, \\\" around the mark and cue)")
def _(rng, b):
    cw = pick(rng, ["高仿", "复刻", "一比一"])
    esc = "".join(f"\\u{ord(c):04x}" for c in cw)
    t = f"{b.mark} {b.item} {esc} 1:1"
    d = f"\\\"{b.mark} {b.item}\\\"\\n{esc} {cue(rng)}\\nShip from China\\t{pick(rng, FAST)}"
    return dict(title=t, desc=d, usd=copy_usd(rng, b), market=pick(rng, ["aliexpress", "dhgate", "temu", "joom"]), lang="en", ship="CN")


@cls(C, "c_title_cut_midword42", "", "titles cut at a platform limit (40/60/80 chars) mid-word after a long copy preamble; the rest in the description")
def _(rng, b):
    pre = pick(rng, ["TOP QUALITY 1:1 MIRROR AAA+ NEW 2026 HOT SALE ", "Replica High End Best Batch Fast Ship Free Gift ", "Super Clone Premium Grade Full Set Box Papers "])
    full = pre + f"{b.mark} {b.item}"
    lim = pick(rng, [40, 60, 80])
    cut = len(pre) + max(3, len(b.mark) - 2) if len(pre) + len(b.mark) > lim else lim
    title = full[:min(cut, len(full) - 1)]
    return dict(title=title, desc=f"{full}. {pick(rng, FAST)}", usd=copy_usd(rng, b), market=pick(rng, ["ebay", "aliexpress", "dhgate", "mercari-jp", "walmart-mp"]), lang="en")


@cls(C, "c_seo_stuffed_title42", "", "keyword-stuffed SEO title (generic words and non-demo luxury names around the mark) on a copy")
def _(rng, b):
    extra = rng.sample(["luxury", "designer", "inspired", "women", "men", "gift", "2026", "new", "trendy", "best", "cheap", "hot", "prada", "hermes", "chanel", "balenciaga", "original", "sale"], 8)
    title = " ".join([b.mark, b.item] + extra)
    return dict(title=title, desc=f"{b.mark} {b.item}. {cue(rng)}. {' '.join(extra)}", usd=copy_usd(rng, b), market=pick(rng, ["aliexpress", "dhgate", "wish", "walmart-mp", "temu"]), lang="en", ship="CN")


@cls(C, "c_tag_list_copy42", "", "a plain title; 'tags: <mark>, <line>, replica, ...' list in the description is the only naming, copy price")
def _(rng, b):
    tags = [b.mark.lower(), b.item.split()[0].lower(), pick(rng, ["replica", "rep", "1:1", "aaa", "dupe"]), pick(rng, ["prada", "hermes", "chanel", "fendi"]), "cheap", "gift"]
    rng.shuffle(tags)
    return dict(title=f"{b.plain} {pick(rng, ['new', 'hot', '2026'])}", desc=f"{b.plain}, {pick(rng, ['high quality', 'same as pictures', 'top batch'])}.\ntags: {', '.join(tags)}",
                usd=copy_usd(rng, b), market=pick(rng, ["aliexpress", "dhgate", "etsy", "vinted", "poshmark"]), lang="en")


@cls(C, "c_fullwidth_mark_cue42", "", "full-width letters for the mark and cue (ＮＩＫＥ　ＡＡＡ) on Japanese/Chinese marketplaces")
def _(rng, b):
    t = fullwidth(f"{b.mark} ") + b.item + " " + fullwidth(pick(rng, ["AAA", "1:1", "N品", "S級 コピー", "スーパーコピー"]))
    d = fullwidth(b.mark) + f" {b.item}、{pick(rng, ['スーパーコピー品', 'N級品', '高仿 一比一', '复刻版'])}。"
    return dict(title=t, desc=d, usd=copy_usd(rng, b), market=pick(rng, ["mercari-jp", "rakuten", "taobao", "ruten"]), lang="ja")


# ----------------------------------------------------------------------------- innocent classes


def fair(rng, b, lo=0.92, hi=1.08):
    return b.usd * rng.uniform(lo, hi)


@cls(I, "in_auction_low_start_genuine42", "", "genuine used item at auction, 'start $0.99, no reserve', receipt/history stated", DURABLE)
def _(rng, b):
    st = pick(rng, [0.99, 1.0, 9.99])
    desc = f"Genuine {b.mark} {b.item}, used, bought at {pick(rng, ['the brand store', 'an authorised retailer', 'the official website'])} in 2024, receipt included. Starting at ${st:g}, no reserve - let the market decide."
    return dict(title=f"{b.mark} {b.item} - genuine - start ${st:g} no reserve", desc=desc, usd=st, market=pick(rng, ["ebay", "ebay-uk", "catawiki", "yahoo-auctions-jp"]), lang="en")


@cls(I, "in_wholesale_authorized_distributor42", "", "genuine wholesale from a named authorised distributor, MOQ and tiers at trade prices (55-75 % of retail)")
def _(rng, b):
    u = b.usd * rng.uniform(0.55, 0.75)
    m = pick(rng, [6, 12, 24])
    desc = (f"Authorised {b.mark} distributor, invoices with VAT. MOQ {m} units; {m}-{m*4-1}: USD {u:.2f}/unit, {m*4}+: USD {u*0.95:.2f}/unit. "
            f"Genuine stock with manufacturer warranty, B2B accounts only.")
    return dict(title=f"{b.mark} {b.item} - trade pack, authorised distributor", desc=desc, usd=u, market=pick(rng, ["alibaba", "amazon-de", "ebay-uk", "bol"]), lang="en")


@cls(I, "in_installment_genuine42", "", "genuine new goods sold on instalments by a retailer; price field holds one instalment ('12x R$ 299,90 sem juros')", HIGH_DUR)
def _(rng, b):
    mk = pick(rng, ["mercadolivre", "mercadolibre-mx", "mercadolibre-ar", "trendyol", "amazon-in"])
    cur = MARKETS[mk][1]
    tot = conv(fair(rng, b), cur)
    n = pick(rng, [10, 12])
    inst = round(tot / n, 2)
    if mk == "mercadolivre":
        lang, t, d = "pt", f"{b.mark} {b.item} original {n}x sem juros", f"{b.mark} {b.item} original, nota fiscal e garantia de 1 ano. {n}x de R$ {eu(inst)} sem juros (R$ {eu(tot)} à vista)."
    elif mk.startswith("mercadolibre"):
        lang, t, d = "es", f"{b.mark} {b.item} original {n} meses sin intereses", f"{b.mark} {b.item} original con factura y garantía oficial. {n} MSI de $ {dots(inst)} (total $ {dots(tot)})."
    elif mk == "trendyol":
        lang, t, d = "tr", f"{b.mark} {b.item} orijinal {n} taksit", f"{b.mark} {b.item} orijinal, faturalı, distribütör garantili. {n} x {eu(inst)} TL (toplam {eu(tot)} TL)."
    else:
        lang, t, d = "en", f"{b.mark} {b.item} No Cost EMI {n} months", f"Genuine {b.mark} {b.item} with brand warranty. No Cost EMI ₹{lakh(inst)}/month x {n} (total ₹{lakh(tot)})."
    return dict(title=t, desc=d, price=(inst, cur), market=mk, lang=lang)


@cls(I, "in_deposit_preorder_genuine42", "", "genuine pre-order or reservation: price field a deposit, balance on arrival, receipt/warranty stated", DURABLE)
def _(rng, b):
    dep = pick(rng, [20, 50, 100]) if b.usd > 150 else pick(rng, [5, 10])
    desc = f"Pre-order: genuine {b.mark} {b.item}, official retail stock arriving next month. Pay ${dep} deposit now, balance ${b.usd - dep:.0f} on arrival. Manufacturer warranty, receipt in your name."
    return dict(title=f"{b.mark} {b.item} pre-order deposit ${dep}", desc=desc, usd=dep, market=pick(rng, ["ebay", "carousell-sg", "facebook-marketplace", "independent-web"]), lang="en")


@cls(I, "in_price_placeholder_genuine42", "", "genuine goods from a shop with an empty/0.01/999999 price field and a fair price in the description")
def _(rng, b):
    p = fair(rng, b)
    ph = pick(rng, [None, 0.01, 999999.0])
    desc = f"Genuine {b.mark} {b.item}, new and sealed, from our shop with receipt. Price: USD {p:.0f}. {pick(rng, ['Message us to reserve.', 'Listing price is a placeholder, see this price.'])}"
    return dict(title=f"{b.mark} {b.item} - new - see description for price", desc=desc, **({"price": None} if ph is None else {"raw": ph}), market=pick(rng, ["ebay", "carousell-sg", "independent-web", "kijiji"]), lang="en")


@cls(I, "in_make_offer_genuine42", "", "genuine used goods, 'make an offer', asking near the used price, proof of purchase", DURABLE)
def _(rng, b):
    p = b.usd * rng.uniform(0.5, 0.8)
    desc = f"{b.mark} {b.item}, genuine, used {pick(rng, ['a few times', 'for a year', 'lightly'])}. Original receipt and box. Asking ${p:.0f} or make me an offer."
    return dict(title=f"{b.mark} {b.item} OBO", desc=desc, usd=p, market=pick(rng, ["ebay", "poshmark", "grailed", "facebook-marketplace", "kijiji"]), lang="en")


@cls(I, "in_local_number_formats_genuine42", "", "genuine goods at fair prices written in local formats ('1.299,00 €', 'Rp 3.250.000', '₹1,29,999', '1,2 tr', '3 тыс')")
def _(rng, b):
    k = rng.randrange(5)
    p = fair(rng, b, 0.85, 1.0)
    if k == 0:
        v = conv(p, "EUR")
        return dict(title=f"{b.mark} {b.item} original {eu(v)} €", desc=f"Original {b.mark} {b.item}, neu, Rechnung vom Fachhändler. Preis {eu(v)} €.", price=(v, "EUR"), market=pick(rng, ["kleinanzeigen", "ebay-de"]), lang="de")
    if k == 1:
        v = conv(p, "IDR")
        return dict(title=f"{b.mark} {b.item} original Rp {dots(v)}", desc=f"{b.mark} {b.item} ORI 100%, garansi resmi. Harga Rp {dots(v)}.", price=None if rng.random() < 0.5 else (v, "IDR"), market="tokopedia", lang="id")
    if k == 2:
        v = conv(p, "INR")
        return dict(title=f"{b.mark} {b.item} ₹{lakh(v)}", desc=f"Genuine {b.mark} {b.item} with GST bill and brand warranty. ₹{lakh(v)}.", price=(v, "INR"), market=pick(rng, ["flipkart", "amazon-in"]), lang="en")
    if k == 3:
        v = conv(p, "VND") / 1e6
        return dict(title=f"{b.mark} {b.item} chính hãng {str(round(v, 1)).replace('.', ',')} tr", desc=f"{b.mark} {b.item} chính hãng, bảo hành chính hãng, có hóa đơn. Giá {str(round(v, 1)).replace('.', ',')} tr.", price=None, market="shopee-vn", lang="vi")
    v = conv(p, "RUB") / 1000
    return dict(title=f"{b.mark} {b.item} оригинал {round(v)} тыс", desc=f"{b.mark} {b.item}, оригинал, чек из магазина, гарантия. Цена {round(v)} тыс руб.", price=None, market="avito", lang="ru")


@cls(I, "in_native_digits_genuine42", "", "genuine goods at fair prices in Arabic-Indic, Devanagari or full-width digits")
def _(rng, b):
    k = rng.randrange(3)
    p = fair(rng, b, 0.85, 1.0)
    if k == 0:
        mk = pick(rng, ["noon", "haraj", "dubizzle"])
        cur = MARKETS[mk][1]
        v = conv(p, cur)
        s = str(int(v)).translate(AR_DIG)
        return dict(title=f"{b.mark} {b.item} أصلي {s}", desc=f"{b.mark} {b.item} أصلي مع فاتورة وضمان الوكيل. السعر {s} {cur}.", price=None, market=mk, lang="ar")
    if k == 1:
        v = conv(p, "INR")
        s = str(int(v)).translate(DEV_DIG)
        return dict(title=f"{b.mark} {b.item} ओरिजिनल ₹{s}", desc=f"{b.mark} {b.item} ओरिजिनल, बिल और वारंटी के साथ। कीमत ₹{s}।", price=None, market="flipkart", lang="hi")
    v = conv(p, "JPY")
    return dict(title=fullwidth(b.mark) + f" {b.item} 正規品 ￥{fullwidth(f'{int(v):,}')}", desc=f"{b.mark} {b.item} 正規品、国内正規店で購入、保証書付き。価格 ￥{fullwidth(f'{int(v):,}')}。", price=None, market=pick(rng, ["mercari-jp", "rakuten"]), lang="ja")


@cls(I, "in_carton_genuine_fmcg42", "", "genuine fast-moving goods by the case from a cash & carry or the brand's distributor at trade price", FMCG_GEN)
def _(rng, b):
    n = pick(rng, [6, 12, 24])
    u = b.usd * rng.uniform(0.75, 0.95)
    desc = f"{b.mark} {b.item}, case of {n}. Genuine stock from {pick(rng, ['our cash & carry', 'the official distributor', 'a national wholesaler'])}, batch codes and expiry shown. USD {u*n:.0f} per case."
    return dict(title=f"{b.mark} {b.item} - case of {n}", desc=desc, usd=u * n, market=pick(rng, ["amazon-us", "ebay-uk", "bol", "walmart-mp"]), lang="en")


@cls(I, "in_per_pair_returns_lot_genuine42", "", "genuine retailer customer-returns lots priced per pair/unit by a liquidator, manifest and retailer named", SHOES_ETC)
def _(rng, b):
    n = pick(rng, [10, 20, 40])
    u = b.usd * rng.uniform(0.3, 0.5)
    desc = f"Customer returns from a national retailer: {n} x {b.mark} {b.item}, manifest attached. Price per {('pair' if b.grp == 'shoe' else 'unit')} USD {u:.0f}; lot only. Authentic retail stock, some open box."
    return dict(title=f"{b.mark} {b.item} returns lot - price per unit", desc=desc, usd=u, market=pick(rng, ["bstock", "liquidation-com", "ebay"]), lang="en")


@cls(I, "in_parallel_import_genuine42", "", "genuine parallel import, 'no local warranty', near retail price")
def _(rng, b):
    p = fair(rng, b, 0.8, 0.95)
    desc = f"{b.mark} {b.item}, genuine, parallel import from {pick(rng, ['Japan', 'Hong Kong', 'the US', 'Europe'])}. No local warranty; international warranty card where applicable. Sealed."
    return dict(title=f"{b.mark} {b.item} (parallel import, no local warranty)", desc=desc, usd=p, market=pick(rng, ["carousell-sg", "shopee-my", "ebay-au", "lazada-ph", "amazon-in"]), lang="en")


@cls(I, "in_unauthorized_dealer_honest42", "", "honest 'we are not an authorized dealer': genuine goods bought at retail, warranty caveat, fair price")
def _(rng, b):
    desc = f"We are not an authorized {b.mark} dealer. This {b.mark} {b.item} is genuine, bought from retail; the manufacturer's warranty may not apply. 30-day returns."
    return dict(title=f"{b.mark} {b.item} - new - independent seller", desc=desc, usd=fair(rng, b, 0.88, 1.0), market=pick(rng, ["ebay", "amazon-us", "walmart-mp", "independent-web"]), lang="en")


@cls(I, "in_liquidation_genuine42", "", "bankruptcy / store-closure liquidation of an authorised retailer's genuine stock, receiver named, sensible prices")
def _(rng, b):
    desc = f"Court-ordered liquidation of {pick(rng, ['a closed authorised retailer', 'a department store chain', 'a sports shop in administration'])}. {b.mark} {b.item}, genuine retail stock, sold by the receiver. Invoices available."
    return dict(title=f"{b.mark} {b.item} - liquidation (authorised retailer stock)", desc=desc, usd=b.usd * rng.uniform(0.55, 0.8), market=pick(rng, ["govdeals", "liquidation-com", "ebay", "catawiki"]), lang="en")


@cls(I, "in_deadstock_genuine42", "*", "genuine deadstock (unworn, old release) with purchase proof, at or above retail", DURABLE)
def _(rng, b):
    desc = f"{b.mark} {b.item}, DS / deadstock, bought at {pick(rng, ['the brand app', 'a store in 2021', 'the official store'])}, receipt and original box. One piece only."
    return dict(title=f"{b.mark} {b.item} DS deadstock with receipt", desc=desc, usd=fair(rng, b, 0.95, 1.4), market=pick(rng, ["stockx", "ebay", "grailed", "mercari-jp"]), lang="en")


@cls(I, "in_brand_bgrade_refurb42", "", "the brand's own B-grade / certified refurbished / warehouse open-box via its outlet or a marketplace warehouse, fair price", DURABLE)
def _(rng, b):
    desc = f"{b.mark} {b.item} - {pick(rng, ['certified refurbished by the manufacturer', 'B-Ware / open box, returned unused', 'outlet B-grade with a cosmetic mark, full warranty'])}. Sold by {pick(rng, ['the brand outlet', 'Amazon Warehouse', 'an authorised service centre'])}."
    return dict(title=f"{b.mark} {b.item} refurbished / B-grade", desc=desc, usd=b.usd * rng.uniform(0.65, 0.85), market=pick(rng, ["amazon-de", "ebay", "amazon-us", "ebay-de"]), lang="en")


@cls(I, "in_authorized_seller_exact42", "", "the brand's registered authorized seller itself (exact id and name), outlet or sale prices")
def _(rng, b):
    mk, sid, name = AUTH_SELLERS[b.id]
    cur = MARKETS[mk][1]
    p = conv(b.usd * rng.uniform(0.6, 0.9), cur)
    return dict(title=f"{b.mark} {b.item} - {pick(rng, ['outlet', 'sale', 'end of season', 'clearance'])}", desc=f"Sold by {name}. {b.mark} {b.item}, new.", price=(p, cur), market=mk, seller=(sid, name), lang="en")


@cls(I, "in_authorized_dealer_named42", "", "a real authorised retailer whose store name carries the brand honestly ('<mark> Authorised Retailer - Harrow Audio'), not the registry's seller, fair price")
def _(rng, b):
    shop = pick(rng, ["Harrow Audio", "Kowloon Timepieces", "Sportline GmbH", "Metro Pharmacy", "Bayside Outfitters", "Centro Digital"])
    n = pick(rng, [f"{b.mark} Authorised Retailer - {shop}", f"{shop} ({b.mark} authorised dealer)", f"{shop} | official {b.mark} stockist"])
    return dict(title=f"{b.mark} {b.item} - new, UK/EU warranty", desc=f"{shop} is an authorised {b.mark} retailer (dealer no. {rng.randint(1000, 9999)}). New {b.mark} {b.item} with full manufacturer warranty and VAT invoice.",
                usd=fair(rng, b, 0.9, 1.02), market=pick(rng, ["ebay-uk", "ebay-de", "amazon-de", "bol", "carousell-hk"]), seller=(handle(rng), n), lang="en")


@cls(I, "in_retailer_domain_genuine42", "", "genuine goods in a real retailer's own web shop (url field its domain, 'outlet' in the name), fair or sale prices")
def _(rng, b):
    dom = pick(rng, ["citysport-outlet.example", "northside-electronics.example", "kaufhaus-mueller.example", "luxury-consignment-ny.example", "pharmacy-central.example"])
    return dict(title=f"{b.mark} {b.item}", desc=f"{b.mark} {b.item}. Official stockist since 1998, VAT invoice, full warranty. {pick(rng, ['Sale -20%.', 'Free returns.'])}",
                usd=b.usd * rng.uniform(0.78, 1.0), market="independent-web", seller=(dom, dom.split(".")[0]), url=f"https://{dom}/p/{rng.randint(10000, 99999)}", lang="en")


@cls(I, "in_samples_testers_genuine42", "", "genuine counter samples/testers/minis from the brand, small sizes, honest 'tester' word, low prices for small sizes", lambda b: b.grp == "beauty")
def _(rng, b):
    return dict(title=f"{b.mark} {b.item} - tester / sample size", desc=f"Genuine {b.mark} sample / tester ({pick(rng, ['7ml', '15ml', 'mini'])}), from a gift-with-purchase at the counter. Unused.", usd=b.usd * rng.uniform(0.1, 0.25), market=pick(rng, ["ebay", "mercari-jp", "vinted", "poshmark"]), lang="en")


@cls(I, "in_oem_compatible_aftermarket42", "", "aftermarket 'factory direct / OEM quality' parts and accessories of their own brand, 'compatible with <mark>', not the mark's goods", lambda b: (b.grp in {"auto", "elec", "sport"} and b.id not in {"shell", "michelin"}) or b.id == "gillette")
def _(rng, b):
    desc = f"Factory direct, our own brand ({pick(rng, ['KINGTOP', 'AutoPro', 'Voltix', 'MAXFIT'])}). OEM-quality replacement, compatible with {b.mark} {b.model}. Not made by or affiliated with {b.mark}."
    part = {"auto": "aftermarket filter / part", "elec": pick(rng, ["replacement battery", "protective case", "charging cable", "ear tips"]), "sport": "replacement grip"}.get(b.grp, "razor handle")
    return dict(title=f"{part} for {b.mark} {b.model} - compatible, own brand", desc=desc, usd=pick(rng, [6.99, 9.99, 14.99, 19.99]), market=pick(rng, ["amazon-us", "ebay", "aliexpress", "amazon-de"]), lang="en",
                attrs={"Brand": "KINGTOP"})


@cls(I, "in_mt_genuine_zh42", "", "genuine goods machine-translated from Chinese ('counter genuine', 'with small ticket', 'national bank' for 国行), fair price")
def _(rng, b):
    desc = f"{b.mark} {b.item}, counter genuine, with small ticket (receipt). {pick(rng, ['National bank (mainland version), warranty nationwide.', 'Bought at the counter, can check the counter.', 'Genuine, fake one pay ten.'])}"
    return dict(title=f"{b.mark} {b.item} counter genuine", desc=desc, usd=fair(rng, b, 0.85, 1.0), market=pick(rng, ["xianyu", "taobao", "jd", "ruten"]), lang="en")


@cls(I, "in_mt_genuine_ko_tr_id42", "", "genuine goods machine-translated from Korean/Turkish/Indonesian ('genuine product', 'original invoiced', 'official warranty')")
def _(rng, b):
    k = rng.randrange(3)
    if k == 0:
        return dict(title=f"{b.mark} {b.item} genuine product", desc=f"{b.mark} {b.item} genuine product, department store purchase, receipt. Used a few times.", price=(conv(b.usd * 0.7, "KRW"), "KRW"), market="bunjang", lang="en")
    if k == 1:
        return dict(title=f"{b.mark} {b.item} original invoiced", desc=f"{b.mark} {b.item} original invoiced, distributor guaranteed. Zero product.", price=(conv(fair(rng, b), "TRY"), "TRY"), market="hepsiburada", lang="en")
    return dict(title=f"{b.mark} {b.item} ori official warranty", desc=f"{b.mark} {b.item} ori 100% official warranty, complete box. Official store invoice.", price=(conv(fair(rng, b), "IDR"), "IDR"), market="shopee-id", lang="en")


@cls(I, "in_mojibake_latin1_genuine42", "*", "genuine goods with UTF-8 read as Latin-1 (L'OrÃ©al, NestlÃ©, 'garantÃ­a oficial'), fair price")
def _(rng, b):
    t = f"{b.mark} {b.item} – {pick(rng, ['original', 'garantía oficial', 'neuf, facture', 'Originalverpackt'])}"
    d = f"{b.mark} {b.item}. {pick(rng, ['Producto original, factura incluida.', 'Produit authentique, facture du magasin.', 'Originalware, Rechnung vom Händler.'])}"
    return dict(title=moji_latin1(t), desc=moji_latin1(d), price=(conv(fair(rng, b), "EUR"), "EUR"), market=pick(rng, ["wallapop", "leboncoin", "ebay-de", "cdiscount"]), lang="en")


@cls(I, "in_mojibake_cp1251_genuine42", "*", "genuine goods with Russian/Ukrainian text in UTF-8 read as cp1251, mark in Latin, fair price")
def _(rng, b):
    w = pick(rng, ["оригинал, чек, гарантия", "оригінал, чек з магазину", "новый, оригинал, официальная гарантия"])
    return dict(title=f"{b.mark} {b.item} {moji_cp1251(w.split(',')[0])}", desc=moji_cp1251(f"{b.mark} {b.item}: {w}."), usd=fair(rng, b, 0.85, 1.0), market=pick(rng, ["avito", "ozon", "olx-ua", "kaspi"]), lang="ru")


@cls(I, "in_html_url_encoded_genuine42", "", "genuine goods with HTML entities or URL-encoding left in the text, fair price")
def _(rng, b):
    if rng.random() < 0.5:
        t = f"{b.mark} {b.item}".replace("&", "&amp;").replace("'", "&#39;").replace(" ", "&nbsp;", 1) + " &ndash; genuine"
        d = f"Genuine {b.mark} {b.item}".replace("&", "&amp;").replace("'", "&#39;") + " &lt;br&gt;Authorised retailer, invoice included."
    else:
        t = urllib.parse.quote(f"{b.mark} {b.item} genuine", safe="")
        d = f"Genuine {b.mark} {b.item}, authorised retailer, invoice included."
    return dict(title=t, desc=d, usd=fair(rng, b), market=pick(rng, ["ebay", "walmart-mp", "independent-web", "amazon-us"]), lang="en")


@cls(I, "in_title_cut_genuine42", "", "genuine goods with a title cut at a platform limit mid-word after a long retail preamble")
def _(rng, b):
    pre = pick(rng, ["NEW SEALED GENUINE UK STOCK FREE NEXT DAY DELIVERY ", "Authentic Brand New In Box With Receipt Fast Ship ", "Official Retail Stock Full Warranty VAT Invoice "])
    full = pre + f"{b.mark} {b.item}"
    title = full[:len(pre) + max(3, len(b.mark) - 2)]
    return dict(title=title, desc=f"{full}. Genuine, sold by an authorised retailer.", usd=fair(rng, b), market=pick(rng, ["ebay-uk", "ebay", "amazon-us", "mercari-jp"]), lang="en")


@cls(I, "in_seo_tags_plain_item42", "*", "a plain unbranded item with a keyword tag list naming brands ('tags: bag, purse, lv, gucci, prada'); no brand goods claimed, generic price", lambda b: b.grp in WEAR)
def _(rng, b):
    tags = [b.plain.split()[-1], b.mark.lower(), pick(rng, ["prada", "chanel", "hermes"]), "gift", "cheap", pick(rng, ["women", "men", "kids"])]
    rng.shuffle(tags)
    return dict(title=f"{b.plain} - plain, no logo", desc=f"Plain {b.plain}, no logo, our own workshop.\ntags: {', '.join(tags)}", usd=min(b.usd * 0.1, 40) + 5, market=pick(rng, ["etsy", "vinted", "poshmark", "ebay"]), lang="en")


@cls(I, "in_seo_stuffed_genuine42", "", "genuine goods from a retailer with a keyword-stuffed SEO title, fair price")
def _(rng, b):
    extra = rng.sample(["authentic", "genuine", "new", "2026", "gift", "best", "official", "warranty", "free shipping", "sale", "men", "women"], 7)
    return dict(title=" ".join([b.mark, b.item] + extra), desc=f"Genuine {b.mark} {b.item} from an authorised retailer. {' '.join(extra)}", usd=fair(rng, b), market=pick(rng, ["walmart-mp", "ebay", "amazon-us", "flipkart"]), lang="en")


@cls(I, "in_escaped_unicode_genuine42", "*", "genuine goods with JSON escapes left in the text (\\u6b63\\u54c1 for 正品, \\n), fair price")
def _(rng, b):
    esc = "".join(f"\\u{ord(c):04x}" for c in pick(rng, ["正品", "国行正品", "专柜正品"]))
    return dict(title=f"{b.mark} {b.item} {esc}", desc=f"\\\"{b.mark} {b.item}\\\"\\n{esc}, receipt and warranty\\nShip from Shanghai", price=(conv(fair(rng, b), "CNY"), "CNY"), market=pick(rng, ["jd", "tmall", "taobao"]), lang="en")


@cls(I, "in_fullwidth_genuine42", "*", "genuine goods with the mark in full-width letters on Japanese marketplaces, fair price")
def _(rng, b):
    return dict(title=fullwidth(b.mark) + f" {b.item} " + pick(rng, ["正規品", "国内正規品", "新品未使用"]), desc=fullwidth(b.mark) + f" {b.item}、正規店購入、レシート付き。", price=(conv(fair(rng, b, 0.85, 1.0), "JPY"), "JPY"), market=pick(rng, ["mercari-jp", "rakuten", "yahoo-auctions-jp"]), lang="ja")


GENUINE_NOT = {"in_oem_compatible_aftermarket42", "in_seo_tags_plain_item42"}

# ----------------------------------------------------------------------------- build


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, default=42)
    ap.add_argument("--out", default="set.jsonl")
    ap.add_argument("--classes", default="classes.md")
    a = ap.parse_args()
    rng = random.Random(a.seed)
    assert len(C) == 50 and len(I) == 30, (len(C), len(I))
    rows = []
    examples = []
    # every brand among the counterfeits: a shuffled brand cycle across the unrestricted classes
    cycle = []
    for kind, store, n in (("counterfeit", C, 13), ("innocent", I, 12)):
        for name, star, tactic, fn, pool in store:
            cands = [b for b in BR if (pool(b) if pool else (kind == "counterfeit" or NOT_RX(b)))]
            if name in ("in_authorized_seller_exact42",):
                cands = [b for b in BR if b.id in AUTH_SELLERS]
            picks = []
            for _i in range(n):
                if pool is None and kind == "counterfeit":
                    if not cycle:
                        cycle = BR[:]
                        rng.shuffle(cycle)
                    picks.append(cycle.pop())
                else:
                    picks.append(pick(rng, cands))
            first = None
            for b in picks:
                r = fn(rng, b)
                mk = r["market"]
                country, mcur, _lang = MARKETS[mk]
                ship = r.get("ship") or country
                if ship == "CN" and country != "CN":
                    r["desc"] += " Ships from China."
                lid = "%014x" % rng.getrandbits(56)
                price = None
                if "raw" in r:
                    price = {"amount": float(r["raw"]), "currency": mcur}
                elif "price" in r:
                    if r["price"] is not None:
                        price = {"amount": float(r["price"][0]), "currency": r["price"][1]}
                elif r.get("usd") is not None:
                    price = {"amount": float(conv(r["usd"], mcur)), "currency": mcur}
                sid, sname = r.get("seller") or (handle(rng), "")
                row = {
                    "marketplace": mk,
                    "listing_id": lid,
                    "url": r.get("url") or f"https://{mk}.example/item/{lid}",
                    "title": r["title"][:1000],
                    "description": r["desc"],
                    "price": price,
                    "seller": {"id": sid, "name": sname, "country": ship},
                    "category": b.cat if name not in GENUINE_NOT else (None if name == "in_seo_tags_plain_item42" else b.cat),
                    "images": [],
                    "ship_from": ship,
                    "observed_at": f"2026-12-0{rng.choice([4, 5])}T{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:00Z",
                    "attributes": r.get("attrs") or {},
                    "_label": {"kind": kind, "brand": b.id, "class": name, "tactic": tactic, "lang": r["lang"], "also": []},
                }
                if price is None:
                    del row["price"]
                rows.append(row)
                if first is None:
                    first = f"{row['title'][:90]} ({b.id})"
            examples.append((name, star, kind, n, tactic, first))
    rng.shuffle(rows)
    with open(a.out, "w", encoding="utf-8") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False, sort_keys=True) + "\n")
    with open(a.classes, "w", encoding="utf-8") as f:
        f.write("# outsider42 classes\n\n`*`: a newer family (no earlier outsider class name has it, by my greps; doubts in README.md). Example: one row's title (brand).\n\n")
        f.write("| class | * | kind | n | tactic | example |\n|---|---|---|---|---|---|\n")
        for name, star, kind, n, tactic, ex in examples:
            f.write(f"| {name} | {star} | {kind} | {n} | {tactic.replace('|', '/')} | {ex.replace('|', '/')} |\n")
    print(len(rows), hashlib.md5(open(a.out, "rb").read()).hexdigest())


if __name__ == "__main__":
    main()
