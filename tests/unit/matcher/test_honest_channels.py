"""Honest channels that named the brand and alerted (honest36, issue 9): forced sales of genuine stock by a bank or a
court's officer (formats.py), empty moving and shipping cartons (subject.shipping_cartons), fan art of the goods
(subject's artworks), gift cards at a face value written with the currency's own sign (subject.card_faces), and a word
of a wide script between a multi-word mark's words (marks.py); the copies that borrow the words still alert."""

from __future__ import annotations

import pytest

from services.matcher.core.context.formats import read_format
from services.matcher.core.context.subject import card_below_face, card_faces, gift_card, shipping_cartons
from services.matcher.core.normalise import ListingText
from tests.unit.matcher.demo import demo_alerts, demo_listing


@pytest.mark.parametrize("title, desc", [
    ("Bank repossession: Dyson Supersonic hair dryer – lot 14", "Sold as seen by the bank's auctioneer."),
    ("By order of the administrators: Rolex Datejust 36", "Insolvency sale of a retailer's stock."),
    ("Bosch Akkuschrauber GSR 18V – Los 7", "Im Auftrag des Insolvenzverwalters, Originalware."),
    ("Vente mandataire liquidateur : Dyson V15 Detect – lot 12", "Stock d'un revendeur."),
    ("Subasta concursal: Nike Air Max 90", "Administración concursal de una tienda."),
    ("Торги по банкротству: Samsung Galaxy S24", "Лот 5."),
    ("法拍 Dyson V15 吸尘器", "法院司法拍卖，正品库存"),
    ("破産管財人による売却 ロレックス デイトジャスト", "在庫品"),
    ("공매 Apple iPad Air", "파산관재인 매각"),
])
def test_a_forced_sale_is_read_as_an_auction(title, desc):
    listing = demo_listing(title, None, 100, desc)
    found = read_format(listing, ListingText(listing.title, listing.description))
    assert found is not None and found.kind == "auction"


@pytest.mark.parametrize("title", [
    "Nike Air Max 90 – bankruptcy stock, 90% off", "Sony WH-1000XM5 liquidation sale", "Denon AV receiver",
    "Museum curator's pick: Rolex poster", "Insolvenzware Rolex Submariner", "estate sale Rolex Submariner",
])
def test_no_forced_sale(title):
    listing = demo_listing(title, None, 100, "")
    found = read_format(listing, ListingText(listing.title, listing.description))
    assert found is None or found.kind != "auction" or "insolven" not in found.text.casefold()


def test_a_forced_sale_of_genuine_stock_is_quiet_and_its_copies_alert():
    desc = "Repossessed stock of a business borrower, sold as seen by the bank's auctioneer."
    assert "dyson" not in demo_alerts("Bank repossession: Dyson Supersonic hair dryer – lot 14", "hair care", 150, desc)
    assert "rolex" not in demo_alerts("Insolvency administrator's sale – Rolex Datejust 36 (Lot 7)", "watches", 2500,
                                      "Genuine stock of an authorised dealer in administration.")
    assert "rolex" in demo_alerts("Bank repossession: Rolex Datejust 36 1:1 replica – lot 14", "watches", 250, desc)
    assert "nike" in demo_alerts("Bank repossession: auction lot of 50 AAA copies Nike Air Force 1", "sneakers", 300,
                                 "mirror quality reps")


@pytest.mark.parametrize("title, desc", [
    ("20 gebruikte verhuisdozen (bedrukt Bosch) – LEEG", "Lege kartonnen dozen. Geen producten, alleen dozen."),
    ("20 Umzugskartons mit Dyson-Aufdruck, leer", "Leere Versandkartons, keine Ware."),
    ("30 used moving boxes (printed Samsung)", "From deliveries to our shop."),
    ("15 cartons de déménagement Samsung, vides", ""),
    ("Cajas de mudanza con logo Nike (vacías)", ""),
    ("Коробки для переезда Samsung, 20 шт", "пустые картонные коробки"),
    ("Sony 段ボール 10枚 引越し用", "空箱です。"),
    ("Dyson shipping cartons, 10 pcs", "Empty, no products."),
])
def test_empty_moving_cartons_are_read(title, desc):
    assert shipping_cartons(title, desc) is not None


@pytest.mark.parametrize("title, desc", [
    ("Coca-Cola 3 cartons of cans, moving sale", "24 cans each"),
    ("Nike Air Force 1 – 20 pairs shipped in cardboard boxes", "new"),
    ("Dyson shipping cartons, 10 pcs", "Like new."),  # not said to be empty
    ("Rolex empty cardboard box and papers", "warranty card, booklet"),
    ("Louis Vuitton moving boxes, empty – for your rep", ""),
    ("A dozen Nike socks, moving sale", ""),
])
def test_no_empty_cartons(title, desc):
    assert shipping_cartons(title, desc) is None


