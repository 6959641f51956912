#!/usr/bin/env python3
"""outsider46 generator: python3 make_set.py --seed 46 --out set.jsonl --classes classes.md (stdlib only)."""
import argparse, json, random, hashlib
import engine as E
from data import BRANDS, ZH_VARIANT, ZH_HOMOPHONE, RATES, MARKETS

WHOLE = {"IDR", "VND", "KRW", "JPY", "INR", "PHP", "THB", "UAH", "RUB", "TWD"}
STARS = set(open("stars.txt").read().split()) if __import__("os").path.exists("stars.txt") else set()

def sig3(x):
    if x <= 0: return 0.0
    from math import log10, floor
    d = 3 - int(floor(log10(x))) - 1
    return round(x, d)
def money(usd, cur):
    a = sig3(usd * RATES[cur])
    if cur in WHOLE: a = float(int(round(a)))
    return {"amount": float(a) if a >= 0.01 else 0.01, "currency": cur}
def copy_frac(r, usd):
    if usd >= 2000: return r.uniform(0.03, 0.08)
    if usd >= 300: return r.uniform(0.07, 0.20)
    if usd >= 30: return r.uniform(0.15, 0.35)
    return r.uniform(0.30, 0.50)
def genuine_frac(r): return r.uniform(0.92, 1.08)
def used_frac(r): return r.uniform(0.45, 0.70)
def twin_price(r, usd):  # own-label / small-brand goods at copy-like prices
    return max(3.0, usd * copy_frac(r, usd))

CUES = {
 "en": ["replica 1:1", "AAA copy", "mirror quality copy, not original", "high copy", "first copy", "super fake, looks real",
        "7A replica", "unauthorized copy with logo", "top grade imitation", "1:1 rep (not authentic)", "copy item, not genuine",
        "master copy", "clone with full logo"],
 "de": ["Replik 1:1", "Nachbildung, kein Original", "Kopie mit Logo", "Fake, sieht echt aus"],
 "fr": ["réplique 1:1", "copie, pas original", "contrefaçon haute qualité", "imitation avec logo"],
 "es": ["réplica AAA", "copia, no original", "imitación 1:1", "clon con logo"],
 "pt": ["réplica primeira linha", "cópia, não é original", "AAA importado, réplica"],
 "ru": ["реплика 1:1", "копия люкс, не оригинал", "подделка высокого качества"],
 "uk": ["репліка 1:1", "копія, не оригінал"],
 "zh": ["高仿", "复刻 1:1", "A货 非正品", "仿品", "顶级复刻 非原装"],
 "ja": ["スーパーコピー", "コピー品 (非正規品)", "レプリカ"],
 "ko": ["레플리카 1:1", "짝퉁 (정품 아님)", "미러급 레플"],
 "tr": ["A kalite replika", "birebir kopya, orijinal değil"],
 "pl": ["podróbka z logo", "replika 1:1, nie oryginał"],
 "id": ["KW super, bukan ori", "replika grade ori"],
 "vi": ["hàng fake 1:1", "rep 1:1, không chính hãng"],
 "th": ["งานก๊อปเกรดมิลเลอร์", "ไม่ใช่ของแท้ ก๊อป 1:1"],
}
def obs(r): return "2026-12-%02dT%02d:%02d:%02dZ" % (r.choice([4, 5]), r.randrange(24), r.randrange(60), r.randrange(60))

class Gen:
    def __init__(self, seed):
        self.r = random.Random(seed); self.rows = []; self.classes = []; self.ids = set()
    def lid(self):
        while True:
            x = "%014x" % self.r.getrandbits(56)
            if x not in self.ids: self.ids.add(x); return x
    def row(self, b, cls, kind, tactic, title, desc, price, mk=None, lang=None, attrs=None, category=None):
        r = self.r
        mk = mk or r.choice(MARKETS)
        name, cur, cc, mlang = mk
        lid = self.lid()
        d = {"marketplace": name, "listing_id": lid, "url": "https://%s.example/item/%s" % (name, lid),
             "title": title[:1000], "description": desc[:20000],
             "price": price if price is not None else None,
             "seller": {"id": "s%08x" % r.getrandbits(32), "name": "", "country": cc},
             "category": category or b[4], "images": [], "ship_from": cc, "observed_at": obs(r),
             "attributes": attrs or {},
             "_label": {"kind": kind, "brand": b[0], "class": cls, "tactic": tactic, "lang": lang or mlang, "also": []}}
        if d["price"] is None: del d["price"]
        self.rows.append(d)
        return d

def B(i): return BRANDS[i % len(BRANDS)]
def mk_for(lang, r):
    opts = [m for m in MARKETS if m[3] == lang]
    return r.choice(opts) if opts else r.choice([m for m in MARKETS if m[3] == "en"])
def en_mk(r): return r.choice([m for m in MARKETS if m[3] == "en"])
def en_mk_g(r): return r.choice([m for m in MARKETS if m[3] == "en" and m[0] not in ("aliexpress", "dhgate", "wish")])

