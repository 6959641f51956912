"""The brand by a name the registry's plain scan misses (issue 9, names): a Chinese alias with a character written as the
CJK radical letter drawn like it (宝⻢, 劳⼒⼠), and the same letters where nobody disguises anything."""

from __future__ import annotations

import pytest

from services.matcher.core.normalise import nfkc_text, radical_ideograph
from tests.eval.adversary import chaizi
from tests.unit.matcher.demo import demo_alerts


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
