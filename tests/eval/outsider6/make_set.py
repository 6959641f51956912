#!/usr/bin/env python3
"""outsider6: a seeded held-out set of marketplace listings for BrandSentry.

python3 make_set.py [-v] [--seed 6] [--out set.jsonl]

Each line is a Listing (schemas/json/listing.schema.json) plus `_label` = {kind, brand, class, tactic, lang, also}.
Written from the README, docs, schemas and the demo registry only; the classes are the outsider's own.
"""
from __future__ import annotations
import argparse, collections, json, random, sys, unicodedata
from datetime import datetime, timedelta, timezone
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from brands import B, BY  # noqa: E402
from langs import NOUN, P, LANGS, MARKET, COUNTRY, RATE  # noqa: E402

DESCR = dict(watch="automatic 41mm", bag="leather tote", shoes="size 36-45", clothes="unisex S-XXL", audio="wireless noise cancelling",
             phone="256GB 5G dual SIM", camera="full frame body", auto="OEM spec", food="bulk pack", baby="800g", beauty="50ml",
             toy="collector edition", software="download version", console="bundle", medicine="100mg", appliance="220V",
             tools="18V cordless", sport="carbon frame", jewelry="18k gold plated")

# --------------------------------------------------------------------------- text disguises
KEYB = {c: n for c, n in zip("qwertyuiopasdfghjklzxcvbnm", ["wa", "qes", "wrd", "etf", "rty", "tuh", "yij", "uok", "ipl", "ol", "qsz", "adwx", "sfe",
                                                               "dgr", "fht", "gjy", "hku", "jli", "kop", "xa", "zcs", "xvd", "cbf", "vng", "bmh", "nj"])}
VOW = "aeiou"
LEET = {"a": ["4", "@"], "e": ["3"], "i": ["1", "!"], "o": ["0"], "s": ["5", "$"], "t": ["7"], "l": ["1", "|"], "g": ["9"], "b": ["8"]}
HOMO = {"a": "а", "e": "е", "o": "о", "p": "р", "c": "с", "x": "х", "y": "у", "i": "і", "j": "ј", "s": "ѕ", "A": "А", "B": "В", "E": "Е",
        "K": "К", "M": "М", "H": "Н", "O": "Ο", "P": "Р", "C": "С", "T": "Т", "X": "Χ", "N": "Ν", "Z": "Ζ", "I": "І", "v": "ν", "n": "п"}
SMALL = dict(zip("abcdefghijklmnopqrstuvwxyz", "ᴀʙᴄᴅᴇꜰɢʜɪᴊᴋʟᴍɴᴏᴘǫʀꜱᴛᴜᴠᴡxʏᴢ"))
SUPER = dict(zip("ABDEGHIJKLMNOPRTUWabcdefghijklmnoprstuvwxyz", "ᴬᴮᴰᴱᴳᴴᴵᴶᴷᴸᴹᴺᴼᴾᴿᵀᵁᵂᵃᵇᶜᵈᵉᶠᵍʰⁱʲᵏˡᵐⁿᵒᵖʳˢᵗᵘᵛʷˣʸᶻ"))
UPSIDE = dict(zip("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPRSTUVWY'", "ɐqɔpǝɟƃɥᴉɾʞlɯuodbɹsʇnʌʍxʎz∀ᗺƆᗡƎℲ⅁HIſꞰ˥WNOԀᴚS⊥∩ΛMʎ,"))
MATH = {"bold": (0x1D400, 0x1D41A), "italic": (0x1D434, 0x1D44E), "script": (0x1D4D0, 0x1D4EA), "fraktur": (0x1D56C, 0x1D586),
        "double": (0x1D538, 0x1D552), "sans": (0x1D5D4, 0x1D5EE), "mono": (0x1D670, 0x1D68A)}
DOUBLE_HOLES = {"C": "ℂ", "H": "ℍ", "N": "ℕ", "P": "ℙ", "Q": "ℚ", "R": "ℝ", "Z": "ℤ"}
ITALIC_HOLES = {"h": "ℎ"}
PHON = {"rolex": ["Roleks", "Rollecks"], "nike": ["Naik", "Nyke"], "adidas": ["Adeedas", "Adidaz"], "puma": ["Pooma", "Puhma"],
        "levis": ["Leevis", "Leevise"], "louis-vuitton": ["Louie Vitton", "Lui Viton"], "gucci": ["Guchi", "Gootchi"],
        "burberry": ["Berbery", "Burbury"], "michael-kors": ["Maikel Kors", "Michael Corse"], "coach": ["Kotch", "Koach"],
        "bose": ["Boze", "Bowse"], "samsung": ["Samsang", "Sumsung"], "apple": ["Air Podz", "Eirpods"], "sony": ["Sonee", "Soni"],
        "canon": ["Kanon", "Kenon"], "honda": ["Hondah", "Handa"], "toyota": ["Toyoda", "Toyata"], "bmw": ["Beemer", "Bee Em Double U"],
        "michelin": ["Mishlen", "Mischelin"], "shell": ["Schell", "Shel"], "mars": ["Snikkers", "Snickerz"], "danone": ["Aptamill", "Aptameal"],
        "nestle": ["Neskafe", "Nescaffe"], "coca-cola": ["Koka-Kola", "Coka Kola"], "ferrero": ["Fererro Roshay", "Ferrero Roshe"],
        "loreal": ["Lankom", "Lancomb"], "estee-lauder": ["Esty Lowder", "Estay Lauda"], "shiseido": ["Shisaydo", "Shiseydo"],
        "gillette": ["Jillette", "Gilet"], "hasbro": ["Hazbro", "Hasbrow"], "lego": ["Leggo", "Lejo"], "mattel": ["Barbee", "Barby"],
        "bandai": ["Bandie", "Bandaii"], "adobe": ["Fotoshop", "Photoshopp"], "microsoft": ["Maikrosoft", "Mikrosoft"],
        "nintendo": ["Nintendoh", "Nitendo"], "autodesk": ["Otocad", "Autokad"], "pfizer": ["Vyagra", "Viagrah"],
        "johnson-johnson": ["Tilenol", "Tylenoll"], "bayer": ["Bepanten", "Bepantene"], "abbott": ["Abot", "Abbot"], "dyson": ["Daison", "Dysen"],
        "philips": ["Filips", "Fillips"], "bosch": ["Bosh", "Boshe"], "panasonic": ["Panasonik", "Panasonick"],
        "the-north-face": ["Nort Fase", "North Fays"], "callaway": ["Kallaway", "Calaway"], "yonex": ["Yoneks", "Yonnex"],
        "wilson": ["Willsun", "Wilsen"], "swarovski": ["Swarowsky", "Svarovski"], "cartier": ["Kartier", "Cartie"],
        "pandora": ["Pandorra", "Pandorah"], "omega": ["Omegah", "Omegga"], "canada-goose": ["Kanada Guse", "Canadagoos"]}
PINYIN = {"rolex": "lao li shi", "nike": "nai ke", "adidas": "a di da si", "gucci": "gu chi", "louis-vuitton": "lu yi wei deng",
          "canada-goose": "jia na da e", "dyson": "dai sen", "lego": "le gao", "samsung": "san xing", "sony": "suo ni", "cartier": "ka di ya",
          "omega": "ou mi qie", "burberry": "ba bao li", "coach": "kou chi", "michael-kors": "mai ke gao shi", "shiseido": "zi sheng tang",
          "estee-lauder": "ya shi lan dai", "loreal": "lan kou", "danone": "ai ta mei", "bose": "bo shi yin xiang", "nintendo": "ren tian tang",
          "swarovski": "shi hua luo shi qi", "the-north-face": "bei lian", "puma": "biao ma", "honda": "ben tian", "pfizer": "wei ge"}
# a Chinese alias disguised: other characters of the same sound, separators, Traditional script
ZH_DISG = {"rolex": ["劳 力 士", "劳丽士", "勞力士"], "nike": ["耐-克", "奈克", "耐剋"], "adidas": ["阿迪 达斯", "阿迪達斯", "阿弟达斯"],
           "gucci": ["古 驰", "古馳", "咕驰"], "louis-vuitton": ["路易·威登", "路易威丁", "驴 牌"], "canada-goose": ["加拿大 鹅", "加拿大鵝", "加那大鹅"],
           "dyson": ["戴 森", "代森", "戴-森"], "lego": ["乐 高", "樂高", "勒高"], "cartier": ["卡 地 亚", "卡地亞", "咖地亚"],
           "omega": ["欧 米 茄", "歐米茄", "欧米加"], "samsung": ["三 星", "叁星"], "burberry": ["巴 宝 莉", "巴寶莉"], "coach": ["蔻 驰", "蔻馳"],
           "shiseido": ["资 生 堂", "資生堂"], "estee-lauder": ["雅诗 兰黛", "雅詩蘭黛"], "danone": ["爱 他 美", "愛他美"],
           "michael-kors": ["迈克 高仕", "邁克高仕"], "sony": ["索 尼", "索呢"], "swarovski": ["施华洛 世奇", "施華洛世奇"]}
MIMIC_SUFFIX = ["-0fficial", "_official", "official-store", "-offical", "0fficial-shop", ".official", "-officiai"]


def keep_case(src, new):
    return new.upper() if src.isupper() else new


def pick_pos(rng, w, interior=True):
    idx = [i for i, c in enumerate(w) if c.isalpha() and (not interior or 0 < i < len(w) - 1)]
    return rng.choice(idx) if idx else 0


def t_typo(rng, w):
    i = pick_pos(rng, w)
    c = w[i].lower()
    if c not in KEYB:
        return w[:i] + w[i + 1:]
    return w[:i] + keep_case(w[i], rng.choice(KEYB[c])) + w[i + 1:]


def t_transpose(rng, w):
    for _ in range(20):
        i = pick_pos(rng, w[:-1])
        if w[i].isalpha() and w[i + 1].isalpha() and w[i].lower() != w[i + 1].lower():
            return w[:i] + w[i + 1] + w[i] + w[i + 2:]
    return w


def t_vowel(rng, w):
    idx = [i for i, c in enumerate(w) if c.lower() in VOW]
    if not idx:
        return t_typo(rng, w)
    i = rng.choice(idx)
    c = rng.choice([v for v in VOW if v != w[i].lower()])
    return w[:i] + keep_case(w[i], c) + w[i + 1:]


def t_doubled(rng, w):
    out, n = w, 0
    for i in sorted(rng.sample(range(len(w)), min(len(w), 2)), reverse=True):
        if out[i].isalpha():
            out = out[:i] + out[i] + out[i:]
            n += 1
    return out if n else w + w[-1]


def t_affix(rng, w):
    return rng.choice([w + rng.choice(["y", "o", "e", "a", "x"]), rng.choice(["i", "e-", "Neo", "Pro"]) + w, w + rng.choice(["s", "z"])])


def t_leet(rng, w):
    idx = [i for i, c in enumerate(w) if c.lower() in LEET]
    rng.shuffle(idx)
    out = list(w)
    for i in idx[:rng.choice([1, 2, 2, 3])]:
        out[i] = rng.choice(LEET[out[i].lower()])
    return "".join(out)


def t_homoglyph(rng, w):
    idx = [i for i, c in enumerate(w) if c in HOMO]
    rng.shuffle(idx)
    out = list(w)
    for i in idx[:rng.choice([1, 1, 2, 3])]:
        out[i] = HOMO[out[i]]
    return "".join(out)


def t_math(rng, w):
    style = rng.choice(list(MATH))
    up, lo = MATH[style]
    out = []
    for c in w:
        if "A" <= c <= "Z":
            out.append(DOUBLE_HOLES.get(c) if style == "double" and c in DOUBLE_HOLES else chr(up + ord(c) - 65))
        elif "a" <= c <= "z":
            out.append(ITALIC_HOLES.get(c) if style == "italic" and c in ITALIC_HOLES else chr(lo + ord(c) - 97))
        else:
            out.append(c)
    return "".join(out)


def t_fullwidth(rng, w):
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else ("\u3000" if c == " " else c) for c in w)


def t_invisible(rng, w):
    ch = rng.choice(["\u200b", "\u200c", "\u200d", "\u2060", "\u00ad", "\ufeff"])
    out = w
    for _ in range(rng.choice([1, 2])):
        i = rng.randrange(1, len(out))
        out = out[:i] + ch + out[i:]
    return out


def t_combining(rng, w):
    marks = ["\u0301", "\u0300", "\u0308", "\u0303", "\u0332", "\u0336", "\u030a", "\u0323", "\u0338"]
    style = rng.random()
    if style < 0.3:  # one strike/underline mark on every letter
        m = rng.choice(["\u0336", "\u0332", "\u0335", "\u0333"])
        return "".join(c + m if c.isalpha() else c for c in w)
    out = list(w)
    for i in rng.sample(range(len(w)), min(len(w), rng.choice([1, 2, 3]))):
        if out[i].isalpha():
            out[i] = out[i] + rng.choice(marks)
    return "".join(out)


def t_separator(rng, w):
    sep = rng.choice([".", " ", "-", "_", "·", "*", " . ", "/", "|", "~"])
    up = rng.random() < 0.6
    letters = [c for c in w.replace(" ", "")]
    return sep.join(c.upper() if up else c for c in letters)


def t_enclosed(rng, w):
    style = rng.choice(["circled", "negcircled", "squared", "negsquared", "paren", "regional"])
    out = []
    for c in w:
        u = c.upper()
        if not ("A" <= u <= "Z"):
            out.append(c)
            continue
        k = ord(u) - 65
        if style == "circled":
            out.append(chr((0x24B6 if c.isupper() else 0x24D0) + (ord(c) - (65 if c.isupper() else 97))))
        elif style == "negcircled":
            out.append(chr(0x1F150 + k))
        elif style == "squared":
            out.append(chr(0x1F130 + k))
        elif style == "negsquared":
            out.append(chr(0x1F170 + k))
        elif style == "paren":
            out.append(chr(0x249C + k))
        else:
            out.append(chr(0x1F1E6 + k) + "\u200b")
    return "".join(out).rstrip("\u200b")


EMO = {"o": ["⭕", "🅾️", "⚽", "🍩", "⌚"], "a": ["🅰️", "🔺"], "i": ["ℹ️", "🕯"], "x": ["❌", "✖️"], "e": ["📧"], "s": ["💲"], "b": ["🅱️"],
       "c": ["©️", "🌜"], "v": ["✅"], "m": ["〽️"], "l": ["🕒"], "t": ["✝️"], "z": ["💤"], "g": ["🌀"]}


def t_emoji(rng, w):
    idx = [i for i, c in enumerate(w) if c.lower() in EMO]
    if idx and rng.random() < 0.6:
        i = rng.choice(idx)
        return w[:i] + rng.choice(EMO[w[i].lower()]) + w[i + 1:]
    i = rng.randrange(1, len(w))
    return w[:i] + rng.choice(["✨", "🔥", "💎", "⭐", "❤️", "👜", "⚡"]) + w[i:]


