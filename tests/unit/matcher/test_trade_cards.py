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


# retail27 (issue 9): a lot counted in units or by a minimum order is no distributor's case, whatever paperwork it
# names (retail.invoiced_case); a card far below its face value is the fraud trade's price (subject.card_below_face);
# a dish's noun beside the maker's pack size is the packaged product (subject.packed_goods)
from services.matcher.core.context.retail import invoiced_case  # noqa: E402
from services.matcher.core.context.subject import card_below_face, packed_goods  # noqa: E402


@pytest.mark.parametrize("title,desc", [
    ("Nutella 750g – wholesale case, invoice", "Distributor invoice, batch codes."),
    ("Evian 24 x 500ml master case, VAT invoice", ""), ("Karton Red Bull, mit Rechnung", ""),
    ("Caja mayorista de Danone con factura", ""), ("Nestlé 整箱 可开发票", ""),
])
def test_a_case_sold_whole_with_its_invoice(title, desc):
    assert invoiced_case(ListingText(title, desc)) is not None


@pytest.mark.parametrize("title,desc", [
    ("Nike Air Force 1 lot of 20", "VAT invoice included."), ("Adidas shoes al por mayor", "Factura con IVA."),
    ("Chanel bag оптом от 10 шт", "Facture avec TVA."), ("Sony camera 批发 50件起批", "可开发票"),
    ("Gucci belt case, MOQ 50", "invoice"), ("Rolex watches bulk 100 pcs, carton", "invoice"),
    ("Nutella wholesale case", "Ships fast."),  # no invoice at all
])
def test_a_counted_lot_or_no_invoice_is_no_case(title, desc):
    assert invoiced_case(ListingText(title, desc)) is None


@pytest.mark.parametrize("title,price_eur", [
    ("Toyota gift card $30 for only $8", 8.2), ("Danone gift card 25€", 3.8), ("LEGO buono regalo €20 for only $5", 5.1),
    ("Panasonic cadeaubon $150", 41.0), ("Sephora carte cadeau 100 €", 20.0), ("Amazon Gutschein 50 EUR", 12.0),
])
def test_a_card_far_below_its_face_value(title, price_eur):
    assert card_below_face(title, price_eur) is not None


@pytest.mark.parametrize("title,price_eur", [
    ("Nike gift card 100", 92.0), ("Apple gift card 50 USD", 40.0),  # at or near the face value
    ("iPhone 16 wallet card holder", 5.0),  # a model number, no face value
    ("PlayStation gift card 12 months", 3.0), ("Samsung 64 GB memory card", 6.0), ("Nike Air Max 90", 10.0),
    ("Xbox gift card", 5.0),  # no face value stated
])
def test_no_card_far_below_its_face_value(title, price_eur):
    assert card_below_face(title, price_eur) is None


@pytest.mark.parametrize("title", [
    "twix caramel cookie bars, party size", "oreo cookies family size", "kitkat wafer bars multipack",
    "snickers brownies 24 count", "milka cookies familienpackung", "m&m's cookies sharing bag",
])
def test_a_dish_noun_beside_the_makers_pack_size_is_the_packaged_product(title):
    assert packed_goods(title)


@pytest.mark.parametrize("title", [
    "homemade twix cookie bars, party size", "nutella cheesecake made to order, 12 count", "twix cookie bars",
    "snickers brownies hausgemacht, familienpackung", "kitkat birthday cake, serves 12",
])
def test_a_home_or_made_to_order_bake_is_no_packaged_product(title):
    assert not packed_goods(title)
