"""A price field that is no price of one new unit (context/formats.py, rule `sale_format`): an auction's opening bid, a
giveaway's 0, a swap's or a wanted ad's missing price is not judged, and with nothing that claims a copy the listing is
lowered below the alert threshold; a copy beside them (a cue, the real price "in DM", "free, just pay shipping", a
giveaway of new goods) still alerts. A perfumery tester is judged against a tester's floor (condition.SCALES "tester")."""

from __future__ import annotations

import pytest

from schemas import Rule
from services.matcher.core.context.condition import SCALES
from services.matcher.core.context.formats import read_format
from services.matcher.core.normalise import ListingText
from tests.unit.matcher.demo import demo_alerts, demo_evaluated, demo_listing


def _format(title, description="", price=None, currency="USD", attributes=None):
    listing = demo_listing(title, None, price, description, currency, attributes)
    return read_format(listing, ListingText(listing.title, listing.description))


@pytest.mark.parametrize("title, description, attributes, kind", [
    ("Rolex Datejust 41 used – NO RESERVE auction", "", None, "auction"),
    ("Omega Speedmaster gebraucht – Auktion ab 1 €", "", None, "auction"),
    ("Cartier Santos d'occasion – enchères à partir de 1 €", "", None, "auction"),
    ("Nintendo Switch OLED usata – asta da 1 €", "", None, "auction"),
    ("Canon EOS R6 中古 1円スタート", "", None, "auction"),
    ("Gucci Marmont 二手 1元起拍", "", None, "auction"),
    ("Sony PS5 used", "", {"Format": "Auction"}, "auction"),
    ("LEGO 75192 używany", "", {"Typ oferty": "Licytacja"}, "auction"),
    ("Free Dyson V15 – needs new battery", "Pick up only.", None, "giveaway"),
    ("Zu verschenken: Philips Airfryer", "", None, "giveaway"),
    ("Oddam za darmo jeansy Levi's 501", "", None, "giveaway"),
    ("Отдам даром Samsung Galaxy S10 б/у", "", None, "giveaway"),
    ("Bose SoundLink 중고 무료나눔", "", None, "giveaway"),
    ("Χαρίζεται Apple AirPods μεταχειρισμένα", "", None, "giveaway"),  # a Greek capital folds as its look-alike
    ("ОТДАМ ДАРОМ Samsung Galaxy S10", "", None, "giveaway"),
    ("Tausche PS5 Slim gegen Xbox Series X", "", None, "swap"),
    ("WTT Rolex Datejust 41 for Omega Seamaster", "", None, "swap"),
    ("Troco iPhone 15 por Galaxy S24", "", None, "swap"),
    ("交換希望 ルイヴィトン スピーディ30 ⇔ ネヴァーフル", "", None, "swap"),
    ("Nike Dunk Low size 42 takas Jordan 1 ile", "", None, "swap"),
    ("WTB: Rolex Submariner, genuine only", "", None, "wanted"),
    ("Suche Nintendo Switch OLED", "", None, "wanted"),
    ("求购 Shiseido Ultimune 50ml", "", None, "wanted"),
])
def test_a_sale_format_is_read_in_the_markets_words(title, description, attributes, kind):
    found = _format(title, description, attributes=attributes)
    assert found is not None and found.kind == kind and not found.blocked


@pytest.mark.parametrize("title, description", [
    ("Nike Air Max 90, free shipping", ""),  # free delivery
    ("Dyson V15 – envío gratis", ""),
    ("Canon EOS R6 送料無料", ""),
    ("Samsung Galaxy S24 무료배송", ""),
    ("Rolex Submariner, no trades, no lowballers", ""),  # a sale that refuses swaps
    ("Sony WH-1000XM5", "Kein Tausch, nur Verkauf."),
    ("Apple iPhone 15 – returns and exchange within 30 days", ""),
    ("Canon LP-E6NH 交換用バッテリー", ""),  # a replacement battery
    ("Nintendo Switch, region free", ""),
    ("Unwanted gift: Pandora bracelet", ""),
])
def test_no_format_where_none_is_stated(title, description):
    assert _format(title, description) is None


AUCTIONS = [  # (title, category, price, currency, attributes, brand): used genuine goods, the price an opening bid
    ("Rolex Datejust 41 126334 2016, box & papers – NO RESERVE auction", "watches", 1.0, "USD", None, "rolex"),
    ("Louis Vuitton Speedy 30 pre-owned – 1p start", "handbags", 0.01, "GBP", {"Format": "Auction"}, "louis-vuitton"),
    ("Omega Speedmaster Moonwatch gebraucht – Auktion ab 1 €", "watches", 1.0, "EUR", None, "omega"),
    ("Canon EOS R6 Mark II 中古 1円スタート", "cameras", 1.0, "JPY", None, "canon"),
    ("Sony PlayStation 5 Slim used", "consoles", 0.99, "USD", {"Format": "Auction", "Condition": "Used"}, "sony"),
]


