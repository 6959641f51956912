"""scripts56 (issue 9): a Latin name spelt letter for letter in Georgian or Armenian letters is the brand's name
(sounds.romanise: the Georgian keyboard's letters, CLDR's Armenian-Latin letters), and anyascii's apostrophe of such a
letter is no sign inside the mark; goods said to ship inside an accessory whose maker the text denies are a copy
(admitted.goods_maker_denied); "rep" before the goods the title names is the copy trade's word, "rep" as a person, a
verb or an exercise count is not (admitted.rep_not_goods). Listings written for this file, not taken from a held-out
set."""

from __future__ import annotations

import pytest

from services.matcher.core.context.admitted import admissions, goods_maker_denied, rep_not_goods
from services.matcher.core.sounds import romanise
from tests.unit.matcher.demo import demo_alerts, demo_evaluated


@pytest.mark.parametrize("written, script, reading", [
    ("ცანონ", "georgian", "canon"),  # ც is the c key of the Georgian keyboard (anyascii: "ts")
    ("მიცჰელინ", "georgian", "michelin"),
    ("სჰელლ", "georgian", "shell"),
    ("ცოცა", "armenian", "tsotsa"),  # (Georgian letters read as Armenian give nothing: the anyascii reading stays)
    ("ցոցա", "armenian", "coca"),  # ց is c in CLDR's Armenian-Latin (ISO 9985), "ts'" in anyascii
    ("միցհելին", "armenian", "michelin"),
])
def test_a_name_spelt_letter_for_letter_is_read_by_its_letters(written, script, reading):
    assert reading in romanise(written, script)


def test_genuine_goods_named_in_georgian_or_armenian_letters_at_a_fair_price_are_quiet():
    assert demo_alerts("ცანონ EOS R6 Mark II mirrorless camera body — ორიგინალი", "cameras", 2600,
                       "ცანონ (EOS R6 Mark II), ორიგინალი, ქვითრით. ახალი.") == {}
    assert demo_alerts("ნესტლე NAN Optipro 2 formula 800g — ორიგინალი", "infant formula", 40,
                       "ნესტლე (NAN-OPTIPRO-2-800), ორიგინალი, ქვითრით. ახალი.") == {}
    assert demo_alerts("ցոցա-ցոլա cola cans 330ml x24 — օրիգինալ", "soft drinks", 30,
                       "ցոցա-ցոլա (KO-330-24), օրիգինալ, կտրոնով։ Նոր։") == {}
    assert demo_alerts("აპპლე Watch Series 9 45mm — ახალი, ორიგინალი", "smartwatches", 450,
                       "ოფიციალური მაღაზიიდან, ქვითარი და გარანტია.") == {}


def test_the_same_names_on_a_copy_still_alert_read_in_the_markets_orthography():
    found = demo_evaluated("ცანონ EOS R6 Mark II mirrorless camera body — ასლი", "cameras", 400,
                           "ცანონ (EOS R6 Mark II). ზუსტი ასლი, არა ორიგინალი.")
    assert found["canon"].score >= found["canon"].threshold, found
    found = demo_alerts("ნესტლე stage 2 follow-on formula 800g — ასლი", "infant formula", 12,
                        "ნესტლე (NAN-OPTIPRO-2-800). ზუსტი ასლი, არა ორიგინალი.")
    assert set(found) == {"nestle"}, found
    assert not any(s.rule == "intrusion" and s.weight > 0 for s in found["nestle"].signals), found["nestle"].signals


def test_goods_inside_an_accessory_with_their_maker_denied_alert():
    found = demo_alerts("Protective case for Apple AirPods Pro 2 + AirPods Pro 2 included", "earbuds", 78.4,
                        "Set: protective case for Apple AirPods Pro 2, and the AirPods Pro 2 itself (clone, not "
                        "original Apple) included in the set.")
    assert set(found) == {"apple"}, found
    frame = next(s for s in found["apple"].signals if s.rule == "accessory")
    assert "the brand's product is included, with the counterfeit cue 'not original Apple'" in frame.detail, frame


@pytest.mark.parametrize("title, description, price", [
    ("Leather case for Apple AirPods Pro 2 + AirPods Pro 2 included",
     "Bundle: our case with a genuine pair of AirPods Pro 2 included, sealed, Apple receipt. The case is not made by "
     "Apple, it is our own brand.", 259.0),
    ("Watch box for Rolex Submariner + Submariner included",
     "Box not original Rolex, watch is genuine with papers.", 11900.0),
    ("Storage case for Apple AirPods Pro 2", "Hard shell storage case, own brand, not made by Apple.", 19.0),
])
def test_an_accessory_makers_own_disclaimer_beside_genuine_goods_is_quiet(title, description, price):
    assert demo_alerts(title, "earbuds" if "AirPods" in title else "watches", price, description) == {}


def test_the_disclaimer_is_the_accessorys_when_its_sentence_is_about_the_accessory():
    assert goods_maker_denied("Case for", " Apple AirPods Pro 2 + AirPods Pro 2 included",
                              "t\nThe AirPods Pro 2 in the case are not made by Apple.") == "are not made by Apple"
    assert goods_maker_denied("Case for", " Apple AirPods Pro 2 + AirPods Pro 2 included",
                              "t\nThe case is not made by Apple.") is None
    assert goods_maker_denied("Display box for", " Nestle coffee 200g + Nestle coffee 200g",
                              "t\nThe coffee in the box is not made by Nestlé.") == "is not made by Nestlé"


@pytest.mark.parametrize("title, description", [
    ("Nike Dunk Low Panda", "selling my rep dunks, worn a few times"),
    ("Nike Dunk Low Panda", "rep Nike dunk, good condition, no box"),
    ("Hasbro Monopoly board game", "Decent rep board game, open to offers."),
])
def test_rep_before_the_goods_is_admitted(title, description):
    assert any(a.kind == "bare_copy" and a.term.casefold().startswith("rep")
               for a in admissions(title, f"{title}\n{description}", "board games" if "game" in title else "sneakers"))


@pytest.mark.parametrize("text", ["Ask our sales rep", "the Nike rep at the store helped", "Rep your team!",
                                  "3 sets of 12 reps", "high rep circuits", "rep range 8-12"])
def test_rep_as_a_person_a_verb_or_a_count_is_no_copy(text):
    start = text.casefold().index("rep")
    end = start + (4 if text[start:start + 4].casefold() == "reps" else 3)
    assert rep_not_goods(text, start, end)


def test_a_resale_post_saying_rep_alerts_and_the_other_senses_stay_quiet():
    found = demo_alerts("Nike Dunk Low Panda", "sneakers", 55, "selling my rep dunks, worn a few times")
    assert set(found) == {"nike"}, found
    assert any(s.rule == "cue" and s.weight > 0 and s.text == "rep" for s in found["nike"].signals)
    assert demo_alerts("Nike Dunk Low Panda size 10", "sneakers", 115,
                       "Rep your city! Brand new, receipt from the Nike store.") == {}
