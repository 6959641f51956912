"""Genericized marks (issue 9, precision; quiet, session 16): a brand's word that a market uses as the plain noun of such
goods (바바리, adidasy, jilet, aspirin, maggi, נס קפה, Walkman, band-aid, Nerf, Barbie) beside another maker's name, an
unbranded word or "marki X" counts for nothing (rule everyday_word); a word that is the generic noun alone needs a copy
claim; the brand's own mark beside it names the brand as usual."""

from __future__ import annotations

import pytest

from services.matcher.core.context.generic_marks import generic_word
from tests.unit.matcher.demo import demo_alerts, demo_evaluated


@pytest.mark.parametrize("title, category, price, currency", [
    ("여성 봄 바바리 코트 베이지 (보세)", "trench coats", 48000, "KRW"),
    ("남자 바바리코트 네이비 지오지아", "trench coats", 55000, "KRW"),
    ("Adidasy Reebok Classic białe r. 42", "sneakers", 80, "PLN"),
    ("Dětské adidasky Decathlon Kalenji vel. 32", "sneakers", 179, "CZK"),
    ("Buty sportowe (adidasy) marki Sprandi, używane", "sneakers", 40, "PLN"),
    ("Boots aspirin 300mg 16 tablets x3", "otc", 1.58, "GBP"),
    ("Aspirina Ratiopharm 500 mg 20 comprimidos", "otc", 2, "EUR"),
    ("Knorr seasoning cubes (maggi) carton", "food", 18000, "NGN"),
    ("Derby jilet 10'lu paket", "razor blades", 51, "TRY"),
    ("נס קפה עלית 200 גרם", "coffee", 25, "ILS"),
    ("Walkman Sanyo cassette player, works", "headphones", 27, "EUR"),
    ("Nerf darts refill 100 pack, Dart Zone", "blasters", 9, "USD"),
    ("Curad band-aids assorted, 40 count", "first aid", 4, "USD"),
])
def test_a_generic_word_beside_another_maker_stays_quiet(title, category, price, currency):
    assert demo_alerts(title, category, price, currency=currency) == {}


def test_the_evidence_says_which_maker_made_it_generic():
    said = " | ".join(s.detail for s in demo_evaluated("Adidasy Reebok Classic białe r. 42", "sneakers", 80,
                                                        currency="PLN")["adidas"].signals)
    assert "genericized" in said and "'Reebok'" in said


def test_a_word_that_is_the_noun_alone_needs_a_copy_claim():
    assert demo_alerts("Adidasy damskie białe r. 38", "sneakers", 25, currency="PLN") == {}
    assert "adidas" in demo_alerts("Adidasy damskie białe podróbka 1:1 r. 38", "sneakers", 25, currency="PLN")


@pytest.mark.parametrize("title, category, price, currency, brand", [
    ("adidasy Adidas Superstar białe r. 42", "sneakers", 60, "PLN", "adidas"),
    ("바바리 코트 노바체크 미러급", "trench coats", 60000, "KRW", "burberry"),
    ("Gillette Mach3 yedek jilet çakma", "razor blades", 40, "TRY", "gillette"),
    ("Nerf Elite 2.0 blaster 1:1 copy", "blasters", 9, "USD", "hasbro"),
    ("Bayer Aspirin 500mg 100 tablets replica", "otc", 2, "USD", "bayer"),
])
def test_a_copy_that_uses_the_word_still_alerts(title, category, price, currency, brand):
    assert brand in demo_alerts(title, category, price, currency=currency)


def test_brand_new_is_no_maker():
    assert generic_word("adidas", "Adidasy brand new", 0, 7, "Adidasy brand new", frozenset({"adidas"})).other is None
