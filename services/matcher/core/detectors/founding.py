"""A brand named by its founding year in a founding frame (rule exact, vocabulary "founding_year").

A copy seller who will not write the brand names the house as its own labels and boutiques do, by the year it was
founded: "since 1856", "Est. 1905", "Maison fondée en 1854", "seit 1886", and by the year beside its city ("Geneva 1905
house", "Atlanta 1886 cola", "1854 Paris"). The registry declares each brand's founding year (`founding_years`, kind
"founding_year": the year the company or the brand was founded, as its own history page and Wikipedia give it, with
the source beside it in deploy/seed/registry.yaml); this detector alone reads them (vocabulary.offered), and only in
such a frame:
- a founding word right before the year: since, est./estd./established, founded (in), seit, gegründet (gegr.),
  depuis, fondée en, desde, fundada en, dal, fondata nel, sinds, opgericht (in), anno; or
- a place's name right beside it, a word the listing capitalises (the city of the house: "Geneva 1905", "1854 Paris"),
  not one of the everyday words a title capitalises before a year (Vintage, New, Model, Circa ...).
A year alone ("1905 diver", "2019 model") is no founding year. Like a home town the reading names the brand only
among its goods beside a cue that claims a copy, a copy's grade (AAA, 1:1) among them (vocabulary.COPY_CUE_KINDS,
scoring.GRADE_CLAIMS_COPY): a history book, a postcard of "London 1856" or a genuine "since 1856" heritage piece at a
shop's price stay quiet.

Gate: a registered year among the listing's latin words.
"""

from __future__ import annotations

from schemas import Listing, MarkFingerprint, Rule
from services.matcher.core.detectors.base import WORD, VocabularyDetector
from services.matcher.core.normalise import FIELD_SEPARATOR, ListingText
from services.matcher.core.scoring import Evidence

# the words a label or a boutique writes right before its founding year (latin view: lower case, accents folded);
# two-word frames as their last word after the first ("fondee en", "founded in": FRAME_PAIRS)
FOUNDING_WORDS = frozenset({"since", "est", "estd", "established", "founded", "seit", "gegrundet", "gegr", "depuis",
                            "desde", "dal", "sinds", "opgericht", "anno", "fondee", "fonde", "fondata", "fondato",
                            "fundada", "fundado", "since", "zal", "od"})
FRAME_PAIRS = {"en": frozenset({"fondee", "fonde", "fundada", "fundado"}), "nel": frozenset({"fondata", "fondato"}),
               "in": frozenset({"founded", "established", "opgericht"})}
# capitalised words a title writes before or after a year that are no place ("Vintage 1964", "Model 1905")
NOT_PLACES = frozenset({"vintage", "new", "old", "retro", "classic", "model", "edition", "circa", "ca", "year", "the",
                        "from", "original", "rare", "antique", "limited", "anniversary", "collection", "series",
                        "version", "season", "summer", "winter", "spring", "autumn", "fall", "official", "genuine",
                        "christmas", "january", "february", "march", "april", "may", "june", "july", "august",
                        "september", "october", "november", "december", "cop", "copy", "replica", "rep", "top"})


class FoundingYearDetector(VocabularyDetector):
    name = "founding"
    kinds = frozenset({"founding_year"})

    def detect(self, text: ListingText, listing: Listing) -> list[Evidence]:
        latin = text.latin
        tokens = [(m.group(), m.start(), m.end()) for m in WORD.finditer(latin)]
        out: list[Evidence] = []
        for k, (word, start, end) in enumerate(tokens):
            if word not in self._by_first or (by := self._framed(text, tokens, k)) is None:
                continue
            # the evidence spans the whole frame ("Since 1886", "Geneva 1905"): the frame and the year name the house
            # together, so another brand's registered words that are the same frame (Coca-Cola's inscription "Since
            # 1886") are no longer name hiding a shorter reading inside it (index._outside_longer_names), and each
            # brand's reading is judged by its own category and cue
            field, s, e, frame = text.locate(*text.original_span("latin", min(start, tokens[by][1]),
                                                                 max(end, tokens[by][2])))
            matched = frame
            for _, i in self._by_first[word]:
                out.append(Evidence(Rule.exact, self.weights.exact, i, field, s, e, matched, matched,
                                    detail=f"in a founding frame ('{frame}'); needs the brand's category and a cue that "
                                           "claims a copy",
                                    needs_corroboration=True, needs_cue=True, needs_copy_cue=True))
        return self.in_category(out, text, listing) if out else out

    @staticmethod
    def _framed(text: ListingText, tokens: list[tuple[str, int, int]], k: int) -> int | None:
        """The position of the founding word before the year at tokens[k], or of the capitalised place's name beside it,
        in the same field and with nothing but a space or punctuation between; None when the year stands in no frame."""
        latin = text.latin
        before = tokens[k - 1] if k > 0 else None
        if before is not None and FIELD_SEPARATOR not in latin[before[2]:tokens[k][1]]:
            if before[0] in FOUNDING_WORDS or (k > 1 and before[0] in FRAME_PAIRS
                                                and tokens[k - 2][0] in FRAME_PAIRS[before[0]]):
                return k - 1
        for n in (k - 1, k + 1):
            if not 0 <= n < len(tokens):
                continue
            word, s, e = tokens[n]
            gap = latin[e:tokens[k][1]] if n < k else latin[tokens[k][2]:s]
            if FIELD_SEPARATOR in gap or len(gap.strip(" ,.-–—:/")) or not word.isalpha() or word in NOT_PLACES:
                continue
            if len(word) >= 3 and text.locate(*text.original_span("latin", s, e))[3][:1].isupper():
                return n
        return None

    def stats(self) -> dict[str, int]:
        return {"founding_years": sum(map(len, self._by_first.values()))}
