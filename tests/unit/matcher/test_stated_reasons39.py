"""Genuine goods whose owner states why they cost what they do (reason39, issue 9): a price written in the market's money
slang when the listing has no price field, a named defect, a device's companion app, the shop's receipt as the answer
to "is it real?"; and the copies beside them that must still alert.
"""

from __future__ import annotations

import pytest

from schemas import Listing
from services.matcher.core.config import default_currency_rates
from services.matcher.core.context.sectors import without_companion_app
from services.matcher.core.context.stated_price import country_currency, listing_country, read_text_price
from services.matcher.core.normalise import ListingText
from tests.unit.matcher.demo import demo_index, demo_listing

KNOWN = frozenset(default_currency_rates())


def _price(title: str, description: str = "", country: str | None = None):
    return read_text_price(ListingText(title, description), country, KNOWN)


@pytest.mark.parametrize("title, description, country, amount, currency", [
    ("iPhone 15 Pro usado – 650 lucas", "", "CL", 650_000, "CLP"),
    ("Bose QC45 usados – 700 lucas", "", "CO", 700_000, "COP"),
    ("Samsung Galaxy S24 second mulus – 8,5jt nego", "", "ID", 8_500_000, "IDR"),
    ("Sony WH-1000XM5 б/у – 22 косаря", "", "RU", 22_000, "RUB"),
    ("Dyson V15 używany – 18 stów", "", "PL", 1_800, "PLN"),
    ("Rolex Datejust 41 full set – 9k quid", "", "GB", 9_000, "GBP"),
    ("佳能 R6 二代 九成新 1万2", "", "CN", 12_000, "CNY"),
    ("루이비통 네버풀 MM 중고 – 180만", "", "KR", 1_800_000, "KRW"),
    ("Canon EOS R6 used – 1.2 lakh", "", "IN", 120_000, "INR"),
    ("Microsoft Xbox Series X", "4K game console. Giá: 1976k. Mới 100%.", "VN", 1_976_000, "VND"),
    ("PlayStation 5 Slim", "Preis: 89 Mäuse. Neu.", "DE", 89, "EUR"),
    ("Omega Speedmaster", "Price: 448 bucks.", "US", 448, "USD"),
])
def test_a_slang_price_is_the_amount_times_its_unit_in_its_currency(title, description, country, amount, currency):
    found = _price(title, description, country)
    assert found is not None and (round(found.amount), found.currency) == (amount, currency)


@pytest.mark.parametrize("title, description, country", [
    ("Sony Bravia 55 inch 4K TV", "", "US"),  # a resolution
    ("Canon EOS R6 Mark II 佳能 10万+人付款", "", "CN"),  # a count of buyers
    ("Samsung power bank 10000 mAh", "", "KR"),
    ("iPhone 15 Pro usado – 650 lucas", "", "ES"),  # lucas are no money in Spain
    ("iPhone 15 Pro usado – 650 lucas", "", None),  # nor where the country is unknown
    ("Callaway Chrome Soft – 12 balles de golf", "", "FR"),
])
def test_a_count_a_size_or_a_unit_of_another_market_is_no_price(title, description, country):
    assert _price(title, description, country) is None


def test_the_listing_country_is_the_seller_s_else_the_marketplace_s_and_its_currency_follows_iso_4217():
    assert listing_country(None, "mercadolibre-ar") == "AR" and listing_country(None, "ebay-uk") == "GB"
    assert listing_country("cl", "yapo") == "CL" and listing_country(None, "yapo") is None
    assert [country_currency(c, KNOWN) for c in ("AR", "KE", "DE", "GB", "US", "VN")] == [
        "ARS", "KES", "EUR", "GBP", "USD", "VND"]


def _no_price(title: str, description: str, country: str, marketplace: str) -> Listing:
    return Listing.model_validate({"marketplace": marketplace, "listing_id": "l-1", "title": title,
                                   "description": description, "seller": {"id": "s", "country": country},
                                   "observed_at": "2026-12-04T00:00:00Z"})


def alerted(item: Listing) -> set[str]:
    return {m.brand_id for m in demo_index().match(item)}


def test_used_genuine_goods_priced_fairly_in_slang_stay_quiet_and_a_copy_s_slang_price_alerts():
    fair = _no_price("Sony WH-1000XM5 б/у – 24 косаря", "Оригинал, б/у, чек есть.", "RU", "avito")
    copy = _no_price("Sony WH-1000XM5", "Новые. Цена: 3 косаря.", "RU", "avito")
    assert alerted(fair) == set()
    match = next(m for m in demo_index().match(copy) if m.brand_id == "sony")
    assert any("text_price: '3 косаря' = 3,000 RUB" in s.detail for s in match.signals)


@pytest.mark.parametrize("title, description, price, currency", [
    ("Genuine Gucci GG Supreme belt – smells of smoke", "Bought in store; smoker's flat.", 160, "USD"),
    ("Genuine LEGO Icons Galaxy Explorer 10497 – incomplete, pieces missing", "", 24, "USD"),
    ("Genuine Puma Palermo – heavily worn, sole split", "", 25, "USD"),
])
def test_a_named_defect_explains_a_low_price_of_genuine_goods(title, description, price, currency):
    assert alerted(demo_listing(title, None, price, description, currency=currency)) == set()


def test_a_vague_flaw_on_a_new_copy_and_a_named_defect_at_a_copy_s_price_alert():
    assert "gucci" in alerted(demo_listing("Gucci GG Supreme belt – brand new, small flaw", None, 60,
                                           "Small flaw, that's why so cheap. AAA replica."))
    assert "gucci" in alerted(demo_listing("Genuine Gucci GG Supreme belt – smells of smoke", None, 12))


def test_the_companion_app_a_device_pairs_with_is_no_software_sold():
    assert "app" not in without_companion_app("Used Sony WH-1000XM5 – pairs with the official app")
    assert "app" not in without_companion_app("Dyson V15 二手 可连官方APP").casefold()
    assert without_companion_app("Procreate app lifetime licence") == "Procreate app lifetime licence"
    used = demo_listing("Used Sony WH-1000XM5 headphones – registered, pairs with the official app", None, 210,
                        "Firmware updated in the official app, serial registered.")
    assert alerted(used) == set()


def test_a_receipt_answering_is_it_real_makes_a_resale_and_a_receipt_beside_a_copy_word_does_not():
    proven = demo_listing("Rolex Cosmograph Daytona 116500LN – 100% authentic, NOT a replica", None, 12_500,
                          "Not a copy, not a fake: original receipt from the authorised dealer in photos.")
    assert alerted(proven) == set()
    copy = demo_listing("Rolex Cosmograph Daytona 116500LN – with receipt", None, 12_500,
                        "Replica 1:1 with a receipt in the photos.")
    assert "rolex" in alerted(copy)
