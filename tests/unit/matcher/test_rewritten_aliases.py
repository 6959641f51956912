"""A Chinese alias rewritten character by character (issue 9, cjk): some characters typed as their pinyin (劳Li士, rule
pinyin: detectors/half_pinyin.py) or one drawn like another (劳力土, rule confusable: detectors/shape_alikes.py), what
a user sees on the alert, and the ordinary Chinese that must stay quiet."""

from __future__ import annotations

import random
import time

import pytest

from schemas import Listing, Rule
from services.matcher.core.detectors.half_pinyin import spellings
from services.matcher.core.detectors.shape_alikes import look_alike
from tests.eval.adversary import load_brands, rewritten
from tests.unit.matcher.demo import demo_index, demo_listing

BRANDS = load_brands()
HALF = [(b, m.value) for b in BRANDS for m in rewritten._aliases(b)[:1] if not m.everyday]


@pytest.fixture(scope="module")
def index():
    return demo_index()


def _listing(title: str, category: str, price: float = 300.0, description: str = "") -> Listing:
    listing = demo_listing(title, category, price, currency="CNY")
    return listing.model_copy(update={"description": description}) if description else listing


def _signals(index, listing: Listing, rule: Rule) -> dict[str, list]:
    return {m.brand_id: [s for s in m.signals if s.rule is rule] for m in index.match(listing)}


@pytest.mark.parametrize(("brand", "alias"), HALF, ids=lambda v: getattr(v, "id", v))
def test_an_alias_with_one_character_as_its_pinyin_alerts_its_brand_in_its_category(index, brand, alias):
    written, count = rewritten.half_pinyin(alias, random.Random(f"unit:{alias}"))
    while count != 1:
        written, count = rewritten.half_pinyin(alias, random.Random(f"unit:{alias}:{written}"))
    found = _signals(index, _listing(f"{written} 新款 现货", brand.categories[0]), Rule.pinyin)
    assert brand.id in found and found[brand.id], (written, found)
    assert any("written as their pinyin" in s.detail for s in found[brand.id])


def test_the_outsiders_half_pinyin_titles_are_read(index):
    for title, category, brand in [("劳Li士 黑盘 潜水 自动机械表", "watches", "rolex"), ("雅诗lan黛 修护精华 50ml", "skincare", "estee-lauder"),
                                   ("佳neng 全画幅微单相机 机身", "cameras", "canon"), ("壳pai 全合成机油 5W-40 4L", "motor oil", "shell"),
                                   ("劳LÌ士 潜水表", "watches", "rolex"), ("lǚ牌 钱包 复刻", "wallets", "louis-vuitton")]:
        found = _signals(index, _listing(title, category, 200.0), Rule.pinyin)
        assert brand in found, (title, found)


def test_spellings_keep_a_character_and_write_one():
    assert spellings("耐克", ["nai", "ke"]) == {"耐ke": 1, "nai克": 1}
    assert len(spellings("劳力士", ["lao", "li", "shi"])) == 6


def test_half_pinyin_of_other_words_and_far_from_the_goods_stays_quiet(index):
    assert index.match(_listing("戴mao 吹风机 新款", "hair care", 3000.0)) == []  # 戴帽 typed half: not dai sen
    assert index.match(_listing("耐ke 茶叶 礼盒", "tea", 50.0)) == []  # far from Nike's goods
    assert index.match(_listing("耐keep 运动鞋 正品", "sneakers", 900.0)) == []  # a Latin word is not cut


@pytest.mark.parametrize(("a", "b"), [("士", "土"), ("能", "熊"), ("下", "卞"), ("堂", "棠"), ("驰", "弛"), ("茄", "茹"),
                                      ("浦", "蒲"), ("代", "伐"), ("高", "膏"), ("堂", "党")])
def test_characters_drawn_alike(a, b):
    assert look_alike(a, b) and look_alike(b, a)


def test_characters_not_drawn_alike():
    assert not look_alike("佳", "性") and not look_alike("马", "馬")  # 馬: the other script, wide_aliases.py's
    assert not look_alike("能", "功")


def test_the_outsiders_look_alike_titles_are_read(index):
    for title, category, brand, term in [("劳力土 黑盘 潜水机械表", "watches", "rolex", "劳力士"),
                                         ("佳熊 全画幅 微单 机身", "cameras", "canon", "佳能"),
                                         ("松卞 往复式剃须刀 5刀头", "shavers", "panasonic", "松下"),
                                         ("资生党 精华 50ml", "skincare", "shiseido", "资生堂"),
                                         ("欧米茹 蓝盘 潜水表", "watches", "omega", "欧米茄")]:
        found = _signals(index, _listing(title, category, 3000.0), Rule.confusable)
        assert brand in found and found[brand][0].term == term, (title, found)
        assert "drawn like" in found[brand][0].detail


def test_look_alikes_that_are_words_far_from_the_goods_or_another_alias_heard_stay_quiet(index):
    assert index.match(_listing("松子 坚果 500g", "shavers", 300.0)) == []  # 松子 pine nuts: a word
    assert index.match(_listing("劳力土 茶叶 礼盒", "tea", 50.0)) == []  # far from Rolex's goods
    found = {m.brand_id for m in index.match(_listing("扣驰 女士手提包 新款", "handbags", 100.0))}
    assert "gucci" not in found  # 扣驰 is Coach's 蔻驰 by sound, not Gucci's 古驰 drawn otherwise


def test_a_chinese_listing_costs_little(index):
    listings = [_listing(f"全新 {i} 号 手提包 女士 斜挎 真皮 大容量 通勤 百搭 新款", "handbags", 300.0 + i) for i in range(200)]
    started = time.perf_counter()
    for listing in listings:
        index.match(listing)
    assert (time.perf_counter() - started) / len(listings) < 0.02


def test_a_style_hedge_glued_to_the_name_with_its_logo_is_a_copy(index):
    for title, category, price, currency, brand in [
            ("구찌st 더블G 로고 벨트", "belts", 497999.0, "KRW", "gucci"),
            ("까르띠에st 러브팔찌 로고 각인", "jewelry", 1000000.0, "KRW", "cartier"),
            ("버버리풍 체크 머플러 로고 자수", "scarves", 600000.0, "KRW", "burberry"),
            ("カルティエ風 ラブブレス ロゴ刻印", "jewelry", 110000.0, "JPY", "cartier"),
            ("卡地亚款 钉子手镯 刻logo", "jewelry", 4900.0, "CNY", "cartier")]:
        listing = demo_listing(title, category, price, currency=currency)
        found = {m.brand_id: m for m in index.match(listing)}
        assert brand in found, title
        assert any(s.rule is Rule.accessory and "claim of identity" in s.detail for s in found[brand].signals), title


def test_a_style_hedge_without_the_logo_or_a_series_stays_a_likeness(index):
    for title, category, price, currency in [("구찌st 벨트 새상품", "belts", 497999.0, "KRW"),
                                             ("カルティエ風 ブレスレット ロゴなし", "jewelry", 110000.0, "JPY"),
                                             ("卡地亚款 手镯 无logo", "jewelry", 4900.0, "CNY")]:
        assert index.match(demo_listing(title, category, price, currency=currency)) == [], title
    # 系列 is "series", 款式 "style of goods": no hedge (a fair price keeps the plain name quiet)
    assert index.match(demo_listing("劳力士系列 手表 专柜", "watches", 60000.0, currency="CNY")) == []
