"""Counterfeits that use the listing's context as cover, and price as evidence (issue 9; adversary cover.py).

- A named product line is judged against its own floor (registry `price_floor` of a mark or line) when that is
  dearer than the brand's floor for the category: "used" excuses a second-hand price, not 5 % of the line's.
- A cover story (customs seizure, factory overrun, staff sale, gift, duty free) is a counterfeit cue when the price is
  below the floor the listing is judged by; at a price the stated condition explains it says nothing.
- A copy filed under a far category whose title names the brand's kind of goods, in many languages, is read from its
  title; a statue or replica of an everyday thing that shares a word with a mark stays quiet in those languages too.
"""

from __future__ import annotations

import pytest
import yaml

from brandsentry.registry import dump_registry, parse_registry
from schemas import MarkFingerprint, Rule
from services.matcher.core import MatcherIndex
from tests.unit.matcher.demo import demo_alerts, demo_evaluated, demo_listing


def _signals(match, rule):
    return [s for s in match.signals if s.rule is rule]


# ------------------------------------------------------------------ a line's own floor

@pytest.mark.parametrize("title, category, price, currency, brand, line", [
    ("Dyson Airwrap multi-styler used", "hair care", 38, "USD", "dyson", "Airwrap"),
    ("Samsung Galaxy S24 smartphone 256GB 二手", "phones", 45, "USD", "samsung", "Galaxy S24"),
    # vintage names the registered model by its registry name: its own floor is judged (index._named_share)
    ("Rolex Submariner Date vintage", "watches", 600, "USD", "rolex", "model floor ('Submariner Date"),
    # used names a luxury house's model by its registry name at a tenth of its floor or less: its own floor (mend40)
    ("Louis Vuitton Neverfull MM gebraucht", "handbags", 90, "EUR", "louis-vuitton", "model floor ('Neverfull MM"),
    ("Canon EOS R6 body, refurbished", "cameras", 180, "USD", "canon", "EOS R6"),
    ("Bose QuietComfort headphones 中古", "headphones", 2500, "JPY", "bose", "QuietComfort"),
])
def test_a_copy_called_used_at_a_few_per_cent_of_its_lines_floordemo_alerts(title, category, price, currency, brand, line):
    match = demo_alerts(title, category, price, "", currency)[brand]
    price_signal = _signals(match, Rule.price)[0]
    assert (line if "floor" in line else f"of the line floor ('{line}')") in price_signal.detail and price_signal.weight > 0
    assert "still far below the floor for that condition" in _signals(match, Rule.condition)[0].detail


@pytest.mark.parametrize("title, category, price, brand", [
    ("Dyson Airwrap multi-styler used, works perfectly", "hair care", 260, "dyson"),  # 65 % of the line's floor
    ("Samsung Galaxy S24 256GB used, small scratch", "phones", 330, "samsung"),
    ("Rolex Submariner Date, pre-owned, box and papers", "watches", 7400, "rolex"),
    ("Louis Vuitton Neverfull MM pre-owned", "handbags", 760, "louis-vuitton"),
    ("Canon EOS R6 body refurbished, 6 months warranty", "cameras", 1150, "canon"),
])
def test_genuine_second_hand_goods_of_an_expensive_line_stay_quiet(title, category, price, brand):
    assert brand not in demo_alerts(title, category, price)
    condition = _signals(demo_evaluated(title, category, price)[brand], Rule.condition)[0]
    assert condition.weight < 0 and "lowered" in condition.detail


def test_a_line_cheaper_than_the_category_floor_leaves_the_category_floor():
    """PowerShot's floor (USD 100) is below Canon's floor for cameras (USD 399): the category's floor is the one used
    (honest50: a named line's own floor judges it only from OWN_FLOOR_SHARE of the category's, index._own_floor)."""
    match = demo_evaluated("Canon PowerShot compact camera", "cameras", 150)["canon"]
    assert "of the category floor" in _signals(match, Rule.price)[0].detail


def test_an_everyday_word_line_needs_a_mark_beside_it():
    """"Daytona" (a race, a beach) is priced as Rolex's line only beside Rolex."""
    alone = demo_evaluated("Daytona automatic watch used", "watches", 3000)
    assert all("line floor" not in s.detail for m in alone.values() for s in _signals(m, Rule.price))
    named = demo_evaluated("Rolex Daytona automatic watch used", "watches", 3000)["rolex"]
    assert "of the line floor ('Daytona')" in _signals(named, Rule.price)[0].detail


