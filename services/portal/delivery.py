"""Webhook delivery: a consumer of alert-events inside the portal process.

At least once, never doubled for a receiver that dedupes: every (subscription, event) pair has a
deterministic delivery id; Redis remembers delivered ids; offsets are committed only after every
delivery of a batch is either delivered or parked on `<prefix>webhooks.dlq` (value: the original
body; headers: reason, subscription, delivery id, attempts), from where `replay` re-delivers it.
"""

from __future__ import annotations

import asyncio
import time
from datetime import datetime, timezone

import httpx
from aiokafka import AIOKafkaConsumer, TopicPartition
from pydantic import ValidationError
from redis.asyncio import Redis
from redis.exceptions import RedisError

from brandsentry.kafka import JsonProducer, client_kwargs, dead_letter_headers, topic_partitions
from brandsentry.metrics import DEAD_LETTERS
from schemas import Alert
from schemas.portal import WebhookDeadLetter, WebhookEvent, WebhookSubscriptionRecord
from services.portal import metrics, signing
from services.portal.exceptions import Invalid, TooManyAttempts
from services.portal.projector import Projector, _reached
from services.portal.settings import PortalSettings
from services.portal.urlcheck import check_url
from services.portal.webhooks_core import Watermarks, backoff_s, events_for, public_detail, retryable


REPLAY_LEASE_S = 120  # a running replay's lease, renewed after each delivery it tries

