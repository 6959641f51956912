"""The matcher index: every registered fingerprint, compiled for scanning a listing in a few C calls.

`MatcherIndex.build(registry)` offers every fingerprint to each detector of detectors/ (marks,
model numbers, wide-script aliases, misspellings, image hashes ...), which compile their own
tables. `match(listing)` computes the listing's text views once, asks every detector for the
brands the listing names (identity evidence), and only for those looks at cue terms, accessory
context, category, price and seller, then scores each brand (scoring.py).
Building sorts fingerprints by id, so every worker builds the same index from the same registry.
"""

from __future__ import annotations

import dataclasses
import functools
import math
import re
import time
from array import array
from collections.abc import Callable, Sequence
from dataclasses import fields
from datetime import datetime
from operator import attrgetter
from urllib.parse import unquote

import numpy as np

from brandsentry.registry import Registry
from schemas import (
    AuthorizedSellerFingerprint,
    Brand,
    Listing,
    Match,
    Money,
    MarkFingerprint,
    ModelFingerprint,
    PriceFloorFingerprint,
    Rule,
    Signal,
    utcnow,
)
from services.matcher.core.alternation import longest_first
from services.matcher.core.memo import Memo
from services.matcher.core.config import COPY_PITCHES, SCALE_MODEL_CUES, MatcherConfig
from services.matcher.core.context import Lexicon
from services.matcher.core.context.lexicon import outside_senses
from services.matcher.core.context.part_prices import component_floor, factory_source, part_floor
from services.matcher.core.context.trade import APPLIED_WITH
from services.matcher.core.context.marked import PATTERN_WORDS
from services.matcher.core.context import associations, attribution
from services.matcher.core.context.admitted import denies_originality
from services.matcher.core.context.cross_sell import SAID_OF_MARK, item_slug, said_of_mark
from services.matcher.core.context.condition import (CLEARED, genuine_claim, new_resale, CLEARED_MOST_OFF, HONEST_CHANNELS, NO_CONDITION, channel_papers, PROVEN_SCALE, Condition, ConditionReader, chosen, vouched_tester,
                                                     Said, Scale, counter_stock_story)
from services.matcher.core.context.fields import COPY_IN_SLUG, OtherFields, url_path
from services.matcher.core.context.items import gift_arrangement, item_words, small_item
from services.matcher.core.context.makers import compile_makers, makers, other_maker
from services.matcher.core.context.money import money_spans
from services.matcher.core.context import platforms
from services.matcher.core.context.subject import card_below_face, priced_apart
from services.matcher.core.context.language import common_as_written, word_table
from services.matcher.core.codes import ipa
from services.matcher.core.context.judge import (AMBIGUOUS_GRADES, COMMON_ZIPF, Distance, Judge, likeness, tagged_brands,
                                                 voided_by_denied_maker)
from services.matcher.core.context.part_senses import SENSES as PART_SENSES, part_words
from services.matcher.core.context.quantity import read_quantity, retail_units
from services.matcher.core.context.official_stores import official_store
from services.matcher.core.context.retail import (BRANDS_OF_A_TAG_CLOUD, COPY_NOUNS, DISOWNS_ITS_PRICE, PLACEHOLDER_PRICE, RetailReading, distributor_terms,
                                                  header_name, listed_items, lot_count, price_per_unit, retail_standing, set_item, set_of_goods,
                                                  trade_channel)
from services.matcher.core.context.teamwear import TEAM_ORDER_SHARE, team_order
from services.matcher.core.context.stories import (COVER_BELOW_FLOOR, GIFT_RECEIPT_FLOOR, VERIFIED_KINDS, StoryReader,
                                                   gift_receipt, verified_unclaimed)
from services.matcher.core.context.community import CommunityReader, as_found, batch_code, design_file_mark, sells_goods_of
from services.matcher.core.context.trade import BUYER_LOGO, LOGO_SERVICE, PRINT_SERVICE, TradeReader, buyer_logo_said, order_terms
from services.matcher.core.context.pitches import PITCHES, answered, copy_pitches
from services.matcher.core.context.origins import declared_origin
from services.matcher.core.context.voices import VOICE
from services.matcher.core.detectors import DETECTORS, Catalogue, Detector
from services.matcher.core.detectors.goods_codes import on_prescription
from services.matcher.core.detectors import puzzles
from services.matcher.core.detectors.initialisms import DOTTED_DETAIL
from services.matcher.core.detectors.relations import RelationDetector
from services.matcher.core.normalise import FIELD_SEPARATOR, ListingText, joining_spaces, kind_scope, latin_text
from services.matcher.core.notations import WEAK as WEAK_NOTATIONS
from services.matcher.core.mojibake import Words
from services.matcher.core.orthography import mark_own_script, scan_misread
from services.matcher.core.stronger import (OTHER_STOCK, grazed, inside_decoded, inside_longer_names, inside_model_names,
                                             inside_readings, inside_spelt, note, off_category_marks, other_stock,
                                             outside_spelt_names)
from services.matcher.core.context.instalments import UNSTATED_PAYMENTS, PriceTerms, priced_beside, read_terms
from services.matcher.core.context.raffles import maybe_raffle, read_raffle
from services.matcher.core.context.herbal import herbal_at
from services.matcher.core.context.formats import PRICE_PARTS, SaleFormat, format_words, read_format
from services.matcher.core.context.sectors import without_companion_app
from services.matcher.core.context.placeholders import InPlace, disowned_price, price_in_place
from services.matcher.core.context.stated_price import (StatedPrice, TextPrice, listing_country, read_dearer_price,
                                                        read_stated_price, read_text_price)
from services.matcher.core.context.discounts import DEEP, RETAIL_SALE, Discount, read_discount
from services.matcher.core.prices import (
    BrandFloors,
    CurrencyRates,
    Floor,
    catch_all,
    category_leaf,
    category_matches,
    names_category,
    price_weight,
)
from services.matcher.core.scoring import (FAIR_PRICE, FAR_BELOW_FLOOR, GENUINE_PART_BELOW_FLOOR, IDENTITY_RULES, MARK_RULES, NO_RATE, Evidence, join_detail,
                                            score)
from services.matcher.core.detectors.sku_prefixes import inside_codes, yield_to_codes_read
from services.matcher.core.detectors.text_views import yield_to_cjk_lookalikes
from services.matcher.core.detectors.decoded import yield_to_uwu
from services.matcher.core.vocabulary import (PEOPLE_AND_VOICE, heard_on_shorthand, inside_other_vocabulary, mark_vocabulary,
                                              offered, vocabulary_of, yielding)
from services.matcher.core.word_frequencies import zipf_frequency

