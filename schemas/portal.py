"""The portal's part of the contract: API keys, registry changes, suppressions, webhooks, takedown notices.

Records of the portal's compacted topics (`<prefix>api-keys`, `<prefix>suppressions`,
`<prefix>webhooks`) and of its append-only topics (`<prefix>registry-changes`,
`<prefix>webhooks.dlq`) are these models as JSON; webhook receivers get `WebhookEvent`.
"""

from __future__ import annotations

import hashlib
from datetime import date
from enum import StrEnum
from typing import Literal

from pydantic import AwareDatetime, Field, model_validator

from schemas.models import (Alert, AlertStatus, FiniteFloat, Fingerprint, ListingSource, Money, Severity, Slug,
                            StatusChange, TenantId, _Model, utcnow)

# --------------------------------------------------------------------------- access


class Role(StrEnum):
    operator = "operator"
    brand = "brand"
    iwg = "iwg"
    integrator = "integrator"


class ApiKeyRecord(_Model):
    """One API key as stored on the compacted `<prefix>api-keys` topic (keyed by `key_id`).

    Only the SHA-256 of the token is kept; the token itself is shown once, when the key is created.
    """

    key_id: str = Field(pattern=r"^k_[0-9a-f]{12}$")
    name: str = Field(min_length=1, max_length=100, description="who holds the key; recorded as `updated_by` / `by`")
    role: Role
    brand_id: TenantId | None = Field(default=None, description="the one brand of a brand member")
    iwg: TenantId | None = Field(default=None, description="the one working group of a working-group member")
    marketplaces: list[Slug] = Field(default_factory=list, max_length=100,
                                     description="an integrator's marketplaces: the only ones it may push listings for")
    token_sha256: str = Field(pattern=r"^[0-9a-f]{64}$")
    created_at: AwareDatetime = Field(default_factory=utcnow)
    created_by: str = "cli"
    revoked: bool = False
    revoked_at: AwareDatetime | None = None

    @model_validator(mode="after")
    def _scope(self) -> "ApiKeyRecord":
        if self.role == Role.brand and (not self.brand_id or self.iwg):
            raise ValueError("a brand key names exactly one brand (brand_id) and no working group")
        if self.role == Role.iwg and (not self.iwg or self.brand_id):
            raise ValueError("a working-group key names exactly one working group (iwg) and no brand")
        if self.role == Role.operator and (self.brand_id or self.iwg):
            raise ValueError("an operator key is not scoped to a brand or working group")
        if self.role == Role.integrator and (not self.marketplaces or self.brand_id or self.iwg):
            raise ValueError("an integrator key names its marketplaces and no brand or working group")
        if self.role != Role.integrator and self.marketplaces:
            raise ValueError("only an integrator key is scoped to marketplaces")
        return self


# --------------------------------------------------------------------------- registry history


class RegistryChange(_Model):
    """Who changed what and when: one record per registry change on the append-only `<prefix>registry-changes` topic."""

    key: str = Field(description="the fingerprints-topic key that changed, e.g. fp:bose:<id>, brand:bose, iwg:<id>")
    brand_id: TenantId | None = Field(description="the brand the change is about; null for a working group")
    fingerprint_id: str | None = None
    action: Literal["brand_created", "brand_updated", "created", "updated", "deactivated", "reactivated", "imported",
                    "deleted"] = Field(description="deleted: a tombstone (null value) on the fingerprints topic")
    version: int = Field(ge=1, description="the fingerprint's version after the change (1 for brands)")
    by: str
    at: AwareDatetime = Field(default_factory=utcnow)
    fingerprint: Fingerprint | None = Field(default=None, description="the fingerprint as it is after the change")
    changed_fields: list[str] = Field(default_factory=list)


# --------------------------------------------------------------------------- triage and feedback


class DismissReason(StrEnum):
    not_infringing = "not_infringing"
    authorized_seller = "authorized_seller"
    duplicate = "duplicate"
    insufficient_evidence = "insufficient_evidence"
    other = "other"


class SuppressionScope(StrEnum):
    listing = "listing"
    seller_mark = "seller_mark"


def suppression_id(brand_id: str, scope: str, target: str) -> str:
    """One suppression per brand and target (a listing key, or seller and mark): dismissing twice changes nothing."""
    return hashlib.sha256(f"{brand_id}\x1f{scope}\x1f{target.casefold()}".encode()).hexdigest()[:16]