def t_smallcaps(rng, w):
    if rng.random() < 0.5:
        return "".join(SMALL.get(c.lower(), c) for c in w)
    return "".join(SUPER.get(c, SUPER.get(c.upper(), c)) for c in w)


def t_masked(rng, w):
    idx = [i for i, c in enumerate(w) if c.isalpha() and 0 < i < len(w) - 1]
    out = list(w)
    m = rng.choice(["*", "_", "•", "?", "#", "x", "-", "∗"])
    for i in rng.sample(idx, min(len(idx), rng.choice([1, 1, 2]))):
        out[i] = m
    return "".join(out)


def t_reversed(rng, w):
    r = w[::-1]
    return r.capitalize() if rng.random() < 0.3 else (r.upper() if rng.random() < 0.5 else r)


def t_upside(rng, w):
    return "".join(UPSIDE.get(c, c) for c in reversed(w))


def t_bidi(rng, w):
    return "\u202e" + w[::-1] + "\u202c"


def t_html(rng, w):
    i = pick_pos(rng, w)
    s = rng.random()
    if s < 0.3:
        return "".join(f"&#{ord(c)};" if k in (0, i) else c for k, c in enumerate(w))
    if s < 0.55:
        return w[:i] + f"<b>{w[i]}</b>" + w[i + 1:]
    if s < 0.8:
        return w[:i] + "&shy;" + w[i:]
    return w[:i] + "<span style=\"display:none\">x</span>" + w[i:]


def t_spaces(rng, w):
    ch = rng.choice(["\u00a0", "\u2009", "\u3000", "\u202f", "\u2002", "\t"])
    i = pick_pos(rng, w)
    return w[:i] + ch + w[i:]


def apply_long_word(fn, rng, w):
    """disguise the longest word of a multi-word mark (how sellers do it), or the mark when it is one word"""
    parts = w.split(" ")
    if len(parts) == 1:
        return fn(rng, w)
    i = max(range(len(parts)), key=lambda k: len(parts[k]))
    parts[i] = fn(rng, parts[i])
    return " ".join(parts)


# --------------------------------------------------------------------------- listing builder
ADJ_SHOP = ["star", "global", "happy", "city", "mall", "trend", "best", "prime", "lucky", "smart", "urban", "super", "family", "sun", "top"]
ADJ_SHOP2 = ["store", "shop", "deals", "outlet", "market", "house", "world", "bazaar", "corner", "depot"]
PEOPLE = ["maria_k", "jdoe1988", "anna.w", "tomek_pl", "li.wei", "sato_h", "kim.j", "olga.v", "ahmed.s", "lucas.m", "sofia_r", "nguyen.t",
          "priya.s", "yossi.b", "erik.l", "petr.n", "eleni.k", "andrei.p", "reza.m", "budi.s", "somchai.k", "mehmet.y", "jan.devries", "ivan.p"]


class Gen:
    def __init__(self, seed):
        self.rng = random.Random(seed)
        self.rows = []
        self.keys = set()
        self.t0 = datetime(2026, 11, 24, tzinfo=timezone.utc)

    def seller(self, person=False):
        r = self.rng
        if person:
            n = r.choice(PEOPLE) + str(r.randint(1, 99))
            return dict(id=n, name=n.split(".")[0].split("_")[0].capitalize())
        a, b = r.choice(ADJ_SHOP), r.choice(ADJ_SHOP2)
        return dict(id=f"{a}-{b}-{r.randint(10, 9999)}", name=f"{a.capitalize()} {b.capitalize()} {r.randint(1, 99)}")

    def money(self, usd, lang, cur=None):
        if usd is None:
            return None
        cur = cur or self.rng.choice(MARKET[lang][1])
        amt = usd * RATE[cur]
        if cur in ("JPY", "KRW", "VND", "IDR", "RUB", "INR", "CZK", "UAH", "THB"):
            amt = float(int(round(amt, -1 if amt > 100 else 0)))
            if cur in ("VND", "IDR"):
                amt = float(int(round(amt, -3)))
        else:
            amt = round(amt, 2)
            if amt > 20 and self.rng.random() < 0.5:
                amt = float(int(amt)) + 0.99 if amt < 1000 else float(int(amt))
        return dict(amount=max(amt, 0.1), currency=cur)

    def add(self, *, kind, cls, tactic, brand, lang, title, desc="", usd=None, cat=None, seller=None, images=None, url=None,
            attrs=None, also=(), market=None, cur=None, ship_from=None, person=False):
        r = self.rng
        mp = market or r.choice(MARKET[lang][0])
        while True:
            lid = str(r.randint(10 ** 8, 10 ** 12))
            if f"{mp}:{lid}" not in self.keys:
                break
        self.keys.add(f"{mp}:{lid}")
        if images is None:
            images = [dict(url=f"https://img.{mp}.example/{lid}/{k}.jpg", phash=("%016x" % r.getrandbits(64)) if r.random() < 0.4 else None)
                      for k in range(r.choice([1, 1, 2, 3]))]
            images = [{k: v for k, v in im.items() if v is not None} for im in images]
        sel = seller or self.seller(person)
        sel = dict(sel)
        sel.setdefault("country", COUNTRY[lang])
        row = dict(marketplace=mp, listing_id=lid, url=url or f"https://www.{mp}.example/item/{lid}", title=title.strip()[:1000],
                   description=desc.strip(), price=self.money(usd, lang, cur), seller=sel, category=cat, images=images,
                   ship_from=ship_from or sel["country"],
                   observed_at=(self.t0 + timedelta(seconds=r.randint(0, 6 * 86400))).isoformat(), attributes=attrs or {})
        if row["price"] is None:
            del row["price"]
        if cat is None:
            del row["category"]
        row["_label"] = dict(kind=kind, brand=brand, **{"class": cls}, tactic=tactic, lang=lang, also=list(also))
        self.rows.append(row)
        return row


def cat_of(rng, b):
    c = b["cat"]
    paths = {"watches": "Jewelry & Watches > Wristwatches", "handbags": "Clothing, Shoes & Accessories > Women's Bags & Handbags",
             "sneakers": "Clothing, Shoes & Accessories > Men's Shoes > Athletic Shoes", "headphones": "Consumer Electronics > Portable Audio > Headphones",
             "jackets": "Clothing > Coats & Jackets", "parkas": "Clothing > Coats & Jackets > Parkas", "phones": "Cell Phones & Smartphones",
             "software licenses": "Computers > Software", "jewelry": "Jewelry & Watches > Fine Jewelry", "skincare": "Health & Beauty > Skin Care"}
    return paths[c] if c in paths and rng.random() < 0.3 else c


def noun(b, lang):
    return NOUN[lang][b["macro"]]


def sub_clean(b):
    """the product line with the brand's own words taken out (so a disguise class shows only the disguised mark)"""
    s = b["sub"]
    for w in (b["M"], b["w"], *b["M"].split(), "Apple", "Bosch", "Puma", "Snickers", "Aptamil", "Nescafé", "Coca-Cola", "Ferrero", "Barbie",
              "Transformers", "Gundam", "AirPods", "Viagra", "Tylenol", "Bepanthen", "FreeStyle Libre", "Professional"):
        s = s.replace(w, "")
    return " ".join(s.split())


def generic_tail(rng, b, lang, k=1):
    p = P[lang]
    bits = rng.sample([p["new"], p["q"], p["ship"], p["box"], p["fast"]], k)
    return " ".join(bits)


def disguise_title(rng, b, lang, form):
    n = noun(b, lang)
    d = DESCR[b["macro"]]
    pat = rng.random()
    if pat < 0.4:
        return f"{form} {n} {d} {generic_tail(rng, b, lang)}"
    if pat < 0.7:
        return f"{generic_tail(rng, b, lang)} {form} {d} {n}"
    return f"{n} {form} {d} - {generic_tail(rng, b, lang, 2)}"


def disguise_desc(rng, b, lang):
    p = P[lang]
    return rng.choice([f"{p['q']}. {p['box']}. {p['ship']}.", f"{p['new']}, {p['fast']}. {p['contact']}.", f"{p['q']} - {p['ship']}", ""])


def cheap(rng, lo=0.03, hi=0.25):
    return rng.uniform(lo, hi)


# --------------------------------------------------------------------------- counterfeit classes
LANG_W = {l: (6 if l == "en" else 3 if l in ("zh", "es", "de", "fr", "ru", "pt", "it") else 2) for l in LANGS}


def pick_lang(rng, allowed=None):
    ls = allowed or LANGS
    return rng.choices(ls, weights=[LANG_W.get(l, 1) for l in ls])[0]


CF = []  # (class, tactic, fn(g, b, lang), eligible(b) or None, langs or None)


def cf(cls, tactic, elig=None, langs=None):
    def deco(fn):
        CF.append((cls, tactic, fn, elig, langs))
        return fn
    return deco


def C(g, b, lang, cls, tactic, title, desc="", frac=None, usd=None, cat=None, **kw):
    r = g.rng
    if usd is None and frac is not False:
        usd = b["usd"] * (frac if frac is not None else cheap(r))
    if frac is False:
        usd = None
    return g.add(kind="counterfeit", cls=cls, tactic=tactic, brand=b["id"], lang=lang, title=title, desc=desc, usd=usd,
                 cat=cat if cat is not None else cat_of(r, b), **kw)


def disguise_class(cls, tactic, fn, elig=None, langs=None, whole=False):
    @cf(cls, tactic, elig, langs)
    def _g(g, b, lang):
        r = g.rng
        form = fn(r, b["w"]) if whole else apply_long_word(fn, r, b["w"])
        C(g, b, lang, cls, tactic, disguise_title(r, b, lang, form), disguise_desc(r, b, lang))


@cf("cf_plain_mark_cheap", "the mark written plainly, often with the product line, at a price far below any genuine one; no other cue")
def _(g, b, lang):
    r = g.rng
    t = f"{b['M']} {sub_clean(b) if r.random() < 0.6 else ''} {noun(b, lang)} {generic_tail(r, b, lang, r.choice([1, 2]))}"
    C(g, b, lang, "cf_plain_mark_cheap", "", " ".join(t.split()), disguise_desc(r, b, lang))


@cf("cf_open_copy_words", "the mark plus the common copy vocabulary of the seller's language or the trade's shorthand (replica, copy, 1:1, AAA)")
def _(g, b, lang):
    r = g.rng
    cue = r.choice([P[lang]["copy"], P[lang]["copy"], "1:1", "AAA", "AAA+", "mirror quality"])
    t = r.choice([f"{b['M']} {noun(b, lang)} {cue}", f"{cue} {b['M']} {sub_clean(b)} {noun(b, lang)}", f"{b['M']} {sub_clean(b)} {cue} {P[lang]['ship']}"])
    C(g, b, lang, "cf_open_copy_words", "", " ".join(t.split()), disguise_desc(r, b, lang), frac=cheap(r, 0.04, 0.3))


AUTH = {"en": ["100% authentic", "genuine, with receipt", "original, not fake", "authentic guaranteed"], "es": ["100% original", "auténtico garantizado"],
        "de": ["100% original", "echt, mit Rechnung"], "fr": ["100% authentique", "original garanti"], "zh": ["正品保证", "假一赔十"],
        "ru": ["100% оригинал", "гарантия подлинности"], "pt": ["100% original", "autêntico com nota"], "it": ["100% originale", "autentico garantito"],
        "tr": ["%100 orijinal", "orijinal garantili"], "id": ["100% ori", "original bergaransi"], "vi": ["chính hãng 100%", "cam kết auth"],
        "pl": ["100% oryginał", "oryginalny z paragonem"], "ar": ["أصلي 100%", "ضمان الأصالة"], "ja": ["正規品保証", "本物"], "ko": ["100% 정품", "정품 보증"]}


@cf("cf_authentic_claim_cheap", "a loud claim of authenticity at a price no genuine unit sells for", langs=list(AUTH))
def _(g, b, lang):
    r = g.rng
    a = r.choice(AUTH[lang])
    C(g, b, lang, "cf_authentic_claim_cheap", "", f"{b['M']} {sub_clean(b)} {noun(b, lang)} - {a}",
      f"{a}. {P[lang]['new']}, {P[lang]['box']}. {P[lang]['ship']}.", frac=cheap(r, 0.02, 0.15))


disguise_class("cf_keyboard_typo", "one letter replaced by its neighbour on the keyboard (Gicci, Rolez)", t_typo)
disguise_class("cf_transposed_letters", "two neighbouring letters swapped (Rloex, Smasung)", t_transpose)
disguise_class("cf_vowel_swap", "one vowel exchanged for another (Rolix, Gocci, Adides)", t_vowel)
disguise_class("cf_doubled_letters", "letters doubled inside the mark (Rollexx, Guccci)", t_doubled)
disguise_class("cf_affixed_mark", "the mark with a letter or a short prefix glued on (Nikey, iRolex, ProBosch)", t_affix)
disguise_class("cf_leetspeak", "digits and symbols for letters (R0l3x, @dida$, N!ke)", t_leet)
disguise_class("cf_mixed_script_homoglyph", "Cyrillic or Greek look-alike letters mixed into the Latin mark", t_homoglyph)
disguise_class("cf_math_alphanumerics", "the mark in Unicode mathematical bold/script/fraktur/double-struck letters", t_math, whole=True)
disguise_class("cf_fullwidth", "the mark in full-width forms (Ｒｏｌｅｘ)", t_fullwidth, whole=True)
disguise_class("cf_invisible_chars", "zero-width spaces/joiners, word joiners, soft hyphens or BOMs inside the mark", t_invisible)
disguise_class("cf_combining_marks", "accents, strokes or underlines stacked on the mark's letters (combining diacritics)", t_combining)
disguise_class("cf_letter_separators", "the mark spelt out with dots, spaces, dashes or symbols between letters (R.O.L.E.X)", t_separator, whole=True)
disguise_class("cf_enclosed_letters", "circled, squared, parenthesised letters or regional-indicator symbols (Ⓡⓞⓛⓔⓧ, 🅡🅞🅛🅔🅧)", t_enclosed, whole=True)
disguise_class("cf_emoji_in_mark", "an emoji replacing or wedged between the mark's letters (R⌚lex, Gu✨cci)", t_emoji)
disguise_class("cf_small_caps_superscript", "the mark in small-capital or superscript modifier letters (ʀᴏʟᴇx, ᴿᴼᴸᴱˣ)", t_smallcaps, whole=True)
disguise_class("cf_masked_letters", "one or two letters masked with * _ • ? # (G**ci, R_lex)", t_masked)
disguise_class("cf_reversed", "the mark written backwards (xeloR)", t_reversed, whole=True)
disguise_class("cf_upside_down", "the mark written upside down (xǝloɹ)", t_upside, whole=True)
disguise_class("cf_bidi_override", "the mark stored backwards inside a right-to-left override so that it displays forwards", t_bidi, whole=True)
disguise_class("cf_html_markup", "HTML entities or tags inside the mark (&#82;olex, Ro<b>l</b>ex, Ro&shy;lex)", t_html)
disguise_class("cf_unicode_spaces", "a no-break, thin, ideographic or tab space inside the mark (Ro lex)", t_spaces)


