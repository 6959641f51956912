"""Brands written by their sound in the scripts of South India, Sri Lanka and the Caucasus (issue 9, hanzi): what a user
sees, for every demo brand's own name as the adversary's own writers spell it (tests/eval/adversary/southern.py, not the
matcher's anyascii), with the market's copy word; the same name in a shop's listing at a genuine unit's price stays
quiet, and the words for "new" and "genuine" of those markets name no brand."""

from __future__ import annotations

import random

import pytest

from schemas import Listing, Rule
from services.matcher.core.sounds import romanise
from tests.eval.adversary import load_brands, southern
from tests.unit.matcher.demo import demo_index, demo_listing

BRANDS = [b for b in load_brands() if b.name.replace(" ", "").isalpha() and len(b.name) >= 5 and " " not in b.name]


@pytest.fixture(scope="module")
def index():
    return demo_index()


def _alerts(index, listing: Listing) -> dict[str, set[str]]:
    return {m.brand_id: {s.rule.value for s in m.signals if s.weight > 0} for m in index.match(listing)}


@pytest.mark.parametrize("script", southern.SCRIPTS)
def test_a_brand_written_in_the_script_with_its_copy_word_alerts(index, script):
    missed = []
    for b in BRANDS:
        text = southern.in_script(b.name, script, random.Random(f"{b.id}:{script}"))
        cat = b.categories[0]
        found = _alerts(index, demo_listing(f"{text} {cat} {southern.COPY[script][-1]}", cat, 30.0))
        # named by its sound, or, in Georgian, as the mark with the nominative -ი the latin view reads glued to it
        if b.id not in found or not found[b.id] - {"cue", "category", "price"} or set(found) - {b.id}:
            missed.append((b.id, text, found))
    assert len(missed) <= len(BRANDS) // 20, missed  # the class's floor on seed 9 is 0.989; a few one-sound names miss


def test_the_outsiders_spellings_are_read():
    assert "samsung" in romanise("സാംസങ്", "malayalam") or "samsan" in romanise("സാംസങ്", "malayalam")
    assert "samsung" in romanise("సాంసుంగ్", "telugu")  # the anusvara before s read m
    assert "vilson" in romanise("ვილსონი", "georgian")  # the nominative -ი left out
    assert romanise("ව්\u200dයාජ", "sinhala") == romanise("ව්යාජ", "sinhala")  # the joiner inside a word


def test_copy_words_of_those_markets_alert_and_their_words_for_new_do_not(index):
    for title, category, brand in [("నైక్ sneakers ఫస్ట్ కాపీ", "sneakers", "nike"),
                                   ("ბოსი headphones ყალბი", "headphones", "bose"),
                                   ("බොෂ් air fryer ව්\u200dයාජ", "kitchen appliances", "bosch")]:
        found = _alerts(index, demo_listing(title, category, 95.0))
        assert set(found) == {brand} and Rule.cue.value in found[brand], (title, found)
    # Malayalam പുതിയത് "new" is no Gucci line; Punjabi ਅਸਲੀ "genuine" is no copy word
    assert "gucci" not in _alerts(index, demo_listing("മൈക്കൽ കോർസ് tote bag പുതിയത് ഒറിജിനൽ", "handbags", 223.0))
    assert _alerts(index, demo_listing("ਰੋਲੇਕਸ watch ਨਵਾਂ ਅਸਲੀ", "watches", 12000.0)) == {}
