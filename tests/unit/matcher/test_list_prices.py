"""The goods named by the brand's own list price quoted as an anchor (issue 9, outsider22's `c_rrp_anchor22`; rule
list_price, detectors/list_prices.py): an amount right after a list-price word (RRP, MSRP, UVP, boutique price, 公价)
within 12 % of a list price the brand publishes for a line, one brand in the listing's category, names it with a cue
or a price far below the floor; an honest comparison, a retailer at the list price, prices of several brands stay
quiet."""

from __future__ import annotations

import pytest

from schemas import Rule
from tests.unit.matcher.demo import demo_alerts


@pytest.mark.parametrize(("title", "category", "price", "currency", "brand"), [
    ("41mm black ceramic-bezel diver, Oyster-type bracelet - boutique RRP USD 10,250", "watches", 390.0, "USD", "rolex"),
    ("13 inch M3 laptop 16GB/512GB - RRP USD 1,099, 1:1 copy", "laptops", 200.0, "USD", "apple"),
    ("Canvas tote MM with pouch - MSRP $2,030, mirror quality", "handbags", 900.0, "CNY", "louis-vuitton"),
    ("6.8in Ultra phone 512GB - UVP 1.449 EUR, replica", "phones", 150.0, "EUR", "samsung"),
    ("Handheld console OLED (UVP US$498) replica", "consoles", 1983.86, "CNY", "sony"),
])
def test_the_brands_list_price_as_an_anchor_with_a_cue_alerts_and_says_so(title, category, price, currency, brand):
    found = demo_alerts(title, category, price, currency=currency)
    assert set(found) == {brand}, found
    assert any(s.rule is Rule.list_price for s in found[brand].signals)


@pytest.mark.parametrize(("title", "category", "price"), [
    ("Seiko Prospex 41mm ceramic diver - own brand; the famous crown diver costs USD 10,250, this is not that",
     "watches", 1200.0),  # no list-price word before the amount
    ("Hot-air multi-styler - RRP USD 599.99, authorised stockist, invoice", "hair care", 570.0),  # the retailer's
    ("Game console 1TB - RRP USD 399.99, 1:1 copy", "consoles", 40.0),  # Sony's headphones list so, not its consoles
    ("Dive watch 41mm - RRP USD 8,900, replica", "watches", 100.0),  # within 12 % of no brand's, or of several
])
def test_list_prices_that_name_no_copy_stay_quiet(title, category, price):
    found = demo_alerts(title, category, price)
    assert not any(s.rule is Rule.list_price for m in found.values() for s in m.signals), found
