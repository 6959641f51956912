"""The brand named by its home town (issue 9, naming; outsider16's `c_hometown_epithet`): the registry's `hometowns` are
the towns a brand is from (headquarters or founding place, in the market's scripts and adjectives), so a town names the
brand only among the brand's goods beside a cue that claims a copy (`vocabulary.COPY_CUE_KINDS`); a flat, a guide book, a
football club, a cheap "Geneva" watch and the goods at a shop's price stay quiet. Titles written for this test."""

from __future__ import annotations

import re

import pytest

from tests.unit.matcher.demo import SEED, demo_alerts


@pytest.mark.parametrize(("title", "brand", "category", "price", "currency", "town"), [
    ("Beaverton runners white low - top replica", "nike", "sneakers", 35.0, "USD", "Beaverton"),
    ("Auriculares de Cupertino réplica AAA", "apple", "earbuds", 20.0, "EUR", "Cupertino"),
    ("Malmesbury airwrap-style styler, super copy", "dyson", "hair care", 40.0, "GBP", "Malmesbury"),
    ("Billund bricks Star Destroyer set - fake, 3000 pcs", "lego", "building sets", 60.0, "USD", "Billund"),
    ("El Segundo fashion doll with pink car, knockoff", "mattel", "dolls", 9.0, "USD", "El Segundo"),
    ("京都の携帯ゲーム機 コピー品 新品", "nintendo", "consoles", 5000.0, "JPY", "京都"),
    ("수원 스마트폰 울트라 짝퉁 256GB", "samsung", "phones", 150000.0, "KRW", "수원"),
    ("Genfer Taucheruhr grüne Lünette - Replik", "rolex", "watches", 60.0, "EUR", "Genfer"),
    ("Bieler Chronograph Mondlandung - Kopie", "omega", "watches", 80.0, "EUR", "Bieler"),
    ("門真のシェーバー コピー品", "panasonic", "shavers", 1500.0, "JPY", "門真"),
    ("Wattens crystal swan necklace - replica", "swarovski", "jewelry", 12.0, "EUR", "Wattens"),
    ("the Billund brand's bricks, castle set, fake", "lego", "building sets", 30.0, "USD", "Billund"),
])
def test_a_home_town_with_a_copy_cue_alerts_and_the_evidence_names_the_town(title, brand, category, price, currency, town):
    found = demo_alerts(title, category, price, currency=currency)
    assert set(found) == {brand}, found
    said = [s.detail or "" for s in found[brand].signals if s.weight > 0]
    assert any(f"named by the home town '{town}'" in d for d in said), said


@pytest.mark.parametrize(("title", "category", "price", "currency"), [
    ("Cupertino, California: 2-bed apartment near the park", "real estate", 3200.0, "USD"),
    ("Malmesbury Abbey postcard, vintage 1960s", "collectibles", 4.0, "GBP"),
    ("京都 旅行ガイドブック 2024年版", "books", 1200.0, "JPY"),
    ("Beaverton High School hoodie, size M", "sportswear", 15.0, "USD"),
    ("Geneva women's quartz watch rose gold, new", "watches", 12.0, "USD"),  # a brand of its own, cheap: no copy cue
    ("Bayer Leverkusen home shirt 24/25 replica", "soccer", 30.0, "EUR"),
    ("PSV Eindhoven retro jersey, replica", "soccer", 25.0, "EUR"),
    ("Kyoto Animation art book, Violet Evergarden", "books", 30.0, "USD"),
    ("Redmond Real Salt, 2 lb pouch", "spices", 10.0, "USD"),
    ("Cupertino earbuds, sealed box, receipt", "earbuds", 199.0, "USD"),  # the goods at a shop's price, no cue
    ("Kyoto console stand, bamboo, cheap", "consoles", 5.0, "USD"),  # a price alone is no copy claim
])
def test_home_towns_as_places_stay_quiet(title, category, price, currency):
    assert demo_alerts(title, category, price, currency=currency) == {}


def test_every_hometowns_list_in_the_demo_registry_has_its_source_beside_it():
    lines = SEED.read_text(encoding="utf-8").splitlines()
    declared = [k for k, line in enumerate(lines) if line.strip().startswith("hometowns:")]
    assert len(declared) >= 20
    for k in declared:
        assert lines[k - 1].strip().startswith("# hometowns") and re.search(r"\(.*\)", lines[k - 1]), lines[k]
