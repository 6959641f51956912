"""The mark as the answer of a word puzzle the listing sets (rule puzzle; detectors/puzzles.py; issue 9, outsider24's
puzzle classes): the Nth letters of the title's words with an instruction, a word-search grid, a rebus read by sound,
an edit of another word, and the capitals of bracketed names. The puzzles alert with the rule; puzzle books, bundles
joined by '+', edits that are no mark and letter counts stay quiet; the other brands named as letter sources do not
alert. On the demo registry; none of outsider24's listings is used."""

from __future__ import annotations

import pytest

from services.matcher.core.detectors.puzzles import letter_grids
from services.portal.notice import DISGUISE_RULES
from tests.unit.matcher.demo import demo_index, demo_listing


def alerts(title: str, category: str, price: float, description: str = "") -> dict:
    return {m.brand_id: m for m in demo_index().match(demo_listing(title, category, price, description))}


def rules(match) -> set[str]:
    return {s.rule.value for s in match.signals if s.weight > 0}


@pytest.mark.parametrize("title, description, category, price, brand", [
    # 2nd letters, the instruction in the description
    ("ASKS TOOL ONLY EYES – wireless earbuds", "Brand? Take the 2nd letter of every word in the title. AAA copy",
     "headphones", 40.0, "sony"),
    # last letters, German instruction
    ("Club Menu Four Web Sale Star Door Easy – trench coat", "Marke? Nimm den letzten Buchstaben jedes Wortes. Kopie 1:1",
     "trench coats", 60.0, "burberry"),
    # 3rd letters, Spanish instruction in the title
    ("CARD MOOD CALM OPEN FOXY – watch (toma la tercera letra de cada palabra)", "réplica AAA", "watches", 90.0, "rolex"),
])
def test_nth_letters(title, description, category, price, brand):
    found = alerts(title, category, price, description)
    assert brand in found and "puzzle" in rules(found[brand])


def test_word_search_grid_alerts_and_other_readers_stay_out_of_it():
    grid = "Find the brand:\nQ Z T Q R P\nQ B M M O U\nU J M T L U\nB V U B E P\nP U Q H X W\n1:1 copy, logo on item."
    found = alerts("dive watch 41mm – find the brand in the grid – AAA", "watches", 80.0, grid)
    assert "rolex" in found and "puzzle" in rules(found["rolex"])
    assert letter_grids(grid) == [(16, grid.index("\n1:1"))]


@pytest.mark.parametrize("title, category, price, brand", [
    ("dive watch 41mm – (Roll + Ex) – replika 1:1", "watches", 90.0, "rolex"),
    ("shoulder bag – (Goo + Chee) – mirror copy", "handbags", 60.0, "gucci"),
    ("basketball sneakers – (Knee + Key) – AAA replica", "sneakers", 30.0, "nike"),
    ("hair styler – (Die + Son) – top copy", "hair care", 50.0, "dyson"),
])
def test_rebus(title, category, price, brand):
    found = alerts(title, category, price)
    assert set(found) == {brand}  # Goo + Chee is Gucci's, not Coach's (a doubled consonant said once, a final vowel said)
    assert "puzzle" in {s.rule.value for s in found[brand].signals}


@pytest.mark.parametrize("title, category, price, brand", [
    ("dive watch 41mm – 'Bolex' but B→R – copia AAA", "watches", 90.0, "rolex"),
    ("headphones – 'Tony' T→S – super clone", "headphones", 30.0, "sony"),
    ("shoulder bag – 'Gucco', last letter → i – copie", "handbags", 60.0, "gucci"),
    ("hair styler – replace the T of Tyson with D – first copy", "hair care", 50.0, "dyson"),
])
def test_edit_instruction(title, category, price, brand):
    found = alerts(title, category, price)
    assert brand in found and "puzzle" in rules(found[brand])


def test_letters_from_other_brands_name_only_the_answer():
    found = alerts("badminton racket – brand = first letters: Y(SL) + O(akley) + N(ew Balance) + E(tro) + X(box) – AAA",
                   "badminton rackets", 20.0)
    assert "yonex" in found and "puzzle" in rules(found["yonex"])
    assert "microsoft" not in found


@pytest.mark.parametrize("title, category, price, description", [
    ("Word search puzzle book: car brands, 200 puzzles", "books", 9.0, "Sample page:\nH O N D A Q\nB M W X Y Z\nT O Y O T A\nK I A Q Q Q"),
    ("Rebus puzzle book for kids, 300 picture riddles", "books", 8.0, "Knee + Key? Roll + Ex? Fun for all ages."),
    ("Case + Strap bundle, new", "watches", 30.0, ""),
    ("Lens adapter EF → RF", "cameras", 40.0, "Works great."),
    ("Necklace personalised with 3 letters", "jewelry", 20.0, "Up to 3 letters engraved."),
])
def test_honest_puzzles_stay_quiet(title, category, price, description):
    found = alerts(title, category, price, description)
    assert not any("puzzle" in rules(m) for m in found.values())


def test_the_rule_is_explained_to_the_user():
    assert "puzzle" in DISGUISE_RULES


@pytest.mark.parametrize("title, description", [
    ("Gucci quilted shoulder bag A+ kalite", "Gucci shoulder bag birebir A+ replika, orijinal değildir."),
    ("Puma Suede Classic birebir", "Puma Suede Classic A+ replika. AAA+ quality, S+ grade."),
])
def test_a_copy_grade_glued_to_its_plus_is_no_rebus(title, description):
    """(recall52) "A+ replika" said together is no rebus of Air Force 1: the grade glues its plus, a rebus spaces it."""
    found = alerts(title, "handbags" if "Gucci" in title else "sneakers", 120.0, description)
    assert "nike" not in found
