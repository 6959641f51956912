"""A plain copy word of one more language beside the brand's goods or its own part, the copy seller's pitch with no copy
word, and "why pay <the genuine price> for" the brand's goods (issue 9; generated classes: tests/eval/adversary/pitches.py).
Written from the ways of writing outsider19's report names; none of its listings."""

from __future__ import annotations

import pytest

from services.matcher.core.context.stated_price import read_dearer_price
from services.matcher.core.normalise import ListingText
from tests.unit.matcher.demo import demo_alerts


@pytest.mark.parametrize("said, currency, expected", [
    ("Why pay $400 for Bose QuietComfort?", "USD", (400.0, "USD")),
    ("Perché pagare 279 € per AirPods Pro 2?", "EUR", (279.0, "EUR")),
    ("Varför betala 3000 kr för Swarovski Millenia?", "SEK", (3000.0, "SEK")),
    ("Warum 300 € für AirPods zahlen?", "EUR", (300.0, "EUR")),
    ("Waarom 279 euro betalen voor AirPods?", "EUR", (279.0, "EUR")),
    ("Зачем платить 20000 ₽ за Dyson?", "RUB", (20000.0, "RUB")),
])
def test_the_dearer_price_of_a_why_pay_pitch_is_read(said, currency, expected):
    found = read_dearer_price(ListingText(said, ""), currency)
    assert found is not None and (found.amount, found.currency) == expected


@pytest.mark.parametrize("said", [
    "Why pay retail? Bose QuietComfort, pre-owned, authenticated",  # no amount
    "Why pay $400 new? Bose QuietComfort, used once, receipt",  # a reseller's condition
    "Why pay $30/month for streaming?",  # a month's price
    "Bose QuietComfort 45, paid $400",  # no pitch
])
def test_no_dearer_price_where_the_pitch_says_none(said):
    assert read_dearer_price(ListingText(said, ""), "USD") is None


@pytest.mark.parametrize("title, category, price, currency", [
    ("Why pay $400 for Bose QuietComfort headphones?", "headphones", 90, "USD"),  # 'for' is the pitch's, no accessory's
    ("Bose QuietComfort headphones – no legit checks", "headphones", 120, "USD"),
    ("Bose QuietComfort headphones, ninguém vai perceber", "headphones", 120, "USD"),
    ("Bose QC45 Akku Nachbau", "headphones", 9, "EUR"),  # the brand's own part named after it with a copy word
    ("Bose QuietComfort headphones contrefaçon", "headphones", 120, "EUR"),
    ("Bose QuietComfort headphones class A", "headphones", 120, "USD"),
])
def test_a_copy_word_or_pitch_beside_the_brand_alerts(title, category, price, currency):
    assert "bose" in demo_alerts(title, category, price, currency=currency)


@pytest.mark.parametrize("title, category, price, currency", [
    ("Akku für Bose QC45, kompatibel, Nachbau", "headphones", 9, "EUR"),  # a compatible part: the "für" stands
    ("Bose QuietComfort headphones, used, tiny scuff on the side, nobody will notice", "headphones", 80, "USD"),
    ("Why pay $150 new? Bose QuietComfort headphones, used once, receipt", "headphones", 100, "USD"),
    ("Bose QuietComfort headphones with class A amplifier", "headphones", 320, "USD"),  # an amplifier's class
])
def test_honest_look_alikes_stay_quiet(title, category, price, currency):
    assert "bose" not in demo_alerts(title, category, price, currency=currency)
