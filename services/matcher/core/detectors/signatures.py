"""An athlete's signature line named with its model number instead of the brand (rule exact, vocabulary "signature").

A copy seller who will not write the brand writes the shoe as the court and the resale sites name it: the athlete's
line and its number ("Kobe 6 Protro Grinch - top rep", "LeBron 21 'Akoya'", "KD 17", "Giannis Freak 6", "Ja 1", "Harden
Vol. 8", "D.O.N. Issue 6", "LaMelo MB.04"). The registry declares each brand's signature lines as written before the
number (`signatures`, kind "signature": Kobe, LeBron, KD, Freak, Ja, Harden Vol., D.O.N. Issue, MB.; each list with its
source, the brand's site and Wikipedia's list of signature shoes, beside it in deploy/seed/registry.yaml), and this
detector alone reads them (vocabulary.offered), only with a model number right after the line's words: a number
from 1 to 130 ("0" and a digit for Puma's MB.0x, a racket's head size: Blade 104), not followed by a unit or a count ("Kobe 24 kg", "KD 2 pcs"). So the athlete
as a person ("LeBron James rookie card", "Kobe Bryant biography"), a place or a word (Kobe beef, German "ja") is no line.

The reading is a vocabulary word like a nickname (vocabulary.NEEDS_CUE): it names the brand only in its categories
with a counterfeit cue or a copy's price (the line's own `price_floor` where the registry knows its genuine floor), and
the bare "copy" or "rep" beside it counts as a cue (context/associations.py). Another brand named plainly wins
(vocabulary.yielding): "adidas The Kobe 2 (2001)" is adidas' shoe of Kobe Bryant's, no Nike.

Gate: the first word of a signature line among the listing's latin words (VocabularyDetector).
"""

from __future__ import annotations

from schemas import Listing, MarkFingerprint, Rule
from services.matcher.core.detectors.base import VocabularyDetector
from services.matcher.core.normalise import FIELD_SEPARATOR, ListingText
from services.matcher.core.scoring import Evidence

# what a number is not a model number before: a unit, a count, a size or a time
UNITS = frozenset({"kg", "g", "lb", "lbs", "oz", "ml", "l", "cm", "mm", "m", "in", "inch", "inches", "ft", "pcs", "pc",
                   "pack", "x", "years", "year", "yrs", "days", "hours", "min", "percent", "pct", "st", "stk", "stuck",
                   "piece", "pieces", "people", "persons", "nights", "night", "tickets", "ticket", "seats"})
# separators a seller writes between the line and its number ("Harden Vol. 8", "MB.04", "Kobe #6", "KD-17")
_BETWEEN = frozenset({"", " ", ".", ". ", " #", "#", "-", " - ", " no. ", " no.", " nr. "})


def model_number(word: str) -> bool:
    """Whether a latin word is a signature line's model number: 1-130 ("0" and a digit for MB.01 - MB.09; a racket's
    head size, Blade 104, RF 97), no year or larger count."""
    return word.isdigit() and len(word) <= 3 and 0 < int(word) <= 130


class SignatureDetector(VocabularyDetector):
    name = "signatures"
    kinds = frozenset({"signature"})

    def detect(self, text: ListingText, listing: Listing) -> list[Evidence]:
        latin = text.latin
        tokens, words = self.latin_words(text)
        out: list[Evidence] = []
        for k in self.openings(words):
            for line, i in self.starting(words, k):
                n = len(line)
                at = k + n
                if at >= len(words) or not model_number(words[at]):
                    continue
                if latin[tokens[at - 1][2]:tokens[at][1]] not in _BETWEEN:
                    continue  # "Kobe, 6 pairs", "KD (2 pack)": no number of the line
                if at + 1 < len(words) and words[at + 1] in UNITS and latin[tokens[at][2]:tokens[at + 1][1]] in ("", " "):
                    continue  # a unit or a count: "Kobe 5 kg", "KD 2 pcs"
                start, end = tokens[k][1], tokens[at][2]
                if FIELD_SEPARATOR in latin[start:end]:
                    continue
                field, s, e, matched = text.locate(*text.original_span("latin", start, end))
                fp: MarkFingerprint = self.fingerprints[i]
                out.append(Evidence(Rule.exact, self.weights.exact, i, field, s, e, matched, matched,  # as written: no disguise (retail.py)
                                    detail=f"the athlete's signature line with its model number ('{matched}'); needs "
                                           "the brand's category and a cue or a copy's price",
                                    needs_corroboration=True, needs_cue=True))
        return self.in_category(out, text, listing) if out else out

    def stats(self) -> dict[str, int]:
        return {"signature_lines": sum(map(len, self._by_first.values()))}
