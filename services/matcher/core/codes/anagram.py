"""The mark's letters scrambled ("XLEOR", "NEIK", "SORK (unscramble 😉)"): a word of four letters or more that holds a
mark's letters in another order, and is itself no word.

No word: not in the English frequency dictionary (fuzzy.dictionary_words, symspellpy's), not a word of any language
of context/language.py's wordfreq lists at Zipf 1.5 or more (about once in 30 million words: "arms" is no Mars, "onys"
none of Sony's in Spanish; under a hint, HINTED_ZIPF), and not a registered mark. A listing that hints at the scramble (HINT: "unscramble",
"anagram", "guess the brand", in English, Spanish, Portuguese, French, Italian, German, Dutch, Polish and Russian)
reads it as the mark; with no hint only a word in capitals counts, a weak candidate that needs the brand's category and
a cue that claims a copy (`Hit.hinted`). A mark spelt backwards is the reversed rule's (detectors/text_views.py). The gate is each word's letters in order (`letters_key`): one set test a word.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from services.matcher.core.codes import Hit, Marks, MIN_SCRAMBLED, letters_key, verlan

NAME = "anagram"
WORD_ZIPF = 1.5
HINTED_ZIPF = 4.0  # with a hint, a word of another language less frequent than this is read as the scramble (Lithuanian
# "neik", Zipf 3.1, under "unscramble" is Nike)
HINT = re.compile(
    r"unscrambl|anagram|scrambled|jumbled|rearrange the letters|guess the (?:brand|name)|mixed[- ]up letters|"
    r"desordena|adivina la marca|letras revueltas|embaralhad|desembaralh|adivinhe a marca|anagramme|devine(?:z)? la marque|"
    r"lettres m[ée]lang[ée]es|anagramma|indovina (?:la )?marca|lettere mescolate|buchstaben (?:vertauscht|gemischt)|"
    r"rate die marke|buchstabensalat|raad het merk|zgadnij mark|анаграмм|угадай (?:бренд|марку)|переставь буквы", re.I)
_WORD = re.compile(r"(?<![^\W\d_])[A-Za-z]{%d,24}(?![^\W\d_])" % MIN_SCRAMBLED)


def a_word(word: str, zipf: float = WORD_ZIPF) -> bool:
    """Whether a lower-case word is a word of its own: in the English dictionary, or in a language's list at `zipf`."""
    from services.matcher.core.context.language import word_table
    from services.matcher.core.fuzzy import dictionary_words

    return word in dictionary_words() or any(z >= zipf for _, z in word_table().frequencies(word))


class Anagram:
    name = NAME
    latin_words: frozenset[str] = frozenset()

    def opens(self, piece: str) -> bool:
        return False  # opened by the letters of its words (detectors/decoded.py's `scrambled` token kind)

    def decode(self, text: str, marks: Marks) -> Iterator[Hit]:
        from services.matcher.core.fuzzy import dictionary_words

        hinted = None
        by_letters = marks.by_letters
        for m in _WORD.finditer(text):
            word = m.group().lower()
            if letters_key(word) not in by_letters:
                continue  # (`marks.scrambled` is [] for most words: one lookup)
            found = marks.scrambled(word)
            if not found or word in marks.joined or word in dictionary_words():
                continue  # (a word of the English dictionary is `a_word` at any Zipf: asked before the hint's search)
            if hinted is None:
                hinted = HINT.search(text) is not None
            if a_word(word, HINTED_ZIPF if hinted else WORD_ZIPF) or not (hinted or m.group().isupper()):
                continue  # with no hint, only a scramble in capitals, written to be noticed ("tiktak" is a respelling)
            turned = marks.turned.get(verlan.key(word), ())  # a mark turned round is verlan's (codes/verlan.py)
            for mark in (mark for mark in found if mark != word[::-1] and mark not in turned):  # backwards: rule reversed's
                yield Hit(m.start(), m.end(), mark, f"'{m.group()}' unscrambled", hinted=hinted)


CODE = Anagram()
