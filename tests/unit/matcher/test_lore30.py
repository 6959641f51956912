"""lore30 (issue 9): the brand named by a note that its name is blocked here (detectors/blocked_names.py), by goods
made by its former staff "the same way" (context/trade.py `former_staff`), by a poem's riddle words
(detectors/riddles.py), and as a company annual-party prize (context/subject.py `_WON_PRIZE`); each with its honest
twin quiet. On the demo registry."""

from __future__ import annotations

import pytest

from services.matcher.core.context.trade import former_staff
from services.matcher.core.detectors.blocked_names import blocked_note, initials
from services.matcher.core.normalise import ListingText
from tests.unit.matcher.demo import demo_index, demo_listing


def alerts(title: str, category: str, price: float, currency: str = "USD", description: str = ""):
    return {m.brand_id: m for m in demo_index().match(demo_listing(title, category, price, description, currency=currency))}


@pytest.mark.parametrize("title, letters", [
    ("motor oil – brand name is blocked here, starts with S, the yellow scallop one", {"s"}),
    ("can't write the name, begins with R, the crown one", {"r"}),
    ("bag (app won't let me type the brand: C…, horse and carriage logo)", {"c"}),
    ("机油 品牌名被屏蔽 S字头 黄壳", {"s"}),
    ("皮带 首字母是G, 双G那个 名字不能写", {"g"}),
    ("ブランド名はNGワード Rで始まる 王冠の", {"r"}),
    ("no puedo escribir la marca, empieza con N, la del Haken", {"n"}),
])
def test_the_note_and_its_letter_are_read(title, letters):
    text = ListingText(title, "")
    assert blocked_note(text) is not None
    assert initials(text) == letters


@pytest.mark.parametrize("title, category, price, currency, brand", [
    ("5W-40 fully synthetic motor oil 4L – brand name is blocked here, starts with S, the yellow scallop one", "motor oil",
     11.6, "GBP", "shell"),
    ("manual-wind moon chronograph – brand name is blocked here, starts with O, the Ω one", "watches", 300, "USD", "omega"),
    ("steel watch – can't write the name, begins with R, the crown one", "watches", 100, "USD", "rolex"),
    ("皮带 首字母是G, 双G那个 名字不能写", "belts", 200, "CNY", "gucci"),
    ("Athletic shoes – ブランド名はNGワード Nで始まる 对勾の", "athletic shoes", 41, "USD", "nike"),
])
def test_a_blocked_name_hinted_at_alerts(title, category, price, currency, brand):
    found = alerts(title, category, price, currency)
    assert list(found) == [brand], found


@pytest.mark.parametrize("title, category, price", [
    ("children's book – brand name is blocked here, starts with S, the yellow scallop one", "books", 11),
    ("seashell craft kit, yellow scallop shells, starts with S", "crafts", 11),  # no note
    ("Fruit tea 20 bags – marca bloqueada aquí, empieza por N, Haken", "tea", 26),  # "bags" of tea: not the brand's
])
def test_the_note_far_from_the_goods_or_the_words_without_it_stay_quiet(title, category, price):
    assert alerts(title, category, price) == {}


@pytest.mark.parametrize("title", [
    "quilted bag – handmade by a former Gucci artisan (18 years at their atelier), same pattern",
    "GG belt, made by ex Gucci craftsman, same leather and hardware",
    "前LV工匠手工制作 老花手袋 同款",
    "bolso – artesano antiguo de Gucci, mismos materiales",
])
def test_former_staff_making_the_same_way_is_a_cue(title):
    assert former_staff(ListingText(title, "")) is not None


@pytest.mark.parametrize("title", [
    "Former Rolex watchmaker offers servicing and overhaul",
    "Sneakers from our own brand, founded by a former Nike designer",
    "Same pattern as last year, new colours",  # sameness without former staff
])
def test_former_staff_alone_or_sameness_alone_is_no_cue(title):
    assert former_staff(ListingText(title, "")) is None


def test_a_former_artisans_copy_alerts_and_his_service_stays_quiet():
    assert list(alerts("black ceramic dive watch 41mm – handmade by a former Rolex artisan (18 years at their atelier), "
                       "same pattern", "watches", 80)) == ["rolex"]
    assert alerts("Former Rolex watchmaker offers servicing and overhaul", "watches", 80) == {}


def test_a_poem_names_the_brand_by_its_riddle_words_and_a_poetry_book_stays_quiet():
    assert list(alerts("Haiku sale: a bitten fruit glows / white buds sing without the wires / clone, but who can tell",
                       "phones", 70, "GBP")) == ["apple"]
    assert alerts("Haiku print: a bitten fruit glows / white blossoms / spring rain", "posters", 20) == {}
    assert alerts("Poetry anthology 'Apples and Stars'", "phones", 19.8, "GBP") == {}


def test_an_annual_party_prize_is_goods_not_a_raffle_post():
    assert list(alerts("泰诺 paracetamol extra strength 100 caplets 公司年会抽奖奖品 全新未拆", "otc", 23.6, "CNY")) == [
        "johnson-johnson"]
