from prometheus_client import Counter, Gauge

WEBHOOK_DELIVERIES = Counter("brandsentry_webhook_deliveries_total", "Webhook deliveries by final result",
                             ["result"])  # delivered, parked, duplicate_skipped
WEBHOOK_RETRIES = Counter("brandsentry_webhook_retries_total", "Webhook delivery attempts that were retried")
WEBHOOK_FAILURES = Counter("brandsentry_webhook_failures_total", "Failed webhook delivery attempts", ["reason"])
WEBHOOK_REPLAYED = Counter("brandsentry_webhook_replayed_total", "Parked deliveries replayed", ["result"])
TRIAGE = Counter("brandsentry_portal_triage_total", "Triage decisions", ["status"])
REGISTRY_CHANGES = Counter("brandsentry_portal_registry_changes_total", "Registry changes made through the portal",
                           ["action"])
SSE_CLIENTS = Gauge("brandsentry_portal_stream_clients", "Open live-stream connections")
PROJECTOR_SKIPPED = Counter("brandsentry_portal_records_skipped_total",
                            "Records on the portal's topics that failed validation and were skipped", ["topic"])
RESCANS_RUNNING = Gauge("brandsentry_rescans_running", "Rescans running in this portal")
RESCAN_LISTINGS = Counter("brandsentry_rescan_listings_total", "Listings read again by rescans")
RESCANS_ENDED = Counter("brandsentry_rescans_total", "Rescans that ended, by state", ["state"])  # done, failed
RESCAN_INDEX_BUILDS = Counter("brandsentry_rescan_index_builds_total",
                              "Indexes of every brand built for rescans, by whether one was built or the last one reused "
                              "(the registry unchanged since)", ["result"])  # built, reused
