#!/usr/bin/env python3
"""outsider38's held-out set generator (stdlib only, seeded).

python3 make_set.py --seed 38 --out set.jsonl --classes classes.md
"""
from __future__ import annotations

import argparse
import json
import math
import random
from pathlib import Path

from data import BRANDS, FIRST, L, MARKETS, PRODUCTS, RETAILERS, SHOP_PRE, SHOP_WORDS, SHORT

HERE = Path(__file__).resolve().parent
REG = json.loads((HERE / "registry_summary.json").read_text())
AUTH = {b: [(s["marketplace"], s["seller_id"], s.get("name") or b) for s in v.get("authorized_sellers", [])]
        for b, v in REG.items()}
INT_CUR = {"JPY", "KRW", "IDR", "VND", "CLP", "COP", "ARS", "NGN", "KES", "PKR", "BDT", "INR", "RUB", "HUF", "TWD", "PHP", "THB"}

CLASSES: list[tuple] = []  # (name, star, kind, tactic, fn)


def cls(name, star, kind, tactic):
    def deco(fn):
        CLASSES.append((name, star, kind, tactic, fn))
        return fn
    return deco


# ----------------------------------------------------------------------------- helpers

def sig3(x: float) -> float:
    if x <= 0:
        return 0.0
    e = math.floor(math.log10(x)) - 2
    return round(round(x / 10 ** e) * 10 ** e, 2)


def money(usd: float, market: str) -> dict:
    _, cur, _, rate = MARKETS[market]
    amt = sig3(usd * rate)
    if cur in INT_CUR:
        amt = float(int(round(amt)))
    return {"amount": amt, "currency": cur}


def copy_frac(rng, usd):
    if usd >= 2000:
        return rng.uniform(0.03, 0.08)
    if usd >= 300:
        return rng.uniform(0.06, 0.20)
    if usd >= 30:
        return rng.uniform(0.15, 0.35)
    return rng.uniform(0.25, 0.45)


def cprice(rng, p):
    return p["usd"] * copy_frac(rng, p["usd"])


def prods(kinds=None, brands=None, maxusd=None, minusd=None, cats=None):
    out = [p for p in PRODUCTS if (kinds is None or p["kind"] in kinds) and (brands is None or p["brand"] in brands)
           and (maxusd is None or p["usd"] <= maxusd) and (minusd is None or p["usd"] >= minusd)
           and (cats is None or p["cat"] in cats)]
    assert out, (kinds, brands)
    return out


def byname(brand, frag):
    for p in PRODUCTS:
        if p["brand"] == brand and frag.lower() in p["name"].lower():
            return p
    raise KeyError((brand, frag))


