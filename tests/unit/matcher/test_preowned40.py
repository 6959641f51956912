"""mend40 (issue 9): a luxury house's model told as barely used at a price no pre-owned piece fetches alerts, while a
dealer's pre-owned price and a used piece of a house outside luxury stay as before; a free engraving added to the
goods is no engraving service sold (outsider37's c_preowned_impossible37 and c_free_engraving37)."""

from __future__ import annotations

import pytest

from services.matcher.core.context.care import service_act
from tests.unit.matcher.demo import demo_alerts


@pytest.mark.parametrize("title, description, price, currency", [
    ("Cartier Love bracelet", "Usado duas vezes, vendo porque não uso. Sem caixa.", 2740, "BRL"),
    ("Cartier Juste un Clou bracelet", "Worn twice, selling because I don't use it. No box.", 250, "USD"),
    ("Cartier Love bracelet indossato due volte", "Senza scatola.", 420, "EUR"),
])
def test_a_named_luxury_model_worn_twice_at_a_few_per_cent_of_its_floor_alerts(title, description, price, currency):
    assert "cartier" in demo_alerts(title, "jewelry", price, description, currency=currency)


@pytest.mark.parametrize("title, description, price, currency", [
    ("Cartier Love bracelet", "Worn twice, selling because I don't use it. No box.", 5200, "USD"),
    ("Cartier Love bracelet indossato due volte", "Senza scatola.", 4800, "EUR"),
])
def test_the_same_piece_at_a_pre_owned_dealers_price_stays_quiet(title, description, price, currency):
    assert "cartier" not in demo_alerts(title, "jewelry", price, description, currency=currency)


@pytest.mark.parametrize("title", ["Santos de Cartier watch + Бесплатная гравировка имени или даты",
                                   "Браслет + безкоштовне гравіювання імені", "Ρολόι + δωρεάν χάραξη ονόματος"])
def test_a_free_engraving_added_to_the_goods_is_no_service_sold(title):
    assert service_act(title) is None


@pytest.mark.parametrize("title", ["Гравировка часов Cartier", "Услуги: гравировка на браслете"])
def test_an_engraving_sold_is_still_a_service(title):
    assert service_act(title) is not None


def test_a_copy_with_a_free_engraving_at_a_copys_price_alerts():
    assert "cartier" in demo_alerts("Santos de Cartier watch + Бесплатная гравировка имени или даты", "watches", 49400,
                                    "Бесплатная гравировка имени или даты – идеальный подарок в коробке.",
                                    currency="RUB")
