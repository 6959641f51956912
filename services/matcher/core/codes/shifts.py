"""The mark's letters shifted along the alphabet: a Caesar shift or ROT13 ("Ebyrk" for Rolex, rot13; "Uroha", rot3;
"Dbsujfs", +1), the alphabet mirrored (Atbash: "Ilovc"), or ROT47 over printable ASCII ("C@=6I").

A shift keeps the steps between neighbouring letters (mod 26): the mark and every shift of it share one `key`, so a
listing's word is one dict lookup (`Marks.shifted`), never a try of 25 shifts against every mark. A word counts when its
key is a mark's (or a multi-word mark's, read across up to four neighbouring words: "Pnanqn Tbbfr"), it is not the mark
(shift 0), it is no word of any language of context/language.py at Zipf 1.5, and the shift is the listing's key when
it gives one ("rot13", "rot 3", "shift 3", "+3", "Caesar 3"). Atbash's mirror (a<->z) is looked up the same way
(`Marks.mirrored`). ROT47 maps each printable ASCII character 33..126 to the one 47 places on: a piece of such characters
with no lower-case letter whose ROT47 is a mark.

A listing that names the cipher ("rot13", "Caesar", "shift", "Atbash", "cipher", "decode", in eight languages:
`TOLD`) hints at it; with no hint a shifted word needs the brand's category and a cue that claims a copy
(`Hit.hinted` False): a rare word is a shift of some mark by chance more often than a reader would say so.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from services.matcher.core.codes import Hit, Marks

NAME = "caesar shift"
MIN_SHIFTED = 4  # letters of a mark read shifted
MIN_UNTOLD = 5  # letters of a shifted word with no key or cipher named
MIN_PREFIX = 5  # a multi-word mark's first word(s) open the gate from this many letters
WORD_ZIPF = 1.5
WORDS_REMEMBERED = 200_000  # words whose first test `_shifted` remembers (Marks.shift_words), forgotten past this many
TOLD = re.compile(r"\brot[ -]?\d{1,2}\b|\brot13|\bc(?:a|ae|æ|é|e)sar|\bcésar|\bcezar|\bcäsar|\bшифр|凯撒|シーザー|카이사르|"
                  r"\bshift(?:ed)?\b|\batbash\b|\bcipher|\bcypher|\bchiffr|\bcifr|\bverschl[üu]ssel|\bdecod|\bd[ée]cod|"
                  r"\bdescifr|\bdecifr|\bentschl[üu]ssel|\bdekodier|\bdecrypt|\bd[ée]crypt|\bdesencript|"
                  r"\bdecripta|\bdecifra|\bрасшифр|\bсдвиг|\bverschoben|\bverschiebung|\bdécalage|\bdesplazamiento", re.I)
_KEYS = re.compile(r"\brot[ -]?(\d{1,2})\b|\b(?:shift(?:ed)?|c(?:a|ae|æ|é|e)sar|décalage|desplazamiento|verschoben|"
                   r"verschiebung|сдвиг|(?:key|clave|clé|schlüssel) ?[:=])[ :=]*(?:by )?([+\-−]?\d{1,2})\b|\(\s*([+\-−]\d{1,2})\s*\)", re.I)
_WORD = re.compile(r"(?<![^\W\d_])[A-Za-z]{3,24}(?![^\W\d_])")
_GAP = re.compile(r"[ \t\u00a0\-_.·]{1,3}")
_ROT47 = str.maketrans({chr(c): chr(33 + (c - 33 + 47) % 94) for c in range(33, 127)})
_ROT47_PIECE = re.compile(r"[!-~]+")
_ROT47_SYMBOL = re.compile(r"[:;<=>?@{|}~!#$%&'()*+]")
_ROT47_LOWER = re.compile(r"[a-o]")  # ROT47 never makes these of a letter
_NO_LOWER_PIECE = re.compile(r"(?<![!-~])[!-`p-~]+(?![!-~])")  # a whole `_ROT47_PIECE` without one of them
_ROT47_IMAGE = re.compile(r"[2-9:;<=>?@A-Kp-z{|}~!\"#$%&'()*+]")  # what ROT47 makes of letters
_ROT47_LETTERS = re.compile(r"[A-Za-z'\-.&]+")  # a ROT47 piece decoded: a word (Levi's, Coca-Cola, M&M's)


@lru_cache(maxsize=1 << 16)
def key(word: str) -> str:
    """The steps between a lower-case word's neighbouring letters, mod 26, as letters ("rolex" -> "dxthd"): every Caesar
    shift of a word has the word's key."""
    return "".join(chr(97 + (ord(b) - ord(a)) % 26) for a, b in zip(word, word[1:]))


def mirror(word: str) -> str:
    """Atbash: a<->z, b<->y ... ("rolex" -> "ilovc")."""
    return "".join(chr(219 - ord(c)) for c in word)


def shift_of(word: str, mark: str) -> int:
    return (ord(word[0]) - ord(mark[0])) % 26


def rot47(piece: str) -> str:
    return piece.translate(_ROT47)


