#!/usr/bin/env python3
"""outsider40's held-out set generator (stdlib only).

python3 make_set.py --seed 40 --out set.jsonl --classes classes.md
"""
from __future__ import annotations

import argparse
import json
import random

from data import BRANDS, HANDLE_A, HANDLE_B, MARKETS, RATES, SELLERS, SUFFIX, SYM, WHOLE

R: random.Random


# ------------------------------------------------------------------ helpers
def sig3(x: float) -> float:
    if x <= 0:
        return 0.0
    from math import floor, log10
    d = 3 - int(floor(log10(abs(x)))) - 1
    return round(x, d)


def local(usd: float, cur: str) -> float:
    v = sig3(usd * RATES[cur])
    return float(int(round(v))) if cur in WHOLE else round(v, 2)


def fmt(amount: float, cur: str) -> str:
    s = f"{int(amount):,}" if cur in WHOLE or amount == int(amount) else f"{amount:,.2f}"
    return f"{SYM.get(cur, '')}{s}{SUFFIX.get(cur, '')}" if (SYM.get(cur) or SUFFIX.get(cur)) else f"{s} {cur}"


def cfrac(usd: float) -> float:
    if usd >= 2000:
        return R.uniform(0.03, 0.08)
    if usd >= 300:
        return R.uniform(0.06, 0.20)
    if usd >= 30:
        return R.uniform(0.15, 0.35)
    return R.uniform(0.25, 0.45)


def used() -> float:
    return R.uniform(0.40, 0.75)


def new() -> float:
    return R.uniform(0.92, 1.08)


def handle() -> str:
    return f"{R.choice(HANDLE_A)}{R.choice(HANDLE_B)}{R.randint(10, 9999)}"


def hexid(n: int = 14) -> str:
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def b(bid):
    n, item, model, cat, usd, zh, kind = BRANDS[bid]
    return dict(id=bid, n=n, item=item, model=model, cat=cat, usd=usd, zh=zh, kind=kind)


def pick(ms):
    m = R.choice(ms)
    c, cur, lang = MARKETS[m]
    return m, c, cur, lang


def row(B, m, title, desc, price=None, seller=None, lang=None, ship=None, cat=None, also=()):
    c, cur, mlang = MARKETS[m]
    sid, sname = seller or (handle(), "")
    return dict(market=m, title=title, desc=desc, price=price, seller=(sid, sname), lang=lang or guess_lang(title + " " + desc, mlang),
                ship=ship or c, cat=cat if cat is not None else B["cat"], also=list(also), _brand=B["id"])


def guess_lang(text, mlang):
    """The language the row's text is written in (my templates are English unless they use the market's language)."""
    import re
    if re.search(r"[\u3040-\u30ff]", text):
        return "ja"
    if re.search(r"[\uac00-\ud7af]", text):
        return "ko"
    if re.search(r"[\u0400-\u04ff]", text):
        return mlang if mlang in ("ru", "uk") else "ru"
    if re.search(r"[\u0e00-\u0e7f]", text):
        return "th"
    if len(re.findall(r"[\u4e00-\u9fff]", text)) * 3 > len(re.findall(r"[A-Za-z]", text)):
        return "zh"
    if re.search(r"\b(Precio|Aluguel|aluguel|réplica|Sewa|sewa|mieten|Vermiete|licytacja|giareship)\b", text):
        return mlang
    return "en"


def P(usd, cur):
    return (local(usd, cur), cur)


LUXE = [k for k, v in BRANDS.items() if v[6] in ("lux", "watch")]
RENTABLE = [k for k, v in BRANDS.items() if v[6] in ("lux", "watch", "tech", "sport")] + ["canada-goose", "the-north-face"]
DURABLE = [k for k, v in BRANDS.items() if v[6] not in ("fmcg", "pharma", "soft")]
SOFT = [k for k, v in BRANDS.items() if v[6] == "soft"]
WITH_SELLER = [k for k, v in SELLERS.items() if v]
REPAIRABLE = [k for k, v in BRANDS.items() if v[6] in ("tech", "watch")] + ["honda", "toyota", "bmw", "canada-goose", "louis-vuitton", "gucci"]
CLUBS = ["bmw", "honda", "toyota", "rolex", "omega", "lego", "nintendo", "canon", "michelin", "bandai", "hasbro", "mattel", "apple", "sony"]
SUBS = [k for k, v in BRANDS.items() if v[6] in ("tech", "soft")]
STYLE = [k for k, v in BRANDS.items() if v[6] in ("wear", "lux", "watch", "tech", "sport")]


def shopname(B):
    return R.choice([f"{B['n']} Store", f"{B['n']} Shop", f"{B['n']} Official"])


# ================================================================== PRICE THIRD: counterfeit
def c_yahoo_1yen_start40(B):
    m = "yahoo-auctions-jp"; bin_ = local(B["usd"] * cfrac(B["usd"]), "JPY")
    t = f"1円スタート 最落なし {B['n']} {B['item']} {R.choice(['N級品', 'Sランク復刻', 'ノーブランド扱い', '高品質レプリカ'])}"
    d = (f"1円スタート！最低落札価格なし。即決価格 {int(bin_):,}円。{B['n']} {B['model']} タイプ。"
         f"{R.choice(['コピー品ですのでご理解ある方のみ', '正規品ではありません。ノークレームノーリターンで', 'スーパーコピー、刻印あり'])}。中国より発送、2週間。")
    return row(B, m, t, d, (1.0, "JPY"))


def c_ebay_no_reserve_copy40(B):
    m, c, cur, _ = pick(["ebay-us", "ebay-uk", "ebay-au", "ebay-de"])
    bin_ = B["usd"] * cfrac(B["usd"])
    start = {"USD": 0.99, "GBP": 0.99, "AUD": 0.99, "EUR": 1.0}[cur]
    t = f"NO RESERVE {B['n']} {B['item']} {R.choice(['BRAND NEW', 'NEW w/ box', 'NWT'])} {fmt(start, cur)} start"
    d = (f"Auction starts at {fmt(start, cur)}, NO RESERVE! Buy It Now {fmt(local(bin_, cur), cur)}. Brand new {B['n']} {B['model']}. "
         f"{R.choice(['Mirror quality, 1:1 with retail', 'Not original packaging, high end replica', 'AAA grade, looks identical to real'])}. "
         f"Ships from Guangzhou 10-20 days. I have 30 more in stock.")
    return row(B, m, t, d, (start, cur), ship="CN")


def c_allegro_catawiki_start40(B):
    m = R.choice(["allegro", "catawiki", "olx-pl"]) if B["kind"] in ("lux", "watch") else R.choice(["allegro", "olx-pl"]); c, cur, _ = MARKETS[m]
    fin = B["usd"] * cfrac(B["usd"])
    if m == "catawiki":
        t = f"{B['n']} - {B['item']} - No Reserve Price - Unisex - New"
        d = (f"Starting bid €1, no reserve. {B['n']} {B['model']}, new, without papers. Expected final price ~€{int(local(fin, 'EUR'))}. "
             f"Note: this is a high quality homage replica of the {B['n']} design, sold as such.")
        return row(B, m, t, d, (1.0, "EUR"), lang="en")
    t = f"{B['n']} {B['item']} licytacja od 1 zł BCM {R.choice(['replika AAA', 'jakość 1:1', 'kopia premium'])}"
    d = (f"Licytacja od 1 zł bez ceny minimalnej! Kup teraz: {fmt(local(fin, 'PLN'), 'PLN')}. {B['n']} {B['model']} - "
         f"replika wysokiej jakości, nie oryginał. Wysyłka z magazynu w Chinach.")
    return row(B, m, t, d, (1.0, "PLN"), lang="pl", ship="CN")


def c_cn_zero_start_auction40(B):
    m = R.choice(["xianyu", "weidian", "pinduoduo"])
    fin = local(B["usd"] * cfrac(B["usd"]), "CNY")
    t = f"{R.choice(['0元起拍', '1元起拍'])} 不设保留价 {B['zh']}{B['item']} {R.choice(['顶级复刻', '高仿', '原单版本'])}"
    d = f"直播拍卖 {R.choice(['0元', '1元'])}起拍 不设保留价，每次加价10元，一般成交{int(fin)}左右。{B['zh']} {B['model']} 1:1复刻，非专柜正品，介意勿拍。"
    return row(B, m, t, d, (R.choice([0.0, 1.0]), "CNY"), lang="zh")


def c_make_offer_copy40(B):
    m, c, cur, _ = pick(["offerup", "facebook-marketplace", "carousell-sg", "gumtree-au", "kijiji", "dubizzle", "jiji-ng"])
    ask = local(B["usd"] * cfrac(B["usd"]), cur)
    t = f"{B['n']} {B['item']} - make an offer {R.choice(['(rep)', 'UA', 'high copy', '1:1'])}"
    d = (f"Make me an offer! Taking offers from {fmt(ask, cur)}, OBO. {B['n']} {B['model']}, "
         f"{R.choice(['it is a replica but top quality', 'unauthorized copy, nobody can tell', 'not genuine, best batch out there'])}. New in bag. Meetup or ship.")
    return row(B, m, t, d, R.choice([None, (1.0, cur), (0.0, cur)]))


def c_placeholder_999999_copy40(B):
    m, c, cur, _ = pick(["shopee-ph", "lazada-th", "tokopedia", "shopee-my", "jumia-ng", "amazon-in", "mercadolibre-mx"])
    real = local(B["usd"] * cfrac(B["usd"]), cur)
    ph = R.choice([999999.0, 99999.0, 9999999.0, 888888.0])
    t = f"{B['n']} {B['item']} {R.choice(['mirror grade', 'AAA copy', 'OEM replica'])} (don't checkout, chat first)"
    d = (f"PLEASE DON'T CHECKOUT AT {int(ph):,} — that price is just to hold the listing. Real price {fmt(real, cur)}, chat us first. "
         f"{B['n']} {B['model']} replica, same as original, 1:1 logo.")
    return row(B, m, t, d, (ph, cur))


def c_one_yuan_contact40(B):
    m = R.choice(["taobao", "xianyu", "pinduoduo", "weidian"])
    real = local(B["usd"] * cfrac(B["usd"]), "CNY")
    t = f"{B['zh']} {B['item']} 1元不是价格 联系客服 {R.choice(['高版本', '1:1', '顶级原单', '复刻'])}"
    d = f"拍下1元不发货，价格请咨询客服。实价{int(real)}元包邮。{B['zh']}{B['model']}，{R.choice(['高仿复刻', '原单尾货非正品', '莆田版本', '厂货'])}，品质对标专柜。"
    return row(B, m, t, d, (R.choice([1.0, 0.01]), "CNY"), lang="zh")


