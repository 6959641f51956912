"""Work done on the brand's goods read by its act (issue 9, precision; services, session 19: context/care.py), a third
party's part citing the maker's number in more words, a job at the brand's plant, admission to its museum and a
children's workshop with its goods: honest listings that name the brand and sell no goods of it stay quiet; the
copies dressed in the same words still alert. Written fresh for this test, not taken from a held-out set.
"""

from __future__ import annotations

import pytest

from services.matcher.core.context.care import service_act
from services.matcher.core.context.subject import offered_after, subject_of
from tests.unit.matcher.demo import demo_index, demo_listing


def alerted(item) -> set[str]:
    return {m.brand_id for m in demo_index().match(item)}


@pytest.mark.parametrize("title", [
    "Nettoyage sac à main Michael Kors, rendu sous 5 jours", "Limpieza de zapatillas Puma Suede", "Lavagem de tênis Nike",
    "Pulizia e lucidatura bracciale Pandora", "Czyszczenie torebki Coach", "Čištění tenisek adidas",
    "Curățare geacă The North Face", "Химчистка пуховика The North Face", "Реставрация сумки Gucci", "Chiffon? Non: Cuci sepatu Nike",
    "Vệ sinh giày adidas Samba", "Omega Seamaster – Batteriewechsel", "Rolex Datejust Uhrenreinigung und Dichtung",
    "Burberry trenchcoat stomerij en herstel", "Canada Goose parka kemtvätt", "Nike tennarit puhdistus",
    "Gucci táska felújítás", "Louis Vuitton çanta temizleme hizmeti", "Замена стекла часов Omega",
    "Wymiana baterii w zegarku Michael Kors", "Troca de tela celular Samsung", "Sneaker deep clean – Air Jordan 1",
    "Canada Goose Expedition parka rewash and reproof", "Gucci Marmont bag spa, full recolour", "Καθαρισμός τσάντας Coach",
    "나이키 운동화 세탁 서비스", "ルイヴィトン バッグ 修復 染め直し", "劳力士 手表 抛光 服务", "ソニー ヘッドホン 修理",
    "ทำความสะอาด รองเท้า Nike",
])
def test_an_act_of_work_is_read(title):
    assert service_act(title) is not None, title


@pytest.mark.parametrize("title", [
    "Crep Protect cleaning kit for sneakers", "Oral-B deep cleaning toothbrush heads", "Philips Sonicare cleaning heads 4 pack",
    "Dyson V15 Detect with cleaning tools", "Rolex Submariner 1:1 with cleaning cloth", "Self-cleaning water bottle",
    "Cambio zapatillas Nike por Puma", "Wymiana na iPhone 14", "Apple Watch strap replacement for Series 9",
    "Polishing cloth Apple", "세탁기 삼성 그랑데 21kg", "다이슨 청소기 V15", "清洗剂 500ml", "交換用 バンド Apple Watch",
    "Authentication card for LV bag", "LV Neverfull MM - failed legit check, selling as is",
    "Centrum 100 tablet, depo temizliği", "Advanced Night Repair serum 50ml", "Laundry bag Nike",
])
def test_goods_named_by_an_act_are_no_act(title):
    assert service_act(title) is None, title


@pytest.mark.parametrize("title, category, price, currency", [
    ("Czyszczenie torebki Coach, odbiór osobisty", None, 120, "PLN"),
    ("Химчистка пуховика The North Face", None, 2500, "RUB"),
    ("Cuci sepatu Nike Air Jordan, 2 hari selesai", None, 60000, "IDR"),
    ("Omega Seamaster – Batteriewechsel", "watches", 45, "EUR"),
    ("Louis Vuitton çanta temizleme hizmeti", "handbags", 900, "TRY"),
    ("Wymiana baterii w zegarku Michael Kors", "watches", 50, "PLN"),
    ("Gucci Marmont bag spa, full recolour", "handbags", 140, "USD"),
    ("나이키 운동화 세탁 서비스 1켤레", "sneakers", 15000, "KRW"),
    ("Canada Goose Expedition parka rewash and reproof", "parkas", 60, "USD"),
    ("Καθαρισμός τσάντας Coach", "handbags", 35, "EUR"),
])
def test_work_on_the_goods_stays_quiet(title, category, price, currency):
    assert alerted(demo_listing(title, category, price, currency=currency)) == set(), title


@pytest.mark.parametrize("title, category, price, brand", [
    ("Czyszczenie butów Nike – replika 1:1 na sprzedaż", "sneakers", 25, "nike"),
    ("Limpieza de bolsos Louis Vuitton – réplica AAA a la venta", "handbags", 60, "louis-vuitton"),
    ("Pulizia borse Gucci – replica 1:1 in vendita", "handbags", 45, "gucci"),
    ("Rolex Datejust Reinigung – Kopie 1:1 auch zu verkaufen", "watches", 80, "rolex"),
    ("Химчистка пуховиков Canada Goose – копия 1:1 в наличии", "parkas", 60, "canada-goose"),
    ("Sneaker deep clean + Nike Dunk 1:1 rep pairs in stock", "sneakers", 35, "nike"),
])
def test_a_copy_dressed_as_work_still_alerts(title, category, price, brand):
    assert brand in alerted(demo_listing(title, category, price)), title


@pytest.mark.parametrize("after, offered", [
    (" AAA a la venta", True), (" 1:1 in vendita", True), (" 1:1 auch zu verkaufen", True), (" 1:1 в наличии", True),
    (" 在庫あり", True), (" 现货", True), (", available 24/7", False), (" vs genuine: how to tell", False),
])
def test_a_seller_offer_after_a_copy_word(after, offered):
    assert offered_after(after) is offered


@pytest.mark.parametrize("title, category, price, currency", [
    ("Pastillas de freno Brembo P28045, equivalentes Honda 45022-TBA-A01", "auto parts", 38, "EUR"),
    ("Dischi freno ATE 24.0125-0125.1, rif. BMW 34116860016", "auto parts", 70, "EUR"),
    ("ブレーキパッド 曙 AN-766WK トヨタ 04465-02220 適合", "auto parts", 4200, "JPY"),
    ("Lassa Driveways 205/55R16 lastik (Michelin Primacy alternatifi)", "tires", 1900, "TRY"),
])
def test_a_third_partys_part_citing_the_makers_number(title, category, price, currency):
    assert alerted(demo_listing(title, category, price, currency=currency)) == set(), title


def test_a_copy_part_citing_the_number_still_alerts():
    assert "honda" in alerted(demo_listing("Honda 45022-TBA-A01 brake pads OEM copy, Taiwan replica in genuine box",
                                           "auto parts", 6))


@pytest.mark.parametrize("title, kind", [
    ("Praca: monter linii Bosch, Wrocław", "a post"), ("Operario de producción – planta Toyota, turno noche, se busca", "a post"),
    ("Levi Strauss Museum Buttenheim – Eintritt Familie", "a ticket"), ("BMW Welt Führung, 4 Personen", "a ticket"),
    ("LEGO bouwworkshop kinderen 6-10 jaar", "a service using"), ("Taller infantil LEGO, sábado por la mañana", "a service using"),
])
def test_a_job_an_admission_a_workshop(title, kind):
    found = subject_of(title)
    assert found is not None and found.kind == kind, (title, found)
