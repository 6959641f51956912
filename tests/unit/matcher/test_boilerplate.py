"""What a user sees for a shop's legal boilerplate and a vintage story (issue 9; outsider12's c_fair_use_disclaimer
and c_fake_vintage_cheap): the copy alerts and its evidence names the rule; the honest listings with the same words
stay quiet. Titles and wordings are this file's own (tests/eval/adversary/boilerplate.py generates the classes)."""

from __future__ import annotations

import pytest

from schemas import Rule
from tests.unit.matcher.demo import demo_alerts, demo_evaluated

BOILERPLATE = [
    "Disclaimer: brand names are used for reference only. We are not affiliated with {b}.",
    "All trademarks belong to their respective owners.",
    "This shop is not affiliated with, endorsed by or sponsored by {b}. Names are for identification purposes only.",
    "Wir sind nicht verbunden mit {b}. Alle Marken gehören ihren jeweiligen Inhabern.",
    "Nous ne sommes pas affiliés à {b}. Les marques appartiennent à leurs propriétaires respectifs.",
    "本店与品牌无关，商标归其各自所有者所有。",
]


def _boilerplate_note(match) -> str:
    return next(s.detail for s in match.signals if s.rule is Rule.negation and s.term == "disclaimer boilerplate")


@pytest.mark.parametrize("said", BOILERPLATE)
@pytest.mark.parametrize("title, category, price, brand", [
    ("Rolex Submariner Date watch", "watches", 450.0, "rolex"),
    ("Levi's 501 jeans", "jeans", 9.0, "levis"),
    ("Nintendo Switch OLED console with box", "consoles", 35.0, "nintendo"),
    ("Dyson Airwrap multi-styler", "hair care", 40.0, "dyson"),
])
def test_boilerplate_beside_the_brands_goods_at_a_copys_price_alerts_and_says_why(said, title, category, price, brand):
    alerted = demo_alerts(title, category, price, description=f"Fast shipping. {said.format(b=brand.title())}")
    assert brand in alerted
    note = _boilerplate_note(alerted[brand])
    assert "legal boilerplate, not a denial" in note and "rule: disclaimer boilerplate" in note
    assert not any(s.rule is Rule.accessory and s.weight < 0 for s in alerted[brand].signals)


def test_boilerplate_in_the_title_after_the_brands_goods_alerts():
    alerted = demo_alerts("Michelin Pilot Sport 4 tyre 225/45R17 (not affiliated with Michelin)", "tires", 9.0)
    assert "michelin" in alerted
    assert "rule: disclaimer boilerplate" in _boilerplate_note(alerted["michelin"])


@pytest.mark.parametrize("title, category, price, brands", [
    ("ANC headphones – not affiliated with Bose or Sony", "headphones", 49.0, {"bose", "sony"}),
    ("Wireless earbuds, no afiliado con Samsung ni Apple", "earbuds", 19.0, {"samsung", "apple"}),
])
def test_a_brand_named_only_inside_the_boilerplate_of_the_title_stays_quiet(title, category, price, brands):
    # the boilerplate's own mention names no goods of the brand (outsider2's honest_negation_unbranded)
    assert brands.isdisjoint(demo_alerts(title, category, price))


@pytest.mark.parametrize("title, category, price", [
    ("Silicone case for Apple AirPods Pro", "accessories", 9.0),  # an accessory for the brand's goods
    ("Replacement strap compatible with Rolex Submariner, 20mm", "watch accessories", 25.0),
    ("Store brand hazelnut spread 400g - compare to Nutella", "spreads", 2.5),  # a store brand
    ("Canvas tote, Neverfull size, our own design, no logo", "handbags", 45.0),  # own goods, no brand
    ("Fan-made Nintendo Zelda art print, A3", "art", 15.0),  # a fan's work
    ("Rolex Submariner servicing - independent watchmaker", "services", 350.0),  # a service
    ("Book: the story of Nike, hardcover", "books", 22.0),  # a book
])
def test_the_same_boilerplate_on_something_else_stays_quiet(title, category, price):
    for said in BOILERPLATE:
        assert demo_alerts(title, category, price, description=said.format(b="the brand")) == {}, (title, said)


@pytest.mark.parametrize("title, category, price, brand", [
    ("Swarovski pendant necklace", "jewelry", 95.0, "swarovski"),
    ("Bose QuietComfort Ultra headphones", "headphones", 429.0, "bose"),
])
def test_a_resellers_boilerplate_at_a_shops_price_stays_quiet_and_is_judged_as_the_goods(title, category, price, brand):
    said = "Independent reseller, invoice included. Not affiliated with the brand; trademarks belong to their owners."
    assert demo_alerts(title, category, price, description=said) == {}
    scored = demo_evaluated(title, category, price, description=said)[brand]
    assert "a shop's price" in _boilerplate_note(scored)
    assert any(s.rule is Rule.fair_price and s.weight < 0 for s in scored.signals)


@pytest.mark.parametrize("title, price, currency", [
    ("estate find vintage Cartier Juste un Clou bracelet", 560.0, "EUR"),  # 58,000 CNY the bracelet's floor
    ("my grandfather's vintage Omega Speedmaster Moonwatch Professional", 420.0, "USD"),
    ("antique shop find Gucci GG Marmont small shoulder bag", 150.0, "USD"),
])
def test_a_vintage_story_on_a_named_luxury_model_at_a_few_per_cent_of_its_floor_alerts(title, price, currency):
    alerted = demo_alerts(title, "jewelry" if "Cartier" in title else "watches" if "Omega" in title else "handbags",
                          price, currency=currency, description="From an estate clearance, sold as found.")
    assert len(alerted) == 1
    match = next(iter(alerted.values()))
    price_said = next(s.detail for s in match.signals if s.rule is Rule.price)
    assert "of the model floor" in price_said and "vintage / collectible" in price_said


@pytest.mark.parametrize("title, category, price", [
    ("vintage 1980s Cartier Juste un Clou bracelet", "jewelry", 4200.0),  # a second-hand price of the bracelet
    ("estate find vintage Omega Speedmaster Moonwatch Professional", "watches", 3900.0),
    ("vintage 1983 Rolex print advertisement, framed", "collectibles", 35.0),  # the brand's vintage paper
    ("Louis Vuitton 1975 catalogue, vintage", "books", 60.0),
])
def test_vintage_at_a_second_hand_price_and_vintage_paper_stay_quiet(title, category, price):
    assert demo_alerts(title, category, price) == {}
