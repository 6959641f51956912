"""Rescans: match the listings Kafka still holds (the listings topic's retention, default 7 days) again, for one brand.

A rescan reads every partition of the listings topic from the first offset at or after `since`
(`offsets_for_times`) up to the end offsets taken when it starts, and matches each listing with the matcher's
core (`MatcherIndex`) built from the whole registry, as the live matcher's is, keeping the brand's matches only
(`matches_for`). Not from the brand's fingerprints alone: the matcher drops a brand's candidate that another brand's
fingerprints explain (a Michael Kors bag's "date code" is no Louis Vuitton spec), so an index of one brand alerted it
on other brands' listings that the live matcher rightly leaves alone (tenant56).
- dry run: counts what it would raise (count, a sample, per rule) and writes nothing;
- real run: writes each match onto `matches`, marked `found_by: rescan` with the rescan id and the version of
  each fingerprint that matched. The alerts service's book then raises an alert for a listing not alerted yet
  for the brand and drops the rest (alert ids are brand + listing), so two rescans at once, or a rescan over
  listings the live stream has already alerted, double nothing.
Progress (`RescanStatus`) is kept in Redis by the portal while the job runs and after (`<prefix>portal:rescan:<id>`).
Started by a brand (`POST …/rescans`), or automatically after one of its fingerprints is added or changed
(`trigger: fingerprint_change`). A running rescan holds a lease in Redis that its portal renews while it reports;
when a portal dies mid-rescan, a live portal finds the lapsed lease and runs the rescan again from the start
(`trigger` stays, `resumed` counts): matches written twice give one alert, so nothing is lost or doubled.
"""

from __future__ import annotations

import asyncio
import threading
import time
from collections import Counter
from collections.abc import Awaitable, Callable
from datetime import datetime
from typing import TYPE_CHECKING, Literal

from aiokafka import AIOKafkaConsumer, TopicPartition
from pydantic import BaseModel, Field, ValidationError

from brandsentry.kafka import client_kwargs, topic_partitions
from brandsentry.registry import Registry
from brandsentry.settings import KafkaSettings
from schemas import Listing, Match
from schemas.models import ListingSource
from services.portal import metrics

if TYPE_CHECKING:  # imported where an index is built: the matcher's code is ~2 CPU-s of imports a portal start
    from services.matcher.core import MatcherIndex  # (every fault test's stack) that only a rescan needs


class RescanSample(BaseModel):
    listing_key: str
    title: str
    score: float
    rules: list[str]


class RescanStatus(BaseModel):
    """A rescan's progress and result, as `GET /v1/brands/{brand}/rescans/{id}` shows it."""

    id: str
    brand_id: str
    since: datetime
    dry_run: bool
    state: Literal["running", "done", "failed"] = "running"
    started_by: str
    started_at: datetime
    finished_at: datetime | None = None
    listings_total: int = Field(default=0, description="listings in the window when the rescan started")
    listings_read: int = 0
    matches: int = Field(default=0, description="listings that match the brand (dry run: what it would raise)")
    written: int = Field(default=0, description="matches written onto `matches` (0 for a dry run); the alerts service "
                                                "raises those not alerted yet")
    per_rule: dict[str, int] = Field(default_factory=dict, description="matches with a signal of each rule")
    sample: list[RescanSample] = Field(default_factory=list)
    invalid: int = Field(default=0, description="records that are not listings (skipped)")
    error: str | None = None
    trigger: Literal["request", "fingerprint_change"] = Field(
        default="request", description="asked for through the API, or started by a fingerprint added or changed")
    fingerprint_ids: list[str] = Field(default_factory=list, description="the changed fingerprints (automatic rescans)")
    resumed: int = Field(default=0, description="times a live portal took the rescan over from one that stopped")

    def restarted(self) -> "RescanStatus":
        """The status of a rescan run again from the start by another portal (pure)."""
        return self.model_copy(update={"state": "running", "listings_total": 0, "listings_read": 0, "matches": 0,
                                       "written": 0, "per_rule": {}, "sample": [], "invalid": 0, "error": None,
                                       "finished_at": None, "resumed": self.resumed + 1})

    @property
    def progress(self) -> float:
        return 1.0 if not self.listings_total else min(1.0, self.listings_read / self.listings_total)


def snapshot(registry: Registry) -> Registry:
    """The registry a rescan matches with: all of it (see the module docstring), copied, so that the portal applying
    registry changes meanwhile never changes it under the index build."""
    return Registry(working_groups=dict(registry.working_groups), brands=dict(registry.brands),
                    fingerprints=dict(registry.fingerprints))


def matches_for(index: MatcherIndex, listing: Listing, brand_id: str) -> list[Match]:
    """The brand's matches of the listing, by an index of every brand (the others' fingerprints can drop its)."""
    return [m for m in index.match(listing) if m.brand_id == brand_id]


def tally(status: RescanStatus, match: Match, *, sample_size: int = 10) -> None:
    """Count one match into the status (pure)."""
    status.matches += 1
    rules = sorted({s.rule.value for s in match.signals if s.weight > 0})
    for rule in rules:
        status.per_rule[rule] = status.per_rule.get(rule, 0) + 1
    if len(status.sample) < sample_size:
        status.sample.append(RescanSample(listing_key=match.listing_key, title=match.listing.title,
                                          score=match.score, rules=rules))


