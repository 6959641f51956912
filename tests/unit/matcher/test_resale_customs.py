"""Genuine goods in the conventions of Chinese, Japanese and Korean resale (issue 9, ba35; outsider33's
in_counter_ba_moments33, in_mercari_rules_genuine33, in_reserved_genuine33 after they were seen): a counter's standing
(专柜BA, 专柜小票), proof of purchase in CJK (レシートあり, 鑑定済み, 正規店で購入, 附單據, 영수증 있음) beside a price near
the floor, a denied logo service (非代工) and a Korean condition grade (상태 A급) stay quiet; the copy trade's counter
QUALITY (专柜品质, 专柜级, 专柜同款), N級品, A급 레플 and a copy's price still alert. Titles written for this test."""

from __future__ import annotations

import pytest

from services.matcher.core.context.retail import retail_standing
from services.matcher.core.normalise import ListingText
from tests.unit.matcher.demo import demo_alerts


@pytest.mark.parametrize(("title", "description"), [
    ("专柜BA朋友圈 面霜 50ml", "本人专柜BA，附小票"),
    ("面霜 柜姐代购", "柜姐内购"),
    ("精华 50ml", "专柜购入，收据齐全"),
    ("Controller 正品", "專櫃購入，附單據。"),
    ("掃除機 正規品", "直営店で購入しました。"),
    ("バッグ 正規品 ※プロフ必読", "鑑定済みです。すり替え防止のため返品不可。"),
    ("バッグ 正規品", "レシートあり"),
    ("가방 정품", "백화점에서 구매했어요"),
    ("가방 정품 택포", "영수증 있음, 교환 환불 불가"),
])
def test_cjk_standing_is_read(title, description):
    assert retail_standing(ListingText(title, description)) is not None


@pytest.mark.parametrize(("title", "description"), [
    ("面霜 50ml 专柜品质", "专柜级，专柜同款"),
    ("面霜 无小票", "没有发票"),
    ("バッグ 正規品", "レシートなし、即購入OK"),
    ("가방 정품", "영수증 없음"),
    ("バッグ ※プロフ必読 即購入OK", "すり替え防止のため返品不可。ノークレームノーリターン。"),
])
def test_no_cjk_standing(title, description):
    assert retail_standing(ListingText(title, description)) is None


@pytest.mark.parametrize(("title", "category", "price", "currency", "description"), [
    # a counter BA's post at a genuine price, denying the copy words (非高仿，非代工)
    ("专柜BA Estée Lauder Double Wear 1W1 专柜小票可查", "makeup", 373.0, "CNY", "柜姐代购，专柜正品。非高仿，非代工。"),
    # a Korean condition grade beside the brand at a genuine price
    ("Louis Vuitton Neverfull MM 정품 택포", "handbags", 400000.0, "JPY", "번개페이 가능. 상태 A급. 네고 사절."),
])
def test_resale_customs_genuine_stay_quiet(title, category, price, currency, description):
    assert demo_alerts(title, category, price, description=description, currency=currency) == {}


@pytest.mark.parametrize(("title", "category", "price", "currency", "description", "brand"), [
    ("Estée Lauder Double Wear 1W1 专柜品质 1:1", "makeup", 373.0, "CNY", "专柜小票，柜姐代购。", "estee-lauder"),
    ("Estée Lauder Double Wear 1W1 专柜同款", "makeup", 40.0, "CNY", "附专柜小票。", "estee-lauder"),
    ("Estée Lauder Double Wear 1W1 专柜级", "makeup", 373.0, "CNY", "附专柜小票，柜姐代购。", "estee-lauder"),
    ("雅诗兰黛 Double Wear 1W1 專櫃同款", "makeup", 373.0, "CNY", "附小票。", "estee-lauder"),
    ("Estée Lauder Double Wear 1W1 OEM代工", "makeup", 373.0, "CNY", "工厂代工，可加logo。", "estee-lauder"),
    ("【即購入OK】Nintendo Switch N品", "consoles", 29400.0, "JPY", "プロフ必読。レシートあり。", "nintendo"),
    ("emi様専用 Dyson V15 Detect スーパーコピー", "vacuum cleaners", 61700.0, "JPY", "レシートあり。", "dyson"),
    ("Louis Vuitton Neverfull MM A급 레플", "handbags", 400000.0, "JPY", "상태 A급. 영수증 있음.", "louis-vuitton"),
    ("Louis Vuitton Neverfull MM 정품", "handbags", 20000.0, "JPY", "영수증 있음. 상태 S급.", "louis-vuitton"),
])
def test_resale_customs_copies_alert(title, category, price, currency, description, brand):
    assert set(demo_alerts(title, category, price, description=description, currency=currency)) == {brand}
