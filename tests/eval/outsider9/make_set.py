#!/usr/bin/env python3
"""outsider9's held-out set for BrandSentry: python3 make_set.py --seed 9  (writes set.jsonl; stdlib only).

Each line: a schemas.models.Listing plus `_label` = {kind, brand, class, tactic, lang, also}. Invented listings.
"""
from __future__ import annotations
import argparse, json, random, sys
from datetime import datetime, timedelta, timezone
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from data import BR, MK, NOUN, FIRST  # noqa: E402

HERE = Path(__file__).resolve().parent
R = random.Random(9)
OUT: list[dict] = []
CLASSES: dict[str, tuple[str, bool, str]] = {}   # name -> (kind, novel, tactic)
ALL = list(BR)


def cls(name, kind, novel, tactic):
    CLASSES[name] = (kind, novel, tactic)
    return name


def lang_of(mk):
    return mk.split("-")[0]


def noun(b, mk):
    k = BR[b][2]
    if k in NOUN:
        return NOUN[k].get(lang_of(mk), NOUN[k]["en"])
    return ""


def nice(amt):
    if amt <= 0:
        return 0.0
    if amt < 10:
        return round(amt, 2)
    if amt < 100:
        return float(int(amt)) + R.choice([0.0, 0.99, 0.5, 0.9])
    if amt < 1000:
        return float(int(round(amt / 5.0) * 5) - R.choice([0, 1]))
    if amt < 100000:
        return float(int(round(amt, -1)))
    return float(int(round(amt, -3)))


def money(usd, mk):
    _, cur, rate, _ = MK[mk]
    return {"amount": nice(usd * rate), "currency": cur}


def handle(mk, brandish=None):
    l = lang_of(mk)
    base = R.choice(FIRST.get(l, FIRST["en"]))
    tail = R.choice(["_shop", "store", "88", "_official_deals", "-trading", "2024", "_mall", "hk", "", "outlet", "_collection"])
    s = f"{base}{tail}{R.randint(1, 999)}"
    return s


def seller(mk, name=None, sid=None):
    s = {"id": sid or f"s{R.randint(100000, 9999999)}", "name": name or handle(mk)}
    if R.random() < 0.85:
        s["country"] = MK[mk][3]
    return s


T0 = datetime(2026, 11, 2, tzinfo=timezone.utc)
N = [0]


def L(klass, brand, mk, title, desc="", usd=None, price="auto", cat=None, sel=None, images=None, attrs=None, url=None,
      also=None, ship=None, marketplace=None):
    kind = CLASSES[klass][0]
    N[0] += 1
    mp = marketplace or R.choice(MK[mk][0])
    lid = f"{R.choice(['', 'item', 'p', 'L'])}{R.randint(10**7, 10**10)}"
    title, desc = dedupe(title), dedupe(desc)
    row = {"marketplace": mp, "listing_id": lid, "title": " ".join(title.split())[:1000], "description": desc.strip()}
    if url is not None:
        row["url"] = url
    elif R.random() < 0.5:
        row["url"] = f"https://{mp.replace('-', '.')}.example/item/{lid}"
    if price == "auto":
        if usd is not None:
            row["price"] = money(usd, mk)
    elif price is not None:
        row["price"] = price
    row["seller"] = sel or seller(mk)
    if cat is not None:
        row["category"] = cat
    elif brand:
        row["category"] = BR[brand][1]
    if images:
        row["images"] = images
    sh = ship if ship is not None else (MK[mk][3] if R.random() < 0.7 else None)
    if sh:
        row["ship_from"] = sh
    row["observed_at"] = (T0 + timedelta(minutes=R.randint(0, 60 * 24 * 28))).isoformat()
    if attrs:
        row["attributes"] = attrs
    row["_label"] = {"kind": kind, "brand": brand, "class": klass, "tactic": CLASSES[klass][2], "lang": mk, "also": also or []}
    OUT.append(row)


def dedupe(t):
    for b in BR.values():
        n = b[0]
        while f"{n} {n}" in t:
            t = t.replace(f"{n} {n}", n)
    return t


def guess_mk(t, pool):
    low = t.lower()
    if any(w in low for w in ("ü", "ä", "ö", "ß", "inspektion", "ähnlich", "werkstatt", "tribüne")):
        return "de-DE"
    if any(w in low for w in ("ñ", "reparación", "mejor", "cena ", "curso", "bono", "limpieza")):
        return "es-ES"
    if any(w in low for w in ("pour ", "calendrier", "é ")):
        return "fr-FR"
    return gen_mk(pool)


def cf(b, lo=0.04, hi=0.18):
    """a copy's price in USD"""
    g = BR[b][5]
    if g < 30:
        return g * R.uniform(0.22, 0.45)
    return g * R.uniform(lo, hi)


def fair(b, lo=0.95, hi=1.25):
    return BR[b][5] * R.uniform(lo, hi)


ROT = {}


def brands(key, n, pool=None):
    """n brands for a class, rotating so every brand appears in several classes"""
    pool = list(pool or ALL)
    R.shuffle(pool)
    out = []
    while len(out) < n:
        out += pool
    return out[:n]


def pick(*xs):
    return R.choice(xs)


def sample(xs, k):
    return R.sample(xs, min(k, len(xs)))


def join(parts, sep=" "):
    return sep.join(p for p in parts if p)


def D(*frags, k=None):
    """a description from fragments, some dropped and reordered"""
    fr = [f for f in frags if f]
    if not fr:
        return ""
    if k is None:
        k = R.randint(max(1, len(fr) - 2), len(fr))
    ch = sample(fr, k)
    sep = R.choice([" ", "\n", ". ", " | ", "\n\n"])
    if sep == ". ":
        ch = [c.rstrip(".") for c in ch]
    return sep.join(ch)


# ------------------------------------------------------------------------------------------ disguises
CYR = {"a": "а", "e": "е", "o": "о", "p": "р", "c": "с", "x": "х", "y": "у", "i": "і", "A": "А", "B": "В", "C": "С", "E": "Е",
       "H": "Н", "K": "К", "M": "М", "O": "О", "P": "Р", "T": "Т", "X": "Х", "s": "ѕ", "S": "Ѕ", "N": "Ν", "I": "Ι", "Y": "Υ", "Z": "Ζ", "v": "ν", "u": "υ"}


def homoglyph(s, k=None):
    idx = [i for i, ch in enumerate(s) if ch in CYR]
    if not idx:
        return s
    k = k or R.choice([1, 1, 2, 3])
    ch = set(sample(idx, k))
    return "".join(CYR[c] if i in ch else c for i, c in enumerate(s))


LEET = {"o": "0", "O": "0", "e": "3", "E": "3", "i": "1", "I": "1", "a": "@", "A": "4", "s": "$", "S": "5", "l": "1", "t": "7", "g": "9"}


def leet(s):
    idx = [i for i, ch in enumerate(s) if ch in LEET]
    ch = set(sample(idx, R.choice([1, 2, 2, 3])))
    return "".join(LEET[c] if i in ch else c for i, c in enumerate(s))


def spaced(s):
    sep = R.choice([".", "-", " ", "*", "_", "·", " . ", "/", "•", "|"])
    letters = [c for c in s if c != " "]
    out = sep.join(letters)
    if R.random() < 0.3:
        out = out.upper()
    return out


TYPO = {"canada-goose": ["Canada Gooze", "Canda Goose", "Canadagoos", "Kanada Goose"], "nike": ["Nlke", "Nkie", "Niike", "Nikee"],
        "adidas": ["Adidsa", "Addidas", "Adiddas", "Adldas"], "puma": ["Pumma", "Pvma", "Pumah"], "levis": ["Levl's", "Leviss", "Lewis's 501", "Levys"],
        "louis-vuitton": ["Louis Vuiton", "Luis Vuitton", "Louis Vitton", "Louise Vuitton"], "gucci": ["Guccl", "Gucii", "Guchi", "Gucchi"],
        "burberry": ["Burbery", "Burberri", "Burrberry"], "michael-kors": ["Micheal Kors", "Michael Korss", "Michel Kors"], "coach": ["Coachh", "Coaach"],
        "bose": ["Bosse", "Booose", "Boze"], "samsung": ["Samsnug", "Samsumg", "Sansung", "Samssung"], "apple": ["Appple", "Aple AirPods", "AirPodz", "Air Pods Pr0"],
        "sony": ["Sonny WH1000XM5", "Sonyy", "S0ny"], "canon": ["Cannon EOS", "Canonn", "Caon EOS"], "honda": ["Hondda", "Honad", "Hnoda"],
        "toyota": ["Toyta", "Toyotta", "Tayota"], "bmw": ["BMV", "BMWW", "B M VV"], "michelin": ["Michellin", "Michelim", "Mishelin"],
        "shell": ["Shel Helix", "Shelll Helix", "Shell Helx"], "mars": ["Sniker", "Snikers", "Snickerz"], "danone": ["Aptamill", "Aptamel", "Aptamiil"],
        "nestle": ["Nescfe", "Nescaffe Gold", "Nestel"], "coca-cola": ["Coca-Kola", "Coka Cola", "Cocacolla"], "ferrero": ["Ferero Rocher", "Ferrerro Roche", "Ferrero Roshe"],
        "loreal": ["Lancom Genifique", "Lancomme", "Loreall"], "estee-lauder": ["Estee Lauderr", "Estée Lader", "Este Lauder"], "shiseido": ["Shisedo", "Shiseid0", "Shisheido"],
        "gillette": ["Gilette", "Gillete", "Gillett"], "hasbro": ["Hasbr0", "Hasbo", "Hazbro"], "lego": ["Legoo", "LEG0", "Lgeo"], "mattel": ["Barbiie", "Barbi", "Mattell"],
        "bandai": ["Bandia", "Bandaii", "Bnadai"], "adobe": ["Adbe", "Adobee", "Photoshp"], "microsoft": ["Mircosoft", "Microsft", "Windws 11 Pro"],
        "nintendo": ["Nintedo", "Nitendo", "Nintendoo"], "autodesk": ["Autodsk", "AutoCAAD", "Auto desk"], "pfizer": ["Viagara", "Pfizr", "Viagrra"],
        "johnson-johnson": ["Tylenl", "Johnsons&Johnsons", "Tylenoll"], "bayer": ["Bayr", "Baeyer", "Aspirn Bayer"], "abbott": ["Abbot", "Freestyle Libr", "Abbbott"],
        "dyson": ["Dysn", "Dysson", "Dayson"], "philips": ["Phillips Sonicare", "Philps", "Phlips"], "bosch": ["Bosh", "Bossch", "Bocsh"],
        "panasonic": ["Panasonik", "Panasoinc", "Panasnoic"], "the-north-face": ["The Nort Face", "North Fase", "Noth Face"], "callaway": ["Calaway", "Callawey", "Callowey"],
        "yonex": ["Yonexx", "Yonix", "Yoenx"], "wilson": ["Wilsonn", "Wlison", "Wilsom"], "rolex": ["Rollex", "Rolx", "Rolexx", "Rloex"],
        "swarovski": ["Swarovsky", "Swarowski", "Swarovki"], "cartier": ["Cartiar", "Cartir", "Carteir"], "pandora": ["Pandorra", "Pandoraa", "Pandara"],
        "omega": ["Omga", "Omegaa", "Omeag"]}

# how other scripts write the brand (public usage)
TRANSLIT = {
 "rolex": {"ru-RU": "Ролекс", "ar-AE": "رولكس", "th-TH": "โรเล็กซ์", "ko-KR": "롤렉스", "ja-JP": "ロレックス", "el-GR": "Ρόλεξ", "he-IL": "רולקס", "fa-IR": "رولکس", "hi-IN": "रोलेक्स"},
 "nike": {"ru-RU": "Найк", "ar-EG": "نايك", "th-TH": "ไนกี้", "ko-KR": "나이키", "ja-JP": "ナイキ", "uk-UA": "Найк", "hi-IN": "नाइकी", "he-IL": "נייקי"},
 "adidas": {"ru-RU": "Адидас", "ar-SA": "اديداس", "th-TH": "อาดิดาส", "ko-KR": "아디다스", "ja-JP": "アディダス", "uk-UA": "Адідас", "fa-IR": "آدیداس"},
 "gucci": {"ru-RU": "Гуччи", "ar-AE": "غوتشي", "ko-KR": "구찌", "ja-JP": "グッチ", "th-TH": "กุชชี่"},
 "louis-vuitton": {"ru-RU": "Луи Виттон", "ko-KR": "루이비통", "ja-JP": "ルイヴィトン", "ar-SA": "لويس فيتون", "th-TH": "หลุยส์วิตตอง"},
 "dyson": {"ru-RU": "Дайсон", "ko-KR": "다이슨", "ja-JP": "ダイソン", "ar-AE": "دايسون", "th-TH": "ไดสัน", "he-IL": "דייסון"},
 "apple": {"ru-RU": "Эппл", "ko-KR": "에어팟", "ja-JP": "エアポッズ", "ar-EG": "ايربودز"},
 "samsung": {"ru-RU": "Самсунг", "ko-KR": "삼성", "ar-EG": "سامسونج", "fa-IR": "سامسونگ", "th-TH": "ซัมซุง"},
 "cartier": {"ru-RU": "Картье", "ko-KR": "까르띠에", "ja-JP": "カルティエ", "ar-AE": "كارتير"},
 "omega": {"ru-RU": "Омега", "ja-JP": "オメガ", "ko-KR": "오메가", "el-GR": "Ωμέγα"},
 "canada-goose": {"ru-RU": "Канада Гус", "ko-KR": "캐나다구스", "ja-JP": "カナダグース"},
 "the-north-face": {"ru-RU": "Зе Норт Фейс", "ko-KR": "노스페이스", "ja-JP": "ノースフェイス"},
 "michael-kors": {"ru-RU": "Майкл Корс", "ko-KR": "마이클코어스", "ar-SA": "مايكل كورس"},
 "pandora": {"ru-RU": "Пандора", "ko-KR": "판도라", "ar-AE": "باندورا"},
 "swarovski": {"ru-RU": "Сваровски", "ko-KR": "스와로브스키", "ar-AE": "سواروفسكي"},
 "burberry": {"ru-RU": "Барберри", "ko-KR": "버버리", "ja-JP": "バーバリー", "ar-SA": "بربري"},
 "bose": {"ru-RU": "Боуз", "ko-KR": "보스 헤드폰", "ar-EG": "بوز"},
 "sony": {"ru-RU": "Сони", "ko-KR": "소니", "ja-JP": "ソニー"},
 "lego": {"ru-RU": "Лего", "ko-KR": "레고", "ja-JP": "レゴ", "ar-AE": "ليغو"},
 "pfizer": {"ru-RU": "Виагра", "ar-EG": "فياجرا", "fa-IR": "ویاگرا", "hi-IN": "वियाग्रा", "th-TH": "ไวอากร้า"},
 "levis": {"ru-RU": "Левис", "ja-JP": "リーバイス", "ko-KR": "리바이스"},
 "coach": {"ko-KR": "코치 가방", "ja-JP": "コーチ"},
 "estee-lauder": {"ko-KR": "에스티로더", "ru-RU": "Эсте Лаудер", "ja-JP": "エスティローダー"},
 "shiseido": {"ru-RU": "Шисейдо", "ko-KR": "시세이도"},
 "nintendo": {"ru-RU": "Нинтендо", "ko-KR": "닌텐도", "ar-SA": "نينتندو"},
}

CUE = {
 "en": ["1:1", "AAA quality", "mirror quality", "replica", "top grade copy", "super clone", "UA", "7A", "high end copy", "best version", "reps"],
 "zh": ["高仿", "原单", "一比一", "复刻", "A货", "精仿", "顶级版本", "纯原", "公司级", "超A"],
 "ru": ["копия", "реплика", "люкс качество", "1:1", "копия высокого качества", "топ копия"],
 "uk": ["копія", "репліка", "люкс якість", "1:1"],
 "es": ["réplica AAA", "calidad espejo", "clon", "imitación", "primera calidad", "tipo original", "réplica 1:1", "triple A"],
 "pt": ["réplica primeira linha", "linha premium", "igual ao original", "réplica AAA", "primeira linha", "importada top"],
 "tr": ["A kalite", "birebir", "çakma", "replika", "AAA kalite", "orijinal kalıp", "first class"],
 "ar": ["طبق الأصل", "ماستر كوبي", "هاي كوبي", "كوبي ون", "درجة أولى", "تقليد"],
 "fa": ["کپی درجه یک", "های کپی", "طرح اصلی", "مستر کپی"],
 "id": ["KW super", "grade ori", "premium mirror", "KW 1:1", "replika", "kw premium"],
 "ms": ["gred AAA", "mirror grade", "barang replika", "kw super"],
 "th": ["งานก๊อป", "เกรดมิลเลอร์", "งานเหมือนแท้", "ก๊อปเกรดพรีเมียม", "งานมิลเลอร์"],
 "vi": ["hàng fake", "super fake", "rep 1:1", "like auth", "hàng f1", "fake loại 1"],
 "ko": ["레플리카", "미러급", "SA급", "정품급", "레플", "st급"],
 "ja": ["スーパーコピー", "N級品", "S級品", "コピー品", "レプリカ"],
 "fr": ["réplique", "copie", "qualité miroir", "copie 1:1", "imitation"],
 "de": ["Replika", "Nachbildung", "1:1 Kopie", "Spiegelqualität", "Fake"],
 "it": ["replica perfetta", "imitazione", "copia 1:1", "replica AAA"],
 "pl": ["podróbka", "replika", "jakość jak oryginał", "kopia 1:1"],
 "nl": ["namaak", "replica", "1:1 kopie"],
 "sv": ["kopia", "replika", "fejk"],
 "cs": ["kopie", "replika", "napodobenina"],
 "ro": ["replică", "copie fidelă", "calitate AAA"],
 "hu": ["másolat", "replika", "utánzat"],
 "el": ["ρεπλίκα", "αντίγραφο", "πιστό αντίγραφο"],
 "he": ["רפליקה", "העתק", "חיקוי"],
 "hi": ["first copy", "master copy", "नकली", "7A copy"],
 "sw": ["copy", "first copy", "original copy"],
 "ur": ["first copy", "master copy", "کاپی"],
 "bn": ["first copy", "master copy", "কপি"],
}


