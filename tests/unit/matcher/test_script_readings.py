"""A brand written by its sound in a writing system of its market that had no reading (issue 9, scripts, 2026-12-02):
hiragana (read as the katakana it pairs with), Myanmar, Khmer, Lao and Ethiopic; and the everyday words and honest
retailers of those markets, which stay quiet.

What a user sees: the alert, and its evidence naming the words read and how ("'ろれっくす' read as Rolex (hiragana,
'rorekusu')"). The listings are written here by hand, not taken from a held-out set.
"""

from __future__ import annotations

import pytest

from schemas import Rule
from tests.unit.matcher.demo import demo_index, demo_listing


@pytest.fixture(scope="module")
def index():
    return demo_index()


def _alerts(index, title, category, price, currency):
    return {m.brand_id: m for m in index.match(demo_listing(title, category, price, currency=currency))}


@pytest.mark.parametrize("title,category,price,currency,brand,words,script", [
    ("ろれっくす でいとな 腕時計 N級", "watches", 30000.0, "JPY", "rolex", "ろれっくす", "hiragana"),
    ("ぐっちの ばっぐ コピー品", "handbags", 3000.0, "JPY", "gucci", "ぐっち", "hiragana"),  # with its particle の
    ("すわろふすきー ネックレス スーパーコピー", "jewelry", 1500.0, "JPY", "swarovski", "すわろふすきー", "hiragana"),
    ("ぷーま スニーカー N級品", "sneakers", 1500.0, "JPY", "puma", "ぷーま", "hiragana"),
    ("ရိုလက်ဇ် နာရီ အတု", "watches", 90000.0, "MMK", "rolex", "ရိုလက်ဇ်", "myanmar"),
    ("ဆိုနီ နားကြပ် အတု", "headphones", 20000.0, "MMK", "sony", "ဆိုနီ", "myanmar"),
    ("ណៃគី ស្បែកជើង ចម្លង", "sneakers", 40000.0, "KHR", "nike", "ណៃគី", "khmer"),
    ("ហ្គូស៊ី កាបូប ចម្លង", "handbags", 40000.0, "KHR", "gucci", "ហ្គូស៊ី", "khmer"),
    ("ກູຊີ ກະເປົາ ງານກ໊ອບ", "handbags", 300000.0, "LAK", "gucci", "ກູຊີ", "lao"),
    ("ໄອໂຟນ 15 ງານກ໊ອບ", "phones", 900000.0, "LAK", "apple", "ໄອໂຟນ", "lao"),
    ("ሮሌክስ ሰዓት ማስተር ኮፒ", "watches", 3000.0, "ETB", "rolex", "ሮሌክስ", "ethiopic"),
])
def test_a_mark_written_by_sound_in_its_markets_script_alerts_with_a_cue(index, title, category, price, currency, brand,
                                                                          words, script):
    alerts = _alerts(index, title, category, price, currency)
    assert set(alerts) == {brand}, title
    details = [s.detail for s in alerts[brand].signals if s.rule is Rule.transliteration]
    assert any(d.startswith(f"'{words}' read as ") and f"({script}, '" in d for d in details), details


@pytest.mark.parametrize("title,category,price,currency", [
    ("ないきな こどもの えほん", "books", 900.0, "JPY"),  # a picture book about a shy child (内気, ないき)
    ("かのんの ぴあの がくふ", "books", 800.0, "JPY"),  # Kanon's piano score (a girl's name, Canon's sound)
    ("そにっく ふぃぎゅあ", "toys", 2000.0, "JPY"),
    ("よろしく おねがいします 即購入OK スニーカー", "sneakers", 2000.0, "JPY"),  # hiragana small talk beside the goods
    ("ないき スニーカー", "sneakers", 9000.0, "JPY"),  # a two-sound mark at a shop's price, no cue: a candidate only
    ("ဖုန်း အသစ် 128GB", "phones", 150000.0, "MMK"),  # "phone, new": ဖုန်း is heard "fun", like iPhone
    ("ဖိနပ် အသစ် အရောင် အနက်", "sneakers", 20000.0, "MMK"),
    ("ទូរស័ព្ទ ថ្មី 128GB", "phones", 300000.0, "KHR"),
    ("ស្បែកជើង ថ្មី ពណ៌ស", "sneakers", 40000.0, "KHR"),
    ("ເກີບ ໃໝ່ ສີດຳ", "sneakers", 200000.0, "LAK"),
    ("ጫማ አዲስ ጥቁር", "sneakers", 1500.0, "ETB"),
    ("የቤት ዕቃ ሶፋ", "furniture", 20000.0, "ETB"),  # ቤት "house", heard "bet", is no iPad
    ("ናይኪ ጫማ ኦሪጅናል", "sneakers", 12000.0, "ETB"),  # Nike by sound, "original", at a shop's price
])
def test_everyday_words_and_plain_listings_of_those_scripts_stay_quiet(index, title, category, price, currency):
    assert _alerts(index, title, category, price, currency) == {}, title


