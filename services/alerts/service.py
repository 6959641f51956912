"""The alerts service's Kafka edge: matches in; alerts out on alert-events, the brand's and the working group's topic.

Exactly once (effects and offsets together): each batch of one `matches` partition becomes one
Kafka transaction holding the batch's alerts on all three topics, its dead letters and its
consumed offsets (brandsentry/transactions.py). Whether an alert exists already is answered by
the alert book (book.py), rebuilt from `alert-events` and `suppressions` at read_committed —
never from Redis. Matches are keyed by listing, so every match of one listing (and so every
possible alert id of it) arrives on the same partition: its owner decides alone.
"""

from __future__ import annotations

import asyncio
import random
import time
from collections import Counter
from datetime import datetime, timezone

from aiokafka import AIOKafkaConsumer, ConsumerRecord, TopicPartition
import orjson
from pydantic import ValidationError

from brandsentry.health import failing
from brandsentry.kafka import (RECORD_LIMIT_BYTES, TopicsNotCreated, client_kwargs, dead_letter, ensure_topics,
                               topic_partitions)
from brandsentry.metrics import DEAD_LETTERS
from brandsentry.transactions import Batch, LoopSettings, Outgoing, TransactionalLoop
from schemas import Match, alert_id
from schemas.portal import Suppression
from services.alerts import metrics
from services.alerts.book import AlertBook, Pending, Verdict
from services.alerts.core import MatchFacts, alert_head, alert_json, routes
from services.alerts.settings import AlertsSettings


FEED_FETCH_WAIT_MS = 20
#: Matches handled between two yields to the event loop (a few ms of work): the previous batch's transaction, which
#: commits meanwhile (overlap_commits), and the book's feed go on in between instead of waiting for the whole batch
#: (at load 14 a transaction of ~930 alerts took 0.9-1.1 s while the handling of the next batch took 0.4-0.5 s).
YIELD_EVERY = 100
#: How long a topic the broker refused to create is not asked for again (its alerts dead-lettered meanwhile).
REFUSAL_MEMORY_S = 60.0


class BookFeed:
    """Keeps an AlertBook current: reads alert-events and suppressions from the beginning, forever,
    at read_committed, without a consumer group (every worker knows every alert)."""

    def __init__(self, settings: AlertsSettings, book: AlertBook, log) -> None:
        self._settings = settings
        self._topics = [settings.topics.alert_events, settings.suppressions_topic]
        self.book = book
        self._log = log
        self._consumer: AIOKafkaConsumer | None = None
        self._positions: dict[TopicPartition, int] = {}
        self._progress = asyncio.Condition()
        self.loaded = asyncio.Event()
        self.problem: str | None = "loading"

    async def run(self) -> None:
        delay = 0.5
        while True:
            try:
                await self._follow()
            except asyncio.CancelledError:
                await self._close()
                raise
            except Exception as exc:
                self.problem = f"alert book: {failing(exc)}"
                self._log.warning("alert book feed failed; reconnecting", error=failing(exc), retry_in_s=round(delay, 1))
                await self._close()
                await asyncio.sleep(delay * random.uniform(0.8, 1.2))
                delay = min(delay * 2, 10.0)

    async def _close(self) -> None:
        if self._consumer is not None:
            consumer, self._consumer = self._consumer, None
            try:
                await asyncio.wait_for(consumer.stop(), 10)
            except Exception:
                pass

    async def _follow(self) -> None:
        self._consumer = consumer = AIOKafkaConsumer(
            bootstrap_servers=self._settings.kafka.bootstrap_servers, group_id=None, enable_auto_commit=False,
            client_id="brandsentry-alerts-book", isolation_level="read_committed",
            # catch_up's ListOffsets goes on the fetch's connection and waits behind it: with Kafka's default
            # 500 ms long poll a batch waited up to half a second for it (issue 16)
            fetch_max_wait_ms=FEED_FETCH_WAIT_MS, **client_kwargs(self._settings.kafka))
        await consumer.start()
        parts = [TopicPartition(t, p) for t in self._topics for p in await topic_partitions(consumer, t)]
        consumer.assign(parts)
        for tp in parts:  # where this feed got to before a reconnect, else the beginning
            if tp in self._positions:
                consumer.seek(tp, self._positions[tp])
            else:
                await consumer.seek_to_beginning(tp)
        if not self.loaded.is_set():
            await self._wait_until(await consumer.end_offsets(parts), consumer)
            self.loaded.set()
            self._log.info("alert book loaded from Kafka", alerts=len(self.book))
        self.problem = None
        while True:  # a fetch that brings only a transaction's marker returns no record: catch_up waits this long
            await self._poll(consumer, timeout_ms=50)

    async def _wait_until(self, end: dict[TopicPartition, int], consumer: AIOKafkaConsumer) -> None:
        while any(self._positions.get(tp, 0) < off for tp, off in end.items() if off > 0):
            await self._poll(consumer, timeout_ms=200)

    async def _poll(self, consumer: AIOKafkaConsumer, *, timeout_ms: int) -> None:
        batches = await consumer.getmany(timeout_ms=timeout_ms, max_records=5000)
        for tp, records in batches.items():
            self._apply(tp, records)
        async with self._progress:
            for tp in consumer.assignment():
                self._positions[tp] = await consumer.position(tp)
            self._progress.notify_all()

    def _apply(self, tp: TopicPartition, records: list[ConsumerRecord]) -> None:
        alert_events = tp.topic == self._settings.topics.alert_events  # once a fetch: the topic's name is made anew
        for r in records:
            try:
                if alert_events:
                    self.book.apply_alert_event(r.value, r.key)
                elif r.value is not None:
                    self.book.apply_suppression(Suppression.model_validate_json(r.value))
            except (ValueError, KeyError, TypeError) as exc:  # a record that is not ours must not stop the book
                self._log.error("unreadable record skipped by the alert book", topic=tp.topic, offset=r.offset,
                                error=str(exc)[:300])

    async def catch_up(self, topic: str | None = None) -> None:
        """Wait until the book holds everything committed now (the last stable offsets) on its topics, or on `topic`."""
        await self.loaded.wait()
        consumer = self._consumer
        if consumer is None:
            raise RuntimeError("the alert book is reconnecting to Kafka")
        end = await consumer.end_offsets([tp for tp in consumer.assignment() if topic in (None, tp.topic)])
        async with self._progress:
            await self._progress.wait_for(lambda: all(self._positions.get(tp, 0) >= off for tp, off in end.items()))


