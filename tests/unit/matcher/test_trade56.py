"""trade56 (issue 9): genuine goods in the B2B trade's own channels stay quiet, the copies that borrow them alert.

- a genuine trade channel beside its papers (retail.trade_channel: a brand's wholesale programme with its RRP, the
  brand's corporate purchasing store, an authorised distributor's export or parallel trade, a retailer's closeout lot
  with its manifest, a closed boutique's dead stock with invoices) prices the goods at the channel's share of the floor
  (index.CHANNEL_SHARES, price term TRADE_PRICE), lowered as a retailer's fair price;
- a closeout lot priced whole is judged per unit (retail.lot_count): at a copy's price per unit it alerts;
- the copy stated beside the same channel alerts; "Not copies." denies the copy word; an exporter's "duty-free" is
  no cover story at the channel's share; "Wilson品牌" holds no "N品".
Listings written for this file, not taken from a held-out set."""

from __future__ import annotations

import pytest

from schemas import Rule
from services.matcher.core.context.retail import lot_count, trade_channel
from services.matcher.core.index import TRADE_PRICE
from services.matcher.core.normalise import ListingText
from tests.unit.matcher.demo import demo_alerts, demo_evaluated


@pytest.mark.parametrize("title, description, kind", [
    ("Bose QuietComfort Ultra – wholesale to retailers", "From the brand's wholesale programme. Wholesale 250 €, RRP 399 €.",
     "trade"),
    ("Philips Sonicare 9000 - parallel trade", "Sourced from an authorised distributor in Italy (parallel import), "
     "invoices traceable.", "trade"),
    ("Apple AirPods Pro 2 closeout", "Retailer overstock, 40 units, manifest attached. Lot price $4,000.", "closeout"),
    ("Puma Suede Classic - dead stock", "Dead stock of a shop that closed, purchase invoices available.", "closeout"),
    ("佳能 EOS R6 Mark II", "Canon品牌官方企业采购店，正品行货，开具增值税专用发票。", "trade"),
])
def test_a_trade_channel_beside_its_papers_is_read(title, description, kind):
    found = trade_channel(ListingText(title, description))
    assert found is not None and found[0] == kind


@pytest.mark.parametrize("title, description", [
    ("Apple AirPods Pro 2 closeout lot", "Retailer overstock, 40 units. Lot price $4,000."),  # no papers
    ("Bose QuietComfort Ultra", "Not from the brand's wholesale programme. Wholesale 250 €, no invoice."),  # no papers
    ("Nike Dunk Low", "Tail goods from the factory (尾单), invoice on request."),  # the copy trade's story, no channel
    ("Nike Air Jordan 1 deadstock", "DS, with box, certificate and receipt."),  # sneaker slang for unworn, no channel
    ("Rolex Submariner factory overstock", "Surplus stock of the OEM factory, invoice available."),  # a factory's
    ("Gucci Marmont bag overstock", "Overstock, with certificate of authenticity."),  # the copy trade's own paper
])
def test_no_trade_channel_without_papers_or_channel(title, description):
    assert trade_channel(ListingText(title, description)) is None


@pytest.mark.parametrize("title, description, count", [
    ("Closeout lot: 60 x genuine Sony WH-1000XM5", "", 60),
    ("Retailer overstock Sony WH-1000XM5", "Lot of 36, new in box.", 36),
    ("Restposten Sony WH-1000XM5", "Überbestand, 24 Stück, Rechnung.", 24),
    ("Sony WH-1000XM5 excess stock", "Packed 245/40 in 12 pcs cartons", 12),
])
def test_a_lots_count_is_read(title, description, count):
    assert lot_count(ListingText(title, description))[0] == count


def _price(match):
    return next(s for s in match.signals if s.rule is Rule.price)


def test_a_manifested_closeout_lot_priced_whole_is_judged_per_unit_and_stays_quiet():
    title = "Closeout lot: 50 x genuine Sony WH-1000XM5 headphones, retailer overstock"
    description = ("Overstock of an electronics chain: 50 units of Sony WH-1000XM5, new, manifest attached (retail "
                   "value US$19,950). Lot price US$7,500, buyer pays freight.")
    assert not demo_alerts(title, "headphones", 7500, description)
    price = _price(demo_evaluated(title, "headphones", 7500, description)["sony"])
    assert price.term == TRADE_PRICE and "per unit: '50 x'" in price.detail and "closeout" in price.detail


def test_the_same_lot_at_a_copys_price_per_unit_alerts():
    title = "Closeout lot: 50 x genuine Sony WH-1000XM5 headphones, retailer overstock"
    description = ("Overstock of an electronics chain: 50 units of Sony WH-1000XM5, new, manifest attached. Lot price "
                   "US$600, buyer pays freight.")
    match = demo_alerts(title, "headphones", 600, description)["sony"]
    assert _price(match).weight > 0 and "per unit" in _price(match).detail


def test_the_same_lot_that_states_the_copy_alerts():
    assert "sony" in demo_alerts("Closeout lot: 50 x Sony WH-1000XM5 headphones (1:1 replica)", "headphones", 7500,
                                 "Overstock, 50 units, manifest attached. Lot price US$7,500. Replica stock.")


def test_a_brands_wholesale_programme_with_its_rrp_stays_quiet():
    assert not demo_alerts("Bose QuietComfort Ultra headphones - wholesale for retailers, RRP 449,00 €", "headphones",
                           280, "Genuine Bose from the brand's wholesale programme for approved retailers. Wholesale "
                           "280,00 €, RRP 449,00 €.", currency="EUR")


def test_an_exporters_duty_free_fob_price_is_no_cover_story_at_a_trade_price():
    title = "Genuine Nike Air Force 1 '07 - export, official distributor, duty-free FOB"
    description = ("Export of genuine Nike from an official Korean distributor; invoices and import declarations on "
                   "request. US$70.00/unit duty-free FOB Incheon, MOQ 60.")
    assert not demo_alerts(title, "sneakers", 70, description)
    cheap = demo_alerts(title, "sneakers", 14, description.replace("70.00", "14.00"))["nike"]
    assert _price(cheap).weight > 0  # a copy's price: the channel's share refused, the cover story read again
    assert any(s.rule is Rule.cue and s.text == "duty-free" and "cover story" in s.detail for s in cheap.signals)


def test_not_copies_denies_the_copy_word_beside_a_group_name():
    evaluated = demo_evaluated("Genuine Danone Aptamil stage 1 800g - parallel import", "infant formula", 24,
                               "Original Danone goods from an authorised EU distributor (parallel trade, invoices "
                               "traceable). Not copies. 24,00 € per unit.", currency="EUR")
    assert not any(s.rule is Rule.cue and s.weight > 0 for s in evaluated["danone"].signals)


def test_a_brands_corporate_purchasing_store_in_chinese_stays_quiet_and_n_grade_still_alerts():
    assert not demo_alerts("Wilson威尔胜官方企业采购 Blade 98 网球拍 正品", "tennis rackets", 1400,
                           "Wilson品牌官方企业采购店，正品行货，全国联保，开具增值税专用发票。企业价¥1400/件。",
                           currency="CNY")
    assert "wilson" in demo_alerts("Wilson Blade 98 网球拍 N品", "tennis rackets", 1400, "N品 一比一", currency="CNY")
