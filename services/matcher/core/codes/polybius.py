"""The mark in a Polybius square or the tap code ("42 34 31 15 53" is "rolex"; ".... .. / ... ..." tapped).

The Polybius square writes each letter as its row and column in a 5x5 grid of the alphabet (A=11, B=12 ... E=15, F=21
... Z=55), I and J sharing a cell (24; K is 25). The tap code, the prisoners' knock code, writes the same grid with C
and K sharing a cell instead (K is tapped as C, 13; J is 25) and is tapped, or written, as groups of one to five dots or
knocks, row then column (Wikipedia, "Polybius square" and "Tap code"; the two grids are written out below, not taken from
a library). A letter is a pair of digits 1-5 (11-55); letters stand apart as positions.py's numbers do (a hyphen, a
full stop, a comma, a middle dot, a colon or white space), words by "/", "|" or three spaces. A run is THREE pairs or
more, every one of them a cell; a run of digits 1-5 written together ("4234311553") is read only when the listing
names the code. Each cell that holds two letters (I/J, C/K) is read both ways.

Tapped dots (".... ..", "•••• ••") are read only when the listing names the tap code (dots are Morse's otherwise):
groups of one to five dots a space apart, paired in order, letters and words apart by "/" or three spaces as above.

A run is weak evidence: with a word that names the code (`TOLD`: Polybius, "tap code", "knock code", "5x5 square",
坐标, 棋盘密码, квадрат Полибия ...) it names the brand in its category; after "brand"/"marca"/"Marke" ... (`hinted`)
or standing alone in brackets ("[42 34 31 15 53]": set apart as a name, not a list of numbers), it needs the category
with a cue or a low price; otherwise a cue that claims a copy too (scores, sizes and dates are
pairs of small digits now and then: 41 42 43 is "qrs", no mark; prices and sizes past 55 or with a 0, 6-9 never read).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from services.matcher.core.prefilter import gated
from services.matcher.core.codes import Hit, Marks, brand_before
from services.matcher.core.codes.positions import _LETTER_GAP, _WORD_GAP, _spelt

NAME = "polybius square"
MIN_RUN = 3
MAX_READINGS = 16  # readings of one run at most (each I/J or C/K cell doubles them)
POLYBIUS = "abcdefghiklmnopqrstuvwxyz"  # row by row, J in I's cell
TAP = "abcdefghijlmnopqrstuvwxyz"  # row by row, K in C's cell
SHARED = {("polybius", "i"): "ij", ("tap", "c"): "ck"}
# (speed32) each expression opens with the character class it needs, its look-behind after it (`(?<![^\W_])` before
# the first character is `(?<![^\W_].)` after it): the engine skips to the positions holding one (~6x and ~3x faster
# over a text, the same matches)
_PAIR = re.compile(r"[1-5](?<![^\W_].)[1-5](?![^\W_])")
_WRITTEN_TOGETHER = re.compile(r"(?<![^\W_])(?:[1-5][1-5]){3,12}(?![^\W_])")
_DOTS = re.compile(r"(?<![.•·])(?:[.•·]{1,5})(?![.•·])")
_LONE_DOTS = re.compile(r"[.•·](?<!\S.)[.•·]{0,4}(?!\S)")
_DOT_GAP = re.compile(r"[ \t\u00a0]{1,2}")
TOLD = gated(re.compile(r"polyb|polib|полиби|πολύβ|tap[- ]?code|knock[- ]?code|klopf[- ]?(?:code|zeichen)|code des prisonniers|"
                        r"c[oó]digo de golpes|5 ?[x×] ?5 (?:square|grid|table|carr|quadr|cuadr|raster|tabel)|"
                        r"(?:square|grid) (?:cipher|code)|row (?:then|and|,) column|fila y columna|ligne (?:et|puis) colonne|"
                        r"zeile (?:und|dann) spalte|棋盘密码|波利比奥斯|坐标|敲击码|敲擊碼|ポリュビオス|タップコード|폴리비오스|탭 코드",
                        re.I))


def _letters(row: int, col: int, grid: str) -> str:
    """The letters of a cell (two for a shared one)."""
    letter = (POLYBIUS if grid == "polybius" else TAP)[(row - 1) * 5 + col - 1]
    return SHARED.get((grid, letter), letter)


class Polybius:
    name = NAME
    latin_words: frozenset[str] = frozenset()

    def opens(self, piece: str) -> bool:
        # (a lone group of dots, whatever stands round it, so that a text opens as its pieces between white space do)
        return _PAIR.search(piece) is not None or _LONE_DOTS.search(piece) is not None

    def decode(self, text: str, marks: Marks) -> Iterator[Hit]:
        told = TOLD.search(text) is not None
        runs = _runs(text, _PAIR, _LETTER_GAP)
        if told:
            for m in _WRITTEN_TOGETHER.finditer(text):
                digits = m.group()
                runs.append([[(m.start() + k, m.start() + k + 2, digits[k:k + 2]) for k in range(0, len(digits), 2)]])
            runs += _dot_runs(text)
        seen = set()
        for run in runs:
            hinted = told or brand_before(text, run[0][0][0]) or _set_apart(text, run[0][0][0], run[-1][-1][1])
            for grid in ("polybius", "tap"):
                for letters in _readings(run, grid):
                    for hit in _spelt(letters, marks):
                        if (hit.start, hit.end, hit.mark) in seen:
                            continue
                        seen.add((hit.start, hit.end, hit.mark))
                        key = "Polybius square" if grid == "polybius" else "tap code"
                        yield Hit(hit.start, hit.end, hit.mark, f"'{text[hit.start:hit.end]}' ({key}): {hit.mark}",
                                  hinted=hinted, told=told)


_OPEN, _CLOSE = "([{【〔（［", ")]}】〕）］"


def _set_apart(text: str, start: int, end: int) -> bool:
    """Whether the run stands alone in brackets ("[42 34 31 15 53]"): a code set apart as the name, not a list."""
    before, after = text[:start].rstrip(), text[end:].lstrip()
    return bool(before) and bool(after) and before[-1] in _OPEN and after[0] in _CLOSE


def _runs(text: str, cell: re.Pattern, gap: re.Pattern) -> list[list[list[tuple[int, int, str]]]]:
    """Runs of words of cells (start, end, the two digits) of MIN_RUN cells or more."""
    runs: list[list[list[tuple[int, int, str]]]] = []
    last = None
    for m in cell.finditer(text):
        between = None if last is None else text[last:m.start()]
        word_gap = between is not None and _WORD_GAP.fullmatch(between) is not None
        if between is None or not (word_gap or gap.fullmatch(between)):
            runs.append([[]])
        elif word_gap:
            runs[-1].append([])
        runs[-1][-1].append((m.start(), m.end(), m.group()))
        last = m.end()
    return [r for r in runs if sum(map(len, r)) >= MIN_RUN]


def _dot_runs(text: str) -> list[list[list[tuple[int, int, str]]]]:
    """Tapped dots as runs of cells: groups of dots a space apart paired in order (a word's odd group out ends it)."""
    out = []
    for run in _runs(text, _DOTS, _DOT_GAP):
        cells = []
        for word in run:
            cells.append([(a[0], b[1], f"{len(a[2])}{len(b[2])}") for a, b in zip(word[::2], word[1::2])])
        cells = [w for w in cells if w]
        if sum(map(len, cells)) >= MIN_RUN:
            out.append(cells)
    return out


def _readings(run: list[list[tuple[int, int, str]]], grid: str) -> list[list[list[tuple[int, int, str | None]]]]:
    """The run's letters in a grid, one reading per choice of the shared cells' letters (at most MAX_READINGS)."""
    readings: list[list[list[tuple[int, int, str | None]]]] = [[[] for _ in run]]
    for w, word in enumerate(run):
        for s, e, digits in word:
            options = _letters(int(digits[0]), int(digits[1]), grid)
            if len(readings) * len(options) > MAX_READINGS:
                options = options[:1]
            readings = [[list(x) for x in r] for r in readings for _ in options]
            for k, r in enumerate(readings):
                r[w].append((s, e, options[k % len(options)]))
    return readings


CODE = Polybius()
