from __future__ import annotations

from typing import Literal

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict

from brandsentry.settings import KafkaSettings, Topics


class AlertsSettings(BaseSettings):
    """ALERTS_* environment variables, plus the shared KAFKA_* and BRANDSENTRY_TOPIC_PREFIX.

    The alerts service uses no Redis: what it must know (alerts that exist, suppressions) it
    rebuilds from Kafka (book.py).
    """

    model_config = SettingsConfigDict(env_prefix="ALERTS_", extra="ignore")

    group_id: str = "brandsentry-alerts"
    ops_host: str = "127.0.0.1"
    ops_port: int = Field(default=8083, description="/metrics, /healthz, /readyz")
    batch_max: int = Field(default=2000, ge=1, description="matches per transaction at most (a larger batch spreads each "
                           "transaction's requests over more matches: 500 → 2000 cut the CPU a match by a fifth, issue 16)")
    fetch_partition_bytes: int = Field(default=8 * 1024 * 1024, ge=1024 * 1024, description="the most of one "
                                       "partition a fetch brings (the consumer's max_partition_fetch_bytes): 4 MiB held "
                                       "a batch to about 1,660 demo matches of 2.5 KB, under batch_max (issue 16)")
    compression: Literal["zstd", "lz4", "gzip", "none"] = Field(
        default="zstd", description="of the alerts' produce batches: an alert goes to three topics and is read back "
        "by every worker's alert book; zstd (cramjam) cut the service's CPU a match and the broker's (issue 16)")
    session_timeout_ms: int = Field(default=6000, ge=1000, description="a dead worker's partitions move after this")
    heartbeat_interval_ms: int = Field(default=1000, ge=100, description="a rebalance reaches the survivors within this")
    log_level: str = "INFO"
    kafka: KafkaSettings = Field(default_factory=KafkaSettings)
    topics: Topics = Field(default_factory=Topics)

    @property
    def suppressions_topic(self) -> str:
        """The brands' "not infringing" decisions (written by the portal)."""
        return f"{self.topics.topic_prefix}suppressions"
