#!/usr/bin/env python3
"""Outsider 4's held-out set for BrandSentry: writes set.jsonl (listings + `_label`). Deterministic: seed 4404.

python make_set.py [--seed 4404] [--out set.jsonl]
Written without reading the matcher, its tests or earlier outsider sets; see classes.md for sources.
"""
from __future__ import annotations
import argparse, json, random, unicodedata
from datetime import datetime, timedelta, timezone
from brands import B, BY, LOGO

MP = {"ebay": ("USD", "US"), "amazon-us": ("USD", "US"), "amazon-de": ("EUR", "DE"), "aliexpress": ("USD", "CN"),
      "dhgate": ("USD", "CN"), "taobao": ("CNY", "CN"), "xianyu": ("CNY", "CN"), "pinduoduo": ("CNY", "CN"),
      "mercari-jp": ("JPY", "JP"), "yahoo-auctions-jp": ("JPY", "JP"), "bunjang": ("KRW", "KR"), "coupang": ("KRW", "KR"),
      "avito": ("RUB", "RU"), "wildberries": ("RUB", "RU"), "shopee-id": ("IDR", "ID"), "tokopedia": ("IDR", "ID"),
      "lazada-th": ("THB", "TH"), "shopee-vn": ("VND", "VN"), "trendyol": ("TRY", "TR"), "mercadolivre": ("BRL", "BR"),
      "mercadolibre-mx": ("MXN", "MX"), "wallapop": ("EUR", "ES"), "vinted": ("EUR", "FR"), "kleinanzeigen": ("EUR", "DE"),
      "leboncoin": ("EUR", "FR"), "subito": ("EUR", "IT"), "allegro": ("PLN", "PL"), "facebook-marketplace": ("USD", "US"),
      "instagram": ("USD", None), "amazon-in": ("INR", "IN"), "flipkart": ("INR", "IN"), "noon": ("AED", "AE"),
      "dubizzle": ("AED", "AE"), "yad2": ("ILS", "IL"), "depop": ("GBP", "GB"), "poshmark": ("USD", "US"),
      "craigslist": ("USD", "US"), "shopee-tw": ("TWD", "TW"), "carousell-hk": ("HKD", "HK"), "marktplaats": ("EUR", "NL"),
      "temu": ("USD", "CN"), "wish": ("USD", "CN"), "tmall": ("CNY", "CN"), "etsy": ("USD", "US")}
RATE = {"USD": 1, "EUR": 0.92, "CNY": 7.2, "JPY": 150, "KRW": 1350, "RUB": 92, "IDR": 15800, "THB": 35, "VND": 25000,
        "TRY": 34, "BRL": 5.4, "MXN": 18, "INR": 83, "AED": 3.67, "ILS": 3.7, "GBP": 0.79, "PLN": 4.0, "TWD": 32, "HKD": 7.8}
LANG_MP = {"en": ["ebay", "aliexpress", "dhgate", "facebook-marketplace", "depop", "poshmark", "instagram", "wish", "temu", "craigslist"],
           "zh": ["taobao", "xianyu", "pinduoduo"], "zh-tw": ["shopee-tw", "carousell-hk"], "ja": ["mercari-jp", "yahoo-auctions-jp"],
           "ko": ["bunjang", "coupang"], "ru": ["avito", "wildberries"], "ar": ["noon", "dubizzle"], "th": ["lazada-th"],
           "id": ["shopee-id", "tokopedia"], "vi": ["shopee-vn"], "tr": ["trendyol"], "pt": ["mercadolivre"],
           "es": ["wallapop", "mercadolibre-mx"], "de": ["kleinanzeigen", "amazon-de"], "fr": ["leboncoin", "vinted"],
           "it": ["subito"], "pl": ["allegro"], "hi": ["flipkart", "amazon-in"], "he": ["yad2"], "nl": ["marktplaats"]}

BOIL = {
 "en": ["Fast shipping 3-7 days 🚚", "DM for more pics 📸", "No returns, sold as is.", "Price is firm, no lowballs pls", "Bundle 2+ items for 10% off",
        "Check my other listings!", "Smoke free pet free home", "Ships worldwide with tracking", "⭐⭐⭐⭐⭐ 100% positive feedback", "Same day dispatch if ordered before 2pm",
        "Any questions just ask", "Combined shipping available", "Will ship in original packaging", "Thanks for looking 🙏"],
 "zh": ["包邮 顺丰发货", "实物拍摄 所见即所得", "有问题私聊", "支持验货 七天无理由", "今天下单明天发", "可议价 诚心要的来", "全国包邮 偏远地区除外", "亲 拍下请备注尺码"],
 "zh-tw": ["超商取貨 免運", "現貨 當天寄出", "有問題歡迎私訊", "可面交 台北"],
 "ja": ["即購入OKです", "送料無料 匿名配送", "値下げ交渉可", "ペットなし 喫煙者なし", "ご質問はコメントまで", "24時間以内に発送します"],
 "ko": ["택배비 포함", "네고 가능", "직거래 가능 (강남역)", "문의는 채팅 주세요", "당일 발송"],
 "ru": ["Отправка Авито Доставкой", "Торг уместен", "Пишите в личку", "Самовывоз м. Курская", "Отправлю в регионы"],
 "ar": ["التوصيل مجاني", "الدفع عند الاستلام", "للتواصل واتساب", "متوفر بكميات"],
 "th": ["ส่งฟรี เก็บเงินปลายทาง", "พร้อมส่ง", "ทักแชทได้เลยค่ะ", "ส่งไว 1-2 วัน"],
 "id": ["Ready stock kak", "Bisa COD", "Gratis ongkir se-Jawa", "Langsung checkout aja", "Tanya dulu stok sebelum order"],
 "vi": ["Freeship toàn quốc", "Có sẵn, ship COD", "Inbox shop để được tư vấn", "Bao đổi trả 7 ngày"],
 "tr": ["Ücretsiz kargo", "Aynı gün kargo", "Kapıda ödeme var", "Sorularınız için mesaj atın"],
 "pt": ["Envio imediato", "Frete grátis para todo Brasil", "Aceito Pix", "Dúvidas? Chama no chat"],
 "es": ["Envío gratis", "Acepto ofertas razonables", "Envío en 24/48h", "Entrega en mano en Madrid"],
 "de": ["Versand möglich", "Privatverkauf, keine Garantie oder Rücknahme", "Abholung in Köln", "Preis VB", "Nichtraucherhaushalt"],
 "fr": ["Envoi rapide et soigné", "Remise en main propre possible sur Lyon", "Pas d'échange", "Prix négociable"],
 "it": ["Spedizione tracciata", "Ritiro a mano a Milano", "Prezzo trattabile", "Scrivetemi per info"],
 "pl": ["Wysyłka 24h", "Możliwy odbiór osobisty", "Cena do negocjacji", "Paczkomat InPost"],
 "hi": ["Cash on delivery available", "Free delivery all India", "WhatsApp for bulk order"],
 "he": ["משלוח חינם", "איסוף עצמי מתל אביב", "מחיר סופי"],
 "nl": ["Verzenden kan", "Ophalen in Utrecht", "Bieden vanaf"],
}
CUE = {
 "en": ["AAA quality", "1:1 replica", "super clone", "mirror quality", "top grade rep", "UA version", "best batch on the market", "7A quality", "first copy", "high end copy"],
 "zh": ["高仿", "原单", "复刻", "一比一", "顶级版本", "纯原", "莆田货", "A货", "超A", "原厂代工"],
 "zh-tw": ["1:1", "超A級", "頂級複刻", "原單"],
 "ja": ["スーパーコピー", "N級品", "S級品", "レプリカ", "最高品質コピー"],
 "ko": ["미러급", "정품급", "레플리카", "SA급", "이미테이션"],
 "ru": ["копия люкс", "реплика 1:1", "качество ААА", "лучшая копия", "фабричная копия"],
 "ar": ["ماستر كوالتي", "كوبي ون", "طبق الأصل", "درجة أولى"],
 "th": ["งานมิลเลอร์", "เกรดพรีเมี่ยม", "ก๊อปเกรดเอ", "งานเกรด hi-end"],
 "id": ["KW super", "grade ori", "KW mirror", "replika premium", "KW 1:1"],
 "vi": ["hàng rep 1:1", "siêu cấp", "like auth", "fake loại 1", "bản trung cao cấp"],
 "tr": ["birebir replika", "A kalite", "muadil birebir", "AAA kalite replika"],
 "pt": ["réplica primeira linha", "réplica AAA", "importado linha premium", "clone perfeito"],
 "es": ["réplica calidad espejo", "réplica AAA", "clon 1:1", "copia exacta"],
 "de": ["1zu1 Replik", "Replika Top Qualität", "Nachbau wie Original", "AAA Kopie"],
 "fr": ["réplique 1:1", "copie qualité miroir", "réplique AAA", "copie conforme"],
 "it": ["replica perfetta 1:1", "qualità specchio", "replica AAA"],
 "pl": ["replika 1:1", "replika jakość premium", "kopia AAA"],
 "hi": ["first copy", "master copy", "7A quality", "फर्स्ट कॉपी"],
 "he": ["רפליקה 1:1", "חיקוי איכותי", "העתק מדויק"],
 "nl": ["replica 1:1", "namaak topkwaliteit"],
}

CAT_PATH = {"sneakers": "Clothing, Shoes & Accessories > Men > Men's Shoes > Athletic Shoes", "handbags": "Clothing, Shoes & Accessories > Women > Women's Bags & Handbags",
            "watches": "Jewelry & Watches > Watches, Parts & Accessories > Watches > Wristwatches", "jewelry": "Jewelry & Watches > Fine Jewelry > Bracelets & Necklaces",
            "headphones": "Consumer Electronics > Portable Audio & Headphones > Headphones", "earbuds": "Electronics > Headphones > Earbud Headphones",
            "phones": "Cell Phones & Accessories > Cell Phones & Smartphones", "cameras": "Cameras & Photo > Digital Cameras", "auto parts": "eBay Motors > Parts & Accessories > Car & Truck Parts",
            "parkas": "Clothing, Shoes & Accessories > Men > Men's Clothing > Coats, Jackets & Vests", "jackets": "Fashion > Men > Coats & Jackets",
            "skincare": "Health & Beauty > Skin Care > Serums", "chocolate": "Grocery > Candy & Chocolate", "software licenses": "Software > Operating Systems & Office",
            "consoles": "Video Games & Consoles > Video Game Consoles", "power tools": "Home & Garden > Tools & Workshop Equipment > Power Tools",
            "hair care": "Health & Beauty > Hair Care & Styling > Hair Dryers", "jeans": "Clothing, Shoes & Accessories > Men > Jeans", "scarves": "Accessories > Scarves & Wraps",
            "building sets": "Toys & Hobbies > Building Toys > Building Sets", "action figures": "Toys & Hobbies > Action Figures", "infant formula": "Baby > Feeding > Formula",
            "tires": "eBay Motors > Parts & Accessories > Wheels, Tires & Parts > Tires", "motor oil": "Automotive > Oils & Fluids > Motor Oil",
            "golf clubs": "Sporting Goods > Golf > Golf Clubs", "tennis rackets": "Sporting Goods > Tennis & Racquet Sports > Racquets", "charms": "Jewelry > Charms & Charm Bracelets"}
CAT_LOCAL = {"sneakers": {"zh": "运动鞋", "ja": "スニーカー", "ko": "운동화", "ru": "Кроссовки", "de": "Sneaker", "fr": "Baskets", "es": "Zapatillas", "id": "Sepatu", "tr": "Spor Ayakkabı", "pt": "Tênis"},
             "handbags": {"zh": "女包", "ja": "バッグ", "ko": "가방", "ru": "Сумки", "de": "Handtaschen", "fr": "Sacs à main", "es": "Bolsos", "id": "Tas Wanita", "th": "กระเป๋า", "vi": "Túi xách", "ar": "حقائب"},
             "watches": {"zh": "手表", "ja": "腕時計", "ko": "시계", "ru": "Часы", "de": "Uhren", "fr": "Montres", "ar": "ساعات", "th": "นาฬิกา", "he": "שעונים", "hi": "Watches"},
             "skincare": {"zh": "护肤品", "ja": "スキンケア", "ko": "스킨케어", "ru": "Уход за кожей"}, "phones": {"zh": "手机", "ja": "スマートフォン", "ru": "Телефоны"},
             "jewelry": {"zh": "饰品", "ja": "アクセサリー", "ru": "Украшения", "fr": "Bijoux"}}

SPEC = {"watches": "Specs: case 41 mm stainless steel, sapphire crystal, 100 m water resistance, automatic movement, bracelet adjustable.",
        "sneakers": "Sizes EU 36-46 available. Upper: leather. Sole: rubber. Please check the size chart before ordering.",
        "handbags": "Dimensions: 31 x 28 x 14 cm. Material: coated canvas / leather trim. Inside zip pocket.",
        "headphones": "Bluetooth 5.3, 30 h battery, USB-C charging, foldable design, carrying case.",
        "earbuds": "Bluetooth 5.3, ANC + transparency, wireless charging case, 6 h + 24 h battery.",
        "skincare": "50 ml. Apply morning and evening on clean skin. Store below 25 °C.",
        "jewelry": "Material: 925 silver / gold plated. Gift box included.", "parkas": "Down fill, detachable hood, sizes S-XXL, TEI 4 rated.",
        "auto parts": "Please check fitment with your VIN before ordering. Fits multiple models.", "chocolate": "Best before: see packaging. Store in a cool dry place.",
        "software licenses": "Digital delivery by email. Windows/macOS. Activation instructions included.", "consoles": "Includes dock, HDMI cable, power adapter."}

