#!/usr/bin/env python3
"""outsider39's held-out set generator (stdlib only, seeded).

python3 make_set.py --seed 39 --out set.jsonl --classes classes.md
"""
from __future__ import annotations

import argparse
import json
import random
import re

from data import PRODUCTS, RATES, WHOLE, FIRST, SHOPSFX, COMPANY, CNWORDS, INCO, ZH

SYM = {"USD": "$", "EUR": "€", "GBP": "£", "PHP": "₱", "INR": "₹", "NGN": "₦", "JPY": "¥", "CNY": "¥", "THB": "฿",
       "MYR": "RM", "IDR": "Rp ", "BRL": "R$ ", "TRY": "₺", "KES": "Ksh ", "PKR": "Rs ", "BDT": "৳", "VND": "", "RUB": "",
       "KZT": "", "UZS": "", "MXN": "$", "COP": "$", "ARS": "$", "CLP": "$", "SAR": "", "AED": "", "EGP": "", "PLN": "", "ZAR": "R"}

FASHION = {"sneakers", "jeans", "handbags", "wallets", "belts", "sunglasses", "scarves", "trench coats", "parkas", "jackets",
           "backpacks", "watches", "jewelry", "charms"}
ELEC = {"headphones", "earbuds", "phones", "memory", "chargers", "consoles", "cameras", "hair care", "vacuum cleaners",
        "electric toothbrushes", "kitchen appliances", "shavers", "power tools", "batteries", "generators"}
BEAUTY = {"skincare", "makeup", "sunscreen", "razor blades"}
FOOD = {"chocolate", "confectionery", "spreads", "soft drinks", "coffee", "infant formula", "bottled water", "pet food", "nutrition"}
AUTO = {"auto parts", "tires", "motor oil", "lubricants"}
TOYS = {"building sets", "dolls", "die-cast cars", "model kits", "toys", "blasters", "board games", "action figures"}
SPORT = {"golf clubs", "golf balls", "badminton rackets", "shuttlecocks", "tennis rackets", "basketballs"}
SOFT = {"software licenses"}
PHARMA = {"prescription drugs", "otc", "medical devices"}
LUXW = {"watches", "jewelry"}
CONSUMER = FASHION | ELEC | BEAUTY | TOYS | SPORT | {"accessories", "merchandise"}
ANY = None


# ----------------------------------------------------------------------------- numbers and prices
def sig(x, n=3):
    if x <= 0:
        return 0
    from math import floor, log10
    d = n - 1 - floor(log10(abs(x)))
    v = round(x, d)
    return int(v) if float(v).is_integer() else v


def local(usd, cur):
    amt = sig(usd * RATES[cur])
    if cur in WHOLE or amt >= 100:
        amt = int(round(amt))
    return amt


def grp(n, sep=","):
    s = f"{int(n):,}"
    return s.replace(",", sep)


def plain(amt, cur):
    s = grp(amt) if float(amt).is_integer() else f"{amt:,.2f}"
    sym = SYM.get(cur, "")
    return f"{sym}{s}" if sym else f"{s} {cur}"


def rb(amt):
    amt = int(amt)
    if amt < 1_000_000:
        return f"{round(amt / 1000)}rb"
    v = f"{amt / 1e6:.2f}".rstrip("0").rstrip(".").replace(".", ",")
    return f"{v}jt"


def indian(n):
    n = int(n)
    s = str(n)
    if len(s) <= 3:
        return s
    head, tail = s[:-3], s[-3:]
    parts = []
    while len(head) > 2:
        parts.insert(0, head[-2:])
        head = head[:-2]
    if head:
        parts.insert(0, head)
    return ",".join(parts) + "," + tail


def lakh(amt):
    if amt >= 100000:
        return f"{amt / 1e5:.2f}".rstrip("0").rstrip(".") + " lakh"
    return f"₹{indian(amt)}/-"


def kshort(amt):
    if amt >= 1000:
        return f"{amt / 1000:.1f}".rstrip("0").rstrip(".") + "k"
    return str(int(amt))


def eu(amt):
    return f"{amt:,.2f}".replace(",", "X").replace(".", ",").replace("X", ".")


ZD = "零一二三四五六七八九"


