"""Genuine goods sold cheap for a reason a shop states (context/condition.py, genuine, session 18): short-dated goods
near their best-before or expiry date, and goods bought at the brand's outlet or factory store, are judged against a
floor scaled for that (SCALES "short_dated", "outlet"), and stay quiet when it explains their price. Their counterfeit
twins still alert: the same words at a copy's price, or beside the goods' identity marks removed ("no batch code",
"relabelled", 无溯源码: config.TAMPERED_TERMS). The demo listings are dated 2025-01-01."""

from __future__ import annotations

import pytest

from schemas import Listing, Rule
from services.matcher.core.context.condition import ConditionReader
from services.matcher.core.normalise import ListingText
from tests.unit.matcher.demo import demo_alerts, demo_evaluated


def _kind(title: str, description: str = "", observed_at: str = "2025-01-01T00:00:00Z") -> str | None:
    listing = Listing.model_validate({"marketplace": "ebay", "listing_id": "1", "title": title, "description": description,
                                      "seller": {"id": "s"}, "observed_at": observed_at})
    condition = ConditionReader().read(listing, ListingText(title, description))
    return condition.scale.kind if condition.scale is not None else None


@pytest.mark.parametrize("title", [
    "Nutella 750g short dated", "Nutella 750g MHD kurz", "Nutella 750g date courte", "Nutella 750g caducidad próxima",
    "Nutella 750g scadenza ravvicinata", "Nutella 750g krótka data", "Nutella 750g korte houdbaarheid",
    "Nutella 750g validade curta", "Nutella 750g miadı yakın", "Nutella 750g ED dekat", "Nutella 750g cận date",
    "Nutella 750g короткий срок", "Nutella 750g قريب الانتهاء", "能多益 750g 临期", "ヌテラ 750g 賞味期限間近",
    "누텔라 750g 유통기한 임박", "Nutella 750g best before 03/2025", "Nutella 750g MHD 02.2025", "Nutella 750g THT 03-2025",
    "Nutella 750g bäst före 02/25", "Nutella 750g best before Mar 2025", "Nutella 750g 賞味期限 2025.03",
    "Nutella 750g годен до 03.2025", "Nutella 750g EXP 2025-02",
])
def test_short_dated_goods_are_read_in_words_and_by_a_date_near_the_listings(title):
    assert _kind(title) == "short_dated"


@pytest.mark.parametrize("title", [
    "Nutella 750g best before 12/2026",  # a shelf life like any other, two years ahead
    "Nutella 750g MHD 2025",  # a bare year says nothing
    "Samsung TV 55 inch 2024 model 03/2025 delivery",  # no best-before label
])
def test_a_date_far_off_or_without_a_label_is_no_short_date(title):
    assert _kind(title) != "short_dated"


@pytest.mark.parametrize("title, description", [
    ("Coach Outlet Tabby bag", "Bought at the Coach outlet, receipt"), ("Nike Dunk Low, Nike Factory Store", ""),
    ("The North Face Nuptse, magasin d'usine", ""), ("コーチ アウトレット トートバッグ", ""), ("나이키 팩토리 스토어 덩크", ""),
    ("adidas Samba, Fabrikverkauf Herzogenaurach", ""),
])
def test_an_outlet_store_is_read(title, description):
    assert _kind(title, description) == "outlet"


@pytest.mark.parametrize("title", [
    "Gucci belt factory outlet price", "Samsung smart plug USB outlet adapter", "Gucci belt, outlet price, wholesale",
])
def test_the_copy_trades_and_the_electricians_outlet_are_no_outlet_store(title):
    assert _kind(title) != "outlet"


@pytest.mark.parametrize("title, category, price, currency, description, brand", [
    ("Aptamil Profutura 3 800g - best before 02/2025, 40% off", "infant formula", 14, "EUR", "Batch on the base.", "danone"),
    ("Aptamil 3 800g MHD kurz, 45 % reduziert", "infant formula", 13, "EUR", "Charge sichtbar, Supermarkt.", "danone"),
    ("Nescafé Gold 200g scadenza 02/2025, sconto 40%", "coffee", 3.2, "EUR", "Lotto visibile.", "nestle"),
    ("Estée Lauder Advanced Night Repair 50ml - exp 03/2025, half price", "skincare", 40, "USD", "Bought at Macy's.",
     "estee-lauder"),
    ("Snickers 50g x 24, krótka data, -50%", "chocolate", 40, "PLN", "Partia na kartonie.", "mars"),
    ("Coach Tabby shoulder bag, bought at the Coach Outlet, new with tags", "handbags", 150, "USD", "Receipt.", "coach"),
    ("Michael Kors Jet Set tote - MK outlet store, NWT", "handbags", 75, "USD", "", "michael-kors"),
    ("Gucci GG belt - The Mall Firenze outlet, nuova", "belts", 260, "EUR", "Scontrino dell'outlet.", "gucci"),
    ("Nike Air Force 1 '07 - Nike Factory Store, neu", "sneakers", 45, "EUR", "Kassenbon.", "nike"),
])
def test_short_dated_and_outlet_goods_at_a_price_that_explains_stay_quiet(title, category, price, currency, description,
                                                                         brand):
    assert brand not in demo_alerts(title, category, price, description, currency=currency)
    match = demo_evaluated(title, category, price, description, currency=currency)[brand]
    condition = next(s for s in match.signals if s.rule is Rule.condition)
    assert condition.weight < 0 and "lowered" in condition.detail


@pytest.mark.parametrize("title, category, price, currency, description, brand", [
    # a copy's price even for short-dated or outlet goods
    ("Aptamil Profutura 3 800g short dated, 90% off", "infant formula", 2.5, "EUR", "", "danone"),
    ("Coach Tabby bag, Coach outlet", "handbags", 25, "USD", "", "coach"),
    # a fair-looking short-dated price beside the goods' identity marks removed
    ("Estée Lauder Advanced Night Repair 50ml - exp. 03/25, clearance", "skincare", 30, "USD",
     "No batch code on box, repacked.", "estee-lauder"),
    ("Nutella 750g krótka data", "spreads", 9, "PLN", "Bez numeru partii.", "ferrero"),
    ("Aptamil 3 临期", "infant formula", 120, "CNY", "无溯源码，重新贴标。", "danone"),
    ("Gillette Fusion5 8er, MHD kurz", "razor blades", 12, "EUR", "Ohne Chargennummer.", "gillette"),
])
def test_their_counterfeit_twins_still_alert(title, category, price, currency, description, brand):
    assert brand in demo_alerts(title, category, price, description, currency=currency)
