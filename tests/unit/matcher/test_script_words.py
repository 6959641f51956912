"""A word of a language written in its own script is that word, not a mark written by its sound, unless it is heard
exactly as the mark (issue 9, class "words of other languages"): Russian кейс "case" (Zipf 3.4) was read as Gucci in a
belts listing; the common-word rule (Zipf 3.8) let it through. Сони, Филипс (Zipf 3.1-3.4, heard as Sony and Philips
are) still name their brands.

The instances are generated: words of wordfreq's Russian, Ukrainian, Bulgarian and Greek lists between Zipf 3.0 and
3.8, whose romanisation (sounds.romanise) shares a sound key with a demo mark's spelling and is not heard as that
spelling is (sounds.heard); a seeded sample of them, each in the mark's brand's category with a cue in its language
and a price far below the floor.
"""

from __future__ import annotations

import random
from functools import cache

import pytest
import wordfreq

from schemas import Rule
from services.matcher.core.normalise import mark_words
from services.matcher.core.sounds import heard, romanise, sound_key, spelling
from tests.unit.matcher.demo import demo_alerts, demo_evaluated, demo_index, demo_marks_by_sound, read_as_a_mark

LANGUAGES = {"ru": ("cyrillic", "реплика"), "uk": ("cyrillic", "репліка"), "bg": ("cyrillic", "реплика"),
             "el": ("greek", "ρεπλίκα")}
SAMPLE = 120


@cache
def _words_keyed_like_marks() -> list[tuple[str, str, str, str]]:
    """(word, cue, brand id, brand category) of the words a demo mark is keyed by but not heard as."""
    keys = demo_marks_by_sound(min_letters=4)
    # a word heard exactly as some demo mark is that mark written in the script (аспирин is Bayer's Aspirin)
    marks_heard = {heard(spelling("".join(mark_words(fp.value)))) for fp in demo_index().catalogue.fingerprints
                   if isinstance(getattr(fp, "value", None), str) and fp.value.isascii()}
    out = set()
    for language, (script, cue) in LANGUAGES.items():
        for word in wordfreq.top_n_list(language, 30_000):
            if not (word.isalpha() and len(word) >= 3 and 3.0 <= wordfreq.zipf_frequency(word, language) < 3.8):
                continue
            for reading in romanise(word, script):
                hit = keys.get(sound_key(reading))
                if hit and heard(reading) != heard(spelling(hit[0])) and heard(reading) not in marks_heard:
                    out.add((word, cue, hit[1], hit[2]))
    return sorted(out)


def test_the_generator_finds_a_class_worth_testing():
    assert len(_words_keyed_like_marks()) >= SAMPLE


@pytest.mark.parametrize("n", range(SAMPLE))
def test_a_word_of_the_listings_language_is_not_a_mark_by_sound(n):
    word, cue, brand, category = random.Random(9).sample(_words_keyed_like_marks(), SAMPLE)[n]
    heard_as = read_as_a_mark(demo_evaluated(f"{word.capitalize()} {cue}", category, 1.0), word,
                              (Rule.transliteration,))
    assert not heard_as, f"'{word}' [{category}] was read as a mark: {heard_as}"


@pytest.mark.parametrize("title, category, brand", [
    ("Сони наушники реплика", "headphones", "sony"),
    ("Филипс бритва копия", "shavers", "philips"),
    ("Гуччи ремень копия", "belts", "gucci"),
    ("Найк кроссовки реплика", "sneakers", "nike"),
])
def test_the_mark_as_the_script_writes_it_still_alerts(title, category, brand):
    assert brand in demo_alerts(title, category, 10.0)


# ------------------------------------------------------------------ words of Cyrillic orthographies with no word list

@pytest.mark.parametrize("title, category", [
    ("ЛВ сөмке копия", "handbags"),  # Kazakh "bag": read by its look-alikes as "comke", one edit from Coke
    ("Сөмке былғары, сапасы AAA", "handbags"),
    ("Кыздар үчүн сөмке, реплика", "handbags"),
])
def test_a_word_with_a_letter_of_a_national_cyrillic_alphabet_is_no_look_alike_misspelling(title, category):
    """A word written with a letter only the Cyrillic orthographies of Kazakh, Kyrgyz, Tatar, Mongolian, Tajik, Uzbek or
    Belarusian write (wordfreq has no list of them), in a listing written in Cyrillic, is that language's word: its
    look-alike reading one edit from a mark is no misspelling of it (context/language.national_cyrillic_word;
    scripts22)."""
    word = next(w for w in title.replace(",", " ").split() if "ө" in w.casefold())
    assert not read_as_a_mark(demo_evaluated(title, category, 900.0), word.casefold(), (Rule.fuzzy,)), title
    assert "coca-cola" not in demo_alerts(title, category, 900.0)


def test_national_cyrillic_word_is_told_by_its_letters_and_the_listings_script():
    from services.matcher.core.context.language import national_cyrillic_word

    assert national_cyrillic_word("сөмке", "ЛВ  копия")
    assert national_cyrillic_word("күртке", "жаңа тауар")
    assert not national_cyrillic_word("сөмке", " 1:1 replica bag")  # a listing written in Latin letters
    assert not national_cyrillic_word("Соке", "напиток новый")  # no letter of those alphabets: Russian letters only
    assert not national_cyrillic_word("cөke", "напиток новый")  # Latin letters with one Cyrillic: a look-alike


