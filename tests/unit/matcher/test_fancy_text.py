"""The mark in fancy-text letters and codes (issue 9, glyphs29): other scripts' and symbols' look-alikes of its Latin
letters (Canadian syllabics, mathematical operators, the Ethiopic fancy alphabet), Bacon's biliteral cipher and
uwu-speak; and their honest twins (Inuktitut, Cree, Amharic and Armenian text, maths goods, cipher puzzles, uwu merch),
which stay quiet."""

from __future__ import annotations

import pytest

from services.matcher.core.codes import Marks
from services.matcher.core.codes.bacon import CODE as BACON
from services.matcher.core.codes.uwu import CODE as UWU, copy_cues, forms
from services.matcher.core.detectors.text_views import glyph_latin_views
from tests.unit.matcher.demo import demo_index, demo_listing


def alerts(title: str, category: str, price: float, description: str = "") -> dict:
    return {m.brand_id: m for m in demo_index().match(demo_listing(title, category, price, description))}


# ------------------------------------------------------------------------------------------ look-alikes

@pytest.mark.parametrize("text, read", [
    ("ᖇOᒪᕮ᙭ black", "ROLEX black"), ("ᑎIᖽᐸᕮ white", "NIKE white"), ("ᑭᑌᗰᗩ suede", "PUMA suede"),
    ("Tᕼᕮ ᑎOᖇTᕼ ᖴᗩᑕᕮ", "THE NORTH FACE"), ("⊂∆N∅N ink", "CANON ink"), ("∂Y∫∅N", "DYSON"), ("R∅∟∈×", "ROLEX"),
    ("M∣⊂R∅∫∅F⊤ OS", "MICROSOFT OS"), ("ᑭ ᑌ ᗰ ᗩ shoes", "PUMA shoes"), ("ᑎ I ᖽᐸ ᕮ gym", "NIKE gym"),
    ("ጠ የቿዪቻዐዪጠልክርቿ oil", "M PERFORMANCE oil"),
])
def test_look_alike_letters_of_other_scripts_are_read_as_latin(text, read):
    assert [v[0] for v in glyph_latin_views(text)] == [read]


@pytest.mark.parametrize("text", ["Inuktitut book ᐃᓄᒃᑎᑐᑦ – ᑕᑯᔪᖅ", "ᐃ ᐱ ᑎ ᑭ ᒋ ᒥ ᓂ ᓯ ᓕ keyboard stickers",
                                  "ᐃᓄᒃᑎᑐᑦ ᑭᑌᗰᗩ", "ቡና ኢትዮጵያ ክር", "Souvenir: Երևան, Հայաստան"])
def test_words_of_a_script_that_writes_the_listing_stay_its_own(text):
    assert list(glyph_latin_views(text)) == []


@pytest.mark.parametrize("title, category, price, brand", [
    ("ᖇOᒪᕮ᙭ black ceramic dive watch 41mm – replica", "watches", 200, "rolex"),
    ("ᑕOᗩᑕᕼ pillow leather shoulder bag – copy", "handbags", 40, "coach"),
    ("⊂∆N∅N black ink cartridge – реплика люкс", "printers", 5, "canon"),
    ("∆∂∣∂∆∫ three-stripe sneakers – class A replica", "sneakers", 30, "adidas"),
])
def test_a_mark_drawn_with_look_alikes_alerts_and_names_the_view(title, category, price, brand):
    found = alerts(title, category, price)
    assert brand in found, title
    assert any("look-alikes of other scripts" in (s.detail or "") for s in found[brand].signals), title


@pytest.mark.parametrize("title, category", [
    ("Inuktitut children's book ᐃᓄᒃᑎᑐᑦ – ᑕᑯᔪᖅ", "handbags"), ("Set theory poster: A ∪ B, A ∩ B, ∅, x ∈ S", "watches"),
    ("∂f/∂x calculus mug", "sneakers"), ("Photo frame 10×20 cm", "cameras"), ("Souvenir mug አማርኛ", "handbags"),
])
def test_honest_script_text_and_maths_goods_stay_quiet(title, category):
    assert alerts(title, category, 80) == {}, title


# ------------------------------------------------------------------------------------------ Bacon's cipher

MARKS = Marks(["rolex", "nike", "levis", "canon", "gucci", "burberry", "ferrero", "cartier", "thenorthface",
               "michaelkors", "ultraboost", "lego", "prostaff"],
              split=[("the", "north", "face"), ("michael", "kors"), ("pro", "staff")])


