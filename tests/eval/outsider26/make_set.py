#!/usr/bin/env python3
"""outsider26 held-out set generator (stdlib only, seeded, deterministic).

python3 make_set.py --seed 26 --out set.jsonl --classes classes.md
"""
from __future__ import annotations

import argparse
import json
import random
from datetime import datetime, timedelta, timezone

from data import CUES, MARK, MARKETS, PRODUCTS, SELLERS, ZH

N_C, N_I = 13, 12
import sys as _sys
_SEED = int(_sys.argv[_sys.argv.index("--seed") + 1]) if "--seed" in _sys.argv else 26
R = random.Random(_SEED)
BY_BRAND: dict[str, list] = {}
for _p in PRODUCTS:
    BY_BRAND.setdefault(_p[0], []).append(_p)
BRANDS = list(BY_BRAND)
ROWS: list[dict] = []
CLASSES: list[tuple] = []  # (name, star, kind, tactic, rows)


def mk(lang=None, mp=None):
    c = [m for m in MARKETS if (lang is None or m[0].startswith(lang)) and (mp is None or m[1] == mp)]
    return R.choice(c)


def sig3(x):
    if x <= 0:
        return 0.0
    from math import floor, log10
    d = 2 - int(floor(log10(x)))
    v = round(x, d)
    return float(int(v)) if d <= 0 else v


def copy_frac(usd):
    if usd >= 2000:
        return R.uniform(0.03, 0.08)
    if usd >= 300:
        return R.uniform(0.06, 0.20)
    if usd >= 30:
        return R.uniform(0.15, 0.35)
    return R.uniform(0.25, 0.45)


def hexid(n=12):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def prod(brands=None, cats=None):
    c = [p for p in PRODUCTS if (brands is None or p[0] in brands) and (cats is None or p[5] in cats)]
    return R.choice(c)


def cue(lang=None):
    c = [x for x in CUES if lang is None or x[0] == lang]
    return R.choice(c or CUES)[1]


def add(kind, brand, cls, tactic, title, desc, usd, category, market, lang=None, seller=None, ship=None, attrs=None, price=None):
    lg, mp, cur, ctry, rate = market
    obs = datetime(2026, 12, 2, tzinfo=timezone.utc) + timedelta(seconds=R.randrange(2 * 86400))
    lid = hexid()
    if price is None and usd is not None:
        price = {"amount": sig3(usd * rate), "currency": cur}
    if seller is None:
        seller = {"id": "s" + hexid(8), "name": R.choice(["", "Shop", "Store", "Deals", "Outlet", "Mart", "Hub", "Co"]) and
                  R.choice(["Luna", "Star", "Happy", "Prime", "Golden", "Blue", "Urban", "Lucky", "Nova", "Bright"]) + " " +
                  R.choice(["Shop", "Store", "Deals", "Trading", "Market", "Goods", "Corner", "Finds"]), "country": ctry}
    if ship is None:
        ship = "CN" if (kind == "counterfeit" and R.random() < 0.35) else ctry
    row = {"marketplace": mp, "listing_id": lid, "url": f"https://{mp}.example/item/{lid}", "title": title, "description": desc,
           "price": price, "seller": seller, "category": category, "images": [], "ship_from": ship,
           "observed_at": obs.strftime("%Y-%m-%dT%H:%M:%SZ"), "attributes": attrs or {},
           "_label": {"kind": kind, "brand": brand, "class": cls, "tactic": "", "lang": lang or lg, "also": []}}
    ROWS.append(row)
    return row


def cls(name, star, kind, tactic):
    def deco(fn):
        n = N_C if kind == "counterfeit" else N_I
        start = len(ROWS)
        for i in range(n):
            fn(i)
        rows = ROWS[start:]
        for r in rows:
            r["_label"]["class"] = name
            r["_label"]["tactic"] = tactic
            r["_label"]["kind"] = kind
        CLASSES.append((name, star, kind, tactic, rows))
        return fn
    return deco


def cf(cls_, p, title, desc="", market=None, lang=None, usd=None, attrs=None, price=None, category=None, brand=None):
    market = market or mk()
    if usd is None and price is None:
        usd = p[4] * copy_frac(p[4])
    return add("counterfeit", brand or p[0], cls_, "", title, desc, usd, category or p[5], market, lang=lang, attrs=attrs, price=price)


def inn(p, title, desc="", market=None, usd=None, lang=None, seller=None, category=None, brand=None, price=None, attrs=None):
    market = market or mk()
    return add("innocent", brand or (p[0] if p else ""), "", "", title, desc, usd, category if category is not None else (p[5] if p else None),
               market, lang=lang, seller=seller, attrs=attrs, price=price)


def cyc(i, brands=None):
    """the i-th product across brands, so that all brands appear"""
    if brands is None:
        b = BRANDS[(i * 7 + R.randrange(len(BRANDS))) % len(BRANDS)]
    else:
        b = brands[i % len(brands)]
    return R.choice(BY_BRAND[b])

_PTR = [0]


def nextp():
    b = BRANDS[_PTR[0] % len(BRANDS)]
    _PTR[0] += 1
    return R.choice(BY_BRAND[b])


def nextp_in(prods):
    for _ in range(len(BRANDS)):
        b = BRANDS[_PTR[0] % len(BRANDS)]
        _PTR[0] += 1
        c = [q for q in BY_BRAND[b] if q in prods]
        if c:
            return R.choice(c)
    return R.choice(prods)


def tr(s, table):
    return "".join(table.get(ch, table.get(ch.upper(), ch)) for ch in s)


# ============================================================ counterfeit, new families (*)
DURABLE = [p for p in PRODUCTS if p[5] not in ("chocolate", "infant formula", "coffee", "soft drinks", "spreads", "skincare", "sunscreen", "otc",
                                              "prescription drugs", "razor blades", "ink", "motor oil", "auto parts", "software licenses", "shuttlecocks", "golf balls", "medical devices", "batteries")]
LUX = [p for p in PRODUCTS if p[0] in ("rolex", "omega", "cartier", "louis-vuitton", "gucci", "burberry", "canada-goose")]
ELEC = [p for p in PRODUCTS if p[5] in ("phones", "earbuds", "headphones", "laptops", "consoles", "cameras", "hair care", "vacuum cleaners", "shavers", "electric toothbrushes")]
CONS = [p for p in PRODUCTS if p[5] in ("chocolate", "infant formula", "coffee", "soft drinks", "spreads", "skincare", "sunscreen", "otc", "razor blades", "motor oil")]

SYLL = dict(zip("ABCDEFGHJKLMNPQRSUVWXZ", ["ᗩ", "ᗷ", "ᑕ", "ᗪ", "ᕮ", "ᖴ", "ᘜ", "ᕼ", "ᒍ", "ᖽᐸ", "ᒪ", "ᗰ", "ᑎ", "ᑭ", "ᑫ", "ᖇ", "ᔕ", "ᑌ", "ᐯ", "ᗯ", "᙭", "ᘔ"]))


@cls("c_syllabics_letters26", "*", "counterfeit", "the mark in Canadian Aboriginal syllabics used as a 'fancy font' for Latin letters (ᖇOᒪE᙭, ᑎIKE, ᗪYᔕOᑎ, ᘜᑌᑕᑕI), copy cue")
def _(i):
    p = nextp()
    m = tr(MARK[p[0]].upper(), SYLL)
    cf("", p, f"{m} {p[1]} – {cue()}", R.choice(["", "fancy font because of filters, you know the brand", "same as shop, ask for real pics"]))


