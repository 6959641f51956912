"""Text drawn with characters, read back as the letters it draws (detectors/drawn.py; issue 9, outsider17's
c_figlet_banner17).

A seller who will not write the mark draws it: a FIGlet/toilet banner of `#`, `*`, `█`, box-drawing or `/ \\ _ |`
characters over several lines, letters made of the letter itself, emoji squares; or the letters stacked one a line.
A buyer reads them at once; no view of the text holds them. This module is a small OCR for character art whose
templates are the fonts of a maintained FIGlet library (pyfiglet, pinned; `FONTS`), and returns what a block reads as
plain text, which the detector hands to the ordinary readers of marks (so a misspelt or look-alike banner is read as
the same letters written would be).

Blocks (`blocks`): runs of three to MAX_ROWS neighbouring lines that are drawn (`_drawn_line`: mostly characters that
are no letters or digits, or runs of one repeated letter with wide gaps, as "RRRR  OOO  L"); tabs expanded, every
white space character a blank cell, a wide character (emoji squares) two cells; the block's common indent dropped.
Cells are reduced to ink classes (`_class`): blank, solid (`#`, `█`, emoji, letters ...) and the strokes of line art
(`_ - | / \\ ( ) . '`); a block drawn with one or two ink characters is read by ink alone (any ink is ink), so a banner
re-inked with another character reads the same. A block whose every cell is doubled across (`██` for one cell) or
down is halved first.

Two readings of a block, both kept (`read`):
- segmented: the block cut at its blank columns into glyphs, each compared, scaled to one size (SIZE), with every
  glyph of every font by ink (nearest template); reads any bitmap font whose letters stand apart, whatever its size or
  ink, fonts not in the library too (a 5 x 5 `#` font is the `letter` font's shapes);
- fitted: for each font of the block's height (up to MAX_PAD blank rows fewer), a dynamic programme over the block's
  columns placing the font's glyphs (each at its own width, or overlapping its neighbour by one column as FIGlet's
  smushing does: a blank template cell there is no cost), blank columns skipped; reads the fonts whose letters touch
  (standard, slant, doom, ANSI Shadow ...). A reading counts when its cost is at most MAX_COST of the block's ink.

Stacked (`stacked`): three or more neighbouring lines that each hold one letter or one CJK character (blank lines
between them allowed), read top to bottom: R / O / L / E / X, 劳 / 力 / 士.

Cost: `may_hold` is the gate (a listing with two line breaks or more and three neighbouring drawn lines or one-letter
lines); only such listings pay for the reading (the templates are built on first use, about 1 s for all fonts, once a
process).
"""

from __future__ import annotations

import re
import string
import unicodedata
from dataclasses import dataclass
from functools import cache

import numpy as np

MIN_ROWS = 3
MIN_WIDE_ROWS = 2  # a CJK or Hangul name of two characters stacked (古 / 驰)
MAX_ROWS = 16
MAX_COLUMNS = 240
MAX_PAD = 3  # blank rows a block may have fewer than a font (a banner whose blank descender row was dropped)
MAX_COST = 0.34  # a reading's cost (cells wrong) over the block's ink cells
SEGMENT_COST = 0.30  # mean distance of a segmented reading's glyphs to their templates (0..1 per cell)
SURE = 0.12  # a segmented reading this close to its templates is not read again by fitting
SIZE = (8, 6)
DIGIT_PENALTY = 0.04
DIGIT_FIT_PENALTY = 1.0  # cells
# a digit read where a letter is drawn alike: the reading is also given with the letter (5ONY -> SONY)
AS_LETTERS = str.maketrans("0123456789", "OIZEASGTBG")  # rows, columns every glyph is scaled to in the segmented reading
MAX_READINGS = 4
MAX_SHIFT = 8  # cells a flush first row may have lost
MAX_FONTS = 6  # fonts fitted to one block
GLYPHS = string.ascii_uppercase + string.digits + string.ascii_lowercase  # templates; the first of equal shapes kept
# the fonts: FIGlet's standard set and the common banner, block, 3-D, slant and ANSI fonts that banner generators offer
FONTS = ("standard", "banner", "big", "block", "slant", "small", "shadow", "doom", "3-d", "banner3", "banner4",
         "colossal", "ansi_shadow", "ansi_regular", "alphabet", "basic", "univers", "epic", "roman", "lean", "mini",
         "smslant", "rectangles", "starwars", "thick", "thin", "nancyj", "ogre", "future", "smblock", "pagga", "letter",
         "chunky", "stop", "straight", "larry3d", "georgia11", "calvin_s", "cosmic", "rounded", "avatar", "bulbhead",
         "cricket", "cyberlarge", "double", "o8", "puffy", "small_shadow", "smshadow", "stellar", "tanja", "digital",
         "banner3-D", "graceful", "stampatello", "dos_rebel", "electronic", "mono12", "smmono12", "small_slant")

