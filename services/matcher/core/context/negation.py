"""Negated mentions: "organic yogurt starter culture (not Danone)", "non-Bose", "unlike Bose",
"not affiliated with or endorsed by Apple", "Bose is not affiliated ...", "不是耐克".

A mention right after a negation ("not", "no", "non-", "unlike", "never", and the same words in a
few other languages), optionally through linking words ("affiliated with", "made by", "a"), or
right before "is not affiliated", says the listing is NOT the brand's: it is no evidence of
identity. "not genuine Nike" is no negation (the mark does not follow the negation directly:
"genuine" is not a linking word), and neither is "Nike shoes, no box".

Comparisons ("alternative to Bose", "better than Bose", "vs Bose") name another product the
same way, and count as negations here too.

`Negations(text).before(start)` answers for a mention starting at an original offset; the
regular expression runs once per listing, and only when the listing has a negation word at all.
Source of the word lists: written for this module (English; German, French, Spanish, Italian,
Dutch, Portuguese, Polish negators; Chinese 不是/并非/非).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from services.matcher.core.normalise import ListingText

NEGATORS = ("not", "no", "non", "unlike", "never", "nor", "without", "kein", "keine", "nicht", "pas", "sans",
            "sin", "senza", "niet", "geen", "nao", "nie")
COMPARISONS = ("alternative to", "alternatives to", "alternative for", "better than", "cheaper than", "compared to",
               "compared with", "instead of", "vs", "versus", "substitute for")
# words that may stand between a negation and the mark: "not affiliated with or endorsed by the"
LINKS = ("affiliated with", "affiliated to", "associated with", "endorsed by", "sponsored by", "authorized by",
         "authorised by", "approved by", "made by", "manufactured by", "produced by", "licensed by", "sold by",
         "connected with", "connected to", "related to", "a product of", "from", "by", "a", "an", "the", "any",
         "of", "or", "and", "in any way", "de", "von", "di")
WIDE_NEGATORS = ("不是", "并非", "非")
# after the mention: "Bose is not affiliated with this shop"
_AFTER = re.compile(r"^[^a-z0-9]*(?:is|are|inc|ltd|corp)?[^a-z0-9]*(?:is|are)?[^a-z0-9]+(?:not|never)[^a-z0-9]+"
                    r"(?:affiliated|associated|endorsed|sponsored|connected|related|involved)\b")


def _words(phrase: str) -> str:
    return r"[^a-z0-9]+".join(re.escape(w) for w in phrase.split())


_LINK = "|".join(_words(p) for p in sorted(LINKS, key=len, reverse=True))
_NEGATION = re.compile(
    rf"(?<![a-z0-9])(?:(?:{'|'.join(NEGATORS)})(?:[^a-z0-9]+(?:{_LINK}))*"
    rf"|(?:{'|'.join(_words(p) for p in sorted(COMPARISONS, key=len, reverse=True))})(?:[^a-z0-9]+(?:a|an|the))?)"
    r"[^a-z0-9]*$"
)
_TRIGGERS = frozenset(NEGATORS) | {p.split()[0] for p in COMPARISONS}
_LOOKBACK = 80  # characters before a mention searched for its negation
_TRAILING = " -–—_:;,.'\"()[]"


@dataclass(frozen=True, slots=True)
class Negation:
    start: int  # original joined text
    end: int
    phrase: str


class Negations:
    """The negations of one listing's text, looked up per mention."""

    def __init__(self, text: ListingText) -> None:
        self.text = text
        self.possible = not _TRIGGERS.isdisjoint(text.latin_words) or (
            not text.is_ascii and any(n in text.original for n in WIDE_NEGATORS))

    def before(self, start: int) -> Negation | None:
        """The negation that ends right before a mention starting at original offset `start`."""
        if not self.possible or start <= 0:
            return None
        text = self.text
        for wide in WIDE_NEGATORS:
            if text.original.endswith(wide, 0, start):
                return Negation(start - len(wide), start, wide)
        latin_start = _latin_offset(text, start)
        window_start = max(0, latin_start - _LOOKBACK)
        m = _NEGATION.search(text.latin, window_start, latin_start)
        if m is None:
            return None
        o_start, o_end = text.original_span("latin", m.start(), len(m.group().rstrip(_TRAILING)) + m.start())
        return Negation(o_start, o_end, text.original[o_start:o_end])

    def after(self, end: int) -> Negation | None:
        """"<mark> is not affiliated ..." right after a mention ending at original offset `end`."""
        text = self.text
        if "not" not in text.latin_words and "never" not in text.latin_words:
            return None
        latin_end = _latin_offset(text, end)
        m = _AFTER.match(text.latin[latin_end:latin_end + _LOOKBACK])
        if m is None:
            return None
        o_start, o_end = text.original_span("latin", latin_end, latin_end + m.end())
        return Negation(o_start, o_end, text.original[o_start:o_end].strip(" -–—_:;,.'\"()[]"))


def _latin_offset(text: ListingText, original: int) -> int:
    """The latin-view offset of an original offset (the first latin character it folds to)."""
    mapping = text._mapping("latin")
    if mapping is None:
        return original
    from bisect import bisect_left

    return bisect_left(mapping, original)
