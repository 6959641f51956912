"""Request and response bodies of the HTTP API that are not topic records (those are in schemas/portal.py)."""

from __future__ import annotations

from datetime import datetime

from pydantic import BaseModel, ConfigDict, Field

from schemas import Alert, AlertStatus, Severity
from schemas.models import FiniteFloat
from schemas.portal import SuppressionScope, WebhookEventType, WebhookSubscription


class _In(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)


class Me(BaseModel):
    key_id: str
    name: str
    role: str
    brand_id: str | None = None
    iwg: str | None = None


class AlertSummary(BaseModel):
    alert_id: str
    brand_id: str
    iwg: str
    listing_key: str
    marketplace: str
    title: str
    url: str | None
    seller: str = Field(description="marketplace/seller id")
    seller_name: str
    severity: Severity
    status: AlertStatus
    score: FiniteFloat
    seller_prior_alerts: int
    created_at: datetime
    updated_at: datetime

    @classmethod
    def of(cls, a: Alert) -> "AlertSummary":
        listing = a.match.listing
        return cls(alert_id=a.alert_id, brand_id=a.brand_id, iwg=a.iwg, listing_key=a.listing_key,
                   marketplace=listing.marketplace, title=listing.title, url=listing.url,
                   seller=f"{listing.marketplace}/{listing.seller.id}", seller_name=listing.seller.name,
                   severity=a.severity, status=a.status, score=a.match.score,
                   seller_prior_alerts=a.seller_prior_alerts, created_at=a.created_at, updated_at=a.updated_at)


class AlertPage(BaseModel):
    alerts: list[AlertSummary]
    next_cursor: str | None = Field(description="pass as `cursor` for the next page; null on the last page")


class AlertDetail(BaseModel):
    alert: Alert
    seller_alert_count: int = Field(description="alerts of this brand on this seller, this one included")
    allowed_transitions: list[AlertStatus]


class TransitionIn(_In):
    status: AlertStatus
    reason: str | None = Field(default=None, description="required for dismissed: not_infringing, authorized_seller, "
                                                          "duplicate, insufficient_evidence, other")
    note: str | None = Field(default=None, max_length=2000)
    suppress: SuppressionScope | None = Field(
        default=None, description="with reason not_infringing: `listing` (this listing) or `seller_mark` (this seller "
                                  "with the marks that matched) stops alerting the brand until lifted")
    marks: list[str] | None = Field(default=None, description="seller_mark: only these of the matched marks")


class SellerCount(BaseModel):
    brand_id: str
    seller: str
    alert_count: int


class WebhookIn(_In):
    url: str = Field(max_length=2000)
    events: list[WebhookEventType] = Field(default_factory=lambda: [WebhookEventType.alert_created], min_length=1)
    min_severity: Severity = Severity.low
    statuses: list[AlertStatus] = Field(default_factory=list)
    description: str = Field(default="", max_length=300)
    brand_id: str | None = Field(default=None, description="operators only: the brand it is for")
    iwg: str | None = Field(default=None, description="operators only: the working group it is for")


class WebhookCreated(WebhookSubscription):
    secret: str = Field(description="the signing secret, shown this once")


class ImageFingerprintOut(BaseModel):
    fingerprint: dict
    phash: str
    stored_as: str | None = Field(description="where the image was kept (keep=true), else null: it was not kept")


class ImportResult(BaseModel):
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    deactivated: int = 0
