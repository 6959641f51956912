"""The frame of the markets' shorthand detectors: keys derived from the registry's names, read from the listing.

A shorthand detector (house_codes, initial_consonants, kana_abbreviations) turns each of a brand's names into short
keys (劳家, ㄹㄹㅅ, ロレ), finds runs of one script in the listing's nfkc view and reports every run that is a key.
Keys are short and collide, so each is a weak candidate: it needs the brand's category with a counterfeit cue or a
price far below the floor (`needs_corroboration`, `needs_cue`; scoring.strongly_corroborated), and the candidates of
brands whose categories the listing neither is filed in nor names are dropped here (Detector.in_category).

A subclass gives `rule`, `stat` (its name in MatcherIndex.stats), `tokens` (a normalise.word_wise function of the
text: the gate's runs), `keys` (what one fingerprint gives), `runs` (the key candidates of the text with their nfkc
span) and `describe` (the evidence's reason, shown in the alert and the notice).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from schemas import Fingerprint, Listing, Rule
from services.matcher.core.detectors.base import Catalogue, Detector
from services.matcher.core.normalise import ListingText
from services.matcher.core.scoring import Evidence


class ShorthandDetector(Detector):
    """Keys to brands: `_by_key` {key: [fingerprint position, ...]}, `_source` {(key, position): the name it came from}."""

    rule: Rule
    stat: str
    tokens: Callable[[ListingText], frozenset[str]]  # a staticmethod in the subclass

    def __init__(self, catalogue: Catalogue) -> None:
        super().__init__(catalogue)
        self._by_key: dict[str, list[int]] = {}
        self._source: dict[tuple[str, int], str] = {}

    def keys(self, i: int, fp: Fingerprint) -> set[str]:
        """The keys fingerprint number i gives (none when it is not of this detector's kind)."""
        raise NotImplementedError

    def runs(self, text: ListingText) -> Iterator[tuple[str, int, int]]:
        """Every key candidate of the text as (key, start, end), the span in the nfkc view."""
        raise NotImplementedError

    def describe(self, key: str, source: str) -> str:
        """Why `key` names the brand whose name `source` gives it, for the evidence's detail."""
        raise NotImplementedError

    def needs_copy_cue(self, key: str) -> bool:
        """Whether only a cue that claims a copy corroborates `key` (a key short enough to be a chat word)."""
        return False

    def add(self, i: int, fp: Fingerprint) -> str | None:
        for key in self.keys(i, fp):
            if i not in self._by_key.setdefault(key, []):
                self._by_key[key].append(i)
                self._source[key, i] = fp.value
        return None

    def drop(self, keys) -> None:
        """Take `keys` out of the table (compile: keys that are common words of the language)."""
        for key in keys:
            self._by_key.pop(key, None)

    def gate(self) -> dict:
        return {self.tokens: frozenset(self._by_key)}

    def detect(self, text: ListingText, listing: Listing) -> list[Evidence]:
        if not self._by_key or text.is_ascii:
            return []
        wanted = self._by_key.keys() & text.tokens(self.tokens)
        if not wanted:
            return []
        out = []
        for key, start, end in self.runs(text):
            if key not in wanted:
                continue
            field, start, end, matched = text.locate(*text.original_span("nfkc", start, end))
            out.extend(Evidence(self.rule, self.weights.fuzzy_distance_1, i, field, start, end, matched,
                                self.fingerprints[i].value,
                                detail=f"{self.describe(key, self._source[key, i])}: needs the brand's category and a "
                                       "counterfeit cue",
                                needs_corroboration=True, needs_cue=True, needs_copy_cue=self.needs_copy_cue(key))
                       for i in self._by_key[key])
        return self.in_category(out, text, listing)

    def memory_bytes(self) -> int:
        return 100 * len(self._by_key) + 40 * sum(map(len, self._by_key.values()))

    def stats(self) -> dict[str, int]:
        return {self.stat: len(self._by_key)}
