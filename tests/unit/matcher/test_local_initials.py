"""The trade's initials written in another script (issue 9, naming; outsider16's `c_initialism_local_script`): Cyrillic
or Greek capitals by sound or shape (ЛВ, СГ, ΤΝΦ) and the letters' names in Hangul or katakana (엘브이, 지지, 씨지, エルブイ),
read back to the Latin initials of a multi-word mark (detectors/local_initials.py, rule initialism): the brand's category
beside a cue that claims a copy; a guess by sound at another brand on the same letters yields (엠케이 is no Omega).
Titles written for this test."""

from __future__ import annotations

import pytest

from tests.unit.matcher.demo import demo_alerts


@pytest.mark.parametrize(("title", "brand", "category", "price", "currency"), [
    ("Сумка ЛВ Неверфул реплика", "louis-vuitton", "handbags", 3000.0, "RUB"),
    ("Парка СГ Экспедишн, копия", "canada-goose", "parkas", 9000.0, "RUB"),
    ("지지 마몬트 벨트 레플리카", "gucci", "belts", 50000.0, "KRW"),
    ("씨지 패딩 짝퉁", "canada-goose", "parkas", 150000.0, "KRW"),
    ("엘브이 가방 레플리카", "louis-vuitton", "handbags", 80000.0, "KRW"),
    ("티엔에프 눕시 패딩 짝퉁", "the-north-face", "jackets", 90000.0, "KRW"),
    ("エルブイ バッグ スーパーコピー", "louis-vuitton", "handbags", 9000.0, "JPY"),
    ("Μπουφάν ΤΝΦ ρέπλικα", "the-north-face", "jackets", 40.0, "EUR"),
    ("엠케이 제품 레플리카", "michael-kors", "watches", 755.0, "CNY"),
    ("シージー 商品 スーパーコピー", "canada-goose", "accessories", 75.0, "USD"),
])
def test_initials_in_another_script_with_a_copy_cue_alert_the_brand(title, brand, category, price, currency):
    found = demo_alerts(title, category, price, currency=currency)
    assert set(found) == {brand}, found
    assert any(s.rule.value == "initialism" and s.weight > 0 for s in found[brand].signals)


@pytest.mark.parametrize(("title", "category", "price", "currency"), [
    ("지지 부탁드립니다 벨트 새상품", "belts", 50000.0, "KRW"),
    ("ЛВ отдел, сумка для документов", "handbags", 3000.0, "RUB"),
    ("СГ пленка для ламинирования", "office", 300.0, "RUB"),
    ("씨지 작업용 노트북", "laptops", 900000.0, "KRW"),
    ("엘브이 가방 새상품", "handbags", 2500000.0, "KRW"),  # the initials among the goods, no cue
])
def test_the_same_letters_naming_nothing_stay_quiet(title, category, price, currency):
    assert demo_alerts(title, category, price, currency=currency) == {}
