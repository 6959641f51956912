"""Marks whose written shape is broken by characters a reader skips (shape, 2026-12-01), through MatcherIndex.match:

- an unusual space inside a mark (no-break, narrow no-break, en/em, thin, hair, figure, ideographic, a tab): rule
  intrusion, generated over every single-word mark of the demo registry; two common words split by a no-break space
  or a tab (as honest text writes words) need a cue;
- two masked letters, or hyphens standing for letters (G**ci, D?s?n, Swar-vski, Ha-b-o); hyphenated compounds stay
  quiet; a pattern that fits marks of several brands needs the brand's category with a cue or a low price;
- a hidden HTML element inside the mark (display:none, visibility:hidden, font-size:0, hidden);
- the mark spelt out with a bar between every letter (R|O|L|E|X, R | O | L | E | X); bars between title segments
  stay quiet;
- an everyday-word mark hyphenated at a line break (Pu-⏎ma) counts as that everyday word.
"""

from __future__ import annotations

import pytest

from schemas import Rule
from tests.unit.matcher.test_adversary_classes import index, listing  # noqa: F401
from tests.unit.matcher.test_shape_classes import _marks

ODD = ["\u00a0", "\u202f", "\u2002", "\u2003", "\u2009", "\u200a", "\u2007", "\u205f", "\u3000", "\t"]


def _alerts(index, title: str, category: str | None, price: float = 1_000_000.0, description: str = "") -> dict:
    lst = listing(title, category, price)
    if description:
        lst = lst.model_copy(update={"description": description})
    return {m.brand_id: m for m in index.match(lst)}


def _single_word_marks():
    return [(mark, brand, cat) for mark, brand, cat, everyday in _marks(5) if mark.isalpha() and not everyday]


def test_an_unusual_space_inside_every_single_word_mark_alerts(index):
    misses = []
    for n, (mark, brand, cat) in enumerate(_single_word_marks()):
        space = ODD[n % (len(ODD) - 2) + 1]  # not the no-break space or the tab: those are test_..._between_words
        k = 2 + n % (len(mark) - 3)
        title = f"{mark[:k]}{space}{mark[k:]} {cat}"
        found = _alerts(index, title, cat)
        at_hump = mark[k].isupper() and mark[k - 1].islower()  # "Sound Link" is the registered SoundLink as written
        if brand not in found or not at_hump and Rule.intrusion not in {s.rule for s in found[brand].signals if s.weight > 0}:
            misses.append(title)
    assert misses == []


@pytest.mark.parametrize("title, category, brand", [
    ("Ferr\u202fero confiserie bulk pack avec boîte", "chocolate", "ferrero"),
    ("Mi\u202fchael Kors handbag leather tote with box", "handbags", "michael-kors"),
    ("Le\tvis áo khoác unisex S-XXL", "jeans", "levis"),
    ("сумка Louis Vuit\u2002ton leather tote", "handbags", "louis-vuitton"),
    ("caNadA G\u3000Oose down jacket", "jackets", "canada-goose"),
])
def test_unusual_spaces_in_marks_of_every_shape_alert(index, title, category, brand):
    assert brand in _alerts(index, title, category, 40.0)


def test_two_common_words_split_by_a_no_break_space_or_tab_need_a_cue(index):
    assert _alerts(index, "Zoom lens for cameras, can\u00a0on sale", "cameras") == {}
    assert _alerts(index, "Color\tBlack\tSize\tM sam\tsung charger", "chargers", 30.0) == {}
    assert "samsung" in _alerts(index, "sam\tsung 25W fast charger 1:1 copy", "chargers", 30.0)


def test_ordinary_text_with_unusual_spaces_stays_quiet(index):
    for title in ["Prix\u202f: 20\u00a0€ seulement\u202f! montre automatique", "Color\tBlack\nSize\tM leather belt",
                  "全新\u3000正品包装\u3000包邮 运动鞋", "Stock\u202f: 1\u202f000 pièces, sac à main"]:
        assert _alerts(index, title, "handbags", 40.0) == {}, title