def test_a_two_sound_mark_by_sound_is_a_candidate_needing_a_cue_or_a_far_low_price(index):
    """Nike is two sound classes (NK): its hiragana spelling alone, in its category at a shop's price, names nobody;
    with a copy word it alerts, and the evidence says it is a sound-alike that needed corroboration."""
    assert _alerts(index, "ないき スニーカー 新品", "sneakers", 12000.0, "JPY") == {}
    alerts = _alerts(index, "ないき スニーカー N級", "sneakers", 12000.0, "JPY")
    assert set(alerts) == {"nike"}
    assert any("'ないき' read as Nike (hiragana, 'naiki')" in s.detail and "needs corroboration" in s.detail
               for s in alerts["nike"].signals)


@pytest.mark.parametrize("title,category,price,brand,words,pinyin", [
    ("ㄌㄠˊ ㄌㄧˋ ㄕˋ 手錶 A貨", "watches", 1500.0, "rolex", "ㄌㄠˊ ㄌㄧˋ ㄕˋ", "lao li shi"),  # tone marks, spaces
    ("ㄌㄠㄌㄧㄕ 手錶 A貨", "watches", 1500.0, "rolex", "ㄌㄠㄌㄧㄕ", "lao li shi"),  # neither
    ("ㄋㄞˋ ㄎㄜˋ 球鞋 高仿", "sneakers", 900.0, "nike", "ㄋㄞˋ ㄎㄜˋ", "nai ke"),
    ("ㄍㄨˇㄔˊ 包包 高仿", "handbags", 900.0, "gucci", "ㄍㄨˇㄔˊ", "gu chi"),
    ("ㄕ ㄏㄨㄚˊ ㄌㄨㄛˋ ㄕˋ ㄑㄧˊ 項鍊 A貨", "jewelry", 500.0, "swarovski", "ㄕ ㄏㄨㄚˊ ㄌㄨㄛˋ ㄕˋ ㄑㄧˊ", "shi hua luo shi qi"),
])
def test_a_chinese_alias_spelt_in_zhuyin_alerts_with_a_cue(index, title, category, price, brand, words, pinyin):
    alerts = _alerts(index, title, category, price, "TWD")
    assert set(alerts) == {brand}, title
    assert any(s.rule is Rule.pinyin and s.detail.startswith(f"'{words}' read as ") and f"(Zhuyin, '{pinyin}')" in s.detail
               for s in alerts[brand].signals), [s.detail for s in alerts[brand].signals]


@pytest.mark.parametrize("title,category,price", [
    ("注音符號 ㄅㄆㄇㄈ 學習卡 兒童", "books", 200.0),  # Zhuyin flash cards
    ("ㄙㄢ ㄒㄧㄥ 級 飯店 住宿券", "travel", 3000.0),  # "three-star" hotel voucher (三星, Samsung's alias)
    ("ㄅㄛˊ ㄕˋ 論文 指導", "books", 500.0),  # "doctoral" thesis coaching (博士, Bose's everyday alias)
    ("我ㄉㄜ˙ 筆記本", "books", 100.0),
])
def test_zhuyin_that_spells_no_alias_or_an_everyday_word_stays_quiet(index, title, category, price):
    assert _alerts(index, title, category, price, "TWD") == {}, title


@pytest.mark.parametrize("title,category,price,currency", [
    ("ဆမ်ဆောင်း ဖုန်း Galaxy S24 အသစ် စစ်စစ်", "phones", 2500000.0, "MMK"),  # "phone, new, genuine"
    ("សាំសុង ទូរស័ព្ទ ថ្មី", "phones", 5000000.0, "KHR"),
    ("ໂຕໂຍຕ້າ ກອງນ້ຳມັນເຄື່ອງ ໃໝ່", "auto parts", 900000.0, "LAK"),
    ("ሳምሰንግ ስልክ አዲስ", "phones", 90000.0, "ETB"),
    ("ซัมซุง โทรศัพท์ ใหม่ ของแท้", "phones", 40000.0, "THB"),
    ("ロレックス サブマリーナ 腕時計 正規品", "watches", 2000000.0, "JPY"),
])
def test_a_retailer_writing_the_brand_as_its_script_does_at_a_fair_price_stays_quiet(index, title, category, price,
                                                                                      currency):
    """The mark as the market's script writes it is how its shops name the brand, no disguise: at the floor or above,
    with nothing of the copy trade, the fair price lowers it as it lowers the Latin mark."""
    assert _alerts(index, title, category, price, currency) == {}, title


def test_the_brand_in_hiragana_at_a_fair_price_is_no_shop_s_writing(index):
    """Japanese shops write a foreign name in katakana; the same name in hiragana is read, and not as a retailer's."""
    alerts = _alerts(index, "ろれっくす 腕時計", "watches", 2000000.0, "JPY")
    assert set(alerts) == {"rolex"}
    assert any("not lowered" in s.detail for s in alerts["rolex"].signals)
