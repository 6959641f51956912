"""A mark stuffed with repeated letters (Guuccii, iiPPhone, Snniickers, Louiis Vuuitton): rule doubled.

A reader skips a doubled letter; an edit budget of one or two does not reach a mark with three of them.
Both sides are squeezed (every run of one letter written once: "guuccii" -> "guci", "gucci" -> "guci"),
and a listing word whose squeezed form is a mark's is that mark when it only ADDS repeats: every run of
the word at least as long as the mark's run of the same letter ("Guci" is a deletion, left to the fuzzy
index), and one longer at least. Multi-word marks are checked word by word ("Louiis Vuuitton").

The cut: a word that is itself a common English word ("cannon" squeezes to Canon's "canon", "bosse"
is a German word) is a misspelling that needs the brand's category and a counterfeit cue or a price
far below the floor (`needs_cue`, as detectors/misspellings.py's common words); a word of another
language goes through context/judge.py's foreign-word rule like a fuzzy hit. Marks of three letters
(BMW) need two added letters and corroboration ("bbmw" may be a typo of anything). One letter added
to a longer mark weighs as a one-edit misspelling; two or more (deliberate stuffing) as a disguise.

Only the title is read: a stuffed mark is written to be seen there, and a description repeats letters in
ordinary words at length (reading it cost about 26 CPU-us a bench.matcher listing, most of this stage).
Gate (every listing): the title's words (leet view) are split in one C call and looked up in a bounded per-process
memo of the words that write a letter twice in a row and are no mark word as registered, squeezed (a word is read
once per process); those are intersected with the squeezed words of the marks; only titles with a stuffed mark word look at their words one by one.
"""

from __future__ import annotations

import re
from functools import lru_cache

from schemas import Listing, MarkFingerprint, Rule
from services.matcher.core.memo import Memo
from services.matcher.core.detectors.base import Catalogue, Detector
from services.matcher.core.detectors.marks import is_wide_mark
from services.matcher.core.fuzzy import WordHashes, common_words
from services.matcher.core.normalise import FIELD_SEPARATOR, ListingText, mark_words, word_wise
from services.matcher.core.scoring import Evidence

_REPEAT = re.compile(r"([a-z])\1+")
_DOUBLE = re.compile(r"([a-z])\1")
# the leet view's runs of regular-expression word characters (a-z, 0-9, _: the view is ASCII lower case)
_WORD_BYTES = bytes(b if chr(b) in "abcdefghijklmnopqrstuvwxyz0123456789_" else 32 for b in range(256))
_WORD = re.compile(r"[a-z0-9]+")
_RUNS = re.compile(r"([a-z0-9])\1*")
SEEN_WORDS = 100_000  # listing words whose squeezed forms are kept, forgotten all at once past this many


def squeeze(word: str) -> str:
    """Every run of one letter written once: "guuccii" -> "guci"."""
    return _REPEAT.sub(r"\1", word)


def _squeezed_word(token: str, plain: frozenset[str]) -> tuple[str, str] | tuple[()]:
    """(word, squeezed word) for a token of word characters whose word repeats a letter and is no mark word as
    registered, else (). The word is the token's letters and digits up to its first "_" (where a regular
    expression's \\b, which counts "_" as a word character, lets a word start: "foo_bbar" is "foo")."""
    word = token.partition("_")[0]
    if not _DOUBLE.search(word) or word in plain:
        return ()
    return word, squeeze(word)


def _runs(word: str) -> list[tuple[str, int]]:
    return [(m.group(1), len(m.group())) for m in _RUNS.finditer(word)]


def _title(view: str) -> str:
    """The title's part of a view (the title and the description are joined by FIELD_SEPARATOR)."""
    cut = view.find(FIELD_SEPARATOR)
    return view if cut < 0 else view[:cut]


@lru_cache(maxsize=65_536)
def added_repeats(written: str, word: str) -> int:
    """How many letters `written` adds to `word` by repeating its letters only (0: none, or not so made). Pure: the
    last 65,536 pairs are remembered (a listing's words are tried against the marks' at every mention)."""
    a, b = _runs(written), _runs(word)
    if len(a) != len(b) or any(x != y or n < m for (x, n), (y, m) in zip(a, b)):
        return 0
    return len(written) - len(word)


