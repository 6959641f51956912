"""Genuine goods whose deal is stated in ways the matcher read as a copy's (fresh54a, issue 9): a failed retailer's
stock sold by its receiver or liquidator (condition.py's closing_down), a title cut mid-word at a platform's limit
(retail.cut_title), a placeholder price left to the description (placeholders.py), an authorised distributor's trade
price with its invoice (index.TRADE_PRICE), a price in full-width digits (stated_price.py) and an owner's purchase at
the official store (pitches.py); the copies in the same words still alert."""

from __future__ import annotations

import pytest

from services.matcher.core.context.pitches import GO_ELSEWHERE, copy_pitches
from services.matcher.core.context.placeholders import price_in_place
from services.matcher.core.context.retail import cut_at_end, cut_title
from services.matcher.core.context.stated_price import read_text_price
from services.matcher.core.normalise import ListingText
from tests.unit.matcher.demo import demo_alerts

KNOWN = frozenset({"USD", "EUR", "JPY", "CNY", "GBP"})


@pytest.mark.parametrize("desc", [
    "Court-ordered liquidation of a toy retailer: new stock sold by the receiver, VAT invoice with every unit.",
    "The shop went into administration; sold on behalf of the liquidators. Manufacturer warranty, invoice supplied.",
    "Insolvenzverkauf eines Spielwarenladens: Neuware mit Rechnung und Herstellergarantie.",
    "Liquidación por quiebra de una juguetería: stock nuevo con factura y garantía.",
])
def test_a_receivers_sale_with_papers_is_quiet(desc):
    assert "mattel" not in demo_alerts("Barbie Dreamhouse HJX74 – liquidation", "dolls", 122, desc)


def test_a_receivers_sale_of_copies_or_without_papers_at_a_copys_price_alerts():
    assert "mattel" in demo_alerts("Barbie Dreamhouse HJX74 1:1 replica – court-ordered liquidation", "dolls", 30,
                                   "Sold by the receiver, invoice.")
    assert "nike" in demo_alerts("Nike Air Force 1 '07 – Insolvenzverkauf", "sneakers", 20,
                                 "Insolvenzverkauf, Kopie 1:1, keine Rechnung.")
    assert "rolex" in demo_alerts("Rolex Submariner – going out of business", "watches", 900,
                                  "Going out of business sale, sold as is, no box.")


@pytest.mark.parametrize("title, desc, start, end, cut", [
    ("Authentic New In Box Fast Ship Callaw", "Authentic New In Box Fast Ship Callaway Paradym driver.", 31, 39, True),
    ("Authentic New In Box Fast Ship Callaw…", "Authentic New In Box Fast Ship Callaway Paradym driver.", 31, 39, True),
    ("NEW SEALED UK STOCK Guc", "new sealed uk stock Gucci GG Marmont bag", 20, 25, True),
    # the title ends at a word's end: a generic title, the brand only in the description
    ("Authentic New In Box Fast Ship", "Authentic New In Box Fast Ship Callaway Paradym driver.", 31, 39, False),
    # the description does not open with the title
    ("Premium driver Callaw", "Callaway Paradym driver, new.", 0, 8, False),
    # the span is not at the cut
    ("Authentic New In Box Fast Ship Callaw", "Authentic New In Box Fast Ship Callaway Paradym driver.", 40, 47, False),
])
def test_a_title_cut_mid_word_holds_the_mark(title, desc, start, end, cut):
    assert cut_title(title, desc, start, end) is cut


def test_the_cut_word_is_no_disguise():
    assert cut_at_end("Brand New Sealed VAT Invoice Toyot", "Brand New Sealed VAT Invoice Toyota oil filter.", 34)
    assert not cut_at_end("Brand New Sealed VAT Invoice Toyot", "Toyota oil filter.", 34)


