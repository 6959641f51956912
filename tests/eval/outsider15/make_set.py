#!/usr/bin/env python3
"""outsider15 held-out set generator (stdlib only): python3 make_set.py --seed 15 [--out set.jsonl] [--classes classes.md]
One function per class; every listing is a Listing plus _label {kind, brand, class, tactic, lang, also}."""
import argparse
import json
import math
import random
import string
from datetime import datetime, timedelta, timezone

from data import MARKETS, P, ZH, KO, JA, NAME

R = random.Random()
ROWS = []
CLASSES = []  # (name, star, kind, tactic)
T0 = datetime(2026, 11, 20, tzinfo=timezone.utc)


def nice(x):
    if x <= 0:
        return 0
    if x < 10:
        return round(x, 2)
    d = int(math.floor(math.log10(x)))
    v = round(x, -(d - 2)) if d >= 2 else round(x)
    if v >= 1000 and R.random() < 0.5:
        v = round(v, -(d - 1))
    return float(int(v)) if v >= 10 else v


def rid(n=10):
    return "".join(R.choice(string.ascii_lowercase + string.digits) for _ in range(n))


def copy_pct(usd):
    if usd >= 2000:
        return R.uniform(0.05, 0.10)
    if usd >= 150:
        return R.uniform(0.05, 0.20)
    if usd >= 30:
        return R.uniform(0.12, 0.30)
    return R.uniform(0.25, 0.45)


def prod(brand):
    return R.choice(P[brand])


def add(cls, kind, brand, lang, title, desc="", usd=None, amount=None, cat=None, seller=None, attrs=None, url=None, currency=None):
    mp, cur, rate, country, host = MARKETS[lang]
    lid = rid(12)
    price = None
    if amount is not None:
        price = {"amount": amount, "currency": currency or cur}
    elif usd is not None:
        price = {"amount": nice(usd * rate), "currency": cur}
    s = seller or {"id": "u" + rid(8), "name": R.choice(["", "shop" + rid(4), rid(6)]), "country": country}
    if "country" not in s:
        s["country"] = country
    row = {"marketplace": mp, "listing_id": lid, "url": url or f"https://{host}/item/{lid}", "title": title, "description": desc,
           "price": price, "seller": s, "category": cat, "images": [], "ship_from": s.get("country") or country,
           "observed_at": (T0 + timedelta(minutes=R.randint(0, 20000))).isoformat(), "attributes": attrs or {}}
    c = CLASSES_BY[cls]
    row["_label"] = {"kind": kind, "brand": brand, "class": cls, "tactic": c[3], "lang": lang.replace("-fb", "").replace("-tb", ""), "also": []}
    ROWS.append(row)


CLASSES_BY = {}


def klass(name, star, kind, tactic):
    def deco(fn):
        CLASSES.append((name, star, kind, tactic, fn))
        CLASSES_BY[name] = (name, star, kind, tactic)
        return fn
    return deco


ALL = sorted(P)
NOUN = {"vacuum cleaners": "cordless vacuum", "speakers": "bluetooth speaker", "shavers": "electric shaver", "chargers": "USB-C charger", "power tools": "rotary hammer",
        "handbags": "shoulder bag", "headphones": "wireless headphones", "sneakers": "sneakers", "phones": "smartphone", "tires": "tyre", "ink": "ink cartridge",
        "accessories": "controller", "hair care": "hair dryer", "electric toothbrushes": "electric toothbrush", "cameras": "camera body", "earbuds": "earbuds",
        "memory": "SSD", "consoles": "console", "kitchen appliances": "air fryer", "batteries": "AA batteries 4 pack", "dishwashers": "dishwasher", "lenses": "zoom lens",
        "belts": "belt", "sunglasses": "sunglasses", "laptops": "laptop", "generators": "inverter generator"}


def cyc(brands, n=13):
    out = list(brands)
    R.shuffle(out)
    while len(out) < n:
        out += out
    return out[:n]


# =========================================================================== counterfeit, everyday (30)

@klass("c_first_copy_master_copy", "", "counterfeit", "South Asian / Gulf trade words: first copy, master copy, 7A, mirror copy")
def _():
    langs = ["en-IN", "hi-IN", "ur-PK", "bn-BD", "ta-IN", "ne-NP", "si-LK", "ar-AE", "en-PK", "pa-IN", "ml-IN", "ar-QA", "en-IN"]
    words = {"en-IN": "first copy", "hi-IN": "फर्स्ट कॉपी", "ur-PK": "ماسٹر کاپی", "bn-BD": "মাস্টার কপি", "ta-IN": "ஃபர்ஸ்ட் காப்பி",
             "ne-NP": "फर्स्ट कपी", "si-LK": "ෆස්ට් කොපි", "ar-AE": "ماستر كوبي", "en-PK": "7A master copy", "pa-IN": "ਫਸਟ ਕਾਪੀ",
             "ml-IN": "ഫസ്റ്റ് കോപ്പി", "ar-QA": "فيرست كوبي"}
    for b, l in zip(cyc(["rolex", "gucci", "louis-vuitton", "nike", "adidas", "michael-kors", "apple", "cartier", "omega", "puma", "burberry", "coach", "levis"]), langs):
        p = prod(b)
        add("c_first_copy_master_copy", "counterfeit", b, l, f"{p[0]} {words[l]}", f"{words[l]} quality, same look. COD available. {R.choice(['Box extra', 'Limited stock', 'Best price in town'])}", usd=p[2] * copy_pct(p[2]), cat=p[1])


@klass("c_copy_words_europe_fresh", "", "counterfeit", "copy words in European languages: Nachbau, namaak, kopia, imitație, utánzat, αντίγραφο, ponaredek, koopia")
def _():
    data = [("de-DE", "Nachbau, sieht aus wie echt"), ("nl-NL", "namaak maar top kwaliteit"), ("sv-SE", "kopia, bra kvalitet"), ("ro-RO", "imitație de calitate"),
            ("hu-HU", "utánzat, jó minőség"), ("el-GR", "αντίγραφο πρώτης ποιότητας"), ("sl-SI", "ponaredek, zelo dobra kvaliteta"), ("et-EE", "koopia, väga hea kvaliteet"),
            ("fi-FI", "kopio, hyvä laatu"), ("is-IS", "eftirlíking, mjög góð gæði"), ("lt-LT", "kopija, gera kokybė"), ("cs-CZ", "napodobenina, kvalitní provedení"), ("da-DK", "kopi i god kvalitet")]
    for b, (l, w) in zip(cyc(["rolex", "louis-vuitton", "gucci", "canada-goose", "the-north-face", "nike", "omega", "cartier", "burberry", "dyson", "pandora", "swarovski", "adidas"]), data):
        p = prod(b)
        add("c_copy_words_europe_fresh", "counterfeit", b, l, f"{p[0]} – {w.split(',')[0]}", w, usd=p[2] * copy_pct(p[2]), cat=p[1])


@klass("c_copy_words_americas_fresh", "", "counterfeit", "Latin American copy words: clon, réplica AAA, imitación, idêntica, copia buena")
def _():
    data = [("es-MX", "clon calidad 1a1"), ("es-AR", "réplica con caja"), ("es-CO", "réplica triple A"), ("es-CL", "imitación de calidad"), ("es-PE", "réplica importada"),
            ("es-UY", "réplica exacta"), ("es-GT", "imitación buena"), ("es-DO", "copia buena"), ("es-BO", "réplica AAA"), ("es-PY", "réplica primera línea"),
            ("es-CR", "imitación 1.1"), ("pt-BR", "réplica idêntica"), ("en-JM", "copy but nice")]
    for b, (l, w) in zip(cyc(["nike", "adidas", "rolex", "louis-vuitton", "michael-kors", "coach", "gucci", "apple", "samsung", "levis", "puma", "omega", "cartier"]), data):
        p = prod(b)
        add("c_copy_words_americas_fresh", "counterfeit", b, l, f"{p[0]} {w}", f"{w}. Envíos a todo el país." if not l.startswith("pt") and l != "en-JM" else w, usd=p[2] * copy_pct(p[2]), cat=p[1])


@klass("c_copy_words_asia_fresh", "", "counterfeit", "East and Southeast Asian copy words: 复刻, 顶级复刻, レプリカ, 레플, hàng fake, งานมิลเลอร์, KW super, class A")
def _():
    data = [("zh-CN", "复刻版 做工细节到位"), ("zh-CN-tb", "顶级复刻 专柜品质"), ("zh-TW", "仿品 質感很好"), ("ja-JP", "レプリカ 美品"), ("ko-KR", "레플 정품급"),
            ("vi-VN", "hàng fake 1:1 loại 1"), ("th-TH", "งานมิลเลอร์ เหมือนแท้"), ("id-ID", "KW super premium"), ("ms-MY", "gred replika AAA"),
            ("tl-PH", "class A, parang orig"), ("km-KH", "copy grade AAA"), ("my-MM", "copy အဆင့်မြင့်"), ("lo-LA", "ກ໊ອບປີ້ ເກຣດ A")]
    for b, (l, w) in zip(cyc(["rolex", "louis-vuitton", "gucci", "dyson", "apple", "cartier", "omega", "nike", "adidas", "estee-lauder", "shiseido", "coach", "canada-goose"]), data):
        p = prod(b)
        add("c_copy_words_asia_fresh", "counterfeit", b, l, f"{p[0]} {w}", w, usd=p[2] * copy_pct(p[2]), cat=p[1])


@klass("c_copy_words_africa_fresh", "", "counterfeit", "African markets' words: first grade, Turkey quality, ayederu, na jabu, feki, mgunyathi, copie")
def _():
    data = [("en-NG", "first grade, Turkey quality"), ("en-GH", "class A copy"), ("en-KE", "grade A copy"), ("sw-TZ", "mali feki lakini bora"), ("sw-KE", "copy safi sana"),
            ("yo-NG", "ayederu to dara"), ("ha-NG", "na jabu mai kyau"), ("am-ET", "ኮፒ ጥራት ያለው"), ("zu-ZA", "mgunyathi, quality yinhle"), ("en-UG", "copy original look"),
            ("fr-SN", "copie conforme"), ("pt-AO", "réplica de qualidade"), ("fr-CM", "copie premier choix")]
    for b, (l, w) in zip(cyc(["nike", "adidas", "rolex", "apple", "samsung", "gucci", "louis-vuitton", "michael-kors", "puma", "levis", "omega", "hasbro", "nestle"]), data):
        p = prod(b)
        add("c_copy_words_africa_fresh", "counterfeit", b, l, f"{p[0]} {w}", w + ". Pay on delivery.", usd=p[2] * copy_pct(p[2]), cat=p[1])


@klass("c_copy_words_mena_caucasus", "", "counterfeit", "MENA, Caucasus and Central Asian copy words: هاي كوبي, ماستر كوالتي, های کپی, העתק, muadil, kopya, ასლი, хуулбар")
def _():
    data = [("ar-EG", "هاي كوبي"), ("ar-SA", "ماستر كوالتي"), ("ar-KW", "كوبي ون"), ("ar-JO", "تقليد درجة أولى"), ("ar-IQ", "تقليد طبق الأصل"), ("fa-IR", "های کپی"),
            ("he-IL", "העתק איכותי"), ("tr-TR", "muadil A+ kalite"), ("az-AZ", "kopya, yüksək keyfiyyət"), ("hy-AM", "կրկնօրինակ, բարձր որակ"), ("ka-GE", "ასლი, მაღალი ხარისხი"),
            ("mn-MN", "хуулбар, чанартай"), ("uz-UZ", "kopiya, lyuks sifat")]
    for b, (l, w) in zip(cyc(["rolex", "cartier", "louis-vuitton", "gucci", "omega", "dyson", "apple", "nike", "burberry", "swarovski", "samsung", "canada-goose", "adidas"]), data):
        p = prod(b)
        add("c_copy_words_mena_caucasus", "counterfeit", b, l, f"{p[0]} {w}", w, usd=p[2] * copy_pct(p[2]), cat=p[1])


@klass("c_rep_factory_batch_fresh", "", "counterfeit", "replica factories, batches and clone chips named with the goods: Clean 3235, VSF 8800, LJR, PK 5.0, Huilian 277, Airoha")
def _():
    items = [("rolex", "Submariner 126610LN Clean factory V4, 3235 clone", "watches", 10250), ("omega", "Seamaster 300M VSF 8800 movement", "watches", 5900),
             ("nike", "Air Jordan 1 High OG LJR batch", "sneakers", 180), ("nike", "Dunk Low Panda PK 5.0 batch", "sneakers", 115),
             ("adidas", "Yeezy 350 V2 Zebra GX batch", "sneakers", 230), ("apple", "AirPods Pro 2 Huilian 277 chip ANC", "earbuds", 249),
             ("apple", "AirPods Pro 2 Airoha 1562AE version", "earbuds", 249), ("cartier", "Santos de Cartier BV factory", "watches", 7700),
             ("louis-vuitton", "Neverfull MM Ulove version", "handbags", 2030), ("gucci", "Marmont small, Gaoding version", "handbags", 2450),
             ("rolex", "Daytona 116500LN Noob V3 4130 clone", "watches", 15100), ("samsung", "Galaxy Buds2 Pro Jerry 1562 version", "earbuds", 229),
             ("dyson", "Supersonic HD08 110000rpm 1:1 motor version", "hair care", 429)]
    langs = ["en-US", "en-GB", "en-SG", "en-AU", "en-CA", "zh-HK", "en-PH", "en-US-fb", "en-NZ", "en-MT", "en-US", "en-ZA", "en-IE"]
    for (b, t, cat, usd), l in zip(items, langs):
        add("c_rep_factory_batch_fresh", "counterfeit", b, l, t, "QC pics on request. Best batch on the market.", usd=usd * copy_pct(usd), cat=cat)


@klass("c_cover_story_reject_export", "", "counterfeit", "cover stories: export reject, cancelled order, QC reject with a tiny flaw, bonded-warehouse surplus, my cousin works at the plant")
def _():
    stories = ["Export reject from the factory, tiny glue mark, otherwise perfect.", "Cancelled export order, 200 pcs left, cheap.", "QC reject: stitching a bit off, nobody will notice.",
               "Bonded warehouse surplus, cleared this week.", "My cousin works at the plant, he gets them out the back door.", "Shipment for the boutique was cancelled, selling the lot.",
               "Left over from a hotel gift-shop closing, new.", "From the distributor's warehouse fire sale, slight smoke smell.", "Surplus from a corporate gift order.",
               "Overproduction from the Vietnam line, no tags.", "Container clearance, everything must go.", "Insurance write-off stock, new in box.", "Samples from the factory audit."]
    langs = ["en-US", "en-GB", "en-AU", "en-CA", "en-NG", "en-KE", "en-ZA", "en-PH", "en-IN", "en-GH", "en-SG", "en-NZ", "en-US-fb"]
    for b, s, l in zip(cyc(["nike", "canada-goose", "the-north-face", "levis", "michael-kors", "coach", "dyson", "bose", "sony", "gucci", "burberry", "adidas", "apple"]), stories, langs):
        p = prod(b)
        add("c_cover_story_reject_export", "counterfeit", b, l, f"{p[0]} - new, cheap", s, usd=p[2] * copy_pct(p[2]), cat=p[1])