@cf("cf_phonetic_respelling", "a respelling that sounds like the mark (Roleks, Filips, Kanada Guse)")
def _(g, b, lang):
    r = g.rng
    C(g, b, lang, "cf_phonetic_respelling", "", disguise_title(r, b, lang, r.choice(PHON[b["id"]])), disguise_desc(r, b, lang))


STACK = [t_leet, t_homoglyph, t_separator, t_invisible, t_doubled, t_typo, t_combining, t_masked]


@cf("cf_stacked_disguises", "two disguises at once (a typo written in leetspeak, look-alike letters with separators ...)")
def _(g, b, lang):
    r = g.rng
    f1, f2 = r.sample(STACK, 2)
    form = apply_long_word(f2, r, apply_long_word(f1, r, b["w"]))
    C(g, b, lang, "cf_stacked_disguises", "", disguise_title(r, b, lang, form), disguise_desc(r, b, lang))


@cf("cf_hashtag_glued", "the mark glued to other words in hashtags (#rolexsubmariner #rolexwatch), the title itself generic")
def _(g, b, lang):
    r = g.rng
    w = b["w"].replace(" ", "").replace("'", "").lower()
    tags = r.sample([f"#{w}", f"#{w}{b['macro']}", f"#{w}{r.choice(['men', 'women', 'sale', 'deal', 'new', 'style', 'fake', 'copy', 'vip'])}",
                     f"#{r.choice(['luxury', 'cheap', 'ootd', 'sale', 'hype'])}{w}", f"#{w}lover"], 3)
    t = f"{noun(b, lang)} {DESCR[b['macro']]} {' '.join(tags[:2])}"
    C(g, b, lang, "cf_hashtag_glued", "", t, f"{P[lang]['q']} {' '.join(tags)}")


@cf("cf_glued_lowercase", "the mark glued inside a run of lower-case words without spaces (newrolexwatchmen)")
def _(g, b, lang):
    r = g.rng
    w = b["w"].replace(" ", "").replace("'", "").lower()
    pre = r.choice(["new", "cheap", "best", "hot", "top", "lux", "original", "sale"])
    post = r.choice([{"watch": "watch", "bag": "bag", "shoes": "shoes", "clothes": "jacket", "audio": "headphones", "phone": "phone"}.get(b["macro"], b["macro"]),
                     "men", "women", "sale", "2025", "style", "outlet", "deal"])
    C(g, b, lang, "cf_glued_lowercase", "", f"{pre}{w}{post} {noun(b, lang)} {generic_tail(r, b, lang)}", disguise_desc(r, b, lang))


@cf("cf_line_break_split", "the mark cut across a line break, a hyphenation, or between the title's end and the description's start")
def _(g, b, lang):
    r = g.rng
    w = b["w"].replace(" ", "")
    k = len(w) // 2
    s = r.random()
    if s < 0.5:
        t = f"{noun(b, lang)} {DESCR[b['macro']]} {generic_tail(r, b, lang)}"
        d = f"{P[lang]['q']} {w[:k]}-\n{w[k:]} {P[lang]['box']}. {P[lang]['ship']}"
    else:
        t = f"{noun(b, lang)} {DESCR[b['macro']]} {w[:k]}"
        d = f"{w[k:]} - {P[lang]['q']}, {P[lang]['ship']}"
    C(g, b, lang, "cf_line_break_split", "", t, d)


INIT = {"louis-vuitton": "LV", "the-north-face": "TNF", "canada-goose": "CG", "michael-kors": "MK", "gucci": "GG", "nike": "AJ1", "estee-lauder": "EL",
        "coca-cola": "CC", "ferrero": "FR", "bmw": "M-Perf", "adidas": "YZY", "johnson-johnson": "J&J", "mattel": "HW", "abbott": "FSL2"}


@cf("cf_initialism_with_cue", "the initials or trade abbreviation of a multi-word mark next to a copy cue (LV, TNF, CG, MK, YZY)", elig=lambda b: b["id"] in INIT)
def _(g, b, lang):
    r = g.rng
    cue = r.choice(["1:1", "top quality mirror", "AAA", P[lang]["copy"], "UA", "best batch"])
    C(g, b, lang, "cf_initialism_with_cue", "", f"{INIT[b['id']]} {noun(b, lang)} {DESCR[b['macro']]} {cue}", disguise_desc(r, b, lang))


@cf("cf_words_reordered", "the words of a multi-word mark swapped or pulled apart (Goose Canada, Vuitton ... Louis)", elig=lambda b: b["multi"] and " " in b["multi"])
def _(g, b, lang):
    r = g.rng
    ws = b["multi"].split()
    if r.random() < 0.5:
        form = " ".join(reversed(ws))
        t = f"{form} {noun(b, lang)} {DESCR[b['macro']]} {generic_tail(r, b, lang)}"
    else:
        t = f"{ws[0]} {noun(b, lang)} {DESCR[b['macro']]} {' '.join(ws[1:])} {generic_tail(r, b, lang)}"
    C(g, b, lang, "cf_words_reordered", "", t, disguise_desc(r, b, lang))


@cf("cf_translated_mark", "a multi-word mark translated word for word into the seller's language (Oca Canadese, La Cara Norte, Just a Nail)", elig=lambda b: b["trans"])
def _(g, b, _lang):
    r = g.rng
    lang, form = r.choice(b["trans"])
    C(g, b, lang, "cf_translated_mark", "", f"{form} {noun(b, lang)} {DESCR[b['macro']]} {generic_tail(r, b, lang)}", disguise_desc(r, b, lang))


@cf("cf_transliterated_script", "the mark written by its sound in another script (Ролекс, ロレックス, 롤렉스, رولكس, रोलेक्स), which the registry does not list")
def _(g, b, _lang):
    r = g.rng
    sc = r.choice(sorted(b["tr"]))
    lang = "ru" if sc == "ru" and r.random() < 0.8 else ("uk" if sc == "ru" else sc)
    C(g, b, lang, "cf_transliterated_script", "", f"{b['tr'][sc]} {noun(b, lang)} {DESCR[b['macro']]} {generic_tail(r, b, lang)}",
      disguise_desc(r, b, lang))


ZH_CUE = ["高仿", "原单", "复刻", "1:1开模", "顶级版本", "莆田货", "工厂尾单", "专柜品质", "超A货", "纯原"]


@cf("cf_chinese_alias_trade", "the registered Chinese alias with the Chinese replica trade's words (高仿, 原单, 复刻, 莆田, 纯原)", langs=["zh"])
def _(g, b, lang):
    r = g.rng
    cue = r.choice(ZH_CUE)
    C(g, b, "zh", "cf_chinese_alias_trade", "", f"{b['alias']} {noun(b, 'zh')} {cue} {r.choice(['包邮', '带盒', '支持验货'])}",
      r.choice(["懂货的来，实物拍摄。", "和专柜一模一样，细节到位。", "", "私聊看实拍，支持退换。"]))


@cf("cf_chinese_alias_disguised", "the Chinese alias with spaces or dots between characters, in Traditional script, or with same-sound characters", elig=lambda b: b["id"] in ZH_DISG, langs=["zh"])
def _(g, b, lang):
    r = g.rng
    form = r.choice(ZH_DISG[b["id"]])
    C(g, b, "zh", "cf_chinese_alias_disguised", "", f"{form} {noun(b, 'zh')} {r.choice(['正品品质', '专柜版', '新款', '同款'])} {r.choice(['包邮', '秒发'])}",
      r.choice(["实物拍摄，细节看图。", "", "高品质，放心购买。"]))


@cf("cf_pinyin", "the Chinese alias in toneless pinyin, spaced or run together (lao li shi, naike)", elig=lambda b: b["id"] in PINYIN, langs=["zh", "en"])
def _(g, b, lang):
    r = g.rng
    py = PINYIN[b["id"]]
    form = py if r.random() < 0.5 else py.replace(" ", "")
    if r.random() < 0.3:
        form = form.upper()
    C(g, b, lang, "cf_pinyin", "", f"{form} {noun(b, lang)} {DESCR[b['macro']]} {generic_tail(r, b, lang)}", disguise_desc(r, b, lang))


@cf("cf_model_number_only", "a generic title with the registered model number and nothing else of the brand")
def _(g, b, lang):
    r = g.rng
    C(g, b, lang, "cf_model_number_only", "", f"{noun(b, lang)} {b['model']} {DESCR[b['macro']]} {generic_tail(r, b, lang)}", disguise_desc(r, b, lang))


LOOK = {"0": "O", "O": "0", "1": "l", "I": "1", "5": "S", "S": "5", "8": "B", "B": "8", "2": "Z", "Z": "2"}


@cf("cf_model_lookalike", "the model number with look-alike characters (O/0, 1/l, 5/S, 8/B), spaces or a suffix after a separator")
def _(g, b, lang):
    r = g.rng
    m = b["model"]
    idx = [i for i, c in enumerate(m) if c in LOOK]
    out = list(m)
    for i in r.sample(idx, min(len(idx), r.choice([1, 2]))):
        out[i] = LOOK[out[i]]
    m2 = "".join(out)
    s = r.random()
    if s < 0.3:
        m2 = m2.replace("-", " ").replace(".", " ")
    elif s < 0.6:
        m2 = m2 + r.choice(["-BLK", "/WHT", "_NEW", "-2025", " V2"])
    C(g, b, lang, "cf_model_lookalike", "", f"{noun(b, lang)} {m2} {DESCR[b['macro']]} {generic_tail(r, b, lang)}", disguise_desc(r, b, lang))


SUBONLY = {"rolex": ["Submariner Date", "Datejust 41", "Oyster Perpetual"], "louis-vuitton": ["Neverfull MM", "Keepall 55"], "gucci": ["GG Marmont", "Ophidia"],
           "nike": ["Air Jordan 1 High", "Air Force 1 '07", "Air Max 90"], "adidas": ["Yeezy Boost 350", "Ultraboost", "Stan Smith"],
           "bose": ["QuietComfort Ultra", "SoundLink Flex"], "dyson": ["Airwrap", "V15 Detect"], "omega": ["Speedmaster", "Seamaster 300M"],
           "apple": ["AirPods Pro", "MacBook Air M3", "iPhone 15 Pro"], "samsung": ["Galaxy Buds2 Pro"], "sony": ["PlayStation 5", "Walkman"],
           "canada-goose": ["Expedition Parka", "Langford Parka"], "the-north-face": ["Nuptse 1996"], "cartier": ["Juste un Clou", "Santos de Cartier"],
           "lego": ["DUPLO"], "philips": ["Sonicare", "Norelco"], "panasonic": ["Lumix", "Eneloop"], "nestle": ["Nespresso", "KitKat"],
           "mars": ["Twix", "Whiskas"], "danone": ["Activia", "Nutricia"], "loreal": ["Maybelline", "Kiehl's", "Revitalift"], "shiseido": ["Ultimune", "Anessa"],
           "gillette": ["Fusion5 ProGlide", "Mach3"], "hasbro": ["Nerf", "Play-Doh"], "mattel": ["Hot Wheels", "Fisher-Price"], "bandai": ["Gunpla", "Tamagotchi"],
           "adobe": ["Lightroom", "Premiere Pro"], "microsoft": ["Xbox Series X"], "nintendo": ["Zelda", "Joy-Con"], "autodesk": ["Revit", "3ds Max"],
           "pfizer": ["Lipitor", "Paxlovid"], "johnson-johnson": ["Neutrogena", "Listerine"], "bayer": ["Claritin", "Canesten"], "abbott": ["Similac", "PediaSure"],
           "callaway": ["Paradym", "Chrome Soft"], "yonex": ["Astrox", "Nanoflare"], "wilson": ["Pro Staff", "Evolution Basketball"],
           "michelin": ["Pilot Sport"], "shell": ["Helix Ultra", "Rimula"], "estee-lauder": ["Advanced Night Repair", "Double Wear"],
           "swarovski": ["Millenia", "Constella"], "michael-kors": ["MICHAEL Michael Kors"], "coach": ["Tabby Shoulder Bag"], "burberry": ["Burberry Check"],
           "honda": ["Gold Wing", "CR-V"], "toyota": ["Land Cruiser", "Prius"], "levis": ["Levi Strauss"], "ferrero": ["Nutella"], "coca-cola": ["Fanta"]}


@cf("cf_registered_line_only", "a registered product line or sub-brand named without the house brand, at a copy's price", elig=lambda b: b["id"] in SUBONLY)
def _(g, b, lang):
    r = g.rng
    C(g, b, lang, "cf_registered_line_only", "", f"{r.choice(SUBONLY[b['id']])} {noun(b, lang)} {DESCR[b['macro']]} {generic_tail(r, b, lang)}",
      disguise_desc(r, b, lang))


@cf("cf_unregistered_line_only", "a real product line the demo registry does not list (GMT-Master II, Gazelle, Pochette Métis), brand never named")
def _(g, b, lang):
    r = g.rng
    C(g, b, lang, "cf_unregistered_line_only", "", f"{b['line']} {noun(b, lang)} {generic_tail(r, b, lang)} {r.choice(['', 'AAA', P[lang]['q']])}",
      disguise_desc(r, b, lang))


LOGO_T = {"en": ["{n} with the famous {logo}, {q}", "{logo} {n} - looks 100% real", "designer {n} ({logo}) {ship}"],
          "es": ["{n} con el famoso logo: {logo}", "{n} de diseñador, {logo}"], "de": ["{n} mit dem bekannten Logo ({logo})", "Designer {n}: {logo}"],
          "fr": ["{n} avec le célèbre logo ({logo})"], "it": ["{n} firmata con {logo}"], "ru": ["{n} с известным логотипом ({logo})"],
          "pt": ["{n} de grife com {logo}"]}


@cf("cf_logo_described", "no name at all: the logo or trade dress described in words (swoosh, three stripes, crown logo, monogram canvas)",
    elig=lambda b: b["logo"], langs=list(LOGO_T))
def _(g, b, lang):
    r = g.rng
    t = r.choice(LOGO_T[lang]).format(n=noun(b, lang), logo=b["logo"], q=P[lang]["q"], ship=P[lang]["ship"])
    C(g, b, lang, "cf_logo_described", "", t, disguise_desc(r, b, lang))


