"""The mark put through a word game or a letter cipher (ciphers, 2026-12-03): Pig Latin and the syllable games
(codes/word_games.py), a Caesar shift, ROT13, Atbash and ROT47 (codes/shifts.py), and the names of its letters in
eleven languages (codes/letter_names.py); rule decoded, the game named in the evidence. Honest listings that play
the same games (children's code books, "tee shirt", "size ell", a shift that is a word) stay quiet. On the demo
registry; none of these strings is a held-out set's."""

from __future__ import annotations

import pytest

from services.matcher.core.codes import letter_names, shifts, word_games
from tests.unit.matcher.demo import demo_index, demo_listing


def alerts(title: str, category: str, price: float, description: str = "", currency: str = "USD"):
    return {m.brand_id: m for m in demo_index().match(demo_listing(title, category, price, description, currency=currency))}


def decoded(match):
    return next(s for s in match.signals if s.rule.value == "decoded" and s.weight > 0)


@pytest.mark.parametrize("title, category, price, description, brand, view, text", [
    # Pig Latin: consonants moved (one or the cluster), a vowel-initial word + way/yay, hyphens, word by word
    ("Ichelin-may touring tyre 205/55R16 knockoff", "tires", 25, "", "michelin", "word game", "Ichelin-may"),
    ("Ilipsphay sonic toothbrush head knockoff", "electric toothbrushes", 4, "", "philips", "word game", "Ilipsphay"),
    ("Ouislay Uittonvay tote, high copy", "handbags", 80, "", "louis-vuitton", "word game", "Ouislay Uittonvay"),
    ("OMEGAYAY diver 300m dial 1:1", "watches", 150, "", "omega", "word game", "OMEGAYAY"),
    ("Urberry-bay check scarf AAA", "scarves", 20, "", "burberry", "word game", "Urberry-bay"),
    # a syllable slipped before each vowel (Ubbi Dubbi, javanais), a vowel echoed (jerigonza), a letter between
    ("Pubandubora charm bracelet super copy", "charms", 9, "", "pandora", "word game", "Pubandubora"),
    ("Bracelet clou Cavartavier, copie", "jewelry", 45, "", "cartier", "word game", "Cavartavier"),
    ("Rofolefex reloj automático réplica", "watches", 120, "", "rolex", "word game", "Rofolefex"),
    ("GQUQCQCQIQ belt fake", "belts", 20, "", "gucci", "word game", "GQUQCQCQIQ"),
    # shifts: with the key, ROT13 without it (a copy cue), Atbash, ROT47
    ("Qlnh running shoes (shift 3) high copy", "sneakers", 25, "", "nike", "caesar shift", "Qlnh"),
    ("Tenqn puffer Pnanqn Tbbfr AAA fake", "parkas", 90, "", "canada-goose", "caesar shift", "Pnanqn Tbbfr"),
    ("Wireless earbuds Vdpvxqj, fake", "earbuds", 12, "Caesar +3 ;)", "samsung", "caesar shift", "Vdpvxqj"),
    ("Kzmwliz charm bead (Atbash) knockoff", "charms", 8, "", "pandora", "caesar shift", "Kzmwliz"),
    ("#@=6I oyster 1:1 super copy", "watches", 150, "", "rolex", "caesar shift", "#@=6I"),
    # ROT47 of a mark whose first word is one or two letters: the short piece opens with the word after it (floor)
    ("vv |2C>@?E crossbody bag super copy", "handbags", 60, "", "gucci", "caesar shift", "vv |2C>@?E"),
    ("Exhaust tips pair | !6C7@C>2?46 replica", "auto parts", 15, "", "bmw", "caesar shift", "| !6C7@C>2?46"),
    # "1:1 rep" is the trade's phrase (the bare "1:1" is also a scale): it claims a copy for a shift with no key
    ("Card holder Pbnpu 1:1 rep", "wallets", 20, "", "coach", "caesar shift", "Pbnpu"),
    # letter names: English, French, German, Spanish, Italian, Portuguese, Dutch, Russian, Japanese, Korean
    ("ay-dee-eye-dee-ay-ess trainers replica", "sneakers", 30, "", "adidas", "letter names", "ay-dee-eye-dee-ay-ess"),
    ("casque bé-o-esse-e copie", "headphones", 30, "", "bose", "letter names", "bé-o-esse-e"),
    ("Föhn de-ypsilon-es-o-en Replik", "hair care", 40, "", "dyson", "letter names", "de-ypsilon-es-o-en"),
    ("zapatillas a.de.i.de.a.ese réplica", "sneakers", 30, "", "adidas", "letter names", "a.de.i.de.a.ese"),
    ("cuffie bi-o-esse-e replica", "headphones", 30, "", "bose", "letter names", "bi-o-esse-e"),
    ("relógio ó-eme-e-gê-a réplica", "watches", 150, "", "omega", "letter names", "ó-eme-e-gê-a"),
    ("horloge o-em-ee-ge-a namaak", "watches", 150, "", "omega", "letter names", "o-em-ee-ge-a"),
    ("наушники бэ-о-эс-е копия", "headphones", 30, "", "bose", "letter names", "бэ-о-эс-е"),
    ("ディー・ワイ・エス・オー・エヌ ドライヤー コピー", "hair care", 40, "", "dyson", "letter names",
     "ディー・ワイ・エス・オー・エヌ"),
    ("디와이에스오엔 드라이기 레플리카", "hair care", 40, "", "dyson", "letter names", "디와이에스오엔"),
    ("ess oh en why headphones super copy", "headphones", 30, "", "sony", "letter names", "ess oh en why"),
    # a run whose names are all common words of the language, spaces between (no name opens the gate alone), and
    # hyphens with spaces round them (no piece between white space holds three names)
    ("reloj o eme e ge a réplica", "watches", 150, "", "omega", "letter names", "o eme e ge a"),
    ("relógio ó eme é gê a réplica", "watches", 150, "", "omega", "letter names", "ó eme é gê a"),
    ("Kopfhörer be o es e Replik", "headphones", 30, "", "bose", "letter names", "be o es e"),
    ("cinturón ge - u - ce - ce - i réplica", "belts", 20, "", "gucci", "letter names", "ge - u - ce - ce - i"),
    ("Auspuffblende (be em we) Replik", "auto parts", 15, "", "bmw", "letter names", "be em we"),
    # a capital with an accent before a middle dot is a letter of the run, not UTF-8 bytes shown as Windows-1252
    ("relógio Ó·EME·É·GÊ·A réplica", "watches", 150, "", "omega", "letter names", "Ó·EME·É·GÊ·A"),
])
def test_a_mark_in_a_word_game_or_cipher_alerts_and_the_evidence_names_it(title, category, price, description, brand,
                                                                          view, text):
    found = alerts(title, category, price, description)
    assert list(found) == [brand], found
    s = decoded(found[brand])
    assert f"(view: {view})" in s.detail and s.text == text, s


