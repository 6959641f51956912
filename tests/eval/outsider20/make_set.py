#!/usr/bin/env python3
"""Outsider 20's held-out set for BrandSentry: python3 make_set.py --seed 20 --out set.jsonl --classes classes.md

Stdlib only, seeded and deterministic; one function per class. Each line is a Listing plus `_label`
{kind, brand, class, tactic, lang, also}. Data (markets, rates, products) in data.py.
"""
from __future__ import annotations

import argparse
import json
import random
from datetime import datetime, timedelta, timezone

from data import GENERIC, MARKETS, NAMES, P, RATES, TWO_WORD

BRANDS = list(P)
CLASSES = []  # (name, kind, star, tactic, func)


def cls(name, kind, star, tactic):
    def deco(f):
        CLASSES.append((name, kind, star, tactic, f))
        return f
    return deco


def sig3(x):
    if x <= 0:
        return 0.0
    from math import floor, log10
    d = 3 - int(floor(log10(abs(x)))) - 1
    v = round(x, d)
    return float(int(v)) if v >= 100 else float(v)


def copy_usd(r, usd):
    if usd >= 2000:
        f = r.uniform(0.04, 0.10)
    elif usd >= 300:
        f = r.uniform(0.08, 0.22)
    elif usd >= 30:
        f = r.uniform(0.15, 0.35)
    else:
        f = r.uniform(0.25, 0.45)
    return usd * f


class Ctx:
    def __init__(self, seed):
        self.r = random.Random(seed)
        self.rows = []
        self.bi = 0

    def hexid(self, n=12):
        return "%0*x" % (n, self.r.getrandbits(4 * n))

    def brand(self, pool=None):
        pool = pool or BRANDS
        b = pool[self.bi % len(pool)]
        self.bi += 1
        return b

    def prod(self, b, need_model=False):
        ps = [p for p in P[b] if p[3]] if need_model else P[b]
        return self.r.choice(ps or P[b])

    def add(self, klass, kind, tactic, brand, mk, title, desc, usd, category, seller_name=None, seller_id=None,
            attrs=None, price=True, ship_from=None, images=None):
        lang, market, cur, country = MARKETS[mk]
        r = self.r
        lid = self.hexid(12)
        d = {"marketplace": market, "listing_id": lid, "url": f"https://{market}.example/item/{lid}", "title": title,
             "description": desc}
        if price and usd is not None:
            d["price"] = {"amount": sig3(usd * RATES[cur]), "currency": cur}
        d["seller"] = {"id": seller_id or ("u" + self.hexid(8)), "name": seller_name or r.choice(
            ["deals4u", "bestfinds", "shop_" + self.hexid(4), "Mina's closet", "tradeplus", "store88", "J. K.", "homeseller",
             "topgoods", "market_" + self.hexid(3)]), "country": country}
        if category:
            d["category"] = category
        d["ship_from"] = ship_from or country
        t = datetime(2026, 12, 1, tzinfo=timezone.utc) + timedelta(minutes=r.randrange(0, 2 * 24 * 60))
        d["observed_at"] = t.strftime("%Y-%m-%dT%H:%M:%SZ")
        if attrs:
            d["attributes"] = attrs
        if images:
            d["images"] = images
        d["_label"] = {"kind": kind, "brand": brand, "class": klass, "tactic": tactic, "lang": lang, "also": []}
        self.rows.append(d)


def strip_brand(b, name):
    n = NAMES[b]
    for w in (n, n.upper(), "Nike Air", "LEGO", "Hasbro", "Mattel", "Bandai", "Barbie"):
        name = name.replace(w + " ", "").replace(" (" + w + ")", "").replace(w, "")
    return name.strip()


# =========================================================================== counterfeit: everyday
EN_MK = ["en-US", "en-US2", "en-US3", "en-US4", "en-GB", "en-GB2", "en-AU", "en-CA", "en-SG", "en-NZ", "en-IE", "en-ZA"]


def simple(c, klass, tactic, n, mks, maker, pool=None, need_model=False):
    for i in range(n):
        b = c.brand(pool)
        name, cat, usd, model = c.prod(b, need_model)
        mk = mks[i % len(mks)]
        t, dsc = maker(i, b, name, model)
        c.add(klass, "counterfeit", tactic, b, mk, t, dsc, copy_usd(c.r, usd), cat)


@cls("c_cue_english20", "counterfeit", "", "the brand with English copy words (AAA, 1:1, mirror grade, super fake, top rep, UA)")
def c_cue_english20(c, k, t):
    cues = ["AAA+ grade", "1:1 mirror", "super fake", "top rep", "UA version", "mirror grade", "replica 1:1", "master copy",
            "high copy", "best rep", "clone quality", "AAAAA"]
    simple(c, k, t, 13, EN_MK, lambda i, b, n, m: (f"{n} {cues[i % 12]}", f"{cues[i % 12]} – looks identical, fast shipping."))


@cls("c_cue_romance20", "counterfeit", "", "the brand with Romance-language copy words (réplica, imitação, copia AAA, contrefaçon, falso d'autore)")
def c_cue_romance20(c, k, t):
    v = [("es-ES", "réplica AAA", "calidad 1:1, envío rápido"), ("es-MX", "clon calidad espejo", "idéntico al original"),
         ("es-AR", "trucho primera calidad", "ni se nota"), ("pt-BR", "réplica primeira linha", "igual ao original"),
         ("pt-PT", "imitação de qualidade", "envio grátis"), ("fr-FR", "réplique qualité miroir", "identique à l'original"),
         ("fr-BE", "copie 1:1", "qualité top"), ("it-IT", "falso d'autore", "identico all'originale"),
         ("it-IT", "replica perfetta", "spedizione veloce"), ("es-CO", "réplica triple A", "igualito"), ("es-CL", "copia AAA", "calidad premium"),
         ("ro-RO", "replică fidelă", "calitate top"), ("fr-CI", "copie haut de gamme", "livraison Abidjan")]
    simple(c, k, t, 13, [x[0] for x in v], lambda i, b, n, m: (f"{n} – {v[i][1]}", f"{v[i][1]}, {v[i][2]}."))


@cls("c_cue_north_east_europe20", "counterfeit", "", "the brand with Germanic/Slavic/Nordic copy words (Fälschung, namaak, podróbka, копия, kopia, фейк)")
def c_cue_north_east_europe20(c, k, t):
    v = [("de-DE", "Replik 1:1", "Top Qualität, nicht zu unterscheiden"), ("de-AT", "Nachbau", "sieht aus wie echt"),
         ("nl-NL", "namaak A-kwaliteit", "niet van echt te onderscheiden"), ("pl-PL", "podróbka jakość premium", "wysyłka 24h"),
         ("cs-CZ", "kopie 1:1", "nerozeznatelné"), ("hu-HU", "replika", "prémium minőség"), ("sv-SE", "kopia AAA", "ser äkta ut"),
         ("da-DK", "kopi 1:1", "god kvalitet"), ("nb-NO", "kopi topp kvalitet", "sendes i dag"), ("fi-FI", "feikki 1:1", "näyttää aidolta"),
         ("ru-RU", "копия люкс", "не отличить от оригинала"), ("uk-UA", "репліка 1:1", "якість преміум"), ("kk-KZ", "көшірме люкс", "сапасы жоғары")]
    simple(c, k, t, 13, [x[0] for x in v], lambda i, b, n, m: (f"{n} {v[i][1]}", f"{v[i][1]} – {v[i][2]}."))


@cls("c_cue_mena_south_asia20", "counterfeit", "", "the brand with MENA and South Asian copy words (ماستر كوبي, çakma, חיקוי, فیک, फर्स्ट कॉपी, মাস্টার কপি)")
def c_cue_mena_south_asia20(c, k, t):
    v = [("ar-SA", "ماستر كوبي"), ("ar-EG", "هاي كوبي درجة أولى"), ("tr-TR", "A kalite çakma"), ("he-IL", "חיקוי איכותי"),
         ("fa-IR", "های کپی"), ("hi-IN", "फर्स्ट कॉपी"), ("bn-BD", "মাস্টার কপি"), ("ur-PK", "ماسٹر کاپی"), ("en-IN", "7A first copy"),
         ("en-AE", "master copy Dubai"), ("ar-SA", "تقليد طبق الأصل"), ("tr-TR", "birebir replika"), ("hi-IN", "डुप्लीकेट AAA")]
    simple(c, k, t, 13, [x[0] for x in v], lambda i, b, n, m: (f"{n} {v[i][1]}", f"{v[i][1]} ✔ COD ✔"))


@cls("c_cue_asia_pacific20", "counterfeit", "", "the brand with East/Southeast Asian copy words (高仿, 1比1, スーパーコピー, 미러급, KW super, hàng fake, ก๊อป)")
def c_cue_asia_pacific20(c, k, t):
    v = [("zh-CN", "高仿 1比1"), ("zh-CN2", "顶级复刻"), ("zh-TW", "A貨 精仿"), ("zh-HK", "高仿貨"), ("ja-JP", "スーパーコピー N級"),
         ("ko-KR", "미러급 레플"), ("ko-KR2", "짝퉁 S급"), ("th-TH", "งานก๊อปเกรดพรีเมียม"), ("vi-VN", "hàng fake loại 1"),
         ("id-ID", "KW super premium"), ("ms-MY", "gred AAA tiruan"), ("fil-PH", "class A peke"), ("en-PH", "class A mirror")]
    simple(c, k, t, 13, [x[0] for x in v], lambda i, b, n, m: (f"{n} {v[i][1]}", f"{v[i][1]}"))


@cls("c_cue_africa20", "counterfeit", "", "the brand with African copy words (China copy, first copy, fong kong, feki, kopi, copie conforme)")
def c_cue_africa20(c, k, t):
    v = [("en-NG", "China copy"), ("en-NG", "first grade copy"), ("en-ZA", "fong kong"), ("en-KE", "class A copy"),
         ("sw-TZ", "feki ya Dubai"), ("sw-TZ", "kopi nzuri"), ("am-ET", "ኮፒ"), ("fr-SN", "copie conforme"), ("fr-CI", "contrefaçon top"),
         ("en-ZA", "AAA copy Joburg"), ("en-KE", "Turkey copy"), ("en-NG", "master copy Lagos"), ("sw-TZ", "feki grade A")]
    simple(c, k, t, 13, [x[0] for x in v], lambda i, b, n, m: (f"{n} {v[i][1]}", f"{v[i][1]} – delivery today"))


@cls("c_rep_batch20", "counterfeit", "", "rep-trade factory and batch names (VSF, Clean, ZF, LJR, PK, OG, GX, M batch) beside the product")
def c_rep_batch20(c, k, t):
    bt = {"rolex": "VSF V3 3235", "omega": "VSF 8800", "cartier": "BV factory", "nike": "LJR batch", "adidas": "PK 5.0 batch",
          "louis-vuitton": "GS factory", "gucci": "OG batch", "canada-goose": "Sunny batch", "the-north-face": "BP batch",
          "dyson": "1:1 Shenzhen line", "apple": "Huilian 277", "michael-kors": "mirror factory", "burberry": "top batch"}
    pool = list(bt)
    simple(c, k, t, 13, EN_MK, lambda i, b, n, m: (" ".join(x for x in (strip_brand(b, n), "" if m in n else m, bt[b]) if x), f"{bt[b]} – best batch on the market, QC pics before shipping."), pool)


@cls("c_cover_story20", "counterfeit", "", "a story for a copy's price: unwanted gift, divorce sale, moving abroad, wrong size")
def c_cover_story20(c, k, t):
    st = ["unwanted gift, never worn", "divorce sale, must go", "moving abroad – quick sale", "wrong size, can't return",
          "ex's, don't want it in the house", "prize from work raffle", "bought in Dubai, not my style"]
    simple(c, k, t, 13, EN_MK, lambda i, b, n, m: (f"{n} – {st[i % 7]}", f"{st[i % 7]}. No box. Cash on pick-up only."))


