"""precision28 (issue 9): a subscription code for a term at a subscription's price and the brand's store fixtures or
packaging sold alone are no goods of the brand (context/subject.py subscription, store_fixture); a licensed crossover's
partner brand named plainly beside the maker's goods at a genuine price is lowered with them (index._crossover); a
maker's dealer states a retailer's standing (retail.retail_standing)."""

import pytest

from schemas.models import Listing
from services.matcher.core import MatcherIndex
from services.matcher.core.context.retail import retail_standing
from services.matcher.core.context.subject import store_fixture, subject_of, subscription
from services.matcher.core.normalise import ListingText
from tests.unit.matcher.demo import demo_index


@pytest.mark.parametrize("title,price_eur", [
    ("PlayStation Plus 12 months voucher (code)", 73.6), ("Nintendo Switch Online 12 months code", 18.4),
    ("Xbox Game Pass Ultimate 3 months", 45.0), ("Microsoft 365 Family 1 year", 99.0),
    ("Nintendo Switch Online Mitgliedschaft 12 Monate Code", 19.0), ("PS Plus Essential 12个月 会员", 60.0),
])
def test_a_subscription_code_at_its_price(title, price_eur):
    assert subscription(title, price_eur) is not None
    assert subject_of(title, price_eur=price_eur).kind == "a subscription"


@pytest.mark.parametrize("title,price_eur", [
    ("PS Plus 12 months code", 8.0),  # the fraud trade's price: under a euro a month
    ("Apple Watch 12 months warranty", 300.0), ("Nike shoes 12 months old", 40.0), ("Rolex Submariner 1 year", 9000.0),
    ("Adobe Creative Cloud 12 months on YOUR email", 40.0), ("Netflix Premium 12 months shared account", 30.0),
    ("PS Plus 12 months code", None),
])
def test_no_subscription_code(title, price_eur):
    assert subscription(title, price_eur) is None


@pytest.mark.parametrize("title", [
    "Apple Store retail display table riser (ex-store)", "Pandora charm display tray, ex-store fixture",
    "Louis Vuitton paper shopping bag, medium – bag only, no product", "Omega dealer clock sign, ex-shop",
    "Nike store shoe wall display shelf x5, ex-store fitting", "Gucci shopping bag + ribbon, genuine packaging only",
    "Burberry dust bag, genuine, no item", "Cartier red gift box (empty), genuine packaging",
    "Présentoir Puma de magasin, ex-boutique", "Nike 展示架 闭店 店铺道具", "Canada Goose 매장 집기 진열대",
    "BMW Händler Display Aufsteller, Ladenauflösung",
])
def test_a_fixture_or_packaging_sold_alone(title):
    assert store_fixture(title, 20.0) is not None
    assert subject_of(title, price_eur=20.0).kind == "store fixtures"


@pytest.mark.parametrize("title", [
    "Rolex box + dust bag + card for your rep",  # paperwork and a copy's kit
    "Louis Vuitton dust bags 20 pcs, empty",  # by the dozen: stock for copies
    "Gucci gift box for watch, watch included", "Rolex empty box and papers only",
    "Gucci Marmont bag only", "Chanel 2.55 bag, no dust bag", "LV Speedy 30, dust bag only",  # goods with packaging
    "Rolex Submariner with box only", "Rolex Submariner box only", "iPhone 15 display model, ex-store",
])
def test_no_fixture_or_packaging_sold_alone(title):
    assert store_fixture(title, 20.0) is None


def test_a_dealer_states_a_retailers_standing():
    assert retail_standing(ListingText("BMW 11428575211 oil filter – genuine dealer part, sealed", "")) is not None
    assert retail_standing(ListingText("Toyota brake pads", "Dealer surplus, genuine.")) is not None


def _listing(title: str, category: str, amount: float, currency: str = "EUR", description: str = "") -> Listing:
    return Listing.model_validate({"listing_id": "t1", "marketplace": "ebay", "title": title, "description": description,
                                   "category": category, "price": {"amount": amount, "currency": currency},
                                   "observed_at": "2025-03-01T12:00:00Z", "seller": {"id": "s1"}})


@pytest.fixture(scope="module")
def index() -> MatcherIndex:
    return demo_index()


@pytest.mark.parametrize("title,category,amount", [
    ("adidas x Gucci Gazelle sneakers", "sneakers", 800.0),
    ("LEGO Super Mario Adventures with Mario", "building sets", 60.0),
    ("UNO Nintendo Super Mario edition", "toys", 9.2),
])
def test_a_licensed_crossover_at_a_genuine_price_is_quiet(index, title, category, amount):
    assert index.match(_listing(title, category, amount, description="Officially licensed, new in box.")) == []


@pytest.mark.parametrize("title,category,amount", [
    ("Nike x Burberry Air Force 1 check", "sneakers", 45.0),  # a fake collab at a copy's price
    ("adidas x Gucci Gazelle sneakers replica", "sneakers", 800.0),  # a copy claim
])
def test_a_fake_collab_still_alerts(index, title, category, amount):
    assert index.match(_listing(title, category, amount)) != []


@pytest.mark.parametrize("title,category,amount", [
    ("Gucci box + dust bag + card for your rep", "handbags", 20.0),
    ("PlayStation Plus 12 months code", "consoles", 6.0),
])
def test_the_copy_and_fraud_twins_still_alert(index, title, category, amount):
    assert index.match(_listing(title, category, amount)) != []


@pytest.mark.parametrize("title,category,amount,currency,alerted", [
    # a registered model that is a pack itself, named by its count at its floor: one unit of it, a retailer's price
    ("Gillette Mach3 12 pack – wholesale case, invoice, lot codes", "razor blades", 1940.0, "INR", []),
    ("Gillette Mach3 12 pack 1:1 copy", "razor blades", 1940.0, "INR", ["gillette"]),
    ("Gillette Mach3 12 pack", "razor blades", 300.0, "INR", ["gillette"]),
    # the Thai trade's "copy grade A" is one cue: its เกรดเอ ("grade A") is no Cartier
    ("โรเล็กซ์ ซับมารีเนอร์ ก๊อปเกรดเอ", "watches", 17700.0, "THB", ["rolex"]),
    # a maker's dealer selling a registered part at its list price
    ("BMW 11428575211 oil filter – genuine dealer part, sealed", "auto parts", 2010.0, "NPR", []),
])
def test_packs_cues_and_dealers(index, title, category, amount, currency, alerted):
    assert sorted(m.brand_id for m in index.match(_listing(title, category, amount, currency))) == alerted
