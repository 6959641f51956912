"""Innocent listings of markets the matcher reads less well (issue 9, precision; outsider8's classes
in_accessories_more_languages, in_new_retail_local_currency, in_trade_sense_copy_words), each with the copies that borrow
the same words, which must still alert:

- an accessory made for the brand's product, described in the words of 20 more markets (Vietnamese ốp lưng cho,
  Thai เคส, Hindi कवर, Persian قاب گوشی, Czech pouzdro na, Romanian husă pentru, Indonesian casing/untuk, Malay sarung,
  Filipino para sa, Swahili kava ya simu kwa, Turkish kılıf/için, Greek θήκη για, Hungarian tok, Finnish suojakuori,
  Swedish skal till ...), in both orders (noun before the brand, the brand's product then the noun); its sibling: the
  brand's own product in the same language with that market's copy word, an accessory thrown in;
- the brand's genuine new goods at a shop's price in a currency the ECB does not publish (VND, UAH, NGN, KES, PKR, EGP,
  AED, SAR, ARS, TWD, BDT, MAD, KZT), in that market's shop words; its sibling: the same words at a copy's price in the
  same currency;
- a copy word in its trade sense beside the brand's own goods: the clubs' 'replica' (fan) shirts and kits, official
  replica balls, 'OEM approved' oils, 'fake tan', 'copy paper', drive 'cloning'; its sibling: the same goods with a real
  copy claim at a copy's price.

Written from first principles and general knowledge of how those markets' marketplaces word such titles (Shopee, Lazada,
Tokopedia, Digikala, Flipkart, Alza, Trendyol, Skroutz, eMAG, Jumia, Kilimall, OLX, Rozetka, Mercado Libre); the rough
rates below are the generator's own (units per US dollar, 2025 levels, rounded), not the matcher's table. No held-out
listing was read for the wordings.
"""

from __future__ import annotations

from tests.eval.adversary import context
from functools import cache

from tests.eval.adversary.generate import (CNY_PER, BrandView, Draft, Scene, _cap, _plain_mark, higher_floor, mark_floor,
                                           registry_doc)

TRAPS = {
    "trap_accessory_more_languages": "an accessory made for the brand's product in the words of 20 more markets "
                                     "(ốp lưng cho, เคส, कवर, قاب گوشی, pouzdro na, husă pentru, casing, kava ya simu "
                                     "kwa, θήκη για, tok, suojakuori), noun before or after the brand, no cue",
    "trap_local_currency_retail": "the brand's genuine new goods at a shop's price in a currency the ECB does not "
                                  "publish (VND, UAH, NGN, KES, PKR, EGP, AED, SAR, ARS, TWD, BDT, MAD, KZT), shop words "
                                  "of that market",
    "trap_trade_copy_words": "a copy word in its trade sense beside the brand's own goods: replica (fan) shirts and "
                             "kits, official replica balls, OEM-approved oil, fake tan, copy paper, drive cloning",
}
EVASIONS = {
    "fake_accessory_languages_copy": "the brand's own product in one of those languages with that market's copy word, "
                                     "an accessory thrown in (tặng ốp lưng, free case)",
    "fake_local_currency_low": "the same shop words at 4-15 % of the floor in the same currency",
    "fake_trade_copy_words": "the trade-sense goods with a real copy claim (1:1, AAA, super copy) at a copy's price",
}

# ------------------------------------------------------------------ accessories in more languages

# the brand's products that take accessories: category -> product words a case or charger is sold for
DEVICES = {"phones", "tablets", "earbuds", "headphones", "speakers", "laptops", "cameras", "consoles", "watches",
           "vacuum cleaners", "electric toothbrushes", "shavers", "hair care", "chargers", "soundbars"}

