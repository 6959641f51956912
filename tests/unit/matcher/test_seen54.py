"""seen54 (issue 9): a free extra of another brand (a copy cue said of it alone names its brand, none said of it sets
it aside: attribution.freebie_brands, index._copied_alone), and a registered model in another market's currency a
little under its list price beside a retailer's standing in the market's words (index.ABROAD_STREET_PRICE,
retail.retail_standing's scripts)."""

from __future__ import annotations

import pytest

from services.matcher.core.context.attribution import freebie_brands
from services.matcher.core.context.retail import retail_standing
from services.matcher.core.normalise import ListingText
from tests.unit.matcher.demo import demo_index, demo_listing


def _alerted(title: str, description: str, price: float, category: str | None = None, currency: str = "USD") -> set[str]:
    return {m.brand_id for m in demo_index().match(demo_listing(title, category, price, description, currency))}


def _spans(text: str, **names: str) -> dict[int, list[tuple[str, int, int]]]:
    return {i: [("title", text.index(name), text.index(name) + len(name))] for i, name in enumerate(names.values())}


@pytest.mark.parametrize("text", ["Bose QC45 + FREE Apple adapter", "Bose QC45 + Apple adapter GRATIS",
                                  "Bose QC45 + Apple adapter в подарок", "Bose QC45, FREEBIE: Apple adapter"])
def test_a_gift_word_beside_the_second_brand_makes_it_a_freebie(text):
    assert freebie_brands(_spans(text, a="Bose", b="Apple"), {"title": text}) == {1}


@pytest.mark.parametrize("text", ["Bose QC45 + Apple adapter, free shipping", "Bose QC45 and Apple adapter, BPA free",
                                  "FREE Bose QC45 + FREE Apple adapter"])
def test_shipping_terms_and_every_brand_free_make_no_freebie(text):
    assert freebie_brands(_spans(text, a="Bose", b="Apple"), {"title": text}) == set()


def test_an_everyday_name_freebie_admitted_a_copy_alerts_its_brand_alone():
    assert _alerted("Bose QuietComfort 45 + FREE Apple 20W USB-C power adapter!!",
                    "Bose QuietComfort 45 – brand new, 1 year warranty.\n\nFREEBIE: Apple 20W USB-C power adapter "
                    "(copy, not original) – while stocks last.", 330, "headphones") == {"apple"}


@pytest.mark.parametrize(("title", "description", "category", "price"), [
    ("Samsung Galaxy Buds2 Pro + Apple smartphone 256GB в подарок",
     "Samsung Galaxy Buds2 Pro — новый, запечатан.\n\nВ подарок: Apple smartphone 256GB (оригинал, запечатан).",
     "earbuds", 260),
    ("Danone Aptamil Profutura 3 800g + GRATIS Mars milk chocolate bar",
     "Danone Aptamil Profutura 3 800g: baru, segel.\n\nBonus gratis: Mars milk chocolate bar (original, segel).",
     "baby formula", 40),
])
def test_a_genuine_freebie_of_another_brand_is_not_judged_by_the_listings_price(title, description, category, price):
    assert _alerted(title, description, price, category) == set()


@pytest.mark.parametrize(("description", "words"), [
    ("أصلي مع الفاتورة من الوكيل.", "فاتورة"), ("ของแท้ มีใบเสร็จ ประกันศูนย์", "ใบเสร็จ"),
    ("Original resmi, garansi resmi, ada nota pembelian.", "garansi resmi"),
    ("Chính hãng, còn bill.", "con bill"), ("बिल के साथ, वारंटी कार्ड।", "बिल के साथ"),
])
def test_standing_in_the_markets_words(description, words):
    assert retail_standing(ListingText("Item", description)) == words


@pytest.mark.parametrize("description", ["بدون فاتورة.", "ไม่มีใบเสร็จ", "Tanpa nota, tanpa garansi.",
                                         "Không bill, không bảo hành."])
def test_denied_standing_in_the_markets_words(description):
    assert retail_standing(ListingText("Item", description)) is None


def test_a_model_abroad_a_little_under_its_list_price_with_standing_is_quiet_and_without_it_alerts():
    # Nintendo Switch OLED HEG-001, floor USD 349; INR 27,500 reads at about 83 % of it through the rate table
    title = "Nintendo Switch OLED HEG-001"
    assert _alerted(title, "Authorised dealer. GST invoice and manufacturer warranty card.", 27500, "consoles",
                    "INR") == set()
    assert _alerted(title, "أصلي مع الفاتورة وضمان الوكيل سنة.", 27500 * 3.69 / 94.96, "consoles", "AED") == set()
    assert _alerted(title, "Ready stock, mirror quality, no box.", 27500, "consoles", "INR") == {"nintendo"}
    assert _alerted(title, "Ready stock, fast shipping.", 27500, "consoles", "INR") == {"nintendo"}
    # the same share in the floor's own currency is no other market's price
    assert _alerted(title, "Authorised dealer. Invoice and manufacturer warranty.", 290, "consoles", "USD") == {"nintendo"}
