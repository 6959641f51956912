"""The brand by a name the registry's plain scan misses (issue 9, names): a Chinese alias with a character written as the
CJK radical letter drawn like it (宝⻢, 劳⼒⼠), and the same letters where nobody disguises anything."""

from __future__ import annotations

import pytest

from services.matcher.core.normalise import nfkc_text, radical_ideograph
from tests.eval.adversary import chaizi
from tests.unit.matcher.demo import SEED, demo_alerts


def _rules(match) -> dict[str, str]:
    return {s.rule.value: s.detail for s in match.signals if s.weight > 0}


def test_radical_letters_fold_to_the_ideographs_they_are_drawn_as():
    assert nfkc_text("宝⻢ ⻜利浦 彪⻢ 劳⼒⼠") == "宝马 飞利浦 彪马 劳力士"
    assert radical_ideograph("⺮") == ""  # the bamboo top is written alone in no word: left as it is
    assert radical_ideograph("马") == ""


@pytest.mark.parametrize(("title", "brand", "category", "letter"), [
    ("宝⻢ 刹车盘 高仿 一比一", "bmw", "auto parts", "'⻢' for 马"),
    ("⻜利浦 电动牙刷 高仿", "philips", "electric toothbrushes", "'⻜' for 飞"),
    ("彪⻢ 运动鞋 1比1", "puma", "sneakers", "'⻢' for 马"),
    ("劳⼒⼠ 手表 高仿", "rolex", "watches", "'⼒' for 力"),
])
def test_an_alias_with_a_radical_letter_is_a_look_alike_in_the_evidence(title, brand, category, letter):
    found = demo_alerts(title, category, 200.0, currency="CNY")
    assert set(found) == {brand}, found
    rules = _rules(found[brand])
    assert "confusable" in rules and letter in rules["confusable"], rules


def test_text_copied_from_a_pdf_writes_the_alias_so_by_accident_and_a_fair_price_keeps_it_quiet():
    pdf = "".join(chaizi.RADICAL_LETTERS.get(c, c) for c in "宝马 刹车盘 日本进口 官方正品")
    assert "⽇" in pdf and "⻢" in pdf
    assert demo_alerts(pdf, "auto parts", 2400.0, currency="CNY") == {}


@pytest.mark.parametrize("chart", [chaizi.KANGXI_CHART, " ".join(chaizi.KANGXI_CHART), chaizi.SIDE_FORMS])
def test_charts_of_the_radicals_stay_quiet(chart):
    assert demo_alerts(f"康熙字典 214部首 挂图 {chart}", "books", 25.0, currency="CNY") == {}


# ------------------------------------------------------------------ former company names (registry `former_names`)

@pytest.mark.parametrize(("title", "brand", "category", "price", "name"), [
    ("Bayerische Motoren Werke front brake disc 1:1 replica", "bmw", "auto parts", 30.0, "Bayerische Motoren Werke"),
    ("Blue Ribbon Sports high-top sneakers replica", "nike", "sneakers", 30.0, "Blue Ribbon Sports"),
    ("Wilsdorf & Davis automatic dress watch AAA quality", "rolex", "watches", 300.0, "Wilsdorf & Davis"),
    ("Kwanon mirrorless camera super copy", "canon", "cameras", 90.0, "Kwanon"),
    ("Tokyo Tsushin Kogyo wireless headphones 1:1 copy", "sony", "headphones", 20.0, "Tokyo Tsushin Kogyo"),
    ("Toyoda front brake pads 1:1 replica", "toyota", "auto parts", 20.0, "Toyoda"),
    ("National rechargeable AA batteries replica AAA quality", "panasonic", "batteries", 2.0, "National"),
])
def test_a_former_company_name_with_a_copy_alerts_and_the_evidence_names_it(title, brand, category, price, name):
    found = demo_alerts(title, category, price)
    assert set(found) == {brand}, found
    assert any(f"named by the former company name '{name}'" in (s.detail or "") for s in found[brand].signals), \
        [s.detail for s in found[brand].signals]


@pytest.mark.parametrize(("title", "category", "price"), [
    ("Toyoda front brake pads, genuine supplier part", "auto parts", 60.0),  # a surname, no cue: needs one
    ("Toyoda Gosei steering wheel airbag module", "auto parts", 180.0),
    ("National Geographic magazine, 12 issues 1985", "books", 25.0),
    ("National rechargeable AA batteries 4 pcs", "batteries", 9.0),
    ("Matsushita Konosuke: Not for Bread Alone, paperback", "books", 12.0),
    ("Bayerische Motoren Werke 1916-1945: a company history, hardcover", "books", 39.0),
    ("American Safety Razor Company Personna blades, 100 pack", "razor blades", 22.0),
])
def test_former_names_in_their_everyday_and_historic_senses_stay_quiet(title, category, price):
    assert demo_alerts(title, category, price) == {}


def test_every_former_name_in_the_demo_registry_has_its_source_beside_it():
    lines = SEED.read_text(encoding="utf-8").split("\n")
    declared = [k for k, line in enumerate(lines) if line.strip().startswith("former_names:")]
    assert len(declared) >= 15
    for k in declared:
        assert lines[k - 1].strip().startswith("#") and any("former names:" in lines[j] for j in range(k - 4, k)), lines[k]


# ------------------------------------------------------------------ rarer scripts, read by their letters

@pytest.mark.parametrize(("title", "brand", "category"), [
    ("ރޮލެކްސް automatic watch copy AAA", "rolex", "watches"),  # Thaana
    ("ނައިކީ sneakers copy AAA", "nike", "sneakers"),
    ("ໂລເລັກ automatic watch copy AAA", "rolex", "watches"),  # Lao: a final x written k
    ("ⵏⴰⵢⴽ sneakers copy AAA", "nike", "sneakers"),  # Tifinagh
    ("ߣߊߦߞߌ sneakers copy AAA", "nike", "sneakers"),  # N'Ko
    ("ᱱᱟᱭᱠᱤ sneakers copy AAA", "nike", "sneakers"),  # Ol Chiki
    ("ᱥᱟᱢᱥᱩᱝ smartphone replica AAA", "samsung", "phones"),  # Ol Chiki ᱝ is ng
    ("ꦱꦩ꧀ꦱꦸꦁ smartphone copy AAA", "samsung", "phones"),  # Javanese
    ("𞤲𞤢𞤴𞤳𞤭 sneakers copy AAA", "nike", "sneakers"),  # Adlam
    ("ᓇᐃᑭ sneakers copy AAA", "nike", "sneakers"),  # Canadian syllabics
])
def test_a_mark_written_by_its_sound_in_a_rarer_script_alerts_as_a_transliteration(title, brand, category):
    found = demo_alerts(title, category, 20.0)
    assert set(found) == {brand}, found
    assert "transliteration" in _rules(found[brand]) or "exact" in _rules(found[brand]), _rules(found[brand])


@pytest.mark.parametrize(("title", "category", "price", "currency"), [
    ("ގަޑި ރަނގަޅު އަގު", "watches", 900.0, "MVR"),  # Dhivehi "watch, good price": gadi is no Cartier
    ("ⴰⵣⵓⵍ ⴰⴷⵍⵉⵙ ⵏ ⵜⵎⴰⵣⵉⵖⵜ", "books", 60.0, "MAD"),
])
def test_everyday_words_of_those_scripts_stay_quiet(title, category, price, currency):
    assert demo_alerts(title, category, price, currency=currency) == {}
