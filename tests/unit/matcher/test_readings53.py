"""readings53 (issue 9): a market's own words, prices and sizes are no other brand's mark (wrong-brand alerts).

- a function word of a script's language (Arabic عبر "via", Zipf 5.7) is never a sound-alike of a mark, not even
  beside a copy cue (transliteration.FUNCTION_WORD_ZIPF), while a brand's name as news writes it (أبل) still is;
- an everyday-word line (adidas Originals) in the language's own everyday words (оригинал с чеком) is that word;
- the couriers, payment services and marketplaces of a market in its script (أرامكس, СДЭК) are no marks
  (transliteration.SERVICES); a Thai shop's warranty and warning lines (ศูนย์, ระวัง) are no marks (GOODS);
- an amount with the dong written as Vietnamese markets write it (35.150đ) is money (context/money.py);
- a currency sign beside an amount alone (805 €,) is no drawn letter (skeleton._CURRENCY_SIGNS);
- a unit glued to its number (41mm S+) starts no mark (marks.unit_of_the_number).
(outsider38's wrong-brand alerts of عبر as Bayer; the lead's readings of the generator's output; adversary
readings53.py)"""

from __future__ import annotations

import pytest

from services.matcher.core.context.money import money_spans
from services.matcher.core.detectors.marks import unit_of_the_number
from services.matcher.core.detectors.skeleton import _ART, _drawn
from tests.unit.matcher.demo import demo_alerts


@pytest.mark.parametrize("title, description, category, price, currency", [
    ("Lancôme Advanced Génifique serum 50ml", "منتج أصلي، متوفر عبر المتجر. التوصيل عبر أرامكس.", "skincare", 480, "AED"),
    ("Shiseido Ultimune concentrate 50ml ماستر كوبي", "الدفع عند الاستلام أو عبر تابي.", "skincare", 40, "AED"),
])
def test_an_arabic_function_word_is_no_bayer(title, description, category, price, currency):
    assert "bayer" not in demo_alerts(title, category, price, description, currency=currency)


def test_a_brands_name_as_arabic_news_writes_it_still_counts():
    assert "apple" in demo_alerts("أبل ايفون 15 برو ماستر كوبي", "phones", 300, currency="AED")


def test_original_with_receipt_in_russian_is_no_adidas_originals():
    assert "adidas" not in demo_alerts("Кроссовки Nike Air Max 90", "sneakers", 9000, "оригинал с чеком из магазина",
                                       currency="RUB")


def test_the_line_transliterated_beside_its_house_still_counts():
    assert "adidas" in demo_alerts("Кроссовки адидас Оригиналс реплика", "sneakers", 900, currency="RUB")


@pytest.mark.parametrize("title, description, category, price, brand", [
    ("Levi's track jacket", "التوصيل عبر أرامكس خلال يومين.", "sportswear", 60, "nike"),
    ("NESTLÉ infant formula stage 1 800g", "รับประกันศูนย์ ส่งทุกวัน ระวังสินค้าปลอม", "infant formula", 30, "danone"),
    ("Nintendo SNES Classic console – ของแท้", "รับประกันศูนย์ ส่งทุกวัน ระวังสินค้าปลอม", "consoles", 320, "sony"),
])
def test_a_markets_courier_and_warranty_lines_are_no_marks(title, description, category, price, brand):
    assert brand not in demo_alerts(title, category, price, description)


def test_a_dong_amount_is_money():
    text = "Giá chỉ 35.150đ, freeship"
    assert any(text[s:e] == "35.150đ" for s, e in money_spans(text))
    assert "apple" not in demo_alerts("Samsung Galaxy Buds2 Pro", "headphones", 35150, text, currency="VND")


@pytest.mark.parametrize("text, drawn", [("805 €,", False), ("805€", False), ("¥5000", False), ("AUTOD€SK", True),
                                         ("B0S€", True)])
def test_a_currency_sign_is_a_letter_only_in_a_word(text, drawn):
    assert any(_drawn(m) for m in _ART.finditer(text)) is drawn


def test_a_price_in_euros_is_no_bose():
    assert "bose" not in demo_alerts("Sony WH-1000XM5 headphones", "headphones", 805, "Prix: 805 €, livraison gratuite",
                                     currency="EUR")


@pytest.mark.parametrize("text, start, unit", [("41mm S+", 2, True), ("500ml S", 3, True), ("2M&M's", 1, False),
                                               ("41 mm S", 3, True)])
def test_a_unit_glued_to_its_number(text, start, unit):
    assert unit_of_the_number(text, start, len(text)) is unit


def test_a_watch_size_is_no_mms():
    assert "mars" not in demo_alerts("watch 41mm S+ replica", "chocolate", 10)
    assert "mars" in demo_alerts("M&M's peanut 1kg replica", "chocolate", 1)


def test_the_device_a_controller_also_works_on_is_no_goods_sold():
    alerts = demo_alerts("Nintendo Switch Pro Controller also works on PC, Steam Deck and Sony PS4", "consoles", 12,
                         "High copy, not authentic.")
    assert "nintendo" in alerts and "sony" not in alerts


def test_a_brands_own_common_name_in_kana_still_counts():
    assert "apple" in demo_alerts("アップル Smartphone 256GB コピー", "phones", 40)
