"""What a brand and a working group learn from their triage: precision per rule and fingerprint, repeat sellers."""

from __future__ import annotations

from fastapi import APIRouter, Depends, Query

from services.portal.api_models import BrandPrecision, GroupSellers
from services.portal.auth import Principal
from services.portal.controller import Portal
from services.portal.deps import portal, principal

router = APIRouter(prefix="/v1", tags=["insight"])


@router.get("/brands/{brand_id}/precision", response_model=BrandPrecision,
            responses={404: {"description": "no such brand, or not yours (the same answer)"}})
async def brand_precision(
    brand_id: str,
    window_days: float = Query(default=90, gt=0, le=3650, description="rolling window: alerts decided in the last N days"),
    review_below: float = Query(default=0.8, ge=0, le=1, description="flag fingerprints whose precision is below this"),
    min_decided: int = Query(default=3, ge=1, le=10_000, description="flag only with at least this many decided alerts"),
    who: Principal = Depends(principal),
    p: Portal = Depends(portal),
) -> BrandPrecision:
    """Precision from the brand's own triage (confirmed, dismissed as not_infringing, test-buy verdicts), overall,
    per rule and per fingerprint, each with its Wilson 95 % interval. The brand, its working group, operators."""
    return await p.brand_precision(who, brand_id, window_days=window_days, review_below=review_below,
                                   min_decided=min_decided)


@router.get("/iwgs/{iwg}/sellers", response_model=GroupSellers,
            responses={404: {"description": "not this key's working group (the same answer as no such group)"}})
async def group_sellers(
    iwg: str,
    min_brands: int = Query(default=2, ge=1, le=1000, description="sellers with alerts of at least this many brands"),
    latest: int = Query(default=5, ge=0, le=50, description="latest alerts shown per seller"),
    who: Principal = Depends(principal),
    p: Portal = Depends(portal),
) -> GroupSellers:
    """Sellers who hit several brands of the working group: alerts per brand and their latest alerts.
    The group's own key (and operators) only."""
    return await p.group_sellers(who, iwg, min_brands=min_brands, latest=latest)
