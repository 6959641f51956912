"""Which alert events go to which webhook, with which delivery id, and when to retry: pure functions."""

from __future__ import annotations

import hashlib
import random
from collections.abc import Iterable

from schemas import Alert, Severity
from schemas.portal import WebhookEvent, WebhookEventType, WebhookSubscription

SEVERITY_ORDER = [Severity.low, Severity.medium, Severity.high, Severity.critical]


def event_of(alert: Alert) -> tuple[WebhookEventType, str]:
    """An alert-events snapshot with one history entry is a new alert; any later one is a status change."""
    kind = WebhookEventType.alert_created if len(alert.history) <= 1 else WebhookEventType.alert_status_changed
    return kind, f"{alert.alert_id}:{len(alert.history)}"


def delivery_id(subscription_id: str, event_id: str) -> str:
    """The same event to the same subscription always has the same id: receivers dedupe on it."""
    return hashlib.sha256(f"{subscription_id}\x1f{event_id}".encode()).hexdigest()[:24]


def wants(sub: WebhookSubscription, alert: Alert, kind: WebhookEventType) -> bool:
    if not sub.active or kind not in sub.events:
        return False
    if sub.brand_id is not None and alert.brand_id != sub.brand_id:
        return False
    if sub.iwg is not None and alert.iwg != sub.iwg:
        return False
    if SEVERITY_ORDER.index(alert.severity) < SEVERITY_ORDER.index(sub.min_severity):
        return False
    if kind == WebhookEventType.alert_status_changed and sub.statuses and alert.status not in sub.statuses:
        return False
    return alert.updated_at >= sub.created_at  # a new subscription does not get the past


def events_for(alert: Alert, subscriptions: Iterable[WebhookSubscription]) -> list[WebhookEvent]:
    kind, event_id = event_of(alert)
    change = alert.history[-1] if alert.history and kind == WebhookEventType.alert_status_changed else None
    return [
        WebhookEvent(delivery_id=delivery_id(sub.id, event_id), event_id=event_id, type=kind, subscription_id=sub.id,
                     occurred_at=alert.updated_at, status_change=change, alert=alert)
        for sub in subscriptions
        if wants(sub, alert, kind)
    ]


class Watermarks:
    """Which offset of each partition delivery may commit: every record before it has had all its deliveries
    done (delivered or parked). Records are added in offset order per partition; deliveries finish in any order.
    Pure; `TopicPartition`s are any hashable keys."""

    def __init__(self) -> None:
        self._pending: dict = {}  # partition → {offset: deliveries not done yet}
        self._next: dict = {}  # partition → offset after the last record added
        self._committed: dict = {}
        self.in_flight = 0

    def add(self, partition, offset: int, deliveries: int) -> None:
        if deliveries:
            self._pending.setdefault(partition, {})[offset] = deliveries
            self.in_flight += deliveries
        self._next[partition] = offset + 1

    def done(self, partition, offset: int) -> None:
        pending = self._pending[partition]
        pending[offset] -= 1
        self.in_flight -= 1
        if pending[offset] == 0:
            del pending[offset]

    def to_commit(self, positions: dict | None = None) -> dict:
        """partition → offset to commit, for the partitions whose committable offset moved since the last call.

        `positions`: the consumer's position per partition, which may be past the last record added (a
        transaction's commit marker takes an offset too); used where nothing is pending."""
        out = {}
        positions = positions or {}
        for partition in set(self._next) | set(positions):
            pending = self._pending.get(partition)
            after_last = max(self._next.get(partition, 0), positions.get(partition, 0))
            offset = min(pending) if pending else after_last
            if offset == 0:
                continue
            if self._committed.get(partition) != offset:
                out[partition] = self._committed[partition] = offset
        return out


def backoff_s(attempt: int, *, base_s: float, max_s: float, rng: random.Random | None = None) -> float:
    """Exponential backoff with jitter before attempt `attempt + 1`: base·2^(attempt-1), capped, times 0.5–1.5."""
    delay = min(max_s, base_s * (2 ** (attempt - 1)))
    return delay * (0.5 + (rng or random).random())


def retryable(status: int | None) -> bool:
    """Network errors, timeouts, 408, 429 and 5xx are worth another attempt; other answers are final."""
    return status is None or status in (408, 425, 429) or status >= 500


def public_detail(reason: str) -> str:
    """What a tenant is told about a parked delivery: the status and a short generic reason, never the receiver's
    answer nor an address (a receiver may be an internal service that answered with its own secrets)."""
    if reason.startswith("http_") and reason[5:].isdigit():
        return f"the receiver answered HTTP {reason[5:]}"
    return {
        "url_refused": "the webhook URL was refused: it must be http(s) with a valid port and point at a public address",
        "network_error": "the receiver could not be reached (connection failed or timed out)",
        "timeout": "the receiver did not answer within the delivery timeout (PORTAL_WEBHOOK_TIMEOUT_S)",
        "receiver_backlog": "not attempted: the receiver was failing or slow and too many deliveries already waited for it",
    }.get(reason, "the delivery failed")