@klass("c_plain_new_cheap", "", "counterfeit", "the brand and 'new, sealed' at 5-20 % of list, no copy word, across markets")
def _():
    langs = ["pl-PL", "cs-CZ", "sk-SK", "hu-HU", "ro-RO", "bg-BG", "hr-HR", "sr-RS", "bs-BA", "mk-MK", "sq-AL", "uk-UA", "ru-RU"]
    new = {"pl-PL": "nowy, zafoliowany", "cs-CZ": "nový, zabalený", "sk-SK": "nový, zabalený", "hu-HU": "új, bontatlan", "ro-RO": "nou, sigilat", "bg-BG": "нов, запечатан",
           "hr-HR": "novo, zapakirano", "sr-RS": "novo, zapakovano", "bs-BA": "novo, neotpakovano", "mk-MK": "ново, запакувано", "sq-AL": "i ri, i paketuar",
           "uk-UA": "новий, запакований", "ru-RU": "новый, в плёнке"}
    for b, l in zip(cyc(["dyson", "apple", "samsung", "sony", "bose", "rolex", "cartier", "omega", "louis-vuitton", "canon", "philips", "lego", "nintendo"]), langs):
        p = prod(b)
        add("c_plain_new_cheap", "counterfeit", b, l, f"{p[0]} {new[l]}", new[l], usd=p[2] * R.uniform(0.05, 0.2) if p[2] >= 30 else p[2] * 0.3, cat=p[1])


@klass("c_line_only_cue", "", "counterfeit", "a registered line or nickname without the brand word, with a copy cue")
def _():
    items = [("rolex", "GMT-Master II Pepsi 1:1 automatic", "watches", 10900), ("louis-vuitton", "Pochette Métis monogram mirror quality", "handbags", 2600),
             ("cartier", "Juste un Clou bracelet 18k plated replica", "jewelry", 8000), ("nike", "Dunk Low Panda rep size 42", "sneakers", 115),
             ("adidas", "Handball Spezial rep navy", "sneakers", 110), ("omega", "Speedmaster Moonwatch super clone", "watches", 7100),
             ("the-north-face", "Nuptse 1996 jacket copy 700 fill", "jackets", 330), ("canada-goose", "Chilliwack bomber replica", "jackets", 1395),
             ("dyson", "Airwrap complete long copy version", "hair care", 599), ("gucci", "GG Marmont belt 1:1 copy", "belts", 540),
             ("burberry", "Kensington trench AAA copy", "trench coats", 2490), ("estee-lauder", "Advanced Night Repair 100ml replica batch", "skincare", 160),
             ("yonex", "Astrox 88D Pro 4U copy racket", "badminton rackets", 240)]
    langs = ["en-US", "en-GB", "en-AU", "en-SG", "en-CA", "en-PH", "en-NZ", "en-IE", "en-MT", "en-ZA", "en-US-fb", "en-NG", "en-PK"]
    for (b, t, cat, usd), l in zip(items, langs):
        add("c_line_only_cue", "counterfeit", b, l, t, "", usd=usd * copy_pct(usd), cat=cat)


@klass("c_model_number_cheap", "", "counterfeit", "the registered model number with the goods type, 'new', at a copy price, brand word absent")
def _():
    bs = [b for b in ALL if any(x[3] for x in P[b])]
    langs = ["en-US", "de-DE", "fr-FR", "it-IT", "es-ES", "nl-NL", "en-GB", "pt-PT", "pl-PL", "sv-SE", "en-AU", "en-CA", "tr-TR"]
    for b, l in zip(cyc(["sony", "samsung", "bose", "apple", "canon", "dyson", "philips", "bosch", "nintendo", "michelin", "panasonic", "gucci", "nike"]), langs):
        p = R.choice([x for x in P[b] if x[3]])
        typ = NOUN.get(p[1], p[1])
        add("c_model_number_cheap", "counterfeit", b, l, f"{p[3]} {typ}, new", f"New {typ}, model {p[3]}. Fast shipping.", usd=p[2] * copy_pct(p[2]), cat=p[1])


@klass("c_cjk_alias_cues", "", "counterfeit", "Chinese, Korean and Japanese names of the brand with local copy words (高仿, 1比1, 레플리카, スーパーコピー)")
def _():
    items = [("rolex", "zh-CN", f"{ZH['rolex']} 潜航者 高仿 1比1"), ("louis-vuitton", "zh-CN-tb", f"{ZH['louis-vuitton']} 老花 高仿包"), ("gucci", "zh-TW", "古馳 馬蒙包 高仿"),
             ("cartier", "zh-CN", f"{ZH['cartier']} 手镯 高仿 18k"), ("dyson", "zh-CN-tb", f"{ZH['dyson']} 吹风机 高仿 一比一"), ("omega", "zh-HK", "奧米茄 海馬 高仿"),
             ("rolex", "ko-KR", f"{KO['rolex']} 서브마리너 레플리카"), ("louis-vuitton", "ko-KR", f"{KO['louis-vuitton']} 네버풀 레플"), ("gucci", "ja-JP", f"{JA['gucci']} マーモント スーパーコピー"),
             ("canada-goose", "ja-JP", f"{JA['canada-goose']} ダウン コピー品"), ("nike", "zh-CN", f"{ZH['nike']} 空军一号 莆田 高仿"), ("estee-lauder", "zh-CN-tb", f"{ZH['estee-lauder']} 小棕瓶 高仿"),
             ("shiseido", "zh-TW", "資生堂 紅腰子 仿品")]
    for b, l, t in items:
        p = prod(b)
        add("c_cjk_alias_cues", "counterfeit", b, l, t, "", usd=p[2] * copy_pct(p[2]), cat=p[1])


@klass("c_misspell_fresh", "", "counterfeit", "misspelt marks with a copy price: Rollex, Guccy, Adiddas, Samsumg, Dysson, Omgea, Swarowski")
def _():
    items = [("rolex", "Rollex Submariner black"), ("gucci", "Guccy marmont bag"), ("adidas", "Adiddas Samba OG white"), ("samsung", "Samsumg Galaxy S24 Ultra 512gb"),
             ("dyson", "Dysson supersonic hair dryer"), ("omega", "Omgea seamaster 300"), ("swarovski", "Swarowski crystal necklace"), ("burberry", "Burbery check scarf"),
             ("michael-kors", "Micheal Kors jet set tote"), ("cartier", "Cartiere love bracelet gold"), ("pandora", "Pandorra charm bracelet"), ("louis-vuitton", "Louis Vuiton neverfull mm"),
             ("the-north-face", "North Fase nuptse puffer")]
    langs = ["en-US", "en-US-fb", "en-GB", "en-PH", "en-NG", "en-AU", "en-CA", "en-ZA", "en-KE", "en-IN", "en-GH", "en-JM", "en-TT"]
    for (b, t), l in zip(items, langs):
        p = prod(b)
        add("c_misspell_fresh", "counterfeit", b, l, t, "new with tags", usd=p[2] * copy_pct(p[2]), cat=p[1])


@klass("c_homoglyph_fresh", "", "counterfeit", "Cyrillic and Greek look-alike letters inside the mark, copy price")
def _():
    items = [("rolex", "Rоlех Daytona chronograph"), ("gucci", "Guссi belt GG buckle"), ("nike", "Νike Air Max 90 white"), ("apple", "Aрple AirPods Pro 2"),
             ("omega", "Оmеgа Speedmaster moon"), ("cartier", "Сartier Love bracelet"), ("dyson", "Dуson Airwrap styler"), ("bose", "Вose QC45 headphones"),
             ("samsung", "Sаmsung Galaxy Buds2 Pro"), ("coach", "Соасh Tabby bag"), ("canon", "Сanon EOS R6 II body"), ("puma", "Рuma Palermo green"), ("sony", "Ѕony WH-1000XM5")]
    langs = ["ru-RU", "uk-UA", "be-BY", "kk-KZ", "bg-BG", "sr-RS", "el-GR", "mk-MK", "ky-KG", "tg-TJ", "mn-MN", "en-US", "de-DE"]
    for (b, t), l in zip(items, langs):
        p = prod(b)
        add("c_homoglyph_fresh", "counterfeit", b, l, t, "", usd=p[2] * copy_pct(p[2]), cat=p[1])


@klass("c_separator_fresh", "", "counterfeit", "the mark spelt with dots, dashes, slashes or spaces between letters")
def _():
    items = [("rolex", "R.O.L.E.X Datejust 41"), ("gucci", "G-U-C-C-I horsebit loafers"), ("dyson", "D/Y/S/O/N supersonic"), ("cartier", "C A R T I E R love ring"),
             ("louis-vuitton", "L.V Louis.Vuitton speedy 30"), ("omega", "O_M_E_G_A seamaster"), ("pandora", "P.a.n.d.o.r.a moments bracelet"), ("burberry", "B-urberry trench"),
             ("nike", "N.I.K.E dunk low"), ("apple", "A.p.p.l.e watch ultra"), ("swarovski", "S w a r o v s k i swan"), ("michael-kors", "M.K Michael-Kors tote"), ("coach", "C.O.A.C.H tabby 26")]
    langs = ["fr-FR", "fr-BE", "it-IT", "es-ES", "nl-BE", "de-AT", "de-CH", "pt-PT", "fr-CA", "ca-ES", "eu-ES", "ga-IE", "cy-GB"]
    for (b, t), l in zip(items, langs):
        p = prod(b)
        add("c_separator_fresh", "counterfeit", b, l, t, "", usd=p[2] * copy_pct(p[2]), cat=p[1])


@klass("c_leet_fresh", "", "counterfeit", "digits and symbols for letters: R0L3X, C4RT13R, GUCC1, 0MEG4")
def _():
    items = [("rolex", "R0L3X submariner"), ("cartier", "C4RT13R love"), ("gucci", "GUCC1 marmont"), ("omega", "0MEG4 speedmaster"), ("dyson", "DYS0N airwrap"),
             ("louis-vuitton", "LOU1S VU1TTON neverfull"), ("apple", "4PPLE airpods pro"), ("nike", "N1KE air force 1"), ("samsung", "S4MSUNG s24 ultra"),
             ("pandora", "P4NDOR4 charms"), ("burberry", "BURB3RRY scarf"), ("sony", "S0NY xm5"), ("bose", "B0SE qc ultra")]
    langs = ["en-US", "en-GB", "en-PH", "en-SG", "en-NG", "en-AU", "en-CA", "en-ZA", "en-US-fb", "en-KE", "en-IN", "en-NZ", "en-UG"]
    for (b, t), l in zip(items, langs):
        p = prod(b)
        add("c_leet_fresh", "counterfeit", b, l, t, "", usd=p[2] * copy_pct(p[2]), cat=p[1])


@klass("c_desc_only_cue", "", "counterfeit", "a plain title; the copy word only deep in a long description")
def _():
    pad = "Fast shipping. Carefully packed. Returns within 14 days if unused. Measurements in photos. Smoke-free home. "
    cues = ["(it is a high quality replica, not original)", "PS: AAA copy, looks the same as the real one.", "note: 1:1 mirror version", "this is a rep, best on the market",
            "super clone, nobody can tell", "copy item, quality guaranteed", "original quality copy", "réplica perfecta", "Nachbau in Top Qualität", "copie de très bonne qualité",
            "replica di alta qualità", "replica van hoge kwaliteit", "kopia bardzo dobrej jakości"]
    langs = ["en-US", "en-GB", "en-AU", "en-CA", "en-SG", "en-IE", "en-NZ", "es-ES", "de-DE", "fr-FR", "it-IT", "nl-NL", "pl-PL"]
    for b, c, l in zip(cyc(["rolex", "louis-vuitton", "gucci", "omega", "cartier", "dyson", "canada-goose", "nike", "apple", "burberry", "coach", "pandora", "bose"]), cues, langs):
        p = prod(b)
        add("c_desc_only_cue", "counterfeit", b, l, p[0], pad * 3 + c + " " + pad, usd=p[2] * copy_pct(p[2]), cat=p[1])


@klass("c_seller_shop_name_cue", "", "counterfeit", "the copy word only in the seller's shop name")
def _():
    names = ["Replica Palace HK", "1to1 Watches", "KW Super Store", "Mirror Bags Official", "AAA Kicks Lagos", "Rep Heaven", "Top Copy Outlet", "Superfake Boutique",
             "Réplicas Premium MX", "Fake Luxe Co", "UA Sneakers PH", "Clone Audio Shop", "Copy King Dubai"]
    langs = ["zh-HK", "en-US", "id-ID", "en-GB", "en-NG", "en-CA", "en-AU", "en-SG", "es-MX", "en-US-fb", "tl-PH", "en-IN", "ar-AE"]
    for b, n, l in zip(cyc(["rolex", "omega", "louis-vuitton", "gucci", "nike", "adidas", "cartier", "michael-kors", "coach", "burberry", "bose", "apple", "sony"]), names, langs):
        p = prod(b)
        add("c_seller_shop_name_cue", "counterfeit", b, l, p[0], "Brand new.", usd=p[2] * copy_pct(p[2]), cat=p[1], seller={"id": n.lower().replace(" ", "_"), "name": n})


@klass("c_attribute_authenticity_field", "", "counterfeit", "the copy cue only in the item specifics (Authenticity: Replica, Quality: AAA, Version: copy)")
def _():
    attrs = [{"Authenticity": "Replica"}, {"Quality": "AAA"}, {"Version": "copy"}, {"Grade": "1:1"}, {"Condition": "New (replica)"}, {"Type": "Mirror copy"},
             {"Authenticity": "Not authentic"}, {"Calidad": "Réplica AAA"}, {"Qualität": "Replik"}, {"Qualité": "Copie"}, {"Kualitas": "KW super"}, {"品质": "高仿"}, {"Authenticity": "Unauthorized authentic (UA)"}]
    langs = ["en-US", "en-GB", "en-AU", "en-CA", "en-SG", "en-PH", "en-IE", "es-MX", "de-DE", "fr-FR", "id-ID", "zh-CN", "en-NZ"]
    for b, a, l in zip(cyc(["rolex", "nike", "louis-vuitton", "gucci", "cartier", "omega", "dyson", "adidas", "canada-goose", "burberry", "apple", "samsung", "michael-kors"]), attrs, langs):
        p = prod(b)
        a = dict(a)
        a["Brand"] = NAME[b]
        add("c_attribute_authenticity_field", "counterfeit", b, l, p[0], "", usd=p[2] * copy_pct(p[2]), cat=p[1], attrs=a)


@klass("c_offplatform_contact", "", "counterfeit", "real photos / other models on WhatsApp, Telegram, WeChat or Instagram; a copy word beside")
def _():
    cues = ["Real pics on WhatsApp +44 7700 900{}, 1:1 quality".format, "Telegram @luxreps{} for full catalogue, rep".format, "加微信 lux{} 看实拍 高仿".format,
            "DM IG @kicks.reps{} for more colours (replica)".format, "WA 0812 3456 {} KW premium".format, "Line ID: copyshop{} ของก๊อป".format, "Zalo 09{} hàng fake loại 1".format,
            "Viber +380 67 {} репліка".format, "WhatsApp 0803 {} first grade copy".format, "Signal +49 151 {} Replik".format, "Snapchat reps{} 1to1".format,
            "Kakao ID rep{} 레플".format, "WhatsApp +971 50 {} master copy".format]
    langs = ["en-GB", "ru-RU", "zh-CN", "en-US", "id-ID", "th-TH", "vi-VN", "uk-UA", "en-NG", "de-DE", "en-AU", "ko-KR", "ar-AE"]
    for b, c, l in zip(cyc(["rolex", "louis-vuitton", "gucci", "nike", "dyson", "apple", "cartier", "omega", "adidas", "canada-goose", "burberry", "michael-kors", "samsung"]), cues, langs):
        p = prod(b)
        add("c_offplatform_contact", "counterfeit", b, l, f"{p[0]} available", c(R.randint(100, 999)), usd=p[2] * copy_pct(p[2]), cat=p[1])