def mark(match: Match, registry: Registry, rescan_id: str) -> Match:
    """The match as a rescan writes it: found_by rescan, its id, the version of each fingerprint that matched."""
    versions = {s.fingerprint_id: registry.fingerprints[s.fingerprint_id].version for s in match.signals
                if s.fingerprint_id and s.fingerprint_id in registry.fingerprints}
    return match.model_copy(update={"found_by": "rescan", "rescan_id": rescan_id, "fingerprint_versions": versions})


def _match_all(index: MatcherIndex, records: list, brand_id: str) -> list[tuple[object, list[Match] | None]]:
    """Each record with the brand's matches, or None when it is not a valid Listing."""
    out = []
    for r in records:
        try:
            listing = Listing.model_validate_json(r.value)
        except (ValidationError, TypeError):
            out.append((r, None))
            continue
        out.append((r, matches_for(index, listing, brand_id)))
    return out


_BUILDING = threading.Lock()
_BUILT: tuple[int, MatcherIndex] | None = None  # the last index built, and the registry version it was built from


def _build_index(registry: Registry, version: int | None = None) -> MatcherIndex:
    """One index build at a time in this process: a build is pure-Python CPU work that holds the GIL (a cold one
    ~3 CPU-s on the demo registry, mostly the matcher's shared tables, which later builds reuse; an index of every
    brand, as rescans build since tenant56, took 13.6 s wall on the demo registry at nice 10 on a loaded 2-core box,
    and holds as much memory as a matcher worker's while the rescan runs), so rescans
    started together (a brand adding fingerprints in a row) building side by side starved the portal's event loop;
    fuzzed at 2 workers: six at once stalled every request ~20 s.
    The last index built is kept with the registry version it was built from (`Projector.registry_version`, the
    fingerprints records the portal applied) and reused while the registry is unchanged: every brand's rescans cost
    one build a registry change, not one each (a tenant asking for rescans over and over cost every brand a full
    build's CPU each time; tenant57). It stays in memory after the rescan (one matcher worker's index) until a
    rescan of a later version replaces it. `version` None: built, not kept."""
    global _BUILT
    with _BUILDING:
        from services.matcher.core import MatcherIndex

        if version is not None and _BUILT is not None and _BUILT[0] == version:
            metrics.RESCAN_INDEX_BUILDS.labels("reused").inc()
            return _BUILT[1]
        _BUILT = None  # the old one is not kept beside the new one while it builds
        index = MatcherIndex.build(registry)
        metrics.RESCAN_INDEX_BUILDS.labels("built").inc()
        if version is not None:
            _BUILT = (version, index)
        return index


async def run(status: RescanStatus, *, kafka: KafkaSettings, listings_topic: str, registry: Registry,
              write: Callable[[Match], Awaitable[None]] | None, report: Callable[[RescanStatus], Awaitable[None]],
              report_every_s: float = 0.5, registry_version: int | None = None) -> RescanStatus:
    """Read the window, match, tally; `write` each match (None for a dry run); `report` progress now and then.
    `registry_version` names the registry's state: the index of an unchanged registry is built once (_build_index)."""
    index = await asyncio.to_thread(_build_index, registry, registry_version)
    consumer = AIOKafkaConsumer(bootstrap_servers=kafka.bootstrap_servers, group_id=None, enable_auto_commit=False,
                                client_id="brandsentry-portal-rescan", isolation_level="read_committed",
                                auto_offset_reset="earliest", **client_kwargs(kafka))
    await consumer.start()
    try:
        parts = [TopicPartition(listings_topic, p) for p in await topic_partitions(consumer, listings_topic)]
        consumer.assign(parts)
        end = await consumer.end_offsets(parts)
        since_ms = max(0, int(status.since.timestamp() * 1000))  # before 1970: from the first offset kept
        starts = await consumer.offsets_for_times({tp: since_ms for tp in parts})
        todo: dict[TopicPartition, int] = {}
        for tp in parts:
            at = starts.get(tp)
            if at is not None and at.offset < end[tp]:
                consumer.seek(tp, at.offset)
                todo[tp] = end[tp]
                status.listings_total += end[tp] - at.offset
        consumer.pause(*[tp for tp in parts if tp not in todo])
        await report(status)
        last = time.monotonic()
        while todo:
            batches = await consumer.getmany(*todo, timeout_ms=500, max_records=500)
            for tp, records in batches.items():
                records = [r for r in records if r.offset < todo.get(tp, 0)]
                # matching is CPU work: off the event loop, so the portal's API, live streams and webhook
                # deliveries keep going while a rescan runs
                found = await asyncio.to_thread(_match_all, index, records, status.brand_id)
                for r, listing_matches in found:
                    status.listings_read += 1
                    if listing_matches is None:
                        status.invalid += 1
                        continue
                    for match in listing_matches:
                        match.source = ListingSource(topic=r.topic, partition=r.partition, offset=r.offset)
                        marked = mark(match, registry, status.id)
                        tally(status, marked)
                        if write is not None:
                            await write(marked)
                            status.written += 1
            for tp in list(todo):
                if await consumer.position(tp) >= todo[tp]:
                    consumer.pause(tp)
                    del todo[tp]
            if time.monotonic() - last >= report_every_s:
                last = time.monotonic()
                await report(status)
        status.state = "done"
    finally:
        await consumer.stop()
    return status
