"""The triage state machine and what a dismissal teaches: pure functions, no I/O.

    open ──► confirmed ──► takedown_requested ──► resolved
      │  ╲       │  ╲
      │   ╲      │   ► test_buy ──► confirmed / dismissed / resolved
      │    ► test_buy
      └──► dismissed (with a reason) ──► open (reopen)
"""

from __future__ import annotations

from datetime import datetime

from schemas import Alert, AlertStatus, StatusChange
from schemas.portal import DismissReason, Suppression, SuppressionScope, TestBuyVerdict, suppression_id
from services.alerts.core import match_marks
from services.portal.exceptions import Conflict, Invalid

S = AlertStatus

TRANSITIONS: dict[AlertStatus, frozenset[AlertStatus]] = {
    S.open: frozenset({S.confirmed, S.test_buy, S.dismissed}),
    S.confirmed: frozenset({S.takedown_requested, S.test_buy, S.dismissed}),
    S.test_buy: frozenset({S.confirmed, S.dismissed, S.resolved}),
    S.takedown_requested: frozenset({S.resolved}),
    S.dismissed: frozenset({S.open}),
    S.resolved: frozenset(),
}



#: status changes an alert takes: its every snapshot carries its whole history, so a loop of dismissals and reopenings
#: (2,000-character notes) grew it 2 KB a move past Kafka's record limit after 497 moves (then 500 on every move) and
#: wrote ~260 MB of snapshots onto alert-events (tenant57); a real alert moves a handful of times
MAX_STATUS_CHANGES = 50


#: test buys recorded on one alert: each (up to 100 files and a 2,000-character note) is kept in the shared Redis and in
#: every evidence pack; 100 not_delivered ones on one alert took 4.9 MB of Redis, unbounded (tenant57)
MAX_TEST_BUYS = 20


def require_room_for_test_buy(recorded: int) -> None:
    """Conflict (409) when the alert has MAX_TEST_BUYS test buys recorded already."""
    if recorded >= MAX_TEST_BUYS:
        raise Conflict(f"this alert has {recorded} test buys recorded, the most an alert may ({MAX_TEST_BUYS})")


def allowed(current: AlertStatus) -> list[AlertStatus]:
    return sorted(TRANSITIONS[current], key=list(S).index)


def transition(alert: Alert, to: AlertStatus, *, by: str, now: datetime, reason: str | None = None,
               note: str | None = None) -> Alert:
    """The alert's next snapshot; Conflict when the move is not allowed from the current status."""
    if len(alert.history) >= MAX_STATUS_CHANGES:
        raise Conflict(f"this alert has changed status {len(alert.history)} times, the most an alert may "
                       f"({MAX_STATUS_CHANGES}); it stays {alert.status.value}")
    if to not in TRANSITIONS[alert.status]:
        allowed_now = ", ".join(allowed(alert.status)) or "none (final)"
        raise Conflict(f"an alert in status {alert.status.value} cannot become {to.value}; allowed: {allowed_now}")
    if to == S.dismissed:
        if not reason:
            raise Invalid("a dismissal needs a reason: " + ", ".join(r.value for r in DismissReason))
        if reason not in {r.value for r in DismissReason}:
            raise Invalid(f"unknown dismissal reason {reason!r}; one of: " + ", ".join(r.value for r in DismissReason))
    change = StatusChange(status=to, at=now, by=by, reason=reason, note=note)
    return alert.model_copy(update={"status": to, "history": [*alert.history, change], "updated_at": now})


#: where a test buy's verdict takes the alert, and the statuses that already say the same (no move then)
VERDICT_MOVES: dict[TestBuyVerdict, tuple[AlertStatus, frozenset[AlertStatus]]] = {
    TestBuyVerdict.counterfeit: (S.confirmed, frozenset({S.confirmed, S.takedown_requested, S.resolved})),
    TestBuyVerdict.genuine: (S.dismissed, frozenset({S.dismissed})),
}


def after_test_buy(alert: Alert, verdict: TestBuyVerdict, test_buy_id: str, *, by: str, now: datetime) -> Alert | None:
    """The alert's next snapshot after a test buy, or None when the verdict does not move it.

    counterfeit → confirmed; genuine → dismissed with reason not_infringing; not_delivered → no move; a status
    that already says the same → no move. Any other move follows TRANSITIONS (Conflict, e.g. a genuine verdict
    on an alert whose takedown was requested; a counterfeit one on a dismissed alert: reopen it first).
    """
    if verdict not in VERDICT_MOVES:
        return None
    to, already = VERDICT_MOVES[verdict]
    if alert.status in already:
        return None
    reason = DismissReason.not_infringing.value if to == S.dismissed else None
    return transition(alert, to, by=by, now=now, reason=reason, note=f"test buy {test_buy_id}: {verdict.value}")


def marks_of(alert: Alert) -> list[str]:
    """The registered marks that matched (the `term` of mark rules), as the alerts service checks them."""
    return match_marks(alert.match)


def suppressions_for(alert: Alert, scope: SuppressionScope, *, by: str, now: datetime, note: str | None = None,
                     marks: list[str] | None = None) -> list[Suppression]:
    """What a "not infringing" dismissal teaches: this listing, or this seller with each of its marks."""
    if scope == SuppressionScope.listing:
        return [Suppression(id=suppression_id(alert.brand_id, scope.value, alert.listing_key), brand_id=alert.brand_id,
                            scope=scope, listing_key=alert.listing_key, alert_id=alert.alert_id, created_by=by,
                            created_at=now, note=note)]
    matched = marks_of(alert)
    chosen = matched if not marks else [m for m in matched if m.casefold() in {x.casefold() for x in marks}]
    if not chosen:
        raise Invalid("a seller_mark suppression needs a mark that matched in this alert; matched: "
                      + (", ".join(matched) or "none"))
    listing = alert.match.listing
    return [
        Suppression(id=suppression_id(alert.brand_id, scope.value, f"{listing.marketplace}/{listing.seller.id}\x1f{m}"),
                    brand_id=alert.brand_id, scope=scope, marketplace=listing.marketplace, seller_id=listing.seller.id,
                    mark=m, alert_id=alert.alert_id, created_by=by, created_at=now, note=note)
        for m in chosen
    ]