@pytest.mark.parametrize("title, category, quiet", [
    ("Тауар жаңа, сапасы AAA", "software licenses", "microsoft"),  # Kazakh "its quality", heard like Surface
    ("Баштык жаңы, сапаты AAA", "handbags", "louis-vuitton"),  # Kyrgyz "its quality", heard like Speedy
    ("бараа арьсан, чанар AAA", "tennis rackets", "wilson"),  # Mongolian "leather", heard like Wilson
    ("товар булгаары, сапаты AAA", "chocolate", "ferrero"),  # Kyrgyz "leather", heard like Ferrero Rocher
])
def test_the_trade_words_of_cyrillic_languages_with_no_word_list_are_no_sound_alikes(title, category, quiet):
    """Kazakh, Kyrgyz and Mongolian have no wordfreq list, so their everyday trade words (goods, new, leather, quality)
    are listed with the goods' nouns of transliteration.GOODS: no stretch of a mark by sound (floor36)."""
    assert quiet not in demo_alerts(title, category, 100.0)


@pytest.mark.parametrize("title, category, price, brand", [
    ("Клиник lipstick matte super copy", "makeup", 18.3, "estee-lauder"),  # French -que said k: Clinique "klinik"
    ("Men 프로그라이드 shaving gel 200ml 原单", "shaving", 2.19, "gillette"),  # 그: a hard g, ProGlide's
    ("subscription 12 months 마야 replica", "software licenses", 31.25, "autodesk"),  # Maya: one class, read as written
    ("マヤ license key replica", "software licenses", 35.0, "autodesk"),
    ("مايا subscription 12 months replica", "software licenses", 40.05, "autodesk"),
])
def test_product_lines_written_by_sound_are_read(title, category, price, brand):
    """(floor36) a line's sound as other scripts write it: Clinique's -que said k, the hard g of Hangul's 그 (the sound
    key's English rules read g before e soft), a mark of one sound class and two sounds (Maya) read letter for letter
    as a whole word; each a weak candidate that the category and a cue or a price far below the floor corroborate."""
    assert brand in demo_alerts(title, category, price)


@pytest.mark.parametrize("title, category, price", [
    ("список клиник Москвы", "books", 10.0),  # "clinics": far from the brand's goods
    ("Клиник помада", "makeup", 30.0),  # no cue, a shop's price
    ("게스 가방 짝퉁", "handbags", 10.0),  # Guess: 게 is no 그, no Gucci heard
    ("마야 문명 책", "books", 10.0),  # the Maya, a book
])
def test_lines_written_by_sound_stay_candidates(title, category, price):
    assert demo_alerts(title, category, price) == {}


# ------------------------------------------------------------------ Greek forms ending in omega (floor54)

@pytest.mark.parametrize("title, category, price, quiet", [
    ("Λέγω και μαθαίνω: εκπαιδευτικό παιχνίδι", "toys", 4.0, "lego"),  # "I say and learn", read "leyo" and "lego"
    ("Διαβάζω και λέγω: κάρτες με εικόνες, παιχνίδι", "toys", 3.0, "lego"),
    ("Νικώ: παπούτσια για τρέξιμο", "athletic shoes", 40.0, "nike"),  # "I win", heard "niko"
])
def test_a_greek_verbs_form_in_omega_is_no_mark(title, category, price, quiet):
    """Greek writes a foreign name's final o with omicron (Λέγκο); a word ending in ω after a consonant, in a listing
    written in Greek, is the language's own form (a verb's first person): no misspelling and no transliteration of a
    mark (context/language.greek_own_form)."""
    assert quiet not in demo_alerts(title, category, price)


@pytest.mark.parametrize("title, category, brand", [
    ("Λέγκο τουβλάκια ρεπλίκα", "building sets", "lego"),
    ("Ωμέγα ρολόι ρεπλίκα", "watches", "omega"),  # the letter's name, with a native γ, ends in alpha
    ("Σόνι ακουστικά ρεπλίκα", "headphones", "sony"),
])
def test_the_mark_as_greek_writes_it_still_alerts(title, category, brand):
    assert brand in demo_alerts(title, category, 2.0)


def test_greek_own_form_is_told_by_its_ending_and_the_listings_script():
    from services.matcher.core.context.language import greek_own_form

    assert greek_own_form("Λέγω", " και μαθαίνω")
    assert greek_own_form("ΝΙΚΩ", " παπούτσια")  # capitals fold to the same ending
    assert not greek_own_form("Λέγκο", " τουβλάκια")  # a foreign o is omicron
    assert not greek_own_form("Λέγω", " building blocks")  # a listing written in Latin letters
    assert not greek_own_form("Τόκιο", " ταξίδι")  # a foreign name's o
    assert not greek_own_form("Lеgω", " παιχνίδι")  # Latin letters with Greek ones: a look-alike
