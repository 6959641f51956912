"""fresh53a (issue 9): genuine goods resold through channels and in languages the matcher read as copies stay quiet,
their copies in the same words still alert.

- the used, receipt and "original" words of Swahili, Nigerian Pidgin, Hausa, Amharic, Hindi, Bengali, Tamil and Urdu
  (condition.TERMS["used"], _PROOF_OF_PURCHASE, _PROVEN_CLAIM); Pidgin "no be copy" and Swahili "sio" refuse a copy
  word (negation._REFUSED_BEFORE, condition._NEGATED);
- "bought new" in a moving sale calls the goods used, not new (condition._BOUGHT_NEW);
- a liquidation lot of customer returns or shelf pulls is open-box goods (condition.TERMS["open_box"]);
- "unbranded" and "+ free" said of a bundled extra are no cue and no copy trade's talk (phrasebook.UNBRANDED_EXTRAS,
  retail.RetailReading.trade_talk);
- an engraving of the customer's own item is a service (care.ENGLISH_ACTS, _ENGRAVING_NEXT), the mark engraved on the
  goods sold is not.
(outsider41's innocent classes on base53; adversary resold53.py)"""

from __future__ import annotations

import pytest

from services.matcher.core.config import DEFAULT_NOT_CUES
from services.matcher.core.context.care import service_act
from services.matcher.core.context.condition import ConditionReader, _moving_for_new, proven_resale
from services.matcher.core.context.retail import RetailReading
from services.matcher.core.normalise import ListingText
from tests.unit.matcher.demo import demo_alerts, demo_listing


@pytest.mark.parametrize("description", [
    "Imetumika kidogo, bado safi.", "Tokunbo, e dey work well.", "An yi amfani da shi kadan.", "ለጥቂት ወራት ያገለገለ",
    "कुछ महीने इस्तेमाल किया हुआ", "অল্প ব্যবহৃত", "சில மாதங்கள் பயன்படுத்திய பொருள்", "چند ماہ استعمال شدہ",
])
def test_the_used_word_of_african_and_south_asian_markets_is_read(description):
    title = "Sony WH-1000XM5 headphones"
    condition = ConditionReader().read(demo_listing(title, "headphones", 200, description), ListingText(title, description))
    assert condition.scale is not None and condition.scale.kind == "used"


def test_unused_in_bengali_is_not_read_as_used():
    title = "Sony WH-1000XM5 headphones"
    description = "সম্পূর্ণ অব্যবহৃত"  # completely unused
    condition = ConditionReader().read(demo_listing(title, "headphones", 200, description), ListingText(title, description))
    assert condition.scale is None or condition.scale.kind != "used"


@pytest.mark.parametrize("description", ["১০০% অরিজিনাল, দোকানের রশিদসহ", "असली है, पक्के बिल के साथ",
                                         "ኦሪጅናል ነው ፣ ደረሰኝ አለው", "Original kabisa, ina risiti"])
def test_original_with_the_shops_receipt_in_those_languages_is_an_owners_resale(description):
    assert proven_resale(ListingText("Canon EOS R6 Mark II body", description)) is not None


def test_bought_new_in_a_moving_sale_is_no_claim_of_new_goods():
    assert not _moving_for_new(ListingText("Moving sale – Canon EOS R6", "Bought new, works perfectly. Pickup only."))
    assert _moving_for_new(ListingText("Moving sale – Canon EOS R6", "Brand new, sealed. Moving abroad."))


@pytest.mark.parametrize("title, expected", [
    ("Engraving on your Sony WH-1000XM5 headphones", "engraving"),
    ("Laser engraving service – Rolex caseback", "laser engraving"),
    ("Handmade cuff – Cartier Love screw motif with Cartier engraving – gift", None),
    ("Rolex Submariner replica free engraving", None),
])
def test_an_engraving_of_the_customers_item_is_a_service(title, expected):
    assert service_act(title) == expected


def test_a_free_case_is_no_copy_trade_talk():
    reading = RetailReading(DEFAULT_NOT_CUES)
    assert not reading.trade_talk(ListingText("Bosch GSR 12V-15 drill driver + free case", "Genuine, receipt."))
    assert reading.trade_talk(ListingText("Bosch GSR 12V-15 drill driver + free gift", "Genuine, receipt."))


def test_genuine_goods_with_unbranded_extras_stay_quiet_and_unbranded_goods_alert():
    description = "Genuine Bose QuietComfort headphones with receipt, plus an unbranded carry case."
    assert "bose" not in demo_alerts("Bose QuietComfort 45 headphones + free carry case", "headphones", 320, description)
    assert "bose" in demo_alerts("Bose QuietComfort 45 unbranded + free carry case", "headphones", 25,
                                 "Unbranded headphones in the Bose style, same look.")


def test_a_liquidation_lot_of_customer_returns_stays_quiet_and_a_lot_of_replicas_alerts():
    description = "Retailer customer returns, manifest included, sold as is, untested."
    assert "bose" not in demo_alerts("Customer returns lot: 10 x Bose QuietComfort 45", "headphones", 1400, description)
    assert "bose" in demo_alerts("Customer returns lot: 10 x Bose QuietComfort 45 – AAA replicas", "headphones", 300,
                                 description)


def test_a_pidgin_resale_that_refuses_copies_stays_quiet_and_a_first_grade_copy_alerts():
    assert "bose" not in demo_alerts("Bose QuietComfort 45 tokunbo original", "headphones", 180,
                                     "Na original, receipt dey. No be copy.")
    assert "bose" in demo_alerts("Bose QuietComfort 45 first grade copy", "headphones", 30,
                                 "Na first grade copy, e no be original.")