@cls("c_model_only20", "counterfeit", "", "only the registered model or reference number, no brand word, at a copy's price")
def c_model_only20(c, k, t):
    pool = [b for b in BRANDS if any(p[3] for p in P[b])]
    simple(c, k, t, 13, EN_MK, lambda i, b, n, m: (f"{m} – brand new, half the shop price", "Same as store. Fast dispatch."), pool[7::3] + pool[1::5], True)


@cls("c_cjk_alias20", "counterfeit", "", "Chinese/Japanese/Korean names of the brand with trade jargon (纯原, 原单, 工厂货, 정품급, N品)")
def c_cjk_alias20(c, k, t):
    v = [("rolex", "zh-CN", "劳力士 潜航者 纯原 3235机芯"), ("louis-vuitton", "zh-CN2", "路易威登 老花 Neverfull 原单"),
         ("gucci", "zh-CN", "古驰 马蒙 链条包 顶级版本"), ("nike", "zh-CN2", "耐克 AJ1 芝加哥 纯原版本"),
         ("canada-goose", "zh-CN", "加拿大鹅 远征 工厂货"), ("cartier", "zh-TW", "卡地亞 LOVE 手鐲 精仿"),
         ("dyson", "zh-CN2", "戴森 吹风机 HD08 国产版 1比1"), ("apple", "zh-CN", "苹果 AirPods Pro 2 华强北 顶配"),
         ("omega", "zh-HK", "歐米茄 海馬 300 VS廠"), ("rolex", "ja-JP", "ロレックス サブマリーナ N品"),
         ("louis-vuitton", "ko-KR", "루이비통 네버풀 정품급"), ("estee-lauder", "zh-CN", "雅诗兰黛 小棕瓶 工厂货"),
         ("bose", "zh-CN2", "博士 QC Ultra 耳机 高仿")]
    for b, mk, ti in v:
        n, cat, usd, m = c.prod(b)
        c.add(k, "counterfeit", t, b, mk, ti, ti + " 包邮", copy_usd(c.r, usd), cat)


@cls("c_misspelling20", "counterfeit", "", "the mark misspelt as people type it (Rolx, Gucchi, Addidas, Luis Vitton, Samsumg, Pandorra)")
def c_misspelling20(c, k, t):
    v = [("rolex", "Rolx Submariner black 41mm"), ("gucci", "Gucchi Marmont bag"), ("adidas", "Addidas Samba OG"),
         ("louis-vuitton", "Luis Vitton Neverfull MM"), ("samsung", "Samsumg Galaxy S24 Ultra"), ("pandora", "Pandorra charm bracelet"),
         ("swarovski", "Swarovsky crystal necklace"), ("michelin", "Michellin Pilot Sport 4S"), ("burberry", "Burbury check scarf"),
         ("cartier", "Cartiér Love bracelet gold"), ("canada-goose", "Canda Goose Expedition parka"), ("dyson", "Dysn Airwrap complete"),
         ("philips", "Phillips Sonicare DiamondClean")]
    for i, (b, ti) in enumerate(v):
        n, cat, usd, m = c.prod(b)
        c.add(k, "counterfeit", t, b, EN_MK[i % 12], ti, "New in box. Good copy price.", copy_usd(c.r, usd), cat)


@cls("c_homoglyph20", "counterfeit", "", "one or two letters of the mark swapped for Cyrillic/Greek look-alikes, copy price")
def c_homoglyph20(c, k, t):
    v = [("rolex", "Rоlех"), ("omega", "ΟMEGA"), ("nike", "NІKE"), ("apple", "Аpple"), ("coach", "Cоach"), ("sony", "Ѕony"),
         ("bose", "Bоsе"), ("canon", "Сanon"), ("puma", "РUMA"), ("lego", "LЕGO"), ("bmw", "ВMW"), ("mattel", "Маttel"), ("yonex", "YОNEX")]
    for i, (b, g) in enumerate(v):
        n, cat, usd, m = c.prod(b)
        c.add(k, "counterfeit", t, b, EN_MK[i % 12], n.replace(NAMES[b], g), "brand new, copy price", copy_usd(c.r, usd), cat)


@cls("c_separators20", "counterfeit", "", "the mark cut by dots, dashes, pipes or spaces, copy price")
def c_separators20(c, k, t):
    seps = [".", "-", " ", "|", "_", "·", "/"]
    pool = ["rolex", "gucci", "dyson", "cartier", "omega", "coach", "bose", "nike", "puma", "lego", "wilson", "yonex", "shell"]
    for i, b in enumerate(pool):
        n, cat, usd, m = c.prod(b)
        s = seps[i % 7]
        g = s.join(NAMES[b].upper())
        c.add(k, "counterfeit", t, b, EN_MK[i % 12], n.replace(NAMES[b], g), "AAA quality", copy_usd(c.r, usd), cat)


@cls("c_offplatform20", "counterfeit", "", "the brand at a copy price with a push to WhatsApp/Telegram/WeChat/Signal for 'more models'")
def c_offplatform20(c, k, t):
    ch = ["WhatsApp +234 80x", "Telegram @luxdrop_", "WeChat lux9988", "Signal – ask", "Line id: brandhouse", "Viber +380"]
    simple(c, k, t, 13, ["en-NG", "en-US3", "en-GB3", "en-AE", "en-KE", "en-PH"], lambda i, b, n, m: (f"{n} – all models, message me", f"More pics on {ch[i % 6]}. Wholesale welcome."))


@cls("c_pharma20", "counterfeit", "", "branded medicines and devices sold without prescription, loose, or as 'same as' generics under the mark")
def c_pharma20(c, k, t):
    v = [("pfizer", "Viagra 100mg 50 pills – no prescription, discreet"), ("pfizer", "Lipitor 20mg loose strips, cheap"),
         ("bayer", "Bayer Aspirin Cardio bulk 1000 tabs unboxed"), ("abbott", "FreeStyle Libre 2 sensors x10 – no script, 80% off"),
         ("johnson-johnson", "Tylenol 500mg jar 1000 caplets relabelled"), ("pfizer", "Viagra (same as) India 100mg x100"),
         ("bayer", "Adalat Bayer 30mg – no Rx needed"), ("abbott", "Abbott Similac 900g x6 – export stock, loose tins"),
         ("pfizer", "Eliquis 5mg Pfizer 60 tabs – cheap no prescription"), ("johnson-johnson", "Motilium 10mg 100 tabs J&J – bulk no box"),
         ("bayer", "Bayer Xarelto 20mg 28 – ships without Rx"), ("abbott", "Abbott Ensure 850g x12 – bulk price, no label"),
         ("pfizer", "Champix 1mg Pfizer – no doctor needed")]
    for i, (b, ti) in enumerate(v):
        n, cat, usd, m = P[b][0]
        c.add(k, "counterfeit", t, b, ["en-US3", "en-GB3", "en-IN", "en-NG", "en-PH"][i % 5], ti, "Discreet shipping. Pay by crypto or gift card.", usd * c.r.uniform(0.03, 0.12), "prescription drugs" if b == "pfizer" else cat)


@cls("c_software_keys20", "counterfeit", "", "software as lifetime keys, cracked or pre-activated installs at a few dollars")
def c_software_keys20(c, k, t):
    v = [("microsoft", "Windows 11 Pro key – lifetime, instant delivery"), ("adobe", "Adobe Creative Cloud 2026 full – pre-activated lifetime"),
         ("autodesk", "AutoCAD 2026 lifetime licence – works forever"), ("microsoft", "Office 2024 Pro Plus – bind to account, lifetime"),
         ("adobe", "Photoshop 2026 for Mac – no subscription ever"), ("autodesk", "3ds Max 2026 full version – patched"),
         ("microsoft", "Windows 11 Pro OEM key x10 – reseller pack"), ("adobe", "Acrobat Pro DC lifetime key – email delivery"),
         ("autodesk", "Revit + AutoCAD bundle 3 years – 5 PCs"), ("microsoft", "Visio 2024 Professional – retail key $4"),
         ("adobe", "Premiere Pro 2026 – full crack, USB stick"), ("autodesk", "Fusion 360 commercial lifetime – shared account"),
         ("microsoft", "Project 2024 Pro key – lifetime guaranteed")]
    for i, (b, ti) in enumerate(v):
        c.add(k, "counterfeit", t, b, EN_MK[i % 12], ti, "Delivered in 5 min. Lifetime guarantee.", c.r.uniform(3, 15), "software licenses")


@cls("c_beauty20", "counterfeit", "", "skincare, makeup and perfume copies: 'counter quality', 'Dubai tester', cheap full sizes")
def c_beauty20(c, k, t):
    pool = ["estee-lauder", "loreal", "shiseido", "estee-lauder", "loreal", "shiseido", "gillette", "philips", "dyson"]
    cue = ["counter quality 1:1", "factory version", "Dubai tester full size", "same batch as counter", "copy – smells the same",
           "export copy", "B-grade factory", "AAA clone"]
    simple(c, k, t, 13, EN_MK, lambda i, b, n, m: (f"{n} – {cue[i % 8]}", f"{cue[i % 8]}. 3 for 2."), pool)


@cls("c_fmcg20", "counterfeit", "", "food, drinks and formula faked, refilled or relabelled: 'factory B', 'export copy', refilled tins")
def c_fmcg20(c, k, t):
    pool = ["mars", "danone", "nestle", "coca-cola", "ferrero", "abbott"]
    cue = ["factory B grade", "local copy, same taste", "refilled tins", "relabelled export stock", "copy version cheap",
           "unofficial factory run"]
    simple(c, k, t, 13, ["en-NG", "en-KE", "en-PH", "en-IN", "zh-CN", "en-ZA"], lambda i, b, n, m: (f"{n} {cue[i % 6]}", f"{cue[i % 6]} – wholesale by the carton."), pool)


@cls("c_auto_parts20", "counterfeit", "", "car parts, tyres and oil sold as 'genuine OEM' at impossible prices or with copy words")
def c_auto_parts20(c, k, t):
    pool = ["honda", "toyota", "bmw", "michelin", "shell"]
    cue = ["OEM copy", "genuine look, Taiwan copy", "grade A copy", "copy box", "aftermarket with original logo"]
    simple(c, k, t, 13, ["en-NG", "en-US3", "en-AE", "en-KE", "en-PH", "en-ZA"], lambda i, b, n, m: (f"{n} {m} {cue[i % 5]}", f"{cue[i % 5]}. Carton price."), pool, True)


@cls("c_electronics_clone20", "counterfeit", "", "clone phones, earbuds, headphones, chargers named by the brand and a clone word")
def c_electronics_clone20(c, k, t):
    pool = ["apple", "samsung", "sony", "bose", "canon", "nintendo", "microsoft", "panasonic"]
    cue = ["clone", "1:1 clone with logo", "copy – works with app", "super copy", "high copy"]
    simple(c, k, t, 13, EN_MK, lambda i, b, n, m: (f"{n} {cue[i % 5]}", f"{cue[i % 5]}; pop-up, serial shows."), pool)


@cls("c_toy_clone20", "counterfeit", "", "toy and model kit clones named with the brand, set number and 'copy', 'KO', 'fake'")
def c_toy_clone20(c, k, t):
    pool = ["lego", "bandai", "hasbro", "mattel"]
    cue = ["KO version", "copy set", "fake – same bricks", "bootleg", "Chinese copy"]
    simple(c, k, t, 13, EN_MK, lambda i, b, n, m: (f"{n} {cue[i % 5]}", f"{cue[i % 5]}; box included."), pool)


@cls("c_sports_gear20", "counterfeit", "", "golf, racket and ball copies (tour copy, replica head, fake shuttles)")
def c_sports_gear20(c, k, t):
    pool = ["callaway", "yonex", "wilson", "nike", "adidas", "puma"]
    cue = ["copy head", "replica", "China copy", "fake but plays fine", "AAA copy"]
    simple(c, k, t, 13, EN_MK + ["en-IN", "id-ID"], lambda i, b, n, m: (f"{n} {cue[i % 5]}", f"{cue[i % 5]}."), pool)


