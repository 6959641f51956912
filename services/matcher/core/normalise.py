"""The views of a listing's text that the matcher scans, and the way back to the original offsets.

Counterfeiters disguise a brand name; each view undoes some disguises so that a plain
automaton scan finds it:

- latin:    NFKC, then per character the ASCII letter it looks like (Unicode confusables:
            Cyrillic Bоse, Greek Ηonda), else casefold and anyascii (accents: bōsé; small capitals). Wide (CJK) characters become
            spaces here: they are matched on the `nfkc` view, before transliteration turns 博士
            into "boshi". Always ASCII, so it is also kept as bytes for cheap table operations.
- skeleton: the latin view with leetspeak folded (B0SE, 5AMSUNG, $amsung) and i/l/1/| made one
            letter, as in a TR39 skeleton, then compacted (separators dropped: B.O.S.E, B O S E,
            Canada-Goose). Marks are matched here, folded the same way.
- compact:  the latin view compacted without leet folding. Model numbers are matched here
            (WH-1000XM5 = WH1000XM5 = wh 1000 xm5), digits must stay digits.
- leet:     the latin view with leet digits and symbols turned into letters; its words are
            the tokens tried against the fuzzy index (Adid0s -> adidos).
- nfkc:     NFKC and casefold only, for aliases and cue terms in scripts without word
            boundaries (Chinese, Japanese, Korean).

The title and the description are scanned as one text, joined by a newline.
"""

from __future__ import annotations

import json
import os
import re
import string
import unicodedata
from collections.abc import Callable, Collection
from functools import cache, lru_cache

import numpy as np
from anyascii import anyascii

from services.matcher.core.chinese import HAS_GAP, Squeezed
from services.matcher.core.notations import repaired

FIELD_SEPARATOR = "\n"


class _FoldTable(dict):
    """A str.translate table filled on demand: each character's fold is computed once per process."""

    def __init__(self, fold) -> None:
        super().__init__()
        self._fold = fold
        self.not_one_to_one: set[str] = set()  # characters seen so far that fold to none or several

    def __missing__(self, code: int) -> str:
        folded = self._fold(chr(code))
        self[code] = folded
        if len(folded) != 1:
            self.not_one_to_one.add(chr(code))
        return folded

    def folds_one_to_one(self, text: str) -> bool:
        """Whether every character of text folds to exactly one (text must have been translated already)."""
        return self.not_one_to_one.isdisjoint(text)


def is_wide(ch: str) -> bool:
    return unicodedata.east_asian_width(ch) == "W"


def _nfkc_fold(ch: str) -> str:
    return radical_ideograph(ch) or unicodedata.normalize("NFKC", ch).casefold()


@cache
def _radical_ideographs() -> dict[str, str]:
    """The CJK Radicals Supplement letters (U+2E80-U+2EFF) drawn as one ideograph (⻢ as 马, ⻜ as 飞, ⻉ as 贝): 73 of
    the block's 115, from the Unicode confusables table (UTS #39 confusables.txt, shipped by confusable-homoglyphs).
    NFKC folds only two of them (⺟, ⻳) and every letter of the Kangxi Radicals block (⼒ to 力); the rest of the
    Supplement are components no word is written with alone (⺮ the bamboo top, ⺼ the flesh side), left as they are."""
    import confusable_homoglyphs

    path = os.path.join(os.path.dirname(confusable_homoglyphs.__file__), "confusables.json")
    with open(path, encoding="utf-8") as fh:
        table = json.load(fh)
    return {ch: entries[0]["c"] for ch, entries in table.items()
            if len(ch) == 1 and "\u2e80" <= ch <= "\u2eff" and len(entries[0]["c"]) == 1
            and unicodedata.name(entries[0]["c"], "").startswith("CJK UNIFIED IDEOGRAPH")}


def radical_ideograph(ch: str) -> str:
    """The ideograph a CJK radical letter is drawn as (⻢ -> 马, Supplement: `_radical_ideographs`; ⼒ -> 力, Kangxi
    block: NFKC), or "" for any other character."""
    if "\u2e80" <= ch <= "\u2eff":
        return _radical_ideographs().get(ch, "")
    if "\u2f00" <= ch <= "\u2fdf":
        return unicodedata.normalize("NFKC", ch)
    return ""


@cache
def _homoglyphs() -> dict[str, str]:
    """Characters that look like one ASCII letter (Cyrillic Р, Greek Η), from the Unicode confusables
    table shipped by confusable-homoglyphs. anyascii spells by sound (Р -> r, Η -> i); a disguise works by sight.
    Not the decimal digits of other scripts (Unicode category Nd: Devanagari ०, Persian ۱ ۵ ۷, Bengali ০, Thai ๐),
    which the table draws as o, l, v: a digit is read as its value (anyascii: ० -> 0), as the markets that write
    their numbers in them read it ("WH-१०००XM५" is WH-1000XM5, no look-alike)."""
    import confusable_homoglyphs

    path = os.path.join(os.path.dirname(confusable_homoglyphs.__file__), "confusables.json")
    with open(path, encoding="utf-8") as fh:
        table = json.load(fh)
    out = {}
    for ch, entries in table.items():
        if len(ch) == 1 and not ch.isascii() and unicodedata.category(ch) != "Nd":
            letters = [e["c"] for e in entries if len(e["c"]) == 1 and e["c"].isascii() and e["c"].isalpha()]
            if letters:
                out[ch] = letters[0].lower()
    return out


