"""A Chinese alias written as its characters' components side by side (拆字, rule components; issue 9, hanzi): what a
user sees on the alert, for every demo brand whose alias the adversary's own table (tests/eval/adversary/chaizi.py,
written by hand, not from the detector's dictionary) can split, and the ordinary Chinese that must stay quiet."""

from __future__ import annotations

import pytest

from schemas import Listing, Rule
from services.matcher.core.chinese import whole_variants as chinese_forms
from services.matcher.core.detectors.components import splits
from tests.eval.adversary import chaizi, load_brands
from tests.unit.matcher.demo import demo_index, demo_listing

BRANDS = load_brands()
SPLIT = [(b, m.value, chaizi.spellings(m.value)[0]) for b in BRANDS for m in chaizi._aliases(b)[:1]
         if chaizi.spellings(m.value) and not m.everyday]


@pytest.fixture(scope="module")
def index():
    return demo_index()


def _listing(title: str, category: str, price: float = 300.0) -> Listing:
    return demo_listing(title, category, price, currency="CNY")


def _components(index, listing: Listing) -> dict[str, list]:
    return {m.brand_id: [s for s in m.signals if s.rule is Rule.components and s.weight > 0] for m in index.match(listing)}


@pytest.mark.parametrize(("brand", "alias", "written"), SPLIT, ids=lambda v: getattr(v, "id", v))
def test_an_alias_written_as_components_alerts_its_brand_in_its_category(index, brand, alias, written):
    found = _components(index, _listing(f"{written} 新款 现货", brand.categories[0]))
    assert set(found) == {brand.id}, (written, found)
    signal = found[brand.id][0]  # 阝可迪达斯 may be named by its head 阝可迪 (阿迪, an alias too)
    forms = {f for m in brand.cjk for f in chinese_forms(m.value)}
    assert signal.text in written and signal.term in forms and signal.text != signal.term, (written, signal)
    assert "components" in signal.detail and "拆字" in signal.detail


def test_the_outsiders_spellings_are_read_back(index):
    for title, category, brand, term in [("古马也 手提包 高版本", "handbags", "gucci", "古驰"),
                                         ("马户牌 手提包 一比一", "handbags", "louis-vuitton", "驴牌"),
                                         ("而寸克 运动鞋 顶级", "sneakers", "nike", "耐克"),
                                         ("阝可辶由 运动鞋 原单", "sneakers", "adidas", "阿迪"),
                                         ("戴木木木 吹风机 一比一", "hair care", "dyson", "戴森"),
                                         ("古馬也 手提包", "handbags", "gucci", "古驰")]:  # Traditional: 馳 = 馬也
        found = _components(index, _listing(title, category))
        assert brand in found and found[brand][0].term == term, (title, found)


def test_components_far_from_the_brands_goods_or_inside_ordinary_words_stay_quiet(index):
    # the spelling on goods the brand does not sell: the characters may be what they say
    assert _components(index, _listing("而寸克 茶叶 礼盒", "tea")) == {}
    # 三日 "three days" + 生效 "takes effect" holds 三日生 (三星 with 星 as 日生): ordinary Chinese
    assert index.match(_listing("三日生效 手机壳 全新", "phones", 3000.0)) == []
    assert index.match(_listing("雄伟可可 处方药 片剂", "prescription drugs", 600.0)) == []


def test_the_dictionary_splits_in_reading_order_and_one_level_deeper_or_shallower():
    assert "日生" in splits("星")  # the data writes 生日; a writer puts the top first
    assert "士冖几" in splits("壳")  # 壳 = 士冗, 冗 = 冖几
    assert "戌女" in splits("威")  # 威 = 戊一女, 戊一 = 戌
    assert "光军" in splits("辉") and "小隹" in splits("雀")  # 說文解字's analyses the data lacks
