"""The mark written in a code the buyer decodes (codes, 2026-12-02): Braille, Morse, a spelling alphabet, IPA and an
anagram (services/matcher/core/codes/, detectors/decoded.py, rule decoded). What a copy says alerts, with the rule and
the code named in the evidence and the takedown notice; the honest listings that use the same codes stay quiet. On the
demo registry."""

from __future__ import annotations

import pytest

from services.matcher.core.codes import braille, ipa, morse, spelling_alphabets
from services.portal.notice import DISGUISE_RULES
from tests.unit.matcher.demo import demo_index, demo_listing


def alerts(title: str, category: str, price: float, description: str = "", currency: str = "USD"):
    return {m.brand_id: m for m in demo_index().match(demo_listing(title, category, price, description, currency=currency))}


def decoded(match):
    return next(s for s in match.signals if s.rule.value == "decoded" and s.weight > 0)


@pytest.mark.parametrize("title, category, price, description, brand, view, text", [
    ("⠉⠁⠗⠞⠊⠑⠗ square steel watch – AAA quality", "watches", 1515, "Top quality, read the name 😉", "cartier",
     "braille", "⠉⠁⠗⠞⠊⠑⠗"),
    ("⠠⠗⠕⠇⠑⠭ automatic watch replica", "watches", 300, "", "rolex", "braille", "⠗⠕⠇⠑⠭"),  # a capital indicator
    ("Tote ⠇⠕⠥⠊⠎⠀⠧⠥⠊⠞⠞⠕⠝ mirror quality", "handbags", 120, "", "louis-vuitton", "braille", "⠇⠕⠥⠊⠎⠀⠧⠥⠊⠞⠞⠕⠝"),
    ("mirrorless camera -.-. .- -. --- -. 1:1", "cameras", 250, "Brand in morse 😉", "canon", "morse", "-.-. .- -. --- -."),
    ("Leather belt – --. ..- -.-. -.-. .. replica", "belts", 60, "", "gucci", "morse", "--. ..- -.-. -.-. .."),
    ("Parka -·-· ·- -· ·- -·· ·- / --· --- --- ··· · replica", "parkas", 90, "", "canada-goose", "morse",
     "-·-· ·- -· ·- -·· ·- / --· --- --- ··· ·"),  # look-alike dots, a word space
    ("13-inch laptop (Alfa Papa Papa Lima Echo) replica", "laptops", 178.99, "", "apple", "spelling alphabet",
     "Alfa Papa Papa Lima Echo"),
    ("Check scarf BRAVO UNIFORM ROMEO BRAVO ECHO ROMEO ROMEO YANKEE super copy", "scarves", 38, "", "burberry",
     "spelling alphabet", "BRAVO UNIFORM ROMEO BRAVO ECHO ROMEO ROMEO YANKEE"),
    ("Uhr Romeo, Oscar, Lima, Echo, X-ray Replik 1:1", "watches", 120, "", "rolex", "spelling alphabet",
     "Romeo, Oscar, Lima, Echo, X-ray"),
    ("Sneaker (Nordpol Ida Kaufmann Emil) 1:1", "sneakers", 25, "", "nike", "spelling alphabet", "Nordpol Ida Kaufmann Emil"),
    ("automatic dress watch /ˈroʊlɛks/ style – replica", "watches", 890, "Say it out loud 😉", "rolex", "ipa", "/ˈroʊlɛks/"),
    ("zip wallet /lwi vɥitɔ̃/ style – replica", "wallets", 194.99, "", "louis-vuitton", "ipa", "/lwi vɥitɔ̃/"),
    ("touring tyre 205/55R16 /miʃ.lɛ̃/ style – replica", "tires", 25, "", "michelin", "ipa", "/miʃ.lɛ̃/"),
    ("screw bangle [kaʁ.tje] replica", "jewelry", 119, "", "cartier", "ipa", "[kaʁ.tje]"),
    ("OCHAC (unscramble 😉) saffiano tote", "handbags", 39.99, "Top quality copy", "coach", "anagram", "OCHAC"),
    ("NSOY (unscramble 😉) noise-cancelling headphones", "headphones", 67.99, "", "sony", "anagram", "NSOY"),
    ("XLEOR automatic watch - adivina la marca", "watches", 150, "", "rolex", "anagram", "XLEOR"),
    ("LPPHISI sonic toothbrush super copy", "electric toothbrushes", 16.99, "", "philips", "anagram", "LPPHISI"),
    # the last word of a two-word mark alone, no word of its own: with a cue or a price far below the floor
    ("⠧⠥⠊⠞⠞⠕⠝ tote bag – AAA quality", "handbags", 109, "", "louis-vuitton", "braille", "⠧⠥⠊⠞⠞⠕⠝"),
    ("night serum 50ml .-.. .- ..- -.. . .-. 1:1", "skincare", 31, "", "estee-lauder", "morse", ".-.. .- ..- -.. . .-."),
])
def test_a_mark_in_a_code_alerts_and_the_evidence_names_the_code(title, category, price, description, brand, view, text):
    found = alerts(title, category, price, description)
    assert list(found) == [brand], found
    s = decoded(found[brand])
    assert f"(view: {view})" in s.detail and s.text == text, s