@cf("cf_community_nickname", "the buyers' nickname for the product (Hulk sub, AJ1 Chicago, Moonwatch, blue pill, 小黑瓶, D家)", elig=lambda b: b["nick"])
def _(g, b, lang):
    r = g.rng
    C(g, b, lang, "cf_community_nickname", "", f"{b['nick']} {noun(b, lang)} {DESCR[b['macro']]} {generic_tail(r, b, lang)}", disguise_desc(r, b, lang))


def near_hash(rng, h, bits):
    v = int(h, 16)
    for k in rng.sample(range(64), bits):
        v ^= 1 << k
    return "%016x" % v


@cf("cf_image_exact_hash", "a generic title; the photo is the brand's registered logo/product photo (its pHash given)", elig=lambda b: b["img"])
def _(g, b, lang):
    r = g.rng
    mp = r.choice(MARKET[lang][0])
    ims = [dict(url=f"https://img.{mp}.example/p/{r.getrandbits(40):x}.jpg", phash=r.choice(b["img"]))]
    C(g, b, lang, "cf_image_exact_hash", "", f"{noun(b, lang)} {DESCR[b['macro']]} {generic_tail(r, b, lang, 2)}", disguise_desc(r, b, lang),
      images=ims, market=mp)


@cf("cf_image_near_hash", "a generic title; the photo is a slightly altered copy of the registered one (pHash 2-7 bits away)", elig=lambda b: b["img"])
def _(g, b, lang):
    r = g.rng
    mp = r.choice(MARKET[lang][0])
    ims = [dict(url=f"https://img.{mp}.example/p/{r.getrandbits(40):x}.jpg", phash=near_hash(r, r.choice(b["img"]), r.randint(2, 7))),
           dict(url=f"https://img.{mp}.example/p/{r.getrandbits(40):x}.jpg")]
    C(g, b, lang, "cf_image_near_hash", "", f"{noun(b, lang)} {DESCR[b['macro']]} {generic_tail(r, b, lang, 2)}", disguise_desc(r, b, lang),
      images=ims, market=mp)


@cf("cf_brand_in_attributes", "a generic title and text; the brand only in the item specifics (Brand / Marke / 品牌 / Model)")
def _(g, b, lang):
    r = g.rng
    key = {"de": "Marke", "zh": "品牌", "fr": "Marque", "es": "Marca", "it": "Marca", "ru": "Бренд", "ja": "ブランド", "pt": "Marca"}.get(lang, "Brand")
    attrs = {key: b["M"] if r.random() < 0.7 else b["w"], "condition": "new"}
    if r.random() < 0.5:
        attrs["Model"] = b["sub"]
    C(g, b, lang, "cf_brand_in_attributes", "", f"{noun(b, lang)} {DESCR[b['macro']]} {generic_tail(r, b, lang, 2)}", disguise_desc(r, b, lang), attrs=attrs)


def slug(s):
    return "".join(c if c.isalnum() else "-" for c in s.lower()).strip("-").replace("--", "-")


@cf("cf_brand_in_url_only", "a generic title and text; the brand only in the listing URL's slug")
def _(g, b, lang):
    r = g.rng
    mp = r.choice(MARKET[lang][0])
    url = f"https://www.{mp}.example/item/{slug(b['M'])}-{slug(b['sub'])}-{r.randint(1000, 99999)}"
    C(g, b, lang, "cf_brand_in_url_only", "", f"{noun(b, lang)} {DESCR[b['macro']]} {generic_tail(r, b, lang, 2)}", disguise_desc(r, b, lang), url=url, market=mp)


@cf("cf_brand_in_shop_name", "a generic title; the brand only in the shop's name/id (Rolex Outlet 88)")
def _(g, b, lang):
    r = g.rng
    w = b["w"]
    name = r.choice([f"{w} Outlet {r.randint(1, 99)}", f"{w} Factory Store", f"{w} Lovers Shop", f"Best {w} Deals", f"{w}专卖"])
    sel = dict(id=slug(name) + str(r.randint(1, 999)), name=name)
    C(g, b, lang, "cf_brand_in_shop_name", "", f"{noun(b, lang)} {DESCR[b['macro']]} {generic_tail(r, b, lang, 2)}", disguise_desc(r, b, lang), seller=sel)


@cf("cf_fake_official_seller", "the mark at a copy's price from a seller id made to look like the brand's authorized one (nike-0fficial, A2NIKE0FFICIAL1)")
def _(g, b, lang):
    r = g.rng
    mp, sid = b["auth"]
    s = r.random()
    if s < 0.4:
        fake = sid + r.choice(["1", "-store", "_shop", "2"])
    elif s < 0.7:
        fake = sid.replace("official", r.choice(["offical", "0fficial", "officiel", "oficial"])).replace("0FFICIAL", "OFFICIAL")
        if fake == sid:
            fake = sid + "-" + r.choice(["vip", "hk"])
    else:
        fake = b["id"] + r.choice(MIMIC_SUFFIX)
    sel = dict(id=fake, name=f"{b['M']} Official Store")
    lang2 = "zh" if mp == "tmall" else "en" if mp in ("amazon-us", "ebay") else "de"
    C(g, b, lang2, "cf_fake_official_seller", "", f"{b['M']} {sub_clean(b)} {noun(b, lang2)} {generic_tail(r, b, lang2)}", disguise_desc(r, b, lang2),
      seller=sel, market=mp)


DESC_ONLY = {"en": "Same as the {m} one, same materials and logo. {q}.", "es": "Igual que el de {m}, mismos materiales y logo.",
             "de": "Wie von {m}, gleiche Materialien, gleiches Logo.", "fr": "Identique au modèle {m}, même logo.",
             "zh": "和{m}专柜一模一样，logo齐全。", "ru": "Как у {m}, тот же логотип и материалы.", "pt": "Igual ao da {m}, mesmo logo.",
             "it": "Uguale a quella di {m}, stesso logo.", "tr": "{m} ile birebir aynı, logolu.", "pl": "Taki sam jak {m}, z logo."}


@cf("cf_brand_in_description_only", "a generic title; the description says it is the brand's product, with the mark in it", langs=list(DESC_ONLY))
def _(g, b, lang):
    r = g.rng
    d = DESC_ONLY[lang].format(m=b["M"], q=P[lang]["q"])
    d = f"{P[lang]['new']}. {P[lang]['ship']}. " * r.choice([1, 2, 3]) + d
    C(g, b, lang, "cf_brand_in_description_only", "", f"{noun(b, lang)} {DESCR[b['macro']]} {generic_tail(r, b, lang, 2)}", d)


@cf("cf_tag_cloud", "a keyword block naming many brands at once under a copy's price; the main brand in the title, others in tags")
def _(g, b, lang):
    r = g.rng
    others = [x for x in B if x["macro"] == b["macro"] and x["id"] != b["id"]] or r.sample(B, 3)
    others = r.sample(others, min(len(others), 3))
    tags = ", ".join([b["M"]] + [o["M"] for o in others])
    C(g, b, lang, "cf_tag_cloud", "", f"{b['M']} {noun(b, lang)} {generic_tail(r, b, lang)}",
      f"{P[lang]['q']}. tags: {tags}, {noun(b, lang)}, cheap, sale", also=[o["id"] for o in others])


DUPE = {"en": ["{m} dupe - identical to the original, same logo, can't tell the difference", "exact copy of {m}, nobody will know",
               "{m} 1:1 dupe, same as retail, even the box", "same as {m} in store, only without the price"],
        "es": ["{m} clon exacto, igual al original", "idéntico a {m}, misma calidad que tienda"],
        "de": ["{m} baugleich, identisch zum Original, gleiches Logo", "wie {m} aus dem Laden, nicht zu unterscheiden"],
        "fr": ["copie parfaite {m}, identique à l'original", "{m} identique boutique, même logo"],
        "ru": ["{m} точная копия, не отличить от оригинала"], "pt": ["{m} primeira linha, idêntico ao original"],
        "it": ["{m} identica all'originale, stesso logo"], "id": ["{m} mirip ori 99%, sama persis"], "tr": ["{m} birebir muadil, orijinalinden farksız"]}


@cf("cf_dupe_identity_claim", "a 'dupe' that claims to be identical to the brand's product (same logo, can't tell the difference)", langs=list(DUPE))
def _(g, b, lang):
    r = g.rng
    t = r.choice(DUPE[lang]).format(m=b["M"])
    C(g, b, lang, "cf_dupe_identity_claim", "", f"{t} - {noun(b, lang)}", disguise_desc(r, b, lang), frac=cheap(r, 0.05, 0.3))


SLANG = ["PK batch", "LJR batch", "OG batch", "clean factory", "noob factory V5", "ZF factory", "VSF", "GS factory", "reps", "W2C", "budget batch",
         "top tier rep", "M batch", "pk god", "best version on market", "GX batch", "super clone", "mirror 1:1 top", "grade AAAA", "UA quality",
         "H12 batch", "S2 batch", "1:1 clone", "counter quality"]


@cf("cf_trade_slang", "the replica trade's own jargon (batches, factories, reps, W2C, PK, clone) rather than the word replica")
def _(g, b, lang):
    r = g.rng
    sl = r.choice(SLANG)
    t = r.choice([f"{b['M']} {sub_clean(b)} {sl}", f"[{sl}] {b['M']} {noun(b, lang)}", f"{b['M']} {noun(b, lang)} {sl} {P[lang]['ship']}"])
    C(g, b, lang, "cf_trade_slang", "", " ".join(t.split()), f"{sl}. {P[lang]['contact']}", frac=cheap(r, 0.05, 0.35))


FCUE = {"es": ["imitación", "clon", "copia AAA", "no original"], "de": ["Nachbau", "Imitat", "kein Original", "Fälschung"], "fr": ["contrefaçon", "imitation", "copie"],
        "it": ["falso", "imitazione", "copia"], "pt": ["primeira linha", "réplica AAA", "imitação"], "ru": ["копия", "не оригинал", "паль", "люкс копия"],
        "uk": ["копія", "не оригінал"], "ja": ["コピー品", "スーパーコピー", "N級品"], "ko": ["짝퉁", "이미테이션", "미러급"], "tr": ["çakma", "A kalite", "muadil"],
        "pl": ["podróbka", "imitacja", "kopia"], "nl": ["namaak", "kopie"], "vi": ["hàng nhái", "hàng rep 1:1", "super fake"],
        "th": ["ของก๊อป", "งานเกรดเอ", "เกรดมิลเลอร์"], "id": ["KW super", "KW premium", "replika"], "hi": ["नकली", "फर्स्ट कॉपी", "मास्टर कॉपी"],
        "ar": ["تقليد", "هاي كوبي", "ماستر كوالتي"], "he": ["חיקוי", "רפליקה"], "el": ["απομίμηση", "ιμιτασιόν"], "ro": ["imitație", "fake"],
        "cs": ["padělek", "napodobenina"], "sv": ["kopia", "fejk"], "fa": ["فیک", "طرح اصلی"]}


@cf("cf_foreign_copy_words", "the mark with copy words of the seller's own language (копия, 짝퉁, N級品, KW super, नकली, çakma, primeira linha)", langs=list(FCUE))
def _(g, b, lang):
    r = g.rng
    cue = r.choice(FCUE[lang])
    t = r.choice([f"{b['M']} {noun(b, lang)} {cue}", f"{cue} {b['M']} {noun(b, lang)} {DESCR[b['macro']]}"])
    C(g, b, lang, "cf_foreign_copy_words", "", t, disguise_desc(r, b, lang), frac=cheap(r, 0.04, 0.3))


@cf("cf_fake_discount_anchor", "a made-up list price crossed out next to a copy's price (was $10,250 now $189, -98 %)")
def _(g, b, lang):
    r = g.rng
    pct = r.randint(85, 98)
    C(g, b, lang, "cf_fake_discount_anchor", "", f"{b['M']} {noun(b, lang)} -{pct}% {r.choice(['FLASH SALE', 'CLEARANCE', 'BLACK FRIDAY', 'LIQUIDATION'])}",
      f"Retail {b['usd']:,} USD - today only {int(b['usd'] * (100 - pct) / 100)} USD! {P[lang]['ship']}", frac=(100 - pct) / 100)


STORY = ["Unwanted gift from my ex, never worn, no receipt. {m} {s}.", "Customs seized stock, auction lot: {m} {s}, sold as is.",
         "Factory overrun, same production line as {m}, no tags.", "Cancelled export order, {m} {s}, must go this week.",
         "Bought in Dubai duty free, {m} {s}, moving abroad so selling cheap.", "Inherited from my uncle, {m} {s}, don't know much about it.",
         "Staff purchase from the {m} warehouse, unused, no box."]


@cf("cf_cover_story", "a story that explains the impossible price (gift, customs seizure, factory overrun, staff sale)", langs=["en"])
def _(g, b, lang):
    r = g.rng
    s = r.choice(STORY).format(m=b["M"], s=sub_clean(b))
    C(g, b, "en", "cf_cover_story", "", f"{b['M']} {sub_clean(b)} {noun(b, 'en')} - {r.choice(['quick sale', 'must go', 'cheap', 'urgent'])}", s,
      frac=cheap(r, 0.03, 0.2))


WHOLE = {"en": "Wholesale lot {n} pcs {m} {x}, MOQ {k}, dropshipping welcome", "zh": "{m} {x} 批发 {n}件起 一件代发", "es": "Lote mayorista {n} uds {m} {x}",
         "de": "Großhandel Posten {n} Stk {m} {x}", "ru": "Оптом {n} шт {m} {x}", "pt": "Atacado {n} peças {m} {x}", "tr": "Toptan {n} adet {m} {x}",
         "id": "Grosir {n} pcs {m} {x}", "vi": "Sỉ {n} cái {m} {x}", "ar": "جملة {n} قطعة {m} {x}"}


@cf("cf_wholesale_lot", "a wholesale lot or dropshipping offer of the brand's goods at a copy's unit price", langs=list(WHOLE))
def _(g, b, lang):
    r = g.rng
    n = r.choice([10, 20, 50, 100, 500])
    t = WHOLE[lang].format(n=n, m=b["M"], x=noun(b, lang), k=r.choice([5, 10, 20]))
    C(g, b, lang, "cf_wholesale_lot", "", t, f"{P[lang]['q']}. {P[lang]['contact']}", frac=cheap(r, 0.02, 0.12))


