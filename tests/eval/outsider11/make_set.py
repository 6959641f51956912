#!/usr/bin/env python3
"""Outsider 11's held-out set for BrandSentry: a seeded, stdlib-only generator.

    python3 make_set.py --seed 11 [--out set.jsonl] [--classes classes.md]

One function per class; each returns the fields of one listing (language/market code, title, description, price,
category, brand, ...). Labels: `_label` = {kind, brand, class, tactic, lang, also} (outsider10's format)."""
from __future__ import annotations

import argparse
import json
import random
import urllib.parse

from data import COPY, MARK, MARKETS, NOUN, PRODUCTS, CAT_PATH, FIRST, SHOP_WORDS, SHOP_TAILS, noun, ph

CLASSES = []  # (name, kind, star, tactic, n, fn)


def cls(name, kind, star, tactic, n=None):
    def deco(fn):
        CLASSES.append((name, kind, star, tactic, n or (13 if kind == "counterfeit" else 12), fn))
        return fn
    return deco


R = random.Random(0)


def pick(seq):
    return R.choice(seq)


def prods(pred=None):
    return [p for p in PRODUCTS if pred is None or pred(p)]


class Rot:
    """Rotates through products so that every brand is used across classes."""

    def __init__(self, items):
        self.items = list(items)
        R.shuffle(self.items)
        self.i = 0

    def __call__(self):
        x = self.items[self.i % len(self.items)]
        self.i += 1
        return x


def copy_factor(usd):
    if usd >= 150:
        return R.uniform(0.05, 0.2)
    if usd >= 30:
        return R.uniform(0.12, 0.3)
    return R.uniform(0.25, 0.45)


def nice(x):
    """Round a local amount as sellers do."""
    if x >= 100000:
        return float(round(x, -3))
    if x >= 10000:
        return float(round(x, -2))
    if x >= 1000:
        return float(round(x, -1) - (1 if R.random() < 0.3 else 0))
    if x >= 100:
        return float(round(x) - (1 if R.random() < 0.3 else 0))
    if x >= 10:
        return round(x, 0) - (0.01 if R.random() < 0.5 else 0)
    return round(x, 2)


def local(usd, code):
    return nice(usd * MARKETS[code][2])


def slug(s):
    return "".join(c if c.isalnum() else "-" for c in s.lower()).strip("-")[:40] or "shop"


def shop_name():
    return f"{pick(SHOP_WORDS)} {pick(SHOP_WORDS)} {pick(SHOP_TAILS)}"


def person():
    return f"{pick(FIRST)} {chr(65 + R.randrange(26))}."


def cat_of(p):
    if R.random() < 0.3 and p["cat"] in CAT_PATH:
        return CAT_PATH[p["cat"]]
    return p["cat"]


def pname(p):
    return f"{p['mark']} {p['rest']}"


# ----------------------------------------------------------------------------- counterfeit, everyday tactics
EVERY_MARKETS = ["pl-PL", "cs-CZ", "hu-HU", "ro-RO", "bg-BG", "sr-RS", "hr-HR", "el-GR", "is-IS", "az-AZ", "uz-UZ",
                 "mn-MN", "ka-GE", "hy-AM", "kk-KZ", "fi-FI", "da-DK", "nb-NO", "ne-NP", "si-LK", "sw-TZ", "es-PY", "es-BO"]
rot_all = Rot(PRODUCTS)


@cls("c_plain_local_words", "counterfeit", "", "brand and product named plainly with the market's own 'new / with box / cheap / delivery' words, at a copy's price, no copy word")
def c_plain_local_words(i):
    p, code = rot_all(), EVERY_MARKETS[i % len(EVERY_MARKETS)]
    lg = MARKETS[code][4]
    n, box, cheap, ship, msg = ph(lg)
    return dict(code=code, title=f"{pname(p)} {n} {box}", desc=f"{cheap}! {ship}. {msg}.", usd=p["usd"] * copy_factor(p["usd"]), p=p)


@cls("c_copy_jargon_en", "counterfeit", "", "English copy jargon of the replica trade (AAA grade, 1:1 mirror, super clone, master copy) beside the plain brand")
def c_copy_jargon_en(i):
    p = rot_all()
    code = pick(["en-US", "en-GB", "en-AU", "en-NG", "en-IN", "en-SG", "en-ZA", "en-JM", "en-UG", "en-NZ"])
    cue = pick(COPY["en"])
    if i % 2:
        return dict(code=code, title=f"{pname(p)} {cue}", desc="Looks and feels like the real thing. Ships in 3 days.", usd=p["usd"] * copy_factor(p["usd"]), p=p)
    return dict(code=code, title=f"{pname(p)} - new in box", desc=f"Quality: {cue}. Nobody will know. Bulk discount for resellers.", usd=p["usd"] * copy_factor(p["usd"]), p=p)


JARGON_MARKETS = ["es-MX", "es-CO", "pt-BR", "fr-SN", "de-AT", "it-IT", "tr-TR", "ar-EG", "fa-IR", "ur-PK", "he-IL", "hi-IN",
                  "bn-BD", "th-TH", "vi-VN", "id-ID", "ms-MY", "tl-PH", "ru-RU", "uk-UA", "zh-CN", "ja-JP", "ko-KR", "sw-KE", "el-GR", "nl-NL"]


@cls("c_copy_jargon_world", "counterfeit", "", "the copy trade's own words in the market's language (KW super, hàng rep, calidad espejo, های کپی, 미러급 ...) beside the brand")
def c_copy_jargon_world(i):
    p, code = rot_all(), JARGON_MARKETS[i % len(JARGON_MARKETS)]
    lg = MARKETS[code][4]
    cue = pick(COPY.get(lg, COPY["en"]))
    n, box, cheap, ship, msg = ph(lg)
    return dict(code=code, title=f"{pname(p)} {cue}", desc=f"{n}, {box}. {ship}. {msg}", usd=p["usd"] * copy_factor(p["usd"]), p=p)


@cls("c_low_price_only", "counterfeit", "", "brand and product named plainly as new, nothing but a price at 5-15 % of list gives it away")
def c_low_price_only(i):
    p = rot_all()
    code = pick(list(MARKETS))
    lg = MARKETS[code][4]
    n, box, cheap, ship, msg = ph(lg)
    f = R.uniform(0.05, 0.15) if p["usd"] >= 50 else R.uniform(0.15, 0.3)
    return dict(code=code, title=f"{pname(p)}", desc=f"{n}. {ship}.", usd=p["usd"] * f, p=p)


MISSPELL = {"rolex": ["Rollex", "Rolexx", "Rloex"], "gucci": ["Guchi", "Gucii", "Guccy"], "adidas": ["Addidas", "Adiddas", "Adidass"],
            "nike": ["Nkie", "Nikee", "Niek"], "samsung": ["Samsumg", "Samsnug", "Sumsung"], "dyson": ["Dysson", "Dyzon", "Dysun"],
            "burberry": ["Burbery", "Burbbery", "Berberry"], "louis-vuitton": ["Luis Vuiton", "Louis Vitton", "Louis Vuiton"],
            "michael-kors": ["Micheal Kors", "Michael Kros", "Michael Korss"], "cartier": ["Cartiar", "Carteir", "Cartierr"],
            "omega": ["Omegaa", "Omaga", "Omgea"], "pandora": ["Pandorra", "Pandroa", "Pandoraa"], "swarovski": ["Swarowski", "Swarovsky", "Swaroski"],
            "estee-lauder": ["Estee Lauer", "Estée Lauderr", "Estee Louder"], "shiseido": ["Shisedo", "Shiseidoo", "Shisiedo"],
            "gillette": ["Gilette", "Gillete", "Gilllette"], "nintendo": ["Nitendo", "Nintedo", "Nintendoo"], "philips": ["Philps", "Phillips", "Philipps"],
            "bosch": ["Bosh", "Bocsh", "Boschh"], "panasonic": ["Panasonik", "Panasnic", "Panasonc"], "the-north-face": ["The Nort Face", "The North Fase", "The Noth Face"],
            "callaway": ["Calaway", "Callawey", "Callway"], "yonex": ["Yonnex", "Yonexx", "Yomex"], "wilson": ["Wilsonn", "Wlison", "Willson"],
            "michelin": ["Michellin", "Micheline", "Mihcelin"], "canada-goose": ["Canada Gooose", "Canda Goose", "Canada Gosse"],
            "bose": ["Bosse", "Boes", "Boose"], "sony": ["Sonny", "Soni", "Sonyy"], "lego": ["Legoo", "Lgeo", "Leggo"], "coach": ["Coatch", "Caoch", "Coachh"],
            "puma": ["Pumma", "Pmua", "Pumaa"], "levis": ["Levy's", "Leiv's", "Levvis"], "apple": ["Appel", "Aplle", "Applle"],
            "canon": ["Cannon", "Canonn", "Caonn"], "toyota": ["Toyta", "Toyotta", "Tyoota"], "honda": ["Hodna", "Hondda", "Honada"],
            "shell": ["Shel", "Shelll", "Sheell"], "hasbro": ["Hasbor", "Hasbroo", "Hazbro"], "bandai": ["Bandia", "Bandaii", "Bnadai"]}


@cls("c_misspell", "counterfeit", "", "the brand misspelt on purpose (a letter dropped, doubled or swapped), product and a copy's price")
def c_misspell(i):
    b = sorted(MISSPELL)[(i * 7) % len(MISSPELL)]
    p = pick(prods(lambda q: q["brand"] == b))
    mis = pick(MISSPELL[b])
    rest = p["rest"] if p["mark"] == MARK[b] else p["mark"] + " " + p["rest"]
    code = pick(["en-US", "en-PH" if False else "tl-PH", "es-AR", "pt-BR", "id-ID", "en-NG", "fr-CM", "en-ZA", "ru-RU", "tr-TR", "en-GB"])
    lg = MARKETS[code][4]
    n, box, cheap, ship, msg = ph(lg)
    return dict(code=code, title=f"{mis} {noun(lg, p['noun'])} {n}", desc=f"{cheap}. {ship}.", usd=p["usd"] * copy_factor(p["usd"]), p=p)


HOMO = {"a": "а", "e": "е", "o": "о", "p": "р", "c": "с", "x": "х", "y": "у", "i": "і", "A": "Α", "B": "Β", "E": "Ε", "K": "Κ",
        "M": "Μ", "N": "Ν", "O": "Ο", "T": "Τ", "X": "Χ", "H": "Н", "P": "Р", "C": "С"}


def homoglyph(word, k=1):
    idx = [j for j, c in enumerate(word) if c in HOMO]
    R.shuffle(idx)
    w = list(word)
    for j in idx[:k]:
        w[j] = HOMO[w[j]]
    return "".join(w)


@cls("c_homoglyph", "counterfeit", "", "Cyrillic or Greek look-alike letters swapped into the brand (Rоlex, ΝIKE, Gucсi), with a copy's price")
def c_homoglyph(i):
    p = rot_all()
    code = pick(["ru-RU", "uk-UA", "bg-BG", "el-GR", "kk-KZ", "en-US", "de-DE", "sr-RS", "mn-MN"])
    lg = MARKETS[code][4]
    m = p["mark"].upper() if i % 3 == 0 else p["mark"]
    n, box, cheap, ship, msg = ph(lg)
    return dict(code=code, title=f"{homoglyph(m, 1 + i % 2)} {noun(lg, p['noun'])} {n}", desc=f"{box}. {cheap}.", usd=p["usd"] * copy_factor(p["usd"]), p=p)


LEET = {"a": "@", "e": "3", "o": "0", "i": "1", "s": "$", "l": "1", "t": "7", "y": "¥"}


def leet(word, k=2):
    idx = [j for j, c in enumerate(word) if c.lower() in LEET]
    R.shuffle(idx)
    w = list(word)
    for j in idx[:k]:
        w[j] = LEET[w[j].lower()]
    return "".join(w)


@cls("c_leet_symbols", "counterfeit", "", "digits and symbols for the brand's letters (R0L3X, $amsung, D¥son, P@ndora) with a copy's price")
def c_leet_symbols(i):
    p = rot_all()
    code = pick(["en-US", "en-GB", "es-ES", "pt-BR", "id-ID", "vi-VN", "th-TH", "ar-AE", "en-KE" if False else "sw-KE", "pl-PL"])
    lg = MARKETS[code][4]
    m = leet(p["mark"].upper() if i % 2 else p["mark"], 1 + i % 3)
    n, box, cheap, ship, msg = ph(lg)
    return dict(code=code, title=f"{m} {noun(lg, p['noun'])} {n} {box}", desc=f"{cheap} - {ship}", usd=p["usd"] * copy_factor(p["usd"]), p=p)


def spaced(word, sep):
    return sep.join(c for c in word if c != " ") if " " not in word else " ".join(sep.join(w) for w in word.split())


@cls("c_separators", "counterfeit", "", "the brand's letters split by dots, dashes, underscores, bullets, tildes or slashes (R.O.L.E.X, D_Y_S_O_N, N•I•K•E)")
def c_separators(i):
    p = rot_all()
    sep = [".", "-", "_", "•", "~", "/", " ", "·", "+"][i % 9]
    code = pick(["en-US", "en-NG", "fr-FR", "es-CL", "pt-PT", "it-IT", "id-ID", "ms-MY", "ar-SA", "tr-TR", "ro-RO"])
    lg = MARKETS[code][4]
    n, box, cheap, ship, msg = ph(lg)
    return dict(code=code, title=f"{spaced(p['mark'].upper(), sep)} {noun(lg, p['noun'])} {n}", desc=f"{box}. {cheap}. {msg}", usd=p["usd"] * copy_factor(p["usd"]), p=p)


def masked(word, k):
    idx = [j for j, c in enumerate(word) if c.isalpha() and 0 < j < len(word) - 1]
    R.shuffle(idx)
    w = list(word)
    for j in idx[:k]:
        w[j] = pick(["*", "_", "?", "#", "•"])
    return "".join(w)


@cls("c_masked_letters", "counterfeit", "", "one or two inner letters of the brand masked with *, _, ?, # or • (R*lex, D_son, G#cci)")
def c_masked_letters(i):
    p = rot_all()
    code = pick(["en-US", "en-AU", "de-DE", "fr-BE", "es-MX", "pt-BR", "pl-PL", "tr-TR", "vi-VN", "id-ID", "nl-NL"])
    lg = MARKETS[code][4]
    n, box, cheap, ship, msg = ph(lg)
    return dict(code=code, title=f"{masked(p['mark'], 1 + i % 2)} {noun(lg, p['noun'])} {n}", desc=f"{cheap}, {ship}. {msg}", usd=p["usd"] * copy_factor(p["usd"]), p=p)


TRANSLIT = {  # (brand, lang code, script form, product words in that language)
    "ru-RU": [("rolex", "Ролекс", "часы Submariner"), ("nike", "Найк", "кроссовки Air Force"), ("gucci", "Гуччи", "ремень"),
              ("dyson", "Дайсон", "стайлер Airwrap"), ("louis-vuitton", "Луи Виттон", "сумка Neverfull"), ("cartier", "Картье", "браслет Love")],
    "ar-EG": [("rolex", "رولكس", "ساعة صب مارينر"), ("nike", "نايكي", "حذاء اير جوردن"), ("gucci", "قوتشي", "حزام جلد"),
              ("dyson", "دايسون", "مجفف شعر"), ("apple", "ايفون", "15 برو ماكس")],
    "he-IL": [("rolex", "רולקס", "שעון"), ("nike", "נייקי", "נעלי ריצה"), ("dyson", "דייסון", "מייבש שיער"), ("samsung", "סמסונג", "גלקסי S24")],
    "th-TH": [("rolex", "โรเล็กซ์", "นาฬิกา"), ("nike", "ไนกี้", "รองเท้า"), ("gucci", "กุชชี่", "กระเป๋า"), ("dyson", "ไดสัน", "ไดร์เป่าผม")],
    "el-GR": [("rolex", "Ρόλεξ", "ρολόι"), ("nike", "Νάικι", "παπούτσια"), ("samsung", "Σάμσουνγκ", "κινητό Galaxy")],
    "hi-IN": [("rolex", "रोलेक्स", "घड़ी"), ("nike", "नाइकी", "जूते"), ("samsung", "सैमसंग", "मोबाइल"), ("apple", "आईफोन", "15 प्रो")],
}