@klass("c_pharma_generic_claim", "", "counterfeit", "medicines under the mark at a fraction of the price: 'generic', 'same as Pfizer', no prescription, Indian / Chinese pharmacy")
def _():
    items = [("pfizer", "Viagra 100mg 30 tablets - no prescription", "en-US", 1800), ("pfizer", "Viagra generic 100 mg (same active as Pfizer) 50 pills", "en-GB", 1800),
             ("pfizer", "Lipitor 20mg 90 tabs cheap, no Rx", "en-CA", 380), ("pfizer", "Paxlovid 5-day pack, ships today", "en-AU", 1390), ("pfizer", "威而鋼 100mg 原廠 免處方", "zh-TW", 1800),
             ("pfizer", "Viagra 100mg 10 Tabletten ohne Rezept", "de-DE", 600), ("pfizer", "Viagra 100mg sans ordonnance", "fr-FR", 600),
             ("bayer", "Levitra 20mg 20 tabs no prescription", "en-IE", 250), ("bayer", "Xarelto 20mg 100 tablets discount", "en-NZ", 700), ("abbott", "FreeStyle Libre 2 sensors 10 pack cheap", "en-ZA", 750),
             ("johnson-johnson", "Tylenol Extra Strength bulk 1000 caplets loose", "en-PH", 80), ("pfizer", "Viagra 100mg Indian pharmacy, 100 pills", "en-IN", 6000),
             ("bayer", "Aspirin Bayer 100mg x 500 loose tablets, no box", "es-MX", 50)]
    for b, t, l, usd in items:
        add("c_pharma_generic_claim", "counterfeit", b, l, t, "Discreet packaging. Worldwide shipping.", usd=usd * R.uniform(0.04, 0.15), cat="prescription drugs" if b != "johnson-johnson" else "otc")


@klass("c_software_lifetime_keys", "", "counterfeit", "lifetime keys, pre-activated or 'bind' accounts for subscription software at a few dollars")
def _():
    items = [("microsoft", "Windows 11 Pro retail key lifetime - instant delivery", 199), ("microsoft", "Office 2021 Pro Plus bind to your account lifetime", 249),
             ("adobe", "Adobe Creative Cloud 2025 full pack pre-activated lifetime", 659), ("adobe", "Photoshop 2025 lifetime license Win/Mac", 263),
             ("autodesk", "AutoCAD 2025 lifetime license key", 2030), ("autodesk", "Revit 2025 permanent activation", 2910), ("microsoft", "Windows 10 Pro OEM key 1 PC", 199),
             ("adobe", "Acrobat Pro DC permanent, no subscription", 240), ("microsoft", "Microsoft 365 family lifetime 5 users", 129), ("autodesk", "3ds Max 2025 full version lifetime", 1975),
             ("adobe", "Lightroom Classic lifetime activation", 120), ("microsoft", "Office 2024 Home & Business key lifetime", 249), ("autodesk", "Maya 2025 student to commercial unlock", 1975)]
    langs = ["en-US", "de-DE", "fr-FR", "es-ES", "it-IT", "pl-PL", "pt-BR", "tr-TR", "ro-RO", "en-IN", "vi-VN", "id-ID", "ar-EG"]
    for (b, t, usd), l in zip(items, langs):
        add("c_software_lifetime_keys", "counterfeit", b, l, t, "Email delivery within 10 minutes.", usd=R.uniform(3, 25), cat="software licenses")


@klass("c_beauty_counter_quality", "", "counterfeit", "cosmetics and fragrance as 'counter quality', 'ori', 'tester' at copy prices")
def _():
    items = [("loreal", "Lancôme Génifique 100ml counter quality", "id-ID"), ("estee-lauder", "Estée Lauder ANR 100ml ori batch", "ms-MY"), ("shiseido", "Anessa 60ml 1:1 packaging", "th-TH"),
             ("loreal", "La Vie est Belle 100ml tester, same juice", "en-NG"), ("estee-lauder", "Double Wear foundation copy", "en-PH"), ("shiseido", "Ultimune 100ml counter grade", "vi-VN"),
             ("loreal", "Kiehl's Ultra Facial Cream 125ml KW", "id-ID"), ("estee-lauder", "La Mer Crème de la Mer 60ml replica", "ar-SA"), ("loreal", "YSL Beauty Libre 90ml copy", "ar-AE"),
             ("shiseido", "Clé de Peau serum 1:1", "zh-TW"), ("loreal", "Maybelline Sky High mascara wholesale 12 pcs copy", "en-KE"), ("estee-lauder", "Clinique Moisture Surge dupe with logo", "en-US"),
             ("loreal", "Lancôme Idôle 100ml première qualité copie", "fr-MA")]
    for b, t, l in items:
        p = prod(b)
        add("c_beauty_counter_quality", "counterfeit", b, l, t, "", usd=p[2] * copy_pct(p[2]), cat=p[1])


@klass("c_auto_parts_fake_oem", "", "counterfeit", "'genuine OEM' car and motorcycle parts, oil and tyres at copy prices")
def _():
    items = [("honda", "Honda genuine oil filter 15400-PLM-A02 x10", 90, "auto parts"), ("toyota", "Toyota OEM brake pads 04465-02220 genuine", 75, "auto parts"),
             ("bmw", "BMW original brake disc 34116860016 pair", 220, "auto parts"), ("michelin", "Michelin Pilot Sport 4S 245/40 R18 new", 250, "tires"),
             ("shell", "Shell Helix Ultra 5W-40 4L original", 45, "motor oil"), ("honda", "Honda CBR600RR fairing kit OEM quality", 1200, "motorcycle parts"),
             ("toyota", "Toyota Hilux genuine air filter 17801-0T030", 25, "auto parts"), ("bmw", "BMW M Performance steering wheel original", 1400, "auto parts"),
             ("shell", "Shell Rimula R4 X 15W-40 20L drum", 110, "motor oil"), ("michelin", "Michelin CrossClimate 2 set of 4", 720, "tires"),
             ("honda", "Honda EU2200i generator original", 1199, "generators"), ("bmw", "BMW key case 80232864008 original", 40, "accessories"), ("toyota", "Toyota Land Cruiser oil filter OEM x20", 160, "auto parts")]
    langs = ["en-NG", "ar-IQ", "ru-RU", "es-CO", "ar-EG", "th-TH", "en-KE", "de-DE", "tr-TR", "pt-BR", "en-PH", "pl-PL", "ar-SA"]
    for (b, t, usd, cat), l in zip(items, langs):
        add("c_auto_parts_fake_oem", "counterfeit", b, l, t, "100% genuine OEM.", usd=usd * copy_pct(usd), cat=cat)


@klass("c_toy_knockoff_wording", "", "counterfeit", "toys as 'KO', 'third party with logo', 'same as original' at copy prices")
def _():
    items = [("lego", "LEGO 75192 Millennium Falcon 7541 pcs KO version with box", "building sets", 849.99), ("lego", "LEGO Technic 42115 Lamborghini copy bricks", "building sets", 449.99),
             ("bandai", "Gundam MG RX-78-2 Ver 3.0 KO Daban", "model kits", 50), ("bandai", "Bandai PG Unicorn KO version", "model kits", 260), ("hasbro", "Transformers Masterpiece KO Optimus", "action figures", 250),
             ("mattel", "Barbie doll 12 pcs wholesale copy", "dolls", 120), ("hasbro", "Monopoly classic copy printing", "board games", 22), ("nintendo", "Switch Pro Controller copy same as original", "accessories", 69),
             ("bandai", "Tamagotchi original copy 5 pcs", "toys", 100), ("lego", "LEGO Ideas 21318 Tree House replica set", "building sets", 249.99), ("hasbro", "Nerf Elite 2.0 copy blaster", "blasters", 22),
             ("mattel", "Hot Wheels 50 car pack copy", "die-cast cars", 50), ("nintendo", "Joy-Con pair replica", "accessories", 79)]
    langs = ["zh-CN", "en-PH", "en-US", "ja-JP", "en-GB", "en-NG", "es-MX", "en-IN", "vi-VN", "ms-MY", "pt-BR", "ar-EG", "tr-TR"]
    for (b, t, cat, usd), l in zip(items, langs):
        add("c_toy_knockoff_wording", "counterfeit", b, l, t, "", usd=usd * copy_pct(usd), cat=cat)


@klass("c_electronics_clone_wording", "", "counterfeit", "electronics as 'clone', 'high copy', 'master copy' with fake specs at copy prices")
def _():
    items = [("apple", "AirPods Pro 2 clone with ANC and serial", "earbuds", 249), ("samsung", "Galaxy S24 Ultra 16GB/1TB clone", "phones", 1299), ("sony", "WH-1000XM5 high copy", "headphones", 399),
             ("bose", "QuietComfort Ultra master copy", "headphones", 429), ("dyson", "Supersonic HD08 clone 1600W", "hair care", 429), ("samsung", "990 PRO 2TB copy, fast", "memory", 179),
             ("apple", "iPhone 15 Pro Max clone Android 13", "phones", 1199), ("sony", "PS5 DualSense copy controller", "accessories", 75), ("canon", "LP-E6NH copy battery", "cameras", 59),
             ("apple", "MacBook charger 140W copy", "chargers", 99), ("bose", "SoundLink Flex clone speaker", "speakers", 149), ("philips", "Sonicare DiamondClean copy brush", "electric toothbrushes", 229),
             ("samsung", "Galaxy Watch 6 copy", "phones", 300)]
    langs = ["en-PK", "ur-PK", "bn-BD", "ar-EG", "en-NG", "ru-RU", "fa-IR", "en-KE", "si-LK", "ne-NP", "en-GH", "en-UG", "am-ET"]
    for (b, t, cat, usd), l in zip(items, langs):
        add("c_electronics_clone_wording", "counterfeit", b, l, t, "", usd=usd * copy_pct(usd), cat=cat)


@klass("c_sports_gear_copy", "", "counterfeit", "golf, racket and outdoor gear as copies: 'OEM', 'copy', 'AAA' at copy prices")
def _():
    items = [("callaway", "Callaway Paradym Ai Smoke driver copy head", "golf clubs", 599), ("callaway", "Callaway Chrome Soft balls 3 dozen OEM", "golf balls", 150),
             ("yonex", "Yonex Astrox 99 Pro copy 4U", "badminton rackets", 250), ("yonex", "Yonex Nanoflare 800 original copy", "badminton rackets", 230), ("yonex", "Yonex AS-50 shuttlecocks copy 10 tubes", "shuttlecocks", 380),
             ("wilson", "Wilson Pro Staff RF97 copy", "tennis rackets", 269), ("wilson", "Wilson Evolution basketball copy", "basketballs", 80), ("the-north-face", "The North Face Base Camp duffel copy", "backpacks", 160),
             ("canada-goose", "Canada Goose Expedition parka replica", "parkas", 1650), ("callaway", "Callaway Apex Pro irons set AAA", "golf clubs", 1400), ("wilson", "Wilson A2000 glove copy", "basketballs", 300),
             ("yonex", "Yonex Power Cushion shoes copy", "badminton rackets", 150), ("the-north-face", "The North Face Himalayan parka copy", "jackets", 400)]
    langs = ["ms-MY", "ko-KR", "id-ID", "th-TH", "vi-VN", "en-SG", "en-PH", "kk-KZ", "mn-MN", "ja-JP", "en-US", "tl-PH", "ru-RU"]
    for (b, t, cat, usd), l in zip(items, langs):
        add("c_sports_gear_copy", "counterfeit", b, l, t, "", usd=usd * copy_pct(usd), cat=cat)


@klass("c_fmcg_counterfeit_cheap", "", "counterfeit", "food, drinks, formula and blades 'same factory' or 'without batch code' at 25-45 %")
def _():
    items = [("ferrero", "Nutella 750g x 12 same factory, no batch code", "spreads", 84), ("ferrero", "Ferrero Rocher T30 OEM packing", "chocolate", 16), ("mars", "Snickers 48g x 24 factory copy", "chocolate", 22),
             ("danone", "Aptamil Profutura 3 800g 1:1 tin", "infant formula", 45), ("nestle", "Nescafé Gold 200g refill jar copy", "coffee", 11), ("coca-cola", "Coca-Cola 330ml x 24 local filled, same taste", "soft drinks", 12),
             ("gillette", "Gillette Fusion5 blades 8 pack copy", "razor blades", 32), ("abbott", "Similac 360 stage 3 900g copy tin", "infant formula", 48), ("nestle", "NAN Optipro 2 800g copy", "infant formula", 35),
             ("gillette", "Gillette Mach3 blades bulk 100 pcs copy", "razor blades", 200), ("danone", "evian 500ml x 24 refilled", "bottled water", 12), ("abbott", "Ensure Plus copy 24 bottles", "nutrition", 45),
             ("johnson-johnson", "Listerine 1L x 12 copy", "otc", 96)]
    langs = ["ar-DZ", "ar-TN", "en-NG", "zh-CN", "ar-EG", "en-KE", "en-IN", "ar-IQ", "vi-VN", "en-PK", "ar-JO", "bn-BD", "en-GH"]
    for (b, t, cat, usd), l in zip(items, langs):
        add("c_fmcg_counterfeit_cheap", "counterfeit", b, l, t, "", usd=usd * R.uniform(0.25, 0.45), cat=cat)


@klass("c_jewelry_plated_logo", "", "counterfeit", "jewellery and watches 'gold plated', 'S925 with logo', 'stamped' at a few dollars")
def _():
    items = [("cartier", "Cartier Love bracelet 18k gold plated titanium stamped"), ("cartier", "Juste un Clou ring rose gold plated with logo"), ("pandora", "Pandora charms S925 with ALE stamp"),
             ("pandora", "Pandora Moments bracelet silver 925 stamped"), ("swarovski", "Swarovski Millenia necklace with swan logo"), ("swarovski", "Swarovski Constella bracelet plated"),
             ("michael-kors", "Michael Kors Parker watch gold MK logo"), ("rolex", "Rolex Datejust 36 gold plated crown logo"), ("omega", "Omega Seamaster steel 42mm logo"),
             ("cartier", "Cartier Tank Française quartz with box"), ("pandora", "Pandora Disney charm logo stamped"), ("swarovski", "Swarovski Iconic Swan earrings"), ("michael-kors", "MK Runway watch logo rose gold")]
    langs = ["en-US", "en-GB", "it-IT", "es-ES", "de-DE", "fr-FR", "pt-BR", "ar-SA", "tr-TR", "ro-RO", "el-GR", "hu-HU", "pl-PL"]
    for (b, t), l in zip(items, langs):
        p = prod(b)
        add("c_jewelry_plated_logo", "counterfeit", b, l, t, "", usd=p[2] * copy_pct(p[2]), cat=p[1])


