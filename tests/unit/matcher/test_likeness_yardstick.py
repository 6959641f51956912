"""A weak likeness claim after the goods and a brand named as another brand's yardstick (evade36, issue 9). Found by
outsider34's c_misspell34 ("Habsro ... Optimus Prime like original": "like original" read as a "Prime-like" likeness)
and the lead's known pair ("(Gucci quality)" beside Michael Kors' goods alerting both brands). Read on the demo registry."""

from __future__ import annotations

import pytest

from tests.unit.matcher.demo import demo_alerts


@pytest.mark.parametrize("title, category, price, brand", [
    ("Rolex Submariner like original", "watches", 60, "rolex"),
    ("Rolex Submariner like the original", "watches", 60, "rolex"),
    ("Omega Speedmaster like real", "watches", 60, "omega"),
    ("Habsro Transformers Studio Series Optimus Prime like original", "action figures", 14.3, "hasbro"),
    ("Banadi Master Grade 1/100 Gundam like original", "model kits", 10.6, "bandai"),
    ("Rloex Submariner like genuine", "watches", 60, "rolex"),
])
def test_like_original_after_the_goods_is_a_copys_claim(title, category, price, brand):
    assert list(demo_alerts(title, category, price)) == [brand]


@pytest.mark.parametrize("title, category, price", [
    ("Replacement strap for Rolex Submariner, fits like original", "watch straps", 20),
    ("Seiko diver, Submariner-like homage", "watches", 200),
    ("Rolex-like watch, no logo", "watches", 40),
    ("Rolex Submariner like new", "watches", 7000),
    ("Replacement ear pads for Bose QC45, like original", "headphone accessories", 15),
])
def test_likeness_and_fit_stay_quiet(title, category, price):
    assert demo_alerts(title, category, price) == {}


@pytest.mark.parametrize("title, category, price, brand", [
    ("Michael Kors Jet Set tote (Gucci quality)", "handbags", 40, "michael-kors"),
    ("Omega Seamaster (Rolex quality) replica", "watches", 60, "omega"),
    ("Coach Tabby bag – Louis Vuitton quality, mirror", "handbags", 40, "coach"),
    ("Gucci leather shoulder bag – looks like a Louis Vuitton", "handbags", 60, "gucci"),
    ("Coach crossbody bag qualité Gucci", "handbags", 28, "coach"),
    ("Michael Kors Jet Set tote 古驰品质", "handbags", 40, "michael-kors"),
    ("Adidas Samba 나이키급", "sneakers", 25, "adidas"),
])
def test_a_brand_named_as_another_brands_yardstick_does_not_alert(title, category, price, brand):
    assert list(demo_alerts(title, category, price)) == [brand]


@pytest.mark.parametrize("title, category, price, brand", [
    ("Belt (Gucci quality) 1:1", "belts", 20, "gucci"),
    ("Watch looks like a Rolex, 1:1 copy", "watches", 40, "rolex"),
    ("Gucci belt, Gucci quality 1:1", "belts", 20, "gucci"),
])
def test_the_yardstick_alone_is_the_goods_brand(title, category, price, brand):
    assert brand in demo_alerts(title, category, price)


def test_a_hangul_word_after_the_brand_is_no_grade():
    assert set(demo_alerts("Adidas Samba 나이키 급처", "sneakers", 25)) == {"adidas", "nike"}
