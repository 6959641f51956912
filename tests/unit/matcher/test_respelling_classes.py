"""One-letter respellings inside Hangul and katakana, and alternating case (issue 9, respell): what a user sees.

The brand's name as Korean and Japanese write it (the registry's `local_names`) respelt by a letter its readers take as
the same or one letter changed alerts in the brand's category, as a Latin misspelling does (rule fuzzy, the evidence
naming the name respelt); real words of those languages one letter away stay quiet without a cue. A mark in alternating
case ("pAnAsOnIc") is a disguise: the fair price and the accessory frame do not lower it."""

from __future__ import annotations

import pytest

from schemas import Rule
from services.matcher.core.detectors.script_respellings import fold_hangul, fold_kana
from services.matcher.core.normalise import alternating_case
from tests.unit.matcher.demo import demo_alerts


def _respelt(match, brand_word: str) -> str:
    signal = next(s for s in match.signals if s.rule is Rule.fuzzy and s.weight > 0)
    assert signal.text == brand_word
    return signal.detail


@pytest.mark.parametrize("title, category, price, currency, brand, written, name", [
    ("グツチ バッグ 未使用", "handbags", 68000, "JPY", "gucci", "グツチ", "グッチ"),  # small ッ written large
    ("ロレツクス 腕時計 自動巻き", "watches", 900000, "JPY", "rolex", "ロレツクス", "ロレックス"),
    ("ルイウ゛イトン バッグ", "handbags", 120000, "JPY", "louis-vuitton", "ルイウ゛イトン", "ルイ・ヴィトン"),
    ("꾸찌 가방 새상품", "handbags", 900000, "KRW", "gucci", "꾸찌", "구찌"),  # tense ㄲ for lax ㄱ
    ("나이끼 운동화", "sneakers", 90000, "KRW", "nike", "나이끼", "나이키"),  # tense ㄲ for aspirated ㅋ
    ("노스패이스 패딩 최상급", "jackets", 200000, "KRW", "the-north-face", "노스패이스", "노스페이스"),  # ㅐ for ㅔ
])
def test_a_name_respelt_in_its_script_alerts_in_the_brands_category(title, category, price, currency, brand, written,
                                                                    name):
    alerts = demo_alerts(title, category, price, currency=currency)
    assert set(alerts) == {brand}
    detail = _respelt(alerts[brand], written)
    assert f"is '{name}'" in detail and "respelt" in detail
    assert "market's orthography" not in detail  # a respelling is a disguise, not how the market writes the name


def test_a_kanji_drawn_for_a_kana_is_read_as_the_look_alike_it_is():
    # kanji 一 for the long-vowel mark ー: a gal letter (detectors/lookalike_scripts.py) before a respelling
    alerts = demo_alerts("スワロフスキ一 ネックレス", "jewelry", 9000, currency="JPY")
    assert set(alerts) == {"swarovski"}
    signal = next(s for s in alerts["swarovski"].signals if s.weight > 0 and s.rule is Rule.confusable)
    assert signal.text == "スワロフスキ一" and "'スワロフスキー'" in signal.detail


def test_a_letter_changed_needs_a_price_below_the_floor_or_a_cue():
    # ン drawn as ソ, glued to the goods' noun: a copy at a copy's price; one letter from a name may also be a shop's
    # own ear for it (フェーレロ for フェレロ), quiet at a shop's price
    alerts = demo_alerts("ダイソソドライヤー 新品", "hair care", 3000, currency="JPY")
    assert set(alerts) == {"dyson"} and "one letter changed" in _respelt(alerts["dyson"], "ダイソソ")
    assert demo_alerts("フェーレロ 新品 正規品 保証書付き", "chocolate", 1113, currency="JPY") == {}


def test_a_respelt_name_that_is_an_everyday_word_needs_a_cue():
    # コーチ is also Japanese for a sports coach: its respelling names Coach only beside a copy word
    assert "coach" not in demo_alerts("コ一チ バッグ", "handbags", 70000, currency="JPY")
    assert "coach" in demo_alerts("コ一チ バッグ N級品", "handbags", 70000, currency="JPY")


def test_real_words_one_letter_from_a_name_stay_quiet():
    # 타이슨 (Tyson) is one letter from 다이슨 (Dyson), 고지 ("notice") from 코치: words of the language
    assert demo_alerts("타이슨 드라이기 정품 새상품", "hair care", 600000, currency="KRW") == {}
    assert demo_alerts("고지 가방 정품", "handbags", 2000000, currency="KRW") == {}