@pytest.mark.parametrize("title, category, price, description", [
    ("Tee shirt size ell, cotton", "t-shirts", 15, ""),
    ("Bee pollen granules 500g", "supplements", 12, ""),
    ("Pig Latin and ROT13: secret codes activity book for kids", "books", 9, ""),
    ("Igpay Atinlay phrasebook, fun for kids", "books", 8, ""),
    ("Alphabet flash cards: ay bee cee dee ee eff gee", "books", 8, ""),
    ("Caesar cipher wheel, decoder ring, rot13 puzzles", "toys", 7, "Uryyb jbeyq!"),
    ("Ubbi Dubbi word game cards for family night", "board games", 12, ""),
    ("Bolsa de couro e tecido, a o e i", "handbags", 50, ""),
    ("Elle magazine, March issue", "books", 5, ""),
    # the vowels, a sentence of short words of one language, names of two alphabets that would spell a mark together
    ("Cuaderno de caligrafía: a e i o u, letras grandes", "books", 6, ""),
    ("Bolso se a ve de lado, piel", "handbags", 40, ""),
    ("headphones bee oh ese ee copy", "headphones", 30, ""),
    # the brand's code at a shop's price with nothing of the copy trade
    ("Olexray submariner, full set, box and papers", "watches", 11000, ""),
    ("bee-oh-ess-ee quietcomfort headphones, receipt", "headphones", 329, ""),
])
def test_honest_word_games_and_letter_names_stay_quiet(title, category, price, description):
    assert alerts(title, category, price, description) == {}


def test_a_shift_with_no_key_needs_a_cue_that_claims_a_copy():
    assert alerts("Ebyrk automatic watch", "watches", 300) == {}
    assert list(alerts("Ebyrk automatic watch super copy", "watches", 300)) == ["rolex"]


def test_the_listing_s_key_must_be_the_shift():
    assert alerts("Thppv belt 1:1 fake (rot3)", "belts", 20) == {}  # Gucci is rot13 there, not rot3
    assert list(alerts("Thppv belt 1:1 fake (rot13)", "belts", 20)) == ["gucci"]


def test_the_games_read_their_definitions():
    assert {"olexray", "olexrai"} <= word_games.pig_latin("rolex")
    assert "appleway" in word_games.pig_latin("apple") and "uccigay" in word_games.pig_latin("gucci")
    assert {"rolex"} <= word_games.undone("rubolubex") and "gucci" in word_games.undone("gavuccavi")
    assert "rolex" in word_games.undone("ropolepex") and "rolex" in word_games.undone("rroolleexx")
    assert shifts.key("ebyrk") == shifts.key("rolex") and shifts.mirror("rolex") == "ilovc"
    assert shifts.rot47("C@=6I") == "rolex"
    assert shifts.told_shifts("Uroha watch (rot3)") == (True, {3, 23})
    table = letter_names.names()
    assert table["gee"] == {"g"} and table["doubleyou"] == {"w"} and "c" in table["tse"] and "y" in table["igriega"]
    assert table["エックス"] == {"x"} and table["엑스"] == {"x"} and table["икс"] == {"x"}


@pytest.mark.parametrize("title, category, price, brand, heard", [
    # the same coded word heard like a third brand by the phonetic detector: the code's exact reading explains it
    # (stronger.inside_decoded); fresh titles, the coincidences the adversary's pig_latin and caesar_shift found
    ("Lip gloss set ESTEEYAY AUDERLAY knockoff", "makeup", 4, "estee-lauder", "shiseido"),
    ("IVNTEN 100mg blister 4 tablets rot13 fake", "prescription drugs", 6, "pfizer", "bayer"),
])
def test_a_word_a_code_reads_as_one_brand_is_no_other_brand_s_sound_alike(title, category, price, brand, heard):
    found = alerts(title, category, price)
    assert list(found) == [brand], found
    assert heard not in found