HANVIET = {"rolex": ("Lao Lực Sĩ", "노력사", "ロウリョクシ"), "nike": ("Nại Khắc", "내극", "タイコク"), "gucci": ("Cổ Trì", "고치", "コチ"),
           "omega": ("Âu Mễ Gia", "구미가", None), "cartier": ("Ca Địa Á", None, None), "apple": ("Bình Quả", "평과", None),
           "sony": ("Tác Ni", "색니", None), "dyson": ("Đái Sâm", "대삼", "タイシン"), "lego": ("Lạc Cao", "낙고", None),
           "adidas": ("A Địch Đạt Tư", None, None), "canon": ("Giai Năng", "가능", None), "coach": ("Khấu Trì", None, None),
           "louis-vuitton": ("Lộ Dịch Uy Đăng", "로이위등", None), "estee-lauder": ("Nhã Thi Lan Đại", None, None)}


@cls("c_sino_xenic_reading26", "*", "counterfeit", "the brand's Chinese alias read character by character in Vietnamese Hán-Việt, Korean hanja or Japanese on'yomi (Lao Lực Sĩ / 노력사 / ロウリョクシ for 劳力士), copy cue")
def _(i):
    b = list(HANVIET)[i % len(HANVIET)]
    p = R.choice(BY_BRAND[b])
    vi, ko, ja = HANVIET[b]
    opts = [("vi", vi, f"({ZH[b]} đọc Hán-Việt)")] + ([("ko", ko, f"({ZH[b]} 한자음)")] if ko else []) + ([("ja", ja, f"（{ZH[b]}の音読み）")] if ja else [])
    lg, rd, note = opts[i % len(opts)]
    cues = {"vi": "hàng rep 1:1 like auth", "ko": "미러급 레플리카", "ja": "スーパーコピー N級"}
    cf("", p, f"{rd} {note} {p[1]} – {cues[lg]}", "", market=mk(lg + "-"))


WG = {"rolex": "Lao-li-shih", "nike": "Nai-k'o", "gucci": "Ku-ch'ih", "apple": "P'ing-kuo", "samsung": "San-hsing", "sony": "So-ni",
      "louis-vuitton": "Lu-i Wei-teng", "dyson": "Tai-sen", "lego": "Lo-kao", "nintendo": "Jen-t'ien-t'ang", "omega": "Ou-mi-ch'ieh",
      "cartier": "K'a-ti-ya", "adidas": "A-ti-ta-ssu", "coach": "K'ou-ch'ih", "canon": "Chia-neng", "toyota": "Feng-t'ien", "bmw": "Pao-ma",
      "nestle": "Ch'üeh-ch'ao", "coca-cola": "K'o-k'ou K'o-lo", "estee-lauder": "Ya-shih Lan-tai", "philips": "Fei-li-p'u", "bosch": "Po-shih",
      "shiseido": "Tzu-sheng-t'ang", "gillette": "Chi-lieh", "michelin": "Mi-ch'i-lin"}


@cls("c_wade_giles26", "*", "counterfeit", "the brand's Chinese alias in Wade-Giles romanisation instead of pinyin (Lao-li-shih 劳力士, Nai-k'o 耐克, Ku-ch'ih 古驰, Jen-t'ien-t'ang 任天堂), copy cue")
def _(i):
    b = list(WG)[(i * 2 + 1) % len(WG)]
    p = R.choice(BY_BRAND[b])
    cf("", p, f"{WG[b]} {p[1]} – {cue()}", R.choice(["", "old-style romanisation, HK/TW seller", "Wade-Giles spelling, you know which brand"]),
       market=R.choice([mk("zh-HK"), mk("zh-TW"), mk("en-SG"), mk("en-US")]))


def bacon(w):
    out = []
    for ch in w.upper():
        if ch.isalpha():
            n = ord(ch) - 65
            out.append("".join("B" if n >> (4 - k) & 1 else "A" for k in range(5)))
    return " ".join(out)


@cls("c_bacon_cipher26", "*", "counterfeit", "the mark in Bacon's biliteral cipher (AAAAA..BBAAB, five A/B per letter), copy cue")
def _(i):
    p = nextp()
    m = MARK[p[0]]
    cf("", p, f"[{bacon(m)}] {p[1]} – {cue()}", R.choice(["decode the brand (Bacon cipher)", "A/B code = brand, ask if unsure", ""]))


@cls("c_hidden_inner_logo26", "*", "counterfeit", "goods sold plain outside with the brand's logo hidden inside (under the insole, inside the lining, on the caseback under a plate, inside the case lid) to pass filters and customs")
def _(i):
    p = nextp_in([q for q in DURABLE if q[5] not in ("tires", "model kits", "building sets", "golf clubs")])
    m = MARK[p[0]]
    where = R.choice(["logo printed inside, under the insole", "full logo inside the lining", "logo hidden under the magnetic plate",
                      "logo only inside the case lid", "logo embossed on the inside, outside plain for customs", "inner label with logo, outer label blank"])
    cf("", p, f"Plain {p[1]} – {m} {where}", R.choice(["", "1:1 inside, nobody will notice at customs", "same factory as original"]))


@cls("c_kouling_token26", "*", "counterfeit", "Chinese listing that hides the deal behind a shared-app token (复制口令 ￥AbC123￥ 打开闲鱼/淘宝/抖音) with the Chinese alias at a copy's price")
def _(i):
    p = nextp()
    tok = "".join(R.choice("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghjkmnpqrstuvwxyz23456789") for _ in range(11))
    app = R.choice(["闲鱼", "淘宝", "抖音", "拼多多"])
    cf("", p, f"{ZH[p[0]]} {p[3] or p[1]} 复制口令 ￥{tok}￥ 打开{app} 看实拍", R.choice(["懂的来，价格私聊", "口令进店，同款不同价", "实拍口令里看，别问真假"]),
       market=mk("zh-CN"))


@cls("c_game_currency_price26", "*", "counterfeit", "the brand plainly, priced and paid in game currency or game gift cards (Robux, V-Bucks, Steam/Roblox cards), at a copy's value")
def _(i):
    p = nextp_in(DURABLE)
    cur = R.choice(["Robux", "V-Bucks", "Steam gift cards", "Roblox cards", "Genshin crystals", "PUBG UC"])
    usd = p[4] * copy_frac(p[4])
    amt = {"Robux": f"{int(usd * 80) // 10 * 10} Robux", "V-Bucks": f"{int(usd * 110) // 100 * 100} V-Bucks", "PUBG UC": f"{int(usd * 60) // 10 * 10} UC",
           "Genshin crystals": f"{int(usd * 65) // 10 * 10} Genesis Crystals"}.get(cur, f"${sig3(usd):g} in {cur}")
    cf("", p, f"{p[2]} – {amt} only", R.choice(["pay in game currency, no PayPal", "trade for skins ok, same as store version",
                                                                           "cheap because paid in cards"]), usd=usd, market=mk("en-"))


@cls("c_claw_machine_prize26", "*", "counterfeit", "luxury or branded goods offered as 'claw machine / UFO catcher / 夹娃娃机 prize version', a prize edition the brand never makes, at a copy's price")
def _(i):
    p = nextp_in(DURABLE + [q for q in PRODUCTS if q[5] in ("skincare", "chocolate", "sunscreen")])
    lg = R.choice(["en", "ja", "zh"])
    if lg == "ja":
        t = f"{p[2]} UFOキャッチャー景品 プライズ版"
    elif lg == "zh":
        t = f"{ZH[p[0]]} {p[1]} 夹娃娃机奖品版"
    else:
        t = f"{p[2]} – claw machine prize version"
    cf("", p, t, R.choice(["won at arcade, not shop version", "prize edition, not original box", ""]),
       market=mk({"en": "en-", "ja": "ja-", "zh": "zh-"}[lg]))


