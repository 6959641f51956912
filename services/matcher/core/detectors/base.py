"""The one interface every detector implements, and the fingerprint table they share.

A detector finds one kind of evidence that a listing names a brand (a mark in the skeleton
view, a model number, a misspelling, an image hash ...). At build time it is offered every
fingerprint (`add`) and keeps those of its kind; `compile` freezes its tables. At match time
it gets the listing's text views (normalise.ListingText, computed once and shared by every
detector) and the listing, and returns Evidence with rule, span in the ORIGINAL text, matched
text and registered term. Detectors never score: scoring.py and the context code weigh the
evidence of all of them together. A new kind of evasion is a new module here plus its entry
in detectors/__init__.py.
"""

from __future__ import annotations

import re
from array import array
from collections.abc import Callable, Collection, Iterator, Mapping, Sequence
from dataclasses import dataclass, field

from schemas import Brand, Fingerprint, Listing, MarkFingerprint, Rule
from services.matcher.core.config import MatcherConfig, Weights
from services.matcher.core.normalise import FIELD_SEPARATOR, ListingText, latin_text
from services.matcher.core.prices import category_matches, names_category
from services.matcher.core.scoring import Evidence

TokenKind = str | Callable[[ListingText], Collection[str]]


@dataclass(slots=True)
class Catalogue:
    """The indexed fingerprints, sorted by id; detectors refer to them by position."""

    fingerprints: list[Fingerprint]
    fingerprint_brand: array  # position of the fingerprint's brand in `brands`
    brands: list[Brand]
    config: MatcherConfig
    _category_keys: list[tuple[str, ...]] | None = None  # category_key, made on first use
    _shared: list[tuple[object, object]] = field(default_factory=list)  # (what, table) of `shared`

    def shared(self, what: object, build: Callable[[], object]) -> object:
        """The table built from `what` (a value compared with ==, such as a detector's dict of marks) by the first
        detector that asks, built with `build()`; a later detector with an equal `what` gets the same object, so two
        detectors that index the same fingerprints the same way build their tables once and can share per-listing
        work keyed by the table (ListingText.tokens)."""
        for known, table in self._shared:
            if known == what:
                return table
        table = build()
        self._shared.append((what, table))
        return table

    @property
    def weights(self) -> Weights:
        return self.config.weights

    def brand(self, fingerprint: int) -> Brand:
        return self.brands[self.fingerprint_brand[fingerprint]]

    def category_key(self, brand: int) -> tuple[str, ...]:
        """The categories of the brand at position `brand`, as a tuple (made once a brand)."""
        keys = self._category_keys
        if keys is None:
            keys = self._category_keys = [tuple(b.categories) for b in self.brands]
        return keys[brand]


class Detector:
    """One kind of identity evidence. Subclasses override `add`, `compile` and `detect`."""

    name = "detector"

    def __init__(self, catalogue: Catalogue) -> None:
        self.catalogue = catalogue
        self.fingerprints = catalogue.fingerprints
        self.weights = catalogue.weights
        self.config = catalogue.config

    def add(self, i: int, fp: Fingerprint) -> str | None:
        """Take fingerprint number i if it is of this detector's kind. Returns why it cannot be
        indexed when it is of this kind but unusable (shown in MatcherIndex.skipped), else None."""
        return None

    def compile(self) -> None:
        """Freeze the tables after the last `add`."""

    def see(self, detectors: "Sequence[Detector]") -> None:
        """Called once after every detector's `compile`, with all of them in DETECTORS order: a detector that reads a
        view of the text through other detectors' tables (keyboard_layouts.py) keeps those it needs."""

    def detect(self, text: ListingText, listing: Listing) -> list[Evidence]:
        """The evidence this detector sees in one listing; spans are offsets into the original text."""
        raise NotImplementedError

    def gate(self) -> Mapping[TokenKind, Collection[str]] | None:
        """What a listing must hold for `detect` to find anything, asked once after `compile`: {token kind: words}
        (kinds of ListingText.tokens: "leet", "latin", "letters", "squeezed", or a function of the text returning its
        tokens). MatcherIndex calls `detect` only when some kind's tokens of the listing include one of that
        kind's words (one set test per kind for all detectors, shared tokens). It must never hide evidence:
        `detect` returns nothing whenever the gate is shut. None (the default): `detect` runs on every listing."""
        return None

    def in_category(self, evidence: list[Evidence], text: ListingText, listing: Listing) -> list[Evidence]:
        """The evidence without the weak candidates of brands whose categories the listing neither is
        filed in nor names: those could never count (scoring.strongly_corroborated), and scoring them
        costs more than finding them."""
        if not any(e.needs_corroboration for e in evidence):
            return evidence
        return [e for e in evidence if not e.needs_corroboration or self._in_category(e.fingerprint, text, listing)]

    def _in_category(self, i: int, text: ListingText, listing: Listing) -> bool:
        """Whether the listing is filed in one of the categories of fingerprint i's brand or its text names one."""
        return self.brand_in_category(self.catalogue.fingerprint_brand[i], text, listing)

    def brand_in_category(self, brand: int, text: ListingText, listing: Listing) -> bool:
        """Whether the listing is filed in one of the categories of the brand at position `brand` or its text names one."""
        key = self.catalogue.category_key(brand)  # a tuple made once per brand
        found = text.in_categories.get(key)  # asked once per listing for each set of categories
        if found is None:
            found = text.in_categories[key] = (
                any(category_matches(listing.category, c) for c in self.catalogue.brands[brand].categories)
                or names_category(text.latin_words, key))
        return found

    def filed_in_category(self, i: int, listing: Listing) -> bool:
        """Whether the listing is filed in one of the categories of fingerprint i's brand (prices.category_matches)."""
        return any(category_matches(listing.category, c) for c in self.catalogue.brand(i).categories)

    def memory_bytes(self) -> int:
        return 0

    def stats(self) -> dict[str, int]:
        """Counts for MatcherIndex.stats (e.g. {"mark_patterns": 1234})."""
        return {}


