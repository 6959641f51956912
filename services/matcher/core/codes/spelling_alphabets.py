"""The mark spelt with a spelling alphabet ("Romeo Oscar Lima Echo X-ray" is "rolex"): one code word for each letter.

Alphabets: the ICAO radiotelephony spelling alphabet (ICAO Annex 10, Volume II, 5.2.1.3; also the ITU's and NATO's),
with the spellings sellers also write (Alpha for Alfa, Juliet for Juliett, Xray and X ray for X-ray, Whisky for
Whiskey); the German DIN 5009:2022 alphabet of cities (Aachen ... Zwickau) and the traditional German one of first names
(Anton, Berta, Cäsar ... Zacharias; DIN 5009:1983) where a letter's word is no ICAO word. A run is THREE or more code words
one after another (white space, commas, hyphens or full stops between them); "/", "|" or ";" between two ends a
word of it. The run's words are read as `Marks.spelt` reads them.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator

from services.matcher.core.codes import Hit, Marks

NAME = "spelling alphabet"
MIN_RUN = 3
ICAO = ("alfa bravo charlie delta echo foxtrot golf hotel india juliett kilo lima mike november oscar papa quebec romeo "
        "sierra tango uniform victor whiskey xray yankee zulu").split()
WORDS: dict[str, str] = {w: w[0] for w in ICAO}
WORDS.update({"alpha": "a", "juliet": "j", "whisky": "w", "foxtrott": "f", "x-ray": "x"})
DIN_2022 = ("aachen berlin chemnitz dusseldorf essen frankfurt goslar hamburg ingelheim jena koln leipzig munchen "
            "nurnberg offenbach potsdam quickborn rostock salzwedel tubingen unna volklingen wuppertal xanten ypsilon "
            "zwickau").split()
DIN_1983 = ("anton berta casar dora emil friedrich gustav heinrich ida julius kaufmann ludwig martha nordpol otto paula "
            "quelle richard samuel theodor ulrich viktor wilhelm xanthippe ypsilon zacharias").split()
for _w in DIN_2022 + DIN_1983 + ["siegfried", "zeppelin", "caesar", "koeln", "muenchen", "nuernberg", "duesseldorf",
                                 "tuebingen", "voelklingen"]:
    WORDS.setdefault(_w, _w[0])
_WORD = re.compile(r"[^\W\d_]+(?:[- ](?:ray))?", re.I)
_LETTER_GAP = re.compile(r"[ \t\u00a0,.\-–()]*")
_WORD_GAP = re.compile(r"[ \t\u00a0,.\-–()]*[/|;][ \t\u00a0,.\-–()]*")


def fold(word: str) -> str:
    """A word lower case without accents (München -> munchen); "X ray" and "X-ray" as "x-ray"."""
    word = "".join(c for c in unicodedata.normalize("NFKD", word.casefold()) if not unicodedata.combining(c))
    return "x-ray" if word.replace(" ", "-") == "x-ray" else word


class SpellingAlphabets:
    name = NAME
    # opened by a code word among the latin view's words (the shared "latin" tokens: München is "munchen" there; X-ray
    # is two words, its run holds two other code words)
    latin_words = frozenset(w for w in WORDS if w.isalpha()) | {"xray"}

    def opens(self, text: str) -> bool:
        return False  # `latin_words`

    def decode(self, text: str, marks: Marks) -> Iterator[Hit]:
        run: list[list[tuple[int, int, str]]] = []
        last = None
        for m in _WORD.finditer(text):
            letter = WORDS.get(fold(m.group()))
            gap = None if last is None else text[last:m.start()]
            word_gap = gap is not None and _WORD_GAP.fullmatch(gap) is not None
            if letter is None or gap is None or not (word_gap or _LETTER_GAP.fullmatch(gap)):
                yield from _spelt(run, marks)
                run = []
            if letter is None:
                last = None
                continue
            if not run or word_gap:
                run.append([])
            run[-1].append((m.start(), m.end(), letter))
            last = m.end()
        yield from _spelt(run, marks)


def _spelt(run: list[list[tuple[int, int, str]]], marks: Marks) -> Iterator[Hit]:
    if sum(map(len, run)) >= MIN_RUN:
        yield from marks.spelt([(w[0][0], w[-1][1], "".join(letter for *_, letter in w)) for w in run if w])


CODE = SpellingAlphabets()
