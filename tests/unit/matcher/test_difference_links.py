"""precision29 (issue 9) on the seed registry: 'pay the difference' links that name a brand's goods at a token price
alert in Chinese as in English (专用 heading its own noun, 链接 or 差价, is no 'for <brand>'), while the honest links
for postage stay quiet and 专用 still says what an accessory fits; crane-game prizes a brand really makes (Banpresto)
stay quiet at a prize price while a luxury 'claw machine prize version' alerts; a mark inside another brand's product
term (adidas' 'shell toe') names nobody else."""

from __future__ import annotations

import pytest

from services.matcher.core import MatcherIndex
from tests.unit.matcher.conftest import make_listing
from tests.unit.matcher.demo import demo_index


def _index() -> MatcherIndex:
    return demo_index()


def _brands(title: str, amount: float, currency: str, category: str, description: str = "", **extra) -> set[str]:
    listing = make_listing(title, description, price={"amount": amount, "currency": currency}, category=category, **extra)
    return {m.brand_id for m in _index().match(listing)}


@pytest.mark.parametrize("title,category,brand", [
    ("补差价专用链接 宝马 11428575211 差多少拍多少", "auto parts", "bmw"),
    ("补差价专用链接 博世 GSR 12V-15 差多少拍多少", "power tools", "bosch"),
    ("差价专用 耐克 Air Max 私聊确认款式", "sneakers", "nike"),
    ("补差价 耐克 Air Max 专用链接 按差价拍数量", "sneakers", "nike"),
    ("補差價專用連結 勞力士 126610LN 差多少拍多少", "watches", "rolex"),
    ("差額支払い専用リンク ロレックス 126610LN チャットで合意済み", "watches", "rolex"),
    ("Pay the difference link – Toyota front brake pads 04465-02220 (as agreed in chat)", "auto parts", "toyota"),
])
def test_difference_link_naming_goods_alerts(title, category, brand):
    assert brand in _brands(title, 1, "CNY", category)


@pytest.mark.parametrize("title", ["补邮费差价专用链接 偏远地区", "补差价 加急顺丰 专用", "Custom size surcharge link – tailoring",
                                   "Pay the difference – express shipping upgrade", "送料差額支払い専用ページ 離島・沖縄"])
def test_difference_link_for_postage_is_quiet(title):
    assert _brands(title, 1, "CNY", "services") == set()


@pytest.mark.parametrize("title", ["iPhone 15 专用 保护壳", "耐克 Air Max 专用 鞋带"])
def test_dedicated_still_says_what_an_accessory_fits(title):
    assert _brands(title, 20, "CNY", "phone cases") == set()


def test_banpresto_prize_won_at_a_crane_game_is_quiet_and_its_copy_alerts():
    title = "Banpresto prize figure One Piece Luffy – claw machine win, sealed"
    assert _brands(title, 22, "USD", "action figures", "official Bandai Spirits prize figure, UFO catcher") == set()
    assert "bandai" in _brands("Banpresto prize figure One Piece Luffy – replica 1:1", 3, "USD", "action figures")


def test_luxury_claw_machine_prize_version_alerts():
    assert "louis-vuitton" in _brands("Louis Vuitton Neverfull MM – claw machine prize version", 1980, "ZAR", "handbags",
                                      "won at arcade, not shop version")


def test_prize_in_katakana_is_no_prius():
    assert "toyota" not in _brands("Honda air filter element UFOキャッチャー景品 プライズ版", 5, "USD", "auto parts")


def test_shell_toe_is_adidas_not_shell():
    assert _brands("アディダス three-stripe shell-toe sneakers – 高仿 1:1", 300, "CNY", "sneakers") == {"adidas"}