BLANK, SOLID = 0, 1
# the strokes of line art, by what they draw (a cell of another class costs MISMATCH)
_STROKES = {"_": 2, "-": 3, "─": 3, "━": 3, "=": 3, "═": 3, "~": 3, "|": 4, "│": 4, "┃": 4, "║": 4, "!": 4, "/": 5,
            "╱": 5, "\\": 6, "╲": 6, "(": 7, "[": 7, "{": 7, "<": 7, ")": 8, "]": 8, "}": 8, ">": 8, ".": 9, ",": 9,
            "'": 9, "`": 9, ":": 9, ";": 9, '"': 9, "^": 9, "°": 9}
CLASSES = 10
RAGGED = CLASSES  # a template's blank cell outside its row's ink (a neighbour's ink may stand there)
MISMATCH = 0.5  # ink of another stroke
RAGGED_COST = 0.5  # ink where the template has a ragged blank cell
# template class (rows) x block class (columns)
_DIST = np.full((CLASSES + 1, CLASSES), MISMATCH, dtype=np.float32)
_DIST[0, :] = _DIST[:, 0] = 1.0
_DIST[0, 0] = 0.0
np.fill_diagonal(_DIST, 0.0)
_DIST[RAGGED, :] = RAGGED_COST
_DIST[RAGGED, 0] = 0.0
_ONE_LETTER = re.compile(r"^[^\w]*(\w)[^\w]*$")


BLANK_LOOKING = frozenset("⬜◻◽▫□⚪")  # white squares and circles drawn as the page between emoji ink


def _class(ch: str) -> int:
    if ch == " " or ch in BLANK_LOOKING:
        return BLANK
    return _STROKES.get(ch, SOLID)


def _width(ch: str) -> int:
    return 2 if unicodedata.east_asian_width(ch) in "WF" else 1


# --------------------------------------------------------------------------------------------- blocks


def _cells(line: str) -> list[str]:
    """A line as display cells: tabs to the next multiple of 8, white space blank, a wide character two cells, zero-width
    and combining characters dropped."""
    out: list[str] = []
    for ch in line:
        if ch == "\t":
            out.extend(" " * (8 - len(out) % 8))
        elif ch.isspace():
            out.append(" ")
        elif unicodedata.category(ch) in ("Mn", "Me", "Cf"):
            continue
        else:
            out.extend(ch * _width(ch))
    return out


def _drawn_line(line: str) -> bool:
    """Whether a line is a row of a drawing: two ink characters or more, and either mostly no letters or digits (three
    in four), or only runs of one repeated letter with a gap of two blanks or more between some ("RRRR  OOO  L")."""
    s = line.strip()
    if len(s) < 2:
        return False
    ink = [ch for ch in s if not ch.isspace()]
    if len(ink) < 2:
        return False
    alnum = sum(ch.isalnum() for ch in ink)
    if alnum * 4 <= len(ink):
        return True
    words = s.split()
    if len(words) < 2:
        return False
    if all(len(set(w)) == 1 for w in words):  # letters made of the letter itself: "RRRR  OOO  L", "R R   o o l"
        return len(words) >= 3 or re.search(r"\S\s{2,}\S", s) is not None
    # letters drawn with a few letters and digits (colossal's d88P Y88b): six distinct characters at most, wide gaps
    return len(set(ink)) <= 6 and re.search(r"\S\s{2,}\S", s) is not None


