"""Settings shared by every service: where Kafka and Redis are, and what the topics are called.

Each service has one settings class that nests these, read from the environment
(12-factor). Shared variables have no service prefix:

    KAFKA_BOOTSTRAP_SERVERS   default 127.0.0.1:19092 (the broker of deploy/local)
    REDIS_URL                 default redis://127.0.0.1:16379/0
    BRANDSENTRY_TOPIC_PREFIX  default "" (tests use a random prefix to isolate themselves)
"""

from __future__ import annotations

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict


class KafkaSettings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="KAFKA_", extra="ignore")

    bootstrap_servers: str = "127.0.0.1:19092"
    client_id: str = "brandsentry"
    default_partitions: int = Field(default=3, ge=1)
    replication_factor: int = Field(default=1, ge=1)


class RedisSettings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="REDIS_", extra="ignore")

    url: str = "redis://127.0.0.1:16379/0"


class Topics(BaseSettings):
    """Topic names. Every name carries the prefix, so a test run can own all of its topics."""

    model_config = SettingsConfigDict(env_prefix="BRANDSENTRY_", extra="ignore")

    topic_prefix: str = ""

    def _t(self, name: str) -> str:
        return f"{self.topic_prefix}{name}"

    @property
    def listings(self) -> str:
        return self._t("listings")

    @property
    def listings_dlq(self) -> str:
        return self._t("listings.dlq")

    @property
    def fingerprints(self) -> str:
        return self._t("fingerprints")

    @property
    def matches(self) -> str:
        return self._t("matches")

    @property
    def matches_dlq(self) -> str:
        return self._t("matches.dlq")

    @property
    def alert_events(self) -> str:
        return self._t("alert-events")

    @property
    def alerts_iwg_prefix(self) -> str:
        return self._t("alerts.iwg.")

    @property
    def alerts_brand_prefix(self) -> str:
        return self._t("alerts.brand.")

    def alerts_iwg(self, iwg: str) -> str:
        return f"{self.alerts_iwg_prefix}{iwg}"

    def alerts_brand(self, brand_id: str) -> str:
        return f"{self.alerts_brand_prefix}{brand_id}"

    def core(self) -> dict[str, dict[str, str]]:
        """The topics every deployment has, with their topic-level configs."""
        compacted = {"cleanup.policy": "compact"}
        return {
            self.listings: {},
            self.listings_dlq: {},
            self.fingerprints: compacted,
            self.matches: {},
            self.matches_dlq: {},
            self.alert_events: compacted,
        }
