#!/usr/bin/env python3
"""Outsider 12's held-out set for BrandSentry: python3 make_set.py --seed 12 [--out set.jsonl] [--classes classes.md]

Stdlib only, seeded: the same seed writes the same bytes. One function per class; counterfeit classes write 13
listings, innocent classes 12. Each line: a Listing (schemas.models.Listing) plus `_label`
{kind, brand, class, tactic, lang, also}."""
from __future__ import annotations

import argparse
import hashlib
import json
import math
import random
import unicodedata

from data import AUTH_CURRENCY, AUTHORIZED, BRANDS, MARKETS, PRODUCTS, noun

CLASSES = []  # (name, kind, star, tactic, fn)


def klass(name, kind, tactic, star=False):
    def deco(fn):
        CLASSES.append((name, kind, star, tactic, fn))
        return fn
    return deco


class Ctx:
    def __init__(self, seed):
        self.seed = seed
        self.rng = random.Random(seed)
        self.n = 0
        self.used = {}  # brand -> products drawn so far, so that every brand appears

    def pid(self):
        self.n += 1
        return hashlib.sha256(f"o12-{self.seed}-{self.n}".encode()).hexdigest()[:14]

    def prods(self, k, filt=lambda p: True, brands=None):
        """k products passing filt, as many brands as possible, the brands least used so far first (ties at random)."""
        pool = [p for p in PRODUCTS if filt(p) and (brands is None or p["brand"] in brands)]
        by = {}
        for p in pool:
            by.setdefault(p["brand"], []).append(p)
        out = []
        while len(out) < k:
            keys = sorted(by, key=lambda b: (self.used.get(b, 0), self.rng.random()))
            for b in keys[:k - len(out)]:
                out.append(self.rng.choice(by[b]))
                self.used[b] = self.used.get(b, 0) + 1
        return out


def nice(x, cur):
    """A seller's round price."""
    if x <= 0:
        return 0
    if cur in ("BTC",):
        return round(x, 5)
    if x < 10:
        return round(x, 2)
    if x < 100:
        return float(int(round(x)))
    mag = 10 ** (int(math.log10(x)) - 1)
    return float(int(round(x / mag) * mag))


def local(usd, lang):
    m = MARKETS[lang]
    return nice(usd * m[2], m[1]), m[1]


def copy_frac(rng, usd):
    if usd >= 150:
        return rng.uniform(0.05, 0.20)
    if usd >= 30:
        return rng.uniform(0.12, 0.30)
    return rng.uniform(0.25, 0.45)


SELLER_WORDS = ["store", "shop", "mall", "outlet", "trading", "boutique", "market", "deals", "corner", "hub", "world", "express"]
SELLER_FIRST = ["lucky", "star", "sun", "city", "golden", "best", "happy", "prime", "urban", "royal", "smart", "top", "nova", "blue", "fresh", "max"]


def seller(ctx, lang, sid=None, name=None):
    r = ctx.rng
    if sid is None:
        sid = f"{r.choice(SELLER_FIRST)}{r.choice(SELLER_WORDS)}{r.randint(1, 9999)}"
    if name is None:
        name = sid if r.random() < 0.5 else f"{r.choice(SELLER_FIRST).title()} {r.choice(SELLER_WORDS).title()}"
    return {"id": sid, "name": name, "country": MARKETS[lang][3] if lang in MARKETS else None}


def row(ctx, cls, kind, brand, tactic, lang, title, desc="", price=None, cur=None, category=None, market=None,
        sid=None, sname=None, attrs=None, also=(), country=None, url=None):
    m = MARKETS.get(lang)
    mk = market or m[0]
    lid = ctx.pid()
    r = ctx.rng
    d = {"marketplace": mk, "listing_id": lid,
         "url": url or f"https://www.{m[4] if m else mk + '.com'}/item/{lid}",
         "title": title.strip()[:1000], "description": desc.strip(),
         "price": None if price is None else {"amount": float(price), "currency": cur or m[1]},
         "seller": seller(ctx, lang, sid, sname), "category": category,
         "ship_from": country or (m[3] if m else None),
         "observed_at": f"2026-11-{r.randint(10, 30):02d}T{r.randint(0, 23):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}Z",
         "attributes": attrs or {},
         "_label": {"kind": kind, "brand": brand, "class": cls, "tactic": tactic, "lang": lang, "also": list(also)}}
    if d["seller"]["country"] is None:
        d["seller"].pop("country")
    if not d["category"]:
        d.pop("category")
    return d


def short(p):
    """The product as a person names it: brand + line (the line without a repeated brand)."""
    return f"{p['mark']} {p['line']}"


# =====================================================================================================================
#  COUNTERFEIT, everyday tactics
# =====================================================================================================================
C = "counterfeit"


def cheap(ctx, p, lang, frac=None):
    f = frac if frac is not None else copy_frac(ctx.rng, p["usd"])
    return local(p["usd"] * f, lang)


@klass("c_vinted_bnwt_cheap", C, "second-hand app, 'new with tags, never worn', plain brand and line, copy price, no jargon")
def _(ctx, cls, tactic):
    T = {"fr-FR": ("{b} {l} neuf avec étiquette", "Jamais porté, acheté trop petit. Taille {s}. Envoi rapide, pas d'échange."),
         "de-DE": ("{b} {l} NEU mit Etikett", "Nie getragen, Fehlkauf. Größe {s}. Versand möglich, Privatverkauf, keine Rücknahme."),
         "nl-NL": ("{b} {l} nieuw met label", "Nooit gedragen, verkeerde maat. Maat {s}. Verzenden kan."),
         "lt-LT": ("{b} {l} nauji su etiketėmis", "Nenešioti, netiko dydis. Dydis {s}. Siunčiu paštomatu."),
         "pl-PL": ("{b} {l} nowe z metką", "Nigdy nie noszone, zły rozmiar. Rozmiar {s}. Wysyłka OLX/Inpost."),
         "es-ES": ("{b} {l} nuevo con etiqueta", "Sin estrenar, me quedó pequeño. Talla {s}. Envío por Wallapop."),
         "it-IT": ("{b} {l} nuovo con cartellino", "Mai indossato, taglia sbagliata. Taglia {s}. Spedisco."),
         "cs-CZ": ("{b} {l} nové s visačkou", "Nenošené, nesedí velikost. Velikost {s}. Pošlu Zásilkovnou."),
         "sv-SE": ("{b} {l} ny med lapp", "Aldrig använd, fel storlek. Storlek {s}. Kan skickas."),
         "ro-RO": ("{b} {l} nou cu etichetă", "Nepurtat, mărime greșită. Mărime {s}. Trimit prin curier.")}
    ps = ctx.prods(13, lambda p: p["cat"] in ("sneakers", "jeans", "handbags", "belts", "parkas", "jackets", "scarves", "sportswear", "wallets", "sunglasses", "jewelry", "backpacks"))
    out = []
    for i, p in enumerate(ps):
        lang = list(T)[i % len(T)]
        t, d = T[lang]
        s = ctx.rng.choice(["42", "M", "38", "L", "W32 L32", "S", "44", "one size"])
        pr, cur = cheap(ctx, p, lang)
        out.append(row(ctx, cls, C, p["brand"], tactic, lang, t.format(b=p["mark"], l=p["line"]), d.format(s=s), pr, cur, p["cat"]))
    return out


@klass("c_cod_nationwide", C, "cash on delivery nationwide, 'check before you pay', brand and line plain, copy price")
def _(ctx, cls, tactic):
    T = [("en-PH", "{b} {l} COD nationwide ✅", "Cash on delivery all over PH. Check parcel before payment. Limited stocks, order now po!"),
         ("en-PK", "{b} {l} - Cash on Delivery all Pakistan", "COD available in all cities. Open parcel then pay. Delivery 2-4 days."),
         ("ar-EG", "{b} {l} الدفع عند الاستلام", "الدفع عند الاستلام لجميع المحافظات. افحص المنتج قبل الدفع. الكمية محدودة."),
         ("ar-SA", "{b} {l} الدفع عند الاستلام جميع المدن", "توصيل لكل مدن المملكة، الدفع كاش عند الاستلام. اطلب الآن."),
         ("ar-MA", "{b} {l} الدفع عند الاستلام", "Livraison partout au Maroc, paiement à la livraison. التوصيل لجميع المدن."),
         ("bn-BD", "{b} {l} ক্যাশ অন ডেলিভারি", "সারা দেশে ক্যাশ অন ডেলিভারি। পণ্য দেখে টাকা দিন। স্টক সীমিত।"),
         ("en-IN", "{b} {l} | COD available | Open box delivery", "Cash on delivery pan India. Open box delivery, check then pay. 7 day replacement."),
         ("en-NG", "{b} {l} - Pay on delivery Lagos/Abuja", "Pay on delivery within Lagos and Abuja. Other states pay before shipping."),
         ("id-ID", "{b} {l} COD bayar di tempat", "Bisa COD seluruh Indonesia. Cek barang dulu baru bayar. Stok terbatas kak."),
         ("vi-VN", "{b} {l} ship COD toàn quốc", "Ship COD toàn quốc, kiểm tra hàng rồi thanh toán. Hàng có sẵn."),
         ("th-TH", "{b} {l} เก็บเงินปลายทาง", "ส่งทั่วประเทศ เก็บเงินปลายทาง ตรวจสอบสินค้าก่อนจ่ายได้"),
         ("ms-MY", "{b} {l} COD seluruh Malaysia", "Boleh COD, check barang dulu baru bayar. Stok terhad."),
         ("en-KE", "{b} {l} pay on delivery Nairobi", "Pay on delivery within Nairobi CBD. Countrywide via G4S, pay first.")]
    ps = ctx.prods(13)
    return [row(ctx, cls, C, p["brand"], tactic, T[i][0], T[i][1].format(b=p["mark"], l=p["line"]), T[i][2], *cheap(ctx, p, T[i][0]), p["cat"]) for i, p in enumerate(ps)]


@klass("c_same_to_same_hinglish", C, "South Asian copy words: 'same to same', 'first copy', 'master copy', 'original jaisa'")
def _(ctx, cls, tactic):
    W = ["same to same", "1st copy", "master copy", "original jaisa", "export quality same to same", "AAA first copy", "mirror copy", "7A copy"]
    L = ["en-IN", "hi-IN", "en-PK", "ur-PK", "bn-BD", "ne-NP", "si-LK"]
    ps = ctx.prods(13, lambda p: p["usd"] >= 30)
    out = []
    for i, p in enumerate(ps):
        lang = L[i % len(L)]
        w = W[i % len(W)]
        t = f"{p['mark']} {p['line']} {w}" if i % 2 else f"{w.title()} {p['mark']} {noun(p['type'], 'en')}"
        d = ctx.rng.choice(["Bilkul original jaisa, koi farak nahi. Home delivery available.",
                            "Same to same quality, nobody can find difference. WhatsApp for more pics.",
                            "Premium quality, full box packing. Price fixed, no bargaining."])
        out.append(row(ctx, cls, C, p["brand"], tactic, lang, t, d, *cheap(ctx, p, lang), p["cat"]))
    return out


@klass("c_counter_same_style_zh", C, "Chinese euphemisms: 专柜同款, 专柜品质, 正品级, 尾货, 到手价, with the Chinese alias or brand")
def _(ctx, cls, tactic):
    ZH = {"nike": "耐克", "adidas": "阿迪达斯", "gucci": "古驰", "louis-vuitton": "路易威登", "rolex": "劳力士", "cartier": "卡地亚",
          "burberry": "巴宝莉", "coach": "蔻驰", "dyson": "戴森", "apple": "苹果", "omega": "欧米茄", "swarovski": "施华洛世奇",
          "canada-goose": "加拿大鹅", "estee-lauder": "雅诗兰黛", "loreal": "兰蔻", "michael-kors": "迈克高仕", "the-north-face": "北面"}
    T = ["{z}{n} 专柜同款 {l}", "专柜品质 {z} {l} {n} 正品级", "{z}同款{n} 尾货清仓 {l}", "{b} {l} 专柜同款 到手价", "{z} {l} 原厂面料 专柜一致"]
    D = ["专柜同款，细节一比一，支持验货。", "品质对标专柜，拍前咨询，不议价。", "工厂尾货，数量不多，先到先得。"]
    ps = ctx.prods(13, lambda p: p["brand"] in ZH)
    out = []
    for i, p in enumerate(ps):
        lang = ["zh-CN", "zh-CN", "zh-TW", "zh-HK"][i % 4]
        t = T[i % len(T)].format(z=ZH[p["brand"]], n=noun(p["type"], "zh"), l=p["line"], b=p["mark"])
        out.append(row(ctx, cls, C, p["brand"], tactic, lang, t, ctx.rng.choice(D), *cheap(ctx, p, lang), p["cat"]))
    return out


@klass("c_like_auth_vn", C, "Vietnamese trade grades: 'like auth', 'rep 1:1', 'siêu cấp', 'hàng F1', 'best quality'")
def _(ctx, cls, tactic):
    W = ["like auth", "rep 1:1", "siêu cấp", "hàng F1", "best quality", "super fake", "trung cấp", "hàng VNXK"]
    ps = ctx.prods(13)
    out = []
    for i, p in enumerate(ps):
        t = f"{p['mark']} {p['line']} {W[i % len(W)]}" if i % 3 else f"[{W[i % len(W)].upper()}] {p['mark']} {p['line']} full box"
        d = ctx.rng.choice(["Hàng đẹp như hình, full box bill. Bao check, lỗi 1 đổi 1.", "Chuẩn {w}, form dáng chuẩn. Inbox để tư vấn size.", "Hàng có sẵn tại shop, freeship đơn từ 2 sản phẩm."]).format(w=W[i % len(W)])
        out.append(row(ctx, cls, C, p["brand"], tactic, "vi-VN", t, d, *cheap(ctx, p, "vi-VN"), p["cat"]))
    return out


@klass("c_tipo_original_latam", C, "Latin American Spanish: 'tipo original', 'calidad original', 'importado', 'AAA' beside the brand")
def _(ctx, cls, tactic):
    L = ["es-MX", "es-AR", "es-CO", "es-CL", "es-PE"]
    W = ["tipo original", "calidad original", "importado calidad AAA", "tipo original importado", "línea premium calidad original"]
    ps = ctx.prods(13)
    out = []
    for i, p in enumerate(ps):
        lang = L[i % len(L)]
        t = f"{noun(p['type'], 'es').capitalize()} {p['mark']} {p['line']} {W[i % len(W)]}"
        d = ctx.rng.choice(["Envíos a todo el país. Pregunte por disponibilidad antes de ofertar.", "Producto importado, excelente calidad, igual al original.", "Mayoreo y menudeo. Entrega inmediata."])
        out.append(row(ctx, cls, C, p["brand"], tactic, lang, t, d, *cheap(ctx, p, lang), p["cat"]))
    return out


@klass("c_primeira_linha_br", C, "Brazilian Portuguese: 'primeira linha', 'linha premium', 'réplica perfeita', 'importado'")
def _(ctx, cls, tactic):
    W = ["primeira linha", "linha premium", "réplica perfeita", "importado primeira linha", "top de linha 1:1"]
    ps = ctx.prods(13)
    out = []
    for i, p in enumerate(ps):
        t = f"{noun(p['type'], 'pt').capitalize()} {p['mark']} {p['line']} {W[i % len(W)]}"
        d = ctx.rng.choice(["Pronta entrega! Enviamos para todo o Brasil. Nota fiscal não inclusa.", "Produto de primeira linha, idêntico ao original. Acompanha caixa.", "Atacado e varejo, chama no zap."])
        out.append(row(ctx, cls, C, p["brand"], tactic, "pt-BR", t, d, *cheap(ctx, p, "pt-BR"), p["cat"]))
    return out