def c_price_on_request_copy40(B):
    m, c, cur, _ = pick(["telegram", "instagram-shop", "dubizzle", "carousell-hk", "etsy"])
    real = local(B["usd"] * cfrac(B["usd"]), cur)
    t = f"{B['n']} {B['item']} — price on request {R.choice(['superclone', 'clean factory', '1:1 best version'])}"
    d = (f"Price on request (POA). DM for catalogue. Indicative: under {fmt(real * 1.2, cur).split('.')[0]} incl. shipping. "
         f"{B['n']} {B['model']} {R.choice(['superclone', 'replica', '1:1 copy'])}, passes casual inspection.")
    return row(B, m, t, d, None, ship=R.choice(["CN", "HK", None]) or MARKETS[m][0])


def c_rent_replica_event40(B):
    m, c, cur, lang = pick(["olx-id", "tokopedia", "olx-br", "enjoei", "facebook-marketplace", "carousell-sg"])
    per_day = local(B["usd"] * R.uniform(0.002, 0.006) + 5, cur)
    if lang == "id":
        t = f"Sewa {B['n']} {B['item']} untuk kondangan / foto prewedding - KW super"
        d = f"Sewa per hari {fmt(per_day, cur)}. {B['n']} {B['model']} KW super mirip ori, bukan asli. Jaminan KTP. Bisa beli juga {fmt(local(B['usd']*cfrac(B['usd']), cur), cur)}."
    elif lang == "pt":
        t = f"Aluguel {B['n']} {B['item']} para casamento / ensaio - réplica primeira linha"
        d = f"Aluguel por dia {fmt(per_day, cur)}. {B['n']} {B['model']} réplica AAA, não é original. Também vendo por {fmt(local(B['usd']*cfrac(B['usd']), cur), cur)}."
    else:
        t = f"Rent a {B['n']} {B['item']} for your wedding / photoshoot — per day (replica)"
        d = f"{fmt(per_day, cur)} per day. {B['n']} {B['model']}, a 1:1 replica so you don't risk the real thing. Also for sale {fmt(local(B['usd']*cfrac(B['usd']), cur), cur)}."
    return row(B, m, t, d, (per_day, cur))


def c_membership_rep_club40(B):
    m, c, cur, _ = pick(["instagram-shop", "telegram", "etsy", "facebook-marketplace", "weidian"])
    fee = local(R.uniform(19, 49), cur)
    t = f"VIP membership — monthly {B['n']} {R.choice(['reps', '1:1 drops', 'mirror box'])} club ({B['item']} this month)"
    d = (f"{fmt(fee, cur)}/month membership. Members get one {R.choice(['1:1 replica', 'mirror copy', 'UA batch'])} item every month + member prices. "
         f"This month: {B['n']} {B['item']} {B['model']}. Cancel anytime. Ships from Putian/Guangzhou.")
    return row(B, m, t, d, (fee, cur), ship="CN")


def c_crypto_usdt_copy40(B):
    m, c, cur, _ = pick(["telegram", "instagram-shop", "dubizzle", "facebook-marketplace", "avito"])
    usd = B["usd"] * cfrac(B["usd"])
    unit = R.choice(["USDT", "BTC", "USDT (TRC20)"])
    amt = f"{sig3(usd / 98000):.5f} BTC" if unit == "BTC" else f"{int(round(usd))} {unit}"
    t = f"{B['n']} {B['item']} {R.choice(['1:1', 'rep', 'AAA'])} — {amt}"
    d = f"Price {amt}, crypto only, no PayPal. {B['n']} {B['model']} {R.choice(['replica top batch', 'mirror quality copy', 'super clone'])}. Worldwide stealth shipping."
    return row(B, m, t, d, R.choice([None, (0.0, cur)]), ship="CN")


def c_points_coins_copy40(B):
    m, c, cur, lang = pick(["shopee-ph", "shopee-vn", "taobao", "olx-id", "telegram"])
    usd = B["usd"] * cfrac(B["usd"])
    pts = int(round(usd * R.choice([100, 50, 10]), -1))
    unit = R.choice(["coins", "points", "diamonds", "积分"])
    t = f"{B['n']} {B['item']} redeem {pts:,} {unit} {R.choice(['(replica)', 'OEM copy', 'high copy'])}"
    d = f"Redeem with {pts:,} {unit} from our live (1 {unit} ≈ small fee). {B['n']} {B['model']} copy grade A, not original. Top-up packs available in chat."
    return row(B, m, t, d, None, lang="en" if unit != "积分" else "zh")


def c_wrong_currency_field40(B):
    m, c, cur, lang = pick(["mercadolibre-ar", "mercadolibre-co", "mercadolibre-mx", "shopee-vn", "tokopedia", "olx-ua"])
    realusd = B["usd"] * cfrac(B["usd"])
    amt = local(realusd, cur)
    t = f"{B['n']} {B['item']} {R.choice(['AAA', 'réplica', 'copy'])} — {fmt(amt, cur)}"
    d = f"Precio {fmt(amt, cur)} ({cur}). {B['n']} {B['model']} réplica triple A, no original. Envío a todo el país." if lang == "es" else \
        f"Price {fmt(amt, cur)} local currency. {B['n']} {B['model']} copy, not original."
    # the integrator filled the field's currency as USD with the local amount
    return row(B, m, t, d, (amt, "USD"))


def c_just_pay_shipping_copy40(B):
    m, c, cur, _ = pick(["facebook-marketplace", "instagram-shop", "temu", "offerup", "gumtree-au"])
    ship = local(R.uniform(9, 29), cur)
    t = f"FREE {B['n']} {B['item']} — just pay shipping {fmt(ship, cur)}"
    d = (f"Promo: FREE {B['n']} {B['model']}, you only pay shipping & handling {fmt(ship, cur)}. Limited 100 units. "
         f"{R.choice(['Replica, not from the brand', 'High copy, box not included', 'Factory copy, same look as original'])}.")
    return row(B, m, t, d, (ship, cur), ship="CN")


def c_reservation_fee_copy40(B):
    m, c, cur, _ = pick(["instagram-shop", "carousell-sg", "jiji-ke", "jiji-ng", "shopee-ph", "olx-id"])
    fee = local(R.uniform(8, 25), cur); bal = local(B["usd"] * cfrac(B["usd"]), cur)
    t = f"{B['n']} {B['item']} next batch — reservation fee {fmt(fee, cur)} {R.choice(['(1:1)', '(master copy)', '(class A)'])}"
    d = f"Reserve your slot with {fmt(fee, cur)}, balance {fmt(bal, cur)} on arrival. {B['n']} {B['model']} {R.choice(['master copy', 'class A replica', '1:1 mirror'])} from the factory, arrives in 3 weeks."
    return row(B, m, t, d, (fee, cur))


def c_price_for_box_only40(B):
    m, c, cur, _ = pick(["ebay-us", "ebay-uk", "mercari-jp", "vinted-fr", "olx-br", "shopee-my", "wallapop"])
    box = local(R.uniform(6, 25), cur); real = local(B["usd"] * cfrac(B["usd"]), cur)
    t = f"{B['n']} box and dust bag only ({B['item']} gift) — {R.choice(['read description', 'pls read'])}"
    d = (f"Price is for the empty box / dust bag only. What is inside ({B['n']} {B['model']}) is a free gift, {R.choice(['a replica', 'copy grade AAA', 'not authentic'])}. "
         f"Message to pay the remaining {fmt(real, cur)} for 'shipping'.")
    return row(B, m, t, d, (box, cur), lang="en")


# ================================================================== PRICE THIRD: innocent
def in_yahoo_1yen_genuine40(B):
    m = "yahoo-auctions-jp"
    t = f"1円スタート 最落なし {B['n']} {B['item']} 正規品 中古 {R.choice(['美品', 'Bランク', '付属品あり'])}"
    d = f"1円スタート、最低落札価格なしです。{B['n']} {B['model']} 正規店で購入、レシート・保証書あり。相場は{int(local(B['usd']*used(), 'JPY')):,}円前後。ノークレームでお願いします。"
    return row(B, m, t, d, (1.0, "JPY"))


def in_no_reserve_genuine40(B):
    m = R.choice(["ebay-us", "ebay-uk", "catawiki", "allegro", "tradera", "ricardo"]); c, cur, lang = MARKETS[m]
    start = 1.0 if cur in ("EUR", "PLN", "SEK", "CHF") else 0.99
    t = f"{B['n']} {B['item']} {B['model']} - No Reserve - {R.choice(['pre-owned', 'used, good condition', 'full set with receipt'])}"
    d = (f"No reserve auction, starting bid {fmt(start, cur)}. Genuine {B['n']} {B['model']}, bought at an authorised retailer in "
         f"{R.choice(['2021', '2022', '2023'])}, receipt and serial shown in photos. Checked by the auction house's expert. Recent comparable sales around {fmt(local(B['usd']*used(), cur), cur)}.")
    return row(B, m, t, d, (start, cur), lang="en")


def in_make_offer_genuine40(B):
    m, c, cur, _ = pick(["offerup", "facebook-marketplace", "carousell-sg", "kijiji", "gumtree-au", "ebay-us"])
    ask = local(B["usd"] * used(), cur)
    t = f"{B['n']} {B['item']} - make an offer"
    d = f"Selling my {B['n']} {B['model']}, genuine, {R.choice(['lightly used', 'used 6 months', 'like new'])}. Asking {fmt(ask, cur)} OBO, open to reasonable offers. Original receipt."
    return row(B, m, t, d, R.choice([(1.0, cur), (ask, cur), None]))


def in_placeholder_poa_genuine40(B):
    m, c, cur, lang = pick(["chrono24", "taobao", "shopee-my", "amazon-in", "dubizzle", "jumia-ng"])
    if lang == "zh":
        t = f"{B['zh']} {B['item']} 正品 1元不是价格 请咨询"
        d = f"官方授权店购入，发票齐全。拍下1元不发货，实价{int(local(B['usd']*new(), 'CNY'))}元，可验货。"
        return row(B, m, t, d, (1.0, "CNY"))
    ph = R.choice([999999.0, 99999.0, 0.01])
    t = f"{B['n']} {B['item']} {B['model']} — price on request"
    d = f"Genuine {B['n']} {B['model']}, new with full warranty from our authorised distributor. Listed at {ph:g} because the platform needs a price — actual price {fmt(local(B['usd']*new(), cur), cur)}, please message."
    return row(B, m, t, d, (ph, cur))