def cue(mk):
    l = lang_of(mk)
    if mk in ("en-IN", "en-NG", "en-PH"):
        return R.choice(["first copy", "master copy", "class A", "OEM quality", "7A", "mirror", "AAA"])
    return R.choice(CUE.get(l, CUE["en"]))


def prod(b):
    return BR[b][3]


def name(b):
    return BR[b][0]


def gen_mk(pool=None):
    return R.choice(pool or list(MK))



# ================================================================================ COUNTERFEIT, everyday
def c_plain_copy_price():
    k = cls("c_plain_copy_price", "counterfeit", False, "brand and product named plainly, new, at a copy's price, no cue word")
    mks = ["en-US", "en-GB", "de-DE", "fr-FR", "es-MX", "pt-BR", "en-AU", "it-IT", "en-NG", "pl-PL", "nl-NL", "en-PH", "ro-RO", "cs-CZ"]
    for b, mk in zip(brands(k, 14), R.sample(mks, 14)):
        n = name(b); p = prod(b)
        title = pick(f"{n} {p} new", f"NEW {n} {p} {BR[b][7]}", f"{p} by {n} - brand new with tags", f"{n} {p} {noun(b, mk)}",
                     f"Brand New {n} {p} fast shipping", f"{n} {p} – {pick('sealed', 'new in box', 'never used', 'BNIB')}")
        desc = D(pick("Brand new.", "New, never worn.", "Comes in box.", "Unopened."), pick("Ships in 24h.", "Free shipping.", "Quick dispatch.", ""),
                 pick("Limited stock!", "Only 3 left.", "Buy 2 get 5% off.", ""), pick("Payment via PayPal.", "No returns.", "Ask if any questions."))
        L(k, b, mk, title, desc, usd=cf(b))


def c_replica_en():
    k = cls("c_replica_en", "counterfeit", False, "English copy jargon of the replica trade (1:1, AAA, mirror, super clone, reps, UA)")
    for b in brands(k, 14):
        mk = pick("en-US", "en-GB", "en-CN", "en-AU", "en-CN", "en-PH")
        n, p, c = name(b), prod(b), R.choice(CUE["en"])
        title = pick(f"{n} {p} {c}", f"{c} {n} {p} best price", f"{p} {c} - {n}", f"[{c.upper()}] {n} {p}", f"{n} {p} ({c}, with box)",
                     f"Top {n} {p} {c} version")
        desc = D(pick(f"Best {c} on the market.", "Same materials as retail.", "Can't tell the difference.", "Passes most legit checks."),
                 pick("Full packaging, dust bag, receipt.", "Comes with box and papers.", "All accessories included.", ""),
                 pick("Worldwide shipping via EMS.", "Tracking number in 3 days.", "Discreet packaging."), pick("", "Bulk discount available."))
        L(k, b, mk, title, desc, usd=cf(b, 0.05, 0.25))


def c_zh_jargon():
    k = cls("c_zh_jargon", "counterfeit", False, "Chinese copy jargon (高仿, 原单, 一比一, 复刻, 纯原, 公司级, A货) with the Chinese or Latin name")
    for b in brands(k, 14):
        mk = pick("zh-CN", "zh-CN", "zh-CN", "zh-TW", "zh-HK")
        zh = BR[b][6]; n = pick(zh, name(b), f"{zh} {name(b)}")
        c = R.choice(CUE["zh"])
        title = pick(f"{c}{n} {prod(b)} 专柜品质", f"{n}{prod(b)} {c} 顶级做工 细节对比正品", f"【{c}】{n} 同款 {BR[b][7]}", f"{n} {c} 原厂面料 包邮",
                     f"{c} {n}{prod(b)} 带全套包装", f"正品开模 {n} {prod(b)} {c}版")
        desc = D(pick("细节做工可对比专柜", "原厂原料", "支持任何验货", "品质保证"), pick("全套包装 送手提袋", "包邮 顺丰", "不退不换"),
                 pick("看好再拍", "量大从优", "微信咨询更多款式", ""), pick(f"{c}，懂的来", "买家秀实拍"))
        L(k, b, mk, title, desc, usd=cf(b, 0.04, 0.15))


def c_ru_uk_jargon():
    k = cls("c_ru_uk_jargon", "counterfeit", False, "Russian/Ukrainian copy jargon (копия, реплика, люкс, 1:1) with the Latin or Cyrillic name")
    for b in brands(k, 13):
        mk = pick("ru-RU", "ru-RU", "uk-UA")
        c = R.choice(CUE[lang_of(mk)]); n = pick(name(b), TRANSLIT.get(b, {}).get("ru-RU", name(b)))
        title = pick(f"{n} {prod(b)} {c}", f"{noun(b, mk)} {n} {c}".strip(), f"{c} {n} {prod(b)} новые", f"{n} {prod(b)} ({c}) в наличии",
                     f"{n} {BR[b][7]} {c} с коробкой")
        desc = D(pick("Качество отличное, не отличить от оригинала.", "Полный комплект.", "Фото реальные."),
                 pick("Доставка СДЭК, Почта России.", "Отправка в день оплаты.", "Самовывоз м. Садовод."), pick("Торг уместен.", "Оптом дешевле.", ""))
        L(k, b, mk, title, desc, usd=cf(b, 0.06, 0.2))


def c_es_pt_jargon():
    k = cls("c_es_pt_jargon", "counterfeit", False, "Spanish and Portuguese copy jargon (réplica AAA, calidad espejo, primeira linha, tipo original)")
    for b in brands(k, 14):
        mk = pick("es-MX", "es-AR", "es-CO", "es-ES", "pt-BR", "pt-BR")
        c = R.choice(CUE[lang_of(mk)]); n = name(b)
        if lang_of(mk) == "es":
            title = pick(f"{n} {prod(b)} {c}", f"{noun(b, mk) or ''} {n} {c} envío gratis", f"{c} {n} {prod(b)} con caja", f"{n} {BR[b][7]} {c} - mayoreo")
            desc = D(pick("Excelente calidad, idéntico al original.", "Materiales de primera.", "No es original pero nadie lo nota."),
                     pick("Envío a todo el país.", "Entrega en 3 días.", "Pago contra entrega."), pick("Pregunte por modelos.", "Precio por mayoreo.", ""))
        else:
            title = pick(f"{n} {prod(b)} {c}", f"{noun(b, mk)} {n} {c} frete grátis", f"Kit 2 {n} {c}", f"{n} {prod(b)} {c} pronta entrega")
            desc = D(pick("Qualidade impecável, idêntico ao original.", "Material premium.", "Acompanha caixa e etiquetas."),
                     pick("Enviamos para todo Brasil.", "Postagem em 24h.", "Chama no zap para atacado."), pick("Não aceitamos devolução.", ""))
        L(k, b, mk, title, desc, usd=cf(b, 0.08, 0.3))


def c_tr_ar_fa_jargon():
    k = cls("c_tr_ar_fa_jargon", "counterfeit", False, "Turkish, Arabic and Persian copy jargon (A kalite, birebir, ماستر كوبي, طبق الأصل, کپی درجه یک)")
    for b in brands(k, 14):
        mk = pick("tr-TR", "tr-TR", "ar-AE", "ar-SA", "ar-EG", "fa-IR")
        l = lang_of(mk); c = R.choice(CUE[l]); n = pick(name(b), TRANSLIT.get(b, {}).get(mk, name(b)))
        if l == "tr":
            title = pick(f"{n} {prod(b)} {c}", f"{c} {n} {noun(b, mk)}", f"{n} {BR[b][7]} {c} ürün kutulu", f"{n} {prod(b)} {c} - ücretsiz kargo")
            desc = D("Kaliteli ürün, orijinalinden farkı yok.", pick("Aynı gün kargo.", "Kapıda ödeme."), pick("Toptan satış yapılır.", ""))
        elif l == "fa":
            title = pick(f"{n} {prod(b)} {c}", f"{c} {n} {noun(b, mk)}", f"{noun(b, mk)} {n} {c} با جعبه")
            desc = D("کیفیت عالی، مثل اصل.", pick("ارسال به سراسر کشور.", "پرداخت در محل."), "")
        else:
            title = pick(f"{n} {prod(b)} {c}", f"{noun(b, mk)} {n} {c}", f"{c} {n} مع العلبة", f"{n} {BR[b][7]} {c} توصيل مجاني")
            desc = D("جودة عالية مثل الأصلي.", pick("التوصيل لجميع المدن.", "الدفع عند الاستلام."), pick("أسعار الجملة متوفرة.", ""))
        L(k, b, mk, title, desc, usd=cf(b, 0.06, 0.22))


def c_sea_jargon():
    k = cls("c_sea_jargon", "counterfeit", False, "South-East Asian copy jargon (KW super, grade ori, งานก๊อป, hàng fake, rep 1:1, class A)")
    for b in brands(k, 14):
        mk = pick("id-ID", "id-ID", "ms-MY", "th-TH", "th-TH", "vi-VN", "vi-VN", "en-PH")
        l = lang_of(mk); c = cue(mk); n = name(b)
        title = pick(f"{n} {prod(b)} {c}", f"{c} {n} {noun(b, mk)}", f"{noun(b, mk)} {n} {BR[b][7]} {c}", f"[{c}] {n} {prod(b)} murah" if l == "id" else f"[{c}] {n} {prod(b)}",
                     f"{n} {c} fullset" if l in ("id", "ms") else f"{n} {prod(b)} {c} sale")
        extra = {"id": "Barang ready, kualitas terbaik, bisa COD.", "ms": "Stok ready, kualiti terbaik, pos seluruh Malaysia.", "th": "สินค้าพร้อมส่ง งานสวยเหมือนแท้ เก็บเงินปลายทาง",
                 "vi": "Hàng đẹp như auth, ship COD toàn quốc.", "en": "Class A, ready stock, COD available Metro Manila."}[l]
        L(k, b, mk, title, D(extra, pick("Full box.", "Free dustbag.", ""), pick("Harga grosir." if l == "id" else "", "")), usd=cf(b, 0.05, 0.2))


def c_eu_jargon():
    k = cls("c_eu_jargon", "counterfeit", False, "European copy words (réplique, Nachbildung, replica perfetta, podróbka, namaak, kopia, másolat, replică, ρεπλίκα)")
    for b in brands(k, 14):
        mk = pick("fr-FR", "de-DE", "it-IT", "pl-PL", "nl-NL", "sv-SE", "cs-CZ", "ro-RO", "hu-HU", "el-GR")
        c = cue(mk); n = name(b)
        title = pick(f"{n} {prod(b)} {c}", f"{c} {n} {noun(b, mk)}", f"{noun(b, mk)} {n} {BR[b][7]} ({c})", f"{n} {c} neu" if mk == "de-DE" else f"{n} {c} {prod(b)}")
        EU = {"fr": ("Très bonne qualité.", "Envoi rapide.", "Paiement PayPal."), "de": ("Sehr gute Qualität.", "Versand sofort.", "Nur PayPal Freunde."),
              "it": ("Ottima qualità.", "Spedizione veloce.", "Pagamento PayPal."), "pl": ("Bardzo dobra jakość.", "Wysyłka 24h.", "Płatność BLIK."),
              "nl": ("Goede kwaliteit.", "Snelle verzending.", "Tikkie mogelijk."), "sv": ("Bra kvalitet.", "Skickas direkt.", "Swish."),
              "cs": ("Velmi dobrá kvalita.", "Odeslání ihned.", ""), "ro": ("Calitate foarte bună.", "Livrare rapidă.", "Plata ramburs."),
              "hu": ("Nagyon jó minőség.", "Gyors szállítás.", ""), "el": ("Πολύ καλή ποιότητα.", "Γρήγορη αποστολή.", "")}[lang_of(mk)]
        desc = D(*EU)
        L(k, b, mk, title, desc, usd=cf(b, 0.06, 0.25))


def c_ko_ja_jargon():
    k = cls("c_ko_ja_jargon", "counterfeit", False, "Korean and Japanese copy jargon (레플리카, 미러급, SA급, 정품급, スーパーコピー, N級品)")
    for b in brands(k, 13):
        mk = pick("ko-KR", "ko-KR", "ja-JP", "ja-JP")
        c = cue(mk); n = pick(name(b), TRANSLIT.get(b, {}).get(mk, name(b)))
        if mk == "ko-KR":
            title = pick(f"{n} {prod(b)} {c}", f"{c} {n} {noun(b, mk)} 풀박스", f"{n} {BR[b][7]} {c} 새상품", f"[{c}] {n} 당일발송")
            desc = D("퀄리티 최상, 정품과 비교 불가.", pick("택배비 포함.", "직거래 가능."), pick("문의는 채팅으로.", ""))
        else:
            title = pick(f"{n} {prod(b)} {c}", f"{c} {n} {noun(b, mk)} 新品", f"{n} {BR[b][7]} {c} 箱付き", f"【{c}】{n} 即日発送")
            desc = D("品質最高、正規品と見分けがつきません。", pick("送料無料。", "匿名配送。"), pick("値下げ不可。", ""))
        L(k, b, mk, title, desc, usd=cf(b, 0.05, 0.2))


def c_south_asia_africa_jargon():
    k = cls("c_south_asia_africa_jargon", "counterfeit", False, "first copy / master copy / 7A / China original in India, Pakistan, Bangladesh, Nigeria, Kenya")
    for b in brands(k, 13):
        mk = pick("en-IN", "hi-IN", "ur-PK", "bn-BD", "en-NG", "sw-KE", "en-IN")
        c = pick("first copy", "master copy", "7A", "China original", "AAA copy", "mirror copy", "1st copy", "copy")
        n = pick(name(b), TRANSLIT.get(b, {}).get(mk, name(b)))
        title = pick(f"{n} {prod(b)} {c}", f"{n} {c} {noun(b, mk)}", f"{c} {n} {BR[b][7]} with box", f"{n} {prod(b)} - {c} - COD")
        city = {"en-IN": "Cash on delivery all over India.", "hi-IN": "पूरे भारत में कैश ऑन डिलीवरी।", "ur-PK": "Karachi/Lahore delivery, COD.", "bn-BD": "ঢাকায় ক্যাশ অন ডেলিভারি।",
                "en-NG": "Delivery Lagos/Abuja same day.", "sw-KE": "Nairobi CBD pickup, M-Pesa."}[mk]
        desc = D(city,
                 pick(f"{c} quality, looks 100% real.", "Same to same original.", "Best quality in market."), pick("Wholesale rate for shops.", ""))
        L(k, b, mk, title, desc, usd=cf(b, 0.04, 0.18))


def c_misspell():
    k = cls("c_misspell", "counterfeit", False, "misspelt brand (swapped, doubled, dropped letters) at a copy price, often a cue")
    for b in brands(k, 14):
        mk = gen_mk(["en-US", "en-GB", "es-MX", "de-DE", "en-PH", "id-ID", "pt-BR", "fr-FR"])
        t = R.choice(TYPO[b])
        title = pick(f"{t} {prod(b)}", f"{t} {BR[b][7]} {noun(b, mk)}".strip(), f"New {t} {prod(b)} cheap", f"{t} {prod(b)} {cue(mk)}", f"{t} style {noun(b, mk)} {BR[b][7]}".strip())
        L(k, b, mk, title, D(pick("Great quality.", "Looks just like the real one.", "New."), pick("Fast shipping.", "Limited stock.", "")), usd=cf(b))


def c_homoglyph():
    k = cls("c_homoglyph", "counterfeit", False, "look-alike letters from Cyrillic/Greek inside the mark")
    for b in brands(k, 14):
        mk = gen_mk(["en-US", "de-DE", "ru-RU", "en-GB", "fr-FR", "pl-PL", "tr-TR"])
        n = homoglyph(name(b))
        title = pick(f"{n} {prod(b)}", f"{n} {prod(b)} {cue(mk)}", f"{n} {BR[b][7]} brand new", f"{noun(b, mk)} {n} {BR[b][7]}".strip())
        desc = D(pick(f"{homoglyph(name(b))} quality.", "New condition.", "Box included."), pick("Ships fast.", ""))
        L(k, b, mk, title, desc, usd=cf(b))


def c_separators():
    k = cls("c_separators", "counterfeit", False, "mark broken by dots, dashes, stars, spaces or slashes between letters")
    for b in brands(k, 13):
        mk = gen_mk(["en-US", "es-ES", "it-IT", "en-NG", "vi-VN", "th-TH", "pt-BR"])
        n = spaced(name(b))
        title = pick(f"{n} {prod(b)}", f"{n} {BR[b][7]} {cue(mk)}", f"★ {n} ★ {noun(b, mk)}", f"{n} {prod(b)} new with box")
        L(k, b, mk, title, D(pick("Inbox for more.", "Good quality.", "New."), pick("Cheap price.", "Fast.", "")), usd=cf(b))