@klass("c_turkey_lux_ru", C, "Russian/CIS classifieds: 'люкс', 'Турция', 'премиум качество', 'качество lux' beside the brand")
def _(ctx, cls, tactic):
    L = ["ru-RU", "ru-KZ", "kk-KZ", "uz-UZ", "be-BY", "uk-UA", "mn-MN"]
    W = ["люкс", "Турция люкс", "премиум качество", "качество LUX", "Lux Турция", "1в1 люкс"]
    ps = ctx.prods(13)
    out = []
    for i, p in enumerate(ps):
        lang = L[i % len(L)]
        t = f"{noun(p['type'], 'ru').capitalize()} {p['mark']} {p['line']} {W[i % len(W)]}"
        d = ctx.rng.choice(["Новые, в наличии все размеры. Доставка по городу, отправка СДЭК.", "Производство Турция, качество отличное. Торг уместен.", "Есть оптом. Пишите в личку."])
        out.append(row(ctx, cls, C, p["brand"], tactic, lang, t, d, *cheap(ctx, p, lang), p["cat"]))
    return out


@klass("c_a_kalite_tr", C, "Turkish: 'A kalite', 'A+ kalite', 'birebir', 'orijinal kutulu' beside the brand")
def _(ctx, cls, tactic):
    W = ["A kalite", "A+ kalite", "birebir", "orijinal kutulu A kalite", "AAA kalite birebir"]
    ps = ctx.prods(13)
    out = []
    for i, p in enumerate(ps):
        t = f"{p['mark']} {p['line']} {noun(p['type'], 'tr')} {W[i % len(W)]}"
        d = ctx.rng.choice(["Kapıda ödeme var. Aynı gün kargo.", "Birebir ürün, orijinalinden farksız. Fatura yoktur.", "Toptan fiyat için mesaj atın."])
        out.append(row(ctx, cls, C, p["brand"], tactic, "tr-TR", t, d, *cheap(ctx, p, "tr-TR"), p["cat"], market=ctx.rng.choice(["trendyol", "sahibinden", "dolap"])))
    return out


@klass("c_high_copy_arabic", C, "Arabic: ماستر كوالتي, هاي كوبي, درجة أولى, ميرور beside the brand in Latin letters")
def _(ctx, cls, tactic):
    L = ["ar-AE", "ar-SA", "ar-EG", "ar-KW", "ar-JO", "ar-MA"]
    W = ["ماستر كوالتي", "هاي كوبي", "درجة أولى", "ميرور", "كوبي ون", "طبق الاصل ماستر"]
    ps = ctx.prods(13)
    out = []
    for i, p in enumerate(ps):
        lang = L[i % len(L)]
        t = f"{noun(p['type'], 'ar')} {p['mark']} {p['line']} {W[i % len(W)]}"
        d = ctx.rng.choice(["توصيل لجميع المناطق، الدفع عند الاستلام.", "جودة عالية جدا مع الكرتون والملحقات.", "للطلب واتساب، الكمية محدودة."])
        out.append(row(ctx, cls, C, p["brand"], tactic, lang, t, d, *cheap(ctx, p, lang), p["cat"]))
    return out


@klass("c_kw_super_id", C, "Indonesian/Malay grades: 'KW super', 'ori premium', 'grade ori', 'mirror quality', 'KW 1:1'")
def _(ctx, cls, tactic):
    W = ["KW super", "ori premium", "grade ori", "mirror quality", "KW 1:1", "super premium non ori", "OEM ori"]
    ps = ctx.prods(13)
    out = []
    for i, p in enumerate(ps):
        lang = "id-ID" if i % 3 else "ms-MY"
        t = f"{noun(p['type'], 'id').capitalize()} {p['mark']} {p['line']} {W[i % len(W)]}"
        d = ctx.rng.choice(["Barang ready, langsung kirim. Kualitas terbaik kak, mirip ori.", "Real pict, grade paling atas. Bisa grosir.", "Fullset box. Tanya stok dulu ya kak."])
        out.append(row(ctx, cls, C, p["brand"], tactic, lang, t, d, *cheap(ctx, p, lang), p["cat"]))
    return out


@klass("c_thiab_thae_th", C, "Thai grades: งานเทียบแท้, เกรดพรีเมียม, งานก๊อป, ท็อปเกรด beside the brand")
def _(ctx, cls, tactic):
    W = ["งานเทียบแท้", "เกรดพรีเมียม", "งานก๊อปเกรดA", "ท็อปเกรด 1:1", "งานเหมือนแท้"]
    ps = ctx.prods(13)
    out = []
    for i, p in enumerate(ps):
        t = f"{p['mark']} {p['line']} {W[i % len(W)]}"
        d = ctx.rng.choice(["สินค้าพร้อมส่ง เก็บเงินปลายทางได้", "งานสวยมาก ตรงปก 100% อุปกรณ์ครบกล่อง", "สนใจทักแชทได้เลยค่ะ"])
        out.append(row(ctx, cls, C, p["brand"], tactic, "th-TH", t, d, *cheap(ctx, p, "th-TH"), p["cat"]))
    return out


@klass("c_class_a_ph", C, "Philippine grades: 'class A', 'OEM', 'overruns', 'premium class A' beside the brand")
def _(ctx, cls, tactic):
    W = ["class A", "OEM", "overruns", "premium class A", "top grade class A", "Class AAA"]
    ps = ctx.prods(13)
    out = []
    for i, p in enumerate(ps):
        lang = "en-PH" if i % 2 else "tl-PH"
        t = f"{p['mark']} {p['line']} {W[i % len(W)]}"
        d = ctx.rng.choice(["Onhand po! Meetup Cubao or ship via J&T. Legit seller, 500+ sold.", "Sulit na sulit, parang orig. COD available.", "Class A po ito, quality check before ship."])
        out.append(row(ctx, cls, C, p["brand"], tactic, lang, t, d, *cheap(ctx, p, lang), p["cat"]))
    return out


@klass("c_jeongpumgeup_ko", C, "Korean grades: 정품급, 미러급, 레플, st급 beside the Hangul or Latin brand")
def _(ctx, cls, tactic):
    KO = {"nike": "나이키", "adidas": "아디다스", "gucci": "구찌", "louis-vuitton": "루이비통", "rolex": "롤렉스", "cartier": "까르띠에",
          "burberry": "버버리", "canada-goose": "캐나다구스", "the-north-face": "노스페이스", "omega": "오메가", "dyson": "다이슨",
          "apple": "애플", "michael-kors": "마이클코어스", "coach": "코치", "swarovski": "스와로브스키"}
    W = ["정품급", "미러급", "레플", "st급", "1:1 정품급", "최상급 레플"]
    ps = ctx.prods(13, lambda p: p["brand"] in KO)
    out = []
    for i, p in enumerate(ps):
        b = KO[p["brand"]] if i % 2 else p["mark"]
        t = f"{b} {p['line']} {W[i % len(W)]}"
        d = ctx.rng.choice(["새상품, 택배비 포함. 직거래 가능합니다.", "정품과 구분 불가, 풀박스. 교환 환불 불가.", "문의는 채팅으로 주세요."])
        out.append(row(ctx, cls, C, p["brand"], tactic, "ko-KR", t, d, *cheap(ctx, p, "ko-KR"), p["cat"]))
    return out


@klass("c_n_grade_ja", C, "Japanese trade words: N級品, S級品, 激安, 国内発送, 未使用 with the katakana or Latin brand")
def _(ctx, cls, tactic):
    JA = {"rolex": "ロレックス", "louis-vuitton": "ルイヴィトン", "gucci": "グッチ", "cartier": "カルティエ", "omega": "オメガ", "nike": "ナイキ",
          "burberry": "バーバリー", "canada-goose": "カナダグース", "coach": "コーチ", "swarovski": "スワロフスキー", "dyson": "ダイソン",
          "apple": "アップル", "michael-kors": "マイケルコース", "the-north-face": "ノースフェイス"}
    W = ["N級品", "S級品 激安", "N級 国内発送", "激安 未使用", "最高級N品"]
    ps = ctx.prods(13, lambda p: p["brand"] in JA)
    out = []
    for i, p in enumerate(ps):
        b = JA[p["brand"]] if i % 3 else p["mark"]
        t = f"{b} {p['line']} {W[i % len(W)]}"
        d = ctx.rng.choice(["即購入OK。国内発送、送料無料です。", "状態は新品同様です。ノークレームノーリターンでお願いします。", "付属品完備。値下げ不可。"])
        out.append(row(ctx, cls, C, p["brand"], tactic, "ja-JP", t, d, *cheap(ctx, p, "ja-JP"), p["cat"]))
    return out


@klass("c_dubai_perfume_beauty", C, "beauty copies sold as 'Dubai/export version', 'long lasting', 'same smell', batch 'original quality'")
def _(ctx, cls, tactic):
    L = ["ar-AE", "en-NG", "en-KE", "en-PK", "en-GH", "fr-DZ", "en-ZA", "ar-SA"]
    ps = ctx.prods(13, lambda p: p["cat"] in ("skincare", "fragrance", "makeup", "sunscreen"))
    W = ["Dubai version original quality", "export version, long lasting", "same smell as original", "UAE batch 100% same", "tester original quality"]
    out = []
    for i, p in enumerate(ps):
        lang = L[i % len(L)]
        t = f"{p['mark']} {p['line']} - {W[i % len(W)]}"
        d = "Long lasting 12+ hours. Comes in box. Wholesale available for retailers."
        out.append(row(ctx, cls, C, p["brand"], tactic, lang, t, d, *cheap(ctx, p, lang), p["cat"]))
    return out


@klass("c_nh35_movement", C, "luxury watches named with the brand and sold by their Japanese/Chinese movement (NH35, Miyota 8215, 2813)")
def _(ctx, cls, tactic):
    L = ["en-US", "en-GB", "de-DE", "en-AU", "fr-FR", "es-ES", "en-SG", "ru-RU", "pl-PL", "en-CA", "it-IT", "tr-TR", "zh-HK"]
    MV = ["NH35 movement", "Seiko NH35A", "Miyota 8215", "Seagull 2813", "DG2813 automatic", "Miyota 9015 upgrade"]
    ps = ctx.prods(13, lambda p: p["type"] == "watch" and p["usd"] >= 2000)
    out = []
    for i, p in enumerate(ps):
        lang = L[i]
        t = f"{p['mark']} {p['line']} {MV[i % len(MV)]} sapphire"
        d = ctx.rng.choice(["Automatic, 41mm, sapphire crystal, ceramic bezel, 100m water resistance. Runs +/-10s a day.",
                            "Solid steel case, screw-down crown, lume. Movement is reliable and easy to service.",
                            "Comes with generic box. Movement serviced before shipping."])
        out.append(row(ctx, cls, C, p["brand"], tactic, lang, t, d, *cheap(ctx, p, lang), p["cat"]))
    return out


@klass("c_serial_checkable", C, "electronics copies claiming 'serial number checkable', 'pop-up window', 'shows in settings'")
def _(ctx, cls, tactic):
    L = ["en-US", "en-NG", "en-PH", "es-MX", "pt-BR", "id-ID", "vi-VN", "ar-EG", "ru-RU", "en-IN", "tr-TR", "en-ZA", "fr-FR"]
    C2 = ["serial number checkable on official website", "pop-up window + shows battery in settings", "serial verifiable, GPS tracking works",
          "IMEI/serial checks online, original chip", "real ANC, serial passes warranty check"]
    ps = ctx.prods(13, lambda p: p["cat"] in ("earbuds", "headphones", "phones", "speakers", "chargers", "memory"))
    out = []
    for i, p in enumerate(ps):
        lang = L[i]
        t = f"{p['mark']} {p['line']} {C2[i % len(C2)]}"
        d = "Brand new sealed. Works with iOS and Android. Latest firmware. 7 days testing warranty."
        out.append(row(ctx, cls, C, p["brand"], tactic, lang, t, d, *cheap(ctx, p, lang), p["cat"]))
    return out


@klass("c_store_closing_sale", C, "'store closing / liquidation / everything must go' banners with brand goods at copy prices")
def _(ctx, cls, tactic):
    T = [("en-US", "STORE CLOSING - {b} {l} - EVERYTHING MUST GO -85%", "Closing our store, last pieces at liquidation prices. No returns."),
         ("en-GB", "Shop closing down sale {b} {l} 90% off", "Final clearance, all stock must go this week."),
         ("de-DE", "Geschäftsaufgabe! {b} {l} Räumungsverkauf", "Alles muss raus, Restposten zu Schleuderpreisen."),
         ("fr-FR", "Liquidation totale {b} {l} cessation d'activité", "Fermeture définitive, tout doit disparaître."),
         ("es-ES", "Liquidación por cierre {b} {l}", "Cerramos tienda, últimas unidades a precio de saldo."),
         ("it-IT", "Svendita totale per chiusura {b} {l}", "Chiudiamo il negozio, ultimi pezzi a prezzi di realizzo."),
         ("nl-NL", "Opheffingsuitverkoop {b} {l} alles moet weg", "Winkel sluit, laatste stuks."),
         ("pl-PL", "Likwidacja sklepu {b} {l} wyprzedaż", "Zamykamy sklep, ostatnie sztuki."),
         ("en-AU", "Closing down clearance {b} {l} huge discount", "Last week of trading, grab a bargain."),
         ("pt-PT", "Liquidação total por encerramento {b} {l}", "Fecho da loja, últimas unidades."),
         ("en-CA", "Store liquidation {b} {l} up to 90% off", "Everything must go."),
         ("es-MX", "Remate por cierre {b} {l}", "Cerramos, últimas piezas."),
         ("ro-RO", "Lichidare de stoc {b} {l} închidere magazin", "Ultimele bucăți.")]
    ps = ctx.prods(13, lambda p: p["usd"] >= 60)
    return [row(ctx, cls, C, p["brand"], tactic, T[i][0], T[i][1].format(b=p["mark"], l=p["line"]), T[i][2], *cheap(ctx, p, T[i][0]), p["cat"]) for i, p in enumerate(ps)]


@klass("c_thai_quality_kits", C, "football shirts 'Thai quality', 'AAA', 'player version' naming the kit maker, current season")
def _(ctx, cls, tactic):
    K = [("nike", "Barcelona"), ("nike", "PSG"), ("nike", "Liverpool"), ("nike", "Chelsea"), ("nike", "Brazil"), ("adidas", "Real Madrid"),
         ("adidas", "Arsenal"), ("adidas", "Bayern"), ("adidas", "Juventus"), ("adidas", "Argentina"), ("puma", "Manchester City"),
         ("puma", "AC Milan"), ("puma", "Dortmund")]
    L = ["en-NG", "en-GH", "en-KE", "th-TH", "id-ID", "vi-VN", "en-GB", "es-MX", "pt-BR", "ar-EG", "en-IN", "fr-FR", "tr-TR"]
    W = ["Thai quality", "AAA Thai version", "player version 1:1", "fan version top quality", "Thailand grade AAA"]
    out = []
    for i, (b, club) in enumerate(K):
        lang = L[i]
        mark = {"nike": "Nike", "adidas": "adidas", "puma": "Puma"}[b]
        t = f"{club} 25/26 home jersey {mark} {W[i % len(W)]}"
        d = "All sizes S-XXL, name and number printing available. Wholesale for teams."
        out.append(row(ctx, cls, C, b, tactic, lang, t, d, *local(ctx.rng.uniform(8, 18), lang), "soccer"))
    return out


@klass("c_formula_direct_import_cheap", C, "infant formula 'direct import from Germany/NZ/Netherlands' at a fraction of the price")
def _(ctx, cls, tactic):
    L = ["zh-CN", "zh-CN", "vi-VN", "ru-RU", "ar-SA", "en-NG", "id-ID", "th-TH", "uk-UA", "en-PK", "zh-HK", "ko-KR", "es-MX"]
    ps = ctx.prods(13, lambda p: p["cat"] == "infant formula")
    out = []
    for i, p in enumerate(ps):
        lang = L[i]
        w = {"zh": "德国直邮 清仓价", "vi": "nhập khẩu Đức giá sỉ", "ru": "прямой импорт из Германии, оптом", "uk": "прямий імпорт з Німеччини, оптом",
             "ar": "مستورد من ألمانيا سعر الجملة", "id": "import langsung Belanda harga grosir", "th": "นำเข้าจากเยอรมัน ราคาส่ง",
             "ko": "독일 직구 최저가 도매", "es": "importada directo de Alemania, precio mayoreo"}.get(lang[:2], "direct import from UK, wholesale price")
        t = f"{p['mark']} {p['line']} {w}"
        out.append(row(ctx, cls, C, p["brand"], tactic, lang, t, "Expiry 2027. Sealed tins, bulk discount for 6+.", *cheap(ctx, p, lang, ctx.rng.uniform(0.25, 0.4)), p["cat"]))
    return out