def told_shifts(text: str) -> tuple[bool, set[int]]:
    """Whether the listing names the cipher, and the shifts its key gives (a shift n or 26 - n: sellers write the
    decoding way too)."""
    told = TOLD.search(text) is not None
    shifts: set[int] = set()
    for m in _KEYS.finditer(text):
        raw = next(g for g in m.groups() if g)
        n = int(raw.replace("−", "-")) % 26
        if n:
            shifts.update((n, (26 - n) % 26))
    return told or bool(shifts), shifts


class Shifts:
    name = NAME
    latin_words: frozenset[str] = frozenset()

    def opens(self, text: str) -> bool:
        """A piece between white space that may be ROT47 (`rot47_piece`); the shifted words open by their keys
        (detectors/decoded.py's `games` token kind)."""
        # (speed32) a piece holds a symbol of _ROT47_SYMBOL only if the text does
        return _ROT47_SYMBOL.search(text) is not None and any(rot47_piece(p) for p in text.split())

    def decode(self, text: str, marks: Marks) -> Iterator[Hit]:
        yield from self._shifted(text, marks)
        if _NO_LOWER_PIECE.search(text) is None:
            return  # every piece holds a letter a to o, which ROT47 never makes (`rot47_piece`, `_short_rot47`)
        pieces = [(m.start(), m.end(), m.group()) for m in _ROT47_PIECE.finditer(text)]
        for first in range(len(pieces)):
            if not rot47_piece(pieces[first][2]) and not (
                    _short_rot47(pieces[first][2]) and first + 1 < len(pieces) and rot47_piece(pieces[first + 1][2])
                    and text[pieces[first][1]:pieces[first + 1][0]] == " "):
                continue  # a mark's first word of one or two letters ("M Performance": '| !6C7@C>2?46') opens with the next
            joined = ""
            for last in range(first, min(first + 4, len(pieces))):
                if last > first and text[pieces[last - 1][1]:pieces[last][0]] != " ":
                    break
                plain = rot47(pieces[last][2])
                if not _ROT47_LETTERS.fullmatch(plain):
                    break
                joined += "".join(c for c in plain.lower() if c.isalpha())
                if len(joined) >= MIN_SHIFTED and joined in marks.joined:
                    shown = text[pieces[first][0]:pieces[last][1]]
                    yield Hit(pieces[first][0], pieces[last][1], joined, f"'{shown}' in ROT47: {joined}")

    def _shifted(self, text: str, marks: Marks) -> Iterator[Hit]:
        from services.matcher.core.codes.anagram import a_word

        words = [(m.start(), m.end(), m.group().lower()) for m in _WORD.finditer(text)]
        told = None
        begins = marks.shift_words
        for first in range(len(words)):
            word = words[first][2]
            opens = begins.get(word)
            if opens is None:
                opens = begins.remember(word, marks.shift_begins(key(word), word))
            if not opens:
                continue  # (the first step below: no mark begins so, nor with more words)
            start = words[first][0]
            joined = ""
            for last in range(first, min(first + 4, len(words))):
                if last > first and not _GAP.fullmatch(text[words[last - 1][1]:words[last][0]]):
                    break
                joined += words[last][2]
                steps = key(joined)
                if not marks.shift_begins(steps, joined):
                    break  # no mark begins so: nor with more words
                if len(joined) < MIN_SHIFTED:
                    continue
                found = [(m, "shift") for m in marks.shifted.get(steps, ())]
                found += [(m, "atbash") for m in marks.mirrored.get(joined, ())]
                for mark, how in found:
                    shift = shift_of(joined, mark) if how == "shift" else None
                    if shift == 0 or joined in marks.joined:
                        continue
                    if any(a_word(w, WORD_ZIPF) for *_, w in words[first:last + 1]):
                        continue
                    if told is None:
                        told, shifts = told_shifts(text)
                    if how == "shift" and shifts and shift not in shifts:
                        continue  # the listing's key is another shift: the word is not this mark
                    if not told and len(joined) < MIN_UNTOLD and how == "shift":
                        continue  # four letters with no key: a shift of some mark by chance (one of 25 shifts; Atbash's
                        # one mirror of a four-letter mark, Kfnz for Puma, is a word by chance far less often: it still
                        # needs the brand's category and a cue that claims a copy, `hinted` False)
                    reading = (f"'{text[start:words[last][1]]}' shifted back {shift} letters (rot{shift}): {mark}"
                               if how == "shift" else f"'{text[start:words[last][1]]}' mirrored (Atbash): {mark}")
                    yield Hit(start, words[last][1], mark, reading, hinted=told)


def _short_rot47(piece: str) -> bool:
    """One or two characters that ROT47 makes of letters (a mark's short first word: M, GG)."""
    return len(piece) <= 2 and _ROT47_LOWER.search(piece) is None and len(_ROT47_IMAGE.findall(piece)) == len(piece)


def rot47_piece(piece: str) -> bool:
    """A piece that may be a word in ROT47: printable ASCII, three to 24 characters, a symbol ROT47 makes of a letter
    (":;<=>?@" of lower case, "{|}~!#$%&'()*+" of capitals), and no letter a to o (ROT47 makes a letter of capitals
    only, p to z)."""
    return (3 <= len(piece) <= 24 and piece.isascii() and _ROT47_SYMBOL.search(piece) is not None
            and _ROT47_LOWER.search(piece) is None and len(_ROT47_IMAGE.findall(piece)) >= max(3, 0.7 * len(piece)))


CODE = Shifts()
