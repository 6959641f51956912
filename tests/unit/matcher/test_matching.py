"""What the matcher catches, what it leaves alone, and the evidence it gives."""

from __future__ import annotations

import random

import pytest

from brandsentry.registry import Registry
from schemas import Rule
from services.matcher.core import MATCHER_VERSION, MatcherConfig, MatcherIndex
from tests.unit.matcher.conftest import make_listing


def brands(index, title, description="", **extra):
    return {m.brand_id for m in index.match(make_listing(title, description, **extra))}


def only(index, title, description="", **extra):
    matches = index.evaluate(make_listing(title, description, **extra))
    assert len(matches) == 1, matches
    return matches[0]


@pytest.mark.parametrize(
    "title, rule",
    [
        ("Bose headphones", Rule.exact),
        ("Bоse headphones", Rule.confusable),          # Cyrillic о
        ("bōsé headphones", Rule.confusable),
        ("Ｂｏｓｅ headphones", Rule.confusable),
        ("B0SE headphones", Rule.confusable),
        ("b.o.s.e headphones", Rule.confusable),
        ("B O S E headphones", Rule.confusable),
        ("Boose headphones", Rule.fuzzy),
        ("QuietComfrot headphones", Rule.fuzzy),
    ],
)
def test_disguised_marks_alert_with_the_rule_that_saw_through_them(index, title, rule):
    match = only(index, title)
    assert match.brand_id == "bose" and match.score >= match.threshold
    assert rule in {s.rule for s in match.signals}


def test_evidence_points_into_the_original_text(index):
    title = "Nouveau casque ＢＯＳＥ sans fil"
    match = only(index, title, "ou B.O.S.E, comme vous voulez")
    by_field = {s.field: s for s in match.signals if s.rule is Rule.confusable}
    assert title[by_field["title"].start:by_field["title"].end] == "ＢＯＳＥ" == by_field["title"].text
    assert "ou B.O.S.E, comme"[by_field["description"].start:by_field["description"].end] == "B.O.S.E"
    assert by_field["title"].fingerprint_id.startswith("bose.mark.")
    assert match.matcher_version == MATCHER_VERSION and match.index_version == 7


def test_fuzzy_signal_keeps_the_edit_distance(index):
    signal = next(s for s in only(index, "Samsung-free Boose speaker").signals if s.rule is Rule.fuzzy)
    assert (signal.text, signal.term, signal.distance) == ("Boose", "Bose", 1)


@pytest.mark.parametrize("title", ["Bosendorfer grand piano", "verbose logging", "Bosewell farm", "nose strips", "rose gold ring"])
def test_no_match_inside_longer_words_or_on_ordinary_words(index, title):
    assert brands(index, title) == set()


def test_chinese_alias_matches_without_word_boundaries(index):
    match = only(index, "全新加拿大鹅羽绒服")
    signal = match.signals[0]
    assert (match.brand_id, signal.rule, signal.text, signal.start) == ("canada-goose", Rule.alias, "加拿大鹅", 2)


def test_model_numbers_match_with_or_without_separators(index):
    for title in ("QC45 headset", "qc-45 headset", "QC 45 headset"):
        assert Rule.model in {s.rule for s in only(index, title).signals}
    assert brands(index, "QC450 headset") == set()


def test_everyday_word_alone_does_not_alert_but_corroborated_does(index):
    assert brands(index, "Mars rover poster", category="posters") == set()
    assert only(index, "Mars rover poster").score < 0.6
    assert brands(index, "Mars bars 1:1 replica wrappers") == {"mars"}
    assert brands(index, "Mars bars 24 pack", category="Chocolate") == {"mars"}
    assert brands(index, "博士论文 指导") == set()
    assert brands(index, "博士 高仿 耳机") == {"bose"}


def test_a_disguised_everyday_word_needs_no_corroboration(index):
    assert brands(index, "M4RS bars") == {"mars"}
    assert brands(index, "Mаrs bars") == {"mars"}  # Cyrillic а
    assert brands(index, "Mars bars") == set()


