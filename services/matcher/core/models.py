"""Model numbers (WH-1000XM5 = WH1000XM5 = wh 1000 xm5), looked up by hashing runs of word pieces.

A model number only counts when it starts and ends on word boundaries, where a boundary may
also be a change between letters and digits ("Bose700"). So every hit covers whole *pieces*
of the latin view: runs of letters or of digits (wh|1000|xm|5). Instead of an automaton over
the compact view, the table hashes the concatenation of a few adjacent pieces and looks it up
among the registered keys; the same word checks as for marks then apply (terms.check_hits).

Two shortcuts keep this cheap:
- a run must start with a piece some key starts with ("wh"); the text's pieces come from two
  bytes.translate + split calls (letters only, digits only) and are intersected with one set (first
  pieces and single characters), so a listing without such a piece costs a few C calls;
- a key spans at most as many pieces as it has letter/digit changes plus registered separators,
  except when spelled letter by letter (W H 1 0 0 0 X M 5), which is looked for separately.

Keys are stored as sorted 64-bit hashes (eight bytes a key instead of an automaton node per
character), with the keys themselves in one byte string to confirm a hash hit.
"""

from __future__ import annotations

import re
import string
from array import array
from bisect import bisect_left

import numpy as np

from services.matcher.core.normalise import ListingText, word_wise
from services.matcher.core.terms import Terms, TermHit, check_hits

_PIECE = re.compile(r"[a-z]+|[0-9]+")
_ONLY_LETTERS = bytes(b if chr(b) in string.ascii_lowercase else 32 for b in range(256))
_ONLY_DIGITS = bytes(b if chr(b) in string.digits else 32 for b in range(256))
_SINGLES = frozenset(c.encode() for c in string.ascii_lowercase + string.digits)


@word_wise()
def latin_pieces(text: ListingText) -> list[bytes]:
    """The latin view's pieces: its runs of letters and its runs of digits (a ListingText token kind)."""
    latin_bytes = text.latin_bytes
    return latin_bytes.translate(_ONLY_LETTERS).split() + latin_bytes.translate(_ONLY_DIGITS).split()


class ModelTable(Terms):
    def __init__(self) -> None:
        super().__init__("compact")
        self._hashes = array("q")  # sorted
        self._terms = array("i")  # term id of each sorted hash
        self._keys = b""  # every key, in term id order
        self._key_offsets = array("q", [0])
        self._first_pieces: frozenset[str] = frozenset()
        self._first_pieces_ascii: frozenset[bytes] = frozenset()
        self._gate: frozenset[bytes] = frozenset()  # first pieces and single characters
        self._max_pieces = 0
        self._max_length = 0
        self._spaced: re.Pattern | None = None

    def compile(self) -> None:
        keys = list(self._ids)  # in term id order
        self._ids = {}
        if not keys:
            return
        hashes = np.fromiter(map(hash, keys), dtype=np.int64, count=len(keys))
        order = np.argsort(hashes, kind="stable")
        # plain arrays: one lookup indexes them a few times, and numpy scalars cost more than ints
        self._hashes = array("q", hashes[order].tobytes())
        self._terms = array("i", order.astype(np.int32).tobytes())
        lengths = np.fromiter(map(len, keys), dtype=np.int64, count=len(keys))
        self._keys = "".join(keys).encode("ascii")
        self._key_offsets = array("q", np.concatenate(([0], np.cumsum(lengths))).astype(np.int64).tobytes())
        first, max_pieces = set(), 1
        for term_id, key in enumerate(keys):
            class_cuts, cut = set(), 0
            for piece in _PIECE.findall(key):
                cut += len(piece)
                class_cuts.add(cut)
            first_cut = len(_PIECE.match(key).group())
            separators = self.separators(term_id)
            first.update(key[:s] for s in separators if s < first_cut)
            first.add(key[:first_cut])
            max_pieces = max(max_pieces, len(class_cuts) + len(separators - class_cuts))
        self._first_pieces = frozenset(first)
        self._first_pieces_ascii = frozenset(p.encode("ascii") for p in first)
        self._gate = self._first_pieces_ascii | _SINGLES
        self._max_pieces = max_pieces
        self._max_length = int(lengths.max())
        shortest = int(lengths.min())
        # at least `shortest` single characters in a row, each apart from the next
        self._spaced = re.compile(rf"(?:[a-z0-9][^a-z0-9]+){{{max(shortest - 1, 1)}}}[a-z0-9]")

    @property
    def gate_words(self) -> frozenset[bytes]:
        """The pieces (token kind `latin_pieces`) without one of which `raw_hits` finds nothing: the pieces keys start
        with, and single characters (keys spelled letter by letter)."""
        return self._gate

    def memory_bytes(self) -> int:
        return (8 * len(self._hashes) + 4 * len(self._terms) + len(self._keys) + 8 * len(self._key_offsets)
                + 100 * len(self._first_pieces) + super().memory_bytes())

    def _term(self, key: str) -> int | None:
        h = hash(key)
        at = bisect_left(self._hashes, h)
        encoded = key.encode("ascii")
        while at < len(self._hashes) and self._hashes[at] == h:
            term_id = self._terms[at]
            if self._keys[self._key_offsets[term_id]:self._key_offsets[term_id + 1]] == encoded:
                return term_id
            at += 1
        return None

    def raw_hits(self, text: ListingText) -> list[tuple[int, int, int]]:
        """(start, end, term id) in the compact view for every run of pieces that spells a key."""
        if self._spaced is None:
            return []
        # the text's pieces (runs of letters, runs of digits) that start a key or are single characters, in one
        # set operation; most listings have none that start a key and no spaced letters
        gate = self._gate.intersection(text.tokens(latin_pieces))
        if not gate:
            return []
        starts_a_key = not self._first_pieces_ascii.isdisjoint(gate)
        latin = text.latin
        spaced = not _SINGLES.isdisjoint(gate) and self._spaced.search(latin) is not None
        if not (starts_a_key or spaced):
            return []
        pieces = _PIECE.findall(latin)
        starts = [0]  # compact offset of each piece
        for piece in pieces:
            starts.append(starts[-1] + len(piece))
        runs = [(i, min(i + self._max_pieces, len(pieces))) for i, p in enumerate(pieces) if p in self._first_pieces]
        if spaced:
            runs.extend(self._spaced_runs(latin, pieces))
        hits = set()
        for first, stop in runs:
            key = ""
            for j in range(first, stop):
                key += pieces[j]
                if len(key) > self._max_length:
                    break
                term_id = self._term(key)
                if term_id is not None:
                    hits.add((starts[first], starts[j + 1], term_id))
        return sorted(hits, key=lambda h: (h[1], -h[0]))

    def _spaced_runs(self, latin: str, pieces: list[str]) -> list[tuple[int, int]]:
        """(first, stop) piece ranges to try for keys spelled letter by letter: from each single
        character to the end of its row of single characters each apart from the next."""
        spans = [m.span() for m in _PIECE.finditer(latin)]
        runs, row_end = [], len(pieces)
        for i in range(len(pieces) - 1, -1, -1):
            if len(pieces[i]) != 1:
                row_end = i
                continue
            if i + 1 < len(pieces) and (len(pieces[i + 1]) != 1 or spans[i][1] == spans[i + 1][0]):
                row_end = i + 1
            runs.append((i, row_end))
        return runs


def find_models(table: ModelTable, text: ListingText) -> list[TermHit]:
    return check_hits(table, text, table.raw_hits(text), models=True)
