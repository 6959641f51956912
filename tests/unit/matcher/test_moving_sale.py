"""A household moving or emigration sale (context/condition.py MOVING_SALE, precision30, issue 9): the seller's own
used belongings, judged against the used floor and quiet at a used price; the copy seller's same story told for new
goods (any word of new, a tax-free or no-receipt story) or at a price no used item sells for still alerts. And a count
of the title's goods is no count of papers (context/trade.py `_counted`)."""

from __future__ import annotations

import pytest

from schemas import Rule
from services.matcher.core.context.trade import TradeReader
from services.matcher.core.normalise import ListingText
from tests.unit.matcher.demo import demo_alerts, demo_evaluated, demo_listing


@pytest.mark.parametrize("title, category, price, description, brand", [
    ("Moving sale (posting ends, leaving the country): Coach Tabby Shoulder Bag 26", "handbags", 200,
     "Bought locally, receipts available. Everything must go.", "coach"),
    ("Moving sale: Rolex Cosmograph Daytona", "watches", 12000, "Everything must go.", "rolex"),
    ("Umzugsverkauf: Gucci GG Marmont Gürtel", "belts", 250, "Wegen Umzug ins Ausland.", "gucci"),
    ("Vente cause déménagement - sac Michael Kors Jet Set", "handbags", 90, "Tout doit partir.", "michael-kors"),
    ("搬家甩卖 古驰 GG Marmont 腰带", "belts", 170, "自用", "gucci"),
    ("引越しのため出品 ロレックス デイトナ", "watches", 11000, "帰国のため", "rolex"),
])
def test_a_moving_sale_of_used_goods_at_a_used_price_stays_quiet(title, category, price, description, brand):
    assert brand not in demo_alerts(title, category, price, description)
    condition = next(s for s in demo_evaluated(title, category, price, description)[brand].signals
                     if s.rule is Rule.condition)
    assert condition.weight < 0


@pytest.mark.parametrize("title, category, price, description, brand", [
    # new goods with the mover's story, at a copy's price
    ("Coach Tabby Shoulder Bag 26 brand new – moving abroad, everything must go", "handbags", 60, "with box", "coach"),
    ("Pandora heart charm sterling silver neuf", "jewelry", 12, "Je déménage à l'étranger, tout doit partir.", "pandora"),
    ("Samsung Galaxy S24 Ultra smartphone - cheap", "phones", 250,
     "Bought in Dubai duty free, moving abroad so selling cheap.", "samsung"),
    ("Moving sale: Rolex Daytona tax-free, no receipt", "watches", 2500, "Leaving the country.", "rolex"),
    # no condition named, at a price no used item sells for
    ("Moving sale: Rolex Submariner Date", "watches", 900, "Leaving the country, must sell.", "rolex"),
])
def test_the_movers_story_for_new_goods_or_at_a_copys_price_still_alerts(title, category, price, description, brand):
    assert brand in demo_alerts(title, category, price, description)


def test_an_arabic_sale_word_is_no_cyrillic_condition():
    """"بيع" (sale) reads "by" in the latin view, as "бу" (used) does: no condition (the Cartier at a copy's price alerts)."""
    assert "cartier" in demo_alerts("بيع: Cartier Tank men's watch stainless steel neuf", "watches", 1083, "")


def test_a_count_of_the_goods_is_no_count_of_papers():
    reader = TradeReader()

    def kinds(title):
        return [w.kind for w in reader.read(demo_listing(title, "razor blades", 20, ""), ListingText(title, ""))]

    assert "paperwork" not in kinds("Gillette Fusion5 ProGlide 8 cartridges – 100% genuine, NOT a replica, receipt")
    assert "paperwork" in kinds("Gillette receipts x10, any date")
    assert "paperwork" in kinds("Gillette 10 pcs receipt, blank")
    assert "gillette" not in demo_alerts("Gillette Fusion5 ProGlide 8 cartridges – 100% genuine, NOT a replica or copy, "
                                         "receipt", "razor blades", 22, "No fakes here.")


@pytest.mark.parametrize("title, price, brand, alerts", [
    ("Snickers bars 24-pack – non-original, same recipe", 6.6, "mars", True),  # a box of 24 bars at a bar's price x3
    ("Snickers bars 24-pack", 6.6, "mars", True),
    ("Snickers bars 24-pack", 20, "mars", False),  # a box's shop price
    ("Snickers fun size bars 24 pack", 6.6, "mars", False),  # one bag of minis
])
def test_a_box_of_a_dozen_or_more_full_size_bars_is_judged_per_bar(title, price, brand, alerts):
    assert (brand in demo_alerts(title, "chocolate", price, "")) is alerts


def test_full_units_are_counted_only_when_asked():
    from services.matcher.core.context.quantity import retail_units
    assert retail_units("Red Bull 24 cans", consumable=True, full_units=True)[0] == 24
    assert retail_units("Red Bull 24 cans", consumable=True)[0] == 1
    assert retail_units("Kinder bars 8-pack", consumable=True, full_units=True)[0] == 1  # fewer than a dozen: one pack