class Suppression(_Model):
    """A brand's "not infringing" decision, on the compacted `<prefix>suppressions` topic (keyed by `id`).

    `listing`: this listing does not alert the brand again. `seller_mark`: this seller (marketplace and
    seller id) does not alert the brand again for this mark. Both hold until the brand lifts them.
    """

    id: str
    brand_id: TenantId
    scope: SuppressionScope
    listing_key: str | None = None
    marketplace: str | None = None
    seller_id: str | None = None
    mark: str | None = Field(default=None, description="the registered mark (as matched), for seller_mark")
    alert_id: str = Field(description="the dismissed alert that taught it")
    reason: str = DismissReason.not_infringing.value
    note: str | None = None
    created_by: str
    created_at: AwareDatetime = Field(default_factory=utcnow)
    lifted: bool = False
    lifted_by: str | None = None
    lifted_at: AwareDatetime | None = None

    @model_validator(mode="after")
    def _target(self) -> "Suppression":
        if self.scope == SuppressionScope.listing and not self.listing_key:
            raise ValueError("a listing suppression names the listing_key")
        if self.scope == SuppressionScope.seller_mark and not (self.marketplace and self.seller_id and self.mark):
            raise ValueError("a seller_mark suppression names marketplace, seller_id and mark")
        return self

    @property
    def target(self) -> str:
        if self.scope == SuppressionScope.listing:
            return self.listing_key or ""
        return f"{self.marketplace}/{self.seller_id}\x1f{self.mark}"


# --------------------------------------------------------------------------- webhooks


class WebhookEventType(StrEnum):
    alert_created = "alert.created"
    alert_status_changed = "alert.status_changed"


class WebhookSubscription(_Model):
    """A URL that receives a brand's or a working group's alert events, signed with the subscription's secret."""

    id: str = Field(pattern=r"^wh_[0-9a-f]{16}$")
    brand_id: TenantId | None = None
    iwg: TenantId | None = None
    url: str = Field(max_length=2000)
    events: list[WebhookEventType] = Field(min_length=1)
    min_severity: Severity = Severity.low
    statuses: list[AlertStatus] = Field(default_factory=list, description="for status changes: only these (empty: all)")
    description: str = Field(default="", max_length=300)
    created_by: str
    created_at: AwareDatetime = Field(default_factory=utcnow)
    active: bool = True

    @model_validator(mode="after")
    def _owner(self) -> "WebhookSubscription":
        if bool(self.brand_id) == bool(self.iwg):
            raise ValueError("a subscription belongs to exactly one brand or one working group")
        return self


class WebhookSubscriptionRecord(WebhookSubscription):
    """The subscription with its signing secret in clear: in the portal's memory only, never on a topic."""

    secret: str = Field(min_length=32)


class StoredWebhookSubscription(WebhookSubscription):
    """The subscription as kept on the compacted `<prefix>webhooks` topic: its signing secret encrypted
    (a Fernet token under the portal's PORTAL_SECRETS_KEY)."""

    secret_encrypted: str = Field(min_length=32)


class WebhookEvent(_Model):
    """The JSON body of one webhook delivery. Receivers dedupe on `delivery_id` (at-least-once delivery).

    Headers: `X-BrandSentry-Signature: sha256=<hex HMAC-SHA256(secret, timestamp + "." + body)>`,
    `X-BrandSentry-Timestamp: <unix seconds>`, `X-BrandSentry-Delivery: <delivery_id>`, `X-BrandSentry-Event: <type>`.
    """

    delivery_id: str
    event_id: str = Field(description="alert id and history length: the same decision has the same event id")
    type: WebhookEventType
    subscription_id: str
    occurred_at: AwareDatetime
    status_change: StatusChange | None = None
    alert: Alert


class WebhookDeadLetter(_Model):
    """A parked delivery, as the API lists it (the record on `<prefix>webhooks.dlq` is the original body plus headers)."""

    delivery_id: str
    subscription_id: str
    event_type: str
    reason: str
    detail: str = ""
    attempts: int
    parked_at: AwareDatetime
    delivered_since: bool = Field(default=False, description="a replay has delivered it since")
    body: str


# --------------------------------------------------------------------------- takedown notice


class EvidenceItem(_Model):
    rule: str
    field: str
    start: int | None = None
    end: int | None = None
    text: str | None = None
    term: str | None = None
    distance: int | None = None
    ratio: FiniteFloat | None = None
    weight: FiniteFloat
    detail: str = ""


class TakedownNotice(_Model):
    """A takedown notice rendered from an alert, with the evidence receipt a marketplace needs."""

    alert_id: str
    rights_holder: str
    brand_id: TenantId
    marketplace: str
    listing_id: str
    listing_key: str
    listing_url: str | None = None
    listing_title: str
    price: str | None = None
    seller_id: str
    seller_name: str = ""
    seller_country: str | None = None
    seller_prior_alerts: int = 0
    marks_matched: list[str]
    rules: list[str]
    score: FiniteFloat
    threshold: FiniteFloat
    severity: Severity
    status: AlertStatus
    evidence: list[EvidenceItem]
    listing_observed_at: AwareDatetime
    matched_at: AwareDatetime
    alert_created_at: AwareDatetime
    matcher_version: str
    rendered_at: AwareDatetime
    requested_by: str
    statement: str


