"""The six adversary classes at the floor's edge (edge57, issue 9): what the user sees. "Never used" in the markets'
languages is no used goods (condition._NEGATED); a code's exact reading of a word outweighs another brand's look-alike
reading of it (stronger.inside_decoded) and the Korean second-hand market's words are no marks by sound
(transliteration.GOODS); a line written plainly sets the floor, not a dearer line one edit from it (index._line_floor);
one house's item of a bundle of several is judged by the floor of the goods it names (retail.set_item).
Listings written for this file, not taken from a held-out set."""

from __future__ import annotations

import pytest

from tests.unit.matcher.demo import demo_alerts, demo_evaluated


@pytest.mark.parametrize("tail", ["incluso nel bundle, mai usato", "issu d'un coffret, jamais utilisé",
                                  "del pack, nunca usado"])
def test_never_used_is_no_used_condition_that_explains_a_copys_price(tail):
    found = demo_alerts(f"Louis Vuitton zip around wallet {tail}", "wallets", 120.0)
    assert set(found) == {"louis-vuitton"}, found
    assert not any(s.rule == "condition" for s in found["louis-vuitton"].signals)


def test_used_goods_said_plainly_still_explain_the_price():
    found = demo_evaluated("Louis Vuitton zip around wallet, usato", "wallets", 120.0)
    assert "louis-vuitton" not in demo_alerts("Louis Vuitton zip around wallet, usato", "wallets", 120.0)
    assert any(s.rule == "condition" and s.weight < 0 for s in found["louis-vuitton"].signals)


def test_a_reversed_name_alerts_its_brand_only_not_a_look_alike_of_its_characters():
    found = demo_alerts("能达 酸奶 倒轉讀 顶级复刻", "dairy", 0.5, "倒轉讀")
    assert set(found) == {"danone"}, found
    decoded = next(s for s in found["danone"].signals if s.rule == "decoded")
    assert "达能" in decoded.detail
    assert set(demo_alerts("恩能 婴儿奶粉 800g 倒过来读 1比1", "infant formula", 15.0)) == {"nestle"}


@pytest.mark.parametrize("title, category, brand", [
    ("에띠르까 급처 거꾸로 읽으세요 미러급", "jewelry", "cartier"),
    ("스구다나캐 급처 레플", "accessories", "canada-goose"),
])
def test_the_korean_markets_words_beside_a_reversed_name_are_no_second_brand(title, category, brand):
    assert set(demo_alerts(title, category, 60.0)) == {brand}


def test_a_line_written_plainly_sets_the_floor_not_a_dearer_line_one_edit_away():
    title = "Nintendo NES Classic video game cartridge"
    assert "nintendo" not in demo_alerts(title, "video games", 38.0, "Ships in 1-2 days.")
    price = next(s for s in demo_evaluated(title, "video games", 38.0)["nintendo"].signals if s.rule == "price")
    assert "('NES Classic')" in price.detail, price.detail
    assert "nintendo" in demo_alerts(f"{title} replica", "video games", 8.0)


def test_a_cameras_kit_beside_a_copy_word_is_no_clubs_fan_kit_and_a_graded_replica_no_miniature():
    found = demo_alerts("'76 35mm slr – digital camera 24MP kit réplica", "cameras", 290.0)
    assert set(found) == {"canon"}, found
    assert any(s.rule == "cue" and s.weight > 0 and s.text == "réplica" for s in found["canon"].signals)
    assert set(demo_alerts("'68 die cast car – fashion doll with accessories replica topkwaliteit", "dolls", 6.0)) == {
        "mattel"}
    # a club's kit named as such keeps the fan version's sense
    assert "adidas" not in demo_alerts("Adidas Arsenal home kit 2024 replica", "football shirts", 80.0)


@pytest.mark.parametrize("title, category, price, description", [
    ("Комплект: Coach Tabby Shoulder Bag leather wallet bifold sealed + gucci leather belt men 3.5cm new + Michael Kors "
     "JET SET tote bag large (1)", "handbags", 838.0, "Всё оригинал, чеки есть, продаю вместе."),
    ('Bundle: Honda CR-V front brake pads set new + Toyota corolla oil filter new + MICHELIN wiper blades pair 24" boxed',
     "Automotive > Wiper Blades", 22.8, "All genuine, bought in the stores, receipts in the photos."),
])
def test_a_bundle_of_several_houses_judges_each_by_its_own_item_not_the_category_of_another(title, category, price,
                                                                                            description):
    assert demo_alerts(title, category, price, description) == {}


def test_a_bundle_of_several_houses_with_copy_talk_still_alerts():
    found = demo_alerts("Bundle: Honda CR-V front brake pads set + Toyota corolla oil filter + MICHELIN wiper blades – "
                        "AAA quality copy", "Automotive > Wiper Blades", 2.5)
    assert "michelin" in found, found


def test_the_gucci_item_of_a_bundle_is_judged_by_the_floor_of_belts():
    found = demo_evaluated("Bundle: Coach Tabby Shoulder Bag + gucci leather belt men 3.5cm new + Michael Kors JET SET "
                           "tote bag large", "handbags", 838.0)
    price = next(s for s in found["gucci"].signals if s.rule == "price")
    assert "of the category floor" in price.detail and price.ratio > 1.0, price.detail


def test_an_oem_office_suite_compared_with_microsoft_is_no_microsoft_office():
    found = demo_evaluated("OEM office suite licence for your own brand - factory with export experience",
                           "software licenses", 54.7,
                           "ODM office suite licence, your brand, your label. Comparable build quality to market leaders "
                           "such as Microsoft, but our own design and no third-party logos. US$54.70/pc, MOQ 500.")
    assert found["microsoft"].score < found["microsoft"].threshold
    assert any(s.rule == "everyday_word" and "office suite" in s.detail for s in found["microsoft"].signals)


@pytest.mark.parametrize("title", ["Office 2021 Professional Plus key lifetime", "MS Office suite lifetime key 1:1 copy",
                                   "ms office suite lifetime key copy", "Microsoft office suite licence key, replica"])
def test_office_copies_still_alert(title):
    assert "microsoft" in demo_alerts(title, "software licenses", 4.0)
