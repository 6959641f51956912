"""Settings shared by every service: where Kafka and Redis are, and what the topics are called.

Each service has one settings class that nests these, read from the environment
(12-factor). Shared variables have no service prefix:

    KAFKA_BOOTSTRAP_SERVERS   default 127.0.0.1:19092 (the broker of deploy/local)
    KAFKA_SECURITY_PROTOCOL   PLAINTEXT (default) | SSL | SASL_PLAINTEXT | SASL_SSL
    KAFKA_SASL_MECHANISM      default SCRAM-SHA-512
    KAFKA_SASL_USERNAME       this process's principal (User:<name>), required with SASL_*
    KAFKA_SASL_PASSWORD       its SCRAM password (never logged: a SecretStr)
    KAFKA_SSL_CAFILE          PEM file of the CA that signed the brokers' certificates (SSL, SASL_SSL)
    KAFKA_REPLICATION_FACTOR  default 1; 3 on the three-broker cluster
    KAFKA_MIN_INSYNC_REPLICAS default 1; 2 on the three-broker cluster (set on every topic ensure_topics creates)
    REDIS_URL                 default redis://127.0.0.1:16379/0 (redis://user:password@host:port/db with an ACL user)
    BRANDSENTRY_TOPIC_PREFIX  default "" (tests use a random prefix to isolate themselves)
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Literal

from pydantic import Field, SecretStr, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict


class KafkaSettings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="KAFKA_", extra="ignore")

    bootstrap_servers: str = "127.0.0.1:19092"
    client_id: str = "brandsentry"
    default_partitions: int = Field(default=3, ge=1)
    replication_factor: int = Field(default=1, ge=1)
    min_insync_replicas: int = Field(default=1, ge=1, description="acks=all waits for this many replicas")
    security_protocol: Literal["PLAINTEXT", "SSL", "SASL_PLAINTEXT", "SASL_SSL"] = "PLAINTEXT"
    sasl_mechanism: Literal["SCRAM-SHA-512", "SCRAM-SHA-256", "PLAIN"] = "SCRAM-SHA-512"
    sasl_username: str | None = None
    sasl_password: SecretStr | None = None
    ssl_cafile: str | None = Field(default=None, description="PEM CA bundle that signed the brokers' certificates")

    @model_validator(mode="after")
    def _consistent(self) -> "KafkaSettings":
        if self.security_protocol.startswith("SASL") and not (self.sasl_username and self.sasl_password):
            raise ValueError(f"KAFKA_SECURITY_PROTOCOL={self.security_protocol} needs KAFKA_SASL_USERNAME and KAFKA_SASL_PASSWORD")
        if self.min_insync_replicas > self.replication_factor:
            raise ValueError(f"KAFKA_MIN_INSYNC_REPLICAS={self.min_insync_replicas} exceeds "
                             f"KAFKA_REPLICATION_FACTOR={self.replication_factor}: no write could ever succeed")
        return self


def load_admin_env(local_dir: str | Path | None = None) -> Path | None:
    """Put the local stack's admin settings (KAFKA_* and REDIS_URL, written by deploy/local/stack.sh into
    <local dir>/secrets/admin.env) into this process's environment; variables already set win.

    The local dir is BRANDSENTRY_LOCAL or .local/ at the repository root. For operator tools, the demo and the
    tests only: a service never runs as the admin. Returns the file read, or None when there is none."""
    local = Path(local_dir or os.environ.get("BRANDSENTRY_LOCAL") or Path(__file__).resolve().parent.parent / ".local")
    path = local / "secrets" / "admin.env"
    if not path.is_file():
        return None
    for line in path.read_text().splitlines():
        name, sep, value = line.partition("=")
        if sep and name.strip() and not line.lstrip().startswith("#"):
            os.environ.setdefault(name.strip(), value.strip())
    return path


class RedisSettings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="REDIS_", extra="ignore")

    url: str = "redis://127.0.0.1:16379/0"


class Topics(BaseSettings):
    """Topic names. Every name carries the prefix, so a test run can own all of its topics."""

    model_config = SettingsConfigDict(env_prefix="BRANDSENTRY_", extra="ignore")

    topic_prefix: str = ""
    listings_retention_ms: int = Field(
        default=7 * 24 * 3600 * 1000, ge=-1,
        description="BRANDSENTRY_LISTINGS_RETENTION_MS: how long listings stay on Kafka for rescans (retention.ms of "
                    "the listings topic when it is created; -1 keeps them forever). An existing topic keeps its own: "
                    "kafka-configs.sh --alter --entity-type topics --entity-name <prefix>listings --add-config retention.ms=N")

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
            self.listings: {"retention.ms": str(self.listings_retention_ms)},
            self.listings_dlq: {},
            self.fingerprints: compacted,
            self.matches: {},
            self.matches_dlq: {},
            self.alert_events: compacted,
        }