@pytest.mark.parametrize("title, category, price, description", [
    # Braille learning goods, and a Braille label beside the brand's name on its box at a shop's price
    ("Braille alphabet flash cards ⠁⠃⠉⠙⠑", "books", 12, ""),
    ("Rolex Submariner box with Braille label ⠗⠕⠇⠑⠭", "watches", 9500, ""),
    ("⠉⠁⠝⠕⠝ camera strap", "cameras", 900, ""),  # the brand in Braille at a shop's price, nothing of the copy trade
    # Morse jewellery of words, a keyer, a chart
    ("Morse code bracelet .-.. --- ...- . / -.-- --- ..-", "jewelry", 20, ""),
    ("CW straight key for Morse code practice", "radio equipment", 45, "... --- ... and more on the chart."),
    # NATO alphabet goods and a call sign
    ("NATO phonetic alphabet flash cards Alfa Bravo Charlie Delta Echo Foxtrot", "books", 9, ""),
    ("Whiskey Tango Foxtrot mug", "mugs", 14, ""),
    # IPA in dictionaries and a pronunciation note on genuine goods at a shop's price
    ("Phonetics workbook, IPA chart included /ˈwɒtʃ/", "books", 25, ""),
    ("Brand names pronunciation guide, e.g. /ˈroʊlɛks/", "books", 15, ""),
    ("How to pronounce Levi's /ˈləviːs/ - pronunciation guide", "books", 17.11, ""),  # no look-alike Levi's either
    ("How to pronounce Danone /ˈdɑːnɒn/", "books", 5.85, ""),  # nor Nestlé's NAN
    # word puzzles, a scramble of nothing registered, an everyday word that is a mark's anagram
    ("Anagram puzzle book: unscramble 500 words - TRSAE", "books", 9, ""),
    ("Nosy neighbour wireless headphones", "headphones", 150, ""),
    ("Gloves HKMPV - unscramble for a discount code", "accessories", 60, ""),
    ("Suede sneakers ... ..- . -.. .", "sneakers", 120, ""),  # a word of a mark that is a word: Puma Suede's "suede"
])
def test_the_same_codes_in_honest_listings_stay_quiet(title, category, price, description):
    assert alerts(title, category, price, description) == {}


def test_a_decoded_mark_alone_is_weak_it_needs_a_cue_or_a_copy_price():
    assert alerts("⠗⠕⠇⠑⠭ automatic watch", "watches", 9000) == {}  # a shop's price, nothing of the copy trade
    assert "rolex" in alerts("⠗⠕⠇⠑⠭ automatic watch", "watches", 300)  # far below the floor


def test_a_mark_backwards_is_reversed_and_a_lower_case_scramble_with_no_hint_is_no_anagram():
    found = alerts("Kcehc yrrebrub crossbody bag", "handbags", 50)
    assert list(found) == ["burberry"] and not any(s.rule.value == "decoded" for s in found["burberry"].signals)
    assert alerts("Lpphisi sonic toothbrush super copy", "electric toothbrushes", 16.99) == {}


def test_an_unhinted_scramble_needs_a_cue_that_claims_a_copy():
    assert alerts("XLEOR automatic watch 1:1", "watches", 150) == {}  # "1:1" is also a scale: no copy claimed
    assert "rolex" in alerts("XLEOR automatic watch replica", "watches", 150)


