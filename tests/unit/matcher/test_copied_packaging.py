"""The copy factory's packing offer (config.COPIED_PACKAGING, recall52) and a copy of a receipt (phrasebook.TRADE_SENSES)."""

from __future__ import annotations

import pytest

from tests.unit.matcher.demo import demo_index, demo_listing


def alerted(item) -> set[str]:
    return {m.brand_id for m in demo_index().match(item)}


@pytest.mark.parametrize("description", [
    "Shantou factory, same model. Packing: copy of original box with LEGO logo, or plain brown box. 6 sets per carton.",
    "Fábrica en Guangzhou. Empaque: copia de la caja original con logo LEGO. 6 piezas por caja.",
    "Упаковка: копия оригинальной коробки с логотипом LEGO, 6 шт в коробке.",
    "厂家直销 同款 包装：仿原装盒（印乐高标） 一箱6套",
])
def test_goods_packed_in_a_copy_of_the_makers_box_alert(description):
    assert "lego" in alerted(demo_listing("LEGO Technic 42115 same model, 6 sets/carton", "building sets", 2400,
                                          description))


@pytest.mark.parametrize("description", [
    "Genuine, in its original box with the LEGO logo. Copy of the receipt included.",
    "Original en su caja original con logo LEGO. Incluye copia del ticket.",
    "Original, caixa original com logo LEGO, cópia da nota fiscal.",
    "Echtes Set in der Originalverpackung mit LEGO-Logo, Kopie der Rechnung dabei.",
    "Authentique, boîte d'origine logo LEGO, copie de la facture.",
])
def test_a_genuine_item_in_its_original_box_with_a_copy_of_the_receipt_stays_quiet(description):
    assert alerted(demo_listing("LEGO Technic 42115, original box", "building sets", 480, description)) == set()