def test_bacon_reads_both_tables_and_every_writing():
    read = lambda text: {h.mark for h in BACON.decode(text, MARKS)}  # noqa: E731
    assert read("[ABABB AABAA BABAB ABAAA BAABA] jeans") == {"levis"}  # 26 letters: V is BABAB
    assert read("AABBA BAABB AAABA AAABA ABAAA bag") == {"gucci"}  # Bacon's 24: U/V share BAABB
    assert read("aaaba aaaaa abbab abbba abbab") == {"canon"}
    assert read("AAABAAAAAAABBABABBBAABBAB cartridge") == {"canon"}  # run together
    assert read("AAABA-AAAAA-ABBAB-ABBBA-ABBAB") == {"canon"}
    assert read("00010 00000 01101 01110 01101") == {"canon"}  # 0/1: three groups or more
    assert read("0001000000011010111001101") == set()  # 0/1 run together only with the cipher named
    assert read("Bacon: 0001000000011010111001101") == {"canon"}


def test_bacon_hints():
    [hit] = BACON.decode("[ABABB AABAA BABAB ABAAA BAABA]", MARKS)
    assert hit.hinted and not hit.told
    [hit] = BACON.decode("00010 00000 01101 01110 01101 copy", MARKS)
    assert not hit.hinted  # groups of 0/1 neither named nor set apart: a cue that claims a copy


@pytest.mark.parametrize("title, category, price, brand", [
    ("[AAABA AAAAA ABBAB ABBBA ABBAB] black ink cartridge – first copy", "printers", 5, "canon"),
    ("[ABABB AABAA BABAB ABAAA BAABA] straight-fit selvedge jeans – replica", "jeans", 12, "levis"),
])
def test_a_mark_in_bacons_cipher_alerts(title, category, price, brand):
    found = alerts(title, category, price)
    assert brand in found, title
    assert any("Bacon's cipher" in (s.detail or "") for s in found[brand].signals), title


@pytest.mark.parametrize("title, category", [
    ("Escape room kit – Bacon cipher puzzle cards AABBB AABAA ABABB ABABB ABBBA", "toys"),
    ("Francis Bacon and the Baconian cipher – paperback", "toys"),
])
def test_cipher_puzzles_stay_quiet(title, category):
    assert alerts(title, category, 30) == {}, title


# ------------------------------------------------------------------------------------------ uwu-speak

def test_uwu_forms_and_reading():
    assert {"wowex", "wolex", "rowex"} == forms("rolex")
    assert "nyike" in forms("nike") and "de" in forms("the")
    read = lambda text: {h.mark for h in UWU.decode(text, MARKS)}  # noqa: E731
    assert read("Wowex steel chronograph") == {"rolex"}
    assert read("Nyike shoes") == {"nike"}
    assert read("Buwbewwy trench") == {"burberry"}
    assert read("De Nowth Face jacket") == {"thenorthface"}
    assert read("Michaew Kows bag") == {"michaelkors"}
    assert read("Pwo Staff racket") == {"prostaff"}
    assert read("Pwo racket") == set()  # three letters alone
    assert read("wow so cute uwu") == set()
    assert all(not h.hinted for h in UWU.decode("Wowex", MARKS))  # a candidate that needs a cue claiming a copy
    assert [t for *_, t in copy_cues("Fewwewo chocolates uwu wepwica, miwwow quawity")] == ["replica", "mirror quality"]


@pytest.mark.parametrize("title, category, price, brand", [
    ("Wowex steel chronograph 40mm, panda dial uwu ✨ 1:1 copy owo", "watches", 300, "rolex"),
    ("Buwbewwy double-breasted heritage trench uwu ✨ wepwica", "trench coats", 60, "burberry"),
])
def test_a_mark_in_uwu_speak_with_a_copy_cue_alerts(title, category, price, brand):
    assert brand in alerts(title, category, price), title


@pytest.mark.parametrize("title, category", [
    ("uwu cat hoodie pastel", "sportswear"), ("Kawaii pwushie bunny, so fwuffy uwu", "toys"),
    ("Wowex steel chronograph 40mm, panda dial uwu", "watches"),  # no cue that claims a copy
])
def test_uwu_merch_and_uwu_without_a_copy_cue_stay_quiet(title, category):
    assert alerts(title, category, 5000 if category == "watches" else 40) == {}, title
