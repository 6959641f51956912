"""A brand named by a market's own shorthand of its name (shorthand, 2026-12-01): the Chinese trade's house code
(劳家, G家: detectors/house_codes.py), the Korean initial consonants of its Hangul name (ㄹㄹㅅ:
detectors/initial_consonants.py), its katakana name clipped (ロレ, スワロ, ヴィトン, half-width too:
detectors/kana_abbreviations.py), and the words a brand declares for its logo in several languages (Krone, corona)
and the street's nicknames (Rollie, Gucc). Each with what a copy says alerts and says which rule and word; the same
short keys with nothing that says copy, or in their everyday sense, stay quiet. On the demo registry."""

from __future__ import annotations

import pytest

from services.matcher.core.detectors.initial_consonants import initial_consonants, keys_of
from services.matcher.core.detectors.kana_abbreviations import abbreviations, morae
from tests.unit.matcher.demo import demo_index, demo_listing
from tests.eval.adversary.generate import registry_doc


def alerts(title: str, category: str, price: float, currency: str = "USD") -> dict[str, list[tuple[str, str]]]:
    """brand id -> (rule, detail) of its positive signals, for every brand that alerts."""
    return {m.brand_id: [(s.rule.value, s.detail) for s in m.signals if s.weight > 0]
            for m in demo_index().match(demo_listing(title, category, price, currency=currency))}


def test_the_keys_are_a_function_of_the_registered_names():
    assert initial_consonants("롤렉스") == "ㄹㄹㅅ" and initial_consonants("루이비통") == "ㄹㅇㅂㅌ"
    assert keys_of("구찌") == {"ㄱㅉ", "ㄱㅈ"}  # tense initials also typed lax
    assert keys_of("삼성") == set() and keys_of("쉘") == set()  # ㅅㅅ is laughter-like repetition, one syllable no key
    assert morae("ロレックス") == ["ロ", "レ", "ッ", "ク", "ス"] and morae("スワロフスキー")[-1] == "キー"
    assert {"ロレ", "ロレック"} <= abbreviations("ロレックス") and "ロレッ" not in abbreviations("ロレックス")
    assert "ヴィトン" in abbreviations("ルイ・ヴィトン")


@pytest.mark.parametrize("title, category, price, currency, brand, rule", [
    ("劳家 潜航 绿盘 41mm 顶级复刻", "watches", 2000, "CNY", "rolex", "house_code"),
    ("戴家 吹风机 紫红 全套 复刻", "hair care", 199, "CNY", "dyson", "house_code"),
    ("G家 马蒙 链条包 小号 原单", "handbags", 520, "CNY", "gucci", "house_code"),
    ("LV家 老花 托特包 高仿", "handbags", 480, "CNY", "louis-vuitton", "house_code"),
    ("ㄹㄹㅅ 서브 그린 41mm 미러급", "watches", 280, "USD", "rolex", "initial_consonants"),
    ("ㄱㅊ 마몬트 숄더백 블랙 레플", "handbags", 70, "USD", "gucci", "initial_consonants"),
    ("ㅍㄷㄹ 모먼츠 팔찌 레플", "charms", 10, "USD", "pandora", "initial_consonants"),
    ("ロレ サブ 黒 N級品", "watches", 28500, "JPY", "rolex", "kana_abbreviation"),
    ("ｽﾜﾛ ネックレス ブルー スーパーコピー", "jewelry", 1799, "JPY", "swarovski", "kana_abbreviation"),
    # half-width: the nfkc view composes ｳﾞ to ヴ (normalise.nfkc_text), so the registered nickname ヴィトン itself is found
    ("ｳﾞｨﾄﾝ トート 新品 N級品", "handbags", 13500, "JPY", "louis-vuitton", "alias"),
])
def test_a_brand_named_by_a_markets_shorthand_alerts_and_the_evidence_names_the_rule(title, category, price, currency,
                                                                                       brand, rule):
    found = alerts(title, category, price, currency)
    assert list(found) == [brand], found
    assert any(r == rule for r, _ in found[brand]), found[brand]


