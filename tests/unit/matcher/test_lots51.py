"""lots51 (issue 9): a listing that names several brands and says WHICH brand's item is the copy (a closet lot "all
authentic with receipts except the LV wallet, a rep", a genuine item with a FREE copy of another brand's goods): only
the copied brand alerts, the vouched brands named plainly are lowered (index._beside_copy, attribution.vouched); a
lot whose copy talk covers every item, or that vouches for nothing, keeps every brand alerting."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from services.matcher.core.context.attribution import minor_brands, vouched
from tests.unit.matcher.demo import demo_index, demo_listing


def _alerted(title: str, description: str, price: float, category: str | None = None, currency: str = "USD") -> set[str]:
    return {m.brand_id for m in demo_index().match(demo_listing(title, category, price, description, currency))}


@pytest.mark.parametrize(("title", "description", "currency"), [
    ("Lot: Coach Tabby bag + Michael Kors Jet Set tote + Louis Vuitton Zippy wallet",
     "Everything is authentic with receipts (Coach, Michael Kors) EXCEPT the Louis Vuitton Zippy wallet, which is a "
     "good-quality rep.", "USD"),
    ("Paket: Coach Tabby bag + Michael Kors Jet Set tote + Louis Vuitton Zippy wallet",
     "Alles echt mit Rechnung (Coach, Michael Kors), außer Louis Vuitton Zippy wallet: das ist eine Replika.", "EUR"),
    ("Лот: Coach Tabby bag + Michael Kors Jet Set tote + Louis Vuitton Zippy wallet",
     "Всё оригинал с чеками (Coach, Michael Kors), кроме Louis Vuitton Zippy wallet — это копия.", "EUR"),
    ("Kledingkast-lot: Coach Tabby bag + Michael Kors Jet Set tote + Louis Vuitton Zippy wallet",
     "Alles echt, bonnetjes van Coach, Michael Kors, behalve Louis Vuitton Zippy wallet: dat is een replica.", "EUR"),
])
def test_a_lots_exception_alerts_only_the_copied_brand(title, description, currency):
    assert _alerted(title, description, 600, "handbags", currency) == {"louis-vuitton"}


def test_copy_talk_said_of_every_item_keeps_every_brand():
    got = _alerted("Lot: Coach Tabby bag + Michael Kors Jet Set tote + Louis Vuitton Zippy wallet",
                   "All three are 1:1 mirror copies, receipts not available.", 600, "handbags")
    assert {"coach", "michael-kors", "louis-vuitton"} <= got


def test_a_lot_that_vouches_for_nothing_is_not_lowered_by_it():
    listing = demo_listing("Lot: Coach Tabby bag + Louis Vuitton Zippy wallet", "handbags", 600,
                           "Coach Tabby bag.\nLouis Vuitton Zippy wallet – replica.")
    details = [s.detail for m in demo_index().evaluate(listing) for s in m.signals]
    assert not any("vouches for the rest" in d for d in details)


def test_a_low_price_judged_by_the_brands_own_line_keeps_it():
    got = _alerted("Lot: Rolex Submariner + Gucci GG Marmont belt",
                   "Rolex Submariner – genuine with receipt.\nGucci GG Marmont belt – replica.", 150, "watches")
    assert {"rolex", "gucci"} <= got


def test_a_freebies_copy_alerts_only_its_brand():
    got = _alerted("Bose QuietComfort 45 + FREE Apple AirPods Pro",
                   "Bose QuietComfort 45 – brand new, 1 year warranty.\n\nFREE GIFT: Apple AirPods Pro (1:1 copy).",
                   300, "headphones")
    assert got == {"apple"}


def test_a_brand_opening_an_item_after_a_plus_is_goods_not_a_component():
    text = "Samsung Galaxy S24 + Bose SoundLink speaker"
    m = {0: [("title", 0, 7)], 1: [("title", text.index("Bose"), text.index("Bose") + 4)]}
    assert minor_brands(m, {"title": text}) == set()
    text = "iPhone 15 Pro clone with Samsung AMOLED display"
    m = {0: [("title", 0, 6)], 1: [("title", text.index("Samsung"), text.index("Samsung") + 7)]}
    assert minor_brands(m, {"title": text}) == {1}


def test_vouched_needs_a_claim_of_another_brand_or_a_standing():
    claim = SimpleNamespace(start=0, end=7)
    assert vouched("genuine Coach", [claim], None, lambda s, e: {1}, {2}) == "genuine"
    assert vouched("genuine LV", [claim], None, lambda s, e: {2}, {2}) is None
    assert vouched("genuine LV", [claim], "receipt", lambda s, e: {2}, {2}) == "receipt"
    assert vouched("nothing", [], None, lambda s, e: None, {2}) is None


@pytest.mark.parametrize("title", ["Gift set: Nike Air Max 90 sneakers (x1), travel mirror, scented candle",
                                   "Coffret cadeau : Gucci GG Marmont bag x1, bougie, miroir",
                                   "Lot: Canon EOS R6 camera body 1x / makeup bag / ribbon box",
                                   "Комплект: Apple AirPods Pro (x1) + косметичка"])
def test_a_sets_count_of_its_one_houses_item_is_no_unit_of_a_pack(title):
    got = {m.brand_id for m in demo_index().match(demo_listing(title, None, 9))}
    assert got, title


def test_set_of_goods_reads_sets_and_lot_heads():
    from services.matcher.core.context.retail import set_of_goods
    assert set_of_goods("Gift set: A x1, B") and set_of_goods("Paket – A + B") and set_of_goods("Комплект: A + B")
    assert not set_of_goods("Nike Air Max 90 x1") and not set_of_goods("Lotus flower lamp")


@pytest.mark.parametrize("words", ["Rolex Submariner full set 2021", "Omega Speedmaster Komplettset", "pełny komplet",
                                   "Seiko saat tam set", "Часы Omega, полный комплект"])
def test_a_complete_sets_words_are_standing_but_no_shop(words):
    from services.matcher.core.context.retail import retail_standing
    from services.matcher.core.normalise import ListingText
    text = ListingText(words, "")
    assert retail_standing(text) is not None and retail_standing(text, complete=False) is None
    assert retail_standing(ListingText(words, "Receipt included."), complete=False) == "receipt"


def test_one_list_of_fit_words_in_every_reading():
    from services.matcher.core import index
    from services.matcher.core.context import attribution, judge
    for pattern in (index._FIT_BEFORE, judge._FIT_BEFORE_UNBOXED):
        assert all(pattern.search(f" {w} x") for w in ("for", "fits", "compatible with", "pour", "para", "voor",
                                                         "dla", "kompatibel"))
    assert all(attribution._FIT.search(f" {w} x") for w in attribution.FIT_WORDS)
    assert index._FIT_BEFORE.search(" fur x") and judge._FIT_BEFORE_UNBOXED.search(" aftermarket x")
