"""A retailer the registry does not list (rule `fair_price`, context/retail.py): the brand's goods named plainly in the
title at or above the floor, nothing of the copy trade around them, stay quiet; a copy at a fair-looking price still
alerts when it shows its trade (a cue, quality or copy talk, cheapness, the real price elsewhere, a lot, a disguised
mark, a seller named after the brand), and so does a plain mark below the floor."""

from __future__ import annotations

import pytest

from brandsentry.registry import parse_registry
from schemas import Rule
from services.matcher.core.config import MatcherConfig, Weights
from services.matcher.core import MatcherIndex
from tests.unit.matcher.demo import SEED, demo_alerts, demo_evaluated, demo_listing
from tests.eval.adversary.generate import registry_doc


def _signal(match, rule):
    return next(s for s in match.signals if s.rule is rule)


RETAIL = [  # (title, category, price, currency, description, brand): at or above the demo registry's floors
    ("Coach Tabby Shoulder Bag nuevo", "handbags", 496.6, "EUR", "En stock, envío en 24 h.", "coach"),
    ("Sony WH-1000XM5 nuovo", "headphones", 437.99, "EUR", "Disponibile, garanzia ufficiale.", "sony"),
    ("Canon EOS R6 Mark II brand new", "cameras", 3248.31, "CAD", "Official warranty. Invoice with VAT.", "canon"),
    ("Bosch GSR 12V-15 nieuw", "power tools", 118.99, "EUR", "Op voorraad.", "bosch"),
    ("Omega Speedmaster Moonwatch neuf", "watches", 7611, "EUR", "En stock, expédié sous 24 h.", "omega"),
    ("Rolex Submariner Date neu OVP", "watches", 11500, "EUR", "Rechnung mit MwSt.", "rolex"),
    ("耐克 运动鞋 全新", "sneakers", 899, "CNY", "现货，顺丰发货，可开发票。", "nike"),
    ("Adobe Photoshop Creative Cloud 1 year, brand new", "software licenses", 1074, "CAD", "", "adobe"),
]


@pytest.mark.parametrize("title, category, price, currency, description, brand", RETAIL)
def test_a_plain_mark_at_a_genuine_price_is_a_retailer_and_stays_quiet(title, category, price, currency, description, brand):
    assert brand not in demo_alerts(title, category, price, description, currency)
    match = demo_evaluated(title, category, price, description, currency)[brand]
    fair = _signal(match, Rule.fair_price)
    assert fair.weight < 0 and "lowered" in fair.detail and fair.ratio >= 1.0
    assert match.score < match.threshold


@pytest.mark.parametrize("title, price, description, seller, why", [
    ("Rolex Submariner Date 1:1", 9000, "", "shop-1", "the counterfeit cue '1:1'"),
    ("Rolex Submariner Date top quality", 9000, "", "shop-1", "the copy trade's words ('top quality')"),
    ("Rolex Submariner Date jakość jak oryginał", 9000, "", "shop-1", "the copy trade's words"),
    ("Rolex Submariner Date копия", 9000, "", "shop-1", "the copy trade's words ('копия')"),
    ("Rolex Submariner Date cheap", 9000, "", "shop-1", "it says it is cheap ('cheap')"),
    ("Rolex Submariner Date -85%", 9000, "", "shop-1", "a deep discount"),
    ("Rolex Submariner Date", 9000, "Real price by message, ask me.", "shop-1", "disowns its price"),
    ("Rolex Submariner Date wholesale MOQ 20", 9000, "", "shop-1", "a wholesale lot"),
    ("R0lex Submariner Date", 9000, "", "shop-1", "disguised"),
    ("Rolex Submariner Date rep1ica", 9000, "", "shop-1", "in leet ('rep1ica')"),
    ("Rolex Submariner Date", 9000, "", "rolex-outlet-88", "a seller named after the brand"),
    ("Rolex Submariner Date [S2 batch]", 9000, "", "shop-1", "the copy trade's words ('S2 batch')"),
    ("Rolex\u200b Submariner Date", 9000, "", "shop-1", "invisible"),
])
def test_a_copy_at_a_fair_looking_price_that_shows_its_trade_stilldemo_alerts(title, price, description, seller, why):
    match = demo_alerts(title, "watches", price, description, seller_id=seller)["rolex"]
    fair = _signal(match, Rule.fair_price)
    assert fair.weight == 0 and why in fair.detail and "not lowered" in fair.detail