# Look-alike letters the confusables data lacks: the Cyrillic soft sign ь is drawn like b, but
# UTS #39 maps it (and ƅ) only to each other.
EXTRA_HOMOGLYPHS = {"ь": "b", "ƅ": "b"}


def drawn_like_latin(ch: str) -> bool:
    """Whether one character is drawn like an ASCII letter (Cyrillic Р, Greek Η, ь): the confusables table above
    and EXTRA_HOMOGLYPHS."""
    return ch in _homoglyphs() or ch in EXTRA_HOMOGLYPHS


# Enclosed letters (Ⓑ ⓞ ⒢ 🄱 🅑 🅱 🇧): Unicode files them as symbols (So) and NFKC spells ⒢ "(g)", but
# each is drawn as one letter; the letter is the last word of its name ("PARENTHESIZED LATIN SMALL LETTER G",
# "REGIONAL INDICATOR SYMBOL LETTER B": the flag letters, drawn as boxed capitals where no flag pairs them).
_ENCLOSED_LETTER = re.compile(r"(?:(?:NEGATIVE )?(?:CIRCLED|PARENTHESIZED|SQUARED) LATIN (?:CAPITAL|SMALL)"
                              r"|REGIONAL INDICATOR SYMBOL) LETTER ([A-Z])")


# Combining marks drawn over or around a letter (the Combining Diacritical Marks blocks, their Extended and
# Supplement, Combining Marks for Symbols: enclosing circles and keycaps, the half marks, and the Cyrillic
# titlo and millions signs of "zalgo" text: R҉o҉l҉e҉x҉): the reader sees the letter under them, so they fold to
# nothing. anyascii would spell some as letters (U+0363 "a") or numbers (U+0489 "1000000"). The combining signs
# of Indic and other scripts are their vowels and keep their transliteration.
_DRAWN_OVER = re.compile("[\u0300-\u036f\u0483-\u0489\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]")


# The nukta of the Indic scripts (फ़ for f, ज़ for z, ড় for ṛ) marks a sound the consonant letter lacks: part of the
# letter as Hindi, Urdu-in-Devanagari and Bengali write loanwords (फ़िलिप्स, Philips), which anyascii spells as an
# apostrophe ("ph'ilips"), a non-letter inside the mark. It folds to nothing, as the marks drawn over a letter do.
_NUKTA = frozenset(chr(c) for c in range(0x0900, 0x0E00) if unicodedata.name(chr(c), "").endswith("SIGN NUKTA"))


def _latin_fold(ch: str) -> str:
    if _DRAWN_OVER.match(ch) or ch in _NUKTA:
        return ""
    if enclosed := _ENCLOSED_LETTER.fullmatch(unicodedata.name(ch, "")):
        return enclosed[1].lower()
    if unicodedata.category(ch) == "So":
        # a symbol or emoji (✨ ● ®) is one non-letter, not its spelled-out name (":sparkles:"): inside a
        # mark it is an intrusion (Gu✨cci) or a masked letter (G●cci), see terms.py and detectors/misspellings.py
        return "*"
    homoglyphs = _homoglyphs()
    if ch in homoglyphs:  # by sight, before NFKC spells it another way (Greek lunate ϲ is c, NFKC makes it ς)
        return homoglyphs[ch]
    nfkc = unicodedata.normalize("NFKC", ch)
    if any(is_wide(c) for c in nfkc):
        return " " * len(nfkc.casefold())
    latin = "".join(homoglyphs.get(c) or EXTRA_HOMOGLYPHS.get(c) or anyascii(c.casefold()).lower() for c in nfkc
                    if c not in _NUKTA)
    # anyascii spells some symbols out ("€" -> "EUR"); pad so they never glue onto a word
    if len(latin) > 1 and not nfkc.isalpha():
        latin = f" {latin} "
    return latin


NFKC_TABLE = _FoldTable(_nfkc_fold)
LATIN_TABLE = _FoldTable(_latin_fold)


# runs of ASCII characters and runs of other characters: every fold table folds an ASCII character to its
# lower case, so an ASCII run is folded by one str.lower instead of a table lookup per character
_ASCII_OR_NOT = re.compile(r"[\x00-\x7f]+|[^\x00-\x7f]+")


def _fold(text: str, table: _FoldTable) -> str:
    if text.isascii():
        return text.lower()
    return "".join(run.lower() if run.isascii() else run.translate(table) for run in _ASCII_OR_NOT.findall(text))


def nfkc_text(text: str) -> str:
    """NFKC and casefold, as one normalisation of the whole text would give: each character folded on its own, then the
    characters that a fold left apart composed again (`_composed`)."""
    folded = _fold(text, NFKC_TABLE)
    if folded.isascii() or unicodedata.is_normalized("NFC", folded):
        return folded
    return "".join(_compose(folded[a:b]) for a, b in _clusters(folded, _half_width_hangul(text)))


