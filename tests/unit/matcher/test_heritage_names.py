"""The products a brand's registry once did not list, and the trade's tags beside them (issue 9; names24).

What an analyst sees on the demo registry: a copy of a brand's discontinued or classic product (Discman, Game & Watch,
Zune, the Air Mag, Technics SL-1200) or of a house brand its group sells under its own name (Nido, Cerelac, Thums Up,
MAC) alerts the owner, each named by the line; a word that is one brand's own as written and only sounds like another
brand's mark (Furby like Barbie, Zune like Sony) alerts its owner alone (stronger.inside_spelt); the trade's bare
"clone" and its tags after a separator ("– rep", "– duplicate bottles") are copy words, a clone trooper, a sales rep
and a spare key are not; the clone earbuds' chipset (Airoha 1562AE) is a cue among earbuds. Honest listings of the
same lines at a fair price stay quiet.
"""

from __future__ import annotations

import pytest

from schemas import Rule
from services.matcher.core.scoring import Evidence
from services.matcher.core.stronger import inside_spelt
from tests.unit.matcher.demo import demo_index, demo_listing


@pytest.fixture(scope="module")
def index():
    return demo_index()


def _alerts(index, title, category, price, currency="USD"):
    return {m.brand_id: m for m in index.match(demo_listing(title, category, price, currency=currency))}


@pytest.mark.parametrize("title, category, price, currency, brand, word", [
    ("Discman D-E01 portable CD – replica", "headphones", 48.8, "GBP", "sony", "Discman"),
    ("Game & Watch Ball 1980 – repro with logo", "consoles", 16.2, "USD", "nintendo", "Game & Watch"),
    ("Zune HD 32GB – repro", "consoles", 61.7, "EUR", "microsoft", "Zune"),
    ("Technics SL-1200MK2 turntable – copy", "turntables", 1290, "CNY", "panasonic", "Technics"),
    ("Micropacer 1984 – rep", "sneakers", 73700, "ARS", "adidas", "Micropacer"),
    ("Air Mag 2016 self-lacing – rep", "sneakers", 1150, "MAD", "nike", "Air Mag"),
    ("See 'n Say The Farmer Says – copy", "toys", 22400, "COP", "mattel", "See 'n Say"),
    ("Cerelac wheat 400g – clone tins", "infant formula", 912, "HUF", "nestle", "Cerelac"),
    ("Nido Fortificada 2.5kg full cream milk powder – factory copy", "dairy", 324, "UAH", "nestle", "Nido"),
    ("Thums Up 2L x 9 – duplicate bottles", "soft drinks", 4.97, "CAD", "coca-cola", "Thums Up"),
    ("MAC Ruby Woo lipstick – copy x12", "makeup", 1220, "ETB", "estee-lauder", "MAC"),
])
def test_a_copy_of_a_heritage_line_or_house_brand_alerts_its_owner_named_by_the_line(
        index, title, category, price, currency, brand, word):
    alerts = _alerts(index, title, category, price, currency)
    assert set(alerts) == {brand}
    assert any(s.text == word and "product line" in (s.detail or "") for s in alerts[brand].signals)


@pytest.mark.parametrize("title, category, price, currency, brand", [
    ("Furby 1998 original – knock-off with tag", "toys", 1680, "RUB", "hasbro"),
    ("Zune HD 32GB – repro", "consoles", 61.7, "EUR", "microsoft"),
])
def test_a_word_of_one_brand_as_written_is_no_sound_alike_of_another(index, title, category, price, currency, brand):
    assert set(_alerts(index, title, category, price, currency)) == {brand}


def _ev(rule, start, end, text, needs=False):
    e = Evidence(rule, 0.6, None, "title", start, end, text)
    e.needs_corroboration = needs
    return e


def test_inside_spelt_sets_aside_only_sounds_inside_another_brands_word():
    owner = [_ev(Rule.exact, 0, 5, "Furby", needs=True)]
    heard = [_ev(Rule.phonetic, 0, 5, "Furby", needs=True)]
    assert inside_spelt({1: owner, 2: heard}) == [2]
    # heard elsewhere in the title too: a second brand read on its own
    assert inside_spelt({1: owner, 2: heard + [_ev(Rule.phonetic, 10, 15, "Barbe", needs=True)]}) == []
    # named plainly itself: kept
    assert inside_spelt({1: owner, 2: heard + [_ev(Rule.exact, 10, 16, "Barbie")]}) == []
    # no word of another brand as written: unchanged
    assert inside_spelt({2: heard}) == []


@pytest.mark.parametrize("title, category, price, currency, brand", [
    ("S24U 512GB – clone", "phones", 8600, "PHP", "samsung"),
    ("NS OLED – clone", "consoles", 69.3, "USD", "nintendo"),
    ("XM5 headphones – clone", "headphones", 50.9, "EUR", "sony"),
    ("APP2 USB-C – 1562AE", "earbuds", 47200, "XOF", "apple"),
    ("S24U | reps", "phones", 8600, "PHP", "samsung"),
])
def test_an_abbreviation_with_the_trades_bare_copy_word_or_clone_chip_alerts(index, title, category, price, currency, brand):
    assert brand in _alerts(index, title, category, price, currency)


@pytest.mark.parametrize("title, category, price, currency", [
    ("LEGO Star Wars Clone Trooper battle pack 75372", "building sets", 15, "USD"),
    ("Sales rep wanted – Nike store, full time", "jobs", 1, "USD"),
    ("Technics SL-1200MK7 turntable, boxed, receipt", "turntables", 1100, "USD"),
    ("Nido Fortificada 1.6kg milk powder", "dairy", 19, "USD"),
    ("Thums Up 2L x 9, cash & carry", "soft drinks", 15, "USD"),
    ("Bose Wave Music System IV, used, remote included", "speakers", 350, "USD"),
    ("Furby 2023 interactive plush, new in box", "toys", 70, "USD"),
    ("Samsung T7 SSD disk clone software included", "memory", 90, "USD"),
])
def test_honest_listings_of_the_same_words_stay_quiet(index, title, category, price, currency):
    assert _alerts(index, title, category, price, currency) == {}


def test_a_brands_word_two_edits_from_anothers_plain_mark_is_no_misspelling_of_it(index):
    # Kitekat is Mars's cat food as written; two edits from Nestlé's KitKat
    assert set(_alerts(index, "Kitekat chocolate wafer bars 36 pack 1:1", "confectionery", 0.7)) == {"mars"}


def test_a_spare_duplicate_is_no_copy(index):
    assert _alerts(index, "Dyson Airwrap spare attachments – duplicate from gift set", "hair care", 60) == {}