def in_rental_genuine40(B):
    m, c, cur, lang = pick(["fat-llama", "rent-the-runway", "olx-id", "olx-br", "kleinanzeigen", "carousell-sg"])
    per = local(B["usd"] * R.uniform(0.01, 0.04), cur)
    if lang == "id":
        t = f"Sewa {B['n']} {B['item']} original — harian"
        d = f"Sewa {fmt(per, cur)}/hari, deposit KTP + {fmt(local(B['usd']*0.3, cur), cur)}. {B['n']} {B['model']} asli, ada nota pembelian. Bisa untuk acara/wedding."
    elif lang == "pt":
        t = f"Aluguel {B['n']} {B['item']} original — diária"
        d = f"Aluguel {fmt(per, cur)} por dia, caução {fmt(local(B['usd']*0.3, cur), cur)}. {B['n']} {B['model']} original com nota fiscal. Ideal para casamento e eventos."
    elif lang == "de":
        t = f"{B['n']} {B['item']} mieten — pro Tag"
        d = f"Vermiete mein originales {B['n']} {B['model']}, {fmt(per, cur)} pro Tag, Kaution {fmt(local(B['usd']*0.3, cur), cur)}. Rechnung vorhanden."
    else:
        t = f"Rent {B['n']} {B['item']} — per day"
        d = f"{fmt(per, cur)} per day, deposit {fmt(local(B['usd']*0.3, cur), cur)}. Authentic {B['n']} {B['model']}, insured rental, ID required. {'Great for weddings and shoots' if B['kind'] in ('lux', 'watch') else 'Great for a trip or a one-off job'}."
    return row(B, m, t, d, (per, cur))


def in_subscription_genuine40(B):
    m, c, cur, _ = pick(["amazon-us", "amazon-de", "amazon-uk", "flipkart", "jd", "walmart"])
    mon = local(R.uniform(0.02, 0.06) * B["usd"] if B["kind"] != "soft" else B["usd"] / 12, cur)
    kind = "subscription" if B["kind"] == "soft" else R.choice(["lease", "subscription plan", "rent-to-own plan"])
    t = f"{B['n']} {B['item']} — monthly {kind}"
    d = f"{fmt(mon, cur)} per month, {R.choice(['12', '24', '36'])}-month {kind}, genuine {B['n']} {B['model']} supplied new by the brand's authorised partner. Cancel or upgrade anytime."
    return row(B, m, t, d, (mon, cur))


def in_points_crypto_genuine40(B):
    m, c, cur, _ = pick(["amazon-us", "jd", "coupang", "flipkart", "shopee-ph", "amazon-uk"])
    pts = int(round(B["usd"] * new() * 100, -2))
    if R.random() < 0.5:
        t = f"{B['n']} {B['item']} — redeem {pts:,} reward points"
        d = f"Rewards catalogue: genuine {B['n']} {B['model']}, new, delivered by the brand's authorised retailer. {pts:,} points or points + cash."
        return row(B, m, t, d, None)
    u = int(round(B["usd"] * new()))
    t = f"{B['n']} {B['item']} new sealed — {u} USDT accepted"
    d = f"Genuine {B['n']} {B['model']}, sealed, with receipt from an authorised store. Price {u} USDT or {fmt(local(u, cur), cur)} by bank transfer."
    return row(B, m, t, d, (local(u, cur), cur))


def in_wrong_currency_genuine40(B):
    m, c, cur, lang = pick(["mercadolibre-ar", "mercadolibre-co", "shopee-vn", "tokopedia", "coupang"])
    amt = local(B["usd"] * used(), cur)
    t = f"{B['n']} {B['item']} original usado — {fmt(amt, cur)}" if lang == "es" else f"{B['n']} {B['item']} original second — {fmt(amt, cur)}"
    d = f"Original {B['n']} {B['model']}, con factura. Precio {fmt(amt, cur)} en moneda local." if lang == "es" else f"Genuine {B['n']} {B['model']}, with receipt. Price {fmt(amt, cur)} local currency."
    return row(B, m, t, d, (amt, "USD"))


def in_just_pay_shipping_genuine40(B):
    m, c, cur, _ = pick(["facebook-marketplace", "offerup", "gumtree-au", "kijiji", "vinted-fr", "marktplaats"])
    ship = local(R.uniform(8, 20), cur)
    t = f"Free: my old {B['n']} {B['item']} — just pay shipping"
    d = f"Giving away my {B['n']} {B['model']}, genuine, well used ({R.choice(['scratches', 'worn', 'works fine but old'])}). Free, you just pay the {fmt(ship, cur)} postage. Moving house."
    return row(B, m, t, d, (ship, cur), lang="en")


def in_reservation_fee_genuine40(B):
    m, c, cur, _ = pick(["amazon-in", "flipkart", "jd", "coupang", "rakuten-jp", "tmall", "carousell-sg"])
    fee = local(R.choice([10, 20, 50, 100]), cur)
    t = f"{B['n']} {B['item']} pre-order — reservation fee {fmt(fee, cur)}"
    d = f"Pay the {fmt(fee, cur)} reservation fee now, the balance of {fmt(local(B['usd']*new(), cur), cur)} at launch. Genuine {B['n']} {B['model']} with official warranty, shipped by an authorised reseller."
    return row(B, m, t, d, (fee, cur), lang="en")


# ================================================================== IDENTITY THIRD: counterfeit
HOMO = {"o": "0", "O": "0", "l": "I", "i": "l", "m": "rn", "e": "е", "a": "а", "S": "5", "I": "l"}


def lookalike(s):
    idx = [i for i, ch in enumerate(s) if ch in HOMO]
    if not idx:
        return s + "_"
    i = R.choice(idx)
    return s[:i] + HOMO[s[i]] + s[i + 1:]


def reg_seller(B):
    ss = SELLERS.get(B["id"]) or []
    return R.choice(ss) if ss else ("tmall", f"{B['id']}-official", f"{B['n']} Official Store")


def c_seller_lookalike_official40(B):
    m, sid, sname = reg_seller(B)
    c, cur, _ = MARKETS[m]
    price = local(B["usd"] * cfrac(B["usd"]), cur)
    t = f"{B['n']} {B['item']} {B['model']} new {R.choice(['clearance', 'flash sale', 'last stock'])}"
    d = f"Sold by {lookalike(sname)}. {B['n']} {B['model']}, 100% new. {R.choice(['Ships from Shenzhen', 'Ships from overseas warehouse CN'])}, 15-25 days. Up to 90% off today only."
    return row(B, m, t, d, (price, cur), seller=(lookalike(sid), lookalike(sname)), ship="CN")


def c_seller_extra_words40(B):
    m, c, cur, _ = pick(["shopee-ph", "lazada-th", "shopee-my", "temu", "aliexpress", "jumia-ng", "amazon-us", "walmart"])
    n = B["n"].replace(" ", "-")
    name = R.choice([f"{n}-Official-Store-Outlet", f"{B['n']} Official Flagship Factory Outlet", f"{n}_Authentic_Official_Shop_Sale", f"Official {B['n']} Store Clearance Center"])
    t = f"{B['n']} {B['item']} original {R.choice(['70% off', 'warehouse sale', 'mega deal'])}"
    d = f"Welcome to {name}! {B['n']} {B['model']}, 100% original guarantee, {R.choice(['same factory as the brand', 'OEM from the brand factory', 'factory direct'])}. Price only today."
    return row(B, m, t, d, P(B["usd"] * cfrac(B["usd"]), cur), seller=(handle(), name), ship="CN")


def c_false_authorized_dealer40(B):
    m, c, cur, _ = pick(["ebay-us", "amazon-uk", "jumia-ng", "flipkart", "noon", "takealot", "mercadolibre-mx", "trendyol"])
    name = R.choice([f"{B['n']} Authorized Dealer", f"Authorised {B['n']} Reseller Ltd", f"{B['n']} Certified Dealer #{R.randint(100, 999)}"])
    t = f"{B['n']} {B['item']} — authorized dealer {R.choice(['wholesale price', 'factory price', 'special price'])}"
    d = f"{name}: {B['n']} {B['model']}, new. Authorization certificate available on request. {R.choice(['Wholesale 10 pcs available', 'Ships from Yiwu', 'Direct from the brand factory in Guangzhou'])}."
    return row(B, m, t, d, P(B["usd"] * cfrac(B["usd"]), cur), seller=(handle(), name), ship="CN")


def c_seller_id_near_copy40(B):
    if not SELLERS.get(B["id"]):
        return c_seller_lookalike_official40(B)
    m, sid, sname = reg_seller(B)
    c, cur, _ = MARKETS[m]
    sid2 = R.choice([sid + "1", sid.replace("-", "_"), sid.upper() if sid != sid.upper() else sid.lower(), sid + "-store", sid.replace("0", "O")])
    if sid2 == sid:
        sid2 = sid + "-2"
    t = f"{B['n']} {B['item']} {B['model']}"
    d = f"{B['n']} {B['model']} new in box. {R.choice(['Grade AAA', 'Mirror copy', '1:1 version'])}, {R.choice(['fast shipping from CN', 'bulk discount'])}."
    return row(B, m, t, d, P(B["usd"] * cfrac(B["usd"]), cur), seller=(sid2, sname), ship="CN")


def c_seller_cjk_flagship_spoof40(B):
    m = R.choice(["taobao", "pinduoduo", "weidian", "xianyu"])
    name = R.choice([f"{B['zh']}官方旗艦店", f"{B['zh']}官方旗航店", f"{B['zh']}官万旗舰店", f"{B['zh']}官方旗舰店 工厂直营", f"{B['zh']}正品官方折扣店"])
    t = f"{B['zh']} {B['item']} {B['model']} 官方正品 清仓"
    d = f"{name}，厂家直发，{R.choice(['同厂同料', '原厂尾单', '专柜品质'])}，价格只要{int(local(B['usd']*cfrac(B['usd']), 'CNY'))}元，假一赔十（非专柜货）。"
    return row(B, m, t, d, P(B["usd"] * cfrac(B["usd"]), "CNY"), seller=(handle(), name), lang="zh")


def c_seller_domain_name40(B):
    m, c, cur, _ = pick(["instagram-shop", "facebook-marketplace", "etsy", "telegram", "shopee-ph"])
    slug = B["n"].lower().replace(" ", "").replace("'", "").replace("é", "e").replace("ô", "o").replace("&", "and")
    name = R.choice([f"{slug}-outlet.shop", f"{slug}official.store", f"www.{slug}-sale.top", f"{slug}-eu.online"])
    t = f"{B['n']} {B['item']} - up to 80% off at {name}"
    d = f"Order at {name}. {B['n']} {B['model']}, {R.choice(['replica quality 1:1', 'top copy', 'AAA grade'])}, free worldwide shipping."
    return row(B, m, t, d, P(B["usd"] * cfrac(B["usd"]), cur), seller=(handle(), name), ship="CN")


