"""The brand named by meaning (issue 9, meaning; outsider17's `c_cn_name_calque17` and `c_printed_text_quoted17`):
its Chinese names translated piece by piece (detectors/calques.py, senses from CC-CEDICT: calques.py) and the text
printed on its goods (registry `inscriptions`, read as a vocabulary word that needs a cue). Titles written for this test,
of kinds the outsider did not use (other names, other orders, plurals, other languages, other goods' texts); the
innocents are the same words in their own sense, or the goods at a shop's price with no cue."""

from __future__ import annotations

import pytest

from services.matcher.core.calques import calques
from tests.unit.matcher.demo import demo_alerts


def test_senses_come_from_the_dictionary():
    found = calques(["绿水鬼", "三星", "小棕瓶", "红腰子", "博士"])
    assert found["绿水鬼"][0][0][0] == "green" and "ghost" in found["绿水鬼"][0][2]
    assert "star" in found["三星"][0][1]
    assert "little" in found["小棕瓶"][0][0] and "brown" in found["小棕瓶"][0][1]
    assert any(("kidney",) == pieces[1] for pieces in found["红腰子"])  # 腰子 is one word of the dictionary
    # the dictionary's word 博士, "doctor", is one piece, no calque; only its characters' senses are
    assert all(len(pieces) >= 2 for pieces in found.get("博士", []))


@pytest.mark.parametrize(("title", "brand", "category", "price", "currency"), [
    ("Sea Horse 300 dive watch, super copy", "omega", "watches", 90.0, "USD"),
    ("Blue Balloon watch 36mm steel, replica", "cartier", "watches", 120.0, "USD"),
    ("Ocean Universe 600m chronometer, rep", "omega", "watches", 150.0, "USD"),
    ("Ghost of the Black Water diver 41mm, 1:1", "rolex", "watches", 200.0, "USD"),
    ("Little Gold Bottle sunscreen 60ml, high copy", "shiseido", "sunscreen", 8.0, "USD"),
    ("Three Stars smartphone 256GB dual sim, replica", "samsung", "phones", 90.0, "USD"),
    ("DONKEY HOUSE tote bag, mirror quality", "louis-vuitton", "handbags", 80.0, "USD"),
    ("Old Flowers wallet zippy, 1:1", "louis-vuitton", "wallets", 40.0, "USD"),
    ("Happy Water cola 24 cans, fake", "coca-cola", "soft drinks", 3.0, "USD"),
    ("Jeans with the Two Horses patch, Kopie", "levis", "jeans", 9.0, "EUR"),
    ("Treasure Horses brake pads front set, OEM copy", "bmw", "auto parts", 9.0, "USD"),
])
def test_a_chinese_name_translated_by_meaning_alerts_its_brand(title, brand, category, price, currency):
    found = demo_alerts(title, category, price, currency=currency)
    assert brand in found, found
    said = [s for s in found[brand].signals if s.weight > 0 and s.rule.value == "translated"]
    assert said and "translated by meaning" in said[0].detail, found[brand].signals


@pytest.mark.parametrize(("title", "brand", "category", "price", "currency"), [
    ("Chronograph, caseback 'The First Watch Worn on the Moon', replica", "omega", "watches", 150.0, "USD"),
    ("Jeans 501, patch 'ORIGINAL RIVETED', Kopie", "levis", "jeans", 12.0, "EUR"),
    ("Trainers, box reads 'The Brand with the 3 Stripes', fake", "adidas", "sneakers", 25.0, "USD"),
    ("Parka, écusson 'Programme Arctique', réplique", "canada-goose", "parkas", 120.0, "EUR"),
    ("Sac cabas, cuir marqué 'Maison fondée en 1854', copie", "louis-vuitton", "handbags", 90.0, "EUR"),
    ("Headphones, headband printed 'Acoustic Noise Cancelling', replica", "bose", "headphones", 30.0, "USD"),
    ("Castle bricks set, box printed 'DK-7190 Billund', knockoff", "lego", "building sets", 20.0, "USD"),
    ("Night serum 50ml 'Synchronized Multi-Recovery Complex', copy", "estee-lauder", "skincare", 15.0, "USD"),
    ("Synthetic oil 5W-40, label 'PurePlus Technology', fake", "shell", "motor oil", 6.0, "USD"),
    ("Badminton racket, frame 'Rotational Generator System', replica", "yonex", "badminton rackets", 20.0, "USD"),
])
def test_the_text_printed_on_the_goods_alerts_its_brand(title, brand, category, price, currency):
    found = demo_alerts(title, category, price, currency=currency)
    assert brand in found, found
    said = [s.detail or "" for s in found[brand].signals if s.weight > 0]
    assert any("named by the text printed on the goods" in d for d in said), said


