"""Kafka, wrapped once: client security, topic creation, an idempotent JSON producer, dead-letter records."""

from __future__ import annotations

import asyncio
import functools
import hashlib
import ssl
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

import numpy as np
from aiokafka import AIOKafkaConsumer, AIOKafkaProducer
from aiokafka.admin import AIOKafkaAdminClient, NewTopic
from aiokafka.errors import KafkaError, TopicAlreadyExistsError, TopicAuthorizationFailedError, for_code
from pydantic import BaseModel

from brandsentry.settings import KafkaSettings

Headers = list[tuple[str, bytes]]


class KafkaUnavailable(RuntimeError):
    """The broker did not answer in time."""


@functools.lru_cache(maxsize=8)
def _ssl_context(cafile: str | None) -> ssl.SSLContext:
    """A TLS client context that trusts `cafile` (or the system's CAs) and checks the broker's host name."""
    context = ssl.create_default_context(ssl.Purpose.SERVER_AUTH, cafile=cafile)
    context.minimum_version = ssl.TLSVersion.TLSv1_2
    return context


def client_kwargs(kafka: KafkaSettings) -> dict[str, Any]:
    """The security keyword arguments EVERY aiokafka client takes: `AIOKafkaProducer(..., **client_kwargs(s))`.

    PLAINTEXT → {"security_protocol": "PLAINTEXT"}; SSL adds `ssl_context` (trusting KAFKA_SSL_CAFILE);
    SASL_PLAINTEXT / SASL_SSL add `sasl_mechanism` (SCRAM-SHA-512 by default), `sasl_plain_username` and
    `sasl_plain_password` (aiokafka uses these names for SCRAM too). The password leaves its SecretStr only here.
    """
    kwargs: dict[str, Any] = {"security_protocol": kafka.security_protocol}
    if kafka.security_protocol in ("SSL", "SASL_SSL"):
        kwargs["ssl_context"] = _ssl_context(kafka.ssl_cafile)
    if kafka.security_protocol.startswith("SASL"):
        kwargs["sasl_mechanism"] = kafka.sasl_mechanism
        kwargs["sasl_plain_username"] = kafka.sasl_username
        kwargs["sasl_plain_password"] = kafka.sasl_password.get_secret_value() if kafka.sasl_password else None
    return kwargs


_NOT_REFUSED = {
    0,
    TopicAlreadyExistsError.errno,  # made by another process between list and create
    TopicAuthorizationFailedError.errno,  # not this principal's to make: the operator's provisioning makes it (ACLs)
}


# every topic the services create: its records stamped by the broker when it appends them, not by the producer's clock
# (faults57, 2026-12-06). With CreateTime a producer whose clock ran more than an hour ahead of the broker's had every
# record refused (Kafka 4: log.message.timestamp.after.max.ms, 1 h): ingest answered 503 to every listing, 0 of 400
# taken; and a clock behind stamped records that time-based retention deletes early and rescans' `since` leaves out.
# ingest's `ingested-at-ms` header keeps ingest's own time (latency figures).
BROKER_TIMESTAMPS = {"message.timestamp.type": "LogAppendTime"}


async def ensure_topics(kafka: KafkaSettings, topics: Mapping[str, Mapping[str, str]], *, partitions: int | None = None) -> None:
    """Create the topics that do not exist yet (name → topic configs) at KAFKA_REPLICATION_FACTOR, with
    min.insync.replicas = KAFKA_MIN_INSYNC_REPLICAS and broker timestamps (BROKER_TIMESTAMPS) unless the configs say
    otherwise. Existing topics are left as they are.

    Raises TopicsNotCreated when the broker refuses a topic (a name that collides with another once '.' and '_' are
    taken as the same, a policy, too many partitions): a refusal is never passed over in silence. A topic this
    principal may not create (TopicAuthorizationFailed) is not an error here: services see only the topics their ACLs
    allow, and provisioning makes the others."""
    admin = AIOKafkaAdminClient(bootstrap_servers=kafka.bootstrap_servers, client_id=f"{kafka.client_id}-admin",
                                **client_kwargs(kafka))
    try:
        await admin.start()
        existing = set(await admin.list_topics())
        missing = [
            NewTopic(
                name=name,
                num_partitions=partitions or kafka.default_partitions,
                replication_factor=kafka.replication_factor,
                topic_configs={"min.insync.replicas": str(kafka.min_insync_replicas), **BROKER_TIMESTAMPS, **configs},
            )
            for name, configs in topics.items()
            if name not in existing
        ]
        if missing:
            response = await admin.create_topics(missing)
            refused = {}
            for topic, code, *message in response.topic_errors:  # v0 answers carry no message
                if code not in _NOT_REFUSED:
                    refused[topic] = f"{for_code(code).__name__}: {message[0] if message and message[0] else ''}"
            if refused:
                raise TopicsNotCreated(refused)
    finally:
        await admin.close()


