"""Evasions by the SHAPE of the text and by the replica trade's vocabulary, and their innocent look-alikes.

Written from first principles for the adversary (what a seller types so that a person still reads the mark, and
what the replica trade calls its goods), not from the matcher:

- doubled: letters of the mark repeated, two or three places (Guuccii, Roolexx, iiPPhone): a reader skips them;
- split: the mark cut by spaces into two or three pieces (Sam sung, Mic ro soft), also into two ordinary words
  (MICRO SOFT, SUB MARINER), with a cue or a price far below the floor (a split is a guess);
- glued_lower: the mark glued in lower case to ordinary words on one or both sides, no hashtag, no case change
  (guccibelt, newrolexwatch), in the brand's category;
- combining: combining marks of every kind on the mark's letters: nonspacing (G̶u̶c̶c̶i̶, N̲i̲k̲e̲), enclosing (B⃝o⃝s⃝e⃝,
  keycaps), several stacked on one letter (zalgo), the Cyrillic millions sign (R҉o҉l҉e҉x҉);
- slang: a weak mention (the initials of a multi-word mark in capitals, LV, TNF, AJ1; else a one-edit misspelling
  of a short mark) corroborated only by the replica trade's own words. The words are the trade's as its buyers'
  glossaries give them (repsradar.com/glossary; the r/RepSneakerFans and r/FashionReps wikis; watch-replica
  factories; DHgate-style grades; "superfake": NYT Magazine 2023), phrased as sellers write them.

Traps (must stay quiet), one per false-alert risk of those rules:
- trap_trade_words: the trade's words in their everyday sense (sales rep, batch of 12, mirror, factory sealed,
  7A charging, grade 5 titanium, clone tool, UA in a sentence about Ukraine) beside a weak mention;
- trap_glued_nonword: a mark inside a longer word whose rest is no word (Bosendorfer-like), in the brand's category;
- trap_split_common: two ordinary words that spell a mark when joined, in the brand's category at a normal price;
- trap_doubled_word: real words that are a mark with letters doubled (cannon), no cue.
"""

from __future__ import annotations

import random
import unicodedata

# ------------------------------------------------------------------------------------------ the trade's words

TRADE_CUES = ["UA", "UA quality", "super clone", "superclone", "1to1", "7A quality", "AAAA grade", "first copy",
              "mirror replica", "rep version", "LW batch", "VS factory", "superfake", "factory overrun",
              "same as the original", "top grade replica", "clone version", "10A quality", "grade 7A", "best batch"]

# the same words in their everyday sense: (phrase, what it means)
EVERYDAY_TRADE_WORDS = ["ask our sales rep", "batch of 12", "with mirror", "factory sealed", "factory reset done",
                        "7A fast charging", "grade 5 titanium", "clone tool included", "ships to UA and EU",
                        "copy of receipt", "first edition", "top grade leather", "original packaging",
                        "mirror finish", "3 reps guide", "small batch roasted"]


def doubled(mark: str, rng: random.Random) -> str:
    """Two or three letters of the mark written twice or three times (never a digit)."""
    pos = [i for i, ch in enumerate(mark) if ch.isalpha()]
    chosen = set(rng.sample(pos, k=min(len(pos), rng.choice([2, 2, 3]))))
    return "".join(ch * (rng.choice([2, 2, 3]) if i in chosen else 1) for i, ch in enumerate(mark))


def split(mark: str, rng: random.Random) -> str | None:
    """A single-word mark cut by one or two spaces into pieces of two letters or more."""
    if not mark.isalpha() or len(mark) < 4:
        return None
    if len(mark) >= 6 and rng.random() < 0.4:
        a = rng.randrange(2, len(mark) - 3)
        b = rng.randrange(a + 2, len(mark) - 1)
        return f"{mark[:a]} {mark[a:b]} {mark[b:]}"
    k = rng.randrange(2, len(mark) - 1)
    return f"{mark[:k]} {mark[k:]}"


