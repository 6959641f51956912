"""Compounds the sector vocabulary reads whole (context/sectors.py WHOLE): one of their words names other goods alone
("disc" is software's, "disque" a record) and is not read again on its own there. A brake disc is a car's part, a
cutting disc a grinder's: no software, so a used one keeps its condition (index._software read titles without them
through a regular expression before)."""

from __future__ import annotations

import pytest

from services.matcher.core.config import MatcherConfig
from services.matcher.core.context.sectors import Sectors

_SECTORS = Sectors(MatcherConfig().sectors, MatcherConfig().generic_categories)


@pytest.mark.parametrize("title, sector", [
    ("BMW 34116860016 brake discs, used", "vehicles"),
    ("Front brake disc pair", "vehicles"),
    ("Shimano disc brake rotor", "vehicles"),
    ("Clutch disc kit", "vehicles"),
    ("Disques de frein avant", "vehicles"),
    ("Discos de freno Brembo", "vehicles"),
    ("Bosch cutting discs 125 mm, 10 pack", "hardware"),
    ("Flap disc 40 grit", "hardware"),
    ("Spine model with intervertebral discs", "health_beauty"),
])
def test_a_compound_is_read_whole(title, sector):
    found = _SECTORS.of_words(title, title=True)
    assert sector in found.sectors and "software" not in found.sectors and "media" not in found.sectors


@pytest.mark.parametrize("title, sectors", [
    ("Game disc only", {"software", "toys_games"}),  # a disc alone is still the software's
    ("Windows 11 install disc", {"software"}),
    ("Brake pads", {"vehicles"}),  # other phrases as before: each of their words read too
    ("Clutch bag", {"apparel", "luggage_bags"}),
])
def test_other_words_read_as_before(title, sectors):
    assert sectors <= _SECTORS.of_words(title, title=True).sectors