MATCHER_VERSION = "1.0.0"


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
        self._vocabulary = vocabulary_of(fingerprints)  # product lines, logo names, nicknames (vocabulary.py)
        # the Chinese aliases a character lost to garbled encoding may be completed to (mojibake.py)
        self.wide_words = Words(fp.value for fp in fingerprints if isinstance(fp, MarkFingerprint)
                                and len(fp.value) > 1 and all("\u3400" <= ch <= "\u9fff" for ch in fp.value))

        self.catalogue = Catalogue(fingerprints, self._fingerprint_brand, self._brands, self.config)
        self.detectors: list[Detector] = [detector(self.catalogue) for detector in DETECTORS]
        self._floors: dict[int, BrandFloors] = {}
        self._model_floors = np.full(len(fingerprints), np.nan, dtype=np.float32)  # floor in EUR, by fingerprint
        self._sellers: dict[tuple[str, str], list[int]] = {}
        self.skipped: list[tuple[str, str]] = []  # (fingerprint id, why it cannot be indexed)
        self._brand_marks: dict[int, list[str]] = {}  # the brand's trademarks as registered (context/retail.py)
        for i, fp in enumerate(fingerprints):
            plain = not isinstance(fp, MarkFingerprint) or fp.vocabulary is None  # offered to every detector (issue 16)
            for detector in self.detectors:
                if (plain or offered(fp, detector.name)) and (reason := detector.add(i, fp)) is not None:
                    self.skipped.append((fp.id, reason))
            self._add_context(i, fp)
        # the same floors as Python floats (NaN: none), read per listing by _floor and _line_floor: a float32 array's
        # item, float() and np.isnan cost ~1 µs a read, a list's item ~30 ns (issue 16; the values are equal)
        self._model_floor_of: list[float] = self._model_floors.tolist()
        self._named_models = _named_models(fingerprints, self._fingerprint_brand, self._model_floors)
        self._holds_value = [b.iwg in VALUE_WITH_AGE for b in self._brands]
        self._told_old_models = _after_the_mark(fingerprints, self._fingerprint_brand, self._model_floors, self._named_models,
                                                [b.name for b in self._brands], self._holds_value)
        for detector in self.detectors:
            detector.compile()
        for detector in self.detectors:
            detector.see(self.detectors)
        self._gates = DetectorGates(self.detectors)
        # the sub-brands' detector, asked after the readings whether a brand is named only as a sub-brand's owner
        self._relations = next((d for d in self.detectors if isinstance(d, RelationDetector)), None)
        self._cues = Lexicon(self.config.cue_terms, disguised=True)
        self._not_cues = Lexicon(self.config.not_cues)
        self._judge = Judge(self.config)  # context: accessories, negation, category distance, other languages
        self._judge.rates = self._rates  # a listing's price in euros for the judge's readings (a vehicle's price)
        # (floor36) the cue terms that claim a copy (the copy cues, and a term with a copy word of a slug: "ua version");
        # not "oem", "unbranded", "inspired": a part's or an accessory's honest words
        copy_words = frozenset(t.casefold() for t in self.config.copy_cues) | COPY_IN_SLUG
        self._other_fields = OtherFields([d for d in self.detectors if d.name in OtherFields.DETECTORS], claims_copy=lambda text: any(
            f.term.casefold() in copy_words or not COPY_IN_SLUG.isdisjoint(f.term.casefold().split())
            for f in self._cues.find(ListingText(text, ""))))
        self._scale_model = Lexicon(self.config.scale_model_phrases)
        self._conditions = ConditionReader()  # used, refurbished, grey import, sample ... (context/condition.py)
        self._stories = StoryReader()  # customs seizure, factory overrun, staff sale ... (context/stories.py)
        self._trade = TradeReader()  # forged papers, packaging in bulk, logo service, bootleg (context/trade.py)
        self._community = CommunityReader()  # toy KO, game repro, logo design files, trade codes (context/community.py)
        self._retail = RetailReading(self.config.not_cues)  # whether a listing at a fair price reads as a retailer's (context/retail.py)
        # other makers named as the goods' maker, beside which the registry's jargon names nobody (context/makers.py)
        self._makers = compile_makers(makers({b.name.casefold() for b in self._brands} | {
            fp.value.casefold() for fp in fingerprints if isinstance(fp, MarkFingerprint) and fp.vocabulary is None}))
        self.build_seconds = time.perf_counter() - started

    @classmethod
    def build(cls, registry: Registry, *, version: int = 0, config: MatcherConfig | None = None) -> "MatcherIndex":
        return cls(registry, version, config)

    # ------------------------------------------------------------------ build

    def _add_context(self, i: int, fp) -> None:
        """Price floors and authorized sellers: context for the scorer, not evidence of identity."""
        if isinstance(fp, MarkFingerprint) and fp.vocabulary is None and not fp.everyday_word:
            self._brand_marks.setdefault(self._fingerprint_brand[i], []).append(fp.value)
        if isinstance(fp, (ModelFingerprint, MarkFingerprint)):  # a model's or a line's own floor
            if fp.price_floor is not None and (eur := self._rates.to_eur(fp.price_floor)) is not None:
                self._model_floors[i] = eur
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

    def match_batch(self, listings: Sequence[Listing], *, ingested_at: Sequence[datetime | None] | None = None,
                    return_exceptions: bool = False) -> list[list[Match] | Exception]:
        """`match` for many listings: result i is exactly `match(listings[i], ingested_at=ingested_at[i])`.

        listings: n Listings; ingested_at: None or n datetimes/None, one per listing (ValueError if another
        length). Returns n lists of Match (one per brand at or above its threshold, best first; empty when the
        listing names nothing). An exception raised while matching listing i propagates, or with
        return_exceptions=True stands at position i (as asyncio.gather does) and the other listings are matched.
        """
        return _batch(self.match, listings, ingested_at, return_exceptions)

    def _matches(self, listing: Listing, ingested_at: datetime | None, text: ListingText | None, *, everything: bool) -> list[Match]:
        started = time.perf_counter()
        text = text or ListingText(listing.title, listing.description, self.wide_words)
        scored = self.score_listing(listing, text)
        matches = []
        for brand_index, value, evidence in scored:
            brand = self._brands[brand_index]
            if not everything and value < brand.alert_threshold:
                continue
            # built without validation: every field comes from validated objects (Listing, Brand, Signal) or is
            # a number the scorer keeps in [0, 1]; a full validation cost ~10 us a Match (tests: test_match_batch)
            matches.append(
                Match.model_construct(
                    listing_key=listing.key, listing=listing, brand_id=brand.id, brand_name=brand.name,
                    iwg=brand.iwg, score=value, threshold=brand.alert_threshold,
                    signals=[_stored(e.signal(self._fingerprint_ids), text) for e in evidence],
                    matcher_version=MATCHER_VERSION, index_version=self.version, matched_at=utcnow(),
                    ingested_at=ingested_at, timings_ms={"match": round((time.perf_counter() - started) * 1000, 3)},
                    source=None, found_by="stream", rescan_id=None, fingerprint_versions={},
                )
            )
        return matches

    def score_listing(self, listing: Listing, text: ListingText | None = None) -> list[tuple[int, float, list[Evidence]]]:
        """(brand index, score, evidence) for every brand the listing names, best first."""
        text = text or ListingText(listing.title, listing.description, self.wide_words)
        if text.repairs:  # garbled by a wrong encoding: every reading of the text reads it as the seller wrote it (mojibake.py)
            listing = listing.model_copy(update={"title": text.title, "description": text.description})
        written = self._written_price(listing, text) if listing.price is None else None
        # (offer52) a placeholder field (999999, 0.01, 1元) beside the price the text states: that price is the goods'
        in_place = self._in_place(listing, text) if listing.price is not None else None
        if in_place is not None:
            written = in_place.price
        if written is not None:  # "650 lucas", "8,5jt", "22 косаря": judged as the price field would be (stated_price.py)
            listing = listing.model_copy(update={"price": Money.model_construct(amount=written.amount,
                                                                                 currency=written.currency)})
        by_brand: dict[int, list[Evidence]] = {}
        for e in self._identity_evidence(text, listing):
            if text.repairs and e.start is not None and (how := text.repaired_in(e.field, e.start, e.end or e.start)):
                e.detail = join_detail(e.detail, how)  # "read through the escapes view: \\u escapes (view: escapes)"
                if any(w in how for w in WEAK_NOTATIONS):
                    # a name in character codes, base32 or a short base64 token (notations.bases): a weak reading that
                    # needs the brand's category with a cue or a copy's price, as a run of numbers is a size list, a
                    # serial or a colour as often
                    e.needs_corroboration = True
            by_brand.setdefault(self._fingerprint_brand[e.fingerprint], []).append(e)
        # item specifics, shop name, URL slug, photos' file names (context/fields.py) when the text names no brand, or
        # only by weak candidates (a rare word one edit from some mark must not hide the brand the shop's name gives) or
        # by misspellings only ("Neuf", one edit from Nerf, is French for "new": it must not hide "Marque: X")
        if (listing.attributes or listing.seller.name or listing.url or listing.images or listing.category) and all(
                e.needs_corroboration or e.weight <= 0 or e.rule is Rule.fuzzy for found in by_brand.values() for e in found):
            other = self._other_fields.evidence(listing, text)
            for e in mark_vocabulary(other, self._vocabulary) if self._vocabulary else other:
                by_brand.setdefault(self._fingerprint_brand[e.fingerprint], []).append(e)
        # (fresh54b) the brands a tag line of the description names, counted before the stronger readings keep one
        # ("#apple #coach #samsung #bmw" is keyword stuffing: judge._tag_line)
        tag_brands = tagged_brands(by_brand, text.description) if len(by_brand) > 1 and text.description else 0
        for brand_index, found in list(by_brand.items()):  # a key fob's "shell", a "power switch" (part_senses.py)
            if any(e.everyday and e.term and e.term.casefold() in PART_SENSES for e in found):
                part_words(found, text.title, text.description or "")
                if not any(e.weight > 0 or e.rule is not Rule.everyday_word and e.rule not in IDENTITY_RULES for e in found):
                    del by_brand[brand_index]
        if self._vocabulary and len(by_brand) > 1:
            for brand_index in yielding(by_brand, self._vocabulary):  # another brand's copy (vocabulary.py)
                del by_brand[brand_index]
            for brand_index in heard_on_shorthand(by_brand):  # another brand's shorthand, not a sound-alike
                del by_brand[brand_index]
            if len(by_brand) > 1:
                for brand_index in inside_other_vocabulary(by_brand, self._vocabulary):  # "GG monogram", "crown-O"
                    del by_brand[brand_index]
        yield_to_codes_read(by_brand)
        yield_to_cjk_lookalikes(by_brand)  # K口尺丂 is Kors drawn, not 口尺 heard as Coach's 蔻驰 (text_views.py)
        yield_to_uwu(by_brand)  # "wepwica" is uwu-speak's "replica", no sound-alike of another brand's mark (decoded.py)
        if self._relations is not None and by_brand and (owners := self._relations.owner_beside(text, by_brand)):
            for brand_index in owners:  # the owner of a sub-brand the listing sells ("Tudor ..., Rolex's little brother")
                del by_brand[brand_index]
            if not by_brand:
                return []
        if len(by_brand) > 1 and (gone := platforms.platform_only(by_brand, text.title, text.description)):
            strong = next(b for b in by_brand if b not in gone)  # a platform the goods run on (context/platforms.py)
            for brand_index in gone:
                platforms.note(by_brand[strong], by_brand.pop(brand_index), self._brands[brand_index].name,
                               self._brands[strong].name)
        if len(by_brand) > 1:
            for brand_index in inside_codes(by_brand):  # a piece of another brand's catalogue code (sku_prefixes.py)
                del by_brand[brand_index]
        if len(by_brand) > 1:
            for brand_index in inside_readings(by_brand):  # heard in another brand's Chinese name read aloud (stronger.py)
                del by_brand[brand_index]
            for brand_index in inside_decoded(by_brand):  # heard in a word a code reads as another brand's mark (stronger.py)
                del by_brand[brand_index]
            for brand_index in inside_spelt(by_brand):  # heard in a word another brand registers as written (stronger.py)
                del by_brand[brand_index]
            for brand_index in inside_longer_names(by_brand):  # inside another brand's longer name (stronger.py)
                del by_brand[brand_index]
            for brand_index in inside_model_names(by_brand, self._model_name, {"title": text.title,
                                                                                "description": text.description}):
                del by_brand[brand_index]  # a word of another brand's model name, its number named (stronger.py)
            for brand_index in off_category_marks(by_brand, lambda b: self._filed(b, listing, text)):
                del by_brand[brand_index]  # another brand's word for these goods ('Coke' GMT among watches; stronger.py)
        if not by_brand:
            return []
        reading = self._judge.read(listing, text)
        reading.tag_brands = tag_brands
        cues = (self._cue_evidence(text, reading) + self._trade_evidence(listing, text, reading)
                + self._community_evidence(listing, text, reading))
        if (dearer := self._dearer(listing, text)) is not None:
            cues.append(dearer)  # "Why pay $500 for Jordan 1?" at USD 60 (stated_price.read_dearer_price)
        if (fraud := self._card_fraud(listing)) is not None:
            cues.append(fraud)  # "gift card $100 for only $20" (subject.card_below_face)
        if (cracked := self._cracked_program(listing)) is not None:
            cues.append(cracked)  # "Fireworks CS6 full version, cracked" (judge.cracked_words; floor54)
        if len(by_brand) > 1 and (weak := grazed(by_brand, lambda token: self._a_word(token, reading),
                                                 lambda b: self._filed(b, listing, text), self._own_name,
                                                 lambda token: _prose(token, reading), common_as_written,
                                                 lambda e: _opens_sentence(e, text.description))):
            # (seen54) an everyday-word mark a copy cue is said of alone ("+ FREE Apple adapter … (copy, not
            # original)"): the copied item's brand, no word grazed beside the plain one (context/attribution.py)
            weak = [b for b in weak if b not in _copied_alone(by_brand, cues, listing, self._own_name)]
            strong = next((b for b in by_brand if b not in weak), None)  # a weak candidate beside a brand named plainly (stronger.py)
            for brand_index in weak:
                note(by_brand[strong], by_brand.pop(brand_index), self._brands[brand_index].name, self._brands[strong].name)
        if len(by_brand) > 1 and text.description and (gone := other_stock(by_brand, [
                m.span() for m in OTHER_STOCK.finditer(text.description)])):
            strong = next(b for b in by_brand if b not in gone)  # what else the shop sells (stronger.py)
            for brand_index in gone:
                note(by_brand[strong], by_brand.pop(brand_index), self._brands[brand_index].name, self._brands[strong].name)
        if (jargon := [b for b, found in by_brand.items() if _jargon_only(found)]) and not any(
                c.rule is Rule.cue and c.weight > 0 for c in cues) and (
                maker := other_maker(text.title, self._makers)) is not None:
            for brand_index in jargon:  # "Seiko 5 Sports GMT 'Pepsi'": the jargon describes another maker's goods
                del by_brand[brand_index]
            if not by_brand:
                return []
        if cues and (pitches := [(c.field, c.start, c.end) for c in cues
                                 if c.start is not None and (c.term or "").casefold() in _PITCH_TERMS]):
            # "don't ask if it's original": a weak reading inside the pitch's own words (adidas's Originals one edit from
            # "original") is the pitch, no second brand
            for brand_index in _read_only_inside(by_brand, pitches, _weak_reading, whole=False):
                del by_brand[brand_index]
            if not by_brand:
                return []
        if not any(e.rule is Rule.cue for e in cues) and any(
                e.field in _OTHER_FIELDS for found in by_brand.values() for e in found):
            cues += self._field_cues(listing)  # "?utm_campaign=rolex-submariner-replica": the URL's own cue
        elif listing.attributes and not any(e.rule is Rule.cue and e.weight > 0 for e in cues):
            cues += self._attribute_cues(listing)  # (fresh53b) "Version: Top replica" under a plain title
        if cues and (inside := _read_only_inside(by_brand, [(e.field, e.start, e.end) for e in cues if e.rule is Rule.cue
                                                            and e.start is not None and e.end is not None],
                                                 lambda e: e.needs_corroboration, whole=True)):
            for brand_index in inside:  # a word of a cue phrase read as a weak candidate ('كوالتي' of 'ماستر كوالتي')
                del by_brand[brand_index]
            if not by_brand:
                return []
        copy_word, copy_brands = [], set()  # the bare copy word, a cue only for a brand named by an association
        if self._vocabulary and any(e.vocabulary in associations.KINDS for found in by_brand.values() for e in found):
            # a slogan, group or designer beside another house names that house (context/associations.py)
            copy_word, copy_brands = associations.settle(by_brand, text, cues, self._weights.cue)
        if games := {b for b, found in by_brand.items() if any(e.game for e in found)}:
            # a word game's reading (a numeronym, a rhyme, Pig Latin): the bare copy word beside it is a cue too
            copy_word = copy_word or associations.bare_copy(text, cues, self._weights.cue,
                                                            "the copy word beside the brand given as a word game")
            copy_brands = copy_brands | games
        condition = self._conditions.read(listing, text, consumable=self._consumable(listing),
                                          testers=self._beauty(listing))
        if condition.scale is not None and condition.scale.kind == "single_unit" and len(by_brand) == 1 and all(
                s.term == "one unit" for s in condition.said if s.kind == "single_unit") and set_of_goods(
                listing.title) and not self._consumable(listing):
            # (lots51) "Gift set: Nike Air Max (x1), candle, mirror": the set's count of its one house's item, no unit
            # of a pack (a set of several houses' items keeps the reading: their prices are not judged item by item)
            condition = chosen([s for s in condition.said if s.kind != "single_unit"])
        lot = condition.lot  # a lot of licence keys is still a lot (retail.py)
        if condition.said and self._software(listing) and not (condition.why is not None
                                                               and condition.why.kind == "bundle_part"):
            condition = NO_CONDITION  # a licence key has no condition (condition.py); a bundle's leftover code has
        story = None
        plan = read_terms(text) if listing.price is not None else None  # one payment of several (instalments.py)
        if plan is None and listing.price is not None and maybe_raffle(text.latin_words, text.original) and (
                raffle := read_raffle(listing.title, listing.description)):
            plan = _raffle_terms(listing, *raffle)  # one ticket of a raffle that sells its prize (raffles.py)
        if listing.price is not None and (found := self._stories.find(text)) is not None:
            story = (found[0], found[1].term, *text.locate(found[1].start, found[1].end))
            if priced_apart(listing.title, self._rates.to_eur(listing.price), listing.price.amount, listing.price.currency):
                # (precision28) a gift card, a subscription code or a fixture or packaging sold alone is priced by its
                # face value, term or piece, not by the goods' floor: "got it as a gift" explains no low price there
                story = None
            elif counter_stock_story(condition, found[1].term):
                # (closet37) counter stock read as an outlet's goods (剪标 专柜撤柜, タグカット品): its own words are the
                # price's stated reason, judged at the outlet's scale (condition.COUNTER_STOCK), no cover story
                story = None
            elif story[0] in VERIFIED_KINDS and verified_unclaimed(text) is not None:
                # (genuine32) a lost-property office's auction of an item it had verified genuine: the office's sale, no
                # pretext for a copy's price (stories.verified_unclaimed); its auction format says what the price is
                story = None
        # an auction, giveaway, swap, wanted ad; a contract's upfront payment, a deposit, a buying service's fee, a
        # trade-in's net price, a software subscription's month, a price in a coin (formats.py)
        sale = _sale_format(listing, text, condition, story, software=self._software(listing), plan=plan,
                            coin=self._rates.band(listing.price) is not None if listing.price is not None else False)
        stated = self._stated(listing, text)  # a real price the text states below the field's (stated_price.py)
        discount = read_discount(text) if listing.price is not None else None  # "-20%", "soldes -30%" (discounts.py)
        # a distributor's terms (TRADE_PRICE), read only when a price below the floor asks
        distributor = functools.cache(functools.partial(_trade_terms, text))
        if condition.scale is PROVEN_SCALE and (self._retail.cheap.find(text) or discount is not None and (
                discount.fraction >= DEEP) or _trade_talk(self._retail.trade_talk(text), reading)):
            # (reason39) the shop's receipt beside cheapness ("lowest price", 激安, "-80%") or the trade's grade talk
            # ("topkwaliteit", "jakość jak oryginał"; not the claim itself, "100% genuine"): the copy trade's pitch, no
            # owner's answer to "is it real?" (condition.proven_resale); the other conditions said judge the price
            condition = chosen([s for s in condition.said if s.scale is not PROVEN_SCALE])
        if condition.scale is not None and condition.scale.kind in CLEARED and (
                discount is not None and discount.fraction > CLEARED_MOST_OFF  # "short dated, -85%" (condition.py)
                or condition.scale.kind == "outlet" and not self._outlet_goods(listing)):
            # no clearance's discount; an outlet store's goods are clothes, shoes, bags and sports gear, not a serum, a
            # blaster or a generator "bought at the outlet" (genuine, session 18)
            condition = Condition(condition.said, None, None, condition.new_claim, condition.lot)
        if condition.scale is not None and condition.scale.kind in HONEST_CHANNELS:
            if retail_standing(text) is None and channel_papers(text) is None:
                # (honest50) a closing-down sale or a pawn shop with no papers: the copy trade's pretext, no condition
                condition = chosen([s for s in condition.said if s.kind not in HONEST_CHANNELS])
            elif story is not None and story[0] in _CHANNEL_STORIES:
                story = None  # the retailer's closing-down sale is the price's stated reason, no cover story
        results = []
        # the country of origin the listing declares, read once when a brand it names registers where it makes its
        # goods (schemas.Brand.made_in, context/origins.py)
        origin = declared_origin(listing, text) if any(self._brands[b].made_in for b in by_brand) else None
        minor, owners, elsewhere = _attributed(by_brand, cues, listing, text) if len(by_brand) > 1 else (set(), {}, None)
        if minor:  # named only as what the goods fit, a rival compared with or a component (context/attribution.py)
            strong = next(b for b in by_brand if b not in minor)
            for brand_index in minor:
                attribution.note(by_brand[strong], by_brand.pop(brand_index), self._brands[brand_index].name)
        named = sum(1 for found in by_brand.values() if any(not e.needs_corroboration and not e.everyday for e in found))
        # (left57) a brand named only in the description's search-tag list (tag_lines.tag_spans) is a seller's
        # keyword stuffing beside the goods, read there as such: it makes no tag cloud of the goods sold, so it does
        # not block a fair price of the brand named plainly in the title (retail.not_retail's BRANDS_OF_A_TAG_CLOUD)
        named_plainly = sum(1 for found in by_brand.values() if any(
            not e.needs_corroboration and not e.everyday and not _in_tag_list(e, reading.tag_spans) for e in found))
        # (multi50) many brands each naming its own item is a list of goods, no tag cloud (retail.listed_items)
        items_listed = named >= BRANDS_OF_A_TAG_CLOUD and listed_items(listing.title, {b: [
            (e.start, e.end, e.rule is Rule.model) for e in found if e.field == "title" and e.start is not None
            and e.end is not None and e.rule in IDENTITY_RULES and not e.needs_corroboration and not e.everyday]
            for b, found in by_brand.items()})
        for brand_index in sorted(by_brand):
            evidence = by_brand[brand_index]
            evidence.sort(key=lambda e: (e.field != "title", e.start or 0, e.rule.value, e.fingerprint))
            if condition.said:
                _condition_words(evidence, condition)
            _verb_words(evidence, listing)
            if sale is not None:
                _format_words(evidence, text)
            notes, far = self._judge.identity(reading, self._brands[brand_index], evidence, [
                (self._brands[o], by_brand[o]) for o in by_brand if o != brand_index] if len(by_brand) > 1 else ())
            if far is not None and far.subject and not far.guide and (made := next((
                    e for e in cues if e.trade_word is not None and e.trade_word.kind in _TRADE_GOODS), None)) is not None:
                # "Custom painted LV sneakers, made to order": a bootleg print or a logo order makes goods, not a dish
                # or a service about them (context/trade.py); the subject note goes, the mark counts as in the goods
                far = None
                for n in notes:
                    if n.rule is Rule.subject:
                        n.detail += f"; not applied: '{made.text}' ({made.term}) makes the brand's goods"
            accessory = self._judge.accessory(reading, self._brands[brand_index], evidence)
            if accessory is not None and dearer is not None and accessory.field == dearer.field and accessory.start is not None \
                    and dearer.start <= accessory.start and accessory.end <= dearer.end:
                accessory.detail = (f"'{accessory.text}' is the pitch's '{dearer.text}': what the stated price buys, not "
                                    "what an accessory fits; not lowered")
                notes.append(accessory)
                accessory = None
            if accessory is not None and far is None and (accessory.term or "").startswith("disclaimer: "):
                accessory = self._boilerplate(listing, reading, brand_index, evidence, accessory, notes)
            framed = accessory is not None  # an accessory or a likeness ("-style"): never a retailer's own goods
            # a toy maker's toys filed among its own toys are goods it makes: an unlicensed-goods cue (a mini figure, a
            # trinket) is none there (outsider37's Bandai Gashapon capsule toy at GBP 3.70); a fashion house's
            # "accessories" hold no keyrings of its coats
            own_goods = any(e.trade_word is not None and e.trade_word.kind == "unlicensed" for e in cues) and any(
                category_matches(listing.category, c) and _TOY_SECTOR in self._judge.category_sectors(c).sectors
                for c in self._brands[brand_index].categories)
            evidence.extend(_copy(e) for e in cues if (_said_of(e, brand_index, owners) or _applied(e)) and (e.trade_word is None or (
                e.trade_word.source == COMMUNITY and self._sells_goods_of(e, brand_index, evidence, listing.title)) or (
                e.trade_word.source == TRADE and _trade_of(e, evidence, text, own_goods) and _painted_brand(e, by_brand) in (None, brand_index)
                and not (accessory is not None and likeness(accessory.term) and _buyer_logo(e, reading)))))
            if any(e.trade_word is not None and e.trade_word.source == COMMUNITY for e in evidence):
                # a collectors' word the lexicon also holds ("SNES Modul Nachbau": the retro-game trade's repro) is told
                # in the community's words, once
                said = {(e.field, e.start, e.end) for e in evidence if e.rule is Rule.cue and e.trade_word is not None
                        and e.trade_word.source == COMMUNITY}
                evidence[:] = [e for e in evidence if not (e.rule is Rule.cue and e.trade_word is None
                                                           and (e.field, e.start, e.end) in said)]
            if copy_word and brand_index in copy_brands:
                evidence.extend(_copy(e) for e in copy_word)
            if self._judge.sells_medicines(self._brands[brand_index]) and (
                    herbal := self._herbal(text, brand_index, evidence)) is not None:
                evidence.append(herbal)  # "Herbal Viagra", "草本 Paxlovid" (context/herbal.py)
            accessory = self._judge.settle_accessory(accessory, evidence, notes)
            if said := self._said_of_mark(listing, text, evidence):
                # (hiding55) "#rolexrep", "our Gillette copy", ".../gillette-fusion5-replica-1-1", "can't tell it from a
                # genuine Apple ... mirror copy": the copy word is said of the brand's item (context/cross_sell.py)
                evidence.extend(said)
                if accessory is not None:
                    accessory.detail = (f"{accessory.detail}; with '{said[0].text}': the brand's own goods are said to be "
                                        "copied, no accessory for them; not lowered")
                    notes.append(accessory)
                    accessory = None
            if origin is not None and accessory is None and (made := self._brands[brand_index].made_in) and (
                    origin.country not in made):
                # "Rolex Daytona – new with tags. Country of origin: China": the house makes none of its goods there
                evidence.append(Evidence(
                    Rule.cue, self._weights.cue, None, origin.field, origin.start, origin.end, origin.said,
                    term=f"origin: {origin.country}", detail=f"declared made in {origin.country} ('{origin.said}'); "
                    f"{self._brands[brand_index].name} makes its goods in {', '.join(made)} only (its registered made_in)"))
            if accessory is not None and (trade := next((e for e in evidence if e.rule is Rule.cue and e.weight > 0
                                                         and _source(e) == TRADE
                                                         and e.trade_word.kind not in _FRAMED_TRADE
                                                         and not order_terms(e.trade_word)), None)) is not None:
                # (trade51) a factory's order terms alone (MOQ, FOB) are an aftermarket maker's as much as a copier's:
                # no papers, packaging or logo sold
                accessory.detail = (f"{accessory.detail}; with '{trade.text}' ({trade.term}): the brand's papers, "
                                    "packaging or logo are what is sold, no accessory for its goods; not lowered")
                notes.append(accessory)  # context/trade.py: "just a card" is the offence
                accessory = None
            if accessory is not None and (word := next((e for e in evidence if e.rule is Rule.cue and e.weight > 0
                                                        and _source(e) == COMMUNITY
                                                        and e.trade_word.kind != "denied_original" and not (
                                                            e.trade_word.kind == "denied_maker"
                                                            and not voided_by_denied_maker(accessory))), None)) is not None:
                # (genuine, session 18) "Not original." beside an accessory or a part is its maker's honest disclaimer;
                # (admit55) "not made by Apple" beside "Apple Watch band" is the band maker's, beside the brand's goods
                # named with no part the copy's (judge.voided_by_denied_maker)
                accessory.detail = (f"{accessory.detail}; with '{word.text}' ({word.term}): a copy of the brand's own "
                                    "goods in its collectors' words, not an accessory for them; not lowered")
                notes.append(accessory)  # "Action Figures & Accessories" files figures, "Optimus Prime KO" is one
                accessory = None
            held = condition
            if condition.scale is not None and condition.scale.kind == "tester" and not self._item_floor(
                    brand_index, listing, evidence, far) and not vouched_tester(text, retail_standing(text)):
                # a tester's fair price is below its own item's retail: only a model's or a line's floor says what
                # that is; a category's floor is already its cheapest genuine unit's (a small bottle), and there a
                # "tester" stays the copy trade's cover (retail.py), as before, unless the seller says what a buyer can
                # check of it: its batch code, the perfumery it came from, the shop's receipt (genuine55,
                # condition.vouched_tester)
                held = Condition(condition.said, None, None, condition.new_claim, condition.lot)
            elif condition.scale is not None and condition.scale.kind == "personalised" and not any(
                    e.rule in IDENTITY_RULES and e.weight > 0 and not _engraved_text(e, condition.why) for e in evidence):
                # (genuine23) only the engraved text, the text printed on the goods, a home town or a slogan names the
                # brand ("gravé 'EST. 1856'", "com gravação 'NANOE X'"): the engraving is the brand's marking, no
                # previous owner's personalisation (condition.py)
                held = Condition(condition.said, None, None, condition.new_claim, condition.lot)
            elif condition.scale is not None and all(_said_in_a_mark(w, evidence) for w in condition.said
                                                     if w.kind not in ("new", "lot")):
                # (dodge39) "Burberry Vintage Check cashmere scarf": every condition word is of the brand's registered
                # line, which names new goods, no condition of these ("Vintage Check scarf – used" is used)
                held = Condition(condition.said, None, None, condition.new_claim, condition.lot)
            context = None
            rx = on_prescription(text) if self._judge.sells_medicines(self._brands[brand_index]) and \
                self._judge.medicine_listing(listing) else None  # a pharmacy's sale on prescription (goods_codes.py)
            if stated is not None:  # the text's real price judged: no plan or part explains it; when it is low only
                context = self._context_evidence(listing, brand_index, evidence, accessory is not None, far, held,
                                                 story, None, None, stated, rx=rx, houses=len(by_brand))
                if not any(e.rule is Rule.price and e.weight > 0 for e in context):
                    context = None  # a "final price with coupon" a shop's discount leaves: the field is judged
            brand_sale = sale if context is None else None
            if context is None:
                context = self._context_evidence(listing, brand_index, evidence, accessory is not None, far, held,
                                                 story, plan, sale, discount=discount, rx=rx, trade=distributor,
                                                 houses=len(by_brand))
            evidence.extend(context)
            if brand_sale is not None and (below := next((e for e in evidence if e.rule is Rule.price and e.term == PART_BELOW),
                                                   None)) is not None:
                brand_sale = dataclasses.replace(sale, blocked=f"the price judged: {below.ratio:.0%} of the floor, below "
                                                               "what the part explains")
            if accessory is not None and accessory.genuine_claim is not None:
                accessory.genuine_claim = self._genuine_part(accessory, evidence, text.title, reading.price_eur,
                                                             brand_index, listing)
            self._judge.corroboration(evidence, far, text.description)
            if accessory is None:  # an accessory's own rules say when it is the product ("bracelet included")
                self._descriptors(listing, text, evidence, brand_index)
            evidence.extend(notes)
            authorized = self._authorized(listing, brand_index)
            weak = any(e.needs_corroboration for e in evidence)
            # "lot of 3", "case of 24 … wholesale" at a fair price per unit (the price was judged per unit): the lot's
            # price is for its units, no reason a retailer's price is not one
            per_unit = any(e.rule is Rule.price and PER_UNIT in e.detail for e in evidence)
            fair = None if held.scale is not None or framed else self._fair_price(
                listing, text, reading, brand_index, evidence, None if per_unit else lot, named_plainly, per_unit=per_unit,
                items_listed=items_listed, price_stated=in_place is not None,
                elsewhere=None if elsewhere is None or len(by_brand) < 2 else functools.partial(elsewhere, brand_index),
                base=len(by_brand) > 1 and any(
                    c.trade_word is not None and c.trade_word.kind == "bootleg"
                    and _painted_brand(c, by_brand) not in (None, -1, brand_index) for c in cues))
            cond_ev = _condition_evidence(held)
            if cond_ev is not None and held.scale is not None and held.scale.kind == "child_size" and (
                    any(e.rule is Rule.marked for e in evidence)
                    or not any(e.rule is Rule.price and e.ratio is not None for e in evidence)):
                cond_ev = None  # (genuine34) a child's size explains only a price a floor judged, never the mark printed on
            # (resale55) a price field the listing disowns ("price on request; the price field is a placeholder") at or
            # above the floor, with no price stated in its place, is no price: fair_price is blocked by the disowning
            # words or the hold price, and the listing is judged as one with no price judged
            disowned = (fair is not None and (fair.blocked or "").startswith((DISOWNS_ITS_PRICE, PLACEHOLDER_PRICE))
                        and in_place is None and fair.ratio is not None and fair.ratio >= FAIR_PRICE
                        and disowned_price(text) is not None)
            # a claim of genuine goods stands for a disowning of copies only where the price is unknown for a stated
            # reason: a disowned placeholder, a currency with no rate, or no price field and the text asking to be asked
            claimed = disowned or any(e.rule is Rule.price and e.term == NO_RATE for e in evidence) or (
                listing.price is None and written is None and disowned_price(text) is not None)
            if (fair is None or disowned) and accessory is None and brand_sale is None and named < BRANDS_OF_A_TAG_CLOUD and (
                    unpriced := _unpriced_provenance(text, evidence, disowned=disowned, claimed=claimed)) is not None and not (
                    _trade_talk(self._retail.trade_talk(text), reading) or batch_code(text.original)):
                # (the copy trade's grade talk or a batch code beside the receipt: "top batch", "mirror quality", no
                # owner's provenance, as for a resale with the shop's proof, condition.PROVEN_SCALE)
                fair, cond_ev = unpriced, None
            value = score(evidence, self._weights, accessory=accessory, authorized=authorized,
                          condition=cond_ev, fair=fair, sale_format=_sale_evidence(brand_sale),
                          names_category=weak and names_category(text.latin_words, self._brands[brand_index].categories))
            results.append((brand_index, value, evidence))
        if written is not None:
            said = in_place.describe() if in_place is not None else (
                f"text_price: {written.describe()}, the price the {written.field} writes, the listing having no price "
                "field (stated_price.read_text_price)")
            for _, _, evidence in results:
                for e in evidence:
                    if e.rule is Rule.price and e.field == "price":
                        e.detail = join_detail(said, e.detail)
        if len(results) > 1:
            results = self._crossover(listing, results)
            results = self._shop_header(listing, results)
        if elsewhere is not None and len(results) > 1:
            results = self._beside_copy(text, results, cues, owners, elsewhere)
        results.sort(key=lambda r: (-r[1], self._brands[r[0]].id))
        return results

    def _crossover(self, listing: Listing, results: list[tuple[int, float, list[Evidence]]]
                   ) -> list[tuple[int, float, list[Evidence]]]:
        """(precision28, issue 9) A licensed crossover or a collaboration: one brand's goods (the maker: the listing
        filed among its goods, at a genuine unit's price, fair_price lowering it) that name another registry brand
        plainly as its licensed subject or partner ("LEGO Super Mario", "UNO Nintendo edition", "adidas x Gucci
        Gazelle", "Samba OG x Levi's"). The partner's mention is lowered as the maker's is (rule fair_price, by
        weights.fair_price_factor) when it is named by its plain mark only (rule exact) in the title, after the maker or
        joined by a collaboration's or a licence's word (CROSSOVER_JOIN), with nothing else of its own: not filed among
        its goods, no cue, no low price, no logo or pattern on the goods (rule marked). The copy trade's fake collab at
        a copy's price leaves the maker no fair price, and a cue or a logo claim counts for the partner: both still
        alert."""
        # (genuine34) a maker unfiled (no category) counts when the title joins the two by a collaboration's or a
        # licence's word ("LEGO x Nike Dunk Low build set (official collab)"): its fair price says whose goods they are
        joined = CROSSOVER_JOIN.search(listing.title) is not None
        makers = [(b, ev) for b, v, ev in results if v < self._brands[b].alert_threshold
                  and any(e.rule is Rule.fair_price and e.weight < 0 for e in ev)
                  and (joined or any(e.rule is Rule.category and e.weight > 0 for e in ev))]
        if not makers:
            return results
        out = []
        for b, v, ev in results:
            brand = self._brands[b]
            positive = [e for e in ev if e.weight > 0]
            if (v < brand.alert_threshold or not positive or any(e.rule is not Rule.exact for e in positive)
                    or any(e.field != "title" or e.start is None for e in positive)
                    or any(e.rule is Rule.marked for e in ev)):
                out.append((b, v, ev))
                continue
            mine = min(e.start for e in positive)
            maker = next((self._brands[m] for m, mev in makers if m != b and (joined or any(
                e.rule in IDENTITY_RULES and e.field == "title" and e.start is not None and e.start < mine
                for e in mev))), None)
            if maker is None:
                out.append((b, v, ev))
                continue
            reduced = v * self._weights.fair_price_factor
            ev.append(Evidence(Rule.fair_price, reduced - v, None, "title", text=listing.title[:80], term=maker.id,
                               detail=(f"{brand.name} named plainly as the licensed subject or collaboration partner of "
                                       f"{maker.name}'s goods, which the listing sells at a genuine unit's price "
                                       "(fair_price); nothing of its own (no category, cue, low price or logo): "
                                       "lowered")))
            out.append((b, reduced, ev))
        return out

    def _shop_header(self, listing: Listing, results: list[tuple[int, float, list[Evidence]]]
                     ) -> list[tuple[int, float, list[Evidence]]]:
        """(quiet52, issue 9) A multi-brand retailer's title opens with its header, the houses it carries, each a bare
        name of its own segment, before the item it sells ("Harrods – Dyson | Philips | Bosch | Philips Sonicare
        DiamondClean", "JD Sports – Nike | Adidas | Puma | Adidas Samba OG"). When the item's brand is lowered by its
        fair price (a genuine unit's, no reason the listing is not a retailer's), a house named only there, by its
        plain mark (rule exact) in the title with nothing of its own but the category it shares (no cue, no low price,
        no model, no logo, no disguise), is the shop's header: lowered as the item's brand is (weights.fair_price_factor).
        A copy shop's header at a copy's price leaves the item's brand no fair price: every brand still alerts."""
        makers = [b for b, v, ev in results if v < self._brands[b].alert_threshold
                  and any(e.rule is Rule.fair_price and e.weight < 0 for e in ev)]
        if not makers:
            return results
        title = listing.title
        out = []
        for b, v, ev in results:
            brand = self._brands[b]
            positive = [e for e in ev if e.weight > 0]
            named = [e for e in ev if e.rule in IDENTITY_RULES and e.field == "title"]
            if (v < brand.alert_threshold or b in makers
                    or any(e.rule not in (Rule.exact, Rule.category) for e in positive)
                    or any(e.rule in IDENTITY_RULES and e.weight > 0 and e.field != "title" for e in ev)
                    or not named or any(e.start is None or e.end is None for e in named)
                    or any(e.rule is Rule.marked for e in ev)
                    or not all(header_name(title, e.start, e.end) for e in named)):
                out.append((b, v, ev))
                continue
            reduced = v * self._weights.fair_price_factor
            ev.append(Evidence(Rule.fair_price, reduced - v, None, "title", text=title[:80], term=brand.id,
                               detail=(f"{brand.name} named bare in the header of a retailer's title, the houses it "
                                       f"carries, before the item of {self._brands[makers[0]].name} it sells at a "
                                       "genuine unit's price (fair_price); nothing of its own: lowered")))
            out.append((b, reduced, ev))
        return out

    def _beside_copy(self, text: ListingText, results: list[tuple[int, float, list[Evidence]]], cues: list[Evidence],
                     owners: dict[int, set[int]], elsewhere: Callable[[int, int, int], bool] | None
                     ) -> list[tuple[int, float, list[Evidence]]]:
        """(lots51, issue 9) A listing that names several brands and says WHICH brand's item is the copy: an owner's
        closet lot "all authentic with receipts except the LV wallet, a rep", a genuine item with a FREE copy of another
        brand's goods, a service kit of one maker's genuine filter and another's copied oil. The copy cue counts for the
        brand whose item it is said of (context/attribution.py), and that brand alerts; another brand the listing
        vouches for (a receipt, an invoice, a warranty, a genuine claim said of it: attribution.vouched) that has
        nothing of its own (only its plain name or model and its category: no cue, no low price, no disguise, no
        logo) is lowered as a retailer's fair price is (weights.fair_price_factor). A listing whose copy talk speaks of
        every item ("all 1:1"), or that vouches for none, or prices the brand's goods low, keeps every brand alerting."""
        if elsewhere is None or any(c.rule is Rule.cue and id(c) not in owners for c in cues):
            return results  # a cue no clause places is said of every brand
        said_of = elsewhere.said_of
        # the copy's words: the cues, and the copy nouns the cue lexicon leaves out for their other senses ("a
        # good-quality rep", retail.COPY_NOUNS), each said of the brands its clause speaks of
        said = [owners[id(c)] for c in cues if id(c) in owners] + [
            o for f in self._retail.talk.find(text) if f.term.casefold() in COPY_NOUNS
            and (o := said_of(f.start, f.end)) is not None]
        alerting = {b for b, v, _ in results if v >= self._brands[b].alert_threshold}
        copied = set().union(*said) & alerting if said else set()
        if not copied:
            return results
        vouched = attribution.vouched(text.original, self._judge.genuine_claims.find(text), retail_standing(text),
                                      said_of, copied)
        if vouched is None:
            return results
        out = []
        for b, v, ev in results:
            brand = self._brands[b]
            positive = [e for e in ev if e.weight > 0]
            if (b in copied or v < brand.alert_threshold
                    or any(e.rule not in _BESIDE_COPY_RULES and not _lot_category_price(e) for e in positive)):
                out.append((b, v, ev))
                continue
            reduced = v * self._weights.fair_price_factor
            ev.append(Evidence(Rule.fair_price, reduced - v, None, "title", text=text.title[:80], term=brand.id,
                               detail=(f"the listing says whose item is the copy ({', '.join(sorted(self._brands[c].name for c in copied))}) "
                                       f"and vouches for the rest ('{vouched}'); {brand.name} is named plainly with "
                                       "nothing of its own (no cue, no disguise, no low price of its own goods): lowered "
                                       "(context/attribution.py)")))
            out.append((b, reduced, ev))
        return out

    def _herbal(self, text: ListingText, brand_index: int, evidence: list[Evidence]) -> Evidence | None:
        """A counterfeit cue when a medicine's mark of the brand (no everyday word, not the company's name) is put on
        herbal or "natural" pills (context/herbal.py), else None."""
        name = self._brands[brand_index].name.casefold()
        named = next((e for e in evidence if e.rule in IDENTITY_RULES and e.weight > 0 and not e.everyday and e.text
                      and (e.term or "").casefold() != name), None)
        if named is None or (found := herbal_at(text, named.text)) is None:
            return None
        said, start, end = found
        where = text.locate(start, end) if start is not None else ("description", None, None, said)
        return Evidence(Rule.cue, self._weights.cue, None, *where, term=f"herbal: {said}",
                        detail=f"'{said}' beside {named.term}, a prescription medicine's mark: herbal or 'natural' pills "
                               "under the mark are no product of the brand (herbal.py)")

    def _boilerplate(self, listing: Listing, reading, brand_index: int, evidence: list[Evidence], disclaimer: Evidence,
                     notes: list[Evidence]) -> Evidence | None:
        """The disclaimer's accessory evidence, or None when it is legal boilerplate beside the brand's goods named in
        the title (Judge.boilerplate) with a price the floor judges: the listing is then judged as the brand's goods,
        a copy's price as a copy's, a shop's price as a retailer's (rule fair_price), not as an accessory's. A note says
        so (rule: disclaimer boilerplate) and the negations of the brand in the boilerplate say they deny nothing."""
        named = self._judge.boilerplate(reading, self._brands[brand_index], evidence)
        if named is None or listing.price is None or (price := self._rates.to_eur(listing.price)) is None:
            return disclaimer
        floor = self._floor(brand_index, listing, evidence, price=price)
        if floor is None or not floor.amount_eur:
            return disclaimer
        ratio = price / floor.amount_eur
        said = disclaimer.text or ""
        for n in notes:
            if n.rule is Rule.negation and n.field == disclaimer.field:
                n.detail = f"'{n.term}' is part of the listing's legal boilerplate: not a denial (rule: disclaimer boilerplate)"
        notes.append(Evidence(
            Rule.negation, 0.0, None, disclaimer.field, disclaimer.start, disclaimer.end, said, term="disclaimer boilerplate",
            detail=(f"'{said}' is legal boilerplate, not a denial: {named}, at {ratio:.0%} of the {floor.scope} floor"
                    + (", a copy's price" if ratio < FAIR_PRICE else ", judged as the brand's goods at a shop's price")
                    + "; the disclaimer does not make the listing an accessory (rule: disclaimer boilerplate)")))
        return None

    def _descriptors(self, listing: Listing, text: ListingText, evidence: list[Evidence], brand_index: int) -> None:
        """Flag (in place) the brand's everyday-word product lines (not its marks: "Dunk", "Love" and "Jet Set" are
        registered marks and name the brand's goods there with a low price, tests/eval/adversary's price class), found as written
        (`Evidence.descriptor`, scoring._descriptor_alone), when nothing else names the brand (a word inside the line,
        the logo name "swan" in "Iconic Swan", is the line) and the goods are apparel, jewellery or bags (sectors.py),
        where such words are what generic goods are called by ("Love heart bracelet", "Jet set travel bag", "denim
        trucker jacket", "Willow wicker basket"); not "Coach" or "Omega", the brand's own name, nor a disguised "L0ve",
        nor a shoe, sold by its line's name ("Dunk Low Panda"), nor a line with a model or size after it ("Speedy 30",
        "Samba OG", "Daytona 116500"), nor a listing with the replica trade's grade word "mirror", nor "Windows",
        "Switch" or "Maya", which describe no generic software, console or toy."""
        identity = [e for e in evidence if e.rule in IDENTITY_RULES and e.weight > 0]
        if not identity:
            return
        name = latin_text(self._brands[brand_index].name)
        lines = []
        for e in identity:
            fp = self._fingerprints[e.fingerprint] if e.fingerprint is not None else None
            if (e.rule is Rule.exact and isinstance(fp, MarkFingerprint) and fp.everyday_word
                    and fp.vocabulary == "line" and latin_text(fp.value) != name
                    and e.field in ("title", "description") and e.end is not None and _common_words(fp.value)):
                after = text.title if e.field == "title" else listing.description
                if _MODEL_AFTER.match(after[e.end:e.end + 12]):
                    return
                lines.append(e)
        if not lines or any(e not in lines and not any(
                e.field == x.field and x.start <= (e.start or -1) and (e.end or 0) <= x.end for x in lines) for e in identity):
            return  # something else names the brand (a word inside the line, "swan" in "Iconic Swan", is the line)
        if _GRADE_WORD.search(text.latin):
            return  # "Love bracelet 18k gold screw design mirror": the replica trade's grade word
        sectors = self._judge.category_sectors(category_leaf(listing.category)).sectors | self._judge.word_sectors(
            listing.title)
        if sectors.isdisjoint(_DESCRIBED_SECTORS) or not sectors.isdisjoint(_NAMED_SECTORS) or _FOOTWEAR.search(
                latin_text(f"{listing.title} {category_leaf(listing.category)}")):
            return
        for e in identity:
            e.descriptor = True

    @staticmethod
    def _a_word(token: str, reading) -> bool:
        """Whether a token is a word of some language as the stronger reading asks (stronger.grazed): a word of the
        title's language (ForeignWords.word), or a word of another language that another word of the title is written
        in ("colore verde bosco" beside "stand blender": Italian "bosco", a wood, one edit from Bosch)."""
        if reading.foreign.word(token) is not None:
            return True
        word = token.casefold()
        found = word_table().frequencies(word) if word.isalpha() and len(word) > 2 else ()
        return bool(found) and found[0][1] >= FOREIGN_WORD_ZIPF and reading.foreign._companion(word, found[0][0])

    def _own_name(self, e: Evidence) -> bool:
        """Whether the evidence names its brand by the brand's own name (stronger.grazed), not a line or second mark."""
        if e.fingerprint is None:
            return True
        return latin_text(self._fingerprints[e.fingerprint].value) == latin_text(
            self._brands[self._fingerprint_brand[e.fingerprint]].name)

    def _filed(self, brand_index: int, listing: Listing, text: ListingText) -> bool:
        """Whether the listing is filed in one of the brand's categories or its text names one."""
        categories = self._brands[brand_index].categories
        return any(category_matches(listing.category, c) for c in categories) or names_category(text.latin_words, categories)

    def _identity_evidence(self, text: ListingText, listing: Listing) -> list[Evidence]:
        """Evidence that names a brand, from every detector in turn."""
        found: list[Evidence] = []
        for detector in self._gates.open(text):
            found.extend(detector.detect(text, listing))
        if self._vocabulary and found:
            found = mark_vocabulary(found, self._vocabulary)
        if len(found) > 1 and any(e.compound for e in found):
            found = _read_as_written(found, self._fingerprint_brand)
        if found and not text.is_ascii:
            mark_own_script(found, text.original, len(text.title))  # the name in the listing's own script (orthography.py)
        if found:
            scan_misread(found, text.original, len(text.title))  # (text57) a scanned sheet's misreadings (orthography.py)
        if len(found) > 1 and any(e.rule in _REASSEMBLED for e in found):
            found = _outside_reassembled(found, self._fingerprint_brand)
        if found and text.description.count("\n") >= puzzles.MIN_ROWS - 1:
            found = _outside_letter_grids(found, text)
        if found:
            found = _outside_decoys(found, text)
        if found and (money := money_spans(text.original)):
            found = _outside_money(found, text, money)
        if len(found) > 1 and any(DOTTED_DETAIL in e.detail for e in found):
            found = _outside_dotted(found)
        if found and not text.is_ascii and ipa.CODE.opens(text.original):
            found = _outside_transcriptions(found, text)
        if len(found) > 1 and any(e.rule is Rule.decoded for e in found):
            found = outside_spelt_names(found, self._fingerprint_brand)  # a run of letter names names one brand
        if len(found) > 1:
            found = _outside_longer_names(_outside_longer_marks(found, self._fingerprint_brand), self._fingerprint_brand)
            found = _bases_beside_references(found, self._fingerprint_brand)
            if any(e.rule is Rule.barcode for e in found):
                found = _outside_barcodes(found)
            if any(e.rule in _LOOKS or e.rule is Rule.spec or e.rule is Rule.puzzle for e in found):
                found = _looks_yield(found, self._fingerprint_brand)
        return found

    def _said_of_mark(self, listing: Listing, text: ListingText, evidence: list[Evidence]) -> list[Evidence]:
        """(hiding55, issue 9) The copy words said of the brand's item where the other readers see no claim
        (context/cross_sell.py `said_of_mark`): a copy word glued to the mark ("#rolexrep", "#pfizerdupe") or right after
        it ("our Gillette copy 10.50 USD"), new cues; a copy word after the mark in the item's own URL slug (".../item/1/
        gillette-fusion5-replica-1-1"), a cue of field `url` that makes the slug's mark count as the text's would; the
        mark named as the genuine article the goods are held against (a review's likeness, a retail-price anchor), which
        makes the listing's copy cues the brand's. Each such cue stands far from the brand's goods (judge.corroboration).
        Cost: a scan of the characters after each mark as written, and a regex over the 60 before it."""
        marks = [(e.field, e.start, e.end, e.term or e.text or "") for e in evidence
                 if e.rule in _SAID_RULES and e.weight > 0 and e.field in ("title", "description")
                 and e.start is not None and e.end is not None]
        slug_marks = [e.text.casefold() for e in evidence if e.field == "url" and e.start is None
                      and e.rule in IDENTITY_RULES and e.text]
        if not marks and not slug_marks:
            return []
        fields = {"title": text.title, "description": text.description or ""}
        bare = [text.locate(s, t)[:3] for s, t in associations.copy_words(text)] if marks else []
        slug = item_slug(url_path(listing.url)[0]) if slug_marks and listing.url else []
        bound, slugged, referenced = said_of_mark(fields, marks, bare, slug, slug_marks)
        weight = self._weights.cue
        out = [Evidence(Rule.cue, weight, None, f, s, t, w, term="copy",
                        detail=f"{SAID_OF_MARK}: '{w}' glued to the mark or right after it") for f, s, t, w in bound]
        glued = {(f, s) for f, s, _t, _w in bound}
        for e in evidence:  # "#guccibagrep" read as a weak compound: the copy trade's tag names the brand
            if (e.field, e.start) in glued and e.rule in _SAID_RULES and e.needs_corroboration:
                e.needs_corroboration = e.needs_cue = False
                e.detail = join_detail(e.detail, "a hashtag of the mark, its goods and a copy word: names the brand")
        if slugged:
            out.append(Evidence(Rule.cue, weight, None, "url", None, None, "-".join(slug)[:80], term="copy",
                                detail=f"{SAID_OF_MARK}: the item's own URL slug, written from its first title, names the "
                                       "mark with a copy word after it"))
            for e in evidence:
                if e.field == "url" and e.start is None and e.rule in IDENTITY_RULES:
                    e.needs_corroboration = e.needs_cue = False
                    e.detail = join_detail(e.detail, "the slug calls the item the brand's copy: read as the text's words")
        if referenced:
            for e in evidence:
                if e.rule is Rule.cue and e.weight > 0 and (e.term or "").casefold() not in _AMBIGUOUS_ALONE:
                    e.detail = join_detail(e.detail, f"{SAID_OF_MARK}: the mark is named as the genuine article the "
                                                     "goods are held against (a likeness or a retail-price anchor)")
        return out

    def _field_cues(self, listing: Listing) -> list[Evidence]:
        """Counterfeit cue terms in the words of the listing URL's path, query string and fragment, of the seller's
        account id and of the item specifics no other reader reads (field `url`), for a listing that names the brand
        only in such fields and states no cue in its text ("/item/8d4e9fad03?utm_campaign=dyson-airwrap-dupe-1to1",
        seller "rolex_reps_88", "Notes: sub rep"): the seller's own words for the goods, kept where no reader of the
        text looks."""
        path, query = url_path(listing.url) if listing.url else ("", "")
        extra = [v for v in listing.attributes.values()  # not "Notes: not Canada Goose, unbranded"
                 if v and _NEGATED.isdisjoint(latin_text(v).split())] if listing.attributes else []
        account = self._other_fields.account_words(listing)
        photos = [unquote(i.url.split("?", 1)[0].rsplit("/", 1)[-1]) for i in listing.images[:4] if i.url]
        slugs = " ".join(" ".join((path, query, account, *photos)).replace("/", " ").replace("_", " ").replace(
            "-", " ").replace(".", " ").split())
        words = " ".join((slugs, *extra)).strip()
        if not words:
            return []
        found = [(words[f.start:f.end], f.term) for f in self._cues.find(ListingText(words, ""))]
        if not found:  # a copy's word of a URL's slug or campaign, a seller's id or a photo's name ("nike-dunk-rep",
            # "airpods-pro-clone"), not a share button's source ("utm_source=copy_link"); not of an item specific's
            # free text ("Finish: mirror polished")
            said = latin_text(slugs).split()
            found = [(w, w) for k, w in enumerate(said)
                     if w in COPY_IN_SLUG and said[k + 1:k + 2] not in (["link"], ["url"])]
            found += [("1-1", "1:1") for k, w in enumerate(said[:-1]) if w == "1" and said[k + 1] == "1"][:1]  # 1:1 slugged
        return [Evidence(Rule.cue, self._weights.cue, None, "url", None, None, said, term=term,
                         detail="a counterfeit cue named only in the listing's URL (its path, query string or fragment)")
                for said, term in found]

    def _attribute_cues(self, listing: Listing) -> list[Evidence]:
        """(fresh53b, issue 9) A claim of a copy kept in an item specific of a listing whose text names the brand and
        states no cue ("Quality: AAA copy", "Version: Top replica", "Grade: 1:1 Mirror", "Authenticity: high copy"
        under "Apple AirPods Pro 2"): the seller's own word for the goods, where no reader of the text looks. Only the
        copy cues (config.DEFAULT_COPY_CUES: not "oem", "inspired", "unbranded"), not in a value the seller negates
        ("Notes: not a replica") nor under a key of measures (SCALE_KEYS: "Scale: 1:1", "Battery: AAA")."""
        values = [v for k, v in listing.attributes.items()
                  if v and _NEGATED.isdisjoint(latin_text(v).split()) and not _SCALE_KEY.search(latin_text(k).lower())]
        if not values:
            return []
        words = ListingText(" ; ".join(values), "")
        return [Evidence(Rule.cue, self._weights.cue, None, "attributes", None, None, f.term, term=f.term,
                         detail="a counterfeit cue named only in the listing's item specifics")
                for f in self._judge.copy_cue_terms.find(words)][:1]

    def _cue_evidence(self, text: ListingText, reading) -> list[Evidence]:
        """Counterfeit cue terms of the listing; one the listing denies or refuses ("NOT a replica", "keine Replika",
        "не копия", "非高仿", "no fakes, no reps": negation.denied_copy_words) is kept at weight 0 and says so, unless
        a wink mocks the denial ("not fake ;)")."""
        found = self._cues.find(text)
        if found:  # (reason39) a phrase read across a sentence's end is none: "chính hãng. Giá:" is no "hàng giả"
            found = [f for f in found if _PHRASE_BREAK.search(text.original, f.start, f.end) is None]
        if found and any(f.term.casefold() in _PITCH_TERMS for f in found):
            # "Don't ask if it's original – it is, receipt in photo 3": the question answered (context/pitches.py)
            found = [f for f in found if f.term.casefold() not in _PITCH_TERMS or not answered(text, f.end)]
        if pitched := [p for p in copy_pitches(text) if not any(f.start < p.end and p.start < f.end for f in found)]:
            found = sorted(found + pitched, key=lambda f: f.start)  # "don't ask if it's original" (context/pitches.py)
        if found and (not_cues := self._not_cues.find(text)):  # 男女同款 is "unisex"
            if not text.is_ascii and ipa.CODE.opens(text.original) and (spans := ipa.transcriptions(text.original)):
                # a transcription's sounds are no words: "[ˈiːfɒn] replica" is no "fan replica" (codes/ipa.py)
                not_cues = [n for n in not_cues if not any(s < n.end and n.start < t for s, t in spans)]
            if not_cues and (graded := [f for f in found if f.term in SCALE_MODEL_CUES and _graded_replica(text, f)]):
                # "kit – top replica": a replica the copy trade grades is no club's fan version ("replica kit") and no
                # scale model's miniature (_GRADED_REPLICA)
                not_cues = [n for n in not_cues if not any(n.start <= f.start and f.end <= n.end for f in graded)]
            found = outside_senses(found, not_cues)
        denied = reading.denied(found)
        cues = [Evidence(Rule.cue, 0.0 if (f.start, f.end) in denied else self._weights.cue, None,
                         *text.locate(f.start, f.end), term=f.term,
                         detail=(f"{denied[(f.start, f.end)]}; not counted" if denied[(f.start, f.end)].startswith(VOICE)
                                 else f"denied by '{denied[(f.start, f.end)]}': the listing says it is no copy; not counted")
                         if (f.start, f.end) in denied else "") for f in found]
        if any(e.term in SCALE_MODEL_CUES for e in cues) and (scale := self._scale_model.find(text)):
            for e, f in zip(cues, found):
                if e.term in SCALE_MODEL_CUES and not _graded_replica(text, f):
                    e.weight, e.detail = 0.0, f"a scale model ({scale[0].term}): here a replica is a miniature"
        return cues

    def _trade_evidence(self, listing: Listing, text: ListingText, reading) -> list[Evidence]:
        """Counterfeit cues of the trade around the goods (context/trade.py: forged paperwork, packaging in bulk, a logo
        service, a bootleg print), each named in its evidence as "trade <kind>: <term>" (TradeWord.named). (ba35) A logo
        service the listing denies ("非高仿，非代工", "not OEM", "no custom logo": negation.denied_copy_words, as a cue's)
        is kept at weight 0 and says so: a counter's own goods are no factory's logo order. A factory's order terms
        ("no MOQ, factory price") are terms still, never denied."""
        words = self._trade.read(listing, text, None if listing.price is None else self._rates.to_eur(listing.price))
        logos = [t for t in words if t.kind == "logo_service" and t.term.casefold() in _LOGO_TERMS]
        denied = reading.denied(as_found(logos)) if logos else {}
        return [Evidence(Rule.cue, 0.0 if t in logos and t.joined in denied else self._weights.cue, None, t.field,
                         t.start, t.end, t.text, term=t.named, trade_word=t,
                         detail=(f"denied by '{denied[t.joined]}': the listing says it is no copy; not counted"
                                 if t in logos and t.joined in denied else t.why)) for t in words]

    def _sells_goods_of(self, cue: Evidence, brand_index: int, evidence: list[Evidence], title: str) -> bool:
        """Whether a cue of context/community.py counts for this brand: its community's goods are among the brand's, and
        the listing names the brand by more than a misspelling ("Bionicle figure version KO, neuf": "neuf" is French for
        new, not Nerf, whatever the KO says about the LEGO line)."""
        kind = cue.trade_word.kind
        if kind == "design_file":  # the file is of this brand's mark ("Tabby bag monogram pattern digital paper" is
            # Coach's, not Louis Vuitton's everyday-word "monogram"): community.design_file_mark
            return any(e.rule in IDENTITY_RULES and e.field == "title" and e.start is not None and design_file_mark(
                title, e.start, e.end or e.start, e.everyday) for e in evidence)
        return sells_goods_of(kind, self._brands[brand_index].categories) and any(
            e.rule in IDENTITY_RULES and e.rule is not Rule.fuzzy for e in evidence)

    def _community_evidence(self, listing: Listing, text: ListingText, reading) -> list[Evidence]:
        """Counterfeit cues in a collecting community's own words, near its goods (context/community.py: a toy "KO", a
        game "repro", a logo's design file, the replica trade's codes), each named as "community <kind>: <term>"
        (TradeWord.named); one the
        listing denies ("authentic, not a repro", "no KOs") is kept at weight 0 and says so."""
        words = self._community.read(listing, text, reading.admitted)
        if not words:
            return []
        denied = reading.denied(as_found(words))
        return [Evidence(Rule.cue, 0.0 if w.joined in denied else self._weights.cue, None, w.field, w.start, w.end, w.text,
                         term=w.named, trade_word=w,
                         detail=(f"denied by '{denied[w.joined]}': the listing says it is no copy; not counted"
                                 if w.joined in denied else w.why)) for w in words]

    def _context_evidence(self, listing: Listing, brand_index: int, evidence: list[Evidence], accessory: bool,
                          far: Distance | None = None, condition: Condition | None = None,
                          story: tuple | None = None, plan: PriceTerms | None = None,
                          sale: SaleFormat | None = None,
                          stated: tuple[StatedPrice, float] | None = None,
                          discount: Discount | None = None, rx: str | None = None,
                          trade: Callable[[], str | None] | None = None, houses: int = 1) -> list[Evidence]:
        """Category and price evidence for a brand the listing names (far: from all the brand sells,
        context/judge.py). A floor is for a new, full-size unit: when the listing states a condition or quantity
        that explains a lower price (condition.py: used, refurbished, grey import, sample ...), the price is judged
        against the floor scaled by that condition's factor (`condition.SCALES`), and the signal says so.
        story: (kind, term, field, start, end, text) of a cover story (context/stories.py); below the floor the listing
        is judged by (COVER_BELOW_FLOOR) it is a counterfeit cue: the listing explains a price genuine goods never ask.
        plan: the listing's statement that its price is one payment of several (context/instalments.py: "24x sem juros",
        "pay in 4", "ab 49 €/Monat", a rental per day): the plan's total is judged (the price times the payments when
        stated), else the price is not judged as low unless even UNSTATED_PAYMENTS payments of it stay below the
        threshold (the evidence says "price not judged: instalment ('…')").
        sale: the listing's sale format when it explains the price field and nothing voids it (context/formats.py: an
        auction's opening bid, a giveaway's 0): the price is not judged ("price not judged: an auction …").
        stated: (the amount the text states as the real price, in euros) when it is below the price field's
        (`_stated`, context/stated_price.py): that amount is judged in the field's place (rule stated_price).
        discount: the share off the listing states (context/discounts.py): at most RETAIL_SALE off a price at or above
        the floor is a retailer's sale, kept for fair_price (term SALE_PRICE); it never lowers a price judged low.
        rx: the words that say the brand's medicine is dispensed on prescription (goods_codes.on_prescription), else
        None: a price from FAR_BELOW_FLOOR of the floor up is a pharmacy's in some market (medicine prices differ
        several-fold between countries, and a pack of 4 or 30 tablets is judged by a floor of 30 or 90), kept at weight
        0 for fair_price (term RX_PRICE); far below it, it is judged as any price.
        trade: the words of a distributor's standing beside its price per unit and its invoice, when asked
        (`_trade_terms`): a price below the floor down to TRADE_PRICE_SHARE of it is kept at weight 0 for fair_price
        (term TRADE_PRICE)."""
        brand = self._brands[brand_index]
        out = []
        category = next((c for c in brand.categories if category_matches(listing.category, c)), None)
        if category is not None:
            out.append(Evidence(Rule.category, self._weights.category, None, "category", text=listing.category,
                                term=category, detail="listed in one of the brand's categories"))
        if listing.price is None:
            return out
        part = sale if sale is not None and not sale.blocked and sale.kind in BOUNDED_PARTS else None
        if sale is not None and not sale.blocked and part is None:  # an opening bid, a giveaway's 0, a deposit
            out.append(Evidence(Rule.price, 0.0, None, "price", text=f"{listing.price.amount:g} {listing.price.currency}",
                                detail=f"price not judged: {_price_is(sale)} (formats.py)"))
            return out
        price = self._rates.to_eur(listing.price) if stated is None else stated[1]
        band = self._rates.band(listing.price) if price is None and part is not None and part.kind == "crypto" else None
        if band is not None:
            price = band[1]  # judged at the band's highest rate: low only when low at every rate the coin fetched
        scale = condition.scale if condition is not None else None
        # a registered model named in a lot or case ("M&M's peanut 1kg - lot of 12") sets the floor at a copy's price
        # per unit, as one named alone does (index._line_floor)
        # (precision30) "Snickers bars 24-pack": a dozen or more full-size bars or cans counted, for a brand of food or
        # drink with no condition stated (quantity._full_units_counted; not for another maker read beside them)
        full_units = scale is None and not _PACK_SECTORS.isdisjoint(self._judge.brand_sectors(brand).sectors)
        n = retail_units(listing.title, consumable=self._consumable(listing), full_units=full_units)[0] if price is not None else 1
        items = _named_share(scale, self._holds_value[brand_index])
        own = story is None  # a cover story says the price is low: the category's floor judges it, as before
        floor = self._floor(brand_index, listing, evidence, far, items=items, price=price / n if price is not None else None,
                            own=own, houses=houses)
        if floor is None and n > 1:  # a model read only at a fair price (no floor for the category) is read as before
            floor = self._floor(brand_index, listing, evidence, far, items=items, price=price, own=own, houses=houses)
        if part is not None and floor is None:  # no floor to bound the part by: not judged, as any part
            out.append(Evidence(Rule.price, 0.0, None, "price", text=f"{listing.price.amount:g} {listing.price.currency}",
                                detail=f"price not judged: {_price_is(part)}; no floor for this listing's goods (formats.py)"))
            return out
        if floor is None and scale is not None:  # nothing to judge the price by: the stated condition stands
            out.append(Evidence(Rule.price, 0.0, None, "price", text=f"{listing.price.amount:g} {listing.price.currency}",
                                detail=f"no floor for this listing's category; {condition.describe()}: not judged"))
            return out
        if price is None:  # a currency no rate table holds: not judged, and never read as low (config.py)
            out.append(Evidence(Rule.price, 0.0, None, "price", text=f"{listing.price.amount:g} {listing.price.currency}",
                                term=NO_RATE, detail=f"price not judged: no rate for {listing.price.currency}"))
            return out
        if floor is not None and not accessory and far is None and (
                component := self._component_floor(brand_index, listing, floor)) is not None:
            floor = component  # (parts55) a part of a car or a device is judged by what such a part costs
        kind = None
        if (floor is None or floor.scope not in ("model", "part")) and not accessory and far is None and (
                kind := small_item(listing.title)) is not None and (base := self._small_item_base(
                    brand_index, listing, evidence)) is not None:
            # a keyring of a fashion house is judged by a keyring's floor, a share of its cheapest goods' (the
            # category's, else the brand's cheapest category's), not by its bag's or its line's (items.SMALL_ITEMS)
            floor = Floor(base.fingerprint, base.amount_eur * kind.share, base.scope, "")
        else:
            kind = None
        if floor is None:
            return out
        ratio = price / floor.amount_eur if floor.amount_eur else 1.0
        priced = f"{listing.price.amount:g} {listing.price.currency}"
        if stated is not None:  # the decoy's real price (stated_price.py): the field's set aside
            priced = f"{stated[0].amount:g} {stated[0].currency}"
        detail = ((f"stated_price: {stated[0].describe()}, the real price the text states, judged in place of the "
                   f"price field's {listing.price.amount:g} {listing.price.currency} (stated_price.py); ")
                  if stated is not None else "") + (f"price {priced} is "
                  f"{'at most ' if band is not None else ''}{ratio:.0%} of the {floor.scope} floor"
                  + (f" ('{floor.what}')" if floor.what else "")
                  + (f" for {kind.describe()}, a cheaper kind of goods than that floor's ({kind.share:.0%} of it, "
                     "items.SMALL_ITEMS)" if kind is not None else ""))
        # (trade56) a closeout lot priced whole ("60 units ... lot price US$4,320", retail.trade_channel): each unit
        # judged at a unit's floor (no multipack's share: the channel's own share judges it), so a lot of many units at
        # a copy's price per unit is low, and a manifested lot's is a closeout's
        lot = (trade().lot if trade is not None and not accessory and stated is None and plan is None and floor.amount_eur
               and trade() is not None else None)
        units = None
        if lot is not None:
            floor = Floor(floor.fingerprint, floor.amount_eur * lot[0], floor.scope, floor.what)
            ratio = price / floor.amount_eur
            units = (float(lot[0]), lot[1])
            detail += (f"; {PER_UNIT}'{lot[1]}' of a closeout lot priced whole: {ratio:.0%} of a unit's floor each "
                       "(index.TradeTerms.lot)")
        elif (units := self._units(listing, floor, scale, plan, full_units, evidence)) is not None:  # a pack or lot priced as a whole (quantity.py)
            share, said = units
            floor = Floor(floor.fingerprint, floor.amount_eur * share, floor.scope, floor.what)
            ratio = price / floor.amount_eur
            detail += (f"; {PER_UNIT}'{said}' sells several units as one: {ratio:.0%} of their floor at a multipack's "
                       f"share of a unit's floor each (per_unit: index._units, quantity.retail_units)")
        if part is not None and floor.amount_eur:
            judged, ratio, detail = self._bounded_part(part, ratio, detail, listing)
            if not judged:
                out.append(Evidence(Rule.price, 0.0, floor.fingerprint, "price",
                                    text=f"{listing.price.amount:g} {listing.price.currency}", detail=detail))
                return out
            plan, scale = None, None  # the part's own reading judges the price (a subscription's month is no instalment)
        if scale is not None and scale.kind in CLEARED and units is not None and units[0] > 1:
            # a lot of short-dated or outlet units judged at a multipack's share of their floor: that share is the
            # lot's discount already, and a short date or an outlet does not take a second one (genuine, session 18)
            detail += f"; {condition.describe()}: not scaled again, a multipack's share is its discount"
        elif scale is not None and floor.amount_eur:
            ratio = price / (floor.amount_eur * scale.factor)
            detail += (f"; {condition.describe()}: {ratio:.0%} of the {scale.says} floor ({scale.factor:.0%} of the new "
                       f"one, condition.SCALES)")
        elif condition is not None and (said := condition.unscaled()):
            detail += f"; {said}: judged against the new floor"
        judged = True
        if plan is not None and floor.amount_eur and ratio < FAIR_PRICE:
            if plan.payments is not None and plan.payment is not None and not (
                    abs(plan.payment - listing.price.amount) <= 0.02 * listing.price.amount):
                detail += (f"; {plan.describe()}: the price is the plan's total ({plan.payments} payments of "
                           f"{plan.payment:g} stated), judged as it is (instalments.py)")
            elif plan.payments is not None and plan.kind == "raffle":
                ratio *= plan.payments
                detail += (f"; {plan.describe()}: the price is one of {plan.payments} raffle tickets that together buy "
                           f"the prize, {ratio:.0%} of that floor (raffles.py)")
            elif plan.payments is not None:
                ratio *= plan.payments
                detail += (f"; {plan.describe()}: the price is one of {plan.payments} payments, their total "
                           f"{ratio:.0%} of that floor (instalments.py)")
            elif ratio * UNSTATED_PAYMENTS < self.config.price_ratio_threshold:
                ratio *= UNSTATED_PAYMENTS
                detail += (f"; {plan.describe()}: even {UNSTATED_PAYMENTS} payments of it would be {ratio:.0%} of that "
                           "floor: judged low (instalments.py)")
            else:
                judged = False
                detail = (f"price not judged: {plan.describe()}, one payment of a plan whose total the listing does not "
                          f"state ({detail}; {UNSTATED_PAYMENTS} payments of it would be {ratio * UNSTATED_PAYMENTS:.0%}: "
                          "instalments.py)")
                ratio *= UNSTATED_PAYMENTS  # the most the plan can be: a cover story explains only a price below it
        weight = price_weight(ratio, threshold=self.config.price_ratio_threshold,
                              at_threshold=self._weights.price_at_threshold, maximum=self._weights.price_max)
        # (trade56) a genuine trade channel beside its papers (retail.trade_channel) at its share of the floor
        # (CHANNEL_SHARES: a trade or wholesale price, a closeout's per unit): the channel's price, not low
        channel = (trade() if trade is not None and judged and scale is None and not accessory and stated is None
                   and plan is None and ratio < FAIR_PRICE else None)
        # a model's floor is its list price, and so is a multipack's judged at its count (_units): the list share
        listed = floor.scope == "model" or units is not None and lot is None
        if channel is not None and ratio >= CHANNEL_SHARES[channel.kind][listed]:
            weight = 0.0
            if story is not None and story[0] in _TRADE_STORIES[channel.kind]:
                story = None  # the channel's own reason for its price, no cover story (_TRADE_STORIES)
        else:
            channel = None
        # (genuine31) an unwanted gift at a shop's price with the shop's gift receipt to exchange it: the gift story
        # counts nothing; (gifted33) and that price is a genuine unit's resale price (GIFT_PRICE, fair_price), with
        # or without a gift story the reader knows ("unwanted wedding gift"), but not beside another story
        # (resale55) and new goods resold by their owner with the shop's proof of purchase ("NWT, receipt available":
        # condition.new_resale) are such a resale too
        gifted = ((story is None or story[0] == "gift") and ratio >= GIFT_RECEIPT_FLOOR
                  and (gift_receipt(listing.title, listing.description) is not None
                       or new_resale(listing.title, listing.description) is not None))
        if gifted:
            story = None
        if story is not None and not accessory and ratio < COVER_BELOW_FLOOR:
            kind, term, field, start, end, said = story
            out.append(Evidence(Rule.cue, self._weights.cue, None, field, start, end, said, term=term,
                                detail=f"a cover story ({kind}) for a price {ratio:.0%} of the {floor.scope} floor"
                                       + (f" for that condition ({scale.says})" if scale is not None else "")
                                       + (f" ({PER_UNIT}'{units[1]}')" if units is not None else "")
                                       + ": the listing explains a price no genuine seller asks"))
        if not judged:
            out.append(Evidence(Rule.price, 0.0, None, "price", text=f"{listing.price.amount:g} {listing.price.currency}",
                                detail=detail))
            return out
        if rx is not None and scale is None and not accessory and FAR_BELOW_FLOOR <= ratio < FAIR_PRICE:
            out.append(Evidence(Rule.price, 0.0, floor.fingerprint, "price", text=priced, ratio=ratio, term=RX_PRICE,
                                detail=detail + f"; dispensed on prescription ('{rx}'): a pharmacy's price in some market "
                                f"(at least {FAR_BELOW_FLOOR:.0%} of the floor), not counted (RX_PRICE)"))
            return out
        if weight == 0 and scale is None:
            if ratio >= FAIR_PRICE and not accessory:  # a genuine unit's price: kept for scoring.score's fair_price
                out.append(Evidence(Rule.price, 0.0, floor.fingerprint, "price",
                                    text=f"{listing.price.amount:g} {listing.price.currency}", ratio=ratio,
                                    detail=detail + "; at or above the floor"))
            elif plan is not None and not accessory:  # a plan's total not low: a retailer's checkout (fair_price)
                out.append(Evidence(Rule.price, 0.0, floor.fingerprint, "price",
                                    text=f"{listing.price.amount:g} {listing.price.currency}", ratio=ratio, term=PLAN,
                                    detail=detail + "; not low: a retailer's instalment plan (PLAN)"))
            elif (discount is not None and discount.fraction <= RETAIL_SALE and not accessory
                  and ratio / (1 - discount.fraction) >= FAIR_PRICE):  # a shop's sale of a genuine unit (fair_price)
                out.append(Evidence(Rule.price, 0.0, floor.fingerprint, "price",
                                    text=f"{listing.price.amount:g} {listing.price.currency}", ratio=ratio,
                                    term=SALE_PRICE, detail=detail + f"; a retailer's sale, {discount.describe()}: "
                                    f"{ratio / (1 - discount.fraction):.0%} of the floor before it (discounts.py)"))
            elif gifted and not accessory and stated is None and plan is None:  # (gifted33) fair_price
                out.append(Evidence(Rule.price, 0.0, floor.fingerprint, "price",
                                    text=f"{listing.price.amount:g} {listing.price.currency}", ratio=ratio,
                                    term=GIFT_PRICE, detail=detail + f"; at least {GIFT_RECEIPT_FLOOR:.0%} of the floor, "
                                    "new goods resold with the shop's receipt (an unwanted gift's gift receipt or the "
                                    "owner's proof of purchase, condition.new_resale): a genuine unit resold below its "
                                    "shop price (GIFT_PRICE, stories.GIFT_RECEIPT_FLOOR)"))
            elif (floor.scope != "model" and ratio >= FAIR_PRICE * (market := self._market_share(floor, listing))
                  and not accessory and stated is None
                  and plan is None and discount is None):  # (honest50) at another market's floor: fair_price
                out.append(Evidence(Rule.price, 0.0, floor.fingerprint, "price",
                                    text=f"{listing.price.amount:g} {listing.price.currency}", ratio=ratio,
                                    term=MARKET_PRICE, detail=detail + f"; at least "
                                    f"{market:.0%} of the floor (another currency's: "
                                    "another market's price, CROSS_MARKET; else NEAR_FLOOR): at that floor (MARKET_PRICE)"))
            elif (floor.scope == "model" and ratio >= MODEL_STREET_PRICE and not accessory and stated is None
                  and plan is None):  # a retailer's street price of the model's list-price floor (fair_price)
                out.append(Evidence(Rule.price, 0.0, floor.fingerprint, "price",
                                    text=f"{listing.price.amount:g} {listing.price.currency}", ratio=ratio,
                                    term=STREET_PRICE, detail=detail + f"; at least {MODEL_STREET_PRICE:.0%} of a "
                                    "registered model's floor, which sits at its list price: a retailer's street price "
                                    "(STREET_PRICE)"))
            elif (ratio >= (ABROAD_MODEL_SHARE if floor.scope == "model" else FAIR_PRICE * (1 - CROSS_MARKET))
                  and not accessory and stated is None and plan is None and discount is None
                  and self._floor_abroad(floor, listing)):
                # (seen54) a floor set in another market's currency than the price's: one market's list price through
                # a reference rate, another market's street price under it (CROSS_MARKET); a retailer's standing
                # stated beside it explains it (fair_price, as STREET_PRICE)
                out.append(Evidence(Rule.price, 0.0, floor.fingerprint, "price",
                                    text=f"{listing.price.amount:g} {listing.price.currency}", ratio=ratio,
                                    term=ABROAD_STREET_PRICE, detail=detail + f"; at least "
                                    f"{ABROAD_MODEL_SHARE if floor.scope == 'model' else FAIR_PRICE * (1 - CROSS_MARKET):.0%}"
                                    f" of a floor set in another currency ({self._floor_money(floor).currency}): "
                                    "another market's street price (ABROAD_STREET_PRICE)"))
            elif channel is not None:
                # (fresh54a, trade56) a genuine trade channel's price beside its papers (fair_price)
                share = CHANNEL_SHARES[channel.kind][listed]
                out.append(Evidence(Rule.price, 0.0, floor.fingerprint, "price",
                                    text=f"{listing.price.amount:g} {listing.price.currency}", ratio=ratio,
                                    term=TRADE_PRICE, detail=detail + f"; at least {share:.0%} of the {floor.scope} "
                                    f"floor through a genuine trade channel ({channel.kind}: '{channel.describe()}'): "
                                    f"a {'closeout' if channel.kind == 'closeout' else 'trade'} price (TRADE_PRICE)"))
            return out
        if weight == 0:  # kept at weight 0: the price the stated condition explains (scoring.score weighs it)
            detail += "; explained by the condition"
        if accessory:
            weight, detail = 0.0, detail + "; accessories are cheap, not counted"
        out.append(Evidence(Rule.price, weight, floor.fingerprint, "price", text=priced, ratio=ratio, detail=detail,
                            term=PART_BELOW if part is not None else STATED if stated is not None else None))
        return out

    def _written_price(self, listing: Listing, text: ListingText) -> TextPrice | None:
        """The price a listing with no price field writes in its text, in a currency the rate table holds
        (context/stated_price.read_text_price: "650 lucas", "8,5jt", "9k quid"), else None."""
        found = read_text_price(text, listing_country(listing.seller.country, listing.marketplace),
                                self._rates.per_euro.keys())
        return found if found is not None and found.currency in self._rates.per_euro else None

    def _in_place(self, listing: Listing, text: ListingText) -> InPlace | None:
        """The price the text states in place of a placeholder price field (context/placeholders.py), else None."""
        return price_in_place(listing.price.amount, listing.price.currency, text,
                              listing_country(listing.seller.country, listing.marketplace), self._rates.per_euro.keys())

    def _stated(self, listing: Listing, text: ListingText) -> tuple[StatedPrice, float] | None:
        """(the amount the text states as the goods' real price, in euros) when it is below the price field's
        (context/stated_price.py: the decoy field of a copy, "real price: 43 USD", "到手价1700"), else None: a stated
        price at or above the field's, or in a currency with no rate, changes nothing."""
        if listing.price is None or (field := self._rates.to_eur(listing.price)) is None:
            return None
        if (stated := read_stated_price(text, listing.price.currency)) is None:
            return None
        eur = self._rates.to_eur(Money.model_construct(amount=stated.amount, currency=stated.currency))
        return (stated, eur) if eur is not None and eur < field else None

    def _dearer(self, listing: Listing, text: ListingText) -> Evidence | None:
        """A cue when the text's "why pay <amount> for" pitch states an amount at least DEARER_RATIO times the price
        field's (context/stated_price.read_dearer_price: the genuine goods' price, beside the same goods far cheaper),
        else None; an amount in a currency with no rate, or near the field's (a reseller's "why pay 500 new? 350"),
        says nothing. Cost: one regular-expression search of the text, and nothing more for a text without the
        pitch's words."""
        if listing.price is None or (field := self._rates.to_eur(listing.price)) is None or field <= 0:
            return None
        if (stated := read_dearer_price(text, listing.price.currency)) is None:
            return None
        eur = self._rates.to_eur(Money.model_construct(amount=stated.amount, currency=stated.currency))
        if eur is None or eur < DEARER_RATIO * field:
            return None
        return Evidence(Rule.cue, self._weights.cue, None, stated.field, stated.start, stated.end, stated.text,
                        term=DEARER_PITCH, detail=(
                            f"the pitch {stated.describe()} states {eur / field:.1f} times the listing's own price: the "
                            "same goods far cheaper, a copy's pitch (stated_price.read_dearer_price)"))

    def _cracked_program(self, listing: Listing) -> Evidence | None:
        """A cue when software goods (`_software`) are said sold cracked ("crack included", "pre-activated", "keygen":
        judge.cracked_words): the program with its licence check defeated is a pirated copy, however the seller names it
        (a discontinued line, "PageMaker full version download, cracked"; floor54, issue 9). Else None. Cost: a few
        substring tests of the title and description; the software test only when one of them holds a stem."""
        for field, text in (("title", listing.title), ("description", listing.description or "")):
            if text and (span := cracked_words(text)) is not None and self._software(listing):
                start, end = span if text.isascii() else (None, None)
                said = text[start:end] if start is not None else text[span[0]:span[1]]
                return Evidence(Rule.cue, self._weights.cue, None, field, start, end, said, term=CRACKED_PROGRAM,
                                detail="software sold cracked: a pirated copy of the program (judge.cracked_words)")
        return None

    def _card_fraud(self, listing: Listing) -> Evidence | None:
        """A cue when the title sells a gift card or voucher at under subject.FRAUD_SHARE of the face value it states
        (subject.card_below_face: the gift-card fraud trade's stolen or carded codes), else None; a price that is the
        face value in the listing's own units ("Nike gift card 25 – NPR region" at NPR 25) is none. Cost: one regex
        search of the title for a listing with a price (subject.card_faces, cached: the one finder of the card word)."""
        if listing.price is None or (eur := self._rates.to_eur(listing.price)) is None or eur <= 0:
            return None
        if (found := card_below_face(listing.title, eur, listing.price.amount, listing.price.currency)) is None:
            return None
        card, share = found
        word = card.word
        # the card word where the finder read it: the title's own offsets when it is ASCII (its folded view keeps them)
        start = card.start if listing.title.isascii() else listing.title.casefold().find(word)
        return Evidence(Rule.cue, self._weights.cue, None, "title", max(start, 0), max(start, 0) + len(word),
                        listing.title[max(start, 0):max(start, 0) + len(word)] if start >= 0 else word,
                        term=CARD_BELOW_FACE, detail=(
                            f"a {word} sold at {share:.0%} of the face value its title states: the gift-card fraud "
                            "trade's price (subject.card_below_face)"))

    def _bounded_part(self, part: SaleFormat, ratio: float, detail: str, listing: Listing) -> tuple[bool, float, str]:
        """(judged, ratio, detail) of a price that is a part the floor bounds (BOUNDED_PARTS): a trade-in's net price at
        TRADE_IN_LEAST of the floor or more, a subscription whose year (SUBSCRIPTION_PERIODS periods) is not low, a
        price in a cryptocurrency not low at the band's highest rate (prices.CRYPTO_BANDS) are not judged; below those
        the price is judged as the part's reading gives it (the year's total for a subscription) and the sale format's
        lowering is void (the caller reads PART_BELOW)."""
        threshold = self.config.price_ratio_threshold
        if part.kind == "trade_in":
            if ratio >= TRADE_IN_LEAST:
                return False, ratio, (f"price not judged: {_price_is(part)}; {detail}, at least what a trade-in credit "
                                      f"leaves of a new unit ({TRADE_IN_LEAST:.0%}, index.TRADE_IN_LEAST) (formats.py)")
            return True, ratio, (f"{detail}; {_price_is(part)}, yet below what any trade-in credit leaves of a new unit "
                                 f"({TRADE_IN_LEAST:.0%} of the floor, index.TRADE_IN_LEAST): judged as it is")
        if part.kind in PART_PERIODS:  # a subscription's year, the most payments of a plan whose count is unstated
            periods, said = PART_PERIODS[part.kind]
            most = ratio * periods
            if most >= threshold:
                return False, most, (f"price not judged: {_price_is(part)}; {detail}, {said} of it {most:.0%} of that "
                                     "floor (formats.py)")
            return True, most, (f"{detail}; {_price_is(part)}: even {said} of it is {most:.0%} of that floor: judged "
                                "low (formats.py)")
        if ratio >= threshold:  # crypto, judged at the band's highest rate
            return False, ratio, (f"price not judged: {_price_is(part)}; at most {ratio:.0%} of the floor at the "
                                  f"highest rate {listing.price.currency} fetched (prices.CRYPTO_BANDS) (formats.py)")
        return True, ratio, (f"price in {listing.price.currency}, a currency with no rate here: at most {ratio:.0%} of "
                             "the floor even at the highest rate it fetched (prices.CRYPTO_BANDS): judged low")

    def _small_item_base(self, brand_index: int, listing: Listing, evidence: list[Evidence]) -> Floor | None:
        """The floor a small item's share is taken of: the brand's floor for the listing's category, else (filed
        elsewhere, "Keychains") the cheapest of its category floors when a mark that is no everyday word names it."""
        floors = self._floors.get(brand_index)
        if floors is None:
            return None
        if (floor := floors.for_category(listing.category)) is not None:
            return floor
        if floors.by_category and any(e.rule in IDENTITY_RULES and not e.everyday for e in evidence):
            return min((f for _, f in floors.by_category), key=lambda f: f.amount_eur)
        return None

    def _units(self, listing: Listing, floor: Floor, scale, plan: PriceTerms | None = None,
               full_units: bool = False, evidence: list[Evidence] | None = None) -> tuple[float, str] | None:
        """(factor, words) when the listing's price is for several retail units (quantity.retail_units: "set of 4",
        "lot of 30", "x20", "комплект 4 шт") and the floor is for fewer: the floor a price is judged by is then
        `floor x factor`, factor = units / the floor's own units (a line or model named "... x 24" is a pack of 24) x
        MULTIPACK_SHARE (CONSUMABLE_MULTIPACK_SHARE for food and drink), never below 1; else None. Not for a small quantity or a sample (condition.py judges those)."""
        if scale is not None and scale.kind in _SMALL_SCALES:
            return None
        if gift_arrangement(listing.title) is not None:
            return None  # "chocolate bouquet, 24 pieces": the arrangement's pieces, no retail units (context/items.py)
        units, said = retail_units(listing.title, consumable=self._consumable(listing), full_units=full_units)
        fp = self._fingerprints[floor.fingerprint] if floor.scope in ("model", "line") else None
        name = floor.what or (fp.name if isinstance(fp, ModelFingerprint) else "")
        if units < 2 and floor.scope == "model" and name and (contents := _contents_share(listing.title, name)) is not None:
            return contents  # (packs32) "Mach3 blades 4 pack" judged by the "Mach3 blades 12 pack" model's floor
        if units < 2 or plan is not None and plan.payments == units:
            return None  # one unit; or the count is the plan's payments ("Xbox Series X 18 meses sin intereses")
        if floor.scope == "part" and evidence and _count_in_a_mark(listing.title, said, evidence):
            return None  # (parts55) the "count" is a word of the brand's line or model ("BMW X5 wheel bearing")
        per_floor = retail_units(name, consumable=self._consumable(listing))[0] if name else 1
        if per_floor == 1 and floor.scope == "model" and str(units) in re.findall(r"\d+", name):
            # (precision28) the registered model is that pack itself ("Mach3 blades 12 pack", whose blades read as one
            # pack's contents) and the listing names it by its count ("Gillette Mach3 12 pack"): one unit of it
            return 1.0, said
        # a consumable's floor is a single unit's at convenience retail; one that is itself a case ("Snickers 48g x 24")
        # is a trade unit already, and a lot of such cases sells each at a multipack's share
        share = units / per_floor * (CONSUMABLE_MULTIPACK_SHARE if self._consumable(listing) and per_floor == 1
                                     else TEAM_ORDER_SHARE if team_order(listing.title, listing.description)
                                     else MULTIPACK_SHARE)  # (genuine31) a team order: teamwear.py
        if share <= 1 and per_floor >= 2:
            return 1.0, said  # the floor is a pack's already ("Snickers 48g x 24"): the price is judged per that pack
        return (share, said) if share > 1 else None

    def _fair_price(self, listing: Listing, text: ListingText, reading, brand_index: int, evidence: list[Evidence],
                    lot: Said | None, brands_named: int, per_unit: bool = False,
                    items_listed: bool = False, elsewhere: Callable[[int, int], bool] | None = None,
                    base: bool = False, price_stated: bool = False) -> Evidence | None:
        """`fair_price` evidence for scoring.score when the listing's price is at or above the floor that applies
        (scoring.FAIR_PRICE; `_context_evidence` keeps such a price at weight 0), with the reason it does not read as a
        retailer's listing in `blocked` (context/retail.py), else None. per_unit: the price was judged per unit of a
        pack, case or lot (index._units): its lot or wholesale words are no reason. base: (kit51) the brand's goods
        are the base another house's mark is applied to ("customised by me with Gucci patches"): the material, patch or
        pattern is that house's, no reason this brand's goods are not a genuine unit's. price_stated: (offer52) the price
        judged is the one the text states in place of a placeholder field (context/placeholders.py): the words that
        disown the field are no reason."""
        price = next((e for e in evidence if e.rule is Rule.price and e.ratio is not None and e.weight == 0
                      and (e.ratio >= FAIR_PRICE or e.term in (PLAN, SALE_PRICE, RX_PRICE, STREET_PRICE, GIFT_PRICE,
                                                               MARKET_PRICE, ABROAD_STREET_PRICE, TRADE_PRICE))),
                     None)
        if price is None:
            return None
        channel = _trade_terms(text)
        if price.term in (STREET_PRICE, ABROAD_STREET_PRICE):
            # (trade56) a genuine trade channel beside its papers states a standing too (retail.trade_channel)
            if (standing := retail_standing(text) or (channel.words if channel is not None else None) or official_store(
                    listing.seller.name or "", [*self._brand_marks.get(brand_index, []),
                                                *(e.term for e in evidence if e.term and e.rule in IDENTITY_RULES)],
                    listing.seller.id)) is None:
                return None  # below the floor, only a retailer who says so explains the price (retail.retail_standing;
                # (quiet52) a seller named the brand's official store says so by its name: official_stores.py)
            street = f"; the listing states a retailer's standing ('{standing}')"
        else:
            street = ""
        why = ("one payment of a plan whose total is no copy's price: a retailer's checkout the registry does not list"
               if price.term == PLAN else "a retailer's sale of a genuine unit (a retailer the registry does not list)"
               if price.term == SALE_PRICE else "a pharmacy's price for a medicine it dispenses on prescription"
               if price.term == RX_PRICE else "a retailer's street price of the model (a retailer the registry does not list)"
               if price.term == STREET_PRICE else "another market's street price under a floor set in another currency"
               if price.term == ABROAD_STREET_PRICE else "a genuine trade channel's price beside its papers"
               if price.term == TRADE_PRICE else "new goods resold with the shop's receipt (a gift receipt or the owner's proof of purchase)"
               if price.term == GIFT_PRICE else "a genuine unit's price (a retailer the registry does not list)") + street
        if channel is not None:
            # (trade56) a genuine trade channel beside its papers (retail.trade_channel): its price is a unit's or was
            # judged per unit, so its lot or wholesale words are no reason, and a closeout's own words ("liquidation",
            # "clearance") are its reason for the price, not a copy's cheapness
            per_unit = True
            why += f"; sold through a genuine trade channel ({channel.kind}: '{channel.describe()}')"
        medicines = self._judge.sells_medicines(self._brands[brand_index]) and self._judge.medicine_listing(listing)
        if medicines and (rx := on_prescription(text)) is not None:
            medicines = False  # a pharmacy's sale on prescription (goods_codes.ON_PRESCRIPTION), not the rogue trade's
            why += f"; dispensed on prescription ('{rx}'): a pharmacy's sale"
        blocked = self._retail.not_retail(listing, text, evidence, lot=None if lot is None else lot.text, per_unit=per_unit,
                                          brands_named=brands_named, items_listed=items_listed, medicines=medicines,
                                          material=None if base else text.original[reading.sold_materials[0].start:reading.sold_materials[0].end]
                                          if reading.sold_materials else self._judge.decoration(reading, evidence, self._brands[brand_index]), marks=self._brand_marks.get(brand_index, []),
                                          common_word=lambda word: (w := reading.foreign.word(word)) is not None
                                          and w.zipf >= COMMON_ZIPF, denied=reading.denied,
                                          owner=self._brands[brand_index].name, elsewhere=elsewhere,
                                          price_stated=price_stated,
                                          closeout=channel is not None and channel.kind == "closeout")
        if not blocked and (terms_cues := [e for e in evidence if e.rule is Rule.cue and e.weight > 0
                                           and e.trade_word is not None and order_terms(e.trade_word)]) \
                and (terms := distributor_terms(text) or (channel.words if channel is not None
                                                          and channel.kind == "trade" else None)) is not None:
            # (trade51) MOQ and FOB beside a distributor's standing, at a unit's fair price: its terms of sale, no
            # factory's logo order (retail.distributor_terms)
            for e in terms_cues:
                e.weight = 0.0
                e.detail = join_detail(e.detail, f"a distributor's terms of sale beside its standing ('{terms}') at "
                                                 "a unit's fair price: not counted")
        if not blocked and (claim := next((text.title[f.start:f.end] for f in self._judge.genuine_claims.find(text)
                                               if f.start < len(text.title)), None)) is not None:
            # (parts39) "FreeStyle Libre 2 original sensors 10 pack" above the category's floor: the brand's own
            # consumable claimed original is priced by what its own part costs (part_prices.py)
            blocked = _part_priced(claim, text.title, reading.price_eur, self._brands[brand_index].categories,
                                   listing) or ""
        return Evidence(Rule.fair_price, 0.0, price.fingerprint, "price", text=price.text, ratio=price.ratio,
                        detail=f"the brand's goods named plainly at {price.ratio:.0%} of the floor, {why}",
                        blocked=blocked)

    def _component_floor(self, brand_index: int, listing: Listing, floor: Floor) -> Floor | None:
        """(parts55, issue 9) The floor of the part of a car or a device the title names (part_prices.component_floor:
        "BMW steering wheel airbag", "Galaxy S24 AMOLED display", "EOS R6 shutter unit"), scope "part": what the maker's
        own part of that kind costs new, in place of the floor of the car or the device it is of (a camera's line floor
        is the camera's: a used pull of its shutter is judged as a used shutter). Above `floor` (a carmaker's "auto
        parts" floor is its cheapest part's, as the registry states it) only for a factory seller (part_prices.
        factory_source: "factory produced", "made in China", a seller in China): a "genuine" airbag from a factory at a
        fifth of an airbag's price is a copy, a shop's brake pads at the registry's floor are not. None when the brand
        sells no goods the part is of, or the floor is a registered model that is a part itself (Toyota's "front
        brake pads" 04465-02220, BMW's "oil filter element" 11428575211, named in any language: "Filtr oleju")."""
        found = component_floor(listing.title, tuple(self._brands[brand_index].categories), listing.category or "")
        if found is None:
            return None
        kind, eur, said = found  # a pack's or a lot's units are the price ladder's (_units), as for any goods
        if floor.scope == "model":  # a registered part ("oil filter element", "front brake pads") keeps its own floor
            name = getattr(self._fingerprints[floor.fingerprint], "name", None) or ""
            if component_floor(name, tuple(self._brands[brand_index].categories)) is not None or any(
                    w.rstrip("s") in latin_text(name).lower() for w in latin_text(said).lower().split()[-1:]):
                return None
        source = ""
        if eur > floor.amount_eur:
            # above the registry's own floor (a carmaker's "auto parts" floor is its cheapest part's): only a factory
            # seller's listing is judged by what the part costs; any other seller's is judged as the registry says
            if (source := _factory(listing)) is None:
                return None
            source = f"; a factory seller ('{source}')"
        return Floor(floor.fingerprint, eur, "part", f"{kind}, EUR {eur:g}: part_prices.COMPONENTS{source}")

    def _genuine_part(self, accessory: Evidence, evidence: list[Evidence], title: str = "",
                      eur: float | None = None, brand_index: int | None = None,
                      listing: Listing | None = None) -> str | None:
        """What scoring._decoy says of a part the listing calls the brand's own ("Canon LP-E6NH genuine battery, 2
        pack" at USD 5), else None: the price was judged against the floor of a registered model that is that part (the
        accessory noun is a word of the model's name: "battery" of LP-E6NH "battery pack") and is at most
        GENUINE_PART_BELOW_FLOOR of it. The brand's own part at a fraction of its own floor is a copy; a floor of the
        product the part fits (a camera's, a vacuum's) says nothing about the part's price: with no registered part, the
        least the brand's own part of that kind costs (part_prices.part_floor) times the units the title counts."""
        price = next((e for e in evidence if e.rule is Rule.price and e.ratio is not None and e.fingerprint is not None), None)
        fp = self._fingerprints[price.fingerprint] if price is not None else None
        noun = latin_text(accessory.text or accessory.term or "").split()
        if not isinstance(fp, ModelFingerprint) or not noun or noun[-1].rstrip("s") not in {
                w.rstrip("s") for w in latin_text(fp.name).split()}:
            # (parts39) no registered part: the part's own price (part_prices.py), not the floor of what it fits
            return _part_priced(accessory.genuine_claim, title, eur,
                                self._brands[brand_index].categories if brand_index is not None else (), listing)
        if price.ratio > GENUINE_PART_BELOW_FLOOR:
            return None
        return (f"'{accessory.genuine_claim}': the brand's own {fp.name} ({fp.value}) at {price.ratio:.0%} of its "
                "floor")

    def _floor(self, brand_index: int, listing: Listing, evidence: list[Evidence], far: Distance | None = None,
               items: float | None = 1.0, price: float | None = None, own: bool = False, houses: int = 1) -> Floor | None:
        """The floor a listing's price is judged by: a model number's, else the brand's for the category, unless a line
        the listing names (or a registered model named by its registry name) has a dearer one. `items`: the share of
        a new unit's floor the goods' stated condition fetches (`_named_share`: 1.0 for new goods, the vintage factor,
        None: no named model is read): a named model sets the floor only when the price is at most
        NAMED_ITEM_BELOW_FLOOR of its floor so scaled, a copy's price even for goods in that condition ("estate find
        vintage Cartier Juste un Clou bracelet" at 8 % of that bracelet's floor); above it a stated condition is judged
        against the line's or category's floor as before."""
        floor_of = self._model_floor_of
        model_floors = [Floor(e.fingerprint, floor_of[e.fingerprint], "model")
                        for e in evidence if e.rule in (Rule.model, Rule.spelt_model, Rule.model_base)
                        and not math.isnan(floor_of[e.fingerprint])]
        if model_floors:
            return max(model_floors, key=lambda f: f.amount_eur)
        floor = self._brand_floor(brand_index, listing, evidence, far, price, houses)
        if far is not None:  # far from the brand's goods ("iPhone museum replica statue") the line's goods are not sold
            return floor
        # a named item refines a floor the registry sets for the listing (the category's is its cheapest item's); where
        # the registry sets none for the category, it is read only at or above its own floor (`fair_only`): "Tylenol
        # Extra Strength 100 caplets" at a pharmacy's price under "Vitamins & Medicine" is that item at a genuine unit's
        # price (rule fair_price), while below it the price stays unjudged as before
        named = listing.title if items is not None else ""
        if (line := self._line_floor(evidence, brand_index, named, price, fair_only=floor is None,
                                     share=items or 1.0)) is not None and (
                floor is None or line.amount_eur > floor.amount_eur):
            return line  # a line dearer than the brand's floor for the category: an Airwrap among hair care
        if own and floor is not None and items == 1.0 and price is not None and price < floor.amount_eur and (
                goods := self._own_floor(evidence, brand_index, listing, price)) is not None and (
                OWN_FLOOR_SHARE * floor.amount_eur <= goods.amount_eur < floor.amount_eur):
            return goods  # (honest50) the named goods' own floor, cheaper than the category's, reached
        return floor

    def _own_floor(self, evidence: list[Evidence], brand_index: int, listing: Listing, price: float) -> Floor | None:
        """(honest50, issue 9) The floor of the goods the listing names, a line's or a model's named by its registry
        name, when the price reaches it: a line's at or above it, a model's (judged as a line's) at another market's
        price of it (`_market_share`: NEAR_FLOOR, CROSS_MARKET for a floor in another currency). `_floor` takes it
        (own: no cover story says the price is low) in place of
        the category's when it is the cheaper: the category's floor is the cheapest goods' of a market (Sony's
        consoles at China's 2,999 yuan), and the goods named may be a newer, cheaper model of the line ("PlayStation 5
        Slim", registry floor 330 USD) or the console's own controller ("Nintendo Joy-Con pair", 35 USD), which
        genuine shops sell below the console's floor; below their own floor they are judged by the category's as
        before, so a copy of them at a copy's price still is. Of several named, the dearest (a "PS5 Slim +
        DualSense" at a controller's price is judged by the console's)."""
        lenient = 1.0 - CROSS_MARKET  # a model named by its registry name is read down to another market's price
        line = self._line_floor(evidence, brand_index, listing.title, price / lenient, fair_only=True)
        if line is None:
            return None
        if line.scope == "model":  # named by its registry name, as a line is: judged as one (MARKET_PRICE)
            line = Floor(line.fingerprint, line.amount_eur, "line", line.what)
            return line if price >= self._market_share(line, listing) * line.amount_eur else None
        return line if price >= FAIR_PRICE * line.amount_eur else None

    def _floor_money(self, floor: Floor):
        """The registered Money of a floor's fingerprint (its price_floor or floor), else None."""
        fp = self._fingerprints[floor.fingerprint]
        return getattr(fp, "price_floor", None) or getattr(fp, "floor", None)

    def _floor_abroad(self, floor: Floor, listing: Listing) -> bool:
        """(seen54) Whether the floor is set in another currency than the listing's price (CROSS_MARKET)."""
        money = self._floor_money(floor)
        return money is not None and listing.price is not None and money.currency != listing.price.currency

    def _market_share(self, floor: Floor, listing: Listing) -> float:
        """The share of a floor at which a price is at it: 1 - CROSS_MARKET when a line's floor (one market's list
        price of the goods) is set in another currency than the listing's price, else 1 - NEAR_FLOOR (a few per cent
        under a floor is no copy's price). A model's floor named by its number is no line's: only a retailer's standing
        explains a price under it (STREET_PRICE; the adversary's fake_model_street_copy)."""
        fp = self._fingerprints[floor.fingerprint]
        money = getattr(fp, "price_floor", None) or getattr(fp, "floor", None)
        if (money is None or listing.price is None or money.currency == listing.price.currency
                or floor.scope != "line"):
            return 1.0 - NEAR_FLOOR
        return 1.0 - CROSS_MARKET

    def _brand_floor(self, brand_index: int, listing: Listing, evidence: list[Evidence], far: Distance | None,
                     price: float | None = None, houses: int = 1) -> Floor | None:
        """houses: how many brands the listing names (a set of several houses' items: `_set_item`)."""
        floors = self._floors.get(brand_index)
        if floors is None:
            return None
        if far is None and houses > 1 and (item := self._set_item(listing, evidence)) is not None:
            # (edge57, issue 9) one house's item of a set of several ("Bundle: Coach Tabby bag + Gucci leather belt +
            # Michael Kors tote", filed under handbags): its goods are what its own item names (Gucci's belts), and the
            # set's price buys them with the rest; the category the set is filed under is another house's item's. Filed
            # under none of the brand's categories ("Honda brake pads + … + Michelin wiper blades" under wiper blades)
            # with an item that names none either, its item is some goods of the brand's: its cheapest floor. A set of
            # one house's item and unbranded extras is judged as before (its category is that item's)
            if (floor := self._node_floor(brand_index, floors, listing.model_copy(update={"title": item}), price)) is not None:
                return floor
            if floors.by_category and not any(category_matches(listing.category, c)
                                              for c in self._brands[brand_index].categories):
                return min((f for _, f in floors.by_category), key=lambda f: f.amount_eur)
        if (floor := floors.for_category(listing.category)) is not None:
            return floor
        if far is not None:  # far from the brand's goods only a brand-wide floor says what a copy costs
            return floors.brand_wide if far.registered_mark else None
        if floors.by_category and gift_arrangement(listing.title) is not None and (food := [
                f for c, f in floors.by_category if not _PACK_SECTORS.isdisjoint(self._judge.category_sectors(c).sectors)]):
            # a bouquet or hamper of the brand's sweets or drinks filed among gifts: its contents' cheapest floor
            # (context/items.py gift_arrangement)
            return min(food, key=lambda f: f.amount_eur)
        # (mend30) a listing filed nowhere (no category at all, as many feeds send) that names the brand by a mark it
        # writes on its goods, one that needs nothing to corroborate it (not a line, nickname or everyday word: those
        # have their own floors or none), is judged as one filed under the brand's node: its goods are what its title
        # names; a title naming none of the brand's categories, below
        unfiled = self._filed_nowhere(brand_index, listing) and price is not None and any(
            e.rule in MARK_RULES and e.fingerprint is not None and not e.everyday and not e.needs_corroboration
            and self._fingerprints[e.fingerprint].vocabulary is None for e in evidence)
        if (unfiled or any(e.field == "category" and e.rule in IDENTITY_RULES for e in evidence)) and (
                floor := self._node_floor(brand_index, floors, listing, price if unfiled else None)) is not None:
            return floor
        # (packs32) a listing filed under a category of none of the brand's (a watch under "Toys": `_filed_wrong`)
        # whose title names goods of the brand's categories at or above their floor (where the floors of the categories
        # its title names agree: `_node_floor`, `_agreed`) is at a genuine unit's price, as one filed nowhere is. Below
        # it, it is judged as before (below): a title's word may name a category as a modifier ("motorcycle brake
        # pads", a part, not a motorcycle), and a wrong category is no reason to read a low price that the filed
        # listing would not have been judged by
        if (not unfiled and price is not None and self._filed_wrong(brand_index, listing, evidence)
                and (floor := self._node_floor(brand_index, floors, listing, price)) is not None
                and price >= floor.amount_eur):
            return floor
        # a brand-wide floor says nothing about "adobe bricks": it needs a mark that is not an everyday word
        if any(e.rule in IDENTITY_RULES and not e.everyday for e in evidence):
            if unfiled and floors.brand_wide is None and floors.by_category:
                # (mend30) filed nowhere, its title naming none of the brand's categories: the goods could be any of
                # the brand's. At or above the dearest of their floors the price is a genuine unit's whatever the goods;
                # below the cheapest it is low whatever the goods; between them it is not judged (as before)
                return _agreed([f for _, f in floors.by_category], price)
            return floors.brand_wide
        return None

    def _set_item(self, listing: Listing, evidence: list[Evidence]) -> str | None:
        """The item of a set of goods the brand's mark, named plainly in the title, opens or lies in (retail.set_item),
        else None."""
        mark = next((e for e in evidence if e.field == "title" and e.rule in MARK_RULES and e.start is not None
                     and e.end is not None and e.weight > 0 and not e.needs_corroboration), None)
        return None if mark is None else set_item(listing.title, mark.start, mark.end)

    def _filed_wrong(self, brand_index: int, listing: Listing, evidence: list[Evidence]) -> bool:
        """(packs32) Whether the listing is filed under a category that is none of the brand's nor a catch-all (a watch
        under "Toys", a bag under "Books"), naming the brand by a mark it writes on its goods that needs nothing to
        corroborate it (as `_brand_floor`'s unfiled listing). Its floor is then the one of the brand's category its
        title names (`_node_floor`): the goods are what the title says, the category a seller's slip or a dodge. The
        far reading (judge.py: a print advertisement, a museum statue, a poster) is asked first by `_floor` and keeps
        the brand-wide floor, as does a title naming none of the brand's goods (tests/unit/matcher/test_packs32.py)."""
        if not listing.category or catch_all(listing.category):
            return False
        if any(category_matches(listing.category, c) for c in self._brands[brand_index].categories):
            return False
        return any(e.rule in MARK_RULES and e.fingerprint is not None and not e.everyday and not e.needs_corroboration
                   and self._fingerprints[e.fingerprint].vocabulary is None for e in evidence)

    def _filed_nowhere(self, brand_index: int, listing: Listing) -> bool:
        """(unfiled31) Whether the listing's category says nothing of its goods: none (many feeds send none) or a
        catch-all one ("Other", "Sonstiges", その他: prices.catch_all). Such a listing is judged by what its title names
        (_brand_floor: the floor of the brand's category it names, else where their floors agree). A listing filed under
        a category of none of the brand's (a watch under "Toys") is not filed nowhere: `_filed_wrong` judges it by the
        goods its title names (packs32), else by the brand-wide floor of a mark that is no everyday word, as before
        (tests/unit/matcher/test_unfiled31.py, test_packs32.py)."""
        return catch_all(listing.category)

    def _node_floor(self, brand_index: int, floors: BrandFloors, listing: Listing,
                    price: float | None = None) -> Floor | None:
        """The floor of a listing filed under the brand's node of its category path ("Shop by brand > Swarovski",
        context/structured.py), whose path names none of the brand's categories, or filed in no category at all (mend30:
        many feeds send none): the goods are what the title names,
        the floor of the brand's category the title names ("electric toothbrush" -> electric toothbrushes, singular or
        plural), else the cheapest floor of the brand's categories in the sector of the title's nouns (sectors.py:
        "браслет", a bracelet, is apparel: Swarovski's jewelry); None when the title names neither. `price` (euros) of a
        listing filed nowhere: the sector's categories judge it only where they agree (`_agreed`), as its goods could be
        any of them (a Gucci bag among Gucci's sunglasses, belts and bags)."""
        brand = self._brands[brand_index]
        # the goods, not what they fit: the title up to a fitting word ("Game for handheld console" is a game)
        # (packs32) words without the punctuation that ends them ("duffel bag, genuine": "bag")
        words = frozenset(w.strip(_WORD_EDGES) for w in _FOR.split(latin_text(listing.title), 1)[0].split())
        # the category the title names in most words ("razor blades" are razor blades, not razors; packs32)
        named = [(len(category.split()), -k, floor) for k, category in enumerate(brand.categories)
                 if all(p in words or p.removesuffix("s") in words or p.removesuffix("es") in words or f"{p}s" in words
                        for p in category.casefold().split()) and (floor := floors.for_category(category)) is not None]
        if named:
            return max(named, key=lambda t: t[:2])[2]
        sectors = frozenset().union(*(self._judge.word_sectors(w) for w in {*words, *_FOR.split(
            listing.title.casefold(), 1)[0].split()}))
        if not sectors:
            return None
        found = [f for c in brand.categories if self._judge.category_sectors(c).sectors & sectors
                 and (f := floors.for_category(c)) is not None]
        if not found:
            return None
        return min(found, key=lambda f: f.amount_eur) if price is None else _agreed(found, price)

    def _line_floor(self, evidence: list[Evidence], brand_index: int | None = None, title: str = "",
                    price: float | None = None, fair_only: bool = False, share: float = 1.0) -> Floor | None:
        """The floor of a mark or product line the listing names (MarkFingerprint.price_floor: an Airwrap among hair
        care, a Galaxy S24 Ultra among phones), as a model number's: the highest of those named. It replaces the brand's
        floor for the category only when it is higher (a cheap line's goods are judged as before). Only a line found as
        itself (not a weak candidate one edit away), and an everyday-word line ("Samba", "Pegasus") only beside a
        mark of the brand that is no everyday word ("adidas Samba"): "samba dance shoes" names no adidas line. A mention
        denied or compared ("the budget Bandai") names no line."""
        named = [e for e in evidence if e.rule in MARK_RULES and e.fingerprint is not None and e.weight > 0 and (
            not e.needs_corroboration or e.rule is Rule.exact and self._fingerprints[e.fingerprint].vocabulary == "line")]
        # (edge57, issue 9) a line read one edit or a sound away inside the words another line of the brand is written
        # as ('NES Classic', Nintendo's line of 40 USD, one edit from 'SNES Classic', 50 USD): the line written is
        # the one named, its floor the goods' (the dearer neighbour's kept a genuine NES Classic at 95 % of its own
        # floor unjudged, and the plain mark alerted)
        written = [(e.field, e.start, e.end) for e in named if e.rule in (Rule.exact, Rule.alias) and e.start is not None
                   and e.end is not None and self._fingerprints[e.fingerprint].vocabulary == "line"]
        if written:
            named = [e for e in named if e.rule in (Rule.exact, Rule.alias) or e.start is None or e.end is None
                     or not any(f == e.field and a <= e.start and e.end <= b for f, a, b in written)]
        if not named:
            return None
        # the brand's registered mark beside the line: named plainly, or as written in the option/variant item specific
        # that names the line ("Ausführung: Burberry Kensington trench" under a generic title: fields.py makes it need a
        # cue, but the line is the brand's as much as in a title)
        registered = any(not self._fingerprints[e.fingerprint].everyday_word and not e.needs_corroboration for e in named) or any(
            e.field == "attributes" and e.rule in (Rule.exact, Rule.alias) and e.fingerprint is not None and e.weight > 0
            and not self._fingerprints[e.fingerprint].everyday_word for e in evidence) and any(
            e.field == "attributes" for e in named)
        floor_of = self._model_floor_of
        floors = [Floor(e.fingerprint, floor_of[e.fingerprint], "line", self._fingerprints[e.fingerprint].value)
                  for e in named if not math.isnan(floor_of[e.fingerprint])
                  and (registered or not self._fingerprints[e.fingerprint].everyday_word)]
        models = self._named_models.get(brand_index, []) if registered else []
        if share < 1.0 and (told := self._told_old_models.get(brand_index)):
            # a story of age: the model named in full right after the brand's name or mark (the brand's own name
            # then, an everyday word or not: "vintage Coach Long zip around wallet")
            models = [*models, *told]
        if title and models:
            # a registered model named by its registry name rather than its number ("Cartier Love bracelet", B6067417's
            # name): that item's floor, not the line's ('Love', rings too) or the category's (the cheapest jewel)
            latin = latin_text(title)
            # only a price at most NAMED_ITEM_BELOW_FLOOR of it: the demo's model floors sit near list price, and a
            # retailer's discount ("Galaxy S24 Ultra … new" at 80 %) is judged as before, by the line or category
            if price is not None and (items := [
                    Floor(i, floor_of[i], "model", name) for pattern, i, name in models
                    if (price >= floor_of[i] if fair_only
                        else price <= NAMED_ITEM_BELOW_FLOOR * share * floor_of[i]) and pattern.search(latin)]):
                return max(items, key=lambda f: f.amount_eur)  # the item named, not its line's dearest goods
        return max(floors, key=lambda f: f.amount_eur) if floors else None

    def _model_name(self, fingerprint: int) -> str | None:
        """The registry name of a model fingerprint ("Galaxy Explorer" of LEGO 10497), else None."""
        fp = self._fingerprints[fingerprint]
        return fp.name if isinstance(fp, ModelFingerprint) else None

    def _consumable(self, listing: Listing) -> bool:
        """The goods are food, drink or baby food (sectors.py: the category's last level or the title's nouns), whose
        floors are set on a retail pack (condition.py reads a small quantity of them as a single unit or a sample)."""
        sectors = self._judge.category_sectors(category_leaf(listing.category)).sectors or self._judge.word_sectors(
            listing.title)
        return not _PACK_SECTORS.isdisjoint(sectors)

    def _item_floor(self, brand_index: int, listing: Listing, evidence: list[Evidence], far: Distance | None) -> bool:
        """Whether the price is judged against a model's or a line's floor (the item's own), not a category's."""
        floor = self._floor(brand_index, listing, evidence, far, items=None)
        return floor is not None and floor.scope in ("model", "line")

    def _outlet_goods(self, listing: Listing) -> bool:
        """The goods are what outlet stores sell (sectors.py apparel, luggage and bags, sporting goods: the category's
        last level or the title's nouns), where an outlet store explains a price (condition.SCALES "outlet")."""
        return not _OUTLET_SECTORS.isdisjoint(self._judge.category_sectors(category_leaf(listing.category)).sectors
                                              | self._judge.word_sectors(listing.title))

    def _beauty(self, listing: Listing) -> bool:
        """The goods are fragrance, cosmetics or skin care (sectors.py health_beauty, the category's last level or the
        title's nouns), where a "tester" is a perfumery's tester (condition.SCALES)."""
        return "health_beauty" in (self._judge.category_sectors(category_leaf(listing.category)).sectors
                                   | self._judge.word_sectors(listing.title))

    def _software(self, listing: Listing) -> bool:
        """The goods are software (sectors.py): the title's nouns or the category's last level name it, or the category
        path does and the title names no goods ("Software & Games > Consoles" with "handheld console" is not)."""
        # (a brake disc is no disc of software: sectors.WHOLE; "pairs with the official app" no app sold: reason39)
        title = self._judge.word_sectors(without_companion_app(listing.title))
        return "software" in title or (
            "software" in self._judge.category_sectors(category_leaf(listing.category)).sectors
            or not title and "software" in self._judge.category_sectors(listing.category).sectors)

    def _authorized(self, listing: Listing, brand_index: int) -> Evidence | None:
        for i in self._sellers.get((listing.marketplace, listing.seller.id), ()):
            if self._fingerprint_brand[i] == brand_index:
                return Evidence(Rule.authorized_seller, 0.0, i, "seller", text=listing.seller.id,
                                term=f"{listing.marketplace}/{listing.seller.id}",
                                detail="the brand's own authorized seller")
        return None

    # ------------------------------------------------------------------ introspection

    def stats(self) -> dict:
        counts: dict[str, int] = {}
        for detector in self.detectors:
            counts.update(detector.stats())
        memory = (sum(d.memory_bytes() for d in self.detectors) + self._model_floors.nbytes
                  + 12 * len(self._fingerprints) + 300 * (len(self._floors) + len(self._sellers)))
        patterns = counts.get("mark_patterns", 0) + counts.get("model_patterns", 0) + counts.get("wide_alias_patterns", 0)
        return {
            "matcher_version": MATCHER_VERSION,
            "index_version": self.version,
            "brands": len(self._brands),
            "fingerprints": len(self._fingerprints),
            "patterns": patterns,
            **counts,
            "skipped_fingerprints": len(self.skipped),
            "build_seconds": round(self.build_seconds, 3),
            "approx_memory_bytes": memory,
        }