class Deliverer:
    """Sends one signed delivery with retries, and parks it when it cannot."""

    def __init__(self, settings: PortalSettings, producer: JsonProducer, redis: Redis, log) -> None:
        self.settings = settings
        self._producer = producer
        self._redis = redis
        self._log = log
        self._http = httpx.AsyncClient(timeout=settings.webhook_timeout_s, follow_redirects=False)
        # an attempt may take the whole PORTAL_WEBHOOK_TIMEOUT_S (httpx's own timeout is per read: a receiver that
        # sends a byte at a time never trips it); one taking more than half of it makes its receiver "slow"
        self._slow_s = settings.webhook_timeout_s / 2
        self._p = f"{settings.topics.topic_prefix}portal-webhooks:"  # not part of the rebuildable view
        # subscriptions whose latest attempt failed (an error, a timeout, a refused URL, an answer other than 2xx) or
        # was slow (a 2xx after more than half the timeout); one leaves the set at its next quick success.
        # DeliveryWorker parks what such a subscription's lane cannot hold.
        self.failing: set[str] = set()

    async def close(self) -> None:
        await self._http.aclose()

    def _delivered_key(self, delivery_id: str) -> str:
        return f"{self._p}delivered:{delivery_id}"

    async def delivered(self, delivery_id: str) -> bool:
        return bool(await self._redis.exists(self._delivered_key(delivery_id)))

    async def deliver(self, sub: WebhookSubscriptionRecord, *, delivery_id: str, event_type: str, body: bytes,
                      parked: bool = False) -> str:
        """'delivered', 'duplicate_skipped' or 'parked'. `parked`: a replay of a delivery on webhooks.dlq already, which
        stays parked there when it fails again (no second dead letter: replays in a loop grew the topic, kept for
        ever, by one record a delivery a replay; tenant57)."""
        log = self._log.bind(subscription_id=sub.id, delivery_id=delivery_id, event=event_type)
        if await self.delivered(delivery_id):
            metrics.WEBHOOK_DELIVERIES.labels("duplicate_skipped").inc()
            return "duplicate_skipped"
        attempt, reason = 0, ""
        while attempt < self.settings.webhook_max_attempts:
            attempt += 1
            status: int | None = None
            try:
                await check_url(sub.url, self.settings.allow_hosts)
            except Exception as exc:  # Invalid, or anything a hostile URL can make the resolver raise
                reason = "url_refused"
                self.failing.add(sub.id)
                metrics.WEBHOOK_FAILURES.labels(reason).inc()
                log.warning("webhook URL refused", error=str(exc) if isinstance(exc, Invalid) else type(exc).__name__)
                break
            ts, started = int(time.time()), time.monotonic()
            try:
                status = await self._post(sub.url, body, signing.headers(
                    sub.secret, timestamp=ts, body=body, delivery_id=delivery_id, event=event_type))
                if 200 <= status < 300:
                    if time.monotonic() - started > self._slow_s:
                        self.failing.add(sub.id)  # delivered, but a lane of such answers grows: bounded as failing
                    else:
                        self.failing.discard(sub.id)
                    await self._remember(delivery_id, log)
                    metrics.WEBHOOK_DELIVERIES.labels("delivered").inc()
                    log.info("webhook delivered", attempt=attempt, status=status)
                    return "delivered"
                reason = f"http_{status}"  # the receiver's body is never kept: it may be an internal service's
            except TimeoutError:
                reason = "timeout"
                log.warning("webhook attempt timed out", timeout_s=self.settings.webhook_timeout_s)
            except Exception as exc:  # httpx errors, and anything else one receiver can cause: never kills delivery
                reason = "network_error" if isinstance(exc, httpx.HTTPError) else "delivery_error"
                log.warning("webhook attempt raised", error_type=type(exc).__name__)
            self.failing.add(sub.id)
            metrics.WEBHOOK_FAILURES.labels(reason).inc()
            log.warning("webhook attempt failed", attempt=attempt, reason=reason)
            if not retryable(status) or attempt >= self.settings.webhook_max_attempts:
                break
            metrics.WEBHOOK_RETRIES.inc()
            await asyncio.sleep(backoff_s(attempt, base_s=self.settings.webhook_backoff_base_s,
                                          max_s=self.settings.webhook_backoff_max_s))
        if not parked:
            await self.park(sub.id, delivery_id=delivery_id, event_type=event_type, body=body, reason=reason,
                            attempts=attempt)
        log.warning("webhook delivery parked", attempts=attempt, reason=reason, parked_already=parked)
        return "parked"

    async def _remember(self, delivery_id: str, log) -> None:
        """Mark a delivery the receiver took (2xx) as delivered, for replays and restarts to skip. Redis refusing the
        mark (full: maxmemory reached; away) costs only that memory: the delivery is done and is not undone. The
        refusal was once taken for a failed attempt: every delivery a receiver took while Redis was full was also
        parked on webhooks.dlq as failed (a replay sent it again) and its subscription marked failing (faults56)."""
        try:
            await self._redis.set(self._delivered_key(delivery_id), "1", ex=self.settings.webhook_delivered_ttl_s)
        except (RedisError, OSError) as exc:
            log.warning("webhook delivered; Redis did not take the mark (a replay may send it again, same delivery id)",
                        error=type(exc).__name__, detail=str(exc)[:200])

    async def _post(self, url: str, body: bytes, headers: dict) -> int:
        """POST `body` and return the answer's status, within PORTAL_WEBHOOK_TIMEOUT_S from connecting to the status
        line (TimeoutError after). The answer's body is never read (only its status counts): a receiver cannot make
        the portal hold its megabytes, nor keep the attempt open by sending them slowly."""
        async with asyncio.timeout(self.settings.webhook_timeout_s):
            async with self._http.stream("POST", url, content=body, headers=headers) as answer:
                return answer.status_code

    async def park(self, subscription_id: str, *, delivery_id: str, event_type: str, body: bytes, reason: str,
                   attempts: int) -> None:
        topic = self.settings.portal_topics.webhooks_dlq
        headers = dead_letter_headers(reason=reason, stage="webhook", source=self.settings.topics.alert_events,
                                      detail=public_detail(reason), original=body) + [
            ("webhook.subscription", subscription_id.encode()),
            ("webhook.delivery", delivery_id.encode()),
            ("webhook.event", event_type.encode()),
            ("webhook.attempts", str(attempts).encode()),
            ("webhook.parked_at", datetime.now(timezone.utc).isoformat().encode()),
        ]
        await self._producer.send(topic, body, key=subscription_id, headers=headers)
        metrics.WEBHOOK_DELIVERIES.labels("parked").inc()
        DEAD_LETTERS.labels(topic, "webhook", reason).inc()

    # ------------------------------------------------------------------ dead letters

    async def dead_letters(self, subscription_id: str) -> list[WebhookDeadLetter]:
        """Parked deliveries of a subscription (the latest parking of each delivery id), oldest first."""
        topic = self.settings.portal_topics.webhooks_dlq
        consumer = AIOKafkaConsumer(bootstrap_servers=self.settings.kafka.bootstrap_servers, group_id=None,
                                    enable_auto_commit=False, **client_kwargs(self.settings.kafka))
        await consumer.start()
        try:
            parts = [TopicPartition(topic, p) for p in await topic_partitions(consumer, topic)]
            consumer.assign(parts)
            await consumer.seek_to_beginning(*parts)
            end = await consumer.end_offsets(parts)
            latest: dict[str, WebhookDeadLetter] = {}
            while not await _reached(consumer, end):
                for records in (await consumer.getmany(timeout_ms=500)).values():
                    for r in records:
                        h = {k: v.decode() for k, v in r.headers}
                        if h.get("webhook.subscription") != subscription_id:
                            continue
                        latest[h["webhook.delivery"]] = WebhookDeadLetter(
                            delivery_id=h["webhook.delivery"], subscription_id=subscription_id,
                            event_type=h.get("webhook.event", ""), reason=h.get("error.reason", ""),
                            detail=public_detail(h.get("error.reason", "")), attempts=int(h.get("webhook.attempts", "0")),
                            parked_at=h.get("webhook.parked_at") or datetime.now(timezone.utc),
                            body=r.value.decode(errors="replace"))
        finally:
            await consumer.stop()
        out = sorted(latest.values(), key=lambda d: d.parked_at)
        for d in out:
            d.delivered_since = await self.delivered(d.delivery_id)
        return out

    async def replay(self, sub: WebhookSubscriptionRecord) -> dict[str, int]:
        """Re-deliver every parked delivery of the subscription that has not been delivered since; one that fails
        again stays parked as it was. One replay of a subscription at a time, on every portal (a Redis lease):
        another asked for meanwhile raises TooManyAttempts (429), as each reads the whole webhooks.dlq topic."""
        lease = f"{self._p}replaying:{sub.id}"
        if not await self._redis.set(lease, "1", nx=True, ex=REPLAY_LEASE_S):
            raise TooManyAttempts(f"a replay of subscription {sub.id} is running; one at a time: retry when it is done",
                                  retry_after_s=max(1, int(await self._redis.ttl(lease) or 1)))
        try:
            counts = {"delivered": 0, "parked": 0, "duplicate_skipped": 0}
            for d in await self.dead_letters(sub.id):
                if d.delivered_since:
                    counts["duplicate_skipped"] += 1
                    continue
                result = await self.deliver(sub, delivery_id=d.delivery_id, event_type=d.event_type,
                                            body=d.body.encode(), parked=True)
                counts[result] += 1
                metrics.WEBHOOK_REPLAYED.labels(result).inc()
                await self._redis.expire(lease, REPLAY_LEASE_S)  # a long replay keeps its lease while it works
            return counts
        finally:
            await self._redis.delete(lease)


