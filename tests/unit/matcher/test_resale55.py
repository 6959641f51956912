"""Genuine resale whose price says nothing or says "resale" (resale55, issue 9): the owner's disclosed marks of use read
as used (condition.WEAR_MARKS); new goods resold with the shop's proof of purchase at a resale's price are a genuine
unit's price (condition.new_resale, index.GIFT_PRICE); a price that cannot be judged (no rate, a disowned placeholder,
no price field) beside a claim of genuine goods and the shop's invoice or warranty reads as a reseller's listing
(index._unpriced_provenance); "it is a copy" anywhere is an admission (admitted._SAID_COPY). The copies that borrow the
words still alert."""

from __future__ import annotations

import pytest

from schemas import Rule
from services.matcher.core.context.admitted import admissions
from services.matcher.core.context.condition import ConditionReader, genuine_claim, new_resale
from services.matcher.core.context.retail import retail_standing
from services.matcher.core.normalise import ListingText
from tests.unit.matcher.demo import demo_alerts, demo_evaluated, demo_listing

_READER = ConditionReader()
XM5 = "Sony WH-1000XM5 headphones"  # a model floor of USD 329


def _kinds(title, description=""):
    listing = demo_listing(title, "headphones", 150, description)
    return {s.kind for s in _READER.read(listing, ListingText(listing.title, listing.description or "")).said}


@pytest.mark.parametrize("description", [
    "Genuine, with flaws: scratches and wear, see photos. Priced accordingly.",
    "Authentic. Light scuffs on the headband, flaws shown in photos.",
    "Original, leichte Gebrauchsspuren und kleine Kratzer.",
    "Authentique, quelques rayures, traces d'usure.",
    "Оригинал, мелкие царапины и потертости.",
    "正規品です。スレあり、使用感あり。",
    "正品，轻微划痕。",
    "정품, 생활기스 있음.",
])
def test_disclosed_marks_of_use_read_as_used(description):
    assert "used" in _kinds(XM5, description)


@pytest.mark.parametrize("description", [
    "Brand new, no scratches.", "Scratch-resistant finish.", "Keine Kratzer, neu.", "Protects against scratches.",
])
def test_no_marks_of_use_is_no_condition(description):
    assert "used" not in _kinds(XM5, description)


def test_a_genuine_item_with_disclosed_wear_at_a_used_price_is_quiet_and_its_copy_alerts():
    desc = "Genuine Sony WH-1000XM5 with flaws: scratches and wear, see photos. Priced accordingly."
    match = demo_evaluated(XM5 + " – genuine, flaws", "headphones", 90, desc)["sony"]  # 27 % of the floor
    assert any(s.rule is Rule.condition and s.weight < 0 for s in match.signals)
    assert "sony" not in demo_alerts(XM5 + " – genuine, flaws", "headphones", 90, desc)
    assert "sony" in demo_alerts(XM5 + " – flaws", "headphones", 90, desc + " It is a copy, hence the price.")
    assert "sony" in demo_alerts(XM5 + " – genuine, flaws", "headphones", 20, desc)  # below even the used floor


@pytest.mark.parametrize("title, description", [
    ("NWT " + XM5, "NWT, 100% authentic, receipt available. Offers welcome."),
    (XM5 + " – unwanted gift, sealed", "Unwanted Christmas present, still sealed. Gift receipt included."),
    (XM5 + " – neu mit Etikett", "100% Original, neu mit Etikett, Rechnung vorhanden."),
    (XM5 + " 全新吊牌", "正品，吊牌在，有小票。"),
])
def test_new_goods_resold_with_a_receipt_at_a_resale_price_are_quiet(title, description):
    match = demo_evaluated(title, "headphones", 240, description)["sony"]  # 73 % of the floor
    assert any(s.rule is Rule.fair_price and s.weight < 0 for s in match.signals), match.signals
    assert "sony" not in demo_alerts(title, "headphones", 240, description)


