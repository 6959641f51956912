"""The matcher index: every registered fingerprint, compiled for scanning a listing in a few C calls.

`MatcherIndex.build(registry)` compiles marks into an automaton over the skeleton view, model
numbers into one over the compact view, wide-script aliases into one over the NFKC view, marks
into a fuzzy delete index, and image hashes into a packed array (see normalise.py for the views).
`match(listing)` finds the brands a listing names (identity evidence), and only for those looks
at cue terms, accessory context, category, price and seller, then scores each brand.
Building sorts fingerprints by id, so every worker builds the same index from the same registry.
"""

from __future__ import annotations

import re
import time
from array import array
from dataclasses import replace
from datetime import datetime

import numpy as np
from rapidfuzz.distance import OSA

from brandsentry.registry import Registry
from schemas import (
    AuthorizedSellerFingerprint,
    Brand,
    ImageFingerprint,
    Listing,
    MarkFingerprint,
    Match,
    ModelFingerprint,
    PriceFloorFingerprint,
    Rule,
)
from services.matcher.core.config import SCALE_MODEL_CUES, MatcherConfig
from services.matcher.core.context import Found, Lexicon
from services.matcher.core.fuzzy import FuzzyIndex
from services.matcher.core.images import ImageIndex, parse_phash
from services.matcher.core.models import ModelTable, find_models
from services.matcher.core.normalise import (
    FIELD_SEPARATOR,
    LEET,
    ListingText,
    compact_key,
    is_wide,
    latin_text,
    leet_word,
    mark_words,
    nfkc_text,
    separator_offsets,
    skeleton_key,
)
from services.matcher.core.prices import BrandFloors, CurrencyRates, Floor, category_matches, price_weight
from services.matcher.core.scoring import IDENTITY_RULES, Evidence, score
from services.matcher.core.terms import TermHit, TermTable, find_terms, find_wide_terms

MATCHER_VERSION = "1.0.0"

_WORD = re.compile(r"[a-z0-9]+")