def test_a_cut_title_is_quiet_and_its_copy_alerts():
    desc = "Authentic Brand New In Box With Receipt Fast Ship Callaway Paradym Ai Smoke driver. Sold by a retailer."
    assert "callaway" not in demo_alerts("Authentic Brand New In Box With Receipt Fast Ship Callaw", "golf clubs",
                                         644, desc)
    copy = "TOP QUALITY 1:1 MIRROR AAA+ NEW 2026 HOT SALE Callaway Paradym Ai Smoke driver. Ships in 24h."
    assert "callaway" in demo_alerts("TOP QUALITY 1:1 MIRROR AAA+ NEW 2026 HOT SALE Callaw", "golf clubs", 60, copy)


@pytest.mark.parametrize("title, desc, amount", [
    ("Coach Tabby bag – see description for price", "New, with receipt. Price: USD 455. Message us to reserve.", 455),
    ("Coach Tabby bag – Preis siehe Beschreibung", "Neu, mit Rechnung. Preis: 455 EUR.", 455),
    ("Coach Tabby bag – precio en la descripción", "Nuevo, con factura. Precio: 455 USD.", 455),
    ("Coach Tabby bag – цена в описании", "Новая, с чеком. Цена: 455 USD.", 455),
])
def test_see_description_disowns_a_placeholder_field(title, desc, amount):
    found = price_in_place(0.01, "USD", ListingText(title, desc), "US", KNOWN)
    assert found is not None and found.amount == amount


def test_a_placeholder_left_to_the_description_is_quiet_and_a_copys_price_there_alerts():
    assert "coach" not in demo_alerts("Coach Tabby Shoulder Bag 26 – see description for price", "handbags", 0.01,
                                      "Genuine, new and sealed, from our shop with receipt. Price: USD 455.")
    assert "coach" in demo_alerts("Coach Tabby Shoulder Bag 26 – see description for price", "handbags", 999999,
                                  "New, sealed. Price: USD 25. Mirror grade, same as the original.")


@pytest.mark.parametrize("title, desc, amount, currency", [
    ("AirPods Pro 正規品 ￥３６，１００", "価格 ￥３６，１００。", 36100, "JPY"),
    ("AirPods Pro 正規品 ３６，１００円", "正規品、保証書付き。", 36100, "JPY"),
    ("AirPods Pro 正品", "价格：１，８９９元", 1899, "CNY"),
])
def test_full_width_prices_are_read_whole(title, desc, amount, currency):
    found = read_text_price(ListingText(title, desc), "JP" if currency == "JPY" else "CN", KNOWN)
    assert found is not None and (found.amount, found.currency) == (amount, currency)


@pytest.mark.parametrize("title, desc, pitch", [
    ("AirPods Pro 正規品", "国内正規店で購入、保証書付き。", False),
    ("AirPods Pro 正規品", "直営店で買いました。", False),
    ("AirPods Pro 国行正品", "支持到专柜验货。", False),
    ("AirPods Pro", "本物が欲しいなら正規店でどうぞ。", True),
    ("AirPods Pro", "要正品的去专柜买。", True),
])
def test_a_purchase_at_the_official_store_is_no_pitch(title, desc, pitch):
    assert any(f.term == GO_ELSEWHERE for f in copy_pitches(ListingText(title, desc))) is pitch


def test_a_distributors_trade_price_with_its_invoice_is_quiet_and_a_copys_price_alerts():
    desc = "Authorised Sony distributor, VAT invoice. MOQ 12 units, USD {p} per unit."
    title = "Sony WH-1000XM5 headphones – authorised distributor"
    assert "sony" not in demo_alerts(title, "headphones", 220, desc.format(p=220))
    assert "sony" in demo_alerts(title, "headphones", 60, desc.format(p=60))
    no_invoice = "Authorised Sony distributor. MOQ 12 units, USD 220 per unit."
    assert "sony" in demo_alerts(title, "headphones", 220, no_invoice)
    assert "sony" in demo_alerts(title, "headphones", 220, desc.format(p=220) + " Top quality 1:1.")
