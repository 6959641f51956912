"""Words around the brand: counterfeit cue terms ("1:1", 高仿) and accessory context ("case for").

Latin terms match whole words of the latin view; terms with wide characters (Chinese ...)
match anywhere in the NFKC view. Both lexicons come from MatcherConfig. Offsets returned
here are in the original joined text, like every piece of evidence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from services.matcher.core.normalise import ListingText, is_wide, latin_text, nfkc_text

_SEPARATOR = r"[^a-z0-9]+"
_GAP = r"(?:[^a-z0-9]+[a-z0-9]+){0,4}?[^a-z0-9]+"  # "…" in a phrase: up to four words in between


@dataclass(frozen=True, slots=True)
class Found:
    start: int  # original joined text
    end: int
    term: str


def _latin_pattern(term: str) -> str:
    """A phrase as a regular expression: any separators between its words, "…" for a short gap."""
    parts = [latin_text(part).split() for part in re.split(r"…|\.\.\.", term)]
    return _GAP.join(_SEPARATOR.join(re.escape(w) for w in words) for words in parts if words)


class Lexicon:
    """A list of terms compiled into one regular expression per view."""

    def __init__(self, terms: list[str]) -> None:
        wide = sorted({nfkc_text(t) for t in terms if any(is_wide(c) for c in t)}, key=len, reverse=True)
        latin = sorted({t for t in terms if not any(is_wide(c) for c in t)}, key=len, reverse=True)
        self._wide = re.compile("|".join(re.escape(t) for t in wide)) if wide else None
        self._latin_terms = latin
        alternatives = "|".join(f"({_latin_pattern(t)})" for t in latin)
        self._latin = re.compile(rf"(?<![a-z0-9])(?:{alternatives})(?![a-z0-9])") if latin else None
        # the longest word of each term: when none is a word of the text, the regex cannot match
        self._anchors = frozenset(max(re.split(r"[^a-z0-9]+|…|\.\.\.", latin_text(t)), key=len) for t in latin)

    def find(self, text: ListingText) -> list[Found]:
        found = []
        if self._latin is not None and not self._anchors.isdisjoint(text.latin_words):
            for m in self._latin.finditer(text.latin):
                start, end = text.original_span("latin", m.start(), m.end())
                found.append(Found(start, end, self._latin_terms[m.lastindex - 1]))
        if self._wide is not None and not text.is_ascii:
            for m in self._wide.finditer(text.nfkc):
                start, end = text.original_span("nfkc", m.start(), m.end())
                found.append(Found(start, end, m.group(0)))
        return found

    def find_at(self, text: ListingText, position: int) -> Found | None:
        """The term that starts at an original offset, allowing spaces before it."""
        for found in self.find(text):
            if found.start >= position and not text.original[position:found.start].strip(" ,.-:;/()"):
                return found
        return None