# (language, template): {m} the brand's mark (its product line where it has one). Nouns before the brand need a
# "for" in most languages; case nouns stand alone in the markets that write them so ("Ốp lưng iPhone 15").
ACCESSORY = [
    ("vi", "Ốp lưng {m} chống sốc trong suốt"), ("vi", "Ốp lưng cho {m} silicon dẻo"), ("vi", "Kính cường lực cho {m}"),
    ("vi", "Củ sạc nhanh cho {m} 25W"), ("vi", "Bao da {m} nắp gập"),
    ("th", "เคส {m} ใส กันกระแทก"), ("th", "ฟิล์มกระจก {m} เต็มจอ"), ("th", "สายชาร์จ สำหรับ {m}"),
    ("hi", "{m} कवर सिलिकॉन"), ("hi", "बैक कवर {m} पारदर्शी"), ("hi", "{m} के लिए चार्जर"),
    ("fa", "قاب گوشی {m} سیلیکونی"), ("fa", "کاور {m} طرح دار"), ("fa", "محافظ صفحه برای {m}"),
    ("cs", "Pouzdro na {m} silikonové"), ("cs", "Ochranné sklo pro {m}"), ("cs", "Nabíječka pro {m} 20W"),
    ("sk", "Puzdro na {m} čierne"), ("ro", "Husă pentru {m} tip carte"), ("ro", "Folie de protecție pentru {m}"),
    ("id", "Casing {m} softcase bening"), ("id", "Tempered glass untuk {m}"), ("id", "Charger untuk {m} fast charging"),
    ("ms", "Sarung telefon {m} lutsinar"), ("ms", "Pelindung skrin untuk {m}"),
    ("tl", "Case para sa {m} shockproof"), ("sw", "Kava ya simu kwa {m}"), ("sw", "Chaja kwa {m} 25W"),
    ("tr", "{m} kılıf şeffaf darbe emici"), ("tr", "{m} için ekran koruyucu temperli cam"),
    ("el", "Θήκη για {m} διάφανη"), ("el", "Προστατευτικό οθόνης για {m}"),
    ("hu", "{m} tok átlátszó"), ("fi", "{m} suojakuori musta"), ("sv", "Skal till {m} svart silikon"),
    ("he", "כיסוי עבור {m} שקוף"), ("bn", "{m} কভার সিলিকন"),
    # (quiet, session 16) rarer markets: Kazakh, Uzbek, Mongolian, Georgian, Armenian, Sinhala, Khmer, Amharic, Lao,
    # Icelandic, Nepali ("for" after the device in most of them: үшін, uchun, зориулсан, -სთვის, համար, සඳහා, को लागि)
    ("kk", "{m} үшін қорғаныш қап"), ("kk", "{m} үшін зарядтағыш"), ("uz", "{m} uchun g'ilof silikon"),
    ("uz", "{m} uchun zaryadlovchi kabel"), ("mn", "{m}-д зориулсан хавтас"), ("ka", "ქეისი {m}-სთვის, სილიკონის"),
    ("ka", "დამტენი {m}-სთვის"), ("hy", "{m}-ի համար պատյան"), ("si", "{m} සඳහා කවරය"), ("km", "ស្រោម សម្រាប់ {m}"),
    ("am", "ለ {m} መያዣ"), ("lo", "ເຄສ ສຳລັບ {m}"), ("is", "Hulstur fyrir {m}"), ("is", "Veggfesting fyrir {m}"),
    ("ne", "{m} को लागि कभर"), ("ne", "{m} को लागि स्किन स्टिकर"),
]
# the same languages' copy words (the markets' own jargon) and a thrown-in accessory for the sibling
COPY = {
    "vi": ("hàng rep 1:1 siêu cấp", "tặng ốp lưng"), "th": ("งานเทียบแท้ 1:1", "แถมเคส"),
    "hi": ("first copy", "कवर फ्री"), "fa": ("های کپی", "با کاور هدیه"), "cs": ("replika 1:1", "pouzdro zdarma"),
    "sk": ("replika 1:1", "puzdro zdarma"), "ro": ("replică 1:1", "husă cadou"), "id": ("KW super 1:1", "free casing"),
    "ms": ("gred AAA", "free sarung"), "tl": ("class A copy", "free case"), "sw": ("copy AAA", "na kava bure"),
    "tr": ("birebir replika", "kılıf hediye"), "el": ("ρέπλικα 1:1", "δώρο θήκη"), "hu": ("replika 1:1", "tok ajándék"),
    "fi": ("kopio 1:1", "suojakuori kaupan päälle"), "sv": ("kopia 1:1", "skal på köpet"), "he": ("רפליקה 1:1", "כיסוי מתנה"),
    "bn": ("master copy", "কভার ফ্রি"),
}


