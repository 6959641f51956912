"""A price field that holds no price (offer52, issue 9): a hold price or a token the text disowns beside the price it
states is judged at the text's price both ways; "make an offer" with a token and the asking price in the text; the
prefixed dollars (A$, C$, S$); a shop's options list names the brand plainly; and the copies behind the same words.
"""

from __future__ import annotations

import pytest

from services.matcher.core.config import default_currency_rates
from services.matcher.core.context.placeholders import placeholder, price_in_place
from services.matcher.core.context.retail import option_line
from services.matcher.core.context.stated_price import read_text_price
from services.matcher.core.normalise import ListingText
from tests.unit.matcher.demo import demo_alerts

KNOWN = frozenset(default_currency_rates())


@pytest.mark.parametrize("amount, shape", [
    (999999, "a hold price"), (88888, "a hold price"), (9999, "a hold price"), (123456, "a hold price"),
    (0.01, "a token"), (1, "a token"),
    (0, None), (1.5, None), (1111, None), (4390, None), (99.99, None), (12345.5, None),
])
def test_the_shapes_of_a_placeholder(amount, shape):
    assert placeholder(amount) == shape


def _in_place(amount, currency, title, description="", country=None):
    return price_in_place(amount, currency, ListingText(title, description), country, KNOWN)


@pytest.mark.parametrize("amount, currency, description, country, said, in_currency", [
    (999999, "AED", "Listed at 999999 since the site needs a price; actual price AED 752.", "AE", 752, "AED"),
    (0.01, "AED", "Placeholder price. Real price: AED 1,530.", "AE", 1530, "AED"),
    (1, "CNY", "拍下1元不发货，实价331元，可验货。", "CN", 331, "CNY"),
    (1, "USD", "Selling my used one. Asking $90 OBO.", "US", 90, "USD"),
    (1, "AUD", "Asking A$167 OBO, open to offers.", "AU", 167, "AUD"),
    (0.01, "CAD", "Make me an offer, asking C$240.", "CA", 240, "CAD"),
    (888888, "PHP", "Please don't checkout at 888,888, price on request: ₱359.", "PH", 359, "PHP"),
    (1, "EUR", "VB 90 €, Preisvorschlag gerne.", "DE", 90, "EUR"),
])
def test_the_text_s_price_stands_in_for_a_placeholder(amount, currency, description, country, said, in_currency):
    found = _in_place(amount, currency, "Item", description, country)
    assert found is not None and (round(found.amount), found.price.currency) == (said, in_currency)
    assert "placeholder" in found.describe()


@pytest.mark.parametrize("amount, currency, description", [
    (4390, "USD", "Asking $4,390 OBO."),  # a real price in the field
    (1, "USD", "Brand new, sealed. Retail $300."),  # a token with no offer and no disowning words: as before
    (999999, "IDR", "Barang baru, garansi resmi."),  # no price in the text
    (1, "CNY", "拍下1元不发货，请咨询。"),  # the placeholder repeated, no other amount
])
def test_no_price_stands_in_without_the_text_saying_one(amount, currency, description):
    assert _in_place(amount, currency, "Item", description) is None


def test_a_country_s_dollar_sign_is_its_dollar():
    for written, code in (("A$458", "AUD"), ("C$116", "CAD"), ("S$188", "SGD"), ("NZ$90", "NZD"), ("HK$900", "HKD")):
        found = read_text_price(ListingText("Item", f"Asking {written} OBO."), "US", KNOWN | {"NZD"})
        assert found is not None and found.currency == code, written


@pytest.mark.parametrize("description, word, on_list", [
    ("Options:\n- Sony WH-1000XM5 black\n- Sony WH-1000XM5 silver\nSold by an authorised retailer.", "Sony", True),
    ("Warianty:\n1. Sony WH-1000XM5\n2. etui", "Sony", True),
    ("款式:\n- Sony WH-1000XM5 黑色", "Sony", True),
    ("Great headphones.\n- Sony WH-1000XM5 black", "Sony", False),  # a bullet with no options header above
    ("Options:\nSony WH-1000XM5 black", "Sony", False),  # no bullet
    ("Sony WH-1000XM5 options: black or silver", "Sony", False),
])
def test_a_line_of_an_options_list(description, word, on_list):
    text = ListingText("Headphones – pick your colour", description)
    at = text.original.index(word, len(text.title))
    assert option_line(text.original, at) is on_list


def test_genuine_goods_behind_a_placeholder_stay_quiet_and_a_copy_s_price_behind_one_alerts():
    said = "Listed at {f} because the platform needs a price — actual price ${p}, please message. New, warranty."
    assert demo_alerts("Sony WH-1000XM5 headphones", "headphones", 999999, said.format(f=999999, p=420)) == {}
    assert demo_alerts("Sony WH-1000XM5 headphones", "headphones", 0.01, said.format(f=0.01, p=420)) == {}
    assert "sony" in demo_alerts("Sony WH-1000XM5 headphones", "headphones", 999999, said.format(f=999999, p=25))
    assert "sony" in demo_alerts("Sony WH-1000XM5 headphones", "headphones", 0.01, said.format(f=0.01, p=25))


def test_make_an_offer_with_a_token_is_judged_at_the_asking_price():
    said = "Sony WH-1000XM5, new in box with the receipt. Make an offer! Asking ${p} OBO."
    assert demo_alerts("Sony WH-1000XM5 headphones", "headphones", 1, said.format(p=400)) == {}
    assert "sony" in demo_alerts("Sony WH-1000XM5 headphones", "headphones", 1, said.format(p=22))


def test_the_brand_on_an_options_list_is_named_plainly_but_a_copy_graded_line_alerts():
    listed = "Options:\n- Sony WH-1000XM5 black{g}\n- Sony WH-1000XM5 silver\nSold by an authorised retailer."
    assert demo_alerts("Headphones – pick your colour", "headphones", 420, listed.format(g="")) == {}
    assert "sony" in demo_alerts("Headphones – pick your colour", "headphones", 60, listed.format(g=" (AAA)"))
