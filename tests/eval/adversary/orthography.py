"""A market's ordinary way of writing is no disguise (issue 9, precision; native, 2026-12-02).

The same characters are a disguise in one listing and a market's ordinary writing in another:

- Turkish and Azerbaijani capitals write i as İ ("NİKE AİR MAX 90 FATURALI"), and a Turkish keyboard's or locale's lower
  case writes I as ı ("guccı"): Unicode SpecialCasing.txt's tr/az mappings, applied here with str.translate before
  upper()/lower();
- Chinese, Japanese and Korean input methods type Latin in full-width forms (ＳＯＮＹ beside kana, Han, Hangul): the
  Halfwidth and Fullwidth Forms block read backwards (script_forms.full_width);
- dealers of the Arab world, India, Nepal, Bangladesh and Thailand write numbers and model numbers in their own digits
  (ساعة … ١٢٦٣٣٤, WH-१०००XM५, ৫১২GB, ๗๕๑๙๒): Unicode's decimal digits (category Nd) of each script;
- the brand's name written by its sound in the script the listing is written in (رولكس, ไนกี้, 나이키: scripts.in_script).

Classes:
- `trap_orthography_retail`: genuine new goods from a shop of that market written so, with its warranty or invoice words,
  at a shop's price (1.3-2.4 times the floor in the market's currency, abroad_quiet.PER_USD's rough rates): must stay
  quiet.
- `orthography_copy`: the same writings with that market's copy word or at 4-15 % of the floor: must alert (the name
  by its sound with a copy word is scripts.py's and sound.py's classes).
- `orthography_out_of_place`: the same characters where no orthography writes them: a dotted İ or a dotless ı inside the
  mark of an English, German or French listing, a full-width mark in a Latin listing, a model number in another script's
  digits in a Latin listing, at a shop's price with no cue: still a disguise, must alert.

Few instances a brand (the maker draws from a handful of writings, the generator keeps the distinct titles): the class
is about the writing, not the brand. Shop and copy words written for BrandSentry from how these markets' marketplaces
(Sahibinden, Trendyol, Tap.az, Mercari, Rakuten, Taobao, Coupang, Dubizzle, Haraj, Flipkart, Daraz, Shopee Thailand)
word titles; no held-out listing was read for them.
"""

from __future__ import annotations

from tests.eval.adversary import scripts
from tests.eval.adversary.abroad_quiet import PER_USD
from tests.eval.adversary.generate import CNY_PER, BrandView, Draft, Scene, higher_floor, mark_floor
from tests.eval.adversary.script_forms import full_width

TRAPS = {
    "trap_orthography_retail": "genuine new goods written in the market's own orthography at a shop's price: Turkish "
                               "and Azerbaijani capitals (NİKE … FATURALI), full-width Latin in Japanese/Chinese/Korean "
                               "titles, model numbers in Arabic-Indic/Devanagari/Bengali/Thai digits, the name in the "
                               "listing's own script, with warranty or invoice words",
}
EVASIONS = {
    "orthography_copy": "the same market writings with that market's copy word or at 4-15 % of the floor",
    "orthography_out_of_place": "dotted İ / dotless ı in the mark of an English, German or French listing, a full-width "
                                "mark in a Latin listing, a model number in another script's digits, at a shop's "
                                "price with no cue: a disguise no orthography writes there",
}

PER_USD_MORE = {**PER_USD, "TRY": 45.0, "AZN": 1.7, "JPY": 150.0, "CNY": 7.2, "KRW": 1380.0, "INR": 84.0, "THB": 35.0,
                "USD": 1.0, "EUR": 0.92, "GBP": 0.79}

# market -> (currency, shop words of a genuine retailer, that market's copy words)
TURKISH = ("TRY", ["FATURALI", "RESMİ DİSTRİBÜTÖR GARANTİLİ", "2 YIL GARANTİLİ", "SIFIR, FATURALI, GARANTİLİ"],
           ["A KALİTE", "BİREBİR KOPYA", "ÇAKMA", "REPLİKA"])
