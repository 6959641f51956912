"""The mark in Bacon's biliteral cipher ("ABABB AABAA BABAB ABAAA BAABA" is "levis"; "AAAAA ABBBB ..." run together).

Francis Bacon's cipher writes each letter as five symbols of two kinds, A and B: the letter's place in the alphabet in
five binary digits, A for 0 and B for 1. Bacon's own table has 24 letters (I and J share a place, U and V another:
A=AAAAA, I/J=ABAAA, K=ABAAB, U/V=BAABB, Z=BABBB); the table most puzzle books and online decoders use now gives each of
the 26 letters its own (J=ABAAB, Z=BBAAB) (Wikipedia, "Bacon's cipher"; both tables are written out below, not taken
from a library). A letter is a group of five A/B (either case) or 0/1 (0 for A); groups stand apart as positions.py's
numbers do (white space, a hyphen, a full stop, a comma, a middle dot, a colon), words by "/", "|" or three spaces, or
are written together in a run of a multiple of five. A run is THREE groups or more, every one of them all of one kind of
symbol; both tables are read, and each shared place of Bacon's own (I/J, U/V) both ways.

Groups of five A and B are nothing else a listing writes: a run of them is read as a code set apart (`hinted`: the
decoded mark is weak evidence that needs the brand's category with a cue or a copy's price, as any code's). Groups of
five 0 and 1 are read in a run of three or more (a postcode or an amount is one) or with a word that names the cipher;
runs written together of 0 and 1 only with such a word (`TOLD`: Bacon, Baconian, biliteral, 培根密码 ...), which makes the
brand's category enough; 0/1 groups neither named nor set apart in brackets need a cue that claims a copy.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from services.matcher.core.codes import Hit, Marks, brand_before
from services.matcher.core.codes.polybius import _set_apart
from services.matcher.core.codes.positions import _LETTER_GAP, _WORD_GAP

NAME = "bacon cipher"
MIN_RUN = 3
MAX_READINGS = 16  # readings of one run at most (each I/J or U/V place of the 24-letter table doubles them)
TABLE_24 = ("a", "b", "c", "d", "e", "f", "g", "h", "ij", "k", "l", "m", "n", "o", "p", "q", "r", "s", "t", "uv", "w",
            "x", "y", "z")
TABLE_26 = tuple("abcdefghijklmnopqrstuvwxyz")
_GROUP = re.compile(r"(?<![^\W_])(?:[AB]{5}|[ab]{5}|[01]{5})(?![^\W_])")
_TOGETHER = re.compile(r"(?<![^\W_])(?:[AB]{10,400}|[ab]{10,400}|[01]{10,400})(?![^\W_])")
# (speed32) the class of the first character first, the look-behind after it: the engine skips to the positions holding
# one (~4x faster over a text, the same matches as "(?<![^\W_])(?:[AB]{5}|[ab]{5}|[01]{5})")
_OPENS = re.compile(r"[ABab01](?<![^\W_].)(?:(?<=[AB])[AB]{4}|(?<=[ab])[ab]{4}|(?<=[01])[01]{4})")
TOLD = re.compile(r"bacon|biliteral|bilitt[eé]ral|b[ei]l[ií]teral|бэкон|бекон|培根|ベーコン|베이컨", re.I)


def _value(group: str) -> int:
    return int(group.translate(str.maketrans("ABab", "0101")), 2)


class Bacon:
    name = NAME
    latin_words: frozenset[str] = frozenset()

    def opens(self, piece: str) -> bool:
        return _OPENS.search(piece) is not None

    def decode(self, text: str, marks: Marks) -> Iterator[Hit]:
        told = TOLD.search(text) is not None
        runs = _runs(text)
        for m in _TOGETHER.finditer(text):
            run = m.group()
            if len(run) % 5 or (run[0] in "01" and not told):
                continue
            runs.append([[(m.start() + k, m.start() + k + 5, run[k:k + 5]) for k in range(0, len(run), 5)]])
        seen = set()
        for run in runs:
            start, end = run[0][0][0], run[-1][-1][1]
            digits = run[0][0][2][0] in "01"
            if digits and not told and sum(map(len, run)) < MIN_RUN:
                continue
            hinted = told or not digits or brand_before(text, start) or _set_apart(text, start, end)
            for table in (TABLE_26, TABLE_24):
                for words in _readings(run, table):
                    for hit in marks.spelt(words):
                        if (hit.start, hit.end, hit.mark) in seen:
                            continue
                        seen.add((hit.start, hit.end, hit.mark))
                        which = "26 letters" if table is TABLE_26 else "Bacon's 24 letters"
                        yield Hit(hit.start, hit.end, hit.mark, f"'{text[hit.start:hit.end]}' (Bacon's cipher, {which}): "
                                  f"{hit.mark}", hinted=hinted, told=told)


def _runs(text: str) -> list[list[list[tuple[int, int, str]]]]:
    """Runs of words of groups (start, end, the five symbols) of MIN_RUN groups or more, every group of one kind of
    symbol (A/B, a/b or 0/1)."""
    runs: list[list[list[tuple[int, int, str]]]] = []
    last = None
    kind = None
    for m in _GROUP.finditer(text):
        between = None if last is None else text[last:m.start()]
        word_gap = between is not None and _WORD_GAP.fullmatch(between) is not None
        this = "01" if m.group()[0] in "01" else ("AB" if m.group().isupper() else "ab")
        if between is None or this != kind or not (word_gap or _LETTER_GAP.fullmatch(between)):
            runs.append([[]])
        elif word_gap:
            runs[-1].append([])
        runs[-1][-1].append((m.start(), m.end(), m.group()))
        last, kind = m.end(), this
    return [r for r in runs if sum(map(len, r)) >= MIN_RUN]


def _readings(run: list[list[tuple[int, int, str]]], table: tuple[str, ...]) -> list[list[tuple[int, int, str]]]:
    """The run's words ((start, end, letters)) in a table, one reading per choice of the shared places' letters (at
    most MAX_READINGS); none when a group is past the table's end."""
    readings: list[list[list[str]]] = [[[] for _ in run]]
    for w, word in enumerate(run):
        for _, _, group in word:
            value = _value(group)
            if value >= len(table):
                return []
            options = table[value]
            if len(readings) * len(options) > MAX_READINGS:
                options = options[:1]
            readings = [[list(x) for x in r] for r in readings for _ in options]
            for k, r in enumerate(readings):
                r[w].append(options[k % len(options)])
    return [[(word[0][0], word[-1][1], "".join(letters)) for word, letters in zip(run, r)] for r in readings]


CODE = Bacon()
