"""honest50 (issue 9): genuine goods a little under a floor for a reason stay quiet, their copies still alert.

- the goods' own floor (a named line's or model's) judges them where it is cheaper than the category's (but at least
  OWN_FLOOR_SHARE of it) and reached (index._own_floor: a PlayStation 5 Slim under Sony's consoles floor);
- a price within CROSS_MARKET of a floor set in another currency is at that floor (index.MARKET_PRICE);
- a retailer's closing-down sale and a licensed pawnbroker's pledge are conditions only with the seller's papers
  (condition.HONEST_CHANNELS, channel_papers);
- the brand's own registered part "in a white box" at a copy's price alerts, a third party's part for it does not
  (phrasebook.UNBOXED_PART_CLAIMS).
(outsider37's in_upgraded_official37, in_unboxed_from_bundle37, in_closing_down_genuine37, in_pawnshop_genuine37,
c_white_box37; adversary honest50.py)"""

from __future__ import annotations

import pytest

from services.matcher.core.context.condition import channel_papers
from services.matcher.core.normalise import ListingText
from tests.unit.matcher.demo import demo_alerts


@pytest.mark.parametrize("price, currency", [(41500, "INR"), (395, "EUR"), (455, "USD")])
def test_a_slim_console_at_its_own_floor_under_the_category_floor_stays_quiet(price, currency):
    assert "sony" not in demo_alerts("Sony PlayStation 5 Slim 1TB", "consoles", price, "Ships in 1-2 days.",
                                     currency=currency)


@pytest.mark.parametrize("price, currency", [(4200, "INR"), (45, "USD")])
def test_the_same_console_at_a_copys_price_alerts(price, currency):
    assert "sony" in demo_alerts("Sony PlayStation 5 Slim 1TB", "consoles", price, "Ships in 1-2 days.",
                                 currency=currency)


def test_a_controller_of_the_console_at_a_copys_price_still_alerts():
    title = "Nintendo Joy-Con pair (neon) – new"
    assert "nintendo" in demo_alerts(title, "consoles", 6, "Fast shipping.", currency="EUR")


@pytest.mark.parametrize("title, description, currency, price", [
    ("Sony WH-1000XM5 – Liquidation avant fermeture", "Produits neufs d'origine avec facture et garantie constructeur.",
     "EUR", 215),
    ("Panasonic Arc5 shaver ES-LV9Q – opheffingsuitverkoop", "Originele winkelvoorraad met factuur en fabrieksgarantie.",
     "EUR", 130),
    ("Sony WH-1000XM5 – closing down sale", "Genuine stock with VAT invoice and full manufacturer warranty.", "USD",
     240),
])
def test_a_retailers_closing_down_sale_with_its_papers_stays_quiet(title, description, currency, price):
    assert not demo_alerts(title, "headphones" if "Sony" in title else "shavers", price, description, currency=currency)


def test_closing_down_without_papers_at_a_copys_price_alerts():
    assert "sony" in demo_alerts("Sony WH-1000XM5 – CLOSING DOWN, everything must go", "headphones", 35,
                                 "Closing down! Everything must go, up to 85% off. No invoice.")


@pytest.mark.parametrize("description", [
    "Licensed pawnbroker. Forfeited item, checked by our appraiser, certificate and receipt.",
    "Casa de empeño con licencia. Prenda no recuperada, verificada por tasador, con certificado.",
])
def test_a_licensed_pawnbrokers_pledge_with_papers_stays_quiet(description):
    assert "louis-vuitton" not in demo_alerts("Louis Vuitton Neverfull MM", "handbags", 1050, description)


def test_a_pawn_shop_clearance_without_papers_at_a_copys_price_alerts():
    assert "louis-vuitton" in demo_alerts("Louis Vuitton Neverfull MM – pawn shop clearance", "handbags", 90,
                                          "Pawn shop clearance, unredeemed, no papers, no box.")


@pytest.mark.parametrize("text, said", [("with certificate and receipt", "certificate"), ("no papers, no certificate", None),
                                        ("verificada por tasador", "tasador"), ("已鉴定，附证书", "鉴定")])
def test_channel_papers(text, said):
    assert channel_papers(ListingText(text, "")) == said


def test_the_brands_own_part_in_a_white_box_at_a_copys_price_alerts():
    assert "canon" in demo_alerts("Canon LP-E6NH battery pack new (white box)", "cameras", 22,
                                  "Ships in a plain white box to keep the price low.")


def test_a_third_partys_part_for_the_model_in_a_white_box_stays_quiet():
    assert "canon" not in demo_alerts("Replacement battery for Canon LP-E6NH (white box)", "cameras", 12,
                                      "Third-party part, not made by Canon.")
