"""What the alerts service knows about alerts that exist, rebuilt from Kafka: pure, no I/O.

The book is the answer to "does this alert exist already?", "how many alerts does this seller
have for this brand?" and "did the brand suppress this?". It is filled from two compacted topics,
read from the beginning at `read_committed` (services/alerts/service.py feeds it):

* `alert-events` (key = alert id): every alert that was ever raised, and its triage updates;
* `suppressions` (key = suppression id): the brands' "not infringing" decisions.

Redis plays no part, so a wiped Redis can neither re-raise an alert nor forget a suppression.
Memory: one entry per alert (its id and its seller), about 200 bytes; ten million alerts ≈ 2 GB.
"""

from __future__ import annotations

import orjson
from collections import Counter
from dataclasses import dataclass
from enum import Enum

from schemas import Alert, Match
from schemas.portal import Suppression, SuppressionScope
from services.alerts.core import match_marks, seller_ref, suppressed, suppression_listing_key, suppression_seller_key
from services.alerts.relists import RelistIndex


class Verdict(str, Enum):
    new = "new"
    repeat = "repeat"  # the alert exists (on alert-events, or earlier in this batch)
    suppressed = "suppressed"  # the brand said "not infringing" for this listing, or this seller and mark


@dataclass(frozen=True)
class Decision:
    verdict: Verdict
    alert_id: str
    seller_prior_alerts: int = 0  # for a new alert: the brand's earlier alerts on the same seller


def _seller_key(brand_id: str, seller: str) -> str:
    return f"{brand_id}\x1f{seller}"


class AlertBook:
    """Alert ids that exist, alert counts per (brand, seller), active suppressions."""

    def __init__(self) -> None:
        self._alerts: dict[str, str] = {}  # alert id → seller key
        self._per_seller: Counter[str] = Counter()
        self._suppressions: dict[str, str] = {}  # suppression id → its key (as in services.alerts.core)
        self._suppressed: Counter[str] = Counter()  # key → active suppressions with that key
        self.relists = RelistIndex()  # alerts resolved by a takedown (relists.py)

    def __len__(self) -> int:
        return len(self._alerts)

    def __contains__(self, alert_id: str) -> bool:
        return alert_id in self._alerts

    # ------------------------------------------------------------------ filling

    def add_alert(self, alert_id: str, brand_id: str, seller: str) -> bool:
        """Remember an alert; False when it was known already."""
        if alert_id in self._alerts:
            return False
        key = _seller_key(brand_id, seller)
        self._alerts[alert_id] = key
        self._per_seller[key] += 1
        return True

    def apply_alert_event(self, value: bytes | None) -> None:
        """One `alert-events` record (an Alert snapshot as JSON; None is a tombstone and changes nothing).

        Read with json, not the Alert model: a rebuild reads every alert ever raised.
        Raises ValueError (or KeyError/TypeError) on a record that is not an alert.
        """
        if value is None:
            return
        doc = orjson.loads(value)
        listing = doc["match"]["listing"]
        self.add_alert(doc["alert_id"], doc["brand_id"], f"{listing['marketplace']}/{listing['seller']['id']}")
        self.relists.add(doc)

    def apply_suppression(self, record: Suppression) -> None:
        """One `suppressions` record: active unless lifted; a later record of the same id replaces it."""
        old = self._suppressions.pop(record.id, None)
        if old is not None:
            self._suppressed[old] -= 1
            if self._suppressed[old] <= 0:
                del self._suppressed[old]
        if not record.lifted:
            if record.scope == SuppressionScope.listing:
                key = suppression_listing_key("", record.brand_id, record.listing_key or "")
            else:
                key = suppression_seller_key("", record.brand_id, record.marketplace or "", record.seller_id or "",
                                             record.mark or "")
            self._suppressions[record.id] = key
            self._suppressed[key] += 1

    # ------------------------------------------------------------------ deciding

    def decide(self, match: Match, alert_id: str, *, pending: dict[str, str] | None = None) -> Decision:
        """Whether `match` raises a new alert. `pending` (alert id → seller key) are the new alerts earlier in the
        same batch, not yet committed: a repeat within the batch is a repeat, and they count for the seller."""
        pending = pending or {}
        listing = match.listing
        listing_hit = suppression_listing_key("", match.brand_id, match.listing_key) in self._suppressed
        mark_hits = [suppression_seller_key("", match.brand_id, listing.marketplace, listing.seller.id, m)
                     in self._suppressed for m in match_marks(match)]
        if suppressed(listing_hit, mark_hits):
            return Decision(Verdict.suppressed, alert_id)
        if alert_id in self._alerts or alert_id in pending:
            return Decision(Verdict.repeat, alert_id)
        key = _seller_key(match.brand_id, seller_ref(match))
        prior = self._per_seller[key] + sum(1 for k in pending.values() if k == key)
        return Decision(Verdict.new, alert_id, prior)

    @staticmethod
    def seller_key_of(match: Match) -> str:
        return _seller_key(match.brand_id, seller_ref(match))

    def remember(self, alerts: list[Alert]) -> None:
        """Alerts just committed by this worker."""
        for a in alerts:
            self.add_alert(a.alert_id, a.brand_id, seller_ref(a.match))
