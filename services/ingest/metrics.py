from prometheus_client import Counter

ACCEPTED = Counter("brandsentry_ingest_accepted_total", "Listings accepted and published", ["source"])
DUPLICATES = Counter("brandsentry_ingest_duplicates_total", "Listings dropped as repeats within the dedupe window", ["source"])
REJECTED = Counter("brandsentry_ingest_rejected_total", "Records refused, by reason", ["source", "reason"])
