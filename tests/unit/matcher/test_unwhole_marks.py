"""The mark not written whole (issue 9, outsider19 "What the weak classes share", item 1): its word boundaries moved,
added or removed (split_marks: "Sam + sung", "Coc aCola", "Air Ma x90"), the first sounds of its words swapped
(split_marks' spoonerisms: "Wot Heels", "Mair Ax"), a several-word mark's initials in lower case (initialisms: "lv",
"anr", "aj1"), the initials of consecutive title words (acrostics: "Royal Ocean Luxe Elegance X41"). Each with its
innocent siblings, on the demo registry.
"""

from __future__ import annotations

import pytest

from services.matcher.core.detectors.initialisms import is_no_word
from services.matcher.core.detectors.split_marks import spoonerisms
from tests.unit.matcher.demo import demo_index, demo_listing


def alerted(title: str, category: str, price: float, description: str = "") -> dict[str, set[str]]:
    """brand id -> the rules of its signals, for every brand that alerts."""
    return {m.brand_id: {s.rule.value for s in m.signals}
            for m in demo_index().match(demo_listing(title, category, price, description))}


@pytest.mark.parametrize("title, category, price, brand, rule", [
    ("Bransoletka Pan + dora srebro replika", "jewelry", 8, "pandora", "intrusion"),  # an everyday-word mark, a joiner
    ("Sam + sung S24 Ultra first copy", "phones", 90, "samsung", "intrusion"),
    ("Bur + berry check scarf – copy", "scarves", 30, "burberry", "intrusion"),
    ("Tênis Air Ma x90 réplica", "sneakers", 25, "nike", "intrusion"),  # a model number after the last piece
    ("Coc aCola 330ml x24 fake", "soft drinks", 3, "coca-cola", "intrusion"),
    ("Pr oStaff 97 v14 racket replica", "tennis rackets", 20, "wilson", "intrusion"),
    ("Mi cro/soft Office 2021 key – super copy", "software licenses", 5, "microsoft", "intrusion"),
    ("Wot Heels track builder set – copy", "die-cast cars", 0.2, "mattel", "scattered"),
    ("Mair Ax 90 tenis réplica AAA", "sneakers", 25, "nike", "scattered"),
    ("Racchetta Stro Paff 97 v14 replica", "tennis rackets", 20, "wilson", "scattered"),
    ("aj1 chicago rep ljr", "sneakers", 60, "nike", "initialism"),
    ("el anr serum 50ml copy", "skincare", 10, "estee-lauder", "initialism"),
    ("reloj mk parker réplica", "watches", 30, "michael-kors", "initialism"),
    ("lv zippy wallet replica", "wallets", 30, "louis-vuitton", "initialism"),
    ("Royal Ocean Luxe Elegance Xtra automatic diver watch", "watches", 80, "rolex", "acrostic"),  # a hint below
])
def test_a_mark_not_written_whole_alerts(title, category, price, brand, rule):
    description = "read the first letters 😉" if rule == "acrostic" else ""
    found = alerted(title, category, price, description)
    assert brand in found and rule in found[brand], found


@pytest.mark.parametrize("title, category, price, description", [
    ("Pan + dora charm bracelet", "jewelry", 60, ""),  # no cue, a shop's price
    ("Samsung? no: Sam + sung karaoke night poster", "posters", 9, ""),  # not the brand's category
    ("Air Ma x running shorts", "sportswear", 30, ""),  # no cue, a shop's price
    ("Ma x hoodie replica", "sportswear", 10, ""),  # "Ma x" alone is no Air Max
    ("Wot Heels track builder set", "die-cast cars", 3, ""),  # no cue
    ("Perfume réplica de el jardín, 100ml", "fragrance", 12, ""),  # "el" is the Spanish article, no initials
    ("Sneakers lavet af læder, kopi af en klassiker", "sneakers", 30, ""),  # Danish "af"
    ("Golf mk7 front grille", "auto parts", 60, ""),
    ("Live Openly Value Everyone necklace, acrostic gift", "jewelry", 35, "read the first letters ❤"),
    ("Pearl Ivory Xtra Modern Authentic photo paper A4", "printers", 30, ""),  # PIXMA by chance, no cue
])
def test_the_same_by_chance_stays_quiet(title, category, price, description):
    assert alerted(title, category, price, description) == {}


def test_spoonerisms_swap_the_first_sounds():
    assert {"wot heels", "whot heels"} <= spoonerisms("hot", "wheels")
    assert "mair ax" in spoonerisms("air", "max")
    assert "stro paff" in spoonerisms("pro", "staff")
    assert "forth nace" in spoonerisms("north", "face")
    assert "face north" not in spoonerisms("north", "face")  # the words reordered: scattered words' reading


def test_lower_case_initials_are_no_word():
    assert is_no_word("lv") and is_no_word("mk") and is_no_word("anr")
    assert not is_no_word("el") and not is_no_word("af") and not is_no_word("aj")