@cls("c_line_only20", "counterfeit", "", "a product line's name without the brand, with a copy cue and copy price")
def c_line_only20(c, k, t):
    v = [("rolex", "Submariner Date 41 black – AAA"), ("omega", "Seamaster 300M blue – 1:1"), ("louis-vuitton", "Neverfull MM monogram – mirror"),
         ("gucci", "GG Marmont small – rep"), ("cartier", "Juste un Clou bracelet – copy"), ("dyson", "Airwrap complete long – clone"),
         ("apple", "AirPods Pro 2 – copy"), ("canada-goose", "Expedition Parka black – replica"), ("nike", "Air Jordan 1 Chicago – rep"),
         ("adidas", "Yeezy 350 Zebra – rep"), ("samsung", "Galaxy S24 Ultra – clone"), ("bose", "QuietComfort Ultra – copy"),
         ("michael-kors", "Jet Set tote – AAA")]
    for i, (b, ti) in enumerate(v):
        n, cat, usd, m = P[b][0]
        c.add(k, "counterfeit", t, b, EN_MK[i % 12], ti, "Top quality.", copy_usd(c.r, usd), cat)


@cls("c_abbreviation20", "counterfeit", "", "the trade's abbreviations of the brand (LV, CG, TNF, MK, AJ1, GG, CDG) with a copy cue")
def c_abbreviation20(c, k, t):
    v = [("louis-vuitton", "LV Neverfull rep"), ("canada-goose", "CG parka 1:1"), ("the-north-face", "TNF Nuptse 1996 rep"),
         ("michael-kors", "MK Jet Set tote AAA"), ("nike", "AJ1 Chicago rep"), ("gucci", "GG belt mirror"), ("nike", "AF1 triple white UA"),
         ("louis-vuitton", "LV Keepall 45 copy"), ("the-north-face", "TNF puffer AAA"), ("canada-goose", "CG Chilliwack copy"),
         ("michael-kors", "MK watch copy"), ("nike", "AM90 rep"), ("gucci", "GG Marmont super copy")]
    for i, (b, ti) in enumerate(v):
        n, cat, usd, m = P[b][0]
        c.add(k, "counterfeit", t, b, EN_MK[i % 12], ti, "DM for sizes.", copy_usd(c.r, usd), cat)


@cls("c_hashtag_glued20", "counterfeit", "", "the mark glued in hashtags or camel case (#rolexsubmariner, GucciBelt) with copy hashtags")
def c_hashtag_glued20(c, k, t):
    pool = ["rolex", "gucci", "dyson", "cartier", "omega", "nike", "pandora", "swarovski", "coach", "burberry", "bose", "lego", "canon"]
    for i, b in enumerate(pool):
        n, cat, usd, m = c.prod(b)
        tag = NAMES[b].replace(" ", "").replace("'", "").lower()
        c.add(k, "counterfeit", t, b, ["en-US5", "en-GB4", "en-US4"][i % 3], f"#{tag}{strip_brand(b, n).split()[0].lower()} #rep #dupe #1to1",
              f"#{tag} #replica #aaa {strip_brand(b, n)}", copy_usd(c.r, usd), cat)


@cls("c_local_script20", "counterfeit", "", "the brand in a local script (ロレックス, 롤렉스, Ролекс, رولكس, โรเล็กซ์) with a copy word")
def c_local_script20(c, k, t):
    v = [("rolex", "ja-JP2", "ロレックス デイトナ コピー"), ("louis-vuitton", "ko-KR2", "루이비통 스피디 레플리카"), ("rolex", "ru-RU", "Ролекс Субмаринер копия"),
         ("rolex", "ar-SA", "رولكس صب مارينر كوبي"), ("rolex", "th-TH", "โรเล็กซ์ ซับมารีน งานก๊อป"), ("gucci", "ru-RU", "Гуччи сумка Мармонт реплика"),
         ("nike", "ko-KR", "나이키 조던1 시카고 레플"), ("cartier", "ja-JP", "カルティエ ラブブレス スーパーコピー"), ("dyson", "ru-RU", "Дайсон Эйрврап копия"),
         ("canada-goose", "ko-KR", "캐나다구스 익스페디션 짝퉁"), ("omega", "el-GR", "Ωμέγα Seamaster απομίμηση"), ("apple", "he-IL", "אייפון 15 פרו חיקוי"),
         ("adidas", "uk-UA", "Адідас Самба репліка")]
    for b, mk, ti in v:
        n, cat, usd, m = P[b][0]
        c.add(k, "counterfeit", t, b, mk, ti, ti, copy_usd(c.r, usd), cat)


@cls("c_seller_field_cue20", "counterfeit", "", "a plain title; the copy cue only in the seller's name or an item-specifics field")
def c_seller_field_cue20(c, k, t):
    sn = ["RepKingdom", "AAA_Lux_Copies", "1to1 Mirror Store", "FakeButGood", "Replica Heaven", "UA_Sneaks", "copy-factory-direct"]
    at = [{"Quality": "1:1 replica"}, {"Condition": "new (copy)"}, {"Grade": "AAA"}, {"Authenticity": "replica"}]
    for i in range(13):
        b = c.brand(["rolex", "louis-vuitton", "nike", "gucci", "dyson", "apple", "cartier", "omega", "canada-goose", "adidas"])
        n, cat, usd, m = c.prod(b)
        c.add(k, "counterfeit", t, b, EN_MK[i % 12], n, "New.", copy_usd(c.r, usd), cat, seller_name=sn[i % 7] if i % 2 == 0 else None,
              attrs=at[i % 4] if i % 2 else None)


# =========================================================================== counterfeit: rarer (*)
@cls("c_conlang_cue20", "counterfeit", "*", "copy words in constructed and classical languages (Esperanto imitaĵo/falsaĵo, Latin imitatio/falsum, Ido, Interlingua)")
def c_conlang_cue20(c, k, t):
    v = [("eo", "imitaĵo de alta kvalito"), ("eo", "falsaĵo 1:1"), ("eo", "kopiaĵo, aspektas originala"), ("la", "imitatio optima"),
         ("la", "falsum sed pulchrum"), ("la", "exemplar non genuinum"), ("io", "imitajo kopiuro"), ("ia", "imitation falsificate"),
         ("eo", "ne originala – kopio"), ("la", "simulacrum 1:1"), ("io", "falsa kopiuro AAA"), ("ia", "copia falsificate"), ("eo", "imitaĵo AAA")]
    simple(c, k, t, 13, [x[0] for x in v], lambda i, b, n, m: (f"{n} – {v[i][1]}", f"{v[i][1]}."))


@cls("c_creole_cue20", "counterfeit", "*", "copy words in creoles and pidgins (Haitian fo, Jamaican 'fake ting', Tok Pisin giaman, Bislama, Papiamentu falsu, Sranan, Kreol)")
def c_creole_cue20(c, k, t):
    v = [("ht-HT", "se pa orijinal, se kopi"), ("ht-HT", "fo men bèl"), ("en-JM", "a fake ting but it clean"), ("en-JM", "nuh original, copy ting"),
         ("tpi-PG", "em i giaman, i no orijinal"), ("tpi-PG", "giaman samting, gutpela kwaliti"), ("bi-VU", "giaman, hem i no stret wan"),
         ("pap-CW", "falsu, kopia bon"), ("pap-CW", "no ta original, kopia"), ("srn-SR", "a no echt, na kopi"), ("mfe-MU", "li fos, kopi bon kalite"),
         ("mfe-MU", "kopi, pa orizinal"), ("en-PG", "giaman one, copy")]
    simple(c, k, t, 13, [x[0] for x in v], lambda i, b, n, m: (f"{n} – {v[i][1]}", f"{v[i][1]}."))


@cls("c_indigenous_cue20", "counterfeit", "*", "copy words in indigenous and Pacific languages (Quechua llulla, Guaraní japu, Māori rūpahu, Samoan pepelo, Tongan loi, Fijian lasu)")
def c_indigenous_cue20(c, k, t):
    v = [("qu-PE", "llulla, mana chiqap"), ("qu-PE", "mana chiqap – copia"), ("ay-BO", "k'ari, janiw chiqa"), ("gn-PY", "japu, ndaha'éi añete"),
         ("gn-PY", "ha'ete'ỹ – copia"), ("mi-NZ", "rūpahu, ehara i te mea tūturu"), ("mi-NZ", "he tārua, ehara i te taketake"),
         ("haw-US", "hoʻopunipuni, ʻaʻole maoli"), ("sm-WS", "pepelo, e le moni"), ("sm-WS", "kopi, e le o le mea moni"),
         ("to-TO", "loi, ʻikai moʻoni"), ("fj-FJ", "lasu, sega ni dina"), ("fj-FJ", "e lasu – kopi")]
    simple(c, k, t, 13, [x[0] for x in v], lambda i, b, n, m: (f"{n} ({v[i][1]})", f"{v[i][1]}."))


@cls("c_genz_slang20", "counterfeit", "*", "Gen-Z phrasing of a copy: 'it's giving Rolex', 'Gucci-coded', 'lowkey rep', 'fake but it ate', 'budget-core'")
def c_genz_slang20(c, k, t):
    v = ["it's giving {b} for the price of lunch 💅", "{b}-coded {p} (lowkey not real) 🤫", "{p} – fake but it ate, no crumbs",
         "lowkey rep {p} bestie, nobody's checking", "{b} but make it budget-core ✨", "{p} – not real, still slay",
         "{b} energy on a broke-girl budget: {p}", "no cap the best {b} rep rn", "{p} – delulu {b} edition 😭",
         "{b}-core {p}, it's a dupe but the logo's there", "{p} – fake it till you make it era", "{b} girlie starter pack – {p} rep",
         "main-character {b} {p} (not from {b} lol)"]
    for i in range(13):
        b = c.brand(["gucci", "louis-vuitton", "cartier", "rolex", "dyson", "coach", "michael-kors", "pandora", "swarovski", "burberry", "canada-goose", "apple", "nike"])
        n, cat, usd, m = c.prod(b)
        ti = v[i].format(b=NAMES[b], p=strip_brand(b, n))
        c.add(k, "counterfeit", t, b, ["en-US5", "en-GB4", "en-US4", "en-AU"][i % 4], ti, "ships in a cute pouch 🎀", copy_usd(c.r, usd), cat)


@cls("c_elongated_letters20", "counterfeit", "*", "letters of the mark repeated like a drawn-out word (Roooolex, Guuuucci, Diiiior-style), copy price")
def c_elongated_letters20(c, k, t):
    v = [("rolex", "Roooolex"), ("gucci", "Guuuucci"), ("dyson", "Dyyyyson"), ("nike", "Niiiike"), ("cartier", "Caaaartier"),
         ("omega", "Omeeeega"), ("pandora", "Pandoooora"), ("coach", "Coooach"), ("bose", "Boooose"), ("lego", "Leeeego"),
         ("puma", "Puuuuma"), ("sony", "Soooony"), ("yonex", "Yoooonex")]
    for i, (b, g) in enumerate(v):
        n, cat, usd, m = c.prod(b)
        c.add(k, "counterfeit", t, b, EN_MK[i % 12], n.replace(NAMES[b], g) + " – sooo good copy", "Looks real. Cheap.", copy_usd(c.r, usd), cat)


@cls("c_question_title20", "counterfeit", "*", "the title asks instead of states ('Rolex? 👀', 'Is it a Gucci? You decide', 'Who said Dyson?'), copy price")
def c_question_title20(c, k, t):
    v = ["{b}? 👀 {p}", "Is it a {b}? You decide 😉 – {p}", "Who said {b}? {p}", "{b} or not {b}? {p} for cheap",
         "Real {b}? Does it matter at this price? {p}", "Guess the brand… ({b}) {p}", "{p} – {b}?? 🤔 look at the price",
         "Would you know it's not a {b}? {p}", "{b}… or is it? {p}", "Need a {b} for the wedding? {p} looks the part",
         "{p} – real or {b}-ish? ask me", "Can anyone tell? {b} {p}", "{b} for under 100? {p}"]
    for i in range(13):
        b = c.brand(["rolex", "gucci", "dyson", "cartier", "louis-vuitton", "omega", "canada-goose", "burberry", "apple", "bose", "coach", "swarovski", "michael-kors"])
        n, cat, usd, m = c.prod(b)
        c.add(k, "counterfeit", t, b, EN_MK[i % 12], v[i].format(b=NAMES[b], p=strip_brand(b, n)), "No returns.", copy_usd(c.r, usd), cat)