def c_leet_accents():
    k = cls("c_leet_accents", "counterfeit", False, "digits and symbols for letters (R0L3X, N!ke, $amsung) or stray accents (Gücci, Rolèx)")
    ACC = {"a": "á", "e": "é", "i": "í", "o": "ö", "u": "ü", "c": "ç", "n": "ñ"}
    for i, b in enumerate(brands(k, 13)):
        mk = gen_mk(["en-US", "en-GB", "es-MX", "fr-FR", "tr-TR", "en-AU", "pt-BR"])
        if i % 2:
            s = name(b); idx = [j for j, ch in enumerate(s) if ch in ACC]
            n = "".join(ACC[ch] if j in idx[:1] + idx[-1:] else ch for j, ch in enumerate(s)) if idx else leet(s)
        else:
            n = leet(name(b))
        title = pick(f"{n} {prod(b)}", f"{n} {BR[b][7]} {cue(mk)}", f"{n} {noun(b, mk)} new".strip(), f"{n} - {prod(b)} - best price")
        L(k, b, mk, title, D("New.", pick("Great copy.", "Excellent quality.", "Top."), pick("DM for more.", "")), usd=cf(b))


def c_model_only():
    k = cls("c_model_only", "counterfeit", False, "only the registered model number (sometimes look-alike characters), generic words, a copy price")
    FIX = str.maketrans({"0": "O", "1": "l", "5": "S"})
    for i, b in enumerate(brands(k, 14)):
        mk = gen_mk(["en-CN", "en-US", "zh-CN", "ru-RU", "de-DE", "id-ID", "es-MX"])
        m = BR[b][4]
        if i % 3 == 0:
            m = m.translate(FIX) if any(c in m for c in "015") else m.replace("-", "")
        elif i % 3 == 1:
            m = m.replace("-", " ").replace(".", " ")
        gen = {"watch": "men's automatic diver watch", "bag": "women's leather shoulder bag", "sneakers": "retro basketball shoes",
               "jacket": "winter down jacket", "headphones": "wireless ANC headphones", "earbuds": "TWS earbuds ANC"}.get(BR[b][2], "item")
        title = pick(f"{m} {gen}", f"{gen} {m}", f"{m} {pick('new', 'hot sale', 'wholesale', '2026')} {gen}", f"{m} {gen} {cue(mk)}")
        L(k, b, mk, title, D(pick(f"Model {m}.", "Same as picture.", "High quality."), pick("Factory price.", "Free shipping.", "")), usd=cf(b), cat=pick(BR[b][1], None))


IMG = {"canada-goose": ["cbb78d4be270384c"], "nike": ["b8c68dcbda24c33a", "b3cac5ad1ce0b11d"], "adidas": ["fa95ca6a3198e692"],
       "louis-vuitton": ["b6cfc1308f278f30", "eec49512582fc46f"], "gucci": ["eb94b4618c6b69ca"], "bose": ["fb93c04c8c3b9363", "bec2893dc3893cc6"],
       "samsung": ["f8819ddc674ac067"], "apple": ["a86fc7c0903d3d0f"], "honda": ["bf91e4d058ef2416"], "michelin": ["ed2d366ad1d0c896"],
       "mars": ["be3bc1c49197f860"], "loreal": ["ea5a91338e8d674c"], "lego": ["f2da9c3423b8ce23"], "adobe": ["acf0979fc6018d63"],
       "pfizer": ["a7f0d80fcd397016"], "dyson": ["cae49d99b2b38534", "b991d027cee20f59"], "the-north-face": ["f134c6cf999c8919"],
       "rolex": ["e9ccb3cab422ce2c", "cb2db6c15b1634c9"]}


def flip(h, bits):
    v = int(h, 16)
    for b in R.sample(range(64), bits):
        v ^= 1 << b
    return f"{v:016x}"


def c_image_only():
    k = cls("c_image_only", "counterfeit", False, "no mark in the text: the brand's logo or product photo (near-identical pHash) in the images, generic title, copy price")
    bs = list(IMG)
    R.shuffle(bs)
    for b in bs[:14]:
        mk = gen_mk(["en-US", "zh-CN", "en-CN", "es-MX", "pt-BR", "ru-RU", "fr-FR"])
        gen = {"watch": "luxury men's watch", "bag": "designer style tote", "sneakers": "casual sneakers unisex", "jacket": "winter parka coat",
               "headphones": "bluetooth headset", "earbuds": "wireless earbuds", "phone": "smartphone 12GB 512GB", "part": "car part",
               "tire": "performance tyre", "food": "chocolate bars box", "beauty": "face serum", "toy": "building blocks", "software": "design software lifetime",
               "pills": "blue tablets 100mg", "appliance": "hair styler 5 in 1"}.get(BR[b][2], "product")
        imgs = [{"url": f"https://img.{pick('cdn', 'static', 'pics')}.example/{R.randint(10**8, 10**9)}.jpg", "phash": flip(R.choice(IMG[b]), R.choice([0, 1, 2, 3]))}]
        if R.random() < 0.5:
            imgs.append({"url": f"https://img.cdn.example/{R.randint(10**8, 10**9)}.jpg"})
        title = pick(gen, f"{gen} {pick('hot', 'new', '2026', 'top')}", f"{pick('Premium', 'Best')} {gen} see photos", f"{gen} - as pictured")
        L(k, b, mk, title, D(pick("Exactly as in the photos.", "See pictures for logo.", "Real photos."), pick("Cheap.", "Fast ship.", "")),
          usd=cf(b), images=imgs, cat=pick(BR[b][1], None))


def c_off_platform():
    k = cls("c_off_platform", "counterfeit", False, "brand plus a push to WhatsApp/Telegram/WeChat/Instagram for the 'real' catalogue or price")
    for b in brands(k, 14):
        mk = gen_mk(["en-US", "en-NG", "ar-AE", "es-MX", "pt-BR", "id-ID", "zh-CN", "ru-RU", "tr-TR", "en-GB"])
        n = name(b)
        ch = pick("WhatsApp +234 80 1234 5678", "Telegram @luxe_vault", "WeChat: lux8899", "IG @the.reps.corner", "wa.me/971500000000", "TG: t.me/topgrade_store",
                  "VX: aaa_factory", "Line ID: brandhouse", "snap: kicksplug22")
        title = pick(f"{n} {prod(b)} — msg for price", f"{n} {BR[b][7]} DM {ch}", f"{n} all models available, contact {ch}", f"{n} {prod(b)} real pics on {ch.split()[0]}")
        desc = D(f"More models & real price: {ch}.", pick("Don't buy here, platform takes fees.", "Price on listing is for deposit only.", "Catalogue on request."),
                 pick("Same quality as store.", "Top version.", ""))
        L(k, b, mk, title, desc, usd=pick(cf(b), 1.0, 0.01 * BR[b][5] + 1), price=pick("auto", "auto", None))


def c_desc_only():
    k = cls("c_desc_only", "counterfeit", False, "generic title; the brand and the copy are named only in the description")
    for b in brands(k, 14):
        mk = gen_mk(["en-US", "en-GB", "de-DE", "es-ES", "fr-FR", "zh-CN", "ru-RU", "pt-BR"])
        gen = {"watch": "Automatic watch", "bag": "Ladies handbag", "sneakers": "Sneakers size 42", "jacket": "Down jacket", "headphones": "Headphones",
               "earbuds": "Earbuds", "phone": "Smartphone"}.get(BR[b][2], pick("Item as described", "Great deal", "Gift idea"))
        title = pick(gen, f"{gen} - read description", f"{gen} new", f"{gen} {BR[b][7]}")
        desc = D(f"{pick('Design', 'Style', 'Same as')} {name(b)} {prod(b)}.", pick(f"{cue(mk)}.", "Not original, very good copy.", "Mirror quality."),
                 pick("Size runs true.", "Colour as photo.", ""), k=R.randint(2, 3))
        L(k, b, mk, title, desc, usd=cf(b), cat=pick(BR[b][1], "other"))


def c_fake_authentic_claim():
    k = cls("c_fake_authentic_claim", "counterfeit", False, "'100 % original, legit, with receipt' at a price no genuine item sells for")
    for b in brands(k, 14):
        mk = gen_mk(["en-US", "en-GB", "es-MX", "pt-BR", "it-IT", "de-DE", "en-NG", "ar-AE", "zh-CN", "ja-JP"])
        n = name(b)
        cl = {"en": pick("100% authentic", "legit guaranteed", "original, not fake", "genuine with receipt"), "es": "100% original", "pt": "original com nota",
              "it": "originale al 100%", "de": "100% original", "ar": "أصلي 100%", "zh": "正品保证 假一赔十", "ja": "正規品 本物保証"}[lang_of(mk)]
        title = pick(f"{n} {prod(b)} {cl}", f"{cl} {n} {prod(b)}", f"{n} {BR[b][7]} {noun(b, mk)} {cl}".strip(), f"{n} {prod(b)} - {cl} - sale")
        L(k, b, mk, title, D(cl, pick("Receipt & box.", "Serial number included.", "Bought in Paris."), pick("Urgent sale.", "")), usd=cf(b, 0.03, 0.12))


def c_cover_story():
    k = cls("c_cover_story", "counterfeit", False, "a story for the price of new goods: customs seizure, factory overrun, staff sale, closing down, unwanted gift")
    for b in brands(k, 14):
        mk = gen_mk(["en-US", "en-GB", "en-AU", "de-DE", "fr-FR", "es-ES", "zh-CN", "ru-RU", "pl-PL", "it-IT"])
        st = {"en": pick("customs seized stock", "factory overrun", "staff sale", "store closing down 85% off", "unwanted gift, still sealed", "warehouse clearance"),
              "de": pick("Zollrestposten", "Fabrik-Überproduktion", "Lagerräumung"), "fr": pick("surplus d'usine", "déstockage", "saisie en douane"),
              "es": pick("excedente de fábrica", "liquidación por cierre"), "zh": pick("工厂尾单", "海关罚没", "内部员工价", "清仓"),
              "ru": pick("остатки с таможни", "распродажа склада"), "pl": pick("nadwyżka z fabryki", "likwidacja sklepu"), "it": pick("stock di fabbrica", "svuotatutto")}[lang_of(mk)]
        n = name(b)
        title = pick(f"{n} {prod(b)} - {st}", f"{st}: {n} {prod(b)}", f"{n} {BR[b][7]} {noun(b, mk)} {st}".strip(), f"{n} new {st}")
        L(k, b, mk, title, D(st, pick("Brand new.", "Sealed.", "All sizes."), pick("Cash only.", "Many pieces.", "")), usd=cf(b, 0.06, 0.2))


def c_wholesale_b2b():
    k = cls("c_wholesale_b2b", "counterfeit", False, "B2B lots: MOQ, FOB, per-piece price for branded goods shipped by the dozen")
    for b in brands(k, 14):
        mk = pick("en-CN", "en-CN", "en-CN", "zh-CN", "tr-TR", "ar-AE")
        moq = pick(10, 20, 50, 100, 500, 1000)
        title = pick(f"Wholesale {name(b)} {prod(b)} MOQ {moq}", f"{name(b)} {prod(b)} factory direct {moq}pcs", f"Hot sale {name(b)} {BR[b][7]} bulk lot",
                     f"{moq} pcs lot {name(b)} {prod(b)} FOB Guangzhou", f"批发 {BR[b][6]} {prod(b)} {moq}件起")
        L(k, b, mk, title, D(f"MOQ: {moq} pieces.", pick("FOB Shenzhen/Guangzhou.", "DDP door to door.", "Sample available."), pick("Logo as original.", "OEM/ODM.", "")),
          usd=cf(b, 0.02, 0.1))


def c_cracked_software():
    k = cls("c_cracked_software", "counterfeit", False, "software licences: lifetime/cracked/activator keys at a few dollars")
    pool = ["adobe", "microsoft", "autodesk", "adobe", "microsoft", "autodesk", "adobe", "microsoft", "autodesk", "adobe", "microsoft", "nintendo", "autodesk"]
    for b in pool:
        mk = gen_mk(["en-US", "en-GB", "de-DE", "ru-RU", "zh-CN", "es-MX", "pt-BR", "tr-TR", "id-ID", "vi-VN"])
        p = {"adobe": pick("Photoshop 2025", "Adobe Creative Cloud 2025", "Acrobat Pro DC", "Premiere Pro 2025", "Illustrator 2025", "Lightroom Classic"),
             "microsoft": pick("Windows 11 Pro", "Office 2021 Pro Plus", "Microsoft 365 lifetime", "Windows 10 Pro key", "Office 2024 LTSC"),
             "autodesk": pick("AutoCAD 2025", "Revit 2025", "3ds Max 2025", "Maya 2025", "AutoCAD LT"),
             "nintendo": pick("Nintendo Switch 2000 games SD card", "Nintendo Switch modded + 64GB games")}[b]
        t = pick("lifetime activation", "full version, pre-activated", "1 PC key instant delivery", "retail key", "with crack & keygen", "portable, no subscription",
                 "KMS activator included", "multilanguage Win/Mac")
        L(k, b, mk, pick(f"{p} {t}", f"{t} {p}", f"{p} - {t} - email delivery"), D(pick("Delivered by email in 5 minutes.", "Download link + key.", "Works offline."),
          pick("Lifetime updates.", "100% working.", "")), usd=R.uniform(1.5, 12), cat=pick("software licenses", "software", "digital goods"))


def c_pharma_no_rx():
    k = cls("c_pharma_no_rx", "counterfeit", False, "prescription medicines and medical devices without prescription, discreet shipping, far below the price")
    specs = [("pfizer", "Viagra 100mg", "prescription drugs"), ("pfizer", "Lipitor 20mg", "prescription drugs"), ("pfizer", "Paxlovid", "prescription drugs"),
             ("pfizer", "Viagra Super Active", "prescription drugs"), ("bayer", "Xarelto 20mg", "prescription drugs"), ("abbott", "FreeStyle Libre 2 sensor", "medical devices"),
             ("pfizer", "Champix 1mg", "prescription drugs"), ("johnson-johnson", "Tylenol with codeine", "otc"), ("pfizer", "伟哥 万艾可", "prescription drugs"),
             ("bayer", "Xarelto 15mg", "prescription drugs"), ("abbott", "FreeStyle Libre 3", "medical devices"), ("pfizer", "Eliquis 5mg", "prescription drugs"), ("pfizer", "Viagra 50mg", "prescription drugs")]
    for b, p, c in specs:
        mk = gen_mk(["en-US", "en-GB", "de-DE", "zh-CN", "en-IN", "fr-FR", "ru-RU", "ar-EG", "th-TH"])
        q = pick(10, 20, 30, 60, 100)
        title = pick(f"{p} x{q} no prescription", f"{p} {q} tabs discreet shipping", f"Buy {p} online without Rx - {q} pills", f"{p} {q} pcs, overnight, no doctor needed")
        L(k, b, mk, title, D(pick("No prescription required.", "Discreet packaging.", "Generic from India, same as brand."), pick("Bitcoin accepted.", "Fast EMS.", "")),
          usd=R.uniform(12, 60), cat=c)


def c_translit_script():
    k = cls("c_translit_script", "counterfeit", False, "the brand as another script writes it (Ролекс, رولكس, ロレックス, 롤렉스, โรเล็กซ์), with a cue or copy price")
    opts = [(b, mk) for b, d in TRANSLIT.items() for mk in d]
    R.shuffle(opts)
    seen = set(); chosen = []
    for b, mk in opts:
        if b in seen and len(chosen) < 10:
            continue
        seen.add(b); chosen.append((b, mk))
        if len(chosen) == 14:
            break
    for b, mk in chosen:
        t = TRANSLIT[b][mk]
        title = pick(f"{t} {prod(b)} {noun(b, mk)} {cue(mk)}", f"{t} {BR[b][7]} {noun(b, mk)} {prod(b)}", f"{cue(mk)} {t} {prod(b)}", f"{t} {noun(b, mk) or prod(b)} {BR[b][7]}")
        L(k, b, mk, title, D(pick(cue(mk), ""), pick("📦", "✅", "")), usd=cf(b))


ZHNICK = [("rolex", "绿水鬼"), ("rolex", "黑水鬼"), ("canada-goose", "大鹅"), ("adidas", "椰子350"), ("nike", "倒钩"), ("omega", "海马300"), ("estee-lauder", "小棕瓶"),
          ("loreal", "小黑瓶"), ("cartier", "蓝气球"), ("cartier", "钉子手镯"), ("sony", "降噪豆"), ("louis-vuitton", "驴包"), ("mars", "德芙"), ("yonex", "天斧"),
          ("michael-kors", "MK包"), ("bose", "大鲨")]


def c_zh_nickname():
    k = cls("c_zh_nickname", "counterfeit", False, "Chinese community nicknames (绿水鬼, 大鹅, 椰子, 小棕瓶, 蓝气球) with copy talk")
    for b, nk in R.sample(ZHNICK, 14):
        mk = pick("zh-CN", "zh-CN", "zh-TW", "zh-HK")
        c = R.choice(CUE["zh"])
        title = pick(f"{nk} {c} 顶级版本", f"{c}{nk} 细节对比", f"{nk} 同款 {c} 包邮", f"爆款{nk} {c}")
        L(k, b, mk, title, D(pick("懂的来", "做工细节看图", "支持验货"), pick("包邮", "量大优惠", "")), usd=cf(b))


def c_miscategorised():
    k = cls("c_miscategorised", "counterfeit", False, "branded copy filed in an unrelated category (stickers, garden, books) to dodge category filters")
    cats = ["Collectibles > Stickers", "Home & Garden > Planters", "Books > Other", "Toys > Puzzles", "Crafts > Fabric", "Pet supplies", "Office supplies",
            "Baby > Bibs", "Health > Massage", "Tools > Hardware", "Music > Accessories", "Art > Prints"]
    for b in brands(k, 13):
        mk = gen_mk(["en-US", "en-GB", "de-DE", "fr-FR", "es-ES", "it-IT", "pl-PL"])
        title = pick(f"{name(b)} {prod(b)} {cue(mk)}", f"{name(b)} {BR[b][7]} {noun(b, mk) or prod(b)} new", f"{name(b)} {prod(b)} + box")
        L(k, b, mk, title, D(pick("Listed here because of fees.", "Ignore category.", ""), pick("New.", "Very good copy.", "Cheap.")), usd=cf(b), cat=R.choice(cats))


