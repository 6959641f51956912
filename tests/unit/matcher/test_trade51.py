"""trade51 (issue 9): honest trade channels in the copy trade's words stay quiet, the copies that borrow them alert.

- a distributor's standing (authorised distributor or dealer, registered importer, letter of authorisation) with a
  price per unit or per case: MOQ and FOB are its terms of sale and its lot no reason a fair price proves nothing
  (retail.distributor_terms); a factory's claim of it at a copy's price, or a lot with no price per unit, alerts;
- a factory's order terms alone do not make an aftermarket maker's "replacement for" the brand's papers or packaging;
- a refusal to sell copies denies them (不卖高仿, không bán hàng fake, hàng rep: negation._REFUSED_BEFORE);
- a legit-check service by its own names (LC service, "authentic or replica?": subject.GUIDE_NOUNS);
- a reseller's listing with no price judged that states the goods' provenance and refuses copies, with no cue counted
  and no grade talk, is lowered (index._unpriced_provenance).
(outsider39's in_b2b_authorized_distributor39, in_indiamart_authorized_dealer39, in_b2b_fmcg_genuine_export39,
in_b2b_aftermarket_own_box39, in_wechat_daigou39, in_legit_check_service39, in_ig_reseller_legit39; adversary
trade51.py)"""

from __future__ import annotations

import pytest

from services.matcher.core.context.retail import distributor_terms, retail_standing
from services.matcher.core.normalise import ListingText
from tests.unit.matcher.demo import demo_alerts


@pytest.mark.parametrize("description, expected", [
    ("Authorised Sony distributor. MOQ 10 units, FOB Dubai, $230 per unit.", "authorised sony distributor"),
    ("Business Type: Authorized Dealer\nPrice: ₹ 24,900/Piece\nMinimum Order Quantity: 1 Piece", "authorized dealer"),
    ("Sold by a registered distributor. Price $160 per carton of 24, FOB.", "registered distributor"),
    ("Distribuidor autorizado, factura. Pedido mínimo 10, 230 EUR por unidad.", "distribuidor autorizado"),
    ("品牌授权经销商，提供发票。单价1800元，10件起订。", "品牌授权"),
])
def test_a_distributors_standing_with_a_unit_price_is_read(description, expected):
    assert distributor_terms(ListingText("Sony WH-1000XM5", description)) == expected


@pytest.mark.parametrize("description", [
    "Authorized distributor. Wholesale lot of 50, MOQ 50, FOB Ningbo.",  # no price per unit
    "MOQ 10 units, FOB Dubai, $230 per unit. Invoice.",  # no standing
    "Not an authorized dealer. $230 per unit.",  # denied
])
def test_no_distributor_reading_without_standing_and_a_unit_price(description):
    assert distributor_terms(ListingText("Sony WH-1000XM5", description)) is None


def test_an_authorised_distributors_moq_offer_at_a_fair_unit_price_stays_quiet():
    assert not demo_alerts("Sony WH-1000XM5 headphones – authorized distributor stock", "headphones", 330,
                           "Authorized Sony distributor. Brand new, manufacturer warranty and invoice. MOQ 10 units, "
                           "FOB Jebel Ali. Price $330 per unit. Authorization letter on request.")


@pytest.mark.parametrize("price, extra", [(19, ""), (330, " AAA quality, same as the original.")])
def test_the_same_offer_at_a_copys_price_or_with_grade_talk_alerts(price, extra):
    assert "sony" in demo_alerts("Sony WH-1000XM5 headphones – authorized distributor stock", "headphones", price,
                                 "Authorized Sony distributor. MOQ 10 units, FOB Jebel Ali. "
                                 f"Price ${price} per unit.{extra}")


def test_an_aftermarket_part_in_its_own_box_with_moq_stays_quiet():
    assert not demo_alerts("brake pads replacement for Toyota 04465-02220 — KFT brand", "auto parts", 7,
                           "Cross reference: OE 04465-02220 (Toyota). Aftermarket replacement made by us.\n"
                           "Packing: neutral box or our KFT box. No OEM logos or boxes.\nMOQ 500 pcs, US$ 7/pc FOB Ningbo.")


def test_the_part_in_the_brands_box_alerts():
    assert "toyota" in demo_alerts("brake pads replacement for Toyota 04465-02220", "auto parts", 7,
                                   "Cross reference: OE 04465-02220. Quality same as original.\nPacking: original "
                                   "Toyota box with logo and hologram sticker.\nMOQ 200 pcs, US$ 7/pc FOB Ningbo.")


@pytest.mark.parametrize("title, description", [
    ("代购 Sony WH-1000XM5 附小票", "香港专柜代购 正品保证 附专柜小票 💰2890（含代购费）不卖高仿 不卖复刻"),
    ("Sony WH-1000XM5 hàng xách tay có bill", "Nhận order hàng xách tay chính hãng, có bill. Giá 7.500.000đ. "
                                              "Cam kết không bán hàng fake, hàng rep."),
])
def test_a_buying_agent_that_refuses_copies_stays_quiet(title, description):
    assert "sony" not in demo_alerts(title, "headphones", None, description)


def test_a_refusal_does_not_reach_a_copy_word_said_after_it():
    assert "sony" in demo_alerts("Sony WH-1000XM5", "headphones", None,
                                 "Không bán hàng fake, chỉ bán hàng rep 1:1 like auth.")


def test_a_legit_check_service_by_its_own_name_stays_quiet():
    assert not demo_alerts("LC service: Nike low-top sneakers", "services", 2.5,
                           "We check Nike items for authenticity. Result in 24h: AUTHENTIC or REPLICA. Fee $2.50/item.")


@pytest.mark.parametrize("where", ["Bought from the Sony store, receipt & tags", "Mua tại store Sony, có bill mua hàng"])
def test_an_unpriced_resellers_caption_with_provenance_that_refuses_copies_stays_quiet(where):
    assert "sony" not in demo_alerts("Sony WH-1000XM5 ✨ brand new, authentic", "headphones", None,
                                     f"{where} ✔️\nP: 476 · DM for price\nNo fakes, no reps — authentic only.")


@pytest.mark.parametrize("description", [
    "Bought from the Sony store, receipt ✔️ DM for price. No fakes, no reps. Top batch, mirror quality.",  # grade talk
    "DM for price. No fakes, no reps.",  # no provenance
])
def test_an_unpriced_caption_with_grade_talk_or_no_provenance_alerts(description):
    assert "sony" in demo_alerts("Sony WH-1000XM5 ✨ brand new", "headphones", None, description)


def test_resellers_receipt_words_are_a_retailers_standing():
    assert retail_standing(ListingText("Gucci bag", "Mua tại store Gucci, có bill mua hàng")) is not None