@cls("c_word_order_swap20", "counterfeit", "*", "the words of a two-word mark swapped (Goose Canada, Vuitton Louis, Kors Michael, Face North, Jordan Air), copy price")
def c_word_order_swap20(c, k, t):
    v = [("canada-goose", "Goose Canada Expedition parka – 1:1", 1495, "parkas"), ("louis-vuitton", "Vuitton Louis Neverfull MM – mirror", 2030, "handbags"),
         ("michael-kors", "Kors Michael Jet Set tote – AAA", 228, "handbags"), ("the-north-face", "Face North 1996 Nuptse – rep", 330, "jackets"),
         ("estee-lauder", "Lauder Estée Advanced Night Repair 50ml – copy", 115, "skincare"), ("coca-cola", "Cola-Coca 330ml x 24 – local copy", 18, "soft drinks"),
         ("nike", "Jordan Air 1 High Chicago – rep", 180, "sneakers"), ("canada-goose", "Goose Canada Chilliwack bomber – copy", 1195, "jackets"),
         ("louis-vuitton", "Vuitton Louis Keepall 45 – replica", 2400, "luggage"), ("michael-kors", "Kors Michael Lexington watch – copy", 395, "watches"),
         ("the-north-face", "Face North The – Base Camp duffel copy", 170, "backpacks"), ("nike", "Max Air 90 Infrared – UA", 140, "sneakers"),
         ("louis-vuitton", "Vuitton-Louis Speedy 30 – AAA", 1640, "handbags")]
    for i, (b, ti, usd, cat) in enumerate(v):
        c.add(k, "counterfeit", t, b, EN_MK[i % 12], ti, "Same as the real one.", copy_usd(c.r, usd), cat)


@cls("c_subsidiary_hint20", "counterfeit", "*", "the brand named through a brand it owns or that owns a sister line ('Tudor's big brother', 'Lexus's parent', 'the Beats people', 'the Kinder makers'), copy price")
def c_subsidiary_hint20(c, k, t):
    v = [("rolex", "watches", "Diver 41 from Tudor's big brother – copy, green bezel", 10250), ("toyota", "auto parts", "Lexus parent-brand OEM brake pads 04465-02220 – copy box", 70),
         ("apple", "earbuds", "Beats' parent company earbuds Pro 2 – 1:1", 249), ("ferrero", "chocolate", "hazelnut pralines 30 by the Kinder makers – factory copy", 15),
         ("nike", "sneakers", "Converse's owner – AJ1 Chicago high rep", 180), ("bmw", "auto parts", "MINI & Rolls-Royce group's M oil filter 11428575211 – copy", 15),
         ("honda", "auto parts", "Acura's mother brand brake pads 45022-TBA-A01 – Taiwan copy", 60), ("mars", "chocolate", "the M&M's company's peanut bar 24x – relabel copy", 24),
         ("estee-lauder", "skincare", "serum from the group behind Clinique & MAC – ANR 50ml copy", 115), ("loreal", "skincare", "Lancôme's owner's anti-age serum 50ml – dupe with logo", 135),
         ("coach", "handbags", "Kate Spade's sister house Tabby 26 – mirror", 450), ("gillette", "razor blades", "Braun's sister brand ProGlide x8 – copy", 35),
         ("danone", "infant formula", "Alpro & Activia maker's Profutura 3 800g – factory B", 35)]
    for i, (b, cat, ti, usd) in enumerate(v):
        c.add(k, "counterfeit", t, b, EN_MK[i % 12], ti, "You know the one.", copy_usd(c.r, usd), cat)


@cls("c_athlete_signature20", "counterfeit", "*", "an athlete's signature line or ambassador item instead of the brand (Kobe 6 Protro, LeBron 21, Federer's RF97, Momota's Astrox), copy price")
def c_athlete_signature20(c, k, t):
    v = [("nike", "sneakers", "Kobe 6 Protro Grinch – top rep", 190), ("nike", "sneakers", "LeBron 21 'Akoya' – UA", 200), ("nike", "sneakers", "KD 17 – 1:1 batch", 150),
         ("nike", "sneakers", "Ja 1 'Day One' – copy", 110), ("adidas", "sneakers", "Harden Vol. 8 – AAA", 160), ("adidas", "soccer", "Messi F50 Elite FG boots – copy", 260),
         ("puma", "sneakers", "LaMelo MB.04 – rep", 125), ("wilson", "tennis rackets", "Federer's Pro Staff RF97 v14 – copy frame", 269),
         ("yonex", "badminton rackets", "Axelsen's Astrox 100ZZ – China copy", 260), ("callaway", "golf clubs", "Jon Rahm-style Paradym Ai Smoke driver – copy head", 600),
         ("nike", "sneakers", "Giannis Freak 6 – rep", 120), ("adidas", "sneakers", "D.O.N. Issue 6 Mitchell – 1:1", 120), ("wilson", "tennis rackets", "Serena's Blade 104 v9 – copy frame", 249)]
    for i, (b, cat, ti, usd) in enumerate(v):
        c.add(k, "counterfeit", t, b, EN_MK[i % 12], ti, "All sizes. QC before shipping.", copy_usd(c.r, usd), cat)


@cls("c_ai_render_photos20", "counterfeit", "*", "the seller says the photos are AI renders or mock-ups of the original and the item is 'identical', at a copy's price")
def c_ai_render_photos20(c, k, t):
    v = ["Photos are AI renders of the original – you get the identical 1:1 item.", "Pics AI-generated from the brand's catalogue; real item is the copy version, same look.",
         "Mock-up photos. Actual product is factory replica, identical.", "Images made with AI for display – item looks exactly the same (not from the brand).",
         "AI studio photos; the item is a high copy.", "Rendered pictures, real thing is a 1:1, no difference."]
    simple(c, k, t, 13, EN_MK, lambda i, b, n, m: (f"{n} (AI photos)" if i % 2 else f"{n} – see note on photos", v[i % 6]), ["rolex", "louis-vuitton", "gucci", "cartier", "omega", "dyson", "apple", "canada-goose", "samsung", "sony", "bose", "burberry", "swarovski"])


@cls("c_digital_passport20", "counterfeit", "*", "a copy sold with a claimed EU Digital Product Passport, Aura/blockchain certificate or app-verified 'digital twin'")
def c_digital_passport20(c, k, t):
    v = ["with Digital Product Passport (EU DPP) – scans fine", "Aura blockchain certificate included – 1:1", "blockchain-verified, copy version",
         "DPP QR on tag works – replica", "comes with digital certificate, mirror grade", "NFC + blockchain passport, AAA"]
    simple(c, k, t, 13, EN_MK, lambda i, b, n, m: (f"{n} {v[i % 6]}", f"{v[i % 6]}. Price firm."),
           ["louis-vuitton", "gucci", "cartier", "rolex", "omega", "canada-goose", "burberry", "coach", "michael-kors", "swarovski", "nike", "the-north-face", "pandora"])


@cls("c_rare_copy_synonyms20", "counterfeit", "*", "uncommon synonyms of 'copy' (facsimile, doppelgänger, simulacrum, body double, understudy, stand-in, counterpart), copy price")
def c_rare_copy_synonyms20(c, k, t):
    v = ["facsimile", "doppelgänger", "simulacrum", "body double", "understudy edition", "stand-in version", "counterpart model",
         "faithful recreation", "twin-grade", "lookalike edition", "reproduction (unofficial)", "remake", "tribute piece with logo"]
    simple(c, k, t, 13, EN_MK, lambda i, b, n, m: (f"{n} – {v[i]}", f"A {v[i]} of the original, every detail and logo."))


@cls("c_capital_trail20", "counterfeit", "*", "capital letters inside otherwise lower-case words spell the brand, with 'read the caps', copy price")
def c_capital_trail20(c, k, t):
    v = [("rolex", "cRown diver, sOlid steeL, cEramic, eXcellent – read the caps", "watches", 10250),
         ("gucci", "Gorgeous bag, Unique, Cute, Chic, Iconic – read the caps 😉", "handbags", 2450),
         ("dyson", "hair tool: Dries, stYles, Smooths, cOols, uNbeatable – read the caps", "hair care", 599),
         ("omega", "diver 300m: blue, Original look, Mint, Elegant, Genuine feel, Awesome – read the caps", "watches", 5900),
         ("nike", "kicks: caN't mIss, Kings Edition – caps 👀", "sneakers", 180),
         ("coach", "bag: Classy, sOft, gold hArdware, Chic, Handy – read the capitals", "handbags", 450),
         ("cartier", "bangle: Classy, gold-Autumn, Red box, Timeless, Iconic, Elegant, Rare – caps", "jewelry", 7100),
         ("pandora", "Pretty, Adorable, charm: Nice, Dainty, Original-style, Rose, Adjustable – read the caps", "jewelry", 65),
         ("bose", "Bass, Over-ear, Silent, Excellent noise-cancelling headphones – caps", "headphones", 429),
         ("lego", "Large, Exact, Genuine-size, Orig-style bricks 75192 falcon – caps", "building sets", 850),
         ("sony", "Silent, Over-ear, Noise-cancel, Yes – 1000xm5-type – caps", "headphones", 399),
         ("rolex", "daytona: Racing, Oyster-type, Luxury, Exclusive, eXtra – caps", "watches", 29000),
         ("puma", "Perfect, Urban, Modern, All-day suede sneakers – read the caps", "sneakers", 75)]
    for i, (b, ti, cat, usd) in enumerate(v):
        c.add(k, "counterfeit", t, b, EN_MK[i % 12], ti, "You know what it is. Copy quality, not from the brand.", copy_usd(c.r, usd), cat)


@cls("c_lab_grown20", "counterfeit", "*", "the brand's jewellery or watches 'with lab-grown diamonds' / 'lab-made gold' at a copy's price (the brand never made that version)")
def c_lab_grown20(c, k, t):
    v = [("cartier", "Cartier Love bracelet lab-grown diamond version 18k plated", "jewelry", 7100), ("cartier", "Cartier Juste un Clou lab diamonds – affordable version", "jewelry", 8000),
         ("rolex", "Rolex Day-Date iced-out lab-grown diamonds 40mm", "watches", 40000), ("rolex", "Rolex Datejust 41 lab diamond bezel – budget build", "watches", 11000),
         ("omega", "Omega Constellation lab-grown diamond bezel – 95% off", "watches", 7000), ("swarovski", "Swarovski Millenia lab-made crystal copy", "jewelry", 290),
         ("cartier", "Cartier Santos lab-grown diamond dial copy", "watches", 7900), ("gucci", "Gucci interlocking G ring lab-grown diamond, 925", "jewelry", 450),
         ("louis-vuitton", "Louis Vuitton Color Blossom lab-grown pendant", "jewelry", 3000), ("rolex", "Rolex Daytona rainbow lab sapphires – replica", "watches", 150000),
         ("cartier", "Cartier Panthère ring lab-created emerald eyes – copy", "jewelry", 9000), ("omega", "Omega Seamaster lab-grown diamond markers – replica", "watches", 5900),
         ("michael-kors", "Michael Kors watch lab-grown moissanite pavé copy", "watches", 395)]
    for i, (b, ti, cat, usd) in enumerate(v):
        c.add(k, "counterfeit", t, b, EN_MK[i % 12], ti, "Lab-grown = same look, fraction of the price. Logo engraved.", copy_usd(c.r, usd), cat)