class AlertsService:
    def __init__(self, settings: AlertsSettings, log) -> None:
        self.settings = settings
        self.topics = settings.topics
        self._log = log
        self.book = AlertBook()
        self.feed = BookFeed(settings, self.book, log)
        self.loop = TransactionalLoop(
            kafka=settings.kafka, topic=self.topics.matches, group_id=f"{self.topics.topic_prefix}{settings.group_id}",
            client_id="brandsentry-alerts", handle=self.handle, ready=self._ready, log=log,
            settings=LoopSettings(batch_max=settings.batch_max, session_timeout_ms=settings.session_timeout_ms,
                                  heartbeat_interval_ms=settings.heartbeat_interval_ms, overlap_commits=True,
                                  batch_per_partition=True, fetch_partition_bytes=settings.fetch_partition_bytes,
                                  compression_type=None if settings.compression == "none" else settings.compression),
        )
        # the new alerts of every batch in flight: a batch is handled while other partitions' transactions and its own
        # partition's previous one commit (overlap_commits), and counts their alerts as repeats and for the seller
        # (issue 16: one partition after the other left the CPU idle during every commit, and a match waited for the
        # other partitions' transactions; then for its own partition's previous transaction)
        self._in_flight = Pending()
        self._known_topics: set[str] = set()
        self._refused: dict[str, tuple[str, float]] = {}  # topic → (the broker's reason, monotonic time to ask again)
        self._tasks: list[asyncio.Task] = []

    async def start(self) -> None:
        await ensure_topics(self.settings.kafka, {**self.topics.core(),
                                                  self.settings.suppressions_topic: {"cleanup.policy": "compact"}})
        self._known_topics.update(self.topics.core())
        self._tasks = [asyncio.ensure_future(self.feed.run())]

    async def run(self) -> None:
        await self.loop.run()

    async def stop(self) -> None:
        for task in self._tasks:
            task.cancel()
        await asyncio.gather(*self._tasks, return_exceptions=True)
        await self.loop.stop()

    @property
    def problem(self) -> str | None:
        """None while alerts flow; else why not (for /readyz)."""
        return self.feed.problem or self.loop.problem

    async def _ready(self, tp: TopicPartition) -> None:
        """A partition is ours and its previous owner fenced: know every alert committed until now."""
        await asyncio.wait_for(self.feed.catch_up(), 120)

    async def handle(self, tp: TopicPartition, records: list[ConsumerRecord]) -> Batch:
        """One partition's matches → the records of one transaction. Never raises for one bad match.

        The book first catches up with the suppressions committed now, so that a suppression the portal wrote
        before these matches arrived applies to them (one ListOffsets request per batch). Not with alert-events:
        the alerts of this partition's listings are this worker's, remembered as they commit (and all of them
        read when the partition became ours); waiting to read back its own last transaction from alert-events
        cost every batch a fetch round trip and up to the feed's poll (latency, issue 16). Other workers' alerts
        count for a seller's prior alerts once the feed has read them.

        The batch's matches are decoded while that request is out (issue 16: it cost a batch 70-145 ms of waiting at
        load 14, the decoding about a third of the batch's own time); nothing is decided before the book has caught
        up."""
        caught_up = asyncio.ensure_future(asyncio.wait_for(self.feed.catch_up(self.settings.suppressions_topic), 60))
        await asyncio.sleep(0)  # let it send its ListOffsets request before the decoding holds the event loop
        try:
            decoded = await self._decode(records)
        finally:
            try:
                await caught_up
            except asyncio.TimeoutError as exc:
                raise TimeoutError("the alert book did not catch up with the suppressions within 60 s") from exc
        mine: list[tuple[str, MatchFacts]] = []  # the new alerts this batch adds to those in flight
        try:
            return await self._batch(decoded, mine)
        except BaseException:  # handled again: its alerts are not in flight (else they would be taken for repeats)
            self._in_flight.discard(mine)
            raise

    async def _decode(self, records: list[ConsumerRecord]) -> list[tuple[ConsumerRecord, MatchFacts | None, bytes | str]]:
        """Each record as (record, the facts of its Match, the Match's JSON), or (record, None, why it is no Match):
        the fields the decision reads, and the Match's own bytes for the alert; a record not shaped as a Match goes
        through the model, which says what is wrong. Yields to the event loop every YIELD_EVERY records."""
        decoded: list[tuple[ConsumerRecord, MatchFacts | None, bytes | str]] = []
        for i, r in enumerate(records, start=1):
            if i % YIELD_EVERY == 0:
                await asyncio.sleep(0)
            try:
                decoded.append((r, MatchFacts.of_json(orjson.loads(r.value)), r.value))
            except (TypeError, KeyError, ValueError):  # not shaped as a Match: the model says what is wrong
                try:
                    model = Match.model_validate_json(r.value)
                except ValidationError as exc:
                    decoded.append((r, None, str(exc)))
                    continue
                decoded.append((r, MatchFacts.of(model), model.topic_json()))
        return decoded

    async def _batch(self, decoded: list[tuple[ConsumerRecord, MatchFacts | None, bytes | str]],
                     mine: list[tuple[str, MatchFacts]]) -> Batch:
        out: list[Outgoing] = []
        alerts: list[tuple[dict, MatchFacts]] = []
        letters: list[str] = []
        pending = self._in_flight
        repeats = suppressed = 0
        now = datetime.now(timezone.utc)
        alert_events = self.topics.alert_events
        raised: list[tuple[dict, MatchFacts, bytes]] = []
        raised_from: list[ConsumerRecord] = []
        routed: dict[tuple[str, str], list[str]] = {}  # (iwg, brand) → the alerts' two topics, made once a batch
        for i, (r, match, match_json) in enumerate(decoded, start=1):
            if i % YIELD_EVERY == 0:  # between two matches: the batch's own state is whole here
                await asyncio.sleep(0)
            if match is None:
                out.append(self._dead_letter(r, "schema_violation", match_json))
                letters.append("schema_violation")
                continue
            ident = alert_id(match.brand_id, match.listing_key)
            decision = self.book.decide(match, ident, pending=pending)
            if decision.verdict == Verdict.suppressed:
                suppressed += 1
                continue
            if decision.verdict == Verdict.repeat:
                repeats += 1
                continue
            route = routed.get((match.iwg, match.brand_id))
            if route is None:
                route = routed[match.iwg, match.brand_id] = routes(self.topics, match.iwg, match.brand_id)
            head = alert_head(match, self.topics, now=now, seller_prior_alerts=decision.seller_prior_alerts,
                              relist=self.book.relists.find(match), ident=ident, routed_to=route)
            payload = alert_json(head, match_json)  # once for its three topics
            if len(payload) > RECORD_LIMIT_BYTES:
                out.append(self._dead_letter(r, "alert_too_large",
                                             f"alert {ident} is {len(payload)} bytes; a record holds {RECORD_LIMIT_BYTES}"))
                letters.append("alert_too_large")
                continue
            pending.add(ident, match)
            mine.append((ident, match))
            raised.append((head, match, payload))
            raised_from.append(r)
        # the batch's new brand and working-group topics in one request (one per alert cost an admin client each)
        refused = await self._ensure(list(dict.fromkeys(t for head, _, _ in raised for t in head["routed_to"])))
        for (head, match, payload), r in zip(raised, raised_from):
            if refused and (why := [f"{t}: {refused[t]}" for t in head["routed_to"] if t in refused]):
                out.append(self._dead_letter(r, "topic_refused", f"alert {head['alert_id']}: the broker refused "
                                                                 f"to create {'; '.join(why)}"))
                letters.append("topic_refused")
                pending.discard([(head["alert_id"], match)])
                continue
            key = head["alert_id"].encode()
            iwg_topic, brand_topic = head["routed_to"]
            out += (Outgoing(iwg_topic, payload, key), Outgoing(brand_topic, payload, key),
                    Outgoing(alert_events, payload, key))
            alerts.append((head, match))

        def committed() -> None:
            self.book.remember([(head["alert_id"], match) for head, match in alerts])
            pending.discard(mine)
            metrics.REPEATS.inc(repeats)
            metrics.SUPPRESSED.inc(suppressed)
            for reason in letters:
                DEAD_LETTERS.labels(self.topics.matches_dlq, "alerts", reason).inc()
                self._log.warning("match dead-lettered", reason=reason)
            done = datetime.now(timezone.utc)
            for (iwg, severity), n in Counter((head["iwg"], head["severity"].value) for head, _ in alerts).items():
                metrics.ALERTS.labels(iwg, severity).inc(n)  # once a label pair, not once an alert
            for head, match in alerts:
                if match.ingested_at:
                    metrics.END_TO_END_SECONDS.observe((done - match.ingested_at).total_seconds())
                self._log.info("alert raised", listing_key=head["listing_key"], brand_id=head["brand_id"],
                               alert_id=head["alert_id"], severity=head["severity"].value, routed_to=head["routed_to"])

        return Batch(out, committed, on_abort=lambda: pending.discard(mine))

    def _dead_letter(self, record: ConsumerRecord, reason: str, detail: str) -> Outgoing:
        letter = dead_letter(record.value or b"", reason=reason, stage="alerts", source=self.topics.matches,
                             detail=detail, key=record.key)
        return Outgoing(self.topics.matches_dlq, letter.value, letter.key, letter.headers)

    async def _ensure(self, topics: list[str]) -> dict[str, str]:
        """Create those of `topics` not known to exist; the ones the broker refuses (topic → its reason), each
        remembered for REFUSAL_MEMORY_S so that a batch of the same brand does not ask again at once.

        A refusal (TopicsNotCreated: a name that collides with an existing topic once '.' and '_' are taken as the
        same, a policy) is the record's fault, not the broker's: its alert goes to the dead letters and the batch
        commits (retrying it stalled the whole partition for ever). A timeout is the broker's: it raises, and the
        batch is handled again."""
        now = time.monotonic()
        refused = {t: memo[0] for t in topics if (memo := self._refused.get(t)) and memo[1] > now}
        missing = [t for t in topics if t not in self._known_topics and t not in refused]
        if missing:
            try:
                await asyncio.wait_for(ensure_topics(self.settings.kafka, {t: {} for t in missing}), 30)
            except asyncio.TimeoutError as exc:
                raise TimeoutError(f"creating {', '.join(missing)} took over 30 s") from exc
            except TopicsNotCreated as exc:
                refused.update(exc.refused)
                for topic, why in exc.refused.items():
                    self._refused[topic] = (why, now + REFUSAL_MEMORY_S)
                    self._log.error("alert topic refused by the broker", topic=topic, reason=why)
            self._known_topics.update(t for t in missing if t not in refused)
        return refused
