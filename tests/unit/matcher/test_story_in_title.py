"""A copy's story after a dash in the title (issue 9, outsider20's c_cover_story20 and c_beauty20): a prize won in a
raffle and sold is goods, not a raffle post (subject.py's _WON_PRIZE); the cosmetics copy trade's "same batch as
counter", "counter quality" and "Dubai tester" are cues (config.REPLICA_TRADE_TERMS). Their honest siblings: a raffle
post, a raffle prize at a genuine price, a plain genuine tester, a kitchen counter. Demo registry.
"""

from __future__ import annotations

import pytest

from services.matcher.core.context.subject import subject_of
from tests.unit.matcher.demo import demo_alerts


@pytest.mark.parametrize("title, description, category, price, brand", [
    ("Rolex Submariner Date 126610LN – prize from work raffle", "No box. Cash on pick-up only.", "watches", 500, "rolex"),
    ("Philips Shaver 7000 – won in a raffle, never used", "", "shavers", 19, "philips"),
    ("Gillette Fusion5 ProGlide blades x8 – same batch as counter", "3 for 2.", "razor blades", 12, "gillette"),
    ("Shiseido Anessa Perfect UV 60ml – Dubai tester full size", "3 for 2.", "sunscreen", 9, "shiseido"),
])
def test_a_story_in_the_title_alerts(title, description, category, price, brand):
    assert brand in demo_alerts(title, category, price, description)


def test_a_won_prize_is_goods_and_a_raffle_is_a_post():
    assert subject_of("Rolex Submariner – prize from work raffle") is None
    assert subject_of("Charity raffle: win a Rolex Submariner") is not None


@pytest.mark.parametrize("title, description, category, price", [
    ("Charity raffle: win a Rolex Submariner", "Tickets 5 USD each.", "raffles", 5),
    ("Granite worktop, counter quality finish", "Kitchen counter offcut.", "home", 300),
])
def test_the_same_words_in_honest_listings_stay_quiet(title, description, category, price):
    assert demo_alerts(title, category, price, description) == {}
