"""A full index plus a small one for the brands changed since it was built, so a fingerprint
change applies in milliseconds even when the full index takes half a minute to build.

A brand's score depends only on its own fingerprints and the listing, never on other brands,
so the layered answer is exactly the full index's: the changed brands' matches come from the
small index only, every other brand's from the full one.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from brandsentry.registry import Registry
from schemas import Listing, Match
from services.matcher.core.config import MatcherConfig
from services.matcher.core.index import MatcherIndex, _batch
from services.matcher.core.normalise import ListingText


def brands_subset(registry: Registry, brand_ids: set[str]) -> Registry:
    """The registry reduced to these brands and their fingerprints (all working groups kept)."""
    return Registry(
        working_groups=dict(registry.working_groups),
        brands={b: brand for b, brand in registry.brands.items() if b in brand_ids},
        fingerprints={i: fp for i, fp in registry.fingerprints.items() if fp.brand_id in brand_ids},
    )


class LayeredIndex:
    def __init__(self, base: MatcherIndex, registry: Registry, changed: set[str], *, version: int,
                 config: MatcherConfig | None = None) -> None:
        self.base = base
        self.changed = frozenset(changed)
        self.overlay = MatcherIndex.build(brands_subset(registry, self.changed), version=version, config=config)
        self.version = version

    def match(self, listing: Listing, *, ingested_at: datetime | None = None) -> list[Match]:
        text = ListingText(listing.title, listing.description, self.base.wide_words)  # the views are computed once for both
        return self._merge(self.base.match(listing, ingested_at=ingested_at, text=text),
                           self.overlay.match(listing, ingested_at=ingested_at, text=text))

    def match_batch(self, listings: Sequence[Listing], *, ingested_at: Sequence[datetime | None] | None = None,
                    return_exceptions: bool = False) -> list[list[Match] | Exception]:
        """As MatcherIndex.match_batch: result i is `match(listings[i], ingested_at=ingested_at[i])`."""
        return _batch(self.match, listings, ingested_at, return_exceptions)

    def evaluate(self, listing: Listing, *, ingested_at: datetime | None = None) -> list[Match]:
        text = ListingText(listing.title, listing.description, self.base.wide_words)
        return self._merge(self.base.evaluate(listing, ingested_at=ingested_at, text=text),
                           self.overlay.evaluate(listing, ingested_at=ingested_at, text=text))

    def _merge(self, base: list[Match], overlay: list[Match]) -> list[Match]:
        matches = [m for m in base if m.brand_id not in self.changed] + overlay
        for m in matches:
            m.index_version = self.version
        return sorted(matches, key=lambda m: (-m.score, m.brand_id))
