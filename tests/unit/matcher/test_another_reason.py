"""The brand named for another reason (issue 9, precision; senses): work for hire done in its program or with its goods,
a dish made with its food, a whole vehicle by its papers, a spare that fits it in more languages, a book about it; and
the copies that borrow those words, which still alert. Answers are what a brand sees: whether a Match reaches its
threshold, and the evidence's rule and words.
"""

from __future__ import annotations

import pytest

from schemas import Listing
from services.matcher.core.context.subject import subject_of
from tests.unit.matcher.demo import demo_index, demo_listing


def alerted(item: Listing) -> set[str]:
    return {m.brand_id for m in demo_index().match(item)}


def subject_signal(item: Listing, brand: str):
    """The `subject` signal of the brand's evaluation (below its threshold too), or None."""
    return next((s for m in demo_index().evaluate(item) if m.brand_id == brand for s in m.signals if s.rule == "subject"),
                None)


# ------------------------------------------------------------------ work for hire

@pytest.mark.parametrize("title, category, price, currency, brand", [
    ("Professional Photoshop retouching - 10 product photos", None, 40, "USD", "adobe"),
    ("AutoCAD 2D floor plan drafting from sketch", None, 2500, "INR", "autodesk"),
    ("Revit BIM Modellierung für Einfamilienhaus", None, 600, "EUR", "autodesk"),
    ("3ds Max 3D rendering, 2 views", None, 3000, "PHP", "autodesk"),
    ("Edição de fotos com Lightroom, pacote 50 fotos", None, 150, "BRL", "adobe"),
    ("Obróbka zdjęć w Photoshop, 20 sztuk", None, 120, "PLN", "adobe"),
    ("Ретушь фото в Photoshop, 10 штук", None, 1500, "RUB", "adobe"),
    ("Atelier LEGO anniversaire enfants, 2 heures, 10 enfants", None, 180, "EUR", "lego"),
    ("Nintendo Switch party gaming host for kids' birthdays", None, 150, "CAD", "nintendo"),
    ("Dyson Airwrap styling at your home", "Services", 60, "GBP", "dyson"),
    ("Canon EOS R6 set-up at your home", "Dienstleistungen", 80, "EUR", "canon"),
])
def test_work_for_hire_done_with_the_brand_stays_quiet(title, category, price, currency, brand):
    item = demo_listing(title, category, price, currency=currency)
    assert alerted(item) == set(), title
    signal = subject_signal(item, brand)
    assert signal is not None and "work for hire" in signal.detail, title


@pytest.mark.parametrize("title, category, price, brand", [
    ("Photoshop retouching edition – full version, lifetime activation", "software", 9, "adobe"),   # the program itself
    ("AutoCAD 2025 for drafting & rendering, license key, lifetime", "software licenses", 15, "autodesk"),
    ("Rolex Submariner automatic watch replica", "Services", 150, "rolex"),                       # a copy filed under services
    ("LEGO Technic 42115 set party pack for kids' birthdays, 1:1 copy", "building sets", 30, "lego"),
])
def test_a_copy_with_work_words_still_alerts(title, category, price, brand):
    assert brand in alerted(demo_listing(title, category, price)), title


# ------------------------------------------------------------------ dishes

@pytest.mark.parametrize("title, price, currency, brand", [
    ("KitKat birthday cake, serves 12, custom order", 55, "USD", "nestle"),
    ("M&M's cookie cake 10 inch", 35, "AUD", "mars"),
    ("Pastel de Ferrero Rocher, 20 porciones", 650, "MXN", "ferrero"),
    ("Roti bakar Nutella keju, 1 porsi", 25000, "IDR", "ferrero"),
    ("Tort z Twix i Snickers na zamówienie, 2kg", 180, "PLN", "mars"),
    ("Торт с Nutella на заказ, 2 кг", 2500, "RUB", "ferrero"),
    ("Bolo de KitKat com cobertura, 1kg", 60, "BRL", "nestle"),
])
def test_a_dish_made_with_the_brands_food_stays_quiet(title, price, currency, brand):
    item = demo_listing(title, "food", price, currency=currency)
    assert alerted(item) == set(), title
    signal = subject_signal(item, brand)
    assert signal is not None and "a dish made with" in signal.detail, title