COMP = {"watch": ["dial", "bezel insert", "green box and papers set", "warranty card (blank)"], "bag": ["dust bag and box", "leather tags", "canvas fabric by the metre", "zipper pulls with logo"],
        "shoes": ["shoe box and tissue", "iron-on logo patches", "insoles with logo"], "clothes": ["woven labels", "logo patches", "hang tags and labels"],
        "audio": ["empty retail box", "logo stickers"], "phone": ["retail box with IMEI label", "back glass with logo"], "camera": ["logo nameplate", "retail box"],
        "auto": ["emblem badges", "logo decals", "part boxes with hologram"], "food": ["wrappers", "printed labels", "empty tins"],
        "baby": ["empty cans with scoop", "anti-fake stickers"], "beauty": ["empty bottles with box", "printed boxes", "logo caps"],
        "toy": ["printed boxes", "instruction booklets", "logo stickers"], "software": ["COA stickers", "DVD with printed label"],
        "console": ["retail boxes", "logo shells"], "medicine": ["blister packs printed", "boxes and leaflets"], "appliance": ["retail box", "logo plates"],
        "tools": ["logo housings", "battery labels"], "sport": ["grip with logo", "head covers with logo"], "jewelry": ["red boxes and certificates", "logo tags", "pouches"]}


@cf("cf_branded_components", "trade-mark-bearing parts, labels, boxes, papers or fabric sold to build copies (logo patches, blank warranty cards, empty cans)")
def _(g, b, lang):
    r = g.rng
    comp = r.choice(COMP[b["macro"]])
    n = r.choice([10, 50, 100, 1])
    C(g, b, lang, "cf_branded_components", "", f"{b['M']} {comp} x{n} {generic_tail(r, b, lang)}", f"{P[lang]['q']}, {P[lang]['contact']}",
      usd=r.uniform(2, 40) * (1 if n < 10 else 3))


SOFT = {"adobe": ["Adobe Photoshop 2025 lifetime activation", "Adobe Creative Cloud all apps, lifetime, pre-activated", "Adobe Acrobat Pro DC permanent license key"],
        "microsoft": ["Windows 11 Pro retail key lifetime", "Microsoft Office 2021 Professional Plus key, bind to account", "Windows 10 Pro OEM key instant delivery"],
        "autodesk": ["AutoCAD 2025 full version lifetime", "Autodesk 3ds Max 2025 permanent activation", "Revit 2025 key for Windows lifetime"],
        "nintendo": ["Nintendo Switch eShop game code bundle 50 games", "Nintendo Switch 1TB SD card with 200 games", "Switch OLED modded with 300 games preloaded"],
        "sony": ["PlayStation 5 game account shared, 100 games", "PS5 jailbroken with 80 games"], "bandai": ["Tamagotchi Original ROM clone device"]}


@cf("cf_software_keys_mods", "unlicensed software keys, lifetime activations, shared accounts, modded consoles with games preloaded", elig=lambda b: b["id"] in SOFT)
def _(g, b, lang):
    r = g.rng
    lang2 = r.choice(["en", "en", "es", "de", "ru", "pt"])
    C(g, b, lang2, "cf_software_keys_mods", "", r.choice(SOFT[b["id"]]), r.choice(["Instant email delivery. Works forever.", "Genuine key, lifetime warranty.",
                                                                                      "Read instructions after purchase.", ""]),
      usd=r.uniform(2, 30), cat=r.choice(["software licenses", "software", "digital goods", None]))


PHARMA = {"pfizer": [("Viagra 100mg 30 pills no prescription", 1600, "prescription drugs"), ("Sildenafil = Viagra, same factory, discreet shipping", 1600, "prescription drugs"),
                     ("Lipitor 20mg 90 tabs without Rx", 350, "prescription drugs"), ("Paxlovid pack, no prescription needed", 1390, "prescription drugs")],
          "johnson-johnson": [("Tylenol Extra Strength 500 caplets bulk", 45, "otc"), ("Band-Aid bulk 1000 strips", 60, "first aid"), ("Listerine 1L x 12 factory price", 70, "otc")],
          "bayer": [("Bepanthen 100g x 20 bulk", 280, "otc"), ("Canesten cream bulk 50 tubes", 400, "otc"), ("Claritin 10mg x 300 tabs", 90, "otc")],
          "abbott": [("FreeStyle Libre 2 sensors 10 pack, no prescription", 750, "medical devices"), ("Similac 900g x 12 factory price", 540, "infant formula"),
                     ("Libre 2 sensor reset, reusable 30 days", 75, "medical devices")],
          "danone": [("Aptamil 900g x 12 cans, factory price, new date", 540, "infant formula"), ("爱他美 奶粉 批发 新日期", 45, "infant formula")],
          "nestle": [("NAN Optipro 800g x 10 cheap", 300, "infant formula")]}


@cf("cf_health_no_rx_bulk", "medicines, devices or infant formula of the brand offered without prescription, in bulk or 'same factory'", elig=lambda b: b["id"] in PHARMA)
def _(g, b, lang):
    r = g.rng
    t, usd, cat = r.choice(PHARMA[b["id"]])
    lang2 = "zh" if any("\u4e00" <= c <= "\u9fff" for c in t) else "en"
    C(g, b, lang2, "cf_health_no_rx_bulk", "", t, r.choice(["Discreet packaging.", "Ships from overseas pharmacy.", "No questions asked.", ""]),
      usd=usd * cheap(r, 0.03, 0.2), cat=cat)


@cf("cf_no_price_contact_me", "the mark and a hint of a copy, no price: 'price in DM', 'WhatsApp for catalogue'")
def _(g, b, lang):
    r = g.rng
    C(g, b, lang, "cf_no_price_contact_me", "", f"{b['M']} {noun(b, lang)} {r.choice(['DM for price', 'catalogue on WhatsApp', 'ask price', 'precio por DM', 'цена в лс', '价格私聊'])}",
      f"{P[lang]['contact']}. {r.choice(['all models available', 'same as store', P[lang]['q']])}", frac=False)


@cf("cf_fake_used_cheap", "a copy described as used or pre-owned to excuse a price far below even second-hand prices")
def _(g, b, lang):
    r = g.rng
    C(g, b, lang, "cf_fake_used_cheap", "", f"{b['M']} {sub_clean(b)} {noun(b, lang)} {P[lang]['used']} {r.choice(['like new', '9/10', 'worn twice', ''])}",
      f"{P[lang]['used']}. {P[lang]['ship']}.", frac=cheap(r, 0.01, 0.08))


FAR = ["home decor", "garden", "pet supplies", "books", "office supplies", "kitchen", "crafts", "party supplies", "other"]


@cf("cf_misfiled_category", "the mark with a copy cue filed under a far category (home decor, garden, books) to dodge category filters")
def _(g, b, lang):
    r = g.rng
    C(g, b, lang, "cf_misfiled_category", "", f"{b['M']} {noun(b, lang)} {r.choice([P[lang]['copy'], '1:1', 'AAA', P[lang]['q']])}", disguise_desc(r, b, lang),
      cat=r.choice(FAR))


ACCD = {"watch": "watch strap", "bag": "bag organizer insert", "shoes": "shoe laces", "clothes": "hanger", "audio": "carrying case", "phone": "phone case",
        "camera": "lens cap", "auto": "fitting kit", "food": "gift box", "baby": "scoop", "beauty": "travel pouch", "toy": "display case",
        "software": "USB stick", "console": "carrying case", "medicine": "pill box", "appliance": "storage stand", "tools": "tool bag",
        "sport": "cover", "jewelry": "jewellery box"}


@cf("cf_accessory_decoy", "framed as an accessory but the brand's product comes with it ('strap for Submariner, watch included')", langs=["en", "es", "de", "fr"])
def _(g, b, lang):
    r = g.rng
    acc = ACCD[b["macro"]]
    inc = {"en": "included", "es": "incluido", "de": "inklusive", "fr": "inclus"}[lang]
    fr = {"en": "for", "es": "para", "de": "für", "fr": "pour"}[lang]
    C(g, b, lang, "cf_accessory_decoy", "", f"{acc} {fr} {b['M']} {sub_clean(b)} - {b['M']} {noun(b, lang)} {inc}",
      {"en": "You get the {m} too, same as original.", "es": "Recibes también el {m}, igual que el original.",
       "de": "Sie bekommen auch die {m}, wie das Original.", "fr": "Vous recevez aussi le {m}, comme l'original."}[lang].format(m=b["M"]), frac=cheap(r, 0.03, 0.2))


@cf("cf_free_gift_bundle", "a cheap item that comes with a 'free gift' of the brand's product", langs=["en", "es", "pt", "id", "tr"])
def _(g, b, lang):
    r = g.rng
    base = {"en": "Phone stand + FREE {m} {x}", "es": "Llavero + REGALO {m} {x}", "pt": "Chaveiro + BRINDE {m} {x}", "id": "Gantungan kunci + BONUS {m} {x}",
            "tr": "Anahtarlık + HEDİYE {m} {x}"}[lang]
    C(g, b, lang, "cf_free_gift_bundle", "", base.format(m=b["M"], x=noun(b, lang)), disguise_desc(r, b, lang), usd=r.uniform(3, 25))


@cf("cf_premium_copy_price", "a 'premium' copy: mark and cue words at 20-45 % of the genuine price (not absurdly cheap)")
def _(g, b, lang):
    r = g.rng
    C(g, b, lang, "cf_premium_copy_price", "", f"{b['M']} {sub_clean(b)} {noun(b, lang)} {r.choice(['top version', 'highest quality', 'premium grade', 'counter version', 'best grade'])}",
      f"{P[lang]['q']}. {r.choice(['Not cheap, but identical.', 'Best you can get.', 'Quality costs.', ''])}", frac=r.uniform(0.2, 0.45))


# --------------------------------------------------------------------------- innocent classes
IN = []  # (class, tactic, fn(g, k) -> None, n)


def inn(cls, tactic, n=14):
    def deco(fn):
        IN.append((cls, tactic, fn, n))
        return fn
    return deco


def I(g, cls, tactic, lang, title, desc="", usd=None, cat=None, brand=None, **kw):
    return g.add(kind="innocent", cls=cls, tactic=tactic, brand=None, lang=lang, title=title, desc=desc, usd=usd, cat=cat, **kw)


ACC_T = {"en": ["{a} for {p}", "{p} {a}, clear silicone", "Compatible with {p}: {a}"], "es": ["{a} para {p}", "Funda compatible con {p}"],
         "de": ["{a} für {p}", "{p} Hülle, transparent"], "fr": ["{a} pour {p}", "Coque compatible {p}"], "it": ["{a} per {p}"],
         "pt": ["{a} para {p}", "Capinha para {p}"], "ru": ["{a} для {p}", "Чехол для {p}"], "ja": ["{p} 対応 {a}"], "zh": ["{p} 适用 {a}", "适用于{p}的{a}"],
         "ko": ["{p} 호환 {a}"], "pl": ["{a} do {p}", "Etui do {p}"], "tr": ["{p} uyumlu {a}"], "nl": ["{a} voor {p}"], "id": ["{a} untuk {p}"],
         "vi": ["{a} cho {p}"], "sv": ["{a} till {p}"], "cs": ["{a} pro {p}"]}
ACC_ITEMS = [("apple", "AirPods Pro 2", "case", "earbuds accessories", 12), ("samsung", "Galaxy S24 Ultra", "screen protector", "phone accessories", 9),
             ("rolex", "Rolex Submariner", "rubber strap 20mm", "watch accessories", 35), ("dyson", "Dyson Airwrap", "storage stand", "hair care accessories", 29),
             ("nintendo", "Nintendo Switch OLED", "carrying case", "video game accessories", 19), ("sony", "Sony WH-1000XM5", "ear pads replacement", "headphone accessories", 18),
             ("canon", "Canon EOS R6", "camera strap", "camera accessories", 15), ("philips", "Philips Sonicare", "replacement brush heads 8 pack (generic)", "oral care", 14),
             ("bose", "Bose QuietComfort 45", "hard travel case", "headphone accessories", 16), ("lego", "LEGO Millennium Falcon 75192", "acrylic display case", "display cases", 89),
             ("gucci", "Gucci Marmont", "bag organizer insert", "bag accessories", 22), ("louis-vuitton", "Louis Vuitton Neverfull MM", "felt purse organizer", "bag accessories", 19),
             ("nike", "Nike Air Force 1", "crease protectors", "shoe care", 8), ("bmw", "BMW X5 F15", "all-weather floor mats", "car accessories", 79),
             ("toyota", "Toyota Corolla 2020", "sunshade", "car accessories", 25), ("omega", "Omega Speedmaster", "NATO strap 20mm", "watch accessories", 25),
             ("yonex", "Yonex Astrox", "racket grip tape 3 pack", "sports accessories", 9), ("callaway", "Callaway Paradym driver", "headcover (generic)", "golf accessories", 15),
             ("microsoft", "Xbox Series X", "controller charging dock", "video game accessories", 24), ("panasonic", "Panasonic ES-LV9Q", "travel case", "shaver accessories", 12)]


@inn("in_accessory_for_product", "a third party's accessory named after the product it fits, in many languages", n=18)
def _(g, k):
    r = g.rng
    bid, p, a, cat, usd = ACC_ITEMS[k % len(ACC_ITEMS)]
    lang = pick_lang(r, list(ACC_T))
    I(g, "in_accessory_for_product", "", lang, r.choice(ACC_T[lang]).format(a=a, p=p), "Third-party accessory, not made by the manufacturer.", usd=usd * r.uniform(0.8, 1.3), cat=cat)


PARTS = [("honda", "Oil filter replaces Honda 15400-PLM-A02, cross reference OEM", "auto parts", 4), ("toyota", "Brake pads fit Toyota Land Cruiser, equivalent to 04465-02220", "auto parts", 28),
         ("bmw", "Oil filter element for BMW, OE number 11428575211 - Mann brand", "auto parts", 7), ("canon", "Compatible ink cartridge for Canon PG-545 (not original, remanufactured)", "ink", 6),
         ("canon", "LP-E6NH compatible battery for Canon cameras, 2250mAh, third party", "camera accessories", 18), ("samsung", "USB-C charger 25W for Samsung Galaxy (generic, equivalent to EP-T2510)", "chargers", 7),
         ("apple", "20W USB-C charger, Apple compatible, MFi certified, brand Anker", "chargers", 15), ("philips", "Replacement brush heads compatible with Philips Sonicare, 8 pack", "oral care", 11),
         ("dyson", "Replacement filter for Dyson V15 Detect, washable, aftermarket", "vacuum parts", 14), ("gillette", "Razor blades fit Gillette Mach3 handles, 12 pack, store brand", "razor blades", 8),
         ("michelin", "Valve caps for Michelin tyres display (generic chrome valve caps)", "car accessories", 5), ("nintendo", "Joy-Con replacement thumbsticks, third party repair kit", "video game accessories", 9),
         ("bosch", "Drill bits set compatible with Bosch SDS-plus GBH 2-26", "power tool accessories", 19), ("panasonic", "Shaver foil replacement compatible with Panasonic ES-LV9Q (aftermarket)", "shaver accessories", 16),
         ("shell", "Oil drain pan 15L, for changing Shell Helix or any motor oil", "garage tools", 14), ("abbott", "Sensor cover patches for FreeStyle Libre 2, waterproof, 20 pcs", "medical accessories", 12)]