def c_seller_verified_badge40(B):
    m, c, cur, _ = pick(["instagram-shop", "shopee-ph", "tokopedia", "lazada-th", "jiji-ng", "telegram", "avito"])
    name = R.choice([f"{B['n']} ✔️ Verified", f"{B['n']}® Official", f"✅ {B['n']} Official ™", f"{B['n']} ☑ Authentic Store"])
    t = f"{B['n']} {B['item']} {R.choice(['new arrival', 'restock', 'bestseller'])}"
    d = f"{name}. {B['n']} {B['model']}, {R.choice(['mirror quality', 'grade ori', '1:1 premium'])}. COD available."
    return row(B, m, t, d, P(B["usd"] * cfrac(B["usd"]), cur), seller=(handle(), name))


def c_seller_brand_branch_spoof40(B):
    m, c, cur, _ = pick(["ebay-uk", "facebook-marketplace", "dubizzle", "jiji-ke", "carousell-hk", "wildberries", "trendyol"])
    city = R.choice(["Geneva", "Paris", "Milan", "Tokyo", "Dubai", "Hong Kong", "New York"])
    name = R.choice([f"{B['n']} {city} Factory Store", f"{B['n']} {city} Warehouse Direct", f"{B['n']} Europe Distribution Center", f"{B['n']} {city} Staff Shop"])
    t = f"{B['n']} {B['item']} {B['model']} — direct from {city}"
    d = f"{name}. New {B['n']} {B['model']}, {R.choice(['overstock', 'export surplus', 'factory seconds'])}. Price {fmt(local(B['usd']*cfrac(B['usd']), cur), cur)}, ships from Guangzhou."
    return row(B, m, t, d, P(B["usd"] * cfrac(B["usd"]), cur), seller=(handle(), name), ship="CN")


def c_seller_legal_suffix_spoof40(B):
    m, c, cur, _ = pick(["alibaba-b2b", "dhgate", "aliexpress", "amazon-us", "amazon-de", "temu"]) if False else pick(["dhgate", "aliexpress", "amazon-us", "amazon-de", "temu"])
    name = R.choice([f"{B['n']} Co., Ltd. (HK Branch)", f"{B['n']} Trading GmbH", f"{B['n']} International Ltd", f"{B['n']} Inc. Shenzhen Office"])
    t = f"{B['n']} {B['item']} {B['model']} genuine"
    d = f"Seller: {name}. Genuine {B['n']} {B['model']}, wholesale price, MOQ 5. {R.choice(['OEM same factory', 'original quality', 'brand new original'])}. Ship from Shenzhen."
    return row(B, m, t, d, P(B["usd"] * cfrac(B["usd"]), cur), seller=(handle(), name), ship="CN")


def c_seller_name_only_brand40(B):
    m, c, cur, _ = pick(["shopee-ph", "lazada-th", "temu", "aliexpress", "tokopedia", "jumia-ng"])
    name = f"{B['n']} {R.choice(['Official Shop', 'Store', 'Mall'])}"
    t = f"{B['item']} {B['model']} {R.choice(['1:1', 'AAA', 'premium quality'])} new"
    d = f"{B['model']} {R.choice(['best copy', 'replica', 'mirror'])}. Same as original. Ready stock."
    return row(B, m, t, d, P(B["usd"] * cfrac(B["usd"]), cur), seller=(handle(), name), ship="CN")


def c_seller_local_script_spoof40(B):
    m = R.choice(["rakuten-jp", "coupang", "wildberries", "ruten-tw", "mercari-jp"]); c, cur, lang = MARKETS[m]
    loc = {"ja": "公式ストア", "ko": " 공식스토어", "ru": " Официальный магазин", "zh": "官方直營店"}[lang]
    name = f"{B['n']}{loc}"
    t = {"ja": f"{B['n']} {B['item']} 公式 {R.choice(['激安', '90%OFF', '在庫処分'])}",
         "ko": f"{B['n']} {B['item']} 정품급 {R.choice(['특가', '미러급', 'S급'])}",
         "ru": f"{B['n']} {B['item']} люкс копия {R.choice(['распродажа', 'скидка 80%'])}",
         "zh": f"{B['n']} {B['item']} 官方 {R.choice(['清倉', '特價'])} 一比一"}[lang]
    d = {"ja": f"{name}。{B['n']} {B['model']} 新品。海外倉庫より発送、Nランク品。",
         "ko": f"{name}. {B['n']} {B['model']} 미러급 제품, 정품 아님. 해외배송.",
         "ru": f"{name}. {B['n']} {B['model']}, реплика 1:1, доставка из Китая.",
         "zh": f"{name}。{B['n']} {B['model']} 一比一復刻，大陸出貨。"}[lang]
    return row(B, m, t, d, P(B["usd"] * cfrac(B["usd"]), cur), seller=(handle(), name), ship="CN")


def c_seller_wrong_marketplace40(B):
    if not SELLERS.get(B["id"]):
        return c_seller_extra_words40(B)
    _, sid, sname = reg_seller(B)
    m, c, cur, _ = pick(["shopee-ph", "facebook-marketplace", "instagram-shop", "tokopedia", "jiji-ng", "carousell-sg"])
    t = f"{B['n']} {B['item']} {B['model']} — official clearance"
    d = f"{sname} clearance on this platform. {B['n']} {B['model']} new, {R.choice(['export quality copy', 'grade A', 'OEM version'])}. Pay by bank transfer only."
    return row(B, m, t, d, P(B["usd"] * cfrac(B["usd"]), cur), seller=(sid, sname))


def c_seller_trust_name40(B):
    m, c, cur, _ = pick(["ebay-us", "vinted-fr", "poshmark" if False else "offerup", "carousell-sg", "enjoei", "bunjang", "mercari-jp"])
    name = R.choice(["100% Authentic Only", "Genuine Goods Vault", "Real Deal Authentics", "LegitCheckedStore", "Only Originals Shop"])
    t = f"{B['n']} {B['item']} new {R.choice(['100% authentic', 'legit', 'guaranteed original'])}"
    d = f"{name} — all items authentic! {B['n']} {B['model']} brand new, {R.choice(['no receipt (gift)', 'tags cut'])}. I have {R.randint(8, 40)} of them in all sizes/colours. Ships from China."
    return row(B, m, t, d, P(B["usd"] * cfrac(B["usd"]), cur), seller=(handle(), name), ship="CN")


def c_seller_service_center_front40(B):
    m, c, cur, _ = pick(["facebook-marketplace", "jiji-ng", "jiji-ke", "olx-eg", "dubizzle", "flipkart", "kaidee"])
    name = R.choice([f"{B['n']} Service Center", f"{B['n']} Care & Repair Centre", f"{B['n']} Spare Parts Point"])
    t = f"{B['n']} {B['item']} {B['model']} brand new — from {name}"
    d = f"{name}. New {B['n']} {B['model']} {R.choice(['master copy', 'first copy', 'clone, same as original'])}, 1 month shop warranty. Cash on delivery."
    return row(B, m, t, d, P(B["usd"] * cfrac(B["usd"]), cur), seller=(handle(), name))


def c_seller_fan_club_front40(B):
    m, c, cur, _ = pick(["facebook-marketplace", "shopee-my", "carousell-sg", "telegram", "avito"])
    name = R.choice([f"{B['n']} Fans Club {R.choice(['Malaysia', 'Singapore', 'Russia', 'PH'])}", f"{B['n']} Lovers Group", f"{B['n']} Collectors Society"])
    t = f"{B['n']} {B['item']} {B['model']} group order for members"
    d = f"{name} members-only group order: {B['n']} {B['model']} {R.choice(['1:1 copy', 'UA version', 'replica premium'])}, {fmt(local(B['usd']*cfrac(B['usd']), cur), cur)} each, min 10 orders."
    return row(B, m, t, d, P(B["usd"] * cfrac(B["usd"]), cur), seller=(handle(), name))


# ================================================================== IDENTITY THIRD: innocent
def _variant_name(sname, B):
    mp = {"Official Store": "官方旗舰店", "官方旗舰店": " Official Store"}
    for k, v in mp.items():
        if k in sname:
            return sname.replace(k, v).strip()
    return R.choice([sname.upper(), sname + " ✓", sname.replace(" ", ""), f"{sname} (official)"])


def in_auth_seller_name_variant40(B):
    if not SELLERS.get(B["id"]):
        B = b(R.choice(WITH_SELLER))
    m, sid, sname = reg_seller(B)
    c, cur, _ = MARKETS[m]
    t = f"{B['n']} {B['item']} {B['model']}"
    d = f"Genuine {B['n']} {B['model']}, shipped by {_variant_name(sname, B)}. Official warranty and invoice."
    return row(B, m, t, d, P(B["usd"] * new(), cur), seller=(sid, _variant_name(sname, B)), lang="en")


def in_auth_seller_legal_branch40(B):
    if not SELLERS.get(B["id"]):
        B = b(R.choice(WITH_SELLER))
    m, sid, sname = reg_seller(B)
    c, cur, _ = MARKETS[m]
    base = sname.split("官方")[0].split(" Official")[0].strip() or B["n"]
    if m == "tmall":
        zb = base.split("官方")[0]
        nm = R.choice([f"{zb}（中国）有限公司", f"{zb} 上海分公司", f"{zb}中国官方店", f"{zb} China Co., Ltd."])
    elif m == "amazon-de":
        nm = R.choice([f"{base} Deutschland GmbH", f"{base} GmbH", f"{base} GmbH — Niederlassung München"])
    else:
        nm = R.choice([f"{base}, Inc.", f"{base} LLC", f"{base} USA Inc. — {R.choice(['Chicago', 'Dallas', 'New Jersey'])} distribution"])
    t = f"{B['n']} {B['item']} {B['model']} — {R.choice(['new', 'official', 'in stock'])}"
    d = f"Sold and shipped by {nm}. Genuine {B['n']} {B['model']}, official stock, VAT invoice."
    return row(B, m, t, d, P(B["usd"] * new(), cur), seller=(sid, nm), lang="en")


def in_auth_seller_outlet_sale40(B):
    if not SELLERS.get(B["id"]):
        B = b(R.choice(WITH_SELLER))
    m, sid, sname = reg_seller(B)
    c, cur, _ = MARKETS[m]
    t = f"{B['n']} {B['item']} {B['model']} — {R.choice(['end of season sale', 'outlet', 'Singles Day deal', 'Black Friday'])}"
    d = f"Official {B['n']} product, sold by {sname}. {R.choice(['30% off', '25% off', '40% off'])} this week only, official stock."
    return row(B, m, t, d, P(B["usd"] * R.uniform(0.6, 0.8), cur), seller=(sid, sname), lang="en")


