"""Walking-skeleton matcher: registered marks, exact, case-insensitive, on word boundaries.

The detection-engine issue replaces the inside of MatcherIndex; its interface stays.
"""

from __future__ import annotations

import re
from datetime import datetime

from brandsentry.registry import Registry
from schemas import Listing, MarkFingerprint, Match, Rule, Signal

MATCHER_VERSION = "0.1.0-skeleton"


class MatcherIndex:
    """Everything a worker needs to match a listing against all registered fingerprints."""

    def __init__(self, registry: Registry, version: int) -> None:
        self.registry = registry
        self.version = version
        self._marks: list[tuple[re.Pattern[str], MarkFingerprint]] = [
            (re.compile(rf"(?<!\w){re.escape(fp.value)}(?!\w)", re.IGNORECASE), fp)
            for fp in registry.fingerprints.values()
            if isinstance(fp, MarkFingerprint) and fp.active and fp.brand_id in registry.brands
        ]

    @classmethod
    def build(cls, registry: Registry, *, version: int = 0) -> "MatcherIndex":
        return cls(registry, version)

    def match(self, listing: Listing, *, ingested_at: datetime | None = None) -> list[Match]:
        """Matches at or above each brand's alert threshold, one per brand."""
        by_brand: dict[str, list[Signal]] = {}
        for pattern, fp in self._marks:
            if m := pattern.search(listing.title):
                by_brand.setdefault(fp.brand_id, []).append(
                    Signal(rule=Rule.exact, fingerprint_id=fp.id, field="title", start=m.start(), end=m.end(),
                           text=m.group(0), term=fp.value, weight=1.0)
                )
        matches = []
        for brand_id, signals in by_brand.items():
            brand = self.registry.brands[brand_id]
            matches.append(
                Match(listing_key=listing.key, listing=listing, brand_id=brand_id, brand_name=brand.name,
                      iwg=brand.iwg, score=1.0, threshold=brand.alert_threshold, signals=signals,
                      matcher_version=MATCHER_VERSION, index_version=self.version, ingested_at=ingested_at)
            )
        return [m for m in matches if m.score >= m.threshold]