@cls("c_trade_fair_sample26", "*", "counterfeit", "'Canton Fair / exhibition booth sample' of a brand's product from a factory that claims to make it, at a copy's price")
def _(i):
    p = nextp_in([q for q in PRODUCTS if q[5] not in ("prescription drugs", "otc", "infant formula", "medical devices", "software licenses")])
    fair = R.choice(["Canton Fair", "广交会", "Yiwu Fair", "HK Electronics Fair", "Global Sources expo", "ISPO booth"])
    cf("", p, f"{p[2]} – {fair} sample, factory booth stock", R.choice(["samples from our OEM line, same material", "exhibition sample, MOQ 1",
                                                                        "from the fair, factory that makes for the brand"]), market=R.choice([mk("en-"), mk("zh-CN")]))


@cls("c_price_difference_link26", "*", "counterfeit", "a 'pay the difference / 补差价专用' link whose title names the brand's goods agreed in chat; token price")
def _(i):
    p = nextp()
    if i % 2:
        cf("", p, f"补差价专用链接 {ZH[p[0]]} {p[3] or p[1]} 差多少拍多少", R.choice(["顶级版本，聊好再拍", "私聊确认款式", ""]), price={"amount": 1.0, "currency": "CNY"},
           market=mk("zh-CN"))
    else:
        cf("", p, f"Pay the difference link – {p[2]} (as agreed in chat)", R.choice(["buy qty = amount", "only for customers who chatted, 1:1 version", ""]),
           price={"amount": 1.0, "currency": "USD"}, market=mk("en-US"))


def uwu(s):
    out = s.replace("R", "W").replace("L", "W").replace("r", "w").replace("l", "w")
    for v in "aeiou":
        out = out.replace("n" + v, "ny" + v).replace("N" + v, "Ny" + v)
    return out


UWUB = [b for b in BRANDS if uwu(MARK[b]) != MARK[b]]


@cls("c_uwu_speak26", "*", "counterfeit", "the mark in 'uwu-speak' (r and l as w, n + vowel as ny: Wowex, Nyike, Cawtiew, Buwbewwy, Fewwewo), copy cue")
def _(i):
    b = UWUB[(i * 3) % len(UWUB)]
    p = R.choice(BY_BRAND[b])
    cf("", p, f"{uwu(MARK[b])} {p[1]} uwu ✨ {R.choice(['1:1 copy owo', 'wepwica AAA', 'high copy >w<', 'mirror quawity'])}", "", market=mk("en-"))


DEBUT = [("rolex", 0, "the 1953 dive watch"), ("rolex", 1, "the 1963 racing chrono"), ("omega", 0, "the 1957 moon chrono"), ("nike", 2, "'85 hi-tops"),
         ("nike", 1, "'82 basketball lows"), ("nike", 0, "'85 college lows"), ("adidas", 0, "the '50 indoor trainer"), ("adidas", 1, "the '69 shell-toe"),
         ("levis", 0, "the 1873 riveted jeans"), ("cartier", 0, "the 1969 screw bracelet"), ("cartier", 1, "the 1904 aviator watch"), ("burberry", 1, "the 1914 trench"),
         ("the-north-face", 0, "the '96 puffer"), ("bandai", 1, "the 1996 egg pet"), ("mattel", 0, "the 1959 doll's dream house"), ("puma", 0, "the '68 suede")]


@cls("c_model_debut_year26", "*", "counterfeit", "the model named only by its debut year and shape ('the 1953 dive watch', \"'85 hi-tops\", 'the 1873 riveted jeans'), copy cue")
def _(i):
    b, k, d = DEBUT[i % len(DEBUT)]
    p = BY_BRAND[b][min(k, len(BY_BRAND[b]) - 1)]
    cf("", p, f"{d[0].upper() + d[1:]} – {p[1]}, {cue()}", R.choice(["you know the one", "icon since day one, same look", ""]))


RANK = [("apple", "the world's most valuable brand"), ("nike", "the world's largest sportswear company"), ("lego", "the world's biggest toymaker"),
        ("nestle", "the world's largest food company"), ("louis-vuitton", "the #1 luxury brand by revenue"), ("rolex", "the #1 Swiss watch brand by sales"),
        ("coca-cola", "the world's most valuable soft-drink brand"), ("loreal", "the world's largest cosmetics group"), ("toyota", "the world's best-selling carmaker"),
        ("honda", "the world's largest motorcycle maker"), ("microsoft", "the world's largest software company"), ("pandora", "the world's largest jewellery brand by pieces sold"),
        ("michelin", "the #1 tyre maker in Europe"), ("samsung", "the #1 Android phone maker")]


@cls("c_brand_ranking26", "*", "counterfeit", "the brand named only by a corporate ranking or superlative ('the world's most valuable brand', 'the world's biggest toymaker'), copy cue")
def _(i):
    b, r = RANK[i % len(RANK)]
    p = R.choice(BY_BRAND[b])
    cf("", p, f"{p[1]} – by {r} – {cue()}", R.choice(["", "no need to say the name", "same factory quality"]))


@cls("c_did_you_mean26", "*", "counterfeit", "the brand only in a search-engine leftover ('Did you mean: rolex', 'Showing results for', 'Related searches:') beside a copy cue")
def _(i):
    p = nextp()
    m = MARK[p[0]].lower()
    frame = R.choice([f"Did you mean: {m}?", f"Showing results for {m}", f"Related searches: {m} {p[1].split()[0]}", f"People also search: {m} cheap"])
    cf("", p, f"{p[1]} | {frame} | {cue()}", "")


IYK = [("en", "IYKYK"), ("zh", "懂的都懂"), ("ko", "알 사람은 알지"), ("ja", "わかる人にはわかる"), ("es", "quien sabe, sabe"), ("de", "wer weiß, der weiß"),
       ("fr", "ceux qui savent savent"), ("pt", "quem sabe sabe"), ("en", "iykyk 🤫")]


@cls("c_iykyk_cue26", "*", "counterfeit", "the brand plainly at a copy's price with 'if you know you know' as the only cue (IYKYK, 懂的都懂, 알 사람은 알지, わかる人にはわかる, quien sabe sabe)")
def _(i):
    p = nextp()
    lg, w = IYK[i % len(IYK)]
    cf("", p, f"{p[2]} – {w}", R.choice(["", "price is the hint", "don't ask questions, " + w]), market=mk(lg + "-"))


MATH = {"O": "∅", "E": "∈", "C": "⊂", "U": "∪", "L": "∟", "X": "×", "V": "∨", "A": "∆", "D": "∂", "S": "∫", "T": "⊤", "I": "∣"}


@cls("c_math_operator_letters26", "*", "counterfeit", "the mark written with mathematical operators as letters (R∅∟∈×, ⊂∅∆⊂H, G∪⊂⊂∣, ∂Y∫∅N), copy cue")
def _(i):
    p = nextp()
    cf("", p, f"{tr(MARK[p[0]].upper(), MATH)} {p[1]} – {cue()}", "")


def mou(z):
    k = R.randrange(len(z))
    return z[:k] + "某" + z[k + 1:]


@cls("c_mou_placeholder26", "*", "counterfeit", "the Chinese alias with one character replaced by 某 ('some'): 劳某士, 某驰, 耐某, 某高, copy jargon")
def _(i):
    p = nextp()
    cf("", p, f"{mou(ZH[p[0]])} {p[3] or p[1]} {R.choice(['顶级版本', '原单', '1:1复刻', '高版本', '专柜品质'])}", R.choice(["某宝搜不到，私聊", "", "你懂的"]),
       market=R.choice([mk("zh-CN"), mk("zh-CN"), mk("zh-TW"), mk("zh-HK")]))


FITB = ["nike", "adidas", "puma", "levis", "canada-goose", "the-north-face", "burberry", "nike", "adidas"]


@cls("c_fits_like_sizing26", "*", "counterfeit", "goods sold with the brand only as a sizing reference ('fits exactly like Nike Dunk sizing, same last'), but at a copy's price with a copy cue")
def _(i):
    b = FITB[i % len(FITB)]
    p = R.choice(BY_BRAND[b])
    nm = p[2]
    cf("", p, f"{p[1]} – fits exactly like {nm}, same last/pattern – {cue()}", R.choice(["true to size like the original", "size chart same as official", ""]))


