"""Look-alike letter sequences of UTS #39 (Sarnsung for Samsung, Comell for Cornell): rule skeleton.

The per-character part of the UTS #39 skeleton (Cyrillic о, ѕ, ь for o, s, b; accents; full
width) is already in the latin view (normalise.py). What a character table cannot express are
look-alikes of several characters: "rn" drawn like "m" (from the Unicode confusables data that
confusable-homoglyphs ships), and "cl" like "d", "vv" like "w" (`EXTRA_SEQUENCES`, missing from
that data). Marks and text are compared in one space, where each such sequence is contracted to
its single letter (`contract`).

Only whole words count (words of the latin view: letters and digits), and never a common English
word: "modern" contracts to "modem" and "barn" to "bam", and neither is a disguise. Marks are
kept as sorted 64-bit hashes of their contracted skeleton keys without separators (eight bytes a
mark); a text word is looked up only when it is not a common English word (one set difference)
and holds a sequence ("sarnsung") or is the contraction of a mark's word that holds one ("comell"),
alone and with its neighbours for marks of several words ("Canacla Goose", "Golcl Wing").
"""

from __future__ import annotations

import json
import os
import re
from array import array
from bisect import bisect_left
from functools import cache

from schemas import Listing, MarkFingerprint, Rule
from services.matcher.core.detectors.base import Catalogue, Detector
from services.matcher.core.detectors.marks import is_wide_mark
from services.matcher.core.fuzzy import common_words, dictionary_words
from services.matcher.core.normalise import FIELD_SEPARATOR, SKELETON_BYTES, ListingText, compact_key, mark_words, skeleton_key
from services.matcher.core.scoring import Evidence

EXTRA_SEQUENCES = {"cl": "d", "vv": "w"}

# Letters drawn with other characters (leetspeak of several characters, and currency signs for
# the letters they are drawn from): looked for in the original text, since the latin view spells € "eur".
ASCII_ART = {"\\/\\/": "w", "/\\/\\": "m", "|\\|": "n", "|-|": "h", "/\\": "a", "\\/": "v", "()": "o", "|<": "k",
             "|_": "l", "|)": "d", "[)": "d", "|3": "b", "|2": "r", "€": "e", "£": "l", "¢": "c", "¥": "y",
             "+": "t", "(": "c"}
_INSIDE_A_WORD = {"+", "("}  # common as punctuation: a letter only in a word (CAR+IER, abbot+, +ABBY, (oach, Quiet(0mfort)
# (quiet53) a currency sign is a letter only in a token that has a letter (AUTOD€SK, B0S€): beside an amount alone
# ("805 €,", "805€", "¥5000") it is the price's sign, and the amount's digits no leetspeak (805 € is no BOSE)
_CURRENCY_SIGNS = {"€", "£", "¢", "¥"}
# every alternative starts with a literal character, so that the search skips ahead by a character set
_ART = re.compile("|".join(map(re.escape, sorted(ASCII_ART, key=len, reverse=True))))
_TOKEN_END = " \t\n\"'[]"


def _drawn(m: re.Match) -> bool:
    """Whether an art match is a drawn letter: "+" and "(" only inside a token (a run without white space) that
    has a letter, and "(" not when a ")" closes it there ("(black)", "(new)"; the ")" of a drawn "()" closes nothing)."""
    if m.group() not in _INSIDE_A_WORD and m.group() not in _CURRENCY_SIGNS:
        return True
    text, at = m.string, m.start()
    start, end = at, m.end()
    while start > 0 and text[start - 1] not in _TOKEN_END:
        start -= 1
    while end < len(text) and text[end] not in _TOKEN_END:
        end += 1
    if not any(c.isalpha() for c in text[start:end]):
        return False
    if m.group() in _CURRENCY_SIGNS:
        return True
    if m.group() == "(":
        rest = text[at + 1:end]
        return rest.count(")") <= rest.count("()")
    return True


def _draw(text: str) -> str:
    return _ART.sub(lambda m: ASCII_ART[m.group()] if _drawn(m) else m.group(), text)
_SPACED_TOKEN = re.compile(r"[^\s\"'\[\]]+")