# Characters folded one at a time are not composed with their neighbours, as NFKC of the whole text would: the
# half-width katakana ｸﾞ (U+FF78 U+FF9E) fold to ク and a combining voiced mark (U+3099), NFKC's グ; half-width and
# compatibility Hangul jamo (ﾡￂ, ㄱㅏ) to conjoining jamo apart, NFKC's 가; a Bengali vowel written in two parts (ে া)
# stays two where NFC writes ো. The nfkc view composes them (Unicode Standard Annex #15, canonical composition): a
# cluster is a character and those after it that may compose with what precedes them (`_joins_previous`), and each
# cluster is composed on its own, so that every composed character maps back to its cluster's original characters.


@cache
def _second_of_a_pair() -> frozenset[str]:
    """The starters (combining class 0) that canonical composition joins to the character before them: the second
    character of a two-character canonical decomposition not excluded from composition (the Hangul vowel and final
    jamo among them are composed by the Hangul algorithm, not this table). From unicodedata's UCD, the BMP only
    (every such pair outside it is of combining marks)."""
    out = set()
    for code in range(0x10000):
        ch = chr(code)
        decomposition = unicodedata.decomposition(ch)
        if not decomposition or decomposition.startswith("<"):
            continue
        parts = decomposition.split()
        if len(parts) == 2 and unicodedata.normalize("NFC", ch) == ch:
            second = chr(int(parts[1], 16))
            if unicodedata.combining(second) == 0:
                out.add(second)
    return frozenset(out)


def _joins_previous(ch: str) -> bool:
    return (unicodedata.combining(ch) != 0 or "\u1160" <= ch <= "\u11ff" or "\ud7b0" <= ch <= "\ud7ff"
            or ch in _second_of_a_pair())


_HALF_WIDTH_HANGUL = re.compile("[\uffa1-\uffbe]")  # the half-width Hangul consonant letters


def _half_width_hangul(text: str) -> frozenset[int]:
    """The offsets in the folded text (nfkc_text) of the characters folded from half-width Hangul consonants."""
    if not _HALF_WIDTH_HANGUL.search(text):
        return frozenset()
    out, at = set(), 0
    for ch in text:
        width = 1 if ch.isascii() else len(NFKC_TABLE[ord(ch)])
        if _HALF_WIDTH_HANGUL.match(ch):
            out.update(range(at, at + width))
        at += width
    return frozenset(out)


def _final_consonant(k: int, folded: str) -> bool:
    """Whether folded[k] is a Hangul leading consonant with no vowel after it, after a syllable with no final consonant
    (a vowel jamo or a precomposed syllable without one): half-width and compatibility jamo have one form for a leading
    and a final consonant, which NFKC makes the leading one (ﾵￂﾱ, 삼, folds to 사 ᄆ); Hangul's syllable structure
    (initial, vowel, final) makes it that syllable's final."""
    ch, before = folded[k], folded[k - 1]
    return ("\u1100" <= ch <= "\u1112" and not (k + 1 < len(folded) and "\u1161" <= folded[k + 1] <= "\u1175")
            and ("\u1161" <= before <= "\u1175" or ("\uac00" <= before <= "\ud7a3" and (ord(before) - 0xAC00) % 28 == 0)))


def _final_form(ch: str) -> str:
    """The final (jongseong) jamo of a leading (choseong) one of the same name, or ch when Hangul has none (ᄄ)."""
    try:
        return unicodedata.lookup(unicodedata.name(ch).replace("CHOSEONG", "JONGSEONG"))
    except KeyError:
        return ch


def _compose(cluster: str) -> str:
    """A cluster (`_clusters`) composed: NFC, its Hangul final consonants (all but its first character's) made finals."""
    if len(cluster) > 1 and any("\u1100" <= ch <= "\u1112" for ch in cluster[1:]):
        cluster = cluster[0] + "".join(_final_form(ch) if "\u1100" <= ch <= "\u1112" else ch for ch in cluster[1:])
    return unicodedata.normalize("NFC", cluster)


def _clusters(folded: str, half_width: frozenset[int] = frozenset()) -> list[tuple[int, int]]:
    """[start, end) of the clusters of a folded text (see above): a new one at each character that joins nothing before it;
    `half_width`: the offsets folded from half-width Hangul consonants, which may be a syllable's final (ㅋㅋ after a
    word, compatibility jamo, is laughter, no final consonant)."""
    bounds = [k for k in range(1, len(folded)) if not (_joins_previous(folded[k]) or (k in half_width and _final_consonant(k, folded)))]
    starts = [0, *bounds]
    return list(zip(starts, [*bounds, len(folded)]))


@lru_cache(maxsize=512)
def latin_text(text: str) -> str:
    """The latin view of a text (LATIN_TABLE's fold). Kept for the last texts asked (issue 16): a listing's readers ask
    for the same title's and text's latin view ~80 times, 31 distinct (~100 µs a listing); the fold is a pure function
    of the string (the table's entries never change once made)."""
    return _fold(text, LATIN_TABLE)