class DetectorGates:
    """Which detectors may find something in a listing: every detector's gate (detectors.base.Detector.gate)
    joined per token kind, so that a listing that holds none of the gated detectors' words costs one set test
    per token kind (tokens computed once per listing, ListingText.tokens), whatever the number of detectors.
    A kind that several detectors gate on is one set (the union of their words; references to the detectors'
    own strings); a listing's hits in it are then offered to each of those detectors' own words.

    Word-wise kinds (normalise.word_wise: the named kinds, model pieces, capitals, look-alike runs, special
    characters, doubled letters of the title) are asked per piece of text between white space, and what a piece
    opens is remembered (up to QUIET_PIECES pieces of up to LONGEST_PIECE characters): a listing's known pieces
    cost a set difference (pieces that open nothing) and a lookup each for the others; its new pieces are
    tokenised together, as one text with a title and a description, in one pass. A listing whose pieces all
    open nothing costs two set tests (the title's pieces, the description's) for all those kinds. A listing with
    a white space character the latin view does not keep (normalise.joining_spaces) or a bidirectional control is
    tokenised whole, as before. The detectors opened are the same either way: a word-wise kind's tokens of a text are its tokens of
    the pieces."""

    QUIET_PIECES = 200_000  # pieces remembered as opening nothing (each set), forgotten all at once past this many
    LONGEST_PIECE = 40  # longer pieces (URLs, runs of symbols) are tokenised every time, not remembered
    FEW_PIECES = 8  # new pieces that open something are asked one by one (and remembered) up to this many a listing
    OPENED_SETS = 4096  # lists of detectors `open` remembers by the set opened, forgotten all at once past this many

    def __init__(self, detectors: Sequence[Detector]) -> None:
        self._detectors = list(detectors)
        self._gated: list[int] = []  # positions of the gated detectors
        by_kind: dict = {}  # kind -> [(position, words)]
        for n, detector in enumerate(detectors):
            gate = detector.gate()
            if gate is not None:
                self._gated.append(n)
                for kind, words in dict(gate).items():
                    by_kind.setdefault(kind, []).append((n, words))
        # one set per kind: a kind of one detector is its own words, a shared kind the union of its detectors'
        self._kinds = [(kind, members[0][1] if len(members) == 1 else frozenset().union(*(w for _, w in members)),
                        None if len(members) == 1 else members, members[0][0]) for kind, members in by_kind.items()]
        self._word_kinds = [k for k in self._kinds if kind_scope(k[0]) is not None]
        # detector position -> the positions in _word_kinds of the word-wise kinds it gates on (`_kinds_opening`)
        self._word_kinds_of: dict[int, set[int]] = {}
        for j, (_, _, members, only) in enumerate(self._word_kinds):
            for n in ([only] if members is None else [n for n, _ in members]):
                self._word_kinds_of.setdefault(n, set()).add(j)
        self._asked: dict[frozenset[int], list] = {}  # detectors opened by new pieces -> the word kinds they gate on
        self._listing_kinds = [k for k in self._kinds if kind_scope(k[0]) is None]
        self._quiet: set[str] = set()  # pieces that open nothing, in the title or the description
        self._quiet_body: set[str] = set()  # pieces that open nothing in the description (title-only kinds unasked)
        self._title_opens: dict[str, frozenset[int]] = {}  # pieces that open detectors in the title -> those
        self._body_opens: dict[str, frozenset[int]] = {}  # pieces that open detectors in the description -> those
        self._whole = re.compile("[" + re.escape(joining_spaces()) + "\u202a-\u202e\u2066-\u2069]")
        self._ungated = frozenset(range(len(self._detectors))).difference(self._gated)
        self._always = [d for n, d in enumerate(detectors) if n in self._ungated]
        self._all_open = not self._gated
        self._opened: Memo = Memo(self.OPENED_SETS)  # detectors opened -> the list `open` gives

    def open(self, text: ListingText) -> list[Detector]:
        """The detectors to run on the listing, in their order: the ungated ones, and the gated ones whose words
        the listing holds."""
        if self._all_open:
            return self._detectors
        opened: set[int] = set()
        if self._word_kinds:
            if text.is_ascii or not self._whole.search(text.original):
                self._open_by_pieces(text, opened)
            else:
                _open(self._word_kinds, text, opened)
        if self._listing_kinds:
            _open(self._listing_kinds, text, opened)
        if not opened:
            return self._always
        if len(opened) == len(self._gated):
            return self._detectors
        key = frozenset(opened)
        found = self._opened.get(key)
        if found is None:  # few sets of detectors come back listing after listing
            found = self._opened.remember(key, [d for n, d in enumerate(self._detectors) if n in key or n in self._ungated])
        return found

    def _open_by_pieces(self, text: ListingText, opened: set[int]) -> None:
        """The word-wise kinds, asked of the pieces of the title and the description: known pieces by what they
        open, the others tokenised together; when those open something and are few (up to FEW_PIECES), each of
        them alone, so that what it opens is known next time."""
        # a title-only kind reads the latin view up to its first line break (doubled_letters._title): a title's
        # lines after its first are read as the description is
        head, _, rest = text.title.partition(FIELD_SEPARATOR)
        title = head.split()
        body = rest.split() + text.description.split() if rest or text.description else ()
        quiet, quiet_body = self._quiet, self._quiet_body
        if quiet.issuperset(title) and quiet_body.issuperset(body):
            return
        title_opens, body_opens = self._title_opens, self._body_opens
        title = set(title).difference(quiet)
        body = set(body).difference(quiet_body)
        for pieces, opens in ((title, title_opens), (body, body_opens)):
            known = [p for p in pieces if p in opens]
            for p in known:
                opened.update(opens[p])
            pieces.difference_update(known)
        if not (title or body):
            return
        found: set[int] = set()
        _open(self._word_kinds, ListingText(" ".join(title), " ".join(body), read=True), found)  # (pieces of the view)
        opened.update(found)
        if found and len(title) + len(body) > self.FEW_PIECES:
            return
        if len(quiet_body) + len(title_opens) + len(body_opens) + len(title) + len(body) > self.QUIET_PIECES:
            for memo in (quiet, quiet_body, title_opens, body_opens):
                memo.clear()
        # what each opens: together they open `found` (word-wise kinds), so each piece alone opens some of `found`, and
        # only the kinds those detectors gate on need asking (a piece's tokens of the others open nothing); a single new
        # piece was the text above itself (ListingText(p, "") or ListingText("", p)): it opens `found`, asked once
        single = len(title) + len(body) == 1
        kinds = self._kinds_opening(found) if found and not single else ()
        for pieces, in_title in ((title, True), (body, False)):
            for p in pieces:
                alone: set[int] = set(found) if single else set()
                if found and not single:
                    _open(kinds, ListingText(p, "", read=True) if in_title else ListingText("", p, read=True), alone)
                if len(p) > self.LONGEST_PIECE:
                    continue
                if alone:
                    (title_opens if in_title else body_opens)[p] = frozenset(alone)
                else:
                    quiet_body.add(p)
                    if in_title:
                        quiet.add(p)

    def _kinds_opening(self, found: set[int]) -> list:
        """The word-wise kinds (entries of _word_kinds, in their order) that the detectors `found` gate on."""
        key = frozenset(found)
        kinds = self._asked.get(key)
        if kinds is None:
            if len(self._asked) >= self.OPENED_SETS:
                self._asked.clear()
            wanted = set().union(*(self._word_kinds_of[n] for n in key))
            kinds = self._asked[key] = [k for j, k in enumerate(self._word_kinds) if j in wanted]
        return kinds


