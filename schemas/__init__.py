"""Pydantic v2 models shared by every BrandSentry service (see models.py)."""

from schemas.models import (
    SCHEMA_VERSION,
    Alert,
    AlertStatus,
    AuthorizedSellerFingerprint,
    Brand,
    Fingerprint,
    FingerprintKind,
    ImageFingerprint,
    IndustryWorkingGroup,
    Listing,
    ListingImage,
    MarkFingerprint,
    Match,
    ModelFingerprint,
    Money,
    PriceFloorFingerprint,
    RegistryRecord,
    Rule,
    Seller,
    Severity,
    Signal,
    StatusChange,
    alert_id,
    fingerprint_id,
    listing_key,
    utcnow,
)

__all__ = [
    "SCHEMA_VERSION", "Alert", "AlertStatus", "AuthorizedSellerFingerprint", "Brand", "Fingerprint",
    "FingerprintKind", "ImageFingerprint", "IndustryWorkingGroup", "Listing", "ListingImage", "MarkFingerprint",
    "Match", "ModelFingerprint", "Money", "PriceFloorFingerprint", "RegistryRecord", "Rule", "Seller",
    "Severity", "Signal", "StatusChange", "alert_id", "fingerprint_id", "listing_key", "utcnow",
]
