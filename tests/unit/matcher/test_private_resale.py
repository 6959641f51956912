"""A private owner's resale of goods bought at a shop (context/condition.py private_resale, privat35, issue 9): the
private seller's conventions (the EU private-sale disclaimer, a parcel point, local pickup and OBO) beside a proof of
purchase that is not denied read as "used" (PRIVATE_SCALE), so genuine goods at a second-hand price stay quiet; a copy
word, new sealed goods, a denied receipt or a copy's price still alert."""

from __future__ import annotations

import pytest

from schemas import Rule
from services.matcher.core.context.condition import PRIVATE_SCALE, private_resale
from services.matcher.core.normalise import ListingText
from tests.unit.matcher.demo import demo_alerts, demo_evaluated

PRIVATE = "Privatverkauf, daher keine Garantie, keine Rücknahme und keine Gewährleistung. Rechnung vorhanden."


@pytest.mark.parametrize("title, description", [
    ("Rolex Submariner original", PRIVATE),
    ("Rolex Submariner original", "Vente entre particuliers, ni reprise ni échange. Facture fournie."),
    ("Rolex Submariner oryginał, paragon – Paczkomat", "Wysyłka Paczkomatem."),
    ("Rolex Submariner originál", "Účtenka. Pošlu Zásilkovnou."),
    ("Rolex Submariner originale", "Vendita tra privati, no resi. Scontrino presente."),
    ("Rolex Submariner original", "Venta entre particulares, sin devoluciones. Con factura."),
    ("Rolex Submariner origineel", "Particuliere verkoop, geen retour. Kassabon aanwezig."),
    ("Rolex Submariner оригинал", "Есть чек. Отправлю СДЭК."),
    ("Rolex Submariner 正品", "專櫃購入，附發票，可店到店。"),
    ("Rolex Submariner porch pickup", "Cash/Zelle/Venmo. Authentic, receipt available. OBO, no lowballers."),
])
def test_the_private_sellers_conventions_with_a_receipt_read_as_used(title, description):
    said = private_resale(ListingText(title, description))
    assert said is not None and said.kind == "used" and said.scale is PRIVATE_SCALE


@pytest.mark.parametrize("title, description", [
    ("Rolex Submariner original", "Privatverkauf, keine Garantie, keine Rücknahme."),  # no proof of purchase
    ("Rolex Submariner", "Privatverkauf, keine Rechnung, keine Rücknahme."),  # the receipt denied
    ("Rolex Submariner", "Original, Rechnung vorhanden."),  # no private seller's word
    ("Rolex Submariner 1:1 Replik", PRIVATE),  # a copy word
    ("Rolex Submariner rep – OBO, porch pickup", "Receipt available."),
    ("Rolex Submariner neu und originalverpackt", PRIVATE),  # new goods are judged as new
    ("Rolex Submariner brand new sealed", "Private sale, no returns, receipt included."),
])
def test_no_reading_without_a_receipt_or_with_a_copy_or_new_word(title, description):
    assert private_resale(ListingText(title, description)) is None


def test_a_denied_fake_is_no_copy_word():
    assert private_resale(ListingText("Rolex Submariner original", PRIVATE + " Keine Nachbildung, kein Fake.")) is not None


@pytest.mark.parametrize("title, category, price, description, brand", [
    ("Rolex Submariner Date 126610LN – Original mit Rechnung", "watches", 7000, PRIVATE, "rolex"),
    ("Nike Dunk Low 'Panda' DD1391-100 original, Privatverkauf", "sneakers", 78, PRIVATE, "nike"),
    ("Rolex Daytona 116500LN porch pickup", "watches", 8770,
     "Porch pickup. Cash/Zelle/Venmo. 100% authentic, bought at the store, receipt available. OBO, no lowballers.",
     "rolex"),
])
def test_genuine_goods_in_a_private_resale_at_a_used_price_stay_quiet(title, category, price, description, brand):
    assert brand not in demo_alerts(title, category, price, description)
    condition = next(s for s in demo_evaluated(title, category, price, description)[brand].signals
                     if s.rule is Rule.condition)
    assert condition.weight < 0


@pytest.mark.parametrize("title, category, price, description, brand", [
    ("Nike Dunk Low 'Panda' DD1391-100 Privatverkauf, 1:1 Replik", "sneakers", 40,
     "Privatverkauf, 1:1 Replik, keine Rücknahme. Rechnung vorhanden.", "nike"),
    ("Rolex Daytona 116500LN – OBO, porch pickup", "watches", 3000, "OBO, rep, porch pickup. Receipt available.",
     "rolex"),
    ("Samsung Galaxy S24 Ultra smartphone brand new sealed", "phones", 400,
     "Private sale, no returns, receipt included.", "samsung"),
    ("Rolex Submariner Date 126610LN – Original mit Rechnung", "watches", 1500, PRIVATE, "rolex"),
])
def test_the_copy_seller_borrowing_the_conventions_still_alerts(title, category, price, description, brand):
    assert brand in demo_alerts(title, category, price, description)


@pytest.mark.parametrize("title, read", [
    ("Omega Seamaster Diver 300M occasion authentique", True),
    ("Sac Longchamp Le Pliage occasion, très bon état", True),
    ("Occasion : iPhone 13 128 Go", True),
    ("Coach tote for any occasion", False),
    ("Gucci special occasion dress", False),
    ("Michael Kors occasion gift set", False),
])
def test_french_occasion_alone_in_the_title_is_used(title, read):
    from services.matcher.core.context.condition import occasion_title
    said = occasion_title(title, ListingText(title, ""))
    assert (said is not None and said.kind == "used") is read


def test_an_occasion_omega_at_a_used_price_is_quiet_and_at_a_copys_price_alerts():
    assert "omega" not in demo_alerts("Omega Seamaster Diver 300M occasion authentique", "watches", 3000, "")
    assert "omega" in demo_alerts("Omega Seamaster Diver 300M occasion authentique", "watches", 250, "")
