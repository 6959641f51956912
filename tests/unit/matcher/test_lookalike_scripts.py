"""A name in a CJK script written with look-alike characters of other scripts (issue 9, lookalike): Japanese gal letters
(ギャル文字: 口レッ勹ス for ロレックス) and Chinese aliases written with the katakana drawn like their characters (劳カ士):
what a user sees on the alert, and the ordinary Japanese and Chinese that must stay quiet. The listings are this
file's own, of kinds outsider17's c_gyaru_moji_kana17 did not use (pairs of characters, symbols, radicals, quotation
and degree marks, half-width kana, names glued to the goods or in the description, Chinese)."""

from __future__ import annotations

import pytest

from schemas import Rule
from services.matcher.core.lookalike_kana import han_readings, readings
from tests.unit.matcher.demo import demo_alerts



@pytest.mark.parametrize("text, read", [
    ("口レッ勹ス", "ロレックス"),
    ("ﾉﾚ亻ヴィ卜ン", "ルイヴィトン"),  # a pair of half-width kana for ル
    ("ﾉ\\゜ナソニッ勹", "パナソニック"),  # ﾉ\ for ハ, the semi-voiced mark written apart
    ('カ"ンダム', "ガンダム"),  # a quotation mark for the voiced mark
    ("ス〃ワ口フスキ一", "ズワロフスキー"),
    ("├ヨ夕", "トヨタ"),
    ("⼒ナダグース", "カナダグース"),  # a Kangxi radical
])
def test_gal_letters_read_back_to_katakana(text, read):
    assert read in [r[0] for _, _, found in readings(text) for r in found]


def test_katakana_beside_kanji_in_ordinary_japanese_is_no_run():
    assert readings("ロレックス 腕時計 自動巻き") == []  # nothing drawn with a look-alike
    assert han_readings("ロレックス腕時計") == []  # a katakana word, not letters drawn like ideographs


@pytest.mark.parametrize("title, category, price, brand", [
    ("├ヨ夕 純正 ホイールキャップ 新品", "auto parts", 400, "toyota"),  # ├ for ト
    ("ヨ礻ックス バドミントンラケット N級品", "badminton rackets", 4000, "yonex"),  # 礻 for ネ
    ("⊃カ⊐一ラ グラス 新品 コピー品", "merchandise", 900, "coca-cola"),  # ⊃ ⊐ for コ
    ("ﾉ\\゜ナソニッ勹 シェーバー 新品", "shavers", 1500, "panasonic"),
    ("カルティ工 ブレスレット スーパーコピー", "jewelry", 30000, "cartier"),  # only the last kana drawn
    ("スワ口フスキ一ネックレス 新品", "jewelry", 1200, "swarovski"),  # glued to the goods' noun
    ("ブレスレット 新品", "jewelry", 1300, "pandora"),  # in the description only (below)
])
def test_a_katakana_name_in_gal_letters_alerts_its_brand(title, category, price, brand):
    description = "ハ°ン卜゛ラ のチャーム付き" if brand == "pandora" else ""
    alerts = demo_alerts(title, category, price, currency="JPY", description=description)
    assert brand in alerts, (title, alerts)
    signals = [s for s in alerts[brand].signals if s.rule is Rule.confusable and s.weight > 0 and "gal letters" in s.detail]
    assert signals, alerts[brand].signals
    assert "read as" in signals[0].detail


def test_a_gal_letter_name_is_a_disguise_a_fair_price_does_not_lower():
    alerts = demo_alerts("口レッ勹ス サブマリーナー 腕時計", "watches", 2_000_000, currency="JPY")
    assert "rolex" in alerts
    fair = [s for s in alerts["rolex"].signals if s.rule is Rule.fair_price]
    assert not fair or fair[0].weight == 0 and "disguised" in fair[0].detail


@pytest.mark.parametrize("title, category, price, brand", [
    ("劳カ士 手表 高仿", "watches", 900, "rolex"),  # カ for 力
    ("可ロ可乐 330ml 24罐", "soft drinks", 20, "coca-cola"),  # ロ for 口
    ("カロ拿大鹅 羽绒服 一比一", "parkas", 600, "canada-goose"),  # 加 as its components 力口, written カロ
    ("潘タタ拉 手链 高仿", "jewelry", 80, "pandora"),  # 多 as 夕夕, written タタ
])
def test_a_chinese_alias_written_with_kana_alerts_its_brand(title, category, price, brand):
    alerts = demo_alerts(title, category, price, currency="CNY")
    assert brand in alerts, (title, alerts)
    signals = [s for s in alerts[brand].signals if s.rule is Rule.confusable and "katakana letters drawn like" in s.detail]
    assert signals and signals[0].weight > 0


@pytest.mark.parametrize("title, category, price", [
    ("ハ長調 オルゴール 正規品", "jewelry", 12000),  # a musical key: ハ beside 長
    ("ト音記号 チャーム 国内正規品", "jewelry", 15000),
    ("腕時計 口コミ多数 工場直送 正規品", "watches", 1_500_000),  # kanji drawn like kana beside katakana
    ("バッグ 三ツ星 一ヶ月保証 正規品", "handbags", 300_000),
    ("イヤホン 勹ッキー 夕オル 正規品", "headphones", 40_000),  # ordinary words in gal letters
])
def test_ordinary_japanese_beside_look_alikes_stays_quiet(title, category, price):
    assert demo_alerts(title, category, price, currency="JPY") == {}


@pytest.mark.parametrize("text, read", [
    ("己ㅗ己己ㅔㄱ人一", "롤렉스"),  # 己 ㄹ, 人 ㅅ, 一 ㅡ
    ("oㅗㅁㅔㄱ卜", "오메가"),  # an ASCII o for ㅇ before a letter
    ("人ㅞ己", "쉘"),
])
def test_hangul_letters_apart_with_look_alikes_compose_back(text, read):
    from services.matcher.core.lookalike_kana import jamo_readings

    assert [r for _, _, r in jamo_readings(text)] == [read]


def test_yamin_jeongeum_is_read_back():
    from services.matcher.core.lookalike_kana import yamin_swapped

    assert "루이비통" in yamin_swapped("루이네통") and "까르띠에" in yamin_swapped("까르며에")
    assert "logo" not in str(yamin_swapped("로고"))  # no syllable of the pairs: nothing


@pytest.mark.parametrize("title, category, price, brand", [
    ("己ㅗ己己ㅔㄱ人一 시계 레플리카", "watches", 300_000, "rolex"),
    ("루이네통 가방 미러급", "handbags", 300_000, "louis-vuitton"),  # 네 for 비 (야민정음)
    ("까르며에 팔찌 짝퉁", "jewelry", 100_000, "cartier"),  # 며 for 띠
])
def test_a_hangul_name_in_look_alikes_alerts_its_brand(title, category, price, brand):
    alerts = demo_alerts(title, category, price, currency="KRW")
    assert brand in alerts, (title, alerts)
    assert any(s.rule is Rule.confusable and "Hangul name" in s.detail and s.weight > 0 for s in alerts[brand].signals)


@pytest.mark.parametrize("title, category", [
    ("가방 댕댕이 커엽다 백화점 정품", "handbags"),  # the Korean internet's own 야민정음 words
    ("시계 띵작 국내 정품", "watches"),
    ("가방 人ㅓ乚口ㅜ己 정품", "handbags"),  # 선물 ("gift") written apart
])
def test_ordinary_korean_in_look_alikes_stays_quiet(title, category):
    assert demo_alerts(title, category, 3_000_000, currency="KRW") == {}