def test_below_the_floor_nothing_says_genuine():
    match = demo_alerts("Rolex Submariner Date", "watches", 4000)["rolex"]  # 80 % of the USD 5,000 floor
    assert all(s.rule is not Rule.fair_price for s in match.signals)


def test_the_brand_named_only_outside_the_title_is_no_retailer():
    match = demo_alerts("Luxury diver watch, black dial", "watches", 9000, "Rolex Submariner Date, full set")["rolex"]
    assert "not named plainly in the title" in _signal(match, Rule.fair_price).detail


def test_fair_price_factor_one_alerts_on_every_mention_whatever_its_price():
    index = MatcherIndex(parse_registry(registry_doc(SEED)),
                         config=MatcherConfig(weights=Weights(fair_price_factor=1.0)))
    assert {m.brand_id for m in index.match(demo_listing("Coach Tabby Shoulder Bag nuevo", "handbags", 496.6, "",
                                                           "EUR"))} == {"coach"}


@pytest.mark.parametrize("title, price, currency, category, brand", [
    ("Nestlé Nescafé Gold 200 g", 12.5, "EUR", "coffee", "nestle"),
    ("L'Oréal Revitalift crème de jour", 19.9, "EUR", "skincare", "loreal"),
])
def test_the_registered_accent_typed_as_a_combining_mark_is_the_mark_as_written(title, price, currency, category, brand):
    """Unicode NFD (some keyboards, macOS text) types Nestlé as 'Nestle' + U+0301: the retailer stays a retailer."""
    import unicodedata

    precomposed = demo_evaluated(title, category, price, "", currency)
    decomposed = demo_evaluated(unicodedata.normalize("NFD", title), category, price, "", currency)
    assert brand not in demo_alerts(unicodedata.normalize("NFD", title), category, price, "", currency)
    assert _signal(decomposed[brand], Rule.fair_price).weight == _signal(precomposed[brand], Rule.fair_price).weight < 0


def test_a_combining_mark_no_registered_spelling_has_is_still_a_disguise():
    """'Rolex' with U+0308 (Rolëx) at a retail price is not lowered: no registered spelling of Rolex has that accent."""
    title = "Rolex\u0308 Submariner Date neu OVP"
    match = demo_evaluated(title, "watches", 11500, "Rechnung mit MwSt.", "EUR")["rolex"]
    fair = _signal(match, Rule.fair_price)
    assert fair.weight == 0 and "not lowered" in fair.detail
    assert "rolex" in demo_alerts(title, "watches", 11500, "Rechnung mit MwSt.", "EUR")


@pytest.mark.parametrize("title, category, price, currency, brand", [
    ("Tylenol Extra Strength 100 caplets", "Health & Beauty > Vitamins & Medicine", 14.49, "USD", "johnson-johnson"),
    ("Listerine Cool Mint 1L", "Health & Beauty > Pharmacy", 8.39, "EUR", "johnson-johnson"),
])
def test_a_registered_item_named_by_its_name_where_the_category_has_no_floor_is_judged_at_its_own(title, category,
                                                                                                  price, currency, brand):
    """No floor for the listing's category (a pharmacy's "Vitamins & Medicine" is none of the brand's): the registered
    model the title names by its registry name sets the floor at or above it, and the pharmacy's price reads as a
    retailer's (index._floor `fair_only`)."""
    assert brand not in demo_alerts(title, category, price, "Dispatched by our registered pharmacy.", currency)
    match = demo_evaluated(title, category, price, "Dispatched by our registered pharmacy.", currency)[brand]
    assert "of the model floor" in _signal(match, Rule.price).detail
    assert _signal(match, Rule.fair_price).weight < 0