@inn("in_aftermarket_parts", "compatible, replacement or cross-referenced third-party parts and consumables quoting the brand's part number", n=16)
def _(g, k):
    r = g.rng
    bid, t, cat, usd = PARTS[k % len(PARTS)]
    I(g, "in_aftermarket_parts", "", "en", t, "Aftermarket product. Brand names used only to show fit.", usd=usd * r.uniform(0.9, 1.2), cat=cat)


USED = {"en": "{m} {s} - {u}, good condition", "de": "{m} {s} {u}, guter Zustand", "fr": "{m} {s} {u}, bon état", "es": "{m} {s} {u}, buen estado",
        "ja": "{m} {s} {u} 美品", "zh": "{m} {s} {u} 九成新", "ko": "{m} {s} {u} 상태 좋음", "ru": "{m} {s} {u}, отличное состояние",
        "it": "{m} {s} {u}, ottime condizioni", "pl": "{m} {s} {u}, stan dobry", "nl": "{m} {s} {u}, goede staat", "sv": "{m} {s} {u}, fint skick",
        "pt": "{m} {s} {u}, bom estado", "cs": "{m} {s} {u}, dobrý stav"}


@inn("in_used_genuine_fair", "genuine goods sold second-hand by a person at a fair used price (35-70 % of new)", n=18)
def _(g, k):
    r = g.rng
    b = B[(k * 7) % len(B)]
    if b["macro"] in ("food", "medicine", "software", "baby", "beauty", "auto"):
        b = BY["rolex"] if k % 2 else BY["canon"]
    lang = pick_lang(r, list(USED))
    I(g, "in_used_genuine_fair", "", lang, USED[lang].format(m=b["M"], s=sub_clean(b), u=P[lang]["used"]),
      r.choice(["Bought in 2022, receipt available. Normal signs of use.", "Selling because I upgraded.", "", "Pick-up or shipping."]),
      usd=b["usd"] * r.uniform(0.4, 0.7), cat=b["cat"], person=True)


@inn("in_new_retail_fair", "a new genuine product from a retailer the registry does not list, at list price", n=16)
def _(g, k):
    r = g.rng
    b = B[(k * 5 + 3) % len(B)]
    lang = pick_lang(r, ["en", "de", "fr", "es", "it", "zh", "ja", "pl", "nl", "sv"])
    I(g, "in_new_retail_fair", "", lang, f"{b['M']} {sub_clean(b)} {P[lang]['new']}", r.choice(["Official warranty. Invoice with VAT.", "In stock, ships from our warehouse.", ""]),
      usd=b["usd"] * r.uniform(0.95, 1.2), cat=b["cat"], seller=dict(id=r.choice(["mediamarkt", "bestbuy", "fnac", "john-lewis", "elcorteingles", "yodobashi", "saturn", "boots", "target", "argos"]) + f"-{k}", name="Retailer"))


@inn("in_authorized_seller_sale", "the brand's own authorized seller, on its marketplace, including a sale price", n=14)
def _(g, k):
    r = g.rng
    b = B[(k * 11 + 1) % len(B)]
    mp, sid = b["auth"]
    lang = "zh" if mp == "tmall" else "de" if mp == "amazon-de" else "en"
    I(g, "in_authorized_seller_sale", "", lang, f"{b['M']} {sub_clean(b)} {r.choice(['', 'Black Friday -30%', 'official', 'outlet'])}",
      "", usd=b["usd"] * r.uniform(0.55, 1.0), cat=b["cat"], seller=dict(id=sid, name=f"{b['M']} Official"), market=mp)


REFURB = ["{m} {s} - certified refurbished, 1 year warranty", "{m} {s} open box, grade A refurbished", "{m} {s} renewed (Amazon Renewed)",
          "{m} {s} - ex-display, boxed, full warranty"]


@inn("in_refurbished_openbox", "genuine refurbished, renewed, open-box or ex-display goods at a fair reduced price", n=12)
def _(g, k):
    r = g.rng
    b = [BY[x] for x in ("apple", "samsung", "sony", "bose", "dyson", "canon", "philips", "panasonic", "nintendo", "bosch", "microsoft", "callaway")][k % 12]
    I(g, "in_refurbished_openbox", "", "en", r.choice(REFURB).format(m=b["M"], s=sub_clean(b)), "Tested and cleaned by our technicians.",
      usd=b["usd"] * r.uniform(0.6, 0.85), cat=b["cat"])


RENT = [("cameras", "Rent a Canon EOS R6 Mark II - per day", 45), ("consoles", "Sony PlayStation 5 rental, weekly", 30), ("vacuum cleaners", "Dyson V15 Detect for hire - 1 day", 15),
        ("consoles", "Nintendo Switch OLED rental 3 days", 20), ("power tools", "Bosch rotary hammer GBH 2-26 hire per day", 18), ("watches", "Rolex Datejust - lease for weddings, per day", 120),
        ("handbags", "Louis Vuitton Neverfull rental, 7 days", 85), ("laptops", "MacBook Air M3 rental monthly plan", 60), ("generators", "Honda EU2200i generator hire - weekend", 70),
        ("badminton rackets", "Yonex racket demo rental per session", 5), ("jewelry", "Cartier Love bracelet 12 monthly instalments of", 610), ("phones", "Samsung Galaxy S24 Ultra on contract, per month", 45)]


@inn("in_rental_instalment", "genuine goods for rent, hire or on monthly instalments, priced per period", n=12)
def _(g, k):
    r = g.rng
    cat, t, usd = RENT[k % len(RENT)]
    I(g, "in_rental_instalment", "", "en", t, "Deposit required. ID check.", usd=usd, cat=cat)


SINGLE = [("mars", "Snickers bar 50g (single)", "chocolate", 1.4, "en"), ("coca-cola", "Coca-Cola 330ml can, 1 piece", "soft drinks", 0.9, "en"),
          ("ferrero", "Ferrero Rocher 3 pieces pack", "chocolate", 1.8, "en"), ("nestle", "Nescafé Gold sachet 2g x 1", "coffee", 0.3, "en"),
          ("estee-lauder", "Estée Lauder Advanced Night Repair 7ml travel size", "skincare", 22, "en"), ("loreal", "Lancôme Génifique 7ml deluxe sample", "skincare", 15, "en"),
          ("shiseido", "Anessa sunscreen 12ml mini", "sunscreen", 6, "en"), ("gillette", "Gillette Fusion5 ProGlide single blade refill", "razor blades", 3.5, "en"),
          ("danone", "evian 500ml bottle", "bottled water", 1.0, "en"), ("mars", "士力架 单条 51g", "chocolate", 0.8, "zh"), ("coca-cola", "可口可乐 330ml 单罐", "soft drinks", 0.5, "zh"),
          ("ferrero", "Kinder Bueno 1 Riegel", "chocolate", 1.1, "de"), ("johnson-johnson", "Tylenol 2 caplets travel packet", "otc", 1.5, "en"), ("bayer", "Bepanthen 5g tube sample", "otc", 2.0, "en")]


@inn("in_single_unit_sample", "one unit of a multipack, a travel size or a sample, priced as such (below a pack's floor)", n=14)
def _(g, k):
    r = g.rng
    bid, t, cat, usd, lang = SINGLE[k % len(SINGLE)]
    I(g, "in_single_unit_sample", "", lang, t, "", usd=usd * r.uniform(0.9, 1.2), cat=cat)


EVERY_FAR = [("Mars Rover poster, NASA Perseverance, A2 print", "posters", 12), ("Dove wedding release birds - white doves for ceremonies", "events", 150),
             ("Sea shell collection, 50 natural shells for crafts", "crafts", 9), ("Apple tree sapling, Honeycrisp, 1.5m", "garden", 35),
             ("Coach hire with driver, 50 seats, airport transfer", "transport services", 600), ("Omega-3 fish oil 1000mg, 120 softgels", "supplements", 15),
             ("Pandora's box: Greek myths retold for children, paperback", "books", 8), ("Galaxy night sky star map, personalised print", "posters", 25),
             ("Double-hung windows, PVC, 120x140 cm", "building materials", 220), ("Office chair, ergonomic mesh, lumbar support", "furniture", 89),
             ("Light switch, 2-gang, white, 10 pack", "electrical", 18), ("Puma (cougar) wildlife photo canvas 60x40", "wall art", 30),
             ("Jordan almonds, sugared, wedding favours 1kg", "confectionery", 14), ("Kinder bike 16 inch for kids 4-6 (Kinderfahrrad)", "bicycles", 120),
             ("Speedy courier service, same-day delivery within city", "services", 12), ("Love heart fairy lights, 3m, warm white", "home decor", 11),
             ("Monogram embroidery service, towels and shirts", "services", 10), ("Surface cleaner spray for granite worktops 750ml", "cleaning", 6),
             ("Accord / contract template pack for freelancers (PDF)", "digital goods", 5), ("Civic duty: a history of jury service, hardcover", "books", 18),
             ("Supersonic jet model F-104, 1:72 plastic kit", "model kits", 26), ("Odyssey by Homer, Penguin Classics", "books", 10),
             ("Daytona Beach 2027 spring break hotel package", "travel", 480), ("Maya the Bee plush toy 30cm", "toys", 14),
             ("Maya calendar replica stone, resin, 30cm wall plaque", "home decor", 35), ("Sprite sheet pixel art pack for game developers", "digital goods", 12),
             ("Coke (fuel) for blacksmith forge, 25kg bag", "fuel", 30), ("Shell suit jacket 90s retro, purple/teal, vintage", "vintage clothing", 35)]


@inn("in_everyday_sense", "the everyday meaning of a word some brand uses as a mark (planet, bird, shell, fruit, bus, myth, chair ...)", n=20)
def _(g, k):
    r = g.rng
    t, cat, usd = EVERY_FAR[k % len(EVERY_FAR)]
    I(g, "in_everyday_sense", "", "en", t, "", usd=usd * r.uniform(0.9, 1.2), cat=cat, person=r.random() < 0.5)


EVERY_NEAR = [("Transformers 220V to 110V step-down, 500W", "electronics", 35), ("Network switch 8-port gigabit, unmanaged", "computer accessories", 22),
              ("Galaxy projector night light with Bluetooth speaker", "speakers", 29), ("Office desk organiser, bamboo", "office supplies", 19),
              ("Windows cleaning robot, magnetic, app control", "home appliances", 149), ("Surface pro-grade paint roller set", "power tools", 24),
              ("Airfryer liners, 100 disposable paper sheets", "kitchen appliances", 8), ("Dunk tank hire for school fair", "party supplies", 180),
              ("Jet Set travel toiletry bag, clear, TSA approved (generic)", "travel accessories", 12), ("Accordion file folder A4, 13 pockets", "office supplies", 15),
              ("Goose down duvet 200x200, 90% white goose", "bedding", 140), ("Monopoly money, play money for teachers, 500 notes", "toys", 7),
              ("Love knot necklace, sterling silver 925, handmade", "jewelry", 35), ("Shell-shaped soap dish, ceramic", "bathroom", 9),
              ("Constellation wall clock, silent movement", "clocks", 27), ("Speedy grip tape for badminton rackets, 10 rolls (brand Speedy)", "badminton accessories", 12)]


@inn("in_everyday_sense_near_category", "an everyday word that is also a mark, in a category near the brand's own (transformer, switch, galaxy projector)", n=16)
def _(g, k):
    r = g.rng
    t, cat, usd = EVERY_NEAR[k % len(EVERY_NEAR)]
    I(g, "in_everyday_sense_near_category", "", "en", t, "", usd=usd * r.uniform(0.9, 1.2), cat=cat)


OTHER_CO = [("Dove Deeply Nourishing body wash 500ml (Unilever)", "body care", 6), ("Omega J8006 juicer, masticating", "kitchen appliances", 260),
            ("Puma hunting knife, Solingen, stag handle", "knives", 180), ("Apple Records: Beatles Abbey Road vinyl reissue", "vinyl records", 30),
            ("Jordan Step Classic toothbrush, medium, 4 pack", "oral care", 5), ("Mars Hydro TS1000 LED grow light", "garden", 110),
            ("Pandora (Kagi) car alarm DX-91, two-way", "car electronics", 190), ("Coach USA bus ticket New York to Boston", "tickets", 35),
            ("Canon (Kanon) anime Blu-ray box set", "dvd", 60), ("Ensure (Ensure Outdoors) fishing tackle box", "fishing", 40),
            ("Galaxy chocolate? no - Galaxy Rugs 160x230 living room rug", "rugs", 95), ("Mars Wrigley? no - Dove Cameron poster", "posters", 10),
            ("Crown Royal whisky glass set (Diageo)", "barware", 25), ("Phillips Petroleum vintage gas station sign, tin", "collectibles", 140),
            ("Wilson Sonsini legal guide (law firm) book", "books", 40), ("Bosch? no - Hieronymus Bosch: The Garden of Earthly Delights art print", "wall art", 22)]


@inn("in_other_owner_same_word", "another company, artist or product that owns the same word in its own field (Dove soap, Omega juicer, Apple Records)", n=16)
def _(g, k):
    r = g.rng
    t, cat, usd = OTHER_CO[k % len(OTHER_CO)]
    t = t.split(" - ")[-1] if t.count("?") else t
    I(g, "in_other_owner_same_word", "", "en", t, "", usd=usd * r.uniform(0.9, 1.2), cat=cat)


LONGER = [("Legolas action figure, Lord of the Rings, 18cm (Funko-style)", "action figures", 25, "en"), ("Bösendorfer grand piano 200, 1998", "pianos", 58000, "de"),
          ("Coachella 2027 weekend 1 GA pass", "tickets", 549, "en"), ("Marsala wine DOC, Florio, 75cl", "wine", 16, "it"), ("Shellac nail polish set, UV gel, 12 colours", "makeup", 19, "en"),
          ("Canonical Ubuntu Pro support subscription guide (book)", "books", 30, "en"), ("Pumapunku: the ancient site, documentary DVD", "dvd", 12, "en"),
          ("Applebee's gift card $50", "gift cards", 50, "en"), ("Toyotomi Laser oil heater, 7.5kW", "heaters", 990, "en"), ("Omegaverse novel collection, paperback", "books", 15, "en"),
          ("Rolexia? - Samsonite Proxis carry-on spinner 55cm", "luggage", 520, "en"), ("Hondajet model 1:100 desk display, resin", "models", 85, "en"),
          ("Nikelodeon-style slime kit? - Slime making kit for kids, 24 colours", "toys", 18, "en"), ("Cartierista? - Cartographer's drafting kit, vintage brass", "collectibles", 70, "en"),
          ("Samsungite? - Sam's Club membership card holder", "wallets", 6, "en"), ("Sonyericsson? - Ericsson T28 vintage phone, working", "phones", 45, "en")]