@klass("c_vip_private_link", C, "placeholder 'VIP / private link, do not buy before chatting', token price, brand goods shown")
def _(ctx, cls, tactic):
    T = [("zh-CN", "{b} {l} 专属链接 拍前联系客服 不要直接拍", "VIP专拍链接，价格私聊，直接拍不发货。"),
         ("en-US", "{b} {l} - VIP private link, message before purchase", "Do not buy without messaging. Price per item agreed in chat."),
         ("vi-VN", "{b} {l} link riêng khách VIP - inbox trước khi đặt", "Link dành cho khách quen, giá ib."),
         ("id-ID", "{b} {l} link khusus, chat dulu sebelum order", "Harga sesuai chat. Order tanpa chat dibatalkan."),
         ("th-TH", "{b} {l} ลิงก์พิเศษ ทักแชทก่อนสั่ง", "ราคาตามที่ตกลงในแชท"),
         ("en-PH", "{b} {l} reserved link, chat first", "For reserved buyers only. Price as agreed."),
         ("pt-BR", "{b} {l} link exclusivo, chamar antes de comprar", "Valor combinado no chat."),
         ("es-MX", "{b} {l} link exclusivo, preguntar antes de comprar", "Precio según lo acordado por mensaje.")]
    ps = ctx.prods(13, lambda p: p["usd"] >= 100)
    out = []
    for i, p in enumerate(ps):
        lang, t, d = T[i % len(T)]
        out.append(row(ctx, cls, C, p["brand"], tactic, lang, t.format(b=p["mark"], l=p["line"]), d, ctx.rng.choice([1, 1000] if MARKETS[lang][2] >= 100 else [1, 0.01, 9.9]), MARKETS[lang][1], p["cat"]))
    return out


@klass("c_bag_full_accessories", C, "luxury goods 'with dust bag, box, card, receipt, serial' at a copy price, no copy word")
def _(ctx, cls, tactic):
    L = ["en-US", "en-GB", "fr-FR", "de-DE", "it-IT", "es-ES", "en-AU", "ar-AE", "zh-HK", "ko-KR", "ja-JP", "ru-RU", "en-SG"]
    ps = ctx.prods(13, lambda p: p["cat"] in ("handbags", "wallets", "belts", "watches", "jewelry", "scarves", "sunglasses") and p["usd"] >= 250)
    out = []
    for i, p in enumerate(ps):
        lang = L[i]
        t = f"{p['mark']} {p['line']} full set box dust bag receipt"
        d = "Comes complete: box, dust bag, authenticity card, receipt, serial tag. Brand new, never used."
        out.append(row(ctx, cls, C, p["brand"], tactic, lang, t, d, *cheap(ctx, p, lang), p["cat"]))
    return out


@klass("c_multi_brand_gift_set", C, "gift sets of two brands' goods in one box at a copy price (both brands expected)")
def _(ctx, cls, tactic):
    pairs = [("rolex", "cartier", "Rolex Datejust + Cartier Love bracelet gift set"), ("apple", "samsung", "AirPods Pro 2 + Samsung 25W charger combo"),
             ("louis-vuitton", "gucci", "Louis Vuitton wallet + Gucci belt gift box"), ("nike", "adidas", "Nike Air Force 1 + adidas Samba 2 pairs bundle"),
             ("omega", "swarovski", "Omega Seamaster watch + Swarovski necklace couple set"), ("dyson", "philips", "Dyson Supersonic + Philips shaver gift set"),
             ("estee-lauder", "loreal", "Estée Lauder ANR + Lancôme Génifique duo set"), ("michael-kors", "coach", "Michael Kors watch + Coach wallet gift set"),
             ("burberry", "gucci", "Burberry scarf + Gucci sunglasses set"), ("cartier", "pandora", "Cartier Juste un Clou + Pandora charm bracelet set"),
             ("sony", "bose", "Sony WH-1000XM5 + Bose SoundLink Flex bundle"), ("the-north-face", "canada-goose", "The North Face Nuptse + Canada Goose beanie set"),
             ("rolex", "omega", "Rolex Submariner + Omega Speedmaster 2 watch set")]
    L = ["en-NG", "en-US", "ar-AE", "vi-VN", "ru-RU", "en-PH", "zh-CN", "es-MX", "tr-TR", "en-IN", "pt-BR", "en-GB", "id-ID"]
    out = []
    for i, (a, b, t) in enumerate(pairs):
        lang = L[i]
        usd = ctx.rng.uniform(40, 120)
        out.append(row(ctx, cls, C, a, tactic, lang, t, "Perfect gift for him/her. Gift box and bag included. Hot sale!", *local(usd, lang),
                       "gift sets", also=[b]))
    return out


@klass("c_fake_vintage_cheap", C, "'vintage / estate / 1980s / grandfather's' luxury goods at a copy's price")
def _(ctx, cls, tactic):
    L = ["en-US", "en-GB", "de-DE", "fr-FR", "it-IT", "nl-NL", "es-ES", "en-CA", "sv-SE", "da-DK", "pl-PL", "en-AU", "ja-JP"]
    W = ["vintage 1980s", "estate find vintage", "vintage 90s rare", "old stock 1970s", "antique shop find"]
    ps = ctx.prods(13, lambda p: p["cat"] in ("watches", "handbags", "jewelry", "scarves", "trench coats", "wallets") and p["usd"] >= 400)
    out = []
    for i, p in enumerate(ps):
        lang = L[i]
        t = f"{W[i % len(W)]} {p['mark']} {p['line']}"
        d = "From an estate clearance, no papers. Sold as found. Patina consistent with age."
        out.append(row(ctx, cls, C, p["brand"], tactic, lang, t, d, *cheap(ctx, p, lang, ctx.rng.uniform(0.04, 0.12)), p["cat"]))
    return out


@klass("c_buy2get1_bundle", C, "'buy 2 get 1 free', '3 for', 'second at half price' promotions of brand goods at copy prices")
def _(ctx, cls, tactic):
    T = [("en-US", "{b} {l} BUY 2 GET 1 FREE"), ("en-GB", "{b} {l} 3 for 2 offer"), ("es-MX", "{b} {l} 2x1 promoción"),
         ("pt-BR", "{b} {l} compre 2 leve 3"), ("fr-FR", "{b} {l} 1 acheté = 1 offert"), ("de-DE", "{b} {l} 2+1 gratis"),
         ("id-ID", "{b} {l} beli 2 gratis 1"), ("vi-VN", "{b} {l} mua 2 tặng 1"), ("th-TH", "{b} {l} ซื้อ 2 แถม 1"),
         ("tr-TR", "{b} {l} 2 al 1 öde"), ("ar-AE", "{b} {l} اشتر 2 واحصل على 1 مجانا"), ("en-PH", "{b} {l} buy 1 take 1"),
         ("ru-RU", "{b} {l} 2+1 в подарок")]
    ps = ctx.prods(13, lambda p: 20 <= p["usd"] <= 600)
    return [row(ctx, cls, C, p["brand"], tactic, T[i][0], T[i][1].format(b=p["mark"], l=p["line"]), "Limited time promotion, while stock lasts.",
                *cheap(ctx, p, T[i][0]), p["cat"]) for i, p in enumerate(ps)]


@klass("c_racket_golf_plain_cheap", C, "sports gear named plainly ('original', 'new') at a copy price in badminton/golf markets")
def _(ctx, cls, tactic):
    L = ["ms-MY", "id-ID", "en-IN", "zh-TW", "th-TH", "vi-VN", "en-PH", "ko-KR", "ja-JP", "en-SG", "zh-CN", "en-US", "en-GB"]
    ps = ctx.prods(13, lambda p: p["brand"] in ("yonex", "callaway", "wilson"))
    out = []
    for i, p in enumerate(ps):
        lang = L[i]
        t = f"{p['mark']} {p['line']} original new {ctx.rng.choice(['4U G5', '3U', 'stiff', 'strung', 'with cover'])}"
        out.append(row(ctx, cls, C, p["brand"], tactic, lang, t, "Brand new, 100% original. Free string / free cover.", *cheap(ctx, p, lang), p["cat"]))
    return out


@klass("c_parts_box_hologram", C, "auto parts 'genuine box with hologram', 'OEM quality', unit price far under the dealer's")
def _(ctx, cls, tactic):
    L = ["en-NG", "en-KE", "ar-EG", "ar-SA", "ru-RU", "uk-UA", "es-CO", "pt-BR", "en-PH", "vi-VN", "id-ID", "en-PK", "tr-TR"]
    ps = ctx.prods(13, lambda p: p["cat"] in ("auto parts", "motor oil", "tires"))
    W = ["genuine box with hologram", "OEM quality original packing", "original box with sticker and hologram", "OE quality made in Japan box"]
    out = []
    for i, p in enumerate(ps):
        lang = L[i]
        t = f"{p['mark']} {p['line']} {W[i % len(W)]}"
        out.append(row(ctx, cls, C, p["brand"], tactic, lang, t, "Carton of 50 available. Fits all models.", *cheap(ctx, p, lang, ctx.rng.uniform(0.15, 0.3)), p["cat"]))
    return out


@klass("c_beauty_batch_code_cheap", C, "skincare/makeup 'with batch code, expiry 2028, authentic' at a copy price")
def _(ctx, cls, tactic):
    L = ["en-US", "en-GB", "en-PH", "ms-MY", "en-SG", "vi-VN", "th-TH", "id-ID", "ru-RU", "pl-PL", "es-MX", "ar-AE", "en-NG"]
    ps = ctx.prods(13, lambda p: p["cat"] in ("skincare", "makeup", "sunscreen", "fragrance"))
    out = []
    for i, p in enumerate(ps):
        lang = L[i]
        t = f"{p['mark']} {p['line']} authentic with batch code exp 2028"
        out.append(row(ctx, cls, C, p["brand"], tactic, lang, t, "Batch code printed on box, check it yourself. 100% authentic guaranteed.", *cheap(ctx, p, lang), p["cat"]))
    return out


@klass("c_logo_tee_hoodie_cheap", C, "market-stall logo apparel: '<brand> logo t-shirt/hoodie/cap, all sizes' at a stall price")
def _(ctx, cls, tactic):
    B = [("nike", "Nike"), ("adidas", "adidas"), ("puma", "Puma"), ("levis", "Levi's"), ("the-north-face", "The North Face"), ("canada-goose", "Canada Goose"),
         ("gucci", "Gucci"), ("louis-vuitton", "Louis Vuitton"), ("burberry", "Burberry"), ("nike", "Nike"), ("adidas", "adidas"), ("the-north-face", "The North Face"), ("levis", "Levi's")]
    CAT = {"nike": "sportswear", "adidas": "sportswear", "puma": "sportswear", "levis": "sportswear", "the-north-face": "jackets",
           "canada-goose": "accessories", "gucci": "belts", "louis-vuitton": "wallets", "burberry": "scarves"}
    G = ["logo t-shirt 100% cotton all sizes", "hoodie big logo unisex", "logo cap adjustable", "tracksuit logo set", "logo sweatshirt wholesale"]
    L = ["en-NG", "en-KE", "en-GH", "en-IN", "en-PK", "bn-BD", "en-PH", "id-ID", "vi-VN", "tr-TR", "ar-EG", "es-PE", "pt-BR"]
    return [row(ctx, cls, C, b, tactic, L[i], f"{m} {G[i % len(G)]}", "Good quality fabric. Wholesale from 10 pcs.", *local(ctx.rng.uniform(4, 12), L[i]), CAT[b])
            for i, (b, m) in enumerate(B)]


# =====================================================================================================================
#  COUNTERFEIT, rarer tactics (*)
# =====================================================================================================================
WATCHLIKE = {"watch": "men's automatic diver watch 41mm", "bag": "women's leather shoulder bag", "sneakers": "low top leather sneakers",
             "bracelet": "gold tone bangle bracelet", "headphones": "wireless noise cancelling headphones", "earbuds": "wireless earbuds ANC",
             "hairdryer": "high speed hair dryer", "styler": "hot air styler 6 in 1", "parka": "men's down parka", "jacket": "puffer jacket",
             "belt": "leather belt", "wallet": "long zip wallet", "scarf": "cashmere check scarf", "phone": "smartphone 256GB",
             "necklace": "crystal pendant necklace", "sunglasses": "oversized sunglasses", "speaker": "portable speaker", "serum": "repair serum 50ml",
             "vacuum": "cordless stick vacuum", "coat": "classic trench coat", "perfume": "eau de parfum 100ml", "laptop": "13 inch laptop"}


JA_N = {"watch": "腕時計 自動巻き", "bag": "バッグ", "sneakers": "スニーカー", "scarf": "マフラー", "bracelet": "ブレスレット", "necklace": "ネックレス",
        "parka": "ダウンジャケット", "hairdryer": "ドライヤー", "belt": "ベルト"}
KO_N = {"watch": "시계", "bag": "가방", "sneakers": "운동화", "hairdryer": "드라이기", "bracelet": "팔찌", "scarf": "머플러", "jacket": "패딩",
        "parka": "패딩", "necklace": "목걸이"}


def generic(p, lang="en"):
    return WATCHLIKE.get(p["type"], noun(p["type"], "en"))


@klass("c_regional_indicator_letters", C, "the brand spelt in regional-indicator letters (🇷 🇴 🇱 🇪 🇽), generic goods noun", star=True)
def _(ctx, cls, tactic):
    ps = ctx.prods(13, lambda p: p["usd"] >= 40 and len(p["mark"]) <= 12)
    out = []
    for i, p in enumerate(ps):
        letters = [c for c in unicodedata.normalize("NFKD", p["mark"]).upper() if "A" <= c <= "Z"]
        ri = " ".join(chr(0x1F1E6 + ord(c) - 65) for c in letters)
        lang = ["en-US", "en-GB", "en-AU", "en-PH", "en-NG", "en-CA", "es-MX", "pt-BR", "fr-FR", "de-DE", "id-ID", "en-SG", "it-IT"][i]
        t = f"{ri} {generic(p)}" + (" 1:1" if i % 2 else "")
        out.append(row(ctx, cls, C, p["brand"], tactic, lang, t, "DM for more photos. Fast shipping.", *cheap(ctx, p, lang), p["cat"]))
    return out


@klass("c_alternating_case", C, "the brand in alternating 'sponge' case (rOlEx, gUcCi) with a generic noun", star=True)
def _(ctx, cls, tactic):
    ps = ctx.prods(13, lambda p: p["usd"] >= 40)
    out = []
    for i, p in enumerate(ps):
        m = "".join((c.upper() if j % 2 else c.lower()) for j, c in enumerate(p["mark"]))
        lang = ["en-US", "en-GB", "es-ES", "fr-FR", "de-DE", "pt-BR", "en-AU", "it-IT", "nl-NL", "pl-PL", "en-PH", "id-ID", "tr-TR"][i]
        t = f"{m} {generic(p)}" + (" top quality" if i % 3 == 0 else "")
        out.append(row(ctx, cls, C, p["brand"], tactic, lang, t, "New with box. Message me.", *cheap(ctx, p, lang), p["cat"]))
    return out