@klass("c_social_caption_reps", "", "counterfeit", "social-commerce captions: emoji, hashtags #reps #1to1 #fyp with the brand")
def _():
    tags = ["#reps #1to1 #fyp", "#replica #luxury #drip", "#repfam #w2c", "#superclone #reps", "#fakeitill #dupe #logo", "#reps #budget #outfit", "#1to1 #topquality",
            "#copia #réplica", "#replika #kw", "#高仿 #1比1", "#레플 #미러급", "#hàngfake #rep11", "#taklit #kopya"]
    langs = ["en-US", "en-GB", "en-AU", "en-CA", "en-US-fb", "en-PH", "en-SG", "es-AR", "id-ID", "zh-HK", "ko-KR", "vi-VN", "tr-TR"]
    for b, t, l in zip(cyc(["rolex", "louis-vuitton", "gucci", "nike", "adidas", "cartier", "omega", "dyson", "burberry", "coach", "canada-goose", "the-north-face", "michael-kors"]), tags, langs):
        p = prod(b)
        add("c_social_caption_reps", "counterfeit", b, l, f"✨ {p[0]} ✨ {t}", "🔥🔥🔥 DM to order 📦", usd=p[2] * copy_pct(p[2]), cat=p[1])


# =========================================================================== counterfeit, rarer (20, *)

@klass("c_chinglish_trade_terms", "*", "counterfeit", "machine-translated Chinese trade words: original single, tail goods, counter quality, high version, cut label")
def _():
    words = ["original single", "tail goods", "counter quality", "high version", "foreign trade cut label", "pure original", "top layer cowhide counter version",
             "original factory tail single", "highest version", "same as counter", "export tail goods", "company goods cut standard", "original order"]
    langs = ["en-US", "en-GB", "en-AU", "en-CA", "en-SG", "en-PH", "en-NG", "en-KE", "en-IN", "en-ZA", "en-NZ", "en-IE", "en-MT"]
    for b, w, l in zip(cyc(["louis-vuitton", "gucci", "coach", "michael-kors", "burberry", "canada-goose", "the-north-face", "nike", "adidas", "rolex", "cartier", "dyson", "pandora"]), words, langs):
        p = prod(b)
        add("c_chinglish_trade_terms", "counterfeit", b, l, f"{p[0]} {w}", f"Ship from Guangzhou. {w.capitalize()}, quality is guaranteed, pro.", usd=p[2] * copy_pct(p[2]), cat=p[1])


@klass("c_slogan_only", "*", "counterfeit", "the brand named only by its advertising slogan, with logo and copy cue")
def _():
    items = [("nike", "'Just Do It' running shoes swoosh logo, 1:1", "sneakers", 140), ("adidas", "'Impossible Is Nothing' 3-stripe trainers copy", "sneakers", 100),
             ("loreal", "'Because you're worth it' serum 50ml copy with logo", "skincare", 40), ("apple", "'Think Different' earbuds with logo, copy", "earbuds", 249),
             ("bmw", "'Sheer Driving Pleasure' roundel caps x4 copy", "auto parts", 60), ("gillette", "'The Best a Man Can Get' razor blades 16 pack copy", "razor blades", 45),
             ("mars", "'Work, Rest and Play' chocolate bars 24 pack copy", "chocolate", 22), ("nestle", "'Have a break' 4-finger wafer bars 48 pcs copy", "confectionery", 30),
             ("honda", "'The Power of Dreams' wing tank badge copy", "motorcycle parts", 60), ("bosch", "'Invented for life' drill 18V copy", "power tools", 150),
             ("the-north-face", "'Never Stop Exploring' puffer jacket logo copy", "jackets", 330), ("puma", "'Forever Faster' cat logo sneakers rep", "sneakers", 95),
             ("coca-cola", "'Taste the Feeling' red cans 24 pack copy", "soft drinks", 12)]
    langs = ["en-US", "en-GB", "en-NG", "en-PH", "en-ZA", "en-KE", "en-GH", "en-IN", "en-SG", "en-AU", "en-CA", "en-US-fb", "en-UG"]
    for (b, t, cat, usd), l in zip(items, langs):
        add("c_slogan_only", "counterfeit", b, l, t, "", usd=usd * copy_pct(usd), cat=cat)


@klass("c_parent_group_name", "*", "counterfeit", "the brand named by its parent group (LVMH, Kering, Richemont, Swatch Group, Tapestry, Capri, P&G, VF, Kenvue) with a copy cue")
def _():
    items = [("louis-vuitton", "LVMH monogram tote, 1:1 copy", "handbags", 2030), ("gucci", "Kering house GG bag, mirror quality", "handbags", 2450), ("cartier", "Richemont nail bracelet replica", "jewelry", 8000),
             ("omega", "Swatch Group moonwatch super clone", "watches", 7100), ("coach", "Tapestry Tabby bag copy", "handbags", 450), ("michael-kors", "Capri Holdings tote replica", "handbags", 228),
             ("gillette", "P&G Fusion5 blades copy 16 pcs", "razor blades", 45), ("the-north-face", "VF Corp Nuptse puffer replica", "jackets", 330), ("johnson-johnson", "Kenvue Tylenol 500 caplets copy", "otc", 30),
             ("louis-vuitton", "LVMH keepall 45 replica", "luggage", 2700), ("cartier", "Richemont Love bracelet copy", "jewelry", 7100), ("estee-lauder", "ELC night repair serum 100ml replica", "skincare", 160),
             ("loreal", "L'Oréal Luxe Génifique serum copy", "skincare", 150)]
    langs = ["en-US", "en-GB", "ar-AE", "en-SG", "en-PH", "en-CA", "en-NG", "en-AU", "en-PH", "zh-HK", "ar-QA", "en-IN", "en-ZA"]
    for (b, t, cat, usd), l in zip(items, langs):
        add("c_parent_group_name", "counterfeit", b, l, t, "", usd=usd * copy_pct(usd), cat=cat)


@klass("c_creative_director_name", "*", "counterfeit", "the brand named by its designers or creative directors (Virgil Abloh, Pharrell, Alessandro Michele, Tisci, Tinker Hatfield, Jony Ive) with a copy cue")
def _():
    items = [("louis-vuitton", "Virgil Abloh era keepall monogram, 1:1", "luggage", 2700), ("louis-vuitton", "Pharrell speedy 40 damoflage replica", "handbags", 3500),
             ("gucci", "Alessandro Michele era GG bag mirror copy", "handbags", 2450), ("gucci", "Tom Ford era horsebit bag replica", "handbags", 2500), ("burberry", "Riccardo Tisci TB monogram scarf copy", "scarves", 490),
             ("burberry", "Daniel Lee equestrian knight bag rep", "handbags", 2300), ("nike", "Tinker Hatfield AJ11 Concord reps", "sneakers", 230), ("nike", "Peter Moore wings AJ1 Chicago rep", "sneakers", 180),
             ("apple", "Jony Ive design earbuds copy, pop-up", "earbuds", 249), ("coach", "Stuart Vevers Tabby copy", "handbags", 450), ("cartier", "Aldo Cipullo screw bracelet replica", "jewelry", 7100),
             ("louis-vuitton", "Nicolas Ghesquière petite malle copy", "handbags", 6000), ("cartier", "Jeanne Toussaint panther ring copy", "jewelry", 3000)]
    langs = ["en-US", "en-GB", "fr-FR", "it-IT", "en-AU", "en-CA", "en-US-fb", "en-SG", "en-PH", "en-NZ", "en-IE", "fr-BE", "de-DE"]
    for (b, t, cat, usd), l in zip(items, langs):
        add("c_creative_director_name", "counterfeit", b, l, t, "", usd=usd * copy_pct(usd), cat=cat)


@klass("c_stock_ticker_code", "*", "counterfeit", "the brand named by its stock ticker (GOOS, NKE, AAPL, BRBY, CPRI, TPR, ADS, PUM, LEVI, PNDORA, UHR) with a copy cue")
def _():
    items = [("canada-goose", "GOOS Expedition parka 1:1", "parkas", 1650), ("nike", "NKE dunk low panda rep", "sneakers", 115), ("apple", "AAPL buds pro 2 clone", "earbuds", 249),
             ("burberry", "BRBY check scarf replica", "scarves", 490), ("michael-kors", "CPRI jet set tote copy", "handbags", 228), ("coach", "TPR tabby 26 mirror", "handbags", 450),
             ("adidas", "ADS samba OG rep", "sneakers", 100), ("puma", "PUM palermo rep", "sneakers", 95), ("levis", "LEVI 501 copy denim", "jeans", 80), ("pandora", "PNDORA charms copy S925", "charms", 45),
             ("omega", "UHR moonwatch clone", "watches", 7100), ("sony", "SONY xm5 high copy", "headphones", 399), ("cartier", "CFR love bracelet replica", "jewelry", 7100)]
    langs = ["en-US", "en-US-fb", "en-GB", "en-CA", "en-AU", "en-SG", "de-DE", "de-AT", "en-NZ", "da-DK", "de-CH", "en-IE", "en-ZA"]
    for (b, t, cat, usd), l in zip(items, langs):
        add("c_stock_ticker_code", "counterfeit", b, l, t, "", usd=usd * copy_pct(usd), cat=cat)


def strike(s, mark="\u0336"):
    return "".join(ch + mark if ch != " " else ch for ch in s)


@klass("c_combining_overlay_strike", "*", "counterfeit", "the mark written with combining strike-through, low line or tilde overlay on each letter (R̶o̶l̶e̶x̶)")
def _():
    marks = ["\u0336", "\u0335", "\u0332", "\u0334", "\u0338"]
    items = [("rolex", "Rolex", "Submariner 1:1"), ("gucci", "Gucci", "belt replica"), ("louis-vuitton", "Louis Vuitton", "neverfull copy"), ("nike", "Nike", "dunk rep"),
             ("cartier", "Cartier", "love bracelet copy"), ("dyson", "Dyson", "airwrap copy"), ("omega", "Omega", "speedmaster clone"), ("apple", "AirPods", "pro 2 clone"),
             ("burberry", "Burberry", "scarf copy"), ("canada-goose", "Canada Goose", "parka rep"), ("pandora", "Pandora", "charms copy"), ("coach", "Coach", "tabby mirror"), ("adidas", "adidas", "samba rep")]
    langs = ["en-US", "en-GB", "en-AU", "en-US-fb", "en-CA", "en-PH", "en-SG", "en-NG", "en-ZA", "en-NZ", "en-IE", "en-KE", "en-MT"]
    for (b, m, rest), l in zip(items, langs):
        p = prod(b)
        add("c_combining_overlay_strike", "counterfeit", b, l, f"{strike(m, R.choice(marks))} {rest}", "", usd=p[2] * copy_pct(p[2]), cat=p[1])


@klass("c_cantonese_romanised", "*", "counterfeit", "Chinese names in Cantonese romanisation (Lo Lik Si, Ka Dei A, Ou Mai Ke, Gu Chi) with a copy cue, Hong Kong / Macau / diaspora")
def _():
    items = [("rolex", "Lo Lik Si sub, A goods 1:1", "watches"), ("cartier", "Ka Dei A love bracelet, A貨", "jewelry"), ("omega", "Ou Mai Ke seamaster high copy", "watches"),
             ("gucci", "Gu Chi belt A goods", "belts"), ("louis-vuitton", "Lo Yik Wai Dang bag, copy", "handbags"), ("nike", "Noi Hak AF1 rep", "sneakers"), ("dyson", "Daai Sam hair dryer copy", "hair care"),
             ("adidas", "Oi Dik Daat samba rep", "sneakers"), ("swarovski", "Si Wa Lok Sai Kei necklace copy", "jewelry"), ("canon", "Gaai Nang R6 copy battery", "cameras"),
             ("pandora", "Pun Do Laai charms A goods", "charms"), ("rolex", "Lou Lik Si daytona A貨", "watches"), ("sony", "Sok Nei XM5 high copy", "headphones")]
    langs = ["zh-HK", "zh-HK", "en-CA", "zh-HK", "en-GB", "zh-HK", "en-AU", "zh-HK", "en-SG", "zh-HK", "en-NZ", "en-US", "zh-HK"]
    for (b, t, cat), l in zip(items, langs):
        p = [x for x in P[b] if x[1] == cat] or P[b]
        p = p[0]
        add("c_cantonese_romanised", "counterfeit", b, l, t, "", usd=p[2] * copy_pct(p[2]), cat=cat)


@klass("c_letter_names_spelled", "*", "counterfeit", "the mark spelt by the names of its letters (ar-oh-el-ee-ex, erre o ele e equis, gé u cé cé i) with a copy cue")
def _():
    items = [("rolex", "ar-oh-el-ee-ex watch, 1:1", "en-US"), ("rolex", "erre-o-ele-e-equis reloj réplica", "es-MX"), ("gucci", "gé-u-cé-cé-i ceinture copie", "fr-FR"),
             ("nike", "en-i-ka-e Schuhe Replik", "de-DE"), ("omega", "o-emme-e-gi-a orologio replica", "it-IT"), ("dyson", "dee-why-ess-oh-en hair dryer copy", "en-GB"),
             ("cartier", "cê-a-erre-tê-i-e-erre pulseira réplica", "pt-BR"), ("gucci", "jee-you-see-see-eye belt rep", "en-AU"), ("nike", "ene-i-ka-e zapatillas réplica", "es-AR"),
             ("apple", "ei-pi-pi-el-i earbuds clone", "en-PH"), ("rolex", "er-o-el-e-iks horloge replica", "nl-NL"), ("omega", "oh-em-ee-gee-ay watch copy", "en-CA"),
             ("louis-vuitton", "el-vee monogram bag, mirror", "en-NG")]
    for b, t, l in items:
        p = prod(b)
        add("c_letter_names_spelled", "counterfeit", b, l, t, "", usd=p[2] * copy_pct(p[2]), cat=p[1])


@klass("c_pig_latin", "*", "counterfeit", "the mark in Pig Latin (Olexray, Ikenay, Ysonday, Artiercay) with a copy cue")
def _():
    items = [("rolex", "Olexray ubmarinersay 1:1"), ("nike", "Ikenay unksday rep"), ("dyson", "Ysonday airwrap copy"), ("cartier", "Artiercay ovelay bracelet replica"),
             ("omega", "Omegaway peedmastersay clone"), ("pandora", "Andorapay charms copy"), ("apple", "Appleway airpods clone"), ("gucci", "Uccigay belt rep"),
             ("samsung", "Amsungsay S24 Ultra clone"), ("burberry", "Urberrybay scarf copy"), ("coach", "Oachcay tabby rep"), ("sony", "Onysay XM5 copy"), ("canon", "Anoncay R6 copy battery")]
    langs = ["en-US", "en-US-fb", "en-GB", "en-AU", "en-CA", "en-NZ", "en-IE", "en-SG", "en-PH", "en-ZA", "en-JM", "en-TT", "en-MT"]
    for (b, t), l in zip(items, langs):
        p = prod(b)
        add("c_pig_latin", "counterfeit", b, l, t, "", usd=p[2] * copy_pct(p[2]), cat=p[1])