def c_fake_oem_parts():
    k = cls("c_fake_oem_parts", "counterfeit", False, "parts and consumables claimed 'genuine OEM' with the part number at a fraction of the part's price")
    parts = [("honda", "Honda genuine oil filter 15400-PLM-A02", 7, "auto parts"), ("toyota", "Toyota OEM oil filter 90915-YZZD1 x10", 60, "auto parts"),
             ("bmw", "BMW original brake disc 34116860016", 105, "auto parts"), ("apple", "Apple original 20W USB-C charger MHJA3", 19, "chargers"),
             ("samsung", "Samsung original 25W charger EP-T2510", 18, "chargers"), ("canon", "Canon genuine LP-E6NH battery", 64, "cameras"),
             ("canon", "Canon original ink PG-545", 13, "ink"), ("gillette", "Gillette Fusion5 ProGlide original blades 16 pack", 45, "razor blades"),
             ("shell", "Shell Helix Ultra 5W-40 4L original", 42, "motor oil"), ("michelin", "Michelin Primacy 4+ 205/55R16 new", 110, "tires"),
             ("philips", "Philips Sonicare original brush heads 8 pack", 45, "electric toothbrushes"), ("dyson", "Dyson V11 original battery", 90, "vacuum cleaners"),
             ("honda", "Honda EU2200i original carburetor", 60, "generators"), ("toyota", "Toyota genuine brake pads 04465-02220", 60, "auto parts")]
    for b, t, usd, c in parts:
        mk = gen_mk(["en-US", "en-CN", "de-DE", "zh-CN", "en-NG", "ar-AE", "es-MX", "pt-BR"])
        title = pick(t, f"{t} - wholesale", f"{t} {pick('100% OEM', 'genuine part', 'original quality')}", f"{pick('2x', '4 pcs', 'lot of 10')} {t}")
        L(k, b, mk, title, D(pick("OEM quality.", "Original part.", "Same as dealer."), pick("Bulk price.", "")), usd=usd * R.uniform(0.08, 0.25), cat=c)


def c_invisible_chars():
    k = cls("c_invisible_chars", "counterfeit", False, "zero-width spaces, soft hyphens or joiners hidden inside the mark")
    ZW = ["\u200b", "\u200c", "\u200d", "\u00ad", "\u2060", "\ufeff"]
    for b in brands(k, 13):
        mk = gen_mk(["en-US", "en-GB", "de-DE", "fr-FR", "es-MX", "pt-BR"])
        s = name(b); i = R.randint(1, len(s) - 1)
        n = s[:i] + R.choice(ZW) + s[i:]
        title = pick(f"{n} {prod(b)}", f"{n} {prod(b)} {cue(mk)}", f"{n} {BR[b][7]} new", f"New {n} {noun(b, mk) or prod(b)}")
        L(k, b, mk, title, D("New.", pick("Cheap.", "Fast shipping.", "")), usd=cf(b))



def c_line_only():
    k = cls("c_line_only", "counterfeit", False, "only the product line or registered line name (Submariner, Neverfull, Airwrap, Nuptse) with a cue or copy price")
    LN = {"rolex": ["Submariner Date", "GMT-Master II Pepsi", "Daytona Panda", "Datejust 41"], "louis-vuitton": ["Neverfull MM", "Speedy 30 Bandoulière", "Keepall 45"],
          "dyson": ["Airwrap Complete Long", "Supersonic HD08"], "the-north-face": ["Nuptse 1996", "Himalayan Parka"], "omega": ["Speedmaster Moonwatch", "Seamaster 300M"],
          "apple": ["AirPods Pro 2", "iPhone 15 Pro Max"], "nike": ["Air Jordan 1 Chicago", "Air Force 1 '07"], "adidas": ["Yeezy 350 V2", "Ultraboost Light"],
          "gucci": ["GG Marmont", "Ophidia tote"], "cartier": ["Juste un Clou", "Santos de Cartier"], "canada-goose": ["Expedition Parka", "Langford Parka"],
          "samsung": ["Galaxy S24 Ultra", "Galaxy Buds2 Pro"], "bose": ["QuietComfort Ultra", "SoundLink Flex"], "sony": ["PlayStation 5 Slim", "DualSense Edge"],
          "estee-lauder": ["Advanced Night Repair", "Double Wear"], "lego": ["UCS Millennium Falcon", "Technic Sian"]}
    bs = R.sample(list(LN), 14)
    for b in bs:
        mk = gen_mk(["en-US", "en-GB", "en-CN", "de-DE", "es-MX", "fr-FR", "id-ID", "pt-BR"])
        ln = R.choice(LN[b])
        title = pick(f"{ln} {cue(mk)}", f"{ln} {pick('new', 'full set', 'with box')}", f"{cue(mk)} {ln} best version", f"{ln} - {noun(b, mk) or 'item'} - cheap")
        L(k, b, mk, title, D(pick("Top quality.", "Full set.", "As pictured."), pick("Fast ship.", "")), usd=cf(b))


def c_fake_condition():
    k = cls("c_fake_condition", "counterfeit", False, "'used', 'open box' or 'refurbished' used as cover at a price even a used genuine item never reaches")
    for b in brands(k, 13, [x for x in ALL if BR[x][2] not in ("pills", "food", "drink", "formula", "software", "blades", "oil", "device", "part")]):
        mk = gen_mk(["en-US", "en-GB", "de-DE", "fr-FR", "ja-JP", "ru-RU", "pl-PL", "es-ES", "zh-CN"])
        cond = {"en": pick("used once", "open box", "refurbished", "pre-owned, like new"), "de": pick("gebraucht", "wie neu"), "fr": pick("d'occasion", "comme neuf"),
                "ja": pick("中古", "未使用に近い"), "ru": "б/у", "pl": "używany", "es": "usado", "zh": pick("二手", "9成新")}[lang_of(mk)]
        title = pick(f"{name(b)} {prod(b)} {cond}", f"{cond} {name(b)} {prod(b)}", f"{name(b)} {BR[b][7]} {noun(b, mk) or prod(b)} ({cond})")
        L(k, b, mk, title, D(pick("Works perfectly.", "Barely used.", "Selling because I moved."), pick("No box.", "With box.", "")), usd=BR[b][5] * R.uniform(0.02, 0.09))


# ================================================================================ COUNTERFEIT, novel (*)
MATH = {"bold": (0x1D400, 0x1D41A), "italic": (0x1D434, 0x1D44E), "script": (0x1D4D0, 0x1D4EA), "double": (0x1D538, 0x1D552), "mono": (0x1D670, 0x1D68A),
        "sans": (0x1D5A0, 0x1D5BA), "circled": (0x24B6, 0x24D0), "squared": (0x1F130, 0x1F130), "negsq": (0x1F170, 0x1F170)}


def fancy(s, style):
    up, lo = MATH[style]
    out = []
    for ch in s:
        if "A" <= ch <= "Z":
            out.append(chr(up + ord(ch) - 65))
        elif "a" <= ch <= "z":
            out.append(chr(lo + ord(ch) - 97) if style not in ("squared", "negsq") else chr(up + ord(ch) - 97))
        else:
            out.append(ch)
    return "".join(out)


def c_fancy_unicode():
    k = cls("c_fancy_unicode", "counterfeit", True, "the mark in mathematical bold/script/double-struck, circled or squared letters, or emoji letters (🅾️, ❌)")
    for b in brands(k, 13):
        mk = gen_mk(["en-US", "en-GB", "en-PH", "id-ID", "es-MX", "pt-BR", "th-TH"])
        st = R.choice(list(MATH))
        n = fancy(name(b), st)
        if R.random() < 0.3:
            n = name(b).replace("o", "🅾️", 1).replace("O", "🅾️", 1).replace("x", "❌").replace("X", "❌")
            if n == name(b):
                n = fancy(name(b), "bold")
        title = pick(f"{n} {prod(b)}", f"✨{n}✨ {BR[b][7]} {cue(mk)}", f"{n} {noun(b, mk) or prod(b)} 🔥", f"{n} {prod(b)} new")
        L(k, b, mk, title, D(pick("🔥 hot", "DM 📩", "Limited"), pick("Premium.", "")), usd=cf(b))


FLIP = dict(zip("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ", "ɐqɔpǝɟƃɥᴉɾʞlɯuodbɹsʇnʌʍxʎz∀ꓭƆꓷƎℲ⅁HIſꓘ⅂WNOԀꝹꓤSꓕ∩ɅMX⅄Z"))


def c_upside_down_reversed():
    k = cls("c_upside_down_reversed", "counterfeit", True, "the mark written upside down (ǝɔᴉʇ) or backwards (XELOR, 'read it backwards')")
    for i, b in enumerate(brands(k, 11)):
        mk = gen_mk(["en-US", "en-GB", "en-AU", "es-MX", "pt-BR"])
        s = name(b)
        if i % 2:
            n = "".join(FLIP.get(c, c) for c in reversed(s)); hint = pick("(flip your phone 🙃)", "🙃", "")
        else:
            n = s[::-1].upper() if R.random() < 0.5 else s[::-1]; hint = pick("(read backwards 😉)", "read it backwards", "🔄")
        title = pick(f"{n} {prod(b)} {hint}", f"{hint} {n} {BR[b][7]}", f"{n} {noun(b, mk) or prod(b)} {cue(mk)}")
        L(k, b, mk, title, D(pick("You know the brand.", "Same quality.", "New."), hint), usd=cf(b))


PARTIAL = [("louis-vuitton", "Vuitton"), ("louis-vuitton", "Louis V."), ("michael-kors", "Kors"), ("estee-lauder", "Lauder"), ("canada-goose", "Goose parka"),
           ("the-north-face", "N. Face"), ("ferrero", "Rocher"), ("levis", "Strauss 501"), ("coca-cola", "Cola (the red one)"), ("johnson-johnson", "J&J"),
           ("the-north-face", "NorthFace"), ("canada-goose", "Canada G."), ("estee-lauder", "E. Lauder"), ("michael-kors", "M. Kors")]


def c_partial_mark():
    k = cls("c_partial_mark", "counterfeit", True, "only part of a multi-word mark (Vuitton, Kors, Lauder, Goose, Rocher, N. Face) with the product and a copy price")
    for b, p in R.sample(PARTIAL, 12):
        mk = gen_mk(["en-US", "en-GB", "fr-FR", "de-DE", "es-ES", "it-IT", "pl-PL"])
        title = pick(f"{p} {prod(b)}", f"{p} {BR[b][7]} {noun(b, mk) or prod(b)}", f"{p} {prod(b)} {cue(mk)}", f"new {p} {prod(b)} sale")
        L(k, b, mk, title, D(pick("Great quality.", "Never used.", "Inspired."), pick("Cheap.", "")), usd=cf(b))


SLANG = [("rolex", "Rollie", "iced out"), ("rolex", "RLX", "Sub green"), ("cartier", "Buffs", "glasses wood"), ("cartier", "Carti", "screw bracelet"),
         ("louis-vuitton", "Louie", "duffle"), ("louis-vuitton", "LV", "belt 1:1"), ("nike", "Uptowns", "all white"), ("nike", "Js", "4 Black Cat"),
         ("nike", "Forces", "triple white"), ("apple", "Pods", "Pro 2 with case"), ("adidas", "Yeezys", "350 zebra"), ("canada-goose", "CG", "expedition black"),
         ("omega", "Speedy", "Moonwatch hesalite"), ("michael-kors", "MK", "tote signature"), ("the-north-face", "TNF", "puffer 700")]


def c_slang_names():
    k = cls("c_slang_names", "counterfeit", True, "street slang for the brand or product (Rollie, Buffs, Louie, Uptowns, Js, Pods, Yeezys) with a cue or copy price")
    for b, s, p in R.sample(SLANG, 13):
        mk = gen_mk(["en-US", "en-US", "en-GB", "en-AU", "en-NG"])
        title = pick(f"{s} {p}", f"{s} {p} {pick('reps', '1:1', 'UA', 'best batch')}", f"{pick('Fresh', 'Clean', 'Cheap')} {s} {p}", f"{s} {p} - {pick('ship today', 'dm', 'cash only')}")
        L(k, b, mk, title, D(pick("Look real af.", "Nobody can tell.", "Top tier."), pick("CashApp/Zelle.", "Meetup downtown.", "")), usd=cf(b), cat=pick(BR[b][1], None))


def c_rep_community():
    k = cls("c_rep_community", "counterfeit", True, "replica-community jargon: batches (LJR, PK, GX), QC pics, W2C, GL/RL, agent links (weidian, yupoo, Pandabuy)")
    REP = [("nike", "Jordan 4 Black Cat"), ("nike", "AJ1 Chicago Lost & Found"), ("nike", "Dunk Low Panda"), ("adidas", "Yeezy 350 Bone"), ("adidas", "Samba OG"),
           ("canada-goose", "Expedition parka"), ("the-north-face", "1996 Nuptse"), ("louis-vuitton", "Keepall 45"), ("rolex", "Sub 126610LN"), ("omega", "Seamaster 300"),
           ("gucci", "Marmont small"), ("apple", "AirPods Pro 2"), ("burberry", "check scarf"), ("cartier", "Love bracelet")]
    for b, p in R.sample(REP, 13):
        mk = gen_mk(["en-US", "en-GB", "en-CN", "en-AU", "de-DE", "fr-FR"])
        batch = pick("LJR batch", "PK 4.0 batch", "GX batch", "OG batch", "M batch", "Clean Factory", "VSF", "ZF", "budget batch", "top batch")
        title = pick(f"{p} {batch} QC pics available", f"{p} — {batch}, GL", f"W2C answered: {p} {batch}", f"{batch} {p} in hand", f"{p} {batch} + receipt, RL avoided")
        desc = D(pick("QC pics on request.", "Bought via agent, shipping from Dongguan.", "weidian.com/item?id=" + str(R.randint(10**9, 10**10)),
                      "yupoo album in bio", "Pandabuy spreadsheet link in profile", "CNFans haul leftovers"), pick("GL all round.", "Sizing TTS.", "Minor glue stains."),
                 pick("Paid 68 + shipping.", "Firm price.", ""))
        L(k, b, mk, title, desc, usd=cf(b, 0.03, 0.15), cat=pick(BR[b][1], None))


def c_origin_jargon():
    k = cls("c_origin_jargon", "counterfeit", True, "a copy named by where copies come from: 莆田, Putian, Dubai copy, Turkish original, Thai grade, VNXK, Guangzhou quality")
    ORI = [("zh-CN", "莆田纯原"), ("zh-CN", "莆田货"), ("en-CN", "Putian factory"), ("ar-AE", "Dubai copy"), ("en-NG", "Turkey original"), ("tr-TR", "Türkiye üretimi orijinal kalıp"),
           ("th-TH", "งานไทย เกรดA"), ("vi-VN", "hàng VNXK"), ("vi-VN", "Quảng Châu loại 1"), ("en-IN", "Dubai import first copy"), ("sw-KE", "Turkey original"),
           ("ru-RU", "Турция люкс"), ("en-PH", "Guangzhou quality"), ("es-MX", "calidad Guangzhou"), ("pt-BR", "importado Paraguai")]
    for (mk, o), b in zip(R.sample(ORI, 13), brands(k, 13, [x for x in ALL if BR[x][2] not in ("pills", "food", "drink", "formula", "software", "blades", "oil", "device", "part")])):
        title = pick(f"{name(b)} {prod(b)} {o}", f"{o} {name(b)} {noun(b, mk) or prod(b)}", f"{name(b)} {BR[b][7]} ({o})")
        L(k, b, mk, title, D(pick(o, ""), pick("Best quality available.", "Wholesale & retail.", "")), usd=cf(b, 0.06, 0.3))


def c_free_gift_bundle():
    k = cls("c_free_gift_bundle", "counterfeit", True, "a cheap item for sale and the branded copy 'free' with it (buy the keychain, get the watch)")
    for b in brands(k, 12, [x for x in ALL if BR[x][2] not in ("pills", "food", "drink", "formula", "software", "blades", "oil", "device", "part")]):
        mk = gen_mk(["en-US", "en-GB", "en-NG", "en-PH", "es-MX", "pt-BR", "id-ID"])
        item = pick("keychain", "phone sticker", "gift wrap", "dust bag", "shoelaces", "photo print", "box only", "watch winder cushion", "phone stand")
        title = pick(f"{item.title()} + FREE {name(b)} {prod(b)}", f"Buy 1 {item} get {name(b)} {prod(b)} free", f"{item} (comes with {name(b)} {BR[b][7]} as gift)",
                     f"FREE {name(b)} with every {item} purchase")
        L(k, b, mk, title, D(f"You are paying for the {item}.", f"The {name(b)} is a free gift.", pick("No returns on gifts.", "")), usd=R.uniform(15, 60) if BR[b][5] > 100 else R.uniform(2, 6),
          cat=pick("Other", "Collectibles", None))


def c_branded_materials():
    k = cls("c_branded_materials", "counterfeit", True, "materials to make copies: monogram fabric by the yard, logo hardware, buckles, zipper pulls, woven labels, logo dies")
    MAT = [("louis-vuitton", "Louis Vuitton monogram canvas fabric by the yard"), ("gucci", "GG Supreme canvas leather 1m x 1.4m"), ("burberry", "Burberry check fabric roll 10 m"),
           ("gucci", "Gucci horsebit buckle hardware 10 pcs"), ("louis-vuitton", "LV logo zipper pulls x20"), ("nike", "Nike swoosh embroidered patches 100 pcs"),
           ("adidas", "Adidas trefoil heat transfer labels 500 pcs"), ("rolex", "Rolex crown dial + hands set for NH35 mod"), ("michael-kors", "MK logo metal plates 50 pcs"),
           ("the-north-face", "The North Face woven labels x200"), ("canada-goose", "Canada Goose disc patch badges 50"), ("coach", "Coach hangtags and creed patches 100 sets"),
           ("cartier", "Cartier screw bracelet moulds"), ("levis", "Levi's red tab labels + leather patches 300")]
    for b, t in R.sample(MAT, 13):
        mk = gen_mk(["en-CN", "en-CN", "zh-CN", "en-US", "tr-TR", "id-ID"])
        title = pick(t, f"{t} - wholesale", f"DIY {t}", f"{t} for bag making" if BR[b][2] == "bag" else f"{t} custom")
        L(k, b, mk, title, D(pick("For DIY and small workshops.", "Same as original.", "Bulk discount."), pick("Ships from Guangzhou.", "")), usd=R.uniform(8, 90),
          cat=pick("Crafts > Fabric", "Sewing supplies", "Jewelry making", "Watch parts", BR[b][1]))


