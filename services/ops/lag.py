"""Consumer lag: for every consumer group, how far its committed offsets trail the end of each partition.

The collector asks the cluster (admin API) for the groups and their committed offsets,
and a group-less consumer for the end offsets. Exported as the gauge
`brandsentry_consumer_lag{group, topic, partition}`.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable, Iterable, Mapping

from aiokafka import AIOKafkaConsumer, TopicPartition
from aiokafka.admin import AIOKafkaAdminClient
from prometheus_client.core import CounterMetricFamily, GaugeMetricFamily

from brandsentry.kafka import client_kwargs
from brandsentry.settings import KafkaSettings

LagRow = tuple[str, str, int, int]  # group, topic, partition, lag


def compute_lag(group: str, committed: Mapping[TopicPartition, int], end: Mapping[TopicPartition, int]) -> list[LagRow]:
    """Lag of one group on every partition it has committed on (records on the partition it has not committed yet)."""
    rows = []
    for tp, offset in committed.items():
        if offset < 0 or tp not in end:
            continue  # no commit yet, or a topic that no longer exists
        rows.append((group, tp.topic, tp.partition, max(0, end[tp] - offset)))
    return sorted(rows)


class LagCollector:
    """Polls the cluster for lag; `rows` is the latest answer, also served to Prometheus through `collect()`."""

    def __init__(self, kafka: KafkaSettings, *, group_prefix: str = "", stale_after_s: float = 10.0,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self._kafka = kafka
        self._group_prefix = group_prefix
        self._admin: AIOKafkaAdminClient | None = None
        self._consumer: AIOKafkaConsumer | None = None
        self.rows: list[LagRow] = []
        self.collected_at: float | None = None
        self.errors = 0
        self.last_error = ""
        self.stale_after_s = stale_after_s
        self._clock = clock  # monotonic: a jump of the wall clock makes no gap and hides none
        self._started = clock()
        self._ok_at: float | None = None  # monotonic time of the last collection that succeeded (a clock jump is no gap)

    def problem(self) -> str | None:
        """Why the lag this service shows cannot be trusted now, or None: not collected yet, or no collection has
        succeeded for `stale_after_s` (the broker refuses the groups' offsets, an ACL was taken away, the admin client
        hangs). Until faults57 (2026-12-06) /readyz said ready for ever after the first collection, and the dashboard
        and /metrics went on showing the last lag as if it were current."""
        since = self._ok_at if self._ok_at is not None else self._started
        age = self._clock() - since
        if self._ok_at is not None and age <= self.stale_after_s:
            return None
        why = f": {self.last_error}" if self.last_error else ""
        if self._ok_at is None:
            return f"consumer lag not collected yet{why}"
        return f"consumer lag not collected for {age:.0f} s (the figures shown are that old){why}"

    async def _clients(self) -> tuple[AIOKafkaAdminClient, AIOKafkaConsumer]:
        if self._admin is None:
            admin = AIOKafkaAdminClient(bootstrap_servers=self._kafka.bootstrap_servers,
                                        client_id=f"{self._kafka.client_id}-ops-lag", request_timeout_ms=5000,
                                        **client_kwargs(self._kafka))
            await admin.start()
            self._admin = admin
        if self._consumer is None:
            consumer = AIOKafkaConsumer(bootstrap_servers=self._kafka.bootstrap_servers, group_id=None,
                                        client_id=f"{self._kafka.client_id}-ops-lag", request_timeout_ms=5000,
                                        **client_kwargs(self._kafka))
            await consumer.start()
            self._consumer = consumer
        return self._admin, self._consumer

    async def collect_once(self) -> list[LagRow]:
        admin, consumer = await self._clients()
        groups = sorted(g[0] for g in await admin.list_consumer_groups() if str(g[0]).startswith(self._group_prefix))
        committed: dict[str, dict[TopicPartition, int]] = {}
        for group in groups:
            offsets = await admin.list_consumer_group_offsets(group)
            committed[group] = {tp: meta.offset for tp, meta in offsets.items()}
        await consumer._client.force_metadata_update()
        known = consumer._client.cluster.topics()
        partitions = sorted({tp for offsets in committed.values() for tp in offsets if tp.topic in known})
        end = await consumer.end_offsets(partitions) if partitions else {}
        rows = [row for group in groups for row in compute_lag(group, committed[group], end)]
        self.rows, self.collected_at, self._ok_at, self.last_error = rows, time.time(), self._clock(), ""
        return rows

    async def collect_round(self, log) -> None:
        try:
            await self.collect_once()
        except asyncio.CancelledError:
            raise
        except Exception as exc:  # the broker may be away for a while; keep the last answer, say why (problem())
            self.errors += 1
            self.last_error = f"{type(exc).__name__}: {exc}"
            log.warning("consumer lag not collected", error=self.last_error)

    async def run(self, *, interval_s: float, log) -> None:
        while True:
            await self.collect_round(log)
            await asyncio.sleep(interval_s)

    async def close(self) -> None:
        if self._consumer is not None:
            await self._consumer.stop()
        if self._admin is not None:
            await self._admin.close()

    def collect(self) -> Iterable:
        """prometheus_client custom-collector protocol."""
        lag = GaugeMetricFamily("brandsentry_consumer_lag", "Records on a partition that the group has not committed yet",
                                labels=["group", "topic", "partition"])
        for group, topic, partition, value in self.rows:
            lag.add_metric([group, topic, str(partition)], value)
        yield lag
        errors = CounterMetricFamily("brandsentry_consumer_lag_collect_errors", "Failed lag collections")
        errors.add_metric([], self.errors)
        yield errors
        if self.collected_at is not None:
            at = GaugeMetricFamily("brandsentry_consumer_lag_collected_timestamp_seconds", "When lag was last collected")
            at.add_metric([], self.collected_at)
            yield at
