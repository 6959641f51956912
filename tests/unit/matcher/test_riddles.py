"""A brand named by a riddle (likeness, 2026-12-02): its logo or origin in words beside a word for "brand" (the
registry's `hints`, detectors/riddles.py, rule riddle). What a copy says alerts, with the rule, the riddle and the hint
in the evidence and the takedown notice; the same riddles on goods the brand does not sell, or at a shop's price with
nothing that says copy, stay quiet. On the demo registry."""

from __future__ import annotations

import pytest

from brandsentry.settings import Topics
from services.alerts.core import new_alert
from services.portal.notice import notice_text, render_notice
from tests.unit.matcher.demo import demo_index, demo_listing


def alerts(title: str, category: str, price: float, currency: str = "USD", description: str = ""):
    return {m.brand_id: m for m in demo_index().match(demo_listing(title, category, price, description, currency=currency))}


@pytest.mark.parametrize("title, category, price, currency, brand, riddle", [
    ("the fruit brand's earbuds, Pro 2 - master copy", "earbuds", 1630, "PHP", "apple", "fruit brand"),
    ("the bladeless brand's hair styler - mirror quality", "hair care", 54.99, "USD", "dyson", "bladeless brand"),
    ("the moon watch (Greek letter brand), 1:1", "watches", 700, "USD", "omega", "Greek letter brand"),
    ("London trench brand check scarf, ships today", "scarves", 83.99, "USD", "burberry", "London trench brand"),
    ("Auriculares de la marca de la fruta, réplica", "earbuds", 20, "USD", "apple", "marca de la fruta"),
    ("Doudoune de la marque à la oie canadienne, réplique", "parkas", 120, "EUR", "canada-goose",
     "marque à la oie canadienne"),  # "à la" inside the riddle is "with the", no comparison
    ("Danish brand bricks, falcon 7541 pcs, super copy", "building sets", 90, "USD", "lego", "Danish brand"),
    ("水果牌耳机 高仿", "earbuds", 100, "CNY", "apple", "水果牌"),
])
def test_a_brand_named_by_a_riddle_alerts_with_the_riddle_in_its_evidence(title, category, price, currency, brand,
                                                                          riddle):
    found = alerts(title, category, price, currency)
    assert list(found) == [brand], found
    signal = next(s for s in found[brand].signals if s.rule.value == "riddle" and s.weight > 0)
    assert signal.text == riddle and "named by the riddle" in signal.detail


@pytest.mark.parametrize("title, category, price", [
    ("fruit brand strawberry jam 340g", "jams", 4),  # the brand sells no jam
    ("the crown brand dental floss, Swiss crown brand quality", "dental care", 6),
    ("Danish brand oak dining table", "furniture", 400),
    ("Greek letter brand sorority sweatshirt", "sportswear", 30),
    ("the fruit brand's earbuds, sealed, receipt", "earbuds", 249),  # a shop's price, nothing of a copy
    ("Danish brand storage bricks for toys", "toys", 25),  # in the category, no copy cue, no far-low price
])
def test_the_same_riddles_stay_quiet_without_a_copy_or_far_from_the_goods(title, category, price):
    assert alerts(title, category, price) == {}


def test_a_hint_alone_is_an_everyday_word():
    # no word for "brand" beside it: "fruit" and "Danish" name nothing, whatever the cue
    assert alerts("fruit earbuds 1:1 copy", "earbuds", 20) == {}
    assert alerts("Danish design bricks set, replica", "building sets", 20) == {}


def test_the_takedown_notice_names_the_riddle():
    match = alerts("the bladeless brand's hair styler - mirror quality", "hair care", 54.99)["dyson"]
    alert = new_alert(match, Topics(topic_prefix="p."), now=match.matched_at, seller_prior_alerts=0)
    text = notice_text(render_notice(alert, requested_by="alice", now=match.matched_at))
    assert "riddle" in text and "bladeless brand" in text
