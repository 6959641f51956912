"""A copy cross-sold in the description beside unrelated goods in the title (context/cross_sell.py, fresh54c)."""
from __future__ import annotations

import pytest

from services.matcher.core.context.cross_sell import cross_sold
from tests.unit.matcher.demo import demo_alerts


def _spans(text: str, *words: str) -> list[tuple[int, int]]:
    return [(text.index(w), text.index(w) + len(w)) for w in words]


def test_a_lead_then_the_mark_then_the_copy_word_in_one_clause():
    d = "Ask also about: Rolex Daytona, super clone, PM me."
    assert cross_sold(d, _spans(d, "Rolex"), _spans(d, "super clone")) == {0}


def test_no_lead_or_a_sentence_break_counts_nothing():
    d = "Rolex Daytona box. Clone parts sold separately."
    assert cross_sold(d, _spans(d, "Rolex"), _spans(d, "Clone")) == set()
    d = "Also available: Rolex Daytona. Replica stand not included."
    assert cross_sold(d, _spans(d, "Rolex"), _spans(d, "Replica")) == set()


@pytest.mark.parametrize("title, category, description, brand", [
    ("Birdwatching guide to the Camargue, paperback", "books",
     "Also have: Nike Air Force 1 Low white 1:1 replica, message me.", "nike"),
    ("Hand-thrown ceramic mug, speckled glaze", "home",
     "Auch im Angebot: Rolex Submariner Date super clone, schreib mir.", "rolex"),
    ("Set of six terracotta plant pots, 12 cm", "garden",
     "Bonus: Gucci Jackie 1961 hobo bag AAA mirror copy, DM for photos.", "gucci"),
])
def test_a_cross_sold_copy_alerts_for_its_brand(title, category, description, brand):
    assert set(demo_alerts(title, category, 12.0, description)) == {brand}


@pytest.mark.parametrize("title, category, description", [
    ("Birdwatching guide to the Camargue, paperback", "books",
     "Also have: Nike Air Force 1 Low white, worn twice, receipt. Message me."),
    ("Vintage railway timetable poster 1962", "art",
     "Not a replica: the original 1962 print. Also selling a Gucci-themed art book."),
])
def test_an_honest_cross_sell_stays_quiet(title, category, description):
    assert demo_alerts(title, category, 12.0, description) == {}