def test_a_line_floor_round_trips_through_the_registry_file_and_old_registries_stay_valid():
    doc = {"brands": [{"id": "acme", "name": "Acme", "iwg": "tools", "categories": ["power tools"],
                       "marks": ["Acme", {"value": "Roadrunner", "price_floor": {"amount": 250, "currency": "USD"}}],
                       "lines": [{"value": "Anvil Pro", "price_floor": {"amount": 90, "currency": "EUR"}}, "Coyote"]}],
           "working_groups": [{"id": "tools", "name": "Tools"}]}
    registry = parse_registry(doc)
    floors = {fp.value: fp.price_floor for fp in registry.fingerprints.values() if isinstance(fp, MarkFingerprint)}
    assert floors["Roadrunner"].amount == 250 and floors["Anvil Pro"].currency == "EUR"
    assert floors["Acme"] is None and floors["Coyote"] is None
    again = parse_registry(yaml.safe_load(dump_registry(registry)))
    assert {fp.value: fp.price_floor for fp in again.fingerprints.values() if isinstance(fp, MarkFingerprint)} == floors
    index = MatcherIndex.build(registry)
    match = {m.brand_id: m for m in index.evaluate(demo_listing("Acme Roadrunner drill used", "power tools", 9))}["acme"]
    assert "of the line floor ('Roadrunner')" in _signals(match, Rule.price)[0].detail


# ------------------------------------------------------------------ cover stories

@pytest.mark.parametrize("title, category, price, description, brand, kind", [
    ("Dyson Airwrap multi-styler", "hair care", 150, "Staff purchase from the warehouse, unused.", "dyson", "staff sale"),
    ("Rolex Submariner Date", "watches", 2900, "Seized by customs, sold at auction, new in box.", "rolex",
     "customs seizure"),
    ("Samsung Galaxy S24 smartphone", "phones", 204, "Bought in Dubai duty free, moving abroad.", "samsung", "duty free"),
    ("Canada Goose Expedition Parka", "parkas", 520, "Factory overrun, same materials as the shop ones.", "canada-goose",
     "factory overrun"),
    ("Louis Vuitton Neverfull MM", "handbags", 700, "Unwanted gift, never opened.", "louis-vuitton", "gift"),
    ("Nike Air Force 1 sneakers", "sneakers", 40, "工厂尾货，外贸尾单。", "nike", "factory overrun"),
    ("Bose QuietComfort headphones", "headphones", 85, "Конфискат с таможни, новые.", "bose", "customs seizure"),
])
def test_a_cover_story_for_a_price_below_the_floor_is_a_cue(title, category, price, description, brand, kind):
    match = demo_alerts(title, category, price, description)[brand]
    story = [s for s in _signals(match, Rule.cue) if "cover story" in s.detail]
    assert story and f"a cover story ({kind})" in story[0].detail
    assert any(s.weight > 0 for s in _signals(match, Rule.cue))  # the story, or a copy cue of the same kind beside it


def test_a_cover_story_beside_a_condition_keeps_the_condition_from_lowering_the_score():
    match = demo_alerts("Samsung Galaxy S24 smartphone", "phones", 204, "Bought in Dubai duty free, moving abroad.")["samsung"]
    assert "not lowered" in _signals(match, Rule.condition)[0].detail


@pytest.mark.parametrize("title, category, price, description, brand", [
    ("Samsung Galaxy S24 smartphone, sealed", "phones", 600, "Bought in Dubai duty free, unopened.", "samsung"),
    ("Dyson Airwrap multi-styler, open box", "hair care", 330, "Unwanted gift, opened once to check.", "dyson"),
    ("Louis Vuitton Neverfull MM pre-owned", "handbags", 980, "Received as a gift, worn twice.", "louis-vuitton"),
    ("Rolex Submariner Date, used", "watches", 6200, "Bought with my staff discount years ago.", "rolex"),
])
def test_a_story_at_a_price_the_condition_explains_says_nothing(title, category, price, description, brand):
    match = demo_evaluated(title, category, price, description)[brand]
    assert not [s for s in _signals(match, Rule.cue) if "cover story" in s.detail]
    assert brand not in demo_alerts(title, category, price, description)