@cache
def sequences() -> dict[str, str]:
    """ASCII letter sequences drawn like one ASCII letter: the confusables data's, plus EXTRA_SEQUENCES."""
    import confusable_homoglyphs

    path = os.path.join(os.path.dirname(confusable_homoglyphs.__file__), "confusables.json")
    with open(path, encoding="utf-8") as fh:
        table = json.load(fh)
    found = {}
    for key, entries in table.items():
        if len(key) > 1 and key.isascii() and key.isalpha() and key.islower():
            letters = [e["c"] for e in entries if len(e["c"]) == 1 and e["c"].isascii() and e["c"].isalpha()]
            if letters:
                found[key] = letters[0].lower()
    return {**found, **EXTRA_SEQUENCES}


@cache
def _pattern() -> re.Pattern:
    return re.compile("|".join(sorted(map(re.escape, sequences()), key=len, reverse=True)))


def contract(key: str) -> str:
    """A skeleton key with every look-alike sequence replaced by its letter ("sarnsung" -> "samsung")."""
    table = sequences()
    return _pattern().sub(lambda m: table[m.group()], key)


_WORD = re.compile(r"[a-z0-9$@!|]+")
_SKELETON_STR = {k: v for k, v in enumerate(SKELETON_BYTES.decode("latin-1")[:128]) if chr(k) != v}  # str.translate


def _has(hashes: array, h: int) -> bool:
    at = bisect_left(hashes, h)
    return at < len(hashes) and hashes[at] == h