WORD = re.compile(r"[a-z0-9]+")  # a word of the latin view (VocabularyDetector.words)


def _latin_spans(text: ListingText) -> tuple[list[tuple[str, int, int]], list[str]]:
    """VocabularyDetector.latin_words of a text (a token kind of ListingText.tokens, kept a listing)."""
    tokens = [(m.group(), m.start(), m.end()) for m in WORD.finditer(text.latin)]
    return tokens, [w for w, _, _ in tokens]


class VocabularyDetector(Detector):
    """The frame of the detectors that alone read some of the registry's vocabularies (MarkFingerprint.vocabulary;
    vocabulary.offered): colourways.py, kits.py, goods_codes.py. A fingerprint of one of `kinds` is cut into its words
    (`words`: the latin view's runs of letters and digits) and given to `take`; one without any is refused ("no letters
    or digits in kit '…'", MatcherIndex.skipped). `take` keeps it by its first word (`_by_first`: first word -> [(words,
    fingerprint)]) unless a subclass keeps it otherwise; the gate is those first words among the listing's latin
    words, and `starting(words, k)` the entries whose words stand at words[k:]."""

    kinds: frozenset[str] = frozenset()

    def __init__(self, catalogue: Catalogue) -> None:
        super().__init__(catalogue)
        self._by_first: dict[str, list] = {}

    def add(self, i: int, fp: Fingerprint) -> str | None:
        if not isinstance(fp, MarkFingerprint) or fp.vocabulary not in self.kinds:
            return None
        words = self.words(fp.value)
        if not words:
            return f"no letters or digits in {fp.vocabulary} {fp.value!r}"
        self.take(i, fp, words)
        return None

    @staticmethod
    def words(text: str) -> tuple[str, ...]:
        """The latin view's words of a text: runs of lower-case ASCII letters and digits."""
        return tuple(WORD.findall(latin_text(text)))

    def take(self, i: int, fp: MarkFingerprint, words: tuple[str, ...]) -> None:
        self._by_first.setdefault(words[0], []).append((words, i))

    def gate(self) -> Mapping[TokenKind, Collection[str]] | None:
        return {"latin": frozenset(self._by_first)} if self._by_first else {}

    @staticmethod
    def latin_words(text: ListingText) -> tuple[list[tuple[str, int, int]], list[str]]:
        """The listing's latin-view words with their spans [(word, start, end)], and the words alone: made once a
        listing (ListingText.tokens) and shared by the detectors that read them (read only; issue 16: five detectors
        and the relations reader each tokenised the whole latin view again)."""
        return text.tokens(_latin_spans)

    def openings(self, words: list[str]) -> list[int]:
        """The positions k of `words` whose word is the first word of some entry (`_by_first`): where to look."""
        return [k for k, w in enumerate(words) if w in self._by_first]

    def starting(self, words: list[str], k: int) -> Iterator[tuple[tuple[str, ...], int]]:
        """(words, fingerprint) of each entry of `_by_first` whose words are words[k:k + len(its words)]."""
        for entry, i in self._by_first.get(words[k], ()):
            if tuple(words[k:k + len(entry)]) == entry:
                yield entry, i

    def claimed(self, text: ListingText, i: int, a: int, b: int, how: str) -> Evidence | None:
        """Evidence (rule exact, needing the brand's goods and a cue that claims a copy) that the latin view's span
        [a, b) names fingerprint `i` by `how` ("the brand named by a ranking it holds"), or None when the span runs
        across title and description: the claim detectors' (firsts.py, rankings.py, debuts.py) one way to say so."""
        if FIELD_SEPARATOR in text.latin[a:b]:
            return None
        field, s, e, matched = text.locate(*text.original_span("latin", a, b))
        return Evidence(Rule.exact, self.weights.exact, i, field, s, e, matched, matched,
                        detail=f"{how}, '{self.fingerprints[i].value}' ('{matched}'); needs the brand's goods and a cue "
                               f"that claims a copy", needs_corroboration=True, needs_cue=True)

    def memory_bytes(self) -> int:
        return 120 * sum(map(len, self._by_first.values()))
