"""names32 (issue 9): the brand named in ways the matcher read late, on the demo registry.

- a "for" that fits nothing: an SMS or chat call to action with a keyword and a short code ("Text APPLEREP to 886455
  for Apple …"), a numbered menu's choice ("Reply 1 for"), a catalogue's or price list's noun ("1:1 catalogue for"),
  and a garment's cut before "Fit" ("501 Original Fit 00501-0115") are no accessory's fit (context/accessory.py);
- the trade's initialisms in the registry's street names (KO, BBR, NK): in capitals, in the brand's category, beside a
  cue that claims a copy, never by a price alone;
- the brand's katakana or Hangul name as written, also a word of its language (アップル, 코치, 보스), beside a copy word of
  the script, and a registered local name whatever its sound keys (ネスレ, 화이자) (detectors/transliteration.py);
- a short code after "Text KEY to" is no reference number of a watch (detectors/references.py).
"""

from __future__ import annotations

import pytest

from tests.unit.matcher.demo import demo_alerts


@pytest.mark.parametrize("title, description, category, price, currency, brand", [
    ("Text APPLEREP to 886455 for Apple iPhone 15 Pro 1:1 catalogue",
     "Reply 1 for Apple iPhone 15 Pro copy AAA (108 USD), 2 for the price list. STOP to opt out.", "phones", 108, "USD",
     "apple"),
    ("Text WILSOREP to 888825 for Wilson Pro Staff 97 v14 1:1 catalogue", "", "tennis rackets", 69.3, "USD", "wilson"),
    ("Envoyez GUCCI au 81234 pour Gucci GG Marmont sac réplique 1:1", "", "handbags", 150, "EUR", "gucci"),
    ("Schick PHILI an 44844 für Philips Sonicare Nachbau 1:1", "", "electric toothbrushes", 30, "EUR", "philips"),
    ("Отправь CANAD на 7755 для Canada Goose парка реплика", "", "outerwear", 9000, "RUB", "canada-goose"),
    ("1:1 catalogue for Canada Goose Langford Parka replicas", "", "outerwear", 139, "USD", "canada-goose"),
    ("Preisliste für Gucci Taschen Nachbau", "", "handbags", 90, "EUR", "gucci"),
    ("Levi's 501 Original Fit 00501-0115 M batch", "M batch, best on market.", "jeans", 104, "BRL", "levis"),
])
def test_a_for_that_fits_nothing_is_no_accessory(title, description, category, price, currency, brand):
    alerts = demo_alerts(title, category, price, description, currency)
    assert brand in alerts
    assert not any(s.rule.value == "accessory" for s in alerts[brand].signals)


@pytest.mark.parametrize("title, category, price", [
    ("Case for iPhone 15 Pro – text 07700900123 for colours", "phone cases", 9.99),
    ("Silicone case for iPhone 15 Pro, reply 1 for the clear one", "phone cases", 9.99),
])
def test_an_accessory_named_with_a_message_is_still_an_accessory(title, category, price):
    assert "apple" not in demo_alerts(title, category, price)


@pytest.mark.parametrize("title, description, category, brand", [
    ("KO soft drinks rep", "Rep, good batch.", "soft drinks", "coca-cola"),
    ("BBR Check scarf – コピー品", "コピー品.", "scarves", "burberry"),
    ("BBR Check scarf – تقليد", "", "scarves", "burberry"),
    ("NK Dunk Low 1:1 copy", "rep", "sneakers", "nike"),
])
def test_the_trades_initialisms_name_the_brand_beside_a_copy_word(title, description, category, brand):
    assert brand in demo_alerts(title, category, 20, description)


@pytest.mark.parametrize("title, category, price", [
    ("KO power boxing gloves 16oz", "sports", 25),
    ("KO soft drinks 24 x 330ml", "soft drinks", 3),  # a price alone: an initialism needs a copy cue
    ("BBR barbecue sauce 500ml", "food", 5),
    ("NK cell assay kit", "lab supplies", 40),
])
def test_the_initialisms_everyday_senses_stay_quiet(title, category, price):
    assert demo_alerts(title, category, price) == {}


@pytest.mark.parametrize("title, description, category, price, currency, brand", [
    ("アップル Smartphone 256GB コピー", "コピー品です。", "phones", 14000, "JPY", "apple"),
    ("アップル スマートフォン コピー品", "コピー品です。スーパーコピー。", "phones", 14000, "JPY", "apple"),
    ("애플 스마트폰 짝퉁", "정품 아님. 미러급 레플리카입니다.", "phones", 154000, "KRW", "apple"),
    ("코치 handbags 짝퉁", "정품 아님.", "handbags", 100000, "KRW", "coach"),
    ("ソニー ヘッドホン コピー", "コピー品です。", "headphones", 5000, "JPY", "sony"),
    ("एप्पल फोन कॉपी", "फर्स्ट कॉपी", "phones", 3000, "INR", "apple"),
    ("ネスレ 2025年モデル 偽物", "コピー品です。", "infant formula", 20, "CNY", "nestle"),
    ("화이자 2025년형 가품", "정품 아님.", "otc", 6.5, "CNY", "pfizer"),
])
def test_the_local_name_that_is_also_a_word_names_the_brand_beside_a_copy_word(title, description, category, price,
                                                                                currency, brand):
    assert brand in demo_alerts(title, category, price, description, currency)


@pytest.mark.parametrize("title, description, category, price, currency", [
    ("アップルパイ 手作り", "おいしい", "food", 500, "JPY"),
    ("アップル ジュース 1L", "果汁100%", "drinks", 300, "JPY"),
    ("コーチ 指導 テニス レッスン", "経験10年", "services", 3000, "JPY"),
    ("애플 주스 1L", "사과 100%", "drinks", 3000, "KRW"),
    ("보스 베이비 DVD", "정품", "movies", 10000, "KRW"),
    ("アップル 純正 iPhone 15 ケース 中古", "本物", "phones", 2000, "JPY"),
])
def test_the_local_names_everyday_senses_stay_quiet(title, description, category, price, currency):
    assert demo_alerts(title, category, price, description, currency) == {}


def test_a_short_code_is_no_watch_reference():
    alerts = demo_alerts("Text CARTI to 220079 for Cartier men's watch mirror copy list", "watches", 278, currency="EUR")
    assert set(alerts) == {"cartier"}