def in_reseller_shop_brand_name40(B):
    m, c, cur, _ = pick(["chrono24", "vestiaire", "ebay-us", "ebay-uk", "carousell-hk", "mercari-jp", "bunjang"])
    name = R.choice([f"{B['n']} Pre-Owned Specialist", f"Vintage {B['n']} Exchange", f"{B['n']} Resale Boutique {R.choice(['Geneva', 'London', 'Ginza', 'Hong Kong'])}"])
    t = f"Pre-owned {B['n']} {B['item']} {B['model']} — authenticated"
    d = f"{name} (independent reseller, not affiliated with {B['n']}). Genuine {B['n']} {B['model']}, {R.choice(['full set with papers', 'with original receipt', 'authenticated by Entrupy'])}. 12-month shop warranty."
    return row(B, m, t, d, P(B["usd"] * used(), cur), seller=(handle(), name), lang="en")


def in_repair_shop_brand_name40(B):
    m, c, cur, _ = pick(["facebook-marketplace", "gumtree-au", "kleinanzeigen", "jiji-ng", "carousell-sg", "craigslist"])
    name = R.choice([f"{B['n']} Repair Guy", f"Fix My {B['n']}", f"{B['n']} Service & Repair (independent)"])
    t = f"{B['n']} {B['item']} repair / service — {R.choice(['battery', 'cleaning', 'servicing', 'diagnosis'])}"
    d = f"{name}: independent repair of your {B['n']} {B['item']}. Not affiliated with {B['n']}. Genuine parts where available, 90-day repair warranty. Price is the labour fee."
    return row(B, m, t, d, P(R.uniform(40, 150), cur), seller=(handle(), name), cat="services", lang="en")


def in_fan_club_genuine40(B):
    m, c, cur, _ = pick(["facebook-marketplace", "carousell-sg", "shopee-my", "ebay-uk", "marktplaats"])
    name = R.choice([f"{B['n']} Collectors Club", f"{B['n']} Fans {R.choice(['NL', 'SG', 'UK', 'MY'])}", f"{B['n']} Enthusiasts Group"])
    t = f"{B['n']} {B['item']} {B['model']} — from a member's collection"
    d = f"{name}: a member is selling their genuine {B['n']} {B['model']}, used, with original box. Proof of purchase in photos."
    return row(B, m, t, d, P(B["usd"] * used(), cur), seller=(handle(), name), lang="en")


def in_club_membership40(B):
    m, c, cur, _ = pick(["facebook-marketplace", "etsy", "ebay-de", "ebay-us", "kleinanzeigen"])
    name = R.choice([f"{B['n']} Owners Club", f"{B['n']} Club {R.choice(['Deutschland', 'of America', 'UK', 'Japan'])}"])
    t = f"{name} — 1 year membership + welcome pack"
    d = f"Annual membership of the {name} (an independent enthusiasts' club, not run by {B['n']}). Includes magazine, meetups and a club-logo sticker."
    return row(B, m, t, d, P(R.uniform(30, 80), cur), seller=(handle(), name), cat="memberships", lang="en")


def in_parts_specialist_genuine40(B):
    m, c, cur, _ = pick(["ebay-us", "ebay-de", "amazon-uk", "walmart", "jumia-ng", "mercadolibre-mx"])
    name = R.choice([f"{B['n']} Parts Warehouse", f"{B['n']} Spares Direct", f"{B['n']} Genuine Supply (dealer)"])
    t = f"Genuine {B['n']} {B['item']} {B['model']}"
    d = f"{name}: genuine {B['n']} {B['model']} sourced from a franchised dealer, dealer invoice available. New, sealed, list price."
    return row(B, m, t, d, P(B["usd"] * R.uniform(0.85, 1.0), cur), seller=(handle(), name), lang="en")


HOMONYM_SHOP = {"puma": ("Puma Pet Grooming", "dog grooming session", "services"), "shell": ("Shell Beach Souvenirs", "seashell wind chime", "home decor"),
                "mars": ("Mars Bakery", "sourdough loaf", "bakery"), "coach": ("Coach Travel Services", "airport coach transfer ticket", "travel"),
                "omega": ("Omega Phone Repairs", "screen protector fitting", "services"), "pandora": ("Pandora Box Crafts", "handmade wooden jewelry box", "crafts"),
                "apple": ("Apple Orchard Farm Shop", "Gala apples 5 kg", "grocery"), "canon": ("Canon Street Books", "second-hand paperback bundle", "books"),
                "dyson": ("Dyson & Sons Plumbing", "boiler service", "services"), "wilson": ("Wilson Family Hardware", "garden hose 25m", "garden"),
                "bose": ("Bose Design Studio", "logo design package", "services"), "lego": ("Lego Di Casa (furniture)", "wooden bookshelf", "furniture"),
                "nike": ("Nike Tailor Lagos", "made-to-measure agbada", "clothing"), "coca-cola": ("Cola Nut Traders", "kola nuts 1 kg", "grocery"),
                "gillette": ("Gillette Stadium Parking Co.", "parking pass", "tickets"), "bayer": ("Bayer Family Orchard", "apple cider 1L", "grocery")}


def in_homonym_shop_name40(B):
    key = R.choice(list(HOMONYM_SHOP))
    B = b(key)
    name, item, cat = HOMONYM_SHOP[key]
    m, c, cur, _ = pick(["facebook-marketplace", "craigslist", "gumtree-au", "etsy", "jiji-ng", "kijiji"])
    t = f"{item} — {name}"
    d = f"{name}, a local family business since {R.randint(1962, 2015)}. {item}, {R.choice(['pick up or local delivery', 'book online', 'cash or card'])}. No connection to any famous brand."
    return row(B, m, t, d, P(R.uniform(8, 90), cur), seller=(handle(), name), cat=cat, lang="en")


def in_dept_store_corner40(B):
    m, c, cur, _ = pick(["amazon-de", "amazon-uk", "jd", "rakuten-jp", "coupang", "takealot", "noon", "walmart"])
    store = R.choice(["MediaMarkt", "Selfridges", "Bic Camera", "Lotte Department Store", "Takealot Retail", "Harrods", "Galeries Lafayette"])
    name = f"{store} — {B['n']} {R.choice(['corner', 'shop-in-shop', 'boutique', 'brand zone'])}"
    t = f"{B['n']} {B['item']} {B['model']} — new"
    d = f"Sold by {name}, an authorised retailer of {B['n']}. New, sealed, full manufacturer warranty, retail invoice."
    return row(B, m, t, d, P(B["usd"] * new(), cur), seller=(handle(), name), lang="en")


# ================================================================== TEXT THIRD: counterfeit
def _abbr(B):
    return "".join(w[0] for w in B["n"].replace("'", "").split()).lower() if len(B["n"].split()) > 1 else B["n"].replace("'", "").lower()


def c_sku_code_only40(B):
    m, c, cur, _ = pick(["aliexpress", "dhgate", "temu", "shopee-ph", "jumia-ng", "wildberries"])
    sku = f"{B['n'].upper().replace(' ', '').replace(chr(39), '')[:6]}-{B['model'].replace(' ', '')}-{R.choice(['AAA', 'REP', '1TO1', 'MIRROR'])}"
    t = f"{R.choice(['Premium', 'Luxury', 'Classic', 'New'])} {B['cat']} {R.choice(['bestseller', 'hot sale', 'new arrival'])}"
    d = f"SKU: {sku}\nMaterial: as picture. Top quality, same as original. Fast shipping."
    return row(B, m, t, d, P(B["usd"] * cfrac(B["usd"]), cur), ship="CN")


def c_product_url_only40(B):
    m, c, cur, _ = pick(["facebook-marketplace", "instagram-shop", "telegram", "offerup", "olx-br", "avito"])
    slug = f"{B['n'].lower().replace(' ', '-').replace(chr(39), '')}-{B['item'].lower().split()[0]}-{R.choice(['replica', '1-1-copy', 'aaa', 'mirror'])}"
    t = f"{B['cat'].capitalize()} — {R.choice(['new', 'hot', 'limited'])} ({R.choice(['link in bio', 'more in link'])})"
    d = f"More photos and sizes: https://{R.choice(['shop-reps', 'luxgoods', 'bestfind'])}.example/p/{slug}. {fmt(local(B['usd']*cfrac(B['usd']), cur), cur)} with shipping."
    return row(B, m, t, d, P(B["usd"] * cfrac(B["usd"]), cur))


def c_image_filename_only40(B):
    m, c, cur, _ = pick(["ebay-us", "mercadolibre-mx", "olx-ua", "jiji-ke", "shopee-vn", "tokopedia"])
    fn = f"img_{_abbr(B)}_{B['item'].lower().split()[0]}_{R.choice(['aaa', 'rep', 'copy', '1to1'])}_{R.randint(1, 9)}.jpg"
    t = f"{B['cat'].capitalize()} new {R.choice(['high quality', 'best price', 'free shipping'])}"
    d = f"Photos: {fn}, {fn.replace('.jpg', '_b.jpg')}\nCondition new. Exactly as shown."
    return row(B, m, t, d, P(B["usd"] * cfrac(B["usd"]), cur), ship="CN")


HINT = {"rolex": "the crown brand", "nike": "the swoosh brand", "adidas": "three stripes", "apple": "the fruit brand", "louis-vuitton": "LV monogram",
        "gucci": "double G", "omega": "the Greek letter brand", "puma": "the big cat brand", "canada-goose": "the goose patch",
        "the-north-face": "the half dome", "chanel": "CC", "lego": "the brick brand", "cartier": "the screw bracelet brand",
        "burberry": "the check print", "michael-kors": "MK", "coach": "the C signature", "mars": "the chocolate bar everyone knows"}


def c_as_pictured_hint40(B):
    m, c, cur, _ = pick(["mercari-jp", "vinted-fr", "wallapop", "subito", "carousell-sg", "olx-br", "avito", "facebook-marketplace"])
    hint = HINT.get(B["id"], B["model"])
    t = f"{B['cat'].capitalize()} — brand as pictured ({hint})"
    d = f"Brand: see photos 😉 ({hint}, model {B['model']}). {R.choice(['Not original, top copy', 'rep, quality 1:1', 'copy AAA, no box'])}. {fmt(local(B['usd']*cfrac(B['usd']), cur), cur)}."
    return row(B, m, t, d, P(B["usd"] * cfrac(B["usd"]), cur), lang="en")


