"""The mark written in other characters and codes (issue 9, glyphs28): CJK look-alikes of its Latin letters, a Polybius
square or the tap code, historic alphabets (runes, Ogham, Gothic, Glagolitic, Tifinagh), a voice transcript's
sound-alike words; and their honest twins, which stay quiet."""

from __future__ import annotations

import pytest

from services.matcher.core.codes import Marks
from services.matcher.core.codes.polybius import CODE as POLYBIUS
from services.matcher.core.detectors.text_views import cjk_latin_views
from tests.unit.matcher.demo import demo_index, demo_listing


def alerts(title: str, category: str, price: float, description: str = "") -> dict:
    return {m.brand_id: m for m in demo_index().match(demo_listing(title, category, price, description))}


# ------------------------------------------------------------------------------------------ CJK look-alikes

@pytest.mark.parametrize("title, category, price, brand", [
    ("R口LEメ black ceramic dive watch 41mm – replika premium", "watches", 200, "rolex"),
    ("N工KE white leather low-top sneakers – hochwertige Kopie", "sneakers", 30, "nike"),
    ("ㄴEG口 building set, technic supercar 1:8 – namaak topkwaliteit", "building sets", 50, "lego"),
    ("匚口A匚H leather shoulder bag – copy", "handbags", 40, "coach"),
    ("丁口丫口丁A engine oil filter – 1:1 mirror copy", "auto parts", 5, "toyota"),
    ("Down jacket men (ㄒ卄乇 几ロ尺丅廾 千卂匚彐) replica", "jackets", 20, "the-north-face"),
    ("Tote bag large – 爪工匚卄卂ヨㄥ K口尺丂 copy", "handbags", 40, "michael-kors"),
])
def test_a_latin_mark_drawn_with_cjk_lookalikes_alerts_and_names_the_view(title, category, price, brand):
    found = alerts(title, category, price)
    assert set(found) == {brand}, title  # K口尺丂 is Kors drawn, not 口尺 heard as Coach's 蔻驰
    assert any("CJK look-alikes" in s.detail for s in found[brand].signals), title


@pytest.mark.parametrize("text", ["LV口红 正品 专柜", "USB口 充电器 快充", "ロボット おもちゃ", "工口 漫画", "T恤 纯棉 白色",
                                  "口罩 50只装", "山口 茶杯 手工"])
def test_chinese_japanese_and_korean_text_is_not_read_as_latin_letters(text):
    assert list(cjk_latin_views(text)) == []


@pytest.mark.parametrize("title, category", [
    ("Type-C接口 数据线 1米", "phones"), ("工具箱 家用 五金", "power tools"), ("ヨガマット 6mm", "sportswear"),
    ("口红 哑光 雾面 12色", "makeup"),
])
def test_everyday_cjk_listings_stay_quiet(title, category):
    assert alerts(title, category, 80) == {}, title


# ------------------------------------------------------------------------------------------ Polybius square

def test_polybius_and_tap_code_read_the_mark():
    marks = Marks(["rolex", "nike", "coach", "dyson"])
    read = lambda text: {h.mark for h in POLYBIUS.decode(text, marks)}  # noqa: E731
    assert read("[42 34 31 15 53] watch") == {"rolex"}
    assert read("[33 24 25 15] shoes") == {"nike"}  # Polybius: K is 25
    assert read("33-24-13-15 tap code") == {"nike"}  # the tap code: K is tapped as C, 13
    assert read("14, 54, 43, 34, 33") == {"dyson"}
    assert read("polybius 4234311553") == {"rolex"}  # written together: only with the code named
    assert read("4234311553") == set()
    assert read("tap code: ... ... .. .... . ... . .....") == {"nike"}


@pytest.mark.parametrize("title, category, price, brand", [
    ("[42 34 31 15 53] black ceramic dive watch 41mm – 레플리카 S급", "watches", 200, "rolex"),
    ("[14 54 43 34 33] hair dryer – 高仿", "hair care", 40, "dyson"),
    ("42-34-31-15-53 dive watch replica", "watches", 200, "rolex"),
])
def test_a_mark_in_a_polybius_square_alerts(title, category, price, brand):
    assert brand in alerts(title, category, price), title