@klass("c_rental_counterfeit", "*", "counterfeit", "copies rented out for photos, weddings, parties and shoots; the price field is per day")
def _():
    items = [("rolex", "Rent a Rolex Daytona for your wedding photos (1:1 copy)", "watches"), ("louis-vuitton", "LV Neverfull replica for rent - Instagram shoots", "handbags"),
             ("cartier", "Cartier Love bracelet copy rental for events", "jewelry"), ("gucci", "Gucci bag rep for hire, photoshoot per day", "handbags"), ("rolex", "Rolex GMT copy hire for music video", "watches"),
             ("omega", "Omega Seamaster replica rental for cosplay/Bond party", "watches"), ("canada-goose", "Canada Goose parka copy rental for ski trip", "parkas"), ("burberry", "Burberry trench copy rent for graduation", "trench coats"),
             ("louis-vuitton", "Sewa tas LV KW untuk foto prewedding", "handbags"), ("rolex", "Alquiler de Rolex réplica para boda", "watches"), ("gucci", "Gucci belt AAA hire per day", "belts"),
             ("cartier", "Cartier watch replica rental per day", "watches"), ("rolex", "Аренда копии Rolex для фотосессии", "watches")]
    langs = ["en-US", "en-GB", "en-AU", "en-NG", "en-ZA", "en-CA", "en-CA", "en-PH", "id-ID", "es-MX", "en-KE", "ar-AE", "ru-RU"]
    for (b, t, cat), l in zip(items, langs):
        add("c_rental_counterfeit", "counterfeit", b, l, t, "Price per day. Deposit required.", usd=R.uniform(15, 60), cat=cat)


@klass("c_dummy_display_units", "*", "counterfeit", "non-working 'dummy' / 模型机 display models with the brand's marks, sold to shops and for props")
def _():
    items = [("apple", "iPhone 16 Pro Max dummy display model 1:1 non-working", "phones", 1199), ("samsung", "Galaxy S24 Ultra dummy phone for shop display", "phones", 1299),
             ("apple", "苹果 iPhone 15 Pro 模型机 1:1 可亮屏", "phones", 999), ("samsung", "三星 S24 Ultra 模型机 展示机", "phones", 1299), ("sony", "PS5 dummy console display prop", "consoles", 499),
             ("apple", "MacBook Air M3 dummy laptop for showroom", "laptops", 1099), ("canon", "Canon EOS R6 dummy camera display model", "cameras", 2499), ("rolex", "Rolex display dummy watch for window", "watches", 10250),
             ("dyson", "Dyson Airwrap display dummy for salon", "hair care", 599), ("apple", "AirPods Pro dummy set 10 pcs display", "earbuds", 249), ("nintendo", "Switch OLED dummy console prop", "consoles", 349),
             ("samsung", "Galaxy Z Fold dummy 1:1 screen sticker", "phones", 1799), ("microsoft", "Xbox Series X dummy display model", "consoles", 499)]
    langs = ["en-US", "en-GB", "zh-CN", "zh-CN-tb", "en-AU", "en-CA", "en-SG", "ar-AE", "en-IN", "en-PH", "en-NZ", "vi-VN", "en-ZA"]
    for (b, t, cat, usd), l in zip(items, langs):
        add("c_dummy_display_units", "counterfeit", b, l, t, "Non-functional. Same size and weight as the real one. Logo printed.", usd=usd * R.uniform(0.02, 0.06), cat=cat)


@klass("c_brand_as_colour_name", "*", "counterfeit", "the mark only in a colour name (Rolex green, Burberry beige, LV brown, Coca-Cola red) on logo-bearing copies")
def _():
    items = [("rolex", "Diver watch, colour: Rolex green, crown logo at 12, automatic", "watches", 10250), ("burberry", "Check scarf, colour Burberry beige, with label", "scarves", 490),
             ("louis-vuitton", "Monogram tote, colour LV brown, with logo print", "handbags", 2030), ("coca-cola", "Cooler fridge sticker, Coca-Cola red, logo copy", "merchandise", 35),
             ("nike", "Sneakers colour Nike volt, swoosh, rep", "sneakers", 140), ("canon", "Lens hood, Canon red ring, L logo copy", "lenses", 80), ("cartier", "Bracelet, Cartier red box included, screw logo", "jewelry", 7100),
             ("gucci", "Belt, Gucci green-red web, GG buckle", "belts", 540), ("the-north-face", "Puffer, TNF yellow, with logo", "jackets", 330), ("shell", "Engine oil 4L, Shell yellow jug, logo", "motor oil", 45),
             ("rolex", "Watch, Rolex blue dial, crown, 1:1", "watches", 10800), ("pandora", "Charm bracelet, Pandora pink, clasp logo", "jewelry", 70), ("swarovski", "Crystal swan, Swarovski blue box, logo", "crystal figurines", 150)]
    langs = ["en-US", "en-GB", "en-AU", "en-NG", "en-PH", "en-SG", "ar-AE", "en-CA", "en-NZ", "en-KE", "en-IN", "en-IE", "en-ZA"]
    for (b, t, cat, usd), l in zip(items, langs):
        add("c_brand_as_colour_name", "counterfeit", b, l, t, "", usd=usd * copy_pct(usd), cat=cat)


@klass("c_price_in_thousands_field", "*", "counterfeit", "the price field holds the amount in thousands ('k', 'rb', 'ribu', 'nghìn', 'тыс.') as the seller typed it; the text gives the full price")
def _():
    items = [("vi-VN", "rolex", "Rolex Submariner rep 1:1 giá 1.850k", 1850, "nghìn"), ("vi-VN", "gucci", "Túi Gucci Marmont like auth 950k", 950, "nghìn"),
             ("id-ID", "louis-vuitton", "Tas LV Neverfull KW super 450rb", 450, "ribu"), ("id-ID", "nike", "Nike Dunk Low Panda KW 275rb", 275, "ribu"),
             ("en-NG", "apple", "AirPods Pro 2 master copy 18k", 18, "k"), ("en-NG", "rolex", "Rolex Daytona first grade 45k", 45, "k"), ("en-KE", "nike", "Nike AF1 copy 2.5k", 2.5, "k"),
             ("ru-RU", "dyson", "Dyson Airwrap копия 6,5 тыс.", 6.5, "тыс."), ("uk-UA", "cartier", "Cartier Love копія 1,2 тис.", 1.2, "тис."), ("ko-KR", "louis-vuitton", "루이비통 네버풀 레플 18만원", 18, "만원"),
             ("ja-JP", "rolex", "ロレックス サブマリーナ コピー 2.8万", 2.8, "万"), ("th-TH", "gucci", "Gucci belt ก๊อป 1.2k", 1.2, "k"), ("hu-HU", "omega", "Omega Seamaster replika 35e Ft", 35, "e")]
    mult = {"nghìn": 1000, "ribu": 1000, "k": 1000, "тыс.": 1000, "тис.": 1000, "만원": 10000, "万": 10000, "e": 1000}
    for l, b, t, amt, unit in items:
        p = prod(b)
        add("c_price_in_thousands_field", "counterfeit", b, l, t, f"Price: {amt}{unit} = {int(amt * mult[unit])}", amount=amt, cat=p[1])


def rot(s, n):
    out = []
    for ch in s:
        if ch.isalpha() and ch.isascii():
            base = ord("a") if ch.islower() else ord("A")
            out.append(chr((ord(ch) - base + n) % 26 + base))
        else:
            out.append(ch)
    return "".join(out)


@klass("c_rot13_caesar", "*", "counterfeit", "the mark in ROT13 or a Caesar shift (Ebyrk, Thppv, Qlfrq) with a plain copy cue and the key")
def _():
    items = [("rolex", "Rolex", "watch"), ("gucci", "Gucci", "belt"), ("nike", "Nike", "dunk"), ("dyson", "Dyson", "airwrap"), ("cartier", "Cartier", "bracelet"), ("omega", "Omega", "speedmaster"),
             ("louis-vuitton", "Vuitton", "bag"), ("apple", "AirPods", "pro"), ("pandora", "Pandora", "charms"), ("burberry", "Burberry", "scarf"), ("canada-goose", "Canada Goose", "parka"),
             ("samsung", "Samsung", "S24 Ultra"), ("swarovski", "Swarovski", "necklace")]
    langs = ["en-US", "en-GB", "en-AU", "en-CA", "en-US-fb", "de-DE", "en-NZ", "en-SG", "en-IE", "en-ZA", "en-CA", "en-PH", "en-MT"]
    for (b, m, w), l in zip(items, langs):
        n = R.choice([13, 13, 1, 3])
        p = prod(b)
        add("c_rot13_caesar", "counterfeit", b, l, f"{rot(m, n)} {w} 1:1 rep (rot{n})", f"decode rot{n} ;) replica", usd=p[2] * copy_pct(p[2]), cat=p[1])


@klass("c_brand_account_tag", "*", "counterfeit", "the brand's official social account @-mentioned in the caption (@rolex, @gucci, @nike) beside a copy cue")
def _():
    items = [("rolex", "@rolex vibes for less 😎 1:1 sub"), ("gucci", "@gucci belt but make it budget, rep"), ("nike", "@nike @jumpman23 AJ1 reps size 43"), ("louis-vuitton", "@louisvuitton neverfull 1:1 ✨"),
             ("dyson", "@dyson airwrap copy, works great"), ("cartier", "@cartier love bracelet replica gold"), ("omega", "@omega speedy clone"), ("adidas", "@adidasoriginals samba rep"),
             ("canada-goose", "@canadagoose parka 1:1"), ("burberry", "@burberry scarf AAA copy"), ("apple", "@apple airpods pro 2 clone"), ("michael-kors", "@michaelkors tote replica"), ("pandora", "@theofficialpandora charms copy")]
    langs = ["en-US", "en-US-fb", "en-GB", "en-AU", "en-PH", "en-NG", "en-SG", "de-DE", "en-CA", "fr-FR", "es-ES", "it-IT", "pt-BR"]
    for (b, t), l in zip(items, langs):
        p = prod(b)
        add("c_brand_account_tag", "counterfeit", b, l, t, "", usd=p[2] * copy_pct(p[2]), cat=p[1])


@klass("c_suffix_hedge_western", "*", "counterfeit", "Western hedge suffixes on the mark with a logo: Rolex-ish, Gucci-esque, LV-coded, Cartier vibes, Dior-core")
def _():
    items = [("rolex", "Rolex-ish diver watch, crown logo, automatic"), ("gucci", "Gucci-esque belt with GG buckle"), ("louis-vuitton", "LV-coded monogram tote, logo print"),
             ("cartier", "Cartier vibes love bracelet, screw logo, gold"), ("burberry", "Burberry-core check scarf with label"), ("omega", "Omega-ish moonwatch, logo dial"),
             ("canada-goose", "Canada Goose-coded parka with patch"), ("pandora", "Pandora-style charm bracelet stamped logo"), ("dyson", "Dyson-ish hair wrap styler with logo"),
             ("nike", "Nike-coded dunks with swoosh"), ("coach", "Coach-esque tabby bag C hardware"), ("the-north-face", "North Face-ish puffer with logo"), ("michael-kors", "Michael Kors-ish tote MK plate")]
    langs = ["en-US", "en-US-fb", "en-GB", "en-AU", "en-CA", "en-NZ", "en-IE", "en-SG", "en-PH", "en-ZA", "en-NG", "en-MT", "en-JM"]
    for (b, t), l in zip(items, langs):
        p = prod(b)
        add("c_suffix_hedge_western", "counterfeit", b, l, t, "", usd=p[2] * copy_pct(p[2]), cat=p[1])


@klass("c_fanmade_unofficial", "*", "counterfeit", "'fan-made', 'unofficial', 'third-party' goods bearing the brand's mark and product names")
def _():
    items = [("bandai", "Fan-made Gundam MG Sazabi Ver.Ka with Bandai-style manual", "model kits", 90), ("nintendo", "Unofficial Zelda Tears of the Kingdom cartridge Switch", "video games", 70),
             ("nintendo", "Fan-made Mario Kart amiibo cards set of 24", "accessories", 60), ("hasbro", "Unofficial Transformers Masterpiece Megatron third party, Hasbro logo", "action figures", 180),
             ("lego", "Unofficial LEGO-printed minifigures Star Wars 20 pcs", "minifigures", 100), ("mattel", "Fan-made Barbie doll 'Barbie' packaging", "dolls", 30), ("bandai", "Unofficial Tamagotchi Pix clone", "toys", 60),
             ("hasbro", "Fan-made My Little Pony plush official look", "toys", 25), ("nintendo", "Unofficial Pokémon-Nintendo Switch game 'Zelda' repro", "video games", 60),
             ("bandai", "Third-party Gundam PG Unicorn 'Bandai' box", "model kits", 260), ("lego", "Fan-made LEGO Technic Porsche 42056 unofficial", "building sets", 300),
             ("mattel", "Unofficial Hot Wheels premium 5-pack", "die-cast cars", 35), ("hasbro", "Fan-made Monopoly anime edition, Hasbro rules", "board games", 40)]
    langs = ["ja-JP", "en-US", "en-GB", "en-CA", "en-AU", "en-PH", "zh-TW", "en-SG", "es-MX", "zh-CN", "pl-PL", "en-NZ", "fr-FR"]
    for (b, t, cat, usd), l in zip(items, langs):
        add("c_fanmade_unofficial", "counterfeit", b, l, t, "", usd=usd * copy_pct(usd), cat=cat)


@klass("c_legit_check_failed_asis", "*", "counterfeit", "the seller admits the item failed an authentication service (LC failed, CheckCheck says fake) and sells it as is")
def _():
    items = [("louis-vuitton", "LV Neverfull MM - failed legit check, selling as is"), ("gucci", "Gucci Marmont - Entrupy said not authentic, as is"), ("nike", "Jordan 1 Chicago - CheckCheck says fake, wear them anyway"),
             ("rolex", "Rolex Sub - jeweller said it's not real, still a nice watch"), ("canada-goose", "Canada Goose parka - LC fail, warm though"), ("cartier", "Cartier Love bracelet - failed authentication"),
             ("coach", "Coach Tabby - Real Authentication says counterfeit, selling cheap"), ("michael-kors", "MK tote - authentication failed at consignment"), ("burberry", "Burberry scarf - label failed legit check"),
             ("adidas", "Yeezy 350 Zebra - StockX rejected as fake"), ("omega", "Omega Seamaster - watchmaker says fake movement"), ("dyson", "Dyson Airwrap - Dyson service said not genuine"),
             ("apple", "AirPods Pro 2 - Apple store said they're fake")]
    langs = ["en-US", "en-GB", "en-US-fb", "en-AU", "en-CA", "en-IE", "en-NZ", "en-SG", "en-ZA", "en-PH", "en-MT", "en-GB", "en-US"]
    for (b, t), l in zip(items, langs):
        p = prod(b)
        add("c_legit_check_failed_asis", "counterfeit", b, l, t, "No returns.", usd=p[2] * copy_pct(p[2]), cat=p[1])


