"""The stronger reading of a listing wins (rule: the stronger reading; services/matcher/core/stronger.py).

What an analyst sees on the demo registry: a copy of brand A named plainly, whose shop words graze brand B (German "nie",
never, one edit from Nike; Italian "piuma" from Puma), alerts A alone, and A's alert says what else was read; قوتشي
(Gucci as Arabic writes it) is Gucci's, not Coach's; two brands named plainly both alert, and a plain name among another
brand's goods sets nothing aside.
"""

from __future__ import annotations

import pytest

from tests.unit.matcher.demo import demo_index, demo_listing


@pytest.fixture(scope="module")
def index():
    return demo_index()


def _alerts(index, title, category, price, currency="EUR"):
    return {m.brand_id: m for m in index.match(demo_listing(title, category, price, currency=currency))}


@pytest.mark.parametrize("title, category, price, currency, brand, grazed, heard", [
    ("Adidas Ultraboost running shoes nie getragen, 1:1 Replik", "sneakers", 40, "EUR", "adidas", "Nike", "'nie'"),
    ("Apple AirPods Pro earbuds tante cose in regalo, replica 1:1", "earbuds", 30, "EUR", "apple", "Bose", "'cose'"),
])
def test_a_copy_named_plainly_alerts_its_brand_alone_and_says_what_else_was_read(
        index, title, category, price, currency, brand, grazed, heard):
    alerts = _alerts(index, title, category, price, currency)
    assert set(alerts) == {brand}
    notes = [s.detail for s in alerts[brand].signals if "rule: the stronger reading" in s.detail]
    assert notes and heard in notes[0] and f"not alerted for {grazed}" in notes[0]


def test_gucci_as_arabic_writes_it_is_heard_as_gucci_not_coach(index):
    alerts = _alerts(index, "قوتشي شنطة يد ماستر كوالتي", "handbags", 90, "SAR")
    assert set(alerts) == {"gucci"}
    assert any(s.rule.value == "transliteration" and s.text == "قوتشي" for s in alerts["gucci"].signals)


def test_two_brands_named_plainly_both_alert(index):
    assert set(_alerts(index, "Nike Air Max and Adidas Ultraboost sneakers, 2 pairs, 1:1 replica", "sneakers", 40)) == {
        "nike", "adidas"}


def test_a_plain_name_among_another_brands_goods_sets_nothing_aside(index):
    # 博世 is Bosch's registered name; among speakers, Bosch's goods it is not, it is Bose's 博士 by its sound
    assert "bose" in _alerts(index, "博世音响 speakers AAA quality", "speakers", 5, "USD")


def test_a_genuine_listing_with_the_same_words_stays_quiet(index):
    assert _alerts(index, "Adidas Ultraboost Light running shoes nie getragen, mit Rechnung", "sneakers", 230) == {}
