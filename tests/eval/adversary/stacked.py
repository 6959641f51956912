"""The adversary's stacked-disguise classes (names, 2026-12-01): a mark spelt apart (a separator between every letter)
with a second disguise on its letters, and the honest listings that spell letters apart.

Written from first principles: each disguise alone is caught (spaced: B-O-S-E; an edit: Dysno; a doubled letter:
Goooose; a look-alike or leet letter), and a seller who knows that composes two. The second disguise is drawn at random
from those a reader still reads as the mark, and the letters are then spelt apart in the shapes sellers use (hyphens
in alternating case "d-Y-s-N-o", dots, spaces, underscores; one separator a word, a wider one between the words of a
mark of several words). Corroborated like the second disguise alone (`generate._corroborated`): the brand's category,
and a cue or a far-low price when the mark is one that needs it.

- spaced_stacked: spelt apart + one of: an edit (insert, delete, substitute, transpose) inside a word of five letters
  or more, a doubled letter, a leet digit, a look-alike letter, an accent.

Traps:
- trap_spaced_letters: letters spelt apart that name no brand: common words one edit from a mark ("h-i-k-e", "B O S S"),
  acronyms and sizes (U.S.A., S-M-L-XL, D.I.Y.), letter decorations ("L-O-V-E marquee letters"), a monogram, grades, at a
  shop's price with no cue.
"""

from __future__ import annotations

import functools
import unicodedata

from tests.eval.adversary import context, disguises
from tests.eval.adversary.generate import (BrandView, Draft, Scene, _cap, _corroborated, _fold, _needs_corroboration,
                                           _pick_mark, _word_edit)
from tests.eval.adversary.words import common_words_near_marks

EVASIONS = {
    "spaced_stacked": "a mark spelt apart (d-Y-s-N-o, b.e.p.a.n.t.g.e.n) with a second disguise on its letters: an edit, a "
                      "doubled letter, a leet digit, a look-alike or accented letter",
}
TRAPS = {
    "trap_spaced_letters": "letters spelt apart that name no brand: common words one edit from a mark (h-i-k-e), acronyms, "
                           "sizes, letter decorations, monograms",
}

SEPARATORS = ["-", ".", " ", "_", "·", "*", "/", "~"]
LEET_SYMBOLS = "@!$|"


def _doubled(mark: str, r) -> str | None:
    pos = disguises.letter_positions(mark)
    i = r.choice(pos)
    return mark[:i + 1] + mark[i] + mark[i + 1:]


def _second(mark: str, r) -> str | None:
    """One disguise of the mark's letters that a reader still reads as the mark."""
    kind = r.choice(["edit", "edit", "edit", "doubled", "leet", "lookalike", "accents"])
    if kind == "edit":
        return _word_edit(mark, r, min_word=5)
    if kind == "doubled":
        return _doubled(mark, r)
    if kind == "leet":
        return disguises.leet(mark, r)
    if kind == "lookalike":
        return disguises.lookalike_single(mark, r)
    return disguises.accents(mark, r)


def spell_apart(text: str, r) -> str:
    """The letters spelt apart with one separator (a wider one between words), in alternating, upper or lower case."""
    sep = r.choice(SEPARATORS)
    case = r.choice(["alternate", "alternate", "upper", "lower", "as is"])
    words = []
    k = 0
    for word in text.split():
        letters = []
        for ch in word:
            if unicodedata.category(ch).startswith("M") and letters:
                letters[-1] += ch  # a combining accent stays on its letter (P̆h̆il̨iṕs)
                continue
            if not (ch.isalnum() or ch in LEET_SYMBOLS):
                continue  # an apostrophe (Levi's): no letter; a leet symbol (C@rt!er) stands for one
            if case == "alternate":
                ch = ch.upper() if k % 2 else ch.lower()
            elif case == "upper":
                ch = ch.upper()
            elif case == "lower":
                ch = ch.lower()
            letters.append(ch)
            k += 1
        words.append(sep.join(letters))
    between = r.choice([f"{sep} {sep}", "  ", " / ", f"{sep}{sep}{sep}"]) if sep != " " else "   "
    return between.join(words)


def make_spaced_stacked(b: BrandView, s: Scene) -> Draft | None:
    r = s.rng
    m = _pick_mark(b, s, [m for m in b.disguisable if not m.everyday and len(disguises.letters(m.value)) >= 5
                          and all(len(w) >= 3 for w in m.value.split())])
    if m is None:
        return None
    second = _second(disguises.recase(m.value, r), r)
    if second is None or _fold(second) == _fold(m.value) and second == m.value:
        return None
    return _corroborated(b, s, spell_apart(second, r), strong=_needs_corroboration(m))


ACRONYMS = [("U.S.A. flag embroidered patch", "patches", 4.0), ("S-M-L-XL size labels for clothing, 200 pcs", "sewing", 6.0),
            ("D.I.Y. wooden birdhouse kit", "crafts", 14.0), ("A B C D E F wooden alphabet blocks", "toys", 12.0),
            ("N.A.S.A. logo t-shirt officially licensed", "t-shirts", 19.0), ("Y.M.C.A. vinyl single 1978", "vinyl records", 8.0),
            ("B-I-N-G-O party game cards", "party supplies", 7.0), ("H-O-M-E wooden letters wall decor", "home decor", 22.0),
            ("L-O-V-E marquee light up letters", "home decor", 35.0), ("Monogram stencil A-B-C-D-E", "crafts", 5.0),
            ("R.E.S.P.E.C.T. poster, music print", "posters", 12.0), ("Grades A B C D F teacher stamp set", "office", 9.0)]


@functools.cache
def _near_words(marks: tuple[str, ...]) -> tuple[str, ...]:
    """The common words of four letters or more near a demo mark (words.py) that begin with the two letters one of
    `marks` begins with (folded), sorted. Made once per set of marks: it was a sixth of the generator's time."""
    heads = {_fold(m)[:2] for m in marks}
    return tuple(sorted(w for w in common_words_near_marks() if len(w) >= 4 and w.isalpha() and _fold(w)[:2] in heads))


def make_trap_spaced_letters(b: BrandView, s: Scene) -> Draft | None:
    r = s.rng
    near = _near_words(tuple(m.value for m in b.latin_marks))
    if near and r.random() < 0.6:  # a common word one edit from the brand's mark, spelt apart, no cue
        word = r.choice(near)
        text = spell_apart(word, r)
        if r.random() < 0.5:  # among the brand's goods, at a shop's price
            cat = s.category()
            title = r.choice([f"{text} {s.product(cat)}", f"{_cap(s.product(cat))} with {text} print"])
            return Draft(title, cat, s.price(cat), r.choice(context.DESCRIPTIONS))
        title = r.choice([f"{text} letters sign", f"Wall art print {text}", f"{text} name necklace"])
        return Draft(title, r.choice(["home decor", "gifts"]), (round(r.uniform(8, 40), 2), "USD"),
                     r.choice(context.DESCRIPTIONS))
    title, cat, usd = r.choice(ACRONYMS)
    return Draft(title, cat, (round(usd * r.uniform(0.8, 1.5), 2), "USD"), r.choice(context.DESCRIPTIONS))


EVASION_MAKERS = {"spaced_stacked": make_spaced_stacked}
TRAP_MAKERS = {"trap_spaced_letters": make_trap_spaced_letters}
