"""The brand named through its people and its family (issue 9; outsider20's `c_athlete_signature20`,
`c_subsidiary_hint20`): an athlete's signature line read with its model number (registry `signatures`,
detectors/signatures.py), a brand it owns or a sister mark read in a relation phrase (registry `subsidiaries`,
`sisters`, detectors/relations.py); each only in the brand's category with a cue or a copy's price. The listings here
are written for this test, none from a held-out set."""

from __future__ import annotations

import pytest

from services.matcher.core.detectors.signatures import model_number
from tests.unit.matcher.demo import demo_alerts


def _details(match) -> list[str]:
    return [s.detail or "" for s in match.signals if s.weight > 0]


@pytest.mark.parametrize(("title", "brand", "category", "price"), [
    ("Kobe 5 Protro 'Bruce Lee' - rep", "nike", "sneakers", 45.0),
    ("LeBron 20 'Time Machine' UA", "nike", "sneakers", 50.0),
    ("Zoom Freak 5 basketball shoes 1:1", "nike", "sneakers", 40.0),
    ("KD 16 – copy", "nike", "sneakers", 40.0),
    ("Harden Vol. 7 – AAA", "adidas", "sneakers", 40.0),
    ("Dame 8 basketball shoe, reps", "adidas", "sneakers", 40.0),
    ("MB.03 Toxic – 1:1 batch", "puma", "sneakers", 40.0),
    ("Blade 104 v9 – copy frame", "wilson", "tennis rackets", 40.0),
    ("Stewie 2 'Ruby' replica", "puma", "sneakers", 35.0),
])
def test_a_signature_line_with_its_number_and_a_cue_names_the_brand(title, brand, category, price):
    alerts = demo_alerts(title, category, price)
    assert set(alerts) == {brand}, title
    assert any("signature line" in d for d in _details(alerts[brand])), _details(alerts[brand])


@pytest.mark.parametrize(("title", "brand", "category", "price", "currency"), [
    ("Diver 41 from Tudor's big brother – copy, green bezel", "rolex", "watches", 150.0, "USD"),
    ("Beats' parent company earbuds Pro 2 – 1:1", "apple", "earbuds", 25.0, "USD"),
    ("Converse's owner – high top sneakers rep", "nike", "sneakers", 30.0, "USD"),
    ("Montre automatique de la maison mère de Tudor, réplique", "rolex", "watches", 120.0, "EUR"),
    ("Lexus's parent – brake pads replica", "toyota", "auto parts", 8.0, "USD"),
    ("Kate Spade's sister house shoulder bag, replica", "coach", "handbags", 40.0, "USD"),
    ("Bolso de la marca hermana de Saint Laurent, réplica", "gucci", "handbags", 40.0, "EUR"),
    ("Wireless earbuds from the people behind JBL, 1:1 copy", "samsung", "earbuds", 15.0, "USD"),
])
def test_a_sub_brand_or_sister_in_a_relation_phrase_with_a_cue_names_the_owner(title, brand, category, price, currency):
    alerts = demo_alerts(title, category, price, currency=currency)
    assert set(alerts) == {brand}, title
    assert any("sub-brand" in d or "sister mark" in d for d in _details(alerts[brand])), _details(alerts[brand])


@pytest.mark.parametrize(("title", "category", "price"), [
    # the athlete as a person, a line's word with no number, another sponsor's goods
    ("LeBron James rookie card 2003 Topps, PSA 9", "trading cards", 300.0),
    ("Kobe Bryant poster 60x90, framed", "posters", 25.0),
    ("Kobe beef A5 wagyu 1 kg", "food", 150.0),
    ("Curry 11 'Championship Gold' – Under Armour rep", "sneakers", 40.0),
    ("Federer On The Roger Pro 2 – copy", "sneakers", 40.0),
    ("LeBron James x Beats Powerbeats Pro – copy", "earbuds", 25.0),
    ("Kobe 8 sneakers, size 44", "sneakers", 180.0),  # a fair price, no cue
    ("Kobe 6 Protro 'Grinch', size 10, new in box", "sneakers", 260.0),
    ("Blade 98 tennis racket, new, from lost luggage", "tennis rackets", 173.0),  # a line as written at its floor
    ("Submariner 41, from Tudor's big brother, full set", "watches", 12500.0),
    ("Kobe 5 kg dumbbell set, replica look", "sportswear", 20.0),  # a unit, no model number
    # the sub-brand's own listings: its goods, its own copy named plainly, the relation far from the goods
    ("Tudor Black Bay 58 replica", "watches", 150.0),
    ("Beats Studio Pro headphones replica", "earbuds", 30.0),
    ("Converse Chuck 70 high rep", "sneakers", 25.0),
    ("Kate Spade Knott bag mirror copy", "handbags", 40.0),
    ("Lexus RX brake pads, genuine", "auto parts", 120.0),
    ("The makers of Tudor: the inside story, hardcover", "books", 22.0),
    # the owner named as the family of the sub-brand the listing sells, genuine or its copy
    ("Tudor Black Bay 58, Rolex's sister brand, full set", "watches", 3500.0),
    ("Tudor Black Bay 58 – Rolex's little brother, box and papers", "watches", 3200.0),
    ("Kate Spade Knott bag (Coach's sister house), new with tags", "handbags", 180.0),
    ("Rolex's little brother Tudor Pelagos – copy", "watches", 120.0),
])
def test_people_and_sub_brands_on_their_own_stay_quiet(title, category, price):
    assert not demo_alerts(title, category, price), title


def test_the_owner_named_with_its_own_goods_is_still_the_owner():
    """The owner's mark outside a phrase of the sub-brand's family names the owner's goods."""
    assert set(demo_alerts("Rolex Submariner, Tudor's big brother, replica", "watches", 150.0)) == {"rolex"}


def test_a_sub_brand_s_sister_is_no_parent():
    """A sister mark is read as a sister only: "Kate Spade's parent" is Tapestry, no demo brand."""
    assert not demo_alerts("Kate Spade's parent company tote bag, replica", "handbags", 40.0)


def test_another_brand_named_plainly_wins_over_a_signature_line():
    """adidas made Kobe Bryant's first shoes ("The Kobe", 2000): adidas' name wins over Nike's Kobe line."""
    assert set(demo_alerts("adidas The Kobe 2 (2001 retro) – rep", "sneakers", 40.0)) == {"adidas"}


@pytest.mark.parametrize(("word", "number"), [("6", True), ("21", True), ("04", True), ("104", True), ("0", False),
                                              ("2024", False), ("131", False), ("v9", False)])
def test_a_model_number_is_a_small_number(word, number):
    assert model_number(word) is number
