from __future__ import annotations

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict

from brandsentry.settings import KafkaSettings, RedisSettings, Topics

DEFAULT_TARGETS = (
    "ingest=http://127.0.0.1:8081/metrics,"
    "matcher=http://127.0.0.1:8082/metrics,"
    "alerts=http://127.0.0.1:8083/metrics,"
    "portal=http://127.0.0.1:8084/metrics"
)


def parse_targets(spec: str) -> dict[str, str]:
    """`name=url,name=url` → {name: url}. A name may repeat with a suffix (matcher-1=...) for more workers."""
    out: dict[str, str] = {}
    for item in spec.split(","):
        item = item.strip()
        if not item:
            continue
        name, sep, url = item.partition("=")
        if not sep or not name.strip() or not url.strip().startswith(("http://", "https://")):
            raise ValueError(f"a target is name=http://host:port/metrics, not {item!r}")
        out[name.strip()] = url.strip()
    return out


class OpsSettings(BaseSettings):
    """OPS_* environment variables, plus the shared KAFKA_* and BRANDSENTRY_TOPIC_PREFIX."""

    model_config = SettingsConfigDict(env_prefix="OPS_", extra="ignore")

    host: str = "127.0.0.1"
    port: int = Field(default=8085, description="the dashboard, /api/summary, /metrics, /healthz, /readyz")
    targets: str = Field(default=DEFAULT_TARGETS, description="the services' /metrics endpoints: name=url,name=url")
    scrape_interval_s: float = Field(default=2.0, gt=0)
    lag_interval_s: float = Field(default=2.0, gt=0)
    rate_window_s: float = Field(default=30.0, gt=0, description="rates and latency quantiles cover this many seconds")
    history_s: float = Field(default=600.0, gt=0, description="how much history the dashboard's charts show")
    group_prefix: str | None = Field(
        default=None, description="consumer groups to watch; default: this deployment's, `<topic prefix>brandsentry-`"
    )
    log_level: str = "INFO"
    auth_max_failures: int = Field(default=20, ge=1, description="failed API key attempts per client and window")
    auth_window_s: int = Field(default=60, ge=1)
    kafka: KafkaSettings = Field(default_factory=KafkaSettings)
    redis: RedisSettings = Field(default_factory=RedisSettings, description="where the portal's API-key lookup is")
    topics: Topics = Field(default_factory=Topics)

    def target_urls(self) -> dict[str, str]:
        return parse_targets(self.targets)

    @property
    def watched_group_prefix(self) -> str:
        return f"{self.topics.topic_prefix}brandsentry-" if self.group_prefix is None else self.group_prefix