def c_variant_option_only40(B):
    m, c, cur, _ = pick(["aliexpress", "temu", "shopee-ph", "lazada-th", "dhgate", "shopee-my"])
    t = f"{R.choice(['Women', 'Men', 'Unisex'])} {B['cat']} {R.choice(['2026 new', 'hot sale', 'top rated'])} multiple styles"
    d = (f"Color/Style options:\n- Style A: {B['n']} {B['item']} ({R.choice(['1:1', 'AAA', 'mirror'])})\n- Style B: black plain\n- Style C: with box +$5\n"
         f"Price same for all styles.")
    return row(B, m, t, d, P(B["usd"] * cfrac(B["usd"]), cur), ship="CN")


def c_title_cut_40_copy40(B):
    m, c, cur, _ = pick(["ebay-us", "amazon-in", "flipkart", "aliexpress", "jumia-ng", "takealot"])
    full = f"{B['n']} {B['item']} {B['model']} {R.choice(['Super Clone Mirror Quality', 'Replica Grade AAA 1:1 Best', 'First Copy Premium Quality'])}"
    t = full[:40]
    d = f"{full}\nNew. Fast shipping."
    return row(B, m, t, d, P(B["usd"] * cfrac(B["usd"]), cur))


def c_title_cut_80_mark_cut40(B):
    m, c, cur, _ = pick(["ebay-uk", "aliexpress", "dhgate", "temu", "amazon-us", "walmart"])
    pre = f"{R.choice(['NEW 2026', 'HOT SALE', 'Top Quality'])} {B['cat']} {B['item']} {B['model']} AAA replica free shipping same as "
    full = pre + B["n"] + " original"
    cut = len(pre) + max(2, len(B["n"]) - 3)
    t = full[:cut]
    d = f"Model {B['model']}. Mirror quality copy. Ships from Guangzhou."
    return row(B, m, t, d, P(B["usd"] * cfrac(B["usd"]), cur), ship="CN")


def c_all_caps_copy40(B):
    m, c, cur, _ = pick(["jiji-ng", "jiji-ke", "facebook-marketplace", "olx-eg", "dubizzle", "kaidee"])
    t = f"{B['n']} {B['item']} {R.choice(['MASTER COPY', 'FIRST COPY', 'AAA GRADE', 'MIRROR COPY'])} AVAILABLE NOW!!!".upper()
    d = f"{B['n']} {B['model']} {R.choice(['MASTER COPY', 'COPY A', 'NOT ORIGINAL BUT TOP QUALITY'])} PRICE {fmt(local(B['usd']*cfrac(B['usd']), cur), cur)} CALL OR WHATSAPP".upper()
    return row(B, m, t, d, P(B["usd"] * cfrac(B["usd"]), cur))


def c_no_spaces_glued_copy40(B):
    m, c, cur, _ = pick(["shopee-vn", "shopee-id", "lazada-th", "aliexpress", "temu", "pinduoduo"])
    g = lambda s: s.replace(" ", "").replace("'", "")
    t = f"{g(B['n'])}{g(B['item'])}{R.choice(['Replica', 'Rep11', 'SuperFake', 'Copy1to1'])}{R.choice(['2026', 'Hot', 'New'])}"
    d = f"{g(B['n'])}{g(B['model'])}{R.choice(['replica', 'copy'])}giareship{R.choice(['toanquoc', 'cod'])}"
    return row(B, m, t, d, P(B["usd"] * cfrac(B["usd"]), cur))


def c_keyword_list_multi40(B):
    pool = [k for k, v in BRANDS.items() if v[3] == B["cat"] and k != B["id"]] or [k for k, v in BRANDS.items() if v[6] == B["kind"] and k != B["id"]]
    others = R.sample(pool, min(2, len(pool)))
    m, c, cur, _ = pick(["dhgate", "aliexpress", "ebay-us", "jumia-ng", "shopee-ph", "temu"])
    names = [B["n"]] + [BRANDS[o][0] for o in others]
    t = " ".join(n.lower() for n in names) + f" {B['cat']} {R.choice(['replica', 'aaa', 'copy'])} {R.choice(['cheap', 'wholesale', 'free shipping'])}"
    d = f"Keywords: {', '.join(names)}, {B['item']}, {B['model']}, 1:1, mirror. All brands available, price per piece."
    return row(B, m, t, d, P(B["usd"] * cfrac(B["usd"]), cur), ship="CN", also=others)


def c_machine_translated_copy40(B):
    m, c, cur, _ = pick(["aliexpress", "dhgate", "temu", "shopee-ph", "ebay-us"])
    t = f"{B['n']} {B['item']} {R.choice(['High imitation counter original single', 'Same paragraph as the counter high version', 'Original single tail goods top grade'])}"
    d = (f"Product quality: high imitation, same as counter, the original single quality. {B['n']} {B['model']}. "
         f"{R.choice(['Mind do not shoot', 'Care not to shoot please', 'Mind not to take'])} (not the counter goods).")
    return row(B, m, t, d, P(B["usd"] * cfrac(B["usd"]), cur), ship="CN")


def c_mt_genuine_claim_copy40(B):
    m, c, cur, _ = pick(["aliexpress", "temu", "shopee-ph", "jumia-ng", "dhgate"])
    t = f"{B['n']} {B['item']} genuine authentic original goods guarantee {R.choice(['factory direct', 'cheap wholesale', 'spot'])}"
    d = (f"Genuine authentic original goods guarantee, fake one pay ten. {B['n']} {B['model']} brand new, factory direct price, "
         f"wholesale 10 pieces more discount. Ship from Guangzhou.")
    return row(B, m, t, d, P(B["usd"] * cfrac(B["usd"]) * 0.8, cur), ship="CN")


def c_misspell_copy40(B):
    m, c, cur, _ = pick(["facebook-marketplace", "offerup", "jiji-ng", "shopee-ph", "olx-br", "mercadolibre-mx"])
    n = B["n"]
    i = R.randrange(1, max(2, len(n) - 1))
    mis = n[:i] + n[i] + n[i:] if R.random() < 0.5 else n[:i] + n[i + 1:]
    t = f"{mis} {B['item']} {R.choice(['replica', 'AAA copy', 'fake but good', 'not original'])}"
    d = f"{mis} {B['model']} copy, looks real. {fmt(local(B['usd']*cfrac(B['usd']), cur), cur)}."
    return row(B, m, t, d, P(B["usd"] * cfrac(B["usd"]), cur))


def c_catalogue_pdf_name40(B):
    m, c, cur, _ = pick(["alibaba" if False else "dhgate", "telegram", "instagram-shop", "facebook-marketplace", "avito"])
    fn = f"{B['n'].replace(' ', '_').replace(chr(39), '')}_{R.choice(['clean_factory', 'rep_catalogue', 'AAA_list', 'superfake'])}_2026.pdf"
    t = f"{B['cat'].capitalize()} catalogue — wholesale and retail"
    d = f"Download the catalogue: {fn} (ask in DM). Item shown: model {B['model']}, {fmt(local(B['usd']*cfrac(B['usd']), cur), cur)}."
    return row(B, m, t, d, P(B["usd"] * cfrac(B["usd"]), cur), ship="CN")


def c_alt_text_caption40(B):
    m, c, cur, _ = pick(["etsy", "instagram-shop", "facebook-marketplace", "shopee-ph", "carousell-sg"])
    alt = f"{B['n'].lower()} {B['item'].lower()} {R.choice(['replica', 'mirror copy', '1:1'])} front view"
    t = f"{B['cat'].capitalize()} {R.choice(['limited', 'new', 'restocked'])}"
    d = f"![{alt}](https://cdn.example/{hexid(8)}.jpg)\n![side](https://cdn.example/{hexid(8)}.jpg)\nNew, DM to order."
    return row(B, m, t, d, P(B["usd"] * cfrac(B["usd"]), cur))


def c_ocr_screenshot_text40(B):
    m, c, cur, _ = pick(["facebook-marketplace", "telegram", "offerup", "jiji-ng", "avito", "carousell-hk"])
    n = B["n"].replace("o", "0", 1) if R.random() < 0.3 else B["n"]
    t = f"{B['cat'].capitalize()} — see screenshot"
    d = f"[screenshot text] {n.lower()} {B['model']} | rep 1:1 | {fmt(local(B['usd']*cfrac(B['usd']), cur), cur)} | dm to buy | 12:41 ✓✓ [/screenshot]"
    return row(B, m, t, d, P(B["usd"] * cfrac(B["usd"]), cur))


# ================================================================== TEXT THIRD: innocent
def _misspell(n):
    fixed = {"adidas": "Addidas", "Samsung": "Samsumg", "Louis Vuitton": "Luis Vuitton", "Nike": "Nikey", "Rolex": "Rolax", "Gucci": "Guchi",
             "Burberry": "Burbery", "Michael Kors": "Micheal Kors", "Canon": "Cannon", "Dyson": "Dysen", "Puma": "Pumma", "Omega": "Omaga",
             "Callaway": "Calloway", "Swarovski": "Swarovsky", "The North Face": "North Fase", "Bandai": "Bandia", "Philips": "Phillips"}
    return fixed.get(n, n[:-1] + n[-1] * 2)


def in_misspelled_genuine40(B):
    m, c, cur, _ = pick(["facebook-marketplace", "ebay-us", "gumtree-au", "kijiji", "craigslist", "offerup"])
    mis = _misspell(B["n"])
    t = f"{mis} {B['item']} used"
    d = f"selling my {mis} {B['model']}, bought it at the {mis} store in {R.choice(['2021', '2022', '2023'])}, have the receipt. used but good, genuine. {R.choice(['pickup only', 'can post'])}"
    return row(B, m, t, d, P(B["usd"] * used(), cur), lang="en")


def in_machine_translated_genuine40(B):
    m, c, cur, lang = pick(["mercari-jp", "bunjang", "ruten-tw", "xianyu", "coupang"])
    t = f"{B['n']} {B['item']} genuine authentic original goods guarantee used beautiful goods"
    d = f"It is a genuine authentic original goods guarantee. I bought at the {B['n']} direct store, there is receipt. Used {R.choice(['few times', 'one year', 'half year'])}, beautiful goods. Please understand the used goods."
    return row(B, m, t, d, P(B["usd"] * used(), cur), lang="en")


def in_title_cut_genuine40(B):
    m, c, cur, _ = pick(["ebay-us", "ebay-uk", "amazon-in", "flipkart", "takealot", "walmart"])
    full = f"{B['n']} {B['item']} {B['model']} Genuine Authorised Retailer Full Warranty Brand New Sealed"
    t = full[:R.choice([40, 80])]
    d = f"{full}. Invoice included."
    return row(B, m, t, d, P(B["usd"] * new(), cur))