def _device(b: BrandView, s: Scene) -> tuple[str, str] | None:
    """(category, the words the brand's device is named by): a product line of that category when the brand has one
    of plain letters, else the brand's name and the category's product."""
    cats = [c for c in b.categories if c in DEVICES]
    if not cats:
        return None
    cat = s.rng.choice(cats)
    lines = [m.value for m in b.latin_marks[1:] if not m.everyday and m.value.isascii() and len(m.value) >= 4]
    if lines and s.rng.random() < 0.6:
        return cat, s.rng.choice(lines) + s.rng.choice(["", " 15", " Pro", " 2", " S24"] if cat == "phones" else [""])
    return cat, b.name


def make_accessory_more_languages(b: BrandView, s: Scene) -> Draft | None:
    if (got := _device(b, s)) is None:
        return None
    cat, device = got
    _lang, shape = s.rng.choice(ACCESSORY)
    title = shape.format(m=device)
    return Draft(_cap(title), s.rng.choice([None, "Phụ kiện", "Accessories", "Aksesoris", cat]),
                 (round(s.rng.uniform(3, 15), 2), "USD"), "")


def make_accessory_languages_copy(b: BrandView, s: Scene) -> Draft | None:
    if (got := _device(b, s)) is None:
        return None
    cat, _device_words = got
    device = b.name  # the brand's own product, named by the brand: a line may be of another category (Norelco)
    lang = s.rng.choice(sorted(COPY))
    cue, thrown_in = COPY[lang]
    title = f"{device} {s.product(cat)} {cue}, {thrown_in}"
    return Draft(_cap(title), cat, s.price(cat, low=True), "")


# ------------------------------------------------------------------ prices in currencies the ECB lacks

# units per US dollar, rough 2025 levels (the generator's own), and each market's shop words
PER_USD = {"VND": 26000, "UAH": 41.5, "NGN": 1500, "KES": 129, "PKR": 281, "EGP": 48.5, "AED": 3.67, "SAR": 3.75,
           "ARS": 1500, "TWD": 31, "BDT": 121, "MAD": 9.3, "KZT": 510}
SHOP = {
    "VND": ["{m} {p} chính hãng, mới 100%, bảo hành 12 tháng", "{m} {p} new fullbox chính hãng"],
    "UAH": ["{m} {p} нові, офіційна гарантія", "{m} {p} новий, оригінал, гарантія 12 міс."],
    "NGN": ["{m} {p} brand new sealed, Lagos", "Brand new {m} {p} with warranty, Abuja"],
    "KES": ["{m} {p} mpya, warranty ya mwaka 1", "{m} {p} brand new, Nairobi CBD"],
    "PKR": ["{m} {p} new, official warranty", "{m} {p} box pack, official warranty, Lahore"],
    "EGP": ["{m} {p} جديد ضمان الوكيل", "{m} {p} جديد متبرشم"], "AED": ["{m} {p} جديد ضمان سنتين", "{m} {p} brand new, UAE warranty"],
    "SAR": ["{m} {p} جديد ضمان الوكيل", "{m} {p} جديد بالكرتون"], "ARS": ["{m} {p} nuevo, garantía oficial", "{m} {p} nuevo sellado"],
    "TWD": ["{m} {p} 全新 公司貨", "{m} {p} 全新未拆 台灣公司貨"], "BDT": ["{m} {p} নতুন, অফিসিয়াল ওয়ারেন্টি", "{m} {p} brand new, official"],
    "MAD": ["{m} {p} neuf, garantie officielle", "{m} {p} jdid, garantie"], "KZT": ["{m} {p} новый, официальная гарантия", "{m} {p} новый, с чеком"],
}


def _local(b: BrandView, s: Scene, low: float, high: float) -> Draft | None:
    cats = [c for c in b.categories if c in b.floors and "prescription" not in c and "software" not in c]
    if not cats:
        return None
    cat = s.rng.choice(cats)
    currency = s.rng.choice(sorted(SHOP))
    m = _plain_mark(b, s)
    amount, cur = higher_floor(mark_floor(b, m), b.floors[cat]) or b.floors[cat]
    usd = amount * CNY_PER.get(cur, 1.0) / CNY_PER["USD"]
    price = round(usd * PER_USD[currency] * s.rng.uniform(low, high), 0 if PER_USD[currency] > 100 else 2)
    title = s.rng.choice(SHOP[currency]).format(m=m, p=s.product(cat))
    return Draft(_cap(title), cat, (float(price), currency), "")