@cls("c_lens_identified26", "*", "counterfeit", "the brand only as an image-recognition result pasted into the listing (Google Lens match, 小红书识图, Lens says), at a copy's price")
def _(i):
    p = nextp()
    lg = R.choice(["en", "en", "zh", "es"])
    if lg == "zh":
        t, mkt = f"{p[1]} 识图结果：{ZH[p[0]]}", mk("zh-CN")
    elif lg == "es":
        t, mkt = f"{p[1]} – Google Lens dice: {p[2]}", mk("es-")
    else:
        t, mkt = f"{p[1]} – Google Lens match: {p[2]}", mk("en-")
    cf("", p, t, R.choice(["I don't know brands, Lens says it", "new, many in stock", "copy quality, see Lens"]), market=mkt)


DEF = {"rolex": "Swiss maker of luxury wristwatches, founded 1905 in London by Hans Wilsdorf; crown logo",
       "nike": "US sportswear company from Beaverton, Oregon, named after the Greek goddess of victory; swoosh logo",
       "adidas": "German sportswear maker from Herzogenaurach founded by Adi Dassler; three stripes",
       "louis-vuitton": "Paris trunk-maker founded 1854, monogram canvas with LV initials",
       "apple": "Cupertino computer company founded 1976 by Jobs and Wozniak; bitten-fruit logo",
       "dyson": "British appliance maker from Malmesbury, founded by James Dyson, bagless cyclones",
       "lego": "Danish toy company from Billund; name from 'leg godt' (play well)",
       "gucci": "Florentine fashion house founded 1921 by Guccio G.; interlocking double G",
       "omega": "Biel watchmaker, the first watch worn on the Moon (1969)",
       "cartier": "Paris jeweller founded 1847, 'jeweller of kings'",
       "canada-goose": "Toronto parka maker founded 1957 as Metro Sportswear",
       "samsung": "Korean chaebol from Suwon whose name means 'three stars'",
       "nintendo": "Kyoto playing-card maker founded 1889, now console maker"}


@cls("c_dictionary_definition26", "*", "counterfeit", "the brand named only by a dictionary-style definition of the company (n. 'Swiss maker of luxury wristwatches, founded 1905 ...'), copy cue")
def _(i):
    b = list(DEF)[i % len(DEF)]
    p = R.choice(BY_BRAND[b])
    cf("", p, f"{p[1]} by the brand (n.): {DEF[b]} – {cue()}", "")


# ============================================================ counterfeit, everyday floor (no *)
def floor(name, tactic, fn):
    cls(name, "", "counterfeit", tactic)(fn)


floor("c_cue_words26", "the brand named plainly with copy words of many languages",
      lambda i: (lambda p: cf("", p, f"{p[2]} – {cue()}", ""))(nextp()))
floor("c_luxury_reps26", "luxury goods with rep jargon (best batch, heat stamp correct, GP batch, 1:1 hardware)",
      lambda i: (lambda p: cf("", p, f"{p[2]} – {R.choice(['best batch', 'GP batch, heat stamp correct', 'top version 1:1 hardware', 'mirror grade, date code correct'])}", ""))(
          prod(["louis-vuitton", "gucci", "burberry", "coach", "michael-kors", "cartier", "canada-goose", "rolex", "omega"])))
floor("c_sneaker_reps26", "sneaker reps by batch and factory (LJR, OG, PK, 莆田, 纯原)",
      lambda i: (lambda p: cf("", p, f"{p[2]} {p[3]} {R.choice(['LJR batch', 'PK 5.0 batch', 'OG batch', '莆田纯原', 'top batch, QC pics'])}", ""))(
          prod(["nike", "adidas", "puma"])))
floor("c_electronics_clone26", "electronics clones (Huaqiangbei top version, serial checks, popup, Airoha chip)",
      lambda i: (lambda p: cf("", p, f"{p[2]} – {R.choice(['华强北 top version', 'serial number checks, popup works', 'Airoha 1562A clone', 'clone, same UI'])}", ""))(
          prod(["apple", "samsung", "sony", "bose", "nintendo", "microsoft", "dyson", "canon"], ["phones", "earbuds", "headphones", "laptops", "consoles", "cameras", "hair care", "vacuum cleaners", "accessories"])))
floor("c_pharma26", "medicines and devices without prescription, 'same as' generics with the mark",
      lambda i: (lambda p: cf("", p, f"{p[2]} – {R.choice(['no prescription needed', 'discreet shipping, no Rx', 'same as original, Indian pharmacy', 'bulk, no doctor'])}", ""))(
          prod(["pfizer", "bayer", "johnson-johnson", "abbott"])))
floor("c_fmcg26", "food, drink and formula copies (locally filled, China version, same taste)",
      lambda i: (lambda p: cf("", p, f"{p[2]} – {R.choice(['locally filled', 'same taste copy', 'factory refill, copy label', 'imitation, cheap bulk'])}", ""))(
          prod(["mars", "danone", "nestle", "coca-cola", "ferrero", "abbott"])))
floor("c_beauty26", "beauty copies (counter quality, tester AAA, dupe with logo)",
      lambda i: (lambda p: cf("", p, f"{p[2]} – {R.choice(['counter quality copy', 'AAA tester copy', 'original-look dupe with logo', '专柜品质'])}", ""))(
          prod(["loreal", "estee-lauder", "shiseido", "gillette", "dyson", "philips"])))
floor("c_auto_parts26", "car parts, tyres and oil copied (OEM box copy, Taiwan copy, refilled)",
      lambda i: (lambda p: cf("", p, f"{p[2]} – {R.choice(['OEM box copy', 'Taiwan copy in original box', 'refilled, copy label', 'replica, fits like genuine'])}", ""))(
          prod(["honda", "toyota", "bmw", "michelin", "shell", "bosch"])))
floor("c_toys26", "toy copies (clone bricks in same box, copy dolls, KO kits)",
      lambda i: (lambda p: cf("", p, f"{p[2]} – {R.choice(['clone bricks, same box', 'KO version', 'copy, 100% compatible', 'replica figure, no box'])}", ""))(
          prod(["lego", "hasbro", "mattel", "bandai"])))
floor("c_software_keys26", "software as lifetime keys, cracks and activators",
      lambda i: (lambda p: cf("", p, f"{p[2]} – {R.choice(['lifetime key', 'pre-activated, no subscription', 'crack + activator', 'permanent licence, instant email'])}", ""))(
          prod(["adobe", "microsoft", "autodesk"], ["software licenses"])))
MIS = {"rolex": "Rolx", "gucci": "Guccci", "adidas": "Adiddas", "louis-vuitton": "Luis Vitton", "samsung": "Samsng", "nintendo": "Nintedo", "dyson": "Dysson",
       "cartier": "Cartie", "burberry": "Burbery", "omega": "Omegaa", "nike": "Nkie", "pandora": "Pandorra", "swarovski": "Swarovsky"}
floor("c_misspell26", "misspelt marks, copy cue",
      lambda i: (lambda b: (lambda p: cf("", p, f"{MIS[b]} {p[1]} – {cue()}", ""))(R.choice(BY_BRAND[b])))(list(MIS)[i % len(MIS)]))
CYR = {"o": "о", "e": "е", "a": "а", "c": "с", "p": "р", "x": "х", "O": "О", "E": "Е", "A": "А", "C": "С", "P": "Р", "X": "Х", "K": "К", "M": "М", "T": "Т", "H": "Н", "B": "В"}
floor("c_homoglyph_cyr26", "Cyrillic look-alike letters in the mark, copy cue",
      lambda i: (lambda p: cf("", p, f"{tr(MARK[p[0]], CYR)} {p[1]} – {cue()}", ""))(nextp()))
