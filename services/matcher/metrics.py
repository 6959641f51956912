from prometheus_client import Counter, Gauge, Histogram

LATENCY_BUCKETS = (0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5)

LISTINGS = Counter("brandsentry_matcher_listings_total", "Listings processed by the matcher", ["outcome"])
MATCHES = Counter("brandsentry_matcher_matches_total", "Matches produced, by working group", ["iwg"])
STAGE_SECONDS = Histogram(
    "brandsentry_matcher_stage_seconds", "Time per matcher stage", ["stage"], buckets=LATENCY_BUCKETS
)
INDEX_VERSION = Gauge("brandsentry_matcher_index_version", "Fingerprint records applied to the live index")
INDEX_BRANDS = Gauge("brandsentry_matcher_index_brands", "Brands in the live index")
INDEX_FINGERPRINTS = Gauge("brandsentry_matcher_index_fingerprints", "Fingerprints in the live index")
INDEX_BUILD_SECONDS = Histogram("brandsentry_matcher_index_build_seconds", "Time to build the index",
                                buckets=(0.01, 0.05, 0.1, 0.5, 1, 2, 5, 10, 30, 60))
IMAGE_FETCHES = Counter("brandsentry_matcher_image_fetches_total", "Listing images by outcome: fetched, cached, "
                        "fetched_known_bytes, refused, failed, too_large, not_image, timeout, error, deferred (over the batch budget)", ["outcome"])
IMAGE_CACHE_ERRORS = Counter("brandsentry_matcher_image_cache_errors_total", "Redis errors of the image cache")