def test_a_brands_registered_name_is_no_sound_alike_of_another_brand():
    # ネスレ is Nestlé's katakana name, written or respelt; Abbott's Ensure heard in it is no second brand
    assert set(demo_alerts("ネスレ一 粉ミルク N級品", "infant formula", 2300, currency="JPY")) == {"nestle"}
    assert set(demo_alerts("코찌 가방 짝퉁", "handbags", 150000, currency="KRW")) == {"coach"}


def test_alternating_case_is_a_disguise_a_fair_price_does_not_lower():
    alerts = demo_alerts("pAnAsOnIc electric shaver", "shavers", 52, currency="EUR")
    assert set(alerts) == {"panasonic"}
    fair = next(s for s in alerts["panasonic"].signals if s.rule is Rule.fair_price)
    assert "alternating case: 'pAnAsOnIc'" in fair.detail and fair.weight == 0


def test_alternating_case_on_an_accessory_is_not_lowered():
    alerts = demo_alerts("cAnOn camera battery top quality", "cameras", 18)
    accessory = next(s for s in alerts["canon"].signals if s.rule is Rule.accessory)
    assert "alternating case" in accessory.detail and accessory.weight == 0


def test_a_mark_registered_in_mixed_case_is_no_alternating_case():
    assert demo_alerts("Bose QuietComfort Ultra headphones - new in box, official warranty", "headphones", 429) == {}
    assert not alternating_case("QuietComfort", "QuietComfort") and not alternating_case("AirPods")


def test_folds():
    assert fold_kana("ロレツクス") == fold_kana("ロレックス")
    assert fold_kana("コ一チ") == fold_kana("コーチ") and fold_kana("ナイキ一") == fold_kana("ナイキ")
    assert fold_kana("ルイウ゛イトン") == fold_kana("ルイ・ヴィトン") == fold_kana("ルイビトン")
    assert fold_hangul("꾸찌") == fold_hangul("구찌") == fold_hangul("구치")
    assert fold_hangul("까르띠애") == fold_hangul("까르띠에") and fold_hangul("나이키") != fold_hangul("나이가")
    assert alternating_case("rOlEx") and alternating_case("tHe nOrTh fAcE") and not alternating_case("iPhone")


# ------------------------------------------------------------------------------------------ romanised Hangul

@pytest.mark.parametrize("title, category, brand, korean", [
    ("Maikeul Koeoseu ladies' watch 미러급", "watches", "michael-kors", "마이클코어스"),  # outsider13's miss, two words
    ("Ruibitong top-handle bag 미러급", "handbags", "louis-vuitton", None),  # heard as the Latin mark already
    ("Rollekseu watch 레플리카", "watches", "rolex", None),
    ("KAENADA GUSEU parka replica", "jackets", "canada-goose", None),
    ("seuwarobeuseuki necklace 짝퉁", "jewelry", "swarovski", None),
    # (floor36) heard in one sound class and three sounds ("asa"): filed under no sound key, read as written
    ("HWAIJA allergy relief 30 tablets 짝퉁", "otc", "pfizer", "화이자"),
    # (floor36) heard like Levi's but six letters from it: the Korean name romanised all the same
    ("ribaiseu 자켓 1:1", "jeans", "levis", "리바이스"),
])
def test_the_korean_name_romanised_back_alerts_with_a_cue_in_the_category(title, category, brand, korean):
    """The brand's Hangul name written in Latin letters as Korean romanisation spells it is heard as the name: a weak
    candidate (rule phonetic, the evidence naming the Korean name it was romanised from, unless the Latin mark is heard
    in it already) that the brand's category and the copy word make an alert; it names that brand alone."""
    alerts = demo_alerts(title, category)
    assert set(alerts) == {brand}
    signal = next(s for s in alerts[brand].signals if s.rule is Rule.phonetic and s.weight > 0)
    assert "needs corroboration" in signal.detail
    assert korean is None or f"Korean name {korean} romanised" in signal.detail


def test_the_korean_name_romanised_back_is_only_a_candidate():
    """Without the copy word, at a shop's price, or away from the brand's goods, it stays quiet."""
    assert "michael-kors" not in demo_alerts("Maikeul Koeoseu ladies' watch 정품", "watches", 400.0)
    assert "rolex" not in demo_alerts("Rollekseu poster print", "posters", 30.0)
    assert "pfizer" not in demo_alerts("Hwaija allergy relief 30 tablets", "otc", 30.0)


