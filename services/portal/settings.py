"""PORTAL_* settings, plus the shared KAFKA_*, REDIS_* and BRANDSENTRY_TOPIC_PREFIX."""

from __future__ import annotations

from pydantic import Field, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict

from brandsentry.settings import KafkaSettings, RedisSettings, Topics


class PortalTopics:
    """The portal's own topics, next to the shared ones (same prefix)."""

    def __init__(self, topics: Topics) -> None:
        self.shared = topics
        self.prefix = topics.topic_prefix

    @property
    def api_keys(self) -> str:
        return f"{self.prefix}api-keys"

    @property
    def suppressions(self) -> str:
        return f"{self.prefix}suppressions"

    @property
    def webhooks(self) -> str:
        return f"{self.prefix}webhooks"

    @property
    def webhooks_dlq(self) -> str:
        return f"{self.prefix}webhooks.dlq"

    @property
    def registry_changes(self) -> str:
        return f"{self.prefix}registry-changes"

    @property
    def test_buys(self) -> str:
        return f"{self.prefix}test-buys"

    @property
    def precision_settings(self) -> str:
        return f"{self.prefix}precision-settings"

    @property
    def rescans(self) -> str:
        """Each rescan's status when asked for (running) and when it ended, keyed by its id: what a Redis emptied
        while no portal runs gives back (faults57); its progress is in Redis only."""
        return f"{self.prefix}rescans"

    def all(self) -> dict[str, dict[str, str]]:
        """Every topic the portal reads or writes, with its topic configs."""
        compacted = {"cleanup.policy": "compact"}
        forever = {"cleanup.policy": "delete", "retention.ms": "-1"}
        return {
            **self.shared.core(),
            self.api_keys: compacted,
            self.suppressions: compacted,
            self.webhooks: compacted,
            self.test_buys: compacted,
            self.precision_settings: compacted,
            self.rescans: compacted,
            self.webhooks_dlq: forever,
            self.registry_changes: forever,
        }


