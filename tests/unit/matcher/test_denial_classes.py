"""Copy words denied (issue 9, precision; outsider9's in_denied_copy_words and c_wink_denial): genuine goods at a shop's
price whose text says they are no copy stay quiet, in the sellers' own languages; a mock denial (a wink), a copy word
left undenied beside it, or a copy's price still alert. Answers are what a brand sees: whether a Match reaches its
threshold, and the evidence's words.
"""

from __future__ import annotations

import pytest

from tests.unit.matcher.demo import demo_index, demo_listing


def matches(item) -> dict:
    return {m.brand_id: m for m in demo_index().match(item)}


def details(item, brand: str) -> str:
    return " | ".join(s.detail or "" for m in demo_index().match(item) if m.brand_id == brand for s in m.signals)


def signals(item, brand: str) -> list:
    index = demo_index()
    return next((evidence for b, _score, evidence in index.score_listing(item) if index._brands[b].id == brand), [])


DENIED = [
    ("Omega Speedmaster Moonwatch Professional - original, no es réplica", "watches", 6890, "EUR", "omega"),
    ("Cartier Love bracelet - Original, keine Replika, Rechnung vorhanden", "jewelry", 6670, "EUR", "cartier"),
    ("Yonex Astrox 88 D Pro - оригинал, не копия, не реплика", "badminton rackets", 16130, "RUB", "yonex"),
    ("Estée Lauder Advanced Night Repair 50ml - authentique, pas une copie", "skincare", 96.5, "EUR", "estee-lauder"),
    ("Samsung Galaxy S24 Ultra full set, no fakes, no reps", "phones", 1100, "GBP", "samsung"),
    ("Nike Air Jordan 1 Retro High OG - original, não é réplica", "sneakers", 164, "EUR", "nike"),
    ("Sony WH-1000XM5 正品 非高仿", "headphones", 2499, "CNY", "sony"),
    ("Apple AirPods Pro 2 正規品、偽物ではありません", "earbuds", 39800, "JPY", "apple"),
    ("Samsung Galaxy Buds3 Pro 정품, 가품 아님", "earbuds", 280000, "KRW", "samsung"),
    ("Adidas Samba OG orijinal, çakma değil", "sneakers", 4200, "TRY", "adidas"),
    ("Bose QuietComfort Ultra - מקורי, לא רפליקה", "headphones", 429, "USD", "bose"),
    ("Dyson V15 Detect chính hãng, không phải hàng fake", "vacuum cleaners", 18_990_000, "VND", "dyson"),
]


@pytest.mark.parametrize("title, category, price, currency, brand", DENIED)
def test_genuine_goods_at_a_shops_price_that_deny_being_a_copy_stay_quiet(title, category, price, currency, brand):
    item = demo_listing(title, category, price, currency=currency)
    assert brand not in matches(item), details(item, brand)
    evidence = signals(item, brand)
    cues = [s for s in evidence if s.rule.value == "cue"]
    assert all(s.weight == 0 and "denied by" in s.detail for s in cues), [(s.text, s.detail) for s in cues]
    # the copy word denied is no copy trade's talk either: the shop's price reads as a retailer's
    assert any(s.rule.value == "fair_price" and "nothing claims a copy: lowered" in s.detail for s in evidence)


@pytest.mark.parametrize("title, category, price, currency, brand", [
    # a wink mocks the denial
    ("Omega Speedmaster Moonwatch - no es réplica 😉", "watches", 1900, "EUR", "omega"),
    ("Nike Air Jordan 1 not fake ;) 1:1 AAA quality", "sneakers", 30, "USD", "nike"),
    # another copy word, not denied, beside the denied one
    ("Nike Air Jordan 1 - não é cópia, 1:1 AAA quality", "sneakers", 37, "USD", "nike"),
    ("Cartier Love bracelet - keine Replika, Spiegelqualität 1:1", "jewelry", 4000, "EUR", "cartier"),
    # a denial proves nothing at a price far below the floor
    ("Yonex Astrox 88 D Pro - оригинал, не копия", "badminton rackets", 900, "RUB", "yonex"),
])
def test_a_mock_denial_another_copy_word_or_a_copys_price_still_alert(title, category, price, currency, brand):
    assert brand in matches(demo_listing(title, category, price, currency=currency))


@pytest.mark.parametrize("title, category, price, currency, brand", [
    ("Giant Check cashmere scarf (not Burberry 😉)", "scarves", 67, "USD", "burberry"),
    ("definitely NOT BMW wink wink - front brake disc", "auto parts", 5.6, "GBP", "bmw"),
    ("Straight fit jeans 32x32 (not Levi's wink wink)", "jeans", 7.58, "USD", "levis"),
])
def test_the_brand_denied_with_a_wink_is_named_and_the_evidence_says_so(title, category, price, currency, brand):
    item = demo_listing(title, category, price, currency=currency)
    assert brand in matches(item)
    assert "a mock denial" in details(item, brand)


@pytest.mark.parametrize("title, brand", [
    ("organic yogurt starter culture (not Danone)", "danone"),
    ("Giant Check cashmere scarf, not Burberry", "burberry"),
])
def test_a_denial_without_a_wink_still_denies_the_brand(title, brand):
    assert brand not in matches(demo_listing(title, None, 20))


# ------------------------------------------------------------------ licensed subjects (outsider9's in_licensed_crossover)

@pytest.mark.parametrize("title, category, price, subject", [
    ("Hot Wheels Honda Civic EF 5-pack", "die-cast cars", 12, "honda"),
    ("Hot Wheels BMW M3 Car Culture premium", "Toys & Games", 6, "bmw"),
    ("Monopoly Coca-Cola collector's edition, sealed", "Collectibles", 45, "coca-cola"),
    ("LEGO Technic BMW M 1000 RR 42130", "building sets", 229, "bmw"),
    ("Hot Wheels Toyota Supra 正版授权 合金车", "die-cast cars", 4, "toyota"),
])
def test_a_brand_named_as_the_licensed_subject_of_a_makers_goods_stays_quiet(title, category, price, subject):
    item = demo_listing(title, category, price)
    assert subject not in matches(item), details(item, subject)
    said = " | ".join(s.detail for s in signals(item, subject))
    assert "licensed subject of" in said or "far from what the brand sells" in said, said  # the evidence says why


@pytest.mark.parametrize("title, category, price, brand", [
    ("Officially licensed Honda Civic brake pads, 1:1 OEM quality", "auto parts", 3, "honda"),  # its own goods
    ("Nike x Gucci Air Force 1 1:1 AAA", "sneakers", 40, "gucci"),  # a collaboration with a copy claim at a copy price
    ("Hot Wheels H0nda Civic 1:64", "die-cast cars", 3, "honda"),  # a disguise still names it
])
def test_a_licensed_claim_on_the_brands_own_goods_or_with_a_copy_claim_still_alerts(title, category, price, brand):
    assert brand in matches(demo_listing(title, category, price))
