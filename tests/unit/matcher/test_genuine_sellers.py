"""Genuine goods sold by others that must stay quiet, and the copies beside them that must still alert (issue 9):
a pharmacy's listing (prescription medicines on prescription), a chain's modest seasonal sale (context/discounts.py),
a toy maker's licensed toy or model of the brand's goods and memorabilia about the brand (subject.py: "a model, toy,
prop or memorabilia of"), vintage goods in more languages and a year of the last century among collectibles
(condition.py), and a shop's listing in a category that had no floor (the demo registry's category floors)."""

from __future__ import annotations

import pytest

from schemas import Rule
from services.matcher.core.context.discounts import read_discount
from services.matcher.core.detectors.goods_codes import on_prescription
from services.matcher.core.normalise import ListingText
from tests.unit.matcher.demo import demo_alerts, demo_evaluated


def _signal(match, rule):
    return next(s for s in match.signals if s.rule is rule)


# ---------------------------------------------------------------------------------------------- a pharmacy's sale

@pytest.mark.parametrize("title, price, currency", [
    ("Viagra 100mg – prescription required, licensed pharmacy", 1520, "USD"),
    ("Lipitor 20mg 90 tablets – NHS prescription required", 380, "GBP"),
    ("Viagra 100mg 30 Tabletten rezeptpflichtig, Versandapotheke", 1480, "EUR"),
    ("Viagra 100 mg 30 comprimés sur ordonnance", 1490, "EUR"),
    ("Lipitor 20mg 処方箋医薬品", 56000, "JPY"),
])
def test_a_prescription_medicine_dispensed_on_prescription_at_list_price_is_a_pharmacy(title, price, currency):
    assert "pfizer" not in demo_alerts(title, "prescription drugs", price, "", currency)
    fair = _signal(demo_evaluated(title, "prescription drugs", price, "", currency)["pfizer"], Rule.fair_price)
    assert fair.weight < 0 and "dispensed on prescription" in fair.detail


@pytest.mark.parametrize("title, price", [
    ("Viagra 100mg online pharmacy, no prescription required", 1520),  # the rogue trade's words, any price
    ("Viagra 100mg prescription not required", 1520),
    ("Viagra 100mg Apotheke ohne Rezept", 1520),
    # the prescription words at a copy's price: below a quarter of the floor (40 % of it is a pharmacy's price in some
    # market since 55ab60f's RX_PRICE, index.py)
    ("Viagra 100mg – prescription required, licensed pharmacy", 15),
])
def test_a_pharmacy_without_a_prescription_or_at_a_copy_price_still_alerts(title, price):
    match = demo_alerts(title, "prescription drugs", price, "", "USD")["pfizer"]
    assert any(s.rule in (Rule.exact, Rule.price) and s.weight > 0 for s in match.signals)


@pytest.mark.parametrize("text, said", [
    ("Rx only", "Rx only"), ("rezeptpflichtig", "rezeptpflichtig"), ("vendu sur ordonnance", "sur ordonnance"),
    ("lek na receptę", "na receptę"), ("отпускается по рецепту", "по рецепту"), ("no prescription required", None),
    ("prescription not required", None), ("ohne Rezept, rezeptpflichtig", None),
])
def test_on_prescription_reads_the_words_and_refuses_a_waived_prescription(text, said):
    assert on_prescription(ListingText(text, "")) == said


@pytest.mark.parametrize("title, category, price, currency, brand", [
    ("Bepanthen Wund- und Heilsalbe 100g, Apotheke", "skincare", 12.99, "EUR", "bayer"),
    ("Neutrogena Hydro Boost gel 50ml farmacia", "skincare", 21.99, "EUR", "johnson-johnson"),
])
def test_a_pharmacy_s_skin_care_at_a_fair_price_is_a_retailer(title, category, price, currency, brand):
    assert brand not in demo_alerts(title, category, price, "", currency)
    assert _signal(demo_evaluated(title, category, price, "", currency)[brand], Rule.fair_price).weight < 0


# ---------------------------------------------------------------------------------------------- a chain's sale

