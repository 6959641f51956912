"""The mark as calculator digits read upside down, the brand's katakana name in ateji kanji, Atbash of a four-letter
mark (issue 9, glyphs30); and their honest twins (calculators, ordinary numbers, everyday ateji, Japanese text), which
stay quiet."""

from __future__ import annotations

import pytest

from services.matcher.core.codes import Marks
from services.matcher.core.codes.ateji import CODE as ATEJI, romaji, skeleton
from services.matcher.core.codes.calculator import CODE as CALCULATOR, turned
from services.matcher.core.kanji_readings import readings
from tests.unit.matcher.demo import demo_index, demo_listing


def alerts(title: str, category: str, price: float, description: str = "", currency: str = "USD") -> dict:
    return {m.brand_id: m for m in demo_index().match(demo_listing(title, category, price, description, currency))}


MARKS = Marks(["bose", "shell", "lego", "rolex", "nike"],
              wide=["ロレックス", "ナイキ", "グッチ", "ダイソン", "バーバリー", "ルイ・ヴィトン", "ソニー", "ボーズ", "プーマ", "キヤノン"])


# ------------------------------------------------------------------------------------------------- calculator

def test_turned_numbers():
    assert "bose" in turned("3508") and "shell" in turned("77345") and "lego" in turned("0937")
    assert "lego" in turned("0637")  # 6 and 9 both a g
    assert "boss" in turned("5508")


def test_calculator_reads_a_number_only_where_the_listing_says_to_turn_it():
    read = lambda text: {h.mark for h in CALCULATOR.decode(text, MARKS)}  # noqa: E731
    assert read("headphones (3508 upside down) replica") == {"bose"}
    assert read("motor oil – type 77345 on a calculator and flip it") == {"shell"}
    assert read("bricks set '0937' 🙃 copy") == {"lego"}
    assert read("brand: 3508 – headphones") == {"bose"}
    assert read("bricks set 0937 倒过来看 高仿") == {"lego"}
    assert read("headphones model 3508 replica") == set()  # nobody said to turn it: a model number
    assert read("motor oil 5W-40 4L, part 550046375") == set()
    assert read("headphones 3508.50 upside down") == set()  # a decimal


@pytest.mark.parametrize("title, category, price, brand", [
    ("noise-cancelling over-ear headphones (3508 upside down) 1:1 replica", "headphones", 60, "bose"),
    ("5W-40 fully synthetic motor oil 4L – brand: type 77345 on a calculator and flip it 🙃 – first copy", "motor oil", 9, "shell"),
])
def test_a_calculator_word_alerts(title, category, price, brand):
    found = alerts(title, category, price)
    assert brand in found, title
    assert any("calculator" in (s.detail or "") for s in found[brand].signals), title


@pytest.mark.parametrize("title, category", [
    ("Casio fx-991EX scientific calculator", "headphones"),
    ("'Calculator Words' puzzle book (upside-down spelling) 0.7734 hELLO", "building sets"),
    ("5W-40 fully synthetic motor oil 4L, part 550046375", "motor oil"),
    ("Wireless headphones model 3508, 2026 edition", "headphones"),
])
def test_calculators_and_ordinary_numbers_stay_quiet(title, category):
    assert alerts(title, category, 300) == {}, title


# ------------------------------------------------------------------------------------------------------ ateji

def test_romaji_and_skeleton():
    assert romaji("ミシュラン") == "mishuran" and romaji("カルティエ") == "karutie" and romaji("ヴィトン") == "viton"
    assert skeleton("sheru") == skeleton("seru") and skeleton("karutie") == skeleton("karutee") == "karute"
    assert skeleton(romaji("ロレックス")) == "rorekusu" and skeleton("boozu") == skeleton("bouuzu") == "bozu"
    assert skeleton("puuma") == skeleton("fuma")  # p and f as h


def test_kanji_readings_come_from_unihan_with_manyogana():
    table = readings()
    assert "ro" in table["露"] and "ki" in table["鬼"] and "su" in table["好"]  # 好 suku cut at its inflection
    assert "ra" in table["良"]  # a man'yōgana value


def test_ateji_reads_the_whole_run_as_a_katakana_name():
    read = lambda text: {h.mark for h in ATEJI.decode(text, MARKS)}  # noqa: E731
    assert read("奈伊鬼 スニーカー N級品") == {"ナイキ"}
    assert read("露麗苦洲 腕時計 スーパーコピー") == {"ロレックス"}  # one letter apart
    assert read("具津知 バッグ コピー品") == {"グッチ"}  # 津 as a small tsu
    assert read("堕威存検索避けのため当て字です レプリカ") == {"ダイソン"}  # the run cut at the listing's own words
    assert read("留伊・美豚 財布 N級品") == {"ルイ・ヴィトン"}
    assert read("奈伊鬼 スニーカー 新品") == set()  # no Japanese copy cue: not read
    assert read("夜露死苦 Tシャツ コピー品") == set()  # the whole run reads as no name
    assert read("奈伊鬼店 N級品") == set()  # the whole run, never a part


@pytest.mark.parametrize("title, category, price, brand", [
    ("堕威存 hair dryer with 5 attachments N級品", "hair care", 9000, "dyson"),
    ("check cashmere scarf ブランドは婆裸理と書いておきます N級品", "scarves", 9000, "burberry"),
])
def test_a_name_in_ateji_alerts(title, category, price, brand):
    found = alerts(title, category, price, currency="JPY")
    assert brand in found, title
    assert any("view: ateji" in (s.detail or "") for s in found[brand].signals), title


@pytest.mark.parametrize("title, category", [
    ("夜露死苦 刺繍Tシャツ", "watches"), ("倶楽部 木製看板 レトロ", "watches"), ("コピー用紙 A4 500枚 日本製", "handbags"),
    ("腕時計 日本製 新品 正規品", "watches"),
])
def test_everyday_ateji_and_japanese_text_stay_quiet(title, category):
    assert alerts(title, category, 30000, currency="JPY") == {}, title


# ---------------------------------------------------------------------------------------------------- atbash

def test_atbash_of_a_four_letter_mark_with_a_copy_cue_alerts():
    found = alerts("Kfnz suede low-top trainers – 原单品质", "sneakers", 40)
    assert "puma" in found
    assert alerts("Kfnz suede low-top trainers", "sneakers", 120) == {}  # no copy cue