@pytest.mark.parametrize("title, category, brand", [
    ("kostenloser Versand D?s?n 220V Haushaltsgerät", "hair care", "dyson"),
    ("G**ci leather belt", "belts", "gucci"),
    ("R•l•x oyster watch", "watches", "rolex"),
    ("отправка за 24ч Swar-vski 18k gold plated", "jewelry", "swarovski"),
    ("toy Ha-b-o collector edition top quality", "action figures", "hasbro"),
    ("?o?dan retro sneakers", "sneakers", "nike"),
    ("_lin_que night cream 50ml", "skincare", "estee-lauder"),
])
def test_two_masked_letters_or_hyphens_for_letters_alert(index, title, category, brand):
    assert brand in _alerts(index, title, category, 40.0)


def test_a_masked_pattern_of_several_brands_marks_counts_only_in_a_brands_category(index):
    found = _alerts(index, "●o●ch leather shoulder bag 1:1", "handbags", 200.0)
    assert set(found) == {"coach"}
    assert _alerts(index, "●o●ch pendant", "books", 20.0) == {}


def test_hyphenated_compounds_and_censored_words_stay_quiet(index):
    for title in ["T-shirt, x-ray print, wi-fi ready", "Pre-owned anti-slip e-mail holder", "f**k this heat summer tee",
                  "S-XXL hi-fi co-op t-shirt", "★★★★☆ rated • fast • free"]:
        assert _alerts(index, title, "t-shirts", 20.0) == {}, title


@pytest.mark.parametrize("title, category, brand", [
    ('Ba<span style="display:none">x</span>rbie jucărie collector edition', "dolls", "mattel"),
    ('Can<span style="display:none">x</span>on fotocamera full frame body', "cameras", "canon"),
    ("Ro<span hidden>q</span>lex oyster watch", "watches", "rolex"),
    ('Gu<span style="font-size:0px">zz</span>cci belt', "belts", "gucci"),
    ('Nint<font style="visibility:hidden">x</font>endo console bundle', "consoles", "nintendo"),
])
def test_a_hidden_element_inside_a_mark_alerts_as_markup(index, title, category, brand):
    found = _alerts(index, title, category, 40.0)
    assert brand in found
    assert Rule.markup in {s.rule for s in found[brand].signals if s.weight > 0}


def test_honest_html_with_hidden_elements_stays_quiet(index):
    for title in ['Leather belt <span style="display:none">SKU 4471</span> brown', "Watch strap<span hidden>1</span> steel",
                  '<b>Tote bag</b> <span style="font-size:10px">zz</span><br>new']:
        assert _alerts(index, title, "belts", 40.0) == {}, title


@pytest.mark.parametrize("title, category, brand", [
    ("pièce auto M|i|c|h|e|l|i|n OEM spec", "tires", "michelin"),
    ("W|i|l|s|o|n carbon frame racket", "tennis rackets", "wilson"),
    ("S|H|E|L|L motor oil 5W-40", "motor oil", "shell"),
    ("R | O | L | E | X automatic watch", "watches", "rolex"),
])
def test_a_bar_between_every_letter_spells_the_mark(index, title, category, brand):
    found = _alerts(index, title, category, 40.0)
    assert brand in found
    assert Rule.confusable in {s.rule for s in found[brand].signals if s.weight > 0}


def test_bars_between_title_segments_and_sizes_stay_quiet(index):
    for title in ["Leather belt | Men | Brown", "Running shoes sizes S|M|L|XL", "Tote bag | new | sale"]:
        assert _alerts(index, title, "belts", 40.0) == {}, title


def test_an_everyday_mark_hyphenated_at_a_line_break_counts_as_that_word(index):
    found = _alerts(index, "sneakers size 36-45 with box", "sneakers", 8.0, description="top quality Pu-\nma with box")
    assert "puma" in found
    assert _alerts(index, "Wildlife book: the pu-\nma of the Andes", "books", 20.0) == {}