@dataclass(frozen=True, slots=True)
class Block:
    start: int  # offsets of the block in the text (its first drawn character to its last)
    end: int
    rows: tuple[str, ...]  # the lines as cells (common indent dropped, right-padded)
    flush: bool = False  # its first line begins a field (`blocks`' starts): a stripped indent may be lost


_WIDE = "\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff\uac00-\ud7a3"  # kana, Han, Hangul: a name of two stands stacked
_LINE = r"[^\n]*(?:\S[ \t\u00a0\u3000]{2,}\S|(?:[^\w\s]|_){2})[^\n]*"
# three neighbouring lines each with a gap of two blanks or two symbols (or underscores) side by side (a drawing's rows hold one or the
# other), or three lines of one letter (blank lines between): what `may_hold` then reads exactly
_MAYBE = re.compile(rf"(?:^|\n){_LINE}\n{_LINE}\n{_LINE}|(?:^|\n)[^\w\n]*\w[^\w\n]*\n\s*[^\w\n]*\w[^\w\n]*\n\s*"
                    r"[^\w\n]*\w[^\w\n]*(?:\n|$)"
                    rf"|(?:^|\n)[^\w\n]*[{_WIDE}][^\w\n]*\n\s*[^\w\n]*[{_WIDE}][^\w\n]*(?:\n|$)")


def may_hold(text: str) -> bool:
    """The gate: whether the text may hold a drawn block or stacked letters (three neighbouring drawn lines or lines of
    one letter). Cheap: a count of line breaks, then one regular expression (`_MAYBE`), then the lines."""
    if text.count("\n") < 2 or not _MAYBE.search(text):
        return False
    run = single = wide = 0
    for line in text.split("\n"):
        if _drawn_line(line):
            run += 1
            if run >= MIN_ROWS:
                return True
        else:
            run = 0
        s = line.strip()
        if s and (m := _ONE_LETTER.match(s)):
            single += 1
            wide = wide + 1 if _is_wide(m.group(1)) else 0
            if single >= MIN_ROWS or wide >= MIN_WIDE_ROWS:
                return True
        elif s:
            single = wide = 0
    return False


def _is_wide(ch: str) -> bool:
    return re.match(f"[{_WIDE}]", ch) is not None


def _lines(text: str) -> list[tuple[int, str]]:
    out = []
    at = 0
    for line in text.split("\n"):
        out.append((at, line))
        at += len(line) + 1
    return out


def blocks(text: str, starts: frozenset[int] = frozenset({0})) -> list[Block]:
    """The drawn blocks of a text (MIN_ROWS to MAX_ROWS neighbouring drawn lines); `starts`: where fields begin."""
    out: list[Block] = []
    lines = _lines(text)
    k = 0
    while k < len(lines):
        if not _drawn_line(lines[k][1]):
            k += 1
            continue
        j = k
        while j < len(lines) and _drawn_line(lines[j][1]):
            j += 1
        if MIN_ROWS <= j - k <= MAX_ROWS:
            cells = [_cells(line) for _, line in lines[k:j]]
            indent = min(len(c) - len("".join(c).lstrip(" ")) for c in cells)
            width = max(len(c) for c in cells) - indent
            if 0 < width <= MAX_COLUMNS:
                rows = tuple("".join(c[indent:]).ljust(width) for c in cells)
                first_at, first = lines[k]
                last_at, last = lines[j - 1]
                start = first_at + len(first) - len(first.lstrip())
                end = last_at + len(last.rstrip())
                out.append(Block(start, end, rows, first_at in starts))
        k = j
    return out


