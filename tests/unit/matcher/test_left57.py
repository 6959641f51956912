"""left57 (issue 9): the unit's own swing tag named among its proofs, and a search-tag line of other brands, do not
block a genuine unit's fair price; the copy beside them still alerts.

- "Genuine product, hangtag and barcode": the tag that came on the unit (judge.Reading.sold_materials drops it), no
  label sold as material (retail.not_retail's "the mark on material, labels or packaging");
- a brand named only in the description's search-tag list (tag_lines.tag_spans) is keyword stuffing, no tag cloud of
  the goods sold (index._in_tag_list; retail.BRANDS_OF_A_TAG_CLOUD);
- a lot of loose hang tags, a copy word, or a copy's price still alert.
Listings written for this file, not taken from a held-out set."""

from __future__ import annotations

from schemas import Rule
from tests.unit.matcher.demo import demo_alerts, demo_evaluated

JERSEY = "Nike Paris Saint-Germain 2025/26 home replica jersey, official fan version"
PAGE = ("The official replica jersey is the fan version of the home kit, standard fit. Genuine product, hangtag and "
        "barcode.\n\nShips in 2 days.")
TAGS = "\n\nTAGS: gucci, rolex, sony, lego, dyson, prada, gift, best price, new arrival"


def _fair(match):
    return next(s for s in match.signals if s.rule is Rule.fair_price)


def test_a_kit_makers_replica_jersey_with_its_own_hangtag_at_its_price_stays_quiet():
    assert "nike" not in demo_alerts(JERSEY, "soccer", 95, PAGE)
    fair = _fair(demo_evaluated(JERSEY, "soccer", 95, PAGE)["nike"])
    assert "not lowered" not in fair.detail and "material" not in fair.detail


def test_the_same_page_with_a_tag_line_of_other_brands_stays_quiet():
    assert "nike" not in demo_alerts(JERSEY, "soccer", 95, PAGE + TAGS)
    assert "tag cloud" not in _fair(demo_evaluated(JERSEY, "soccer", 95, PAGE + TAGS)["nike"]).detail


def test_other_brands_named_in_the_text_itself_are_still_a_tag_cloud():
    description = PAGE + "\n\nNike Gucci Rolex Sony Lego Dyson Prada best price"
    fair = _fair(demo_evaluated(JERSEY + " gucci rolex sony", "soccer", 95, description)["nike"])
    assert "tag cloud" in fair.detail


def test_loose_hang_tags_by_the_hundred_are_still_labels_sold():
    description = "100 pcs Nike hang tags with barcode stickers, for your shop's goods."
    assert "nike" in demo_alerts("Nike hang tags with barcode, 100 pcs", "soccer", 95, description)


def test_the_copy_beside_its_hangtag_still_alerts():
    assert "nike" in demo_alerts(JERSEY + " 1:1 replica copy", "soccer", 95, PAGE)
    assert "nike" in demo_alerts(JERSEY, "soccer", 9, PAGE + TAGS)  # a copy's price