# Leetspeak: digits and symbols used for letters. "1" is "i" in N1ke and "l" in L1ndt; the
# skeleton sidesteps the choice by folding i, l, 1, ! and | all to "l", in marks and text alike.
LEET = {"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "8": "b", "9": "g", "$": "s", "@": "a", "!": "i", "|": "l"}
LEET_BYTES = bytes.maketrans("".join(LEET).encode(), "".join(LEET.values()).encode())
SKELETON = {**LEET, "1": "l", "!": "l", "|": "l", "i": "l"}
SKELETON_BYTES = bytes.maketrans("".join(SKELETON).encode(), "".join(SKELETON.values()).encode())
ALNUM = (string.ascii_lowercase + string.digits).encode()
_ALL_BYTES = bytes(range(256))
NOT_ALNUM = bytes(b for b in _ALL_BYTES if b not in ALNUM)
NOT_ALNUM_OR_LEET = bytes(b for b in NOT_ALNUM if chr(b) not in LEET)
ALNUM_WORDS_BYTES = bytes(b if b in ALNUM else 32 for b in _ALL_BYTES)
# the leet view's words, split by bytes.split: leet read as letters, anything else not a letter or digit a space
LEET_WORDS_BYTES = bytes(b if b in ALNUM else 32 for b in _ALL_BYTES.translate(LEET_BYTES))
_IS_ALNUM = np.zeros(256, dtype=bool)
_IS_ALNUM[list(ALNUM)] = True
_IS_ALNUM_OR_LEET = _IS_ALNUM.copy()
_IS_ALNUM_OR_LEET[[ord(c) for c in LEET]] = True


def skeleton_key(term: str) -> str:
    """A mark as the skeleton view spells it."""
    return latin_text(term).encode("ascii").translate(SKELETON_BYTES, NOT_ALNUM_OR_LEET).decode()


def compact_key(term: str) -> str:
    """A model number as the compact view spells it."""
    return latin_text(term).encode("ascii").translate(None, NOT_ALNUM).decode()


def leet_word(term: str) -> str:
    """A word with leet digits and symbols read as letters, separators dropped: the fuzzy index key."""
    return latin_text(term).encode("ascii").translate(LEET_BYTES, NOT_ALNUM_OR_LEET).decode()


_RUN = {True: re.compile(r"[A-Za-z0-9$@!|]+"), False: re.compile(r"[A-Za-z0-9]+")}


@lru_cache(maxsize=4096)
def mark_words(term: str) -> tuple[str, ...]:
    """A mark's words as the leet view spells them: "Louis Vuitton" -> ("louis", "vuitton"). Remembered for the
    last few thousand marks: building an index offers each mark to every detector, and most of them ask this."""
    return tuple(leet_word(run) for run in _RUN[True].findall(latin_text(term)))
_HUMP = re.compile(r"(?<=[a-z])(?=[A-Z])")


def separator_offsets(term: str, *, keep_leet: bool) -> frozenset[int]:
    """Where in the compacted term the registered spelling had a separator or a camel-case
    hump: "Canada Goose" -> {6}, "PlayStation" -> {4}, so "Play Station" matches too."""
    if not term.isascii():
        term = "".join(ch if latin_text(ch).isalnum() else " " for ch in term)
        return frozenset(k for k in _offsets(latin_text(term), keep_leet))
    return _offsets(term, keep_leet)


def _offsets(term: str, keep_leet: bool) -> frozenset[int]:
    offsets, kept = set(), 0
    for run in _RUN[keep_leet].findall(term):
        if kept:
            offsets.add(kept)
        offsets.update(kept + hump.start() for hump in _HUMP.finditer(run))
        kept += len(run)
    return frozenset(offsets)


# Unicode bidirectional controls (UAX #9): LRE RLE PDF LRO RLO, LRI RLI FSI PDI
_BIDI_CONTROLS = re.compile("[\u202a-\u202e\u2066-\u2069]")
_OPENS = {"\u202a": "embed", "\u202b": "embed", "\u202d": "ltr", "\u202e": "rtl",
          "\u2066": "isolate", "\u2067": "isolate", "\u2068": "isolate"}


def displayed(text: str) -> tuple[str, list[int] | None]:
    """The text in the order a person sees it, and for each of its offsets the stored offset.

    A right-to-left override (RLO U+202E ... PDF U+202C) draws the letters it covers from right to
    left, so stored "\u202exelor\u202c" reads "rolex" on screen. Runs under an RLO are reversed
    here; the controls stay where they are, so the result has the same length and the same line
    breaks. Embeddings and isolates (LRE, RLE, LRI, RLI, FSI) do not reorder Latin letters and only
    bound an override; a line break ends them all (UAX #9, rules X1-X10 reduced to what changes the
    reading of letters). Returns (text, None) when nothing is overridden.
    """
    if not _BIDI_CONTROLS.search(text):
        return text, None
    stack: list[str] = []
    runs: list[tuple[int, int]] = []
    run_start = None
    for i, ch in enumerate(text):
        if ch in _OPENS:
            stack.append(_OPENS[ch])
        elif ch == "\u202c":  # PDF closes the innermost embedding or override, never an isolate
            if stack and stack[-1] != "isolate":
                stack.pop()
        elif ch == "\u2069":  # PDI closes the innermost isolate and everything opened inside it
            while stack and stack.pop() != "isolate":
                pass
        elif ch in "\n\r\u2029":
            stack.clear()
        rtl = bool(stack) and stack[-1] == "rtl" and ch not in _OPENS
        if rtl and run_start is None:
            run_start = i
        elif not rtl and run_start is not None:
            runs.append((run_start, i))
            run_start = None
    if run_start is not None:
        runs.append((run_start, len(text)))
    if not runs:
        return text, None
    order = list(range(len(text)))
    for a, b in runs:
        order[a:b] = order[a:b][::-1]
    return "".join(text[k] for k in order), order


_REPEATED_LETTER = re.compile(r"([a-z])\1+")


def squeeze(word: str) -> str:
    """Every run of one letter written once: "guuccii" -> "guci" (ASCII lower-case letters only)."""
    return _REPEATED_LETTER.sub(r"\1", word)


def _squeezed_words(text: "ListingText") -> list[str]:
    joined = " ".join(text.leet_words())
    return squeeze(joined).split() if _REPEATED_LETTER.search(joined) else text.leet_words()


_LETTERS_BYTES = bytes(b if 97 <= b <= 122 else 32 for b in range(256))


def word_wise(scope: str = "text") -> Callable:
    """Declare a token kind (a function of a ListingText, see `ListingText.tokens`) word-wise: its tokens of a text
    are the union of its tokens of the text's white-space-separated pieces taken alone, because it reads the text
    one character or one word at a time and white space cuts every token (a byte translation to words, a regular
    expression that never spans white space and looks around only for letters and digits, a test of characters).
    scope "title": the kind reads the title only (the title's pieces then). index.DetectorGates remembers the
    pieces that open no detector and tokenises only the others (one pass over them, joined)."""
    def declare(kind: Callable) -> Callable:
        kind.word_wise = scope
        return kind
    return declare



def gate_words(latin: Collection[str], wide: Collection[str] = (), *,
               folded: bool = False) -> Callable[["ListingText"], frozenset[str]]:
    """A word-wise token kind (`word_wise`) for a detector's gate: the text's latin-view words among `latin`, and the
    `wide` words (CJK, Cyrillic ...) its NFKC view holds (case-folded first when `folded`). Shape: ListingText ->
    frozenset of the words found; the wide test runs only on a text that is not ASCII."""
    latin, wide = frozenset(latin), tuple(wide)

    @word_wise()
    def found(text: "ListingText") -> frozenset[str]:
        words = text.latin_words & latin
        if text.is_ascii or not wide:
            return words
        view = text.nfkc.casefold() if folded else text.nfkc
        return words | {w for w in wide if w in view}

    return found

@cache
def joining_spaces() -> str:
    """The white space characters the latin view does not keep as white space (NEL U+0085 folds to nothing): a text
    holding one is not cut into words at it, so `word_wise` pieces are not its words there."""
    return "".join(c for c in WHITE_SPACE if not (latin_text(c) and all(f.isspace() for f in latin_text(c))))


# every character str.split() cuts at (str.isspace; tests/unit/matcher/test_gates.py checks the list against Unicode)
WHITE_SPACE = ("\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f \x85\xa0\u1680" + "".join(map(chr, range(0x2000, 0x200b)))
               + "\u2028\u2029\u202f\u205f\u3000")


def kind_scope(kind: "str | Callable") -> str | None:
    """"text" or "title" for a word-wise token kind (`word_wise`; the named kinds all are), else None."""
    return "text" if isinstance(kind, str) else getattr(kind, "word_wise", None)

TOKEN_KINDS: dict[str, Callable[["ListingText"], Collection]] = {
    "leet": lambda text: text.leet_words(),
    "latin": lambda text: text.latin_words,
    "letters": lambda text: text.latin_bytes.translate(_LETTERS_BYTES).decode("ascii").split(),
    "squeezed": _squeezed_words,
}


# invisible and direction-changing characters: soft hyphen, combining grapheme joiner, Arabic letter mark, Hangul and
# Khmer fillers, Mongolian vowel separator, zero-width and bidi characters, word joiner and invisible operators, BOM,
# variation selectors (ListingText.hidden_characters)
INVISIBLE = re.compile("[\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180e\u200b-\u200f\u202a-\u202e\u2060-\u206f\ufeff\ufe00-\ufe0f]")
# the invisible format characters a seller types into a word or name (soft hyphen, zero-width space and joiners,
# LRM/RLM, word joiner, BOM): the latin view drops them, so they are looked for in the original text ("Ro\u200blex";
# terms._invisible_inside, judge._hidden)
INVISIBLE_FORMAT = re.compile("[\u00ad\u200b-\u200f\u2060\ufeff]")
_HYPHENATION = frozenset("\u00ad\u200b\u200c\u2060")  # soft hyphen, zero-width space, ZWNJ, word joiner
_HYPHENATION_RE = re.compile(f"[{''.join(sorted(_HYPHENATION))}]")
_PRESENTATION = frozenset("\ufe0e\ufe0f\u200d")  # text / emoji presentation selectors, the zero-width joiner


def without_breaks(text: str) -> str:
    """The text without a publishing system's break opportunities (soft hyphens, zero-width spaces, ZWNJ, word joiners):
    a word as it reads once ListingText.hidden_characters found them typesetting."""
    return _HYPHENATION_RE.sub("", text) if not text.isascii() else text


def _after_symbol(text: str, k: int) -> bool:
    """Whether the presentation character at k follows an emoji or a symbol (skipping other presentation characters and
    skin-tone modifiers): "❤\ufe0f", "1\ufe0f\u20e3", "👨\u200d👩"."""
    j = k - 1
    while j >= 0 and (text[j] in _PRESENTATION or "\U0001f3fb" <= text[j] <= "\U0001f3ff"):
        j -= 1
    if j < 0:
        return False
    ch = text[j]
    return unicodedata.category(ch) in ("So", "Sk", "Sm", "Cs") or ch in "0123456789#*" and text[k + 1:k + 2] == "\u20e3"


class ListingText:
    """The title and description of one listing and their views.

    The views every listing needs are computed at once with C-level string operations; offset
    mappings, needed only for hits, on first use.
    """

    def __init__(self, title: str, description: str, words=None, *, read: bool = False) -> None:
        """words: mojibake.Words, names a lost character of garbled Chinese may be completed to (the registry's aliases);
        read: the text is already a view's (its pieces, index.DetectorGates): no repaired view is made of it again."""
        self.stored = f"{title}{FIELD_SEPARATOR}{description}" if description else title
        self.stored_title_end = len(title)  # the stored description begins after it and FIELD_SEPARATOR
        self.is_ascii = self.stored.isascii()
        # every view is of the text as displayed (bidi overrides applied); `locate` maps back to the stored text
        self._display_order: list[int] | None = None
        # text garbled by a wrong encoding (mojibake.py) or written in a notation (escapes, other numerals, markup
        # leftovers: notations.py), read as the reader reads it: each character's stored start and end. Evidence keeps
        # this view's offsets while it is weighed (every context reader reads the view); `stored_span` maps them back
        # to the stored text when the signal is made (index.py)
        self._repaired: tuple[list[int], list[int]] | None = None
        self.repairs: list = []  # mojibake.Repair of each run read otherwise, offsets in the stored joined text
        bidi = False
        if not self.is_ascii:
            title, _ = displayed(title)
            description, _ = displayed(description)
            joined = f"{title}{FIELD_SEPARATOR}{description}" if description else title
            if joined != self.stored:
                _, self._display_order = displayed(self.stored)
                bidi = True
        if not bidi and not read and (fixed := repaired(self.stored, words)) is not None:  # (not beside a bidi override: one map at a time)
            joined, starts, ends, self.repairs = fixed
            self._repaired = (starts, ends)
            self.is_ascii = joined.isascii()  # (of the view: "\\u52b3" is ASCII, 劳 is not)
            if description:
                title, _, description = joined.partition(FIELD_SEPARATOR)
            else:
                title = joined
        self.title = title
        self.description = description
        self.original = f"{title}{FIELD_SEPARATOR}{description}" if description else title
        self.latin = latin_text(self.original)
        self.latin_bytes = self.latin.encode("ascii")
        self.skeleton = self.latin_bytes.translate(SKELETON_BYTES, NOT_ALNUM_OR_LEET).decode("ascii")
        self._nfkc: str | None = None
        self._nfkc_ends: list[int] | None = None  # the nfkc view's original end offsets, when it composed characters
        self._squeezed: Squeezed | None | bool = False  # False: not computed yet
        self._compact: str | None = None  # these views only when a hit needs them
        self._leet: str | None = None
        self._latin_words: frozenset[str] | None = None
        self._leet_words: list[str] | None = None
        self._positions: dict[str, np.ndarray] = {}
        self._mappings: dict[str, list[int] | None] = {}
        self._tokens: dict = {}  # token kind -> the listing's tokens of that kind (see `tokens`)
        # a brand's categories -> whether the listing is filed in or names one of them (detectors.base, per listing)
        self.in_categories: dict[tuple[str, ...], bool] = {}

    @property
    def compact(self) -> str:
        """Letters and digits only: the view model numbers are keyed in (needed only for hits)."""
        if self._compact is None:
            self._compact = self.latin_bytes.translate(None, NOT_ALNUM).decode("ascii")
        return self._compact

    @property
    def leet(self) -> str:
        """Leet digits and symbols read as letters (needed only for fuzzy candidates)."""
        if self._leet is None:
            self._leet = self.latin_bytes.translate(LEET_BYTES).decode("ascii")
        return self._leet

    @property
    def latin_words(self) -> frozenset[str]:
        """The distinct words (runs of letters and digits) of the latin view."""
        if self._latin_words is None:
            self._latin_words = frozenset(self.latin_bytes.translate(ALNUM_WORDS_BYTES).decode("ascii").split())
        return self._latin_words

    def leet_words(self) -> list[str]:
        """The words of the leet view (runs of letters and digits), as the fuzzy index sees them."""
        if self._leet_words is None:
            self._leet_words = self.latin_bytes.translate(LEET_WORDS_BYTES).decode("ascii").split()
        return self._leet_words

    def tokens(self, kind: str | Callable[["ListingText"], Collection]) -> Collection:
        """The listing's tokens of one kind, computed once and shared by every detector (and by the detectors'
        gates, see detectors.base.Detector.gate): "leet" (the leet view's words, `leet_words`), "latin" (the latin
        view's distinct words, `latin_words`), "letters" (the latin view's runs of letters: "aj1" -> "aj"),
        "squeezed" (the leet words with every run of one letter written once: "guuccii" -> "guci"), or a function
        of the text returning its tokens (kept under that function)."""
        found = self._tokens.get(kind)
        if found is None:
            found = self._tokens[kind] = kind(self) if callable(kind) else TOKEN_KINDS[kind](self)
        return found

    @property
    def nfkc(self) -> str:
        if self._nfkc is None:
            self._nfkc = nfkc_text(self.original)
        return self._nfkc

    @property
    def squeezed(self) -> Squeezed | None:
        """The nfkc view without the gaps between its wide characters (耐 克 -> 耐克; chinese.Squeezed maps
        its offsets back), or None when it has no such gap."""
        if self._squeezed is False:
            self._squeezed = Squeezed(self.nfkc) if not self.is_ascii and HAS_GAP.search(self.nfkc) else None
        return self._squeezed

    # ---- offsets: compacted view -> latin view -> original text -> (field, offset)

    def latin_span(self, view: str, start: int, end: int) -> tuple[int, int]:
        """The latin-view span of a hit [start, end) in the 'skeleton' or 'compact' view."""
        positions = self.kept_positions(view)
        return int(positions[start]), int(positions[end - 1]) + 1

    def kept_positions(self, view: str) -> np.ndarray:
        """For each offset of the 'skeleton' or 'compact' view, its offset in the latin view (int64; a caller makes
        the few it reads Python ints: a listing has a hit or two, and a list of every offset, .tolist(), cost more than
        the rest of the map on a long description)."""
        positions = self._positions.get(view)
        if positions is None:
            kept = _IS_ALNUM_OR_LEET if view == "skeleton" else _IS_ALNUM
            positions = self._positions[view] = kept[np.frombuffer(self.latin_bytes, dtype=np.uint8)].nonzero()[0]
        return positions

    def _mapping(self, view: str) -> list[int] | None:
        """For each offset of the 'latin' or 'nfkc' view, the original offset it came from;
        None when every character folds to exactly one."""
        if view in self._mappings:
            return self._mappings[view]
        table = NFKC_TABLE if view == "nfkc" else LATIN_TABLE
        if view == "nfkc":
            _ = self.nfkc  # translated once, so that the table has seen every character
        mapping: list[int] | None = None
        composed = view == "nfkc" and not self.is_ascii and len(self.nfkc) != len(_fold(self.original, table))
        if composed or not (self.is_ascii or table.folds_one_to_one(self.original)):
            mapping = []
            for i, ch in enumerate(self.original):
                mapping.extend([i] * len(table[ord(ch)]))
            mapping.append(len(self.original))
        if composed:  # clusters composed (nfkc_text): each composed character maps to its cluster's original characters
            folded = _fold(self.original, table)
            starts, ends = [], []
            for a, b in _clusters(folded, _half_width_hangul(self.original)):
                width = len(_compose(folded[a:b]))
                starts.extend([mapping[a]] * width)
                ends.extend([mapping[b - 1] + 1] * width)
            starts.append(len(self.original))
            mapping, self._nfkc_ends = starts, ends
        self._mappings[view] = mapping
        return mapping

    def original_span(self, view: str, start: int, end: int) -> tuple[int, int]:
        """Map a span of the 'latin' or 'nfkc' view to the original joined text."""
        mapping = self._mapping(view)
        if mapping is None:
            return start, end
        if view == "nfkc" and self._nfkc_ends is not None and end > start:
            return mapping[start], self._nfkc_ends[end - 1]
        last = mapping[end - 1] if end > start else mapping[start]
        return mapping[start], last + 1

    def field_offset(self, field: str) -> int:
        """Where a field ("title" or "description") begins in the joined text (`original`): a field's offsets plus this
        are the joined text's."""
        return 0 if field == "title" else len(self.title) + len(FIELD_SEPARATOR)

    def hidden_characters(self, marks: Collection[tuple[int, int]] = ()) -> str | None:
        """(text57, issue 9) The first invisible or direction-changing character of the text (`INVISIBLE`) that is no
        typesetting, as "U+XXXX", else None; marks: the spans of the brand's marks in `original`. The one reading every
        context reader that asks "is something hidden in this text?" shares (context/retail.py). Typesetting: an emoji's
        presentation selector or the joiner of an emoji sequence ("❤️", "👍🏽", "👨‍👩‍👧"), and a publishing system's break
        opportunities (soft hyphen, zero-width space, zero-width non-joiner, word joiner: "Auth\u00adorized", "re\u200btailer")
        when some stand inside a word that is no mark: a page hyphenated for its layout breaks its ordinary words too; a
        disguise breaks only the mark. Direction changes (bidi overrides and marks) are never typesetting. Source: Unicode
        UTS #51 (emoji presentation and ZWJ sequences), the HTML/CSS hyphenation of CMSs (&shy;, <wbr>). Pure; nothing for
        a text without such a character."""
        original = self.original
        if self.is_ascii or (first := INVISIBLE.search(original)) is None:
            return None
        spread: bool | None = None
        for m in INVISIBLE.finditer(original, first.start()):
            k, ch = m.start(), m.group()
            if ch in _PRESENTATION and _after_symbol(original, k):
                continue
            if ch in _HYPHENATION:
                if spread is None:
                    spread = any(original[j - 1].isalpha() and j + 1 < len(original) and original[j + 1].isalpha()
                                 and not any(a <= j < b for a, b in marks)
                                 for j in (h.start() for h in _HYPHENATION_RE.finditer(original)) if j)
                if spread:
                    continue
            return f"U+{ord(ch):04X}"
        return None

    def repaired_in(self, field: str, start: int, end: int) -> str | None:
        """How a span of a field of the view was read otherwise, when it covers a run a repaired view read ("read
        through the mojibake view: UTF-8 shown as Windows-1251 (view: mojibake)"), else None."""
        if not self.repairs or field not in ("title", "description"):
            return None
        start, end = self.stored_span(field, start, end)
        offset = 0 if field == "title" else self.stored_title_end + len(FIELD_SEPARATOR)
        r = next((r for r in self.repairs if r.start < max(end, start + 1) + offset and start + offset < r.end), None)
        return None if r is None else f"read through the {r.view} view: {r.how} (view: {r.view})"

    def stored_span(self, field: str, start: int | None, end: int | None) -> tuple[int | None, int | None]:
        """The stored field's offsets of a span of a field of the view (evidence is located in the view: `locate`); the
        same offsets when nothing was repaired (a bidi override keeps every offset)."""
        if self._repaired is None or start is None or field not in ("title", "description"):
            return start, end
        starts, ends = self._repaired
        shift = self.field_offset(field)
        first = start + shift
        last = (end if end is not None else start) + shift
        size = len(starts)
        if last > first:
            s, t = starts[min(first, size - 1)], ends[min(last - 1, size - 1)]
        else:
            s = t = starts[first] if first < size else len(self.stored)
        stored_shift = 0 if field == "title" else self.stored_title_end + len(FIELD_SEPARATOR)
        s, t = max(s - stored_shift, 0), max(t - stored_shift, 0)
        return s, (t if end is not None else None)

    def stored_text(self, field: str, start: int | None, end: int | None) -> str | None:
        """The stored characters of a span of a field of the view."""
        s, t = self.stored_span(field, start, end)
        if s is None or t is None:
            return None
        stored = self.stored[:self.stored_title_end] if field == "title" else self.stored[self.stored_title_end + len(FIELD_SEPARATOR):]
        return stored[s:t]

    def reordered(self, latin_start: int, latin_end: int) -> bool:
        """Whether a span of the latin view is displayed in another order than stored (bidi override)."""
        if self._display_order is None:
            return False
        start, end = self.original_span("latin", latin_start, latin_end)
        return self._display_order[start:end] != list(range(start, end))

    def locate(self, start: int, end: int) -> tuple[str, int, int, str]:
        """(field, start, end, text) of a span of the original joined text: offsets into the field as
        stored, and the stored characters (for a span inside a right-to-left override, the stored
        offsets it covers and the text in stored order); in a repaired view (mojibake, notations), the offsets into
        the view's field and its characters, which every context reader reads (`stored_span` maps them back when the
        signal is made)."""
        if self._display_order is not None and end > start:
            covered = self._display_order[start:end]
            start, end = min(covered), max(covered) + 1
            text = self.stored[start:end]
        else:  # (a repaired view's own offsets and characters: stored_span maps them back)
            text = self.original[start:end] if self._repaired is not None else self.stored[start:end]
        if start < len(self.title):
            return "title", start, min(end, len(self.title)), text
        offset = self.field_offset("description")
        return "description", start - offset, end - offset, text


def alternating_case(text: str | None, term: str | None = None) -> bool:
    """Whether a mention is written in alternating ("sponge") case, a mark typed so that a case-sensitive filter misses
    it ("rOlEx", "pAnAsOnIc", "lEgO", "tHe nOrTh fAcE"): in every word of two letters or more the case flips between
    every two neighbouring letters, in a word of three letters or more ("BmW"), and it is not the registered spelling
    (`term`: "eBay").
    No writer's ordinary capitals do that: a title is capitalised by word, camel case by word inside a name ("iPhone",
    "QuietComfort"), and a caps-lock slip inverts a word whole ("rOLEX")."""
    if not text or text == term:
        return False
    words = [w for w in re.findall(r"[^\W\d_]+", text) if len(w) > 1]
    if not any(len(w) > 2 for w in words):
        return False
    return all(a.isupper() != b.isupper() for w in words for a, b in zip(w, w[1:]))
