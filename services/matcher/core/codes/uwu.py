"""The mark in 'uwu-speak' ("Wowex" for Rolex, "Nyike" for Nike, "Buwbewwy" for Burberry, "Fewwewo" for Ferrero).

The internet's 'uwu' baby talk (the text 'uwuifiers' write, and sellers after them) replaces every r and l with w, n
before a vowel with ny, and th with d ("the" -> "de"). Written back, a w may be an r, an l or a w, so the rule is never
undone on the listing's word: each word of the registry's marks is written in uwu-speak when the index is built
(`forms`: r and l both, r only or l only made w; with and without the ny and the d; the mark itself never), and a
listing's word is one dict lookup (`Marks.uwu`); neighbouring words read together ("Tde Nowth Face" is no form, but
"Nowth Face" beside "The" is), as codes/word_games.py reads Pig Latin.

A word counts when it is no word of any language of context/language.py at Zipf 1.5 (Canon's "Canyon", Lego's "Wego"
are words) nor a registered mark. Baby talk is also just how some people write: the reading is a candidate that needs
a cue that claims a copy (`hinted` False), beside the brand's category as every code's.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from services.matcher.core.alternation import trie_pattern
from services.matcher.core.codes import Hit, Marks

NAME = "uwu speak"
MIN_WORD = 4  # letters of a mark's word written in uwu-speak read alone (three is what any respelling hits by chance) ...
MIN_PART = 3  # ... and beside the mark's other words (Pwo Staff)
WORD_ZIPF = 1.5
_NY = re.compile(r"n(?=[aeiou])")
_PLACE = re.compile(r"th|[rl]|n(?=[aeiou])")  # the places a rule fits
_SAID = {"r": "w", "l": "w", "n": "ny", "th": "d"}
MAX_PLACES = 5  # places of a word each read apart (32 forms at most)
_TOKEN = re.compile(r"(?<![^\W\d_])[A-Za-z]+(?:['’][A-Za-z]+)*(?![^\W\d_])")
_GAP = re.compile(r"[ \t\u00a0]{1,3}")


def forms(word: str) -> set[str]:
    """A lower-case word's uwu forms (see the module's text), without the word itself: each rule applied to every
    place it fits or none, and, for a word of MAX_PLACES places or fewer, to any of them (Buwberry, Fewrero)."""
    out = set()
    for r, l in ((True, True), (True, False), (False, True), (False, False)):
        w = word.replace("r", "w") if r else word
        w = w.replace("l", "w") if l else w
        for ny in (False, True):
            v = _NY.sub("ny", w) if ny else w
            out.update((v, v.replace("th", "d")))
    places = [m.start() for m in _PLACE.finditer(word)]
    if len(places) <= MAX_PLACES:
        for chosen in range(1, 1 << len(places)):
            pieces, last = [], 0
            for k, at in enumerate(places):
                if chosen >> k & 1:
                    pieces.append(word[last:at])
                    piece = word[at:at + 2] if word.startswith("th", at) else word[at]
                    pieces.append(_SAID[piece])
                    last = at + len(piece)
            pieces.append(word[last:])
            out.add("".join(pieces))
    out.discard(word)
    return out


def fold(token: str) -> str:
    return "".join(c for c in token.lower() if "a" <= c <= "z")


class Uwu:
    name = NAME
    latin_words: frozenset[str] = frozenset()

    def opens(self, piece: str) -> bool:
        return False  # by its words (detectors/decoded.py's `games` token kind: `marks.uwu`)

    def decode(self, text: str, marks: Marks) -> Iterator[Hit]:
        from services.matcher.core.codes.anagram import a_word

        tokens = [(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(text)]
        readings: list[list[str]] = []
        for _, _, token in tokens:
            word = fold(token)
            found = list(marks.uwu.get(word, ()))
            if found and (len(word) < MIN_PART or word in marks.joined or a_word(word, WORD_ZIPF)):
                found = []
            readings.append(found)
        for first, found in enumerate(readings):
            if not found:
                continue
            # the word alone, or with its neighbours (each in uwu-speak or written plainly: "De Nowth Face", "Michaew
            # Kows"): a neighbour is read as written and as any mark's word it is a form of, word or not ("de")
            def options(k: int) -> list[str]:
                return readings[k] or [fold(tokens[k][2]), *marks.uwu.get(fold(tokens[k][2]), ())]

            for begin in (first, first - 1):
                if begin < 0 or (begin < first and not _GAP.fullmatch(text[tokens[begin][1]:tokens[first][0]])):
                    continue
                paths = [""]
                if begin < first:
                    paths = options(begin)
                paths = [p + w for p in paths for w in found][:16]
                for last in range(first, min(first + 4, len(tokens))):
                    if last > first:
                        if not _GAP.fullmatch(text[tokens[last - 1][1]:tokens[last][0]]):
                            break
                        paths = [p + w for p in paths for w in options(last)][:16]
                    if begin == first == last and len(tokens[first][2]) < MIN_WORD:
                        continue  # a word of three letters counts only with the mark's other words (Pwo Staff)
                    for joined in paths:
                        if joined in marks.joined:
                            shown = text[tokens[begin][0]:tokens[last][1]]
                            yield Hit(tokens[begin][0], tokens[last][1], joined,
                                      f"'{shown}' read back from uwu-speak (r and l written w, n before a vowel ny, "
                                      f"th d): {joined}", hinted=False)


CODE = Uwu()


@cache
def _cue_forms() -> tuple[re.Pattern, dict[str, str]]:
    """The copy cue terms (config.DEFAULT_COPY_CUES' Latin ones) in uwu-speak ("wepwica", "miwwow quawity") -> the
    term, and one expression that finds them (whole words, any case)."""
    from services.matcher.core.config import DEFAULT_COPY_CUES

    table: dict[str, str] = {}
    for term in DEFAULT_COPY_CUES:
        if not (term.isascii() and re.fullmatch(r"[a-z]+(?: [a-z]+)*", term)) or len(term) < 4:
            continue
        for form in forms(term):
            table.setdefault(form, term)
    # the forms as a trie (alternation.py): the matches of their alternation longest first, compiled in half the time
    pattern = re.compile(r"(?<![^\W\d_])(?:%s)(?![^\W\d_])" % trie_pattern(table), re.I)
    return pattern, table


def copy_cues(text: str) -> list[tuple[int, int, str]]:
    """(start, end, the cue term) of each copy cue the text writes in uwu-speak: a listing written so writes its
    "replica" as "wepwica" too, which the cue lexicon does not read."""
    pattern, table = _cue_forms()
    return [(m.start(), m.end(), table[m.group().lower()]) for m in pattern.finditer(text)]
