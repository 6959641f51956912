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


# ------------------------------------------------------------------ floor54: programs sold cracked, toys, film cameras

@pytest.mark.parametrize("title, category, price, brand", [
    ("PageMaker full version download, cracked", "software", 60.0, "adobe"),
    ("Fireworks CS6 pre-activated, lifetime", "software licenses", 60.0, "adobe"),
    ("Mudbox 2024 license key 1 year – keygen included", "software licenses", 160.0, "autodesk"),
])
def test_a_software_line_sold_cracked_alerts(index, title, category, price, brand):
    """The cracked-software trade's words (crack, keygen, activator, pre-activated) are a cue among software goods: the
    program with its licence check defeated is a pirated copy, however the seller names it (judge.cracked_words)."""
    assert brand in _alerts(index, title, category, price)


@pytest.mark.parametrize("title, category, price", [
    ("Fireworks CS6 original licence key, no crack needed", "software licenses", 60.0),
    ("PageMaker 7.0 retail CD with serial, no keygen, no crack", "software", 60.0),
    ("Crack the code: Fireworks CS6 training course on DVD", "software", 25.0),
    ("Canon EOS R5 cracked screen, sold for parts", "cameras", 600.0),  # a condition, no software
])
def test_the_cracked_words_denied_a_verb_or_a_condition_stay_quiet(index, title, category, price):
    assert _alerts(index, title, category, price) == {}


def test_a_clone_filed_in_a_toy_shops_games_department_is_a_copy(index):
    """"Toys & Games > Toys" is a toy shop's department: its "Games" files no media, whose "copy" is a unit of the work
    (admitted._media): a LEGO line's clone there is the copy trade's."""
    listing = demo_listing("Belville toy playset (clone)", "Toys & Games > Toys", 3.57)
    assert "lego" in {m.brand_id for m in index.match(listing)}
    game = demo_listing("Monopoly board game, duplicate copy from a gift", "Toys & Games > Board Games", 20.0)
    assert "hasbro" not in {m.brand_id for m in index.match(game)}


def test_film_before_camera_is_the_camera_not_a_screen_film(index):
    """An accessory noun followed by goods of the brand is part of their name ("film camera", as "stand blender"):
    no accessory named after the AE-1 (accessory._noun_at)."""
    assert "canon" in _alerts(index, "AE-1 Program SLR film camera body (AAA)", "cameras", 257.0)
    assert "canon" not in _alerts(index, "Canon EOS R5 screen protector film", "cameras", 12.0)
