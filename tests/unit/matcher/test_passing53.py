"""Copies passed on as the brand's own (fresh53b, issue 9): a repair fitting a copy part with the brand's logo
(judge._copy_part, config.COPY_PARTS, config.PASSING_OFF_PITCHES), packaging sold for copies
(config.PACKAGING_FOR_COPIES), a copy grade only in an item specific (index._attribute_cues); and their honest twins."""

from __future__ import annotations

import pytest

from tests.unit.matcher.demo import demo_index, demo_listing


def alerted(item) -> set[str]:
    return {m.brand_id for m in demo_index().match(item)}


@pytest.mark.parametrize("description", [
    "We replace your Submariner bezel with a copy part with the Rolex logo. Half the service centre's price.",
    "Bezel insert with Rolex logo printed; the customer won't notice.",
    "Cambiamos el bisel por una pieza copia con el logo Rolex; el cliente no lo nota.",
    "Wir bauen ein Nachbau-Teil mit Rolex-Logo ein, günstig.",
    "Ставим деталь-копию с логотипом Rolex, клиент не заметит.",
    "Ganti sparepart KW logo Rolex, murah.",
])
def test_a_repair_fitting_a_copy_part_with_the_logo_alerts(description):
    assert "rolex" in alerted(demo_listing("Rolex Submariner repair — bezel insert replacement", "watches", 120,
                                           description))


@pytest.mark.parametrize("description", [
    "We replace your Submariner bezel with a genuine Rolex part with its logo, never copy parts. Parts invoice included.",
    "Cambiamos el bisel por una pieza original con el logo Rolex, nunca copias. Factura de la pieza.",
    "Ставим оригинальную деталь с логотипом Rolex, никаких копий. Чек на деталь.",
    "Aftermarket bezel without any logo, not a Rolex part; we say so on the invoice.",
])
def test_a_repair_fitting_the_genuine_part_or_an_unbranded_one_stays_quiet(description):
    assert alerted(demo_listing("Rolex Submariner repair — bezel insert replacement", "watches", 120,
                                description)) == set()


def test_replacement_service_is_a_service():
    assert alerted(demo_listing("Rolex Submariner bezel insert replacement service", "watches", 150,
                                "Fitted with the genuine bezel insert, ordered from the parts network.")) == set()


@pytest.mark.parametrize("description", [
    "Packaging set for copies, same as boutique packing. Item not included.",
    "Upgrade your copy: factory new box, dust bag and ribbon.",
    "Empaque para copias, igual que en tienda: caja y bolsa.",
    "Verpackung für Kopien, wie im Laden.",
    "Упаковка для копий, как в бутике.",
])
def test_packaging_sold_for_copies_alerts(description):
    assert "rolex" in alerted(demo_listing("Rolex box + booklets + shopping bag set (new)", "watches", 40, description))


@pytest.mark.parametrize("description", [
    "Original box and booklets from my own Submariner bought in 2019 (sold the watch separately). No item included.",
    "Caja original y folletos de mi Submariner, comprado en 2019. Artículo no incluido.",
    "Коробка и буклеты от моего Submariner, куплен в 2019. Без содержимого.",
])
def test_a_collectors_original_box_stays_quiet(description):
    assert alerted(demo_listing("Rolex original box and booklets for Submariner", "watches", 260, description)) == set()


@pytest.mark.parametrize("attributes", [
    {"Brand": "Rolex", "Version": "Top replica"},
    {"Brand": "Rolex", "Quality": "AAA copy"},
    {"Brand": "Rolex", "Calidad": "réplica AAA"},
    {"Brand": "Rolex", "Качество": "реплика"},
])
def test_a_copy_grade_only_in_an_item_specific_alerts(attributes):
    assert "rolex" in alerted(demo_listing("Rolex Submariner Date 41mm", "watches", 9000, "Fast shipping. 7-day returns.",
                                           attributes=attributes))


@pytest.mark.parametrize("attributes", [
    {"Brand": "Rolex", "Version": "2024"},
    {"Brand": "Rolex", "Quality": "Original"},
    {"Brand": "Rolex", "Notes": "not a replica, papers included"},
])
def test_honest_item_specifics_stay_quiet(attributes):
    assert alerted(demo_listing("Rolex Submariner Date 41mm", "watches", 9800, "Fast shipping. 7-day returns.",
                                attributes=attributes)) == set()


def test_a_compatible_brand_item_specific_beside_a_copy_claim_alerts():
    assert "bmw" in alerted(demo_listing("Vented front brake disc with logo", "auto parts", 24,
                                         "High copy brake disc, identical to the original, fraction of the price.",
                                         attributes={"Brand": "Generic", "Compatible Brand": "BMW"}))


@pytest.mark.parametrize("description", [
    "Aftermarket brake disc, OEM quality, fits 3 series. Own brand.",
    "Aftermarket brake disc, not a replica, own brand, fits 3 series.",
])
def test_a_compatible_brand_item_specific_of_an_honest_part_stays_quiet(description):
    assert alerted(demo_listing("Vented front brake disc", "auto parts", 24, description,
                                attributes={"Brand": "Generic", "Compatible Brand": "BMW"})) == set()


@pytest.mark.parametrize("description", [
    "Reproduction, not official. Same look as the original.",
    "Unofficial repro, high quality print.",
    "Reproducción no oficial, igual a la original.",
])
def test_a_reproduction_that_says_it_is_not_official_alerts(description):
    assert "lego" in alerted(demo_listing("LEGO Star Wars minifigures set reproduction", "building sets", 8, description))


def test_an_official_reproduction_stays_quiet():
    assert alerted(demo_listing("Hot Wheels '69 Camaro official reproduction poster", "dolls", 24,
                                "Officially licensed reproduction print of the 1969 ad, Mattel licensed.")) == set()