@klass("c_mojibake_mark", C, "the brand garbled by a wrong text encoding on cross-border listings (NestlÃ©, Р РѕР»РµРєСЃ, 鑰愬厠-style)", star=True)
def _(ctx, cls, tactic):
    items = [("nestle", "Nestlé", "formula", "NAN Optipro 2 800g", 35, "infant formula", "latin1"),
             ("loreal", "L'Oréal Lancôme", "serum", "Advanced Génifique 50ml", 140, "skincare", "latin1"),
             ("estee-lauder", "Estée Lauder", "serum", "Advanced Night Repair 50ml", 115, "skincare", "latin1"),
             ("cartier", "Cartier Panthère", "watch", "quartz watch", 5000, "watches", "latin1"),
             ("nestle", "Nescafé", "coffee", "Gold 200g x 12", 100, "coffee", "latin1"),
             ("rolex", "Ролекс", "watch", "Submariner", 10800, "watches", "cp1251"),
             ("dyson", "Дайсон", "styler", "Airwrap", 599, "hair care", "cp1251"),
             ("apple", "Эпл AirPods", "earbuds", "Pro 2", 249, "earbuds", "cp1251"),
             ("nike", "耐克", "sneakers", "Air Force 1", 115, "sneakers", "gbk"),
             ("rolex", "劳力士", "watch", "潜航者", 10800, "watches", "gbk"),
             ("gucci", "古驰", "bag", "Marmont", 2600, "handbags", "gbk"),
             ("louis-vuitton", "路易威登", "bag", "Neverfull", 2030, "handbags", "gbk"),
             ("dyson", "戴森", "hairdryer", "吹风机", 429, "hair care", "gbk")]
    L = {"latin1": ["en-US", "en-GB", "en-NG", "en-KE", "en-IN"], "cp1251": ["ru-RU", "uk-UA", "ru-KZ"], "gbk": ["en-US", "en-SG", "en-AU", "en-CA", "en-GB"]}
    out = []
    for i, (b, m, typ, line, usd, cat, enc) in enumerate(items):
        g = m.encode("utf-8").decode({"latin1": "latin-1", "cp1251": "cp1251", "gbk": "gbk"}[enc], errors="replace")
        lang = L[enc][i % len(L[enc])]
        t = f"{g} {noun(typ, 'en')}"
        pr, cur = local(usd * copy_frac(ctx.rng, usd), lang)
        out.append(row(ctx, cls, C, b, tactic, lang, t, "Imported stock. Bulk price available.", pr, cur, cat))
    return out


@klass("c_zh_chaizi", C, "the Chinese alias split into its character components (古马也 for 古驰, 马户 for 驴牌, 而寸克 for 耐克)", star=True)
def _(ctx, cls, tactic):
    items = [("gucci", "古马也", "bag"), ("louis-vuitton", "马户牌", "bag"), ("nike", "而寸克", "sneakers"), ("omega", "区欠米茄", "watch"),
             ("cartier", "卡土也亚", "bracelet"), ("bmw", "宀玉马", "brakes"), ("canon", "亻圭能", "camera"), ("apple", "艹平果", "earbuds"),
             ("adidas", "阝可辶由", "sneakers"), ("estee-lauder", "牙隹诗兰黛", "serum"), ("rolex", "劳力十一", "watch"), ("dyson", "戴木木木", "hairdryer"),
             ("gucci", "古马也家", "belt")]
    out = []
    for i, (b, z, typ) in enumerate(items):
        p = next(q for q in PRODUCTS if q["brand"] == b and q["type"] == typ)
        lang = ["zh-CN", "zh-CN", "zh-TW", "zh-HK"][i % 4]
        t = f"{z} {noun(typ, 'zh')} " + ["高版本", "一比一", "顶级", "原单", "实拍"][i % 5]
        out.append(row(ctx, cls, C, b, tactic, lang, t, "懂的来，拆字防屏蔽。私聊看实物。", *cheap(ctx, p, lang), p["cat"]))
    return out


RU_LAYOUT = dict(zip("йцукенгшщзхъфывапролджэячсмитьбю", "qwertyuiop[]asdfghjkl;'zxcvbnm,."))
EN_TO_RU = {v: k for k, v in RU_LAYOUT.items()}
_KO_L = "ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ"
_KO_V = "ㅏㅐㅑㅒㅓㅔㅕㅖㅗㅘㅙㅚㅛㅜㅝㅞㅟㅠㅡㅢㅣ"
_KO_T = ["", "ㄱ", "ㄲ", "ㄳ", "ㄴ", "ㄵ", "ㄶ", "ㄷ", "ㄹ", "ㄺ", "ㄻ", "ㄼ", "ㄽ", "ㄾ", "ㄿ", "ㅀ", "ㅁ", "ㅂ", "ㅄ", "ㅅ", "ㅆ", "ㅇ", "ㅈ", "ㅊ", "ㅋ", "ㅌ", "ㅍ", "ㅎ"]
_KO_KEY = {"ㄱ": "r", "ㄲ": "R", "ㄴ": "s", "ㄷ": "e", "ㄸ": "E", "ㄹ": "f", "ㅁ": "a", "ㅂ": "q", "ㅃ": "Q", "ㅅ": "t", "ㅆ": "T", "ㅇ": "d", "ㅈ": "w",
           "ㅉ": "W", "ㅊ": "c", "ㅋ": "z", "ㅌ": "x", "ㅍ": "v", "ㅎ": "g", "ㅏ": "k", "ㅐ": "o", "ㅑ": "i", "ㅒ": "O", "ㅓ": "j", "ㅔ": "p", "ㅕ": "u",
           "ㅖ": "P", "ㅗ": "h", "ㅘ": "hk", "ㅙ": "ho", "ㅚ": "hl", "ㅛ": "y", "ㅜ": "n", "ㅝ": "nj", "ㅞ": "np", "ㅟ": "nl", "ㅠ": "b", "ㅡ": "m",
           "ㅢ": "ml", "ㅣ": "l"}