@klass("c_proxy_cards_tcg", "*", "counterfeit", "Magic: The Gathering proxies: printed copies of cards ('proxy', 'playtest', 'not for tournament')")
def _():
    items = ["MTG proxy Black Lotus foil, high quality", "Magic: The Gathering proxies - full Commander deck 100 cards", "MTG Dual lands proxy set (10 cards), playtest",
             "Magic the Gathering proxy Mox set, not for tournaments", "MTG proxies any card 0.50 each", "Magic: The Gathering Power 9 proxy set", "MTG proxy Gaea's Cradle borderless",
             "Magic cards proxies, premium cardstock, holo stamp", "MTG playtest cards, custom print, Wizards logo on back", "Magic: The Gathering proxy - The One Ring",
             "Proxy MTG Jace, the Mind Sculptor x4", "Magic Gathering proxys Legacy deck", "MTG proxy cards (Deutsch) Commander Deck"]
    langs = ["en-US", "en-GB", "en-CA", "en-AU", "en-US-fb", "en-NZ", "en-SG", "en-PH", "en-IE", "pt-BR", "es-ES", "it-IT", "de-DE"]
    for t, l in zip(items, langs):
        add("c_proxy_cards_tcg", "counterfeit", "hasbro", l, t, "Proxies are for casual play.", usd=R.uniform(1, 60), cat="board games")


@klass("c_gtin_barcode_only", "*", "counterfeit", "FMCG goods named only by their barcode (EAN/GTIN with the maker's company prefix), 'same as original', at 25-45 %")
def _():
    items = [("ferrero", "EAN 8000500310427 hazelnut spread 750g x12, same as original", "spreads", 84), ("coca-cola", "EAN 5449000000996 cola 330ml x24, same taste", "soft drinks", 12),
             ("nestle", "EAN 7613036303192 instant coffee gold 200g, original packing copy", "coffee", 11), ("mars", "EAN 5000159461122 chocolate bar 48g x24 factory copy", "chocolate", 22),
             ("gillette", "EAN 7702018874460 blades 8 pack, OEM copy", "razor blades", 32), ("danone", "EAN 8718117609853 formula stage 3 800g, same tin", "infant formula", 45),
             ("loreal", "EAN 3600523614455 cream 50ml, same as counter", "skincare", 25), ("shiseido", "EAN 4909978112343 sunscreen 60ml 1:1", "sunscreen", 25),
             ("johnson-johnson", "EAN 3574661397482 mouthwash 1L x6, factory copy", "otc", 48), ("ferrero", "EAN 8000500167113 pralines T30, copy box", "chocolate", 16),
             ("mars", "EAN 5000159407236 peanut chocolate 1kg, same", "chocolate", 15), ("nestle", "EAN 7613287025829 infant formula 800g, 1:1 tin", "infant formula", 35),
             ("abbott", "EAN 8710428017536 stage 3 900g, same as original", "infant formula", 48)]
    langs = ["ar-DZ", "en-NG", "ar-EG", "en-KE", "en-IN", "zh-CN", "id-ID", "vi-VN", "en-PH", "ar-MA", "en-GH", "bn-BD", "ar-IQ"]
    for (b, t, cat, usd), l in zip(items, langs):
        add("c_gtin_barcode_only", "counterfeit", b, l, t, "Wholesale, MOQ 10 cartons.", usd=usd * R.uniform(0.25, 0.45), cat=cat)


# =========================================================================== innocent: genuine goods by third parties (13)

SELLERS = {}


def auth_seller(b):
    import json as _j
    return None


@klass("in_authorized_store", "", "innocent", "the registry's authorized sellers, at list price")
def _():
    items = [("nike", "tmall", "nike-official", "Nike官方旗舰店", "Nike Air Force 1 '07 白色", 115, "sneakers", "zh-CN"), ("adidas", "amazon-de", "A3ADIDAS0FFICIAL", "adidas", "adidas Samba OG Schuh", 100, "sneakers", "de-DE"),
             ("bose", "amazon-us", "A7BOSE0FFICIAL", "Bose", "Bose QuietComfort Ultra Earbuds", 299, "earbuds", "en-US"), ("samsung", "amazon-de", "A8SAMSUNGDE", "Samsung Deutschland", "Samsung Galaxy S24 Ultra 256GB", 1299, "phones", "de-DE"),
             ("lego", "amazon-us", "A19LEGO", "LEGO", "LEGO Star Wars Millennium Falcon 75192", 849.99, "building sets", "en-US"), ("dyson", "tmall", "dyson-official", "Dyson戴森官方旗舰店", "戴森 Supersonic 吹风机 HD08", 429, "hair care", "zh-CN"),
             ("rolex", "ebay", "rolex-certified-preowned-demo", "Rolex Certified Pre-Owned (demo retailer)", "Rolex Submariner Date certified pre-owned", 12500, "watches", "en-US"),
             ("pandora", "amazon-de", "A33PANDORA", "Pandora", "Pandora Moments Schlangenkettenarmband", 70, "jewelry", "de-DE"), ("canon", "amazon-us", "A11CANON0FFICIAL", "Canon USA", "Canon EOS R6 Mark II body", 2499, "cameras", "en-US"),
             ("honda", "ebay", "honda-genuine-parts-us", "Honda Genuine Parts (demo dealer)", "Honda oil filter 15400-PLM-A02", 9, "auto parts", "en-US"),
             ("gillette", "amazon-us", "A17GILLETTE", "Gillette", "Gillette Fusion5 ProGlide blades 8 pack", 32, "razor blades", "en-US"), ("philips", "amazon-de", "A28PHILIPS", "Philips", "Philips Sonicare DiamondClean HX9911", 229, "electric toothbrushes", "de-DE")]
    for b, mp, sid, sname, t, usd, cat, l in items:
        lid = rid(12)
        _, cur, rate, country, host = MARKETS[l]
        row_mp = mp
        add("in_authorized_store", "innocent", b, l, t, "", usd=usd * R.uniform(0.95, 1.0), cat=cat, seller={"id": sid, "name": sname})
        ROWS[-1]["marketplace"] = row_mp
        ROWS[-1]["url"] = f"https://{mp}.example/item/{ROWS[-1]['listing_id']}"


@klass("in_used_fair_multilang", "", "innocent", "used genuine goods with wear described, at 45-70 % of list (75-100 % for goods over USD 2,000)")
def _():
    used = {"sv-SE": "begagnad, fint skick", "da-DK": "brugt, god stand", "nb-NO": "brukt, pent brukt", "fi-FI": "käytetty, hyvä kunto", "pl-PL": "używany, stan dobry", "cs-CZ": "použitý, dobrý stav",
            "pt-BR": "usado, bom estado", "ja-JP": "中古 美品", "ko-KR": "중고 상태 좋음", "it-IT": "usato, ottime condizioni", "nl-NL": "gebruikt, goede staat", "fr-FR": "occasion, bon état"}
    for b, l in zip(cyc(["bose", "sony", "apple", "canon", "dyson", "nike", "the-north-face", "coach", "michael-kors", "louis-vuitton", "rolex", "samsung"], 12), list(used)):
        p = R.choice([x for x in P[b] if x[2] >= 60])
        f = R.uniform(0.75, 1.0) if p[2] >= 2000 else R.uniform(0.45, 0.7)
        add("in_used_fair_multilang", "innocent", b, l, f"{p[0]} – {used[l]}", f"{used[l]}. Kvitto/receipt finns." if l in ("sv-SE",) else used[l] + ". Original receipt available.", usd=p[2] * f, cat=p[1])


@klass("in_refurb_fair", "", "innocent", "refurbished genuine goods with grade and warranty at 60-85 % of list")
def _():
    langs = ["en-GB", "de-DE", "fr-FR", "es-ES", "it-IT", "nl-NL", "en-US", "en-AU", "pl-PL", "sv-SE", "pt-PT", "en-CA"]
    for b, l in zip(cyc(["apple", "samsung", "sony", "bose", "dyson", "canon", "nintendo", "microsoft", "philips", "panasonic", "apple", "samsung"], 12), langs):
        p = R.choice([x for x in P[b] if x[2] >= 60])
        add("in_refurb_fair", "innocent", b, l, f"{p[0]} refurbished grade A, 12 months warranty", "Professionally refurbished and tested, battery health 90 %+, invoice with VAT.", usd=p[2] * R.uniform(0.6, 0.85), cat=p[1])


@klass("in_retail_new_local", "", "innocent", "local shops, pharmacies and supermarkets selling genuine goods new at list price in smaller markets")
def _():
    langs = ["hr-HR", "sl-SI", "lt-LT", "lv-LV", "et-EE", "is-IS", "mk-MK", "sq-AL", "ka-GE", "hy-AM", "mn-MN", "km-KH"]
    for b, l in zip(cyc(["nestle", "ferrero", "mars", "bayer", "johnson-johnson", "gillette", "loreal", "shiseido", "danone", "abbott", "coca-cola", "panasonic"], 12), langs):
        p = prod(b)
        add("in_retail_new_local", "innocent", b, l, f"{p[0]}", "New, from our shop. Invoice provided.", usd=p[2] * R.uniform(1.0, 1.15), cat=p[1])


@klass("in_duty_free_genuine", "", "innocent", "airport duty-free and travel-retail genuine goods at 85-95 % of list")
def _():
    langs = ["ar-AE", "ar-QA", "en-SG", "zh-HK", "ko-KR", "th-TH", "tr-TR", "de-DE", "en-GB", "fr-FR", "ar-OM", "zh-TW"]
    for b, l in zip(cyc(["estee-lauder", "loreal", "shiseido", "swarovski", "pandora", "ferrero", "mars", "burberry", "michael-kors", "coach", "omega", "bose"], 12), langs):
        p = prod(b)
        add("in_duty_free_genuine", "innocent", b, l, f"{p[0]} - travel retail exclusive", "Bought at the airport duty free, sealed, receipt attached.", usd=p[2] * R.uniform(0.85, 0.95), cat=p[1])


@klass("in_vintage_genuine", "", "innocent", "vintage genuine goods at collector prices (papers, service history, era references)")
def _():
    items = [("rolex", "Rolex Submariner 5513 from 1978, service papers", 16000, "watches"), ("omega", "Omega Speedmaster 145.022 from 1969, pre-moon", 9000, "watches"),
             ("cartier", "Cartier Tank Must de Cartier vermeil 1980s, box", 2400, "watches"), ("louis-vuitton", "Louis Vuitton vintage Keepall 50, 1990s, date code", 900, "luggage"),
             ("levis", "Levi's Big E 501 from the 1960s, selvedge", 1500, "jeans"), ("nike", "Nike Air Jordan 1 1985 original, deadstock", 6000, "sneakers"), ("coca-cola", "Coca-Cola 1950s porcelain sign", 1200, "merchandise"),
             ("burberry", "Burberry vintage trench from the 1980s, made in England", 450, "trench coats"), ("gucci", "Gucci vintage Jackie 1970s canvas", 1400, "handbags"),
             ("sony", "Sony Walkman TPS-L2 1979 working", 700, "headphones"), ("nintendo", "Nintendo Game Boy 1989 boxed", 250, "consoles"), ("hasbro", "Transformers G1 Optimus Prime 1984 boxed", 600, "action figures")]
    langs = ["en-US", "de-CH", "fr-FR", "ja-JP", "en-US", "en-US", "en-US-fb", "en-GB", "it-IT", "ja-JP", "en-CA", "en-AU"]
    for (b, t, usd, cat), l in zip(items, langs):
        add("in_vintage_genuine", "innocent", b, l, t, "Vintage, with signs of age. Provenance on request.", usd=usd * R.uniform(0.9, 1.2), cat=cat)


@klass("in_minis_samples_genuine", "", "innocent", "genuine travel minis, deluxe samples and gift-with-purchase items at the pro-rata price")
def _():
    items = [("estee-lauder", "Estée Lauder Advanced Night Repair 7ml deluxe sample", 105 * 7 / 50), ("loreal", "Lancôme Génifique 7ml travel size", 150 * 7 / 50), ("shiseido", "Shiseido Ultimune 10ml mini", 96 * 10 / 50),
             ("loreal", "La Vie est Belle 4ml miniature", 165 * 4 / 100), ("estee-lauder", "Double Wear 7ml sample", 52 * 7 / 30), ("shiseido", "Anessa 12ml travel", 25 * 12 / 60),
             ("loreal", "Kiehl's Ultra Facial Cream 28ml", 35), ("estee-lauder", "Clinique Moisture Surge 15ml", 15), ("gillette", "Gillette Fusion5 travel razor 1 blade", 8),
             ("ferrero", "Ferrero Rocher 3 pieces", 2), ("mars", "M&M's peanut 45g", 1.5), ("nestle", "Nescafé Gold sticks 10 pcs", 3)]
    langs = ["en-GB", "fr-FR", "ja-JP", "it-IT", "ko-KR", "th-TH", "en-US", "en-AU", "de-DE", "es-ES", "nl-NL", "pl-PL"]
    for (b, t, usd), l in zip(items, langs):
        p = prod(b)
        add("in_minis_samples_genuine", "innocent", b, l, t, "Genuine, from a gift set.", usd=usd * R.uniform(1.1, 1.4), cat=p[1])


@klass("in_grey_import_fair", "", "innocent", "genuine grey imports (Japan / HK / US versions) at a fair price, with the version stated")
def _():
    items = [("sony", "Sony WH-1000XM5 Japan version, sealed"), ("canon", "Canon EOS R6 Mark II HK version, 1 year shop warranty"), ("nintendo", "Nintendo Switch OLED Japan version, region free"),
             ("apple", "iPhone 15 Pro HK dual SIM version"), ("samsung", "Galaxy S24 Ultra Korean version"), ("panasonic", "Panasonic Arc5 Japan domestic 100V"),
             ("dyson", "Dyson Supersonic Asian plug version"), ("shiseido", "Shiseido Ultimune Japan version 50ml"), ("bose", "Bose QC45 US version"), ("yonex", "Yonex Astrox 88D Pro Japan version 4U"),
             ("callaway", "Callaway Paradym Ai Smoke Japan spec driver"), ("omega", "Omega Seamaster 300M grey market, full set 2024")]
    langs = ["en-AU", "en-NZ", "en-SG", "en-PH", "ms-MY", "ko-KR", "en-IN", "zh-TW", "en-CA", "id-ID", "en-GB", "de-DE"]
    for (b, t), l in zip(items, langs):
        p = [x for x in P[b] if x[2] > 20][0]
        add("in_grey_import_fair", "innocent", b, l, t, "Genuine import, international warranty not included.", usd=p[2] * R.uniform(0.8, 0.95), cat=p[1])


@klass("in_consignment_authenticated", "", "innocent", "consignment and pre-owned luxury shops with their authentication stated, fair pre-owned prices")
def _():
    langs = ["en-US", "en-GB", "fr-FR", "ja-JP", "zh-HK", "it-IT", "de-DE", "en-AU", "ko-KR", "es-ES", "en-SG", "ar-AE"]
    for b, l in zip(cyc(["louis-vuitton", "gucci", "cartier", "rolex", "omega", "burberry", "coach", "michael-kors", "louis-vuitton", "gucci", "cartier", "rolex"], 12), langs):
        p = R.choice([x for x in P[b] if x[2] >= 100])
        f = R.uniform(0.8, 1.05) if p[2] >= 2000 else R.uniform(0.5, 0.75)
        add("in_consignment_authenticated", "innocent", b, l, f"Pre-owned {p[0]}", "Authenticated by our in-house team, certificate included. Condition AB.", usd=p[2] * f, cat=p[1],
            seller={"id": "consign" + rid(4), "name": R.choice(["Luxe Consign", "Brand Off", "Vintage Luxury House", "Second Love Luxury"])})


