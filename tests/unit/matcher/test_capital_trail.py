"""The mark spelt by a title's capitals read in order (issue 9, outsider20's c_capital_trail20; acrostics.py, "the
out-of-place capitals"): capitals inside otherwise lower-case words and the initials of capitalised words, the words of
small letters between them skipped, with a pointer to read them ("read the caps", "– caps", "lee las mayúsculas") or,
with none, capitals inside words beside a cue or a copy's price. Each with its innocent siblings (ordinary Title Case,
acronyms, German nouns, shouting, hats), on the demo registry.
"""

from __future__ import annotations

import pytest

from tests.unit.matcher.demo import demo_index, demo_listing


def signals(title: str, category: str, price: float, description: str = "") -> dict[str, list[str]]:
    """brand id -> the details of its acrostic signals, for every brand that alerts."""
    return {m.brand_id: [s.detail or "" for s in m.signals if s.rule.value == "acrostic" and s.weight > 0]
            for m in demo_index().match(demo_listing(title, category, price, description))}


@pytest.mark.parametrize("title, category, price, description, brand", [
    ("cRown diver, sOlid steeL, cEramic, eXcellent – read the caps", "watches", 900, "", "rolex"),
    ("hair tool: Dries, stYles, Smooths, cOols, uNbeatable – read the caps", "hair care", 90, "", "dyson"),
    ("Gorgeous bag, Unique, Cute, Chic, Iconic – look at the capitals 😉", "handbags", 110, "", "gucci"),
    ("kicks: caN't mIss, Kings Edition – caps 👀", "sneakers", 30, "", "nike"),  # a bare "caps" ends the title
    ("Bass, Over-ear, Silent, Excellent noise-cancelling headphones", "headphones", 60, "lee las mayúsculas", "bose"),
    ("bag: Classy, sOft, gold hArdware, Chic, Handy – lisez les majuscules", "handbags", 80, "", "coach"),  # everyday
    ("sOlid, wARm... nice Racing wOrk, Luxe, Extra, eXact watch", "watches", 40, "replica", "rolex"),  # no pointer: a cue
])
def test_the_capitals_spell_the_mark(title, category, price, description, brand):
    found = signals(title, category, price, description)
    assert brand in found and any(d.startswith("capital trail:") for d in found[brand]), found


@pytest.mark.parametrize("title, category, price, description", [
    ("Nice Indoor Kids Edition – caps", "hats", 25, "Cotton, one size."),  # caps are the goods: weak, no cue
    ("Royal Oak Lamp, Elegant Xmas decoration", "home decor", 40, ""),  # Title Case, no pointer
    ("Schöne Tasche aus Leder mit Goldener Kette", "handbags", 120, "Neu"),  # German nouns
    ("NEW USB LED DESK LAMP UK PLUG", "lamps", 20, ""),  # shouting and acronyms break the trail
    ("Read the caps: a guide to bottle caps and their makers", "books", 15, ""),  # pointer, nothing spelt
    ("iPhone 15 Pro Max screen protector", "phone accessories", 9, ""),
    ("sOlid, wARm... nice Racing wOrk, Luxe, Extra, eXact watch", "watches", 2500, ""),  # no pointer, no cue, a shop's price
])
def test_ordinary_capitals_stay_quiet(title, category, price, description):
    found = signals(title, category, price, description)
    assert not any(d.startswith("capital trail:") for ds in found.values() for d in ds), found
