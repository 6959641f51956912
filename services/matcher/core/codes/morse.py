"""The mark in Morse code (".-. --- .-.. . -..-" is "rolex"): the letters and digits of ITU-R M.1677-1 (International
Morse code, 10/2009, part I, 1.1.1 and 1.1.2).

Dots are written "." or a look-alike (· • ∙ ⋅ ･ ●), dashes "-" or a look-alike (– — − _ ‒ ― ﹣ －). A letter is a group of
one to six of them; letters stand apart by white space, words by "/", "|" or three spaces or more (M.1677-1 2.1: a
word space is seven units, a letter space three). A run of groups ends at anything else; a group that is no letter
or digit ends it too. A lone dash at a run's start or end is read both as a T and as a title's dash. The words are read
as `Marks.spelt` reads them.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from services.matcher.core.codes import Hit, Marks

NAME = "morse"
ITU = {"a": ".-", "b": "-...", "c": "-.-.", "d": "-..", "e": ".", "f": "..-.", "g": "--.", "h": "....", "i": "..",
       "j": ".---", "k": "-.-", "l": ".-..", "m": "--", "n": "-.", "o": "---", "p": ".--.", "q": "--.-", "r": ".-.",
       "s": "...", "t": "-", "u": "..-", "v": "...-", "w": ".--", "x": "-..-", "y": "-.--", "z": "--..",
       "1": ".----", "2": "..---", "3": "...--", "4": "....-", "5": ".....", "6": "-....", "7": "--...",
       "8": "---..", "9": "----.", "0": "-----"}
LETTERS = {code: letter for letter, code in ITU.items()}
DOTS = ".·•∙⋅･●"
DASHES = "-–—−_‒―﹣－"
_PLAIN = str.maketrans({**{c: "." for c in DOTS}, **{c: "-" for c in DASHES}})
_SYMBOL = "[" + re.escape(DOTS + DASHES) + "]"
_GROUP = re.compile(f"(?<![\\w{re.escape(DOTS + DASHES)}]){_SYMBOL}{{1,6}}(?![\\w{re.escape(DOTS + DASHES)}])")
_LETTER_GAP = re.compile(r"[ \t\u00a0]{1,2}")
_WORD_GAP = re.compile(r"\s*[/|]{1,2}\s*|[ \t\u00a0]{3,}")
# a piece of text between white space that is a group of two symbols or more (with slashes, bars, brackets around)
_PIECE = re.compile(f"(?<!\\S)[()\\[\\]\"'/|]*{_SYMBOL}{{2,}}(?:[/|]+{_SYMBOL}+)*[()\\[\\]\"'/|,;:]*(?!\\S)")


class Morse:
    name = NAME
    latin_words: frozenset[str] = frozenset()

    def opens(self, piece: str) -> bool:
        return _PIECE.search(piece) is not None

    def decode(self, text: str, marks: Marks) -> Iterator[Hit]:
        run: list[list[tuple[int, int, str]]] = []  # words of letters: (start, end, letter)
        last = None
        for m in _GROUP.finditer(text):
            letter = LETTERS.get(m.group().translate(_PLAIN))
            gap = None if last is None else text[last:m.start()]
            if letter is None or gap is None or not (_LETTER_GAP.fullmatch(gap) or _WORD_GAP.fullmatch(gap)):
                yield from _spelt(run, marks)
                run = []
            if letter is None:
                last = None
                continue
            if not run or (gap is not None and _WORD_GAP.fullmatch(gap)):
                run.append([])
            run[-1].append((m.start(), m.end(), letter))
            last = m.end()
        yield from _spelt(run, marks)


def _spelt(run: list[list[tuple[int, int, str]]], marks: Marks) -> Iterator[Hit]:
    """The marks a run spells, read also without a lone dash at its start or end: a title's dash ("Belt – --. ..-")
    is a T in Morse."""
    if not run:
        return
    first, last = run[0][0], run[-1][-1]
    cuts = [(0, 0)]
    if first[1] - first[0] == 1 and first[2] == "t":
        cuts.append((1, 0))
    if last[1] - last[0] == 1 and last[2] == "t":
        cuts += [(0, 1)] + ([(1, 1)] if len(cuts) > 1 else [])
    flat = [(w, letter) for w, word in enumerate(run) for letter in word]
    for head, tail in cuts:
        kept = flat[head:len(flat) - tail]
        words: list[list[tuple[int, int, str]]] = []
        for k, (w, letter) in enumerate(kept):
            if not k or w != kept[k - 1][0]:
                words.append([])
            words[-1].append(letter)
        spelt = [(w[0][0], w[-1][1], "".join(letter for *_, letter in w)) for w in words]
        if sum(len(w) for *_, w in spelt) >= 3:
            yield from marks.spelt(spelt)


CODE = Morse()
