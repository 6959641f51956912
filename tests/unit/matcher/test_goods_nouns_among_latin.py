"""A noun of goods written in its own script among Latin words is that noun, not a mark heard by its sound (issue 9,
class "words of other languages"; lead, session 55): 이어폰 "earphones", read 'ieopon', was heard as iPhone in
"SAMSEONG 이어폰" and "Boseu 이어폰 1:1", where a lone word of another script among Latin words is kept as a name
(transliteration's island rule). The instances are the sectors' own nouns (context/sectors.goods_nouns: every noun of
goods of its tables written in a script other than Latin, 618), a seeded sample of them in a Latin title with a copy cue
and a copy's price, in two categories whose brands' names have sound-alikes among them.
"""

from __future__ import annotations

import random

import pytest

from schemas import Rule
from services.matcher.core.context.sectors import goods_nouns
from tests.unit.matcher.demo import demo_alerts, demo_evaluated, read_as_a_mark

SAMPLE = 120
NOUNS = ["이어폰", *random.Random(55).sample(sorted(goods_nouns() - {"이어폰"}), SAMPLE - 1)]


@pytest.mark.parametrize("noun", NOUNS)
@pytest.mark.parametrize("category", ["earbuds", "sneakers"])
def test_a_goods_noun_among_latin_words_is_no_mark_by_sound(noun, category):
    heard_as = read_as_a_mark(demo_evaluated(f"Premium {noun} 1:1 AAA", category, 9.0), noun.casefold(),
                              (Rule.transliteration, Rule.phonetic))
    assert not heard_as, f"'{noun}' [{category}] was read as a mark: {heard_as}"


@pytest.mark.parametrize("title, brand", [("SAMSEONG 이어폰", "samsung"), ("Boseu 이어폰 1:1", "bose")])
def test_the_brand_the_title_names_alerts_alone(title, brand):
    assert set(demo_alerts(title, "earbuds", 8.0)) == {brand}


def test_the_mark_as_the_script_writes_it_still_names_the_brand():
    assert set(demo_alerts("에어팟 프로 2 이어폰 미러급", "earbuds", 30.0)) == {"apple"}