def _stored(signal: Signal, text: ListingText) -> Signal:
    """A signal located in the stored listing: evidence of a repaired view (mojibake, notations) is weighed at the
    view's offsets and characters (normalise.ListingText.locate), reported at the stored ones."""
    if text.repairs and signal.start is not None and signal.field in ("title", "description"):
        stored = text.stored_text(signal.field, signal.start, signal.end)
        signal.start, signal.end = text.stored_span(signal.field, signal.start, signal.end)
        if stored is not None:
            signal.text = stored
    return signal


def _open(kinds: list, text: ListingText, opened: set[int]) -> None:
    """Add to `opened` the positions of the detectors whose gate words the text's tokens of these kinds hold."""
    for kind, words, members, only in kinds:
        tokens = text.tokens(kind)
        if members is None:
            if not words.isdisjoint(tokens):
                opened.add(only)
        elif hits := words.intersection(tokens):
            opened.update(n for n, own in members if not own.isdisjoint(hits))


def _batch(match: Callable[..., list[Match]], listings: Sequence[Listing], ingested_at: Sequence[datetime | None] | None,
           return_exceptions: bool) -> list[list[Match] | Exception]:
    """`match` over a batch (MatcherIndex.match_batch, LayeredIndex.match_batch)."""
    if ingested_at is not None and len(ingested_at) != len(listings):
        raise ValueError(f"{len(ingested_at)} ingested_at for {len(listings)} listings")
    times = ingested_at if ingested_at is not None else [None] * len(listings)
    if not return_exceptions:
        return [match(listing, ingested_at=at) for listing, at in zip(listings, times)]
    out: list[list[Match] | Exception] = []
    for listing, at in zip(listings, times):
        try:
            out.append(match(listing, ingested_at=at))
        except Exception as exc:  # one bad listing never costs its neighbours
            out.append(exc)
    return out


