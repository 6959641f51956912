"""Multi-pattern scanning: one Aho-Corasick automaton per view, and the checks every raw hit must pass.

The skeleton and compact views have no separators, so the automaton reports a term wherever its
letters appear in a row, across words too ("verbose" holds "bose"). A raw hit is a match only
when it starts and ends on word boundaries of the latin view, and when any separators inside it
are ones the registered spelling had ("Canada Goose"), single letters spelled apart (B O S E),
or, for model numbers, breaks between letters and digits (wh 1000 xm5).

Two more ways for a mark (not a model number) to pass, each named on the hit:
- intrusion: at most `MAX_INTRUSIONS` runs of at most `MAX_INTRUSION_LENGTH` non-letters that
  are not white space (s-amsung, Gu-cci, Gu✨cci); a space would join two ordinary words
  ("can on" is not Canon), unless it is an unusual space (no-break, thin, ideographic, a tab: `ODD_SPACES`)
  that no space bar types (Ro\u202flex; two common words so split stay out, detectors/marks.py).
- glued: a boundary inside a word that a case change provides (GucciBelt, FAKEGucci), or, in a
  hashtag, the rest of the hashtag made of common English words (#guccibelt, #fakegucci), unless
  the whole hashtag is itself an English word. Bose in Bosendorfer has neither.
"""

from __future__ import annotations

import re
from array import array
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterable

import ahocorasick

from services.matcher.core.normalise import FIELD_SEPARATOR, INVISIBLE_FORMAT, LEET, NOT_ALNUM_OR_LEET, ListingText


@dataclass(slots=True)
class TermHit:
    term_id: int
    view: str  # "skeleton", "compact" or "nfkc"
    latin_start: int  # span in the latin view (nfkc view for "nfkc" hits)
    latin_end: int
    spaced_letters: bool = False  # the text spelled the term letter by letter
    intrusion: bool = False  # non-letters inside the term that its spelling does not have
    glued: bool = False  # a boundary a hashtag or a case change provides, not a word boundary
    weak: bool = False  # glued inside a plain word whose other letters are common words ("shoesnike"): needs corroboration
    odd_space: bool = False  # an intrusion that is an unusual space (no-break, thin, ideographic, tab: ODD_SPACES)
    handle: bool = False  # weak, inside an account's handle ("@gucciofficial"): needs a cue or a price far below the floor


class Terms:
    """Normalised terms and the fingerprints they stand for.

    Several fingerprints may share a key (two brands registering the same model number);
    the term then points at all of them.
    """

    def __init__(self, view: str) -> None:
        self.view = view
        self._ids: dict[str, int] = {}
        self.lengths = array("H")
        # a term's fingerprint, or -(k + 1) when it stands for several: shared[k]
        self.targets = array("i")
        self.shared: list[tuple[int, ...]] = []
        # a term's registered separator offsets, as an index into separator_sets (0: none). Most
        # terms share a handful of such sets ({2} for "AB-123"), so each set is stored once.
        self._separator_of = array("H")
        self.separator_sets: list[frozenset[int]] = [frozenset()]
        self._separator_ids: dict[frozenset[int], int] = {frozenset(): 0}

    def add(self, key: str, fingerprint: int, separators: frozenset[int] = frozenset()) -> int:
        """File the key for the fingerprint; returns the key's term id."""
        term_id = self._ids.get(key)
        if term_id is None:
            term_id = self._ids[key] = len(self.targets)
            self.lengths.append(min(len(key), 65535))
            self.targets.append(fingerprint)
            self._separator_of.append(self._separator_id(separators))
            return term_id
        current = self.targets[term_id]
        if current >= 0:
            self.shared.append((current, fingerprint))
            self.targets[term_id] = -len(self.shared)
        else:
            self.shared[-current - 1] += (fingerprint,)
        if separators:
            merged = self.separators(term_id) | separators
            self._separator_of[term_id] = self._separator_id(merged)
        return term_id

    def _separator_id(self, separators: frozenset[int]) -> int:
        found = self._separator_ids.get(separators)
        if found is None:
            found = self._separator_ids[separators] = len(self.separator_sets)
            self.separator_sets.append(separators)
        return found

    def separators(self, term_id: int) -> frozenset[int]:
        """Where the registered spelling had separators (see normalise.separator_offsets)."""
        return self.separator_sets[self._separator_of[term_id]]

    def __len__(self) -> int:
        return len(self.targets)

    def fingerprints(self, term_id: int) -> tuple[int, ...]:
        target = self.targets[term_id]
        return (target,) if target >= 0 else self.shared[-target - 1]

    def memory_bytes(self) -> int:
        return (self.lengths.itemsize * len(self.lengths) + self.targets.itemsize * len(self.targets)
                + self._separator_of.itemsize * len(self._separator_of) + 100 * len(self.shared)
                + 200 * len(self.separator_sets))


