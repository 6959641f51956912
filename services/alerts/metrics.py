from prometheus_client import Counter, Histogram

ALERTS = Counter("brandsentry_alerts_total", "Alerts raised", ["iwg", "severity"])
SUPPRESSED = Counter("brandsentry_alerts_suppressed_total", "Matches dropped because the brand dismissed them as not infringing")
REPEATS = Counter("brandsentry_alerts_repeats_total", "Matches dropped because their alert already exists")
END_TO_END_SECONDS = Histogram(
    "brandsentry_end_to_end_seconds",
    "From ingest accepting a listing to its alert being published",
    buckets=(0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60),
)
