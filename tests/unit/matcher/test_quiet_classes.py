"""Innocent listings that alerted on outsider8's classes (issue 9, precision), and the copies beside them that must still
alert: prices in currencies the ECB does not publish, accessories described in more languages, copy words in their
trade sense. Answers are what a brand sees: whether a Match reaches its threshold, and the evidence's words.
"""

from __future__ import annotations

import pytest

from services.matcher.core.config import default_currency_rates, rate_sources
from tests.unit.matcher.demo import demo_index, demo_listing


def alerted(item) -> set[str]:
    return {m.brand_id for m in demo_index().match(item)}


def details(item, brand: str) -> str:
    return " | ".join(s.detail or "" for m in demo_index().match(item) if m.brand_id == brand for s in m.signals)


# ------------------------------------------------------------------ prices in currencies the ECB does not publish

def test_the_rate_table_says_where_each_rate_comes_from_and_covers_the_markets_currencies():
    rates, sources = default_currency_rates(), rate_sources()
    for code in ["VND", "UAH", "NGN", "KES", "PKR", "EGP", "AED", "SAR", "ARS", "TWD", "RUB"]:
        assert rates[code] > 0 and sources[code].startswith("HMRC "), code
    assert sources["USD"].startswith("ECB ") and rates["EUR"] == 1.0
    # the ECB stopped publishing RUB in 2022: its stale rate is not used
    assert sources["RUB"].startswith("HMRC ")


@pytest.mark.parametrize("title, category, price, currency, brand", [
    ("Samsung Galaxy S24 Ultra 256GB brand new sealed", "Phones", 1_950_000, "NGN", "samsung"),
    ("Samsung Galaxy S24 Ultra mpya, warranty ya mwaka 1", "Simu", 165_000, "KES", "samsung"),
    ("Навушники Sony WH-1000XM5 нові, офіційна гарантія", "Навушники", 14_999, "UAH", "sony"),
    ("Samsung Galaxy S24 Ultra 256GB mới nguyên seal", "Điện thoại", 30_990_000, "VND", "samsung"),
    ("Samsung Galaxy S24 Ultra 256GB new, official warranty", "Mobile phones", 330_000, "PKR", "samsung"),
])
def test_genuine_goods_at_a_genuine_price_in_a_currency_the_ecb_lacks_stay_quiet(title, category, price, currency, brand):
    item = demo_listing(title, category, price, currency=currency)
    assert brand not in alerted(item), details(item, brand)


@pytest.mark.parametrize("title, category, price, currency, brand", [
    ("Samsung Galaxy S24 Ultra 256GB brand new sealed", "Phones", 95_000, "NGN", "samsung"),
    ("Samsung Galaxy S24 Ultra 256GB mới nguyên seal", "Điện thoại", 1_490_000, "VND", "samsung"),
    ("Навушники Sony WH-1000XM5 нові", "Навушники", 990, "UAH", "sony"),
])
def test_the_same_goods_far_below_the_floor_in_that_currency_still_alert_and_say_so(title, category, price, currency,
                                                                                       brand):
    item = demo_listing(title, category, price, currency=currency)
    assert brand in alerted(item)
    assert f"price {price:g} {currency} is" in details(item, brand)


def test_a_currency_no_table_holds_is_never_a_low_price_and_the_evidence_says_so():
    item = demo_listing("Samsung Galaxy S24 Ultra 256GB", "Phones", 10, currency="IRR")  # 10 rials: nothing
    said = details(item, "samsung")
    assert "price not judged: no rate for IRR" in said and "% of the" not in said  # no ratio, no low-price weight
    copy = demo_listing("Samsung Galaxy S24 Ultra 256GB 1:1 replica", "Phones", 10, currency="IRR")
    assert "samsung" in alerted(copy)
    assert "price not judged: no rate for IRR" in details(copy, "samsung")


# ------------------------------------------------------------------ accessories in more markets' words