@pytest.mark.parametrize("title, category", [
    ("Final score 21 15, 33 11 – match programme", "sportswear"), ("Sizes EU 41 42 43 44 45 in stock", "sneakers"),
    ("Lottery picks 12 23 34 45 51 – lucky numbers mug", "toys"),
    ("Polybius square cipher puzzle book, e.g. HELLO = 23 15 31 31 34", "books"),
    ("[35 45 32 11] suede sneakers", "sneakers"),  # a shop's price, no cue: a code set apart is no copy by itself
])
def test_digit_pairs_that_name_no_copy_stay_quiet(title, category):
    assert alerts(title, category, 200) == {}, title


# ------------------------------------------------------------------------------------------ historic alphabets

@pytest.mark.parametrize("title, category, price, brand", [
    ("ᚾᛁᚲᛖ low-top basketball sneakers – namaak topkwaliteit", "sneakers", 20, "nike"),
    ("ᚱᛟᛚᛖᚲᛊ black ceramic dive watch – copy", "watches", 200, "rolex"),
    ("ᛚᛖᚷᛟ building set, 4,784 pieces – replika 1:1", "building sets", 100, "lego"),
    ("᚛ᚅᚔᚉᚓ᚜ sneakers – replica", "sneakers", 20, "nike"),  # Ogham ᚉ writes c and k
    ("𐌺𐍉𐌺𐌰 𐌺𐍉𐌻𐌰 lemon soda 2L replica", "soft drinks", 0.5, "coca-cola"),
    ("ⰍⰑⰍⰀ ⰍⰑⰎⰀ vintage tin sign replica", "merchandise", 2, "coca-cola"),
])
def test_a_mark_in_a_historic_alphabet_alerts(title, category, price, brand):
    assert brand in alerts(title, category, price), title


@pytest.mark.parametrize("title, category", [
    ("Elder Futhark rune ring, custom name engraving ᚱᛟᛒᛖᚱᛏ", "jewelry"),
    ("Ogham stones replica for the garden ᚛ᚋᚐᚏᚔᚐ᚜", "consoles"),  # "maria", no Mario heard
    ("Viking rune bracelet ᚨᛊᛏᚱᛁᛞ", "skincare"),  # "astrid", no Estée heard
    ("Rune set 24 stones with pouch ᚠᚢᚦᚨᚱᚲ", "toys"),
])
def test_names_in_historic_alphabets_stay_quiet(title, category):
    assert alerts(title, category, 10) == {}, title


def test_tifinagh_is_a_living_alphabet_whose_readings_of_a_mark_still_name_it():
    # Tifinagh writes Tamazight today: ⵏⴰⵉⴽ reads "naik" (a frequent Malay word) and is Nike's respelling all the same;
    # the rule that a historic alphabet's frequent word is a name (transliteration.HISTORIC) leaves it out
    assert "nike" in alerts("ⵏⴰⵉⴽ gym duffel bag super copy", "bags", 16.91)


# ------------------------------------------------------------------------------------------ voice transcripts

@pytest.mark.parametrize("title, category, price, brand", [
    ("[voice] can non e o s r 6 mark two copy body", "cameras", 200, "canon"),  # "non" is no denial here
    ("[voice] lay go millennium falcon clone bricks", "building sets", 60, "lego"),
    ("[voice] pan door a heart charm copy", "charms", 10, "pandora"),
    ("voice note: die son hair dryer replica", "hair care", 40, "dyson"),
])
def test_a_dictated_listing_names_the_mark_by_its_sound(title, category, price, brand):
    assert brand in alerts(title, category, price), title


@pytest.mark.parametrize("title, category", [
    ("[voice] new key ring for the car, brass", "accessories"), ("[voice] roll ex watch genuine with papers", "watches"),
    ("(voice input) pan door a lid glass", "kitchen appliances"),
    ("voice note: a voice recorder for lectures", "software licenses"),  # "a voice" is no Office said aloud
])
def test_dictated_listings_without_a_copy_cue_stay_quiet(title, category):
    assert alerts(title, category, 9000 if "watch" in title else 60, "Transcribed from a voice message.") == {}, title