class DeliveryWorker:
    """Consumes alert-events in a consumer group and delivers each event to the subscriptions that want it.

    One lane (a queue and a task) per subscription: a subscription's deliveries go in order, and one that is
    slow, retrying or failing delays no other subscription. Offsets are committed up to the first record with
    a delivery not yet done (`Watermarks`); at most `max_in_flight` deliveries wait before reading pauses.
    A subscription whose receiver fails (`Deliverer.failing`: its latest attempt errored, timed out or was
    refused) keeps at most `PORTAL_WEBHOOK_FAILING_BACKLOG` deliveries waiting in its lane; what comes beyond is
    parked at once (reason `receiver_backlog`, replayable like any parked delivery), so that one tenant's hung
    receiver cannot fill `max_in_flight` and pause every other tenant's deliveries (tenant55, 2026-12-06).
    """

    max_in_flight = 10_000

    def __init__(self, settings: PortalSettings, projector: Projector, deliverer: Deliverer, log) -> None:
        self.settings = settings
        self._projector = projector
        self._deliverer = deliverer
        self._log = log
        self.running = False
        self.last_error = ""

    def problem(self) -> str | None:
        """None while delivery consumes; else why not (for /readyz)."""
        if self.running:
            return None
        return f"webhook delivery not running: {self.last_error or 'starting'}"

    async def supervise(self, *, max_backoff_s: float = 30.0) -> None:
        """Run delivery forever: when it fails (broker away, Redis away, a bug), log it, report it on /readyz,
        and start again from the last committed offsets after a backoff (deliveries are deduped by id)."""
        failures = 0
        while True:
            try:
                await self.run()
                failures = 0
            except asyncio.CancelledError:
                raise
            except Exception as exc:
                failures += 1
                self.last_error = f"{type(exc).__name__}: {str(exc)[:200]}"
                self._log.error("webhook delivery failed; restarting", error=self.last_error, failures=failures)
            finally:
                self.running = False
            await asyncio.sleep(min(max_backoff_s, 0.5 * 2 ** min(failures, 6)))

    async def run(self) -> None:
        await self._projector.caught_up.wait()
        consumer = AIOKafkaConsumer(
            self.settings.topics.alert_events,
            bootstrap_servers=self.settings.kafka.bootstrap_servers,
            **client_kwargs(self.settings.kafka),
            group_id=f"{self.settings.topics.topic_prefix}{self.settings.group_id}",
            client_id="brandsentry-portal-webhooks",
            isolation_level="read_committed",  # an aborted transaction's alerts are never delivered
            enable_auto_commit=False,
            auto_offset_reset="earliest",
        )
        await consumer.start()
        self.running, self.last_error = True, ""
        marks = Watermarks()
        lanes: dict[str, asyncio.Queue] = {}
        tasks: list[asyncio.Task] = []
        failed: asyncio.Future = asyncio.get_running_loop().create_future()

        async def lane(queue: asyncio.Queue) -> None:
            while True:
                tp, offset, event = await queue.get()
                try:
                    await self._send(event)
                except Exception as exc:  # Kafka or Redis away while parking: the worker restarts, uncommitted
                    if not failed.done():
                        failed.set_exception(exc)
                    return
                marks.done(tp, offset)

        try:
            while True:
                if failed.done():
                    raise failed.exception()
                if marks.in_flight >= self.max_in_flight:
                    await asyncio.wait([failed], timeout=0.2)
                    batches = {}
                else:
                    batches = await consumer.getmany(timeout_ms=200, max_records=200)
                for tp, records in batches.items():
                    for r in records:
                        events = self._events(r.value)
                        marks.add(tp, r.offset, len(events))
                        for event in events:
                            if event.subscription_id not in lanes:
                                lanes[event.subscription_id] = asyncio.Queue()
                                tasks.append(asyncio.ensure_future(lane(lanes[event.subscription_id])))
                            await self._admit(lanes[event.subscription_id], marks, tp, r.offset, event)
                commits = marks.to_commit({tp: await consumer.position(tp) for tp in consumer.assignment()})
                if commits:
                    await consumer.commit(commits)
        finally:
            for task in tasks:
                task.cancel()
            await asyncio.gather(*tasks, return_exceptions=True)
            if failed.done():
                failed.exception()  # retrieved: the supervisor logs the one it is given
            await consumer.stop()

    async def _admit(self, lane: asyncio.Queue, marks: Watermarks, tp, offset: int, event: WebhookEvent) -> None:
        """Queue `event` on its subscription's `lane`, or park it at once (done for `marks`) when the subscription's
        receiver is failing and its lane already holds `settings.webhook_failing_backlog` deliveries."""
        if (event.subscription_id in self._deliverer.failing
                and lane.qsize() >= self.settings.webhook_failing_backlog):
            await self._deliverer.park(event.subscription_id, delivery_id=event.delivery_id, event_type=event.type.value,
                                       body=event.model_dump_json().encode(), reason="receiver_backlog", attempts=0)
            marks.done(tp, offset)
            return
        lane.put_nowait((tp, offset, event))

    def _events(self, value: bytes | None) -> list[WebhookEvent]:
        if value is None:
            return []
        try:
            alert = Alert.model_validate_json(value)
        except ValidationError:
            return []  # the projector logs bad alert-events records
        return events_for(alert, list(self._projector.webhooks.values()))

    async def _send(self, event: WebhookEvent) -> None:
        sub = self._projector.webhooks.get(event.subscription_id)
        if sub is None:
            return
        await self._deliverer.deliver(sub, delivery_id=event.delivery_id, event_type=event.type.value,
                                      body=event.model_dump_json().encode())
