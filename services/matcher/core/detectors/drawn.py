"""The mark drawn with characters (rule drawn; issue 9, outsider17's c_figlet_banner17): a FIGlet/toilet banner of `#`,
`*`, `█`, box-drawing or `/ \\ _ |` characters over several lines, letters made of the letter itself, emoji squares, or
the letters stacked one a line (R / O / L / E / X, 劳 / 力 / 士).

core/drawn.py reads a drawn block back as the letters it draws (a small OCR whose templates are pyfiglet's fonts) and
a stack of one-letter lines top to bottom; each reading is handed to the ordinary readers of marks (`READERS`: exact
marks and aliases, misspellings, wide aliases), so a misspelt or look-alike banner is read as the same letters written
would be. The readings of a block are asked best first, and the first that names a mark is the block's (a worse reading
of the same drawing names nothing else). A reading counts only where the reader's hit covers whole words of it; the
evidence spans the whole block,
keeps the reader's weight and corroboration needs (a banner is the mark itself: no weaker than the title; a misread
letter or a weak reading stays the weak candidate the reader made it) and names the reading ("drawn as character art,
read 'ROLEX'; read as exact: ...").

Gate: a listing-wide token function, `drawn.may_hold`: two line breaks or more and three neighbouring drawn lines or
one-letter lines (a count of line breaks first). Cost: see core/drawn.py (the reading itself, 1-60 ms a block, is
paid only by listings that hold one).
"""

from __future__ import annotations

from collections.abc import Sequence

from schemas import Listing, MarkFingerprint, Rule
from services.matcher.core import drawn
from services.matcher.core.detectors.base import Catalogue, Detector
from services.matcher.core.normalise import ListingText
from services.matcher.core.scoring import Evidence

READERS = ("marks", "misspellings", "wide_aliases")  # detectors.base.Detector.name
BANNER = "drawn as character art"
STACKED = "written down the lines, one letter a line"


def _drawn(text: ListingText) -> tuple[str, ...]:
    """The gate's token kind (the whole listing's: a drawing spans lines)."""
    return ("drawn",) if drawn.may_hold(text.original) else ()


class DrawnDetector(Detector):
    name = "drawn"

    def __init__(self, catalogue: Catalogue) -> None:
        super().__init__(catalogue)
        self._marks = False
        self._readers: list[Detector] = []

    def add(self, i: int, fp) -> str | None:
        if isinstance(fp, MarkFingerprint):
            self._marks = True
        return None

    def see(self, detectors: Sequence[Detector]) -> None:
        self._readers = [d for d in detectors if d.name in READERS]

    def gate(self):
        return {_drawn: frozenset({"drawn"})} if self._marks else {}

    def detect(self, text: ListingText, listing: Listing) -> list[Evidence]:
        if not self._readers or not text.tokens(_drawn):
            return []
        original = text.original
        readings: list[tuple[int, int, str, str]] = []
        starts = frozenset({0, text.field_offset("description")})
        for block in drawn.blocks(original, starts):
            readings += [(block.start, block.end, r, BANNER) for r in drawn.read(block.rows, block.flush)]
        readings += [(s, e, letters, STACKED) for s, e, letters in drawn.stacked(original)]
        found: list[Evidence] = []
        seen: set[tuple[int, int, int]] = set()
        read_at: set[tuple[int, int]] = set()  # blocks a reading of which named a mark: their worse readings unasked
        for start, end, reading, how in readings:
            if (start, end) in read_at:
                continue
            view = ListingText(reading, "")
            for reader in self._readers:
                for e in reader.detect(view, listing):
                    if e.start is None or e.field != "title" or e.fingerprint is None:
                        continue
                    if (e.start and reading[e.start - 1].isalnum()) or (e.end < len(reading) and reading[e.end].isalnum()):
                        continue  # inside a word of the reading
                    read_at.add((start, end))
                    key = (e.fingerprint, start, end)
                    if key in seen:
                        continue
                    seen.add(key)
                    field, s, t, matched = text.locate(start, end)
                    found.append(Evidence(
                        Rule.drawn, e.weight, e.fingerprint, field, s, t, matched, e.term, distance=e.distance,
                        detail=f"the mark {how}, read '{reading}'; read as {e.rule.value}: {e.detail}".rstrip(": "),
                        everyday=e.everyday, needs_corroboration=e.needs_corroboration, needs_cue=e.needs_cue,
                        needs_copy_cue=e.needs_copy_cue, in_category_enough=e.in_category_enough))
        return self.in_category(found, text, listing)

    def stats(self) -> dict[str, int]:
        return {"drawn_fonts": len(drawn.FONTS)}