@cls("c_vegan_version20", "counterfeit", "*", "a 'vegan leather' / 'PU' / 'cruelty-free' version of goods the brand only makes in leather, fur or down, at a copy's price")
def c_vegan_version20(c, k, t):
    v = [("louis-vuitton", "Louis Vuitton Neverfull MM vegan leather edition", "handbags", 2030), ("gucci", "Gucci Marmont vegan PU leather version", "handbags", 2450),
         ("canada-goose", "Canada Goose Expedition vegan (no down) version", "parkas", 1495), ("coach", "Coach Tabby 26 vegan leather", "handbags", 450),
         ("michael-kors", "Michael Kors Jet Set vegan PU tote", "handbags", 228), ("burberry", "Burberry check vegan-leather belt bag", "handbags", 1200),
         ("gucci", "Gucci GG belt vegan leather – cruelty free", "belts", 520), ("louis-vuitton", "Louis Vuitton Keepall 45 PU vegan version", "luggage", 2400),
         ("the-north-face", "The North Face Nuptse vegan fill logo jacket – 80% off", "jackets", 330), ("canada-goose", "Canada Goose Chilliwack cruelty-free edition", "jackets", 1195),
         ("louis-vuitton", "Louis Vuitton Speedy 30 vegan monogram", "handbags", 1640), ("coach", "Coach Willow vegan tote", "handbags", 495),
         ("burberry", "Burberry Kensington vegan suede trench", "trench coats", 2290)]
    for i, (b, ti, cat, usd) in enumerate(v):
        c.add(k, "counterfeit", t, b, EN_MK[i % 12], ti, "Vegan version – same design and logo, no animal products. Not sold in stores.", copy_usd(c.r, usd), cat)


@cls("c_return_swap_pitch20", "counterfeit", "*", "a pitch to return-fraud buyers: the copy 'passes the store's return check' or 'swap it for the real one at returns'")
def c_return_swap_pitch20(c, k, t):
    v = ["passes in-store return check", "perfect for the return swap 😉", "buy real, return this – nobody checks", "same weight & serial sticker, returns desk can't tell",
         "made for Amazon returns", "swap-ready: box, tags, serial"]
    simple(c, k, t, 13, EN_MK, lambda i, b, n, m: (f"{n} – {v[i % 6]}", f"{v[i % 6]}. Copy with full packaging."),
           ["apple", "dyson", "bose", "samsung", "sony", "nintendo", "canada-goose", "the-north-face", "louis-vuitton", "philips", "lego", "nike", "canon"])


@cls("c_meme_format20", "counterfeit", "*", "the listing as a meme ('we have Rolex at home', 'POV: your Gucci cost $40', 'nobody: / me:'), copy price")
def c_meme_format20(c, k, t):
    v = ["'We have {b} at home' – the {b} at home: {p}", "POV: your {b} {p} cost less than lunch", "nobody: / me in my $40 {b} {p}",
         "{b} at home edition – {p} 🤣", "Mom can we get {b}? – {p} (at home version)", "Me explaining my {b} {p} was 30 bucks 🤐",
         "{p} – {b}? In this economy? (the affordable one)", "Tell me it's not a real {b} without telling me: {p}", "Starter pack: fake {b} {p}",
         "{b} but the budget DLC – {p}", "when the {b} {p} is from a group chat 💀", "the {b} {p} your wallet can afford (not official)",
         "Expectation: {b}. Reality: also {b} (sort of) – {p}"]
    for i in range(13):
        b = c.brand(["rolex", "gucci", "dyson", "apple", "cartier", "louis-vuitton", "nike", "canada-goose", "omega", "coach", "bose", "burberry", "adidas"])
        n, cat, usd, m = c.prod(b)
        c.add(k, "counterfeit", t, b, ["en-US5", "en-US4", "en-GB4", "en-AU", "en-CA"][i % 5], v[i].format(b=NAMES[b], p=strip_brand(b, n)), "lol it's a copy. ships free",
              copy_usd(c.r, usd), cat)


@cls("c_bridesmaid_favours20", "counterfeit", "*", "the brand's goods in bulk as wedding, bridesmaid or party favours at a few dollars each")
def c_bridesmaid_favours20(c, k, t):
    v = [("cartier", "Cartier Love bracelets x10 – bridesmaid gifts", "jewelry", 7100), ("pandora", "Pandora charm bracelets x20 – party favours", "jewelry", 65),
         ("swarovski", "Swarovski crystal necklaces x12 bridesmaid set", "jewelry", 290), ("louis-vuitton", "Louis Vuitton pouches x15 – wedding favours", "handbags", 700),
         ("gucci", "Gucci cosmetic bags x10 – bridal party", "handbags", 600), ("rolex", "Rolex Datejust x6 – groomsmen gift set", "watches", 11000),
         ("michael-kors", "Michael Kors watches x8 – groomsmen", "watches", 395), ("coach", "Coach wristlets x12 – bachelorette favours", "handbags", 150),
         ("dyson", "Dyson Airwrap x5 – bridesmaid boxes", "hair care", 599), ("pandora", "Pandora heart charms x30 – baby shower favours", "charms", 55),
         ("burberry", "Burberry check scarves x10 – wedding guests", "scarves", 490), ("cartier", "Cartier Juste un Clou x8 – bridesmaid", "jewelry", 8000),
         ("estee-lauder", "Estée Lauder ANR 50ml x20 – hen party favours", "skincare", 115)]
    for i, (b, ti, cat, usd) in enumerate(v):
        q = int([w for w in ti.replace("x", " x").split() if w.startswith("x") and w[1:].isdigit()][0][1:])
        c.add(k, "counterfeit", t, b, EN_MK[i % 12], ti, f"Price is for all {q}, with gift boxes. Good copies.", q * c.r.uniform(4, 20), cat)


@cls("c_charity_cover20", "counterfeit", "*", "a charity or fundraiser as the reason for a copy's price ('all proceeds to the children's hospital')")
def c_charity_cover20(c, k, t):
    v = ["all proceeds to the children's hospital", "fundraiser for our school trip", "charity sale – animal shelter", "church fundraiser, donated stock",
         "for flood relief – 100% donated", "cancer charity auction, donated item"]
    simple(c, k, t, 13, EN_MK, lambda i, b, n, m: (f"{n} – {v[i % 6]}", f"{v[i % 6]}. We have 20 more in stock, all new with tags."), ["michael-kors", "coach", "pandora", "the-north-face", "nike", "adidas", "levis", "rolex", "cartier", "canada-goose", "louis-vuitton", "gucci", "omega"])


@cls("c_unauthorized_authentic20", "counterfeit", "*", "'UA' / 'unauthorized authentic' / 'factory leftover after hours' claims that the copy came from the brand's own factory")
def c_unauthorized_authentic20(c, k, t):
    v = ["unauthorized authentic (UA)", "made after hours in the official factory", "UA – same materials, not authorized", "factory night-shift run",
         "unauthorized production from the brand's supplier", "UA batch, factory leftovers"]
    simple(c, k, t, 13, EN_MK, lambda i, b, n, m: (f"{n} – {v[i % 6]}", f"{v[i % 6]}. Not sold by the brand."),
           ["nike", "adidas", "canada-goose", "the-north-face", "louis-vuitton", "gucci", "michael-kors", "coach", "puma", "levis", "burberry", "apple", "bose"])


@cls("c_tariff_excuse20", "counterfeit", "*", "2025-26 tariffs or de-minimis rules as the reason for a copy's price ('pre-tariff stock', 'direct from factory, no tariff', 'ships as unbranded')")
def c_tariff_excuse20(c, k, t):
    v = ["pre-tariff stock, that's why so cheap", "direct from factory – no tariff, no middleman", "ships declared unbranded, no duties",
         "tariff-free price, factory direct", "old de minimis stock – clearance", "no import tax, shipped as gift"]
    simple(c, k, t, 13, ["en-US", "en-US3", "en-US4", "en-US5", "en-US2"], lambda i, b, n, m: (f"{n} – {v[i % 6]}", f"{v[i % 6]}. Identical to retail."))


@cls("c_split_title_desc20", "counterfeit", "*", "the mark split between the end of the title and the start of the description ('… Ro' / 'lex, 41mm, AAA')")
def c_split_title_desc20(c, k, t):
    v = [("rolex", "Ro", "lex Submariner, 41mm, AAA copy"), ("gucci", "Guc", "ci Marmont bag, mirror copy"), ("dyson", "Dy", "son Airwrap, clone"),
         ("cartier", "Car", "tier Love bracelet, copy"), ("omega", "Ome", "ga Seamaster, replica"), ("nike", "Ni", "ke Dunk Panda, rep"),
         ("pandora", "Pan", "dora bracelet, copy charms"), ("swarovski", "Swarov", "ski necklace, imitation"), ("coach", "Coa", "ch Tabby, AAA"),
         ("burberry", "Bur", "berry scarf, replica"), ("bose", "Bo", "se QC Ultra, clone"), ("samsung", "Sam", "sung S24 Ultra, copy"),
         ("michelin", "Miche", "lin PS4S, copy tyres")]
    for i, (b, a, z) in enumerate(v):
        n, cat, usd, m = P[b][0]
        c.add(k, "counterfeit", t, b, EN_MK[i % 12], f"New, never used, fast ship – {a}", z + ". Cheap.", copy_usd(c.r, usd), cat)


@cls("c_virtual_goods20", "counterfeit", "*", "unlicensed virtual goods under the mark (Roblox/Zepeto UGC, VRChat avatar items, game skins) sold for cash")
def c_virtual_goods20(c, k, t):
    v = [("gucci", "Gucci Dionysus bag – Roblox UGC, unofficial"), ("louis-vuitton", "Louis Vuitton Neverfull – VRChat avatar asset"),
         ("nike", "Nike Dunk Low Panda – Roblox layered shoes (unofficial)"), ("rolex", "Rolex Submariner – FiveM/GTA RP model pack"),
         ("canada-goose", "Canada Goose parka – Zepeto item, not official"), ("cartier", "Cartier Love bracelet – Second Life mesh"),
         ("adidas", "adidas Samba – Roblox UGC copy"), ("the-north-face", "The North Face Nuptse – VRChat outfit"), ("burberry", "Burberry check scarf – Sims 4 CC paid"),
         ("gucci", "Gucci GG belt – Roblox 3D layered item"), ("apple", "Apple AirPods Pro – VRChat accessory"), ("coach", "Coach Tabby – Zepeto creator item"),
         ("omega", "Omega Speedmaster – FiveM wristwatch model")]
    for i, (b, ti) in enumerate(v):
        c.add(k, "counterfeit", t, b, EN_MK[i % 12], ti, "Digital item, logo included, not licensed by the brand. Delivered as file/code.", c.r.uniform(2, 15), "digital goods")


# =========================================================================== innocent
def inn(c, klass, tactic, n, maker):
    for i in range(n):
        out = maker(i)
        b, mk, ti, desc, usd, cat = out[:6]
        kw = out[6] if len(out) > 6 else {}
        c.add(klass, "innocent", tactic, b, mk, ti, desc, usd, cat, **kw)


SELLERS = {"canada-goose": ("amazon-us", "A1CGOOSE0FFICIAL"), "nike": ("ebay", "nike-outlet-us"), "adidas": ("amazon-de", "A3ADIDAS0FFICIAL"),
           "bose": ("amazon-us", "A7BOSE0FFICIAL"), "samsung": ("amazon-de", "A8SAMSUNGDE"), "apple": ("amazon-us", "A9APPLE0FFICIAL"),
           "sony": ("amazon-us", "A10SONY0FFICIAL"), "gillette": ("amazon-us", "A17GILLETTE"), "lego": ("amazon-us", "A19LEGO"),
           "dyson": ("amazon-us", "A27DYSON"), "philips": ("amazon-de", "A28PHILIPS"), "pandora": ("amazon-de", "A33PANDORA")}
MK_BY = {"amazon-us": "en-US2", "amazon-de": "de-DE2", "ebay": "en-US"}