def ko_keys(s):
    out = []
    for ch in s:
        o = ord(ch) - 0xAC00
        if 0 <= o < 11172:
            out += [_KO_KEY[_KO_L[o // 588]], _KO_KEY[_KO_V[(o % 588) // 28]]]
            t = _KO_T[o % 28]
            if t:
                out.append(_KO_KEY.get(t, ""))
        else:
            out.append(ch)
    return "".join(out)


@klass("c_wrong_keyboard_layout", C, "the brand typed with the wrong keyboard layout: Ролекс as 'hjktrc', Rolex as 'Кщдуч', 롤렉스 as 'fhffprtm'", star=True)
def _(ctx, cls, tactic):
    items = [("rolex", "Ролекс", "ru"), ("nike", "Найк", "ru"), ("adidas", "Адидас", "ru"), ("dyson", "Дайсон", "ru"),
             ("rolex", "Rolex", "en2ru"), ("gucci", "Gucci", "en2ru"), ("samsung", "Samsung", "en2ru"), ("apple", "Airpods", "en2ru"),
             ("rolex", "롤렉스", "ko"), ("nike", "나이키", "ko"), ("louis-vuitton", "루이비통", "ko"), ("canada-goose", "캐나다구스", "ko"), ("gucci", "구찌", "ko")]
    out = []
    for i, (b, w, mode) in enumerate(items):
        if mode == "ru":
            g, lang = "".join(RU_LAYOUT.get(c.lower(), c) for c in w), ["ru-RU", "uk-UA", "ru-KZ", "be-BY"][i % 4]
        elif mode == "en2ru":
            g, lang = "".join(EN_TO_RU.get(c.lower(), c) for c in w), ["ru-RU", "ru-KZ", "uz-UZ", "ru-RU"][i % 4]
        else:
            g, lang = ko_keys(w), "ko-KR"
        p = ctx.prods(1, brands={b})[0]
        nn = noun(p["type"], "ru") if lang != "ko-KR" else {"watch": "시계", "sneakers": "운동화", "bag": "가방", "parka": "패딩", "belt": "벨트"}.get(p["type"], "")
        t = f"{g} {nn} " + ["копия", "люкс", "новые", "", "1:1"][i % 5] if lang != "ko-KR" else f"{g} {nn} " + ["미러급", "새상품", "정품급", "", "급처"][i % 5]
        out.append(row(ctx, cls, C, b, tactic, lang, t, "Пишите в личку." if lang != "ko-KR" else "채팅 주세요.", *cheap(ctx, p, lang), p["cat"]))
    return out


@klass("c_arabizi_cues", C, "Franco-Arabic (Arabizi) copy talk in Latin letters: 'copy 1 zay el original', 'high copy mesh farka'", star=True)
def _(ctx, cls, tactic):
    W = ["copy 1 zay el original belzabt", "high copy mesh hat3raf el far2", "mirror copy 5amat 3alya", "copy A el so3r nehay2y",
         "ta2leed daraga ola", "copy master zay el asly", "nos ta2leed bas 7elw"]
    L = ["ar-EG", "ar-EG", "ar-JO", "ar-AE", "ar-SA", "ar-KW", "ar-MA"]
    ps = ctx.prods(13, lambda p: p["usd"] >= 30)
    out = []
    for i, p in enumerate(ps):
        lang = L[i % len(L)]
        t = f"{p['mark']} {p['line']} {W[i % len(W)]}"
        out.append(row(ctx, cls, C, p["brand"], tactic, lang, t, "el tawsil l kol el mo7fzat, el daf3 3and el estlam. kalemny whats", *cheap(ctx, p, lang), p["cat"]))
    return out


@klass("c_translit_south_indic_georgian", C, "the brand in Tamil, Telugu, Kannada, Malayalam, Gujarati, Gurmukhi, Sinhala, Georgian or Armenian script", star=True)
def _(ctx, cls, tactic):
    items = [("rolex", "ரோலக்ஸ்", "ta-IN", "watch"), ("samsung", "சாம்சங்", "ta-LK", "phone"), ("nike", "నైక్", "te-IN", "sneakers"),
             ("adidas", "అడిడాస్", "te-IN", "sneakers"), ("rolex", "ರೋಲೆಕ್ಸ್", "kn-IN", "watch"), ("samsung", "സാംസങ്", "ml-IN", "phone"),
             ("nike", "નાઇકી", "gu-IN", "sneakers"), ("rolex", "ਰੋਲੈਕਸ", "pa-IN", "watch"), ("samsung", "සැම්සුන්", "si-LK", "earbuds"),
             ("nike", "ნაიკი", "ka-GE", "sneakers"), ("gucci", "გუჩი", "ka-GE", "bag"), ("adidas", "Ադիդաս", "hy-AM", "sneakers"),
             ("louis-vuitton", "Լուի Վիտոն", "hy-AM", "bag")]
    CUE = {"ta": "ஃபர்ஸ்ட் காப்பி", "te": "ఫస్ట్ కాపీ", "kn": "ಫಸ್ಟ್ ಕಾಪಿ", "ml": "ഫസ്റ്റ് കോപ്പി", "gu": "ફર્સ્ટ કોપી", "pa": "ਫਸਟ ਕਾਪੀ",
           "si": "කොපි", "ka": "ასლი", "hy": "կրկնօրինակ"}
    out = []
    for i, (b, w, lang, typ) in enumerate(items):
        p = next(q for q in PRODUCTS if q["brand"] == b and q["type"] == typ)
        t = f"{w} {noun(typ, 'en')} {CUE[lang.split('-')[0]] if i % 2 == 0 else ''}"
        out.append(row(ctx, cls, C, b, tactic, lang, t, "Delivery available. Call or message.", *cheap(ctx, p, lang), p["cat"]))
    return out


BOILER = ("SHIPPING: We ship worldwide from our warehouse within 48 hours of payment. Tracking number will be uploaded automatically. "
          "Delivery times: North America 7-15 business days, Europe 10-20 business days, Australia 10-18 business days, rest of world 15-30 "
          "business days. Delays may happen during holidays and customs inspections; we are not responsible for delays caused by the postal service. "
          "Import duties, taxes and charges are not included in the item price and are the buyer's responsibility. "
          "RETURNS: We accept returns within 30 days of delivery. Items must be unused and in the original packaging. Buyer pays return shipping. "
          "Refunds are issued within 5 business days after we receive the item. Please contact us before opening a case, we always solve problems. "
          "PAYMENT: We accept all major payment methods. Payment must be completed within 3 days of purchase. Unpaid orders are cancelled. "
          "FEEDBACK: Your satisfaction is very important to us. If you are happy with your purchase please leave positive feedback, we will do the same. "
          "If you have any problem, please contact us first before leaving negative or neutral feedback; we will reply within 24 hours. "
          "ABOUT US: We are a professional trading company with many years of experience in international e-commerce. We work with "
          "reliable suppliers and check every item before dispatch. Customer service hours: Monday to Saturday 9:00-18:00 (GMT+8). "
          "Thank you for visiting our store, please add us to your favourites to get the latest offers and new arrivals. ") * 2


@klass("c_deep_in_long_description", C, "generic title; the brand only at the end of ~3,500 characters of shop boilerplate", star=True)
def _(ctx, cls, tactic):
    ps = ctx.prods(13, lambda p: p["type"] in WATCHLIKE and p["usd"] >= 100)
    L = ["en-US", "en-GB", "en-AU", "en-CA", "en-NZ", "en-SG", "en-IN", "en-ZA", "en-NG", "en-PH", "en-KE", "en-US", "en-GB"]
    out = []
    for i, p in enumerate(ps):
        lang = L[i]
        tail = [f"Item: {p['mark']} {p['line']}, mirror quality.", f"Style {p['mark']} {p['line']} 1:1 version.", f"Note: this is the {p['mark']} {p['line']} replica shown in photos."][i % 3]
        out.append(row(ctx, cls, C, p["brand"], tactic, lang, generic(p).capitalize() + " new", BOILER + tail, *cheap(ctx, p, lang), p["cat"]))
    return out


@klass("c_compatible_brand_field", C, "generic title; 'Brand: Unbranded' with the brand in a 'Compatible Brand' / 'Style of' item specific", star=True)
def _(ctx, cls, tactic):
    ps = ctx.prods(13, lambda p: p["type"] in WATCHLIKE and p["usd"] >= 60)
    L = ["en-US", "en-GB", "de-DE", "en-AU", "fr-FR", "it-IT", "es-ES", "en-CA", "en-US", "en-GB", "nl-NL", "pl-PL", "en-US"]
    out = []
    for i, p in enumerate(ps):
        k = ["Compatible Brand", "Style of", "Compatible Brand", "Designer (style)"][i % 4]
        attrs = {"Brand": ["Unbranded", "Generic", "Does not apply"][i % 3], k: p["mark"], "Model": p["line"], "Condition": "New"}
        out.append(row(ctx, cls, C, p["brand"], tactic, L[i], generic(p).capitalize(), "See item specifics.", *cheap(ctx, p, L[i]), p["cat"], attrs=attrs))
    return out


@klass("c_fair_use_disclaimer", C, "brand and line in the title, copy price, and a legal boilerplate 'brand names for reference only, not affiliated'", star=True)
def _(ctx, cls, tactic):
    D = ["Disclaimer: brand names are used for reference only. We are not affiliated with {b}. All trademarks belong to their respective owners.",
         "Brand names are for description purposes only (fair use); this store is not affiliated with or endorsed by {b}.",
         "We do not sell counterfeit goods. Names are used only to describe style. Not affiliated with {b}."]
    ps = ctx.prods(13, lambda p: p["usd"] >= 60)
    L = ["en-US", "en-GB", "en-AU", "en-CA", "en-US", "en-SG", "en-NZ", "en-US", "en-IN", "en-ZA", "en-GB", "en-US", "en-PH"]
    out = []
    for i, p in enumerate(ps):
        t = f"{p['mark']} {p['line']} {noun(p['type'], 'en')} " + ["", "high quality", "with box"][i % 3]
        out.append(row(ctx, cls, C, p["brand"], tactic, L[i], t, D[i % 3].format(b=p["mark"]), *cheap(ctx, p, L[i]), p["cat"], market="dhgate"))
    return out


@klass("c_pinyin_tones", C, "the Chinese alias in pinyin with tone marks or tone numbers (Láolìshì, gu3chi2)", star=True)
def _(ctx, cls, tactic):
    items = [("rolex", "Láolìshì", "watch"), ("gucci", "Gǔchí", "bag"), ("nike", "Nàikè", "sneakers"), ("adidas", "Ādídásī", "sneakers"),
             ("louis-vuitton", "Lùyì Wēidēng", "bag"), ("omega", "Ōumǐjiā", "watch"), ("cartier", "Kǎdìyà", "bracelet"), ("dyson", "Dàisēn", "hairdryer"),
             ("rolex", "lao2li4shi4", "watch"), ("gucci", "gu3chi2", "belt"), ("swarovski", "shi1hua2luo4shi4qi2", "necklace"), ("estee-lauder", "ya3shi1lan2dai4", "serum"),
             ("lego", "le4gao1", "bricks")]
    out = []
    for i, (b, py, typ) in enumerate(items):
        p = next(q for q in PRODUCTS if q["brand"] == b and q["type"] == typ)
        lang = ["zh-CN", "zh-TW", "en-SG", "ms-MY"][i % 4]
        t = f"{py} {noun(typ, 'en')} " + ["yi bi yi", "gao fang", "1:1", "A huo", "fu ke"][i % 5]
        out.append(row(ctx, cls, C, b, tactic, lang, t, "Sī liáo kàn shí pāi. DM for real photos.", *cheap(ctx, p, lang), p["cat"]))
    return out


@klass("c_kana_size_swap", C, "katakana brand with small/large kana swapped or ー replaced by 一/- (ロレツクス, グツチ, バ-バリ-)", star=True)
def _(ctx, cls, tactic):
    items = [("rolex", "ロレツクス", "watch"), ("gucci", "グツチ", "bag"), ("louis-vuitton", "ルイウ゛イトン", "bag"), ("nike", "ナイキ一", "sneakers"),
             ("burberry", "バ-バリ-", "scarf"), ("cartier", "カルテイエ", "bracelet"), ("swarovski", "スワロフスキ一", "necklace"), ("canada-goose", "カナダグ一ス", "parka"),
             ("dyson", "ダイソソ", "hairdryer"), ("rolex", "ロレツクス", "watch"), ("gucci", "グツチ", "belt"), ("michael-kors", "マイケルコ一ス", "bag"), ("coach", "コ一チ", "bag")]
    out = []
    for i, (b, k, typ) in enumerate(items):
        p = next(q for q in PRODUCTS if q["brand"] == b and q["type"] == typ)
        t = f"{k} {JA_N.get(typ, '')} " + ["激安", "未使用", "N品", "美品", "新品"][i % 5]
        out.append(row(ctx, cls, C, b, tactic, "ja-JP", t, "即購入OK。コメントなしで大丈夫です。", *cheap(ctx, p, "ja-JP"), p["cat"]))
    return out


@klass("c_hangul_misspell", C, "the brand's Hangul name respelt (롤렉쓰, 루이비똥, 꾸찌, 나이끼, 다이쓴)", star=True)
def _(ctx, cls, tactic):
    items = [("rolex", "롤렉쓰", "watch"), ("louis-vuitton", "루이비똥", "bag"), ("gucci", "꾸찌", "bag"), ("nike", "나이끼", "sneakers"), ("dyson", "다이쓴", "hairdryer"),
             ("adidas", "아디다쓰", "sneakers"), ("cartier", "까르띠애", "bracelet"), ("burberry", "버버리이", "scarf"), ("the-north-face", "노스패이스", "jacket"),
             ("canada-goose", "캐나다구즈", "parka"), ("omega", "오매가", "watch"), ("swarovski", "스와로브스끼", "necklace"), ("rolex", "롤랙스", "watch")]
    out = []
    for i, (b, k, typ) in enumerate(items):
        p = next(q for q in PRODUCTS if q["brand"] == b and q["type"] == typ)
        t = f"{k} {KO_N.get(typ, '')} " + ["급처", "새상품", "미러", "최상급", "풀박"][i % 5]
        out.append(row(ctx, cls, C, b, tactic, "ko-KR", t, "택포 가격입니다. 네고 불가.", *cheap(ctx, p, "ko-KR"), p["cat"]))
    return out


@klass("c_cyrillic_respell", C, "the brand's Cyrillic name respelt (Ралекс, Гучи, Луи Витон, Сваровский, Найки)", star=True)
def _(ctx, cls, tactic):
    items = [("rolex", "Ралекс", "watch"), ("gucci", "Гучи", "bag"), ("louis-vuitton", "Луи Витон", "bag"), ("swarovski", "Сваровский", "necklace"),
             ("nike", "Найки", "sneakers"), ("adidas", "Адидасс", "sneakers"), ("cartier", "Картъе", "bracelet"), ("dyson", "Дайсен", "styler"),
             ("samsung", "Самсунк", "phone"), ("canada-goose", "Канада Гусь", "parka"), ("the-north-face", "Норс Фэйс", "jacket"), ("burberry", "Барберри", "scarf"),
             ("michael-kors", "Майкл Корc", "bag")]
    out = []
    for i, (b, k, typ) in enumerate(items):
        p = next(q for q in PRODUCTS if q["brand"] == b and q["type"] == typ)
        lang = ["ru-RU", "ru-KZ", "uk-UA", "be-BY", "uz-UZ", "mn-MN", "kk-KZ"][i % 7]
        t = f"{noun(typ, 'ru').capitalize()} {k} " + ["люкс", "новые", "копия", "в наличии", "качество"][i % 5]
        out.append(row(ctx, cls, C, b, tactic, lang, t, "Доставка по городу бесплатно.", *cheap(ctx, p, lang), p["cat"]))
    return out


@klass("c_soundalike_word_pairs", C, "the brand as English words that sound like its syllables (Row Lex, Goo Chee, Nigh Key, Die Son)", star=True)
def _(ctx, cls, tactic):
    items = [("rolex", "Row Lex", "watch"), ("gucci", "Goo Chee", "bag"), ("nike", "Nigh Key", "sneakers"), ("dyson", "Die Son", "hairdryer"),
             ("cartier", "Car Tee Ay", "bracelet"), ("samsung", "Sam Sung", "phone"), ("yonex", "Yo Necks", "racket"), ("lego", "Leg Oh", "bricks"),
             ("philips", "Fill Lips", "toothbrush"), ("omega", "Oh Mega", "watch"), ("burberry", "Bur Berry", "scarf"), ("levis", "Lee Vice", "jeans"),
             ("swarovski", "Swore Off Ski", "necklace")]
    out = []
    for i, (b, k, typ) in enumerate(items):
        p = next(q for q in PRODUCTS if q["brand"] == b and q["type"] == typ)
        lang = ["en-US", "en-GB", "en-AU", "en-CA", "en-NZ"][i % 5]
        t = f"\"{k}\" {generic(p)} " + ["(you know 😉)", "say it fast", "", "1:1", ""][i % 5]
        out.append(row(ctx, cls, C, b, tactic, lang, t, "Read the title out loud. No questions about brand please.", *cheap(ctx, p, lang), p["cat"]))
    return out


@klass("c_acrostic_lines", C, "generic title; the description's lines begin with the brand's letters (an acrostic)", star=True)
def _(ctx, cls, tactic):
    WORDS = {"R": "Runs perfectly", "O": "One of the best", "L": "Luminous hands", "E": "Excellent finish", "X": "X-tra bracelet links included",
             "G": "Great gift", "U": "Unique design", "C": "Classic look", "I": "Ideal for daily use", "N": "New in box", "K": "Keep it forever",
             "D": "Detailed stitching", "Y": "Yours for a fraction", "S": "Sealed", "A": "Accessories included", "M": "Many colours", "P": "Perfect copy",
             "T": "Top quality", "B": "Box included", "V": "Very light", "H": "Highly rated", "W": "Worldwide shipping", "F": "Fast delivery"}
    ps = ctx.prods(13, lambda p: p["type"] in WATCHLIKE and p["usd"] >= 100 and all(c.upper() in WORDS for c in p["mark"].replace(" ", "").replace("'", "")))
    out = []
    for i, p in enumerate(ps):
        lines = [WORDS[c.upper()] for c in p["mark"].replace(" ", "").replace("'", "")]
        lang = ["en-US", "en-GB", "en-AU", "en-PH", "en-NG", "en-CA", "en-SG"][i % 7]
        out.append(row(ctx, cls, C, p["brand"], tactic, lang, generic(p).capitalize() + " - read the first letters 😉", "\n".join(lines),
                       *cheap(ctx, p, lang), p["cat"]))
    return out


@klass("c_price_field_decoy_high", C, "price field near retail to pass price filters; the text gives the real copy price after chat or coupon", star=True)
def _(ctx, cls, tactic):
    T = [("zh-CN", "{b} {l} 专柜同款", "标价非实际价格，到手价{p}，拍前联系客服改价。"), ("en-US", "{b} {l} new", "Listed price is not final. Message for the real price: {p} with coupon."),
         ("vi-VN", "{b} {l} hàng đẹp", "Giá niêm yết không phải giá thật, ib để lấy giá {p}."), ("id-ID", "{b} {l} premium", "Harga di etalase bukan harga asli, chat untuk harga {p}."),
         ("es-MX", "{b} {l} calidad", "El precio publicado no es el real. Pregunta, te lo dejo en {p}."), ("pt-BR", "{b} {l} top", "Preço do anúncio não é o real, chama que faço {p}."),
         ("ru-RU", "{b} {l} люкс", "Цена в объявлении не актуальна, реальная {p}, пишите."), ("en-PH", "{b} {l} onhand", "Price posted is for filter only, real price {p} via chat.")]
    ps = ctx.prods(13, lambda p: p["usd"] >= 80)
    out = []
    for i, p in enumerate(ps):
        lang, t, d = T[i % len(T)]
        real, cur = cheap(ctx, p, lang)
        hi, _ = local(p["usd"] * ctx.rng.uniform(0.9, 1.1), lang)
        out.append(row(ctx, cls, C, p["brand"], tactic, lang, t.format(b=p["mark"], l=p["line"]), d.format(p=f"{real:g} {cur}"), hi, cur, p["cat"]))
    return out


@klass("c_local_orthography_latin", C, "the brand in another Latin orthography (Svarovski, Kartije, Roleks, Guçi, Najki, Dajson, Lui Viton)", star=True)
def _(ctx, cls, tactic):
    items = [("swarovski", "Svarovski", "necklace", "sr-RS"), ("cartier", "Kartije", "bracelet", "sr-RS"), ("rolex", "Roleks", "watch", "tr-TR"),
             ("gucci", "Guçi", "bag", "tr-TR"), ("nike", "Najki", "sneakers", "pl-PL"), ("dyson", "Dajson", "hairdryer", "hr-HR"),
             ("louis-vuitton", "Lui Viton", "bag", "hr-HR"), ("michael-kors", "Majkl Kors", "bag", "sr-RS"), ("burberry", "Berberi", "scarf", "tr-TR"),
             ("rolex", "Rolekss", "watch", "lv-LV"), ("canada-goose", "Kanada Gus", "parka", "sr-RS"), ("philips", "Filips", "shaver", "lv-LV"),
             ("bosch", "Boš", "drill", "sr-RS")]
    W = {"sr": "kopija", "tr": "A kalite", "pl": "podróbka", "hr": "kopija", "lv": "kopija"}
    out = []
    for i, (b, k, typ, lang) in enumerate(items):
        p = next(q for q in PRODUCTS if q["brand"] == b and q["type"] == typ)
        t = f"{k} {generic(p)} " + (W[lang[:2]] if i % 2 == 0 else "")
        d = {"sr": "Slanje pouzećem, Post Express.", "hr": "Šaljem pouzećem.", "tr": "Kapıda ödeme, aynı gün kargo.", "pl": "Wysyłka InPost, pobranie.",
             "lv": "Sūtu ar Omniva pakomātu."}[lang[:2]]
        out.append(row(ctx, cls, C, b, tactic, lang, t, d, *cheap(ctx, p, lang), p["cat"]))
    return out


NUMW = {"0": "zero", "1": "one", "2": "two", "3": "three", "4": "four", "5": "five", "6": "six", "7": "seven", "8": "eight", "9": "nine"}


@klass("c_model_spelled_words", C, "generic title; the registered model number spelt out in words ('one two six six one zero L N')", star=True)
def _(ctx, cls, tactic):
    ps = ctx.prods(13, lambda p: bool(p["model"]) and sum(c.isdigit() for c in p["model"]) >= 3 and p["usd"] >= 60
                   and p["cat"] not in ("auto parts", "software licenses", "infant formula"))
    out = []
    for i, p in enumerate(ps):
        sp = " ".join(NUMW.get(c, c) for c in p["model"] if c not in "-. ")
        lang = ["en-US", "en-GB", "en-AU", "en-CA", "en-NG", "en-PH", "en-IN"][i % 7]
        t = f"{generic(p).capitalize()} ref {sp}"
        out.append(row(ctx, cls, C, p["brand"], tactic, lang, t, "Reference written out on purpose. Ask for details.", *cheap(ctx, p, lang), p["cat"]))
    return out


FAUX = {"R": "Я", "N": "И", "A": "Д", "E": "Ё", "W": "Ш", "U": "Ц", "Y": "У", "B": "Б"}


@klass("c_faux_cyrillic", C, "the brand in faux-Cyrillic display letters (ЯOLEX, ИIKE, DУSOИ, BЦЯBЁЯЯY)", star=True)
def _(ctx, cls, tactic):
    ps = ctx.prods(13, lambda p: p["usd"] >= 40 and p["type"] in WATCHLIKE and any(c in FAUX for c in p["mark"].upper()))
    out = []
    for i, p in enumerate(ps):
        m = "".join(FAUX.get(c, c) for c in p["mark"].upper())
        lang = ["en-US", "en-GB", "de-DE", "fr-FR", "es-ES", "pt-BR", "en-AU", "it-IT", "nl-NL", "en-PH", "id-ID", "en-NG", "tr-TR"][i]
        t = f"{m} {generic(p)}"
        out.append(row(ctx, cls, C, p["brand"], tactic, lang, t, "Limited stock, message for sizes.", *cheap(ctx, p, lang), p["cat"]))
    return out
# =====================================================================================================================
#  INNOCENT
# =====================================================================================================================
I = "innocent"
NEWW = {"en": "new, sealed, with receipt and warranty", "es": "nuevo, sellado, con factura y garantía", "pt": "novo, lacrado, com nota fiscal e garantia",
        "fr": "neuf, scellé, avec facture et garantie", "de": "neu, originalverpackt, mit Rechnung und Garantie", "it": "nuovo, sigillato, con scontrino e garanzia",
        "nl": "nieuw, geseald, met bon en garantie", "pl": "nowy, zafoliowany, z paragonem i gwarancją", "ru": "новый, запечатан, с чеком и гарантией",
        "tr": "yeni, kapalı kutu, faturalı ve garantili", "ja": "新品未開封、保証書付き", "ko": "새상품 미개봉, 영수증 보증서 있음", "zh": "全新未拆封，有发票和保修",
        "ar": "جديد بالكرتون مع الفاتورة والضمان", "id": "baru segel, garansi resmi, ada nota", "vi": "mới nguyên seal, bảo hành chính hãng, có hóa đơn",
        "th": "ของใหม่ ซีล มีใบเสร็จและประกันศูนย์", "sv": "ny, oöppnad, kvitto och garanti finns", "cs": "nové, zabalené, s účtenkou a zárukou"}
USEDW = {"en": "used, good condition, light signs of wear", "es": "usado, buen estado, pequeñas marcas de uso", "pt": "usado, bom estado, poucas marcas",
         "fr": "d'occasion, bon état, légères traces d'usure", "de": "gebraucht, guter Zustand, leichte Gebrauchsspuren", "it": "usato, buone condizioni",
         "nl": "gebruikt, goede staat", "pl": "używany, stan dobry, drobne ślady użytkowania", "ru": "б/у, хорошее состояние, небольшие следы использования",
         "tr": "ikinci el, temiz, az kullanılmış", "ja": "中古、目立った傷なし", "ko": "중고, 사용감 적음", "zh": "二手，成色九成新", "ar": "مستعمل بحالة جيدة",
         "id": "bekas, kondisi mulus, pemakaian wajar", "vi": "đã qua sử dụng, còn đẹp", "th": "มือสอง สภาพดี", "sv": "begagnad, bra skick", "cs": "použité, dobrý stav"}
FAIR_L = ["en-US", "en-GB", "de-DE", "fr-FR", "es-ES", "it-IT", "nl-NL", "pl-PL", "ru-RU", "tr-TR", "ja-JP", "ko-KR", "zh-CN", "ar-AE", "id-ID",
          "vi-VN", "th-TH", "sv-SE", "cs-CZ", "pt-BR", "es-MX", "en-AU", "en-IN", "en-SG"]


def fair(ctx, p, lang, lo, hi):
    return local(p["usd"] * ctx.rng.uniform(lo, hi), lang)


@klass("in_authorized_store", I, "the registry's authorized seller on its marketplace, list price")
def _(ctx, cls, tactic):
    out = []
    brands = sorted(AUTHORIZED)
    ctx.rng.shuffle(brands)
    for b in brands[:12]:
        mk, sid, name = ctx.rng.choice(AUTHORIZED[b])
        cur, rate, ctry = AUTH_CURRENCY[mk]
        p = ctx.prods(1, brands={b})[0]
        lang = {"tmall": "zh-CN", "amazon-us": "en-US", "amazon-de": "de-DE", "ebay": "en-US"}[mk]
        t = f"{p['mark']} {p['line']} " + ("官方正品" if mk == "tmall" else ("Certified Pre-Owned" if b == "rolex" else ""))
        pr = nice(p["usd"] * rate * ctx.rng.uniform(0.95, 1.05), cur)
        if b == "rolex":
            pr = nice(p["usd"] * ctx.rng.uniform(1.0, 1.3), cur)
        out.append(row(ctx, cls, I, b, tactic, lang, t, NEWW[lang[:2]] if b != "rolex" else "Certified pre-owned, two-year guarantee.", pr, cur, p["cat"],
                       market=mk, sid=sid, sname=name, country=ctry))
    return out


@klass("in_retail_new_fair", I, "a local retailer's new genuine goods at the local list price")
def _(ctx, cls, tactic):
    ps = ctx.prods(12)
    out = []
    for i, p in enumerate(ps):
        lang = FAIR_L[i * 2 % len(FAIR_L)]
        t = f"{p['mark']} {p['line']} {noun(p['type'], lang)}"
        out.append(row(ctx, cls, I, p["brand"], tactic, lang, t, NEWW[lang[:2]], *fair(ctx, p, lang, 0.95, 1.15), p["cat"]))
    return out


@klass("in_resale_above_retail", I, "resale of sought-after genuine goods above retail: 'deadstock', 'DS', 'retired set', 'unworn, full set'")
def _(ctx, cls, tactic):
    ps = ctx.prods(12, lambda p: p["cat"] in ("sneakers", "watches", "building sets", "consoles", "handbags", "jackets", "parkas"))
    L = ["en-US", "en-GB", "ja-JP", "ko-KR", "zh-HK", "de-DE", "fr-FR", "en-AU", "en-SG", "zh-TW", "en-CA", "it-IT"]
    W = {"sneakers": "DS deadstock, receipt from SNKRS", "watches": "unworn full set 2025 card", "building sets": "retired set, sealed box"}
    return [row(ctx, cls, I, p["brand"], tactic, L[i], f"{p['mark']} {p['line']} {W.get(p['cat'], 'new with receipt, sold out everywhere')}", "Bought at retail, happy to meet at a store to verify.",
                *fair(ctx, p, L[i], 1.15, 1.9), p["cat"]) for i, p in enumerate(ps)]


DURABLE = {"watch", "bracelet", "necklace", "bag", "wallet", "belt", "sunglasses", "scarf", "coat", "parka", "jacket", "sneakers", "jeans",
           "headphones", "earbuds", "speaker", "phone", "tablet", "laptop", "console", "controller", "camera", "lens", "generator", "shaver",
           "toothbrush", "hairdryer", "styler", "vacuum", "airfryer", "drill", "golfclub", "racket", "tennis", "ball", "figure", "bricks", "doll", "kit"}


@klass("in_used_fair", I, "private sellers' used genuine goods at fair used prices, many languages")
def _(ctx, cls, tactic):
    ps = ctx.prods(12, lambda p: p["type"] in DURABLE)
    out = []
    for i, p in enumerate(ps):
        lang = FAIR_L[(i * 2 + 1) % len(FAIR_L)]
        keep = 0.7 if p["cat"] in ("watches",) else 0.45
        t = f"{p['mark']} {p['line']} {USEDW[lang[:2]].split(',')[0]}"
        out.append(row(ctx, cls, I, p["brand"], tactic, lang, t, USEDW[lang[:2]], *fair(ctx, p, lang, keep, keep + 0.3), p["cat"]))
    return out


@klass("in_open_box_returns", I, "open-box / customer-return genuine goods from retailers at 75-90 % of list")
def _(ctx, cls, tactic):
    ps = ctx.prods(12, lambda p: p["cat"] in ("headphones", "earbuds", "phones", "laptops", "consoles", "cameras", "hair care",
                                                                            "vacuum cleaners", "electric toothbrushes", "shavers", "power tools", "speakers"))
    L = ["en-US", "en-GB", "de-DE", "fr-FR", "nl-NL", "en-CA", "en-AU", "es-ES", "it-IT", "pl-PL", "sv-SE", "ja-JP"]
    W = {"en": "open box, customer return, full warranty", "de": "B-Ware, Kundenretoure, volle Garantie", "fr": "déballé, retour client, garantie", "nl": "open doos, retour, garantie",
         "es": "caja abierta, devolución, garantía", "it": "confezione aperta, reso cliente, garanzia", "pl": "otwarte opakowanie, zwrot klienta, gwarancja",
         "sv": "öppnad förpackning, retur, garanti", "ja": "開封済み未使用品 保証付き"}
    return [row(ctx, cls, I, p["brand"], tactic, L[i], f"{p['mark']} {p['line']} - {W[L[i][:2]]}", "Tested, all accessories. Sold by a retailer with invoice.",
                *fair(ctx, p, L[i], 0.75, 0.9), p["cat"]) for i, p in enumerate(ps)]


@klass("in_genuine_sale_discount", I, "genuine goods in a retailer's seasonal sale (Black Friday, Singles' Day, Boxing Day), 15-30 % off")
def _(ctx, cls, tactic):
    ps = ctx.prods(12, lambda p: p["cat"] not in ("watches", "handbags", "jewelry", "prescription drugs"))
    T = [("en-US", "Black Friday deal"), ("zh-CN", "双十一 官方授权店 直降"), ("en-GB", "Boxing Day sale"), ("de-DE", "Black Week Angebot"),
         ("fr-FR", "Soldes d'hiver"), ("es-ES", "Rebajas Black Friday"), ("ko-KR", "블랙프라이데이 정품 세일"), ("ja-JP", "ブラックフライデー 正規品セール"),
         ("pl-PL", "Black Friday promocja"), ("en-AU", "Click Frenzy sale"), ("id-ID", "Harbolnas 12.12 resmi"), ("pt-BR", "Black Friday oferta")]
    return [row(ctx, cls, I, p["brand"], tactic, T[i][0], f"{p['mark']} {p['line']} {T[i][1]} -{ctx.rng.choice([15, 20, 25, 30])}%",
                "Authorised retailer, official warranty. Price valid until end of the sale.", *fair(ctx, p, T[i][0], 0.7, 0.85), p["cat"]) for i, p in enumerate(ps)]


@klass("in_pharmacy_otc_fair", I, "pharmacies' OTC medicines and devices at shelf prices")
def _(ctx, cls, tactic):
    ps = ctx.prods(12, lambda p: p["cat"] in ("otc", "medical devices"))
    L = ["en-US", "de-DE", "en-GB", "fr-FR", "es-ES", "it-IT", "nl-NL", "pl-PL", "en-AU", "en-CA", "sv-SE", "cs-CZ"]
    return [row(ctx, cls, I, p["brand"], tactic, L[i], f"{p['mark']} {p['line']}", "Online pharmacy, licensed. Dispatched from our pharmacy.",
                *fair(ctx, p, L[i], 0.9, 1.15), p["cat"]) for i, p in enumerate(ps)]


@klass("in_grocery_fmcg_fair", I, "supermarkets' groceries and drinks at shelf prices")
def _(ctx, cls, tactic):
    ps = ctx.prods(12, lambda p: p["cat"] in ("chocolate", "coffee", "soft drinks", "spreads", "infant formula"))
    L = ["en-US", "de-DE", "en-GB", "fr-FR", "es-ES", "it-IT", "nl-NL", "pl-PL", "zh-CN", "en-AU", "ja-JP", "pt-BR"]
    return [row(ctx, cls, I, p["brand"], tactic, L[i], f"{p['mark']} {p['line']}", "Supermarket online order, best before 2027.", *fair(ctx, p, L[i], 0.9, 1.15), p["cat"])
            for i, p in enumerate(ps)]


@klass("in_minis_samples", I, "genuine small units at fair unit prices: deluxe samples, single bars, 7 ml minis, single blades")
def _(ctx, cls, tactic):
    items = [("loreal", "Lancôme Advanced Génifique 7ml deluxe sample", 17, "skincare"), ("estee-lauder", "Estée Lauder Advanced Night Repair 7ml travel size", 20, "skincare"),
             ("mars", "Snickers bar 50g", 1.5, "chocolate"), ("ferrero", "Nutella mini 30g", 1.2, "spreads"), ("ferrero", "Ferrero Rocher 3-pack", 2.5, "chocolate"),
             ("coca-cola", "Coca-Cola 330ml can", 1.2, "soft drinks"), ("gillette", "Gillette Mach3 single cartridge refill", 3, "razor blades"),
             ("shiseido", "Anessa Perfect UV mini 12ml", 8, "sunscreen"), ("loreal", "Lancôme La Vie Est Belle 4ml miniature", 14, "fragrance"),
             ("nestle", "Nescafé Gold sticks 10 x 2g", 3, "coffee"), ("pandora", "Pandora spacer charm", 25, "charms"), ("mars", "M&M's peanut 45g", 1.4, "chocolate")]
    L = ["en-US", "en-GB", "de-DE", "fr-FR", "es-ES", "it-IT", "nl-NL", "pl-PL", "en-AU", "en-CA", "sv-SE", "en-SG"]
    return [row(ctx, cls, I, b, tactic, L[i], t, "Genuine product, sold as a single unit / sample size.", *local(u * ctx.rng.uniform(0.95, 1.2), L[i]), c)
            for i, (b, t, u, c) in enumerate(items)]


@klass("in_accessory_for", I, "accessories that fit the brand's goods (cases, straps, covers, stands), many languages")
def _(ctx, cls, tactic):
    items = [("en-US", "apple", "Clear case for iPhone 15 Pro with MagSafe", 15, "phone accessories"),
             ("de-DE", "samsung", "Hülle für Samsung Galaxy S24 Ultra, Silikon", 12, "Handyzubehör"),
             ("fr-FR", "rolex", "Bracelet caoutchouc 20 mm compatible Rolex Submariner", 35, "montres accessoires"),
             ("es-MX", "nintendo", "Funda de transporte para Nintendo Switch OLED", 250, "accesorios videojuegos"),
             ("ja-JP", "sony", "WH-1000XM5 用 交換イヤーパッド", 2500, "ヘッドホンアクセサリー"),
             ("ko-KR", "apple", "에어팟 프로 2 실리콘 케이스", 9000, "이어폰 액세서리"),
             ("pt-BR", "dyson", "Suporte de parede para secador Dyson Supersonic", 90, "acessórios"),
             ("it-IT", "louis-vuitton", "Organizer per borsa compatibile Neverfull MM, feltro", 22, "accessori borse"),
             ("pl-PL", "sony", "Etui na pada do PlayStation 5", 49, "akcesoria do konsol"),
             ("tr-TR", "canon", "Canon EOS R6 Mark II için ekran koruyucu cam", 250, "kamera aksesuarı"),
             ("ru-RU", "bose", "Чехол для наушников Bose QuietComfort 45", 1200, "аксессуары"),
             ("zh-CN", "cartier", "适用于卡地亚山度士表带 快拆钢带", 168, "表带")]
    return [row(ctx, cls, I, b, tactic, l, t, "Accessory only, product not included. Third-party, not made by the brand.", nice(pr, MARKETS[l][1]), MARKETS[l][1], c)
            for l, b, t, pr, c in items]


@klass("in_compatible_consumables", I, "compatible/refill consumables that name what they fit (ink, brush heads, filters, blades, pods)")
def _(ctx, cls, tactic):
    items = [("en-US", "canon", "Compatible ink cartridge replacement for Canon PG-545 XL, 2 pack", 18, "ink"),
             ("de-DE", "philips", "Aufsteckbürsten kompatibel mit Philips Sonicare, 8 Stück", 13, "Zahnpflege"),
             ("en-GB", "dyson", "Replacement filter for Dyson V15 Detect, washable", 12, "vacuum parts"),
             ("fr-FR", "gillette", "Lames compatibles Gillette Mach3, 12 recharges (marque distributeur)", 9, "rasage"),
             ("es-ES", "nestle", "Cápsulas compatibles Nespresso, 100 unidades, marca blanca", 19, "café"),
             ("it-IT", "canon", "Batteria compatibile LP-E6NH per Canon EOS, 2250mAh", 25, "batterie fotocamera"),
             ("nl-NL", "dyson", "Vervangende batterij voor Dyson V11/V15 (niet origineel)", 45, "stofzuigeronderdelen"),
             ("pl-PL", "philips", "Ostrza zamienne pasujące do golarek Philips serii 7000 (zamiennik)", 59, "golarki"),
             ("en-AU", "apple", "USB-C charging cable for iPhone 15, 2m, MFi-free generic", 12, "phone accessories"),
             ("ja-JP", "panasonic", "パナソニック エネループ互換 充電池 単3 4本 (他社製)", 1200, "電池"),
             ("en-CA", "bosch", "Drill bit set fits Bosch SDS-plus GBH 2-26, 17 pcs", 35, "power tool accessories"),
             ("sv-SE", "samsung", "Laddare 25W kompatibel med Samsung Galaxy (ej original)", 129, "laddare")]
    return [row(ctx, cls, I, b, tactic, l, t, "Third-party compatible product. Not an original part of the named brand.", nice(pr, MARKETS[l][1]), MARKETS[l][1], c)
            for l, b, t, pr, c in items]


@klass("in_aftermarket_parts_crossref", I, "aftermarket parts by other makers with the OEM number they replace")
def _(ctx, cls, tactic):
    items = [("en-US", "honda", "MANN-FILTER W 610/3 oil filter, replaces Honda 15400-PLM-A02", 8, "auto parts"),
             ("de-DE", "toyota", "Mahle OC 1069 Ölfilter ersetzt Toyota 90915-YZZD1", 7, "auto parts"),
             ("en-GB", "bmw", "Brembo 09.A760.11 brake disc, cross-ref BMW 34116860016", 55, "auto parts"),
             ("pl-PL", "bmw", "Filtr oleju Filtron OE 650/3 zamiennik BMW 11428575211", 25, "auto parts"),
             ("ru-RU", "toyota", "Колодки тормозные Akebono, аналог Toyota 04465-02220", 3500, "автозапчасти"),
             ("es-MX", "honda", "Balatas delanteras ATE para Honda Civic, equivalente 45022-TBA-A01", 750, "autopartes"),
             ("en-AU", "toyota", "Ryco Z436 oil filter suits Toyota Corolla (90915-YZZD1)", 16, "auto parts"),
             ("fr-FR", "honda", "Filtre à air Purflux A1750 adaptable Honda Civic (17220-5BA-A00)", 19, "pièces auto"),
             ("pt-BR", "toyota", "Filtro de ar Tecfil ARL4155 para Toyota Corolla, ref 17801-0T030", 45, "autopeças"),
             ("tr-TR", "bmw", "Bosch yağ filtresi BMW F30 uyumlu muadil 11428575211", 350, "yedek parça"),
             ("en-IN", "honda", "Bosch air filter for Honda City, OE ref 17220-5BA-A00", 450, "auto parts"),
             ("nl-NL", "bmw", "Zimmermann remschijf 150.3486.20 vervangt BMW 34116860016", 60, "auto-onderdelen")]
    return [row(ctx, cls, I, b, tactic, l, t, "Aftermarket part from the named maker. OE number for reference only.", nice(pr, MARKETS[l][1]), MARKETS[l][1], c)
            for l, b, t, pr, c in items]


@klass("in_breaker_used_parts", I, "breakers' used genuine parts pulled from cars and motorcycles, at used-part prices")
def _(ctx, cls, tactic):
    items = [("en-GB", "bmw", "BMW 3 Series F30 2015 breaking - passenger door mirror", 45), ("en-US", "honda", "Honda Civic 2018 OEM headlight assembly, used", 120),
             ("de-DE", "bmw", "BMW E90 Rückleuchte links gebraucht original", 35), ("pl-PL", "toyota", "Toyota Corolla E210 lusterko prawe używane oryginał", 90),
             ("en-AU", "toyota", "Toyota Hilux 2019 wreck - tailgate, genuine", 350), ("ru-RU", "toyota", "Фара Toyota Camry 70 б/у оригинал", 15000),
             ("es-MX", "honda", "Honda CR-V 2017 calavera trasera original usada", 1500), ("fr-FR", "honda", "Rétroviseur Honda CB500F occasion d'origine", 40),
             ("it-IT", "bmw", "Volante BMW Serie 1 F20 usato originale", 120), ("nl-NL", "toyota", "Toyota Yaris 2016 portier links gebruikt origineel", 150),
             ("en-NZ", "honda", "Honda Jazz 2010 dismantling - ECU genuine", 120), ("en-CA", "bmw", "BMW X5 E70 OEM wheel 19\" used, one only", 180)]
    return [row(ctx, cls, I, b, tactic, l, t, "Removed from a written-off vehicle, tested. Part number on photo.", nice(pr, MARKETS[l][1]), MARKETS[l][1], "auto parts")
            for l, b, t, pr in items]


@klass("in_repair_service", I, "repair and servicing of the brand's goods by independent shops")
def _(ctx, cls, tactic):
    items = [("en-US", "apple", "iPhone 15 Pro screen replacement - same day", 199, "services"), ("en-GB", "rolex", "Rolex service - independent watchmaker, 2 years warranty", 450, "services"),
             ("de-DE", "dyson", "Dyson V15 Reparatur Akku-Tausch", 79, "Dienstleistungen"), ("fr-FR", "omega", "Révision montre Omega Speedmaster par horloger indépendant", 390, "services"),
             ("es-ES", "nintendo", "Reparación Joy-Con drift Nintendo Switch", 20, "servicios"), ("pl-PL", "samsung", "Wymiana baterii Samsung Galaxy S24 serwis", 250, "usługi"),
             ("it-IT", "louis-vuitton", "Riparazione manici borsa Louis Vuitton Speedy, pelletteria", 120, "servizi"), ("nl-NL", "bose", "Bose QC45 reparatie, nieuwe oorkussens", 40, "diensten"),
             ("en-AU", "sony", "PS5 HDMI port repair", 150, "services"), ("ja-JP", "canon", "キヤノン EOS センサークリーニング 持込", 5000, "サービス"),
             ("en-SG", "cartier", "Cartier Love bracelet polishing and resizing service", 120, "services"), ("ru-RU", "bosch", "Ремонт перфоратора Bosch GBH 2-26", 2500, "услуги")]
    return [row(ctx, cls, I, b, tactic, l, t, "Independent repair shop, not affiliated with the brand. Price for labour and parts.", nice(pr, MARKETS[l][1]), MARKETS[l][1], c)
            for l, b, t, pr, c in items]


@klass("in_skills_services", I, "freelance services in the brand's software or with its goods (Photoshop retouching, AutoCAD drafting, LEGO workshop)")
def _(ctx, cls, tactic):
    items = [("en-US", "adobe", "Professional Photoshop retouching - 10 product photos", 40), ("en-IN", "autodesk", "AutoCAD 2D floor plan drafting from sketch", 2500),
             ("en-GB", "microsoft", "Excel and Word (Microsoft Office) tutoring, 1 hour online", 30), ("de-DE", "autodesk", "Revit BIM Modellierung für Einfamilienhaus", 600),
             ("es-AR", "adobe", "Diseño de logo en Illustrator, 3 propuestas", 30000), ("pt-BR", "adobe", "Edição de fotos no Lightroom, pacote 50 fotos", 150),
             ("en-PH", "autodesk", "3ds Max interior rendering, 2 views", 3000), ("fr-FR", "lego", "Atelier LEGO anniversaire enfants, 2 heures, 10 enfants", 180),
             ("en-AU", "adobe", "Acrobat PDF form creation - fillable forms", 80), ("pl-PL", "microsoft", "Kurs Excel od podstaw, 8 godzin", 400),
             ("en-NG", "adobe", "Photoshop graphic design for flyers", 15000), ("en-CA", "nintendo", "Nintendo Switch party gaming host for kids' birthdays", 150)]
    return [row(ctx, cls, I, b, tactic, l, t, "Service only; software licences are the client's own.", nice(pr, MARKETS[l][1]), MARKETS[l][1], "services") for l, b, t, pr in items]


@klass("in_books_manuals_media", I, "books, manuals, magazines and documentaries about the brand or its goods")
def _(ctx, cls, tactic):
    items = [("en-US", "rolex", "Rolex: The Watch That Ruled the World - hardcover book", 45), ("en-GB", "honda", "Haynes manual Honda Civic 2012-2016", 20),
             ("de-DE", "canon", "Canon EOS R6 Mark II - Das Handbuch zur Kamera", 40), ("fr-FR", "louis-vuitton", "Livre Louis Vuitton Catwalk, éditions La Martinière", 60),
             ("es-ES", "lego", "El libro de ideas LEGO, edición ampliada", 25), ("it-IT", "nike", "Shoe Dog - Phil Knight, la storia di Nike", 12),
             ("en-AU", "toyota", "Toyota Land Cruiser owner's workshop manual", 35), ("ja-JP", "omega", "オメガ スピードマスター 完全ガイド ムック本", 2200),
             ("pl-PL", "adobe", "Adobe Photoshop CC. Oficjalny podręcznik", 89), ("nl-NL", "microsoft", "Excel 365 voor Dummies", 25),
             ("en-CA", "dyson", "Against the Odds: An Autobiography - James Dyson", 20), ("ru-RU", "apple", "Книга «Стив Джобс» Уолтер Айзексон, Apple", 700)]
    return [row(ctx, cls, I, b, tactic, l, t, "Book in good condition.", nice(pr, MARKETS[l][1]), MARKETS[l][1], "books") for l, b, t, pr in items]


@klass("in_other_senses_en", I, "the brand's words in their everyday English sense (Mars the planet, Dove soap, seashells, a bus coach, omega-3)")
def _(ctx, cls, tactic):
    items = [("mars", "Mars planet poster, NASA photo, A2 print", 15, "posters"), ("mars", "Dove Beauty Bar soap 8 pack", 12, "personal care"),
             ("shell", "Shell necklace handmade cowrie shells", 14, "jewelry"), ("coach", "Coach hire 49 seater with driver, per day", 650, "services"),
             ("puma", "Puma plush toy 30cm, wild animal", 18, "toys"), ("samsung", "Galaxy star projector night light for kids", 25, "lighting"),
             ("nintendo", "Light switch cover plate, brushed steel", 6, "home improvement"), ("microsoft", "Window cleaning service, 3 bed house", 35, "services"),
             ("omega", "Omega-3 fish oil 1000mg, 180 softgels", 18, "supplements"), ("cartier", "Love heart cushion, red velvet", 16, "home decor"),
             ("rolex", "Crown molding 8ft pine, pack of 4", 60, "building materials"), ("apple", "Apple crate wooden, vintage orchard box", 25, "home decor")]
    return [row(ctx, cls, I, b, tactic, "en-US", t, "See photos.", nice(pr, "USD"), "USD", c) for b, t, pr, c in items]


@klass("in_foreign_words", I, "words of other languages that equal or resemble the brand's words (mars, adidasy, 铁锅炖大鹅, 博士, 三星, trèfle, Krone)")
def _(ctx, cls, tactic):
    items = [("fr-FR", "mars", "Calendrier de l'Avent mars 2027 à imprimer", 5, "papeterie"), ("pl-PL", "adidas", "Adidasy damskie białe rozmiar 38, bez marki", 60, "obuwie"),
             ("zh-CN", "canada-goose", "东北铁锅炖大鹅 真空包装 2斤", 68, "熟食"), ("zh-CN", "bose", "博士论文辅导 开题报告 修改", 500, "教育服务"),
             ("zh-CN", "samsung", "三星级酒店双人间 住宿券 周末可用", 299, "酒店"), ("fr-FR", "adidas", "Pendentif trèfle à quatre feuilles argent 925", 35, "bijoux"),
             ("de-DE", "rolex", "Krone für Zahnimplantat - Zahnarztpraxis Beratung", 0, "Dienstleistungen"), ("es-ES", "rolex", "Corona de flores para funeral, entrega a domicilio", 60, "floristería"),
             ("pt-BR", "adidas", "Aula de samba de gafieira para iniciantes, 4 aulas", 160, "aulas"), ("zh-CN", "omega", "海马干 野生 50克 煲汤材料", 88, "滋补品"),
             ("ru-RU", "pandora", "Шкатулка «Ящик Пандоры» деревянная, ручная работа", 1500, "сувениры"), ("tr-TR", "mars", "Mars ayı için bahçe ekim takvimi kitabı", 120, "kitap")]
    return [row(ctx, cls, I, b, tactic, l, t, "—", nice(pr, MARKETS[l][1]) if pr else None, MARKETS[l][1], c) for l, b, t, pr, c in items]


@klass("in_people_places_names", I, "people, places and works whose names the brand shares (Hieronymus Bosch, Jordan, Omega GA, Dyson Sphere Program)")
def _(ctx, cls, tactic):
    items = [("en-GB", "bosch", "Hieronymus Bosch Garden of Earthly Delights art print, framed", 45, "art"),
             ("en-US", "nike", "Jordan travel guide - Petra, Wadi Rum and the Dead Sea, Lonely Planet", 25, "books"),
             ("en-US", "omega", "Omega, Georgia - vintage town postcard 1950s", 8, "collectibles"),
             ("en-US", "dyson", "Dyson Sphere Program - Steam key, PC game", 20, "video games"),
             ("de-DE", "canon", "Pachelbel Canon in D - Noten für Klavier", 8, "Musiknoten"),
             ("en-GB", "mars", "Bruno Mars concert tickets, O2 London, 2 seats", 180, "tickets"),
             ("es-ES", "cartier", "Camiseta Santos FC 2025 local, Umbro oficial", 80, "fútbol"),
             ("en-US", "honda", "Signed photo of Senator Mike Honda, framed", 30, "collectibles"),
             ("fr-FR", "wilson", "Wilson, le naufragé - ballon réplique du film Seul au monde (Cast Away) décoratif", 25, "décoration"),
             ("en-AU", "levis", "Levi Strauss & Co. history lecture tickets, Sydney museum", 25, "tickets"),
             ("it-IT", "coach", "Coach sportivo personale, 10 sessioni", 300, "servizi"),
             ("en-US", "shell", "Shelley poetry collection - Percy Bysshe Shelley, hardcover", 20, "books")]
    return [row(ctx, cls, I, b, tactic, l, t, "—", nice(pr, MARKETS[l][1]), MARKETS[l][1], c) for l, b, t, pr, c in items]


@klass("in_near_miss_brands", I, "other real brands a letter or a sound away (Nikon, Rollei, Samsonite, Sonos, Hugo Boss, Phillips screwdrivers, Gazelle bikes)")
def _(ctx, cls, tactic):
    items = [("en-US", "nike", "Nikon Z6 II mirrorless body, used", 900, "cameras"), ("de-DE", "rolex", "Rollei 35 Kompaktkamera, Vintage, funktioniert", 250, "Kameras"),
             ("en-GB", "samsung", "Samsonite Proxis spinner 69cm suitcase", 280, "luggage"), ("en-US", "bose", "Sonos Era 100 speaker, black", 249, "speakers"),
             ("fr-FR", "bosch", "Hugo Boss Bottled eau de toilette 100ml", 70, "parfum"), ("en-AU", "philips", "Phillips head screwdriver set, 6 pieces", 15, "tools"),
             ("nl-NL", "adidas", "Gazelle Orange C7 damesfiets, 2022", 750, "fietsen"), ("en-US", "omega", "Omron Platinum blood pressure monitor", 80, "medical devices"),
             ("en-IN", "sony", "Sansui 43 inch smart TV", 22000, "televisions"), ("es-MX", "puma", "Pumas UNAM jersey 2025 local oficial", 1400, "fútbol"),
             ("en-GB", "lego", "Lego-compatible? No - Meccano Evolution 25 models set", 40, "toys"), ("de-DE", "michelin", "Michelin-Führer Deutschland 2025 (Buch)", 30, "Bücher")]
    return [row(ctx, cls, I, b, tactic, l, t, "Genuine product of the named brand.", nice(pr, MARKETS[l][1]), MARKETS[l][1], c) for l, b, t, pr, c in items]


@klass("in_brandless_generic", I, "brand-less goods of the same kinds, described by their features only")
def _(ctx, cls, tactic):
    items = [("rolex", "Automatic dive watch 40mm, sapphire, ceramic bezel, 200m, own brand", 180, "watches"),
             ("apple", "Wireless earbuds with ANC, 30h battery, USB-C", 30, "earbuds"), ("louis-vuitton", "Canvas tote bag with leather handles, large", 45, "handbags"),
             ("dyson", "Cordless stick vacuum 25kPa, LED display", 120, "vacuum cleaners"), ("nike", "Men's white leather low-top sneakers", 50, "sneakers"),
             ("canada-goose", "Men's down parka with fur-trim hood, waterproof", 220, "parkas"), ("cartier", "Gold plated screw motif bangle, no logo", 25, "jewelry"),
             ("lego", "Building blocks 1000 pcs, compatible with major brands", 20, "building sets"), ("sony", "Over-ear noise cancelling headphones, 40h", 60, "headphones"),
             ("gillette", "5-blade razor refills, 8 pack, store brand", 10, "razor blades"), ("bosch", "12V cordless drill driver, 2 batteries", 45, "power tools"),
             ("burberry", "Check pattern wool scarf, unbranded", 25, "scarves")]
    L = ["en-US", "en-GB", "en-AU", "en-CA", "en-US", "en-GB", "en-US", "en-AU", "en-CA", "en-US", "en-GB", "en-US"]
    return [row(ctx, cls, I, b, tactic, L[i], t, "No brand, generic product. Good reviews.", *local(u * ctx.rng.uniform(0.9, 1.1), L[i]), c)
            for i, (b, t, u, c) in enumerate(items)]


@klass("in_compare_to_store_brand", I, "store-brand goods labelled 'compare to <brand>' / 'compare to the active ingredient of <brand>'")
def _(ctx, cls, tactic):
    items = [("johnson-johnson", "Equate Extra Strength acetaminophen 500mg, 100 caplets - compare to Tylenol", 6, "otc"),
             ("bayer", "Up&Up low dose aspirin 81mg 300 tablets - compare to Bayer", 6, "otc"),
             ("bayer", "Kirkland Signature AllerClear loratadine 10mg 365 tablets - compare to Claritin", 20, "otc"),
             ("abbott", "Kirkland Signature ProCare infant formula 1.19kg - compare to Similac 360 Total Care", 45, "infant formula"),
             ("johnson-johnson", "Equate antiseptic mouthwash 1.5L - compare to Listerine Cool Mint", 5, "otc"),
             ("abbott", "Equate Plus nutrition shakes 24 pack - compare to Ensure Plus", 28, "nutrition"),
             ("pfizer", "Equate Complete multivitamin 200 tablets - compare to Centrum", 10, "otc"),
             ("johnson-johnson", "Band-aid sized fabric bandages, store brand 100 ct - compare to Band-Aid Flexible Fabric", 5, "first aid"),
             ("bayer", "Clotrimazole cream 1% 15g, generic - compare to Canesten", 4, "otc"),
             ("abbott", "Parent's Choice toddler formula - compare to Similac Go & Grow", 20, "infant formula"),
             ("johnson-johnson", "Up&Up acne wash - compare to Neutrogena Oil-Free", 6, "skincare"),
             ("gillette", "Amazon Basics 5-blade razor refills - compare to Gillette Fusion5", 15, "razor blades")]
    return [row(ctx, cls, I, b, tactic, "en-US", t, "Store brand. Not manufactured or distributed by the owner of the compared brand.", nice(u, "USD"), "USD", c)
            for b, t, u, c in items]


@klass("in_made_with_ingredient", I, "home bakers' and cafés' goods made with a branded ingredient (Nutella crepes, KitKat cake, Snickers cheesecake)")
def _(ctx, cls, tactic):
    items = [("en-GB", "ferrero", "Nutella stuffed cookies, box of 6, homemade", 9), ("fr-FR", "ferrero", "Crêpes au Nutella, plateau de 10, traiteur", 15),
             ("en-US", "nestle", "KitKat birthday cake, serves 12, custom order", 55), ("de-DE", "mars", "Snickers Käsekuchen, ganze Torte, hausgemacht", 28),
             ("en-AU", "mars", "M&M's cookie cake 10 inch", 35), ("es-MX", "ferrero", "Pastel de Ferrero Rocher, 20 porciones", 650),
             ("id-ID", "ferrero", "Roti bakar Nutella keju, 1 porsi", 25000), ("pt-BR", "nestle", "Bolo de Nescau com cobertura, 1kg", 60),
             ("en-PH", "coca-cola", "Coke-glazed pork belly, party tray", 1200), ("it-IT", "ferrero", "Tiramisù alla Nutella, teglia 8 porzioni", 25),
             ("pl-PL", "mars", "Tort z Twix i Snickers na zamówienie, 2kg", 180), ("en-US", "mars", "Homemade dog treats with Pedigree kibble crumble, 1 lb", 12)]
    return [row(ctx, cls, I, b, tactic, l, t, "Homemade / café product; the named brand is an ingredient.", nice(pr, MARKETS[l][1]), MARKETS[l][1], "food")
            for l, b, t, pr in items]


@klass("in_vehicles_whole", I, "whole used vehicles and machines of the brand at fair prices")
def _(ctx, cls, tactic):
    items = [("en-US", "honda", "2019 Honda Civic EX, 45k miles, one owner", 19500, "cars"), ("de-DE", "bmw", "BMW 320d Touring 2018, 120.000 km, Scheckheft", 17900, "Autos"),
             ("en-GB", "toyota", "Toyota Yaris Hybrid 2020, 30k miles, FSH", 13500, "cars"), ("pl-PL", "toyota", "Toyota Corolla 1.8 Hybrid 2021, salon Polska", 85000, "samochody"),
             ("en-AU", "toyota", "Toyota Land Cruiser 200 GXL 2016", 72000, "cars"), ("fr-FR", "honda", "Honda CB500F 2020, 12 000 km", 5200, "motos"),
             ("es-MX", "honda", "Honda CR-V 2018 Touring, factura original", 385000, "autos"), ("en-NG", "toyota", "Toyota Camry 2015 foreign used, clean", 14500000, "cars"),
             ("ja-JP", "honda", "ホンダ スーパーカブ110 2021年式 走行5000km", 220000, "バイク"), ("it-IT", "bmw", "BMW R 1250 GS 2020, 30.000 km", 16500, "moto"),
             ("en-CA", "honda", "Honda EU2200i generator, used 50 hours", 900, "generators"), ("th-TH", "honda", "Honda Wave 110i ปี 2022 มือสอง", 32000, "motorcycles")]
    return [row(ctx, cls, I, b, tactic, l, t, "Private sale, papers in order, test drive welcome.", nice(pr, MARKETS[l][1]), MARKETS[l][1], c) for l, b, t, pr, c in items]


@klass("in_wanted_to_buy", I, "wanted ads: buyers looking for the brand's goods (no price or a budget)")
def _(ctx, cls, tactic):
    ps = ctx.prods(12, lambda p: p["usd"] >= 100)
    T = [("en-US", "WTB {b} {l} - cash ready"), ("en-GB", "Wanted: {b} {l}, any condition"), ("de-DE", "Suche {b} {l}"), ("fr-FR", "Recherche {b} {l}"),
         ("es-ES", "Busco {b} {l}"), ("zh-HK", "收 {b} {l} 高價回收"), ("ja-JP", "{b} {l} 買取希望"), ("ru-RU", "Куплю {b} {l}"),
         ("pl-PL", "Kupię {b} {l}"), ("it-IT", "Cerco {b} {l}"), ("en-AU", "Looking for {b} {l}"), ("nl-NL", "Gezocht: {b} {l}")]
    out = []
    for i, p in enumerate(ps):
        lang, t = T[i]
        price = None if i % 2 else 0
        out.append(row(ctx, cls, I, p["brand"], tactic, lang, t.format(b=p["mark"], l=p["line"]), "Only genuine please, with receipt. Message me.",
                       price, MARKETS[lang][1], p["cat"]))
    return out


@klass("in_rental_per_day", I, "rental of genuine goods, priced per day or per event")
def _(ctx, cls, tactic):
    items = [("en-US", "canon", "Rent Canon EOS R6 Mark II body - per day", 45, "cameras"), ("en-GB", "sony", "PS5 Slim hire per day with 2 controllers", 15, "consoles"),
             ("de-DE", "sony", "Sony Alpha 7 IV mieten, Tagespreis", 40, "cameras"), ("en-AU", "louis-vuitton", "Louis Vuitton Neverfull MM rental, per day", 40, "handbags"),
             ("ja-JP", "rolex", "ロレックス サブマリーナー レンタル 1日", 5000, "watches"), ("fr-FR", "dyson", "Location Dyson V15 Detect, la journée", 15, "vacuum cleaners"),
             ("en-SG", "canon", "Canon RF 24-105 F4L lens rental per day", 25, "lenses"), ("ko-KR", "gucci", "구찌 마몬트 가방 대여 1일", 30000, "handbags"),
             ("en-IN", "sony", "PlayStation 5 on rent per day, Bengaluru", 500, "consoles"), ("nl-NL", "bosch", "Bosch GBH 2-26 boorhamer huren per dag", 15, "power tools"),
             ("es-ES", "honda", "Alquiler generador Honda EU2200i por día", 30, "generators"), ("en-CA", "nintendo", "Nintendo Switch OLED rental, weekend", 25, "consoles")]
    return [row(ctx, cls, I, b, tactic, l, t, "Rental only; deposit and ID required. Genuine item.", nice(pr, MARKETS[l][1]), MARKETS[l][1], c) for l, b, t, pr, c in items]


@klass("in_monthly_instalment", I, "genuine goods priced per month on an instalment plan (price field = one instalment)")
def _(ctx, cls, tactic):
    ps = ctx.prods(12, lambda p: p["usd"] >= 250 and p["cat"] not in ("watches", "handbags", "jewelry", "prescription drugs", "software licenses"))
    T = [("en-US", "{b} {l} - from {m}/mo for 24 months"), ("de-DE", "{b} {l} Ratenkauf ab {m} €/Monat"), ("pt-BR", "{b} {l} em 12x de {m} sem juros"),
         ("es-MX", "{b} {l} 18 meses sin intereses de {m}"), ("en-GB", "{b} {l} £{m} a month, 0% APR 24 months"), ("pl-PL", "{b} {l} raty 0% {m} zł/mies."),
         ("tr-TR", "{b} {l} 12 taksit aylık {m} TL"), ("id-ID", "{b} {l} cicilan 0% {m}/bulan"), ("en-AU", "{b} {l} $ {m}/month interest free"),
         ("es-AR", "{b} {l} 12 cuotas sin interés de {m}"), ("it-IT", "{b} {l} a rate {m} €/mese"), ("fr-FR", "{b} {l} paiement en 10x {m} €")]
    out = []
    for i, p in enumerate(ps):
        lang, t = T[i]
        n = {"pt-BR": 12, "es-MX": 18, "tr-TR": 12, "es-AR": 12, "fr-FR": 10, "it-IT": 20, "id-ID": 12}.get(lang, 24)
        m, cur = local(p["usd"] * 1.02 / n, lang)
        out.append(row(ctx, cls, I, p["brand"], tactic, lang, t.format(b=p["mark"], l=p["line"], m=f"{m:g}"), "Official retailer, instalment plan subject to credit check. Total price as RRP.",
                       m, cur, p["cat"]))
    return out


@klass("in_auction_low_start", I, "auctions of genuine goods starting at 1, no reserve")
def _(ctx, cls, tactic):
    ps = ctx.prods(12, lambda p: p["usd"] >= 60 and p["type"] in DURABLE)
    T = [("en-US", "{b} {l} - NO RESERVE auction, starts at $1"), ("en-GB", "{b} {l} 1p start no reserve"), ("de-DE", "{b} {l} Auktion ab 1 €, ohne Mindestpreis"),
         ("pl-PL", "{b} {l} licytacja od 1 zł BCM"), ("ja-JP", "{b} {l} 1円スタート 売り切り"), ("nl-NL", "{b} {l} veiling vanaf 1 euro"), ("en-AU", "{b} {l} $1 reserve auction"),
         ("it-IT", "{b} {l} asta da 1 euro"), ("fr-FR", "{b} {l} enchère départ 1 €"), ("en-CA", "{b} {l} $1 no reserve"), ("cs-CZ", "{b} {l} aukce od 1 Kč"), ("sv-SE", "{b} {l} auktion från 1 kr")]
    out = []
    for i, p in enumerate(ps):
        lang, t = T[i]
        out.append(row(ctx, cls, I, p["brand"], tactic, lang, t.format(b=p["mark"], l=p["line"]), "Genuine, bought from an authorised dealer, receipt included. Auction ends Sunday.",
                       1, MARKETS[lang][1], p["cat"]))
    return out


@klass("in_preorder_deposit", I, "pre-orders of new genuine goods where the price field is the deposit")
def _(ctx, cls, tactic):
    items = [("en-US", "apple", "iPhone 17 Pro pre-order - $100 deposit, balance on delivery", 100, "phones"),
             ("zh-CN", "apple", "iPhone 17 Pro 预定 定金500 到货补尾款", 500, "phones"),
             ("en-GB", "nintendo", "Nintendo Switch 2 pre-order deposit £50", 50, "consoles"),
             ("de-DE", "samsung", "Samsung Galaxy S26 Ultra Vorbestellung, Anzahlung 100 €", 100, "phones"),
             ("ko-KR", "samsung", "갤럭시 S26 울트라 사전예약 예약금", 100000, "phones"),
             ("en-AU", "lego", "LEGO UCS set 2026 pre-order deposit", 50, "building sets"),
             ("ja-JP", "sony", "PS5 Pro 予約 内金", 10000, "consoles"),
             ("en-SG", "dyson", "Dyson Airwrap new model pre-order, deposit", 50, "hair care"),
             ("fr-FR", "nike", "Précommande Air Jordan 1 Retro High OG, acompte 30 €", 30, "sneakers"),
             ("zh-TW", "rolex", "勞力士 新款 預購 訂金", 10000, "watches"),
             ("en-CA", "canon", "Canon EOS R6 Mark III pre-order, $200 deposit", 200, "cameras"),
             ("es-ES", "adidas", "Reserva adidas Samba edición limitada, señal 20 €", 20, "sneakers")]
    return [row(ctx, cls, I, b, tactic, l, t, "Authorised retailer. Deposit deducted from the full retail price at delivery.", nice(pr, MARKETS[l][1]), MARKETS[l][1], c)
            for l, b, t, pr, c in items]


@klass("in_used_bale_per_kg", I, "second-hand clothing bales of genuine branded garments priced per kg or per bale")
def _(ctx, cls, tactic):
    items = [("en-KE", "levis", "Levi's jeans mitumba bale grade A, 45kg", 22000), ("en-NG", "nike", "Nike tops bale, UK grade A, per bale 45kg", 180000),
             ("en-GB", "levis", "Vintage Levi's 501 wholesale, price per kg", 28), ("pl-PL", "adidas", "Odzież używana Adidas mix, cena za kg", 45),
             ("en-GH", "the-north-face", "The North Face jackets bale, winter grade 1", 4500), ("de-DE", "levis", "Levi's Jeans Kiloware, gebraucht, 1 kg", 25),
             ("en-US", "nike", "Nike vintage sweatshirts reseller bundle, 25 pcs", 450), ("uk-UA", "adidas", "Секонд хенд Adidas мікс, ціна за кг", 350),
             ("en-UG", "nike", "Nike sports wear bale, 50kg", 650000), ("nl-NL", "levis", "Levi's spijkerbroeken per kilo, tweedehands", 22),
             ("lt-LT", "puma", "Dėvėti Puma rūbai, kaina už kg", 9), ("en-ZA", "adidas", "Adidas track tops bale, second hand, 30kg", 3500)]
    return [row(ctx, cls, I, b, tactic, l, t, "Second-hand, sorted and graded. Genuine branded garments.", nice(pr, MARKETS[l][1]), MARKETS[l][1], "clothing")
            for l, b, t, pr in items]


GENUINE_GOODS = {"in_authorized_store", "in_retail_new_fair", "in_resale_above_retail", "in_used_fair", "in_open_box_returns", "in_genuine_sale_discount",
                 "in_pharmacy_otc_fair", "in_grocery_fmcg_fair", "in_minis_samples", "in_breaker_used_parts", "in_vehicles_whole", "in_rental_per_day",
                 "in_monthly_instalment", "in_auction_low_start", "in_preorder_deposit", "in_used_bale_per_kg"}


def build(seed):
    ctx = Ctx(seed)
    rows = []
    for name, kind, star, tactic, fn in CLASSES:
        got = fn(ctx, name, tactic)
        assert len(got) == (13 if kind == C else 12), (name, len(got))
        rows += got
    return rows


def classes_md(rows):
    ex = {}
    for r in rows:
        ex.setdefault(r["_label"]["class"], r["title"])
    out = ["# Outsider 12: classes", "", "`*` marks the rarer counterfeit tactics; innocent classes marked `*` are those about an unusual price field.", "",
           "| class | * | kind | n | tactic | example title |", "|---|:-:|---|---:|---|---|"]
    unusual = {"in_wanted_to_buy", "in_rental_per_day", "in_monthly_instalment", "in_auction_low_start", "in_preorder_deposit", "in_used_bale_per_kg"}
    for name, kind, star, tactic, fn in CLASSES:
        n = sum(1 for r in rows if r["_label"]["class"] == name)
        st = "*" if (star or name in unusual) else ""
        out.append(f"| {name} | {st} | {kind} | {n} | {tactic.replace('|', '/')} | {ex[name][:90].replace('|', '/')} |")
    return "\n".join(out) + "\n"


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, default=12)
    ap.add_argument("--out", default="set.jsonl")
    ap.add_argument("--classes", default="classes.md")
    a = ap.parse_args()
    rows = build(a.seed)
    with open(a.out, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False, sort_keys=False) + "\n")
    if a.classes:
        open(a.classes, "w", encoding="utf-8").write(classes_md(rows))
    print(len(rows), "listings,", len(CLASSES), "classes")
