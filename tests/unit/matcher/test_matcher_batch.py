"""The matcher's batch handler: one transaction's records from one partition's listings. A listing whose Match
cannot be bounded is dead-lettered on its own; its neighbours are matched as usual; nothing is skipped."""

from __future__ import annotations

import functools
import hashlib
import json
from datetime import datetime, timezone

import structlog
from aiokafka import ConsumerRecord, TopicPartition

from brandsentry.registry import load_registry
from brandsentry.settings import Topics
from schemas import Match
from services.matcher.app import BOUNDED_HEADER, MatcherService
from services.matcher.core import MatcherIndex
from services.matcher.settings import MatcherSettings
from tests.conftest import FIXTURES

TP = TopicPartition("p.listings", 0)


def record(offset: int, doc: dict | bytes) -> ConsumerRecord:
    raw = doc if isinstance(doc, bytes) else json.dumps(doc).encode()
    return ConsumerRecord("p.listings", 0, offset, 0, 0, b"k%d" % offset, raw, None, len(raw), 0, [])


def doc(listing_id: str, title: str, description: str = "") -> dict:
    return {"marketplace": "taobao", "listing_id": listing_id, "title": title, "description": description,
            "price": {"amount": 30, "currency": "USD"}, "seller": {"id": "s1"},
            "observed_at": datetime.now(timezone.utc).isoformat()}


@functools.cache
def index() -> MatcherIndex:
    return MatcherIndex.build(load_registry(FIXTURES / "registry.yaml"), version=1)


def service(**settings) -> MatcherService:
    svc = MatcherService(MatcherSettings(topics=Topics(topic_prefix="p."), **settings), structlog.get_logger())
    svc.feed.index = index()
    return svc


HUGE = ("Bose QC45 replica 1:1 " * 1000)[:20000]  # a valid 20 KB listing: thousands of signals


async def test_an_unboundable_match_is_dead_lettered_and_its_neighbours_go_on():
    svc = service(match_max_bytes=20_000, match_max_signals=1000, match_max_description_chars=20000)
    huge = doc("huge", "Bose QC45 headphones replica", HUGE)
    batch = await svc.handle(TP, [record(0, doc("a", "Bose QC45 replica AAA")), record(1, huge),
                                  record(2, b"not json"), record(3, doc("b", "Bose QC45 1:1 copy"))])
    matches = [Match.model_validate_json(o.value) for o in batch.records if o.topic == "p.matches"]
    assert [m.listing.listing_id for m in matches] == ["a", "b"]
    letters = {dict(o.headers)["error.reason"]: o for o in batch.records if o.topic == "p.listings.dlq"}
    assert set(letters) == {b"match_too_large", b"schema_violation"}
    too_large = dict(letters[b"match_too_large"].headers)
    original = json.dumps(huge).encode()
    assert letters[b"match_too_large"].value == original
    assert too_large["error.sha256"] == hashlib.sha256(original).hexdigest().encode()
    assert too_large["error.size"] == str(len(original)).encode() and b"bytes" in too_large["error.detail"]


async def test_by_default_such_a_match_is_bounded_and_says_so():
    svc = service()
    batch = await svc.handle(TP, [record(0, doc("huge", "Bose QC45 headphones replica", HUGE))])
    [out] = batch.records
    match = Match.model_validate_json(out.value)
    assert len(out.value) <= svc.settings.match_max_bytes and len(match.signals) == svc.settings.match_max_signals
    assert dict(out.headers)[BOUNDED_HEADER].startswith(b"signals ")
