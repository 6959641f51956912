"""Brands named by their Taiwan or Hong Kong market names (issue 9, hanzi): the registry's aliases with language zh-TW or
zh-HK that no OpenCC conversion of the mainland alias gives (耐吉 for Nike, 愛迪達 for adidas, 嬌生, 威而鋼 ...), the
Traditional forms of the copy words (原單, A貨, 頂級複刻), OpenCC's own Taiwan phrases (萊雅 for 欧莱雅), and the
everyday words those names are or sit in."""

from __future__ import annotations

import pytest

from schemas import Listing
from services.matcher.core.chinese import script_variants
from tests.eval.adversary import load_brands, taiwan
from tests.unit.matcher.demo import demo_index, demo_listing

NAMES = [(b, m) for b in load_brands() for m in taiwan.names(b)]


@pytest.fixture(scope="module")
def index():
    return demo_index()


def _alerts(index, listing: Listing) -> dict[str, set[str]]:
    return {m.brand_id: {s.rule.value for s in m.signals if s.weight > 0} for m in index.match(listing)}


def test_every_market_name_is_no_conversion_of_the_brands_other_aliases():
    for b, m in NAMES:
        others = {v for a in b.aliases if a.value != m.value for v in script_variants(a.value) | {a.value}}
        assert m.value not in others, (b.id, m.value)


@pytest.mark.parametrize(("brand", "name"), NAMES, ids=lambda v: getattr(v, "id", getattr(v, "value", v)))
def test_a_market_name_with_a_traditional_copy_word_alerts_its_brand(index, brand, name):
    cat = brand.categories[0]
    found = _alerts(index, demo_listing(f"{name.value} {taiwan._goods(cat)} 原單", cat, 30.0, currency="TWD"))
    assert set(found) == {brand.id} and {"alias", "cue"} <= found[brand.id], (name.value, found)


def test_opencc_taiwan_phrases_and_skincare_goods(index):
    found = _alerts(index, demo_listing("萊雅 保養品 A貨", "skincare", 30.0, currency="TWD"))  # 保養品: goods, no service
    assert set(found) == {"loreal"} and "cue" in found["loreal"], found


@pytest.mark.parametrize(("brand", "title", "category", "price"), [(b, t, c, p) for b, t, _, c, p, _ in taiwan.WORDS])
def test_the_everyday_words_those_names_are_stay_quiet(index, brand, title, category, price):
    assert _alerts(index, demo_listing(title, category, price, currency="TWD")) == {}
