"""A registered model number cut to its base or given another suffix (issue 9, people; outsider14's
`c_model_number_truncated`): rule model_base, a weak candidate that needs the brand's category with a cue or a price far
below the model's floor; the same bases at a shop's price, or as another maker's part number, stay quiet."""

from __future__ import annotations

import pytest

from services.matcher.core.detectors.model_bases import bases
from tests.unit.matcher.demo import demo_alerts


def test_the_bases_of_a_number_are_its_distinctive_starts():
    assert set(bases("DD1391-100")) == {"dd1391", "dd13911", "dd139110"}
    assert "sms928" in bases("SM-S928B") and "wh1000" in bases("WH-1000XM5")
    assert bases("310.30.42.50.01.001")["3103042"] == (3, 5)  # digits alone: written with the number's separators
    assert "11428575" in bases("11428575211") and "b6067" in bases("B6067417")
    assert "126610" not in bases("126610LN")  # six digits alone: any number
    assert "15400" not in bases("15400-PLM-A02") and "15400plm" in bases("15400-PLM-A02")
    assert bases("HS05") == {}


@pytest.mark.parametrize(("title", "brand", "category", "price", "currency", "model"), [
    ("DD1391 white black low sneakers", "nike", "sneakers", 1199.0, "PHP", "DD1391-100"),
    ("CW2288 weiße Sneaker low", "nike", "sneakers", 27.0, "EUR", "CW2288-111"),
    ("DD1391-101 low sneakers replica", "nike", "sneakers", 60.0, "USD", "DD1391-100"),  # another colour code
    ("SM-S928 smartphone 12GB 512GB titanium", "samsung", "phones", 349999.0, "NGN", "SM-S928B"),
    ("SM-S928U smartphone 512GB AAA quality", "samsung", "phones", 300.0, "USD", "SM-S928B"),  # another region letter
    ("Tai nghe WH1000 XM chống ồn", "sony", "headphones", 1900000.0, "VND", "WH-1000XM5"),
    ("Cronografo 310.30.42 quadrante nero", "omega", "watches", 1200.0, "EUR", "310.30.42.50.01.001"),
    ("Bracelet B6067 or jaune vis", "cartier", "jewelry", 1199.0, "EUR", "B6067417"),
    ("15400-PLM oil filter x12 bulk", "honda", "auto parts", 4.99, "USD", "15400-PLM-A02"),
    ("Колодки тормозные 04465-022 передние", "toyota", "auto parts", 1699.0, "RUB", "04465-02220"),
    ("Filtr oleju 11428575 zestaw", "bmw", "auto parts", 23.0, "PLN", "11428575211"),
])
def test_a_cut_model_number_with_a_copys_price_or_cue_alerts_and_names_the_model(title, brand, category, price, currency, model):
    found = demo_alerts(title, category, price, currency=currency)
    assert set(found) == {brand}, found
    # the base names the model (where the brand's reference numbering reads the whole code, the reference counts)
    signals = [s for s in found[brand].signals if s.rule.value == "model_base"]
    assert signals and signals[0].term == model and "start of the registered model" in signals[0].detail
    assert any(s.weight > 0 for s in found[brand].signals if s.rule.value in ("model_base", "reference"))


@pytest.mark.parametrize(("title", "category", "price", "currency"), [
    ("DD1391 white black low sneakers, new in box", "sneakers", 120.0, "USD"),  # the model's price, no cue
    ("Bracelet B6067 or jaune, boutique", "jewelry", 7800.0, "EUR"),
    ("Deep groove ball bearing, part no. DD1391-7, 10 pcs", "Business & Industrial > Bearings", 18.0, "USD"),
    ("Label tape 12mm, SKU 11428575, 3 rolls", "Office Supplies > Label Makers", 15.0, "USD"),
    ("Invoice 310.30.42 paid, office chair", "furniture", 90.0, "EUR"),
    ("DD1391-100 Dunk Low Retro white black", "sneakers", 120.0, "USD"),  # the registered number itself, a fair price
])
def test_the_same_bases_at_a_shops_price_or_on_other_goods_stay_quiet(title, category, price, currency):
    assert demo_alerts(title, category, price, currency=currency) == {}