def test_below_a_named_items_floor_where_the_category_has_none_the_price_stays_unjudged():
    match = demo_alerts("Tylenol Extra Strength 100 caplets", "Health & Beauty > Vitamins & Medicine", 2.0, "", "USD")
    assert "johnson-johnson" in match
    assert not any(s.rule is Rule.price for s in match["johnson-johnson"].signals)


# (genuine26, issue 9) an owner's claim of genuine goods beside a fact of provenance (retail.AUTHENTICITY_CLAIMS,
# retail.provenance): lowered at a fair price like any plainly named genuine unit
@pytest.mark.parametrize("title, description", [
    ("Coach Tabby Shoulder Bag – 100% genuine, not a replica, not a copy", "Receipt from the brand store, serial matches."),
    ("Coach Tabby Shoulder Bag 100% authentic, no fakes", "Proof of purchase available."),
    ("Coach Tabby Shoulder Bag 100% echt", "Kaufbeleg vorhanden."),
])
def test_a_genuine_claim_with_its_proof_at_a_fair_price_is_lowered(title, description):
    assert "coach" not in demo_alerts(title, "handbags", 496.6, description, "EUR")


@pytest.mark.parametrize("title, price, description", [
    ("Coach Tabby Shoulder Bag – 100% genuine, not a replica", 496.6, ""),  # no proof: the trade's boast
    ("Coach Tabby Shoulder Bag – 100% genuine", 496.6, "No receipt, no proof of purchase."),  # the proof denied
    ("Coach Tabby Shoulder Bag – 100% genuine, no fakes, top quality", 496.6, "Receipt included."),  # grade talk
    ("Coach Tabby Shoulder Bag – 100% genuine, cheap", 496.6, "Receipt included."),  # cheapness
    ("Coach Tabby Shoulder Bag – 100% genuine, not a replica", 40.0, "Receipt included."),  # a copy's price
])
def test_a_genuine_claim_without_proof_or_beside_the_trade_still_alerts(title, price, description):
    assert "coach" in demo_alerts(title, "handbags", price, description, "EUR")


# (lead27, issue 9) "genuine OEM" is the parts trade's authenticity claim (retail._GENUINE_OEM), excused like the others only
# beside provenance ("from the dealer", "dealer stock"); "OEM" alone or "OEM quality" stays the copy trade's word
@pytest.mark.parametrize("title, description", [
    ("BMW Oil Filter Kit 11428575211 – genuine OEM, dealer stock", "Genuine part from the dealer, with part number label."),
    ("BMW Oil Filter Kit 11428575211 OEM genuine part", "Bought from the main dealer, invoice included."),
])
def test_a_genuine_oem_part_with_its_provenance_at_a_fair_price_is_lowered(title, description):
    assert "bmw" not in demo_alerts(title, "auto parts", 20.0, description, "EUR")


@pytest.mark.parametrize("title, price, description", [
    ("BMW Oil Filter Kit 11428575211 – genuine OEM", 20.0, "Fast shipping."),  # no provenance: the trade's boast
    ("BMW Oil Filter Kit 11428575211 – OEM quality, dealer stock", 20.0, ""),  # grade talk
    ("BMW Oil Filter Kit 11428575211 – OEM, dealer stock", 20.0, ""),  # OEM alone
    ("BMW Oil Filter Kit 11428575211 – genuine OEM copy, dealer stock", 20.0, ""),  # a copy word beside it
])
def test_oem_without_a_genuine_claim_and_provenance_still_alerts(title, price, description):
    assert "bmw" in demo_alerts(title, "auto parts", price, description, "EUR")
