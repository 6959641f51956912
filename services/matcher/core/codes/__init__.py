"""Codes a buyer decodes: the mark written so that no view of the text holds it until the reader decodes it.

A seller who will not write the mark writes it in a code every buyer can read with a chart: Braille cells (⠗⠕⠇⠑⠭),
Morse code (.-. --- .-.. . -..-), a spelling alphabet (Romeo Oscar Lima Echo X-ray), its pronunciation in IPA
(/ˈroʊlɛks/), its letters scrambled with a hint to unscramble them (XLEOR), its letters' places in the alphabet
(18-15-12-5-24, a=1), its keys on a phone keypad (76539, 777 666 555 33 99), its syllables turned round (Lexro, verlan)
or its Chinese, Korean or Japanese name backwards (士力劳, 스렉롤), put through a word game (Olexray, Rubolubex),
shifted along the alphabet (Ebyrk, rot13; Ilovc, Atbash) or spelt by its letters' names (gee-you-see-see-eye,
gé-u-cé-cé-i, ジー・ユー・シー・シー・アイ), in Bacon's biliteral cipher (ABABB AABAA BABAB ABAAA BAABA) or in uwu-speak
(Wowex, Nyike). One module per code, each behind the
interface below; detectors/decoded.py runs them and names the code in the evidence (rule `decoded`).

The interface (a module-level object of each code module, listed in CODES):
- `name`: the view, as the evidence names it ("braille", "morse", "spelling alphabet", "ipa", "anagram");
- `opens(text) -> bool`: whether the text may hold the code (a character of its own, a group of symbols between
  white space): the detector's gate, word-wise (normalise.word_wise): the text's answer is its pieces' between white
  space, so it never looks across white space; or, for a code of words, `latin_words`: the latin view's words that
  open it (the shared "latin" tokens), `opens` then False;
- `decode(text, marks) -> Iterator[Hit]`: the registry's marks the code reads in `text` (a listing's original text).
`Marks` holds the marks as the codes look them up: spelt letter by letter (`spelt`), heard (`heard`), scrambled
(`scrambled`), typed on a keypad (`keypad`), turned round (`turned`), backwards (`backwards`), in Pig Latin (`pig`)
and by the steps between their letters and their Atbash mirror (`shifted`, `mirrored`): tables made once
when the index is built, so that a listing's run of digits or word is one lookup, never a scan of the marks.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Collection, Iterator
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Protocol

from rapidfuzz.distance import Indel

from services.matcher.core.memo import Memo
from services.matcher.core.sounds import similarity, spelling

MAX_WORDS = 4  # decoded words joined at most into one mark (the whole run of a code always)
MIN_LETTERS = 3  # a mark this long or longer is read in a code (LG, two letters, is what any code spells by chance)
MIN_SCRAMBLED = 4  # ... and this long scrambled
MIN_HEARD = 4  # ... and heard
HEARD_SIMILARITY = 0.8  # sounds.similarity of a reading and a mark's spelling a heard mark needs
SPELT_SIMILARITY = 0.7  # ... and of their plain_sound forms, letter by letter
HEARD_MARGIN = 0.05  # marks heard this much less close than the closest are another brand's collision


@dataclass(frozen=True, slots=True)
class Hit:
    """A mark a code reads: its span in the text, the mark (its words joined, lower case, as `Marks` holds it), what the
    code reads there (shown in the evidence) and whether the listing hints at the code (an anagram with no hint needs
    a cue that claims a copy)."""

    start: int
    end: int
    mark: str
    reading: str
    hinted: bool = True
    told: bool = False  # the listing tells the reader to decode it (a key "a=1", "T9", "read it backwards"): the
    # brand's category is enough


class Marks:
    """The registry's Latin marks as the codes look them up: `joined` (a mark's words joined, lower case: "louisvuitton"),
    their keys on a phone keypad (`keypad`), their turned forms' keys (`turned`, codes/verlan.py), and the wide
    aliases backwards by their first two characters (`backwards`, codes/backwards.py).
    """

    def __init__(self, joined: Collection[str], parts: Collection[str] = (), wide: Collection[str] = (),
                 split: Collection[tuple[str, ...]] = ()) -> None:
        """`parts`: words of marks read alone when spelt or heard, never unscrambled; `wide`: CJK, Hangul and kana
        aliases, read backwards only; `split`: the words of the multi-word marks of `joined` (read word by word in
        Pig Latin, and a shifted mark's gate opens at each)."""
        from services.matcher.core.codes import ateji, keypad, shifts, uwu, verlan, word_games

        self.joined = frozenset(j for j in (*joined, *parts) if len(j) >= MIN_LETTERS)
        self.keypad: dict[str, list[str]] = {}
        self.turned: dict[str, list[str]] = {}
        # the marks in order, and each backwards in order (`cut`)
        self._starts = sorted(self.joined)
        self._ends = sorted(j[::-1] for j in self.joined)
        for j in sorted(self.joined):
            if j.isalpha() and j.isascii() and len(j) >= keypad.MIN_KEYS:
                self.keypad.setdefault(keypad.keys(j), []).append(j)
            if j.isalpha() and j.isascii() and len(j) >= verlan.MIN_TURNED:
                for k in set(verlan.turned_keys(j).values()):
                    found = self.turned.setdefault(k, [])
                    if not found or found[-1] != j:  # (j comes in order: only its own forms share its last place)
                        found.append(j)
        self.backwards: dict[str, list[tuple[str, str]]] = {}
        # ateji (codes/ateji.py): the katakana names by their skeletons, by each skeleton with one letter dropped (a
        # name of ateji.MIN_FUZZY letters or more), and every beginning of either (the search's test)
        self.ateji: dict[str, list[str]] = {}
        self.ateji_dropped: dict[str, list[str]] = {}
        self.ateji_prefixes: set[str] = {""}
        # the registered CJK names in every script's forms (古驰, 古馳): a run that is one is read as itself, never as ateji
        from services.matcher.core.chinese import whole_variants

        self.wide: frozenset[str] = frozenset(v for a in wide for v in (
            whole_variants(a) if any("\u4e00" <= c <= "\u9fff" for c in a) else (a,)))
        for alias in sorted(set(wide)):
            if not ateji.katakana_name(alias):
                continue
            for skel in ateji.name_skeletons(alias):
                self.ateji.setdefault(skel, []).append(alias)
                self.ateji_prefixes.update(skel[:k] for k in range(len(skel) + 1))
                if len(skel) >= ateji.MIN_FUZZY:
                    for d in ateji.deletions(skel):
                        self.ateji_dropped.setdefault(d, []).append(alias)
                        self.ateji_prefixes.update(d[:k] for k in range(len(d) + 1))
        for alias in sorted(set(wide)):
            if len(alias) >= 2 and alias[::-1] != alias:
                self.backwards.setdefault(alias[::-1][:2], []).append((alias[::-1], alias))
        self.by_letters: dict[str, list[str]] = {}
        for j in frozenset(joined) & self.joined:
            if len(j) >= MIN_SCRAMBLED and j.isalpha():
                self.by_letters.setdefault(letters_key(j), []).append(j)
        # word games (codes/word_games.py): each word of a mark in Pig Latin -> the word
        words_of = {j: (j,) for j in self.joined} | {"".join(w): w for w in split if "".join(w) in self.joined}
        self.pig: dict[str, list[str]] = {}
        self.pig_words: frozenset[str] = frozenset(w for j, ws in words_of.items() for w in {j, *ws}
                                                   if len(w) >= word_games.MIN_WORD and w.isalpha() and w.isascii())
        for w in sorted(self.pig_words):
            for form in sorted(word_games.pig_latin(w)):
                self.pig.setdefault(form, []).append(w)
        # uwu-speak (codes/uwu.py): each word of a mark (three letters or more) in uwu-speak -> the word
        self.uwu: dict[str, list[str]] = {}
        for w in sorted(self.pig_words):
            for form in sorted(uwu.forms(w)):
                self.uwu.setdefault(form, []).append(w)
        # shifts (codes/shifts.py): a mark's steps between letters -> the mark; Atbash's mirror -> the mark; and the
        # gate: the same of the marks' beginnings at each of their words (five letters or more, or the word when it
        # has four)
        self.shifted: dict[str, list[str]] = {}
        self.mirrored: dict[str, list[str]] = {}
        self.shift_gate: set[str] = set()
        self.mirror_gate: set[str] = set()
        for j, ws in sorted(words_of.items()):
            if not (j.isalpha() and j.isascii() and len(j) >= shifts.MIN_SHIFTED):
                continue
            steps, mirror = shifts.key(j), shifts.mirror(j)
            self.shifted.setdefault(steps, []).append(j)
            self.mirrored.setdefault(mirror, []).append(j)
            at = 0
            for w in ws:
                least = shifts.MIN_SHIFTED if len(w) == shifts.MIN_SHIFTED else shifts.MIN_PREFIX
                self.shift_gate.update(steps[at:at + k - 1] for k in range(least, len(j) - at + 1))
                self.mirror_gate.update(mirror[at:at + k] for k in range(least, len(j) - at + 1))
                at += len(w)
        # the same in order, for `shift_begins`: a run of words whose steps begin no mark's, and whose letters begin no
        # mark's mirror, is no mark however many words follow
        self._shift_keys, self._mirror_keys = sorted(self.shifted), sorted(self.mirrored)
        # a word of a text -> whether `shift_begins` of its own steps and letters (codes/shifts.py's first test of a run
        # from that word), remembered: most words begin no mark's steps, and they come back listing after listing
        self.shift_words: Memo = Memo(shifts.WORDS_REMEMBERED)
        self._spellings = [(j, spelling(v), plain_sound(v)) for j in sorted(self.joined)
                           if len(j) >= MIN_HEARD and j.isalpha() for v in sounded(j)]

    def cut(self, word: str) -> bool:
        """Whether `word` is a mark's beginning or end of MIN_LETTERS letters or more, shorter than the mark ("lorea"
        of L'Oréal): a word cut from a mark is the mark misspelt, not turned. Two searches of sorted lists (the marks
        that begin with a word come right after it in order)."""
        if len(word) < MIN_LETTERS:
            return False
        at = bisect_right(self._starts, word)
        if at < len(self._starts) and self._starts[at].startswith(word):
            return True
        back = word[::-1]
        at = bisect_right(self._ends, back)
        return at < len(self._ends) and self._ends[at].startswith(back)

    def shift_begins(self, steps: str, letters: str) -> bool:
        """Whether a mark's steps between letters (`shifted`'s keys) begin with `steps`, or its Atbash mirror
        (`mirrored`'s keys) with `letters`: two searches of sorted lists."""
        keys = self._shift_keys
        at = bisect_left(keys, steps)
        if at < len(keys) and keys[at].startswith(steps):
            return True
        keys = self._mirror_keys
        at = bisect_left(keys, letters)
        return at < len(keys) and keys[at].startswith(letters)

    def spelt(self, words: list[tuple[int, int, str]]) -> Iterator[Hit]:
        """The marks a run of decoded words ((start, end, letters) in the text, neighbours) spells: any MAX_WORDS or
        fewer neighbouring words joined, or the whole run joined (a code written one letter a word: R/O/L/E/X)."""
        windows = {(first, last) for first in range(len(words)) for last in range(first, min(first + MAX_WORDS, len(words)))}
        windows.add((0, len(words) - 1))
        for first, last in sorted(windows):
            joined = "".join(w for _, _, w in words[first:last + 1])
            if joined in self.joined:
                yield Hit(words[first][0], words[last][1], joined, " ".join(w for _, _, w in words[first:last + 1]))

    def heard(self, reading: str) -> list[str]:
        """The marks a Latin respelling (lower-case letters) is heard as: sounds.similarity of their `heard` forms at
        least HEARD_SIMILARITY, the letters of their `plain_sound` forms at least SPELT_SIMILARITY alike (rapidfuzz's
        normalised Indel similarity), and within HEARD_MARGIN of the closest by the latter."""
        plain = plain_sound(reading, spelt=False)
        scored = [(j, Indel.normalized_similarity(plain, p)) for j, s, p in self._spellings
                  if abs(len(s) - len(reading)) <= max(3, len(s) // 2) and similarity(reading, s) >= HEARD_SIMILARITY]
        scored = [(j, c) for j, c in scored if c >= SPELT_SIMILARITY]
        if not scored:
            return []
        top = max(c for _, c in scored)
        return list(dict.fromkeys(j for j, c in scored if c >= top - HEARD_MARGIN))

    def scrambled(self, word: str) -> list[str]:
        """The marks whose letters `word` (lower case) holds in another order."""
        return [j for j in self.by_letters.get(letters_key(word), ()) if j != word]


_SOFT_G = re.compile("g(?=[eiy])")
_FINAL_R = re.compile("(?<=[aeiou])r$")
_SOFT_C = re.compile("c+(?=[ei])")


def sounded(mark: str) -> tuple[str, ...]:
    """A mark's spellings as it may be said: as written, g before e, i, y as j (Gillette /dʒɪˈlɛt/), ch as k (Michael)
    or sh (Michelin as French says it), c before e, i as ch (Gucci as Italian says it), y as ai (Dyson), a final r
    after a vowel silent (Cartier as French says it; sounds.mark_keys reads marks the same ways)."""
    return tuple(dict.fromkeys((mark, _SOFT_G.sub("j", mark), mark.replace("ch", "k"), mark.replace("ch", "sh"),
                                _SOFT_C.sub("ch", mark), mark.replace("y", "ai"), _FINAL_R.sub("", mark))))


# English spellings of one sound made one spelling, in order (a respelling and a mark written the same way compare
# letter by letter, vowels kept: "ifon" is iPhone's, not evian's, though `heard` hears both "aban")
_PLAIN = ((re.compile("sch|sh"), "S"), (re.compile("tch|ch"), "C"), (re.compile("ph"), "f"), (re.compile("ck"), "k"),
          (re.compile("gh"), "g"), (re.compile("qu"), "kw"), (re.compile("x"), "ks"), (re.compile("c(?=[eiy])"), "s"),
          (re.compile("c"), "k"), (re.compile("z"), "s"), (re.compile("ei|ey|ay"), "e"),
          (re.compile("(?<=[^aeiou])y|y$"), "i"), (re.compile("ee|ea"), "i"), (re.compile("oo|ou"), "u"),
          (re.compile(r"(.)\1+"), r"\1"))
_MAGIC_E = re.compile("([aiou])([^aeiou])e$")
_LONG = {"a": "ei", "i": "ai", "o": "o", "u": "u"}


def plain_sound(word: str, spelt: bool = True) -> str:
    """A lower-case Latin spelling with English's spellings of one sound made one ("iphone" -> "ifon", "nike" ->
    "naik", "gucci" -> "guksi"); used to compare a respelling with a mark letter by letter. `spelt`: a word as English
    spells it (a mark), whose final silent e lengthens the vowel before it (nike, iphone); False for a respelling of
    sounds (IPA's "omeige" has no silent e)."""
    if spelt:
        word = _MAGIC_E.sub(lambda m: _LONG[m.group(1)] + m.group(2), word)
    for pattern, replacement in _PLAIN:
        word = pattern.sub(replacement, word)
    return word


_BRAND = re.compile(r"(?:brand|marca|marque|marke|merk|marka|márka|značka|бренд|марка|品牌|牌子|브랜드|ブランド)"
                    r"(?:[ \t]*(?:code|name|is|ist|est|es|é|=|:|-|–|#|nr\.?|no\.?))*[ \t]*[(\[]?$", re.I)


def brand_before(text: str, start: int) -> bool:
    """Whether the word before `start` says a brand follows ("brand 76539", "Marke: 15-13-5-7-1")."""
    return _BRAND.search(text, max(0, start - 24), start) is not None


@lru_cache(maxsize=1 << 16)  # a listing's words come back listing after listing
def letters_key(word: str) -> str:
    """A word's letters in alphabetical order: the key its anagrams share."""
    return "".join(sorted(word))


class Code(Protocol):
    name: str
    latin_words: frozenset[str]

    def opens(self, piece: str) -> bool: ...

    def decode(self, text: str, marks: Marks) -> Iterator[Hit]: ...


@cache
def codes() -> tuple[Code, ...]:
    """Every code, in the order the detector runs them."""
    from services.matcher.core.codes import (anagram, ateji, backwards, bacon, braille, calculator, ipa, keypad,
                                             letter_names, morse, polybius, positions, shifts, spelling_alphabets, uwu,
                                             verlan, word_games)

    return (braille.CODE, morse.CODE, spelling_alphabets.CODE, ipa.CODE, anagram.CODE, positions.CODE, keypad.CODE,
            verlan.CODE, backwards.CODE, word_games.CODE, shifts.CODE, letter_names.CODE, polybius.CODE, bacon.CODE,
            uwu.CODE, calculator.CODE, ateji.CODE)