@cls("in_authorized_store20", "innocent", "", "the brand's own stores on marketplaces (registry seller ids), at list price")
def in_authorized_store20(c, k, t):
    bs = list(SELLERS)
    for i in range(12):
        b = bs[i]
        mp, sid = SELLERS[b]
        n, cat, usd, m = P[b][0]
        lang, market, cur, country = MARKETS[MK_BY[mp]]
        c.add(k, "innocent", t, b, MK_BY[mp], f"{n} {m}".strip(), "Official store. Manufacturer warranty.", usd * (1 if cur == "USD" else 1.1), cat,
              seller_id=sid, seller_name=NAMES[b] + " Official")


@cls("in_used_fair20", "innocent", "", "genuine goods resold by a private person, wear and receipt described, at a fair used price")
def in_used_fair20(c, k, t):
    v = [("de-DE", "gebraucht, Rechnung vorhanden, leichte Gebrauchsspuren"), ("fr-FR", "d'occasion, facture, bon état"), ("en-GB2", "used, receipt included, light wear"),
         ("it-IT", "usato, con scontrino"), ("es-ES", "usado, con ticket de compra"), ("nl-NL", "gebruikt, met bon"), ("ja-JP", "中古 レシートあり 目立つ傷なし"),
         ("sv-SE", "begagnad, kvitto finns"), ("en-US4", "pre-owned, receipt from the store, small scuffs"), ("pl-PL", "używany, paragon"), ("ko-KR2", "중고 정품 영수증 있음"),
         ("pt-BR", "usado, com nota fiscal")]
    pool = ["louis-vuitton", "gucci", "apple", "sony", "nike", "canada-goose", "dyson", "rolex", "samsung", "burberry", "bose", "nintendo"]
    def mk(i):
        b = pool[i]
        n, cat, usd, m = c.prod(b)
        return b, v[i][0], f"{n} – {v[i][1].split(',')[0]}", v[i][1], usd * c.r.uniform(0.45, 0.7), cat
    inn(c, k, t, 12, mk)


@cls("in_refurb20", "innocent", "", "professionally refurbished genuine electronics with grade and warranty")
def in_refurb20(c, k, t):
    pool = ["apple", "samsung", "sony", "bose", "dyson", "canon", "nintendo", "microsoft", "philips", "apple", "samsung", "dyson"]
    def mk(i):
        b = pool[i]
        n, cat, usd, m = P[b][0]
        return b, EN_MK[i], f"{n} – refurbished, grade A, 12-month warranty", "Professionally refurbished, tested, new battery, 12-month warranty.", usd * c.r.uniform(0.62, 0.82), cat
    inn(c, k, t, 12, mk)


@cls("in_preowned_lux20", "innocent", "", "pre-owned luxury from dealers at market prices, papers described")
def in_preowned_lux20(c, k, t):
    pool = ["rolex", "omega", "cartier", "louis-vuitton", "gucci", "rolex", "cartier", "omega", "burberry", "louis-vuitton", "rolex", "canada-goose"]
    mks = ["en-GB", "de-DE", "fr-FR", "ja-JP", "en-US", "it-IT", "zh-HK", "de-CH", "en-GB", "fr-FR", "en-US", "en-CA"]
    def mk(i):
        b = pool[i]
        n, cat, usd, m = P[b][i % len(P[b])]
        return b, mks[i], f"{n} – pre-owned, full set, 2022", "Box and papers, authenticated by our in-house watchmaker/specialist, 2-year dealer warranty.", usd * c.r.uniform(0.8, 1.15), cat
    inn(c, k, t, 12, mk)


@cls("in_wholesale20", "innocent", "", "genuine goods by the case from distributors at wholesale unit prices")
def in_wholesale20(c, k, t):
    pool = ["mars", "coca-cola", "ferrero", "nestle", "danone", "gillette", "shell", "johnson-johnson", "bayer", "panasonic", "mars", "coca-cola"]
    def mk(i):
        b = pool[i]
        n, cat, usd, m = P[b][0]
        return b, ["en-GB", "de-DE", "en-US2", "fr-FR", "nl-NL", "en-IE"][i % 6], f"{n} – trade case, cash & carry", "Trade customers. VAT invoice. Best before 2027.", usd * c.r.uniform(0.8, 0.92), cat
    inn(c, k, t, 12, mk)


@cls("in_minis20", "innocent", "", "genuine minis, travel sizes and gift-with-purchase samples at pro-rata prices")
def in_minis20(c, k, t):
    v = [("estee-lauder", "Estée Lauder Advanced Night Repair 7ml mini", 18), ("loreal", "Lancôme Génifique 7ml deluxe sample", 14), ("shiseido", "Shiseido Ultimune 10ml travel size", 15),
         ("estee-lauder", "Estée Lauder Double Wear 7ml sample x3", 12), ("loreal", "L'Oréal Revitalift 15ml travel", 7), ("shiseido", "Anessa 12ml mini x2", 9),
         ("gillette", "Gillette Fusion5 travel razor", 6), ("johnson-johnson", "Listerine 95ml travel x6", 6), ("bayer", "Bepanthen 3.5g x5 sachets", 5),
         ("estee-lauder", "Estée Lauder ANR 15ml gift-with-purchase", 28), ("loreal", "Lancôme Génifique 15ml GWP", 25), ("shiseido", "Shiseido Ultimune 5ml x4", 12)]
    def mk(i):
        b, ti, usd = v[i]
        return b, EN_MK[i], ti + " – genuine", "From gift-with-purchase sets, unopened.", usd, P[b][0][1]
    inn(c, k, t, 12, mk)


@cls("in_open_box20", "innocent", "", "open-box and ex-display genuine goods from shops, reason stated, at 75-90 % of list")
def in_open_box20(c, k, t):
    pool = ["bose", "sony", "dyson", "samsung", "philips", "bosch", "panasonic", "canon", "apple", "nintendo", "microsoft", "dyson"]
    def mk(i):
        b = pool[i]
        n, cat, usd, m = c.prod(b)
        return b, EN_MK[i], f"{n} – open box, ex-display", "Opened for display only, full warranty from our store.", usd * c.r.uniform(0.75, 0.9), cat
    inn(c, k, t, 12, mk)


@cls("in_outlet20", "innocent", "", "genuine last-season goods from outlet stores at 45-70 % of list")
def in_outlet20(c, k, t):
    pool = ["coach", "michael-kors", "nike", "adidas", "puma", "levis", "the-north-face", "burberry", "coach", "michael-kors", "adidas", "nike"]
    def mk(i):
        b = pool[i]
        n, cat, usd, m = c.prod(b)
        return b, EN_MK[i], f"{n} – outlet, last season", "From the brand's outlet store, tags on.", usd * c.r.uniform(0.45, 0.7), cat
    inn(c, k, t, 12, mk)


@cls("in_vintage20", "innocent", "", "genuine vintage goods at collector prices")
def in_vintage20(c, k, t):
    v = [("rolex", "Vintage Rolex Submariner 5513 (1979), matte dial", 14000, "watches"), ("omega", "Omega Speedmaster 145.022 (1970) vintage", 6500, "watches"),
         ("louis-vuitton", "Vintage Louis Vuitton Keepall 50 (1985)", 800, "luggage"), ("levis", "Levi's 501 Big E vintage 1960s", 900, "jeans"),
         ("sony", "Sony Walkman WM-2 (1981) working", 350, "headphones"), ("nintendo", "Nintendo Game Boy DMG-01 1989 boxed", 180, "consoles"),
         ("coca-cola", "Coca-Cola 1950s enamel sign original", 600, "merchandise"), ("lego", "LEGO 6080 King's Castle (1984) complete", 400, "building sets"),
         ("cartier", "Cartier Tank Must vermeil 1980s", 2200, "watches"), ("burberry", "Burberrys trench 1980s vintage", 450, "trench coats"),
         ("canon", "Canon AE-1 Program with 50mm", 280, "cameras"), ("hasbro", "Hasbro Transformers G1 Optimus Prime 1984", 500, "action figures")]
    def mk(i):
        b, ti, usd, cat = v[i]
        return b, EN_MK[i], ti, "Genuine, period-correct, collector condition.", usd, cat
    inn(c, k, t, 12, mk)


@cls("in_grey_import20", "innocent", "", "genuine parallel imports and international versions at 80-110 % of local list")
def in_grey_import20(c, k, t):
    v = [("sony", "ja-JP", "ソニー WH-1000XM5 並行輸入品 新品"), ("canon", "en-AU", "Canon EOS R6 Mark II – grey import, 1-yr local warranty"),
         ("nintendo", "en-GB", "Nintendo Switch OLED – Japanese import"), ("samsung", "de-DE", "Samsung Galaxy S24 – EU-Import, neu"),
         ("apple", "en-SG", "AirPods Pro 2 – HK set, sealed"), ("shiseido", "en-US2", "Shiseido Anessa – Japan version"),
         ("dyson", "en-IN", "Dyson Supersonic HD08 – international version"), ("panasonic", "en-GB", "Panasonic ES-LV9Q – JP import"),
         ("bose", "fr-FR", "Bose QC Ultra – import US, neuf"), ("sony", "en-AU", "Sony WF-1000XM5 – HK stock"),
         ("nestle", "en-SG", "Nescafé Gold – Swiss import"), ("lego", "de-CH", "LEGO 42115 – EU-Import")]
    def mk(i):
        b, m_, ti = v[i]
        n, cat, usd, mm = P[b][0]
        return b, m_, ti, "Genuine, parallel import; local warranty by us.", usd * c.r.uniform(0.85, 1.05), cat
    inn(c, k, t, 12, mk)


@cls("in_pharmacy20", "innocent", "", "licensed pharmacies selling branded OTC products and devices at list price")
def in_pharmacy20(c, k, t):
    pool = ["johnson-johnson", "bayer", "abbott", "johnson-johnson", "bayer", "abbott", "bayer", "johnson-johnson", "abbott", "bayer", "johnson-johnson", "abbott"]
    def mk(i):
        b = pool[i]
        n, cat, usd, m = P[b][i % 2]
        return b, ["en-GB", "de-DE", "en-US2", "fr-FR", "en-AU", "nl-NL"][i % 6], f"{n} – registered pharmacy", "GPhC/licensed pharmacy, pharmacist advice available.", usd * c.r.uniform(0.95, 1.05), cat
    inn(c, k, t, 12, mk)


@cls("in_engraved_preowned20", "innocent", "*", "genuine goods carrying a previous owner's engraving or monogram, sold cheap for that reason")
def in_engraved_preowned20(c, k, t):
    v = [("apple", "iPad Air M2 – engraved 'Happy 30th Anna', hence the price", "tablets", 599, 0.45), ("apple", "AirPods Pro 2 – case engraved 'Tom', genuine", "earbuds", 249, 0.4),
         ("louis-vuitton", "Louis Vuitton Speedy 30 – hot-stamped initials 'M.K.', genuine, receipt", "handbags", 1640, 0.4),
         ("rolex", "Rolex Datejust 36 – caseback engraved 'For 25 years service', genuine, papers", "watches", 9000, 0.6),
         ("cartier", "Cartier Love ring – inside engraved with date, genuine, certificate", "jewelry", 1900, 0.45),
         ("omega", "Omega Seamaster – caseback presentation engraving, genuine, serviced", "watches", 5900, 0.5),
         ("pandora", "Pandora bracelet – engraved clasp, genuine, box", "jewelry", 65, 0.35), ("swarovski", "Swarovski crystal plaque – engraved wedding date", "crystal figurines", 150, 0.3),
         ("samsung", "Galaxy Buds3 Pro – engraved case, genuine", "earbuds", 249, 0.4), ("gucci", "Gucci GG belt – monogrammed in store, genuine", "belts", 520, 0.35),
         ("coach", "Coach Tabby – monogram patch, genuine, receipt", "handbags", 450, 0.35), ("burberry", "Burberry scarf – monogrammed initials, genuine", "scarves", 490, 0.35)]
    def mk(i):
        b, ti, cat, usd, f = v[i]
        return b, EN_MK[i], ti, "Genuine, bought from the brand's store (receipt in photos). The personalisation is why it's cheap.", usd * f, cat
    inn(c, k, t, 12, mk)


