"""trade26 (issue 9): a gift card at its face value is stored value, no goods (context/subject.py gift_card); a lot
sold with its invoice is a distributor's case, no reason a fair price proves nothing (context/retail.py invoiced)."""
import pytest

from services.matcher.core.context.retail import invoiced
from services.matcher.core.context.subject import gift_card, subject_of
from services.matcher.core.normalise import ListingText


@pytest.mark.parametrize("title,price_eur", [
    ("Nike gift card 100", 92.0), ("Apple Gift Card 50 USD", 46.0), ("Samsung Shop voucher 100", 92.0),
    ("Gutschein Nike 50 €", 50.0), ("Adidas buono regalo, 30$, unused", 27.0), ("Xbox gift card 25", 23.0),
    ("Carte cadeau Sephora 40€", 40.0), ("LEGO Store gift card 25", 24.0),
])
def test_a_card_at_its_face_value_is_stored_value(title, price_eur):
    assert gift_card(title, price_eur) is not None
    assert subject_of(title, price_eur=price_eur).kind == "a gift card"


@pytest.mark.parametrize("title,price_eur", [
    ("Apple Gift Card $100 for only $20", 18.0),  # the fraud trade's price: some amount far above the price
    ("Apple gift card 500 USD", 110.0),
    ("Nike gift card 100", None),  # no price: nothing to compare
    ("Adobe Stock credit pack, 10 images", 35.0),  # no face value
    ("Nike Air Force 1 gift box 40", 40.0),  # a gift box is no card
    ("Samsung 64 GB memory card", 60.0),
])
def test_no_card_at_its_face_value(title, price_eur):
    assert gift_card(title, price_eur) is None


def test_an_invoice_in_the_markets_words():
    for text in ("Nutella 750g – wholesale case, invoice, lot codes", "Karton 24 Stück, mit Rechnung",
                 "caja mayorista con factura", "整箱批发 可开发票"):
        assert invoiced(ListingText(text, "")) is not None
    assert invoiced(ListingText("wholesale AAA replica 50 pcs", "MOQ 10")) is None