floor("c_separators26", "the mark cut by separators (R/O/L/E/X, G°U°C°C°I, N‿I‿K‿E), copy cue",
      lambda i: (lambda p: cf("", p, f"{R.choice(['/', '°', '‿', '⋅', '¤']).join(MARK[p[0]].upper().replace(' ', ''))} {p[1]} – {cue()}", ""))(nextp()))
floor("c_cjk_jargon26", "Chinese trade jargon (原单, 专柜品质, 顶级版本, 纯原, 对版) with the Chinese alias",
      lambda i: (lambda p: cf("", p, f"{ZH[p[0]]} {p[3] or p[1]} {R.choice(['原单', '专柜品质', '顶级版本', '纯原', '对版'])}", "", market=mk("zh-")))(nextp()))
floor("c_offplatform26", "the brand with an off-platform lure (WhatsApp, Telegram, WeChat catalogue) at a copy's price",
      lambda i: (lambda p: cf("", p, f"{p[2]} – {R.choice(['WhatsApp for catalogue', 'Telegram @luxfactory for real pics', 'add WeChat for more models', 'DM on IG, better price'])}", ""))(nextp()))
floor("c_low_price_only26", "the brand plainly as new, no copy word, at a copy's price",
      lambda i: (lambda p: cf("", p, f"{p[2]} – new", "", usd=p[4] * copy_frac(p[4]) * 0.6))(nextp()))
floor("c_inspired_logo26", "'inspired by' with the logo included",
      lambda i: (lambda p: cf("", p, f"{MARK[p[0]]}-inspired {p[1]} with logo", "logo as original, inspired design"))(nextp()))
floor("c_cover_story26", "a story for the price (factory overrun, customs-seized lot, staff purchase)",
      lambda i: (lambda p: cf("", p, f"{p[2]} – {R.choice(['factory overrun, no tags', 'customs seized lot, sold as is', 'staff purchase surplus', 'cancelled export order'])}", ""))(nextp()))
floor("c_jewelry_plated26", "plated jewellery with the mark (18k plated, not real gold, logo engraved)",
      lambda i: (lambda p: cf("", p, f"{p[2]} – 18k gold plated, logo engraved, not real gold", ""))(prod(["cartier", "swarovski", "pandora"])))
floor("c_model_number26", "the registry model number with a generic title at a copy's price",
      lambda i: (lambda p: cf("", p, f"{p[1]} {p[3]} – {cue()}", ""))(R.choice([q for q in PRODUCTS if q[3]])))
floor("c_grade_menu26", "a grade menu (A / AA / AAA / 1:1) priced per grade",
      lambda i: (lambda p: cf("", p, f"{p[2]} – grade A / AA / AAA / 1:1 (price for A)", "choose grade in options", usd=p[4] * copy_frac(p[4]) * 0.6))(nextp()))
TRL = {"rolex": "Ролекс", "nike": "Найк", "gucci": "Гуччи", "adidas": "アディダス", "dyson": "다이슨", "apple": "แอปเปิ้ล", "louis-vuitton": "لويس فيتون",
       "samsung": "Самсунг", "sony": "ソニー", "cartier": "까르띠에", "lego": "Лего", "omega": "Ωμέγα", "pandora": "पैंडोरा"}
floor("c_translit26", "the mark transliterated into another script, copy cue",
      lambda i: (lambda b: (lambda p: cf("", p, f"{TRL[b]} {p[1]} – {cue()}", ""))(R.choice(BY_BRAND[b])))(list(TRL)[i % len(TRL)]))
INI = {"louis-vuitton": "LV", "michael-kors": "MK", "the-north-face": "TNF", "canada-goose": "CG", "estee-lauder": "EL", "levis": "LVS", "bmw": "BMW",
       "nike": "AJ1", "coca-cola": "KO", "johnson-johnson": "J&J", "gucci": "GG", "omega": "Ω"}
floor("c_initialism26", "initialisms and abbreviations for the brand, copy cue",
      lambda i: (lambda b: (lambda p: cf("", p, f"{INI[b]} {p[1]} – {cue()}", ""))(R.choice(BY_BRAND[b])))(list(INI)[i % len(INI)]))
floor("c_sports_gear26", "rackets, balls, clubs copied",
      lambda i: (lambda p: cf("", p, f"{p[2]} – {R.choice(['copy, same weight', 'replica frame', 'AAA copy, cheap', 'factory copy'])}", ""))(prod(["wilson", "yonex", "callaway"])))
floor("c_watch_jargon26", "watch rep jargon (clean factory, VSF, 3235 clone, super clone)",
      lambda i: (lambda p: cf("", p, f"{p[2]} – {R.choice(['Clean factory 3235', 'VSF super clone', 'ZF V2', 'noob V11, 904L'])}", ""))(prod(["rolex", "omega", "cartier"], ["watches"])))
floor("c_code_switch26", "code-switched listing (Hinglish, Taglish, Spanglish) with a copy cue",
      lambda i: (lambda p, s: cf("", p, s[1].format(p[2]), "", market=mk(s[0])))(nextp(), R.choice(
          [("hi-", "{} bilkul original jaisa, first copy hai"), ("tl-", "{} sobrang mura, class A pero parang orig"), ("es-MX", "{} bien chido, réplica AAA bro"),
           ("en-SG", "{} confirm same same one, copy grade lah"), ("ms-", "{} murah gila, copy ori gred AAA")])))
floor("c_desc_only26", "generic title; brand and copy word only in the description",
      lambda i: (lambda p: cf("", p, f"{p[1]} – new", f"This is {p[2]} 1:1 copy, same as store."))(nextp()))
LEET = {"o": "0", "e": "3", "a": "4", "i": "1", "s": "$", "l": "1", "t": "7"}
floor("c_leet26", "leetspeak mark (R0L3X, Gucc1, $amsung), copy cue",
      lambda i: (lambda p: cf("", p, f"{tr(MARK[p[0]].lower(), LEET).upper()} {p[1]} – {cue()}", ""))(nextp()))
NICK = [("rolex", 0, "Hulk-style sub / Rollie"), ("nike", 0, "Panda Dunks"), ("nike", 2, "Chicago 1s"), ("adidas", 0, "Sambas"), ("louis-vuitton", 0, "驴包 NF"),
        ("apple", 0, "Pods Pro 2"), ("canada-goose", 0, "CG parka"), ("dyson", 0, "the wrap"), ("omega", 0, "Speedy Pro"), ("the-north-face", 0, "Nuppy 1996"),
        ("rolex", 1, "Paul Newman panda Dayto"), ("cartier", 0, "Love bangle")]
floor("c_nicknames26", "community nicknames and street names, copy cue",
      lambda i: (lambda b, k, n: cf("", BY_BRAND[b][min(k, len(BY_BRAND[b]) - 1)], f"{n} – {cue()}", ""))(*NICK[i % len(NICK)]))
floor("c_relabel_expiry26", "consumables re-dated or relabelled (new expiry stickers, repacked)",
      lambda i: (lambda p: cf("", p, f"{p[2]} – {R.choice(['new expiry label, re-dated 2028', 'repacked, fresh date sticker', 'relabelled tins, EXP extended'])}", ""))(
          prod(["danone", "nestle", "abbott", "mars", "ferrero", "shiseido", "loreal"])))


# ============================================================ innocent
def ic(name, star, tactic, fn):
    cls(name, star, "innocent", tactic)(fn)





def auth(i):
    b = list(SELLERS)[(i * 5) % len(SELLERS)]
    p = R.choice(BY_BRAND[b])
    mp, sid, nm = SELLERS[b]
    m = mk(mp=mp) if any(x[1] == mp for x in MARKETS) else ("zh-CN", "tmall", "CNY", "CN", 7.2)
    inn(p, f"{p[2]}", "Official store. New, sealed, full warranty.", market=m, usd=p[4] * R.uniform(1.0, 1.08), seller={"id": sid, "name": nm, "country": m[3]})