class PortalSettings(BaseSettings):
    """PORTAL_* environment variables.

    PORTAL_WEBHOOK_ALLOW_HOSTS is a comma-separated list of host names or CIDR blocks that webhooks
    may point at even though they resolve to private, loopback or link-local addresses
    (e.g. `127.0.0.1,localhost` in tests, `10.20.0.0/16` for an in-house receiver).
    """

    model_config = SettingsConfigDict(env_prefix="PORTAL_", extra="ignore")

    host: str = "127.0.0.1"
    port: int = 8084
    log_level: str = "INFO"
    forwarded_allow_ips: str = Field(default="", description=(
        "comma-separated addresses or CIDR blocks of reverse proxies whose X-Forwarded-For is believed; empty "
        "(default): none, a client's address is the connection's peer (the failed-key limit counts by it)"))
    group_id: str = Field(default="brandsentry-portal-webhooks", description="consumer group of webhook delivery")
    webhook_allow_hosts: str = ""
    webhook_max_attempts: int = Field(default=6, ge=1, description="attempts before a delivery is parked")
    webhook_backoff_base_s: float = Field(default=1.0, ge=0)
    webhook_backoff_max_s: float = Field(default=60.0, ge=0)
    webhook_timeout_s: float = Field(default=5.0, gt=0)
    webhook_failing_backlog: int = Field(default=500, ge=1, description=(
        "deliveries a subscription whose receiver is failing or slow may have waiting; beyond, each is parked at once "
        "(reason receiver_backlog) so one hung receiver cannot pause every tenant's deliveries"))
    webhook_max_per_tenant: int = Field(default=20, ge=1, description=(
        "active webhook subscriptions of one brand or working group, whoever creates them (they belong to the tenant "
        "and outlive the key that made them); one more answers 429 naming the limit: each has its own delivery lane"))
    stream_max_per_key: int = Field(default=5, ge=1, description=(
        "live streams (GET /v1/stream/alerts) one API key may hold open at once; one more answers 429 naming the "
        "limit: every open stream gets every alert's snapshot queued (up to 1,000) before it is filtered"))
    webhook_delivered_ttl_s: int = Field(default=30 * 24 * 3600, ge=1, description="how long a delivery id is remembered")
    auth_max_failures: int = Field(default=20, ge=1, description="failed API key attempts per client and window")
    auth_max_failures_per_key: int = Field(default=20, ge=1, description=(
        "failed attempts naming one key id (`bsk_<key id>_...`) from any clients in the window; beyond, that key id "
        "answers 429 (its right secret too) until the window ends, whether a key of that id exists or not"))
    console_max_sessions_per_key: int = Field(default=20, ge=1, description=(
        "console sessions one API key holds at once (each kept in Redis for 12 hours); signing in past it ends the "
        "key's oldest session"))
    auth_window_s: int = Field(default=60, ge=1, description="after this many seconds a client's failures are forgotten")
    max_image_bytes: int = Field(default=10 * 1024 * 1024, ge=1)
    max_body_bytes: int = Field(default=11 * 1024 * 1024, ge=1024,
                                description="larger request bodies answer 413 unread (an image upload is the largest)")
    image_dir: str = Field(default=".local/portal-images", description="where uploaded images are kept when asked")
    max_fingerprints_per_brand: int = Field(default=2000, ge=1, description=(
        "active fingerprints a brand's own key may give its brand (create, reactivate, import; operators are not "
        "limited): every matcher worker builds its index from every brand's"))
    max_fingerprints_kept_per_brand: int = Field(default=10_000, ge=1, description=(
        "fingerprints, active or deactivated, a brand's own key may leave its brand with (operators are not limited): "
        "deactivated ones stay on the fingerprints topic, in every matcher worker and portal"))
    registry_changes_per_day: int = Field(default=20_000, ge=1, description=(
        "fingerprint changes (one a fingerprint created, changed, deactivated or imported) a brand's own key may make "
        "for its brand in a UTC day, counted in Redis by every portal; one more answers 429 with Retry-After to "
        "midnight UTC: each is kept for ever on registry-changes and in every portal's memory, and rebuilds every "
        "matcher worker's index (operators are not limited)"))
    write_timeout_s: float = Field(default=15.0, gt=0, description="how long a write waits for the view to show it")
    rescan_on_change_hours: float = Field(default=168.0, ge=0, description=(
        "after a fingerprint is added or changed (and active), the brand's listings of this many past hours are "
        "rescanned automatically (capped by the listings topic's retention); 0 turns automatic rescans off"))
    rescan_debounce_s: float = Field(default=2.0, ge=0, description="changes of one brand within this many seconds "
                                     "share one automatic rescan")
    rescan_max_running: int = Field(default=2, ge=1, description=(
        "rescans of one brand running at once, on every portal together: one more asked for answers 429 with "
        "Retry-After; an automatic one waits, gathering the brand's later changes"))
    rescan_lease_s: float = Field(default=30.0, gt=0, description="a running rescan whose portal has not reported "
                                  "for this long is taken over and run again by a live portal")
    secrets_key: SecretStr | None = Field(default=None, description="Fernet key(s), comma-separated, that encrypt "
                                          "webhook signing secrets on the webhooks topic (first encrypts)")
    secrets_key_file: str = Field(default=".local/portal-secrets.key",
                                  description="without PORTAL_SECRETS_KEY: a generated key kept here (mode 0600)")
    kafka: KafkaSettings = Field(default_factory=KafkaSettings)
    redis: RedisSettings = Field(default_factory=RedisSettings)
    topics: Topics = Field(default_factory=Topics)

    @property
    def portal_topics(self) -> PortalTopics:
        return PortalTopics(self.topics)

    @property
    def allow_hosts(self) -> list[str]:
        return [h.strip() for h in self.webhook_allow_hosts.split(",") if h.strip()]