# --------------------------------------------------------------------------- test buys and evidence packs


class TestBuyVerdict(StrEnum):
    counterfeit = "counterfeit"  # the alert becomes confirmed; counts as a true alert in precision
    genuine = "genuine"  # the alert is dismissed (not_infringing); counts as a false alert
    not_delivered = "not_delivered"  # recorded; the alert does not move and precision does not count it


class AttachedFile(_Model):
    name: str = Field(min_length=1, max_length=300, description="file name as the investigator gave it")
    sha256: str = Field(pattern=r"^[0-9a-f]{64}$", description="SHA-256 of the file's bytes, lower-case hex")
    size_bytes: int | None = Field(default=None, ge=0)


def make_test_buy_id(alert_id: str, marketplace_order_id: str) -> str:
    """One test buy per alert and marketplace order: recording the same order twice changes nothing."""
    return "tb_" + hashlib.sha256(f"{alert_id}\x1f{marketplace_order_id}".encode()).hexdigest()[:16]


class TestBuy(_Model):
    """A test purchase made on an alert's listing, on the compacted `<prefix>test-buys` topic (keyed by `id`).

    Its verdict moves the alert through the triage rules (counterfeit → confirmed, genuine → dismissed with reason
    not_infringing; not_delivered leaves the alert as it is) and counts in the brand's precision.
    """

    __test__ = False  # not a pytest test class

    id: str = Field(pattern=r"^tb_[0-9a-f]{16}$")
    alert_id: str
    brand_id: TenantId
    iwg: TenantId
    marketplace_order_id: str = Field(min_length=1, max_length=200)
    cost: Money
    ordered_on: date
    received_on: date | None = Field(default=None, description="null when nothing arrived")
    verdict: TestBuyVerdict
    files: list[AttachedFile] = Field(default_factory=list, max_length=100,
                                      description="photos, receipts, lab reports: their SHA-256 (the files stay with the brand)")
    note: str | None = Field(default=None, max_length=2000)
    recorded_by: str
    recorded_at: AwareDatetime = Field(default_factory=utcnow)

    @model_validator(mode="after")
    def _dates(self) -> "TestBuy":
        if self.received_on is not None and self.received_on < self.ordered_on:
            raise ValueError("received_on is before ordered_on")
        return self


class PrecisionSettings(_Model):
    """What a brand sets for its precision report, on the compacted `<prefix>precision-settings` topic (keyed by
    brand id): fingerprints under `review_below` with at least `min_decided` decided alerts in the last
    `window_days` days are flagged for review."""

    brand_id: TenantId
    review_below: FiniteFloat = Field(default=0.8, ge=0, le=1)
    min_decided: int = Field(default=3, ge=1, le=10_000)
    window_days: FiniteFloat = Field(default=90, gt=0, le=3650)
    updated_by: str = "default"
    updated_at: AwareDatetime | None = None


class PackFile(_Model):
    name: str
    sha256: str = Field(pattern=r"^[0-9a-f]{64}$")
    size_bytes: int = Field(ge=0)
    description: str = ""


class EvidenceManifest(_Model):
    """`manifest.json` of an evidence pack (`GET /v1/alerts/{id}/evidence-pack`): the SHA-256 of every other file
    of the ZIP and where the original listing is on Kafka, for a chain of custody."""

    alert_id: str
    brand_id: TenantId
    listing_key: str
    listing_source: ListingSource | None = Field(description="topic, partition and offset of the listing's record")
    listing_as_received: bool = Field(description="true: listing.json holds the record's bytes as read from Kafka; "
                                                  "false: the record was gone (retention) and listing.json is the "
                                                  "listing as the matcher parsed it, from the match")
    listing_record_timestamp_ms: int | None = Field(default=None, description="the Kafka record's timestamp")
    files: list[PackFile]
    generated_at: AwareDatetime
    generated_by: str


EXPORTED_PORTAL = {
    "api_key_record": ApiKeyRecord,
    "registry_change": RegistryChange,
    "suppression": Suppression,
    "webhook_subscription": WebhookSubscription,
    "stored_webhook_subscription": StoredWebhookSubscription,
    "webhook_event": WebhookEvent,
    "webhook_dead_letter": WebhookDeadLetter,
    "takedown_notice": TakedownNotice,
    "test_buy": TestBuy,
    "precision_settings": PrecisionSettings,
    "evidence_manifest": EvidenceManifest,
}
