"""Request and response bodies of the HTTP API that are not topic records (those are in schemas/portal.py)."""

from __future__ import annotations

from datetime import date, datetime
from typing import Annotated

from fastapi import Path
from pydantic import AfterValidator, BaseModel, ConfigDict, Field, field_validator, model_validator

from schemas import Alert, AlertStatus, Severity
from schemas.models import TENANT_ID_PATTERN, TENANT_ID_RULE, FiniteFloat, is_tenant_id
from services.portal.currency import IsoMoney
from schemas.portal import (AttachedFile, SuppressionScope, TestBuy, TestBuyVerdict, WebhookEventType,
                            WebhookSubscription)


def _tenant_id(what: str):
    def check(value: str) -> str:
        if not is_tenant_id(value):
            raise ValueError(f"not a {what} id: {TENANT_ID_RULE}")
        return value
    return AfterValidator(check)


def _tenant_path(what: str):
    """A brand or working-group id in a URL path: the registry's TenantId (schemas.models.is_tenant_id), else 422
    saying the rule, before any route code runs (nothing malformed reaches brandsentry.acl, Redis keys or topic
    names; no such id can exist, so a 422 tells nothing about other tenants)."""
    return Annotated[str, Path(description=f"a {what} id: {TENANT_ID_RULE}", json_schema_extra={"pattern": TENANT_ID_PATTERN}),
                     _tenant_id(what)]


BrandIdPath = _tenant_path("brand")
IwgPath = _tenant_path("working group")
TenantIdPath = _tenant_path("brand or working group")


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
    reason: str | None = Field(default=None, max_length=100, description=(  # tenant56: unbounded, 2 MB of it gave a 500
        "required for dismissed: not_infringing, authorized_seller, duplicate, insufficient_evidence, other"))
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
    events: list[WebhookEventType] = Field(default_factory=lambda: [WebhookEventType.alert_created], min_length=1,
                                           max_length=len(WebhookEventType), description="each event type once")
    min_severity: Severity = Severity.low
    statuses: list[AlertStatus] = Field(default_factory=list, max_length=len(AlertStatus), description="each status once")
    description: str = Field(default="", max_length=300)
    brand_id: str | None = Field(default=None, description="operators only: the brand it is for")
    iwg: str | None = Field(default=None, description="operators only: the working group it is for")


    @field_validator("events", "statuses")
    @classmethod
    def _once(cls, values: list) -> list:
        """Each at most once (tenant56: 100,000 repeats made a record over Kafka's limit, and fewer slowed delivery)."""
        if len(set(values)) != len(values):
            raise ValueError("name each one once")
        return values


class WebhookCreated(WebhookSubscription):
    secret: str = Field(description="the signing secret, shown this once")


class ImageFingerprintOut(BaseModel):
    fingerprint: dict
    phash: str
    stored_as: str | None = Field(description="where the image was kept (keep=true): `<brand>/<file>` under the "
                                  "portal's image directory (PORTAL_IMAGE_DIR); null: it was not kept")


class ImportResult(BaseModel):
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    deactivated: int = 0


class TestBuyIn(_In):
    """A test purchase on the alert's listing. Files stay with the brand; send their SHA-256."""

    __test__ = False  # not a pytest test class

    marketplace_order_id: str = Field(min_length=1, max_length=200)
    cost: IsoMoney
    ordered_on: date
    received_on: date | None = None
    verdict: TestBuyVerdict
    files: list[AttachedFile] = Field(default_factory=list, max_length=100)
    note: str | None = Field(default=None, max_length=2000)

    @model_validator(mode="after")
    def _dates(self) -> "TestBuyIn":
        if self.received_on is not None and self.received_on < self.ordered_on:
            raise ValueError("received_on is before ordered_on")
        return self


class TestBuyRecorded(BaseModel):
    __test__ = False

    test_buy: TestBuy
    alert: Alert = Field(description="the alert after the verdict (unchanged for not_delivered)")


class PrecisionFigure(BaseModel):
    true_alerts: int
    false_alerts: int
    decided: int
    precision: FiniteFloat | None = Field(description="true / decided; null when nothing was decided")
    ci95_low: FiniteFloat = Field(description="Wilson score interval, 95 %")
    ci95_high: FiniteFloat


class RulePrecision(PrecisionFigure):
    rule: str


class FingerprintPrecision(PrecisionFigure):
    fingerprint_id: str
    kind: str | None = None
    value: str | None = Field(default=None, description="the mark, model or label, when the fingerprint is known")
    version: int | None = None
    review: bool = Field(description="precision below review_below with at least min_decided decided alerts")


class BrandPrecision(BaseModel):
    brand_id: str
    window_days: FiniteFloat
    since: datetime
    until: datetime
    review_below: FiniteFloat
    min_decided: int
    overall: PrecisionFigure
    rules: list[RulePrecision]
    fingerprints: list[FingerprintPrecision]


class SellerOfGroup(BaseModel):
    seller: str = Field(description="marketplace/seller id")
    seller_name: str
    brands: dict[str, int] = Field(description="brand id → alerts of that brand on this seller")
    alert_count: int
    latest_alerts: list[AlertSummary]


class GroupSellers(BaseModel):
    iwg: str
    min_brands: int
    sellers: list[SellerOfGroup] = Field(description="most brands first, then most alerts")


class PrecisionSettingsIn(_In):
    review_below: FiniteFloat = Field(default=0.8, ge=0, le=1, description="flag fingerprints under this precision")
    min_decided: int = Field(default=3, ge=1, le=10_000, description="…with at least this many decided alerts")
    window_days: FiniteFloat = Field(default=90, gt=0, le=3650, description="rolling window in days")