@cls("in_lucky_bag20", "innocent", "*", "official lucky bags / fukubukuro / mystery boxes from the brand or its shops, value stated, genuine contents")
def in_lucky_bag20(c, k, t):
    v = [("sony", "ja-JP", "ソニーストア 2026 福袋 正規品"), ("bandai", "ja-JP2", "バンダイ公式 ガンプラ福袋 2026"), ("nike", "ja-JP", "ナイキ 福袋 2026 メンズ 正規店"),
         ("adidas", "ja-JP2", "アディダス 公式 福袋 2026"), ("lego", "en-GB", "LEGO Store mystery bag – official store pick"), ("shiseido", "ja-JP", "資生堂 公式 福袋 スキンケア"),
         ("michael-kors", "en-US2", "Michael Kors mystery box – from our outlet store"), ("coach", "en-US", "Coach Outlet mystery bag – 3 items"),
         ("puma", "ja-JP", "プーマ 福袋 2026 公式"), ("the-north-face", "ja-JP2", "ザ・ノース・フェイス 福袋 正規品"), ("mattel", "en-US", "Mattel Creations mystery box"),
         ("hasbro", "en-US2", "Hasbro Pulse mystery box – official")]
    def mk(i):
        b, m_, ti = v[i]
        n, cat, usd, mm = P[b][0]
        return b, m_, ti, "Official lucky bag from the brand's own store; contents genuine, value above price.", usd * c.r.uniform(0.4, 0.8), cat
    inn(c, k, t, 12, mk)


@cls("in_bundle_leftover20", "innocent", "*", "genuine unused codes or accessories left over from a bundle, sold cheap because they came free")
def in_bundle_leftover20(c, k, t):
    v = [("nintendo", "Mario Kart World download code – from Switch 2 bundle, unused", "video games", 30), ("microsoft", "Xbox Game Pass 3-month code from console bundle", "consoles", 25),
         ("sony", "PS5 Astro Bot code – from bundle, unused", "consoles", 20), ("apple", "Apple 20W adapter – spare from trade-in kit, sealed", "chargers", 8),
         ("samsung", "Galaxy S24 charger & cable – unused from box", "chargers", 6), ("canon", "Canon RF 18-45 kit lens – split from kit, new", "lenses", 140),
         ("gillette", "Gillette Fusion5 handle – from gift set, new", "razors", 5), ("adobe", "Adobe Photoshop Elements code – came with my Wacom tablet", "software", 20),
         ("bose", "Bose QC Ultra carrying case – spare, genuine", "headphones", 20), ("dyson", "Dyson Airwrap spare attachments – duplicate from gift set", "hair care", 40),
         ("microsoft", "Office 365 Personal 1 year – card from laptop bundle, unredeemed", "software licenses", 35), ("lego", "LEGO polybag 30654 – free with purchase, sealed", "building sets", 4)]
    def mk(i):
        b, ti, cat, usd = v[i]
        return b, EN_MK[i], ti, "Genuine, came free with a bundle I bought; receipt photo available.", usd, cat
    inn(c, k, t, 12, mk)


@cls("in_accessories20", "innocent", "", "third-party accessories naming the product they fit")
def in_accessories20(c, k, t):
    v = [("apple", "Silicone case for AirPods Pro 2 – third party"), ("samsung", "Screen protector for Galaxy S24 Ultra x2"), ("nintendo", "Carry case for Switch OLED"),
         ("rolex", "20mm rubber strap fits Submariner 41"), ("dyson", "Wall mount for Airwrap (not Dyson)"), ("sony", "Replacement ear pads for WH-1000XM5"),
         ("louis-vuitton", "Purse organiser insert for Neverfull MM"), ("canon", "Lens hood for RF 24-105 – compatible"), ("gillette", "Razor stand for Fusion5"),
         ("lego", "Acrylic display case for LEGO 75192"), ("bose", "Hard case for QuietComfort Ultra"), ("omega", "NATO strap 20mm for Speedmaster")]
    def mk(i):
        b, ti = v[i]
        return b, EN_MK[i], ti, "Accessory only. Brand names used to show compatibility.", c.r.uniform(8, 40), "accessories"
    inn(c, k, t, 12, mk)


@cls("in_repair20", "innocent", "", "repair and servicing of the brand's goods by independents")
def in_repair20(c, k, t):
    v = [("rolex", "Rolex servicing – independent watchmaker, 12-month guarantee"), ("apple", "iPhone 15 Pro screen repair – same day"), ("dyson", "Dyson V15 battery replacement service"),
         ("louis-vuitton", "Louis Vuitton bag restoration – handles & edges"), ("canada-goose", "Canada Goose parka zip repair"), ("nintendo", "Switch Joy-Con drift repair"),
         ("omega", "Omega Seamaster service & pressure test"), ("bosch", "Bosch dishwasher repair – call-out"), ("samsung", "Samsung S24 back glass repair"),
         ("canon", "Canon camera sensor cleaning"), ("bmw", "BMW servicing – independent garage"), ("philips", "Philips Sonicare battery replacement")]
    def mk(i):
        b, ti = v[i]
        return b, ["en-GB", "en-US3", "en-AU", "en-GB3", "en-CA", "en-US"][i % 6], ti, "Independent, not affiliated with the brand.", c.r.uniform(40, 300), "services"
    inn(c, k, t, 12, mk)


@cls("in_everyday_words20", "innocent", "", "everyday senses of brand words (shell, mars, puma, coach, omega, dove, galaxy, canon, apple)")
def in_everyday_words20(c, k, t):
    v = [("shell", "Scallop shell dish set x6", "home"), ("mars", "Mars globe 30cm – NASA map", "toys"), ("puma", "Puma plush toy – big cat", "toys"),
         ("coach", "Coach trip London–Paris 2 tickets", "travel"), ("omega", "Omega-3 fish oil 120 caps", "supplements"), ("apple", "Apple tree sapling – Braeburn", "garden"),
         ("canon", "Canon in D sheet music – piano", "books"), ("samsung", "Galaxy star projector night light", "home"), ("nike", "Nike of Samothrace statue replica, resin", "home"),
         ("wilson", "Wilson's phalarope print – birding art", "art"), ("pandora", "Pandora's box trinket box, wood", "home"), ("michelin", "Michelin-star dinner voucher – local restaurant", "vouchers")]
    def mk(i):
        b, ti, cat = v[i]
        return b, EN_MK[i], ti, "", c.r.uniform(5, 80), cat
    inn(c, k, t, 12, mk)


@cls("in_books_media20", "innocent", "", "books, magazines, films and records about or naming the brand")
def in_books_media20(c, k, t):
    v = [("rolex", "Book: 'The Rolex Submariner Story' hardcover"), ("louis-vuitton", "Louis Vuitton: The Birth of Modern Luxury – book"), ("nike", "Shoe Dog by Phil Knight – paperback"),
         ("lego", "The Cult of LEGO – book"), ("gucci", "House of Gucci – Blu-ray"), ("apple", "Steve Jobs biography – Isaacson"), ("coca-cola", "For God, Country & Coca-Cola – book"),
         ("omega", "Moonwatch Only – 3rd edition"), ("nintendo", "Game Over: How Nintendo Conquered the World"), ("cartier", "Cartier: Panthère – Assouline"),
         ("dyson", "Invention: A Life – James Dyson"), ("adidas", "Pitch Invasion: Adidas, Puma – book")]
    def mk(i):
        b, ti = v[i]
        return b, EN_MK[i], ti, "Good condition.", c.r.uniform(8, 60), "books"
    inn(c, k, t, 12, mk)


@cls("in_jobs_courses20", "innocent", "", "job ads and courses naming the brand")
def in_jobs_courses20(c, k, t):
    v = [("rolex", "Job: watchmaker, authorised Rolex retailer, Zurich", "de-CH"), ("apple", "Job: Apple certified Mac technician", "en-US3"), ("bmw", "Apprenticeship: BMW dealership mechanic", "de-DE"),
         ("adobe", "Course: Adobe Premiere Pro for beginners, 6 weeks", "en-GB"), ("autodesk", "AutoCAD 2026 certified training course", "en-IN"), ("lego", "LEGO robotics class for kids", "en-AU"),
         ("estee-lauder", "Job: Estée Lauder counter beauty advisor", "en-GB3"), ("microsoft", "Azure/Microsoft certification bootcamp", "en-SG"), ("toyota", "Job: Toyota service technician", "en-CA"),
         ("louis-vuitton", "Job: client advisor, Louis Vuitton store Paris", "fr-FR"), ("shell", "Job: Shell station attendant – night shift", "en-ZA"), ("nike", "Job: Nike store sales associate", "en-US")]
    def mk(i):
        b, ti, m_ = v[i]
        return b, m_, ti, "Apply with CV.", None if i % 2 == 0 else c.r.uniform(100, 600), "jobs", {"price": i % 2 == 1}
    inn(c, k, t, 12, mk)


@cls("in_events20", "innocent", "", "tickets for events, venues and competitions named after brands")
def in_events20(c, k, t):
    v = [("honda", "2 tickets – Honda Center, Anaheim, Ducks game"), ("mars", "Bruno Mars – 2 standing tickets"), ("coca-cola", "Coca-Cola Arena Dubai – concert ticket"),
         ("rolex", "Rolex Paris Masters – Saturday ticket"), ("bmw", "BMW Open Munich – day pass"), ("toyota", "Toyota Center Houston – Rockets tickets x2"),
         ("michelin", "Michelin Guide ceremony dinner invite"), ("omega", "Omega European Masters golf – grounds pass"), ("adidas", "adidas Runners Berlin 10k entry"),
         ("nike", "Nike Run Club half marathon bib transfer"), ("canon", "Canon photo workshop – weekend ticket"), ("samsung", "Samsung Hall Zurich – concert ticket")]
    def mk(i):
        b, ti = v[i]
        return b, EN_MK[i], ti, "Face value, e-ticket transfer.", c.r.uniform(30, 250), "tickets"
    inn(c, k, t, 12, mk)


@cls("in_honest_dupes20", "innocent", "", "own-brand lookalikes named as an alternative or dupe, without the brand's marks")
def in_honest_dupes20(c, k, t):
    v = [("dyson", "Shark FlexStyle – the Airwrap alternative"), ("estee-lauder", "The Ordinary peptide serum – ANR dupe"), ("rolex", "Steinhart Ocean One – Submariner-style, own brand"),
         ("apple", "Soundcore Liberty 4 – AirPods Pro alternative"), ("the-north-face", "Uniqlo puffer – Nuptse-look, no logo"), ("cartier", "Mejuri screw bangle – Love-inspired, own brand"),
         ("louis-vuitton", "Target tote – Neverfull-style, no logo"), ("canada-goose", "Aldi parka – CG alternative, own label"), ("nike", "Vans Skate Low – Dunk alternative"),
         ("bose", "Soundcore Space One – QC dupe"), ("gucci", "Zara horsebit loafers – Gucci-inspired"), ("omega", "Seiko SRPD – Seamaster alternative")]
    def mk(i):
        b, ti = v[i]
        return b, EN_MK[i], ti, "Not affiliated; comparison only. Own brand, no logos of others.", c.r.uniform(20, 200), "clothing"
    inn(c, k, t, 12, mk)


@cls("in_compatible20", "innocent", "", "third-party consumables sold as compatible with a brand's machine")
def in_compatible20(c, k, t):
    v = [("canon", "Compatible ink PG-545 XL – brand: Jarbo"), ("nestle", "Nespresso-compatible capsules x100 – L'Or"), ("philips", "Brush heads compatible with Sonicare x8"),
         ("gillette", "Blades compatible with Fusion5 – Wilkinson"), ("dyson", "Filter compatible with Dyson V15 – Vacplus"), ("apple", "USB-C cable MFi – Anker, for iPhone"),
         ("canon", "Battery LP-E6NH compatible – Patona"), ("bosch", "Drill bits fit Bosch SDS – Makita"), ("panasonic", "Shaver foil fits ES-LV9Q – generic"),
         ("samsung", "Charger compatible with Galaxy S24 – Belkin"), ("sony", "Ear tips fit WF-1000XM5 – Comply"), ("hasbro", "Nerf-compatible darts x200 – generic")]
    def mk(i):
        b, ti = v[i]
        n, cat, usd, m = P[b][0]
        return b, EN_MK[i], ti, "Compatible, not made by the machine's maker.", c.r.uniform(6, 35), cat
    inn(c, k, t, 12, mk)


