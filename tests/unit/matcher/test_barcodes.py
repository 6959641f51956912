"""The goods named by their barcode (issue 9, outsider15's `c_gtin_barcode_only`; rule barcode, detectors/barcodes.py):
an EAN-13, UPC-A or GTIN-14 under a GS1 company prefix the brand declares, with a valid check digit or labelled right
before it, names the brand in its category with a counterfeit cue or a price far below the floor; a grocer's barcode at
its price, a number that is no barcode, and the digits of a barcode read as something else stay quiet. And the
Vietnamese and Indonesian copy words ("hàng nhái", "like auth", "KW super")."""

from __future__ import annotations

import pytest

from schemas import Rule
from services.matcher.core.detectors.barcodes import barcodes, gtin_valid
from tests.unit.matcher.demo import demo_alerts


@pytest.mark.parametrize("code", ["5449000000996", "8000500310427", "049000028904", "5000159461122", "15449000000993"])
def test_the_gs1_check_digit(code):
    assert gtin_valid(code)
    assert not gtin_valid(code[:-1] + str((int(code[-1]) + 3) % 10))


def test_barcodes_are_read_whole_in_printed_groups_and_beside_other_numbers():
    assert [d for _, _, d, ok in barcodes("ean 5 449000 000996 330 ml x24") if ok] == ["5449000000996"]
    assert [d for _, _, d, ok in barcodes("upc 0 49000 02890 4 cola") if ok] == ["049000028904"]
    assert [d for _, _, d, ok in barcodes("ean-13 5449000-000996") if ok] == ["5449000000996"]
    assert [d for _, _, d, ok in barcodes("order 1234567 890 123") if ok] == []


@pytest.mark.parametrize(("title", "category", "price", "currency", "brand"), [
    ("EAN 5449000000996 cola 330ml x24, same as original", "soft drinks", 4950.0, "NGN", "coca-cola"),
    ("5 449000 000996 cola 330ml can replica", "soft drinks", 0.5, "EUR", "coca-cola"),
    ("条码 8000500310427 榛子酱 750g 高仿", "spreads", 9.0, "CNY", "ferrero"),
    ("JAN 4909978112343 日焼け止め 60ml コピー品", "sunscreen", 900.0, "JPY", "shiseido"),  # check digit mistyped: labelled
    ("UPC 0 45496 59002 4 handheld console 1:1", "consoles", 60.0, "USD", "nintendo"),
    ("штрихкод 7613036303192 кофе растворимый 200г подделка", "coffee", 150.0, "RUB", "nestle"),
    ("mã vạch 8710428017536 sữa bột 900g hàng nhái", "infant formula", 250000.0, "VND", "abbott"),
    ("GTIN 15449000000993 cola cans carton, super copy", "soft drinks", 3.0, "USD", "coca-cola"),
    ("kode batang 5702016616439 building set KW super", "building sets", 80000.0, "IDR", "lego"),
])
def test_a_barcode_under_the_brands_prefix_with_a_cue_alerts_and_says_so(title, category, price, currency, brand):
    found = demo_alerts(title, category, price, currency=currency)
    assert set(found) == {brand}, found
    assert any(s.rule is Rule.barcode and "GS1 company prefix" in (s.detail or "") for s in found[brand].signals)


@pytest.mark.parametrize(("title", "category", "price", "currency"), [
    ("EAN 5449000000996 cola 330ml can, supermarket stock", "soft drinks", 1.5, "USD"),  # the grocer's, fair price
    ("5449000000996 cola 330ml, best before 2027", "soft drinks", 1.2, "EUR"),
    ("Order 5449000000997 cola 330ml, delivered", "soft drinks", 1.2, "EUR"),  # check digit fails, no label
    ("Tracking 7613036303193 parcel lost, refund please", "coffee", 5.0, "USD"),
    ("EAN 5449000000996 garden hose 20m replica fitting", "garden", 10.0, "USD"),  # not the brand's goods
    ("Pendant necklace EAN 5 700302 327359", "jewelry", 46.0, "USD"),  # a group of it is no Rolex reference
    ("Kids party for 12 kids, clown and games", "services", 100.0, "USD"),
])
def test_barcodes_that_name_no_copy_stay_quiet(title, category, price, currency):
    assert demo_alerts(title, category, price, currency=currency) == {}


@pytest.mark.parametrize(("title", "category", "price", "currency", "brand"), [
    ("Túi Gucci Marmont like auth 950k", "handbags", 950.0, "VND", "gucci"),
    ("Đồng hồ Rolex Submariner hàng nhái", "watches", 2_500_000.0, "VND", "rolex"),
    ("Sepatu Nike Air Jordan 1 KW super", "sneakers", 350_000.0, "IDR", "nike"),
])
def test_vietnamese_and_indonesian_copy_words_are_cues(title, category, price, currency, brand):
    found = demo_alerts(title, category, price, currency=currency)
    assert brand in found
    assert any(s.rule is Rule.cue and s.weight > 0 for s in found[brand].signals)
