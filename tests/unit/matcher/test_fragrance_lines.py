"""A perfume copy named by its fragrance line only (the registry's `lines` of the houses that sell fragrance: Estée
Lauder's Youth-Dew and Pleasures, Lancôme's Trésor, Shiseido's Ginza; hiding55, issue 9)."""
from __future__ import annotations

import pytest

from tests.unit.matcher.demo import demo_alerts


@pytest.mark.parametrize("title, description, brand", [
    ("Youth-Dew parfum 100ml premium copy", "Same bottle, premium copy, long lasting.", "estee-lauder"),
    ("Pleasures EDP 100ml 1:1", "AAA copy of Pleasures, box with barcode.", "estee-lauder"),
    ("Trésor EDP tester AAA", "AAA copy of Trésor, box with barcode.", "loreal"),
    ("Ginza parfum 100ml premium copy", "Ginza same bottle, premium copy.", "shiseido"),
])
def test_a_perfume_copy_named_by_its_line_alerts_for_the_house(title, description, brand):
    alerts = demo_alerts(title, "fragrance", 20.0, description)
    assert set(alerts) == {brand}
    assert any(s.rule.value in ("exact", "confusable", "alias") and "line" in (s.detail or "")
               for s in alerts[brand].signals)


@pytest.mark.parametrize("title, category, price, description", [
    ("Ginza walking tour, Tokyo, half day", "travel", 45.0, "Meet at Ginza station, 3 hours."),
    ("Pleasures of the table: a cookbook", "books", 18.0, "Hardback, 320 pages."),
    ("Trésor de la cuisine française, livre", "books", 12.0, "Un vrai trésor, bon état."),
])
def test_the_everyday_senses_of_the_lines_stay_quiet(title, category, price, description):
    assert demo_alerts(title, category, price, description) == {}
