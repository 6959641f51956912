from __future__ import annotations

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict

from brandsentry.settings import KafkaSettings, RedisSettings, Topics


class IngestSettings(BaseSettings):
    """INGEST_* environment variables, plus the shared KAFKA_*, REDIS_* and BRANDSENTRY_TOPIC_PREFIX."""

    model_config = SettingsConfigDict(env_prefix="INGEST_", extra="ignore")

    host: str = "127.0.0.1"
    port: int = 8081
    dedupe_window_s: int = Field(default=24 * 3600, ge=0, description="an identical listing within this window is dropped")
    ack_timeout_s: float = Field(default=30.0, gt=0, description=(
        "how long a request waits for Kafka's acks: after it, 503 with Retry-After for the listings not acknowledged "
        "yet (they stay in flight; the ones acknowledged later are marked seen then)"))
    max_batch_lines: int = Field(default=10_000, ge=1)
    max_body_bytes: int = Field(default=8 * 1024 * 1024, ge=1024,
                                description="a larger POST /v1/listings body answers 413 without being read")
    max_batch_bytes: int = Field(default=32 * 1024 * 1024, ge=1024,
                                 description="a larger POST /v1/listings/batch body answers 413 without being read")
    workers: int = Field(default=1, ge=1, description="uvicorn worker processes on the one port (up to the box's "
                         "cores): each has its own producer and key follower; the failed-key counts are in Redis, "
                         "shared by all")
    auth_max_failures: int = Field(default=20, ge=1, description="failed API key attempts per client and window")
    auth_window_s: int = Field(default=60, ge=1)
    log_level: str = "INFO"
    forwarded_allow_ips: str = Field(default="", description=(
        "comma-separated addresses or CIDR blocks of reverse proxies whose X-Forwarded-For is believed; empty "
        "(default): none, a client's address is the connection's peer (the failed-key limit counts by it)"))
    kafka: KafkaSettings = Field(default_factory=KafkaSettings)
    redis: RedisSettings = Field(default_factory=RedisSettings)
    topics: Topics = Field(default_factory=Topics)