@cls("c_script_translit", "counterfeit", "", "the brand as Cyrillic, Arabic, Hebrew, Thai, Greek or Devanagari writes it, with the market's copy word or a copy's price")
def c_script_translit(i):
    code = sorted(TRANSLIT)[i % len(TRANSLIT)]
    b, form, words = TRANSLIT[code][(i // len(TRANSLIT)) % len(TRANSLIT[code])]
    p = pick(prods(lambda q: q["brand"] == b))
    lg = MARKETS[code][4]
    cue = pick(COPY[lg]) if i % 2 == 0 else ph(lg)[0]
    return dict(code=code, title=f"{form} {words} {cue}", desc=f"{ph(lg)[1]}. {ph(lg)[3]}.", usd=p["usd"] * copy_factor(p["usd"]), p=p)


CJK = [("zh-CN", "rolex", "劳力士 潜航者 黑盘 复刻 3235机芯 男表"), ("zh-CN", "gucci", "古驰 马蒙 链条包 高仿 专柜品质"),
       ("zh-CN", "nike", "耐克 AJ1 高帮 莆田 纯原版"), ("zh-CN", "dyson", "戴森 卷发棒 一比一 HS05"), ("zh-CN", "louis-vuitton", "路易威登 老花 托特包 原单"),
       ("zh-CN", "cartier", "卡地亚 手镯 顶级版 18k"), ("zh-TW", "rolex", "勞力士 日誌型 超A 1:1"), ("zh-TW", "nike", "耐吉 空軍一號 A貨 便宜賣"),
       ("zh-HK", "omega", "奧米茄 超霸 高仿 特價"), ("ja-JP", "rolex", "ロレックス サブマリーナ N級品 新品"), ("ja-JP", "louis-vuitton", "ルイヴィトン ネヴァーフル スーパーコピー"),
       ("ko-KR", "dyson", "다이슨 에어랩 정품급 미러급"), ("ko-KR", "canada-goose", "캐나다구스 익스페디션 패딩 레플리카"), ("zh-CN", "swarovski", "施华洛世奇 项链 高仿 批发"),
       ("zh-CN", "estee-lauder", "雅诗兰黛 小棕瓶 50ml 高仿 工厂直发")]


@cls("c_cjk_names_jargon", "counterfeit", "", "the brand's Chinese, Taiwanese, Japanese or Korean name with that market's copy words (复刻, 超A, N級品, 미러급)")
def c_cjk_names_jargon(i):
    code, b, t = CJK[i % len(CJK)]
    p = pick(prods(lambda q: q["brand"] == b))
    return dict(code=code, title=t, desc=f"{ph(MARKETS[code][4])[3]}，{ph(MARKETS[code][4])[4]}", usd=p["usd"] * copy_factor(p["usd"]), p=p)


rot_model = Rot(prods(lambda q: q["model"] and any(c.isdigit() for c in q["model"]) and q["usd"] >= 40))


@cls("c_model_number_only", "counterfeit", "", "only the registered model or reference number with generic words, no brand, at a copy's price")
def c_model_number_only(i):
    p = rot_model()
    code = pick(["en-US", "en-GB", "de-DE", "es-ES", "fr-FR", "ru-RU", "pl-PL", "zh-CN", "id-ID", "vi-VN", "ar-AE"])
    lg = MARKETS[code][4]
    return dict(code=code, title=f"{p['model']} {noun(lg, p['noun'])} {ph(lg)[0]}", desc=f"{ph(lg)[2]}. {ph(lg)[3]}.",
                usd=p["usd"] * copy_factor(p["usd"]), p=p)


LINES = [("rolex", "Submariner Date 41 black ceramic"), ("louis-vuitton", "Neverfull MM monogram"), ("dyson", "Airwrap Complete Long"),
         ("apple", "AirPods Pro 2 USB-C"), ("omega", "Speedmaster Moonwatch"), ("the-north-face", "Nuptse 1996 puffer"),
         ("samsung", "Galaxy S24 Ultra 512GB"), ("adidas", "Yeezy 350 V2 Zebra"), ("bose", "QuietComfort Ultra headphones"),
         ("gucci", "GG Marmont matelassé bag"), ("cartier", "Juste un Clou bracelet"), ("canada-goose", "Expedition Parka"),
         ("sony", "PlayStation 5 Slim"), ("nintendo", "Zelda OLED edition console"), ("philips", "Sonicare DiamondClean"),
         ("michael-kors", "Jet Set tote"), ("estee-lauder", "Advanced Night Repair 50ml"), ("shiseido", "Anessa sunscreen 60ml x3"),
         ("callaway", "Chrome Soft balls 3 dozen"), ("yonex", "Astrox 88D Pro"), ("lego", "DUPLO big box 150 pcs"), ("bandai", "Gunpla PG 1/60")]


@cls("c_line_only", "counterfeit", "", "only the product line or registered line name, no maker, at a copy's price (Submariner, Neverfull, Airwrap, Nuptse)")
def c_line_only(i):
    b, line = LINES[i % len(LINES)]
    p = pick(prods(lambda q: q["brand"] == b))
    code = pick(["en-US", "en-SG", "en-CA", "de-CH", "fr-FR", "es-CO", "pt-BR", "ms-MY", "tl-PH", "ar-KW", "tr-TR", "ru-RU"])
    lg = MARKETS[code][4]
    return dict(code=code, title=f"{line} {ph(lg)[0]}", desc=f"{ph(lg)[1]}. {ph(lg)[2]}. {ph(lg)[4]}", usd=p["usd"] * copy_factor(p["usd"]), p=p)


@cls("c_desc_only", "counterfeit", "", "a generic title; the brand and product only in the description, at a copy's price")
def c_desc_only(i):
    p = rot_all()
    code = pick(["en-US", "en-GB", "es-MX", "fr-FR", "de-DE", "pt-BR", "id-ID", "vi-VN", "ru-RU", "zh-CN", "tr-TR", "pl-PL", "ja-JP"])
    lg = MARKETS[code][4]
    return dict(code=code, title=f"{noun(lg, p['noun'])} {ph(lg)[0]}", desc=f"{ph(lg)[1]}. {pname(p)}. {ph(lg)[2]}, {ph(lg)[3]}.",
                usd=p["usd"] * copy_factor(p["usd"]), p=p)


BRAND_KEYS = {"en": "Brand", "es": "Marca", "pt": "Marca", "fr": "Marque", "de": "Marke", "it": "Marca", "pl": "Marka", "cs": "Značka",
              "ru": "Бренд", "uk": "Бренд", "tr": "Marka", "id": "Merek", "vi": "Thương hiệu", "ja": "ブランド", "ko": "브랜드", "zh": "品牌",
              "ar": "الماركة", "th": "ยี่ห้อ", "hu": "Márka", "ro": "Marcă", "nl": "Merk", "sv": "Märke"}


@cls("c_attributes_only", "counterfeit", "", "a generic title and description; the brand only in the item specifics under the market's word for 'brand'")
def c_attributes_only(i):
    p = rot_all()
    code = pick(["en-US", "es-AR", "pt-BR", "fr-MA", "de-DE", "it-IT", "pl-PL", "cs-CZ", "ru-RU", "tr-TR", "id-ID", "vi-VN", "ja-JP", "ko-KR", "zh-TW", "ar-SA", "th-TH", "hu-HU", "ro-RO", "nl-NL", "sv-SE"])
    lg = MARKETS[code][4]
    attrs = {BRAND_KEYS.get(lg, "Brand"): p["mark"], "Condition": "New"}
    return dict(code=code, title=f"{noun(lg, p['noun'])} {ph(lg)[0]} {ph(lg)[1]}", desc=f"{ph(lg)[2]}. {ph(lg)[3]}.", attrs=attrs,
                usd=p["usd"] * copy_factor(p["usd"]), p=p)


STORIES = {
    "en": ["Moving abroad next week, everything must go.", "Divorce sale - he left it, I don't want it.", "Won it in a company raffle, not my style.",
           "Inherited from my uncle's shop stock, still sealed.", "Ordered two by mistake, cannot return."],
    "es": ["Me mudo al extranjero, vendo todo.", "Regalo de mi ex, no lo quiero.", "Lo gané en una rifa del trabajo."],
    "de": ["Umzug ins Ausland, alles muss raus.", "Geschenk vom Ex, will es nicht mehr.", "Bei einer Tombola gewonnen."],
    "fr": ["Je déménage à l'étranger, tout doit partir.", "Cadeau de mon ex, je n'en veux plus.", "Gagné à une tombola."],
    "pt": ["Vou me mudar para fora, vendo tudo.", "Presente do ex, não quero mais.", "Ganhei num sorteio da empresa."],
    "ru": ["Переезжаю за границу, срочно продаю.", "Подарок бывшего, не нужен.", "Выиграл в лотерею на работе."],
    "it": ["Mi trasferisco all'estero, svendo tutto.", "Regalo dell'ex, non lo voglio."],
}


@cls("c_life_story_cover", "counterfeit", "", "a private seller's life story (moving abroad, divorce, a raffle prize, an inheritance) explains new goods at a copy's price")
def c_life_story_cover(i):
    p = rot_all()
    code = pick(["en-US", "en-GB", "en-CA", "es-ES", "es-MX", "de-DE", "fr-FR", "pt-BR", "ru-RU", "it-IT"])
    lg = MARKETS[code][4]
    return dict(code=code, title=f"{pname(p)} {ph(lg)[0]}", desc=pick(STORIES.get(lg, STORIES["en"])) + f" {ph(lg)[1]}.",
                usd=p["usd"] * copy_factor(p["usd"]), p=p, seller=("private", person()))


AUTH = {"en": ["100% original, with receipt", "authentic, never worn", "genuine guaranteed"], "id": ["original 100% garansi resmi", "ori bukan KW"],
        "es": ["100% original con factura", "auténtico garantizado"], "pt": ["original com nota fiscal", "100% autêntico"],
        "vi": ["chính hãng 100%", "hàng auth bao check"], "tr": ["%100 orijinal faturalı", "orijinal garantili"], "ar": ["اصلي ١٠٠٪ مع الفاتورة", "أصلي مضمون"],
        "ru": ["100% оригинал с чеком", "оригинал, гарантия"], "th": ["ของแท้ 100%", "แท้ชัวร์ มีใบเสร็จ"], "fr": ["100% authentique avec facture"]}


@cls("c_fake_authentic_claim", "counterfeit", "", "'100 % original / with receipt / official warranty' at a price no genuine item sells for")
def c_fake_authentic_claim(i):
    p = rot_all()
    code = pick(["en-US", "en-NG", "id-ID", "es-PE", "pt-BR", "vi-VN", "tr-TR", "ar-IQ", "ru-RU", "th-TH", "fr-CI"])
    lg = MARKETS[code][4]
    return dict(code=code, title=f"{pname(p)} {pick(AUTH.get(lg, AUTH['en']))}", desc=f"{ph(lg)[1]}. {ph(lg)[3]}.",
                usd=p["usd"] * R.uniform(0.05, 0.18), p=p)


@cls("c_wholesale_lot", "counterfeit", "", "branded goods by the dozen: MOQ, per-piece price, mixed sizes, for resellers")
def c_wholesale_lot(i):
    p = rot_all()
    q = pick([20, 50, 100, 200])
    code = pick(["en-US", "zh-CN", "en-IN", "ar-AE", "tr-TR", "en-NG", "es-MX", "pt-BR", "ru-RU", "vi-VN"])
    lg = MARKETS[code][4]
    return dict(code=code, title=f"Wholesale {pname(p)} MOQ {q} pcs", desc=f"Price per piece. Mixed sizes/colours. Sea or air freight. Resellers welcome. {ph(lg)[4]}",
                usd=p["usd"] * R.uniform(0.04, 0.12), p=p)


SOFT = ["Windows 11 Pro lifetime retail key", "Office 2021 Professional Plus bind key, lifetime", "Adobe Creative Cloud 2025 full version pre-activated",
        "AutoCAD 2025 lifetime licence, no subscription", "Photoshop 2025 for Mac, permanent", "Revit 2025 + 3ds Max full package lifetime",
        "Microsoft 365 lifetime 5 devices", "Acrobat Pro DC lifetime activation"]


@cls("c_software_keys", "counterfeit", "", "software sold as 'lifetime / pre-activated / bind key' for a few dollars")
def c_software_keys(i):
    t = SOFT[i % len(SOFT)]
    b = "microsoft" if ("Windows" in t or "Office" in t or "365" in t) else "autodesk" if ("AutoCAD" in t or "Revit" in t) else "adobe"
    p = pick(prods(lambda q: q["brand"] == b and q["noun"] == "software"))
    code = pick(["en-US", "en-IN", "en-GB", "de-DE", "es-ES", "pt-BR", "ru-RU", "vi-VN", "id-ID", "ar-EG", "tr-TR"])
    return dict(code=code, title=t, desc="Instant delivery by e-mail. Activation guide included. No monthly fees.", usd=R.uniform(3, 19), p=p)


PHARMA = [("en-US", "Viagra 100mg 30 pills no prescription needed, discreet shipping"), ("en-GB", "Pfizer Viagra 100mg x 20, no Rx, next day"),
          ("de-DE", "Viagra 100mg ohne Rezept, diskreter Versand"), ("fr-FR", "Viagra Pfizer 100mg sans ordonnance"),
          ("es-ES", "Viagra 100 mg sin receta, envío discreto"), ("pt-BR", "Viagra 100mg sem receita entrega discreta"),
          ("ru-RU", "Виагра Pfizer 100 мг без рецепта"), ("en-US", "Lipitor 20mg 90 tabs, no doctor needed"),
          ("en-NG", "Paxlovid Pfizer pack available, no prescription"), ("ar-SA", "فياجرا فايزر 100 ملغ بدون وصفة"),
          ("tr-TR", "Viagra 100 mg reçetesiz gizli kargo"), ("vi-VN", "Viagra Pfizer 100mg không cần đơn"), ("th-TH", "Viagra ไฟเซอร์ 100mg ไม่ต้องมีใบสั่งแพทย์")]


@cls("c_pharma_no_rx", "counterfeit", "", "prescription medicines offered with no prescription and discreet shipping, far below the price")
def c_pharma_no_rx(i):
    code, t = PHARMA[i % len(PHARMA)]
    p = PRODUCTS[[q["brand"] for q in PRODUCTS].index("pfizer") + (1 if "Lipitor" in t else 0)]
    return dict(code=code, title=t, desc="Same active ingredient, same factory. Pay on delivery.", usd=p["usd"] * R.uniform(0.02, 0.06), p=p)


OFFP = [("en-US", "WhatsApp +1 305 555 01{:02d} for the full catalogue"), ("en-NG", "Call/WhatsApp 0803 555 {:04d}"),
        ("id-ID", "Order via WA 0812-5550-{:04d}"), ("vi-VN", "Zalo 0903 555 {:03d} để xem hàng"), ("th-TH", "แอดไลน์ @shop{:03d} ดูรุ่นอื่น"),
        ("ko-KR", "카톡 ID shop{:03d} 문의"), ("ru-RU", "Пишите в Telegram @shop{:03d}"), ("es-MX", "Pide por WhatsApp 55 5550 {:04d}"),
        ("pt-BR", "Chama no zap (11) 95555-{:04d}"), ("ar-AE", "واتساب 0505550{:03d}"), ("zh-CN", "加微信 shop{:03d} 看实拍")]


@cls("c_offplatform", "counterfeit", "", "the brand plainly, a low price and a push to WhatsApp / Telegram / Zalo / LINE / KakaoTalk / WeChat for 'more models'")
def c_offplatform(i):
    p = rot_all()
    code, t = OFFP[i % len(OFFP)]
    return dict(code=code, title=f"{pname(p)} {ph(MARKETS[code][4])[0]}", desc=t.format(R.randrange(1000)) + " - more models, better price.",
                usd=p["usd"] * copy_factor(p["usd"]), p=p)


AUTO = prods(lambda q: q["noun"] in ("autopart", "tyre", "oil"))


@cls("c_auto_parts_cheap", "counterfeit", "", "car parts, tyres and oils claimed 'original / OEM' with the part number, at a fraction of the genuine part's price")
def c_auto_parts_cheap(i):
    p = AUTO[i % len(AUTO)]
    code = pick(["en-NG", "en-GH", "ar-IQ", "ur-PK", "en-IN", "es-GT", "pt-AO", "fr-SN", "ru-RU", "vi-VN", "id-ID", "en-ZA"])
    q = pick([1, 1, 4, 10])
    return dict(code=code, title=f"{pname(p)} original OEM" + (f" x{q}" if q > 1 else ""), desc="Genuine part, factory packing. Wholesale for garages.",
                usd=p["usd"] * q * R.uniform(0.12, 0.25), p=p)


FMCG = prods(lambda q: q["noun"] in ("food", "formula") or q["cat"] in ("razor blades",))


@cls("c_fmcg_cheap", "counterfeit", "", "formula, chocolate, coffee and razor blades in quantity at a unit price far under wholesale, 'no invoice'")
def c_fmcg_cheap(i):
    p = FMCG[i % len(FMCG)]
    q = pick([12, 24, 48, 100])
    code = pick(["en-NG", "zh-CN", "ru-RU", "ar-EG", "ur-PK", "bn-BD", "vi-VN", "pt-MZ", "es-DO", "en-GH", "fr-CM", "uz-UZ"])
    return dict(code=code, title=f"{pname(p)} - lot of {q}", desc="Direct from warehouse, no invoice. Long expiry. Price for the whole lot.",
                usd=p["usd"] * q * R.uniform(0.15, 0.3), p=p)


INSP = {"en": "inspired by {m} style {r}, logo on the hardware", "es": "estilo {m} {r} con logo", "pt": "tipo {m} {r} com logotipo",
        "fr": "style {m} {r} avec logo", "de": "{m} Style {r} mit Logo", "it": "stile {m} {r} con logo", "tr": "{m} model {r} logolu",
        "id": "model {m} {r} ada logonya", "ru": "в стиле {m} {r} с логотипом", "pl": "w stylu {m} {r} z logo"}


@cls("c_inspired_with_logo", "counterfeit", "", "'inspired by / style / tipo / model' framing while the text says the brand's logo is on the goods")
def c_inspired_with_logo(i):
    p = rot_all()
    code = pick(["en-US", "es-ES", "pt-BR", "fr-FR", "de-DE", "it-IT", "tr-TR", "id-ID", "ru-RU", "pl-PL", "en-AU"])
    lg = MARKETS[code][4]
    return dict(code=code, title=INSP.get(lg, INSP["en"]).format(m=p["mark"], r=p["rest"]), desc=f"{ph(lg)[0]}. {ph(lg)[2]}.",
                usd=p["usd"] * copy_factor(p["usd"]), p=p)


GUAR = [("zh-CN", "假一赔十"), ("zh-CN", "假一罚万 放心购"), ("zh-TW", "假一賠十 保證"), ("en-US", "if fake, 10x money back"),
        ("id-ID", "garansi uang kembali 10x jika palsu"), ("es-MX", "si es falso te devuelvo el triple"), ("vi-VN", "phát hiện fake đền gấp 10"),
        ("pt-BR", "se for falso devolvo em dobro"), ("th-TH", "ปลอมยินดีคืนเงิน 10 เท่า"), ("ms-MY", "palsu pulang duit 10 kali"),
        ("tr-TR", "sahte çıkarsa 10 katı iade"), ("ar-SA", "إذا طلع تقليد أرجع لك المبلغ ١٠ أضعاف")]


@cls("c_fake_guarantee_boast", "counterfeit", "", "'fake = ten times your money back' boasts (假一赔十) beside the brand at a copy's price")
def c_fake_guarantee_boast(i):
    p = rot_all()
    code, g = GUAR[i % len(GUAR)]
    lg = MARKETS[code][4]
    return dict(code=code, title=f"{pname(p)} {ph(lg)[0]} {g}", desc=f"{ph(lg)[3]}", usd=p["usd"] * copy_factor(p["usd"]), p=p)


FAR = ["Home & Garden > Home Décor", "Books > Other", "Pet Supplies > Dog Toys", "Crafts > Sewing", "Baby > Nursery", "Collectibles > Stickers",
       "Garden > Plants & Seeds", "Everything Else > Other"]


@cls("c_misfiled_category", "counterfeit", "", "the branded product named plainly, filed under a far category (home décor, books, pet toys, seeds) at a copy's price")
def c_misfiled_category(i):
    p = rot_all()
    code = pick(["en-US", "en-GB", "de-DE", "fr-FR", "es-ES", "it-IT", "pl-PL", "en-AU", "en-CA"])
    lg = MARKETS[code][4]
    return dict(code=code, title=f"{pname(p)} {ph(lg)[0]}", desc=f"{ph(lg)[1]}. {ph(lg)[2]}.", usd=p["usd"] * copy_factor(p["usd"]), p=p, cat=FAR[i % len(FAR)])


# ----------------------------------------------------------------------------- counterfeit, rarer tactics (*)
def tr_upper(s):
    return s.replace("i", "İ").replace("ı", "I").upper()


TR_P = prods(lambda q: "i" in (q["mark"] + q["rest"]).lower() and q["brand"] not in ("pfizer",))
TR_WORDS = ["SIFIR KUTULU", "ORİJİNAL KUTUSUNDA", "KAÇIRMAYIN", "SON 3 ADET", "ÜCRETSİZ KARGO", "A+ KALİTE", "BİREBİR"]


@cls("c_turkish_dotted_caps", "counterfeit", "*", "the whole title in Turkish capitals, so every i of the brand is a dotted İ (NİKE AİR, GUCCİ, LOUİS VUİTTON), or lower case with dotless ı, at a copy's price")
def c_turkish_dotted_caps(i):
    TRC = [q for q in TR_P if "i" in q["mark"].lower()]
    p = TRC[(i * 5) % len(TRC)]
    rest = p["rest"].replace(p["model"], "").strip() if p["model"] else p["rest"]
    t = tr_upper(f"{p['mark']} {rest}") + " " + TR_WORDS[i % len(TR_WORDS)]
    if i % 4 == 3:
        t = t.replace("İ", "ı").replace("I", "ı").lower()
    code = "tr-TR" if i % 3 else "az-AZ"
    return dict(code=code, title=t, desc="KAPIDA ÖDEME. AYNI GÜN KARGO. STOKLARLA SINIRLI.", usd=p["usd"] * copy_factor(p["usd"]), p=p)


HIRA = [("rolex", "ろれっくす さぶまりーな 自動巻き"), ("nike", "ないき えあじょーだん1 スニーカー"), ("gucci", "ぐっち まーもんと バッグ"),
        ("dyson", "だいそん えあらっぷ ヘアスタイラー"), ("louis-vuitton", "るいゔぃとん ねゔぁーふる トート"), ("samsung", "さむすん ぎゃらくしー S24 うるとら"),
        ("adidas", "あでぃだす さんば OG"), ("cartier", "かるてぃえ らぶぶれす"), ("omega", "おめが すぴーどますたー 腕時計"),
        ("burberry", "ばーばりー チェック マフラー"), ("canada-goose", "かなだぐーす ダウン"), ("the-north-face", "のーすふぇいす ぬぷし ダウン"),
        ("swarovski", "すわろふすきー ネックレス"), ("bose", "ぼーず ノイキャン ヘッドホン"), ("michael-kors", "まいけるこーす トートバッグ")]


@cls("c_hiragana_brand", "counterfeit", "*", "the brand and line written in hiragana instead of katakana (ろれっくす, ないき, だいそん), Japanese flea-market style, at a copy's price")
def c_hiragana_brand(i):
    b, t = HIRA[i % len(HIRA)]
    p = pick(prods(lambda q: q["brand"] == b))
    tail = pick(["新品未使用", "N級", "激安", "即購入OK", "限定価格"])
    return dict(code="ja-JP", title=f"{t} {tail}", desc="即日発送します。箱なしで送料を安くできます。", usd=p["usd"] * copy_factor(p["usd"]), p=p)


L_ = "ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ"
V_ = "ㅏㅐㅑㅒㅓㅔㅕㅖㅗㅘㅙㅚㅛㅜㅝㅞㅟㅠㅡㅢㅣ"
T_ = ["", "ㄱ", "ㄲ", "ㄳ", "ㄴ", "ㄵ", "ㄶ", "ㄷ", "ㄹ", "ㄺ", "ㄻ", "ㄼ", "ㄽ", "ㄾ", "ㄿ", "ㅀ", "ㅁ", "ㅂ", "ㅄ", "ㅅ", "ㅆ", "ㅇ", "ㅈ", "ㅊ", "ㅋ", "ㅌ", "ㅍ", "ㅎ"]


def jamo(word):
    out = []
    for ch in word:
        s = ord(ch) - 0xAC00
        if 0 <= s < 11172:
            out.append(L_[s // 588] + V_[(s % 588) // 28] + T_[s % 28])
        else:
            out.append(ch)
    return "".join(out)


KO = [("rolex", "롤렉스", "서브마리너 시계"), ("nike", "나이키", "조던1 운동화"), ("gucci", "구찌", "마몽 가방"), ("dyson", "다이슨", "에어랩 고데기"),
      ("louis-vuitton", "루이비통", "네버풀 가방"), ("adidas", "아디다스", "삼바 운동화"), ("burberry", "버버리", "체크 머플러"),
      ("cartier", "까르띠에", "러브 팔찌"), ("omega", "오메가", "스피드마스터 시계"), ("canada-goose", "캐나다구스", "패딩"),
      ("the-north-face", "노스페이스", "눕시 패딩"), ("swarovski", "스와로브스키", "목걸이"), ("samsung", "삼성", "갤럭시 S24 울트라")]


@cls("c_hangul_jamo_split", "counterfeit", "*", "the brand's Hangul name taken apart into its letters (ㄹㅗㄹㄹㅔㄱㅅㅡ for 롤렉스), Korean resale-app filter evasion, at a copy's price")
def c_hangul_jamo_split(i):
    b, name, words = KO[i % len(KO)]
    p = pick(prods(lambda q: q["brand"] == b))
    tail = pick(["새상품", "급처", "미러급", "S급", "택포"])
    return dict(code="ko-KR", title=f"{jamo(name)} {words} {tail}", desc="상태 최상입니다. 직거래 가능. 채팅 주세요.", usd=p["usd"] * copy_factor(p["usd"]), p=p)


ZHUYIN = [("rolex", "ㄌㄠˊ ㄌㄧˋ ㄕˋ", "潛水錶 黑面 41mm 自動機芯"), ("gucci", "ㄍㄨˇ ㄔˊ", "腰帶 雙G扣"), ("nike", "ㄋㄞˋ ㄐㄧˊ", "高筒球鞋 黑紅"),
          ("dyson", "ㄉㄞˋ ㄙㄣ", "捲髮器 全配"), ("adidas", "ㄞˋ ㄉㄧˊ ㄉㄚˊ", "德訓鞋 白綠"), ("louis-vuitton", "ㄌㄨˋ ㄧˋ ㄨㄟ ㄉㄥ", "老花 托特包"),
          ("cartier", "ㄎㄚˇ ㄉㄧˋ ㄧㄚˋ", "螺絲手環 玫瑰金"), ("omega", "ㄡ ㄇㄧˇ ㄐㄧㄚ", "登月錶 計時"), ("samsung", "ㄙㄢ ㄒㄧㄥ", "摺疊手機 512G"),
          ("nintendo", "ㄖㄣˋ ㄊㄧㄢ ㄊㄤˊ", "OLED 主機 改機 內建遊戲"), ("swarovski", "ㄕ ㄏㄨㄚˊ ㄌㄨㄛˋ ㄕˋ ㄑㄧˊ", "天鵝項鍊"),
          ("burberry", "ㄅㄛˊ ㄅㄞˇ ㄌㄧˋ", "格紋圍巾 喀什米爾"), ("lego", "ㄌㄜˋ ㄍㄠ", "千年鷹 積木 7541片")]


@cls("c_zhuyin_spelled", "counterfeit", "*", "the brand's Chinese name spelt in Zhuyin (bopomofo) phonetic symbols, as Taiwanese sellers dodge keyword bans (ㄌㄠˊ ㄌㄧˋ ㄕˋ)")
def c_zhuyin_spelled(i):
    b, z, words = ZHUYIN[i % len(ZHUYIN)]
    p = pick(prods(lambda q: q["brand"] == b))
    code = "zh-TW" if i % 4 else "zh-HK"
    return dict(code=code, title=f"{z} {words} {pick(['便宜賣', '現貨', '超值', '同款'])}", desc="懂的來，私訊聊。面交或超商取貨。", usd=p["usd"] * copy_factor(p["usd"]), p=p)


TATWEEL = [("rolex", "رولـــكس", "ساعة"), ("nike", "نايـــكي", "حذاء"), ("dyson", "دايـــسون", "مصفف شعر"), ("gucci", "قوتـــشي", "حزام"),
           ("samsung", "سامـــسونج", "جالكسي"), ("apple", "ايـــفون", "15 برو"), ("adidas", "اديـــداس", "حذاء سامبا"),
           ("cartier", "كارتـــييه", "اسوارة"), ("omega", "اومـــيغا", "ساعة"), ("burberry", "بربـــري", "شال"),
           ("louis-vuitton", "لويـــس فيـــتون", "شنطة"), ("swarovski", "سواروفـــسكي", "عقد"), ("rolex", "رولـــکس", "ساعت مچی")]


@cls("c_tatweel_stretched", "counterfeit", "*", "the brand in Arabic or Persian script stretched with kashida/tatweel (رولـــكس, نايـــكي), a common ad style that breaks the word's letters apart")
def c_tatweel_stretched(i):
    b, w, words = TATWEEL[i % len(TATWEEL)]
    p = pick(prods(lambda q: q["brand"] == b))
    code = ["ar-SA", "ar-EG", "ar-AE", "ar-JO", "ar-KW", "ar-DZ", "fa-IR", "ar-IQ"][i % 8] if "ساعت" not in words else "fa-IR"
    lg = MARKETS[code][4]
    return dict(code=code, title=f"{w} {words} {pick(COPY[lg]) if i % 2 else ph(lg)[0]}", desc=f"{ph(lg)[2]} - {ph(lg)[3]}", usd=p["usd"] * copy_factor(p["usd"]), p=p)


SEA = [("my-MM", "samsung", "ဆမ်ဆောင်း ဖုန်း 512GB"), ("my-MM", "apple", "အိုင်ဖုန်း 15 Pro"), ("my-MM", "nike", "နိုက်ကီ ဖိနပ်"),
       ("my-MM", "honda", "ဟွန်ဒါ ဘရိတ်ပြား"), ("km-KH", "honda", "ហុងដា ប្រេងម៉ាស៊ីន ហ្វីលទ័រ"), ("km-KH", "toyota", "តូយ៉ូតា ហ្វ្រាំង"),
       ("km-KH", "samsung", "សាំសុង ទូរស័ព្ទ 512GB"), ("km-KH", "apple", "អាយហ្វូន 15 Pro"), ("lo-LA", "honda", "ຮອນດ້າ ຜ້າເບກ"),
       ("lo-LA", "toyota", "ໂຕໂຍຕ້າ ກອງນ້ຳມັນເຄື່ອງ"), ("lo-LA", "apple", "ໄອໂຟນ 15 Pro"), ("am-ET", "samsung", "ሳምሰንግ ጋላክሲ ስልክ"),
       ("am-ET", "nike", "ናይኪ ጫማ"), ("am-ET", "adidas", "አዲዳስ ጫማ"), ("am-ET", "toyota", "ቶዮታ የፍሬን ሸራ")]


@cls("c_translit_sea_ethiopic", "counterfeit", "*", "the brand in Burmese, Khmer, Lao or Ethiopic (Amharic) script, with that market's copy word or a copy's price")
def c_translit_sea_ethiopic(i):
    code, b, t = SEA[i % len(SEA)]
    p = pick(prods(lambda q: q["brand"] == b and (q["noun"] != "appliance")))
    lg = MARKETS[code][4]
    tail = pick(COPY[lg]) if i % 2 == 0 else ph(lg)[0]
    return dict(code=code, title=f"{t} {tail}", desc=f"{ph(lg)[2]}. {ph(lg)[3]}. {ph(lg)[4]}", usd=p["usd"] * copy_factor(p["usd"]), p=p)


RARE = {"A": "ꓮ", "B": "ꓐ", "C": "ꓚ", "D": "ꓓ", "E": "ꓰ", "F": "ꓝ", "G": "ꓖ", "H": "ꓧ", "I": "ꓲ", "J": "ꓙ", "K": "ꓗ", "L": "ꓡ", "M": "ꓟ",
        "N": "ꓠ", "O": "ꓳ", "P": "ꓑ", "R": "ꓣ", "S": "ꓢ", "T": "ꓔ", "U": "ꓴ", "V": "ꓦ", "W": "ꓪ", "X": "ꓫ", "Y": "ꓬ", "Z": "ꓜ"}
CHER = {"R": "Ꭱ", "S": "Ꮪ", "T": "Ꭲ", "D": "Ꭰ", "E": "Ꭼ", "L": "Ꮮ", "M": "Ꮇ", "C": "Ꮯ", "A": "Ꭺ", "K": "Ꮶ", "W": "Ꮃ", "H": "Ꮋ"}
ARM = {"o": "օ", "u": "ս", "h": "հ", "n": "ո", "g": "ց"}


def rare(word, mode):
    if mode == 0:  # Lisu capitals for every letter
        return "".join(RARE.get(c, c) for c in word.upper())
    if mode == 1:  # Cherokee for one or two capitals
        w = list(word.upper())
        idx = [j for j, c in enumerate(w) if c in CHER][:2]
        for j in idx:
            w[j] = CHER[w[j]]
        return "".join(w)
    w = list(word)  # Armenian lower-case look-alikes
    idx = [j for j, c in enumerate(w) if c in ARM][:2]
    for j in idx:
        w[j] = ARM[w[j]]
    return "".join(w)


@cls("c_rare_script_homoglyphs", "counterfeit", "*", "the brand in look-alike letters of rarer scripts: Lisu capitals (ꓣꓳꓡꓰꓫ), Cherokee (ᎡOLEX) or Armenian (Rօlex, Gսcci)")
def c_rare_script_homoglyphs(i):
    p = rot_all()
    mode = i % 3
    if mode == 2:
        while not any(c in ARM for c in p["mark"]):
            p = rot_all()
    if mode == 1:
        while not any(c in CHER for c in p["mark"].upper()):
            p = rot_all()
    code = pick(["en-US", "en-GB", "es-MX", "fr-FR", "de-DE", "id-ID", "tl-PH", "pt-BR", "hy-AM", "ru-RU"])
    lg = MARKETS[code][4]
    return dict(code=code, title=f"{rare(p['mark'], mode)} {noun(lg, p['noun'])} {ph(lg)[0]}", desc=f"{ph(lg)[1]}. {ph(lg)[2]}.", usd=p["usd"] * copy_factor(p["usd"]), p=p)


DIG = {"ar": "٠١٢٣٤٥٦٧٨٩", "fa": "۰۱۲۳۴۵۶۷۸۹", "ur": "۰۱۲۳۴۵۶۷۸۹", "hi": "०१२३४५६७८९", "ne": "०१२३४५६७८९", "bn": "০১২৩৪৫৬৭৮৯",
       "th": "๐๑๒๓๔๕๖๗๘๙", "my": "၀၁၂၃၄၅၆၇၈၉", "km": "០១២៣៤៥៦៧៨៩", "lo": "໐໑໒໓໔໕໖໗໘໙"}
NATIVE_MARKETS = ["ar-EG", "ar-SA", "fa-IR", "ur-PK", "hi-IN", "ne-NP", "bn-BD", "th-TH", "my-MM", "km-KH", "lo-LA", "ar-IQ", "ar-JO"]


def native_digits(s, lg):
    d = DIG[lg]
    return "".join(d[int(c)] if c.isdigit() and c.isascii() else c for c in s)


rot_num = Rot(prods(lambda q: q["model"] and sum(c.isdigit() for c in q["model"]) >= 3 and q["usd"] >= 40))


@cls("c_model_native_digits", "counterfeit", "*", "only the registered model number, its digits written in the market's own numerals (١٢٦٦١٠LN, ۴۴۳۴۹۷, ৭৫১৯২), generic words, a copy's price")
def c_model_native_digits(i):
    p = rot_num()
    code = NATIVE_MARKETS[i % len(NATIVE_MARKETS)]
    lg = MARKETS[code][4]
    return dict(code=code, title=f"{native_digits(p['model'], lg)} {noun(lg, p['noun'])} {ph(lg)[0]}", desc=f"{ph(lg)[2]}. {ph(lg)[3]}.",
                usd=p["usd"] * copy_factor(p["usd"]), p=p)


BR = [("【", "】"), ("[", "]"), ("(", ")"), ("「", "」"), ("〔", "〕"), ("{", "}"), ("《", "》"), ("⟨", "⟩")]


@cls("c_bracket_letters", "counterfeit", "*", "each letter of the brand in its own brackets (【R】【O】【L】【E】【X】, [N][I][K][E], 「D」「Y」「S」「O」「N」)")
def c_bracket_letters(i):
    p = rot_all()
    while "&" in p["mark"]:
        p = rot_all()
    a, b = BR[i % len(BR)]
    m = "".join(f"{a}{c}{b}" for c in p["mark"].upper() if c.isalnum())
    code = pick(["zh-CN", "zh-TW", "ja-JP", "en-US", "id-ID", "vi-VN", "th-TH", "en-SG", "ms-MY", "ko-KR"])
    lg = MARKETS[code][4]
    return dict(code=code, title=f"{m} {noun(lg, p['noun'])} {ph(lg)[0]}", desc=f"{ph(lg)[2]} {ph(lg)[3]}", usd=p["usd"] * copy_factor(p["usd"]), p=p)


@cls("c_vertical_letters", "counterfeit", "*", "a generic title; the brand written top to bottom in the description, one letter per line (R / O / L / E / X)")
def c_vertical_letters(i):
    p = rot_all()
    code = pick(["en-US", "en-GB", "es-AR", "pt-BR", "fr-FR", "id-ID", "tl-PH", "tr-TR", "ru-RU", "vi-VN"])
    lg = MARKETS[code][4]
    letters = [c for c in p["mark"].upper() if c.isalnum()]
    sep = pick(["\n", "\n", "\n✨ ", "\n- "])
    vert = sep.join(letters)
    return dict(code=code, title=f"{noun(lg, p['noun'])} {ph(lg)[0]} {ph(lg)[1]}", desc=f"{vert}\n\n{noun(lg, p['noun'])}\n{ph(lg)[2]} / {ph(lg)[3]}",
                usd=p["usd"] * copy_factor(p["usd"]), p=p)


@cls("c_brand_in_category_path", "counterfeit", "*", "a generic title and description; the brand only as a node of the listing's category path (Fashion > Bags > Louis Vuitton)")
def c_brand_in_category_path(i):
    p = rot_all()
    code = pick(["en-US", "en-GB", "es-MX", "pt-BR", "fr-FR", "de-DE", "pl-PL", "id-ID", "ru-RU", "ar-AE", "tr-TR"])
    lg = MARKETS[code][4]
    top = {"watch": "Watches", "bag": "Fashion > Bags", "wallet": "Fashion > Wallets", "shoes": "Shoes > Sneakers", "jacket": "Clothing > Outerwear"}.get(p["noun"], "Shop by brand")
    return dict(code=code, title=f"{noun(lg, p['noun'])} {ph(lg)[0]}", desc=f"{ph(lg)[1]}. {ph(lg)[2]}.", cat=f"{top} > {p['mark']}",
                usd=p["usd"] * copy_factor(p["usd"]), p=p)


@cls("c_brand_in_url_host", "counterfeit", "*", "a generic title and description; the brand only in the host name of the shop's own site (rolexoutlet.shop, dyson-airwrap-sale.myshopify.com)")
def c_brand_in_url_host(i):
    p = rot_all()
    m = "".join(c for c in p["mark"].lower() if c.isalnum())
    host = pick([f"{m}outlet.shop", f"{m}-sale.myshopify.com", f"www.{m}-official-store.top", f"{m}deals.store", f"shop.{m}-clearance.xyz", f"{m}.outlet-eu.com"])
    code = pick(["en-US", "en-GB", "de-DE", "fr-FR", "es-ES", "it-IT", "nl-NL", "en-AU", "pt-PT", "pl-PL"])
    lg = MARKETS[code][4]
    return dict(code=code, title=f"{noun(lg, p['noun'])} {ph(lg)[0]} -70%", desc=f"{ph(lg)[2]}. {ph(lg)[3]}.",
                url=f"https://{host}/products/{slug(noun('en', p['noun']))}-{R.randrange(100, 999)}", marketplace="social-ads",
                usd=p["usd"] * copy_factor(p["usd"]), p=p)


@cls("c_handle_underscore", "counterfeit", "*", "a generic title; the brand only inside the seller's social handles and links (@rolex_aaa_watches, t.me/dyson_airwrap_deals, IG gucci.belts.store)")
def c_handle_underscore(i):
    p = rot_all()
    m = "".join(c for c in p["mark"].lower() if c.isalnum() or c == " ").replace(" ", pick(["_", ".", ""]))
    h = pick([f"@{m}_store", f"t.me/{m}_deals", f"IG: {m}.outlet.{pick(['ph', 'ng', 'id', 'mx', 'uk'])}", f"TikTok @{m}_{R.randrange(10, 99)}", f"FB page {m}_shop_online"])
    code = pick(["en-US", "en-NG", "tl-PH", "id-ID", "es-MX", "en-GB", "pt-BR", "fr-CI", "ar-AE", "ms-MY"])
    lg = MARKETS[code][4]
    return dict(code=code, title=f"{noun(lg, p['noun'])} {ph(lg)[0]} {ph(lg)[1]}", desc=f"{ph(lg)[2]}. {h} {ph(lg)[4]}",
                usd=p["usd"] * copy_factor(p["usd"]), p=p)


SITE = {"rolex": "rolex.com", "dyson": "dyson.com", "apple": "apple.com", "nike": "nike.com", "louis-vuitton": "louisvuitton.com", "gucci": "gucci.com",
        "cartier": "cartier.com", "omega": "omegawatches.com", "swarovski": "swarovski.com", "pandora": "pandora.net", "burberry": "burberry.com",
        "canada-goose": "canadagoose.com", "the-north-face": "thenorthface.com", "samsung": "samsung.com", "sony": "sony.com", "bose": "bose.com",
        "lego": "lego.com", "adidas": "adidas.com", "michael-kors": "michaelkors.com", "coach": "coach.com", "estee-lauder": "esteelauder.com",
        "shiseido": "shiseido.com", "philips": "philips.com", "callaway": "callawaygolf.com", "yonex": "yonex.com", "wilson": "wilson.com"}


@cls("c_official_site_anchor", "counterfeit", "*", "a generic title; the brand only as its official site's domain in a price comparison ('US$599 on dyson.com, here 89')")
def c_official_site_anchor(i):
    b = sorted(SITE)[(i * 3) % len(SITE)]
    p = pick(prods(lambda q: q["brand"] == b))
    code = pick(["en-US", "en-GB", "en-IN", "en-NG", "en-SG", "en-AU", "en-CA", "en-ZA", "en-IE"])
    lg = MARKETS[code][4]
    cur = MARKETS[code][1]
    return dict(code=code, title=f"{noun(lg, p['noun'])} brand new, same as the shop", desc=f"On {SITE[b]} it costs {cur} {local(p['usd'], code):,.0f}. Here you pay a fraction. Same look, same box.",
                usd=p["usd"] * copy_factor(p["usd"]), p=p)


def glued(p):
    m = "".join(c for c in p["mark"] if c.isalnum()).upper()
    return pick([f"{m}2025", f"{m}24", f"{m}1", f"{m}88", f"{m}4U", f"NEW{m}2025", f"{m}x2"])


@cls("c_mark_glued_digits", "counterfeit", "*", "the brand glued to digits as a code or tag (ROLEX2025, AIRPODS3, GUCCI88, NEWDYSON2025), no other mark, at a copy's price")
def c_mark_glued_digits(i):
    p = rot_all()
    while "&" in p["mark"]:
        p = rot_all()
    code = pick(["en-US", "en-PH" if False else "tl-PH", "id-ID", "vi-VN", "en-NG", "es-MX", "pt-BR", "th-TH", "ms-MY", "en-IN"])
    lg = MARKETS[code][4]
    g = glued(p)
    t = f"{g} {noun(lg, p['noun'])} {ph(lg)[0]}" if i % 2 else f"{noun(lg, p['noun'])} code {g} {ph(lg)[2]}"
    return dict(code=code, title=t, desc=f"{ph(lg)[1]}. {ph(lg)[3]}. #{g.lower()}", usd=p["usd"] * copy_factor(p["usd"]), p=p)


CUSTOMS = {"en": ["Declared as a gift with low value, no customs problems.", "Shipped without box and tags to pass customs; box sent in a second parcel.",
                  "100% customs clearance - if seized we reship free.", "We split big orders into small parcels so customs never opens them."],
           "es": ["Se declara como regalo de bajo valor, sin problemas en aduana.", "Enviamos sin caja para pasar aduana; la caja va aparte."],
           "fr": ["Déclaré comme cadeau de faible valeur, zéro souci de douane.", "Envoyé sans boîte pour passer la douane."],
           "de": ["Wird als Geschenk mit geringem Wert deklariert, kein Zoll.", "Ohne Karton verschickt, Karton separat - kein Zollproblem."],
           "ru": ["Отправляем как подарок с низкой стоимостью, таможня не задерживает.", "Без коробки, коробка отдельной посылкой."],
           "pt": ["Declaramos como presente de baixo valor, sem taxa.", "Enviamos sem caixa para passar na alfândega."],
           "ar": ["نكتبها هدية بقيمة قليلة، بدون مشاكل جمارك."]}


@cls("c_customs_evasion_talk", "counterfeit", "*", "the brand plainly at a premium copy's price (25-45 % of list), with customs-dodging talk: declared as a gift, box sent apart, split parcels, reship if seized")
def c_customs_evasion_talk(i):
    p = rot_all()
    code = pick(["en-US", "en-GB", "en-AU", "es-ES", "es-CL", "fr-FR", "de-DE", "ru-RU", "pt-BR", "ar-SA", "en-CA"])
    lg = MARKETS[code][4]
    return dict(code=code, title=f"{pname(p)} {ph(lg)[0]}", desc=pick(CUSTOMS.get(lg, CUSTOMS["en"])) + f" {ph(lg)[3]}.",
                usd=p["usd"] * R.uniform(0.25, 0.45), p=p, ship_from=pick(["CN", "HK", "TR", "AE"]))


LOGO_SEP = [("rolex", "Plain automatic diver watch, 41mm ceramic bezel", "Rolex crown dial, bezel insert and engraved rehaut come in a separate envelope - swap in 5 minutes."),
            ("nike", "Blank white leather low-top sneakers", "Nike swoosh side patches and heel tabs included separately, iron on at home."),
            ("louis-vuitton", "Brown canvas tote bag, no logo", "Louis Vuitton monogram badges and leather tags shipped in another parcel."),
            ("gucci", "Leather belt with plain buckle", "Gucci double-G buckle sent separately, screws on."),
            ("canada-goose", "Down parka, black, no patch", "Canada Goose arctic disc patch sent separately - sew it on the sleeve."),
            ("the-north-face", "Black puffer jacket 700 fill", "The North Face embroidered logo patches in the second bag, attach after delivery."),
            ("apple", "Wireless earbuds with charging case", "Apple logo stickers and serial box labels included separately."),
            ("dyson", "Hair styler 6 attachments, unbranded", "Dyson logo plates and box printed separately, we ship them in another parcel."),
            ("adidas", "Plain white sneakers with gum sole", "adidas three-stripe side panels and tongue labels included apart."),
            ("burberry", "Beige check cashmere-feel scarf", "Burberry woven labels shipped separately, stitch them on."),
            ("omega", "Chronograph watch, black dial, no brand", "Omega dial and caseback sent separately to avoid customs checks."),
            ("michael-kors", "Saffiano tote, gold hardware, no logo", "Michael Kors metal letters and hang tag in a separate parcel."),
            ("coach", "Leather shoulder bag, no logo", "Coach horse-and-carriage tag and C hardware shipped separately.")]


@cls("c_logo_sent_separately", "counterfeit", "*", "'blank' goods whose brand logo, dial, patches or labels are shipped in a separate parcel to be attached after delivery")
def c_logo_sent_separately(i):
    b, t, d = LOGO_SEP[i % len(LOGO_SEP)]
    p = pick(prods(lambda q: q["brand"] == b))
    code = pick(["en-US", "en-GB", "en-AU", "en-NG", "en-SG", "en-CA", "en-IE"])
    return dict(code=code, title=t, desc=d + " Ask for bulk price.", usd=p["usd"] * copy_factor(p["usd"]), p=p, ship_from="CN")


REVIEWS = ["\"My husband couldn't tell it from his {m}!\" - {n}", "\"Same as my real {m}, nobody noticed\" - {n}",
           "\"Bought three, everyone thinks they're {m}\" - {n}", "\"Better than the {m} I returned\" - {n}", "\"Friends asked where I got my {m} so cheap\" - {n}"]


@cls("c_review_quote_only", "counterfeit", "*", "a generic title; the brand only in buyers' 'reviews' quoted in the description ('my husband couldn't tell it from his Rolex')")
def c_review_quote_only(i):
    p = rot_all()
    code = pick(["en-US", "en-GB", "en-AU", "en-CA", "en-NG", "en-IN", "en-SG", "en-ZA"])
    lg = MARKETS[code][4]
    r1 = pick(REVIEWS).format(m=p["mark"], n=person())
    return dict(code=code, title=f"{noun(lg, p['noun'])} - 5 star reviews", desc=f"★★★★★ {r1}\n★★★★★ \"Fast shipping, great quality\" - {person()}\nLimited stock.",
                usd=p["usd"] * copy_factor(p["usd"]), p=p)


HEDGE = {"en": ["Can't guarantee authenticity, selling as is, no returns.", "Not sure if real, priced accordingly.", "Authenticity unknown - bought from a market stall abroad."],
         "de": ["Echtheit kann ich nicht garantieren, Verkauf wie gesehen.", "Weiß nicht ob echt, daher der Preis."],
         "fr": ["Authenticité non garantie, vendu en l'état.", "Je ne sais pas si c'est vrai, d'où le prix."],
         "es": ["No garantizo autenticidad, se vende como está.", "No sé si es original, por eso el precio."],
         "it": ["Non garantisco l'autenticità, venduto così com'è."], "nl": ["Echtheid niet gegarandeerd, verkocht zoals gezien."],
         "pl": ["Nie gwarantuję oryginalności, sprzedaję jak jest."], "pt": ["Não garanto autenticidade, vendido no estado."]}


@cls("c_authenticity_unknown_hedge", "counterfeit", "*", "'can't guarantee authenticity / not sure if real / sold as is' hedges beside the brand, new-looking goods at a copy's price")
def c_authenticity_unknown_hedge(i):
    p = rot_all()
    code = pick(["en-US", "en-GB", "de-DE", "fr-FR", "es-ES", "it-IT", "nl-NL", "pl-PL", "pt-PT", "en-AU", "de-CH"])
    lg = MARKETS[code][4]
    return dict(code=code, title=f"{pname(p)}", desc=pick(HEDGE.get(lg, HEDGE["en"])) + " " + ph(lg)[1] + ".", usd=p["usd"] * copy_factor(p["usd"]),
                p=p, seller=("private", person()))


PROP = ["movie prop, fully working", "cosplay prop", "for photo shoots and display only", "novelty item - not for resale as genuine",
        "theatre prop, looks identical on stage", "gag gift, fools everyone", "film set prop, wearable"]


@cls("c_prop_novelty_excuse", "counterfeit", "*", "a wearable, working copy excused as a 'movie prop / cosplay / novelty / display only' item, with the brand named")
def c_prop_novelty_excuse(i):
    p = rot_all()
    code = pick(["en-US", "en-GB", "en-AU", "en-CA", "en-NZ", "en-IE", "en-SG"])
    return dict(code=code, title=f"{pname(p)} - {PROP[i % len(PROP)]}", desc="Real weight, real materials. Not sold as genuine. Ships discreetly.",
                usd=p["usd"] * copy_factor(p["usd"]), p=p)


CRYPTO = {"BTC": 95000.0, "ETH": 3500.0, "LTC": 100.0, "XMR": 170.0}


@cls("c_crypto_price", "counterfeit", "*", "the brand plainly, priced in a cryptocurrency (BTC, ETH, LTC, XMR) at a copy's value, pay-by-wallet shops")
def c_crypto_price(i):
    p = rot_all()
    cur = ["BTC", "ETH", "LTC", "XMR"][i % 4]
    usd = p["usd"] * copy_factor(p["usd"])
    amt = round(usd / CRYPTO[cur], 5 if cur in ("BTC", "ETH") else 3)
    tail = pick(["top grade", "new", "1:1", "sealed", "fast ship"])
    return dict(code="en-US", title=f"{pname(p)} {tail}", desc=f"Pay in {cur} or USDT (TRC20) only. Escrow available. Worldwide stealth shipping.",
                price=(amt, cur), p=p, marketplace="darkbazaar", ship_from=None)


ENC = [("zh-CN", "rolex", "劳力士-潜航者-黑水鬼", "男士手表 全新"), ("zh-CN", "gucci", "古驰-马蒙-链条包", "女士包包 全新"), ("zh-CN", "dyson", "戴森-卷发棒", "卷发棒 全新"),
       ("ru-RU", "nike", "найк-эйр-форс", "кроссовки новые"), ("ru-RU", "rolex", "ролекс-субмаринер", "часы новые"), ("ko-KR", "louis-vuitton", "루이비통-네버풀", "가방 새상품"),
       ("ko-KR", "canada-goose", "캐나다구스-패딩", "패딩 새상품"), ("ja-JP", "omega", "オメガ-スピードマスター", "腕時計 新品"), ("ar-SA", "rolex", "رولكس-صب-مارينر", "ساعة جديدة"),
       ("uk-UA", "apple", "айфон-15-про", "смартфон новий"), ("he-IL", "samsung", "סמסונג-גלקסי", "טלפון חדש"), ("th-TH", "cartier", "คาร์เทียร์-กำไล", "กำไล ใหม่"),
       ("el-GR", "nike", "νάικι-air-max", "παπούτσια καινούρια")]


@cls("c_encoded_url_slug", "counterfeit", "*", "a generic title; the brand only in the listing URL's slug in its local script, percent-encoded as browsers send it (%E5%8A%B3%E5%8A%9B%E5%A3%AB...)")
def c_encoded_url_slug(i):
    code, b, s, t = ENC[i % len(ENC)]
    p = pick(prods(lambda q: q["brand"] == b))
    mp = MARKETS[code][0]
    lid = str(R.randrange(10 ** 9, 10 ** 10))
    return dict(code=code, title=t, desc=ph(MARKETS[code][4])[2], url=f"https://www.{mp}.com/item/{urllib.parse.quote(s)}-{lid}", lid=lid,
                usd=p["usd"] * copy_factor(p["usd"]), p=p)


BLUR = [("rolex", "Submariner Date 41 black"), ("louis-vuitton", "Neverfull MM"), ("gucci", "GG Marmont small"), ("dyson", "Airwrap Complete"),
        ("apple", "AirPods Pro 2"), ("omega", "Speedmaster Moonwatch"), ("cartier", "Love bracelet 18k"), ("canada-goose", "Expedition Parka"),
        ("the-north-face", "Nuptse 1996"), ("burberry", "Kensington trench"), ("adidas", "Samba OG"), ("nike", "Air Jordan 1 High"), ("swarovski", "Millenia necklace")]


@cls("c_logo_blurred_photos", "counterfeit", "*", "the product line named, 'logo blurred / covered in the photos because of platform rules, the item has all logos', at a copy's price")
def c_logo_blurred_photos(i):
    b, line = BLUR[i % len(BLUR)]
    p = pick(prods(lambda q: q["brand"] == b))
    code = pick(["en-US", "en-GB", "en-PH" if False else "tl-PH", "en-SG", "en-NG", "en-AU", "en-IN"])
    return dict(code=code, title=f"{line} full set", desc="Logos blurred/covered in the photos because of the platform's rules - the real item has every logo and engraving. Ask for unblurred pics.",
                usd=p["usd"] * copy_factor(p["usd"]), p=p)


def tm_inside(word):
    w = word.replace(" ", "")
    k = R.randrange(1, len(w) - 1)
    return word[:k] + pick(["®", "™", "©", "℠"]) + word[k:] if " " not in word[:k + 1] else word[:1] + "™" + word[1:]


@cls("c_trademark_symbol_inside", "counterfeit", "*", "a ®, ™, © or ℠ sign pushed inside the brand (Rol®ex, Gu™cci, Dy©son), at a copy's price")
def c_trademark_symbol_inside(i):
    p = rot_all()
    code = pick(["en-US", "en-GB", "es-MX", "pt-BR", "fr-FR", "de-DE", "id-ID", "vi-VN", "tr-TR", "pl-PL", "it-IT"])
    lg = MARKETS[code][4]
    return dict(code=code, title=f"{tm_inside(p['mark'])} {noun(lg, p['noun'])} {ph(lg)[0]}", desc=f"{ph(lg)[1]}. {ph(lg)[2]}.", usd=p["usd"] * copy_factor(p["usd"]), p=p)


# ----------------------------------------------------------------------------- innocent
AUTH_SELLERS = [("nike", "amazon-us", "A2NIKE0FFICIAL", "Nike", "en-US"), ("adidas", "amazon-de", "A3ADIDAS0FFICIAL", "adidas", "de-DE"),
                ("samsung", "amazon-de", "A8SAMSUNGDE", "Samsung Deutschland", "de-DE"), ("apple", "tmall", "apple-official", "Apple Store官方旗舰店", "zh-CN"),
                ("dyson", "amazon-us", "A27DYSON", "Dyson", "en-US"), ("rolex", "ebay", "rolex-certified-preowned-demo", "Rolex Certified Pre-Owned (demo retailer)", "en-US"),
                ("lego", "amazon-us", "A19LEGO", "LEGO", "en-US"), ("bose", "ebay", "bose-refurbished", "Bose Certified Refurbished (demo)", "en-US"),
                ("gucci", "tmall", "gucci-official", "GUCCI古驰官方旗舰店", "zh-CN"), ("philips", "amazon-de", "A28PHILIPS", "Philips", "de-DE"),
                ("the-north-face", "amazon-us", "A30TNF", "The North Face", "en-US"), ("pandora", "amazon-de", "A33PANDORA", "Pandora", "de-DE"),
                ("canada-goose", "tmall", "canadagoose-official", "Canada Goose Official Store", "zh-CN"), ("sony", "amazon-us", "A10SONY0FFICIAL", "Sony", "en-US")]


@cls("in_authorized_store", "innocent", "", "the brand's own authorized store (as the registry lists it) selling at list price or an ordinary 10-20 % sale")
def in_authorized_store(i):
    b, mp, sid, name, code = AUTH_SELLERS[i % len(AUTH_SELLERS)]
    p = pick(prods(lambda q: q["brand"] == b))
    f = 1.0 if i % 2 else R.uniform(0.8, 0.9)
    return dict(code=code, title=pname(p) if code != "zh-CN" else f"{pname(p)} 官方正品 国行", desc="Official store. Manufacturer warranty.", usd=p["usd"] * f, p=p,
                marketplace=mp, seller=(sid, name))


RETAIL = {"en": "Authorised retailer, UK warranty, VAT invoice.", "de": "Neuware vom Fachhändler, Rechnung mit MwSt., 2 Jahre Garantie.",
          "fr": "Revendeur officiel, facture, garantie 2 ans.", "es": "Tienda física, factura y garantía oficial.", "it": "Negozio ufficiale, scontrino e garanzia Italia.",
          "pl": "Nowy, faktura VAT, gwarancja producenta.", "nl": "Nieuw, met factuur en fabrieksgarantie.", "sv": "Ny, kvitto och garanti.",
          "ja": "正規販売店購入品、保証書付き。", "ko": "정식 수입 정품, 영수증 있습니다.", "pt": "Produto novo com nota fiscal e garantia."}
RETAIL_MARKETS = ["en-GB", "de-DE", "fr-FR", "es-ES", "it-IT", "pl-PL", "nl-NL", "sv-SE", "ja-JP", "ko-KR", "pt-BR", "de-CH"]
rot_retail = Rot(prods(lambda q: q["noun"] not in ("medicine", "software") and q["brand"] != "louis-vuitton"))


@cls("in_retail_new_local", "innocent", "", "new genuine goods from an ordinary local retailer (not in the registry), in the market's language, at 95-115 % of list")
def in_retail_new_local(i):
    p, code = rot_retail(), RETAIL_MARKETS[i % len(RETAIL_MARKETS)]
    lg = MARKETS[code][4]
    return dict(code=code, title=f"{pname(p)} {ph(lg)[0]}", desc=RETAIL.get(lg, RETAIL["en"]), usd=p["usd"] * R.uniform(0.95, 1.15), p=p, seller=("shop", shop_name()))


NONECB = ["en-NG", "en-GH", "en-UG", "sw-KE", "sw-TZ", "fr-SN", "fr-CM", "ar-EG", "ar-SA", "ar-JO", "ar-DZ", "ur-PK", "bn-BD", "ne-NP",
          "si-LK", "vi-VN", "my-MM", "km-KH", "am-ET", "kk-KZ", "uz-UZ", "mn-MN", "ka-GE", "es-CO", "es-PE", "es-DO", "pt-AO", "en-JM"]


@cls("in_retail_nonecb", "innocent", "", "new genuine goods from local shops in markets whose currency the ECB does not publish, at local import-inclusive prices (100-130 % of US list)")
def in_retail_nonecb(i):
    p, code = rot_retail(), NONECB[i % len(NONECB)]
    lg = MARKETS[code][4]
    return dict(code=code, title=f"{pname(p)} {ph(lg)[0]} - official warranty", desc=f"{ph(lg)[1]}. {ph(lg)[3]}. Shop with receipt and 1 year warranty.",
                usd=p["usd"] * R.uniform(1.0, 1.3), p=p, seller=("shop", shop_name()))


USED = {"en": "Used for a year, light scratches on the clasp, works perfectly. Receipt included.", "de": "Gebraucht, leichte Gebrauchsspuren, voll funktionsfähig, mit Rechnung.",
        "fr": "D'occasion, quelques traces d'usure, fonctionne parfaitement, facture.", "es": "Usado, pequeñas marcas de uso, funciona perfecto, con ticket.",
        "pt": "Usado, marcas leves de uso, funcionando 100%.", "pl": "Używany, drobne ślady użytkowania, sprawny, paragon.", "ru": "Б/у, небольшие потёртости, всё работает, есть чек.",
        "ja": "中古品です。小傷ありますが動作問題ありません。", "ko": "중고입니다. 생활기스 조금, 작동 이상 없음.", "zh": "二手自用，轻微使用痕迹，功能正常，有发票。",
        "it": "Usato, lievi segni d'uso, funziona perfettamente.", "tr": "İkinci el, ufak kullanım izleri var, sorunsuz çalışıyor.", "cs": "Použité, drobné známky používání, plně funkční."}
USED_MARKETS = ["en-US", "de-DE", "fr-FR", "es-ES", "pt-BR", "pl-PL", "ru-RU", "ja-JP", "ko-KR", "zh-CN", "it-IT", "tr-TR", "cs-CZ"]


@cls("in_used_fair", "innocent", "", "used genuine goods with their wear described, in the market's language, at a used price (45-70 % of list)")
def in_used_fair(i):
    p, code = rot_retail(), USED_MARKETS[i % len(USED_MARKETS)]
    lg = MARKETS[code][4]
    return dict(code=code, title=f"{pname(p)}", desc=USED.get(lg, USED["en"]), usd=p["usd"] * R.uniform(0.45, 0.7), p=p, seller=("private", person()))


REFURB_P = prods(lambda q: q["noun"] in ("phone", "headphones", "electronics", "console", "camera", "appliance") and q["usd"] >= 100)


@cls("in_refurb_grades", "innocent", "", "professionally refurbished genuine electronics and appliances with a cosmetic grade (A/B, 'Excellent'), 12-month warranty, at 60-85 % of list")
def in_refurb_grades(i):
    p = REFURB_P[i % len(REFURB_P)]
    code = pick(["en-US", "en-GB", "de-DE", "fr-FR", "es-ES", "it-IT", "nl-NL", "en-AU"])
    g = pick(["Grade A", "Grade B", "Excellent", "Very good", "Good - visible marks"])
    return dict(code=code, title=f"{pname(p)} - Refurbished, {g}", desc="Professionally refurbished and tested, new battery where applicable, 12-month warranty, generic box.",
                usd=p["usd"] * R.uniform(0.6, 0.85), p=p, seller=("shop", pick(["ReNew Tech", "Back Market seller", "Refurbed Pro", "SecondLife Electronics"])))


GREY = {"en": "Grey import (international version), sealed. No local warranty, 1 year shop warranty.", "ja": "並行輸入品、新品未開封。",
        "zh": "港版 全新未拆封，无国行保修。", "de": "EU-Import, neu und versiegelt, Händlergarantie.", "pt": "Importação paralela, lacrado.",
        "es": "Importado, versión internacional, sellado.", "ru": "Параллельный импорт, новый, запечатан.", "ko": "병행수입 정품 새상품."}


@cls("in_grey_import", "innocent", "", "genuine parallel imports and international versions, said plainly, at 80-100 % of the local price")
def in_grey_import(i):
    p = rot_retail()
    code = pick(["en-SG", "ja-JP", "zh-HK", "de-DE", "pt-BR", "es-CL", "ru-RU", "ko-KR", "en-AU", "en-IN"])
    lg = MARKETS[code][4]
    return dict(code=code, title=f"{pname(p)} international version", desc=GREY.get(lg, GREY["en"]), usd=p["usd"] * R.uniform(0.8, 1.0), p=p, seller=("shop", shop_name()))


ACC = [("es-ES", "Funda de silicona para Samsung Galaxy S24 Ultra, transparente", "samsung", 9), ("pl-PL", "Etui na iPhone 15 Pro, skórzane, brązowe", "apple", 12),
       ("tr-TR", "AirPods Pro 2 için silikon kılıf, anahtarlıklı", "apple", 5), ("vi-VN", "Ốp lưng cho iPhone 15 Pro chống sốc", "apple", 4),
       ("id-ID", "Case untuk Samsung Galaxy Buds2 Pro motif lucu", "samsung", 3), ("ru-RU", "Чехол для Sony WH-1000XM5, жёсткий", "sony", 14),
       ("de-DE", "Ersatzarmband für Omega Speedmaster, 20 mm, Leder braun", "omega", 25), ("fr-FR", "Support mural pour Dyson V15 Detect, noir", "dyson", 19),
       ("ja-JP", "Nintendo Switch 有機ELモデル 対応 キャリングケース", "nintendo", 18), ("ko-KR", "갤럭시 S24 호환 강화유리 필름 2매", "samsung", 6),
       ("ar-EG", "كفر لايفون 15 برو شفاف", "apple", 3), ("sw-KE", "Kava ya simu kwa Samsung Galaxy S24, ngumu", "samsung", 4),
       ("en-US", "Storage stand for Dyson Airwrap, acrylic organizer", "dyson", 29), ("hu-HU", "Tok Samsung Galaxy S24 készülékhez, fekete", "samsung", 7),
       ("th-TH", "เคส สำหรับ iPhone 15 Pro ซิลิโคน", "apple", 4)]


@cls("in_accessory_for", "innocent", "", "third-party accessories that fit the brand's product (case, strap, stand, film), in many languages, at accessory prices")
def in_accessory_for(i):
    code, t, b, usd = ACC[i % len(ACC)]
    return dict(code=code, title=t, desc="Third-party accessory, device not included.", usd=usd * R.uniform(0.9, 1.2), brand=b, cat="accessories", seller=("shop", shop_name()))


COMP = [("Compatible ink cartridge for Canon PG-545 (not original), high yield", "canon", 9, "ink"), ("Nespresso Vertuo compatible coffee pods x 30", "nestle", 12, "coffee"),
        ("8 brush heads compatible with Philips Sonicare handles", "philips", 14, "electric toothbrushes"), ("Razor blades fit Gillette Fusion5 handles, 12 pack (generic)", "gillette", 11, "razor blades"),
        ("HEPA filter for Dyson V15 Detect, replacement, generic", "dyson", 15, "vacuum cleaners"), ("Oil filter replaces Toyota 90915-YZZD1 (MANN W 68/3)", "toyota", 6, "auto parts"),
        ("Battery for Canon LP-E6NH, third-party 2250mAh", "canon", 19, "cameras"), ("Brake pads for Honda Civic, equivalent to 45022-TBA-A01 (Brembo)", "honda", 35, "auto parts"),
        ("Compatible Dolce Gusto capsules, cappuccino, 48 pcs", "nestle", 13, "coffee"), ("Charger for Samsung phones 25W USB-C, compatible, not original", "samsung", 8, "chargers"),
        ("Joy-Con replacement thumbsticks for Nintendo Switch, 4 pcs", "nintendo", 7, "accessories"), ("Ersatzbürsten passend für Philips Sonicare, 10 Stück", "philips", 13, "electric toothbrushes")]


@cls("in_compatible_consumables", "innocent", "", "another maker's consumables and spare parts compatible with the brand's product, named as such")
def in_compatible_consumables(i):
    t, b, usd, c = COMP[i % len(COMP)]
    code = "de-DE" if "Ersatz" in t else pick(["en-US", "en-GB", "en-AU", "en-CA"])
    return dict(code=code, title=t, desc="Not made by or affiliated with the original manufacturer.", usd=usd * R.uniform(0.9, 1.2), brand=b, cat=c, seller=("shop", shop_name()))


REPAIR = [("en-GB", "iPhone 15 Pro screen replacement - same day service", "apple", 129), ("de-DE", "Rolex Revision und Politur, Uhrmachermeister", "rolex", 650),
          ("fr-FR", "Réparation Dyson Airwrap, diagnostic offert", "dyson", 60), ("es-ES", "Reparación puerto HDMI PlayStation 5", "sony", 70),
          ("en-US", "Canon EOS sensor cleaning service", "canon", 79), ("pt-BR", "Conserto de Nintendo Switch, troca de tela", "nintendo", 60),
          ("it-IT", "Restauro borse Louis Vuitton, sostituzione manici", "louis-vuitton", 180), ("pl-PL", "Serwis Bosch: naprawa wiertarek i młotów", "bosch", 35),
          ("ru-RU", "Ремонт наушников Bose, замена амбушюр", "bose", 25), ("ja-JP", "オメガ 腕時計 オーバーホール 承ります", "omega", 400),
          ("en-AU", "Honda motorcycle service, CBR600RR, parts and labour", "honda", 250), ("ko-KR", "다이슨 청소기 배터리 교체 수리", "dyson", 60)]


@cls("in_repair_service", "innocent", "", "repair, servicing and restoration services for the brand's goods, priced as a service")
def in_repair_service(i):
    code, t, b, usd = REPAIR[i % len(REPAIR)]
    return dict(code=code, title=t, desc="Service only - bring your own item.", usd=usd, brand=b, cat="services", seller=("shop", shop_name()))


BOOKS = [("en-US", "Rolex: The Impossible Collection, hardcover book", "rolex", 150), ("en-GB", "Haynes manual Toyota Corolla 2013-2019", "toyota", 25),
         ("de-DE", "AutoCAD 2025 Kurs für Einsteiger, Online-Video-Kurs", "autodesk", 49), ("fr-FR", "Livre: Louis Vuitton, 100 malles de légende", "louis-vuitton", 45),
         ("es-ES", "Curso de Photoshop desde cero, 30 horas", "adobe", 29), ("en-US", "The LEGO Ideas Book, 2nd edition", "lego", 20),
         ("it-IT", "Libro: Omega Speedmaster Moonwatch, storia", "omega", 90), ("ja-JP", "ソニー ウォークマン 40周年 ムック本", "sony", 20),
         ("pt-BR", "Livro: Nike, a história (Shoe Dog), usado", "nike", 8), ("en-US", "Cartier: The Tank Watch, hardback", "cartier", 60),
         ("ru-RU", "Книга «Samsung: путь к лидерству»", "samsung", 10), ("en-IN", "Microsoft Excel and Word course for beginners, certificate", "microsoft", 12)]


@cls("in_books_courses", "innocent", "", "books, manuals and courses about the brand or its goods")
def in_books_courses(i):
    code, t, b, usd = BOOKS[i % len(BOOKS)]
    return dict(code=code, title=t, desc="Book/course only.", usd=usd, brand=b, cat=pick(["Books", "Books > Non-fiction", "Courses"]), seller=("shop", shop_name()))


EVERY = [("Apple crumble pie, homemade, serves 8", "apple", "Food > Bakery", 14), ("Shell necklace handmade from beach shells", "shell", "Jewelry > Handmade", 12),
         ("Galaxy star projector night light for kids room", "samsung", "Home > Lighting", 22), ("Office desk chair, ergonomic, mesh back", "microsoft", "Furniture > Office", 89),
         ("Light switch 2-gang white, pack of 5", "nintendo", "DIY > Electrical", 15), ("Dove figurine, white porcelain bird", "mars", "Home Décor", 18),
         ("Puma plush toy, big cat 40cm", "puma", "Toys > Plush", 16), ("Love heart cushion, red velvet", "cartier", "Home > Cushions", 11),
         ("Coach trip tickets London to Bath, 2 adults", "coach", "Tickets > Travel", 38), ("Surface cleaner spray for granite worktops", "microsoft", "Home > Cleaning", 6),
         ("Explorer backpack for kids, dinosaur print", "rolex", "Kids > Bags", 19), ("Trinity knot silver pendant, Celtic", "cartier", "Jewelry > Pendants", 24),
         ("Wooden Mars rover model kit, 120 pieces", "mars", "Toys > Models", 17)]


@cls("in_everyday_sense", "innocent", "", "English everyday senses of brand words in their own goods (apple pie, shell necklace, galaxy projector, office chair, coach trip)")
def in_everyday_sense(i):
    t, b, c, usd = EVERY[i % len(EVERY)]
    return dict(code=pick(["en-US", "en-GB", "en-AU", "en-CA"]), title=t, desc="See photos for details.", usd=usd, brand=b, cat=c, seller=("private", person()))


FOREIGN = [("de-DE", "Kinder Fahrrad 20 Zoll, blau", "ferrero", "Kinder > Fahrräder", 120), ("pl-PL", "Mieszkanie 2 pokoje centrum, do wynajęcia", "pfizer", "Nieruchomości", 600),
           ("fr-FR", "Billets concert 14 mars 2026, Paris, 2 places", "mars", "Billetterie", 90), ("es-AR", "Puma de peluche grande para niños", "puma", "Juguetes", 15),
           ("de-DE", "Tank für Simson S51, original DDR, neu lackiert", "cartier", "Motorrad > Teile", 85), ("pt-BR", "Aula de samba para iniciantes, 4 encontros", "adidas", "Serviços", 40),
           ("de-AT", "Alpin Skitourenrucksack 30 L", "michelin", "Sport > Ski", 70), ("nl-NL", "Kinder speelgoed keuken hout", "ferrero", "Speelgoed", 45),
           ("es-MX", "Uno de los mejores tacos de la ciudad - cupón 2x1", "mattel", "Cupones", 3), ("ru-RU", "Тундра: фотоальбом о Крайнем Севере", "toyota", "Книги", 9),
           ("fr-BE", "Accord de guitare: cours particuliers", "honda", "Cours", 25), ("cs-CZ", "Pronájem bytu 1+kk Brno centrum", "pfizer", "Reality", 500)]


@cls("in_foreign_words", "innocent", "", "everyday words of other languages that equal a brand word (Kinder 'children', centrum 'city centre', mars 'March', accord, tundra, alpin)")
def in_foreign_words(i):
    code, t, b, c, usd = FOREIGN[i % len(FOREIGN)]
    return dict(code=code, title=t, desc=ph(MARKETS[code][4])[4], usd=usd, brand=b, cat=c, seller=("private", person()))


PEOPLE = [("en-US", "Bruno Mars concert tickets, 2 seats, Las Vegas", "mars", 240), ("en-GB", "Hieronymus Bosch 'Garden of Earthly Delights' art print A2", "bosch", 25),
          ("fr-CA" if False else "en-CA", "Jacques Cartier Bridge night photo print, Montreal", "cartier", 30), ("en-US", "Wilson Pickett vinyl LP 1967", "wilson", 35),
          ("en-US", "Honda Center Anaheim parking pass, Ducks game", "honda", 30), ("de-DE", "Bayer 04 Leverkusen Tickets, Heimspiel Bundesliga, 2 Sitzplätze", "bayer", 45),
          ("en-GB", "Michelin star tasting menu voucher for two", "michelin", 300), ("en-AU", "Omega Nebula astrophotography print, framed", "omega", 80),
          ("en-US", "Shell Beach surf lessons, 2 hours", "shell", 60), ("es-BO", "Tour Puma Punku y Tiwanaku desde La Paz", "puma", 45),
          ("en-US", "Levi's Stadium parking, 49ers vs Rams", "levis", 50), ("en-US", "Gillette Stadium tour tickets, family pack", "gillette", 80)]


@cls("in_people_places_events", "innocent", "", "people, places, venues and events that share a brand's word (Bruno Mars, Hieronymus Bosch, Jacques Cartier bridge, Honda Center)")
def in_people_places_events(i):
    code, t, b, usd = PEOPLE[i % len(PEOPLE)]
    return dict(code=code, title=t, desc="Tickets/print only.", usd=usd, brand=b, cat=pick(["Tickets", "Art", "Experiences"]), seller=("private", person()))


COMPARE = [("Store brand mouthwash 1L - compare to Listerine Cool Mint", "johnson-johnson", 4), ("Kirkland hazelnut pralines 30 pcs, compare to Ferrero Rocher", "ferrero", 9),
           ("Shark FlexStyle hair styler - an alternative to the Dyson Airwrap", "dyson", 279), ("Amazon Basics 20W USB-C charger, alternative to the Apple 20W adapter", "apple", 12),
           ("Anker Soundcore Space Q45, quieter than Bose QC45 at half the price", "bose", 149), ("Up&Up infant formula, compare to Similac 360 Total Care", "abbott", 25),
           ("Equate pain reliever 100 caplets, compare to Tylenol Extra Strength", "johnson-johnson", 6), ("Harry's razor blades, a cheaper alternative to Gillette Fusion5", "gillette", 18),
           ("Casio MDV-107 diver, the budget alternative to the Submariner look, Casio logo", "rolex", 55), ("Oral-B iO 9 - vs Philips Sonicare DiamondClean", "philips", 199),
           ("Lidl Deluxe chocolate spread 750g, similar to Nutella", "ferrero", 4), ("DeWalt 12V drill driver, rival of the Bosch GSR 12V-15", "bosch", 99)]


@cls("in_store_brand_compare", "innocent", "", "store brands and rival products that compare themselves to the brand ('compare to', 'alternative to', 'vs')")
def in_store_brand_compare(i):
    t, b, usd = COMPARE[i % len(COMPARE)]
    return dict(code=pick(["en-US", "en-GB", "en-CA", "en-AU"]), title=t, desc="Own brand product. Not affiliated with the brand named.", usd=usd, brand=b,
                cat="Home & Health", seller=("shop", shop_name()))


WTB = [("en-US", "WTB Rolex Submariner 126610LN, cash buyer", "rolex"), ("ru-RU", "Куплю Dyson Airwrap, б/у в хорошем состоянии", "dyson"),
       ("es-AR", "Compro iPhone 15 Pro usado, pago en efectivo", "apple"), ("zh-CN", "收 劳力士 日志型 41 有保卡", "rolex"), ("de-DE", "Suche Canada Goose Expedition Parka Gr. M", "canada-goose"),
       ("es-MX", "Busco Nintendo Switch OLED, ofrezca", "nintendo"), ("ko-KR", "에어팟 프로 2 구합니다", "apple"), ("pt-BR", "Procuro bolsa Louis Vuitton Neverfull original", "louis-vuitton"),
       ("pl-PL", "Kupię Omega Speedmaster, tylko oryginał z dokumentami", "omega"), ("fr-FR", "Recherche sac Gucci Marmont, authentique uniquement", "gucci"),
       ("ja-JP", "カルティエ ラブブレス 買取希望 求む", "cartier"), ("en-GB", "Wanted: LEGO 75192 Millennium Falcon, sealed or complete", "lego")]


@cls("in_wanted_to_buy", "innocent", "", "wanted / buying posts: the poster wants genuine goods and sells nothing")
def in_wanted_to_buy(i):
    code, t, b = WTB[i % len(WTB)]
    return dict(code=code, title=t, desc="Genuine only, no fakes. Message me.", price=None, brand=b, cat="Wanted", seller=("private", person()))


VINT = [("1970s Coca-Cola tin advertising sign, original", "coca-cola", "merchandise", 180), ("1989 Nintendo Game Boy DMG-01, original, working", "nintendo", "consoles", 95),
        ("Levi's 501 Big E 1960s vintage jeans", "levis", "jeans", 650), ("Transformers G1 Optimus Prime 1984, loose, complete", "hasbro", "action figures", 220),
        ("Omega Seamaster 1962 cal. 562 automatic, serviced", "omega", "watches", 1800), ("Rolex Oyster Perpetual 1978 ref. 1002, box and papers", "rolex", "watches", 6200),
        ("Burberry 1980s vintage trench coat, made in England", "burberry", "trench coats", 450), ("LEGO 6285 Black Seas Barracuda 1989, complete with manual", "lego", "building sets", 380),
        ("Sony Walkman WM-2 1981, restored", "sony", "headphones", 300), ("Canon AE-1 Program 35mm film camera 1981", "canon", "cameras", 180),
        ("1966 Barbie Twist 'n Turn doll, original outfit", "mattel", "dolls", 900), ("Michelin Bibendum 1960s enamel sign", "michelin", "tires", 400)]


@cls("in_vintage_collectibles", "innocent", "", "genuine vintage pieces from past decades at collectors' prices")
def in_vintage_collectibles(i):
    t, b, c, usd = VINT[i % len(VINT)]
    code = pick(["en-US", "en-GB", "de-DE", "fr-FR", "ja-JP", "it-IT"])
    return dict(code=code, title=t, desc="Vintage, genuine, from a private collection. Age-related wear.", usd=usd * R.uniform(0.9, 1.1), brand=b, cat=c, seller=("private", person()))


SMALL = [("Lancôme Advanced Génifique sample 7ml", "loreal", "skincare", 9), ("Estée Lauder Advanced Night Repair 15ml travel size", "estee-lauder", "skincare", 28),
         ("Snickers bar 50g, single", "mars", "chocolate", 1.2), ("Tylenol Extra Strength 2 caplets travel pouch x 6", "johnson-johnson", "otc", 3),
         ("Nutella 15g mini portions x 4", "ferrero", "spreads", 2), ("Shiseido Ultimune 10ml deluxe sample", "shiseido", "skincare", 15),
         ("Aptamil Pronutra ready-to-feed 200ml, 1 bottle", "danone", "infant formula", 2), ("Gillette Fusion5 single cartridge", "gillette", "razor blades", 4),
         ("Nescafé Gold sticks x 10", "nestle", "coffee", 2.5), ("Coca-Cola 330ml can, single", "coca-cola", "soft drinks", 0.9),
         ("Lancôme La Vie est Belle 4ml mini", "loreal", "fragrance", 14), ("Ferrero Rocher 3 pieces", "ferrero", "chocolate", 1.8)]


@cls("in_small_units", "innocent", "", "genuine single units, minis, samples and travel sizes at their own (small) price")
def in_small_units(i):
    t, b, c, usd = SMALL[i % len(SMALL)]
    code = pick(["en-US", "en-GB", "de-DE", "fr-FR", "es-ES", "en-AU"])
    return dict(code=code, title=t, desc="Genuine, unopened.", usd=usd, brand=b, cat=c, seller=("shop", shop_name()))


VEH = [("en-GB", "2016 Toyota Corolla 1.6 Icon, 142,000 km, full service history", "toyota", 8500), ("de-DE", "Honda CBR600RR 2019, 12.000 km, scheckheftgepflegt", "honda", 9800),
       ("fr-FR", "BMW X5 xDrive30d 2018, 98 000 km", "bmw", 32000), ("es-ES", "Toyota RAV4 híbrido 2020, 60.000 km", "toyota", 26000),
       ("pl-PL", "Honda Civic 1.5 2019, przebieg 70 tys km", "honda", 16000), ("en-NG", "Toyota Camry 2015 foreign used, 85,000 miles", "toyota", 9000),
       ("ar-AE", "تويوتا لاند كروزر 2017 ممشى 150 ألف", "toyota", 45000), ("en-US", "2012 Toyota Prius, 120k miles, new tires", "toyota", 7500),
       ("th-TH", "ฮอนด้า Civic ปี 2018 วิ่ง 80,000 กม.", "honda", 17000), ("ja-JP", "ホンダ スーパーカブ110 2020年 走行8000km", "honda", 2400),
       ("en-AU", "BMW 320i 2017, 110,000 km, rego till June", "bmw", 21000), ("id-ID", "Toyota Avanza 2019 km 60rb, pajak hidup", "toyota", 11000)]


@cls("in_whole_vehicles", "innocent", "", "whole used cars and motorcycles with year and mileage, at used-vehicle prices")
def in_whole_vehicles(i):
    code, t, b, usd = VEH[i % len(VEH)]
    moto = any(w in t for w in ("CBR", "カブ"))
    return dict(code=code, title=t, desc="Private sale, viewing welcome.", usd=usd, brand=b, cat="Motorcycles" if moto else pick(["Cars", "Vehicles > Cars"]), seller=("private", person()))


CONTRACT = [("de-DE", "iPhone 15 Pro 256GB mit Vertrag - 1 € Zuzahlung, 49,99 €/Monat, 24 Monate", "apple", 1), ("en-US", "Samsung Galaxy S24 - $0 down with a 36-month unlimited plan", "samsung", 0),
            ("en-GB", "Xbox Series X - £0 upfront, Xbox All Access 24 months", "microsoft", 0), ("es-ES", "PS5 Slim por 0 € con tu contrato de fibra, 24 meses", "sony", 0),
            ("fr-FR", "Samsung Galaxy S24 Ultra à 1 € avec forfait 5G 24 mois", "samsung", 1), ("it-IT", "iPhone 15 Pro a 9,99 € con offerta mobile, rate 30 mesi", "apple", 9.99),
            ("nl-NL", "Samsung Galaxy S24 voor €1 bij een 2-jarig abonnement", "samsung", 1), ("pl-PL", "iPhone 15 Pro za 1 zł w abonamencie 24 mies.", "apple", 1),
            ("en-AU", "Galaxy S24 Ultra $0 upfront on a 24 month Telstra plan", "samsung", 0), ("pt-BR", "iPhone 15 Pro por R$ 1 no plano controle 24 meses", "apple", 1),
            ("de-AT", "Samsung Galaxy Buds2 Pro gratis zum Handyvertrag", "samsung", 0), ("en-IE", "Apple Watch Series 9 €0 upfront with bill-pay plan", "apple", 0)]


@cls("in_contract_subsidised", "innocent", "*", "genuine phones, consoles and watches from carriers for 0 or 1 with a 24-36-month contract (mit Vertrag, con contrato, à 1 € avec forfait)")
def in_contract_subsidised(i):
    code, t, b, amt = CONTRACT[i % len(CONTRACT)]
    return dict(code=code, title=t, desc="Price with a new contract only; monthly fee applies. Official carrier shop.", price=(amt, MARKETS[code][1]), brand=b,
                cat="consoles" if b in ("microsoft", "sony") else "earbuds" if "Buds" in t else "watches" if "Watch" in t else "phones",
                seller=("shop", {"de": "Telekom Partner Shop", "en": "Carrier Store", "es": "Movistar Tienda", "fr": "Boutique Orange", "it": "Negozio TIM",
                                 "nl": "KPN Winkel", "pl": "Salon Plus", "pt": "Loja Vivo"}[MARKETS[code][4]]))


TRADEIN = [("en-US", "iPhone 15 Pro 256GB - from $399 with eligible trade-in (price shown after credit)", "apple", 399), ("en-GB", "Samsung Galaxy S24 Ultra £649 after trade-in bonus", "samsung", 649),
           ("de-DE", "Dyson V15 Detect 349 € mit Inzahlungnahme Ihres alten Saugers", "dyson", 349), ("fr-FR", "Galaxy S24 à 399 € après reprise de votre ancien smartphone", "samsung", 399),
           ("en-AU", "Sony PS5 Slim $299 with your old console traded in", "sony", 299), ("en-CA", "MacBook Air M3 $749 after trade-in of an eligible Mac", "apple", 749),
           ("es-ES", "iPhone 15 Pro por 599 € entregando tu móvil usado", "apple", 599), ("it-IT", "Galaxy S24 a 459 € con permuta del tuo usato", "samsung", 459),
           ("nl-NL", "Philips Sonicare DiamondClean €99 na inruil van je oude tandenborstel", "philips", 99), ("en-US", "Nintendo Switch OLED $199 with trade-in of a Switch V1", "nintendo", 199),
           ("en-SG", "Samsung Galaxy Buds2 Pro S$69 with trade-in of any earbuds", "samsung", 69), ("de-CH", "Dyson Airwrap CHF 349 mit Eintausch", "dyson", 349)]


@cls("in_trade_in_net_price", "innocent", "*", "genuine new goods from retailers whose listed price is what is left after a trade-in credit")
def in_trade_in_net_price(i):
    code, t, b, amt = TRADEIN[i % len(TRADEIN)]
    cat = {"apple": "laptops" if "MacBook" in t else "phones", "samsung": "earbuds" if "Buds" in t else "phones", "dyson": "hair care" if "Airwrap" in t else "vacuum cleaners",
           "sony": "consoles", "nintendo": "consoles", "philips": "electric toothbrushes"}[b]
    return dict(code=code, title=t, desc="Trade-in value depends on condition; price without trade-in on request. Authorised reseller.", price=(amt, MARKETS[code][1]), brand=b,
                cat=cat, seller=("shop", shop_name()))


MONTHLY = [("en-US", "Adobe Creative Cloud Photography plan 20GB - US$11.99/month, monthly billing", "adobe", 11.99), ("en-GB", "Microsoft 365 Personal - £5.99 per month subscription", "microsoft", 5.99),
           ("de-DE", "Adobe Photoshop Einzelprodukt - 26,21 € pro Monat, Jahresabo monatlich", "adobe", 26.21), ("en-US", "AutoCAD LT monthly subscription, $75/month, authorised partner", "autodesk", 75),
           ("fr-FR", "Microsoft 365 Famille - 10 € / mois", "microsoft", 10), ("es-ES", "Adobe Acrobat Pro - 18,14 € al mes, suscripción", "adobe", 18.14),
           ("en-AU", "Adobe Lightroom plan 1TB, A$14.29/month", "adobe", 14.29), ("en-US", "Xbox Game Pass Ultimate 1 month, $19.99", "microsoft", 19.99),
           ("it-IT", "Adobe Creative Cloud Tutte le app - 61,99 €/mese", "adobe", 61.99), ("en-IN", "Microsoft 365 Basic ₹159 per month", "microsoft", 159),
           ("en-US", "Autodesk Fusion 360 monthly, $85", "autodesk", 85), ("ja-JP", "Adobe Creative Cloud フォトプラン 月額 1,180円", "adobe", 1180)]


@cls("in_software_monthly_plan", "innocent", "*", "genuine software subscriptions from authorised resellers priced per month (Creative Cloud 11.99/month, Microsoft 365 5.99/month)")
def in_software_monthly_plan(i):
    code, t, b, amt = MONTHLY[i % len(MONTHLY)]
    return dict(code=code, title=t, desc="Official subscription on your own account, billed monthly, cancel anytime.", price=(amt, MARKETS[code][1]), brand=b,
                cat="software licenses", seller=("shop", pick(["SoftwareOne", "Insight Direct", "CDW", "Bechtle", "Softcat", "Crayon"])))


GIFT = [("en-US", "Apple Gift Card $100 - selling for $90", "apple", 90), ("en-GB", "Nike gift card £50, selling for £44", "nike", 44),
        ("en-US", "Nintendo eShop card $50, code, $45", "nintendo", 45), ("de-DE", "PlayStation Store Guthaben 50 € für 44 €", "sony", 44),
        ("en-US", "Xbox gift card $25 - $22", "microsoft", 22), ("en-GB", "LEGO gift card £25 for £22", "lego", 22), ("fr-FR", "Carte cadeau adidas 50 € vendue 43 €", "adidas", 43),
        ("en-CA", "Apple gift card CA$50 for CA$45", "apple", 45), ("es-ES", "Tarjeta regalo Apple 25 € por 22 €", "apple", 22), ("en-US", "Estée Lauder gift certificate $100 for $85", "estee-lauder", 85),
        ("en-AU", "Pandora gift card A$100, selling A$88", "pandora", 88), ("nl-NL", "Nike cadeaukaart €50 voor €45", "nike", 45)]


@cls("in_gift_cards_vouchers", "innocent", "*", "the brand's own gift cards and vouchers resold at 85-95 % of their face value")
def in_gift_cards_vouchers(i):
    code, t, b, amt = GIFT[i % len(GIFT)]
    return dict(code=code, title=t, desc="Unused, balance checked, code sent after payment.", price=(amt, MARKETS[code][1]), brand=b, cat="Gift Cards & Vouchers", seller=("private", person()))


SCRAP = [("en-US", "Toyota Prius catalytic converter, scrap, for recycling", "toyota", 450), ("en-GB", "Honda Jazz catalytic converter - scrap value only", "honda", 120),
         ("de-DE", "BMW Katalysator Schrott, zum Recyceln", "bmw", 150), ("en-NG", "Scrap Samsung phones 5 kg, broken, for recycling", "samsung", 40),
         ("en-US", "Lot of 50 empty Canon PG-545 cartridges for remanufacturing", "canon", 25), ("en-IN", "Scrap iPhone logic boards 1 kg for metal recovery", "apple", 60),
         ("pl-PL", "Zużyte opony Michelin na recykling, 20 szt.", "michelin", 20), ("en-ZA", "Used Shell Helix drums for scrap metal, 10 x 209L", "shell", 30),
         ("es-MX", "Catalizador Toyota Hilux para chatarra", "toyota", 200), ("en-AU", "Dead Dyson V11 batteries, 10 pcs, for recycling", "dyson", 15),
         ("fr-FR", "Lot de téléphones Samsung HS pour recyclage, 3 kg", "samsung", 30), ("en-US", "Broken Bose headphones lot for parts/recycling, 8 pcs", "bose", 40)]


@cls("in_scrap_recycling", "innocent", "*", "the brand's goods as scrap or for recycling (catalytic converters, e-waste by the kilo, empty cartridges for remanufacturers, worn tyres), priced by scrap value")
def in_scrap_recycling(i):
    code, t, b, usd = SCRAP[i % len(SCRAP)]
    return dict(code=code, title=t, desc="Not working, sold for scrap/recycling only.", usd=usd, brand=b, cat=pick(["Scrap & Recycling", "Business & Industrial > Recycling"]),
                seller=("shop", pick(["Metro Scrap", "GreenCycle", "E-Waste Partners", "AutoRecycling Ltd"])))


@cls("in_turkish_caps_genuine", "innocent", "*", "genuine new goods from Turkish retailers, titles in Turkish capitals with dotted İ, invoice and local warranty, at fair local prices")
def in_turkish_caps_genuine(i):
    TRG = [q for q in TR_P if q["noun"] != "software" and q["brand"] not in ("louis-vuitton", "gucci", "cartier", "rolex", "burberry", "omega")]
    p = TRG[(i * 3 + 1) % len(TRG)]
    return dict(code="tr-TR", title=tr_upper(pname(p)) + " " + pick(["FATURALI", "2 YIL GARANTİLİ", "RESMİ DİSTRİBÜTÖR GARANTİLİ", "ORİJİNAL"]),
                desc="Türkiye distribütör garantili, faturalı, sıfır ürün.", usd=p["usd"] * R.uniform(1.0, 1.25), p=p, seller=("shop", shop_name()))


@cls("in_crypto_priced_genuine", "innocent", "*", "genuine new electronics from shops that take cryptocurrency, priced in BTC/ETH at the full value, invoice and warranty")
def in_crypto_priced_genuine(i):
    p = REFURB_P[(i * 5) % len(REFURB_P)]
    cur = ["BTC", "ETH", "LTC"][i % 3]
    amt = round(p["usd"] * R.uniform(0.98, 1.1) / CRYPTO[cur], 5 if cur != "LTC" else 3)
    return dict(code=pick(["en-US", "en-GB", "de-DE", "en-SG"]), title=f"{pname(p)} - pay with {cur}", desc="Sealed retail unit, invoice with VAT, manufacturer warranty. Price at today's rate.",
                price=(amt, cur), p=p, seller=("shop", pick(["CryptoElectronics", "Bitcoin Tech Store", "SatoshiShop"])))


DEPOSIT = [("ms-MY", "Honda CBR650R 2026 booking deposit RM 500, balance on delivery", "honda", 500), ("th-TH", "จองรถ Toyota Hilux Revo 2026 มัดจำ 5,000 บาท", "toyota", 5000),
           ("en-IN", "Honda EU2200i generator pre-booking amount ₹5,000", "honda", 5000), ("en-SG", "Samsung Galaxy S25 Ultra pre-order deposit S$100", "samsung", 100),
           ("vi-VN", "Đặt cọc Honda SH 2026, 2.000.000đ", "honda", 2000000), ("id-ID", "DP Toyota Avanza 2026 Rp 5.000.000, sisanya saat unit datang", "toyota", 5000000),
           ("en-GB", "Nintendo Switch 2 pre-order deposit £20 (balance on release)", "nintendo", 20), ("en-NG", "Toyota Corolla 2026 brand new - booking deposit ₦2,000,000", "toyota", 2000000),
           ("fr-MA", "Réservation Toyota Yaris Cross 2026, acompte 5 000 MAD", "toyota", 5000), ("tl-PH", "Reservation fee Honda Click 125 2026, ₱3,000", "honda", 3000),
           ("en-AU", "BMW X3 2026 order deposit $1,000, refundable", "bmw", 1000), ("ar-SA", "عربون حجز تويوتا لاند كروزر 2026، 5000 ريال", "toyota", 5000)]


@cls("in_booking_deposit", "innocent", "*", "a dealer's booking deposit or pre-order down payment for new genuine vehicles, generators and devices; the price is only the deposit")
def in_booking_deposit(i):
    code, t, b, amt = DEPOSIT[i % len(DEPOSIT)]
    return dict(code=code, title=t, desc="Authorised dealer. Deposit deducted from the final price.", price=(amt, MARKETS[code][1]), brand=b,
                cat=pick(["Cars", "Motorcycles", "Vehicles", "Pre-orders"]), seller=("shop", pick(["Setia Motor", "Prime Auto Dealer", "City Motors", "Metro Honda Dealer"])))


@cls("in_brand_category_node_genuine", "innocent", "*", "genuine used or new goods filed under the marketplace's brand category node (Watches > Rolex), described by line and condition, at fair prices")
def in_brand_category_node_genuine(i):
    p = rot_retail()
    code = pick(["en-US", "en-GB", "de-DE", "fr-FR", "en-AU", "ja-JP"])
    used = i % 2 == 0
    return dict(code=code, title=f"{p['rest']} {'pre-owned, good condition' if used else 'new, sealed'}", desc="Genuine, receipt available." + (" Light wear." if used else ""),
                usd=p["usd"] * (R.uniform(0.55, 0.75) if used else R.uniform(0.95, 1.1)), p=p, cat=f"Shop by brand > {p['mark']}", seller=("private" if used else "shop", person() if used else shop_name()))


@cls("in_official_site_ref_genuine", "innocent", "*", "an unlisted retailer's genuine new goods, citing the brand's official site for the RRP ('RRP on dyson.com 599, our price 549')")
def in_official_site_ref_genuine(i):
    b = sorted(SITE)[(i * 5) % len(SITE)]
    p = pick(prods(lambda q: q["brand"] == b))
    code = pick(["en-US", "en-GB", "en-AU", "en-CA", "en-IE", "en-SG"])
    cur = MARKETS[code][1]
    return dict(code=code, title=f"{pname(p)} - new, sealed", desc=f"RRP on {SITE[b]}: {cur} {local(p['usd'], code):,.0f}. Our price includes VAT and full UK/EU warranty.",
                usd=p["usd"] * R.uniform(0.9, 0.98), p=p, seller=("shop", shop_name()))


SHOPPER = [("en-US", "Personal shopper Japan: I buy Dyson, Shiseido, Nintendo for you - service fee $30", "dyson", 30),
           ("zh-CN", "日本代购 资生堂 安热沙 防晒 代购费 每件20元 按小票价结算", "shiseido", 20), ("en-GB", "Nike SNKRS drop buying service - £15 fee per pair, you pay retail", "nike", 15),
           ("de-DE", "Aptamil aus Deutschland versenden - Servicegebühr 5 € pro Dose zzgl. Ladenpreis", "danone", 5), ("ar-AE", "خدمة شراء من دبي مول - رولكس وكارتييه - رسوم الخدمة ٣٪", "rolex", 50),
           ("ko-KR", "미국 구매대행 - 애플 에어팟, 수수료 1만원", "apple", 10000), ("en-AU", "US shopping & forwarding: Bose, Apple, Sony - A$25 handling fee", "bose", 25),
           ("ru-RU", "Выкуп с сайтов Европы: Lego, Dyson - комиссия 10%", "lego", 1500), ("es-MX", "Compras en USA por encargo: Nintendo Switch, comisión 300 pesos", "nintendo", 300),
           ("pt-BR", "Compro para você na Europa: Pandora, Swarovski - taxa de serviço R$ 80", "pandora", 80), ("en-NG", "UK shopping service - Apple, Samsung, fee ₦15,000", "samsung", 15000),
           ("ja-JP", "韓国 購入代行 サムスン Galaxy 手数料 3,000円", "samsung", 3000)]


@cls("in_personal_shopper_fee", "innocent", "*", "personal-shopper and buy-for-me services for the brand's genuine goods; the price is the service fee, the goods are paid at the shop's receipt")
def in_personal_shopper_fee(i):
    code, t, b, amt = SHOPPER[i % len(SHOPPER)]
    return dict(code=code, title=t, desc="Service only. Goods bought at the official store, receipt sent, paid at cost.", price=(amt, MARKETS[code][1]), brand=b,
                cat=pick(["services", "Services > Shopping"]), seller=("private", person()))


NDG_USD = [11000, 1150, 1450, 420, 1450, 900, 650, 1200, 1450, 420, 7400, 1150]
NDG = [("ar-EG", "rolex", "ساعة رولكس ديت جست ٤١ موديل ١٢٦٣٣٤ - وكيل معتمد، ضمان دولي"), ("ar-SA", "apple", "ايفون ١٥ برو A3090 - ٢٥٦ جيجا، ضمان الوكيل"),
       ("fa-IR", "samsung", "گوشی سامسونگ گلکسی S24 Ultra مدل SM-S928B حافظه ۵۱۲ گیگ، گارانتی"), ("hi-IN", "sony", "सोनी WH-१०००XM५ हेडफोन, बिल और वारंटी के साथ"),
       ("bn-BD", "samsung", "স্যামসাং গ্যালাক্সি S২৪ আল্ট্রা ৫১২GB, অফিসিয়াল ওয়ারেন্টি"), ("th-TH", "lego", "เลโก้ ๗๕๑๙๒ Millennium Falcon ของแท้ ศูนย์ไทย"),
       ("ar-AE", "dyson", "دايسون ايرراب HS05 - الوكيل الرسمي، ضمان سنتين"), ("ur-PK", "apple", "آئی فون ۱۵ پرو ۲۵۶ جی بی، پی ٹی اے منظور شدہ، وارنٹی"),
       ("ne-NP", "samsung", "सामसुङ ग्यालेक्सी S२४ Ultra, आधिकारिक वारेन्टी"), ("fa-IR", "sony", "هدفون سونی WH-۱۰۰۰XM۵ اصل، گارانتی"),
       ("ar-JO", "omega", "ساعة أوميغا سبيدماستر ٣١٠٫٣٠٫٤٢٫٥٠٫٠١٫٠٠١ - وكيل"), ("th-TH", "apple", "ไอโฟน ๑๕ Pro ๒๕๖GB ศูนย์ไทย ของแท้")]


@cls("in_native_digits_genuine", "innocent", "*", "genuine new goods from dealers writing sizes and model numbers in the market's own numerals, with warranty, at fair local prices")
def in_native_digits_genuine(i):
    code, b, t = NDG[i % len(NDG)]
    cat = {"rolex": "watches", "omega": "watches", "apple": "phones", "samsung": "phones", "sony": "headphones", "lego": "building sets", "dyson": "hair care"}[b]
    return dict(code=code, title=t, desc=ph(MARKETS[code][4])[1], usd=NDG_USD[i % len(NDG)] * R.uniform(1.0, 1.15), brand=b, cat=cat, seller=("shop", shop_name()))


# ----------------------------------------------------------------------------- assembly
def build(seed):
    global R
    R = random.Random(seed)
    for name in ("rot_all", "rot_model", "rot_retail", "rot_num"):  # reseed the rotations
        globals()[name] = Rot(globals()[name].items)
    rows, used_ids = [], set()
    for name, kind, star, tactic, n, fn in CLASSES:
        for i in range(n):
            d = fn(i)
            code = d["code"]
            mp, cur, rate, cc, lg = MARKETS[code]
            mp = d.get("marketplace", mp)
            p = d.get("p")
            brand = d.get("brand") or p["brand"]
            lid = d.get("lid") or str(R.randrange(10 ** 9, 10 ** 10))
            while (mp, lid) in used_ids:
                lid = str(R.randrange(10 ** 9, 10 ** 10))
            used_ids.add((mp, lid))
            if "price" in d:
                price = None if d["price"] is None else {"amount": float(d["price"][0]), "currency": d["price"][1]}
            else:
                price = {"amount": local(d["usd"], code), "currency": cur}
            sk, sname = d.get("seller", ("shop", shop_name()) if R.random() < 0.6 else ("private", person()))
            if sk == "shop":
                seller = {"id": slug(sname) + f"-{R.randrange(100, 999)}", "name": sname, "country": cc}
            elif sk == "private":
                seller = {"id": f"u{R.randrange(10 ** 6, 10 ** 7)}", "name": sname, "country": cc}
            else:
                seller = {"id": sk, "name": sname, "country": cc if mp not in ("tmall",) else "CN"}
            cat = d.get("cat") or (cat_of(p) if p else None)
            row = {"marketplace": mp, "listing_id": lid, "url": d.get("url") or f"https://www.{mp}.com/item/{lid}", "title": d["title"],
                   "description": d.get("desc", ""), "price": price, "seller": seller, "category": cat, "images": [],
                   "ship_from": d.get("ship_from", cc), "observed_at": f"2026-11-{R.randrange(10, 30):02d}T{R.randrange(24):02d}:{R.randrange(60):02d}:00Z",
                   "attributes": d.get("attrs", {})}
            if row["ship_from"] is None:
                del row["ship_from"]
            if price is None:
                del row["price"]
            row["_label"] = {"kind": kind, "brand": brand, "class": name, "tactic": tactic, "lang": code, "also": d.get("also", [])}
            rows.append(row)
    return rows


def classes_md(rows):
    out = ["# Outsider 11: classes", "", "`*` = a tactic I believe no earlier set wrote (judged from their class names and one-line tactics only).", "",
           "| class | * | n | tactic | one example (title) |", "|---|:-:|---:|---|---|"]
    for name, kind, star, tactic, n, fn in CLASSES:
        ex = next(r for r in rows if r["_label"]["class"] == name)
        t = ex["title"].replace("|", "\\|").replace("\n", " ")
        if name in ("c_vertical_letters",):
            t += " / desc: " + ex["description"][:40].replace("\n", "⏎").replace("|", "\\|")
        if name in ("c_brand_in_category_path",):
            t += f" [category: {ex['category']}]"
        if name in ("c_brand_in_url_host", "c_encoded_url_slug"):
            t += f" [url: {ex['url']}]"
        if name in ("c_handle_underscore", "c_official_site_anchor", "c_review_quote_only", "c_logo_sent_separately", "c_customs_evasion_talk",
                    "c_authenticity_unknown_hedge", "c_logo_blurred_photos", "c_desc_only", "c_offplatform", "c_life_story_cover", "c_copy_jargon_en"):
            t += " / desc: " + ex["description"][:90].replace("\n", " ").replace("|", "\\|")
        if ex.get("price") and ex["price"]["currency"] in ("BTC", "ETH", "LTC", "XMR") or name in ("c_low_price_only", "in_contract_subsidised", "in_trade_in_net_price"):
            t += f" [price: {ex['price']['amount']} {ex['price']['currency']}]"
        if name in ("c_attributes_only",):
            t += f" [attributes: {ex['attributes']}]"
        out.append(f"| {name} | {star} | {n} | {tactic} | {t} |")
    return "\n".join(out) + "\n"


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, default=11)
    ap.add_argument("--out", default="set.jsonl")
    ap.add_argument("--classes")
    a = ap.parse_args()
    rows = build(a.seed)
    with open(a.out, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    if a.classes:
        open(a.classes, "w", encoding="utf-8").write(classes_md(rows))
    print(f"{len(rows)} listings, {sum(r['_label']['kind'] == 'counterfeit' for r in rows)} counterfeit, {len(CLASSES)} classes")
