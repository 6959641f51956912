"""The mark typed on a phone keypad (ITU-T E.161 letters: 2 abc, 3 def, 4 ghi, 5 jkl, 6 mno, 7 pqrs, 8 tuv, 9 wxyz).

Two ways of typing: one press a letter, as predictive text (T9) takes it ("76539" is "rolex"), a run of four digits
or more from 2 to 9 that is a mark's own keys (`Marks.keypad`: the keys of every mark, looked up, never scanned); and
multi-tap, a letter's key pressed once for each place it has on the key ("777 666 555 33 99"), groups of one digit
repeated apart by white space, a hyphen or a full stop, three groups or more. Words apart by "/", "|", "0" (the space
key) or three spaces.

Weak evidence, as positions.py weighs it: a listing that names the keypad ("T9", "keypad", "teclado" ...: `told`)
names the brand in its category; after "brand" (`hinted`) it needs the category with a cue or a low price; a bare
number needs a cue that claims a copy too (a model number, a postcode or a phone number is digits from 2 to 9).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from services.matcher.core.codes import MAX_WORDS, Hit, Marks, brand_before

NAME = "phone keypad"
MIN_KEYS = 4
KEYS = {"2": "abc", "3": "def", "4": "ghi", "5": "jkl", "6": "mno", "7": "pqrs", "8": "tuv", "9": "wxyz"}
LETTER_KEY = {ch: k for k, letters in KEYS.items() for ch in letters}
_KEY_DIGIT = re.compile("[2-9]")
_PRESSES = re.compile(r"(?<![\w])[2-9]{1,16}(?![\w])")  # a word's keys (a run's words joined: MIN_KEYS or more)
_PRESS_GAP = re.compile(r"[ \t\u00a0]{1,2}")
_TAPS = re.compile(r"(?<![\w])([2-9])\1{0,3}(?![\w])")
_TAP_GAP = re.compile(r"[ \t\u00a0]{0,2}[-.,·][ \t\u00a0]{0,2}|[ \t\u00a0]{1,2}")
_WORD_GAP = re.compile(r"[ \t\u00a0]*[/|0][ \t\u00a0]*|[ \t\u00a0]{3,}")
TOLD = re.compile(r"\bt9\b|key ?pad|phone ?pad|dial ?pad|phone keys|phone buttons|multi-?tap|old nokia|type it|"
                  r"teclado|clavier|tastiera|tastatur|klavye|klawiatur|toetsenbord|teclas|touches|tasten|"
                  r"клавиатур|кнопк|键盘|九宫格|按键|キーパッド|テンキー|자판|키패드", re.I)


def keys(word: str) -> str:
    """A word's keys, one press a letter ("rolex" -> "76539")."""
    return "".join(LETTER_KEY.get(ch, "") for ch in word)


class Keypad:
    name = NAME
    latin_words: frozenset[str] = frozenset()

    def opens(self, piece: str) -> bool:
        return _KEY_DIGIT.search(piece) is not None

    def decode(self, text: str, marks: Marks) -> Iterator[Hit]:
        told = None
        for start, end, mark, reading in (*self._presses(text, marks), *self._taps(text, marks)):
            if told is None:
                told = TOLD.search(text) is not None
            yield Hit(start, end, mark, reading, hinted=told or brand_before(text, start), told=told)

    def _presses(self, text: str, marks: Marks) -> Iterator[tuple[int, int, str, str]]:
        groups = list(_PRESSES.finditer(text))
        if not groups or not marks.keypad or max(len(g.group()) for g in groups) < 2:
            return
        for first in range(len(groups)):
            joined = ""
            for last in range(first, min(first + MAX_WORDS, len(groups))):
                if last > first and not _PRESS_GAP.fullmatch(text[groups[last - 1].end():groups[last].start()]):
                    break
                joined += groups[last].group()
                for mark in marks.keypad.get(joined, ()) if len(joined) >= MIN_KEYS else ():
                    s, e = groups[first].start(), groups[last].end()
                    yield s, e, mark, f"'{text[s:e]}' typed one press a letter (T9): {mark}"

    def _taps(self, text: str, marks: Marks) -> Iterator[tuple[int, int, str, str]]:
        run: list[list[tuple[int, int, str]]] = []
        last = None
        for m in _TAPS.finditer(text):
            digit, count = m.group(1), len(m.group())
            ch = KEYS[digit][count - 1] if count <= len(KEYS[digit]) else None
            gap = None if last is None else text[last:m.start()]
            word_gap = gap is not None and _WORD_GAP.fullmatch(gap) is not None
            if ch is None or gap is None or not (word_gap or _TAP_GAP.fullmatch(gap)):
                yield from _spelt(run, marks, text)
                run = []
            if ch is None:
                last = None
                continue
            if not run or word_gap:
                run.append([])
            run[-1].append((m.start(), m.end(), ch))
            last = m.end()
        yield from _spelt(run, marks, text)


def _spelt(run: list[list[tuple[int, int, str]]], marks: Marks, text: str) -> Iterator[tuple[int, int, str, str]]:
    if sum(map(len, run)) >= 3:
        for hit in marks.spelt([(w[0][0], w[-1][1], "".join(ch for *_, ch in w)) for w in run if w]):
            yield hit.start, hit.end, hit.mark, f"'{text[hit.start:hit.end]}' typed multi-tap: {hit.mark}"


CODE = Keypad()
