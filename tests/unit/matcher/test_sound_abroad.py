"""Marks written by ear in other languages' spellings and scripts (sound, 2026-12-01): generated instances and their
honest twins.

The instances come from the adversary's own tables (tests/eval/adversary/abroad.py: each language's spellings of the
sounds; scripts.py: a Thai writer and other writers' katakana), not from the matcher's readings (sounds.ORTHOGRAPHIES).
"""

from __future__ import annotations

import random

import pytest
from hypothesis import assume, given, settings
from wordfreq import zipf_frequency
from hypothesis import strategies as st

from schemas import Listing, Rule
from services.matcher.core.sounds import orthographic_readings
from tests.eval.adversary import abroad, scripts
from tests.unit.matcher.demo import demo_index, demo_listing


@pytest.fixture(scope="module")
def index():
    return demo_index()


def _brands(index, listing: Listing) -> set[str]:
    return {m.brand_id for m in index.match(listing)}


@pytest.mark.parametrize("title,category,brand", [
    ("Kanada Guse parka 1:1", "parkas", "canada-goose"),  # Spanish/Turkish k for c, u for oo
    ("Nort Feis puffer jacket AAA", "jackets", "the-north-face"),  # across the mark's words
    ("Maikel Korss tote bag replica", "handbags", "michael-kors"),  # Dutch spelling of the name, ch heard k
    ("Looey Vuiton bag 1:1", "handbags", "louis-vuitton"),  # Louis' s silent
    ("Kartiyay love bracelet 高仿", "jewelry", "cartier"),  # the final r silent, as French says it
    ("Najki buty do biegania 1:1", "sneakers", "nike"),  # Polish j is y
    ("Pleystaşon oyun konsolu AAA", "consoles", "sony"),  # Turkish ş, folded s
])
def test_a_mark_respelt_by_ear_alerts_with_a_cue(index, title, category, brand):
    matches = index.match(demo_listing(title, category, 20.0))
    assert brand in {m.brand_id for m in matches}, title
    assert any(s.rule is Rule.phonetic for m in matches if m.brand_id == brand for s in m.signals), title


@pytest.mark.parametrize("title,category", [("Kanada Guse parka", "parkas"), ("Nort Feis puffer jacket", "jackets")])
def test_a_respelling_by_ear_alone_does_not_alert(index, title, category):
    """A sound-alike is a weak candidate: at a normal price and with no cue it names nobody."""
    assert _brands(index, demo_listing(title, category, 900.0)) == set()


@settings(max_examples=40, deadline=None)
@given(st.sampled_from([("canada-goose", "Canada Goose", "parkas"), ("michael-kors", "Michael Kors", "handbags"),
                        ("samsung", "Samsung", "earbuds"), ("swarovski", "Swarovski", "jewelry")]),
       st.sampled_from(abroad.LANGUAGES), st.integers(0, 10_000))
def test_generated_respellings_abroad_alert_with_a_cue(index, mark, language, seed):
    """Left out: a respelling made only of the mark's own words and English words ("Canada Gus"), which the phonetic
    detector's gate (a word that is no English word) does not open for."""
    brand, value, category = mark
    written = abroad.by_ear(value, language, random.Random(seed))
    assume(not all(w in value.lower().split() or zipf_frequency(w, "en") >= 3.0 for w in written.lower().split()))
    assert brand in _brands(index, demo_listing(f"{written} {category} 1:1 replica", category, 20.0)), written


@pytest.mark.parametrize("brand,title,desc,category,price,currency", abroad.WORDS + scripts.WORDS)
def test_real_words_heard_like_a_mark_stay_quiet(index, brand, title, desc, category, price, currency):
    assert _brands(index, demo_listing(title, category, price, desc, currency=currency)) == set(), title


@pytest.mark.parametrize("title,category,brand", [
    ("รองเท้าอาดีดาส์ 1:1", "sneakers", "adidas"),  # Thai: "shoes" glued to the mark
    ("กระเป๋าสตางค์กุกซี A货", "wallets", "gucci"),
    ("スニーカープマ 1:1", "sneakers", "puma"),  # katakana: the goods' noun glued before the mark
    ("เลวิส์ denim shirt 1:1", "denim", "levis"),  # Thai ว for a foreign v
    ("カーチーエ pendant necklace replica", "jewelry", "cartier"),  # katakana チ for ti
])
def test_a_mark_glued_to_the_goods_or_written_by_older_conventions_alerts(index, title, category, brand):
    assert brand in _brands(index, demo_listing(title, category, 20.0)), title


def test_a_goods_noun_beside_the_mark_names_no_other_brand(index):
    """スマホ ソニ ("smartphone Sony") read as one stretch is heard like Samsung; the noun is no part of a name."""
    assert _brands(index, demo_listing("1:1 best version スマホ ソニ wireless headphones", "headphones", 60.0)) == {"sony"}


def test_the_rest_of_a_thai_run_cut_at_a_goods_noun_is_no_mark_by_two_sounds(index):
    """รองเท้าผ้าใบผู้ชาย: "sneakers" + "men" (phuchay), heard like Air Force without its r: no Nike."""
    assert _brands(index, demo_listing("รองเท้าผ้าใบผู้ชาย ใส่สบาย", "sneakers", 14.0)) == set()


def test_orthographic_readings_apply_each_language_in_one_pass():
    """Polish dż is j, not j read again as y; Spanish j is h; Turkish c is j."""
    assert "johnsons" in orthographic_readings("dzochnsons")
    assert "honda" in orthographic_readings("jonda")
    assert "jordan" in orthographic_readings("cordan")