class DoubledLetterDetector(Detector):
    name = "doubled_letters"

    def __init__(self, catalogue: Catalogue) -> None:
        super().__init__(catalogue)
        self._by_head = WordHashes(())  # squeezed first word -> fingerprints (hashed: 12 bytes a mark)
        self._heads: list[tuple[str, int]] = []  # (squeezed first word, fingerprint) until compile
        self._common: frozenset[str] = frozenset()
        self._squeezed: frozenset[str] = frozenset()  # every word of every mark, squeezed
        self._plain: frozenset[str] = frozenset()  # every word of every mark, as registered
        self._plain_heads: dict[str, str] = {}  # a mark's first word that repeats a letter -> its squeezed form
        self._seen: Memo = Memo(SEEN_WORDS)  # title words read before -> _squeezed_word's answer

    def add(self, i: int, fp) -> str | None:
        if not isinstance(fp, MarkFingerprint) or is_wide_mark(fp.value):
            return None
        words = mark_words(fp.value)
        letters = sum(len(w) for w in words)
        if not words or letters < 3 or not all(w.isalnum() for w in words) or not any(w.isalpha() for w in words):
            return None
        self._heads.append((squeeze(words[0]), i))
        return None

    def compile(self) -> None:
        self._common = common_words(self.config.fuzzy.common_word_count)
        words_of = [mark_words(self.fingerprints[i].value) for _, i in self._heads]
        self._squeezed = frozenset(squeeze(w) for words in words_of for w in words)
        self._plain = frozenset(w for words in words_of for w in words)
        self._plain_heads = {words[0]: head for (head, _), words in zip(self._heads, words_of) if words[0] != head}
        self._by_head = WordHashes(self._heads)
        self._heads = []

    def gate(self) -> dict:
        """For MatcherIndex's shared gates (where the index has them): the listing's stuffed words, squeezed."""
        return {self.stuffed: self._squeezed}

    @word_wise("title")
    def stuffed(self, text: ListingText) -> frozenset[str]:
        """The squeezed forms of the listing's words that repeat a letter and are no mark word as registered."""
        return frozenset(text.tokens(self._squeezes).values())

    def _squeezes(self, text: ListingText) -> dict[str, str]:
        """The title's words that repeat a letter and are no mark word as registered -> their squeezed forms
        (computed once per listing: ListingText.tokens; every title word read once per process, up to SEEN_WORDS)."""
        seen, out = self._seen, {}
        for token in set(_title(text.leet).encode("ascii").translate(_WORD_BYTES).split()):
            if (squeezed := seen.get(token)) is None:
                squeezed = seen.remember(token, _squeezed_word(token.decode("ascii"), self._plain))
            if squeezed:
                out[squeezed[0]] = squeezed[1]
        return out

    def detect(self, text: ListingText, listing: Listing) -> list[Evidence]:
        if not len(self._by_head):
            return []
        squeezes = text.tokens(self._squeezes)
        if self._squeezed.isdisjoint(squeezes.values()):
            return []  # one regular expression over the words, then only the few words that repeat a letter
        leet = text.leet
        tokens = [(m.group(), m.start(), m.end()) for m in _WORD.finditer(_title(leet))]
        out = []
        for n, (token, start, _) in enumerate(tokens):
            # a word that repeats no letter is its own squeezed form; a registered mark word with a double
            # ("gucci") heads its mark by its squeezed form
            key = squeezes.get(token) or (self._plain_heads.get(token, token))
            for i in self._by_head.get(key):
                words = mark_words(self.fingerprints[i].value)
                if squeeze(words[0]) != key:
                    continue  # another word of the same hash
                found = self._stuffed(tokens, n, words, leet)
                if found is None:
                    continue
                added, end = found
                if (e := self._evidence(text, i, start, end, added, tokens[n:n + len(words)])) is not None:
                    out.append(e)
        return self.in_category(out, text, listing)

    def _stuffed(self, tokens: list[tuple[str, int, int]], n: int, words: tuple[str, ...], leet: str) -> tuple[int, int] | None:
        """(letters added, end offset) when the tokens from n on are the mark's words with repeats added."""
        if n + len(words) > len(tokens):
            return None
        span = tokens[n:n + len(words)]
        if FIELD_SEPARATOR in leet[span[0][1]:span[-1][2]]:
            return None
        added = 0
        for (token, _, _), word in zip(span, words):
            if token == word:
                continue
            extra = added_repeats(token, word)
            if not extra:
                return None
            added += extra
        if not added:
            return None
        return added, span[-1][2]

    def _evidence(self, text: ListingText, i: int, start: int, end: int, added: int, span) -> Evidence | None:
        fp = self.fingerprints[i]
        field, s, e, matched = text.locate(*text.original_span("latin", start, end))
        letters = sum(len(w) for w in mark_words(fp.value))
        word = span[0][0] if len(span) == 1 else None
        detail = f"{added} repeated letter(s) added to the mark"
        needs, needs_cue = False, False
        if word is not None and word in self._common:
            needs = needs_cue = True
            detail += f"; '{word}' is a common English word: needs the brand's category and a counterfeit cue"
        elif letters <= 3:
            if added < 2:
                return None  # "bmmw": one doubled letter of a three-letter mark is misspellings.py's weak candidate
            needs = True
            detail += "; a three-letter mark: needs corroboration"
        weight = self.weights.confusable if added >= 2 else self.weights.fuzzy_distance_1
        return Evidence(Rule.doubled, weight, i, field, s, e, matched, fp.value, distance=added, detail=detail,
                        everyday=fp.everyday_word and added < 2, needs_corroboration=needs, needs_cue=needs_cue)

    def memory_bytes(self) -> int:
        return self._by_head.nbytes + 60 * (len(self._squeezed) + len(self._plain))

    def stats(self) -> dict[str, int]:
        return {"doubled_marks": len(self._by_head)}
