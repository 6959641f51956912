"""Genuine goods an owner or a service network sells below the product's floor (genuine36, issue 9): the maker's own
spare part named after its product in parts counters' words (phrasebook.SPARE_NOUNS, read by context/accessory.py,
also after a dash: "Galaxy S24 – OEM spare"), and an owner's travel gear sold after the trip it was taken on
(context/condition.py owner_resale, TRAVEL_SCALE). Their copy twins still alert: a copy word beside the spare, a
ticked copy on the packing list, the trip story at a copy's price."""

from __future__ import annotations

import pytest

from schemas import Rule
from services.matcher.core.context.condition import TRAVEL_SCALE, owner_resale
from services.matcher.core.normalise import ListingText
from tests.unit.matcher.demo import demo_alerts, demo_evaluated


@pytest.mark.parametrize("title, category, price", [
    ("Samsung Galaxy S24 – OEM spare, genuine", "phones", 60),
    ("Canon mirrorless camera – OEM spare, genuine", "cameras", 90),
    ("Philips Sonicare DiamondClean – OEM spare, genuine", "electric toothbrushes", 30),
    ("Dyson V15 Detect pièce détachée d'origine", "vacuum cleaners", 20),
    ("Dyson V15 Detect yedek parça, orijinal", "vacuum cleaners", 20),
    ("Samsung Galaxy S24 – запчасти, оригинал", "phones", 20),
    ("Dyson V15 Detect 交換部品 純正", "vacuum cleaners", 20),
    ("Panasonic Arc5 electric shaver wet & dry – OEM spare, genuine", "shavers", 20),
])
def test_the_makers_own_spare_part_at_a_parts_price_is_an_accessory(title, category, price):
    assert demo_alerts(title, category, price) == {}
    brand = next(iter(demo_evaluated(title, category, price)))
    assert any(s.rule is Rule.accessory and s.weight < 0 for s in demo_evaluated(title, category, price)[brand].signals)


@pytest.mark.parametrize("title, category, price, brand", [
    ("Samsung Galaxy S24 – OEM spare, 1:1 copy", "phones", 60, "samsung"),
    ("Samsung Galaxy S24 – OEM spare, replica", "phones", 60, "samsung"),
    ("Dyson V15 Detect pièce détachée, AAA copy", "vacuum cleaners", 20, "dyson"),
    ("Rolex Submariner spare, genuine", "watches", 300, "rolex"),  # "spare" alone is no part ("a spare one")
])
def test_a_copy_word_beside_the_spare_still_alerts(title, category, price, brand):
    assert brand in demo_alerts(title, category, price)


TRIP = "Packing list Bali: passport, {g} (genuine, bought at the store, receipt), sunscreen. Back home, selling it."


@pytest.mark.parametrize("title, description", [
    ("After the trip: Canon EOS R6 Mark II (from my packing list)", ""),
    ("Bose QuietComfort 45 – used on one trip", "Took it on my holiday, back home now."),
    ("Canon EOS R6 Mark II nach dem Urlaub abzugeben", "Im Urlaub benutzt, mit Rechnung."),
    ("Bose QuietComfort 45 – después del viaje", "Usado en el viaje, con factura."),
    ("Bose QuietComfort 45 – после поездки", "Брал в поездку, чек есть."),
    ("Bose QuietComfort 45 旅行で使用", "旅行で一度使用しました。"),
    ("Bose QuietComfort 45 여행 후 판매", "여행에서 사용했어요."),
])
def test_travel_gear_after_the_trip_reads_as_used(title, description):
    said = owner_resale(ListingText(title, description))
    assert said is not None and said.kind == "used" and said.scale is TRAVEL_SCALE


@pytest.mark.parametrize("title, description", [
    ("After the trip: Rolex Submariner (from my packing list)", "Passport, Rolex Submariner (1:1, customs never checks)."),
    ("Rolex Submariner after the trip", "Bought 5 in Guangzhou, selling the extras."),
    ("Bose QuietComfort 45 after my trip, brand new sealed", "Never opened."),
    ("Bose QuietComfort 45 travel edition", "Great for travel."),  # no trip of the owner's
])
def test_no_travel_reading_beside_a_copy_word_a_stock_or_new_goods(title, description):
    assert owner_resale(ListingText(title, description)) is None


def test_travel_gear_at_a_used_price_is_quiet_and_at_a_copys_price_alerts():
    title = "After the trip: Canon EOS R6 Mark II (from my packing list)"
    description = TRIP.format(g="Canon EOS R6 Mark II")
    assert "canon" not in demo_alerts(title, "cameras", 1700, description)
    assert "canon" in demo_alerts(title, "cameras", 250, description)
    ticked = "Packing list Bali: passport, Canon EOS R6 Mark II (1:1, customs never checks). Extras for sale."
    assert "canon" in demo_alerts(title, "cameras", 700, ticked)


@pytest.mark.parametrize("title, price", [
    ("What Hi-Fi? Awards 2026 issue – Sony WH-1000XM5 wins", 8),
    ("Auto Bild tyre test 2026 issue (Michelin, Continental)", 6),
    ("Vogue September 2024 issue – Gucci on the cover", 9),
])
def test_a_magazine_issue_named_by_its_year_or_month_is_a_work(title, price):
    assert demo_alerts(title, None, price, "Back issue, read once.") == {}


@pytest.mark.parametrize("title, price, brand", [
    ("Sony WH-1000XM5 – 2026 issue 1:1 replica", 25, "sony"),
    ("Rolex Submariner no issues, works great", 1500, "rolex"),  # a bare "issue" is none
])
def test_issue_words_beside_a_copy_word_or_a_bare_issue_still_alert(title, price, brand):
    assert brand in demo_alerts(title, None, price, "")


@pytest.mark.parametrize("title, description", [
    ("adidas Samba OG B75806 – market price today, authentic", "Priced at today's market, authenticated."),
    ("Canada Goose Langford Parka – resale index up 4%, selling mine (genuine)", "Mine is genuine, receipt and box."),
    ("Rolex Submariner 126610LN – Chrono24 price, authentic", "Full set."),
    ("Nike Dunk Low – aktueller Marktwert, original", ""),
])
def test_the_resale_markets_note_beside_a_claim_of_authenticity_reads_as_resold(title, description):
    from services.matcher.core.context.condition import RESALE_SCALE, resale_market
    said = resale_market(ListingText(title, description))
    assert said is not None and said.scale is RESALE_SCALE


@pytest.mark.parametrize("title, description", [
    ("adidas Samba OG – market price 120, our price 30, authentic quality", ""),  # a bare "market price": the pitch
    ("adidas Samba OG – market price today, 1:1 replica", "authentic look"),  # a copy word
    ("adidas Samba OG – market price today", "Fast shipping."),  # no claim of authenticity
])
def test_no_resale_reading_for_a_bare_market_price_a_copy_word_or_no_authenticity(title, description):
    from services.matcher.core.context.condition import resale_market
    assert resale_market(ListingText(title, description)) is None


def test_resold_at_the_market_is_quiet_and_at_a_copys_price_alerts():
    title = "Rolex Submariner Date 126610LN – market price today, authentic"
    assert "rolex" not in demo_alerts(title, "watches", 7000, "Priced at today's market, authenticated.")
    assert "rolex" in demo_alerts(title, "watches", 1500, "Priced at today's market, authenticated.")
