"""Unlicensed logo goods (merch50, issue 9; context/marked.py `SHOWN_WORDS`, judge.Judge._own_line): the brand's name
with a word that shows its mark ("logo", "emblem", "badges", one short word between: "Coach C logo") or a house's
initials as its monogram ("GG logo", "LV monogram") on goods far from everything the brand sells alert; the house's own
line (a receipt, bought at its boutique) or a licence named stays quiet, and so do generic goods with no brand's mark."""

from __future__ import annotations

import pytest

from services.matcher.core.context.marked import initials_shown, shown
from tests.unit.matcher.demo import demo_alerts


def test_shown_words():
    assert shown("Cartier logo") and shown("Coach C logo") and shown("BMW emblems")
    assert not shown("Nike swoosh") and not shown("Burberry check")
    assert initials_shown("GG logo") and initials_shown("LV monogram")
    assert not initials_shown("crown logo") and not initials_shown("Gucci GG logo")


@pytest.mark.parametrize("title, category, price, brand", [
    ("Cartier logo beach towel, 70x140", "home decor", 9.0, "cartier"),
    ("Coach C logo nail art stickers, 8 sheets", "beauty", 3.0, "coach"),
    ("Puma cat logo cushion cover 45x45", "home decor", 6.0, "puma"),
    ("GG logo balloons for a birthday party, 20 pcs", "party supplies", 7.0, "gucci"),
    ("LV monogram tattoo stickers, 6 sheets", "beauty", 2.0, "louis-vuitton"),
    ("Rolex crown logo cake topper", "party supplies", 4.0, "rolex"),
])
def test_the_brands_mark_on_unlicensed_goods_alerts(title, category, price, brand):
    assert brand in demo_alerts(title, category, price), title


@pytest.mark.parametrize("title, description, category, price", [
    ("Louis Vuitton monogram cushion", "Bought at the Louis Vuitton boutique, receipt included.", "home decor", 900.0),
    ("Burberry check blanket", "From the house's own store, receipt and box.", "home decor", 1200.0),
    ("Custom party balloons with your logo, 30 pcs", "", "party supplies", 9.0),
])
def test_the_houses_own_line_and_generic_goods_stay_quiet(title, description, category, price):
    assert not demo_alerts(title, category, price, description=description), title
