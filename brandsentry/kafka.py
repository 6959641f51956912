"""Kafka, wrapped once: topic creation, an idempotent JSON producer, dead-letter records."""

from __future__ import annotations

import asyncio
from collections.abc import Iterable, Mapping

from aiokafka import AIOKafkaConsumer, AIOKafkaProducer
from aiokafka.admin import AIOKafkaAdminClient, NewTopic
from aiokafka.errors import KafkaError, TopicAlreadyExistsError
from pydantic import BaseModel

from brandsentry.settings import KafkaSettings

Headers = list[tuple[str, bytes]]


class KafkaUnavailable(RuntimeError):
    """The broker did not answer in time."""


async def ensure_topics(kafka: KafkaSettings, topics: Mapping[str, Mapping[str, str]], *, partitions: int | None = None) -> None:
    """Create the topics that do not exist yet (name → topic configs). Existing topics are left as they are."""
    admin = AIOKafkaAdminClient(bootstrap_servers=kafka.bootstrap_servers, client_id=f"{kafka.client_id}-admin")
    try:
        await admin.start()
        existing = set(await admin.list_topics())
        missing = [
            NewTopic(
                name=name,
                num_partitions=partitions or kafka.default_partitions,
                replication_factor=kafka.replication_factor,
                topic_configs=dict(configs),
            )
            for name, configs in topics.items()
            if name not in existing
        ]
        if missing:
            try:
                await admin.create_topics(missing)
            except TopicAlreadyExistsError:
                pass  # another process created it between list and create
    finally:
        await admin.close()


class JsonProducer:
    """An idempotent producer (acks=all) that sends pydantic models as JSON and waits for the broker's ack."""

    def __init__(self, kafka: KafkaSettings, *, client_id: str | None = None, linger_ms: int = 5) -> None:
        self._producer = AIOKafkaProducer(
            bootstrap_servers=kafka.bootstrap_servers,
            client_id=client_id or kafka.client_id,
            enable_idempotence=True,
            acks="all",
            linger_ms=linger_ms,
        )

    async def start(self) -> None:
        try:
            await self._producer.start()
        except KafkaError as exc:
            raise KafkaUnavailable(str(exc)) from exc

    async def stop(self) -> None:
        await self._producer.stop()

    async def track(self, topics: Iterable[str]) -> None:
        """Fetch the metadata of these topics now, in one request: the first send to a topic the
        producer does not know waits for its metadata, one topic at a time."""
        client = self._producer.client
        await asyncio.gather(*[client.add_topic(topic) for topic in topics])

    async def send(self, topic: str, value: BaseModel | bytes | None, *, key: str | None = None, headers: Headers | None = None) -> None:
        """Send one record and wait until the broker has it."""
        await (await self.enqueue(topic, value, key=key, headers=headers))

    async def enqueue(self, topic: str, value: BaseModel | bytes | None, *, key: str | None = None, headers: Headers | None = None) -> asyncio.Future:
        """Queue one record; the returned future resolves when the broker has it (for batching)."""
        payload = value.model_dump_json().encode() if isinstance(value, BaseModel) else value
        try:
            return await self._producer.send(
                topic, payload, key=key.encode() if key is not None else None, headers=headers or []
            )
        except KafkaError as exc:
            raise KafkaUnavailable(str(exc)) from exc

    async def send_all(self, records: Iterable[tuple[str, BaseModel | bytes | None, str | None]]) -> None:
        """Send (topic, value, key) records together and wait until the broker has all of them."""
        futures = [await self.enqueue(topic, value, key=key) for topic, value, key in records]
        await asyncio.gather(*futures)


def dead_letter_headers(*, reason: str, stage: str, source: str, detail: str = "") -> Headers:
    """Headers of a dead-letter record; its value is always the original bytes, untouched."""
    headers = [("error.reason", reason.encode()), ("error.stage", stage.encode()), ("error.source", source.encode())]
    if detail:
        headers.append(("error.detail", detail.encode()))
    return headers


async def topic_partitions(consumer: AIOKafkaConsumer, topic: str, *, attempts: int = 100) -> list[int]:
    """The topic's partition numbers, sorted; waits for the metadata of a brand-new topic."""
    for _ in range(attempts):
        parts = consumer.partitions_for_topic(topic)
        if parts:
            return sorted(parts)
        await consumer._client.force_metadata_update()
        await asyncio.sleep(0.1)
    raise RuntimeError(f"topic {topic} has no partitions")
