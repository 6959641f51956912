"""faults56 (2026-12-06): the portal's projector and a Redis that refuses writes (full: maxmemory reached with
policy noeviction, "OOM command not allowed"; or away) at the moment it rebuilds its view. A refused write during the
rebuild killed the projector's task for good (tests/faults/test_redis_full.py, make soak): the portal listed no alert
and answered 503 until restarted by hand. Now the rebuild waits for Redis, and /readyz says why meanwhile."""

import asyncio

from aiokafka import TopicPartition
from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import OutOfMemoryError

from brandsentry.settings import KafkaSettings, Topics
from services.portal.projector import Projector
from services.portal.settings import PortalTopics


class Log:
    def __getattr__(self, _):
        return lambda *a, **k: None


class FullView:
    """A view over a Redis that refuses the first `refusals` writes of the generation key (OOM, then gone)."""

    def __init__(self, refusals: list[Exception]) -> None:
        self.refusals = refusals
        self.generations = 0
        self.wipes = 0

    async def wipe(self) -> int:
        self.wipes += 1
        return 0

    async def set_generation(self) -> str:
        if self.refusals:
            raise self.refusals.pop(0)
        self.generations += 1
        return "g"


class Consumer:
    def __init__(self) -> None:
        self.sought: list[TopicPartition] = []

    async def seek_to_beginning(self, *tps):
        self.sought += tps

    async def end_offsets(self, tps):
        return {tp: 5 for tp in tps}


async def test_a_rebuild_redis_refuses_waits_for_room_and_completes():
    view = FullView([OutOfMemoryError("command not allowed when used memory > 'maxmemory'."),
                     RedisConnectionError("Connection refused")])
    topics = PortalTopics(Topics(topic_prefix="p."))
    projector = Projector(kafka=KafkaSettings(), topics=topics, view=view, log=Log())
    projector.redis_retry_s = 0.01
    projector.caught_up.set()
    alerts = TopicPartition(topics.shared.alert_events, 0)
    fingerprints = TopicPartition(topics.shared.fingerprints, 0)
    consumer = Consumer()

    seen: list[str | None] = []
    rebuild = asyncio.ensure_future(projector._rebuild(consumer, [alerts, fingerprints]))
    while not rebuild.done():
        seen.append(getattr(projector, "waiting_for_redis", None))
        await asyncio.sleep(0.001)
    end = rebuild.result()  # raised before: OutOfMemoryError out of run(), the task dead

    assert view.generations == 1 and view.wipes == 3  # wiped again before each try: no half-rebuilt view
    assert consumer.sought == [alerts]  # the Redis topics replayed from the beginning, the in-memory ones not
    assert end == {alerts: 5, fingerprints: 5}
    assert not projector.caught_up.is_set()  # /readyz: not caught up until the replay has reached the end
    assert any(w and "OutOfMemoryError" in w for w in seen)  # /readyz named the reason while it waited
    assert projector.waiting_for_redis is None
