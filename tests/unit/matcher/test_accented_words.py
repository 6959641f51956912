"""A common word of a language written with its accents is that word, not a mark respelt by ear (issue 9, class
"words of other languages"): the phonetic detector keys a listing's words with their accents folded away
("qualité" -> "qualite"), which no word list holds, so before this class was closed French "qualité" (of the cue
"qualité miroir") was heard as Cartier, "société" as Shiseido, "appelé" as Apple.

The instances are generated: every word of wordfreq's lists of ten Latin-script languages, Zipf 4.5 or more (about
one in 30,000 words of running text), written with a letter outside ASCII, whose folded letters share a sound key
with a demo mark (sounds.mark_keys); a seeded sample of them, each in the brand's category, with a counterfeit cue and
a price far below the floor: the strongest corroboration a weak sound-alike can get.
"""

from __future__ import annotations

import random
from functools import cache

import pytest
import wordfreq

from schemas import Rule
from services.matcher.core.normalise import latin_text
from services.matcher.core.sounds import sound_key
from tests.unit.matcher.demo import demo_alerts, demo_evaluated, demo_marks_by_sound, read_as_a_mark

LANGUAGES = ("fr", "es", "pt", "de", "it", "pl", "cs", "ro", "hu", "tr")
COMMON_ZIPF = 4.5
SAMPLE = 240


@cache
def _keyed_like_marks() -> list[tuple[str, str, str]]:
    """(word, brand id, brand category) of the common accented words whose folded letters a demo mark is keyed by."""
    keys = demo_marks_by_sound()
    out = []
    for language in LANGUAGES:
        for word in wordfreq.top_n_list(language, 20_000):
            if (len(word) >= 4 and word.isalpha() and not word.isascii() and latin_text(word).isalpha()
                    and wordfreq.zipf_frequency(word, language) >= COMMON_ZIPF
                    and (hit := keys.get(sound_key(latin_text(word))))):
                out.append((word, *hit[1:]))
    return sorted(set(out))


def test_the_generator_finds_a_class_worth_testing():
    assert len(_keyed_like_marks()) >= SAMPLE  # measured: about 1,400 words


@pytest.mark.parametrize("n", range(SAMPLE))
def test_a_common_accented_word_is_not_heard_as_a_mark(n):
    word, brand, category = random.Random(9).sample(_keyed_like_marks(), SAMPLE)[n]
    heard = read_as_a_mark(demo_evaluated(f"{word} 1:1 replica", category, 1.0), word, (Rule.phonetic, Rule.fuzzy))
    assert not heard, f"'{word}' [{category}] was read as a mark: {heard}"


@pytest.mark.parametrize("title, category, brand", [
    ("Kartié montre réplique", "watches", "cartier"),
    ("Rolécks montre copie 1:1", "watches", "rolex"),
    ("Filíps rasoir réplique", "shavers", "philips"),
])
def test_a_mark_respelt_with_accents_still_alerts(title, category, brand):
    assert brand in demo_alerts(title, category, 20.0)