def cyc(pool, i, off=0):
    """the i-th product of a pool, cycling brands first so that every brand of the pool appears"""
    brands = sorted({p["brand"] for p in pool})
    b = brands[(i + off) % len(brands)]
    ps = [p for p in pool if p["brand"] == b]
    return ps[(i // len(brands)) % len(ps)]


def shopname(rng):
    return f"{rng.choice(SHOP_PRE)} {rng.choice(SHOP_WORDS)} {rng.choice(['Official Shop', 'Store', 'Mall', 'Express', 'Co.', 'Shop'])}".replace("Official Shop", rng.choice(["Shop", "Store"]))


def handle(rng):
    return f"{rng.choice(FIRST)}{rng.choice(['_', '.', ''])}{rng.randint(7, 9999)}"


def specblock(rng, lang, pairs):
    W = L[lang]
    lab = W["spec"]
    return "\n".join(f"{lab[k]}: {v}" for k, v in pairs)


def longdesc(rng, lang, head, spec, tell, kw=None, deep=True, extra=None, private=False):
    """a long listing text: head lines, spec block, boilerplate; `tell` placed deep (after ~2/3 of the text)"""
    W = L[lang]
    parts = list(head)
    if spec:
        parts.append(spec)
    boiler = (W.get("ship_private", W["ship"]) if private else W["ship"])[:] + (W.get("ret_private", W["ret"]) if private else W["ret"])[:]
    rng.shuffle(boiler)
    parts += boiler
    if extra:
        parts += extra
    if kw:
        parts.append(kw)
    parts += (W.get("pay_private", W["pay"]) if private else W["pay"])
    if tell:
        if deep:
            pos = max(len(head) + 1, int(len(parts) * rng.uniform(0.66, 0.9)))
        else:
            pos = rng.randint(1, len(parts))
        parts.insert(pos, tell)
    return "\n\n".join(parts)


def kwline(rng, p, extra=()):
    g = p["generic"].replace(",", "").split()
    words = list(dict.fromkeys(g + list(extra) + ["new", "hot sale", "best price", "gift", "2026", "trending", "premium",
                                                   "original design", "unisex", "fashion", "high quality"]))
    rng.shuffle(words)
    return "Tags: " + " ".join("#" + w.replace(" ", "") for w in words[:14])


def mk(rng, market, title, desc, usd, p_or_cat, seller="shop", ship_from=None):
    lang, cur, country, _ = MARKETS[market]
    lid = "%014x" % rng.getrandbits(56)
    if seller == "shop":
        s = {"id": f"s{rng.getrandbits(40):010x}", "name": shopname(rng), "country": country}
    elif seller == "private":
        h = handle(rng)
        s = {"id": h, "name": h, "country": country}
    else:
        sid, sname = seller
        s = {"id": sid, "name": sname, "country": country}
    day = rng.choice([3, 4])
    ts = f"2026-12-{day:02d}T{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}Z"
    cat = p_or_cat["cat"] if isinstance(p_or_cat, dict) else p_or_cat
    d = {"marketplace": market, "listing_id": lid, "url": f"https://{market}.example/item/{lid}", "title": title[:1000],
         "description": desc[:20000], "price": money(usd, market), "seller": s, "category": cat,
         "observed_at": ts}
    if ship_from:
        d["ship_from"] = ship_from
    return d


def spec_for(rng, lang, p, cond_new=True, version=None, extra=()):
    W = L[lang]
    pairs = [(0, W["new"] if cond_new else W["used"])]
    if p["model"]:
        pairs.append((5, p["model"]))
    if p["kind"] in ("apparel", "sneaker", "lux", "watch", "jewel", "elec", "appliance", "sport"):
        pairs.append((2, rng.choice(["Black", "White", "Beige", "Brown", "Grey", "Navy", "As picture"])))
    if p["kind"] == "sneaker":
        pairs.append((3, rng.choice(["36-45", "EU 40-46", "US 7-11"])))
    elif p["kind"] == "apparel":
        pairs.append((3, rng.choice(["S-XXL", "M / L", "W28-W36"])))
    if p["kind"] in ("lux", "watch", "jewel"):
        pk = ["box, dust bag, cards", "full set", "box and papers", "dust bag only"]
    elif p["kind"] in ("elec", "appliance", "toy", "sport"):
        pk = ["retail box, cable, manual", "1 x item, 1 x box", "full set", "item only, bubble wrap"]
    else:
        pk = ["1 x item", "sealed pack", "carton", "as pictured"]
    pairs.append((4, rng.choice(pk)))
    if version:
        pairs.append((7, version))
    pairs += list(extra)
    return specblock(rng, lang, pairs)


# ----------------------------------------------------------------------------- EVERYDAY counterfeit (20)

EVERYDAY_POOL = prods(kinds={"apparel", "sneaker", "lux", "watch", "jewel", "elec", "beauty", "fmcg", "toy", "auto", "sport",
                             "appliance"})
OTC_POOL = prods(kinds={"pharma"}, maxusd=100)


def seo_title(rng, p, style):
    n = p["name"]
    if style == "shopee":
        return rng.choice([f"[READY STOCK] {n} {p['generic']} | COD | Free Gift", f"✅ {n} – {p['generic']} 🔥 Best Seller 🔥",
                           f"{n} {p['generic']} (Fast Shipping) 2026 New"])
    if style == "amazon":
        return f"{n}, {p['generic'].capitalize()}, {rng.choice(['Gift for Men Women', 'Latest 2026 Model', 'with Gift Box'])}"
    if style == "dhgate":
        return f"{n} {p['generic']} {rng.choice(['Top Quality', 'Luxury', 'Hot Sale'])} {rng.choice(['Fast Ship', 'Free Shipping', 'Wholesale'])} {rng.choice(['2026 New', 'With Box', 'Men Women'])}"
    if style == "plain":
        return n
    if style == "private":
        return rng.choice([n, f"{n} – {p['generic']}"])
    return n


def everyday_c(rng, i, markets, style, pool=EVERYDAY_POOL, seller="shop", off=0, tellfmt="{c}", ship_cn=0.3):
    p = cyc(pool, i, off)
    m = markets[i % len(markets)]
    lang = MARKETS[m][0]
    W = L[lang]
    c = rng.choice(W["copy"])
    tell = tellfmt.format(c=c)
    title = seo_title(rng, p, style)
    if style == "amazon":
        bul = [f"【{k}】 {v}" for k, v in [("PREMIUM MATERIAL", f"{p['generic'].capitalize()}, durable and comfortable for daily use."),
                                          ("WHAT YOU GET", "1 x item, gift box, 12-month seller warranty, friendly customer service."),
                                          ("PERFECT GIFT", "Ideal for birthdays, Christmas, Black Friday and Prime Day."),
                                          ("QUALITY NOTE", tell),
                                          ("SATISFACTION", "If you are not satisfied, contact us and we will reply within 24 hours.")]]
        desc = "About this item\n" + "\n".join(bul) + "\n\n" + longdesc(rng, lang, [f"Product description: {p['name']} – {p['generic']}."],
                                                                     spec_for(rng, lang, p), None)
    elif style == "ebay":
        spec = "\n".join([f"Condition: New with tags", f"Brand: {SHORT[p['brand']]}", f"Model: {p['model'] or 'see title'}",
                          f"Type: {p['generic']}", "Country/Region of Manufacture: China", f"Style: {rng.choice(['Casual', 'Classic', 'Modern'])}",
                          f"Features: {c}", "Department: Unisex Adults"])
        desc = longdesc(rng, lang, [f"{p['name']} – {p['generic']}.", "Please see photos for details. Fast dispatch."], "Item specifics\n" + spec,
                        None, extra=["Returns: 30 days, buyer pays return shipping.", "Postage: free standard postage, 3-8 business days."])
    elif style == "wb":
        spec = "\n".join(["Характеристики", f"Бренд: {SHORT[p['brand']]}", f"Модель: {p['model'] or '-'}", f"Тип: {p['generic']}",
                          "Страна производства: Китай", f"Комплектация: {rng.choice(['коробка, пыльник', 'товар, коробка'])}",
                          f"Качество: {c}"])
        desc = longdesc(rng, lang, [f"{p['name']} — стильный выбор на каждый день.", "Отлично подойдёт в подарок."], spec, None,
                        kw="Ключевые слова: " + ", ".join([p["generic"], "подарок", "новинка 2026", "хит продаж", "тренд"]))
    else:
        desc = longdesc(rng, lang, [f"{p['name']} – {p['generic']}."] + ([W["new"] + "."] if style != "private" else []),
                        spec_for(rng, lang, p, cond_new=True), tell, kw=kwline(rng, p), private=(seller == "private"))
    price = cprice(rng, p)
    sf = "CN" if (MARKETS[m][2] == "CN" or rng.random() < ship_cn) else None
    return mk(rng, m, title, desc, price, p, seller=seller, ship_from=sf), p["brand"], []


@cls("c_shopee_lazada_sea38", "", "counterfeit", "Shopee / Lazada PH, MY, SG listings with SEO titles ([READY STOCK], COD, Free Gift) and long boilerplate; 'Class A / OEM grade / mirror 1:1' deep in the text")
def _(rng, i):
    return everyday_c(rng, i, ["shopee-ph", "shopee-my", "shopee-sg", "lazada-ph", "lazada-my"], "shopee", off=0)


@cls("c_shopee_lazada_th_vn38", "", "counterfeit", "Shopee / Lazada Thailand and Vietnam in Thai and Vietnamese, long shop boilerplate; 'งานก๊อป / hàng replica 1:1' deep in the text")
def _(rng, i):
    return everyday_c(rng, i, ["shopee-th", "shopee-vn", "lazada-th", "lazada-vn"], "shopee", off=7)


@cls("c_tokopedia_id38", "", "counterfeit", "Tokopedia / Shopee ID / TikTok Shop ID in Indonesian with unboxing-video and COD boilerplate; 'KW super / grade ori, bukan ori' deep in the text")
def _(rng, i):
    return everyday_c(rng, i, ["tokopedia", "shopee-id", "tiktok-shop-id"], "shopee", pool=EVERYDAY_POOL + OTC_POOL, off=14)


@cls("c_mercadolibre_es38", "", "counterfeit", "Mercado Libre MX, AR, CO, CL in Spanish (envío gratis, meses sin intereses, no damos factura); 'calidad AAA / réplica 1:1' deep in the text")
def _(rng, i):
    return everyday_c(rng, i, ["mercadolibre-mx", "mercadolibre-ar", "mercadolibre-co", "mercadolibre-cl"], "plain", off=21)


@cls("c_mercadolibre_olx_br38", "", "counterfeit", "Mercado Livre / OLX Brazil in Portuguese (envio imediato, parcele em 12x, declaração de conteúdo); 'primeira linha / réplica AAA' deep in the text")
def _(rng, i):
    return everyday_c(rng, i, ["mercadolibre-br", "olx-br"], "plain", off=28)


@cls("c_amazon_bullets38", "", "counterfeit", "Amazon US/UK/IN/DE third-party listings with five 【BULLETS】 and a product description; the copy admission in the fourth bullet")
def _(rng, i):
    return everyday_c(rng, i, ["amazon-us", "amazon-uk", "amazon-in", "amazon-de"], "amazon", pool=EVERYDAY_POOL + OTC_POOL, off=35)


@cls("c_ebay_specifics38", "", "counterfeit", "eBay US/UK/DE listings with an Item specifics block (Brand, Model, Country of Manufacture: China) where 'Features' admits the copy")
def _(rng, i):
    return everyday_c(rng, i, ["ebay", "ebay-uk", "ebay-de"], "ebay", off=42)


@cls("c_etsy_logo_handmade38", "", "counterfeit", "Etsy 'handmade / custom' goods in the brand's monogram or logo (keychains, card holders, hats, phone straps, bracelets) with long shop policies")
def _(rng, i):
    b = ["louis-vuitton", "gucci", "burberry", "coach", "michael-kors", "nike", "cartier", "pandora", "rolex", "canada-goose", "swarovski", "adidas", "the-north-face"][i]
    item = rng.choice(["card holder", "keychain", "bucket hat", "AirTag holder", "dog collar", "phone strap", "scrunchie", "cuff bracelet", "coin purse"])
    pat = {"louis-vuitton": "LV monogram canvas", "gucci": "GG Supreme canvas", "burberry": "Burberry check with TB logo",
           "coach": "Coach signature C jacquard", "michael-kors": "MK signature logo vinyl", "nike": "Nike swoosh embroidered",
           "cartier": "Cartier Love screw motif with Cartier engraving", "pandora": "Pandora-stamped 925 charms", "rolex": "Rolex crown logo",
           "canada-goose": "Canada Goose disc patch", "swarovski": "Swarovski swan logo crystals", "adidas": "adidas trefoil",
           "the-north-face": "The North Face logo patch"}[b]
    title = f"Handmade {item} – {pat} – personalised gift"
    desc = longdesc(rng, "en", [f"Lovingly handmade in my small studio: a {item} made with {pat}.", "Personalisation: add initials in the box at checkout.",
                                "Every piece is made to order; processing time 3-5 business days."],
                    "Materials: " + pat + ", cotton lining, brass hardware", f"All logo material is sourced from a supplier of designer-logo fabric (not original {SHORT[b]}).",
                    extra=["Shop policies: custom orders cannot be returned. Gift wrapping available.", "Questions? Message me any time!"])
    p = {"cat": rng.choice(["accessories", "handbags", "wallets"]) if b not in ("cartier", "pandora", "swarovski") else "jewelry"}
    return mk(rng, "etsy", title, desc, rng.uniform(18, 65), p), b, []


@cls("c_vinted38", "", "counterfeit", "Vinted FR / PL / ES private listings with long chatty descriptions; 'ce n'est pas un original / podróbka / es réplica' in the middle of the text")
def _(rng, i):
    return everyday_c(rng, i, ["vinted-fr", "vinted-pl", "vinted-es"], "private", pool=prods(kinds={"apparel", "sneaker", "lux", "watch", "jewel", "beauty"}),
                      seller="private", off=3, ship_cn=0)


@cls("c_kleinanzeigen_wallapop_olx38", "", "counterfeit", "Kleinanzeigen / Wallapop / OLX PL / Allegro private sales ('Privatverkauf, keine Garantie') where 'kein Original / réplica / replika' sits deep")
def _(rng, i):
    return everyday_c(rng, i, ["kleinanzeigen", "wallapop", "olx-pl", "allegro"], "private", pool=prods(kinds={"apparel", "sneaker", "lux", "watch", "jewel", "elec", "appliance", "sport"}),
                      seller="private", off=10, ship_cn=0)


@cls("c_avito38", "", "counterfeit", "Avito private and shop listings in Russian (СДЭК, Boxberry, торг) with 'реплика 1:1 / люкс копия' deep in the text")
def _(rng, i):
    return everyday_c(rng, i, ["avito"], "plain", seller=("private" if i % 2 else "shop"), off=17, ship_cn=0.1)


@cls("c_wildberries_ozon38", "", "counterfeit", "Wildberries / Ozon cards: 'Характеристики' table (Страна производства: Китай) whose last row says 'Качество: реплика / люкс копия'")
def _(rng, i):
    return everyday_c(rng, i, ["wildberries", "ozon"], "wb", off=24)


@cls("c_trendyol38", "", "counterfeit", "Trendyol / Hepsiburada in Turkish (aynı gün kargo, kapıda ödeme, taksit) with 'A kalite, orijinal değildir' deep")
def _(rng, i):
    return everyday_c(rng, i, ["trendyol", "hepsiburada"], "plain", off=31)


@cls("c_jumia38", "", "counterfeit", "Jumia NG / KE / EG with pay-on-delivery boilerplate; 'first copy / master copy / ماستر كوبي' deep in the text")
def _(rng, i):
    return everyday_c(rng, i, ["jumia-ng", "jumia-ke", "jumia-eg"], "shopee", pool=EVERYDAY_POOL + OTC_POOL, off=38)


@cls("c_noon_daraz38", "", "counterfeit", "Noon UAE / KSA and Daraz PK / BD with tabby/COD boilerplate; 'high copy / master copy' deep in the text")
def _(rng, i):
    return everyday_c(rng, i, ["noon-ae", "noon-sa", "daraz-pk", "daraz-bd"], "shopee", pool=EVERYDAY_POOL + OTC_POOL, off=45)


@cls("c_flipkart_meesho38", "", "counterfeit", "Flipkart / Meesho / Amazon.in / OLX India with COD and 7-day replacement boilerplate; 'first copy / 7A / mirror copy' deep")
def _(rng, i):
    return everyday_c(rng, i, ["flipkart", "meesho", "amazon-in", "olx-in"], "shopee", pool=EVERYDAY_POOL + OTC_POOL, off=52,
                      tellfmt=rng.choice(["Quality: {c} (7A).", "Note – {c}, not company original.", "{c}"]))


@cls("c_coupang_kr38", "", "counterfeit", "Coupang-style Korean listings (당일 출고, 무이자 할부, 리뷰 적립금) where '레플리카 S급 / 미러급, 정품 아님' sits deep")
def _(rng, i):
    return everyday_c(rng, i, ["coupang"], "plain", off=5)


@cls("c_rakuten_mercari_jp38", "", "counterfeit", "Rakuten / Mercari / Amazon JP in Japanese (即購入OK, ノークレーム・ノーリターン) with 'N級品 / スーパーコピー' deep")
def _(rng, i):
    return everyday_c(rng, i, ["rakuten", "mercari-jp", "amazon-jp"], "plain", seller=("private" if i % 3 == 1 else "shop"), off=12)


@cls("c_taobao_xianyu_pdd38", "", "counterfeit", "Taobao / Xianyu / Pinduoduo / Carousell HK-TW in Chinese (48小时内发货, 偏远地区不包邮) with '高版本 / 莆田纯原 / 1:1开模' deep")
def _(rng, i):
    return everyday_c(rng, i, ["taobao", "xianyu", "pinduoduo", "carousell-hk", "carousell-tw"], "plain", off=19)


@cls("c_dhgate_aliexpress_temu38", "", "counterfeit", "DHgate / AliExpress / Temu / TikTok Shop / Carousell SG-MY keyword-stuffed titles and long specs; 'AAA copy / 1:1 rep with logo box' deep")
def _(rng, i):
    return everyday_c(rng, i, ["dhgate", "aliexpress", "temu", "tiktok-shop", "carousell-sg", "carousell-my"], "dhgate", off=26)


# ----------------------------------------------------------------------------- EVERYDAY innocent (10)

def genuine_long(rng, i, markets, price_lo, price_hi, seller="shop", used=False, pool=EVERYDAY_POOL, off=0, warn=True, extra_head=()):
    p = cyc(pool, i, off)
    m = markets[i % len(markets)]
    lang = MARKETS[m][0]
    W = L[lang]
    g = rng.choice(W["genuine"])
    head = [f"{p['name']} – {p['generic']}.", f"{g}."] + list(extra_head)
    tell = W["fake_warn"] if warn else None
    desc = longdesc(rng, lang, head, spec_for(rng, lang, p, cond_new=not used), tell, kw=kwline(rng, p), deep=True, private=(seller == "private"))
    title = p["name"] + (f" – {g}" if rng.random() < 0.5 else "")
    price = p["usd"] * rng.uniform(price_lo, price_hi)
    return mk(rng, m, title, desc, price, p, seller=seller), p["brand"], []


@cls("in_mall_official_long38", "", "innocent", "Shopee Mall / LazMall / Tokopedia Official Store listings of genuine goods at retail, whose boilerplate warns 'beware of fakes, 2x refund if fake'")
def _(rng, i):
    ms = ["shopee-ph", "lazada-my", "tokopedia", "shopee-th", "lazada-vn", "shopee-sg"]
    r = genuine_long(rng, i, ms, 0.92, 1.05, off=2)
    r[0]["seller"]["name"] = f"{SHORT[r[1]]} Official Store"
    r[0]["title"] = "[Mall] " + r[0]["title"]
    return r


@cls("in_amazon_authorized_long38", "", "innocent", "the registry's own authorized Amazon/eBay sellers with bullet texts that include 'beware of counterfeits, buy only from ...' at list price")
def _(rng, i):
    pool = [p for p in EVERYDAY_POOL + OTC_POOL if any(a[0] in ("amazon-us", "amazon-de", "ebay") for a in AUTH[p["brand"]])]
    p = cyc(pool, i, 4)
    mkt, sid, sname = [a for a in AUTH[p["brand"]] if a[0] in ("amazon-us", "amazon-de", "ebay")][0]
    lang = MARKETS[mkt][0]
    if lang == "de":
        bul = [f"ORIGINAL {SHORT[p['brand']].upper()}: {p['generic']}", "Verkauf und Versand durch den Hersteller",
               "Achtung vor Fälschungen: Originalware nur von autorisierten Händlern", "Herstellergarantie 2 Jahre", "Kostenlose Rücksendung innerhalb von 30 Tagen"]
    else:
        bul = [f"GENUINE {SHORT[p['brand']].upper()}: {p['generic']}", "Sold and shipped by the manufacturer's official store",
               "Beware of counterfeits and replicas sold by third parties – buy only from authorized sellers", "Manufacturer warranty included",
               "Free returns within 30 days"]
    desc = "About this item\n" + "\n".join("• " + b for b in bul) + "\n\n" + longdesc(rng, lang, [f"{p['name']}."], spec_for(rng, lang, p), None)
    return mk(rng, mkt, p["name"], desc, p["usd"] * rng.uniform(0.95, 1.05), p, seller=(sid, sname)), p["brand"], []


@cls("in_vinted_used_long38", "", "innocent", "Vinted / Kleinanzeigen / Wallapop private sales of genuine used goods, long texts saying 'no fake, receipt available, authenticated'")
def _(rng, i):
    return genuine_long(rng, i, ["vinted-fr", "vinted-pl", "vinted-es", "kleinanzeigen", "wallapop"], 0.4, 0.7, seller="private", used=True,
                        pool=prods(kinds={"apparel", "sneaker", "lux", "jewel", "watch", "elec", "sport"}), off=6, warn=False,
                        extra_head=["Receipt / proof of purchase available, bought in store."])


@cls("in_ebay_used_specifics38", "", "innocent", "eBay used genuine goods with Item specifics ('Authenticity Guarantee', Country of Manufacture) and returns boilerplate, at used prices")
def _(rng, i):
    p = cyc(prods(kinds={"lux", "watch", "jewel", "sneaker", "elec", "apparel", "appliance"}), i, 9)
    m = ["ebay", "ebay-uk", "ebay-de"][i % 3]
    spec = "\n".join(["Condition: Pre-owned", f"Brand: {SHORT[p['brand']]}", f"Model: {p['model'] or '-'}", f"Type: {p['generic']}",
                      "Authenticity: eBay Authenticity Guarantee (verified by an independent authenticator)" if p["usd"] > 250 else "Authenticity: bought new at a retailer, receipt included"])
    desc = longdesc(rng, MARKETS[m][0], [f"{p['name']}, used, good condition, light signs of wear.", "Not a replica – see receipt photo."], "Item specifics\n" + spec, None,
                    extra=["Returns: 30 days, buyer pays return shipping."], private=True)
    lo, hi = (0.9, 1.2) if p["kind"] == "watch" and p["usd"] > 3000 else (0.45, 0.75)
    return mk(rng, m, p["name"] + " – pre-owned", desc, p["usd"] * rng.uniform(lo, hi), p, seller="private"), p["brand"], []


@cls("in_mercari_xianyu_used38", "", "innocent", "Mercari JP / Xianyu / Carousell TW / Coupang-style used genuine goods (正規品 / 保真 / 정품) with long boilerplate, at used prices")
def _(rng, i):
    return genuine_long(rng, i, ["mercari-jp", "xianyu", "carousell-tw", "coupang", "rakuten"], 0.4, 0.7, seller="private", used=True,
                        pool=prods(kinds={"apparel", "sneaker", "lux", "jewel", "elec", "toy", "beauty", "appliance"}), off=11, warn=False)


@cls("in_avito_trendyol_used38", "", "innocent", "Avito / OLX PL / Trendyol second-hand genuine goods ('оригинал, чек есть / faturalı orijinal'), long texts")
def _(rng, i):
    return genuine_long(rng, i, ["avito", "trendyol", "olx-pl", "avito"], 0.4, 0.7, seller="private", used=True,
                        pool=prods(kinds={"apparel", "sneaker", "lux", "elec", "appliance", "sport", "watch"}), off=13, warn=False)


@cls("in_jumia_noon_official38", "", "innocent", "official brand stores on Jumia / Noon / Daraz / Flipkart selling genuine goods at retail with 'beware of first copies' boilerplate")
def _(rng, i):
    r = genuine_long(rng, i, ["jumia-ng", "noon-ae", "daraz-pk", "flipkart", "jumia-eg", "noon-sa"], 0.95, 1.08, off=15,
                     pool=prods(kinds={"elec", "appliance", "beauty", "fmcg", "sneaker", "toy"}))
    r[0]["seller"]["name"] = f"{SHORT[r[1]]} Official Store"
    r[0]["description"] += "\n\nBeware of first copy and master copy products sold by other sellers. This is the brand's official store; official warranty applies."
    return r


@cls("in_dhgate_generic_long38", "", "innocent", "unbranded generic goods on DHgate / AliExpress / Temu with the same keyword-stuffed titles and 'AAA quality' boilerplate, naming no registry mark")
def _(rng, i):
    items = [("Men's automatic diver watch 40mm ceramic bezel sapphire", 45, "watches"), ("Women's quilted chain shoulder bag PU leather", 28, "handbags"),
             ("Wireless ANC earbuds Bluetooth 5.3 with charging case", 19, "earbuds"), ("Low-top leather skate sneakers white black", 32, "sneakers"),
             ("Hyaluronic acid face serum 50ml", 9, "skincare"), ("Hot air brush 5 in 1 hair styler", 39, "hair care"),
             ("Screw bangle bracelet titanium steel gold plated", 7, "jewelry"), ("Down puffer jacket men winter hooded", 48, "jackets"),
             ("Building blocks space ship 1200 pcs", 25, "building sets"), ("65W GaN USB-C charger 3 ports", 14, "chargers"),
             ("Cordless stick vacuum 25kPa with LED", 69, "vacuum cleaners"), ("Badminton racket carbon 4U with bag", 16, "badminton rackets"),
             ("Gradient check cashmere-feel scarf", 12, "scarves")]
    n, usd, cat = items[i]
    m = ["dhgate", "aliexpress", "temu"][i % 3]
    kw = "Tags: " + " ".join("#" + w for w in n.lower().split()[:10]) + " #AAA #topquality #2026new #gift"
    desc = longdesc(rng, "en", [f"{n}.", "AAA quality, 1:1 as shown in the pictures, factory direct price."],
                    "\n".join([f"Brand: {rng.choice(['OEM', 'Unbranded', 'NoEnName_Null', 'Generic'])}", "Origin: Mainland China", f"Item: {n}"]), None, kw=kw)
    ref = {"watches": "rolex", "handbags": "gucci", "earbuds": "apple", "sneakers": "nike", "skincare": "estee-lauder", "hair care": "dyson",
           "jewelry": "cartier", "jackets": "canada-goose", "building sets": "lego", "chargers": "apple", "vacuum cleaners": "dyson",
           "badminton rackets": "yonex", "scarves": "burberry"}[cat]
    return mk(rng, m, n + " " + rng.choice(["Hot Sale", "Fast Ship", "Free Shipping"]), desc, usd * rng.uniform(0.8, 1.2), cat, ship_from="CN"), ref, []


@cls("in_refurb_marketplace_long38", "", "innocent", "Amazon Renewed / Back Market-style / eBay Refurbished genuine electronics and appliances with grade boilerplate (Excellent / Good / Fair) at 62-82 %")
def _(rng, i):
    p = cyc(prods(kinds={"elec", "appliance"}, minusd=60), i, 2)
    m = ["amazon-us", "ebay", "amazon-de", "ebay-uk", "amazon-uk"][i % 5]
    lang = MARKETS[m][0]
    grade = rng.choice(["Excellent", "Good", "Fair"])
    head = [f"{p['name']} (Renewed) – grade {grade}.", "Professionally inspected, tested and cleaned by a qualified supplier; battery health above 85 %.",
            "Not a replica or copy: genuine device, serial number verifiable with the manufacturer."]
    desc = longdesc(rng, lang, head, spec_for(rng, lang, p, cond_new=False), None, extra=["Renewed Guarantee: replacement or refund within 90 days."])
    return mk(rng, m, f"{p['name']} (Renewed)", desc, p["usd"] * rng.uniform(0.62, 0.82), p), p["brand"], []


@cls("in_ozon_wb_official38", "", "innocent", "brands' official stores on Wildberries / Ozon with 'Оригинальный товар' badges and anti-counterfeit notes, at retail")
def _(rng, i):
    p = cyc(prods(kinds={"elec", "appliance", "beauty", "sneaker", "toy", "fmcg"}), i, 8)
    m = ["wildberries", "ozon"][i % 2]
    spec = "\n".join(["Характеристики", f"Бренд: {SHORT[p['brand']]}", f"Модель: {p['model'] or '-'}", "Гарантия: 12 месяцев официальная",
                      "Оригинальный товар: да (маркировка «Честный ЗНАК»)"])
    desc = longdesc(rng, "ru", [f"{p['name']} — официальный магазин бренда.", "Остерегайтесь подделок и реплик: покупайте только у официальных продавцов."], spec, None)
    r = mk(rng, m, p["name"] + " — оригинал", desc, p["usd"] * rng.uniform(0.95, 1.1), p)
    r["seller"]["name"] = f"{SHORT[p['brand']]} — официальный магазин"
    return r, p["brand"], []


# ----------------------------------------------------------------------------- MULTI-BRAND counterfeit (16)

def P_(b, frag):
    return byname(b, frag)


@cls("c_lot_one_rep38", "", "counterfeit", "closet lots of several brands where the seller says all are genuine except ONE brand's piece, which is a copy; only that brand is expected (the genuine brands are not in `also`)")
def _(rng, i):
    combos = [("gucci", "belt", ["levis:501", "nike:Dunk"]), ("louis-vuitton", "Zippy", ["coach:Tabby", "michael-kors:tote"]),
              ("rolex", "Submariner", ["apple:AirPods", "nike:Air Force"]), ("canada-goose", "Langford", ["levis:511", "adidas:Samba"]),
              ("burberry", "scarf", ["the-north-face:Nuptse", "levis:501"]), ("cartier", "Love", ["pandora:bracelet", "swarovski:Millenia"]),
              ("nike", "Jordan", ["adidas:Stan", "puma:Suede"]), ("omega", "Speedmaster", ["samsung:Buds", "levis:501"]),
              ("coach", "Tabby", ["michael-kors:Parker", "levis:511"]), ("apple", "AirPods", ["sony:WH-1000XM5", "nintendo:OLED"]),
              ("dyson", "Airwrap", ["philips:Sonicare", "loreal:Génifique"]), ("the-north-face", "Nuptse", ["nike:Air Max", "levis:501"]),
              ("michael-kors", "tote", ["coach:wallet", "pandora:charm"])]
    cb, cf, others = combos[i]
    cp = P_(cb, cf)
    gs = [P_(*o.split(":")) for o in others]
    m = ["vinted-fr", "ebay", "kleinanzeigen", "mercari-us", "carousell-sg", "avito", "ebay-uk"][i % 7]
    lang = MARKETS[m][0]
    items = gs + [cp]
    rng.shuffle(items)
    if lang == "fr":
        head = ["Lot vide-dressing : " + ", ".join(p["name"] for p in items) + "."]
        note = f"Tout est authentique (factures pour {', '.join(SHORT[g['brand']] for g in gs)}), SAUF le {cp['name']} qui est une réplique de bonne qualité, je préfère le dire."
    elif lang == "de":
        head = ["Kleiderschrank-Auflösung, Paket: " + ", ".join(p["name"] for p in items) + "."]
        note = f"Alles original mit Rechnung ({', '.join(SHORT[g['brand']] for g in gs)}), NUR {cp['name']} ist ein Replika/Fake, sieht aber top aus."
    elif lang == "ru":
        head = ["Разбираю гардероб, лот: " + ", ".join(p["name"] for p in items) + "."]
        note = f"Всё оригинал с чеками ({', '.join(SHORT[g['brand']] for g in gs)}), кроме {cp['name']} — это реплика хорошего качества."
    else:
        head = ["Closet clear-out bundle: " + ", ".join(p["name"] for p in items) + "."]
        note = f"Everything is authentic with receipts ({', '.join(SHORT[g['brand']] for g in gs)}) EXCEPT the {cp['name']}, which is a good-quality rep – being upfront."
    desc = longdesc(rng, lang, head, None, note, private=True)
    usd = sum(g["usd"] * rng.uniform(0.35, 0.55) for g in gs) + cprice(rng, cp)
    title = rng.choice(["Bundle: ", "Lot ", "Job lot – "]) + " + ".join(SHORT[p["brand"]] for p in items)
    return mk(rng, m, title, desc, usd, cp, seller="private"), cb, []


@cls("c_bundle_copy_freebie38", "", "counterfeit", "a genuine-priced item of one brand sold with a FREE copy of another brand's product ('free 1:1 AirPods', 'free OEM Gillette blades'); only the copied brand is expected")
def _(rng, i):
    pairs = [("samsung:S24 Ultra", "apple:AirPods", "1:1 copy"), ("apple:iPhone 15", "samsung:Buds2", "OEM version"),
             ("nintendo:OLED", "sony:WF-1000XM5", "master copy"), ("philips:Shaver", "gillette:Fusion5", "OEM same as original"),
             ("levis:501", "gucci:belt", "mirror quality"), ("nike:Air Force", "louis-vuitton:Zippy", "AAA copy"),
             ("sony:PlayStation", "nintendo:Pro Controller", "1:1 clone"), ("dyson:V15", "philips:Sonicare", "replica"),
             ("adidas:Ultraboost", "rolex:Datejust", "super clone"), ("canon:EOS R6", "sony:WH-1000XM5", "1:1 copy"),
             ("microsoft:Xbox", "nintendo:Joy-Con", "OEM copy"), ("bose:QuietComfort 45", "apple:20W", "copy"),
             ("estee-lauder:Night Repair", "loreal:Génifique", "counter-quality copy")]
    a, b, cw = pairs[i]
    pa, pb = P_(*a.split(":")), P_(*b.split(":"))
    m = ["shopee-ph", "lazada-my", "jumia-ng", "flipkart", "tiktok-shop", "noon-ae", "daraz-pk"][i % 7]
    lang = MARKETS[m][0]
    title = f"{pa['name']} + FREE {pb['name']}!!"
    note = f"FREEBIE: {pb['name']} ({cw}, not original) – free while stocks last."
    desc = longdesc(rng, lang if lang in ("en",) else "en", [f"{pa['name']} – {pa['generic']}, brand new, 1 year warranty.", "Promo this week only!"],
                    spec_for(rng, "en", pa), note)
    return mk(rng, m, title, desc, pa["usd"] * rng.uniform(0.9, 1.0), pa), pb["brand"], []


@cls("c_fits_device_copy38", "", "counterfeit", "a copy of brand A's accessory or part sold as fitting brand B's devices ('Apple 20W adapter for Galaxy S24', 'Samsung 990 PRO for PS5'); B is no goods of the listing and not in `also`")
def _(rng, i):
    rows = [("apple:20W", "for Samsung Galaxy S24 / S23, Google Pixel"), ("samsung:25W", "for iPhone 15 / iPad and Nintendo Switch"),
            ("samsung:990 PRO", "for Sony PS5 / PS5 Slim expansion slot and MacBook"), ("apple:AirPods", "works with Samsung Galaxy & all Android phones"),
            ("nintendo:Pro Controller", "also works on PC, Steam Deck and Sony PS4"), ("panasonic:eneloop", "for Canon Speedlite flash and Sony camera flashes"),
            ("canon:LP-E6NH", "fits Canon EOS R6 / R5 / 90D – the dual charger also takes Sony NP-FZ100 packs"), ("abbott:Libre", "works with the LibreLink app on Apple iPhone and Samsung phones"),
            ("sony:WF-1000XM5", "perfect for iPhone 15 and Samsung Galaxy"), ("samsung:Buds2", "pairs with Apple iPhone via Bluetooth 5.3"),
            ("bose:Ultra Earbuds", "compatible with Apple iPhone & Samsung Galaxy"), ("nintendo:Joy-Con", "works on PC and Apple Mac via Bluetooth"),
            ("apple:20W", "for Sony Xperia, Samsung tablets and Nintendo Switch")]
    a, fit = rows[i]
    p = P_(*a.split(":"))
    m = ["aliexpress", "shopee-my", "amazon-in", "jumia-ke", "temu", "mercadolibre-mx", "lazada-ph"][i % 7]
    lang = "en" if MARKETS[m][0] not in ("es",) else "es"
    cw = rng.choice(L[lang]["copy"])
    title = f"{p['name']} {fit}"
    desc = longdesc(rng, lang, [f"{p['name']} – {fit}.", p["generic"].capitalize() + "."], spec_for(rng, lang, p), cw)
    return mk(rng, m, title, desc, cprice(rng, p), p, ship_from=("CN" if MARKETS[m][2] == "CN" else None)), p["brand"], []


@cls("c_fits_vehicle_copy38", "", "counterfeit", "copied auto parts, tyres and oils named for OTHER makers' vehicles ('BMW filter 11428575211 fits Toyota Supra', 'Shell Helix for Honda, Toyota, BMW'); the vehicle makers are not in `also`")
def _(rng, i):
    rows = [("bmw:oil filter", "fits Toyota GR Supra A90 (B58 engine)"), ("shell:Helix", "for Toyota, Honda, BMW petrol engines"),
            ("michelin:Pilot Sport", "for BMW M3 / M4 and Toyota GR Supra"), ("michelin:Primacy", "for Honda Civic, Toyota Corolla, VW Golf"),
            ("toyota:oil filter", "also fits Lexus and Subaru BRZ (Toyota 86)"), ("honda:brake pads", "fits Acura ILX / Honda Civic"),
            ("shell:Rimula", "for Toyota Hilux D-4D and Honda generators"), ("toyota:air filter", "fits Toyota RAV4 and Lexus NX"),
            ("bmw:brake disc", "fits BMW 3-series G20 / Toyota Supra"), ("honda:oil filter", "fits Honda Civic, CR-V, Accord"),
            ("michelin:Pilot Sport", "for Honda Civic Type R"), ("shell:Helix", "for BMW LL-01 and Toyota engines"), ("toyota:brake pads", "fits Toyota Camry / Lexus ES")]
    a, fit = rows[i]
    p = P_(*a.split(":"))
    m = ["mercadolibre-mx", "olx-br", "shopee-ph", "jumia-ng", "avito", "aliexpress", "tokopedia"][i % 7]
    lang = MARKETS[m][0]
    cw = rng.choice(L[lang]["copy"])
    title = f"{p['name']} {p['model'] or ''} {fit}"
    desc = longdesc(rng, lang, [f"{p['name']} – {p['generic']} – {fit}."], spec_for(rng, lang, p, version=cw), None,
                    extra=["OEM packaging with logo, pack of " + str(rng.choice([2, 4, 6, 10]))])
    return mk(rng, m, title, desc, cprice(rng, p), p), p["brand"], []


@cls("c_component_brands_clone38", "*", "counterfeit", "clones that name OTHER registry brands as their components ('iPhone 15 Pro 1:1 with Samsung AMOLED and Sony IMX camera', 'Dyson V15 copy with Samsung cells'); the component makers are not in `also`")
def _(rng, i):
    rows = [("apple:iPhone 15", "Samsung AMOLED display, Sony IMX 50MP camera sensor"), ("apple:MacBook Air", "Samsung 512GB SSD and Samsung RAM inside"),
            ("dyson:V15", "Samsung 18650 battery cells, 7 x 3000mAh"), ("samsung:S24 Ultra", "Sony IMX 108MP camera"),
            ("nintendo:OLED", "Samsung 7-inch OLED panel, Panasonic battery"), ("bosch:GSR 12V", "Samsung 21700 cells in the battery pack"),
            ("dyson:Supersonic", "Panasonic-grade brushless motor, Philips heating element"), ("apple:AirPods", "Sony LDAC chip, Panasonic coin cells"),
            ("bose:QuietComfort 45", "Sony 40mm drivers, Samsung battery"), ("philips:Sonicare", "Panasonic motor and Panasonic NiMH battery"),
            ("sony:WH-1000XM5", "Samsung battery cell, Apple-compatible AAC"), ("dyson:Airwrap", "Panasonic motor, 110,000 rpm"),
            ("apple:iPhone 15", "Sony camera sensor, Samsung 256GB storage")]
    a, comp = rows[i]
    p = P_(*a.split(":"))
    m = ["aliexpress", "dhgate", "shopee-ph", "lazada-th", "temu", "jumia-ng", "daraz-pk"][i % 7]
    lang = "en" if MARKETS[m][0] not in ("th",) else "th"
    cw = rng.choice(L[lang]["copy"])
    title = f"{p['name']} {rng.choice(['1:1', 'Clone', 'Copy'])} – {comp}"
    desc = longdesc(rng, lang, [f"{p['name']} – {cw}.", f"Inside: {comp}. Same look as the original."], spec_for(rng, lang, p), None)
    return mk(rng, m, title, desc, cprice(rng, p), p, ship_from="CN"), p["brand"], []


@cls("c_shop_multibrand_title38", "", "counterfeit", "multi-brand shop titles ('NIKE ADIDAS PUMA Store | ...') selling one brand's copy; the other brands of the shop title are in `also`")
def _(rng, i):
    groups = [["nike", "adidas", "puma"], ["louis-vuitton", "gucci", "coach", "michael-kors"], ["rolex", "omega", "cartier"],
              ["loreal", "estee-lauder", "shiseido"], ["apple", "samsung", "sony", "bose"], ["the-north-face", "canada-goose"],
              ["callaway", "wilson", "yonex"], ["burberry", "gucci", "louis-vuitton"], ["swarovski", "pandora", "cartier"],
              ["dyson", "philips", "panasonic"], ["lego", "bandai", "hasbro", "mattel"], ["nike", "adidas", "levis"], ["sony", "nintendo", "microsoft"]]
    g = groups[i]
    b = g[rng.randrange(len(g))]
    pool = [p for p in PRODUCTS if p["brand"] == b and p["kind"] != "soft"]
    p = pool[rng.randrange(len(pool))]
    m = ["shopee-ph", "lazada-my", "tokopedia", "jumia-ng", "olx-in", "shopee-vn", "mercadolibre-co"][i % 7]
    lang = MARKETS[m][0]
    shop = " ".join(SHORT[x].upper() for x in g)
    title = f"{shop} STORE | {p['name']}"
    desc = longdesc(rng, lang, [f"{shop} – all in one shop!", f"{p['name']} – {p['generic']}."], spec_for(rng, lang, p, version=rng.choice(L[lang]["copy"])), None)
    r = mk(rng, m, title, desc, cprice(rng, p), p)
    r["seller"]["name"] = shop.title() + " Store"
    return r, b, [x for x in g if x != b]


@cls("c_comparison_vs_rival38", "*", "counterfeit", "a copy of brand A sold by comparison with a genuine rival brand B ('Bose QC45 1:1 – better than Sony XM5', 'Omega Seamaster rep, nicer than a Rolex Sub'); B is not in `also`")
def _(rng, i):
    rows = [("bose:QuietComfort 45", "sony:WH-1000XM5"), ("sony:WH-1000XM5", "bose:QuietComfort 45"), ("apple:AirPods", "samsung:Buds2"),
            ("samsung:Buds2", "apple:AirPods"), ("rolex:Submariner", "omega:Seamaster"), ("omega:Seamaster", "rolex:Submariner"),
            ("philips:Shaver", "panasonic:Arc5"), ("panasonic:Arc5", "philips:Shaver"), ("nike:Dunk", "adidas:Samba"),
            ("adidas:Samba", "nike:Dunk"), ("estee-lauder:Night Repair", "loreal:Génifique"), ("canada-goose:Langford", "the-north-face:Nuptse"),
            ("the-north-face:Nuptse", "canada-goose:Expedition")]
    a, b = rows[i]
    pa, pb = P_(*a.split(":")), P_(*b.split(":"))
    m = ["shopee-sg", "amazon-in", "carousell-my", "jumia-ke", "ebay-uk", "lazada-ph", "tiktok-shop"][i % 7]
    cw = rng.choice(L["en"]["copy"])
    title = f"{pa['name']} ({cw}) – better than {pb['name']}?"
    comp = rng.choice([f"Honestly sounds/feels better than the {pb['name']} I owned, at a tenth of the price.",
                       f"Why pay for a {pb['name']}? This {SHORT[pa['brand']]} version does the same.",
                       f"Comparison: a genuine {pb['name']} costs {pb['usd']} USD; our {SHORT[pa['brand']]} version ({cw}) costs a fraction."])
    desc = longdesc(rng, "en", [f"{pa['name']} – {pa['generic']}.", comp], spec_for(rng, "en", pa), None)
    return mk(rng, m, title, desc, cprice(rng, pa), pa), pa["brand"], []


@cls("c_multi_gift_set38", "", "counterfeit", "gift boxes of two brands' goods, both copies ('Lancôme + Estée Lauder 2-in-1 set, counter quality'); the second brand is in `also`")
def _(rng, i):
    rows = [("loreal:Génifique", "estee-lauder:Night Repair"), ("rolex:Datejust", "cartier:Love"), ("louis-vuitton:Zippy", "gucci:belt"),
            ("ferrero:Rocher", "nestle:KitKat"), ("mars:Snickers", "ferrero:Nutella"), ("swarovski:Millenia", "pandora:charm"),
            ("shiseido:Ultimune", "loreal:Kiehl"), ("michael-kors:Parker", "coach:wallet"), ("apple:AirPods", "samsung:25W"),
            ("burberry:scarf", "louis-vuitton:Zippy"), ("omega:Speedmaster", "cartier:Juste"), ("estee-lauder:Double Wear", "shiseido:Anessa"),
            ("dyson:Airwrap", "philips:Sonicare")]
    a, b = rows[i]
    pa, pb = P_(*a.split(":")), P_(*b.split(":"))
    m = ["taobao", "shopee-my", "dhgate", "noon-ae", "meesho", "wildberries", "tiktok-shop"][i % 7]
    lang = MARKETS[m][0]
    cw = rng.choice(L[lang]["copy"])
    title = f"Gift set 2 in 1: {pa['name']} + {pb['name']} 🎁"
    desc = longdesc(rng, lang, [f"{pa['name']} + {pb['name']} in a gift box with ribbon."], spec_for(rng, lang, pa), cw)
    usd = (pa["usd"] + pb["usd"]) * copy_frac(rng, pa["usd"] + pb["usd"])
    return mk(rng, m, title, desc, usd, pa), pa["brand"], [pb["brand"]]


@cls("c_wholesale_mixed38", "", "counterfeit", "wholesale lots of several brands' copies in one listing (sneakers, bags, chargers, medicines, chocolate); every named brand is in `also`")
def _(rng, i):
    groups = [["nike", "adidas", "puma"], ["louis-vuitton", "gucci", "michael-kors"], ["pfizer", "bayer", "johnson-johnson"],
              ["apple", "samsung"], ["mars", "ferrero", "nestle"], ["loreal", "estee-lauder"], ["rolex", "omega"],
              ["gillette", "philips"], ["coca-cola", "danone"], ["lego", "bandai", "mattel"], ["abbott", "nestle", "danone"],
              ["the-north-face", "canada-goose"], ["bose", "sony", "apple"]]
    g = groups[i]
    ps = [[p for p in PRODUCTS if p["brand"] == b][0] for b in g]
    m = ["dhgate", "aliexpress", "taobao", "jumia-ng", "pinduoduo", "noon-sa", "daraz-bd"][i % 7]
    lang = MARKETS[m][0]
    n = rng.choice([20, 50, 100, 200])
    cw = rng.choice(L[lang]["copy"])
    title = f"Wholesale lot {n} pcs mixed: " + " / ".join(p["name"] for p in ps)
    desc = longdesc(rng, lang, [f"MOQ {n} pcs, mixed models: " + ", ".join(p["name"] for p in ps) + ".", "Price per piece, bulk discount for 500+."],
                    None, cw, extra=["Shipping by sea or air, DDP to door."])
    usd = ps[0]["usd"] * rng.uniform(0.08, 0.25)
    return mk(rng, m, title, desc, usd, ps[0], ship_from="CN" if MARKETS[m][2] == "CN" else None), g[0], g[1:]


@cls("c_keyword_tail_brands38", "", "counterfeit", "one brand's copy whose long description ends in a keyword tail naming other houses (gucci lv burberry coach michael kors ...); the registry brands of the tail are in `also`")
def _(rng, i):
    pool = prods(kinds={"lux", "watch", "jewel", "sneaker", "apparel", "beauty"})
    p = cyc(pool, i, 3)
    fam = {"lux": ["louis-vuitton", "gucci", "burberry", "coach", "michael-kors"], "watch": ["rolex", "omega", "cartier", "michael-kors"],
           "jewel": ["cartier", "pandora", "swarovski"], "sneaker": ["nike", "adidas", "puma"], "apparel": ["canada-goose", "the-north-face", "levis", "burberry"],
           "beauty": ["loreal", "estee-lauder", "shiseido"]}[p["kind"]]
    others = [b for b in fam if b != p["brand"]]
    tail = " ".join((SHORT[b].lower() + " " + rng.choice(["bag", "original", "men", "women", "sale", "2026", "outlet"])) for b in others)
    tail += " " + " ".join(rng.sample(["prada", "hermes", "chanel", "dior", "ysl", "fendi", "balenciaga", "moncler", "tissot", "lacoste"], 4))
    m = ["dhgate", "aliexpress", "shopee-ph", "ebay", "etsy", "lazada-my", "mercari-us"][i % 7]
    lang = "en"
    cw = rng.choice(L[lang]["copy"])
    desc = longdesc(rng, lang, [f"{p['name']} – {p['generic']}."], spec_for(rng, lang, p, version=cw), None, kw="Search terms: " + tail)
    return mk(rng, m, p["name"] + " " + rng.choice(["new", "2026", "hot"]), desc, cprice(rng, p), p), p["brand"], others


@cls("c_other_logo_on_genuine38", "*", "counterfeit", "genuine sneakers / jeans of one brand 'customised' with ANOTHER house's monogram or check (Nike AF1 in LV monogram, Levi's jacket with Gucci web and GG patches); only the applied house is expected")
def _(rng, i):
    rows = [("nike:Air Force", "louis-vuitton", "hand-painted Louis Vuitton monogram"), ("nike:Air Force", "gucci", "Gucci GG canvas panels and web stripe"),
            ("nike:Dunk", "burberry", "Burberry check overlays"), ("adidas:Stan", "louis-vuitton", "LV monogram print and gold LV charms"),
            ("levis:501", "gucci", "Gucci web stripe down the side and GG patches"), ("levis:511", "burberry", "Burberry check turn-ups and TB logo patch"),
            ("nike:Jordan", "louis-vuitton", "Louis Vuitton Damier panels"), ("puma:Suede", "gucci", "GG Supreme panels"),
            ("nike:Air Max", "michael-kors", "MK signature logo print"), ("adidas:Samba", "burberry", "Burberry check on the three stripes"),
            ("nike:Air Force", "coach", "Coach signature C canvas"), ("levis:501", "louis-vuitton", "LV monogram back pockets"),
            ("the-north-face:Nuptse", "louis-vuitton", "LV monogram shoulder panels")]
    a, house, how = rows[i]
    p = P_(*a.split(":"))
    m = ["etsy", "ebay", "vinted-fr", "etsy", "tiktok-shop", "carousell-sg", "mercari-us"][i % 7]
    lang = MARKETS[m][0]
    title = f"Custom {p['name']} – {how}"
    body = [f"Genuine {p['name']} (bought new), customised by me with {how}.", "Made to order in your size, 10-14 days.",
            f"Not affiliated with {SHORT[house]} or {SHORT[p['brand']]}; custom artwork."]
    desc = longdesc(rng, "en" if lang != "fr" else "fr", body if lang != "fr" else [f"{p['name']} authentiques, customisées avec {how}.", "Sur commande, 10-14 jours."], None, None)
    return mk(rng, m, title, desc, p["usd"] + rng.uniform(90, 260), p["cat"]), house, []


@cls("c_service_kit_one_copy38", "*", "counterfeit", "car service kits with a genuine part of one maker and a copied part of another ('Toyota genuine filter + Shell Helix, linha paralela com logo'); only the copied brand is expected")
def _(rng, i):
    rows = [("toyota:oil filter", "shell:Helix"), ("honda:oil filter", "shell:Helix"), ("shell:Helix", "bmw:oil filter"),
            ("bmw:oil filter", "shell:Helix"), ("shell:Rimula", "toyota:air filter"), ("michelin:Primacy", "toyota:brake pads"),
            ("toyota:air filter", "shell:Helix"), ("shell:Helix", "honda:brake pads"), ("honda:brake pads", "michelin:Primacy"),
            ("bmw:brake disc", "shell:Helix"), ("shell:Helix", "toyota:oil filter"), ("toyota:oil filter", "michelin:Primacy"),
            ("honda:oil filter", "bmw:oil filter")]
    g, c = rows[i]
    pg, pc = P_(*g.split(":")), P_(*c.split(":"))
    m = ["mercadolibre-br", "olx-br", "mercadolibre-mx", "shopee-ph", "jumia-ng", "avito", "tokopedia"][i % 7]
    lang = MARKETS[m][0]
    cw = rng.choice(L[lang]["copy"])
    title = f"Kit revisão / service kit: {pg['name']} + {pc['name']}"
    desc = longdesc(rng, lang, [f"{pg['name']} {pg['model'] or ''} – genuine, from the dealer.", f"{pc['name']} {pc['model'] or ''} – {cw}, with logo."], None, None,
                    extra=["Fitting available at our workshop."])
    usd = pg["usd"] * rng.uniform(0.9, 1.05) + cprice(rng, pc)
    return mk(rng, m, title, desc, usd, pc), pc["brand"], []


@cls("c_beauty_haul_multi38", "", "counterfeit", "beauty haul lots of several houses' products, all 'counter quality / mirror'; every named house is in `also`")
def _(rng, i):
    pool = prods(kinds={"beauty"}) + [P_("shiseido", "Anessa")]
    ps = rng.sample(pool, 3)
    while len({p["brand"] for p in ps}) < 2:
        ps = rng.sample(pool, 3)
    first = ps[i % 3]
    m = ["shopee-ph", "tiktok-shop", "noon-ae", "lazada-vn", "trendyol", "wildberries", "coupang"][i % 7]
    lang = MARKETS[m][0]
    cw = rng.choice(L[lang]["copy"])
    title = "Skincare haul lot: " + " + ".join(p["name"] for p in [first] + [p for p in ps if p is not first])
    desc = longdesc(rng, lang, ["3 items: " + ", ".join(p["name"] for p in ps) + "."], None, cw)
    usd = sum(cprice(rng, p) for p in ps)
    return mk(rng, m, title, desc, usd, first), first["brand"], sorted({p["brand"] for p in ps} - {first["brand"]})


@cls("c_watch_jewel_collection38", "", "counterfeit", "'collection for sale' lots of luxury watches and jewellery, all super clones, with a multi-slot box; every named house is in `also`")
def _(rng, i):
    pool = prods(kinds={"watch", "jewel"}, minusd=1000)
    ps = rng.sample(pool, 3)
    while len({p["brand"] for p in ps}) < 2:
        ps = rng.sample(pool, 3)
    first = ps[0]
    m = ["carousell-hk", "dhgate", "ebay", "avito", "olx-in", "mercadolibre-ar", "noon-ae"][i % 7]
    lang = MARKETS[m][0]
    cw = rng.choice(L[lang]["copy"])
    title = "Collection: " + " / ".join(p["name"] for p in ps)
    desc = longdesc(rng, lang, [", ".join(p["name"] for p in ps) + "."], None, cw, extra=["3-slot watch box included."])
    usd = sum(cprice(rng, p) for p in ps)
    return mk(rng, m, title, desc, usd, first), first["brand"], sorted({p["brand"] for p in ps} - {first["brand"]})


@cls("c_rep_haul_multi38", "", "counterfeit", "rep hauls via a buying agent (QC photos, one parcel) of sneakers, jackets and bags of several brands; every named brand is in `also`")
def _(rng, i):
    pool = prods(kinds={"sneaker", "apparel", "lux"})
    ps = rng.sample(pool, 3)
    while len({p["brand"] for p in ps}) < 3:
        ps = rng.sample(pool, 3)
    m = ["ebay", "vinted-pl", "carousell-sg", "mercari-us", "kleinanzeigen", "olx-br", "wallapop"][i % 7]
    lang = MARKETS[m][0]
    cw = rng.choice(L[lang]["copy"])
    title = "Haul: " + " + ".join(p["name"] for p in ps)
    desc = longdesc(rng, lang, [", ".join(p["name"] for p in ps) + ".", "QC photos from the agent available, shipped in one parcel."], None, cw, private=True)
    usd = sum(cprice(rng, p) for p in ps)
    return mk(rng, m, title, desc, usd, ps[0], seller="private"), ps[0]["brand"], sorted({p["brand"] for p in ps} - {ps[0]["brand"]})


@cls("c_luxury_case_for_device38", "", "counterfeit", "phone, earbud and laptop cases in a luxury house's monogram 'for iPhone 15 Pro / Galaxy S24 Ultra / AirPods Pro'; the device maker is not in `also`")
def _(rng, i):
    houses = ["louis-vuitton", "gucci", "burberry", "michael-kors", "coach", "louis-vuitton", "gucci", "burberry", "coach", "michael-kors",
              "louis-vuitton", "gucci", "burberry"]
    pat = {"louis-vuitton": "Louis Vuitton monogram leather", "gucci": "Gucci GG Supreme", "burberry": "Burberry check", "michael-kors": "Michael Kors MK signature",
           "coach": "Coach signature C"}
    dev = ["iPhone 15 Pro Max", "Samsung Galaxy S24 Ultra", "AirPods Pro 2", "MacBook Air 13", "Galaxy Z Flip", "iPhone 15", "Samsung Galaxy Buds2 Pro",
           "iPad Air", "iPhone 14 Pro", "Galaxy S23", "AirPods Pro 2", "Samsung Galaxy S24", "iPhone 15 Pro"][i]
    h = houses[i]
    m = ["shopee-ph", "aliexpress", "temu", "lazada-th", "amazon-us", "tokopedia", "flipkart"][i % 7]
    title = f"{pat[h]} case for {dev} – luxury designer cover"
    desc = longdesc(rng, "en", [f"Luxury {pat[h]} case for {dev}, precise cut-outs, wireless charging compatible.", "With gold-tone logo plate."],
                    None, rng.choice(["Brand: " + SHORT[h] + " (not original)", "Replica designer case, high quality", f"{SHORT[h]} logo case – copy"]))
    return mk(rng, m, title, desc, rng.uniform(8, 35), "accessories", ship_from=("CN" if MARKETS[m][2] == "CN" else None)), h, []


# ----------------------------------------------------------------------------- MULTI-BRAND innocent (10)

@cls("in_lot_all_genuine38", "", "innocent", "closet lots of several brands, all genuine with receipts, at used prices")
def _(rng, i):
    pool = prods(kinds={"sneaker", "apparel", "lux", "elec", "jewel"}, maxusd=2600)
    ps = rng.sample(pool, 3)
    while len({p["brand"] for p in ps}) < 3:
        ps = rng.sample(pool, 3)
    m = ["vinted-fr", "ebay", "kleinanzeigen", "mercari-us", "carousell-sg", "avito", "vinted-pl"][i % 7]
    lang = MARKETS[m][0]
    g = L[lang]["genuine"]
    desc = longdesc(rng, lang, [", ".join(p["name"] for p in ps) + ".", f"{g[0]} – {g[2]}."], None, None, private=True)
    title = "Bundle: " + " + ".join(p["name"] for p in ps)
    return mk(rng, m, title, desc, sum(p["usd"] for p in ps) * rng.uniform(0.4, 0.65), ps[0], seller="private"), ps[0]["brand"], []


@cls("in_fits_generic_accessory38", "", "innocent", "third-party accessories (Anker, Baseus, Spigen, UGREEN, 8BitDo ...) 'for iPhone 15 / Galaxy S24 / Switch / PS5', naming the devices only")
def _(rng, i):
    rows = [("Anker 20W USB-C charger for iPhone 15 / Galaxy S24", "apple", "chargers", 16), ("Spigen Tough Armor case for Samsung Galaxy S24 Ultra", "samsung", "accessories", 18),
            ("8BitDo Ultimate controller for Nintendo Switch and PC", "nintendo", "accessories", 60), ("UGREEN USB-C cable for MacBook Air and iPad", "apple", "accessories", 12),
            ("Baseus 65W GaN charger for MacBook, iPhone, Galaxy", "apple", "chargers", 35), ("Ear tips for Sony WF-1000XM5 (foam, 3 pairs) – Comply", "sony", "accessories", 25),
            ("Replacement ear cushions for Bose QC45 – Wicked Cushions", "bose", "accessories", 25), ("Screen protector for Nintendo Switch OLED, 2 pack – amFilm", "nintendo", "accessories", 9),
            ("Charging stand for PS5 DualSense – OIVO", "sony", "accessories", 20), ("Case for AirPods Pro 2, silicone – ESR", "apple", "accessories", 10),
            ("SanDisk 512GB microSD for Nintendo Switch", "nintendo", "memory", 40), ("Heatsink for Samsung 990 PRO / PS5 SSD slot – Sabrent", "samsung", "accessories", 12),
            ("Battery grip for Canon EOS R6 Mark II – Neewer", "canon", "accessories", 70)]
    n, ref, cat, usd = rows[i]
    m = ["amazon-us", "amazon-de", "amazon-in", "shopee-sg", "lazada-ph", "flipkart", "ebay-uk"][i % 7]
    lang = "en" if MARKETS[m][0] != "de" else "de"
    desc = longdesc(rng, lang, [n + ".", "Not made by or affiliated with the device makers; trademarks belong to their owners."], None, None,
                    kw=kwline(rng, {"generic": n.split(" for ")[0]}, extra=["compatible"]))
    return mk(rng, m, n, desc, usd * rng.uniform(0.85, 1.15), cat), ref, []


@cls("in_fits_vehicle_aftermarket38", "", "innocent", "aftermarket parts of other makers (MANN-FILTER, Mahle, Brembo, Castrol, Bridgestone ...) listed with vehicle fitment and OE reference numbers")
def _(rng, i):
    rows = [("MANN-FILTER W 68/3 oil filter – replaces Toyota 90915-YZZD1", "toyota", 7), ("Mahle OX 387D oil filter – OE BMW 11428575211", "bmw", 12),
            ("Brembo P 28 048 front pads – Honda Civic, OE 45022-TBA-A01", "honda", 45), ("Castrol EDGE 5W-40 4L – meets BMW LL-01, for Toyota/Honda", "shell", 40),
            ("Bridgestone Potenza Sport 245/40R18 – fits BMW 3-series", "michelin", 190), ("K&N 33-5057 air filter – Toyota RAV4, replaces 17801-0T030", "toyota", 55),
            ("Zimmermann brake disc – BMW 34116860016 equivalent", "bmw", 80), ("Fram PH7317 oil filter – Honda 15400-PLM-A02 cross reference", "honda", 6),
            ("Mobil 1 ESP 5W-30 – approved for BMW, Toyota and Honda engines", "shell", 45), ("Continental PremiumContact 7 205/55R16 – for Corolla, Civic", "michelin", 110),
            ("Akebono ProACT pads – Toyota Camry (OE 04465-02220 equivalent)", "toyota", 50), ("Hengst E340H oil filter – BMW B58 / Toyota Supra", "bmw", 11),
            ("Valvoline SynPower 5W-40 5L – for BMW, Toyota, Honda", "shell", 42)]
    n, ref, usd = rows[i]
    m = ["amazon-de", "ebay", "mercadolibre-mx", "ebay-uk", "olx-br", "shopee-ph", "avito"][i % 7]
    lang = MARKETS[m][0]
    desc = longdesc(rng, lang, [n + ".", "Aftermarket part; OE numbers for reference only. Brand on the box: " + n.split()[0] + "."], None, None)
    return mk(rng, m, n, desc, usd * rng.uniform(0.85, 1.15), "auto parts"), ref, []


@cls("in_component_named_generic38", "", "innocent", "third-party goods that name the registry brand's genuine component inside (dashcam with Sony STARVIS, power bank with Samsung cells, e-bike with a Bosch motor, Panasonic-cell packs)")
def _(rng, i):
    rows = [("70mai A810 dashcam with Sony STARVIS 2 IMX678 sensor", "sony", "cameras", 150), ("Nitecore power bank 10000mAh with Samsung 21700 cells", "samsung", "accessories", 45),
            ("Cube Kathmandu e-bike with Bosch Performance Line CX motor", "bosch", "bicycles", 3600), ("Fenix flashlight with Panasonic 18650 cell included", "panasonic", "accessories", 60),
            ("Dell 34 QD-OLED monitor with Samsung Display panel", "samsung", "monitors", 900), ("Trek road bike on Michelin Power Cup tyres", "michelin", "bicycles", 2200),
            ("Xiaomi robot vacuum with Panasonic battery cells", "panasonic", "vacuum cleaners", 300), ("Insta360 camera with Sony 1-inch sensor", "sony", "cameras", 430),
            ("EcoFlow power station with Samsung LFP cells", "samsung", "generators", 700), ("Gazelle city e-bike, Bosch Active Line Plus motor", "bosch", "bicycles", 2900),
            ("Anbernic handheld with Samsung LPDDR4 RAM", "samsung", "consoles", 120), ("Garmin watch with Sony GPS chip", "sony", "watches", 350),
            ("Tile tracker with Panasonic CR2032 battery", "panasonic", "accessories", 25)]
    n, ref, cat, usd = rows[i]
    m = ["amazon-us", "amazon-de", "ebay", "kleinanzeigen", "shopee-sg", "bol", "flipkart"][i % 7]
    lang = MARKETS[m][0]
    desc = longdesc(rng, lang, [n + ".", "New, sealed, manufacturer's warranty."], None, None)
    return mk(rng, m, n, desc, usd * rng.uniform(0.85, 1.05), cat), ref, []


@cls("in_multibrand_retailer38", "", "innocent", "authorized multi-brand retailers' listings (JD Sports, MediaMarkt, Sephora, Foot Locker ...) whose titles name several brands; genuine goods at retail")
def _(rng, i):
    groups = [["nike", "adidas", "puma"], ["apple", "samsung", "sony"], ["loreal", "estee-lauder", "shiseido"], ["dyson", "philips", "bosch"],
              ["the-north-face", "canada-goose"], ["lego", "hasbro", "mattel"], ["nike", "adidas", "levis"]]
    g = groups[i % len(groups)]
    b = g[i % len(g)]
    p = [x for x in PRODUCTS if x["brand"] == b and x["kind"] != "soft"][i % 2 if len([x for x in PRODUCTS if x["brand"] == b]) > 1 else 0]
    m = ["amazon-de", "ebay-uk", "noon-ae", "flipkart", "lazada-my", "mercadolibre-mx", "trendyol"][i % 7]
    lang = MARKETS[m][0]
    ret = rng.choice(RETAILERS.get(lang, RETAILERS["en"]))
    shop = " | ".join(SHORT[x] for x in g)
    title = f"{ret} – {shop} | {p['name']}"
    desc = longdesc(rng, lang, [f"{ret}: authorized retailer of {shop}.", f"{p['name']} – {p['generic']}.", L[lang]["genuine"][0] + "."],
                    spec_for(rng, lang, p), None)
    r = mk(rng, m, title, desc, p["usd"] * rng.uniform(0.92, 1.08), p)
    r["seller"]["name"] = ret
    return r, b, []


@cls("in_comparison_genuine38", "", "innocent", "genuine goods of one brand sold with a comparison to another ('switched to Bose, selling my Sony XM5', 'Omega is better than Rolex for me'), at used prices")
def _(rng, i):
    rows = [("sony:WH-1000XM5", "Bose QC Ultra"), ("bose:QuietComfort 45", "Sony XM5"), ("apple:AirPods", "Galaxy Buds3 Pro"), ("samsung:Buds2", "AirPods Pro"),
            ("philips:Shaver", "Panasonic Arc5"), ("panasonic:Arc5", "Philips Series 9000"), ("nike:Dunk", "adidas Samba"), ("adidas:Samba", "Nike Dunks"),
            ("canon:EOS R6", "Sony A7 IV"), ("sony:Alpha", "Canon R6 II"), ("omega:Speedmaster", "Rolex Daytona"), ("dyson:V15", "Bosch Unlimited"),
            ("the-north-face:Nuptse", "Canada Goose")]
    a, other = rows[i]
    p = P_(*a.split(":"))
    m = ["ebay", "carousell-sg", "kleinanzeigen", "mercari-us", "vinted-fr", "olx-pl", "ebay-uk"][i % 7]
    lang = MARKETS[m][0]
    title = f"{p['name']} – genuine, switched to {other}"
    desc = longdesc(rng, lang, [f"Selling my {p['name']} because I switched to the {other}; honestly both are great.", "Genuine, bought at an authorized store, receipt included."],
                    spec_for(rng, lang, p, cond_new=False), None, private=True)
    lo, hi = (0.85, 1.15) if p["kind"] == "watch" else (0.45, 0.7)
    return mk(rng, m, title, desc, p["usd"] * rng.uniform(lo, hi), p, seller="private"), p["brand"], []


@cls("in_bundle_genuine_multi38", "", "innocent", "genuine bundles of two brands (PS5 + Samsung 990 PRO installed, MacBook Air + Bose QC45, LEGO + Hasbro toys sealed), at bundle prices")
def _(rng, i):
    rows = [("sony:PlayStation", "samsung:990 PRO"), ("apple:MacBook Air", "bose:QuietComfort 45"), ("lego:Tree House", "hasbro:Monopoly"),
            ("nintendo:OLED", "samsung:25W"), ("canon:EOS R6", "panasonic:eneloop"), ("nike:Dunk", "levis:501"), ("microsoft:Xbox", "samsung:990 PRO"),
            ("apple:iPhone 15", "bose:SoundLink"), ("dyson:Supersonic", "philips:Sonicare"), ("samsung:S24 Ultra", "sony:WF-1000XM5"),
            ("mattel:Barbie", "lego:Tree House"), ("callaway:driver", "callaway:balls"), ("adidas:Samba", "levis:511")]
    a, b = rows[i]
    pa, pb = P_(*a.split(":")), P_(*b.split(":"))
    m = ["ebay", "kleinanzeigen", "carousell-sg", "mercari-us", "olx-br", "avito", "wallapop"][i % 7]
    lang = MARKETS[m][0]
    title = f"{pa['name']} + {pb['name']} bundle"
    desc = longdesc(rng, lang, [f"Bundle: {pa['name']} and {pb['name']}, both genuine, bought at retail, receipts included.", "Selling together, no split."], None, None, private=True)
    return mk(rng, m, title, desc, (pa["usd"] + pb["usd"]) * rng.uniform(0.55, 0.85), pa, seller="private"), pa["brand"], []


@cls("in_gift_set_genuine_multi38", "", "innocent", "retailers' gift sets, hampers and advent calendars with several brands' genuine goods at retail (Sephora Favorites, Christmas hampers)")
def _(rng, i):
    rows = [("Sephora Favorites skincare set: Lancôme Génifique 20ml, Estée Lauder ANR 15ml, Shiseido Ultimune 10ml, Kiehl's cream 28ml", "loreal", 85, "skincare"),
            ("Christmas hamper: Ferrero Rocher 16, KitKat, Snickers, M&M's, Coca-Cola 4 cans", "ferrero", 45, "chocolate"),
            ("Douglas advent calendar 2026 with Lancôme, Estée Lauder, Shiseido minis", "estee-lauder", 120, "skincare"),
            ("Office snack box: Snickers, Twix, KitKat, Kinder Bueno, Coca-Cola (24 items)", "mars", 35, "confectionery"),
            ("Travel kit: Gillette Mach3, Listerine 250ml, Neutrogena Hydro Boost 15ml, Bepanthen 30g", "gillette", 30, "shaving"),
            ("Baby hamper: Johnson's baby wash, Bepanthen nappy cream, Aptamil first milk ready-to-feed 6 x 200ml", "johnson-johnson", 40, "first aid"),
            ("Boots Star Gift: Maybelline Sky High + Estée Lauder Double Wear mini", "loreal", 32, "makeup"),
            ("Selfridges beauty box: Shiseido Anessa 60ml, Lancôme mascara, Kiehl's lip balm", "shiseido", 70, "skincare"),
            ("Eid chocolate tray: Ferrero Rocher, Galaxy (Dove), KitKat", "ferrero", 28, "chocolate"),
            ("Coffee break gift box: Nescafé Gold 200g, KitKat, Ferrero Raffaello", "nestle", 30, "coffee"),
            ("Kids party box: Hot Wheels 5-pack, Play-Doh 4-pack, LEGO Classic small box", "mattel", 35, "toys"),
            ("Men's grooming box: Philips OneBlade, Gillette ProGlide, Nivea balm", "philips", 60, "shavers"),
            ("Chocolate advent calendar: Kinder, Ferrero Rocher, Nutella B-ready", "ferrero", 25, "confectionery")]
    n, ref, usd, cat = rows[i]
    m = ["amazon-uk", "amazon-de", "noon-ae", "ebay-uk", "bol", "amazon-us", "jumia-ke"][i % 7]
    lang = MARKETS[m][0]
    desc = longdesc(rng, lang, [n + ".", "All products genuine, sourced from the brands' official distributors; gift-wrapped."], None, None)
    r = mk(rng, m, n, desc, usd * rng.uniform(0.95, 1.08), cat)
    r["seller"]["name"] = rng.choice(["Boots", "Sephora", "Douglas", "Carrefour", "Selfridges", "Tesco"])
    return r, ref, []


@cls("in_service_multibrand38", "", "innocent", "services naming many brands: phone and camera repair, car service with named oils and parts, sneaker cleaning, watch servicing")
def _(rng, i):
    rows = [("Screen & battery repair: iPhone, Samsung Galaxy, Sony Xperia – 30 min", "apple", "services", 60),
            ("Car service: Toyota, Honda, BMW – oil change with Shell Helix Ultra, genuine filters", "shell", "services", 120),
            ("Sneaker cleaning & restoration: Nike, adidas, Puma, suede and leather", "nike", "services", 25),
            ("Watch servicing: Rolex, Omega, Cartier – movement overhaul, 2-year warranty", "rolex", "services", 650),
            ("Camera sensor cleaning: Canon, Sony, Nikon", "canon", "services", 55), ("Console repair: PS5 HDMI port, Xbox Series X, Switch Joy-Con drift", "sony", "services", 70),
            ("Dyson, Philips, Bosch appliance repair at home", "dyson", "services", 50), ("Bag spa: Louis Vuitton, Gucci, Coach – cleaning, edge paint", "louis-vuitton", "services", 90),
            ("Tyre fitting & balancing: Michelin, Bridgestone, Pirelli – from 20 USD", "michelin", "services", 20),
            ("Racket stringing: Yonex, Wilson, Victor – 24h", "yonex", "services", 15), ("Down jacket cleaning: Canada Goose, The North Face, Moncler", "canada-goose", "services", 45),
            ("Jewellery polishing: Cartier, Pandora, Swarovski", "cartier", "services", 40), ("Laptop repair: MacBook, Samsung Galaxy Book, Surface", "apple", "services", 80)]
    n, ref, cat, usd = rows[i]
    m = ["olx-in", "carousell-sg", "kleinanzeigen", "avito", "mercadolibre-ar", "jumia-ng", "ebay-uk"][i % 7]
    lang = MARKETS[m][0]
    desc = longdesc(rng, lang, [n + ".", "Independent workshop, not an authorized service centre. Free quote."], None, None)
    return mk(rng, m, n, desc, usd * rng.uniform(0.8, 1.2), cat), ref, []


@cls("in_custom_own_art_genuine38", "", "innocent", "genuine sneakers and denim hand-painted with the artist's OWN designs (flowers, anime, galaxies), no other house's marks, priced as base + art")
def _(rng, i):
    ps = [P_("nike", "Air Force"), P_("nike", "Dunk"), P_("adidas", "Stan"), P_("adidas", "Samba"), P_("levis", "501"), P_("puma", "Suede"), P_("nike", "Air Max")]
    p = ps[i % len(ps)]
    art = rng.choice(["hand-painted sunflowers", "anime-style koi fish", "galaxy splatter", "your pet's portrait", "Japanese wave", "cherry blossoms"])
    m = ["etsy", "ebay", "vinted-fr", "etsy", "tiktok-shop", "carousell-sg", "mercari-us"][i % 7]
    title = f"Custom {p['name']} – {art}"
    desc = longdesc(rng, "en", [f"Genuine {p['name']} bought new from a retailer, painted by me with {art}.", "Angelus leather paint, sealed with finisher. My own artwork – no other brands' logos.",
                                f"Not affiliated with {SHORT[p['brand']]}."], None, None)
    return mk(rng, m, title, desc, p["usd"] + rng.uniform(60, 200), p["cat"]), p["brand"], []


# ----------------------------------------------------------------------------- HARD counterfeit (14)

MONO = {"louis-vuitton": "LV monogram", "gucci": "Gucci GG logo", "burberry": "Burberry check with TB logo", "nike": "Nike swoosh",
        "adidas": "adidas trefoil", "michael-kors": "MK logo", "coach": "Coach C logo", "rolex": "Rolex crown logo", "canada-goose": "Canada Goose disc logo",
        "the-north-face": "The North Face logo", "puma": "Puma cat logo", "cartier": "Cartier logo", "omega": "Omega logo", "bmw": "BMW roundel",
        "toyota": "Toyota emblem", "honda": "Honda H logo", "coca-cola": "Coca-Cola script logo", "swarovski": "Swarovski swan logo", "pandora": "Pandora crown-O logo"}


@cls("c_logo_homeware38", "*", "counterfeit", "homeware the house never made, in its monogram or logo: duvet sets, pillow covers, rugs, shower curtains, car seat covers, neon signs, wallpaper")
def _(rng, i):
    bs = ["louis-vuitton", "gucci", "burberry", "nike", "rolex", "michael-kors", "coach", "adidas", "louis-vuitton", "gucci", "cartier", "the-north-face", "puma"]
    b = bs[i]
    item, usd, cat = rng.choice([("4-piece duvet cover set, queen size", 45, "bedding"), ("throw pillow covers 45x45, set of 2", 14, "home decor"),
                                 ("area rug 120x160 cm", 39, "home decor"), ("shower curtain with 12 hooks", 19, "home decor"),
                                 ("car seat covers, full set, PU leather", 59, "car accessories"), ("LED neon sign 60 cm, wall mount", 49, "home decor"),
                                 ("self-adhesive wallpaper roll 10 m", 25, "home decor"), ("bath towel set of 3", 29, "home decor")])
    m = ["shopee-ph", "aliexpress", "temu", "etsy", "amazon-us", "tokopedia", "mercadolibre-mx"][i % 7]
    lang = MARKETS[m][0]
    title = f"{MONO[b]} {item} – luxury designer home" if lang == "en" else f"{MONO[b]} {item}"
    desc = longdesc(rng, lang, [f"{MONO[b]} {item}. Luxury designer style for bedroom and living room.", "Printed logo pattern, soft and washable."], None, None,
                    kw=kwline(rng, {"generic": item}, extra=[SHORT[b].lower().replace(" ", ""), "designer", "luxury", "logo"]))
    return mk(rng, m, title, desc, usd * rng.uniform(0.8, 1.3), cat, ship_from="CN" if rng.random() < 0.6 else None), b, []


@cls("c_logo_fabric_yardage38", "*", "counterfeit", "logo fabric and vinyl by the metre / yard for DIY bags, upholstery and car interiors (LV monogram PU, GG canvas, Burberry check with TB, MK vinyl, Nike swoosh cotton)")
def _(rng, i):
    bs = ["louis-vuitton", "gucci", "burberry", "michael-kors", "coach", "nike", "louis-vuitton", "gucci", "adidas", "burberry", "louis-vuitton", "puma", "coach"]
    b = bs[i]
    mat = rng.choice(["PU leather", "jacquard canvas", "cotton twill", "vinyl leatherette", "embossed faux leather"])
    unit = rng.choice(["per metre", "per yard", "by the metre, 140 cm wide", "half metre"])
    m = ["taobao", "aliexpress", "etsy", "shopee-my", "amazon-us", "mercadolibre-br", "trendyol"][i % 7]
    lang = MARKETS[m][0]
    title = f"{MONO[b]} {mat} fabric {unit} – DIY bags, upholstery, car interior"
    if lang == "zh":
        title = f"{SHORT[b]} 老花 {mat} 面料 按米卖 DIY包包 软包 汽车内饰"
    desc = longdesc(rng, lang, [title + ".", f"Pattern: {MONO[b]}, repeat 18 cm. Thickness 0.8-1.2 mm."], None, None)
    return mk(rng, m, title, desc, rng.uniform(6, 22), "fabric", ship_from="CN" if MARKETS[m][2] == "CN" or rng.random() < 0.4 else None), b, []


@cls("c_miniature_logo38", "*", "counterfeit", "miniatures bearing the mark: 3D mini sneaker keychains with swoosh / three stripes, doll-size LV and Gucci bags, mini Rolex watch charms, toy Dyson dryers with the logo")
def _(rng, i):
    rows = [("nike", "3D mini Nike Dunk sneaker keychain with swoosh", 4), ("adidas", "mini adidas Samba keychain, three stripes", 4),
            ("louis-vuitton", "doll-size LV monogram Speedy bag 1:6 for Barbie", 6), ("gucci", "1:6 doll GG Marmont mini bag", 6),
            ("rolex", "mini Rolex Submariner watch charm / keyring with crown logo", 5), ("dyson", "toy Dyson Supersonic hair dryer with Dyson logo, kids pretend play", 9),
            ("nike", "mini Air Jordan 1 keyring set of 6", 10), ("louis-vuitton", "mini Neverfull bag charm keychain, monogram", 8),
            ("puma", "mini Puma Suede sneaker keychain", 4), ("canada-goose", "Canada Goose mini parka keychain for bags", 7),
            ("cartier", "mini Cartier Love bracelet charm for keys", 5), ("michael-kors", "doll-size MK tote 1:12 dollhouse", 5),
            ("apple", "mini iPhone 15 Pro keychain with Apple logo (non-working)", 4)]
    b, n, usd = rows[i]
    m = ["shopee-ph", "temu", "aliexpress", "lazada-th", "tiktok-shop", "etsy", "shopee-vn"][i % 7]
    lang = MARKETS[m][0]
    desc = longdesc(rng, lang if lang in ("en",) else "en", [n + ".", "Cute gift for sneakerheads and collectors, PVC / alloy."], None, None,
                    kw=kwline(rng, {"generic": n}, extra=["mini", "keychain", "cute"]))
    return mk(rng, m, n, desc, usd * rng.uniform(0.7, 1.4), "accessories", ship_from="CN" if rng.random() < 0.6 else None), b, []


@cls("c_nail_tattoo_logo38", "*", "counterfeit", "nail stickers, nail charms, press-on nails and temporary tattoos with luxury and sport logos (LV, GG, Burberry TB, swoosh, Rolex crown)")
def _(rng, i):
    bs = ["louis-vuitton", "gucci", "burberry", "nike", "rolex", "louis-vuitton", "gucci", "michael-kors", "coach", "adidas", "cartier", "pandora", "swarovski"]
    b = bs[i]
    n = rng.choice([f"{MONO[b]} nail stickers, 10 sheets", f"3D {MONO[b]} nail charms, 20 pcs", f"{MONO[b]} press-on nails, 24 pcs",
                    f"{MONO[b]} temporary tattoos, 15 sheets", f"{MONO[b]} nail art decals, gold foil"])
    m = ["shopee-ph", "temu", "aliexpress", "tiktok-shop", "meesho", "shopee-id", "lazada-my"][i % 7]
    lang = MARKETS[m][0]
    desc = longdesc(rng, "en" if lang not in ("id",) else "id", [n + ".", "Luxury brand logo design for DIY manicure."], None, None,
                    kw=kwline(rng, {"generic": "nail art sticker decal"}, extra=["luxury", "brand", "logo"]))
    return mk(rng, m, n, desc, rng.uniform(1.5, 7), "beauty", ship_from="CN" if rng.random() < 0.6 else None), b, []


@cls("c_factory_seconds_lux38", "*", "counterfeit", "'factory seconds / B-grade, tiny flaw, that's why cheap' on houses that never sell seconds (LV, Gucci, Rolex, Cartier, Canada Goose, Omega, Burberry, Apple), at copy prices")
def _(rng, i):
    pool = [P_("louis-vuitton", "Neverfull"), P_("gucci", "Marmont small"), P_("rolex", "Submariner"), P_("cartier", "Love"), P_("canada-goose", "Langford"),
            P_("omega", "Seamaster"), P_("burberry", "trench"), P_("apple", "AirPods"), P_("louis-vuitton", "Speedy"), P_("rolex", "Datejust"),
            P_("canada-goose", "Chilliwack"), P_("gucci", "belt"), P_("cartier", "Santos")]
    p = pool[i]
    m = ["ebay", "carousell-sg", "shopee-ph", "mercadolibre-mx", "olx-in", "kleinanzeigen", "noon-ae"][i % 7]
    lang = MARKETS[m][0]
    flaw = rng.choice(["a slightly uneven stitch", "a tiny scratch on the hardware", "a misaligned print on the back", "a small glue mark inside",
                       "a slightly off-centre logo", "a small mark on the lining"])
    if lang == "de":
        head = [f"{p['name']} – Fabrik-B-Ware (2. Wahl) mit {flaw}, daher so günstig.", "Direkt aus der Fabrik, neu, ungetragen."]
    elif lang == "es":
        head = [f"{p['name']} – segunda de fábrica (B-grade) con {flaw}, por eso el precio.", "Nuevo, sin uso, directo de fábrica."]
    else:
        head = [f"{p['name']} – factory second / B-grade with {flaw}, that's why it's cheap.", "Brand new, unworn, factory reject stock."]
    desc = longdesc(rng, lang, head, spec_for(rng, lang, p), None)
    title = f"{p['name']} – factory seconds B-grade" if lang == "en" else f"{p['name']} – " + ("2. Wahl / B-Ware" if lang == "de" else "segunda de fábrica" if lang == "es" else "B-grade")
    return mk(rng, m, title, desc, cprice(rng, p), p), p["brand"], []


@cls("c_components_only38", "", "counterfeit", "loose branded components as new 'original' at copy prices: Rolex dials and bezel inserts, Callaway driver heads, LV lock and key sets, Gucci GG buckles, Canada Goose disc patches, Omega dials")
def _(rng, i):
    rows = [("rolex", "Rolex Submariner dial, new, with crown logo and lume", 45, "watches"), ("rolex", "Rolex GMT bezel insert ceramic, original", 30, "watches"),
            ("callaway", "Callaway Paradym Ai Smoke driver head only, 10.5°, new", 55, "golf clubs"), ("louis-vuitton", "Louis Vuitton padlock & 2 keys set, new, numbered", 19, "handbags"),
            ("gucci", "Gucci GG Marmont belt buckle only, gold, original", 22, "belts"), ("canada-goose", "Canada Goose disc patches (arctic program), set of 5", 12, "outerwear"),
            ("omega", "Omega Speedmaster dial with Omega logo, new", 40, "watches"), ("cartier", "Cartier Love bracelet screws + screwdriver set, new", 15, "jewelry"),
            ("louis-vuitton", "LV monogram replacement strap with LV hardware, new", 29, "handbags"), ("callaway", "Callaway Paradym fairway head only, original", 35, "golf clubs"),
            ("rolex", "Rolex Oyster bracelet 20mm with crown clasp, new", 65, "watches"), ("michael-kors", "Michael Kors logo hangtag charm + hardware set", 9, "handbags"),
            ("coach", "Coach turnlock hardware and C hangtag, original", 11, "handbags")]
    b, n, usd, cat = rows[i]
    m = ["aliexpress", "ebay", "dhgate", "carousell-hk", "taobao", "etsy", "avito"][i % 7]
    lang = MARKETS[m][0]
    desc = longdesc(rng, lang if lang != "zh" else "zh", [n + ".", "For replacement or DIY. Ships in a small box."], None, None)
    return mk(rng, m, n, desc, usd * rng.uniform(0.7, 1.4), cat, ship_from="CN" if MARKETS[m][2] == "CN" else None), b, []


@cls("c_training_reference_fake38", "*", "counterfeit", "fakes sold openly as 'reference fakes' for authenticator training, legit-check courses and store staff ('for teaching only, not for resale')")
def _(rng, i):
    pool = [P_("rolex", "Submariner"), P_("louis-vuitton", "Neverfull"), P_("nike", "Jordan"), P_("gucci", "Marmont small"), P_("cartier", "Love"),
            P_("apple", "AirPods"), P_("omega", "Speedmaster"), P_("canada-goose", "Expedition"), P_("adidas", "Samba"), P_("louis-vuitton", "Speedy"),
            P_("rolex", "Daytona"), P_("dyson", "Airwrap"), P_("burberry", "scarf")]
    p = pool[i]
    m = ["ebay", "etsy", "carousell-sg", "kleinanzeigen", "mercari-us", "amazon-uk", "olx-pl"][i % 7]
    lang = MARKETS[m][0]
    t = rng.choice(["Reference fake for authenticator training", "Teaching sample (fake) for legit-check courses", "Known-fake study piece for store staff training"])
    title = f"{t}: {p['name']}"
    desc = longdesc(rng, "en" if lang != "de" else "de",
                    [f"{t}: {p['name']}, a high-grade counterfeit with all the tells to learn from.", "Sold for education only, not for resale as authentic. Comes with a checklist of the flaws."]
                    if lang != "de" else [f"Referenz-Fälschung für Schulungen: {p['name']}.", "Nur zu Lernzwecken, nicht zum Weiterverkauf als Original."], None, None)
    return mk(rng, m, title, desc, cprice(rng, p), p), p["brand"], []


@cls("c_made_to_order_photo38", "*", "counterfeit", "workshops that 'make any bag / jacket / watch from your photo' with the house's logo hardware, in 7-15 days ('send a photo of the Gucci you want')")
def _(rng, i):
    pool = [P_("gucci", "Marmont small"), P_("louis-vuitton", "Neverfull"), P_("burberry", "trench"), P_("canada-goose", "Langford"), P_("louis-vuitton", "Keepall"),
            P_("coach", "Tabby"), P_("michael-kors", "tote"), P_("rolex", "Datejust"), P_("the-north-face", "Nuptse"), P_("gucci", "belt"),
            P_("louis-vuitton", "Zippy"), P_("burberry", "scarf"), P_("cartier", "Juste")]
    p = pool[i]
    m = ["taobao", "carousell-hk", "shopee-vn", "etsy", "tokopedia", "trendyol", "olx-in"][i % 7]
    lang = MARKETS[m][0]
    if lang == "zh":
        head = [f"来图定制 {p['name']}，五金logo一比一，7-15天出货。", "发图给客服报价，皮料可选。"]
        title = f"来图定制 {p['name']} 同款 五金带logo"
    elif lang == "vi":
        head = [f"Nhận đặt may theo ảnh {p['name']}, khóa và logo giống 1:1, 7-15 ngày.", "Gửi ảnh mẫu để báo giá."]
        title = f"Đặt may theo ảnh {p['name']} có logo"
    else:
        head = [f"Made to order from your photo: {p['name']}, same logo hardware, 7-15 days.", "Send us a photo of the model you want and we quote within an hour."]
        title = f"Custom made from your photo – {p['name']} with logo hardware"
    desc = longdesc(rng, lang, head, None, None)
    return mk(rng, m, title, desc, cprice(rng, p) * 1.3, p), p["brand"], []


@cls("c_party_supplies_logo38", "*", "counterfeit", "party kits with a house's logo the house never licensed: LV / Gucci / Nike / Rolex / Chanel-style birthday balloons, banners, cake toppers, plates and napkins")
def _(rng, i):
    bs = ["louis-vuitton", "gucci", "nike", "rolex", "burberry", "adidas", "michael-kors", "louis-vuitton", "gucci", "nike", "coach", "cartier", "the-north-face"]
    b = bs[i]
    n = rng.choice([f"{MONO[b]} birthday party set: balloons, banner, cake topper", f"{MONO[b]} cake topper, gold acrylic", f"{MONO[b]} party plates & napkins, 20 guests",
                    f"{MONO[b]} themed balloon garland kit 120 pcs", f"{MONO[b]} gift bags for party favours, 12 pcs"])
    m = ["etsy", "amazon-us", "shopee-ph", "temu", "mercadolibre-mx", "jumia-ng", "tiktok-shop"][i % 7]
    lang = MARKETS[m][0]
    desc = longdesc(rng, lang if lang != "es" else "es", [n + ".", "Luxury designer theme for birthdays, bridal showers and baby showers."], None, None,
                    kw=kwline(rng, {"generic": "party decoration birthday"}, extra=[SHORT[b].lower().replace(" ", ""), "theme", "luxury"]))
    return mk(rng, m, n, desc, rng.uniform(6, 35), "party supplies", ship_from="CN" if rng.random() < 0.4 else None), b, []


@cls("c_salon_professional38", "*", "counterfeit", "'salon / professional / backbar size, from a salon supplier' on sizes the house never made or at a copy's price (Génifique 200 ml, Supersonic Professional at 20 %, Sonicare dental 10-pack)")
def _(rng, i):
    rows = [("loreal", "Lancôme Advanced Génifique 200ml professional spa size", 540, "skincare"), ("dyson", "Dyson Supersonic Professional Edition (salon)", 470, "hair care"),
            ("dyson", "Dyson Airwrap salon professional version", 600, "hair care"), ("philips", "Philips Sonicare DiamondClean dental professional pack of 10 handles", 1800, "electric toothbrushes"),
            ("estee-lauder", "Estée Lauder Advanced Night Repair 200ml backbar / spa size", 400, "skincare"), ("shiseido", "Shiseido Ultimune 150ml salon size", 300, "skincare"),
            ("loreal", "Kiehl's Ultra Facial Cream 500ml professional size", 260, "skincare"), ("dyson", "Dyson Supersonic Professional Edition, from salon supplier", 470, "hair care"),
            ("philips", "Philips Shaver 7000 barber professional edition", 180, "shavers"), ("panasonic", "Panasonic Arc5 barbershop professional pack", 250, "shavers"),
            ("loreal", "Lancôme Génifique 100ml salon backbar", 270, "skincare"), ("estee-lauder", "Estée Lauder Double Wear 100ml makeup-artist pro size", 150, "makeup"),
            ("dyson", "Dyson Airwrap professional, salon use only", 600, "hair care")]
    b, n, usd, cat = rows[i]
    m = ["shopee-ph", "lazada-vn", "noon-ae", "amazon-in", "mercadolibre-mx", "trendyol", "coupang"][i % 7]
    lang = MARKETS[m][0]
    head = [n + ".", "Professional use only, not for retail. Sourced from a salon supplier, so the price is low."]
    desc = longdesc(rng, lang, head, None, None)
    return mk(rng, m, n, desc, usd * rng.uniform(0.12, 0.3), cat), b, []


@cls("c_player_version_kit38", "", "counterfeit", "2026/27 club shirts as 'player version / authentic version, name & number +3 USD' at a copy's price (adidas, Nike, Puma clubs)")
def _(rng, i):
    rows = [("adidas", "Real Madrid"), ("adidas", "Bayern München"), ("adidas", "Arsenal"), ("adidas", "Juventus"), ("adidas", "Manchester United"),
            ("nike", "FC Barcelona"), ("nike", "Paris Saint-Germain"), ("nike", "Chelsea"), ("nike", "Inter"), ("puma", "Manchester City"),
            ("puma", "AC Milan"), ("puma", "Borussia Dortmund"), ("nike", "Tottenham Hotspur")]
    b, club = rows[i]
    kit = rng.choice(["home", "away", "third"])
    m = ["shopee-th", "aliexpress", "lazada-vn", "mercadolibre-ar", "jumia-ng", "tokopedia", "dhgate"][i % 7]
    lang = MARKETS[m][0]
    title = f"{club} 26/27 {kit} shirt {SHORT[b]} – player version"
    desc = longdesc(rng, "en" if lang not in ("es", "id", "th", "vi") else lang,
                    [f"{club} 2026/27 {kit} jersey by {SHORT[b]}, player version (slim fit, heat-pressed badges).", "Sizes S-XXL. Name & number +3 USD, patches +2 USD."], None, None)
    return mk(rng, m, title, desc, rng.uniform(13, 24), "soccer", ship_from="CN" if rng.random() < 0.5 else None), b, []


@cls("c_solid_gold_by_weight38", "", "counterfeit", "'18k solid gold, priced by weight + labour' versions of Cartier Love / Juste un Clou, Rolex Datejust and Pandora charms, engraved with the mark and serial")
def _(rng, i):
    rows = [("cartier", "Cartier Love bracelet 18k solid gold", 17), ("cartier", "Cartier Juste un Clou bracelet 18k solid gold", 15),
            ("cartier", "Cartier Love ring 18k", 6), ("rolex", "Rolex Datejust 36 full 18k gold case & bracelet", 110), ("pandora", "Pandora charms in 18k gold (not silver)", 4),
            ("cartier", "Cartier Love bracelet small model 18k rose gold", 11), ("cartier", "Cartier Love cuff 18k white gold", 14),
            ("rolex", "Rolex Day-Date 40 solid 18k yellow gold, custom build", 150), ("omega", "Omega Constellation 18k gold case", 60),
            ("cartier", "Cartier Santos 18k gold bracelet links", 25), ("pandora", "Pandora Moments bracelet 18k gold", 12),
            ("cartier", "Cartier Love necklace 18k", 7), ("cartier", "Cartier Juste un Clou ring 18k", 5)]
    b, n, grams = rows[i]
    m = ["carousell-hk", "noon-ae", "dhgate", "shopee-th", "olx-in", "trendyol", "ebay"][i % 7]
    lang = MARKETS[m][0]
    gpg = 66  # 18k gold per gram in USD at my assumed 2026 rate
    head = [f"{n}, {grams} g, real 18k (750) gold, priced by weight + labour, not brand price.", "Engraved with the logo, screws and serial like the boutique piece. Gold test certificate included."]
    desc = longdesc(rng, lang if lang in ("en", "ar", "tr", "th", "zh") else "en", head, None, None)
    cat = "watches" if "Rolex" in n or "Omega" in n else "jewelry"
    return mk(rng, m, f"{n} – {grams}g, price by weight", desc, grams * gpg * rng.uniform(1.15, 1.4), cat), b, []


@cls("c_edu_license38", "", "counterfeit", "'education / student licence, any email, 1 year' for Adobe CC, Microsoft 365 / Office and Autodesk at a few dollars")
def _(rng, i):
    rows = [("adobe", "Adobe Creative Cloud All Apps – student licence 1 year, any email", 18), ("adobe", "Adobe Photoshop + Lightroom edu account 12 months", 9),
            ("adobe", "Adobe Acrobat Pro DC education licence, lifetime activation", 7), ("microsoft", "Microsoft 365 A5 education account 5TB, works on 5 devices", 6),
            ("microsoft", "Microsoft Office 2021 Professional Plus – edu key", 5), ("autodesk", "Autodesk AutoCAD 2026 education licence for commercial use, 1 year", 15),
            ("autodesk", "Autodesk Revit + 3ds Max student account 3 years", 19), ("adobe", "Adobe CC teacher licence on your own email", 22),
            ("microsoft", "Windows 11 Education key, activates Pro", 4), ("autodesk", "Autodesk Maya edu licence, any email", 12), ("adobe", "Adobe Premiere Pro edu 1 year", 10),
            ("microsoft", "Microsoft Visio + Project edu keys", 8), ("autodesk", "Autodesk Fusion 360 edu commercial unlock", 11)]
    b, n, usd = rows[i]
    m = ["shopee-ph", "ebay", "mercadolibre-co", "tokopedia", "avito", "aliexpress", "xianyu"][i % 7]
    lang = MARKETS[m][0]
    desc = longdesc(rng, lang, [n + ".", "Delivered by chat within 1 hour. Full features, official updates."], None, None)
    return mk(rng, m, n, desc, usd * rng.uniform(0.8, 1.3), "software licenses"), b, []


@cls("c_ride_on_badges38", "*", "counterfeit", "children's ride-on cars and kids' bikes sold with the car maker's badges 'included', unlicensed (BMW X6 ride-on with roundels, Toyota Land Cruiser 12V, Honda motorbike ride-on)")
def _(rng, i):
    rows = [("bmw", "BMW X6 M ride-on car 12V with remote, BMW badges included"), ("toyota", "Toyota Land Cruiser kids ride-on 24V, Toyota emblems"),
            ("honda", "Honda CBR kids electric motorbike with Honda logos"), ("bmw", "BMW M4 kids car, sticker pack with BMW logos included"),
            ("toyota", "Toyota Hilux ride-on 4x4 kids, chrome Toyota logo"), ("honda", "Honda Gold Wing style kids trike with Honda badge"),
            ("bmw", "BMW S1000RR kids motorbike 12V, BMW emblems"), ("toyota", "Toyota GR Supra kids car with Toyota/GR badges"),
            ("honda", "Honda Civic Type R ride-on, red H emblems"), ("bmw", "BMW i8 style ride-on, roundel badges front and rear"),
            ("toyota", "Toyota Tacoma ride-on, Toyota grille emblem"), ("honda", "Honda kids ATV quad, Honda stickers"), ("bmw", "BMW balance bike with roundel decals")]
    b, n = rows[i]
    m = ["shopee-ph", "aliexpress", "mercadolibre-mx", "jumia-ng", "noon-sa", "olx-br", "lazada-my"][i % 7]
    lang = MARKETS[m][0]
    desc = longdesc(rng, lang if lang in ("en", "es", "pt", "ar", "ms") else "en", [n + ".", "Not an officially licensed product; logos and badges come in a separate bag."], None, None)
    return mk(rng, m, n, desc, rng.uniform(90, 260), "toys", ship_from="CN" if rng.random() < 0.5 else None), b, []


# ----------------------------------------------------------------------------- HARD innocent (10)

@cls("in_official_homeware38", "*", "innocent", "the houses' own and licensed homeware at real prices: Burberry check cashmere blanket, Gucci Décor cushion, LV monogram throw, Coca-Cola contour glasses, LEGO storage brick, Michelin Bibendum lamp")
def _(rng, i):
    rows = [("Burberry check cashmere blanket", "burberry", 1690, "home decor"), ("Gucci Décor GG cushion, silk", "gucci", 980, "home decor"),
            ("Louis Vuitton monogram wool & cashmere throw", "louis-vuitton", 3200, "home decor"), ("Coca-Cola contour glasses, official, set of 6", "coca-cola", 22, "merchandise"),
            ("LEGO storage brick 8 (Room Copenhagen, official LEGO licence)", "lego", 42, "toys"), ("Michelin Bibendum lamp, official Michelin Lifestyle", "michelin", 95, "merchandise"),
            ("Nutella personalised jar gift set, Ferrero official", "ferrero", 15, "spreads"), ("Gucci Décor wallpaper roll, Heron print", "gucci", 420, "home decor"),
            ("Burberry check throw pillow, official", "burberry", 590, "home decor"), ("Hot Wheels kids bedding set, official Mattel licence", "mattel", 45, "toys"),
            ("Coca-Cola retro metal sign, official merchandise", "coca-cola", 30, "merchandise"), ("Louis Vuitton monogram cushion, bought at the LV boutique", "louis-vuitton", 1450, "home decor"),
            ("BMW Lifestyle official logo mug and keyring set", "bmw", 35, "accessories")]
    n, b, usd, cat = rows[i]
    m = ["ebay", "amazon-us", "mercari-us", "ebay-uk", "amazon-de", "vinted-fr", "carousell-sg"][i % 7]
    lang = MARKETS[m][0]
    desc = longdesc(rng, lang, [n + ".", "Bought from the brand's own store / official licensed shop, receipt and packaging included."], None, None)
    return mk(rng, m, n, desc, usd * rng.uniform(0.85, 1.05), cat), b, []


@cls("in_upholstery_restoration38", "*", "innocent", "restoration and re-upholstery services for the customer's genuine pieces (LV trunk restoration, Gucci bag re-lining, Burberry trench re-proofing, car seats re-trimmed)")
def _(rng, i):
    rows = [("Louis Vuitton trunk restoration – canvas cleaning, brass polish, new lining", "louis-vuitton", 450), ("Gucci bag re-lining and handle replacement", "gucci", 160),
            ("Burberry trench re-proofing and button replacement", "burberry", 90), ("Coach bag edge paint and colour restoration", "coach", 70),
            ("BMW seat re-trimming in original Dakota leather", "bmw", 600), ("Louis Vuitton Speedy handle and vachetta replacement", "louis-vuitton", 180),
            ("Canada Goose zip and fur ruff repair", "canada-goose", 85), ("Michael Kors tote corner repair and re-dye", "michael-kors", 60),
            ("Rolex bracelet refinishing and stretch repair", "rolex", 250), ("Gucci belt re-hole and edge repair", "gucci", 40),
            ("Louis Vuitton Neverfull re-canvas of interior pocket", "louis-vuitton", 120), ("Nike Air Jordan sole swap and restoration", "nike", 110),
            ("Toyota Land Cruiser interior re-upholstery", "toyota", 900)]
    n, b, usd = rows[i]
    m = ["etsy", "kleinanzeigen", "carousell-sg", "ebay-uk", "olx-pl", "mercadolibre-ar", "avito"][i % 7]
    lang = MARKETS[m][0]
    desc = longdesc(rng, lang, [n + ".", "Service on YOUR genuine item – we do not sell bags. Independent workshop, not affiliated with the brand."], None, None)
    return mk(rng, m, n, desc, usd * rng.uniform(0.8, 1.2), "services"), b, []


@cls("in_official_miniatures38", "*", "innocent", "genuine small versions at real prices: LV Nano Speedy and Micro bag charms, Coach and MK mini charms, Casdon toy Dyson (licensed), Hot Wheels BMW and Toyota (Mattel), LEGO Speed Champions")
def _(rng, i):
    rows = [("Louis Vuitton Nano Speedy", "louis-vuitton", 1790, "handbags"), ("Louis Vuitton Micro Keepall bag charm", "louis-vuitton", 760, "handbags"),
            ("Coach mini Tabby bag charm", "coach", 95, "handbags"), ("Michael Kors mini tote bag charm", "michael-kors", 98, "handbags"),
            ("Casdon Dyson toy vacuum cleaner (officially licensed by Dyson)", "dyson", 35, "toys"), ("Hot Wheels BMW M3 E30 die-cast", "mattel", 3, "die-cast cars"),
            ("Hot Wheels Toyota Supra premium", "mattel", 7, "die-cast cars"), ("LEGO Speed Champions BMW M4 GT3 76922", "lego", 40, "building sets"),
            ("Gucci Dionysus super mini bag", "gucci", 1450, "handbags"), ("Casdon Dyson Supersonic toy hair dryer (licensed)", "dyson", 25, "toys"),
            ("Pandora mini sneaker dangle charm", "pandora", 65, "charms"), ("Swarovski mini crystal swan figurine", "swarovski", 95, "crystal figurines"),
            ("Nintendo Game & Watch mini console", "nintendo", 50, "consoles")]
    n, b, usd, cat = rows[i]
    m = ["ebay", "mercari-jp", "amazon-us", "vinted-fr", "amazon-uk", "carousell-sg", "ebay-de"][i % 7]
    lang = MARKETS[m][0]
    desc = longdesc(rng, lang, [n + ".", L[lang]["genuine"][2] + "."], None, None, private=True)
    return mk(rng, m, n, desc, usd * rng.uniform(0.85, 1.1), cat, seller="private"), b, []


@cls("in_b_stock_genuine38", "*", "innocent", "genuine B-stock, seconds and B-Ware from makers and retailers that sell them (Bose factory renewed, Levi's seconds, Nike B-grade, Philips B-Ware, Callaway Pre-Owned), at 55-80 %")
def _(rng, i):
    rows = [("bose:QuietComfort 45", "Factory renewed B-stock"), ("levis:501", "Levi's seconds (minor irregular), outlet"), ("nike:Air Force", "B-grade from Nike Factory Store, punched tongue label"),
            ("philips:Airfryer", "B-Ware, Verpackung beschädigt"), ("callaway:driver", "Callaway Pre-Owned, 'Very Good' grade"), ("sony:WH-1000XM5", "B-grade outlet, open box"),
            ("dyson:V15", "Dyson Outlet refurbished, cosmetic blemish"), ("bosch:GSR 12V", "B-Ware Rückläufer, geprüft"), ("canon:RF24", "Canon refurbished, 1-year warranty"),
            ("levis:511", "Levi's Outlet seconds, shade variation"), ("samsung:Buds2", "B-grade retail return, sealed tips"), ("panasonic:Arc5", "B-Ware, box damaged"),
            ("yonex:Nanoflare", "B-grade frame, paint blemish, from distributor")]
    a, why = rows[i]
    p = P_(*a.split(":"))
    m = ["ebay", "ebay-uk", "amazon-de", "kleinanzeigen", "ebay", "amazon-uk", "bol"][i % 7]
    lang = MARKETS[m][0]
    desc = longdesc(rng, lang, [f"{p['name']} – {why}.", "Genuine, full function; reason for the discount stated above."], spec_for(rng, lang, p, cond_new=False), None)
    return mk(rng, m, f"{p['name']} – {why}", desc, p["usd"] * rng.uniform(0.55, 0.8), p), p["brand"], []


@cls("in_genuine_components38", "*", "innocent", "genuine used components at used prices: Callaway driver head only, LV padlock and keys, a Gucci buckle from a broken belt, Canada Goose fur ruff, Rolex and Omega bracelets, Yonex frames")
def _(rng, i):
    rows = [("callaway", "Callaway Paradym Ai Smoke driver head only, 9°, used, with head cover", 220, "golf clubs"),
            ("louis-vuitton", "Louis Vuitton padlock and 2 keys, genuine, from my Speedy", 190, "handbags"),
            ("gucci", "Gucci GG buckle from a damaged belt, genuine, strap discarded", 140, "belts"),
            ("canada-goose", "Canada Goose coyote fur ruff, genuine, removed from my parka", 180, "outerwear"),
            ("rolex", "Rolex Oyster bracelet 78350 (used, from a 1990s Datejust)", 1900, "watches"),
            ("omega", "Omega Speedmaster bracelet 1998, genuine, stretched", 650, "watches"),
            ("yonex", "Yonex Astrox 88D Pro frame only, unstrung, used once", 150, "badminton rackets"),
            ("wilson", "Wilson Pro Staff 97 v14 frame only, unstrung", 170, "tennis rackets"),
            ("cartier", "Cartier Love screwdriver, genuine, from the boutique box", 120, "jewelry"),
            ("louis-vuitton", "Louis Vuitton Keepall shoulder strap, genuine, used", 280, "luggage"),
            ("rolex", "Rolex Submariner bezel insert (genuine service part, used)", 450, "watches"),
            ("callaway", "Callaway Paradym fairway head only, used", 120, "golf clubs"),
            ("coach", "Coach Tabby chain strap, genuine, from my bag", 70, "handbags")]
    b, n, usd, cat = rows[i]
    m = ["ebay", "ebay-uk", "mercari-jp", "carousell-sg", "kleinanzeigen", "vinted-fr", "mercari-us"][i % 7]
    lang = MARKETS[m][0]
    desc = longdesc(rng, lang, [n + ".", "Genuine, proof of purchase of the original item available. Used condition as shown."], None, None, private=True)
    return mk(rng, m, n, desc, usd * rng.uniform(0.8, 1.2), cat, seller="private"), b, []


@cls("in_authentication_course38", "", "innocent", "courses, workshops and guides on spotting fakes of named brands (Rolex, LV, Nike, AirPods), sold as services or media")
def _(rng, i):
    rows = [("Rolex authentication course – spot a fake Submariner in 10 minutes (online, 3 h)", "rolex", 150), ("Louis Vuitton date codes & fake-spotting guide (PDF)", "louis-vuitton", 15),
            ("Sneaker legit-check workshop: Nike Dunk & Jordan fakes vs real", "nike", 60), ("How to tell fake AirPods Pro 2 – video course", "apple", 12),
            ("Luxury resale staff training: Gucci, LV, Chanel fakes (1 day)", "gucci", 290), ("Book: 'Real or Fake? Watches' – Omega, Rolex, Cartier", "omega", 35),
            ("Canada Goose fake vs real guide, printed", "canada-goose", 9), ("Online course: authenticating Cartier Love bracelets", "cartier", 120),
            ("Fake vs genuine Pfizer medicines – pharmacist CPD webinar", "pfizer", 40), ("Sneaker authentication certification, adidas Yeezy & Samba module", "adidas", 80),
            ("Guide: spotting counterfeit Bosch Professional tools", "bosch", 10), ("Course: counterfeit LEGO sets and clone brands", "lego", 25),
            ("Workshop: fake Dyson Airwrap vs real, salon owners", "dyson", 45)]
    n, b, usd = rows[i]
    m = ["etsy", "ebay", "amazon-us", "kleinanzeigen", "carousell-sg", "amazon-uk", "olx-pl"][i % 7]
    lang = MARKETS[m][0]
    desc = longdesc(rng, lang, [n + ".", "Educational – no products sold. Real vs fake photos side by side."], None, None)
    return mk(rng, m, n, desc, usd * rng.uniform(0.85, 1.15), "books" if usd < 40 else "services"), b, []


@cls("in_bespoke_workshop_own38", "", "innocent", "bespoke workshops and tailors who copy a cut but never the marks ('like your Burberry trench, no labels or logos', 'we repair LV, we do not copy logos')")
def _(rng, i):
    rows = [("Bespoke trench coat in the cut of your favourite Burberry – our own label, no check, no logos", "burberry", 380),
            ("Custom leather tote in your size – inspired by the Neverfull shape, plain leather, no monogram or logo", "louis-vuitton", 220),
            ("Tailor: copy your Canada Goose parka's fit in our own down jacket, our label only", "canada-goose", 300),
            ("Handmade belt with plain brass buckle – we do NOT make GG or other brand buckles", "gucci", 60),
            ("Custom shoemaker: low-top leather sneakers in your colours, like Dunks but our own design", "nike", 180),
            ("Bespoke watch strap for Rolex Submariner, handmade leather (strap only)", "rolex", 90),
            ("Leather workshop: repair of Coach and Michael Kors bags, new handles", "coach", 50),
            ("Made-to-measure jeans in the fit of your old Levi's 501, our own brand", "levis", 140),
            ("Custom puffer jacket like the Nuptse silhouette, own brand, no logos", "the-north-face", 160),
            ("Bespoke silk scarf printing – your own design, no brand patterns accepted", "burberry", 70),
            ("Handmade card holder, plain leather – we refuse logo/monogram requests", "louis-vuitton", 45),
            ("Goldsmith: screw-motif bangle of your own design, no Cartier marks", "cartier", 900),
            ("Custom bag workshop: shoulder bag in quilted leather, own hardware, no GG", "gucci", 240)]
    n, b, usd = rows[i]
    m = ["etsy", "carousell-hk", "kleinanzeigen", "vinted-fr", "olx-pl", "mercadolibre-co", "ebay-uk"][i % 7]
    lang = MARKETS[m][0]
    desc = longdesc(rng, lang, [n + ".", "Made to measure in our own workshop. We respect trademarks: no brand labels, logos or patterns."], None, None)
    return mk(rng, m, n, desc, usd * rng.uniform(0.85, 1.2), "services"), b, []


@cls("in_salon_professional_genuine38", "*", "innocent", "genuine professional-channel goods at real prices: Dyson Supersonic Professional Edition from salon distributors, L'Oréal Professionnel litre bottles, Sonicare dental-office packs, Shiseido Professional refills")
def _(rng, i):
    rows = [("Dyson Supersonic Professional Edition – from an authorized salon distributor", "dyson", 470, "hair care"),
            ("L'Oréal Professionnel Série Expert Absolut Repair shampoo 1500ml", "loreal", 55, "haircare"),
            ("Philips Sonicare for dental professionals – brush heads 10-pack, dental supplier", "philips", 85, "electric toothbrushes"),
            ("Shiseido Professional Sublimic shampoo 1800ml refill", "shiseido", 70, "haircare"), ("L'Oréal Professionnel Majirel hair colour 50ml x 6, salon wholesaler", "loreal", 48, "haircare"),
            ("Dyson Supersonic Professional Edition, salon returned, serviced", "dyson", 330, "hair care"), ("Kérastase (L'Oréal) Elixir Ultime 100ml salon", "loreal", 60, "haircare"),
            ("Philips Sonicare DiamondClean, dentist-sample pack (genuine, dental channel)", "philips", 190, "electric toothbrushes"),
            ("Panasonic ER-GP80 professional hair clipper", "panasonic", 190, "shavers"), ("Bosch Professional GBH 2-26 from a trade counter", "bosch", 240, "power tools"),
            ("L'Oréal Professionnel Steampod 4 (salon channel)", "loreal", 280, "haircare"), ("Shiseido Professional Fino treatment 1kg salon", "shiseido", 45, "haircare"),
            ("Dyson Corrale professional straightener, salon distributor", "dyson", 500, "hair care")]
    n, b, usd, cat = rows[i]
    m = ["amazon-de", "ebay", "noon-ae", "amazon-uk", "rakuten", "coupang", "ebay-uk"][i % 7]
    lang = MARKETS[m][0]
    desc = longdesc(rng, lang, [n + ".", "Genuine professional product from the brand's professional distribution; invoice with VAT available."], None, None)
    return mk(rng, m, n, desc, usd * rng.uniform(0.9, 1.08), cat), b, []


@cls("in_player_version_genuine38", "*", "innocent", "genuine 'authentic / player version' 2026/27 club shirts from authorized retailers or used, at 60-105 % of the authentic price (about 150 USD)")
def _(rng, i):
    rows = [("adidas", "Real Madrid"), ("adidas", "Arsenal"), ("adidas", "Bayern München"), ("nike", "FC Barcelona"), ("nike", "Paris Saint-Germain"),
            ("nike", "Chelsea"), ("puma", "Manchester City"), ("puma", "AC Milan"), ("puma", "Borussia Dortmund"), ("adidas", "Juventus"),
            ("nike", "Inter"), ("adidas", "Manchester United"), ("nike", "Tottenham Hotspur")]
    b, club = rows[i]
    kit = rng.choice(["home", "away"])
    m = ["ebay-uk", "amazon-de", "vinted-fr", "kleinanzeigen", "ebay", "wallapop", "mercari-jp"][i % 7]
    lang = MARKETS[m][0]
    shop = rng.choice(["JD Sports", "Unisport", "Kitbag", "11teamsports", "the club's official store"])
    title = f"{SHORT[b]} {club} 26/27 {kit} authentic shirt (player version)"
    desc = longdesc(rng, lang, [title + f", bought at {shop}, tags on / worn once.", "Genuine authentic version (HEAT.RDY / Dri-FIT ADV / ultraweave), receipt available."], None, None, private=True)
    return mk(rng, m, title, desc, 150 * rng.uniform(0.6, 1.05), "soccer", seller="private"), b, []


@cls("in_gold_by_weight_generic38", "*", "innocent", "unbranded 18k screw and nail bangles and gold watches sold by weight, saying 'no brand stamp, not Cartier / not Rolex'")
def _(rng, i):
    rows = [("18k screw-motif bangle, 17 g, by weight – no brand stamp, not Cartier", "cartier", 17), ("18k nail bangle, 15 g – our own design, not Juste un Clou / not Cartier", "cartier", 15),
            ("18k gold watch bracelet 60 g – generic, not Rolex", "rolex", 60), ("Gold charm bracelet 18k, 12 g – fits Pandora-style charms, not Pandora", "pandora", 12),
            ("18k screw ring, 6 g, no logo", "cartier", 6), ("Vintage 18k gold dress watch, unbranded case, 35 g", "omega", 35),
            ("22k bangle pair 30 g, hallmark only, no designer marks", "cartier", 30), ("18k rose gold screw cuff, 13 g, no brand", "cartier", 13),
            ("18k gold chain necklace 9 g, generic", "cartier", 9), ("Solid gold Oyster-style bracelet, no crown, no logo, 55 g", "rolex", 55),
            ("18k heart charm 3 g, own design", "pandora", 3), ("18k tennis bracelet with lab diamonds, 14 g, no brand", "swarovski", 14), ("18k nail ring, 5 g, hallmark 750", "cartier", 5)]
    n, b, g = rows[i]
    m = ["carousell-hk", "noon-ae", "ebay", "shopee-th", "olx-in", "trendyol", "etsy"][i % 7]
    lang = MARKETS[m][0]
    desc = longdesc(rng, lang if lang in ("en", "ar", "tr", "th", "zh") else "en", [n + ".", "Priced by gold weight + labour; hallmark 750 only, no designer engraving."], None, None)
    return mk(rng, m, n, desc, g * 66 * rng.uniform(1.1, 1.35), "jewelry"), b, []


# ----------------------------------------------------------------------------- main

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, default=38)
    ap.add_argument("--out", default="set.jsonl")
    ap.add_argument("--classes", default="classes.md")
    a = ap.parse_args()
    rng = random.Random(a.seed)
    rows = []
    ex = {}
    for name, star, kind, tactic, fn in CLASSES:
        n = 13 if kind == "counterfeit" else 12
        for i in range(n):
            d, brand, also = fn(rng, i)
            lang = MARKETS[d["marketplace"]][0]
            d["_label"] = {"kind": kind, "brand": brand, "class": name, "tactic": tactic, "lang": lang, "also": sorted(set(also) - {brand})}
            rows.append(d)
            ex.setdefault(name, f"{d['title'][:110]} ({brand})")
    rng.shuffle(rows)
    with open(a.out, "w", encoding="utf-8") as f:
        for d in rows:
            f.write(json.dumps(d, ensure_ascii=False, sort_keys=True) + "\n")
    out = ["# outsider38 classes", "", "`*`: a newer family (no earlier outsider class list has it, by my greps; doubts in README.md). Example: one row's title (brand).", "",
           "| class | * | kind | n | tactic | example |", "|---|---|---|---|---|---|"]
    for name, star, kind, tactic, fn in CLASSES:
        n = 13 if kind == "counterfeit" else 12
        out.append(f"| {name} | {star} | {kind} | {n} | {tactic.replace('|', '/')} | {ex[name].replace('|', '/')} |")
    Path(a.classes).write_text("\n".join(out) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