@inn("in_brand_inside_longer_word", "a word or name that contains a mark's letters but is another word (Legolas, Bösendorfer, Coachella, Marsala, Shellac)", n=14)
def _(g, k):
    r = g.rng
    t, cat, usd, lang = LONGER[k % len(LONGER)]
    t = t.split("? - ")[-1]
    I(g, "in_brand_inside_longer_word", "", lang, t, "", usd=usd * r.uniform(0.9, 1.2), cat=cat)


NEAR = [("Rolec EV charger WallPod 7kW, tethered", "ev chargers", 560), ("Canyon Endurace CF 7 road bike, size M", "bicycles", 2200),
        ("Nikon Z6 II mirrorless body, boxed", "cameras", 1400), ("Sonos Era 100 speaker, black", "speakers", 249), ("Toyo Proxes Sport 225/45R17 tyre", "tires", 120),
        ("Phillips head screwdriver set, 6 pieces, magnetic", "power tools", 14), ("Beyerdynamic DT 770 Pro 80 ohm studio headphones", "headphones", 159),
        ("Shelly Plus 1PM smart relay, WiFi", "electrical", 18), ("Bandana 100% cotton paisley, 5 pack", "accessories", 12), ("Wilton cake tin 20cm, springform", "bakeware", 15),
        ("Hondo guitar vintage 1980s acoustic", "guitars", 180), ("Gucchi? no - Goochland county map 1905 reprint", "maps", 20), ("Lewis N. Clark travel adapter", "travel accessories", 22),
        ("Sony? no - Sonim XP10 rugged phone", "phones", 380), ("Adidias? no - Asics Gel-Kayano 30, size 42", "sneakers", 160), ("Bose? no - Bosca leather wallet, bifold", "wallets", 95)]


@inn("in_near_miss_real_brand", "a real, different brand one or two letters from a demo brand (Rolec, Canyon, Nikon, Sonos, Toyo, Phillips screws, Beyerdynamic)", n=16)
def _(g, k):
    r = g.rng
    t, cat, usd = NEAR[k % len(NEAR)]
    t = t.split("? no - ")[-1]
    I(g, "in_near_miss_real_brand", "", "en", t, "", usd=usd * r.uniform(0.95, 1.15), cat=cat)


NAMES = [("Shoe Dog: A Memoir by the Creator of Nike - Phil Knight, paperback", "books", 12, "en"), ("Subhas Chandra Bose: a biography, hardcover", "books", 20, "en"),
         ("Michael Jordan: The Life - Roland Lazenby", "books", 15, "en"), ("Gucci Mane - The Return of East Atlanta Santa, vinyl LP", "vinyl records", 28, "en"),
         ("Owen Wilson comedy collection DVD box", "dvd", 18, "en"), ("Miguel Bosé - Bandido, vinilo original 1984", "vinilos", 25, "es"),
         ("Stan Smith signed tennis photo 8x10 (the player, COA)", "sports memorabilia", 90, "en"), ("Maya Angelou - I Know Why the Caged Bird Sings", "books", 9, "en"),
         ("Mario Vargas Llosa - La ciudad y los perros, tapa blanda", "libros", 14, "es"), ("Levi Roots - Reggae Reggae Cookbook, hardcover", "books", 11, "en"),
         ("Estée Lauder: Beyond the Magic (biography), used book", "books", 9, "en"), ("Jordan Peterson - 12 Rules for Life", "books", 13, "en"),
         ("Enzo Ferrari? no - Michele Ferrero: the story of Nutella's inventor (Italian biography)", "books", 18, "it"), ("Walter Mattel? no - Ruth Handler: Dream Doll (Barbie's creator) autobiography", "books", 16, "en")]


@inn("in_person_names", "a person named like a mark: athlete, singer, writer, politician (Stan Smith photo, Subhas Chandra Bose, Gucci Mane)", n=14)
def _(g, k):
    r = g.rng
    t, cat, usd, lang = NAMES[k % len(NAMES)]
    t = t.split("? no - ")[-1]
    I(g, "in_person_names", "", lang, t, "", usd=usd * r.uniform(0.9, 1.2), cat=cat, person=True)


PLACES = [("Jordan: Petra and Wadi Rum 5-day tour", "travel", 890, "en"), ("Évian-les-Bains, carte postale ancienne 1910", "cartes postales", 6, "fr"),
          ("Chilliwack BC lakeside cabin rental, weekend", "vacation rentals", 420, "en"), ("Toyota City, Aichi: guidebook in Japanese", "books", 14, "en"),
          ("Honda Bay island hopping tour, Palawan", "tours", 35, "en"), ("Canon City, Colorado - Royal Gorge Bridge tickets x2", "tickets", 60, "en"),
          ("Shell Beach, CA oceanfront hotel 2 nights", "travel", 580, "en"), ("Mars Hill University hoodie, grey", "college apparel", 45, "en"),
          ("Pandora, Ohio - vintage map 1915", "maps", 18, "en"), ("Nike, Greek goddess of victory: postcard from Samothrace museum", "postcards", 3, "en"),
          ("Omega, Georgia: town history booklet", "books", 9, "en"), ("Daytona 500 grandstand tickets 2027", "tickets", 210, "en"),
          ("Bayer Leverkusen home shirt 2025/26 (football club, official)", "football shirts", 90, "de"), ("Wilson, North Carolina farmhouse for sale photo book", "books", 12, "en")]


@inn("in_places_and_clubs", "places, towns, tours, sports clubs named like a mark (Jordan tours, Évian-les-Bains, Chilliwack, Bayer Leverkusen)", n=14)
def _(g, k):
    r = g.rng
    t, cat, usd, lang = PLACES[k % len(PLACES)]
    I(g, "in_places_and_clubs", "", lang, t, "", usd=usd * r.uniform(0.9, 1.15), cat=cat)


MEDIA = [("The LEGO Story: How a Little Toy Sparked the World's Imagination - book", "books", 18), ("Dyson: Against the Odds, James Dyson autobiography", "books", 14),
         ("House of Gucci (2021) Blu-ray", "dvd", 12), ("Barbie (2023) 4K Blu-ray, Margot Robbie", "dvd", 20), ("Transformers: Rise of the Beasts DVD", "dvd", 9),
         ("The Super Mario Bros. Movie (2023) DVD", "dvd", 10), ("Rolex: Wristwatch Reference Book, 3rd edition", "books", 85), ("Louis Vuitton: The Birth of Modern Luxury, coffee table book", "books", 60),
         ("Coca-Cola collectibles price guide, 1998 edition", "books", 15), ("Sony Walkman: history of a design icon, magazine special", "magazines", 9),
         ("Canon EOS R6 II For Dummies", "books", 22), ("Haynes repair manual Toyota Corolla 2009-2019", "books", 30), ("Photoshop Elements 2025 user guide (book)", "books", 25),
         ("Nintendo Power magazine lot, 1990-1995, 20 issues", "magazines", 120), ("Michelin Guide France 2026 (restaurants)", "books", 28), ("How to spot a fake Rolex: illustrated buyer's guide", "books", 19)]


@inn("in_media_about_brand", "books, films, magazines, manuals and guides about a brand or its products (incl. how to spot fakes)", n=16)
def _(g, k):
    r = g.rng
    t, cat, usd = MEDIA[k % len(MEDIA)]
    I(g, "in_media_about_brand", "", "en", t, "", usd=usd * r.uniform(0.9, 1.2), cat=cat)


SERV = [("iPhone 15 Pro screen replacement service, same day", "repair services", 179, "en"), ("Rolex service and overhaul by certified watchmaker", "watch repair", 650, "en"),
        ("Louis Vuitton bag restoration: edge paint and cleaning", "repair services", 120, "en"), ("Sneaker cleaning - Nike, Adidas, any brand, per pair", "services", 20, "en"),
        ("Authentication service for Gucci and LV bags, written report", "services", 35, "en"), ("Dyson vacuum repair and battery replacement", "repair services", 60, "en"),
        ("Reparación de consolas Nintendo Switch, cambio de pantalla", "servicios", 70, "es"), ("Bosch Waschmaschine Reparatur, Anfahrt inklusive", "Dienstleistungen", 89, "de"),
        ("Toyota timing belt replacement service, fixed price", "car services", 450, "en"), ("Canon camera sensor cleaning, while you wait", "camera services", 55, "en"),
        ("Windows 11 installation and PC setup at your home (licence not included)", "it services", 50, "en"), ("Michelin tyre fitting and balancing, 4 wheels", "car services", 60, "en"),
        ("Samsung 手机 换屏 维修 服务", "维修服务", 60, "zh"), ("Omega Speedmaster polishing and pressure test", "watch repair", 300, "en")]


@inn("in_services_repair", "repairs, servicing, cleaning, fitting or authentication of the brand's genuine goods", n=14)
def _(g, k):
    r = g.rng
    t, cat, usd, lang = SERV[k % len(SERV)]
    I(g, "in_services_repair", "", lang, t, "", usd=usd * r.uniform(0.9, 1.2), cat=cat)


JOBS = [("Adobe Photoshop course for beginners, 10 hours online", "courses", 49), ("AutoCAD 2D training, weekend class, certificate", "courses", 199),
        ("Hiring: Toyota-certified technician, full time", "jobs", 0), ("Excel and Microsoft Office basics - evening course", "courses", 89),
        ("Wanted: sales associate for our Nike store, part time", "jobs", 0), ("Lightroom presets masterclass (video course)", "courses", 29),
        ("Revit BIM modelling tutor, 1:1 online lessons per hour", "tutoring", 40), ("Barista course using Nespresso and espresso machines", "courses", 79),
        ("Job: pharmacy assistant, experience with Pfizer and generic products", "jobs", 0), ("Lego robotics after-school club, 8 weeks", "classes", 160),
        ("Honda motorcycle riding lessons, beginners", "courses", 60), ("Yonex badminton coaching, juniors, per month", "sports coaching", 70)]


@inn("in_courses_and_jobs", "training, tutoring, classes and job ads that name the brand or its software", n=12)
def _(g, k):
    r = g.rng
    t, cat, usd = JOBS[k % len(JOBS)]
    I(g, "in_courses_and_jobs", "", "en", t, "", usd=(usd * r.uniform(0.9, 1.2)) if usd else None, cat=cat)


COMPARE = [("Soundcore Space One headphones - quieter than Bose QC45 in our tests", "headphones", 99), ("Shark FlexStyle hair styler, rivals Dyson Airwrap", "hair care", 279),
           ("Casio G-Shock diver - tougher than a Submariner, a tenth of the price", "watches", 120), ("Our own-brand sneakers, as comfy as Nike, made in Portugal", "sneakers", 85),
           ("Xiaomi Redmi Note 13 - better battery than Samsung Galaxy A55", "phones", 220), ("Philips? Oral-B iO 9 vs Sonicare: we think iO wins", "electric toothbrushes", 250),
           ("Ähnlich wie Sony WH-1000XM5: Sennheiser Momentum 4, neu", "headphones", 280), ("Affinity Photo 2 - one-time purchase, an alternative to Photoshop subscriptions", "software", 70),
           ("Fairphone 5 - repairable, unlike iPhone", "phones", 600), ("Mejor que Dyson según mi prueba: Rowenta X-Force Flex 15.60", "vacuum cleaners", 399),
           ("Mould King 13112 building set, our own design (not LEGO)", "building sets", 120), ("Store-brand chocolate hazelnut spread - a cheaper alternative to Nutella", "spreads", 3)]


@inn("in_honest_comparison", "another brand's product compared with a demo brand, honestly named as itself", n=12)
def _(g, k):
    r = g.rng
    t, cat, usd = COMPARE[k % len(COMPARE)]
    t = t.split("? ")[-1]
    lang = "de" if t.startswith("Ähnlich") else "es" if t.startswith("Mejor") else "en"
    I(g, "in_honest_comparison", "", lang, t, "", usd=usd * r.uniform(0.95, 1.1), cat=cat)


GENERIC = [("Building blocks 1,500 pcs - compatible with LEGO, brand: Xingbao, not LEGO", "building sets", 45), ("Generic ibuprofen 200mg, not Tylenol/not J&J", "otc", 3),
           ("Unbranded leather tote, no logo, not Louis Vuitton", "handbags", 60), ("Ersatzbürsten, kein Original Philips, passend für Sonicare", "oral care", 9),
           ("Funda genérica, no es Apple, para AirPods Pro", "earbuds accessories", 6), ("Plain white sneakers, no brand (not Nike, not Adidas)", "sneakers", 25),
           ("Не Dyson: фен-стайлер 5 в 1, бренд Polaris", "hair care", 70), ("Non-Gillette razor handle, fits 5-blade cartridges, Dollar Shave Club", "razors", 9),
           ("Puffer jacket, own brand, not affiliated with The North Face", "jackets", 80), ("Automatic diver watch, own brand Steeldive, no Rolex logos", "watches", 110),
           ("Mattel? no - Fashion doll house, brand: Our Generation (not Barbie)", "dolls", 120), ("非原装 兼容 佳能 PG-545 墨盒 (第三方)", "ink", 5)]


@inn("in_explicit_not_brand", "own-brand or generic goods saying outright they are not the brand", n=12)
def _(g, k):
    r = g.rng
    t, cat, usd = GENERIC[k % len(GENERIC)]
    t = t.split("? no - ")[-1]
    lang = "de" if t.startswith("Ersatz") else "es" if t.startswith("Funda") else "ru" if t.startswith("Не") else "zh" if t.startswith("非") else "en"
    I(g, "in_explicit_not_brand", "", lang, t, "", usd=usd * r.uniform(0.9, 1.2), cat=cat)


WTB = [("WTB: Rolex Submariner 126610LN, full set, paying cash", "watches", "en"), ("Looking for Canada Goose Expedition Parka size M", "parkas", "en"),
       ("Suche Dyson Airwrap, gerne gebraucht", "hair care", "de"), ("Busco LEGO 75192 Millennium Falcon, precintado", "building sets", "es"),
       ("求购 劳力士 绿水鬼 全套", "watches", "zh"), ("買取: ルイヴィトン ネヴァーフル 高価買取中", "handbags", "ja"),
       ("ISO Nintendo Switch OLED in good condition", "consoles", "en"), ("Куплю Bose QC45 б/у недорого", "headphones", "ru"),
       ("We buy used Omega and Cartier watches - instant quote", "watches", "en"), ("Compro bolsos Gucci usados, pago al momento", "handbags", "es"),
       ("Wanted: Nike Air Jordan 1 Chicago size 10, authentic only", "sneakers", "en"), ("Cerco Burberry trench originale taglia 44", "trench coats", "it")]