def c_variant_names():
    k = cls("c_variant_names", "counterfeit", True, "generic title and description; the brand only in the variant/option attributes (Style, Colour, Option)")
    for b in brands(k, 13):
        mk = gen_mk(["en-US", "en-CN", "en-GB", "es-MX", "pt-BR", "id-ID", "th-TH"])
        gen = {"watch": "Men's automatic watch", "bag": "Women's tote bag", "sneakers": "Unisex sneakers", "jacket": "Winter puffer jacket", "headphones": "Wireless headphones",
               "earbuds": "Wireless earbuds", "jewelry": "Bracelet for women", "part": "Brake pads, choose your car", "tire": "Summer tyre 18 inch",
               "oil": "Engine oil 4L", "beauty": "Face serum 50ml", "toy": "Kids toy, many models", "appliance": "Personal care appliance", "software": "Software licence",
               "pills": "Health tablets", "phone": "Smartphone 5G", "camera": "Mirrorless camera body", "sport": "Sports equipment, pick model", "tool": "Cordless drill 12V",
               "console": "Handheld game console", "scarf": "Cashmere scarf", "jeans": "Men's straight jeans", "food": "Snack box", "drink": "Soft drink pack",
               "formula": "Baby milk powder 800g", "device": "Glucose sensor", "blades": "Razor cartridges"}.get(BR[b][2], "Multi-option listing")
        key = pick("Style", "Colour", "Option", "Variant", "Model style", "Color")
        v = pick(f"{name(b)} {prod(b)}", f"{name(b)} {BR[b][7]}", f"{BR[b][7]} {name(b)} style", f"{prod(b)} ({name(b)})")
        attrs = {key: v, "Size": pick("M", "42", "One size", "L")}
        L(k, b, mk, pick(gen, f"{gen} - many styles", f"{gen} choose your style"), D("Select the style you want.", pick("All in stock.", "")), usd=cf(b), attrs=attrs,
          cat=pick(BR[b][1], None))


def c_pill_imprint():
    k = cls("c_pill_imprint", "counterfeit", True, "pills named only by the genuine tablet's imprint code and look (blue diamond VGR100, PD 156), no prescription")
    IMP = [("pfizer", "blue diamond pills VGR100", 1600), ("pfizer", "VGR 50 blue tabs", 1200), ("pfizer", "PD 156 white oval tablets", 350), ("pfizer", "PD 157 tabs", 350),
           ("pfizer", "'Pfizer' VGR100 imprint, 10 tabs", 550), ("pfizer", "blue pill 100 imprint VGR", 1600), ("bayer", "Xa 20 triangle red tablets", 500),
           ("pfizer", "894 / 5 pink oval tabs", 600), ("pfizer", "PFE 150 pink + 3CL tabs", 1390), ("pfizer", "VGR 25 blue", 900), ("bayer", "BAYER cross aspirin 500 bulk", 10),
           ("pfizer", "blue diamond 'VGR 100' x30", 1600)]
    for b, t, usd in R.sample(IMP, 12):
        mk = gen_mk(["en-US", "en-GB", "en-IN", "de-DE", "en-AU", "en-NG"])
        title = pick(t, f"{t} - discreet", f"{t}, no Rx needed", f"Buy {t} ships overnight")
        L(k, b, mk, title, D(pick("Same imprint as pharmacy.", "Discreet.", "No doctor needed."), pick("Crypto only.", "")), usd=usd * R.uniform(0.02, 0.1),
          cat=pick("Health > Other", "prescription drugs", "Supplements", None))


def c_spec_only():
    k = cls("c_spec_only", "counterfeit", True, "no mark, no model: the genuine item's signature specs (calibre 3235, cyclops, H2 chip + serial on Apple site) at a copy price")
    SP = [("rolex", "41mm diver, 3235 clone movement, ceramic bezel, cyclops date, crown on clasp, green box"),
          ("rolex", "Oystersteel style 904L, 3135 calibre, glide-lock clasp, rehaut engraved"),
          ("apple", "TWS earbuds H2 chip, pop-up window, serial checks on official site, spatial audio, Find My"),
          ("apple", "wireless ANC earbuds, shows real battery on iOS, serial verifiable, MagSafe case"),
          ("omega", "moonwatch style manual chronograph 3861, hesalite, NASA caseback"),
          ("cartier", "screw bracelet 18k plated, comes with screwdriver, 16-19 cm, serial engraved"),
          ("dyson", "5-in-1 Coanda airstyler, 110000 rpm digital motor, purple/copper, with case"),
          ("louis-vuitton", "brown canvas tote with LV-style flowers, date code inside, vachetta handles"),
          ("canada-goose", "Arctic parka, disc patch on sleeve, coyote fur trim, 625 fill"),
          ("nike", "high top basketball shoes red/black/white, wings logo, 'Chicago' colourway, 555088-101"),
          ("bose", "QC style ANC headphones, Aware mode, works with the app, serial sticker"),
          ("gucci", "double G buckle belt, red-green web, dust bag + box"),
          ("the-north-face", "1996 retro puffer 700 fill, half dome logo, packable hood")]
    for b, t in R.sample(SP, 12):
        mk = gen_mk(["en-US", "en-CN", "en-GB", "en-AU", "en-PH"])
        L(k, b, mk, pick(t, t.split(",")[0] + " - top version", t.split(",")[0]), D(t, pick("Highest grade available.", "Looks identical.", "")), usd=cf(b),
          cat=pick(BR[b][1], None))


PHON = [("rolex", "Roleks", "tr-TR"), ("rolex", "Rolexi", "sw-KE"), ("nike", "Najki", "pl-PL"), ("nike", "Naik", "es-MX"), ("nike", "Naiki", "id-ID"),
        ("louis-vuitton", "Lui Viton", "pt-BR"), ("louis-vuitton", "Luj Witon", "pl-PL"), ("gucci", "Guči", "cs-CZ"), ("adidas", "Adidasi", "ro-RO"),
        ("michael-kors", "Majkl Kors", "pl-PL"), ("swarovski", "Svarovski", "tr-TR"), ("cartier", "Kartije", "ro-RO"), ("burberry", "Börberi", "tr-TR"),
        ("canada-goose", "Kanada Guz", "pl-PL"), ("dyson", "Dajson", "pl-PL"), ("bosch", "Boš", "cs-CZ"), ("philips", "Filips", "tr-TR"), ("panasonic", "Panasonik", "tr-TR"),
        ("samsung", "Semsung", "id-ID"), ("coach", "Kouç", "tr-TR")]


def c_phonetic_latin():
    k = cls("c_phonetic_latin", "counterfeit", True, "the brand respelt by ear in a Latin-script language (Roleks, Najki, Lui Viton, Kartije, Börberi)")
    for b, s, mk in R.sample(PHON, 13):
        title = pick(f"{s} {noun(b, mk) or prod(b)} {cue(mk)}", f"{s} {prod(b)}", f"{s} {BR[b][7]} {noun(b, mk)}".strip(), f"{cue(mk)} {s} {noun(b, mk) or prod(b)}")
        nw = {"tr": "Yeni, kutulu.", "sw": "Mpya, bei nafuu.", "pl": "Nowe, z pudełkiem.", "es": "Nuevo, envío gratis.", "id": "Baru, bisa COD.", "pt": "Novo, frete grátis.",
              "cs": "Nové, s krabicí.", "ro": "Nou, livrare rapidă."}[lang_of(mk)]
        L(k, b, mk, title, D(nw, pick(cue(mk), "")), usd=cf(b))


PARODY = [("adidas", "Abibas", "three stripes tracksuit"), ("adidas", "Adibas", "trefoil sneakers"), ("nike", "Nlke Air", "swoosh sneakers"), ("sony", "PolyStation 5", "console with 999 games"),
          ("nintendo", "Nintando Swich", "handheld 500 games"), ("samsung", "Samsong Galaxi", "S24 Ultra 16GB/1TB"), ("puma", "Pama", "jumping cat logo sneakers"),
          ("apple", "Aple iPhome 15 Pro", "Android 13"), ("panasonic", "Panasoanic", "shaver 5 blade"), ("levis", "Levl's 501", "red tab jeans"),
          ("canon", "Cnaon EOS", "camera 48MP"), ("bose", "Bosc QuietComfort", "ANC headset"), ("michael-kors", "Micheal Kros", "MK tote"), ("gucci", "Cucci", "GG belt"),
          ("lego", "LEPIN 05132", "Millennium Falcon 75192 bricks")]


def c_knockoff_parody():
    k = cls("c_knockoff_parody", "counterfeit", True, "a knock-off 'brand' that imitates the mark and trade dress (Abibas, PolyStation, Nintando, Samsong, Cucci, LEPIN)")
    for b, s, p in R.sample(PARODY, 13):
        mk = gen_mk(["en-US", "ru-RU", "en-NG", "es-AR", "pt-BR", "id-ID", "en-PH", "uk-UA", "en-CN"])
        title = pick(f"{s} {p}", f"Brand: {s} - {p}", f"{s} {p} new cheap", f"Original {s} {p}")
        L(k, b, mk, title, D(pick(f"{s} brand.", "New in box.", "Good gift."), pick("Cheap.", "")), usd=cf(b, 0.02, 0.1), cat=pick(BR[b][1], None), attrs={"Brand": s} if R.random() < 0.5 else None)


def c_fake_authorization():
    k = cls("c_fake_authorization", "counterfeit", True, "an unlisted seller claiming to be official/authorised (authorized dealer, 官方授权, distribuidor autorizado) at a copy price")
    for b in brands(k, 13):
        mk = gen_mk(["en-US", "en-GB", "zh-CN", "es-MX", "pt-BR", "ar-AE", "id-ID", "de-DE", "tr-TR"])
        cl = {"en": pick("Authorized Dealer", "Official Distributor", "Licensed Reseller", "Official Store"), "zh": pick("官方授权", "品牌授权店", "官方直营"),
              "es": "distribuidor autorizado", "pt": "revendedor autorizado", "ar": "وكيل معتمد", "id": "distributor resmi", "de": "autorisierter Händler", "tr": "yetkili satıcı"}[lang_of(mk)]
        sname = pick(f"{name(b)} {cl}", f"{name(b)}-{pick('store', 'shop', 'official')}-{R.randint(1, 99)}", f"{cl} {BR[b][6]}")
        title = pick(f"{name(b)} {prod(b)} - {cl}", f"[{cl}] {name(b)} {prod(b)}", f"{name(b)} {BR[b][7]} {noun(b, mk) or prod(b)} {cl}")
        L(k, b, mk, title, D(pick("Certificate of authorization available on request.", "We are an authorized partner.", "Official warranty."), pick("Factory price.", "")),
          usd=cf(b, 0.05, 0.25), sel=seller(mk, name=sname))


def c_logo_on_request():
    k = cls("c_logo_on_request", "counterfeit", True, "B2B makers offering the brand's logo on request ('we can do Rolex crown, Nike swoosh, any brand logo')")
    for b in brands(k, 12, [x for x in ALL if BR[x][2] not in ("pills", "food", "drink", "formula", "software", "blades", "oil", "device", "part")]):
        mk = pick("en-CN", "en-CN", "en-CN", "zh-CN", "tr-TR", "en-IN")
        gen = {"watch": "automatic watches", "bag": "leather handbags", "sneakers": "sneakers", "jacket": "down jackets", "headphones": "ANC headphones",
               "earbuds": "TWS earbuds", "jewelry": "stainless bracelets"}.get(BR[b][2], "products")
        title = pick(f"OEM {gen} - custom logo ({name(b)} logo available)", f"Custom {gen}, any brand logo e.g. {name(b)}", f"{gen} factory, can make {name(b)} logo",
                     f"Private label {gen} - {name(b)} style logo on request")
        L(k, b, mk, title, D(f"Send us the logo you want ({name(b)} etc.).", pick("MOQ 50.", "Sample 3 days.", ""), "OEM/ODM welcome."), usd=cf(b, 0.02, 0.1),
          cat=pick(BR[b][1], "Manufacturing services", None))


def c_mystery_box():
    k = cls("c_mystery_box", "counterfeit", True, "a 'mystery box' promising a branded item at a fraction of its price")
    for b in brands(k, 12, [x for x in ALL if BR[x][5] > 150 and BR[x][2] not in ("pills", "software", "part", "tool")]):
        mk = gen_mk(["en-US", "en-GB", "de-DE", "fr-FR", "es-ES", "en-AU", "pt-BR"])
        title = pick(f"Mystery box - guaranteed {name(b)} {noun(b, mk) or 'item'}", f"Luxury mystery box {name(b)} inside!", f"{name(b)} blind box - {prod(b)} or similar",
                     f"Surprise box 100% {name(b)}")
        L(k, b, mk, title, D(pick("Every box contains one item.", f"One genuine-looking {name(b)} piece per box.", "Value up to 2000."), pick("No refunds.", "")), usd=R.uniform(20, 80),
          cat=pick(BR[b][1], "Mystery boxes", "Other"))


def c_wink_denial():
    k = cls("c_wink_denial", "counterfeit", True, "a mock denial that winks at the brand ('not Rolex 😉', 'can't say the brand', 'no es Nike pero es igual')")
    for b in brands(k, 13):
        mk = gen_mk(["en-US", "en-GB", "es-MX", "pt-BR", "en-AU", "de-DE", "ru-RU", "fr-FR"])
        l = lang_of(mk)
        w = {"en": pick(f"not {name(b)} 😉", f"definitely NOT {name(b)} wink wink", f"can't say the brand but it starts with {name(b)[0]} 😏", f"'not' {name(b)}"),
             "es": f"no es {name(b)} pero es igualito 😉", "pt": f"não é {name(b)} 😉 mas igualzinho", "de": f"kein {name(b)} 😉 aber identisch",
             "ru": f"не {name(b)} 😉 но не отличить", "fr": f"pas {name(b)} 😉 mais identique"}[l]
        title = pick(f"{prod(b)} ({w})", f"{w} - {prod(b)}", f"{noun(b, mk) or prod(b)} {BR[b][7]} {w}")
        L(k, b, mk, title, D(w, pick("You know 😉", "Same factory.", "Ask me.")), usd=cf(b))


HINT = [("rolex", "the crown brand Submariner-style diver, you know which"), ("nike", "the swoosh brand high tops, Chicago colours"),
        ("adidas", "three-stripes brand trainers, gum sole"), ("louis-vuitton", "the famous LV-flower canvas tote from Paris"),
        ("gucci", "double-G Italian belt, web stripe"), ("apple", "the fruit brand's earbuds, Pro 2"), ("canada-goose", "the Canadian goose-patch parka"),
        ("cartier", "famous French screw bracelet (you know the one)"), ("the-north-face", "half-dome brand puffer"), ("omega", "the moon watch (Greek letter brand)"),
        ("burberry", "London trench brand check scarf"), ("dyson", "the bladeless brand's hair styler"), ("lego", "Danish bricks Star Wars falcon 7541 pcs"),
        ("michael-kors", "MK-initials brand tote")]


def c_hint_riddle():
    k = cls("c_hint_riddle", "counterfeit", True, "the brand only hinted at by a riddle or its logo's description ('the crown brand', 'the swoosh brand', 'starts with R')")
    for b, h in R.sample(HINT, 12):
        mk = gen_mk(["en-US", "en-GB", "en-AU", "en-NG", "en-PH"])
        title = pick(h, f"{h} - {cue(mk)}", f"{h}, ships today")
        L(k, b, mk, title, D(pick("If you know you know.", "Same as the big brand.", "Can't write the name here."), pick("DM.", "")), usd=cf(b), cat=pick(BR[b][1], None))


def c_pinyin_jargon():
    k = cls("c_pinyin_jargon", "counterfeit", True, "Chinese copy jargon in pinyin or initials (gaofang, yuandan, GF, fuke, 1比1) in cross-border English listings")
    for b in brands(k, 12):
        mk = pick("en-CN", "en-CN", "zh-CN", "en-US", "ms-MY")
        c = pick("gaofang", "yuandan", "GF version", "fu ke", "yi bi yi", "1比1", "chun yuan", "gongsi ji", "A huo")
        title = pick(f"{name(b)} {prod(b)} {c}", f"{c} {name(b)} {BR[b][7]}", f"{name(b)} {noun(b, mk) or prod(b)} ({c})", f"{c} - {name(b)} {prod(b)} top")
        L(k, b, mk, title, D(pick(f"{c} quality", "factory direct", "details same as counter"), pick("ship worldwide", "")), usd=cf(b))