def zhnum(n):
    n = int(n)
    if n == 0:
        return "零"
    out = ""
    if n >= 10000:
        out += zhnum(n // 10000) + "万"
        n %= 10000
        if 0 < n < 1000:
            out += "零"
    units = [(1000, "千"), (100, "百"), (10, "十")]
    zero = False
    for u, c in units:
        d = n // u
        if d:
            if zero:
                out += "零"
                zero = False
            out += ("" if (u == 10 and d == 1 and not out) else ZD[d]) + c
        elif out and n % u:
            zero = True
        n %= u
    if n:
        if zero:
            out += "零"
        out += ZD[n]
    return out


def ardig(s):
    return str(s).translate(str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩"))


def vntr(amt):
    amt = int(amt)
    if amt >= 1_000_000:
        m, r = divmod(amt, 1_000_000)
        r = round(r / 100_000)
        if r == 10:
            m, r = m + 1, 0
        return f"{m}tr{r}" if r else f"{m}tr"
    return f"{round(amt / 1000)}k"


def jpman(amt):
    if amt >= 10000:
        return f"{amt / 10000:.1f}".rstrip("0").rstrip(".") + "万円"
    return f"{grp(amt)}円"


ONES = "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split()
TENS = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()


def words_en(n):
    n = int(n)
    if n < 20:
        return ONES[n]
    if n < 100:
        return TENS[n // 10] + ("-" + ONES[n % 10] if n % 10 else "")
    if n < 1000:
        return ONES[n // 100] + " hundred" + (" and " + words_en(n % 100) if n % 100 else "")
    return words_en(n // 1000) + " thousand" + (" " + words_en(n % 1000) if n % 1000 else "")


ES1 = "cero uno dos tres cuatro cinco seis siete ocho nueve diez once doce trece catorce quince dieciséis diecisiete dieciocho diecinueve veinte".split()
ES10 = "_ _ veinti treinta cuarenta cincuenta sesenta setenta ochenta noventa".split()
ES100 = "_ ciento doscientos trescientos cuatrocientos quinientos seiscientos setecientos ochocientos novecientos".split()


def words_es(n):
    n = int(n)
    if n <= 20:
        return ES1[n]
    if n < 30:
        return "veinti" + ES1[n - 20]
    if n < 100:
        return ES10[n // 10] + (" y " + ES1[n % 10] if n % 10 else "")
    if n == 100:
        return "cien"
    if n < 1000:
        return ES100[n // 100] + (" " + words_es(n % 100) if n % 100 else "")
    th = n // 1000
    return ("mil" if th == 1 else words_es(th) + " mil") + (" " + words_es(n % 1000) if n % 1000 else "")


def cfrac(rng, usd):
    """a copy's share of the list price"""
    if usd >= 2000:
        return rng.uniform(0.03, 0.08)
    if usd >= 300:
        return rng.uniform(0.06, 0.2)
    if usd >= 30:
        return rng.uniform(0.15, 0.35)
    return rng.uniform(0.25, 0.45)


def tag(s):
    return "#" + re.sub(r"[^a-z0-9]", "", s.lower())


def hexid(rng, n=14):
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


# ----------------------------------------------------------------------------- the classes
# Each class: name, kind, star, tactic, pool (categories or None), markets [(slug, lang, cur, country)], gen(c) -> dict
CLASSES = []


def klass(name, kind, star, tactic, pool, markets, multi=None, brands=None):
    def deco(fn):
        CLASSES.append(dict(name=name, kind=kind, star=star, tactic=tactic, pool=pool, markets=markets, gen=fn,
                            multi=multi, brands=brands))
        return fn
    return deco


class Ctx:
    def __init__(self, rng, prod, market, prod2=None):
        self.rng = rng
        self.bid, self.B, self.P, self.G, self.usd, self.cat, self.M = prod
        self.market = market
        self.slug, self.lang, self.cur, self.country = market
        self.prod2 = prod2
        self.b = tag(self.B)
        self.zh = ZH[self.bid]
        self.handle = rng.choice(FIRST) + rng.choice(["", ".", "_"]) + rng.choice(SHOPSFX + ["", str(rng.randint(1, 99))])

    def ch(self, *xs):
        return self.rng.choice(xs)

    def copy(self, cur=None):
        return local(self.usd * cfrac(self.rng, self.usd), cur or self.cur)

    def genuine(self, lo=0.92, hi=1.08, cur=None):
        return local(self.usd * self.rng.uniform(lo, hi), cur or self.cur)

    def used(self, cur=None):
        return local(self.usd * self.rng.uniform(0.4, 0.75), cur or self.cur)


SOC_PH = [("instagram", "en", "PHP", "PH"), ("instagram", "en", "MYR", "MY"), ("instagram", "en", "USD", "US"), ("instagram", "en", "SGD" if False else "USD", "SG")]

# ============================== A. SOCIAL AND CHAT COMMERCE ==============================


@klass("c_ig_caption_price_code39", "counterfeit", "", "Instagram captions of copy sellers: emoji lines, hashtags (#repsforsale), 'mirror quality 1:1', price as a code 'P: 45' and 'DM for price'; no price field", CONSUMER,
       [("instagram", "en", "USD", "US"), ("instagram", "en", "USD", "PH"), ("instagram", "en", "USD", "MY"), ("instagram", "en", "USD", "AE")])
def _(c):
    code = c.copy("USD")
    t = c.ch(f"✨ {c.P} ✨ restock alert 🔥", f"{c.B} {c.G} 🖤 back in stock", f"NEW DROP 🔥 {c.P} 💯")
    d = (f"{c.P} 🖤\n{c.ch('Top grade', 'Best batch', 'Highest tier')} mirror quality 1:1 💯\n"
         f"{c.ch('P', 'Price', '💰')}: {int(code)}\nDM for price in your currency & more pics 📩\n"
         f"Worldwide shipping ✈️ | Paypal/GCash\n{c.b}reps {c.b} #repsforsale #mirrorquality #aaareplica #fashionreps")
    return dict(title=t, desc=d, price=None)


@klass("c_wa_catalogue_kw_id39", "counterfeit", "", "WhatsApp Business catalogue items in Indonesian: 'KW super / mirip ori 99%', price 'Rp 150rb, harga nego', COD Jabodetabek", CONSUMER,
       [("whatsapp", "id", "IDR", "ID")])
def _(c):
    p = c.copy()
    t = c.ch(f"{c.P} KW SUPER PREMIUM", f"{c.B} {c.G} grade ori", f"{c.P} KW 1:1 mirror")
    d = (f"Ready kak ✨ {c.P} kualitas KW super, mirip ori 99% 👌 bahan premium, full set. Harga {rb(p)} nego tipis 🙏 "
         f"Bisa COD Jabodetabek, luar kota JNE/J&T. Chat admin ya, slow respon maaf 🙏 {c.b}kw {c.b}premium #kwsuper")
    return dict(title=t, desc=d, price=p)


@klass("c_fb_marketplace_tl39", "counterfeit", "", "Facebook Marketplace Philippines in Taglish: 'class A / mirror copy, hindi po original', '1.5k lang', meet-up and COD", CONSUMER,
       [("facebook-marketplace", "tl", "PHP", "PH")])
def _(c):
    p = c.copy()
    t = c.ch(f"{c.B} {c.G} class A", f"{c.P} (class A) - {kshort(p)}", f"Class A {c.P}")
    d = (f"Mga mhie! 😍 {c.P} class A / mirror copy, hindi po original ha kaya mura. {kshort(p)} lang! "
         f"Meet up {c.ch('SM North', 'Trinoma', 'MOA', 'Cubao')} or padala via J&T/LBC, COD available. PM lang po 💬 #classA {c.b}")
    return dict(title=t, desc=d, price=p)


@klass("c_zalo_fb_vn39", "counterfeit", "", "Zalo / Facebook sellers in Vietnamese: 'hàng rep 1:1 like auth', 'không phải hàng chính hãng', price '450k / 1tr2', ship COD", CONSUMER,
       [("zalo", "vi", "VND", "VN"), ("facebook", "vi", "VND", "VN")])
def _(c):
    p = c.copy()
    t = c.ch(f"{c.P} hàng rep 1:1 like auth 💯", f"{c.B} {c.G} rep 1:1 full box", f"{c.P} bản rep cao cấp")
    d = (f"Hàng về ạ 🔥 {c.P} bản rep 1:1 like auth, full box bill, giá chỉ {vntr(p)} 📦 Ship COD toàn quốc, "
         f"inbox Zalo 09{c.rng.randint(10, 99)}xxx để xem ảnh thật. Không phải hàng chính hãng nha khách ơi. {c.b} #hangrep")
    return dict(title=t, desc=d, price=p)


@klass("c_line_shop_th39", "counterfeit", "", "LINE shopping / LINE OA posts in Thai: 'งานมิลเลอร์ / ก๊อปเหมือนแท้ 1:1', price '990.- รวมส่ง', add LINE @id", CONSUMER,
       [("line-shopping", "th", "THB", "TH")])
def _(c):
    p = c.copy()
    t = c.ch(f"{c.P} งานมิลเลอร์ เกรดพรีเมียม 🔥", f"{c.B} {c.G} งานก๊อป 1:1", f"{c.P} เกรดท็อป มิลเลอร์")
    d = (f"✨ {c.P} งานมิลเลอร์ ก๊อปเหมือนแท้ 1:1 🔥 ราคา {grp(p)}.- รวมส่ง 📦 เก็บเงินปลายทางได้ "
         f"ทักไลน์ @{c.handle.replace('.', '')} สั่งได้เลยค่า #งานก๊อป #งานมิลเลอร์ {c.b}")
    return dict(title=t, desc=d, price=p)


@klass("c_wechat_moments_zh39", "counterfeit", "", "WeChat Moments 微商 posts: '顶级复刻 / 原单 / 1:1开模', price as '💰380' or a code, 'V:' contact, '仿品介意勿拍'", CONSUMER | FOOD,
       [("wechat", "zh", "CNY", "CN")])
def _(c):
    p = c.copy()
    t = c.ch(f"{c.zh} {c.P} 顶级复刻 原单品质", f"{c.P} 1:1开模 顶级版本", f"朋友圈新品 {c.zh}{c.G}")
    d = (f"🔥朋友圈上新 {c.P} 顶级原单复刻 细节对版 1:1开模 💰{int(p)} 包邮 顺丰到付+10 "
         f"V:{c.handle.replace('.', '')}{c.rng.randint(100, 999)} 仿品 介意勿拍 🙏")
    return dict(title=t, desc=d, price=None)


@klass("c_telegram_kz_uz39", "counterfeit", "", "Telegram channels of Kazakh and Uzbek copy sellers in Russian/Uzbek: 'люкс реплика 1:1', '₸ / so'm', Kaspi, Toshkent dostavka", CONSUMER,
       [("telegram", "ru", "KZT", "KZ"), ("telegram", "uz", "UZS", "UZ")])
def _(c):
    p = c.copy()
    if c.cur == "KZT":
        t = c.ch(f"{c.P} люкс реплика 1:1", f"{c.B} {c.G} — реплика люкс", f"🔥 {c.P} копия 1:1")
        d = (f"🔥 В наличии! {c.P} — реплика класса люкс 1:1, не отличить от оригинала. Цена: {grp(p, ' ')} ₸. "
             f"Доставка по Алматы и Астане, по Казахстану Kaspi/Indrive. Пиши в лс @{c.handle.replace('.', '_')} #реплика {c.b}")
    else:
        t = c.ch(f"{c.P} lyuks kopiya 1:1", f"{c.B} {c.G} — kopiya lyuks", f"🔥 {c.P} replika")
        d = (f"🔥 Yangi kelgan! {c.P} — lyuks kopiya 1:1, originaldan farqi yo'q (original emas). Narxi: {grp(p, ' ')} so'm. "
             f"Toshkent bo'ylab dostavka, viloyatlarga BTS. Murojaat uchun @{c.handle.replace('.', '_')} #replika {c.b}")
    return dict(title=t, desc=d, price=p)


@klass("c_live_clip_title39", "counterfeit", "", "Livestream clips and live-selling titles (TikTok Live, Facebook Live, Shopee Live): 'mine + number', 'premium copy (not orig)', price in the title", CONSUMER,
       [("tiktok-shop", "en", "PHP", "PH"), ("facebook-live", "en", "PHP", "PH"), ("shopee-live", "en", "MYR", "MY"), ("tiktok-shop", "en", "USD", "US")])
def _(c):
    p = c.copy()
    n = c.rng.randint(1, 80)
    t = f"🔴LIVE now! {c.B} {c.G} premium copy ✨ no.{n} {plain(p, c.cur)} only"
    d = (f"Mine mine! 🔥 #{n} {c.P} premium copy (not orig) — comment MINE + code {n} to reserve. Payment within 24h or cancel. "
         f"Next live Friday 8pm. #tiktoklive #livesale {c.b} #premiumcopy")
    return dict(title=t, desc=d, price=p)


@klass("c_ig_hinglish_first_copy39", "counterfeit", "", "Indian Instagram/WhatsApp sellers in Hinglish: 'first copy 7A, bilkul original jaisa', '₹1,499/-', COD all India", CONSUMER,
       [("instagram", "hi-en", "INR", "IN"), ("whatsapp", "hi-en", "INR", "IN")])
def _(c):
    p = c.copy()
    t = c.ch(f"{c.P} 7A first copy 🔥 COD available", f"{c.B} {c.G} first copy", f"{c.P} master copy with box")
    d = (f"Bhai log new stock aa gaya 😍 {c.P} first copy 7A quality, bilkul original jaisa, box ke saath. "
         f"Price ₹{indian(p)}/- only. COD all India 🚚 DM karo ya WhatsApp 98{c.rng.randint(100, 999)}xxxxx. #firstcopy {c.b}firstcopy #masterquality")
    return dict(title=t, desc=d, price=p)


@klass("c_wa_naija_mirror39", "counterfeit", "", "Nigerian WhatsApp/Instagram vendors in Nigerian English and Pidgin: 'mirror copy, e no be original but quality na quality', '₦25k', Lagos delivery", CONSUMER,
       [("whatsapp", "en-NG", "NGN", "NG"), ("instagram", "en-NG", "NGN", "NG")])
def _(c):
    p = c.copy()
    t = c.ch(f"{c.P} mirror copy ✅", f"{c.B} {c.G} — mirror quality", f"{c.P} (mirror) available")
    d = (f"Omo! {c.P} just landed 🔥 Mirror copy, e no be original but quality na quality, nobody go know. "
         f"Price: ₦{kshort(p)}. Lagos delivery sharp sharp, outside Lagos via GIG. Send DM abeg 📩 {c.b} #lagosvendor #mirrorcopy")
    return dict(title=t, desc=d, price=p)


@klass("c_wa_kenya_sw39", "counterfeit", "", "Kenyan and Tanzanian WhatsApp/Instagram sellers in Swahili/Sheng: 'copy ya kwanza, si original', 'Bei: Ksh', G4S delivery", CONSUMER,
       [("whatsapp", "sw", "KES", "KE"), ("instagram", "sw", "KES", "KE")])
def _(c):
    p = c.copy()
    t = c.ch(f"{c.P} copy ya kwanza", f"{c.B} {c.G} first copy 🔥", f"{c.P} — copy ya kwanza bei poa")
    d = (f"Mzigo mpya umefika! 🔥 {c.P} — copy ya kwanza (first copy), si original lakini quality iko juu. "
         f"Bei: Ksh {grp(p)} tu. Delivery Nairobi CBD na kote nchini via G4S. Tuma DM au WhatsApp 07{c.rng.randint(10, 99)}xxxxxx. {c.b} #nairobivendor")
    return dict(title=t, desc=d, price=p)


@klass("c_ig_br_primeira_linha39", "counterfeit", "", "Brazilian Instagram shops in Portuguese: 'réplica primeira linha AAA', 'R$ 89,90 no pix ou 3x sem juros', 'chama no direct'", CONSUMER,
       [("instagram", "pt", "BRL", "BR")])
def _(c):
    p = c.copy()
    t = c.ch(f"{c.P} réplica primeira linha 😍", f"{c.B} {c.G} primeira linha", f"{c.P} AAA")
    d = (f"Chegou! {c.P} réplica primeira linha AAA, idêntica à original 🔥 Por apenas R$ {eu(p)} no pix ou 3x sem juros. "
         f"Enviamos para todo Brasil 📦 Chama no direct! #replica {c.b}replica #primeiralinha")
    return dict(title=t, desc=d, price=p)


@klass("c_ig_tr_birebir39", "counterfeit", "", "Turkish Instagram shops: 'birebir A+ replika, orijinal değildir', 'fiyat için DM', EFT / kapıda ödeme", CONSUMER,
       [("instagram", "tr", "TRY", "TR")])
def _(c):
    p = c.copy()
    t = c.ch(f"{c.P} birebir replika ✨", f"{c.B} {c.G} A+ kalite", f"{c.P} birebir")
    d = (f"Yeni sezon 🔥 {c.P} birebir A+ replika, orijinal değildir. Fiyat: {grp(p, '.')} TL, kapıda ödeme veya EFT. "
         f"Detay ve gerçek fotoğraflar için DM 📩 #replika {c.b} #birebir")
    return dict(title=t, desc=d, price=p)


@klass("c_fb_group_ar39", "counterfeit", "", "Gulf and Egyptian Facebook/WhatsApp sellers in Arabic: 'هاي كوبي / ماستر كوالتي / طبق الأصل، مو أصلي', price in Arabic-Indic digits", CONSUMER,
       [("facebook", "ar", "SAR", "SA"), ("facebook", "ar", "AED", "AE"), ("whatsapp", "ar", "EGP", "EG")])
def _(c):
    p = c.copy()
    cw = {"SAR": "ريال", "AED": "درهم", "EGP": "جنيه"}[c.cur]
    t = c.ch(f"{c.P} كوبي ماستر", f"{c.B} {c.G} هاي كوبي", f"{c.P} ماستر كوالتي")
    d = (f"وصل حديثاً 🔥 {c.P} هاي كوبي ماستر كوالتي طبق الأصل، مو أصلي. السعر {ardig(int(p))} {cw} فقط 💰 "
         f"توصيل لكل المدن، الدفع عند الاستلام. للطلب واتساب ٠٥{ardig(c.rng.randint(10, 99))}xxxxxx {c.b} #ماستر_كوبي")
    return dict(title=t, desc=d, price=p)


@klass("c_reseller_group_wts39", "counterfeit", "", "Reseller group 'WTS' posts (Facebook groups, Discord, Reddit-style): 'top batch from my agent, QC pics', '$85 shipped', PayPal F&F; a second copied item in the same post", CONSUMER,
       [("facebook-groups", "en", "USD", "US"), ("discord", "en", "USD", "US"), ("reddit", "en", "USD", "GB")], multi="copy")
def _(c):
    p = c.copy("USD")
    p2 = local(c.prod2[4] * cfrac(c.rng, c.prod2[4]), "USD")
    t = c.ch(f"WTS {c.P} — top batch, ${int(p)} shipped", f"[WTS] {c.P} + {c.prod2[2]}", f"WTS: {c.B} {c.G} (rep) ${int(p)} shipped")
    d = (f"WTS (want to sell) — {c.P}, top batch from my agent, QC pics in comments. Not retail obviously, it's a rep. "
         f"${int(p)} shipped CONUS, PayPal F&F only. Also have {c.prod2[2]} same batch quality ${int(p2)} shipped. No trades, no lowballs.")
    return dict(title=t, desc=d, price=None)


@klass("c_ig_pk_bd_master39", "counterfeit", "", "Pakistani and Bangladeshi Instagram/Facebook pages in Urdu and Bengali: 'ماسٹر کاپی / মাস্টার কপি, original nahi', 'Rs 3,500/-', '৳2,500', cash on delivery", CONSUMER,
       [("instagram", "ur", "PKR", "PK"), ("facebook", "bn", "BDT", "BD")])
def _(c):
    p = c.copy()
    if c.cur == "PKR":
        t = c.ch(f"{c.P} ماسٹر کاپی", f"{c.B} {c.G} master copy", f"{c.P} — ماسٹر کوالٹی")
        d = (f"نیا اسٹاک 🔥 {c.P} ماسٹر کاپی، اوریجنل جیسا (اوریجنل نہیں)۔ قیمت صرف Rs {grp(p)}/- "
             f"کیش آن ڈیلیوری پورے پاکستان میں۔ DM کریں {c.b} #mastercopy")
    else:
        t = c.ch(f"{c.P} মাস্টার কপি ✨", f"{c.B} {c.G} master copy", f"{c.P} — হাই কোয়ালিটি কপি")
        d = (f"নতুন স্টক 🔥 {c.P} মাস্টার কপি — অরিজিনাল নয়, হাই কোয়ালিটি কপি। দাম মাত্র ৳{grp(p)} "
             f"ক্যাশ অন ডেলিভারি ঢাকায়, ঢাকার বাইরে কুরিয়ার। ইনবক্স করুন {c.b} #mastercopy")
    return dict(title=t, desc=d, price=p)


@klass("c_ig_mx_espejo39", "counterfeit", "", "Mexican and Colombian Instagram/WhatsApp sellers: 'calidad espejo 1:1 (réplica AAA)', price 'mxn', envíos por Estafeta", CONSUMER,
       [("instagram", "es", "MXN", "MX"), ("whatsapp", "es", "COP", "CO")])
def _(c):
    p = c.copy()
    t = c.ch(f"{c.P} calidad espejo 1:1", f"{c.B} {c.G} calidad espejo", f"{c.P} réplica AAA")
    where = "envíos a toda la república por Estafeta" if c.cur == "MXN" else "envíos a toda Colombia por Servientrega"
    d = (f"¡Llegaron! 😍 {c.P} calidad espejo 1:1 (réplica AAA), nadie nota la diferencia. Precio: ${grp(p)} {c.cur.lower()}, {where} 📦 "
         f"Mándame DM o WhatsApp. {c.b} #replicaaaa #calidadespejo")
    return dict(title=t, desc=d, price=p)


# ---- social innocent twins


@klass("in_ig_reseller_legit39", "innocent", "", "Instagram resellers of genuine goods with the same caption style: 'DM for price', 'P: 250' at retail, receipts, 'no fakes, no reps'", CONSUMER,
       [("instagram", "en", "USD", "US"), ("instagram", "en", "USD", "PH"), ("instagram", "en", "USD", "MY"), ("instagram", "en", "USD", "AE")])
def _(c):
    code = c.genuine(1.0, 1.2, "USD")
    t = c.ch(f"✨ {c.P} ✨ 100% authentic", f"{c.B} {c.G} 🖤 brand new, authentic", f"NEW 🔥 {c.P} (authentic)")
    d = (f"{c.P} 🖤\nBrand new, bought from the {c.B} store, receipt & tags ✔️\nP: {int(code)}\nDM for price in your currency 📩\n"
         f"Legit check welcome (CheckCheck / Legit App). No fakes, no reps — authentic only.\n{c.b} #authentic #legitseller")
    return dict(title=t, desc=d, price=None)


@klass("in_wa_jastip_id39", "innocent", "", "Indonesian jastip (personal shopper) posts for genuine goods from store: 'ori store, struk dikasih', 'harga 2,1jt sudah termasuk fee', 'bukan KW'", CONSUMER,
       [("whatsapp", "id", "IDR", "ID"), ("instagram", "id", "IDR", "ID")])
def _(c):
    p = c.genuine(1.02, 1.15)
    city = c.ch("Singapore", "Jepang", "Korea", "Hong Kong")
    t = c.ch(f"JASTIP {c.P} ori store ✈️", f"Jastip {city} — {c.B} {c.G} original", f"Open jastip {c.P}")
    d = (f"Open jastip {city} batch Desember ✈️ {c.P} original dari store resmi {c.B}, struk dikasih. "
         f"Harga {rb(p)} (sudah termasuk fee jastip), DP 50%, pelunasan saat barang sampai. Bukan KW ya kak 🙏 {c.b} #jastip")
    return dict(title=t, desc=d, price=p)


@klass("in_fb_personal_tl39", "innocent", "", "Personal sales on Facebook Marketplace PH in Taglish: 'authentic po, may resibo', 'used twice', '8.5k nego'", CONSUMER,
       [("facebook-marketplace", "tl", "PHP", "PH")])
def _(c):
    p = c.used()
    t = c.ch(f"{c.B} {c.G} — legit, used twice", f"Authentic {c.P} ({kshort(p)})", f"{c.P} orig, with resibo")
    d = (f"Selling my {c.P}, authentic po (bought sa {c.B} store {c.ch('Greenbelt', 'Power Plant', 'SM Aura')}, may resibo). "
         f"Used twice lang, no issues. {kshort(p)} nego pa. Meet up Makati or Lalamove. Not class A po ha, orig talaga.")
    return dict(title=t, desc=d, price=p)


@klass("in_vn_xach_tay39", "innocent", "", "Vietnamese order-from-abroad (hàng xách tay chính hãng) of genuine goods with bill, deposit 30%, price '12tr5'", CONSUMER,
       [("facebook", "vi", "VND", "VN"), ("zalo", "vi", "VND", "VN")])
def _(c):
    p = c.genuine(1.0, 1.15)
    t = c.ch(f"{c.P} xách tay chính hãng 🇯🇵", f"Order {c.B} {c.G} chính hãng", f"{c.P} hàng xách tay có bill")
    d = (f"Nhận order hàng xách tay chính hãng từ Nhật/Mỹ, có bill mua hàng. {c.P} giá {vntr(p)} (cọc 30%, hàng về sau 10-14 ngày). "
         f"Cam kết không bán hàng fake, hàng rep. {c.b} #xachtay")
    return dict(title=t, desc=d, price=p)


@klass("in_wechat_daigou39", "innocent", "", "WeChat 代购 posts for genuine goods from Hong Kong counters: '专柜代购 正品 附小票', price including fee", CONSUMER | FOOD,
       [("wechat", "zh", "CNY", "CN")])
def _(c):
    p = c.genuine(1.0, 1.12)
    t = c.ch(f"{c.P} 香港专柜代购 正品", f"{c.zh} {c.P} 专柜正品代购", f"代购 {c.P} 附小票")
    d = (f"香港专柜代购 {c.P} 正品保证 附专柜小票 💰{int(p)}（含代购费）接受任何专柜验货 不卖高仿 不卖复刻 V:{c.handle.replace('.', '')}")
    return dict(title=t, desc=d, price=None)


@klass("in_telegram_ru_original39", "innocent", "", "Russian-language Telegram/Avito-style private sales of genuine goods: 'оригинал с чеком', 'не реплика, проверка в любом сервисе'", CONSUMER,
       [("telegram", "ru", "RUB", "RU"), ("telegram", "ru", "KZT", "KZ")])
def _(c):
    p = c.used()
    t = c.ch(f"{c.P} оригинал с чеком", f"{c.B} {c.G} — оригинал", f"Продам {c.P} (оригинал)")
    d = (f"Продаю {c.P}, оригинал, покупал в официальном магазине {c.B}, чек и коробка есть. Цена {grp(p, ' ')} {'₽' if c.cur == 'RUB' else '₸'}, торг. "
         f"Не реплика, проверка в любом сервисе. Самовывоз / СДЭК.")
    return dict(title=t, desc=d, price=p)


@klass("in_live_official_store39", "innocent", "", "The brand's own livestream flash deals (TikTok Shop / Shopee Live official stores): 'comment the number', official warranty, sale price", CONSUMER | FOOD,
       [("tiktok-shop", "en", "PHP", "PH"), ("shopee-live", "en", "MYR", "MY"), ("tiktok-shop", "en", "USD", "US")])
def _(c):
    p = c.genuine(0.82, 0.95)
    n = c.rng.randint(1, 40)
    t = f"🔴LIVE {c.B} Official Store — {c.P} flash deal no.{n} {plain(p, c.cur)}"
    d = (f"Official {c.B} store livestream 🎉 {c.P} at {plain(p, c.cur)} today only, official warranty, 100% authentic. "
         f"Comment the number {n} to get the voucher. #livesale {c.b} #official")
    return dict(title=t, desc=d, price=p, seller_name=f"{c.B} Official Store")


@klass("in_uk_used_naija_ke39", "innocent", "", "Nigerian and Kenyan sellers of genuine used goods: 'UK used, 100% original, no fault', '₦350k', 'Ksh'", CONSUMER,
       [("whatsapp", "en-NG", "NGN", "NG"), ("jiji", "en-NG", "NGN", "NG"), ("jiji", "sw", "KES", "KE")])
def _(c):
    p = c.used()
    if c.cur == "NGN":
        t = c.ch(f"UK used {c.P} — original", f"Clean UK used {c.B} {c.G}", f"{c.P} (UK used, original)")
        d = (f"Clean UK used {c.P}, 100% original, no fault, no repair. Price ₦{kshort(p)} (slightly negotiable). "
             f"Lagos pickup Ikeja or delivery. Not copy, come and check before you pay.")
    else:
        t = c.ch(f"{c.P} ex-UK original", f"{c.B} {c.G} original, used", f"{c.P} used — original")
        d = (f"{c.P} ex-UK, original kabisa, imetumika kidogo, haina shida. Bei Ksh {grp(p)} (maelewano kidogo). "
             f"Nairobi CBD, unaweza kuja kuangalia kabla ya kulipa. Si copy.")
    return dict(title=t, desc=d, price=p)


@klass("in_brecho_thrift39", "innocent", "", "Brazilian and Spanish-speaking thrift and brechó posts of genuine used goods: 'original com nota fiscal, não é réplica'", CONSUMER,
       [("instagram", "pt", "BRL", "BR"), ("enjoei", "pt", "BRL", "BR"), ("instagram", "es", "MXN", "MX")])
def _(c):
    p = c.used()
    if c.lang == "pt":
        t = c.ch(f"{c.P} original usado — brechó", f"{c.B} {c.G} original", f"Brechó: {c.P} (original)")
        d = (f"Peça original, comprada na loja {c.B} do shopping, com nota fiscal. Usada poucas vezes, ótimo estado. "
             f"R$ {eu(p)} ou 2x. Não é réplica! Envio pelos Correios.")
    else:
        t = c.ch(f"{c.P} original, usado", f"{c.B} {c.G} original con ticket", f"Bazar: {c.P} original")
        d = (f"Original, comprado en tienda {c.B} con ticket. Poco uso, en muy buen estado. ${grp(p)} mxn. No es réplica. Entrega en CDMX.")
    return dict(title=t, desc=d, price=p)


@klass("in_legit_check_service39", "innocent", "", "Legit-check services posting in the same hashtag style: 'authentic or replica? ₱150 per item'; they neither buy nor sell", CONSUMER,
       [("instagram", "en", "PHP", "PH"), ("instagram", "en", "USD", "US"), ("facebook", "en", "MYR", "MY")])
def _(c):
    fee = local(c.rng.choice([2.5, 3, 4, 5]), c.cur)
    t = c.ch(f"Legit check {c.B} — authentic or replica?", f"{c.B} legit check service ✅", f"LC service: {c.B} {c.G}")
    d = (f"We check {c.B} items for authenticity ({c.G} and more): photos of tags, stitching, serials, box labels. "
         f"Result in 24h: AUTHENTIC or REPLICA, with a certificate. Fee {plain(fee, c.cur)}/item. We do not buy or sell items. #legitcheck {c.b}")
    return dict(title=t, desc=d, price=fee, category="services")


# ============================== B. B2B WHOLESALE AND FACTORIES ==============================

CO_BY = {"sneakers": [3, 7], "handbags": [0], "wallets": [0], "belts": [0], "auto parts": [8], "tires": [8], "motor oil": [8, 5],
         "lubricants": [8, 5], "skincare": [9], "makeup": [9], "sunscreen": [9], "hair care": [2, 4]}


def co(c):
    idx = CO_BY.get(c.cat)
    if idx is None:
        idx = [2, 4] if c.cat in ELEC else [1, 4, 5, 6]
    return COMPANY[c.rng.choice(idx)].format(x=c.rng.choice(CNWORDS))


def b2bprice(c, lo=0.05, hi=0.2):
    return sig(c.usd * c.rng.uniform(lo, hi), 2)


@klass("c_alibaba_brand_logo39", "counterfeit", "", "Alibaba.com factory listings: 'famous brand design, {brand} logo as pictures', MOQ, FOB Guangzhou, sample fee refundable, 'no logo on invoice'", FASHION | ELEC | BEAUTY | SPORT,
       [("alibaba", "en", "USD", "CN")])
def _(c):
    pp = b2bprice(c)
    moq = c.ch(20, 50, 100, 200)
    t = c.ch(f"2026 Hot Sale {c.G} Famous Brand Design {c.B} Logo 1:1 Quality Wholesale", f"Wholesale {c.B} {c.G} with Logo AAA Quality Factory Price",
             f"Factory Direct {c.B} Style {c.G} Original Logo Top Quality")
    d = (f"Supplier: {co(c)} (Gold Supplier, 6 yrs)\nProduct: {c.P}\nBrand Name: OEM\nLogo: {c.B} logo (as pictures) / customized logo\n"
         f"Quality: 1:1 AAA\nMOQ: {moq} pieces\nFOB Price: US $ {pp} / piece\nPort: Guangzhou / Shenzhen\n"
         f"Sample: 5-7 days, sample fee refundable after bulk order\nPayment: T/T, Western Union, PayPal\n"
         f"Shipping: DHL/FedEx door to door, no logo on invoice, safe customs clearance")
    return dict(title=t, desc=d, price=pp, ship_from="CN")


@klass("c_dhgate_lot_pairs39", "counterfeit", "", "DHgate wholesale lots: 'wholesale 10 pairs / 5 pcs lot, mirror quality with box', price for the lot with the per-piece price in the text", FASHION | ELEC | BEAUTY,
       [("dhgate", "en", "USD", "CN")])
def _(c):
    n = c.ch(5, 10, 10, 20)
    pp = b2bprice(c, 0.06, 0.22)
    tot = sig(pp * n, 3)
    unit = "pairs" if c.cat == "sneakers" else "pcs"
    t = f"Wholesale {n} {unit} Lot {c.B} {c.G} Mirror Quality With Box"
    d = (f"{c.P} — top mirror quality with original box and tags. Price: US ${tot} / lot ({n} {unit}), = ${pp} per piece. "
         f"Mixed sizes and colours OK. Shipping 7-15 days ePacket, tracking number. Buyer protection. Note: replica, for resale at your own risk.")
    return dict(title=t, desc=d, price=tot, ship_from="CN")


@klass("c_1688_yijian_daifa39", "counterfeit", "", "1688.com source factories in Chinese: '高仿1:1 厂家直销 一件代发 可放专柜包装', '¥45/件 10件起批'", FASHION | ELEC | BEAUTY | TOYS,
       [("1688", "zh", "CNY", "CN")])
def _(c):
    pp = local(c.usd * c.rng.uniform(0.04, 0.16), "CNY")
    t = c.ch(f"{c.zh}{c.P} 高仿1:1 厂家直销 一件代发", f"{c.P} 同款 精仿 批发 {c.zh}", f"源头工厂 {c.zh} {c.G} 复刻版 批发")
    d = (f"源头工厂 {c.P} 高品质复刻 ⭐ 批发价 ¥{pp}/件，10件起批，支持一件代发，可放专柜包装和吊牌。"
         f"发货地 广州白云，顺丰/中通。仿品，勿问是否正品，介意勿拍。{co(c)}")
    return dict(title=t, desc=d, price=pp, ship_from="CN")


@klass("c_indiamart_first_copy39", "counterfeit", "", "IndiaMART wholesalers: 'Brand: X (First Copy)', '₹ 450/Piece', 'Minimum Order Quantity: 20 Piece', Karol Bagh / Ulhasnagar", FASHION | ELEC | BEAUTY | SPORT,
       [("indiamart", "en", "INR", "IN")])
def _(c):
    pp = local(c.usd * c.rng.uniform(0.05, 0.2), "INR")
    city = c.ch("Karol Bagh, Delhi", "Ulhasnagar, Thane", "Crawford Market, Mumbai", "Burrabazar, Kolkata")
    t = c.ch(f"{c.B} First Copy {c.G}", f"{c.P} Master Copy", f"{c.B} {c.G} 7A First Copy")
    d = (f"Product Details:\nBrand: {c.B} (First Copy)\nQuality: 7A Master Copy\nMinimum Order Quantity: 20 Piece\n"
         f"Price: ₹ {indian(pp)}/Piece\nPackaging: with brand box\nBusiness Type: Wholesaler / Trader\nLocation: {city}\n"
         f"We deal in all types of first copy branded items. Call for bulk rates.")
    return dict(title=t, desc=d, price=pp)


@klass("c_tradeindia_per_dozen39", "counterfeit", "", "TradeIndia / ExportersIndia traders selling copies by the dozen: 'Rs 2,400/Dozen', 'first copy, GST extra, 5 dozen MOQ'", FASHION | BEAUTY | SPORT | TOYS,
       [("tradeindia", "en", "INR", "IN"), ("exportersindia", "en", "INR", "IN")])
def _(c):
    pp = c.usd * c.rng.uniform(0.05, 0.18)
    dz = local(pp * 12, "INR")
    t = f"{c.B} Copy {c.G} - Rs {indian(dz)}/Dozen"
    d = (f"We are leading trader of {c.B} copy {c.G} ({c.P} design). Price: Rs {indian(dz)} per dozen, mixed colours. "
         f"Quality: first copy. GST extra. Minimum order 5 dozen. Dispatch from {c.rng.choice(INCO)} in 3 days.")
    return dict(title=t, desc=d, price=dz)


@klass("c_mic_brand_new_original39", "counterfeit", "*", "Made-in-China.com / Global Sources 'Brand New Original' stock at impossible B2B prices (3-10 % of list), sealed, MOQ 10, T/T", ELEC | {"hair care", "consoles"} | LUXW,
       [("made-in-china", "en", "USD", "CN"), ("globalsources", "en", "USD", "HK")])
def _(c):
    pp = sig(c.usd * c.rng.uniform(0.03, 0.1), 2)
    t = c.ch(f"Brand New Original {c.P} Wholesale Price", f"100% Original {c.P} Sealed Stock", f"Original {c.B} {c.G} Brand New in Stock")
    d = (f"Company: {co(c)}\n100% Brand New Original {c.P}, factory sealed.\nFOB Price: US$ {pp} / Piece\nMOQ: 10 Pieces\n"
         f"Stock: 5000 pcs ready\nPacking: retail box (neutral box optional)\nPayment: T/T, Western Union\nDelivery: 3 days after payment")
    return dict(title=t, desc=d, price=pp, ship_from="CN")


@klass("c_gs_sample_logo39", "counterfeit", "*", "Global Sources / Alibaba factories whose sample policy prices the copy: 'brand logo samples ({brand}) $30 each, refundable; bulk: logo, hang tags and box as original'", FASHION | BEAUTY | SPORT,
       [("globalsources", "en", "USD", "CN"), ("alibaba", "en", "USD", "CN")])
def _(c):
    pp = b2bprice(c, 0.05, 0.18)
    t = c.ch(f"OEM {c.G} Factory — Sample Policy {c.B} Logo", f"{c.G} Manufacturer, {c.B} Logo Samples Available", f"Custom {c.G} with brand logo, sample 3 days")
    d = (f"{co(c)}. We manufacture {c.G}.\nSample policy: plain sample free (freight collect). Brand logo samples ({c.B}) US$ 30 each, "
         f"refundable on bulk order.\nBulk: {c.B} logo printing, hang tags, dust bag and box as original. MOQ 300 pcs, US$ {pp}/pc.\n"
         f"Lead time 15-25 days. Ship by express with plain packing.")
    return dict(title=t, desc=d, price=pp, ship_from="CN")


@klass("c_b2b_fmcg_label39", "counterfeit", "", "Export listings of counterfeit food, drinks and care goods by the carton or container: 'own production under {brand} label, any language label, expiry date as buyer require'", FOOD | BEAUTY | {"otc"},
       [("alibaba", "en", "USD", "CN"), ("tradekey", "en", "USD", "AE"), ("go4worldbusiness", "en", "USD", "VN")])
def _(c):
    per = c.ch(12, 24, 48)
    pu = c.usd * c.rng.uniform(0.15, 0.35) / (24 if "x 24" in c.P else 1)
    ct = sig(pu * per, 3)
    t = c.ch(f"{c.P} for Export — Best Price per Carton", f"{c.B} {c.G} wholesale, 1x40ft container", f"Cheap {c.P} direct factory")
    d = (f"We produce {c.P} under the {c.B} label in our own plant. Price US$ {ct} per carton ({per} units), FOB. "
         f"Any language label, expiry date as buyer require, shelf life 24 months. 1x20ft = 1,600 cartons. Payment 30% deposit, 70% against B/L.")
    return dict(title=t, desc=d, price=ct)


@klass("c_b2b_oe_box_packing39", "counterfeit", "", "Auto-parts factories offering aftermarket parts in the car maker's genuine-looking box: 'Packing: original {brand} box with hologram', OE number, MOQ 200", AUTO,
       [("alibaba", "en", "USD", "CN"), ("made-in-china", "en", "USD", "CN"), ("dhgate", "en", "USD", "CN")])
def _(c):
    pp = sig(max(0.3, c.usd * c.rng.uniform(0.05, 0.2)), 2)
    t = c.ch(f"OE {c.M or c.P} {c.G} for {c.B} — Original Box Packing", f"{c.G} {c.M} {c.B} Genuine Box", f"{c.B} {c.G} OEM Quality, Original Packing")
    d = (f"{co(c)}\nOE No.: {c.M or 'as sample'}\nFits: {c.B}\nPacking: neutral box / customer's box / original {c.B} box with hologram sticker\n"
         f"MOQ: 200 pcs\nPrice: US$ {pp}/pc EXW\nQuality: same as original, 12 months warranty")
    return dict(title=t, desc=d, price=pp, ship_from="CN")


@klass("c_b2b_latam_docena39", "counterfeit", "", "Spanish and Portuguese wholesale listings for Latin American buyers: 'réplica AAA al por mayor, precio por docena', 'atacado, preço por dúzia'", FASHION | BEAUTY,
       [("alibaba", "es", "USD", "CN"), ("alibaba", "pt", "USD", "CN"), ("mercadolibre-mayoreo", "es", "MXN", "MX")])
def _(c):
    pu = c.usd * c.rng.uniform(0.06, 0.2)
    dz = local(pu * 12, c.cur)
    if c.lang == "pt":
        t = f"{c.P} réplica AAA atacado — preço por dúzia"
        d = f"Atacado: {c.P} réplica AAA, preço por dúzia US$ {dz} (mínimo 3 dúzias). Envio para Brasil via agente de carga. Pagamento Pix/transferência."
    else:
        t = f"{c.P} réplica AAA al por mayor — precio por docena"
        d = f"Venta al mayoreo: {c.P} réplica AAA, precio por docena {plain(dz, c.cur)} (mínimo 3 docenas). Envíos a todo México y Centroamérica. Pago por transferencia."
    return dict(title=t, desc=d, price=dz, ship_from="CN" if c.cur == "USD" else None)


@klass("c_1688_cosmetics_relabel39", "counterfeit", "", "1688 cosmetics 'OEM factory leftovers' in Chinese: '大牌同款 原厂代工 尾单 可贴{brand}标', ¥28/瓶, 100瓶起", BEAUTY | {"hair care"},
       [("1688", "zh", "CNY", "CN")])
def _(c):
    pp = local(c.usd * c.rng.uniform(0.06, 0.2), "CNY")
    t = c.ch(f"{c.zh} {c.P} 同款 原厂代工 尾单", f"大牌同款 {c.P} 代工厂 批发", f"{c.zh}{c.G} 原厂料 尾货批发")
    d = (f"大牌代工厂尾单 {c.P} 同款外包装 原厂料体 批发 ¥{pp}/瓶 100瓶起 可贴{c.zh}标签和防伪码 支持一件代发 "
         f"微商 直播货源 {co(c)}")
    return dict(title=t, desc=d, price=pp, ship_from="CN")


@klass("c_b2b_watch_factory39", "counterfeit", "", "Watch factory wholesale posts: 'Clean / VS / ZF factory, 904L, 3235 clone movement, $180/pc, mix 3 models' naming several houses", LUXW - {"jewelry"},
       [("alibaba", "en", "USD", "CN"), ("whatsapp-b2b", "en", "USD", "HK"), ("dhgate", "en", "USD", "CN")], multi="copy", brands={"rolex", "omega", "cartier", "michael-kors"})
def _(c):
    pp = sig(c.usd * c.rng.uniform(0.015, 0.05) if c.usd > 2000 else c.usd * c.rng.uniform(0.1, 0.3), 2)
    t = c.ch(f"{c.P} Clean Factory 904L — Wholesale 3pcs", f"Watch factory: {c.B} {c.G} VS/ZF, mix models", f"{c.P} super clone wholesale")
    d = (f"Factory: {c.ch('Clean', 'VS', 'ZF', 'APS')} | Movement: 3235 / 8800 clone | 904L steel, sapphire\n{c.P} US$ {pp}/pc, "
         f"wholesale from 3pcs, mix models ok (also {c.prod2[2]}). Full set box and papers +$35. Ship with DHL, reship if seized.")
    return dict(title=t, desc=d, price=pp, ship_from="CN")


@klass("c_b2b_pharma_bulk39", "counterfeit", "", "Bulk pharma and OTC offers from 'factories' with the maker's packs: 'with original {brand} box and blister, 1000 tablets lot', no prescription", PHARMA | {"nutrition", "infant formula"},
       [("alibaba", "en", "USD", "IN"), ("tradekey", "en", "USD", "PK"), ("indiamart", "en", "INR", "IN")], brands={"pfizer", "bayer", "johnson-johnson", "abbott", "nestle", "danone"})
def _(c):
    pu = c.usd * c.rng.uniform(0.04, 0.15)
    n = c.ch(100, 500, 1000)
    tot = local(pu * n / 10, c.cur)
    t = c.ch(f"{c.P} — {c.B} packing, bulk lot", f"{c.B} {c.G} bulk with original box and blister", f"{c.P} wholesale, {c.B} pack")
    d = (f"{c.P} with original {c.B} box, blister and leaflet (same as original). Lot of {n} packs: {plain(tot, c.cur)} total, "
         f"bigger lots cheaper. No prescription needed for export. Discreet packing, door to door.")
    return dict(title=t, desc=d, price=tot)


@klass("c_b2b_electronics_clone39", "counterfeit", "", "Electronics clone factories: '1:1 with logo, Airoha chip, pop-up window, serial number checkable, retail box', MOQ 100", ELEC | {"accessories"},
       [("alibaba", "en", "USD", "CN"), ("dhgate", "en", "USD", "CN"), ("1688", "zh", "CNY", "CN")])
def _(c):
    pp = local(c.usd * c.rng.uniform(0.05, 0.15), c.cur)
    if c.lang == "zh":
        t = f"{c.zh}{c.P} 1:1 华强北 洛达芯片 带logo 批发"
        d = f"华强北顶级版本 {c.P} 1:1 带logo 弹窗 序列号可查 原装包装盒 ¥{pp}/台 100台起批 深圳发货"
    else:
        t = f"{c.P} 1:1 Clone with Logo, Airoha Chip, MOQ 100"
        d = (f"{co(c)}\n{c.P} 1:1 version with logo. Chip: Airoha 1562A. Pop-up window, serial number checkable, retail box and manuals.\n"
             f"Price: US$ {pp}/pc, MOQ 100. Ship by air with battery certificate.")
    return dict(title=t, desc=d, price=pp, ship_from="CN")


@klass("c_b2b_software_keys39", "counterfeit", "", "Bulk software licence keys for resellers: 'OEM / retail keys lot of 50, $1.5 per key, lifetime activation, reseller panel'", SOFT,
       [("alibaba", "en", "USD", "CN"), ("g2a-b2b", "en", "EUR", "PL"), ("indiamart", "en", "INR", "IN")])
def _(c):
    pk = local(c.rng.uniform(0.8, 4.5), c.cur)
    n = c.ch(20, 50, 100)
    t = c.ch(f"{c.P} key — bulk {n} keys lot", f"{c.B} {c.G} OEM keys wholesale", f"{c.P} lifetime activation, reseller price")
    d = (f"{c.P} retail/OEM keys. Lifetime activation, online activation, email delivery in 5 minutes. Bulk price {plain(pk, c.cur)} per key, "
         f"lot of {n}. Reseller panel available. If a key is blocked we replace once.")
    return dict(title=t, desc=d, price=local(pk * n, c.cur) if c.cur in WHOLE else round(pk * n, 2))


@klass("c_b2b_toys_carton39", "counterfeit", "", "Shantou toy factories selling sets in copies of the maker's box: 'packing: copy original box with {brand} logo or brown box, 4 sets per carton'", TOYS,
       [("alibaba", "en", "USD", "CN"), ("made-in-china", "en", "USD", "CN"), ("1688", "zh", "CNY", "CN")])
def _(c):
    ps = c.usd * c.rng.uniform(0.08, 0.22)
    per = c.ch(4, 6, 12)
    ct = local(ps * per, c.cur)
    if c.lang == "zh":
        t = f"{c.zh}{c.P} 同款 汕头澄海 原盒包装 批发"
        d = f"澄海厂家 {c.P} 同款 原版彩盒（印{c.zh}标）或牛皮纸箱 一箱{per}套 ¥{ct}/箱 可混批"
    else:
        t = f"{c.P} Same Model — Original Box Packing, {per} sets/carton"
        d = (f"Shantou Chenghai factory. {c.P} same model. Packing: copy of original box with {c.B} logo, or plain brown box. "
             f"{per} sets per carton, US$ {ct}/carton FOB Shantou. Mixed cartons OK.")
    return dict(title=t, desc=d, price=ct, ship_from="CN")


@klass("c_sadovod_opt_ru39", "counterfeit", "", "Russian wholesale (opt) posts from Sadovod / Lyublino markets: 'оптом от 10 шт, реплика люкс, цена за шт, рынок Садовод линия 12'", FASHION | BEAUTY | ELEC,
       [("telegram", "ru", "RUB", "RU"), ("vk", "ru", "RUB", "RU"), ("avito", "ru", "RUB", "RU")])
def _(c):
    pp = local(c.usd * c.rng.uniform(0.06, 0.2), "RUB")
    t = c.ch(f"{c.P} оптом — реплика люкс", f"{c.B} {c.G} опт от 10 шт", f"Опт: {c.P} (люкс копия)")
    d = (f"Оптом от 10 шт. {c.P} — реплика люкс качества, с коробкой и бирками. Цена за шт {grp(pp, ' ')} ₽ при заказе от 10, розница +30%. "
         f"Рынок Садовод, линия {c.rng.randint(1, 40)}, павильон {c.rng.randint(1, 300)}. Отправка ТК по РФ и в Казахстан.")
    return dict(title=t, desc=d, price=pp)


# ---- B2B innocent twins


@klass("in_b2b_own_logo_only39", "innocent", "*", "Honest OEM/ODM factories with the same words ('custom logo, OEM, MOQ, FOB, samples') that refuse marks by name: 'we do not produce {brand} or any trademark without authorization'", FASHION | ELEC | BEAUTY | SPORT | TOYS,
       [("alibaba", "en", "USD", "CN"), ("made-in-china", "en", "USD", "CN"), ("globalsources", "en", "USD", "CN")])
def _(c):
    pp = sig(c.usd * c.rng.uniform(0.04, 0.12), 2)
    t = c.ch(f"OEM ODM {c.G} Custom Logo Private Label Factory", f"Private Label {c.G} — Your Own Brand, MOQ 300", f"Custom {c.G} Manufacturer OEM/ODM")
    d = (f"{co(c)}. We make {c.G} for brand owners. Private label with YOUR own logo, hang tags and box.\nMOQ: 300 pcs | FOB: US$ {pp}/pc | "
         f"Sample: 7 days, sample fee refundable.\nIP policy: we do not produce {c.B} or any other registered trademark without an authorization letter; "
         f"no copies, no replicas.")
    return dict(title=t, desc=d, price=pp, ship_from="CN")


@klass("in_b2b_authorized_distributor39", "innocent", "", "Authorized distributors of genuine stock on B2B sites: 'brand new original, with manufacturer warranty and invoice, MOQ 10', wholesale 70-90 % of retail", ANY,
       [("alibaba", "en", "USD", "AE"), ("tradekey", "en", "USD", "AE"), ("globalsources", "en", "USD", "HK"), ("go4worldbusiness", "en", "EUR", "DE")])
def _(c):
    pp = c.genuine(0.7, 0.9)
    t = c.ch(f"Genuine {c.P} — Authorized Distributor, Wholesale", f"Brand New Original {c.P} — Official Distribution", f"{c.P} original, distributor stock")
    d = (f"Authorized {c.B} distributor for the GCC / EU region. Brand new original {c.P}, with manufacturer warranty and invoice. "
         f"MOQ 10 units. Price {plain(pp, c.cur)} per unit FOB Jebel Ali / ex-warehouse. Authorization letter on request.")
    return dict(title=t, desc=d, price=pp)


@klass("in_b2b_aftermarket_own_box39", "innocent", "", "Aftermarket parts factories with own-brand or neutral boxes: 'replacement for {brand} {OE}, no OEM logos, KFT box', MOQ 500", AUTO,
       [("alibaba", "en", "USD", "CN"), ("made-in-china", "en", "USD", "CN")])
def _(c):
    pp = sig(max(0.3, c.usd * c.rng.uniform(0.08, 0.3)), 2)
    own = c.ch("KFT", "AutoStar", "RoadMax", "JYD")
    t = f"{c.G} replacement for {c.B} {c.M} — {own} brand"
    d = (f"{co(c)}\nCross reference: OE {c.M or 'see catalogue'} ({c.B}). Aftermarket replacement made by us.\nPacking: neutral box or our {own} box. "
         f"No OEM logos or boxes.\nMOQ 500 pcs, US$ {pp}/pc FOB Ningbo.")
    return dict(title=t, desc=d, price=pp, ship_from="CN")


@klass("in_b2b_fmcg_genuine_export39", "innocent", "", "Genuine food and drink export offers by the carton from bottlers and distributors: 'original product, batch and expiry on each case, COA available'", FOOD | {"razor blades", "skincare"},
       [("alibaba", "en", "USD", "AE"), ("tradekey", "en", "EUR", "NL"), ("go4worldbusiness", "en", "USD", "TH")])
def _(c):
    per = 1 if "x 24" in c.P else c.ch(12, 24)
    ct = local(c.usd * per * c.rng.uniform(0.7, 0.9), c.cur)
    t = c.ch(f"Original {c.P} — export, per carton", f"{c.P} genuine, distributor price", f"{c.B} {c.G} wholesale export")
    d = (f"Original {c.P} made by {c.B} (licensed plant), sold by a registered distributor. Price {plain(ct, c.cur)} per carton of {per if per > 1 else '24 units (one case)'}, "
         f"FOB. Batch and expiry printed on each case, COA and invoice available. MOQ 1 pallet.")
    return dict(title=t, desc=d, price=ct)


@klass("in_1688_generic_no_logo39", "innocent", "", "1688 generic goods in Chinese: '无品牌 工厂源头 一件代发 可印自有logo（需提供商标注册证）, 不接受{brand}等大牌logo定制'", FASHION | ELEC | BEAUTY | TOYS,
       [("1688", "zh", "CNY", "CN")])
def _(c):
    pp = local(c.usd * c.rng.uniform(0.03, 0.1), "CNY")
    t = c.ch(f"{c.G} 工厂直销 无logo 可定制", f"无品牌 {c.G} 源头工厂 一件代发", f"{c.G} 批发 自有品牌定制")
    d = (f"工厂源头 无品牌 {c.G} ¥{pp}/件 支持一件代发。可印客户自有logo（需提供商标注册证）。"
         f"不接受{c.zh}等任何大牌logo定制，不做仿品。{co(c)}")
    return dict(title=t, desc=d, price=pp, ship_from="CN")


@klass("in_indiamart_authorized_dealer39", "innocent", "", "IndiaMART authorized dealers of genuine goods in the same table format: 'Brand: X, ₹ 3,450/Piece, GST invoice, warranty card'", ELEC | SPORT | AUTO | {"power tools"},
       [("indiamart", "en", "INR", "IN"), ("tradeindia", "en", "INR", "IN")])
def _(c):
    pp = c.genuine(0.85, 1.0)
    t = c.ch(f"{c.P} — Authorized Dealer", f"{c.B} {c.G} ({c.M})", f"Original {c.P}")
    d = (f"Product Details:\nBrand: {c.B}\nModel: {c.M or c.P}\nMinimum Order Quantity: 1 Piece\nPrice: ₹ {indian(pp)}/Piece\n"
         f"Warranty: manufacturer warranty card\nBusiness Type: Authorized Dealer\nGST invoice provided. Location: {c.rng.choice(INCO)}")
    return dict(title=t, desc=d, price=pp)


@klass("in_b2b_returns_pallet39", "innocent", "*", "Liquidation of genuine customer returns by the pallet: '{brand} {goods} x 12 units, tested, untested, per pallet' at 30-45 % of list", ELEC | {"hair care", "kitchen appliances", "power tools"},
       [("bstock", "en", "USD", "US"), ("alibaba", "en", "EUR", "DE"), ("ebay", "en", "GBP", "GB")])
def _(c):
    n = c.ch(8, 12, 20, 30)
    tot = local(c.usd * n * c.rng.uniform(0.3, 0.45), c.cur)
    t = f"Customer returns pallet — {c.B} {c.G} x {n} units"
    d = (f"Pallet of {n} genuine {c.P} customer returns from a major retailer. Mixed condition: ~60% working, some missing accessories, "
         f"some damaged boxes; sold as seen, no returns. Manifest available. {plain(tot, c.cur)} per pallet, collection or freight quote.")
    return dict(title=t, desc=d, price=tot)


@klass("in_b2b_component_supplier39", "innocent", "", "Component makers naming the brands they supply: 'motors / PCBs / zippers for {brand} models, components only, no finished goods'", ELEC | FASHION,
       [("alibaba", "en", "USD", "CN"), ("globalsources", "en", "USD", "TW")])
def _(c):
    part = c.ch("brushless motor", "PCB assembly", "zipper slider", "lithium cell", "metal buckle blank", "speaker driver")
    pp = sig(c.rng.uniform(0.3, 6), 2)
    t = f"{part} — supplier to major brands, OEM components"
    d = (f"{co(c)}. We make {part}s. Our customers include contract makers for {c.B} and other brands. We sell components only, "
         f"no finished goods, no brand logos. MOQ 5,000 pcs, US$ {pp}/pc.")
    return dict(title=t, desc=d, price=pp, ship_from="CN", category="components")


@klass("in_b2b_genuine_parts_carton39", "innocent", "", "Genuine parts by the carton from dealer networks: 'Genuine {brand} {OE} oil filter, carton of 20' at 70-90 % of list", AUTO,
       [("alibaba", "en", "USD", "AE"), ("tradekey", "en", "USD", "JP"), ("ebay", "en", "USD", "US")])
def _(c):
    n = c.ch(10, 20, 4)
    pu = c.usd * c.rng.uniform(0.7, 0.9)
    tot = sig(pu * n, 3)
    t = f"Genuine {c.B} {c.M} {c.G} — carton of {n}"
    d = (f"Genuine {c.B} part {c.M}, from the {c.B} dealer network. Carton of {n}, US$ {tot} per carton (${sig(pu, 2)}/pc). "
         f"Original packing with part number labels. Invoice available.")
    return dict(title=t, desc=d, price=tot)


@klass("in_dhgate_unbranded39", "innocent", "", "DHgate / AliExpress unbranded goods sold in lots: 'plain, no logo, not {brand}', MOQ and lot prices", FASHION | ELEC | TOYS,
       [("dhgate", "en", "USD", "CN"), ("aliexpress", "en", "USD", "CN")])
def _(c):
    n = c.ch(5, 10)
    pp = sig(c.usd * c.rng.uniform(0.03, 0.1), 2)
    t = f"Wholesale {n} pcs Unbranded {c.G}, Plain, No Logo"
    d = (f"Plain unbranded {c.G}, our own design, no logo. Not {c.B} and not a copy of any brand. US$ {sig(pp * n, 3)}/lot ({n} pcs). "
         f"Shipping 10-20 days.")
    return dict(title=t, desc=d, price=sig(pp * n, 3), ship_from="CN")


# ============================== C. PRICE AND NUMBER AS MARKETS WRITE THEM ==============================

MILD = {"id": "kualitas premium, mirip banget", "en": "top quality, same as orig", "es": "calidad premium, igualito",
        "pt": "qualidade premium, igualzinho"}


@klass("c_price_rb_jt39", "counterfeit", "", "Indonesian price shorthand only in the text ('Rp 150rb', '1,5jt', 'harga 850rb nego'); no price field; a mild cue ('grade ori, mirip banget')", CONSUMER,
       [("shopee-id", "id", "IDR", "ID"), ("tokopedia", "id", "IDR", "ID"), ("facebook-marketplace", "id", "IDR", "ID")])
def _(c):
    p = c.copy()
    t = c.ch(f"{c.P} grade ori {rb(p)}", f"{c.P} - {rb(p)} aja", f"{c.B} {c.G} mirror")
    d = f"{c.P} baru, grade ori mirip banget sama yang asli 👌 Harga {rb(p)} nego tipis. Bisa COD. Stok terbatas."
    return dict(title=t, desc=d, price=None)


@klass("c_price_lakh_rupee39", "counterfeit", "", "Indian price writing only in the text ('₹1,499/-', 'Rs. 12,999 only', '1.2 lakh'); luxury goods at a lakh or less; 'high quality, AAA'", CONSUMER,
       [("olx-in", "en", "INR", "IN"), ("facebook-marketplace", "hi-en", "INR", "IN"), ("quikr", "en", "INR", "IN")])
def _(c):
    p = c.copy()
    t = c.ch(f"{c.P} — {lakh(p)}", f"{c.P} AAA quality", f"{c.B} {c.G} new, {lakh(p)}")
    d = f"Brand new {c.P}, AAA high quality, looks exactly same. Price {lakh(p)} only, fixed. Delivery all India, COD. Serious buyers only."
    return dict(title=t, desc=d, price=None)


@klass("c_price_eu_comma39", "counterfeit", "", "Polish, German and Spanish decimal-comma prices only in the text ('129,00 zł', '1.299,00 €' style), 'nieoryginał / kein Original / no original' said quietly", CONSUMER,
       [("allegro", "pl", "PLN", "PL"), ("olx-pl", "pl", "PLN", "PL"), ("kleinanzeigen", "de", "EUR", "DE"), ("wallapop", "es", "EUR", "ES")])
def _(c):
    p = c.copy()
    if c.lang == "pl":
        t, d = f"{c.P} nowy — {eu(p)} zł", f"Nowy {c.P}, bardzo dobra jakość, nieoryginał (wierna kopia). Cena: {eu(p)} zł, wysyłka InPost 12,99 zł."
    elif c.lang == "de":
        t, d = f"{c.P} neu — {eu(p)} €", f"Neu, {c.P}, Top-Qualität, kein Original (1:1 Nachbau). Preis: {eu(p)} € VB, Versand 4,99 €. Privatverkauf."
    else:
        t, d = f"{c.P} nuevo — {eu(p)} €", f"Nuevo {c.P}, calidad top, no es original (réplica 1:1). Precio: {eu(p)} €, envío 3,50 €."
    return dict(title=t, desc=d, price=None)


@klass("c_price_brl_parcel39", "counterfeit", "", "Brazilian prices with decimal comma and instalments in the text only ('R$ 89,90 ou 12x de R$ 8,99'), 'linha premium, igual ao original'", CONSUMER,
       [("mercadolivre", "pt", "BRL", "BR"), ("olx-br", "pt", "BRL", "BR"), ("shopee-br", "pt", "BRL", "BR")])
def _(c):
    p = c.copy()
    inst = round(p * 1.2 / 12, 2)
    t = c.ch(f"{c.P} linha premium", f"{c.P} — R$ {eu(p)}", f"{c.B} {c.G} premium")
    d = f"{c.P} linha premium, igual ao original, nova. R$ {eu(p)} à vista ou 12x de R$ {eu(inst)}. Envio imediato. Não é original."
    return dict(title=t, desc=d, price=None)


@klass("c_price_zh_numerals39", "counterfeit", "", "Chinese prices written in numerals only in the text ('三百八十元包邮', '一千二'), 'A货 / 精仿' on Xianyu / Weibo", CONSUMER,
       [("xianyu", "zh", "CNY", "CN"), ("weibo", "zh", "CNY", "CN")])
def _(c):
    p = int(c.copy())
    t = c.ch(f"{c.P} 精仿 {zhnum(p)}元", f"{c.zh} {c.G} A货", f"{c.P} 高版本")
    d = f"{c.P} 精仿A货 做工很好 {zhnum(p)}元包邮 不议价 拍前请私聊"
    return dict(title=t, desc=d, price=None)


@klass("c_price_ar_digits39", "counterfeit", "", "Arabic prices in Arabic-Indic digits only in the text ('٣٥٠ ريال', '١٢٠٠ درهم'), 'درجة أولى / نسخة طبق الأصل'", CONSUMER,
       [("haraj", "ar", "SAR", "SA"), ("dubizzle", "ar", "AED", "AE"), ("opensooq", "ar", "SAR", "SA")])
def _(c):
    p = int(c.copy())
    cw = {"SAR": "ريال", "AED": "درهم"}[c.cur]
    t = c.ch(f"{c.P} درجة أولى", f"{c.B} {c.G} نسخة طبق الأصل", f"{c.P} — {ardig(p)} {cw}")
    d = f"{c.P} جديد، درجة أولى، نسخة طبق الأصل. السعر {ardig(p)} {cw} نهائي. التوصيل متاح."
    return dict(title=t, desc=d, price=None)


@klass("c_price_k_shorthand39", "counterfeit", "", "The 'k' price shorthand in the text only ('💰1.2k', '15k', '₦45k', 'RM1.2k'), with 'OEM / mirror' quietly", CONSUMER,
       [("facebook-marketplace", "tl", "PHP", "PH"), ("instagram", "en-NG", "NGN", "NG"), ("carousell", "en", "MYR", "MY"), ("carousell", "en", "PHP", "PH")])
def _(c):
    p = c.copy()
    t = c.ch(f"{c.P} 💰{kshort(p)}", f"{c.B} {c.G} — {kshort(p)}", f"{c.P} mirror {kshort(p)}")
    d = f"{c.P} brand new, OEM mirror grade, complete inclusions. 💰{kshort(p)} firm. Meet up or ship."
    return dict(title=t, desc=d, price=None)


@klass("c_price_per_dozen39", "counterfeit", "", "Prices per dozen or per carton in the price field (above the floor) while each piece is a fraction of it; 'AAA quality'", FASHION | BEAUTY | SPORT,
       [("ebay", "en", "USD", "US"), ("alibaba", "en", "USD", "CN"), ("jiji", "en-NG", "NGN", "NG")])
def _(c):
    pu = c.usd * c.rng.uniform(0.06, 0.2)
    n = c.ch(12, 12, 24, 36)
    tot = local(pu * n, c.cur)
    t = c.ch(f"{c.P} AAA — {n} pcs per order", f"{c.B} {c.G} by the dozen, AAA", f"{n} x {c.P} (AAA) lot")
    d = f"{c.P}, AAA quality. Price is for {n} pieces ({'1 dozen' if n == 12 else f'{n // 12} dozen'}). Mixed colours. Resellers welcome."
    return dict(title=t, desc=d, price=tot)


@klass("c_price_for_two39", "counterfeit", "", "'Price for 2 / buy 1 take 1 / 2 pcs for RM 99' in the text while the field shows the pair's total; 'premium grade'", CONSUMER,
       [("shopee-my", "en", "MYR", "MY"), ("shopee-ph", "en", "PHP", "PH"), ("lazada-ph", "en", "PHP", "PH")])
def _(c):
    tot = local(c.usd * cfrac(c.rng, c.usd) * 2, c.cur)
    t = c.ch(f"BUY 1 TAKE 1 {c.P}", f"2 pcs {c.P} for {plain(tot, c.cur)}", f"{c.P} (price for 2)")
    d = f"Price is for 2 pcs! {c.P} premium grade (not orig), same quality as original. {plain(tot, c.cur)} for two. COD."
    return dict(title=t, desc=d, price=tot)


@klass("c_price_vn_tr39", "counterfeit", "*", "Vietnamese million shorthand in the text only ('1tr2', '850k', '3tr5'), 'hàng loại 1 / like auth'", CONSUMER,
       [("chotot", "vi", "VND", "VN"), ("facebook-marketplace", "vi", "VND", "VN"), ("shopee-vn", "vi", "VND", "VN")])
def _(c):
    p = c.copy()
    t = c.ch(f"{c.P} loại 1 — {vntr(p)}", f"{c.B} {c.G} like auth", f"{c.P} giá {vntr(p)}")
    d = f"{c.P} hàng loại 1 like auth, mới 100%. Giá {vntr(p)}, freeship nội thành HCM. Không phải chính hãng."
    return dict(title=t, desc=d, price=None)


@klass("c_price_jp_man39", "counterfeit", "*", "Japanese man-yen price writing in the text only ('1.2万円', '9,800円'), 'N級品 / S級品' on Mercari / Yahoo! Auctions / Jimoty", CONSUMER,
       [("mercari-jp", "ja", "JPY", "JP"), ("yahoo-auctions", "ja", "JPY", "JP"), ("jimoty", "ja", "JPY", "JP")])
def _(c):
    p = c.copy()
    t = c.ch(f"{c.P} N級品", f"{c.B} {c.G} S級品 {jpman(p)}", f"{c.P} 新品 {jpman(p)}")
    d = f"{c.P} N級品（正規品ではありません）。新品未使用。価格 {jpman(p)}、送料込み。即購入OK。"
    return dict(title=t, desc=d, price=None)


@klass("c_price_spelled_words39", "counterfeit", "*", "Prices spelled out in words in the text only ('forty-five dollars shipped', 'cuatrocientos cincuenta pesos'), 'replica / réplica' once", CONSUMER,
       [("craigslist", "en", "USD", "US"), ("offerup", "en", "USD", "US"), ("facebook-marketplace", "es", "MXN", "MX")])
def _(c):
    p = int(c.copy())
    if c.lang == "es":
        t, d = f"{c.P} nuevo", f"{c.P} nuevo, réplica de muy buena calidad. Precio: {words_es(p)} pesos, entrega en metro."
    else:
        t, d = f"{c.P} new", f"{c.P}, new, good replica. Asking {words_en(p)} dollars cash, or {words_en(p + 5)} shipped. Pickup downtown."
    return dict(title=t, desc=d, price=None)


@klass("c_price_strike_was_now39", "counterfeit", "", "Strike-through 'was / now' prices where the scraped field took the high 'was' price and the real price sits in the text ('~~$1,200~~ NOW $89'), 'high-end copy'", CONSUMER,
       [("shopify-store", "en", "USD", "US"), ("wix-store", "en", "GBP", "GB"), ("shopify-store", "en", "EUR", "DE")])
def _(c):
    was = c.genuine(1.0, 1.1)
    now = c.copy()
    t = c.ch(f"{c.P} — SALE {int(100 - 100 * now / was)}% OFF", f"{c.P} ~~{plain(was, c.cur)}~~ NOW {plain(now, c.cur)}", f"{c.B} {c.G} mega sale")
    d = f"~~{plain(was, c.cur)}~~ NOW {plain(now, c.cur)}!! {c.P}, high-end copy, identical to retail. Limited stock, sale ends tonight."
    return dict(title=t, desc=d, price=was)


@klass("c_price_dollar_sign_peso39", "counterfeit", "*", "'$' with dot thousands in Chile, Colombia and Argentina ('$ 15.000', '$45.990') in the text only, so a price that looks like USD 15,000 or 45 is a few pesos; 'réplica AAA'", CONSUMER,
       [("mercadolibre-cl", "es", "CLP", "CL"), ("mercadolibre-co", "es", "COP", "CO"), ("mercadolibre-ar", "es", "ARS", "AR")])
def _(c):
    p = c.copy()
    t = c.ch(f"{c.P} réplica AAA", f"{c.B} {c.G} AAA — $ {grp(p, '.')}", f"{c.P} calidad AAA")
    d = f"{c.P}, réplica AAA, nueva. Precio $ {grp(p, '.')} ({c.ch('efectivo o transferencia', 'retiro en persona', 'envío a todo el país')})."
    return dict(title=t, desc=d, price=None)


@klass("c_price_per_kg_repack39", "counterfeit", "", "Food and care goods sold loose per kg or per litre in the maker's wrappers: 'local made, same taste as original, packed in {brand} wrappers, Rs 450/kg'", FOOD | {"motor oil", "lubricants"},
       [("indiamart", "en", "INR", "IN"), ("jiji", "en-NG", "NGN", "NG"), ("facebook-marketplace", "en", "PHP", "PH")])
def _(c):
    kg = local(c.usd * c.rng.uniform(0.1, 0.3), c.cur)
    unit = "litre" if c.cat in {"motor oil", "lubricants", "soft drinks", "bottled water"} else "kg"
    t = c.ch(f"{c.B} {c.G} loose — per {unit}", f"{c.P} repack per {unit}", f"Bulk {c.B} {c.G} per {unit}")
    d = f"Local made {c.G}, same taste/quality as original, packed in {c.B} wrappers/bottles. Price {plain(kg, c.cur)} per {unit}, minimum 10 {unit}."
    return dict(title=t, desc=d, price=kg)


@klass("c_price_shipped_placeholder39", "counterfeit", "", "Placeholder 1.00 in the price field and the real price as '$45 shipped / obo' in the text, 'UA / unauthorized authentic' rep talk", CONSUMER,
       [("ebay", "en", "USD", "US"), ("mercari-us", "en", "USD", "US"), ("depop", "en", "GBP", "GB")])
def _(c):
    p = int(c.copy())
    t = c.ch(f"{c.P} UA", f"{c.B} {c.G} — read description", f"{c.P} (UA) ${p} shipped")
    d = f"Price in listing is a placeholder. {c.P} UA (unauthorized authentic, not retail), brand new. {SYM.get(c.cur, '')}{p} shipped obo, message me before buying."
    return dict(title=t, desc=d, price=1.0)


# ---- price innocent twins


@klass("in_price_rb_jt_genuine39", "innocent", "", "Genuine goods with Indonesian price shorthand in the text only ('Rp 2,45jt', '850rb'): official-store new and honest used", CONSUMER,
       [("shopee-id", "id", "IDR", "ID"), ("tokopedia", "id", "IDR", "ID"), ("facebook-marketplace", "id", "IDR", "ID")])
def _(c):
    if c.rng.random() < 0.5:
        p = c.genuine(0.95, 1.05)
        t, d = f"{c.P} original resmi — {rb(p)}", f"{c.P} original resmi, garansi resmi {c.B} Indonesia 1 tahun. Harga {rb(p)}. Bukan KW."
    else:
        p = c.used()
        t, d = f"{c.P} second ori — {rb(p)}", f"Jual {c.P} second, ori 100% (ada nota pembelian). Pemakaian wajar. Harga {rb(p)} nego. COD Jaksel."
    return dict(title=t, desc=d, price=None)


@klass("in_price_lakh_genuine39", "innocent", "", "Genuine goods with Indian price writing in the text only ('₹1,29,900', '8.5 lakh'), authorised dealers and honest owners", CONSUMER,
       [("olx-in", "en", "INR", "IN"), ("quikr", "en", "INR", "IN"), ("facebook-marketplace", "hi-en", "INR", "IN")])
def _(c):
    if c.rng.random() < 0.5:
        p = c.genuine(0.95, 1.1)
        t, d = f"{c.P} — {lakh(p)}", f"Brand new sealed {c.P}, bought from authorised {c.B} dealer, bill and warranty. Price {lakh(p)}."
    else:
        p = c.used()
        t, d = f"{c.P} original, used — {lakh(p)}", f"Original {c.P}, used 8 months, with bill and box. Price {lakh(p)} negotiable. No copy."
    return dict(title=t, desc=d, price=None)


@klass("in_price_eu_comma_genuine39", "innocent", "", "Genuine goods with decimal-comma prices in the text only ('1.299,00 zł', '249,00 €'), shops and private sellers", CONSUMER,
       [("allegro", "pl", "PLN", "PL"), ("kleinanzeigen", "de", "EUR", "DE"), ("wallapop", "es", "EUR", "ES")])
def _(c):
    p = c.used() if c.rng.random() < 0.5 else c.genuine(0.9, 1.02)
    if c.lang == "pl":
        t, d = f"{c.P} oryginał — {eu(p)} zł", f"Oryginalny {c.P}, paragon z salonu {c.B}. Cena: {eu(p)} zł. Wysyłka InPost."
    elif c.lang == "de":
        t, d = f"{c.P} original — {eu(p)} €", f"Original {c.P} mit Rechnung vom {c.B}-Händler. Preis: {eu(p)} € VB. Privatverkauf, keine Garantie."
    else:
        t, d = f"{c.P} original — {eu(p)} €", f"{c.P} original con factura de tienda {c.B}. Precio: {eu(p)} €."
    return dict(title=t, desc=d, price=None)


@klass("in_price_k_genuine39", "innocent", "", "Genuine goods with the 'k' shorthand in the text only ('₦350k', '15k', 'RM2.1k'), honest used and new", CONSUMER,
       [("facebook-marketplace", "tl", "PHP", "PH"), ("instagram", "en-NG", "NGN", "NG"), ("carousell", "en", "MYR", "MY")])
def _(c):
    p = c.used() if c.rng.random() < 0.6 else c.genuine(0.92, 1.05)
    t = c.ch(f"{c.P} authentic 💰{kshort(p)}", f"Authentic {c.B} {c.G} — {kshort(p)}", f"{c.P} (orig) {kshort(p)}")
    d = f"Authentic {c.P} with receipt from {c.B} store, complete inclusions. 💰{kshort(p)} firm. Meet up or ship. Legit check welcome."
    return dict(title=t, desc=d, price=None)


@klass("in_price_zh_ar_genuine39", "innocent", "", "Genuine goods with prices in Chinese numerals or Arabic-Indic digits in the text only ('三千八百元', '٣٨٠٠ ريال')", CONSUMER,
       [("xianyu", "zh", "CNY", "CN"), ("haraj", "ar", "SAR", "SA"), ("dubizzle", "ar", "AED", "AE")])
def _(c):
    p = int(c.used() if c.rng.random() < 0.6 else c.genuine(0.95, 1.05))
    if c.lang == "zh":
        t, d = f"{c.P} 正品 {zhnum(p)}元", f"自用{c.P} 专柜购入 有发票 正品 {zhnum(p)}元 可验货 非诚勿扰"
    else:
        cw = {"SAR": "ريال", "AED": "درهم"}[c.cur]
        t, d = f"{c.P} أصلي", f"{c.P} أصلي مع الفاتورة من الوكيل. السعر {ardig(p)} {cw}. للجادين فقط."
    return dict(title=t, desc=d, price=None)


@klass("in_price_per_case_genuine39", "innocent", "", "Genuine goods priced per dozen, case or carton in the field (Callaway dozens, Gillette packs by the case, Coke by the case), per piece at a normal price", FOOD | {"razor blades", "golf balls", "shuttlecocks", "batteries", "ink", "otc", "die-cast cars"},
       [("costco", "en", "USD", "US"), ("metro-de", "de", "EUR", "DE"), ("amazon-business", "en", "USD", "US")])
def _(c):
    n = c.ch(6, 12)
    tot = local(c.usd * n * c.rng.uniform(0.8, 0.95), c.cur)
    t = f"{c.P} — case of {n}"
    d = f"Case of {n} x {c.P}, genuine, from the {c.B} distributor. Price per case {plain(tot, c.cur)} ({plain(sig(tot / n), c.cur)} each). Business invoice."
    return dict(title=t, desc=d, price=tot)


@klass("in_price_installment_genuine39", "innocent", "", "Genuine goods whose price field holds the monthly instalment ('12x R$ 499', 'EMI ₹4,583/month'), total in the text", ELEC | {"watches", "handbags", "consoles", "cameras"},
       [("magalu", "pt", "BRL", "BR"), ("flipkart", "en", "INR", "IN"), ("mercadolibre-mx", "es", "MXN", "MX")])
def _(c):
    tot = c.genuine(0.95, 1.05)
    n = c.ch(6, 12, 18)
    inst = round(tot / n, 2) if c.cur not in WHOLE else int(tot / n)
    if c.lang == "pt":
        d = f"{c.P} original com garantia {c.B} Brasil. {n}x de R$ {eu(inst)} sem juros (total R$ {eu(tot)}). Loja oficial."
    elif c.cur == "INR":
        d = f"{c.P}, genuine, {c.B} India warranty. No-cost EMI ₹{indian(inst)}/month x {n} (total ₹{indian(tot)})."
    else:
        d = f"{c.P} original, garantía {c.B} México. {n} meses sin intereses de ${grp(inst)} (total ${grp(tot)})."
    return dict(title=f"{c.P} — {n}x sem juros" if c.lang == "pt" else f"{c.P} ({n} months)", desc=d, price=inst,
                seller_name=f"{c.B} Official Store")


@klass("in_price_deposit_genuine39", "innocent", "", "Preorders of genuine goods whose price field holds only the deposit ('DP 500rb', 'deposit ₱2,000, balance on arrival')", CONSUMER,
       [("instagram", "id", "IDR", "ID"), ("facebook", "tl", "PHP", "PH"), ("instagram", "en", "MYR", "MY")])
def _(c):
    tot = c.genuine(1.0, 1.12)
    dep = local(c.usd * c.rng.uniform(0.1, 0.3), c.cur)
    t = f"PREORDER {c.P} — deposit only"
    d = (f"Preorder of genuine {c.P} from the {c.B} store abroad (receipt provided). Full price {plain(tot, c.cur)}; "
         f"the listed price is the deposit {plain(dep, c.cur)}, balance on arrival in 2-3 weeks.")
    return dict(title=t, desc=d, price=dep)


@klass("in_price_vn_jp_genuine39", "innocent", "", "Genuine goods with Vietnamese 'tr' or Japanese '万円' prices in the text only ('12tr5', '3.2万円'), used and new", CONSUMER,
       [("chotot", "vi", "VND", "VN"), ("mercari-jp", "ja", "JPY", "JP"), ("yahoo-auctions", "ja", "JPY", "JP")])
def _(c):
    p = c.used() if c.rng.random() < 0.6 else c.genuine(0.95, 1.05)
    if c.lang == "vi":
        t, d = f"{c.P} chính hãng — {vntr(p)}", f"Bán {c.P} chính hãng, mua ở store {c.B}, còn bill. Giá {vntr(p)} có thương lượng."
    else:
        t, d = f"{c.P} 正規品 {jpman(p)}", f"{c.B}正規店で購入した{c.P}です。正規品、保証書あり。{jpman(p)}、送料込み。"
    return dict(title=t, desc=d, price=None)


@klass("in_price_strike_sale_genuine39", "innocent", "", "Genuine goods on sale with strike-through 'was / now' prices (outlet, end of season, -20-40 %), the field holding the was-price or the sale price", CONSUMER,
       [("shopify-store", "en", "USD", "US"), ("zalando", "de", "EUR", "DE"), ("farfetch", "en", "GBP", "GB")])
def _(c):
    was = c.genuine(1.0, 1.05)
    now = local(c.usd * c.rng.uniform(0.6, 0.8), c.cur)
    t = f"{c.P} ~~{plain(was, c.cur)}~~ NOW {plain(now, c.cur)}"
    d = f"~~{plain(was, c.cur)}~~ NOW {plain(now, c.cur)} — end of season sale. Genuine {c.P} from an authorised {c.B} retailer. Free returns."
    return dict(title=t, desc=d, price=c.ch(was, now))


# ----------------------------------------------------------------------------- build
def pick(rng, cls, counts):
    pool = [p for p in PRODUCTS if (cls["pool"] is None or p[5] in cls["pool"]) and (not cls["brands"] or p[0] in cls["brands"])]
    low = min(counts[p[0]] for p in pool)
    cands = [p for p in pool if counts[p[0]] <= low + (1 if cls["kind"] == "counterfeit" else 3)]
    return rng.choice(cands)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, default=39)
    ap.add_argument("--out", default="set.jsonl")
    ap.add_argument("--classes", default="classes.md")
    a = ap.parse_args()
    rng = random.Random(a.seed)
    counts = {p[0]: 0 for p in PRODUCTS}
    incounts = {p[0]: 0 for p in PRODUCTS}
    rows, examples = [], {}
    nc = sum(1 for k in CLASSES if k["kind"] == "counterfeit")
    ni = len(CLASSES) - nc
    assert (nc, ni) == (50, 30), (nc, ni)
    seen_ids = set()
    for cls in CLASSES:
        n = 13 if cls["kind"] == "counterfeit" else 12
        cnt = counts if cls["kind"] == "counterfeit" else incounts
        for i in range(n):
            prod = pick(rng, cls, cnt)
            cnt[prod[0]] += 1
            prod2 = None
            if cls["multi"]:
                pool2 = [p for p in PRODUCTS if p[0] != prod[0] and (cls["pool"] is None or p[5] in cls["pool"]) and (not cls["brands"] or p[0] in cls["brands"])]
                prod2 = rng.choice(pool2)
            market = cls["markets"][i % len(cls["markets"])]
            c = Ctx(rng, prod, market, prod2)
            g = cls["gen"](c)
            lid = hexid(rng)
            while lid in seen_ids:
                lid = hexid(rng)
            seen_ids.add(lid)
            slug = market[0]
            b2b = slug in {"alibaba", "1688", "made-in-china", "globalsources", "dhgate", "indiamart", "tradeindia", "exportersindia", "tradekey", "go4worldbusiness", "whatsapp-b2b"}
            sname = g.get("seller_name") or (co(c) if b2b and market[3] == "CN" else c.handle)
            price = g["price"]
            row = {
                "marketplace": slug,
                "listing_id": lid,
                "url": f"https://{slug}.example/item/{lid}",
                "title": g["title"][:1000],
                "description": g["desc"],
                "price": None if price is None else {"amount": float(price), "currency": market[2]},
                "seller": {"id": re.sub(r"[^a-z0-9_.-]", "", sname.lower().replace(" ", "-"))[:60] + "-" + hexid(rng, 4), "name": sname, "country": market[3]},
                "category": g.get("category", prod[5]),
                "images": [],
                "ship_from": g.get("ship_from") or market[3],
                "observed_at": f"2026-12-0{rng.choice([3, 4])}T{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:00Z",
                "attributes": {},
                "_label": {"kind": cls["kind"], "brand": prod[0], "class": cls["name"], "tactic": cls["tactic"], "lang": market[1],
                           "also": [prod2[0]] if (prod2 and cls["multi"] == "copy") else []},
            }
            rows.append(row)
            examples.setdefault(cls["name"], f"{row['title']} ({prod[0]})")
    rng.shuffle(rows)
    with open(a.out, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(a.classes, "w", encoding="utf-8") as f:
        f.write("# outsider39 classes\n\n`*`: a newer family (no earlier outsider class list has it, by my greps; doubts in README.md). "
                "Example: one row's title (brand).\n\n| class | * | kind | n | tactic | example |\n|---|---|---|---|---|---|\n")
        for cls in CLASSES:
            n = 13 if cls["kind"] == "counterfeit" else 12
            ex = examples[cls["name"]].replace("|", "/").replace("\n", " ")
            f.write(f"| {cls['name']} | {cls['star']} | {cls['kind']} | {n} | {cls['tactic'].replace('|', '/')} | {ex} |\n")
    miss = [p for p in counts if counts[p] == 0]
    print(len(rows), "rows; counterfeit brands missing:", miss)


if __name__ == "__main__":
    main()
