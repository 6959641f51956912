"""Cards made from a registered logo's lettering raise no logo alert (tests.eval.logos' distractor rows, 40 brands).

The same listings as `python -m tests.eval.logos --per 10` draws for these rows (seed 15): a product photo with a
card sharing the first or last half of a registered logo's word in its font, one of its letters, its letters in
another order, or its left half joined to another card. Where a class still alerts, a strict xfail names the
listings, the brand alerted and the box (a pass then fails it: remove the mark).
"""

from __future__ import annotations

import random

import pytest

from services.matcher.core import MatcherIndex
from tests.eval.logos import BRANDS, NEGATIVE_ROWS, jpeg, listing_of, registry

PER = 10
STILL_ALERTING = {  # class -> what alerts (tests.eval.logos --per 10, 40 brands, 2026-12-01)
    "its letters in another order, its font (negatives)": "1 of 10 alerts: the registered logo fits the letters it "
    "shares at their new places (a logo's keypoints explain a part of the card; the rest shows other letters)",
    "half a registered logo joined to another card (negatives)": "2 of 10 alert: the half shown is as spread over "
    "the logo as the logo 45 % covered (core/logos._spread); telling them apart needs what the rest of the card shows",
}
CLASSES = [name for name in NEGATIVE_ROWS if "its font" in name or "its word" in name or "joined" in name]


@pytest.fixture(scope="module")
def index() -> MatcherIndex:
    return MatcherIndex.build(registry(), version=1)


@pytest.mark.parametrize("name", [pytest.param(n, marks=pytest.mark.xfail(strict=True, reason=STILL_ALERTING[n]))
                                  if n in STILL_ALERTING else n for n in CLASSES])
def test_a_card_made_from_a_registered_logos_lettering_raises_no_alert(index: MatcherIndex, name: str) -> None:
    make, quality = NEGATIVE_ROWS[name]
    rng = random.Random(f"15:{name}")
    alerts = []
    for k in range(PER):
        brand = rng.randrange(BRANDS)
        for match in index.match(listing_of(jpeg(make(brand, rng), quality), k)):
            signal = next(s for s in match.signals if s.rule == "logo")
            alerts.append(f"listing {k} (card from img-brand-{brand}'s logo): {match.brand_id}, {signal.detail}")
    assert alerts == [], "\n".join(alerts)