def test_half_width_katakana_reads_as_full_width():
    found = alerts("ﾀﾞｲｿﾝ ｴｱﾗｯﾌﾟ ﾌﾙｾｯﾄ 新品 N級品", "hair care", 8999, "JPY")
    assert list(found) == ["dyson"], found
    assert ("transliteration" in {r for r, _ in found["dyson"]})


@pytest.mark.parametrize("title, category, price, currency", [
    ("가방 상태 ㄱㅊ 합니다 ㅋㅋ", "handbags", 70, "USD"),       # ㄱㅊ = 괜찮 "fine", a far-low price is no copy claim
    ("ㄹㄹㅅ 서브 그린 41mm 정품 보증서", "watches", 9800, "USD"),  # shorthand at a genuine price, nothing of a copy
    ("北欧家具 复刻 实木 餐椅", "furniture", 900, "CNY"),           # 欧家 across 北欧 + 家具
    ("大家都说好 国家地理 复刻版 杂志", "books", 60, "CNY"),
    ("G家 马蒙 链条包 专柜正品 带发票", "handbags", 16000, "CNY"),
    ("ロレンツォ 人形 新品", "toys", 3000, "JPY"),                   # ロレ inside a longer katakana word
    ("スワロ ネックレス 正規品", "jewelry", 30000, "JPY"),
])
def test_the_same_short_keys_stay_quiet_without_a_copy(title, category, price, currency):
    assert alerts(title, category, price, currency) == {}


def test_chosung_is_no_sound_for_the_transliteration_detector():
    # bare consonants used to be read as a spelling ("ㄱㅊ" heard as Coach, "ㄹㅇㅂㅌ" as Nike)
    assert list(alerts("ㄱㅊ 마몬트 숄더백 블랙 레플", "handbags", 70)) == ["gucci"]
    assert list(alerts("ㄹㅇㅂㅌ 네버풀 MM 모노그램 미러급", "handbags", 95)) == ["louis-vuitton"]


@pytest.mark.parametrize("title, category, price, currency, brand, word", [
    ("Uhr mit der Krone auf dem Zifferblatt, Replik", "watches", 129, "EUR", "rolex", "the logo name 'Krone' (de)"),
    ("Reloj de la marca de la corona, buceo verde, réplica", "watches", 138, "EUR", "rolex", "the logo name 'corona"),
    ("High tops with the tick logo, chicago colors, 1:1", "sneakers", 40, "USD", "nike", "the logo name 'tick"),
    ("Trainers with the three-leaf logo, 1:1 replica", "sneakers", 23, "GBP", "adidas", "the logo name 'three-leaf' (en)"),
    ("Iced out Rollie, bust down, 1:1", "watches", 190, "USD", "rolex", "the nickname 'Rollie' (en)"),
    ("Gucc belt black rep all sizes", "belts", 20.99, "USD", "gucci", "the nickname 'Gucc' (en)"),
    ("Burbs check scarf, rep", "scarves", 11, "GBP", "burberry", "the nickname 'Burbs' (en)"),
])
def test_declared_logo_words_and_street_names_alert_with_a_copy_and_say_which_word(title, category, price, currency,
                                                                                    brand, word):
    found = alerts(title, category, price, currency)
    assert list(found) == [brand], found
    assert any(d.startswith(f"named by {word}") for _, d in found[brand]), found[brand]


@pytest.mark.parametrize("title, category, price", [
    ("Goose down duvet king size, hotel quality", "bedding", 40),
    ("Crown moulding 8 ft primed pine, pack of 4", "home improvement", 42),
    ("Rollie pollie bug catcher toy set for kids", "toys", 10),
    ("Corona Extra 24 pack bottles", "beer", 30),
    ("Swan lake figurine, cisne de cristal, regalo", "home decor", 25),
])
def test_the_same_words_in_their_everyday_sense_stay_quiet(title, category, price):
    assert alerts(title, category, price) == {}