@pytest.mark.parametrize("title, category, price, currency, brand", [
    ("Bose SoundLink Flex Angebot -20%", "speakers", 92.99, "EUR", "bose"),
    ("Canon EOS R6 Mark II soldes -30% Fnac", "cameras", 1695, "EUR", "canon"),
    ("Panasonic Arc5 shaver ES-LV9Q EOFY sale 25% off JB Hi-Fi", "shavers", 310, "AUD", "panasonic"),
    ("ハズブロ Nerf Elite 2.0 blaster セール 20%オフ ヨドバシ", "blasters", 2400, "JPY", "hasbro"),
    ("Bose SoundLink Flex 8折 京东自营", "speakers", 640, "CNY", "bose"),
])
def test_a_chain_s_modest_sale_of_a_fair_price_stays_quiet_and_says_so(title, category, price, currency, brand):
    assert brand not in demo_alerts(title, category, price, "", currency)
    fair = _signal(demo_evaluated(title, category, price, "", currency)[brand], Rule.fair_price)
    assert fair.weight < 0 and ("a retailer's sale" in fair.detail or fair.ratio >= 1.0)  # a sale of a dear item is fair anyway


@pytest.mark.parametrize("title, price", [
    ("Bose SoundLink Flex Angebot -20%", 25),  # the sale's words on a copy's price
    ("Bose SoundLink Flex -70%", 120),  # a deep discount is the copy trade's anchor
    ("Bose SoundLink Flex soldes -30% AAA quality", 95),
])
def test_sale_words_on_a_copy_still_alert(title, price):
    assert "bose" in demo_alerts(title, "speakers", price, "", "EUR")


@pytest.mark.parametrize("text, fraction", [
    ("-20%", 0.2), ("25 % off", 0.25), ("soldes -30%", 0.3), ("セール 20%オフ", 0.2), ("시즌오프 30%", 0.3),
    ("%20 indirim", 0.2), ("7.5折", 0.25), ("100% cotton", None), ("20% VAT included", None), ("battery 80%", None),
])
def test_read_discount(text, fraction):
    found = read_discount(ListingText(text, ""))
    assert (found.fraction if found else None) == (pytest.approx(fraction) if fraction else None)


# ---------------------------------------------------------------------------------------------- toys and memorabilia

@pytest.mark.parametrize("title, price, currency, brand", [
    ("Klein Bosch Spielzeug-Akkuschrauber für Kinder (Lizenz)", 17.99, "EUR", "bosch"),
    ("Casdon giocattolo aspirapolvere Dyson per bambini", 27.99, "EUR", "dyson"),
    ("Zabawkowa szczoteczka Philips Sonicare for Kids", 140, "PLN", "philips"),
    ("Hot Wheels BMW M3 E30 – Mattel, new on card", 4.99, "USD", "mattel"),
    ("LEGO Technic BMW M 1000 RR 42130", 390, "AUD", "lego"),
])
def test_a_licensed_toy_of_another_brand_s_goods_stays_quiet(title, price, currency, brand):
    assert not demo_alerts(title, "toys", price, "", currency)


def test_the_licensor_of_a_toy_is_read_as_the_subject_of_a_toy():
    match = demo_evaluated("Casdon giocattolo aspirapolvere Dyson per bambini", "toys", 27.99, "", "EUR")["dyson"]
    assert "a model, toy, prop or memorabilia of" in _signal(match, Rule.subject).detail


def test_a_toy_claiming_a_copy_still_alerts():
    assert "dyson" in demo_alerts("Dyson Airwrap toy 1:1 replica AAA", "toys", 27.99, "", "EUR")


@pytest.mark.parametrize("title, price, currency, brand", [
    ("LEGO 1980er Piratenschiff 6285, komplett mit Anleitung", 230, "EUR", "lego"),
    ("Radio National Panasonic z lat 70", 240, "PLN", "panasonic"),
    ("Garrafa Coca-Cola antiga 1960 coleção", 164.99, "BRL", "coca-cola"),
    ("バンダイ 初代 たまごっち 1997年 当時物", 12000, "JPY", "bandai"),
    ("Barbie 1972 Malibu original doll", 186, "AUD", "mattel"),
    ("iPhone advertising tin from 1965", 58.5, "USD", "apple"),
])
def test_vintage_goods_and_memorabilia_stay_quiet(title, price, currency, brand):
    assert brand not in demo_alerts(title, "collectibles", price, "", currency)


def test_a_vintage_story_on_a_copy_price_still_alerts():
    assert "rolex" in demo_alerts("Rolex Submariner z lat 70", "watches", 150, "", "EUR")