class TermTable(Terms):
    """Terms compiled into one Aho-Corasick automaton over a view of the text."""

    def __init__(self, view: str) -> None:
        super().__init__(view)
        self._automaton: ahocorasick.Automaton | None = None

    def compile(self) -> None:
        if self._ids:
            automaton = ahocorasick.Automaton(ahocorasick.STORE_INTS)
            for key, term_id in self._ids.items():
                automaton.add_word(key, term_id)
            automaton.make_automaton()
            self._automaton = automaton
        self._ids = {}  # the automaton holds the keys now

    def memory_bytes(self) -> int:
        automaton = self._automaton.get_stats()["total_size"] if self._automaton is not None else 0
        return automaton + super().memory_bytes()

    def raw_hits(self, text: str) -> list[tuple[int, int, int]]:
        """(start, end, term id) for every occurrence of every term, overlapping ones included (a list: cheaper than
        a generator's step per hit, and most hits are dropped by the word checks)."""
        if self._automaton is None or not text:
            return []
        lengths = self.lengths
        return [(last + 1 - lengths[term_id], last + 1, term_id) for last, term_id in self._automaton.iter(text)]


_ALNUM = frozenset("abcdefghijklmnopqrstuvwxyz0123456789")
_WORD_CHARS = {"skeleton": _ALNUM | frozenset(LEET), "compact": _ALNUM}


def _class_change(a: str, b: str) -> bool:
    """A letter next to a digit: "Bose700" still ends the word "Bose"."""
    return (a.isdigit() and b.isalpha()) or (a.isalpha() and b.isdigit())


def find_terms(table: TermTable, text: ListingText) -> list[TermHit]:
    """The hits of the marks in the skeleton view that pass the word checks."""
    hits = check_hits(table, text, table.raw_hits(text.skeleton), models=False)
    if "|" in text.latin:
        hits.extend(_bar_intrusions(table, text))
    return hits


_BAR_IN_WORD = re.compile(r"(?<=[a-z])\|(?=[a-z])")
# a bar, spaces around it or not, between two letters; such bars count only between every letter of a mark
_BAR_NEAR_WORD = re.compile(r"(?<=[a-z]) ?\| ?(?=[a-z])")
_BARRED_LETTERS = re.compile(r"[a-z0-9](?: ?\| ?[a-z0-9])+")


def _bar_intrusions(table: TermTable, text: ListingText) -> list[TermHit]:
    """Hits where a bar between two letters is an intrusion, not the leet l the skeleton reads it as
    (phil|ips, B^os|e): the skeleton is scanned again without those bars, and a hit spanning one is
    an intrusion, counted with the other non-letter runs inside it against `MAX_INTRUSIONS`."""
    bars = [len(text.latin_bytes[:m.start()].translate(None, NOT_ALNUM_OR_LEET)) for m in _BAR_NEAR_WORD.finditer(text.latin)]
    if not bars:
        return []
    dropped = set(bars)
    kept = [k for k in range(len(text.skeleton)) if k not in dropped]
    reduced = "".join(text.skeleton[k] for k in kept)
    raw = []
    for start, end, term_id in table.raw_hits(reduced):
        s, e = kept[start], kept[end - 1] + 1
        if any(s < b < e for b in bars):
            raw.append((s, e, term_id))
    hits = []
    for hit in check_hits(table, text, raw, models=False):
        span = text.latin[hit.latin_start:hit.latin_end]
        if _BARRED_LETTERS.fullmatch(span):  # M|i|c|h|e|l|i|n: a bar between every letter, spelt out like B.O.S.E
            hit.spaced_letters = True
            hits.append(hit)
        elif " |" not in span and "| " not in span and len(_BAR_IN_WORD.findall(span)) + len(_GAP.findall(span)) <= MAX_INTRUSIONS:
            hit.intrusion = True
            hits.append(hit)
    return hits


MAX_INTRUSIONS = 2
MAX_INTRUSION_LENGTH = 3