def c_account_sharing():
    k = cls("c_account_sharing", "counterfeit", True, "unauthorised subscriptions: shared accounts, family-plan slots, edu licences sold on ('Adobe CC 1 year on your email $15')")
    SUB = [("adobe", "Adobe Creative Cloud All Apps 12 months on your email"), ("adobe", "Photoshop + Lightroom 1 year shared account"), ("adobe", "Adobe CC education licence (edu email provided)"),
           ("microsoft", "Microsoft 365 Family slot 1 year"), ("microsoft", "Office 365 A1 edu account 5TB lifetime"), ("microsoft", "Xbox Game Pass Ultimate 12 months shared"),
           ("autodesk", "AutoCAD 2025 edu licence 1 year, personal account"), ("autodesk", "Autodesk All Apps student account 3 years"), ("nintendo", "Nintendo Switch Online family slot 12 months"),
           ("adobe", "Acrobat Pro DC team seat 12 months"), ("microsoft", "Windows 11 Pro digital licence linked to your account"), ("autodesk", "Revit + 3ds Max shared license"),
           ("sony", "PlayStation Plus Extra 12 months shared account")]
    for b, t in R.sample(SUB, 12):
        mk = gen_mk(["en-US", "en-GB", "id-ID", "vi-VN", "tr-TR", "pt-BR", "es-AR", "en-PH", "ru-RU"])
        L(k, b, mk, pick(t, f"{t} - instant", f"{t}, warranty full period"), D(pick("Activated within 1 hour.", "Not a crack, real account.", "Warranty: full period."), pick("Cheap!", "")),
          usd=R.uniform(3, 25), cat=pick("software licenses", "digital goods", "software"))


MIXED = [("rolex", "Roлекс"), ("adidas", "Adiдас"), ("nike", "Найkе"), ("gucci", "Guччи"), ("samsung", "Самsung"), ("louis-vuitton", "Louis Виттон"),
         ("cartier", "Cartье"), ("dyson", "Dyсон"), ("apple", "Эpple AirPods"), ("omega", "Omeгa"), ("sony", "Soнi"), ("pandora", "Pandoра"), ("swarovski", "Swaроvski")]


def c_mixed_script():
    k = cls("c_mixed_script", "counterfeit", True, "the mark half in Latin, half in Cyrillic transliteration (Roлекс, Adiдас, Guччи) so neither spelling is whole")
    for b, s in R.sample(MIXED, 12):
        mk = pick("ru-RU", "ru-RU", "uk-UA", "en-US", "de-DE")
        title = pick(f"{s} {noun(b, mk) or prod(b)} {cue(mk)}", f"{s} {prod(b)}", f"{s} {BR[b][7]} новые", f"{cue(mk)} {s}")
        L(k, b, mk, title, D(pick("Качество отличное.", "В наличии.", "New."), pick("Доставка.", "")), usd=cf(b))



# ================================================================================ INNOCENT, everyday
AUTH = [("tmall", "canadagoose-official", "Canada Goose官方旗舰店", "canada-goose", "zh-CN"), ("amazon-us", "A2NIKE0FFICIAL", "Nike", "nike", "en-US"),
        ("ebay", "nike-outlet-us", "Nike Outlet (demo)", "nike", "en-US"), ("amazon-de", "A3ADIDAS0FFICIAL", "adidas", "adidas", "de-DE"),
        ("tmall", "louisvuitton-official", "LOUIS VUITTON官方旗舰店", "louis-vuitton", "zh-CN"), ("amazon-us", "A7BOSE0FFICIAL", "Bose", "bose", "en-US"),
        ("ebay", "bose-refurbished", "Bose Certified Refurbished (demo)", "bose", "en-US"), ("amazon-de", "A8SAMSUNGDE", "Samsung Deutschland", "samsung", "de-DE"),
        ("tmall", "apple-official", "Apple Store官方旗舰店", "apple", "zh-CN"), ("amazon-us", "A11CANON0FFICIAL", "Canon USA", "canon", "en-US"),
        ("ebay", "toyota-parts-direct", "Toyota Parts Direct (demo dealer)", "toyota", "en-US"), ("amazon-de", "A12BMWTEILE", "BMW Original Teile", "bmw", "de-DE"),
        ("tmall", "dyson-official", "戴森官方旗舰店", "dyson", "zh-CN"), ("ebay", "rolex-certified-preowned-demo", "Rolex Certified Pre-Owned (demo retailer)", "rolex", "en-US"),
        ("amazon-de", "A33PANDORA", "Pandora", "pandora", "de-DE"), ("tmall", "omega-official", "OMEGA欧米茄官方旗舰店", "omega", "zh-CN"),
        ("amazon-us", "A21ADOBE", "Adobe", "adobe", "en-US"), ("tmall", "yonex-official", "YONEX尤尼克斯官方旗舰店", "yonex", "zh-CN")]


def in_authorized_seller():
    k = cls("in_authorized_seller", "innocent", False, "the brand's own authorized store on the marketplace, at list price or a normal sale")
    for mp, sid, sname, b, mk in R.sample(AUTH, 13):
        if mk == "zh-CN":
            title = pick(f"{BR[b][6]} {prod(b)} 官方正品", f"【官方旗舰店】{name(b)} {prod(b)}", f"{name(b)} {prod(b)} 新品 顺丰包邮")
        elif "refurb" in sid or "preowned" in sid:
            title = pick(f"{name(b)} {prod(b)} - certified {pick('refurbished', 'pre-owned')}", f"Certified pre-owned {name(b)} {prod(b)}")
        else:
            title = pick(f"{name(b)} {prod(b)}", f"{name(b)} {prod(b)} – {BR[b][7]}", f"{name(b)} {prod(b)}, official")
        L(k, b, mk, title, D(pick("Official warranty.", "Sold and shipped by the brand.", "Free returns."), pick("", "Members get free delivery.")),
          usd=fair(b, 0.85, 1.1), sel={"id": sid, "name": sname}, marketplace=mp)


def in_new_retail_fair():
    k = cls("in_new_retail_fair", "innocent", False, "new genuine goods from an ordinary retailer not in the registry, at or above the list price")
    for b in brands(k, 13):
        mk = gen_mk(["en-US", "en-GB", "de-DE", "fr-FR", "en-AU", "nl-NL", "it-IT", "es-ES"])
        shop = pick("Harrods", "John Lewis", "MediaMarkt", "Best Buy", "Fnac", "Zalando", "El Corte Inglés", "Selfridges", "Bol.com", "JB Hi-Fi", "Coolblue")
        title = pick(f"{name(b)} {prod(b)}", f"{name(b)} {prod(b)} {BR[b][7]} - new", f"{prod(b)} | {name(b)}", f"{name(b)} {prod(b)} (UK stock)" if mk == "en-GB" else f"{name(b)} {prod(b)} new")
        L(k, b, mk, title, D(pick("Brand new, sealed, full manufacturer warranty.", "New with tags.", "Official UK/EU stock."), pick("Invoice with VAT.", "Free delivery.", "")),
          usd=fair(b), sel=seller(mk, name=f"{shop} {pick('Marketplace', 'Store', '')}".strip()))


def in_new_retail_local():
    k = cls("in_new_retail_local", "innocent", False, "new genuine goods from a local retailer, local language and currency, normal price")
    mks = ["ja-JP", "ko-KR", "th-TH", "ar-AE", "en-IN", "pt-BR", "tr-TR", "id-ID", "vi-VN", "zh-TW", "pl-PL", "sv-SE", "he-IL"]
    for b, mk in zip(brands(k, 13), mks):
        l = lang_of(mk)
        w = {"ja": "新品 正規品", "ko": "정품 새상품", "th": "ของแท้ ประกันศูนย์", "ar": "أصلي جديد بالضمان", "en": "new, brand warranty", "pt": "novo original com nota fiscal",
             "tr": "orijinal sıfır faturalı", "id": "original garansi resmi", "vi": "chính hãng mới 100%", "zh": "全新公司貨", "pl": "nowy oryginalny, gwarancja",
             "sv": "ny, originalförpackning", "he": "חדש מקורי עם אחריות"}[l]
        n = pick(name(b), TRANSLIT.get(b, {}).get(mk, name(b)))
        L(k, b, mk, pick(f"{n} {prod(b)} {w}", f"{w} {n} {prod(b)}", f"{n} {noun(b, mk) or prod(b)} {w}"), D(w, pick("", "📦")), usd=fair(b, 1.0, 1.3))


def in_used_genuine_fair():
    k = cls("in_used_genuine_fair", "innocent", False, "used genuine goods with wear described, at a used-market price (45-75 % of new)")
    for b in brands(k, 13, [x for x in ALL if BR[x][2] not in ("pills", "food", "drink", "formula", "software", "blades", "oil")]):
        mk = gen_mk(["en-US", "en-GB", "de-DE", "fr-FR", "ja-JP", "pl-PL", "es-ES", "zh-CN", "ru-RU", "ko-KR"])
        cond = {"en": pick("used, good condition", "pre-owned", "worn a few times", "2 years old"), "de": "gebraucht, guter Zustand", "fr": "d'occasion, bon état",
                "ja": "中古 美品", "pl": "używany, stan dobry", "es": "usado, buen estado", "zh": "二手 自用 9成新", "ru": "б/у в хорошем состоянии", "ko": "중고 A급"}[lang_of(mk)]
        wear = pick("Light scratches on the back.", "Some creasing, see photos.", "Bought in 2022, receipt available.", "Minor wear on corners.", "Battery 87%.", "Cleaned and ready.")
        L(k, b, mk, pick(f"{name(b)} {prod(b)} {cond}", f"{cond} - {name(b)} {prod(b)}", f"{name(b)} {BR[b][7]} {noun(b, mk) or prod(b)}, {cond}"),
          D(wear, pick("Smoke-free home.", "Pickup or post.", "")), usd=fair(b, 0.48, 0.75))


def in_refurb_openbox():
    k = cls("in_refurb_openbox", "innocent", False, "refurbished, open-box or ex-display genuine electronics/appliances at 60-85 % of new")
    for b in brands(k, 13, ["apple", "samsung", "sony", "bose", "dyson", "canon", "philips", "panasonic", "nintendo", "bosch", "microsoft"]):
        mk = gen_mk(["en-US", "en-GB", "de-DE", "fr-FR", "it-IT", "nl-NL", "pl-PL"])
        c = {"en": pick("Refurbished - Excellent", "Open box", "Ex-display", "Renewed"), "de": "generalüberholt", "fr": "reconditionné", "it": "ricondizionato", "nl": "refurbished",
             "pl": "odnowiony"}[lang_of(mk)]
        L(k, b, mk, pick(f"{name(b)} {prod(b)} - {c}", f"{c}: {name(b)} {prod(b)}", f"{name(b)} {prod(b)} ({c}, 12 month warranty)"),
          D(pick("Tested and graded by our technicians.", "Original accessories.", "12-month warranty."), ""), usd=fair(b, 0.62, 0.85))


def in_grey_import():
    k = cls("in_grey_import", "innocent", False, "genuine grey/parallel imports and international versions at 80-100 % of the local price")
    for b in brands(k, 12, ["samsung", "apple", "sony", "canon", "shiseido", "estee-lauder", "loreal", "nintendo", "dyson", "panasonic", "danone", "abbott", "bose"]):
        mk = gen_mk(["ja-JP", "zh-HK", "zh-CN", "en-GB", "en-AU", "ko-KR", "en-US"])
        c = {"ja": "並行輸入品", "zh": pick("港版", "海外版 平行进口"), "en": pick("international version", "parallel import", "grey import, EU stock"), "ko": "병행수입"}[lang_of(mk)]
        L(k, b, mk, pick(f"{name(b)} {prod(b)} {c}", f"[{c}] {name(b)} {prod(b)}", f"{name(b)} {prod(b)} - {c}, sealed"), D(c, pick("No local warranty.", "Sealed.", "")),
          usd=fair(b, 0.82, 1.0))


def in_vintage_genuine():
    k = cls("in_vintage_genuine", "innocent", False, "vintage genuine goods from past decades, priced as collectors' pieces")
    V = [("rolex", "1978 Rolex Submariner 5513 matte dial, service papers", 13000), ("omega", "1969 Omega Speedmaster 145.022 cal. 861", 8500),
         ("levis", "Vintage 1980s Levi's 501 redline selvedge, made in USA", 260), ("louis-vuitton", "1990s Louis Vuitton Speedy 30 monogram, date code TH0935", 650),
         ("burberry", "Vintage Burberrys' trench coat 1980s, Nova check lining", 420), ("coca-cola", "1950s Coca-Cola tin sign, original", 380),
         ("nintendo", "Nintendo Game Boy DMG-01 1989 with Tetris", 90), ("sony", "Sony Walkman WM-2 1981 working", 240), ("gucci", "Gucci 1970s vintage GG canvas bag", 780),
         ("canon", "Canon AE-1 Program 1983 with FD 50mm 1.8", 230), ("lego", "LEGO 6285 Black Seas Barracuda 1989 complete", 480), ("shell", "1960s Shell oil can, enamel", 95),
         ("mattel", "1966 Barbie #850 twist n turn, original swimsuit", 350), ("hasbro", "1984 Transformers G1 Optimus Prime boxed", 520)]
    for b, t, usd in R.sample(V, 13):
        mk = gen_mk(["en-US", "en-GB", "de-DE", "fr-FR", "ja-JP", "it-IT"])
        L(k, b, mk, pick(t, f"{t} - collector", f"VINTAGE {t}"), D(pick("Genuine vintage piece.", "From my late father's collection.", "Patina as expected."), pick("", "Provenance available.")),
          usd=usd * R.uniform(0.9, 1.2), cat=pick(BR[b][1], "Collectibles > Vintage"))


def in_accessory_for():
    k = cls("in_accessory_for", "innocent", False, "third-party accessories that fit the brand's product ('case for', 'Hülle für', 'funda para', 'strap for', 対応), in many languages")
    A = [("apple", "en-US", "Clear case for AirPods Pro 2, shockproof"), ("samsung", "de-DE", "Hülle für Samsung Galaxy S24 Ultra, Silikon schwarz"),
         ("apple", "es-MX", "Funda para iPhone 15 Pro, transparente"), ("rolex", "en-GB", "20mm rubber strap for Rolex Submariner, curved end"),
         ("nintendo", "ja-JP", "Nintendo Switch 有機ELモデル 対応 保護フィルム"), ("sony", "ko-KR", "소니 WH-1000XM5 호환 이어패드"),
         ("dyson", "fr-FR", "Support mural pour Dyson Airwrap, rangement"), ("canon", "pl-PL", "Torba na aparat Canon EOS R6, wodoodporna"),
         ("bose", "ru-RU", "Чехол для Bose QuietComfort 45, жесткий"), ("samsung", "tr-TR", "Samsung Galaxy Buds2 Pro için silikon kılıf"),
         ("apple", "zh-CN", "适用于苹果 AirPods Pro 2 保护套 硅胶"), ("louis-vuitton", "en-US", "Purse organizer insert for Neverfull MM, felt"),
         ("nike", "pt-BR", "Cadarço para tênis Nike Air Force 1, branco"), ("the-north-face", "it-IT", "Cinturino/portachiavi per zaino, compatibile The North Face Base Camp"),
         ("cartier", "en-US", "Jewelry travel case fits Cartier Love bracelet"), ("michelin", "de-DE", "Reifentaschen für 18 Zoll, passend für Michelin Pilot Sport")]
    for b, mk, t in R.sample(A, 13):
        L(k, b, mk, t, D(pick("Third-party accessory, not made by the brand.", "Fits perfectly.", "Accessory only, device not included."), ""), usd=R.uniform(6, 30),
          cat=pick("Accessories", "Cell phone accessories", "Watch straps", "Bag accessories", None))


def in_compatible_consumables():
    k = cls("in_compatible_consumables", "innocent", False, "compatible consumables and spare parts of another maker (ink for PIXMA, capsules for Nespresso, blades fit Gillette, filter for Dyson)")
    C = [("canon", "en-US", "Compatible ink cartridge PG-545 XL, replacement for Canon PIXMA"), ("nestle", "fr-FR", "Capsules compatibles Nespresso, café bio x100"),
         ("gillette", "en-GB", "Razor blades compatible with Gillette Fusion5 handles, 12 pack (not Gillette)"), ("dyson", "de-DE", "Ersatzfilter für Dyson V11, waschbar, 2 Stück"),
         ("philips", "es-ES", "Cabezales compatibles con Philips Sonicare, 8 unidades"), ("bosch", "pl-PL", "Akumulator zamiennik do Bosch 12V, 3.0Ah"),
         ("samsung", "en-IN", "Fast charging cable compatible with Samsung Galaxy, 1m"), ("panasonic", "ja-JP", "パナソニック ラムダッシュ 互換 替刃"),
         ("toyota", "en-US", "Oil filter replaces Toyota 90915-YZZD1, cross reference, Fram PH4967"), ("honda", "en-AU", "Air filter equivalent to Honda 17220-5BA-A00, aftermarket"),
         ("apple", "en-US", "USB-C charger 20W compatible with iPhone 15, Anker"), ("canon", "de-DE", "Akku kompatibel zu Canon LP-E6NH, 2250mAh, Drittanbieter"),
         ("nestle", "it-IT", "Capsule compatibili Dolce Gusto, 96 pz, marca Borbone"), ("abbott", "en-GB", "Sensor patches for FreeStyle Libre, waterproof, 20 pack")]
    for b, mk, t in R.sample(C, 13):
        L(k, b, mk, t, D(pick("Not an original part; compatible replacement.", "Third-party product.", "Great value."), ""), usd=R.uniform(5, 35), cat=pick(BR[b][1], "Accessories", None))