T0 = datetime(2026, 11, 20, tzinfo=timezone.utc)


class G:
    def __init__(self, seed):
        self.r = random.Random(seed)
        self.rows = []
        self.n = 0

    def price(self, usd, cur):
        a = usd * RATE[cur]
        if cur in ("JPY", "KRW", "IDR", "VND"):
            step = 100 if cur == "JPY" else 1000
            return float(max(step, round(a / step) * step))
        if cur in ("RUB", "INR", "TRY", "THB", "TWD"):
            return float(max(1, round(a / 10) * 10 - 1)) if a > 20 else round(a, 2)
        if a >= 20:
            return float(int(a)) + self.r.choice([0.0, 0.99, 0.5, 0.0])
        return round(a, 2)

    def add(self, kind, brand, cls, tactic, lang, title, desc="", usd=None, cat=None, mp=None, seller=None,
            attrs=None, images=None, also=None, cur=None, url=None):
        r = self.r
        self.n += 1
        mp = mp or r.choice(LANG_MP[lang])
        cur0, country = MP[mp]
        cur = cur or cur0
        if seller is None:
            sid = "".join(r.choice("abcdefghjkmnpqrstuvwxyz0123456789") for _ in range(r.randint(6, 11)))
            seller = {"id": sid, "name": r.choice(["", sid.upper()[:6] + " Store", "shop_" + sid[:5], sid[:4] + " trading"]),
                      **({"country": country} if country else {})}
        d = {"marketplace": mp, "listing_id": f"o4-{self.n:05d}", "title": title[:1000]}
        if url:
            d["url"] = url
        if r.random() < 0.35 and cat in SPEC:
            desc = (desc + "\n\n" + SPEC[cat]).strip()
        if r.random() < 0.18 and lang == "en":
            title = r.choice(["2025 New ", "Hot Sale ", "🔥 ", "FAST SHIP ", ""]) + title + r.choice([" Free Shipping", " Unisex", " – Black", " Size M", " Gift for Him/Her", ""])
            d["title"] = title[:1000]
        d["description"] = desc[:20000]
        if usd is not None:
            d["price"] = {"amount": self.price(usd, cur), "currency": cur}
        d["seller"] = seller
        if cat:
            x = r.random()
            if x < 0.35 and cat in CAT_PATH:
                cat = CAT_PATH[cat]
            elif x < 0.45 and cat in CAT_LOCAL and lang in CAT_LOCAL[cat]:
                cat = CAT_LOCAL[cat][lang]
            elif x > 0.92:
                cat = None
        if cat:
            d["category"] = cat
        if images:
            d["images"] = images
        if country and r.random() < 0.8:
            d["ship_from"] = country
        d["observed_at"] = (T0 + timedelta(minutes=37 * self.n + r.randint(0, 30))).isoformat().replace("+00:00", "Z")
        if attrs:
            d["attributes"] = attrs
        d["_label"] = {"kind": kind, "brand": brand, "class": cls, "tactic": tactic, "lang": lang, **({"also": also} if also else {})}
        self.rows.append(d)

    def boil(self, lang, k=None):
        k = k if k is not None else self.r.randint(1, 3)
        return "\n".join(self.r.sample(BOIL[lang], min(k, len(BOIL[lang]))))

    def cue(self, lang):
        return self.r.choice(CUE[lang])

    def cheap(self, b, lo=None, hi=None):
        if lo is None:  # most fakes far below retail; a fifth priced as "superfakes" at a quarter to almost half
            lo, hi = (0.22, 0.45) if self.r.random() < 0.22 else (0.04, 0.22)
        return b["usd"] * self.r.uniform(lo, hi)

    def fair(self, b, lo=0.85, hi=1.1):
        return b["usd"] * self.r.uniform(lo, hi)

# ----------------------------------------------------------------------------- text disguises
LEET = {"a": "4", "e": "3", "i": "1", "o": "0", "s": "5", "t": "7", "l": "1", "g": "9", "b": "8", "A": "4", "E": "3", "I": "1", "O": "0", "S": "5", "T": "7", "B": "8"}
CYR = {"a": "а", "e": "е", "o": "о", "c": "с", "p": "р", "x": "х", "y": "у", "i": "і", "j": "ј", "s": "ѕ", "A": "А", "B": "В", "C": "С",
       "E": "Е", "H": "Н", "K": "К", "M": "М", "O": "О", "P": "Р", "T": "Т", "X": "Х", "S": "Ѕ", "I": "І"}
GRK = {"A": "Α", "B": "Β", "E": "Ε", "Z": "Ζ", "H": "Η", "I": "Ι", "K": "Κ", "M": "Μ", "N": "Ν", "O": "Ο", "P": "Ρ", "T": "Τ", "Y": "Υ", "X": "Χ",
       "o": "ο", "v": "ν", "u": "υ", "i": "ι"}
UPS = dict(zip("abcdefghijklmnopqrstuvwxyz", "ɐqɔpǝɟƃɥᴉɾʞlɯuodbɹsʇnʌʍxʎz"))
SMALLCAPS = dict(zip("abcdefghijklmnopqrstuvwxyz", "ᴀʙᴄᴅᴇꜰɢʜɪᴊᴋʟᴍɴᴏᴘǫʀsᴛᴜᴠᴡxʏᴢ"))


def font(s, style):
    base = {"bold": (0x1D400, 0x1D41A), "script": (0x1D4D0, 0x1D4EA), "fraktur": (0x1D56C, 0x1D586), "sans": (0x1D5D4, 0x1D5EE),
            "mono": (0x1D670, 0x1D68A), "italic": (0x1D608, 0x1D622)}[style]
    out = []
    for ch in s:
        if "A" <= ch <= "Z":
            out.append(chr(base[0] + ord(ch) - 65))
        elif "a" <= ch <= "z":
            out.append(chr(base[1] + ord(ch) - 97))
        else:
            out.append(ch)
    return "".join(out)


def fullwidth(s):
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else "\u3000" if c == " " else c for c in s)


def circled(s):
    return "".join(chr(0x24B6 + ord(c) - 65) if "A" <= c <= "Z" else chr(0x24D0 + ord(c) - 97) if "a" <= c <= "z" else c for c in s)


def squared(s):
    return "".join(chr(0x1F170 + ord(c.upper()) - 65) if c.isascii() and c.isalpha() else c for c in s)


def regional(s):
    return "\u200c".join(chr(0x1F1E6 + ord(c.lower()) - 97) if c.isascii() and c.isalpha() else c for c in s)


def longest_word(mark):
    ws = [w for w in mark.replace("-", " ").split() if len(w) >= 3]
    return max(ws, key=len) if ws else mark


def sub_word(mark, f):
    w = longest_word(mark)
    return mark.replace(w, f(w), 1)


def misspell(r, w):
    if len(w) < 4:
        return w + w[-1]
    i = r.randint(1, len(w) - 2)
    op = r.choice(["del", "swap", "dup", "sub"])
    if op == "del":
        return w[:i] + w[i + 1:]
    if op == "swap":
        return w[:i] + w[i + 1] + w[i] + w[i + 2:]
    if op == "dup":
        return w[:i] + w[i] + w[i:]
    near = {"a": "s", "o": "i", "e": "r", "i": "u", "u": "y", "n": "m", "s": "z", "c": "k", "l": "k", "r": "t", "t": "y", "m": "n"}
    return w[:i] + near.get(w[i].lower(), "e") + w[i + 1:]


