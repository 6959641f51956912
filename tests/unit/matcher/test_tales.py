"""Tales of where new goods came from (issue 9; adversary tales.py; context/stories.py): lost luggage, unclaimed
parcels and lost-property auctions, a flea-market find, a cleared shop counter are cover stories below the floor; a
buying agent (구매대행, 海外買い付け) sells the goods, it is no work for hire; "new with tags" (全新带吊牌) names no
label sold as material; used goods in the smaller markets' words (begagnad, használt, naudotos) are judged as used."""

from __future__ import annotations

import pytest

from schemas import Rule
from tests.unit.matcher.demo import demo_alerts, demo_evaluated


@pytest.mark.parametrize("title, category, price, currency, brand", [
    ("Sony WH-1000XM5 neu aus Fundsachen-Versteigerung", "headphones", 60, "EUR", "sony"),
    ("Reloj Omega Seamaster de maleta perdida subastada", "watches", 300, "EUR", "omega"),
    ("Gucci Marmont bag from unclaimed airline luggage, new", "handbags", 90, "USD", "gucci"),
    ("Secador Dyson Supersonic de leilão de bagagem extraviada", "hair care", 60, "USD", "dyson"),
    ("Nike Air Max 90 flea market find, brand new", "sneakers", 12, "USD", "nike"),
])
def test_a_lost_goods_story_below_the_floor_is_a_cue(title, category, price, currency, brand):
    match = demo_alerts(title, category, price, "", currency)[brand]
    assert any("cover story" in s.detail for s in match.signals if s.rule is Rule.cue)


def test_counter_stock_at_a_copys_price_alerts():
    # (closet37) counter stock (专柜撤柜货) is read as outlet stock, no cover story: at a copy's price, far below the
    # outlet's line, the price alone still alerts
    match = demo_alerts("Canada Goose parka 专柜撤柜货 全新", "parkas", 90, "", "USD")["canada-goose"]
    assert any(s.rule is Rule.price and s.weight > 0 for s in match.signals)


@pytest.mark.parametrize("title, category, price, currency, brand", [
    ("Gucci Marmont bag from a lost luggage auction, used", "handbags", 900, "USD", "gucci"),
    ("Nike Air Max 90 flea market find, used", "sneakers", 60, "USD", "nike"),
])
def test_the_same_story_at_a_second_hand_price_stays_quiet(title, category, price, currency, brand):
    assert brand not in demo_alerts(title, category, price, "", currency)


def test_a_buying_agent_sells_the_goods_and_a_copys_price_alerts():
    match = demo_alerts("해외구매대행 캐나다구스 익스페디션 파카 특가", "parkas", 250, "", "USD")["canada-goose"]
    assert not any(s.rule is Rule.subject for s in match.signals)


def test_new_with_tags_is_no_label_sold_as_material():
    match = demo_evaluated("专柜撤柜货 全新带吊牌: Sony WH-1000XM5 headphones", "headphones", 420, "", "USD")["sony"]
    assert not any("material" in s.detail for s in match.signals if s.rule is Rule.fair_price)


@pytest.mark.parametrize("title, price, currency", [
    ("Sony WH-1000XM5 ausinės, naudotos, geros būklės", 220, "EUR"),
    ("Sony WH-1000XM5 hörlurar, begagnad", 2200, "SEK"),
    ("Sony WH-1000XM5 fejhallgató, használt", 80000, "HUF"),
])
def test_used_in_the_smaller_markets_words_is_used(title, price, currency):
    assert "sony" not in demo_alerts(title, "headphones", price, "", currency)


# ------------------------------------------------------------------ raffles that sell their prize (raffles.py)

@pytest.mark.parametrize("title, category, price, currency, brand", [
    ("Raffle Rolex Datejust 41 - 50 slots", "watches", 4, "USD", "rolex"),
    ("Gucci Marmont bag raffle, 40 tickets", "handbags", 5, "USD", "gucci"),
    ("Verlosung Omega Speedmaster - 60 Lose", "watches", 4.99, "EUR", "omega"),
    ("Rifa Nike Air Jordan 1 - 30 boletos", "sneakers", 0.6, "USD", "nike"),
])
def test_a_raffle_that_counts_its_tickets_is_judged_at_their_total(title, category, price, currency, brand):
    match = demo_alerts(title, category, price, "", currency)[brand]
    assert any("raffle tickets" in s.detail and s.weight > 0 for s in match.signals if s.rule is Rule.price)


@pytest.mark.parametrize("title, category, price, brand", [
    ("Rotary Club raffle: Dyson V15 Detect, donated by a local shop", "charity", 15, "dyson"),
    ("School PTA raffle ticket - win a Rolex Submariner", "charity", 20, "rolex"),
    ("Raffle Rolex Submariner - 100 tickets", "watches", 150, "rolex"),  # 100 x 150: the shop's price
])
def test_a_charity_raffle_or_one_at_the_shops_price_stays_quiet(title, category, price, brand):
    assert brand not in demo_alerts(title, category, price, "", "USD")


# ------------------------------------------------------------------ a medicine's mark on herbal pills (herbal.py)

@pytest.mark.parametrize("title, description", [
    ("Viagra Gold 800mg herbal, strong", ""),
    ("Natural Viagra Gold 800mg 10 tablets", "fast acting"),
    ("草本 Paxlovid 配方 清熱膠囊", ""),
    ("Pflanzliches Lipitor, 30 Kapseln", ""),
])
def test_a_medicines_mark_on_herbal_pills_is_a_cue(title, description):
    match = demo_alerts(title, "otc", 12, description, "USD")["pfizer"]
    assert any((s.term or "").startswith("herbal: ") and s.weight > 0 for s in match.signals if s.rule is Rule.cue)


def test_a_herbal_supplement_that_names_the_medicine_by_comparison_has_no_herbal_cue():
    match = demo_evaluated("Natural alternative to Viagra: maca capsules", "supplements", 15, "", "USD").get("pfizer")
    assert match is None or not any((s.term or "").startswith("herbal: ") for s in match.signals)