def stacked(text: str) -> list[tuple[int, int, str]]:
    """(start, end, letters) of every run of three or more neighbouring lines holding one letter or CJK character each
    (blank lines between them allowed), read top to bottom."""
    out = []
    run: list[tuple[int, int, str]] = []

    def close():
        if len(run) >= MIN_ROWS or (len(run) >= MIN_WIDE_ROWS and all(_is_wide(ch) for *_, ch in run)):
            out.append((run[0][0], run[-1][1], "".join(ch for *_, ch in run)))
        run.clear()

    for at, line in _lines(text):
        s = line.strip()
        if not s:
            continue
        m = _ONE_LETTER.match(s)
        if m and not m.group(1).isdigit() and m.group(1) != "_":
            begin = at + len(line) - len(line.lstrip())
            run.append((begin + m.start(1), begin + m.end(1), m.group(1)))
        else:
            close()
    close()
    return out


# --------------------------------------------------------------------------------------------- templates


@dataclass(slots=True)
class Font:
    name: str
    height: int
    letters: list[str]  # the glyph of each template
    grids: list[np.ndarray]  # each template's class grid (height x its width), blank side columns dropped
    solid: bool  # drawn with ink, not strokes (banner's #, letter's RRRR, █): read by ink alone
    strokes: frozenset[int]  # the stroke classes it draws with
    histogram: np.ndarray  # the share of each class among its ink cells


def _solid(classes: np.ndarray) -> bool:
    """Whether ink cells of these classes are ink, not strokes: nine in ten of them solid."""
    return bool(len(classes)) and float((classes == SOLID).mean()) >= 0.9


def _glyph_rows(font, ch: str) -> list[str] | None:
    rows = font.chars.get(ord(ch))
    if not rows:
        return None
    return [r.replace(font.hardBlank, " ") for r in rows]


@cache
def fonts() -> tuple[Font, ...]:
    """The templates of every font of FONTS (built once a process; a font the library lacks is skipped)."""
    import pyfiglet

    out = []
    for name in FONTS:
        try:
            font = pyfiglet.FigletFont(name)
        except Exception:  # noqa: BLE001 - a font missing from the installed library
            continue
        raw = {ch: rows for ch in GLYPHS if (rows := _glyph_rows(font, ch))}
        if not raw:
            continue
        page = _background([c for rows in raw.values() for row in rows for c in row])
        if page is not None:
            raw = {ch: [row.replace(page, " ") for row in rows] for ch, rows in raw.items()}
        height = max(len(r) for r in raw.values())
        grids = {ch: np.array([[_class(c) for c in row.ljust(max(map(len, rows)))] for row in
                               rows + [""] * (height - len(rows))], dtype=np.int8) for ch, rows in raw.items()}
        ink_rows = np.flatnonzero(np.any(np.stack([g.any(axis=1) for g in grids.values()]), axis=0))
        if not len(ink_rows):
            continue
        top, bottom = int(ink_rows[0]), int(ink_rows[-1]) + 1
        letters, kept, seen = [], [], set()
        for ch, g in grids.items():
            g = g[top:bottom]
            cols = np.flatnonzero(g.any(axis=0))
            if not len(cols):
                continue
            g = g[:, cols[0]:cols[-1] + 1]
            key = (g.shape, g.tobytes())
            if key in seen:
                continue
            seen.add(key)
            letters.append(ch)
            kept.append(g)
        classes = np.concatenate([g[g != BLANK] for g in kept])
        strokes = frozenset(int(c) for c in np.unique(classes)) - {SOLID}
        histogram = np.bincount(classes, minlength=CLASSES)[:CLASSES] / len(classes)
        out.append(Font(name, bottom - top, letters, kept, solid=_solid(classes), strokes=strokes,
                        histogram=histogram.astype(np.float32)))
    return tuple(out)