def strip_accents(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def accents(r, w):
    m = {"a": "áàâäã", "e": "éèêë", "i": "íìîï", "o": "óòôöõ", "u": "úùûü", "n": "ñ", "c": "ç", "y": "ÿ"}
    return "".join(r.choice(m[c]) if c in m and r.random() < 0.7 else c for c in w)


HASHTAG_FILL = ["#ootd", "#fashion", "#luxury", "#instagood", "#style", "#trending", "#deal", "#sale", "#gift", "#viral"]

# ----------------------------------------------------------------------------- counterfeit classes
C = []


def cf(name, tactic, only=None):
    def deco(fn):
        C.append((name, tactic, fn, only))
        return fn
    return deco


LUX = {"louis-vuitton", "gucci", "burberry", "michael-kors", "coach", "rolex", "cartier", "omega", "swarovski", "pandora", "canada-goose",
       "the-north-face", "nike", "adidas", "puma", "levis", "dyson", "apple", "bose", "sony", "samsung"}
SOFT = {"adobe", "microsoft", "autodesk"}
PHARMA = {"pfizer", "johnson-johnson", "bayer", "abbott"}


@cf("cf_plain_replica", "the mark as is with an open counterfeit cue in English")
def _(g, b, r):
    t = f"{b['mark']} {b['line']} {g.cue('en')}"
    g.add("counterfeit", b["id"], None, None, "en", t, f"{r.choice(['High quality', 'Top quality', 'Best version'])} {b['noun']}, same as the original. {g.cue('en')}.\n{g.boil('en')}", g.cheap(b), b["cat"])


@cf("cf_authentic_claim_lowball", "claims '100% authentic / genuine' with no cue word, price a small fraction of retail")
def _(g, b, r):
    lang = r.choice(["en", "en", "de", "fr", "es"])
    t = {"en": f"100% Authentic {b['mark']} {b['line']} BNIB",
         "de": f"{b['mark']} {b['line']} NEU original mit Rechnung",
         "fr": f"{b['mark']} {b['line']} neuf authentique",
         "es": f"{b['mark']} {b['line']} nuevo original 100%"}[lang]
    d = {"en": "Brand new, never used. Gift I don't need. Guaranteed genuine or money back!", "de": "Geschenk, nie benutzt, 100% echt.",
         "fr": "Cadeau jamais porté, 100% authentique, facture perdue.", "es": "Regalo sin usar, 100% original, sin ticket."}[lang]
    g.add("counterfeit", b["id"], None, None, lang, t, d + "\n" + g.boil(lang), g.cheap(b, 0.05, 0.18), b["cat"])


@cf("cf_mirror_grade", "quality-grade words of the trade (mirror, top tier, 1:1 mirror, best version) instead of 'replica'")
def _(g, b, r):
    w = r.choice(["Mirror Quality", "1:1 Mirror Grade", "Top Tier Version", "Highest Grade", "Counter Quality", "Premium Mirror Edition"])
    g.add("counterfeit", b["id"], None, None, "en", f"{b['mark']} {b['line']} – {w}",
          f"{w}. All details match retail: stitching, stamps, serial tags. Comes with full packaging. QC photos before shipping.\n{g.boil('en')}", g.cheap(b), b["cat"])


BATCH = {"watches": ["Clean Factory V4", "VSF 3235 movement", "ZF best version", "ARF V2"], "sneakers": ["LJR batch", "PK God batch", "GX batch", "OG batch"],
         "handbags": ["Ocean factory", "Yupoo top batch", "H15 leather batch"], "earbuds": ["Huilian 1562A chip", "Airoha 1562M chip, GPS rename"],
         "default": ["top batch", "best factory batch", "newest batch v3"]}


@cf("cf_factory_batch", "replica-community factory/batch names (LJR, PK, Clean, VSF, Huilian chip) as the only cue", only=lambda b: b["cat"] in ("watches", "sneakers", "handbags", "earbuds", "headphones", "jackets", "parkas", "jewelry"))
def _(g, b, r):
    w = r.choice(BATCH.get(b["cat"], BATCH["default"]))
    g.add("counterfeit", b["id"], None, None, "en", f"{b['mark']} {b['line']} {w}",
          f"{w}. QC pics on request, W2C link in bio. Ships from our warehouse in 5-9 days.\n{g.boil('en')}", g.cheap(b, 0.03, 0.12), b["cat"],
          mp=r.choice(["instagram", "aliexpress", "dhgate", "facebook-marketplace"]))


@cf("cf_original_quality_chinglish", "'original quality / same as counter / OEM factory' wording of export sellers")
def _(g, b, r):
    w = r.choice(["Original Quality", "Same As Counter Quality", "OEM Factory Original", "Original Leather Same As Store", "Orignal Quality 100% Same"])
    g.add("counterfeit", b["id"], None, None, "en", f"{w} {b['mark']} {b['line']} Wholesale Price",
          f"Dear friend, our {b['noun']} is {w.lower()}, real photo, we are factory direct sale. Payment by PayPal/WU. Contact WhatsApp +86 13{r.randint(100000000, 999999999)}", g.cheap(b, 0.03, 0.1), b["cat"],
          mp=r.choice(["dhgate", "aliexpress", "wish"]))


@cf("cf_factory_overrun_tale", "story of factory overrun / cancelled export order / customs-seized stock to explain the price")
def _(g, b, r):
    story = r.choice(["factory overrun from the same production line", "cancelled export order, tags still on", "customs seized stock released at auction",
                      "B-grade units from the official factory, tiny flaws", "warehouse clearance of store returns"])
    g.add("counterfeit", b["id"], None, None, "en", f"{b['mark']} {b['line']} - {story.split(',')[0]}",
          f"These are {story}. Identical to retail, fraction of the price. Limited quantity, first come first served.\n{g.boil('en')}", g.cheap(b, 0.05, 0.2), b["cat"])


@cf("cf_leet", "digits and symbols for letters in the mark (R0l3x, N1k3), generic product words, cue or low price")
def _(g, b, r):
    w = sub_word(b["mark"], lambda w: "".join(LEET.get(c, c) if r.random() < 0.6 else c for c in w))
    if w == b["mark"]:
        w = b["mark"].replace("o", "0").replace("e", "3")
    g.add("counterfeit", b["id"], None, None, "en", f"{w} {b['generic']} {r.choice(['', 'AAA', 'rep', '1:1'])}".strip(),
          f"{b['generic']}. {g.boil('en')}", g.cheap(b), b["cat"])


@cf("cf_homoglyph", "Cyrillic/Greek look-alike letters inside the mark; rest of the listing ordinary")
def _(g, b, r):
    tbl = r.choice([CYR, GRK])
    w = "".join(tbl.get(c, c) if r.random() < 0.7 else c for c in b["mark"])
    if w == b["mark"]:
        w = "".join(CYR.get(c, c) for c in b["mark"])
    g.add("counterfeit", b["id"], None, None, "en", f"{w} {b['generic']}", f"New {b['noun']}, {g.cue('en') if r.random() < 0.5 else 'great price'}. {g.boil('en')}", g.cheap(b), b["cat"])


@cf("cf_fancy_font", "mark in Unicode 'fancy font' letters (mathematical bold/script/fraktur/sans/mono, full-width)")
def _(g, b, r):
    st = r.choice(["bold", "script", "fraktur", "sans", "mono", "italic", "fw"])
    w = fullwidth(b["mark"]) if st == "fw" else font(b["mark"], st)
    g.add("counterfeit", b["id"], None, None, "en", f"✨ {w} ✨ {b['generic']}", f"{w} {b['noun']} • {g.cue('en')} • {g.boil('en', 1)}", g.cheap(b), b["cat"],
          mp=r.choice(["instagram", "depop", "facebook-marketplace", "poshmark"]))


@cf("cf_enclosed_letters", "mark in circled, squared or regional-indicator letters")
def _(g, b, r):
    f = r.choice([circled, squared, regional])
    w = f(b["mark"])
    g.add("counterfeit", b["id"], None, None, "en", f"{w} {b['generic']} 🔥", f"{w} {b['noun']} available now. {g.cue('en')}. {g.boil('en', 1)}", g.cheap(b), b["cat"],
          mp=r.choice(["instagram", "depop", "facebook-marketplace"]))


@cf("cf_invisible_chars", "zero-width space / soft hyphen / word joiner inside the mark")
def _(g, b, r):
    inv = r.choice(["\u200b", "\u00ad", "\u2060", "\u200d", "\ufeff"])
    w = longest_word(b["mark"])
    k = r.randint(1, len(w) - 1)
    m = b["mark"].replace(w, w[:k] + inv + w[k:], 1)
    g.add("counterfeit", b["id"], None, None, "en", f"{m} {b['line'].replace(b['mark'], '').strip()} {b['noun']}",
          f"{m} {b['noun']}, {g.cue('en')}. {g.boil('en')}", g.cheap(b), b["cat"])


@cf("cf_symbol_intrusion", "emoji, stars or punctuation stuck inside the mark (Gu💎cci, D*y*s*o*n)")
def _(g, b, r):
    w = longest_word(b["mark"])
    s = r.choice(["💎", "⭐", "🔥", "*", "•", "♥", "✅", "_", "|"])
    if r.random() < 0.5:
        k = r.randint(1, len(w) - 1)
        x = w[:k] + s + w[k:]
    else:
        x = s.join(w)
    m = b["mark"].replace(w, x, 1)
    g.add("counterfeit", b["id"], None, None, "en", f"{m} {b['generic']}", f"{m} • {g.cue('en')} • {g.boil('en', 2)}", g.cheap(b), b["cat"])


@cf("cf_spaced_dotted", "mark spelt with spaces, dots, dashes or slashes between letters")
def _(g, b, r):
    sep = r.choice([" ", ".", "-", "/", " . ", "·"])
    m = sep.join(c for c in b["mark"].upper() if c != " ")
    g.add("counterfeit", b["id"], None, None, "en", f"{m} {b['generic']}", f"{b['noun']} {g.cue('en')}\n{g.boil('en')}", g.cheap(b), b["cat"])


@cf("cf_masked_letter", "one or two letters of the mark replaced by *, _, ● or ?")
def _(g, b, r):
    w = longest_word(b["mark"])
    k = r.randint(1, len(w) - 2)
    mk = r.choice(["*", "_", "●", "?", "x", "#"])
    x = w[:k] + mk + w[k + 1:]
    if len(w) > 6 and r.random() < 0.4:
        x = x[:k + 2] + mk + x[k + 3:]
    g.add("counterfeit", b["id"], None, None, "en", f"{b['mark'].replace(w, x, 1)} {b['generic']}", f"You know the brand 😉 {g.cue('en')}. {g.boil('en')}", g.cheap(b), b["cat"])


@cf("cf_misspelling", "one-edit typo of the mark (drop, swap, double, neighbour key)")
def _(g, b, r):
    m = sub_word(b["mark"], lambda w: misspell(r, w))
    g.add("counterfeit", b["id"], None, None, "en", f"{m} {b['generic']}", f"{m} {b['noun']}. {g.cue('en') if r.random() < 0.6 else ''} {g.boil('en')}", g.cheap(b), b["cat"])


@cf("cf_phonetic", "respelt as it sounds (Rolecks, Nikey, Guchi, Lui Viton)")
def _(g, b, r):
    g.add("counterfeit", b["id"], None, None, "en", f"{b['phon']} {b['generic']}", f"{b['phon']} {b['noun']} {g.cue('en')}. {g.boil('en')}", g.cheap(b), b["cat"])


@cf("cf_vowel_drop", "vowels dropped / consonant skeleton (RLX, DYSN, SMSNG) with a cue")
def _(g, b, r):
    w = longest_word(b["mark"])
    x = w[0] + "".join(c for c in w[1:] if c.lower() not in "aeiou")
    g.add("counterfeit", b["id"], None, None, "en", f"{x.upper()} {b['generic']} {g.cue('en')}", f"{g.boil('en')}", g.cheap(b), b["cat"])


@cf("cf_initialism_cue", "brand initials (LV, GG, TNF, MK, CG, AJ1) next to a trade cue", only=lambda b: b["abbr"] in ("LV", "GG", "TNF", "MK", "CG", "AJ1", "RLX", "APP2", "BBR", "CTR", "OMG", "SWV", "ACAD", "MS", "NS", "CC"))
def _(g, b, r):
    g.add("counterfeit", b["id"], None, None, "en", f"{b['abbr']} {b['generic']} {g.cue('en')}", f"{b['abbr']} {b['noun']}, {g.cue('en')}, DM for catalogue. {g.boil('en')}", g.cheap(b), b["cat"],
          mp=r.choice(["instagram", "facebook-marketplace", "dhgate"]))


@cf("cf_nickname_only", "community nickname of the product, no registered mark, with a cue")
def _(g, b, r):
    lang = "zh" if any("\u4e00" <= c <= "\u9fff" for c in b["nick"]) else "en"
    g.add("counterfeit", b["id"], None, None, lang, f"{b['nick']} {g.cue(lang)}", f"{b['generic']}. {g.boil(lang)}", g.cheap(b), b["cat"])


@cf("cf_model_only", "registered model number with generic words, no brand, price far below")
def _(g, b, r):
    g.add("counterfeit", b["id"], None, None, "en", f"{b['model']} {b['generic']}", f"Model {b['model']}. {r.choice(['Brand new.', 'Full set.', 'Same as pic.'])} {g.boil('en')}", g.cheap(b, 0.04, 0.15), b["cat"])


def model_disguise(r, m):
    ops = [lambda s: s.replace("-", " "), lambda s: s.replace("-", "").replace(" ", ""), lambda s: s.replace("0", "O", 1),
           lambda s: s.replace("1", "l", 1), lambda s: s.lower(), lambda s: " ".join(s.replace("-", "")[i:i + 3] for i in range(0, len(s.replace("-", "")), 3)),
           lambda s: s.replace("-", "_"), lambda s: s.replace("5", "S", 1)]
    x = m
    for op in r.sample(ops, 2):
        x = op(x)
    return x if x != m else m.replace("-", "") + "."


@cf("cf_model_disguised", "model number with separators moved, O/0 or l/1 swapped, lower case, re-chunked")
def _(g, b, r):
    x = model_disguise(r, b["model"])
    g.add("counterfeit", b["id"], None, None, "en", f"{b['generic']} {x}", f"ref {x} {g.cue('en')}. {g.boil('en')}", g.cheap(b), b["cat"])


@cf("cf_attributes_only", "title and description generic; brand only in item specifics (Brand / Marke / 品牌)")
def _(g, b, r):
    key = r.choice(["Brand", "Marke", "品牌", "Brand Name", "Marca"])
    g.add("counterfeit", b["id"], None, None, "en", f"{b['generic']} new with tags", f"{b['generic']}. {g.boil('en')}", g.cheap(b), b["cat"],
          attrs={key: b["mark"], "Condition": "New", "Model": r.choice([b["model"], b["line"], "N/A"])})


@cf("cf_seller_name_brand", "brand only in the shop's name; listing generic with a cue")
def _(g, b, r):
    w = longest_word(b["mark"]).lower()
    sid = r.choice([f"{w}reps", f"{w}_outlet_vip", f"best{w}factory", f"{w}.mirror.store"])
    g.add("counterfeit", b["id"], None, None, "en", f"{b['generic']} {g.cue('en')}", f"Follow the shop for new drops. {g.boil('en')}", g.cheap(b), b["cat"],
          seller={"id": sid, "name": sid.replace("_", " ").title(), "country": "CN"})


AUTH = {}


@cf("cf_spoofed_official_seller", "shop id/name imitating the brand's official store (0 for O, extra words) on another marketplace, price far below")
def _(g, b, r):
    w = longest_word(b["mark"]).lower().replace("é", "e").replace("ô", "o")
    sid = r.choice([f"{w}-0fficial-store", f"{w}official-shop", f"{w}_official_outlet", f"{w}-offical"])
    mp = r.choice(["aliexpress", "ebay", "facebook-marketplace", "shopee-id", "lazada-th"])
    lang = {"shopee-id": "id", "lazada-th": "th"}.get(mp, "en")
    g.add("counterfeit", b["id"], None, None, lang, f"{b['mark']} {b['line']} Official Store Clearance", f"{b['mark']} Official Store. {g.boil(lang)}", g.cheap(b, 0.05, 0.2), b["cat"], mp=mp,
          seller={"id": sid, "name": f"{b['mark']} Official Store"})


@cf("cf_description_only", "generic title; the brand only in the description, deep in seller chatter")
def _(g, b, r):
    chat = "\n".join([g.boil("en", 3), f"Sizes/colours as pictured. This one is the {b['mark']} {r.choice(['design', 'version', 'one everybody wants'])}, {g.cue('en')}.", g.boil("en", 2)])
    g.add("counterfeit", b["id"], None, None, "en", f"{b['generic']} hot sale", chat, g.cheap(b), b["cat"])


FILLER = ("Shipping policy: we ship within 48 hours of payment. Items are carefully packed. International buyers are responsible for import duties. "
          "Returns accepted within 14 days if the item is unused and in the original condition. Please contact us before leaving feedback, we will resolve any issue. "
          "Colours may vary slightly due to monitor settings. Measurements are taken by hand and may differ by 1-2 cm. ")


@cf("cf_buried_cue", "ordinary-looking listing with the mark; the admission comes after 2,000+ characters of boilerplate")
def _(g, b, r):
    d = f"{b['mark']} {b['line']}. Excellent condition.\n" + FILLER * r.randint(5, 9) + f"\nPS: to be clear for buyers, this is a {g.cue('en')} not retail. No refunds for 'fake' claims."
    g.add("counterfeit", b["id"], None, None, "en", f"{b['mark']} {b['line']} excellent condition", d, b["usd"] * r.uniform(0.12, 0.35), b["cat"])


@cf("cf_hashtag_stuffing", "brand only as glued hashtags among filler hashtags, DM to order")
def _(g, b, r):
    w = b["mark"].lower().replace(" ", "").replace("'", "").replace("é", "e").replace("ô", "o")
    tags = [f"#{w}", f"#{w}{b['noun'].split()[-1]}", f"#{w}lover"] + r.sample(HASHTAG_FILL, 5)
    r.shuffle(tags)
    g.add("counterfeit", b["id"], None, None, "en", f"new drop 🔥 {b['generic']} DM to order", " ".join(tags) + f"\n{g.cue('en')}", g.cheap(b), b["cat"], mp="instagram")


@cf("cf_multi_brand_stuffing", "several luxury brands listed together as 'style', one product, cue words", only=lambda b: b["id"] in LUX)
def _(g, b, r):
    others = [x for x in ["Louis Vuitton", "Gucci", "Burberry", "Michael Kors", "Coach", "Rolex", "Cartier", "Omega"] if x != b["mark"]]
    o = r.sample(others, 2)
    ids = [x["id"] for x in B if x["mark"] in o]
    g.add("counterfeit", b["id"], None, None, "en", f"{b['mark']} {o[0]} {o[1]} {b['noun']} {g.cue('en')}", f"All brands available, send the picture. {g.boil('en')}", g.cheap(b), b["cat"], also=ids)


@cf("cf_html_markup", "mark broken by HTML tags or character entities in the description/title, as scraped")
def _(g, b, r):
    w = longest_word(b["mark"])
    k = r.randint(1, len(w) - 1)
    v = r.choice([f"<b>{w[:k]}</b>{w[k:]}", f"{w[:k]}<span class=\"x\">{w[k:]}</span>", w[:k] + "&#" + str(ord(w[k])) + ";" + w[k + 1:], f"<i>{w[:k]}</i><i>{w[k:]}</i>"])
    m = b["mark"].replace(w, v, 1)
    g.add("counterfeit", b["id"], None, None, "en", f"{b['generic']} <b>HOT</b>", f"<div><p>{m} {b['noun']}</p><p>{g.cue('en')}</p><br/>{g.boil('en', 1)}</div>", g.cheap(b), b["cat"])


@cf("cf_reversed_upside", "mark written backwards, upside-down letters or small capitals")
def _(g, b, r):
    w = longest_word(b["mark"]).lower()
    v = r.choice(["rev", "ups", "small"])
    x = w[::-1] if v == "rev" else "".join(UPS.get(c, c) for c in w[::-1]) if v == "ups" else "".join(SMALLCAPS.get(c, c) for c in w)
    g.add("counterfeit", b["id"], None, None, "en", f"{x} {b['generic']}", f"read it backwards 😉 {g.cue('en')}. {g.boil('en')}" if v != "small" else f"{x} {g.cue('en')}", g.cheap(b), b["cat"])


@cf("cf_line_break_split", "mark hyphenated or split across a line break / between title and description")
def _(g, b, r):
    w = longest_word(b["mark"])
    k = len(w) // 2
    if True:
        g.add("counterfeit", b["id"], None, None, "en", f"{b['generic']}", f"{w[:k]}-\n{w[k:]} {g.cue('en')}\n{g.boil('en')}", g.cheap(b), b["cat"])


@cf("cf_accents", "accents and diacritics sprinkled on the mark (Rólëx, Gúcci) with a cue")
def _(g, b, r):
    m = sub_word(strip_accents(b["mark"]), lambda w: accents(r, w))
    lang = r.choice(["en", "es", "pt", "fr"])
    g.add("counterfeit", b["id"], None, None, lang, f"{m} {b['generic']}", f"{g.cue(lang)}. {g.boil(lang)}", g.cheap(b), b["cat"])


PINYIN = {"canada-goose": "jia na da e", "nike": "naike", "adidas": "adi", "louis-vuitton": "lv luyi", "gucci": "guchi", "rolex": "laolishi",
          "omega": "oumijia", "cartier": "kadiya", "dyson": "daisen", "apple": "pingguo", "lego": "legao", "danone": "aitamei", "bose": "boshi",
          "sony": "suoni", "samsung": "sanxing", "burberry": "babaoli", "loreal": "lankou", "estee-lauder": "yashilandai", "shiseido": "zishengtang",
          "swarovski": "shijia", "pandora": "panduola", "michael-kors": "maikegaoshi", "coach": "kouchi", "the-north-face": "beimian", "yonex": "yy",
          "nintendo": "rentiantang", "canon": "jianeng", "philips": "feilipu", "bosch": "boshi gongju", "michelin": "miqilin"}


@cf("cf_pinyin", "pinyin of the Chinese name (laolishi, guchi, daisen) with Chinese trade cue", only=lambda b: b["id"] in PINYIN)
def _(g, b, r):
    g.add("counterfeit", b["id"], None, None, "zh", f"{PINYIN[b['id']]} {b['noun']} {g.cue('zh')}", f"{g.boil('zh')}", g.cheap(b), b["cat"])


@cf("cf_zh_alias_cue", "Chinese name of the brand with a Chinese trade cue (高仿, 原单, 复刻, 莆田, 纯原)")
def _(g, b, r):
    g.add("counterfeit", b["id"], None, None, "zh", f"{b['zh']} {b['noun']} {g.cue('zh')} {r.choice(['', '专柜品质', '顶级'])}".strip(),
          f"{g.cue('zh')}，细节做工一比一，{g.boil('zh')}", g.cheap(b), b["cat"])


@cf("cf_zh_split", "Chinese name split by dots, spaces, slashes or emoji (劳.力.士, 古/驰)")
def _(g, b, r):
    s = r.choice([".", " ", "/", "🔥", "*", "·"])
    x = s.join(b["zh"])
    g.add("counterfeit", b["id"], None, None, "zh", f"{x} {b['noun']} {g.cue('zh')}", f"{g.boil('zh')}", g.cheap(b), b["cat"])


TW = {"nike": "耐吉", "adidas": "愛迪達", "sony": "新力", "rolex": "勞力士", "gucci": "古馳", "louis-vuitton": "路易威登", "omega": "歐米茄",
      "cartier": "卡地亞", "lego": "樂高", "philips": "飛利浦", "samsung": "三星", "bandai": "萬代", "canada-goose": "加拿大鵝",
      "swarovski": "施華洛世奇", "michelin": "米其林", "estee-lauder": "雅詩蘭黛", "loreal": "蘭蔻", "panasonic": "國際牌", "bose": "博士音響",
      "the-north-face": "北臉", "burberry": "巴寶莉", "coach": "蔻馳", "shiseido": "資生堂", "yonex": "優乃克", "gillette": "吉列", "bosch": "博世"}


@cf("cf_zh_tw_hk_names", "Taiwan/Hong Kong names and traditional characters (耐吉, 愛迪達, 新力, 國際牌) with 超A/1:1", only=lambda b: b["id"] in TW)
def _(g, b, r):
    g.add("counterfeit", b["id"], None, None, "zh-tw", f"{TW[b['id']]} {b['noun']} {g.cue('zh-tw')}", f"{g.boil('zh-tw')}", g.cheap(b), b["cat"])


SLANG = {"gucci": "狗家", "louis-vuitton": "驴家", "rolex": "劳力土", "canada-goose": "大鹅", "adidas": "椰子", "omega": "欧米伽", "apple": "萍果",
         "cartier": "卡家", "swarovski": "施家", "dyson": "代森", "bose": "博仕", "nike": "耐克鞋 AJ", "loreal": "兰寇", "estee-lauder": "雅思兰黛",
         "michael-kors": "MK家", "burberry": "巴宝丽", "lego": "乐高式 积木 拼装 高仿", "nintendo": "任天棠"}


@cf("cf_zh_slang_homophone", "Chinese shop slang or near-homophone/look-alike character (狗家, 驴家, 劳力土, 欧米伽, 萍果)", only=lambda b: b["id"] in SLANG)
def _(g, b, r):
    g.add("counterfeit", b["id"], None, None, "zh", f"{SLANG[b['id']]} {b['noun']} {g.cue('zh')}", f"懂的来 {g.boil('zh')}", g.cheap(b), b["cat"])


def foreign_class(name, langs, tactic, fmt):
    @cf(name, tactic)
    def _(g, b, r):
        lang = r.choice(langs)
        t, d = fmt(g, b, r, lang)
        g.add("counterfeit", b["id"], None, None, lang, t, d, g.cheap(b), b["cat"])


foreign_class("cf_ja_katakana", ["ja"], "brand in Japanese (katakana/kanji) with スーパーコピー / N級品",
              lambda g, b, r, l: (f"{b['ja']} {b['noun']} {g.cue(l)}", f"{g.cue(l)}です。{g.boil(l)}"))
foreign_class("cf_ko_hangul", ["ko"], "brand in Hangul with 미러급 / 정품급 / 레플리카",
              lambda g, b, r, l: (f"{b['ko']} {b['noun']} {g.cue(l)}", f"{g.cue(l)} 퀄리티 최상 {g.boil(l)}"))
foreign_class("cf_ru_cyrillic", ["ru"], "brand transliterated into Cyrillic with копия / реплика",
              lambda g, b, r, l: (f"{b['ru']} {g.cue(l)}", f"{b['ru']} {b['noun']}, {g.cue(l)}. {g.boil(l)}"))
foreign_class("cf_ar_script", ["ar"], "brand in Arabic script with ماستر كوالتي / كوبي ون / طبق الأصل",
              lambda g, b, r, l: (f"{b['ar']} {g.cue(l)}", f"{b['ar']} {g.cue(l)} {g.boil(l)}"))
foreign_class("cf_th_script", ["th"], "brand in Thai script with งานมิลเลอร์ / เกรดพรีเมี่ยม",
              lambda g, b, r, l: (f"{b['th']} {g.cue(l)}", f"{g.boil(l)}"))
foreign_class("cf_id_kw", ["id"], "Indonesian KW grading (KW super, grade ori, KW mirror)",
              lambda g, b, r, l: (f"{b['mark']} {b['noun']} {g.cue(l)}", f"Kualitas {g.cue(l)}, mirip ori 99%. {g.boil(l)}"))
foreign_class("cf_vi_rep", ["vi"], "Vietnamese rep trade words (hàng rep 1:1, siêu cấp, like auth)",
              lambda g, b, r, l: (f"{b['mark']} {b['noun']} {g.cue(l)}", f"{g.cue(l)}, {g.boil(l)}"))
foreign_class("cf_tr_replika", ["tr"], "Turkish (birebir replika, A kalite, muadil)",
              lambda g, b, r, l: (f"{b['mark']} {b['line']} {g.cue(l)}", f"{g.boil(l)}"))
foreign_class("cf_pt_es_replica", ["pt", "es"], "Portuguese/Spanish (réplica primeira linha, calidad espejo, clon)",
              lambda g, b, r, l: (f"{b['mark']} {b['line']} {g.cue(l)}", f"{g.boil(l)}"))
foreign_class("cf_eu_langs", ["de", "fr", "it", "pl", "nl"], "German/French/Italian/Polish/Dutch replica wording (1zu1, copie miroir, qualità specchio, replika)",
              lambda g, b, r, l: (f"{b['mark']} {b['line']} {g.cue(l)}", f"{g.boil(l)}"))
foreign_class("cf_in_first_copy", ["hi"], "Indian market 'first copy / master copy / 7A', Hindi script",
              lambda g, b, r, l: (f"{b['mark']} {b['noun']} {g.cue(l)}", f"{g.cue(l)} {g.boil(l)}"))
foreign_class("cf_he_script", ["he"], "Hebrew (רפליקה, חיקוי) with the Latin mark",
              lambda g, b, r, l: (f"{b['mark']} {g.cue(l)}", f"{b['mark']} {b['noun']} {g.cue(l)} {g.boil(l)}"))


@cf("cf_pharma_spam", "pharma spam: drug mark leet/abbreviated, 'no prescription', 'generic', far below price", only=lambda b: b["id"] in PHARMA)
def _(g, b, r):
    m = r.choice([b["mark"], sub_word(b["mark"], lambda w: w.replace("i", "1").replace("a", "@")), "Generic " + b["mark"], b["mark"].upper()])
    g.add("counterfeit", b["id"], None, None, "en", f"{m} {r.choice(['no prescription needed', 'cheap discreet shipping', 'buy online without Rx'])}",
          f"Best price {m}, {r.choice(['same as pharmacy', 'made in India same factory', 'bulk 100 pcs'])}. Discreet package. {g.boil('en', 1)}", g.cheap(b, 0.01, 0.08), b["cat"], mp=r.choice(["craigslist", "facebook-marketplace", "wish"]))


@cf("cf_software_key", "grey/pirated licence: 'lifetime', 'pre-activated', 'retail key bind', price a few dollars", only=lambda b: b["id"] in SOFT)
def _(g, b, r):
    w = r.choice(["Lifetime Key", "Pre-Activated Full Version", "Retail Key Bind to Account", "1PC Lifetime License Instant Delivery", "Crack + Portable"])
    g.add("counterfeit", b["id"], None, None, "en", f"{b['mark']} {b['line']} {w}", f"Instant email delivery. {w}. Works forever, no subscription. {g.boil('en', 1)}", r.uniform(2.5, 19), b["cat"],
          mp=r.choice(["ebay", "aliexpress", "facebook-marketplace", "temu"]))


def flip(h, k, r):
    v = int(h, 16)
    for bit in r.sample(range(64), k):
        v ^= 1 << bit
    return f"{v:016x}"


@cf("cf_photo_only", "generic text, the logo only in the photo (pHash within a few bits of the registered one)", only=lambda b: b["id"] in LOGO)
def _(g, b, r):
    g.add("counterfeit", b["id"], None, None, "en", f"{b['generic']} as pictured", f"See photos for details. {g.boil('en')}", g.cheap(b), b["cat"],
          images=[{"phash": flip(LOGO[b["id"]], r.randint(1, 4), r)}])


@cf("cf_fake_disclaimer", "a disclaimer denying the brand ('not affiliated with X', 'no es X') while claiming all logos / 1:1")
def _(g, b, r):
    lang = r.choice(["en", "en", "es"])
    t = f"{b['mark']} {b['line']}"
    d = {"en": f"Disclaimer: we are not affiliated with {b['mark']}. Item is a 1:1 mirror copy with all logos and tags as in pictures.",
         "es": f"Aviso: no es {b['mark']} original, es réplica 1:1 con todos los logos."}[lang]
    g.add("counterfeit", b["id"], None, None, lang, t, d + "\n" + g.boil(lang), g.cheap(b), b["cat"])


@cf("cf_dupe_identical", "'dupe' listing that claims identity: same factory, logo, box")
def _(g, b, r):
    g.add("counterfeit", b["id"], None, None, "en", f"{b['mark']} {b['line']} dupe – identical, comes with logo & box",
          f"Best {b['mark']} dupe on the market. Same factory, same materials, logo engraved, comes with original-style box and receipt. {g.boil('en')}", g.cheap(b), b["cat"])


@cf("cf_accessory_camouflage", "listed as an accessory or box for the product while the product itself ships inside")
def _(g, b, r):
    t = r.choice([f"Gift box for {b['mark']} {b['line']} ({b['noun']} included)", f"Dust bag + {b['noun']} set {b['mark']} style 1:1",
                  f"Case for {b['mark']} {b['line']} – full set with {b['noun']} inside"])
    g.add("counterfeit", b["id"], None, None, "en", t, f"Buyer gets the full {b['noun']} with the box. {g.cue('en')}. {g.boil('en', 1)}", g.cheap(b), b["cat"])


@cf("cf_bulk_wholesale", "wholesale lot, MOQ and factory price on a B2B site, claimed genuine")
def _(g, b, r):
    q = r.choice([10, 20, 50, 100, 200])
    g.add("counterfeit", b["id"], None, None, "en", f"Wholesale {q}pcs {b['mark']} {b['line']} genuine factory price",
          f"MOQ {q} pcs. Mixed colours. Factory direct price per piece. Sample order accepted. Ship by DHL/EMS. {g.boil('en', 1)}", g.cheap(b, 0.02, 0.08), b["cat"], mp=r.choice(["dhgate", "aliexpress"]))


@cf("cf_stacked_disguises", "two disguises at once (Cyrillic + spacing, leet + misspelling, font + emoji) in another language")
def _(g, b, r):
    w = longest_word(b["mark"])
    a = misspell(r, w)
    a = "".join(LEET.get(c, c) if r.random() < 0.3 else CYR.get(c, c) if r.random() < 0.3 else c for c in a)
    if r.random() < 0.5:
        a = " ".join(a)
    lang = r.choice(["en", "es", "de", "id", "tr"])
    g.add("counterfeit", b["id"], None, None, lang, f"{a} {b['generic']} {g.cue(lang)}", f"{g.boil(lang)}", g.cheap(b), b["cat"])

LOGO_WORDS = {"nike": "sneakers with the swoosh, jumpman on the tongue", "adidas": "three stripes sneakers, trefoil on the heel tab",
              "gucci": "bag with the interlocking double G hardware, green-red-green web strap", "rolex": "diver watch with the crown logo on the dial, cyclops date",
              "louis-vuitton": "tote in the brown flower-and-initials canvas, date code inside", "burberry": "scarf in the camel house check with the equestrian knight label",
              "canada-goose": "parka with the round arctic program patch on the sleeve", "the-north-face": "puffer with the half dome logo, 700 fill",
              "omega": "moon chronograph with the Ω logo, hesalite crystal", "coach": "bag in the C signature canvas, horse and carriage tag",
              "levis": "jeans with the red tab and two horse leather patch", "puma": "suede sneakers with the formstrip and leaping cat",
              "michael-kors": "tote with the gold MK charm", "apple": "earbuds with the bitten fruit logo on the case, pop-up pairing",
              "shell": "5W-40 oil, yellow-red pecten on the bottle", "coca-cola": "red cans with the white script and dynamic ribbon",
              "lego": "bricks with the red square logo on every stud", "pandora": "charm bracelet with the crown O clasp, ALE 925 stamp",
              "swarovski": "crystal necklace with the swan logo tag", "cartier": "screw bangle with the signature engraving and screwdriver"}


@cf("cf_logo_in_words", "no mark: the logo and trade dress described in words (swoosh, crown logo, double G, Ω), with a cue or low price", only=lambda b: b["id"] in LOGO_WORDS)
def _(g, b, r):
    g.add("counterfeit", b["id"], None, None, "en", f"{LOGO_WORDS[b['id']].split(',')[0]} {r.choice(['', 'AAA', 'top quality', 'same as original'])}".strip(),
          f"{LOGO_WORDS[b['id']]}. {r.choice(['You know what it is 😉', 'Logo exactly like the pictures.', 'All markings correct.'])} {g.boil('en')}", g.cheap(b), b["cat"])


TRANSL = [("canada-goose", "it", "Oca Canadese piumino Expedition artico"), ("canada-goose", "de", "Kanadische Gans Daunenparka Expedition"),
          ("canada-goose", "es", "Ganso Canadiense parka Expedition plumón"), ("canada-goose", "en", "Canadian Goose expedition down parka"),
          ("canada-goose", "fr", "Oie Canadienne parka grand froid Expedition"), ("the-north-face", "es", "La Cara Norte chaqueta Nuptse 1996"),
          ("the-north-face", "fr", "Face Nord doudoune 1996 rétro"), ("the-north-face", "en", "The Northface 1996 retro nupste puffer"),
          ("the-north-face", "de", "Nordwand Daunenjacke 1996 retro Nuptse Stil"), ("hasbro", "es", "Mi Pequeño Pony set de muñecas"),
          ("hasbro", "fr", "Mon Petit Poney coffret figurines")]


@cf("cf_translated_mark", "a multi-word mark translated word for word or re-spaced (Oca Canadese, La Cara Norte, The Northface)", only=lambda b: b["id"] in {"canada-goose", "the-north-face", "hasbro"})
def _(g, b, r):
    opts = [t for t in TRANSL if t[0] == b["id"]]
    _, lang, t = opts[g.n % len(opts)]
    g.add("counterfeit", b["id"], None, None, lang, f"{t} {g.cue(lang)}", g.boil(lang), g.cheap(b), b["cat"])


@cf("cf_url_slug_only", "generic text; the brand only in the listing URL's slug", only=lambda b: True)
def _(g, b, r):
    slug = f"{b['mark'].lower().replace(' ', '-').replace(chr(39), '')}-{b['noun'].replace(' ', '-')}-{r.choice(['replica', 'aaa', '1-1', 'mirror'])}-{r.randint(1000, 9999)}"
    g.add("counterfeit", b["id"], None, None, "en", f"{b['generic']} best price", g.boil("en"), g.cheap(b), b["cat"],
          url=f"https://{r.choice(['shop', 'www', 'm'])}.{r.choice(['luxdeals', 'bestbuyz', 'topgradeshop', 'fashionmall88'])}.com/products/{slug}")


COMPAT = {"apple": ("TWS Pro 2 ANC earbuds for iPhone, pop-up window, rename, works with Find My, serial number checkable", "earbuds"),
          "samsung": ("25W super fast charger for Samsung EP-T2510 original genuine OEM box", "chargers"),
          "dyson": ("6 in 1 hair styler for Dyson Airwrap lovers – same motor as HS05, gift box with logo", "hair care"),
          "canon": ("LP-E6NH original battery for Canon R6 Mark II genuine 2130mAh", "cameras"),
          "gillette": ("Blades for Gillette Fusion5 ProGlide original factory bulk 48 pcs no retail box", "razor blades"),
          "nintendo": ("Joy-Con for Switch original HAC-015 OEM pair (same as official)", "accessories"),
          "bose": ("Headphones for Bose QC45 lovers, same shell, same logo, full set", "headphones"),
          "sony": ("WH-1000XM5 compatible headset original packaging same as Sony", "headphones"),
          "philips": ("Brush heads for Philips Sonicare HX9911 original genuine 8 pcs sealed", "electric toothbrushes"),
          "abbott": ("Sensor for FreeStyle Libre 2 original 14 days, CE, unboxed from pharmacy stock", "medical devices")}


@cf("cf_compatible_disguise", "a copy listed as if it were 'for/compatible with' the brand while claiming original/same/logo", only=lambda b: b["id"] in COMPAT)
def _(g, b, r):
    t, cat = COMPAT[b["id"]]
    g.add("counterfeit", b["id"], None, None, "en", t, f"{r.choice(['Original quality.', 'Genuine OEM.', 'Same as the official one.'])} {g.boil('en')}", g.cheap(b, 0.03, 0.15), cat,
          mp=r.choice(["aliexpress", "temu", "wish", "dhgate"]))


# ----------------------------------------------------------------------------- innocent (trap) classes
I = []  # (class, tactic, fn(g) -> None)


def trap(name, tactic):
    def deco(fn):
        I.append((name, tactic, fn))
        return fn
    return deco


def inn(g, cls, lang, title, desc, usd, cat, **kw):
    g.add("innocent", None, cls, None, lang, title, desc, usd, cat, **kw)


LANG_OF_MP = {"tmall": "zh", "amazon-de": "de", "amazon-us": "en", "ebay": "en"}


@trap("tr_authorized_seller", "the brand's own authorized store (registry), genuine product; sometimes on sale")
def _(g, reg):
    r = g.r
    for b in B:
        sellers = reg[b["id"]]
        if not sellers or r.random() < 0.55:
            continue
        s = r.choice(sellers)
        lang = LANG_OF_MP.get(s["marketplace"], "en")
        sale = r.random() < 0.3
        t = {"zh": f"{b['zh']} {b['line']} 官方正品 {'双11限时直降' if sale else '全国联保'}", "de": f"{b['mark']} {b['line']} – Original vom Hersteller{' – Black Friday Angebot' if sale else ''}",
             "en": f"{b['mark']} {b['line']}{' - Black Friday deal' if sale else ''}"}[lang]
        d = {"zh": "官方旗舰店 正品保障 支持专柜验货 发票齐全", "de": "Verkauf und Versand durch den Hersteller. 2 Jahre Garantie.", "en": "Sold by the brand. Manufacturer warranty included."}[lang]
        inn(g, "tr_authorized_seller", lang, t, d, g.fair(b, 0.55, 0.7) if sale else g.fair(b), b["cat"], mp=s["marketplace"],
            seller={"id": s["seller_id"], "name": s.get("name", "")})


DURABLE = [b for b in B if b["cat"] in ("parkas", "sneakers", "jeans", "handbags", "scarves", "headphones", "phones", "earbuds", "cameras", "consoles",
                                         "hair care", "electric toothbrushes", "power tools", "jackets", "golf clubs", "badminton rackets",
                                         "tennis rackets", "watches", "jewelry", "charms", "building sets", "dolls", "model kits")]


@trap("tr_used_resale", "private resale of a genuine used item at a believable second-hand price, receipts/wear described")
def _(g, reg):
    r = g.r
    for i in range(18):
        b = DURABLE[(i * 5) % len(DURABLE)]
        lang = r.choice(["en", "en", "fr", "de", "ja", "zh", "es", "it"])
        yr = r.choice([2019, 2020, 2021, 2022, 2023])
        t = {"en": f"Pre-owned {b['mark']} {b['line']} – bought {yr}, receipt included",
             "fr": f"{b['mark']} {b['line']} d'occasion, acheté en boutique en {yr}, facture",
             "de": f"{b['mark']} {b['line']} gebraucht, gekauft {yr} im Store, mit Rechnung",
             "ja": f"{b['ja']} {b['line']} 正規品 中古 {yr}年購入 レシートあり",
             "zh": f"自用闲置 {b['zh']} {b['line']} {yr}年专柜购入 有小票",
             "es": f"{b['mark']} {b['line']} usado, comprado en tienda en {yr}, con ticket",
             "it": f"{b['mark']} {b['line']} usato, acquistato in boutique nel {yr}, con scontrino"}[lang]
        d = {"en": "Genuine, bought from the brand's store. Light signs of use (see photos of corners). Selling because I upgraded. Happy for authentication at buyer's cost.",
             "fr": "Authentique, quelques traces d'usure visibles sur les photos. Vendu car je ne l'utilise plus.",
             "de": "Echt, leichte Gebrauchsspuren (siehe Fotos). Verkaufe, weil ungenutzt.",
             "ja": "数回使用しました。目立つ傷なし。箱・保証書あり。",
             "zh": "成色如图 九成新 可走闲鱼验货 不退不换",
             "es": "Original, con algunas marcas de uso. Lo vendo porque ya no lo uso.",
             "it": "Originale, segni di usura minimi. Vendo per inutilizzo."}[lang]
        inn(g, "tr_used_resale", lang, t, d + "\n" + g.boil(lang), b["usd"] * r.uniform(0.5, 0.85), b["cat"])


ACC = [("apple", "Clear silicone case for AirPods Pro 2 with keychain", "earbuds", 9, "en"), ("apple", "Hülle für AirPods Pro 2, Leder, braun", "earbuds", 14, "de"),
       ("samsung", "Tempered glass screen protector for Galaxy S24 Ultra (2 pack)", "phones", 8, "en"), ("samsung", "Funda para Samsung Galaxy S24 Ultra transparente", "phones", 7, "es"),
       ("rolex", "20mm curved-end rubber strap fits Rolex Submariner 41mm, black", "watches", 45, "en"), ("omega", "Nylon NATO strap 20mm for Omega Speedmaster", "watches", 25, "en"),
       ("louis-vuitton", "Felt bag organizer insert for Louis Vuitton Neverfull MM, beige", "handbags", 22, "en"), ("gucci", "Bag organiser insert for Gucci Marmont small, felt", "handbags", 19, "en"),
       ("dyson", "Wall mount holder for Dyson Airwrap, aluminium", "hair care", 29, "en"), ("dyson", "适用于戴森吹风机 收纳架 免打孔", "hair care", 39, "zh"),
       ("bose", "Replacement ear pads for Bose QuietComfort 45, protein leather", "headphones", 18, "en"), ("sony", "Ear cushions for Sony WH-1000XM5 replacement", "headphones", 21, "en"),
       ("canon", "Lens hood EW-83N style for Canon RF 24-105mm F4L (third party)", "lenses", 15, "en"), ("nintendo", "Nintendo Switch OLED 対応 ケース 収納 ハード", "consoles", 2000 / 150, "ja"),
       ("nintendo", "Carrying case for Nintendo Switch OLED, 20 game slots", "accessories", 16, "en"), ("lego", "Acrylic display case for LEGO 75192 Millennium Falcon", "toys", 189, "en"),
       ("bandai", "LED light kit for MG RX-78-2 Ver.3.0 (model kit not included)", "model kits", 12, "en"), ("pandora", "925 silver charms compatible with Pandora bracelets, heart", "charms", 12, "en"),
       ("bmw", "Silicone key fob cover for BMW keys, black", "accessories", 6, "en"), ("honda", "Custom fit floor mats for Honda Civic 2022-2024", "auto parts", 49, "en"),
       ("toyota", "Car cover for Toyota Corolla sedan, waterproof", "auto parts", 39, "en"), ("the-north-face", "Replacement zipper pulls for North Face jackets (5 pcs)", "jackets", 6, "en"),
       ("callaway", "Driver headcover fits Callaway Paradym, leather look", "golf clubs", 19, "en"), ("yonex", "Overgrip for badminton rackets, fits Yonex Astrox, 3 pcs", "badminton rackets", 6, "en"),
       ("wilson", "Vibration dampener for tennis rackets, fits Wilson Pro Staff", "tennis rackets", 5, "en"), ("philips", "Travel case for Philips Sonicare toothbrush", "electric toothbrushes", 11, "en"),
       ("michael-kors", "Replacement chain strap for Michael Kors crossbody, gold", "handbags", 15, "en"), ("canada-goose", "Replacement coyote-free faux fur ruff for Canada Goose hood", "parkas", 35, "en"),
       ("apple", "Чехол для iPhone 15 Pro силиконовый", "phones", 6, "ru"), ("samsung", "Galaxy S24 Ultra 対応 ガラスフィルム", "phones", 9, "ja"),
       ("coach", "Purse organizer insert for Coach Tabby 26", "handbags", 17, "en"), ("mattel", "Furniture set for Barbie Dreamhouse, compatible 12-inch dolls (not Mattel)", "toys", 24, "en")]


@trap("tr_accessory_for_brand", "accessory made for the brand's product, named after it in the usual ways and languages")
def _(g, reg):
    for bid, t, cat, usd, lang in g.r.sample(ACC, 26):
        inn(g, "tr_accessory_for_brand", lang, t, "Third-party accessory. Product itself not included.\n" + g.boil(lang), usd, cat)


PARTS = [("honda", "Oil filter replaces Honda 15400-PLM-A02 – aftermarket, pack of 4", "auto parts", 18), ("honda", "Air filter cross reference 17220-5BA-A00, fits Civic 1.5T", "auto parts", 11),
         ("toyota", "Brake pads front, OEM equivalent to 04465-02220 (ceramic, Akebono)", "auto parts", 42), ("toyota", "Oil filter 90915-YZZD1 equivalent, Mann W 68/3", "auto parts", 7),
         ("bmw", "Bremsscheibe vorne ersetzt 34116860016, Zimmermann", "auto parts", 75), ("bmw", "Ölfilter passend für BMW 11428575211 – Mahle OX 404D", "auto parts", 9),
         ("dyson", "Replacement battery for Dyson V15 SV22, 4000mAh, third party", "vacuum cleaners", 39), ("canon", "Patona battery replaces LP-E6NH for EOS R6 Mark II", "cameras", 29),
         ("samsung", "25W USB-C charger compatible with Samsung EP-T2510 (generic)", "chargers", 9), ("nintendo", "Replacement analog sticks for Joy-Con HAC-015 (4 pcs)", "accessories", 8),
         ("apple", "Replacement battery for iPhone 15 Pro (A3090 compatible) with tools", "phones", 24), ("michelin", "Valve caps and TPMS tool, fits cars with Michelin Pilot Sport tyres", "tires", 9),
         ("shell", "Oil drain pan 15L – for changing Helix Ultra or any engine oil", "motor oil", 12), ("bosch", "Akku passend für Bosch GSR 12V-15, 3.0Ah Nachbau-Zelle kompatibel", "power tools", 25)]


@trap("tr_aftermarket_part", "third-party replacement part quoting the OEM number, 'replaces', 'equivalent', 'passend für'")
def _(g, reg):
    for bid, t, cat, usd in PARTS:
        lang = "de" if any(w in t for w in ("passend", "ersetzt", "Akku")) else "en"
        inn(g, "tr_aftermarket_part", lang, t, "Aftermarket part, not made by the vehicle/device manufacturer. Check your part number before ordering.\n" + g.boil(lang), usd, cat)


CONS = [("nestle", "Coffee capsules compatible with Nespresso Original machines, 100 pcs", "coffee", 24, "en"),
        ("nestle", "Kapseln kompatibel mit Nespresso, Espresso Intenso 50 Stück", "coffee", 12, "de"),
        ("canon", "Remanufactured ink cartridge compatible with Canon PG-545XL black", "ink", 14, "en"),
        ("philips", "8 brush heads compatible with Philips Sonicare (generic)", "electric toothbrushes", 13, "en"),
        ("philips", "Końcówki do szczoteczki Philips Sonicare – zamienniki 8 szt.", "electric toothbrushes", 9, "pl"),
        ("gillette", "Razor blades compatible with Gillette Fusion5 handles, 12 pack (store brand)", "razor blades", 11, "en"),
        ("gillette", "Lames compatibles Gillette Mach3, lot de 16", "razor blades", 10, "fr"),
        ("dyson", "HEPA filter replacement for Dyson TP07 purifier (not genuine Dyson)", "air purifiers", 25, "en"),
        ("abbott", "Adhesive overpatches for FreeStyle Libre 2 sensors, 20 pcs", "medical devices", 12, "en"),
        ("bosch", "SDS-plus drill bit set for Bosch GBH rotary hammers", "power tools", 22, "en"),
        ("danone", "Formula dispenser for Aptamil tins, 3 compartments", "infant formula", 7, "en"),
        ("canon", "适用佳能PG-545墨盒 兼容 大容量", "ink", 49 / 7.2, "zh")]


@trap("tr_compatible_consumable", "third-party consumable 'compatible with' the brand's machine or handle")
def _(g, reg):
    for bid, t, cat, usd, lang in CONS:
        inn(g, "tr_compatible_consumable", lang, t, g.boil(lang), usd, cat)


EVERY = [("Canon in D – Pachelbel, sheet music for string quartet", "sheet music", 9), ("Vintage shell necklace, puka shells, surfer style", "jewelry", 14),
         ("Galaxy star projector night light for kids bedroom", "home decor", 19), ("Coach bus charter – 50 seats, weddings and school trips", "services", 850),
         ("LOVE wooden letters sign for wedding table", "home decor", 24), ("Dove figurine, white porcelain, 12 cm", "home decor", 18),
         ("Puma plush toy, 40cm realistic mountain lion", "toys", 22), ("Mars rover Perseverance poster, NASA JPL print A2", "posters", 15),
         ("8-port Gigabit Ethernet switch, unmanaged, metal", "networking", 21), ("Windows cleaning squeegee set with telescopic pole", "cleaning", 27),
         ("Ergonomic office chair with lumbar support, mesh", "furniture", 149), ("Jordan almonds, pastel sugared, 1 kg wedding favours", "confectionery", 16),
         ("Daytona Beach retro travel poster 50x70", "posters", 19), ("Dunk tank rental for school fair, weekend", "services", 250),
         ("Omega-3 fish oil 1000mg, 120 softgels", "supplements", 15), ("Constellation map glow in the dark ceiling stickers", "home decor", 9),
         ("The Odyssey – Homer, Penguin Classics paperback", "books", 11), ("Step-down transformers 220V to 110V, 500W", "electronics", 35),
         ("Monopoly and Competition – economics textbook, 3rd ed.", "books", 28), ("Superstar daughter t-shirt, kids cotton tee", "sportswear", 12),
         ("Samba dance shoes for women, ballroom latin heel 7cm", "dance shoes", 39), ("Base camp tent 4-person, 3 season", "outdoor gear", 119),
         ("Graphic illustrator available for logos and book covers", "services", 60), ("Acrobat stunt kite, dual line, 1.6m", "toys", 45),
         ("Pedigree Labrador puppies, KC registered, vaccinated", "pets", 1400), ("Blast furnace coke 25kg bag (coal coke fuel)", "industrial", 30),
         ("Pixel art sprite sheet pack for 2D platformer games", "digital", 7), ("Tic tac toe wooden board game, travel size", "board games", 8),
         ("Monogram embroidery service – add initials to towels", "services", 12), ("Speedy delivery courier bags, insulated, 40L", "bags", 25),
         ("Jet set travel toiletry bag, hanging, waterproof", "bags", 18), ("Supersonic paper plane launcher STEM kit", "toys", 26),
         ("Air fryer 5.5L digital, non-stick basket", "kitchen appliances", 69), ("Switch 2-in-1 light switch cover plate, brushed steel", "home improvement", 6),
         ("Surface cleaner attachment for pressure washer, 15 inch", "tools", 45), ("Maya blue acrylic paint 500ml", "art supplies", 11),
         ("Civic engagement and democracy – course reader", "books", 19), ("Originals and copies: art history essays", "books", 24),
         ("Ensure your bike is safe: workshop safety check service", "services", 25), ("Accord guitar capo, aluminium, quick release", "music", 9)]


@trap("tr_everyday_word", "an everyday English sense of a word that is also a registered mark")
def _(g, reg):
    for t, cat, usd in g.r.sample(EVERY, 26):
        inn(g, "tr_everyday_word", "en", t, g.boil("en"), usd, cat)


FOREIGN = [("de", "Kinder Winterjacke Gr. 128, blau, wie neu", "Kinderbekleidung", 18), ("de", "Kinder Fahrradhelm verstellbar 50-56 cm", "Sport", 15),
           ("de", "Kinder Gummistiefel Gr. 27, Dino-Motiv", "Kinderschuhe", 9), ("pl", "Mieszkanie 2 pokoje Centrum, 48 m2, do wynajęcia", "nieruchomości", 650),
           ("pl", "Centrum ogrodnicze – sadzonki tui 50 szt.", "ogród", 120), ("fr", "Vide-grenier le 15 mars – lot de vaisselle ancienne", "maison", 20),
           ("fr", "Agenda 2027 janvier–mars, papier recyclé", "papeterie", 8), ("es", "UNO de los mejores libros de cocina mexicana, tapa dura", "libros", 14),
           ("it", "Serie 8 di bicchieri da vino in cristallo", "casa", 35), ("it", "Dove trovare ricambi? Vendo lotto viti e bulloni assortiti", "bricolage", 10),
           ("zh", "三星级酒店 双人房 周末特价 含早餐", "酒店", 420 / 7.2), ("zh", "新鲜红富士苹果 5斤装 产地直发", "水果", 29 / 7.2),
           ("zh", "博士论文 写作指导书 第二版", "图书", 45 / 7.2), ("zh", "风火轮 哪吒 手办 国潮 摆件", "手办", 89 / 7.2),
           ("zh", "潘多拉魔盒 希腊神话绘本 儿童", "图书", 39 / 7.2), ("zh", "高达100米 观光塔 门票 成人票", "门票", 120 / 7.2),
           ("ja", "テニスコーチ 個人レッスン 60分", "レッスン", 5000 / 150), ("es", "Figura de resina puma andino, 30 cm, decoración rústica", "decoración", 45),
           ("tr", "Nike heykeli – Zafer tanrıçası, polyester reçine, 30 cm", "dekorasyon", 25), ("ru", "Марс – детская энциклопедия о планетах, твердый переплет", "книги", 6),
           ("de", "Böse Mädchen – Roman, Taschenbuch", "Bücher", 5), ("nl", "Kinder fietsstoeltje achter, tot 22 kg", "kinderen", 25)]


@trap("tr_foreign_everyday_word", "an everyday word of another language that spells a mark (Kinder, Centrum, mars, dove, 三星, 苹果, 高达)")
def _(g, reg):
    for lang, t, cat, usd in FOREIGN:
        inn(g, "tr_foreign_everyday_word", lang, t, g.boil(lang), usd, cat)


NAMES = [("en", "Hieronymus Bosch – The Garden of Earthly Delights, canvas print 120x60", "wall art", 79),
         ("en", "Bruno Mars – 24K Magic, vinyl LP, sealed", "vinyl records", 29), ("en", "Petra & Wadi Rum 3-day tour from Amman, Jordan", "travel", 320),
         ("en", "Keisuke Honda signed Japan national team card, authenticated", "trading cards", 90), ("en", "Toyota Stadium – FC Dallas tickets, 2 seats section 112", "tickets", 80),
         ("en", "Louis Armstrong – What a Wonderful World, 7\" single 1967", "vinyl records", 15), ("en", "Canon City, Colorado – Royal Gorge rafting half day", "travel", 95),
         ("en", "Santos FC 2024 home shirt, Umbro, size L", "football shirts", 65), ("en", "Omega Psi Phi fraternity paddle, hand painted", "collectibles", 55),
         ("de", "Bayer 04 Leverkusen Heimtrikot 24/25, Größe M, offizielles Fanshop-Produkt", "Fußball", 85),
         ("en", "Chilliwack BC – 3 bedroom house for rent, available Jan 1", "real estate", 2600), ("en", "Shell Beach California watercolor postcard set", "postcards", 8),
         ("en", "Dove Cameron signed photo 8x10 with COA", "collectibles", 75), ("en", "Pandora – The Dark World, metal band tour t-shirt 2009", "band merch", 20),
         ("fr", "Miguel Bosé – vinyle 'Bandido' 1984", "vinyles", 18), ("en", "Wilson's Phalarope bird print, Audubon reproduction", "wall art", 30)]


@trap("tr_names_places", "a person, place, club or band that shares a brand's name, far from its goods")
def _(g, reg):
    for lang, t, cat, usd in NAMES:
        inn(g, "tr_names_places", lang, t, g.boil(lang), usd, cat)


MEDIA = [("The Rolex Story – hardcover coffee table book, 2nd edition", "books", 45), ("Shoe Dog: A Memoir by the Creator of Nike – Phil Knight, paperback", "books", 12),
         ("Haynes workshop manual Honda CBR600 1999-2006", "books", 25), ("Toyota Corolla 2019-2023 service manual PDF on USB (factory)", "manuals", 35),
         ("House of Gucci (2021) Blu-ray", "movies", 14), ("LEGO Star Wars: The Visual Dictionary, DK hardcover", "books", 20),
         ("Vogue Paris March 1998 – Louis Vuitton centenary special", "magazines", 30), ("Canon EOS R6 Mark II: The Complete Guide, paperback", "books", 28),
         ("The Nintendo Story – documentary DVD", "movies", 10), ("Coca-Cola: The Real Story – history book, 1994", "books", 9),
         ("Adobe Photoshop Classroom in a Book (2025 release)", "books", 49), ("Steve Jobs by Walter Isaacson – the Apple biography", "books", 11),
         ("Michelin Guide France 1965, red cover, good condition", "books", 65), ("Dyson: Against the Odds – James Dyson autobiography", "books", 13),
         ("Omega Speedmaster: Moonwatch history book, hardcover", "books", 85), ("Barbie (2023) DVD + soundtrack CD bundle", "movies", 15),
         ("威尔胜 网球 入门教程 DVD 2碟", "movies", 6), ("Transformers: The Movie (1986) VHS, original release", "movies", 18)]


@trap("tr_media_books", "books, manuals, films and magazines about the brand or its products")
def _(g, reg):
    for t, cat, usd in MEDIA:
        lang = "zh" if any("\u4e00" <= c <= "\u9fff" for c in t) else "en"
        inn(g, "tr_media_books", lang, t, g.boil(lang), usd, cat)


PARODY = [("'Rolex or Rent?' – satirical typography art print A3", "posters", 18), ("Protest poster: Coca-Cola out of our schools, screen print", "posters", 12),
          ("Pop art oil painting of a Coke bottle, original on canvas, signed", "art", 240), ("Editorial cartoon print: 'Apple of Discord' about app store fees", "posters", 15),
          ("Zine: 'Logomania' – essays on luxury branding and LV monogram culture", "books", 8), ("Meme sticker pack: 'my Dyson can't fix my life' vinyl stickers", "stickers", 4),
          ("Photo print: abandoned Shell station at sunset, Route 66", "photography", 35), ("Street photography book 'Nike Town crowds 1996'", "books", 22),
          ("Satirical board game 'Anti-Monopoly' (1973 original)", "board games", 30), ("Documentary poster 'The True Cost' about fast fashion brands", "posters", 10)]


@trap("tr_parody_art_news", "parody, protest art, photography and commentary that name the brand")
def _(g, reg):
    for t, cat, usd in PARODY:
        inn(g, "tr_parody_art_news", "en", t, "Art/commentary item, not affiliated with any brand.\n" + g.boil("en"), usd, cat)


SERV = [("en", "iPhone 15 Pro screen replacement – same day, walk-in", "repair services", 189), ("en", "Rolex service and polishing by certified watchmaker, 2-year warranty", "watch repair", 650),
        ("en", "Dyson vacuum repair – motor, battery, filter. Free quote", "repair services", 45), ("en", "Louis Vuitton bag restoration: handles, edge paint, cleaning", "leather care", 120),
        ("en", "Luxury handbag authentication service – Gucci, LV, Coach (written report)", "services", 30), ("en", "Tyre fitting & balancing – Michelin, any brand, per tyre", "auto services", 20),
        ("en", "Photoshop & Lightroom one-to-one lessons, online", "lessons", 40), ("en", "AutoCAD training course for beginners, 6 weeks evening", "courses", 290),
        ("de", "BMW Inspektion und Ölwechsel – freie Werkstatt Köln", "KFZ-Service", 149), ("en", "Rent a Canon EOS R6 Mark II for the weekend", "camera rental", 85),
        ("ja", "ナイキ スニーカー クリーニング 1足", "サービス", 3000 / 150), ("zh", "苹果手机 换电池 上门维修", "维修", 159 / 7.2),
        ("en", "Nintendo Switch Joy-Con drift repair, mail-in", "repair services", 25), ("es", "Reparación de bolsos Michael Kors y Coach – costura y asas", "servicios", 35),
        ("en", "Callaway driver custom fitting session, 45 min", "golf services", 75), ("en", "Yonex racket restringing, BG65, same day", "sports services", 18)]


@trap("tr_services", "repair, authentication, restoration, rental, fitting and lessons about the brand's goods")
def _(g, reg):
    for lang, t, cat, usd in SERV:
        inn(g, "tr_services", lang, t, g.boil(lang), usd, cat)


@trap("tr_wanted_to_buy", "a buyer's post: WTB / 收 / 求购 / 구합니다 / 買取 / Suche / Compro, nothing offered")
def _(g, reg):
    r = g.r
    picks = r.sample(DURABLE, 16)
    for b in picks:
        lang = r.choice(["en", "zh", "ko", "ja", "de", "es", "en"])
        t = {"en": f"WTB: {b['mark']} {b['line']} – genuine only, paying cash", "zh": f"求购 {b['zh']} {b['line']} 只收正品 高价回收",
             "ko": f"{b['ko']} {b['line']} 구합니다 정품만", "ja": f"【買取】{b['ja']} {b['line']} 高価買取いたします", "de": f"Suche {b['mark']} {b['line']}, nur Original",
             "es": f"Compro {b['mark']} {b['line']} original, pago al contado"}[lang]
        d = {"en": "Looking to buy, not selling. Must come with receipt or proof of purchase. No replicas please.", "zh": "本人收购 非出售 假货勿扰",
             "ko": "삽니다. 가품 사절", "ja": "偽物はお断りします。", "de": "Kaufe, verkaufe nicht. Bitte keine Fälschungen.", "es": "Busco, no vendo. Nada de réplicas."}[lang]
        inn(g, "tr_wanted_to_buy", lang, t, d, None, "wanted")


COMP = [("Shark FlexStyle air styler – a great alternative to the Dyson Airwrap", "hair care", 249), ("JBL Flip 6 speaker – louder than Bose SoundLink Flex in my tests", "speakers", 99),
        ("Anker Soundcore Space Q45 – ANC close to Sony WH-1000XM5 for a third of the price", "headphones", 99), ("Rossmann Isana Rasierklingen – günstiger als Gillette", "razor blades", 6),
        ("Seiko Prospex SPB143 diver – the honest alternative to a Rolex Submariner", "watches", 1100), ("Makita DF333 12V drill, I prefer it over Bosch GSR", "power tools", 89),
        ("Oral-B iO 9 – compared with Philips Sonicare DiamondClean it cleans better", "electric toothbrushes", 199), ("Xiaomi 14 Ultra, camera rivals Galaxy S24 Ultra", "phones", 899),
        ("Garmin Venu 3 – better battery than Apple Watch", "smartwatches", 399), ("Levi's? No – Nudie Jeans Gritty Jackson, organic denim", "jeans", 120),
        ("Uniqlo Ultra Light Down – not a Canada Goose, but warm enough for the city", "jackets", 70), ("Affinity Photo 2 lifetime licence – Photoshop alternative without subscription", "software", 70),
        ("平替戴森的吹风机 徕芬 LF03 高速 正品", "hair care", 399 / 7.2), ("Sennheiser Momentum 4 – mejor que Bose QC45", "headphones", 279)]


@trap("tr_honest_comparison", "another brand's product compared with, or offered as an alternative to, the brand's product")
def _(g, reg):
    for t, cat, usd in COMP:
        lang = "zh" if "平替" in t else "de" if "günstiger" in t else "es" if "mejor" in t else "en"
        inn(g, "tr_honest_comparison", lang, t, g.boil(lang), usd, cat)


STORE = [("Kirkland Signature Extra Strength Acetaminophen 500mg, 500 caplets – compare to Tylenol", "otc", 13), ("Equate Extra Strength Pain Reliever, compare to Tylenol Extra Strength, 100 ct", "otc", 5),
         ("Up&Up nappy rash ointment – compare to Bepanthen, 100g", "otc", 5), ("Amazon Basics Loratadine 10mg – compare to Claritin, 300 tablets", "otc", 12),
         ("CVS Health Antiseptic Mouth Rinse – compare to Listerine Cool Mint 1L", "otc", 5), ("Kirkland Signature Daily Multi – compare to Centrum Adult, 500 tablets", "otc", 16),
         ("Aldi Mamia toddler milk stage 3 – our comparison with Aptamil", "infant formula", 11), ("dm Balea Nachtserum – vergleichbar mit Estée Lauder Advanced Night Repair", "skincare", 6),
         ("Walgreens Clotrimazole cream 1% – compare to Canesten", "otc", 6), ("Target Up&Up adhesive bandages 100 ct – compare to Band-Aid", "first aid", 4)]


@trap("tr_store_brand_compare", "store/private-label product with the retail 'compare to <brand>' statement")
def _(g, reg):
    for t, cat, usd in STORE:
        lang = "de" if "vergleichbar" in t else "en"
        inn(g, "tr_store_brand_compare", lang, t, g.boil(lang), usd, cat)


TRADE = [("en", "adidas Real Madrid 24/25 home jersey – official replica (fan version), size L", "football", 95),
         ("en", "Nike FC Barcelona replica stadium shirt 2024, official club shop", "sportswear", 90),
         ("de", "Puma BVB Heimtrikot Replica 24/25, offizielles Fanshop-Trikot", "sportswear", 80),
         ("en", "Panasonic eneloop AAA rechargeable batteries, 4 pack", "batteries", 13),
         ("en", "Grade A refurbished iPhone 15 Pro 128GB, unlocked, 90% battery", "phones", 699),
         ("en", "1:18 scale BMW M4 Competition diecast replica, Minichamps licensed", "collectibles", 149),
         ("en", "1:43 Toyota Land Cruiser 70 diecast model, officially licensed", "collectibles", 39),
         ("en", "Samsung 990 PRO 2TB SSD + free clone software (Samsung Magician)", "memory", 159),
         ("en", "Replica vintage Coca-Cola glass bottle lamp – licensed merchandise", "merchandise", 35),
         ("en", "AAA batteries Duracell 24 pack for Wilson ball pump & scoreboard", "batteries", 12),
         ("en", "Nintendo Switch – AAA games bundle: Zelda TOTK + Mario Kart 8 (physical)", "video games", 95),
         ("en", "Honda genuine OEM part number 15400-PLM-A02 – oil filter, box of 1", "auto parts", 9),
         ("en", "Mirror cap cover for Honda Civic 2022 (left side replacement)", "auto parts", 35),
         ("pt", "Camisa Nike Seleção Brasileira torcedor 2024 – réplica oficial licenciada", "futebol", 70)]


@trap("tr_trade_sense_cue", "a counterfeit cue word in its ordinary trade sense (official replica jersey, AAA batteries, 1:18 replica, grade A, OEM part)")
def _(g, reg):
    for lang, t, cat, usd in TRADE:
        inn(g, "tr_trade_sense_cue", lang, t, g.boil(lang), usd, cat)


UNIT = [("mars", "Snickers bar 50g single", "chocolate", 1.5), ("mars", "Twix 2-pack 50g", "chocolate", 1.25), ("coca-cola", "Coca-Cola 330ml can, chilled", "soft drinks", 0.9),
        ("coca-cola", "Sprite 330ml can single", "soft drinks", 0.85), ("ferrero", "Kinder Bueno 2 bars 43g", "chocolate", 1.3), ("ferrero", "Tic Tac mint 18g", "confectionery", 1.0),
        ("nestle", "KitKat 4 finger 41.5g", "confectionery", 1.1), ("danone", "evian 500ml bottle", "bottled water", 0.25), ("mattel", "Hot Wheels single car – 2025 mainline", "die-cast cars", 1.25),
        ("gillette", "Gillette Mach3 single blade refill (1 pc, opened pack)", "razor blades", 1.8), ("johnson-johnson", "Band-Aid travel pack 10 plasters", "first aid", 1.5),
        ("mars", "德芙 丝滑牛奶巧克力 43g 单条", "chocolate", 6.9 / 7.2), ("coca-cola", "可口可乐 330ml 单罐", "soft drinks", 3 / 7.2), ("lego", "LEGO minifigure series 25 – single blind bag", "minifigures", 4.99)]


@trap("tr_single_unit_low_price", "a genuine single unit whose honest price is below a pack-size floor")
def _(g, reg):
    for bid, t, cat, usd in UNIT:
        lang = "zh" if any("\u4e00" <= c <= "\u9fff" for c in t) else "en"
        inn(g, "tr_single_unit_low_price", lang, t, g.boil(lang), usd, cat)


GREY = [("zh", "爱他美 Aptamil 英国版 3段 800g 海外直邮 保质期2027", "infant formula", 298 / 7.2), ("zh", "日本直邮 资生堂 安热沙 Anessa 防晒 60ml 日版", "sunscreen", 168 / 7.2),
        ("en", "Aptamil Profutura 3, UK stock, imported, expiry 03/2027", "infant formula", 30), ("en", "Nutella 750g Italian import, Italian label", "spreads", 8),
        ("en", "Japanese version Nintendo Switch OLED, region free, English menu", "consoles", 330), ("ko", "일본 내수용 파나소닉 에네루프 AA 4개 정품", "batteries", 18000 / 1350),
        ("en", "Gillette Fusion5 ProGlide blades 8 pack, EU packaging", "razor blades", 29), ("de", "Sony WH-1000XM5 – EU-Import, deutsche Anleitung liegt bei, Rechnung", "headphones", 299),
        ("en", "Canon EOS R6 Mark II body – grey import, 1-year seller warranty", "cameras", 1999), ("zh", "港版 苹果 iPhone 15 Pro 256G 全新未激活", "phones", 7999 / 7.2),
        ("en", "Estée Lauder Advanced Night Repair 50ml, duty free purchase, sealed", "skincare", 95), ("ru", "Lancôme Génifique 50 мл, параллельный импорт, чек", "skincare", 9500 / 92)]


@trap("tr_grey_import", "genuine product imported outside the official channel, said so plainly")
def _(g, reg):
    for lang, t, cat, usd in GREY:
        inn(g, "tr_grey_import", lang, t, g.boil(lang), usd, cat)


REFURB = [("Bose QuietComfort 45 – refurbished by a third-party shop, 12-month warranty", "headphones", 179), ("Renewed Samsung Galaxy S24 Ultra 256GB, excellent", "phones", 799),
          ("Apple AirPods Pro 2 (USB-C) – open box, sealed pods, receipt", "earbuds", 189), ("Dyson V15 Detect – refurbished, new battery fitted", "vacuum cleaners", 399),
          ("Sony WH-1000XM5 – open box return, like new", "headphones", 279), ("Philips Sonicare DiamondClean 9000 – display model, boxed", "electric toothbrushes", 149),
          ("Nintendo Switch OLED – Grade B refurbished, small scratch on back", "consoles", 249), ("Canon EOS R6 Mark II – refurbished by a camera store, 4,000 shutter count", "cameras", 1799),
          ("Bosch GSR 12V-15 – Ausstellungsstück, unbenutzt", "power tools", 85), ("MacBook Air 13 M3 MRXN3 – refurbished, 12 cycles", "laptops", 849)]


@trap("tr_refurbished_open_box", "refurbished / open-box / display genuine items at fair discounted prices")
def _(g, reg):
    for t, cat, usd in REFURB:
        lang = "de" if "Ausstellungsstück" in t else "en"
        inn(g, "tr_refurbished_open_box", lang, t, g.boil(lang), usd, cat)


MISC = [("Job: Sales Associate – Louis Vuitton boutique, Fifth Avenue (full time)", "jobs", None), ("Hiring Apple-certified Mac technician, 40h/week", "jobs", None),
        ("Room for rent near Toyota plant, Georgetown KY – $650/month", "real estate", 650), ("Free: empty Nike shoebox, good for storage", "free stuff", 0),
        ("Carpool to the Michelin factory Clermont-Ferrand, weekdays", "rideshare", 5), ("Lost: black Samsung phone near Central Park, reward", "lost and found", None),
        ("Volunteer needed: LEGO robotics club coach for kids", "volunteer", None), ("Charity raffle: win a Dyson Airwrap, tickets $5", "charity", 5),
        ("Gesucht: Praktikum bei Bosch Stuttgart – Lebenslauf anbei", "Jobs", None), ("Canon printer driver install help – remote support 30 min", "services", 25)]


@trap("tr_jobs_housing_misc", "jobs, housing, lost & found, free stuff, raffles: the brand named, nothing sold as it")
def _(g, reg):
    for t, cat, usd in MISC:
        lang = "de" if "Gesucht" in t else "en"
        inn(g, "tr_jobs_housing_misc", lang, t, g.boil(lang, 1), usd, cat, mp=g.r.choice(["craigslist", "facebook-marketplace", "kleinanzeigen" if lang == "de" else "craigslist"]))


VINT = [("Vintage 1950s Coca-Cola tin sign, original, rust on edges", "merchandise", 180), ("Michelin Man Bibendum figure 1980s garage display, original", "collectibles", 260),
        ("Used LEGO lot 2kg, mixed genuine bricks, washed", "building sets", 45), ("Original 1985 Nike Air Jordan 1 print ad, magazine page framed", "collectibles", 60),
        ("Shell oil can 1960s, 1 quart, collectible", "collectibles", 55), ("1999 Tamagotchi original Bandai, working, with battery", "toys", 70),
        ("Walkman WM-2 Sony 1981 cassette player, serviced", "electronics", 220), ("Barbie 1978 Superstar doll, original box, genuine Mattel", "dolls", 95),
        ("Vintage Coach Bonnie Cashin bag 1970s, genuine, wear on corners", "handbags", 260), ("Old Rolex Oyster 1960s catalogue brochure, paper", "collectibles", 120),
        ("Nintendo Game Boy DMG-01 1989 original, tested", "consoles", 110), ("Ferrero Rocher empty tin boxes x10, for crafts", "home", 8)]


@trap("tr_vintage_collectible", "genuine vintage items, memorabilia and empty-but-genuine packaging sold as collectibles")
def _(g, reg):
    for t, cat, usd in VINT:
        inn(g, "tr_vintage_collectible", "en", t, g.boil("en"), usd, cat)


INWORD = [("Bösendorfer grand piano model 200, 1982, restored", "musical instruments", 42000), ("Samsonite hardside suitcase 75cm, spinner", "luggage", 180),
          ("Omegaverse romance novel bundle, 5 paperbacks", "books", 20), ("Dovetail jig for router, 300mm", "tools", 89), ("Shellac flakes, blonde dewaxed, 250g", "art supplies", 17),
          ("Coachella 2027 weekend 1 GA wristband", "tickets", 650), ("Canonical Ubuntu Pro support voucher (business)", "software", 25), ("Applebee's gift card $50", "gift cards", 45),
          ("Pineapple corer and slicer, stainless", "kitchen", 12), ("Marshmallow fluff 7.5oz, 3 jars", "grocery", 9), ("Hondashi bonito soup stock 1kg (Ajinomoto)", "grocery", 14),
          ("Legoland Windsor 2 day tickets", "tickets", 120), ("Nikon Z6 III body – mirrorless camera", "cameras", 2199), ("Bosendorfer-style piano stool, adjustable", "musical instruments", 140)]


@trap("tr_brand_inside_word", "a mark's letters inside a longer unrelated word or other brand (Bösendorfer, Samsonite, Coachella, Hondashi)")
def _(g, reg):
    for t, cat, usd in INWORD:
        inn(g, "tr_brand_inside_word", "en", t, g.boil("en"), usd, cat)


GENERIC = [("Men's waterproof hiking boots, size 43", "boots", 59), ("Unbranded white leather sneakers, minimalist", "sneakers", 35), ("Canvas tote bag with leather handles, plain", "handbags", 25),
           ("Stainless steel automatic dive watch, 40mm, own brand 'Tidal'", "watches", 189), ("Wireless earbuds with charging case, generic, 30h battery", "earbuds", 19),
           ("Kids' winter parka, navy, 6-7 years", "parkas", 35), ("Over-ear headphones wired 3.5mm, studio", "headphones", 29), ("Sterling silver chain bracelet 19cm", "jewelry", 39),
           ("Cordless drill 18V with 2 batteries (no-name)", "power tools", 49), ("Dark chocolate 85% bar 100g, organic", "chocolate", 3.5), ("Ground coffee 500g, medium roast", "coffee", 8),
           ("Engine oil 5W-30 5L, API SP (store brand)", "motor oil", 25), ("Badminton shuttlecocks nylon, 6 pcs", "shuttlecocks", 6), ("Wool scarf, grey, 180cm", "scarves", 22),
           ("Hair dryer 2000W ionic, foldable", "hair care", 25), ("Electric toothbrush sonic, 5 modes, generic", "electric toothbrushes", 22),
           ("Building blocks 500 pcs classic colours, generic bricks", "toys", 15), ("Infant formula stage 1, 800g, own label", "infant formula", 14),
           ("男士 羽绒服 冬季 加厚 连帽 无品牌", "jackets", 199 / 7.2), ("Damen Handtasche Leder schwarz, ohne Marke", "Taschen", 40)]


@trap("tr_no_brand_generic", "ordinary unbranded goods in the brands' own categories, often cheap")
def _(g, reg):
    for t, cat, usd in g.r.sample(GENERIC, 16):
        lang = "zh" if any("\u4e00" <= c <= "\u9fff" for c in t) else "de" if "Damen" in t else "en"
        inn(g, "tr_no_brand_generic", lang, t, g.boil(lang), usd, cat)


HONEST_NEG = [("en", "Not Nike – unbranded white leather sneakers, similar clean look", "sneakers", 35),
              ("es", "No es Rolex: reloj Casio Duro MDV-106 buceo, original", "relojes", 60),
              ("en", "Not a Dyson! Generic cordless stick vacuum, 25kPa, works fine", "vacuum cleaners", 79),
              ("de", "Keine Gucci – Umhängetasche aus Kunstleder, ohne Logo", "Taschen", 25),
              ("en", "No brand name (not Canada Goose) – warm parka with hood, size L", "parkas", 90),
              ("ru", "Не Apple – наушники TWS без бренда, честно", "наушники", 12),
              ("en", "Looks like a Coach bag but it is a Fossil, genuine Fossil leather", "handbags", 45),
              ("fr", "Ce n'est pas une Louis Vuitton : cabas en toile, marque Longchamp authentique", "sacs", 80)]


@trap("tr_honest_negation", "a seller says plainly the item is NOT the brand (not Nike, no es Rolex, не Apple) and sells something else")
def _(g, reg):
    for lang, t, cat, usd in HONEST_NEG:
        inn(g, "tr_honest_negation", lang, t, g.boil(lang), usd, cat)


ANTIFAKE = [("Book: Knockoff – The Deadly Trade in Counterfeit Goods (Phillips), paperback", "books", 12),
            ("Real vs fake Rolex Submariner: 40-page comparison guide (PDF) for buyers", "digital", 9),
            ("Legit check service – is your Nike Dunk fake or real? Verdict in 24h", "services", 10),
            ("Authentication guide: Louis Vuitton date codes 1980-2024, spiral bound", "books", 18),
            ("UV blacklight torch for spotting fake banknotes and replica tags", "tools", 11),
            ("Poster 'Fakes cost more' – anti-counterfeiting campaign print, AAA museum series", "posters", 14),
            ("Lecture DVD: How the 1:1 replica industry copies Gucci and Cartier (university course)", "movies", 20),
            ("假货鉴定 教程 书 劳力士 真假对比 图鉴", "图书", 58 / 7.2)]


@trap("tr_anti_fake_info", "items about counterfeits that carry the trade's own words legitimately (fake vs real guides, legit-check service)")
def _(g, reg):
    for t, cat, usd in ANTIFAKE:
        lang = "zh" if any("\u4e00" <= c <= "\u9fff" for c in t) else "en"
        inn(g, "tr_anti_fake_info", lang, t, g.boil(lang), usd, cat)


# ----------------------------------------------------------------------------- main
def load_sellers(path):
    import yaml
    reg = yaml.safe_load(open(path, encoding="utf-8"))
    return {b["id"]: b.get("authorized_sellers", []) for b in reg["brands"]}


PER_CLASS = 10
PRICE_CLASSES = {"cf_authentic_claim_lowball", "cf_bulk_wholesale", "cf_software_key", "cf_pharma_spam", "cf_factory_overrun_tale"}
SMALL = {"cf_pharma_spam": 8, "cf_software_key": 8}


def build(seed, registry):
    g = G(seed)
    r = g.r
    reg = load_sellers(registry)
    for k, (name, tactic, fn, only) in enumerate(C):
        elig = [b for b in B if (only is None or only(b))]
        n = SMALL.get(name, PER_CLASS)
        off = (k * 7) % len(elig)
        for j in range(n):
            b = elig[(off + j) % len(elig)]
            before = len(g.rows)
            fn(g, b, r)
            for row in g.rows[before:]:
                row["_label"]["class"] = name
                row["_label"]["tactic"] = tactic
                if name not in PRICE_CLASSES and "price" in row and r.random() < 0.07:  # price only in DM
                    del row["price"]
                    row["description"] += "\nPrice in DM / 价格私聊"
                if r.random() < 0.12:  # seller chatter / emoji, as real listings carry
                    row["description"] = (row["description"] + "\n" + r.choice(["❤️❤️❤️", "🔥🔥 hot item 🔥🔥", "Pls read description before buying!!", "Follow for daily drops 👀", "包邮哦亲"])).strip()
    # top up: every brand at least 8 counterfeit listings, from classes open to every brand
    open_cls = [(k, c) for k, c in enumerate(C) if c[3] is None]
    count = {b["id"]: 0 for b in B}
    for row in g.rows:
        count[row["_label"]["brand"]] += 1
    for b in B:
        while count[b["id"]] < 8:
            k, (name, tactic, fn, only) = open_cls[r.randrange(len(open_cls))]
            before = len(g.rows)
            fn(g, b, r)
            for row in g.rows[before:]:
                row["_label"]["class"] = name
                row["_label"]["tactic"] = tactic
            count[b["id"]] += 1
    for name, tactic, fn in I:
        before = len(g.rows)
        fn(g, reg)
        for row in g.rows[before:]:
            row["_label"]["class"] = name
            row["_label"]["tactic"] = tactic
    rows = g.rows
    r.shuffle(rows)
    for i, row in enumerate(rows, 1):  # ids carry no hint of the class order
        row["listing_id"] = f"o4-{(i * 7919) % 100000:05d}-{r.randint(100, 999)}"
    return rows


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, default=4404)
    ap.add_argument("--out", default="set.jsonl")
    ap.add_argument("--registry", default="/work/main/deploy/seed/registry.yaml")
    a = ap.parse_args()
    rows = build(a.seed, a.registry)
    with open(a.out, "w", encoding="utf-8") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    import collections
    kinds = collections.Counter(x["_label"]["kind"] for x in rows)
    cls = collections.Counter((x["_label"]["kind"], x["_label"]["class"]) for x in rows)
    br = collections.Counter(x["_label"]["brand"] for x in rows if x["_label"]["kind"] == "counterfeit")
    langs = collections.Counter(x["_label"]["lang"] for x in rows)
    print(f"{len(rows)} listings: {dict(kinds)}; classes: counterfeit {sum(1 for k in cls if k[0]=='counterfeit')}, innocent {sum(1 for k in cls if k[0]=='innocent')}")
    print(f"brands: {len(br)}, min per brand {min(br.values())} ({min(br, key=br.get)}); languages {len(langs)}: {dict(langs)}")


if __name__ == "__main__":
    main()
