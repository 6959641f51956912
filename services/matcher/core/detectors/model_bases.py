"""A registered model number cut to its base, or with its suffix changed (rule model_base): "DD1391" or "DD1391-101"
for Nike's DD1391-100, "SM-S928" for SM-S928B, "WH1000" for WH-1000XM5, "15400-PLM" for 15400-PLM-A02, "310.30.42" for
Omega's 310.30.42.50.01.001, "B6067" for B6067417, "04465-022" for 04465-02220, "11428575" for 11428575211.

A copy's listing gives the genuine model's number without the colour code, region letter or version digit the registry
lists: buyers search by the base, and a seller who will not write the brand writes the base with generic words. The
base names the model's brand when it is distinctive enough to be that model's and no other maker's:

- it is a start of the registered number (compact: letters and digits, separators dropped) of five characters or more,
  shorter than the number;
- it holds letters and digits and ends where the number changes between letters and digits or has a separator
  (DD1391|-100, SM-S928|B, WH-1000|XM5, 15400-PLM|-A02), or, ending elsewhere, keeps three fifths of the number or
  more (B6067 of B6067417); a base of digits alone is a plain number (a price, an order, a phone) unless it keeps
  eight digits or more (11428575, 04465-022) or six or more written with the number's own separators at their places
  (310.30.42 for 310.30.42.50.01.001);
- no other brand's registered number starts with it or is it (a base of two brands names neither).

In the listing it is the start of a code: a run of letters and digits, or runs joined by one "-", ".", "/" or "_"
(SM-S928, 15400-PLM, 310.30.42), followed by anything or nothing (DD1391-101: the suffix changed; SM-S928U: the region
letter). A code that is a registered number, or starts with one, is the models detector's. The longest base wins.

A base is a weak candidate, like a reference code (detectors/references.py): the same letters and digits are also
another maker's part number, a lot, an order, so it names the brand only in the brand's categories with a counterfeit
cue or a price far below the floor (`needs_corroboration`, scoring.strongly_corroborated). The evidence names the
registered model it cuts: "'DD1391' is the start of the registered model DD1391-100 (Dunk Low Retro)".

Cost: gated on a code of five letters and digits with a digit (`based`: one regular-expression pass over the latin
view); then a set lookup per start of each such code (a few µs a listing).
"""

from __future__ import annotations

import re

from schemas import Listing, ModelFingerprint, Rule
from services.matcher.core.detectors.base import Catalogue, Detector
from services.matcher.core.normalise import ListingText, compact_key
from services.matcher.core.scoring import Evidence

MIN_BASE = 5  # characters of the compact base at least
SHARE_OFF_CUT = 0.6  # a base ending inside a run of the number keeps this share of it
DIGITS_ALONE = 8  # a base of digits only: this many digits, or
DIGITS_WITH_SEPARATORS = 6  # this many written with the number's own separators at their places
_CODE = re.compile(r"[a-z0-9]+(?:[-./_][a-z0-9]+)*")
_CUT = re.compile(r"[a-z]+|[0-9]+")
_SEPARATORS = re.compile(r"[^a-z0-9]+")
_YES = frozenset({"based"})
# a code from its first digit (`based` takes in the letters before it: the code from its first run holding a digit)
_FROM_DIGIT = re.compile(r"[0-9][a-z0-9]*(?:[-./_][a-z0-9]+)*")
_LOWER_ALNUM = frozenset("abcdefghijklmnopqrstuvwxyz0123456789")
_RUN_START = re.compile(r"[a-z0-9]+$")


def based(text: ListingText) -> frozenset[str]:
    """A gate's token kind: {"based"} when the latin view holds a code of five letters and digits or more with a
    digit (runs joined by one "-", ".", "/" or "_": HEG-00 is one)."""
    latin = text.latin
    for m in _FROM_DIGIT.finditer(latin):
        start = m.start()
        while start and latin[start - 1] in _LOWER_ALNUM:  # the letters before the first digit of its run
            start -= 1
        code = latin[start:m.end()]
        while start > 1 and latin[start - 1] in "-./_" and latin[start - 2].isalnum():  # the runs before it: SM-S928
            start = _RUN_START.search(latin, 0, start - 1).start()
            code = latin[start:m.end()]
        if len(code) >= MIN_BASE and (code.isalnum() or sum(c.isalnum() for c in code) >= MIN_BASE):
            return _YES
    return frozenset()


