"""The mark drawn with characters (rule drawn; core/drawn.py, detectors/drawn.py; issue 9, outsider17's
c_figlet_banner17): a banner of ASCII art read back by templates of pyfiglet's fonts, and letters stacked one a line.
What a copy draws alerts with the rule and the reading in the evidence; decorative art, tables, separators and a shop's
own name drawn stay quiet. On the demo registry. None of outsider17's listings is used here: the banners are drawn
with the library (fonts it ships) and by hand in fonts it does not."""

from __future__ import annotations

import pyfiglet
import pytest

from services.matcher.core import drawn
from services.portal.notice import DISGUISE_RULES
from tests.unit.matcher.demo import demo_index, demo_listing


def alerts(title: str, category: str, price: float, description: str = "", currency: str = "USD"):
    return {m.brand_id: m for m in demo_index().match(demo_listing(title, category, price, description, currency=currency))}


def banner(word: str, font: str, ink: str | None = None) -> str:
    art = pyfiglet.figlet_format(word, font=font, width=400)
    lines = [line.rstrip() for line in art.split("\n")]
    while lines and not lines[-1]:
        lines.pop()
    while lines and not lines[0]:
        lines.pop(0)
    text = "\n".join(lines)
    if ink is not None:
        text = "".join(ch if ch in " \n" else ink for ch in text)
    return text


# a 5 x 5 bitmap font no library ships, drawn by hand (the way a seller's own banner is drawn)
HAND = {"B": ["#### ", "#   #", "#### ", "#   #", "#### "], "U": ["#   #", "#   #", "#   #", "#   #", " ### "],
        "R": ["#### ", "#   #", "#### ", "# #  ", "#  ##"], "E": ["#####", "#    ", "#### ", "#    ", "#####"],
        "Y": ["#   #", " # # ", "  #  ", "  #  ", "  #  "], "P": ["#### ", "#   #", "#### ", "#    ", "#    "],
        "M": ["#   #", "## ##", "# # #", "#   #", "#   #"], "O": [" ### ", "#   #", "#   #", "#   #", " ### "], "A": [" ### ", "#   #", "#####", "#   #", "#   #"]}


def hand(word: str, ink: str = "#", gap: int = 2) -> str:
    return "\n".join((" " * gap).join(HAND[ch][r].replace("#", ink) for ch in word).rstrip() for r in range(5))


@pytest.mark.parametrize("word, font", [("ROLEX", "banner"), ("GUCCI", "banner3"), ("Nike", "standard"),
                                        ("Rolex", "big"), ("DYSON", "letter"), ("Rolex", "doom"),
                                        ("OMEGA", "ansi_regular"), ("SONY", "banner4")])
def test_banners_in_the_librarys_fonts_read_back(word, font):
    art = banner(word, font)
    [block] = drawn.blocks(art)
    assert word.upper() in drawn.read(block.rows)


@pytest.mark.parametrize("word, ink", [("BURBERRY", "#"), ("PUMA", "█"), ("PUMA", "*"), ("BURBERRY", "@")])
def test_a_hand_drawn_font_in_any_ink_reads_back(word, ink):
    [block] = drawn.blocks(hand(word, ink))
    assert drawn.read(block.rows)[0] == word


def test_a_stripped_first_indent_and_doubled_cells_read_back():
    art = hand("PUMA")
    assert drawn.read(drawn.blocks(art.lstrip())[0].rows, flush=True)[0] == "PUMA"  # the marketplace stripped it
    doubled = "\n".join("".join(ch * 2 for ch in line) for line in hand("PUMA", "█").split("\n"))
    assert drawn.read(drawn.blocks(doubled)[0].rows)[0] == "PUMA"


@pytest.mark.parametrize("title, description, category, price, brand", [
    ("Men's diver watch green 41mm", banner("ROLEX", "banner") + "\n\nmirror quality, ships fast", "watches", 120, "rolex"),
    ("Leather belt", hand("BURBERRY", "█") + "\n\n1:1 copy", "belts", 35, "burberry"),
    ("Running shoes", banner("Nike", "standard") + "\nAAA replica", "sneakers", 30, "nike"),
    ("Suede sneakers", "     " + hand("PUMA", "*").lstrip() + "\nreplica, DM", "sneakers", 25, "puma"),
    ("Watch", "R\nO\nL\nE\nX\n\nsuper clone 1:1", "watches", 150, "rolex"),
    ("手表 高仿", "劳\n力\n士\n\n一比一", "watches", 900, "rolex"),
])
def test_a_drawn_mark_alerts_with_the_rule_and_the_reading(title, description, category, price, brand):
    found = alerts(title, category, price, description, currency="CNY" if "手表" in title else "USD")
    assert brand in found
    signal = next(s for s in found[brand].signals if s.rule.value == "drawn")
    assert signal.field == "description"
    assert "read '" in signal.detail and signal.rule.value in DISGUISE_RULES  # the takedown notice names it


@pytest.mark.parametrize("title, description, category, price", [
    # decorative art, a table, separators, emoji rows and a shop's own name drawn
    ("Handmade mug", "  /\\_/\\\n ( o.o )\n  > ^ <\n\ncute cat mug, dishwasher safe", "mugs", 14),
    ("Sneakers size table", "| EU | UK | US |\n|----|----|----|\n| 40 | 6  | 7  |\n| 41 | 7  | 8  |", "sneakers", 80),
    ("Leather belt", "==========\n**********\n----------\nGenuine leather, 110 cm", "belts", 30),
    ("Watch strap", "⭐⭐⭐⭐⭐\n🔥🔥🔥🔥🔥\n✅✅✅✅✅\nfits 20mm lugs", "watches", 12),
    ("Bag", banner("BEST SHOP", "banner") + "\nquality bags since 2010", "handbags", 60),
    ("Tote bag", hand("BEAU") + "\nplain canvas tote, our own brand", "handbags", 20),
])
def test_innocent_drawings_stay_quiet(title, description, category, price):
    assert alerts(title, category, price, description) == {}


def test_the_gate_is_shut_for_ordinary_text():
    assert not drawn.may_hold("Brand new watch\nships today")
    assert not drawn.may_hold("Line one of text\nLine two of text\nLine three of text\nLine four")
    assert drawn.may_hold(banner("ROLEX", "banner"))
    assert drawn.may_hold("R\nO\nL\nE\nX")