def in_repair_service():
    k = cls("in_repair_service", "innocent", False, "repairs, servicing, cleaning and authentication services for the brand's goods")
    S = [("apple", "iPhone screen replacement service, same day, London"), ("rolex", "Rolex service and overhaul, independent watchmaker, 2 year warranty"),
         ("dyson", "Dyson Airwrap repair - motor and cable, Berlin"), ("louis-vuitton", "Louis Vuitton bag restoration: vachetta handles replacement"),
         ("samsung", "Samsung Galaxy battery replacement service"), ("omega", "Omega Seamaster servicing by certified watchmaker"), ("nintendo", "Nintendo Switch Joy-Con drift repair"),
         ("sony", "Reparación de PlayStation 5, limpieza y pasta térmica"), ("canon", "Canon camera sensor cleaning service"), ("bmw", "BMW Inspektion & Ölwechsel, freie Werkstatt"),
         ("nike", "Sneaker cleaning for Air Jordan 1 and Nike Dunk - restoration"), ("bose", "Bose QC45 ear cushion replacement service"), ("cartier", "Cartier Love bracelet resizing and polishing")]
    for b, t in R.sample(S, 12):
        mk = guess_mk(t, ["en-US", "en-GB", "en-AU"])
        L(k, b, mk, t, D(pick("Independent repair shop, not affiliated with the brand.", "Book online.", "Price is for labour."), ""), usd=R.uniform(25, 250),
          cat=pick("Services", "Repair services", None))


def in_books_media():
    k = cls("in_books_media", "innocent", False, "books, manuals, magazines, courses and documentaries about the brand or its goods")
    B = [("rolex", "The Rolex Book - hardcover, collector's guide"), ("lego", "The LEGO Ideas Book, DK 2011"), ("adobe", "Adobe Photoshop Classroom in a Book 2025"),
         ("honda", "Haynes workshop manual Honda CBR600 2003-2006"), ("nike", "Shoe Dog by Phil Knight, paperback"), ("apple", "Steve Jobs by Walter Isaacson"),
         ("coca-cola", "For God, Country and Coca-Cola, Mark Pendergrast"), ("louis-vuitton", "Louis Vuitton: The Birth of Modern Luxury (Abrams)"),
         ("toyota", "The Toyota Way, Jeffrey Liker"), ("autodesk", "Curso de AutoCAD 2025 desde cero, online"), ("microsoft", "Microsoft Excel 365 Bible, Wiley"),
         ("nintendo", "Nintendo Power magazine lot 1990-1995"), ("omega", "Moonwatch Only - the Speedmaster book"), ("bmw", "BMW E30 restoration guide DVD")]
    for b, t in R.sample(B, 13):
        mk = guess_mk(t, ["en-US", "en-GB", "en-AU"])
        L(k, b, mk, pick(t, f"{t} - good condition", f"{t} (used)"), D(pick("Book only.", "Great read.", "Minor shelf wear."), ""), usd=R.uniform(8, 60), cat=pick("Books", "Books & Magazines", "Courses"))


def in_people_places():
    k = cls("in_people_places", "innocent", False, "people, places, clubs and other things sharing the brand's word (Bruno Mars, Hieronymus Bosch, Jacques Cartier, Bayer Leverkusen)")
    P = [("mars", "Bruno Mars 24K Magic vinyl LP", "Music > Vinyl"), ("bosch", "Hieronymus Bosch Garden of Earthly Delights art print 50x70", "Art > Prints"),
         ("cartier", "Jacques Cartier: explorer of Canada, biography", "Books"), ("abbott", "Abbott and Costello complete collection DVD", "Movies"),
         ("dyson", "Freeman Dyson - Disturbing the Universe, paperback", "Books"), ("bayer", "Bayer 04 Leverkusen Heimtrikot 2024/25, Gr. L", "Sportswear > Football"),
         ("wilson", "Woodrow Wilson presidential campaign button 1912", "Collectibles"), ("honda", "Keisuke Honda signed AC Milan shirt", "Sports memorabilia"),
         ("canon", "Pachelbel Canon in D sheet music for piano", "Music > Sheet music"), ("nike", "Winged Nike of Samothrace plaster statue 30cm", "Home decor"),
         ("omega", "Omega-3 fish oil 1000mg 120 softgels", "Supplements"), ("pandora", "Avatar: Pandora Rising board game", "Board games"),
         ("the-north-face", "Eiger north face climbing guide book", "Books"), ("shell", "Shell Beach Resort 3 nights voucher, Langkawi", "Travel")]
    for b, t, c in R.sample(P, 13):
        mk = gen_mk(["en-US", "en-GB", "de-DE", "en-AU", "ms-MY"])
        L(k, b, mk, t, D(pick("Great condition.", "Ships in a sturdy box.", "Collection only."), ""), usd=R.uniform(8, 90), cat=c)


def in_foreign_everyday():
    k = cls("in_foreign_everyday", "innocent", False, "a word of a language that equals the mark (Kinder 'children', dove 'where', mars 'March', puma the cat, galaxy, switch, coach)")
    F = [("ferrero", "de-DE", "Kinder Fahrrad 16 Zoll, blau, gebraucht", "Kinder > Fahrräder", 45), ("mars", "it-IT", "Dove vuoi - poster motivazionale 30x40", "Arte", 12),
         ("mars", "fr-FR", "Calendrier de l'Avent, livraison fin mars", "Maison", 15), ("puma", "es-AR", "Figura de puma tallada en madera, artesanía", "Decoración", 30),
         ("samsung", "en-US", "Galaxy projector night light, star ceiling lamp", "Home > Lighting", 25), ("nintendo", "en-GB", "8 port gigabit network switch, unmanaged", "Networking", 22),
         ("coach", "en-US", "Coach bus seat cushions x 10", "Automotive > Bus parts", 60), ("shell", "en-AU", "Seashell collection, 50 shells mixed", "Crafts", 12),
         ("microsoft", "en-GB", "Double glazed windows x4, uPVC, white", "Home > Windows & doors", 300), ("apple", "en-US", "Honeycrisp apple tree, 5 gallon", "Garden > Plants", 45),
         ("omega", "el-GR", "Κολιέ με γράμμα ωμέγα, ασήμι", "Jewelry", 25), ("ferrero", "nl-NL", "Kinder wandelwagen, grijs, weinig gebruikt", "Baby", 80),
         ("puma", "de-DE", "Puma Plüschtier 40 cm, Raubkatze aus dem Zoo-Shop", "Spielzeug", 15)]
    for b, mk, t, c, usd in R.sample(F, 13):
        L(k, b, mk, t, D(pick("Good condition.", "Pickup only.", ""), ""), usd=usd * R.uniform(0.8, 1.2), cat=c)


def in_comparison_dupe():
    k = cls("in_comparison_dupe", "innocent", False, "another brand's own product compared with the famous one ('alternative to Dyson Airwrap', 'quieter than Bose QC45', 'like Stanley')")
    C = [("dyson", "Shark FlexStyle air styler - a great alternative to Dyson Airwrap", 270), ("bose", "Soundcore Space Q45 - quieter than Bose QC45 in our test", 150),
         ("sony", "Sennheiser Momentum 4, rivals Sony WH-1000XM5", 300), ("apple", "Samsung Galaxy Buds FE (better than AirPods for Android)", 99),
         ("canada-goose", "Uniqlo seamless down parka, warm like Canada Goose for a tenth", 150), ("lego", "Cobi tank set, better bricks than LEGO? you decide", 60),
         ("philips", "Oral-B iO 9 vs Philips Sonicare — selling the Oral-B", 180), ("gillette", "Harry's razor starter set, Gillette alternative", 12),
         ("estee-lauder", "The Ordinary serum - similar to Estée Lauder ANR", 15), ("rolex", "Seiko SPB143 diver, the poor man's Rolex Submariner", 900),
         ("cartier", "Mejuri bracelet, ähnlich wie Cartier Love, Gold Vermeil", 160), ("nike", "New Balance 550, mejor que Nike Dunk", 110),
         ("adobe", "Affinity Photo 2 licence - a one-off alternative to Photoshop", 70)]
    for b, t, usd in R.sample(C, 12):
        mk = guess_mk(t, ["en-US", "en-GB", "en-AU"])
        L(k, b, mk, t, D(pick("Genuine product of the named maker.", "New, sealed.", "Used twice."), ""), usd=usd * R.uniform(0.9, 1.15), cat=BR[b][1])


def in_near_miss_brands():
    k = cls("in_near_miss_brands", "innocent", False, "real, different brands and words one or two letters from a mark (Hugo Boss, Sonos, Nikon, Omegon, Beyerdynamic, Wilton, Phillips screwdriver)")
    NM = [("bose", "Hugo Boss men's watch 1513", "watches", 180), ("sony", "Sonos Era 100 speaker", "speakers", 249), ("nike", "Nikon Z6 II body", "cameras", 1300),
          ("omega", "Omegon telescope 130/920 EQ-2", "telescopes", 220), ("bayer", "Beyerdynamic DT 770 Pro 80 ohm", "headphones", 150),
          ("wilson", "Wilton Ultra Bake cake pans set", "bakeware", 35), ("philips", "Phillips head screwdriver set, 8 pcs", "tools", 15),
          ("canon", "Canyon Ultimate CF SLX road bike", "bicycles", 3500), ("shell", "Shelly Plus 1PM smart relay", "smart home", 20),
          ("samsung", "Samsonite Proxis cabin suitcase", "luggage", 420), ("levis", "John Lewis wool coat, camel", "outerwear", 180),
          ("lego", "Legoland Windsor 2 day tickets", "tickets", 120), ("bosch", "Bosc pears, 5 kg box, organic", "groceries", 18), ("puma", "Pumas UNAM camiseta 2024", "sportswear", 60)]
    for b, t, c, usd in R.sample(NM, 13):
        mk = gen_mk(["en-US", "en-GB", "de-DE", "en-AU", "es-MX"])
        L(k, b, mk, t, D(pick("Brand new.", "Like new.", "Used, works perfectly."), ""), usd=usd * R.uniform(0.85, 1.1), cat=c)


def in_small_units():
    k = cls("in_small_units", "innocent", False, "genuine single units, minis, samples and travel sizes whose low price is right")
    S = [("ferrero", "Kinder Bueno, 1 bar 43g", 1.2), ("mars", "Snickers single bar 50g", 1.1), ("coca-cola", "Coca-Cola 330ml can, chilled", 0.9),
         ("ferrero", "Ferrero Rocher 3-piece pack", 1.5), ("loreal", "Lancôme Génifique 7ml deluxe sample", 9), ("estee-lauder", "Estée Lauder ANR 7ml travel size", 12),
         ("shiseido", "Anessa sunscreen 12ml mini", 6), ("gillette", "Gillette Fusion5 1 cartridge refill", 3.5), ("nestle", "Nescafé Gold sticks x10", 2.5),
         ("johnson-johnson", "Band-Aid travel pack 10 plasters", 2), ("bayer", "Aspirin 2 tablets travel sachet", 1.2), ("danone", "evian 500ml bottle", 0.8),
         ("lego", "LEGO minifigure series 25, single blind bag", 5), ("mattel", "Hot Wheels basic car, single", 1.3)]
    for b, t, usd in R.sample(S, 13):
        mk = gen_mk(["en-US", "en-GB", "de-DE", "fr-FR", "nl-NL", "es-ES"])
        L(k, b, mk, t, D(pick("Genuine.", "Bought at the supermarket.", "Sample size."), ""), usd=usd * R.uniform(0.9, 1.3), cat="bottled water" if "evian" in t else ("minifigures" if "minifigure" in t else ("die-cast cars" if "Hot Wheels" in t else BR[b][1])))


def in_whole_vehicle():
    k = cls("in_whole_vehicle", "innocent", False, "whole used cars and motorcycles with year and mileage, whose makers' and tyres' marks are named")
    V = [("toyota", "en-US", "2012 Toyota Prius, 120k miles, one owner", 9800), ("honda", "en-GB", "2016 Honda Civic 1.6 i-DTEC, 78,000 miles, FSH", 9500),
         ("bmw", "de-DE", "BMW 320d Touring 2017, 95.000 km, TÜV neu", 16500), ("honda", "id-ID", "Honda Beat 2020 km 15rb, pajak hidup", 850),
         ("toyota", "ar-SA", "تويوتا لاند كروزر 2015 ممشى 180 ألف", 38000), ("bmw", "pl-PL", "BMW X3 2018, przebieg 110 tys km, Michelin zimowe", 21000),
         ("toyota", "zh-CN", "丰田卡罗拉 2019款 6万公里 一手车", 11000), ("honda", "th-TH", "Honda Wave 110i ปี 2019 วิ่ง 20,000 กม.", 900),
         ("toyota", "es-MX", "Toyota Hilux 2014, 140 mil km, diésel", 17000), ("michelin", "en-AU", "2010 Mazda 3, 160,000 km, new Michelin tyres", 6500),
         ("honda", "vi-VN", "Honda SH 150i 2021, đi 12.000 km", 3600), ("bmw", "ru-RU", "BMW 5 серии 2015, пробег 140 тыс км", 17000), ("toyota", "en-NG", "Toyota Camry 2010 tokunbo, clean", 7000)]
    for b, mk, t, usd in R.sample(V, 13):
        L(k, b, mk, t, D(pick("Serviced regularly.", "Papers complete.", "Test drive welcome."), ""), usd=usd * R.uniform(0.9, 1.1), cat="Motorcycles" if any(w in t for w in ("Beat", "Wave", "SH 150")) else pick("Cars", "Vehicles"))


def in_ingredient_mention():
    k = cls("in_ingredient_mention", "innocent", False, "home-made or unrelated goods naming a branded ingredient or tool (Nutella brownies, designed in Photoshop, served with Coca-Cola)")
    I = [("ferrero", "Homemade Nutella brownies, box of 12", 18), ("ferrero", "Kinder Bueno cheesecake, whole 9 inch", 35), ("coca-cola", "Party drinks package, served with Coca-Cola", 90),
         ("mars", "Snickers cupcake tray x 6, made to order", 15), ("adobe", "Wedding invitation templates, designed in Photoshop (PSD)", 9),
         ("autodesk", "House plans 3 bedroom, drawn in AutoCAD (DWG)", 49), ("nestle", "Iced coffee bottles made with Nescafé Gold, 6 pack", 12),
         ("lego", "Birthday party entertainer with LEGO building games", 150), ("canon", "Portrait photo session (shot on Canon EOS R5)", 120),
         ("apple", "Apple pie homemade, family size", 14), ("microsoft", "Excel budget tracker template (made in Microsoft Excel)", 6),
         ("danone", "Smoothie subscription, made with Activia yogurt", 30), ("nike", "Running coach sessions — I run in Nike, you can run in anything", 40)]
    for b, t, usd in R.sample(I, 12):
        mk = gen_mk(["en-US", "en-GB", "en-AU", "en-NG", "en-PH"])
        L(k, b, mk, t, D(pick("Made fresh.", "Order 2 days ahead.", "Local pickup."), ""), usd=usd * R.uniform(0.9, 1.2), cat=pick("Food", "Services", "Digital", "Events"))


def in_wanted_ads():
    k = cls("in_wanted_ads", "innocent", False, "wanted / looking-for posts: someone wants to buy the genuine item (WTB, suche, busco, 求购)")
    for b in brands(k, 12):
        mk = gen_mk(["en-US", "en-GB", "de-DE", "es-ES", "zh-CN", "fr-FR"])
        w = {"en": pick("WTB", "Wanted", "Looking for", "ISO"), "de": "Suche", "es": "Busco", "zh": "求购", "fr": "Recherche"}[lang_of(mk)]
        L(k, b, mk, pick(f"{w}: {name(b)} {prod(b)}", f"{w} {name(b)} {prod(b)}, genuine only", f"{w} - {name(b)} {BR[b][7]}"),
          D(pick("Genuine only, no reps.", "Cash ready.", "Will travel."), ""), usd=None, price=None, cat=pick("Wanted", BR[b][1]))


# ================================================================================ INNOCENT, novel (*)
def in_genericized_word():
    k = cls("in_genericized_word", "innocent", True, "the mark used as the everyday generic noun in a market (Polish 'adidasy', Czech 'adidasky', Brazilian 'gilete', Nigerian 'maggi', US 'aspirin')")
    G = [("adidas", "pl-PL", "Adidasy damskie białe, marka Reebok, rozm. 38", "Buty", 25), ("adidas", "pl-PL", "Adidasy dziecięce na rzepy, firmy Bartek, 28", "Buty dziecięce", 18),
         ("adidas", "cs-CZ", "Dětské adidasky vel. 30, zn. Bugga", "Obuv", 12), ("gillette", "pt-BR", "Lâmina de barbear tipo gilete, marca Bic, 10 unidades", "Barbear", 3),
         ("gillette", "es-AR", "Hojitas de afeitar tipo gillette, marca Dorco, x10", "Afeitado", 3), ("nestle", "en-NG", "Knorr seasoning cubes (maggi), 50 pcs", "Food", 3),
         ("nestle", "tr-TR", "Jacobs 3'ü 1 arada neskafe 40'lı paket", "Kahve", 6), ("bayer", "en-US", "Aspirin 325 mg, 500 tablets, Kirkland Signature", "otc", 8),
         ("bayer", "en-US", "Low dose aspirin 81mg, Equate, 300 ct", "otc", 5), ("johnson-johnson", "en-US", "Adhesive bandages (band-aids) 100 ct, up&up store brand", "first aid", 4),
         ("hasbro", "en-US", "Homemade playdough set, 6 colours, gluten free", "Toys", 12), ("sony", "ro-RO", "Casetofon portabil tip walkman, marca Aiwa, funcționează", "Audio", 25),
         ("nestle", "en-IN", "Instant noodles (maggi) by Yippee, 12 pack", "Food", 3)]
    for b, mk, t, c, usd in R.sample(G, 12):
        L(k, b, mk, t, D(pick("Nowe.", "New.", "Good condition.", ""), ""), usd=usd * R.uniform(0.9, 1.2), cat=c)


