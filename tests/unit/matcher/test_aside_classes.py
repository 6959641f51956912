"""The brand named aside from what is sold (issue 9, precision): an everyday-word line used as the everyday descriptor it
is, a whole vehicle, a small quantity of a consumable, the brand as a tool or an occasion, trade senses and frame words
in other languages; and the copies that borrow those words, which still alert. Answers are what a brand sees: whether
a Match reaches its threshold, and the evidence's words.
"""

from __future__ import annotations

import pytest

from schemas import Listing
from services.matcher.core.context.quantity import read_quantity, small_kind
from services.matcher.core.context.subject import subject_of
from tests.unit.matcher.demo import demo_index, demo_listing


def alerted(item: Listing) -> set[str]:
    return {m.brand_id for m in demo_index().match(item)}


def details(item: Listing, brand: str) -> str:
    return " | ".join(s.detail or "" for m in demo_index().match(item) if m.brand_id == brand for s in m.signals)


# ------------------------------------------------------------------ everyday-word lines as descriptors

@pytest.mark.parametrize("title, category, price", [
    ("Celtic trinity knot ring, sterling silver", "jewelry", 26),
    ("Willow wicker basket bag, handmade", "handbags", 30),
    ("Jackie O round sunglasses, tortoise, UV400", "sunglasses", 15),
    ("Men's denim trucker jacket, unbranded, stonewash", "denim", 35),
    ("Brooklyn skyline canvas tote bag", "handbags", 16),
])
def test_an_everyday_word_line_as_a_descriptor_stays_quiet_at_a_generic_price(title, category, price):
    assert alerted(demo_listing(title, category, price)) == set(), title


@pytest.mark.parametrize("title, category, price, brand", [
    ("Love bracelet 18k gold 1:1", "jewelry", 25, "cartier"),           # a copy cue
    ("Jet Set tote AAA replica", "handbags", 20, "michael-kors"),
    ("Cartier Love bracelet gold", "jewelry", 25, "cartier"),           # the brand's name beside it
    ("Speedy 30 bag", "handbags", 40, "louis-vuitton"),                 # a size after the line: the line named
    ("Samba OG", "sneakers", 25, "adidas"),
    ("Dunk Low Panda", "sneakers", 35, "nike"),                         # shoes are sold by their line's name
    ("L0ve bracelet gold screw", "jewelry", 25, "cartier"),             # a disguise
])
def test_a_copy_that_names_the_line_with_more_still_alerts(title, category, price, brand):
    assert brand in alerted(demo_listing(title, category, price)), title


def test_a_registered_everyday_mark_alone_at_a_far_low_price_still_alerts():
    """Only product lines are read as descriptors: "Love" and "Jet Set" are registered marks (left: the held-out
    set's "Love heart bracelet" and "Jet set travel toiletry bag" still alert)."""
    assert "cartier" in alerted(demo_listing("Love heart bracelet 925 sterling silver", "jewelry", 22))


# ------------------------------------------------------------------ whole vehicles

@pytest.mark.parametrize("title, category, price, currency", [
    ("2012 Toyota Prius III, 120k miles, hybrid battery replaced", "Cars & Trucks", 8500, "USD"),
    ("BMW 320d Touring F31, 2018, 95.000 km, Scheckheft", "Autos", 16720, "EUR"),
    ("BMW R1250GS 2020, przebieg 30 tys km", "Motocykle", 62100, "PLN"),
    ("Toyota Corolla 2019 híbrido, 60.000 km, ITV pasada", "Coches", 15170, "EUR"),
    ("2009 Honda CBR600RR, 14k miles, clean title", "motorcycles", 6000, "USD"),
    ("تويوتا لاند كروزر 2015 فل كامل ممشى 180 ألف", "سيارات", 161000, "AED"),
    ("2016 Volkswagen Golf TDI, 98k miles, new Michelin tyres", "Cars", 9440, "USD"),
    ("丰田 卡罗拉 2018款 6万公里 个人一手车", "二手车", 78000, "CNY"),
])
def test_a_whole_vehicle_with_its_odometer_stays_quiet(title, category, price, currency):
    assert alerted(demo_listing(title, category, price, currency=currency)) == set(), title


@pytest.mark.parametrize("title", [
    "2023 Honda CBR600RR replica bike, 0 km, 1:1 copy",
    "Toyota oil filter 2021, 90,000 km guarantee, 1:1 copy",
])
def test_vehicle_words_beside_a_copy_claim_still_alert(title):
    assert alerted(demo_listing(title, "auto parts", 3)) & {"honda", "toyota"}, title


@pytest.mark.parametrize("title, odometer", [
    ("Bosch e-bike battery 2021 range 100 km", None),
    ("Michelin Pilot Sport 4 2023, 50000 km warranty", None),
    ("Rolex Submariner 2019 full set", None),
    ("2012 Toyota Prius III, 120k miles", "120k miles"),
])
def test_an_odometer_is_a_reading_not_a_range_or_a_warranty(title, odometer):
    subject = subject_of(title)
    assert (subject.noun if subject is not None and subject.kind == "a vehicle" else None) == odometer


# ------------------------------------------------------------------ small quantities of consumables

