"""Own-brand, private-label and packaging goods that name a brand only as a comparison (private56, issue 9): Turkish
suffix negation through the possessed noun ("<mark> logosu yoktur", "<mark> ürünü değildir"), Turkish likeness words
that head the noun phrase before them ("<model> kulaklık muadili"), the brand named as one of the makers a comparison
sets the goods against ("comparable in quality to big brands like <mark>"), and a printer's "custom printed" beside the
buyer's own logo and a fit. Their counterfeit twins, the same trades offering the brand's mark, alert. Listings written
for this file, not taken from a held-out set."""

from __future__ import annotations

import pytest

from services.matcher.core.context.accessory import _HEAD_SUFFIX
from services.matcher.core.context.negation import _AFTER_POSSESSED
from tests.unit.matcher.demo import demo_alerts, demo_evaluated


@pytest.mark.parametrize("after, denied", [
    (" logosu yoktur.", True), (" ürünü değildir", True), (" markası taşımaz", True), (" ayakkabı modeli değil", True),
    (" orijinali değil", False), (" yok", False), (" logosu var", False),
])
def test_turkish_suffix_negation_reads_through_the_possessed_noun(after, denied):
    from services.matcher.core.normalise import latin_text

    assert (_AFTER_POSSESSED.match(latin_text(after).lower()) is not None) is denied


def test_a_turkish_head_likeness_reads_over_the_noun_phrase_not_over_a_title_cut():
    assert _HEAD_SUFFIX.match(" quietcomfort ultra kulaklık muadili").group(1) == "muadili"
    assert _HEAD_SUFFIX.match(" – logosuz muadili") is None
    assert _HEAD_SUFFIX.match(", muadili") is None


def test_a_muadili_with_no_mark_on_the_goods_is_quiet_and_its_logolu_twin_alerts():
    assert not demo_alerts("Bose QuietComfort Ultra kulaklık muadili – logosuz", "headphones", 2150.0,
                           "Kendi markamızdır; ürün üzerinde Bose logosu yoktur. Benzer tasarım.", currency="TRY")
    found = demo_alerts("Bose QuietComfort Ultra kulaklık muadil logolu", "headphones", 2150.0,
                        "Üzerinde Bose logosu var, birebir kopya, orijinal değil.", currency="TRY")
    assert set(found) == {"bose"}, found


def test_the_mark_denied_by_the_possessed_noun_is_a_negation_signal():
    found = demo_evaluated("Nike Air Force 1 muadili beyaz sneaker", "sneakers", 900.0,
                           "Ürün üzerinde Nike logosu yoktur, kendi markamız.", currency="TRY")
    signals = [s for m in found.values() for s in m.signals if s.rule == "negation"]
    assert any(s.term == "logosu yoktur" for s in signals), found
    assert "nike" not in demo_alerts("Nike Air Force 1 muadili beyaz sneaker", "sneakers", 900.0,
                                     "Ürün üzerinde Nike logosu yoktur, kendi markamız.", currency="TRY")


def test_an_oem_factorys_own_goods_compared_with_market_leaders_are_quiet():
    assert not demo_alerts("OEM hazelnut chocolates for your own label – factory direct", "chocolate", 1.9,
                           "ODM hazelnut chocolates, your label. Comparable in quality to big brands like Ferrero, but "
                           "our own recipe and no third-party logos.")
    found = demo_alerts("OEM hazelnut chocolates with Ferrero logo – factory direct", "chocolate", 1.9,
                        "ODM: we put the Ferrero logo on them, no brand authorization needed. Copy.")
    assert set(found) == {"ferrero"}, found


def test_a_packaging_printer_of_the_buyers_logo_is_quiet_and_the_brands_logo_print_alerts():
    assert not demo_alerts("Custom printed gift boxes for headphones – your logo", "headphones", 0.6,
                           "Rigid boxes sized to fit items like Sony WH-1000XM5 headphones. Printed with the client's "
                           "own logo only; no brand logos accepted.")
    found = demo_alerts("Custom printed headphones – Sony logo available", "headphones", 9.0,
                        "We print the Sony logo on headphones like Sony WH-1000XM5; copy, same look as the original.")
    assert set(found) == {"sony"}, found


def test_originality_before_the_mark_keeps_the_suffix_negation_an_admission():
    from services.matcher.core.context.negation import Negations
    from services.matcher.core.normalise import ListingText

    text = ListingText("Spor ayakkabı", "Orijinal Nike ürünü değildir. Ürün üzerinde Nike logosu yoktur.")
    negations = Negations(text)
    first = text.original.index("Nike")
    second = text.original.index("Nike", first + 1)
    assert negations.after(first + 4, first) is None
    assert negations.after(second + 4, second).phrase == "logosu yoktur"
