"""The mark as the positions of its letters in the alphabet ("18-15-12-5-24 (a=1)" is "rolex"; A1Z26).

A letter is a number of one or two digits (zero-padded or not: 05); letters stand apart by a hyphen, a full stop, a
comma, a middle dot, a colon or white space, words by "/", "|" or three spaces or more. A run is THREE numbers or more.
The key is read from the listing when it gives one: "a=1", "A=0", "z=1" or "a=26" (the alphabet reversed, as atbash
counts), "b=3" (a shifted count, Caesar's), "A1Z26"; with no key, a=1. Numbers past the alphabet end the run's
reading. The letters are read as `Marks.spelt` reads them.

A run is weak evidence: with a key or a word that tells the reader to decode it ("decode", "cipher", "alphabet
position"; `told`) it names the brand in its category; after "brand"/"marca"/"Marke" ... (`hinted`) it needs the
category with a cue or a low price; otherwise a cue that claims a copy too (dates, sizes and phone numbers are runs
of small numbers).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from services.matcher.core.codes import Hit, Marks, brand_before

NAME = "alphabet positions"
MIN_RUN = 3
TRIM = 3  # numbers at a run's start or end read also as not of the code
_NUMBER = re.compile(r"(?<![^\W_])\d{1,2}(?![^\W_])")  # (no letter or digit beside it: 5W-40, A1Z26)
_LETTER_GAP = re.compile(r"[ \t\u00a0]{0,2}[-–.,·:_][ \t\u00a0]{0,2}|[ \t\u00a0]{1,2}")
_WORD_GAP = re.compile(r"[ \t\u00a0]*[/|][ \t\u00a0]*|[ \t\u00a0]{3,}")
_KEY = re.compile(r"(?<![^\W\d_])([a-z])\s*(?:=|:|→|->|＝)\s*(\d{1,2})(?!\d)", re.I)
_A1Z26 = re.compile(r"(?<![^\W\d_])a\s?([01])\s?z\s?(2[56])(?!\d)", re.I)
TOLD = re.compile(r"decod|d[ée]cod|cipher|chiffr|cifr|alphabet(?:ic)? (?:position|order|number)|letter[- ]?numbers?|"
                  r"number(?:s)? (?:=|as|for) letters|position(?:s)? (?:in|of) the alphabet|posici[oó]n en el alfabeto|"
                  r"descifr|decifr|entschl[üu]ssel|dekodier|buchstaben ?nummer|lettre ?= ?chiffre|a1z26|"
                  r"шифр|расшифр|암호|字母序号|字母顺序|暗号", re.I)
_SPACE = re.compile(r"[ \t\u00a0]*")


def mappings(text: str) -> tuple[list[tuple[int, bool]], bool]:
    """How the listing counts (offset of a or z, reversed), and whether it gave a key."""
    if m := _A1Z26.search(text):
        return [(int(m.group(1)), False)], True
    pairs = {(ord(a.lower()) - 97, int(n)) for a, n in _KEY.findall(text)}
    if not pairs:
        return [(1, False)], False
    found = []
    for i, n in sorted(pairs):
        if (i, n) in ((25, 0), (25, 1)) or (i == 0 and n in (25, 26)):
            found.append((n - 25 if i == 0 else n, True))  # reversed: z = n, a = 25 + n
        else:
            found.append((n - i, False))
    if len(pairs) >= 2:  # two letters of the key give its direction: a=26, b=25
        (i1, n1), (i2, n2) = sorted(pairs)[:2]
        if i1 != i2 and (n2 - n1) * (i2 - i1) < 0:
            found.insert(0, (n1 - (25 - i1), True))
    return list(dict.fromkeys(found)), True


def letter(number: int, offset: int, reverse: bool) -> str | None:
    i = number - offset
    if reverse:
        i = 25 - i
    return chr(97 + i) if 0 <= i < 26 else None


class Positions:
    name = NAME
    latin_words: frozenset[str] = frozenset()

    def opens(self, piece: str) -> bool:
        return _NUMBER.search(piece) is not None

    def decode(self, text: str, marks: Marks) -> Iterator[Hit]:
        runs: list[list[list[tuple[int, int, int]]]] = []  # runs of words of numbers (start, end, number)
        last = None
        for m in _NUMBER.finditer(text):
            gap = None if last is None else text[last:m.start()]
            word_gap = gap is not None and _WORD_GAP.fullmatch(gap) is not None
            if gap is None or not (word_gap or _LETTER_GAP.fullmatch(gap)):
                runs.append([[]])
            elif word_gap:
                runs[-1].append([])
            runs[-1][-1].append((m.start(), m.end(), int(m.group())))
            last = m.end()
        runs = [r for r in runs if sum(map(len, r)) >= MIN_RUN]
        if not runs:
            return
        ways, keyed = mappings(text)
        told = keyed or TOLD.search(text) is not None
        for run in runs:
            start = run[0][0][0]
            hinted = told or brand_before(text, start)
            seen = set()
            for offset, reverse in ways:
                letters = [[(s, e, letter(n, offset, reverse)) for s, e, n in w] for w in run]
                for hit in _spelt(letters, marks):
                    if (hit.start, hit.end, hit.mark) in seen:
                        continue
                    seen.add((hit.start, hit.end, hit.mark))
                    key = "reversed alphabet" if reverse else f"a={offset}"
                    yield Hit(hit.start, hit.end, hit.mark, f"'{text[hit.start:hit.end]}' ({key}): {hit.mark}",
                              hinted=hinted, told=told)


def _spelt(run: list[list[tuple[int, int, str | None]]], marks: Marks) -> Iterator[Hit]:
    """The marks a run's words spell, read also without up to TRIM numbers at its start or end ("size 8 / 16-12-9-8
    1 1", a number before or after the code); a number past the alphabet cuts the run there."""
    flat = [(w, s, e, ch) for w, word in enumerate(run) for s, e, ch in word]
    for head in range(min(TRIM, len(flat)) + 1):
        for tail in range(min(TRIM, len(flat) - head) + 1):
            kept = flat[head:len(flat) - tail]
            if len(kept) < MIN_RUN or any(ch is None for *_, ch in kept):
                continue
            words: list[list[tuple[int, int, str]]] = []
            for k, (w, s, e, ch) in enumerate(kept):
                if not k or w != kept[k - 1][0]:
                    words.append([])
                words[-1].append((s, e, ch))
            yield from marks.spelt([(w[0][0], w[-1][1], "".join(ch for *_, ch in w)) for w in words])


CODE = Positions()