# the customs services' own sales and the other stories, said in the title in the market's language (stories.py)
@pytest.mark.parametrize("title, category, price, currency, brand, kind, said", [
    ("Rolex Submariner Date aus Zollversteigerung", "watches", 900, "EUR", "rolex", "customs seizure",
     "Zollversteigerung"),
    ("Dyson Airwrap multi-styler de subasta de aduanas", "hair care", 90, "EUR", "dyson", "customs seizure",
     "subasta de aduanas"),
    ("Canon EOS R6 body z licytacji celnej", "cameras", 1200, "PLN", "canon", "customs seizure", "licytacji celnej"),
    ("Samsung Galaxy S24 gümrük ihalesinden", "phones", 4000, "TRY", "samsung", "customs seizure",
     "gümrük ihalesinden"),
    ("Louis Vuitton Neverfull MM da asta doganale", "handbags", 150, "EUR", "louis-vuitton", "customs seizure",
     "asta doganale"),
    ("Nike Air Force 1 sneakers vámárverésről", "sneakers", 6000, "HUF", "nike", "customs seizure", "vámárverésről"),
    ("Bose QuietComfort headphones remate de aduana", "headphones", 30, "USD", "bose", "customs seizure",
     "remate de aduana"),
    ("Apple iPhone 15 Pro 海关拍卖 全新", "phones", 900, "CNY", "apple", "customs seizure", "海关拍卖"),
    ("Rolex Submariner Date من مزاد الجمارك", "watches", 1500, "AED", "rolex", "customs seizure", "مزاد الجمارك"),
    ("Canada Goose Expedition Parka – Mitarbeiterpreis", "parkas", 120, "EUR", "canada-goose", "staff sale",
     "Mitarbeiterpreis"),
    ("Dyson Airwrap multi-styler personel fiyatına", "hair care", 2000, "TRY", "dyson", "staff sale",
     "personel fiyatına"),
    ("Louis Vuitton Neverfull MM – nem kívánt ajándék", "handbags", 40000, "HUF", "louis-vuitton", "gift",
     "nem kívánt ajándék"),
])
def test_a_cover_story_in_the_markets_language_is_a_cue(title, category, price, currency, brand, kind, said):
    match = demo_alerts(title, category, price, "", currency)[brand]
    story = [s for s in _signals(match, Rule.cue) if "cover story" in s.detail]
    assert story and f"a cover story ({kind})" in story[0].detail and story[0].text == said


@pytest.mark.parametrize("title, category, price, currency, brand", [
    ("Rolex Submariner Date aus Zollversteigerung, mit Rechnung", "watches", 9800, "EUR", "rolex"),
    ("Samsung Galaxy S24 gümrük ihalesinden, faturalı", "phones", 42000, "TRY", "samsung"),
    ("Canon EOS R6 body z licytacji celnej, z fakturą", "cameras", 9500, "PLN", "canon"),
    ("Dyson Airwrap multi-styler – Mitarbeiterpreis", "hair care", 520, "EUR", "dyson"),
])
def test_the_same_story_at_a_retail_price_says_nothing(title, category, price, currency, brand):
    assert brand not in demo_alerts(title, category, price, "", currency)
    assert not [s for s in _signals(demo_evaluated(title, category, price, "", currency)[brand], Rule.cue)
                if "cover story" in s.detail]


# ------------------------------------------------------------------ far categories

@pytest.mark.parametrize("title, category, brand", [
    ("Bosch utensile elettrico 1:1", "books", "bosch"),
    ("Apple AirPods Pro hörlurar replika", "kitchen", "apple"),
    ("Shiseido קרם AAA", "books", "shiseido"),
    ("Toyota ricambio auto 1:1", "pet supplies", "toyota"),
    ("Panasonic لوازم خانگی AAA", "office supplies", "panasonic"),
    ("Rolex zegarek męski replika", "garden", "rolex"),
    ("Sony tai nghe 1:1", "home decor", "sony"),
    ("Nike 운동화 짝퉁", "books", "nike"),
])
def test_a_copy_filed_under_a_far_category_is_read_from_its_title(title, category, brand):
    assert brand in demo_alerts(title, category, 20)


@pytest.mark.parametrize("title, category", [
    ("Statua della dea Nike, replica da museo in resina", "home decor"),
    ("Estatua de la diosa Nike, réplica de museo", "home decor"),
    ("Caja de Pandora, réplica mitológica de madera", "home decor"),
    ("Calendario maya, réplica de piedra para pared", "home decor"),
])
def test_a_replica_of_an_everyday_thing_stays_quiet_in_other_languages(title, category):
    assert not demo_alerts(title, category, 35)


def test_arabic_spare_parts_is_no_negation():
    """قطع غيار ("spare parts") reads "qt ghyr" in the latin view, as غير ("not") does; it denies nothing."""
    assert "bmw" in demo_alerts("قطع غيار BMW M Performance копия", "office supplies", 12, currency="EUR")
    assert "nike" not in demo_alerts("حذاء غير Nike", "sneakers", 12, currency="EUR")