AZERBAIJANI = ("AZN", ["YENİ, RƏSMİ ZƏMANƏT", "ZƏMANƏTLİ, YENİ", "RƏSMİ DİLER, ZƏMANƏT 1 İL"], ["REPLİKA", "1:1 KOPİYA"])
WIDE = {  # full-width Latin beside CJK text
    "ja": ("JPY", ["新品未使用 国内正規品", "新品 正規品 保証書付き", "国内正規品 未開封"], ["N級品", "スーパーコピー"]),
    "zh": ("CNY", ["全新未拆 国行 有发票", "全新 国行 全国联保", "全新 官方授权 有发票"], ["高仿", "原单"]),
    "ko": ("KRW", ["정품 새상품 국내정식발매", "정품 미개봉 새제품", "국내 정품 새상품 영수증 있음"], ["레플리카", "미러급"]),
}
# digits of a script, its words for "model", a shop's words, copy words, currency
DIGITS = {
    "arabic": ("\u0660", "موديل", ["جديد - ضمان الوكيل", "جديد بالكرتونة، ضمان سنتين", "وكيل معتمد، ضمان دولي"],
               ["ماستر كوالتي", "كوبي ون"], ["SAR", "AED", "EGP"]),
    "devanagari": ("\u0966", "मॉडल", ["नया, बिल और वारंटी के साथ", "नया, आधिकारिक वारंटी"], ["फर्स्ट कॉपी"], ["INR"]),
    "bengali": ("\u09e6", "মডেল", ["নতুন, অফিসিয়াল ওয়ারেন্টি", "নতুন, বিল সহ"], ["মাস্টার কপি"], ["BDT"]),
    "thai": ("\u0e50", "รุ่น", ["ของแท้ ศูนย์ไทย ใหม่", "ใหม่ ของแท้ ประกันศูนย์"], ["งานก๊อป"], ["THB"]),
}
# a script a listing is written in, the market's shop words and copy words in it, and its currency
OWN_SCRIPT = {
    "arabic": (["جديد - ضمان الوكيل", "جديد بالكرتونة، ضمان سنتين"], ["ماستر كوالتي", "كوبي ون"], "SAR"),
    "thai": (["ของแท้ ศูนย์ไทย ใหม่", "ใหม่ ของแท้ ประกันศูนย์"], ["งานก๊อป"], "THB"),
    "hangul": (["정품 새상품 국내정식발매", "정품 미개봉 새제품"], ["레플리카", "미러급"], "KRW"),
    "katakana": (["新品未使用 国内正規品", "新品 正規品 保証書付き"], ["N級品", "スーパーコピー"], "JPY"),
    "devanagari": (["नया, बिल और वारंटी के साथ", "नया, आधिकारिक वारंटी"], ["फर्स्ट कॉपी"], "INR"),
}
# the shop words of markets that write neither İ nor full-width forms nor other digits
LATIN_SHOPS = [("USD", "brand new, sealed, with receipt"), ("EUR", "neu, originalverpackt, mit Rechnung"),
               ("EUR", "neuf, sous blister, facture"), ("GBP", "brand new in box, UK warranty")]
_TURKIC_UPPER = str.maketrans({"i": "İ"})
_TURKIC_LOWER = str.maketrans({"I": "ı", "İ": "i"})


def turkic_upper(text: str) -> str:
    """Text in Turkish or Azerbaijani capitals: i is İ (SpecialCasing.txt, tr/az)."""
    return text.translate(_TURKIC_UPPER).upper()


def turkic_lower(text: str) -> str:
    """Text as a Turkish locale lowers it: I is ı."""
    return text.translate(_TURKIC_LOWER).lower()


def native_digits(text: str, zero: str) -> str:
    """ASCII digits of text written with the digits of the script whose zero is `zero`."""
    return "".join(chr(ord(zero) + int(c)) if c.isdigit() and c.isascii() else c for c in text)


def _goods(b: BrandView, s: Scene) -> tuple[str, str, tuple[float, str]] | None:
    """(a mark of the brand with an i where Turkic casing shows, else its name), a category with a floor, the floor."""
    cats = [c for c in b.categories if c in b.floors and "prescription" not in c and "software" not in c]
    if not cats:
        return None
    cat = s.rng.choice(cats)
    marks = [m.value for m in b.latin_marks if not m.everyday and m.value.isascii()]
    if not marks:
        return None
    mark = b.name if b.name in marks and s.rng.random() < 0.5 else s.rng.choice(marks[:3])
    return mark, cat, higher_floor(mark_floor(b, mark), b.floors[cat]) or b.floors[cat]


def _price(floor: tuple[float, str], currency: str, low: float, high: float, s: Scene) -> tuple[float, str]:
    amount, cur = floor
    usd = amount * CNY_PER.get(cur, 1.0) / CNY_PER["USD"]
    rate = PER_USD_MORE[currency]
    return float(round(usd * rate * s.rng.uniform(low, high), 0 if rate > 100 else 2)), currency