@functools.lru_cache(maxsize=4096)
def _common_words(value: str) -> bool:
    """Every word of a mark is a common English word (wordfreq Zipf >= DESCRIPTOR_ZIPF: love, trinity, willow, jet set,
    trucker), as descriptors of goods are; not a place or a coinage (Chilliwack, HyBridge, Dionysus, Capucines)."""
    words = re.findall(r"[a-z]+", latin_text(value))
    return bool(words) and all(zipf_frequency(w, "en") >= DESCRIPTOR_ZIPF for w in words)


DESCRIPTOR_ZIPF = 2.9
# the registry's working groups (Brand.iwg) whose goods hold their value with age: a luxury model told as vintage is
# judged by its own floor (`_after_the_mark`), as a collector prices it
VALUE_WITH_AGE = frozenset({"luxury-accessories", "jewelry-watches"})
FOREIGN_WORD_ZIPF = 3.0  # a token this frequent in its most frequent language may be a word there (_a_word)
_PACK_SECTORS = frozenset({"food", "baby"})
_TOY_SECTOR = "toys_games"  # context/sectors.py: where a toy maker's own minis and figures are filed
# a word after which a count is of what comes with the goods ("razor with 2 blades", "Rasierer mit 2 Klingen")
_WITH_BEFORE = re.compile(r"(?<![a-z])(?:with|w/|w|mit|avec|con|com|plus|incl|including|inkl|and|\+)\s*$")
# punctuation around a title's word (index._node_floor)
_WORD_EDGES = ".,;:!?()[]{}\"'|/–—-*#+"