@cls("in_aftermarket_oe20", "innocent", "", "parts makers' own parts that quote the OEM number they replace")
def in_aftermarket_oe20(c, k, t):
    v = [("bmw", "MANN HU 816 x oil filter – replaces BMW 11428575211"), ("toyota", "Bosch oil filter – replaces Toyota 90915-YZZD1"), ("honda", "Brembo pads – replaces Honda 45022-TBA-A01"),
         ("toyota", "TRW pads – OE 04465-02220 equivalent"), ("bmw", "Zimmermann discs – OE 34116860016"), ("honda", "K&N oil filter – Honda 15400-PLM-A02 cross-ref"),
         ("toyota", "Mahle air filter – OE 17801-0T030"), ("bmw", "Febi oil filter – cross-ref BMW"), ("honda", "EBC pads – for Honda Civic, OE ref"),
         ("michelin", "Continental SportContact 7 245/40ZR18 – PS4S alternative"), ("shell", "Castrol Edge 5W-40 4L – meets Helix spec"), ("toyota", "Denso spark plugs – Toyota OE ref")]
    def mk(i):
        b, ti = v[i]
        return b, ["de-DE", "en-GB", "en-US", "pl-PL", "en-AU", "fr-FR"][i % 6], ti, "Aftermarket part by the named maker; OE numbers for reference only.", c.r.uniform(8, 120), "auto parts"
    inn(c, k, t, 12, mk)


@cls("in_wanted20", "innocent", "", "wanted-to-buy ads naming the brand's goods (no goods offered)")
def in_wanted20(c, k, t):
    v = ["WANTED: Rolex Submariner any year", "Looking for LEGO 75192 – will pay fair", "WTB Nike Dunk Panda size 10", "Wanted: Canada Goose parka M, genuine only",
         "Buying broken iPhones", "Wanted Omega Speedmaster, cash", "ISO Louis Vuitton Speedy 30", "Wanted: Dyson Airwrap, used ok", "WTB Cartier Love bracelet size 17",
         "Looking for Bandai PG Unicorn", "Wanted: Bose QC Ultra", "Wanted: Coach Tabby 26"]
    bs = ["rolex", "lego", "nike", "canada-goose", "apple", "omega", "louis-vuitton", "dyson", "cartier", "bandai", "bose", "coach"]
    def mk(i):
        return bs[i], EN_MK[i], v[i], "Message me with photos. Genuine only, no replicas.", None, "wanted", {"price": False}
    inn(c, k, t, 12, mk)


@cls("in_vehicles20", "innocent", "", "cars and motorcycles of a brand sold by owners or dealers at market prices")
def in_vehicles20(c, k, t):
    v = [("honda", "2019 Honda Civic 1.5 – 60k km", 17000), ("toyota", "2020 Toyota Corolla hybrid", 19000), ("bmw", "2018 BMW 320d Touring", 18000),
         ("honda", "Honda CB500F 2021", 5500), ("toyota", "Toyota Hilux 2017 double cab", 24000), ("bmw", "BMW R 1250 GS 2020", 15000),
         ("honda", "Honda Jazz 2016 automatic", 9000), ("toyota", "Toyota Yaris 2015, one owner", 7000), ("bmw", "BMW i3 2019 REx", 16000),
         ("honda", "Honda PCX 125 2022", 3000), ("toyota", "Toyota RAV4 2021 hybrid", 29000), ("bmw", "2019 BMW X1 sDrive18i", 21000)]
    def mk(i):
        b, ti, usd = v[i]
        return b, ["de-DE", "en-GB3", "fr-FR", "en-AU", "nl-NL", "en-US3"][i % 6], ti, "Service history, MOT/TÜV, viewing welcome.", usd, "vehicles"
    inn(c, k, t, 12, mk)


@cls("in_near_names20", "innocent", "", "other companies' names close to a mark (Sonos, Samsonite, Rolec, Bausch, Omegon, Pumori, Coachella, Leggo)")
def in_near_names20(c, k, t):
    v = [("sony", "Sonos Era 100 speaker"), ("samsung", "Samsonite carry-on 55cm"), ("rolex", "Rolec EV charger 7kW"), ("bosch", "Bausch + Lomb contact lens solution"),
         ("omega", "Omegon telescope 130/920"), ("puma", "Pumori 2-person tent"), ("coach", "Coachella 2026 wristband"), ("lego", "Leggo's pasta sauce x6"),
         ("canon", "Cannondale Trail 5 bike"), ("nike", "Nikon Z50 II camera"), ("bose", "Bosco bamboo cutting board"), ("michelin", "Michelob Ultra 24 pack")]
    def mk(i):
        b, ti = v[i]
        return b, EN_MK[i], ti, "", c.r.uniform(10, 400), "misc"
    inn(c, k, t, 12, mk)


@cls("in_food_ingredients20", "innocent", "", "home-made food naming a branded ingredient")
def in_food_ingredients20(c, k, t):
    v = [("ferrero", "Homemade Nutella brownies x12"), ("mars", "Snickers cheesecake – whole, homemade"), ("ferrero", "Kinder Bueno cupcakes x6"), ("coca-cola", "Coca-Cola glazed ham, party order"),
         ("nestle", "KitKat birthday cake 8-inch"), ("ferrero", "Ferrero Rocher tower – handmade gift"), ("mars", "M&M's cookies dozen"), ("nestle", "Milo dinosaur ice – homemade x10"),
         ("ferrero", "Crêpes au Nutella x10"), ("coca-cola", "Coke float kit for parties"), ("mars", "Twix millionaire shortbread tray"), ("nestle", "Nescafé tiramisu tray")]
    def mk(i):
        b, ti = v[i]
        return b, EN_MK[i], ti, "Home kitchen, made to order.", c.r.uniform(6, 45), "food"
    inn(c, k, t, 12, mk)


@cls("in_component_inside20", "innocent", "*", "third-party goods with the brand's genuine component inside (Panasonic cells, Bosch motor, Sony sensor, Samsung cells, Michelin tyres)")
def in_component_inside20(c, k, t):
    v = [("panasonic", "18650 power bank with Panasonic cells – own brand", "batteries", 30), ("bosch", "E-bike Cube Reaction Hybrid – Bosch Performance motor", "bikes", 2500),
         ("sony", "Arducam 12MP camera module – Sony IMX477 sensor", "electronics", 50), ("samsung", "E-scooter battery 36V – Samsung 50E cells", "batteries", 120),
         ("michelin", "Road bike on Michelin Power Cup tyres – Giant TCR", "bikes", 1800), ("bosch", "Adafruit BME280 breakout – Bosch sensor", "electronics", 15),
         ("canon", "Photo booth hire – Canon EOS R camera inside, 3 hours", "services", 400), ("shell", "Used car, filled with Shell V-Power, Golf 2017", "vehicles", 11000),
         ("philips", "LED grow light – Philips Lumileds chips", "garden", 60), ("samsung", "Gaming monitor 32\" – Samsung QD-OLED panel (MSI)", "monitors", 800),
         ("sony", "Drone camera – Sony 1-inch sensor (DJI)", "cameras", 900), ("panasonic", "Tesla-style powerwall DIY kit – Panasonic cells", "batteries", 1500)]
    def mk(i):
        b, ti, cat, usd = v[i]
        return b, EN_MK[i], ti, "Made by the named maker; the component inside is genuine.", usd, cat
    inn(c, k, t, 12, mk)


@cls("in_brand_protection20", "innocent", "*", "brand-protection services, IP lawyers and anti-counterfeit training that name brands and copy words")
def in_brand_protection20(c, k, t):
    v = ["Trademark lawyer – counterfeit takedowns for luxury brands (Rolex, LV cases handled)", "Test-purchase service: we buy suspected fake Nike for brand owners",
         "Course: spotting fake Louis Vuitton – for resellers, 1 day", "Customs broker: seized counterfeit Gucci destruction certificates", "Anti-counterfeit consulting – Dyson clones in marketplaces",
         "Webinar: counterfeit AirPods – how to report them", "Authenticator training: replica vs genuine Rolex movements", "IP investigator – fake Canada Goose supply chains",
         "Workshop: knock-off LEGO and the law", "Brand-protection analyst for hire – pharma (Pfizer) fake listings", "Legal: cease & desist drafting for Cartier-copy sellers (for rights holders)",
         "Seminar: how 1:1 replica Omega watches are made – for insurers"]
    bs = ["rolex", "nike", "louis-vuitton", "gucci", "dyson", "apple", "rolex", "canada-goose", "lego", "pfizer", "cartier", "omega"]
    def mk(i):
        return bs[i], EN_MK[i], v[i], "Professional service for rights holders and resellers. We do not sell goods.", c.r.uniform(100, 900), "services"
    inn(c, k, t, 12, mk)


@cls("in_cue_word_product_names20", "innocent", "", "genuine goods whose official names contain trade cue words (Retro High OG, Master Grade, 1:1 scale replica, Original, Re-Edition)")
def in_cue_word_product_names20(c, k, t):
    v = [("nike", "Nike Air Jordan 1 Retro High OG – from Nike SNKRS, receipt", "sneakers", 180), ("bandai", "Bandai MG Master Grade RX-78-2 Ver.3.0 – new", "model kits", 50),
         ("bandai", "Bandai PG Perfect Grade Unicorn – sealed", "model kits", 300), ("mattel", "Mattel Creations He-Man Power Sword 1:1 scale replica", "toys", 120),
         ("adidas", "adidas Originals Samba OG – store receipt", "sneakers", 100), ("levis", "Levi's 501 Original Fit – new with tags", "jeans", 80),
         ("omega", "Omega Speedmaster '57 re-edition – boutique, full set", "watches", 8500), ("hasbro", "Hasbro Star Wars Black Series clone trooper helmet replica", "action figures", 130),
         ("bandai", "Bandai RG Real Grade Zaku II – new", "model kits", 35), ("coca-cola", "Coca-Cola Original Taste 330ml x24", "soft drinks", 18),
         ("nike", "Nike Dunk Low Retro – Nike app purchase", "sneakers", 115), ("lego", "LEGO 10355 Blacktron Renegade – retro re-release, sealed", "building sets", 70)]
    def mk(i):
        b, ti, cat, usd = v[i]
        return b, EN_MK[i], ti, "Genuine, official product name.", usd * c.r.uniform(0.9, 1.05), cat
    inn(c, k, t, 12, mk)


# =========================================================================== main
def classes_md(rows):
    out = ["# Outsider 20: classes", "", "| class | * | kind | n | tactic | example (brand, lang) |", "|---|:-:|---|---:|---|---|"]
    for name, kind, star, tactic, f in CLASSES:
        rs = [r for r in rows if r["_label"]["class"] == name]
        ex = rs[0]
        out.append(f"| {name} | {star} | {kind} | {len(rs)} | {tactic} | {ex['title']} ({ex['_label']['brand']}, {ex['_label']['lang']}) |")
    return "\n".join(out) + "\n"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, default=20)
    ap.add_argument("--out", default="set.jsonl")
    ap.add_argument("--classes", default="classes.md")
    a = ap.parse_args()
    c = Ctx(a.seed)
    for name, kind, star, tactic, f in CLASSES:
        f(c, name, tactic)
    rows = c.rows
    random.Random(a.seed + 1).shuffle(rows)
    with open(a.out, "w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(a.classes, "w", encoding="utf-8") as fh:
        fh.write(classes_md(rows))


if __name__ == "__main__":
    main()