def test_the_decoders_read_the_standards():
    assert [w for *_, w in braille.read("⠠⠗⠕⠇⠑⠭⠀⠼⠁⠃")] == ["rolex", "12"]  # capital and numeric indicators
    assert morse.LETTERS["-.-."] == "c" and morse.ITU["0"] == "-----"
    assert spelling_alphabets.fold("X ray") == "x-ray" and spelling_alphabets.WORDS["juliet"] == "j"
    assert ipa.respell("ˈroʊlɛks") == "rolex" and ipa.respell("lwi vɥitɔ̃") == "lwivuiton"
    assert ipa.respell("hello world") != "" and ipa.transcriptions("205/55R16 (/ˈpaɪlət/)") == [(11, 20)]


def test_the_takedown_notice_names_the_rule():
    assert "decoded" in DISGUISE_RULES


# ---------------------------------------------------------------- the name rewritten as a code (codes, 2026-12-03)

@pytest.mark.parametrize("title, category, price, description, currency, brand, view, text", [
    # alphabet positions: a key (a=1, a=0, z=1, A1Z26), zero-padded, any separator, after "brand"
    ("Men's diver watch - brand 18-15-12-5-24 (a=1)", "watches", 1800, "Same as the shop's.", "USD", "rolex",
     "alphabet positions", "18-15-12-5-24"),
    ("Hair dryer 04.25.19.15.14 (A=1, B=2...) 1:1", "hair care", 58, "", "USD", "dyson", "alphabet positions",
     "04.25.19.15.14"),
    ("Auriculares marca 18 14 13 24 (a=0)", "headphones", 18, "", "EUR", "sony", "alphabet positions", "18 14 13 24"),
    ("Belt 20-6-24-24-18 (z=1) replica", "belts", 30, "", "USD", "gucci", "alphabet positions", "20-6-24-24-18"),
    ("Parka A1Z26 3-1-14-1-4-1 / 7-15-15-19-5 top replica", "parkas", 90, "", "USD", "canada-goose",
     "alphabet positions", "3-1-14-1-4-1 / 7-15-15-19-5"),
    # phone keypad: one press a letter, multi-tap, words apart
    ("Automatic watch 41mm - brand 76539 on a phone keypad", "watches", 900, "Top copy.", "USD", "rolex",
     "phone keypad", "76539"),
    ("Screw bangle 18k, brand 2278437 (keypad)", "jewelry", 3000, "", "AED", "cartier", "phone keypad", "2278437"),
    ("Sneakers 247 567326 (T9) 1:1", "sneakers", 40, "", "USD", "nike", "phone keypad", "247 567326"),
    ("Watch 777 666 555 33 99 super copy", "watches", 300, "", "USD", "rolex", "phone keypad", "777 666 555 33 99"),
    # verlan: letters or syllables turned round, respelt as they sound
    ("Montre Lexro plongée noire (en verlan 😉)", "watches", 810, "Copie propre.", "EUR", "rolex", "verlan", "Lexro"),
    ("Baskets Dasadi trois bandes replica", "sneakers", 20, "", "EUR", "adidas", "verlan", "Dasadi"),
    ("Sac Chigu matelassé chaîne copie", "handbags", 160, "", "EUR", "gucci", "verlan", "Chigu"),
    ("Bracelet Radopan charms", "jewelry", 9, "", "EUR", "pandora", "verlan", "Radopan"),  # an everyday mark turned
    # the wide name backwards: Chinese, Hangul, kana
    ("士力劳 潜水表 (倒着读) 复刻", "watches", 8300, "", "CNY", "rolex", "read backwards", "士力劳"),
    ("스렉롤 데이저스트 (거꾸로 읽기)", "watches", 1099999, "미러급", "KRW", "rolex", "read backwards", "스렉롤"),
    ("スクッレロ 腕時計 (逆から読んで)", "watches", 240000, "", "JPY", "rolex", "read backwards", "スクッレロ"),
    ("克耐 高帮篮球鞋 莆田版", "sneakers", 190, "", "CNY", "nike", "read backwards", "克耐"),
])
def test_a_name_rewritten_as_a_code_alerts_and_names_the_code(title, category, price, description, currency, brand,
                                                              view, text):
    found = alerts(title, category, price, description, currency)
    assert list(found) == [brand], found
    s = decoded(found[brand])
    assert f"(view: {view})" in s.detail and s.text == text, s


