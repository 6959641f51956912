"""The brand given as a word game (issue 9, clues; outsider18's c_numeronym18, c_rhyme_clue18, c_language_game18): its
numeronym (detectors/numeronyms.py, rule decoded), a word that rhymes with it (detectors/rhymes.py, rule clue), the
spoken games rövarspråket and Löffelsprache (codes/word_games.py). Weak readings: only in the brand's category with a
cue or a copy's price. Titles written for this test, none of a held-out set's."""

from __future__ import annotations

import pytest

from services.matcher.core.codes.word_games import robbers_language, undone
from services.matcher.core.detectors.numeronyms import keys
from services.matcher.core.detectors.rhymes import rime
from tests.unit.matcher.demo import demo_alerts


def test_keys_and_rimes():
    assert {"r3x", "ro2x", "r2ex"} <= set(keys("rolex"))
    assert "g11n" not in keys("gucci")
    assert rime("naik") == "aik" and rime("dison") == "ison"
    assert robbers_language("rorololexox") == "rolex" and robbers_language("hello") is None
    assert "dyson" in undone("dodysosonon", 1) and "nike" in undone("nilewikelewe", 1)


@pytest.mark.parametrize(("title", "description", "brand", "category", "price"), [
    ("B6y trench coat super copy", "", "burberry", "trench coats", 60.0),
    ("Handbag M*********s tote, mirror quality", "", "michael-kors", "handbags", 45.0),
    ("Y _ _ _ x badminton racket 1:1 copy", "", "yonex", "badminton rackets", 12.0),
    ("Sneakers a-4-s ultraboost knockoff", "", "adidas", "sneakers", 30.0),
    ("Sw5ki crystal pendant, fake", "", "swarovski", "jewelry", 9.0),
    ("C4a G3e parka high copy", "", "canada-goose", "parkas", 90.0),
    ("Sunglasses G…i (5) replica", "", "gucci", "sunglasses", 15.0),
    ("Mirrorless camera body C3n, knockoff", "", "canon", "cameras", 40.0),
    ("Razor handle, the brand that rhymes with 'Billette'", "Top copy, five blades.", "gillette", "razors", 3.0),
    ("Powerbank from the maker that rhymes with 'Flamsung'", "1:1 clone", "samsung", "chargers", 9.0),
    ("Parfum – la marque qui rime avec « Proreal »", "réplique", "loreal", "fragrance", 6.0),
    ("Bolso, la marca rima con 'Loach'", "imitación AAA", "coach", "handbags", 20.0),
    ("Uhr, Marke reimt sich auf 'Tomega'", "Fälschung, Automatik", "omega", "watches", 90.0),
    ("Гитарные кроссовки, бренд рифмуется с «Фума»", "копия", "puma", "sneakers", 900.0),
    ("Wallet Cocoacochoh knockoff", "", "coach", "wallets", 9.0),
    ("Tennis racket Wowilolsosonon fake", "", "wilson", "tennis rackets", 11.0),
    ("Kopfhörer Bolewoselewe Kopie", "", "bose", "headphones", 15.0),
])
def test_a_word_game_with_a_cue_alerts_its_brand(title, description, brand, category, price):
    found = demo_alerts(title, category, price, description=description)
    assert set(found) == {brand}, found


@pytest.mark.parametrize(("title", "description", "category", "price"), [
    ("k8s sticker pack, Kubernetes", "", "stickers", 5.0),
    ("i18n and l10n handbook for software teams", "", "books", 35.0),
    ("Canon PowerShot G7X leather case", "", "cameras", 25.0),
    ("Hangman board: guess the word _ _ _ _ _", "", "toys", 8.0),
    ("Funny mug f**k mondays", "", "kitchen", 9.0),
    ("Rhyming dictionary: words that rhyme with 'bike' and 'nose'", "", "books", 12.0),
    ("Poem card: roses are red, violets rhyme with blue", "", "greeting cards", 3.0),
    ("Sneakers, sounds like a bargain!", "", "sneakers", 80.0),
    ("Mästerdetektiven Blomkvist, rövarspråket för barn", "", "books", 12.0),
    ("Watch, the brand that rhymes with 'Shmolex' – boxed, with receipt", "", "watches", 9000.0),
    ("R3x watch strap 20mm", "", "watches", 15.0),
])
def test_the_same_games_naming_no_copy_stay_quiet(title, description, category, price):
    assert demo_alerts(title, category, price, description=description) == {}
