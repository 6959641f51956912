"""Arabic writes a foreign p with its b (بيبسي Pepsi, كامب camp): a word's final مب is read as mp too (floor34, issue 9),
so The North Face's Base Camp written بيس كامب, or without vowels بس کمب, is heard as the line."""

from __future__ import annotations

import pytest

from services.matcher.core import sounds
from tests.unit.matcher.demo import demo_alerts


def test_a_final_mb_is_also_read_mp_and_the_b_reading_stays():
    assert {"lamb", "lamp"} <= set(sounds.romanise("لامب", "arabic"))
    assert sounds.romanise("بيبسي", "arabic") == tuple(dict.fromkeys(sounds.romanise("بيبسي", "arabic")))  # unchanged
    assert not any("p" in r for r in sounds.romanise("مبروك", "arabic"))  # mb inside a word is no foreign mp


@pytest.mark.parametrize("title", ["بيس كامب insulated winter jacket - replica", "بس کمب down jacket men, super copy"])
def test_base_camp_in_arabic_letters_with_a_cue_names_the_north_face(title):
    assert set(demo_alerts(title, "jackets", 90.0)) == {"the-north-face"}


def test_base_camp_in_arabic_letters_without_a_cue_at_a_shops_price_stays_quiet():
    assert demo_alerts("بيس كامب insulated winter jacket", "jackets", 320.0) == {}