ic("in_authorized_store26", "", "the brand's registered authorized store at list price", auth)
ic("in_used_fair26", "", "used genuine durable goods at 45-70 % of list",
   lambda i: (lambda p: inn(p, f"{p[2]} – used, good condition", R.choice(["bought 2023, receipt included, normal wear", "light scratches, works perfectly", "moving sale, box included"]),
                            usd=p[4] * R.uniform(0.45, 0.7)))(R.choice(DURABLE)))
ic("in_refurb26", "", "refurbished electronics at 62-82 %",
   lambda i: (lambda p: inn(p, f"{p[2]} – refurbished, grade A, 12-month warranty", "professionally refurbished, new battery", usd=p[4] * R.uniform(0.62, 0.82)))(R.choice(ELEC)))
ic("in_preowned_lux26", "", "pre-owned luxury at 80-115 % with papers",
   lambda i: (lambda p: inn(p, f"{p[2]} – pre-owned, full set {R.choice(['2021', '2022', '2019'])}", "box and papers, authenticated by our watchmaker/leather specialist",
                            usd=p[4] * R.uniform(0.8, 1.15)))(R.choice(LUX)))
ic("in_outlet26", "", "outlet and end-of-season sale at 45-70 %",
   lambda i: (lambda p: inn(p, f"{p[2]} – outlet sale {R.choice(['-40%', '-35%', 'last season'])}", "genuine, from the brand's outlet store, receipt",
                            usd=p[4] * R.uniform(0.45, 0.7)))(prod(["nike", "adidas", "puma", "levis", "michael-kors", "coach", "the-north-face"])))
ic("in_wholesale26", "", "genuine consumables by the case at 80-92 % per unit",
   lambda i: (lambda p, n: inn(p, f"{p[2]} – case of {n}, wholesale, invoice available", "from the authorised distributor, batch and expiry on invoice",
                               usd=p[4] * n * R.uniform(0.8, 0.92)))(R.choice(CONS), R.choice([6, 12, 24])))
PARTS = [("honda", "Honda genuine oil filter 15400-PLM-A02", 9, "auto parts"), ("toyota", "Toyota genuine front brake pads 04465-02220", 65, "auto parts"),
         ("bmw", "BMW genuine oil filter element 11428575211", 15, "auto parts"), ("canon", "Canon LP-E6NH battery, genuine", 79, "cameras"),
         ("bosch", "Bosch Professional GBA 12V 3.0Ah battery, genuine", 59, "power tools"), ("dyson", "Dyson V15 Detect replacement battery, genuine", 89, "vacuum cleaners"),
         ("philips", "Philips Sonicare W DiamondClean brush heads 4 pack, genuine", 40, "electric toothbrushes"), ("nintendo", "Nintendo Joy-Con (L) single, genuine", 45, "accessories"),
         ("apple", "Apple genuine iPhone 15 Pro battery – Self Service Repair", 99, "phones"), ("honda", "Honda genuine air filter 17220-5BA-A00", 22, "auto parts"),
         ("toyota", "Toyota genuine oil filter 90915-YZZD1", 8, "auto parts"), ("samsung", "Samsung genuine 45W charger EP-T4510", 50, "chargers")]
ic("in_repair_parts26", "", "genuine spare parts at 92-110 %",
   lambda i: (lambda t: inn(None, t[1], "original part in brand packaging, for service", usd=t[2] * R.uniform(0.92, 1.1), category=t[3], brand=t[0]))(PARTS[i % len(PARTS)]))
ic("in_gift_cards26", "", "the brand's gift cards at face value",
   lambda i: (lambda b, v: inn(BY_BRAND[b][0], f"{MARK[b] if b not in ('mars','pfizer') else b.title()} gift card {v} USD", "physical card, unscratched", usd=v, category="gift cards"))(
       R.choice(["apple", "nike", "adidas", "sony", "nintendo", "microsoft", "lego", "sony"]), R.choice([25, 50, 100])))
ic("in_short_dated26", "", "genuine short-dated consumables at 40-60 %",
   lambda i: (lambda p: inn(p, f"{p[2]} – short dated (best before 01/2027), clearance", "genuine stock, near expiry, sold at discount", usd=p[4] * R.uniform(0.4, 0.6)))(
       prod(["mars", "nestle", "ferrero", "coca-cola", "shiseido", "loreal"])))
ic("in_grey_import26", "", "genuine grey imports at 88-102 %",
   lambda i: (lambda p: inn(p, f"{p[2]} – import version (HK/JP), genuine, no local warranty", "parallel import, serial verifiable", usd=p[4] * R.uniform(0.88, 1.02)))(R.choice(ELEC)))
ic("in_genuine_negated_copy26", "", "genuine goods that say they are not a copy, at a fair price",
   lambda i: (lambda p: inn(p, f"{p[2]} – 100% genuine, NOT a copy, NOT replica", "receipt from the brand's store, happy to meet at the store to verify",
                            usd=p[4] * R.uniform(0.85, 1.05)))(R.choice(DURABLE)))
LIC = [("nike", "Apple Watch Nike Series 10 sport band 45mm", 79, "sportswear"), ("lego", "LEGO adidas Originals Superstar 10282", 99.99, "building sets"),
       ("mattel", "Hot Wheels Toyota AE86 Sprinter Trueno", 1.5, "die-cast cars"), ("mattel", "Hot Wheels BMW M3 E30 premium", 7, "die-cast cars"),
       ("lego", "LEGO Technic BMW M 1000 RR 42130", 249.99, "building sets"), ("bandai", "Bandai Tamagotchi Nano x Star Wars", 20, "toys"),
       ("puma", "PUMA x BMW M Motorsport Drift Cat", 90, "sneakers"), ("adidas", "adidas x Gucci Gazelle", 1100, "sneakers")]
ic("in_licensed_crossover26", "", "genuine licensed crossovers between brands at list price",
   lambda i: (lambda t: inn(None, t[1], "official licensed product, new", usd=t[2] * R.uniform(1.0, 1.1), category=t[3], brand=t[0]))(LIC[i % len(LIC)]))
ic("in_claw_prize_genuine26", "*", "genuine official prize items from arcade crane games (Bandai Spirits Ichiban Kuji and Banpresto prize figures, Hot Wheels mainline won at claw machines), at prize-item prices",
   lambda i: (lambda t: inn(None, t[1], t[2], usd=t[3], category=t[4], brand=t[0], market=mk(t[5])))(R.choice([
       ("bandai", "一番くじ ドラゴンボール A賞 フィギュア 未開封", "正規品、一番くじで当選", 45, "action figures", "ja-"),
       ("bandai", "Banpresto prize figure One Piece Luffy – claw machine win, sealed", "official Bandai Spirits prize figure, UFO catcher", 22, "action figures", "en-"),
       ("bandai", "プライズ品 ガンダム ちびぬい UFOキャッチャー景品", "バンプレスト正規プライズ", 12, "toys", "ja-"),
       ("mattel", "Hot Wheels mainline 5 cars – won from claw machine, carded", "genuine carded cars", 8, "die-cast cars", "en-"),
       ("bandai", "万代 一番赏 景品手办 正版 未拆", "日本一番赏抽中，正版", 260, "action figures", "zh-")])))