class MatcherIndex:
    """Everything a worker needs to match a listing against all registered fingerprints."""

    def __init__(self, registry: Registry, version: int = 0, config: MatcherConfig | None = None) -> None:
        started = time.perf_counter()
        self.registry = registry
        self.version = version
        self.config = config or MatcherConfig()
        self._weights = self.config.weights
        self._rates = CurrencyRates(self.config.rates())
        self._brands: list[Brand] = sorted((b for b in registry.brands.values() if b.active), key=lambda b: b.id)
        brand_index = {b.id: i for i, b in enumerate(self._brands)}
        fingerprints = sorted(
            (fp for fp in registry.fingerprints.values() if fp.active and fp.brand_id in brand_index),
            key=lambda fp: fp.id,
        )
        self._fingerprints = fingerprints
        self._fingerprint_ids = [fp.id for fp in fingerprints]
        self._fingerprint_brand = array("i", (brand_index[fp.brand_id] for fp in fingerprints))

        self._marks = TermTable("skeleton")
        self._models = ModelTable()
        self._wide_marks = TermTable("nfkc")
        self._fuzzy = FuzzyIndex(self.config.fuzzy)
        self._images = ImageIndex()
        self._floors: dict[int, BrandFloors] = {}
        self._model_floors = np.full(len(fingerprints), np.nan, dtype=np.float32)  # floor in EUR, by fingerprint
        self._sellers: dict[tuple[str, str], list[int]] = {}
        self._aliases = {b.id: set(b.aliases) for b in self._brands}
        self._mark_words: dict[int, tuple[str, ...]] = {}  # fingerprint -> words, for multi-word marks
        self._parts: dict[str, list[tuple[int, int]]] = {}  # word -> (fingerprint, position) in multi-word marks
        self.skipped: list[tuple[str, str]] = []  # (fingerprint id, why it cannot be indexed)
        for i, fp in enumerate(fingerprints):
            self._add(i, fp)
        # a word of many multi-word marks ("Air" of Air Max, Air Force …) would check them all at every mention
        self._parts = {w: p for w, p in self._parts.items() if len(p) <= self.config.fuzzy.max_marks_per_word}
        for word in self._parts:
            self._fuzzy.add(word, None)
        for table in (self._marks, self._models, self._wide_marks, self._fuzzy, self._images):
            table.compile()
        self._part_words = frozenset(self._parts)
        self._cues = Lexicon(self.config.cue_terms)
        self._accessory_phrases = Lexicon(self.config.accessory_phrases)
        self._accessory_nouns = Lexicon(self.config.accessory_nouns)
        self._accessory_adjacent = Lexicon(self.config.accessory_adjacent)
        self._scale_model = Lexicon(self.config.scale_model_phrases)
        self.build_seconds = time.perf_counter() - started

    @classmethod
    def build(cls, registry: Registry, *, version: int = 0, config: MatcherConfig | None = None) -> "MatcherIndex":
        return cls(registry, version, config)

    # ------------------------------------------------------------------ build

    def _add(self, i: int, fp) -> None:
        if isinstance(fp, MarkFingerprint):
            if any(is_wide(c) for c in nfkc_text(fp.value)):
                self._wide_marks.add(nfkc_text(fp.value).strip(), i)
                return
            key = skeleton_key(fp.value)
            if not key:
                self.skipped.append((fp.id, "mark has no letters or digits"))
                return
            self._marks.add(key, i, separator_offsets(fp.value, keep_leet=True))
            self._fuzzy.add(leet_word(fp.value), i)
            if len(words := mark_words(fp.value)) > 1:  # "Luis Vuitton" is looked for word by word
                self._mark_words[i] = words
                for position, word in enumerate(words):
                    self._parts.setdefault(word, []).append((i, position))
        elif isinstance(fp, ModelFingerprint):
            key = compact_key(fp.value)
            if len(key) < self.config.min_model_length:
                self.skipped.append((fp.id, f"model number shorter than {self.config.min_model_length}"))
                return
            self._models.add(key, i, separator_offsets(fp.value, keep_leet=False))
            if fp.price_floor is not None and (eur := self._rates.to_eur(fp.price_floor)) is not None:
                self._model_floors[i] = eur
        elif isinstance(fp, ImageFingerprint):
            if not self._images.add(fp.hash, fp.max_distance, i):
                self.skipped.append((fp.id, "only 64-bit pHash values can be compared"))
        elif isinstance(fp, PriceFloorFingerprint):
            eur = self._rates.to_eur(fp.floor)
            if eur is None:
                self.skipped.append((fp.id, f"no rate for currency {fp.floor.currency}"))
                return
            floors = self._floors.setdefault(self._fingerprint_brand[i], BrandFloors())
            floors.add(fp.category, Floor(i, eur, "brand" if fp.category is None else "category"))
        elif isinstance(fp, AuthorizedSellerFingerprint):
            self._sellers.setdefault((fp.marketplace, fp.seller_id), []).append(i)

    # ------------------------------------------------------------------ matching

    def match(self, listing: Listing, *, ingested_at: datetime | None = None, text: ListingText | None = None) -> list[Match]:
        """One Match per brand at or above that brand's alert threshold."""
        return self._matches(listing, ingested_at, text, everything=False)

    def evaluate(self, listing: Listing, *, ingested_at: datetime | None = None, text: ListingText | None = None) -> list[Match]:
        """Every brand the listing names, with its score, even below the threshold."""
        return self._matches(listing, ingested_at, text, everything=True)

    def _matches(self, listing: Listing, ingested_at: datetime | None, text: ListingText | None, *, everything: bool) -> list[Match]:
        started = time.perf_counter()
        scored = self.score_listing(listing, text)
        matches = []
        for brand_index, value, evidence in scored:
            brand = self._brands[brand_index]
            if not everything and value < brand.alert_threshold:
                continue
            matches.append(
                Match(
                    listing_key=listing.key, listing=listing, brand_id=brand.id, brand_name=brand.name,
                    iwg=brand.iwg, score=value, threshold=brand.alert_threshold,
                    signals=[e.signal(self._fingerprint_ids) for e in evidence],
                    matcher_version=MATCHER_VERSION, index_version=self.version, ingested_at=ingested_at,
                    timings_ms={"match": round((time.perf_counter() - started) * 1000, 3)},
                )
            )
        return matches

    def score_listing(self, listing: Listing, text: ListingText | None = None) -> list[tuple[int, float, list[Evidence]]]:
        """(brand index, score, evidence) for every brand the listing names, best first."""
        text = text or ListingText(listing.title, listing.description)
        by_brand: dict[int, list[Evidence]] = {}
        for e in self._identity_evidence(text, listing):
            by_brand.setdefault(self._fingerprint_brand[e.fingerprint], []).append(e)
        if not by_brand:
            return []
        cues = self._cue_evidence(text)
        accessory_phrases = self._accessory_phrases.find(text)
        accessory_adjacent = self._accessory_adjacent.find(text)
        results = []
        for brand_index in sorted(by_brand):
            evidence = by_brand[brand_index]
            evidence.sort(key=lambda e: (e.field != "title", e.start or 0, e.rule.value, e.fingerprint))
            accessory = self._accessory(text, evidence, accessory_phrases, accessory_adjacent)
            evidence.extend(_copy(e) for e in cues)
            evidence.extend(self._context_evidence(listing, brand_index, evidence, accessory is not None))
            authorized = self._authorized(listing, brand_index)
            value = score(evidence, self._weights, accessory=accessory, authorized=authorized)
            results.append((brand_index, value, evidence))
        results.sort(key=lambda r: (-r[1], self._brands[r[0]].id))
        return results

    def _identity_evidence(self, text: ListingText, listing: Listing) -> list[Evidence]:
        """Evidence that names a brand: marks, aliases, model numbers, misspelt marks, images."""
        found: list[Evidence] = []
        for hit in find_terms(self._marks, text):
            found.extend(self._mark_evidence(text, hit))
        for hit in find_models(self._models, text):
            field, start, end, matched = text.locate(*text.original_span("latin", hit.latin_start, hit.latin_end))
            for i in self._models.fingerprints(hit.term_id):
                fp = self._fingerprints[i]
                found.append(Evidence(Rule.model, self._weights.model, i, field, start, end, matched, fp.value,
                                      detail=fp.name))
        for hit in find_wide_terms(self._wide_marks, text):
            field, start, end, matched = text.locate(*text.original_span("nfkc", hit.latin_start, hit.latin_end))
            for i in self._wide_marks.fingerprints(hit.term_id):
                fp = self._fingerprints[i]
                found.append(Evidence(Rule.alias, self._weights.alias, i, field, start, end, matched, fp.value,
                                      everyday=fp.everyday_word))
        if self.config.fuzzy.enabled and len(self._fuzzy):
            found.extend(self._fuzzy_evidence(text))
        for image_number, image in enumerate(listing.images):
            phash = parse_phash(image.phash)
            if phash is None:
                continue
            for i, distance in self._images.search(phash):
                fp = self._fingerprints[i]
                share = distance / fp.max_distance if fp.max_distance else 0.0
                w = self._weights.image_at_zero + (self._weights.image_at_max_distance - self._weights.image_at_zero) * share
                found.append(Evidence(Rule.image, w, i, "image", image_number, image_number + 1, image.phash, fp.hash,
                                      distance=distance, detail=f"{fp.label or 'image'}: Hamming distance {distance} of at most {fp.max_distance}"))
        return found

    def _cue_evidence(self, text: ListingText) -> list[Evidence]:
        cues = [Evidence(Rule.cue, self._weights.cue, None, *text.locate(f.start, f.end), term=f.term)
                for f in self._cues.find(text)]
        if any(e.term in SCALE_MODEL_CUES for e in cues) and (scale := self._scale_model.find(text)):
            for e in cues:
                if e.term in SCALE_MODEL_CUES:
                    e.weight, e.detail = 0.0, f"a scale model ({scale[0].term}): here a replica is a miniature"
        return cues

    def _mark_evidence(self, text: ListingText, hit: TermHit) -> list[Evidence]:
        field, start, end, matched = text.locate(*text.original_span("latin", hit.latin_start, hit.latin_end))
        matched_latin = text.latin[hit.latin_start:hit.latin_end]
        out = []
        for i in self._marks.fingerprints(hit.term_id):
            fp = self._fingerprints[i]
            if hit.spaced_letters:
                rule, detail = Rule.confusable, "spelled out with separators"
            elif _same_spelling(matched, fp.value):
                is_alias = fp.value in self._aliases[self._brands[self._fingerprint_brand[i]].id]
                rule, detail = (Rule.alias if is_alias else Rule.exact), ""
            elif compact_key(matched) == compact_key(fp.value):
                rule, detail = Rule.confusable, "look-alike or accented characters"
            elif _letter_for_digit(matched_latin, fp.value):
                continue  # "em" is not a leetspeak "3M": only digits stand for letters, not the other way
            else:
                rule, detail = Rule.confusable, "leetspeak or look-alike letters"
            weight = self._weights.confusable if rule is Rule.confusable else getattr(self._weights, rule.value)
            # nobody disguises the planet: "M4RS" or "Mаrs" with a Cyrillic а is the brand, not the everyday word
            out.append(Evidence(rule, weight, i, field, start, end, matched, fp.value, detail=detail,
                                everyday=fp.everyday_word and rule is not Rule.confusable))
        return out

    def _fuzzy_evidence(self, text: ListingText) -> list[Evidence]:
        words = text.leet_words()
        if not self._fuzzy.tokens_with_candidates(words) and self._part_words.isdisjoint(words):
            return []
        tokens = [(m.group(), m.start(), m.end()) for m in _WORD.finditer(text.leet)]
        out: list[Evidence] = []
        multi_word_starts: set[tuple[int, int]] = set()  # (fingerprint, first token) of the multi-word hits
        for n, (token, start, end) in enumerate(tokens):
            for word_id, distance in self._fuzzy.lookup(token):
                for i in self._fuzzy.word_fingerprints(word_id):
                    out.append(self._fuzzy_signal(text, i, start, end, distance))
                multi_word_starts.update((i, n - k) for i, k in self._parts.get(self._fuzzy.words[word_id], ()))
            multi_word_starts.update((i, n - k) for i, k in self._parts.get(token, ()))
        for i, first in sorted(multi_word_starts):
            distance = self._multi_word_distance(text, tokens, first, self._mark_words[i])
            if distance is not None:
                out.append(self._fuzzy_signal(text, i, tokens[first][1], tokens[first + len(self._mark_words[i]) - 1][2], distance))
        return out

    def _fuzzy_signal(self, text: ListingText, i: int, start: int, end: int, distance: int) -> Evidence:
        field, start, end, matched = text.locate(*text.original_span("latin", start, end))
        weight = self._weights.fuzzy_distance_1 if distance == 1 else self._weights.fuzzy_distance_2
        fp = self._fingerprints[i]
        return Evidence(Rule.fuzzy, weight, i, field, start, end, matched, fp.value, distance=distance,
                        detail=f"{distance} edit(s) from the mark", everyday=fp.everyday_word)

    def _multi_word_distance(self, text: ListingText, tokens: list[tuple[str, int, int]], first: int,
                             words: tuple[str, ...]) -> int | None:
        """The edits between the tokens from `first` on and a multi-word mark's words ("Luis Vuiton" is
        "Louis Vuitton" in 2): each word within its own bound, the sum within the whole mark's; None if not."""
        if first < 0 or first + len(words) > len(tokens):
            return None
        if FIELD_SEPARATOR in text.leet[tokens[first][1]:tokens[first + len(words) - 1][2]]:
            return None
        total = 0
        for word, (token, _, _) in zip(words, tokens[first:first + len(words)]):
            if token != word:
                bound = self._fuzzy.max_distance(len(word))
                if not bound or token[0] != word[0]:
                    return None
                distance = OSA.distance(token, word, score_cutoff=bound)
                if distance > bound:
                    return None
                total += distance
        return total if 0 < total <= self._fuzzy.max_distance(sum(map(len, words))) else None

    def _accessory(self, text: ListingText, evidence: list[Evidence], phrases: list[Found], adjacent: list[Found]) -> Evidence | None:
        """Accessory context: "case for <brand>" shortly before a mention, "for <brand>" right before
        it, or "<model> case" right after a model number. The title says what is sold: when it
        names the brand, only its mentions count ("Compatible with all genuine Canon accessories"
        in the description does not make the camera of the title an accessory)."""
        offset = len(text.title) + 1
        field = "title" if any(e.field == "title" and e.start is not None for e in evidence) else "description"
        for e in evidence:
            if e.start is None or e.field != field:
                continue
            start = e.start + (offset if e.field == "description" else 0)
            right_before = [p for p in adjacent if p.end <= start and not text.original[p.end:start].strip()]
            for p in phrases + right_before:
                if p.end <= start and start - p.end <= self.config.accessory_window:
                    return Evidence(Rule.accessory, 0.0, None, *text.locate(p.start, p.end), term=p.term,
                                    detail="the listing says what it fits: an accessory, not the brand's product")
            if e.rule is Rule.model:
                noun = self._accessory_nouns.find_at(text, e.end + (offset if e.field == "description" else 0))
                if noun is not None:
                    return Evidence(Rule.accessory, 0.0, None, *text.locate(noun.start, noun.end), term=noun.term,
                                    detail="an accessory named after the model it fits")
        return None

    def _context_evidence(self, listing: Listing, brand_index: int, evidence: list[Evidence], accessory: bool) -> list[Evidence]:
        """Category and price evidence for a brand the listing names."""
        brand = self._brands[brand_index]
        out = []
        category = next((c for c in brand.categories if category_matches(listing.category, c)), None)
        if category is not None:
            out.append(Evidence(Rule.category, self._weights.category, None, "category", text=listing.category,
                                term=category, detail="listed in one of the brand's categories"))
        if listing.price is None:
            return out
        price = self._rates.to_eur(listing.price)
        floor = self._floor(brand_index, listing, evidence)
        if price is None or floor is None:
            return out
        ratio = price / floor.amount_eur if floor.amount_eur else 1.0
        weight = price_weight(ratio, threshold=self.config.price_ratio_threshold,
                              at_threshold=self._weights.price_at_threshold, maximum=self._weights.price_max)
        if weight == 0:
            return out
        detail = f"price {listing.price.amount:g} {listing.price.currency} is {ratio:.0%} of the {floor.scope} floor"
        if accessory:
            weight, detail = 0.0, detail + "; accessories are cheap, not counted"
        out.append(Evidence(Rule.price, weight, floor.fingerprint, "price", text=f"{listing.price.amount:g} {listing.price.currency}",
                            ratio=ratio, detail=detail))
        return out

    def _floor(self, brand_index: int, listing: Listing, evidence: list[Evidence]) -> Floor | None:
        model_floors = [Floor(e.fingerprint, float(self._model_floors[e.fingerprint]), "model")
                        for e in evidence if e.rule is Rule.model and not np.isnan(self._model_floors[e.fingerprint])]
        if model_floors:
            return max(model_floors, key=lambda f: f.amount_eur)
        floors = self._floors.get(brand_index)
        if floors is None:
            return None
        if (floor := floors.for_category(listing.category)) is not None:
            return floor
        # a brand-wide floor says nothing about "adobe bricks": it needs a mark that is not an everyday word
        if any(e.rule in IDENTITY_RULES and not e.everyday for e in evidence):
            return floors.brand_wide
        return None

    def _authorized(self, listing: Listing, brand_index: int) -> Evidence | None:
        for i in self._sellers.get((listing.marketplace, listing.seller.id), ()):
            if self._fingerprint_brand[i] == brand_index:
                return Evidence(Rule.authorized_seller, 0.0, i, "seller", text=listing.seller.id,
                                term=f"{listing.marketplace}/{listing.seller.id}",
                                detail="the brand's own authorized seller")
        return None

    # ------------------------------------------------------------------ introspection

    def stats(self) -> dict:
        memory = (self._marks.memory_bytes() + self._models.memory_bytes() + self._wide_marks.memory_bytes()
                  + self._fuzzy.memory_bytes() + self._images.memory_bytes() + self._model_floors.nbytes
                  + 12 * len(self._fingerprints) + 300 * (len(self._floors) + len(self._sellers)))
        return {
            "matcher_version": MATCHER_VERSION,
            "index_version": self.version,
            "brands": len(self._brands),
            "fingerprints": len(self._fingerprints),
            "patterns": len(self._marks) + len(self._models) + len(self._wide_marks),
            "mark_patterns": len(self._marks),
            "model_patterns": len(self._models),
            "wide_alias_patterns": len(self._wide_marks),
            "fuzzy_words": len(self._fuzzy),
            "image_hashes": len(self._images),
            "skipped_fingerprints": len(self.skipped),
            "build_seconds": round(self.build_seconds, 3),
            "approx_memory_bytes": memory,
        }


def _same_spelling(text: str, mark: str) -> bool:
    """Equal but for case and separators: "canada-goose" is "Canada Goose"; "Bоse" and "Ｂｏｓｅ" are not "Bose"."""
    return [c for c in text.casefold() if c.isalnum()] == [c for c in mark.casefold() if c.isalnum()]


def _letter_for_digit(matched_latin: str, mark: str) -> bool:
    """True when the text has a letter where the mark has a digit (text "em", mark "3M")."""
    text_chars = [c for c in matched_latin if c.isalnum() or c in LEET]
    mark_chars = [c for c in latin_text(mark) if c.isalnum() or c in LEET]
    return any(t.isalpha() and m.isdigit() for t, m in zip(text_chars, mark_chars))


def _copy(e: Evidence) -> Evidence:
    return replace(e)