def _cuts(value: str) -> tuple[set[int], set[int]]:
    """(offsets in the compact number where it changes between letters and digits or has a separator, offsets of its
    separators alone)."""
    cuts, separators, length = set(), set(), 0
    for k, part in enumerate(_SEPARATORS.split(value.lower())):
        if k and length:
            separators.add(length)
        for piece in _CUT.findall(part):
            cuts.add(length)
            length += len(piece)
    return cuts - {0}, separators - {0}


def bases(value: str) -> dict[str, tuple[int, ...]]:
    """{compact base: the offsets of the number's separators the listing must write inside it (a short base of digits
    alone), else ()} for a registered model number, as the module docstring defines a base."""
    key = compact_key(value)
    cuts, separators = _cuts(value)
    out: dict[str, tuple[int, ...]] = {}
    for n in range(MIN_BASE, len(key)):
        base = key[:n]
        digits = base.isdigit()
        if not digits:
            if any(c.isdigit() for c in base) and (n in cuts or n >= SHARE_OFF_CUT * len(key)):
                out[base] = ()
        elif n >= DIGITS_ALONE:
            out[base] = ()
        elif n >= DIGITS_WITH_SEPARATORS and n in cuts and (inside := tuple(s for s in sorted(separators) if s < n)):
            out[base] = inside
    return out


class ModelBaseDetector(Detector):
    name = "model_bases"

    def __init__(self, catalogue: Catalogue) -> None:
        super().__init__(catalogue)
        self._bases: dict[str, list[tuple[int, tuple[int, ...]]]] = {}  # base -> [(fingerprint, separators)]
        self._keys: set[str] = set()  # every registered number, compact
        self._longest = 0

    def add(self, i: int, fp) -> str | None:
        if not isinstance(fp, ModelFingerprint):
            return None
        self._keys.add(compact_key(fp.value))
        for base, separators in bases(fp.value).items():
            self._bases.setdefault(base, []).append((i, separators))
        return None

    def compile(self) -> None:
        brand_of = self.catalogue.fingerprint_brand
        # a base of two brands' numbers, or itself a registered number, names no one
        self._bases = {b: found for b, found in self._bases.items()
                       if b not in self._keys and len({brand_of[i] for i, _ in found}) == 1}
        self._longest = max(map(len, self._bases), default=0)

    def gate(self):
        return {based: _YES} if self._bases else {}

    def detect(self, text: ListingText, listing: Listing) -> list[Evidence]:
        latin = text.latin
        out: list[Evidence] = []
        for m in _CODE.finditer(latin):
            written = m.group()
            if len(written) < MIN_BASE or not any(c.isdigit() for c in written):
                continue
            offsets = [k for k, ch in enumerate(written) if ch.isalnum()]  # where each letter or digit stands
            key = "".join(written[k] for k in offsets)
            if any(key[:n] in self._keys for n in range(3, len(key) + 1)):
                continue  # a registered number, or one with more after it: the models detector's
            separators = {k - n for n, k in enumerate(k for k, ch in enumerate(written) if not ch.isalnum())}
            for n in range(min(len(key), self._longest), MIN_BASE - 1, -1):
                found = self._bases.get(key[:n])
                if not found:
                    continue
                hits = [(i, need) for i, need in found if set(need) <= separators]
                if not hits:
                    continue
                end = m.start() + offsets[n - 1] + 1
                field, s, e, matched = text.locate(*text.original_span("latin", m.start(), end))
                for i, _ in hits:
                    fp = self.fingerprints[i]
                    named = f"{fp.value} ({fp.name})" if fp.name else fp.value
                    out.append(Evidence(Rule.model_base, self.weights.fuzzy_distance_1, i, field, s, e, matched,
                                        fp.value, goods=fp.name or None, needs_corroboration=True,
                                        detail=f"'{matched}' is the start of the registered model {named}, cut to its base "
                                               "or with another suffix; needs the brand's category and a cue or a price "
                                               "far below the floor"))
                break
        return self.in_category(out, text, listing) if out else out

    def memory_bytes(self) -> int:
        return 90 * len(self._bases)

    def stats(self) -> dict[str, int]:
        return {"model_bases": len(self._bases)}