def test_a_latin_word_whose_keys_leave_a_jamo_alone_types_no_korean_word():
    """A romanised Korean name in a Korean listing is no word typed with the IME off (its keys type 껴ㅑㅠㅑ새ㅜㅎ, jamo
    left alone): nothing is read from that, so no other brand (Coach's 코치, heard in it) is named beside the right one."""
    assert set(demo_alerts("Ruibitong top-handle bag 미러급", "handbags")) == {"louis-vuitton"}
    assert set(demo_alerts("fhffprtm 시계 미러급", "watches")) == {"rolex"}  # 롤렉스 typed with the IME off still reads


# ------------------------------------------------------------------------------------------ the mark said aloud

@pytest.mark.parametrize("title, category, price, brand, words", [
    ('"Row Lex" men\'s automatic diver watch 41mm', "watches", 2100.0, "rolex", "Row Lex"),  # quoted, below the floor
    ("Nigh Key low top sneakers replica", "sneakers", 60.0, "nike", "Nigh Key"),  # a copy word
    ("Ah Dee Das running shoes", "sneakers", 8.0, "adidas", "Ah Dee Das"),  # far below the floor
    ('"Fee Lips" electric toothbrush 1:1', "electric toothbrushes", 38.0, "philips", "Fee Lips"),
    ("Swah Rovs Kee crystal pendant necklace AAA", "jewelry", 45.0, "swarovski", "Swah Rovs Kee"),
    ('"Goo Chee" leather shoulder bag say it fast', "handbags", 180.0, "gucci", "Goo Chee"),  # cci as chi: not Coach
])
def test_the_mark_said_aloud_in_ordinary_words_alerts_with_a_cue_in_the_category(title, category, price, brand, words):
    """Two or three ordinary words that sound like the mark read one after another name it as a weak candidate: rule
    phonetic, the evidence saying the mark was said aloud in these words; with the brand's category and a cue or a
    low price it alerts, and only that brand."""
    alerts = demo_alerts(title, category, price)
    assert set(alerts) == {brand}
    signal = next(s for s in alerts[brand].signals if s.rule is Rule.phonetic)
    assert signal.text == words and "the mark said aloud" in signal.detail
    # the words carry the alert: as said aloud, or as another reading of the same words that weighs more ("Goo Chee"
    # is also 古奇 in Tongyong, rule pinyin, and one reading of a span counts once)
    assert any(s.text == words and s.weight > 0 for s in alerts[brand].signals)


@pytest.mark.parametrize("title, category, price", [
    ("No key needed, slip on sneakers", "sneakers", 45.0),  # heard like Nike, an ordinary phrase, no cue
    ('"Row Lex" vinyl LP, first pressing', "music", 25.0),  # far from the brand's goods
    ("Nigh Key men's sneakers", "sneakers", 150.0),  # a shop's price, no cue
])
def test_words_heard_like_a_mark_without_the_category_and_a_cue_stay_quiet(title, category, price):
    assert demo_alerts(title, category, price) == {}


# ------------------------------------------------------------------------------------------ Cyrillic with a Latin letter

@pytest.mark.parametrize("title, category, brand", [
    ("Сумка Майкл Корc копия", "handbags", "michael-kors"),  # a Latin c at the end of Корс (outsider12)
    ("Часы Pолекс реплика", "watches", "rolex"),  # a Latin P starting Ролекс
    ("Кроссовки Aдидас копия", "sneakers", "adidas"),
])
def test_a_cyrillic_name_with_a_latin_look_alike_letter_is_read_by_its_sound(title, category, brand):
    """A Latin letter drawn like a Cyrillic one inside a mostly Cyrillic word is read as that Cyrillic letter: the name
    is heard as the rest of it is written (rule transliteration), with the copy word in the brand's category."""
    alerts = demo_alerts(title, category)
    assert brand in alerts
    assert any(s.rule in (Rule.transliteration, Rule.fuzzy) and s.weight > 0 for s in alerts[brand].signals)


def test_kopija_is_the_copy_word_of_the_markets_that_write_it():
    """Serbian, Croatian, Latvian and Lithuanian kopija ("copy") corroborates a respelling by ear like "replica"."""
    assert "canada-goose" in demo_alerts("Kanada Gus men's down parka kopija", "parkas", 300.0)
    assert "canada-goose" not in demo_alerts("Kanada Gus men's down parka", "parkas", 300.0)
