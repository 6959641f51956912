"""The words a market names a brand by (vocab, 2026-12-01): product lines, logo names, nicknames and abbreviations
registered as the brand's vocabulary (deploy/seed/registry.yaml `lines`, `logos`, `nicknames`, `abbreviations`).
Alone with what a copy says (the brand's category and a cue or a price far below the floor) they name the brand and
the alert says which word did; in their everyday sense, or with nothing that says copy, they stay quiet. Each class
with its innocent sibling, on the demo registry; answers read as a brand sees them.
"""

from __future__ import annotations

import pytest
import yaml

from brandsentry.registry import dump_registry, parse_registry
from schemas import MarkFingerprint
from tests.unit.matcher.demo import SEED, demo_index, demo_listing
from tests.eval.adversary.generate import registry_doc


def alerts(title: str, category: str, price: float, currency: str = "USD") -> dict[str, list[str]]:
    """brand id -> the details of its mark signals, for every brand that alerts."""
    return {m.brand_id: [s.detail for s in m.signals if s.weight > 0]
            for m in demo_index().match(demo_listing(title, category, price, currency=currency))}


@pytest.mark.parametrize("title, category, price, brand, named", [
    ("Swoosh logo running sneakers 1:1 top batch", "sneakers", 35, "nike", "the logo name 'swoosh'"),
    ("trefoil tracksuit top, super copy", "sportswear", 30, "adidas", "the logo name 'trefoil'"),
    ("Sub 1:1 clean factory 904L automatic", "watches", 300, "rolex", "the abbreviation 'Sub'"),
    ("绿水鬼 一比一 自动机械 手表", "watches", 800, "rolex", "the nickname '绿水鬼'"),
    ("海马300 复刻 顶级版本 手表", "watches", 900, "omega", "the nickname '海马300'"),
    ("大鹅 羽绒服 原单", "jackets", 500, "canada-goose", "the nickname '大鹅'"),
    ("W11 Pro retail key, instant delivery", "software licenses", 3, "microsoft", "the abbreviation 'W11"),
    ("ACAD 2025 full version license", "software licenses", 9, "autodesk", "the abbreviation 'ACAD'"),
    ("Pochette Métis shoulder bag mirror quality", "handbags", 60, "louis-vuitton", "the product line 'Pochette M"),
    ("Aqua Terra 41mm blue dial super clone", "watches", 250, "omega", "the product line 'Aqua Terra'"),
    ("Gazelle trainers green suede 1:1", "sneakers", 25, "adidas", "the product line 'Gazelle'"),
])
def test_a_brand_named_only_by_its_vocabulary_alerts_and_says_which_word(title, category, price, brand, named):
    found = alerts(title, category, price)
    assert list(found) == [brand]
    assert any(d.startswith(f"named by {named}") for d in found[brand]), found[brand]


@pytest.mark.parametrize("title, category, price", [
    ("Swoosh sound effect pack, 200 whooshes for video editing", "audio samples", 12),
    ("Crown molding 8 ft primed pine, pack of 4", "home improvement", 42),
    ("Italian sub sandwich platter for 10", "food", 65),
    ("Vintage postcard, PS: wish you were here", "collectibles", 8),
    ("海马 毛绒玩具 儿童 生日礼物", "toys", 39),
    ("铁锅炖大鹅 东北特产 真空包装", "food", 88),
    ("老花镜 200度 男女通用", "eyewear", 19),
    ("Trefoil Girl Scout cookies, 2 boxes", "snacks", 11),
    ("Pepsi Max 24 x 330ml cans", "soft drinks", 16),
    ("十二星座 项链 女 925银", "jewelry", 59),  # Omega's 星座 (Constellation) among another brand's goods
])
def test_the_same_words_in_their_everyday_sense_stay_quiet(title, category, price):
    assert alerts(title, category, price) == {}


@pytest.mark.parametrize("title, category, price", [
    ("Sub dial chronograph watch 42mm", "watches", 12000),  # the brand's category, a normal price, no cue
    ("Gazelle trainers green suede", "sneakers", 120),
    ("swoosh logo hoodie, black", "sportswear", 900, ),
])
def test_a_word_that_needs_corroboration_is_quiet_with_nothing_that_says_copy(title, category, price):
    assert alerts(title, category, price) == {}


def test_short_codes_are_read_as_written_not_inside_other_codes():
    # GBA (Nintendo) inside a SKU by a look-alike 9 for G, W11 (Windows) read as Wii: neither names Nintendo
    assert "nintendo" not in alerts("Acrobat Pro 12 months 65324059BA01A12 super clone", "software licenses", 5)
    assert "nintendo" not in alerts("W11 handheld console OLED mirror quality", "consoles", 3000)


def test_the_registry_file_round_trips_the_vocabulary_lists():
    registry = parse_registry(registry_doc(SEED))
    again = parse_registry(yaml.safe_load(dump_registry(registry, brand_ids={"rolex"})))
    kinds = {fp.value: fp.vocabulary for fp in again.fingerprints.values() if isinstance(fp, MarkFingerprint)}
    assert kinds["Rolex"] is None and kinds["GMT-Master II"] == "line" and kinds["crown"] == "logo"
    assert kinds["水鬼"] == "nickname" and kinds["Sub"] == "abbreviation"
    assert "水鬼" not in again.brands["rolex"].aliases  # a nickname is no alias of the brand


def test_another_brands_trade_word_in_a_copy_names_only_the_brand_it_copies():
    # Rolex's "Sub" and "DD" in an Omega copy: the listing names Omega by its marks, the trade words name nobody
    assert list(alerts("Omega Seamaster 300 1:1 clone, Sub style bezel, DD", "watches", 90)) == ["omega"]