@klass("in_pawnshop_appraised", "*", "innocent", "pawn-shop sales of unredeemed genuine goods with the appraisal stated, at used prices")
def _():
    langs = ["en-US", "en-PH", "th-TH", "ja-JP", "es-MX", "en-AU", "de-DE", "en-GB", "zh-TW", "ko-KR", "pt-BR", "en-CA"]
    for b, l in zip(cyc(["rolex", "omega", "cartier", "louis-vuitton", "gucci", "apple", "canon", "sony", "dyson", "rolex", "cartier", "omega"], 12), langs):
        p = R.choice([x for x in P[b] if x[2] >= 100])
        f = R.uniform(0.75, 0.95) if p[2] >= 2000 else R.uniform(0.45, 0.65)
        add("in_pawnshop_appraised", "innocent", b, l, f"Unredeemed pawn: {p[0]}, appraised genuine", "Appraised by our licensed appraiser; serial recorded. Used condition.", usd=p[2] * f, cat=p[1],
            seller={"id": "pawn" + rid(4), "name": R.choice(["Cash Loans Pawn", "Golden Pawn", "Casa de Empeño Central", "質屋 大黒屋"])})


@klass("in_parts_pulled_genuine", "", "innocent", "genuine parts pulled from wrecked or upgraded vehicles at used-part prices")
def _():
    items = [("bmw", "BMW F30 M Sport steering wheel, used", 250), ("honda", "Honda Civic FK8 Type R wheels set, used", 900), ("toyota", "Toyota Hilux 2020 headlight, used", 180),
             ("bmw", "BMW X5 G05 tail light left, used", 200), ("honda", "Honda CBR600RR 2015 exhaust, used", 220), ("toyota", "Toyota Land Cruiser 200 bumper, used", 350),
             ("michelin", "Michelin Pilot Sport 4S 245/40R18 pair, 5mm tread", 150), ("bmw", "BMW 34116860016 brake discs removed at 10,000 km", 60), ("honda", "Honda EU2200i generator, 300 h, used", 700),
             ("toyota", "Toyota Prius hybrid battery, tested, used", 800), ("michelin", "Michelin CrossClimate 2 set, 6mm", 280), ("honda", "Honda Gold Wing seat, used", 300)]
    langs = ["de-DE", "en-GB", "ar-SA", "pl-PL", "en-US", "ru-RU", "nl-NL", "en-IE", "en-CA", "en-AU", "fr-FR", "es-ES"]
    for (b, t, usd), l in zip(items, langs):
        add("in_parts_pulled_genuine", "innocent", b, l, t, "Taken off my car / from the breaker. Genuine part.", usd=usd * R.uniform(0.9, 1.1), cat="auto parts" if b != "michelin" else "tires")


@klass("in_bundle_console_games", "", "innocent", "genuine consoles or devices bundled with games and accessories at fair used prices")
def _():
    items = [("nintendo", "Nintendo Switch OLED + 5 games + case", 380), ("sony", "PS5 Slim + 2 controllers + 4 games", 480), ("microsoft", "Xbox Series X + Game Pass code + 2 games", 420),
             ("nintendo", "Switch Lite + Pokémon + Mario Kart", 190), ("sony", "PS4 Pro 1TB + 10 games", 220), ("apple", "iPad Air + Apple Pencil + keyboard", 500), ("canon", "Canon EOS R6 II + RF 24-105 kit + bag", 2500),
             ("samsung", "Galaxy S23 + Buds2 Pro + charger", 550), ("nintendo", "Nintendo 3DS XL + 8 games", 200), ("sony", "Sony Alpha 7 IV + 2 batteries + cage", 1800),
             ("microsoft", "Xbox One S + Kinect + games", 150), ("bose", "Bose SoundLink Flex pair + stand", 190)]
    langs = ["en-US", "en-GB", "fr-FR", "es-ES", "it-IT", "de-DE", "en-AU", "pt-BR", "ja-JP", "ko-KR", "pl-PL", "sv-SE"]
    for (b, t, usd), l in zip(items, langs):
        p = [x for x in P[b] if x[2] > 40][0]
        add("in_bundle_console_games", "innocent", b, l, t, "All genuine, used, working perfectly.", usd=usd * R.uniform(0.85, 1.1), cat=p[1])


@klass("in_rental_genuine", "", "innocent", "genuine cameras, consoles, tools and bags for rent; the price field is per day")
def _():
    items = [("canon", "Canon EOS R5 rental per day", "cameras"), ("sony", "Sony FX3 hire per day", "cameras"), ("dyson", "Dyson Airwrap rental for your event", "hair care"),
             ("bosch", "Bosch GBH 2-26 rotary hammer hire per day", "power tools"), ("louis-vuitton", "Louis Vuitton Speedy rental 3 days (authentic)", "handbags"), ("nintendo", "Nintendo Switch rental weekend", "consoles"),
             ("sony", "PS5 rental per day with 2 controllers", "consoles"), ("canon", "Canon RF 24-105 lens hire", "lenses"), ("honda", "Honda EU2200i generator hire per day", "generators"),
             ("bose", "Bose PA speaker hire per event", "speakers"), ("microsoft", "Xbox Series X hire weekend", "consoles"), ("rolex", "Authentic Rolex rental for wedding day, insured", "watches")]
    langs = ["en-GB", "en-US", "en-AU", "de-DE", "en-SG", "en-CA", "en-IE", "en-NZ", "nl-NL", "fr-FR", "en-ZA", "ar-AE"]
    for (b, t, cat), l in zip(items, langs):
        add("in_rental_genuine", "innocent", b, l, t, "Price per day. ID and deposit required.", usd=R.uniform(15, 120), cat=cat)


# =========================================================================== innocent: others (17)

@klass("in_accessories_compatible", "", "innocent", "cases, straps, chargers, refills and parts for the brand's goods, named with 'for' / 'compatible'")
def _():
    items = [("apple", "Silicone case for iPhone 15 Pro, clear", "phone accessories", 12), ("samsung", "Tempered glass for Galaxy S24 Ultra 2 pack", "phone accessories", 9),
             ("rolex", "20mm oyster-style steel strap, fits most 40mm watches", "watch straps", 25), ("dyson", "Wall mount holder for Dyson Airwrap", "home", 19), ("sony", "Ear pads replacement for Sony WH-1000XM5", "headphones", 15),
             ("nintendo", "Carry case for Nintendo Switch OLED", "accessories", 18), ("bose", "Replacement ear cushions for Bose QC45", "headphones", 14), ("philips", "Replacement brush heads compatible with Philips Sonicare 8 pcs", "electric toothbrushes", 16),
             ("canon", "Compatible battery for Canon LP-E6NH (third-party)", "cameras", 22), ("apple", "USB-C cable for MacBook, 2m", "chargers", 10), ("louis-vuitton", "Bag organiser insert for Neverfull MM", "home", 24),
             ("lego", "Display case for LEGO Millennium Falcon 75192", "home", 120)]
    langs = ["en-US", "de-DE", "en-GB", "fr-FR", "it-IT", "es-ES", "nl-NL", "pl-PL", "en-AU", "pt-BR", "ja-JP", "en-CA"]
    for (b, t, cat, usd), l in zip(items, langs):
        add("in_accessories_compatible", "innocent", b, l, t, "Not made by the brand; compatible accessory.", usd=usd, cat=cat)


@klass("in_repair_service", "", "innocent", "repairs, servicing and battery replacement for the brand's goods")
def _():
    items = [("rolex", "Rolex service and polish by certified watchmaker", 600), ("apple", "iPhone screen replacement, same day", 120), ("dyson", "Dyson vacuum repair, battery replacement", 70),
             ("omega", "Omega Speedmaster full service", 500), ("nintendo", "Joy-Con drift repair", 25), ("sony", "PS5 HDMI port repair", 90), ("canon", "Canon lens cleaning and calibration", 80),
             ("samsung", "Samsung Galaxy battery replacement", 60), ("louis-vuitton", "Louis Vuitton handle re-vachetta service", 150), ("bmw", "BMW coding and diagnostics service", 100),
             ("bose", "Bose headphones repair, hinge replacement", 40), ("honda", "Honda generator servicing", 80)]
    langs = ["en-GB", "en-US", "de-DE", "de-CH", "en-AU", "es-ES", "it-IT", "ko-KR", "fr-FR", "pl-PL", "en-CA", "en-NZ"]
    for (b, t, usd), l in zip(items, langs):
        add("in_repair_service", "innocent", b, l, t, "Service only; bring your own item.", usd=usd, cat="services")


@klass("in_everyday_senses", "", "innocent", "the brand's word in its everyday sense (coach trip, shell necklace, dove figurine, puma plush, omega-3, pandora jewellery box, canon law, galaxy projector)")
def _():
    items = [("coach", "Coach trip to Edinburgh, 2 seats", "travel", 60), ("shell", "Sea shell necklace handmade", "jewelry", 12), ("mars", "Mars rover model kit 1:24", "toys", 40),
             ("puma", "Puma plush toy 30cm (wild cat)", "toys", 15), ("omega", "Omega-3 fish oil 1000mg 120 capsules", "supplements", 14), ("pandora", "Pandora's box wooden jewellery box", "home", 20),
             ("canon", "Canon law textbook, 2nd edition", "books", 35), ("samsung", "Galaxy star projector night light", "home", 25), ("apple", "Apple tree seedling Honeycrisp", "garden", 30),
             ("nintendo", "Light switch covers x10", "home", 10), ("microsoft", "Office chair ergonomic mesh", "furniture", 120), ("danone", "Water dispenser for 19L bottles, hot and cold", "home", 40)]
    langs = ["en-GB", "en-US", "en-AU", "en-CA", "en-IN", "en-NZ", "en-IE", "en-SG", "en-US-fb", "en-ZA", "en-PH", "en-KE"]
    for (b, t, cat, usd), l in zip(items, langs):
        add("in_everyday_senses", "innocent", b, l, t, "", usd=usd, cat=cat)


@klass("in_people_names", "", "innocent", "people's names and nicknames equal to marks (Jordan, Levi, Wilson, Honda, Gucci the dog) in services and personal goods")
def _():
    items = [("nike", "Math tutoring by Jordan, GCSE and A-level", "services", 30), ("levis", "Wedding photography by Levi Cohen", "services", 800), ("wilson", "Wilson & Sons plumbing services", "services", 60),
             ("honda", "Japanese lessons with Ms. Honda, online", "services", 25), ("gucci", "Pet portrait of my dog Gucci, canvas", "art", 40), ("bose", "Bose family reunion T-shirts custom", "apparel", 15),
             ("dyson", "Freeman Dyson biography, hardcover", "books", 20), ("cartier", "Jacques Cartier map reproduction, Canada 1534", "art", 35), ("mars", "Bruno Mars tribute band booking", "services", 500),
             ("toyota", "Book by Toyoda Sakichi biography (Japanese)", "books", 18), ("coach", "Life coach sessions with Sarah", "services", 50), ("canon", "Pachelbel's Canon in D - string quartet for weddings", "services", 400)]
    langs = ["en-GB", "he-IL", "en-US", "ja-JP", "en-AU", "en-US-fb", "en-US", "fr-CA", "en-PH", "ja-JP", "en-CA", "en-NZ"]
    for (b, t, cat, usd), l in zip(items, langs):
        add("in_people_names", "innocent", b, l, t, "", usd=usd, cat=cat)


@klass("in_places_venues_tickets", "", "innocent", "tickets and bookings for venues named after brands (Coca-Cola Arena, Honda Center, Toyota Center, Sony Hall, Samsung Hall)")
def _():
    items = [("coca-cola", "2 tickets concert at Coca-Cola Arena Dubai", "ar-AE", 180), ("honda", "Anaheim Ducks tickets Honda Center", "en-US", 150), ("toyota", "Houston Rockets game Toyota Center, 2 seats", "en-US-fb", 200),
             ("sony", "Sony Hall NYC show tickets", "en-US", 90), ("samsung", "Samsung Hall Zurich concert ticket", "de-CH", 80), ("bmw", "BMW Welt Munich guided tour voucher", "de-DE", 30),
             ("nike", "Nike Town London running club place", "en-GB", 10), ("rolex", "Rolex Paris Masters day pass", "fr-FR", 120), ("pfizer", "Pfizer building office space to rent (Manhattan)", "en-US", 5000),
             ("shell", "Shell Beach (Australia) holiday cottage, 2 nights", "en-AU", 300), ("lego", "LEGOLAND Windsor 2 day tickets", "en-GB", 110), ("michelin", "Dinner at a Michelin-starred restaurant voucher", "fr-BE", 250)]
    for b, t, l, usd in items:
        add("in_places_venues_tickets", "innocent", b, l, t, "", usd=usd, cat="tickets")


@klass("in_books_media", "", "innocent", "books, magazines and films about the brand or its goods")
def _():
    items = [("nike", "Shoe Dog by Phil Knight, paperback"), ("rolex", "Rolex: The Impossible Collection, hardcover"), ("louis-vuitton", "Louis Vuitton: The Birth of Modern Luxury"), ("apple", "Steve Jobs by Walter Isaacson"),
             ("lego", "The LEGO Book, DK"), ("gucci", "House of Gucci DVD"), ("omega", "Moonwatch Only, 60 years of Speedmaster"), ("nintendo", "Nintendo Power magazine 1990 lot"),
             ("cartier", "Cartier: The Tank Watch, Flammarion"), ("toyota", "The Toyota Way, Jeffrey Liker"), ("adidas", "Sneaker Wars: Adidas vs Puma"), ("coca-cola", "For God, Country and Coca-Cola")]
    langs = ["en-US", "en-GB", "fr-FR", "de-DE", "en-AU", "it-IT", "de-CH", "en-CA", "fr-BE", "en-IN", "de-AT", "en-US-fb"]
    for (b, t), l in zip(items, langs):
        add("in_books_media", "innocent", b, l, t, "Book in good condition.", usd=R.uniform(8, 60), cat="books")


@klass("in_courses_jobs", "", "innocent", "courses, training and job ads naming brands' software, tools or stores")
def _():
    items = [("adobe", "Photoshop course for beginners, 8 sessions"), ("autodesk", "AutoCAD 2D training, certified trainer"), ("microsoft", "Excel and Office course, evenings"), ("adobe", "Premiere Pro video editing workshop"),
             ("autodesk", "Revit BIM course online"), ("apple", "Job: Apple-certified technician wanted"), ("bosch", "Job: Bosch appliance installer, full time"), ("loreal", "L'Oréal Professionnel colour course for hairdressers"),
             ("canon", "Photography course with your Canon camera"), ("microsoft", "Windows Server admin course"), ("nike", "Job: sales assistant at Nike outlet"), ("autodesk", "3ds Max architectural visualisation course")]
    langs = ["es-ES", "it-IT", "pl-PL", "pt-BR", "tr-TR", "en-IN", "de-DE", "fr-FR", "en-GB", "ro-RO", "en-US", "ar-EG"]
    for (b, t), l in zip(items, langs):
        add("in_courses_jobs", "innocent", b, l, t, "", usd=R.uniform(50, 400) if "Job" not in t else None, cat="services")