def check_hits(table: Terms, text: ListingText, raw_hits: Iterable[tuple[int, int, int]], *, models: bool) -> list[TermHit]:
    """The raw hits (start, end, term id in the table's compacted view) that pass the word checks."""
    view = table.view
    latin = text.latin
    word_chars = _WORD_CHARS[view]
    title_end = len(text.title)
    # a hit inside a word is glued only where a case change or a hashtag cuts it: a listing with neither has none
    may_glue = "#" in latin or not text.original.islower()
    hits = []
    positions = None
    for start, end, term_id in raw_hits:
        if positions is None:
            positions = text.kept_positions(view)
        ls, le = int(positions[start]), int(positions[end - 1]) + 1  # numpy's int64: Python ints here
        invisible = False
        odd = 0
        if not models and le - ls < 2 * (end - start) - 1 and (latin.find(" ", ls, le) >= 0 or latin.find("\t", ls, le) >= 0) \
                and not table.separators(term_id):
            invisible = _invisible_inside(text, ls, le)
            odd = _odd_spaces_inside(text, ls, le)
            if not invisible and not odd and not _GAP_SIGN.search(latin, ls, le):
                continue  # across a space that is no registered separator, and not spelled apart: the separator checks below fail
        left = ls == 0 or latin[ls - 1] not in word_chars or _class_change(latin[ls - 1], latin[ls]) or _sigil(latin, ls, word_chars)
        right = le == len(latin) or latin[le] not in word_chars or _class_change(latin[le - 1], latin[le])
        glued = weak = handle = False
        if not (left and right):
            if models:
                continue
            if not (may_glue and _glued(text, ls, le, left, right, word_chars)):
                if not _in_plain_word(latin, ls, le, word_chars):
                    continue
                weak = True
                handle = _in_handle(latin, ls, le, word_chars)
            glued = True
        spaced = intrusion = False
        if le - ls != end - start:  # separators inside the hit
            if ls < title_end < le and FIELD_SEPARATOR in latin[ls:le]:
                continue
            splits = _split_offsets(latin[ls:le], word_chars)
            allowed = table.separators(term_id)
            if splits <= allowed:
                pass
            elif splits == set(range(1, end - start)):
                if _spelled_on(latin, ls, le, word_chars):
                    continue  # "p*u*m*a*s", "s·o·f·f·i·c·e": the mark's letters inside a longer word spelt apart
                spaced = True
            elif models:
                key = text.compact[start:end]
                if not all(k in allowed or _class_change(key[k - 1], key[k]) for k in splits):
                    continue
            elif _intrusions(latin[ls:le], word_chars, allowed, invisible or _invisible_inside(text, ls, le),
                             odd := odd or _odd_spaces_inside(text, ls, le)):
                intrusion = True
            else:
                continue
        hits.append(TermHit(term_id, view, ls, le, spaced, intrusion, glued, weak, intrusion and odd > 0, handle))
    return hits


_GAP = re.compile(r"[^a-z0-9$@!|]+")
_GAP_SIGN = re.compile(r"[^a-z0-9$@!|\s]")  # a non-letter that is no white space: a sign of an intrusion
# spaces no space bar types between two words: no-break, the typographer's fixed-width spaces (U+2000-U+200A), narrow
# no-break, medium mathematical, ideographic, and a tab (Unicode's Zs category but U+0020, and U+0009). The latin view
# folds them to " " (NFKC; a tab stays), so they are looked for in the original text. Inside a mark each is an
# intrusion like a zero-width character: Ro\u202flex, Le\tvis (MarkDetector keeps two common words so split out)
ODD_SPACES = "\t\u00a0\u2000-\u200a\u202f\u205f\u3000"
_ODD_SPACE = re.compile(f"[{ODD_SPACES}]")


def _invisible_inside(text: ListingText, ls: int, le: int) -> bool:
    if text.is_ascii:
        return False
    start, end = text.original_span("latin", ls, le)
    return INVISIBLE_FORMAT.search(text.original, start, end) is not None


def _odd_spaces_inside(text: ListingText, ls: int, le: int) -> int:
    """How many unusual spaces (ODD_SPACES) the original text has under a latin-view span."""
    if text.is_ascii and "\t" not in text.original:
        return 0
    start, end = text.original_span("latin", ls, le)
    return len(_ODD_SPACE.findall(text.original, start, end))