async def delete_prefix(kafka: KafkaSettings, prefix: str) -> int:
    """Delete every topic whose name starts with `prefix` (a bench run's or a test's own prefix, never ""); how many.

    The broker keeps files open for every partition: topics left behind by runs on a shared broker add up until it
    stops with "Too many open files" (the local stack, 2026-12-01: 19,595 partitions of old test prefixes)."""
    if not prefix:
        raise ValueError("delete_prefix needs a non-empty prefix")
    admin = AIOKafkaAdminClient(bootstrap_servers=kafka.bootstrap_servers, client_id=f"{kafka.client_id}-admin",
                                **client_kwargs(kafka))
    await admin.start()
    try:
        names = [t for t in await admin.list_topics() if t.startswith(prefix)]
        if names:
            await admin.delete_topics(names)
        return len(names)
    finally:
        await admin.close()


class TopicsNotCreated(KafkaError):
    """The broker refused to create some topics. `.refused`: topic name → the broker's error and message, e.g.
    InvalidTopicError: "Topic 'alerts.brand.a_b' collides with existing topics: alerts.brand.a.b"."""

    def __init__(self, refused: Mapping[str, str]) -> None:
        self.refused = dict(refused)
        super().__init__("; ".join(f"{topic}: {why}" for topic, why in self.refused.items()))


_M = np.uint32(0x5BD1E995)


def key_hashes(keys: list[bytes]) -> list[int]:
    """Each key's murmur2 (Kafka's Utils.murmur2, seed 0x9747b28c) with its sign bit cleared: the default partitioner
    puts a key on partition `hash % partitions`. Batched as `key_partitions`."""
    return key_partitions(keys, 0x80000000)  # modulo 2**31 of a value under 2**31: the value