def in_scale_models():
    k = cls("in_scale_models", "innocent", True, "licensed die-cast and scale models of branded cars and bikes (1:18 BMW by Maisto, 1:64 Tomica Honda, LEGO Technic BMW)")
    S = [("bmw", "Maisto 1:18 BMW M3 E30 die-cast, boxed", 40), ("honda", "Tomica 1:64 Honda Civic Type R FL5", 8), ("toyota", "AUTOart 1:18 Toyota Supra A80", 180),
         ("bmw", "Minichamps 1:43 BMW 2002 turbo", 45), ("honda", "Tamiya 1/12 Honda CBR1000RR-R kit", 65), ("toyota", "Kyosho 1:43 Toyota Land Cruiser 70", 55),
         ("michelin", "Michelin man Bibendum figure, official merchandise 20cm", 35), ("bmw", "LEGO Technic BMW M 1000 RR 42130, sealed", 230),
         ("toyota", "Hot Wheels Toyota AE86 Sprinter Trueno, 1:64", 2), ("honda", "Bburago 1:18 Honda NSX, boxed", 35), ("bmw", "Norev 1:18 BMW 507 1956", 95),
         ("shell", "Bburago Shell Ferrari F1 collection 1:43, with magazine", 12), ("toyota", "Tomica Premium Toyota 2000GT", 12)]
    for b, t, usd in R.sample(S, 12):
        mk = gen_mk(["en-US", "en-GB", "de-DE", "ja-JP", "fr-FR", "it-IT"])
        also = ["lego"] if "LEGO" in t else (["mattel"] if "Hot Wheels" in t else [])
        L(k, b, mk, t, D(pick("Licensed model.", "Mint in box.", "Display only."), ""), usd=usd * R.uniform(0.9, 1.2), cat=pick("Toys > Diecast", "Model kits", "Collectibles"), also=also)


def in_sponsor_events_jobs():
    k = cls("in_sponsor_events_jobs", "innocent", True, "sponsored venues, events, stars and jobs that carry the brand's name (Michelin-star dinner, Rolex Paris Masters tickets, Shell station job)")
    E = [("michelin", "2-Michelin-star tasting menu voucher for two, Paris", "Vouchers", 450), ("michelin", "Cena en restaurante con estrella Michelin, bono regalo", "Experiencias", 200),
         ("rolex", "Rolex Paris Masters 2026 - 2 tickets quarter finals", "Tickets", 240), ("honda", "Honda Center Anaheim - Ducks vs Kings, 2 seats", "Tickets", 120),
         ("coca-cola", "Coca-Cola Arena Dubai concert tickets x2", "Tickets", 160), ("omega", "Omega European Masters golf day pass", "Tickets", 70),
         ("shell", "Job: Shell station cashier, night shift, Leeds", "Jobs", 0), ("toyota", "Hiring: Toyota-certified technician, dealership in Ohio", "Jobs", 0),
         ("yonex", "YONEX All England Open 2027 - Sunday tickets", "Tickets", 90), ("sony", "Sony Open in Hawaii - clubhouse pass", "Tickets", 150),
         ("bmw", "BMW Berlin-Marathon 2027, Tribünenplatz Zieleinlauf", "Tickets", 40), ("nike", "Nike Run Club community 10K, volunteer signup", "Events", 0),
         ("pandora", "Pandora internship – retail marketing (Copenhagen)", "Jobs", 0)]
    for b, t, c, usd in R.sample(E, 12):
        mk = guess_mk(t, ["en-US", "en-GB", "en-AU"])
        L(k, b, mk, t, D(pick("Official tickets, transferable.", "Apply via the link.", "Great experience."), ""), usd=usd * R.uniform(0.9, 1.2) if usd else None,
          price="auto" if usd else None, cat=c)


def in_pet_names():
    k = cls("in_pet_names", "innocent", True, "pets and animals with the brand as their name, for rehoming or stud")
    P = [("gucci", "Gucci - 2 year old Pomeranian looking for a new home", 300), ("rolex", "Rolex the rabbit, Holland Lop, free to good home", 0),
         ("nike", "Nike, Greek tortoise, 7 years, with tank", 150), ("pandora", "Pandora - ginger kitten, vaccinated", 80), ("coco", None, None)]
    P = [p for p in P if p[1]]
    P += [("cartier", "Cartier, Bengal cat, neutered, rehoming due to allergy", 200), ("omega", "Omega - stud dog, Labrador, KC registered", 400),
          ("dyson", "Dyson (the hamster) + cage and accessories", 25), ("louis-vuitton", "Vuitton the French bulldog puppy, blue", 1800),
          ("bmw", "'BMW' — budgie pair, blue and white, with cage", 60), ("mars", "Mars, 3-yo horse, gelding, schooled", 3500), ("puma", "Puma - black cat, 4 years, calm", 0),
          ("canon", "Canon, Border Collie puppy, working line", 700), ("lego", "Lego the guinea pig (and Duplo, his sister)", 30)]
    for b, t, usd in R.sample(P, 12):
        mk = gen_mk(["en-US", "en-GB", "en-AU"])
        L(k, b, mk, t, D(pick("Rehoming fee applies.", "Lovely temperament.", "Vet records available."), ""), usd=usd * R.uniform(0.9, 1.1) if usd else None,
          price="auto" if usd else {"amount": 0.0, "currency": MK[mk][1]}, cat=pick("Pets", "Animals"))


def in_licensed_crossover():
    k = cls("in_licensed_crossover", "innocent", True, "genuine co-branded or licensed goods naming two brands, at a fair price (Monopoly Coca-Cola edition, LEGO Mario, Pandora x Marvel)")
    X = [("hasbro", ["coca-cola"], "Monopoly Coca-Cola collector's edition, sealed", 45), ("lego", ["nintendo"], "LEGO Super Mario 71360 Adventures with Mario starter course", 60),
         ("mattel", ["bmw"], "Hot Wheels BMW M3 Car Culture premium", 7), ("pandora", [], "Pandora Marvel Avengers logo charm, sterling silver", 65),
         ("swarovski", [], "Swarovski Disney Mickey Mouse crystal figurine", 160), ("hasbro", ["nintendo"], "Monopoly Super Mario Bros edition", 35),
         ("lego", ["bmw"], "LEGO Speed Champions BMW M4 GT3 & M Hybrid V8 76922", 27), ("mattel", ["honda"], "Hot Wheels Honda Civic EF 5-pack", 6),
         ("adidas", ["gucci"], "adidas x Gucci Gazelle, size 42, with receipt", 850), ("nike", [], "Nike Air Force 1 x Tiffany & Co., DS, receipt", 900),
         ("bandai", [], "Bandai Tamagotchi Uni, new", 60), ("lego", [], "LEGO Technic 42115 Lamborghini Sián, sealed", 400), ("coca-cola", ["mattel"], "Barbie Coca-Cola doll 2001, NRFB", 60)]
    for b, also, t, usd in R.sample(X, 12):
        mk = gen_mk(["en-US", "en-GB", "de-DE", "fr-FR", "en-AU"])
        L(k, b, mk, t, D(pick("Official licensed product.", "Genuine.", "Sealed."), ""), usd=usd * R.uniform(0.95, 1.25), also=also,
          cat=pick("Toys & Games", "Collectibles", None) if b in ("hasbro", "mattel", "lego", "bandai", "coca-cola") else None)


def in_trade_phrase_false_cues():
    k = cls("in_trade_phrase_false_cues", "innocent", True, "copy-trade words in their honest sense beside a genuine item (1:18 scale, AAA batteries, replica jersey, first copy of a book, clone software)")
    T = [("panasonic", "Panasonic Eneloop AAA rechargeable batteries, 8 pack", 22), ("samsung", "Samsung 990 PRO 2TB SSD with data migration (clone) software", 170),
         ("nike", "Nike official replica jersey, national team 2024, size M", 95), ("apple", "Apple iPhone 13, Grade A refurbished, 128GB", 360),
         ("canon", "Canon EOS 5D Mark IV, mirror lock-up works, shutter count 42k", 1300), ("adidas", "adidas replica match ball, official size 5", 30),
         ("bose", "Bose SoundLink Flex, first copy of the blue colour I ever bought, used", 70), ("lego", "LEGO Technic 42143 Ferrari Daytona SP3, 1:8 scale, sealed", 390),
         ("microsoft", "Microsoft Surface Pro 9, wiped, came with a master copy of Office (licence transferred)", 700), ("rolex", "Rolex Oyster Perpetual 41, box and papers, mirror-polished, 2022", 8200),
         ("shell", "Shell Helix Ultra 5W-40, 4L, factory sealed", 45), ("callaway", "Callaway Chrome Soft golf balls, AAA grade used (lake balls), 24", 22),
         ("mattel", "Hot Wheels Red Line Club 1:64, original, first copy of the run", 30)]
    for b, t, usd in R.sample(T, 12):
        mk = gen_mk(["en-US", "en-GB", "en-AU"])
        L(k, b, mk, t, D(pick("Genuine.", "Photos of the real item.", "Used, works."), ""), usd=usd * R.uniform(0.95, 1.15),
          cat={"apple": "phones", "nike": "sportswear", "adidas": "football", "samsung": "memory", "panasonic": "batteries", "microsoft": "laptops", "lego": "building sets",
               "mattel": "die-cast cars", "callaway": "golf balls"}.get(b, BR[b][1]))


def in_seller_named_word():
    k = cls("in_seller_named_word", "innocent", True, "a shop whose own name holds the brand's word (Apple Valley Farm, Shell Beach Surf, Mars Hill Books), selling unrelated goods")
    S = [("apple", "Apple Valley Farm", "Raw wildflower honey 500g", "Food", 12), ("shell", "Shell Beach Surf Co.", "Soft-top surfboard 8ft", "Sports", 220),
         ("mars", "Mars Hill Books", "Used paperback lot, 20 novels", "Books", 25), ("omega", "Omega Vintage Records", "Pink Floyd - Wish You Were Here LP 1975", "Music", 60),
         ("coach", "Coach House Antiques", "Victorian oak side table", "Furniture", 180), ("puma", "Puma Springs Ranch", "Grass-fed beef box 10 lb", "Food", 110),
         ("canon", "Canon Street Tailors", "Bespoke shirt fitting voucher", "Services", 90), ("nike", "Nike Café", "Greek honey cake, 1 kg", "Food", 18),
         ("pandora", "Pandora's Box Bakery", "Custom birthday cake 8 inch", "Food", 45), ("dove", None, None, None, None)]
    S = [s for s in S if s[1]] + [("galaxy", None, None, None, None)][:0]
    S += [("wilson", "Wilson Family Hardware", "Cordless leaf blower, Ryobi", "Tools", 120), ("jordan", None, None, None, None)][:1]
    S += [("toyota", "Toyota Street Ramen (Sydney)", "Ramen kit for 4", "Food", 30), ("samsung", "Galaxy Nails & Spa", "Gel manicure voucher", "Services", 35)]
    for b, sname, t, c, usd in R.sample(S, min(12, len(S))):
        mk = gen_mk(["en-US", "en-GB", "en-AU"])
        L(k, b, mk, t, D(pick("Family business since 1987.", "Visit our shop.", ""), ""), usd=usd * R.uniform(0.9, 1.1), cat=c, sel=seller(mk, name=sname))


def in_denied_copy_words():
    k = cls("in_denied_copy_words", "innocent", True, "genuine goods at a fair price whose text refuses copies ('not a replica, not 1:1', 'no fakes', 'не копия', '非高仿')")
    for b in brands(k, 12, [x for x in ALL if BR[x][5] > 60 and BR[x][2] not in ("pills", "software", "formula")]):
        mk = gen_mk(["en-US", "en-GB", "ru-RU", "zh-CN", "es-ES", "de-DE", "fr-FR"])
        d = {"en": pick("100% genuine - NOT a replica, NOT 1:1, NOT UA", "no fakes, no reps, receipt attached", "authentic; if you want reps look elsewhere"),
             "ru": "оригинал, не копия, не реплика", "zh": "专柜正品 非高仿 非复刻 可验货", "es": "original, no es réplica", "de": "Original, keine Replika, Rechnung vorhanden",
             "fr": "authentique, pas une copie"}[lang_of(mk)]
        L(k, b, mk, pick(f"{name(b)} {prod(b)} - {d}", f"{name(b)} {prod(b)}", f"{name(b)} {prod(b)} {pick('with receipt', 'full set')}"), D(d, pick("Receipt from the boutique.", "Happy to meet at a store.", "")),
          usd=fair(b, 0.9, 1.15))


def in_rental_per_day():
    k = cls("in_rental_per_day", "innocent", True, "genuine goods for hire: the price is per day or week, far below the item's floor (rent a Dyson Airwrap, a Canon R6, a Neverfull)")
    RT = [("dyson", "en-GB", "Rent a Dyson Airwrap for the weekend", 25), ("canon", "en-US", "Canon EOS R6 Mark II rental - per day, insured", 65),
          ("louis-vuitton", "en-GB", "Louis Vuitton Neverfull MM rental, 4 days", 55), ("sony", "de-DE", "Sony Alpha 7 IV mieten, pro Tag", 45),
          ("nintendo", "ja-JP", "Nintendo Switch 有機EL レンタル 1週間", 20), ("rolex", "en-US", "Rent a Rolex Datejust for your wedding day (deposit required)", 150),
          ("canada-goose", "ko-KR", "캐나다구스 패딩 대여 1주일", 40), ("lego", "nl-NL", "LEGO Millennium Falcon 75192 huren voor een week", 35),
          ("bose", "en-AU", "Bose S1 Pro PA speaker hire, per day", 30), ("gucci", "fr-FR", "Location sac Gucci Marmont, 3 jours", 50),
          ("bosch", "pl-PL", "Wynajem młotowiertarki Bosch GBH 2-26, doba", 8), ("samsung", "en-IN", "Samsung Galaxy S24 Ultra on rent, per day, for events", 9),
          ("omega", "en-GB", "Omega Speedmaster hire for film shoot, daily rate", 90)]
    for b, mk, t, usd in R.sample(RT, 12):
        L(k, b, mk, t, D(pick("Genuine item, ID and deposit required.", "Price per day; deposit refunded on return.", "Fully insured rental."), ""),
          usd=usd * R.uniform(0.85, 1.15), cat=pick("Rentals", "Services", BR[b][1]))


def in_installment_price():
    k = cls("in_installment_price", "innocent", True, "genuine goods from a retailer whose listed price is one monthly instalment ('12x sem juros', 'from 49/month', 'Klarna 4 payments')")
    for b in brands(k, 12, ["apple", "samsung", "sony", "dyson", "canon", "nintendo", "bose", "rolex", "omega", "louis-vuitton", "microsoft", "callaway", "philips"]):
        mk = gen_mk(["pt-BR", "pt-BR", "en-US", "en-GB", "es-MX", "tr-TR", "de-DE", "pl-PL"])
        n = pick(12, 10, 24, 6, 4)
        w = {"pt": f"{n}x sem juros", "en": pick(f"monthly price, {n} months", f"pay in {n} with Klarna", f"{n} monthly payments"), "es": f"{n} meses sin intereses", "tr": f"{n} taksit",
             "de": f"Ratenzahlung {n} Monate", "pl": f"raty 0% na {n} miesięcy"}[lang_of(mk)]
        L(k, b, mk, pick(f"{name(b)} {prod(b)} - {w}", f"{name(b)} {prod(b)} novo, {w}" if mk == "pt-BR" else f"{name(b)} {prod(b)} new ({w})"),
          D(pick(f"Price shown is per instalment ({n} instalments).", "Total price on checkout.", "Official warranty."), pick("Invoice included.", "")),
          usd=fair(b, 1.0, 1.1) / n)


# ------------------------------------------------------------------------------------------ main
def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, default=9)
    ap.add_argument("--out", default=str(HERE / "set.jsonl"))
    ap.add_argument("-v", action="store_true")
    ap.add_argument("--classes", help="also write the class list (markdown) here")
    a = ap.parse_args()
    R.seed(a.seed)
    for f in [g for n, g in list(globals().items()) if (n.startswith("c_") or n.startswith("in_")) and callable(g)]:
        f()
    keys = set()
    for r in OUT:
        kk = (r["marketplace"], r["listing_id"])
        assert kk not in keys, kk
        keys.add(kk)
    R.shuffle(OUT)
    with open(a.out, "w", encoding="utf-8") as fh:
        for r in OUT:
            fh.write(json.dumps(r, ensure_ascii=False, sort_keys=True) + "\n")
    if a.classes:
        import collections
        n = collections.Counter(r["_label"]["class"] for r in OUT)
        ex = {}
        for r in OUT:
            ex.setdefault(r["_label"]["class"], r)
        lines = ["# outsider9 classes", "", "`*` = a tactic I think earlier evaluators were less likely to have written. Example = the first listing of the class in set.jsonl.", ""]
        for kind, head in (("counterfeit", "Counterfeit classes"), ("innocent", "Innocent (trap) classes")):
            lines += [f"## {head}", "", "| class | * | n | tactic | example (title; price) |", "|---|:-:|---:|---|---|"]
            for c, (kd, nov, tac) in CLASSES.items():
                if kd != kind:
                    continue
                e = ex[c]; p = e.get("price")
                pr = f"{p['amount']:g} {p['currency']}" if p else "no price"
                t = e["title"].replace("|", "/").replace("\n", " ")
                lines.append(f"| {c} | {'*' if nov else ''} | {n[c]} | {tac} | {t[:90]}; {pr} |")
            lines.append("")
        Path(a.classes).write_text("\n".join(lines), encoding="utf-8")
    if a.v:
        import collections
        c = collections.Counter(r["_label"]["kind"] for r in OUT)
        print(len(OUT), dict(c), "classes", len(CLASSES), "novel", sum(1 for v in CLASSES.values() if v[1]))
        print("brands among counterfeits:", len({r["_label"]["brand"] for r in OUT if r["_label"]["kind"] == "counterfeit"}))
        print("markets:", len({r["_label"]["lang"] for r in OUT}), "currencies:", len({r["price"]["currency"] for r in OUT if r.get("price")}))


if __name__ == "__main__":
    main()