@pytest.mark.parametrize("title, kind", [
    ("Kinder Bueno Riegel, 1 Stück", "single_unit"),
    ("Nescafé Gold bustina monodose 2g", "sample"),
    ("Tylenol Extra Strength travel pack, 2 caplets", "single_unit"),
    ("M&M's cacahuete bolsa 45g", "single_unit"),
    ("Gillette Fusion blades, pack of 8", None),     # a retail pack
    ("Nescafé instant coffee 200g", None),           # a retail jar
    ("Snickers 48g x 24", None),                     # 24 bars
    ("Coca-Cola 24 x 330ml cans", None),
])
def test_the_quantity_reader_tells_a_unit_from_a_pack(title, kind):
    assert small_kind(read_quantity(title)) == kind


def test_the_quantity_reader_gives_counts_and_sizes():
    q = read_quantity("Coca-Cola 24 x 330ml cans")
    assert (q.count, q.pack, q.size, q.unit) == (24, True, 330.0, "ml")
    assert read_quantity("Rolex Submariner 41mm").count is None


@pytest.mark.parametrize("title, category, price, currency", [
    ("Kinder Bueno Riegel, 1 Stück", "chocolate", 1.16, "EUR"),
    ("Nescafé Gold bustina monodose 2g", "coffee", 0.28, "EUR"),
    ("Tylenol Extra Strength travel pack, 2 caplets", "otc", 1.46, "USD"),
    ("M&M's cacahuete bolsa 45g", "chocolate", 1.14, "EUR"),
])
def test_one_unit_or_a_sachet_of_a_consumable_stays_quiet(title, category, price, currency):
    assert alerted(demo_listing(title, category, price, currency=currency)) == set(), title


@pytest.mark.parametrize("title, price", [
    ("Nescafé Gold bustina monodose 2g super copy", 0.28),
    ("Kinder Bueno Riegel, 1 Stück", 0.02),   # far below even one unit's share of the pack
])
def test_a_small_quantity_copy_still_alerts(title, price):
    assert alerted(demo_listing(title, "chocolate" if "Kinder" in title else "coffee", price, currency="EUR")), title


# ------------------------------------------------------------------ the brand as a tool, an occasion, a subject

@pytest.mark.parametrize("title, category, price", [
    ("Digital planner 2026 for GoodNotes – designed in Photoshop & Illustrator", "Digital downloads", 9.35),
    ("House plans 3-bed bungalow – DWG files made in AutoCAD + PDF", "Digital downloads", 57),
    ("Marathon training plan 16 weeks (PDF) – I run in Nike Pegasus, any shoe works", "Digital downloads", 14.74),
    ("Coca-Cola 600 NASCAR ticket pair, Charlotte", "Tickets", 172),
    ("Es kopi susu gula aren pakai Nescafé, paket 10 botol", "Minuman", 132000),
    ("Rolex service & overhaul by independent watchmaker, 2-year warranty", "Services", 541),
    ("Photoshop lesson 4: the clone stamp tool (video download)", "Digital downloads", 10.35),
    ("Excel & Microsoft 365 training for small teams, on-site", "Classes", 401),
    ("Guide: spotting fake Canada Goose jackets (NFC, hologram) – PDF", "Digital downloads", 4.82),
])
def test_the_brand_as_a_tool_or_an_occasion_stays_quiet(title, category, price):
    currency = "IDR" if "kopi" in title else "USD"
    assert alerted(demo_listing(title, category, price, currency=currency)) == set(), title


@pytest.mark.parametrize("title", [
    "Made in Nike factory, running shoes 1:1 copy",
    "Designed in Rolex style, Submariner watch super copy",
])
def test_a_tool_frame_beside_a_copy_claim_still_alerts(title):
    assert alerted(demo_listing(title, None, 20)) & {"nike", "rolex"}, title


# ------------------------------------------------------------------ trade senses and other languages' frame words

@pytest.mark.parametrize("title, category, price, currency", [
    ("PUMA AC Milan Heimtrikot Replica 24/25, offiziell", "sportswear", 75, "EUR"),
    ("San Martin SN0017 diver, Sub homage, own brand logo, NH35", "watches", 210, "USD"),
    ("보스 QC45 호환 헤드폰 케이스 하드", "headphones", 19580, "KRW"),
    ("فلتر هواء ساكورا بديل لتويوتا 17801-0T030", "auto parts", 32.99, "AED"),
    ("Brembo P28 076 brake pads, OE ref 45022-TBA-A01 (Honda Civic)", "auto parts", 43.99, "USD"),
    ("Bosch GSR 12V-15 odnowiona, gwarancja 6 mies.", "power tools", 310, "PLN"),
])
def test_frame_words_and_trade_senses_in_other_languages_stay_quiet(title, category, price, currency):
    assert alerted(demo_listing(title, category, price, currency=currency)) == set(), title


@pytest.mark.parametrize("title, brand", [
    ("Rolex Submariner homage with original Rolex logo 1:1", "rolex"),
    ("PUMA Heimtrikot super copy AAA", "puma"),
])
def test_the_same_words_with_a_copy_claim_still_alert(title, brand):
    assert brand in alerted(demo_listing(title, None, 10)), title