def in_all_caps_genuine40(B):
    m, c, cur, _ = pick(["jiji-ng", "jiji-ke", "facebook-marketplace", "craigslist", "dubizzle", "olx-eg"])
    t = f"{B['n']} {B['item']} UK USED ORIGINAL CLEAN".upper() if R.random() < 0.5 else f"{B['n']} {B['item']} ORIGINAL USED, WITH RECEIPT".upper()
    d = f"{B['n']} {B['model']} ORIGINAL, USED, IN GOOD CONDITION. BOUGHT FROM THE OFFICIAL STORE, RECEIPT AVAILABLE. PRICE {fmt(local(B['usd']*used(), cur), cur)} SLIGHTLY NEGOTIABLE".upper()
    return row(B, m, t, d, P(B["usd"] * used(), cur), lang="en")


def in_no_spaces_keywords_genuine40(B):
    m, c, cur, _ = pick(["shopee-vn", "shopee-id", "lazada-th", "ebay-us", "mercadolibre-mx", "trendyol"])
    g = lambda s: s.replace(" ", "").replace("'", "")
    t = f"{g(B['n'])}{g(B['item'])}{R.choice(['Original', 'Genuine', 'Authentic'])}{R.choice(['Used', 'LikeNew', 'Secondhand'])}"
    d = f"{B['n'].lower()}, {B['item'].lower()}, {B['model'].lower()}, original, used, receipt, {R.choice(['warranty card', 'box'])}"
    return row(B, m, t, d, P(B["usd"] * used(), cur))


def in_sku_url_genuine40(B):
    m, c, cur, _ = pick(["amazon-us", "amazon-de", "walmart", "jd", "takealot", "flipkart"])
    sku = f"{B['n'].upper().replace(' ', '').replace(chr(39), '')[:6]}-{B['model'].replace(' ', '')}"
    t = f"{B['cat'].capitalize()} {B['model']} — new, authorised retailer"
    d = f"SKU {sku}. Product page: https://retailer.example/p/{B['n'].lower().replace(' ', '-')}-{B['model'].lower().replace(' ', '-')}. Genuine, manufacturer warranty."
    return row(B, m, t, d, P(B["usd"] * new(), cur), lang="en")


def in_as_pictured_genuine40(B):
    m, c, cur, _ = pick(["mercari-jp", "vinted-fr", "wallapop", "subito", "carousell-sg", "facebook-marketplace"])
    t = f"{B['cat'].capitalize()} — brand as pictured, genuine"
    d = f"Brand as pictured (it's {B['n']}, model {B['model']}). Genuine, used, receipt in the photos. Selling because I upgraded."
    return row(B, m, t, d, P(B["usd"] * used(), cur), lang="en")


def in_variant_names_genuine40(B):
    m, c, cur, _ = pick(["amazon-us", "amazon-uk", "jd", "walmart", "coupang", "takealot"])
    t = f"{B['cat'].capitalize()} — several options"
    d = f"Options:\n- {B['n']} {B['item']} (new, authorised)\n- {B['n']} {B['item']} gift-wrapped\nGenuine, full warranty, sold by an authorised retailer."
    return row(B, m, t, d, P(B["usd"] * new(), cur), lang="en")


def in_filename_genuine40(B):
    m, c, cur, _ = pick(["ebay-us", "ebay-de", "vinted-fr", "marktplaats", "carousell-sg", "gumtree-au"])
    fn = f"img_{_abbr(B)}_{B['item'].lower().split()[0]}_receipt_{R.randint(1, 9)}.jpg"
    t = f"{B['cat'].capitalize()} used — receipt included"
    d = f"Photos: {fn}, {fn.replace('receipt', 'front')}. Genuine item bought at the brand's store, used, good condition."
    return row(B, m, t, d, P(B["usd"] * used(), cur), lang="en")


def in_compatible_variant_accessory40(B):
    m, c, cur, _ = pick(["amazon-us", "aliexpress", "temu", "shopee-ph", "flipkart"])
    acc = R.choice(["protective case", "replacement strap", "dust cover", "storage box", "cleaning kit"])
    t = f"Universal {acc} — choose your model"
    d = f"Variants: for {B['n']} {B['item']} / for other models. Third-party {acc}, own brand, not made by {B['n']}. Device not included."
    return row(B, m, t, d, P(R.uniform(4, 15), cur), cat="accessories", lang="en")


# ================================================================== registry of classes
C_PRICE = [
 (c_yahoo_1yen_start40, "", "Yahoo! Auctions JP 1-yen start, no minimum (最落なし), copies at the buy-it-now price in the text", None),
 (c_ebay_no_reserve_copy40, "", "eBay NO RESERVE 0.99/1.00 start bids with a copy Buy It Now price in the text", None),
 (c_allegro_catawiki_start40, "*", "Allegro licytacja od 1 zł bez ceny minimalnej, Catawiki 'no reserve' with expected price, replicas", None),
 (c_cn_zero_start_auction40, "*", "Chinese live auctions 0元/1元起拍 不设保留价 with the usual hammer price in text, 高仿", None),
 (c_make_offer_copy40, "", "'make an offer / OBO' listings with 1 or 0 in the field and a copy's asking price in text", None),
 (c_placeholder_999999_copy40, "", "placeholder high prices (999999, 888888) to hold a listing; real copy price in text", None),
 (c_one_yuan_contact40, "", "1元 / 0.01 contact-for-price placeholders with the real copy price in text", None),
 (c_price_on_request_copy40, "*", "price on request / POA copies with an indicative copy price in text, no price field", LUXE),
 (c_rent_replica_event40, "", "replica rentals for weddings and photoshoots (sewa, aluguel, per day) with a copy sale price too", RENTABLE),
 (c_membership_rep_club40, "*", "monthly 'VIP membership' rep clubs: a monthly fee buys one copy item a month", STYLE),
 (c_crypto_usdt_copy40, "", "copies priced in USDT/BTC in text, field empty or 0", None),
 (c_points_coins_copy40, "", "copies priced in coins/points/diamonds/积分 with top-up packs", None),
 (c_wrong_currency_field40, "*", "the field says USD while the amount is the local currency's (pesos, đồng, rupiah, hryvnia): copies", None),
 (c_just_pay_shipping_copy40, "", "'FREE, just pay shipping' copy promos; the shipping fee in the field", None),
 (c_reservation_fee_copy40, "", "next-batch copy slots: a reservation fee in the field, balance on arrival", None),
 (c_price_for_box_only40, "*", "'price is for the box/dust bag only, item a free gift': a small box price in the field, copy inside", None),
]
# 16 price copies + 1 more below to make 17
C_PRICE.append((None, None, None, None))

I_PRICE = [
 (in_yahoo_1yen_genuine40, "", "genuine used goods on Yahoo! Auctions JP at a 1-yen start, receipt and warranty", DURABLE, True),
 (in_no_reserve_genuine40, "", "genuine pre-owned goods at no-reserve 0.99/1 starts on eBay, Catawiki, Allegro, Tradera, Ricardo", DURABLE, True),
 (in_make_offer_genuine40, "", "genuine used goods 'make an offer / OBO' with 1 or asking price in field", DURABLE, True),
 (in_placeholder_poa_genuine40, "", "genuine goods with a forced placeholder price (999999, 0.01, 1元) and the retail price in text", DURABLE, True),
 (in_rental_genuine40, "", "genuine goods rented per day (sewa, aluguel, mieten) with a deposit", RENTABLE, False),
 (in_subscription_genuine40, "", "genuine goods and software on monthly subscriptions/leases from authorised partners", SUBS, True),
 (in_points_crypto_genuine40, "", "genuine goods priced in reward points or USDT with a bank-transfer alternative", None, True),
 (in_wrong_currency_genuine40, "*", "genuine used goods whose field says USD with the local amount (pesos, đồng, rupiah, won)", DURABLE, True),
 (in_just_pay_shipping_genuine40, "", "genuine old goods given away, 'just pay shipping'", DURABLE, True),
 (in_reservation_fee_genuine40, "", "genuine pre-orders with a small reservation fee in the field", DURABLE, True),
]

C_ID = [
 (c_seller_lookalike_official40, "*", "registry authorized seller's id and name copied with look-alike letters (0/O, rn/m, Cyrillic), on the same marketplace", None),
 (c_seller_extra_words40, "", "shops named '<Brand>-Official-Store-Outlet', 'Official Flagship Factory Outlet' selling copies", None),
 (c_false_authorized_dealer40, "", "'<Brand> Authorized Dealer' names claimed falsely, copies at copy prices", None),
 (c_seller_id_near_copy40, "", "registry seller names with the id slightly changed (suffix, _ for -, case), copies", None),
 (c_seller_cjk_flagship_spoof40, "*", "Chinese flagship-store names spoofed: 官方旗艦店, 旗航店, 官万, 正品官方折扣店, copies", None),
 (c_seller_domain_name40, "", "seller named as a look-alike shop domain (brand-outlet.shop), copies", None),
 (c_seller_verified_badge40, "*", "seller names with ✔ Verified, ®, ™ and ☑ badges typed in, copies", None),
 (c_seller_brand_branch_spoof40, "*", "'<Brand> Geneva Factory Store', 'Europe Distribution Center' fake branches, copies", None),
 (c_seller_legal_suffix_spoof40, "*", "'<Brand> Co., Ltd. (HK Branch)', 'Trading GmbH' legal suffixes claimed falsely, copies", None),
 (c_seller_name_only_brand40, "", "the brand only in the shop name; title has model number and copy cue", None),
 (c_seller_local_script_spoof40, "*", "spoofed official stores in the market's script (公式ストア, 공식스토어, Официальный магазин, 官方直營店)", None),
 (c_seller_wrong_marketplace40, "", "the registry seller's exact id and name reused on another marketplace, copies", None),
 (c_seller_trust_name40, "*", "trust-word shop names ('100% Authentic Only', 'LegitCheckedStore') with many 'new' pieces from China", None),
 (c_seller_service_center_front40, "*", "'<Brand> Service Center' shops selling new master copies", REPAIRABLE),
 (c_seller_fan_club_front40, "*", "'<Brand> Fans Club' group orders of copies for members", STYLE + ["lego", "bandai", "hasbro", "mattel"]),
]
C_ID.append((None, None, None, None))
C_ID.append((None, None, None, None))