# ------------------------------------------------------------------ Half A counterfeit
A_C = [
 ("c_omission46", "one letter omitted from mark / line / model", [E.omission]),
 ("c_insertion46", "one letter inserted", [E.insertion]),
 ("c_repetition46", "one letter doubled", [E.repetition]),
 ("c_transposition46", "two adjacent letters swapped", [E.transposition]),
 ("c_vowel_swap46", "one vowel swapped for another", [E.vowel_swap]),
 ("c_keyboard_adjacent46", "one letter replaced by a QWERTY neighbour", [E.keyboard]),
 ("c_bitflip46", "one ASCII letter with one bit flipped", [E.bitflip]),
 ("c_fullwidth46", "fullwidth Latin forms", [E.fullwidth]),
 ("c_math_alnum46", "mathematical bold / sans-serif alphanumerics", ["math"]),
 ("c_enclosed46", "circled / squared letters", [E.enclosed]),
 ("c_smallcaps46", "small-capital letters (Latin small caps block)", [E.smallcaps]),
 ("c_cherokee46", "Cherokee capitals as Latin look-alikes", [E.cherokee]),
 ("c_armenian_greek46", "Armenian and Greek homoglyphs mixed in", ["armgreek"]),
 ("c_cyrillic46", "Cyrillic homoglyphs mixed in", [E.cyrillic]),
 ("c_ipa46", "IPA letters as homoglyphs", [E.ipa]),
 ("c_spacing_dots46", "letters split by spaces, hyphens, dots, middots", [E.spacing]),
 ("c_zerowidth_combining46", "zero-width characters and combining marks inside the mark", ["zwcomb"]),
 ("c_leetspeak46", "leetspeak digits and symbols", [E.leet]),
 ("c_split_fields46", "mark split between the end of the title and the start of the description", ["split"]),
 ("c_glued_tag_url_sku46", "mark glued into hashtags, a shop URL and a SKU", ["glued"]),
 ("c_cjk_trad_homophone46", "Chinese alias in traditional form or with a homophone character", ["cjk"]),
 ("c_fullwidth_between_cjk46", "fullwidth Latin mark between CJK words", ["fwcjk"]),
 ("c_stack_typo_glyph_zw46", "STACKED: transposition + homoglyph + zero-width", [E.transposition, E.homoglyph_any, E.zerowidth]),
 ("c_stack_omit_leet_dots46", "STACKED: omission + leetspeak + dotted spacing", [E.omission, E.leet, E.spacing]),
 ("c_stack_kb_fullwidth_comb46", "STACKED: keyboard typo + fullwidth/math + combining mark", [E.keyboard, "fwormath", "comb"]),
]

def apply(fns, s, r):
    for f in fns:
        if f == "math": s = (E.mathbold if r.random() < 0.5 else E.mathsans)(s, r)
        elif f == "armgreek": s = E.greek(E.armenian(s, r), r)
        elif f == "zwcomb": s = E.combining(E.zerowidth(s, r), r) if r.random() < 0.5 else E.zerowidth(s, r)
        elif f == "fwormath": s = (E.fullwidth if r.random() < 0.5 else E.mathbold)(s, r)
        elif f == "comb": s = E.combining(s, r)
        elif callable(f): s = f(s, r)
    return s

ITEM_WORDS = {"en": "{item}", }
def cue(r, lang): return r.choice(CUES.get(lang, CUES["en"]))

