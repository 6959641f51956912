"""(genuine31, issue 9) Listings that name the brand's goods but sell something else around them (a forwarder, a
restock bot, an independent service, an old newspaper or press photo, a baking kit), genuine goods whose price a gift
receipt or a team order explains, wear-part kits; and the copies that borrow their words."""

from __future__ import annotations

import pytest

from services.matcher.core.context.retail import plural_of
from services.matcher.core.context.stories import gift_receipt
from services.matcher.core.context.subject import Subject, about_copies, carries, subject_of
from services.matcher.core.context.teamwear import team_order
from tests.unit.matcher.demo import demo_index, demo_listing


def alerted(item) -> set[str]:
    return {m.brand_id for m in demo_index().match(item)}


def details(item, brand: str) -> str:
    return " | ".join(s.detail or "" for m in demo_index().evaluate(item) if m.brand_id == brand for s in m.signals)


@pytest.mark.parametrize("title, price, currency, brand", [
    ("Rolex service & polish by independent watchmaker", 111, "EUR", "rolex"),
    ("BMW oil service at independent garage", 5_870_000, "IRR", "bmw"),
    ("Honda major service, independent garage", 200, "EUR", "honda"),
    ("PS5 restock tracker bot – alerts for official retailers", 12, "EUR", "sony"),
    ("Nintendo eShop sale alert bot", 161_000, "KRW", "nintendo"),
    ("Shop US stores (Nike, Apple) – we forward to Ghana, tracking included", 253, "ZAR", "nike"),
    ("Korea forwarding service – official Samsung store orders", 21_100, "KZT", "samsung"),
    ("Paketweiterleitung aus den USA – Nike, Apple Bestellungen", 25, "EUR", "nike"),
    ("Newspaper clipping 1985 – 'Customs seize fake Rolex watches at port'", 2_390, "TRY", "rolex"),
    ("Newspaper 1998 – Viagra approval headline", 4_170, "NPR", "pfizer"),
    ("Sony Walkman 1979 press photo, reprint", 113, "BRL", "sony"),
    ("Press kit: Louis Vuitton 2019 exhibition, collector item", 107, "NZD", "louis-vuitton"),
    ("Zeitungsausschnitt 1990: Gucci eröffnet Laden in München", 10, "EUR", "gucci"),
    ("Pharmacist talk: dangers of fake Viagra online", 858, "JPY", "pfizer"),
    ("M&M's cookie baking kit (recipe + cutters, candy not included)", 32.5, "PLN", "mars"),
    ("Bose QuietComfort 45 genuine ear cushion kit", 686, "ZAR", "bose"),
    ("Panasonic genuine shaver foil & cutter WES9034", 35.3, "EUR", "panasonic"),
])
def test_a_listing_that_carries_services_or_reports_on_the_brands_goods_stays_quiet(title, price, currency, brand):
    item = demo_listing(title, None, price, currency=currency)
    assert brand not in alerted(item), details(item, brand)


@pytest.mark.parametrize("title, price, brand", [
    ("Korea forwarding service – Samsung Galaxy S24 replica, we forward worldwide", 60, "samsung"),
    ("Nike Air Jordan 1 reps – we forward to Ghana, top batch", 40, "nike"),
    ("PS5 restock tracker bot + PS5 1:1 clone console in stock", 80, "sony"),
    ("Rolex Submariner service & polish – 1:1 replica watch included", 90, "rolex"),
    ("Press photo of the Rolex Daytona 1:1 replica – watch included", 120, "rolex"),
    ("Panasonic shaver foil & cutter WES9034 – copy, not original", 5, "panasonic"),
    ("Microsoft Office 2024 lifetime key, cracked – release notes inside", 5, "microsoft"),
])
def test_the_copies_that_borrow_those_words_still_alert(title, price, brand):
    item = demo_listing(title, None, price, currency="EUR")
    assert brand in alerted(item)


def test_a_forwarders_copy_word_is_the_goods_not_a_legit_checks_subject():
    service = Subject("a service", "forwarding service", "title")
    assert carries(service) and not about_copies("Korea forwarding service – Galaxy replica", service)
    check = Subject("a service", "legit check", "title")
    assert not carries(check)
    assert subject_of("Korea forwarding service – official Samsung store orders").noun == "forwarding service"


def test_an_unwanted_gift_with_a_gift_receipt_at_a_street_price_tells_no_cover_story():
    title = "Canon EOS R6 Mark II – unwanted gift, gift receipt and card included"
    item = demo_listing(title, "cameras", 2050, description="Sealed, gift receipt from the store so you can exchange.")
    assert "canon" not in alerted(item), details(item, "canon")
    low = demo_listing("Canon EOS R6 Mark II – unwanted gift, gift receipt included", "cameras", 400)
    assert "canon" in alerted(low)
    assert "cover story (gift)" in details(low, "canon")
    assert gift_receipt("Dyson Airwrap, ungewolltes Geschenk", "Geschenkbeleg liegt bei") == "geschenkbeleg"
    assert gift_receipt("Dyson Airwrap, unwanted gift", "sealed") is None


@pytest.mark.parametrize("title, price, currency, brand", [
    ("Nike Park VII team jerseys x15 – club crest printing via Nike Team dealer", 14_100, "TWD", "nike"),
    ("adidas Entrada 22 team kit x18 – authorised teamwear dealer", 5_260, "SEK", "adidas"),
    ("Wilson Evolution basketballs x10 – school team order, authorised dealer", 81_200, "ETB", "wilson"),
])
def test_a_team_order_at_a_teamwear_dealers_price_a_piece_stays_quiet(title, price, currency, brand):
    item = demo_listing(title, None, price, currency=currency,
                        description="Official teamwear programme; invoice for the club treasurer.")
    assert brand not in alerted(item), details(item, brand)


def test_a_team_order_at_a_factory_copys_price_or_with_its_copy_words_still_alerts():
    assert "nike" in alerted(demo_listing("Nike team jerseys x15 – club order, Nike logo embroidered, factory copy",
                                          None, 120, currency="EUR"))
    assert "nike" in alerted(demo_listing("Nike Park VII team jerseys x15 – club crest printing via Nike Team dealer",
                                          None, 60, currency="EUR"))


def test_team_order_and_plural_readers():
    assert team_order("adidas Trikotsatz x18 für deinen Verein") is not None
    assert team_order("Nike Air Max 90 x2, new") is None
    assert team_order("Yonex shuttles", "club order of 10 tubes") is not None
    assert plural_of("Evolution basketballs", "Evolution Basketball")
    assert not plural_of("Nikes", "Nike")