@pytest.mark.parametrize("title, price, description", [
    ("NWT " + XM5, 240, "NWT. Not authentic, price reflects. Receipt available."),  # a copy word
    ("NWT " + XM5, 240, "NWT, replica, receipt included."),
    ("NWT " + XM5, 30, "NWT, 100% authentic, receipt available."),  # a copy's price
    ("NWT " + XM5, 240, "NWT, 100% authentic, no receipt. Top quality."),  # no proof, the trade's talk
    (XM5 + " – unwanted gift", 240, "Got it as a gift, turns out it's a copy. Gift receipt included."),
])
def test_the_resale_new_copy_twins_still_alert(title, price, description):
    assert "sony" in demo_alerts(title, "headphones", price, description)


def test_new_resale_needs_new_goods_and_an_undenied_proof():
    assert new_resale("NWT Gucci bag", "100% authentic, receipt available") == "receipt"
    assert new_resale("Gucci bag", "Authentic, receipt available") is None  # no new goods: proven_resale's used goods
    assert new_resale("Gucci bag sealed with receipt free shipping", "") is None  # no owner's claim: a shop's words
    assert new_resale("NWT Gucci bag", "authentic, no receipt") is None
    assert new_resale("NWT Gucci bag", "authentic look, 1:1 replica, receipt included") is None


@pytest.mark.parametrize("title, price, currency, description", [
    (XM5 + " – price on request", 999999, "USD",
     "Price on request; the price field is a placeholder. Genuine Sony headphones, dealer warranty."),
    ("Sony WH-1000XM5 اصل با فاکتور", 48600000, "IRR", "Sony WH-1000XM5 اصل، با فاکتور خرید و گارانتی."),
    (XM5 + " – authentic, ask for price", None, "USD", "Authentic, bought at the Sony store, receipt included."),
])
def test_genuine_goods_whose_price_cannot_be_judged_are_quiet_with_their_provenance(title, price, currency,
                                                                                     description):
    match = demo_evaluated(title, "headphones", price, description, currency=currency)["sony"]
    assert any(s.rule is Rule.fair_price and s.weight < 0 and "claims genuine goods" in s.detail
               for s in match.signals), match.signals
    assert "sony" not in demo_alerts(title, "headphones", price, description, currency=currency)


@pytest.mark.parametrize("title, price, currency, description", [
    (XM5 + " – price on request", 999999, "USD", "Price on request. Copy, not original, same packaging."),
    (XM5 + " – price on request", 999999, "USD", "Price on request. Sony headphones, dealer warranty."),  # no claim
    ("Sony WH-1000XM5 کپی درجه یک", 8760000, "IRR", "کپی درجه یک، اصل نیست. با فاکتور."),
    ("Sony WH-1000XM5", 48600000, "IRR", "Sony WH-1000XM5 نو و پلمپ."),  # no claim, no provenance
    (XM5 + " – ask for price", None, "USD", "Authentic look, receipt included. It is a copy."),
])
def test_unjudged_prices_of_copies_or_bare_listings_still_alert(title, price, currency, description):
    assert "sony" in demo_alerts(title, "headphones", price, description, currency=currency)


def test_genuine_claim_and_standing_in_the_markets_words():
    assert genuine_claim("Nike اصل، با فاکتور") == "اصل"
    assert genuine_claim("کپی درجه یک، اصل نیست") is None
    assert genuine_claim("Levi's 501 Original jeans") is None  # a product's name, no claim
    assert genuine_claim("Echte Sony Kopfhörer") == "Echte"
    assert retail_standing(ListingText("სონი ორიგინალი, ქვითრით.", "")) == "ქვითრ"
    assert retail_standing(ListingText("სონი, ქვითრის გარეშე", "")) is None  # without a receipt
    assert retail_standing(ListingText("հոնդա օրիգինալ, կտրոնով։", "")) == "կտրոն"


@pytest.mark.parametrize("description, said", [
    ("It is a copy, hence the price.", True), ("They're copies.", True), ("its a copy", True),
    ("This is a copy of the invoice.", False), ("Is it a copy? No.", False), ("It is not a copy.", False),
])
def test_a_sentence_that_the_goods_are_a_copy_is_an_admission(description, said):
    found = admissions(XM5, f"{XM5}\n{description}", "headphones")
    assert any(a.kind == "bare_copy" for a in found) is said