@pytest.mark.parametrize(("title", "category", "price", "currency"), [
    ("Three star hotel in Paris, 2 nights for two", "travel", 240.0, "USD"),
    ("Old flower pot, glazed ceramic, 20 cm", "garden decor", 12.0, "USD"),
    ("Green Water Ghost - a novel, paperback", "books", 9.0, "USD"),
    ("Sea horse plush toy 30cm", "toys", 7.0, "USD"),
    ("Big goose down pillow 50x70", "bedding", 35.0, "USD"),
    ("Little Brown Bottle night serum 50ml, sealed, with receipt", "skincare", 110.0, "USD"),  # a shop's price, no cue
    ("Vintage dive watch, dial reads 'Superlative Chronometer Officially Certified', box and papers", "watches",
     9800.0, "USD"),
    ("Automatic watch, caseback 'Swiss Made', replica", "watches", 40.0, "USD"),  # nobody's stamp
    ("Bracelet stamped '925' sterling silver, copy", "jewelry", 15.0, "USD"),
    ("Leather bag, label 'Made in Italy', replica", "handbags", 60.0, "USD"),
])
def test_the_same_words_naming_nobody_stay_quiet(title, category, price, currency):
    assert demo_alerts(title, category, price, currency=currency) == {}


@pytest.mark.parametrize(("title", "brand", "category", "price", "currency"), [
    ("Reloj Fantasma del Agua Verde 41mm, réplica", "rolex", "watches", 80.0, "USD"),
    ("Bolso Flor Vieja monograma, réplica AAA", "louis-vuitton", "handbags", 60.0, "USD"),
    ("Sac Marque de l'Âne, cuir, copie", "louis-vuitton", "handbags", 60.0, "EUR"),
    ("Smartphone Tres Estrellas 256GB, réplica", "samsung", "phones", 80.0, "USD"),
    ("Serum Botol Coklat Kecil 50ml, KW super", "estee-lauder", "skincare", 6.0, "USD"),
])
def test_a_chinese_name_translated_into_another_language_alerts_its_brand(title, brand, category, price, currency):
    found = demo_alerts(title, category, price, currency=currency)
    assert brand in found, found


@pytest.mark.parametrize(("title", "category", "price", "currency"), [
    ("Louis Vuitton Neverfull MM + Vestiaire authentication card", "handbags", 113.0, "USD"),
    ("耐克 空军一号 附得物鉴定证书", "sneakers", 193.0, "CNY"),
    ("アディダス サンバ スニダン鑑定済みタグ付き", "sneakers", 3540.0, "JPY"),
])
def test_goods_sold_with_a_platforms_authentication_papers_are_goods(title, category, price, currency):
    assert demo_alerts(title, category, price, currency=currency) != {}


@pytest.mark.parametrize(("title", "category", "price", "currency"), [
    ("Louis Vuitton bag authentication service, certificate in 24h", "handbags", 20.0, "USD"),
    ("奢侈品鉴定 LV包包 专业鉴定服务", "handbags", 30.0, "CNY"),
])
def test_an_authentication_sold_stays_a_service(title, category, price, currency):
    assert demo_alerts(title, category, price, currency=currency) == {}


# ----------------------------------------------------------------------- names made of words, translated by meaning
# (detectors/meanings.py, name_meanings.WORDS): written for this test, of kinds the outsider did not use (other lines,
# other languages and scripts, glued compounds, head-first phrases with their articles, multi-word forms)

