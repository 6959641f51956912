from __future__ import annotations

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict

from brandsentry.settings import KafkaSettings, RedisSettings, Topics


class ImageSettings(BaseSettings):
    """MATCHER_IMAGE_* : fetching listing photos (photo_fetch.py)."""

    model_config = SettingsConfigDict(env_prefix="MATCHER_IMAGE_", extra="ignore")

    fetch: bool = Field(default=True, description="fetch listing image URLs and hash them")
    allow_hosts: list[str] = Field(default_factory=list, description="hosts/addresses/CIDRs allowed although not "
                                   "public (JSON list), e.g. [\"127.0.0.1\"] for tests; brandsentry/urlguard.py")
    max_per_listing: int = Field(default=4, ge=0, le=50, description="image URLs fetched per listing at most")
    max_bytes: int = Field(default=8_000_000, ge=1000, description="bytes read per image at most")
    max_pixels: int = Field(default=40_000_000, ge=10_000, description="decoded pixels per image at most")
    timeout_s: float = Field(default=5.0, gt=0, description="for the whole fetch of one image, redirects included")
    max_redirects: int = Field(default=3, ge=0, le=10)
    concurrency: int = Field(default=8, ge=1, description="images fetched at once per worker")
    batch_budget_s: float = Field(default=15.0, gt=0, description="a batch waits this long for its images at most; "
                                  "the rest are matched without them and their fetch goes on into the cache")
    cache_ttl_s: int = Field(default=7 * 86400, ge=1, description="how long a URL's and a content's hashes are kept")
    failure_ttl_s: int = Field(default=300, ge=1, description="how long a failed URL is not asked again")


class MatcherSettings(BaseSettings):
    """MATCHER_* environment variables, plus the shared KAFKA_*, REDIS_* and BRANDSENTRY_TOPIC_PREFIX."""

    model_config = SettingsConfigDict(env_prefix="MATCHER_", extra="ignore")

    app_id: str = "brandsentry-matcher"
    ops_host: str = "127.0.0.1"
    ops_port: int = Field(default=8082, description="/metrics, /healthz, /readyz")
    rebuild_debounce_s: float = Field(default=0.2, ge=0, description="fingerprint changes within this window share one index rebuild")
    overlay_max_brands: int = Field(default=200, ge=0, description="changes to more brands than this rebuild the full index at once")
    consolidate_after_s: float = Field(default=30.0, ge=0, description="changed brands are folded into the full index after this")
    overlay_min_build_s: float = Field(default=10.0, ge=0, description=(
        "a fingerprint change is applied by building the full index again at once (the old one serving meanwhile) "
        "while the last full build took less than this many seconds; only a registry whose full build takes longer "
        "serves the changed brands from an index of their own on top (core/layers.py) until consolidation, which "
        "misses the rules that leave a listing to another brand (tenant57; measured: 1.5 CPU-s a full build at the "
        "54 demo brands, 5.2 at 1,000 synthetic ones); 0: always layer"))
    batch_max: int = Field(default=500, ge=1, description="listings per batch (one transaction) at most")
    workers: int = Field(default=1, ge=1, description="matcher processes of this box's `python -m services.matcher` "
                         "(consumer-group members; worker i serves ops on ops_port + i): up to the box's cores")
    session_timeout_ms: int = Field(default=6000, ge=1000, description="a dead worker's partitions move after this")
    heartbeat_interval_ms: int = Field(default=1000, ge=100, description="a rebalance reaches the survivors within this")
    match_max_bytes: int = Field(default=512_000, ge=10_000, description="a larger Match is bounded (bounds.py)")
    match_max_signals: int = Field(default=200, ge=1, description="signals kept when a Match is bounded")
    match_max_description_chars: int = Field(default=4000, ge=0, description="description copy kept when bounded")
    log_level: str = "INFO"
    tables_dir: str | None = Field(default=None, description="the persistent cache of the core's brand-independent "
                                   "tables (core/table_cache.py; also MATCHER_TABLES_DIR, \"off\" for none): default "
                                   "the checkout's .local/cache/matcher-tables, else the user's cache directory")
    kafka: KafkaSettings = Field(default_factory=KafkaSettings)
    redis: RedisSettings = Field(default_factory=RedisSettings)
    topics: Topics = Field(default_factory=Topics)
    image: ImageSettings = Field(default_factory=ImageSettings)