def _model(b: BrandView, s: Scene) -> tuple[str, str, tuple[float, str]] | None:
    """A registered model number with digits and a floor, the category it sells in (the brand's first with a floor)."""
    models = [m for m in b.models if m.floor is not None and any(c.isdigit() for c in m.value) and m.value.isascii()]
    cats = [c for c in b.categories if c in b.floors and "prescription" not in c and "software" not in c]
    if not models or not cats or any("prescription" in c for c in b.categories):
        return None
    m = s.rng.choice(models[:3])
    return m.value, cats[0], higher_floor(m.floor, b.floors[cats[0]]) or m.floor


def _writing(b: BrandView, s: Scene, copy: bool) -> Draft | None:
    """One market writing of the brand's goods: a shop's listing, or with `copy` the copy's (a copy word or a low price)."""
    r = s.rng
    # the copies written by sound in the listing's own script are transliteration's classes (scripts.py, sound.py)
    way = r.choice(["turkish", "turkish", "azerbaijani", "wide", "digits"] + ([] if copy else ["script", "script"]))
    low = copy and r.random() < 0.5
    cue = copy and not low
    band = (0.04, 0.15) if low else (1.4, 2.4)
    if way in ("turkish", "azerbaijani"):
        if (got := _goods(b, s)) is None:
            return None
        mark, cat, floor = got
        currency, shop, copies = TURKISH if way == "turkish" else AZERBAIJANI
        words = r.choice(copies) if cue else r.choice(shop)
        if r.random() < 0.25 and way == "turkish":
            title = turkic_lower(f"{mark} {s.product(cat)} {words}".upper().replace("İ", "I"))
        else:
            title = turkic_upper(f"{mark} {s.product(cat)}") + f" {words}"
        return Draft(title, cat, _price(floor, currency, *band, s), turkic_upper("sıfır ürün") if way == "turkish" else "")
    if way == "wide":
        if (got := _goods(b, s)) is None:
            return None
        mark, cat, floor = got
        currency, shop, copies = WIDE[r.choice(sorted(WIDE))]
        words = r.choice(copies) if cue else r.choice(shop)
        return Draft(f"{full_width(mark.upper() if r.random() < 0.5 else mark)} {s.product(cat)} {words}", cat,
                     _price(floor, currency, *band, s), "")
    if way == "digits":
        if (got := _model(b, s)) is None:
            return None
        model, cat, floor = got
        script = r.choice(sorted(DIGITS))
        zero, word, shop, copies, currencies = DIGITS[script]
        words = r.choice(copies) if cue else r.choice(shop)
        return Draft(f"{b.name} {word} {native_digits(model, zero)} - {words}", cat,
                     _price(floor, r.choice(currencies), *band, s), "")
    if (got := _goods(b, s)) is None:
        return None
    _, cat, floor = got
    script = r.choice(sorted(OWN_SCRIPT))
    shop, copies, currency = OWN_SCRIPT[script]
    name = scripts.in_script(b.name, script, r)
    if not name.strip():
        return None
    words = r.choice(copies) if cue else r.choice(shop)
    return Draft(f"{name} {words}", cat, _price(floor, currency, *band, s), "")


def make_orthography_retail(b: BrandView, s: Scene) -> Draft | None:
    return _writing(b, s, copy=False)


def make_orthography_copy(b: BrandView, s: Scene) -> Draft | None:
    return _writing(b, s, copy=True)


def make_orthography_out_of_place(b: BrandView, s: Scene) -> Draft | None:
    r = s.rng
    currency, shop = r.choice(LATIN_SHOPS)
    way = r.choice(["dotted", "dotless", "wide", "digits"])
    if way == "digits":
        if (got := _model(b, s)) is None:
            return None
        model, cat, floor = got
        zero = DIGITS[r.choice(sorted(DIGITS))][0]
        written = native_digits(model, zero)
        if written == model:
            return None
        return Draft(f"{b.name} {written} {s.product(cat)} {shop}", cat, _price(floor, currency, 1.3, 2.4, s), "")
    if (got := _goods(b, s)) is None:
        return None
    mark, cat, floor = got
    if way == "wide":
        written = full_width(mark)
    elif way == "dotted":
        written = mark.upper().replace("I", "İ")
    else:
        written = mark.lower().replace("i", "ı")
    if written in (mark, mark.upper(), mark.lower()):
        return None  # no i in the mark: nothing to disguise
    return Draft(f"{written} {s.product(cat)} {shop}", cat, _price(floor, currency, 1.3, 2.4, s), "")


TRAP_MAKERS = {"trap_orthography_retail": make_orthography_retail}
EVASION_MAKERS = {"orthography_copy": make_orthography_copy, "orthography_out_of_place": make_orthography_out_of_place}
# a handful of writings a brand (generate.PER_BRAND)
FEW = {"trap_orthography_retail": 3, "orthography_copy": 3, "orthography_out_of_place": 2}