def _scaled(grid: np.ndarray) -> np.ndarray:
    """An ink grid (rows x columns, bool) scaled to SIZE by area, as a flat vector, with its aspect."""
    rows, cols = grid.shape
    r_idx = (np.arange(SIZE[0] * rows) // SIZE[0]).reshape(SIZE[0], rows)
    c_idx = (np.arange(SIZE[1] * cols) // SIZE[1]).reshape(SIZE[1], cols)
    g = grid.astype(np.float32)
    scaled = g[r_idx][:, :, c_idx].mean(axis=(1, 3))
    return scaled.ravel()


@cache
def _bank() -> tuple[np.ndarray, np.ndarray, list[str]]:
    """Every font's glyphs (their cap-height rows: the rows where its capitals have ink) scaled to SIZE: (vectors,
    aspects, letters)."""
    vectors, aspects, letters = [], [], []
    for font in fonts():
        caps = [g for ch, g in zip(font.letters, font.grids) if ch.isupper()]
        if not caps:
            continue
        height = max(g.shape[0] for g in font.grids)
        ink = np.zeros(height, dtype=bool)
        for g in caps:
            ink[:g.shape[0]] |= g.any(axis=1)
        rows = np.flatnonzero(ink)
        top, bottom = rows[0], rows[-1] + 1
        for ch, g in zip(font.letters, font.grids):
            if not ch.isupper() and not ch.isdigit():
                continue  # the segmented reading crops to the block's ink: lower-case letters are read by the fitted one
            g = g[top:bottom] != BLANK
            cols = np.flatnonzero(g.any(axis=0))
            if not len(cols) or not g.any():
                continue
            g = g[:, cols[0]:cols[-1] + 1]
            vectors.append(_scaled(g))
            aspects.append(g.shape[1] / g.shape[0])
            letters.append(ch)
    return np.stack(vectors), np.array(aspects, dtype=np.float32), letters


# --------------------------------------------------------------------------------------------- reading


PAGE = ".·:-_░⬜◻▫□⚪"  # characters a drawing may fill its page with instead of blanks


def _background(cells: list[str]) -> str | None:
    """The character a drawing fills its page with instead of blanks (banner4's '.'): a light one (PAGE) that covers
    one cell in four or more of a drawing drawn with two or three characters."""
    counts: dict[str, int] = {}
    for c in cells:
        if c != " ":
            counts[c] = counts.get(c, 0) + 1
    if not 2 <= len(counts) <= 3:
        return None
    pages = [c for c in counts if c in PAGE]
    if len(pages) != 1:
        return None
    return pages[0] if counts[pages[0]] * 4 >= len(cells) else None


def _grid(rows: tuple[str, ...]) -> tuple[np.ndarray, bool]:
    """The class grid of a block's rows, blank rows at the top and bottom dropped, doubled cells halved; and whether it
    is drawn with one or two ink characters (read by ink alone)."""
    page = _background([c for row in rows for c in row])
    if page is not None:
        rows = tuple(row.replace(page, " ") for row in rows)
    grid = np.array([[_class(c) for c in row] for row in rows], dtype=np.int8)
    inks = {c for row in rows for c in row if c != " " and c not in BLANK_LOOKING}
    solid = len(inks) <= 2 or _solid(grid[grid != BLANK])
    ink_rows = np.flatnonzero(grid.any(axis=1))
    if not len(ink_rows):
        return grid[:0], solid
    ink_cols = np.flatnonzero(grid.any(axis=0))
    grid = grid[ink_rows[0]:ink_rows[-1] + 1, ink_cols[0]:ink_cols[-1] + 1]
    if grid.shape[1] >= 4:  # every cell doubled across (emoji, or "██" for one cell): halved
        even = grid if grid.shape[1] % 2 == 0 else np.pad(grid, ((0, 0), (0, 1)))
        if np.array_equal(even[:, 0::2], even[:, 1::2]):
            grid = even[:, 0::2]
    if grid.shape[0] % 2 == 0 and grid.shape[0] >= 6 and np.array_equal(grid[0::2], grid[1::2]):
        grid = grid[0::2]
    return grid, solid


def _segments(ink: np.ndarray) -> list[tuple[int, int]]:
    cols = ink.any(axis=0)
    out = []
    k = 0
    while k < len(cols):
        if not cols[k]:
            k += 1
            continue
        j = k
        while j < len(cols) and cols[j]:
            j += 1
        out.append((k, j))
        k = j
    return out


def _words(letters: list[str], spans: list[tuple[int, int]]) -> str:
    """Letters joined, a space where the gap between two is wider than the usual gap by more than 2 cells."""
    if not letters:
        return ""
    gaps = [spans[k + 1][0] - spans[k][1] for k in range(len(spans) - 1)]
    usual = sorted(gaps)[len(gaps) // 2] if gaps else 0
    out = letters[0]
    for k, gap in enumerate(gaps):
        out += (" " if gap > max(usual + 2, usual * 2) else "") + letters[k + 1]
    return out


@cache
def _digit_penalty() -> np.ndarray:
    """DIGIT_PENALTY for each digit of the bank: a digit drawn like a letter (5 and S, 0 and O) is read as the letter."""
    return np.array([DIGIT_PENALTY if ch.isdigit() else 0.0 for ch in _bank()[2]], dtype=np.float32)


def _segmented(grid: np.ndarray, solid: bool) -> tuple[str, float] | None:
    """The block cut at its blank columns, each piece the nearest template by ink: (reading, mean distance)."""
    ink = grid != BLANK
    spans = _segments(ink)
    if len(spans) < 2:
        return None
    vectors, aspects, letters = _bank()
    digit_penalty = _digit_penalty()
    height = grid.shape[0]
    read, total = [], 0.0
    for s, e in spans:
        g = ink[:, s:e]
        v = _scaled(g)
        d = (np.abs(vectors - v).mean(axis=1) + 0.15 * np.abs(np.log((aspects + 0.05) / ((e - s) / height + 0.05)))
             + digit_penalty)
        k = int(np.argmin(d))
        read.append(letters[k])
        total += float(d[k])
    return _words(read, spans), total / len(spans)


def _fitted(grid: np.ndarray, font: Font, by_ink: bool) -> tuple[str, float] | None:
    """The best placement of the font's glyphs over the block's columns: (reading, cost over ink cells)."""
    height, width = grid.shape
    pad = font.height - height
    if pad < 0 or pad > MAX_PAD:
        return None
    block = (grid != BLANK).astype(np.int8) if by_ink else grid
    ink_cells = int((grid != BLANK).sum())
    if not ink_cells:
        return None
    templates = _prepared(font.name, by_ink)
    best: tuple[str, float] | None = None
    for offset in range(pad + 1):
        padded = np.zeros((font.height, width), dtype=np.int8)
        padded[offset:offset + height] = block
        reading = _place(padded, templates, font.letters)
        if reading is not None and (best is None or reading[1] < best[1]):
            best = reading
    if best is None:
        return None
    return best[0], best[1] / ink_cells


def _ragged(tpl: np.ndarray) -> np.ndarray:
    """The template with its ragged blank cells (left of a row's first ink cell, right of its last) marked RAGGED:
    where a neighbouring glyph may reach when FIGlet fits or smushes two glyphs together."""
    out = tpl.copy()
    for r in range(tpl.shape[0]):
        ink = np.flatnonzero(tpl[r] != BLANK)
        if not len(ink):
            out[r, :] = RAGGED
        else:
            out[r, :ink[0]] = RAGGED
            out[r, ink[-1] + 1:] = RAGGED
    return out


@dataclass(slots=True)
class Prepared:
    """A font's templates ready for fitting: ragged cells marked, grouped by width, with their pruning bounds."""
    widths: list[int]
    groups: list[tuple[int, list[int], np.ndarray]]  # (width, template positions, costs k x h x w x classes)
    bound: np.ndarray  # n x 1
    maxw: int
    penalty: np.ndarray  # n x 1: DIGIT_FIT_PENALTY for a digit (5 and S, 1 and l drawn alike: the letter is read)


@cache
def _prepared(name: str, by_ink: bool) -> Prepared:
    font = next(f for f in fonts() if f.name == name)
    templates = [_ragged((g != BLANK).astype(np.int8) if by_ink else g) for g in font.grids]
    by_width: dict[int, list[int]] = {}
    for g, tpl in enumerate(templates):
        by_width.setdefault(tpl.shape[1], []).append(g)
    # each group's costs against every block class (k x h x w x classes): a placement's cost is one dot product
    groups = [(w, members, _DIST[np.stack([templates[g] for g in members])]) for w, members in by_width.items()]
    bound = np.array([PRUNE * int(((g != BLANK) & (g != RAGGED)).sum()) + 1.0 for g in templates],
                     dtype=np.float32)[:, None]
    penalty = np.array([DIGIT_FIT_PENALTY if ch.isdigit() else 0.0 for ch in font.letters], dtype=np.float32)[:, None]
    return Prepared([g.shape[1] for g in templates], groups, bound, max(g.shape[1] for g in templates), penalty)


def _charges(block: np.ndarray, prepared: Prepared) -> np.ndarray:
    """Per template and first column x, the cost of placing it there (n x width+1); templates of one width together."""
    height, width = block.shape
    ext = np.zeros((height, width + prepared.maxw), dtype=np.int8)
    ext[:, :width] = block
    present = np.unique(ext)  # the classes the block holds: one-hot over those only
    onehot = (ext[:, :, None] == present).astype(np.float32)  # h, columns, present
    cost = np.empty((len(prepared.widths), width + 1), dtype=np.float32)
    for w, members, tensor in prepared.groups:
        flat = tensor[..., present].reshape(len(members), -1)
        win = np.lib.stride_tricks.sliding_window_view(onehot, w, axis=1)[:, :width + 1]  # h, pos, present, w
        win = win.transpose(1, 0, 3, 2).reshape(width + 1, -1)  # pos, h*w*present
        cost[members] = np.einsum("ij,kj->ik", flat, win)  # (no BLAS: its threads cost more than these small products)
    return cost + prepared.penalty


PRUNE = 0.45  # a placement costing more than this share of its template's ink cells (plus one) is never taken
MAX_OVERLAP = 3  # columns a glyph's box may overlap its left neighbour's (kerning and smushing of ragged glyphs)


def _place(block: np.ndarray, prepared: Prepared, letters: list[str]) -> tuple[str, float] | None:
    """Dynamic programme over the columns: best[e] the least cost of reading columns [0, e), a glyph's box starting up
    to MAX_OVERLAP columns before the end of the previous one's (its ragged cells cost RAGGED_COST). Only placements
    that fit well enough (PRUNE) are tried."""
    height, width = block.shape
    widths = prepared.widths
    cost = _charges(block, prepared)
    bound = prepared.bound
    by_end: dict[int, list[tuple[int, int, float]]] = {}
    for g, x in zip(*np.nonzero(cost <= bound)):
        e = int(x) + widths[g]
        if e <= width:
            by_end.setdefault(e, []).append((int(g), int(x), float(cost[g, x])))
    column_ink = (block != BLANK).sum(axis=0).tolist()
    inf = float("inf")
    best = [inf] * (width + 1)
    back: list = [None] * (width + 1)
    best[0] = 0.0
    for e in range(1, width + 1):
        value, how = best[e - 1] + column_ink[e - 1], (e - 1, -1, e - 1)
        for g, x, c in by_end.get(e, ()):
            for k in range(0, MAX_OVERLAP + 1):
                at = x + k
                if at >= e or (k and at > width):
                    break
                v = best[at] + c
                if v < value:
                    value, how = v, (at, g, x)
        best[e], back[e] = value, how
    if best[width] == inf:
        return None
    read: list[str] = []
    spans: list[tuple[int, int]] = []
    t = width
    while t > 0:
        prev, g, first = back[t]
        if g >= 0:
            read.append(letters[g])
            spans.append((first, t))
        t = prev
    read.reverse()
    spans.reverse()
    if len(read) < 2:
        return None
    return _words(read, spans), float(best[width])


def _likely_fonts(grid: np.ndarray, by_ink: bool) -> list[Font]:
    """The fonts of the block's height (up to MAX_PAD rows more) and ink, nearest first by the share of each stroke
    among the ink cells, at most MAX_FONTS (a block of line art drawn with strokes a font never draws is not its)."""
    ink = grid[grid != BLANK]
    histogram = np.bincount(ink, minlength=CLASSES)[:CLASSES] / max(len(ink), 1)
    strokes = frozenset(int(c) for c in np.unique(ink)) - {SOLID}
    near = []
    for font in fonts():
        if font.solid != by_ink or font.height < grid.shape[0] or font.height - grid.shape[0] > MAX_PAD:
            continue
        if not by_ink and len(strokes - font.strokes) > 1:
            continue
        near.append(((font.height - grid.shape[0]) * 0.1 + (0.0 if by_ink else float(np.abs(font.histogram - histogram).sum())), font.name, font))
    near.sort(key=lambda t: t[:2])
    return [font for *_, font in near[:MAX_FONTS]]


def _scored(rows: tuple[str, ...], fit: bool) -> list[tuple[float, str]]:
    """(cost, reading) of a block: the segmented reading, and with `fit` the fitted reading of every likely font."""
    grid, by_ink = _grid(rows)
    if grid.shape[0] < MIN_ROWS - 1 or grid.shape[1] < 3:
        return []
    found: list[tuple[float, str]] = []
    if not fit:
        seg = _segmented(grid, by_ink)
        if seg is not None and seg[1] <= SEGMENT_COST:
            found.append((seg[1], seg[0]))
        return found
    for font in _likely_fonts(grid, by_ink):
        got = _fitted(grid, font, by_ink)
        if got is not None and got[1] <= MAX_COST:
            found.append((got[1], got[0]))
            if got[1] <= SURE:
                break
    return found


def _aligned(variants: list[tuple[str, ...]]) -> int:
    """The variant (by position) whose first row's ink stands most over the second row's ink (within a cell either
    side): where a stripped first row of line art belongs (its underscores roof the strokes below)."""
    best, at = -1, 0
    for k, rows in enumerate(variants):
        if len(rows) < 2:
            continue
        top, below = rows[0], rows[1]
        score = sum(1 for c, ch in enumerate(top) if ch != " " and any(
            0 <= c + d < len(below) and below[c + d] != " " for d in (-1, 0, 1)))
        if score > best:
            best, at = score, k
    return at


def read(rows: tuple[str, ...], flush: bool = False) -> list[str]:
    """What a drawn block reads as (at most MAX_READINGS readings, the best first; none when nothing reads well):
    the segmented reading, and only when none is SURE the fitted ones (of the best variant). flush: the block
    begins its field, whose leading white space a marketplace may have stripped, so its first row may have lost its
    indent: read also with that row moved right by 1 to MAX_SHIFT cells and by the other rows' indent."""
    variants = [rows]
    if flush and rows[0][:1] != " ":
        indent = min((len(r) - len(r.lstrip(" ")) for r in rows[1:] if r.strip()), default=0)
        for shift in dict.fromkeys([*range(1, MAX_SHIFT + 1), indent, indent + 1, indent + 2, indent + 3]):
            if shift:
                moved = (" " * shift + rows[0], *rows[1:])
                width = max(map(len, moved))
                variants.append(tuple(r.ljust(width) for r in moved))
    scored = [(min(found)[0] if (found := _scored(v, False)) else 9.0, k, found) for k, v in enumerate(variants)]
    scored.sort()
    found = [f for _, _, got in scored for f in got]
    if not found or min(found)[0] > SURE:
        # fitted: the variant whose first row sits best on the second (a stroke above a stroke), and the best segmented
        for k in dict.fromkeys([_aligned(variants), scored[0][1]]):
            found += _scored(variants[k], True)
    found.sort()
    out: list[str] = []
    for _, reading in found:
        reading = reading.upper()
        for r in dict.fromkeys((reading, reading.translate(AS_LETTERS))):
            if r not in out:
                out.append(r)
        if len(out) >= MAX_READINGS:
            break
    return out[:MAX_READINGS + 1]
