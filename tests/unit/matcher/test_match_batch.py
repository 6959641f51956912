"""MatcherIndex.match_batch answers exactly as match, listing by listing (the matcher service calls it)."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from brandsentry.registry import load_registry
from schemas import Match
from services.matcher.core import LayeredIndex, MatcherIndex
from tests.eval.report import REGISTRY, evaluation_set
from tests.unit.matcher.conftest import make_listing


def _answer(matches):  # the time it took and the clock differ from run to run
    return [m.model_dump(exclude={"timings_ms", "matched_at"}) for m in matches]


@pytest.fixture(scope="module")
def demo():
    registry = load_registry(REGISTRY)
    return registry, MatcherIndex.build(registry, version=3)


def test_batch_answers_as_match_one_by_one_on_the_evaluation_set(demo):
    _, index = demo
    listings = [listing for listing, _, _ in evaluation_set()]
    start = datetime(2026, 11, 30, tzinfo=timezone.utc)
    times = [start + timedelta(seconds=i) if i % 3 else None for i in range(len(listings))]
    batch = index.match_batch(listings, ingested_at=times)
    single = [index.match(listing, ingested_at=at) for listing, at in zip(listings, times)]
    assert [_answer(b) for b in batch] == [_answer(s) for s in single]
    assert sum(1 for b in batch if b) > 100  # the set alerts: the comparison is not between empty lists


def test_layered_batch_answers_as_its_match(demo):
    registry, index = demo
    layered = LayeredIndex(index, registry, {"bose"}, version=4)
    listings = [listing for listing, _, _ in evaluation_set()][:300]
    assert [_answer(b) for b in layered.match_batch(listings)] == [_answer(layered.match(x)) for x in listings]


def test_a_listing_that_breaks_the_matcher_stands_as_its_exception_and_its_neighbours_are_matched(index):
    listings = [make_listing("Bose QC45 replica 1:1"), None, make_listing("Sony WH-1000XM5 replica")]
    with pytest.raises(AttributeError):
        index.match_batch(listings)
    first, broken, last = index.match_batch(listings, return_exceptions=True)
    assert isinstance(broken, AttributeError)
    assert [m.brand_id for m in first] == ["bose"] and [m.brand_id for m in last] == ["sony"]


def test_ingested_at_of_another_length_is_refused(index):
    with pytest.raises(ValueError, match="1 ingested_at for 2 listings"):
        index.match_batch([make_listing("a"), make_listing("b")], ingested_at=[None])
    assert index.match_batch([]) == []


def test_every_match_is_a_valid_match(demo):
    """The index builds Match objects without validation: each one validates as the same Match."""
    _, index = demo
    matches = [m for listing, _, _ in evaluation_set() for m in index.evaluate(listing)]
    assert len(matches) > 100
    for m in matches:
        assert Match.model_validate_json(m.model_dump_json()).model_dump() == m.model_dump()
