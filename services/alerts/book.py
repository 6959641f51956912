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
from enum import Enum
from typing import NamedTuple

from schemas.portal import Suppression, SuppressionScope
from services.alerts.core import MatchFacts, suppressed, suppression_listing_key, suppression_seller_key
from services.alerts.relists import RelistIndex


class Verdict(str, Enum):
    new = "new"
    repeat = "repeat"  # the alert exists (on alert-events, or earlier in this batch)
    suppressed = "suppressed"  # the brand said "not infringing" for this listing, or this seller and mark


class Decision(NamedTuple):
    verdict: Verdict
    alert_id: str
    seller_prior_alerts: int = 0  # for a new alert: the brand's earlier alerts on the same seller


_STATUS = b'"status":"'


def _seller_key(brand_id: str, seller: str) -> str:
    return f"{brand_id}\x1f{seller}"


class Pending:
    """New alerts not committed yet (the alerts service: those of every batch in flight, each partition's batches
    handled while the others' transactions commit): their ids, and how many each seller key has (counted as they
    come: a sum over the batch for every match made a batch of 500 new alerts quadratic)."""

    def __init__(self) -> None:
        self.alerts: set[str] = set()
        self.per_seller: Counter[str] = Counter()

    def add(self, alert_id: str, match: MatchFacts) -> None:
        self.alerts.add(alert_id)
        self.per_seller[_seller_key(match.brand_id, match.seller)] += 1

    def discard(self, alerts: list[tuple[str, MatchFacts]]) -> None:
        """Forget alerts added before (committed, so now in the book, or aborted)."""
        for alert_id, match in alerts:
            if alert_id in self.alerts:
                self.alerts.discard(alert_id)
                key = _seller_key(match.brand_id, match.seller)
                self.per_seller[key] -= 1
                if self.per_seller[key] <= 0:
                    del self.per_seller[key]


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

    def apply_alert_event(self, value: bytes | None, key: bytes | None = None) -> None:
        """One `alert-events` record (an Alert snapshot as JSON; None is a tombstone and changes nothing), with its
        record key (the alert id) when known.

        Read with json, not the Alert model: a rebuild reads every alert ever raised. A snapshot of an alert the
        book holds changes nothing unless it is resolved (relists.py), so one whose top-level status is written
        and not "resolved" is not decoded: the service reads every alert it raised back from alert-events, and
        decoding them again cost a tenth of its time (issue 16). Both writers (the alerts service, the portal)
        write the status before the history and the match, so the first `"status":"` is the top-level one.
        Raises ValueError (or KeyError/TypeError) on a record that is not an alert.
        """
        if value is None:
            return
        if key is not None and key.decode(errors="replace") in self._alerts:
            at = value.find(_STATUS)
            if at >= 0 and not value.startswith(b'resolved"', at + len(_STATUS)):
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

    def decide(self, match: MatchFacts, alert_id: str, *, pending: Pending | None = None) -> Decision:
        """Whether `match` raises a new alert. `pending` are the new alerts earlier in the same batch, not yet
        committed: a repeat within the batch is a repeat, and they count for the seller."""
        if self._suppressed:  # no key to make while no suppression is active
            listing_hit = suppression_listing_key("", match.brand_id, match.listing_key) in self._suppressed
            mark_hits = [suppression_seller_key("", match.brand_id, match.marketplace, match.seller_id, m)
                         in self._suppressed for m in match.marks]
            if suppressed(listing_hit, mark_hits):
                return Decision(Verdict.suppressed, alert_id)
        if alert_id in self._alerts or (pending is not None and alert_id in pending.alerts):
            return Decision(Verdict.repeat, alert_id)
        key = _seller_key(match.brand_id, match.seller)
        # .get: a Counter's [] of a seller it does not hold goes through its Python __missing__
        prior = self._per_seller.get(key, 0) + (pending.per_seller.get(key, 0) if pending is not None else 0)
        return Decision(Verdict.new, alert_id, prior)

    def remember(self, alerts: list[tuple[str, MatchFacts]]) -> None:
        """Alerts just committed by this worker: (alert id, its match)."""
        for ident, match in alerts:
            self.add_alert(ident, match.brand_id, match.seller)
