"""What a brand and a working group learn from their triage: precision per rule and fingerprint, repeat sellers."""

from __future__ import annotations

from fastapi import APIRouter, Depends, Query

from schemas.portal import PrecisionSettings
from services.portal.api_models import BrandIdPath, BrandPrecision, GroupSellers, IwgPath, PrecisionSettingsIn
from services.portal.auth import Principal
from services.portal.controller import Portal
from services.portal.deps import portal, principal

router = APIRouter(prefix="/v1", tags=["insight"])


@router.get("/brands/{brand_id}/precision", response_model=BrandPrecision,
            responses={404: {"description": "no such brand, or not yours (the same answer)"}})
async def brand_precision(
    brand_id: BrandIdPath,
    window_days: float | None = Query(default=None, gt=0, le=3650,
                                      description="rolling window: alerts decided in the last N days (default: the brand's setting)"),
    review_below: float | None = Query(default=None, ge=0, le=1,
                                       description="flag fingerprints whose precision is below this (default: the brand's setting)"),
    min_decided: int | None = Query(default=None, ge=1, le=10_000,
                                    description="flag only with at least this many decided alerts (default: the brand's setting)"),
    who: Principal = Depends(principal),
    p: Portal = Depends(portal),
) -> BrandPrecision:
    """Precision from the brand's own triage (confirmed, dismissed as not_infringing, test-buy verdicts), overall,
    per rule and per fingerprint, each with its Wilson 95 % interval. The brand, its working group, operators.
    Without parameters, the brand's settings (`PUT …/precision/settings`; defaults 90 days, 0.8, 3)."""
    return await p.brand_precision(who, brand_id, window_days=window_days, review_below=review_below,
                                   min_decided=min_decided)


@router.get("/brands/{brand_id}/precision/settings", response_model=PrecisionSettings,
            responses={404: {"description": "no such brand, or not yours (the same answer)"}})
async def get_precision_settings(brand_id: BrandIdPath, who: Principal = Depends(principal),
                                 p: Portal = Depends(portal)) -> PrecisionSettings:
    """The level under which the brand's fingerprints are flagged for review, and the window."""
    return p.precision_settings(who, brand_id)


@router.put("/brands/{brand_id}/precision/settings", response_model=PrecisionSettings,
            responses={404: {"description": "no such brand, or not the caller's to manage (the same answer)"}})
async def put_precision_settings(brand_id: BrandIdPath, body: PrecisionSettingsIn, who: Principal = Depends(principal),
                                 p: Portal = Depends(portal)) -> PrecisionSettings:
    """Set the review level, the minimum of decided alerts and the window (kept on `precision-settings`)."""
    return await p.set_precision_settings(who, brand_id, review_below=body.review_below, min_decided=body.min_decided,
                                          window_days=body.window_days)


@router.get("/iwgs/{iwg}/sellers", response_model=GroupSellers,
            responses={404: {"description": "not this key's working group (the same answer as no such group)"}})
async def group_sellers(
    iwg: IwgPath,
    min_brands: int = Query(default=2, ge=1, le=1000, description="sellers with alerts of at least this many brands"),
    latest: int = Query(default=5, ge=0, le=50, description="latest alerts shown per seller"),
    who: Principal = Depends(principal),
    p: Portal = Depends(portal),
) -> GroupSellers:
    """Sellers who hit several brands of the working group: alerts per brand and their latest alerts.
    The group's own key (and operators) only."""
    return await p.group_sellers(who, iwg, min_brands=min_brands, latest=latest)