def _contents_share(title: str, model_name: str) -> tuple[float, str] | None:
    """(factor, words) when a registered model is one pack of contents ("Mach3 blades 12 pack": its floor is the
    pack's) and the listing sells a pack of another count of them ("Gillette Mach3 blades 4 pack", "... 24 pack"),
    both read as one retail unit of contents (quantity.retail_units): the model's floor divided by its count, times the
    listing's (a smaller pack: its share, `n / m`; a bigger one: `n / m` x MULTIPACK_SHARE, never below the model's
    own floor), so a pack model's floor is not multiplied again nor held against a smaller pack. None when either
    states no count, the counts agree, or either count is of retail units. Pure (both readers cache)."""
    mine, theirs = read_quantity(model_name), read_quantity(title)
    m, n = mine.count, theirs.count
    if not m or not n or m == n or m < 2 or mine.size is not None or theirs.size is not None:
        return None
    if retail_units(model_name)[0] != 1 or retail_units(title)[0] != 1:
        return None
    said = theirs.text.split(", ")[0]
    latin = latin_text(title).lower()
    if (at := latin.find(said)) > 0 and _WITH_BEFORE.search(latin[:at]) is not None:
        return None  # "razor with 2 blades": what comes with the goods, no pack of the model's contents
    factor = n / m if n < m else max(1.0, n / m * MULTIPACK_SHARE)
    return factor, f"{said} of the model's {m}"


def _agreed(floors: list[Floor], price: float) -> Floor | None:
    """The floor a price (euros) is judged by when the goods could be those of any of `floors` (mend30, a listing filed
    nowhere): the dearest when the price is at or above it (a genuine unit's price whatever the goods), the cheapest when
    it is below that (low whatever the goods), None between them (not judged)."""
    cheapest, dearest = min(floors, key=lambda f: f.amount_eur), max(floors, key=lambda f: f.amount_eur)
    return dearest if price >= dearest.amount_eur else cheapest if price < cheapest.amount_eur else None
# goods whose generic kinds are called by everyday words that are also marks and lines (index._descriptors)
_DESCRIBED_SECTORS = frozenset({"apparel", "luggage_bags"})
# goods whose products are called by the brand's own names, not by everyday words ("Windows", "Switch", "Maya", "UNO")
_NAMED_SECTORS = frozenset({"software", "electronics", "toys_games", "food", "vehicles", "baby", "health_beauty"})
# sneakers and other shoes are sold by their line's name ("Dunk Low Panda", "Superstar"): no generic shoe is called so
_FOOTWEAR = re.compile(r"(?<![a-z])(?:shoes?|sneakers?|trainers?|boots?|sandals?|slippers?|heels?|loafers?|footwear|"
                       r"cleats?|slides|espadrilles?|kicks|zapatillas?|baskets|turnschuhe|schuhe|scarpe|tenis|кроссовки|"
                       r"sneaker)(?![a-z])|鞋|スニーカー|운동화")
# the replica trade's grade word standing alone ("… screw design mirror", "mirror, ling ling"), not a mirror finish or
# a mirror sold ("mirror polished", "mirror image", "compact mirror")
_GRADE_WORD = re.compile(r"(?<![a-z])(?<!compact )(?<!hand )(?<!pocket )(?<!makeup )(?<!wall )mirror(?![a-z])"
                         r"(?! ?(?:polish|finish|image|effect|shine|surface|selfie|frame|case|set|glass|sunglasses|lens|"
                         r"coated|chrome|steel|gold|silver|look))")
# a model, size or edition right after a line ("Speedy 30", "Samba OG", "Daytona 116500", "Tank Must"): the line named
_MODEL_AFTER = re.compile(r"^[\s\-']*(?:[A-Za-z]*\d[\w.\-/]*|[A-Z]{2,5})(?![a-z])")  # goods whose floors are set on a retail pack (index._consumable)


def _raffle_terms(listing: Listing, count: int, words: str) -> PriceTerms:
    """The raffle's tickets as the terms of its price (raffles.py): the price field is one of `count` tickets."""
    for field, stored in (("title", listing.title), ("description", listing.description or "")):
        if (m := re.search(rf"(?<![0-9]){count}(?![0-9])", stored)) is not None:
            return PriceTerms("raffle", count, field, m.start(), m.end(), words)
    return PriceTerms("raffle", count, "title", 0, 0, words)


def _sale_format(listing: Listing, text: ListingText, condition: Condition, story: tuple | None, *,
                 software: bool = False, coin: bool = False, plan: PriceTerms | None = None) -> SaleFormat | None:
    """The listing's sale format when it explains the price field (context/formats.py), else None. Blocked (shown, the
    price judged as any price): a cover story beside it ("customs seized stock released at auction", stories.py: the
    story explains a copy's price, the auction is its prop), a lot or wholesale (judged per unit, condition.py), and a
    giveaway of goods claimed new and sealed ("free, brand new, sealed"): nobody gives those away.
    software: the goods are software (a month's price is one period of a subscription only there; of goods it is an
    instalment's, instalments.py). coin: the price is in a cryptocurrency (prices.CRYPTO_BANDS): with no other format,
    the format "crypto", bounded by the coin's highest rate (index._bounded_part). plan: the listing's statement that its
    price is one payment of several (instalments.py): with no other format, a plan of goods (no software: its month is
    a subscription's) whose count is not stated ("ab 33 €/Monat", "cicilan 0%", "EMI ₹4,999") said in the title or
    beside the price's own amount (instalments.priced_beside) is the format "instalment", bounded by UNSTATED_PAYMENTS
    payments of it (index._bounded_part)."""
    sale = read_format(listing, text)
    if sale is not None and sale.kind == "subscription" and not software:
        sale = None
    if sale is None and plan is not None and plan.payments is None and not software and (
            plan.field == "title" or priced_beside(text, plan, listing.price.amount)):  # software: its month is read above
        sale = SaleFormat("instalment", plan.field, plan.start, plan.end, plan.text)
    if sale is None and coin:
        sale = SaleFormat("crypto", "price", None, None, f"{listing.price.amount:g} {listing.price.currency}")
    if sale is None or not sale.explains(listing.price) or sale.blocked:
        return sale if sale is not None and sale.explains(listing.price) else None
    if story is not None:
        return dataclasses.replace(sale, blocked=f"'{story[5]}': a cover story ({story[0]}) beside it")
    if condition.lot is not None and sale.kind != "per_weight":  # goods sold by the kilo are a lot's by nature
        return dataclasses.replace(sale, blocked=f"'{condition.lot.text}': a lot, judged per unit")
    if sale.kind == "giveaway" and condition.new_claim is not None:
        return dataclasses.replace(sale, blocked=f"'{condition.new_claim.text}': goods claimed new are given away by "
                                                 "no one")
    return sale


def _unpriced_provenance(text: ListingText, evidence: list[Evidence], *, disowned: bool = False,
                         claimed: bool = False) -> Evidence | None:
    """(trade51, issue 9) `fair_price` evidence for a reseller's listing with no price judged (no price field, a price
    code, "DM for price", no floor for its category) that names the brand plainly in its title, states a genuine
    unit's provenance (retail.retail_standing: the shop's receipt, "bought at the Mattel store", 附专柜小票, an
    authorised dealer's invoice) and disowns copies in words the cue lexicon reads ("no fakes, no reps", "não é
    réplica", 不卖高仿: a cue denied), with no counterfeit cue counted; else None. A bare mark in the brand's category is
    the brand's name and no more: without a price to judge, a cue, a disguise (scoring._claims_copy still blocks the
    lowering) or a provenance-less pitch, the evidence does not reach an alert. A copy seller's caption says its grade
    ("mirror 1:1", "top batch") or shows a copy's price; one that says neither names no copy to act on.
    (resale55, issue 9) No price judged is also a price in a currency with no rate (prices.py: "no rate for IRR") and a
    price field the listing disowns at or above the floor (`disowned`: "price on request; the field is a placeholder"),
    and a claim of genuine goods (condition.genuine_claim: "genuine", "authentic", "100% original", اصل, 正品; read when
    `claimed`: the price is unknown for a stated reason, not a "価格：０" that no floor can weigh) beside the provenance
    says what a disowning of copies says: a dealer's "Genuine …, dealer warranty" or a Divar seller's
    "اصل، با فاکتور و گارانتی" (original, with invoice and warranty). A copy's own words still block it (a counted cue,
    a copy word: genuine_claim reads none beside one). Pure."""
    denied = None
    for e in evidence:
        if e.rule is Rule.price and e.ratio is not None and not (disowned and e.ratio >= FAIR_PRICE):
            return None  # a price judged: fair_price and the conditions say what it proves
        if e.rule is Rule.cue:
            if e.weight > 0:
                return None
            if denied is None and "denied by" in e.detail:
                denied = e.text
    if not any(e.rule in (Rule.exact, Rule.alias, Rule.model) and e.field == "title" and e.weight > 0 for e in evidence):
        return None
    claim = genuine_claim(text.original) if denied is None and claimed else None
    if denied is None and claim is None:
        return None
    if (standing := retail_standing(text)) is None:
        return None
    unjudged = "no price judged" + (" (the price field a placeholder the listing disowns)" if disowned else "")
    return Evidence(Rule.fair_price, 0.0, None, "description", text=standing, term=UNPRICED,
                    detail=f"{unjudged}; the listing states a genuine unit's provenance ('{standing}') and "
                           + (f"disowns copies ('{denied}')" if denied is not None else f"claims genuine goods ('{claim}')")
                           + ": a reseller's listing of the brand's goods")


def _in_tag_list(e: Evidence, spans: list[tuple[int, int]]) -> bool:
    """(left57) Whether the evidence stands inside one of the description's search-tag lists (tag_lines.tag_spans)."""
    return e.field == "description" and e.start is not None and any(a <= e.start < b for a, b in spans)


def _price_is(sale: SaleFormat) -> str:
    """"the price is a contract's upfront payment ('mit Vertrag')" as the price evidence says it."""
    return f"the price is {sale.describe()}" if sale.kind in PRICE_PARTS else f"{sale.describe()}, no price of the goods"


def _sale_evidence(sale: SaleFormat | None) -> Evidence | None:
    """The sale format as evidence for scoring.score (weight 0; it lowers unless blocked or a copy is claimed)."""
    if sale is None:
        return None
    return Evidence(Rule.sale_format, 0.0, None, sale.field, sale.start, sale.end, sale.text, term=sale.kind,
                    detail=f"{sale.describe()}: the price field is no price of one unit", blocked=sale.blocked)


ENGRAVED_TEXT = 30  # characters after an engraving word that hold what is engraved (a name, a date, an inscription)


def _engraved_text(e: Evidence, why: Said | None) -> bool:
    """The evidence names the brand by what is engraved (condition.py `personalised`): the text printed on the goods, a
    home town or a slogan, or a mark just after the engraving word ("incisione DIGIC", "gravação 'NANOE X'",
    "incisione A.I. Designed Flash Face": within ENGRAVED_TEXT characters)."""
    if e.vocabulary in PEOPLE_AND_VOICE:
        return True
    return (why is not None and why.end is not None and e.start is not None and e.field == why.field
            and 0 <= e.start - why.end <= ENGRAVED_TEXT)


def _condition_evidence(condition: Condition) -> Evidence | None:
    """The listing's stated condition as evidence for scoring.score (which decides whether it explains the price),
    else None."""
    if condition.scale is None or condition.why is None:
        return None
    why = condition.why
    return Evidence(Rule.condition, 0.0, None, why.field, why.start, why.end, why.text, term=condition.scale.kind,
                    detail=f"the listing sells genuine-looking goods as {condition.describe()}")


def _format_words(evidence: list[Evidence], text: ListingText) -> None:
    """A weak candidate that is a word of a sale format or price part of the listing ("plan canje", a trade-in, heard as
    Sony; "교환해요", a swap) is that word, not the mark (in place): formats.format_words."""
    weak = [e for e in evidence if e.needs_corroboration and e.weight > 0 and e.start is not None and e.end is not None]
    if not weak:
        return
    spans = format_words(text)
    for e in weak:
        said = next((s for s in spans if s[0] == e.field and s[1] <= e.start and e.end <= s[2]), None)
        if said is not None:
            e.weight = 0.0
            e.detail = f"{e.detail}; '{said[3]}' is a sale-format word of the listing, not the mark".lstrip("; ")


# (quiet) an everyday-word mark used as an English verb: before an object pronoun ("you will love it", "I love this",
# "kids love them", "love it"); a subject, a modal or "to" before it is no verb on its own ("Alternative to Samba
# running shoes", "Kids Galaxy microSD card" name the goods)
# ("Wilsdorf (you know the brand)": a word before a bracket is no verb, and a name that is no English word is none)
_VERB_AFTER = re.compile(r"^[^a-z0-9(\[{]{1,3}(?:it|them|this|these|those|you|her|him|me|us)(?![a-z0-9])")
_ENGLISH_WORD_ZIPF = 2.0


def _verb_words(evidence: list[Evidence], listing: Listing) -> None:
    """An everyday-word mark of one word found as written where English uses the word as a verb ("Gold bracelet, you
    will love it! 1:1", "phone case, love it": Cartier's Love; `_VERB_AFTER`) is that verb, not the mark
    (in place): a copy cue elsewhere in the listing is another brand's or no brand's."""
    for e in evidence:
        if not (e.rule is Rule.exact and e.everyday and e.weight > 0 and e.start is not None and e.end is not None
                and e.field in ("title", "description")):
            continue
        field = (listing.title if e.field == "title" else listing.description or "").lower()
        word = field[e.start:e.end]
        if not word.isalpha() or not _VERB_AFTER.match(field[e.end:e.end + 10]) or not _english_word(word):
            continue  # an object pronoun after it: "to Samba running shoes", "Kids Galaxy microSD" name the goods
        e.weight = 0.0
        e.detail = join_detail(e.detail, f"'{word}' as an English verb here ('you will {word} it'), not the mark")


@functools.cache
def _english_word(word: str) -> bool:
    return zipf_frequency(word, "en") >= _ENGLISH_WORD_ZIPF


def _said_in_a_mark(said, evidence: list[Evidence]) -> bool:
    """Whether the condition's words lie inside a registered mark or line of the brand named as itself (a plain match
    of more words than the condition's: "Vintage Check" holds "Vintage"); an everyday-word line only beside a mark of
    the brand that is no everyday word ("Burberry Vintage Check", as index._line_floor reads lines)."""
    if said is None or said.start is None or said.end is None:
        return False
    plain = any(e.rule is Rule.exact and not e.needs_corroboration and not e.everyday and e.weight > 0 for e in evidence)
    return any(e.rule is Rule.exact and (plain or not e.needs_corroboration) and e.fingerprint is not None
               and e.field == said.field
               and e.start is not None and e.end is not None and e.start <= said.start and said.end <= e.end
               and (e.end - e.start) > (said.end - said.start) for e in evidence)


def _condition_words(evidence: list[Evidence], condition: Condition) -> None:
    """A weak candidate that is a condition word of the listing ("B-Ware" read as Bayer by sound, 리퍼 "refurbished"
    read as Cartier's Love) is that word, not the mark (in place)."""
    for e in evidence:
        if not e.needs_corroboration or e.weight <= 0 or e.start is None or e.end is None:
            continue
        said = next((s for s in condition.said if s.field == e.field and s.start is not None and s.end is not None
                     and s.start <= e.start and e.end <= s.end), None)
        if said is not None:
            e.weight = 0.0
            e.detail = f"{e.detail}; '{said.text}' is a condition word of the listing ({said.kind}), not the mark".lstrip("; ")


