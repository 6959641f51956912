"""The goods named by the marketplace id of the brand's own listing (issue 9, outsider22's `c_marketplace_item_ref22`;
rule item_id, detectors/goods_codes.py): "same as ASIN B0BDHWDR12" under generic goods words names the brand whose
listing it is in its category with a cue or a price far below the floor; a retailer quoting it at its price does not."""

from __future__ import annotations

import pytest

from schemas import Rule
from tests.unit.matcher.demo import demo_alerts


@pytest.mark.parametrize(("title", "category", "price", "brand"), [
    ("Pro 2 ANC earbuds - same as Amazon ASIN B0BDHWDR12, 1:1 copy", "earbuds", 25.0, "apple"),
    ("Over-ear ANC headphones (ASIN B0863TXGM3) replica", "headphones", 30.0, "sony"),
    ("Handheld console OLED - identical to amazon.com/dp/B098RKWHHZ", "consoles", 20.0, "nintendo"),
])
def test_the_brands_own_listing_id_with_a_cue_alerts_and_says_so(title, category, price, brand):
    found = demo_alerts(title, category, price)
    assert set(found) == {brand}, found
    assert any(s.rule is Rule.item_id for s in found[brand].signals)


@pytest.mark.parametrize(("title", "category", "price"), [
    ("Wireless earbuds, ASIN B0BDHWDR12, new, sealed, 12-month warranty", "earbuds", 249.0),
    ("Garden hose 20m - same as ASIN B0BDHWDR12, replica", "garden", 10.0),
])
def test_listing_ids_that_name_no_copy_stay_quiet(title, category, price):
    found = demo_alerts(title, category, price)
    assert not any(s.rule is Rule.item_id for m in found.values() for s in m.signals), found
