"""A household's own goods (gifted33, issue 9): the seller's own past use reads as used (context/condition.py), and an
unwanted gift with the shop's gift receipt near the floor is a genuine unit's price (index.GIFT_PRICE); the copies
that borrow the words still alert."""

from __future__ import annotations

import pytest

from schemas import Rule
from services.matcher.core.context.condition import ConditionReader
from services.matcher.core.normalise import ListingText
from tests.unit.matcher.demo import demo_alerts, demo_evaluated, demo_listing


_READER = ConditionReader()


def _kinds(title, description=""):
    listing = demo_listing(title, "headphones", 150, description)
    condition = _READER.read(listing, ListingText(listing.title, listing.description or ""))
    return {s.kind for s in condition.said}


@pytest.mark.parametrize("title, description", [
    ("Shack clearance G4XYZ: Sony WH-1000XM5 headphones, used for contests",
     "Genuine, used in my radio shack for two seasons. Collection from QTH Leeds or post. 73."),
    ("Sony WH-1000XM5 headphones", "Genuine, used in my home studio for two seasons."),
    ("Sony WH-1000XM5 headphones", "Original, used for about a year, works perfectly."),
    ("Sony WH-1000XM5 headphones – used for one tour", ""),
    ("Garage clearance: Sony WH-1000XM5 headphones", "Genuine."),
    ("Sony WH-1000XM5 Kopfhörer, wenig benutzt", "Original, benutzt im Homestudio."),
    ("Sony WH-1000XM5 casque utilisé pendant deux ans", "Authentique."),
    ("Sony WH-1000XM5 耳机", "正品，使用了两年。"),
])
def test_the_sellers_own_use_reads_as_used(title, description):
    assert "used" in _kinds(title, description)


@pytest.mark.parametrize("title, description", [
    ("Sony WH-1000XM5 headphones", "Can be used in my car or at the gym."),
    ("Sony WH-1000XM5 headphones", "Used for calls and music, 30 h battery."),
    ("Sony WH-1000XM5 headphones used for calls", ""),  # no break of the title before it: the goods' purpose
    ("Sony WH-1000XM5 headphones", "Widely used by DJs for years."),
])
def test_used_as_the_goods_purpose_is_no_condition(title, description):
    assert "used" not in _kinds(title, description)


def test_own_use_at_a_used_price_is_quiet_and_a_copy_still_alerts():
    title = "Shack clearance: Sony WH-1000XM5 headphones, used for contests"
    desc = "Genuine, used in my radio shack for two seasons."
    assert "sony" not in demo_alerts(title, "headphones", 150, desc)
    assert "sony" in demo_alerts(title + " 1:1", "headphones", 150, desc)
    assert "sony" in demo_alerts(title, "headphones", 9, desc)  # far below even the used floor


GIFT = ("Unwanted wedding gift: Rolex Submariner, sealed (duplicate from our registry)",
        "We got two! Still sealed, gift receipt from the department store.")


def test_an_unwanted_gift_with_its_gift_receipt_near_the_floor_is_a_genuine_price():
    match = demo_evaluated(GIFT[0], "watches", 6400, GIFT[1])["rolex"]  # 80 % of the Submariner's floor
    assert any(s.rule is Rule.fair_price and s.weight < 0 for s in match.signals)
    assert "rolex" not in demo_alerts(GIFT[0], "watches", 6400, GIFT[1])


@pytest.mark.parametrize("title, price, description", [
    (GIFT[0], 6400, "We got two! Still sealed."),  # no gift receipt: the price is not explained
    (GIFT[0] + " – replica", 6400, GIFT[1]),  # the copy twin
    ("Rolex Submariner sealed, gift from China, 1:1", 6400, "Gift receipt included."),
    (GIFT[0], 800, GIFT[1]),  # a copy's price: the gift story is a cover
])
def test_the_gift_receipts_copy_twins_still_alert(title, price, description):
    assert "rolex" in demo_alerts(title, "watches", price, description)


@pytest.mark.parametrize("title", ["Rolex Submariner – duplicate birthday present, unopened",
                                   "Rolex Submariner (duplicate wedding gift)"])
def test_a_duplicate_gift_is_no_copy_tag(title):
    match = demo_evaluated(title, "watches", 9000, "Gift receipt included.")["rolex"]
    assert all(s.rule is not Rule.cue for s in match.signals)


def test_a_duplicate_tag_still_claims_a_copy():
    match = demo_alerts("Rolex Submariner – duplicate", "watches", 9000, "")["rolex"]
    assert any(s.rule is Rule.cue for s in match.signals)