def _outside_longer_marks(found: list[Evidence], brand_of: array) -> list[Evidence]:
    """The evidence without marks found cut out of a word of a longer mark of another brand (BANDAI in
    B-A-N-D-A-I-D, NAN in N-A-N-O-F-L-A-R-E, Constella in C/o/n/s/t/e/l/l/a/t/i/o/n, Speedy in
    Speedm/\\$ter): the longer mark is what the listing names. Weak candidates neither hide nor are hidden.

    A mark whose span starts and ends at a space (or at the longer mark's own edges) is the listing naming it
    as a word, and stays: otherwise a brand could hide another brand's mark by registering a longer mark that
    contains it ("Canada Goose Parka" hiding Canada Goose; red team, 2026-12-01)."""
    marks = [e for e in found if e.rule in MARK_RULES and e.start is not None and not e.needs_corroboration]
    if len(marks) < 2:
        return found
    inside = {id(e) for e in marks for o in marks
              if o.field == e.field and o.start <= e.start and e.end <= o.end and (o.end - o.start) > (e.end - e.start)
              and brand_of[o.fingerprint] != brand_of[e.fingerprint] and _cuts_a_word(o, e)}
    return [e for e in found if id(e) not in inside] if inside else found


# readings that reassemble words into a mark: what they read is said by them, not by the words as written
_REASSEMBLED = frozenset({Rule.spelt_model, Rule.keyboard_layout, Rule.drawn, Rule.puzzle})


def _outside_reassembled(found: list[Evidence], brand_of: array) -> list[Evidence]:
    """The evidence without another brand's marks read inside words that a reassembling reading reads as a brand's:
    a number word of a model number spelt out in words says a digit (Mattel's UNO in "H A C cero uno tres",
    detectors/spelt_models.py), a word typed with the wrong keyboard layout says the letters of its keys (حعةش is
    "puma" typed with the Arabic layout on, not a sound-alike of adidas; detectors/keyboard_layouts.py), and a drawing
    says the letters it draws (a banner of PHILIPS drawn with its own letters holds "P  S  S", no PS5: detectors/drawn.py)."""
    spans = [(brand_of[e.fingerprint], e.field, e.start, e.end) for e in found
             if e.rule in _REASSEMBLED and e.start is not None and not e.needs_corroboration]
    return [e for e in found if e.rule not in MARK_RULES or e.start is None or not any(
        b != brand_of[e.fingerprint] and f == e.field and s <= e.start and e.end <= t for b, f, s, t in spans)]


def _outside_letter_grids(found: list[Evidence], text: ListingText) -> list[Evidence]:
    """The evidence without marks other readers read inside a word-search letter grid of the description (a row's
    "H R V" is no HR-V spelt out with separators): a grid's letters are a puzzle's, read by detectors/puzzles.py."""
    grids = puzzles.letter_grids(text.description)
    if not grids:
        return found
    return [e for e in found if e.rule is Rule.puzzle or e.rule not in MARK_RULES or e.start is None
            or e.field != "description" or not any(s <= e.start and e.end <= t for s, t in grids)]


def _outside_decoys(found: list[Evidence], text: ListingText) -> list[Evidence]:
    """The evidence without marks read inside the names a puzzle sets beside its answer (detectors/puzzles.py,
    `decoy_spans`: the unticked choices of a choice list, a quiz's other options, an analogy's pair without the blank):
    "☐ Tudor ☐ Seiko ☑ the crown" names no Tudor, "Seiko : Tokyo = ___ : Geneva" no Seiko."""
    spans = puzzles.decoy_spans(text.original)
    if not spans:
        return found
    offset = text.field_offset("description")
    return [e for e in found if e.rule not in IDENTITY_RULES or e.start is None or e.field not in ("title", "description") or not any(
        s <= e.start + (offset if e.field == "description" else 0) and e.end + (offset if e.field == "description" else 0) <= t
        for s, t in spans)]


def _outside_dotted(found: list[Evidence]) -> list[Evidence]:
    """The evidence without other readings of initials written with full stops that name a brand (detectors/
    initialisms.py: "C.G.M.P." is Canada Goose's Mystique Parka, not BMW's M Performance in its last two letters nor a
    word typed on another keyboard layout): the run of initials is read whole."""
    spans = [(e.field, e.start, e.end) for e in found if DOTTED_DETAIL in e.detail and e.start is not None]
    return [e for e in found if DOTTED_DETAIL in e.detail or e.rule not in MARK_RULES or e.start is None
            or not any(f == e.field and e.start < t and s < e.end for f, s, t in spans)]


def _outside_money(found: list[Evidence], text: ListingText, spans: list[tuple[int, int]]) -> list[Evidence]:
    """The evidence without marks read inside money: an amount with its currency or a payment term (context/money.py:
    "1,390 CNY" is no Coach New York by its initials nor LEGO in leetspeak, "PayPal F&F" no Nike Friends & Family pair).
    A model number is kept (read whole, an amount beside it is no reason to doubt it), and so is a list price
    (detectors/list_prices.py reads amounts on purpose)."""
    return [e for e in found if e.rule not in MARK_RULES or e.rule is Rule.list_price or e.start is None
            or e.field not in ("title", "description") or not _inside(e, text, spans)]


def _outside_transcriptions(found: list[Evidence], text: ListingText) -> list[Evidence]:
    """The evidence without marks read inside an IPA transcription by any rule but `decoded`: IPA's letters are sounds,
    not look-alikes ("/ˈləviːs/" is no Levi's drawn with look-alike letters, "/ˈdɑːnɒn/" holds no Nestlé's NAN);
    codes/ipa.py reads a transcription by its sound (detectors/decoded.py)."""
    spans = ipa.transcriptions(text.original)
    if not spans:
        return found

    return [e for e in found if e.rule not in MARK_RULES or e.rule is Rule.decoded or e.start is None
            or e.field not in ("title", "description") or not _inside(e, text, spans)]


def _inside(e: Evidence, text: ListingText, spans: list[tuple[int, int]]) -> bool:
    """Whether a title or description evidence lies wholly inside one of `spans` (offsets of the joined text)."""
    offset = text.field_offset(e.field)
    return any(s <= e.start + offset and e.end + offset <= t for s, t in spans)


# readings of a word that a compound or an inflection of the mark explains (detectors/compounds.py, inflections.py)
_EXPLAINED_BY_GRAMMAR = frozenset({Rule.fuzzy, Rule.phonetic, Rule.glued, Rule.vowel_drop, Rule.doubled})


def _read_as_written(found: list[Evidence], brand_of: array) -> list[Evidence]:
    """The evidence without the looser readings of a word that is the mark as a language writes it: "Bosem" (Czech
    instrumental) is no one-edit misspelling of Bose, "Snickersa" no "Snickers" glued to the English word "a". The
    compound or inflection evidence (weak, corroborated like the rest, a retailer's plain writing at a fair price) is
    what the word says; the misspelling reading would count alone far from the brand's goods and call it a disguise."""
    spans = {(brand_of[e.fingerprint], e.field, e.start, e.end) for e in found if e.compound and e.start is not None}
    return [e for e in found if e.compound or e.rule not in _EXPLAINED_BY_GRAMMAR or e.start is None or not any(
        b == brand_of[e.fingerprint] and f == e.field and s <= e.start and e.end <= t for b, f, s, t in spans)]


# the weak readings of a piece of a number that a barcode reads whole (detectors/barcodes.py)
_INSIDE_A_BARCODE = frozenset({Rule.reference, Rule.model_base, Rule.imprint, Rule.spec, Rule.street_name, Rule.decoded,
                               Rule.fuzzy})


# the goods' look or size (detectors/appearances.py, dimensions.py), a description any maker's goods may share, and the
# goods' own identifiers that say whose they are (codes25)
_LOOKS = frozenset({Rule.appearance, Rule.dimensions, Rule.list_price, Rule.ingredients})
_OWN_IDS = frozenset({Rule.imprint, Rule.model, Rule.exact, Rule.barcode, Rule.grantee_code, Rule.identifier, Rule.reference, Rule.item_id})


def _looks_yield(found: list[Evidence], brand_of: array) -> list[Evidence]:
    """The evidence without the look, size or list price of one brand's goods where another brand's own identifier (an
    imprint code, a registered model, its mark as written, a barcode, an FCC ID; a mark only as itself, not an everyday word)
    names the goods: "Xa 20 white oval
    tablets" are Bayer's Xarelto by the imprint, not Pfizer's Lipitor by its white elliptical 20 mg look."""
    named = {brand_of[e.fingerprint] for e in found if e.rule in _OWN_IDS and e.fingerprint is not None and e.weight > 0
             and (e.rule is not Rule.exact or not e.everyday and not e.needs_corroboration)}
    if not named:
        return found
    return [e for e in found if not (e.fingerprint is not None and brand_of[e.fingerprint] not in named and (
        e.rule in _LOOKS or _said_of_the_named(e)))]


def _said_of_the_named(e: Evidence) -> bool:
    """(genuine55, issue 9) A weak candidate that describes the goods another brand's own identifier names: a spec of
    everyday words ("date code", "air unit", "setup button"), a term of the trade in one brand's goods that other
    brands' goods have too (Gucci, Coach and Michael Kors bags carry a date code as Louis Vuitton's do), and a weak
    rebus read across the same words ("chip + date"): said of the named goods, no mark of the brand that registered
    it. A coined spec (Cerachrom, Exynos, Flyknit) and a strong rebus stay their brand's."""
    return e.needs_corroboration and (e.rule is Rule.spec and _common_words(e.term or "") or e.rule is Rule.puzzle)


def _outside_barcodes(found: list[Evidence]) -> list[Evidence]:
    """The evidence without the weak readings of digits inside a barcode: a group of an EAN printed in groups ("5 700302
    327359", Pandora's prefix) is no Rolex reference 327359, a digit run of it no keypad code; the barcode reads the
    number whole."""
    spans = [(e.field, e.start, e.end) for e in found if e.rule is Rule.barcode and e.start is not None]
    return [e for e in found if not (e.rule in _INSIDE_A_BARCODE and e.start is not None and e.rule is not Rule.barcode
                                     and any(f == e.field and s <= e.start and e.end <= t for f, s, t in spans))]


def _outside_longer_names(found: list[Evidence], brand_of: array) -> list[Evidence]:
    """The evidence without the weak candidates found inside another brand's name of several words written as
    registered: "Tick", the English name of Nike's logo, in "Sam Tick", the founder of Canada Goose (or in any
    person's or company's name a brand registers) is a word of that name, not a logo named on its own. Only a weak
    candidate is hidden (one that needs the brand's category with a cue or a price far below the floor): a mark
    written as a word stays (see _outside_longer_marks)."""
    weak = [e for e in found if e.needs_corroboration and e.rule in MARK_RULES and e.start is not None]
    if not weak:
        return found
    names = [e for e in found if e.rule in (Rule.exact, Rule.alias) and e.start is not None and " " in (e.text or "").strip()]
    if not names:
        return found
    inside = {id(e) for e in weak for o in names
              if o.field == e.field and o.start <= e.start and e.end <= o.end and (o.end - o.start) > (e.end - e.start)
              and brand_of[o.fingerprint] != brand_of[e.fingerprint]}
    return [e for e in found if id(e) not in inside] if inside else found


def _bases_beside_references(found: list[Evidence], brand_of: array) -> list[Evidence]:
    """A model number's base (rule model_base) on a code the brand's own reference numbering reads (rule reference)
    counts nothing itself (in place): the reference is the signal ("210.30.42.20.03.001" is a whole Omega reference the
    registry does not list, more than the start of the registered 210.30.42.20.01.001); the base stays in the evidence,
    so the price is judged by its registered model's floor."""
    references = [(brand_of[e.fingerprint], e.field, e.start, e.end) for e in found
                  if e.rule is Rule.reference and e.start is not None]
    for e in found if references else ():
        if e.rule is Rule.model_base and e.start is not None and any(
                b == brand_of[e.fingerprint] and f == e.field and s < e.end and e.start < t for b, f, s, t in references):
            e.weight = 0.0
            e.detail = join_detail(e.detail, "the brand's reference numbering reads the whole code")
    return found


def _cuts_a_word(outer: Evidence, inner: Evidence) -> bool:
    """Whether `inner`'s span, inside `outer`'s, begins or ends in the middle of a word of the stored text
    (no white space between it and more of `outer`)."""
    text, start, end = outer.text or "", inner.start - outer.start, inner.end - outer.start
    return (start > 0 and not text[start - 1].isspace()) or (end < len(text) and not text[end].isspace())


# a fitting word after the goods ("case for iPhone", "Hülle für", "coque pour", "funda para", "compatible with"):
# context/fields.py's FITTING_KEYS as words
_FOR = re.compile(r"(?<![a-z])(?:for|fits|compatible|fur|pour|para|per|dla|için|для|适用|対応)(?![a-z])")
_INIT_FIELDS = attrgetter(*(f.name for f in fields(Evidence) if f.init))


# price / a registered model's floor at or below which a title naming the model by its registry name is judged by that
# floor (index._line_floor): half, as scoring.INCLUDED_BELOW_FLOOR; a copy of a premium item sells at 5-30 % of it
NAMED_ITEM_BELOW_FLOOR = 0.5
# the share of a unit's floor each unit of a multipack or a lot is judged against (index._units): multipacks, sets and
# trade lots sell each unit 10-40 % below a single one (retailers' multipack and case prices, eBay lots), so half keeps
# an honest pack of several at a fair price, while a lot at a copy's price per piece stays far below it
MULTIPACK_SHARE = 0.5
# the same for food and drink, whose floors are a single unit's at convenience retail and whose cases sell a unit for
# 40-70 % of it (a 24-can case of soft drinks, a 6-tin case of formula at supermarket and cash-and-carry prices: the
# trade's margin on branded groceries is a quarter to a third of the shelf price); a lot far below that ("M&M's 1kg - lot
# of 100" at a third of one bag's floor each, "Coca-Cola 330ml x 24" at 0.20 a can) is no trade price; 0.35 leaves room
# for a market whose shelf price is below the registry's convenience floor (a Turkish 24-can pack at 0.40 USD a can)
CONSUMABLE_MULTIPACK_SHARE = 0.35
_OTHER_FIELDS = frozenset({"url", "attributes", "seller", "image"})  # the fields context/fields.py reads
# words that deny what an item specific's free text says ("Notes: not Canada Goose, unbranded"): no cue is taken from it
# (fresh53b) item-specific keys of a measure, where "1:1" and "AAA" are a scale and a battery size, not a grade
_SCALE_KEY = re.compile(r"scale|ratio|size|battery|batteries|battery type|cell|mass?stab|echelle|escala|scala|skala|масштаб|比例|尺寸|电池")
_NEGATED = frozenset({"not", "no", "non", "nicht", "kein", "keine", "pas", "ni", "nie", "nao", "não", "не", "нет"})
# the sources of the cues that carry a TradeWord (context/trade.py's, context/community.py's)
TRADE = "trade"
COMMUNITY = "community"
PER_UNIT = "per unit: "
# the term of price evidence whose price is one payment of a plan (context/instalments.py) and whose total is at or above
# the low-price threshold (config.price_ratio_threshold): an instalment plan, Klarna, "24x sem juros", "meses sin
# intereses", "taksit", is a merchant's checkout, its payments rounded and its total quoted on the shop's own price, so
# a total that is no copy's price reads as the retailer's genuine goods (`_fair_price`), as a price at the floor does;
# the copy trade's words still block it (context/retail.py), and a total below the threshold is judged low as any price
PLAN = "instalment plan"
# the term of price evidence below the floor whose undiscounted price is not: a retailer's sale (context/discounts.py)
SALE_PRICE = "retailer's sale"
# the term of price evidence below a registered model's floor by no more than a retailer's everyday discount
# (MODEL_STREET_PRICE): a model's floor is set at its list price (the demo registry's model floors, NAMED_ITEM_BELOW_FLOOR),
# and retailers and authorised dealers sell current goods at list or a little under it; a copy of the model sells at
# 3-35 % of it and a near-retail copy at 55-80 % with the trade's words (context/retail.py blocks those)
STREET_PRICE = "retailer's street price"
@dataclasses.dataclass(frozen=True)
class TradeTerms:
    """(trade56) A genuine trade channel the listing sells through beside its papers (retail.trade_channel): kind
    "trade" or "closeout", its words and its papers' word; lot: (count, words) of the units a closeout lot's price is
    for, when the listing states no price per unit ("60 units ... lot price US$4,320"), else None."""
    kind: str
    words: str
    papers: str
    lot: tuple[int, str] | None = None

    def describe(self) -> str:
        return f"{self.words}' with '{self.papers}"


def _trade_terms(text: ListingText) -> TradeTerms | None:
    """(fresh54a, trade56) The genuine trade channel the listing sells through beside its papers (retail.trade_channel:
    a distributor's standing with its price per unit and invoice, a brand's wholesale programme or corporate store,
    an authorised distributor's export or parallel trade, a retailer's closeout lot or dead stock with its manifest or
    invoices), else None: the channel that explains a trade price (TRADE_PRICE). A closeout lot priced as a whole
    (no price per unit stated) carries the count of its units (retail.lot_count), so its price is judged per unit. Pure; the channel's substring gates first."""
    if (found := trade_channel(text)) is None:
        return None
    kind, words, papers = found
    return TradeTerms(kind, words, papers, lot_count(text) if kind == "closeout" and price_per_unit(text) is None else None)


# (fresh54a, issue 9) the term of price evidence below the floor for a distributor that states its standing, its price
# per unit and its invoice (retail.distributor_terms, retail.invoiced): a trade price, at least TRADE_PRICE_SHARE of the
# floor (fair_price); the copy trade's words, a lot's count with no unit price or a copy's price still refuse it
TRADE_PRICE = "distributor's trade price"
# (hiding55) the marks as written that a copy word glued to or right after them is said of (_said_of_mark): no misspelling
# or sound-alike one edit from a neighbour's name ("Rolec", "Bosca")
_SAID_RULES = frozenset({Rule.exact, Rule.alias, Rule.glued, Rule.confusable, Rule.model})
# cues that alone are also a grade, a size or a ratio (judge.AMBIGUOUS_GRADES): no copy the genuine article is held
# against; "mirror copy" is a copy wherever it stands
_AMBIGUOUS_ALONE = AMBIGUOUS_GRADES - {"mirror copy"}
# the least share of a floor that reads as a distributor's trade price, by whether the floor is a registered model's
# (its list price) or a line's or category's (about two thirds of list): a wholesale price is half of retail or more
# ("keystone" pricing in fashion, jewellery and gifts; distributors' trade margins of 20-35 % in electronics and FMCG,
# general knowledge), so 45 % of a list price (a keystone price less a distributor's volume discount; trade56), and the
# same 45 % of list against a floor two thirds of it (67 %); a copy sells at 3-35 %
TRADE_PRICE_SHARE = {True: 0.45, False: 0.67}
# (trade56, issue 9) the least share of a floor that reads as a closeout's price per unit (a retailer's overstock or
# liquidation lot with its manifest, a closed boutique's dead stock with its invoices): liquidation lots of new
# overstock sell at 20-40 % of their retail value (B-Stock, Liquidation.com, Merkandi lot prices against the manifest's
# retail value; "pennies on the dollar" for customer returns, more for new overstock; general knowledge), so 20 % of a
# list price (a model's floor), 30 % of a floor two thirds of list (a line's or category's, 20 % of list); a copy lot's
# unit sells at a few per cent, and the copy trade's words refuse the channel whatever its price
CLOSEOUT_PRICE_SHARE = {True: 0.2, False: 0.3}
CHANNEL_SHARES = {"trade": TRADE_PRICE_SHARE, "closeout": CLOSEOUT_PRICE_SHARE}
# (trade51) the term of fair_price evidence for a reseller's listing with no price judged (_unpriced_provenance)
UNPRICED = "unpriced resale with provenance"
# (honest50) the cover stories (stories.py) a retailer's closing-down sale with its standing tells as its reason
_CHANNEL_STORIES = frozenset({"staff sale", "counter clearance"})
# (trade56) ... and those a genuine trade channel beside its papers tells at its share of the floor (CHANNEL_SHARES):
# a closeout's stock clearance ("déstockage", counter stock cleared), an exporter's duty-free price (no domestic tax)
_TRADE_STORIES = {"closeout": _CHANNEL_STORIES, "trade": frozenset({"duty free"})}
# (honest50) the term of price evidence within NEAR_FLOOR under a floor, or within CROSS_MARKET under one set in another
# currency than the price's (another market's price converted at a reference rate): the price is at it (fair_price)
MARKET_PRICE = "another market's floor"
# (gifted33, issue 9) the term of price evidence for an unwanted gift resold with the shop's gift receipt at
# stories.GIFT_RECEIPT_FLOOR of the floor or more: the gift receipt is the standing a private seller has (fair_price)
GIFT_PRICE = "new goods resold with the shop's receipt"
# (seen54, issue 9) the term of price evidence under a floor set in another currency than the price's, by no more than
# CROSS_MARKET (ABROAD_MODEL_SHARE of a model's floor): another market's street price of the goods; only a retailer's
# or owner's standing stated beside it explains it (fair_price, as STREET_PRICE): a copy at that price says none
ABROAD_STREET_PRICE = "another market's street price"
# (seen54) the least share of a registered model's floor, set in another currency than the price's, that reads as that
# market's street price: a dealer's MODEL_STREET_PRICE (85 %) of a list price that differs between markets and whose
# rate the reference table lags or leads (rupee, rupiah, peso and yuan list prices of the same model read 10-20 % under
# the home market's through the ECB/HMRC table: Apple's, Sony's, Nintendo's regional price lists against the table,
# 2025-26); a copy of the model sells at 3-45 % of it, and near list only beside the trade's words (retail.py)
ABROAD_MODEL_SHARE = 0.7
# the least share of a registered model's floor that reads as a retailer's street price (issue 9, honest25): list price
# less the usual 5-15 % a dealer or marketplace shop takes off a current model (manufacturer's suggested retail price vs
# street price; Amazon and authorised dealers' everyday prices of current electronics, bags and toys, 2025-26)
MODEL_STREET_PRICE = 0.85
# (honest50, issue 9) the share by which a model's list price in one market may undercut its list price in another
# (a model's floor is one market's list price, in that market's currency): list prices of the same goods differ between
# markets by 5-20 % (VAT or GST included or not: China's 13 %, India's 18 %, the EU's 19-27 % against US prices before
# sales tax; Apple's and Sony's regional price lists, 2023-25), and a reference rate table lags the retailer's own by a
# few per cent; a street price judged through the euro against another currency's list price is read at this much less
CROSS_MARKET = 0.1
# (honest50, issue 9) the least share of the category's floor a named line's own floor must be to judge the goods in
# its place (index._own_floor): a newer or slimmer model of the category's goods (a PS5 Slim at 73 % of Sony's consoles
# floor); a line far cheaper than the category (AirPods under phones, a controller under consoles) names other goods
# than the category's, and the category's floor judges the listing as before
OWN_FLOOR_SHARE = 0.5
# (honest50, issue 9) the share under a floor set in the price's own currency that is still at it: a retailer's
# rounding (399 to 395, 49.99 to 47.90) and its everyday few per cent off; a copy sells far below (3-45 %)
NEAR_FLOOR = 0.05
# (ba35) the logo-service words of context/trade.py (a factory puts a logo on the goods): a denial of them ("非代工",
# "not OEM") is read as a denied cue's, while order terms ("no MOQ") stay terms
_LOGO_TERMS = frozenset(w.casefold() for w in LOGO_SERVICE)
# a medicine dispensed on prescription at a pharmacy's price of some market (`_context_evidence`'s rx)
RX_PRICE = "prescription pharmacy price"
# the term of price evidence judged although a part of the price was read (a trade-in's net price below TRADE_IN_LEAST,
# a subscription whose year is low, a coin's price low at its highest rate): the sale format's lowering is then void
PART_BELOW = "price part below its bound"
# the copy seller's pitches (config.COPY_PITCHES), whose own words name no brand
_PITCH_TERMS = frozenset(t.casefold() for t in COPY_PITCHES) | PITCHES  # and context/pitches.py's
# a copy trade's grade right before "replica" ("top replica", "AAA replica", "mirror replica", "super replica"): the
# grade the replica trade sells its copies by, which no scale model's maker writes of a miniature (they write "1:18
# scale replica", "detailed replica", "high quality replica"): beside a scale model such a replica stays a copy cue
# (floor34: founding_year_named, colour_code_named's die-cast packs "top replica")
_GRADED_REPLICA = re.compile(r"(?<![^\W_])(?:top|aaa\+*|mirror|super)[\s\-]+(?:(?:grade|quality)[\s\-]+)?\Z", re.IGNORECASE)
# (words56, issue 9) ... or right after it, as Portuguese and Spanish put the grade ("réplica AAA", "réplica 1:1", "réplica
# premium", "réplica espelhada", "réplica de primeira linha"), or a listing that denies the goods' originality ("não original
# da marca": admitted.denies_originality): a scale model's miniature is the maker's own and is never so graded or denied
_GRADED_AFTER = re.compile(r"[\s\-]+(?:aaa\+*|1:1|1 : 1|top|mirror|super|premium|espelhada|espelho|perfeita|perfecta|"
                           r"idêntica|idéntica|de luxo|de lujo|(?:de )?primeira linha|(?:de )?primera línea|grade a|"
                           # (edge57) the grade glued into one word: Dutch "topkwaliteit", German "Topqualität"
                           r"top ?kwaliteit|top ?qualit[äa]t|a\+)(?![^\W_])", re.IGNORECASE)


def _graded_replica(text: ListingText, found) -> bool:
    """Whether a replica is the copy trade's (graded before or after it, or the listing denies its originality), not a
    scale model's miniature or a club's fan version."""
    return (_GRADED_REPLICA.search(text.original, 0, found.start) is not None
            or _GRADED_AFTER.match(text.original, found.end) is not None or denies_originality(text.original) is not None)