@pytest.mark.parametrize("title, category, price, currency, attributes, brand", AUCTIONS)
def test_an_opening_bid_is_not_judged_and_the_auction_stays_quiet(title, category, price, currency, attributes, brand):
    assert brand not in demo_alerts(title, category, price, "Genuine, sold as seen.", currency, attributes)
    match = demo_evaluated(title, category, price, "Genuine, sold as seen.", currency, attributes)[brand]
    price_signal = _signal(match, Rule.price)
    assert price_signal.weight == 0 and price_signal.detail.startswith("price not judged: an auction")
    sale = _signal(match, Rule.sale_format)
    assert sale.term == "auction" and sale.weight < 0 and "nothing claims a copy: lowered" in sale.detail


@pytest.mark.parametrize("title, category, price, currency, brands", [
    ("Free Dyson V15 – needs new battery", "vacuum cleaners", 0.0, "USD", {"dyson"}),
    ("Regalo cassa Bose SoundLink Flex, batteria debole", "speakers", 0.0, "EUR", {"bose"}),
    ("Skänkes: gammal Samsung-telefon, sprucken skärm", "phones", 0.0, "SEK", {"samsung"}),
    ("Tausche PS5 Slim gegen Xbox Series X", "consoles", None, "EUR", {"sony", "microsoft"}),
    ("Scambio cuffie Bose QC45 con Sony XM5", "headphones", None, "EUR", {"bose", "sony"}),
    ("Ruilen: LEGO 75192 tegen Technic sets", "toys", None, "EUR", {"lego"}),
    ("Suche Nintendo Switch OLED, gerne mit Spielen", "consoles", None, "EUR", {"nintendo"}),
])
def test_giveaways_swaps_and_wanted_ads_without_a_price_stay_quiet(title, category, price, currency, brands):
    assert brands.isdisjoint(demo_alerts(title, category, price, "Pick up only.", currency))
    evaluated = demo_evaluated(title, category, price, "Pick up only.", currency)
    for brand in brands:
        sale = _signal(evaluated[brand], Rule.sale_format)
        assert sale.weight < 0 and "no price of one unit" in sale.detail


COPIES = [  # (title, category, price, currency, description, brand, what the evidence says)
    ("Rolex Submariner 1:1 – NO RESERVE auction", "watches", 1.0, "USD", "", "rolex", "the counterfeit cue"),
    ("Tausche Rolex Submariner (AAA quality) gegen Omega", "watches", None, "EUR", "", "rolex", "the counterfeit cue"),
    ("Rolex Submariner all sizes in stock", "watches", None, "USD", "DM for price, open to trades.", "rolex", None),
    ("FREE Rolex Submariner brand new – just pay shipping", "watches", 0.0, "USD", "Sealed.", "rolex",
     "a fee asked for goods said to be free"),
    ("Free Louis Vuitton Neverfull, brand new", "handbags", 0.0, "EUR", "Collection only.", "louis-vuitton",
     "goods claimed new are given away by no one"),
    ("Louis Vuitton Neverfull MM new", "handbags", 1.0, "EUR", "Item price 1. Shipping & handling 248 EUR.",
     "louis-vuitton", None),
]


@pytest.mark.parametrize("title, category, price, currency, description, brand, said", COPIES)
def test_a_copy_beside_a_sale_format_still_alerts(title, category, price, currency, description, brand, said):
    alerts = demo_alerts(title, category, price, description, currency)
    assert brand in alerts
    if said is not None:
        assert any(s.rule is Rule.sale_format and said in s.detail and s.weight == 0 for s in alerts[brand].signals)


def test_a_genuine_tester_is_judged_against_a_testers_floor_and_stays_quiet():
    title = "Advanced Night Repair 50ml tester (plain box)"
    assert "estee-lauder" not in demo_alerts(title, "skincare", 69.99, "Genuine tester, perfumery stock.", "GBP")
    match = demo_evaluated(title, "skincare", 69.99, "Genuine tester, perfumery stock.", "GBP")["estee-lauder"]
    assert f"of the perfumery tester floor ({SCALES['tester'].factor:.0%} of the new one" in _signal(match, Rule.price).detail
    assert _signal(match, Rule.condition).weight < 0


def test_a_tester_at_a_fraction_of_a_testers_price_alerts():
    alerts = demo_alerts("Advanced Night Repair 50ml tester (plain box)", "skincare", 4.99, "", "GBP")
    price_signal = _signal(alerts["estee-lauder"], Rule.price)
    assert price_signal.weight > 0 and "perfumery tester" in price_signal.detail


def test_a_tester_judged_by_a_category_floor_is_not_scaled_and_stays_the_copy_trades_cover():
    """A category's floor is already its cheapest genuine unit's: a "tester" of goods only it prices is not scaled
    (only a model's or a line's floor says what the item's retail is), and 'tester' blocks the fair-price reading."""
    alerts = demo_alerts("Lancôme Idôle 100ml testeur sans boîte", "skincare", 16.56, "Sample bottle, same juice.", "EUR")
    assert "loreal" in alerts
    assert not any(s.rule is Rule.condition for s in alerts["loreal"].signals)
    assert "testeur" in _signal(alerts["loreal"], Rule.fair_price).detail


def test_a_tester_that_is_a_product_is_no_condition():
    """A 'battery tester' of an electronics brand is the product, not a perfumery's tester."""
    match = demo_evaluated("Panasonic battery tester", "batteries", 1.0, "", "USD").get("panasonic")
    assert match is None or not any(s.rule is Rule.condition for s in match.signals)


def _signal(match, rule):
    return next(s for s in match.signals if s.rule is rule)
