from __future__ import annotations

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict

from brandsentry.settings import KafkaSettings, RedisSettings, Topics


class AlertsSettings(BaseSettings):
    """ALERTS_* environment variables, plus the shared KAFKA_*, REDIS_* and BRANDSENTRY_TOPIC_PREFIX."""

    model_config = SettingsConfigDict(env_prefix="ALERTS_", extra="ignore")

    group_id: str = "brandsentry-alerts"
    ops_host: str = "127.0.0.1"
    ops_port: int = Field(default=8083, description="/metrics, /healthz, /readyz")
    seen_ttl_s: int = Field(default=180 * 24 * 3600, ge=1, description="how long an alert id blocks a repeat")
    log_level: str = "INFO"
    kafka: KafkaSettings = Field(default_factory=KafkaSettings)
    redis: RedisSettings = Field(default_factory=RedisSettings)
    topics: Topics = Field(default_factory=Topics)