def half_a_counterfeit(g):
    r = g.r
    for ci, (cls, tactic, fns) in enumerate(A_C):
        for k in range(13):
            b = B(ci * 13 + k + ci)
            bid, mark, line, item, cat, usd, zh, model, twin, tk = b
            tgt_kind = ["mark", "line", "model"][k % 3]
            tgt = {"mark": mark, "line": line, "model": model}[tgt_kind]
            mkt = r.choice(MARKETS)
            lang = mkt[3] if mkt[3] in CUES else "en"
            if lang == "en": lang = "en"
            c = cue(r, lang)
            price = money(usd * copy_frac(r, usd), mkt[1])
            extra = {}
            if fns and fns[0] in ("split", "glued", "cjk", "fwcjk"):
                mode = fns[0]
                if mode == "split":
                    m = mark.replace(" ", "")
                    cut = max(2, len(m) // 2)
                    title = "%s %s %s…" % (item[0].upper() + item[1:], c, m[:cut])
                    desc = "…%s. %s. Same look as the original, logo on the goods, copy price. Ships in 3 days." % (m[cut:], c)
                elif mode == "glued":
                    tag = "".join(ch for ch in (mark + line).lower() if ch.isalnum())
                    title = "%s %s #%sreplica #%s%s" % (item.capitalize(), c, tag, tag[:6], "copy")
                    desc = "shop: www.%s-outlet-copy.shop | SKU: %s-%s-AAA | %s, full logo, not original." % (
                        "".join(ch for ch in mark.lower() if ch.isalnum()), "".join(ch for ch in mark.upper() if ch.isalnum())[:6],
                        "".join(ch for ch in model.upper() if ch.isalnum()), c)
                    tgt_kind = "mark"
                elif mode == "cjk":
                    z = ZH_VARIANT.get(zh, zh)
                    if z == zh or r.random() < 0.5:
                        idx = [i for i, ch in enumerate(zh) if ch in ZH_HOMOPHONE]
                        if idx:
                            i = r.choice(idx); z = zh[:i] + ZH_HOMOPHONE[zh[i]] + zh[i + 1:]
                    title = "%s %s %s" % (z, item, cue(r, "zh"))
                    desc = "%s 同款 %s，非正品，logo齐全，%s" % (z, item, cue(r, "zh"))
                    mkt = mk_for("zh", r); lang = "zh"; tgt_kind = "alias"
                    price = money(usd * copy_frac(r, usd), mkt[1])
                elif mode == "fwcjk":
                    fw = E.fullwidth(mark.upper() if r.random() < 0.5 else mark, r)
                    title = "%s%s%s%s" % (cue(r, "zh"), fw, item, r.choice(["原单", "一比一", "同款", "顶级版本"]))
                    desc = "%s同款%s，%s，不是正品，包装齐全" % (fw, item, cue(r, "zh"))
                    mkt = mk_for("zh", r); lang = "zh"; tgt_kind = "mark"
                    price = money(usd * copy_frac(r, usd), mkt[1])
            else:
                d = apply(fns, tgt, r)
                ctx = line if tgt_kind == "mark" else mark if tgt_kind == "model" else item
                if tgt_kind == "mark": title = "%s %s %s - %s" % (d, apply(fns, line, r), item, c)
                elif tgt_kind == "line": title = "%s %s %s - %s" % (d, item, apply(fns, model, r), c)
                else: title = "%s %s - %s" % (item[0].upper() + item[1:], d, c)
                # the description keeps the disguise (the mark is never written plainly in a row)
                ctx_d = apply(fns, mark if tgt_kind != "mark" else line, r)
                desc = "%s %s. %s - same as the original, logo, box and tags included, not the original. %s" % (
                    ctx_d, item, c[0].upper() + c[1:], r.choice(["Fast shipping.", "DM for more photos.", "Wholesale welcome.", "Cash on delivery."]))
            g.row(b, cls, "counterfeit", tactic + " (" + tgt_kind + ")", " ".join(title.split()), desc, price, mk=mkt, lang=lang)

# ------------------------------------------------------------------ Half A innocent
A_I = [
 ("in_twin_own_label46", False, "a real word/place/person one or two edits from the mark, as a small own label, copy-like price"),
 ("in_twin_maker_place46", False, "twin word as the maker's town or the designer's name, own category, copy-like price"),
 ("in_twin_print_pattern46", False, "twin word as a print, pattern or motif name"),
 ("in_twin_hashtags46", False, "twin word glued into hashtags and a shop URL"),
 ("in_twin_styled_unicode46", False, "twin word in fullwidth / small-caps / math styling by seller habit"),
 ("in_ocr_product_sheet_genuine46", True, "genuine goods, description OCR'd from a product sheet (rn/m, l/1, O/0 errors), normal price"),
 ("in_machine_translation_genuine46", True, "genuine goods, clumsy machine-translated text, normal price"),
 ("in_foreign_layout_genuine46", True, "genuine goods, mark first typed on a Russian keyboard layout, then corrected"),
 ("in_emoji_seller_genuine46", True, "genuine goods, emoji-heavy seller style, normal price"),
 ("in_fullwidth_jp_genuine46", True, "Japanese shop writing the mark in fullwidth, 正規品, normal price"),
 ("in_traditional_cjk_genuine46", True, "Taiwan / Hong Kong shop, traditional-script alias, 公司貨, normal price"),
 ("in_cms_softhyphen_genuine46", True, "authorized retailer whose CMS inserted soft hyphens / zero-width spaces, normal price"),
 ("in_cyrillic_transliteration_genuine46", True, "mark transliterated into Cyrillic by a Russian/Ukrainian shop, normal price"),
 ("in_honest_typo_used_genuine46", True, "private seller's one-letter typo on a used genuine item with receipt, used price"),
 ("in_sku_url_genuine46", True, "official store: mark in SKU, URL and hashtags, normal price"),
]
RU_LAYOUT = dict(zip("qwertyuiop[]asdfghjkl;'zxcvbnm,.", "йцукенгшщзхъфывапролджэячсмитьбю"))
TRANSLIT = [("sh", "ш"), ("ch", "ч"), ("oo", "у"), ("ee", "и"), ("ou", "у"), ("x", "кс"), ("w", "в"), ("a", "а"), ("b", "б"),
            ("c", "к"), ("d", "д"), ("e", "е"), ("f", "ф"), ("g", "г"), ("h", "х"), ("i", "и"), ("j", "дж"), ("k", "к"),
            ("l", "л"), ("m", "м"), ("n", "н"), ("o", "о"), ("p", "п"), ("q", "к"), ("r", "р"), ("s", "с"), ("t", "т"),
            ("u", "у"), ("v", "в"), ("y", "й"), ("z", "з"), ("é", "е"), ("ô", "о"), ("'", "")]
def translit(s):
    out, i, low = [], 0, s.lower()
    while i < len(low):
        for a, c in TRANSLIT:
            if low.startswith(a, i): out.append(c); i += len(a); break
        else: out.append(low[i]); i += 1
    t = "".join(out); return t[:1].upper() + t[1:]
def ocr(s, r):
    rep = [("m", "rn"), ("l", "1"), ("O", "0"), ("o", "0"), ("e", "c"), ("i", "l"), ("S", "5"), ("B", "8")]
    out = s
    for a, c in r.sample(rep, 3): out = out.replace(a, c, 1)
    return out

def half_a_innocent(g):
    r = g.r
    for ci, (cls, gen, tactic) in enumerate(A_I):
        for k in range(12):
            b = B(ci * 12 + k + 7)
            bid, mark, line, item, cat, usd, zh, model, twin, tk = b
            mkt = en_mk_g(r); lang = "en"
            if cls == "in_twin_own_label46":
                title = "%s %s - own label, designed in house" % (twin, item)
                desc = "%s is our small family label (est. %d). Own design, own logo, no affiliation with any other company. %s in %s." % (
                    twin, r.randrange(1995, 2022), item.capitalize(), r.choice(["black", "navy", "sand", "olive"]))
                price = money(twin_price(r, usd), mkt[1])
            elif cls == "in_twin_maker_place46":
                who = {"place": "made in %s" % twin, "person": "designed by %s" % twin, "word": "the %s collection" % twin,
                       "brand": "by %s" % twin}[tk]
                title = "%s %s, %s" % (item[0].upper() + item[1:], r.choice(["classic", "new", "everyday"]), who)
                desc = "%s. Small workshop, our own brand name on the label. Honest price, no middlemen." % who.capitalize()
                price = money(twin_price(r, usd), mkt[1])
            elif cls == "in_twin_print_pattern46":
                title = "%s print %s - %s motif" % (twin, item, twin.lower())
                desc = "Unbranded %s with our %s pattern (our own artwork). Not affiliated with any brand." % (item, twin.lower())
                price = money(twin_price(r, usd), mkt[1])
            elif cls == "in_twin_hashtags46":
                t = "".join(ch for ch in twin.lower() if ch.isalnum())
                title = "%s %s #%s #%sstyle #%s" % (twin, item, t, t, r.choice(["ootd", "newin", "smallbusiness"]))
                desc = "Visit www.%s-studio.example for our full range. SKU %s-%03d. Our own brand." % (t, t.upper()[:5], r.randrange(1000))
                price = money(twin_price(r, usd), mkt[1])
            elif cls == "in_twin_styled_unicode46":
                sty = r.choice([E.fullwidth, E.smallcaps, E.mathbold])
                title = "%s %s ✨ own brand" % (sty(twin, r), item)
                desc = "%s: our shop's own label, styled writing is just our look. Handmade, small batch." % sty(twin, r)
                price = money(twin_price(r, usd), mkt[1])
            else:
                price = money(usd * genuine_frac(r), mkt[1])
                if cls == "in_ocr_product_sheet_genuine46":
                    title = "%s %s %s - authorized dealer, new sealed" % (mark, line, item)
                    desc = "Product sheet (scanned): " + ocr("%s %s %s. Model %s. Original %s product, manufacturer warranty. Sold by an authorized %s retailer." % (
                        mark, line, item, model, mark, mark), r) + " Invoice included."
                elif cls == "in_machine_translation_genuine46":
                    title = "%s %s %s original authentic new with warranty goods" % (mark, line, item)
                    desc = "Is the original %s product of the brand, we are sell with the invoice and the guarantee of fabricant. Very good quality the item is genuine, arrive fast. Thank you for your confiance." % mark
                    mkt = r.choice([m for m in MARKETS if m[3] in ("fr", "es", "de")]); price = money(usd * genuine_frac(r), mkt[1])
                elif cls == "in_foreign_layout_genuine46":
                    bad = "".join(RU_LAYOUT.get(ch, ch) for ch in mark.lower())
                    title = "%s (%s) %s %s оригинал, официальная гарантия" % (bad, mark, line, item)
                    desc = "Извините, раскладка: %s = %s. Оригинальный товар, официальный дилер, чек и гарантия." % (bad, mark)
                    mkt = mk_for("ru", r); lang = "ru"; price = money(usd * genuine_frac(r), mkt[1])
                elif cls == "in_emoji_seller_genuine46":
                    title = "🔥🔥 %s %s %s 💯 brand new 😍📦" % (mark, line, item)
                    desc = "✅ 100%% genuine %s ✅ bought from the %s store 🧾 receipt included 🎁 gift wrap 🚚 fast ship ❤️❤️" % (mark, mark)
                elif cls == "in_fullwidth_jp_genuine46":
                    title = "【正規品】%s %s %s 国内正規販売店" % (E.fullwidth(mark, r), line, item)
                    desc = "%s（%s）の正規品です。メーカー保証書付き。新品未開封。" % (E.fullwidth(mark, r), mark)
                    mkt = mk_for("ja", r); lang = "ja"; price = money(usd * genuine_frac(r), mkt[1])
                elif cls == "in_traditional_cjk_genuine46":
                    z = ZH_VARIANT.get(zh, zh)
                    title = "%s %s %s 公司貨 原廠保固" % (z, mark, item)
                    desc = "台灣公司貨，%s 原廠正品，附發票與保固卡。" % z
                    mkt = ("shopee-tw", "TWD", "TW", "zh"); lang = "zh"; price = money(usd * genuine_frac(r), "TWD")
                elif cls == "in_cms_softhyphen_genuine46":
                    sh = "\u00ad".join([mark[:len(mark) // 2], mark[len(mark) // 2:]])
                    title = "%s %s %s | Authorized Retailer" % (sh, line, item)
                    desc = "Auth\u00adorized %s re\u200btailer. Genuine %s, full manu\u00adfacturer warranty. Free returns." % (sh, line)
                elif cls == "in_cyrillic_transliteration_genuine46":
                    t = translit(mark)
                    title = "%s (%s) %s — оригинал, официальная гарантия" % (t, mark, item)
                    desc = "Оригинальная продукция %s. Официальный магазин, чек, гарантия производителя." % t
                    mkt = r.choice([m for m in MARKETS if m[3] in ("ru", "uk")]); lang = mkt[3]; price = money(usd * genuine_frac(r), mkt[1])
                elif cls == "in_honest_typo_used_genuine46":
                    t = r.choice(E.TYPO)(mark, r)
                    title = "Used %s %s %s, good condition" % (t, line, item)
                    desc = "Selling my %s %s (sorry for the spelling). Bought at the %s store in %d, original receipt attached. Used but genuine." % (
                        t, item, mark, r.randrange(2019, 2026))
                    price = money(usd * used_frac(r), mkt[1])
                elif cls == "in_sku_url_genuine46":
                    t = "".join(ch for ch in mark.lower() if ch.isalnum())
                    title = "%s %s %s - Official Store #%s #%sofficial" % (mark, line, item, t, t)
                    desc = "SKU %s-%s | www.%s.example/official | Sold and shipped by the %s Official Store. Genuine, full warranty." % (
                        t.upper()[:6], "".join(ch for ch in model.upper() if ch.isalnum()), t, mark)
            g.row(b, cls, "innocent", tactic, " ".join(title.split()), desc, price, mk=mkt, lang=lang)

# ------------------------------------------------------------------ Half B: whole pages
OTHERS = [b[1] for b in BRANDS]
COLOURS = ["Black", "White", "Navy", "Olive", "Sand", "Burgundy", "Grey Heather", "Cream", "Forest Green", "Sky Blue", "Rose", "Charcoal"]
SIZES = ["XS", "S", "M", "L", "XL", "XXL", "EU 38", "EU 40", "EU 42", "EU 44", "One size"]
NAMES = ["Maria G.", "Tom K.", "Aisha", "J. Smith", "Kenji", "Lucía", "Pieter", "Olga", "Ahmed", "Chen W.", "Sam", "Priya", "Marco"]
GOOD_REVIEWS = ["Arrived quickly and well packed. Exactly as described.", "Colour is a bit darker than the photos but I like it.",
  "Second time ordering from this shop, always reliable.", "Size runs true, I took my usual size.",
  "Box was slightly dented but the item was fine.", "Good value, would buy again.", "Gift for my husband, he loves it.",
  "Customer service answered within an hour.", "Took 9 days to arrive but worth the wait.", "Solid, feels premium in hand."]
def spec_table(b, r, extra=None):
    bid, mark, line, item, cat, usd, zh, model, twin, tk = b
    rows = [("Item", item), ("Model", model), ("Line", line), ("Category", cat), ("Weight", "%d g" % r.randrange(40, 4000)),
            ("Dimensions", "%d x %d x %d cm" % (r.randrange(5, 60), r.randrange(5, 40), r.randrange(1, 30))),
            ("Colour", r.choice(COLOURS)), ("Condition", "New"), ("Package", "1 x %s, manual, box" % item)]
    if extra: rows.insert(r.randrange(3, len(rows)), extra)
    return "SPECIFICATIONS\n" + "\n".join("%s: %s" % kv for kv in rows)
def shipping(r):
    return ("SHIPPING\nOrders placed before 2 pm ship the same business day. Standard delivery %d-%d business days, express 2-4 days. "
            "Tracking number sent by email. Customs duties for international orders are paid by the buyer unless stated otherwise. "
            "We ship from our warehouse in %s. Combined shipping available for multiple items." % (r.randrange(3, 7), r.randrange(8, 15),
            r.choice(["Guangzhou", "Shenzhen", "Los Angeles", "Rotterdam", "Istanbul", "Dubai", "Hong Kong"])))
def returns(r, extra=""):
    return ("RETURNS\n%d-day returns. Items must be unused with all tags attached and in the original packaging. Refunds are issued to "
            "the original payment method within 5 business days of receiving the return. %sBuyer pays return shipping except for "
            "damaged or wrong items." % (r.choice([14, 30, 60]), extra))
def faq(r, b, extra=None):
    qs = [("How long does shipping take?", "Usually one to two weeks depending on your location."),
          ("Do you ship to my country?", "We ship worldwide except a few remote areas."),
          ("Can I change the colour after ordering?", "Yes, message us within 12 hours."),
          ("Is there a warranty?", "Please contact us for any problem within 30 days."),
          ("Can I pay by PayPal?", "Yes, PayPal and all major cards."),
          ("Do you offer gift wrapping?", "Yes, add a note at checkout.")]
    r.shuffle(qs)
    if extra: qs.insert(r.randrange(2, 5), extra)
    return "FAQ\n" + "\n".join("Q: %s\nA: %s" % qa for qa in qs)
def reviews(r, n, extra=None):
    rs = ["★★★★%s %s: %s" % (r.choice(["★", "☆"]), r.choice(NAMES), r.choice(GOOD_REVIEWS)) for _ in range(n)]
    if extra: rs.insert(r.randrange(1, n), extra)
    return "CUSTOMER REVIEWS (%d)\n" % len(rs) + "\n".join(rs)
def tag_cloud(r, b, extra=None):
    tags = r.sample(OTHERS, 10) + [b[3], "best price", "new arrival", "gift", "free shipping", "hot sale", "2026", "trending", "original packaging"]
    if extra: tags.insert(r.randrange(3, len(tags)), extra)
    return "TAGS: " + ", ".join(t.lower() for t in tags)
def variants(r, extra=None):
    cs = r.sample(COLOURS, 5); ss = r.sample(SIZES, 5)
    if extra: cs.insert(r.randrange(1, 5), extra)
    return "SELECT VARIANT\nColour: " + " | ".join(cs) + "\nSize: " + " | ".join(ss)
def also_bought(r, b, extra=None):
    items = ["%s %s" % (r.choice(["Leather", "Travel", "Cleaning", "Storage", "Gift"]), r.choice(["kit", "pouch", "box", "spray", "cloth", "case"])) for _ in range(5)]
    if extra: items.insert(2, extra)
    return "CUSTOMERS ALSO BOUGHT\n" + "\n".join("- %s  $%d.99" % (x, r.randrange(3, 60)) for x in items)
def seller_about(r):
    return ("ABOUT THE SELLER\nWe are a family-run shop with %d years of experience and more than %d,000 happy customers. Our team checks "
            "every parcel before it leaves. Follow our store for new arrivals every week." % (r.randrange(3, 15), r.randrange(2, 90)))
def size_chart(r, title="SIZE CHART"):
    return title + "\n" + "\n".join("%s: chest %d cm, length %d cm" % (s, 86 + 6 * i, 64 + 2 * i) for i, s in enumerate(["S", "M", "L", "XL"]))
def bundle(r, b, extra=None):
    return "BUNDLE & SAVE\nBuy 2 get 5%% off, buy 3 get 10%% off. %s" % (extra or "Mix and match colours allowed.")
def page(r, b, blocks, cue_block, target=3000):
    """blocks: list of strings; cue_block goes in the middle; pad with more reviews until target length."""
    mid = len(blocks) // 2
    blocks = blocks[:mid] + ([cue_block] if cue_block else []) + blocks[mid:]
    text = "\n\n".join(blocks)
    while len(text) < target:
        text += "\n\n" + reviews(r, r.randrange(4, 9))
    return text[:7900] if len(text) > 7900 else text

def furniture(r, b, **kw):
    bl = [spec_table(b, r, kw.get("spec")), variants(r, kw.get("variant")), shipping(r), returns(r, kw.get("ret", "")),
          faq(r, b, kw.get("faq")), reviews(r, r.randrange(4, 9), kw.get("review")), tag_cloud(r, b, kw.get("tag")),
          also_bought(r, b, kw.get("also")), seller_about(r), bundle(r, b, kw.get("bundle"))]
    return bl

B_C = [
 ("c_page_review_fake_but_good46", "a pasted review says 'fake but good quality'", "review"),
 ("c_page_faq_mirror_grade46", "FAQ 'is it original?' answered 'top mirror grade'", "faq"),
 ("c_page_variant_aaa_version46", "a variant named 'AAA version' in the picker", "variant"),
 ("c_page_replica_size_chart46", "size chart titled 'replica sizing'", "sizechart"),
 ("c_page_tagcloud_cue46", "the copy word only in the SEO tag cloud", "tag"),
 ("c_page_price_only_en46", "long honest-sounding new-goods page, copy only by a price far below retail (English markets)", "price"),
 ("c_page_price_only_local46", "long honest-sounding page, copy only by price, local currency", "pricelocal"),
 ("c_page_spec_grade_row46", "spec table row 'Grade: 1:1 mirror'", "spec"),
 ("c_page_shipping_customs_copy46", "shipping text: replicas shipped without brand box for customs", "shipping"),
 ("c_page_seller_note_midpage46", "one seller note mid-page: 'not original, high copy'", "note"),
 ("c_page_bundle_copy_box46", "bundle block: copy with box and papers", "bundle"),
 ("c_page_also_bought_reps46", "'customers also bought' lists the same seller's reps of the brand", "also"),
 ("c_page_zh_qa_gaofang46", "Chinese Q&A line (高仿 / 复刻) inside an English page", "zhqa"),
 ("c_page_spanish_review_replica46", "a Spanish review 'es réplica pero buena' in an English page", "esreview"),
 ("c_page_variant_grade_select46", "grade selector 'Original (sold out) / Replica 1:1 (in stock)'", "gradesel"),
 ("c_page_returns_no_refund_replica46", "returns: no refunds on replica items", "returns"),
 ("c_page_logo_copy_row46", "materials row 'Logo: <mark> (copy)'", "logorow"),
 ("c_page_warranty_copy46", "warranty block: no brand warranty because this is a copy", "warranty"),
 ("c_page_seller_bio_replicas46", "seller bio: 'we specialise in 1:1 designer replicas'", "bio"),
 ("c_page_care_mirror_copies46", "care instructions 'as with all our mirror copies'", "care"),
 ("c_page_authenticity_inspired46", "authenticity section: 'inspired replica, not genuine'", "auth"),
 ("c_page_compare_original_vs_ours46", "comparison table: original price vs our version, 'identical look'", "compare"),
 ("c_page_image_alt_replica46", "image captions / alt text 'replica_<mark>_front.jpg'", "alt"),
 ("c_page_german_nachbildung46", "German page, 'Nachbildung' said once mid-page", "de"),
 ("c_page_japanese_super_copy46", "Japanese page, スーパーコピー said once mid-page", "ja"),
]
B_I = [
 ("in_page_review_feared_fake46", True, "genuine page: reviewer 'I was afraid it was fake but it is original'"),
 ("in_page_counterfeit_refund_policy46", True, "genuine page: returns 'counterfeit claims: we refund 200%'"),
 ("in_page_tagcloud_how_to_spot46", True, "genuine page: tag cloud 'how to spot fake', many brands"),
 ("in_page_authorized_reseller46", True, "authorized reseller's long page with certificate and dealer number"),
 ("in_page_marketplace_banner46", True, "genuine page with the marketplace's anti-counterfeit banner"),
 ("in_page_compare_vs_knockoffs46", True, "genuine page: comparison table 'genuine vs knock-offs' warning"),
 ("in_page_we_also_carry46", True, "genuine page: 'we also carry' list of many brands"),
 ("in_page_faq_original_yes46", True, "genuine page: FAQ 'is it original? yes, 100% with receipt'"),
 ("in_page_used_genuine46", True, "used genuine goods, long page, used price"),
 ("in_page_mirror_finish_aaa_batteries46", True, "genuine page: 'Mirror' finish colour, 'AAA batteries' in the spec"),
 ("in_page_licensed_replica_model46", True, "licensed die-cast / model 'replica' of a car or ship, genuine toy"),
 ("in_page_replica_jersey_fan46", True, "official 'replica jersey' (fan version) of a kit maker"),
 ("in_page_compatible_accessory46", False, "third-party accessory page 'compatible with', no copy, normal price"),
 ("in_page_authentication_service46", False, "authentication service listing that names fakes and the brand"),
 ("in_page_zh_jia_yi_pei_shi46", True, "Chinese genuine page with 正品 and 假一赔十 guarantee"),
]

def half_b(g):
    r = g.r
    for ci, (cls, tactic, kind) in enumerate(B_C):
        for k in range(13):
            b = B(ci * 13 + k + 3 * ci + 5)
            if kind in ("price", "pricelocal"):
                pool = [x for x in BRANDS if x[5] >= 200]
                b = pool[(ci * 13 + k * 2) % len(pool)]
            bid, mark, line, item, cat, usd, zh, model, twin, tk = b
            mkt = en_mk(r); lang = "en"
            copy_usd = usd * copy_frac(r, usd)
            kw = {}; cueb = None
            if kind == "review": kw["review"] = "★★★★★ %s: %s" % (r.choice(NAMES), r.choice(["Obviously fake but good quality for the price, logo looks right.", "It's a fake but honestly nobody can tell.", "Fake but good! Stitching better than expected."]))
            elif kind == "faq": kw["faq"] = ("Is it original?", r.choice(["It is top mirror grade, 1:1 with the original.", "Mirror grade AAA, same as original.", "Not original, top mirror quality."]))
            elif kind == "variant": kw["variant"] = "AAA version"
            elif kind == "sizechart": cueb = size_chart(r, "REPLICA SIZING (our replicas run one size small)")
            elif kind == "tag": kw["tag"] = r.choice(["%s replica", "%s 1:1 copy", "fake %s", "%s rep"]) % mark
            elif kind in ("price", "pricelocal"): copy_usd = usd * (r.uniform(0.02, 0.06) if usd >= 2000 else r.uniform(0.05, 0.12))
            elif kind == "spec": kw["spec"] = ("Grade", r.choice(["1:1 mirror", "AAA replica", "top copy"]))
            elif kind == "shipping": cueb = "DISCREET SHIPPING\nAll replica items ship without the brand box; boxes and cards are sent in a second parcel to pass customs."
            elif kind == "note": cueb = "NOTE FROM SELLER: %s" % r.choice(["not original, high copy. Please understand before buying.", "this is a high copy, not original. Quality is very good.", "copy item, not from the brand."])
            elif kind == "bundle": kw["bundle"] = "Copy + full box set + papers + dust bag: add $%d." % r.randrange(8, 40)
            elif kind == "also": kw["also"] = "%s %s replica (same factory)" % (mark, line)
            elif kind == "zhqa": cueb = "买家问：是正品吗？ 卖家答：%s，质量一样。" % r.choice(["高仿", "顶级复刻", "A货，不是正品"])
            elif kind == "esreview": kw["review"] = "★★★★★ %s: %s" % (r.choice(NAMES), r.choice(["Es réplica pero muy buena, nadie lo nota.", "Es una copia pero la calidad es excelente."]))
            elif kind == "gradesel": kw["variant"] = "Version: Original (sold out) / Replica 1:1 (in stock)"
            elif kind == "returns": kw["ret"] = "No refunds on replica items as they are not original. "
            elif kind == "logorow": kw["spec"] = ("Logo", "%s (copy)" % mark)
            elif kind == "warranty": cueb = "WARRANTY\nNo %s brand warranty: this is a copy item. Our own 30-day shop warranty applies." % mark
            elif kind == "bio": cueb = "WHO WE ARE\nWe specialise in 1:1 designer replicas since %d." % r.randrange(2010, 2022)
            elif kind == "care": cueb = "CARE\nWipe with a soft dry cloth, as with all our mirror copies. Keep away from heat."
            elif kind == "auth": cueb = "AUTHENTICITY\n%s" % r.choice(["Inspired replica, not genuine.", "Replica - not made by %s." % mark])
            elif kind == "compare": cueb = "ORIGINAL vs OURS\nOriginal: $%d | Ours: $%d | Look: identical | Logo: yes" % (usd, max(3, copy_usd))
            elif kind == "alt": cueb = "IMAGES\n[img] replica_%s_front.jpg\n[img] replica_%s_side.jpg\n[img] detail_logo.jpg" % (mark.lower().replace(" ", "_"), mark.lower().replace(" ", "_"))
            if kind == "pricelocal":
                mkt = r.choice([m for m in MARKETS if m[1] not in ("USD",)]); lang = mkt[3]
            if kind == "de":
                mkt = mk_for("de", r); lang = "de"
                blocks = ["PRODUKTDETAILS\nArtikel: %s\nModell: %s\nFarbe: %s\nZustand: Neu" % (item, model, r.choice(COLOURS)),
                          "VERSAND\nVersand innerhalb von 24 Stunden mit DHL. Lieferzeit 2-4 Werktage. Sendungsverfolgung per E-Mail.",
                          "RÜCKGABE\n14 Tage Rückgaberecht. Artikel bitte unbenutzt und originalverpackt zurücksenden.",
                          "ÜBER UNS\nKleiner Familienbetrieb mit über 10 Jahren Erfahrung.", tag_cloud(r, b)]
                cueb = "Hinweis: hochwertige Nachbildung, kein Original von %s." % mark
                desc = page(r, b, blocks, cueb, r.randrange(1500, 4000))
            elif kind == "ja":
                mkt = mk_for("ja", r); lang = "ja"
                blocks = ["商品詳細\n商品名：%s\n型番：%s\nカラー：%s\n状態：新品" % (item, model, r.choice(COLOURS)),
                          "配送について\nご注文から1〜3営業日以内に発送いたします。追跡番号付き。",
                          "返品について\n商品到着後7日以内にご連絡ください。未使用品に限ります。",
                          "ショップ紹介\n当店は創業10年の小さなセレクトショップです。", tag_cloud(r, b)]
                cueb = "※こちらは%sのスーパーコピー（非正規品）です。" % mark
                desc = page(r, b, blocks, cueb, r.randrange(1500, 4000))
            else:
                desc = page(r, b, furniture(r, b, **kw), cueb, r.randrange(1500, 8000))
            price = money(copy_usd, mkt[1])
            title = "%s %s %s" % (line if line.startswith(mark) else mark + " " + line, item, r.choice(["- new", "2026", "| fast shipping", "free gift", ""]))
            g.row(b, cls, "counterfeit", tactic, " ".join(title.split()), desc, price, mk=mkt, lang=lang)
    for ci, (cls, gen, tactic) in enumerate(B_I):
        for k in range(12):
            b = B(ci * 12 + k + 2 * ci + 11)
            if cls == "in_page_used_genuine46":
                b = [x for x in BRANDS if x[5] >= 150][(ci * 12 + k) % len([x for x in BRANDS if x[5] >= 150])]
            bid, mark, line, item, cat, usd, zh, model, twin, tk = b
            mkt = en_mk_g(r); lang = "en"
            p = usd * genuine_frac(r); kw = {}; cueb = None; category = None
            title = "%s %s - %s" % (line if line.startswith(mark) else mark + " " + line, item, r.choice(["genuine", "new", "in stock", "free delivery"]))
            if cls == "in_page_review_feared_fake46": kw["review"] = "★★★★★ %s: I was afraid it was fake at this price but it is original, checked the serial with %s." % (r.choice(NAMES), mark)
            elif cls == "in_page_counterfeit_refund_policy46": kw["ret"] = "Counterfeit claims: every item is genuine; if any authority proves otherwise we refund 200 percent. "
            elif cls == "in_page_tagcloud_how_to_spot46": kw["tag"] = "how to spot fake %s, real vs fake %s" % (mark, line)
            elif cls == "in_page_authorized_reseller46":
                cueb = "AUTHORIZED RESELLER\nWe are an authorized %s reseller (dealer no. %s-%05d). Certificate available on request. Full manufacturer warranty." % (mark, mark[:3].upper(), r.randrange(99999))
                title = "%s %s %s | Authorized Reseller" % (mark, line, item)
            elif cls == "in_page_marketplace_banner46": cueb = "⚠ MARKETPLACE NOTICE: Selling counterfeit, replica or fake items is prohibited. Report suspicious listings. All %s items from this seller are verified genuine." % mark
            elif cls == "in_page_compare_vs_knockoffs46": cueb = "GENUINE vs KNOCK-OFFS\nGenuine %s: serial number, warranty, certified materials | Knock-offs / replicas: none of these. Buy only from authorized sellers like us." % mark
            elif cls == "in_page_we_also_carry46": cueb = "WE ALSO CARRY\n" + ", ".join(r.sample(OTHERS, 12)) + " - all genuine, sourced from authorized distributors."
            elif cls == "in_page_faq_original_yes46": kw["faq"] = ("Is it original?", "Yes, 100%% original %s with the store receipt and warranty card." % mark)
            elif cls == "in_page_used_genuine46":
                p = usd * used_frac(r); title = "Used %s %s %s - genuine, with receipt" % (mark, line, item)
                cueb = "CONDITION\nUsed for %d months, light signs of wear. Bought new from the %s store, original receipt and box included." % (r.randrange(3, 30), mark)
            elif cls == "in_page_mirror_finish_aaa_batteries46": kw["variant"] = "Mirror Silver"; kw["spec"] = ("Batteries", "2 x AAA (included)")
            elif cls == "in_page_licensed_replica_model46":
                b = [x for x in BRANDS if x[0] in ("mattel", "lego", "bandai", "hasbro")][k % 4]
                bid, mark, line, item, cat, usd, zh, model, twin, tk = b
                car = r.choice(["Ferrari F40", "1967 Mustang", "Porsche 911 GT3", "Titanic", "Apollo Saturn V", "Land Rover Defender"])
                title = "%s licensed %s replica model, 1:%d" % (mark, car, r.choice([18, 24, 43, 64]))
                cueb = "ABOUT THIS MODEL\nOfficially licensed 1:%d scale replica of the %s by %s. Genuine %s product, sealed box." % (r.choice([18, 24, 43, 64]), car, mark, mark)
                p = max(usd * 0.3, 5) * genuine_frac(r)
            elif cls == "in_page_replica_jersey_fan46":
                b = [x for x in BRANDS if x[0] in ("nike", "adidas", "puma")][k % 3]
                bid, mark, line, item, cat, usd, zh, model, twin, tk = b
                club = r.choice({"nike": ["FC Barcelona", "Paris Saint-Germain", "Chelsea", "Inter", "Brazil", "France"],
                                 "adidas": ["Real Madrid", "Bayern München", "Juventus", "Arsenal", "Manchester United", "Argentina"],
                                 "puma": ["Manchester City", "AC Milan", "Borussia Dortmund"]}[bid])
                title = "%s %s 25/26 home replica jersey (official fan version)" % (mark, club)
                cueb = "ABOUT THE JERSEY\nThe official replica jersey is the fan version of the %s home kit by %s, standard fit, the stadium version is the authentic. Genuine product, hangtag and barcode." % (club, mark)
                p = 95 * genuine_frac(r); category = "soccer"
            elif cls == "in_page_compatible_accessory46":
                title = "Protective cover compatible with %s %s - third-party, no logo" % (mark, line)
                cueb = "COMPATIBILITY\nFits %s %s. This is a third-party accessory made by us; it carries no %s logo and is not made by %s." % (mark, model, mark, mark)
                p = r.uniform(6, 25)
            elif cls == "in_page_authentication_service46":
                title = "%s authentication service - legit check of your %s" % (mark, item)
                cueb = "HOW IT WORKS\nSend photos of your %s %s; our experts check it against known fakes and replicas and issue a certificate: authentic or counterfeit. We do not sell goods." % (mark, line)
                p = r.uniform(10, 40)
            elif cls == "in_page_zh_jia_yi_pei_shi46":
                mkt = mk_for("zh", r); lang = "zh"
                title = "%s %s %s 官方正品 假一赔十" % (zh, mark, item)
                blocks = ["商品参数\n品牌：%s\n型号：%s\n颜色：%s" % (mark, model, r.choice(["黑色", "白色", "蓝色"])),
                          "物流说明\n48小时内发货，顺丰包邮。", "售后服务\n七天无理由退换，全国联保。", "店铺介绍\n品牌授权专卖店，假一赔十。"]
                cueb = "正品保证：本店所有商品均为%s官方正品，支持专柜验货，假一赔十。" % zh
                desc = page(r, b, blocks, cueb, r.randrange(1500, 3000))
            if cls != "in_page_zh_jia_yi_pei_shi46":
                desc = page(r, b, furniture(r, b, **kw), cueb, r.randrange(1500, 8000))
            g.row(b, cls, "innocent", tactic, " ".join(title.split()), desc, money(p, mkt[1]), mk=mkt, lang=lang, category=category)

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, default=46); ap.add_argument("--out", default="set.jsonl"); ap.add_argument("--classes", default="classes.md")
    a = ap.parse_args()
    g = Gen(a.seed)
    half_a_counterfeit(g); half_a_innocent(g); half_b(g)
    with open(a.out, "w", encoding="utf-8") as f:
        for d in g.rows: f.write(json.dumps(d, ensure_ascii=False, sort_keys=True) + "\n")
    seen = {}
    for d in g.rows:
        L = d["_label"]; c = L["class"]
        if c not in seen: seen[c] = [L["kind"], 0, L["tactic"].split(" (")[0], "%s (%s)" % (d["title"][:110], L["brand"])]
        seen[c][1] += 1
    with open(a.classes, "w", encoding="utf-8") as f:
        f.write("# outsider46 classes\n\n`*`: a newer family by my greps of prior_classes_names_tactics.tsv (doubts in README.md). Half A: first 25 counterfeit and 15 innocent classes; Half B: the rest.\n\n")
        f.write("| class | * | kind | n | tactic | example |\n|---|---|---|---|---|---|\n")
        for c, (k, n, t, ex) in seen.items():
            f.write("| %s | %s | %s | %d | %s | %s |\n" % (c, "*" if c in STARS else "", k, n, t, ex.replace("|", "/").replace("\n", " ")))

if __name__ == "__main__":
    main()