# a "why pay <amount> for" pitch whose amount is this many times the listing's price or more (stated_price.py) is a cue
DEARER_RATIO = 3.0
DEARER_PITCH = "why pay: a dearer price stated"
from services.matcher.core.context.judge import CARD_BELOW_FACE  # noqa: E402  the cue's term (judge reads it too)
from services.matcher.core.context.judge import CRACKED_PROGRAM, cracked_words  # noqa: E402  (floor54)
# (precision28) the words that join a maker's brand to its licensed subject or collaboration partner (index._crossover)
CROSSOVER_JOIN = re.compile(r"(?<![\w])(?:x|collab|collabs|collaboration|licen[cs]ed|officially licen[cs]ed|"
                            r"official licen[cs]e|edition|featuring|feat|lizenziert|lizenz|sous licence|licencia oficial|"
                            r"licenciado|licenza ufficiale|edizione|edicion|edición)(?![\w])|×|联名|聯名|正版授权|コラボ|"
                            r"콜라보|ライセンス", re.IGNORECASE)
def _trade_talk(found: list, reading) -> bool:
    """Whether the copy trade's talk (retail.COPY_TRADE_TALK) is in the listing, less its claims of authenticity
    (_CLAIM_TALK) and the copy words the listing denies ("NOT a replica", "not a copy": negation.py)."""
    talk = [f for f in found if not _CLAIM_TALK.search(f.term)]
    denied = reading.denied(talk) if talk else {}
    return any((f.start, f.end) not in denied for f in talk)


# retail.COPY_TRADE_TALK's claims of authenticity ("100% genuine", "保证正品"): the claim a receipt answers, no grade talk
_CLAIM_TALK = re.compile(r"^(?:100%|guaranteed|authentic guaranteed|保证|保證)")
# a sentence's end inside a matched phrase: punctuation that closes a sentence, then a space (reason39)
_PHRASE_BREAK = re.compile(r"[.!?;。！？；]\s")
# the term of price evidence that judged the real price the text states in place of the price field (stated_price.py)
STATED = "stated price"
# the parts of formats.PRICE_PARTS (and a price in a coin) that the floor bounds (index._bounded_part)
BOUNDED_PARTS = frozenset({"trade_in", "subscription", "instalment", "crypto"})
# price / floor at or above which a price after a trade-in credit is not judged: manufacturers' and carriers' trade-in
# programmes (Apple Trade In, Samsung's, Sony's, Dyson's, the carriers' "with eligible trade-in") credit an old device
# at most about half of a new one's list price on a marketplace listing, and the registry's floors sit near two thirds
# of list: what is left is a third of list or more, half a floor; a quarter keeps room for the dearest credits, while a
# copy's price (5-20 % of the floor) stays below it and is judged as any price
TRADE_IN_LEAST = 0.25
# the periods of a year a subscription's price is one of (monthly: the registry prices software by a year's subscription)
SUBSCRIPTION_PERIODS = 12
# the bounded parts priced per period: (periods the price is multiplied by, as the evidence says it) — a subscription's
# year; the most payments of a plan whose count is not stated (instalments.UNSTATED_PAYMENTS)
PART_PERIODS = {"subscription": (SUBSCRIPTION_PERIODS, "a year"),
                "instalment": (UNSTATED_PAYMENTS, f"{UNSTATED_PAYMENTS} payments")}
_TRADE_GOODS = ("bootleg", "logo_service", "unlicensed")  # trade.py's kinds that make goods (TradeWord.kind)
# (kit51) trade.py's kinds that say how goods are priced, not what they are: an accessory or a likeness frame ("fits
# Pandora-style charms") still says the brand is no goods of the listing
_FRAMED_TRADE = frozenset({"by_weight"})
_APPLIED = frozenset(APPLIED_WITH)  # trade.py's words that apply another house's mark ("customised with")
_WRITTEN_AS_IS = frozenset({Rule.exact, Rule.alias, Rule.model})  # the mark as written, not a misspelling's reading
_PATTERN_WORDS = frozenset(w.casefold() for words in PATTERN_WORDS.values() for w in words)  # context/marked.py
APPLIED_NEAR = 24  # characters between "customised with" and the applied house's mark ("with hand-painted Louis Vuitton")
# the most characters between a brand's mark and the packaging noun that is its own ("Coca-Cola printed aluminium can
# sleeves"), and the words of fit before a mark ("fits Nike boxes": boxes for the brand's goods, not its packaging)
TRADE_NEAR = 40
_FIT_BEFORE = re.compile(r"(?:^|[^a-z])(?:" + attribution.fit_words("fits?", "under", "holds?", latin=True)
                         + r")(?:[^a-z]|$)")
# conditions whose quantity is condition.py's (a single unit, a sample): no pack to divide
_SMALL_SCALES = frozenset({"single_unit", "sample"})


def _named_share(scale: Scale | None, holds_value: bool = False) -> float | None:
    """`items` of index._floor: 1.0 for new goods, the vintage factor for goods told as vintage, old stock, an estate or
    antique find (condition.SCALES "vintage": age is a story, not a price, and a named luxury model at a few per cent
    of its own floor is a copy's price however old it is said to be), None (no named model read) for the other stated
    conditions, whose factors were set against the line's and category's floors (a used Swarovski necklace does sell
    at a fifth of its model's list price, a broken shaver at its parts' worth). `holds_value` (a brand of
    VALUE_WITH_AGE: luxury accessories, jewellery and watches): goods told as used are read by a named model's floor
    too, at USED_NAMED_SHARE of the used factor (a "worn twice, no box" Cartier Love bracelet at 7 % of its list price,
    where pre-owned dealers sell it at 60-120 %: outsider37's c_preowned_impossible37, mend40, issue 9)."""
    if scale is None:
        return 1.0
    if scale.kind == "vintage":
        return scale.factor
    return scale.factor * USED_NAMED_SHARE if holds_value and scale.kind == "used" else None


# the share of the used factor a used luxury item's price must be under for its named model's floor to judge it
# (_named_share): with NAMED_ITEM_BELOW_FLOOR and the used factor (0.4), at most 10 % of the model's list price, far
# below what pre-owned luxury fetches (60-120 % of list on Vestiaire Collective, The RealReal, Chrono24 for the
# houses of VALUE_WITH_AGE), while a used Swarovski necklace at a fifth of its list price is judged as before
USED_NAMED_SHARE = 0.5


def _named_models(fingerprints: Sequence, brand_of: array, floors: np.ndarray) -> dict[int, list[tuple[re.Pattern, int, str]]]:
    """{brand index: [(pattern of a model's registry name, fingerprint index, name)]} for the models with a floor whose
    name holds a registered mark or line of their brand and another word ("Love bracelet", "Supersonic hair dryer",
    "Airwrap multi-styler"; not "battery pack" or "Shaver 7000", which name any brand's goods): a title naming the item
    so is judged by its floor (index._line_floor). Patterns over the latin view, whole words, a plural s allowed."""
    marks: dict[int, set[tuple[str, ...]]] = {}
    for i, fp in enumerate(fingerprints):
        if isinstance(fp, MarkFingerprint):
            marks.setdefault(brand_of[i], set()).add(tuple(latin_text(fp.value).split()))
    out: dict[int, list[tuple[re.Pattern, int, str]]] = {}
    for i, fp in enumerate(fingerprints):
        if not isinstance(fp, ModelFingerprint) or np.isnan(floors[i]) or not fp.name:
            continue
        words = latin_text(fp.name).split()
        held = marks.get(brand_of[i], set())
        if len(words) < 2 or not any(m and len(m) < len(words) and any(tuple(words[k:k + len(m)]) == m
                                                                        for k in range(len(words) - len(m) + 1))
                                     for m in held):
            continue
        pattern = re.compile(r"(?<![a-z0-9])" + r"\s+".join(map(re.escape, words)) + r"s?(?![a-z0-9])")
        if (nouns := item_words(words[-1])) != (words[-1],) and len(words) >= 2:
            # the noun in another language, after the line or before it ("Love bracciale", "pulsera Love"; items.py)
            line = r"\s+".join(map(re.escape, words[:-1]))
            noun = "(?:" + "|".join(r"\s+".join(map(re.escape, n.split())) for n in nouns) + ")"
            pattern = re.compile(rf"(?<![a-z0-9])(?:{line}\s+(?:[a-z0-9]+\s+)?{noun}|{noun}\s+(?:[a-z0-9]+\s+)?"
                                 rf"(?:[a-z0-9]+\s+)?{line})(?![a-z0-9])")
        out.setdefault(brand_of[i], []).append((pattern, i, fp.name))
    return out


_SENTENCE_END = frozenset(".!?…。！？:：\n")


def _opens_sentence(e: Evidence, description: str | None) -> bool:
    """Whether the evidence is the first word of the description or of one of its sentences, lines or quotations after a
    colon ("Card inside: 'Love it?'"), past any quote, bullet, dash or emoji ("… nobody will ever know. Love, Auntie
    💋"; stronger.grazed)."""
    if e.field != "description" or e.start is None or not description:
        return False
    before = description[:e.start]
    i = len(before)
    while i and not before[i - 1].isalnum() and before[i - 1] not in _SENTENCE_END:
        i -= 1
    return i == 0 or before[i - 1] in _SENTENCE_END


def _prose(token: str, reading) -> bool:
    """Whether a token is a common word (COMMON_ZIPF) of the title's language, which is not English (stronger.grazed)."""
    word = reading.foreign.word(token)
    return word is not None and word.zipf >= COMMON_ZIPF and word.language != "en" and word.surrounding == word.language


def _after_the_mark(fingerprints: Sequence, brand_of: array, floors: np.ndarray,
                    named: dict[int, list[tuple[re.Pattern, int, str]]],
                    brand_names: Sequence[str], holds_value: Sequence[bool]) -> dict[int, list[tuple[re.Pattern, int, str]]]:
    """{brand index: [(pattern, fingerprint index, name)]} for the other models with a floor and a registry name of two
    words or more ("Zippy Wallet", "Long zip around wallet", "Kensington heritage trench", "Moments snake chain
    bracelet"): the name in full right after a registered mark of the brand that is no everyday word, or the brand's own
    name ("Coach Long zip around wallet", "Pandora Moments snake chain bracelet"). Read only for goods told as vintage, old stock, an estate or antique find (index._line_floor with
    a vintage share): a story of age over a luxury model at a few per cent of that model's own floor is a copy's
    price, while a new item's name of common words ("Canon battery pack", "Philips Shaver 7000 heads") stays judged by
    the category's floor as before. Only for brands of the working groups whose goods hold their value with age
    (`holds_value`: VALUE_WITH_AGE, luxury accessories, jewellery and watches): a "vintage 70er" Toyota brake pad set or
    Sony headset at a few dollars is old stock, no luxury model's copy."""
    marks: dict[int, set[str]] = {}
    for i, fp in enumerate(fingerprints):
        if isinstance(fp, MarkFingerprint) and fp.vocabulary is None and (
                words := re.findall(r"[a-z0-9]+", latin_text(fp.value))) and (
                not fp.everyday_word or latin_text(fp.value) == latin_text(brand_names[brand_of[i]])):
            marks.setdefault(brand_of[i], set()).add(r"[\s'&.-]+".join(map(re.escape, words)))
    out: dict[int, list[tuple[re.Pattern, int, str]]] = {}
    for i, fp in enumerate(fingerprints):
        if (not isinstance(fp, ModelFingerprint) or np.isnan(floors[i]) or not fp.name or brand_of[i] not in marks
                or not holds_value[brand_of[i]]):
            continue
        if any(j == i for _, j, _ in named.get(brand_of[i], ())):
            continue
        words = latin_text(fp.name).split()
        if len(words) < 2:
            continue
        before = "|".join(sorted(marks[brand_of[i]], key=longest_first))
        pattern = re.compile(rf"(?<![a-z0-9])(?:{before})\s+" + r"\s+".join(map(re.escape, words)) + r"s?(?![a-z0-9])")
        out.setdefault(brand_of[i], []).append((pattern, i, fp.name))
    return out


def _painted_brand(cue: Evidence, by_brand: dict[int, list[Evidence]]) -> int | None:
    """For a bootleg cue of a listing naming several brands ("Custom hand-painted LV monogram Air Force 1"): the brand
    whose mark comes first after the cue (else the last before it), whose logo is printed or painted; None when the
    listing names one brand or the cue is of another kind."""
    if cue.trade_word is None or cue.trade_word.kind != "bootleg" or cue.start is None:
        return None
    applied = cue.trade_word.term in _APPLIED
    if len(by_brand) < 2 and not applied:
        return None
    spans = [(e.start, e.end or e.start, b) for b, found in by_brand.items() for e in found
             if e.rule in IDENTITY_RULES and e.field == cue.field and e.start is not None]
    if not applied and (inside := [x for x in spans if cue.start <= x[0] < (cue.end or cue.start)]):
        return min(inside)[2]  # (kit51) "custom – Gucci GG logo": the mark inside the cue's own words is the one printed
    after = [x for x in spans if x[0] >= (cue.end or cue.start)]
    if applied:  # (kit51) "customised by me with Gucci GG panels": the mark named right after is the one applied
        near = [x for x in after if x[0] - (cue.end or cue.start) <= APPLIED_NEAR]
        return min(near)[2] if near else -1
    if after:
        return min(after)[2]
    before = [x for x in spans if x[1] <= cue.start]
    return max(before, key=lambda x: x[1])[2] if before else None


def _buyer_logo(cue: Evidence, reading) -> bool:
    """Whether a cue of context/trade.py offers the buyer's own logo (trade.BUYER_LOGO), which a likeness frame
    explains: "Nike-inspired hoodie, custom logo available" is a dupe sold to carry the buyer's brand; so is any logo
    service of a maker that refuses brands' marks (refusal39: "OEM代工 … 不接品牌logo", refusals.Refusals.stated)."""
    return cue.trade_word is not None and cue.trade_word.kind in _TRADE_GOODS and (
        cue.trade_word.term in BUYER_LOGO or cue.trade_word.kind == "logo_service" and reading.refusals.stated
        # (private56) a printer's "custom printed" beside the buyer's own logo ("gift box … your logo, fits items like
        # <model>"), unless the listing offers the brand's marks after all (refusals.void)
        or cue.trade_word.kind == "bootleg" and cue.trade_word.term in PRINT_SERVICE and not reading.refusals.void
        and buyer_logo_said(reading.text))


def _trade_of(cue: Evidence, evidence: list[Evidence], text: ListingText, own_goods: bool = False) -> bool:
    """Whether a cue of context/trade.py is one of this brand's: not a word the brand's identity evidence reads
    ("stickers" as a candidate for Snickers), and packaging only when it is the brand's own (a mark of the brand at most
    TRADE_NEAR characters before the packaging noun: "Levi's leather back patches", "雅培 菁智 空罐", not after a word of
    fit: "shelf for 12 pairs - fits Nike boxes", "cover patches for FreeStyle Libre"); goods the house never makes
    (context/unlicensed.py) only when the listing is not filed in one of its categories (`own_goods`)."""
    identity = [e for e in evidence if e.rule in IDENTITY_RULES and e.field == cue.field and e.start is not None]
    if cue.start is None or any(e.start < (cue.end or 0) and cue.start < (e.end or 0) for e in identity):
        return False
    if cue.trade_word is not None and cue.trade_word.kind == "unlicensed":
        # the goods carry the mark the title names (an Arabic word of the shop's boilerplate heard as a toy maker's
        # name is no mark on a ride-on)
        return not own_goods and any(e.field == "title" and e.rule in _WRITTEN_AS_IS and (e.text or "").casefold() not in _PATTERN_WORDS
                   for e in identity)  # not "Legoo style", not a bare "monogram"
    if cue.trade_word is None or cue.trade_word.kind != "packaging":
        return True
    field = text.title if cue.field == "title" else ""
    return any(0 <= cue.start - e.end <= TRADE_NEAR and not _FIT_BEFORE.search(latin_text(field[max(0, e.start - 24):e.start]))
               for e in identity if e.end is not None)


_OUTLET_SECTORS = frozenset({"apparel", "luggage_bags", "sporting_goods"})


def _source(e: Evidence) -> str | None:
    """Which context reader's cue the evidence is (TRADE, COMMUNITY), else None."""
    return None if e.trade_word is None else e.trade_word.source


def _weak_reading(e: Evidence) -> bool:
    """A reading that names a brand only with corroboration: fuzzy, a sound-alike or an everyday word."""
    return e.rule is Rule.fuzzy or e.needs_corroboration or e.everyday


def _read_only_inside(by_brand: dict[int, list[Evidence]], spans: list[tuple], weak, whole: bool) -> list[int]:
    """The brands whose every identity reading (rule in IDENTITY_RULES, weight > 0) is `weak` and starts (`whole`: lies)
    inside one of `spans`, (field, start, end) of the listing's cue phrases (config's cue terms, context/trade.py) or
    pitches (config.COPY_PITCHES): the copy trade's own words read as a mark, the Arabic 'كوالتي' of 'ماستر كوالتي'
    ("master quality") heard as Cartier, adidas's Originals one edit from the pitch's "original". The phrase is the cue,
    not a brand's name; a brand also named outside it keeps all its evidence (outsider19's Daytona beside 'ماستر
    كوالتي')."""
    out = []
    for brand_index, found in by_brand.items():
        identity = [e for e in found if e.rule in IDENTITY_RULES and e.weight > 0]
        if identity and all(weak(e) and e.start is not None and any(
                f == e.field and s <= e.start < t and (not whole or e.end is None or e.end <= t) for f, s, t in spans)
                for e in identity):
            out.append(brand_index)
    return out


def _copy(e: Evidence) -> Evidence:
    """dataclasses.replace(e) without its per-field checks (a cue is copied for every brand a listing names)."""
    return Evidence(*_INIT_FIELDS(e))


def _jargon_only(found: list[Evidence]) -> bool:
    """Whether a brand is named only by words of the registry's vocabulary (lines, abbreviations, nicknames: "GMT",
    "Tank", "Sub"), no mark, model number or disguise of it (context/makers.py)."""
    identity = [e for e in found if e.rule in IDENTITY_RULES and e.weight > 0]
    words = [e for e in identity if e.vocabulary in _SHARED_JARGON and e.rule is Rule.exact]
    return bool(words) and all(e in words or e.vocabulary in _SHARED_JARGON and e.rule is Rule.translated or any(
        w.field == e.field and w.start == e.start and w.end == e.end for w in words) for e in identity)


# the vocabulary kinds that describe goods (a line's or a model's name, an abbreviation, a nickname, a colourway, a
# silhouette, a reference): other makers' goods share them; not a family relation, a slogan or a founder
_SHARED_JARGON = frozenset({"line", "abbreviation", "nickname", "colourway", "silhouette", "logo"})


def _factory(listing: Listing) -> str | None:
    """(parts55) The words or origin that say a factory sells the listing's goods (part_prices.factory_source)."""
    return factory_source(listing.title, listing.description, listing.seller.country, listing.ship_from)


def _count_in_a_mark(title: str, said: str, evidence: list[Evidence]) -> bool:
    """(parts55) Whether every place the title writes a count's words (`said`, quantity.retail_units: "X5") lies inside
    a word of the brand the evidence found in the title (a line or a model: BMW's "X5"), no pack's count."""
    spans = [(e.start, e.end) for e in evidence if e.field == "title" and e.rule in IDENTITY_RULES
             and e.start is not None and e.end is not None]
    places = [m.span() for m in re.finditer(re.escape(said), title, re.IGNORECASE)] if said else []
    return bool(places) and bool(spans) and all(any(a <= s and e <= b for a, b in spans) for s, e in places)


def _part_priced(claim: str | None, title: str, eur: float | None, categories: Sequence[str] = (),
                 listing: Listing | None = None) -> str | None:
    """What scoring._decoy says of a part the listing calls the brand's own when the registry has no floor of the part:
    its price in euros at most GENUINE_PART_BELOW_FLOOR of the least the brand's own part of that kind costs, times the
    units the title counts (part_prices.py: "Bose QC45 original ear cushions" at EUR 5, "original brush heads 8 pack" at
    EUR 15; (parts55) a part of a car or a device of a brand selling `categories`, sold by a factory: "original
    Bosch drill chuck, factory direct" at EUR 3, part_prices.COMPONENTS), else None."""
    if claim is None or eur is None or eur <= 0:
        return None
    if (part := part_floor(title)) is None:
        if listing is None or (component := component_floor(title, tuple(categories), listing.category or "")) is None \
                or _factory(listing) is None:
            return None
        part = (component[0], component[1], 1)  # one unit: a count here may be a line's name (BMW's "X5")
    kind, floor, units = part
    ratio = eur / (floor * units)
    if ratio > GENUINE_PART_BELOW_FLOOR:
        return None
    return (f"'{claim}': the brand's own {kind} at {ratio:.0%} of the least its own part costs "
            f"(EUR {floor:g} x {units})")


# (lots51) the evidence a brand vouched for beside another brand's admitted copy may have: its name or model written
# plainly, and the listing filed among its goods
_BESIDE_COPY_RULES = frozenset({Rule.exact, Rule.alias, Rule.variant, Rule.model, Rule.line_break, Rule.category})


def _lot_category_price(e: Evidence) -> bool:
    """(lots51) A low price judged by the floor of the listing's category or the brand's floor, no line or model the
    listing names of the brand: a lot or a freebie is filed among the copied item's goods, and its price is the whole
    offer's, no price of this brand's item (a price under the floor of the brand's goods it names still counts)."""
    return e.rule is Rule.price and ("of the category floor" in e.detail or "of the brand floor" in e.detail)


def _attributed(by_brand: dict[int, list[Evidence]], cues: list[Evidence], listing: Listing, text: ListingText
                ) -> tuple[set[int], dict[int, set[int]], Callable[[int, int, int], bool] | None]:
    """(attrib50) The brands named only as a device fitted, a rival or a component, {id(cue): the brands the cue
    is said of} for the copy cues whose clause says whose item they are, and elsewhere(brand, start, end): whether a
    span of the joined text is said of another brand's item, not the brand's (context/attribution.py)."""
    mentions = {b: [(e.field, e.start, e.end) for e in found if e.rule in IDENTITY_RULES and e.weight > 0
                    and not e.needs_corroboration and e.start is not None and e.end is not None
                    and e.field in ("title", "description")] for b, found in by_brand.items()}
    if sum(1 for spans in mentions.values() if spans) < 2:
        return set(), {}, None
    fields = {"title": listing.title or "", "description": listing.description or ""}
    minor = attribution.minor_brands(mentions, fields)
    if freebies := attribution.freebie_brands(mentions, fields) - minor:
        # (seen54) a free extra of another brand no copy cue is said of: no goods the price is for (the "+ FREE Apple
        # adapter" with a genuine Bose); one a cue is said of is the copied item's brand, judged as before
        copied = {b for c in cues if c.rule is Rule.cue and c.weight > 0 and c.start is not None and c.field in fields
                  and (said := attribution.cue_owners((c.field, c.start, c.end or c.start), mentions, fields, minor))
                  is not None for b in said}
        if (gifts := freebies - copied) and len(minor | gifts) < sum(1 for spans in mentions.values() if spans):
            minor = minor | gifts
    unplaced = {b for b, spans in mentions.items() if not spans}  # named by weak readings only: not judged here
    owners = {}
    for c in cues:
        if c.rule is Rule.cue and c.start is not None and c.field in fields and (
                said := attribution.cue_owners((c.field, c.start, c.end or c.start), mentions, fields, minor)) is not None:
            owners[id(c)] = said | unplaced

    def said_of(start: int, end: int) -> set[int] | None:
        field, at, until, _ = text.locate(start, end)
        if field not in fields or (said := attribution.cue_owners((field, at, until), mentions, fields, minor)) is None:
            return None
        return said | unplaced

    def elsewhere(brand_index: int, start: int, end: int) -> bool:
        return brand_index not in unplaced and (said := said_of(start, end)) is not None and brand_index not in said
    elsewhere.said_of = said_of  # the brands a span of the joined text is said of, None when any may be (_beside_copy)
    return minor, owners, elsewhere


def _copied_alone(by_brand: dict[int, list[Evidence]], cues: list[Evidence], listing: Listing,
                  own_name: Callable[[Evidence], bool]) -> set[int]:
    """(seen54, issue 9) The brands a copy cue is said of and no other (context/attribution.py `cue_owners`: the
    nearest brand named before it in its clause), in a listing naming several: "Bose QuietComfort 45 + FREE Apple 20W
    adapter … FREEBIE: Apple 20W USB-C power adapter (copy, not original)" says the copy of Apple's item, whose
    everyday-word mark beside Bose named plainly (stronger.grazed) is the copied goods' brand, not a word. Only a
    brand's own name written as a name counts (own_name, not in lower case): a line of everyday words ("Love it,
    AAA") stays prose. Empty when no cue claims a copy or no clause names one brand alone."""
    if not any(c.rule is Rule.cue and c.weight > 0 and c.start is not None for c in cues):
        return set()
    mentions = {b: [(e.field, e.start, e.end) for e in found if e.rule in IDENTITY_RULES and e.weight > 0
                    and not e.needs_corroboration and e.start is not None and e.end is not None
                    and e.field in ("title", "description") and own_name(e) and not (e.text or "").islower()]
                for b, found in by_brand.items()}
    fields = {"title": listing.title or "", "description": listing.description or ""}
    out = set()
    for c in cues:
        if c.rule is Rule.cue and c.weight > 0 and c.start is not None and c.field in fields and (
                said := attribution.cue_owners((c.field, c.start, c.end or c.start), mentions, fields, set())) \
                is not None and len(said) == 1:
            out |= said
    return out


def _applied(cue: Evidence) -> bool:
    """(kit51) A bootleg cue that names the mark applied next ("customised by me with Gucci panels"): its brand is the
    one named after it (_painted_brand), whoever's goods the clause speaks of first; an unlicensed goods' cue is the
    title's brand's (_trade_of), whatever word of another brand its own words hold ("Kinder" of "für Kinder")."""
    return cue.trade_word is not None and (cue.trade_word.kind == "bootleg" and cue.trade_word.term in _APPLIED
                                           or cue.trade_word.kind == "unlicensed")  # its own reading of the title


def _said_of(cue: Evidence, brand_index: int, owners: dict[int, set[int]]) -> bool:
    """Whether a cue counts for the brand: not for a brand whose item the cue's clause does not speak of, when it
    speaks of another brand's (context/attribution.py)."""
    said = owners.get(id(cue))
    return said is None or brand_index in said
