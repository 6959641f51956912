"""An English possessive is no intrusion (lead33, after outsider32's safety data sheets: "only to the original's
sales" alerted adidas as its line "Originals" with an apostrophe inside). A common English word, an apostrophe and a
final s is the word's possessive; a mark with a sign inside that is no such word ("Orig'inals", "Adida's") still is a
disguised mark. Read on the demo registry (deploy/seed/registry.yaml)."""

from __future__ import annotations

import pytest

from services.matcher.core.detectors.marks import _possessive_of_a_word
from services.matcher.core.fuzzy import common_words
from tests.unit.matcher.demo import demo_alerts

PROSE = [
    "Section 2 – Hazards: none (only to the original's sales). Section 9: logo 1:1, Fälschung.",
    "Hazards: none, except to the original’s reputation. Appearance identical, copy grade AAA.",
    "The maker's mark and the original's box are shown; 1:1 replica.",
]


@pytest.mark.parametrize("description", PROSE)
def test_a_common_words_possessive_names_no_mark(description):
    alerts = demo_alerts("Bosch Professional GBH 2-26 drill (SDS rev. 3)", description=description,
                         category="power tools", price=29.5)
    assert "bosch" in alerts
    assert "adidas" not in alerts


@pytest.mark.parametrize("title", ["Orig'inals trefoil hoodie 1:1 replica", "adidas Orig'inals hoodie 1:1 replica",
                                   "Adida's track jacket 1:1 replica"])
def test_a_mark_with_an_apostrophe_inside_is_still_disguised(title):
    assert "adidas" in demo_alerts(title, description="mirror quality", category="hoodies", price=12)


def test_the_possessive_reading_needs_a_common_word_and_a_final_s():
    common = common_words(5)
    assert _possessive_of_a_word("original's", common)
    assert _possessive_of_a_word("maker’s", common)
    assert not _possessive_of_a_word("Adida's", common)
    assert not _possessive_of_a_word("Orig'inals", common)
    assert not _possessive_of_a_word("original-s", common)