@pytest.mark.parametrize("title, category, price, description, currency", [
    # digit strings of honest listings: phone numbers, sizes, dates, order numbers, ISBNs, postcodes, dimensions
    ("Automatic watch, call 0412 555 123", "watches", 9000, "", "USD"),
    ("Sneakers size 7 8 9 10 11, order #76539", "sneakers", 120, "", "USD"),
    ("Watch bought 18-15-12-5-24, receipt", "watches", 9000, "", "USD"),
    ("Automatic watch item no. 76539", "watches", 9000, "Brand new 2024 stock.", "USD"),  # the keys, no hint, no cue
    ("Headphones part 19-15-14-25", "headphones", 400, "", "USD"),  # the places, no key, a shop's price
    ("Leather belt 20 x 15 x 12 cm", "belts", 450, "", "USD"),
    ("Book ISBN 978-3-16-148410-0", "books", 20, "", "USD"),
    # words that are a mark turned round, verlan goods
    ("Dictionnaire du verlan et de l'argot", "books", 14, "", "EUR"),
    ("Building set Oleg the astronaut", "building sets", 60, "", "USD"),
    # the wide name backwards with no cue and no hint at a shop's price; both ways in a word game
    ("克耐 篮球鞋", "sneakers", 899, "", "CNY"),
    ("士力劳 潜水表", "watches", 60000, "", "CNY"),
    ("劳力士 潜水表 (士力劳)", "watches", 60000, "", "CNY"),
    ("世博 纪念品 电钻", "power tools", 20, "", "CNY"),  # the Expo: 博世 backwards, a word of its own
])
def test_honest_digits_and_words_stay_quiet(title, category, price, description, currency):
    assert alerts(title, category, price, description, currency) == {}


def test_the_new_codes_read_their_definitions():
    from services.matcher.core.codes import keypad, positions, verlan

    assert keypad.keys("rolex") == "76539" and keypad.keys("cartier") == "2278437"
    assert positions.mappings("(a=1)") == ([(1, False)], True) and positions.mappings("z=1")[0] == [(1, True)]
    assert positions.mappings("A1Z26") == ([(1, False)], True) and positions.mappings("nothing") == ([(1, False)], False)
    assert verlan.syllables("pandora") == ["pan", "do", "ra"] and verlan.syllables("cartier") == ["car", "tier"]
    assert {"lexro", "radopan"} <= verlan.turned("rolex") | verlan.turned("pandora")
    assert "xelor" not in verlan.turned("rolex")  # a mark backwards is rule reversed's
    assert verlan.key("Kéni") == verlan.key("keni") and verlan.key("Chigu") == verlan.key("ccigu")


@pytest.mark.parametrize("title, description", [
    ("Dbsujfs watch rot1, double you", "Ebyrk 1:1 ⠗⠕⠇⠑⠭ -.-. .- -. --- -. Ouislay Uittonvay"),
    ("NSOY headphones (unscramble)", "dee-ay-wye-ess-oh-en, i griega\tdouble\nu"),
    ("Arm band ex-ray", "Alfa Papa Papa Lima Echo, /ˈroʊlɛks/ 76539"),
    ("", "double u"),
])
def test_the_codes_opened_piece_by_piece_are_the_whole_texts(title, description):
    """detectors/decoded.py remembers what each piece of text between white space opens: the codes so opened are those
    the whole text opens (its token kinds are word-wise), with the one reading that crosses white space, a letter name
    of two words ("double u"), looked for over the whole text; asked twice (the second time from memory), the same."""
    from services.matcher.core.codes import backwards, verlan
    from services.matcher.core.detectors import decoded as module
    from services.matcher.core.normalise import ListingText

    index = demo_index()
    detector = next(d for d in index.detectors if d.name == "decoded")
    text = ListingText(title, description, index.wide_words)
    whole = set(module._opened_of(text.original))
    if not detector._marks.by_letters.keys().isdisjoint(detector._scrambled_of(text.original)):
        whole.add(module.ANAGRAM)
    if detector._turned_of(text.original):
        whole.add(verlan.NAME)
    if detector._marks.backwards and not detector._marks.backwards.keys().isdisjoint(module._pairs_of(text.original)):
        whole.add(backwards.NAME)
    whole.update(detector._games_of(text.original))
    for _ in range(2):
        assert detector._opened_codes(ListingText(title, description, index.wide_words)) == whole
    # the gate's kind (word-wise, of the pieces' codes) opens exactly when the whole text's readings open the gate
    gated = bool(whole & (module._gate_codes(detector._codes) | set(module.OWN_GATES))) or bool(
        detector._games_of(text.original))
    assert bool(detector._opening(text)) == gated
