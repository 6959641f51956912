"""A brand's Korean or Japanese name with a likeness hedge and the logo said to be on the goods (floor, 2026-12-03):
"소니풍 … 로고 각인", "コーチ調 … ロゴ入り". A style carries no logo of its own, so the claim is the brand's mark on a copy:
it corroborates the name as a cue that claims a copy would (scoring.strongly_corroborated, Evidence.style_logo), and a
registered name that is also a frequent word of its language (삼성, ソニー, コーチ) is kept before the hedge as a weak
candidate (detectors/transliteration.py, _STYLE_HEDGE). The same hedge with the logo refused (로고 없음, ロゴなし), or
with no brand's name before it (ヴィンテージ風), stays quiet. A goods' noun inside a registered katakana name (リップ,
"lip", inside フィリップス) no longer cuts the name apart. Fresh titles written for this test, on the demo registry."""

from __future__ import annotations

import pytest

from tests.unit.matcher.demo import demo_index, demo_listing


@pytest.fixture(scope="module")
def index():
    return demo_index()


def _alerts(index, title, category, price, currency="USD"):
    return {m.brand_id for m in index.match(demo_listing(title, category, price, currency=currency))}


@pytest.mark.parametrize("title, category, price, brand", [
    ("소니풍 무선 헤드폰 노이즈캔슬링 로고 각인", "headphones", 95, "sony"),
    ("삼성 스타일 보조배터리 충전기 로고 있음", "chargers", 12, "samsung"),
    ("코치st 미니 크로스백 로고 자수", "handbags", 70, "coach"),
    ("フィリップス調 電気シェーバー 回転式 ロゴ入り", "shavers", 30, "philips"),
    ("コーチ系 長財布 レザー ロゴ刻印", "wallets", 40, "coach"),
    ("アップル風 ワイヤレスイヤホン 充電ケース付き ロゴあり", "earbuds", 25, "apple"),
])
def test_a_hedged_name_with_the_logo_claimed_alerts(index, title, category, price, brand):
    assert _alerts(index, title, category, price) == {brand}


@pytest.mark.parametrize("title, category, price", [
    ("소니풍 무선 헤드폰 노이즈캔슬링 로고 없음", "headphones", 95),
    ("コーチ系 長財布 レザー ロゴなし", "wallets", 40),
    ("삼성 스타일 보조배터리 충전기 무로고", "chargers", 12),
    ("ヴィンテージ風 レザー ショルダーバッグ ロゴ入り", "handbags", 60),
    ("북유럽풍 원목 스피커 로고 각인", "headphones", 40),
    ("リップクリーム 無香料 3本セット", "lip care", 6),
])
def test_the_hedge_with_the_logo_refused_or_no_name_stays_quiet(index, title, category, price):
    assert _alerts(index, title, category, price) == set()


def test_a_goods_noun_inside_a_registered_katakana_name_does_not_cut_it():
    assert _alerts(demo_index(), "フィリップス 電動歯ブラシ ソニッケアー コピー品", "electric toothbrushes", 15) == {"philips"}
