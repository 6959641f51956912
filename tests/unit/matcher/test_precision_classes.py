"""Wrong brands and innocent listings as whole classes (issue 9, precision, session of 2026-12-03).

What an analyst sees on the demo registry: a platform named beside another brand's goods ("Photoshop … Windows/Mac",
"AutoCAD … Windows", "para PS5 y Xbox", "Win용") is no second brand (rule: platform, context/platforms.py) while
Microsoft's own key stays Microsoft's; a listing that denies a brand denies its names read by meaning; a medicine a
pharmacy dispenses on prescription at a pharmacy's price of some market is lowered as a retailer's; a year is no count
("2022 box & papers"); a lot of packs counted apart from their contents ("8ct x 10") is judged per pack.
"""

from __future__ import annotations

import pytest

from services.matcher.core.context.platforms import mentions
from services.matcher.core.context.quantity import read_quantity, retail_units
from tests.unit.matcher.demo import demo_index, demo_listing


@pytest.fixture(scope="module")
def index():
    return demo_index()


def _alerts(index, title, category=None, price=None, currency="USD", description=""):
    return {m.brand_id: m for m in index.match(demo_listing(title, category, price, description, currency=currency))}


@pytest.mark.parametrize("text, platform", [
    ("Photoshop 2025 licence à vie Windows/Mac", "Windows/Mac"), ("Lightroom (Windows, Mac, Linux)", "Windows, Mac, Linux"),
    ("FIFA para PS5 y Xbox", "PS5 y Xbox"), ("Treiber für Windows 11", "Windows 11"), ("Photoshop Mac版", "Mac"),
    ("AutoCAD 2026 lifetime license Windows", "Windows"),
])
def test_platform_mentions_are_read_in_lists_frames_and_bare(text, platform):
    assert any(text[s:e] == platform for s, e in mentions(text))


@pytest.mark.parametrize("text", ["Windows 11 Pro lifetime key", "Windows 10 Home OEM", "Windows key", "Office 2021 Plus"])
def test_the_system_sold_is_no_platform_mention(text):
    assert not any(text[s:e].lower().startswith("windows") for s, e in mentions(text))


@pytest.mark.parametrize("title, category, price, currency, brand", [
    ("Adobe Photoshop 2025 licence à vie Windows/Mac", "software licenses", 11, "EUR", "adobe"),
    ("AutoCAD 2026 lifetime license Windows", "software licenses", 1260, "INR", "autodesk"),
    ("Illustrator CC 2024 para Windows y macOS, licencia de por vida", "software", 12, "EUR", "adobe"),
    ("Samsung NVMe SSD 2TB Win용 replica", "memory", 29, "USD", "samsung"),
    ("DualSense controller copy 1:1, works on PC, Xbox and Switch", "consoles", 15, "USD", "sony"),
])
def test_a_platform_beside_another_brands_goods_is_no_second_brand(index, title, category, price, currency, brand):
    alerts = _alerts(index, title, category, price, currency)
    assert set(alerts) == {brand}
    assert any("rule: platform" in s.detail for s in alerts[brand].signals) or "Win용" in title


def test_the_platform_makers_own_key_stays_its_own(index):
    assert set(_alerts(index, "Windows 11 Pro lifetime key, works on PC/Mac Bootcamp", "software licenses", 9)) == {"microsoft"}
    assert set(_alerts(index, "Office 2021 Professional Plus for Mac lifetime key", "software licenses", 15)) == {"microsoft"}


def test_a_denied_brand_is_denied_in_its_translations_too(index):
    assert _alerts(index, "Beige trench coat, classic style (not Burberry), unbranded", "trench coats", 35.99, "GBP") == {}


@pytest.mark.parametrize("title, price, currency, quiet", [
    ("Lipitor 20mg 90 tablets - Rx required, Canadian pharmacy", 219, "CAD", True),
    ("Viagra 100mg 4 tablets - prescription required, licensed pharmacy", 93.8, "CAD", True),
    ("Viagra 50 mg 8 Filmtabletten, rezeptpflichtig, Versandapotheke", 79, "EUR", True),
    ("Viagra 100mg 30 tablets - no prescription needed, discreet", 25, "USD", False),
    ("Lipitor 20mg 90 tablets - Rx required", 20, "USD", False),
])
def test_a_medicine_dispensed_on_prescription_at_a_pharmacys_price_is_quiet(index, title, price, currency, quiet):
    assert ("pfizer" not in _alerts(index, title, "prescription drugs", price, currency)) is quiet


def test_a_year_is_no_count_and_packs_counted_apart_from_their_contents_are_units():
    assert read_quantity("Pre-owned Rolex Submariner Date 126610LN 2022 box & papers").count is None
    assert read_quantity("2000 boxes wholesale").count == 2000
    assert retail_units("Gillette Fusion5 ProGlide blades 8ct x 10 - wholesale")[0] == 10
    assert retail_units("Gillette Fusion blades pack of 8")[0] == 1
    assert retail_units("Ferrero Rocher 30er x 6 Karton Großhandel", consumable=True)[0] == 6


@pytest.mark.parametrize("title, category, price, currency, brand", [
    ("Ferrero Rocher 30er x 6 Karton Großhandel", "confectionery", 73.8, "EUR", "ferrero"),
    ("Gillette Fusion5 ProGlide blades 8ct x 10 - wholesale", "razor blades", 300, "USD", "gillette"),
    ("Pre-owned Rolex Submariner Date 126610LN 2022 box & papers", "watches", 13500, "USD", "rolex"),
])
def test_genuine_lots_and_pre_owned_goods_above_their_floor_are_quiet(index, title, category, price, currency, brand):
    assert brand not in _alerts(index, title, category, price, currency)
