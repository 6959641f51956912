"""The brand's consumables named after it with no "for" (refills31, issue 9; outsider28's Gillette refill misses).

- a consumable (refills, cartridges, filters, brush heads, capsules, pods, sensors) named after the brand is its own
  goods beside any copy cue, a grade or size cue too ("AAA", "1:1"), or with the mark disguised (a Cyrillic е,
  G-i-l-l-e-t-t-e), and in the brand's own consumables category (Gillette's razor blades) it is judged by that
  category's floor;
- its honest twins stay quiet: a third party's refills that say what they fit ("refills for", "-compatible",
  "compatible with", "1:1 fit"), the brand's own refills at a shop's price;
- "case of 24" is a trade case's count, no case that fits; "-compatible" before an accented word ("compatible
  cápsulas") is no "type-c".
"""

from __future__ import annotations

import pytest

from tests.unit.matcher.demo import demo_index, demo_listing


@pytest.fixture(scope="module")
def index():
    return demo_index()


def _alerts(index, title, category, price, currency="USD", description=""):
    listing = demo_listing(title, category, price, description=description, currency=currency)
    return {m.brand_id for m in index.match(listing)}


@pytest.mark.parametrize("title, category, price, currency, description, brand", [
    ("Gillette Fusion5 ProGlide refills 8 – grades AAA / 1:1 / top, choose", "razor blades", 69.4, "NOK", "", "gillette"),
    ("FOR IMMEDIATE RELEASE: Shenzhen launches 1:1 Gillette Fusion5 ProGlide refills 8", "razor blades", 882, "JPY", "", "gillette"),
    ("Gillette Fusion5 ProGlide refills 8 – better price on WhatsApp", "razor blades", 73.2, "CNY",
     "Msg me on WhatsApp for the real catalogue (AAA).", "gillette"),
    ("Gill\u0435tte Fusion5 ProGlide refills 8", "razor blades", 5.24, "EUR", "Brand new, fast shipping.", "gillette"),
    ("G-i-l-l-e-t-t-e Fusion5 ProGlide refills 8", "razor blades", 6, "EUR", "", "gillette"),
    ("Gillette Fusion5 ProGlide refills 8 – brand new, sealed", "razor blades", 5.56, "EUR", "", "gillette"),
    ("Phil\u0456ps Sonicare brush heads 8", "electric toothbrushes", 7, "USD", "Brand new.", "philips"),
    ("T\u043eyota brake pads case of 24 – in stock", "auto parts", 0.76, "USD", "", "toyota"),
])
def test_a_consumable_named_after_the_brand_with_a_copy_claim_or_a_disguise_is_its_goods(
        index, title, category, price, currency, description, brand):
    assert brand in _alerts(index, title, category, price, currency, description)


@pytest.mark.parametrize("title, category, price", [
    ("Gillette Fusion5 ProGlide refills 8", "razor blades", 30),
    ("Compatible refills for Gillette Fusion5, 8 pack", "razor blades", 6),
    ("Gillette-compatible razor refills 12 pack", "razor blades", 8),
    ("Brush heads for Philips Sonicare, 8 pack, compatible", "electric toothbrushes", 9),
    ("Philips Sonicare replacement heads 8 pack, 1:1 fit, generic", "electric toothbrushes", 9),
    ("Dyson V11 filter", "vacuum cleaners", 12),
    ("Capsules compatible Nespresso, 50 pcs", "coffee", 9),
    ("NESTL\u00c9 compatible c\u00e1psulas 5 St\u00fcck", "coffee", 1.18),
])
def test_a_third_partys_consumable_or_the_brands_at_a_shops_price_stays_quiet(index, title, category, price):
    assert _alerts(index, title, category, price) == set()
