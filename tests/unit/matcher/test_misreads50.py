"""reader50 (issue 9): readers that misread another language's words. A common Cyrillic or Greek word inside a
look-alike match is that word (marks.native_word_inside), the Thai trade's words cut a run (transliteration.GOODS), a
sum in kuai is no count (quantity), a receipt "con ticket" no admission (subject.receipt_ticket), Arabic أ is the
alef's vowel and Arabic writes p as b (أبل: Apple), and a lure's gift is not what its cheap accessory fits
(accessory.LURE_GIFT). Their copy twins stay loud."""

from __future__ import annotations

import re

import pytest

from services.matcher.core.context.quantity import read_quantity
from services.matcher.core.context.subject import receipt_ticket
from services.matcher.core.detectors.marks import native_word_inside
from services.matcher.core.detectors.transliteration import consonants
from services.matcher.core.normalise import latin_text
from services.matcher.core.sounds import romanise
from tests.unit.matcher.demo import demo_alerts


@pytest.mark.parametrize("matched", ["L под", "L під", "5L для", "Ι για"])
def test_common_native_word_inside_a_lookalike_match(matched):
    assert native_word_inside(matched)


@pytest.mark.parametrize("matched", ["Bоse", "іРоd", "Воѕе", "iPod", "Nіke", "Lпод"])
def test_disguises_are_no_native_word(matched):
    assert not native_word_inside(matched)


@pytest.mark.parametrize("title", ["Nike Air Force 1 白色 176块", "Nike Air Force 1 176块包邮", "Nike Dunk 899块钱",
                                   "Nike Dunk 399块全新", "Nike Dunk 50块一双"])
def test_kuai_after_a_sum_is_no_count(title):
    assert read_quantity(title).count is None


@pytest.mark.parametrize("title, count", [("瑞士莲 3块巧克力", 3), ("香皂 2塊香皂", 2), ("Lindt 6个装", 6)])
def test_a_counter_before_its_noun_counts(title, count):
    assert read_quantity(title).count == count


@pytest.mark.parametrize("title", ["zapatillas adidas original con ticket", "bolso original con ticket de compra",
                                   "montre avec ticket de caisse", "sac ticket cadeau", "bambes amb tiquet",
                                   "tenis com ticket de compra", "camiseta y ticket regalo"])
def test_receipt_tickets(title):
    latin = latin_text(title).lower()
    m = re.search(r"ticket|tiquet", latin)
    assert receipt_ticket(latin, m.start(), m.end())


@pytest.mark.parametrize("title", ["2 tickets champions league final", "ticket concierto adidas arena",
                                   "e ticket museum"])
def test_admission_tickets(title):
    start = title.index("ticket")
    assert not receipt_ticket(title, start, start + len("tickets" if "tickets" in title else "ticket"))


def test_arabic_alef_with_hamza_and_p():
    assert romanise("أبل", "arabic")[0].startswith("a")
    assert consonants("abl", "arabic") == consonants("apple", "arabic")
    assert consonants("folfo", "arabic") == consonants("volvo", "arabic")


@pytest.mark.parametrize("title, description, category, price, currency", [
    ("Вода питьевая 1.5L под кулер", "Бутыль 1.5L под кулер, доставка.", "water", 3, "USD"),
    ("Пляшка 1.5L під воду", "Пляшка 1.5L під воду, нова.", "household", 2, "USD"),
    ("รับผลิต ตุ๊กตา แป้งโดว์", "รับผลิตสินค้า OEM ราคาโรงงาน", "toys", 600, "THB"),
    ("โรงงานรับผลิต กล่องพลาสติก", "รับผลิตตามแบบ ราคาส่ง", "household", 900, "THB"),
    ("Zapatillas Adidas Stan Smith original con ticket", "Original con ticket de compra, talla 42.", "sneakers", 110,
     "EUR"),
    ("Чехол для iPhone 15 + защитное стекло в подарок", "Стекло в подарок.", "phones", 10, "USD"),
    ("手机壳 送钢化膜 适用苹果iPhone15", "送钢化膜", "phones", 5, "USD"),
])
def test_honest_listings_stay_quiet(title, description, category, price, currency):
    assert demo_alerts(title, category, price, description, currency=currency) == {}


@pytest.mark.parametrize("title, description, category, price, brand", [
    ("Кроссовки Nіke Air Max реплика", "Реплика 1:1", "sneakers", 20, "nike"),
    ("Nike Air Force 1 高仿 176块", "176块包邮", "sneakers", 25, "nike"),
    ("Adidas Stan Smith réplica con ticket regalo", "Réplica AAA con ticket regalo.", "sneakers", 15, "adidas"),
    ("أبل ايفون 15 برو ماكس", "جديد، أبل", "phones", 150, "apple"),
    ("Купи чехол и получи Rolex Submariner в подарок", "Акция", "watches", 10, "rolex"),
    ("拍一个手机壳送Nike Air Force 1", "买一送一", "sneakers", 10, "nike"),
    ("Compra una funda y llévate unas Nike Air Force 1 GRATIS", "Solo hoy", "sneakers", 9, "nike"),
])
def test_copies_in_the_same_words_alert(title, description, category, price, brand):
    assert set(demo_alerts(title, category, price, description)) == {brand}


def test_a_goods_noun_is_no_model_two_edits_off():
    from services.matcher.core.detectors.misspellings import goods_nouns

    assert {"ultrabook", "chromebook", "laptop"} <= goods_nouns()
    assert demo_alerts("Lenovo ultrabook 14 inch replica", "laptops", 30, "AAA copy, ultrabook 16GB") == {}
    assert set(demo_alerts("Adidas Ultrabost 22 replica", "sneakers", 20, "AAA copy")) == {"adidas"}
