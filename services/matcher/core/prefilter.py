"""A searched pattern asked only of texts that hold one of its words (issue 16).

Python's `re` finds a pattern's first place quickly only when the pattern starts with a literal or a set of first
characters (and, with re.IGNORECASE, not even then for a cased letter): a pattern that starts with a look-behind or a
word boundary, `(?<![a-z])(?:pack of|box of|...)`, is tried at every position of the text, 10-30 µs a call on a
listing's description. Most such patterns cannot match at all without one of a few words: `gated(pattern)` reads
those words off the pattern itself (`required_words`) and asks the pattern only when the text's lower case holds one
of them, found by one alternation of the words alone (which `re` scans for by its first characters).

The answers are the pattern's own: every match of the pattern holds one of the words, so a text without any of them
has no match, and `gated` then gives what the pattern gives for no match (None, [], an empty iterator, the text
itself). The words are lowered (and the letters `re.IGNORECASE` treats as one, ı/i, ſ/s, ς/σ, ..., re._casefix,
made one) as the text is, so the test holds with and without re.IGNORECASE. A pattern without such words (every
alternative has none of three letters or more that it must match) is returned as it is.
"""

from __future__ import annotations

import re
from re import _constants as C, _parser, _casefix

MIN_WORD = 3  # shorter required words are in nearly every text: no use as a gate


def _canon() -> dict[int, str]:
    """The lower-case letters that re.IGNORECASE matches to one another (re._casefix), each mapped to the group's
    first; U+0307 (combining dot above, which str.lower writes after the i of "İ") dropped, so that "İ" reads as the
    "i" that re.IGNORECASE matches it to."""
    groups: dict[int, set[int]] = {}
    for ch, extra in _casefix._EXTRA_CASES.items():
        members = {ord(chr(c).lower()[0]) for c in (ch, *extra)}
        for c in list(members):
            members |= groups.get(c, set())
        for c in members:
            groups[c] = members
    table = {c: chr(min(members)) for c, members in groups.items() if c != min(members)}
    table[0x307] = ""
    return table


_CANON = _canon()


def fold(text: str) -> str:
    """The text as the gate reads it: lower case, case-equivalent letters made one."""
    low = text.lower()
    return low if low.isascii() else low.translate(_CANON)


def _long_enough(word: str) -> bool:
    """Three characters, or two beyond ASCII (a two-character word of Han or Hangul is rare in other text)."""
    return len(word) >= MIN_WORD or len(word) == 2 and not word.isascii()


def _seq(items) -> frozenset[str] | None:
    """Words one of which every match of this sequence holds, or None. Runs of literals make words; of the
    candidates (each run, each item's own words) the one whose shortest word is longest is taken."""
    best: frozenset[str] | None = None
    run: list[str] = []

    def better(a: frozenset[str] | None, b: frozenset[str] | None) -> frozenset[str] | None:
        if b is None or not all(_long_enough(w) for w in b):
            return a
        if a is None:
            return b
        key = lambda s: (min(map(len, s)), -len(s))
        return b if key(b) > key(a) else a

    def flush() -> None:
        nonlocal best, run
        if run:
            word = fold("".join(run))
            if "\u0307" not in "".join(run):
                best = better(best, frozenset([word]))
            run = []

    for op, av in items:
        if op is C.LITERAL:
            run.append(chr(av))
            continue
        flush()
        best = better(best, _item(op, av))
    flush()
    return best


def _item(op, av) -> frozenset[str] | None:
    if op is C.SUBPATTERN:
        return _seq(av[3].data)
    if op is C.BRANCH:
        words: set[str] = set()
        for branch in av[1]:
            found = _seq(branch.data)
            if found is None:
                return None
            words |= found
        return frozenset(words)
    if op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT) and av[0] >= 1:
        return _seq(av[2].data)
    if op is C.ATOMIC_GROUP:
        return _seq(av.data)
    return None  # classes, look-arounds, anchors, group references, optional parts: no word required


def required_words(pattern: re.Pattern) -> frozenset[str] | None:
    """Folded words (`fold`) at least one of which the folded text of every match of the pattern holds, or None."""
    if not isinstance(pattern.pattern, str):
        return None
    return _seq(_parser.parse(pattern.pattern, pattern.flags).data)


class Gated:
    """A compiled pattern behind the gate of its required words; answers as the pattern (see the module's text)."""

    __slots__ = ("regex", "words", "_gate", "pattern", "flags", "groups", "groupindex")

    def __init__(self, regex: re.Pattern, words: frozenset[str]) -> None:
        self.regex, self.words = regex, words
        self._gate = re.compile("|".join(re.escape(w) for w in sorted(words, key=lambda w: (-len(w), w))))
        self.pattern, self.flags, self.groups, self.groupindex = regex.pattern, regex.flags, regex.groups, regex.groupindex

    def may_match(self, text: str) -> bool:
        return self._gate.search(fold(text)) is not None

    def search(self, text, *args):
        return self.regex.search(text, *args) if self.may_match(text) else None

    def match(self, text, *args):
        return self.regex.match(text, *args) if self.may_match(text) else None

    def fullmatch(self, text, *args):
        return self.regex.fullmatch(text, *args) if self.may_match(text) else None

    def finditer(self, text, *args):
        return self.regex.finditer(text, *args) if self.may_match(text) else iter(())

    def findall(self, text, *args):
        return self.regex.findall(text, *args) if self.may_match(text) else []

    def sub(self, repl, text, count=0):
        return self.regex.sub(repl, text, count) if self.may_match(text) else text

    def subn(self, repl, text, count=0):
        return self.regex.subn(repl, text, count) if self.may_match(text) else (text, 0)

    def split(self, text, maxsplit=0):
        return self.regex.split(text, maxsplit) if self.may_match(text) else [text]

    def __hash__(self) -> int:
        return hash(self.regex)

    def __eq__(self, other) -> bool:
        return self.regex == (other.regex if isinstance(other, Gated) else other)

    def __repr__(self) -> str:
        return f"gated({self.regex!r})"


def gated(regex: re.Pattern) -> re.Pattern | Gated:
    """The pattern behind the gate of its required words, or the pattern itself when it has none."""
    words = required_words(regex)
    return regex if words is None else Gated(regex, words)
