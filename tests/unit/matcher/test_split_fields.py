"""The mark written across the title's end and the description's start (issue 9, outsider20's c_split_title_desc20;
split_marks.py, "the title's last word and the description's first"): the description goes on with the title's last
piece in small letters ("… fast ship – Ro" / "lex Submariner"), one word written across the fields (two common words
and everyday-word marks too), a weak candidate that counts with the brand's category and a cue or a low price; the same pieces
by chance ("Ro" / "lexicon", "Sam" / "Sung by …", "frying Pan" / "dora the explorer") stay quiet. Demo registry.
"""

from __future__ import annotations

import pytest

from tests.unit.matcher.demo import demo_index, demo_listing


def across(title: str, category: str, price: float, description: str) -> dict[str, list[str]]:
    """brand id -> the details of its counted line_break signals, for every brand that alerts."""
    return {m.brand_id: [s.detail or "" for s in m.signals if s.rule.value == "line_break" and s.weight > 0]
            for m in demo_index().match(demo_listing(title, category, price, description))}


@pytest.mark.parametrize("title, description, category, price, brand", [
    ("New, never used, fast ship – Sam", "sung S24 Ultra, replica. Cheap.", "phones", 300, "samsung"),  # common words
    ("New, never used, fast ship – Pan", "dora bracelet, copy charms. Cheap.", "jewelry", 20, "pandora"),  # everyday
    ("Like new, bargain! Miche", "lin PS4S tyres, replica.", "tires", 80, "michelin"),
    ("Gift idea – Ro", "lex 41mm steel diver, mirror copy.", "watches", 2000, "rolex"),
])
def test_a_mark_written_across_the_fields_alerts(title, description, category, price, brand):
    found = across(title, category, price, description)
    assert brand in found and any("across the fields" in d for d in found[brand]), found


@pytest.mark.parametrize("title, description, category, price", [
    ("Vintage dictionary set – Ro", "lexicon of old words, 3 volumes", "books", 40),  # a longer word
    ("Cast iron frying Pan", "dora the explorer apron for kids", "kitchen", 15),  # not the brand's goods
    ("Karaoke night with Sam", "Sung live, recorded 2019, DVD", "phones", 400),  # a sentence of its own, a shop's price
    ("Men's automatic steel watch Ro", "lex with box and papers", "watches", 9000),  # no cue, a genuine price
    ("Sterling silver charm, see Pan.", "dora style, ask me", "jewelry", 80),  # the title ends in punctuation
])
def test_pieces_that_join_by_chance_stay_quiet(title, description, category, price):
    found = across(title, category, price, description)
    assert not any("across the fields" in d for ds in found.values() for d in ds), found