def test_every_registered_word_of_a_brand_is_its_own_fingerprint():
    # a vocabulary word spelt like a mark of the brand once replaced the mark's fingerprint (same id): "panthère" as
    # a logo word turned Cartier's line Panthère into a word that needs a cue; since wrong34 each entry of another kind
    # has its own id (registry._mark_ids: Michael Kors's nickname "Kors" beside its ticker "KORS"), and the mark keeps
    # the plain id

    from brandsentry.registry import VOCABULARY_LISTS, load_registry
    from tests.unit.matcher.demo import SEED

    registry = load_registry(SEED)
    for b in registry_doc(SEED)["brands"]:
        entries = {((e if isinstance(e, str) else e["value"]).casefold(), VOCABULARY_LISTS.get(name))
                   for name in ("marks", "aliases", *VOCABULARY_LISTS) for e in b.get(name, [])}
        registered = {(f.value.casefold(), f.vocabulary) for f in registry.fingerprints.values()
                      if f.brand_id == b["id"] and f.kind == "mark"}
        assert entries == registered, b["id"]


def test_a_nickname_and_a_ticker_of_the_same_text_both_register():
    from brandsentry.registry import fingerprint_id, load_registry, vocabulary_value
    from tests.unit.matcher.demo import SEED

    fps = {f.id: f for f in load_registry(SEED).fingerprints.values() if f.brand_id == "michael-kors"}
    ticker = fps[fingerprint_id("michael-kors", "mark", "KORS")]  # the id it always had
    nickname = fps[fingerprint_id("michael-kors", "mark", vocabulary_value("nickname", "Kors"))]
    assert (ticker.vocabulary, nickname.vocabulary) == ("ticker", "nickname")


@pytest.mark.parametrize("title, description, category, price, expected", [
    ("Kors Jet Set tote replica", "1:1 mirror copy", "handbags", 30, {"michael-kors"}),
    ("Kors Parker watch 1:1", "super clone", "watches", 60, {"michael-kors"}),
    ("Kors Jet Set tote", "genuine, bought at the outlet", "handbags", 150, set()),  # a surname: needs a cue
    ("Lot of 3 books by Kors", "used paperback", "books", 10, set()),
])
def test_the_surname_kors_is_a_nickname_that_needs_corroboration(title, description, category, price, expected):
    from tests.unit.matcher.demo import demo_alerts

    assert set(demo_alerts(title, description=description, category=category, price=price)) == expected


@pytest.mark.parametrize("title, category, price, brand", [
    ("マイケ 限定 男女兼用 レプリカ", "watches", 93, "michael-kors"),  # "maike" was heard near Omega too
    ("エスティ 偽物 新品 ブラック", "skincare", 35, "estee-lauder"),  # "esutei" near Shiseido
])
def test_a_brands_shorthand_is_no_sound_alike_of_another_brand(title, category, price, brand):
    assert list(alerts(title, category, price)) == [brand]


def test_korean_unisex_is_no_accessory():
    # 남녀공용 "for men and women" ends in 용, the suffix "for" of 아이폰용; it was read as an accessory of the brand
    found = alerts("ㅍㅁ 블랙 남녀공용 짝퉁", "sneakers", 41)
    assert list(found) == ["puma"] and not any(r == "accessory" for r, _ in found["puma"])
    assert alerts("아이폰용 충전기 25W", "chargers", 6) == {}


def test_a_logo_described_with_a_la_is_the_goods_own_logo_and_a_declared_word_is_not_yielded():
    # "à la couronne" is "with the crown" (its own logo), "à la Rolex" a comparison; "maçã" inside the declared
    # "maçã mordida" was read one edit from Autodesk's Maya, and Apple yielded to it
    assert list(alerts("Montre à la couronne, cadran vert, copie", "watches", 138, "EUR")) == ["rolex"]
    assert list(alerts("5G phone 512GB com logo maçã mordida, réplica", "phones", 60)) == ["apple"]