@pytest.mark.parametrize("title, brand", [
    ("Ốp lưng iPhone 15 Pro Max chống sốc trong suốt", "apple"),
    ("Kính cường lực cho Galaxy S24", "samsung"),
    ("เคส iPhone 15 ใส กันกระแทก", "apple"),
    ("AirPods Pro कवर सिलिकॉन केस काला", "apple"),
    ("قاب گوشی سامسونگ S24 اولترا سیلیکونی", "samsung"),
    ("Pouzdro na AirPods Pro 2 silikonové růžové", "apple"),
    ("Casing Samsung Galaxy S24 Ultra softcase bening", "samsung"),
    ("Sarung telefon Samsung Galaxy A55 lutsinar", "samsung"),
    ("Husă pentru Samsung Galaxy S24 Ultra tip carte", "samsung"),
    ("Kava ya simu kwa Samsung Galaxy A15", "samsung"),
    ("Θήκη για iPhone 15 Pro διάφανη", "apple"),
    ("iPhone 15 tok átlátszó", "apple"),
    ("iPhone 15 suojakuori musta", "apple"),
    ("Case para sa iPhone 15 shockproof", "apple"),
])
def test_an_accessory_in_more_markets_words_stays_quiet(title, brand):
    item = demo_listing(title, None, 5)
    assert brand not in alerted(item), details(item, brand)


@pytest.mark.parametrize("title, category, brand", [
    ("AirPods Pro 2 hàng rep 1:1 siêu cấp, tặng ốp lưng", "earbuds", "apple"),
    ("Galaxy S24 Ultra KW super 1:1, free casing", "phones", "samsung"),
    ("iPhone 15 Pro Max birebir replika, kılıf hediye", "phones", "apple"),
])
def test_the_brands_own_product_with_a_copy_word_and_a_thrown_in_accessory_still_alerts(title, category, brand):
    assert brand in alerted(demo_listing(title, category, 5))


# ------------------------------------------------------------------ copy words in their trade sense

@pytest.mark.parametrize("title, category, price, currency, brand", [
    ("Shell Helix Ultra 5W-40 4L, OEM approved (MB 229.5, VW 502.00)", "motor oil", 35, "GBP", "shell"),
    ("Shell 5W-30 5L, meets OEM specifications", "motor oil", 38, "USD", "shell"),
    ("L'Oréal Paris Sublime Bronze self-tan mousse (fake tan), 150ml", "skincare", 12, "GBP", "loreal"),
    ("Nike Manchester United home shirt 24/25 (replica fan version)", "sportswear", 75, "USD", "nike"),
    ("Maillot Nike OM domicile 24/25 version réplique supporter", "sportswear", 80, "EUR", "nike"),
])
def test_a_copy_word_in_its_trade_sense_beside_the_brands_goods_stays_quiet(title, category, price, currency, brand):
    item = demo_listing(title, category, price, currency=currency)
    assert brand not in alerted(item), details(item, brand)


@pytest.mark.parametrize("title, category, price, brand", [
    ("Shell Helix Ultra 5W-40 4L OEM approved 1:1 copy", "motor oil", 3, "shell"),
    ("Nike Manchester United home shirt 24/25 replica fan version AAA", "sportswear", 4, "nike"),
    ("L'Oréal self-tan mousse (fake tan) super copy", "skincare", 1, "loreal"),
])
def test_the_same_goods_with_a_real_copy_claim_still_alert(title, category, price, brand):
    assert brand in alerted(demo_listing(title, category, price))


# ------------------------------------------------------------------ Hindi "for" after what it is for

def test_a_hindi_postposition_says_for_only_right_after_the_brand():
    assert "apple" not in alerted(demo_listing("iPhone 15 के लिए चार्जर", None, 5))
    # "गुच्ची बेल्ट पुरुषों के लिए": a Gucci belt for men, a copy grade after it
    assert "gucci" in alerted(demo_listing("गुच्ची बेल्ट पुरुषों के लिए 7A क्वालिटी", "belts", 760, currency="INR"))