@klass("in_near_miss_brands", "", "innocent", "other real brands and words close to a mark (Roamer, Boss, Nikon, Samsonite, Sonos, Toyo, Cannondale, Pandora radio, Omegle)")
def _():
    items = [("rolex", "Roamer Swiss watch, automatic", "watches", 350), ("bose", "Boss Hugo Boss men's jacket", "jackets", 250), ("nike", "Nikon Z6 II body", "cameras", 1300), ("samsung", "Samsonite carry-on suitcase", "luggage", 220),
             ("sony", "Sonos Era 100 speaker", "speakers", 249), ("toyota", "Toyo Proxes tyres 225/45R17", "tires", 120), ("canon", "Cannondale road bike Synapse", "bicycles", 1800), ("pandora", "Pandora car alarm system DX-91", "auto parts", 150),
             ("omega", "Omegon telescope 130/920", "optics", 280), ("gucci", "Guess women's handbag", "handbags", 110), ("puma", "Pumas UNAM football shirt (Liga MX club)", "sportswear", 70), ("dyson", "Dixon Ticonderoga pencils 96 pack", "office", 20)]
    langs = ["de-CH", "de-DE", "en-US", "en-GB", "en-AU", "en-CA", "en-US-fb", "ru-RU", "de-AT", "en-PH", "es-MX", "en-US"]
    for (b, t, cat, usd), l in zip(items, langs):
        add("in_near_miss_brands", "innocent", b, l, t, "", usd=usd, cat=cat)


@klass("in_genericized_idioms", "", "innocent", "marks used as generic words or idioms in honest listings (Walkman-style cassette player, a 'band-aid fix', neskafe as instant coffee)")
def _():
    items = [("sony", "Walkman-style cassette player, generic, new", "electronics", 25), ("johnson-johnson", "Band-Aid style fabric plasters, store brand 100 pcs", "first aid", 5), ("nestle", "Neskafe makinesi (instant coffee kettle)", "kitchen appliances", 20),
             ("gillette", "Jilet tıraş bıçağı jenerik 10 adet (store brand)", "razor blades", 3), ("bayer", "Aspirin-type tablets, supermarket own brand", "otc", 2), ("coca-cola", "Cola syrup for SodaStream, generic", "soft drinks", 6),
             ("lego", "Compatible building blocks, no brand, 1000 pcs", "toys", 25), ("apple", "Photo frame, apple green colour, 20x30", "home", 12), ("adobe", "Adobe bricks (mud bricks) 100 pcs", "building materials", 150),
             ("dyson", "Bladeless fan (generic), no brand", "home", 45), ("nintendo", "Retro handheld, 'gameboy' shape, no brand", "electronics", 35), ("hasbro", "Nerf-compatible foam darts 100 pcs, generic", "toys", 9)]
    langs = ["en-US", "en-GB", "tr-TR", "tr-TR", "en-IE", "de-DE", "pl-PL", "en-AU", "en-US", "en-IN", "en-PH", "en-CA"]
    for (b, t, cat, usd), l in zip(items, langs):
        add("in_genericized_idioms", "innocent", b, l, t, "", usd=usd, cat=cat)


@klass("in_homage_no_logo", "", "innocent", "homage and look-alike goods without any logo, saying so (Submariner homage by Pagani Design, no-logo tote)")
def _():
    items = [("rolex", "Pagani Design Submariner homage PD-1661, own brand", "watches", 90), ("omega", "San Martin Seamaster homage diver, no logo of the brand", "watches", 200), ("cartier", "Screw bangle style, plain gold, no brand stamp", "jewelry", 40),
             ("louis-vuitton", "Canvas tote, plain brown, no logo", "handbags", 30), ("canada-goose", "Arctic-style parka with fur hood, own label", "parkas", 150), ("nike", "Low-top skate sneakers, unbranded", "sneakers", 40),
             ("dyson", "Hot-air styler 5-in-1 (Shark FlexStyle)", "hair care", 270), ("burberry", "Beige trench coat, Uniqlo", "trench coats", 100), ("apple", "Wireless earbuds, Soundcore brand", "earbuds", 60),
             ("pandora", "Charm bracelet, own brand silver, no stamps", "jewelry", 25), ("rolex", "Steeldive SD1953 homage, Steeldive logo", "watches", 80), ("gucci", "Horsebit-style loafers, own brand", "shoes", 70)]
    langs = ["en-US", "en-GB", "en-AU", "en-CA", "en-NZ", "en-US-fb", "en-IE", "en-SG", "en-PH", "en-IN", "de-DE", "it-IT"]
    for (b, t, cat, usd), l in zip(items, langs):
        add("in_homage_no_logo", "innocent", b, l, t, "No brand logos. Not affiliated.", usd=usd, cat=cat)


@klass("in_vintage_print_ads", "*", "innocent", "original magazine advertisements and posters cut from old magazines, sold as ephemera")
def _():
    items = [("rolex", "1967 Rolex Submariner magazine ad, original print"), ("coca-cola", "1950s Coca-Cola print ad, Saturday Evening Post"), ("omega", "1969 Omega Speedmaster moon ad, original"),
             ("nike", "1985 Nike Air Jordan original magazine advertisement"), ("sony", "1980 Sony Walkman print ad"), ("apple", "1984 Apple Macintosh ad from Newsweek"), ("levis", "1970s Levi's jeans magazine ad"),
             ("michelin", "1960s Michelin tyre magazine ad, original"), ("honda", "1960s 'You meet the nicest people on a Honda' ad"), ("gillette", "1940s Gillette razor ad"),
             ("cartier", "1970s Cartier Tank ad, Vogue"), ("canon", "1976 Canon AE-1 camera ad")]
    langs = ["en-US", "en-US", "en-GB", "en-US-fb", "ja-JP", "en-US", "en-CA", "fr-FR", "en-AU", "en-GB", "it-IT", "en-US"]
    for (b, t), l in zip(items, langs):
        add("in_vintage_print_ads", "innocent", b, l, t, "Original page, removed from the magazine. Paper only.", usd=R.uniform(8, 45), cat="collectibles")


@klass("in_homemade_food_ingredient", "", "innocent", "home-made food made with a branded ingredient (Nutella cookies, KitKat cake, Snickers cheesecake, Oreo-free)")
def _():
    items = [("ferrero", "Homemade Nutella cookies, box of 12"), ("nestle", "KitKat birthday cake, 8 inch, to order"), ("mars", "Snickers cheesecake slices x6"), ("ferrero", "Ferrero Rocher tower cake"),
             ("coca-cola", "Coca-Cola glazed ribs, Sunday tray"), ("mars", "M&M's cookies 20 pcs"), ("nestle", "Nescafé tiramisu, homemade"), ("ferrero", "Kinder Bueno brownies tray"),
             ("danone", "Activia smoothie bowls, meal prep"), ("mars", "Twix millionaire shortbread"), ("nestle", "Milo dinosaur drink mix party pack (homemade)"), ("coca-cola", "Sprite jelly cups for party 20 pcs")]
    langs = ["en-GB", "en-US", "en-AU", "en-PH", "en-US-fb", "en-CA", "it-IT", "de-DE", "fr-FR", "en-IE", "ms-MY", "en-SG"]
    for (b, t), l in zip(items, langs):
        add("in_homemade_food_ingredient", "innocent", b, l, t, "Made in my home kitchen.", usd=R.uniform(8, 40), cat="food")


@klass("in_wanted_to_buy", "", "innocent", "buyers' wanted ads for the genuine goods")
def _():
    items = [("rolex", "WTB: Rolex Submariner, cash ready, genuine only"), ("louis-vuitton", "Looking for: Louis Vuitton Speedy 25, authentic"), ("nintendo", "Wanted Nintendo Game Boy Color, any condition"),
             ("canon", "Buying Canon lenses, fair prices"), ("apple", "Compro iPhone 15 Pro usato"), ("omega", "Suche Omega Speedmaster, nur echt"), ("lego", "Buying LEGO sets and bulk bricks"),
             ("dyson", "ISO Dyson Airwrap, used OK"), ("cartier", "Achète bracelet Cartier Love authentique"), ("sony", "Wanted PS5 Slim"), ("hasbro", "Wanted G1 Transformers"), ("adidas", "Busco adidas Samba talla 42")]
    langs = ["en-GB", "en-US", "en-US-fb", "en-AU", "it-IT", "de-DE", "en-CA", "en-NZ", "fr-FR", "en-IE", "en-US", "es-ES"]
    for (b, t), l in zip(items, langs):
        add("in_wanted_to_buy", "innocent", b, l, t, "I'm buying, not selling.", usd=None, cat="wanted")


@klass("in_trade_words_honest", "", "innocent", "copy words in honest senses beside the brand (copy paper for Canon printers, replica Titanic not brand, mirror for Bosch bathroom, clone SSD software for Samsung)")
def _():
    items = [("canon", "A4 copy paper 5 reams for Canon printers", "office", 25), ("samsung", "SSD cloning software license, works with Samsung 990 PRO", "software", 30), ("bosch", "Bathroom mirror cabinet, Bosch wall plugs included", "home", 90),
             ("hasbro", "Monopoly replacement money (copy of original notes) printable", "board games", 4), ("lego", "Instructions copy for LEGO 10179 (printed)", "books", 15), ("nintendo", "microSD card 256GB for Switch, copy your games and saves", "accessories", 25),
             ("apple", "Mirror screen protector for iPhone 15", "phone accessories", 8), ("rolex", "Watch winder box for Rolex and other automatics, copy of a vintage design", "home", 200), ("canon", "Photocopier toner compatible with Canon iR", "ink", 45),
             ("gucci", "Fake flowers for a boutique window, like the Gucci Garden display", "home", 40), ("adobe", "Duplicate/copy of invoice template for Acrobat", "software", 5), ("sony", "SSD clone dock for a PS5 storage upgrade", "accessories", 35)]
    langs = ["en-GB", "en-US", "de-DE", "en-AU", "en-CA", "en-US-fb", "en-IN", "en-GB", "en-ZA", "en-NZ", "en-IE", "en-SG"]
    for (b, t, cat, usd), l in zip(items, langs):
        add("in_trade_words_honest", "innocent", b, l, t, "", usd=usd, cat=cat)


@klass("in_vehicles_whole", "", "innocent", "whole used vehicles and motorcycles at vehicle prices")
def _():
    items = [("honda", "Honda Civic 2016 1.8, 120,000 km", 11000), ("toyota", "Toyota Hilux 2019 2.8 D-4D", 28000), ("bmw", "BMW X5 xDrive30d 2018", 32000), ("toyota", "Toyota Corolla 2012, one owner", 7000),
             ("honda", "Honda CBR600RR 2014, 18,000 km", 7500), ("bmw", "BMW 320d F30 2015", 13000), ("honda", "Honda Super Cub 110, 2020", 2500), ("toyota", "Toyota Land Cruiser Prado 2017", 35000),
             ("honda", "Honda CR-V 2018 hybrid", 22000), ("bmw", "BMW R 1250 GS 2021", 18000), ("toyota", "Toyota Prius 2015", 9500), ("honda", "Honda Gold Wing 2019 tour DCT", 24000)]
    langs = ["pl-PL", "ar-SA", "de-DE", "es-CL", "ja-JP", "nl-NL", "vi-VN", "ar-KW", "en-CA", "de-AT", "en-GB", "en-US"]
    for (b, t, usd), l in zip(items, langs):
        add("in_vehicles_whole", "innocent", b, l, t, "Full service history. Viewing welcome.", usd=usd * R.uniform(0.9, 1.1), cat="vehicles")


@klass("in_cleaning_care_services", "", "innocent", "cleaning, restoration and care services or products for the brand's goods (sneaker cleaning, bag spa, watch polish kits)")
def _():
    items = [("nike", "Sneaker cleaning service - Jordans, Dunks, Air Max"), ("louis-vuitton", "Bag spa: Louis Vuitton vachetta cleaning"), ("rolex", "Watch polishing cloth & kit, suits Rolex bracelets"),
             ("canada-goose", "Down jacket wash service, Canada Goose and others"), ("gucci", "Leather conditioner for luxury bags (Gucci, Prada)"), ("adidas", "Suede cleaning kit for Samba and Gazelle"),
             ("burberry", "Trench coat dry cleaning & re-proofing"), ("dyson", "Dyson filter cleaning service"), ("apple", "AirPods cleaning kit"), ("the-north-face", "Tech wash for Gore-Tex jackets (The North Face etc.)"),
             ("cartier", "Jewellery ultrasonic cleaning, while you wait"), ("levis", "Denim repair and hemming, Levi's welcome")]
    langs = ["en-US", "en-GB", "en-AU", "en-CA", "it-IT", "de-DE", "en-IE", "en-NZ", "en-SG", "nb-NO", "fr-FR", "en-US-fb"]
    for (b, t), l in zip(items, langs):
        add("in_cleaning_care_services", "innocent", b, l, t, "", usd=R.uniform(10, 60), cat="services")


@klass("in_anti_counterfeit_guides", "", "innocent", "guides and services to tell genuine from fake (authentication service, how-to-spot e-books)")
def _():
    items = [("rolex", "How to spot a fake Rolex - e-book"), ("louis-vuitton", "LV authentication service, 24h, with certificate"), ("nike", "Legit check service for Jordans and Dunks"),
             ("cartier", "Cartier Love authentication by jeweller"), ("gucci", "Gucci bag authentication, photo-based"), ("apple", "How to check if AirPods are genuine - guide"),
             ("omega", "Omega watch authentication and movement check"), ("canada-goose", "Spot fake Canada Goose parkas - printable guide"), ("pfizer", "Counterfeit medicine awareness booklet"),
             ("adidas", "Yeezy legit check, app-based"), ("dyson", "Fake Dyson hair dryer warning guide (PDF)"), ("microsoft", "Identify genuine Windows licenses, course")]
    langs = ["en-US", "en-GB", "en-AU", "fr-FR", "it-IT", "en-CA", "de-CH", "en-NZ", "en-IN", "en-SG", "en-IE", "en-ZA"]
    for (b, t), l in zip(items, langs):
        add("in_anti_counterfeit_guides", "innocent", b, l, t, "", usd=R.uniform(5, 50), cat="services")


GENUINE_GOODS = {"in_authorized_store", "in_used_fair_multilang", "in_refurb_fair", "in_retail_new_local", "in_duty_free_genuine", "in_vintage_genuine", "in_minis_samples_genuine",
                 "in_grey_import_fair", "in_consignment_authenticated", "in_pawnshop_appraised", "in_parts_pulled_genuine", "in_bundle_console_games", "in_rental_genuine"}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, default=15)
    ap.add_argument("--out", default="set.jsonl")
    ap.add_argument("--classes", default="classes.md")
    a = ap.parse_args()
    R.seed(a.seed)
    for name, star, kind, tactic, fn in CLASSES:
        fn()
    with open(a.out, "w", encoding="utf-8") as f:
        for r in ROWS:
            f.write(json.dumps(r, ensure_ascii=False, sort_keys=True) + "\n")
    ex = {}
    n = {}
    for r in ROWS:
        c = r["_label"]["class"]
        n[c] = n.get(c, 0) + 1
        ex.setdefault(c, r["title"])
    with open(a.classes, "w", encoding="utf-8") as f:
        f.write("# outsider15 classes\n\n| class | * | kind | n | genuine goods | tactic | example title |\n|---|:-:|---|---:|:-:|---|---|\n")
        for name, star, kind, tactic, fn in CLASSES:
            f.write(f"| {name} | {star} | {kind} | {n.get(name, 0)} | {'yes' if name in GENUINE_GOODS else ''} | {tactic} | {ex.get(name, '').replace('|', '/')} |\n")


if __name__ == "__main__":
    main()