def _intrusions(span: str, word_chars: frozenset[str], allowed: frozenset[int], invisible: bool = False,
                odd: int = 0) -> bool:
    """Whether the gaps inside a hit, other than where the registered spelling has a separator, are
    few short runs of non-letters without white space; one of them may be a single space when the mark
    also holds another intrusion or an invisible character ("Co ac:h", "ho n*da", "JO HNSON & JOHNSO\u200eN"):
    a space alone would join two ordinary words ("can on" is not Canon)."""
    gaps, kept = [], 0
    for m in _GAP.finditer(span):
        kept += m.start() - (gaps[-1][1] if gaps else 0)
        gaps.append((m.start(), m.end(), kept))
    intruding = [span[a:b] for a, b, at in gaps if at not in allowed]
    if len(intruding) > MAX_INTRUSIONS or any(len(g) > MAX_INTRUSION_LENGTH for g in intruding):
        return False
    spaced = [g for g in intruding if any(c.isspace() for c in g)]
    if not spaced:
        return True
    if odd and len(spaced) <= odd and all(len(g) == 1 for g in spaced):
        return True  # each space an unusual one (Ro\u202flex, Le\tvis, Canada G\u00a0oose): no keyboard's word space
    return spaced == [" "] and (len(intruding) > 1 or invisible)


def _in_handle(latin: str, ls: int, le: int, word_chars: frozenset[str]) -> bool:
    """Whether the hit is inside a word opened by "@" (an account's handle: "@gucciofficial", "@theofficialpandora")."""
    ws, _ = _word_around(latin, ls, le, word_chars)
    return ws < ls and latin[ws] == "@" and (ws == 0 or latin[ws - 1] not in word_chars)


def _sigil(latin: str, ls: int, word_chars: frozenset[str]) -> bool:
    """(signals) The sigil that opens an account's handle, a ticker or a hashtag right before the hit, itself at a word's
    start: "@theofficialpandora", "$NKE", "#BRBY" (leetspeak reads "@" and "$" as letters, so they are word characters)."""
    return latin[ls - 1] in "@$#" and (ls == 1 or latin[ls - 2] not in word_chars)


def _glued(text: ListingText, ls: int, le: int, left: bool, right: bool, word_chars: frozenset[str]) -> bool:
    """Whether a hit inside a longer word is cut from it by a case change or a hashtag's words."""
    latin = text.latin
    if not left and not _hump(text, ls):
        if not _in_hashtag(text, ls, le, word_chars):
            return False
    if not right and not _hump(text, le):
        if not _in_hashtag(text, ls, le, word_chars):
            return False
    return True


def _hump(text: ListingText, cut: int) -> bool:
    """A case change at a latin offset of a word: lower to upper (GucciBelt), or the last capital of a
    run of capitals before a lower-case letter (FAKEGucci)."""
    original = text.original
    before = text.original_span("latin", cut - 1, cut)[0]
    at = text.original_span("latin", cut, cut + 1)[0]
    x, y = original[before], original[at]
    if not y.isupper():
        return False
    return x.islower() or (x.isupper() and at + 1 < len(original) and original[at + 1].islower())


def _in_hashtag(text: ListingText, ls: int, le: int, word_chars: frozenset[str]) -> bool:
    """A hit inside a hashtag whose other letters are common English words (#guccibelt, #fakegucci),
    the hashtag not itself one word (#verbose)."""
    latin = text.latin
    if "#" not in latin:
        return False
    ws, we = _word_around(latin, ls, le, word_chars)
    if ws == 0 or latin[ws - 1] != "#":
        return False
    words = _hashtag_words()
    if latin[ws:we] in words:
        return False
    return _segments(latin[ws:ls], words) and _segments(latin[le:we], words)


def _in_plain_word(latin: str, ls: int, le: int, word_chars: frozenset[str]) -> bool:
    """A hit of three letters or more inside a word of letters and digits that is no common word itself, the
    rest of which is common English words or digits ("shoesnike", "newguccibelt", "sonyheadphonesnew", "newbmw",
    "newmach3"; not "verbose", "shellfish" or "Bosendorfer"). Without a hashtag or a case change to mark the cut
    this is a weak candidate: it counts only with the brand's category and a cue or a low price."""
    if le - ls < 3:
        return False
    ws, we = _word_around(latin, ls, le, word_chars)
    handle = _in_handle(latin, ls, le, word_chars)
    if handle:
        ws += 1  # (signals) an account's handle: "@gucciofficial", "@rolexstoreuk" (leetspeak reads "@" as a letter)
    word = latin[ws:we]
    words = _hashtag_words()
    if not word.isalnum() or word.isdigit() or word in words:
        return False
    if handle and latin[le:we] in HANDLE_REGIONS:  # a brand's regional account: "@adidasuk", "@levisjp", "@nikekr"
        return _segments(latin[ws:ls], words)
    return _segments(latin[ws:ls], words) and _segments(latin[le:we], words)


