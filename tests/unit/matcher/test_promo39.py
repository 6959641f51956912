"""promo39 (issue 9): a retailer's gift with purchase written after the brand's goods ("+ free", "free gift", "gift with
purchase", 赠品) is no copy trade's talk at a fair price (context/retail.py promotion_gift); the same words before the
brand's goods (the goods are the gift of something else: the lure) and a copy word beside the promotion stay loud."""

from __future__ import annotations

import pytest

from schemas import Rule
from services.matcher.core.context.retail import promotion_gift
from services.matcher.core.scoring import Evidence

from tests.unit.matcher.conftest import make_listing


def _mark(start: int, end: int, field: str = "title") -> Evidence:
    return Evidence(Rule.exact, 0.7, None, field, start, end, "Bose", term="Bose")


def test_gift_after_the_goods_is_a_promotion():
    assert promotion_gift("+ free", 20, [_mark(0, 4)])
    assert promotion_gift("赠品", 30, [_mark(0, 4)])
    assert promotion_gift("Gift with purchase", 12, [_mark(0, 4)])


def test_gift_before_the_goods_or_other_talk_is_not():
    assert not promotion_gift("+ free", 3, [_mark(10, 14)])  # "case + FREE Bose …": the brand's goods are the gift
    assert not promotion_gift("copy", 20, [_mark(0, 4)])
    assert not promotion_gift("+ free", 20, [_mark(0, 4, field="description")])
    assert not promotion_gift("+ free", None, [_mark(0, 4)])


@pytest.mark.parametrize("title, price, alerts", [
    ("Bose QuietComfort headphones + free carry pouch (launch offer)", 180, False),
    ("Bose QuietComfort headphones – free gift: travel case", 180, False),
    ("Bose QuietComfort headphones + free gift, 1:1 mirror copy", 180, True),
    ("Travel case + FREE Bose QuietComfort headphones", 6, True),
])
def test_promotion_and_lure(index, title, price, alerts):
    listing = make_listing(title, category="headphones", price={"amount": price, "currency": "USD"})
    assert bool(index.match(listing)) is alerts