def key_partitions(keys: list[bytes], partitions: int) -> list[int]:
    """The partition of each key as Kafka's default partitioner (Java's, aiokafka's DefaultPartitioner) picks it:
    murmur2 of the key (Utils.murmur2, seed 0x9747b28c), its sign bit cleared, modulo the partition count.
    The keys of one length are hashed together in numpy's wrapping uint32 arithmetic: aiokafka's pure-Python
    murmur2 was 8 % of ingest's time, a listing key each."""
    out = [0] * len(keys)
    by_length: dict[int, list[int]] = {}
    for i, key in enumerate(keys):
        by_length.setdefault(len(key), []).append(i)
    for length, where in by_length.items():
        data = np.frombuffer(b"".join(keys[i] for i in where), dtype=np.uint8).reshape(len(where), length)
        h = np.full(len(where), 0x9747B28C ^ length, dtype=np.uint32)
        words = np.ascontiguousarray(data[:, :length // 4 * 4]).view("<u4")
        for j in range(length // 4):
            k = words[:, j] * _M
            k ^= k >> np.uint32(24)
            h *= _M
            h ^= k * _M
        tail = length % 4
        for b in range(tail - 1, -1, -1):  # the last 1-3 bytes, highest first as Java's switch falls through
            h ^= data[:, length // 4 * 4 + b].astype(np.uint32) << np.uint32(8 * b)
        if tail:
            h *= _M
        h ^= h >> np.uint32(13)
        h *= _M
        h ^= h >> np.uint32(15)
        for i, value in zip(where, ((h & np.uint32(0x7FFFFFFF)) % np.uint32(partitions)).tolist()):
            out[i] = value
    return out


class JsonProducer:
    """An idempotent producer (acks=all) that sends pydantic models as JSON and waits for the broker's ack."""

    def __init__(self, kafka: KafkaSettings, *, client_id: str | None = None, linger_ms: int = 5,
                 max_batch_size: int = 16384) -> None:
        """max_batch_size: bytes per partition batch (aiokafka's default 16 KiB; more for a high-rate producer)."""
        self._producer = AIOKafkaProducer(
            bootstrap_servers=kafka.bootstrap_servers,
            client_id=client_id or kafka.client_id,
            enable_idempotence=True,
            **client_kwargs(kafka),
            acks="all",
            linger_ms=linger_ms,
            max_batch_size=max_batch_size,
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

    def partitions(self, topic: str) -> int | None:
        """How many partitions `topic` has, when the producer knows its metadata (else None)."""
        known = self._producer.client.cluster.partitions_for_topic(topic)
        return len(known) if known else None

    async def enqueue(self, topic: str, value: BaseModel | bytes | None, *, key: str | None = None, headers: Headers | None = None,
                      partition: int | None = None) -> asyncio.Future:
        """Queue one record; the returned future resolves when the broker has it (for batching). `partition`:
        chosen by the caller (key_partitions), else by the producer's partitioner."""
        payload = value.model_dump_json().encode() if isinstance(value, BaseModel) else value
        try:
            return await self._producer.send(
                topic, payload, key=key.encode() if key is not None else None, headers=headers or [], partition=partition
            )
        except KafkaError as exc:
            raise KafkaUnavailable(str(exc)) from exc

    async def enqueue_dead_letter(self, topic: str, letter: DeadLetter) -> asyncio.Future:
        """Queue a bounded dead letter (see `dead_letter`); the future resolves when the broker has it."""
        try:
            return await self._producer.send(topic, letter.value, key=letter.key, headers=letter.headers)
        except KafkaError as exc:
            raise KafkaUnavailable(str(exc)) from exc

    async def send_all(self, records: Iterable[tuple[str, BaseModel | bytes | None, str | None]]) -> None:
        """Send (topic, value, key) records together and wait until the broker has all of them."""
        futures = [await self.enqueue(topic, value, key=key) for topic, value, key in records]
        await asyncio.gather(*futures)


#: The largest record value BrandSentry writes (bytes). Below the broker's default `message.max.bytes`
#: (1 MiB + 12) and aiokafka's `max_request_size` (1 MiB), with room for the key and the headers.
RECORD_LIMIT_BYTES = 1_000_000
#: The most of an original a dead letter carries (bytes); the rest is cut, its size and SHA-256 say what it was.
DEAD_LETTER_MAX_BYTES = 900_000
#: The longest `error.detail` header (characters).
DEAD_LETTER_DETAIL_MAX = 4000
_KEY_MAX_BYTES = 1000


def dead_letter_headers(*, reason: str, stage: str, source: str, detail: str = "",
                        original: bytes | None = None, truncated: bool = False) -> Headers:
    """Headers of a dead-letter record: `error.reason`, `error.stage`, `error.source`, `error.detail` (cut to
    DEAD_LETTER_DETAIL_MAX characters) and, given the original bytes, `error.size` (bytes, decimal),
    `error.sha256` (hex of the whole original) and `error.truncated` ("true" when the value is only its head)."""
    headers = [("error.reason", reason.encode()), ("error.stage", stage.encode()), ("error.source", source.encode())]
    if detail:
        headers.append(("error.detail", detail[:DEAD_LETTER_DETAIL_MAX].encode()))
    if original is not None:
        headers += [
            ("error.size", str(len(original)).encode()),
            ("error.sha256", hashlib.sha256(original).hexdigest().encode()),
            ("error.truncated", b"true" if truncated else b"false"),
        ]
    return headers


@dataclass(frozen=True)
class DeadLetter:
    """A dead-letter record that always fits its topic: `value` is the original's first `max_bytes` bytes."""

    key: bytes | None
    value: bytes
    headers: Headers


def dead_letter(original: bytes, *, reason: str, stage: str, source: str, detail: str = "",
                key: str | bytes | None = None, max_bytes: int = DEAD_LETTER_MAX_BYTES) -> DeadLetter:
    """Bound a dead letter: as much of the original as fits (`max_bytes`), with reason, size and SHA-256 headers.

    Pure; used by every service's dead-letter path (ingest, matcher, alerts, webhooks), so that a record
    too large for its topic is never lost silently nor able to fail the dead-letter write itself.
    """
    raw_key = key.encode() if isinstance(key, str) else key
    if raw_key is not None:
        raw_key = raw_key[:_KEY_MAX_BYTES]
    truncated = len(original) > max_bytes
    headers = dead_letter_headers(reason=reason, stage=stage, source=source, detail=detail,
                                  original=original, truncated=truncated)
    return DeadLetter(raw_key, original[:max_bytes] if truncated else original, headers)


async def topic_partitions(consumer: AIOKafkaConsumer, topic: str, *, attempts: int = 100) -> list[int]:
    """The topic's partition numbers, sorted; waits for the metadata of a brand-new topic."""
    for _ in range(attempts):
        parts = consumer.partitions_for_topic(topic)
        if parts:
            return sorted(parts)
        await consumer._client.force_metadata_update()
        await asyncio.sleep(0.1)
    raise RuntimeError(f"topic {topic} has no partitions")