DEBUT_G = [("nike", "Nike Air Jordan 1 High 1985 original 'Chicago' – vintage, authenticated", 14000, "sneakers"),
           ("rolex", "Rolex Submariner 5513 (1966) – vintage, service papers", 18000, "watches"),
           ("omega", "Omega Speedmaster 145.022 (1969) – vintage, extract of archives", 9500, "watches"),
           ("levis", "Levi's 501 big E 1960s – vintage, worn", 900, "jeans"), ("mattel", "Barbie #1 1959 ponytail doll – vintage", 8000, "dolls"),
           ("bandai", "Tamagotchi 1997 original – boxed vintage", 120, "toys"), ("adidas", "adidas Superstar 1980s made in France – vintage", 350, "sneakers"),
           ("the-north-face", "The North Face Nuptse 1996 original – vintage", 450, "jackets")]
ic("in_debut_vintage26", "*", "genuine vintage pieces from or near the model's debut years, at collector prices with provenance",
   lambda i: (lambda t: inn(None, t[1], "original, not a reissue; provenance and photos of serials", usd=t[2] * R.uniform(0.9, 1.1), category=t[3], brand=t[0]))(DEBUT_G[i % len(DEBUT_G)]))


def kouling_g(i):
    b = R.choice([x for x in SELLERS if SELLERS[x][0] == "tmall"] + ["nike", "adidas", "lego", "apple"])
    p = R.choice(BY_BRAND[b])
    tok = "".join(R.choice("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghjkmnpqrstuvwxyz23456789") for _ in range(11))
    inn(p, f"{ZH[b]}官方旗舰店 {p[2]} 复制口令 ￥{tok}￥ 打开淘宝", "官方正品，全国联保，发票", usd=p[4] * R.uniform(0.95, 1.05),
        market=("zh-CN", "tmall", "CNY", "CN", 7.2), seller={"id": SELLERS[b][1] if SELLERS.get(b, ("",))[0] == "tmall" else f"{b}-official", "name": f"{MARK[b]}官方旗舰店", "country": "CN"})


ic("in_kouling_official26", "*", "the brand's official flagship sharing a Taobao token (复制口令) for genuine goods at list price", kouling_g)
ACC = {"watches": ["Strap compatible with", "Watch winder for", "Travel case for"], "phones": ["Case for", "Screen protector for", "MagSafe-style wallet for"],
       "laptops": ["Sleeve for", "Keyboard cover for", "USB-C hub for"], "earbuds": ["Silicone case for", "Foam ear tips for"], "headphones": ["Hard case for", "Replacement ear pads for"],
       "consoles": ["Charging dock for", "Carry case for", "Vertical stand for"], "cameras": ["Cage for", "Neck strap for"], "hair care": ["Wall holder for", "Travel bag for"],
       "vacuum cleaners": ["Wall mount for", "Filter (compatible) for"], "shavers": ["Travel case for"], "electric toothbrushes": ["Travel case for", "Compatible brush heads for"]}
ic("in_accessories26", "", "third-party accessories for a brand's goods ('for', 'compatible with')",
   lambda i: (lambda p: inn(p, f"{R.choice(ACC.get(p[5], ['Case for', 'Stand for']))} {p[2]} – third-party",
                            "not made by the brand", usd=R.uniform(6, 25), category="accessories"))(R.choice(ELEC + [q for q in PRODUCTS if q[5] == "watches"])))
EVS = [("apple", "Fresh Gala apples 5 kg, orchard box", "fruit"), ("shell", "Sea shell collection, 50 assorted", "crafts"), ("mars", "Mars globe, 30cm, NASA map", "education"),
       ("puma", "Puma plush toy, 40cm cougar", "toys"), ("omega", "Omega-3 fish oil 1000mg, 120 softgels", "supplements"), ("coach", "Coach bus day tour, Edinburgh", "travel"),
       ("pandora", "Pandora's box mythology art print", "art"), ("canon", "Canon in D sheet music, piano", "books"), ("dove", "Dove-grey linen cushion cover", "home"),
       ("bose", "Bose–Einstein condensate poster, physics", "posters"), ("wilson", "Wilson's disease patient handbook", "books"), ("callaway", "Callaway Gardens wedding venue brochure", "services")]
ic("in_everyday_senses26", "", "everyday words that collide with marks",
   lambda i: (lambda t: inn(None, t[1], "", usd=R.uniform(5, 40), category=t[2], brand=("mars" if t[0] == "dove" else t[0])))(EVS[i % len(EVS)]))
BOOKS = [("rolex", "The Rolex Submariner Book – hardcover"), ("nike", "Shoe Dog by Phil Knight – paperback"), ("apple", "Steve Jobs by Walter Isaacson"),
         ("lego", "The LEGO Story by Jens Andersen"), ("louis-vuitton", "Louis Vuitton Catwalk – book"), ("nintendo", "Game Over: How Nintendo Conquered the World"),
         ("dyson", "Invention: A Life by James Dyson"), ("omega", "Moonwatch Only – 60 years of Speedmaster"), ("gucci", "House of Gucci (DVD)"),
         ("coca-cola", "For God, Country and Coca-Cola – paperback"), ("adidas", "Sneaker Wars: adidas vs Puma"), ("mattel", "Barbie (2023) Blu-ray")]
ic("in_books_media26", "", "books, films and magazines about the brands",
   lambda i: (lambda t: inn(None, t[1], "good condition", usd=R.uniform(8, 60), category="books", brand=t[0]))(BOOKS[i % len(BOOKS)]))
ic("in_repair_services26", "", "repair, servicing and authentication services",
   lambda i: (lambda p: inn(p, f"{R.choice(['Full service –', 'Authentication service –', 'Polishing and service –'] if p[5] in ('watches', 'jewelry') else ['Cleaning and restoration –', 'Authentication service –', 'Re-dye and repair –'] if p[5] in ('handbags', 'wallets', 'belts', 'sneakers', 'parkas', 'jackets') else ['Repair service for', 'Screen repair –'] if p[5] in ('phones', 'consoles', 'laptops', 'cameras') else ['Repair service for', 'Motor and cable repair –'])} {p[2]}",
                            "independent workshop, no goods sold", usd=R.uniform(30, 300), category="services"))(R.choice(ELEC + LUX + [q for q in PRODUCTS if q[5] == "sneakers"])))
ic("in_wanted26", "", "wanted ads (no price)",
   lambda i: (lambda p: inn(p, f"WANTED: {p[2]} – genuine only", "looking to buy, cash, no copies please", price=None, usd=None))(R.choice(DURABLE)))
ALT = {"watches": "Seiko", "jewelry": "Mejuri", "handbags": "Zara", "wallets": "Zara", "belts": "Zara", "scarves": "Uniqlo", "trench coats": "Uniqlo",
       "parkas": "Uniqlo", "jackets": "Uniqlo", "sneakers": "Veja", "jeans": "Uniqlo", "earbuds": "Soundcore", "headphones": "Soundcore", "phones": "Xiaomi",
       "laptops": "Lenovo", "consoles": "Anbernic", "cameras": "Fujifilm", "hair care": "Shark", "vacuum cleaners": "Shark", "shavers": "Braun",
       "electric toothbrushes": "Oral-B", "power tools": "Makita", "building sets": "Cobi", "dolls": "Melissa & Doug", "die-cast cars": "Majorette",
       "action figures": "Jada", "model kits": "Tamiya", "toys": "VTech", "blasters": "X-Shot", "tennis rackets": "Head", "badminton rackets": "Li-Ning",
       "golf clubs": "Cobra", "basketballs": "Spalding", "charms": "Thomas Sabo", "accessories": "8BitDo", "tires": "Hankook"}
ic("in_honest_dupe26", "", "other brands' goods named honestly as alternatives, no logo",
   lambda i: (lambda p: inn(p, f"{ALT.get(p[5], 'Own-brand')} {p[1]} – an affordable alternative to the {p[2]}",
                            "own brand, no logos copied, honest comparison", usd=p[4] * R.uniform(0.1, 0.3) + 10))(R.choice(DURABLE)))