def test_empty_cartons_are_quiet_and_cartons_with_a_copy_alert():
    assert "bosch" not in demo_alerts("20 gebruikte verhuisdozen (bedrukt Bosch) – LEEG", None, 12.8,
                                      "Lege kartonnen dozen. Geen producten, alleen dozen.", currency="EUR")
    assert "dyson" not in demo_alerts("20 Umzugskartons mit Dyson Aufdruck – leer", None, 10,
                                      "Leere Versandkartons, keine Ware.", currency="EUR")
    assert "louis-vuitton" in demo_alerts("Empty shipping box + dust bag for Louis Vuitton Neverfull 1:1 replica",
                                          None, 150, "mirror quality bag included")
    assert "louis-vuitton" in demo_alerts("Louis Vuitton moving boxes empty with 1:1 replica Neverfull inside", None,
                                          150, "AAA copy")


def test_fan_art_is_quiet_and_fan_art_with_the_copy_alerts():
    desc = "自作のファンアートです。製品ではありません。"
    assert "rolex" not in demo_alerts("Rolex Submariner Date 水彩イラスト A3プリント", None, 6780, desc, currency="JPY")
    assert "nike" not in demo_alerts("Nike Air Jordan 1 fan art print A4", None, 15, "My own drawing of the sneaker.")
    assert "nike" not in demo_alerts("나이키 에어포스 팬아트 일러스트 액자", None, 15000, "직접 그린 그림입니다",
                                     currency="KRW")
    assert "nike" in demo_alerts("Nike Air Jordan 1 fan art – the replica sneakers 1:1", "sneakers", 45, "UA reps")
    assert "rolex" in demo_alerts("Rolex Submariner fan art + 1:1 replica watch", "watches", 120, "AAA copy")


@pytest.mark.parametrize("title, face, currency", [
    ("Nike Gift Card ₱2,500", 2500, "PHP"), ("Apple Gift Card ¥10,000", 10000, "JPY/CNY"),
    ("Apple ギフトカード 5万円分", 50000, "JPY"), ("나이키 기프트카드 5만원권", 50000, "KRW"),
    ("adidas 礼品卡 500元", 500, "CNY"), ("Подарочная карта Adidas 3000 рублей", 3000, "RUB"),
    ("Karta podarunkowa Adidas 100 zł", 100, "PLN"), ("Nike vale-presente R$ 100", 100, "BRL"),
    ("IKEA and Nike e-gift card R500", 500, "ZAR"), ("Adidas kartu hadiah Rp500.000", 500000, "IDR"),
    ("Nike gift card 100.000₫", 100000, "VND"),
])
def test_a_face_value_in_the_currencys_own_sign_is_read(title, face, currency):
    found = card_faces(title)
    assert found is not None and (face, currency) in found.faces


@pytest.mark.parametrize("title, amount, currency, eur", [
    ("Nike Gift Card ₱2,500", 2500, "PHP", 40), ("Apple Gift Card ¥10,000", 10000, "JPY", 62),
    ("Apple ギフトカード 5万円分", 50000, "JPY", 310), ("Adidas kartu hadiah Rp500.000", 490000, "IDR", 28),
])
def test_a_card_at_its_local_face_is_a_gift_card_and_far_below_it_the_fraud_trades(title, amount, currency, eur):
    assert gift_card(title, eur, amount, currency) is not None
    assert card_below_face(title, eur, amount, currency) is None
    assert gift_card(title, eur * 0.2, amount * 0.2, currency) is None
    assert card_below_face(title, eur * 0.2, amount * 0.2, currency) is not None


def test_a_gift_card_at_its_local_face_is_quiet_and_far_below_it_or_beside_a_copy_alerts():
    assert "nike" not in demo_alerts("Nike Gift Card ₱2,500", None, 2500, "Official Nike e-gift card", currency="PHP")
    assert "nike" in demo_alerts("Nike Gift Card ₱2,500", None, 500, "Official Nike e-gift card", currency="PHP")
    assert "nike" in demo_alerts("Nike gift card 100 + 1:1 replica Air Jordan 1", None, 100, "AAA")


def test_a_wide_word_between_a_marks_words_is_no_look_alike():
    desc = "Puma 팩토리 아울렛 구매, 택 있음, 영수증 있음."
    got = demo_alerts("Puma 아울렛 Suede Classic XXI 이월상품 정품", "sneakers", 68400, desc, currency="KRW")
    assert "puma" not in got