def test_a_misspelt_everyday_word_needs_corroboration_like_the_word(index):
    assert brands(index, "Maars bars 1:1 copy") == {"mars"}
    assert next(s for s in only(index, "Maars bars 1:1 copy").signals if s.rule is Rule.fuzzy).distance == 1
    assert brands(index, "Maars landscape print") == set()


def test_a_misspelt_word_inside_a_multi_word_mark_is_found_with_the_whole_span(index):
    signal = next(s for s in only(index, "Canada Gose parka").signals if s.rule is Rule.fuzzy)
    assert (signal.text, signal.term, signal.distance) == ("Canada Gose", "Canada Goose", 1)
    assert brands(index, "Canada Geese flying south") == set()  # two edits in a five-letter word
    assert brands(index, "Canada", "Gose parka") == set()  # not across title and description


def test_a_multi_word_mark_one_edit_from_common_words_needs_the_brands_goods_and_a_cue(index):
    # "Canada Loose" is two ordinary words (as "day rate" beside Day-Date): no misspelling on its own; Canada Goose
    # registers no category here, so nothing corroborates it, not even a cue
    assert brands(index, "Canada Loose fit linen shirt") == set()
    assert brands(index, "Canada Loose parka replica") == set()
    assert brands(index, "Canada Gose parka") == {"canada-goose"}  # "gose" is no word: a misspelling


def test_replica_in_a_scale_model_is_a_miniature_not_a_copy(index):
    match = only(index, "Mars rover 1:48 scale model", "museum replica for display")
    cue = next(s for s in match.signals if s.rule is Rule.cue)
    assert cue.weight == 0 and "scale model" in cue.detail
    assert match.score < match.threshold
    assert brands(index, "Mars bars replica wrappers") == {"mars"}


def test_cue_terms_are_evidence(index):
    cues = {s.term for s in only(index, "Bose QC45 1:1 AAA mirror-quality 高仿").signals if s.rule is Rule.cue}
    assert cues == {"1:1", "aaa", "mirror quality", "高仿"}


def test_cue_lexicon_is_configurable(registry):
    index = MatcherIndex.build(registry, config=MatcherConfig(cue_terms=["bootleg"]))
    assert {s.rule for s in only(index, "Mars bootleg bars").signals} >= {Rule.cue}
    assert Rule.cue not in {s.rule for s in only(index, "Bose replica").signals}


def test_price_far_below_the_model_floor_converts_currencies(registry):
    index = MatcherIndex.build(registry, config=MatcherConfig(currency_rates={"USD": 1.0, "CNY": 8.0}))
    # 160 CNY = 20 EUR = 20 USD with these rates: a tenth of the QC45 floor of 200 USD
    price = next(s for s in only(index, "QC45 headset", price={"amount": 160, "currency": "CNY"}).signals if s.rule is Rule.price)
    assert price.ratio == pytest.approx(0.1)
    assert price.fingerprint_id.startswith("bose.model.") and price.weight > 0
    fair = only(index, "QC45 headset", price={"amount": 1800, "currency": "CNY"})  # 225 USD: above the floor
    price = next(s for s in fair.signals if s.rule is Rule.price)
    assert price.weight == 0 and price.ratio == pytest.approx(1.125) and "at or above the floor" in price.detail


def test_category_floor_applies_without_a_model(index):
    signals = only(index, "Bose headset", price={"amount": 10, "currency": "EUR"}, category="Headphones").signals
    price = next(s for s in signals if s.rule is Rule.price)
    assert price.ratio == pytest.approx(0.1) and price.fingerprint_id.startswith("bose.price_floor.")


def test_image_within_distance_alerts_without_any_text(index):
    near = f"{int('ec8d92b2c642bd59', 16) ^ 0b10110:016x}"  # three bits flipped
    match = only(index, "Wireless headphones", images=[{"phash": near}])
    signal = match.signals[0]
    assert (match.brand_id, signal.rule, signal.distance) == ("bose", Rule.image, 3)
    far = f"{int('ec8d92b2c642bd59', 16) ^ 0b1111111:016x}"  # seven bits, bound is six
    assert brands(index, "Wireless headphones", images=[{"phash": far}]) == set()