SYLT = [("Inuktitut children's book ᐃᓄᒃᑎᑐᑦ – ᑕᑯᔪᖅ", "books"), ("Cree syllabics flash cards ᓀᐦᐃᔭᐍᐏᐣ", "education"), ("ᐃᓄᒃᑎᑐᑦ keyboard stickers", "accessories"),
        ("Nunavut ᓄᓇᕗᑦ souvenir mug", "home"), ("Inuktitut Bible ᐅᑭᐅᖅᑕᖅᑐᖅ edition", "books"), ("'ᑕᕝᕙ' (hello) embroidered patch", "crafts")]
ic("in_syllabics_texts26", "*", "Inuktitut and Cree syllabics in honest goods (books, flash cards, keyboard stickers, souvenirs)",
   lambda i: (lambda t: inn(None, t[0], "", usd=R.uniform(8, 40), category=t[1], brand=R.choice(["rolex", "nike", "dyson", "gucci"]), market=mk(R.choice(["iu-", "en-CA"]))))(SYLT[i % len(SYLT)]))
MATHT = ["Set theory poster: A ∪ B, A ∩ B, ∅, x ∈ S", "Math symbols mug ∫ ∂ ∑ ∈ ∅", "Calculus t-shirt ∫ e^x dx = e^x + C", "Logic gates keycap set ∧ ∨ ⊤ ⊥",
         "Discrete maths textbook – sets ⊂ ⊃ ∅", "Teacher stamp set ∠ ∟ △ ∥"]
ic("in_math_symbol_goods26", "*", "goods printed with mathematical operators for a true reason",
   lambda i: inn(None, MATHT[i % len(MATHT)], "", usd=R.uniform(6, 45), category="education", brand=R.choice(["rolex", "coach", "gucci", "dyson"])))
SIZ = [("nike", "New Balance 550 white/green – fits like Nike Dunk, order half size up"), ("adidas", "Veja Campo – sizing like adidas Samba, true to size"),
       ("levis", "Wrangler Texas jeans – cut like Levi's 501, size down one"), ("nike", "Vans Old Skool – runs like Nike AF1"),
       ("canada-goose", "Uniqlo Ultra Light Down – fits smaller than Canada Goose"), ("puma", "Onitsuka Tiger Mexico 66 – same sizing as Puma Palermo")]
ic("in_sizing_reference26", "*", "other brands' genuine goods that name a brand only as a sizing reference, at their own fair price",
   lambda i: (lambda t: inn(None, t[1], "genuine, own brand, sizing note for buyers", usd=R.uniform(60, 140), category="jeans" if "jeans" in t[1] else ("jackets" if "Down" in t[1] else "sneakers"),
                            brand=t[0]))(SIZ[i % len(SIZ)]))
SLANG = ["IYKYK t-shirt, black, cotton", "懂的都懂 表情包贴纸 20张", "uwu cat hoodie pastel", "'quien sabe, sabe' mug", "わかる人にはわかる Tシャツ", "알 사람은 알지 스티커 세트"]
ic("in_slang_merch26", "*", "merch and stickers printed with IYKYK / 懂的都懂 / uwu slang, no brand goods",
   lambda i: inn(None, SLANG[i % len(SLANG)], "", usd=R.uniform(4, 30), category="apparel", brand=R.choice(["nike", "gucci", "rolex"])))
ic("in_shipping_difference26", "*", "honest 'pay the difference' links for postage, upgrades or custom sizes, no brand goods or genuine-goods shops",
   lambda i: inn(None, R.choice(["补邮费差价专用链接 偏远地区", "补差价 加急顺丰 专用", "Pay the difference – express shipping upgrade", "Custom size surcharge link – tailoring"]),
                 "only for postage or service difference", price={"amount": 1.0, "currency": "CNY" if i % 2 else "USD"}, category="services",
                 brand=R.choice(["nike", "apple", "gucci"]), market=mk("zh-CN") if i % 2 else mk("en-US")))
RANKT = ["Interbrand Best Global Brands 2025 report – print", "The World's Most Valuable Brands – Forbes issue", "Fortune Global 500 wall chart 2026",
         "Book: How Brands Grow (Byron Sharp)", "Brand Finance Global 500 – printed report", "Business magazine: the biggest toymakers ranked"]
ic("in_brand_ranking_media26", "*", "rankings, reports and magazines about the biggest brands",
   lambda i: inn(None, RANKT[i % len(RANKT)], "", usd=R.uniform(10, 60), category="books", brand=R.choice(["apple", "lego", "nike", "coca-cola"])))
ROM = [("Tsingtao beer 330ml x 24", "beer"), ("Tao Te Ching by Lao-tzu (Wade-Giles edition)", "books"), ("Kung Pao sauce 250ml", "grocery"),
       ("T'ai chi ch'uan training DVD", "books"), ("Peking duck pancake mix", "grocery"), ("Tam Quốc diễn nghĩa – tiểu thuyết", "books"),
       ("Gung-ho vintage WWII poster", "posters"), ("Ch'ing dynasty vase, reproduction", "home")]
ic("in_old_romanisation26", "*", "Wade-Giles, postal and Hán-Việt spellings in honest goods (Tsingtao, Tao Te Ching, Kung Pao, Tam Quốc)",
   lambda i: (lambda t: inn(None, t[0], "", usd=R.uniform(5, 60), category=t[1], brand=R.choice(["rolex", "nike", "lego"])))(ROM[i % len(ROM)]))
CIPH = ["Escape room kit – Bacon cipher puzzle cards", "Francis Bacon and the Baconian cipher – paperback", "Cryptography for kids: Bacon, Caesar, Pigpen",
        "Cipher wheel + Bacon cipher decoder card", "Bacon's Essays (1625) facsimile", "Puzzle hunt booklet – AABBA codes"]
ic("in_cipher_puzzles26", "*", "cipher puzzles and books (Bacon's cipher, codes for kids)",
   lambda i: inn(None, CIPH[i % len(CIPH)], "", usd=R.uniform(6, 40), category="books", brand=R.choice(["rolex", "nike", "apple"])))
FAIR = ["Canton Fair Phase 2 buyer badge – registration service", "Sourcing agent Yiwu market 1 day", "Trade fair booth shell scheme rental 9 m²",
        "Exhibition sample shipping – door to door", "广交会 采购商证 代办", "Factory audit service Guangdong"]
ic("in_trade_fair_services26", "*", "trade-fair and sourcing services with no brand goods",
   lambda i: inn(None, FAIR[i % len(FAIR)], "", usd=R.uniform(50, 400), category="services", brand=R.choice(["nike", "apple", "dyson"]),
                 market=mk("zh-CN") if "广" in FAIR[i % len(FAIR)] else mk("en-")))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, default=26)
    ap.add_argument("--out", default="set.jsonl")
    ap.add_argument("--classes", default="classes.md")
    a = ap.parse_args()
    # the classes are generated at import, with R seeded from --seed (default 26)
    rows = list(ROWS)
    R2 = random.Random(a.seed * 1000 + 7)
    R2.shuffle(rows)
    with open(a.out, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False, sort_keys=True) + "\n")
    with open(a.classes, "w", encoding="utf-8") as f:
        f.write("# outsider26 classes\n\n`*`: a newer family (no earlier outsider class list has it, by my greps; doubts in README.md). "
                "Example: the class's first row's title (brand).\n\n| class | * | kind | n | tactic | example |\n|---|---|---|---|---|---|\n")
        for name, star, kind, tactic, rs in CLASSES:
            ex = rs[0]["title"].replace("|", "¦")
            f.write(f"| {name} | {star} | {kind} | {len(rs)} | {tactic.replace('|', '¦')} | {ex} ({rs[0]['_label']['brand']}) |\n")
    print(len(rows), "rows,", len(CLASSES), "classes")


if __name__ == "__main__":
    main()