# the market codes a regional account ends with (ISO 3166 alpha-2 of the large markets, and a few the trade writes)
HANDLE_REGIONS = frozenset("uk us usa jp kr cn hk tw sg my id th vn ph in au nz ca mx br ar cl co de fr it es nl be ch at "
                           "se no dk fi pl cz tr ru ua ae sa eg za ng ke il gr pt ie eu asia latam mena".split())


def _word_around(latin: str, ls: int, le: int, word_chars: frozenset[str]) -> tuple[int, int]:
    """The span [start, end) of the whole word of word characters around the latin span [ls, le)."""
    ws, we = ls, le
    while ws > 0 and latin[ws - 1] in word_chars:
        ws -= 1
    while we < len(latin) and latin[we] in word_chars:
        we += 1
    return ws, we


@lru_cache(maxsize=1)
def _hashtag_words() -> frozenset[str]:
    from services.matcher.core.fuzzy import common_words

    return frozenset(w for w in common_words(HASHTAG_WORD_COUNT) if len(w) > 1 or w in "ai")


HASHTAG_WORD_COUNT = 200_000  # corpus count of the words a hashtag may glue to a mark (symspellpy's list)


def _segments(rest: str, words: frozenset[str]) -> bool:
    """Whether `rest` is empty, digits, or a run of the words (dynamic programming over cut points)."""
    if not rest or rest.isdigit():
        return True
    # forward from the cut points reached so far: a rest that no word starts is rejected after one window
    n = len(rest)
    ok = [True] + [False] * n
    for start in range(n):
        if not ok[start]:
            if not any(ok[max(0, start - 19):start]):
                return False  # no word of up to 20 letters reaches past here
            continue
        for end in range(start + 1, min(n, start + 20) + 1):
            if not ok[end] and (rest[start:end] in words or rest[start:end].isdigit()):
                ok[end] = True
    return ok[n]


def _spelled_on(latin: str, ls: int, le: int, word_chars: frozenset[str]) -> bool:
    """Whether the letters spelt apart at latin[ls:le] go on, one or two more single letters cut by the same separator on
    either side, as a longer word spelt apart: "p*u*m*a*s" is "pumas", "s·o·f·f·i·c·e" is Italian "soffice", not Puma and
    Office (a word of the language, read by the misspellings detector's joined token like any word). Three or more
    letters after it are more words ("N I K E A I R"); another separator is another text ("USB-C - A·P·P·L·E")."""
    first = ls + 1
    while first < le and latin[first] not in word_chars:
        first += 1
    gap = latin[ls + 1:first]
    for step in (1, -1):
        count, at = 0, le if step == 1 else ls - len(gap) - 1
        while count < 3:
            between = latin[at:at + len(gap)] if step == 1 else latin[at + 1:at + 1 + len(gap)]
            letter = at + len(gap) if step == 1 else at
            if between != gap or not 0 <= letter < len(latin) or not latin[letter].isalpha():
                break  # a digit next to it is a number ("1:1 M i c h a e l"), not one more letter of a word
            beyond = letter + step
            if 0 <= beyond < len(latin) and latin[beyond] in word_chars:
                break  # a word of its own, not one more single letter
            count += 1
            at = beyond if step == 1 else letter - len(gap) - 1
        if count in (1, 2):
            return True
    return False


def _split_offsets(span: str, word_chars: frozenset[str]) -> set[int]:
    """Offsets, counted in kept characters, where the span had separators."""
    splits, kept, in_gap = set(), 0, False
    for ch in span:
        if ch in word_chars:
            if in_gap:
                splits.add(kept)
                in_gap = False
            kept += 1
        else:
            in_gap = True
    return splits


def find_wide_terms(table: TermTable, text: ListingText) -> list[TermHit]:
    """Aliases in scripts without word boundaries, matched anywhere in the NFKC view."""
    if text.is_ascii:
        return []
    return [TermHit(term_id, "nfkc", start, end) for start, end, term_id in table.raw_hits(text.nfkc)]
