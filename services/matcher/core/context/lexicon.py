"""Words around the brand: counterfeit cue terms ("1:1", 高仿) and accessory context ("case for").

Latin terms match whole words of the latin view; terms with wide characters (Chinese ...) or
letters of a script written without spaces between words (Thai, Lao, Khmer, Myanmar) match
anywhere in the NFKC view. Both lexicons come from MatcherConfig. Offsets returned
here are in the original joined text, like every piece of evidence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from services.matcher.core.normalise import ListingText, is_wide, latin_text, nfkc_text

_SEPARATOR = r"[^a-z0-9]+"
_GAP = r"(?:[^a-z0-9]+[a-z0-9]+){0,4}?[^a-z0-9]+"  # "…" in a phrase: up to four words in between


def _unspaced(ch: str) -> bool:
    """A character of a script written without spaces between words: Myanmar, Thai, Lao, Khmer."""
    return "\u0e00" <= ch <= "\u0eff" or "\u1000" <= ch <= "\u109f" or "\u1780" <= ch <= "\u17ff"


def _anywhere(term: str) -> bool:
    """Whether a term matches anywhere in the NFKC view (no word boundaries) rather than as words of the latin view."""
    return any(is_wide(c) or _unspaced(c) for c in term)


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
    """A list of terms compiled into one regular expression per view.

    Latin terms are only tried when their longest word is a word of the text, and then only
    those terms: a regular expression of sixty alternatives tried at every word costs more than
    the rest of a listing's context checks. A Latin term given in capitals ("UA") matches only
    text written in capitals: the trade's abbreviation, not the syllable of a sentence.
    """

    def __init__(self, terms: list[str]) -> None:
        # longest first; ties in alphabetical order, not the set's (hash-seeded) order, so that every worker
        # reports the same term as evidence
        wide = sorted({nfkc_text(t) for t in terms if _anywhere(t)}, key=lambda t: (-len(t), t))
        latin = sorted({t for t in terms if not _anywhere(t)}, key=lambda t: (-len(t), t))
        self._wide = re.compile("|".join(re.escape(t) for t in wide)) if wide else None
        self._latin_terms = latin  # longest first, so that the longest term wins at a position
        # the longest word of each term: when it is not a word of the text, the term cannot match
        self._anchor_of = [max(re.split(r"[^a-z0-9]+|…|\.\.\.", latin_text(t)), key=len) for t in latin]
        self._anchors = frozenset(self._anchor_of)
        self._capitals = frozenset(t for t in latin if t.isupper())
        self._compiled: dict[frozenset[str], tuple[re.Pattern, list[str]]] = {}

    def _latin_regex(self, anchors: frozenset[str]) -> tuple[re.Pattern, list[str]]:
        """One regular expression for the terms whose anchor word the text has, and those terms."""
        compiled = self._compiled.get(anchors)
        if compiled is None:
            terms = [t for t, a in zip(self._latin_terms, self._anchor_of) if a in anchors]
            alternatives = "|".join(f"({_latin_pattern(t)})" for t in terms)
            if len(self._compiled) > 1000:
                self._compiled.clear()
            compiled = self._compiled[anchors] = (re.compile(rf"(?<![a-z0-9])(?:{alternatives})(?![a-z0-9])"), terms)
        return compiled

    def find(self, text: ListingText) -> list[Found]:
        found = []
        anchors = self._anchors.intersection(text.latin_words)
        if anchors:
            regex, terms = self._latin_regex(anchors)
            for m in regex.finditer(text.latin):
                start, end = text.original_span("latin", m.start(), m.end())
                term = terms[m.lastindex - 1]
                if term in self._capitals and not text.original[start:end].isupper():
                    continue
                found.append(Found(start, end, term))
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