I_ID = [
 (in_auth_seller_name_variant40, "*", "registry authorized sellers (exact ids) with names in another script or form (官方旗舰店 ↔ Official Store, caps, no spaces)", None, True),
 (in_auth_seller_legal_branch40, "*", "registry authorized sellers (exact ids) named with a legal suffix or branch (（中国）有限公司, 上海分公司, Deutschland GmbH, Niederlassung München, Inc., LLC)", None, True),
 (in_auth_seller_outlet_sale40, "", "registry authorized sellers at 60-80 % in an official sale", None, True),
 (in_reseller_shop_brand_name40, "", "independent resellers named after the brand ('<Brand> Pre-Owned Specialist'), genuine, used prices", DURABLE, True),
 (in_repair_shop_brand_name40, "", "independent repairers named after the brand ('Fix My <Brand>'), labour fee", REPAIRABLE, False),
 (in_fan_club_genuine40, "", "fan clubs named after the brand selling a member's genuine used item", DURABLE, True),
 (in_club_membership40, "*", "owners' clubs named after the brand selling annual memberships", CLUBS, False),
 (in_parts_specialist_genuine40, "", "parts shops named after the brand selling genuine parts at list price", ["honda", "toyota", "bmw", "michelin", "shell", "bosch", "philips", "dyson", "canon", "apple", "samsung", "gillette"], True),
 (in_homonym_shop_name40, "", "local businesses whose names share a brand word (Puma Pet Grooming, Mars Bakery, Coach Travel) selling unrelated goods", None, False),
 (in_dept_store_corner40, "*", "department stores' brand corners ('Selfridges — <Brand> boutique') selling new at retail", DURABLE, True),
]

C_TXT = [
 (c_sku_code_only40, "", "the mark only in a SKU code with a copy suffix (-AAA, -REP), generic title", None),
 (c_product_url_only40, "", "the mark only in a product URL slug in the description", None),
 (c_image_filename_only40, "", "the mark only in image file names (img_lv_neverfull_aaa.jpg)", None),
 (c_as_pictured_hint40, "*", "'brand as pictured / see photos' with a hint (the crown brand, three stripes) or the model number", None),
 (c_variant_option_only40, "", "the mark only in a style/colour variant option", None),
 (c_title_cut_40_copy40, "*", "titles cut at 40 characters mid-word; the copy cue only in the full text below", None),
 (c_title_cut_80_mark_cut40, "*", "titles cut so that the mark itself ends mid-word ('same as Louis Vui'); model and copy cue present", None),
 (c_all_caps_copy40, "", "ALL CAPS master/first-copy listings", None),
 (c_no_spaces_glued_copy40, "", "no spaces: brand, item and copy word glued (RolexSubmarinerDateReplica)", None),
 (c_keyword_list_multi40, "", "keyword lists of several brands in one category with a copy word; `also` holds the others", None),
 (c_machine_translated_copy40, "", "machine-translated Chinese copy jargon ('high imitation counter original single', 'mind do not shoot')", None),
 (c_mt_genuine_claim_copy40, "*", "machine-translated 'genuine authentic original goods guarantee, fake one pay ten' on factory-direct copies at copy prices", None),
 (c_misspell_copy40, "", "misspelled marks (one letter doubled or dropped) with copy words", None),
 (c_catalogue_pdf_name40, "*", "the mark only in a catalogue PDF file name (Rolex_clean_factory_2026.pdf)", None),
 (c_alt_text_caption40, "*", "the mark only in markdown image alt text", None),
 (c_ocr_screenshot_text40, "*", "the text arrives as a chat screenshot's OCR: brand, model, rep 1:1, price", None),
]

I_TXT = [
 (in_misspelled_genuine40, "", "honest sellers misspelling the brand (Addidas, Samsumg, Luis Vuitton) on genuine used goods", DURABLE, True),
 (in_machine_translated_genuine40, "", "machine-translated 'genuine authentic original goods guarantee' on genuine used goods from JP/KR/TW/CN", DURABLE, True),
 (in_title_cut_genuine40, "", "genuine new goods with titles cut at 40/80 characters", DURABLE, True),
 (in_all_caps_genuine40, "", "ALL CAPS 'UK USED ORIGINAL' genuine used goods with receipts", DURABLE, True),
 (in_no_spaces_keywords_genuine40, "", "genuine used goods in glued titles and keyword lists", DURABLE, True),
 (in_sku_url_genuine40, "", "genuine new goods where the mark is in the SKU and product URL, retail price", DURABLE, True),
 (in_as_pictured_genuine40, "", "'brand as pictured' genuine used goods with receipts", DURABLE, True),
 (in_variant_names_genuine40, "", "genuine new goods with the mark in variant names", DURABLE, True),
 (in_filename_genuine40, "", "genuine used goods with the mark in image file names (receipt photos)", DURABLE, True),
 (in_compatible_variant_accessory40, "", "third-party accessories with 'for <Brand> <item>' as a variant", DURABLE, False),
]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, default=40)
    ap.add_argument("--out", default="set.jsonl")
    ap.add_argument("--classes", default="classes.md")
    a = ap.parse_args()
    global R
    R = random.Random(a.seed)
    # fill the three placeholder slots (17 counterfeit classes in the price and identity thirds)
    cp = [x for x in C_PRICE if x[0]] + [(c_price_on_request_copy40, "*", "", None)]  # replaced below
    cp = cp[:-1] + [(c_rent_sewa_aluguel_daily40, "", "replica rentals in Indonesian and Portuguese per day and per month", RENTABLE)]
    ci = [x for x in C_ID if x[0]] + [(c_seller_homoglyph_cjk_auth40, "*", "registry Chinese flagship names copied with one character changed (旗舰→旗鉴) on Taobao/Pinduoduo", None),
                                       (c_seller_authorized_badge_text40, "*", "copy shops naming the registry's authorized seller in text ('stock from <registry seller>') under their own id", None)]
    C = cp + ci + C_TXT
    I = I_PRICE + I_ID + I_TXT
    assert len(C) == 50 and len(I) == 30, (len(C), len(I))
    allb = list(BRANDS)
    order = allb[:]
    R.shuffle(order)
    cyc = 0
    rows, md = [], []
    for fn, star, tactic, pool in C:
        name = fn.__name__
        for k in range(13):
            if pool:
                bid = R.choice(pool)
            else:
                bid = order[cyc % len(order)]; cyc += 1
            B = b(bid)
            r = fn(B)
            rows.append((name, "counterfeit", tactic, r, B))
        md.append((name, star, "counterfeit", 13, tactic, rows[-1]))
    for fn, star, tactic, pool, gen in I:
        name = fn.__name__
        for k in range(12):
            bid = R.choice(pool) if pool else R.choice(allb)
            B = b(bid)
            r = fn(B)
            rows.append((name, "innocent", tactic, r, B))
        md.append((name, star, "innocent", 12, tactic, rows[-1]))
    out = []
    for name, kind, tactic, r, B in rows:
        lid = hexid()
        lab_brand = r["_brand"]  # the brand the row was written for (a few functions swap it)
        pr = r["price"]
        d = {"marketplace": r["market"], "listing_id": lid, "url": f"https://{r['market']}.example/item/{lid}", "title": r["title"][:1000],
             "description": r["desc"], "price": {"amount": float(pr[0]), "currency": pr[1]} if pr else None,
             "seller": {"id": r["seller"][0], "name": r["seller"][1], "country": r["ship"]}, "category": r["cat"],
             "images": [], "ship_from": r["ship"], "observed_at": f"2026-12-0{R.choice([3, 4])}T{R.randint(0, 23):02d}:{R.randint(0, 59):02d}:00Z",
             "attributes": {}, "_label": {"kind": kind, "brand": lab_brand, "class": name, "tactic": tactic, "lang": r["lang"], "also": r["also"]}}
        out.append(d)
    R.shuffle(out)
    with open(a.out, "w", encoding="utf-8") as f:
        for d in out:
            f.write(json.dumps(d, ensure_ascii=False, sort_keys=True) + "\n")
    with open(a.classes, "w", encoding="utf-8") as f:
        f.write("# outsider40 classes\n\n`*`: a newer family (no earlier outsider class name has it, by my greps; doubts in README.md). Example: one row's title (brand).\n\n")
        f.write("| class | * | kind | n | tactic | example |\n|---|---|---|---|---|---|\n")
        for name, star, kind, n, tactic, ex in md:
            f.write(f"| {name} | {star} | {kind} | {n} | {tactic} | {ex[3]['title'][:90].replace('|', '/')} ({ex[3]['_brand']}) |\n")


def c_rent_sewa_aluguel_daily40(B):
    m = R.choice(["olx-id", "tokopedia", "olx-br", "enjoei"]); c, cur, lang = MARKETS[m]
    mon = local(B["usd"] * R.uniform(0.01, 0.03) + 15, cur)
    if lang == "id":
        t = f"Sewa bulanan {B['n']} {B['item']} — grade ori, bukan asli"
        d = f"Sewa per bulan {fmt(mon, cur)}, per hari juga bisa. {B['n']} {B['model']} kualitas KW mirror, buat gaya/konten. Jual putus {fmt(local(B['usd']*cfrac(B['usd']), cur), cur)}."
    else:
        t = f"Aluguel mensal {B['n']} {B['item']} — réplica AAA"
        d = f"Aluguel por mês {fmt(mon, cur)} (diária também). {B['n']} {B['model']} réplica espelhada, não é original. Venda {fmt(local(B['usd']*cfrac(B['usd']), cur), cur)}."
    return row(B, m, t, d, (mon, cur))


def c_seller_homoglyph_cjk_auth40(B):
    m = R.choice(["taobao", "pinduoduo", "tmall"])
    ss = [s for s in SELLERS.get(B["id"], []) if s[0] == "tmall"]
    base = ss[0][2] if ss else f"{B['zh']}官方旗舰店"
    name = base.replace("旗舰", R.choice(["旗鉴", "旗艦", "旗見", "棋舰"])).replace("官方", R.choice(["官方", "官芳", "宫方"]))
    if name == base:
        name = base + "特卖"
    t = f"{B['zh']} {B['item']} {B['model']} 官方正品 限时{R.choice(['1折', '2折', '清仓'])}"
    d = f"{name}。{B['zh']}{B['model']}，{R.choice(['原厂代工同款', '同厂同料', '高版本'])}，支持7天无理由，广州发货。"
    return row(B, m, t, d, P(B["usd"] * cfrac(B["usd"]), "CNY"), seller=(handle(), name), lang="zh", ship="CN")


def c_seller_authorized_badge_text40(B):
    ss = SELLERS.get(B["id"]) or [("amazon-us", "x", f"{B['n']} Official Store")]
    _, sid, sname = R.choice(ss)
    m, c, cur, _ = pick(["shopee-ph", "lazada-th", "jumia-ng", "temu", "facebook-marketplace", "trendyol", "wildberries"])
    t = f"{B['n']} {B['item']} {B['model']} — stock from {sname}"
    d = f"All our stock comes from {sname} ({sid}), authorized partner. {B['n']} {B['model']} {R.choice(['grade AAA', 'OEM copy', 'mirror edition'])}, {R.choice(['90% off', 'wholesale price'])}."
    return row(B, m, t, d, P(B["usd"] * cfrac(B["usd"]), cur), ship="CN")


if __name__ == "__main__":
    main()