@inn("in_wanted_to_buy", "buyers' wanted posts and buy-back offers naming the goods they want", n=12)
def _(g, k):
    r = g.rng
    t, cat, lang = WTB[k % len(WTB)]
    I(g, "in_wanted_to_buy", "", lang, t, "", usd=None, cat=cat, person=True)


VEH = [("Honda Civic 1.5 VTEC 2018, 78,000 km, one owner", "cars", 16500), ("Toyota Corolla Hybrid 2020, full service history", "cars", 19900),
       ("BMW 320d Touring 2016, automatic, 140k km", "cars", 14200), ("Honda Gold Wing GL1800 2012, 45,000 miles", "motorcycles", 13900),
       ("Toyota Land Cruiser 200 2014 V8, 210,000 km", "cars", 38000), ("Honda CR-V 2019 AWD, 60k miles", "cars", 23500),
       ("Toyota Prius 2017, taxi-ready, 300k km", "cars", 9800), ("BMW R 1250 GS 2021, panniers", "motorcycles", 17500),
       ("ホンダ スーパーカブ 110 2019 走行8000km", "motorcycles", 1800), ("Toyota Camry 2.5 2015 ขายด่วน", "cars", 11000),
       ("Honda Accord 2008 for parts or repair, runs", "cars", 1900), ("BMW Mini? - MINI Cooper S 2015, 90k km", "cars", 11900)]


@inn("in_vehicles", "whole used vehicles of a demo brand, at vehicle prices (parts floors do not apply)", n=12)
def _(g, k):
    r = g.rng
    t, cat, usd = VEH[k % len(VEH)]
    t = t.split("? - ")[-1]
    lang = "ja" if t.startswith("ホンダ") else "th" if "ขาย" in t else "en"
    I(g, "in_vehicles", "", lang, t, "", usd=usd * r.uniform(0.9, 1.1), cat=cat, person=True)


VENUE = [("Toyota Center Houston: Rockets vs Lakers, 2 tickets", "tickets", 180), ("Honda Center Anaheim concert tickets x2", "tickets", 150),
         ("Coca-Cola Arena Dubai: comedy night, 1 ticket", "tickets", 60), ("Rolex Paris Masters 2027 - day pass", "tickets", 120),
         ("Dinner for two at a Michelin-starred restaurant (gift voucher)", "gift vouchers", 400), ("Michelin-star chef cookbook: Alain Ducasse, hardcover", "books", 45),
         ("Sony Hall NYC standing ticket", "tickets", 55), ("Mercedes? no - Bayer 04 stadium tour ticket, BayArena", "tickets", 15),
         ("Honda Classic pro-am golf volunteer shirt (event)", "sports memorabilia", 20), ("Shell station car wash voucher, 5 washes", "gift vouchers", 40),
         ("Omega European Masters golf, Crans-Montana 2027 tickets", "tickets", 90), ("Nike Run Club? - Berlin Marathon 2027 entry transfer", "tickets", 160)]


@inn("in_venues_events_vouchers", "tickets, venues, sponsored events and vouchers bearing a sponsor's name (Toyota Center, Rolex Paris Masters, Michelin star)", n=12)
def _(g, k):
    r = g.rng
    t, cat, usd = VENUE[k % len(VENUE)]
    t = t.split("? - ")[-1].split("? no - ")[-1]
    I(g, "in_venues_events_vouchers", "", "en", t, "", usd=usd * r.uniform(0.9, 1.2), cat=cat, person=True)


TRADE = [("Panasonic eneloop AAA rechargeable batteries, 4 pack", "batteries", 14), ("adidas Argentina 2024 home jersey - replica version (fan)", "football", 90),
         ("Samsung Galaxy S23 - Grade A refurbished, 128GB", "phones", 390), ("Honda OEM part number 15400-PLM-A02 oil filter, genuine, box of 1", "auto parts", 9),
         ("Canon PIXMA printer, factory sealed, UK stock", "printers", 89), ("Bose SoundLink Flex - mirror finish special edition? no: black", "speakers", 129),
         ("Michelin Pilot Sport 4S 245/40ZR18 - factory fresh DOT 2026", "tires", 255), ("1:18 scale BMW M3 E30 die-cast model by Norev (licensed)", "die-cast cars", 85),
         ("Shell Helix Ultra 5W-40 4L, sealed, batch code on cap", "motor oil", 45), ("Nerf Elite 2.0 blaster + 20 darts, OEM packaging", "blasters", 22),
         ("Mattel Hot Wheels 1:64 mainline, carded, first edition", "die-cast cars", 2), ("Nintendo Switch Pro Controller - A grade used", "accessories", 45)]


@inn("in_trade_sense_words", "genuine goods described with words that double as copy cues in a trade sense (AAA batteries, replica jersey, Grade A, OEM, factory sealed)", n=12)
def _(g, k):
    r = g.rng
    t, cat, usd = TRADE[k % len(TRADE)]
    t = t.replace(" - mirror finish special edition? no: black", " - black")
    I(g, "in_trade_sense_words", "", "en", t, "", usd=usd * r.uniform(0.95, 1.15), cat=cat)


VINT = [("Vintage Omega Seamaster 1968 cal. 565, serviced", "watches", 2900), ("1970s Coca-Cola tin sign, original, some rust", "collectibles", 180),
        ("Vintage Levi's 501 big E 1960s, W32", "jeans", 650), ("Rolex Datejust 16014, 1984, box and papers", "watches", 5400),
        ("Sony Walkman WM-2 1981, working, original", "portable audio", 300), ("Nintendo Game Boy DMG-01 1989, tested", "consoles", 90),
        ("LEGO Classic Space 928 Galaxy Explorer 1979, complete", "building sets", 450), ("Burberry trench 1990s, vintage, size 50", "trench coats", 280),
        ("Canon AE-1 Program film camera 1981 + 50mm", "cameras", 240), ("Barbie 1977 Superstar doll, original box", "dolls", 120),
        ("Gucci Jackie 1970s vintage shoulder bag", "handbags", 900), ("ヴィンテージ セイコー? - ヴィンテージ オメガ コンステレーション 1966", "watches", 1600)]


@inn("in_vintage_genuine", "genuine vintage goods at collectors' prices", n=12)
def _(g, k):
    r = g.rng
    t, cat, usd = VINT[k % len(VINT)]
    t = t.split("? - ")[-1]
    lang = "ja" if "ヴィンテージ" in t else "en"
    I(g, "in_vintage_genuine", "", lang, t, "", usd=usd * r.uniform(0.9, 1.2), cat=cat, person=True)


LIC = [("Coca-Cola official licensed retro t-shirt, men's L", "t-shirts", 25), ("PowerA wired controller for Nintendo Switch, officially licensed", "video game accessories", 25),
       ("BMW M Motorsport licensed cap, Puma x BMW", "caps", 45), ("Michelin Bibendum official figurine, 30cm", "collectibles", 60),
       ("Hot Wheels x Mario Kart licensed track set", "die-cast cars", 40), ("LEGO Star Wars 75301 Luke Skywalker's X-Wing, sealed", "building sets", 50),
       ("Monopoly: Pokémon edition (official Hasbro licence)", "board games", 35), ("Nutella official mug, 2024 collection", "kitchen", 12),
       ("Shell V-Power Ferrari collectible model car promo 1:38", "die-cast cars", 9), ("Bandai Tamagotchi Uni, new in box", "toys", 59),
       ("Toyota Gazoo Racing official team jacket", "jackets", 140), ("Nintendo Super Mario official plush 30cm by Little Buddy", "plush", 25)]


@inn("in_licensed_merch", "officially licensed or promotional merchandise of the brand, at normal retail prices", n=12)
def _(g, k):
    r = g.rng
    t, cat, usd = LIC[k % len(LIC)]
    I(g, "in_licensed_merch", "", "en", t, "", usd=usd * r.uniform(0.95, 1.15), cat=cat)


FOREIGN = [("Dove si trova Wally? Libro per bambini", "libri", 9, "it"), ("Calendrier mars 2027 - agenda mensuel", "papeterie", 7, "fr"),
           ("Adidași copii mărimea 30, fără marcă, albi", "încălțăminte copii", 12, "ro"), ("Kinder Fahrradhelm, Größe S, blau", "Fahrradzubehör", 25, "de"),
           ("Boxe Bluetooth portable JBL Flip 6", "enceintes", 109, "fr"), ("Sono qui: romanzo di formazione", "libri", 14, "it"),
           ("Puma concolor: guía de campo de fauna andina", "libros", 22, "es"), ("Kot i mysz - zabawka dla kota, pluszowa", "zabawki", 5, "pl"),
           ("Cocca? - Coca (hoja) té de coca 100 bolsitas, Bolivia", "té", 8, "es"), ("Boss? - Böse Mädchen: Roman, Taschenbuch", "Bücher", 11, "de"),
           ("Galaxy? - Galáxia de Andrômeda, pôster astronomia", "pôsteres", 15, "pt"), ("Mars? - Marsh (bataklık) bitkileri rehberi, kitap", "kitap", 9, "tr"),
           ("Omega? - Omega (Ω) letter pendant silver, Greek alphabet", "jewelry", 35, "en"), ("Canon? - Canone inverso, romanzo di Paolo Maurensig", "libri", 12, "it")]


@inn("in_foreign_language_words", "ordinary words of another language that look like a mark (Italian dove, French mars, Romanian adidași, German Kinder)", n=14)
def _(g, k):
    r = g.rng
    t, cat, usd, lang = FOREIGN[k % len(FOREIGN)]
    t = t.split("? - ")[-1]
    I(g, "in_foreign_language_words", "", lang, t, "", usd=usd * r.uniform(0.9, 1.2), cat=cat, person=True)


PETS = [("Pedigree German Shepherd puppies, KC registered, vaccinated", "pets", 1200), ("Pedigree Maine Coon kitten, TICA papers", "pets", 900),
        ("Homemade Snickers cheesecake, whole cake, order 2 days ahead", "bakery", 35), ("Nutella crêpes catering for parties, per 50", "catering", 90),
        ("Coca-Cola glazed ham recipe card set (printable)", "digital goods", 3), ("Kinder Bueno cake topper, edible print", "baking supplies", 6),
        ("Dog food scoop, stainless (fits Pedigree or any kibble bag)", "pet supplies", 7), ("Whiskas? - Cat whisker memory box, wooden", "pet supplies", 18),
        ("M&M's colour sorting game for preschool (printable worksheet)", "education", 2), ("Ferrero Rocher bouquet, handmade with 24 chocolates (genuine chocolates inside)", "gifts", 45),
        ("Evian facial spray refill bottle (empty, reusable, unbranded)", "beauty tools", 4), ("Aperol? - Aptamil formula dispenser container, 3 compartments, BPA free", "baby accessories", 8)]


@inn("in_pets_recipes_homemade", "pedigree animals, homemade food made with branded ingredients, gifts built from genuine products", n=12)
def _(g, k):
    r = g.rng
    t, cat, usd = PETS[k % len(PETS)]
    t = t.split("? - ")[-1]
    I(g, "in_pets_recipes_homemade", "", "en", t, "", usd=usd * r.uniform(0.9, 1.2), cat=cat, person=True)


FAN = [("Sneaker display shelf for 12 pairs - fits Nike/Jordan boxes", "storage", 60), ("Watch box for 10 watches, glass lid (Rolex, Omega not included)", "watch accessories", 35),
       ("Bag base shaper for Neverfull MM size (felt insert)", "bag accessories", 15), ("Coffee capsule holder for 40 Nespresso capsules", "kitchen", 18),
       ("Storage drawers for LEGO bricks, 5 tiers, stackable", "storage", 30), ("Wall mount for Dyson V15 vacuum (generic bracket)", "vacuum accessories", 16),
       ("Hard case for Gucci or Ray-Ban sunglasses (generic)", "eyewear accessories", 9), ("Tennis racket bag holds 6 rackets (Wilson, Yonex, Babolat fit)", "sports accessories", 39),
       ("Display cabinet for Hot Wheels cars, 100 slots", "storage", 45), ("Perfume organiser tray, fits Lancôme and Estée Lauder bottles", "bathroom", 22)]


@inn("in_storage_display_fit", "storage, display or organising products that say which brand's goods they hold", n=10)
def _(g, k):
    r = g.rng
    t, cat, usd = FAN[k % len(FAN)]
    I(g, "in_storage_display_fit", "", "en", t, "", usd=usd * r.uniform(0.9, 1.2), cat=cat)


# --------------------------------------------------------------------------- assemble
N_PER_CF = 10


def build(seed=6):
    g = Gen(seed)
    r = g.rng
    bcycle = []
    for cls, tactic, fn, elig, langs in CF:
        pool = [b for b in B if (elig is None or elig(b))]
        r.shuffle(pool)
        # prefer brands this set used least so far
        pool.sort(key=lambda b: bcycle.count(b["id"]))
        chosen = (pool * 3)[:N_PER_CF] if len(pool) < N_PER_CF else pool[:N_PER_CF]
        for b in chosen:
            lang = pick_lang(r, langs)
            fn(g, b, lang)
            bcycle.append(b["id"])
            # the tactic lives in the class table
            g.rows[-1]["_label"]["tactic"] = tactic
    for cls, tactic, fn, n in IN:
        for k in range(n):
            fn(g, k)
            g.rows[-1]["_label"]["tactic"] = tactic
    r.shuffle(g.rows)
    return g.rows


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, default=6)
    ap.add_argument("--out", default=str(HERE / "set.jsonl"))
    ap.add_argument("-v", action="store_true")
    a = ap.parse_args()
    rows = build(a.seed)
    with open(a.out, "w", encoding="utf-8") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False, sort_keys=True) + "\n")
    if a.v:
        kinds = collections.Counter(r["_label"]["kind"] for r in rows)
        cls = collections.Counter((r["_label"]["kind"], r["_label"]["class"]) for r in rows)
        langs = collections.Counter(r["_label"]["lang"] for r in rows)
        brands = collections.Counter(r["_label"]["brand"] for r in rows if r["_label"]["brand"])
        print(len(rows), dict(kinds))
        print("counterfeit classes", sum(1 for k in cls if k[0] == "counterfeit"), "innocent classes", sum(1 for k in cls if k[0] == "innocent"))
        for k, v in sorted(cls.items()):
            print(f"  {k[0][:2]} {k[1]:40s} {v}")
        print("languages", len(langs), dict(langs.most_common()))
        print("brands", len(brands), dict(brands.most_common()))


if __name__ == "__main__":
    main()