def two_word_splits(mark: str, words: frozenset[str]) -> list[str]:
    """Where a mark splits into two ordinary words of three letters or more (microsoft: micro soft)."""
    low = mark.lower()
    return [f"{mark[:k]} {mark[k:]}" for k in range(3, len(mark) - 2) if low[:k] in words and low[k:] in words]


GLUE_BEFORE = ["new", "best", "cheap", "women", "real", "hot", "my", "top"]
GLUE_AFTER = ["sale", "new", "store", "deal", "outlet", "shop"]


def glued_lower(mark: str, noun: str, rng: random.Random) -> str:
    """The mark glued in lower case to a word before, after, or both: guccibelt, newguccibelt, guccisale."""
    body = "".join(ch for ch in mark.lower() if ch.isalnum())
    style = rng.randrange(3)
    after = noun.replace(" ", "") if rng.random() < 0.6 else rng.choice(GLUE_AFTER)
    if style == 0:
        return body + after
    if style == 1:
        return rng.choice(GLUE_BEFORE) + body
    return rng.choice(GLUE_BEFORE) + body + after


NONSPACING = ["\u0336", "\u0332", "\u0338", "\u0335", "\u0333", "\u0337", "\u0353", "\u031f", "\u0330", "\u034e",
              "\u0301", "\u0308", "\u0363", "\u036b"]  # strokes, underlines, overlays, below marks, small letters above
ENCLOSING = ["\u20dd", "\u20de", "\u20e3", "\u20df", "\u20e4"]  # circle, square, keycap, diamond, triangle
ZALGO_EXTRA = ["\u0489", "\u0488", "\u0483"]  # the Cyrillic millions sign, hundred-thousands sign, titlo


def combining(mark: str, rng: random.Random) -> str:
    """Combining marks on the mark's letters: one kind on every letter, on some, or several stacked per letter."""
    style = rng.randrange(4)
    out = []
    for ch in mark:
        out.append(ch)
        if not ch.isalnum():
            continue
        if style == 0:  # one nonspacing mark on every letter (strike-through, underline)
            out.append(rng.choice(NONSPACING[:6]))
        elif style == 1:  # an enclosing mark on every letter
            out.append(ENCLOSING[0] if rng.random() < 0.5 else rng.choice(ENCLOSING))
        elif style == 2:  # zalgo: two to four marks stacked on each letter
            out.extend(rng.choice(NONSPACING + ZALGO_EXTRA) for _ in range(rng.randint(2, 4)))
        elif rng.random() < 0.5:  # a few letters only
            out.append(rng.choice(NONSPACING + ENCLOSING + ZALGO_EXTRA))
    text = "".join(out)
    return text if text != mark else mark + "\u0336"


def initials(mark: str) -> str | None:
    """The initials of a multi-word mark, in capitals (Louis Vuitton: LV; Air Force 1: AF1)."""
    plain = "".join(ch for ch in unicodedata.normalize("NFKD", mark) if not unicodedata.combining(ch))
    words = "".join(ch if ch.isalnum() else " " for ch in plain).split()
    if len(words) < 2 or all(len(w) == 1 for w in words):
        return None  # M&M's is its own initials: the mark, not an abbreviation of it
    out = "".join(w if w.isdigit() else w[0].upper() for w in words if w.isascii())
    return out if sum(c.isalpha() for c in out) >= 2 and out[0].isalpha() else None


def nonword_compound(mark: str, rng: random.Random) -> str:
    """A mark inside a longer word whose other letters are no word (as Bose is in Bösendorfer): consonant clusters
    no English word is made of."""
    body = "".join(ch for ch in mark.lower() if ch.isalpha())
    tail = rng.choice(["ndorfer", "ktrup", "vltz", "rnqvist", "xtbr"])
    head = rng.choice(["", "", "qv", "zw", "kr"])
    return (head + body + tail).capitalize()