@pytest.mark.parametrize(("title", "brand", "category", "price", "currency"), [
    ("Montre Maître de la Vitesse chrono lune, copie", "omega", "watches", 180.0, "EUR"),
    ("Geschwindigkeitsmeister Chronograph Handaufzug Replik", "omega", "watches", 150.0, "EUR"),
    ("Zegarek Mistrz Mórz 300m niebieski, replika", "omega", "watches", 120.0, "EUR"),
    ("바다의 달인 300 다이버 시계 레플리카", "omega", "watches", 150000.0, "KRW"),
    ("Đồng hồ Bậc Thầy Biển 300m hàng fake", "omega", "watches", 150.0, "USD"),
    ("Часы Подводная Лодка зелёный безель, реплика", "rolex", "watches", 9000.0, "RUB"),
    ("Denizaltı saat yeşil çerçeve çakma", "rolex", "watches", 3000.0, "TRY"),
    ("Kapal Selam jam tangan hijau KW super", "rolex", "watches", 900000.0, "IDR"),
    ("Reloj Habitante del Cielo 42mm azul, réplica", "rolex", "watches", 140.0, "USD"),
    ("Himmelsbewohner Uhr blau 42mm Kopie", "rolex", "watches", 140.0, "EUR"),
    ("Orologio Maestro dello Yacht 40 oro rosa, replica", "rolex", "watches", 160.0, "EUR"),
    ("Bolsa Nunca Cheia MM lona, réplica", "louis-vuitton", "handbags", 300.0, "BRL"),
    ("Sac Jamais Plein MM toile, copie", "louis-vuitton", "handbags", 70.0, "EUR"),
    ("Auriculares Comodidad Silenciosa 45, réplica", "bose", "headphones", 30.0, "USD"),
    ("Galassia S24 Ultra 256GB, replica", "samsung", "phones", 120.0, "EUR"),
    ("Huile moteur Coquille 5W-40 5L, copie", "shell", "motor oil", 9.0, "EUR"),
    ("Sac à main Entraîneur cuir grainé, réplique", "coach", "handbags", 40.0, "EUR"),
    ("Słuchawki Jabłko Pro 2, kopia", "apple", "earbuds", 60.0, "PLN"),
    ("Шоколад Голубь молочный, подделка", "mars", "chocolate", 90.0, "RUB"),
    ("Tênis Força Aérea Um branco, réplica", "nike", "sneakers", 120.0, "BRL"),
])
def test_a_name_translated_by_meaning_alerts_its_brand(title, brand, category, price, currency):
    found = demo_alerts(title, category, price, currency=currency)
    assert brand in found, found
    assert any(s.rule.value == "translated" and s.weight > 0 for s in found[brand].signals), found[brand].signals


@pytest.mark.parametrize(("title", "category", "price", "currency"), [
    ("Pomme de terre Charlotte 5 kg", "vegetables", 6.0, "EUR"),
    ("Entrenador personal: plan de 12 semanas", "fitness services", 30.0, "EUR"),
    ("Submarino amarillo juguete de baño", "toys", 9.0, "EUR"),
    ("Fuerza Aérea 1944: libro de historia", "books", 15.0, "EUR"),
    ("Kanone Spielzeug aus Holz für Kinder", "toys", 12.0, "EUR"),
    ("Reloj Casio con día y fecha, nuevo", "watches", 30.0, "EUR"),
    ("Meeresbewohner Plüschtier Set 6 Stück", "toys", 15.0, "EUR"),
    ("Montre Maître des Mers d'occasion, boîte et papiers", "watches", 4200.0, "EUR"),  # a reseller's price, no cue
    ("Póster Galaxia Vía Láctea 60x90", "art", 12.0, "EUR"),
    ("Taube aus Porzellan, Deko", "home decor", 19.0, "EUR"),
    ("Sac Entraîneur de foot, sac de sport 40L", "handbags", 25.0, "EUR"),  # no cue that claims a copy
])
def test_the_translated_words_in_their_own_sense_stay_quiet(title, category, price, currency):
    assert demo_alerts(title, category, price, currency=currency) == {}
