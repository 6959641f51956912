"""The mark with its syllables or letters turned round, as French verlan and English back slang say a word ("Lexro"
for Rolex, "Tiercar" for Cartier, "Kéni" for Nike, "Sondy" for Dyson, "Radopan" for Pandora, "Chigu" for Gucci).

A mark of one word (or a multi-word mark's last word read alone) of four letters or more is turned: its letters cut
at every place and the two ends swapped (rolex -> lexro, gucci -> ccigu), and its syllables (vowel groups, a lone
consonant opening the next syllable, two or more split after the first: pan-do-ra, car-tier) in every other order
(ra-do-pan). A turned form is compared as `sounded` keys it: accents dropped, doubled letters one, ch/k/q/ck as c,
y as i, ph as f, a final silent e dropped (Chigu and ccigu are "cigu", Kéni and keni "ceni"). The mark spelt
backwards letter by letter is rule reversed's (detectors/text_views.py), not this.

A word counts when its key is a turned mark's (`Marks.turned`: one dict lookup a word), it is no mark as written and
no word of any language of context/language.py at Zipf 1.5 (4.0 when the listing says "verlan", "à l'envers",
"backwards", "back slang" ...: `told`). Weak evidence: the brand's category with a cue or a price below the floor.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections.abc import Iterator
from functools import lru_cache

from services.matcher.core.codes import Hit, Marks

NAME = "verlan"
MIN_TURNED = 4
MAX_SYLLABLES = 4
WORD_ZIPF = 1.5
TOLD_ZIPF = 4.0
TOLD = re.compile(r"verlan|à l'envers|a l'envers|à l’envers|backslang|back[- ]slang|backwards|back to front|"
                  r"al rev[ée]s|ao contr[aá]rio|r[üu]ckw[äa]rts|al contrario|achterstevoren|наоборот", re.I)
_WORD = re.compile(r"(?<![^\W\d_])[^\W\d_]{%d,16}(?![^\W\d_])" % MIN_TURNED)
_VOWELS = re.compile(r"[aeiouy]+")
_KEY = ((re.compile(r"ph"), "f"), (re.compile(r"ck|ch|k|q"), "c"), (re.compile(r"y"), "i"), (re.compile(r"(.)\1+"), r"\1"))


@lru_cache(maxsize=1 << 16)  # a listing's words come back listing after listing
def key(word: str) -> str:
    """A word as verlan is compared: lower case, no accents, one spelling of a sound (see the module's text)."""
    return _key(word)


def _key(word: str) -> str:
    if word.isascii():  # (NFKD and casefold leave ASCII as lower() does)
        word = word.lower()
        if not word.isalpha():
            word = "".join(c for c in word if "a" <= c <= "z")
    else:
        word = "".join(c for c in unicodedata.normalize("NFKD", word.casefold()) if "a" <= c <= "z")
    for pattern, replacement in _KEY:
        word = pattern.sub(replacement, word)
    return word


def _plain(word: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", word) if "a" <= c <= "z")


def syllables(word: str) -> list[str]:
    """A word cut into syllables by its vowel groups: pan-do-ra, ro-lex, car-tier, sam-sung."""
    groups = list(_VOWELS.finditer(word))
    if len(groups) < 2:
        return [word]
    cuts = []
    for a, b in zip(groups, groups[1:]):
        between = b.start() - a.end()
        cuts.append(a.end() + (0 if between <= 1 else 1))
    return [word[s:e] for s, e in zip([0, *cuts], [*cuts, len(word)])]


def turned(word: str) -> set[str]:
    """A word's turned forms (letters rotated, syllables reordered), never the word itself nor it backwards."""
    return set(turned_keys(word))


def turned_keys(word: str) -> dict[str, str]:
    """{turned form: its key} of `turned(word)` (the index's table is made of the keys: each computed once)."""
    out = {word[k:] + word[:k] for k in range(1, len(word))}
    parts = syllables(word)
    if 2 <= len(parts) <= MAX_SYLLABLES:
        out.update("".join(p) for p in itertools.permutations(parts))
    # (a form whose key is shorter than the word's merged two letters: "llorea" is "lorea", L'Oréal cut short)
    own, back = _key(word), _key(word[::-1])
    keys = {t: _key(t) for t in out}
    return {t: k for t, k in keys.items() if k != own and k != back and len(k) == len(own)}


class Verlan:
    name = NAME
    latin_words: frozenset[str] = frozenset()

    def opens(self, piece: str) -> bool:
        return False  # opened by its words' keys (detectors/decoded.py's `turned` token kind)

    def decode(self, text: str, marks: Marks) -> Iterator[Hit]:
        from services.matcher.core.codes.anagram import a_word

        told = None
        for m in _WORD.finditer(text):
            found = marks.turned.get(key(m.group()))
            word = m.group().lower()
            if not found or word in marks.joined or marks.cut(_plain(word)):  # "Lorea&#X6C;" is L'Oréal cut short
                continue
            if told is None:
                told = TOLD.search(text) is not None
            if a_word(word, TOLD_ZIPF if told else WORD_ZIPF):  # as written: "Kéni" is none, though "keni" is
                continue
            for mark in found:
                yield Hit(m.start(), m.end(), mark, f"'{m.group()}' turned round (verlan): {mark}")


CODE = Verlan()
