"""The brand named by a crossword clue (issue 9, naming; outsider16's `c_crossword_clue`): the letters of the brand's
own name counted, and its first (or each word's first) or last letter given, in the grammar of 13 languages
(detectors/clues.py, rule `clue`). A weak reading: only in the brand's category beside a cue that claims a copy.
Titles written for this test."""

from __future__ import annotations

import pytest

from tests.unit.matcher.demo import demo_alerts


@pytest.mark.parametrize(("title", "brand", "category", "price", "currency"), [
    ("Watch - brand of 5 letters, starts with R and ends with X - replica", "rolex", "watches", 60.0, "USD"),
    ("Belt, designer: 5 letters beginning with G, last letter I, super copy", "gucci", "belts", 30.0, "USD"),
    ("Charm bracelet – marque de 7 lettres, commence par P, finit par A – réplique", "pandora", "jewelry", 15.0, "EUR"),
    ("Kopfhörer – Marke mit 4 Buchstaben, beginnt mit B, endet auf E – Fälschung", "bose", "headphones", 25.0, "EUR"),
    ("Secador – marca de 5 letras que empieza por D y termina en N – réplica", "dyson", "hair care", 30.0, "EUR"),
    ("Parka – marka iki kelime, 6 ve 5 harf, C ve G ile başlar – replika", "canada-goose", "parkas", 80.0, "EUR"),
    ("Orologio – marchio di 7 lettere, inizia con C – replica", "cartier", "watches", 90.0, "EUR"),
    ("Часы – бренд из 5 букв, начинается на O, реплика", "omega", "watches", 5000.0, "RUB"),
    ("휴대폰 7글자 S로 시작하는 브랜드 짝퉁", "samsung", "phones", 90000.0, "KRW"),
    ("皮带 五个字母 G开头 I结尾 高仿", "gucci", "belts", 80.0, "CNY"),
    ("ゲーム機 Nで始まる8文字のブランド コピー品", "nintendo", "consoles", 5000.0, "JPY"),
    ("Tas – merk met 5 en 7 letters, begint met L en V – replica", "louis-vuitton", "handbags", 120.0, "EUR"),
])
def test_a_clue_with_a_copy_cue_alerts_the_brand_it_fits(title, brand, category, price, currency):
    found = demo_alerts(title, category, price, currency=currency)
    assert set(found) == {brand}, found
    assert any(s.rule.value == "clue" and s.weight > 0 for s in found[brand].signals)


@pytest.mark.parametrize(("title", "category", "price", "currency"), [
    ("Crossword puzzle book, 500 puzzles, 5 to 12 letters", "books", 9.0, "USD"),
    ("Scrabble word list: words of 5 letters starting with R", "books", 5.0, "USD"),
    ("Name necklace, 5 letters, starts with R, gold plated", "jewelry", 20.0, "USD"),
    ("Kids watch, name of 5 letters, starts with R, custom", "watches", 15.0, "USD"),  # a price alone is no copy claim
    ("Wooden letters for kids, 26 letters starting with A", "toys", 12.0, "USD"),
    ("Mots croisés, 200 grilles, mots de 5 lettres qui commencent par R", "books", 7.0, "EUR"),
])
def test_puzzles_that_name_no_brand_stay_quiet(title, category, price, currency):
    assert demo_alerts(title, category, price, currency=currency) == {}