@pytest.mark.parametrize("title, category, price, brand", [
    ("Nutella hazelnut spread 750g, ideal for cakes and crêpes", "spreads", 0.5, "ferrero"),  # the goods, for baking
    ("Nutella 3kg para tartas y postres", "spreads", 1.2, "ferrero"),
    ("KitKat cake wafer bars 36 pack 1:1 copy", "confectionery", 6, "nestle"),              # a dish word, a copy word
    ("LEGO minifigures cake topper set", "minifigures", 1.5, "lego"),                        # the goods as a topper
])
def test_the_brands_goods_with_dish_words_still_alert(title, category, price, brand):
    assert brand in alerted(demo_listing(title, category, price)), title


# ------------------------------------------------------------------ whole vehicles by their papers

@pytest.mark.parametrize("title, category, price, currency, brand", [
    ("Toyota Corolla 1.8 Hybrid 2021, salon Polska", "samochody", 85000, "PLN", "toyota"),
    ("Toyota Land Cruiser 200 GXL 2016", "cars", 72000, "AUD", "toyota"),
    ("Honda CR-V 2018 Touring, factura original", "autos", 380000, "MXN", "honda"),
    ("2017 BMW 320i, one owner, clean title", None, 16500, "USD", "bmw"),
    ("Toyota Camry 2015 foreign used, registered", None, 9000000, "NGN", "toyota"),
])
def test_a_whole_vehicle_named_by_its_papers_or_filed_under_cars_stays_quiet(title, category, price, currency, brand):
    item = demo_listing(title, category, price, currency=currency)
    assert alerted(item) == set(), title
    signal = subject_signal(item, brand)
    assert signal is not None and "a whole vehicle" in signal.detail, title


def test_a_part_with_vehicle_papers_words_and_a_copy_claim_still_alerts():
    assert "toyota" in alerted(demo_listing("Toyota front brake pads set 2019, one owner car, 1:1 copy", "auto parts", 3))


# ------------------------------------------------------------------ fits, in more languages; books

@pytest.mark.parametrize("title, category, price, currency", [
    ("Ostrza zamienne pasujące do golarek Philips serii 7000 (zamiennik)", "golarki", 59, "PLN"),
    ("Laddare 25W kompatibel med Samsung Galaxy (ej original)", "laddare", 130, "SEK"),
    ("Drill bit set fits Bosch SDS-plus GBH 2-26, 17 pcs", "power tool accessories", 35, "CAD"),
    ("Náhradní hlavice kompatibilní s Philips Sonicare, 8 ks", "zubní kartáčky", 199, "CZK"),
    ("Sạc nhanh tương thích với Samsung Galaxy", "phụ kiện", 150000, "VND"),
])
def test_a_spare_that_says_it_fits_the_brand_stays_quiet(title, category, price, currency):
    assert alerted(demo_listing(title, category, price, currency=currency)) == set(), title


@pytest.mark.parametrize("title, brand", [
    ("Canon EOS R6 Mark II - Das Handbuch zur Kamera", "canon"),
    ("Shoe Dog - Phil Knight, la storia di Nike", "nike"),
    ("Excel 365 voor Dummies", "microsoft"),
    ("L'histoire de Louis Vuitton, livre illustré", "louis-vuitton"),
])
def test_a_book_about_the_brand_stays_quiet(title, brand):
    item = demo_listing(title, "books", 25, currency="EUR")
    assert alerted(item) == set(), title


@pytest.mark.parametrize("title, kind", [
    ("Nutella 750g jar, perfect for baking cookies", None),   # "for <dish>": a use of the goods
    ("LEGO birthday cake topper, 8 minifigures", None),       # a topper: goods
    ("Nutella cheesecake, whole", "a dish"),
    ("Professional Photoshop retouching", "work for hire"),
])
def test_what_the_title_sells(title, kind):
    found = subject_of(title)
    assert (found.kind if found else None) == kind, title