@pytest.mark.parametrize("title", ["Case for Bose QC45", "Ear pads compatible with Bose QuietComfort", "QC45 ear pads replacement",
                                   "适用于博士耳机 耳罩", "Laces for Bose headphones"])
def test_accessories_do_not_alert_at_full_strength(index, title):
    match = only(index, title, price={"amount": 9, "currency": "USD"})
    assert match.score < match.threshold
    accessory = next(s for s in match.signals if s.rule is Rule.accessory)
    assert accessory.weight < 0


def test_the_title_says_what_is_sold_compatibility_further_on_is_not_an_accessory(index):
    match = only(index, "Bose QC45 headphones", "Compatible with all genuine Bose accessories.")
    assert Rule.accessory not in {s.rule for s in match.signals} and match.score >= match.threshold
    # with no mention in the title, the description's mentions decide
    accessory = only(index, "Replacement ear pads", "Compatible with Bose QC45, easy to fit")
    assert Rule.accessory in {s.rule for s in accessory.signals} and accessory.score < accessory.threshold


def test_authorized_seller_scores_zero_with_the_reason(index):
    listing = dict(marketplace="tmall", seller={"id": "bose-official"})
    match = only(index, "Bose QC45 headphones", **listing)
    assert match.score == 0 and match.signals[-1].rule is Rule.authorized_seller
    assert brands(index, "Bose QC45 headphones", **listing) == set()
    assert brands(index, "Bose QC45 headphones", marketplace="ebay", seller={"id": "bose-official"}) == {"bose"}


def test_threshold_is_per_brand(index):
    sony = only(index, "Sony headphones")
    assert sony.threshold == 0.9 and sony.score < 0.9
    assert brands(index, "Sony headphones") == set()
    assert brands(index, "Sony WH-1000XM5 replica") == {"sony"}


def test_scores_stay_between_zero_and_one_and_strongest_of_a_kind_counts_once(index):
    match = only(index, "Bose Bose Bose B0SE Bоse QC45 replica 1:1 AAA", price={"amount": 1, "currency": "USD"})
    assert 0 < match.score <= 1
    marks = [s for s in match.signals if s.rule in (Rule.exact, Rule.confusable)]
    assert len(marks) == 5 and sum(1 for s in marks if s.weight > 0) == 1


def test_same_registry_gives_the_same_answers_whatever_the_record_order(registry):
    shuffled = list(registry.fingerprints.items())
    random.Random(3).shuffle(shuffled)
    other = Registry(registry.working_groups, dict(reversed(list(registry.brands.items()))), dict(shuffled))
    a, b = MatcherIndex.build(registry), MatcherIndex.build(other)
    for title in ("Bose QC45 replica", "Boose", "全新加拿大鹅", "Mars bars 1:1"):
        left = [m.model_dump(exclude={"matched_at", "timings_ms"}) for m in a.evaluate(make_listing(title))]
        right = [m.model_dump(exclude={"matched_at", "timings_ms"}) for m in b.evaluate(make_listing(title))]
        assert left == right


def test_inactive_fingerprints_and_brands_are_ignored(registry):
    reg = Registry(dict(registry.working_groups), dict(registry.brands), dict(registry.fingerprints))
    for fp_id, fp in list(reg.fingerprints.items()):
        if fp.brand_id == "bose" and getattr(fp, "value", None) == "Bose":
            reg.fingerprints[fp_id] = fp.model_copy(update={"active": False})
    reg.brands["sony"] = reg.brands["sony"].model_copy(update={"active": False})
    index = MatcherIndex.build(reg)
    assert brands(index, "Bose headphones") == set()
    assert brands(index, "QuietComfort headphones") == {"bose"}
    assert index.evaluate(make_listing("Sony WH-1000XM5 replica")) == []


def test_stats_describe_the_index(index):
    stats = index.stats()
    assert stats["brands"] == 4 and stats["fingerprints"] > 10
    assert stats["patterns"] == stats["mark_patterns"] + stats["model_patterns"] + stats["wide_alias_patterns"]
    assert stats["image_hashes"] == 1 and stats["approx_memory_bytes"] > 0
