"""Rescans of the listings Kafka still holds, for one brand: start one, follow its progress."""

from __future__ import annotations

from fastapi import APIRouter, Depends
from pydantic import AwareDatetime, BaseModel, ConfigDict, Field

from services.portal.api_models import BrandIdPath
from services.portal.auth import Principal
from services.portal.controller import Portal
from services.portal.deps import portal, principal
from services.portal.rescan import RescanStatus

router = APIRouter(prefix="/v1/brands/{brand_id}/rescans", tags=["rescans"])
NOT_FOUND = {404: {"description": "no such brand or rescan, or not yours (the same answer)"}}


class RescanIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    since: AwareDatetime = Field(description="rescan listings Kafka received at or after this time (ISO 8601 with zone)")
    dry_run: bool = Field(default=True, description="true: count what it would raise, raise nothing")


@router.post("", response_model=RescanStatus, status_code=202, responses={
    **NOT_FOUND, 429: {"description": "the brand has PORTAL_RESCAN_MAX_RUNNING rescans running (Retry-After)"}})
async def start(brand_id: BrandIdPath, body: RescanIn, who: Principal = Depends(principal),
                p: Portal = Depends(portal)) -> RescanStatus:
    """Match the listings since `since` again with this brand's fingerprints, in the background. Follow it at
    `GET …/rescans/{id}`. A real run (`dry_run: false`) writes matches marked `found_by: rescan`; a listing
    already alerted for the brand gives no second alert. At most `PORTAL_RESCAN_MAX_RUNNING` (2) of a brand's
    rescans run at once: one more answers 429 naming them."""
    return await p.start_rescan(who, brand_id, since=body.since, dry_run=body.dry_run)


@router.get("", response_model=list[RescanStatus], responses=NOT_FOUND)
async def list_rescans(brand_id: BrandIdPath, who: Principal = Depends(principal), p: Portal = Depends(portal)) -> list[RescanStatus]:
    """The brand's latest 50 rescans, newest first."""
    return await p.rescans(who, brand_id)


@router.get("/{rescan_id}", response_model=RescanStatus, responses=NOT_FOUND)
async def get_rescan(brand_id: BrandIdPath, rescan_id: str, who: Principal = Depends(principal),
                     p: Portal = Depends(portal)) -> RescanStatus:
    """Progress (listings_read of listings_total), counts per rule, a sample; state running, done or failed."""
    return await p.rescan(who, brand_id, rescan_id)
