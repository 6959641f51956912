"""A replica the copy trade grades ("top replica", "AAA replica", "mirror replica") beside a scale model or a kit
(floor34, issue 9): the grade is the replica trade's, which no miniature's maker and no club's fan version writes, so
the cue stays; a bare or scale "replica" there stays the miniature's or the fan shirt's word."""

from __future__ import annotations

import pytest

from tests.unit.matcher.demo import demo_alerts


@pytest.mark.parametrize(("title", "brand", "category", "price"), [
    ("Die-cast car 1:64 5 pack in brand red Pantone 219 C – top replica", "mattel", "die-cast cars", 0.7),
    ("□ ✕ ○ △ Digital camera 24MP kit – top replica", "sony", "cameras", 268.0),
    ("Seit 1946 digital camera 24MP kit AAA replica", "sony", "cameras", 300.0),
])
def test_a_graded_replica_beside_a_scale_model_or_a_kit_stays_a_copy_cue(title, brand, category, price):
    assert set(demo_alerts(title, category, price)) == {brand}


@pytest.mark.parametrize(("title", "category", "price"), [
    ("1:18 scale replica die-cast classic car, unbranded", "die-cast cars", 35.0),
    ("Die-cast car 1:64 5 pack, Pantone 219 C logo box – replica", "die-cast cars", 6.0),
    ("Home kit 2024 – replica, fan version", "football shirts", 40.0),
])
def test_a_bare_replica_beside_a_scale_model_or_a_kit_stays_quiet(title, category, price):
    assert demo_alerts(title, category, price) == {}
