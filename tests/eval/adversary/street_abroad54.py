"""The adversary's registered model sold in another market's currency a little under its list price (seen54, issue 9):

- A shop or owner in another market (India, Indonesia, the Gulf, Vietnam, Japan, Malaysia, Thailand, the Philippines)
  names a registered model at that market's street price, 92-100 % of the model's list-price floor converted at this
  module's rough market rates (a reference rate table lags or leads them by a tenth or more: the price reads at 72-100 %
  of the floor there), with its standing in the market's own words: "authorised dealer, GST invoice", "garansi resmi, ada
  nota pembelian", "أصلي مع الفاتورة وضمان الوكيل", "chính hãng, còn bill, bảo hành", "正規店で購入、保証書あり",
  "ใบเสร็จ ประกันศูนย์", "बिल के साथ", "waranti rasmi": quiet (`trap_abroad_street_standing`; index.py
  ABROAD_STREET_PRICE, retail.py's standing words).
- The same model at the same price with the copy trade's words instead of the standing ("mirror quality, no box", "KW
  super", "hàng rep 1:1", "هاي كوبي", "N級品"), or at a copy's price (15-40 % of the floor) with the standing's words
  or with the standing denied ("no invoice", "بدون فاتورة", "tanpa nota"): alerts (`abroad_street_copy`).

Written from general knowledge of IndiaMART, Tokopedia, Dubizzle, Shopee VN, Mercari and Lazada shop and resale
listings; no held-out listing's string (outsider39-41's genuine classes in these markets were read for their tactic:
genuine goods a little under the floor in another currency). Two listings a brand a class (FEW).
"""

from __future__ import annotations

import re

from tests.eval.adversary.generate import BrandView, Draft, Scene

EVASIONS = {
    "abroad_street_copy": "a registered model in another market's currency at its street price (or a copy's price), "
                          "the standing denied or the copy trade's words instead (8 markets): alerts",
}
TRAPS = {
    "trap_abroad_street_standing": "a registered model in another market's currency at 92-100 % of its list price, with "
                                   "a shop's or owner's standing in the market's words (8 markets): quiet",
}
FEW = {"abroad_street_copy": 2, "trap_abroad_street_standing": 2}

# rough units of each currency per US dollar (this module's own market rates)
PER_USD = {"USD": 1.0, "EUR": 0.92, "CNY": 7.2, "INR": 84.0, "IDR": 16300.0, "AED": 3.67, "SAR": 3.75, "VND": 25500.0,
           "JPY": 150.0, "MYR": 4.4, "THB": 34.0, "PHP": 58.0}
# (currency, marketplace, standing, denied standing, the copy trade's words): the market's own words
MARKETS = [
    ("INR", "indiamart", "Authorised dealer. GST invoice and manufacturer warranty card.",
     "No invoice, no warranty card. Ready stock.", "Mirror quality first copy, no box."),
    ("INR", "flipkart", "बिल के साथ, 1 साल की वारंटी कार्ड।", "बिना बिल, बिना वारंटी।", "फर्स्ट कॉपी, मास्टर क्वालिटी।"),
    ("IDR", "tokopedia", "Original resmi, garansi resmi 1 tahun, ada nota pembelian.", "Tanpa nota, tanpa garansi.",
     "KW super grade ori, mirip 99%."),
    ("AED", "dubizzle", "أصلي مع الفاتورة وضمان الوكيل سنة.", "بدون فاتورة، بدون ضمان.", "هاي كوبي، ماستر كوالتي."),
    ("SAR", "haraj", "أصلي، مع الفاتورة من الوكيل.", "بدون فاتورة.", "نسخة طبق الأصل، درجة أولى."),
    ("VND", "shopee-vn", "Chính hãng, còn bill, bảo hành chính hãng 12 tháng.", "Không bill, không bảo hành.",
     "Hàng rep 1:1 like auth."),
    ("JPY", "mercari-jp", "正規店で購入、保証書あり。", "保証書なし、レシートなし。", "N級品、スーパーコピー。"),
    ("MYR", "lazada-my", "Original, waranti rasmi Malaysia, resit pembelian disertakan.", "Tiada resit, tiada waranti.",
     "Mirror copy gred AAA."),
    ("THB", "kaidee", "ของแท้ มีใบเสร็จ ประกันศูนย์ 1 ปี", "ไม่มีใบเสร็จ", "งานก๊อป เกรดมิเรอร์"),
    ("PHP", "shopee-ph", "Legit, with official receipt and 1-year local warranty.", "No receipt, no warranty.",
     "Class A mirror copy, hindi original."),
]
TITLES = ["{m} {n} {v}", "{m} {n} ({v})", "{m} {v} {n} – new", "{m} {n} – {v}, in stock"]
# a model that is a part or consumable of the brand's goods (its price a part's: another family, parts39's)
_PART = re.compile(r"batter|charger|adapter|cable|filter|pads?\b|blades|brush head|sensor|cartridge|strap|refill",
                   re.IGNORECASE)


def _model(b: BrandView, s: Scene):
    models = [m for m in b.models if m.floor is not None and m.name and m.floor[1] in PER_USD
              and not _PART.search(m.name)]
    if not models or any("prescription" in c for c in b.categories) or not b.name.isascii():
        return None
    return s.rng.choice(models)


def _listing(b: BrandView, s: Scene, share: tuple[float, float], words: int) -> Draft | None:
    if (model := _model(b, s)) is None:
        return None
    r = s.rng
    cur, market, *said = r.choice(MARKETS)
    if cur == model.floor[1]:
        return None
    amount, floor_cur = model.floor
    price = amount / PER_USD[floor_cur] * PER_USD[cur] * r.uniform(*share)
    title = r.choice(TITLES).format(m=b.name, n=model.name, v=model.value)
    category = next((c for c in b.categories if c in b.floors), None)
    return Draft(title, category, (round(price, 0 if PER_USD[cur] > 100 else 2), cur), said[words], market)


def make_standing(b: BrandView, s: Scene) -> Draft | None:
    return _listing(b, s, (0.92, 1.0), 0)


def make_copy(b: BrandView, s: Scene) -> Draft | None:
    way = s.rng.random()
    if way < 0.35:  # the standing denied, at a copy's price
        return _listing(b, s, (0.15, 0.4), 1)
    if way < 0.7:  # the copy trade's words at the street price
        return _listing(b, s, (0.92, 1.0), 2)
    return _listing(b, s, (0.15, 0.4), 0)  # the standing's words at a copy's price


EVASION_MAKERS = {"abroad_street_copy": make_copy}
TRAP_MAKERS = {"trap_abroad_street_standing": make_standing}