class SkeletonDetector(Detector):
    name = "skeleton"

    def __init__(self, catalogue: Catalogue) -> None:
        super().__init__(catalogue)
        self._pending: list[tuple[int, int]] = []  # (hash of contracted key, fingerprint)
        self._hashes = array("q")
        self._fingerprints = array("i")
        self._contracted_marks: set[str] = set()  # contractions of marks that hold a sequence
        self._contracted: frozenset[str] = frozenset()
        self._max_words = 1
        self._pending_words: list[int] = []  # hashes of the words of every mark, as the latin view spells them
        self._pending_parts: list[int] = []  # hashes of the contracted skeletons of the words of multi-word marks
        self._mark_words = array("q")
        self._parts = array("q")
        self._any_sequence = re.compile("|".join(map(re.escape, sequences())).encode())
        self._sequence_strings = tuple(sequences())
        self._common = common_words(self.config.fuzzy.common_word_count)
        self._words = dictionary_words()

    def add(self, i: int, fp) -> str | None:
        if not isinstance(fp, MarkFingerprint) or is_wide_mark(fp.value):
            return None
        key = skeleton_key(fp.value)
        if not key:
            return None
        self._pending.append((hash(contract(key)), i))  # a multi-word mark without its separators
        words = mark_words(fp.value)
        self._max_words = max(self._max_words, len(words))
        for word in (compact_key(w) for w in words):
            self._pending_words.append(hash(word))
            if len(words) > 1:
                self._pending_parts.append(hash(contract(word.translate(_SKELETON_STR))))
            if word != (contracted := contract(word)):
                self._contracted_marks.add(contracted)  # as the latin view spells it: "cornell" -> "comell"
        return None

    def compile(self) -> None:
        self._mark_words = array("q", sorted(set(self._pending_words)))
        self._parts = array("q", sorted(set(self._pending_parts)))
        self._pending_words, self._pending_parts = [], []
        self._pending.sort()
        self._hashes = array("q", (h for h, _ in self._pending))
        self._fingerprints = array("i", (i for _, i in self._pending))
        self._pending = []
        self._contracted = frozenset(self._contracted_marks)
        self._contracted_marks = set()

    def detect(self, text: ListingText, listing: Listing) -> list[Evidence]:
        if not self._hashes:
            return []
        art = self._ascii_art(text) if any(_drawn(m) for m in _ART.finditer(text.original)) else []
        return self.in_category(art + self._sequences(text), text, listing)

    def _ascii_art(self, text: ListingText) -> list[Evidence]:
        """Tokens with letters drawn in other characters ("/\\did/\\s", "BM\\/\\/", "B()se", "AUTOD€SK"),
        alone and with their neighbours for marks of several words ("The Nort|-| Fa(e")."""
        tokens = [(m.group(), m.start(), m.end()) for m in _SPACED_TOKEN.finditer(text.original)]
        out, seen = [], set()
        for n, (token, _, _) in enumerate(tokens):
            if not any(_drawn(m) for m in _ART.finditer(token)):
                continue
            for first in range(max(0, n - self._max_words + 1), n + 1):
                for last in range(n, min(len(tokens), first + self._max_words)):
                    if (first, last) in seen:
                        continue
                    seen.add((first, last))
                    start, end = tokens[first][1], tokens[last][2]
                    if FIELD_SEPARATOR in text.original[start:end]:
                        continue
                    drawn = _draw(text.original[start:end].lower())
                    key = skeleton_key(drawn)
                    if not key or key.isdigit():
                        continue
                    for i in self._lookup(contract(key)):
                        fp = self.fingerprints[i]
                        if skeleton_key(text.original[start:end]) == skeleton_key(fp.value):
                            continue  # spelled plainly: the marks detector has it
                        field, s, e, matched = text.locate(start, end)
                        out.append(Evidence(Rule.confusable, self.weights.confusable, i, field, s, e, matched, fp.value,
                                            detail="letters drawn with other characters (/\\ for A, \\/\\/ for W, () for O, € for E)"))
        return out

    def _sequences(self, text: ListingText) -> list[Evidence]:
        # words that are not common English words (a set difference), holding a sequence ("sarnsung")
        # or written like a mark that holds one ("comell" for Cornell); usually none: one C call
        rare = text.latin_words.difference(self._common)
        if not rare or not self._any_sequence.search(text.latin_bytes) and self._contracted.isdisjoint(text.leet_words()):
            return []
        words = [w for w in rare if w in self._contracted or any(s in w for s in self._sequence_strings)]
        # a word spelled like a word of a registered mark ("claven" of Strievo Claven) is that mark's
        wanted = frozenset(w for w in words if not _has(self._mark_words, hash(w)))
        if not wanted:
            return []
        tokens = [(m.group(), m.start(), m.end()) for m in _WORD.finditer(text.latin)]
        out, seen = [], set()
        for n, (token, _, _) in enumerate(tokens):
            if token not in wanted:
                continue
            # the word alone, or with its neighbours when it reads as a word of a multi-word mark ("Canacla Goose")
            key = contract(token.encode("ascii").translate(SKELETON_BYTES).decode("ascii"))
            width = self._max_words if _has(self._parts, hash(key)) else 1
            for first in range(max(0, n - width + 1), n + 1):
                for last in range(n, min(len(tokens), first + width)):
                    if (first, last) not in seen:
                        seen.add((first, last))
                        out.extend(self._window(text, tokens, first, last))
        return out

    def _window(self, text: ListingText, tokens: list[tuple[str, int, int]], first: int, last: int) -> list[Evidence]:
        start, end = tokens[first][1], tokens[last][2]
        if FIELD_SEPARATOR in text.latin[start:end]:
            return []
        key = "".join(t for t, _, _ in tokens[first:last + 1]).encode("ascii").translate(SKELETON_BYTES).decode("ascii")
        if key.isdigit():
            return []
        out = []
        for i in self._lookup(contract(key)):
            fp = self.fingerprints[i]
            if skeleton_key(fp.value) == key:
                continue  # the mark itself ("Cornell"): the marks detector has it
            field, s, e, matched = text.locate(*text.original_span("latin", start, end))
            # an English word ("clunk" reads "dunk") is more likely that word than a disguise
            word = key in self._words or text.latin[start:end] in self._words
            out.append(Evidence(Rule.skeleton, self.weights.confusable, i, field, s, e, matched, fp.value,
                                detail="look-alike letter sequences (UTS #39 skeleton: rn for m, cl for d, vv for w)"
                                + ("; an English word: needs corroboration" if word else ""),
                                needs_corroboration=word))
        return out

    def _lookup(self, contracted: str) -> list[int]:
        h = hash(contracted)
        at = bisect_left(self._hashes, h)
        found = []
        while at < len(self._hashes) and self._hashes[at] == h:
            i = self._fingerprints[at]
            if contract(skeleton_key(self.fingerprints[i].value)) == contracted:
                found.append(i)
            at += 1
        return found

    def memory_bytes(self) -> int:
        return 12 * len(self._hashes) + 80 * len(self._contracted)

    def stats(self) -> dict[str, int]:
        return {"skeleton_marks": len(self._hashes)}
