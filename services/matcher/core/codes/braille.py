"""The mark in Braille cells (⠗⠕⠇⠑⠭ is "rolex"): Unicode Braille Patterns, U+2800-U+28FF, read as Unified English
Braille Grade 1 (uncontracted) letters.

Each cell's raised dots come from its Unicode character name ("BRAILLE PATTERN DOTS-1245" is dots 1, 2, 4, 5;
"BRAILLE PATTERN BLANK" none), and dots are read with the UEB letter table (International Council on English Braille,
"Rules of Unified English Braille", 2nd ed. 2013, section 3 and appendix 1: a-j the top four dots, k-t those and dot 3,
u v x y z those and dots 3 and 6, w 2-4-5-6), the capital indicator (dot 6, once or twice) skipped, the numeric
indicator (dots 3-4-5-6) reading a-j as 1-0 until a cell that is no such letter, the grade 1 indicator (dots 5-6)
skipped. A word is a run of cells; a blank cell, white space or a cell that is no letter (punctuation, a contraction,
8-dot cells) ends it. The words are read as `Marks.spelt` reads them.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from functools import cache

from services.matcher.core.codes import Hit, Marks

NAME = "braille"
# dots -> letter (UEB, section 3)
LETTERS = {"1": "a", "12": "b", "14": "c", "145": "d", "15": "e", "124": "f", "1245": "g", "125": "h", "24": "i",
           "245": "j", "13": "k", "123": "l", "134": "m", "1345": "n", "135": "o", "1234": "p", "12345": "q",
           "1235": "r", "234": "s", "2345": "t", "136": "u", "1236": "v", "2456": "w", "1346": "x", "13456": "y",
           "1356": "z"}
DIGITS = dict(zip("abcdefghij", "1234567890"))
CAPITAL, NUMERIC, GRADE1 = "6", "3456", "56"
_CELLS = re.compile("[\u2801-\u28ff]+")


@cache
def dots(cell: str) -> str:
    """The raised dots of a Braille cell as its Unicode name writes them ("1245"), "" for the blank cell."""
    name = unicodedata.name(cell, "")
    return name.rsplit("-", 1)[1] if name.startswith("BRAILLE PATTERN DOTS-") else ""


def read(cells: str) -> list[tuple[int, int, str]]:
    """(start, end, letters) of the words of a run of cells (offsets into `cells`), lower case."""
    words: list[tuple[int, int, str]] = []
    letters: list[str] = []
    start = 0
    numeric = False
    for k, cell in enumerate(cells + "\u2800"):
        d = dots(cell)
        if d in (CAPITAL, GRADE1) or (d == NUMERIC and not letters and not numeric):
            numeric = numeric or d == NUMERIC
            if not letters:
                start = k + 1
            continue
        letter = LETTERS.get(d)
        if letter is not None and numeric and letter in DIGITS:
            letters.append(DIGITS[letter])
            continue
        numeric = False
        if letter is not None:
            letters.append(letter)
            continue
        if letters:
            words.append((start, k, "".join(letters)))
        letters = []
        start = k + 1
    return words


class Braille:
    name = NAME
    latin_words: frozenset[str] = frozenset()

    def opens(self, piece: str) -> bool:
        return _CELLS.search(piece) is not None

    def decode(self, text: str, marks: Marks) -> Iterator[Hit]:
        words: list[tuple[int, int, str]] = []
        last = 0
        for m in _CELLS.finditer(text):
            if words and text[last:m.start()].strip(" \u2800"):
                yield from marks.spelt(words)  # other text between: a new run
                words = []
            words += [(m.start() + s, m.start() + e, w) for s, e, w in read(m.group())]
            last = m.end()
        if words:
            yield from marks.spelt(words)


CODE = Braille()