def make_local_currency_retail(b: BrandView, s: Scene) -> Draft | None:
    return _local(b, s, 1.4, 2.8)  # a shop's price: above the floor even with the generator's rough rates


def make_local_currency_low(b: BrandView, s: Scene) -> Draft | None:
    return _local(b, s, 0.04, 0.15)


# ------------------------------------------------------------------ copy words in their trade sense

# category -> (trade-sense titles, {m} the mark); a club shirt's or ball's fan version, an oil's OEM approvals, a tan
TRADE = {
    "football": ["{m} Arsenal 25/26 home shirt — replica (fan) version", "{m} Juventus replica kit, kids",
                 "Camiseta {m} Real Madrid 2025 réplica oficial (versión aficionado)", "{m} Bayern Heimtrikot Replica 24/25",
                 "{m} official replica match ball, size 5"],
    "sportswear": ["{m} Manchester United home shirt 24/25 (replica fan version)", "{m} France 2024 replica shirt, adult",
                   "Maillot {m} OM domicile 24/25 version réplique supporter"],
    "footballs": ["{m} NFL official replica football", "{m} replica game ball, junior size"],
    "basketballs": ["{m} NBA official replica game ball, size 7", "{m} replica basketball, indoor/outdoor"],
    "motor oil": ["{m} 5W-30 5L, OEM approved (VW 504.00, MB 229.51)", "{m} 5W-40 4L, meets OEM specifications",
                  "{m} fully synthetic 0W-20, OEM-approved, 4L"],
    "lubricants": ["{m} gear oil 75W-90 1L, OEM approved"],
    "skincare": ["{m} self-tan mousse (fake tan), 150ml", "{m} gradual fake tan lotion 200ml"],
    "makeup": ["{m} bronzing drops, fake tan glow, 30ml"],
    "memory": ["{m} SSD 1TB with clone software (data migration)", "{m} 2TB SSD - clone your drive in minutes"],
}
TRADE_COPY = ["1:1 copy", "AAA replica", "super copy", "high copy", "mirror copy", "top replica", "原单"]


# the categories whose trade-sense titles name a club or a national team: a shirt of theirs is its kit maker's goods
# (the registry's `kits`), so only a kit maker sells one under its own name. "Levi's Manchester United home shirt 24/25
# 1:1 copy" named adidas' shirt beside Levi's and was labelled Levi's alone (a false label, fixed 2026-12-03, floors)
CLUB_CATEGORIES = frozenset({"football", "sportswear"})


@cache
def _kit_makers() -> frozenset[str]:
    return frozenset(b["id"] for b in registry_doc()["brands"] if b.get("kits"))


def _trade(b: BrandView, s: Scene) -> tuple[str, str] | None:
    cats = [c for c in b.categories if c in TRADE and c in b.floors  # a shop's price is judged against a floor
            and (c not in CLUB_CATEGORIES or b.id in _kit_makers())]
    if not cats:
        return None
    cat = s.rng.choice(cats)
    return cat, s.rng.choice(TRADE[cat]).format(m=b.name)


def make_trade_copy_words(b: BrandView, s: Scene) -> Draft | None:
    if (got := _trade(b, s)) is None:
        return None
    cat, title = got
    amount, cur = b.floors.get(cat) or (context.PRODUCTS.get(cat, ([], "", 50.0))[2], "USD")
    return Draft(title, cat, (round(amount * s.rng.uniform(1.1, 2.2), 2), cur), s.rng.choice(
        ["", "Official licensed product.", "Brand new with tags."]))


def make_trade_copy_words_fake(b: BrandView, s: Scene) -> Draft | None:
    if (got := _trade(b, s)) is None:
        return None
    cat, title = got
    return Draft(f"{title} {s.rng.choice(TRADE_COPY)}", cat, s.price(cat, low=True), "")


TRAP_MAKERS = {"trap_accessory_more_languages": make_accessory_more_languages,
               "trap_local_currency_retail": make_local_currency_retail,
               "trap_trade_copy_words": make_trade_copy_words}
EVASION_MAKERS = {"fake_accessory_languages_copy": make_accessory_languages_copy,
                  "fake_local_currency_low": make_local_currency_low,
                  "fake_trade_copy_words": make_trade_copy_words_fake}
